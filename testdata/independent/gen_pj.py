#!/usr/bin/env python3
"""gen_pj.py - synthetic, labeled log corpus for a PHI detector (corpus "pj").

Organisation: Harborlight Autism Services LLC, an applied behavior analysis
(ABA) provider with clinics in Aurora, Lakewood, Thornton and Colorado Springs
(Colorado).  RBTs deliver 1:1 therapy at clinics, in clients' homes and as
push-in at schools; BCBAs supervise (partly over telehealth); parents take
parent-training modules in a portal.  Everything is made up: people, numbers,
addresses, IPs.  Standard library only, fixed seed: two runs are identical.

Writes pj.log (500 lines) and pj.labels.jsonl in the current directory.

Systems simulated (family names in the labels):
  tablet_json    SkillTrack Android data-collection app on session tablets
                 (Gson JSON: escapes ' = < > & as \\u00XX)
  evv_logfmt     RBT timeclock / EVV service with GPS fixes (logfmt)
  evv_xml        EVV visit export to the state aggregator (one XML Visit/line)
  portal_access  nginx combined access log of parents.harborlightaba.com
  portal_app     parent-portal API (pino JSON: numeric level, epoch ms)
  x12_278        278 prior-authorization request/response, one segment a line
  auth_units_csv AuthTracker nightly export of authorized / used units (CSV)
  sched_syslog   scheduling service + clinic check-in kiosk (RFC5424 syslog)
  school_sis     district SIS nightly feed of push-in students (pipe rows)
  incident       home-grown incident-report export (IR|... with narrative)
  telehealth     Zoom webhook events for telehealth supervision / parent
                 training (JSON)
  java_trace     claims-worker log4j lines with stack traces (one frame/line)
  pg_log         PostgreSQL log of the AuthTracker / billing database
  sms            two-way SMS gateway log for reminders (key=value)
  mdm_syslog     Intune connector syslog about staff tablets (no PHI)
  okta_json      Okta system log for staff sign-ins (no PHI)
  hl7_ref        HL7 v2.5.1 REF^I12 referrals from a developmental pediatrics
                 clinic, one segment a line, plus Mirth channel lines
  fhir           FHIR R4 Coverage / Patient / OperationOutcome from a payer
                 eligibility API (Python json: non-ASCII as \\uXXXX, labeled
                 where the escaped bytes are)
  payroll_fw     fixed-width timesheet export to payroll
  fax_log        fax server log (referrals in, treatment plans out)

Labeling decisions (grey cases):
  * Clients are the patients.  Their parents, guardians, grandparents,
    authorised pick-up persons and other household members are relatives:
    their names, phones, emails, IPs, devices, licences, plates are PHI.
  * RBTs, BCBAs, schedulers, billers, school teachers / case managers,
    referring physicians, payer and vendor staff are people at work: not PHI
    (also their NPIs, BACB certificate numbers, employee IDs, work emails,
    staff tablets, staff IPs).
  * Client initials ("M.O-H.", "TB") are derived from the name: label `name`.
    A first name alone in free text / SMS (client or parent) is `name`.
  * Harborlight client numbers (HL-204817, and the same number as the bare
    integer 204817 in APIs, or HL204817 in payroll), and referring clinic
    MRNs are `mrn`.
  * Payer member / subscriber IDs, Medicaid IDs, MBI, Tricare DoD benefit
    numbers are `health_plan`.  Plan group numbers and payer IDs are not PHI.
  * Prior-authorisation numbers, incident-report numbers, referral IDs,
    district student IDs, parent-portal usernames that are not emails, and
    CCB waiver case numbers are `other_id`.  Appointment IDs, session UUIDs,
    visit IDs, claim batch numbers and message control IDs are system keys:
    not labeled.
  * Patient account numbers (CLM01 / acct=), bank accounts and card
    numbers are `account`, even a card number that fails Luhn (a typo is
    still the parent's card).  Masked cards ("****4417") are not labeled.
  * GPS fixes taken at a client's home (or recorded for a home visit) are
    geocodes of the client's address: latitude and longitude each an
    `address` span.  Fixes at a Harborlight clinic or a school are not PHI.
    School names and addresses are not PHI (organisations).
  * Dates: the log record's own timestamp and fields that only say when the
    logged event happened (event_ts, join_time, clock-in time of a live
    event, MSH-7, ISA/GS/BHT dates) are not labeled.  Dates that are data
    about the client - birth dates, dates of service, appointment starts and
    ends, authorisation and coverage periods, incident date/time, IEP review
    dates, exported EVV call times of past visits - are `date` (a date-time
    is one span).  Years alone and pay periods are not labeled.
  * Ages: only over 89 (a great-grandmother guardian) are labeled.
  * Access-log / portal URLs that carry a client number or a parent's email
    are one `url` span (path and query); the parent's IP in the same line is
    `ip`.  Telehealth join URLs (meeting id only) are not PHI.
  * AAC speech-device serials and parents' phone push tokens / device IDs
    are `device`.  Staff tablet serials are not PHI.
  * Kiosk fingerprint templates of a guardian are `biometric`; base64 JPEG
    photos in incident attachments are `photo`.
  * Parent driver's licence numbers (pick-up authorisation) are `license`;
    plates and VINs of parents' cars are `vehicle`.
  * City, county and street of a client/guardian are `address`; state is
    not; ZIP is always its own `zip` span.  In HL7 the XPN "LAST^FIRST^MID"
    is one `name` span; split first/last fields (SIS, XML) are one span each.
"""
import base64
import hashlib
import html
import json
import random
import sys
import unicodedata
from datetime import date, datetime, timedelta, timezone
from urllib.parse import quote, unquote
from xml.sax.saxutils import escape as _xesc

R = random.Random(232317)
UTC = timezone.utc
MDT = timezone(timedelta(hours=-6))
N_LINES = 500


# --------------------------------------------------------------- spans ----
class P:
    """A PHI value with its category."""
    __slots__ = ("v", "c", "num")

    def __init__(self, v, c, num=False):
        self.v, self.c, self.num = str(v), c, num


class M:
    """A mixed string: plain text and P parts, encoded as one value."""
    def __init__(self, *parts):
        self.p = parts


def _gson(x):
    s = json.dumps(x, ensure_ascii=False)[1:-1]
    for ch, rep in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                    ("=", "\\u003d"), ("'", "\\u0027")):
        s = s.replace(ch, rep)
    return s


def _hl7e(x):
    return (x.replace("\\", "\\E\\").replace("&", "\\T\\").replace("^", "\\S\\")
            .replace("|", "\\F\\").replace("~", "\\R\\"))


def _hl7d(x):
    return (x.replace("\\T\\", "&").replace("\\S\\", "^").replace("\\F\\", "|")
            .replace("\\R\\", "~").replace("\\E\\", "\\"))


def _jl(x):
    return json.loads('"' + x + '"')


ENC = {
    None: (lambda x: x, lambda x: x),
    "json": (lambda x: json.dumps(x, ensure_ascii=False)[1:-1], _jl),
    "jsona": (lambda x: json.dumps(x)[1:-1], _jl),
    "gson": (_gson, _jl),
    "xml": (_xesc, html.unescape),
    "url": (lambda x: quote(x, safe=""), unquote),
    "sql": (lambda x: x.replace("'", "''"), lambda x: x.replace("''", "'")),
    "hl7": (_hl7e, _hl7d),
    "kvq": (lambda x: x.replace('"', '\\"'), lambda x: x.replace('\\"', '"')),
}


class Line:
    def __init__(self, fam):
        self.fam = fam
        self.b = bytearray()
        self.sp = []

    def __call__(self, *xs, enc=None):
        for x in xs:
            self._add(x, enc)
        return self

    def _add(self, x, enc):
        if x is None:
            return
        if isinstance(x, P):
            r = ENC[enc][0](x.v)
            s = len(self.b)
            self.b += r.encode("utf-8")
            self.sp.append((s, len(self.b), x.c, x.v, r, enc))
        elif isinstance(x, M):
            for p in x.p:
                self._add(p, enc)
        elif isinstance(x, (list, tuple)):
            for p in x:
                self._add(p, enc)
        else:
            self.b += ENC[enc][0](str(x)).encode("utf-8")


