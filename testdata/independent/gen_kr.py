#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""gen_kr.py -- synthetic labeled log corpus, ID=kr.

Theme: a hospital foundation, its volunteer office and its retail services
(Mercy Ridge Medical Center / Mercy Ridge Health Foundation, Tulsa OK; all
people, organisations and identifiers are invented).

Writes kr.log (exactly 500 lines) and kr.labels.jsonl next to this script.
Standard library only, fixed seed, no clock / environment input.

Formats: grateful-patient screening exports from a Raiser's-Edge-like CRM
(CSV with header, pipe vendor return, fixed width, XML), HL7 v2 ADT feed,
wealth-screening API JSON, tribute gift processing (syslog + logfmt),
thank-you letter merges (English / Spanish), NCOA mailing-house returns,
volunteer scheduling (PHP Monolog), volunteer background checks (JSON, XML),
volunteer health clearance CSV, gift-shop electronic journal, outpatient
pharmacy POS journal, parking validation (log4j), valet CSV / SMS log,
patient meal trays (diet office log, ZPL tray tickets), .NET logs (Serilog
text, Microsoft.Extensions.Logging console, CLEF JSON, EF Core), PHP logs
(php error_log, Laravel), Stripe-like webhooks, nginx access log, syslog ops.

Labeling decisions:
- Subjects whose identifiers are labeled: patients; their relatives,
  guarantors and emergency contacts; deceased persons honoured by memorial
  gifts and living persons honoured by tribute gifts (unless staff, see
  below); individual donors / constituents of the foundation (grateful
  patients and their families are constituents); individual customers of the
  retail services (gift shop, pharmacy, parking, valet) as "clients".
- Volunteers are workforce: in scheduling, shift, kiosk and rounding lines
  their name / phone / volunteer ID are NOT labeled. In background-check and
  volunteer-health-clearance records (TB test, immunisations) the volunteer
  is the subject and all their identifiers are labeled.
- Clinicians, staff, gift officers, cashiers, pharmacy techs, valet
  attendants, coordinators: never labeled, including tributes "in honor of"
  a nurse or physician and staff e-mail addresses / extensions.
- Businesses, vendors, the hospital and foundation (names, addresses,
  phones, PAF / licence numbers, corporate donors and corporate NCOA moves)
  are not labeled.
- Transaction identifiers are not labeled: gift IDs, batch IDs, Stripe
  evt_/ch_/pi_/po_ IDs, POS transaction and order numbers, valet ticket
  numbers, parking ticket numbers, tray ticket numbers, HL7 control IDs,
  trace/span IDs, UUIDs of requests. Person-level identifiers are labeled:
  constituent IDs (ConsID / URN), Stripe customer IDs (cus_) of individual
  donors, donor-portal usernames, encounter/visit numbers (CSN) -> other_id;
  prescription (Rx) numbers -> other_id; background-check report numbers
  (a case number about one person) -> other_id; volunteer IDs only inside
  background-check / health-clearance records -> other_id.
- Hospital account numbers (HAR, PID-18), bank account numbers and full card
  numbers -> account. Masked values (card last4, ***-**-1234 SSN) are not
  labeled.
- Dates labeled: birth, death, admission, discharge, service / screening
  (TB read date), appointment, NCOA move-effective date (a year-month is still
  a date element). Birthdays without year are labeled. Not labeled: log
  timestamps, export/file dates, gift / charge / transaction dates, card
  expiry, year alone.
- Ages are labeled only when over 89 ("age" span covers the number only).
- Addresses: street line and city are "address" spans (separately where
  they are separate fields; one span where written as one string), ZIP and
  ZIP+4 add-on are "zip". State alone is not labeled. A whole one-line
  address including state and ZIP is split: street+city as address, ZIP as
  zip. Room / bed numbers inside the hospital are not labeled.
- Vehicle plates and VINs of patients, visitors and valet customers ->
  vehicle; staff permit plates are not labeled.
- Device serials / UDI of a device dispensed to a patient -> device.
- Personal URLs (tribute pages, peer-to-peer fundraising pages, LinkedIn
  profiles, URL paths carrying a person's slug) -> url; a person's
  e-mail inside a URL query string (even URL-encoded) -> email.
- Public client IPs of donors / patients -> ip; private RFC1918 addresses,
  crawlers and TEST-NET documentation ranges are not labeled.
- Names: each written name is one span (titles Mr./Sra./Dr. outside the
  span; "LAST, FIRST M" or "LAST^FIRST^M" as one span). Names in JSON with
  PHP \\u escapes are labeled in their escaped written form.
- Palm-vein templates -> biometric; base64 JPEG badge photos -> photo.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata
import urllib.parse

ID = "kr"
R = random.Random(0x6B72A11)
REF = dt.date(2024, 10, 7)
TZ = dt.timedelta(hours=5)          # CDT -> UTC
NOW = [dt.datetime(2024, 10, 7, 5, 58, 3, 120000)]

# ---------------------------------------------------------------- builders


class Line:
    __slots__ = ("fam", "buf", "spans")

    def __init__(self, fam):
        self.fam = fam
        self.buf = bytearray()
        self.spans = []

    def t(self, s):
        self.buf += s.encode("utf-8")
        return self

    def p(self, v, cat):
        v = str(v)
        b = v.encode("utf-8")
        assert b, "empty span"
        s = len(self.buf)
        self.buf += b
        self.spans.append((s, len(self.buf), cat, b))
        return self


def _emit(ln, x):
    if x is None:
        return
    if isinstance(x, tuple):
        ln.p(x[0], x[1])
    elif isinstance(x, list):
        for y in x:
            _emit(ln, y)
    else:
        ln.t(str(x))


def mk(fam, *parts):
    ln = Line(fam)
    for x in parts:
        _emit(ln, x)
    return ln


class P:
    """tagged JSON scalar"""
    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class S:
    """JSON string built from plain and tagged parts"""
    def __init__(self, *parts):
        self.parts = parts


def jesc(s, u=False, sl=False):
    r = json.dumps(s, ensure_ascii=u)[1:-1]
    return r.replace("/", "\\/") if sl else r


def J(o, sep=(",", ":"), u=False, sl=False):
    out = []

    def w(o):
        if isinstance(o, P):
            if isinstance(o.v, str):
                out.extend(['"', (jesc(o.v, u, sl), o.cat), '"'])
            else:
                out.append((json.dumps(o.v), o.cat))
        elif isinstance(o, S):
            out.append('"')
            for q in o.parts:
                if isinstance(q, tuple):
                    out.append((jesc(q[0], u, sl), q[1]))
                else:
                    out.append(jesc(q, u, sl))
            out.append('"')
        elif isinstance(o, dict):
            out.append("{")
            for i, (k, v) in enumerate(o.items()):
                if i:
                    out.append(sep[0])
                out.append('"' + jesc(k, u, sl) + '"' + sep[1])
                w(v)
            out.append("}")
        elif isinstance(o, list):
            out.append("[")
            for i, v in enumerate(o):
                if i:
                    out.append(sep[0])
                w(v)
            out.append("]")
        elif isinstance(o, str):
            out.append('"' + jesc(o, u, sl) + '"')
        else:
            out.append(json.dumps(o))
    w(o)
    return out


# ---------------------------------------------------------------- helpers

CY = {}


def strat(key, n=7):
    """stratified draw in [0,1): cycles through n strata per key so every branch is visited"""
    v = CY.get(key, R.randint(0, n - 1))
    CY[key] = v + 1
    return ((v % n) + R.random()) / n


def tick(lo=3, hi=70):
    NOW[0] += dt.timedelta(seconds=R.randint(lo, hi), microseconds=R.randint(0, 999999))
    return NOW[0]


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
       "septiembre", "octubre", "noviembre", "diciembre"]


