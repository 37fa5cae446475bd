#!/usr/bin/env python3
"""Deterministic generator for the 'fy' PHI test corpus.

Theme: identity & directory services of a health system (Kestrel Valley Health)
where patients and their proxies hold portal accounts next to employees.
Writes fy.log and fy.labels.jsonl next to this file.  Standard library only.
"""
import base64
import datetime
import json
import os
import random
from urllib.parse import quote

random.seed(1814)
ID = "fy"
HERE = os.path.dirname(os.path.abspath(__file__))
CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip", "biometric",
        "photo", "other_id"}


# ----------------------------------------------------------------------------
# line building
# ----------------------------------------------------------------------------
class Line:
    __slots__ = ("fam", "parts")

    def __init__(self, fam):
        self.fam = fam
        self.parts = []

    def t(self, s):
        if s:
            self.parts.append((s, None))
        return self

    def p(self, s, cat):
        assert s and cat in CATS, (s, cat)
        self.parts.append((s, cat))
        return self

    def x(self, parts):
        for s, c in parts:
            if c:
                self.p(s, c)
            else:
                self.t(s)
        return self

    def phi(self):
        return any(c for _, c in self.parts)


def T(s):
    return [(s, None)]


def mk(fam, *items):
    """items: str (plain) or list of parts"""
    l = Line(fam)
    for it in items:
        if isinstance(it, str):
            l.t(it)
        else:
            l.x(it)
    return l


class Ph:
    """a PHI scalar inside a JSON structure"""
    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class Str:
    """a JSON string value whose content is given as parts (may hold PHI)"""
    def __init__(self, parts):
        self.parts = parts


def jesc(parts, ea=False):
    return [(json.dumps(s, ensure_ascii=ea)[1:-1], c) for s, c in parts]


def jparts(o, ea=False, sep=(",", ":")):
    out = []

    def rec(x):
        if isinstance(x, Ph):
            if isinstance(x.v, str):
                out.append(('"', None))
                out.append((json.dumps(x.v, ensure_ascii=ea)[1:-1], x.cat))
                out.append(('"', None))
            else:
                out.append((json.dumps(x.v), x.cat))
        elif isinstance(x, Str):
            out.append(('"', None))
            out.extend(jesc(x.parts, ea))
            out.append(('"', None))
        elif isinstance(x, dict):
            out.append(("{", None))
            for i, (k, v) in enumerate(x.items()):
                if i:
                    out.append((sep[0], None))
                out.append((json.dumps(k, ensure_ascii=ea) + sep[1], None))
                rec(v)
            out.append(("}", None))
        elif isinstance(x, (list, tuple)):
            out.append(("[", None))
            for i, v in enumerate(x):
                if i:
                    out.append((sep[0], None))
                rec(v)
            out.append(("]", None))
        else:
            out.append((json.dumps(x, ensure_ascii=ea), None))
    rec(o)
    return [(s, c) for s, c in out if s]


def flat(parts):
    return "".join(s for s, _ in parts)


def urlq(parts, safe=""):
    return [(quote(s, safe=safe), c) for s, c in parts]


# ----------------------------------------------------------------------------
# LDIF helpers
# ----------------------------------------------------------------------------
def needs_b64(v):
    return (any(ord(ch) > 126 or ord(ch) < 32 for ch in v) or v[:1] in (" ", ":", "<")
            or v.endswith(" "))


def la(attr, val, cat=None):
    parts = [(val, cat)] if isinstance(val, str) else list(val)
    raw = flat(parts)
    if needs_b64(raw):
        cats = {c for _, c in parts if c}
        assert len(cats) <= 1
        c = cats.pop() if cats else None
        return [(attr + ":: ", None), (base64.b64encode(raw.encode("utf-8")).decode(), c)]
    return [(attr + ": ", None)] + parts


def ldif_fold(parts, width=76):
    chars = []
    for i, (s, c) in enumerate(parts):
        assert all(ord(ch) < 128 for ch in s), s
        for ch in s:
            chars.append((ch, i if c else -1))
    out = []
    pos = 0
    first = True
    while first or pos < len(chars):
        n = width if first else width - 1
        chunk = chars[pos:pos + n]
        pos += n
        segs = [] if first else [(" ", None)]
        first = False
        cur, buf = None, ""
        for ch, idx in chunk:
            if idx != cur and buf:
                segs.append((buf, parts[cur][1] if cur >= 0 else None))
                buf = ""
            cur = idx
            buf += ch
        if buf:
            segs.append((buf, parts[cur][1] if cur >= 0 else None))
        out.append(segs)
    return out


# ----------------------------------------------------------------------------
# clock & ids
# ----------------------------------------------------------------------------
CLOCK = [datetime.datetime(2024, 3, 14, 5, 58, 7, 120331)]


def tick(lo=2, hi=40):
    CLOCK[0] += datetime.timedelta(seconds=random.randint(lo, hi), microseconds=random.randint(0, 999999))
    return CLOCK[0]


def step(lo=1, hi=350):
    CLOCK[0] += datetime.timedelta(milliseconds=random.randint(lo, hi), microseconds=random.randint(0, 999))
    return CLOCK[0]


def f_sys(d):
    return "%s %2d %s" % (d.strftime("%b"), d.day, d.strftime("%H:%M:%S"))


def f_iso(d, z="Z"):
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d" % (d.microsecond // 1000) + z


def f_iso7(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d%dZ" % (d.microsecond, d.microsecond % 10)


def f_kc(d):
    return d.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (d.microsecond // 1000)


def f_spring(d):
    return d.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (d.microsecond // 1000)


def f_ctime(d):
    return d.strftime("%a %b ") + "%2d" % d.day + d.strftime(" %H:%M:%S %Y")


def f_clf(d):
    return d.strftime("%d/%b/%Y:%H:%M:%S +0000")


def f_gt(d):
    return d.strftime("%Y%m%d%H%M%SZ")


def epoch(d):
    return int((d - datetime.datetime(1970, 1, 1)).total_seconds())


def uuid4():
    h = "%032x" % random.getrandbits(128)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], "89ab"[int(h[16], 16) % 4], h[17:20], h[20:32])


def hexs(n):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))


def alnum(n, chars="ABCDEFGHJKLMNPQRSTUVWXYZ23456789"):
    return "".join(random.choice(chars) for _ in range(n))


def digits(n):
    return "".join(random.choice("0123456789") for _ in range(n))


def jpeg_b64(n):
    b = (bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")
         + bytes(random.getrandbits(8) for _ in range(n)) + b"\xff\xd9")
    return base64.b64encode(b).decode()


# ----------------------------------------------------------------------------
# people
# ----------------------------------------------------------------------------
BASE_DN = "dc=kvhealth,dc=org"
PUB_OCTETS = [73, 24, 98, 99, 174, 107, 71, 76, 68, 69, 50, 75, 66, 104, 108, 184]


def pub_ip():
    return "%d.%d.%d.%d" % (random.choice(PUB_OCTETS), random.randint(1, 254), random.randint(0, 255),
                            random.randint(1, 254))


def pub_ip6():
    return "2600:%x:%x:%x:%x:%x:%x:%x" % (random.choice([0x1700, 0x1702, 0x6c50, 0x387]),
                                          *[random.randint(1, 0xffff) for _ in range(6)])


USED_PHONES = {("937", "555", "0100"), ("937", "555", "0199")}  # switchboard / HIM fax


def mk_phone(area="937"):
    for _ in range(400):
        ph = (area, "555", "01%02d" % random.randint(0, 99))
        if ph not in USED_PHONES:
            USED_PHONES.add(ph)
            return ph
    return mk_phone({"937": "513", "513": "614", "614": "937"}[area])


def fmt_phone(ph, style):
    a, b, c = ph
    return {"e164": "+1%s%s%s" % (a, b, c), "nanp": "(%s) %s-%s" % (a, b, c),
            "dash": "%s-%s-%s" % (a, b, c), "dot": "%s.%s.%s" % (a, b, c),
            "intl": "+1 %s %s %s" % (a, b, c), "raw": "%s%s%s" % (a, b, c),
            "entra": "+1 %s%s%s" % (a, b, c)}[style]


def mk_ssn():
    area = random.choice([random.randint(101, 665), random.randint(667, 899)])
    return "%03d-%02d-%04d" % (area, random.randint(1, 99), random.randint(1, 9999))


def mk_mbi():
    A = "ACDEFGHJKMNPQRTUVWXY"
    N = "0123456789"
    AN = A + N
    return (random.choice("123456789") + random.choice(A) + random.choice(AN) + random.choice(N)
            + random.choice(A) + random.choice(AN) + random.choice(N) + random.choice(A)
            + random.choice(A) + random.choice(N) + random.choice(N))


def mk_mac(randomized=True):
    b = [random.randint(0, 255) for _ in range(6)]
    if randomized:
        b[0] = (b[0] & 0xfc) | 0x02
    else:
        b[0] = b[0] & 0xfc
    return b


def fmt_mac(b, style):
    if style == "dash":
        return "-".join("%02x" % x for x in b)
    if style == "DASH":
        return "-".join("%02X" % x for x in b)
    if style == "colon":
        return ":".join("%02x" % x for x in b)
    return "".join("%02x" % x for x in b)


class Person:
    pass


PAT_RAW = [
    # first, last, user, email, dob, street, city, county, zip, area, plan, lang
    ("Anna", "Kowalski", "akowalski77", "anna.kowalski77@gmail.com", "1958-07-03", "412 Larkspur Ln", "Dayton",
     "Montgomery County", "45420", "937", "commercial", "pl"),
    ("Thủy", "Nguyễn", "thuy.nguyen", "thuynguyen.88@yahoo.com", "1988-11-21", "6120 Brandt Pike",
     "Huber Heights", "Montgomery County", "45424", "937", "medicaid", "vi"),
    ("Oluwaseun", "Adeyemi", "seun.adeyemi", "oadeyemi.home@outlook.com", "1979-02-14", "2875 Shakertown Rd",
     "Beavercreek", "Greene County", "45434", "937", "commercial", "en"),
    ("Mateo", "Hernández", "mhernandez_r", "mateo.hdz.ruiz@gmail.com", "1991-05-30", "1450 Kauffman Ave",
     "Fairborn", "Greene County", "45324", "937", "commercial", "es"),
    ("Siobhán", "O'Malley", "somalley", "siobhan.omalley@icloud.com", "1984-09-08", "3309 Far Hills Ave",
     "Kettering", "Montgomery County", "45429", "937", "commercial", "en"),
    ("Rajesh", "Venkataraman", "rvenkat", "rajesh.venkataraman@gmail.com", "1956-12-02", "9180 Clyo Rd",
     "Centerville", "Montgomery County", "45458", "937", "medicare", "ta"),
    ("Ingrid", "Halvorsen", "ihalvorsen", "ingrid.h1949@aol.com", "1949-04-17", "54 W Second St", "Xenia",
     "Greene County", "45385", "937", "medicare", "en"),
    ("Yusuf", "Demir", "ydemir", "yusuf.demir@protonmail.com", "1972-08-25", "1611 N Limestone St",
     "Springfield", "Clark County", "45503", "937", "commercial", "tr"),
    ("Keiko", "Tanaka", "ktanaka52", "keiko.tanaka52@gmail.com", "1952-01-19", "27 Lookout Dr", "Miamisburg",
     "Montgomery County", "45342", "937", "medicare", "ja"),
    ("Eleanor", "Whitcombe", "ewhitcombe", "ewhitcombe1930@att.net", "1930-02-11", "218 S Plum St", "Troy",
     "Miami County", "45373", "937", "medicare", "en"),
    ("Fatima", "Al-Sayed", "fatima.alsayed", "fatima.alsayed@hotmail.com", "1995-10-03", "1902 Salem Ave",
     "Dayton", "Montgomery County", "45406", "937", "medicaid", "ar"),
    ("Björn", "Lindqvist", "blindqvist", "bjorn.lindqvist@gmail.com", "1961-06-22", "233 Forrer Blvd",
     "Oakwood", "Montgomery County", "45419", "513", "commercial", "sv"),
    ("Grace", "Okonkwo", "gokonkwo", "grace.okonkwo09@gmail.com", "2009-03-27", "5530 Olive Rd", "Trotwood",
     "Montgomery County", "45426", "937", "medicaid", "en"),
    ("Walter", "Przybylski", "wprzybylski", "walt.przybylski@sbcglobal.net", "1932-11-29", "806 Kenbrook Dr",
     "Vandalia", "Montgomery County", "45377", "937", "medicare", "en"),
]
PROXY_RAW = [
    # first, last, user, email, for_user, relation, area
    ("David", "Whitcombe", "dwhitcombe", "dave.whitcombe@outlook.com", "ewhitcombe", "son", "614"),
    ("Chinedu", "Okonkwo", "chinedu.okonkwo", "chinedu.okonkwo@yahoo.com", "gokonkwo", "parent", "937"),
    ("Lucía", "Hernández", "lucia.hdz", "lucia.hernandez.m@gmail.com", "mhernandez_r", "spouse", "937"),
]
COMMERCIAL = [("Anthem Blue Cross PPO", lambda: "XKV" + digits(9)), ("Aetna Choice POS II", lambda: "W" + digits(9)),
              ("UnitedHealthcare Choice Plus", lambda: digits(9) + "01"), ("Medical Mutual SuperMed", lambda: "MMO" + digits(9))]

PATIENTS = []
for (first, last, user, email, dob, street, city, county, zipc, area, plan, lang) in PAT_RAW:
    p = Person()
    p.first, p.last, p.user, p.email, p.dob = first, last, user, email, dob
    p.full = first + " " + last
    p.street, p.city, p.county, p.zip, p.lang = street, city, county, zipc, lang
    p.is_proxy = False
    p.phone = mk_phone(area)
    p.home = mk_phone(area) if random.random() < 0.4 else None
    y = int(dob[:4])
    p.age = 2024 - y - (1 if dob[5:] > "03-14" else 0)
    p.fax = mk_phone(area) if (p.age > 70 and random.random() < 0.8) else None
    p.mrn = "%08d" % random.randint(1000000, 9999999)
    p.ssn = mk_ssn()
    if plan == "medicare":
        p.plan_name, p.member = "Medicare Part B", mk_mbi()
    elif plan == "medicaid":
        p.plan_name, p.member = "Ohio Medicaid - CareSource", digits(12)
    else:
        nm, f = random.choice(COMMERCIAL)
        p.plan_name, p.member = nm, f()
    p.group = digits(random.choice([6, 7]))
    p.account = "7" + digits(9)
    p.dl = alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(6)
    p.plate = (alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + random.choice([" ", ""]) + digits(4)) if random.random() < 0.6 else None
    p.macs = [mk_mac(True), mk_mac(random.random() < 0.5)]
    p.ips = [pub_ip(), pub_ip()] + ([pub_ip6()] if random.random() < 0.3 else [])
    p.kcid = uuid4()
    p.oid = uuid4()
    p.scim_id = uuid4()
    p.url = ("https://www.facebook.com/%s.%s.%d" % (first.lower().encode("ascii", "ignore").decode(),
                                                    last.lower().replace("'", "").encode("ascii", "ignore").decode(),
                                                    random.randint(10, 99))) if random.random() < 0.35 else None
    p.last_enc = "2024-%02d-%02d" % (random.randint(1, 3), random.randint(1, 13))
    p.proxies = []
    p.for_p = None
    PATIENTS.append(p)

