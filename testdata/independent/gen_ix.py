#!/usr/bin/env python3
"""gen_ix.py - synthetic labeled log corpus "ix".

Theme: a health system's (fictitious "Northwood Health", Dayton OH area) email
and secure-messaging gateway: Postfix syslog, amavis/milters, Exchange message
tracking CSV, DLP policy hits (snake_case JSON, Purview-style PascalCase JSON,
CEF), encrypted-mail portal (key=value events, log4j app log, nginx access),
raw MIME headers, Postfix DSN and Exchange NDR bounces, Direct Secure
Messaging / HISP transactions (JSON + nhind-style Java log) with C-CDA XML and
escaped HL7 v2 payloads, Mailman and SendGrid-style newsletter events,
quarantine CSV export, ITSM journal pipe rows, and infrastructure noise
(Prometheus, haproxy, systemd, ClamAV).

Standard library only, deterministic (fixed seed).  Writes ix.log (500
lines) and ix.labels.jsonl next to this script.  All people, addresses,
numbers and identifiers are synthetic.

Labeling decisions:
- Patients, guardians/parents, relatives and newsletter/support-list
  subscribers are data subjects: their identifiers are labeled.  Personal
  (consumer-domain or patient-HISP) mailbox addresses of such people are
  labeled "email" wherever they occur (to=/from=, headers, DSN fields,
  URL-encoded %40 form as one span, webhook JSON).
- Staff mailboxes (@northwoodhealth.org), clinicians' Direct addresses,
  partner organisations' Direct/role addresses, vendors, lists, postmaster,
  spam senders are NOT labeled; clinician/staff names (Dr. Liang, signers,
  ticket callers, PV1 attending) are NOT labeled.
- Names: one span per rendering ("Gonzalez-Ruiz, Maria", "GONZALEZ-RUIZ^MARIA",
  "Mrs. " title excluded, the surname after it is the span).  In file names
  the name token ("Nguyen_ThiLan") is one name span; C-CDA <given>/<family>
  elements are separate name spans.
- Dates tied to the person (birth, appointment, service/result, admission,
  discharge, document-of-care dates in subjects/filenames) are "date";
  log timestamps, Arrival-Date, Date: headers, MDN times, C-CDA document
  effectiveTime, and policy/training deadlines are not.
- Ages are labeled only when over 89.
- Patient/subscriber public IPs (portal opens, registration, login
  throttling, ESP open/click events) are "ip"; internal 10.x, MX/relay,
  scanner and load-balancer IPs are not.  IP-geolocated city of a patient is
  "address"; state/country codes are not.
- Street, city and ZIP: street line and city are "address" spans, ZIP/ZIP+4
  is "zip".
- MRN -> mrn; member/subscriber/Medicare MBI/Medicaid IDs -> health_plan;
  patient/guarantor account numbers, card and bank numbers -> account;
  encounter/CSN numbers, portal usernames and portal recipient account IDs,
  appeal case and subrogation claim numbers -> other_id; driver's licence ->
  license; VIN and plates -> vehicle; implant serials, UDI and the MAC of a
  patient's home monitoring transmitter -> device; personal web pages
  (CaringBridge, Facebook, blog, fundraiser) -> url; base64 face photos
  (MIME image part lines, DLP thumbnail) -> photo, one span per line.
- A subscriber's first name in a newsletter webhook event is a name; a
  subscription to a condition-specific list makes the address PHI.
- A line whose only person reference is a generic subject ("Message from
  your care team", "Pre-op instructions - surgery <date>") labels only what
  it contains (the surgery date is a date; the generic subject is nothing).
- Clinician NPIs, HL7 PV1 attending names, C-CDA author names and document
  ids are not labeled.
- Message-IDs, queue IDs, portal message refs (SM-...), Direct txn IDs,
  mail_ids, hashes (sha256 of addresses), UUIDs, NPIs, OIDs, PO/invoice
  numbers are not labeled.
- DLP test messages using public test values (123-45-6789, 078-05-1120,
  4111 1111 1111 1111) are not labeled.
- RFC 2047 base64-encoded subjects are used only for non-PHI subjects.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import unicodedata

ID = "ix"
SEED = 2021_0314
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------
# line builder with byte offsets
# --------------------------------------------------------------------------


class Line:
    def __init__(self, family):
        self.family = family
        self.b = bytearray()
        self.spans = []

    def t(self, *parts):
        for part in parts:
            if isinstance(part, tuple):
                self._add(part[0], part[1])
            elif isinstance(part, list):
                self.t(*part)
            else:
                self._add(part, None)
        return self

    def _add(self, v, cat):
        bb = v.encode("utf-8")
        s = len(self.b)
        self.b += bb
        if cat:
            self.spans.append({"s": s, "e": s + len(bb), "cat": cat, "_v": v})

    def text(self):
        return self.b.decode("utf-8")


def mk(family, *parts):
    return Line(family).t(*parts)


class T:
    """tagged JSON string value"""

    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class M:
    """JSON string made of parts (str or (value, cat))"""

    def __init__(self, *parts):
        self.parts = []
        for p in parts:
            if isinstance(p, list):
                self.parts.extend(p)
            else:
                self.parts.append(p)


def jw(line, o, compact=False):
    cs, kv = (",", ":") if compact else (", ", ": ")
    if isinstance(o, dict):
        line.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                line.t(cs)
            line.t(json.dumps(k, ensure_ascii=False) + kv)
            jw(line, v, compact)
        line.t("}")
    elif isinstance(o, list):
        line.t("[")
        for i, v in enumerate(o):
            if i:
                line.t(cs)
            jw(line, v, compact)
        line.t("]")
    elif isinstance(o, T) and not isinstance(o.v, str):
        line.t((json.dumps(o.v), o.cat))
    elif isinstance(o, T):
        enc = json.dumps(o.v, ensure_ascii=False)[1:-1]
        assert enc == o.v, o.v
        line.t('"', (o.v, o.cat), '"')
    elif isinstance(o, M):
        line.t('"')
        for p in o.parts:
            if isinstance(p, tuple):
                enc = json.dumps(p[0], ensure_ascii=False)[1:-1]
                assert enc == p[0], p
                line.t(p)
            else:
                line.t(json.dumps(p, ensure_ascii=False)[1:-1])
        line.t('"')
    else:
        line.t(json.dumps(o, ensure_ascii=False))
    return line


def jline(family, obj, compact=False, prefix=None):
    ln = Line(family)
    if prefix:
        ln.t(prefix)
    return jw(ln, obj, compact)


def plain(parts):
    return "".join(p[0] if isinstance(p, tuple) else p for p in parts)


def csv_field(parts):
    """returns list of parts, quoted per RFC4180 when needed"""
    txt = plain(parts)
    if any(c in txt for c in ',"'):
        out = ['"']
        for p in parts:
            if isinstance(p, tuple):
                assert '"' not in p[0]
                out.append(p)
            else:
                out.append(p.replace('"', '""'))
        out.append('"')
        return out
    return list(parts)


# --------------------------------------------------------------------------
# clock
# --------------------------------------------------------------------------
CLOCK = [dt.datetime(2024, 3, 14, 5, 58, 11, 120000)]
UTC_OFF = dt.timedelta(hours=4)  # EDT


def tick(lo=1, hi=35):
    CLOCK[0] += dt.timedelta(seconds=rng.randint(lo, hi), milliseconds=rng.randint(0, 999))
    return CLOCK[0]


def now():
    return CLOCK[0]


def ts_sys(d):
    return f"{d:%b} {d.day:2d} {d:%H:%M:%S}"


def ts_iso_local(d, ms=True):
    return d.strftime("%Y-%m-%dT%H:%M:%S") + (f".{d.microsecond // 1000:03d}" if ms else "") + "-04:00"


def ts_iso_z(d):
    u = d + UTC_OFF
    return u.strftime("%Y-%m-%dT%H:%M:%S") + f".{u.microsecond // 1000:03d}Z"


def ts_log4j(d):
    return d.strftime("%Y-%m-%d %H:%M:%S") + f",{d.microsecond // 1000:03d}"


def ts_rfc2822(d):
    return d.strftime("%a, %d %b %Y %H:%M:%S") + " -0400 (EDT)"


def epoch(d):
    return int((d + UTC_OFF).replace(tzinfo=dt.timezone.utc).timestamp())


# --------------------------------------------------------------------------
# random id helpers
# --------------------------------------------------------------------------
HEX = "0123456789ABCDEF"
B52 = "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def rs(alpha, n):
    return "".join(rng.choice(alpha) for _ in range(n))


def qid():
    return rs(HEX, rng.choice([10, 11]))


def qid_long():
    return rs("0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz", 15)


def uuid4():
    h = "%032x" % rng.getrandbits(128)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:32]}"


def hexs(n):
    return "%0*x" % (n, rng.getrandbits(4 * n))


def pid():
    return rng.randint(1100, 64000)


def int_ip():
    return f"10.20.{rng.choice([4, 4, 4, 8, 12])}.{rng.randint(5, 60)}"


PUB_PREFIX = ["73.", "98.", "24.", "174.", "107.", "66.", "76.", "99.", "108.", "172.58.", "71.", "65.", "184."]


def pub_ip():
    p = rng.choice(PUB_PREFIX)
    n = 4 - p.count(".")
    parts = [str(rng.randint(1, 254)) for _ in range(n)]
    return p + ".".join(parts)


def pub_ip6():
    return "2600:1700:%x:%x::%x" % (rng.randint(0x1000, 0xffff), rng.randint(0x10, 0xfff), rng.randint(0x10, 0xffff))


def msgid(host="northwoodhealth.org"):
    return f"{hexs(8)}.{rng.randint(100000, 999999)}.{epoch(now())}@{host}"


def exch_msgid():
    return f"{rs('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 20)}@NWHEXCH0{rng.randint(1, 2)}.nwh.local"


def luhn_complete(prefix, length=16):
    digits = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return digits + str((10 - tot % 10) % 10)


VIN_MAP = {**{str(i): i for i in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
           **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(rng.choice(["1FT", "1HG", "2T1", "3VW", "5YJ", "1G1", "JTD"]) + rs(al, 5) + "0" + rs("ABCDEFGHJKLMNPRSTVWXY", 1)
             + rs("ABCDEFGHJKLMNPRSTUVWXYZ", 1) + rs("0123456789", 6))
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W)) % 11
    v[8] = "X" if s == 10 else str(s)
    return "".join(v)


def ssn():
    while True:
        a = rng.randint(1, 665)
        if a != 666:
            break
    return f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def mbi():
    num1 = "123456789"
    al = "ACDEFGHJKMNPQRTUVWXY"
    an = al + "0123456789"
    d = "0123456789"
    s = rng.choice(num1) + rng.choice(al) + rng.choice(an) + rng.choice(d) + rng.choice(al) + rng.choice(an) + rng.choice(d) + rng.choice(al) + rng.choice(al) + rng.choice(d) + rng.choice(d)
    return s if rng.random() < 0.5 else f"{s[:4]}-{s[4:7]}-{s[7:]}"


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
NAMES = [
    ("Maria", "Gonzalez-Ruiz", "F"), ("Thi Lan", "Nguyen", "F"), ("Abdullah", "Al-Farsi", "M"),
    ("Siobhan", "O'Connell", "F"), ("Jean-Luc", "van der Berg", "M"), ("Oluwaseun", "Adeyemi", "M"),
    ("Priya", "Raghunathan", "F"), ("Kenji", "Watanabe", "M"), ("Dmitri", "Volkov", "M"),
    ("Fatima Zahra", "Benali", "F"), ("Mateus", "da Silva", "M"), ("Ingrid", "Johansson", "F"),
    ("Tomasz", "Wiśniewski", "M"), ("Aroha", "Te Rangi", "F"), ("Ji-woo", "Park", "F"),
    ("Chidi", "Okafor", "M"), ("László", "Horváth", "M"), ("Mary-Kate", "Brennan", "F"),
    ("José", "Muñoz", "M"), ("Zoë", "Dupont", "F"), ("Hamid", "Rahimi", "M"),
    ("Leilani", "Kahananui", "F"), ("Björn", "Lindqvist", "M"), ("Ana Lucía", "de la Cruz", "F"),
    ("Yusuf", "Demir", "M"), ("Mei-Ling", "Chou", "F"), ("Rafael", "DeLeon", "M"),
    ("Giovanni", "Di Stefano", "M"), ("Amara", "Nwosu", "F"), ("Karim", "El Amrani", "M"),
    ("Svetlana", "Petrova", "F"), ("Wei", "Zhang", "M"), ("Tamar", "Ben-David", "F"),
    ("Niamh", "Ní Bhriain", "F"), ("Connor", "MacLeod", "M"), ("Aisha", "Siddiqui", "F"),
    ("Hannah", "Schröder", "F"), ("Dae-jung", "Kim", "M"), ("Guadalupe", "Esquivel", "F"),
    ("Tyrone", "Jefferson", "M"), ("Brooke", "Yoder", "F"), ("Ngozi", "Eze", "F"),
]
ELDERLY = [("Eleanor", "McAllister", "F", dt.date(1931, 1, 9)),
           ("Roosevelt", "Washington", "M", dt.date(1928, 11, 2)),
           ("Esperanza", "St. John", "F", dt.date(1932, 7, 30))]
GUARDIAN_FIRST = {"F": ["Lucia", "Rebecca", "Keisha", "Olga", "Yuki", "Fatou"], "M": ["Marcus", "Andrés", "Paul", "Ravi", "Sergei"]}

CITIES = [("Kettering", "45429"), ("Dayton", "45402"), ("Beavercreek", "45431"), ("Centerville", "45459"),
          ("Xenia", "45385"), ("Fairborn", "45324"), ("Huber Heights", "45424"), ("Springfield", "45503"),
          ("Troy", "45373"), ("Miamisburg", "45342"), ("Vandalia", "45377"), ("Piqua", "45356"),
          ("Yellow Springs", "45387"), ("Englewood", "45322"), ("Oakwood", "45419"), ("Trotwood", "45426")]
STREETS = ["Maple Hollow Rd", "E Stroop Rd", "Far Hills Ave", "Wyoming St", "Shroyer Rd", "Brown St",
           "Wilmington Pike", "N Main St", "Salem Ave", "Old Troy Pike", "Linden Ave", "Patterson Rd",
           "Smithville Rd", "Indian Ripple Rd", "Woodman Dr", "Springboro Pike", "Cornell Dr", "Dorothy Ln"]
UNITS = ["", "", "", " Apt 3B", " Unit 2", " Apt 114", " Lot 27"]
DOMAINS = ["gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com",
           "aol.com", "comcast.net", "att.net", "protonmail.com", "sbcglobal.net", "gmx.de", "wp.pl"]


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def slug(s):
    return "".join(ch for ch in fold(s).lower() if ch.isalnum())


class Person:
    pass


def make_email(first, last, dob):
    f, l_ = slug(first.split()[0]), slug(last)
    yy = f"{dob.year % 100:02d}"
    pat = rng.choice([f"{f}.{l_}", f"{f[0]}{l_}{yy}", f"{l_}{f[0]}", f"{f}_{l_}{rng.randint(1, 99)}",
                      f"{f}{dob.year}", f"{f}.{l_[0]}{rng.randint(10, 999)}", f"{l_}.{f}"])
    return f"{pat}@{rng.choice(DOMAINS)}"


def make_person(first, last, sex, dob):
    p = Person()
    p.first, p.last, p.sex, p.dob = first, last, sex, dob
    p.mrn = rng.choice([f"{rng.randint(100000, 9999999):08d}", f"E{rng.randint(1000000, 9999999)}", f"{rng.randint(10000000, 99999999)}"])
    p.ssn = ssn()
    p.phone_digits = f"937{rng.randint(200, 989)}{rng.randint(0, 9999):04d}" if rng.random() < 0.8 else f"513555{rng.randint(100, 199):04d}"
    p.email = make_email(first, last, dob)
    c, z = rng.choice(CITIES)
    p.city, p.zip = c, (z if rng.random() < 0.7 else f"{z}-{rng.randint(1000, 9999)}")
    p.street = f"{rng.randint(12, 9899)} {rng.choice(STREETS)}{rng.choice(UNITS)}"
    plan = rng.choice(["mbi", "comm", "comm", "medicaid"]) if dob.year > 1959 else "mbi"
    if plan == "mbi":
        p.plan, p.member = "Medicare", mbi()
    elif plan == "medicaid":
        p.plan, p.member = "CareSource Medicaid", f"{rng.randint(10**11, 10**12 - 1)}"
    else:
        p.plan, p.member = rng.choice(["Anthem BCBS", "Medical Mutual", "UnitedHealthcare", "Aetna"]), rng.choice(
            [f"W{rng.randint(10**8, 10**9 - 1)}", f"XJH{rng.randint(10**7, 10**8 - 1)}", f"MMO{rng.randint(10**8, 10**9 - 1)}"])
    p.acct = rng.choice([f"PA{rng.randint(10**7, 10**8 - 1)}", f"{rng.randint(10**8, 10**9 - 1)}", f"G{rng.randint(10**6, 10**7 - 1)}"])
    p.csn = f"3{rng.randint(10**9, 10**10 - 1)}"
    p.username = rng.choice([f"{slug(first)[:1]}{slug(last)}{dob.year % 100:02d}", f"{slug(first)}.{slug(last)}",
                             f"{slug(last)}{rng.randint(1, 99)}"])
    p.portal_id = f"R-{rng.randint(100000, 999999)}"
    p.guardian = None
    if dob.year >= 2007:
        g = Person()
        g.first = rng.choice(GUARDIAN_FIRST[rng.choice("FM")])
        g.last = last if rng.random() < 0.7 else rng.choice(["Moreno", "Baker", "Okonkwo", "Lindgren"])
        g.email = make_email(g.first, g.last, dt.date(1985, 1, 1))
        g.rel = rng.choice(["mother", "father", "guardian"])
        p.guardian = g
    return p


def rand_dob():
    y = rng.choice(list(range(1938, 2004)) * 3 + list(range(2007, 2021)))
    return dt.date(y, rng.randint(1, 12), rng.randint(1, 28))


PATIENTS = [make_person(f, l_, s, rand_dob()) for f, l_, s in NAMES]
OLD = [make_person(f, l_, s, d) for f, l_, s, d in ELDERLY]
PATIENTS += OLD
for p in OLD:
    p.age = 2024 - p.dob.year - (1 if (3, 14) < (p.dob.month, p.dob.day) else 0)
    assert p.age > 89


def pat():
    return rng.choice(OLD) if rng.random() < 0.1 else rng.choice(PATIENTS)


STAFF = [("Grace", "Liang", "MD", "gliang"), ("Anita", "Desai", "MD", "adesai"), ("Mark", "Feldman", "RN", "mfeldman"),
         ("Samuel", "Okoro", "PA-C", "sokoro"), ("Renée", "Tremblay", "RN", "rtremblay"), ("Victor", "Alvarez", "MD", "valvarez"),
         ("Holly", "Bergstrom", "RHIA", "hbergstrom"), ("Kwame", "Mensah", "", "kmensah"), ("Deborah", "Pruitt", "CPC", "dpruitt")]
SYS_SENDERS = ["noreply-mychart@northwoodhealth.org", "appointments@northwoodhealth.org", "pfs-statements@northwoodhealth.org",
               "results-notify@northwoodhealth.org", "noreply-secmail@northwoodhealth.org"]
PARTNER_DIRECT = ["intake@direct.lakesidepeds.net", "referrals@direct.miamivalleyortho.com", "records@direct.greenecountyhh.org",
                  "hospice.intake@direct.daytonhospice-care.org", "ccm@direct.caresourceoh-ccm.com"]
VENDOR_ADDR = ["ar@medline-supply.com", "orders@owens-minor.com", "support@imprivata.com", "noreply@docusign.net",
               "billing@cerner-remitco.com", "edi-support@availity.com"]


def staff():
    return rng.choice(STAFF)


def staff_email(s=None):
    s = s or staff()
    return f"{s[3]}@northwoodhealth.org"


# --------------------------------------------------------------------------
# renderers
# --------------------------------------------------------------------------

def name_r(p, style=None):
    style = style or rng.choice(["fl", "fl", "lf", "LF", "FL", "low", "init", "lf_nc"])
    f, l_ = p.first, p.last
    if style == "fl":
        s = f"{f} {l_}"
    elif style == "lf":
        s = f"{l_}, {f}"
    elif style == "lf_nc":
        s = f"{l_} {f}"
    elif style == "LF":
        s = f"{l_.upper()}, {f.upper()}"
    elif style == "FL":
        s = f"{f.upper()} {l_.upper()}"
    elif style == "low":
        s = f"{f.lower()} {l_.lower()}"
    elif style == "init":
        s = f"{f[0]}. {l_}"
    elif style == "hl7":
        s = f"{l_.upper()}^{f.upper()}"
    elif style == "file":
        s = f"{fold(l_).replace(' ', '').replace(chr(39), '')}_{fold(f).replace(' ', '').replace('-', '')}"
    else:
        s = f"{f} {l_}"
    return (s, "name")


def date_r(d, style=None):
    style = style or rng.choice(["us", "us_nz", "iso", "dmon", "long", "yy", "compact"])
    if style == "us":
        s = d.strftime("%m/%d/%Y")
    elif style == "us_nz":
        s = f"{d.month}/{d.day}/{d.year}"
    elif style == "iso":
        s = d.strftime("%Y-%m-%d")
    elif style == "dmon":
        s = d.strftime("%d-%b-%Y")
    elif style == "long":
        s = f"{d:%B} {d.day}, {d.year}"
    elif style == "yy":
        s = f"{d.month}/{d.day}/{d.year % 100:02d}"
    elif style == "compact":
        s = d.strftime("%Y%m%d")
    elif style == "eu":
        s = d.strftime("%d.%m.%Y")
    elif style == "es":
        s = d.strftime("%d/%m/%Y")
    else:
        s = d.isoformat()
    return (s, "date")


def phone_r(p_or_digits, style=None, cat="phone"):
    d = p_or_digits if isinstance(p_or_digits, str) else p_or_digits.phone_digits
    style = style or rng.choice(["paren", "dash", "dots", "plain", "e164", "intl_sp"])
    a, b, c = d[:3], d[3:6], d[6:]
    s = {"paren": f"({a}) {b}-{c}", "dash": f"{a}-{b}-{c}", "dots": f"{a}.{b}.{c}", "plain": d,
         "e164": f"+1{d}", "intl_sp": f"+1 {a} {b} {c}", "tel": f"+1-{a}-{b}-{c}"}[style]
    return (s, cat)


def future_date():
    return dt.date(2024, rng.choice([3, 3, 4, 4, 5]), rng.randint(1, 28))


def past_date():
    return dt.date(2024, rng.choice([1, 2, 2, 3]), rng.randint(1, 13 if rng.random() < 0.5 else 28))


def mask_dot(s):
    return s


# --------------------------------------------------------------------------
# subjects (list of parts)
# --------------------------------------------------------------------------

def subj_phi(p):
    k = rng.randint(0, 19)
    if k == 0:
        return ["Your lab results are ready - ", name_r(p, "fl")]
    if k == 18:
        return ["Remote monitoring alert - ", name_r(p, "LF"), " - ICD SN ", (f"PJN{rng.randint(100000, 999999)}H", "device")]
    if k == 19:
        return ["EOB for member ", (p.member, "health_plan"), " - DOS ", date_r(past_date(), "us")]
    if k == 1:
        return ["[SECURE] Referral: ", name_r(p, "LF"), " DOB ", date_r(p.dob, "us"), " MRN ", (p.mrn, "mrn")]
    if k == 2:
        return ["Appointment reminder for ", name_r(p, "fl"), " on ", date_r(future_date(), "us_nz"), " 2:30 PM"]
    if k == 3:
        return ["Recordatorio de cita: ", name_r(p, "fl"), " - ", date_r(future_date(), "es"), " 09:15"]
    if k == 4:
        return ["RE: records request - ", name_r(p, "lf")]
    if k == 5:
        a = past_date()
        return ["Discharge summary ", name_r(p, "LF"), " adm ", date_r(a, "iso"), " dc ", date_r(a + dt.timedelta(days=rng.randint(1, 6)), "iso")]
    if k == 6:
        return ["FW: prior auth denial - member ", (p.member, "health_plan"), " ", name_r(p, "init")]
    if k == 7:
        return ["Your statement is available (acct ", (p.acct, "account"), ")"]
    if k == 8:
        return ["encrypt: ", name_r(p, "lf"), " CT abd/pelvis ", date_r(past_date(), "yy")]
    if k == 9:
        return ["Befund für ", name_r(p, "fl"), " vom ", date_r(past_date(), "eu")]
    if k == 10:
        return ["Visit summary for ", name_r(p, "fl"), " (CSN ", (p.csn, "other_id"), ")"]
    if k == 11:
        return ["[secure] ", name_r(p, "FL"), " - MRN#", (p.mrn, "mrn"), " path report"]
    if k == 12:
        return ["FW: FMLA paperwork for ", name_r(p, "fl")]
    if k == 13:
        return ["Pre-op instructions - surgery ", date_r(future_date(), "long")]
    if k == 14:
        return ["Rappel: rendez-vous de ", name_r(p, "fl"), " le ", date_r(future_date(), "es")]
    if k == 15 and hasattr(p, "age"):
        return ["Hospice eligibility review: ", name_r(p, "fl"), ", ", (str(p.age), "age"), " y/o"]
    if k == 15:
        return ["Care plan update for ", name_r(p, "lf"), " - next visit ", date_r(future_date(), "dmon")]
    if k == 16:
        return ["Message from your care team"]
    return ["Re: question about my bill ", (p.acct, "account")]


NOISE_SUBJ = ["Weekly OR block schedule", "Phishing simulation results Q1", "Change CHG0031123: Postfix TLS policy update",
              "Reminder: mandatory HIPAA training due 03/31", "Lunch & Learn: sepsis bundle updates",
              "PO 4500187234 confirmation", "Invoice INV-2024-00871", "Downtime: Epic PRD 03/17 01:00-03:00",
              "Parking garage B closure", "Re: Q1 capital request #2024-118", "Badge access audit - ED", "Out of Office: Mark Feldman",
              "[EXTERNAL] Your DocuSign envelope is complete", "Pharmacy & Therapeutics agenda", "Spring Wellness Newsletter"]


def fname_phi(p):
    k = rng.randint(0, 6)
    if k == 0:
        return [name_r(p, "file"), "_MRI_", date_r(past_date(), "iso"), ".pdf"]
    if k == 1:
        return ["EOB_", (p.member, "health_plan"), "_", (fold(p.last).replace(" ", ""), "name"), ".pdf"]
    if k == 2:
        return ["CCD_", name_r(p, "file"), "_", date_r(past_date(), "compact"), ".xml"]
    if k == 3:
        return ["labs ", name_r(p, "fl"), " ", date_r(past_date(), "iso"), ".pdf"]
    if k == 4:
        return [(p.mrn, "mrn"), "_discharge_instructions.pdf"]
    if k == 5:
        return ["Statement_", (p.acct, "account"), ".pdf"]
    return ["referral_", (slug(p.last), "name"), "_", date_r(p.dob, "compact"), ".pdf"]


NOISE_FILES = ["OR_schedule_wk11.xlsx", "invoice_INV-2024-00871.pdf", "HIPAA_training_2024.pptx", "newsletter_spring2024.pdf",
               "image001.png", "PO4500187234.pdf", "policy_IT-SEC-014_v3.docx", "smime.p7s"]

# --------------------------------------------------------------------------
# hosts
# --------------------------------------------------------------------------
RELAYS = {"gmail.com": ("gmail-smtp-in.l.google.com", "142.250.112.26"), "yahoo.com": ("mta7.am0.yahoodns.net", "67.195.204.77"),
          "aol.com": ("mx-aol.mail.gm0.yahoodns.net", "67.195.228.110"), "outlook.com": ("outlook-com.olc.protection.outlook.com", "52.101.40.29"),
          "hotmail.com": ("hotmail-com.olc.protection.outlook.com", "52.101.9.2"), "icloud.com": ("mx01.mail.icloud.com", "17.57.154.33"),
          "comcast.net": ("mx1h1.comcast.net", "96.102.18.146"), "att.net": ("ff-ip4-mx-vip1.prodigy.net", "144.160.159.21"),
          "sbcglobal.net": ("al-ip4-mx-vip2.prodigy.net", "144.160.235.144"), "protonmail.com": ("mail.protonmail.ch", "185.70.42.128"),
          "gmx.de": ("mx00.emig.gmx.net", "212.227.15.9"), "wp.pl": ("mx.wp.pl", "212.77.101.1")}


def relay_for(email):
    return RELAYS.get(email.split("@")[1], ("mx.example-isp.net", "198.51.100.25"))


OUT_HOSTS = ["gw-out01", "gw-out02"]
IN_HOSTS = ["mx01", "mx02"]

# --------------------------------------------------------------------------
# generators: each returns list[Line]
# --------------------------------------------------------------------------


def g_postfix_noise():
    d = tick()
    h = rng.choice(OUT_HOSTS + IN_HOSTS)
    head = f"{ts_sys(d)} {h} "
    k = rng.randint(0, 13)
    q = qid()
    if k == 0:
        s = f"postfix/smtpd[{pid()}]: connect from exch-hub0{rng.randint(1, 2)}.northwoodhealth.org[{int_ip()}]"
    elif k == 1:
        s = f"postfix/smtpd[{pid()}]: disconnect from exch-hub01.northwoodhealth.org[{int_ip()}] ehlo=2 starttls=1 mail=1 rcpt=1 data=1 quit=1 commands=7"
    elif k == 2:
        s = f"postfix/qmgr[{pid()}]: {q}: from=<{rng.choice(SYS_SENDERS + [staff_email()])}>, size={rng.randint(2000, 900000)}, nrcpt=1 (queue active)"
    elif k == 3:
        s = f"postfix/qmgr[{pid()}]: {q}: removed"
    elif k == 4:
        rh, rip = rng.choice(list(RELAYS.values()))
        s = (f"postfix/smtp[{pid()}]: Trusted TLS connection established to {rh}[{rip}]:25: TLSv1.3 with cipher "
             f"TLS_AES_256_GCM_SHA384 (256/256 bits) key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256")
    elif k == 5:
        s = f"postfix/anvil[{pid()}]: statistics: max connection rate {rng.randint(3, 40)}/60s for (smtp:{int_ip()}) at {ts_sys(d - dt.timedelta(minutes=7))}"
    elif k == 6:
        s = f"postfix/postscreen[{pid()}]: PASS OLD [{rng.choice(['40.107.', '209.85.', '198.2.'])}{rng.randint(1, 254)}.{rng.randint(1, 254)}]:{rng.randint(30000, 65000)}"
    elif k == 7:
        s = (f"postfix/smtpd[{pid()}]: NOQUEUE: reject: RCPT from unknown[185.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}]: "
             f"554 5.7.1 <info@northwoodhealth.org>: Recipient address rejected: Access denied; from=<{rs('abcdefghijklmnop', 7)}@{rng.choice(['mailer-xz.top', 'promo-deal.click', 'bulkmsg.ru'])}> "
             f"to=<info@northwoodhealth.org> proto=ESMTP helo=<{rs('abcdefghij', 6)}.local>")
    elif k == 8:
        v = rng.choice(VENDOR_ADDR)
        rh, rip = ("mx.ppe.example-vendor.com", f"148.163.{rng.randint(128, 159)}.{rng.randint(1, 254)}")
        s = (f"postfix/smtp[{pid()}]: {q}: to=<{v}>, relay={rh}[{rip}]:25, delay={rng.uniform(0.3, 3):.1f}, "
             f"delays=0.05/0.01/0.{rng.randint(1, 9)}/0.{rng.randint(1, 9)}, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as {qid()})")
    elif k == 9:
        s = f"postfix/master[{pid()}]: reload -- version 3.7.10, configuration /etc/postfix"
    elif k == 10:
        s = f"postfix/scache[{pid()}]: statistics: domain lookup hits={rng.randint(10, 900)} miss={rng.randint(5, 90)} success={rng.randint(50, 99)}%"
    elif k == 11:
        s = f"postfix/smtp[{pid()}]: connect to mx.lakesidepeds.net[{rng.choice(['204.', '216.'])}{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}]:25: Connection timed out"
    elif k == 12:
        s = f"postfix/cleanup[{pid()}]: {q}: message-id=<{msgid()}>"
    else:
        s = f"postfix/pickup[{pid()}]: {q}: uid={rng.choice([0, 998, 1001])} from=<{rng.choice(['root', 'nagios', 'logwatch'])}>"
    return [mk("postfix", head + s)]


def ok_resp(em, d):
    dom = em.split("@")[1]
    if dom == "gmail.com":
        return f"250 2.0.0 OK  {epoch(d)} {rs(ALNUM.lower(), 16)}.{rng.randint(100, 999)} - gsmtp"
    if dom in ("outlook.com", "hotmail.com"):
        return f"250 2.6.0 <{exch_msgid()}> [InternalId={rng.randint(10**12, 10**13)}, Hostname=BN8NAM12HT{rng.randint(100, 250)}.eop-nam12.prod.protection.outlook.com] Queued mail for delivery"
    if dom in ("yahoo.com", "aol.com"):
        return "250 ok dirdel"
    if dom == "icloud.com":
        return f"250 2.0.0 Ok: queued as {rs(HEX, 12)}"
    return f"250 2.0.0 {rs(ALNUM, 12)} mail accepted for delivery"


def bounce_resp(em):
    dom = em.split("@")[1]
    if dom == "gmail.com":
        return ["550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos ",
                f"{rs(ALNUM.lower(), 16)}.{rng.randint(100, 999)} - gsmtp"]
    if dom in ("yahoo.com", "aol.com"):
        return ["554 delivery error: dd This user doesn't have a ", dom, " account (", (em, "email"), ") [0] - mta", str(rng.randint(1000, 9999)), ".mail.gq1.yahoo.com"]
    return ["550 5.1.1 <", (em, "email"), ">: Recipient address rejected: User unknown"]


def g_postfix_phi():
    d = tick()
    p = pat()
    h = rng.choice(OUT_HOSTS)
    q = rng.choice([qid(), qid_long()])
    em = p.guardian.email if p.guardian and rng.random() < 0.7 else p.email
    rh, rip = relay_for(em)
    iso = rng.random() < 0.35
    head = f"{ts_iso_local(d)[:-6]}{rng.randint(100, 999)}-04:00 {h}.northwoodhealth.org " if iso else f"{ts_sys(d)} {h} "
    k = rng.randint(0, 5)
    if k in (0, 1):
        return [mk("postfix", head, f"postfix/smtp[{pid()}]: {q}: to=<", (em, "email"),
                   f">, relay={rh}[{rip}]:25, delay={rng.uniform(0.4, 4):.2g}, delays=0.1/0/0.{rng.randint(1, 9)}/0.{rng.randint(1, 9)}, "
                   f"dsn=2.0.0, status=sent ({ok_resp(em, d)})")]
    if k == 2:
        return [mk("postfix", head, f"postfix/smtp[{pid()}]: {q}: to=<", (em, "email"),
                   f">, relay={rh}[{rip}]:25, delay=1.9, delays=0.02/0/0.6/1.2, dsn=5.1.1, status=bounced (host {rh}[{rip}] said: ",
                   *bounce_resp(em), " (in reply to RCPT TO command))")]
    if k == 3:
        return [mk("postfix", head, f"postfix/smtp[{pid()}]: {q}: to=<", (em, "email"),
                   f">, relay=none, delay={rng.randint(300, 4000)}, delays={rng.randint(300, 4000)}/0.1/30/0, dsn=4.4.1, "
                   f"status=deferred (connect to {rh}[{rip}]:25: Connection timed out)")]
    if k == 4:
        s = staff()
        return [mk("postfix", head, f"postfix/cleanup[{pid()}]: {q}: warning: header Subject: ", subj_phi(p),
                   f" from exch-hub01.northwoodhealth.org[{int_ip()}]; from=<{staff_email(s)}> to=<", (em, "email"),
                   "> proto=ESMTP helo=<NWHEXCH01.nwh.local>")]
    return [mk("postfix", head, f"postfix/smtp[{pid()}]: {q}: host {rh}[{rip}] said: 421 4.7.0 [TSS04] Messages from 198.51.100.7 temporarily deferred due to unexpected volume or user complaints; to=<",
               (em, "email"), ">")]


def g_amavis_noise():
    d = tick()
    h = rng.choice(OUT_HOSTS + IN_HOSTS)
    ap = pid()
    k = rng.randint(0, 4)
    if k == 0:
        subj = rng.choice(NOISE_SUBJ)
        s = (f"({ap}-{rng.randint(1, 20):02d}) Passed CLEAN {{RelayedInternal}}, ORIGINATING LOCAL [{int_ip()}]:{rng.randint(30000, 60000)} "
             f"<{staff_email()}> -> <{staff_email()}>, Queue-ID: {qid()}, Message-ID: <{exch_msgid()}>, mail_id: {rs(ALNUM + '-_', 12)}, "
             f"Hits: -{rng.uniform(0.1, 3):.3f}, size: {rng.randint(3000, 400000)}, queued_as: {qid()}, Subject: \"{subj}\", {rng.randint(200, 2500)} ms")
    elif k == 1:
        s = (f"({ap}-{rng.randint(1, 20):02d}) Blocked SPAM {{DiscardedInbound,Quarantined}}, [{rng.randint(40, 200)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}]:{rng.randint(30000, 60000)} "
             f"<bounce-{rng.randint(1000, 9999)}@promo-deal.click> -> <ap@northwoodhealth.org>, quarantine: spam-{rs(ALNUM, 12)}.gz, "
             f"Message-ID: <{hexs(16)}@promo-deal.click>, mail_id: {rs(ALNUM, 12)}, Hits: {rng.uniform(8, 30):.3f}, size: {rng.randint(4000, 40000)}, "
             f"Subject: \"Your invoice is overdue - action required\", {rng.randint(300, 3000)} ms")
    elif k == 2:
        s = f"({ap}-01) (!)ClamAV-clamd av-scanner FAILED: run_av error: Too many retries to talk to /var/run/clamav/clamd.ctl (timed out) at (eval 112) line 613."
    elif k == 3:
        s = f"({ap}-{rng.randint(1, 20):02d}) extra modules loaded after daemonizing/chrooting: Mail/SpamAssassin/Plugin/FreeMail.pm"
    else:
        s = f"({ap}-{rng.randint(1, 40):02d}) TIMING [total {rng.randint(300, 2500)} ms, cpu {rng.randint(100, 900)} ms] - SMTP greeting: 5 (0%)0, SMTP EHLO: 1 (0%)0, SMTP pre-DATA-flush: 3 (0%)1, SMTP DATA: 64 (6%)7, check_init: 0 (0%)7, digest_hdr: 1 (0%)7, spam-wb-list: 2 (0%)7, SA check: {rng.randint(100, 900)} (71%)78"
    return [mk("amavis", f"{ts_sys(d)} {h} amavis[{ap}]: {s}")]


def g_amavis_phi():
    d = tick()
    h = rng.choice(OUT_HOSTS)
    ap = pid()
    p = pat()
    em = p.guardian.email if p.guardian and rng.random() < 0.6 else p.email
    frm = rng.choice(SYS_SENDERS + [staff_email()] * 2)
    if rng.random() < 0.75:
        return [mk("amavis", f"{ts_sys(d)} {h} amavis[{ap}]: ({ap}-{rng.randint(1, 20):02d}) Passed CLEAN {{RelayedOutbound}}, ORIGINATING LOCAL [{int_ip()}]:{rng.randint(30000, 60000)} [{int_ip()}] <{frm}> -> <",
                   (em, "email"), f">, Queue-ID: {qid()}, Message-ID: <{exch_msgid() if '@northwoodhealth' in frm and frm[0] != 'n' else msgid()}>, mail_id: {rs(ALNUM + '-_', 12)}, "
                   f"Hits: -{rng.uniform(0.1, 3):.3f}, size: {rng.randint(3000, 900000)}, queued_as: {qid()}, dkim_new=sel2024:northwoodhealth.org, Subject: \"",
                   subj_phi(p), f"\", {rng.randint(200, 2500)} ms")]
    fn = fname_phi(p)
    fn = fn[:-1] + [fn[-1].rsplit(".", 1)[0] + ".zip"]
    return [mk("amavis", f"{ts_sys(d)} {h} amavis[{ap}]: ({ap}-{rng.randint(1, 20):02d}) Blocked BANNED (multipart/mixed | application/zip,.zip,", *fn,
               f" | .encr) {{DiscardedOutbound,Quarantined}}, ORIGINATING LOCAL [{int_ip()}] <{staff_email()}> -> <", (em, "email"),
               f">, quarantine: banned-{rs(ALNUM, 12)}, Queue-ID: {qid()}, mail_id: {rs(ALNUM, 12)}, Hits: -, size: {rng.randint(40000, 900000)}, {rng.randint(200, 2500)} ms")]


def g_milter_noise():
    d = tick()
    h = rng.choice(OUT_HOSTS + IN_HOSTS)
    q = qid()
    k = rng.randint(0, 6)
    if k == 0:
        s = f"opendkim[{pid()}]: {q}: DKIM-Signature field added (s=sel2024, d=northwoodhealth.org)"
    elif k == 1:
        s = f"opendmarc[{pid()}]: {q}: {rng.choice(['gmail.com', 'availity.com', 'caresource.com', 'medline.com'])} pass"
    elif k == 2:
        s = f"opendkim[{pid()}]: {q}: s=20230601 d=gmail.com a=rsa-sha256 SSL error:0A000086:SSL routines::certificate verify failed"
    elif k == 3:
        s = f"clamd[{pid()}]: SelfCheck: Database status OK."
    elif k == 4:
        s = f"clamd[{pid()}]: instream({int_ip()}@{rng.randint(30000, 60000)}): Heuristics.Phishing.Email.SpoofedDomain FOUND"
    elif k == 6:
        s = (f"rspamd[{pid()}]: <{hexs(6)}>; task; rspamd_task_write_log: id: <{exch_msgid()}>, qid: <{qid()}>, ip: {int_ip()}, from: <{staff_email()}>, "
             f"(default: F (no action): [-{rng.uniform(0.1, 2):.2f}/15.00] [ARC_NA(0.00){{}},DKIM_SIGNED(0.00){{northwoodhealth.org:s=sel2024;}}]), len: {rng.randint(3000, 90000)}, "
             f"time: {rng.uniform(20, 400):.3f}ms, dns req: {rng.randint(1, 20)}, digest: <{hexs(32)}>, rcpts: <{rng.choice(VENDOR_ADDR)}>")
    else:
        s = f"policyd-spf[{pid()}]: prepend Received-SPF: Pass (mailfrom) identity=mailfrom; client-ip=209.85.{rng.randint(128, 255)}.{rng.randint(1, 254)}; helo=mail-pj1-f{rng.randint(40, 99)}.google.com; envelope-from=noreply@availity.com; receiver=<UNKNOWN>"
    return [mk("milter", f"{ts_sys(d)} {h} {s}")]


EXCH_FIELDS = ("date-time,client-ip,client-hostname,server-ip,server-hostname,source-context,connector-id,source,event-id,internal-message-id,"
               "message-id,network-message-id,recipient-address,recipient-status,total-bytes,recipient-count,related-recipient-address,reference,"
               "message-subject,sender-address,return-path,message-info,directionality,tenant-id,original-client-ip,original-server-ip,custom-data,"
               "transport-traffic-type,log-id,schema-version")


def exch_header():
    d = now() + UTC_OFF
    return [mk("exchange_msgtrk", "#Software: Microsoft Exchange Server"), mk("exchange_msgtrk", "#Version: 15.02.1258.012"),
            mk("exchange_msgtrk", "#Log-type: Message Tracking Log"), mk("exchange_msgtrk", f"#Date: {d:%Y-%m-%dT%H:%M:%S}.{d.microsecond // 1000:03d}Z"),
            mk("exchange_msgtrk", f"#Fields: {EXCH_FIELDS}")]


def exch_row(subject_parts, rcpt_parts, sender, event=None, source=None):
    d = tick()
    event = event or rng.choice(["RECEIVE", "SEND", "DELIVER", "SUBMIT", "AGENTINFO"])
    source = source or {"RECEIVE": "SMTP", "SEND": "SMTP", "DELIVER": "STOREDRIVER", "SUBMIT": "STOREDRIVER", "AGENTINFO": "AGENT"}[event]
    srv = f"NWHEXCH0{rng.randint(1, 2)}"
    nmid = uuid4()
    fields = [
        [ts_iso_z(d)], [int_ip()], [srv], [int_ip()], [f"{srv}.nwh.local"],
        ["08DC4" + rs(HEX, 11) + ";250 2.0.0 OK;ClientSubmitTime:" if event == "RECEIVE" else ("TransportRule Agent" if event == "AGENTINFO" else "")],
        [f"{srv}\\Default {srv}" if event == "RECEIVE" else ("Outbound to Gateway" if event == "SEND" else "")],
        [source], [event], [str(rng.randint(100000, 9999999))], [f"<{exch_msgid()}>"], [nmid], rcpt_parts,
        ["250 2.1.5 Recipient OK" if event in ("SEND", "DELIVER") else ""], [str(rng.randint(4000, 900000))], ["1"], [""], [""],
        subject_parts, [sender], [sender], ["" if event != "SEND" else f"{rng.randint(0, 9)}.{rng.randint(0, 9)}"],
        ["Originating"], [""], [int_ip()], [int_ip()],
        ["S:TRA=ETR|ruleId=" + uuid4() + "|st=" + (d + UTC_OFF).strftime("%m/%d/%Y %I:%M:%S %p") + "|action=SetHeader|sev=1|mode=Enforce"] if event == "AGENTINFO" else [""],
        ["Email"], [nmid], ["15.02.1258.012"]]
    ln = Line("exchange_msgtrk")
    for i, f in enumerate(fields):
        if i:
            ln.t(",")
        ln.t(*csv_field(f))
    return ln


def g_exch_noise():
    s = staff()
    rc = staff_email() if rng.random() < 0.7 else rng.choice(VENDOR_ADDR)
    return [exch_row([rng.choice(NOISE_SUBJ)], [rc], staff_email(s))]


def g_exch_phi():
    p = pat()
    em = p.guardian.email if p.guardian and rng.random() < 0.5 else p.email
    if rng.random() < 0.3:
        rc = [rng.choice(PARTNER_DIRECT)]  # subject carries phi, rcpt is org
    else:
        rc = [(em, "email")]
    return [exch_row(subj_phi(p), rc, staff_email(), event=rng.choice(["RECEIVE", "SEND", "SUBMIT", "AGENTINFO"]))]


# ---- DLP -----------------------------------------------------------------

def snippet(p):
    k = rng.randint(0, 12)
    if k == 0:
        return ("US_SSN", ["...patient ", name_r(p, "fl"), " SSN ", (p.ssn, "ssn"), " DOB ", date_r(p.dob), "..."])
    if k == 1:
        return ("US_SSN", ["SSN: ", (p.ssn.replace("-", ""), "ssn"), " | MRN: ", (p.mrn, "mrn")])
    if k == 2:
        c = luhn_complete(rng.choice(["4", "51", "55", "6011"]))
        cs_ = c if rng.random() < 0.5 else " ".join(c[i:i + 4] for i in range(0, 16, 4))
        return ("CREDIT_CARD", ["card on file ", (cs_, "account"), " exp 0", str(rng.randint(1, 9)), "/2", str(rng.randint(5, 9)), " for guarantor ", name_r(p, "lf")])
    if k == 3:
        return ("MEDICARE_MBI" if p.plan == "Medicare" else "HEALTH_PLAN_ID", [p.plan, " ID ", (p.member, "health_plan"), " - ", name_r(p, "LF")])
    if k == 4:
        return ("DRIVERS_LICENSE_US", ["copy of DL# ", (rng.choice(["RS", "TQ", "SB", "UH"]) + f"{rng.randint(100000, 999999)}", "license"), " (OH) for ", name_r(p, "fl"), " attached"])
    if k == 5:
        return ("VIN", ["MVC 3/9: pt ", name_r(p, "init"), " driver of vehicle VIN ", (vin(), "vehicle"), ", plate ", (rng.choice(["JKL", "HBX", "GTR"]) + f"{rng.randint(1000, 9999)}", "vehicle")])
    if k == 6:
        return ("ICD10_MEDICAL_TERM", [name_r(p, "fl"), " dx F32.1 major depressive disorder, seen ", date_r(past_date())])
    if k == 7:
        return ("BANK_ACCOUNT", ["please draft routing 041215663 acct ", (str(rng.randint(10**9, 10**10 - 1)), "account"), " for ", name_r(p, "lf"), " payment plan"])
    if k == 8:
        return ("US_ADDRESS", [name_r(p, "fl"), ", ", (p.street, "address"), ", ", (p.city, "address"), ", OH ", (p.zip, "zip")])
    if k == 9:
        return ("PHONE+DIAGNOSIS", ["call pt at ", phone_r(p), " re HIV viral load result"])
    if k == 10 and hasattr(p, "age"):
        return ("AGE_OVER_89", ["Hospice referral: ", (str(p.age), "age"), "-year-old ", "female" if p.sex == "F" else "male", " ", name_r(p, "fl")])
    if k == 11:
        return ("FAX_NUMBER", ["pt requests records faxed to her home fax " if p.sex == "F" else "pt requests records faxed to his home fax ", phone_r(p.phone_digits[:6] + f"{(int(p.phone_digits[6:]) + 7) % 10000:04d}", cat="fax")])
    return ("MRN", ["MRN ", (p.mrn, "mrn"), " / CSN ", (p.csn, "other_id"), " ", name_r(p, "hl7")])


def g_dlp_json_phi():
    d = tick()
    p = pat()
    em = p.guardian.email if p.guardian and rng.random() < 0.5 else p.email
    dets = [snippet(p) for _ in range(rng.choice([1, 1, 2]))]
    if len(dets) == 2 and dets[0][0] == dets[1][0]:
        dets = dets[:1]
    act = rng.choice(["encrypt", "quarantine", "block", "notify"])
    obj = {"@timestamp": ts_iso_z(d), "event": {"kind": "alert", "module": "email_dlp", "action": act},
           "host": {"name": "dlp-prevent01"},
           "policy": {"id": f"POL-{rng.randint(1, 30):04d}", "name": rng.choice(["HIPAA PHI - Outbound Unencrypted", "PCI - Cardholder Data", "PII - Government IDs"]),
                      "rule": rng.choice(["SSN + Clinical Term", "3+ identifiers", "Keyword dictionary: diagnoses", "Card number Luhn"])},
           "message": {"queue_id": qid(), "message_id": f"<{exch_msgid()}>", "from": staff_email(),
                       "to": [T(em, "email")] if rng.random() < 0.7 else [rng.choice(PARTNER_DIRECT)],
                       "subject": M(subj_phi(p)), "size": rng.randint(4000, 900000)},
           "matches": [{"detector": dn, "count": 1, "confidence": rng.choice(["high", "medium"]), "location": rng.choice(["body", "subject", "attachment"]),
                        "snippet": M(sn)} for dn, sn in dets],
           "severity": rng.choice(["high", "medium"]), "disposition": {"encrypt": "route_to_secmail", "quarantine": "hold_for_review", "block": "ndr_sender", "notify": "deliver"}[act]}
    return [jline("dlp_json", obj)]


def g_dlp_json_photo():
    d = tick()
    p = pat()
    b64 = jpeg_b64(rng.randint(140, 220))
    obj = {"@timestamp": ts_iso_z(d), "event": {"kind": "alert", "module": "email_dlp", "action": "quarantine"},
           "policy": {"id": "POL-0019", "name": "Patient images - outbound", "rule": "Image classifier: face + clinical context"},
           "message": {"queue_id": qid(), "from": staff_email(), "to": [T(p.email, "email")], "attachments": [M(["IMG_", str(rng.randint(1000, 9999)), ".jpg"])]},
           "matches": [{"detector": "IMAGE_FACE", "confidence": 0.93, "thumbnail_b64": T(b64, "photo")}]}
    return [jline("dlp_json", obj, compact=True)]


def jpeg_b64(n):
    head = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00\xff\xdb\x00C\x00"
    body = bytes(rng.getrandbits(8) for _ in range(n))
    return base64.b64encode(head + body).decode()


def g_dlp_json_noise():
    d = tick()
    k = rng.randint(0, 3)
    if k == 0:
        obj = {"@timestamp": ts_iso_z(d), "event": {"kind": "alert", "module": "email_dlp", "action": "notify"},
               "policy": {"id": "POL-0003", "name": "PII - Government IDs", "rule": "SSN pattern"},
               "message": {"queue_id": qid(), "from": "kmensah@northwoodhealth.org", "to": ["dlp-test@northwoodhealth.org"],
                           "subject": "DLP regression test #" + str(rng.randint(10, 99)), "size": 2210},
               "matches": [{"detector": "US_SSN", "count": 2, "snippet": "test values 123-45-6789 and 078-05-1120"},
                           {"detector": "CREDIT_CARD", "count": 1, "snippet": "4111 1111 1111 1111"}], "severity": "info", "test": True}
    elif k == 1:
        obj = {"@timestamp": ts_iso_z(d), "log.level": "info", "message": "policy bundle loaded", "bundle_version": f"2024.03.{rng.randint(1, 14)}-{rng.randint(100, 999)}",
               "policies": rng.randint(18, 31), "detectors": rng.randint(80, 140), "sha256": hexs(64)}
    elif k == 2:
        obj = {"@timestamp": ts_iso_z(d), "log.level": "info", "message": "scan stats", "window_s": 60, "messages": rng.randint(200, 900),
               "matched": rng.randint(0, 40), "encrypted": rng.randint(0, 30), "blocked": rng.randint(0, 5), "p95_ms": rng.randint(40, 400)}
    else:
        obj = {"@timestamp": ts_iso_z(d), "log.level": "warn", "message": "OCR worker timeout", "worker": f"ocr-{rng.randint(1, 4)}",
               "attachment_sha256": hexs(64), "timeout_ms": 30000, "trace_id": hexs(32)}
    return [jline("dlp_json", obj)]


def g_purview_phi():
    d = tick()
    p = pat()
    em = p.guardian.email if p.guardian and rng.random() < 0.5 else p.email
    s = staff()
    vals = []
    k = rng.randint(0, 3)
    if k == 3:
        vals.append(("U.S. Medicare Beneficiary Identifier (MBI)" if p.plan == "Medicare" else "NWH Health Plan Member ID (custom)", 85, [(p.member, "health_plan")]))
    if k == 0:
        vals.append(("U.S. Social Security Number (SSN)", 85, [(p.ssn, "ssn")]))
    elif k == 1:
        vals.append(("NWH Medical Record Number (custom)", 75, [(p.mrn, "mrn")]))
    else:
        vals.append(("Credit Card Number", 85, [(luhn_complete("4"), "account")]))
    if rng.random() < 0.5:
        vals.append(("All Full Names", 65, [name_r(p, "fl")]))
    obj = {"CreationTime": (d + UTC_OFF).strftime("%Y-%m-%dT%H:%M:%S"), "Id": uuid4(), "Operation": "DLPRuleMatch", "OrganizationId": uuid4(),
           "RecordType": 13, "UserKey": "1003200" + str(rng.randint(10**8, 10**9 - 1)), "UserType": 0, "Version": 1, "Workload": "Exchange",
           "ClientIP": "", "UserId": staff_email(s), "IncidentId": uuid4(),
           "PolicyDetails": [{"PolicyId": uuid4(), "PolicyName": "U.S. Health Insurance Act (HIPAA) Enhanced",
                              "Rules": [{"Actions": [rng.choice(["NotifyUser", "BlockAccess", "Encrypt"])], "ConditionsMatched": {
                                  "SensitiveInformation": [{"Confidence": c, "Count": len(v), "SensitiveInformationDetections": {
                                      "DetectedValues": [{"Name": n, "Value": T(x[0], x[1])} for x in v]}, "SensitiveInformationTypeName": n}
                                      for n, c, v in vals]}, "RuleName": "High volume of content detected U.S. HIPAA Enhanced", "Severity": "High"}]}],
           "SensitiveInfoDetectionIsIncluded": True,
           "ExchangeMetaData": {"BCC": [], "CC": [], "FileSize": rng.randint(4000, 900000), "From": staff_email(s),
                                "MessageID": f"<{exch_msgid()}>", "RecipientCount": 1, "Sent": (d + UTC_OFF).strftime("%Y-%m-%dT%H:%M:%S"),
                                "Subject": M(subj_phi(p)), "To": [T(em, "email")], "UniqueID": uuid4()}}
    return [jline("purview_dlp", obj, compact=True)]


def g_cef_phi():
    d = tick()
    p = pat()
    em = p.guardian.email if p.guardian and rng.random() < 0.5 else p.email
    dn, sn = snippet(p)
    fn = fname_phi(p) if rng.random() < 0.5 else [rng.choice(NOISE_FILES)]
    sev = rng.randint(5, 9)
    ln = mk("dlp_cef", f"{ts_sys(d)} dlp-prevent01 CEF:0|Symantec|DLP Network Prevent for Email|16.0.1|HIPAA-{rng.randint(1, 12):02d}|HIPAA PHI Outbound - {dn}|{sev}|",
            f"rt={(d + UTC_OFF):%b %d %Y %H:%M:%S} UTC suser={staff_email()} duser=", (em, "email"),
            " fname=", *fn, " act=", rng.choice(["Blocked", "Encrypted", "Passed"]), " cs1Label=MatchedContent cs1=", *sn,
            f" cs2Label=IncidentID cs2={rng.randint(100000, 999999)} externalId={qid()}")
    for s_ in ln.spans:
        assert "=" not in s_["_v"]
    return [ln]


def g_cef_noise():
    d = tick()
    return [mk("dlp_cef", f"{ts_sys(d)} dlp-prevent01 CEF:0|Symantec|DLP Network Prevent for Email|16.0.1|SYS-{rng.randint(100, 199)}|"
               f"{rng.choice(['Detection server heartbeat', 'Policy sync complete', 'MTA connection pool recycled'])}|1|rt={(d + UTC_OFF):%b %d %Y %H:%M:%S} UTC "
               f"dvchost=dlp-prevent01.northwoodhealth.org cs1Label=Version cs1=16.0.1.{rng.randint(10000, 20000)} cnt={rng.randint(1, 400)}")]


# ---- secure mail portal ---------------------------------------------------
GEO_CITIES = ["Dayton", "Kettering", "Columbus", "Cincinnati", "Springfield", "Beavercreek", "Indianapolis", "Lexington"]
UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15"]


def smref():
    return f"SM-{now():%Y%m%d}-{rng.randint(10000, 99999)}"


def g_portal_kv_phi():
    d = tick()
    p = pat()
    em = p.guardian.email if p.guardian and rng.random() < 0.5 else p.email
    ip = pub_ip() if rng.random() < 0.85 else pub_ip6()
    head = f"{ts_iso_local(d)} secmail-portal-0{rng.randint(1, 2)} secmaild[{pid()}]: "
    k = rng.randint(0, 5)
    if k == 0:
        return [mk("secmail_kv", head, "level=info evt=recipient.register result=ok tenant=nwh rcpt=", (em, "email"),
                   " display_name=\"", name_r(p, rng.choice(["fl", "low"])), "\" rcpt_id=", (p.portal_id, "other_id"),
                   " src_ip=", (ip, "ip"), " auth=password+otp")]
    if k == 1:
        return [mk("secmail_kv", head, f"level=info evt=message.open msg_ref={smref()} rcpt=", (em, "email"), " src_ip=", (ip, "ip"),
                   " geo_city=", (rng.choice(GEO_CITIES), "address"), f" geo_region=OH geo_cc=US client=web attachments_viewed={rng.randint(0, 3)}")]
    if k == 2:
        return [mk("secmail_kv", head, "level=info evt=otp.sent channel=sms rcpt_id=", (p.portal_id, "other_id"), " to=", phone_r(p, "e164"),
                   f" provider=twilio sid=SM{hexs(32)}")]
    if k == 3:
        prev = rng.choice([
            ["Hi Dr. Liang, this is ", name_r(p, "fl"), ". Can you resend the letter for my employer? My new fax is ",
             phone_r(p.phone_digits[:6] + "0199", "dash", cat="fax")],
            ["My " + ("mother " if p.sex == "F" else "father "), name_r(p, "fl"), " (DOB ", date_r(p.dob, "us_nz"), ") is confused about " + ("her" if p.sex == "F" else "his") + " meds, please call me"],
            ["Thank you. I updated our page so family can follow along: ", ("https://www.caringbridge.org/site/" + slug(p.first) + slug(p.last), "url")],
            ["I moved, new address is ", (p.street, "address"), ", ", (p.city, "address"), " OH ", (p.zip, "zip")],
        ])
        return [mk("secmail_kv", head, f"level=info evt=message.reply msg_ref={smref()} in_reply_to={smref()} rcpt=", (em, "email"),
                   " preview=\"", *prev, "\" len=", str(rng.randint(80, 900)))]
    if k == 4:
        return [mk("secmail_kv", head, "level=warn evt=login.failed reason=bad_password user=", (p.username, "other_id"), " src_ip=", (ip, "ip"),
                   f" attempts={rng.randint(2, 6)}")]
    return [mk("secmail_kv", head, f"level=info evt=message.expire.notice msg_ref={smref()} rcpt=", (em, "email"),
               f" expires_at={(d + dt.timedelta(days=30)):%Y-%m-%d} days_left=3")]


def g_portal_kv_noise():
    d = tick()
    head = f"{ts_iso_local(d)} secmail-portal-0{rng.randint(1, 2)} secmaild[{pid()}]: "
    k = rng.randint(0, 5)
    s = [f"level=info evt=healthcheck status=ok db_ms={rng.randint(1, 20)} hsm=ok queue_depth={rng.randint(0, 40)}",
         f"level=info evt=key.rotate tenant=nwh kid={hexs(8)} alg=AES-256-GCM next_rotation=2024-06-12",
         f"level=info evt=session.sweep expired={rng.randint(0, 300)} active={rng.randint(50, 900)} took_ms={rng.randint(3, 90)}",
         f"level=warn evt=smtp.notify.retry msg_ref={smref()} relay=gw-out01.northwoodhealth.org:25 attempt={rng.randint(2, 5)} err=\"421 4.3.2 Service shutting down\"",
         f"level=info evt=message.ingest msg_ref={smref()} sender_domain=northwoodhealth.org rcpts=1 size={rng.randint(2000, 900000)} policy=HIPAA-PHI-Outbound",
         f"level=info evt=purge.expired count={rng.randint(10, 400)} bytes_freed={rng.randint(10**6, 10**9)} duration=\"{rng.randint(1, 59)}.{rng.randint(0, 9)}s\""][k]
    return [mk("secmail_kv", head + s)]


JAVA_CLS = ["c.n.secmail.portal.registration.RegistrationService", "c.n.secmail.portal.auth.LoginThrottleFilter",
            "c.n.secmail.portal.mail.NotificationSender", "c.n.secmail.portal.msg.MessageViewController"]


def g_portal_java_phi():
    d = tick()
    p = pat()
    em = p.guardian.email if p.guardian and rng.random() < 0.5 else p.email
    thr = f"http-nio-8443-exec-{rng.randint(1, 40)}"
    k = rng.randint(0, 3)
    if k == 0:
        return [mk("secmail_java", f"{ts_log4j(d)} INFO  [{thr}] {JAVA_CLS[0]} - Recipient registered: email=", (em, "email"), ", firstName=",
                   (p.first, "name"), ", lastName=", (p.last, "name"), ", mobile=", phone_r(p, "plain"), ", recipientId=", (p.portal_id, "other_id"))]
    if k == 1:
        return [mk("secmail_java", f"{ts_log4j(d)} WARN  [{thr}] {JAVA_CLS[1]} - {rng.randint(5, 9)} failed logins for username '", (p.username, "other_id"),
                   "' from ", (pub_ip(), "ip"), ", locking account for 900s")]
    if k == 2:
        return [mk("secmail_java", f"{ts_log4j(d)} ERROR [mail-notify-{rng.randint(1, 4)}] {JAVA_CLS[2]} - Failed to send notification to ", (em, "email"),
                   ": jakarta.mail.SendFailedException: Invalid Addresses;\\n  nested exception is:\\n\\torg.eclipse.angus.mail.smtp.SMTPAddressFailedException: 550 5.1.1 <",
                   (em, "email"), ">: Recipient address rejected: User unknown")]
    return [mk("secmail_java", f"{ts_log4j(d)} DEBUG [{thr}] {JAVA_CLS[3]} - render msg={smref()} subject='", subj_phi(p), f"' viewer=", (em, "email"), " attachments=1")]


def g_portal_java_noise():
    d = tick()
    k = rng.randint(0, 4)
    s = [f"INFO  [main] o.s.b.w.embedded.tomcat.TomcatWebServer - Tomcat started on port(s): 8443 (https) with context path ''",
         f"DEBUG [HikariPool-1 housekeeper] com.zaxxer.hikari.pool.HikariPool - HikariPool-1 - Pool stats (total=10, active={rng.randint(0, 10)}, idle={rng.randint(0, 10)}, waiting=0)",
         f"INFO  [scheduling-1] c.n.secmail.portal.keys.KeyRotationJob - Rotated tenant key nwh-2024q1 (kid={hexs(8)}) in {rng.randint(20, 400)} ms",
         f"WARN  [http-nio-8443-exec-{rng.randint(1, 40)}] o.a.c.c.C.[.[localhost].[/].[dispatcherServlet] - Servlet.service() threw exception: org.springframework.web.HttpMediaTypeNotAcceptableException: No acceptable representation [traceId={hexs(32)}, spanId={hexs(16)}]",
         f"INFO  [main] c.n.secmail.portal.PortalApplication - Started PortalApplication in {rng.uniform(6, 20):.3f} seconds (process running for {rng.uniform(7, 22):.3f}) build=4.12.{rng.randint(100, 400)}"][k]
    return [mk("secmail_java", f"{ts_log4j(d)} {s}")]


def nginx_ts(d):
    return d.strftime("%d/%b/%Y:%H:%M:%S") + " -0400"


def g_nginx_phi():
    d = tick()
    p = pat()
    em = p.guardian.email if p.guardian and rng.random() < 0.5 else p.email
    ip = pub_ip()
    ua = rng.choice(UAS)
    k = rng.randint(0, 2)
    if k == 0:
        req = [f"GET /portal/open?ref={smref()}&lang=en HTTP/2.0\" 200 {rng.randint(8000, 30000)} \"https://mail.google.com/\""]
    elif k == 1:
        enc = em.replace("@", "%40")
        req = ["GET /portal/register?email=", (enc, "email"), f"&ref={smref()} HTTP/2.0\" 200 {rng.randint(3000, 9000)} \"-\""]
    else:
        req = [f"POST /portal/api/v2/messages/{smref()}/attachments/{rng.randint(1, 3)}/download HTTP/2.0\" 200 {rng.randint(40000, 900000)} \"https://secure.northwoodhealth.org/portal/open\""]
    return [mk("nginx_access", (ip, "ip"), " - - [", nginx_ts(d), "] \"", *req, f" \"{ua}\" rt=0.{rng.randint(10, 400):03d} uct=\"0.000\" uht=\"0.0{rng.randint(10, 99)}\" urt=\"0.0{rng.randint(10, 99)}\"")]


def g_nginx_noise():
    d = tick()
    k = rng.randint(0, 3)
    if k == 0:
        s = f"{int_ip()} - - [{nginx_ts(d)}] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.27\" rt=0.001 uct=\"0.000\" uht=\"0.001\" urt=\"0.001\""
    elif k == 1:
        s = f"64.39.{rng.randint(96, 111)}.{rng.randint(1, 254)} - - [{nginx_ts(d)}] \"GET /.env HTTP/1.1\" 404 153 \"-\" \"Mozilla/5.0 (compatible; Qualys/SSL Labs)\" rt=0.000 uct=\"-\" uht=\"-\" urt=\"-\""
    elif k == 2:
        s = f"{int_ip()} - - [{nginx_ts(d)}] \"GET /metrics HTTP/1.1\" 200 {rng.randint(9000, 20000)} \"-\" \"Prometheus/2.50.1\" rt=0.00{rng.randint(2, 9)} uct=\"0.000\" uht=\"0.002\" urt=\"0.003\""
    else:
        s = f"{ts_sys(d).replace('  ', ' ')} [error] 2211#2211: *{rng.randint(10000, 999999)} upstream timed out (110: Connection timed out) while reading response header from upstream, client: {int_ip()}, server: secure.northwoodhealth.org, request: \"GET /portal/api/v2/health HTTP/1.1\", upstream: \"http://127.0.0.1:8080/portal/api/v2/health\""
        s = f"{d:%Y/%m/%d %H:%M:%S} [error] 2211#2211: *{rng.randint(10000, 999999)} upstream timed out (110: Connection timed out) while reading response header from upstream, client: {int_ip()}, server: secure.northwoodhealth.org, request: \"GET /portal/api/v2/health HTTP/1.1\", upstream: \"http://127.0.0.1:8080/portal/api/v2/health\""
    return [mk("nginx_access", s)]


# ---- MIME header dumps ----------------------------------------------------

def boundary():
    return f"----=_Part_{rng.randint(10000, 99999)}_{rng.randint(10**9, 2 * 10**9)}.{epoch(now())}{rng.randint(100, 999)}"


def g_mime_phi():
    d = tick(0, 3)
    p = pat()
    s = staff()
    to_p = p.guardian if p.guardian and rng.random() < 0.6 else p
    em = to_p.email
    b = boundary()
    L = []
    fam = "mime_headers"
    L.append(mk(fam, f"Return-Path: <{staff_email(s)}>"))
    L.append(mk(fam, f"Received: from NWHEXCH0{rng.randint(1, 2)}.nwh.local (exch-hub01.northwoodhealth.org [{int_ip()}]) by gw-out02.northwoodhealth.org (Postfix) with ESMTPS id {qid_long()} for <",
                (em, "email"), f">; {ts_rfc2822(d)}"))
    if rng.random() < 0.5:
        L.append(mk(fam, f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=northwoodhealth.org; s=sel2024; t={epoch(d)}; bh={base64.b64encode(bytes(rng.getrandbits(8) for _ in range(32))).decode()}; h=From:To:Subject:Date:Message-ID;"))
    L.append(mk(fam, f"From: \"{s[1]}, {s[0]}{(' ' + s[2]) if s[2] else ''}\" <{staff_email(s)}>"))
    if rng.random() < 0.7:
        L.append(mk(fam, "To: \"", name_r(to_p, rng.choice(["fl", "lf", "LF"])), "\" <", (em, "email"), ">"))
    else:
        L.append(mk(fam, "To: ", (em, "email")))
    L.append(mk(fam, "Subject: ", subj_phi(p)))
    L.append(mk(fam, f"Date: {ts_rfc2822(d)[:-6]}"))
    L.append(mk(fam, f"Message-ID: <{exch_msgid()}>"))
    if rng.random() < 0.5:
        L.append(mk(fam, "X-NWH-Patient-Ref: MRN=", (p.mrn, "mrn"), "; CSN=", (p.csn, "other_id")))
    L.append(mk(fam, f"X-NWH-DLP-Verdict: {rng.choice(['encrypt', 'pass', 'quarantine'])}; policy=HIPAA-PHI-Outbound; score={rng.randint(40, 99)}"))
    L.append(mk(fam, "X-MS-Exchange-Organization-SCL: -1"))
    L.append(mk(fam, "MIME-Version: 1.0"))
    L.append(mk(fam, f"Content-Type: multipart/mixed; boundary=\"{b}\""))
    L.append(mk(fam, f"--{b}"))
    fn = fname_phi(p)
    ctype = "application/xml" if plain(fn).endswith(".xml") else "application/pdf"
    L.append(mk(fam, f"Content-Type: {ctype}; name=\"", *fn, "\""))
    L.append(mk(fam, "Content-Disposition: attachment; filename=\"", *fn, f"\"; size={rng.randint(20000, 900000)}"))
    L.append(mk(fam, "Content-Transfer-Encoding: base64"))
    if ctype == "application/pdf":
        L.append(mk(fam, base64.b64encode(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<</Type/Catalog/Pages 2 0 R/Lang(en-US)>>\nendobj\n" + bytes(rng.getrandbits(8) for _ in range(10))).decode()[:76]))
    if rng.random() < 0.5:
        L.append(mk(fam, f"--{b}"))
        L.append(mk(fam, "Content-Type: image/jpeg; name=\"", ("photo_" + slug(p.last), "name"), ".jpg\""))
        L.append(mk(fam, "Content-Transfer-Encoding: base64"))
        blob = jpeg_b64(rng.randint(150, 170))
        for i in range(0, min(len(blob), 228), 76):
            L.append(mk(fam, (blob[i:i + 76], "photo")))
    return L


def g_mime_noise():
    tick(0, 3)
    d = now()
    fam = "mime_headers"
    b = boundary()
    sub = rng.choice(["Spring Wellness Newsletter", "Heart Health Month: free screenings", "Your Northwood Health newsletter - March"])
    enc = "=?UTF-8?B?" + base64.b64encode(sub.encode()).decode() + "?="
    return [mk(fam, f"Received: from nl-sender01.northwoodhealth.org (nl-sender01.northwoodhealth.org [{int_ip()}]) by gw-out01.northwoodhealth.org (Postfix) with ESMTP id {qid()}; {ts_rfc2822(d)}"),
            mk(fam, "From: \"Northwood Health\" <news@lists.northwoodhealth.org>"),
            mk(fam, f"Subject: {enc}"),
            mk(fam, f"Date: {ts_rfc2822(d)[:-6]}"),
            mk(fam, "List-Id: <wellness-news.lists.northwoodhealth.org>"),
            mk(fam, "List-Unsubscribe: <mailto:unsubscribe@lists.northwoodhealth.org?subject=unsubscribe>, <https://lists.northwoodhealth.org/unsub>"),
            mk(fam, "List-Unsubscribe-Post: List-Unsubscribe=One-Click"),
            mk(fam, "Precedence: bulk"),
            mk(fam, f"X-Campaign-ID: spring-wellness-2024-03/{rng.randint(1, 40)}"),
            mk(fam, f"Content-Type: multipart/alternative; boundary=\"{b}\""),
            mk(fam, "X-Mailer: NWH Campaigns 3.4.1 (build 20240302.7)")]


# ---- bounces --------------------------------------------------------------

def g_dsn_phi():
    d = tick()
    p = pat()
    em = p.guardian.email if p.guardian and rng.random() < 0.5 else p.email
    rh, rip = relay_for(em)
    q = qid_long()
    snd = rng.choice(SYS_SENDERS)
    fam = "postfix_dsn"
    diag = rng.choice([f"550 5.1.1 <{{E}}>: Recipient address rejected: User unknown in virtual mailbox table",
                       f"554 delivery error: dd Not a valid recipient - atlas{rng.randint(100, 300)}.free.mail.ne1.yahoo.com",
                       f"552 5.2.2 The recipient's inbox is out of storage space."])
    dstat = "5.1.1" if diag.startswith("550") else ("5.2.2" if diag.startswith("552") else "5.0.0")
    dparts = []
    if "{E}" in diag:
        a, b_ = diag.split("{E}")
        dparts = [a, (em, "email"), b_]
    else:
        dparts = [diag]
    L = [mk(fam, f"This is the mail system at host {rng.choice(OUT_HOSTS)}.northwoodhealth.org."),
         mk(fam, "I'm sorry to have to inform you that your message could not"),
         mk(fam, "be delivered to one or more recipients. It's attached below."),
         mk(fam, "                   The mail system"),
         mk(fam, "<", (em, "email"), f">: host {rh}[{rip}] said: ", *dparts, " (in reply to RCPT TO command)"),
         mk(fam, f"Reporting-MTA: dns; gw-out02.northwoodhealth.org"),
         mk(fam, f"X-Postfix-Queue-ID: {q}"),
         mk(fam, f"X-Postfix-Sender: rfc822; {snd}"),
         mk(fam, f"Arrival-Date: {ts_rfc2822(d - dt.timedelta(seconds=rng.randint(3, 90)))}"),
         mk(fam, "Final-Recipient: rfc822; ", (em, "email")),
         mk(fam, "Original-Recipient: rfc822;", (em, "email")),
         mk(fam, "Action: failed"),
         mk(fam, f"Status: {dstat}"),
         mk(fam, f"Remote-MTA: dns; {rh}"),
         mk(fam, "Diagnostic-Code: smtp; ", *dparts),
         mk(fam, "Subject: ", subj_phi(p))]
    if rng.random() < 0.5:
        L.pop(3)
    return L


def g_exch_ndr_phi():
    d = tick()
    p = pat()
    em = p.guardian.email if p.guardian and rng.random() < 0.5 else p.email
    fam = "exchange_ndr"
    s = staff()
    appt = future_date()
    q = rng.choice([
        ["> Dear ", ("Mr. " if p.sex == "M" else "Ms. "), (p.last, "name"), ", your appointment on ", date_r(appt, "us"), f" at 10:30 with Dr. {s[1]} has been confirmed."],
        ["> Hi ", (p.first, "name"), ", attached are the forms we discussed. Please bring your insurance card (member ID ", (p.member, "health_plan"), ")."],
        ["> Per our call, your balance on account ", (p.acct, "account"), " is now on a payment plan."],
        ["> ", name_r(p, "fl"), " was seen on ", date_r(past_date(), "long"), "; records attached for your files."],
    ])
    sig = None
    if rng.random() < 0.4:
        sig = mk(fam, "> > -- ", name_r(p, "fl"), " | updates for family & friends: ",
                 (f"https://www.caringbridge.org/site/{slug(p.first)}{slug(p.last)}", "url"))
    L = [mk(fam, "Delivery has failed to these recipients or groups:"),
         mk(fam, (em, "email"), " (", (em, "email"), ")"),
         mk(fam, "Your message wasn't delivered because the recipient's email provider rejected it."),
         mk(fam, "Diagnostic information for administrators:"),
         mk(fam, f"Generating server: NWHEXCH0{rng.randint(1, 2)}.nwh.local"),
         mk(fam, (em, "email")),
         (mk(fam, f"Remote Server returned '550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [BN1NAM02FT0{rng.randint(10, 99)}.eop-nam02.prod.protection.outlook.com]'")
          if em.split("@")[1] in ("outlook.com", "hotmail.com") else
          mk(fam, "Remote Server returned '550 5.1.1 <", (em, "email"), f">: Recipient address rejected: User unknown [{relay_for(em)[0]}]'")),
         mk(fam, "Original message headers:"),
         mk(fam, f"Received: from NWHEXCH01.nwh.local ({int_ip()}) by NWHEXCH02.nwh.local ({int_ip()}) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1258.12; {(d):%a, %d %b %Y %H:%M:%S} -0400"),
         mk(fam, "Subject: ", subj_phi(p)),
         mk(fam, *q)]
    if sig:
        L.append(sig)
    return L


# ---- HISP / Direct ---------------------------------------------------------

def direct_addr_patient(p):
    return f"{slug(p.first)}.{slug(p.last)}@direct.patientlink-hisp.net"


def g_hisp_phi():
    d = tick()
    p = pat()
    s = staff()
    outbound = rng.random() < 0.7
    frm = f"{s[3]}@direct.northwoodhealth.org"
    if rng.random() < 0.2:
        to = [T(direct_addr_patient(p), "email")]
    else:
        to = [rng.choice(PARTNER_DIRECT)]
    if not outbound:
        frm, to = to[0], [f"{s[3]}@direct.northwoodhealth.org"]
    fn = fname_phi(p) if rng.random() < 0.6 else ["CCD_", name_r(p, "file"), "_", date_r(past_date(), "compact"), ".xml"]
    obj = {"ts": ts_iso_z(d), "level": "INFO", "component": "hisp-gateway", "direction": "outbound" if outbound else "inbound",
           "txnId": uuid4(), "messageId": f"<{uuid4()}@direct.northwoodhealth.org>", "from": frm, "to": to,
           "certPolicy": "DirectTrust-BundleV2", "smime": {"signAlg": "SHA256withRSA", "encAlg": "AES256_CBC", "verified": True},
           "attachments": [{"filename": M(fn), "mimeType": "application/xml" if plain(fn).endswith(".xml") else "application/pdf",
                            "sizeBytes": rng.randint(20000, 900000), "documentType": rng.choice(["Continuity of Care Document", "Referral Note", "Discharge Summary"]),
                            "sha256": hexs(64)}]}
    if rng.random() < 0.6:
        obj["patient"] = {"name": T(plain([name_r(p, "lf")]), "name"), "dob": T(p.dob.isoformat(), "date"), "mrn": T(p.mrn, "mrn")}
        if rng.random() < 0.4:
            obj["patient"]["zip"] = T(p.zip[:5], "zip")
        if rng.random() < 0.4:
            obj["patient"]["payer"] = p.plan
            obj["patient"]["memberId"] = T(p.member, "health_plan")
    obj["mdn"] = rng.choice(["pending", "processed"])
    return [jline("hisp_json", obj, compact=True)]


def g_hisp_noise():
    d = tick()
    k = rng.randint(0, 4)
    if k == 0:
        obj = {"ts": ts_iso_z(d), "level": "INFO", "component": "hisp-gateway", "event": "mdn", "disposition": rng.choice(["processed", "dispatched"]),
               "txnId": uuid4(), "originalMessageId": f"<{uuid4()}@direct.northwoodhealth.org>", "from": rng.choice(PARTNER_DIRECT), "latencyMs": rng.randint(400, 60000)}
        return [jline("hisp_json", obj, compact=True)]
    if k == 1:
        obj = {"ts": ts_iso_z(d), "level": "INFO", "component": "trust-bundle", "event": "refresh", "bundle": "DirectTrust Accredited Trust Bundle",
               "anchors": rng.randint(180, 260), "url": "https://bundles.directtrust.org/bundles/accreditedCommunity.p7b", "etag": hexs(16)}
        return [jline("hisp_json", obj, compact=True)]
    head = f"{ts_log4j(d)} "
    s = [f"INFO  [pool-3-thread-{rng.randint(1, 12)}] org.nhindirect.stagent.cert.impl.DNSCertificateStore - Certificate for {rng.choice(PARTNER_DIRECT).split('@')[1]} resolved via DNS CERT (type=PKIX, ttl=3600)",
         f"WARN  [pool-3-thread-{rng.randint(1, 12)}] org.nhindirect.stagent.cert.impl.LDAPCertificateStore - LDAP lookup timed out for ldap://directory.greenecountyhh.org:389 after 5000 ms",
         f"INFO  [james-spooler-{rng.randint(1, 8)}] org.nhindirect.gateway.smtp.james.mailet.NHINDSecurityAndTrustMailet - Message {uuid4()} trusted for 1 of 1 recipients",
         f"ERROR [james-spooler-{rng.randint(1, 8)}] org.nhindirect.stagent.DefaultNHINDAgent - Signature validation failed: certificate CN=records@direct.greenecountyhh.org expired 2024-03-01T00:00:00Z (serial 0x{hexs(16)})"][k - 2 if k < 5 else 0]
    return [mk("nhind_java", head + s)]


def g_nhind_phi():
    d = tick()
    p = pat()
    s = staff()
    k = rng.randint(0, 1)
    if k == 0:
        return [mk("nhind_java", f"{ts_log4j(d)} INFO  [james-spooler-{rng.randint(1, 8)}] org.nhindirect.gateway.smtp.SmtpAgentImpl - Processing outgoing message from {s[3]}@direct.northwoodhealth.org to ",
                   (direct_addr_patient(p), "email"), f" (msgId {uuid4()})")]
    return [mk("nhind_java", f"{ts_log4j(d)} WARN  [xdr-worker-{rng.randint(1, 6)}] c.n.hisp.xdr.XdmPackager - XDM METADATA.XML sourcePatientInfo PID-5 ",
               name_r(p, "hl7"), " PID-7 ", date_r(p.dob, "compact"), " does not match CDA recordTarget; continuing")]


def g_hl7_phi():
    d = tick()
    p = pat()
    s = staff()
    ad = past_date()
    msh = f"MSH|^~\\&|EPIC|NWH|HISP|LAKESIDEPEDS|{d:%Y%m%d%H%M%S}||ADT^A03^ADT_A03|MSG{rng.randint(10**7, 10**8)}|P|2.5.1"
    sex = p.sex
    return [mk("hl7v2_escaped", f"{ts_log4j(d)} DEBUG [xdr-worker-{rng.randint(1, 6)}] c.n.hisp.xdr.PayloadInspector - HL7 payload: ", msh,
               "\\rEVN|A03|", d.strftime("%Y%m%d%H%M"), "\\rPID|1||", (p.mrn, "mrn"), "^^^NWH^MR~", (p.ssn.replace("-", ""), "ssn"), "^^^SSA^SS||",
               name_r(p, "hl7"), "||", date_r(p.dob, "compact"), f"|{sex}|||", (p.street, "address"), "^^", (p.city, "address"), "^OH^", (p.zip, "zip"),
               "^US||", (f"({p.phone_digits[:3]}){p.phone_digits[3:6]}-{p.phone_digits[6:]}", "phone"), "|||||", (p.acct, "account"),
               f"\\rPV1|1|I|4W^41{rng.randint(0, 9)}^A||||1{rng.randint(10**8, 10**9 - 1)}^{s[1].upper()}^{s[0].upper()}|||MED||||||||", (p.csn, "other_id"),
               "|||||||||||||||||||||||||", date_r(ad, "compact"), "|", date_r(ad + dt.timedelta(days=rng.randint(1, 5)), "compact"))]


def g_ccda_phi():
    tick()
    p = pat()
    fam = "ccda_xml"
    ad = past_date()
    L = [mk(fam, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"),
         mk(fam, "<ClinicalDocument xmlns=\"urn:hl7-org:v3\" xmlns:sdtc=\"urn:hl7-org:sdtc\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"),
         mk(fam, "<templateId root=\"2.16.840.1.113883.10.20.22.1.2\" extension=\"2015-08-01\"/>"),
         mk(fam, f"<id root=\"2.16.840.1.113883.3.7212.9\" extension=\"{uuid4()}\"/>"),
         mk(fam, f"<effectiveTime value=\"{now():%Y%m%d%H%M%S}-0400\"/>"),
         mk(fam, "<recordTarget><patientRole>"),
         mk(fam, "<id extension=\"", (p.mrn, "mrn"), "\" root=\"2.16.840.1.113883.3.7212.1.1\"/>")]
    if rng.random() < 0.5:
        L.append(mk(fam, "<id extension=\"", (p.ssn, "ssn"), "\" root=\"2.16.840.1.113883.4.1\"/>"))
    L.append(mk(fam, "<addr use=\"HP\"><streetAddressLine>", (p.street, "address"), "</streetAddressLine><city>", (p.city, "address"),
                "</city><state>OH</state><postalCode>", (p.zip, "zip"), "</postalCode><country>US</country></addr>"))
    L.append(mk(fam, "<telecom use=\"HP\" value=\"tel:", phone_r(p, "tel"), "\"/>"))
    if rng.random() < 0.4:
        L.append(mk(fam, "<telecom use=\"HP\" value=\"mailto:", (p.email, "email"), "\"/>"))
    given = p.first.split(" ")
    L.append(mk(fam, "<patient><name use=\"L\">", *[x for g in given for x in ("<given>", (g, "name"), "</given>")], "<family>", (p.last, "name"), "</family></name>"))
    L.append(mk(fam, f"<administrativeGenderCode code=\"{p.sex}\" codeSystem=\"2.16.840.1.113883.5.1\" displayName=\"{'Female' if p.sex == 'F' else 'Male'}\"/><birthTime value=\"",
                date_r(p.dob, "compact"), "\"/>"))
    if p.guardian:
        g = p.guardian
        L.append(mk(fam, "<guardian><code code=\"", {"mother": "MTH", "father": "FTH", "guardian": "GUARD"}[g.rel], "\" codeSystem=\"2.16.840.1.113883.5.111\"/><guardianPerson><name><given>",
                    (g.first, "name"), "</given><family>", (g.last, "name"), "</family></name></guardianPerson></guardian>"))
    L.append(mk(fam, "</patient></patientRole></recordTarget>"))
    s = staff()
    L.append(mk(fam, f"<author><time value=\"{now():%Y%m%d}\"/><assignedAuthor><id extension=\"1{rng.randint(10**8, 10**9 - 1)}\" root=\"2.16.840.1.113883.4.6\"/><assignedPerson><name><given>{s[0]}</given><family>{s[1]}</family></name></assignedPerson></assignedAuthor></author>"))
    L.append(mk(fam, "<componentOf><encompassingEncounter><id extension=\"", (p.csn, "other_id"), "\" root=\"2.16.840.1.113883.3.7212.3.698084\"/><effectiveTime><low value=\"",
                date_r(ad, "compact"), "\"/><high value=\"", date_r(ad + dt.timedelta(days=rng.randint(1, 6)), "compact"), "\"/></effectiveTime></encompassingEncounter></componentOf>"))
    if rng.random() < 0.4:
        L.append(mk(fam, "<entry><procedure classCode=\"PROC\" moodCode=\"EVN\"><participant typeCode=\"DEV\"><participantRole classCode=\"MANU\"><id root=\"2.16.840.1.113883.3.3719\" extension=\"",
                    (f"(01)00643169{rng.randint(100000, 999999)}(17){2026 + rng.randint(0, 3)}0131(21)PJN{rng.randint(100000, 999999)}H", "device"), "\"/></participantRole></participant></procedure></entry>"))
    L.append(mk(fam, "</ClinicalDocument>"))
    return L


# ---- lists / newsletters ---------------------------------------------------
LISTS = ["diabetes-ed", "heartfailure-support", "cancer-survivors", "new-parents", "copd-rehab", "wellness-news"]


def mm_ts(d):
    return f"{d:%b} {d.day:02d} {d:%H:%M:%S} {d.year}"


def g_mailman_phi():
    d = tick()
    p = pat()
    lst = rng.choice(LISTS)
    k = rng.randint(0, 3)
    head = f"{mm_ts(d)} ({pid()}) "
    if k == 0:
        return [mk("mailman", head, f"{lst}: new ", name_r(p, "fl"), " <", (p.email, "email"), ">, ", rng.choice(["via web confirmation", "admin mass sub", "via admin approval"]))]
    if k == 1:
        return [mk("mailman", head, f"{lst}: ", (p.email, "email"), f" bounce score: {rng.choice(['1.0', '2.0', '3.0'])}")]
    if k == 2:
        return [mk("mailman", head, f"{lst}: deleted ", (p.email, "email"), "; ", rng.choice(["via member options", "disabled address", "via web confirmation"]))]
    return [mk("mailman", head, f"{lst}: pending ", name_r(p, "low"), " <", (p.email, "email"), "> ", (pub_ip(), "ip"))]


def g_mailman_noise():
    d = tick()
    lst = rng.choice(LISTS)
    head = f"{mm_ts(d)} ({pid()}) "
    k = rng.randint(0, 2)
    if k == 0:
        s = f"<mailman.{rng.randint(10, 999)}.{epoch(d)}.{pid()}.{lst}@lists.northwoodhealth.org> smtp to {lst} for {rng.randint(40, 2400)} recips, completed in {rng.uniform(0.5, 30):.3f} seconds"
    elif k == 1:
        s = f"post to {lst} from {rng.choice(['educator', 'cardiacrehab', 'communications', 'kmensah'])}@northwoodhealth.org, size={rng.randint(3000, 90000)}, message-id=<{exch_msgid()}>, success"
    else:
        s = f"{lst}: Bounce processing complete: {rng.randint(0, 30)} members disabled, {rng.randint(0, 10)} removed"
    return [mk("mailman", head + s)]


def g_sendgrid_phi():
    d = tick()
    p = pat()
    ev = rng.choice(["delivered", "open", "click", "bounce", "unsubscribe", "processed"])
    camp = rng.choice(["cardiac-rehab", "diabetes-ed", "prenatal", "wellness-news", "oncology-survivorship"])
    o = {"email": T(p.email, "email"), "timestamp": epoch(d), "smtp-id": f"<{hexs(20)}@ismtpd0{rng.randint(1, 40)}p1mdw1.sendgrid.net>",
         "event": ev, "category": ["newsletter", camp], "sg_event_id": base64.urlsafe_b64encode(bytes(rng.getrandbits(8) for _ in range(16))).decode().rstrip("="),
         "sg_message_id": f"{rs(ALNUM, 22)}.filter{rng.randint(1, 999):04d}p1mdw1-{rng.randint(1000, 99999)}-{hexs(8).upper()}-{rng.randint(1, 40)}.0"}
    if ev in ("open", "click"):
        o["ip"] = T(pub_ip(), "ip")
        o["useragent"] = rng.choice(UAS)
        if ev == "click":
            o["url"] = f"https://www.northwoodhealth.org/classes/{camp}?utm_source=newsletter&utm_campaign=2024-03"
    if ev == "delivered":
        o["response"] = f"250 2.0.0 OK  {epoch(d)} {rs(ALNUM.lower(), 12)} - gsmtp"
    if ev == "bounce":
        o["reason"] = M("550 5.1.1 <", (p.email, "email"), ">: Recipient address rejected: User unknown")
        o["status"] = "5.1.1"
        o["type"] = "bounce"
    if rng.random() < 0.3:
        o["first_name"] = T(p.first, "name")
    return [jline("sendgrid_webhook", [o], compact=True)]


def g_campaign_noise():
    d = tick()
    o = {"level": "info", "ts": round(epoch(d) + rng.random(), 3), "logger": "campaign.scheduler", "msg": rng.choice(["batch sent", "batch sent", "suppression list synced", "throttle adjusted"]),
         "campaign_id": f"spring-wellness-2024-03", "batch": rng.randint(1, 40), "size": 500, "accepted": rng.randint(480, 500), "deferred": rng.randint(0, 6),
         "elapsed_ms": rng.randint(400, 4000), "trace_id": hexs(32)}
    return [jline("campaign_json", o, compact=True)]


# ---- quarantine CSV (no header) ------------------------------------------

def g_quar_phi():
    d = tick()
    p = pat()
    em = p.guardian.email if p.guardian and rng.random() < 0.5 else p.email
    subj = subj_phi(p)
    ln = Line("quarantine_csv")
    fields = [[f"{d:%Y-%m-%d %H:%M:%S}"], [rng.choice(["dlp-hold", "banned", "spam", "dlp-hold"])], [staff_email()], [(em, "email")], subj,
              [str(rng.randint(3000, 900000))], [f"{rs(ALNUM, 12)}"], [rng.choice(["released", "held", "deleted", "held"])]]
    for i, f in enumerate(fields):
        if i:
            ln.t(",")
        ln.t(*csv_field(f))
    return [ln]


def g_quar_noise():
    d = tick()
    ln = Line("quarantine_csv")
    fields = [[f"{d:%Y-%m-%d %H:%M:%S}"], ["spam"], [f"{rs('abcdefghij', 6)}@promo-deal.click"], [staff_email()],
              [rng.choice(["Your invoice is overdue - action required", "RE: Payment, Wire confirmation", "Voicemail received (00:41)"])],
              [str(rng.randint(3000, 90000))], [f"{rs(ALNUM, 12)}"], ["deleted"]]
    for i, f in enumerate(fields):
        if i:
            ln.t(",")
        ln.t(*csv_field(f))
    return [ln]


# ---- ITSM journal (pipe, header once) --------------------------------------

def g_itsm_phi():
    d = tick(60, 300)
    p = pat()
    s = staff()
    em = p.email
    k = rng.randint(0, 5)
    if k == 4:
        note = ["Privacy complaint: family of ", name_r(p, "fl"), " says screenshot of a secure message was posted at ",
                (f"https://www.facebook.com/{slug(p.first)}.{slug(p.last)}.{rng.randint(10, 9999)}", "url"), "; forwarded to Privacy Office."]
    elif k == 5:
        note = ["Identity proofing for portal re-registration: ", name_r(p, "lf"), ", OH DL ", (rng.choice(["RS", "TQ", "SB", "UH"]) + f"{rng.randint(100000, 999999)}", "license"),
                " matched, DOB ", date_r(p.dob, "iso"), ". Reset sent to ", (em, "email"), "."]
    elif k == 0 and hasattr(p, "age"):
        note = [f"Caller ({s[0]} {s[1]}, HIM) reports misdirected email: results for ", name_r(p, "fl"), ", ", (str(p.age), "age"), " y/o, DOB ",
                date_r(p.dob, "us_nz"), " went to ", (em, "email"), " (old address). Recall attempted, msg already delivered."]
    elif k in (0, 1):
        note = ["Patient ", name_r(p, "fl"), " called stating she cannot open secure message; portal user ".replace("she", "she" if p.sex == "F" else "he"),
                (p.username, "other_id"), " was locked. Unlocked, verified DOB ", date_r(p.dob, rng.choice(["us", "us_nz", "long", "dmon"])), " and callback ", phone_r(p), "."]
    elif k == 2:
        note = ["Privacy review PRV-2024-", str(rng.randint(100, 999)), ": DLP hold on email to ", (em, "email"), " containing MRN ", (p.mrn, "mrn"),
                " - released after verifying patient consent on file."]
    else:
        note = ["Appeal case ", (f"APL-{rng.randint(10**6, 10**7 - 1)}", "other_id"), " for ", name_r(p, "LF"), " - payer fax bounced, resent via Direct to ",
                rng.choice(PARTNER_DIRECT), "."]
    return [mk("itsm_pipe", f"INC00{rng.randint(48000, 49999)}|{d:%Y-%m-%d %H:%M:%S}|work_notes|{s[3]}|", *note)]


def g_itsm_noise():
    d = tick(60, 300)
    s = staff()
    note = rng.choice([f"TLS cert for secure.northwoodhealth.org expires 2024-04-02; CSR submitted to DigiCert order #{rng.randint(10**7, 10**8)}",
                       f"Deferred queue on gw-out02 at {rng.randint(200, 900)} msgs; yahoo.com throttling 421 4.7.0 [TSS04]. Rate limited transport to 5/s.",
                       f"Vendor Echoworx support case #{rng.randint(10**5, 10**6)} opened, contact 1-866-555-0142 ext 2 (Tier 2).",
                       f"Rolled DLP policy bundle 2024.03.{rng.randint(1, 14)} to prod; regression suite 212/212 passed (build 8841).",
                       f"Change CHG00{rng.randint(31000, 31999)} approved by CAB; window Sat 01:00-03:00 EDT, owner {s[0]} {s[1]} x4471."])
    return [mk("itsm_pipe", f"INC00{rng.randint(48000, 49999)}|{d:%Y-%m-%d %H:%M:%S}|work_notes|{s[3]}|{note}")]


# ---- infrastructure noise ------------------------------------------------

def g_infra_noise():
    d = tick()
    k = rng.randint(0, 11)
    h = rng.choice(OUT_HOSTS + IN_HOSTS + ["secmail-portal-01", "hisp01", "lb01"])
    if k == 0:
        return [mk("prometheus", f"postfix_showq_message_size_bytes_count{{queue=\"{rng.choice(['active', 'deferred', 'hold', 'incoming'])}\",instance=\"{rng.choice(OUT_HOSTS)}:9154\"}} {rng.randint(0, 900)}")]
    if k == 1:
        return [mk("prometheus", f"secmail_portal_http_request_duration_seconds_bucket{{route=\"/portal/open\",method=\"GET\",le=\"{rng.choice(['0.05', '0.1', '0.25', '0.5', '1'])}\"}} {rng.randint(100, 90000)}")]
    if k == 2:
        return [mk("prometheus", f"# HELP hisp_mdn_latency_seconds Time from send to MDN processed")]
    if k == 3:
        return [mk("haproxy", f"{ts_sys(d)} lb01 haproxy[{pid()}]: {int_ip()}:{rng.randint(30000, 65000)} [{d:%d/%b/%Y:%H:%M:%S}.{rng.randint(0, 999):03d}] fe_smtp be_postfix/{rng.choice(OUT_HOSTS)} 1/0/{rng.randint(50, 3000)} {rng.randint(400, 90000)} -- {rng.randint(1, 40)}/{rng.randint(1, 30)}/{rng.randint(0, 20)}/{rng.randint(0, 10)}/0 0/0")]
    if k == 4:
        return [mk("haproxy", f"{ts_sys(d)} lb01 haproxy[{pid()}]: Health check for server be_portal/secmail-portal-0{rng.randint(1, 2)} succeeded, reason: Layer7 check passed, code: 200, check duration: {rng.randint(1, 30)}ms, status: 3/3 UP.")]
    if k == 5:
        return [mk("systemd", f"{ts_sys(d)} {h} systemd[1]: {rng.choice(['Starting Postfix Mail Transport Agent (instance -)...', 'Started Daily rotation of log files.', 'logrotate.service: Deactivated successfully.', 'Finished Clean php session files.', 'Started Session 4812 of User svc_backup.'])}")]
    if k == 6:
        return [mk("clamav", f"{ts_sys(d)} {h} freshclam[{pid()}]: daily.cld updated (version: {rng.randint(27200, 27230)}, sigs: {rng.randint(2050000, 2060000)}, f-level: 90, builder: raynman)")]
    if k == 7:
        return [mk("systemd", f"{ts_sys(d)} {h} kernel: [{rng.randint(100000, 999999)}.{rng.randint(100000, 999999)}] nf_conntrack: nf_conntrack: table full, dropping packet")]
    if k == 8:
        return [mk("systemd", f"{ts_sys(d)} {h} CRON[{pid()}]: (root) CMD (/usr/local/bin/postqueue-stats.sh > /var/lib/node_exporter/postqueue.prom)")]
    if k == 9:
        return [mk("systemd", f"{ts_sys(d)} {h} certbot[{pid()}]: Cert not yet due for renewal (secure.northwoodhealth.org expires 2024-05-29)")]
    if k == 10:
        return [mk("prometheus", f"node_filesystem_avail_bytes{{device=\"/dev/mapper/vg0-var\",fstype=\"xfs\",instance=\"{h}:9100\",mountpoint=\"/var/spool/postfix\"}} {rng.randint(10**9, 9 * 10**10)}")]
    return [mk("systemd", f"{ts_sys(d)} {h} sshd[{pid()}]: Accepted publickey for ansible from {int_ip()} port {rng.randint(30000, 65000)} ssh2: ED25519 SHA256:{base64.b64encode(bytes(rng.getrandbits(8) for _ in range(32))).decode().rstrip('=')}")]


# ---- rarer identifiers, cycled so each appears ---------------------------
RARE_I = [0]


def g_rare_phi():
    i = RARE_I[0]
    RARE_I[0] += 1
    k = i % 9
    d = tick()
    o = rng.choice(OLD)
    p = pat()
    s = staff()
    if k == 0:
        return [mk("itsm_pipe", f"INC00{rng.randint(48000, 49999)}|{d:%Y-%m-%d %H:%M:%S}|work_notes|{s[3]}|Caller ({s[0]} {s[1]}) reports misdirected email: results for ",
                   name_r(o, "fl"), ", ", (str(o.age), "age"), " y/o, DOB ", date_r(o.dob, "us_nz"), " went to ", (o.email, "email"),
                   " (old address). Recall attempted, msg already delivered.")]
    if k == 1:
        obj = {"ts": ts_iso_z(d), "level": "INFO", "component": "hisp-gateway", "direction": "inbound", "txnId": uuid4(),
               "from": "hospice.intake@direct.daytonhospice-care.org", "to": [f"{s[3]}@direct.northwoodhealth.org"],
               "attachments": [{"filename": M(["HospiceReferral_", name_r(o, "file"), ".pdf"]), "mimeType": "application/pdf", "sizeBytes": rng.randint(40000, 400000)}],
               "patient": {"name": T(plain([name_r(o, "LF")]), "name"), "ageYears": T(o.age, "age"), "mrn": T(o.mrn, "mrn")}, "mdn": "processed"}
        return [jline("hisp_json", obj, compact=True)]
    if k == 2:
        head = f"{ts_iso_local(d)} secmail-portal-0{rng.randint(1, 2)} secmaild[{pid()}]: "
        return [mk("secmail_kv", head, f"level=info evt=message.reply msg_ref={smref()} in_reply_to={smref()} rcpt=", (p.email, "email"),
                   " preview=\"Please send the disability forms to my home fax ", phone_r(f"937{rng.randint(200, 989)}{rng.randint(0, 9999):04d}", rng.choice(["paren", "dash", "dots"]), cat="fax"),
                   ", attn ", name_r(p, "fl"), "\" len=", str(rng.randint(80, 400)))]
    if k == 3:
        url = rng.choice([f"https://www.caringbridge.org/site/{slug(p.first)}{slug(p.last)}", f"https://{slug(p.first)}{slug(p.last)}.wordpress.com/",
                          f"https://www.gofundme.com/f/help-{slug(p.first)}-{slug(p.last)}-with-medical-bills"])
        return [mk("rspamd", f"{d:%Y-%m-%d %H:%M:%S} #{pid()}(normal) <{hexs(6)}>; task; rspamd_task_write_log: id: <CA+{rs(ALNUM, 20)}@mail.gmail.com>, qid: <{qid()}>, "
                   f"ip: 209.85.{rng.randint(128, 255)}.{rng.randint(1, 254)}, from: <", (p.email, "email"),
                   f">, (default: F (no action): [{rng.uniform(-1, 3):.2f}/15.00] [DMARC_POLICY_ALLOW(-0.50){{gmail.com;none;}},R_SPF_ALLOW(-0.20){{+ip4:209.85.128.0/17;}},FREEMAIL_FROM(0.00){{gmail.com;}}]), "
                   f"len: {rng.randint(3000, 90000)}, time: {rng.uniform(40, 900):.3f}ms, dns req: {rng.randint(3, 40)}, digest: <{hexs(32)}>, rcpts: <records@northwoodhealth.org>, "
                   "mime_rcpts: <records@northwoodhealth.org>, urls: [", (url, "url"), "]")]
    if k == 4:
        dn, sn = ("VIN", ["MVC ", date_r(past_date(), "yy"), ": pt ", name_r(p, "init"), " driver of vehicle VIN ", (vin(), "vehicle"), ", plate ",
                         (rng.choice(["JKL", "HBX", "GTR", "FWP"]) + f"{rng.randint(1000, 9999)}", "vehicle")])
        obj = {"@timestamp": ts_iso_z(d), "event": {"kind": "alert", "module": "email_dlp", "action": "encrypt"},
               "policy": {"id": "POL-0011", "name": "PII - Government IDs", "rule": "VIN + person"},
               "message": {"queue_id": qid(), "from": "pfs-auto-claims@northwoodhealth.org", "to": ["claims.intake@progressive-example.com"],
                           "subject": M(["Subrogation: ", name_r(p, "LF"), " claim ", (f"{rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}", "other_id")])},
               "matches": [{"detector": dn, "count": 2, "snippet": M(sn)}], "disposition": "route_to_secmail"}
        return [jline("dlp_json", obj)]
    if k == 5:
        return [mk("dlp_cef", f"{ts_sys(d)} dlp-prevent01 CEF:0|Symantec|DLP Network Prevent for Email|16.0.1|PII-04|Driver license number|6|",
                   f"rt={(d + UTC_OFF):%b %d %Y %H:%M:%S} UTC suser={staff_email()} duser=", (p.email, "email"),
                   " act=Encrypted cs1Label=MatchedContent cs1=OH DL ", (rng.choice(["RS", "TQ", "SB", "UH"]) + f"{rng.randint(100000, 999999)}", "license"),
                   " exp ", f"{rng.randint(1, 12):02d}/{rng.randint(2025, 2029)}", " - ", name_r(p, "LF"), f" cs2Label=IncidentID cs2={rng.randint(100000, 999999)}")]
    if k == 6:
        return [mk("secmail_java", f"{ts_log4j(d)} INFO  [device-feed-{rng.randint(1, 3)}] c.n.secmail.portal.inbound.DeviceAlertRouter - Routed remote-monitoring alert for ",
                   name_r(p, "lf"), " (MRN ", (p.mrn, "mrn"), ") transmitter MAC ", (":".join(f"{rng.randint(0, 255):02X}" for _ in range(6)), "device"),
                   " implant SN ", (f"RLA{rng.randint(100000, 999999)}S", "device"), " to inbox cardiology-device-clinic")]
    if k == 7:
        return [mk("itsm_pipe", f"INC00{rng.randint(48000, 49999)}|{d:%Y-%m-%d %H:%M:%S}|work_notes|{s[3]}|Privacy complaint: family of ", name_r(p, "fl"),
                   " says screenshot of a secure message was posted at ", (f"https://www.facebook.com/{slug(p.first)}.{slug(p.last)}.{rng.randint(10, 9999)}", "url"),
                   "; forwarded to Privacy Office.")]
    obj = {"@timestamp": ts_iso_z(d), "event": {"kind": "alert", "module": "email_dlp", "action": "notify"},
           "policy": {"id": "POL-0002", "name": "HIPAA PHI - Outbound Unencrypted", "rule": "Age > 89 + name"},
           "message": {"queue_id": qid(), "from": staff_email(s), "to": [rng.choice(PARTNER_DIRECT)], "subject": M(subj_phi(o))},
           "matches": [{"detector": "AGE_OVER_89", "count": 1, "snippet": M(["Hospice referral: ", (str(o.age), "age"), "-year-old ", "female" if o.sex == "F" else "male",
                                                                              " ", name_r(o, "fl"), ", lives alone at ", (o.street, "address"), ", ", (o.city, "address")])}],
           "disposition": "deliver"}
    return [jline("dlp_json", obj)]


# --------------------------------------------------------------------------
# assembly
# --------------------------------------------------------------------------
NOISE_GENS = [(g_postfix_noise, 14), (g_amavis_noise, 5), (g_milter_noise, 6), (g_exch_noise, 6), (g_dlp_json_noise, 4),
              (g_cef_noise, 2), (g_portal_kv_noise, 5), (g_portal_java_noise, 4), (g_nginx_noise, 4), (g_hisp_noise, 5),
              (g_mailman_noise, 3), (g_campaign_noise, 3), (g_quar_noise, 2), (g_itsm_noise, 2), (g_infra_noise, 12), (g_mime_noise, 1)]
PHI_GENS = [(g_postfix_phi, 10), (g_amavis_phi, 6), (g_exch_phi, 6), (g_dlp_json_phi, 6), (g_dlp_json_photo, 2), (g_purview_phi, 3),
            (g_cef_phi, 4), (g_portal_kv_phi, 8), (g_portal_java_phi, 4), (g_nginx_phi, 5), (g_mime_phi, 3), (g_dsn_phi, 2),
            (g_exch_ndr_phi, 2), (g_hisp_phi, 5), (g_nhind_phi, 2), (g_hl7_phi, 2), (g_ccda_phi, 2), (g_mailman_phi, 4),
            (g_sendgrid_phi, 5), (g_quar_phi, 3), (g_itsm_phi, 3), (g_rare_phi, 6)]
MULTI = {g_mime_phi, g_dsn_phi, g_exch_ndr_phi, g_ccda_phi, g_mime_noise}
MULTI_CAP = {g_mime_phi: 3, g_dsn_phi: 2, g_exch_ndr_phi: 2, g_ccda_phi: 2, g_mime_noise: 1}


def wchoice(gens, single_only=False):
    pool = [(g, w) for g, w in gens if not (single_only and g in MULTI)]
    tot = sum(w for _, w in pool)
    r = rng.uniform(0, tot)
    for g, w in pool:
        r -= w
        if r <= 0:
            return g
    return pool[-1][0]


def build():
    lines = exch_header()
    target_noise = 0.55
    N = 500
    used_multi = set()
    while len(lines) < N:
        nonphi = sum(1 for ln in lines if not ln.spans)
        frac = nonphi / max(1, len(lines))
        single = len(lines) >= N - 20
        gens = NOISE_GENS if frac < target_noise else PHI_GENS
        g = wchoice(gens, single_only=single)
        # make sure each multi-line family appears
        if not single and len(lines) > 60 and rng.random() < 0.04:
            rest = [m for m in (g_dsn_phi, g_exch_ndr_phi, g_ccda_phi, g_mime_phi, g_mime_noise) if m not in {u[0] for u in used_multi}]
            if rest:
                g = rest[0]
        if g in MULTI:
            if sum(1 for u in used_multi if u[0] is g) >= MULTI_CAP[g]:
                continue
            used_multi.add((g, len(lines)))
        new = g()
        if len(lines) + len(new) > N:
            continue
        lines.extend(new)
    return lines


def main():
    lines = build()
    assert len(lines) == 500
    log_out, lab_out = [], []
    for i, ln in enumerate(lines, 1):
        txt = ln.text()
        assert "\n" not in txt and "\r" not in txt and txt.strip() != "", (i, txt)
        raw = txt.encode("utf-8")
        for sp in ln.spans:
            assert raw[sp["s"]:sp["e"]].decode("utf-8") == sp["_v"], (i, sp)
            assert sp["_v"].strip() == sp["_v"] and sp["_v"], (i, sp)
        log_out.append(txt)
        lab_out.append(json.dumps({"line": i, "family": ln.family,
                                   "spans": [{"s": sp["s"], "e": sp["e"], "cat": sp["cat"]} for sp in ln.spans]}, ensure_ascii=False))
    with open(os.path.join(HERE, f"{ID}.log"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(log_out))
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lab_out))
    nophi = sum(1 for ln in lines if not ln.spans)
    cats = {}
    fams = {}
    for ln in lines:
        fams[ln.family] = fams.get(ln.family, 0) + 1
        for sp in ln.spans:
            cats[sp["cat"]] = cats.get(sp["cat"], 0) + 1
    print(f"lines=500 no_phi={nophi} ({nophi / 5:.1f}%)")
    print("cats", dict(sorted(cats.items(), key=lambda x: -x[1])))
    print("families", len(fams), dict(sorted(fams.items(), key=lambda x: -x[1])))


if __name__ == "__main__":
    main()
