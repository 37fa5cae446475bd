#!/usr/bin/env python3
"""Synthetic labeled log corpus "jl": bariatric surgery program + weight-management app.

Systems covered: BLE home-hub gateway syslog (smart scale / body composition), scale ingest
JSON, Kotlin backend (Ktor logback lines, Ktor client request logging, Exposed SQL with
inlined values and bind lists, HikariCP), PostgreSQL server log, Flutter crash output
(Android logcat, iOS console, Sentry JSON), payer prior authorization (X12 278 over the
payer gateway, logfmt portal-bot lines, HylaFAX xferfaxlog, fax cover sheets and OCR of
inbound determination faxes), seminar registrations (CSV export with header, pipe check-in
export without header), psych evaluation scheduling (HL7 v2.5.1 SIU, one segment per
physical line, plus ACKs), dietitian chat (JSON events and plain transcripts), support group
video (LiveKit zap console logs), nginx access logs, audit logfmt, k8s/cron/redis/statsd noise.
All people and identifiers are synthetic.

Labeling decisions:
- Patients, registrants, support-group participants and their relatives / subscribers /
  emergency contacts are labeled. Surgeons, psychologists, dietitians, facilitators,
  schedulers, payer staff, businesses, payers, facilities and vendors are not (names, NPIs,
  staff emails/phones/usernames, business fax numbers, payer IDs).
- name: full name as one span when contiguous ("Adaeze Okonkwo", "OKONKWO, ADAEZE N",
  "Adaeze O."); when written in separate fields (CSV columns, HL7/X12 components, JSON
  keys, SQL values) each part is its own span. A first name alone in a chat message about
  the person is labeled.
- date: birth dates, appointment / evaluation slots (with their time when written together,
  as one span), surgery dates, requested service date ranges (each end separately),
  seminar session dates on a registrant's row, determination dates of service. NOT labeled:
  log/event timestamps, measuredAt / created_at machine timestamps of readings and messages,
  fax send dates, token expiry, build dates, schedules not tied to a person.
- age: only ages > 89 (a number alone, without "y"/"years").
- address: street line (with unit) as one span, city as its own span, county when present,
  home geocode latitude and longitude as two spans. State is not labeled. zip: 5- or 9-digit
  ZIP (AAMVA 9-digit form included).
- phone / fax: personal numbers of patients/relatives, in any written form (URL-encoded
  "%2B1..." included). Clinic, payer and vendor numbers are not labeled.
- health_plan: member/subscriber IDs incl. dependent suffix, Medicaid IDs, Medicare MBIs.
  Employer group numbers and payer IDs are not labeled.
- account: patient billing accounts (LBA-..., HL7 PID-18) and full card numbers (PAN).
  Masked cards ("**** 0042"), last-4 and public test PANs (4242...) are not labeled.
- other_id: program enrollment IDs (BWP-..), prior-auth case numbers and payer
  reference/authorization numbers, encounter/visit numbers, seminar confirmation codes,
  patient usernames / app handles / video identities. NOT labeled: internal numeric DB keys
  (patient_id=48213), UUIDs, vendor user ids, trace/span/request/session/message/room IDs.
- device: MACs and serials of scales and home hubs issued to a patient. Clinic-owned kiosk
  scales and gateways (asset tags) are not labeled.
- ip: public client IPs of patient app traffic, patient video participants and patient
  crash reports. Private/cluster IPs, probes, crawlers and staff IPs are not labeled.
- license: patient driver's licence numbers. vehicle: plates of registrants' cars.
- url: personal pages of patients (social profiles, fundraisers). API URLs are not URLs of
  persons (identifiers inside them are labeled with their own category).
- biometric: raw fingerprint templates (ISO 19794-2 base64). photo: base64 JPEG of the
  patient (avatar, progress photo). Weight, BMI, impedance and body fat are health data,
  not identifiers, and are not labeled.
- ssn: full SSNs only.
"""
import base64
import datetime as dt
import json
import os
import random
import string
import unicodedata
from string import Formatter

R = random.Random(21051405)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "jl"
N_LINES = 500
N_NOISE = 275

# ---------------------------------------------------------------- line builder
class P:
    """PHI value marker."""
    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class O(list):
    """JSON object: list of (key, value)."""


class A(list):
    """JSON array."""


class S(list):
    """JSON string made of pieces (str or P)."""


class Line:
    def __init__(self, fam):
        self.fam = fam
        self.buf = []
        self.n = 0
        self.spans = []

    def t(self, *ss):
        for s in ss:
            s = str(s)
            self.buf.append(s)
            self.n += len(s.encode("utf-8"))
        return self

    def p(self, v, cat=None):
        if isinstance(v, P):
            v, cat = v.v, v.cat
        v = str(v)
        if cat is None:
            return self.t(v)
        b = self.n
        self.t(v)
        self.spans.append((b, self.n, cat, v))
        return self

    def T(self, template, **kw):
        for lit, field, spec, conv in Formatter().parse(template):
            if lit:
                self.t(lit)
            if field is not None:
                v = kw[field]
                if isinstance(v, P):
                    self.p(v)
                else:
                    self.t(format(v, spec) if spec else str(v))
        return self

    def J(self, v, compact=False):
        sep, col = (",", ":") if compact else (", ", ": ")
        if isinstance(v, O):
            self.t("{")
            for i, (k, x) in enumerate(v):
                if i:
                    self.t(sep)
                self.t(json.dumps(k), col)
                self.J(x, compact)
            self.t("}")
        elif isinstance(v, A):
            self.t("[")
            for i, x in enumerate(v):
                if i:
                    self.t(sep)
                self.J(x, compact)
            self.t("]")
        elif isinstance(v, S):
            self.t('"')
            for piece in v:
                if isinstance(piece, P):
                    enc = json.dumps(piece.v, ensure_ascii=False)[1:-1]
                    assert enc == piece.v, piece.v
                    self.p(piece)
                else:
                    self.t(json.dumps(piece, ensure_ascii=False)[1:-1])
            self.t('"')
        elif isinstance(v, P):
            if isinstance(v.v, str):
                enc = json.dumps(v.v, ensure_ascii=False)[1:-1]
                assert enc == v.v, v.v
                self.t('"')
                self.p(v)
                self.t('"')
            else:
                self.p(json.dumps(v.v), v.cat)
        elif isinstance(v, str):
            self.t(json.dumps(v, ensure_ascii=False))
        else:
            self.t(json.dumps(v))
        return self

    def text(self):
        return "".join(self.buf)


# ---------------------------------------------------------------- clock
CLK = dt.datetime(2024, 5, 14, 10, 58, 3, 117000)  # UTC
EDT = dt.timedelta(hours=-4)
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre"]


def tick(lo=1, hi=170):
    global CLK
    CLK += dt.timedelta(seconds=R.randint(lo, hi), milliseconds=R.randint(0, 999))


def loc():
    return CLK + EDT