PBY = {p.user: p for p in PATIENTS}
PROXIES = []
for (first, last, user, email, for_user, rel, area) in PROXY_RAW:
    q = Person()
    q.first, q.last, q.user, q.email = first, last, user, email
    q.full = first + " " + last
    q.is_proxy = True
    q.for_p = PBY[for_user]
    q.rel = rel
    q.phone = mk_phone(area)
    q.home = None
    q.fax = None
    q.street, q.city, q.county, q.zip = q.for_p.street, q.for_p.city, q.for_p.county, q.for_p.zip
    if user == "dwhitcombe":
        q.street, q.city, q.county, q.zip = "1187 Hartford St", "Worthington", "Franklin County", "43085"
    q.macs = [mk_mac(True)]
    q.ips = [pub_ip()]
    q.kcid, q.oid, q.scim_id = uuid4(), uuid4(), uuid4()
    q.url = None
    q.age = 50
    PBY[for_user].proxies.append(q)
    PROXIES.append(q)

# guaranteed attributes for coverage
PBY["ewhitcombe"].url = None
PBY["akowalski77"].url = "https://www.facebook.com/anna.kowalski.77"
PBY["ewhitcombe"].plate = "HVR 2274"
PBY["ewhitcombe"].fax = PBY["ewhitcombe"].fax or mk_phone("937")
PBY["wprzybylski"].fax = PBY["wprzybylski"].fax or mk_phone("937")
PROXIES[0].fax = mk_phone("614")
PBY["somalley"].url = "https://siobhanomalley.blog/about-me"
PBY["ydemir"].url = "https://www.linkedin.com/in/yusuf-demir-4b21a7"

PAT_W = [6, 4, 3, 4, 4, 3, 3, 3, 3, 6, 3, 2, 3, 4]


def pick_patient(proxy_ok=True):
    if proxy_ok and random.random() < 0.12:
        return random.choice(PROXIES)
    return random.choices(PATIENTS, weights=PAT_W)[0]


STAFF_RAW = [
    ("Jonathan", "Brennan", "jbrennan", "Sr. Systems Engineer, Identity", "IT Infrastructure", "100482"),
    ("Priscilla", "Osei", "posei", "Service Desk Analyst II", "IT Service Desk", "101937"),
    ("Tomasz", "Wiśniewski", "twisniewski", "IAM Architect", "Information Security", "100877"),
    ("Hyun-woo", "Park", "hpark", "Registered Nurse", "4 North Med/Surg", "108214"),
    ("Maya", "Castellanos", "mcastellanos", "Physician - Internal Medicine", "Hospitalist Service", "104561"),
    ("Leticia", "Moreno", "lmoreno", "Patient Access Representative", "Patient Access", "109302"),
    ("Gareth", "Llewellyn", "gllewellyn", "Pharmacist", "Inpatient Pharmacy", "103318"),
    ("Amara", "Nwosu", "anwosu", "Clinical Informatics Specialist", "Clinical Informatics", "102644"),
    ("Sven", "Eriksen", "seriksen", "Network Engineer", "IT Infrastructure", "101205"),
    ("Nadia", "Rahman", "nrahman", "Director, Revenue Cycle", "Revenue Cycle", "100119"),
    ("Kwame", "Boateng", "kboateng", "Respiratory Therapist", "Respiratory Care", "107731"),
    ("Elif", "Kaya", "ekaya", "Unit Secretary", "ICU", "110284"),
]
STAFF = []
for (first, last, user, title, dept, empno) in STAFF_RAW:
    s = Person()
    s.first, s.last, s.user, s.title, s.dept, s.empno = first, last, user, title, dept, empno
    s.full = first + " " + last
    s.email = "%s.%s@kvhealth.org" % (first.lower().replace("-", ""), last.lower().replace("ś", "s"))
    s.upn = user + "@kvhealth.org"
    s.phone = mk_phone("937")
    s.oid = uuid4()
    s.sid = "S-1-5-21-3623811015-3361044348-30300820-%d" % random.randint(1100, 9800)
    s.mac = mk_mac(False)
    s.ip = random.choice(["207.178.92.%d" % random.randint(2, 60), pub_ip()])
    s.ws = random.choice(["WS-ICU-0%d" % random.randint(100, 199), "KVH-4N-PC%02d" % random.randint(1, 30),
                          "LT-IT-%04d" % random.randint(1000, 9999), "WS-PHARM-%02d" % random.randint(1, 20)])
    STAFF.append(s)

SVC_BIND = ["cn=svc-keycloak,ou=services," + BASE_DN, "cn=svc-scim-prov,ou=services," + BASE_DN,
            "cn=svc-pwreset,ou=services," + BASE_DN, "cn=svc-radius,ou=services," + BASE_DN,
            "cn=svc-epic-interconnect,ou=services," + BASE_DN]
APP_IPS = ["10.40.2.21", "10.40.2.22", "10.40.3.18", "10.40.2.35", "10.40.5.12", "10.60.0.14"]
ADMIN_IPS = ["10.12.4.55", "10.12.4.61", "10.40.7.12", "192.168.88.14"]
HOSP_ADDR = ("Kestrel Valley Health", "1 Medical Center Dr", "Dayton", "OH", "45409")
HOSP_MAIN = ("937", "555", "0100")
HOSP_FAX = ("937", "555", "0199")
UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Linux; Android 14; SM-S911U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2.1 Safari/605.1.15",
       "KVMyHealth/6.4.1 (com.kvhealth.myhealth; build:6411; iOS 17.3.1) Alamofire/5.8.1"]
TENANT_WF = "6f1c2d8e-3b4a-4f7e-9c21-8a5d0e7b4c13"
TENANT_PT = "b83e9a04-71c6-4d2f-a5e8-2f09c7d613aa"
KC_REALM_ID = {"patients": "0c3f5a9e-6d1b-4c8e-b2a7-91e4f0d8c356", "workforce": "5e82b1c4-7a3d-4f90-8e6b-c12d9a4f7e01"}
THREADS = [0x7f3b2c1fe700, 0x7f3b2b9fd700, 0x7f3b2b1fc700, 0x7f3b2a9fb700]
CONN = [48213]
KC_SEQ = [88412]
RAD_ID = [18231]


def dn_parts(p):
    return [("uid=", None), (p.user, "other_id"), (",ou=%s,%s" % ("proxies" if p.is_proxy else "patients", BASE_DN), None)]


def staff_dn(s):
    return "uid=%s,ou=staff,%s" % (s.user, BASE_DN)


def ldap_esc(v):
    out = []
    for b in v.encode("utf-8"):
        ch = chr(b)
        if b >= 0x80 or ch in "*()\\\x00":
            out.append("\\%02X" % b)
        else:
            out.append(ch)
    return "".join(out)


def dob_fmt(p, style):
    y, m, d = p.dob.split("-")
    return {"iso": p.dob, "gt": y + m + d, "us": "%s/%s/%s" % (m, d, y), "gtz": y + m + d + "000000Z"}[style]


# ----------------------------------------------------------------------------
# OpenLDAP slapd
# ----------------------------------------------------------------------------
def slapd_pre(style, d, host, thr):
    if style == "sys":
        return "%s ldap%02d slapd[%d]: " % (f_sys(d), host, 1187 if host == 1 else 2044)
    return "%08x.%08x 0x%012x " % (epoch(d), random.getrandbits(30), thr)


def res_tail(style):
    if style == "sys":
        return ""
    return " qtime=0.%06d etime=0.%06d" % (random.randint(5, 40), random.randint(80, 2400))


def patient_filter(p):
    kinds = ["uid", "mail", "uidmail", "phone", "cn"]
    if not p.is_proxy:
        kinds += ["mrn", "mrn", "dob", "ssn"]
    else:
        kinds += ["proxyfor"]
    k = random.choice(kinds)
    if k == "uid":
        return [("(&(uid=", None), (p.user, "other_id"), (")(objectclass=inetOrgPerson)(objectclass=%s))" % (
            "kvhPortalProxy" if p.is_proxy else "kvhPatient"), None)]
    if k == "mail":
        return [("(mail=", None), (p.email, "email"), (")", None)]
    if k == "uidmail":
        return [("(|(uid=", None), (p.email, "email"), (")(mail=", None), (p.email, "email"), ("))", None)]
    if k == "phone":
        v = fmt_phone(p.phone, "e164")
        return [("(|(mobile=", None), (v, "phone"), (")(homePhone=", None), (v, "phone"), ("))", None)]
    if k == "cn":
        return [("(cn=", None), (ldap_esc(p.full), "name"), (")", None)]
    if k == "mrn":
        return [("(kvhMRN=", None), (p.mrn, "mrn"), (")", None)]
    if k == "ssn":
        return [("(kvhSSN=", None), (p.ssn, "ssn"), (")", None)]
    if k == "dob":
        return [("(&(sn=", None), (ldap_esc(p.last), "name"), (")(kvhDateOfBirth=", None), (dob_fmt(p, "gt"), "date"),
                ("))", None)]
    fp = p.for_p
    return [("(kvhProxyFor=uid=", None), (fp.user, "other_id"), (",ou=patients,%s)" % BASE_DN, None)]


def gen_slapd_patient():
    p = pick_patient()
    fam = "openldap-slapd"
    style = random.choice(["sys", "sys", "file"])
    host, thr = random.choice([1, 2]), random.choice(THREADS)
    CONN[0] += random.randint(1, 37)
    c, fd = CONN[0], random.randint(12, 64)
    src = random.choice(APP_IPS)
    tick()
    L = []

    def ln(*items):
        L.append(mk(fam, slapd_pre(style, step(), host, thr), *items))
    ln("conn=%d fd=%d ACCEPT from IP=%s:%d (IP=0.0.0.0:636)" % (c, fd, src, random.randint(32768, 60999)))
    if random.random() < 0.6:
        ln("conn=%d fd=%d TLS established tls_ssf=256 ssf=256%s" % (
            c, fd, " tls_proto=TLSv1.3 tls_cipher=TLS_AES_256_GCM_SHA384" if style == "file" else ""))
    svc = random.choice(SVC_BIND)
    ln('conn=%d op=0 BIND dn="%s" method=128' % (c, svc))
    ln('conn=%d op=0 BIND dn="%s" mech=SIMPLE %sssf=0' % (c, svc, "bind_ssf=0 " if style == "file" else ""))
    ln("conn=%d op=0 RESULT tag=97 err=0%s text=" % (c, res_tail(style)))
    op = 1
    ou = "proxies" if p.is_proxy else "patients"
    si = len(L)
    ln('conn=%d op=%d SRCH base="ou=%s,%s" scope=2 deref=0 filter="' % (c, op, ou, BASE_DN), patient_filter(p), '"')
    ln("conn=%d op=%d SRCH attr=%s" % (c, op, random.choice(
        ["uid cn mail mobile kvhMRN memberOf", "* +", "entryUUID uid mail createTimestamp modifyTimestamp",
         "uid givenName sn mail mobile kvhDateOfBirth pwdAccountLockedTime"])))
    n = random.choice([1, 1, 1, 0])
    ln("conn=%d op=%d SEARCH RESULT tag=101 err=0%s nentries=%d text=" % (c, op, res_tail(style), n))
    if n and random.random() < 0.75:
        op += 1
        dnp = dn_parts(p)
        ln('conn=%d op=%d BIND dn="' % (c, op), dnp, '" method=128')
        ln('conn=%d op=%d BIND dn="' % (c, op), dnp, '" mech=SIMPLE %sssf=0' % ("bind_ssf=0 " if style == "file" else ""))
        err = random.choice([0, 0, 0, 49])
        ln("conn=%d op=%d RESULT tag=97 err=%d%s text=" % (c, op, err, res_tail(style)))
        if err == 0 and random.random() < 0.4:
            op += 1
            ln('conn=%d op=%d MOD dn="' % (c, op), dnp, '"')
            ln("conn=%d op=%d MOD attr=userPassword pwdChangedTime pwdFailureTime pwdHistory" % (c, op))
            ln("conn=%d op=%d RESULT tag=103 err=0%s text=" % (c, op, res_tail(style)))
    ln("conn=%d op=%d UNBIND" % (c, op + 1))
    ln("conn=%d fd=%d closed" % (c, fd))
    if random.random() < 0.55:
        # only a slice of the session made it into this excerpt (grep'd by conn=)
        L = L[si:si + random.randint(2, 6)]
    return L