def ms(t):
    return "%03d" % (t.microsecond // 1000)


def ts_serilog(t):
    return "%04d-%02d-%02d %02d:%02d:%02d.%s -05:00" % (t.year, t.month, t.day, t.hour, t.minute, t.second, ms(t))


def ts_monolog(t):
    return "%04d-%02d-%02dT%02d:%02d:%02d.%06d-05:00" % (t.year, t.month, t.day, t.hour, t.minute, t.second, t.microsecond)


def ts_z(t, frac=3):
    u = t + TZ
    base = "%04d-%02d-%02dT%02d:%02d:%02d" % (u.year, u.month, u.day, u.hour, u.minute, u.second)
    if frac == 3:
        return base + "." + ms(u) + "Z"
    if frac == 7:
        return base + ".%06d0Z" % u.microsecond
    return base + "Z"


def ts_phperr(t):
    u = t + TZ
    return "%02d-%s-%04d %02d:%02d:%02d UTC" % (u.day, MON[u.month - 1], u.year, u.hour, u.minute, u.second)


def ts_laravel(t):
    return "%04d-%02d-%02d %02d:%02d:%02d" % (t.year, t.month, t.day, t.hour, t.minute, t.second)


def ts_nginx(t):
    return "%02d/%s/%04d:%02d:%02d:%02d -0500" % (t.day, MON[t.month - 1], t.year, t.hour, t.minute, t.second)


def ts_syslog(t):
    return "%s %2d %02d:%02d:%02d" % (MON[t.month - 1], t.day, t.hour, t.minute, t.second)


def ts_log4j(t):
    return "%04d-%02d-%02d %02d:%02d:%02d,%s" % (t.year, t.month, t.day, t.hour, t.minute, t.second, ms(t))


def epoch(t):
    return int(((t + TZ) - dt.datetime(1970, 1, 1)).total_seconds())


def fdate(d, st):
    if st == "us":
        return "%02d/%02d/%04d" % (d.month, d.day, d.year)
    if st == "us1":
        return "%d/%d/%04d" % (d.month, d.day, d.year)
    if st == "us2":
        return "%02d/%02d/%02d" % (d.month, d.day, d.year % 100)
    if st == "iso":
        return d.isoformat()
    if st == "ymd":
        return "%04d%02d%02d" % (d.year, d.month, d.day)
    if st == "dmon":
        return "%02d-%s-%04d" % (d.day, MON[d.month - 1], d.year)
    if st == "dmonU":
        return "%02d%s%04d" % (d.day, MON[d.month - 1].upper(), d.year)
    if st == "long":
        return "%s %d, %04d" % (MONTH[d.month - 1], d.day, d.year)
    if st == "eu":
        return "%02d.%02d.%04d" % (d.day, d.month, d.year)
    if st == "es":
        return "%d de %s de %04d" % (d.day, MES[d.month - 1], d.year)
    if st == "isoT":
        return d.isoformat() + "T00:00:00"
    if st == "isoT7":
        return d.isoformat() + "T00:00:00.0000000"
    raise ValueError(st)


def fphone(d, st):
    a, b, c = d[:3], d[3:6], d[6:]
    return {"paren": "(%s) %s-%s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c),
            "dot": "%s.%s.%s" % (a, b, c), "raw": d, "e164": "+1" + d,
            "intl": "+1 %s-%s-%s" % (a, b, c), "paren2": "(%s)%s-%s" % (a, b, c),
            "sp": "%s %s %s" % (a, b, c)}[st]


HEX = "0123456789abcdef"
AL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
DIG = "0123456789"


def hx(n):
    return "".join(R.choice(HEX) for _ in range(n))


def an(n, pool=AL):
    return "".join(R.choice(pool) for _ in range(n))


def uuid4():
    h = hx(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def traceparent():
    return "00-%s-%s-01" % (hx(32), hx(16))


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def fold(s):
    s = s.replace("ø", "o").replace("Ø", "O").replace("ß", "ss").replace("ł", "l")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def luhn(prefix, n=16):
    d = prefix + "".join(R.choice(DIG) for _ in range(n - len(prefix) - 1))
    s = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return d + str((10 - s % 10) % 10)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def mbi():
    A = "ACDEFGHJKMNPQRTUVWXY"
    N = "0123456789"
    return (R.choice("123456789") + R.choice(A) + R.choice(A + N) + R.choice(N) + "-" +
            R.choice(A) + R.choice(A + N) + R.choice(N) + "-" + R.choice(A) + R.choice(A) +
            R.choice(N) + R.choice(N))


VT = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VT.update({c: int(c) for c in DIG})
VW = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    ch = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(R.choice(["1HG", "1FT", "2T1", "JTD", "5YJ", "1G1", "3VW", "KNM", "WBA", "1C4", "4T1", "5FN"]) +
             "".join(R.choice(ch) for _ in range(5)) + "0" + R.choice("EFGHJKLMNPR") + R.choice(ch) +
             "".join(R.choice(DIG) for _ in range(6)))
    s = sum(VT[c] * VW[i] for i, c in enumerate(v))
    v[8] = "X" if s % 11 == 10 else str(s % 11)
    return "".join(v)


def plate():
    f = R.choice(["LLLNNN", "LLL-NNN", "NLLLNNN", "LLL NNNN", "NNNLLL", "LLNNNNN"])
    return "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "L" else R.choice(DIG) if c == "N" else c for c in f)


def photo_b64():
    head = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00\xff\xdb\x00C\x00"
    return base64.b64encode(head + rbytes(R.randint(120, 190))).decode()


# ---------------------------------------------------------------- pools

FIRST = [("Chiamaka", "F"), ("Folasade", "F"), ("Guadalupe", "F"), ("Mei-Ling", "F"), ("Siobhan", "F"),
         ("Ingrid", "F"), ("Lakshmi", "F"), ("Valentina", "F"), ("Zofia", "F"), ("Renée", "F"),
         ("Ximena", "F"), ("Aaliyah", "F"), ("Eun-ji", "F"), ("Fatima", "F"), ("Rosalind", "F"),
         ("Mary-Kate", "F"), ("Thi Hoa", "F"), ("Agnieszka", "F"), ("Dolores", "F"), ("Bernadette", "F"),
         ("Yuki", "F"), ("Noor", "F"), ("Olga", "F"), ("Marisol", "F"), ("Precious", "F"),
         ("Hannelore", "F"), ("Keisha", "F"), ("Imogen", "F"), ("Lucía", "F"), ("Wilhelmina", "F"),
         ("Teodoro", "M"), ("Kwame", "M"), ("Bogdan", "M"), ("Hiroshi", "M"), ("Giovanni", "M"),
         ("Jamal", "M"), ("Mateo", "M"), ("Oluwaseun", "M"), ("Quentin", "M"), ("Tomasz", "M"),
         ("Wei", "M"), ("Yusuf", "M"), ("Björn", "M"), ("José", "M"), ("Jean-Luc", "M"),
         ("Dmitri", "M"), ("Ramón", "M"), ("Søren", "M"), ("Arjun", "M"), ("Cornelius", "M"),
         ("Earl", "M"), ("Thanh", "M"), ("Alasdair", "M"), ("Mohammed", "M"), ("Declan", "M"),
         ("Ezekiel", "M"), ("Raúl", "M"), ("Haruto", "M"), ("Winston", "M"), ("Augustin", "M")]
LAST = ["García", "O'Connell", "van der Berg", "de la Cruz", "Nakamura", "Okonkwo", "Kowalski",
        "Abernathy-Lowe", "Al-Sayed", "Nguyen", "Papadopoulos", "MacLeod", "St. Clair", "Dubois",
        "Ivanova", "Haddad", "Singh", "Yamamoto", "Fitzgerald", "Boateng", "Lindqvist", "Rahman",
        "Petrov", "Oyelaran", "Chávez", "Müller", "D'Angelo", "Tran", "Castillo-Reyes", "Whitfield",
        "Goldstein", "Kaur", "Delacroix", "Brennan", "Hernández", "Ito", "Villanueva", "Harjo",
        "Wójcik", "Le", "Ng", "Bjørnstad", "Estrada", "Ortiz de la Cruz", "Szabó", "Thibodeaux",
        "Washington", "Yazzie", "Kim", "Patel", "Bigpond", "Mbeki", "Falanga", "Nwosu", "Pham",
        "Lorenzo-Vega", "Holmberg", "Achterberg", "Quispe", "Ferreira"]
CITIES = [("Tulsa", "OK", "74105", "918"), ("Broken Arrow", "OK", "74012", "918"), ("Owasso", "OK", "74055", "918"),
          ("Bixby", "OK", "74008", "918"), ("Sand Springs", "OK", "74063", "918"), ("Claremore", "OK", "74017", "918"),
          ("Muskogee", "OK", "74401", "918"), ("Bartlesville", "OK", "74006", "918"), ("Jenks", "OK", "74037", "918"),
          ("Sapulpa", "OK", "74066", "918"), ("Tahlequah", "OK", "74464", "918"), ("Tulsa", "OK", "74137", "918"),
          ("Tulsa", "OK", "74114", "918"), ("Oklahoma City", "OK", "73118", "405"), ("Norman", "OK", "73072", "405"),
          ("Joplin", "MO", "64804", "417"), ("Fayetteville", "AR", "72703", "479"), ("Dallas", "TX", "75214", "214"),
          ("Wichita", "KS", "67206", "316"), ("Santa Fe", "NM", "87505", "505"), ("Scottsdale", "AZ", "85255", "480"),
          ("Naples", "FL", "34102", "239"), ("Denver", "CO", "80206", "303"), ("Grove", "OK", "74344", "918")]
STREETS = ["Birch Hollow Rd", "S Yale Ave", "E 71st St", "N Aspen Ave", "Riverside Dr", "W Kenosha St",
           "Sheridan Rd", "Cedar Ridge Ct", "S Lewis Ave", "E 101st St S", "Woodward Blvd", "Pecan Grove Ln",
           "Quail Creek Dr", "Old Coach Rd", "S Peoria Ave", "Camino del Monte", "Bayou Bend Ln", "Via Toscana",
           "County Road 3320", "E Admiral Pl", "N Elm Pl", "S Memorial Dr", "Persimmon Trl", "W Houston St",
           "Honeysuckle Ln", "E 36th St N", "Lakeview Ter", "Osage Dr"]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "cox.net", "sbcglobal.net",
           "hotmail.com", "proton.me", "att.net"]
DOCS = [("Raghunathan", "Anil", "MD"), ("Ellsworth", "Claire", "DO"), ("Bui", "Phong", "MD"),
        ("Adeyemi", "Tolu", "MD"), ("Hartmann", "Greta", "MD"), ("Okafor-Reyes", "Daniel", "MD")]
SVC = ["Cardiology", "Oncology", "Orthopedics", "Neurosciences", "Womens Health", "Pediatrics",
       "Cardiothoracic Surgery", "Palliative Care", "Nephrology", "Pulmonology"]
FUNDS = [("F-1200", "CARDIAC-CARE"), ("F-1310", "ONC-PATIENT-ASSIST"), ("F-1400", "CHILDRENS-MIRACLE"),
         ("F-1020", "GREATEST-NEED"), ("F-1550", "NURSING-EXCELLENCE"), ("F-1600", "HOSPICE-HOUSE"),
         ("F-1710", "NICU-FAMILY")]
OFFICERS = [("Kendra", "Vasquez-Holt", "kvasquezholt@mercyridgehealth.org", "918-494-6212"),
            ("Marcus", "Oyelowo", "moyelowo@mercyridgehealth.org", "918-494-6218"),
            ("Penelope", "Strand", "pstrand@mercyridgehealth.org", "918-494-6230")]
VOLUNTEERS = [("Rosa", "Delgado"), ("Harold", "Kimbrough"), ("Anjali", "Mehta"), ("Gus", "Pappas"),
              ("Louise", "Tennyson"), ("Takeshi", "Mori"), ("Brenda", "Sixkiller"), ("Olu", "Adebayo")]
HOSP = "Mercy Ridge Medical Center"
HOSP_ADDR = "4400 S Harvard Ave, Tulsa, OK 74135"
FDN = "Mercy Ridge Health Foundation"
ISP_PREFIX = ["68.12", "68.97", "70.178", "72.199", "98.168", "99.63", "107.210", "174.70", "184.97", "24.216", "47.186", "162.200"]


class Person:
    pass


def mkemail(f, l, dob):
    f2 = fold(f).lower().replace(" ", "").replace("'", "")
    l2 = fold(l).lower().replace(" ", "").replace("'", "").replace(".", "")
    form = R.randint(0, 5)
    if form == 0:
        loc = "%s.%s" % (f2, l2)
    elif form == 1:
        loc = "%s%s%02d" % (f2[0], l2, dob.year % 100)
    elif form == 2:
        loc = "%s_%s%d" % (f2, l2[:4], R.randint(1, 99))
    elif form == 3:
        loc = "%s.%s%d" % (f2[0], l2, R.randint(1, 9))
    elif form == 4:
        loc = "%s%s" % (l2, f2[:3])
    else:
        loc = "%s.%s.%d" % (f2, l2, dob.year)
    return loc + "@" + R.choice(DOMAINS)


def person(y0=1930, y1=2000):
    p = Person()
    p.first, p.sex = R.choice(FIRST)
    p.last = R.choice(LAST)
    p.mi = R.choice("ABCDEFGHJKLMNPRSTVW")
    p.dob = dt.date(R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28))
    p.city, p.st, p.zip, p.area = R.choice(CITIES)
    p.zip4 = "%04d" % R.randint(1000, 9899)
    p.street = "%d %s" % (R.randint(101, 9899), R.choice(STREETS))
    p.unit = R.choice(["", "", "", "", "Apt %d%s" % (R.randint(1, 40), R.choice("ABCD")), "Unit %d" % R.randint(100, 999)])
    while True:
        ex = R.randint(200, 989)
        if ex != 555:
            break
    p.phone = "%s%d%04d" % (p.area, ex, R.randint(0, 9999))
    p.email = mkemail(p.first, p.last, p.dob)
    p.consid = "C%07d" % R.randint(10000, 999999)
    p.mrn = "%08d" % R.randint(100000, 9999999)
    p.csn = "%d" % R.randint(3000000000, 3099999999)
    p.har = "%d" % R.randint(8800000000, 8899999999)
    p.ssn = ssn()
    p.mbr = R.choice(["ZGP", "XKH", "JQW", "MRB", "U7T"]) + "%09d" % R.randint(0, 999999999)
    p.cus = "cus_" + an(14)
    p.user = fold(p.first).lower().replace(" ", "").replace("-", "")[:6] + fold(p.last).lower().replace(" ", "").replace("'", "")[:5] + str(R.randint(1, 99))
    p.title = R.choice(["Mr.", "Mr.", "Dr."]) if p.sex == "M" else R.choice(["Mrs.", "Ms.", "Ms.", "Dr."])
    return p


def oldish(share, y0, y1):
    """person who is over 89 with probability `share`"""
    return person(1920, 1933) if R.random() < share else person(y0, y1)


def age(d, ref=REF):
    return ref.year - d.year - ((ref.month, ref.day) < (d.month, d.day))


def addr1(p):
    return p.street + (", " + p.unit if p.unit else "")


def up(s):
    return s.upper()


def lf(p, upper=False, mi=False):
    s = "%s, %s" % (p.last, p.first) + (" " + p.mi if mi else "")
    return s.upper() if upper else s


def fl(p):
    return "%s %s" % (p.first, p.last)


def pub_ip():
    return "%s.%d.%d" % (R.choice(ISP_PREFIX), R.randint(0, 255), R.randint(1, 254))


def doc():
    return R.choice(DOCS)


def age_part(p):
    a = age(p.dob)
    return (str(a), "age") if a > 89 else str(a)


# ================================================================ families
# Each ep_* returns a list of Line objects (one physical log line each).

# ---- 1. RE grateful-patient CSV export
GP_HDR = ("ConsID,KeyName,FirstName,MiddleName,Title,PrefAddrLine1,PrefCity,PrefState,PrefZIP,PrefPhone,"
          "PrefEmail,BirthDate,Age,MRN,EncounterCSN,AdmitDate,DischDate,ServiceLine,AttendingPhysician,GPScore,DoNotSolicit")


def ep_gp_csv():
    out = [mk("re_gp_csv", GP_HDR)]
    for _ in range(R.randint(2, 4)):
        tick(0, 2)
        p = oldish(0.25, 1935, 1986)
        adm = REF - dt.timedelta(days=R.randint(4, 75))
        dis = adm + dt.timedelta(days=R.randint(1, 11))
        a = addr1(p)
        ap = ['"', (a, "address"), '"'] if "," in a else [(a, "address")]
        ph = [(fphone(p.phone, R.choice(["paren", "dash"])), "phone")] if R.random() < 0.85 else []
        em = [(p.email, "email")] if R.random() < 0.7 else []
        zp = (p.zip + "-" + p.zip4) if R.random() < 0.5 else p.zip
        d = doc()
        out.append(mk("re_gp_csv", (p.consid, "other_id"), ",", (p.last, "name"), ",", (p.first, "name"), ",",
                      p.mi if R.random() < 0.6 else "", ",", p.title, ",", ap, ",", (p.city, "address"), ",", p.st, ",",
                      (zp, "zip"), ",", ph, ",", em, ",", (fdate(p.dob, "us"), "date"), ",", age_part(p), ",",
                      (p.mrn, "mrn"), ",", (p.csn, "other_id"), ",", (fdate(adm, "us"), "date"), ",",
                      (fdate(dis, "us"), "date"), ",", R.choice(SVC), ",", '"%s, %s %s"' % d, ",",
                      str(R.randint(38, 97)), ",", R.choice("NNNNY")))
    return out


def ep_gp_csv_noise():
    t = tick()
    return [mk("re_gp_csv", "# RE:Export \"GP Screening - Weekly\" run %s by svc_reexport; rows=%d; query_id=Q-%d; elapsed=%d.%ds"
               % (fdate(t.date(), "iso"), R.randint(180, 620), R.randint(1000, 9999), R.randint(8, 90), R.randint(0, 9)))]


# ---- 2. screening vendor pipe return (no header)
def ep_gp_pipe():
    out = []
    for _ in range(R.randint(2, 3)):
        p = person(1928, 1980)
        re_val = R.randint(180, 4200) * 1000
        out.append(mk("gp_vendor_pipe", "MRHF|", (p.consid, "other_id"), "|", (up(fold(p.last)), "name"), "|",
                      (up(fold(p.first)), "name"), "|", p.mi, "|", (fdate(p.dob, "iso"), "date"), "|",
                      (p.zip, "zip"), "|", R.choice(["CARD", "ONC", "ORTH", "NEURO", "PEDS", "WH"]), "|DS:",
                      str(R.randint(1, 5)), "|CAP:", R.choice(["$25K-$49K", "$100K-$249K", "$250K-$499K", "$1M-$2.4M"]),
                      "|RE:$", "{:,}".format(re_val), "|PHIL:", R.choice("YN"), "|MATCH:", R.choice("HHML")))
    return out


def ep_gp_pipe_noise():
    tick()
    n = R.randint(300, 900)
    return [mk("gp_vendor_pipe", "#EOF|FILE=MRHF_GP_%s_RET.txt|RECORDS=%d|MATCHED=%d|SHA1=%s"
               % (fdate(REF, "ymd"), n, n - R.randint(20, 140), hx(40)))]


# ---- 3. fixed-width export
def fw(s, n):
    return s[:n].ljust(n)


def fwp(s, n, cat):
    v = s[:n].rstrip()
    return [(v, cat), " " * (n - len(v))]


def ep_fixed():
    tick()
    out = [mk("re_fixedwidth", fw("H", 1) + fw("MRHF", 6) + fw("GPSCREEN", 10) + fdate(REF, "ymd") + "0600" +
              fw("V7.96.3", 10) + fw("DS=MRHF_PROD", 20))]
    n = R.randint(2, 4)
    tot = 0
    for _ in range(n):
        p = person(1926, 1985)
        amt = R.choice([25, 50, 100, 250, 500, 1000, 2500]) * R.randint(1, 6)
        tot += amt
        lastgift = REF - dt.timedelta(days=R.randint(30, 900))
        a = fold(p.street + (" " + p.unit if p.unit else "")).upper()
        out.append(mk("re_fixedwidth", "D", fwp(p.consid, 8, "other_id"), fwp(up(fold(p.last)), 18, "name"),
                      fwp(up(fold(p.first)), 12, "name"), p.mi, fwp(a, 28, "address"), fwp(up(p.city), 16, "address"),
                      p.st, (p.zip + p.zip4, "zip"), (p.phone, "phone"), (fdate(p.dob, "ymd"), "date"),
                      fdate(lastgift, "ymd"), "%010.2f" % amt))
    out.append(mk("re_fixedwidth", "T" + "%06d" % n + "%013.2f" % tot + " " * 12 + "END"))
    return out


