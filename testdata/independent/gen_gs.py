#!/usr/bin/env python3
"""Deterministic generator of a labeled synthetic-PHI log corpus (id: gs).

Theme: hospital patient-access APIs, SMART on FHIR launches, OAuth2/OIDC servers,
FHIR Bulk Data $export + NDJSON, API gateways (Kong, Apigee), C-CDA parsing,
consent / proxy access, rate limits and audit events.
All people, numbers and addresses are invented.  Standard library only.
"""
import base64
import datetime
import json
import os
import random
import unicodedata
import uuid
from urllib.parse import quote

random.seed(1408202403)
R = random

HERE = os.path.dirname(os.path.abspath(__file__))
ID = "gs"
N_LINES = 500
CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip", "biometric",
        "photo", "other_id"}


# ----------------------------------------------------------------------------- line builder
class P:
    """A PHI value to be inserted and labeled."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class C:
    """A composite JSON string made of plain parts and P parts."""

    def __init__(self, *parts):
        self.parts = parts


def jesc(s, slash=False):
    e = json.dumps(s, ensure_ascii=False)[1:-1]
    return e.replace("/", "\\/") if slash else e


class Line:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []

    def t(self, *ss):
        for s in ss:
            self.buf += s.encode("utf-8")
        return self

    def p(self, s, cat):
        b = s.encode("utf-8")
        if cat is None:
            self.buf += b
            return self
        assert cat in CATS, cat
        st = len(self.buf)
        self.buf += b
        self.spans.append((st, len(self.buf), cat, b))
        return self

    def x(self, *parts):
        for q in parts:
            if isinstance(q, P):
                self.p(str(q.v), q.cat)
            elif isinstance(q, (list, tuple)):
                self.x(*q)
            else:
                self.t(q)
        return self

    def j(self, o, slash=False):
        if isinstance(o, dict):
            self.t("{")
            first = True
            for k, v in o.items():
                if not first:
                    self.t(",")
                first = False
                self.t('"' + jesc(k, slash) + '":')
                self.j(v, slash)
            self.t("}")
        elif isinstance(o, (list, tuple)):
            self.t("[")
            for i, v in enumerate(o):
                if i:
                    self.t(",")
                self.j(v, slash)
            self.t("]")
        elif isinstance(o, P):
            if isinstance(o.v, str):
                self.t('"').p(jesc(o.v, slash), o.cat).t('"')
            else:
                self.p(json.dumps(o.v), o.cat)
        elif isinstance(o, C):
            self.t('"')
            for q in o.parts:
                if isinstance(q, P):
                    self.p(jesc(str(q.v), slash), q.cat)
                else:
                    self.t(jesc(q, slash))
            self.t('"')
        elif isinstance(o, str):
            self.t('"' + jesc(o, slash) + '"')
        else:
            self.t(json.dumps(o))
        return self

    def finish(self):
        b = bytes(self.buf)
        assert b"\n" not in b and b"\r" not in b, self.family
        assert len(b) <= 4000, (self.family, len(b))
        b.decode("utf-8")
        prev = 0
        for s, e, cat, val in self.spans:
            assert e > s and s >= prev, (self.family, s, e)
            assert b[s:e] == val, (b[s:e], val)
            prev = e
        return b


OUT = []  # list of Line


def emit(L):
    OUT.append(L)


# ----------------------------------------------------------------------------- clock & random helpers
UTC = datetime.timezone.utc
NOW = [datetime.datetime(2024, 3, 14, 12, 58, 3, 112000, tzinfo=UTC)]
TODAY = datetime.date(2024, 3, 14)


def tick(lo=0.02, hi=5.0):
    NOW[0] += datetime.timedelta(milliseconds=R.randint(int(lo * 1000), int(hi * 1000)))
    return NOW[0]


def iso_ms(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (d.microsecond // 1000)


def iso_s(d):
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def comma_ts(d):
    return d.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (d.microsecond // 1000)


def dot_ts(d):
    return d.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (d.microsecond // 1000)


def epoch_ms(d):
    return int(d.timestamp() * 1000)


def http_date(d):
    return d.strftime("%a, %d %b %Y %H:%M:%S GMT")


HEX = "0123456789abcdef"
AZ09 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
B64U = AZ09 + "-_"
DIG = "0123456789"


def rs(chars, n):
    return "".join(R.choice(chars) for _ in range(n))


def hexs(n):
    return rs(HEX, n)


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def priv_ip():
    k = R.random()
    if k < 0.6:
        return "10.%d.%d.%d" % (R.choice([20, 42, 42, 61, 8]), R.randint(0, 15), R.randint(2, 250))
    if k < 0.8:
        return "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 250))
    return "192.168.%d.%d" % (R.randint(0, 20), R.randint(2, 250))


def luhn_digit(partial):
    s = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def make_imei():
    body = R.choice(["35", "35", "86", "01"]) + rs(DIG, 12)
    return body + luhn_digit(body)


def make_card():
    body = R.choice(["4", "4", "51", "53", "55"])
    body += rs(DIG, 15 - len(body))
    return body + luhn_digit(body)


def make_npi():
    base = R.choice("12") + rs(DIG, 8)
    return base + luhn_digit("80840" + base)


VIN_VAL = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_VAL.update({d: int(d) for d in DIG})
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def make_vin():
    ch = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = (R.choice(["1HG", "2T1", "JTD", "5YJ", "1FA", "KMH", "3VW", "WBA", "4T1"]) + rs(ch, 5) + "0"
         + R.choice("HJKLMNP") + rs(ch, 1) + rs(DIG, 6))
    tot = sum(VIN_VAL[c] * w for c, w in zip(v, VIN_W))
    cd = tot % 11
    v = v[:8] + ("X" if cd == 10 else str(cd)) + v[9:]
    assert sum(VIN_VAL[c] * w for c, w in zip(v, VIN_W)) % 11 == (10 if v[8] == "X" else int(v[8]))
    return v


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + DIG


def make_mbi():
    return (R.choice("123456789") + R.choice(MBI_A) + R.choice(MBI_AN) + R.choice(DIG) + R.choice(MBI_A)
            + R.choice(MBI_AN) + R.choice(DIG) + R.choice(MBI_A) + R.choice(MBI_A) + R.choice(DIG) + R.choice(DIG))


def make_ssn():
    area = R.choice([R.randint(101, 665), R.randint(667, 772)])
    return "%03d-%02d-%04d" % (area, R.randint(1, 99), R.randint(1, 9999))


def make_mac():
    oui = R.choice(["F0:18:98", "3C:28:6D", "A4:C3:F0", "DC:A6:32", "8C:85:90", "B0:BE:83"])
    return oui + ":" + ":".join("%02X" % R.randint(0, 255) for _ in range(3))


def ascii_fold(s):
    s = s.replace("Ł", "L").replace("ł", "l").replace("ø", "o").replace("Ø", "O").replace("ı", "i")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(c for c in s if c.isalnum())


def fhir_id():
    return "e" + rs(AZ09, R.randint(8, 12)) + R.choice([".", "-", ""]) + rs(AZ09, 10) + "3"


def pub_ip():
    k = R.random()
    if k < 0.12:
        return "2601:%x:%x:%x::%x" % (R.randint(0x100, 0xfff), R.randint(0x1000, 0xffff), R.randint(0x1000, 0xffff),
                                       R.randint(1, 0xfff))
    first = R.choice([73, 24, 98, 71, 108, 174, 67, 76, 96, 100, 50])
    if k < 0.25:
        return "172.58.%d.%d" % (R.randint(0, 255), R.randint(1, 254))  # mobile carrier, public
    if k < 0.33:
        return "203.0.113.%d" % R.randint(1, 254)
    return "%d.%d.%d.%d" % (first, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def fake_jpeg_b64(n):
    raw = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00"
           + bytes(R.getrandbits(8) for _ in range(n)) + b"\xff\xd9")
    return base64.b64encode(raw).decode()


def fake_template_b64(n, header=b"FMR\x00 20\x00"):
    raw = header + bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


# ----------------------------------------------------------------------------- synthetic people
CITIES = [("Somerville", "02144", "MA", "Middlesex County"), ("Quincy", "02169", "MA", "Norfolk County"),
          ("Brockton", "02301", "MA", "Plymouth County"), ("Lowell", "01852", "MA", "Middlesex County"),
          ("Framingham", "01702", "MA", "Middlesex County"), ("Malden", "02148", "MA", "Middlesex County"),
          ("Revere", "02151", "MA", "Suffolk County"), ("Chelsea", "02150", "MA", "Suffolk County"),
          ("Waltham", "02453", "MA", "Middlesex County"), ("Worcester", "01604", "MA", "Worcester County"),
          ("Lynn", "01902", "MA", "Essex County"), ("Everett", "02149", "MA", "Middlesex County"),
          ("Pawtucket", "02860", "RI", "Providence County"), ("Nashua", "03060", "NH", "Hillsborough County"),
          ("Dorchester", "02124", "MA", "Suffolk County"), ("Brookline", "02446", "MA", "Norfolk County")]
STREETS = ["Larchmont Ave", "Quarry Hill Rd", "Elm St", "Washington St", "Cedar Ln", "Ferncroft Way",
           "Hancock St", "Bellflower Ct", "Meridian St", "Pleasant View Ter", "Adams St", "Bowdoin St",
           "Salem Tpke", "Chestnut Hill Ave", "Mystic Valley Pkwy", "Linden Sq", "Harvard St", "Boylston Pl"]
AREA = {"MA": ["617", "857", "781", "339", "508", "978"], "RI": ["401"], "NH": ["603"]}
MAILDOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "proton.me", "comcast.net", "hotmail.com"]
PAYERS = [("Commonwealth Blue PPO", "XJH", 9), ("Bay State HealthNet", "W", 9), ("Harborline Health Plan", "HLP", 8),
          ("Patriot Mutual HMO", "PMH", 10)]

PEOPLE = []


def mk_addr(state_hint=None):
    c = R.choice(CITIES)
    unit = R.choice(["", "", "", "Apt %d%s" % (R.randint(1, 9), R.choice("ABCD")), "Unit %d" % R.randint(2, 40), "#%d" % R.randint(2, 12)])
    return dict(street="%d %s" % (R.randint(3, 9870), R.choice(STREETS)), unit=unit, city=c[0], zip=c[1],
                state=c[2], county=c[3])


def phone_for(state):
    return "%s555%s" % (R.choice(AREA[state]), "01%02d" % R.randint(0, 99))


def fmt_phone(d, style):
    a, b, c = d[:3], d[3:6], d[6:]
    return {0: "(%s) %s-%s" % (a, b, c), 1: "+1-%s-%s-%s" % (a, b, c), 2: "%s-%s-%s" % (a, b, c),
            3: "+1%s%s%s" % (a, b, c), 4: "%s.%s.%s" % (a, b, c)}[style]


def mk_person(given, family, sex, dob, addr=None, kind="adult"):
    ga = ascii_fold(given.split()[0]).lower()
    fa = ascii_fold(family.split()[0]).lower()
    addr = addr or mk_addr()
    p = dict(given=given, family=family, sex=sex, dob=dob, kind=kind, addr=addr,
             display=given.split()[0] + " " + family,
             givens=given.split(), fid=fhir_id(), mrn=str(R.choice([1, 2])) + rs(DIG, 7),
             kc_uid=uid(), ip=pub_ip(), imei=make_imei(), mac=make_mac(),
             phone=phone_for(addr["state"]), mobile=phone_for(addr["state"]), ssn=make_ssn(),
             dl=("S" + rs(DIG, 8)) if addr["state"] == "MA" else ("NHL" + rs(DIG, 8) if addr["state"] == "NH" else rs(DIG, 7)),
             rp_id=fhir_id(), cov_id=fhir_id())
    style = R.randint(0, 4)
    p["email"] = [f"{ga}.{fa}{dob.year % 100:02d}@{R.choice(MAILDOM)}", f"{ga[0]}{fa}{R.randint(1, 99)}@{R.choice(MAILDOM)}",
                  f"{fa}.{ga}@{R.choice(MAILDOM)}", f"{ga}{fa[:4]}{dob.year}@{R.choice(MAILDOM)}",
                  f"{ga}_{fa}@{R.choice(MAILDOM)}"][style]
    p["username"] = [f"{ga[0]}{fa}{dob.year % 100:02d}", f"{ga}.{fa}", f"{fa}_{ga[:3]}{R.randint(1, 99)}",
                     f"{ga}{fa[0]}{R.randint(100, 999)}", f"{ga}_{dob.year}"][R.randint(0, 4)]
    p["login_is_email"] = R.random() < 0.35
    age = TODAY.year - dob.year - ((TODAY.month, TODAY.day) < (dob.month, dob.day))
    p["age"] = age
    payer = R.choice(PAYERS)
    p["payer"] = payer[0]
    p["member_id"] = payer[1] + rs(DIG, payer[2])
    p["group"] = "GRP-%05d" % R.randint(100, 99999)
    if age >= 65:
        p["payer"] = "Medicare Part B"
        p["mbi"] = make_mbi()
        p["member_id"] = p["mbi"]
    if R.random() < 0.25 and age < 65:
        p["payer"] = "MassHealth Standard"
        p["member_id"] = "1" + rs(DIG, 11)
    p["url"] = None
    p["fax"] = None
    p["curp"] = None
    p["guardian"] = None
    p["caregiver"] = None
    p["account"] = "GA" + rs(DIG, 10)
    PEOPLE.append(p)
    return p


def dob_between(y0, y1):
    d0 = datetime.date(y0, 1, 1).toordinal()
    d1 = datetime.date(y1, 12, 28).toordinal()
    return datetime.date.fromordinal(R.randint(d0, d1))


ADULT_NAMES = [("Chidi Emeka", "Okonkwo", "male"), ("Mai", "Nguyễn", "female"), ("Joaquín", "Ramírez Soto", "male"),
               ("Agnieszka", "Wiśniewska", "female"), ("Arjun", "Raghunathan", "male"),
               ("Fatima Zahra", "Al-Haddad", "female"), ("Seo-yeon", "Park", "female"), ("Cormac", "Ó Briain", "male"),
               ("Aino", "Virtanen", "female"), ("Dimitrios", "Papadopoulos", "male"), ("Thaís", "Carvalho", "female"),
               ("Tavita", "Fa'amausili", "male"), ("Keiko", "Tanaka", "female"), ("Kwame", "Mensah", "male"),
               ("Ximena", "Castañeda", "female"), ("Søren", "Lindqvist", "male"), ("Leilani", "Kahananui", "female"),
               ("Bogdan", "Petrović", "male"), ("Zoë", "Delacroix-Moreau", "female"), ("Emre", "Yılmaz", "male"),
               ("Hyun-woo", "Choi", "male"), ("Ngozi", "Adeyemi", "female"), ("Inês", "Gonçalves", "female"),
               ("Łukasz", "Zieliński", "male"), ("Priya", "Venkataraman", "female"), ("Deirdre", "Brennan", "female")]
ADULTS = []
for g, f, s in ADULT_NAMES:
    ADULTS.append(mk_person(g, f, s, dob_between(1952, 1998)))
BY = {p["family"]: p for p in ADULTS}

MINORS = []
for g, parent_fam, s, rel in [("Amara", "Okonkwo", "female", "FTH"), ("Bảo", "Nguyễn", "male", "MTH"),
                              ("Mateo", "Ramírez Soto", "male", "FTH"), ("Leila", "Al-Haddad", "female", "MTH"),
                              ("Sione", "Fa'amausili", "male", "FTH"), ("Elif", "Yılmaz", "female", "FTH"),
                              ("Kalani", "Kahananui", "male", "MTH"), ("Hana", "Tanaka", "female", "MTH")]:
    par = BY[parent_fam]
    m = mk_person(g, parent_fam, s, dob_between(2008, 2021), addr=par["addr"], kind="minor")
    m["guardian"] = (par, rel)
    m["phone"] = par["phone"]
    m["payer"], m["member_id"] = par["payer"], par["member_id"][:-2] + "%02d" % R.randint(2, 4)
    if par.get("mbi"):
        m["payer"] = "MassHealth Standard"
        m["member_id"] = "1" + rs(DIG, 11)
    MINORS.append(m)

ELDERS = []
for g, f, s, cg_fam, rel in [("Margaret", "Abernathy", "female", "Venkataraman", "DAU"),
                             ("Walter", "Brennan", "male", "Brennan", "DAU"),
                             ("Eleni", "Papadopoulos", "female", "Papadopoulos", "SON"),
                             ("Teodora", "Petrović", "female", "Petrović", "SON")]:
    e = mk_person(g, f, s, dob_between(1926, 1933), kind="elder")
    assert e["age"] >= 90
    e["caregiver"] = (BY[cg_fam], rel)
    e["fax"] = phone_for(e["addr"]["state"])
    ELDERS.append(e)

# a few extra personal identifiers
BY["Okonkwo"]["url"] = "https://www.linkedin.com/in/chidi-okonkwo-%s" % rs("0123456789abcdef", 6)
BY["Carvalho"]["url"] = "https://thaiscarvalho.art"
BY["Kahananui"]["url"] = "https://www.instagram.com/leilani.kahananui"
BY["Lindqvist"]["url"] = "https://sorenlindqvist.photo/about"
BY["Adeyemi"]["url"] = "https://ngoziadeyemi.substack.com"
BY["Mensah"]["url"] = "https://github.com/kwame-mensah-%d" % R.randint(10, 99)
BY["Zieliński"]["url"] = "https://www.facebook.com/lukasz.zielinski.%d" % R.randint(100, 999)
BY["Castañeda"]["curp"] = "CAXX%02d%02d%02dMDFSSM%s" % (BY["Castañeda"]["dob"].year % 100, BY["Castañeda"]["dob"].month,
                                                         BY["Castañeda"]["dob"].day, R.choice("0A1B"))
BY["Castañeda"]["curp"] = BY["Castañeda"]["curp"][:-1] + R.choice(DIG)
BY["Venkataraman"]["fax"] = phone_for("MA")
BY["Brennan"]["fax"] = phone_for("MA")
PHOTO = {BY["Mensah"]["fid"]: fake_jpeg_b64(330), BY["Tanaka"]["fid"]: fake_jpeg_b64(300)}
ALLP = ADULTS + MINORS + ELDERS

STAFF = ["Helena Marsh, MD", "Samuel Okafor, RN", "Rita Chaudhary", "Janet Kowalczyk", "Paulo Andrade, PharmD",
         "Grace Lindholm, NP", "Victor Osei, MD", "Meredith Kane (HIM)"]
STAFF_NPI = {s: make_npi() for s in STAFF}

# ----------------------------------------------------------------------------- systems
FHIR_BASE = "https://fhir.stbrigid-health.org/r4"
AUTH = "https://auth.stbrigid-health.org"
API = "https://api.stbrigid-health.org"
REALM_ID = uid()
KIDS = ["sb-rs256-2024q1", "sb-es384-2024q1", "Xq2kL9vT0pQ3sR6w_8nZ1bY4cU7eA5dF"]
APPS = [
    dict(name="CareCompass", cid="0oa7k2m9xQ4LbR8sT5d7", kong="carecompass-prod", dev="api-team@carecompass.io",
         ua="CareCompass/4.12.1 (iPhone; iOS 17.3.1; Scale/3.00)", asv="keycloak",
         redirect="com.carecompass.app:/oauth2redirect"),
    dict(name="MedTrail", cid="medtrail-android-prod", kong="medtrail", dev="platform@medtrail.app",
         ua="okhttp/4.12.0 MedTrail/2.7.0 (Android 14; Pixel 7)", asv="spring",
         redirect="https://medtrail.app/auth/callback"),
    dict(name="HealthVault Lite", cid="cl_9f3a2b7e41c84d", kong="hvlite-web", dev="devrel@hvlite.example",
         ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
         asv="spring", redirect="https://app.hvlite.example/smart/redirect"),
    dict(name="FamilyCircle", cid="fc-proxy-web-01", kong="familycircle", dev="integrations@familycircle.example",
         ua="Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
         asv="keycloak", redirect="https://familycircle.example/cb"),
]
BULK_APP = dict(name="PayerBridge Sync", cid="payerbridge-bulk-svc", kong="payerbridge", dev="ops@payerbridge.example",
                ua="payerbridge-bulk/1.9.3 (+https://payerbridge.example/bot)", asv="spring", redirect="")
for a in APPS + [BULK_APP]:
    a["kong_id"] = uid()
SCOPES = "openid fhirUser launch/patient patient/*.rs offline_access"
KONG_SERVICE = {"host": "fhir-r4.fhir.svc.cluster.local", "created_at": 1699483211, "connect_timeout": 60000,
                "id": uid(), "protocol": "http", "name": "fhir-r4-upstream", "read_timeout": 60000, "port": 8080,
                "path": "/api/FHIR/R4", "updated_at": 1709051122, "write_timeout": 60000, "retries": 5}
KONG_ROUTE = {"id": uid(), "name": "patient-access-r4", "paths": ["/fhir/r4"], "protocols": ["https"],
              "strip_path": True, "preserve_host": False, "https_redirect_status_code": 426}
KONG_WS = uid()
BULK_GROUPS = ["grp-payerbridge-2024", "grp-medicare-advantage-q1", "grp-masshealth-aco"]


def enc_id():
    return fhir_id()


# ----------------------------------------------------------------------------- family: keycloak
def kc_line(level, logger, msg_parts):
    d = tick()
    L = Line("keycloak")
    L.t("%s %-5s [%s] (executor-thread-%d) " % (comma_ts(d), level, logger, R.randint(1, 64)))
    L.x(*msg_parts)
    return L


def kc_event(level, etype, fields):
    parts = ['type="%s"' % etype]
    for k, v in fields:
        parts.append(', %s="' % k)
        parts.append(v)
        parts.append('"')
    return kc_line(level, "org.keycloak.events", parts)


def kc_username(p):
    return P(p["email"], "email") if p["login_is_email"] else P(p["username"], "other_id")


def kc_login(p, app, error=None):
    sess = uid()
    f = [("realmId", REALM_ID), ("realmName", "patients"), ("clientId", app["cid"]),
         ("userId", "null" if error == "user_not_found" else p["kc_uid"])]
    if not error:
        f.append(("sessionId", sess))
    f.append(("ipAddress", P(p["ip"], "ip")))
    if error:
        f.append(("error", error))
    f += [("auth_method", "openid-connect"), ("auth_type", "code"), ("response_type", "code"),
          ("redirect_uri", app["redirect"])]
    if not error:
        f.append(("consent", R.choice(["CONSENT_GRANTED", "PERSISTED_CONSENT"])))
        f.append(("code_id", sess))
    f.append(("response_mode", "query"))
    f.append(("username", kc_username(p)))
    f += [("authSessionParentId", sess), ("authSessionTabId", rs(B64U, 11))]
    emit(kc_event("WARN" if error else "DEBUG", "LOGIN_ERROR" if error else "LOGIN", f))
    return sess


def kc_code_to_token(app, user_uid, sess):
    f = [("realmId", REALM_ID), ("realmName", "patients"), ("clientId", app["cid"]), ("userId", user_uid),
         ("sessionId", sess), ("ipAddress", priv_ip()), ("token_id", "onrtac:" + uid()),
         ("grant_type", "authorization_code"), ("refresh_token_type", "Offline"), ("scope", SCOPES),
         ("refresh_token_id", uid()), ("code_id", sess),
         ("client_auth_method", R.choice(["client-secret", "client-jwt", "public-client"]))]
    emit(kc_event("DEBUG", "CODE_TO_TOKEN", f))


def kc_noise():
    k = R.random()
    app = R.choice(APPS)
    if k < 0.25:
        f = [("realmId", REALM_ID), ("realmName", "patients"), ("clientId", app["cid"]), ("userId", uid()),
             ("sessionId", uid()), ("ipAddress", priv_ip()), ("token_id", "onrtrt:" + uid()),
             ("grant_type", "refresh_token"), ("refresh_token_type", "Offline"), ("scope", SCOPES),
             ("updated_refresh_token_id", uid()), ("refresh_token_id", uid()),
             ("client_auth_method", "client-secret")]
        emit(kc_event("DEBUG", "REFRESH_TOKEN", f))
    elif k < 0.42:
        f = [("realmId", REALM_ID), ("realmName", "system"), ("clientId", BULK_APP["cid"]), ("userId", uid()),
             ("ipAddress", priv_ip()), ("token_id", "trrtcc:" + uid()), ("grant_type", "client_credentials"),
             ("scope", "system/Patient.rs system/Coverage.rs system/RelatedPerson.rs"),
             ("client_auth_method", "client-jwt"), ("username", "service-account-" + BULK_APP["cid"])]
        emit(kc_event("DEBUG", "CLIENT_LOGIN", f))
    elif k < 0.55:
        f = [("realmId", REALM_ID), ("realmName", "patients"), ("clientId", app["cid"]), ("userId", "null"),
             ("ipAddress", priv_ip()), ("error", R.choice(["invalid_token", "invalid_client_credentials", "expired_code"])),
             ("grant_type", R.choice(["refresh_token", "authorization_code"])),
             ("reason", R.choice(["Token is not active", "Invalid client or Invalid client credentials",
                                  "Code not valid"]))]
        emit(kc_event("WARN", R.choice(["REFRESH_TOKEN_ERROR", "CODE_TO_TOKEN_ERROR"]), f))
    elif k < 0.65:
        emit(kc_line("WARN", "org.keycloak.services", [
            "KC-SERVICES0013: Failed authentication: org.keycloak.authentication.AuthenticationFlowException"]))
    elif k < 0.75:
        emit(kc_line("INFO", "org.keycloak.services",
                     ["KC-SERVICES0009: Added user '", R.choice(["admin", "ops-breakglass"]), "' to realm 'master'"]
                     if R.random() < 0.2 else
                     ["KC-SERVICES0050: Initializing master realm"] if R.random() < 0.3 else
                     ["KC-SERVICES0006: Importing users from '/opt/keycloak/data/import/patients-users-%d.json'" % R.randint(0, 9)]))
    elif k < 0.85:
        emit(kc_line("DEBUG", "org.keycloak.keys.infinispan.InfinispanPublicKeyStorageProvider",
                     ["Public keys retrieved successfully for model client:%s kid=%s" % (app["cid"], R.choice(KIDS))]))
    else:
        emit(kc_line("INFO", "org.keycloak.events.jpa.JpaEventStoreProvider",
                     ["Cleared %d expired events for realm patients (expiration=%ds, took %dms)" % (
                         R.randint(200, 9000), 2592000, R.randint(40, 900))]))


# ----------------------------------------------------------------------------- family: spring authorization server
def fitl(s, n):
    return s[-n:] if len(s) > n else s


def sp_line(level, thread, logger, parts):
    d = tick()
    L = Line("spring-authz")
    L.t("%s %5s 1 --- [authz-server] [%15s] %-40s : " % (iso_ms(d), level, fitl(thread, 15), fitl(logger, 40)))
    L.x(*parts)
    return L


def th():
    return "nio-9000-exec-%d" % R.randint(1, 12)


def sp_authorize(p, app, hint):
    state = rs(B64U, 22)
    q = ("response_type=code&client_id=%s&scope=%s&state=%s&redirect_uri=%s&aud=%s&code_challenge=%s"
         "&code_challenge_method=S256" % (app["cid"], quote(SCOPES, safe=""), state, quote(app["redirect"], safe=""),
                                          quote(FHIR_BASE, safe=""), rs(B64U, 43)))
    parts = ["Securing GET /oauth2/authorize?", q]
    if hint == "email":
        parts += ["&login_hint=", P(quote(p["email"], safe=""), "email")]
    elif hint == "user":
        parts += ["&login_hint=", P(p["username"], "other_id")]
    emit(sp_line("DEBUG", th(), "o.s.s.w.FilterChainProxy", parts))


def sp_claims(p, app, patient_ctx=None):
    now = NOW[0]
    parts = ["id_token claims (decoded): {iss=", AUTH, ", sub=", p["kc_uid"], ", aud=[", app["cid"], "], azp=", app["cid"]]
    if patient_ctx is None:
        parts += [", fhirUser=", FHIR_BASE, "/Patient/", P(p["fid"], "mrn")]
    else:
        parts += [", fhirUser=", FHIR_BASE, "/RelatedPerson/", p["rp_id"]]
    parts += [", name=", P(p["display"], "name"), ", given_name=", P(p["givens"][0], "name"),
              ", family_name=", P(p["family"], "name"), ", birthdate=", P(p["dob"].isoformat(), "date")]
    if R.random() < 0.6:
        parts += [", email=", P(p["email"], "email"), ", email_verified=true"]
    if p["url"] and R.random() < 0.8:
        parts += [", website=", P(p["url"], "url")]
    if R.random() < 0.4:
        parts += [", phone_number=", P(fmt_phone(p["mobile"], 3), "phone"), ", phone_number_verified=false"]
    parts += [", preferred_username=", P(p["username"], "other_id"),
              ", auth_time=", iso_s(now), ", exp=", iso_s(now + datetime.timedelta(minutes=5)),
              ", iat=", iso_s(now), ", nonce=", rs(B64U, 22), ", sid=", uid(), "}"]
    emit(sp_line("DEBUG", th(), "o.stbrigid.auth.token.IdTokenCustomizer", parts))


def sp_noise():
    k = R.random()
    app = R.choice(APPS)
    if k < 0.15:
        emit(sp_line("DEBUG", th(), "o.s.s.w.a.AnonymousAuthenticationFilter",
                     ["Set SecurityContextHolder to anonymous SecurityContext"]))
    elif k < 0.3:
        emit(sp_line("TRACE", th(), "o.s.s.o.s.a.a.OAuth2AuthorizationCodeRequestAuthenticationProvider",
                     ["Retrieved registered client"]))
    elif k < 0.42:
        emit(sp_line("DEBUG", th(), "o.s.s.o.s.a.w.OAuth2TokenEndpointFilter",
                     ["Token request: grant_type=client_credentials client_id=", BULK_APP["cid"],
                      " client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer scope=system/*.rs"]))
    elif k < 0.54:
        emit(sp_line("DEBUG", th(), "o.s.s.w.FilterChainProxy", ["Securing GET /oauth2/jwks"]))
    elif k < 0.64:
        emit(sp_line("INFO", "scheduling-1", "o.stbrigid.auth.keys.JwkRotationTask",
                     ["Active signing key kid=%s alg=RS256 notAfter=2024-06-30T00:00:00Z; next kid=%s" % (
                         R.choice(KIDS), "sb-rs256-2024q2")]))
    elif k < 0.74:
        emit(sp_line("DEBUG", th(), "o.s.s.o.s.a.a.OAuth2AuthorizationCodeAuthenticationProvider",
                     ["Generated id token"]))
    elif k < 0.84:
        emit(sp_line("DEBUG", th(), "o.stbrigid.auth.token.IdTokenCustomizer",
                     ["JWT header: {kid=%s, typ=JWT, alg=RS256}" % R.choice(KIDS)]))
    elif k < 0.92:
        emit(sp_line("DEBUG", th(), "o.s.s.a.d.DaoAuthenticationProvider",
                     ["Failed to authenticate since password does not match stored value"]))
    else:
        emit(sp_line("WARN", th(), "o.s.s.o.s.a.w.OAuth2AuthorizationEndpointFilter",
                     ["Authorization request failed: [invalid_request] OAuth 2.0 Parameter: redirect_uri client_id=",
                      app["cid"], " request_id=", uid()]))


# ----------------------------------------------------------------------------- family: SMART launcher (pino)
def pino(level, fields, msg):
    d = tick()
    L = Line("smart-pino")
    o = {"level": level, "time": epoch_ms(d), "pid": 41, "hostname": "smart-launcher-6f9c7d8b5-x2kqp",
         "reqId": "req-%s" % rs("0123456789abcdefghijklmnopqrstuvwxyz", 5)}
    o.update(fields)
    o["msg"] = msg
    L.j(o)
    return L


def pino_noise():
    k = R.random()
    if k < 0.3:
        emit(pino(30, {"launch": rs(B64U, 32), "iss": FHIR_BASE}, "EHR launch received"))
    elif k < 0.55:
        emit(pino(30, {"iss": FHIR_BASE, "capabilities": ["launch-ehr", "launch-standalone", "client-public",
                                                          "client-confidential-asymmetric", "context-ehr-patient",
                                                          "sso-openid-connect", "permission-v2"],
                       "cacheTtlSec": 3600}, "fetched .well-known/smart-configuration"))
    elif k < 0.75:
        emit(pino(40, {"err": {"type": "Error", "message": "state mismatch",
                               "stack": "Error: state mismatch\n    at callback (/app/dist/smart/callback.js:88:15)\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)"}},
                  "authorization callback rejected"))
    else:
        emit(pino(30, {"res": {"statusCode": 302}, "responseTime": round(R.uniform(2, 60), 3)}, "request completed"))


def pino_launch(p, app, patient_ctx):
    enc = enc_id()
    f = {"client_id": app["cid"], "scope": SCOPES, "patient": P(patient_ctx["fid"], "mrn"),
         "encounter": enc, "need_patient_banner": R.random() < 0.5,
         "smart_style_url": "https://ehr.stbrigid-health.org/smart-style.json",
         "token_type": "Bearer", "expires_in": 3600, "id_token_kid": R.choice(KIDS)}
    if patient_ctx is not p:
        f["fhirUser"] = "RelatedPerson/" + p["rp_id"]
    emit(pino(30, f, "token response: launch context"))


def pino_banner(pt):
    age = pt["age"]
    f = {"patientBanner": {"name": P(pt["display"], "name"), "dob": P(pt["dob"].isoformat(), "date"),
                           "age": C(P(str(age), "age"), " y") if age > 89 else "%d y" % age,
                           "sex": pt["sex"], "mrn": P(pt["mrn"], "mrn")}}
    emit(pino(20, f, "rendering patient banner"))


# ----------------------------------------------------------------------------- family: Kong JSON access log
def kong(method, path_parts, qs, status, client_ip, app, xff=None, auth_user=None, resp_ct="application/fhir+json",
         size=None, etag=None, extra_rh=None):
    d = tick()
    lat = R.randint(18, 900)
    kl = R.randint(0, 6)
    path_parts = list(path_parts)
    assert path_parts[0].startswith("/fhir/r4")
    up_parts = ["/api/FHIR/R4" + path_parts[0][len("/fhir/r4"):]] + path_parts[1:]
    qparts = []
    if qs:
        for i, (k, v) in enumerate(qs):
            qparts += ["&" if i else "?", k, "="] + (list(v) if isinstance(v, (list, tuple)) else [v])
    rid = uid()
    hdrs = {"host": "api.stbrigid-health.org", "user-agent": app["ua"], "accept": resp_ct.split(";")[0],
            "authorization": "REDACTED"}
    if xff is not None:
        hdrs["x-forwarded-for"] = C(xff, ", 10.42.0.%d" % R.randint(2, 30)) if isinstance(xff, P) else xff
        hdrs["x-forwarded-proto"] = "https"
    hdrs["x-request-id"] = rid
    if auth_user is not None:
        hdrs["x-authenticated-userid"] = auth_user
    hdrs["x-consumer-username"] = app["kong"]
    rh = {"content-type": resp_ct + (";charset=utf-8" if "ndjson" not in resp_ct else ""),
          "content-length": str(size or R.randint(380, 48000)), "connection": "keep-alive"}
    if etag:
        rh["etag"] = 'W/"%s"' % etag
        rh["last-modified"] = http_date(d - datetime.timedelta(days=R.randint(1, 90), seconds=R.randint(0, 86400)))
    rh["x-request-id"] = rid
    rh["x-ratelimit-limit-minute"] = "120"
    rh["x-ratelimit-remaining-minute"] = str(R.randint(0, 119)) if status != 429 else "0"
    rh["ratelimit-reset"] = str(R.randint(1, 59))
    if extra_rh:
        rh.update(extra_rh)
    rh["x-kong-upstream-latency"] = str(lat - kl)
    rh["x-kong-proxy-latency"] = str(kl)
    rh["via"] = "kong/3.4.2"
    o = {"latencies": {"request": lat, "kong": kl, "proxy": lat - kl, "receive": 0},
         "service": KONG_SERVICE,
         "request": {"querystring": {k: (C(*v) if isinstance(v, (list, tuple)) else v) for k, v in (qs or [])},
                     "size": R.randint(280, 1600), "uri": C(*(path_parts + qparts)),
                     "url": C(*(["https://api.stbrigid-health.org:443"] + path_parts + qparts)),
                     "headers": hdrs, "method": method, "id": hexs(32)},
         "tries": [{"balancer_latency": 0, "port": 8080, "balancer_start": epoch_ms(d) + 1,
                    "ip": "10.42.%d.%d" % (R.randint(1, 9), R.randint(2, 250))}],
         "client_ip": client_ip, "workspace": KONG_WS,
         "upstream_uri": C(*(up_parts + qparts)),
         "response": {"status": status, "size": int(rh["content-length"]) + R.randint(300, 520), "headers": rh},
         "route": KONG_ROUTE, "started_at": epoch_ms(d), "source": "upstream" if status != 429 else "kong",
         "consumer": {"username": app["kong"], "id": app["kong_id"], "custom_id": app["cid"]}}
    L = Line("kong-json")
    L.j(o, slash=True)
    emit(L)


def kong_patient_call(p, app, patient_ctx, kind=None):
    pt = patient_ctx
    behind_lb = R.random() < 0.4
    if behind_lb:
        cip, xff = "10.42.0.%d" % R.randint(2, 30), P(p["ip"], "ip")
    else:
        cip, xff = P(p["ip"], "ip"), None
    au = kc_username(p) if R.random() < 0.5 else None
    kind = kind or R.choice(["read", "read", "eob", "cov", "search", "page", "everything", "rp"])
    fid = P(pt["fid"], "mrn")
    if kind == "read":
        kong("GET", ["/fhir/r4/Patient/", fid], None, 200, cip, app, xff, au, etag=str(R.randint(1, 14)))
    elif kind == "eob":
        kong("GET", ["/fhir/r4/ExplanationOfBenefit"],
             [("patient", [fid]), ("_count", "50"), ("_lastUpdated", "ge2023-01-01")], 200, cip, app, xff, au)
    elif kind == "cov":
        kong("GET", ["/fhir/r4/Coverage"], [("beneficiary", ["Patient/", fid]), ("status", "active")], 200,
             cip, app, xff, au)
    elif kind == "search":
        kong("GET", ["/fhir/r4/Patient"],
             [("family", [P(pt["family"], "name")]), ("given", [P(pt["givens"][0], "name")]),
              ("birthdate", [P(pt["dob"].isoformat(), "date")])], 200, cip, app, xff, au)
    elif kind == "page":
        kong("GET", ["/fhir/r4"], [("_getpages", uid()), ("_getpagesoffset", str(R.choice([50, 100, 150, 200]))),
                                   ("_count", "50"), ("_pretty", "false"), ("_bundletype", "searchset")],
             200, cip, app, xff, au)
    elif kind == "everything":
        kong("GET", ["/fhir/r4/Patient/", fid, "/$everything"], [("_count", "100"), ("_since", "2024-01-01T00:00:00Z")],
             R.choice([200, 200, 504]), cip, app, xff, au)
    elif kind == "rp":
        kong("GET", ["/fhir/r4/RelatedPerson"], [("patient", [fid]), ("_include", "RelatedPerson:patient")], 200,
             cip, app, xff, au)
    elif kind == "429":
        kong("GET", ["/fhir/r4/ExplanationOfBenefit"], [("patient", [fid])], 429, cip, app, xff, au,
             extra_rh={"retry-after": str(R.randint(5, 60))})


def kong_noise():
    k = R.random()
    app = R.choice(APPS)
    mon = dict(app, ua="kube-probe/1.28", kong="internal-monitor", cid="synthetic-monitor")
    if k < 0.3:
        kong("GET", ["/fhir/r4/metadata"], None, 200, priv_ip(), mon, etag=str(R.randint(30, 60)))
    elif k < 0.5:
        kong("GET", ["/fhir/r4/.well-known/smart-configuration"], None, 200, priv_ip(),
             dict(app, ua="node-fetch/1.0 (+https://github.com/bitinn/node-fetch)"), resp_ct="application/json")
    elif k < 0.7:
        kong("GET", ["/fhir/r4/Binary/" + fhir_id()], None, 200, priv_ip(), BULK_APP,
             resp_ct="application/fhir+ndjson", size=R.randint(200000, 9000000))
    elif k < 0.85:
        kong("GET", ["/fhir/r4/$export-poll-status"], [("_jobId", uid())], 202, priv_ip(), BULK_APP,
             extra_rh={"x-progress": "Build in progress - Status set to IN_PROGRESS", "retry-after": "120"})
    else:
        kong("GET", ["/fhir/r4/Practitioner"], [("identifier", "http://hl7.org/fhir/sid/us-npi|" + make_npi())],
             200, priv_ip(), app)


# ----------------------------------------------------------------------------- family: Apigee MessageLogging
def apigee(proxy, verb, path_parts, status, app, client_ip, extra=()):
    d = tick()
    L = Line("apigee-syslog")
    mid = "rrt-0%s-c-us-%d-%d-1" % (hexs(16), R.randint(10000, 99999), R.randint(1000000, 9999999))
    L.t("<14>1 %s apigee-mp-prod-%d %s %d - - " % (iso_ms(d), R.randint(1, 6), proxy, R.randint(1000, 9999)))
    L.t("org=stbrigid-health env=prod proxy=%s rev=%d messageid=%s verb=%s path=" % (
        proxy, R.randint(11, 40), mid, verb))
    L.x(*path_parts)
    L.t(' status=%d client_id=%s app="%s" developer=%s client_ip=' % (status, app["cid"], app["name"], app["dev"]))
    L.x(client_ip)
    tot = R.randint(20, 1400)
    L.t(" total_ms=%d target_ms=%d" % (tot, max(1, tot - R.randint(3, 40))))
    for k, v in extra:
        L.t(" %s=" % k)
        L.x(*(v if isinstance(v, (list, tuple)) else [v]))
    emit(L)


def apigee_noise():
    k = R.random()
    app = R.choice(APPS)
    if k < 0.3:
        apigee("patient-access-v1", "POST", ["/oauth/v2/token"], 200, app, priv_ip(),
               [("grant_type", "authorization_code"), ("token_ttl", "3599")])
    elif k < 0.5:
        apigee("patient-access-v1", "GET", ["/patient-access/v1/metadata"], 200, app, priv_ip())
    elif k < 0.7:
        L = Line("apigee-syslog")
        d = tick()
        L.t("<11>1 %s apigee-mp-prod-%d patient-access-v1 %d - - fault=" % (iso_ms(d), R.randint(1, 6), R.randint(1000, 9999)))
        if R.random() < 0.5:
            L.j({"fault": {"faultstring": "Rate limit quota violation. Quota limit  exceeded. Identifier : %s" % app["cid"],
                           "detail": {"errorcode": "policies.ratelimit.QuotaViolation"}}})
        else:
            L.j({"fault": {"faultstring": "Spike arrest violation. Allowed rate : MessageRate{messagesPerPeriod=10, periodInMicroseconds=1000000, maxBurstMessageCount=1.0}",
                           "detail": {"errorcode": "policies.ratelimit.SpikeArrestViolation"}}})
        L.t(" client_id=%s quota_used=%d quota_allowed=1000 quota_reset=%s" % (
            app["cid"], R.randint(1000, 1100), iso_s(d.replace(minute=0, second=0) + datetime.timedelta(hours=1))))
        emit(L)
    elif k < 0.85:
        L = Line("apigee-syslog")
        d = tick()
        L.t("<11>1 %s apigee-mp-prod-%d member-benefits-v1 %d - - fault=" % (iso_ms(d), R.randint(1, 6), R.randint(1000, 9999)))
        L.j({"fault": {"faultstring": "Invalid ApiKey for given resource",
                       "detail": {"errorcode": "oauth.v2.InvalidApiKeyForGivenResource"}}})
        L.t(" messageid=rrt-0%s-c-us-%d-%d-1" % (hexs(16), R.randint(10000, 99999), R.randint(1000000, 9999999)))
        emit(L)
    else:
        apigee("patient-billing-v2", "GET", ["/patient-billing/v2/statements?cursor=", rs(B64U, 24), "&limit=25"],
               200, app, priv_ip(), [("cache_hit", "false")])


# ----------------------------------------------------------------------------- family: FHIR NDJSON
V2 = "http://terminology.hl7.org/CodeSystem/v2-0203"


def meta(profile):
    d = NOW[0] - datetime.timedelta(days=R.randint(1, 400), seconds=R.randint(0, 86400))
    return {"versionId": str(R.randint(1, 19)), "lastUpdated": d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d+00:00" % R.randint(0, 999),
            "source": "#" + rs(AZ09, 16), "profile": [profile]}


def fhir_addr(a, county=True):
    o = {"use": "home", "type": "both", "line": [P(a["street"], "address")] + ([P(a["unit"], "address")] if a["unit"] else []),
         "city": P(a["city"], "address")}
    if county:
        o["district"] = P(a["county"], "address")
    o["state"] = a["state"]
    o["postalCode"] = P(a["zip"], "zip")
    o["country"] = "US"
    return o


def ndjson_patient(p):
    ident = [{"use": "usual", "type": {"coding": [{"system": V2, "code": "MR", "display": "Medical Record Number"}],
                                       "text": "MRN"},
              "system": "urn:oid:1.2.840.114350.1.13.861.1.7.5.737384.14", "value": P(p["mrn"], "mrn")}]
    if p["kind"] != "minor" and R.random() < 0.7:
        ident.append({"type": {"coding": [{"system": V2, "code": "SS"}]}, "system": "http://hl7.org/fhir/sid/us-ssn",
                      "value": P(p["ssn"].replace("-", ""), "ssn")})
    if p["kind"] == "adult" and R.random() < 0.3:
        ident.append({"type": {"coding": [{"system": V2, "code": "DL"}]}, "system": "urn:oid:2.16.840.1.113883.4.3." + {"MA": "25", "RI": "44", "NH": "33"}[p["addr"]["state"]],
                      "value": P(p["dl"], "license")})
    if p["curp"]:
        ident.append({"type": {"text": "CURP"}, "system": "urn:oid:2.16.840.1.113883.4.629", "value": P(p["curp"], "other_id")})
    tel = [{"system": "phone", "value": P(fmt_phone(p["phone"], 0), "phone"), "use": "home"}]
    if p["kind"] != "minor":
        tel.append({"system": "phone", "value": P(fmt_phone(p["mobile"], 0), "phone"), "use": "mobile", "rank": 1})
        tel.append({"system": "email", "value": P(p["email"], "email")})
    if p["fax"]:
        tel.append({"system": "fax", "value": P(fmt_phone(p["fax"], 0), "fax"), "use": "home"})
    if p["url"]:
        tel.append({"system": "url", "value": P(p["url"], "url")})
    o = {"resourceType": "Patient", "id": P(p["fid"], "mrn"),
         "meta": meta("http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient|6.1.0"),
         "extension": [{"url": "http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex",
                        "valueCode": "F" if p["sex"] == "female" else "M"}],
         "identifier": ident, "active": True,
         "name": [{"use": "official", "family": P(p["family"], "name"), "given": [P(g, "name") for g in p["givens"]]}],
         "telecom": tel, "gender": p["sex"], "birthDate": P(p["dob"].isoformat(), "date"),
         "address": [fhir_addr(p["addr"], county=R.random() < 0.5)]}
    if p["kind"] == "elder" and p["caregiver"]:
        cg, rel = p["caregiver"]
        o["contact"] = [{"relationship": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0131",
                                                       "code": "C", "display": "Emergency Contact"}]}],
                         "name": {"family": P(cg["family"], "name"), "given": [P(cg["givens"][0], "name")]},
                         "telecom": [{"system": "phone", "value": P(fmt_phone(cg["mobile"], 0), "phone")}]}]
    if p["fid"] in PHOTO:
        o["photo"] = [{"contentType": "image/jpeg", "data": P(PHOTO[p["fid"]], "photo")}]
    o["communication"] = [{"language": {"coding": [{"system": "urn:ietf:bcp:47", "code": R.choice(["en", "en", "es", "pt-BR", "vi", "pl"])}]}, "preferred": True}]
    o["generalPractitioner"] = [{"reference": "Practitioner/" + fhir_id(), "display": R.choice(STAFF[:2] + STAFF[5:7])}]
    o["managingOrganization"] = {"reference": "Organization/org-stbrigid", "display": "St. Brigid Regional Medical Center"}
    L = Line("fhir-ndjson")
    L.j(o)
    emit(L)


def ndjson_coverage(p):
    mb = p["member_id"]
    if p.get("mbi") and p["payer"].startswith("Medicare"):
        ident = [{"type": {"coding": [{"system": V2, "code": "MC"}]}, "system": "http://hl7.org/fhir/sid/us-mbi", "value": P(mb, "health_plan")}]
        payor = "Centers for Medicare & Medicaid Services"
    else:
        ident = [{"type": {"coding": [{"system": V2, "code": "MB", "display": "Member Number"}]},
                  "system": "https://payers.stbrigid-health.org/member-id", "value": P(mb, "health_plan")}]
        payor = p["payer"]
    sub = p["guardian"][0] if p["guardian"] else p
    o = {"resourceType": "Coverage", "id": p["cov_id"],
         "meta": meta("http://hl7.org/fhir/us/carin-bb/StructureDefinition/C4BB-Coverage|2.0.0"),
         "identifier": ident, "status": "active",
         "type": {"coding": [{"system": "https://nahdo.org/sopt", "code": R.choice(["1", "2", "511", "3"])}]},
         "subscriber": {"reference": C("Patient/", P(sub["fid"], "mrn"))},
         "subscriberId": P(sub["member_id"] if sub is not p else mb, "health_plan"),
         "beneficiary": {"reference": C("Patient/", P(p["fid"], "mrn"))},
         "dependent": "%02d" % (1 if sub is p else R.randint(2, 4)),
         "relationship": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/subscriber-relationship",
                                      "code": "self" if sub is p else "child"}]}}
    if R.random() < 0.6:
        o["period"] = {"start": P("%d-%02d-01" % (R.randint(2019, 2023), R.choice([1, 1, 1, 4, 7, 10])), "date")}
    o["payor"] = [{"reference": "Organization/" + fhir_id(), "display": payor}]
    if not payor.startswith("Centers"):
        o["class"] = [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/coverage-class", "code": "group"}]},
                       "value": p["group"], "name": R.choice(["Harbor Logistics Employees", "City of Lowell", "Self-funded", "Individual Market"])},
                      {"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/coverage-class", "code": "plan"}]},
                       "value": R.choice(["PPO-GOLD-22", "HMO-SILVER-3", "EPO-BRONZE", "STD-MH"])}]
    L = Line("fhir-ndjson")
    L.j(o)
    emit(L)


RELTXT = {"MTH": "mother", "FTH": "father", "DAU": "daughter", "SON": "son"}


def ndjson_related(pt, rp, rel):
    tel = [{"system": "phone", "value": P(fmt_phone(rp["mobile"], R.choice([0, 2])), "phone"), "use": "mobile"},
           {"system": "email", "value": P(rp["email"], "email")}]
    if rp["fax"]:
        tel.append({"system": "fax", "value": P(fmt_phone(rp["fax"], 2), "fax")})
    o = {"resourceType": "RelatedPerson", "id": rp["rp_id"],
         "meta": meta("http://hl7.org/fhir/us/core/StructureDefinition/us-core-relatedperson|6.1.0"),
         "active": True, "patient": {"reference": C("Patient/", P(pt["fid"], "mrn"))},
         "relationship": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-RoleCode", "code": rel,
                                       "display": RELTXT[rel]}]},
                          {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-RoleCode",
                                       "code": "GUARD" if pt["kind"] == "minor" else "CAREGIVER"}]}],
         "name": [{"family": P(rp["family"], "name"), "given": [P(g, "name") for g in rp["givens"]]}],
         "telecom": tel, "gender": rp["sex"], "birthDate": P(rp["dob"].isoformat(), "date"),
         "address": [fhir_addr(rp["addr"], county=False)]}
    L = Line("fhir-ndjson")
    L.j(o)
    emit(L)


# ----------------------------------------------------------------------------- family: HAPI bulk export log
def hapi(level, thread, logger, parts):
    d = tick()
    L = Line("bulk-hapi")
    L.t("%s [%s] %-5s %s - " % (dot_ts(d), thread, level, logger))
    L.x(*parts)
    emit(L)
    return L


def sc_bulk(force=None):
    job = uid()
    grp = R.choice(BULK_GROUPS)
    since = "2024-0%d-01T00:00:00Z" % R.randint(1, 3)
    kc_noise() if R.random() < 0.3 else None
    hapi("INFO", "http-nio-8080-exec-%d" % R.randint(1, 20), "c.u.f.j.b.e.p.BulkDataExportProvider",
         ["Received $export request: GET /fhir/r4/Group/%s/$export?_type=Patient,Coverage,RelatedPerson&_since=%s"
          "&_outputFormat=application%%2Ffhir%%2Bndjson client=%s" % (grp, since, BULK_APP["cid"])])
    kong("GET", ["/fhir/r4/Group/%s/$export" % grp], [("_type", "Patient,Coverage,RelatedPerson"), ("_since", since)],
         202, priv_ip(), BULK_APP, resp_ct="application/fhir+json",
         extra_rh={"content-location": API + "/fhir/r4/$export-poll-status?_jobId=" + job})
    hapi("INFO", "http-nio-8080-exec-%d" % R.randint(1, 20), "c.u.f.b.j.i.JobCoordinatorImpl",
         ["Stored new BULK_EXPORT job %s with status QUEUED" % job])
    total = {"Patient": R.randint(800, 9000), "Coverage": 0, "RelatedPerson": 0}
    total["Coverage"] = int(total["Patient"] * R.uniform(1.0, 1.4))
    total["RelatedPerson"] = int(total["Patient"] * R.uniform(0.1, 0.4))
    members = R.sample(ALLP, R.randint(3, 6))
    for i in range(R.randint(2, 3)):
        hapi("INFO", "hapi-batch-%d" % R.randint(1, 8), "c.u.f.b.j.export.ExpandResourcesStep",
             ["Job %s: expanded %d of %d Patient resources (chunk %d, elapsed %dms)" % (
                 job, R.randint(100, total["Patient"]), total["Patient"], i + 1, R.randint(400, 9000))])
        if R.random() < 0.6:
            hapi("DEBUG", "hapi-batch-%d" % R.randint(1, 8), "c.u.f.j.b.e.s.BulkExportPollStatus",
                 ["Poll job=%s status=IN_PROGRESS X-Progress=\"%d%%\" Retry-After=120" % (job, R.randint(5, 95))])
    for p in force or []:
        ndjson_patient(p)
    for p in members:
        r = R.random()
        if r < 0.45:
            ndjson_patient(p)
        elif r < 0.8:
            ndjson_coverage(p)
        else:
            if p["guardian"]:
                ndjson_related(p, *p["guardian"])
            elif p["caregiver"]:
                ndjson_related(p, *p["caregiver"])
            else:
                ndjson_patient(p)
    if R.random() < 0.35:
        L = Line("fhir-ndjson")
        L.j({"resourceType": "OperationOutcome", "id": uid(),
             "issue": [{"severity": "error", "code": "processing",
                        "diagnostics": "Failed to serialize RelatedPerson/%s/_history/%d: HAPI-1821: [element=\"telecom\"] "
                                       "Invalid attribute value" % (fhir_id(), R.randint(2, 9))}]})
        emit(L)
    for t in ["Patient", "Coverage", "RelatedPerson"]:
        hapi("INFO", "hapi-batch-%d" % R.randint(1, 8), "c.u.f.b.j.export.WriteBinaryStep",
             ["Job %s: wrote %d %s resources (%d bytes) to Binary/%s" % (job, total[t], t, total[t] * R.randint(600, 1900), fhir_id())])
    d = NOW[0]
    L = Line("bulk-hapi")
    L.t("%s [hapi-batch-%d] INFO  c.u.f.j.b.e.s.BulkDataExportSvcImpl - Export manifest: " % (dot_ts(tick()), R.randint(1, 8)))
    L.j({"transactionTime": iso_ms(d - datetime.timedelta(minutes=R.randint(2, 9))),
         "request": "%s/Group/%s/$export?_type=Patient,Coverage,RelatedPerson&_since=%s" % (FHIR_BASE, grp, since),
         "requiresAccessToken": True,
         "output": [{"type": t, "url": "%s/Binary/%s" % (FHIR_BASE, fhir_id()), "count": total[t]} for t in total],
         "error": [], "extension": {"https://hapifhir.io/fhir/StructureDefinition/jobId": job}})
    emit(L)
    hapi("INFO", "hapi-batch-%d" % R.randint(1, 8), "c.u.f.b.j.i.JobCoordinatorImpl",
         ["Job %s COMPLETED in 00:%02d:%02d.%03d (%d resources, 3 files)" % (
             job, R.randint(1, 14), R.randint(0, 59), R.randint(0, 999), sum(total.values()))])
    if R.random() < 0.5:
        kong_noise()


# ----------------------------------------------------------------------------- family: C-CDA parsing (log4j2)
def ccda_line(level, logger, parts):
    d = tick()
    L = Line("ccda-log4j")
    L.t("%s [ccda-worker-%d] %-5s %s - " % (comma_ts(d), R.randint(1, 6), level, logger))
    L.x(*parts)
    emit(L)


def x_addr(a, use="HP"):
    parts = ['<addr use="%s"><streetAddressLine>' % use, P(a["street"], "address"), "</streetAddressLine>"]
    if a["unit"]:
        parts += ["<streetAddressLine>", P(a["unit"], "address"), "</streetAddressLine>"]
    parts += ["<city>", P(a["city"], "address"), "</city>"]
    if R.random() < 0.3:
        parts += ["<county>", P(a["county"], "address"), "</county>"]
    parts += ["<state>", a["state"], "</state><postalCode>", P(a["zip"], "zip"), "</postalCode><country>US</country></addr>"]
    return parts


def x_name(p, use="L"):
    parts = ['<name use="%s">' % use]
    for g in p["givens"]:
        parts += ["<given>", P(g, "name"), "</given>"]
    parts += ["<family>", P(p["family"], "name"), "</family></name>"]
    return parts


def sc_ccda(p):
    doc = uid()
    hie = R.choice(["hie.masshiway.example.net", "xca.gateway.carequality-sandbox.example", "docs.northshore-hie.example"])
    ccda_line("INFO", "o.s.interop.ccda.CcdaFetchService",
              ["Retrieving document urn:uuid:%s from https://%s/xds/retrieve repositoryUniqueId=1.3.6.1.4.1.21367.2010.1.2.%d" % (
                  doc, hie, R.randint(100, 999))])
    ccda_line("INFO", "o.s.interop.ccda.CcdaFetchService",
              ["Fetched C-CDA %s (%d bytes, sha256=%s) in %dms" % (R.choice(["CCD R2.1", "Discharge Summary", "Referral Note"]),
                                                                  R.randint(18000, 240000), hexs(64), R.randint(80, 3000))])
    ccda_line("DEBUG", "o.s.interop.ccda.CcdaParser",
              ['Header templateIds: <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>'
               '<templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/> '
               '<code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>'])
    tel = p["phone"]
    rt = ['Parsed recordTarget: <recordTarget><patientRole><id extension="', P(p["mrn"], "mrn"),
          '" root="2.16.840.1.113883.3.7204.1.1"/>']
    if p["kind"] != "minor" and R.random() < 0.6:
        rt += ['<id extension="', P(p["ssn"], "ssn"), '" root="2.16.840.1.113883.4.1"/>']
    rt += x_addr(p["addr"])
    rt += ['<telecom use="HP" value="tel:', P(fmt_phone(tel, 1), "phone"), '"/>']
    if p["kind"] != "minor" and R.random() < 0.5:
        rt += ['<telecom use="H" value="mailto:', P(p["email"], "email"), '"/>']
    if p["url"] and R.random() < 0.7:
        rt += ['<telecom use="H" value="', P(p["url"], "url"), '"/>']
    rt += ["<patient>"] + x_name(p)
    rt += ['<administrativeGenderCode code="%s" codeSystem="2.16.840.1.113883.5.1"/><birthTime value="' % ("F" if p["sex"] == "female" else "M"),
           P(p["dob"].strftime("%Y%m%d"), "date"), '"/>']
    if p["guardian"]:
        g, rel = p["guardian"]
        rt += ['<guardian><code code="%s" codeSystem="2.16.840.1.113883.5.111" displayName="%s"/>' % (rel, RELTXT[rel])]
        rt += ['<telecom use="MC" value="tel:', P(fmt_phone(g["mobile"], 1), "phone"), '"/><guardianPerson>']
        rt += x_name(g) + ["</guardianPerson></guardian>"]
    rt += ['<languageCommunication><languageCode code="en-US"/></languageCommunication></patient></patientRole></recordTarget>']
    ccda_line("DEBUG", "o.s.interop.ccda.CcdaParser", rt)
    author = R.choice(STAFF[:2] + STAFF[5:7])
    nm = author.split(",")[0].split()
    ccda_line("DEBUG", "o.s.interop.ccda.CcdaParser",
              ['Parsed author: <author><assignedAuthor><id extension="%s" root="2.16.840.1.113883.4.6"/>'
               '<telecom use="WP" value="tel:+1-617-555-0100"/><assignedPerson><name><prefix>Dr.</prefix><given>%s</given>'
               '<family>%s</family></name></assignedPerson></assignedAuthor></author>' % (STAFF_NPI[author], nm[0], nm[1])])
    if R.random() < 0.5:
        ccda_line("DEBUG", "o.s.interop.ccda.CcdaParser",
                  ['Parsed custodian: <custodian><assignedCustodian><representedCustodianOrganization>'
                   '<id extension="%s" root="2.16.840.1.113883.4.6"/><name>St. Brigid Regional Medical Center</name>'
                   '<telecom use="WP" value="tel:(617)555-0100"/><addr use="WP"><streetAddressLine>1200 Harbor Blvd'
                   '</streetAddressLine><city>Boston</city><state>MA</state><postalCode>02210</postalCode></addr>'
                   '</representedCustodianOrganization></assignedCustodian></custodian>' % make_npi()])
    if R.random() < 0.75:
        adm = datetime.datetime(2024, R.randint(1, 3), R.randint(1, 12), R.randint(0, 23), R.choice([0, 15, 30, 45]))
        dis = adm + datetime.timedelta(days=R.randint(1, 6), hours=R.randint(1, 9))
        ccda_line("DEBUG", "o.s.interop.ccda.CcdaParser",
                  ['Parsed encompassingEncounter: <componentOf><encompassingEncounter><id root="%s"/>'
                   '<code code="IMP" codeSystem="2.16.840.1.113883.5.4" displayName="inpatient encounter"/>'
                   '<effectiveTime><low value="' % uid(), P(adm.strftime("%Y%m%d%H%M") + "-0500", "date"),
                   '"/><high value="', P(dis.strftime("%Y%m%d%H%M") + "-0500", "date"),
                   '"/></effectiveTime><location><healthCareFacility><id root="2.16.840.1.113883.19.5" extension="4W-MEDSURG"/>'
                   '</healthCareFacility></location></encompassingEncounter></componentOf>'])
    if p["kind"] == "elder" or R.random() < 0.25:
        udi = "(01)%s(17)%s(10)LOT%s(21)%s" % ("00" + rs(DIG, 12), "2%d%02d%02d" % (R.randint(6, 9), R.randint(1, 12), R.randint(1, 28)),
                                               rs(DIG, 4), R.choice(["SN", "PJN", ""]) + rs(DIG, 8))
        ccda_line("DEBUG", "o.s.interop.ccda.sections.ProceduresSectionParser",
                  ['Implanted device: <participant typeCode="DEV"><participantRole classCode="MANU"><id root="2.16.840.1.113883.3.3719" extension="',
                   P(udi, "device"), '"/><playingDevice><code code="%s" codeSystem="2.16.840.1.113883.6.96" displayName="%s"/>'
                   '</playingDevice><scopingEntity><id root="2.16.840.1.113883.3.3719"/></scopingEntity></participantRole></participant>' % R.choice(
                       [("14106009", "Cardiac pacemaker"), ("304120007", "Total hip replacement prosthesis"),
                        ("72506001", "Implantable defibrillator")])])
    if p["caregiver"] or R.random() < 0.2:
        c, rel = p["caregiver"] if p["caregiver"] else (R.choice(ADULTS), "FRND")
        if c is p:
            c = ADULTS[0] if p is not ADULTS[0] else ADULTS[1]
        parts = ['Parsed participant: <participant typeCode="IND"><associatedEntity classCode="ECON">'
                 '<code code="%s" codeSystem="2.16.840.1.113883.5.111"/>' % rel]
        parts += x_addr(c["addr"])
        parts += ['<telecom use="MC" value="tel:', P(fmt_phone(c["mobile"], 1), "phone"), '"/><associatedPerson>']
        parts += x_name(c) + ["</associatedPerson></associatedEntity></participant>"]
        ccda_line("DEBUG", "o.s.interop.ccda.CcdaParser", parts)
    ccda_line(R.choice(["WARN", "INFO"]), "o.s.interop.ccda.CcdaValidator",
              ["Schematron: %d errors, %d warnings (first: CONF:1198-%d SHALL contain exactly one [1..1] %s) doc=urn:uuid:%s" % (
                  R.randint(0, 3), R.randint(0, 40), R.randint(5000, 32999),
                  R.choice(["statusCode", "effectiveTime", "templateId/@extension=\"2015-08-01\""]), doc)])
    ccda_line("INFO", "o.s.interop.ccda.CcdaIngestService",
              ["Reconciled sections: problems=%d medications=%d allergies=%d results=%d immunizations=%d; DocumentReference/%s created" % (
                  R.randint(0, 20), R.randint(0, 30), R.randint(0, 6), R.randint(0, 90), R.randint(0, 25), fhir_id())])


def ccda_noise():
    k = R.random()
    if k < 0.4:
        ccda_line("INFO", "o.s.interop.ccda.CcdaFetchService",
                  ["Query ITI-38 returned %d DocumentEntries (status=urn:oasis:names:tc:ebxml-regrep:ResponseStatusType:Success) in %dms" % (
                      R.randint(0, 40), R.randint(200, 4000))])
    elif k < 0.7:
        ccda_line("WARN", "o.s.interop.ccda.CcdaParser",
                  ['Unknown templateId <templateId root="2.16.840.1.113883.10.20.22.4.%d" extension="2014-06-09"/> in section %s; skipping' % (
                      R.randint(1, 300), R.choice(["48765-2", "10160-0", "11450-4", "30954-2"]))])
    else:
        ccda_line("INFO", "o.s.interop.ccda.CcdaIngestService",
                  ["Queue depth=%d, workers=6, oldest message age=%ds, batch=%s" % (R.randint(0, 300), R.randint(0, 900), uid())])


# ----------------------------------------------------------------------------- family: consent / proxy access (logfmt)
def lf_line(level, msg, pairs, family="consent-logfmt"):
    d = tick()
    L = Line(family)
    L.t('time=%s level=%s msg="%s" svc=consent-svc' % (iso_ms(d), level, msg))
    for k, v in pairs:
        parts = v if isinstance(v, (list, tuple)) else [v]
        full = "".join(str(q.v) if isinstance(q, P) else q for q in parts)
        L.t(" %s=" % k)
        need = (not full) or any(c in full for c in ' ="')
        if need:
            L.t('"')
        L.x(*parts)
        if need:
            L.t('"')
    emit(L)


def sc_proxy(forced=None):
    if forced is not None:
        pt = forced
        proxy, rel = pt["caregiver"] or pt["guardian"]
    elif R.random() < 0.65:
        pt = R.choice(MINORS)
        proxy, rel = pt["guardian"]
    else:
        pt = R.choice(ELDERS)
        proxy, rel = pt["caregiver"]
    app = APPS[3] if R.random() < 0.6 else R.choice(APPS)
    grant = "pxg_" + rs(AZ09, 20)
    idv = "IDV-24-%08d" % R.randint(1, 99999999)
    lf_line("info", "proxy access requested", [
        ("request_id", uid()), ("proxy_user", kc_username(proxy)), ("proxy_name", P(proxy["display"], "name")),
        ("relationship", RELTXT[rel]), ("patient_mrn", P(pt["mrn"], "mrn")),
        ("patient_dob", P(pt["dob"].isoformat(), "date"))] + (
        [("patient_age", P(str(pt["age"]), "age"))] if pt["age"] > 89 else [("patient_age", str(pt["age"]))]) + [
        ("channel", R.choice(["portal", "app", "kiosk"])), ("client_id", app["cid"])])
    # identity proofing webhook
    d = tick()
    L = Line("idv-webhook")
    L.t("%s INFO  [idv-webhook] POST /webhooks/idv 200 body=" % iso_ms(d))
    doc_type = R.choice(["drivers_license", "drivers_license", "passport"])
    docnum = P(proxy["dl"], "license") if doc_type == "drivers_license" else P(R.choice("ABCDEFGHK") + rs(DIG, 8), "other_id")
    body = {"event": "verification.completed", "case_id": P(idv, "other_id"), "reference": grant,
            "applicant": {"first_name": P(proxy["givens"][0], "name"), "last_name": P(proxy["family"], "name"),
                          "dob": P(proxy["dob"].strftime("%m/%d/%Y"), "date"),
                          "address": {"line1": P(proxy["addr"]["street"], "address"), "city": P(proxy["addr"]["city"], "address"),
                                      "state": proxy["addr"]["state"], "postal_code": P(proxy["addr"]["zip"], "zip")}},
            "document": {"type": doc_type, "number": docnum, "issuing_country": "US" if doc_type != "passport" else R.choice(["NG", "VN", "MX", "PL", "IN"])},
            "checks": {"document_authenticity": "pass", "selfie_match": round(R.uniform(0.9, 0.995), 3), "liveness": "pass"},
            "completed_at": iso_ms(d - datetime.timedelta(seconds=R.randint(2, 40)))}
    L.j(body)
    emit(L)
    if R.random() < 0.7:
        d = tick()
        L = Line("idv-webhook")
        L.t("%s DEBUG [idv-webhook] biometric artifacts case_id=" % iso_ms(d))
        L.p(idv, "other_id")
        L.t(" ")
        if R.random() < 0.55:
            L.t("face_template_v3=")
            L.p(fake_template_b64(R.randint(120, 220), header=b"FTv3\x00\x01"), "biometric")
        else:
            L.t("selfie_image=data:image/jpeg;base64,")
            L.p(fake_jpeg_b64(R.randint(200, 420)), "photo")
        L.t(" retention_days=30 vendor=veriproof-sandbox")
        emit(L)
    else:
        d = tick()
        L = Line("idv-webhook")
        L.t("%s INFO  [idv-webhook] signature verified alg=HS256 kid=whsec_%s delivery=%s attempt=1" % (iso_ms(d), rs(AZ09, 8), uid()))
        emit(L)
    lf_line("info", "proxy access granted", [
        ("grant_id", grant), ("proxy_user", kc_username(proxy)), ("patient_fid", P(pt["fid"], "mrn")),
        ("relationship", RELTXT[rel]), ("scope", "patient/*.rs"), ("idv_case", P(idv, "other_id")),
        ("approved_by", R.choice(STAFF[2:4] + STAFF[7:])), ("policy", "proxy-minor-v4" if pt["kind"] == "minor" else "proxy-adult-caregiver-v2")])
    if pt["kind"] == "minor" and R.random() < 0.5:
        lf_line("info", "adolescent confidentiality filter applied", [
            ("grant_id", grant), ("patient_age", str(pt["age"])), ("suppressed_categories", "sensitive,behavioral-health,reproductive"),
            ("rule", "MA-adolescent-12plus")])
    if pt["kind"] == "elder" and R.random() < 0.8:
        lf_line("info", "release of information queued", [
            ("grant_id", grant), ("delivery", "fax"), ("fax_to", P(fmt_phone((proxy["fax"] or pt["fax"]), 1), "fax")),
            ("recipient", P(proxy["display"], "name")), ("pages", str(R.randint(2, 60))), ("roi_request", "ROI-%06d" % R.randint(1, 999999))])
    # the proxy now uses the app
    sess = kc_login(proxy, app) if app["asv"] == "keycloak" else None
    if sess:
        kc_code_to_token(app, proxy["kc_uid"], sess)
    else:
        sp_claims(proxy, app, patient_ctx=pt)
    pino_launch(proxy, app, pt)
    if pt["kind"] == "elder" or R.random() < 0.3:
        pino_banner(pt)
    for _ in range(R.randint(1, 3)):
        kong_patient_call(proxy, app, pt)
    audit_access(proxy, pt, app)
    lf_line("info", "consent decision", [("grant_id", grant), ("decision", "permit"), ("resource", "Patient"),
                                         ("obligations", "redact:sensitive"), ("eval_ms", "%.2f" % R.uniform(0.2, 9))])


def consent_noise():
    k = R.random()
    if k < 0.3:
        lf_line("info", "consent policy cache refreshed", [("policies", str(R.randint(9, 30))), ("etag", 'W/"%d"' % R.randint(100, 999)),
                                                          ("took_ms", str(R.randint(3, 400)))])
    elif k < 0.55:
        lf_line("info", "consent decision", [("grant_id", "pxg_" + rs(AZ09, 20)), ("decision", R.choice(["permit", "deny"])),
                                             ("resource", R.choice(["ExplanationOfBenefit", "Coverage", "Observation"])),
                                             ("eval_ms", "%.2f" % R.uniform(0.2, 9))])
    elif k < 0.8:
        lf_line("info", "expired proxy grants swept", [("count", str(R.randint(0, 12))), ("cutoff", iso_s(NOW[0])),
                                                       ("next_run", iso_s(NOW[0] + datetime.timedelta(hours=1)))])
    else:
        lf_line("warn", "consent evaluation slow", [("eval_ms", str(R.randint(200, 2000))), ("policy", "proxy-minor-v4"),
                                                    ("trace_id", hexs(32))])


# ----------------------------------------------------------------------------- family: audit events
def audit_access(user, pt, app):
    d = tick()
    o = {"resourceType": "AuditEvent", "id": uid(),
         "type": {"system": "http://terminology.hl7.org/CodeSystem/audit-event-type", "code": "rest", "display": "RESTful Operation"},
         "subtype": [{"system": "http://hl7.org/fhir/restful-interaction", "code": R.choice(["read", "search-type"])}],
         "action": R.choice(["R", "E"]), "recorded": iso_ms(d), "outcome": "0",
         "agent": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "code": "IRCP"}]},
                    "who": {"identifier": {"system": AUTH + "/realms/patients", "value": P(user["username"], "other_id")},
                            "display": P(user["display"], "name")},
                    "requestor": True, "network": {"address": P(user["ip"], "ip"), "type": "2"}},
                   {"who": {"display": app["name"], "identifier": {"value": app["cid"]}}, "requestor": False,
                    "network": {"address": "api.stbrigid-health.org", "type": "1"}}],
         "source": {"site": "stbrigid-prod", "observer": {"display": "kong-gw-0%d" % R.randint(1, 4)}},
         "entity": [{"what": {"reference": C("Patient/", P(pt["fid"], "mrn"))},
                     "type": {"system": "http://terminology.hl7.org/CodeSystem/audit-entity-type", "code": "1"}}]}
    L = Line("fhir-audit")
    L.j(o)
    emit(L)


def audit_noise():
    d = tick()
    k = R.random()
    if k < 0.5:
        who = {"display": BULK_APP["name"], "identifier": {"value": BULK_APP["cid"]}}
        ent = [{"what": {"reference": "Group/" + R.choice(BULK_GROUPS)}}]
        sub = "export"
        addr = priv_ip()
    else:
        s = R.choice(STAFF)
        who = {"identifier": {"system": "http://hl7.org/fhir/sid/us-npi", "value": STAFF_NPI[s]}, "display": s}
        ent = [{"what": {"reference": "Practitioner/" + fhir_id()}}]
        sub = R.choice(["read", "vread"])
        addr = priv_ip()
    o = {"resourceType": "AuditEvent", "id": uid(),
         "type": {"system": "http://terminology.hl7.org/CodeSystem/audit-event-type", "code": "rest"},
         "subtype": [{"system": "http://hl7.org/fhir/restful-interaction", "code": sub}], "action": "E",
         "recorded": iso_ms(d), "outcome": R.choice(["0", "0", "4"]),
         "agent": [{"who": who, "requestor": True, "network": {"address": addr, "type": "2"}}],
         "source": {"site": "stbrigid-prod", "observer": {"display": "fhir-audit-sink"}}, "entity": ent}
    L = Line("fhir-audit")
    L.j(o)
    emit(L)


# ----------------------------------------------------------------------------- family: nginx/kong error log
def nginx(level, msg_parts):
    d = tick()
    L = Line("kong-nginx-error")
    L.t("%s [%s] %d#0: *%d " % (d.strftime("%Y/%m/%d %H:%M:%S"), level, R.randint(1200, 1300), R.randint(100000, 999999)))
    L.x(*msg_parts)
    emit(L)


def nginx_noise():
    k = R.random()
    if k < 0.5:
        up = "10.42.%d.%d" % (R.randint(1, 9), R.randint(2, 250))
        nginx("error", ["upstream timed out (110: Connection timed out) while reading response header from upstream, client: ",
                        priv_ip(), ", server: kong, request: \"GET /fhir/r4/Group/%s/$export HTTP/1.1\", upstream: \"http://%s:8080/api/FHIR/R4/Group/%s/$export\", host: \"api.stbrigid-health.org\"" % (
                            R.choice(BULK_GROUPS), up, R.choice(BULK_GROUPS))])
    elif k < 0.8:
        nginx("warn", ["[kong] handler.lua:%d [rate-limiting] API rate limit exceeded for consumer %s, client: " % (R.randint(90, 200), R.choice(APPS)["kong"]),
                       priv_ip(), ", server: kong, request: \"GET /fhir/r4/ExplanationOfBenefit?_getpages=%s&_getpagesoffset=%d HTTP/2.0\", host: \"api.stbrigid-health.org\"" % (uid(), R.choice([50, 100, 150]))])
    else:
        nginx("notice", ["[kong] init.lua:%d declarative config loaded from /kong/declarative/kong.yml (hash %s), client: %s" % (
            R.randint(400, 700), hexs(32), priv_ip())])


def nginx_ratelimit_patient(p):
    app = R.choice(APPS)
    nginx("warn", ["[kong] handler.lua:%d [rate-limiting] API rate limit exceeded for consumer %s, client: " % (R.randint(90, 200), app["kong"]),
                   P(p["ip"], "ip"), ", server: kong, request: \"GET /fhir/r4/ExplanationOfBenefit?patient=", P(p["fid"], "mrn"),
                   "&_count=50 HTTP/2.0\", host: \"api.stbrigid-health.org\""])


# ----------------------------------------------------------------------------- scenarios with PHI
def sc_smart():
    p = R.choice(ADULTS + ELDERS[:1] + ADULTS)
    app = R.choice(APPS[:3])
    pt = p
    if app["asv"] == "spring":
        hint = R.choice(["email", "user", None])
        sp_authorize(p, app, hint)
        if R.random() < 0.5:
            sp_noise()
        if hint:
            emit(sp_line("DEBUG", th(), "o.stbrigid.auth.login.LoginHintResolver",
                         ["Resolved login_hint to principal '", P(p["username"], "other_id"), "' (account ", p["kc_uid"], ")"]))
        emit(sp_line("DEBUG", th(), "o.s.s.o.s.a.a.OAuth2AuthorizationCodeAuthenticationProvider", ["Generated id token"]))
        if R.random() < 0.75:
            sp_claims(p, app)
        emit(sp_line("DEBUG", th(), "o.s.s.o.s.a.w.OAuth2TokenEndpointFilter",
                     ["Token request: grant_type=authorization_code client_id=", app["cid"], " code_verifier=[PROTECTED]"]))
    else:
        if R.random() < 0.5:
            emit(kc_line("DEBUG", "org.stbrigid.keycloak.smart.SmartLaunchAuthenticator",
                         ["SMART launch context: launch=", rs(B64U, 32), ", login_hint=", kc_username(p),
                          ", aud=", FHIR_BASE, ", patient=", P(p["fid"], "mrn")]))
        if R.random() < 0.25:
            kc_login(p, app, error=R.choice(["invalid_user_credentials", "user_temporarily_disabled"]))
        sess = kc_login(p, app)
        kc_code_to_token(app, p["kc_uid"], sess)
    if R.random() < 0.6:
        pino_launch(p, app, pt)
    if R.random() < 0.35:
        pino_banner(pt)
    for _ in range(R.randint(1, 4)):
        kong_patient_call(p, app, pt)
    if R.random() < 0.5:
        audit_access(p, pt, app)
    if R.random() < 0.15:
        kong_patient_call(p, app, pt, kind="429")
        nginx_ratelimit_patient(p)


def sc_billing():
    p = R.choice(ADULTS + ELDERS)
    app = R.choice(APPS)
    cip = P(p["ip"], "ip")
    k = R.random()
    if k < 0.4:
        apigee("patient-billing-v2", "GET", ["/patient-billing/v2/accounts/", P(p["account"], "account"), "/statements?limit=12"],
               200, app, cip, [("guarantor_mrn", P(p["mrn"], "mrn"))])
    elif k < 0.7:
        card = make_card()
        assert luhn_ok(card)
        apigee("patient-billing-v2", "POST", ["/patient-billing/v2/payments"], R.choice([201, 402]), app, cip,
               [("req_body", ['{"guarantorAccount":"', P(p["account"], "account"), '","amount":%d.%02d,"card":{"number":"' % (
                   R.randint(10, 900), R.randint(0, 99)), P(card, "account"), '","exp":"%02d/%02d","cvv":"***"}}' % (
                   R.randint(1, 12), R.randint(25, 30))])])
    else:
        apigee("member-benefits-v1", "GET", ["/member-benefits/v1/eligibility?memberId=", P(p["member_id"], "health_plan"),
                                              "&dob=", P(p["dob"].strftime("%Y%m%d"), "date"), "&serviceType=30"],
               200, app, cip, [("payer", '"%s"' % p["payer"]), ("group", p["group"])])


def sc_device():
    p = R.choice(ADULTS + MINORS[:2])
    app = R.choice(APPS[:2])
    apigee("patient-access-v1", "POST", ["/patient-access/v1/devices"], 201, app, P(p["ip"], "ip"),
           [("req_body", ['{"patient":"', P(p["fid"], "mrn"), '","platform":"%s","imei":"' % ("android" if "android" in app["cid"] else "ios"),
                          P(p["imei"], "device"), '","wifiMac":"', P(p["mac"], "device"), '","pushProvider":"fcm","appVersion":"2.7.0"}'])])
    if R.random() < 0.5:
        apigee("patient-access-v1", "GET", ["/patient-access/v1/Observation?patient=", P(p["fid"], "mrn"),
                                             "&category=vital-signs&device=", P("CGM-" + rs(DIG, 10), "device")],
               200, app, P(p["ip"], "ip"))


def sc_vehicle():
    p = R.choice(ADULTS + ELDERS)
    app = R.choice(APPS)
    if R.random() < 0.55:
        plate = R.choice(["%d%s%d" % (R.randint(1, 9), rs("ABCDEFGHJKLMNPRSTVWXY", 2), R.randint(100, 999)),
                          "%s%d" % (rs("ABCDEFGHJKLMNPRSTVWXY", 3), R.randint(1000, 9999))])
        apigee("visitor-services-v1", "POST", ["/visitor-services/v1/parking/validate"], 200, app, P(p["ip"], "ip"),
               [("req_body", ['{"appointmentId":"%s","plate":"' % fhir_id(), P(plate, "vehicle"),
                              '","plateState":"%s","patientMrn":"' % p["addr"]["state"], P(p["mrn"], "mrn"), '"}'])])
    else:
        apigee("member-benefits-v1", "POST", ["/member-benefits/v1/nemt/mileage-claims"], 202, app, P(p["ip"], "ip"),
               [("req_body", ['{"memberId":"', P(p["member_id"], "health_plan"), '","tripDate":"',
                              P("2024-03-%02d" % R.randint(1, 13), "date"), '","miles":%.1f,"vehicleVin":"' % R.uniform(3, 60),
                              P(make_vin(), "vehicle"), '"}'])])


def sc_appointment():
    p = R.choice(ALLP)
    app = R.choice(APPS)
    u = p["guardian"][0] if p["guardian"] else p
    slot = datetime.datetime(2024, R.choice([3, 4]), R.randint(15, 28), R.randint(8, 16), R.choice([0, 15, 30, 45]))
    apigee("patient-access-v1", "POST", ["/patient-access/v1/Appointment/$book"], 200, app, P(u["ip"], "ip"),
           [("patient", P(p["fid"], "mrn")), ("slot_start", P(slot.strftime("%Y-%m-%dT%H:%M:00-04:00"), "date")),
            ("practitioner", '"%s"' % R.choice(STAFF[:2] + STAFF[5:7])), ("location", "STB-PEDS-2" if p["kind"] == "minor" else "STB-IMC-4")])


def sc_pwreset():
    p = R.choice(ADULTS)
    app = R.choice(APPS)
    f = [("realmId", REALM_ID), ("realmName", "patients"), ("clientId", app["cid"]), ("userId", p["kc_uid"]),
         ("ipAddress", P(p["ip"], "ip")), ("auth_method", "openid-connect"), ("redirect_uri", app["redirect"]),
         ("code_id", uid()), ("email", P(p["email"], "email")), ("username", kc_username(p))]
    emit(kc_event("DEBUG", "SEND_RESET_PASSWORD", f))
    if R.random() < 0.5:
        f = [("realmId", REALM_ID), ("realmName", "patients"), ("clientId", app["cid"]), ("userId", p["kc_uid"]),
             ("ipAddress", P(p["ip"], "ip")), ("error", "invalid_email")]
        emit(kc_event("WARN", "UPDATE_EMAIL_ERROR", f))


def sc_bulk_patient_ndjson():
    p = R.choice(ALLP)
    ndjson_patient(p)


def sc_ccda_any():
    sc_ccda(R.choice(ALLP))


PHI_SCEN = [(sc_smart, 28), (sc_bulk, 9), (sc_ccda_any, 11), (sc_proxy, 14), (sc_billing, 8), (sc_device, 5),
            (sc_vehicle, 4), (sc_appointment, 5), (sc_pwreset, 3)]
NOISE = [(kc_noise, 14), (sp_noise, 12), (pino_noise, 8), (kong_noise, 12), (apigee_noise, 10), (consent_noise, 8),
         (audit_noise, 6), (nginx_noise, 6), (ccda_noise, 6)]


def wchoice(items):
    tot = sum(w for _, w in items)
    r = R.uniform(0, tot)
    for f, w in items:
        r -= w
        if r <= 0:
            return f
    return items[-1][0]


def main():
    # make sure every scenario kind appears early
    url_people = [p for p in ALLP if p["url"]]
    photo_people = [p for p in ALLP if p["fid"] in PHOTO]
    warm = ([lambda: sc_bulk(force=url_people[:3] + photo_people[:1])] + [f for f, _ in PHI_SCEN]
            + [sc_vehicle, sc_billing, sc_vehicle, sc_billing, sc_device, sc_vehicle,
               lambda: sc_bulk(force=url_people[3:] + photo_people[1:]), sc_billing]
            + [(lambda e=e: sc_proxy(forced=e)) for e in ELDERS])
    for f in warm:
        f()
        for _ in range(R.randint(3, 6)):
            wchoice(NOISE)()
    while len(OUT) < N_LINES + 30:
        phi = sum(1 for L in OUT if L.spans)
        if phi / len(OUT) > 0.455:
            for _ in range(R.randint(1, 3)):
                wchoice(NOISE)()
        else:
            wchoice(PHI_SCEN)()
    lines = OUT[:N_LINES]
    log_path = os.path.join(HERE, ID + ".log")
    lab_path = os.path.join(HERE, ID + ".labels.jsonl")
    with open(log_path, "wb") as fl, open(lab_path, "w", encoding="utf-8", newline="\n") as fj:
        for i, L in enumerate(lines, 1):
            b = L.finish()
            fl.write(b + b"\n")
            fj.write(json.dumps({"line": i, "family": L.family,
                                 "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _ in L.spans]},
                                ensure_ascii=False) + "\n")
    # re-verify from disk
    with open(log_path, "rb") as fl, open(lab_path, encoding="utf-8") as fj:
        raw = fl.read().split(b"\n")
        assert raw[-1] == b"" and len(raw) == N_LINES + 1
        for i, (b, js) in enumerate(zip(raw, fj), 1):
            o = json.loads(js)
            assert o["line"] == i
            for sp in o["spans"]:
                assert 0 <= sp["s"] < sp["e"] <= len(b)


if __name__ == "__main__":
    main()
