#!/usr/bin/env python3
"""Synthetic labeled log corpus "ly": hospital visitor management / front desk systems.

St. Brigid Regional Medical Center (SBRMC, synthetic) runs: Node kiosk check-in API (pino JSON),
a HID barcode scanner bridge logging raw AAMVA PDF417 payloads, a .NET badge service (Serilog
text + CLEF JSON, ZPL spool captures), .NET screening / directory APIs (Microsoft console logger,
EF Core, stack traces), a logfmt patient directory service, a Mirth HL7 ADT feed, a bunyan
behavioral-health visitor rules service, a PARCS parking system (syslog), wayfinding kiosks behind
nginx (access + error log), lost-and-found and daily visitor CSV exports, security incident
exports, front desk shift notes, NICU parent enrolment (log4net + XML), guest Wi-Fi (captive
portal winston, FreeRADIUS radius.log + detail, ISC dhcpd, Cisco WLC), Windows kiosk events via
NXLog JSON, postfix and a Twilio notifier (debug), Prometheus metric dumps and Node stack traces.
All people and identifiers are synthetic.

Labeling decisions:
- Persons of the record are patients (incl. infants), visitors, NICU parents, next of kin,
  guardians, watch-list candidates matched against a visitor, and patients/visitors who own lost
  property: their identifiers are labeled.
- Staff (front desk clerks, security officers, clinicians, IT), vendor reps, businesses, the
  hospital and its kiosks/printers/scanners/APs/servers are never labeled (names, usernames,
  emails, phones, serials, MACs, IPs), even when they appear next to patient data.
- Rooms, beds and units are facility locations, not labeled. A state or country alone is not
  labeled. Street, city (and county) are "address", ZIP / ZIP+4 is "zip".
- Dates labeled "date": birth dates, admit/discharge dates, restriction-order effective dates,
  infant birth dates, and the issue/expiry dates of a person's driver's licence. NOT labeled:
  log timestamps, visit/check-in dates and times, badge print dates, found dates, report dates.
- Ages are labeled only when over 89.
- Driver's licence numbers and the AAMVA document discriminator (DCF) -> license. Last-4 of an
  ID or card is not labeled. A full card PAN (even when logged by mistake) -> account; patient
  account numbers (PID-18) -> account.
- MRNs and the enterprise patient ID (EPI) -> mrn. Insurance member/policy IDs -> health_plan.
- other_id: visitor IDs, badge codes printed for a visitor/parent, PV1 visit numbers, NICU
  mother/infant band numbers, guest Wi-Fi usernames that are not an email/phone, and device
  hostnames that embed a person's name (whole hostname). Security incident numbers, lost &
  found item numbers, parking tickets, print jobs, message control IDs, trace/span IDs are not.
- Vehicle plates and VINs in the visitor parking / security systems are treated as
  visitor/patient vehicles -> vehicle.
- MACs of devices on the guest network (visitor devices) -> device; infant security tag
  serials and a patient's hearing-aid serial -> device. Infrastructure MACs are not labeled.
- RFC1918 addresses are never labeled; public client IPs of the visitor pre-registration portal
  -> ip. A visitor's social profile URL -> url.
- Confidential-patient aliases -> name. Names typed into directory/wayfinding searches are
  patient names -> name, including URL-encoded forms (the span covers the encoded bytes);
  staff searches ("dr okonkwo") are not labeled.
- Escaped forms are labeled as written (System.Text.Json \\u00ED / \\u002B / \\u0027 escapes,
  percent-encoding, HL7 component separators inside a name: "KOWALSKI^MAREK^J" is one span).
- Kiosk webcam face images: the base64 payload only (not the data: prefix) -> photo; fingerprint
  templates -> biometric. Guardian fax numbers -> fax.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata
from urllib.parse import quote, quote_plus

ID = "ly"
R = random.Random(20240917 + 21)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500


# ----------------------------------------------------------------------------- line builder
class Line:
    def __init__(self, family):
        self.family = family
        self.parts = []
        self.n = 0
        self.spans = []

    def a(self, text, cat=None):
        text = str(text)
        b = text.encode("utf-8")
        if cat and text:
            self.spans.append((self.n, self.n + len(b), cat, text))
        self.parts.append(text)
        self.n += len(b)
        return self

    def text(self):
        return "".join(self.parts)


class O(list):
    """JSON object: list of (key, value[, cat])."""


class A(list):
    """JSON array: values or (value, cat) tuples."""


class Raw(str):
    """Literal emitted as-is (numbers written as text)."""


class P(list):
    """A JSON string made of several (text, cat) pieces."""


def jput(l, v, cat=None, sep=",", ksep=":", esc=None):
    if isinstance(v, O):
        l.a("{")
        for i, it in enumerate(v):
            k, val = it[0], it[1]
            c = it[2] if len(it) > 2 else None
            if i:
                l.a(sep)
            l.a('"%s"%s' % (k, ksep))
            jput(l, val, c, sep, ksep, esc)
        l.a("}")
    elif isinstance(v, A):
        l.a("[")
        for i, x in enumerate(v):
            if i:
                l.a(sep)
            if isinstance(x, tuple):
                jput(l, x[0], x[1], sep, ksep, esc)
            else:
                jput(l, x, None, sep, ksep, esc)
        l.a("]")
    elif isinstance(v, P):
        l.a('"')
        for t, c in v:
            l.a(esc(t) if esc else t, c)
        l.a('"')
    elif isinstance(v, bool):
        l.a("true" if v else "false")
    elif v is None:
        l.a("null")
    elif isinstance(v, Raw):
        l.a(str(v), cat)
    elif isinstance(v, (int, float)):
        l.a(str(v), cat)
    else:
        s = esc(v) if esc else v
        l.a('"')
        l.a(s, cat)
        l.a('"')


def netesc(s):
    """System.Text.Json default encoder: non-ASCII and HTML-sensitive chars as \\uXXXX."""
    out = []
    for ch in s:
        if ord(ch) > 126 or ch in "<>&'+`\"\\":
            out.append("\\u%04X" % ord(ch))
        else:
            out.append(ch)
    return "".join(out)


# ----------------------------------------------------------------------------- clock
TZ = dt.timedelta(hours=5)  # CDT = UTC-5
EPOCH = dt.datetime(1970, 1, 1)


class Clock:
    def __init__(self):
        self.t = dt.datetime(2024, 9, 17, 5, 58, 3, 120000)

    def tick(self, lo=1, hi=95):
        self.t += dt.timedelta(seconds=R.randint(lo, hi), milliseconds=R.randint(0, 999))
        return self.t


CLK = Clock()


def ms(t):
    return "%03d" % (t.microsecond // 1000)


def iso_z(t):
    u = t + TZ
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + ms(u) + "Z"


def epoch_ms(t):
    return int(((t + TZ) - EPOCH).total_seconds() * 1000)


def ts_syslog(t):
    return t.strftime("%b %d %H:%M:%S")


def ts_serilog(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + ms(t) + " -05:00"


def ts_comma(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + ms(t)


def ts_nginx(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S -0500")


# ----------------------------------------------------------------------------- value pools
FIRST = [("Chidinma", "F"), ("Lucía", "F"), ("Marek", "M"), ("Harold", "M"), ("Aiko", "F"),
         ("Ravi", "M"), ("Fatima", "F"), ("Siobhan", "F"), ("Dmitri", "M"), ("Keisha", "F"),
         ("Thi Lan", "F"), ("José", "M"), ("Zoë", "F"), ("Søren", "M"), ("Łukasz", "M"),
         ("Ngozi", "F"), ("Amira", "F"), ("Kwame", "M"), ("Mei-Ling", "F"), ("Giovanni", "M"),
         ("Priya", "F"), ("Tomás", "M"), ("Olusegun", "M"), ("Hannah", "F"), ("DeShawn", "M"),
         ("Inès", "F"), ("Bartholomew", "M"), ("Yusuf", "M"), ("Anh", "M"), ("Kateryna", "F"),
         ("Mateo", "M"), ("Aroha", "F"), ("Björn", "M"), ("Leilani", "F"), ("Guadalupe", "F"),
         ("Rashid", "M"), ("Eun-ji", "F"), ("Colm", "M"), ("Nadia", "F"), ("Tremaine", "M"),
         ("Hiroshi", "M"), ("Esperanza", "F"), ("Wojciech", "M"), ("Abebe", "M"),
         ("Saoirse", "F"), ("Francesca", "F"), ("Jamal", "M"), ("Ximena", "F"),
         ("Oluwaseun", "M"), ("Parisa", "F"), ("Raúl", "M"), ("Svetlana", "F"), ("Kofi", "M"),
         ("Maile", "F"), ("Jean-Luc", "M"), ("Beatriz", "F")]
OLD_FIRST = [("Dolores", "F"), ("Earl", "M"), ("Bernice", "F"), ("Cornelius", "M"),
             ("Margarethe", "F"), ("Harold", "M"), ("Wilhelmina", "F"), ("Stanisław", "M"),
             ("Agnes", "F"), ("Otis", "M")]
LAST = ["Okafor", "Ramírez-Vega", "Kowalski", "Thompson", "Nakamura", "Venkataraman",
        "Al-Farsi", "O'Sullivan", "Volkov", "Brown-Whitfield", "Nguyen", "García Márquez",
        "van der Berg", "De la Cruz", "Müller", "Mensah", "Chen", "Rossi", "Patel", "Adeyemi",
        "Schwartz", "MacLeod", "Haddad", "Kim", "Petrenko", "Ortiz", "Ngata", "Lindqvist",
        "Kahananui", "Iqbal", "Park", "Ní Bhriain", "Abdi", "Dubois", "Tesfaye", "Hosseini",
        "Yamamoto", "Wiśniewska", "Baptiste", "St. John", "Delgado", "Oyelaran-Brooks",
        "Fitzgerald", "Achterberg", "Dos Santos", "Le", "Obi", "Szabo", "Papadopoulos",
        "Rahman", "Espinoza", "Jankowski", "Boateng", "Halvorsen", "Medina", "Zhou"]
CITIES = [("Milwaukee", "WI", "532"), ("Milwaukee", "WI", "532"), ("Wauwatosa", "WI", "532"),
          ("West Allis", "WI", "532"), ("Waukesha", "WI", "531"), ("Racine", "WI", "534"),
          ("Kenosha", "WI", "531"), ("Greenfield", "WI", "532"), ("Cudahy", "WI", "531"),
          ("Menomonee Falls", "WI", "530"), ("Madison", "WI", "537"), ("Sheboygan", "WI", "530"),
          ("Oak Creek", "WI", "531"), ("Brookfield", "WI", "530"), ("Chicago", "IL", "606"),
          ("Evanston", "IL", "602"), ("Waukegan", "IL", "600"), ("Minneapolis", "MN", "554"),
          ("Houston", "TX", "770"), ("Miami", "FL", "331")]
AREA = {"WI": ["414", "262", "608", "920"], "IL": ["312", "773", "847", "224"],
        "MN": ["612", "651"], "TX": ["713", "832"], "FL": ["305", "786"]}
IIN = {"WI": "636031", "IL": "636035", "MN": "636038", "TX": "636015", "FL": "636010"}
STREETS = ["Orchard", "Elm", "Lincoln", "Kinnickinnic", "Oklahoma", "Bluemound", "Capitol",
           "Fond du Lac", "Howell", "Vliet", "Layton", "Greenfield", "National", "Burleigh",
           "Center", "Prospect", "Downer", "Hampton", "Silver Spring", "Good Hope", "Maple",
           "Sherman", "Forest Home", "Lake"]
SUFFIX = ["Ave", "St", "Rd", "Blvd", "Ln", "Ct", "Dr", "Pkwy", "Way"]
MAIL = ["gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com",
        "att.net", "charter.net", "proton.me", "aol.com", "wi.rr.com"]
APPLE = ["3c:22:fb", "f0:18:98", "a4:83:e7", "bc:d0:74", "88:66:5a"]
SAMSUNG = ["8c:f5:a3", "34:14:5f", "dc:cc:e6", "a0:cb:fd"]
UNITS = [("4W", "4 West Med/Surg", 400), ("5E", "5 East Oncology", 500),
         ("ICU-3", "Surgical ICU", 300), ("BHU-2", "Behavioral Health 2", 200),
         ("BHU-1", "Behavioral Health 1", 100), ("NICU", "Neonatal ICU", 700),
         ("6N", "6 North Cardiac", 600), ("LD", "Labor & Delivery", 800), ("7S", "7 South Ortho", 700)]
RELS = [("SPO", "Spouse", "spouse"), ("CHD", "Child", "son"), ("CHD", "Child", "daughter"),
        ("PAR", "Parent", "mother"), ("PAR", "Parent", "father"), ("SIB", "Sibling", "sister"),
        ("FND", "Friend", "friend"), ("GRD", "Guardian", "guardian"), ("DOM", "Partner", "partner")]
STAFF_FD = ["fd.jmorales", "fd.apatel", "fd.kwiese", "fd.tbrandt", "fd.lnguyen"]
OFFICERS = [("Brennan, T.", "412"), ("Okonkwo, L.", "377"), ("Wagner, D.", "455"),
            ("Reyes-Ortiz, M.", "409"), ("Kaminski, P.", "391")]
KIOSKS = ["KIOSK-MAIN-01", "KIOSK-MAIN-02", "KIOSK-ED-01", "KIOSK-WCH-01", "KIOSK-PKG-B"]
PRINTERS = ["ZD421-LOBBY-1", "ZD421-LOBBY-2", "ZD421-ED-1", "ZD421-WCH-1"]
WAYKIOSK = ["WF-LOBBY-1", "WF-LOBBY-3", "WF-PKG-B2", "WF-WCH-1", "WF-CANCER-1"]
DEPTS = ["radiology", "cafeteria", "gift shop", "chapel", "cardiology", "pharmacy", "lab draw",
         "parking garage b", "emergency", "maternity", "oncology infusion", "admitting",
         "radiologia", "sala de emergencias", "ATM", "restrooms", "Starbucks", "MRI",
         "financial counseling", "interpreter services"]


def fold(s):
    for a_, b_ in (("Ł", "L"), ("ł", "l"), ("Ø", "O"), ("ø", "o"), ("ß", "ss")):
        s = s.replace(a_, b_)
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def alnum(n, chars="ABCDEFGHJKLMNPQRSTUVWXYZ23456789"):
    return "".join(R.choice(chars) for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def rdate(y0, y1):
    d0 = dt.date(y0, 1, 1).toordinal()
    d1 = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(R.randint(d0, d1))


def phone_raw(state):
    ac = R.choice(AREA[state])
    ex = R.randint(201, 989)
    while ex % 100 == 11 or ex == 555:
        ex = R.randint(201, 989)
    return ac, str(ex), digits(4)


def fmt_phone(p, style=None):
    ac, ex, ln = p
    style = style or R.choice(["paren", "dash", "dot", "plain", "e164", "intl", "paren"])
    return {"paren": "(%s) %s-%s" % (ac, ex, ln), "dash": "%s-%s-%s" % (ac, ex, ln),
            "dot": "%s.%s.%s" % (ac, ex, ln), "plain": ac + ex + ln,
            "e164": "+1" + ac + ex + ln, "intl": "+1 %s %s %s" % (ac, ex, ln),
            "hl7": "(%s)%s-%s" % (ac, ex, ln)}[style]


def fmt_date(d, style=None):
    style = style or R.choice(["iso", "us", "us_short", "mon", "long", "dot", "ymd"])
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_short":
        return "%d/%d/%s" % (d.month, d.day, d.strftime("%y"))
    if style == "mon":
        return d.strftime("%d-%b-%Y")
    if style == "long":
        return "%s %d, %d" % (d.strftime("%B"), d.day, d.year)
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    if style == "ymd":
        return d.strftime("%Y%m%d")
    if style == "aamva":
        return d.strftime("%m%d%Y")
    if style == "isots":
        return d.strftime("%Y-%m-%dT00:00:00")
    raise ValueError(style)


def ssn():
    while True:
        a_ = R.randint(1, 899)
        if a_ != 666:
            break
    return "%03d-%02d-%04d" % (a_, R.randint(1, 99), R.randint(1, 9999))


def luhn_complete(prefix, length):
    num = prefix + digits(length - len(prefix) - 1)
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return num + str((10 - tot % 10) % 10)


VIN_T = {c: v for c, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(R.choice(["1HG", "2T1", "3FA", "5YJ", "JTD", "WBA", "1FT", "KMH", "1C4", "4T1"]) +
             "".join(R.choice(chars) for _ in range(5)) + "0" + R.choice("MNPRS") +
             R.choice("ABCDEFGHJKLMNPRSTUVWXYZ123") + digits(6))
    tot = sum((int(c) if c.isdigit() else VIN_T[c]) * w for c, w in zip(v, VIN_W))
    cd = tot % 11
    v[8] = "X" if cd == 10 else str(cd)
    return "".join(v)


def plate(state):
    if state == "WI":
        return R.choice(["%s%s%s" % (alnum(3, "ABCDEFGHJKLMNPRSTVWXYZ"), digits(4), ""),
                         "%s-%s" % (alnum(3, "ABCDEFGHJKLMNPRSTVWXYZ"), digits(4)),
                         "%s%s" % (digits(3), alnum(3, "ABCDEFGHJKLMNPRSTVWXYZ"))])
    if state == "IL":
        return R.choice(["%s %s" % (alnum(2, "ABCDEFGHJKLMNPRSTVWXYZ"), digits(5)),
                         "%s%s" % (alnum(2, "ABCDEFGHJKLMNPRSTVWXYZ"), digits(5))])
    return "%s%s%s" % (digits(1), alnum(3, "ABCDEFGHJKLMNPRSTVWXYZ"), digits(3))


def lic(state, last):
    c = fold(last).replace(" ", "").replace("'", "").upper()[0]
    if state == "WI":
        return c + digits(13)
    if state == "IL":
        return c + digits(11)
    if state == "MN":
        return c + digits(12)
    if state == "FL":
        return c + digits(12)
    return digits(8)


def lic_print(state, n):
    if state == "WI":
        return "%s-%s-%s-%s" % (n[:4], n[4:8], n[8:12], n[12:])
    if state == "IL":
        return "%s-%s-%s" % (n[:4], n[4:8], n[8:])
    if state == "FL":
        return "%s-%s-%s-%s-%s" % (n[:4], n[4:7], n[7:9], n[9:12], n[12:])
    return n


def mac(kind=None):
    kind = kind or R.choice(["apple", "apple", "samsung", "random", "random", "google"])
    if kind == "apple":
        oui = R.choice(APPLE)
    elif kind == "samsung":
        oui = R.choice(SAMSUNG)
    elif kind == "google":
        oui = "f8:0f:f9"
    else:
        oui = "%x%s:%s:%s" % (R.randint(0, 15), R.choice("26ae"), hexs(2), hexs(2))
    return oui + ":" + ":".join(hexs(2) for _ in range(3))


def mac_dash(m):
    return m.replace(":", "-").upper()


def mac_cisco(m):
    h = m.replace(":", "")
    return "%s.%s.%s" % (h[:4], h[4:8], h[8:])


def b64_blob(header, nbytes):
    raw = bytes(R.getrandbits(8) for _ in range(nbytes))
    return header + base64.b64encode(raw).decode()


JPEG_HDR = "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/"
FMR_HDR = "Rk1SACAyMAAAAAFIAAABPAFiAMUAxQEAAAAoJ"


def mk_person(old=False, infant_of=None):
    f, sex = R.choice(OLD_FIRST if old else FIRST)
    last = R.choice(LAST)
    mid = R.choice(["", "", "", R.choice(FIRST)[0], R.choice("ABCDEFGHJKLMNPRSTW")])
    city, st, zp = R.choice(CITIES)
    if old:
        dob = rdate(1927, 1934)
    else:
        dob = rdate(1942, 2005)
    num = str(R.randint(100, 9899))
    dirn = R.choice(["N ", "S ", "W ", "E ", "", ""]) if city == "Milwaukee" else R.choice(["", "", "W ", "N "])
    street = "%s %s%s %s" % (num, dirn, R.choice(STREETS), R.choice(SUFFIX))
    unit = R.choice(["", "", "", " Apt %d" % R.randint(1, 40), " Unit %s" % R.choice(["2B", "3", "104", "A"])])
    local = fold(f).lower().replace(" ", "").replace("-", "")
    lastl = fold(last).lower().replace(" ", "").replace("'", "").replace(".", "")
    email = R.choice(["%s.%s" % (local, lastl), "%s%s" % (local[0], lastl), "%s%s%d" % (local, lastl, dob.year % 100),
                      "%s_%s%d" % (lastl, local, R.randint(1, 99)), "%s.%s%d" % (local, lastl[:4], R.randint(1, 999))]) + "@" + R.choice(MAIL)
    p = dict(first=f, last=last, mid=mid, sex=sex, dob=dob, city=city, st=st,
             zip=zp + digits(2), zip4=digits(4), street=street, apt=unit,
             phone=phone_raw(st), email=email, lic=lic(st, last), plate=plate(st),
             mac=mac(), dcf=digits(10) + alnum(4, "ABCDEFGHJKLMNPRSTVWXYZ") + digits(4),
             lic_iss=rdate(2018, 2023), )
    p["lic_exp"] = dt.date(p["lic_iss"].year + 8, dob.month, min(dob.day, 28))
    return p


def nm(p, style=None):
    f, l_, m = p["first"], p["last"], p["mid"]
    style = style or R.choice(["fl", "lf", "LF", "FL", "lfm", "il", "low", "fl", "lf"])
    if style == "fl":
        return "%s %s" % (f, l_)
    if style == "lf":
        return "%s, %s" % (l_, f)
    if style == "LF":
        return ("%s, %s" % (l_, f)).upper()
    if style == "FL":
        return ("%s %s" % (f, l_)).upper()
    if style == "lfm":
        return "%s, %s %s." % (l_, f, (m or "J")[0])
    if style == "il":
        return "%s. %s" % (f[0], l_)
    if style == "low":
        return ("%s %s" % (f, l_)).lower()
    if style == "l":
        return l_
    if style == "hl7":
        return "%s^%s^%s" % (fold(l_).upper(), fold(f).upper(), fold(m[:1]).upper() if m else "")
    raise ValueError(style)


def city_up(p):
    return fold(p["city"]).upper()


# patients
PATIENTS = []
for i in range(48):
    old = i % 8 == 0
    p = mk_person(old=old)
    unit = R.choice(UNITS[:4] + UNITS[4:5] + UNITS[6:]) if i % 6 else UNITS[3 if i % 12 else 4]
    p["unit"], p["unit_name"] = unit[0], unit[1]
    p["room"] = "%d%s" % (unit[2] + R.randint(1, 40), R.choice(["", "A", "B"]))
    p["mrn"] = "00" + digits(6)
    p["epi"] = "E" + digits(7)
    p["acct"] = R.choice(["44", "45", "46"]) + digits(8)
    p["visit"] = "V" + digits(8)
    p["admit"] = dt.date(2024, 9, R.randint(1, 16))
    p["ssn"] = ssn()
    p["member"] = R.choice(["XJH", "W", "ZGP", "MCD", "U"]) + digits(R.choice([9, 10]))
    p["plan"] = R.choice([("BCWI-PPO", "ANTHEM BCBS WISCONSIN"), ("UHC-CHOICE", "UNITEDHEALTHCARE"),
                          ("WI-MA-BADGER", "WISCONSIN MEDICAID BADGERCARE"), ("MCR-A", "MEDICARE PART A"),
                          ("SEC-HMO", "SECURITY HEALTH PLAN"), ("AETNA-OAP", "AETNA")])
    r = R.random()
    p["dirstat"] = "LISTED" if r < 0.78 else ("OPT_OUT" if r < 0.9 else "CONFIDENTIAL")
    p["alias"] = "%s, %s" % (R.choice(["Raven", "Cedar", "Juniper", "Harbor", "Willow", "Falcon"]),
                             R.choice(["Blue", "Gray", "North", "Stone", "Ash"]))
    PATIENTS.append(p)
BHU = [p for p in PATIENTS if p["unit"].startswith("BHU")]
OLDP = [p for p in PATIENTS if p["dob"].year < 1935]
NICU_INFANTS = []
for i in range(8):
    mom = mk_person()
    mom["dob"] = rdate(1985, 2004)
    inf = dict(last=mom["last"], sex=R.choice(["BOY", "GIRL"]), dob=dt.date(2024, 9, R.randint(2, 16)),
               mrn="00" + digits(6), tag="HX" + digits(5) + R.choice("ABCD"), band="NB-" + digits(6))
    inf["name"] = "BABY %s %s" % (inf["sex"], fold(inf["last"]).upper())
    mom["band"] = inf["band"]
    mom["badge"] = "NP" + alnum(6)
    NICU_INFANTS.append((inf, mom))

VISITORS = []
for i in range(70):
    v = mk_person()
    v["pt"] = R.choice(PATIENTS)
    v["rel"] = R.choice(RELS)
    if v["sex"] == "F":
        v["rel"] = (v["rel"][0], v["rel"][1], {"son": "daughter", "father": "mother"}.get(v["rel"][2], v["rel"][2]))
    else:
        v["rel"] = (v["rel"][0], v["rel"][1], {"daughter": "son", "mother": "father", "sister": "brother"}.get(v["rel"][2], v["rel"][2]))
    v["vid"] = "VIS-%07d" % R.randint(40000, 99999)
    v["badge"] = alnum(8)
    v["host"] = R.choice(["%ss-iPhone" % fold(v["first"]).replace(" ", ""),
                          "Galaxy-S23-%s" % fold(v["first"]).replace(" ", ""),
                          "%ss-iPad" % fold(v["first"]).replace(" ", ""),
                          "android-" + hexs(16), "iPhone", "DESKTOP-" + alnum(7), "Pixel-8"])
    v["guestip"] = "10.60.%d.%d" % (R.randint(0, 63), R.randint(2, 254))
    VISITORS.append(v)
PUBLIC_IP_PREFIX = ["73.158", "24.183", "98.227", "174.103", "67.167", "76.232", "108.88", "172.58", "107.77"]


def public_ip():
    return "%s.%d.%d" % (R.choice(PUBLIC_IP_PREFIX), R.randint(1, 254), R.randint(1, 254))


def age_of(p):
    d = p["dob"]
    return 2024 - d.year - (1 if (d.month, d.day) > (9, 17) else 0)


def age_cat(p):
    return "age" if age_of(p) > 89 else None


def host_has_name(v):
    h = v["host"]
    return not (h.startswith("android-") or h.startswith("DESKTOP-") or h in ("iPhone", "Pixel-8"))


# ----------------------------------------------------------------------------- families
def f_pino(phi):
    t = CLK.tick()
    l = Line("pino_json")
    base = O([("level", 30), ("time", epoch_ms(t)), ("pid", R.choice([18, 19, 23])),
              ("hostname", "kiosk-api-7d9f8c6b5-" + alnum(5, "bcdfghjklmnpqrstvwxz2456789").lower()),
              ("reqId", "req-" + alnum(3, "0123456789abcdefghijk").lower())])
    kiosk = R.choice(KIOSKS)
    if phi:
        v = R.choice(VISITORS)
        p = v["pt"]
        k = R.choice(["scan", "scan", "checkin", "photo", "blocked", "update"])
        if k == "scan":
            up = lambda s: fold(s).upper()
            scan = O([("DCS", up(v["last"]), "name"), ("DAC", up(v["first"]), "name"),
                      ("DAD", up(v["mid"]) if v["mid"] else "NONE", "name" if v["mid"] else None),
                      ("DBB", fmt_date(v["dob"], "aamva"), "date"), ("DAQ", v["lic"], "license"),
                      ("DAG", fold(v["street"] + v["apt"]).upper(), "address"), ("DAI", city_up(v), "address"),
                      ("DAJ", v["st"]), ("DAK", v["zip"] + "0000", "zip"),
                      ("DBA", fmt_date(v["lic_exp"], "aamva"), "date"), ("DBC", "2" if v["sex"] == "F" else "1")])
            fields = [("kioskId", kiosk), ("docType", "DL"), ("iin", IIN.get(v["st"], "636015")), ("scan", scan),
                      ("decodeMs", R.randint(40, 400))]
            msg = "id scan parsed"
        elif k == "checkin":
            fields = [("kioskId", kiosk), ("visitorId", v["vid"], "other_id"),
                      ("visitor", O([("firstName", v["first"], "name"), ("lastName", v["last"], "name"),
                                     ("mobile", fmt_phone(v["phone"]), "phone")])),
                      ("patient", O([("displayName", nm(p, R.choice(["lf", "il", "lfm"])), "name"),
                                     ("unit", p["unit"]), ("room", p["room"])])),
                      ("badgeCode", v["badge"], "other_id"), ("screening", "CLEAR")]
            msg = "visitor checked in"
        elif k == "photo":
            fields = [("kioskId", kiosk), ("visitorId", v["vid"], "other_id"), ("camera", "Logitech C920e"),
                      ("photo", P([("data:image/jpeg;base64,", None), (b64_blob(JPEG_HDR, R.randint(60, 110)), "photo")])),
                      ("truncated", True), ("bytes", R.randint(18000, 52000))]
            msg = "visitor photo captured"
        elif k == "blocked":
            base[0] = ("level", 40)
            fields = [("kioskId", kiosk), ("visitorId", v["vid"], "other_id"),
                      ("visitorName", nm(v, "fl"), "name"), ("patientMrn", p["mrn"], "mrn"),
                      ("rule", R.choice(["BHU_APPROVED_LIST", "NO_VISITORS_ORDER", "MAX_2_VISITORS"]))]
            msg = "check-in blocked by visitor rule"
        else:
            fields = [("visitorId", v["vid"], "other_id"),
                      ("changes", O([("email", v["email"], "email"),
                                     ("address", O([("line1", v["street"] + v["apt"], "address"), ("city", v["city"], "address"),
                                                    ("state", v["st"]), ("postalCode", v["zip"], "zip")]))])),
                      ("by", R.choice(STAFF_FD))]
            msg = "visitor profile updated"
    else:
        k = R.choice(["req", "req", "hb", "decode", "timeout", "cfg"])
        if k == "req":
            m_, u_, sc = R.choice([("POST", "/api/v1/checkins", 201), ("POST", "/api/v1/scans", 200),
                                   ("GET", "/api/v1/kiosks/%s/config" % kiosk, 200), ("POST", "/api/v1/checkouts", 204),
                                   ("GET", "/health/ready", 200), ("POST", "/api/v1/scans", 422)])
            fields = [("req", O([("id", R.randint(1000, 99999)), ("method", m_), ("url", u_),
                                 ("remoteAddress", "::ffff:10.44.%d.%d" % (R.randint(1, 9), R.randint(10, 90)))])),
                      ("res", O([("statusCode", sc)])), ("responseTime", R.randint(3, 900))]
            msg = "request completed"
        elif k == "hb":
            fields = [("kioskId", kiosk), ("uptimeSec", R.randint(3000, 900000)), ("printer", R.choice(["ONLINE", "ONLINE", "PAPER_LOW"])),
                      ("scanner", "READY"), ("build", "3.14.%d+b%d" % (R.randint(0, 4), R.randint(1100, 1300)))]
            msg = "kiosk heartbeat"
        elif k == "decode":
            base[0] = ("level", 40)
            fields = [("kioskId", kiosk), ("err", R.choice(["PDF417 ECC failure", "unsupported AAMVA version 01", "no barcode in frame"])),
                      ("attempt", R.randint(1, 3))]
            msg = "barcode decode failed"
        elif k == "timeout":
            base[0] = ("level", 50)
            fields = [("provider", "SecureVisit"), ("timeoutMs", 5000), ("traceId", hexs(32)), ("spanId", hexs(16))]
            msg = "watchlist provider timeout"
        else:
            fields = [("env", "production"), ("port", 3000), ("db", "postgres://vms_app@10.20.3.14:5432/vms"),
                      ("screeningProvider", "SecureVisit"), ("badgeTemplate", "STD-VISITOR-v7")]
            msg = "config loaded"
    jput(l, O(list(base) + fields + [("msg", msg)]))
    return [l]


def f_aamva(phi):
    t = CLK.tick()
    l = Line("aamva_raw")
    l.a(ts_serilog(t)[:23] + " ")
    if not phi:
        k = R.choice(["attach", "stats", "timeout"])
        if k == "attach":
            l.a("INFO  [ScannerBridge] device attached vid=0x0C2E pid=0x0B61 model=\"Xenon XP 1950g\" fw=BK000496BAA serial=21%03dB%04d port=COM%d"
                % (R.randint(0, 365), R.randint(1000, 9999), R.randint(3, 9)))
        elif k == "stats":
            l.a("INFO  [ScannerBridge] stats scans=%d ok=%d aamva=%d passport_mrz=%d failed=%d avg_decode_ms=%d"
                % tuple([R.randint(300, 500)] + [R.randint(200, 300), R.randint(150, 250), R.randint(0, 12), R.randint(0, 20), R.randint(60, 220)]))
        else:
            l.a("WARN  [ScannerBridge] read timeout on COM%d after 3000 ms, re-arming trigger" % R.randint(3, 9))
        return [l]
    v = R.choice(VISITORS)
    up = lambda s: fold(s).upper()
    st = v["st"]
    l.a("DEBUG [ScannerBridge] HID raw payload (len=%d): \"" % R.randint(280, 340))
    l.a("@\\n\\u001e\\rANSI %s100102DL00410278ZW03190024DL" % IIN.get(st, "636015"))
    els = [("DAQ", v["lic"], "license"), ("DCS", up(v["last"]), "name"), ("DDE", "N", None), ("DAC", up(v["first"]), "name"),
           ("DDF", "N", None), ("DAD", up(v["mid"]) if v["mid"] else "NONE", "name" if v["mid"] else None), ("DDG", "N", None),
           ("DCA", "D", None), ("DCB", "NONE", None), ("DCD", "NONE", None),
           ("DBD", fmt_date(v["lic_iss"], "aamva"), "date"), ("DBB", fmt_date(v["dob"], "aamva"), "date"),
           ("DBA", fmt_date(v["lic_exp"], "aamva"), "date"), ("DBC", "2" if v["sex"] == "F" else "1", None),
           ("DAU", "0%d IN" % R.randint(60, 76), None), ("DAY", R.choice(["BRO", "BLU", "GRN", "HAZ"]), None),
           ("DAG", up(v["street"] + v["apt"]), "address"), ("DAI", up(v["city"]), "address"), ("DAJ", st, None),
           ("DAK", v["zip"] + v["zip4"], "zip"), ("DCF", v["dcf"], "license"), ("DCG", "USA", None)]
    for i, (k, val, cat) in enumerate(els):
        if i:
            l.a("\\n")
        l.a(k)
        l.a(val, cat)
        if k == "DAK":
            l.a("  ")
    l.a("\\r\"")
    return [l]


def f_serilog(phi):
    t = CLK.tick()
    l = Line("serilog_text")
    l.a(ts_serilog(t) + " ")
    if phi:
        k = R.choice(["badge", "badge", "nicu", "checkout"])
        if k == "badge":
            v = R.choice(VISITORS)
            p = v["pt"]
            l.a("[INF] Printing badge \"").a(v["badge"], "other_id").a("\" for \"").a(nm(v, R.choice(["fl", "FL"])), "name")
            l.a("\" visiting \"").a(nm(p, R.choice(["LF", "lf", "il"])), "name").a("\" (%s-%s) on \"%s\"" % (p["unit"], p["room"], R.choice(PRINTERS)))
            l.a(" {\"SourceContext\": \"Vms.Badging.BadgePrintService\", \"JobId\": %d, \"MachineName\": \"VMS-APP-0%d\"}" % (R.randint(5000, 9000), R.randint(1, 2)))
        elif k == "nicu":
            inf, mom = R.choice(NICU_INFANTS)
            l.a("[INF] Reprinting NICU parent badge for \"").a(nm(mom, "lf"), "name").a("\" band ").a(mom["band"], "other_id")
            l.a(" infant \"").a(inf["name"], "name").a("\" reason=\"%s\"" % R.choice(["LOST", "DAMAGED", "NAME_CORRECTION"]))
            l.a(" {\"SourceContext\": \"Vms.Badging.NicuBadgeService\"}")
        else:
            v = R.choice(VISITORS)
            l.a("[INF] Visitor ").a(v["vid"], "other_id").a(" (").a(nm(v, "lf"), "name").a(") checked out at %s, badge " % R.choice(KIOSKS))
            l.a(v["badge"], "other_id").a(" deactivated")
    else:
        l.a(R.choice([
            "[INF] Printer \"%s\" status Ready, media %d labels remaining {\"SourceContext\": \"Vms.Badging.PrinterMonitor\"}" % (R.choice(PRINTERS), R.randint(50, 900)),
            "[WRN] Printer \"%s\" head open; job %d requeued {\"SourceContext\": \"Vms.Badging.PrinterMonitor\"}" % (R.choice(PRINTERS), R.randint(5000, 9000)),
            "[INF] Loaded %d badge templates from \"C:\\\\ProgramData\\\\Vms\\\\Templates\" in %d ms" % (R.randint(4, 9), R.randint(20, 90)),
            "[DBG] Badge print job %d completed in %d ms {\"SourceContext\": \"Vms.Badging.BadgePrintService\"}" % (R.randint(5000, 9000), R.randint(900, 4000)),
            "[ERR] Printer \"%s\" unreachable at 10.10.4.%d:9100 (SocketException 10060) retry 2/5" % (R.choice(PRINTERS), R.randint(20, 60)),
            "[INF] Badge expiry sweep deactivated %d badges (cutoff 21:00) {\"SourceContext\": \"Vms.Badging.ExpirySweep\"}" % R.randint(3, 40),
        ]))
    return [l]


def f_clef(phi):
    t = CLK.tick()
    l = Line("serilog_clef")
    base = [("@t", (t + TZ).strftime("%Y-%m-%dT%H:%M:%S.") + "%07dZ" % (t.microsecond * 10))]
    if phi:
        v = R.choice(VISITORS)
        p = v["pt"]
        k = R.choice(["checkout", "override", "dup"])
        if k == "checkout":
            fields = base + [("@mt", "Visitor {VisitorId} checked out at {Kiosk}; visited {PatientName}"),
                             ("VisitorId", v["vid"], "other_id"), ("Kiosk", R.choice(KIOSKS)),
                             ("PatientName", nm(p, R.choice(["lf", "fl"])), "name"), ("DurationMin", R.randint(5, 300)),
                             ("SourceContext", "Vms.Api.Services.VisitService")]
        elif k == "override":
            fields = base + [("@mt", "Restriction override by {User} for {VisitorName} -> {Mrn}"), ("@l", "Warning"),
                             ("User", R.choice(["rn.kschmidt", "chg.dlopez", "sup.mharris"])),
                             ("VisitorName", nm(v, "fl"), "name"), ("VisitorPhone", fmt_phone(v["phone"], "e164"), "phone"),
                             ("Mrn", p["mrn"], "mrn"), ("Reason", "end-of-life visit approved by charge RN"),
                             ("SourceContext", "Vms.Api.Services.RestrictionService")]
        else:
            fields = base + [("@mt", "Duplicate visitor profile merged {FromId} into {ToId}"), ("FromId", "VIS-%07d" % R.randint(40000, 99999), "other_id"),
                             ("ToId", v["vid"], "other_id"), ("MatchedOn", O([("lastName", v["last"], "name"), ("dob", fmt_date(v["dob"], "isots"), "date"),
                                                                            ("licence", v["lic"], "license")])),
                             ("SourceContext", "Vms.Api.Services.DedupService")]
    else:
        fields = base + R.choice([
            [("@mt", "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms"), ("RequestMethod", "GET"),
             ("RequestPath", "/api/badges/templates"), ("StatusCode", 200), ("Elapsed", round(R.uniform(2, 80), 4)),
             ("RequestId", "0HN6H%s:0000000%d" % (alnum(7), R.randint(1, 9))), ("SourceContext", "Serilog.AspNetCore.RequestLoggingMiddleware")],
            [("@mt", "Health check {HealthCheckName} completed with status {Status}"), ("HealthCheckName", R.choice(["sql", "printers", "securevisit", "redis"])),
             ("Status", R.choice(["Healthy", "Healthy", "Degraded"])), ("SourceContext", "Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService")],
            [("@mt", "Badge queue depth {Depth}"), ("Depth", R.randint(0, 6)), ("SourceContext", "Vms.Badging.QueueMonitor")],
        ])
    jput(l, O(fields), esc=netesc)
    return [l]


def f_zpl(phi):
    t = CLK.tick()
    l = Line("zpl_spool")
    pr = R.choice(PRINTERS)
    l.a("[spool %s job=%d] " % (pr, R.randint(5000, 9000)))
    if not phi:
        l.a(R.choice(["~JC^XA^JUS^XZ", "^XA^MMT^PW609^LL0406^LS0^XZ",
                      "^XA^FO50,50^A0N,40,40^FDTEST LABEL %s^FS^FO50,110^A0N,24,24^FDFW V84.20.23Z^FS^XZ" % pr,
                      "^XA^FO30,30^A0N,48,48^FDCONTRACTOR^FS^FO30,90^A0N,30,30^FDFACILITIES - LEVEL 2^FS^FO30,180^BCN,70,Y,N,N^FDCT%s^FS^XZ" % digits(6)]))
        return [l]
    if R.random() < 0.25:
        inf, mom = R.choice(NICU_INFANTS)
        l.a("^XA^CI28^PW609^LL406^FO30,20^GB550,60,60^FS^FO45,32^FR^A0N,40,40^FDNICU PARENT^FS^FO30,100^A0N,42,42^FD")
        l.a(fold(nm(mom, "FL")), "name").a("^FS^FO30,150^A0N,28,28^FDINFANT: ").a(inf["name"], "name")
        l.a("^FS^FO30,190^A0N,28,28^FDBAND ").a(mom["band"], "other_id").a("^FS^FO30,240^BCN,70,Y,N,N^FD").a(mom["badge"], "other_id").a("^FS^XZ")
        return [l]
    v = R.choice(VISITORS)
    p = v["pt"]
    l.a("^XA^CI28^PW609^LL406^FO30,30^A0N,48,48^FD").a(nm(v, "FL"), "name")
    l.a("^FS^FO30,90^A0N,30,30^FDVISITING: ").a(fold(nm(p, "il")).upper(), "name")
    l.a("^FS^FO30,130^A0N,30,30^FDRM %s-%s  %s^FS^FO30,180^BCN,70,Y,N,N^FD" % (p["unit"], p["room"], CLK.t.strftime("%m/%d/%y")))
    l.a(v["badge"], "other_id").a("^FS^FO420,30^GFA,512,512,8,:Z64:eJzT%s^FS^XZ" % alnum(12, "ABCDEFabcdef0123456789"))
    return [l]


def f_mscons(phi):
    """Microsoft.Extensions.Logging console formatter: two or more physical lines."""
    fam = "dotnet_console"
    lines = []
    CLK.tick()

    def ln(text=None):
        l = Line(fam)
        if text is not None:
            l.a(text)
        lines.append(l)
        return l

    if phi:
        k = R.choice(["screen", "screen", "ef", "confidential", "dup", "row"])
        v = R.choice(VISITORS)
        if k == "row":
            p = R.choice(OLDP if R.random() < 0.6 else PATIENTS)
            ln("dbug: Vms.Directory.Data.DirectoryRepository[0]")
            l = ln("      Row materialized: ")
            age = age_of(p)
            jput(l, O([("Mrn", p["mrn"], "mrn"), ("DisplayName", nm(p, "lf"), "name"), ("Age", age, "age" if age > 89 else None),
                       ("Unit", p["unit"]), ("Room", p["room"]), ("DirectoryStatus", p["dirstat"]),
                       ("PayerName", p["plan"][1].title()), ("MemberId", p["member"], "health_plan"),
                       ("AdmitDate", p["admit"].strftime("%Y-%m-%dT%H:%M:%S"), "date")]), esc=netesc)
        elif k == "screen":
            ln("info: Vms.Screening.WatchlistScreeningService[2101]")
            cand = mk_person() if R.random() < 0.5 else v
            res = R.choice(["CLEAR", "CLEAR", "POTENTIAL_MATCH"])
            l = ln("      Screening completed for visitor ")
            l.a(v["vid"], "other_id").a(" (").a(nm(v, "lf"), "name").a(", DOB ").a(fmt_date(v["dob"], R.choice(["iso", "us"])), "date")
            l.a("): result=%s score=%.2f list=%s" % (res, R.uniform(0.1, 0.5) if res == "CLEAR" else R.uniform(0.8, 0.97), R.choice(["WI_SOR", "NSOPW", "INTERNAL_BAN"])))
            if res != "CLEAR":
                l.a(" candidate=\"").a(nm(cand, "LF"), "name").a("\" candidateDob=").a(fmt_date(cand["dob"], "iso"), "date")
            l.a(" reviewRequired=%s" % ("True" if res != "CLEAR" else "False"))
        elif k == "ef":
            p = R.choice(PATIENTS)
            while "'" in p["last"]:
                p = R.choice(PATIENTS)
            ln("info: Microsoft.EntityFrameworkCore.Database.Command[20101]")
            l = ln("      Executed DbCommand (%dms) [Parameters=[@__lastName_0='" % R.randint(3, 60))
            l.a(p["last"], "name").a("' (Size = 4000), @__birthDate_1='").a(p["dob"].strftime("%Y-%m-%dT00:00:00.0000000"), "date")
            l.a("' (DbType = DateTime2)], CommandType='Text', CommandTimeout='30']")
            ln("      SELECT TOP(2) [d].[Mrn], [d].[DisplayName], [d].[Unit], [d].[Room], [d].[DirectoryStatus] FROM [dbo].[DirectoryPatients] AS [d] WHERE [d].[LastName] = @__lastName_0 AND [d].[BirthDate] = @__birthDate_1")
        elif k == "confidential":
            p = R.choice([x for x in PATIENTS if x["dirstat"] != "LISTED"] or PATIENTS)
            ln("warn: Vms.Directory.DirectoryLookupService[3004]")
            l = ln("      Lookup \"")
            l.a(nm(p, R.choice(["low", "l", "fl"])), "name").a("\" matched %s patient MRN " % p["dirstat"].lower().replace("_", "-"))
            l.a(p["mrn"], "mrn").a("; returning NotFound to %s at FD-MAIN-%d" % (R.choice(STAFF_FD), R.randint(1, 3)))
        else:
            ln("fail: Microsoft.EntityFrameworkCore.Update[10000]")
            ln("      An exception occurred in the database while saving changes for context type 'Vms.Data.VmsDbContext'.")
            ln("      Microsoft.EntityFrameworkCore.DbUpdateException: An error occurred while saving the entity changes. See the inner exception for details.")
            l = ln("       ---> Microsoft.Data.SqlClient.SqlException (0x80131904): Cannot insert duplicate key row in object 'dbo.Visitors' with unique index 'UX_Visitors_IdState_IdNumber'. The duplicate key value is (")
            l.a(v["st"] + ", ").a(v["lic"], "license").a(").")
            ln("         at Microsoft.Data.SqlClient.SqlConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)")
            ln("         at Vms.Api.Services.VisitorService.UpsertAsync(VisitorDto dto, CancellationToken ct) in /src/Vms.Api/Services/VisitorService.cs:line 211")
    else:
        k = R.choice(["http", "http", "host", "exc", "ef"])
        if k == "http":
            cl = R.choice(["SecureVisit", "Directory", "Epic.Fhir"])
            ln("info: System.Net.Http.HttpClient.%s.LogicalHandler[100]" % cl)
            ln("      Start processing HTTP request POST https://%s/%s" % (
                {"SecureVisit": "api.securevisit.net", "Directory": "directory.sbrmc.local", "Epic.Fhir": "fhir.sbrmc.org"}[cl],
                R.choice(["v2/screen", "api/lookup", "api/FHIR/R4/Encounter/_search"])))
            ln("info: System.Net.Http.HttpClient.%s.LogicalHandler[101]" % cl)
            ln("      End processing HTTP request after %.4fms - %d" % (R.uniform(20, 900), R.choice([200, 200, 200, 503])))
        elif k == "host":
            ln("info: Microsoft.Hosting.Lifetime[14]")
            ln("      Now listening on: http://[::]:%d" % R.choice([8080, 5000]))
            ln("info: Microsoft.Hosting.Lifetime[0]")
            ln("      Hosting environment: Production")
        elif k == "exc":
            ln("fail: Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware[1]")
            ln("      An unhandled exception has occurred while executing the request.")
            ln("      System.Net.Http.HttpRequestException: Connection refused (api.securevisit.net:443)")
            ln("       ---> System.Net.Sockets.SocketException (111): Connection refused")
            ln("         at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)")
            ln("         --- End of inner exception stack trace ---")
            ln("         at Vms.Screening.Providers.SecureVisitClient.ScreenAsync(ScreeningRequest request, CancellationToken ct) in /src/Vms.Screening/Providers/SecureVisitClient.cs:line 87")
            ln("         at Vms.Api.Controllers.CheckInController.Post(CheckInDto dto) in /src/Vms.Api/Controllers/CheckInController.cs:line 142")
        else:
            ln("info: Microsoft.EntityFrameworkCore.Database.Command[20101]")
            ln("      Executed DbCommand (%dms) [Parameters=[@__kioskId_0='?' (Size = 32), @__since_1='?' (DbType = DateTime2)], CommandType='Text', CommandTimeout='30']" % R.randint(2, 90))
    return lines


def f_logfmt(phi):
    t = CLK.tick()
    l = Line("logfmt")
    l.a("ts=%s level=%s svc=patient-directory " % (iso_z(t), "info"))
    if phi:
        p = R.choice(OLDP if R.random() < 0.2 else PATIENTS)
        user = R.choice(STAFF_FD)
        q = R.choice([nm(p, "low"), fold(p["last"]).lower(), nm(p, "fl"), "%s %s" % (p["last"].lower(), p["first"][0].lower())])
        l.a('msg="directory lookup" user=%s station=FD-MAIN-%d query="' % (user, R.randint(1, 3))).a(q, "name").a('" ')
        if p["dirstat"] == "LISTED":
            l.a("results=1 mrn=").a(p["mrn"], "mrn").a(" unit=%s room=%s dir_status=LISTED disclosed=true" % (p["unit"], p["room"]))
            if age_of(p) >= 80:
                l.a(" age=").a(str(age_of(p)), age_cat(p))
        elif p["dirstat"] == "OPT_OUT":
            l.a("results=0 mrn=").a(p["mrn"], "mrn").a(' dir_status=OPT_OUT disclosed=false reason="patient opted out of facility directory"')
        else:
            l.a("results=1 mrn=").a(p["mrn"], "mrn").a(' dir_status=CONFIDENTIAL alias="').a(p["alias"], "name").a('" disclosed=false')
        l.a(" latency_ms=%d" % R.randint(8, 120))
    else:
        l.a(R.choice([
            'msg="directory cache refreshed" rows=%d opt_out=%d confidential=%d took_ms=%d' % (R.randint(500, 700), R.randint(30, 60), R.randint(3, 12), R.randint(300, 1500)),
            'msg="lookup rejected" user=%s err="query too short" min_len=3' % R.choice(STAFF_FD),
            'msg="lookup redirected to staff directory" user=%s query="%s" results=1' % (R.choice(STAFF_FD), R.choice(["dr okonkwo", "dr. haddad", "chaplain", "pt advocate"])),
            'msg="http" method=GET path=/healthz status=200 dur=1.2ms',
            'msg="adt consumer lag" partition=%d lag=%d' % (R.randint(0, 5), R.randint(0, 40)),
        ]))
    return [l]


def hl7_msg(phi):
    lines = []
    t = CLK.tick()
    ctl = str(R.randint(880000, 899999))
    hdr = Line("mirth_log")
    hdr.a("[%s]  INFO  (com.mirth.connect.connectors.tcp.TcpReceiver:412): channel ADT_to_VMS received message %s (%d bytes) from 10.30.1.15:%d"
          % (ts_comma(t), ctl, R.randint(900, 1800), R.randint(40000, 60000)))
    lines.append(hdr)
    if not phi:
        ack = Line("hl7v2")
        ack.a("MSH|^~\\&|VMS|SBRMC_SEC|EPIC|SBRMC|%s||ACK^A08^ACK|%s|P|2.5.1" % (t.strftime("%Y%m%d%H%M%S"), "ACK" + ctl))
        ack2 = Line("hl7v2").a("MSA|AA|%s|Message accepted" % ctl)
        extra = Line("mirth_log").a("[%s]  INFO  (com.mirth.connect.server.controllers.DonkeyMessageController:1120): channel ADT_to_VMS message %s filtered: event %s not routed"
                                      % (ts_comma(t), ctl, R.choice(["A31", "A60", "A28"])))
        return lines + R.choice([[ack, ack2], [extra]])
    p = R.choice(PATIENTS if R.random() < 0.5 else (BHU or PATIENTS))
    ev = R.choice(["A08", "A08", "A01", "A03"])
    l = Line("hl7v2").a("MSH|^~\\&|EPIC|SBRMC|VMS|SBRMC_SEC|%s||ADT^%s^ADT_A01|%s|P|2.5.1" % (t.strftime("%Y%m%d%H%M%S"), ev, ctl))
    lines.append(l)
    lines.append(Line("hl7v2").a("EVN|%s|%s|||HPSTAFF^LIND^KAREN" % (ev, t.strftime("%Y%m%d%H%M%S"))))
    l = Line("hl7v2").a("PID|1||").a(p["mrn"], "mrn").a("^^^SBRMC^MR~").a(p["epi"], "mrn").a("^^^SBRMC^EPI||")
    l.a(nm(p, "hl7"), "name").a("||").a(p["dob"].strftime("%Y%m%d"), "date").a("|%s|||" % p["sex"])
    l.a(fold(p["street"] + p["apt"]).upper(), "address").a("^^").a(city_up(p), "address").a("^%s^" % p["st"]).a(p["zip"], "zip").a("^USA||")
    l.a(fmt_phone(p["phone"], "hl7"), "phone").a("^PRN^PH")
    if R.random() < 0.5:
        l.a("~^NET^Internet^").a(p["email"], "email")
    l.a("|||%s||" % R.choice(["M", "S", "W", "D"])).a(p["acct"], "account").a("|").a(p["ssn"], "ssn").a("|||||||||||N")
    lines.append(l)
    nk = R.choice(VISITORS)
    rel = R.choice(RELS)
    l = Line("hl7v2").a("NK1|1|").a("%s^%s" % (fold(p["last"]).upper(), fold(nk["first"]).upper()), "name").a("|%s^%s|" % (rel[0], rel[1]))
    l.a(fold(p["street"]).upper(), "address").a("^^").a(city_up(p), "address").a("^%s^" % p["st"]).a(p["zip"], "zip").a("|").a(fmt_phone(nk["phone"], "hl7"), "phone")
    l.a("||EC^Emergency Contact")
    lines.append(l)
    att = R.choice(["1234567^HADDAD^SAMIR^^^MD", "2281934^OKONKWO^LINDA^^^MD", "3309127^BRANDT^ERIC^^^DO"])
    f = ["PV1", "1", "I", "%s^%s^1^SBRMC" % (p["unit"].replace("-", ""), p["room"]), "U", "", "", att, "", "",
         "PSY" if p["unit"].startswith("BHU") else "MED", "", "", "", "7", "", "", att, "IP"]
    l = Line("hl7v2").a("|".join(f) + "|").a(p["visit"], "other_id")
    l.a("|" * 25).a(p["admit"].strftime("%Y%m%d") + "%02d%02d00" % (R.randint(0, 23), R.randint(0, 59)), "date")
    if ev == "A03":
        l.a("|").a("20240917%02d%02d00" % (R.randint(6, 9), R.randint(0, 59)), "date")
    lines.append(l)
    if R.random() < 0.85:
        pl = p["plan"]
        f = ["IN1", "1", pl[0], str(R.randint(100, 999)).zfill(5), pl[1]] + [""] * 11
        l = Line("hl7v2").a("|".join(f) + "|").a(nm(p, "hl7"), "name").a("|SEL|").a(p["dob"].strftime("%Y%m%d"), "date").a("|" * 18).a(p["member"], "health_plan")
        lines.append(l)
    if p["unit"].startswith("BHU") or R.random() < 0.3:
        a1, a2 = R.choice(VISITORS), R.choice(VISITORS)
        eff = p["admit"] + dt.timedelta(days=R.randint(0, 2))
        rtype = R.choice(["APPROVED_LIST_ONLY", "NO_VISITORS", "SUPERVISED_ONLY"])
        l = Line("hl7v2").a("ZVR|1|%s|" % rtype).a(eff.strftime("%Y%m%d"), "date").a("|")
        if rtype == "NO_VISITORS":
            l.a("|NO_PHONE_CALLS|Per attending order")
        else:
            l.a("%s^%s" % (fold(a1["last"]).upper(), fold(a1["first"]).upper()), "name").a("^^^^^%s~" % R.choice(RELS)[0])
            l.a("%s^%s" % (fold(a2["last"]).upper(), fold(a2["first"]).upper()), "name").a("^^^^^%s|NO_PHONE_CALLS|Per attending order" % R.choice(RELS)[0])
        lines.append(l)
    return lines


def f_parcs(phi):
    t = CLK.tick()
    l = Line("syslog_parcs")
    l.a("%s parcs-gw01 " % ts_syslog(t))
    if phi:
        k = R.choice(["val", "val", "lpr", "emv", "permit"])
        if k == "val":
            v = R.choice(VISITORS)
            l.a("validationd[%d]: VALIDATE ticket=00418%05d lane=ENT-%d plate=" % (R.randint(2000, 2400), R.randint(0, 99999), R.randint(1, 3)))
            l.a(v["plate"], "vehicle").a(" plate_region=%s program=%s mrn=" % (v["st"], R.choice(["FAMILY_LONGSTAY", "ONCOLOGY_FAMILY", "NICU_PARENT"])))
            l.a(v["pt"]["mrn"], "mrn").a(" validated_by=%s rate=FAM-DAILY amount_due=0.00" % R.choice(STAFF_FD))
        elif k == "lpr":
            v = R.choice(VISITORS)
            l.a("lprd[1877]: LPR read lane=EXIT-%d plate=" % R.randint(1, 2)).a(v["plate"].replace("-", "").replace(" ", ""), "vehicle")
            l.a(" conf=0.%d match=ticket:00418%05d action=OPEN" % (R.randint(80, 99), R.randint(0, 99999)))
        elif k == "emv":
            pan = luhn_complete(R.choice(["4", "51", "55", "37"]), 15 if False else 16)
            l.a("payd[2290]: ERROR ps=PS-%d emv fallback track2 parse failed track=\";" % R.randint(1, 4)).a(pan, "account")
            l.a("=%s%s?\" code=E_TRK2_FMT" % ("2%d%02d" % (R.randint(6, 9), R.randint(1, 12)), digits(8)))
        else:
            inf, mom = R.choice(NICU_INFANTS)
            l.a("permitd[2302]: permit NP-%s issued holder=\"" % digits(5)).a(nm(mom, "LF"), "name").a("\" plate=").a(mom["plate"], "vehicle")
            l.a(" program=NICU_PARENT valid_days=30")
    else:
        l.a(R.choice([
            "gated[1702]: gate EXIT-%d opened reason=PAID ticket=00418%05d" % (R.randint(1, 2), R.randint(0, 99999)),
            "ticketd[1711]: lane ENT-%d ticket dispensed 00418%05d" % (R.randint(1, 3), R.randint(0, 99999)),
            "payd[2290]: ps=PS-%d cash vault %d%% full" % (R.randint(1, 4), R.randint(10, 95)),
            "payd[2290]: ps=PS-%d card auth approved amount=%d.00 last4=%s auth=%s" % (R.randint(1, 4), R.randint(3, 24), digits(4), alnum(6, "0123456789ABCDEF")),
            "occupancyd[1690]: deck=B level=%d occupied=%d capacity=220" % (R.randint(1, 5), R.randint(40, 220)),
            "validationd[2211]: VALIDATE ticket=00418%05d lane=ENT-2 program=STAFF_GUEST validated_by=%s amount_due=0.00" % (R.randint(0, 99999), R.choice(STAFF_FD)),
        ]))
    return [l]


def f_nginx(phi):
    t = CLK.tick()
    l = Line("nginx_combined")
    ua_k = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 SBRMCWayfinder/2.6"
    if phi:
        k = R.choice(["wf", "wf", "wf", "prereg", "confirm"])
        if k == "wf":
            p = R.choice(PATIENTS)
            l.a("10.44.%d.%d - - [%s] \"GET /api/v2/search?q=" % (R.randint(2, 6), R.randint(10, 80), ts_nginx(t)))
            style = R.choice(["pct", "plus", "pre"])
            name = R.choice([nm(p, "low"), nm(p, "fl"), p["last"], "%s %s" % (p["last"], p["first"])])
            if style == "pct":
                l.a(quote(name), "name")
            elif style == "plus":
                l.a(quote_plus(name), "name")
            else:
                l.a(quote(R.choice(["room for ", "patient ", "where is "])))
                l.a(quote(name), "name")
            l.a("&lang=%s&kiosk=%s HTTP/1.1\" 200 %d \"-\" \"%s\"" % (R.choice(["en", "en", "es"]), R.choice(WAYKIOSK), R.randint(80, 900), ua_k))
        elif k == "prereg":
            l.a(public_ip(), "ip").a(" - - [%s] \"POST /visit/prereg HTTP/2.0\" 302 0 \"https://visit.sbrmc.org/visit/prereg\" \"Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1\"" % ts_nginx(t))
        else:
            v = R.choice(VISITORS)
            l.a(public_ip(), "ip").a(" - - [%s] \"GET /visit/prereg/confirm?email=" % ts_nginx(t)).a(quote(v["email"], safe=""), "email")
            l.a("&token=%s HTTP/2.0\" 200 %d \"-\" \"Mozilla/5.0 (Linux; Android 14; SM-S911U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36\"" % (hexs(24), R.randint(3000, 9000)))
    else:
        k = R.choice(["dept", "dept", "health", "static", "route"])
        ip = "10.44.%d.%d" % (R.randint(2, 6), R.randint(10, 80))
        if k == "dept":
            req = "GET /api/v2/search?q=%s&lang=en&kiosk=%s HTTP/1.1" % (quote_plus(R.choice(DEPTS)), R.choice(WAYKIOSK))
            l.a("%s - - [%s] \"%s\" 200 %d \"-\" \"%s\"" % (ip, ts_nginx(t), req, R.randint(80, 2000), ua_k))
        elif k == "health":
            l.a("10.44.0.%d - - [%s] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\"" % (R.randint(2, 9), ts_nginx(t)))
        elif k == "static":
            l.a("%s - - [%s] \"GET /static/js/main.%s.js HTTP/1.1\" 304 0 \"https://wayfinding.sbrmc.local/\" \"%s\"" % (ip, ts_nginx(t), hexs(8), ua_k))
        else:
            l.a("%s - - [%s] \"GET /api/v2/route?from=%s&to=DEPT-%s-%d&accessible=%s HTTP/1.1\" 200 %d \"-\" \"%s\"" % (
                ip, ts_nginx(t), R.choice(WAYKIOSK), R.choice(["RAD", "CARD", "LAB", "PHARM", "ONC"]), R.randint(1, 4),
                R.choice(["true", "false"]), R.randint(800, 5000), ua_k))
    return [l]


def f_nginx_err(phi):
    t = CLK.tick()
    l = Line("nginx_error")
    l.a("%s [error] 31#31: *%d " % (t.strftime("%Y/%m/%d %H:%M:%S"), R.randint(1000, 99999)))
    ip = "10.44.%d.%d" % (R.randint(2, 6), R.randint(10, 80))
    if phi:
        p = R.choice(PATIENTS)
        q = quote(nm(p, R.choice(["low", "l"])).lower())
        l.a("upstream timed out (110: Connection timed out) while reading response header from upstream, client: %s, server: wayfinding.sbrmc.local, request: \"GET /api/v2/search?q=" % ip)
        l.a(q, "name").a(" HTTP/1.1\", upstream: \"http://10.20.3.14:3000/api/v2/search?q=").a(q, "name").a("\", host: \"wayfinding.sbrmc.local\"")
    else:
        l.a(R.choice([
            "connect() failed (111: Connection refused) while connecting to upstream, client: %s, server: wayfinding.sbrmc.local, request: \"GET /api/v2/map/tiles/3/12/7.png HTTP/1.1\", upstream: \"http://10.20.3.14:3000/api/v2/map/tiles/3/12/7.png\", host: \"wayfinding.sbrmc.local\"" % ip,
            "open() \"/usr/share/nginx/html/favicon.ico\" failed (2: No such file or directory), client: %s, server: wayfinding.sbrmc.local, request: \"GET /favicon.ico HTTP/1.1\", host: \"wayfinding.sbrmc.local\"" % ip,
        ]))
    return [l]


LF_HEADER_DONE = [False]
RPT_HEADER_DONE = [0]


def f_lostfound(phi):
    lines = []
    t = CLK.tick()
    if not LF_HEADER_DONE[0] or (not phi and R.random() < 0.3):
        LF_HEADER_DONE[0] = True
        lines.append(Line("csv_lostfound").a("item_no,logged_at,found_location,category,description,owner_name,owner_contact,status,logged_by"))
    n = R.randint(1, 3)
    for _ in range(n):
        t = CLK.tick(30, 900)
        l = Line("csv_lostfound")
        off = R.choice(OFFICERS)[0]
        l.a("LF-24-0%d,%s,%s," % (R.randint(3000, 3999), t.strftime("%Y-%m-%d %H:%M"),
                                  R.choice(["Main lobby chairs", "5E family lounge", "Cafeteria table 12", "Parking deck B L3", "ED waiting", "Chapel", "Elevator bank C"])))
        if phi:
            k = R.choice(["wallet", "phone", "hearing", "keys"])
            who = R.choice(VISITORS) if k != "hearing" else R.choice(PATIENTS)
            if k == "wallet":
                l.a('WALLET,"brown leather wallet, %s DL for ' % who["st"]).a(nm(who, "LF"), "name").a(', $0 cash",')
            elif k == "phone":
                l.a('PHONE,"iPhone 13 blue case, lock screen shows ').a(who["first"], "name").a('",')
            elif k == "hearing":
                l.a('MEDICAL DEVICE,"Phonak Audeo hearing aid S/N ').a("%s%s" % (digits(4), alnum(5, "A0123456789")), "device").a(', pt in %s-%s",' % (who["unit"], who["room"]))
            else:
                l.a('KEYS,"Toyota key fob + 3 keys, tag ""').a(nm(who, "fl"), "name").a('""",')
            if R.random() < 0.5:
                l.a(nm(who, "fl"), "name").a(",")
            else:
                l.a('"').a(nm(who, "lf"), "name").a('",')
            if R.random() < 0.5:
                l.a(fmt_phone(who["phone"], R.choice(["paren", "dash", "plain"])), "phone")
            else:
                l.a(who["email"], "email")
            l.a(',%s,"%s"' % (R.choice(["RETURNED", "HELD", "OWNER_NOTIFIED"]), off))
        else:
            l.a("%s,\"%s\",,,%s,\"%s\"" % (R.choice([("UMBRELLA", "black compact umbrella"), ("CLOTHING", "grey hoodie size L"),
                                                 ("BAG", "canvas tote w/ knitting"), ("CHARGER", "USB-C charger, white"),
                                                 ("GLASSES", "reading glasses +2.0 in case"), ("TOY", "stuffed rabbit")]) +
                (R.choice(["UNCLAIMED", "DISPOSED", "DONATED"]), off)))
        lines.append(l)
    return lines