# ---- 4. RE XML
def ep_re_xml():
    out = []
    if R.random() < 0.4:
        out.append(mk("re_xml", '<?xml version="1.0" encoding="utf-8"?>'))
        out.append(mk("re_xml", '<RE_Export Version="7.96.3" Database="MRHF_Prod" Generated="%s" Query="GP_Memorial_Candidates">'
                      % ts_z(tick(), 0)))
    for _ in range(R.randint(1, 2)):
        p = person(1930, 1990)
        sp = person(1930, 1990)
        d = doc()
        svcd = REF - dt.timedelta(days=R.randint(10, 120))
        rel = R.choice(["Spouse", "Daughter", "Son", "Partner"])
        out.append(mk("re_xml", '<Constituent ID="', (p.consid, "other_id"), '" Type="Individual" Deceased="No">',
                      '<Name Title="%s" First="' % p.title, (p.first, "name"), '" Key="', (p.last, "name"), '"/>',
                      '<Address Type="Home" Preferred="true" Line1="', (addr1(p), "address"), '" City="',
                      (p.city, "address"), '" State="%s" Zip="' % p.st, (p.zip + "-" + p.zip4, "zip"), '"/>',
                      '<Phone Type="Cell">', (fphone(p.phone, R.choice(["dot", "paren", "dash"])), "phone"), '</Phone>',
                      '<Email Type="Personal">', (p.email, "email"), '</Email>',
                      '<Attribute Category="Grateful Patient" Date="', (fdate(svcd, "iso"), "date"),
                      '">%s - Dr. %s</Attribute>' % (R.choice(SVC), d[0]),
                      '<Relationship Type="%s" Name="' % rel, (fl(sp) if rel in ("Spouse", "Partner") else "%s %s" % (sp.first, p.last), "name"),
                      '"/></Constituent>'))
    if R.random() < 0.5:
        f = R.choice(FUNDS)
        out.append(mk("re_xml", '<Fund ID="%s" Description="%s" Category="Restricted" Balance="%d.%02d" GLAccount="4%04d-%03d"/>'
                      % (f[0], f[1].replace("-", " ").title(), R.randint(10000, 900000), R.randint(0, 99), R.randint(0, 9999), R.randint(100, 999))))
    return out


def ep_re_xml_noise():
    tick()
    r = strat("ep_re_xml_noise.r")
    if r < 0.4:
        f = R.choice(FUNDS)
        return [mk("re_xml", '<Fund ID="%s" Description="%s" Category="%s" Balance="%d.%02d" GLAccount="4%04d-%03d"/>'
                   % (f[0], f[1].replace("-", " ").title(), R.choice(["Restricted", "Unrestricted", "Endowed"]),
                      R.randint(10000, 900000), R.randint(0, 99), R.randint(0, 9999), R.randint(100, 999)))]
    if r < 0.7:
        return [mk("re_xml", '<ExportSummary Records="%d" Skipped="%d" Duration="PT%dM%dS" Checksum="sha256:%s"/>'
                   % (R.randint(100, 900), R.randint(0, 12), R.randint(0, 9), R.randint(0, 59), hx(64))), mk("re_xml", "</RE_Export>")]
    return [mk("re_xml", '<Constituent ID="O%07d" Type="Organization"><OrgName>%s</OrgName><Address Type="Business" Line1="%s" City="Tulsa" State="OK" Zip="741%02d"/><Phone Type="Business">918-%d-%04d</Phone></Constituent>'
               % (R.randint(1000, 99999), R.choice(["Tulsa Rotary Club", "Arkansas Valley Pipe & Supply LLC", "Cimarron Petroleum Co.", "Green Country Quilters Guild"]),
                  R.choice(["1 W 3rd St Ste 1200", "7020 S Yale Ave", "3223 E 31st St"]), R.randint(3, 46), R.randint(200, 989), R.randint(0, 9999)))]


# ---- 5. HL7 ADT feed (grateful patient screening interface)
def ep_hl7():
    t = tick()
    p = person(1926, 1988)
    nk = person(1940, 1995)
    d = doc()
    adm = dt.datetime(2024, 9, R.randint(1, 25), R.randint(0, 23), R.randint(0, 59))
    dis = adm + dt.timedelta(days=R.randint(1, 9), hours=R.randint(1, 12))
    ctl = "%d" % R.randint(100000, 999999)
    stamp = "%04d%02d%02d%02d%02d%02d" % (t.year, t.month, t.day, t.hour, t.minute, t.second)
    out = [mk("hl7_adt", "MSH|^~\\&|EPIC|MRMC|GPSCREEN|MRHF|%s||ADT^A03^ADT_A03|%s|P|2.5.1|||AL|NE" % (stamp, ctl)),
           mk("hl7_adt", "EVN|A03|%s|||%s^%s^%s" % (stamp, (d[0][:5] + d[1][0]).upper(), d[0].upper(), d[1].upper()))]
    ph = fphone(p.phone, "paren2")
    out.append(mk("hl7_adt", "PID|1||", (p.mrn, "mrn"), "^^^MRMC^MR~", (p.ssn, "ssn"), "^^^SSA^SS||",
                  (up(fold(p.last)) + "^" + up(fold(p.first)) + "^" + p.mi, "name"), "^^^^L||", (fdate(p.dob, "ymd"), "date"),
                  "|", p.sex, "|||", (up(fold(p.street)), "address"), "^", (up(p.unit), "address") if p.unit else "", "^",
                  (up(p.city), "address"), "^", p.st, "^", (p.zip, "zip"), "^USA^H||", (ph, "phone"), "^PRN^PH~^NET^Internet^",
                  (p.email, "email"), "||ENG|", R.choice(["M", "W", "S", "D"]), "||", (p.har, "account"), "|"))
    out.append(mk("hl7_adt", "PV1|1|I|%s^%d^%s^MRMC||||%d^%s^%s^^^%s|||%s||||1|||%d^%s^%s^^^%s|IN||" %
                  (R.choice(["5N", "4W", "CVICU", "6S"]), R.randint(401, 699), R.choice("AB"), R.randint(1000000, 1999999),
                   d[0].upper(), d[1].upper(), d[2], R.choice(["CAR", "ONC", "MED", "ORT"]), R.randint(1000000, 1999999),
                   d[0].upper(), d[1].upper(), d[2]),
                  (p.csn, "other_id"), "|||||||||||||||||||||01|||MRMC||||",
                  ("%04d%02d%02d%02d%02d00" % (adm.year, adm.month, adm.day, adm.hour, adm.minute), "date"), "|",
                  ("%04d%02d%02d%02d%02d00" % (dis.year, dis.month, dis.day, dis.hour, dis.minute), "date")))
    if R.random() < 0.7:
        rel = R.choice([("SPO", "Spouse"), ("DAU", "Daughter"), ("SIS", "Sister")] if nk.sex == "F" else [("SPO", "Spouse"), ("SON", "Son"), ("BRO", "Brother")])
        out.append(mk("hl7_adt", "NK1|1|", (up(fold(nk.last if rel[0] != "SPO" else p.last)) + "^" + up(fold(nk.first)), "name"),
                      "^^^^^L|%s^%s^HL70063||" % rel, (fphone(nk.phone, "paren2"), "phone"), "^PRN^CP||EC^Emergency Contact^HL70131"))
    if R.random() < 0.8:
        ins = R.choice([("MCR", "MEDICARE PART A AND B", "PO BOX 3108^^MECHANICSBURG^PA^17055", "mbi"),
                        ("BCBSOK", "BLUE CROSS BLUE SHIELD OF OKLAHOMA", "PO BOX 3283^^TULSA^OK^74102", "mbr"),
                        ("SOONERCARE", "OKLAHOMA HEALTH CARE AUTHORITY", "4345 N LINCOLN BLVD^^OKLAHOMA CITY^OK^73105", "mcd")])
        pol = mbi().replace("-", "") if ins[3] == "mbi" else p.mbr if ins[3] == "mbr" else "%09d" % R.randint(100000000, 199999999)
        f = ["IN1", "1", ins[0] + "^" + ins[1], str(R.randint(10, 99)), ins[1], ins[2], "", "", "GRP%05d" % R.randint(0, 99999) if ins[3] == "mbr" else ""]
        f += [""] * (16 - len(f))
        out.append(mk("hl7_adt", "|".join(f), "|", (up(fold(p.last)) + "^" + up(fold(p.first)) + "^" + p.mi, "name"), "|01^SELF|",
                      (fdate(p.dob, "ymd"), "date"), "|" * 18, (pol, "health_plan")))
    out.append(mk("hl7_adt", "DG1|1||%s^%s^I10|||A" % R.choice([("I21.4", "NSTEMI"), ("C50.911", "Malignant neoplasm of right female breast"),
                                                               ("M17.11", "Primary osteoarthritis, right knee"), ("I63.9", "Cerebral infarction, unspecified"),
                                                               ("J44.1", "COPD with acute exacerbation")])))
    out.append(mk("hl7_adt", "ZGP|1|%s|%s|%d|%s" % (R.choice("YN"), R.choice(["CARD", "ONC", "ORTH", "NEURO"]), R.randint(30, 99), R.choice(["ELIGIBLE", "SUPPRESS-DNC", "ELIGIBLE"]))))
    return out


def ep_hl7_noise():
    t = tick()
    stamp = "%04d%02d%02d%02d%02d%02d" % (t.year, t.month, t.day, t.hour, t.minute, t.second)
    c = R.randint(100000, 999999)
    ack = R.choice([("AA", "Message accepted"), ("AA", "Message accepted"), ("AA", "OK"), ("AE", "PID-3 MR identifier not found in GP candidate table")])
    return [mk("hl7_adt", "MSH|^~\\&|GPSCREEN|MRHF|EPIC|MRMC|%s||ACK^A03^ACK|ACK%d|P|2.5.1" % (stamp, c)),
            mk("hl7_adt", "MSA|%s|%d|%s" % (ack[0], c - R.randint(1, 9), ack[1]))]


# ---- 6. wealth screening API JSON (structured log of the sync service)
def ep_wealth():
    t = tick()
    p = oldish(0.35, 1935, 1975)
    sp = person(1926, 1975)
    rid = uuid4()
    out = []
    req = {"ts": ts_z(t), "level": "debug", "svc": "wealth-sync", "event": "screen.request", "req_id": rid,
           "body": {"first_name": P(p.first, "name"), "last_name": P(p.last, "name"),
                    "street": P(p.street, "address"), "city": P(p.city, "address"), "state": p.st,
                    "zip": P(p.zip, "zip"), "dob": P(fdate(p.dob, "iso"), "date"), "client_ref": P(p.consid, "other_id")}}
    out.append(mk("wealth_api_json", J(req)))
    t = tick(1, 3)
    a = age(p.dob)
    prop2 = person()
    profile = {"name": P("%s %s %s" % (p.first, p.mi, p.last), "name"),
               "age": P(a, "age") if a > 89 else a,
               "spouse": P(fl(sp) if R.random() < 0.5 else "%s %s" % (sp.first, p.last), "name"),
               "addresses": [{"street": P(p.street, "address"), "city": P(p.city, "address"), "state": p.st,
                              "zip": P(p.zip, "zip"), "type": "primary"}],
               "real_estate": {"total_value": R.randint(200, 5000) * 1000, "property_count": 2,
                               "properties": [{"address": P("%s, %s" % (prop2.street, prop2.city), "address"),
                                               "state": prop2.st, "assessed": R.randint(90, 2400) * 1000}]},
               "linkedin": P("https://www.linkedin.com/in/%s-%s-%s" % (fold(p.first).lower().replace(" ", ""),
                                                                       fold(p.last).lower().replace(" ", "-").replace("'", ""), hx(6)), "url"),
               "capacity_rating": R.choice(["C1 $5M+", "C3 $1M-$4.9M", "C5 $250K-$499K", "C7 $50K-$99K"]),
               "p2g": R.choice(["P2G-1", "P2G-2", "P2G-3"]), "sec_insider": R.random() < 0.2}
    resp = {"ts": ts_z(t), "level": "info", "svc": "wealth-sync", "event": "screen.match", "req_id": rid,
            "screening_id": "scr_" + an(10), "confidence": round(R.uniform(0.71, 0.99), 2), "profile": profile}
    out.append(mk("wealth_api_json", J(resp)))
    return out


def ep_wealth_noise():
    t = tick()
    r = strat("ep_wealth_noise.r")
    if r < 0.35:
        o = {"ts": ts_z(t), "level": "info", "svc": "wealth-sync", "event": "batch.submitted",
             "batch_id": "wsb_%s_%02d" % (fdate(REF, "ymd"), R.randint(1, 9)), "records": R.randint(50, 900),
             "quota_remaining": R.randint(1000, 40000), "api": "https://api.wealthlens.example/v3/screenings"}
    elif r < 0.6:
        o = {"ts": ts_z(t), "level": "warn", "svc": "wealth-sync", "event": "http.retry", "status": 429,
             "retry_after_s": R.randint(5, 60), "attempt": R.randint(1, 4), "req_id": uuid4()}
    elif r < 0.8:
        o = {"ts": ts_z(t), "level": "info", "svc": "wealth-sync", "event": "screen.no_match",
             "req_id": uuid4(), "screening_id": "scr_" + an(10), "confidence": round(R.uniform(0.1, 0.5), 2)}
    else:
        o = {"ts": ts_z(t), "level": "info", "svc": "wealth-sync", "event": "batch.complete",
             "batch_id": "wsb_%s_%02d" % (fdate(REF, "ymd"), R.randint(1, 9)), "matched": R.randint(40, 600),
             "duration_ms": R.randint(20000, 900000), "version": "2.14.%d" % R.randint(0, 9)}
    return [mk("wealth_api_json", J(o))]


# ---- 7. tribute gift processing (syslog + logfmt)
def ep_gift():
    t = tick()
    hon = person(1926, 1960)
    donor = person(1945, 1995)
    f = R.choice(FUNDS)
    gid = "G24-%07d" % R.randint(100000, 999999)
    pre = "%s fdn-app02 giftproc[%d]: " % (ts_syslog(t), R.randint(2000, 2400))
    kind = strat("ep_gift.kind")
    if kind < 0.5:
        dod = REF - dt.timedelta(days=R.randint(3, 60))
        na = person()
        return [mk("gift_logfmt", pre, 'level=info msg="tribute gift posted" gift_id=%s batch=B2410-07%s amt=%d.00 fund=%s tribute_type=IMO honoree="'
                   % (gid, R.choice("ABC"), R.choice([25, 50, 100, 150, 250, 500]), f[1]),
                   (fl(hon), "name"), '" honoree_dod=', (fdate(dod, "iso"), "date"), ' notify_name="',
                   ("%s %s" % (na.first, hon.last), "name"), '" notify_addr="', ("%s, %s" % (addr1(na), na.city), "address"),
                   ", %s " % na.st, (na.zip, "zip"), '" donor_cons_id=', (donor.consid, "other_id"), " ack=Y")]
    if kind < 0.7:
        d = doc()
        staff = R.choice(["Nurse Patty Kim, RN (5 North)", "Dr. %s %s" % (d[1], d[0]), "the 4 West nursing team", "Chaplain Ruth Oduya"])
        return [mk("gift_logfmt", pre, 'level=info msg="tribute gift posted" gift_id=%s amt=%d.00 fund=NURSING-EXCELLENCE tribute_type=IHO honoree="%s" donor="'
                   % (gid, R.choice([20, 50, 75, 100]), staff), (fl(donor), "name"), '" donor_cons_id=', (donor.consid, "other_id"), " ack=Y notify=N")]
    if kind < 0.85:
        kid = person(2012, 2022)
        return [mk("gift_logfmt", pre, 'level=info msg="tribute gift posted" gift_id=%s amt=%d.00 fund=CHILDRENS-MIRACLE tribute_type=IHO honoree="'
                    % (gid, R.choice([35, 100, 200])), (fl(kid), "name"), '" occasion="recovery from %s surgery" donor="'
                    % R.choice(["spine", "cardiac", "ACL"]), (lf(donor), "name"), '" donor_email=', (donor.email, "email"), " ack=Y")]
    if kind < 0.93:
        return [mk("gift_logfmt", pre, 'level=info msg="EFT mandate created" donor_cons_id=', (donor.consid, "other_id"), ' acct_holder="',
                   (lf(donor), "name"), '" routing=%s acct=' % R.choice(["103000648", "103900036", "103112976"]),
                   ("%d" % R.randint(10 ** 7, 10 ** 11), "account"), " acct_type=%s freq=MONTHLY amt=%d.00 fund=%s first_draft=2024-11-01"
                   % (R.choice(["CHK", "SAV"]), R.choice([10, 15, 25, 50]), f[1]))]
    return [mk("gift_logfmt", pre, 'level=warn msg="honoree not found in CRM, created stub" gift_id=%s honoree_raw="' % gid,
               (up(fold(hon.last)) + " " + up(fold(hon.first)), "name"), '" dob_hint=', (fdate(hon.dob, "us2"), "date"),
               " stub_cons_id=", (hon.consid, "other_id"))]