def gen_slapd_staff():
    fam = "openldap-slapd"
    style = random.choice(["sys", "file"])
    host, thr = random.choice([1, 2]), random.choice(THREADS)
    CONN[0] += random.randint(1, 37)
    c, fd = CONN[0], random.randint(12, 64)
    s = random.choice(STAFF)
    tick()
    L = []

    def ln(*items):
        L.append(mk(fam, slapd_pre(style, step(), host, thr), *items))
    src = random.choice(APP_IPS + ["10.20.%d.%d" % (random.randint(0, 9), random.randint(2, 250))])
    ln("conn=%d fd=%d ACCEPT from IP=%s:%d (IP=0.0.0.0:%d)" % (c, fd, src, random.randint(32768, 60999),
                                                             random.choice([389, 636])))
    kind = random.choice(["bindstaff", "group", "empno", "rootdse", "modsince", "svc"])
    if kind == "rootdse":
        ln('conn=%d op=0 SRCH base="" scope=0 deref=0 filter="(objectClass=*)"' % c)
        ln("conn=%d op=0 SRCH attr=supportedControl supportedExtension namingContexts" % c)
        ln("conn=%d op=0 SEARCH RESULT tag=101 err=0%s nentries=1 text=" % (c, res_tail(style)))
        ln("conn=%d op=1 UNBIND" % c)
    else:
        who = staff_dn(s) if kind == "bindstaff" else random.choice(SVC_BIND)
        ln('conn=%d op=0 BIND dn="%s" method=128' % (c, who))
        ln('conn=%d op=0 BIND dn="%s" mech=SIMPLE %sssf=0' % (c, who, "bind_ssf=0 " if style == "file" else ""))
        err = random.choice([0, 0, 0, 0, 49]) if kind == "bindstaff" else 0
        ln("conn=%d op=0 RESULT tag=97 err=%d%s text=%s" % (c, err, res_tail(style), ""))
        if err == 0:
            if kind == "group" or kind == "bindstaff":
                f = "(&(objectClass=groupOfNames)(member=%s))" % staff_dn(s)
                base = "ou=groups," + BASE_DN
            elif kind == "empno":
                f = "(employeeNumber=%s)" % s.empno
                base = "ou=staff," + BASE_DN
            elif kind == "modsince":
                f = "(&(objectClass=kvhPatient)(modifyTimestamp>=%s))" % f_gt(CLOCK[0] - datetime.timedelta(minutes=15))
                base = "ou=patients," + BASE_DN
            else:
                f = "(memberOf=cn=%s,ou=groups,%s)" % (random.choice(
                    ["Epic-Hyperspace-Users", "Pyxis-Pharmacists", "VPN-Clinical", "Wifi-Corp-EAP", "SOC-Analysts"]), BASE_DN)
                base = "ou=staff," + BASE_DN
            ln('conn=%d op=1 SRCH base="%s" scope=2 deref=0 filter="%s"' % (c, base, f))
            ln("conn=%d op=1 SRCH attr=%s" % (c, random.choice(["cn", "uid mail employeeNumber title", "1.1", "entryDN"])))
            ln("conn=%d op=1 SEARCH RESULT tag=101 err=0%s nentries=%d text=" % (
                c, res_tail(style), random.randint(0, 42) if kind in ("modsince", "svc") else random.randint(1, 9)))
        ln("conn=%d op=2 UNBIND" % c)
    ln("conn=%d fd=%d closed" % (c, fd))
    return L


def gen_slapd_misc():
    fam = "openldap-slapd"
    style = random.choice(["sys", "file"])
    host, thr = random.choice([1, 2]), random.choice(THREADS)
    d = tick()
    CONN[0] += random.randint(1, 9)
    opts = [
        "<= mdb_equality_candidates: (kvhMRN) not indexed",
        "<= mdb_equality_candidates: (kvhProxyFor) not indexed",
        "do_syncrep2: rid=001 LDAP_RES_INTERMEDIATE - SYNC_ID_SET",
        "do_syncrep2: rid=002 cookie=rid=002,csn=%s.%06dZ#000000#001#000000" % (d.strftime("%Y%m%d%H%M%S"), random.randint(0, 999999)),
        "syncrepl_entry: rid=001 be_modify %s (0)" % staff_dn(random.choice(STAFF)),
        "connection_input: conn=%d deferring operation: binding" % CONN[0],
        "conn=%d fd=%d closed (connection lost)" % (CONN[0], random.randint(12, 70)),
        "conn=%d op=%d ABANDON msg=%d" % (CONN[0], random.randint(2, 9), random.randint(2, 9)),
        "slap_global_control: unrecognized control: 1.3.6.1.4.1.42.2.27.8.5.1",
        "conn=%d op=1 do_search: invalid dn: \"ou=patients dc=kvhealth,dc=org\"" % CONN[0],
        "mdb_search: %d scope not okay" % random.randint(1, 9),
        "conn=%d fd=%d TLS established tls_ssf=256 ssf=256 tls_proto=TLSv1.3 tls_cipher=TLS_AES_256_GCM_SHA384" % (CONN[0], random.randint(12, 70)),
        "ppolicy_bind: Setting warning for password expiry for %s = %d seconds" % (staff_dn(random.choice(STAFF)), random.randint(86400, 864000)),
        "conn=%d op=0 EXT oid=1.3.6.1.4.1.1466.20037" % CONN[0],
        "conn=%d op=0 STARTTLS" % CONN[0],
    ]
    return [mk(fam, slapd_pre(style, d, host, thr), random.choice(opts))]


def gen_slapd_patient_single():
    fam = "openldap-slapd"
    p = pick_patient()
    style = random.choice(["sys", "file"])
    host, thr = random.choice([1, 2]), random.choice(THREADS)
    d = tick()
    CONN[0] += random.randint(1, 9)
    k = random.choice(["sync", "ppolicy", "lock", "invalid"])
    pre = slapd_pre(style, d, host, thr)
    if k == "sync":
        return [mk(fam, pre, "syncrepl_entry: rid=001 be_modify ", dn_parts(p), " (0)")]
    if k == "ppolicy":
        return [mk(fam, pre, "ppolicy_bind: Entry ", dn_parts(p), " has an expired password: %d grace logins" % random.randint(0, 2))]
    if k == "lock":
        return [mk(fam, pre, "ppolicy_bind: Setting warning for password expiry for ", dn_parts(p), " = %d seconds" % random.randint(86400, 604800))]
    return [mk(fam, pre, 'conn=%d op=2 do_search: invalid dn: "' % CONN[0], [("uid=", None), (p.email, "email"),
                                                                          (",ou=patients,%s" % BASE_DN, None)], '"')]


# ----------------------------------------------------------------------------
# LDIF (slapcat / ldapsearch / auditlog)
# ----------------------------------------------------------------------------
def patient_attrs(p, slap=False):
    A = []
    ocs = ["top", "person", "organizationalPerson", "inetOrgPerson", "kvhPortalProxy" if p.is_proxy else "kvhPatient"]
    show_mac = (not p.is_proxy) and random.random() < 0.35
    if show_mac:
        ocs.append("ieee802Device")
    for oc in ocs:
        A.append(("objectClass", T("objectClass: " + oc)))
    A.append(("uid", la("uid", p.user, "other_id")))
    A.append(("cn", la("cn", p.full, "name")))
    A.append(("givenName", la("givenName", p.first, "name")))
    A.append(("sn", la("sn", p.last, "name")))
    if random.random() < 0.4:
        A.append(("displayName", la("displayName", p.full, "name")))
    A.append(("mail", la("mail", p.email, "email")))
    A.append(("mobile", la("mobile", fmt_phone(p.phone, random.choice(["intl", "e164"])), "phone")))
    if p.home:
        A.append(("homePhone", la("homePhone", fmt_phone(p.home, "intl"), "phone")))
    if p.fax:
        A.append(("facsimileTelephoneNumber", la("facsimileTelephoneNumber", fmt_phone(p.fax, "intl"), "fax")))
    if not p.is_proxy or random.random() < 0.6:
        A.append(("street", la("street", p.street, "address")))
        A.append(("l", la("l", p.city, "address")))
        A.append(("st", T("st: OH")))
        A.append(("postalCode", la("postalCode", p.zip, "zip")))
        if random.random() < 0.5:
            A.append(("postalAddress", [("postalAddress: ", None), (p.street, "address"), ("$", None),
                                        (p.city, "address"), (", OH ", None), (p.zip, "zip")]))
    if not p.is_proxy:
        if random.random() < 0.5:
            A.append(("kvhCounty", la("kvhCounty", p.county, "address")))
        A.append(("kvhMRN", la("kvhMRN", p.mrn, "mrn")))
        A.append(("kvhDateOfBirth", la("kvhDateOfBirth", dob_fmt(p, random.choice(["gt", "gt", "iso"])), "date")))
        A.append(("kvhHealthPlanName", T("kvhHealthPlanName: " + p.plan_name)))
        A.append(("kvhHealthPlanMemberId", la("kvhHealthPlanMemberId", p.member, "health_plan")))
        if "Medicare" not in p.plan_name:
            A.append(("kvhHealthPlanGroup", T("kvhHealthPlanGroup: " + p.group)))
        A.append(("kvhGuarantorAccount", la("kvhGuarantorAccount", p.account, "account")))
        if (slap and random.random() < 0.6) or random.random() < 0.25:
            A.append(("kvhSSN", la("kvhSSN", p.ssn, "ssn")))
        if slap and random.random() < 0.6:
            A.append(("kvhIdProofDocument", [("kvhIdProofDocument: OH-DL ", None), (p.dl, "license"), (" verified-in-person", None)]))
        if p.plate:
            A.append(("carLicense", la("carLicense", p.plate, "vehicle")))
        if p.url:
            A.append(("labeledURI", [("labeledURI: ", None), (p.url, "url"), (" Facebook", None)]))
        if show_mac:
            A.append(("macAddress", la("macAddress", fmt_mac(p.macs[1], "colon"), "device")))
        for q in p.proxies:
            A.append(("kvhProxy", [("kvhProxy: ", None)] + dn_parts(q)))
        if p.age > 89:
            A.append(("description", [("description: Proxy access on file; patient age ", None), (str(p.age), "age"),
                                      ("; large-print mail preferred", None)]))
        A.append(("kvhLastEncounterDate", la("kvhLastEncounterDate", p.last_enc.replace("-", ""), "date")))
        A.append(("preferredLanguage", T("preferredLanguage: " + p.lang)))
    else:
        A.append(("kvhProxyFor", [("kvhProxyFor: ", None)] + dn_parts(p.for_p)))
        A.append(("kvhProxyRelationship", T("kvhProxyRelationship: " + p.rel)))
    A.append(("kvhPortalStatus", T("kvhPortalStatus: " + random.choice(["ACTIVE", "ACTIVE", "PENDING_ACTIVATION", "LOCKED"]))))
    if (not p.is_proxy) and random.random() < (0.8 if slap else 0.35):
        A.append(("jpegPhoto", [("jpegPhoto:: ", None), (jpeg_b64(random.randint(190, 300)), "photo")]))
    if slap:
        A.append(("userPassword", T("userPassword:: " + base64.b64encode(
            b"{SSHA}" + base64.b64encode(bytes(random.getrandbits(8) for _ in range(24)))).decode())))
    d = CLOCK[0]
    if slap or random.random() < 0.4:
        A.append(("pwdChangedTime", T("pwdChangedTime: " + f_gt(d - datetime.timedelta(days=random.randint(3, 200), seconds=random.randint(0, 86400))))))
    if slap:
        A.append(("structuralObjectClass", T("structuralObjectClass: inetOrgPerson")))
        A.append(("entryUUID", T("entryUUID: " + uuid4())))
        A.append(("creatorsName", T("creatorsName: " + SVC_BIND[4])))
        A.append(("createTimestamp", T("createTimestamp: " + f_gt(d - datetime.timedelta(days=random.randint(300, 1800), seconds=random.randint(0, 86400))))))
        A.append(("entryCSN", T("entryCSN: %s.%06dZ#000000#001#000000" % (f_gt(d)[:-1], random.randint(0, 999999)))))
        A.append(("modifiersName", T("modifiersName: " + random.choice(SVC_BIND))))
        A.append(("modifyTimestamp", T("modifyTimestamp: " + f_gt(d))))
    return A


def staff_attrs(s, slap=False):
    A = []
    for oc in ["top", "person", "organizationalPerson", "inetOrgPerson", "kvhEmployee"]:
        A.append(("objectClass", T("objectClass: " + oc)))
    A.append(("uid", T("uid: " + s.user)))
    A.append(("cn", la("cn", s.full)))
    A.append(("givenName", la("givenName", s.first)))
    A.append(("sn", la("sn", s.last)))
    A.append(("title", T("title: " + s.title)))
    A.append(("ou", T("ou: " + s.dept)))
    A.append(("employeeNumber", T("employeeNumber: " + s.empno)))
    A.append(("employeeType", T("employeeType: " + random.choice(["FTE", "FTE", "PRN", "Contractor"]))))
    A.append(("mail", T("mail: " + s.email)))
    A.append(("telephoneNumber", T("telephoneNumber: " + fmt_phone(s.phone, "intl"))))
    if random.random() < 0.5:
        A.append(("facsimileTelephoneNumber", T("facsimileTelephoneNumber: " + fmt_phone(HOSP_FAX, "intl"))))
    A.append(("postalAddress", T("postalAddress: %s$%s$%s, %s %s" % HOSP_ADDR)))
    A.append(("l", T("l: Dayton")))
    A.append(("manager", T("manager: " + staff_dn(random.choice(STAFF)))))
    A.append(("memberOf", T("memberOf: cn=%s,ou=groups,%s" % (random.choice(
        ["Epic-Hyperspace-Users", "VPN-Clinical", "Wifi-Corp-EAP", "IAM-Admins", "Pyxis-Pharmacists"]), BASE_DN))))
    if random.random() < 0.5:
        A.append(("jpegPhoto", T("jpegPhoto:: " + jpeg_b64(random.randint(150, 240)))))
    if slap:
        A.append(("userPassword", T("userPassword:: " + base64.b64encode(
            b"{SSHA}" + base64.b64encode(bytes(random.getrandbits(8) for _ in range(24)))).decode())))
        A.append(("entryUUID", T("entryUUID: " + uuid4())))
        A.append(("createTimestamp", T("createTimestamp: " + f_gt(CLOCK[0] - datetime.timedelta(days=random.randint(300, 3000))))))
        A.append(("modifyTimestamp", T("modifyTimestamp: " + f_gt(CLOCK[0] - datetime.timedelta(hours=random.randint(1, 400))))))
    return A


def emit_ldif(fam, dnrow, attrs, want=None):
    out = []
    for row in ldif_fold(dnrow):
        out.append(mk(fam, row))
    for name, row in attrs:
        if want is not None and name not in want:
            continue
        for r in ldif_fold(row):
            out.append(mk(fam, r))
    return out


def gen_slapcat():
    fam = "ldif-slapcat"
    tick(30, 90)
    L = []
    if random.random() < 0.5:
        s = random.choice(STAFF)
        L += emit_ldif(fam, T("dn: " + staff_dn(s)), staff_attrs(s, True))
        L.append(mk(fam, ""))
    p = pick_patient()
    L += emit_ldif(fam, [("dn: ", None)] + dn_parts(p), patient_attrs(p, True))
    L.append(mk(fam, ""))
    return L