def ts_lb():
    d = loc()
    return d.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (d.microsecond // 1000)


def ts_z():
    return CLK.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (CLK.microsecond // 1000)


def ts_off():
    return loc().strftime("%Y-%m-%dT%H:%M:%S-04:00")


def ts_sys():
    d = loc()
    return "%s %2d %s" % (MON[d.month - 1], d.day, d.strftime("%H:%M:%S"))


def ts_ngx():
    d = loc()
    return "%02d/%s/%d:%s -0400" % (d.day, MON[d.month - 1], d.year, d.strftime("%H:%M:%S"))


def ts_pg():
    return CLK.strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC" % (CLK.microsecond // 1000)


def ts_lc():
    d = loc()
    return d.strftime("%m-%d %H:%M:%S.") + "%03d" % (d.microsecond // 1000)


def ts_hl7():
    return loc().strftime("%Y%m%d%H%M%S")


def ts_epoch():
    return int((CLK - dt.datetime(1970, 1, 1)).total_seconds())


# ---------------------------------------------------------------- value helpers
def hexs(n, up=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if up else s


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def alnum(n, chars=string.ascii_uppercase + string.digits):
    return "".join(R.choice(chars) for _ in range(n))


def digits(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def ascii_fold(s):
    s = s.translate(str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "ø": "o", "Ø": "O",
                                   "đ": "d", "Đ": "D", "ß": "ss"}))
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def d_fmt(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return "%02d/%02d/%d" % (d.month, d.day, d.year)
    if style == "us_nz":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "us2":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if style == "eu":
        return "%02d.%02d.%d" % (d.day, d.month, d.year)
    if style == "dmy":
        return "%02d/%02d/%d" % (d.day, d.month, d.year)
    if style == "long":
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == "abbr":
        return "%d %s %d" % (d.day, MON[d.month - 1], d.year)
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "dash_us":
        return "%02d-%02d-%d" % (d.month, d.day, d.year)
    if style == "mdy_compact":
        return d.strftime("%m%d%Y")
    raise ValueError(style)


def ph_fmt(ph, style):
    a, b, c = ph[:3], ph[3:6], ph[6:]
    return {
        "paren": "(%s) %s-%s" % (a, b, c),
        "parenns": "(%s)%s-%s" % (a, b, c),
        "dash": "%s-%s-%s" % (a, b, c),
        "dot": "%s.%s.%s" % (a, b, c),
        "plain": ph,
        "e164": "+1" + ph,
        "intl": "+1 %s %s %s" % (a, b, c),
        "one": "1-%s-%s-%s" % (a, b, c),
    }[style]


def rphone_style():
    return R.choice(["paren", "parenns", "dash", "dot", "plain", "e164", "intl", "one"])


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


def jpeg_b64(n=180):
    raw = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00"
    raw += bytes([0xFF, 0xDB, 0x00, 0x43, 0x00]) + bytes(R.randint(0, 255) for _ in range(n))
    return base64.b64encode(raw).decode()


def fmr_b64(n=150):
    raw = b"FMR\x00 20\x00" + bytes([0, 0, 1, R.randint(0x40, 0x90)]) + bytes(R.randint(0, 255) for _ in range(n))
    return base64.b64encode(raw).decode()


# ---------------------------------------------------------------- people
CITIES = [
    ("Dayton", "Montgomery", "OH", "454", "937"), ("Columbus", "Franklin", "OH", "432", "614"),
    ("Toledo", "Lucas", "OH", "436", "419"), ("Cleveland", "Cuyahoga", "OH", "441", "216"),
    ("Akron", "Summit", "OH", "443", "330"), ("Cincinnati", "Hamilton", "OH", "452", "513"),
    ("Erie", "Erie", "PA", "165", "814"), ("Ann Arbor", "Washtenaw", "MI", "481", "734"),
    ("Dearborn", "Wayne", "MI", "481", "313"), ("Fort Wayne", "Allen", "IN", "468", "260"),
    ("Lima", "Allen", "OH", "458", "419"), ("Sandusky", "Erie", "OH", "448", "419"),
    ("Mansfield", "Richland", "OH", "449", "419"), ("Youngstown", "Mahoning", "OH", "445", "330"),
    ("Springfield", "Clark", "OH", "455", "937"), ("Huber Heights", "Montgomery", "OH", "454", "937"),
    ("Lakewood", "Cuyahoga", "OH", "441", "216"), ("Elyria", "Lorain", "OH", "440", "440"),
    ("Xenia", "Greene", "OH", "453", "937"), ("Westerville", "Franklin", "OH", "430", "614"),
]
STREETS = ["Maple Ridge Dr", "W Market St", "Oakwood Ave", "N High St", "Brookside Ct", "Kettering Blvd",
           "Salem Ave", "Euclid Ave", "Lorain Rd", "Tamarack Trl", "Cherry Hill Ln", "Old Troy Pike",
           "Riverside Dr", "Vine St", "Pleasant Valley Rd", "Bellefontaine Ave", "Woodward Ave",
           "County Road 25A", "Shaker Blvd", "E 185th St", "Calle del Sol", "Linden Ave", "Wilmington Pike",
           "Harshman Rd", "Sycamore Grove Way", "Ridgeview Cir", "Main St", "Ohio Pike"]
NAMES = [
    ("Adaeze", "Okonkwo", "F"), ("María José", "Hernández-Ruiz", "F"), ("Thị Lan", "Nguyễn", "F"),
    ("Krzysztof", "Wiśniewski", "M"), ("Siobhán", "O'Connell", "F"), ("Daan", "van der Berg", "M"),
    ("Fatima", "Al-Sayed", "F"), ("Priya", "Raghunathan", "F"), ("Ji-woo", "Park", "F"),
    ("Wei", "Zhang", "M"), ("Eleni", "Papadopoulou", "F"), ("Hodan", "Warsame", "F"),
    ("Sione", "Taufa", "M"), ("Giuseppe", "De Luca", "M"), ("Marie-Claire", "Dubois", "F"),
    ("João", "da Silva", "M"), ("Jean-Baptiste", "Pierre", "M"), ("Oksana", "Kovalenko", "F"),
    ("Haruto", "Sato", "M"), ("Maricel", "Dela Cruz", "F"), ("Pa Nhia", "Vang", "F"),
    ("Darnell", "Tsosie", "M"), ("LaToya", "Jenkins", "F"), ("DeShawn", "Washington", "M"),
    ("Yekaterina", "Volkova", "F"), ("Emre", "Yıldız", "M"), ("Lucía", "Fernández de la Torre", "F"),
    ("Callum", "MacLeod", "M"), ("Rhys", "Llewellyn", "M"), ("Shirin", "Farahani", "F"),
    ("Tigist", "Bekele", "F"), ("Kalani", "Kahananui", "F"), ("Åsa", "Lindqvist", "F"),
    ("Zsófia", "Nagy", "F"), ("Petr", "Dvořák", "M"), ("Brenda", "McAllister-Hayes", "F"),
    ("Gary", "Schultz", "M"), ("Tammy", "Yoder", "F"), ("Aaliyah", "Brooks", "F"),
    ("Ricardo", "Villalobos", "M"), ("Ngozi", "Eze-Williams", "F"), ("Bao", "Tran", "F"),
    ("Anjali", "Deshpande", "F"), ("Kevin", "O'Malley", "M"), ("Stacy-Ann", "Campbell", "F"),
    ("Mohammed", "Haddad", "M"), ("Ingeborg", "von Hassel", "F"), ("Luis Alberto", "Quispe Mamani", "M"),
    ("Kateryna", "Shevchuk", "F"), ("Dwayne", "Pettigrew", "M"), ("Roxanne", "St. Germain", "F"),
    ("Olumide", "Adeyemi", "M"), ("Guadalupe", "Treviño", "F"), ("Bernard", "Kowalski", "M"),
]
REL_FIRST = {"F": ["Grace", "Dolores", "Linh", "Anna", "Leilani", "Amira", "Beatriz", "Ruth", "Minh", "Joanne"],
             "M": ["Chidi", "Carlos", "Mark", "Robert", "Yusuf", "Tomasz", "Kenji", "Samuel", "Andre", "Pieter"]}
PAYERS = [
    ("ANTHEM BLUE CROSS", "Anthem", "00227", "anthem"), ("UNITEDHEALTHCARE", "UHC", "87726", "uhc"),
    ("AETNA", "Aetna", "60054", "aetna"), ("MEDICAL MUTUAL OF OHIO", "MMO", "29076", "mmo"),
    ("CARESOURCE OHIO MEDICAID", "CareSource", "31114", "medicaid"), ("MEDICARE PART B", "Medicare", "15202", "mbi"),
    ("HUMANA", "Humana", "61101", "humana"), ("CIGNA", "Cigna", "62308", "cigna"),
]
MAC_OUI = ["C8:47:8C", "A4:C1:38", "D8:0B:CB", "0C:95:41", "E4:5F:01", "88:1B:99"]
IP_PRE = ["73.", "98.", "174.", "24.", "99.", "172.58.", "107.77.", "66.87.", "69.141.", "184.58.", "76.181.", "208.102."]


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    AN = L + "0123456789"
    return (R.choice("123456789") + R.choice(L) + R.choice(AN) + R.choice("0123456789") + R.choice(L)
            + R.choice(AN) + R.choice("0123456789") + R.choice(L) + R.choice(L) + digits(2))


def member_id(kind):
    if kind == "anthem":
        return R.choice(["YRP", "XEH", "JQN", "ZGO"]) + digits(9)
    if kind == "uhc":
        return digits(9) + R.choice(["", "-01", "00"])
    if kind == "aetna":
        return "W" + digits(9)
    if kind == "mmo":
        return "MM" + digits(9)
    if kind == "medicaid":
        return "1" + digits(11)
    if kind == "mbi":
        return mbi()
    if kind == "humana":
        return "H" + digits(8)
    return "U" + digits(8) + "01"


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


class Person:
    pass


def make_person(first, last, sex):
    p = Person()
    p.first, p.last, p.sex = first, last, sex
    p.afirst, p.alast = ascii_fold(first), ascii_fold(last)
    p.mi = R.choice("ABCDEFGHJKLMNPRSTW") if R.random() < 0.6 else ""
    p.dob = dt.date(R.randint(1956, 2003), R.randint(1, 12), R.randint(1, 28))
    c = R.choice(CITIES)
    p.city, p.county, p.state = c[0], c[1], c[2]
    p.zip = c[3] + digits(2)
    p.zip4 = digits(4)
    p.street = "%d %s" % (R.randint(12, 9899), R.choice(STREETS))
    if R.random() < 0.3:
        p.street += R.choice([" Apt %d%s" % (R.randint(1, 9), R.choice("ABCD")), " Unit %d" % R.randint(2, 40),
                              " #%d" % R.randint(101, 420)])
    p.phone = c[4] + str(R.randint(2, 9)) + digits(2) + digits(4)
    if p.phone[4:6] == "11":
        p.phone = p.phone[:4] + "2" + p.phone[5:]
    fl = p.afirst.lower().replace(" ", "").replace("'", "")
    ll = p.alast.lower().replace(" ", "").replace("'", "").replace(".", "")
    yy = "%02d" % (p.dob.year % 100)
    dom = R.choice(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com",
                    "att.net", "protonmail.com", "comcast.net", "live.com"])
    pat = R.randint(0, 5)
    local = [fl + "." + ll, fl[0] + ll + yy, fl + ll[:1] + str(R.randint(1, 99)), ll + "." + fl,
             fl + "_" + ll + yy, fl[:4] + ll[:4] + str(R.randint(100, 999))][pat]
    p.email = local.replace("-", "") + "@" + dom
    p.user = R.choice([fl + "." + ll[:1] + yy, fl + "_" + ll, fl[0] + ll, ll + fl[:2] + str(R.randint(1, 99)),
                       fl + "journey" + yy, fl[:5] + "_sleeved"])
    p.user = p.user.replace("-", "")
    p.mrn = "%08d" % R.randint(100000, 9999999)
    pay = R.choice(PAYERS)
    p.payer, p.payer_short, p.payer_id, p.pkind = pay
    p.member = member_id(p.pkind)
    p.group = digits(6) if p.pkind not in ("medicaid", "mbi") else ""
    p.ssn = ssn()
    p.prog = "BWP-24-%05d" % R.randint(100, 99999)
    p.acct = "LBA-%08d" % R.randint(100000, 99999999)
    p.pid = R.randint(10000, 99999)  # internal DB key (not labeled)
    p.mac = R.choice(MAC_OUI) + ":" + ":".join(hexs(2, True) for _ in range(3))
    p.scale_sn = R.choice(["WW-S3-", "RPH-CS20-", "YMS2-"]) + alnum(8)
    p.hub_sn = "HB" + hexs(8, True)
    pre = R.choice(IP_PRE)
    p.ip = pre + ".".join(str(R.randint(2, 254)) for _ in range(4 - pre.count(".")))
    p.plate = R.choice(["%s%s%s %d" % (R.choice("HJKLMNP"), R.choice(string.ascii_uppercase), R.choice(string.ascii_uppercase), R.randint(1000, 9999)),
                        "%s%s%s%d" % (R.choice("DEFGH"), R.choice(string.ascii_uppercase), R.choice(string.ascii_uppercase), R.randint(1000, 9999))])
    p.dl = (R.choice(string.ascii_uppercase) + R.choice(string.ascii_uppercase) + digits(6)) if p.state == "OH" else \
        (R.choice("ABCDEFGHKLMNPRSTW") + digits(12) if p.state == "MI" else digits(4) + "-" + digits(2) + "-" + digits(4)
         if p.state == "IN" else digits(8))
    p.lat = {"Dayton": 39.75, "Columbus": 39.96, "Toledo": 41.66, "Cleveland": 41.49, "Akron": 41.08}.get(p.city, 40.5) + R.uniform(-0.08, 0.08)
    p.lon = {"Dayton": -84.19, "Columbus": -83.0, "Toledo": -83.55, "Cleveland": -81.69, "Akron": -81.52}.get(p.city, -82.9) + R.uniform(-0.08, 0.08)
    p.height = R.randint(152, 191)
    p.weight = round(R.uniform(105, 185), 1)
    rs = "M" if sex == "F" else "F"
    p.rel_first = R.choice(REL_FIRST[rs])
    p.rel_last = last if R.random() < 0.7 else R.choice(NAMES)[1]
    p.rel = R.choice(["spouse", "husband", "wife", "partner", "sister", "son", "daughter", "mother"])
    p.rel_phone = c[4] + str(R.randint(2, 9)) + digits(6)
    p.surg = dt.date(2024, R.randint(6, 9), R.randint(1, 28))
    p.appt = dt.datetime(2024, R.randint(5, 7), R.randint(1, 28), R.choice([8, 9, 10, 13, 14, 15]), R.choice([0, 30]))
    if p.appt.month == 5 and p.appt.day < 16:
        p.appt = p.appt.replace(day=p.appt.day + 14)
    p.seminar = dt.date(2024, R.choice([5, 6]), R.choice([16, 21, 23, 28, 4, 6, 11]))
    p.ig = R.choice(["https://www.instagram.com/%s" % p.user, "https://www.tiktok.com/@%s" % p.user,
                     "https://www.gofundme.com/f/%s-%s-surgery-fund" % (fl, ll),
                     "https://www.caringbridge.org/site/%s%s" % (fl, ll),
                     "https://www.youtube.com/@%s" % p.user])
    return p


PEOPLE = [make_person(*n) for n in NAMES]
R.shuffle(PEOPLE)


def person():
    return R.choice(PEOPLE)


ES_LAST = {"Hernández-Ruiz", "Fernández de la Torre", "Villalobos", "Quispe Mamani", "Treviño"}


def person_for_msg(idx):
    if idx == 6:  # Spanish-language message
        return R.choice([q for q in PEOPLE if q.last in ES_LAST])
    return person()


def name_style(p, style=None):
    style = style or R.choice(["full", "full", "lastfirst", "LASTFIRST", "initial", "firstinit", "lower"])
    if style == "full":
        return "%s %s" % (p.first, p.last)
    if style == "lastfirst":
        return "%s, %s" % (p.last, p.first) + (" " + p.mi + "." if p.mi else "")
    if style == "LASTFIRST":
        return "%s, %s" % (p.alast.upper(), p.afirst.upper()) + (" " + p.mi if p.mi else "")
    if style == "initial":
        return "%s. %s" % (p.first[0], p.last)
    if style == "firstinit":
        return "%s %s." % (p.first, p.last[0])
    if style == "lower":
        return ("%s %s" % (p.afirst, p.alast)).lower()
    raise ValueError(style)


def dob_any(p):
    return d_fmt(p.dob, R.choice(["iso", "us", "us_nz", "us2", "eu", "long", "abbr", "dash_us"]))


# staff (not labeled)
SURGEONS = [("Marco", "Rivera", "1457390012"), ("Anneliese", "Thorvaldsen", "1639284471"), ("Sunil", "Varadarajan", "1821047736")]
PSYCH = [("Hannah", "Oyelaran-Fitch", "1477281936"), ("Daniel", "Birnbaum", "1093884120")]
RDS = [("Ingrid", "Solberg", "isolberg"), ("Kwame", "Asante", "kasante"), ("Lorena", "Beltrán", "lbeltran")]
FACIL = [("Tomás", "Ferreira", "tferreira"), ("Monique", "Baptiste-Grant", "mbgrant")]
CLINIC_PHONE = "(937) 555-0100"
CLINIC_FAX = "(937) 555-0148"
PAYER_FAX = {"Anthem": "1-844-474-3349", "UHC": "(866) 756-9733", "Aetna": "1-888-267-3277", "MMO": "(800) 809-3436",
             "CareSource": "(844) 432-8924", "Medicare": "(855) 252-8782", "Humana": "1-888-447-3430", "Cigna": "(866) 873-8279"}

THREADS = ["eventLoopGroupProxy-4-1", "eventLoopGroupProxy-4-2", "eventLoopGroupProxy-4-3",
           "DefaultDispatcher-worker-1", "DefaultDispatcher-worker-4", "DefaultDispatcher-worker-7", "main",
           "quartzScheduler_Worker-2", "HikariPool-1 housekeeper"]
POD = "ww-api-7c9f8d5b6-" + alnum(5, string.ascii_lowercase + string.digits)


def kh(L, level, logger, thread=None):
    L.t(ts_lb(), " [", thread or R.choice(THREADS[:7]), "] ", "%-5s" % level, " ", logger, " - ")
    return L


# ================================================================ generators
# each returns a list of Line; phi=True -> at least one line has spans, phi=False -> none

def g_ktor(phi, v=None):
    tick()
    L = Line("ktor_logback")
    if not phi:
        c = R.randint(0, 15)
        if c == 0:
            kh(L, "INFO", "Application").T("{code}: GET - /healthz in {ms}ms", code="200 OK", ms=R.randint(0, 3))
        elif c == 1:
            kh(L, "INFO", "Application").T("{c}: {m} - {u} in {ms}ms", c=R.choice(["200 OK", "201 Created", "204 No Content"]),
                                            m=R.choice(["POST", "GET", "PUT"]),
                                            u=R.choice(["/api/v1/readings/batch", "/api/v1/me/goals", "/api/v1/seminars?upcoming=true",
                                                        "/api/v1/chat/threads", "/api/v1/content/recipes?phase=puree", "/api/v1/devices/pair"]),
                                            ms=R.randint(4, 420))
        elif c == 2:
            kh(L, "INFO", "Application", "main").T("Application started in {s} seconds.", s="%.3f" % R.uniform(0.8, 3.2))
        elif c == 3:
            kh(L, "INFO", "Application", "main").t("Responding at http://0.0.0.0:8080")
        elif c == 4:
            hk = R.randint(0, 4)
            kh(L, "DEBUG", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 housekeeper").T(
                "HikariPool-1 - Pool stats (total={t}, active={a}, idle={i}, waiting=0)", t=10, a=hk, i=10 - hk)
        elif c == 5:
            kh(L, "INFO", "o.l.ww.jobs.ReminderDispatchJob", "quartzScheduler_Worker-2").T(
                "ReminderDispatch finished: sent={a} skipped={b} failed={c} duration={d}s", a=R.randint(10, 80), b=R.randint(0, 9), c=R.randint(0, 2), d="%.3f" % R.uniform(0.5, 4))
        elif c == 6:
            kh(L, "WARN", "o.l.ww.auth.JwtVerifier").T("JWT verification failed: The Token has expired on {e}. requestId={r}",
                                                      e=(CLK - dt.timedelta(minutes=R.randint(2, 90))).strftime("%Y-%m-%dT%H:%M:%SZ"), r=hexs(16))
        elif c == 7:
            kh(L, "INFO", "o.f.core.internal.command.DbValidate", "main").T("Successfully validated {n} migrations (execution time 00:00.{ms}s)", n=R.randint(40, 60), ms="%03d" % R.randint(20, 300))
        elif c == 8:
            kh(L, "WARN", "o.l.ww.payer.PayerGatewayClient").T("Retrying payer-gateway call attempt={a}/5 backoff={b}ms traceId={t} spanId={s}",
                                                               a=R.randint(2, 4), b=R.choice([200, 400, 800, 1600]), t=hexs(32), s=hexs(16))
        elif c == 9:
            kh(L, "INFO", "Application").T("401 Unauthorized: GET - /api/v1/me in {ms}ms", ms=R.randint(1, 5))
        elif c == 10:
            kh(L, "INFO", "o.l.ww.ingest.ReadingConsumer").T("Consumed {n} readings from topic scale.readings.v2 partition={p} offset={o} lag={g}",
                                                             n=R.randint(1, 200), p=R.randint(0, 5), o=R.randint(1000000, 9000000), g=R.randint(0, 40))
        elif c == 11:
            kh(L, "INFO", "o.l.ww.seminar.SeminarService").T("Seminar session {i} ({d}, {m}) capacity {c}, {t} seats taken",
                                                             i=R.randint(200, 260), d=d_fmt(dt.date(2024, R.choice([5, 6]), R.randint(1, 28)), "iso"),
                                                             m=R.choice(["IN_PERSON", "WEBINAR"]), c=R.choice([40, 60, 100]), t=R.randint(3, 39))
        elif c == 12:
            kh(L, "ERROR", "o.l.ww.chat.ChatGateway").T("WebSocket session {s} closed abnormally: CloseReason(reason=GOING_AWAY, message=Ping timeout)", s=uuid4())
        elif c == 13:
            kh(L, "INFO", "o.l.ww.billing.SelfPayService").T("Stripe webhook {e} evt_{i} processed in {ms}ms", e=R.choice(["payment_intent.succeeded", "charge.refunded", "invoice.paid"]),
                                                             i=alnum(24, string.ascii_letters + string.digits), ms=R.randint(10, 200))
        elif c == 14:
            kh(L, "DEBUG", "o.l.ww.billing.SelfPayService").t("staging smoke test charge card=4242424242424242 exp=12/34 cvc=*** -> succeeded")
        else:
            kh(L, "INFO", "o.l.ww.config.AppConfig", "main").T("Loaded config env=prod payerGateway=https://edi.lakeshorebmi.org:8443 fax.outbound=hylafax://fax01:4559 build={b}",
                                                             b="2024.05.13-%d" % R.randint(400, 420))
        return [L]
    p = person()
    c = R.randint(0, 21) if v is None else v
    if c == 0:
        kh(L, "INFO", "Application").T("200 OK: GET - /api/v1/patients/search?last={l}&dob={d} in {ms}ms",
                                        l=P(p.alast.replace(" ", "%20"), "name"), d=P(d_fmt(p.dob, "iso"), "date"), ms=R.randint(12, 90))
    elif c == 1:
        kh(L, "INFO", "Application").T("404 Not Found: GET - /api/v1/members/{m}/eligibility in {ms}ms", m=P(p.member, "health_plan"), ms=R.randint(80, 900))
    elif c == 2:
        kh(L, "INFO", "o.l.ww.patient.PatientService").T('Created patient profile mrn={m} name="{n}" programId={g}',
                                                       m=P(p.mrn, "mrn"), n=P(p.first + " " + p.last, "name"), g=P(p.prog, "other_id"))
    elif c == 3:
        kh(L, "INFO", "o.l.ww.leads.LeadService").T("Duplicate seminar lead for email={e}, merging into lead {i}", e=P(p.email, "email"), i=R.randint(20000, 40000))
    elif c == 4:
        kh(L, "INFO", "o.l.ww.payer.EligibilityService").T("271 parsed: subscriber={s} relationship={r} memberId={m} group={g} coverage=ACTIVE",
                                                          s=P("%s, %s" % (p.rel_last.upper(), p.rel_first.upper()), "name"), r=p.rel,
                                                          m=P(p.member + "-02" if p.pkind in ("anthem", "aetna") else p.member, "health_plan"), g=p.group or "N/A")
    elif c == 5:
        kh(L, "INFO", "o.l.ww.auth.LoginRoute").T("login ok user={u} from {ip} client=WeightWise/3.8.2 (Android 14)", u=P(p.user, "other_id"), ip=P(p.ip, "ip"))
    elif c == 6:
        kh(L, "DEBUG", "o.l.ww.routes.ProfileRoutes").t("REQUEST BODY: ").J(O([
            ("firstName", P(p.first, "name")), ("lastName", P(p.last, "name")), ("dob", P(d_fmt(p.dob, "iso"), "date")),
            ("heightCm", p.height), ("avatar", S(["data:image/jpeg;base64,", P(jpeg_b64(R.randint(90, 150)), "photo")]))]), compact=True)
    elif c == 7:
        kh(L, "ERROR", "o.l.ww.routes.IntakeRoutes").T(
            "kotlinx.serialization.json.internal.JsonDecodingException: Unexpected JSON token at offset {o}: Expected quotation mark '\"', but had '1' instead at path: $.emergencyContact.phone JSON input: ...\"name\":\"{n}\",\"relation\":\"{r}\",\"phone\":{ph}}}}}",
            o=R.randint(200, 420), n=P(p.rel_first + " " + p.rel_last, "name"), r=p.rel, ph=P(p.rel_phone, "phone"))
    elif c == 8:
        kh(L, "INFO", "o.l.ww.billing.SelfPayService").T("Stripe charge failed for account {a}: card_declined (insufficient_funds) card=**** **** **** {l4} amount=1250000",
                                                        a=P(p.acct, "account"), l4=digits(4))
    elif c == 9:
        pan = luhn_complete(R.choice(["4", "51", "55", "37"]), 15 if False else 16)
        kh(L, "WARN", "o.l.ww.billing.CareCreditClient").T("prequal request rejected (field validation): applicant={n} ssn={s} card={c} reason=ADDRESS_MISMATCH",
                                                          n=P(p.alast.upper() + "/" + p.afirst.upper(), "name"), s=P(p.ssn, "ssn"), c=P(pan, "account"))
    elif c == 10:
        kh(L, "DEBUG", "o.l.ww.idv.IdentityCheck").T("PDF417 decoded: @\\n\\u001e\\rANSI 636023080102DL00410278ZO03190008DL\\nDAQ{dl}\\nDCS{l}\\nDAC{f}\\nDBB{d}\\nDAG{s}\\nDAI{c}\\nDAJ{st}\\nDAK{z}  \\nDCGUSA",
                                                    dl=P(p.dl.replace("-", ""), "license"), l=P(p.alast.upper(), "name"), f=P(p.afirst.upper(), "name"),
                                                    d=P(d_fmt(p.dob, "mdy_compact"), "date"), s=P(p.street.upper(), "address"), c=P(p.city.upper(), "address"),
                                                    st=p.state, z=P(p.zip + p.zip4, "zip"))
    elif c == 11:
        kh(L, "INFO", "o.l.ww.groups.NearestGroupService").T("geo lookup lat={a} lon={b} -> {n} support groups within 25mi (user {u})",
                                                            a=P("%.5f" % p.lat, "address"), b=P("%.5f" % p.lon, "address"), n=R.randint(1, 4), u=P(p.user, "other_id"))
    elif c == 12:
        kh(L, "INFO", "o.l.ww.kiosk.KioskCheckinService").T("fingerprint match kiosk=2F-EXAM-3 score=0.{s} mrn={m} template={t}",
                                                           s=R.randint(81, 99), m=P(p.mrn, "mrn"), t=P(fmr_b64(R.randint(60, 110)), "biometric"))
    elif c == 13:
        kh(L, "INFO", "o.l.ww.sched.PsychEvalScheduler").T("Booked PSYEVAL slot {d} with {doc} for mrn={m} (request from {u})",
                                                          d=P(p.appt.strftime("%Y-%m-%dT%H:%M"), "date"), doc="Dr. " + R.choice(PSYCH)[1], m=P(p.mrn, "mrn"), u=P(p.user, "other_id"))
    elif c == 14:
        kh(L, "WARN", "o.l.ww.sched.PsychEvalScheduler").T("No availability for {n} (DOB {d}) before surgery date {s}; placed on waitlist",
                                                          n=P(name_style(p, "lastfirst"), "name"), d=P(dob_any(p), "date"), s=P(d_fmt(p.surg, "us"), "date"))
    elif c == 15:
        kh(L, "INFO", "o.l.ww.parking.ParkingValidation").T("validated plate={pl} state={st} for seminar registrant {n} session={s}",
                                                           pl=P(p.plate, "vehicle"), st=p.state, n=P(name_style(p, "initial"), "name"), s=R.randint(200, 260))
    elif c == 16:
        kh(L, "INFO", "o.l.ww.devices.DeviceRegistry").T("Paired scale {sn} ({mac}) to hub {h} for programId={g}",
                                                        sn=P(p.scale_sn, "device"), mac=P(p.mac, "device"), h=P(p.hub_sn, "device"), g=P(p.prog, "other_id"))
    elif c == 17:
        old = dt.date(R.randint(1926, 1933), p.dob.month, p.dob.day)
        age = 2024 - old.year - ((5, 14) < (old.month, old.day))
        kh(L, "ERROR", "o.l.ww.seminar.EligibilityCheck").T("registrant {n} rejected: age {a} outside program range 18-75 (dob={d})",
                                                           n=P(p.first + " " + p.last, "name"), a=P(str(age), "age"),
                                                           d=P(d_fmt(old, "iso"), "date"))
        assert age > 89
    elif c == 18:
        kh(L, "INFO", "o.l.ww.payer.PriorAuthService").T("Submitted prior auth case={k} payer={py} member={m} cpt=43775 dos={a}..{b}",
                                                        k=P("PA-%s-%04d" % (loc().strftime("%y%m%d"), R.randint(1, 200)), "other_id"), py=p.payer_short,
                                                        m=P(p.member, "health_plan"), a=P(d_fmt(p.surg, "iso"), "date"), b=P(d_fmt(p.surg + dt.timedelta(days=90), "iso"), "date"))
    elif c == 20:
        kh(L, "INFO", "o.l.ww.idv.IdentityCheck").T("IDV result document=DRIVER_LICENSE state={st} number={n} name_match=0.{m} face_match=0.{f} programId={g}",
                                                   st=p.state, n=P(p.dl, "license"), m=R.randint(85, 99), f=R.randint(80, 99), g=P(p.prog, "other_id"))
    elif c == 21:
        kh(L, "WARN", "o.l.ww.payer.MbiLookupClient").T("MBI lookup by SSN failed for {n}: ssn={s} dob={d} -> 404 BENEFICIARY_NOT_FOUND",
                                                      n=P(name_style(p, "LASTFIRST"), "name"), s=P(p.ssn, "ssn"), d=P(d_fmt(p.dob, "us"), "date"))
    else:
        kh(L, "WARN", "o.l.ww.chat.ChatModeration").T("PII filter flagged outbound message in thread dietitian-{i}: phone {ph} address \"{s}, {c}\"",
                                                     i=p.pid, ph=P(ph_fmt(p.phone, rphone_style()), "phone"), s=P(p.street, "address"), c=P(p.city, "address"))
    return [L]


def g_ktor_stack(phi, v=None):
    """exception with stack trace lines (noise) after an error line (phi or not)."""
    tick()
    out = []
    L = Line("ktor_logback")
    p = person()
    if phi:
        kh(L, "ERROR", "o.l.ww.payer.PriorAuthService").T("Failed to submit 278 for {n} member {m}", n=P(name_style(p, "LASTFIRST"), "name"), m=P(p.member, "health_plan"))
    else:
        kh(L, "ERROR", "o.l.ww.payer.PriorAuthService").T("Failed to submit 278 batch {b} ({n} requests)", b=R.randint(1000, 9999), n=R.randint(1, 12))
    out.append(L)
    frames = ["java.net.SocketTimeoutException: Read timed out",
              "\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)",
              "\tat io.ktor.client.engine.okhttp.OkHttpEngine.execute(OkHttpEngine.kt:62)",
              "\tat org.lakeshorebmi.ww.payer.PayerGatewayClient.submit278(PayerGatewayClient.kt:141)",
              "\tat org.lakeshorebmi.ww.payer.PriorAuthService$submit$2.invokeSuspend(PriorAuthService.kt:88)",
              "\tat kotlin.coroutines.jvm.internal.BaseContinuationImpl.resumeWith(ContinuationImpl.kt:33)",
              "\t... 11 common frames omitted"]
    k = R.randint(3, len(frames))
    for f in frames[:k - 1] + [frames[-1]]:
        x = Line("ktor_logback")
        x.t(f)
        out.append(x)
    return out


def g_ktor_client(phi, v=None):
    """Ktor HttpClient Logging plugin output for Twilio SMS (multi-line)."""
    tick()
    p = person()
    out = []
    acct = "AC" + hexs(32)
    L = Line("ktor_client_log")
    kh(L, "INFO", "io.ktor.client.HttpClient").t("REQUEST: https://api.twilio.com/2010-04-01/Accounts/", acct, "/Messages.json")
    out.append(L)
    out.append(Line("ktor_client_log").t("METHOD: HttpMethod(value=POST)"))
    out.append(Line("ktor_client_log").t("BODY Content-Type: application/x-www-form-urlencoded"))
    out.append(Line("ktor_client_log").t("BODY START"))
    L = Line("ktor_client_log")
    if phi:
        d = p.appt
        L.T("To={to}&From=%2B19375550100&Body=Lakeshore+Bariatric%3A+Reminder+-+your+psychological+evaluation+is+{wd}+{d}+at+{t}.+Reply+C+to+confirm.",
            to=P("%2B1" + p.phone, "phone"), wd=d.strftime("%a"), d=P("%d%%2F%d" % (d.month, d.day), "date"), t=d.strftime("%I%%3A%M+%p").lstrip("0"))
    else:
        L.t("To=%2B19375550199&From=%2B19375550100&Body=Lakeshore+status+check+%28ops%29")
    out.append(L)
    out.append(Line("ktor_client_log").t("BODY END"))
    x = Line("ktor_client_log")
    kh(x, "INFO", "io.ktor.client.HttpClient").T("RESPONSE: 201 Created METHOD: HttpMethod(value=POST) FROM: https://api.twilio.com/2010-04-01/Accounts/{a}/Messages.json", a=acct)
    out.append(x)
    return out


def g_exposed(phi, v=None):
    tick()
    L = Line("exposed_sql")
    thr = R.choice(["DefaultDispatcher-worker-%d" % R.randint(1, 8), "eventLoopGroupProxy-4-%d" % R.randint(1, 4)])
    if not phi:
        c = R.randint(0, 7)
        kh(L, "DEBUG", "Exposed", thr)
        if c == 0:
            L.T("SELECT COUNT(*) FROM scale_readings WHERE scale_readings.received_at >= '{d} 00:00:00'", d=loc().strftime("%Y-%m-%d"))
        elif c == 1:
            L.T("UPDATE seminar_sessions SET seats_taken=(seminar_sessions.seats_taken + 1) WHERE seminar_sessions.id = {i}", i=R.randint(200, 260))
        elif c == 2:
            L.T("SELECT prior_auths.id, prior_auths.status, prior_auths.payer_code FROM prior_auths WHERE (prior_auths.status = 'PENDED') AND (prior_auths.updated_at < '{d}') LIMIT {n}",
                d=(loc() - dt.timedelta(days=3)).strftime("%Y-%m-%d %H:%M:%S"), n=R.choice([50, 100, 200]))
        elif c == 3:
            L.T("INSERT INTO job_runs (job_name, started_at, finished_at, status, rows_affected) VALUES ('{j}', '{a}', '{b}', 'OK', {n})",
                j=R.choice(["ReadingRollup", "PendedAuthPoller", "SeminarReminder", "ChatRetention"]), a=loc().strftime("%Y-%m-%d %H:%M:%S"),
                b=(loc() + dt.timedelta(seconds=R.randint(1, 90))).strftime("%Y-%m-%d %H:%M:%S"), n=R.randint(0, 900))
        elif c == 4:
            L.T("SELECT chat_messages.id, chat_messages.thread_id, chat_messages.sent_at FROM chat_messages WHERE chat_messages.thread_id = {t} ORDER BY chat_messages.sent_at DESC LIMIT 50", t=R.randint(10000, 99999))
        elif c == 5:
            L = Line("exposed_sql")
            kh(L, "WARN", "Exposed", thr).T("Transaction attempt #{a} failed: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms.. Statement(s): SELECT scale_devices.id, scale_devices.firmware FROM scale_devices WHERE scale_devices.firmware < '{v}'",
                                           a=R.randint(0, 2), v="2.4.%d" % R.randint(10, 17))
        elif c == 6:
            L.T("DELETE FROM chat_typing_events WHERE chat_typing_events.created_at < '{d}'", d=(loc() - dt.timedelta(hours=1)).strftime("%Y-%m-%d %H:%M:%S"))
        else:
            L.t("CREATE TABLE IF NOT EXISTS psych_eval_slots (id SERIAL PRIMARY KEY, provider_npi VARCHAR(10) NOT NULL, starts_at TIMESTAMP NOT NULL, duration_min INT DEFAULT 120 NOT NULL)")
        return [L]
    p = person()
    c = R.randint(0, 7)
    kh(L, "DEBUG", "Exposed", thr)
    if c == 0:
        L.T("SELECT patients.id, patients.mrn, patients.first_name, patients.last_name FROM patients WHERE (patients.last_name = '{l}') AND (patients.birth_date = '{d}')",
            l=P(p.last.replace("'", "''"), "name"), d=P(d_fmt(p.dob, "iso"), "date"))
    elif c == 1:
        L.T("INSERT INTO scale_readings (patient_id, device_serial, weight_g, fat_pct, impedance, measured_at) VALUES ({i}, '{s}', {w}, {f}, {im}, '{m}')",
            i=p.pid, s=P(p.scale_sn, "device"), w=int(p.weight * 1000), f="%.1f" % R.uniform(30, 52), im=R.randint(380, 620),
            m=(loc() - dt.timedelta(minutes=R.randint(1, 50))).strftime("%Y-%m-%d %H:%M:%S"))
    elif c == 2:
        L.T("UPDATE patients SET phone='{ph}', email='{e}', updated_at='{u}' WHERE patients.id = {i}",
            ph=P(p.phone, "phone"), e=P(p.email, "email"), u=loc().strftime("%Y-%m-%d %H:%M:%S"), i=p.pid)
    elif c == 3:
        L = Line("exposed_sql")
        kh(L, "DEBUG", "o.l.ww.db.SqlBindLogger", thr).t(
            "SQL: INSERT INTO seminar_registrations (first_name, last_name, email, mobile, zip, session_id) VALUES (?, ?, ?, ?, ?, ?) | args: [")
        col = "org.jetbrains.exposed.sql.VarCharColumnType@" + hexs(7)
        vals = [P(p.first, "name"), P(p.last, "name"), P(p.email, "email"), P(p.phone, "phone"), P(p.zip, "zip")]
        for v in vals:
            L.t("(", col, ", ").p(v).t("), ")
        L.T("(org.jetbrains.exposed.sql.IntegerColumnType@{h}, {s})]", h=hexs(7), s=R.randint(200, 260))
    elif c == 4:
        L.T("INSERT INTO prior_auths (patient_id, payer_code, member_id, case_ref, cpt, requested_from, requested_to, status) VALUES ({i}, '{py}', '{m}', '{k}', '43775', '{a}', '{b}', 'SUBMITTED')",
            i=p.pid, py=p.payer_id, m=P(p.member, "health_plan"), k=P("PA-%s-%04d" % (loc().strftime("%y%m%d"), R.randint(1, 200)), "other_id"),
            a=P(d_fmt(p.surg, "iso"), "date"), b=P(d_fmt(p.surg + dt.timedelta(days=90), "iso"), "date"))
    elif c == 5:
        L = Line("exposed_sql")
        kh(L, "DEBUG", "o.l.ww.db.SqlBindLogger", thr).T(
            "SQL: SELECT * FROM patients WHERE patients.ssn_hash = ? OR (patients.last_name ILIKE ? AND patients.birth_date = ?) | binds: [1=sha256:{h}, 2={l}, 3={d}]",
            h=hexs(64), l=P(p.alast, "name"), d=P(d_fmt(p.dob, "iso"), "date"))
    elif c == 6:
        L.T("INSERT INTO emergency_contacts (patient_id, full_name, relation, phone) VALUES ({i}, '{n}', '{r}', '{ph}')",
            i=p.pid, n=P((p.rel_first + " " + p.rel_last).replace("'", "''"), "name"), r=p.rel, ph=P(ph_fmt(p.rel_phone, "dash"), "phone"))
    else:
        L.T("UPDATE psych_evals SET slot_start='{s}', status='BOOKED' WHERE (psych_evals.patient_id = {i}) AND (psych_evals.mrn = '{m}')",
            s=P(p.appt.strftime("%Y-%m-%d %H:%M:%S"), "date"), i=p.pid, m=P(p.mrn, "mrn"))
    return [L]


def g_ble(phi, v=None):
    tick(1, 60)
    L = Line("ble_gw_syslog")
    if not phi:
        c = R.randint(0, 8)
        if c == 0:
            L.T("{t} wwhub blegw[{pid}]: <info> scan cycle done window=10000ms adverts={a} matched=0 dup={d}", t=ts_sys(), pid=R.randint(700, 900), a=R.randint(3, 40), d=R.randint(0, 20))
        elif c == 1:
            L.T("{t} wwhub bluetoothd[{pid}]: Bluetooth daemon 5.66", t=ts_sys(), pid=R.randint(380, 420))
        elif c == 2:
            L.T("{t} wwhub blegw[{pid}]: <warn> hci0: le set scan enable failed: Device or resource busy (16)", t=ts_sys(), pid=R.randint(700, 900))
        elif c == 3:
            L.T("{t} wwhub blegw[{pid}]: <info> uplink mqtt connected broker=mqtts://ingest.lakeshorebmi.org:8883 keepalive=60 qos=1", t=ts_sys(), pid=R.randint(700, 900))
        elif c == 4:
            L.T("{t} wwhub blegw[{pid}]: <info> firmware 2.4.{f} (build 20240429.{b}) uptime {d}d {h}h heap_free={k}KiB", t=ts_sys(), pid=R.randint(700, 900),
                f=R.randint(12, 17), b=R.randint(1, 9), d=R.randint(0, 30), h=R.randint(0, 23), k=R.randint(90, 180))
        elif c == 5:
            L.T("{t} kiosk-gw-02 blegw[{pid}]: <info> [kiosk 2F-EXAM-3] connected addr={m} asset=LB-SC-{a:04d} (clinic scale) mtu=247", t=ts_sys(), pid=R.randint(700, 900),
                m="D0:3E:7D:" + ":".join(hexs(2, True) for _ in range(3)), a=R.randint(1, 40))
        elif c == 6:
            L.T("{t} kiosk-gw-02 blegw[{pid}]: <info> [kiosk 2F-EXAM-3] 0x2A9D weight={w}kg (tare ok) session={s}", t=ts_sys(), pid=R.randint(700, 900),
                w="%.2f" % R.uniform(95, 190), s=hexs(12))
        elif c == 7:
            L.T("{t} wwhub systemd[1]: Started blegw.service - WeightWise BLE gateway.", t=ts_sys())
        else:
            L.T("{t} wwhub blegw[{pid}]: <info> ntp sync offset={o}ms stratum=2 server=time.cloudflare.com", t=ts_sys(), pid=R.randint(700, 900), o=R.randint(-40, 40))
        return [L]
    p = person()
    c = R.randint(0, 4)
    pid = R.randint(700, 900)
    if c == 0:
        L.T("{t} wwhub blegw[{pid}]: <info> [hub {h}] adv addr={m} rssi=-{r} name=\"{n}\" svc=181b,181d len={l}", t=ts_sys(), pid=pid,
            h=P(p.hub_sn, "device"), m=P(p.mac, "device"), r=R.randint(40, 90), n=R.choice(["MIBFS", "QN-Scale", "WW Scale S3", "ES-CS20M"]), l=R.randint(13, 27))
    elif c == 1:
        L.T("{t} wwhub blegw[{pid}]: <info> [hub {h}] 0x2A9C body composition addr={m} user=2 fat={f}% muscle={mu}kg imp={i}ohm weight={w}kg",
            t=ts_sys(), pid=pid, h=P(p.hub_sn, "device"), m=P(p.mac, "device"), f="%.1f" % R.uniform(30, 52), mu="%.1f" % R.uniform(40, 70),
            i=R.randint(380, 620), w="%.2f" % p.weight)
    elif c == 2:
        L.T("{t} wwhub blegw[{pid}]: <warn> [hub {h}] GATT connect timeout addr={m} attempt={a}/3", t=ts_sys(), pid=pid, h=P(p.hub_sn, "device"), m=P(p.mac, "device"), a=R.randint(1, 3))
    elif c == 3:
        L.T("{t} wwhub blegw[{pid}]: <info> [hub {h}] published hubs/{h2}/readings qos=1 bytes={b} serial={s}", t=ts_sys(), pid=pid,
            h=P(p.hub_sn, "device"), h2=P(p.hub_sn, "device"), b=R.randint(120, 400), s=P(p.scale_sn, "device"))
    else:
        L.T("{t} kiosk-gw-02 blegw[{pid}]: <info> [kiosk 2F-EXAM-3] weigh-in bound to mrn={m} weight={w}kg asset=LB-SC-{a:04d}", t=ts_sys(), pid=pid,
            m=P(p.mrn, "mrn"), w="%.2f" % p.weight, a=R.randint(1, 40))
    return [L]


def g_scale_json(phi, v=None):
    tick(1, 60)
    L = Line("scale_ingest_json")
    meas = (CLK - dt.timedelta(seconds=R.randint(5, 900)))
    if not phi:
        if R.random() < 0.5:
            L.J(O([("@timestamp", ts_z()), ("level", "INFO"), ("logger", "ingest.batch"), ("message", "batch committed"),
                   ("count", R.randint(20, 400)), ("dropped", R.randint(0, 3)), ("p95_ms", R.randint(8, 90)), ("trace_id", hexs(32))]))
        else:
            L.J(O([("@timestamp", ts_z()), ("level", "WARN"), ("logger", "ingest.decode"), ("message", "unknown BCS flags, using defaults"),
                   ("flags", "0x%04X" % R.randint(0, 0xFFFF)), ("fw", "2.4.%d" % R.randint(10, 17)), ("hubModel", "WWH-2"), ("span_id", hexs(16))]))
        return [L]
    p = person()
    c = R.randint(0, 2)
    if c == 0:
        L.J(O([("@timestamp", ts_z()), ("level", "INFO"), ("logger", "ingest.reading"), ("message", "reading.ingested"),
               ("deviceSerial", P(p.scale_sn, "device")), ("mac", P(p.mac, "device")), ("hubId", P(p.hub_sn, "device")),
               ("measuredAt", meas.strftime("%Y-%m-%dT%H:%M:%SZ")), ("weight_kg", p.weight), ("bmi", round(p.weight / (p.height / 100) ** 2, 1)),
               ("body_fat_pct", round(R.uniform(30, 52), 1)), ("visceral_fat", R.randint(9, 30)), ("impedance_ohm", R.randint(380, 620))]))
    elif c == 1:
        L.J(O([("ts", ts_epoch()), ("evt", "profile.sync"), ("userHandle", P(p.user, "other_id")),
               ("profile", O([("birthDate", P(d_fmt(p.dob, "iso"), "date")), ("sex", p.sex), ("height_cm", p.height), ("activity", R.randint(1, 5))])),
               ("scale", O([("sn", P(p.scale_sn, "device")), ("slot", R.randint(1, 8))]))]), compact=True)
    else:
        L.J(O([("@timestamp", ts_z()), ("level", "WARN"), ("logger", "ingest.match"), ("message", "reading has no owner, parked"),
               ("mac", P(p.mac, "device")), ("candidateEmail", P(p.email, "email")), ("weight_kg", p.weight), ("reason", "SLOT_UNASSIGNED")]))
    return [L]


def g_flutter_android(phi, v=None):
    tick()
    pid, tid = R.randint(8000, 32000), 0
    tid = pid + R.randint(20, 60)
    p = person()

    def lc(txt=None):
        L = Line("flutter_logcat")
        L.T("{t} {p} {d} E flutter : ", t=ts_lc(), p=pid, d=tid)
        if txt is not None:
            L.t(txt)
        return L
    out = []
    c = R.randint(0, 2) if phi else R.randint(0, 2)
    if phi:
        if c == 0:
            out.append(lc("[ERROR:flutter/runtime/dart_vm_initializer.cc(41)] Unhandled Exception: FormatException: Invalid date format"))
            out.append(lc().p(d_fmt(p.dob, R.choice(["dmy", "eu", "us2"])), "date"))
            out.append(lc("#0      DateTime.parse (dart:core/date_time.dart:347:7)"))
            out.append(lc("#1      ProfileFormState._onSave (package:lakeshore_weightwise/features/profile/profile_form.dart:211:28)"))
        elif c == 1:
            out.append(lc().T("[ERROR:flutter/runtime/dart_vm_initializer.cc(41)] Unhandled Exception: FlutterBluePlusException | connect | remoteId: {m} | android-code: 133 | ANDROID_SPECIFIC_ERROR",
                              m=P(p.mac, "device")))
            out.append(lc("#0      BluetoothDevice.connect (package:flutter_blue_plus/src/bluetooth_device.dart:116:7)"))
            out.append(lc("#1      ScalePairingController.pair (package:lakeshore_weightwise/features/scale/pairing_controller.dart:74:5)"))
        else:
            out.append(lc().T("[ERROR:flutter/runtime/dart_vm_initializer.cc(41)] Unhandled Exception: DioException [bad response]: uri=https://api.lakeshorebmi.org/api/v1/patients/{m}/weigh-ins statusCode=500",
                              m=P(p.mrn, "mrn")))
            out.append(lc("#0      DioMixin.fetch.<anonymous closure> (package:dio/src/dio_mixin.dart:507:7)"))
            out.append(lc("#1      WeighInRepository.sync (package:lakeshore_weightwise/data/weigh_in_repository.dart:58:22)"))
    else:
        if c == 0:
            out.append(lc("[ERROR:flutter/runtime/dart_vm_initializer.cc(41)] Unhandled Exception: Null check operator used on a null value"))
            out.append(lc("#0      MealLogController.addItem (package:lakeshore_weightwise/features/meals/meal_log_controller.dart:133:29)"))
        elif c == 1:
            out.append(lc("[ERROR:flutter/runtime/dart_vm_initializer.cc(41)] Unhandled Exception: PlatformException(133, Bluetooth adapter is off, null, null)"))
            out.append(lc("#0      StandardMethodCodec.decodeEnvelope (package:flutter/src/services/message_codecs.dart:648:7)"))
        else:
            out.append(lc("[ERROR:flutter/runtime/dart_vm_initializer.cc(41)] Unhandled Exception: SocketException: Connection timed out (OS Error: Connection timed out, errno = 110), address = api.lakeshorebmi.org, port = 44318"))
            out.append(lc("#0      _NativeSocket.startConnect (dart:io-patch/socket_patch.dart:723:35)"))
    out.append(lc("<asynchronous suspension>"))
    return out


def g_flutter_ios(phi, v=None):
    tick()
    p = person()
    out = []

    def fl(txt=None):
        L = Line("flutter_ios_console")
        L.t("flutter: ")
        if txt is not None:
            L.t(txt)
        return L
    out.append(fl("══╡ EXCEPTION CAUGHT BY WIDGETS LIBRARY ╞═══════════════════════════════════════════════════════════"))
    if phi:
        out.append(fl("The following _TypeError was thrown building PatientHeader-[<'").p(p.mrn, "mrn").t("'>](dirty, state: _PatientHeaderState#%s):" % hexs(5)))
        out.append(fl("type 'Null' is not a subtype of type 'String'"))
        out.append(fl("The relevant error-causing widget was:"))
        out.append(fl("  PatientHeader-[<'").p(p.mrn, "mrn").t("'>] PatientHeader:file:///Users/runner/work/ww-app/lib/features/home/home_screen.dart:64:18"))
    else:
        out.append(fl("The following assertion was thrown during layout:"))
        out.append(fl("A RenderFlex overflowed by %d pixels on the right." % R.randint(4, 90)))
        out.append(fl("The relevant error-causing widget was:"))
        out.append(fl("  Row Row:file:///Users/runner/work/ww-app/lib/features/scale/body_comp_card.dart:%d:16" % R.randint(40, 140)))
    out.append(fl("════════════════════════════════════════════════════════════════════════════════════════════════════"))
    return out


def g_sentry(phi, v=None):
    tick()
    L = Line("sentry_event_json")
    ev = hexs(32)
    dev = R.choice([("Pixel 7a", "Android", "14"), ("SM-A536U", "Android", "13"), ("iPhone14,7", "iOS", "17.4.1"), ("moto g stylus 5G", "Android", "12"), ("iPhone12,1", "iOS", "16.7.8")])
    if phi:
        p = person()
        user = O([("id", str(p.pid)), ("username", P(p.user, "other_id")), ("email", P(p.email, "email")), ("ip_address", P(p.ip, "ip"))])
        exc = O([("type", "StateError"), ("value", "Bad state: No element")])
    else:
        user = O([("id", str(R.randint(10000, 99999))), ("ip_address", "{{auto}}")])
        et, evv = R.choice([("_TypeError", "type 'int' is not a subtype of type 'double'"), ("TimeoutException", "Future not completed after 0:00:30.000000"),
                            ("HttpException", "Connection closed before full header was received"), ("PlatformException", "PlatformException(BLUETOOTH_UNAVAILABLE, adapter off, null, null)")])
        exc = O([("type", et), ("value", evv)])
    L.J(O([("event_id", ev), ("timestamp", ts_epoch() + round(R.random(), 3)), ("platform", "dart"),
           ("release", "lakeshore_weightwise@3.8.%d+%d" % (R.randint(0, 2), R.randint(400, 420))), ("environment", "production"),
           ("user", user), ("exception", O([("values", A([exc]))])),
           ("contexts", O([("device", O([("model", dev[0])])), ("os", O([("name", dev[1]), ("version", dev[2])]))]))]), compact=True)
    return [L]


def x12_isa(ctrl, gs_code, sender="LAKESHOREBMI", recv="AVAILITY"):
    d = loc()
    return ("ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*%s*%s*^*00501*%09d*0*P*:~GS*%s*%s*%s*%s*%s*%d*X*005010X217~"
            % (sender, recv, d.strftime("%y%m%d"), d.strftime("%H%M"), ctrl, gs_code, sender, recv, d.strftime("%Y%m%d"), d.strftime("%H%M"), ctrl))


def g_x12(phi, v=None):
    tick()
    L = Line("x12_278")
    ctrl = R.randint(1000, 99999)
    L.T("{t} payer-gw INFO  edi.{dir} tx={tx} ctrl={c} payload=", t=ts_z(), dir="outbound" if phi else "inbound", tx="278" if phi else "999", c="%09d" % ctrl)
    if not phi:
        L.t(x12_isa(ctrl, "FA", "AVAILITY", "LAKESHOREBMI").replace("005010X217", "005010X231A1"))
        L.T("ST*999*0001*005010X231A1~AK1*HI*{g}*005010X217~IK5*A~AK9*A*1*1*1~SE*6*0001~GE*1*{c}~IEA*1*{c9}~", g=R.randint(1000, 9999), c=ctrl, c9="%09d" % ctrl)
        return [L]
    p = person()
    pay = p.payer
    sg = RIV = R.choice(SURGEONS)
    L.t(x12_isa(ctrl, "HI"))
    seg = ["ST*278*0001*005010X217~", "BHT*0007*13*%s*%s*%s~" % ("PA" + loc().strftime("%y%m%d") + digits(5), loc().strftime("%Y%m%d"), loc().strftime("%H%M")),
           "HL*1**20*1~", "NM1*X3*2*%s*****PI*%s~" % (pay, p.payer_id), "HL*2*1*21*1~",
           "NM1*1P*1*%s*%s****XX*%s~" % (sg[1].upper(), sg[0].upper(), sg[2]), "HL*3*2*22*1~"]
    L.t("".join(seg))
    L.t("NM1*IL*1*").p(p.alast.upper(), "name").t("*").p(p.afirst.upper(), "name").t("*" + p.mi + "***MI*").p(p.member, "health_plan").t("~")
    if R.random() < 0.5:
        L.t("N3*").p(p.street.upper(), "address").t("~N4*").p(p.city.upper(), "address").t("*" + p.state + "*").p(p.zip, "zip").t("~")
    L.t("DMG*D8*").p(d_fmt(p.dob, "compact"), "date").t("*" + p.sex + "~")
    L.t("HL*4*3*EV*1~TRN*1*%s*1%s~UM*HS*I*2*22:B~DTP*472*RD8*" % (digits(12), p.payer_id + "0000"))
    L.p(d_fmt(p.surg, "compact"), "date").t("-").p(d_fmt(p.surg + dt.timedelta(days=90), "compact"), "date").t("~")
    L.T("HI*ABK:E6601*ABF:Z68{b}*ABF:E119*ABF:G4733~HSD*VS*1~PRV*PE*PXC*208600000X~HL*5*4*SS*0~SV1*HC:{cpt}**UN*1~SE*{n}*0001~GE*1*{c}~IEA*1*{c9}~",
        b=R.choice(["41", "42", "43", "44", "45"]), cpt=R.choice(["43775", "43644", "43645"]), n=R.randint(18, 24), c=ctrl, c9="%09d" % ctrl)
    return [L]


def g_x12_resp(phi, v=None):
    tick()
    L = Line("x12_278")
    ctrl = R.randint(1000, 99999)
    p = person()
    L.T("{t} payer-gw INFO  edi.inbound tx=278 ctrl={c} payload=", t=ts_z(), c="%09d" % ctrl)
    L.t(x12_isa(ctrl, "HI", "AVAILITY", "LAKESHOREBMI"))
    L.T("ST*278*0001*005010X217~BHT*0007*11*{r}*{d}*{h}~HL*1**20*1~NM1*X3*2*{py}*****PI*{pid}~HL*2*1*21*1~NM1*1P*1*RIVERA*MARCO****XX*1457390012~HL*3*2*22*1~",
        r="PA" + digits(11), d=loc().strftime("%Y%m%d"), h=loc().strftime("%H%M"), py=p.payer, pid=p.payer_id)
    if phi:
        L.t("NM1*IL*1*").p(p.alast.upper(), "name").t("*").p(p.afirst.upper(), "name").t("****MI*").p(p.member, "health_plan").t("~")
        st = R.choice(["A1", "A4"])
        if st == "A1":
            L.t("HL*4*3*EV*0~HCR*A1*").p("A" + digits(10), "other_id").t("~REF*BB*").p("AUTH" + alnum(8), "other_id").t("~DTP*472*RD8*")
            L.p(d_fmt(p.surg, "compact"), "date").t("-").p(d_fmt(p.surg + dt.timedelta(days=90), "compact"), "date").t("~")
        else:
            L.t("HL*4*3*EV*0~HCR*A4**0U~REF*NT*").p(digits(10), "other_id").t("~MSG*PENDED FOR CLINICAL REVIEW - SUBMIT 6 MONTH SUPERVISED DIET RECORDS~")
    else:
        L.t("AAA*N**42*Y~")
    L.T("SE*{n}*0001~GE*1*{c}~IEA*1*{c9}~", n=R.randint(10, 16), c=ctrl, c9="%09d" % ctrl)
    return [L]


def g_payer_kv(phi, v=None):
    tick()
    L = Line("payer_bot_logfmt")
    L.T("time={t} level={lv} svc=pa-portal-bot ", t=ts_off(), lv="info" if phi or R.random() < 0.6 else "warn")
    if not phi:
        c = R.randint(0, 4)
        if c == 0:
            L.T('msg="session refreshed" payer={p} portal=availity ttl=1800s', p=R.choice(PAYERS)[1])
        elif c == 1:
            L.T('msg="portal returned 503, retrying" attempt={a} url=https://apps.availity.com/availity/web/public.elegant.login trace_id={t}', a=R.randint(2, 4), t=hexs(32))
        elif c == 2:
            L.T('msg="poll complete" payer={p} pended={a} approved={b} denied={c} duration_ms={d}', p=R.choice(PAYERS)[1], a=R.randint(0, 20), b=R.randint(0, 10), c=R.randint(0, 3), d=R.randint(900, 20000))
        elif c == 3:
            L.T('msg="uploaded attachment" doc_type=SUPERVISED_DIET_LOG pages={n} sha256={h}', n=R.randint(2, 18), h=hexs(64))
        else:
            L.T('msg="captcha challenge, escalating to coordinator" coordinator=bkowalczyk@lakeshorebmi.org phone="{ph}"', ph=CLINIC_PHONE)
        return [L]
    p = person()
    c = R.randint(0, 3)
    case = P("PA-%s-%04d" % (loc().strftime("%y%m%d"), R.randint(1, 200)), "other_id")
    if c == 0:
        L.T('step=submit_case payer={py} case={k} member_id={m} cpt=43775 status=pended_clinical_review duration_ms={d}',
            py=p.payer_short, k=case, m=P(p.member, "health_plan"), d=R.randint(3000, 15000))
    elif c == 1:
        L.T('step=fill_patient payer={py} case={k} field=patient.dob value="{d}"', py=p.payer_short, k=case, d=P(d_fmt(p.dob, "us"), "date"))
    elif c == 2:
        L.T('msg="member not found" payer={py} case={k} last="{l}" first="{f}" dob={d} member_id={m}', py=p.payer_short, k=case,
            l=P(p.alast.upper(), "name"), f=P(p.afirst.upper(), "name"), d=P(d_fmt(p.dob, "compact"), "date"), m=P(p.member, "health_plan"))
        if R.random() < 0.6:
            L.t(" fallback=ssn_search ssn=").p(p.ssn.replace("-", "") if R.random() < 0.5 else p.ssn, "ssn")
    else:
        L.T('step=determination payer={py} case={k} payer_ref={r} decision=APPROVED valid="{a} - {b}" patient="{n}"', py=p.payer_short, k=case,
            r=P(alnum(3) + digits(9), "other_id"), a=P(d_fmt(p.surg, "us"), "date"), b=P(d_fmt(p.surg + dt.timedelta(days=90), "us"), "date"),
            n=P(name_style(p, "lastfirst"), "name"))
    return [L]


def g_fax_cover(phi, v=None):
    tick()
    p = person()
    out = []

    def fx(txt=None):
        L = Line("fax_cover_txt")
        if txt is not None:
            L.t(txt)
        return L
    out.append(fx("=" * 24 + " FAX COVER SHEET " + "=" * 24))
    out.append(fx("Lakeshore Bariatric & Metabolic Institute  |  3100 Far Hills Ave, Suite 400, Kettering OH 45429"))
    out.append(fx("DATE: %s        PAGES (incl. cover): %d" % (d_fmt(loc().date(), "us"), R.randint(6, 31))))
    out.append(fx("TO: Utilization Management - Prior Authorization (%s)     FAX: %s" % (p.payer_short, PAYER_FAX[p.payer_short])))
    out.append(fx("FROM: %s %s, PA Coordinator     PHONE: %s     FAX: %s" % ("Beth", "Kowalczyk", CLINIC_PHONE, CLINIC_FAX)))
    out.append(fx("RE: Prior authorization request - %s" % R.choice(["Laparoscopic sleeve gastrectomy (CPT 43775)", "Roux-en-Y gastric bypass (CPT 43644)", "Revision to RYGB (CPT 43645)"])))
    if phi:
        out.append(fx("PATIENT: ").p(name_style(p, R.choice(["LASTFIRST", "lastfirst"])), "name").t("    DOB: ").p(d_fmt(p.dob, "us"), "date")
                   .t("    MEMBER ID: ").p(p.member, "health_plan"))
        if R.random() < 0.6:
            out.append(fx("MRN: ").p(p.mrn, "mrn").t("   Case #: ").p("PA-%s-%04d" % (loc().strftime("%y%m%d"), R.randint(1, 200)), "other_id")
                       .t("   Requested DOS: ").p(d_fmt(p.surg, "us"), "date"))
        if R.random() < 0.4:
            out.append(fx("Patient phone: ").p(ph_fmt(p.phone, "paren"), "phone").t("   Address: ").p(p.street, "address").t(", ")
                       .p(p.city, "address").t(", %s " % p.state).p(p.zip, "zip"))
    else:
        out.append(fx("Batch: %d supplemental records (see enclosed index)" % R.randint(2, 9)))
    out.append(fx("Enclosed: H&P, psych clearance, 6-month supervised diet log, nutrition eval, sleep study, BMI history"))
    out.append(fx("CONFIDENTIALITY NOTICE: This facsimile contains protected health information that is privileged and confidential."))
    out.append(fx("If you have received this fax in error, please notify the sender at %s and destroy all copies." % CLINIC_PHONE))
    return out


def g_fax_ocr(phi, v=None):
    tick()
    p = person()
    out = []
    tag = "faxocr[%d]: page1: " % R.randint(2000, 4000)

    def fx():
        L = Line("fax_inbound_ocr")
        L.t(tag)
        return L
    out.append(fx().T("{py} Utilization Management - Notice of Determination", py=p.payer_short))
    if phi:
        out.append(fx().t("Member Name: ").p(name_style(p, R.choice(["lastfirst", "full"])), "name").t("    Member ID: ").p(p.member, "health_plan"))
        out.append(fx().t("Reference #: ").p(digits(4) + alnum(6), "other_id").t("    Date(s) of Service: ").p(d_fmt(p.surg, "us"), "date").t(" - ").p(d_fmt(p.surg + dt.timedelta(days=90), "us"), "date"))
        out.append(fx().T("Requesting Provider: {s} MD  NPI {n}", s=" ".join(R.choice(SURGEONS)[:2]), n=R.choice(SURGEONS)[2]))
    else:
        out.append(fx().t("Requesting Provider: Lakeshore Bariatric & Metabolic Institute  TIN 31-1%06d" % R.randint(0, 999999)))
    out.append(fx().t("Determination: %s" % R.choice(["APPROVED", "PENDED - ADDITIONAL INFORMATION REQUIRED", "DENIED - NOT MEDICALLY NECESSARY (criteria: BMI>=40 or >=35 w/ comorbidity not met)"])))
    out.append(fx().t("Questions: call Provider Services 1-800-%03d-%04d, Mon-Fri 8am-6pm ET" % (R.randint(200, 999), R.randint(0, 9999))))
    return out


def g_hylafax(phi, v=None):
    tick()
    L = Line("hylafax_xferfaxlog")
    d = loc()
    p = person()
    pay = p.payer_short
    dest = "1" + "".join(ch for ch in PAYER_FAX[pay] if ch.isdigit())[-10:]
    if phi:
        if (R.random() < 0.7) if v is None else v == 0:
            L.T('{d}\tSEND\t{c}\tttyIAX{m}\t{j}\t"PA ', d=d.strftime("%m/%d/%y %H:%M"), c="%08d" % R.randint(1, 99999), m=R.randint(0, 3), j=R.randint(100, 999))
            L.p(p.mrn, "mrn").t(" ").p(p.alast.upper(), "name")
            L.T('"\tpa-intake@lakeshorebmi.org\t"{dest}"\t"{pay} UM"\t9600\t{pg}\t0:0{s}:{ss}\t0:0{s}:{ss}\t""', dest=dest, pay=pay, pg=R.randint(3, 30), s=R.randint(1, 9), ss="%02d" % R.randint(0, 59))
        else:
            L.T('{d}\tRECV\t{c}\tttyIAX{m}\tfax{n}.tif\t"', d=d.strftime("%m/%d/%y %H:%M"), c="%08d" % R.randint(1, 99999), m=R.randint(0, 3), n="%08d" % R.randint(1, 9999))
            L.p(ph_fmt(p.phone, "intl"), "fax")
            L.T('"\t14400\t{pg}\t0:01:{ss}\t0:01:{ss}\t""\t"{csi}"', pg=R.randint(1, 6), ss="%02d" % R.randint(0, 59), csi="")
    else:
        L.T('{d}\tSEND\t{c}\tttyIAX{m}\t{j}\t"PA batch"\tpa-intake@lakeshorebmi.org\t"{dest}"\t"{pay} UM"\t9600\t{pg}\t0:0{s}:{ss}\t0:0{s}:{ss}\t"{r}"',
            d=d.strftime("%m/%d/%y %H:%M"), c="%08d" % R.randint(1, 99999), m=R.randint(0, 3), j=R.randint(100, 999), dest=dest, pay=pay, pg=R.randint(3, 30),
            s=R.randint(1, 9), ss="%02d" % R.randint(0, 59), r=R.choice(["", "No answer (T.30 T1 timeout)", "Busy signal detected"]))
    return [L]


def csv_q(s):
    if any(ch in s for ch in ',"'):
        return '"' + s.replace('"', '""') + '"'
    return s


def g_seminar_csv(phi, v=None):
    tick()
    out = []
    L = Line("ktor_logback")
    fn = "registrations_%s.csv" % loc().strftime("%Y-%m-%dT%H%M")
    nrows = R.randint(2, 4)
    kh(L, "INFO", "o.l.ww.seminar.SeminarImportJob", "quartzScheduler_Worker-2").T("reading s3://lbmi-marketing-exports/seminar/{f} ({n} rows)", f=fn, n=nrows)
    out.append(L)
    hdr = Line("seminar_csv")
    hdr.t("conf_code,submitted_at,first_name,last_name,email,mobile,zip,session_date,attendance_mode,insurance_carrier,heard_about_us,bmi_self_reported,parking_plate")
    out.append(hdr)
    for _ in range(nrows):
        tick(1, 5)
        L = Line("seminar_csv")
        if phi:
            p = person()
            L.p("LBMI-" + alnum(5), "other_id").t(",", (CLK - dt.timedelta(hours=R.randint(1, 200))).strftime("%Y-%m-%d %H:%M:%S"), ",")
            L.p(csv_q(p.first), "name").t(",").p(csv_q(p.last), "name").t(",").p(p.email, "email").t(",")
            L.p(ph_fmt(p.phone, R.choice(["dash", "plain", "paren", "dot"])), "phone").t(",").p(p.zip, "zip").t(",")
            L.p(d_fmt(p.seminar, R.choice(["iso", "us"])), "date").t(",")
            mode = R.choice(["in_person", "webinar"])
            L.t(mode, ",", p.payer_short, ",", R.choice(["Facebook", "Google", "PCP referral", "Friend/family", "Radio", "Instagram"]), ",", R.randint(35, 62), ",")
            if mode == "in_person" and R.random() < 0.6:
                L.p(p.plate, "vehicle")
        else:
            L.T("LBMI-TEST{n},{t},Test,Registrant,qa+seminar{n}@lakeshorebmi.org,9375550100,45429,{d},webinar,Self-pay,Other,40,",
                n=R.randint(1, 9), t=(CLK - dt.timedelta(hours=R.randint(1, 48))).strftime("%Y-%m-%d %H:%M:%S"), d=d_fmt(dt.date(2024, 6, R.randint(1, 28)), "iso"))
        out.append(L)
    return out


def g_seminar_pipe(phi, v=None):
    tick()
    L = Line("seminar_checkin_pipe")
    if not phi:
        a = R.randint(20, 60)
        b = R.randint(8, a)
        L.T("{d}|{m}|SESSION_SUMMARY|registered={a}|checked_in={b}|no_show={c}|room=Conf B", d=d_fmt(dt.date(2024, 5, R.randint(14, 30)), "iso"), m=R.choice(["IN-PERSON", "WEBINAR"]),
            a=a, b=b, c=a - b)
        return [L]
    p = person()
    L.p(d_fmt(p.seminar, "iso"), "date").t("|", R.choice(["IN-PERSON", "WEBINAR"]), "|").p(p.alast, "name").t("|").p(p.first, "name").t("|")
    L.p(p.email, "email").t("|", R.choice(["checked_in", "no_show", "checked_in", "walk_in"]), "|")
    if R.random() < 0.5:
        L.t("guest=").p(p.rel_first + " " + p.rel_last, "name")
    else:
        L.t("table %d" % R.randint(1, 12))
    return [L]


def hl7_line(txt=None):
    L = Line("hl7_siu")
    if txt is not None:
        L.t(txt)
    return L


def g_hl7(phi, v=None):
    tick()
    out = []
    p = person()
    mid = "MSG%09d" % R.randint(1, 999999999)
    ev = R.choice(["S12", "S12", "S13", "S15"])
    out.append(hl7_line("MSH|^~\\&|LBMI_SCHED|LBMI|EPIC|LHS|%s||SIU^%s^SIU_S12|%s|P|2.5.1" % (ts_hl7(), ev, mid)))
    appt = p.appt
    end = appt + dt.timedelta(minutes=120)
    apid = "APT%d" % R.randint(10000, 99999)
    ps = R.choice(PSYCH)
    if not phi:
        # provider block-out (no patient): template schedule change
        out.append(hl7_line("SCH|%s^LBMI|%s^LBMI||||BLOCK^Provider block - admin time|ADMIN|120|min|^^120^%s^%s|||||RMENON^Menon^Ravi|||||||||BOOKED"
                            % (apid, apid, appt.strftime("%Y%m%d%H%M%S"), end.strftime("%Y%m%d%H%M%S"))))
        out.append(hl7_line("AIP|1||%s^%s^%s^^^PhD|PSYCHOLOGIST" % (ps[2], ps[1].upper(), ps[0].upper())))
        out.append(hl7_line("AIL|1||PSY-%d^^^LBMI" % R.randint(1, 4)))
        return out
    L = hl7_line("SCH|%s^LBMI|%s^LBMI||||PSYEVAL^Pre-surgical psychological evaluation|ROUTINE|120|min|^^120^" % (apid, apid))
    L.p(appt.strftime("%Y%m%d%H%M%S"), "date").t("^").p(end.strftime("%Y%m%d%H%M%S"), "date").t("|||||RMENON^Menon^Ravi|||||||||%s" % ("CANCELLED" if ev == "S15" else "BOOKED"))
    out.append(L)
    L = hl7_line("PID|1||")
    L.p(p.mrn, "mrn").t("^^^LBMI^MR~").p(p.member, "health_plan").t("^^^%s^MB||" % p.payer_short.upper())
    L.p(p.alast.upper(), "name").t("^").p(p.afirst.upper(), "name").t("^" + p.mi + "||").p(d_fmt(p.dob, "compact"), "date").t("|" + p.sex + "|||")
    L.p(p.street, "address").t("^^").p(p.city, "address").t("^" + p.state + "^").p(p.zip, "zip").t("^USA^H^^").p(p.county.upper(), "address").t("||")
    L.p(ph_fmt(p.phone, "parenns"), "phone").t("^PRN^PH~^NET^Internet^").p(p.email, "email").t("||%s|%s||" % (R.choice(["ENG", "SPA", "VIE", "ARA", "SOM"]), R.choice(["M", "S", "D", "W"])))
    L.p(p.acct, "account").t("|")
    if R.random() < 0.5:
        L.p(p.ssn.replace("-", ""), "ssn")
    out.append(L)
    if R.random() < 0.6:
        L = hl7_line("NK1|1|")
        L.p(ascii_fold(p.rel_last).upper(), "name").t("^").p(ascii_fold(p.rel_first).upper(), "name").t("|%s^%s^HL70063||" % ({"spouse": "SPO", "husband": "SPO", "wife": "SPO", "partner": "DOM", "sister": "SIS", "son": "CHD", "daughter": "CHD", "mother": "MTH"}[p.rel], p.rel.capitalize()))
        L.p(ph_fmt(p.rel_phone, "parenns"), "phone").t("|||EC^Emergency Contact^HL70131")
        out.append(L)
    L = hl7_line("PV1|1|O|PSY^^^LBMI||||%s^%s^%s^^^PhD||||||||||||" % (ps[2], ps[1].upper(), ps[0].upper()))
    if R.random() < 0.5:
        L.p("V" + digits(9), "other_id")
    out.append(L)
    out.append(hl7_line("RGS|1|A"))
    L = hl7_line("AIS|1|A|PSYEVAL^Pre-surgical psych evaluation^LBMI|")
    L.p(appt.strftime("%Y%m%d%H%M%S"), "date").t("|0|min|120|min")
    out.append(L)
    out.append(hl7_line("AIP|1|A|%s^%s^%s^^^PhD|PSYCHOLOGIST" % (ps[2], ps[1].upper(), ps[0].upper())))
    out.append(hl7_line("AIL|1|A|PSY-%d^^^LBMI" % R.randint(1, 4)))
    return out


def g_hl7_ack(phi, v=None):
    tick()
    mid = "MSG%09d" % R.randint(1, 999999999)
    return [hl7_line("MSH|^~\\&|EPIC|LHS|LBMI_SCHED|LBMI|%s||ACK^S12^ACK|%s|P|2.5.1" % (ts_hl7(), "A" + digits(10))),
            hl7_line("MSA|%s|%s|%s" % (R.choice(["AA", "AA", "AA", "AE"]), mid, R.choice(["", "", "Slot already booked"])))]


PATIENT_MSGS = [
    lambda p: ["hi ", R.choice(RDS)[0], ", my new cell is ", P(ph_fmt(p.phone, rphone_style()), "phone"), " if the app messages don't come through"],
    lambda p: ["Surgery is finally scheduled for ", P(R.choice(["%s %d" % (MONTHS[p.surg.month - 1], p.surg.day), "%d/%d" % (p.surg.month, p.surg.day)]), "date"), "!! so nervous about the liquid phase"],
    lambda p: ["My mom is ", P(str(R.randint(90, 96)), "age"), " and lives with us so I end up cooking two dinners. Any tips?"],
    lambda p: ["can you send the meal plan to my work email instead? ", P(p.email, "email")],
    lambda p: ["I've been posting my journey at ", P(p.ig, "url"), " if you want to see the before pics lol"],
    lambda p: ["sorry that was my ", p.rel, " ", P(p.rel_first, "name"), " who called, they're my emergency contact at ", P(ph_fmt(p.rel_phone, "dash"), "phone")],
    lambda p: ["Hola, soy ", P(p.first, "name"), ". Mi cita con la psicóloga es el ", P("%d de %s" % (p.appt.day, MESES[p.appt.month - 1]), "date"), ", ¿tengo que ir en ayunas?"],
    lambda p: ["we moved! new address is ", P(p.street, "address"), ", ", P(p.city, "address"), " ", p.state, " ", P(p.zip, "zip"), " for the protein samples"],
    lambda p: ["insurance card changed, new member id ", P(p.member, "health_plan"), " (", p.payer_short, ")"],
    lambda p: ["my ", p.rel, " set up a page so family can follow along after surgery: ", P(p.ig, "url")],
    lambda p: ["My birthday is ", P(d_fmt(p.dob, R.choice(["long", "us_nz"])), "date"), ", the app shows the wrong age and my BMR is off"],
]
NOISE_MSGS_PAT = ["down 3.4 lbs this week!! protein shakes are finally tolerable",
                  "is it ok to have sugar free jello during the clear liquid phase?",
                  "I keep getting full after like 4 bites, is that normal at week 3?",
                  "scale says 44% body fat but the clinic one said 46, which is right?",
                  "thank you!! see you at group tuesday"]
STAFF_MSGS = ["Great job! Aim for 60-80 g protein per day and sip 48-64 oz fluids.",
              "Reminder: your pre-op liquid diet starts 2 weeks before surgery. Handout is in the Documents tab.",
              "Yes, sugar-free gelatin counts toward fluids. Avoid carbonation for now.",
              "Small differences between scales are normal (hydration, time of day). Track the trend, not a single reading.",
              "Please call the clinic at %s if you have vomiting lasting more than 24 hours." % CLINIC_PHONE]


def g_chat_json(phi, v=None):
    tick()
    L = Line("chat_event_json")
    cid = "messaging:dietitian-%d" % R.randint(10000, 99999)
    if phi:
        idx = R.randrange(len(PATIENT_MSGS)) if v is None else v
        p = person_for_msg(idx)
        body = S(PATIENT_MSGS[idx](p))
        user = O([("id", "u_%d" % p.pid), ("name", P(R.choice([p.first + " " + p.last[0] + ".", p.first + " " + p.last, p.first]), "name")), ("role", "patient")])
    else:
        if R.random() < 0.5:
            rd = R.choice(RDS)
            body = S([R.choice(STAFF_MSGS) + " -" + rd[0] + " " + rd[1][0] + ", RD"])
            user = O([("id", "staff_" + rd[2]), ("name", rd[0] + " " + rd[1] + ", RD"), ("role", "dietitian")])
        else:
            body = S([R.choice(NOISE_MSGS_PAT)])
            user = O([("id", "u_%d" % R.randint(10000, 99999)), ("role", "patient")])
    L.J(O([("type", "message.new"), ("cid", cid), ("message", O([("id", uuid4()), ("text", body), ("user", user), ("attachments", A())])),
           ("created_at", ts_z())]), compact=True)
    return [L]


def g_chat_photo(phi, v=None):
    tick()
    L = Line("chat_event_json")
    if not phi:
        L.J(O([("type", "message.new"), ("cid", "messaging:dietitian-%d" % R.randint(10000, 99999)),
               ("message", O([("id", uuid4()), ("text", "meal photo"), ("attachments", A([O([("type", "image"), ("image_url", "https://cdn.lakeshorebmi.org/chat/%s.jpg" % uuid4()), ("mime_type", "image/jpeg")])]))])),
               ("created_at", ts_z())]), compact=True)
        return [L]
    p = person()
    L.J(O([("type", "message.new"), ("cid", "messaging:dietitian-%d" % p.pid),
           ("message", O([("id", uuid4()), ("text", S(["3 month progress pic! -", P(p.first.lower(), "name")])),
                          ("attachments", A([O([("type", "image"), ("mime_type", "image/jpeg"), ("thumb_b64", P(jpeg_b64(R.randint(100, 160)), "photo"))])]))])),
           ("created_at", ts_z())]), compact=True)
    return [L]


def g_chat_txt(phi, v=None):
    tick()
    L = Line("chat_transcript")
    stamp = "[%s] " % loc().strftime("%Y-%m-%d %H:%M:%S")
    if phi:
        idx = R.randrange(len(PATIENT_MSGS))
        p = person_for_msg(idx)
        L.t(stamp, "<").p(R.choice([p.first + " " + p.last, name_style(p, "firstinit"), name_style(p, "lower")]), "name").t("> ")
        for piece in PATIENT_MSGS[idx](p):
            L.p(piece)
    else:
        if R.random() < 0.6:
            rd = R.choice(RDS)
            L.t(stamp, "<%s %s, RD> %s" % (rd[0], rd[1], R.choice(STAFF_MSGS)))
        else:
            L.t(stamp, "*** thread archived by system (retention policy 400d) ***")
    return [L]


def g_livekit(phi, v=None):
    tick()
    L = Line("livekit_zap")
    room = R.choice(["sg-tuesday-evening", "sg-post-op-saturday", "sg-pre-op-thursday", "sg-spanish-miercoles"])
    L.T("{t}\tINFO\tlivekit\t", t=ts_z())
    if not phi:
        c = R.randint(0, 4)
        if c == 0:
            L.T('service/roommanager.go:{ln}\troom created\t{{"room": "{r}", "roomID": "RM_{i}", "emptyTimeout": 300, "maxParticipants": 25}}', ln=R.randint(300, 500), r=room, i=alnum(12, string.ascii_letters + string.digits))
        elif c == 1:
            L.T('rtc/room.go:{ln}\troom closed\t{{"room": "{r}", "roomID": "RM_{i}", "duration": "{m}m{s}s", "peakParticipants": {k}}}', ln=R.randint(300, 900), r=room, i=alnum(12, string.ascii_letters + string.digits), m=R.randint(40, 95), s=R.randint(0, 59), k=R.randint(4, 22))
        elif c == 2:
            f = R.choice(FACIL)
            L.T('rtc/participant.go:{ln}\tparticipant joined\t{{"room": "{r}", "participant": "facilitator-{u}", "pID": "PA_{i}", "name": "{n}", "clientIP": "10.20.{a}.{b}", "sdk": "JS"}}',
                ln=R.randint(300, 900), r=room, u=f[2], i=alnum(12, string.ascii_letters + string.digits), n=f[0] + " " + f[1] + " (Facilitator)", a=R.randint(0, 9), b=R.randint(2, 250))
        elif c == 3:
            L.T('rtc/transport.go:{ln}\tICE connected\t{{"room": "{r}", "pID": "PA_{i}", "transport": "PUBLISHER", "candidate": "relay", "turn": "turn.lakeshorebmi.org:5349"}}',
                ln=R.randint(300, 900), r=room, i=alnum(12, string.ascii_letters + string.digits))
        else:
            L.T('rtc/mediatrack.go:{ln}\ttrack published\t{{"room": "{r}", "pID": "PA_{i}", "trackID": "TR_{j}", "kind": "{k}", "simulcast": true}}',
                ln=R.randint(300, 900), r=room, i=alnum(12, string.ascii_letters + string.digits), j=alnum(12, string.ascii_letters + string.digits), k=R.choice(["audio", "video"]))
        return [L]
    p = person()
    c = R.randint(0, 1)
    if c == 0:
        L.T('rtc/participant.go:{ln}\tparticipant joined\t{{"room": "{r}", "participant": "{u}", "pID": "PA_{i}", "name": "{n}", "clientIP": "{ip}", "sdk": "FLUTTER", "version": "2.1.4"}}',
            ln=R.randint(300, 900), r=room, u=P(p.user, "other_id"), i=alnum(12, string.ascii_letters + string.digits),
            n=P(R.choice([p.first + " " + p.last[0], p.first + " " + p.last, p.first.lower()]), "name"), ip=P(p.ip, "ip"))
    else:
        L.T('rtc/participant.go:{ln}\tparticipant closing\t{{"room": "{r}", "participant": "{u}", "pID": "PA_{i}", "reason": "CLIENT_REQUEST_LEAVE", "remote": "{ip}:{port}"}}',
            ln=R.randint(300, 900), r=room, u=P(p.user, "other_id"), i=alnum(12, string.ascii_letters + string.digits), ip=P(p.ip, "ip"), port=R.randint(20000, 65000))
    return [L]


UA_APP = ["Dart/3.3 (dart:io)", "WeightWise/3.8.2 (iPhone; iOS 17.4.1; Scale/3.00)", "WeightWise/3.8.1 (Android 14; SM-A536U)"]


def g_nginx(phi, v=None):
    tick(1, 40)
    L = Line("nginx_access")
    if not phi:
        c = R.randint(0, 3)
        if c == 0:
            L.T('10.42.{a}.{b} - - [{t}] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" rt=0.001 uct=0.000', a=R.randint(0, 9), b=R.randint(2, 250), t=ts_ngx())
        elif c == 1:
            L.T('66.249.{a}.{b} - - [{t}] "GET /seminars/weight-loss-surgery-info-session HTTP/1.1" 200 {s} "-" "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" rt=0.0{r} uct=0.000',
                a=R.randint(64, 79), b=R.randint(1, 250), t=ts_ngx(), s=R.randint(9000, 30000), r=R.randint(10, 99))
        elif c == 2:
            L.T('10.42.{a}.{b} - - [{t}] "GET /metrics HTTP/1.1" 200 {s} "-" "Prometheus/2.51.1" rt=0.00{r} uct=0.000', a=R.randint(0, 9), b=R.randint(2, 250), t=ts_ngx(), s=R.randint(4000, 9000), r=R.randint(1, 9))
        else:
            L.T('52.{a}.{b}.{c} - - [{t}] "POST /webhooks/stripe HTTP/1.1" 200 17 "-" "Stripe/1.0 (+https://stripe.com/docs/webhooks)" rt=0.0{r} uct=0.001',
                a=R.randint(0, 255), b=R.randint(0, 255), c=R.randint(1, 254), t=ts_ngx(), r=R.randint(10, 99))
        return [L]
    p = person()
    paths = [("GET /api/v1/readings?since=2024-05-01&limit=200 HTTP/2.0", None),
             ("POST /api/v1/readings/batch HTTP/2.0", None),
             ("GET /api/v1/chat/threads HTTP/2.0", None),
             ("GET /api/v1/patients/{x}/weigh-ins HTTP/2.0", P(p.mrn, "mrn")),
             ("GET /api/v1/seminars/registrations?email={x} HTTP/2.0", P(p.email.replace("@", "%40"), "email"))]
    path, x = R.choice(paths)
    L.p(p.ip, "ip").T(" - - [{t}] \"", t=ts_ngx())
    if x is None:
        L.t(path)
    else:
        a, b = path.split("{x}")
        L.t(a).p(x).t(b)
    L.T('" {st} {sz} "-" "{ua}" rt=0.{r} uct=0.00{u}', st=R.choice([200, 200, 200, 304, 401]), sz=R.randint(200, 40000), ua=R.choice(UA_APP), r="%03d" % R.randint(5, 600), u=R.randint(0, 9))
    return [L]


def g_pg(phi, v=None):
    tick()
    pid = R.randint(1000, 60000)
    if not phi:
        L = Line("postgres_log")
        c = R.randint(0, 3)
        if c == 0:
            L.T("{t} [{pid}] LOG:  checkpoint complete: wrote {b} buffers ({pc}%); 0 WAL file(s) added, 0 removed, {r} recycled; write={w} s, sync=0.0{s} s, total={tt} s",
                t=ts_pg(), pid=pid, b=R.randint(100, 5000), pc="%.1f" % R.uniform(0.1, 8), r=R.randint(0, 4), w="%.3f" % R.uniform(1, 200), s=R.randint(10, 99), tt="%.3f" % R.uniform(1, 200))
        elif c == 1:
            L.T("{t} [{pid}] LOG:  automatic vacuum of table \"weightwise.public.scale_readings\": index scans: 1", t=ts_pg(), pid=pid)
        elif c == 2:
            L.T("{t} [{pid}] LOG:  connection authorized: user=ww_api database=weightwise application_name=PostgreSQL JDBC Driver SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)", t=ts_pg(), pid=pid)
        else:
            L.T("{t} [{pid}] LOG:  duration: {d} ms  statement: REFRESH MATERIALIZED VIEW CONCURRENTLY weekly_weight_trends", t=ts_pg(), pid=pid, d="%.3f" % R.uniform(800, 9000))
        return [L]
    p = person()
    out = []
    L = Line("postgres_log")
    t = ts_pg()
    if R.random() < 0.5:
        L.T('{t} [{pid}] ERROR:  duplicate key value violates unique constraint "patients_email_key"', t=t, pid=pid)
        out.append(L)
        L = Line("postgres_log")
        L.T("{t} [{pid}] DETAIL:  Key (email)=({e}) already exists.", t=t, pid=pid, e=P(p.email, "email"))
        out.append(L)
        L = Line("postgres_log")
        L.T("{t} [{pid}] STATEMENT:  INSERT INTO patients (mrn, first_name, last_name, email, birth_date) VALUES ($1, $2, $3, $4, $5)", t=t, pid=pid)
        out.append(L)
    else:
        L.T('{t} [{pid}] ERROR:  value too long for type character varying(10)', t=t, pid=pid)
        out.append(L)
        L = Line("postgres_log")
        L.T("{t} [{pid}] STATEMENT:  UPDATE patients SET member_id = '{m}', mobile = '{ph}' WHERE mrn = '{mr}'", t=t, pid=pid,
            m=P(p.member, "health_plan"), ph=P(ph_fmt(p.phone, "intl"), "phone"), mr=P(p.mrn, "mrn"))
        out.append(L)
    return out


def g_audit(phi, v=None):
    tick()
    L = Line("audit_logfmt")
    rd = R.choice(RDS + [("Ravi", "Menon", "rmenon"), ("Beth", "Kowalczyk", "bkowalczyk")])
    L.T("audit ts={t} level=info actor={a} role={r} ", t=ts_z(), a=rd[2], r="dietitian" if rd in RDS else "coordinator")
    if not phi:
        L.T("evt={e} resource={res} src_ip=10.20.{x}.{y} result=ok", e=R.choice(["auth.login", "report.export", "template.update"]),
            res=R.choice(["weekly_readings_summary", "seminar_attendance_q2", "meal_plan_template:puree_v3"]), x=R.randint(0, 9), y=R.randint(2, 250))
        return [L]
    p = person()
    c = R.randint(0, 2)
    if c == 0:
        L.T("evt=chart.view patient_mrn={m} program_id={g} reason=treatment src_ip=10.20.{x}.{y}", m=P(p.mrn, "mrn"), g=P(p.prog, "other_id"), x=R.randint(0, 9), y=R.randint(2, 250))
    elif c == 1:
        L.T('evt=record.export patient="{n}" dob={d} dest=fax:{f} pages={pg}', n=P(name_style(p, "lastfirst"), "name"), d=P(d_fmt(p.dob, "iso"), "date"),
            f="".join(ch for ch in PAYER_FAX[p.payer_short] if ch.isdigit()), pg=R.randint(3, 30))
    else:
        L.T("evt=patient.merge survivor_mrn={a} merged_mrn={b} acct={c}", a=P(p.mrn, "mrn"), b=P("%08d" % R.randint(100000, 9999999), "mrn"), c=P(p.acct, "account"))
    return [L]


def g_misc_noise(phi, v=None):
    assert not phi
    tick()
    c = R.randint(0, 12)
    if c == 7:
        L = Line("jvm_gc")
        L.T("[{up}s][info][gc] GC({n}) Pause Young (Normal) (G1 Evacuation Pause) {a}M->{b}M({c}M) {ms}ms", up="%.3f" % R.uniform(1000, 90000), n=R.randint(100, 9000),
            a=R.randint(300, 900), b=R.randint(80, 290), c=1024, ms="%.3f" % R.uniform(2, 40))
    elif c == 8:
        L = Line("syslog_cron")
        L.T("{t} wwhub systemd[1]: Starting blegw-ota.service - Check for hub firmware updates (channel=stable current=2.4.{f})...", t=ts_sys(), f=R.randint(12, 17))
    elif c == 9:
        L = Line("statsd")
        L.T("ww.chat.messages.sent:{n}|c|#role:{r},env:prod", n=R.randint(1, 40), r=R.choice(["patient", "dietitian"]))
    elif c == 10:
        L = Line("k8s_klog")
        L.T('I{md} {hms}.{us}       1 controller.go:{ln}] "Successfully synced" cronjob="weightwise/pended-auth-poller" lastScheduleTime="{ls}"',
            md=CLK.strftime("%m%d"), hms=CLK.strftime("%H:%M:%S"), us="%06d" % CLK.microsecond, ln=R.randint(100, 400), ls=CLK.strftime("%Y-%m-%dT%H:%M:00Z"))
    elif c == 11:
        L = Line("redis_log")
        L.T("1:M {d} {mon} {y} {hms}.{ms} * {n} changes in 60 seconds. Saving...", d=loc().day, mon=MON[loc().month - 1], y=loc().year, hms=loc().strftime("%H:%M:%S"), ms="%03d" % (loc().microsecond // 1000), n=R.randint(1000, 20000))
    elif c == 12:
        L = Line("statsd")
        L.T("ww.ble.hub.rssi_avg:-{n}|g|#fw:2.4.{f},env:prod", n=R.randint(50, 80), f=R.randint(12, 17))
    elif c == 0:
        L = Line("k8s_klog")
        L.T('I{md} {hms}.{us}       1 event.go:307] "Event occurred" object="weightwise/{pod}" fieldPath="spec.containers{{api}}" kind="Pod" apiVersion="v1" type="Normal" reason="Pulled" message="Successfully pulled image \\"registry.lakeshorebmi.org/ww-api:2024.05.13-{b}\\" in {s}s"',
            md=CLK.strftime("%m%d"), hms=CLK.strftime("%H:%M:%S"), us="%06d" % CLK.microsecond, pod=POD, b=R.randint(400, 420), s="%.3f" % R.uniform(1, 20))
    elif c == 1:
        L = Line("k8s_klog")
        L.T('W{md} {hms}.{us}    {p} prober.go:104] "Probe failed" probeType="Readiness" pod="weightwise/{pod}" containerName="api" probeResult="failure" output="Get \\"http://10.42.{a}.{b}:8080/ready\\": context deadline exceeded"',
            md=CLK.strftime("%m%d"), hms=CLK.strftime("%H:%M:%S"), us="%06d" % CLK.microsecond, p=R.randint(1000, 3000), pod=POD, a=R.randint(0, 9), b=R.randint(2, 250))
    elif c == 2:
        L = Line("syslog_cron")
        L.T("{t} db01 CRON[{p}]: (postgres) CMD (/usr/local/bin/pg_backup.sh weightwise >> /var/log/pg_backup.log 2>&1)", t=ts_sys(), p=R.randint(10000, 40000))
    elif c == 3:
        L = Line("redis_log")
        L.T("1:M {d} {mon} {y} {hms}.{ms} * Background saving terminated with success", d=loc().day, mon=MON[loc().month - 1], y=loc().year, hms=loc().strftime("%H:%M:%S"), ms="%03d" % (loc().microsecond // 1000))
    elif c == 4:
        L = Line("statsd")
        L.T("ww.ingest.readings.count:{n}|c|#env:prod,hub_fw:2.4.{f},region:us-east-2", n=R.randint(1, 300), f=R.randint(12, 17))
    elif c == 5:
        L = Line("statsd")
        L.T("ww.payer.278.latency_ms:{n}|h|#payer:{p},env:prod", n=R.randint(200, 9000), p=R.choice(PAYERS)[1].lower())
    else:
        L = Line("syslog_cron")
        L.T("{t} fax01 hfaxd[{p}]: HylaFAX INET Protocol Server: connection from fax01.lbmi.internal [10.20.8.{x}]", t=ts_sys(), p=R.randint(1000, 9000), x=R.randint(2, 250))
    return [L]


GENS = [
    (g_ktor, 16), (g_ktor_stack, 1), (g_ktor_client, 1), (g_exposed, 9), (g_ble, 7), (g_scale_json, 5),
    (g_flutter_android, 2), (g_flutter_ios, 1), (g_sentry, 3), (g_x12, 3), (g_x12_resp, 2), (g_payer_kv, 5),
    (g_fax_cover, 1), (g_fax_ocr, 1.2), (g_hylafax, 3), (g_seminar_csv, 1.5), (g_seminar_pipe, 3), (g_hl7, 2.5),
    (g_hl7_ack, 2), (g_chat_json, 7), (g_chat_photo, 1), (g_chat_txt, 5), (g_livekit, 6), (g_nginx, 8),
    (g_pg, 3), (g_audit, 4),
]
NOISE_ONLY = [(g_misc_noise, 14)]


def wchoice(items):
    tot = sum(w for _, w in items)
    x = R.uniform(0, tot)
    for f, w in items:
        x -= w
        if x <= 0:
            return f
    return items[-1][0]


CAPS = {g_fax_cover: 2, g_fax_ocr: 3, g_seminar_csv: 3, g_hl7: 4, g_hl7_ack: 3, g_flutter_android: 4, g_flutter_ios: 3,
        g_ktor_stack: 3, g_ktor_client: 2, g_pg: 6, g_x12_resp: 4, g_chat_photo: 3}
FORCED = ([(g_ktor, 6)] * 2 + [(g_ktor, 12)] * 3 + [(g_ktor, 20)] * 2 + [(g_ktor, 10)] + [(g_ktor, 17)] * 2 + [(g_ktor, 9)] * 2
          + [(g_ktor, 15)] + [(g_ktor, 11)] * 2 + [(g_ktor, 21)] + [(g_chat_photo, None)] * 2 + [(g_chat_json, 2)] * 2
          + [(g_hylafax, 1)] * 2 + [(g_chat_json, 4)] + [(g_fax_cover, None), (g_fax_ocr, None), (g_seminar_csv, None),
                                                          (g_hl7, None), (g_hl7, None), (g_flutter_ios, None), (g_ktor_client, None),
                                                          (g_seminar_pipe, None), (g_seminar_pipe, None)])


def main():
    global CLK
    forced = list(FORCED)
    R.shuffle(forced)
    used = {}
    lines = []
    n_phi = n_noise = 0
    tries = 0
    while len(lines) < N_LINES:
        need_noise = N_NOISE - n_noise
        need_phi = (N_LINES - N_NOISE) - n_phi
        want_phi = R.random() < need_phi / float(need_phi + need_noise)
        v = None
        pool = [(f, w) for f, w in GENS if used.get(f, 0) < CAPS.get(f, 10 ** 6)]
        if want_phi and forced and R.random() < len(forced) / max(1.0, need_phi / 2.5):
            fn, v = forced[-1]
        elif want_phi:
            fn = wchoice(pool)
        else:
            fn = wchoice(pool + NOISE_ONLY)
        saved = CLK
        blk = fn(want_phi, v)
        bp = sum(1 for l in blk if l.spans)
        bn = len(blk) - bp
        if bp > need_phi or bn > need_noise or (want_phi and bp == 0):
            CLK = saved
            tries += 1
            if tries > 200:
                raise SystemExit("cannot fill")
            continue
        tries = 0
        if v is not None or (forced and forced[-1] == (fn, v) and want_phi):
            forced.pop()
        used[fn] = used.get(fn, 0) + 1
        lines.extend(blk)
        n_phi += bp
        n_noise += bn
    assert len(lines) == N_LINES
    assert not forced, forced
    log_path = os.path.join(HERE, ID + ".log")
    lab_path = os.path.join(HERE, ID + ".labels.jsonl")
    texts, labs = [], []
    for i, L in enumerate(lines, 1):
        s = L.text()
        assert s and "\n" not in s and "\r" not in s, (i, s)
        b = s.encode("utf-8")
        spans = []
        for (st, en, cat, v) in L.spans:
            assert b[st:en].decode("utf-8") == v, (i, v)
            spans.append({"s": st, "e": en, "cat": cat})
        spans.sort(key=lambda d: d["s"])
        for a, c in zip(spans, spans[1:]):
            assert a["e"] <= c["s"], (i, "overlap")
        texts.append(s)
        labs.append(json.dumps({"line": i, "family": L.fam, "spans": spans}, ensure_ascii=False))
    with open(log_path, "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(texts))
    with open(lab_path, "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(labs) + "\n")


if __name__ == "__main__":
    main()