def ep_gift_noise():
    t = tick()
    pre = "%s fdn-app02 giftproc[%d]: " % (ts_syslog(t), R.randint(2000, 2400))
    r = strat("ep_gift_noise.r")
    if r < 0.3:
        return [mk("gift_logfmt", pre + "level=info msg=\"batch opened\" batch=B2410-07%s user=%s source=LOCKBOX-ARVEST expected_items=%d"
                   % (R.choice("ABC"), R.choice(["kvasquezholt", "moyelowo", "pstrand"]), R.randint(20, 140)))]
    if r < 0.6:
        f = R.choice(FUNDS)
        return [mk("gift_logfmt", pre + "level=info msg=\"fund total\" fund=%s fund_id=%s gifts=%d amount=%d.%02d fy=FY25"
                   % (f[1], f[0], R.randint(3, 80), R.randint(500, 90000), R.randint(0, 99)))]
    if r < 0.8:
        return [mk("gift_logfmt", pre + "level=info msg=\"batch committed\" batch=B2410-07%s items=%d total=%d.00 gl_export=GL%s_%03d.csv dur=%dms"
                   % (R.choice("ABC"), R.randint(20, 140), R.randint(2000, 60000), fdate(REF, "ymd"), R.randint(1, 40), R.randint(200, 9000)))]
    return [mk("gift_logfmt", pre + "level=error msg=\"lockbox image missing\" gift_id=G24-%07d image_ref=LBX/%s/%06d.tif err=\"ENOENT\""
               % (R.randint(100000, 999999), fdate(REF, "ymd"), R.randint(1, 999999)))]


# ---- 8. thank-you letter merge (English / Spanish)
def ep_letter():
    t = tick()
    p = person(1930, 1985)
    hon = person(1926, 1960)
    job = "TY-2410-07"
    es = strat("ep_letter.es", 2) < 0.5
    tmpl = R.choice(["TY_IMO_ES.docx", "TY_IHO_ES.docx"]) if es else R.choice(["TY_IMO_EN.docx", "TY_IHO_EN.docx", "TY_GP_EN.docx"])
    rec = "%04d/%04d" % (R.randint(1, 212), 212)
    pre = "%s [merge-%02d] %s rec=%s ConsID=" % (ts_laravel(t), R.randint(1, 8), tmpl, rec)
    out = []
    amt = R.choice(["$25.00", "$50.00", "$100.00", "$250.00", "$1,000.00"])
    zp = p.zip + "-" + p.zip4
    if es:
        tit = "Sra." if p.sex == "F" else "Sr."
        sal = "Estimada" if p.sex == "F" else "Estimado"
        out.append(mk("letter_merge", pre, (p.consid, "other_id"), " | ADDR1: %s " % tit, (fl(p), "name")))
        out.append(mk("letter_merge", pre, (p.consid, "other_id"), " | ADDR2: ", (addr1(p), "address")))
        out.append(mk("letter_merge", pre, (p.consid, "other_id"), " | ADDR3: ", (p.city, "address"), ", %s " % p.st, (zp, "zip")))
        out.append(mk("letter_merge", pre, (p.consid, "other_id"), " | %s %s " % (sal, tit), (p.last, "name"), ":"))
        if "IMO" in tmpl:
            dod = REF - dt.timedelta(days=R.randint(5, 50))
            rel = "esposo" if p.sex == "F" else "esposa"
            out.append(mk("letter_merge", pre, (p.consid, "other_id"), " | Le agradecemos profundamente su donativo de %s en memoria de su %s, " % (amt, rel),
                          ("%s %s" % (hon.first, p.last), "name"), " (q.e.p.d.), fallecido el ", (fdate(dod, "es"), "date"),
                          ". Su generosidad apoya a las familias de nuestra Unidad de Cuidados Paliativos."))
        else:
            kid = person(2010, 2021)
            out.append(mk("letter_merge", pre, (p.consid, "other_id"), " | Gracias por su donación de %s en honor a su %s " % (amt, R.choice(["nieta", "nieto", "hija", "hijo"])),
                          ("%s %s" % (kid.first, p.last), "name"), ", paciente de nuestra unidad pediátrica desde el ",
                          (fdate(REF - dt.timedelta(days=R.randint(20, 200)), "es"), "date"), "."))
    else:
        both = p.sex == "M" and R.random() < 0.4
        out.append(mk("letter_merge", pre, (p.consid, "other_id"), " | ADDR1: ", ("Mr. and Mrs. " if both else p.title + " "), (fl(p), "name")))
        out.append(mk("letter_merge", pre, (p.consid, "other_id"), " | ADDR2: ", (addr1(p).upper() if R.random() < 0.4 else addr1(p), "address")))
        out.append(mk("letter_merge", pre, (p.consid, "other_id"), " | ADDR3: ", (p.city, "address"), " %s  " % p.st, (zp, "zip")))
        if R.random() < 0.4:
            out.append(mk("letter_merge", pre, (p.consid, "other_id"), " | Dear ", (p.first, "name"), ","))
        else:
            out.append(mk("letter_merge", pre, (p.consid, "other_id"), " | Dear ", "Mr. and Mrs. " if both else p.title + " ", (p.last, "name"), ","))
        if "IMO" in tmpl:
            out.append(mk("letter_merge", pre, (p.consid, "other_id"), " | Thank you for your generous gift of %s in memory of " % amt,
                          (fl(hon), "name"), ". Gifts like yours made in ", (hon.first, "name"),
                          "'s name help our Hospice House care for families at the end of life."))
        elif "IHO" in tmpl:
            d = doc()
            if R.random() < 0.5:
                out.append(mk("letter_merge", pre, (p.consid, "other_id"), " | Thank you for your gift of %s in honor of Dr. %s %s and the %s team." % (amt, d[1], d[0], R.choice(["5 North", "CVICU", "Cancer Center infusion"]))))
            else:
                h2 = person(1950, 2015)
                out.append(mk("letter_merge", pre, (p.consid, "other_id"), " | Thank you for your gift of %s in honor of " % amt,
                              (fl(h2), "name"), ", who celebrated ", ("her" if h2.sex == "F" else "his"), " ", (str(R.randint(90, 101)), "age"),
                              "th birthday on ", (fdate(dt.date(2024, h2.dob.month, h2.dob.day), "long"), "date"), "."))
        else:
            out.append(mk("letter_merge", pre, (p.consid, "other_id"), " | We are so grateful you chose to give back after your stay with us in ",
                          ((lambda d: "%s %d" % (MONTH[d.month - 1], d.year))(REF - dt.timedelta(days=R.randint(20, 90))), "date"),
                          ". Your gift of %s supports the %s program." % (amt, R.choice(SVC))))
    o = R.choice(OFFICERS)
    out.append(mk("letter_merge", pre, (p.consid, "other_id"), " | SIG: %s %s, Director of Annual Giving, %s, %s" % (o[0], o[1], o[3], o[2])))
    return out


def ep_letter_noise():
    t = tick()
    r = strat("ep_letter_noise.r")
    if r < 0.3:
        return [mk("letter_merge", "%s [merge-00] template %s loaded (rev %d, %d merge fields, %d missing: %s)"
                   % (ts_laravel(t), R.choice(["TY_IMO_EN.docx", "TY_IHO_ES.docx", "TY_GP_EN.docx", "TY_GENERAL_EN.docx"]),
                      R.randint(3, 22), R.randint(9, 18), R.randint(0, 2), R.choice(["-", "SpouseSal", "TributeDate", "FundDesc"])))]
    if r < 0.65:
        n = R.randint(120, 400)
        return [mk("letter_merge", "%s [merge-00] job TY-2410-07 complete: %d letters, %d suppressed (deceased flag), %d suppressed (DNC), %d bad address; pdf=\\\\fdn-fs01\\merge\\TY-2410-07\\batch_%03d.pdf (%.1f MB)"
                   % (ts_laravel(t), n, R.randint(0, 6), R.randint(0, 9), R.randint(0, 4), R.randint(1, 30), R.uniform(2, 60)))]
    return [mk("letter_merge", "%s [merge-00] spool -> \\\\fdn-print02\\KONICA-C450i job %d pages=%d duplex=Y tray=2 (letterhead #10 window)"
               % (ts_laravel(t), R.randint(1000, 9999), R.randint(50, 900)))]


# ---- 9. NCOA mailing-house return
NCOA_HDR = "URN|FULL_NAME|ADDR1|CITY|ST|ZIP5|ZIP4|NCOA_ACTION|NCOA_RC|MOVE_TYPE|MOVE_EFF|NEW_ADDR1|NEW_CITY|NEW_ST|NEW_ZIP5|NEW_ZIP4|DPV|DSF_DECEASED"


def ep_ncoa():
    out = [mk("ncoa_return", NCOA_HDR)] if R.random() < 0.5 else []
    for _ in range(R.randint(2, 4)):
        tick(0, 1)
        p = person(1926, 1990)
        n2 = person()
        a = up(fold(p.street + (" " + p.unit if p.unit else "")))
        base = [(p.consid, "other_id"), "|", (up(fold(p.first)) + " " + p.mi + " " + up(fold(p.last)), "name"), "|",
                (a, "address"), "|", (up(p.city), "address"), "|", p.st, "|", (p.zip, "zip"), "|", (p.zip4, "zip"), "|"]
        k = strat("ep_ncoa.k")
        if k < 0.55:
            mv = dt.date(2024, R.randint(1, 9), 1)
            out.append(mk("ncoa_return", base, "C|A|", R.choice("IF"), "|", ("%04d%02d" % (mv.year, mv.month), "date"), "|",
                          (up(fold(n2.street)), "address"), "|", (up(n2.city), "address"), "|", n2.st, "|", (n2.zip, "zip"), "|",
                          (n2.zip4, "zip"), "|Y|"))
        elif k < 0.75:
            out.append(mk("ncoa_return", base, "|%s|I||||||||N|" % R.choice(["91", "92", "19"])))
        else:
            dod = REF - dt.timedelta(days=R.randint(20, 400))
            out.append(mk("ncoa_return", base, "|||||||||Y|Y ", (fdate(dod, "ymd"), "date")))
    if R.random() < 0.4:
        out.append(mk("ncoa_return", "O%07d|ARKANSAS VALLEY PIPE & SUPPLY LLC|4502 W 51ST ST|TULSA|OK|74107|2314|C|A|B|202407|8100 S 129TH E AVE|BROKEN ARROW|OK|74011|1108|Y|" % R.randint(1000, 99999)))
    return out