def gen_ldapsearch(force_all=False, short=False):
    fam = "ldapsearch"
    tick(20, 80)
    staff = random.random() < 0.3 and not force_all
    L = []
    s = random.choice(STAFF[:3])
    if staff:
        t = random.choice(STAFF)
        base = "ou=staff," + BASE_DN
        fparts = T("(uid=%s)" % t.user)
        attrs = random.choice([None, ["cn", "title", "mail", "telephoneNumber", "memberOf"]])
        if short:
            attrs = ["cn", "title", "mail", "telephoneNumber", "memberOf"]
    else:
        p = pick_patient()
        base = "ou=%s,%s" % ("proxies" if p.is_proxy else "patients", BASE_DN)
        k = random.choice(["mrn", "mail", "uid"] if not p.is_proxy else ["mail", "uid"])
        if k == "mrn":
            fparts = [("(kvhMRN=", None), (p.mrn, "mrn"), (")", None)]
        elif k == "mail":
            fparts = [("(mail=", None), (p.email, "email"), (")", None)]
        else:
            fparts = [("(uid=", None), (p.user, "other_id"), (")", None)]
        attrs = random.choice([None, None, ["cn", "mail", "mobile", "kvhDateOfBirth", "kvhPortalStatus"],
                               ["uid", "cn", "postalAddress", "kvhMRN", "pwdAccountLockedTime", "kvhPortalStatus"],
                               ["cn", "jpegPhoto", "labeledURI", "carLicense"]])
        if force_all:
            attrs = None
        elif short and attrs is None:
            attrs = ["cn", "mail", "mobile", "kvhDateOfBirth", "kvhPortalStatus"]
    lll = random.random() < 0.35 or short
    cmd = "[%s@ldapadm01 ~]$ ldapsearch %s-x -H ldaps://ldap01.kvhealth.org -D \"%s\" -y ~/.ldappw -b \"%s\" \"" % (
        s.user, "-LLL " if lll else "", staff_dn(s), base)
    L.append(mk(fam, cmd, fparts, "\"" + ("" if attrs is None else " " + " ".join(attrs))))
    if not lll:
        for h in ["# extended LDIF", "#", "# LDAPv3", "# base <%s> with scope subtree" % base]:
            L.append(mk(fam, h))
        L.append(mk(fam, "# filter: ", fparts))
        L.append(mk(fam, "# requesting: " + ("ALL" if attrs is None else " ".join(attrs) + " ")))
        L.append(mk(fam, "#"))
        L.append(mk(fam, ""))
    if staff:
        if not lll:
            L.append(mk(fam, "# %s, staff, kvhealth.org" % t.user))
        L += emit_ldif(fam, T("dn: " + staff_dn(t)), staff_attrs(t), attrs)
    else:
        if not lll:
            L.append(mk(fam, "# ", [(p.user, "other_id")], ", %s, kvhealth.org" % ("proxies" if p.is_proxy else "patients")))
        L += emit_ldif(fam, [("dn: ", None)] + dn_parts(p), patient_attrs(p), attrs)
    L.append(mk(fam, ""))
    if not lll:
        for h in ["# search result", "search: 2", "result: 0 Success", "", "# numResponses: 2", "# numEntries: 1"]:
            L.append(mk(fam, h))
    return L


def gen_auditlog():
    fam = "ldif-auditlog"
    p = pick_patient()
    d = tick()
    who = random.choice(SVC_BIND[:3] + [SVC_BIND[4]])
    ip = random.choice(APP_IPS)
    c = CONN[0] + random.randint(1, 5)
    e = epoch(d)
    L = [mk(fam, "# modify %d %s %s IP=%s:%d conn=%d" % (e, BASE_DN, who, ip, random.randint(32768, 60999), c))]
    for r in ldif_fold([("dn: ", None)] + dn_parts(p)):
        L.append(mk(fam, r))
    L.append(mk(fam, "changetype: modify"))
    k = random.choice(["mobile", "address", "mail", "lock", "pwd"])
    if k == "mobile":
        p.phone2 = getattr(p, "phone2", None) or mk_phone(p.phone[0])
        L += [mk(fam, "replace: mobile"), mk(fam, la("mobile", fmt_phone(p.phone2, "intl"), "phone")), mk(fam, "-")]
    elif k == "address" and not p.is_proxy:
        L += [mk(fam, "replace: street"), mk(fam, la("street", p.street, "address")), mk(fam, "-"),
              mk(fam, "replace: postalCode"), mk(fam, la("postalCode", p.zip, "zip")), mk(fam, "-")]
    elif k == "mail":
        L += [mk(fam, "replace: mail"), mk(fam, la("mail", p.email, "email")), mk(fam, "-")]
    elif k == "lock":
        L += [mk(fam, "add: pwdAccountLockedTime"), mk(fam, "pwdAccountLockedTime: " + f_gt(d)), mk(fam, "-")]
    else:
        L += [mk(fam, "replace: userPassword"), mk(fam, "userPassword:: " + base64.b64encode(
            b"{ARGON2}$argon2id$v=19$m=65536,t=2,p=1$" + base64.b64encode(bytes(random.getrandbits(8) for _ in range(12)))).decode()),
            mk(fam, "-"), mk(fam, "replace: pwdChangedTime"), mk(fam, "pwdChangedTime: " + f_gt(d)), mk(fam, "-")]
    L += [mk(fam, "replace: modifiersName"), mk(fam, "modifiersName: " + who), mk(fam, "-"),
          mk(fam, "replace: modifyTimestamp"), mk(fam, "modifyTimestamp: " + f_gt(d)), mk(fam, "-"),
          mk(fam, "# end modify %d" % e)]
    return L


# ----------------------------------------------------------------------------
# Active Directory security events (employees only)
# ----------------------------------------------------------------------------
DCS = ["DC01.corp.kvhealth.org", "DC02.corp.kvhealth.org", "DC03.corp.kvhealth.org"]


def gen_ad_nxlog():
    s = random.choice(STAFF)
    d = tick()
    ev = random.choice([4624, 4625, 4740, 4771, 4723, 4767, 4768])
    dc = random.choice(DCS)
    ip = random.choice(["::ffff:10.%d.%d.%d" % (random.randint(10, 30), random.randint(0, 20), random.randint(2, 250)),
                        "10.%d.%d.%d" % (random.randint(10, 30), random.randint(0, 20), random.randint(2, 250))])
    msgs = {4624: "An account was successfully logged on.", 4625: "An account failed to log on.",
            4740: "A user account was locked out.", 4771: "Kerberos pre-authentication failed.",
            4723: "An attempt was made to change an account's password.",
            4767: "A user account was unlocked.", 4768: "A Kerberos authentication ticket (TGT) was requested."}
    task = {4624: 12544, 4625: 12544, 4740: 13824, 4771: 14339, 4723: 13824, 4767: 13824, 4768: 14339}[ev]
    fail = ev in (4625, 4771)
    rec = {"EventTime": d.strftime("%Y-%m-%d %H:%M:%S"), "Hostname": dc,
           "Keywords": -9218868437227405312 if not fail else -9214364837600034816,
           "EventType": "AUDIT_FAILURE" if fail else "AUDIT_SUCCESS", "SeverityValue": 4 if fail else 2,
           "Severity": "ERROR" if fail else "INFO", "EventID": ev, "SourceName": "Microsoft-Windows-Security-Auditing",
           "ProviderGuid": "{54849625-5478-4994-A5BA-3E3B0328C30D}", "Version": 0, "Task": task, "OpcodeValue": 0,
           "RecordNumber": random.randint(180000000, 189999999), "ProcessID": 704, "ThreadID": random.randint(700, 9000),
           "Channel": "Security"}
    body = msgs[ev] + "\r\n\r\nSubject:\r\n\tSecurity ID:\t\tS-1-5-18\r\n\tAccount Name:\t\t%s$\r\n\tAccount Domain:\t\tKVH\r\n" % dc.split(".")[0]
    rec["Message"] = body
    rec["TargetUserSid"] = s.sid
    rec["TargetUserName"] = s.user if ev != 4768 else s.user
    rec["TargetDomainName"] = "KVH"
    if ev in (4624, 4625):
        rec["LogonType"] = random.choice(["2", "3", "10", "11"])
        rec["WorkstationName"] = s.ws
        rec["IpAddress"] = ip.replace("::ffff:", "")
        rec["IpPort"] = str(random.randint(49152, 65535))
        rec["AuthenticationPackageName"] = random.choice(["Negotiate", "Kerberos", "NTLM"])
        if fail:
            rec["Status"] = "0xc000006d"
            rec["SubStatus"] = random.choice(["0xc000006a", "0xc0000064", "0xc0000072"])
    elif ev in (4771, 4768):
        rec["ServiceName"] = "krbtgt"
        rec["IpAddress"] = ip
        rec["TicketOptions"] = "0x40810010"
        rec["Status"] = "0x18" if ev == 4771 else "0x0"
        rec["PreAuthType"] = "2"
    elif ev == 4740:
        rec["TargetDomainName"] = s.ws
    rec["EventReceivedTime"] = (d + datetime.timedelta(seconds=1)).strftime("%Y-%m-%d %H:%M:%S")
    rec["SourceModuleName"] = "eventlog"
    rec["SourceModuleType"] = "im_msvistalog"
    return [mk("ad-security-nxlog", jparts(rec))]


def gen_ad_snare():
    s = random.choice(STAFF)
    d = tick()
    dc = random.choice(DCS)
    ev, desc, cat = random.choice([(4740, "A user account was locked out.", "User Account Management"),
                                   (4724, "An attempt was made to reset an account's password.", "User Account Management"),
                                   (4738, "A user account was changed.", "User Account Management"),
                                   (4625, "An account failed to log on.", "Logon")])
    adm = random.choice(STAFF[:3])
    if ev == 4740:
        body = ("%s  Subject:  Security ID: S-1-5-18  Account Name: %s$  Account Domain: KVH  Logon ID: 0x3E7  "
                "Account That Was Locked Out:  Security ID: %s  Account Name: %s  Additional Information:  Caller Computer Name: %s") % (
            desc, dc.split(".")[0], s.sid, s.user, s.ws)
    elif ev == 4625:
        body = ("%s  Subject:  Security ID: S-1-0-0  Account Name: -  Account Domain: -  Logon ID: 0x0  Logon Type: 3  "
                "Account For Which Logon Failed:  Security ID: S-1-0-0  Account Name: %s  Account Domain: KVH  "
                "Failure Information:  Failure Reason: Unknown user name or bad password.  Status: 0xC000006D  Sub Status: 0xC000006A  "
                "Network Information:  Workstation Name: %s  Source Network Address: 10.%d.%d.%d  Source Port: %d") % (
            desc, s.user, s.ws, random.randint(10, 30), random.randint(0, 20), random.randint(2, 250), random.randint(49152, 65535))
    else:
        body = ("%s  Subject:  Security ID: %s  Account Name: %s  Account Domain: KVH  Logon ID: 0x%X  "
                "Target Account:  Security ID: %s  Account Name: %s  Account Domain: KVH") % (
            desc, adm.sid, adm.user, random.randint(0x100000, 0xFFFFFFF), s.sid, s.user)
    line = "<%d>%s %s MSWinEventLog\t1\tSecurity\t%d\t%s\t%d\tMicrosoft-Windows-Security-Auditing\tN/A\tN/A\t%s\t%s\t%s\t\t%s\t%d" % (
        14 if ev != 4625 else 13, f_sys(d), dc, random.randint(1000000, 9999999), f_ctime(d), ev,
        "Failure Audit" if ev == 4625 else "Success Audit", dc, cat, body, random.randint(100000, 999999))
    return [mk("ad-security-snare", line)]


# ----------------------------------------------------------------------------
# Entra ID sign-in / audit
# ----------------------------------------------------------------------------
def gen_entra_signin(patient):
    d = tick()
    if patient:
        p = pick_patient()
        ip = random.choice(p.ips)
        tenant = TENANT_PT
        res = random.choice(["0", "0", "0", "50126", "50053"])
        ident = Ph(p.full, "name")
        props_user = [("userDisplayName", Ph(p.full, "name")),
                      ("userPrincipalName", "%s@kvhpatients.onmicrosoft.com" % p.oid),
                      ("userId", p.oid), ("userType", "Member"),
                      ("signInIdentifier", Ph(p.email, "email")), ("signInIdentifierType", "emailAddress"),
                      ("appId", "3d9f0a6e-5c21-4b8e-9f07-6a2e1c8d4b55"), ("appDisplayName", "KV MyHealth"),
                      ("ipAddress", Ph(ip, "ip"))]
        loc = {"city": Ph(random.choice([p.city, p.city, "Columbus"]), "address"), "state": "Ohio", "countryOrRegion": "US"}
        ui = random.randrange(len(UAS))
        ua = UAS[ui]
        caller = Ph(ip, "ip")
    else:
        s = random.choice(STAFF)
        ip = s.ip if random.random() < 0.7 else "207.178.92.%d" % random.randint(2, 60)
        tenant = TENANT_WF
        res = random.choice(["0", "0", "0", "0", "50126", "50074", "53003"])
        ident = s.full
        props_user = [("userDisplayName", s.full), ("userPrincipalName", s.upn), ("userId", s.oid),
                      ("userType", "Member"), ("appId", random.choice(["00000002-0000-0ff1-ce00-000000000000", "1fec8e78-bce4-4aaf-ab1b-5451cc387264", "b9d2a4c6-0e5f-47a1-8c3d-2f6b9e1a7d40"])),
                      ("appDisplayName", random.choice(["Office 365 Exchange Online", "Microsoft Teams", "Epic Hyperspace (Citrix)", "Imprivata OneSign", "Workday"])),
                      ("ipAddress", ip)]
        loc = {"city": "Dayton", "state": "Ohio", "countryOrRegion": "US",
               "geoCoordinates": {"latitude": 39.7589, "longitude": -84.1916}}
        ui = 1
        ua = UAS[1]
        caller = ip
    desc = {"0": "", "50126": "Error validating credentials due to invalid username or password.",
            "50053": "Account is locked because user tried to sign in too many times with an incorrect user ID or password.",
            "50074": "Strong Authentication is required.", "53003": "Access has been blocked by Conditional Access policies."}[res]
    props = {"id": uuid4(), "createdDateTime": d.strftime("%Y-%m-%dT%H:%M:%SZ")}
    for k, v in props_user:
        props[k] = v
    props["correlationId"] = uuid4()
    props["status"] = {"errorCode": int(res), "failureReason": desc or "Other."}
    props["clientAppUsed"] = "Browser" if "Mozilla" in ua else "Mobile Apps and Desktop clients"
    props["userAgent"] = ua
    os_, br_ = [("Ios 17", "Mobile Safari 17.3"), ("Windows10", "Chrome 122.0.0"), ("Android", "Chrome Mobile 122.0.6261"),
                ("MacOs", "Safari 17.2"), ("Ios 17", "KVMyHealth 6.4.1")][ui]
    props["deviceDetail"] = {"deviceId": "", "displayName": "", "operatingSystem": os_,
                             "browser": br_,
                             "isCompliant": False if patient else random.choice([True, False]), "isManaged": not patient}
    props["location"] = loc
    props["conditionalAccessStatus"] = "notApplied" if patient else random.choice(["success", "notApplied", "failure"])
    props["isInteractive"] = True
    props["riskLevelAggregated"] = "none"
    props["riskState"] = "none"
    props["authenticationRequirement"] = "singleFactorAuthentication" if patient else "multiFactorAuthentication"
    rec = {"time": f_iso7(d), "resourceId": "/tenants/%s/providers/Microsoft.aadiam" % tenant,
           "operationName": "Sign-in activity", "operationVersion": "1.0", "category": "SignInLogs", "tenantId": tenant,
           "resultType": res, "resultSignature": "None", "resultDescription": desc, "durationMs": 0,
           "callerIpAddress": caller, "correlationId": props["correlationId"], "identity": ident, "Level": 4,
           "location": "US", "properties": props}
    return [mk("entra-signin", jparts(rec))]