def f_incident(phi):
    t = CLK.tick()
    l = Line("incident_export")
    off, badge = R.choice(OFFICERS)
    l.a("IR-24-0917%02d|%s|%s #%s|" % (R.randint(1, 99), t.strftime("%Y-%m-%d %H:%M"), off, badge))
    if phi:
        k = R.choice(["bhu", "vehicle", "lost_child", "watch", "fall"])
        if k == "bhu" and BHU:
            v = R.choice(VISITORS)
            p = R.choice(BHU)
            l.a("BHU-2 entrance|DISTURBANCE|Visitor identified as ").a(nm(v, "fl"), "name").a(" (DOB ").a(fmt_date(v["dob"], "us_short"), "date")
            l.a(") became verbally aggressive after being told pt ").a(nm(p, "il"), "name").a(" (MRN ").a(p["mrn"], "mrn")
            l.a(") is on no-visitor status. Escorted to exit, left in vehicle plate ").a(v["plate"], "vehicle").a(". Charge RN notified.")
        elif k == "vehicle":
            v = R.choice(VISITORS)
            l.a("Deck B L%d|THEFT FROM AUTO|Rear window broken on visitor vehicle, VIN " % R.randint(1, 5)).a(vin(), "vehicle")
            l.a(", plate ").a(v["plate"], "vehicle").a(". Owner ").a(nm(v, "lf"), "name").a(" (ph ").a(fmt_phone(v["phone"]), "phone")
            l.a(") visiting family in %s. MPD case requested." % v["pt"]["unit"])
        elif k == "lost_child":
            v = R.choice(VISITORS)
            l.a("Main lobby|LOST PERSON|Child (age 6) separated from mother ").a(nm(v, "fl"), "name").a(" near gift shop, reunited after 9 min. Mother reached at ")
            l.a(fmt_phone(v["phone"]), "phone").a(".")
        elif k == "watch":
            v = R.choice(VISITORS)
            l.a("FD-MAIN|WATCHLIST REVIEW|Kiosk flagged ").a(nm(v, "LF"), "name").a(" potential SOR match. Compared DL ").a(lic_print(v["st"], v["lic"]), "license")
            l.a(" and DOB ").a(fmt_date(v["dob"], "mon"), "date").a(" against registry photo - NOT a match, cleared to visit.")
        else:
            p = R.choice([x for x in PATIENTS if x["dob"].year < 1935] or PATIENTS)
            l.a("6N hallway|PATIENT FALL ASSIST|Assisted staff with pt ").a(nm(p, "fl"), "name").a(", ")
            l.a(str(age_of(p)), age_cat(p))
            l.a(" y/o, wandering off unit; returned to room, bed alarm reset.")
    else:
        l.a(R.choice([
            "Door 3B|ALARM|Door 3B alarm, found propped with supply cart. Secured, no persons involved.",
            "Deck B L2|FACILITY|Lighting out rows F-H, FM work order 558%03d opened." % R.randint(0, 999),
            "ED ambulance bay|ESCORT|Escorted courier (Lakeside Lab) to pathology loading dock.",
            "Main lobby|KIOSK|Visitor kiosk 2 frozen on ID scan screen; rebooted, IT ticket INC0%d." % R.randint(410000, 419999),
            "Loading dock|DELIVERY|Vendor delivery (Medline) checked in via Vendormate, badge issued.",
            "Cafeteria|FIRE ALARM|Burnt toast, RFD notified, all clear at %s." % t.strftime("%H:%M"),
        ]))
    return [l]