def J(ln, obj, enc="json", sep=(",", ":")):
    """Serialise obj as JSON into the line, spans where P values are."""
    if isinstance(obj, dict):
        ln("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                ln(sep[0])
            ln(json.dumps(k) + sep[1])
            J(ln, v, enc, sep)
        ln("}")
    elif isinstance(obj, list):
        ln("[")
        for i, v in enumerate(obj):
            if i:
                ln(sep[0])
            J(ln, v, enc, sep)
        ln("]")
    elif isinstance(obj, P) and obj.num:
        ln(obj)
    elif isinstance(obj, (str, P, M)):
        ln('"')
        ln(obj, enc=enc)
        ln('"')
    else:
        ln(json.dumps(obj))


def txt(x):
    if isinstance(x, P):
        return x.v
    if isinstance(x, M):
        return "".join(txt(p) for p in x.p)
    return str(x)


def LF(ln, pairs, sep=" "):
    """logfmt / key=value: quote when needed."""
    for i, (k, v) in enumerate(pairs):
        if i:
            ln(sep)
        t = txt(v)
        if t == "" or any(ch in t for ch in ' "=\t'):
            ln(k + '="')
            ln(v, enc="kvq")
            ln('"')
        else:
            ln(k + "=", v)


# ------------------------------------------------------------ numbers -----
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


def npi():
    base = "1" + "".join(R.choice("0123456789") for _ in range(8))
    return base + luhn_digit("80840" + base)


def card(prefix="4", n=16, valid=True):
    body = prefix + "".join(R.choice("0123456789") for _ in range(n - len(prefix) - 1))
    d = luhn_digit(body)
    if not valid:
        d = str((int(d) + R.randint(1, 9)) % 10)
    return body + d


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    D = "0123456789"
    pat = ["C", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N"]
    out = []
    for p in pat:
        if p == "C":
            out.append(R.choice("123456789"))
        elif p == "A":
            out.append(R.choice(L))
        elif p == "N":
            out.append(R.choice(D))
        else:
            out.append(R.choice(L + D))
    return "".join(out)


def vin():
    tr = {c: v for c, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ",
                               [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(R.choice(["1FM", "5FN", "1HG", "2T3", "4T1", "1C4", "3GN"]) +
             "".join(R.choice(al) for _ in range(5)) + "0" + R.choice("LMNPR") +
             R.choice(al) + "".join(R.choice("0123456789") for _ in range(6)))
    tot = sum((int(c) if c.isdigit() else tr[c]) * w[i] for i, c in enumerate(v))
    cd = tot % 11
    v[8] = "X" if cd == 10 else str(cd)
    return "".join(v)


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uid():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def b64(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# --------------------------------------------------------------- data -----
KID_FIRST = ["Mateo", "Aaliyah", "Liam", "Zoë", "Ethan", "Amara", "Noah", "Priya", "Elijah",
             "Sofía", "Kai", "Hunter", "Jayden", "Mei", "Oliver", "Imani", "Santiago", "Nora",
             "Dmitri", "Layla", "Amir", "Brooklyn", "Xavier", "Isla", "Tenzin", "Autumn",
             "Malik", "Ruby", "Joaquín", "Ezra", "Chidi", "Willow", "Rowan", "Dakota", "Luca",
             "Hope", "Summer", "August"]
GIRLS = {"Aaliyah", "Zoë", "Amara", "Priya", "Sofía", "Mei", "Imani", "Nora", "Layla", "Brooklyn", "Isla",
         "Autumn", "Ruby", "Willow", "Hope", "Summer"}
MID = ["James", "Rose", "Alejandro", "Grace", "Lee", "Marie", "Amadi", "", "", "", "Jo", "Ray"]
SURN = ["Okonkwo-Hale", "García-Lindqvist", "de la Cruz", "Van der Berg", "Al-Masri",
        "O'Shaughnessy", "Nguyen", "Begay", "Yazzie", "Whitehorse", "Kowalczyk", "Baker",
        "Stone", "Marsh", "Castillo-Reyes", "Iyer", "Patel-Brooks", "Fairweather", "Winter",
        "Bird", "Sandoval", "Montoya", "Romero-Vigil", "Christensen", "Park", "Sato",
        "Tesfaye", "Abdi", "Vang", "Volkov", "Hunt", "Lucero", "Brown", "Friday", "Small"]
ADULT_F = ["Marisol", "Jennifer", "Kateryna", "Hannah", "Thuy", "Leticia", "Ngozi", "Crystal",
           "Lorena", "Yuki", "Tamika", "Farah", "Esperanza", "Anjali", "Brittany", "Siobhan",
           "Hodan", "Mai", "Dana", "Charity"]
ADULT_M = ["DeShawn", "Olumide", "Rashid", "Brandon", "Graham", "Ahmed", "Patrick", "Dustin",
           "Colton", "Bjorn", "Tuan", "Eduardo", "Kwame", "Travis", "Nikolai", "Ravi", "Joe"]
STREETS = ["E Iliff Ave", "S Buckley Rd", "W 38th Ave", "Peoria St", "N Academy Blvd",
           "E Colfax Ave", "Wadsworth Blvd", "S Parker Rd", "Kipling St", "Quebec St",
           "W Alameda Ave", "E 104th Ave", "Tejon St", "S Chambers Rd", "Sheridan Blvd",
           "E Mississippi Ave", "Galley Rd", "Dahlia Ct", "Meadowlark Ln", "Cottonwood Dr"]
CITIES = [("Aurora", "Arapahoe", ["80012", "80013", "80015", "80017"], 39.69, -104.81),
          ("Denver", "Denver", ["80219", "80220", "80239"], 39.73, -104.98),
          ("Lakewood", "Jefferson", ["80226", "80227", "80232"], 39.70, -105.10),
          ("Colorado Springs", "El Paso", ["80909", "80916", "80918", "80922"], 38.86, -104.75),
          ("Littleton", "Arapahoe", ["80120", "80123"], 39.60, -105.02),
          ("Thornton", "Adams", ["80229", "80241"], 39.87, -104.97),
          ("Commerce City", "Adams", ["80022"], 39.82, -104.91),
          ("Fountain", "El Paso", ["80817"], 38.68, -104.70)]
SCHOOLS = [("Fox Meadow Elementary", "Ms. Rivera-Holt"), ("Highline Crossing Elementary", "Mr. Ambrose"),
           ("Pikes Vista Elementary", "Mrs. Deleon"), ("Sable Ridge K-8", "Ms. Oduya"),
           ("Bear Creek Early Learning Ctr", "Ms. Feeney"), ("Columbine Hills Elementary", "Mr. Tran")]
PAYERS = [("HFC", "Health First Colorado", "CO_MCD"), ("ANTHEM", "Anthem Blue Cross and Blue Shield", "00050"),
          ("KPCO", "Kaiser Permanente Colorado", "94056"), ("CIGNA", "Cigna", "62308"),
          ("UHC", "UnitedHealthcare", "87726"), ("TRICARE", "TRICARE West (ACD)", "99726"),
          ("RMHP", "Rocky Mountain Health Plans", "84146")]
SITES = {"AUR": ("Aurora Clinic", "15400 E Hampden Ave Ste 210", "Aurora", "80013", 39.65302, -104.81004),
         "LKW": ("Lakewood Clinic", "7200 W Alameda Ave Ste 4", "Lakewood", "80226", 39.71082, -105.07911),
         "THN": ("Thornton Clinic", "9351 Grant St Ste 300", "Thornton", "80229", 39.86611, -104.98312),
         "COS": ("Colorado Springs Clinic", "2880 N Academy Blvd Ste 120", "Colorado Springs", "80917", 38.87204, -104.75933)}


def phone_fmt(p, style):
    a, b, c = p[:3], p[3:6], p[6:]
    return {0: "(%s) %s-%s" % (a, b, c), 1: "%s-%s-%s" % (a, b, c), 2: "+1%s%s%s" % (a, b, c),
            3: "%s%s%s" % (a, b, c), 4: "%s.%s.%s" % (a, b, c)}[style]


def mk_phone():
    return R.choice(["720", "303", "719", "970"]) + str(R.randint(2, 9)) + digits(2) + digits(4)


def pub_ip():
    while True:
        a = R.choice([73, 67, 24, 98, 174, 75, 71, 107, 166, 172, 76, 50])
        if a == 172:
            b = R.randint(56, 127)
        else:
            b = R.randint(0, 254)
        return "%d.%d.%d.%d" % (a, b, R.randint(0, 254), R.randint(1, 254))


def mk_guardian(last, rel, female):
    f = R.choice(ADULT_F if female else ADULT_M)
    ln = last
    if "-" in last and R.random() < 0.6:
        ln = last.split("-")[0 if female else 1]
    fa, la = ascii_fold(f).lower(), ascii_fold(ln).lower().replace(" ", "").replace("'", "")
    em = R.choice(["%s.%s@gmail.com" % (fa, la), "%s%s%d@yahoo.com" % (fa, la[0], R.randint(78, 99)),
                   "%s%s@outlook.com" % (fa[0], la), "%s.%s%d@icloud.com" % (fa, la, R.randint(1, 30)),
                   "%s_%s@comcast.net" % (la, fa)])
    return dict(first=f, last=ln, rel=rel, phone=mk_phone(), email=em, ip=pub_ip(),
                user=(fa[0] + la + str(R.randint(1, 99))) if R.random() < 0.5 else em,
                dev=hexs(8).upper() + "-" + hexs(4).upper() + "-" + hexs(4).upper() + "-" + hexs(4).upper() + "-" + hexs(12).upper(),
                push="fcm:" + b64(24).replace("/", "_").replace("+", "-").rstrip("="),
                dl="%02d-%03d-%04d" % (R.randint(1, 99), R.randint(0, 999), R.randint(0, 9999)),
                plate=R.choice(["%s%s%s-%s" % (R.choice("ABCDEFGHJK"), R.choice("ABCDEFGHJK"), R.choice("ABCDEFGHJK"), digits(3)),
                                "%s-%s" % (digits(3), "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)))]),
                vin=vin(), bank=digits(R.choice([9, 10, 12])), age=None)


def mk_client(i):
    first = KID_FIRST[i % len(KID_FIRST)]
    last = SURN[(i * 11 + 3) % len(SURN)]
    adult = i in (5, 17)
    by = R.randint(2000, 2003) if adult else R.randint(2014, 2021)
    dob = date(by, R.randint(1, 12), R.randint(1, 28))
    city, county, zips, lat, lon = R.choice(CITIES)
    unit = R.choice(["", "", "", " Apt %d" % R.randint(1, 40), " Unit %s" % R.choice("ABCD"), " #%d" % R.randint(100, 330)])
    payer = R.choice(PAYERS)
    if payer[0] == "HFC":
        mid = R.choice("ABCDEFGHJKLMNPRSTW") + digits(6)
    elif payer[0] == "ANTHEM":
        mid = R.choice(["YRJ", "XJZ", "CHA"]) + digits(9)
    elif payer[0] == "KPCO":
        mid = "0" + digits(8)
    elif payer[0] == "CIGNA":
        mid = "U" + digits(8) + "01"
    elif payer[0] == "UHC":
        mid = digits(9)
    elif payer[0] == "TRICARE":
        mid = digits(11)
    else:
        mid = "R" + digits(8)
    g = [mk_guardian(last, "Mother", True)]
    if R.random() < 0.6:
        g.append(mk_guardian(last, "Father", False))
    if i == 9:
        g.append(mk_guardian(last, "Great-grandmother", True))
        g[-1]["age"] = 91
    if i == 22:
        g.insert(0, mk_guardian(last, "Grandmother", True))
        g[0]["age"] = 93
    sch = R.choice(SCHOOLS)
    sex = "F" if first in GIRLS else ("M" if first not in ("Kai", "Rowan", "Dakota", "Tenzin") else R.choice("MF"))
    c = dict(first=first, last=last, mid=MID[i % len(MID)], dob=dob, sex=sex,
             street="%d %s%s" % (R.randint(120, 19800), R.choice(STREETS), unit),
             city=city, county=county, zip=R.choice(zips),
             lat=lat + R.uniform(-0.04, 0.04), lon=lon + R.uniform(-0.04, 0.04),
             cid=R.randint(200000, 219999), payer=payer, member=mid,
             mbi=mbi() if adult else None,
             sub_ssn=ssn(), auth="A24-%07d" % R.randint(100000, 999999),
             student="S%07d" % R.randint(1000000, 9999999), school=sch,
             aac=("TD%s%s" % (digits(2), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))))
             if R.random() < 0.35 else None,
             ccb="CCB-%s-%05d" % (R.choice(["RR", "DDRC", "TRC"]), R.randint(1, 99999)),
             acct="%08d" % R.randint(10000000, 99999999),
             guardians=g, site=R.choice(list(SITES)))
    return c


CLIENTS = [mk_client(i) for i in range(34)]

RBTS = [("E10482", "Kaylee Brandt", "kbrandt"), ("E10517", "Jordan Ochoa", "jochoa"),
        ("E10233", "Tasha Whitfield", "twhitfield"), ("E10611", "Miguel Serrano", "mserrano"),
        ("E10702", "Brianna Kosinski", "bkosinski"), ("E10398", "Devon Achterberg", "dachterberg"),
        ("E10745", "Precious Mbeki", "pmbeki"), ("E10810", "Hayden Loveless", "hloveless"),
        ("E10822", "Xiomara Pruitt", "xpruitt")]
BCBAS = [("E10044", "Lauren Pietrowski", "lpietrowski", npi(), "1-12-10937"),
         ("E10061", "Marcus Eze", "meze", npi(), "1-15-18822"),
         ("E10089", "Renata Villalobos", "rvillalobos", npi(), "1-17-24410"),
         ("E10102", "Hollis Grant", "hgrant", npi(), "1-19-31187")]
ORG_NPI = npi()
TABLETS = ["R9PT%s%s" % (digits(2), "".join(R.choice("ABCDEFGHJKLMNPQRSTVWXYZ") for _ in range(5))) for _ in RBTS]
BASE = datetime(2024, 3, 11, 12, 0, 0, tzinfo=UTC)   # 06:00 MDT, Monday
TODAY = date(2024, 3, 11)


def cl():
    return R.choice(CLIENTS)


def gd(c):
    return R.choice(c["guardians"])


def initials(c):
    return c["first"][0] + "." + "".join(p[0] for p in c["last"].replace("-", " ").split() if p[0].isupper()) + "."


def svc_day(back=5, fwd=7):
    return TODAY + timedelta(days=R.randint(-back, fwd))


def rbt():
    return R.choice(RBTS)


def bcba():
    return R.choice(BCBAS)


def iso_z(t, ms=True):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + (".%03dZ" % (t.microsecond // 1000) if ms else "Z")


def iso_local(t):
    lt = t.astimezone(MDT)
    return lt.strftime("%Y-%m-%dT%H:%M:%S") + ".%03d-06:00" % (lt.microsecond // 1000)


def home_geo(c):
    return ("%.5f" % (c["lat"] + R.uniform(-0.0002, 0.0002)), "%.5f" % (c["lon"] + R.uniform(-0.0002, 0.0002)))


# ------------------------------------------------------------ systems -----
def g_tablet(t, k=None, cc=None):
    ln = Line("tablet_json")
    i = R.randrange(len(RBTS))
    r = RBTS[i]
    head = {"ts": iso_z(t), "lvl": "I", "app": "skilltrack-android", "ver": "4.12.3 (4123)",
            "dev": "HLT-TAB-%04d" % (400 + i), "thread": R.choice(["main", "sync-1", "io-2"])}
    k = R.random() if k is None else k
    c = cl() if cc is None else cc
    if k < 0.18:
        d = svc_day(0, 0)
        head.update(tag="SessionController", msg="session opened",
                    data={"sessionUuid": uid(), "clientId": P(c["cid"], "mrn", num=True),
                          "clientInitials": P(initials(c), "name"), "sessionDate": P(d.isoformat(), "date"),
                          "setting": R.choice(["home", "clinic", "school"]), "cpt": "97153",
                          "programs": R.randint(6, 18), "rbt": r[1]})
    elif k < 0.36:
        head.update(tag="TrialRecorder", msg="trial recorded",
                    data={"sessionUuid": uid(), "targetId": "T-%05d" % R.randint(100, 99999),
                          "program": R.choice(["Mand - items", "Tact - community helpers", "Gross motor imitation",
                                               "Receptive ID colors", "Tolerating \"no\"", "Hand washing TA"]),
                          "trial": R.randint(1, 10), "result": R.choice(["+", "-", "P-FP", "P-G", "P-V", "I"]),
                          "latencyMs": R.randint(400, 9000)})
    elif k < 0.52:
        head.update(tag="SyncWorker", msg="upload complete",
                    data={"batch": hexs(12), "records": R.randint(20, 480), "bytes": R.randint(4000, 900000),
                          "durationMs": R.randint(120, 8000), "retries": R.choice([0, 0, 0, 1, 2]),
                          "endpoint": "https://api.harborlightaba.com/skilltrack/v3/sync", "net": R.choice(["wifi", "lte"])})
    elif k < 0.68:
        nm = c["first"]
        beh = R.choice([("dropped to the floor when asked to put iPad away", "escape"),
                        ("hit RBT on the arm twice after denied access to snack", "tangible"),
                        ("ran toward the door when the doorbell rang", "automatic"),
                        ("screamed for ~40s during the transition to the table", "escape")])
        head.update(tag="AbcCapture", msg="ABC entry saved",
                    data={"sessionUuid": uid(), "clientId": P(c["cid"], "mrn", num=True),
                          "antecedent": "demand/transition",
                          "behavior": M(P(nm, "name"), " " + beh[0]) if R.random() < 0.7 else
                          M(P(nm, "name"), " " + beh[0] + "; per ", gd(c)["rel"].lower(), " (",
                            P("%s %s" % (gd(c)["first"], gd(c)["last"]), "name"), ") this also happens at home"),
                          "consequence": "planned ignoring + redirect", "hypFn": beh[1], "durSec": R.randint(5, 240)})
    elif k < 0.78 and any(x["aac"] for x in CLIENTS):
        c = R.choice([x for x in CLIENTS if x["aac"]])
        head.update(tag="AacBridge", msg="paired client AAC device",
                    data={"clientId": P(c["cid"], "mrn", num=True), "aacModel": R.choice(["TD Snap / I-110", "Accent 1000", "NovaChat 8"]),
                          "aacSerial": P(c["aac"], "device"), "bt": "LE", "rssi": -R.randint(40, 80)})
    elif k < 0.9:
        head.update(lvl="W", tag="BatteryMonitor", msg="battery low during session, prompting charge",
                    data={"pct": R.randint(5, 15), "tempC": round(R.uniform(30, 41), 1), "uptimeMin": R.randint(60, 600)})
    else:
        head.update(lvl="E", tag="AndroidRuntime", msg="ANR in com.harborlight.skilltrack (ActivityManager)",
                    data={"reason": "Input dispatching timed out (Waiting because no window has focus)",
                          "buildId": "4123-" + hexs(7), "memFreeMb": R.randint(120, 700)})
    J(ln, head, enc="gson")
    return [ln]


def g_evv(t):
    ln = Line("evv_logfmt")
    r = rbt()
    c = cl()
    k = R.random()
    base = [("time", iso_z(t, ms=False)), ("level", "info"), ("svc", "timeclock")]
    if k < 0.55:
        home = R.random() < 0.6
        if home:
            la, lo = home_geo(c)
            geo = [("lat", P(la, "address")), ("lon", P(lo, "address")), ("setting", "home")]
        else:
            s = SITES[c["site"]]
            geo = [("lat", "%.5f" % (s[4] + R.uniform(-0.0002, 0.0002))), ("lon", "%.5f" % (s[5] + R.uniform(-0.0002, 0.0002))),
                   ("setting", "clinic"), ("site", c["site"])]
        ev = R.choice(["clock_in", "clock_out"])
        LF(ln, base + [("evt", ev), ("emp", r[0]), ("emp_name", r[1]), ("client", P("HL-%d" % c["cid"], "mrn")),
                       ("svc_code", R.choice(["97153", "97153", "97155", "97156"])), ("dos", P(TODAY.isoformat(), "date"))]
           + geo + [("acc_m", R.randint(3, 45)), ("dist_from_expected_m", R.randint(0, 140)), ("req_id", hexs(16))])
    elif k < 0.7:
        la, lo = home_geo(c)
        LF(ln, [("time", iso_z(t, ms=False)), ("level", "warn"), ("svc", "timeclock"), ("evt", "geofence_mismatch"),
                ("emp", r[0]), ("client", P("HL-%d" % c["cid"], "mrn")), ("expected", M(P(la, "address"), ",", P(lo, "address"))),
                ("got", "%.5f,%.5f" % (c["lat"] + R.uniform(0.01, 0.03), c["lon"] - R.uniform(0.01, 0.03))),
                ("dist_m", R.randint(900, 4200)), ("action", "flag_for_review")])
    elif k < 0.85:
        LF(ln, base + [("evt", "mileage_batch"), ("period", "2024-03-03..2024-03-16"), ("emps", R.randint(40, 90)),
                       ("miles_total", "%.1f" % R.uniform(2000, 9000)), ("rate", "0.67"), ("dur_ms", R.randint(200, 3000))])
    else:
        LF(ln, base + [("evt", "timesheet_approved"), ("emp", r[0]), ("approver", bcba()[0]),
                       ("period", "2024-03-03..2024-03-16"), ("hours", "%.2f" % R.uniform(20, 40)), ("sheet_id", "TS-%d" % R.randint(50000, 99999))])
    return [ln]


def g_evv_xml(t):
    ln = Line("evv_xml")
    c = R.choice([x for x in CLIENTS if x["payer"][0] == "HFC"] or CLIENTS)
    r = rbt()
    d = svc_day(6, -1)
    h = R.randint(8, 16)
    home = R.random() < 0.6
    ln('<Visit xmlns="urn:sandata:evv:v2"><ProviderID>', ORG_NPI, '</ProviderID><VisitOtherID>',
       "V%d" % R.randint(1000000, 9999999), '</VisitOtherID><ClientMedicaidID>',
       P(c["member"], "health_plan"), '</ClientMedicaidID><ClientFirstName>')
    ln(P(c["first"], "name"), enc="xml")
    ln('</ClientFirstName><ClientLastName>')
    ln(P(c["last"], "name"), enc="xml")
    ln('</ClientLastName><EmployeeIdentifier>', r[0], '</EmployeeIdentifier><ProcedureCode>H2019</ProcedureCode>',
       '<Modifier1>HN</Modifier1><ServiceDate>', P(d.isoformat(), "date"), '</ServiceDate><Calls>')
    for j, tag in enumerate(("ClockIn", "ClockOut")):
        hh = h + j * 3
        ln('<Call><CallType>GPS</CallType><CallAssignment>', tag, '</CallAssignment><CallDateTime>',
           P("%sT%02d:%02d:%02d" % (d.isoformat(), hh, R.randint(0, 59), R.randint(0, 59)), "date"), '</CallDateTime>')
        if home:
            la, lo = home_geo(c)
            ln('<CallLatitude>', P(la, "address"), '</CallLatitude><CallLongitude>', P(lo, "address"), '</CallLongitude>')
        else:
            s = SITES[c["site"]]
            ln('<CallLatitude>%.5f</CallLatitude><CallLongitude>%.5f</CallLongitude>' % (s[4], s[5]))
        ln('</Call>')
    ln('</Calls><VisitChanges/></Visit>')
    return [ln]


UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Linux; Android 14; SM-S911U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.0.0",
      "HarborlightParents/3.8.1 (iOS 17.3.1; iPhone14,5) Alamofire/5.8.1",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15"]


def g_access(t):
    ln = Line("portal_access")
    lt = t.astimezone(MDT).strftime("%d/%b/%Y:%H:%M:%S -0600")
    k = R.random()
    c = cl()
    g = gd(c)
    if k < 0.2:
        ln("10.20.%d.%d - - [%s] \"GET /healthz HTTP/1.1\" 200 17 \"-\" \"ELB-HealthChecker/2.0\" rt=0.001" % (R.randint(0, 3), R.randint(2, 250), lt))
        return [ln]
    if k < 0.26:
        ln("66.249.%d.%d - - [%s] \"GET /robots.txt HTTP/1.1\" 200 68 \"-\" \"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)\" rt=0.002"
           % (R.randint(64, 79), R.randint(1, 254), lt))
        return [ln]
    if k < 0.46:
        asset = R.choice(["/static/js/main.%s.js" % hexs(8), "/static/css/app.%s.css" % hexs(8),
                          "/static/media/pt-module-hero.%s.webp" % hexs(8), "/favicon.ico"])
        ln(P(g["ip"], "ip"), ' - - [%s] "GET %s HTTP/2.0" 200 %d "https://parents.harborlightaba.com/" "%s" rt=0.%03d'
           % (lt, asset, R.randint(900, 480000), R.choice(UA), R.randint(1, 40)))
        return [ln]
    paths = ["/api/v2/clients/%d/training-modules?status=open" % c["cid"],
             "/api/v2/clients/%d/schedule?from=2024-03-11&to=2024-03-17" % c["cid"],
             "/api/v2/clients/%d/progress-reports/2024-02.pdf" % c["cid"],
             "/telehealth/launch?client=%d&appt=%d" % (c["cid"], R.randint(880000, 899999)),
             "/api/v2/invites/accept?email=%s&token=%s" % (quote(g["email"], safe=""), hexs(24))]
    p = R.choice(paths)
    meth = "GET"
    st = R.choice([200, 200, 200, 304, 401, 404])
    ln(P(g["ip"], "ip"), ' - - [%s] "%s ' % (lt, meth), P(p, "url"),
       ' HTTP/2.0" %d %d "https://parents.harborlightaba.com/dashboard" "%s" rt=0.%03d'
       % (st, 0 if st == 304 else R.randint(200, 40000), R.choice(UA), R.randint(5, 900)))
    return [ln]


def g_portal(t, k=None):
    ln = Line("portal_app")
    c = cl()
    g = gd(c)
    ms = int(t.timestamp() * 1000) + R.randint(0, 999)
    head = {"level": 30, "time": ms, "pid": R.choice([412, 418, 431]),
            "hostname": "portal-api-6d9f7c8b4-%s" % "".join(R.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(5)),
            "reqId": "req-" + hexs(4)}
    user = P(g["user"], "email" if "@" in g["user"] else "other_id")
    k = R.random() if k is None else k
    if k < 0.2:
        head.update(msg="training module completed", user=user,
                    module=R.choice(["PT-03 What is ABA?", "PT-07 Reinforcement Basics", "PT-11 Prompting & Fading",
                                     "PT-14 Reducing Elopement at Home", "PT-18 Toilet Training Data"]),
                    score=round(R.uniform(0.6, 1.0), 2), childId=P(c["cid"], "mrn", num=True), cpt="97156")
    elif k < 0.32:
        head.update(level=40, msg="login failed", user=user, reason=R.choice(["bad_password", "mfa_timeout", "locked"]),
                    ip=P(g["ip"], "ip"), attempts=R.randint(1, 5))
    elif k < 0.42:
        head.update(msg="push token registered", user=user, platform=R.choice(["ios", "android"]),
                    deviceId=P(g["dev"], "device"), token=P(g["push"], "device"), appVersion="3.8.1")
    elif k < 0.5:
        p2 = R.choice([x for x in CLIENTS if x is not c])["guardians"][0]
        head.update(msg="authorized pickup added", childId=P(c["cid"], "mrn", num=True),
                    pickup={"name": P("%s %s" % (p2["first"], p2["last"]), "name"),
                            "relation": R.choice(["aunt", "uncle", "grandparent", "neighbor", "family friend"]),
                            "phone": P(phone_fmt(p2["phone"], 1), "phone"),
                            "dl": P(p2["dl"], "license"), "dlState": "CO", "plate": P(p2["plate"], "vehicle")},
                    by=user)
    elif k < 0.56:
        head.update(level=20, msg="autopay method saved", user=user,
                    ach={"routing": "102000021", "account": P(g["bank"], "account"), "type": "checking"},
                    copayPlan="HL-CP-%d" % R.randint(100, 999))
    elif k < 0.7:
        head.update(msg="request completed", req={"method": "GET", "url": "/api/v2/modules/catalog"},
                    res={"statusCode": 200}, responseTime=R.randint(3, 120))
    elif k < 0.82:
        head.update(level=40, msg="rate limit exceeded", route="/api/v2/auth/otp", bucket="otp:%s" % hexs(10),
                    limit=5, windowSec=300)
    else:
        head.update(msg="cache stats", hits=R.randint(10000, 90000), misses=R.randint(100, 4000), evictions=R.randint(0, 40),
                    redis="redis://portal-cache.internal:6379/2")
    J(ln, head)
    return [ln]


def d8(d):
    return d.strftime("%Y%m%d")


def g_x12(t):
    c = R.choice([x for x in CLIENTS if x["payer"][0] != "HFC"])
    g = c["guardians"][0] if c["guardians"][0]["rel"] == "Mother" else c["guardians"][-1]
    lt = t.astimezone(MDT)
    ctl = R.randint(4000, 4999)
    out = []

    def seg(*parts):
        ln = Line("x12_278")
        ln(*parts)
        out.append(ln)

    sub_dob = date(R.randint(1978, 1994), R.randint(1, 12), R.randint(1, 28))
    st = TODAY + timedelta(days=R.randint(0, 10))
    en = st + timedelta(days=179)
    seg("ISA*00*          *00*          *ZZ*HARBORLTABA    *ZZ*AVAILITY       *%s*%s*^*00501*%09d*0*P*:~"
        % (lt.strftime("%y%m%d"), lt.strftime("%H%M"), ctl))
    seg("GS*HI*HARBORLTABA*AVAILITY*%s*%s*%d*X*005010X217~" % (lt.strftime("%Y%m%d"), lt.strftime("%H%M"), ctl))
    seg("ST*278*0001*005010X217~")
    seg("BHT*0007*13*HLA-278-%d*%s*%s~" % (ctl, lt.strftime("%Y%m%d"), lt.strftime("%H%M")))
    seg("HL*1**20*1~")
    seg("NM1*X3*2*%s*****PI*%s~" % (c["payer"][1].upper(), c["payer"][2]))
    seg("HL*2*1*21*1~")
    seg("NM1*1P*2*HARBORLIGHT AUTISM SERVICES LLC*****XX*%s~" % ORG_NPI)
    seg("HL*3*2*22*1~")
    seg("NM1*IL*1*", P(g["last"].upper(), "name"), "*", P(g["first"].upper(), "name"), "****MI*", P(c["member"], "health_plan"), "~")
    if R.random() < 0.5:
        seg("REF*SY*", P(c["sub_ssn"].replace("-", ""), "ssn"), "~")
    seg("DMG*D8*", P(d8(sub_dob), "date"), "*%s~" % ("F" if g["rel"] == "Mother" else "M"))
    seg("HL*4*3*23*1~")
    seg("NM1*QC*1*", P(c["last"].upper(), "name"), "*", P(c["first"].upper(), "name"), "~")
    seg("DMG*D8*", P(d8(c["dob"]), "date"), "*%s~" % c["sex"])
    seg("HL*5*4*EV*1~")
    seg("UM*HS*I*3*11:B~")
    seg("DTP*AAH*RD8*", P(d8(st), "date"), "-", P(d8(en), "date"), "~")
    seg("HI*ABK:F840~")
    seg("HL*6*5*SS*0~")
    seg("SV1*HC:97153*0*UN*%d~" % R.choice([1440, 1560, 1920, 2080]))
    seg("SE*%d*0001~" % (len(out) - 1))
    seg("GE*1*%d~" % ctl)
    seg("IEA*1*%09d~" % ctl)
    return out


def g_x12_resp(t):
    c = R.choice([x for x in CLIENTS if x["payer"][0] != "HFC"])
    lt = t.astimezone(MDT)
    out = []

    def seg(*parts):
        ln = Line("x12_278")
        ln(*parts)
        out.append(ln)

    st = TODAY + timedelta(days=R.randint(-3, 5))
    seg("ST*278*0001*005010X217~")
    seg("BHT*0007*11*HLA-278-%d*%s*%s~" % (R.randint(3900, 4399), lt.strftime("%Y%m%d"), lt.strftime("%H%M")))
    seg("HL*1**20*1~")
    seg("NM1*X3*2*%s*****PI*%s~" % (c["payer"][1].upper(), c["payer"][2]))
    seg("HL*2*1*21*1~")
    seg("NM1*1P*2*HARBORLIGHT AUTISM SERVICES LLC*****XX*%s~" % ORG_NPI)
    seg("HL*3*2*22*1~")
    seg("NM1*IL*1*", P(c["guardians"][0]["last"].upper(), "name"), "*", P(c["guardians"][0]["first"].upper(), "name"),
        "****MI*", P(c["member"], "health_plan"), "~")
    seg("HL*4*3*23*1~")
    seg("NM1*QC*1*", P(c["last"].upper(), "name"), "*", P(c["first"].upper(), "name"), "~")
    seg("HL*5*4*EV*0~")
    if R.random() < 0.7:
        seg("HCR*A1*", P(c["auth"], "other_id"), "~")
        seg("DTP*472*RD8*", P(d8(st), "date"), "-", P(d8(st + timedelta(days=179)), "date"), "~")
        seg("HSD*FL*%d*UN~" % R.choice([1440, 1560, 1920]))
    else:
        seg("AAA*N**75*C~")
        seg("MSG*Requested units exceed medical necessity guideline; submit updated treatment plan~")
    seg("SE*%d*0001~" % (len(out) + 1))
    return out


def g_units(t, header=False):
    ln = Line("auth_units_csv")
    if header:
        ln("auth_no,client_id,payer,cpt,units_approved,units_used,units_remaining,start_dt,end_dt,bcba_npi,alert")
        return [ln]
    if R.random() < 0.08:
        ln("# AuthTracker export %s rows=%d sha256=%s" % (iso_z(t, False), R.randint(380, 460), hexs(64)))
        return [ln]
    c = cl()
    b = bcba()
    appr = R.choice([96, 120, 480, 1440, 1920, 2080])
    used = R.randint(0, appr)
    st = TODAY - timedelta(days=R.randint(10, 170))
    en = st + timedelta(days=179)
    alert = "LOW_UNITS" if appr - used < appr * 0.1 else ("EXPIRING" if (en - TODAY).days < 21 else "")
    ln(P(c["auth"], "other_id"), ",", P("HL-%d" % c["cid"], "mrn"), ",%s,%s,%d,%d,%d," % (
        c["payer"][0], R.choice(["97153", "97155", "97156", "97151"]), appr, used, appr - used),
       P(st.isoformat(), "date"), ",", P(en.isoformat(), "date"), ",%s,%s" % (b[3], alert))
    return [ln]


def g_sched(t):
    ln = Line("sched_syslog")
    host = R.choice(["hl-sched-01", "hl-sched-02"])
    k = R.random()
    c = cl()
    r = rbt()
    pri = "<134>1 %s %s " % (iso_local(t), host)
    if k < 0.4:
        d = svc_day(0, 7)
        h = R.choice([8, 9, 12, 13, 15, 15, 16])
        loc = R.choice(["home", "clinic:" + c["site"], "school"])
        ln(pri, "schedsvc %d APPT [meta@32473 site=\"%s\"] appt_id=%d client=" % (R.randint(2000, 2400), c["site"], R.randint(880000, 899999)),
           P("HL-%d" % c["cid"], "mrn"), " start=", P("%sT%02d:%s" % (d.isoformat(), h, R.choice(["00", "30"])), "date"),
           " dur_min=%d cpt=97153 rbt=%s loc=%s" % (R.choice([120, 180, 240]), r[0], loc))
        if loc == "school":
            ln(" school=\"%s\" room=%d" % (c["school"][0], R.randint(1, 30)))
        ln(" status=%s" % R.choice(["confirmed", "tentative", "cancelled_parent", "cancelled_staff_sick"]))
    elif k < 0.55:
        g = gd(c)
        ln(pri, "kiosk %d PICKUP [meta@32473 site=\"%s\" kiosk=\"K%d\"] guardian=\"" % (R.randint(3000, 3100), c["site"], R.randint(1, 3)),
           P("%s %s" % (g["first"], g["last"]), "name"), "\" relation=%s client=" % g["rel"].lower(), P("HL-%d" % c["cid"], "mrn"),
           " fp_score=0.%d fp_tmpl=" % R.randint(91, 99), P("Rk1SACAyMAAA" + b64(R.choice([60, 72, 84])), "biometric"),
           " result=verified")
    elif k < 0.75:
        ln(pri, "schedsvc %d REFLOW [meta@32473 site=\"%s\"] job=nightly-reflow moved=%d conflicts=%d unfilled=%d took=%dms"
           % (R.randint(2000, 2400), R.choice(list(SITES)), R.randint(0, 40), R.randint(0, 12), R.randint(0, 9), R.randint(300, 9000)))
    elif k < 0.9:
        ln(pri, "schedsvc %d AVAIL [meta@32473 site=\"%s\"] emp=%s emp_name=\"%s\" week=2024-W11 hours=%d drive_radius_mi=%d"
           % (R.randint(2000, 2400), R.choice(list(SITES)), r[0], r[1], R.randint(15, 40), R.choice([10, 15, 20, 25])))
    else:
        ln(pri, "schedsvc %d WARN [meta@32473] calendar sync to Google Workspace delayed: 429 rateLimitExceeded retry_in=%ds"
           % (R.randint(2000, 2400), R.choice([30, 60, 120])))
    return [ln]


def g_sis(t, header=False):
    ln = Line("school_sis")
    if header:
        ln("STUDENT_ID|LAST_NM|FIRST_NM|BIRTH_DT|SCHOOL_CD|SCHOOL_NM|GRADE|CASE_MGR|IEP_REVIEW_DT|ABA_DAYS|START_TM|END_TM")
        return [ln]
    c = cl()
    si = SCHOOLS.index(c["school"])
    iep = TODAY + timedelta(days=R.randint(5, 200))
    gr = max(0, min(8, 2024 - c["dob"].year - 6))
    ln(P(c["student"], "other_id"), "|", P(c["last"].upper(), "name"), "|", P(c["first"].upper(), "name"), "|",
       P(c["dob"].strftime("%m/%d/%Y"), "date"), "|%03d|%s|%s|%s|" % (110 + si * 7, c["school"][0].upper(),
                                                                       "K" if gr == 0 else "%02d" % gr, c["school"][1]),
       P(iep.strftime("%m/%d/%Y"), "date"), "|%s|%s|%s" % (R.choice(["MWF", "TTH", "MTWTHF", "MW"]), R.choice(["0815", "0900", "1230"]),
                                                           R.choice(["1130", "1215", "1500"])))
    return [ln]


def g_incident(t, k=None):
    ln = Line("incident")
    c = cl()
    g = gd(c)
    r = rbt()
    b = bcba()
    inc_t = t.astimezone(MDT) - timedelta(minutes=R.randint(15, 90))
    ir = "IR-2024-%05d" % R.randint(100, 999)
    nm = c["first"]
    k = R.random() if k is None else k
    if k >= 0.82:
        c = R.choice([x for x in CLIENTS if any(gg["age"] for gg in x["guardians"])])
    ln("IR|", P(ir, "other_id"), "|occurred=", P(inc_t.strftime("%Y-%m-%d %H:%M"), "date"),
       "|site=%s|client=" % c["site"], P("HL-%d" % c["cid"], "mrn"), "|sev=%d|type=" % R.randint(1, 3))
    if k < 0.3:
        ln("elopement|narrative=Client (", P(initials(c), "name"), ") eloped from therapy room toward parking lot during transition; RBT ",
           r[1], " followed within arm's reach and blocked. ", g["rel"], " ",
           P("%s %s" % (g["first"], g["last"]), "name"), " notified by phone at ", P(phone_fmt(g["phone"], 0), "phone"),
           ". No injury. BCBA ", b[1], " to update BIP.")
    elif k < 0.55:
        ln("injury|narrative=", P(nm, "name"), " bit own hand during demand; small abrasion, first aid applied by ", r[1],
           ". Parent emailed at ", P(g["email"], "email"), ". Photo attached.|attachment=data:image/jpeg;base64,",
           P("/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAA" + b64(R.choice([90, 120, 150])), "photo"))
    elif k < 0.82:
        v = g["vin"]
        ln("property|narrative=Parent vehicle backed into staff car in clinic lot at drop-off. Parent ",
           P("%s %s" % (g["first"], g["last"]), "name"), " plate ", P(g["plate"], "vehicle"), " VIN ", P(v, "vehicle"),
           "; insurance info exchanged. Staff: ", r[1], ".")
    else:
        c2 = c
        gg = [x for x in c2["guardians"] if x["age"]][0]
        ln("medical|narrative=During home session ", P(c2["first"], "name"), "'s caregiver, ",
           gg["rel"].lower(), " ", P("%s %s" % (gg["first"], gg["last"]), "name"), " (age ", P(gg["age"], "age"),
           "), felt dizzy; RBT ", r[1], " called 911 per policy and stayed with client until ",
           P([x for x in c2["guardians"] if not x["age"]][0]["first"], "name"), " arrived. Address given to dispatch: ", P(c2["street"], "address"), ", ",
           P(c2["city"], "address"), " CO ", P(c2["zip"], "zip"), ".")
    ln("|reported_by=%s|reviewed_by=%s" % (r[0], b[0]))
    return [ln]


def g_tele(t):
    ln = Line("telehealth")
    b = bcba()
    r = rbt()
    c = cl()
    g = gd(c)
    mid = digits(11)
    ets = int(t.timestamp() * 1000)
    k = R.random()
    if k < 0.35:
        obj = {"event": "meeting.participant_joined", "event_ts": ets,
               "payload": {"account_id": "hLa8wq2TQ-Kx0v1bP3c9Rg",
                           "object": {"id": mid, "uuid": b64(16), "host_id": hexs(22),
                                      "topic": M("97156 Parent Training - ", P(initials(c), "name")),
                                      "participant": {"user_id": str(R.randint(16778240, 16800000)),
                                                      "user_name": P("%s %s" % (g["first"], g["last"]), "name"),
                                                      "ip_address": P(g["ip"], "ip"),
                                                      "email": P(g["email"], "email") if R.random() < 0.5 else "",
                                                      "join_time": iso_z(t, ms=False),
                                                      "participant_uuid": uid().upper()}}}}
    elif k < 0.6:
        obj = {"event": "meeting.started", "event_ts": ets,
               "payload": {"account_id": "hLa8wq2TQ-Kx0v1bP3c9Rg",
                           "object": {"id": mid, "uuid": b64(16), "host_id": hexs(22),
                                      "topic": M("Supervision 97155 - RBT ", r[1], " / ", P("HL-%d" % c["cid"], "mrn")),
                                      "type": 2, "start_time": iso_z(t, False), "timezone": "America/Denver",
                                      "join_url": "https://harborlight.zoom.us/j/%s" % mid}}}
    elif k < 0.82:
        obj = {"event": "meeting.ended", "event_ts": ets,
               "payload": {"account_id": "hLa8wq2TQ-Kx0v1bP3c9Rg",
                           "object": {"id": mid, "uuid": b64(16), "host_id": hexs(22),
                                      "topic": "BCBA group supervision - %s" % R.choice(["North", "South", "COS"]),
                                      "duration": R.randint(30, 90), "participant_count": R.randint(3, 9)}}}
    else:
        obj = {"event": "recording.completed", "event_ts": ets,
               "payload": {"account_id": "hLa8wq2TQ-Kx0v1bP3c9Rg",
                           "object": {"id": mid, "host_email": "%s@harborlightaba.com" % b[2],
                                      "recording_files": [{"file_type": "MP4", "file_size": R.randint(10 ** 7, 9 * 10 ** 8),
                                                           "recording_type": "shared_screen_with_speaker_view",
                                                           "status": "completed"}]}}}
    J(ln, obj)
    return [ln]


def g_java(t):
    out = []
    lt = t.astimezone(MDT)
    stamp = lt.strftime("%Y-%m-%d %H:%M:%S") + ".%03d" % R.randint(0, 999)
    th = "claims-worker-%d" % R.randint(1, 6)
    c = cl()
    k = R.random()

    def L(*parts):
        ln = Line("java_trace")
        ln(*parts)
        out.append(ln)

    if k < 0.5:
        dos = svc_day(14, -1)
        L("%s ERROR [%s] c.h.billing.ClaimAssembler - Failed to build 837P for batch %d" % (stamp, th, R.randint(7000, 7999)))
        L("com.harborlight.billing.ValidationException: Subscriber id '", P(c["member"], "health_plan"),
          "' failed payer format check (payer=%s, patient=" % c["payer"][0], P("HL-%d" % c["cid"], "mrn"),
          ", acct=", P(c["acct"], "account"), ", dos=", P(dos.isoformat(), "date"), ")")
        L("\tat com.harborlight.billing.rules.PayerFormatRule.apply(PayerFormatRule.java:88)")
        L("\tat com.harborlight.billing.ClaimAssembler.validate(ClaimAssembler.java:214)")
        L("\tat com.harborlight.billing.ClaimAssembler.assemble(ClaimAssembler.java:131)")
        L("\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)")
        L("\t... 3 common frames omitted")
    elif k < 0.75:
        L("%s WARN  [%s] c.h.billing.EraPoster - 835 CLP unmatched, parking remit" % (stamp, th))
        L("com.harborlight.billing.era.UnmatchedClaimException: No claim for CLP01=", P(c["acct"], "account"),
          " patient ", P("%s, %s" % (c["last"].upper(), c["first"].upper()), "name"), " paid=%.2f" % R.uniform(40, 900))
        L("\tat com.harborlight.billing.era.EraPoster.match(EraPoster.java:302)")
        L("\tat com.harborlight.billing.era.EraPoster.post(EraPoster.java:97)")
    else:
        L("%s ERROR [%s] o.h.engine.jdbc.spi.SqlExceptionHelper - Connection is not available, request timed out after 30000ms." % (stamp, th))
        L("org.springframework.dao.DataAccessResourceFailureException: Unable to acquire JDBC Connection; nested exception is org.hibernate.exception.JDBCConnectionException")
        L("\tat org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:275)")
        L("\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181)")
        L("Caused by: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms (total=20, active=20, idle=0, waiting=7)")
    return out


def g_pg(t, k=None, cc=None):
    ln = Line("pg_log")
    lt = t.astimezone(MDT)
    pre = "%s MDT [%d] app=%s user=%s db=hlprod " % (lt.strftime("%Y-%m-%d %H:%M:%S") + ".%03d" % R.randint(0, 999),
                                                    R.randint(20000, 39999), R.choice(["authtracker", "billing", "intake"]),
                                                    R.choice(["svc_auth", "svc_billing", "svc_intake"]))
    k = R.random() if k is None else k
    c = cl() if cc is None else cc
    if k < 0.3:
        ln(pre, "LOG:  duration: %.3f ms  statement: SELECT c.client_id, c.dob, a.auth_no FROM clients c JOIN auths a USING (client_id) WHERE c.last_name = '" % R.uniform(900, 4000))
        ln(P(c["last"], "name"), enc="sql")
        ln("' AND c.dob = '", P(c["dob"].isoformat(), "date"), "'")
    elif k < 0.45:
        g = gd(c)
        pan = card("4", 16, valid=R.random() < 0.75)
        ln(pre, "ERROR:  value too long for type character varying(4) at character 61")
        ln2 = Line("pg_log")
        ln2(pre, "STATEMENT:  INSERT INTO copay_payments (client_id, card_last4, amount) VALUES (", P(c["cid"], "mrn"), ", '",
            P(pan, "account"), "', 35.00)")
        return [ln, ln2]
    elif k < 0.55:
        g = gd(c)
        ln(pre, "LOG:  duration: %.3f ms  execute <unnamed>: UPDATE guardians SET phone = $1, email = $2 WHERE client_id = $3" % R.uniform(500, 1500))
        ln2 = Line("pg_log")
        ln2(pre, "DETAIL:  parameters: $1 = '", P(phone_fmt(g["phone"], 3), "phone"), "', $2 = '", P(g["email"], "email"),
            "', $3 = '", P(c["cid"], "mrn"), "'")
        return [ln, ln2]
    elif k < 0.75:
        ln("%s MDT [%d] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=%.3f s, total=%.3f s"
           % (lt.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3], R.randint(100, 999), R.randint(100, 9000), R.uniform(0.1, 5), R.randint(0, 4),
              R.uniform(1, 30), R.uniform(0, 1), R.uniform(1, 31)))
    else:
        ln("%s MDT [%d] LOG:  automatic vacuum of table \"hlprod.public.%s\": index scans: 1 pages: 0 removed, %d remain; tuples: %d removed, %d remain"
           % (lt.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3], R.randint(100, 999), R.choice(["session_trials", "evv_calls", "auth_units", "audit_log"]),
              R.randint(1000, 90000), R.randint(0, 9000), R.randint(10000, 900000)))
    return [ln]


def g_sms(t):
    ln = Line("sms")
    c = cl()
    g = gd(c)
    r = rbt()
    sid = "SM" + hexs(32)
    org = "+17205550148"
    k = R.random()
    d = TODAY + timedelta(days=R.randint(1, 3))
    pre = "%s sms-gw[%d]: " % (iso_z(t), R.randint(700, 799))
    if k < 0.35:
        ln(pre)
        LF(ln, [("sid", sid), ("dir", "outbound-api"), ("to", P(phone_fmt(g["phone"], 2), "phone")), ("from", org),
                ("status", "queued"),
                ("body", M("Hi ", P(g["first"], "name"), "! Reminder: ", P(c["first"], "name"), " has ABA ",
                           R.choice(["at home", "at the clinic", "at school"]), " on ", P("%d/%d" % (d.month, d.day), "date"),
                           " at %s with %s. Reply C to confirm or R to reschedule." % (R.choice(["8:30am", "3:30pm", "1pm"]), r[1].split()[0])))])
    elif k < 0.55:
        body = R.choice([M("Can we move ", P(c["first"], "name"), "'s Thursday session to 4? %s has OT at 3" % ("He" if c["sex"] == "M" else "She")),
                         M("C"), M("we are running 10 min late sorry"),
                         M("Hi this is ", P(g["first"], "name"), ", ", P(c["first"], "name"), " is sick today, please cancel")])
        ln(pre)
        LF(ln, [("sid", sid), ("dir", "inbound"), ("from", P(phone_fmt(g["phone"], 2), "phone")), ("to", org),
                ("status", "received"), ("body", body)])
    elif k < 0.75:
        ln(pre)
        stt = R.choice(["delivered", "delivered", "undelivered"])
        LF(ln, [("sid", sid), ("dir", "outbound-api"), ("to", P(phone_fmt(g["phone"], 2), "phone")), ("status", stt),
                ("err", R.choice(["30003", "30006"]) if stt == "undelivered" else ""), ("price", "-0.00790"), ("segments", "1")])
    else:
        ln(pre)
        LF(ln, [("stats", "1m"), ("sent", R.randint(0, 80)), ("delivered", R.randint(0, 80)), ("failed", R.randint(0, 3)),
                ("optout_sync", R.randint(0, 2)), ("queue_depth", R.randint(0, 12))])
    return [ln]


def g_mdm(t):
    ln = Line("mdm_syslog")
    i = R.randrange(len(RBTS))
    lt = t.astimezone(MDT).strftime("%b %d %H:%M:%S")
    k = R.random()
    if k < 0.5:
        ln("%s hl-mdm-01 intune-connector[1201]: device_compliance serial=%s model=SM-X200 upn=%s@harborlightaba.com os=14 patch=2024-02-01 compliant=%s encryption=on"
           % (lt, TABLETS[i], RBTS[i][2], R.choice(["true", "true", "false"])))
    elif k < 0.8:
        ln("%s hl-mdm-01 intune-connector[1201]: app_deploy app=com.harborlight.skilltrack version=4.12.3 target=group:RBT-Tablets installed=%d pending=%d failed=%d"
           % (lt, R.randint(100, 180), R.randint(0, 20), R.randint(0, 3)))
    else:
        ln("%s hl-mdm-01 intune-connector[1201]: lost_mode enabled serial=%s requested_by=it-helpdesk ticket=INC%07d"
           % (lt, TABLETS[i], R.randint(10000, 99999)))
    return [ln]


def g_okta(t):
    ln = Line("okta_json")
    who = R.choice(RBTS + [b[:3] for b in BCBAS])
    ip = R.choice(["198.51.%d.%d" % (R.randint(0, 255), R.randint(1, 254)), "65.151.%d.%d" % (R.randint(0, 255), R.randint(1, 254))])
    obj = {"uuid": uid(), "published": iso_z(t), "eventType": R.choice(["user.session.start", "user.authentication.auth_via_mfa",
                                                                          "user.session.end", "policy.evaluate_sign_on"]),
           "severity": "INFO", "actor": {"id": "00u" + hexs(17), "type": "User", "alternateId": "%s@harborlightaba.com" % who[2],
                                         "displayName": who[1]},
           "client": {"ipAddress": ip, "userAgent": {"os": R.choice(["Windows 10", "iOS", "Android"]), "browser": "CHROME"},
                      "geographicalContext": {"city": R.choice(["Aurora", "Denver", "Colorado Springs"]), "state": "Colorado", "country": "United States"}},
           "outcome": {"result": R.choice(["SUCCESS", "SUCCESS", "SUCCESS", "FAILURE"])},
           "transaction": {"id": b64(12).replace("/", "x").replace("+", "y")}}
    J(ln, obj)
    return [ln]


def g_hl7(t):
    out = []
    c = cl()
    g = c["guardians"][0]
    lt = t.astimezone(MDT)
    cid = "Q%dT%d" % (R.randint(1000000, 9999999), R.randint(1000, 9999))
    mrn = str(R.randint(1000000, 9999999))

    def S(*parts):
        ln = Line("hl7_ref")
        ln(*parts)
        out.append(ln)

    eff = TODAY - timedelta(days=R.randint(1, 10))
    S("MSH|^~\\&|EPIC|CHCODEVPEDS|HLA_INTAKE|HARBORLIGHT|%s||REF^I12^REF_I12|%s|P|2.5.1" % (lt.strftime("%Y%m%d%H%M%S"), cid))
    S("RF1|A^Accepted^HL70283|R^Routine^HL70280|SO^Specialty Outpatient^HL70281|ABA^Applied Behavior Analysis Evaluation^L|",
      P("REF-24-%07d" % R.randint(1000000, 9999999), "other_id"), "||", P(d8(eff), "date"), "|", P(d8(eff + timedelta(days=180)), "date"),
      "||AUT^Autism spectrum disorder, ADOS-2 confirmed")
    S("PRD|RP|Kimura^Ellen^R^^MD|13123 E 16th Ave^^Aurora^CO^80045||||%s^NPI" % npi())
    S("PRD|RT|Harborlight Autism Services LLC|15400 E Hampden Ave Ste 210^^Aurora^CO^80013||(720)555-0140^WPN^PH")
    S("PID|1||", P(mrn, "mrn"), "^^^CHCO^MR||", P("%s^%s^%s" % (c["last"].upper(), c["first"].upper(), c["mid"].upper()), "name", ),
      "||", P(d8(c["dob"]), "date"), "|%s|||" % c["sex"], P(c["street"].upper(), "address", ), "^^", P(c["city"].upper(), "address"),
      "^CO^", P(c["zip"], "zip"), "^USA^H^^", P(c["county"].upper(), "address"), "||", P(phone_fmt(g["phone"], 0).replace(" ", ""), "phone"),
      "^PRN^PH|||||||||||N")
    S("NK1|1|", P("%s^%s" % (g["last"].upper(), g["first"].upper()), "name"), "|MTH^Mother^HL70063||",
      P(phone_fmt(g["phone"], 0).replace(" ", ""), "phone"), "^PRN^PH~^NET^Internet^", P(g["email"], "email"))
    S("DG1|1||F84.0^Autistic disorder^I10|||F")
    S("IN1|1|%s^%s^L|%s|%s|||||||||||" % (c["payer"][0], "Medicaid" if c["payer"][0] == "HFC" else "Commercial",
                                           c["payer"][2], c["payer"][1]),
      P("%s^%s" % (g["last"].upper(), g["first"].upper()), "name"), "|03^Child^HL70063||||||||||||||||||",
      P(c["member"], "health_plan"))
    S("NTE|1||Parent reports elopement and limited vocal speech; prefers afternoon sessions after school")
    ln = Line("hl7_ref")
    ln("%s INFO  [REF_IN] com.mirth.connect.donkey.server.channel.Channel: message %s processed in %dms, destinations=2 (intake-db, fax-archive)"
       % ((t + timedelta(milliseconds=400)).astimezone(MDT).strftime("%Y-%m-%d %H:%M:%S,%f")[:-3], cid, R.randint(40, 400)))
    out.append(ln)
    return out


def g_fhir(t, k=None, cc=None):
    ln = Line("fhir")
    c = cl() if cc is None else cc
    g = c["guardians"][0]
    k = R.random() if k is None else k
    if k < 0.45:
        obj = {"resourceType": "Coverage", "id": "cov-" + hexs(10), "meta": {"lastUpdated": iso_z(t)},
               "status": "active", "subscriberId": P(c["member"], "health_plan"),
               "subscriber": {"display": P("%s %s" % (g["first"], g["last"]), "name")},
               "beneficiary": {"reference": M("Patient/", P("HL-%d" % c["cid"], "mrn")),
                               "display": P("%s %s" % (c["first"], c["last"]), "name")},
               "relationship": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/subscriber-relationship", "code": "child"}]},
               "period": {"start": P("2024-01-01", "date"), "end": P("2024-12-31", "date")},
               "payor": [{"display": c["payer"][1]}],
               "class": [{"type": {"coding": [{"code": "group"}]}, "value": "GRP%05d" % R.randint(1000, 99999)}]}
    elif k < 0.75:
        ids = [{"system": "https://harborlightaba.com/fhir/sid/client", "value": P("HL-%d" % c["cid"], "mrn")}]
        if c["mbi"]:
            ids.append({"system": "http://hl7.org/fhir/sid/us-mbi", "value": P(c["mbi"], "health_plan")})
        else:
            ids.append({"system": "http://hl7.org/fhir/sid/us-ssn", "value": P(ssn(), "ssn")})
        obj = {"resourceType": "Patient", "id": hexs(16), "identifier": ids,
               "name": [{"family": P(c["last"], "name"), "given": [P(c["first"], "name")]}],
               "birthDate": P(c["dob"].isoformat(), "date"), "gender": "male" if c["sex"] == "M" else "female",
               "address": [{"line": [P(c["street"], "address")], "city": P(c["city"], "address"), "state": "CO",
                            "postalCode": P(c["zip"], "zip")}],
               "contact": [{"relationship": [{"text": g["rel"]}], "name": {"text": P("%s %s" % (g["first"], g["last"]), "name")},
                            "telecom": [{"system": "phone", "value": P(phone_fmt(g["phone"], 1), "phone")}]}]}
    else:
        obj = {"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "not-found",
                                                              "diagnostics": "Coverage lookup failed: payer endpoint returned 503 (trace %s)" % hexs(32)}]}
    J(ln, obj, enc="jsona", sep=(", ", ": "))
    return [ln]


def g_payroll(t, header=False):
    ln = Line("payroll_fw")
    if header:
        ln("HDRADP-PAYEXP  V3 HARBORLIGHT AUTISM SVCS   20240303202403162024031106%s" % digits(6))
        return [ln]
    r = rbt()
    last, first = r[1].split()[1].upper(), r[1].split()[0].upper()
    if R.random() < 0.55:
        c = cl()
        wd = svc_day(8, -1)
        ln("D02%-8s%-16s%-12s" % (r[0], last, first), P(d8(wd), "date"), "%-5s%07.2f" % ("97153", R.choice([2, 2.5, 3, 3.5, 4])),
           P("HL%d" % c["cid"], "mrn"), "  %-4sREG" % c["site"])
    else:
        ln("D01%-8s%-16s%-12s%-8s%-5s%07.2f%-10s%-4s%s" % (r[0], last, first, "20240316", R.choice(["DRIVE", "TRAIN", "ADMIN", "PTO"]),
                                                          R.choice([1, 1.5, 2, 4, 8]), "", R.choice(list(SITES)), "REG"))
    return [ln]


def g_fax(t, k=None):
    ln = Line("fax_log")
    lt = t.astimezone(MDT).strftime("%Y-%m-%d %H:%M:%S")
    c = cl()
    g = gd(c)
    k = R.random() if k is None else k
    job = "FX-%d" % R.randint(220000, 229999)
    if k < 0.35:
        ln("%s FAXSRV INBOUND job=%s from=+13037244100 csid=\"CHCO DEV PEDS\" to_did=7205550175 pages=%d route=INTAKE ocr_subject=\"Referral: " % (lt, job, R.randint(3, 14)),
           P("%s, %s" % (c["last"].upper(), c["first"].upper()), "name"), " DOB ", P(c["dob"].strftime("%m/%d/%Y"), "date"), "\" status=OK")
    elif k < 0.55:
        ln("%s FAXSRV OUTBOUND job=%s to=" % (lt, job), P(phone_fmt(g["phone"], 3), "fax"), " recipient=\"",
           P("%s %s" % (g["first"], g["last"]), "name"), "\" doc=\"Treatment plan ", P(initials(c), "name"),
           "\" pages=%d status=%s attempts=%d" % (R.randint(8, 30), R.choice(["OK", "BUSY", "NO_ANSWER"]), R.randint(1, 3)))
    elif k < 0.8:
        ln("%s FAXSRV OUTBOUND job=%s to=+1%s recipient=\"%s Utilization Mgmt\" doc=\"Auth request " % (lt, job, R.choice(["8002742014", "8662237852", "8773017145"]), c["payer"][1]),
           P(c["auth"], "other_id"), "\" pages=%d status=OK" % R.randint(6, 40))
    else:
        ln("%s FAXSRV MODEM line=%d state=%s snr_db=%.1f ecm=on speed=14400" % (lt, R.randint(1, 4), R.choice(["IDLE", "TRAINING", "IDLE"]), R.uniform(28, 40)))
    return [ln]


# ------------------------------------------------------------- driver -----
GENS = [(g_tablet, 16), (g_evv, 10), (g_evv_xml, 4), (g_access, 14), (g_portal, 9), (g_units, 5),
        (g_sched, 9), (g_sis, 3), (g_incident, 3), (g_tele, 6), (g_java, 2.4), (g_pg, 6), (g_sms, 7),
        (g_mdm, 10), (g_okta, 12), (g_fhir, 3), (g_payroll, 4), (g_fax, 4)]
SPECIAL = {40: g_x12, 95: lambda t: g_incident(t, 0.95), 150: g_hl7, 190: lambda t: g_fax(t, 0.4),
           230: g_x12_resp, 265: lambda t: g_portal(t, 0.45), 300: g_hl7, 340: lambda t: g_fax(t, 0.5),
           380: g_x12_resp, 120: lambda t: g_pg(t, 0.1, CLIENTS[32]), 355: lambda t: g_tablet(t, 0.6, CLIENTS[32]), 410: lambda t: g_fhir(t, 0.6), 60: lambda t: g_fhir(t, 0.6, CLIENTS[3]),
           200: lambda t: g_fhir(t, 0.6, CLIENTS[5]), 440: lambda t: g_incident(t, 0.5), 470: lambda t: g_incident(t, 0.4)}


def main():
    lines = []
    t = BASE + timedelta(seconds=R.randint(1, 40))
    hdr = {g_units: False, g_sis: False, g_payroll: False}
    tot_w = sum(w for _, w in GENS)
    specials = sorted(SPECIAL)
    while len(lines) < N_LINES:
        t += timedelta(seconds=R.randint(3, 170), microseconds=R.randint(0, 999999))
        if specials and len(lines) >= specials[0]:
            fn = SPECIAL[specials.pop(0)]
            recs = fn(t)
        else:
            x = R.uniform(0, tot_w)
            for fn, w in GENS:
                x -= w
                if x <= 0:
                    break
            if fn in hdr and not hdr[fn]:
                hdr[fn] = True
                recs = fn(t, header=True) + fn(t)
            else:
                recs = fn(t)
        if len(lines) + len(recs) > N_LINES:
            continue
        if fn not in SPECIAL.values() and any(r.sp for r in recs) and lines:
            share = sum(1 for x in lines if not x.sp) / len(lines)
            if share < 0.555 and R.random() < 0.4:
                continue
        lines.extend(recs)

    # ---- check and write ----
    with open("pj.log", "wb") as fl, open("pj.labels.jsonl", "w", encoding="utf-8", newline="\n") as fj:
        for n, ln in enumerate(lines, 1):
            b = bytes(ln.b)
            if not b or b"\n" in b or b"\r" in b:
                sys.exit("line %d empty or has a line break" % n)
            b.decode("utf-8")
            prev = 0
            spans = []
            for (s, e, cat, val, rend, enc) in sorted(ln.sp):
                if not (0 <= s < e <= len(b)):
                    sys.exit("line %d: bad span %d-%d" % (n, s, e))
                if s < prev:
                    sys.exit("line %d: overlapping spans" % n)
                prev = e
                if b[s:e] != rend.encode("utf-8") or ENC[enc][1](b[s:e].decode("utf-8")) != val:
                    sys.exit("line %d: span %d-%d does not decode to %r" % (n, s, e, val))
                if cat is None:
                    sys.exit("line %d: span without category" % n)
                spans.append({"s": s, "e": e, "cat": cat})
            fl.write(b + b"\n")
            fj.write(json.dumps({"line": n, "family": ln.fam, "spans": spans}) + "\n")
    nophi = sum(1 for ln in lines if not ln.sp)
    print("lines=%d no_phi=%d (%.1f%%)" % (len(lines), nophi, 100.0 * nophi / len(lines)), file=sys.stderr)


if __name__ == "__main__":
    main()
