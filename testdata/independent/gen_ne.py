#!/usr/bin/env python3
"""gen_ne.py -- synthetic, labeled log corpus for a PHI detector.

Theme: a sperm bank / egg donor / gestational surrogacy agency ("Northstar Cryobank" and
"Cedar & Vine Surrogacy", both fictional).  Systems: donor applicant portal (Next.js +
NestJS/TypeORM), donor profile JSON (anonymous donor numbers vs. identity-release data),
genetic carrier screening results (CSV, pipe rows, lab webhook JSON), cryostorage inventory
(tank/canister/cane CSV), LIMS audit trail, tank monitor syslog, FedEx Track/Ship JSON,
DocuSign Connect (JSON and legacy XML), Stripe escrow webhooks, NACHA ACH payout files,
IVF clinic HL7 v2 and FHIR R4 (+ HAPI FHIR server log), FDA 21 CFR 1271 donor eligibility
checklists, coordinator e-mail (RFC 5322) and chat (Slack export, IRC-style ops chat,
Intercom), sibling registry matching jobs (Python logging, Celery), plus nginx, k8s,
PostgreSQL, Redis and Prometheus noise.

All people, numbers and identifiers are synthetic.  Standard library only, fixed seed.
Writes ne.log (500 lines) and ne.labels.jsonl next to this script.

Labeling decisions:
- Persons whose identifiers are labeled: sperm/egg donors, donor applicants, gestational
  surrogates, intended parents (clients), donor-conceived offspring, relatives and partners
  named in their records.  Not labeled: coordinators, nurses, physicians, embryologists, lab
  directors, attorneys, escrow officers, couriers, clinics, labs, banks and the agency itself
  (names, NPIs, phones, faxes, e-mails, addresses, usernames of staff and businesses).
- Donor numbers (anonymous catalogue numbers such as NSC-5127, "Donor #5127", ED-2291) are
  unique codes of a person: other_id, also in public-catalogue JSON.  With a prefix that is
  part of the code (NSC-5127) the whole token is the span; in "Donor #5127" only the digits.
- other_id also covers: applicant numbers, surrogacy case numbers, intended-parent client
  numbers, sibling-registry family IDs, portal usernames of donors/clients, FHIR Patient
  resource ids, lab accession numbers, HL7 visit/encounter numbers of a patient.
- Not labeled (system/transaction/material identifiers): vial/straw/cane barcodes, tank,
  canister and cane positions, lot numbers, dry-shipper and data-logger serials, FedEx
  tracking numbers, DocuSign envelope IDs, Stripe event/payment-intent/charge IDs, trace/span/
  request IDs, order numbers, HL7 message control IDs, NPIs of clinicians.
- account: bank account numbers (ACH), full card numbers, Stripe customer IDs (cus_...) and
  escrow sub-account numbers of clients.  Routing numbers, card last4 and Stripe public test
  card numbers (4242...) are not labeled.
- date: birth dates and person-tied service dates (donation/collection, sample collection,
  oocyte retrieval, embryo transfer, beta hCG draw, appointments, LMP, EDD, interview, freeze
  and death dates).  Not labeled: log/event timestamps, e-mail Date headers, shipment dates,
  payment/settlement dates, contract and signature timestamps, years alone.
- age: only ages over 89 (e.g. a donor's grandparent aged 93); the number only.
- address: street lines, cities and counties of persons (one span per part where the record
  splits them, one span where written as a single string); zip labeled separately as zip
  when it is its own field or token.  State alone not labeled.
- ip: public IPs of donors/applicants/clients; private (10.x, 172.16/12, 192.168) and
  crawler/mail-server/vendor IPs are not labeled.
- license: driver's licence and passport numbers of donors, surrogates and clients.
- device: serials/IMEIs/MACs of a person's own device (phone, home BP cuff); not lab equipment.
- biometric: fingerprint templates (base64 ISO 19794-2) used at donation check-in.
- photo: base64 face images; the whole data URI value is the span.
- url: personal URLs (social profiles, personal sites); system/API/report links are not
  labeled, but a person identifier embedded in a path is labeled as that identifier.
- Names inside HL7 components (LAST^FIRST^M) are labeled per component; e-mail display
  names and addresses are separate spans.  Partial SSNs (last four) are not labeled.
"""
import base64
import datetime
import json
import os
import random
import unicodedata

R = random.Random(30)
ch = R.choice
ri = R.randint

CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip", "biometric",
        "photo", "other_id"}

# --------------------------------------------------------------------------- line builder


def flat(parts):
    for p in parts:
        if isinstance(p, list):
            yield from flat(p)
        else:
            yield p


def mk(fam, *parts):
    buf = bytearray()
    spans = []
    for p in flat(parts):
        if isinstance(p, tuple):
            v, cat = p
            assert cat in CATS, cat
            b = v.encode("utf-8")
            spans.append((len(buf), len(buf) + len(b), cat, v))
            buf += b
        else:
            assert isinstance(p, str), p
            buf += p.encode("utf-8")
    return (fam, bytes(buf), spans)


class P:
    """PHI leaf inside a JSON structure."""
    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class M:
    """JSON string made of plain parts and (value, cat) parts."""
    def __init__(self, *parts):
        self.parts = parts


def esc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def J(o, sp=False):
    cs, ks = (", ", ": ") if sp else (",", ":")
    out = []

    def w(x):
        if isinstance(x, P):
            if isinstance(x.v, str):
                out.extend(['"', (esc(x.v), x.cat), '"'])
            else:
                out.append((json.dumps(x.v), x.cat))
        elif isinstance(x, M):
            out.append('"')
            for q in x.parts:
                out.append((esc(q[0]), q[1]) if isinstance(q, tuple) else esc(q))
            out.append('"')
        elif isinstance(x, dict):
            out.append("{")
            for i, (k, v) in enumerate(x.items()):
                if i:
                    out.append(cs)
                out.append(json.dumps(k) + ks)
                w(v)
            out.append("}")
        elif isinstance(x, list):
            out.append("[")
            for i, v in enumerate(x):
                if i:
                    out.append(cs)
                w(v)
            out.append("]")
        else:
            out.append(json.dumps(x, ensure_ascii=False))
    w(o)
    return out


# --------------------------------------------------------------------------- clock

CLK = [datetime.datetime(2024, 3, 14, 7, 58, 3, 118000)]


def tick(lo=1, hi=35):
    CLK[0] += datetime.timedelta(seconds=ri(lo, hi), milliseconds=ri(0, 999))
    return CLK[0]


def t_iso():
    t = tick()
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def t_py():
    t = tick()
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def t_pg():
    t = tick()
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC" % (t.microsecond // 1000)


def t_nest():
    t = tick()
    h = t.hour % 12 or 12
    return t.strftime("%m/%d/%Y, ") + "%d:%s %s" % (h, t.strftime("%M:%S"), "AM" if t.hour < 12 else "PM")


def t_nginx():
    return tick().strftime("%d/%b/%Y:%H:%M:%S +0000")


def t_sys():
    t = tick()
    return t.strftime("%b ") + "%2d" % t.day + t.strftime(" %H:%M:%S")


def t_epoch_ms():
    t = tick()
    return str(int((t - datetime.datetime(1970, 1, 1)).total_seconds() * 1000))


def t_hl7():
    return tick().strftime("%Y%m%d%H%M%S")


def t_rfc2822():
    t = tick() - datetime.timedelta(hours=4)
    return t.strftime("%a, %d %b %Y %H:%M:%S -0400")


# --------------------------------------------------------------------------- value helpers

MON = ["January", "February", "March", "April", "May", "June", "July", "August",
       "September", "October", "November", "December"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
       "septiembre", "octubre", "noviembre", "diciembre"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]


def df(d, st):
    if st == "iso":
        return d.strftime("%Y-%m-%d")
    if st == "us":
        return d.strftime("%m/%d/%Y")
    if st == "us_short":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if st == "md":
        return "%d/%d" % (d.month, d.day)
    if st == "eu":
        return d.strftime("%d.%m.%Y")
    if st == "mon":
        return "%s %d, %d" % (MON[d.month - 1][:3], d.day, d.year)
    if st == "dmon":
        return "%02d-%s-%d" % (d.day, MON[d.month - 1][:3].upper(), d.year)
    if st == "hl7":
        return d.strftime("%Y%m%d")
    if st == "long":
        return "%s %d, %d" % (MON[d.month - 1], d.day, d.year)
    if st == "es":
        return "%d de %s de %d" % (d.day, MES[d.month - 1], d.year)
    if st == "es_short":
        return "%d de %s" % (d.day, MES[d.month - 1])
    if st == "fr":
        return "%d %s" % (d.day, MOIS[d.month - 1])
    if st == "dmy":
        return d.strftime("%d/%m/%Y")
    if st == "monday":
        return "%s %d" % (MON[d.month - 1], d.day)
    raise ValueError(st)


def pf(digits, st):
    a, b, c = digits[:3], digits[3:6], digits[6:]
    return {"paren": "(%s) %s-%s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c),
            "dot": "%s.%s.%s" % (a, b, c), "raw": digits, "e164": "+1" + digits,
            "intl": "+1 %s %s %s" % (a, b, c), "one": "1-%s-%s-%s" % (a, b, c)}[st]


def rdate(y0, y1):
    d0 = datetime.date(y0, 1, 1).toordinal()
    d1 = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(ri(d0, d1))


def near(days_lo, days_hi):
    return datetime.date(2024, 3, 14) + datetime.timedelta(days=ri(days_lo, days_hi))


def luhn_complete(prefix, length):
    digits = [int(c) for c in prefix]
    while len(digits) < length - 1:
        digits.append(ri(0, 9))
    s = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 0:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        s += dgt
    return "".join(map(str, digits)) + str((10 - s % 10) % 10)


def aba(prefix8):
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    s = sum(int(c) * k for c, k in zip(prefix8, w))
    return prefix8 + str((10 - s % 10) % 10)


def hexs(n):
    return "".join(ch("0123456789abcdef") for _ in range(n))