def gen_entra_audit(patient):
    d = tick()
    if patient:
        p = pick_patient()
        tenant = TENANT_PT
        k = random.choice(["mobile", "address", "name", "sspr"] + (["fax"] if p.fax else []))
        if k == "sspr":
            act, cat, svc = "Reset password (self-service)", "UserManagement", "Self-service Password Management"
            init = {"user": {"id": p.oid, "displayName": None, "userPrincipalName": "%s@kvhpatients.onmicrosoft.com" % p.oid,
                             "ipAddress": Ph(random.choice(p.ips), "ip"), "userType": None, "homeTenantId": None, "homeTenantName": None}}
            tgt = [{"id": p.oid, "displayName": Ph(p.full, "name"), "type": "User",
                    "userPrincipalName": "%s@kvhpatients.onmicrosoft.com" % p.oid, "groupType": None, "modifiedProperties": []}]
            extra = [{"key": "AuthenticationMethod", "value": "Email"}]
        else:
            act, cat, svc = "Update user", "UserManagement", "Core Directory"
            init = {"app": {"appId": "7a3e91c2-0d5b-4f68-b4e1-9c2a5f8d6e03", "displayName": "KV MyHealth Profile API",
                            "servicePrincipalId": "c41b7e9a-2f30-4d8c-a6e5-1b9d0f3c7a24", "servicePrincipalName": None}}
            if k == "mobile":
                new = mk_phone(p.phone[0])
                mp = [{"displayName": "Mobile", "oldValue": Str([('["', None), (fmt_phone(p.phone, "entra"), "phone"), ('"]', None)]),
                       "newValue": Str([('["', None), (fmt_phone(new, "entra"), "phone"), ('"]', None)])},
                      {"displayName": "Included Updated Properties", "oldValue": None, "newValue": '"Mobile"'}]
            elif k == "fax":
                mp = [{"displayName": "FacsimileTelephoneNumber", "oldValue": "[]",
                       "newValue": Str([('["', None), (fmt_phone(p.fax, "entra"), "fax"), ('"]', None)])},
                      {"displayName": "Included Updated Properties", "oldValue": None, "newValue": '"FacsimileTelephoneNumber"'}]
            elif k == "address":
                mp = [{"displayName": "StreetAddress", "oldValue": "[]", "newValue": Str([('["', None), (p.street, "address"), ('"]', None)])},
                      {"displayName": "City", "oldValue": "[]", "newValue": Str([('["', None), (p.city, "address"), ('"]', None)])},
                      {"displayName": "PostalCode", "oldValue": "[]", "newValue": Str([('["', None), (p.zip, "zip"), ('"]', None)])},
                      {"displayName": "Included Updated Properties", "oldValue": None, "newValue": '"StreetAddress, City, PostalCode"'}]
            else:
                mp = [{"displayName": "DisplayName", "oldValue": Str([('["', None), (p.first.upper() + " " + p.last.upper(), "name"), ('"]', None)]),
                       "newValue": Str([('["', None), (p.full, "name"), ('"]', None)])},
                      {"displayName": "Included Updated Properties", "oldValue": None, "newValue": '"DisplayName"'}]
            tgt = [{"id": p.oid, "displayName": None, "type": "User",
                    "userPrincipalName": "%s@kvhpatients.onmicrosoft.com" % p.oid, "groupType": None, "modifiedProperties": mp}]
            extra = [{"key": "UserType", "value": "Member"}]
    else:
        s = random.choice(STAFF)
        tenant = TENANT_WF
        act, cat, svc = random.choice([("Update user", "UserManagement", "Core Directory"),
                                       ("Add member to group", "GroupManagement", "Core Directory"),
                                       ("Reset user password", "UserManagement", "Core Directory")])
        init = {"app": {"appId": "b2f0d7c1-6a49-4e2d-9c38-5e71a0f4b6d9", "displayName": "Workday to Microsoft Entra ID User Provisioning",
                        "servicePrincipalId": "e9a0c3f5-18b7-4d26-8f4c-7b2d6e1a9c08", "servicePrincipalName": None}}
        if act == "Reset user password":
            a = random.choice(STAFF[:3])
            init = {"user": {"id": a.oid, "displayName": None, "userPrincipalName": a.upn, "ipAddress": "10.12.4.%d" % random.randint(2, 250),
                             "userType": None, "homeTenantId": None, "homeTenantName": None}}
        mp = [{"displayName": "JobTitle", "oldValue": "[]", "newValue": json.dumps([s.title])},
              {"displayName": "TelephoneNumber", "oldValue": "[]", "newValue": json.dumps([fmt_phone(s.phone, "entra")])},
              {"displayName": "Included Updated Properties", "oldValue": None, "newValue": '"JobTitle, TelephoneNumber"'}] if act == "Update user" else []
        tgt = [{"id": s.oid, "displayName": None, "type": "User", "userPrincipalName": s.upn, "groupType": None, "modifiedProperties": mp}]
        extra = [{"key": "UserType", "value": "Member"}]
    cid = uuid4()
    props = {"id": "Directory_%s_%s_%d" % (cid.replace("-", "")[:5].upper(), alnum(5), random.randint(10000000, 99999999)),
             "category": cat, "correlationId": cid, "result": "success", "resultReason": "",
             "activityDisplayName": act, "activityDateTime": f_iso7(d), "loggedByService": svc,
             "operationType": "Update" if act.startswith(("Update", "Reset")) else "Assign",
             "initiatedBy": init, "targetResources": tgt, "additionalDetails": extra}
    rec = {"time": f_iso7(d), "resourceId": "/tenants/%s/providers/Microsoft.aadiam" % tenant, "operationName": act,
           "operationVersion": "1.0", "category": "AuditLogs", "tenantId": tenant, "resultSignature": "None",
           "durationMs": 0, "callerIpAddress": "<null>", "correlationId": cid, "Level": 4, "properties": props}
    return [mk("entra-audit", jparts(rec))]


# ----------------------------------------------------------------------------
# SCIM provisioning (Spring Boot provisioner + nginx)
# ----------------------------------------------------------------------------
def spring(d, lvl, thread, logger):
    return "%s %5s 1 --- [%s] %-40s : " % (f_spring(d), lvl, ("%15s" % thread)[-15:], logger[:40])