def f_nicu(phi):
    t = CLK.tick()
    l = Line("log4net_xml")
    l.a("%s [EnrollmentWorker-%d] " % (ts_comma(t), R.randint(1, 4)))
    inf, mom = R.choice(NICU_INFANTS)
    if phi:
        k = R.choice(["enroll", "enroll", "alarm", "update"])
        if k == "enroll":
            l.a("INFO  Vms.Nicu.ParentEnrollment - POST /enroll payload=<ParentEnrollment version=\"2\"><Infant><Mrn>").a(inf["mrn"], "mrn")
            l.a("</Mrn><Name>").a(inf["name"], "name").a("</Name><Dob>").a(inf["dob"].isoformat(), "date").a("</Dob><TagSerial>").a(inf["tag"], "device")
            l.a("</TagSerial><BandNo>").a(inf["band"], "other_id").a("</BandNo></Infant><Parent role=\"%s\"><Name>" % R.choice(["MOTHER", "MOTHER", "FATHER"]))
            l.a(nm(mom, "lf"), "name").a("</Name><Mobile>").a(fmt_phone(mom["phone"], R.choice(["plain", "dash"])), "phone").a("</Mobile>")
            if R.random() < 0.6:
                l.a("<Photo mime=\"image/jpeg\">").a(b64_blob(JPEG_HDR, R.randint(45, 90)), "photo").a("</Photo>")
            if R.random() < 0.6:
                l.a("<Fingerprint fmt=\"ISO19794-2\" finger=\"R1\">").a(b64_blob(FMR_HDR, R.randint(40, 70)), "biometric").a("</Fingerprint>")
            l.a("</Parent></ParentEnrollment>")
        elif k == "alarm":
            l.a("WARN  Vms.Nicu.TagGateway - TAG_APPROACH_EXIT tag=").a(inf["tag"], "device").a(" infant_mrn=").a(inf["mrn"], "mrn")
            l.a(" zone=NICU-EXIT-%d door=LOCKED ack_by=rn.%s" % (R.randint(1, 3), R.choice(["tmiller", "aokoro", "jfry"])))
        else:
            l.a("INFO  Vms.Nicu.ParentEnrollment - <EnrollmentUpdate><BandNo>").a(mom["band"], "other_id").a("</BandNo><SecondCaregiver><Name>")
            sc = R.choice(VISITORS)
            l.a(nm(sc, "fl"), "name").a("</Name><Relationship>%s</Relationship><Email>" % R.choice(["FATHER", "GRANDMOTHER", "PARTNER"])).a(sc["email"], "email")
            l.a("</Email></SecondCaregiver></EnrollmentUpdate>")
    else:
        l.a(R.choice([
            "INFO  Vms.Nicu.TagGateway - zone NICU-EXIT-%d heartbeat ok tags_active=%d readers=3/3" % (R.randint(1, 3), R.randint(8, 22)),
            "WARN  Vms.Nicu.TagGateway - reader RDR-NICU-0%d RSSI low (-%d dBm)" % (R.randint(1, 8), R.randint(78, 90)),
            "INFO  Vms.Nicu.TagGateway - <TagSystemStatus zone=\"NICU\" doorsLocked=\"4\" doorsTotal=\"4\" firmware=\"7.3.1\" lastSync=\"%s\"/>" % iso_z(t),
            "ERROR Vms.Nicu.ParentEnrollment - enrollment POST failed: HTTP 503 from http://nicu-tags.sbrmc.local:8081/api/enroll (attempt %d/3)" % R.randint(1, 3),
        ]))
    return [l]