def alnum(n, chars="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(ch(chars) for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], ch("89ab"), h[17:20], h[20:32])


def ssn():
    while True:
        a = ri(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, ri(1, 99), ri(1, 9999))


def public_ip():
    first = ch([24, 47, 50, 64, 67, 68, 69, 71, 72, 73, 74, 75, 76, 96, 97, 98, 99, 107, 108,
                142, 162, 166, 173, 174, 184, 199, 207, 208])
    return "%d.%d.%d.%d" % (first, ri(1, 254), ri(0, 255), ri(1, 254))


def ip6():
    return "2601:%x:%x:%x::%x" % (ri(0x100, 0xfff), ri(0x1000, 0xffff), ri(0x10, 0xfff), ri(1, 0xffff))


def private_ip():
    return ch(["10.%d.%d.%d" % (ri(0, 8), ri(0, 255), ri(2, 250)),
               "172.%d.%d.%d" % (ri(16, 31), ri(0, 255), ri(2, 250)),
               "192.168.%d.%d" % (ri(0, 9), ri(2, 250))])


def asciify(s):
    s = s.replace("ø", "o").replace("Ø", "O").replace("ß", "ss").replace("æ", "ae")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def fake_jpeg_b64(n=150):
    raw = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    raw += bytes([0xFF, 0xDB, 0x00, 0x43, 0x00]) + bytes(ri(0, 255) for _ in range(n))
    return base64.b64encode(raw).decode()


def fmr_b64(n=90):
    raw = b"FMR\x00 20\x00" + bytes([0, 0, 1, 0x2C]) + bytes(ri(0, 255) for _ in range(n))
    return base64.b64encode(raw).decode()


def imei():
    return luhn_complete(ch(["35", "86", "01", "35"]) + str(ri(100000, 999999)), 15)


# --------------------------------------------------------------------------- places / staff

PLACES = [("Atlanta", "GA", "404", ["30312", "30316", "30307"], "Fulton County"),
          ("Chicago", "IL", "773", ["60647", "60618", "60625"], "Cook County"),
          ("Miami", "FL", "305", ["33135", "33145"], "Miami-Dade County"),
          ("Honolulu", "HI", "808", ["96815", "96822"], "Honolulu County"),
          ("Austin", "TX", "512", ["78704", "78751"], "Travis County"),
          ("Portland", "OR", "503", ["97214", "97217"], "Multnomah County"),
          ("Minneapolis", "MN", "612", ["55408", "55406"], "Hennepin County"),
          ("Sacramento", "CA", "916", ["95818", "95820"], "Sacramento County"),
          ("Brooklyn", "NY", "718", ["11216", "11238"], "Kings County"),
          ("Denver", "CO", "720", ["80205", "80211"], "Denver County"),
          ("Phoenix", "AZ", "602", ["85016", "85008"], "Maricopa County"),
          ("Salt Lake City", "UT", "801", ["84102", "84105"], "Salt Lake County"),
          ("Raleigh", "NC", "919", ["27605", "27608"], "Wake County"),
          ("Tacoma", "WA", "253", ["98405", "98403"], "Pierce County"),
          ("San Antonio", "TX", "210", ["78210", "78209"], "Bexar County"),
          ("Columbus", "OH", "614", ["43206", "43201"], "Franklin County")]
STREETS = {"Atlanta": ["Peachtree Dunwoody Rd", "Ponce de Leon Ave NE", "Glenwood Ave SE"], "Chicago": ["N Kedzie Ave", "W Armitage Ave", "N Milwaukee Ave"],
           "Miami": ["SW 8th St", "NW 7th St", "Coral Way"], "Honolulu": ["Kalakaua Ave", "Kapahulu Ave", "Kamehameha Hwy"],
           "Austin": ["S Lamar Blvd", "E Cesar Chavez St", "Duval St"], "Portland": ["SE Belmont St", "NE Alberta St", "N Williams Ave"],
           "Minneapolis": ["Bloomington Ave", "E Lake St", "Cedar Ave S"], "Sacramento": ["Freeport Blvd", "Land Park Dr", "Broadway"],
           "Brooklyn": ["Bergen St", "Nostrand Ave", "Prospect Pl"], "Denver": ["Gaylord St", "E Colfax Ave", "Tennyson St"],
           "Phoenix": ["E Camelback Rd", "N 16th St", "E Indian School Rd"], "Salt Lake City": ["Kensington Ave", "S 900 E", "Harvard Ave"],
           "Raleigh": ["Glenwood Ave", "Oberlin Rd", "Hillsborough St"], "Tacoma": ["N Yakima Ave", "N Proctor St", "S Tacoma Way"],
           "San Antonio": ["Roosevelt Ave", "Calle del Sol", "Broadway St"], "Columbus": ["Parsons Ave", "N High St", "Mulberry Ln"]}
UNITS = ["", "", "", " Apt 2R", " Unit 14", " #305", " Apt B", " Ste 3", " Apt 11C"]

STAFF = [("Brianna Holt", "bholt", "Donor Coordinator"), ("Marcus Leeds", "mleeds", "Surrogacy Case Manager"),
         ("Yesenia Paredes", "yparedes", "Egg Donor Coordinator"), ("Tobias Wren", "twren", "Shipping Lead"),
         ("Keisha Abernathy", "kabernathy", "Intake Specialist"), ("Paul Nakagawa", "pnakagawa", "Escrow Officer")]
DOCS = ["Anita Raman, MD", "Gregory Osei, MD", "Helen Kvist, MD", "Lorraine Pruitt, MD"]
LABSTAFF = ["jwhitford", "mrojas", "svance", "dkhoury", "lpruitt"]
ATTYS = [("Deborah Fine", "dfine@finefamilylaw.com"), ("Samuel Ortiz", "sortiz@ortizartlaw.com"),
         ("Claire Bertrand", "cbertrand@bertrandlegal.com")]
CLINICS = [("Lakeshore Fertility Center", "680 N Lake Shore Dr Ste 1200", "Chicago", "IL", "60611", "3125550147"),
           ("Pacific Reproductive Associates", "9850 Genesee Ave Ste 610", "La Jolla", "CA", "92037", "8585550123"),
           ("Peachtree IVF", "1100 Johnson Ferry Rd Ste 400", "Atlanta", "GA", "30342", "4045550166"),
           ("Front Range Fertility", "1601 E 19th Ave Ste 4500", "Denver", "CO", "80218", "3035550131"),
           ("Kapiolani Reproductive Medicine", "1319 Punahou St 8th Fl", "Honolulu", "HI", "96826", "8085550172")]
CLINIC_CODES = ["LFC", "PRA", "PTIVF", "FRF", "KRM"]

# --------------------------------------------------------------------------- people


class Person:
    pass


SEQ = {"app": 8800, "ip": 3300, "fam": 88200, "case": 180}


def person(first, last, role, sex, middle=""):
    p = Person()
    p.first, p.last, p.role, p.sex, p.middle = first, last, role, sex, middle
    pl = ch(PLACES)
    p.city, p.state, p.area, p.zip, p.county = pl[0], pl[1], pl[2], ch(pl[3]), pl[4]
    p.street = "%d %s%s" % (ri(12, 9890), ch(STREETS[pl[0]]), ch(UNITS))
    p.phone = p.area + str(ri(2, 9)) + "%02d" % ri(0, 99) + "%04d" % ri(0, 9999)
    yr = {"sperm": (1993, 2003), "egg": (1995, 2003), "surrogate": (1986, 1998),
          "ip": (1974, 1991), "child": (2016, 2023), "applicant": (1998, 2005)}[role]
    p.dob = rdate(*yr)
    fa, la = asciify(first).lower().replace(" ", "").replace("'", ""), \
        asciify(last).lower().replace(" ", "").replace("'", "").replace(".", "")
    p.email = ch(["%s.%s%02d@gmail.com" % (fa, la, p.dob.year % 100), "%s%s@yahoo.com" % (fa[0], la),
                  "%s%s@icloud.com" % (fa, la[:3]), "%s_%s@outlook.com" % (fa, la),
                  "%s.%s@proton.me" % (la, fa), "%s%d@gmail.com" % (fa, ri(7, 99)),
                  "%s.%s@hotmail.com" % (fa, la)])
    p.user = ch(["%s.%s%02d" % (fa, la[0], p.dob.year % 100), "%s%s" % (fa[0], la), "%s_%s" % (fa, la[:4]),
                 "%s%d" % (fa, ri(10, 99))])
    p.ssn = ssn()
    p.ip = public_ip()
    p.mrn = ch(["%08d" % ri(1000000, 99999999), "MR%07d" % ri(100000, 9999999), "%d" % ri(400000, 9999999)])
    p.fhir = ch([str(ri(100000, 9999999)), "pat-" + hexs(10)])
    p.acct = str(ri(10 ** 8, 10 ** 12))
    p.cus = "cus_" + alnum(14, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    p.dl = {"CA": "%s%07d" % (ch("ABDFGNY"), ri(0, 9999999)), "TX": "%08d" % ri(10 ** 7, 10 ** 8 - 1),
            "FL": "%s%03d-%03d-%02d-%03d-%d" % (last[0].upper() if last[0].isalpha() else "M", ri(0, 999), ri(0, 999), ri(0, 99), ri(0, 999), ri(0, 9)),
            "NY": "%03d %03d %03d" % (ri(100, 999), ri(0, 999), ri(0, 999)),
            "IL": "%s%03d-%04d-%04d" % (last[0].upper() if last[0].isalpha() else "M", ri(0, 999), ri(0, 9999), ri(0, 9999))}.get(
        p.state, "%s%08d" % (ch("ABCDEFGHJKLMNPRSTWY"), ri(0, 99999999)))
    p.plan = ch(["XEH%09d" % ri(0, 999999999), "W%09d" % ri(0, 999999999), "ZGP%08d" % ri(0, 99999999),
                 "U%010d" % ri(0, 9999999999)])
    p.app = "APP-24-%05d" % (SEQ["app"] + ri(1, 99)); SEQ["app"] += 100
    p.clientno = "IP-%04d" % SEQ["ip"]; SEQ["ip"] += ri(3, 40)
    p.case = "SUR-2024-%04d" % SEQ["case"]; SEQ["case"] += ri(1, 9)
    p.fam = "FAM-%05d" % SEQ["fam"]; SEQ["fam"] += ri(5, 70)
    p.plate = alnum(7, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
    p.bp_serial = "OMR-BP7350-%07d" % ri(0, 9999999)
    p.bp_mac = ":".join("%02X" % ri(0, 255) for _ in range(6))
    p.imei = imei()
    return p


def M_(f, l, mid=""):
    return (f, l, "M", mid)


people = {}
SPERM = [person(*a) for a in [("Tomasz", "Kowalczyk", "sperm", "M", "J"), ("Kalani", "Kealoha", "sperm", "M"),
                              ("Oluwaseun", "Adeyemi", "sperm", "M", "T"), ("Björn", "Lindqvist", "sperm", "M"),
                              ("Farhan", "Chowdhury", "sperm", "M", "R"), ("Jae-won", "Park", "sperm", "M"),
                              ("Tevita", "Taufa", "sperm", "M"), ("Mateus", "Moreira", "sperm", "M", "A"),
                              ("Emeka", "Ibekwe", "sperm", "M", "C")]]
EGG = [person(*a) for a in [("Chidinma", "Okonkwo", "egg", "F", "A"), ("Saoirse", "O'Sullivan", "egg", "F"),
                            ("Giulia", "Bianchi", "egg", "F", "M"), ("Thanh", "Nguyễn", "egg", "F", "T"),
                            ("Leilani", "Nakamura-Reyes", "egg", "F"), ("Nizhoni", "Begay", "egg", "F", "R"),
                            ("Agnieszka", "Wójcik", "egg", "F")]]
GC = [person(*a) for a in [("Mele", "Fonoti", "surrogate", "F", "S"), ("Ximena", "de la Cruz", "surrogate", "F"),
                           ("Esperanza", "Ramírez-Ortega", "surrogate", "F", "L"), ("Renée", "St. Clair", "surrogate", "F"),
                           ("Amara", "Mbeki", "surrogate", "F", "N"), ("Marisol", "Castellanos", "surrogate", "F"),
                           ("Fiona", "Achterberg", "surrogate", "F", "K")]]
IPS_RAW = [[("Rania", "Haddad", "ip", "F"), ("Orly", "Ben-David", "ip", "F")],
           [("Yusuf", "Al-Rashid", "ip", "M"), ("Zoë", "Van der Berg", "ip", "F")],
           [("Hiroshi", "Tanaka", "ip", "M", "K"), ("Mai", "Tanaka", "ip", "F")],
           [("Søren", "Østergaard", "ip", "M"), ("Jean-Baptiste", "Dubois", "ip", "M")],
           [("Inés", "Gutiérrez", "ip", "F", "P")],
           [("Anneliese", "Schäfer", "ip", "F"), ("Dmitri", "Volkov", "ip", "M")],
           [("Priya", "Srinivasan", "ip", "F"), ("Ravi", "Srinivasan", "ip", "M")],
           [("Lucía", "D'Angelo", "ip", "F"), ("Declan", "Mac Giolla Phádraig", "ip", "M")],
           [("Eleni", "Papadopoulos", "ip", "F")]]
COUPLES = []
for grp in IPS_RAW:
    ps = [person(*a) for a in grp]
    for q in ps[1:]:
        q.clientno, q.case, q.fam, q.street, q.city, q.state, q.zip, q.county, q.cus = \
            ps[0].clientno, ps[0].case, ps[0].fam, ps[0].street, ps[0].city, ps[0].state, ps[0].zip, ps[0].county, ps[0].cus
    COUPLES.append(ps)
IPS = [p for c in COUPLES for p in c]
KIDS = [person(*a) for a in [("Noor", "Haddad-Ben-David", "child", "F"), ("Kai", "Tanaka", "child", "M"),
                             ("Elsa", "Østergaard-Dubois", "child", "F"), ("Mateo", "Gutiérrez", "child", "M"),
                             ("Ada", "Volkov", "child", "F"), ("Liam", "Mac Giolla Phádraig", "child", "M")]]
KID_FAM = {0: 0, 1: 2, 2: 3, 3: 4, 4: 5, 5: 7}
for ki, ci in KID_FAM.items():
    KIDS[ki].fam = COUPLES[ci][0].fam
APPL = [person(*a) for a in [("Keanu", "Akana", "applicant", "M"), ("Hamid", "Mansouri", "applicant", "M", "S"),
                             ("Wiremu", "Tane", "applicant", "M"), ("Bao", "Tran", "applicant", "F", "N"),
                             ("Aisling", "Kearney", "applicant", "F"), ("Kwame", "Boateng", "applicant", "M", "O"),
                             ("Valentina", "Ruiz-Llorente", "applicant", "F")]]
for i, p in enumerate(SPERM):
    p.donor = str(4100 + i * 137 + ri(0, 60))
for i, p in enumerate(EGG):
    p.donor = "ED-%04d" % (2200 + i * 41 + ri(0, 30))
for i, p in enumerate(GC):
    p.gc = "GC-%04d" % (400 + i * 9 + ri(0, 8))
# match each surrogate with a couple, and donors to couples
for i, p in enumerate(GC):
    p.couple = COUPLES[i % len(COUPLES)]
    p.case = p.couple[0].case
for ci, c in enumerate(COUPLES):
    for q in c:
        q.sperm_donor = SPERM[ci % len(SPERM)]
        q.egg_donor = EGG[ci % len(EGG)]
for ki, ci in KID_FAM.items():
    KIDS[ki].donor = COUPLES[ci][0].sperm_donor


def nm(p, st="fl"):
    f, l = p.first, p.last
    if st == "fl":
        return "%s %s" % (f, l)
    if st == "lf":
        return "%s, %s" % (l, f)
    if st == "FL":
        return ("%s %s" % (f, l)).upper()
    if st == "LF":
        return ("%s, %s" % (l, f)).upper()
    if st == "low":
        return ("%s %s" % (f, l)).lower()
    if st == "ifl":
        return "%s. %s" % (f[0], l)
    if st == "fml":
        return "%s %s. %s" % (f, p.middle or "J", l)
    if st == "lfi":
        return "%s, %s." % (l, f[0])
    if st == "first":
        return f
    raise ValueError(st)


def anyname(p):
    return nm(p, ch(["fl", "fl", "lf", "FL", "LF", "low", "ifl", "fml", "lfi"]))


def donor_tok(p):
    """Return parts for a donor number in varied written forms."""
    if p.role == "egg":
        return [(p.donor, "other_id")]
    f = ch(["NSC", "hash", "plain", "donor"])
    if f == "NSC":
        return [("NSC-" + p.donor, "other_id")]
    if f == "hash":
        return ["#", (p.donor, "other_id")]
    if f == "donor":
        return ["Donor ", (p.donor, "other_id")]
    return [(p.donor, "other_id")]


def addr1(p):
    return "%s, %s, %s %s" % (p.street, p.city, p.state, p.zip)


# --------------------------------------------------------------------------- generators
# Each generator returns a list of mk(...) tuples.

UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2.1 Safari/605.1.15"]
PODS = ["donor-portal-6d8f9b7c5-qz2lm", "donor-portal-6d8f9b7c5-x8r4t", "applicant-api-7c9d4f8b6-m2kfp",
        "applicant-api-7c9d4f8b6-vw9hz", "lims-bridge-5b7f6d9c8-2hxkq", "escrow-svc-84b6c7d9f-tn6pj"]
STEPS = ["contact", "eligibility", "medical-history", "family-history", "education", "photos", "consent", "review"]


def g_nginx_noise():
    t = t_nginx()
    v = ch([("10.42.%d.%d" % (ri(0, 9), ri(2, 250)), "GET /healthz HTTP/1.1", 200, 2, "-", "kube-probe/1.28"),
            ("10.42.%d.%d" % (ri(0, 9), ri(2, 250)), "GET /api/ready HTTP/1.1", 200, 15, "-", "kube-probe/1.28"),
            ("66.249.66.%d" % ri(1, 200), "GET /donors/search?eyes=blue&cmv=neg HTTP/1.1", 200, ri(18000, 42000), "-",
             "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"),
            ("157.55.39.%d" % ri(1, 200), "GET /robots.txt HTTP/1.1", 200, 148, "-", "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)"),
            ("10.42.%d.%d" % (ri(0, 9), ri(2, 250)), "GET /_next/static/chunks/app/apply/%%5Bstep%%5D/page-%s.js HTTP/1.1" % hexs(16), 200, ri(4000, 90000),
             "https://apply.northstarcryo.com/apply/contact", ch(UA)),
            ("52.%d.%d.%d" % (ri(0, 255), ri(0, 255), ri(1, 254)), "POST /webhooks/stripe HTTP/1.1", 200, 17, "-", "Stripe/1.0 (+https://stripe.com/docs/webhooks)"),
            ("34.%d.%d.%d" % (ri(0, 255), ri(0, 255), ri(1, 254)), "POST /webhooks/docusign/connect HTTP/1.1", 202, 0, "-", "DocuSign Connect/2.1")])
    return [mk("nginx_access", '%s - - [%s] "%s" %d %d "%s" "%s" rt=%.3f uct="0.000" uht=%.3f' % (
        v[0], t, v[1], v[2], v[3], v[4], v[5], ri(1, 400) / 1000, ri(1, 400) / 1000))]


def g_nginx_portal():
    p = ch(APPL + SPERM + EGG + IPS)
    t = t_nginx()
    ip = ch([p.ip, p.ip, ip6()])
    if p.role == "ip":
        path_parts = ch([["/portal/intended-parents/matches"], ["/portal/escrow/statement"], ["/portal/documents"],
                         ["/donors/", (p.sperm_donor.donor, "other_id"), "/favorite"]])
    elif p.role in ("sperm", "egg"):
        path_parts = ["/donor-hub/schedule?visit=donation"]
    else:
        path_parts = ["/api/applications/", (p.app, "other_id"), "/steps/" + ch(STEPS)]
    meth = "POST" if p.role == "applicant" else "GET"
    return [mk("nginx_access", (ip, "ip"), ' - - [%s] "%s ' % (t, meth), path_parts,
               ' HTTP/2.0" %d %d "https://apply.northstarcryo.com/apply/%s" "%s" rt=%.3f' % (
                   ch([200, 200, 201, 204, 422]), ri(90, 4000), ch(STEPS), ch(UA), ri(5, 900) / 1000))]


def g_next_noise():
    c = ri(0, 9)
    if c == 0:
        return [mk("nextjs", "  \u25b2 Next.js 14.2.3")]
    if c == 1:
        return [mk("nextjs", " \u2713 Compiled /apply/[step] in %dms (%d modules)" % (ri(300, 2400), ri(900, 2600)))]
    if c == 2:
        return [mk("nextjs", " \u2713 Ready in %.1fs" % (ri(8, 40) / 10))]
    if c == 3:
        return [mk("nextjs", " \u26a0 Unsupported metadata viewport is configured in metadata export in /apply/%s. Please move it to viewport export instead." % ch(STEPS))]
    if c == 4:
        return [mk("nextjs", " \u2a2f Error: connect ECONNREFUSED %s:6379\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)".replace("\n", "\\n") % private_ip())]
    return [mk("nextjs", J({"level": 30, "time": int(t_epoch_ms()), "pid": ri(18, 60), "hostname": ch(PODS[:2]),
                            "reqId": "req-" + hexs(6), "req": {"method": ch(["GET", "GET", "POST"]), "url": ch(["/api/healthz", "/api/catalog?page=%d" % ri(1, 30), "/api/session"]),
                                                               "remoteAddress": "::ffff:" + private_ip()},
                            "res": {"statusCode": ch([200, 200, 304])}, "responseTime": ri(2, 300), "msg": "request completed"}))]


def g_next_phi():
    p = ch(APPL)
    c = ri(0, 4)
    if c == 0:
        return [mk("nextjs", J({"level": 30, "time": int(t_epoch_ms()), "pid": ri(18, 60), "hostname": ch(PODS[:2]),
                                "reqId": "req-" + hexs(6), "req": {"method": "POST", "url": M("/api/applications/", (p.app, "other_id"), "/steps/contact"),
                                                                   "remoteAddress": P(p.ip, "ip")},
                                "applicant": {"email": P(p.email, "email"), "mobile": P(pf(p.phone, ch(["e164", "paren", "dash"])), "phone"),
                                              "zip": P(p.zip, "zip")}, "msg": "contact step saved"}))]
    if c == 1:
        return [mk("nextjs", J({"level": 40, "time": int(t_epoch_ms()), "pid": ri(18, 60), "hostname": ch(PODS[:2]),
                                "msg": "address verification failed", "input": {"line1": P(p.street, "address"), "city": P(p.city, "address"),
                                                                                "state": p.state, "zip": P(p.zip, "zip")},
                                "smarty": {"dpv_match_code": ch(["N", "D", "S"]), "footnotes": "A1"}}))]
    if c == 2:
        return [mk("nextjs", "[middleware] session ok user=", (p.user, "other_id"), " sid=%s ip=" % hexs(12), (p.ip, "ip"),
                   " -> /apply/%s" % ch(STEPS))]
    if c == 3:
        young = [q for q in APPL if q.dob > datetime.date(2003, 3, 14)]
        if young:
            p = ch(young)
            what = "Applicant age out of range (dob="
            tail = ", min=21, max=34) for "
        else:
            what = "Applicant height below program minimum (dob="
            tail = ", height_in=%d, min=68) for " % ri(62, 67)
        return [mk("nextjs", " \u2a2f Error: " + what, (df(p.dob, ch(["iso", "us"])), "date"),
                   tail, (p.email, "email"), "\\n    at validateEligibility (./app/apply/[step]/actions.ts:%d:%d) {\\n  digest: '%d'\\n}" % (ri(20, 90), ri(5, 30), ri(10 ** 9, 4 * 10 ** 9)))]
    return [mk("nextjs", " POST /api/apply/upload 413 in %dms - photo too large (applicant=" % ri(40, 300), (p.app, "other_id"),
               ", file=IMG_%04d.HEIC, %.1fMB)" % (ri(1000, 9999), ri(110, 250) / 10))]


def nest(pid, lvl, ctx, *msg):
    return ["[Nest] %d  - %s %7s [%s] " % (pid, t_nest(), lvl, ctx), list(msg), " +%dms" % ri(0, 40)]


def g_nest_noise():
    pid = ch([27, 27, 31])
    c = ri(0, 8)
    opts = [("LOG", "NestFactory", "Starting Nest application..."),
            ("LOG", "InstanceLoader", "TypeOrmModule dependencies initialized"),
            ("LOG", "RoutesResolver", "ApplicantsController {/api/v1/applicants}:"),
            ("LOG", "RouterExplorer", "Mapped {/api/v1/applicants/:id/consent, POST} route"),
            ("LOG", "NestApplication", "Nest application successfully started"),
            ("LOG", "HealthController", "GET /health ok db=up redis=up s3=up latency_ms=%d" % ri(2, 40)),
            ("LOG", "DonorEligibilityCron", "scanned %d active donors, %d with RCDAD tests expiring within 30d" % (ri(180, 420), ri(0, 9))),
            ("WARN", "BullMQ", "queue 'bg-checks' stalled job %d moved back to wait" % ri(1000, 99999)),
            ("ERROR", "S3UploadService", "PutObject failed: SlowDown (503) bucket=nsc-applicant-media-prod key=tmp/%s.heic retry=%d" % (uuid4(), ri(1, 3)))]
    lvl, ctx, msg = opts[c]
    return [mk("nestjs", nest(pid, lvl, ctx, msg))]


def g_nest_phi():
    pid = ch([27, 31])
    p = ch(APPL + SPERM + EGG)
    c = ri(0, 8)
    if c == 0:
        other = ch(APPL)
        return [mk("nestjs", nest(pid, "WARN", "ApplicantsService", "Duplicate application: email=", (p.email, "email"), " dob=",
                                  (df(p.dob, "iso"), "date"), " matches existing ", (other.app, "other_id")))]
    if c == 1:
        return [mk("nestjs", nest(pid, "ERROR", "W9Service", 'IRS TIN match failed for payee "', (nm(p, "lf"), "name"), '" tin=', (p.ssn, "ssn"),
                                  " code=%d (TIN and name combination does not match)" % ch([3, 4])))]
    if c == 2:
        return [mk("nestjs", nest(pid, "LOG", "IdVerificationService", "Persona inquiry inq_%s completed: dl_number=" % alnum(16, "abcdefghijkmnpqrstuvwxyz0123456789"),
                                  (p.dl, "license"), " dl_state=%s dob=" % p.state, (df(p.dob, "iso"), "date"), " selfie_match=%.2f" % (ri(88, 99) / 100)))]
    if c == 3:
        rel = ch(["maternal_grandmother", "paternal_grandfather", "paternal_grandmother"])
        cond = ch(["Alzheimer's disease", "osteoarthritis", "macular degeneration", "atrial fibrillation"])
        return [mk("nestjs", nest(pid, "DEBUG", "MedicalHistoryService", "family history saved applicant=", (p.app, "other_id"),
                                  " relation=%s condition=\"%s\" current_age=" % (rel, cond), (str(ri(90, 101)), "age")))]
    if c == 4:
        return [mk("nestjs", nest(pid, "LOG", "CheckrWebhook", "report.completed candidate=", (nm(p, "fl"), "name"),
                                  " status=%s ssn_trace=clear county_search=" % ch(["clear", "consider"]), (p.county, "address")))]
    if c == 6:
        return [mk("nestjs", nest(pid, "VERBOSE", "CheckrClient", "POST /v1/candidates ", J({"first_name": P(p.first, "name"), "last_name": P(p.last, "name"),
                                                                                       "dob": P(df(p.dob, "iso"), "date"), "ssn": P(p.ssn, "ssn"), "zipcode": P(p.zip, "zip"),
                                                                                       "email": P(p.email, "email"), "work_locations": [{"country": "US", "state": p.state}]})))]
    if c == 7:
        return [mk("nestjs", nest(pid, "DEBUG", "PhotoService", "face crop ok applicant=", (p.app, "other_id"), " bbox=[%d,%d,%d,%d] thumb=" % (ri(40, 200), ri(40, 200), ri(300, 600), ri(300, 600)),
                                  ("data:image/jpeg;base64," + fake_jpeg_b64(ri(60, 120)), "photo")))]
    if c == 8:
        return [mk("nestjs", nest(pid, "LOG", "EducationStepHandler", "saved applicant=", (p.app, "other_id"), " degree=\"%s\" portfolio=" % ch(["BFA Illustration", "BS Computer Science", "MM Jazz Studies"]),
                                  ("https://%s%s.com" % (asciify(p.first).lower(), asciify(p.last).lower().replace(" ", "").replace("'", "").replace("-", "")), "url")))]
    return [mk("nestjs", nest(pid, "ERROR", "ExceptionsHandler", 'QueryFailedError: duplicate key value violates unique constraint "UQ_applicant_email" (email)=(',
                              (p.email, "email"), ")"))]


def g_typeorm():
    p = ch(APPL)
    c = ri(0, 2)
    if c == 2:
        q = ch(SPERM + EGG + GC)
        return [mk("typeorm", 'query: INSERT INTO "payee_tax_info"("payee_ref", "legal_name", "tin_type", "tin", "address_line1", "city", "postal_code") VALUES ($1, $2, $3, $4, $5, $6, $7) -- PARAMETERS: ["',
                   (getattr(q, "gc", None) or q.donor, "other_id"), '","', (nm(q, "fl"), "name"), '","SSN","', (q.ssn.replace("-", "") if ri(0, 1) else q.ssn, "ssn"), '","',
                   (q.street, "address"), '","', (q.city, "address"), '","', (q.zip, "zip"), '"]')]
    if c == 1:
        return [mk("typeorm", 'query: INSERT INTO "applicant"("first_name", "last_name", "dob", "email", "phone", "postal_code", "created_at") VALUES ($1, $2, $3, $4, $5, $6, DEFAULT) RETURNING "id", "created_at" -- PARAMETERS: ["',
                   (p.first, "name"), '","', (p.last, "name"), '","', (df(p.dob, "iso"), "date"), '","', (p.email, "email"), '","',
                   (pf(p.phone, "e164"), "phone"), '","', (p.zip, "zip"), '"]')]
    return [mk("typeorm", 'query: SELECT "a"."id", "a"."status" FROM "applicant" "a" WHERE lower("a"."email") = $1 AND "a"."dob" = $2 LIMIT 1 -- PARAMETERS: ["',
               (p.email, "email"), '","', (df(p.dob, "iso"), "date"), '"]')]


def g_typeorm_noise():
    return [mk("typeorm", ch(['query: SELECT * FROM current_schema()',
                              'query: START TRANSACTION',
                              'query: COMMIT',
                              'query: SELECT "migrations"."id", "migrations"."timestamp", "migrations"."name" FROM "migrations" ORDER BY "id" DESC',
                              'query: UPDATE "donor_lot" SET "vials_available" = "vials_available" - $1 WHERE "lot_no" = $2 -- PARAMETERS: [%d,"L24-%04d"]' % (ri(1, 4), ri(1, 9999)),
                              'query is slow: SELECT "d"."donor_no", count(*) FROM "vial" "d" GROUP BY "d"."donor_no" -- execution time: %d' % ri(1100, 4800)]))]


# ---- donor profiles

def g_profile_public():
    p = ch(SPERM)
    o = {"donorNumber": P(p.donor, "other_id"), "bank": "NSC", "program": ch(["ID_RELEASE", "ANONYMOUS", "ID_RELEASE"]),
         "status": ch(["AVAILABLE", "AVAILABLE", "LIMITED", "SOLD_OUT"]), "heightIn": ri(67, 77), "weightLb": ri(150, 210),
         "eyes": ch(["Brown", "Hazel", "Blue", "Green", "Dark brown"]), "hair": ch(["Black, curly", "Brown, wavy", "Blond, straight", "Black, straight"]),
         "bloodType": ch(["O+", "A+", "B+", "O-", "AB+"]), "cmv": ch(["NEG", "POS"]),
         "ancestry": ch([["Polish"], ["Native Hawaiian", "Japanese"], ["Nigerian (Yoruba)"], ["Swedish"], ["Bangladeshi"], ["Korean"], ["Tongan"], ["Brazilian", "Portuguese"], ["Nigerian (Igbo)", "Irish"]]),
         "education": ch(["BS Mechanical Engineering", "MA Music Performance", "PhD candidate, Biochemistry", "BA Economics", "RN"]),
         "vials": {"ICI": ri(0, 12), "IUI": ri(0, 25)}, "familyLimitReached": False, "updatedAt": t_iso()}
    return [mk("donor_profile_json", J(o))]


def g_profile_identity():
    p = ch(SPERM + EGG)
    o = {"donor_no": P(p.donor, "other_id"), "program": "open_identity",
         "identity_release": {"consent_signed": True, "release_at": "offspring_age_18",
                              "legal_name": P(nm(p, ch(["fl", "fml"])), "name"), "dob": P(df(p.dob, "iso"), "date"),
                              "contact": {"email": P(p.email, "email"), "phone": P(pf(p.phone, ch(["dash", "paren", "raw"])), "phone")},
                              "last_known_address": P(addr1(p), "address")}}
    if ri(0, 3):
        o["identity_release"]["links"] = [P(ch(["https://www.instagram.com/%s%s/", "https://%s%s.carrd.co", "https://www.linkedin.com/in/%s-%s"]) % (asciify(p.first).lower(), ch(["surfs", "runs", "_photo", ".art", str(ri(10, 99))])), "url")]
    o["family_history"] = {"paternal_grandmother": {"status": "living", "age": P(ri(90, 98), "age")},
                           "maternal_grandfather": {"status": "deceased", "age_at_death": ri(71, 88), "cause": "myocardial infarction"}}
    o["audit"] = {"updated_by": ch(LABSTAFF), "updated_at": t_iso()}
    return [mk("donor_profile_json", J(o, sp=ri(0, 1) == 1))]


def g_profile_egg():
    p = ch(EGG)
    cyc = [{"retrievalDate": P(df(near(-700 + 300 * k, -340 + 300 * k), "iso"), "date"), "oocytes": n, "mii": ri(n * 6 // 10, n), "clinic": ch(CLINIC_CODES)}
           for k, n in enumerate([ri(9, 28) for _ in range(ri(1, 2))])]
    o = {"donorCode": P(p.donor, "other_id"), "type": ch(["fresh", "frozen_bank"]), "ageAtLastCycle": ri(22, 30),
         "amh_ng_ml": ri(18, 72) / 10, "afc": ri(14, 34), "bmi": ri(190, 290) / 10, "priorCycles": cyc,
         "photoAdult": P("data:image/jpeg;base64," + fake_jpeg_b64(ri(90, 160)), "photo") if ri(0, 1) == 0 else None,
         "matchStatus": ch(["open", "reserved", "in_cycle"])}
    if o["photoAdult"] is None:
        del o["photoAdult"]
    return [mk("donor_profile_json", J(o))]


# ---- carrier screening

GENES = [("CFTR", "c.1521_1523delCTT (p.Phe508del)", "Cystic fibrosis"), ("SMN1", "1 copy (deletion carrier)", "Spinal muscular atrophy"),
         ("HBB", "c.20A>T (p.Glu7Val)", "Sickle cell disease"), ("GJB2", "c.35delG", "Nonsyndromic hearing loss"),
         ("HEXA", "c.1274_1277dupTATC", "Tay-Sachs disease"), ("FMR1", "CGG repeats 31/58 (intermediate)", "Fragile X syndrome"),
         ("GBA", "c.1226A>G (p.Asn409Ser)", "Gaucher disease"), ("PAH", "c.1222C>T (p.Arg408Trp)", "Phenylketonuria"),
         ("HBA1/HBA2", "-a3.7 silent carrier", "Alpha-thalassemia"), ("DHCR7", "c.964-1G>C", "Smith-Lemli-Opitz syndrome")]


def accn():
    return ch(["GQ24-%07d" % ri(0, 9999999), "FS24-%07d" % ri(0, 9999999), "A%09d" % ri(0, 999999999)])


def g_carrier_csv():
    out = [mk("carrier_screen_csv", "accession,donor_no,patient_name,dob,collection_date,panel,gene,variant,classification,carrier_status")]
    for _ in range(ri(2, 4)):
        p = ch(SPERM + EGG)
        g = ch(GENES)
        carrier = ri(0, 2) == 0
        out.append(mk("carrier_screen_csv", (accn(), "other_id"), ",", (p.donor, "other_id"), ',"', (nm(p, "LF"), "name"), '",',
                      (df(p.dob, "iso"), "date"), ",", (df(near(-90, -5), "iso"), "date"),
                      ",Expanded Carrier 522,%s,%s,%s,%s" % (g[0], g[1] if carrier else "", "Pathogenic" if carrier else "", "CARRIER" if carrier else "NEGATIVE")))
    return out


def g_carrier_pipe():
    p = ch(SPERM + EGG + IPS)
    g = ch(GENES)
    return [mk("carrier_screen_pipe", (accn(), "other_id"), "|", (nm(p, "LF").replace(", ", ","), "name"), "|", (df(p.dob, ch(["us", "hl7"])), "date"),
               "|%s|%s|%s|%s|Residual risk 1 in %s" % ("F" if p.sex == "F" else "M", g[0], g[1], ch(["Pathogenic", "Likely pathogenic"]), ch(["1,000", "632", "2,600", "39"])))]


def g_carrier_json():
    p = ch(SPERM + EGG)
    g = ch(GENES)
    o = {"event": "report.finalized", "accession": P(accn(), "other_id"), "lab": "GenomiQ Diagnostics", "clia": "05D2148831",
         "orderingProvider": {"name": ch(DOCS), "npi": str(ri(1000000000, 1999999999))},
         "patient": {"firstName": P(p.first, "name"), "lastName": P(p.last, "name"), "dateOfBirth": P(df(p.dob, "iso"), "date"),
                     "sexAtBirth": "male" if p.sex == "M" else "female", "externalId": P(("NSC-" + p.donor) if p.role == "sperm" else p.donor, "other_id")},
         "specimen": {"type": "saliva" if ri(0, 1) else "whole blood", "collectedAt": P(df(near(-60, -3), "iso"), "date")},
         "summary": {"genesTested": 522, "positiveGenes": [g[0]] if ri(0, 1) else [], "fragileX": "normal"},
         "reportId": "rpt_" + hexs(20)}
    return [mk("carrier_screen_json", J(o))]


def g_carrier_noise():
    return [mk("carrier_screen_json", J({"event": ch(["batch.received", "batch.qc_passed"]), "batchId": "B24-%05d" % ri(0, 99999), "lab": "GenomiQ Diagnostics",
                                         "samples": ri(12, 96), "panel": "Expanded Carrier 522", "pipelineVersion": "v%d.%d.%d" % (ri(3, 5), ri(0, 12), ri(0, 9)),
                                         "receivedAt": t_iso()}))]


# ---- cryostorage

def vial():
    return "V%08d" % ri(0, 99999999)


def g_cryo_csv():
    out = []
    hdr = ri(0, 2) > 0
    if hdr:
        out.append(mk("cryo_inventory_csv", "tank_id,canister,cane,cane_color,level,vial_barcode,donor_no,specimen_type,collection_date,vials,tmc_per_vial_m,post_thaw_motility_pct,reserved_for,status"))
    for _ in range(ri(2, 5)):
        p = ch(SPERM)
        res = ch([None, None, ch(COUPLES)[0]])
        status = ch(["AVAILABLE", "QUARANTINE", "RESERVED", "AVAILABLE"]) if res is None else "RESERVED"
        out.append(mk("cryo_inventory_csv", "T%02d,C%d,CANE-%s,%s,%s,%s," % (ri(1, 14), ri(1, 6), ch("ABCDEFGH"), ch(["red", "blue", "yellow", "green", "white"]), ch(["upper", "lower"]), vial()),
                      (p.donor, "other_id"), ",%s," % ch(["IUI", "ICI", "ICI", "ART"]), (df(near(-400, -190), "iso"), "date"),
                      ",%d,%.1f,%d," % (ri(1, 6), ri(100, 400) / 10, ri(35, 65)), [(res.clientno, "other_id")] if res else "", ",%s" % status))
    return out


def g_cryo_embryo():
    c = ch(COUPLES)
    p = c[0]
    return [mk("cryo_inventory_csv", "EMB;T%02d;C%d;CANE-%s;straw=E-%05d;patient=" % (ri(1, 14), ri(1, 6), ch("ABCDEFGH"), ri(0, 99999)),
               (nm(p, "LF"), "name"), ";mrn=", (p.mrn, "mrn"), ";day=%d;grade=%s;pgt=%s;frozen=" % (ch([5, 6]), ch(["4AA", "5AB", "4BB", "3BA"]), ch(["euploid", "euploid", "mosaic-low"])),
               (df(near(-500, -30), ch(["us", "iso", "dmon"])), "date"), ";consent_disposition=%s" % ch(["donate_research", "thaw_discard", "donate_family"]))]


def g_tankmon():
    return [mk("tank_monitor", "%s cryo-mon-0%d tankmond[%d]: T%02d LN2=%d%% temp=%.1fC lid=%s alarm=%s sensor=SN-TM-%05d" % (
        t_sys(), ri(1, 2), ri(900, 1400), ri(1, 14), ri(48, 96), -ri(1880, 1962) / 10, ch(["closed", "closed", "open"]), ch(["OK", "OK", "OK", "LOW_LEVEL"]), ri(0, 99999)))]


def g_lims_noise():
    c = ri(0, 3)
    if c == 0:
        return [mk("lims_audit", "%s|AUDIT|user=system|action=NIGHTLY_RECONCILE|tanks=14|positions_checked=%d|mismatches=%d" % (t_iso(), ri(5000, 6000), ri(0, 2)))]
    if c == 1:
        return [mk("lims_audit", "%s|AUDIT|user=%s|action=LN2_FILL|tank=T%02d|before_pct=%d|after_pct=%d|dewar_lot=AIRGAS-%d" % (t_iso(), ch(LABSTAFF), ri(1, 14), ri(40, 60), ri(88, 99), ri(10000, 99999)))]
    if c == 2:
        return [mk("lims_audit", "%s|ESIG|user=%s|meaning=Reviewed|record=SOP-CRYO-0%d rev %s|21CFR11=Y" % (t_iso(), ch(LABSTAFF), ri(10, 40), ch("BCDE")))]
    return [mk("lims_audit", "%s|AUDIT|user=%s|action=LOGIN|ws=LAB-WS-%02d|ip=%s|result=SUCCESS" % (t_iso(), ch(LABSTAFF), ri(1, 20), private_ip()))]


def g_lims_phi():
    c = ri(0, 2)
    if c == 0:
        p = ch(SPERM)
        cp = ch(COUPLES)[0]
        return [mk("lims_audit", "%s|AUDIT|user=%s|action=MOVE_SPECIMEN|vial=%s|from=T%02d/C%d/CANE-%s/%d|to=SHIP-DS-%03d|reason=Release to clinic|donor=" % (
            t_iso(), ch(LABSTAFF), vial(), ri(1, 14), ri(1, 6), ch("ABCDEFGH"), ri(1, 6), ri(1, 60)),
            (p.donor, "other_id"), "|recipient=", (cp.clientno, "other_id"), "|witness=%s" % ch(LABSTAFF))]
    if c == 1:
        p = ch(SPERM)
        return [mk("lims_audit", "%s|AUDIT|user=%s|action=RELEASE_QUARANTINE|donor=" % (t_iso(), ch(LABSTAFF)), (p.donor, "other_id"),
                   "|collections=", (df(near(-220, -200), "iso"), "date"), "..", (df(near(-199, -181), "iso"), "date"),
                   "|retest_draw=", (df(near(-10, -1), "iso"), "date"), "|retest=NONREACTIVE|esig=lpruitt")]
    p = ch(SPERM + EGG)
    return [mk("lims_audit", "%s|AUDIT|user=%s|action=EDIT_FIELD|table=donor|key=" % (t_iso(), ch(LABSTAFF)), (p.donor, "other_id"),
               "|field=dob|old=", (df(p.dob + datetime.timedelta(days=ri(1, 30)), "iso"), "date"), "|new=", (df(p.dob, "iso"), "date"),
               "|reason=transcription error vs. DL")]


def g_fingerprint():
    p = ch(SPERM)
    return [mk("donor_checkin", "%s INFO  checkin.kiosk[KIOSK-%02d] donor=" % (t_py(), ri(1, 4)), (p.donor, "other_id"),
               " visit=donation fp_match=%.3f template=" % (ri(950, 999) / 1000), (fmr_b64(ri(60, 110)), "biometric"),
               " abstinence_days=%d" % ri(2, 5))]


def g_checkin_noise():
    return [mk("donor_checkin", "%s INFO  checkin.kiosk[KIOSK-%02d] scanner=%s firmware=%s status=%s" % (
        t_py(), ri(1, 4), ch(["U.are.U 5300", "Lumidigm V311"]), ch(["3.1.7", "4.0.2"]), ch(["ready", "ready", "calibrating"])))]


# ---- FedEx

def fedex_trk():
    return ch(["7%011d" % ri(0, 99999999999), "39%010d" % ri(0, 9999999999)])


def g_fedex_clinic():
    cl = ch(CLINICS)
    o = {"transactionId": uuid4(), "output": {"completeTrackResults": [{"trackingNumber": fedex_trk(), "trackResults": [{
        "latestStatusDetail": dict(zip(("code", "description"), ch([("IT", "In transit"), ("OD", "On FedEx vehicle for delivery"), ("DL", "Delivered"), ("PU", "Picked up")]))),
        "recipientInformation": {"address": {"city": cl[2].upper(), "stateOrProvinceCode": cl[3], "postalCode": cl[4], "countryCode": "US"}},
        "serviceDetail": {"type": "PRIORITY_OVERNIGHT"}, "packageDetails": {"packagingDescription": {"type": "YOUR_PACKAGING"}, "weightAndDimensions": {"weight": [{"value": str(ri(18, 32)), "unit": "LB"}]}},
        "customerReferences": [{"type": "CUSTOMER_REFERENCE", "value": "SO-%06d" % ri(0, 999999)}, {"type": "P_O_NUMBER", "value": "DS-%03d" % ri(1, 60)}]}]}]}}
    return [mk("fedex_track_json", J(o))]


def g_fedex_home():
    cp = ch(COUPLES)
    p = cp[0]
    o = {"requestedShipment": {"shipDatestamp": df(near(0, 3), "iso"), "serviceType": "PRIORITY_OVERNIGHT", "packagingType": "YOUR_PACKAGING",
                               "shipper": {"contact": {"personName": "Shipping Dept", "companyName": "Northstar Cryobank", "phoneNumber": "6125550110"},
                                           "address": {"streetLines": ["2200 Kennedy St NE"], "city": "Minneapolis", "stateOrProvinceCode": "MN", "postalCode": "55413", "countryCode": "US"}},
                               "recipients": [{"contact": {"personName": P(nm(p, ch(["fl", "FL"])), "name"), "phoneNumber": P(pf(p.phone, "raw"), "phone"),
                                                           "emailAddress": P(p.email, "email")},
                                               "address": {"streetLines": [P(p.street, "address")], "city": P(p.city, "address"), "stateOrProvinceCode": p.state,
                                                           "postalCode": P(p.zip, "zip"), "countryCode": "US", "residential": True}}],
                               "shippingChargesPayment": {"paymentType": "SENDER"},
                               "requestedPackageLineItems": [{"customerReferences": [{"customerReferenceType": "CUSTOMER_REFERENCE", "value": M("ICI home kit / ", (p.clientno, "other_id"))}],
                                                              "weight": {"units": "LB", "value": 24}}]},
         "labelResponseOptions": "URL_ONLY", "accountNumber": {"value": "740561073"}}
    return [mk("fedex_ship_json", "POST /ship/v1/shipments request=", J(o))]


def g_fedex_log():
    return [mk("fedex_ship_json", "%s INFO  shipping.fedex - tracking %s status=%s dryshipper=CXV-100-%05d logger=TL-%06d temp_c=%.1f" % (
        t_py(), fedex_trk(), ch(["IT", "DL", "OD"]), ri(0, 99999), ri(0, 999999), -ri(1850, 1960) / 10))]


# ---- DocuSign

def g_docusign_json():
    c = ch(COUPLES)
    gc = ch([g for g in GC if g.couple is c] or GC)
    kind = ri(0, 1)
    atty = ch(ATTYS)
    signers = [{"name": P(nm(q, ch(["fl", "fl", "fml"])), "name"), "email": P(q.email, "email"), "status": "completed", "routingOrder": str(i + 1),
                "recipientIdGuid": uuid4()} for i, q in enumerate(c)]
    if kind == 0:
        subj = M("Gestational Carrier Agreement \u2013 Case ", (c[0].case, "other_id"))
        signers.append({"name": P(nm(gc, "fl"), "name"), "email": P(gc.email, "email"), "status": ch(["completed", "sent", "delivered"]), "routingOrder": str(len(c) + 1), "recipientIdGuid": uuid4()})
    else:
        ed = c[0].egg_donor
        subj = M("Egg Donation Agreement \u2013 Donor ", (ed.donor, "other_id"), " / IPs ", (c[0].last, "name"))
    signers.append({"name": atty[0] + ", Esq.", "email": atty[1], "status": "completed", "routingOrder": str(len(signers) + 1), "recipientIdGuid": uuid4()})
    o = {"event": ch(["envelope-completed", "recipient-completed", "envelope-sent"]), "apiVersion": "v2.1", "uri": "/restapi/v2.1/accounts/%s/envelopes/%s" % (uuid4(), uuid4()),
         "retryCount": 0, "configurationId": 10482391, "generatedDateTime": t_iso(),
         "data": {"accountId": uuid4(), "envelopeId": uuid4(), "envelopeSummary": {"status": "completed", "emailSubject": subj,
                                                                                   "recipients": {"signers": signers}}}}
    return [mk("docusign_connect_json", J(o))]


def g_docusign_xml():
    c = ch(COUPLES)
    p = ch(c)
    return [mk("docusign_connect_xml", '<?xml version="1.0" encoding="utf-8"?><DocuSignEnvelopeInformation xmlns="http://www.docusign.net/API/3.0"><EnvelopeStatus><RecipientStatuses><RecipientStatus><Type>Signer</Type><Email>',
               (p.email, "email"), "</Email><UserName>", (nm(p, "fl"), "name"), "</UserName><RoutingOrder>1</RoutingOrder><Status>Completed</Status><TabStatuses><TabStatus><TabType>DateSigned</TabType><TabLabel>ip_dob</TabLabel><TabValue>",
               (df(p.dob, "us"), "date"), "</TabValue></TabStatus></TabStatuses></RecipientStatus></RecipientStatuses><EnvelopeID>%s</EnvelopeID><Subject>Escrow Funding Instructions \u2013 " % uuid4(),
               (c[0].case, "other_id"), "</Subject><Status>Completed</Status></EnvelopeStatus></DocuSignEnvelopeInformation>")]


def g_docusign_noise():
    return [mk("docusign_connect_json", "%s INFO  [docusign-listener] connect batch processed events=%d hmac_valid=%d failures=0 config=10482391 latency_ms=%d" % (
        t_py(), ri(1, 30), ri(1, 30), ri(20, 900)))]


# ---- Stripe / ACH

def g_stripe_noise():
    c = ch([0, 0, 1, 1, 1, 3, 3, 2])
    if c == 0:
        return [mk("stripe_webhook", "%s   --> %s [evt_%s]" % (tick().strftime("%Y-%m-%d %H:%M:%S"), ch(["payment_intent.created", "charge.succeeded", "payout.paid", "balance.available"]),
                                                             alnum(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")))]
    if c == 1:
        return [mk("stripe_webhook", "%s INFO  [escrow] stripe webhook verified id=evt_%s type=%s livemode=true api_version=2023-10-16" % (
            t_py(), alnum(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), ch(["payment_intent.processing", "charge.succeeded", "payout.created"])))]
    if c == 2:
        return [mk("stripe_webhook", "%s DEBUG [escrow] test-mode smoke: card=4242424242424242 exp=12/34 cvc=123 -> pi_%s succeeded" % (t_py(), alnum(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")))]
    return [mk("stripe_webhook", "%s WARN  [escrow] idempotency replay key=%s route=/v1/payment_intents status=409" % (t_py(), uuid4()))]


def g_stripe_phi():
    c = ch(COUPLES)
    p = c[0]
    k = ri(0, 2)
    if k == 0:
        return [mk("stripe_webhook", "%s INFO  [escrow] funded escrow case=" % t_py(), (p.case, "other_id"), " customer=", (p.cus, "account"),
                   " amount=$%s payer=\"" % "{:,}.00".format(ch([5000, 12500, 25000, 38000])), (nm(p, "fl"), "name"), "\" method=us_bank_account last4=%04d pi=pi_%s" % (ri(0, 9999), alnum(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")))]
    if k == 1:
        o = {"id": "evt_" + alnum(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), "object": "event", "type": "charge.succeeded",
             "data": {"object": {"id": "ch_" + alnum(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), "amount": ch([250000, 1250000, 500000]),
                                 "currency": "usd", "customer": P(p.cus, "account"),
                                 "billing_details": {"name": P(nm(p, "fl"), "name"), "email": P(p.email, "email"), "phone": P(pf(p.phone, "e164"), "phone"),
                                                     "address": {"line1": P(p.street, "address"), "city": P(p.city, "address"), "state": p.state, "postal_code": P(p.zip, "zip"), "country": "US"}},
                                 "payment_method_details": {"type": "card", "card": {"brand": "visa", "last4": "%04d" % ri(0, 9999), "exp_month": ri(1, 12), "exp_year": ri(2025, 2029)}},
                                 "metadata": {"escrow_case": P(p.case, "other_id"), "milestone": ch(["agency_fee", "gc_base_comp_month_3", "transfer_fee"])}}}}
        return [mk("stripe_webhook", J(o))]
    g = ch(GC)
    return [mk("stripe_webhook", "%s INFO  [escrow] disbursement scheduled payee=" % t_py(), (nm(g, ch(["fl", "lf"])), "name"), " gc=", (g.gc, "other_id"),
               " escrow_subacct=", ("ESC-%s-01" % g.case[4:], "account"), " item=%s amount=$%s" % (ch(["base comp month %d" % ri(1, 9), "maternity clothing", "embryo transfer fee", "monthly allowance"]), "{:,}.00".format(ch([250, 750, 1000, 5000, 4200]))))]


def g_legacy_card():
    p = ch(IPS)
    card = luhn_complete(ch(["4", "51", "53", "6011"]), 16)
    return [mk("legacy_payform", "%s DEBUG legacy-pay: raw form submit name=\"" % t_py(), (nm(p, "FL"), "name"), "\" card=",
               (" ".join(card[i:i + 4] for i in range(0, 16, 4)), "account"), " exp=%02d/%02d zip=" % (ri(1, 12), ri(25, 29)), (p.zip, "zip"),
               " -- PCI: field should be tokenized client-side (JIRA PAY-%d)" % ri(100, 999))]


def nacha_block():
    out = []
    odfi = "09100001"
    now = tick()
    out.append(mk("nacha_ach", "101 %s%s%s%sA094101%-23s%-23s%-8s" % (aba("09100001"), "1411283906", now.strftime("%y%m%d"), now.strftime("%H%M"),
                                                                   "US BANK NA", "CEDAR AND VINE ESCROW", "")))
    bno = ri(1, 400)
    eff = (now + datetime.timedelta(days=1)).strftime("%y%m%d")
    out.append(mk("nacha_ach", "5220%-16s%-20s%-10sPPD%-10s%s%s   1%s%07d" % ("CEDAR VINE ESCRW", "GC COMPENSATION", "1411283906", "GCPAYMENT", now.strftime("%y%m%d"), eff, odfi, bno)))
    total = 0
    hsh = 0
    n = ri(2, 3)
    pool = GC + EGG
    for i in range(n):
        g = pool.pop(ri(0, len(pool) - 1))
        rdfi = aba(ch(["02100002", "12100035", "06100015", "11100061", "07100001", "32227016"]))
        amt = ch([420000, 100000, 75000, 500000, 25000])
        total += amt
        hsh += int(rdfi[:8])
        ident = g.gc if g.role == "surrogate" else g.donor
        name = asciify(nm(g, "FL"))[:22]
        out.append(mk("nacha_ach", "622", rdfi, (g.acct, "account"), " " * (17 - len(g.acct)), "%010d" % amt, (ident, "other_id"), " " * (15 - len(ident)),
                      (name, "name"), " " * (22 - len(name)), "  0", "%s%07d" % (odfi, ri(1, 9999999))))
    out.append(mk("nacha_ach", "8220%06d%010d%012d%012d%-10s%-19s%-6s%s%07d" % (n, hsh % 10 ** 10, 0, total, "1411283906", "", "", odfi, bno)))
    out.append(mk("nacha_ach", "9%06d%06d%08d%010d%012d%012d%-39s" % (1, 1, n, hsh % 10 ** 10, 0, total, "")))
    for f, b, s in out:
        assert len(b) == 94, (len(b), b)
    return out


# ---- HL7

def hl7_msh(typ, facility):
    return "MSH|^~\\&|%s|%s|NSC_LIMS|NORTHSTAR|%s||%s|%s|P|2.5.1" % (ch(["EPIC", "ARTEMIS", "IVFMGR"]), facility, t_hl7(), typ, "MSG%08d" % ri(0, 99999999))


def seg(name, fields):
    """HL7 segment: fields is {index: parts}; returns a parts list with correct '|' positions."""
    n = max(fields)
    parts = [name]
    for i in range(1, n + 1):
        parts.append("|")
        parts.append(fields.get(i, ""))
    return parts


def docxcn():
    i = ri(0, 2)
    return "%d^%s^%s^^^^MD" % (ri(1000000000, 1999999999), ["RAMAN", "OSEI", "KVIST"][i], ["ANITA", "GREGORY", "HELEN"][i])


def pid_ident(p):
    if p.role == "sperm":
        return "NSC-" + p.donor
    if p.role == "egg":
        return p.donor
    if p.role == "surrogate":
        return p.gc
    return p.clientno


def pid_parts(p, fac):
    ph = p.phone
    tel = ["^PRN^PH^^^", (ph[:3], "phone"), "^", (ph[3:], "phone"), "~^NET^Internet^", (p.email, "email")]
    if ri(0, 2) == 0:
        fx = p.area + "%07d" % ri(2000000, 9999999)
        tel += ["~^ORN^FX^^^", (fx[:3], "fax"), "^", (fx[3:], "fax")]
    f = {1: "1", 3: [(p.mrn, "mrn"), "^^^%s^MR~" % fac, (pid_ident(p), "other_id"), "^^^NSC^PI"],
         5: [(p.last.upper(), "name"), "^", (p.first.upper(), "name"), "^", p.middle],
         7: (df(p.dob, "hl7"), "date"), 8: p.sex,
         11: [(p.street, "address"), "^^", (p.city, "address"), "^%s^" % p.state, (p.zip, "zip"), "^USA^H"],
         13: tel, 16: ch(["M", "S", "M"])}
    if ri(0, 2) == 0:
        f[19] = (p.ssn, "ssn")
    return seg("PID", f)


def g_hl7_oru():
    fac = ch(CLINIC_CODES)
    g = ch(GC)
    draw = near(-5, 0)
    val = ri(60, 900)
    ordno, filler = "ORD%07d" % ri(0, 9999999), "F%07d" % ri(0, 9999999)
    doc = docxcn()
    out = [mk("hl7v2", hl7_msh("ORU^R01^ORU_R01", fac)),
           mk("hl7v2", pid_parts(g, fac)),
           mk("hl7v2", seg("PV1", {1: "1", 2: "O", 3: "%s^REI^1" % fac, 7: doc, 18: "GC", 19: ("V%08d" % ri(0, 99999999), "other_id"),
                                   44: (draw.strftime("%Y%m%d") + "0745", "date")})),
           mk("hl7v2", seg("ORC", {1: "RE", 2: ordno, 3: filler, 5: "CM", 12: doc})),
           mk("hl7v2", seg("OBR", {1: "1", 2: ordno, 3: filler, 4: "21198-7^hCG beta subunit^LN", 7: (draw.strftime("%Y%m%d") + "0745", "date"),
                                   16: doc, 22: t_hl7(), 25: "F"})),
           mk("hl7v2", seg("OBX", {1: "1", 2: "NM", 3: "21198-7^hCG beta subunit^LN", 5: str(val), 6: "m[IU]/mL", 7: "<5", 8: "H", 11: "F", 14: t_hl7()}))]
    if ri(0, 1):
        out.append(mk("hl7v2", "NTE|1|L|Day %d post-transfer (FET of 1 euploid blastocyst on " % ch([9, 10, 11]), (df(draw - datetime.timedelta(days=10), "us"), "date"),
                      "). Repeat beta in 48h. GC ", (nm(g, "ifl"), "name"), " notified by RN."))
    return out


def g_hl7_siu():
    fac = ch(CLINIC_CODES)
    g = ch(GC)
    appt = near(3, 40)
    ins = ch([("ARTRISK", "NL-GC", "New Life ART Risk Solutions"), ("BCBS", "BCBSIL", "Blue Cross Blue Shield of Illinois"), ("AETNA", "AET01", "Aetna")])
    return [mk("hl7v2", hl7_msh("SIU^S12^SIU_S12", fac)),
            mk("hl7v2", seg("SCH", {1: "APT%07d" % ri(0, 9999999), 2: "F%07d" % ri(0, 9999999), 7: "FET^Frozen embryo transfer", 8: "ET^Embryo transfer",
                                    9: "30", 10: "min", 11: ["^^30^", (appt.strftime("%Y%m%d") + ch(["0730", "0800", "0915", "1030"]), "date")], 25: "BOOKED"})),
            mk("hl7v2", pid_parts(g, fac)),
            mk("hl7v2", seg("IN1", {1: "1", 2: ins[0], 3: ins[1], 4: ins[2], 16: [(g.last.upper(), "name"), "^", (g.first.upper(), "name")], 17: "SEL",
                                    18: (df(g.dob, "hl7"), "date"), 36: (g.plan, "health_plan")})),
            mk("hl7v2", seg("AIP", {1: "1", 3: docxcn(), 4: "REI"}))]


def g_hl7_oneline():
    p = ch(IPS)
    fac = ch(CLINIC_CODES)
    return [mk("hl7v2_mllp", "%s mirth[IVF_Inbound] INFO received ADT^A04 from %s: " % (t_iso(), fac),
               hl7_msh("ADT^A04^ADT_A01", fac), "\\rEVN|A04|%s\\r" % t_hl7(),
               "PID|1||", (p.mrn, "mrn"), "^^^%s^MR||" % fac, (p.last.upper(), "name"), "^", (p.first.upper(), "name"), "||",
               (df(p.dob, "hl7"), "date"), "|%s|||" % p.sex, (p.street, "address"), "^^", (p.city, "address"), "^%s^" % p.state, (p.zip, "zip"),
               "||", (pf(p.phone, "paren"), "phone"), "\\rPV1|1|O|%s^IVF^2\\r" % fac)]


def g_hl7_noise():
    return [mk("hl7v2_mllp", ch(["%s mirth[IVF_Inbound] INFO ACK AA sent for MSG%08d (%d ms)" % (t_iso(), ri(0, 99999999), ri(3, 80)),
                                 "%s mirth[IVF_Outbound] WARN LLP connection to 10.20.%d.%d:6661 reset, reconnecting in 5s" % (t_iso(), ri(0, 9), ri(2, 250)),
                                 "%s mirth[IVF_Inbound] INFO channel stats received=%d filtered=%d errored=%d queued=0" % (t_iso(), ri(100, 900), ri(0, 30), ri(0, 3))]))]


# ---- FHIR

def g_fhir_patient():
    p = ch(GC + IPS)
    fac = ch(CLINIC_CODES)
    o = {"resourceType": "Patient", "id": P(p.fhir, "other_id"), "meta": {"versionId": str(ri(1, 9)), "lastUpdated": t_iso().replace("Z", "+00:00")},
         "identifier": [{"use": "usual", "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
                         "system": "urn:oid:2.16.840.1.113883.3.%d.1" % ri(1000, 9999), "value": P(p.mrn, "mrn")}] +
                       ([{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "DL"}]},
                          "system": "urn:oid:2.16.840.1.113883.4.3.%d" % ri(1, 56), "value": P(p.dl, "license")}] if ri(0, 1) else []) +
                       ([{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "PPN"}]},
                          "system": "http://hl7.org/fhir/sid/passport-%s" % ch(["DEU", "DNK", "FRA", "ISR", "JPN"]), "value": P(ch("CFGHJKLMNPRTVWXYZ") + "%08d" % ri(0, 99999999), "license")}]
                        if p.role == "ip" and ri(0, 1) else []),
         "name": [{"use": "official", "family": P(p.last, "name"), "given": [P(p.first, "name")]}],
         "telecom": [{"system": "phone", "value": P(pf(p.phone, ch(["dash", "paren", "e164"])), "phone"), "use": "mobile"},
                     {"system": "email", "value": P(p.email, "email")}],
         "gender": "female" if p.sex == "F" else "male", "birthDate": P(df(p.dob, "iso"), "date"),
         "address": [{"use": "home", "line": [P(p.street, "address")], "city": P(p.city, "address"), "state": p.state, "postalCode": P(p.zip, "zip")}],
         "managingOrganization": {"reference": "Organization/%s" % fac.lower()}}
    return [mk("fhir_json", J(o))]


def g_fhir_obs():
    g = ch(GC + EGG)
    code = ch([("21198-7", "hCG beta subunit [Units/volume] in Serum or Plasma", "m[IU]/mL", ri(40, 1200)),
               ("2243-4", "Estradiol [Mass/volume] in Serum or Plasma", "pg/mL", ri(80, 3800)),
               ("2839-9", "Progesterone [Mass/volume] in Serum or Plasma", "ng/mL", ri(5, 40)),
               ("38476-3", "Mullerian inhibiting substance [Mass/volume] in Serum or Plasma", "ng/mL", ri(1, 9))])
    o = {"resourceType": "Observation", "id": str(ri(10 ** 6, 10 ** 7)), "status": "final",
         "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "laboratory"}]}],
         "code": {"coding": [{"system": "http://loinc.org", "code": code[0], "display": code[1]}]},
         "subject": {"reference": M("Patient/", (g.fhir, "other_id")), "display": P(nm(g, "fl"), "name")},
         "effectiveDateTime": M((df(near(-30, 0), "iso"), "date"), "T%02d:%02d:00-05:00" % (ri(6, 11), ri(0, 59))),
         "valueQuantity": {"value": code[3], "unit": code[2], "system": "http://unitsofmeasure.org"}}
    return [mk("fhir_json", J(o, sp=True))]


def g_fhir_appt():
    g = ch(GC + EGG)
    d = near(2, 45)
    kind = ("ET", "Embryo transfer") if g.role == "surrogate" else ("OR", "Oocyte retrieval")
    o = {"resourceType": "Appointment", "status": "booked", "serviceType": [{"text": kind[1]}],
         "start": M((df(d, "iso"), "date"), "T%02d:30:00-05:00" % ri(7, 11)), "minutesDuration": ch([30, 45, 60]),
         "participant": [{"actor": {"reference": M("Patient/", (g.fhir, "other_id")), "display": P(nm(g, ch(["fl", "lf"])), "name")}, "status": "accepted"},
                         {"actor": {"reference": "Practitioner/%d" % ri(1000, 9999), "display": ch(DOCS)}, "status": "accepted"}],
         "comment": M("Coordinator: %s. Bring ID. " % ch(STAFF)[0], "Cycle day 1 was " if g.role == "egg" else "LMP ", (df(near(-30, -10), "us"), "date"))}
    return [mk("fhir_json", J(o))]


def g_hapi_noise():
    t = t_py().replace(",", ".")
    op, prm = ch([("metadata", ""), ("search-type Observation", "?code=http://loinc.org|21198-7&_count=50"), ("transaction", ""),
                  ("search-type Appointment", "?date=ge2024-03-01&status=booked&_count=100"), ("search-type Observation", "?_summary=count")])
    return [mk("hapi_fhir", "%s [http-nio-8080-exec-%d] INFO  fhirtest.access [LoggingInterceptor.java:170] Path[/fhir/R4] Source[] Operation[%s] UA[%s] Params[%s] ResponseEncoding[JSON]" % (
        t, ri(1, 40), op, ch(["okhttp/4.12.0", "HAPI-FHIR/6.10.0 (FHIR Client; FHIR 4.0.1/R4; apache)"]), prm))]


def g_hapi_phi():
    p = ch(GC + EGG + IPS)
    t = t_py().replace(",", ".")
    return [mk("hapi_fhir", "%s [http-nio-8080-exec-%d] INFO  fhirtest.access [LoggingInterceptor.java:170] Path[/fhir/R4] Source[] Operation[search-type Patient] UA[okhttp/4.12.0] Params[?family=" % (t, ri(1, 40)),
               (asciify(p.last).replace(" ", "%20"), "name"), "&birthdate=", (df(p.dob, "iso"), "date"), "] ResponseEncoding[JSON]")]


# ---- FDA 21 CFR 1271

RCDAD = [("1271.85(a)(1)", "HIV-1/2 Ab", "Abbott Alinity s HIV Ag/Ab Combo"), ("1271.85(a)(1)", "HIV-1 NAT", "cobas MPX"),
         ("1271.85(a)(2)", "HBsAg", "Abbott Alinity s HBsAg"), ("1271.85(a)(2)", "anti-HBc", "Alinity s Anti-HBc"),
         ("1271.85(a)(3)", "HCV Ab", "Alinity s Anti-HCV"), ("1271.85(a)(3)", "HCV NAT", "cobas MPX"),
         ("1271.85(a)(4)", "Treponema pallidum", "ASI Evolution RPR"), ("1271.85(b)(2)", "Chlamydia trachomatis NAT", "Aptima Combo 2"),
         ("1271.85(b)(2)", "Neisseria gonorrhoeae NAT", "Aptima Combo 2"), ("1271.85(b)(1)", "HTLV-I/II Ab", "Alinity s HTLV I/II"),
         ("1271.85(b)(1)", "CMV total Ab", "LIAISON CMV IgG")]


def g_fda_rows():
    p = ch(SPERM + EGG)
    out = []
    if ri(0, 1):
        out.append(mk("fda_1271_checklist", "donor_id,cfr_ref,test,assay,result,specimen_drawn,lab,fda_licensed"))
    draw = near(-40, -2)
    for r in R.sample(RCDAD, ri(2, 4)):
        out.append(mk("fda_1271_checklist", (p.donor, "other_id"), ",%s,%s,%s,%s," % (r[0], r[1], r[2], ch(["NONREACTIVE", "NONREACTIVE", "NEGATIVE", "NOT DETECTED"])),
                      (df(draw, "iso"), "date"), ",Meridian Donor Testing Lab (CLIA 24D1049213),Y"))
    return out


def g_fda_summary():
    p = ch(SPERM + EGG)
    c0 = near(-220, -190)
    return [mk("fda_1271_checklist", "Donor eligibility determination: donor ", (p.donor, "other_id"), " (", (nm(p, "lfi"), "name"), ") ",
               ch(["ELIGIBLE", "ELIGIBLE", "INELIGIBLE - 1271.75(d)", "ELIGIBLE (directed donor, 1271.90(a)(2))"]), " \u2014 specimens collected ",
               (df(c0, "us"), "date"), "\u2013", (df(c0 + datetime.timedelta(days=ri(5, 20)), "us"), "date"),
               "; DRAI completed ", (df(c0 - datetime.timedelta(days=ri(1, 5)), "us"), "date"),
               "; physical exam (1271.75(b)) by %s; responsible person: %s" % (ch(DOCS[:3]), DOCS[3]))]


def g_fda_noise():
    c = ri(0, 4)
    return [mk("fda_1271_checklist", [
        "[checklist] template=FDA-1271-DE v3.%d loaded sections=8 items=64 source=SOP-QA-012" % ri(1, 4),
        "1271.85(b)(2) Chlamydia trachomatis & Neisseria gonorrhoeae NAT -- required for reproductive donors (semen, oocytes); specimen: urine or swab; within 7 days of recovery (1271.80(b))",
        "[checklist] %d donors flagged: relevant communicable disease test older than 7 days relative to recovery" % ri(0, 5),
        "DRAI Q%d: \"In the past 12 months, have you had sex with anyone who has HIV or hepatitis?\" answer=N follow_up=none" % ri(10, 40),
        "1271.75(d)(1) Physical assessment: no evidence of HIV/HBV/HCV risk, no tattoos < 12 months, no needle tracks -- PASS"][c])]


# ---- email

def g_email():
    st = ch(STAFF)
    p = ch(GC + IPS + EGG)
    out = []
    sp = "spanish" if p.first in ("Ximena", "Esperanza", "Marisol") and ri(0, 2) else ("french" if p in (EGG[2], IPS[6]) else "en")
    mh = ch(["qk1-f181", "pl1-f175", "oi1-f171", "yb1-f169"])
    out.append(mk("email_rfc5322", "Received: from mail-%s.google.com (mail-%s.google.com [209.85.%d.%d]) by mx1.cedarvinefamily.com (Postfix) with ESMTPS id %s" % (
        mh, mh, ri(128, 223), ri(1, 254), alnum(11, "0123456789ABCDEF"))))
    inbound = ri(0, 1) == 1
    disp = (nm(p, ch(["fl", "lf", "fl"])), "name")
    if inbound:
        out.append(mk("email_rfc5322", 'From: "', disp, '" <', (p.email, "email"), ">"))
        out.append(mk("email_rfc5322", "To: %s <%s@cedarvinefamily.com>" % (st[0], st[1])))
        if ri(0, 1):
            out.append(mk("email_rfc5322", "X-Originating-IP: [", (p.ip, "ip"), "]"))
    else:
        out.append(mk("email_rfc5322", "From: %s <%s@cedarvinefamily.com>" % (st[0], st[1])))
        out.append(mk("email_rfc5322", 'To: "', disp, '" <', (p.email, "email"), ">"))
    out.append(mk("email_rfc5322", "Date: %s" % t_rfc2822()))
    out.append(mk("email_rfc5322", "Message-ID: <%s.%s@cedarvinefamily.com>" % (hexs(16), t_epoch_ms())))
    case = p.case
    if sp == "spanish":
        d = near(3, 30)
        out.append(mk("email_rfc5322", "Subject: Cita de monitoreo \u2013 Caso ", (case, "other_id")))
        out.append(mk("email_rfc5322", "Hola ", (p.first, "name"), ", tu cita de monitoreo en %s es el " % ch(CLINICS)[0], (df(d, "es_short"), "date"),
                      " a las 7:45. Recuerda traer tu tarjeta del seguro (miembro ", (p.plan, "health_plan"), ")."))
        out.append(mk("email_rfc5322", "Saludos, %s \u2013 %s, Cedar & Vine Surrogacy, (312) 555-0148" % (st[0], st[2])))
    elif sp == "french":
        d = near(5, 40)
        out.append(mk("email_rfc5322", "Subject: Calendrier de stimulation"))
        out.append(mk("email_rfc5322", "Bonjour ", (p.first, "name"), ", la ponction est pr\u00e9vue le ", (df(d, "fr"), "date"),
                      " \u00e0 la clinique. Merci de confirmer votre adresse pour l'envoi des m\u00e9dicaments : ", (p.street + ", " + p.city, "address"), "."))
    elif p.role == "surrogate":
        d = near(2, 20)
        out.append(mk("email_rfc5322", "Subject: Re: Transfer date for Case ", (case, "other_id")))
        out.append(mk("email_rfc5322", "Hi ", (p.first, "name"), ", Dr. %s confirmed your transfer for " % ch(["Raman", "Osei", "Kvist"]), (df(d, ch(["md", "monday", "us"])), "date"),
                      " at 8:30am. Start PIO on ", (df(d - datetime.timedelta(days=6), "md"), "date"), ". Mileage for the trip is reimbursable (plate ",
                      (p.plate, "vehicle"), " on file)."))
        if ri(0, 1):
            out.append(mk("email_rfc5322", "> Can you call me at ", (pf(p.phone, ch(["dash", "dot", "paren"])), "phone"), " after 5? My husband ",
                          (ch(["Luis", "Tavita", "Marcus", "Pieter", "Jabari"]), "name"), " wants to ask about the contract."))
    elif p.role == "ip":
        out.append(mk("email_rfc5322", "Subject: Escrow statement and next steps"))
        out.append(mk("email_rfc5322", "Dear ", (nm(p, "fl"), "name"), ", your escrow account ", ("ESC-%s-01" % p.case[4:], "account"),
                      " has been funded. Please fax the signed HIPAA release to us, or send it from your home fax (", (pf(p.area + "%07d" % ri(2000000, 9999999), "dash"), "fax"), ") as before."))
        out.append(mk("email_rfc5322", "Best, %s | %s | fax (312) 555-0199" % (st[0], st[2])))
    else:
        d = near(1, 15)
        out.append(mk("email_rfc5322", "Subject: Baseline appointment"))
        out.append(mk("email_rfc5322", "Hi ", (p.first, "name"), ", your baseline ultrasound is on ", (df(d, ch(["monday", "us_short"])), "date"),
                      ". Your donor ID for check-in is ", (p.donor, "other_id"), "."))
    return out


# ---- chat

SLACK_USERS = {"bholt": "U04HX2B9K", "mleeds": "U03TQ81ZP", "yparedes": "U05A7KD3L", "twren": "U02LM9R4C"}


def g_slack():
    u = ch(list(SLACK_USERS.values()))
    c = ri(0, 5)
    if c == 0:
        g = ch(GC)
        txt = M("beta back for ", (nm(g, ch(["fl", "first", "low"])), "name"), " \u2014 %d on day 9, super strong :tada: (case " % ri(150, 600), (g.case, "other_id"), ")")
    elif c == 1:
        p = ch(SPERM)
        txt = M("heads up: donor ", (p.donor, "other_id"), "'s paternal grandma is ", (str(ri(90, 99)), "age"), " and just got an Alzheimer's dx \u2014 do we need to update the family history addendum?")
    elif c == 5:
        p = ch(EGG + SPERM)
        txt = M("IPs asked if ", (p.donor, "other_id"), " is the one with the art account — yes, identity-release file lists ",
                ("https://www.instagram.com/%s.%s.art/" % (asciify(p.first).lower(), asciify(p.last).lower().replace(" ", "").replace("'", "")), "url"), ". Do NOT share until 18.")
    elif c == 2:
        cp = ch(COUPLES)
        txt = M("<@%s> can you overnight" % ch(list(SLACK_USERS.values())), " 2 ICI vials to the ", (cp[0].last, "name"), " family? address on file is ", (addr1(cp[0]), "address"))
    elif c == 3:
        g = ch(GC)
        txt = M("insurance denied for ", (nm(g, "fl"), "name"), " \u2014 member ID ", (g.plan, "health_plan"), ", DOB ", (df(g.dob, "us"), "date"), ". Switching to the ART policy.")
    else:
        return [mk("chat_slack", J({"type": "message", "user": u, "text": ch(["standup in 5", "LIMS is back up after the patch :white_check_mark:",
                                                                               "FedEx pickup moved to 3:30 today", "who has the dewar key?",
                                                                               "reminder: quarterly LN2 alarm test Friday 10am"]), "ts": "%s.%06d" % (t_epoch_ms()[:10], ri(0, 999999))}))]
    return [mk("chat_slack", J({"type": "message", "user": u, "text": txt, "ts": "%s.%06d" % (t_epoch_ms()[:10], ri(0, 999999)), "channel": ch(["C05SURROG", "C04DONORS", "C03SHIPPING"])}))]


def g_opschat():
    t = tick().strftime("%H:%M")
    st = ch(STAFF)
    c = ri(0, 3)
    if c == 0:
        return [mk("chat_irc", "%s <%s> deploy of applicant-api v2.%d.%d done, migrations ok" % (t, st[1], ri(30, 50), ri(0, 9)))]
    if c == 1:
        p = ch(APPL)
        return [mk("chat_irc", "%s <%s> applicant " % (t, st[1]), (nm(p, "low"), "name"), " (", (p.app, "other_id"), ") says %s DL photo upload fails" % ("her" if p.sex == "F" else "his"), "; DL# is ", (p.dl, "license"), " if someone can key it in")]
    if c == 2:
        return [mk("chat_irc", "%s <%s> on-call coordinator this week: %s, %s" % (t, st[1], st[0], ch(["(773) 555-0134", "312-555-0148", "612.555.0110"])))]
    g = ch(GC)
    return [mk("chat_irc", "%s <%s> GC " % (t, st[1]), (nm(g, "ifl"), "name"), " texted from ", (pf(g.phone, ch(["raw", "dot"])), "phone"),
               ": BP cuff (serial ", (g.bp_serial, "device"), ") reading %d/%d %s" % (ri(138, 162), ri(88, 104), ch(["this morning", "twice today", "after lunch, has a headache"])))]


def g_intercom():
    p = ch(APPL + EGG)
    d = near(2, 20)
    idp = (p.app if p.role == "applicant" else p.donor)
    return [mk("intercom", "%s intercom conversation_id=%d part=comment author=user body=\"Hi, this is " % (t_iso(), ri(10 ** 9, 4 * 10 ** 9)), (p.first, "name"),
               ". my number is ", (idp, "other_id"), ". can I move my appointment to ", (df(d, ch(["md", "monday", "us_short"])), "date"),
               "? I also lost my phone so new one is ", (pf(p.phone, ch(["raw", "dash", "dot"])), "phone"), "\"")]


# ---- sibling registry

def g_registry_noise():
    c = ri(0, 3)
    if c == 0:
        return [mk("sibling_registry", "%s INFO sibling_registry.matcher: run_id=sr-%s donors_scanned=%d families=%d new_links=%d duration_s=%.1f" % (
            t_py(), CLK[0].strftime("%Y%m%d-%H%M"), ri(1100, 1400), ri(3000, 5000), ri(0, 12), ri(200, 900) / 10))]
    if c == 1:
        return [mk("celery", "[%s: INFO/MainProcess] Task registry.tasks.match_siblings[%s] received" % (t_py(), uuid4()))]
    if c == 2:
        return [mk("celery", "[%s: INFO/ForkPoolWorker-%d] Task registry.tasks.match_siblings[%s] succeeded in %.3fs: {'linked': %d, 'skipped_no_consent': %d}" % (
            t_py(), ri(1, 8), uuid4(), ri(2000, 60000) / 1000, ri(0, 9), ri(0, 40)))]
    return [mk("sibling_registry", "%s WARNING sibling_registry.limits: family limit check: %d donors at >= 25 families, notification queued to medical director" % (t_py(), ri(0, 4)))]


def g_registry_phi():
    k = ch(KIDS)
    c = ri(0, 2)
    if c == 0:
        return [mk("sibling_registry", "%s INFO sibling_registry.matcher: linked family " % t_py(), (k.fam, "other_id"), " (", (k.last, "name"), ") to donor ",
                   (k.donor.donor, "other_id"), "; offspring ", (k.first, "name"), " dob=", (df(k.dob, ch(["iso", "us"])), "date"), " consent=mutual")]
    if c == 1:
        return [mk("celery", "[%s: WARNING/ForkPoolWorker-%d] registry.tasks.notify_match: email bounced for " % (t_py(), ri(1, 8)),
                   (ch([q for q in IPS if q.fam == k.fam] or IPS).email, "email"), " family=", (k.fam, "other_id"))]
    o = {"job": "sibling_match", "donor": P(k.donor.donor, "other_id"), "family": P(k.fam, "other_id"),
         "child": {"given": P(k.first, "name"), "dob": P(df(k.dob, "iso"), "date"), "sex": k.sex}, "siblings_found": ri(1, 14),
         "disclosure": ch(["anonymous_counts_only", "mutual_contact"])}
    return [mk("sibling_registry", J(o))]


# ---- donor/surrogate mobile app, remote monitoring, expenses

def g_logcat():
    p = ch(GC + EGG + SPERM)
    c = ri(0, 2)
    if c == 1:
        p = ch(GC)
    t = tick()
    pre = "%s.%03d  %d  %d " % (t.strftime("%m-%d %H:%M:%S"), ri(0, 999), ri(3000, 9000), ri(3000, 9000))
    if c == 0:
        return [mk("android_logcat", pre, "I DonorHub: registerPush user=", (p.user, "other_id"), " imei=", (p.imei, "device"),
                   " fcm=%s:APA91b%s" % (alnum(11, "abcdefghijklmnopqrstuvwxyz0123456789"), alnum(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")))]
    if c == 1:
        return [mk("android_logcat", pre, "D BleCuffSync: paired OMRON BP7350 mac=", (p.bp_mac, "device"), " owner=", (getattr(p, "gc", None) or p.user, "other_id"), " rssi=-%d" % ri(40, 90))]
    return [mk("android_logcat", pre, "W DonorHub: reminder scheduled for ", (df(near(1, 12), ch(["iso", "us"])), "date"), " 07:30 (", ch({"surrogate": ["PIO injection", "estradiol patch change", "OB visit"], "egg": ["trigger shot", "monitoring visit", "Menopur dose"], "sperm": ["donation visit", "quarterly ID testing draw"]}[p.role]),
               ") user=", (p.user, "other_id"))]


def g_logcat_noise():
    t = tick()
    pre = "%s.%03d  %d  %d " % (t.strftime("%m-%d %H:%M:%S"), ri(0, 999), ri(3000, 9000), ri(3000, 9000))
    return [mk("android_logcat", pre + ch(["I ReactNativeJS: Running \"DonorHub\" with {\"rootTag\":11}", "W OkHttp: A connection to https://api.northstarcryo.com/ was leaked",
                                           "I DonorHub: CodePush update 3.4.%d installed, restart pending" % ri(0, 9), "E BleCuffSync: GATT 133 on connect, retrying (%d/3)" % ri(1, 3)]))]


def g_rpm():
    g = ch(GC)
    o = {"source": "omron-connect", "type": "blood_pressure", "deviceSerial": P(g.bp_serial, "device"),
         "subject": {"gcId": P(g.gc, "other_id"), "name": P(nm(g, "lf"), "name")}, "systolic": ri(104, 152), "diastolic": ri(62, 98), "pulse": ri(60, 104),
         "measuredAt": t_iso(), "gestationalAgeWeeks": ri(8, 36), "edd": P(df(near(40, 240), "iso"), "date"),
         "alert": ch([None, "BP_HIGH_NOTIFY_OB"])}
    return [mk("rpm_json", J(o))]


def g_mileage():
    g = ch(GC)
    d = near(-20, -1)
    vin = "".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))
    if ri(0, 1):
        veh = ["plate=", (g.plate, "vehicle"), " (%s)" % g.state]
    else:
        veh = ["vin=", (vin, "vehicle")]
    return [mk("expense_log", "%s INFO  [expenses] mileage claim gc=" % t_py(), (g.gc, "other_id"), " claimant=\"", (nm(g, ch(["fl", "lf"])), "name"), "\" ", veh,
               " miles=%d rate=0.67 purpose=\"%s on " % (ri(18, 260), ch(["monitoring appt", "embryo transfer", "OB visit", "psych eval"])), (df(d, ch(["us", "iso", "mon"])), "date"),
               "\" approved_by=%s" % ch(STAFF)[1])]


def g_expense_noise():
    return [mk("expense_log", "%s INFO  [expenses] batch EXP-%05d closed items=%d total=$%s approver=%s" % (t_py(), ri(0, 99999), ri(3, 40), "{:,}".format(ri(200, 9000)) + ".%02d" % ri(0, 99), ch(STAFF)[1]))]


# ---- misc infra noise / look-alikes

def g_k8s():
    pod = ch(PODS)
    reason, msg = ch([("Pulled", 'Container image \\"ghcr.io/northstar/%s:2.%d.%d\\" already present on machine' % (pod.rsplit("-", 2)[0], ri(30, 50), ri(0, 9))),
                      ("Started", "Started container app"), ("Killing", "Stopping container app")])
    return [mk("k8s_event", 'I0314 %s.%06d       1 event.go:294] "Event occurred" object="prod/%s" kind="Pod" virtual="false" type="Normal" reason="%s" message="%s"' % (
        tick().strftime("%H:%M:%S"), ri(0, 999999), pod, reason, msg))]


def g_pg():
    return [mk("postgres", "%s [%d] %s" % (t_pg(), ri(1000, 9999), ch([
        "LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, 1 recycled; write=%.3f s, sync=0.012 s, total=%.3f s" % (ri(100, 3000), ri(5, 90) / 10, ri(1000, 200000) / 1000, ri(1000, 200000) / 1000),
        "LOG:  automatic vacuum of table \"nsc_prod.public.vial_event\": index scans: 1",
        "ERROR:  canceling statement due to statement timeout",
        "LOG:  connection authorized: user=applicant_api database=nsc_prod application_name=typeorm SSL enabled (protocol=TLSv1.3)"])))]


def g_redis():
    return [mk("redis", "1:M %s.%03d %s" % (tick().strftime("%d %b %Y %H:%M:%S"), ri(0, 999), ch(
        ["* Background saving started by pid %d" % ri(100, 999), "* Background saving terminated with success", "* 100 changes in 300 seconds. Saving..."])))]


def g_prom():
    return [mk("prometheus", ch([
        'portal_http_request_duration_seconds_bucket{route="/apply/[step]",method="POST",le="0.25"} %d' % ri(1000, 90000),
        'lims_tank_ln2_level_percent{tank="T%02d",site="MSP"} %d' % (ri(1, 14), ri(40, 99)),
        'escrow_webhook_events_total{provider="stripe",type="charge.succeeded"} %d' % ri(100, 9000),
        'registry_match_duration_seconds_sum %.3f' % (ri(1000, 900000) / 1000),
        'fedex_track_poll_errors_total{code="RATE.LIMIT.EXCEEDED"} %d' % ri(0, 40)]))]


def g_staffdir():
    st = ch(STAFF)
    cl = ch(CLINICS)
    return [mk("config", ch([
        "[directory] %s (%s) ext %d, %s@cedarvinefamily.com, mobile %s" % (st[0], st[2], ri(200, 299), st[1], ch(["(612) 555-0110", "612-555-0143", "+1 612 555 0177"])),
        "clinic.%s.ship_to=\"%s, Embryology Lab, %s, %s, %s %s\" phone=%s fax=%s" % (CLINIC_CODES[CLINICS.index(cl)].lower(), cl[0], cl[1], cl[2], cl[3], cl[4], cl[5], cl[5][:-2] + "99"),
        "escrow.bank.routing=%s escrow.bank.name=\"First Fidelity Trust\" escrow.operating_account=ending-%04d" % (aba("09100001"), ri(0, 9999)),
        "FEATURE_FLAGS=identity_release_v2:on,sibling_registry_autolink:off,home_ici_shipping:on build=%d commit=%s" % (ri(4000, 5000), hexs(12))]))]


NOISE = [(g_nginx_noise, 6), (g_next_noise, 5), (g_nest_noise, 6), (g_typeorm_noise, 3), (g_carrier_noise, 2), (g_tankmon, 5),
         (g_lims_noise, 5), (g_checkin_noise, 2), (g_fedex_clinic, 4), (g_fedex_log, 3), (g_docusign_noise, 2), (g_stripe_noise, 5),
         (g_hl7_noise, 3), (g_hapi_noise, 3), (g_fda_noise, 4), (g_opschat, 2), (g_registry_noise, 5), (g_k8s, 3), (g_pg, 3),
         (g_redis, 2), (g_prom, 3), (g_staffdir, 3), (g_slack, 1), (g_logcat_noise, 3), (g_expense_noise, 2)]
PHI = [(g_nginx_portal, 5), (g_next_phi, 5), (g_nest_phi, 6), (g_typeorm, 3), (g_profile_public, 3), (g_profile_identity, 3),
       (g_profile_egg, 3), (g_carrier_csv, 2), (g_carrier_pipe, 2), (g_carrier_json, 2), (g_cryo_csv, 3), (g_cryo_embryo, 2),
       (g_lims_phi, 4), (g_fingerprint, 3), (g_fedex_home, 3), (g_docusign_json, 3), (g_docusign_xml, 2), (g_stripe_phi, 4),
       (g_legacy_card, 1), (nacha_block, 1), (g_hl7_oru, 1), (g_hl7_siu, 1), (g_hl7_oneline, 2), (g_fhir_patient, 2),
       (g_fhir_obs, 3), (g_fhir_appt, 2), (g_hapi_phi, 2), (g_fda_rows, 2), (g_fda_summary, 3), (g_email, 3), (g_slack, 4),
       (g_opschat, 2), (g_intercom, 3), (g_registry_phi, 4), (g_logcat, 3), (g_rpm, 2), (g_mileage, 3)]


def wpick(pool):
    tot = sum(w for _, w in pool)
    x = R.uniform(0, tot)
    for g, w in pool:
        x -= w
        if x <= 0:
            return g
    return pool[-1][0]


def main():
    N = 500
    out = []
    while len(out) < N:
        nophi = sum(1 for f, b, s in out if not s)
        pool = NOISE if (not out or nophi / len(out) < 0.55) else PHI
        blk = wpick(pool)()
        if len(out) + len(blk) > N:
            continue
        out.extend(blk)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "ne.log"), "wb") as fl, open(os.path.join(here, "ne.labels.jsonl"), "w", encoding="utf-8") as fj:
        for i, (fam, b, spans) in enumerate(out):
            assert b and b"\n" not in b and b"\r" not in b, (i, b)
            b.decode("utf-8")
            last = -1
            for s, e, cat, v in spans:
                assert b[s:e] == v.encode("utf-8"), (i, s, e, v)
                assert e > s and s >= last, (i, spans)
                last = e
            fl.write(b + (b"\n" if i < N - 1 else b""))
            fj.write(json.dumps({"line": i + 1, "family": fam, "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _ in spans]}) + "\n")
    print("lines", len(out), "no-phi", sum(1 for f, b, s in out if not s))


if __name__ == "__main__":
    main()