def scim_patient_body(p, ea, full=True):
    ext = "urn:ietf:params:scim:schemas:extension:kvh:2.0:Patient"
    b = {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", ext]}
    if not p.is_proxy:
        b["externalId"] = Ph(p.mrn, "mrn")
    else:
        b["externalId"] = "PX-" + p.kcid[:8]
    b["userName"] = Ph(p.email, "email")
    b["name"] = {"formatted": Ph(p.full, "name"), "familyName": Ph(p.last, "name"), "givenName": Ph(p.first, "name")}
    b["displayName"] = Ph(p.full, "name")
    b["active"] = True
    b["emails"] = [{"value": Ph(p.email, "email"), "type": "home", "primary": True}]
    phs = [{"value": Ph(fmt_phone(p.phone, "e164"), "phone"), "type": "mobile", "primary": True}]
    if getattr(p, "fax", None) and random.random() < 0.7:
        phs.append({"value": Ph(fmt_phone(p.fax, "e164"), "fax"), "type": "fax"})
    b["phoneNumbers"] = phs
    if full:
        b["addresses"] = [{"type": "home", "formatted": Str([(p.street, "address"), ("\n", None), (p.city, "address"),
                                                              (", OH ", None), (p.zip, "zip"), ("\nUS", None)]),
                           "streetAddress": Ph(p.street, "address"), "locality": Ph(p.city, "address"),
                           "region": "OH", "postalCode": Ph(p.zip, "zip"), "country": "US", "primary": True}]
        if not p.is_proxy and random.random() < 0.3:
            b["photos"] = [{"value": Ph("data:image/jpeg;base64," + jpeg_b64(random.randint(60, 110)), "photo"), "type": "photo"}]
    if getattr(p, "url", None):
        b["profileUrl"] = Ph(p.url, "url")
    b["preferredLanguage"] = getattr(p, "lang", "en")
    if not p.is_proxy:
        e = {"mrn": Ph(p.mrn, "mrn"), "birthDate": Ph(p.dob, "date"), "healthPlanMemberId": Ph(p.member, "health_plan"),
             "healthPlanName": p.plan_name, "portalUsername": Ph(p.user, "other_id"), "facility": "KVH-MAIN"}
        if p.age > 89:
            e["ageYears"] = Ph(p.age, "age")
        b[ext] = e
    else:
        b[ext] = {"proxyFor": Ph(p.for_p.mrn, "mrn"), "relationship": p.rel, "portalUsername": Ph(p.user, "other_id")}
    return b


def gen_scim_patient():
    p = pick_patient()
    fam = "scim-provisioner"
    d = tick()
    th = "scim-worker-%d" % random.randint(1, 8)
    lg = "c.k.prov.scim.CareMessengerScimClient"
    rid = uuid4()
    ea = random.random() < 0.5
    L = []
    k = random.choice(["create", "create", "patch", "get"])
    if k == "create" and getattr(p, "scim_created", False):
        k = random.choice(["patch", "get"])
    host = "https://scim.caremessenger.io/scim/v2"
    if k == "get":
        q = [("/Users?filter=userName+eq+%22", None), (quote(p.email, safe=""), "email"), ("%22&attributes=id,active", None)]
        L.append(mk(fam, spring(step(), "INFO", th, lg), "--> GET " + host, q, " (requestId=%s)" % rid))
        L.append(mk(fam, spring(step(80, 900), "INFO", th, lg), "<-- 200 OK (%dms) totalResults=%d" % (random.randint(60, 900), random.choice([0, 1]))))
        return L
    if k == "create":
        p.scim_created = True
        L.append(mk(fam, spring(step(), "INFO", th, lg), "--> POST %s/Users (requestId=%s, tenant=kvh-prod)" % (host, rid)))
        L.append(mk(fam, spring(step(1, 3), "DEBUG", th, lg), "request body: ", jparts(scim_patient_body(p, ea, random.random() < 0.7), ea)))
        L.append(mk(fam, spring(step(80, 900), "INFO", th, lg), "<-- 201 Created (%dms) location=%s/Users/%s" % (random.randint(80, 900), host, p.scim_id)))
        if random.random() < 0.5:
            resp = {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "id": p.scim_id,
                    "externalId": Ph(p.mrn, "mrn") if not p.is_proxy else "PX-" + p.kcid[:8],
                    "userName": Ph(p.email, "email"), "active": True,
                    "meta": {"resourceType": "User", "created": f_iso(d)[:-5] + "Z", "lastModified": f_iso(d)[:-5] + "Z",
                             "location": "%s/Users/%s" % (host, p.scim_id), "version": 'W/"1"'}}
            L.append(mk(fam, spring(step(1, 3), "DEBUG", th, lg), "response body: ", jparts(resp, ea)))
        return L
    ops = random.choice([
        [{"op": "replace", "path": 'phoneNumbers[type eq "mobile"].value', "value": Ph(fmt_phone(p.phone, "e164"), "phone")}],
        [{"op": "replace", "path": "emails[type eq \"home\"].value", "value": Ph(p.email, "email")}],
        [{"op": "replace", "path": "active", "value": False}],
        [{"op": "replace", "value": {"addresses": [{"type": "home", "streetAddress": Ph(p.street, "address"),
                                                    "locality": Ph(p.city, "address"), "region": "OH", "postalCode": Ph(p.zip, "zip")}]}}],
    ])
    body = {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": ops}
    L.append(mk(fam, spring(step(), "INFO", th, lg), "--> PATCH %s/Users/%s (requestId=%s, tenant=kvh-prod)" % (host, p.scim_id, rid)))
    L.append(mk(fam, spring(step(1, 3), "DEBUG", th, lg), "request body: ", jparts(body, ea)))
    code = random.choice(["204 No Content", "200 OK", "204 No Content", "404 Not Found", "429 Too Many Requests"])
    L.append(mk(fam, spring(step(80, 900), "INFO" if code[0] == "2" else "WARN", th, lg), "<-- %s (%dms)" % (code, random.randint(60, 1400))))
    return L


def gen_scim_staff():
    s = random.choice(STAFF)
    d = tick()
    L = []
    uid = uuid4()
    ua = "Azure-AD-SCIM-Service/1.0"
    meth = random.choice(["GET", "PATCH", "POST", "PATCH"])
    if meth == "GET":
        path = "/scim/v2/Users?filter=userName+eq+%22" + quote(s.upn, safe="") + "%22"
    else:
        path = "/scim/v2/Users" + ("" if meth == "POST" else "/" + uid)
    code = {"GET": 200, "PATCH": random.choice([200, 204]), "POST": random.choice([201, 409])}[meth]
    L.append(mk("nginx-access", '10.40.3.%d - - [%s] "%s %s HTTP/1.1" %d %d "-" "%s" rt=0.%03d uct=0.000 urt=0.%03d' % (
        random.randint(2, 40), f_clf(d), meth, path, code, random.randint(0, 2200), ua, random.randint(5, 400), random.randint(5, 400))))
    if meth in ("POST", "PATCH") and random.random() < 0.6:
        if meth == "POST":
            body = {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
                    "externalId": s.empno, "userName": s.upn, "active": True, "displayName": s.full,
                    "title": s.title, "emails": [{"primary": True, "type": "work", "value": s.email}],
                    "name": {"formatted": s.full, "familyName": s.last, "givenName": s.first},
                    "phoneNumbers": [{"type": "work", "value": fmt_phone(s.phone, "entra")}],
                    "addresses": [{"type": "work", "streetAddress": HOSP_ADDR[1], "locality": HOSP_ADDR[2], "region": "OH",
                                   "postalCode": HOSP_ADDR[4], "country": "US", "primary": True}],
                    "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
                        "employeeNumber": s.empno, "department": s.dept, "costCenter": "CC-%d" % random.randint(4000, 4999),
                        "manager": {"value": random.choice(STAFF).oid}}}
        else:
            body = {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                    "Operations": [{"op": "Replace", "path": "title", "value": s.title},
                                   {"op": "Replace", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department", "value": s.dept}]}
        L.append(mk("scim-gateway", spring(step(), "DEBUG", "nio-8443-exec-%d" % random.randint(1, 20), "c.k.scim.web.RequestLoggingFilter"),
                    "REQUEST %s %s tenant=servicenow body=" % (meth, path.split("?")[0]), jparts(body, sep=(",", ":"))))
    return L


# ----------------------------------------------------------------------------
# Keycloak
# ----------------------------------------------------------------------------
def kc_kv(fields, quoted):
    out = []
    for i, (k, v) in enumerate(fields):
        if i:
            out.append((", ", None))
        vp = v if isinstance(v, list) else [(str(v), None)]
        if quoted:
            out += [(k + '="', None)] + vp + [('"', None)]
        else:
            out += [(k + "=", None)] + vp
    return out


def kc_line(fam, style, lvl, logger, thread, kvparts, d):
    if style == "json":
        KC_SEQ[0] += random.randint(1, 40)
        rec = {"timestamp": d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d" % (d.microsecond // 1000) + "-04:00",
               "sequence": KC_SEQ[0], "loggerClassName": "org.jboss.logging.Logger", "loggerName": logger,
               "level": lvl, "message": Str(kvparts), "threadName": thread, "threadId": random.randint(30, 240),
               "mdc": {}, "ndc": "", "hostName": "kc-%d" % random.randint(1, 3), "processName": "QuarkusEntryPoint",
               "processId": 1}
        return mk(fam + "-json", jparts(rec))
    return mk(fam, "%s %-5s [%s] (%s) " % (f_kc(d), lvl, logger, thread), kvparts)


def gen_kc_event(patient):
    d = tick()
    style = random.choice(["legacy", "quoted", "quoted", "json"])
    quoted = style != "legacy"
    thread = ("default task-%d" if style == "legacy" else "executor-thread-%d") % random.randint(1, 64)
    realm = "patients" if patient else "workforce"
    F = [("type", None)]
    if patient:
        p = pick_patient()
        ip = [(random.choice(p.ips), "ip")]
        client = random.choice(["kvh-myhealth-web", "kvh-myhealth-ios", "kvh-myhealth-android"])
        uname_is_mail = random.random() < 0.4
        uname = [(p.email, "email")] if uname_is_mail else [(p.user, "other_id")]
        uid = p.kcid
    else:
        s = random.choice(STAFF)
        ip = [(random.choice(["10.12.%d.%d" % (random.randint(0, 9), random.randint(2, 250)), s.ip]), None)]
        client = random.choice(["epic-hyperspace-sso", "servicenow", "grafana", "kvh-intranet"])
        uname = [(s.user, None)]
        uid = s.oid
    typ = random.choice(["LOGIN", "LOGIN", "LOGIN_ERROR", "LOGIN_ERROR", "CODE_TO_TOKEN", "SEND_RESET_PASSWORD",
                         "UPDATE_PASSWORD", "LOGOUT", "UPDATE_PROFILE", "REFRESH_TOKEN_ERROR"])
    if not patient and typ == "UPDATE_PROFILE":
        typ = "LOGIN"
    sess = uuid4()
    base = []
    if quoted:
        base += [("realmId", KC_REALM_ID[realm]), ("realmName", realm)]
    else:
        base += [("realmId", realm)]
    lvl = "DEBUG"
    if typ in ("LOGIN", "UPDATE_PASSWORD"):
        base += [("clientId", client), ("userId", uid)]
        if quoted:
            base += [("sessionId", sess)]
        base += [("ipAddress", ip)]
        if typ == "LOGIN":
            base += [("auth_method", "openid-connect"), ("auth_type", "code"), ("response_type", "code"),
                     ("redirect_uri", "https://myhealth.kvhealth.org/oidc/callback" if patient else "https://%s.kvhealth.org/sso/callback" % client.split("-")[0]),
                     ("consent", "no_consent_required"), ("code_id", sess), ("username", uname),
                     ("response_mode", "query"), ("authSessionParentId", sess), ("authSessionTabId", alnum(11, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"))]
        else:
            base += [("auth_method", "openid-connect"), ("custom_required_action", "UPDATE_PASSWORD"), ("username", uname)]
    elif typ == "LOGIN_ERROR":
        lvl = "WARN"
        err = random.choice(["invalid_user_credentials", "user_not_found", "user_temporarily_disabled"])
        base += [("clientId", client), ("userId", "null" if err == "user_not_found" else uid)]
        if quoted:
            base += [("sessionId", "null")]
        base += [("ipAddress", ip), ("error", err), ("auth_method", "openid-connect"), ("auth_type", "code"),
                 ("redirect_uri", "https://myhealth.kvhealth.org/oidc/callback" if patient else "https://intranet.kvhealth.org/sso/callback"),
                 ("code_id", sess), ("username", uname)]
    elif typ == "CODE_TO_TOKEN":
        base += [("clientId", client), ("userId", uid)]
        if quoted:
            base += [("sessionId", sess)]
        base += [("ipAddress", "10.40.2.%d" % random.randint(20, 40)), ("token_id", uuid4()), ("grant_type", "authorization_code"),
                 ("refresh_token_type", "Refresh"), ("scope", "openid profile email"), ("refresh_token_id", uuid4()),
                 ("code_id", sess), ("client_auth_method", "client-secret")]
    elif typ == "REFRESH_TOKEN_ERROR":
        lvl = "WARN"
        base += [("clientId", client), ("userId", "null")]
        if quoted:
            base += [("sessionId", "null")]
        base += [("ipAddress", "10.40.2.%d" % random.randint(20, 40)), ("error", "invalid_token"),
                 ("grant_type", "refresh_token"), ("client_auth_method", "client-secret")]
    elif typ == "LOGOUT":
        base += [("clientId", "null"), ("userId", uid)]
        if quoted:
            base += [("sessionId", sess)]
        base += [("ipAddress", ip), ("redirect_uri", "https://myhealth.kvhealth.org/" if patient else "https://intranet.kvhealth.org/")]
    elif typ == "SEND_RESET_PASSWORD":
        base += [("clientId", client), ("userId", uid)]
        if quoted:
            base += [("sessionId", "null")]
        em = [(p.email, "email")] if patient else [(s.email, None)]
        base += [("ipAddress", ip), ("auth_method", "openid-connect"), ("auth_type", "code"),
                 ("redirect_uri", "https://myhealth.kvhealth.org/oidc/callback" if patient else "https://intranet.kvhealth.org/sso/callback"),
                 ("code_id", sess), ("email", em), ("username", uname if patient else [(s.user, None)])]
    else:  # UPDATE_PROFILE (patients)
        newph = mk_phone(p.phone[0])
        base += [("clientId", "account-console"), ("userId", uid)]
        if quoted:
            base += [("sessionId", sess)]
        base += [("ipAddress", ip), ("auth_method", "openid-connect"), ("context", "ACCOUNT"),
                 ("previous_phoneNumber", [(fmt_phone(p.phone, "dash"), "phone")]),
                 ("updated_phoneNumber", [(fmt_phone(newph, "dash"), "phone")])]
        if random.random() < 0.5:
            base += [("previous_last_name", [(p.last.upper(), "name")]), ("updated_last_name", [(p.last, "name")])]
    F = [("type", typ)] + base
    kv = kc_kv(F, quoted)
    return [kc_line("keycloak-event", style, lvl, "org.keycloak.events", thread, kv, d)]


def gen_kc_admin(patient):
    d = tick()
    admin = random.choice(STAFF[:3] + STAFF[5:6])
    if not patient:
        quoted = random.random() < 0.6
        realm = random.choice(["workforce", "patients"])
        F = [("operationType", random.choice(["UPDATE", "ACTION", "CREATE", "DELETE"]))]
        F += ([("realmId", KC_REALM_ID[realm]), ("realmName", realm)] if quoted else [("realmId", realm)])
        F += [("clientId", "security-admin-console"), ("userId", admin.oid), ("ipAddress", random.choice(ADMIN_IPS)),
              ("resourceType", random.choice(["USER", "USER", "GROUP_MEMBERSHIP", "CLIENT", "REALM_ROLE_MAPPING"])),
              ("resourcePath", "users/%s%s" % (uuid4(), random.choice(["", "/reset-password", "/groups/" + uuid4(), "/logout"])))]
        return [kc_line("keycloak-admin-event", random.choice(["legacy", "legacy", "json"]), "DEBUG", "org.keycloak.events",
                        "executor-thread-%d" % random.randint(1, 64), kc_kv(F, quoted), d)]
    p = pick_patient()
    rep = {"id": p.kcid, "createdTimestamp": epoch(d) * 1000 - random.randint(10**8, 10**10), "username": Ph(p.user, "other_id"),
           "enabled": random.choice([True, True, False]), "totp": False, "emailVerified": True,
           "firstName": Ph(p.first, "name"), "lastName": Ph(p.last, "name"), "email": Ph(p.email, "email"),
           "federationLink": "9d1f27c3-8e45-4b0a-a6c2-3f8e5d7b1e94"}
    attrs = {"LDAP_ENTRY_DN": Str([("uid=", None), (p.user, "other_id"), (",ou=%s,%s" % ("proxies" if p.is_proxy else "patients", BASE_DN), None)]),
             "LDAP_ID": uuid4(), "phone_number": [Ph(fmt_phone(p.phone, "e164"), "phone")]}
    if not p.is_proxy:
        attrs["mrn"] = [Ph(p.mrn, "mrn")]
        attrs["birthdate"] = [Ph(p.dob, "date")]
        if random.random() < 0.5:
            attrs["guarantor_account"] = [Ph(p.account, "account")]
        if random.random() < 0.4:
            attrs["insurance_member_id"] = [Ph(p.member, "health_plan")]
        if p.fax and random.random() < 0.7:
            attrs["fax_number"] = [Ph(fmt_phone(p.fax, "e164"), "fax")]
        if p.age > 89:
            attrs["age"] = [Ph(str(p.age), "age")]
    else:
        attrs["proxy_for"] = [Ph(p.for_p.user, "other_id")]
    if getattr(p, "url", None):
        attrs["website"] = [Ph(p.url, "url")]
    if getattr(p, "plate", None) and random.random() < 0.6:
        attrs["parking_permit_plate"] = [Ph(p.plate, "vehicle")]
    attrs["locale"] = ["en"]
    rep["attributes"] = attrs
    rep["disableableCredentialTypes"] = []
    rep["requiredActions"] = random.choice([[], ["UPDATE_PASSWORD"], ["VERIFY_EMAIL"]])
    rep["notBefore"] = 0
    rep_parts = jparts(rep)
    ev = {"id": uuid4(), "time": epoch(d) * 1000 + d.microsecond // 1000, "realmId": KC_REALM_ID["patients"],
          "authDetails": {"realmId": KC_REALM_ID["workforce"], "clientId": "security-admin-console",
                          "userId": admin.oid, "ipAddress": random.choice(ADMIN_IPS)},
          "operationType": random.choice(["UPDATE", "UPDATE", "CREATE"]), "resourceType": "USER",
          "resourcePath": "users/" + p.kcid, "representation": Str(rep_parts), "error": None}
    pre = "%s INFO  [com.kvh.keycloak.events.KafkaAdminEventListener] (executor-thread-%d) published admin event: " % (
        f_kc(d), random.randint(1, 64))
    if random.random() < 0.5:
        return [mk("keycloak-admin-event", pre, jparts(ev))]
    return [mk("keycloak-admin-event", jparts(ev))]


def gen_kc_misc():
    d = tick()
    th = "executor-thread-%d" % random.randint(1, 64)
    opts = [
        ("INFO", "org.keycloak.storage.ldap.LDAPStorageProviderFactory", "Timer-0",
         "Sync changed users from LDAP to local store: realm: patients, federation provider: kvh-ldap-patients, last sync time: %s" % (
             (d - datetime.timedelta(minutes=15)).strftime("%a %b %d %H:%M:%S EDT %Y"))),
        ("INFO", "org.keycloak.storage.ldap.LDAPStorageProviderFactory", "Timer-0",
         "Sync changed users finished: %d imported users, %d updated users" % (random.randint(0, 6), random.randint(0, 40))),
        ("WARN", "org.keycloak.services", th,
         "KC-SERVICES0013: Failed authentication: org.keycloak.authentication.AuthenticationFlowException"),
        ("INFO", "org.infinispan.CLUSTER", "jgroups-%d,kc-2-41022" % random.randint(2, 12),
         "ISPN000094: Received new cluster view for channel ISPN: [kc-1-18273|%d] (3) [kc-1-18273, kc-2-41022, kc-3-55120]" % random.randint(8, 20)),
        ("ERROR", "org.keycloak.services.error.KeycloakErrorHandler", th,
         "Uncaught server error: org.keycloak.models.ModelException: LDAP Query failed"),
        ("WARN", "org.keycloak.events", th,
         "type=CODE_TO_TOKEN_ERROR, realmId=patients, clientId=kvh-myhealth-web, userId=null, ipAddress=10.40.2.%d, error=invalid_code, grant_type=authorization_code, code_id=%s, client_auth_method=client-secret" % (random.randint(20, 40), uuid4())),
        ("INFO", "io.quarkus", "main",
         "Keycloak 24.0.1 on JVM (powered by Quarkus 3.8.1) started in %.3fs. Listening on: https://0.0.0.0:8443. Management interface listening on http://0.0.0.0:9000." % (random.uniform(9, 22))),
        ("WARN", "org.keycloak.protocol.oidc.utils.RedirectUtils", th,
         "Invalid redirect uri: https://myhealth-staging.kvhealth.org/oidc/callback?state=%s" % hexs(16)),
        ("DEBUG", "org.keycloak.transaction.JtaTransactionWrapper", th, "JtaTransactionWrapper end. Request Context: HTTP POST /realms/patients/protocol/openid-connect/token"),
    ]
    lvl, lg, t, m = random.choice(opts)
    return [mk("keycloak-server", "%s %-5s [%s] (%s) %s" % (f_kc(d), lvl, lg, t, m))]


def gen_kc_ldap_patient():
    d = tick()
    p = pick_patient()
    th = "executor-thread-%d" % random.randint(1, 64)
    k = random.choice(["exists", "query", "valid"])
    pre = "%s %-5s " % (f_kc(d), "WARN" if k != "query" else "ERROR")
    if k == "exists":
        return [mk("keycloak-server", pre + "[org.keycloak.storage.ldap.LDAPStorageProvider] (%s) User with username [" % th,
                   [(p.user, "other_id")], "] already exists and is linked to provider [kvh-ldap-patients] but is not valid. Stale LDAP_ID on local user is: %s" % uuid4())]
    if k == "query":
        return [mk("keycloak-server", pre + "[org.keycloak.storage.ldap.idm.store.ldap.LDAPOperationManager] (%s) Could not query server using DN [ou=patients,%s] and filter [(&(|(uid=" % (th, BASE_DN),
                   [(p.email, "email")], ")(mail=", [(p.email, "email")], "))(objectclass=inetOrgPerson))]: javax.naming.CommunicationException: ldap01.kvhealth.org:636 [Root exception is java.net.SocketTimeoutException: Read timed out]")]
    return [mk("keycloak-server", pre + "[org.keycloak.services] (%s) KC-SERVICES0087: Failed to validate LDAP user " % th,
               [("'", None), (p.full, "name"), ("' (", None), (p.user, "other_id"), (")", None)], ": password policy violation pwdMaxFailure")]


# ----------------------------------------------------------------------------
# FreeRADIUS (patient/guest Wi-Fi + corporate EAP)
# ----------------------------------------------------------------------------
def gen_radius(patient):
    d = tick()
    RAD_ID[0] += random.randint(1, 30)
    r = RAD_ID[0]
    fam = "freeradius-log"
    pre = "%s : " % f_ctime(d)
    if patient:
        p = pick_patient()
        mac = random.choice(p.macs)
        cli = [(fmt_mac(mac, random.choice(["dash", "DASH"])), "device")]
        wlc = random.choice(["wlc-guest-01", "wlc-guest-02"])
        k = random.choice(["ok", "ok", "bad", "bad_user"])
        if k == "ok":
            return [mk(fam, pre, "Auth: (%d) Login OK: [" % r, [(p.user, "other_id")], "] (from client %s port 0 cli " % wlc, cli, ")")]
        if k == "bad":
            return [mk(fam, pre, "Auth: (%d) Login incorrect (ldap: Bind credentials incorrect): [" % r, [(p.user, "other_id")],
                       "] (from client %s port 0 cli " % wlc, cli, ")")]
        return [mk(fam, pre, "Auth: (%d) Login incorrect (ldap: User object not found): [" % r, [(p.email, "email")],
                   "] (from client %s port 0 cli " % wlc, cli, ")")]
    s = random.choice(STAFF)
    k = random.choice(["eap", "eap", "host", "mab", "badeap"])
    mac = fmt_mac(s.mac, "dash")
    if k == "eap":
        return [mk(fam, pre + "Auth: (%d) Login OK: [KVH\\%s] (from client wlc-corp-0%d port 0 cli %s via TLS tunnel)" % (r, s.user, random.randint(1, 3), mac))]
    if k == "badeap":
        return [mk(fam, pre + "Auth: (%d) Login incorrect (mschap: MS-CHAP2-Response is incorrect): [KVH\\%s/<via Auth-Type = eap>] (from client wlc-corp-01 port 0 cli %s via TLS tunnel)" % (r, s.user, mac))]
    if k == "host":
        return [mk(fam, pre + "Auth: (%d) Login OK: [host/%s.corp.kvhealth.org] (from client wlc-corp-02 port 0 cli %s)" % (r, s.ws, mac))]
    dev = mk_mac(False)
    return [mk(fam, pre + "Auth: (%d) Login OK: [%s] (from client sw-bmed-%02d port %d cli %s)" % (
        r, fmt_mac(dev, "plain"), random.randint(1, 12), random.randint(1, 48), fmt_mac(dev, "DASH")))]


def gen_radius_misc():
    d = tick()
    RAD_ID[0] += random.randint(1, 10)
    opts = ["Info: Ready to process requests",
            "Info: Need %d more connections to reach 10 spares" % random.randint(1, 5),
            "Info: rlm_sql (sql): Opening additional connection (%d), 1 of %d pending slots used" % (random.randint(5, 60), random.randint(20, 32)),
            "Error: (%d) eap_peap: ERROR: TLS Alert read:fatal:unknown CA" % RAD_ID[0],
            "Error: (%d) Ignoring request to auth address * port 1812 bound to server default from unknown client 203.0.113.%d port %d proto udp" % (RAD_ID[0], random.randint(2, 250), random.randint(1024, 65000)),
            "Warning: (%d) rlm_rest (guest_portal): Server returned: 503 Service Unavailable" % RAD_ID[0],
            "Info: rlm_ldap (ldap): Opening additional connection (%d), 1 of 31 pending slots used" % random.randint(5, 60),
            "Auth: (%d) Login incorrect (rest: Server returned 401): [nac-healthcheck] (from client nac-monitor-01 port 0)" % RAD_ID[0],
            "Info: Loaded virtual server guest-portal"]
    return [mk("freeradius-log", "%s : %s" % (f_ctime(d), random.choice(opts)))]


def gen_radius_detail(patient):
    d = tick()
    fam = "freeradius-detail"
    L = [mk(fam, f_ctime(d))]
    sid = "%08X-%08X" % (random.getrandbits(32), random.getrandbits(32))
    stt = random.choice(["Start", "Interim-Update", "Stop"])
    if patient:
        p = pick_patient()
        user = [(p.user, "other_id")] if random.random() < 0.8 else [(p.email, "email")]
        mac = random.choice(p.macs)
        cs = [(fmt_mac(mac, "dash"), "device")]
        ssid = "KVH-Patient-WiFi"
        nas = "10.60.0.%d" % random.randint(5, 9)
        fip = "10.128.%d.%d" % (random.randint(0, 63), random.randint(2, 254))
    else:
        s = random.choice(STAFF)
        user = [("KVH\\" + s.user, None)]
        cs = [(fmt_mac(s.mac, "dash"), None)]
        ssid = "KVH-Corp"
        nas = "10.60.1.%d" % random.randint(5, 9)
        fip = "10.20.%d.%d" % (random.randint(0, 63), random.randint(2, 254))
    items = [("Acct-Session-Id", T('"%s"' % sid)), ("Acct-Status-Type", T(stt)),
             ("User-Name", [('"', None)] + user + [('"', None)]),
             ("Calling-Station-Id", [('"', None)] + cs + [('"', None)]),
             ("Called-Station-Id", T('"%s:%s"' % (fmt_mac(mk_mac(False), "dash"), ssid))),
             ("NAS-IP-Address", T(nas)), ("NAS-Port-Type", T("Wireless-802.11")),
             ("Framed-IP-Address", T(fip)),
             ("Acct-Authentic", T("RADIUS"))]
    if stt != "Start":
        items += [("Acct-Session-Time", T(str(random.randint(60, 40000)))),
                  ("Acct-Input-Octets", T(str(random.randint(10**5, 10**9)))),
                  ("Acct-Output-Octets", T(str(random.randint(10**5, 10**9))))]
    if stt == "Stop":
        items.append(("Acct-Terminate-Cause", T(random.choice(["User-Request", "Idle-Timeout", "Lost-Carrier", "Session-Timeout"]))))
    items += [("Event-Timestamp", T('"%s EDT"' % d.strftime("%b %d %Y %H:%M:%S"))),
              ("Tmp-String-9", T('"ai:"')),
              ("Acct-Unique-Session-Id", T('"%s"' % hexs(32))),
              ("Timestamp", T(str(epoch(d))))]
    for k, v in items:
        L.append(mk(fam, "\t%s = " % k, v))
    L.append(mk(fam, ""))
    return L


# ----------------------------------------------------------------------------
# password reset service: SMS / email / identity verification
# ----------------------------------------------------------------------------
def zap(d, lvl, caller, msg, fields):
    rec = {"level": lvl, "ts": f_iso(d), "caller": caller, "msg": msg}
    rec.update(fields)
    return jparts(rec)


def logfmt(fields):
    out = []
    for i, (k, v) in enumerate(fields):
        if i:
            out.append((" ", None))
        vp = v if isinstance(v, list) else [(str(v), None)]
        s = flat(vp)
        if " " in s or '"' in s or s == "":
            out += [(k + '="', None)] + [(x.replace('"', '\\"'), c) for x, c in vp] + [('"', None)]
        else:
            out += [(k + "=", None)] + vp
    return out


def gen_pw_sms(patient):
    d = tick()
    L = []
    req = hexs(16)
    if patient:
        p = pick_patient()
        to = [(fmt_phone(p.phone, "e164"), "phone")]
        user = Ph(p.user, "other_id")
        realm = "patients"
    else:
        s = random.choice(STAFF)
        to = [(fmt_phone(s.phone, "e164"), None)]
        user = s.user
        realm = "workforce"
    sid = "SM" + hexs(32)
    k = random.choice(["zap", "logfmt", "cb"])
    if k == "zap":
        f = {"req_id": req, "realm": realm, "user": user, "channel": "sms", "to": Ph(flat(to), "phone") if patient else flat(to),
             "template": "PWRESET_OTP_V2", "provider": "twilio", "message_sid": sid, "segments": 1}
        L.append(mk("pwreset-json", zap(d, "info", "notify/sms.go:%d" % random.randint(80, 140), "otp sms queued", f)))
        if random.random() < 0.4:
            L.append(mk("pwreset-json", zap(step(), "debug", "notify/sms.go:151", "sms body rendered",
                                            {"req_id": req, "body": "KV MyHealth: your verification code is %s. It expires in 10 minutes. Don't share this code." % digits(6),
                                             "len": 92})))
    elif k == "logfmt":
        fl = [("time", f_iso(d)), ("level", "INFO"), ("msg", "sms sent"), ("svc", "pwreset-notifier"), ("realm", realm),
              ("to", to), ("from", fmt_phone(HOSP_MAIN, "e164") if random.random() < 0.5 else "86753"),
              ("sid", sid), ("status", "queued"), ("price", "-0.00790"), ("req", req)]
        L.append(mk("pwreset-logfmt", logfmt(fl)))
    else:
        body = [("MessageSid=" + sid + "&MessageStatus=" + random.choice(["delivered", "sent", "undelivered"]) + "&To=", None)] + \
            urlq(to) + [("&From=%2B19375550100&AccountSid=AC" + hexs(32) + "&ApiVersion=2010-04-01", None)]
        L.append(mk("twilio-callback", '%s INFO  [hooks] POST /hooks/twilio/status?realm=%s 204 %dms form="' % (f_iso(d), realm, random.randint(2, 30)), body, '"'))
    return L


def gen_pw_email(patient):
    d = tick()
    L = []
    qid = "%X" % random.getrandbits(40)
    msgid = "%s.%s@mail.kvhealth.org" % (hexs(12), hexs(8))
    if patient:
        p = pick_patient()
        rc = [(p.email, "email")]
        realm = "patients"
    else:
        s = random.choice(STAFF)
        rc = [(s.email, None)]
        realm = "workforce"
    tmpl = random.choice(["pw_reset_link_v3", "pw_reset_link_v3", "pw_changed_notice", "account_locked_notice"])
    if random.random() < 0.7:
        f = [("time", f_iso(d)), ("level", "INFO"), ("msg", "email queued"), ("svc", "pwreset-mailer"), ("realm", realm),
             ("template", tmpl), ("rcpt", rc), ("message_id", "<%s>" % msgid), ("relay", "mail01.kvhealth.org:587")]
        if patient and tmpl == "pw_reset_link_v3" and random.random() < 0.8:
            url = "https://myhealth.kvhealth.org/account/reset?u=%s&t=%s" % (p.user, hexs(24))
            f.append(("link", [(url, "url")]))
        elif tmpl == "pw_reset_link_v3":
            f.append(("link_token_sha256", hexs(16)))
        L.append(mk("pwreset-logfmt", logfmt(f)))
    host = "mail01"
    L.append(mk("postfix", "%s %s postfix/cleanup[%d]: %s: message-id=<%s>" % (f_sys(step()), host, random.randint(2000, 30000), qid, msgid)))
    L.append(mk("postfix", "%s %s postfix/qmgr[1422]: %s: from=<noreply@kvhealth.org>, size=%d, nrcpt=1 (queue active)" % (
        f_sys(step()), host, qid, random.randint(4000, 22000))))
    dom = flat(rc).split("@")[1]
    relay = {"gmail.com": ("gmail-smtp-in.l.google.com", "142.250.%d.%d" % (random.randint(100, 150), random.randint(2, 250))),
             "yahoo.com": ("mta6.am0.yahoodns.net", "67.195.204.%d" % random.randint(2, 250)),
             "outlook.com": ("outlook-com.olc.protection.outlook.com", "52.101.%d.%d" % (random.randint(1, 60), random.randint(2, 250))),
             "hotmail.com": ("hotmail-com.olc.protection.outlook.com", "52.101.%d.%d" % (random.randint(1, 60), random.randint(2, 250)))
             }.get(dom, ("mx.%s" % dom, "%d.%d.%d.%d" % (random.choice([64, 66, 17, 185]), random.randint(1, 254), random.randint(0, 255), random.randint(2, 250))))
    if dom == "kvhealth.org":
        relay = ("kvhealth-org.mail.protection.outlook.com", "52.101.8.%d" % random.randint(2, 250))
    bounced = random.random() < 0.12
    st = ("status=bounced (host %s[%s] said: 550 5.1.1 <%s>: Recipient address rejected: User unknown (in reply to RCPT TO command))" % (
        relay[0], relay[1], "%s") if bounced else
          ("status=sent (250 2.0.0 OK  %d %s - gsmtp)" % (epoch(d), hexs(10)) if "google" in relay[0] else
           "status=sent (250 ok dirdel)" if "yahoo" in relay[0] else
           "status=sent (250 2.6.0 <%s> [InternalId=%d, Hostname=%s.namprd05.prod.outlook.com] Queued mail for delivery)" % (
               msgid, random.randint(10**12, 10**13), alnum(7).upper()) if "outlook" in relay[0] else
           "status=sent (250 2.0.0 Ok: queued as %s)" % alnum(10)))
    pieces = ["%s %s postfix/smtp[%d]: %s: to=<" % (f_sys(step(200, 2000)), host, random.randint(2000, 30000), qid), rc,
              ">, relay=%s[%s]:25, delay=%.1f, delays=0.%02d/0.01/0.%02d/0.%02d, dsn=%s, " % (
                  relay[0], relay[1], random.uniform(0.3, 3), random.randint(1, 99), random.randint(1, 99), random.randint(1, 99),
                  "5.1.1" if bounced else "2.0.0")]
    if bounced:
        a, b = st.split("%s")
        pieces += [a, rc, b]
    else:
        pieces.append(st)
    L.append(mk("postfix", *pieces))
    if random.random() < 0.5:
        L.append(mk("postfix", "%s %s postfix/qmgr[1422]: %s: removed" % (f_sys(step()), host, qid)))
    return L


def gen_sendgrid():
    d = tick()
    p = pick_patient()
    ev = random.choice(["delivered", "open", "click", "processed", "deferred"])
    rec = {"email": Ph(p.email, "email"), "timestamp": epoch(d), "smtp-id": "<%s@kvhealth.org>" % hexs(22), "event": ev,
           "category": ["pwreset", "patients"], "sg_event_id": alnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
           "sg_message_id": "%s.filterdrecv-%s-%d" % (alnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), hexs(10), random.randint(1, 9))}
    if ev in ("open", "click"):
        rec["ip"] = Ph(random.choice(p.ips), "ip")
        rec["useragent"] = random.choice(UAS)
        if ev == "click":
            rec["url"] = "https://myhealth.kvhealth.org/account/reset?t=%s" % hexs(24)
        rec["sg_machine_open"] = False
    elif ev == "delivered":
        rec["ip"] = "149.72.%d.%d" % (random.randint(1, 250), random.randint(2, 250))
        rec["response"] = "250 2.0.0 OK  %d - gsmtp" % epoch(d)
        rec["tls"] = 1
    elif ev == "deferred":
        rec["ip"] = "167.89.%d.%d" % (random.randint(1, 120), random.randint(2, 250))
        rec["response"] = "421 4.7.0 [TSS04] Messages temporarily deferred due to unexpected volume"
        rec["attempt"] = str(random.randint(1, 5))
    pre = "%s INFO  [sendgrid-webhook] batch=1 events=" % f_iso(d)
    return [mk("sendgrid-webhook", pre, jparts([rec], sep=(",", ":")))]


def gen_pw_request(patient):
    d = tick()
    if patient:
        p = pick_patient()
        ident = Ph(p.email, "email") if random.random() < 0.6 else Ph(p.user, "other_id")
        ip = Ph(random.choice(p.ips), "ip")
        realm = "patients"
    else:
        s = random.choice(STAFF)
        ident = s.upn
        ip = random.choice(["10.12.%d.%d" % (random.randint(0, 9), random.randint(2, 250)), s.ip])
        realm = "workforce"
    camel = random.random() < 0.5
    if camel:
        f = {"requestId": uuid4(), "realm": realm, "identifier": ident, "clientIp": ip, "userAgent": random.choice(UAS),
             "channelOffered": random.choice(["sms", "email", "sms,email"])}
    else:
        f = {"req_id": hexs(16), "realm": realm, "identifier": ident, "client_ip": ip, "ua": random.choice(UAS),
             "channels": random.choice(["sms", "email", "sms,email", "voice"])}
    return [mk("pwreset-json", zap(d, "info", "reset/handler.go:%d" % random.randint(90, 160), "reset requested", f))]


def gen_pw_idv():
    d = tick()
    p = random.choices(PATIENTS, weights=[2, 1, 1, 1, 1, 2, 1, 1, 2, 6, 1, 1, 1, 5])[0]
    res = random.choice(["PASS", "PASS", "FAIL", "REVIEW"])
    f = {"req_id": hexs(16), "realm": "patients", "user": Ph(p.user, "other_id"), "method": "kba+document",
         "dob_provided": Ph(dob_fmt(p, "us"), "date"), "dob_match": res != "FAIL", "zip_provided": Ph(p.zip, "zip"),
         "ssn4_match": True, "ssn_masked": "***-**-" + p.ssn[-4:]}
    if p.age > 89:
        f["age"] = Ph(p.age, "age")
        f["age_flag"] = "90_PLUS_MANUAL_REVIEW"
    if random.random() < 0.6:
        f["document"] = {"type": "DRIVERS_LICENSE", "state": "OH", "number": Ph(p.dl, "license")}
    f["score"] = round(random.uniform(0.4, 0.99), 2)
    f["result"] = res
    if res != "PASS":
        f["case_id"] = Ph("IDV-%s-%05d" % (d.strftime("%y%m%d"), random.randint(1, 99999)), "other_id")
    return [mk("pwreset-json", zap(d, "info" if res == "PASS" else "warn", "idv/verify.go:%d" % random.randint(200, 260),
                                   "identity verification completed", f))]


def gen_pw_ssn_lookup():
    d = tick()
    p = random.choice(PATIENTS)
    f = [("time", f_iso(d)), ("level", "WARN"), ("msg", "legacy lookup by ssn used"), ("svc", "pwreset-api"),
         ("realm", "patients"), ("ssn", [(p.ssn, "ssn")]), ("matched_uid", [(p.user, "other_id")]),
         ("caller", "ivr-gateway"), ("req", hexs(16))]
    return [mk("pwreset-logfmt", logfmt(f))]


def gen_pw_voice():
    d = tick()
    p = random.choice(PATIENTS)
    tmpl = base64.b64encode(b"NVP\x02" + bytes(random.getrandbits(8) for _ in range(random.randint(90, 140)))).decode()
    f = [("time", f_iso(d)), ("level", "INFO"), ("msg", "voiceprint enrolled"), ("svc", "pwreset-ivr"), ("realm", "patients"),
         ("user", [(p.user, "other_id")]), ("ani", [(fmt_phone(p.phone, "e164"), "phone")]),
         ("vendor", "nuance-gatekeeper"), ("net_speech_sec", "%.1f" % random.uniform(8, 25)),
         ("template_b64", [(tmpl, "biometric")]), ("call_sid", "CA" + hexs(32))]
    return [mk("pwreset-logfmt", logfmt(f))]


def gen_pw_misc():
    d = tick()
    opts = [
        zap(d, "info", "server/health.go:41", "health check ok", {"redis": "up", "ldap": "up", "twilio": "up", "latency_ms": random.randint(1, 40)}),
        zap(d, "warn", "ratelimit/limiter.go:77", "rate limit exceeded", {"bucket": "otp:ip", "key_hash": hexs(12), "limit": 5, "window": "15m0s"}),
        zap(d, "info", "config/reload.go:22", "templates reloaded", {"count": 14, "version": "2024.03.2"}),
        zap(d, "error", "notify/sms.go:166", "twilio send failed", {"req_id": hexs(16), "code": 21614,
                                                                    "err": "'To' number is not a valid mobile number", "to_masked": "+1937555****"}),
        zap(d, "info", "reset/token.go:58", "reset token expired", {"token_id": uuid4(), "age": "%dm%ds" % (random.randint(15, 59), random.randint(0, 59))}),
        zap(d, "info", "reset/handler.go:212", "otp verified", {"req_id": hexs(16), "attempts": random.randint(1, 3), "elapsed_ms": random.randint(8000, 90000)}),
        zap(d, "debug", "ldap/pool.go:93", "ldap connection recycled", {"host": "ldap02.kvhealth.org:636", "open": random.randint(2, 10), "idle": random.randint(0, 8)}),
    ]
    return [mk("pwreset-json", random.choice(opts))]


def gen_postfix_misc():
    d = tick()
    opts = ["%s mail01 postfix/smtpd[%d]: connect from pwreset-mailer.kvhealth.org[10.40.2.35]",
            "%s mail01 postfix/smtpd[%d]: disconnect from pwreset-mailer.kvhealth.org[10.40.2.35] ehlo=2 starttls=1 auth=1 mail=1 rcpt=1 data=1 quit=1 commands=8",
            "%s mail01 postfix/anvil[%d]: statistics: max connection rate 14/60s for (submission:10.40.2.35) at " + f_sys(d - datetime.timedelta(minutes=7)),
            "%s mail01 postfix/smtp[%d]: Trusted TLS connection established to gmail-smtp-in.l.google.com[142.250.112.27]:25: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)"]
    return [mk("postfix", random.choice(opts) % (f_sys(d), random.randint(2000, 30000)))]


# ----------------------------------------------------------------------------
# assembly
# ----------------------------------------------------------------------------
def forced_patient(idx, gen):
    def g():
        save = list(PAT_W)
        PAT_W[:] = [0] * len(PAT_W)
        PAT_W[idx] = 1
        try:
            return gen()
        finally:
            PAT_W[:] = save
    return g


# (generator, number of calls) -- shuffled into one deterministic schedule
SCHEDULE = [
    # patient-facing (mostly PHI-bearing)
    (gen_slapd_patient, 3), (gen_slapd_patient_single, 6), (forced_patient(9, gen_slapcat), 1),
    (forced_patient(0, lambda: gen_ldapsearch(True)), 1), (lambda: gen_ldapsearch(short=True), 2), (gen_auditlog, 1),
    (lambda: gen_entra_signin(True), 11), (lambda: gen_entra_audit(True), 7), (gen_scim_patient, 9),
    (lambda: gen_kc_event(True), 20), (lambda: gen_kc_admin(True), 8), (gen_kc_ldap_patient, 4),
    (lambda: gen_radius(True), 16), (lambda: gen_radius_detail(True), 1), (lambda: gen_pw_sms(True), 10),
    (lambda: gen_pw_email(True), 6), (gen_pw_idv, 8), (gen_pw_voice, 3), (gen_sendgrid, 7),
    (lambda: gen_pw_request(True), 10), (gen_pw_ssn_lookup, 3),
    # workforce / infrastructure (no PHI)
    (gen_slapd_staff, 2), (gen_slapd_misc, 6), (gen_ad_nxlog, 9), (gen_ad_snare, 5),
    (lambda: gen_entra_signin(False), 7), (lambda: gen_entra_audit(False), 5), (gen_scim_staff, 6),
    (lambda: gen_kc_event(False), 6), (gen_kc_misc, 6), (lambda: gen_kc_admin(False), 5),
    (lambda: gen_radius(False), 7), (gen_radius_misc, 5), (lambda: gen_radius_detail(False), 0),
    (lambda: gen_pw_sms(False), 4), (lambda: gen_pw_email(False), 2), (lambda: gen_pw_request(False), 4),
    (gen_pw_misc, 6), (gen_postfix_misc, 4),
]
SINGLE_PHI = [gen_slapd_patient_single, lambda: gen_entra_signin(True), lambda: gen_kc_event(True), lambda: gen_radius(True),
              gen_pw_idv, gen_sendgrid, lambda: gen_pw_request(True)]
SINGLE_NON = [gen_slapd_misc, gen_ad_nxlog, gen_ad_snare, lambda: gen_entra_signin(False), gen_kc_misc,
              lambda: gen_radius(False), gen_radius_misc, gen_pw_misc, gen_postfix_misc]

N = 500
TARGET_PHI = 0.45




def build():
    sched = []
    for g, n in SCHEDULE:
        sched += [g] * n
    random.shuffle(sched)
    # a PHI-free opener, as a real excerpt would start mid-stream
    blocks = [gen_slapd_misc()]
    for g in sched:
        blocks.append(g())

    def stats():
        tot = sum(len(b) for b in blocks)
        non = sum(1 for b in blocks for l in b if not l.phi())
        return tot, non
    # trim single-line events until the excerpt fits, steering the PHI-free share
    tot, non = stats()
    while tot > N:
        too_clean = non / tot > 1 - TARGET_PHI
        cands = [i for i, b in enumerate(blocks[1:], 1) if len(b) == 1 and b[0].phi() == (not too_clean)]
        if not cands:
            cands = [i for i, b in enumerate(blocks[1:], 1) if len(b) == 1]
        del blocks[random.choice(cands)]
        tot, non = stats()
    lines = [l for b in blocks for l in b]
    while len(lines) < N:
        nphi = sum(1 for l in lines if l.phi())
        want_phi = nphi / len(lines) < TARGET_PHI
        blk = random.choice(SINGLE_PHI if want_phi else SINGLE_NON)()
        if len(lines) + len(blk) <= N:
            lines += blk
    assert len(lines) == N
    return lines


def render(line):
    buf = bytearray()
    spans = []
    for s, c in line.parts:
        b = s.encode("utf-8")
        if c:
            st = len(buf)
            buf += b
            assert bytes(buf[st:]) == b
            spans.append({"s": st, "e": len(buf), "cat": c})
        else:
            buf += b
    data = bytes(buf)
    assert b"\n" not in data and b"\r" not in data, data[:200]
    assert len(data) <= 4000, len(data)
    data.decode("utf-8")
    last = 0
    for sp in spans:
        assert sp["s"] >= last and sp["e"] > sp["s"] and sp["cat"] in CATS
        last = sp["e"]
    return data, spans


def main():
    lines = build()
    log = bytearray()
    labels = []
    for i, l in enumerate(lines, 1):
        data, spans = render(l)
        log += data + b"\n"
        labels.append(json.dumps({"line": i, "family": l.fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "wb") as f:
        f.write(bytes(log))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(labels) + "\n")


if __name__ == "__main__":
    main()