def f_radius(phi):
    t = CLK.tick()
    l = Line("freeradius_log")
    l.a("%s : " % t.strftime("%a %b %d %H:%M:%S %Y"))
    rid = R.randint(88000, 99999)
    if phi:
        v = R.choice(VISITORS)
        k = R.choice(["email", "email", "phone", "user"])
        l.a("Auth: (%d) Login OK: [" % rid)
        if k == "email":
            l.a(v["email"], "email")
        elif k == "phone":
            l.a(fmt_phone(v["phone"], "e164"), "phone")
        else:
            l.a("guest-%s.%s" % (fold(v["first"]).lower().replace(" ", ""), fold(v["last"]).lower().replace(" ", "")[:1]), "other_id")
        l.a("] (from client wlc-0%d port 0 cli " % R.randint(1, 2)).a(mac_dash(v["mac"]), "device").a(")")
    else:
        l.a(R.choice([
            "Info: Ready to process requests",
            "Auth: (%d) Login OK: [host/KIOSK-LOBBY-0%d.sbrmc.local] (from client wlc-01 port 0 cli 00-15-5D-2A-%02X-%02X)" % (rid, R.randint(1, 4), R.randint(0, 255), R.randint(0, 255)),
            "Auth: (%d) Login incorrect (mschap: MS-CHAP2-Response is incorrect): [svc-zebra] (from client wlc-02 port 0 cli 00-07-4D-AA-10-%02X)" % (rid, R.randint(0, 255)),
            "Info: Loaded virtual server guest-portal",
            "Error: (%d) Ignoring request to auth address * port 1812 bound to server default from unknown client 10.2.9.%d port %d proto udp" % (rid, R.randint(2, 200), R.randint(30000, 60000)),
        ]))
    return [l]