def ep_ncoa_noise():
    tick()
    r = strat("ep_ncoa_noise.r")
    if r < 0.5:
        n = R.randint(9000, 60000)
        return [mk("ncoa_return", "# NCOALink(R) processing summary job=HMS-%d list=MRHF_FY25_APPEAL input=%d coa_matches=%d (%.2f%%) rc91=%d rc92=%d dsf_deceased=%d cass_cycle=O"
                   % (R.randint(10000, 99999), n, n // 40, 2.5, R.randint(10, 90), R.randint(5, 50), R.randint(20, 140)))]
    return [mk("ncoa_return", "# PAF ID P%s%d exp 2025-06-30 | Full Service Provider: Heartland Mail Services LLC, 1120 N Utica Ave, Tulsa OK 74110, (918) 582-4400 | Licensee 2H%04d"
               % (fdate(REF, "ymd")[2:], R.randint(1000, 9999), R.randint(0, 9999)))]


# ---- 10. volunteer scheduling (PHP Monolog) -- volunteers are workforce (not labeled)
def ep_vol_patient():
    t = tick()
    p = person(1926, 1990)
    rel = person()
    vid = "V-%05d" % R.randint(100, 3000)
    if R.random() < 0.5:
        rw = R.choice(["wife", "daughter", "sister"]) if rel.sex == "F" else R.choice(["husband", "son", "brother"])
        ctx = {"unit": R.choice(["5N", "4W", "6S", "ONC"]), "room": str(R.randint(401, 699)),
               "patient": P(lf(p), "name"), "volunteer_id": vid,
               "notes": S("pt asked for large-print crossword; %s " % rw, (rel.first, "name"),
                          " visiting, call %s at " % ("her" if rel.sex == "F" else "him"), (fphone(rel.phone, "dash"), "phone"), " if pt is discharged before Thu")}
        return [mk("vol_sched_monolog", "[%s] rounds.INFO: Comfort cart visit logged " % ts_monolog(t), J(ctx), ' {"uid":"%s"}' % hx(7))]
    ctx = {"request": "PET-THERAPY", "patient_name": P(fl(p), "name"), "mrn": P(p.mrn, "mrn"),
           "unit": R.choice(["5N", "PEDS", "REHAB"]), "dob": P(fdate(p.dob, "us"), "date"),
           "allergy_check": "no dander allergy documented", "team": R.choice(["Biscuit & Gus", "Maple & Louise"])}
    return [mk("vol_sched_monolog", "[%s] requests.NOTICE: Visit request queued " % ts_monolog(t), J(ctx, u=True, sl=True), " []")]


def ep_vol_noise():
    t = tick()
    r = strat("ep_vol_noise.r")
    v = R.choice(VOLUNTEERS)
    if r < 0.3:
        ctx = {"shift_id": R.randint(80000, 99999), "role": R.choice(["Surgical Waiting Liaison", "Information Desk", "Gift Shop Cashier", "Wayfinding Escort", "NICU Cuddler"]),
               "volunteer": {"id": "V-%05d" % R.randint(100, 3000), "name": "%s %s" % v, "mobile": "918%d%04d" % (R.randint(200, 989), R.randint(0, 9999))},
               "start": "2024-10-%02dT%02d:00:00-05:00" % (R.randint(8, 20), R.choice([7, 8, 12, 13, 16]))}
        return [mk("vol_sched_monolog", "[%s] scheduler.INFO: Shift assigned " % ts_monolog(t), J(ctx), ' {"uid":"%s"}' % hx(7))]
    if r < 0.5:
        return [mk("vol_sched_monolog", "[%s] kiosk.INFO: Volunteer check-in {\"badge\":\"V-%05d\",\"kiosk\":\"%s\",\"hours_ytd\":%.1f} []"
                   % (ts_monolog(t), R.randint(100, 3000), R.choice(["MAIN-LOBBY-2", "NORTH-TOWER-1", "CANCER-CTR"]), R.uniform(2, 400)))]
    if r < 0.7:
        return [mk("vol_sched_monolog", "[%s] scheduler.INFO: Reminder SMS batch sent {\"queued\":%d,\"failed\":%d,\"provider\":\"twilio\",\"window\":\"24h\"} []"
                   % (ts_monolog(t), R.randint(10, 90), R.randint(0, 3)))]
    if r < 0.85:
        return [mk("vol_sched_monolog", "[%s] scheduler.WARNING: Open shifts next 7 days {\"count\":%d,\"critical_roles\":[\"Surgical Waiting Liaison\",\"Escort\"]} []"
                   % (ts_monolog(t), R.randint(5, 40)))]
    txt = R.choice(["%s %s swapped Tue AM with %%s" % v, "%s %s away until Nov (traveling); cover needed, ask %%s" % v,
                    "%s %s completed Escort training w/ %%s" % v, "%s %s asked to move to Thu PM, check with %%s" % v]) % " ".join(R.choice(VOLUNTEERS))
    return [mk("vol_sched_monolog", "[%s] scheduler.INFO: Coordinator note " % ts_monolog(t),
               J({"by": "Deb Farnsworth", "ext": "918-494-6340", "text": txt}), " []")]


# ---- 11. background checks (volunteer = subject)
def ep_bgcheck():
    t = tick()
    p = person(1948, 2006)
    vid = "V-%05d" % R.randint(100, 3000)
    rep = "SR-%d" % R.randint(10000000, 99999999)
    dl = R.choice([lambda: "%09d" % R.randint(0, 999999999), lambda: "D%09d" % R.randint(0, 999999999),
                   lambda: "%08d" % R.randint(0, 99999999)])()
    r = strat("ep_bgcheck.r", 4)
    if r < 0.25:
        o = {"event": "report.completed", "report_id": P(rep, "other_id"), "package": "VOLUNTEER_STD_PLUS",
             "candidate": {"external_id": P(vid, "other_id"), "first_name": P(p.first, "name"), "middle_name": P(p.mi, "name"),
                           "last_name": P(p.last, "name"), "dob": P(fdate(p.dob, "iso"), "date"), "ssn": P(p.ssn, "ssn"),
                           "email": P(p.email, "email"), "phone": P(fphone(p.phone, "e164"), "phone"),
                           "driver_license": {"number": P(dl, "license"), "state": p.st},
                           "address": {"line1": P(p.street, "address"), "city": P(p.city, "address"), "state": p.st, "postal_code": P(p.zip, "zip")}},
             "result": R.choice(["clear", "clear", "consider"]), "searches": ["SSN_TRACE", "NATL_CRIM", "SEX_OFFENDER", "OIG_LEIE", "MVR"],
             "completed_at": ts_z(t, 0)}
        return [mk("bgcheck", "%s INFO  bgcheck-hook POST /hooks/screening 200 body=" % ts_z(t), J(o))]
    if r < 0.5:
        return [mk("bgcheck", "<BackgroundReportPackage type=\"report\"><ProviderReferenceId>", (rep, "other_id"),
                   "</ProviderReferenceId><ClientReferenceId>", (vid, "other_id"), "</ClientReferenceId><PersonalData><PersonName><GivenName>",
                   (p.first, "name"), "</GivenName><FamilyName>", (p.last, "name"), "</FamilyName></PersonName><DemographicDetail><GovernmentId issuingAuthority=\"SSN\">",
                   (p.ssn.replace("-", ""), "ssn"), "</GovernmentId><DateOfBirth>", (fdate(p.dob, "iso"), "date"),
                   "</DateOfBirth></DemographicDetail><LicenseNumber issuingAuthority=\"%s-DPS\">" % p.st, (dl, "license"),
                   "</LicenseNumber></PersonalData><ScreeningStatus><OrderStatus>Completed</OrderStatus><ResultStatus>%s</ResultStatus></ScreeningStatus></BackgroundReportPackage>" % R.choice(["Pass", "Pass", "Review"]))]
    if r < 0.75:
        o = {"event": "badge.photo.uploaded", "volunteer_id": P(vid, "other_id"), "name": P(lf(p), "name"),
             "photo": S("data:image/jpeg;base64,", (photo_b64(), "photo")), "uploaded_by": "dfarnsworth"}
        return [mk("bgcheck", "%s INFO  onboarding " % ts_z(t), J(o))]
    return [mk("bgcheck", "%s WARN  bgcheck-hook adjudication required report=" % ts_z(t), (rep, "other_id"),
               " candidate=\"", (up(fold(p.last)) + ", " + up(fold(p.first)), "name"), "\" reason=\"name+DOB hit, county record ",
               (fdate(p.dob, "us"), "date"), " needs manual review\" ssn_last4=***-**-%s" % p.ssn[-4:])]


def ep_bgcheck_noise():
    t = tick()
    r = strat("ep_bgcheck_noise.r")
    if r < 0.4:
        return [mk("bgcheck", "%s INFO  bgcheck-hook POST /hooks/screening 200 event=report.eta_updated package=VOLUNTEER_STD_PLUS eta=%s dur=%dms"
                   % (ts_z(t), fdate(REF + dt.timedelta(days=R.randint(1, 5)), "iso"), R.randint(20, 400)))]
    if r < 0.7:
        return [mk("bgcheck", "%s WARN  bgcheck-hook signature mismatch from 34.%d.%d.%d, header X-Screening-Signature=sha256=%s (rejected 401)"
                   % (ts_z(t), R.randint(64, 127), R.randint(0, 255), R.randint(1, 254), hx(64)))]
    return [mk("bgcheck", "%s INFO  onboarding package VOLUNTEER_STD_PLUS price=$%d.50 searches=5 turnaround_p50=%.1fd vendor_ticket=INC%07d"
               % (ts_z(t), R.randint(18, 45), R.uniform(0.8, 3.5), R.randint(0, 9999999)))]


# ---- 12. volunteer health clearance CSV (volunteer = subject)
VH_HDR = "VolunteerID,LastName,FirstName,DOB,TB_Method,TB_Date,TB_Result,Flu_2024_25,MMR_Titer,Varicella,Clearance,ReviewedBy"


def ep_volhealth():
    out = [mk("vol_health_csv", VH_HDR)] if R.random() < 0.6 else []
    for _ in range(R.randint(1, 3)):
        tick(0, 2)
        p = person(1940, 2006)
        tb = REF - dt.timedelta(days=R.randint(1, 300))
        out.append(mk("vol_health_csv", ("V-%05d" % R.randint(100, 3000), "other_id"), ",", (p.last, "name"), ",", (p.first, "name"), ",",
                      (fdate(p.dob, R.choice(["us1", "iso"])), "date"), ",", R.choice(["QFT-Plus", "TST", "T-SPOT"]), ",",
                      (fdate(tb, "us1"), "date"), ",", R.choice(["Negative", "Negative", "Negative", "Indeterminate"]), ",",
                      R.choice(["Given", "Given", "Declined-Med", "Pending"]), ",", R.choice(["Immune", "Immune", "Equivocal"]), ",",
                      R.choice(["Immune", "Hx disease"]), ",", R.choice(["CLEARED", "CLEARED", "HOLD"]), ",", R.choice(["EHS-jwatts", "EHS-mnoor"])))
    return out


def ep_volhealth_noise():
    tick()
    return [mk("vol_health_csv", "# EHS roster sync %s: %d volunteers, %d cleared, %d pending TB, %d flu declinations on file (source=EmployeeHealth v4.2)"
               % (fdate(REF, "iso"), R.randint(150, 260), R.randint(120, 240), R.randint(2, 20), R.randint(1, 15)))]


# ---- 13. gift shop electronic journal
def ej(reg, trn):
    return "EJ|R%02d|%04d|" % (reg, trn)


def ep_giftshop():
    t = tick()
    reg, trn = R.randint(1, 3), R.randint(100, 9999)
    pre = ej(reg, trn)
    out = [mk("pos_giftshop_ej", pre + "        MERCY RIDGE GIFT SHOPPE"),
           mk("pos_giftshop_ej", pre + "   4400 S Harvard Ave  Tulsa OK 74135  918-494-6100"),
           mk("pos_giftshop_ej", pre + "%s %02d:%02d  CASHIER: %s  TRANS %04d" % (fdate(t.date(), "us2"), t.hour, t.minute, R.choice(["TIFFANY R", "MARCO D", "VOL-GUS P"]), trn))]
    items = R.sample([("BALLOON MYLAR GET WELL", 8.99), ("FLORAL ARR SM ROSES", 34.00), ("PLUSH BEAR 12IN", 16.50),
                      ("CARD GET WELL", 4.25), ("SOCKS GRIPPER L", 9.00), ("CROSSWORD LG PRINT", 7.95), ("LIP BALM", 3.49),
                      ("PHONE CHARGER USB-C", 19.99)], R.randint(2, 4))
    sub = 0
    for nm, pr in items:
        q = R.randint(1, 2)
        sub += q * pr
        out.append(mk("pos_giftshop_ej", pre + "%-26s%d @ %6.2f %8.2f" % (nm, q, pr, q * pr)))
    deliver = R.random() < 0.7
    if deliver:
        pt = person(1926, 2015)
        snd = person()
        out.append(mk("pos_giftshop_ej", pre + "DELIVER TO: RM %s-%d  PT: " % (R.choice(["5N", "4W", "6S", "L&D"]), R.randint(401, 699)),
                      (lf(pt, upper=True), "name")))
        out.append(mk("pos_giftshop_ej", pre + "CARD MSG: \"", R.choice(["Get well soon ", "Thinking of you ", "We love you "]),
                      R.choice(["Grandpa", "Mom", "Auntie", "Coach"]) + "! Love, ", (snd.first, "name"), " & ", (R.choice(FIRST)[0], "name"), "\""))
    tax = round(sub * 0.0852, 2)
    out.append(mk("pos_giftshop_ej", pre + "SUBTOTAL %.2f  TAX %.2f  TOTAL %.2f" % (sub, tax, sub + tax)))
    out.append(mk("pos_giftshop_ej", pre + "%s ************%04d  AUTH %s  %s" % (R.choice(["VISA", "MC", "AMEX", "DISC"]), R.randint(0, 9999), an(6, "0123456789ABCDEF"), R.choice(["CHIP", "TAP", "SWIPE"]))))
    if R.random() < 0.5:
        c = person()
        out.append(mk("pos_giftshop_ej", pre + "REWARDS ", (fphone(c.phone, R.choice(["paren", "dash", "raw"])), "phone"), "  PTS EARNED %d  BAL %d" % (R.randint(5, 60), R.randint(60, 900))))
    return out


def ep_giftshop_noise():
    t = tick()
    r = strat("ep_giftshop_noise.r")
    if r < 0.15:
        return [mk("pos_giftshop_ej", ej(R.randint(1, 3), 0) + "*** Z-REPORT %s  GROSS %.2f  NET %.2f  TRANS %d  VOIDS %d  DRAWER OVER/SHORT %+.2f ***"
                   % ((fdate(t.date(), "us2"),) + (lambda g: (g, g * R.uniform(0.86, 0.95)))(R.uniform(300, 3000)) + (R.randint(30, 180), R.randint(0, 4), R.uniform(-3, 3))))]
    if r < 0.3:
        return [mk("pos_giftshop_ej", ej(R.randint(1, 3), R.randint(100, 9999)) + "VOID LINE %d  %s  -%.2f  MGR %s" % (R.randint(1, 4), R.choice(["BALLOON MYLAR GET WELL", "CANDY BAR ASST"]), R.uniform(1, 9), R.choice(["LHART", "TRUIZ"])))]
    if r < 0.45:
        return [mk("pos_giftshop_ej", ej(R.randint(1, 3), R.randint(100, 9999)) + "GIFT CARD ACTIVATE ****%04d  AMT 25.00  BAL 25.00" % R.randint(0, 9999))]
    if r < 0.6:
        return [mk("pos_giftshop_ej", ej(R.randint(1, 3), R.randint(100, 9999)) + "EMPLOYEE DISCOUNT 15%%  BADGE E%05d  -%.2f" % (R.randint(0, 99999), R.uniform(1, 12)))]
    if r < 0.7:
        return [mk("pos_giftshop_ej", ej(R.randint(1, 3), R.randint(100, 9999)) + "NO SALE - DRAWER OPEN  MGR OVERRIDE %s" % R.choice(["LHART", "TRUIZ"]))]
    return [mk("pos_giftshop_ej", ej(R.randint(1, 3), R.randint(100, 9999)) + "PRICE LOOKUP SKU %d  %s  %.2f" % (R.randint(100000000000, 999999999999), R.choice(["COFFEE MUG MRMC LOGO", "BLANKET FLEECE", "READING GLASSES +2.0"]), R.uniform(3, 40)))]


# ---- 14. outpatient pharmacy POS journal
def ep_pharmacy():
    out = []
    stn = "STN%d" % R.randint(1, 4)
    p = person(1930, 2004)
    rx = "%07d" % R.randint(6000000, 7999999)
    t = tick()
    pre = "RXPOS|%s|%s|" % (stn, ts_laravel(t))
    out.append(mk("pos_pharmacy", pre, "SCAN RX# ", (rx, "other_id"), "-%02d BIN=%s PCN=%s GRP=RX%04d" % (R.randint(0, 4), R.choice(["610014", "004336", "003858", "610502"]), R.choice(["ADV", "MEDDPRIME", "A4", "9999"]), R.randint(0, 9999))))
    out.append(mk("pos_pharmacy", pre, "PT ", (lf(p, upper=True), "name"), "  DOB ", (fdate(p.dob, R.choice(["us", "us2", "dmonU"])), "date"),
                  "  VERIFY=", R.choice(["DOB+ADDR", "DOB+PHONE", "PHOTO ID"])))
    if R.random() < 0.75:
        pl_ = R.choice(["BCBSOK", "AETNA", "CIGNA", "MEDICARE D", "SOONERCARE"])
        out.append(mk("pos_pharmacy", pre, "PLAN %s MBR " % pl_, (mbi() if pl_ == "MEDICARE D" else p.mbr, "health_plan"),
                      "  COPAY %.2f" % R.choice([0, 4, 10, 15, 35, 47.5])))
    out.append(mk("pos_pharmacy", pre + "%s  QTY %d  %s" % (R.choice(["METFORMIN ER 500MG TAB", "APIXABAN 5MG TAB", "ONDANSETRON 4MG ODT", "LISINOPRIL 10MG TAB", "OXYCODONE 5MG TAB CII"]), R.choice([30, 60, 90]), R.choice(["COUNSEL=DECLINED", "COUNSEL=ACCEPTED RPH=KLEE"]))))
    k = strat("ep_pharmacy.k", 3)
    if k < 0.3333:
        sn = R.choice(["20240%d%dLG" % (R.randint(1, 9), R.randint(100000, 999999)), "PG%08d" % R.randint(0, 99999999), "SM%09d" % R.randint(0, 999999999)])
        udi = "(01)%014d(17)%s(10)%s(21)%s" % (R.randint(10 ** 12, 10 ** 13), "27%02d%02d" % (R.randint(1, 12), R.randint(1, 28)), an(6, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"), sn)
        out.append(mk("pos_pharmacy", pre + "DME %s SN=" % R.choice(["OMRON BP7350 BP MONITOR", "DEXCOM G7 RECEIVER", "PULSE OX FINGERTIP"]), (sn, "device"),
                      " UDI=", (udi, "device"), " ASSIGNED TO PT"))
    elif k < 0.6667:
        out.append(mk("pos_pharmacy", pre + "PALMID MATCH score=%.3f tpl=" % R.uniform(0.95, 0.999), (base64.b64encode(rbytes(72)).decode(), "biometric")))
    tender = R.choice(["CASH", "HSA VISA ****%04d" % R.randint(0, 9999), "MC ****%04d" % R.randint(0, 9999), "CHARGE TO HAR"])
    out.append(mk("pos_pharmacy", pre + "SIG CAPTURED  TENDER %s  TECH=%s" % (tender, R.choice(["JMORALES", "KLEE", "AWINTERS"]))))
    if tender == "CHARGE TO HAR":
        out.append(mk("pos_pharmacy", pre + "CHARGE TO HAR ", (p.har, "account"), " GUARANTOR ", (fl(person()), "name")))
    return out


def ep_pharmacy_noise():
    t = tick()
    pre = "RXPOS|STN%d|%s|" % (R.randint(1, 4), ts_laravel(t))
    r = strat("ep_pharmacy_noise.r")
    if r < 0.3:
        return [mk("pos_pharmacy", pre + "NCPDP D.0 CLAIM %s switch=RelayHealth resp=%s rtt=%dms" % (R.choice(["PAID", "PAID", "REJECTED 75 PA REQ", "REJECTED 79 REFILL TOO SOON"]), R.choice(["A", "R"]), R.randint(300, 3000)))]
    if r < 0.55:
        return [mk("pos_pharmacy", pre + "WILL-CALL SWEEP: %d RX returned to stock, %d reversals sent, oldest=%dd" % (R.randint(3, 30), R.randint(3, 30), R.randint(10, 14)))]
    if r < 0.8:
        return [mk("pos_pharmacy", pre + "EOD SETTLEMENT batch %04d total %.2f txns %d processor=Elavon term=%s" % (R.randint(1, 999), R.uniform(1000, 9000), R.randint(40, 300), an(8, "0123456789")))]
    return [mk("pos_pharmacy", pre + "DRAWER OPEN  NO SALE  USER=%s" % R.choice(["JMORALES", "AWINTERS"]))]


# ---- 15. parking validation (Java, log4j)
def ep_parking():
    t = tick()
    p = person()
    pl = plate()
    pre = "%s INFO  [http-nio-8443-exec-%d] c.m.parking.ValidationService - " % (ts_log4j(t), R.randint(1, 20))
    r = strat("ep_parking.r")
    if r < 0.5:
        return [mk("parking_log4j", pre + "Validation applied ticket=%011d plate=" % R.randint(0, 99999999999), (pl, "vehicle"),
                   "/%s lane=E%d validator=%s type=%s mrn=" % (p.st, R.randint(1, 4), R.choice(["INFUSION-3", "DIALYSIS", "WOUND-CTR", "ONC-DESK"]), R.choice(["PATIENT_FULL", "PATIENT_50", "CAREGIVER"])),
                   (p.mrn, "mrn"))]
    if r < 0.8:
        return [mk("parking_log4j", pre.replace("ValidationService", "MonthlyPassService"), "Caregiver pass issued pass=CG-%05d holder=\"" % R.randint(0, 99999),
                   (lf(p), "name"), "\" for patient \"", (fl(person()), "name"), "\" plates=[", (pl, "vehicle"), ",", (plate(), "vehicle"),
                   "] valid_until=%s" % fdate(REF + dt.timedelta(days=30), "iso"))]
    return [mk("parking_log4j", pre.replace("INFO ", "WARN "), "LPR mismatch ticket=%011d read=" % R.randint(0, 99999999999), (pl, "vehicle"),
               " conf=%.2f expected=" % R.uniform(0.4, 0.8), (plate(), "vehicle"), " (patient validation revoked, contact ", (fphone(p.phone, "dash"), "phone"), ")")]


def ep_parking_noise():
    t = tick()
    r = strat("ep_parking_noise.r")
    if r < 0.3:
        return [mk("parking_log4j", "%s INFO  [lpr-poller-%d] c.m.parking.lpr.CameraHealth - cam=LPR-%02d fps=%.1f reads_5m=%d ip=10.44.%d.%d fw=4.%d.%d"
                   % (ts_log4j(t), R.randint(1, 4), R.randint(1, 8), R.uniform(9, 30), R.randint(10, 300), R.randint(1, 9), R.randint(2, 250), R.randint(0, 9), R.randint(0, 20)))]
    if r < 0.55:
        return [mk("parking_log4j", "%s INFO  [occupancy-1] c.m.parking.Occupancy - garage=%s level=%d occupied=%d/%d visitor=%d staff=%d"
                   % (ts_log4j(t), R.choice(["NORTH", "SOUTH", "ED-SURFACE"]), R.randint(1, 5), R.randint(50, 400), 420, R.randint(10, 200), R.randint(10, 200)))]
    if r < 0.8:
        return [mk("parking_log4j", "%s INFO  [http-nio-8443-exec-%d] c.m.parking.PermitService - Permit scan permit=EMP-%05d plate=%s lot=STAFF-%s result=OK"
                   % (ts_log4j(t), R.randint(1, 20), R.randint(0, 99999), plate(), R.choice("ABC")))]
    return [mk("parking_log4j", "%s ERROR [paystation-sync] c.m.parking.PayStation - PS-%02d offline: java.net.SocketTimeoutException: connect timed out (10.44.7.%d:5020)"
               % (ts_log4j(t), R.randint(1, 9), R.randint(2, 250)))]


# ---- 16. valet (CSV + SMS + damage claim)
VALET_HDR = "ticket_no,issued_at,guest_name,mobile,plate,plate_state,make,model,color,key_hook,stand,visit_type"
CARS = [("Toyota", "Camry"), ("Ford", "F-150"), ("Honda", "CR-V"), ("Chevrolet", "Silverado"), ("Tesla", "Model Y"),
        ("Buick", "Enclave"), ("Lexus", "RX 350"), ("Hyundai", "Tucson"), ("Subaru", "Outback")]


def ep_valet():
    out = [mk("valet_csv", VALET_HDR)] if R.random() < 0.5 else []
    for _ in range(R.randint(1, 3)):
        t = tick(0, 30)
        p = person()
        c = R.choice(CARS)
        nm = R.choice([fl(p), lf(p), "%s. %s" % (p.first[0], p.last), fl(p).lower()])
        nmp = ['"', (nm, "name"), '"'] if "," in nm else [(nm, "name")]
        out.append(mk("valet_csv", "%d,%s," % (R.randint(1000, 9999), ts_laravel(t)), nmp, ",", (fphone(p.phone, R.choice(["raw", "dash", "e164"])), "phone"), ",",
                      (plate(), "vehicle"), ",%s,%s,%s,%s,%s,%s,%s" % (p.st, c[0], c[1], R.choice(["BLK", "WHT", "SIL", "RED", "BLU", "GRY"]), "H%02d" % R.randint(1, 80),
                                                                   R.choice(["MAIN", "CANCER-CTR", "WOMENS"]), R.choice(["patient", "visitor", "patient"]))))
    if R.random() < 0.6:
        t = tick()
        p = person()
        out.append(mk("valet_csv", "%s valet-sms INFO sent to=" % ts_z(t), (fphone(p.phone, "e164"), "phone"), " sid=SM%s status=queued body=\"Mercy Ridge Valet: ticket #%d is ready at the %s entrance. Reply HELP for help.\""
                      % (hx(32), R.randint(1000, 9999), R.choice(["Main", "Cancer Center", "Womens"]))))
    if R.random() < 0.25:
        t = tick()
        p = person()
        c = R.choice(CARS)
        out.append(mk("valet_csv", "%s valet-claims WARN damage claim DC-2410-%03d ticket=%d vin=" % (ts_z(t), R.randint(1, 99), R.randint(1000, 9999)), (vin(), "vehicle"),
                      " plate=", (plate(), "vehicle"), " %s %s owner=\"" % c, (fl(p), "name"), "\" owner_dl=", ("%s %09d" % (p.st, R.randint(0, 999999999)), "license"),
                      " desc=\"scrape rear bumper pass side, photos on file\" attendant=%s" % R.choice(["DMENDEZ", "JTOLLIVER"])))
    return out


def ep_valet_noise():
    t = tick()
    return [mk("valet_csv", "%s valet-ops INFO stand=%s parked=%d runners=%d avg_retrieval=%dm%02ds queue=%d shift_lead=%s"
               % (ts_z(t), R.choice(["MAIN", "CANCER-CTR", "WOMENS"]), R.randint(10, 90), R.randint(2, 8), R.randint(2, 9), R.randint(0, 59), R.randint(0, 7), R.choice(["DMENDEZ", "JTOLLIVER", "KPRATT"])))]


# ---- 17. patient meal trays (diet office log + ZPL tray tickets)
DIETS = ["CARDIAC 2GM NA", "CONSISTENT CARB 60G", "DYS3 MECH SOFT; 2GM NA", "RENAL 2G K 2G NA", "CLEAR LIQUID", "REGULAR", "GLUTEN FREE", "NPO AFTER MN"]


def ep_tray():
    t = tick()
    p = oldish(0.4, 1935, 1990)
    bed = "%s-%d-%s" % (R.choice(["5N", "4W", "6S", "ONC"]), R.randint(401, 699), R.choice("AB"))
    r = strat("ep_tray.r")
    if r < 0.4:
        return [mk("meal_tray", "[DIETOFFICE] %s TRAYTKT meal=%s unit=%s bed=%s mrn=" % (ts_laravel(t), R.choice(["BRK", "LUN", "DIN"]), bed[:bed.index("-")], bed),
                   (p.mrn, "mrn"), ' name="', (lf(p, upper=True, mi=True), "name"), '" dob=', (fdate(p.dob, "us"), "date"), " age=", age_part(p),
                   ' diet="%s" allergies="%s" iso=%s tkt=TT-%07d' % (R.choice(DIETS), R.choice(["NKFA", "PEANUT", "SHELLFISH", "EGG,MILK"]), R.choice(["NONE", "CONTACT", "DROPLET"]), R.randint(0, 9999999)))]
    if r < 0.7:
        return [mk("meal_tray", "^XA^CF0,28^FO30,30^FD%s  %s %s^FS^FO30,70^FD" % (bed, R.choice(["BRK", "LUN", "DIN"]), fdate(t.date(), "us2")[:5]),
                   (fold(lf(p, upper=True)), "name"), "^FS^FO30,110^FDDOB ", (fdate(p.dob, "us"), "date"), "  MRN ", (p.mrn, "mrn"),
                   "^FS^FO30,150^FD%s^FS^FO30,190^FDALLERGY: %s^FS^BY2^FO30,230^BCN,60,N,N^FD" % (R.choice(DIETS), R.choice(["NKFA", "PEANUT", "SOY"])), (p.mrn, "mrn"), "^FS^XZ")]
    if r < 0.85:
        return [mk("meal_tray", "[DIETOFFICE] %s ROOMSVC app pairing bed=%s mrn=" % (ts_laravel(t), bed), (p.mrn, "mrn"), " device=\"%s\" imei="
                   % R.choice(["iPhone 13", "Galaxy A54", "Pixel 7", "iPad (9th gen)"]), (luhn("35" + "%06d" % R.randint(0, 999999), 15), "device"),
                   " pin_sent_to=", (fphone(p.phone, "e164"), "phone"), " result=PAIRED")]
    rel = person()
    a = R.randint(90, 103)
    bday = REF + dt.timedelta(days=R.randint(1, 9))
    return [mk("meal_tray", "[DIETOFFICE] %s NOTE bed=%s by kparrish RD: Pt " % (ts_laravel(t), bed), (p.first.lower() + " " + p.last.lower(), "name"),
               " prefers hot tea w/ breakfast; %s " % (R.choice(["daughter", "granddaughter", "niece"]) if rel.sex == "F" else R.choice(["son", "grandson", "nephew"])), (rel.first, "name"), " ",
               (fphone(rel.phone, R.choice(["paren", "dot", "sp"])), "phone"), " asks about a cake on ", ("%d/%d" % (bday.month, bday.day), "date"),
               " - pt turns ", (str(a), "age"), ". OK per RD if CCHO portion.")]


def ep_tray_noise():
    t = tick()
    r = strat("ep_tray_noise.r")
    if r < 0.4:
        return [mk("meal_tray", "[DIETOFFICE] %s TRAYLINE L%d %s start=%s end=%s trays=%d late=%d hot_avg=%dF cold_avg=%dF"
                   % (ts_laravel(t), R.randint(1, 2), R.choice(["BRK", "LUN"]), "06:30", "07:%02d" % R.randint(20, 59), R.randint(150, 260), R.randint(0, 6), R.randint(160, 175), R.randint(34, 41)))]
    if r < 0.55:
        return [mk("meal_tray", "[DIETOFFICE] %s MENU cycle=WK%d published to %d units; %d substitutions (%s out of stock, vendor Sysco order SO-%d)"
                   % (ts_laravel(t), R.randint(1, 4), R.randint(8, 14), R.randint(1, 9), R.choice(["GREEK YOGURT", "TURKEY SLICED", "ALMOND MILK"]), R.randint(1000000, 9999999)))]
    if r < 0.65:
        return [mk("meal_tray", "[DIETOFFICE] %s HL7 ORM diet orders received=%d applied=%d rejected=%d (unknown diet code %s)"
                   % (ts_laravel(t), R.randint(20, 90), R.randint(20, 90), R.randint(0, 3), R.choice(["DYS2X", "NPOX", "-"])))]
    if r < 0.75:
        return [mk("meal_tray", "[DIETOFFICE] %s ROOMSVC calls=%d avg_handle=%dm%02ds abandoned=%d menu_cycle=WK%d-D%d"
                   % (ts_laravel(t), R.randint(20, 90), R.randint(1, 4), R.randint(0, 59), R.randint(0, 5), R.randint(1, 4), R.randint(1, 7)))]
    return [mk("meal_tray", "[DIETOFFICE] %s PRINTER tray-zpl-%d 10.60.%d.%d:9100 status=OK labels_today=%d ribbon=%d%%"
               % (ts_laravel(t), R.randint(1, 3), R.randint(1, 9), R.randint(2, 250), R.randint(100, 600), R.randint(10, 99)))]


# ---- 18. .NET Serilog text + MEL console
SRC = ["Foundation.GratefulPatient.Worker.MatchService", "Foundation.Gifts.Api.Controllers.GiftsController",
       "Foundation.Letters.MergeEngine", "Foundation.Gifts.TributeService"]


def ep_dotnet():
    t = tick()
    p = person(1926, 1990)
    r = strat("ep_dotnet.r")
    if r < 0.3:
        other = "C%07d" % R.randint(10000, 999999)
        return [mk("dotnet_log", "%s [WRN] GP match ambiguous for MRN " % ts_serilog(t), (p.mrn, "mrn"), ": 2 constituents (", (p.consid, "other_id"),
                   ", ", (other, "other_id"), ") share DOB ", (fdate(p.dob, "us"), "date"), " and surname \"", (p.last, "name"), "\"; routing to review queue GP-REVIEW")]
    if r < 0.55:
        return [mk("dotnet_log", "info: Microsoft.EntityFrameworkCore.Database.Command[20101]"),
                mk("dotnet_log", "      Executed DbCommand (%dms) [Parameters=[@p0='" % R.randint(2, 90), (p.first, "name"), "' (Size = 50), @p1='", (p.last, "name"),
                   "' (Size = 80), @p2='", (fdate(p.dob, "isoT7"), "date"), "' (Nullable = true) (DbType = DateTime2), @p3='", (p.mrn, "mrn"),
                   "' (Size = 12)], CommandType='Text', CommandTimeout='30']"),
                mk("dotnet_log", "      INSERT INTO [gp].[Candidates] ([FirstName], [LastName], [BirthDate], [Mrn]) OUTPUT INSERTED.[Id] VALUES (@p0, @p1, @p2, @p3);")]
    if r < 0.75:
        dod = REF - dt.timedelta(days=R.randint(3, 40))
        return [mk("dotnet_log", "%s [ERR] Letter merge failed for ConsID " % ts_serilog(t), (p.consid, "other_id"), " (template TY_IMO_ES)"),
                mk("dotnet_log", "System.FormatException: String '", ("%d %s %d" % (dod.day, MES[dod.month - 1], dod.year), "date"), "' was not recognized as a valid DateTime."),
                mk("dotnet_log", "   at System.DateTime.Parse(String s, IFormatProvider provider)"),
                mk("dotnet_log", "   at Foundation.Letters.MergeEngine.RenderField(MergeField field, Constituent c) in /src/Foundation.Letters/MergeEngine.cs:line %d" % R.randint(100, 400))]
    return [mk("dotnet_log", "warn: Foundation.Gifts.Api.Controllers.GiftsController[0]"),
            mk("dotnet_log", "      Duplicate donor suspected: incoming '", (fl(p), "name"), "' <", (p.email, "email"), "> vs existing ", (p.consid, "other_id"),
               " (score 0.%d); phone " % R.randint(80, 97), (fphone(p.phone, "paren"), "phone"), " matched")]


def ep_dotnet_noise():
    t = tick()
    r = strat("ep_dotnet_noise.r")
    if r < 0.2:
        k = R.randint(0, 4)
        if k == 0:
            return [mk("dotnet_log", "info: Microsoft.Hosting.Lifetime[14]"), mk("dotnet_log", "      Now listening on: http://[::]:%d" % R.choice([8080, 5000, 5080]))]
        if k == 1:
            return [mk("dotnet_log", "info: Microsoft.Hosting.Lifetime[0]"), mk("dotnet_log", "      Hosting environment: Production"),
                    mk("dotnet_log", "info: Microsoft.Hosting.Lifetime[0]"), mk("dotnet_log", "      Content root path: /app")]
        if k == 2:
            return [mk("dotnet_log", "warn: Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager[35]"),
                    mk("dotnet_log", "      No XML encryptor configured. Key {%s} may be persisted to storage in unencrypted form." % uuid4())]
        if k == 3:
            return [mk("dotnet_log", "%s [WRN] Polly: retry %d of 3 for WealthLens after %s (HttpRequestException: Connection refused (api.wealthlens.example:443))"
                       % (ts_serilog(t), R.randint(1, 3), R.choice(["00:00:02", "00:00:04", "00:00:08"])))]
        return [mk("dotnet_log", "%s [INF] Quartz job LetterMergeJob fired trigger TY-nightly (misfire=false) next fire %s" % (ts_serilog(t), "2024-10-08T02:00:00-05:00"))]
    if r < 0.35:
        return [mk("dotnet_log", "%s [INF] Health check %s completed with status Healthy in %d.%dms" % (ts_serilog(t), R.choice(["sql-re", "sql-gp", "redis", "blob-letters"]), R.randint(0, 40), R.randint(0, 9)))]
    if r < 0.5:
        return [mk("dotnet_log", "%s [INF] Hangfire job %d 'GpScreeningExport.Run' succeeded in %d ms (rows=%d, file=MRHF_GP_%s.csv, sha256=%s)" % (ts_serilog(t), R.randint(10000, 99999), R.randint(2000, 90000), R.randint(100, 700), fdate(REF, "ymd"), hx(16)))]
    if r < 0.65:
        return [mk("dotnet_log", "info: System.Net.Http.HttpClient.WealthLens.LogicalHandler[100]"),
                mk("dotnet_log", "      Start processing HTTP request POST https://api.wealthlens.example/v3/screenings?batch=%d" % R.randint(1, 20)),
                mk("dotnet_log", "info: System.Net.Http.HttpClient.WealthLens.ClientHandler[101]"),
                mk("dotnet_log", "      Received HTTP response headers after %d.%04dms - %d" % (R.randint(80, 2000), R.randint(0, 9999), R.choice([200, 201, 429])))]
    if r < 0.8:
        return [mk("dotnet_log", "%s [ERR] Unhandled exception in job GpScreeningExport.Run (attempt %d/5)" % (ts_serilog(t), R.randint(1, 5))),
                mk("dotnet_log", "Microsoft.Data.SqlClient.SqlException (0x80131904): Execution Timeout Expired.  The timeout period elapsed prior to completion of the operation or the server is not responding."),
                mk("dotnet_log", "   at Microsoft.Data.SqlClient.SqlCommand.<>c.<ExecuteDbDataReaderAsync>b__211_0(Task`1 result)"),
                mk("dotnet_log", "ClientConnectionId:%s" % uuid4()),
                mk("dotnet_log", "Error Number:-2,State:0,Class:11")]
    return [mk("dotnet_log", "%s [DBG] Configuration reloaded: Gp:MinScore=%d Gp:LookbackDays=%d Letters:Culture=%s build=%d.%d.%d+%s" % (ts_serilog(t), R.randint(40, 70), R.choice([30, 60, 90]), R.choice(["en-US", "es-US"]), R.randint(3, 4), R.randint(0, 12), R.randint(100, 999), hx(7)))]


# ---- 19. .NET CLEF (Serilog compact JSON)
def ep_clef():
    t = tick()
    p = person(1930, 1995)
    r = strat("ep_clef.r")
    if r < 0.5:
        o = {"@t": ts_z(t, 7), "@mt": "Posted tribute gift {GiftId} in memory of {Honoree} for donor {ConsId}", "@l": "Information",
             "GiftId": "G24-%07d" % R.randint(100000, 999999), "Honoree": P(fl(p), "name"), "ConsId": P(person().consid, "other_id"),
             "SourceContext": "Foundation.Gifts.TributeService", "TraceId": hx(32), "SpanId": hx(16)}
    else:
        o = {"@t": ts_z(t, 7), "@mt": "Recurring gift card updated for {DonorEmail} customer {StripeCustomer}", "@l": "Information",
             "DonorEmail": P(p.email, "email"), "StripeCustomer": P(p.cus, "other_id"), "Last4": "%04d" % R.randint(0, 9999),
             "SourceContext": "Foundation.Gifts.RecurringService", "RequestId": "0HN%s:0000000%d" % (an(9, "ABCDEFGHIJKLMNOPQRSTUV0123456789"), R.randint(1, 9))}
    return [mk("dotnet_clef", J(o))]


def ep_clef_noise():
    t = tick()
    o = {"@t": ts_z(t, 7), "@mt": "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms",
         "@r": ["%.4f" % R.uniform(1, 900)], "RequestMethod": R.choice(["GET", "POST"]),
         "RequestPath": R.choice(["/api/gifts/batches/B2410-07A", "/healthz", "/api/funds", "/api/letters/jobs/TY-2410-07", "/api/gp/export/status"]),
         "StatusCode": R.choice([200, 200, 204, 404, 500]), "Elapsed": round(R.uniform(1, 900), 4), "SourceContext": "Serilog.AspNetCore.RequestLoggingMiddleware",
         "TraceId": hx(32), "SpanId": hx(16), "ConnectionId": "0HN" + an(9, "ABCDEFGHIJKLMNOPQRSTUV0123456789")}
    return [mk("dotnet_clef", J(o))]


# ---- 20. PHP error_log + Laravel (giving portal)
def ep_php():
    t = tick()
    p = person(1940, 2000)
    r = strat("ep_php.r")
    if r < 0.35:
        return [mk("php_laravel", "[%s] production.ERROR: SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '" % ts_laravel(t), (p.email, "email"),
                   "' for key 'donors.donors_email_unique' (Connection: mysql, SQL: insert into `donors` (`first_name`, `last_name`, `email`, `phone`, `updated_at`, `created_at`) values (",
                   (p.first, "name"), ", ", (p.last, "name"), ", ", (p.email, "email"), ", ", (p.phone, "phone"), ", %s, %s))" % (ts_laravel(t), ts_laravel(t))),
                mk("php_laravel", "#0 /var/www/giving/vendor/laravel/framework/src/Illuminate/Database/Connection.php(%d): Illuminate\\Database\\Connection->runQueryCallback()" % R.randint(700, 820))]
    if r < 0.6:
        return [mk("php_laravel", "[%s] PHP Warning:  Undefined array key \"middle_name\" in /var/www/giving/app/Http/Controllers/TributeController.php on line %d" % (ts_phperr(t), R.randint(40, 200))),
                mk("php_laravel", "[%s] PHP Notice:  tribute form payload: honoree=" % ts_phperr(t), (urllib.parse.quote_plus(fl(p)), "name"), "&notify_email=",
                   (p.email.replace("@", "%40"), "email"), "&notify_addr=", (urllib.parse.quote_plus(p.street), "address"), "&notify_zip=", (p.zip, "zip"), " in /var/www/giving/app/Http/Controllers/TributeController.php on line %d" % R.randint(40, 200))]
    if r < 0.7:
        ctx = {"donor": P(fl(p), "name"), "card_number": P((lambda pf: luhn(pf, 15 if pf == "37" else 16))(R.choice(["4", "51", "55", "37"])), "account"),
               "exp": "%02d/%02d" % (R.randint(1, 12), R.randint(25, 30)), "gateway": "stripe", "fallback": "authnet"}
        return [mk("php_laravel", "[%s] production.ERROR: Payment fallback failed, raw card payload logged by legacy handler " % ts_laravel(t), J(ctx, u=True, sl=True))]
    if r < 0.85:
        ctx = {"user": P(p.user, "other_id"), "ip": P(pub_ip(), "ip"), "name": P(fl(p), "name"), "attempts": R.randint(3, 6)}
        return [mk("php_laravel", "[%s] production.WARNING: Donor portal login throttled " % ts_laravel(t), J(ctx, u=True, sl=True))]
    pg = "https://give.mercyridgefoundation.org/fundraiser/%s-%s-%s" % (fold(p.first).lower().replace(" ", "-"), fold(p.last).lower().replace(" ", "-").replace("'", ""), R.choice(["5k", "birthday", "in-memory", "climb"]))
    ctx = {"page": P(pg, "url"), "owner": P(fl(p), "name"), "goal": R.choice([500, 1000, 2500]), "raised": R.randint(0, 3000)}
    return [mk("php_laravel", "[%s] production.INFO: P2P page published " % ts_laravel(t), J(ctx, u=True, sl=True))]


def ep_php_noise():
    t = tick()
    r = strat("ep_php_noise.r")
    if r < 0.25:
        return [mk("php_laravel", "[%s] PHP Deprecated:  Creation of dynamic property App\\Services\\ShiftReminder::$twilio is deprecated in /var/www/volunteer/app/Services/ShiftReminder.php on line %d" % (ts_phperr(t), R.randint(20, 90)))]
    if r < 0.45:
        return [mk("php_laravel", "[%s] WARNING: [pool giving] child %d exited on signal 9 (SIGKILL) after %.6f seconds from start" % (ts_phperr(t).replace(" UTC", ""), R.randint(1000, 40000), R.uniform(1, 8000)))]
    if r < 0.7:
        return [mk("php_laravel", "[%s] production.INFO: Processing: App\\Jobs\\%s {\"job_id\":\"%s\",\"queue\":\"default\",\"attempts\":%d}" % (ts_laravel(t), R.choice(["SendShiftReminders", "SyncStripePayouts", "RebuildFundTotals", "PurgeExpiredCarts"]), uuid4(), R.randint(1, 3)))]
    if r < 0.85:
        return [mk("php_laravel", "[%s] production.ERROR: cURL error 28: Operation timed out after 10001 milliseconds with 0 bytes received (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://api.stripe.com/v1/payment_intents" % ts_laravel(t)),
                mk("php_laravel", "#0 /var/www/giving/vendor/guzzlehttp/guzzle/src/Handler/CurlFactory.php(%d): GuzzleHttp\\Handler\\CurlFactory::createRejection()" % R.randint(200, 280))]
    return [mk("php_laravel", "[%s] local.DEBUG: opcache status {\"memory_used\":%d,\"hit_rate\":%.2f,\"cached_scripts\":%d,\"php\":\"8.2.%d\"}" % (ts_laravel(t), R.randint(10 ** 7, 10 ** 8), R.uniform(90, 99.9), R.randint(800, 4000), R.randint(10, 24)))]


# ---- 21. Stripe-like webhooks
def ep_stripe():
    t = tick()
    p = person(1935, 2000)
    hon = person(1926, 1960)
    php = R.random() < 0.5
    amt = R.choice([2500, 5000, 10000, 25000, 100000])
    meta = {"campaign": R.choice(["GP-CARDIAC-FY25", "TRIBUTE-FY25", "GIVING-TUESDAY-24"]), "fund": R.choice(FUNDS)[1]}
    if R.random() < 0.6:
        meta["tribute_type"] = "in_memory_of"
        meta["tribute_name"] = P(fl(hon), "name")
        if R.random() < 0.5:
            meta["tribute_page"] = P("https://give.mercyridgefoundation.org/tribute/%s-%s" % (fold(hon.first).lower().replace(" ", "-"), fold(hon.last).lower().replace(" ", "-").replace("'", "")), "url")
    obj = {"id": "ch_3Q" + an(22), "object": "charge", "amount": amt, "currency": "usd",
           "billing_details": {"address": {"city": P(p.city, "address"), "country": "US", "line1": P(p.street, "address"),
                                           "line2": P(p.unit, "address") if p.unit else None, "postal_code": P(p.zip, "zip"), "state": p.st},
                               "email": P(p.email, "email"), "name": P(fl(p), "name"), "phone": P(fphone(p.phone, "e164"), "phone") if R.random() < 0.6 else None},
           "customer": P(p.cus, "other_id"), "metadata": meta, "payment_intent": "pi_3Q" + an(22),
           "payment_method_details": {"card": {"brand": R.choice(["visa", "mastercard", "amex"]), "last4": "%04d" % R.randint(0, 9999),
                                               "exp_month": R.randint(1, 12), "exp_year": R.randint(2025, 2030), "network": None}, "type": "card"},
           "outcome": {"network_status": "approved_by_network", "risk_level": "normal", "type": "authorized"}, "paid": True, "status": "succeeded"}
    ev = {"id": "evt_3Q" + an(22), "object": "event", "api_version": "2024-06-20", "created": epoch(t),
          "data": {"object": obj}, "livemode": True, "pending_webhooks": 1,
          "request": {"id": "req_" + an(14), "idempotency_key": uuid4()}, "type": "charge.succeeded"}
    if php:
        return [mk("stripe_webhook", "[%s] webhooks.INFO: Stripe event received " % ts_monolog(t), J({"payload": ev}, u=True, sl=True), " []")]
    out = [mk("stripe_webhook", "%s [INF] Stripe webhook received charge.succeeded %s (livemode=True, api_version=2024-06-20); raw body follows" % (ts_serilog(t), ev["id"]))]
    out.append(mk("stripe_webhook", J(ev, sep=(", ", ": "))))
    if R.random() < 0.4:
        rad = {"id": "evt_3Q" + an(22), "object": "event", "type": "radar.early_fraud_warning.created",
               "data": {"object": {"charge": obj["id"], "fraud_type": "unauthorized_use_of_card", "actionable": True,
                                   "client_ip": P(pub_ip(), "ip"), "customer_email": P(p.email, "email")}}}
        out.append(mk("stripe_webhook", J(rad, sep=(", ", ": "))))
    return out


def ep_stripe_noise():
    t = tick()
    r = strat("ep_stripe_noise.r")
    if r < 0.3:
        o = {"id": "evt_1Q" + an(22), "object": "event", "type": "payout.paid", "created": epoch(t),
             "data": {"object": {"id": "po_1Q" + an(22), "amount": R.randint(100000, 5000000), "arrival_date": epoch(t) + 86400,
                                 "destination": "ba_1N" + an(22), "method": "standard", "statement_descriptor": "MERCY RIDGE FDN"}}}
        return [mk("stripe_webhook", J(o))]
    if r < 0.55:
        return [mk("stripe_webhook", "%s [INF] Stripe-Signature verified t=%d v1=%s tolerance=300s endpoint=we_1P%s" % (ts_serilog(t), epoch(t), hx(64), an(22)))]
    if r < 0.75:
        o = {"id": "evt_1Q" + an(22), "object": "event", "type": "invoice.paid",
             "data": {"object": {"id": "in_1Q" + an(22), "customer_name": "Tulsa Rotary Club", "customer_email": "treasurer@tulsarotary.org",
                                 "amount_paid": R.choice([50000, 100000]), "description": "Gala 2024 table sponsorship"}}}
        return [mk("stripe_webhook", J(o, sep=(", ", ": ")))]
    return [mk("stripe_webhook", "%s [WRN] Stripe webhook retry: endpoint returned 503 for evt_1Q%s (attempt %d), next in %ds" % (ts_serilog(t), an(22), R.randint(1, 6), R.choice([60, 300, 900])))]


# ---- 22. nginx access log (giving site)
UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15"]


def ep_nginx():
    t = tick()
    p = person()
    ip = pub_ip()
    r = strat("ep_nginx.r")
    if r < 0.4:
        return [mk("nginx_access", (ip, "ip"), ' - - [%s] "POST /donate/checkout HTTP/2.0" 302 0 "https://give.mercyridgefoundation.org/donate?fund=%s" "%s" rt=%.3f'
                   % (ts_nginx(t), R.choice(FUNDS)[1].lower(), R.choice(UAS), R.uniform(0.05, 1.5)))]
    if r < 0.7:
        return [mk("nginx_access", (ip, "ip"), ' - - [%s] "GET ' % ts_nginx(t),
                   ("/tribute/in-memory-of-%s-%s" % (fold(p.first).lower().replace(" ", "-"), fold(p.last).lower().replace(" ", "-").replace("'", "")), "url"),
                   ' HTTP/2.0" 200 %d "https://www.facebook.com/" "%s" rt=%.3f' % (R.randint(8000, 40000), R.choice(UAS), R.uniform(0.01, 0.4)))]
    return [mk("nginx_access", (ip, "ip"), ' - - [%s] "GET /email/unsubscribe?e=' % ts_nginx(t), (p.email.replace("@", "%40"), "email"),
               '&list=appeal&t=%s HTTP/1.1" 200 1874 "-" "%s" rt=%.3f' % (hx(24), R.choice(UAS), R.uniform(0.01, 0.3)))]


def ep_nginx_noise():
    t = tick()
    r = strat("ep_nginx_noise.r")
    if r < 0.4:
        return [mk("nginx_access", '10.20.0.%d - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" rt=0.00%d' % (R.randint(2, 30), ts_nginx(t), R.randint(1, 9)))]
    if r < 0.5:
        return [mk("nginx_access", '%s - - [%s] "GET /wp-login.php HTTP/1.1" 404 153 "-" "Mozilla/5.0 zgrab/0.x" rt=0.000' % (R.choice(["45.148.10.", "185.224.128.", "193.32.162."]) + str(R.randint(2, 250)), ts_nginx(t)))]
    if r < 0.6:
        return [mk("nginx_access", '66.249.66.%d - - [%s] "GET /sitemap.xml HTTP/1.1" 200 %d "-" "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" rt=0.%03d' % (R.randint(1, 200), ts_nginx(t), R.randint(2000, 9000), R.randint(1, 200)))]
    if r < 0.8:
        return [mk("nginx_access", '10.20.1.%d - - [%s] "GET /build/assets/app-%s.js HTTP/2.0" 304 0 "https://give.mercyridgefoundation.org/donate" "%s" rt=0.000' % (R.randint(2, 60), ts_nginx(t), hx(8), R.choice(UAS)))]
    return [mk("nginx_access", '%s [error] %d#%d: *%d upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.20.1.%d, server: give.mercyridgefoundation.org, request: "POST /api/stripe/webhook HTTP/1.1", upstream: "fastcgi://unix:/run/php/php8.2-fpm.sock"'
               % ("%04d/%02d/%02d %02d:%02d:%02d" % (t.year, t.month, t.day, t.hour, t.minute, t.second), R.randint(100, 999), 0, R.randint(10000, 999999), R.randint(2, 60)))]


# ---- 23. ops syslog (noise only)
def ep_ops_noise():
    t = tick()
    r = strat("ep_ops_noise.r")
    h = R.choice(["fdn-app02", "fdn-web01", "fdn-fs01", "vol-app01"])
    if r < 0.25:
        return [mk("ops_syslog", "%s %s CRON[%d]: (root) CMD (/opt/mrhf/bin/ncoa_pull.sh --vendor heartland --since %s >> /var/log/ncoa_pull.log 2>&1)" % (ts_syslog(t), h, R.randint(10000, 99999), fdate(REF, "iso")))]
    if r < 0.45:
        return [mk("ops_syslog", "%s %s sshd[%d]: Accepted publickey for hms_sftp from 198.51.100.%d port %d ssh2: ED25519 SHA256:%s" % (ts_syslog(t), "fdn-fs01", R.randint(1000, 99999), R.randint(2, 250), R.randint(30000, 65000), base64.b64encode(rbytes(32)).decode().rstrip("=")))]
    if r < 0.65:
        return [mk("ops_syslog", "%s %s restic[%d]: snapshot %s saved, %d files, %.1f GiB added, duration %dm%02ds" % (ts_syslog(t), h, R.randint(1000, 9999), hx(8), R.randint(1000, 90000), R.uniform(0.1, 9), R.randint(1, 40), R.randint(0, 59)))]
    if r < 0.8:
        return [mk("ops_syslog", "%s %s systemd[1]: Started mrhf-gp-export.service - GP screening weekly export (build %d, commit %s)." % (ts_syslog(t), h, R.randint(1000, 3000), hx(12)))]
    k = R.randint(0, 3)
    if k == 0:
        return [mk("ops_syslog", "%s %s kernel: [%d.%06d] nfs: server fdn-fs01 OK" % (ts_syslog(t), h, R.randint(10000, 999999), R.randint(0, 999999)))]
    if k == 1:
        return [mk("ops_syslog", "%s %s postfix/smtp[%d]: %s: to=<ty-letters@heartlandmail.example>, relay=smtp.heartlandmail.example[198.51.100.%d]:587, delay=%.1f, status=sent (250 2.0.0 Ok: queued as %s)"
                   % (ts_syslog(t), h, R.randint(1000, 99999), an(10, "0123456789ABCDEF"), R.randint(2, 250), R.uniform(0.2, 4), an(10, "0123456789ABCDEF")))]
    if k == 2:
        return [mk("ops_syslog", "%s %s certbot[%d]: Certificate for give.mercyridgefoundation.org not yet due for renewal (expires 2024-12-%02d)" % (ts_syslog(t), "fdn-web01", R.randint(1000, 9999), R.randint(1, 28)))]
    return [mk("ops_syslog", "%s %s chronyd[%d]: Selected source 10.0.0.%d (ntp1.mercyridgehealth.org), offset %+.6fs" % (ts_syslog(t), h, R.randint(400, 900), R.randint(2, 9), R.uniform(-0.01, 0.01)))]


# ================================================================ assembly

PHI_EPS = [(ep_gp_csv, 2), (ep_gp_pipe, 2), (ep_fixed, 2), (ep_re_xml, 3), (ep_hl7, 2.5), (ep_wealth, 2), (ep_gift, 6),
           (ep_letter, 2), (ep_ncoa, 2.5), (ep_vol_patient, 3), (ep_bgcheck, 6), (ep_volhealth, 2), (ep_giftshop, 1.2),
           (ep_pharmacy, 2.5), (ep_parking, 5), (ep_valet, 2.5), (ep_tray, 6), (ep_dotnet, 4), (ep_clef, 4), (ep_php, 5),
           (ep_stripe, 2.5), (ep_nginx, 5)]
NOISE_EPS = [(ep_gp_csv_noise, 1), (ep_gp_pipe_noise, 1), (ep_re_xml_noise, 2), (ep_hl7_noise, 2), (ep_wealth_noise, 3),
             (ep_gift_noise, 4), (ep_letter_noise, 3), (ep_ncoa_noise, 2), (ep_vol_noise, 6), (ep_bgcheck_noise, 2),
             (ep_volhealth_noise, 1), (ep_giftshop_noise, 2.5), (ep_pharmacy_noise, 3), (ep_parking_noise, 5), (ep_valet_noise, 3),
             (ep_tray_noise, 4), (ep_dotnet_noise, 6), (ep_clef_noise, 4), (ep_php_noise, 5), (ep_stripe_noise, 4),
             (ep_nginx_noise, 5), (ep_ops_noise, 5)]
TARGET_LINES = 500
TARGET_NOISE = 0.55


def pick(eps):
    tot = sum(w for _, w in eps)
    x = R.uniform(0, tot)
    for f, w in eps:
        x -= w
        if x <= 0:
            return f
    return eps[-1][0]


BAGS = {}


def draw(name, eps):
    bag = BAGS.get(name)
    if not bag:
        bag = [f for f, w in eps for _ in range(int(-(-w // 1)))]
        R.shuffle(bag)
        BAGS[name] = bag
    return bag.pop()


def build():
    lines = []
    while len(lines) < TARGET_LINES:
        noise = sum(1 for l in lines if not l.spans)
        frac = noise / len(lines) if lines else 1.0
        name, eps = ("noise", NOISE_EPS) if frac < TARGET_NOISE else ("phi", PHI_EPS)
        for _ in range(50):
            ep = draw(name, eps)()
            if len(lines) + len(ep) <= TARGET_LINES:
                break
        else:
            ep = []
            while len(lines) + len(ep) < TARGET_LINES:
                ep = ep + ep_ops_noise()
            ep = ep[:TARGET_LINES - len(lines)]
        lines.extend(ep)
    return lines


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    lines = build()
    assert len(lines) == TARGET_LINES
    log_out, lab_out = [], []
    for i, ln in enumerate(lines, 1):
        b = bytes(ln.buf)
        text = b.decode("utf-8")
        assert b and "\n" not in text and "\r" not in text, i
        prev = 0
        spans = []
        for s, e, cat, val in ln.spans:
            assert b[s:e] == val, (i, s, e, val)
            assert s >= prev, ("overlap", i)
            assert val.strip() == val, ("whitespace", i, val)
            prev = e
            spans.append({"s": s, "e": e, "cat": cat})
        log_out.append(text)
        lab_out.append(json.dumps({"line": i, "family": ln.fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(here, ID + ".log"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(log_out))
    with open(os.path.join(here, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lab_out) + "\n")


if __name__ == "__main__":
    main()