def f_radius_detail(phi):
    t = CLK.tick()
    lines = [Line("radius_detail").a(t.strftime("%a %b %d %H:%M:%S %Y"))]
    v = R.choice(VISITORS)
    status = R.choice(["Start", "Stop", "Interim-Update"])
    rows = [("Acct-Status-Type", status, None)]
    if phi:
        rows.append(("User-Name", '"%s"' % v["email"], "email"))
        rows.append(("Calling-Station-Id", '"%s"' % mac_dash(v["mac"]), "device"))
    else:
        rows.append(("User-Name", '"host/KIOSK-ED-0%d.sbrmc.local"' % R.randint(1, 2), None))
        rows.append(("Calling-Station-Id", '"00-15-5D-2A-%02X-%02X"' % (R.randint(0, 255), R.randint(0, 255)), None))
    rows += [("Called-Station-Id", '"A8-9D-21-3F-%02X-%02X:%s"' % (R.randint(0, 255), R.randint(0, 255), "SBRMC-Guest" if phi else "SBRMC-Kiosk"), None),
             ("Framed-IP-Address", v["guestip"] if phi else "10.10.4.%d" % R.randint(20, 90), None),
             ("Acct-Session-Id", '"%s-%s"' % (hexs(8).upper(), hexs(8).upper()), None),
             ("NAS-IP-Address", "10.2.0.5", None)]
    if status != "Start":
        rows += [("Acct-Input-Octets", str(R.randint(10 ** 5, 10 ** 9)), None), ("Acct-Session-Time", str(R.randint(60, 20000)), None)]
    rows.append(("Timestamp", str(epoch_ms(t) // 1000), None))
    for k, val, cat in rows:
        l = Line("radius_detail").a("\t%s = " % k)
        if cat:
            l.a('"').a(val.strip('"'), cat).a('"')
        else:
            l.a(val)
        lines.append(l)
    return lines


def f_dhcp(phi):
    t = CLK.tick()
    l = Line("syslog_dhcpd")
    l.a("%s dhcp01 dhcpd[1187]: " % ts_syslog(t))
    if phi:
        v = R.choice(VISITORS)
        k = R.choice(["ack", "req", "disc"])
        if k == "ack":
            l.a("DHCPACK on %s to " % v["guestip"]).a(v["mac"], "device")
        elif k == "req":
            l.a("DHCPREQUEST for %s (10.2.0.21) from " % v["guestip"]).a(v["mac"], "device")
        else:
            l.a("DHCPDISCOVER from ").a(v["mac"], "device")
        l.a(" (").a(v["host"], "other_id" if host_has_name(v) else None).a(") via 10.60.0.1")
    else:
        l.a(R.choice([
            "DHCPACK on 10.10.4.%d to 00:07:4d:aa:10:%02x (ZD421-LOBBY-%d) via 10.10.0.1" % (R.randint(20, 60), R.randint(0, 255), R.randint(1, 2)),
            "DHCPINFORM from 10.10.4.%d via 10.10.0.1" % R.randint(20, 90),
            "pool 10.60.0.0/18 guest: total 16380 free %d backup 0 lts 0 max-own (+/-)1638" % R.randint(9000, 15000),
            "DHCPACK on 10.44.2.%d to d4:81:d7:%s (KIOSK-MAIN-0%d) via 10.44.0.1" % (R.randint(10, 80), ":".join(hexs(2) for _ in range(3)), R.randint(1, 2)),
            "balancing pool 55d0c1a8 10.60.0.0/18  total 16380  free %d  backup 0  lts 0  max-own (+/-)1638" % R.randint(9000, 15000),
        ]))
    return [l]


def f_wlc(phi):
    t = CLK.tick()
    l = Line("cisco_wlc")
    l.a("*%s: %s: " % (R.choice(["apfMsConnTask_2", "apfMsConnTask_5", "Dot1x_NW_MsgTask_0", "emWeb"]), t.strftime("%b %d %H:%M:%S.") + ms(t)))
    if phi:
        v = R.choice(VISITORS)
        k = R.choice(["user", "eap", "web"])
        if k == "user":
            l.a("%APF-6-USER_NAME_CREATED: apf_policy.c:407 Username entry (").a(v["email"], "email").a(") created for mobile, username length = %d" % len(v["email"]))
        elif k == "eap":
            l.a("%DOT1X-3-MAX_EAP_RETRIES: 1x_auth_pae.c:3046 Max EAP identity request retries (3) exceeded for client ").a(v["mac"], "device")
        else:
            l.a("%PEM-6-WEB_AUTH_OK: pem_api.c:2341 Client ").a(mac_cisco(v["mac"]), "device").a(" web-auth success, user ").a(fmt_phone(v["phone"], "plain"), "phone")
            l.a(" ip %s wlan SBRMC-Guest" % v["guestip"])
    else:
        l.a(R.choice([
            "%%CAPWAP-5-DTLSREQSUCC: capwap_ac_sm.c:3811 DTLS connection created sucessfully peer_ip: 10.2.40.%d peer_port: 5246" % R.randint(10, 200),
            "%%CAPWAP-3-ECHO_ERR: capwap_ac_sm.c:7129 Did not receive heartbeat reply; AP: a8:9d:21:3f:%s" % ":".join(hexs(2) for _ in range(2)),
            "%%RRM-6-CHANNEL_CHANGE: rrm_dyn.c:1102 AP AP-L%d-EAST-0%d radio 1 channel changed 36 -> %d" % (R.randint(1, 7), R.randint(1, 9), R.choice([40, 44, 149, 157])),
        ]))
    return [l]


def f_portal(phi):
    t = CLK.tick()
    l = Line("winston_portal")
    l.a("%s [captive-portal] " % iso_z(t))
    if phi:
        v = R.choice(VISITORS)
        if R.random() < 0.5:
            l.a("info: guest registered ")
            fields = [("mac", v["mac"], "device"), ("email", v["email"], "email"), ("phone", fmt_phone(v["phone"], R.choice(["e164", "plain", "dash"])), "phone"),
                      ("firstName", v["first"], "name"), ("visitingUnit", v["pt"]["unit"]), ("ssid", "SBRMC-Guest"),
                      ("ap", "AP-L%d-%s-0%d" % (R.randint(1, 7), R.choice(["EAST", "WEST", "ICU"]), R.randint(1, 9))), ("tos", "v2024.2")]
        else:
            prof = "https://www.facebook.com/%s.%s.%d" % (fold(v["first"]).lower().replace(" ", ""), fold(v["last"]).lower().replace(" ", "").replace("'", ""), R.randint(1, 99))
            l.a("info: social login ")
            fields = [("provider", "facebook"), ("profileUrl", prof, "url"), ("name", nm(v, "fl"), "name"),
                      ("mac", v["mac"], "device"), ("sessionTimeout", 28800)]
        jput(l, O(fields))
    else:
        l.a(R.choice([
            "info: sessions active=%d registered_today=%d" % (R.randint(100, 400), R.randint(100, 900)),
            "warn: RADIUS CoA to 10.2.0.5:3799 timed out after 3000ms (attempt %d)" % R.randint(1, 3),
            "info: listening on :8443 (tls) build=portal-2.9.%d" % R.randint(0, 9),
            "info: tos version v2024.2 loaded (sha256=%s)" % hexs(64),
        ]))
    return [l]


def f_nxlog(phi):
    t = CLK.tick()
    l = Line("nxlog_winevent")
    host = R.choice(["KIOSK-MAIN-01", "KIOSK-MAIN-02", "KIOSK-ED-01", "KIOSK-WCH-01"])
    base = [("EventTime", t.strftime("%Y-%m-%d %H:%M:%S")), ("Hostname", host + ".sbrmc.local")]
    if phi:
        v = R.choice(VISITORS)
        l.a("")
        msg = P([("Check-in failed for ", None), (nm(v, "LF"), "name"), (" (DL ", None), (v["st"] + " ", None),
                 (lic_print(v["st"], v["lic"]), "license"), (")\\r\\nPatient lookup returned no active encounter for '", None),
                 (nm(v["pt"], "lf"), "name"), ("'\\r\\nStation: ", None), (host, None)])
        fields = base + [("Keywords", -9214364837600034816), ("EventType", "WARNING"), ("SeverityValue", 3), ("Severity", "WARNING"),
                         ("EventID", 3002), ("SourceName", "VisitorKiosk"), ("TaskValue", 0), ("RecordNumber", R.randint(10000, 90000)),
                         ("ProcessID", R.randint(1000, 9000)), ("Channel", "Application"), ("Message", msg)]
    else:
        k = R.choice(["logon", "svc", "crash", "spool", "dotnet"])
        if k == "logon":
            fields = base + [("EventType", "AUDIT_SUCCESS"), ("EventID", 4624), ("SourceName", "Microsoft-Windows-Security-Auditing"),
                             ("Channel", "Security"), ("TargetUserName", "kioskuser"), ("TargetDomainName", host), ("LogonType", "2"),
                             ("LogonProcessName", "User32 "), ("IpAddress", "127.0.0.1")]
        elif k == "svc":
            fields = base + [("EventType", "INFO"), ("EventID", 7036), ("SourceName", "Service Control Manager"), ("Channel", "System"),
                             ("param1", R.choice(["Print Spooler", "Honeywell Scanner Service", "Windows Update"])), ("param2", R.choice(["running", "stopped"]))]
        elif k == "crash":
            fields = base + [("EventType", "ERROR"), ("EventID", 1000), ("SourceName", "Application Error"), ("Channel", "Application"),
                             ("Message", "Faulting application name: VisitorKiosk.exe, version: 3.14.%d.0\\r\\nFaulting module name: ZebraPrinterSdk.dll, version: 2.15.2634.0\\r\\nException code: 0xc0000005\\r\\nFault offset: 0x%s" % (R.randint(0, 4), hexs(8)))]
        elif k == "spool":
            fields = base + [("EventType", "INFO"), ("EventID", 307), ("SourceName", "Microsoft-Windows-PrintService"), ("Channel", "Microsoft-Windows-PrintService/Operational"),
                             ("Message", "Document %d, Print Document owned by kioskuser on %s was printed on %s through port USB001. Size in bytes: %d. Pages printed: 1." % (R.randint(10, 999), host, R.choice(PRINTERS), R.randint(4000, 40000)))]
        else:
            fields = base + [("EventType", "ERROR"), ("EventID", 1026), ("SourceName", ".NET Runtime"), ("Channel", "Application"),
                             ("Message", "Application: VisitorKiosk.exe\\r\\nFramework Version: v4.0.30319\\r\\nDescription: The process was terminated due to an unhandled exception.\\r\\nException Info: System.IO.IOException: The port 'COM%d' does not exist.\\r\\n   at System.IO.Ports.SerialPort.Open()" % R.randint(3, 9))]
    jput(l, O(fields))
    return [l]


def f_report(phi):
    lines = []
    t = CLK.tick()
    if RPT_HEADER_DONE[0] == 0 or R.random() < 0.35:
        RPT_HEADER_DONE[0] += 1
        lines.append(Line("csv_visitor_report").a("VisitDate,VisitType,BadgeNo,VisitorLast,VisitorFirst,VisitorDOB,IdType,IdState,IdLast4,PatientName,Unit,Room,TimeIn,TimeOut,Screening,Station,Company"))
    for _ in range(R.randint(2, 5)):
        l = Line("csv_visitor_report")
        tin = (dt.datetime(2024, 9, 16, 6, 0) + dt.timedelta(minutes=R.randint(0, 900)))
        tout = tin + dt.timedelta(minutes=R.randint(10, min(300, 1430 - tin.hour * 60 - tin.minute)))
        if phi and R.random() < 0.8:
            v = R.choice(VISITORS)
            p = v["pt"]
            l.a("2024-09-16,%s," % R.choice(["PATIENT", "PATIENT", "NICU_PARENT"] if p["unit"] == "NICU" else ["PATIENT"])).a(v["badge"], "other_id").a(",")
            l.a(v["last"] if "," not in v["last"] else '"%s"' % v["last"], "name").a(",").a(v["first"], "name").a(",")
            l.a(fmt_date(v["dob"], R.choice(["us", "iso"])), "date").a(",DL,%s,%s," % (v["st"], v["lic"][-4:]))
            l.a('"').a(nm(p, "lf"), "name").a('",%s,%s,%s,%s,%s,%s,' % (p["unit"], p["room"], tin.strftime("%H:%M"), tout.strftime("%H:%M"),
                                                                     R.choice(["CLEAR", "CLEAR", "CLEAR", "REVIEWED"]), R.choice(KIOSKS)))
        else:
            co = R.choice(["Stryker", "Medline", "Cardinal Health", "Siemens Healthineers", "Otis Elevator", "Aramark"])
            l.a("2024-09-16,VENDOR,VN%s,%s,%s,,BADGE,,,,%s,,%s,%s,VENDORMATE,FD-MAIN-1,%s" % (
                digits(6), R.choice(["Schultz", "Lindgren", "Ambrose", "Tran", "Whitaker"]), R.choice(["Brian", "Carla", "Devin", "Mai", "Greg"]),
                R.choice(["SPD", "OR", "ENG", "DIETARY", "RAD"]), tin.strftime("%H:%M"), tout.strftime("%H:%M"), co))
        lines.append(l)
    if R.random() < 0.3:
        lines.append(Line("csv_visitor_report").a("# totals date=2024-09-16 visits=%d unique_visitors=%d vendors=%d denied=%d watchlist_reviews=%d generated=%s"
                                                   % (R.randint(380, 460), R.randint(300, 380), R.randint(20, 40), R.randint(0, 5), R.randint(0, 4), iso_z(t))))
    if not phi:
        lines = [x for x in lines if not x.spans]
    return lines


def f_bunyan(phi):
    t = CLK.tick()
    l = Line("bunyan_json")
    base = [("name", "bhu-visitor-rules"), ("hostname", "vms-rules-01"), ("pid", 2290)]
    if phi and BHU:
        p = R.choice(BHU)
        v = R.choice(VISITORS)
        k = R.choice(["deny", "deny", "list", "guardian", "guardian"])
        if k == "deny":
            fields = base + [("level", 30), ("unit", p["unit"]), ("patientMrn", p["mrn"], "mrn"), ("decision", R.choice(["DENY", "ALLOW", "DENY"])),
                             ("visitor", O([("name", nm(v, "fl"), "name"), ("relation", v["rel"][2]), ("visitorId", v["vid"], "other_id")])),
                             ("reason", R.choice(["NOT_ON_APPROVED_LIST", "ON_APPROVED_LIST", "OUTSIDE_VISIT_HOURS"])), ("msg", "visitor rule evaluated")]
        elif k == "list":
            a1, a2 = R.choice(VISITORS), R.choice(VISITORS)
            fields = base + [("level", 30), ("unit", p["unit"]),
                             ("patient", O([("mrn", p["mrn"], "mrn"), ("name", nm(p, "lf"), "name"), ("dob", fmt_date(p["dob"], "iso"), "date"),
                                            ("ageYears", age_of(p), age_cat(p))])),
                             ("restriction", "APPROVED_LIST_ONLY"),
                             ("approved", A([O([("name", nm(a1, "fl"), "name"), ("relation", a1["rel"][2]), ("phone", fmt_phone(a1["phone"], "dash"), "phone")]),
                                             O([("name", nm(a2, "fl"), "name"), ("relation", a2["rel"][2]), ("phone", fmt_phone(a2["phone"], "paren"), "phone")])])),
                             ("msg", "approved visitor list updated")]
        else:
            g = R.choice(VISITORS)
            fields = base + [("level", 40), ("unit", p["unit"]), ("patientMrn", p["mrn"], "mrn"),
                             ("guardian", O([("name", nm(g, "lf"), "name"), ("phone", fmt_phone(g["phone"], "dot"), "phone"),
                                             ("fax", fmt_phone(phone_raw(g["st"]), "dash"), "fax")])),
                             ("msg", "guardian consent required before minor visitor entry")]
    else:
        fields = base + R.choice([
            [("level", 30), ("rules", R.randint(30, 45)), ("version", "2024.09.2"), ("msg", "rule set loaded")],
            [("level", 30), ("unit", "BHU-%d" % R.randint(1, 2)), ("from", "21:00"), ("to", "08:00"), ("msg", "quiet hours in effect")],
            [("level", 50), ("err", O([("message", "connect ECONNREFUSED 10.20.3.14:6379"), ("code", "ECONNREFUSED")])), ("msg", "redis unavailable, using local cache")],
        ])
    fields += [("time", iso_z(t)), ("v", 0)]
    jput(l, O(fields))
    return [l]


def f_postfix(phi):
    t = CLK.tick()
    l = Line("syslog_postfix")
    qid = hexs(10).upper()
    l.a("%s mail01 " % ts_syslog(t))
    if phi:
        v = R.choice(VISITORS)
        l.a("postfix/smtp[%d]: %s: to=<" % (R.randint(30000, 32000), qid)).a(v["email"], "email")
        l.a(">, relay=%s, delay=%.1f, delays=0.1/0/0.4/0.7, dsn=2.0.0, status=sent (250 2.0.0 OK %d %s - gsmtp)" % (
            R.choice(["gmail-smtp-in.l.google.com[142.250.115.27]:25", "outlook-com.olc.protection.outlook.com[52.101.40.4]:25", "mx-aol.mail.gm0.yahoodns.net[67.195.228.94]:25"]),
            R.uniform(0.5, 3), 1726500000 + R.randint(0, 99999), alnum(10, "abcdefghijk0123456789")))
    else:
        l.a(R.choice([
            "postfix/qmgr[1102]: %s: from=<no-reply@sbrmc.org>, size=%d, nrcpt=1 (queue active)" % (qid, R.randint(4000, 30000)),
            "postfix/smtpd[%d]: connect from vms-app-01.sbrmc.local[10.20.3.11]" % R.randint(30000, 32000),
            "postfix/qmgr[1102]: %s: removed" % qid,
            "postfix/smtp[%d]: %s: to=<secops@sbrmc.org>, relay=exch01.sbrmc.local[10.20.1.5]:25, delay=0.2, dsn=2.0.0, status=sent (250 Queued)" % (R.randint(30000, 32000), qid),
        ]))
    return [l]


def f_nodestack(phi):
    if phi:
        return None
    CLK.tick()
    fam = "node_stack"
    k = R.choice(["te", "conn"])
    if k == "te":
        txt = ["TypeError: Cannot read properties of undefined (reading 'DAQ')",
               "    at parseAamva (/srv/vms/kiosk-api/src/scan/aamva.js:118:27)",
               "    at ScanController.ingest (/srv/vms/kiosk-api/src/controllers/scan.js:54:19)",
               "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)"]
    else:
        txt = ["Error: connect ECONNREFUSED 10.20.3.14:5432",
               "    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1595:16) {",
               "  errno: -111,", "  code: 'ECONNREFUSED',", "  syscall: 'connect',", "  address: '10.20.3.14',", "  port: 5432", "}"]
    return [Line(fam).a(x) for x in txt]


def f_prom(phi):
    if phi:
        return None
    CLK.tick()
    fam = "prometheus_text"
    out = [Line(fam).a("# HELP vms_kiosk_checkins_total Visitor check-ins by kiosk and result"),
           Line(fam).a("# TYPE vms_kiosk_checkins_total counter")]
    for k in R.sample(KIOSKS, 2):
        out.append(Line(fam).a('vms_kiosk_checkins_total{kiosk="%s",result="%s"} %d' % (k, R.choice(["ok", "denied", "review"]), R.randint(1, 2000))))
    if R.random() < 0.5:
        out.append(Line(fam).a('vms_badge_print_seconds_bucket{printer="%s",le="2.5"} %d' % (R.choice(PRINTERS), R.randint(100, 900))))
    return out


def f_shift(phi):
    t = CLK.tick()
    l = Line("shift_note")
    l.a("[FD-MAIN %s shift %s] %s - " % (R.choice(["day", "day", "eve"]), t.strftime("%m/%d"), t.strftime("%H%M")))
    if phi:
        k = R.choice(["old", "call", "bhu", "optout", "nicu", "cb"])
        if k == "old":
            p = R.choice([x for x in PATIENTS if x["dob"].year < 1935] or PATIENTS)
            v = R.choice(VISITORS)
            l.a("Daughter of pt in %s-%s (" % (p["unit"], p["room"])).a(p["last"], "name").a(") called re visiting hours. Pt is ")
            l.a(str(age_of(p)), age_cat(p)).a(" and family wants to bring dog, told to call Pet Therapy x4-6120. Callback ")
            l.a(fmt_phone(v["phone"], R.choice(["dash", "plain", "dot"])), "phone").a(" (").a(v["first"], "name").a(").")
        elif k == "cb":
            p = R.choice(PATIENTS)
            slug = "%s%s" % (fold(p["first"]).lower().replace(" ", ""), fold(p["last"]).lower().replace(" ", "").replace("'", "").replace(".", ""))
            l.a("Son of ").a(nm(p, "fl"), "name").a(" (%s) asked us to share the CaringBridge page " % p["unit"])
            l.a("https://www.caringbridge.org/site/" + slug, "url").a(" with callers - told him we can't, directed callers to family.")
        elif k == "call":
            v = R.choice(VISITORS)
            l.a("Caller ").a(nm(v, R.choice(["fl", "low"])), "name").a(" asked if ").a(nm(v["pt"], R.choice(["fl", "il"])), "name")
            l.a(" is here; pt listed, transferred to %s nurses station." % v["pt"]["unit"])
        elif k == "bhu" and BHU:
            p = R.choice(BHU)
            v = R.choice(VISITORS)
            l.a("Ex-boyfriend of BHU pt ").a(nm(p, "lf"), "name").a(" showed up again, NOT on approved list. Security (%s) aware. He gave name " % R.choice(OFFICERS)[0])
            l.a(nm(v, "fl"), "name").a(", drives grey sedan ").a(v["plate"], "vehicle").a(".")
        elif k == "optout":
            p = R.choice(PATIENTS)
            l.a("Flower delivery (Metro Florist) for ").a(nm(p, "fl"), "name").a(" - pt is opt-out so we said no such pt, florist left w/ arrangement. Sender ")
            v = R.choice(VISITORS)
            l.a(v["email"], "email").a(" may call.")
        else:
            inf, mom = R.choice(NICU_INFANTS)
            l.a("NICU mom ").a(nm(mom, R.choice(["fl", "lf"])), "name").a(" lost parent badge, reissued per band ").a(mom["band"], "other_id").a(", old badge ")
            l.a(mom["badge"], "other_id").a(" deactivated.")
    else:
        l.a(R.choice([
            "Kiosk 2 printer jammed again, ticket INC0%d opened with IT (Jen in desktop support, x4-7711)." % R.randint(410000, 419999),
            "Shift start, badge stock 3 boxes, radios checked, lobby kiosks all online.",
            "Reminder: visiting hours change to 08:00-20:00 starting Monday per memo from Patient Experience.",
            "Wayfinding kiosk WF-LOBBY-3 screen flickering, Facilities notified (WO 558%03d)." % R.randint(0, 999),
            "Vendor reps from Stryker checked in via Vendormate, sent to OR desk.",
            "Handoff to eve shift: 0 open watchlist reviews, 1 printer low on media.",
        ]))
    return [l]


def f_twilio(phi):
    t = CLK.tick()
    l = Line("node_debug")
    l.a("%s vms:notify " % iso_z(t))
    sid = "SM" + hexs(32)
    if phi:
        inf, mom = R.choice(NICU_INFANTS)
        if R.random() < 0.5:
            l.a("SMS queued sid=%s to=" % sid).a(fmt_phone(mom["phone"], "e164"), "phone").a(" template=NICU_BADGE_READY")
        else:
            l.a("SMS queued sid=%s to=" % sid).a(fmt_phone(mom["phone"], "e164"), "phone").a(' body="Hi ').a(mom["first"], "name")
            l.a(", your NICU parent badge for ").a(inf["name"].title(), "name").a(' is ready at the Main Desk (Door 1)."')
    else:
        l.a(R.choice([
            "twilio status callback sid=%s status=%s errorCode=%s" % (sid, R.choice(["delivered", "sent", "undelivered"]), R.choice(["", "30003"])),
            "rate limit window reset, sent=%d in last 60s" % R.randint(0, 30),
            "using messaging service MG%s from=+1414xxx0123" % hexs(32),
        ]))
    return [l]


FAMILIES = [
    (f_pino, 14), (f_aamva, 5), (f_serilog, 8), (f_clef, 5), (f_zpl, 4), (f_mscons, 7), (f_logfmt, 7),
    (hl7_msg, 5), (f_parcs, 7), (f_nginx, 10), (f_nginx_err, 2), (f_lostfound, 3), (f_incident, 5),
    (f_nicu, 6), (f_radius, 6), (f_radius_detail, 1), (f_dhcp, 6), (f_wlc, 4), (f_portal, 6),
    (f_nxlog, 5), (f_report, 3), (f_bunyan, 5), (f_postfix, 4), (f_nodestack, 1), (f_prom, 2),
    (f_shift, 5), (f_twilio, 3),
]


def pick_family():
    tot = sum(w for _, w in FAMILIES)
    x = R.uniform(0, tot)
    for f, w in FAMILIES:
        x -= w
        if x <= 0:
            return f
    return FAMILIES[-1][0]


def main():
    out = []
    target_phi = 0.45
    guard = 0
    while len(out) < N_LINES:
        guard += 1
        assert guard < 10000
        nphi = sum(1 for l in out if l.spans)
        want = target_phi * (len(out) + 2) - nphi
        phi = R.random() < min(0.95, max(0.05, 0.45 + want / 6.0))
        f = pick_family()
        saved = CLK.t
        lines = f(phi)
        if not lines:
            CLK.t = saved
            continue
        if phi and not any(l.spans for l in lines):
            continue
        if len(out) + len(lines) > N_LINES:
            continue
        out.extend(lines)
    assert len(out) == N_LINES
    log_lines, labels = [], []
    for i, l in enumerate(out, 1):
        s = l.text()
        assert s and "\n" not in s and "\r" not in s, (i, s)
        b = s.encode("utf-8")
        spans = []
        prev = -1
        for (st, en, cat, val) in l.spans:
            assert b[st:en] == val.encode("utf-8"), (i, st, en, val)
            assert st >= prev, (i, "overlap")
            prev = en
            spans.append({"s": st, "e": en, "cat": cat})
        log_lines.append(s)
        labels.append(json.dumps({"line": i, "family": l.family, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(log_lines))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(labels))


if __name__ == "__main__":
    main()
