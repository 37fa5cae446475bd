#!/usr/bin/env python3
"""Synthetic labeled log corpus "ol".

Organisation: Lodestar In-Home Health (fictional), a Medicare Advantage
in-home health risk assessment (HRA) vendor with a chronic care management
(CCM) call centre in Dallas.  It schedules nurse-practitioner (NP) home visits
for members of four (fictional) MA plans, collects HRA forms on tablets,
suspects and codes HCCs, receives eligibility files and sends RAPS /
encounter data, and runs a call centre on Five9-like and Genesys-like
platforms.  One export of its log shipper (500 lines) is simulated.

Systems simulated (family names used in the labels):
  nginx_access      edge nginx in front of api./portal. (combined + timings)
  nginx_error       edge nginx error log
  go_zap            sched-optimizer (Go, zap JSON): route optimisation, geocoding
  logfmt_sms        hermes-sms (Go, logfmt): SMS confirmations, inbound replies
  android_logcat    legacy HRA tablet app (Kotlin/Android) logcat lines
  rn_log            new HRA tablet app (React Native) console/Sentry lines
  py_json           hcc-engine (Python, json logger, ensure_ascii) suspecting runs
  csv_hcc           HCC suspect export CSV for coders (header + rows)
  x12_834           plan 834 enrolment file, one segment per line
  fixed_width_elig  Bluegrass plan monthly eligibility file (fixed width)
  psv_elig          Great Lakes plan pipe-delimited eligibility file
  five9_csv         Five9-like call log report rows / agent state rows
  genesys_json      Genesys-like conversation detail / queue observation JSON
  java_logback      ccm-timetracker (Spring Boot, logback)
  java_careplan     careplan-renderer (log4j2 pattern) + Java stack traces
  mao004            MAO-004 encounter report records (fixed width)
  raps              RAPS submission job (syslog key=value) + raw CCC records
  postgres          PostgreSQL server log (errors, DETAIL, STATEMENT, slow queries)
  syslog_sftp       sshd / sftp-server syslog of the partner SFTP host
  chat              ops/care-team chat export lines (free text)

Labeling decisions (grey cases):
  * Members (patients) and their caregivers / emergency contacts /
    household members are PHI subjects.  NPs, CCM nurses, call-centre
    agents, coders, PCPs named in eligibility files, plan staff are staff /
    clinicians at work: not labeled (names, NPIs, emails, extensions).
  * Plan member IDs, MBIs/HICNs, Medicaid IDs, 834 REF*0F subscriber IDs ->
    health_plan.  Lodestar's own member key (PT-0448213) and the numeric
    member_id behind it -> mrn (Lodestar is the treating provider).
    CCM enrolment IDs (CCM-2024-xxxxxx) -> other_id.  RAPS patient control
    numbers, MAO-004 encounter ICNs, CCM billing account numbers -> account.
  * Operational record IDs (visit IDs, HRA submission UUIDs, Five9 call
    IDs, Genesys conversation/recording IDs, SMS SIDs, trace IDs, export
    run IDs, batch/file IDs) identify events, not persons: not labeled.
    Hashed identifiers (sha256 of an MBI) are not labeled.
  * Dates: DOB, coverage effective/term dates in eligibility files,
    appointment dates/times, dates of service (incl. CCM service month
    "2024-03"), dates typed in SMS ("3/14") -> date.  Log timestamps,
    file creation dates in file names of plan batch files, MAO-004/RAPS
    processing dates -> not labeled.  An impossible DOB typed on a tablet
    (02/30/1938) is still labeled date.  Year of birth alone: not labeled.
  * Age labeled only when > 89.
  * Address: street lines, unit lines, city of the member, county names
    and county FIPS codes, lat/lon geocodes of the member's home ->
    address; state never; ZIP / ZIP+4 always its own zip span.  Lodestar's
    own office address and partner addresses: not labeled.
  * Phones: member / caregiver phone numbers (ANI of inbound, DNIS of
    outbound calls, SMS to/from) -> phone, also when embedded in a
    recording file name or after a "tel:" scheme (the number only).
    Lodestar's own DIDs / toll-free numbers: not labeled.
  * Per-member SMS confirmation links (https://lsv.to/c/<token>) -> url,
    also the request-target "/c/<token>" in nginx.  Member IDs inside other
    API paths are labeled with their own category (health_plan / mrn).
  * IP: member portal / SMS-link client IPs -> ip.  NP tablet carrier IPs,
    load balancers, partner SFTP IPs, servers -> not labeled.
  * Devices: NP tablets (serial, IMEI, model) are staff equipment -> not
    labeled.  Remote-monitoring devices left with the member (glucometer /
    BP cuff serial, BLE MAC) -> device.
  * ID-verification photo (base64 JPEG) -> photo; driver's licence number
    captured for ID verification -> license; Genesys voiceprint ID /
    enrolment template reference -> biometric.
  * Names embedded in file names (CP_WHITFIELD_EARL_19380514.pdf) -> name
    (last and first as separate spans when separated by a delimiter) and
    date.  Separate fields (X12 elements, CSV columns) are separate spans;
    "Last, First" in one value is one span.  Middle initials in their own
    field are labeled name.
  * Masked values (***-**-4821, last4) and ICD-10/HCC codes: not labeled.
  * SSNs: valid-format ones and junk ones (000-..., 123456789) in SSN
    fields are both labeled ssn.
"""
import json
import random
import sys
import unicodedata
import datetime as dt

SEED = 20240312
rng = random.Random(SEED)


# --------------------------------------------------------------------------
# line builder
class Ln:
    def __init__(self, fam):
        self.fam = fam
        self.parts = []

    def t(self, s):
        self.parts.append((str(s), None))
        return self

    def p(self, s, cat):
        if cat is None:
            return self.t(s)
        self.parts.append((str(s), cat))
        return self

    def fw(self, s, w, cat=None, right=False):
        s = str(s)[:w]
        pad = " " * (w - len(s))
        if right:
            self.t(pad)
        if s.strip():
            self.p(s, cat)
        else:
            self.t(s)
        if not right:
            self.t(pad)
        return self


class P:
    """tagged JSON value"""
    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class S:
    """composite JSON string: list of (text, cat)"""
    def __init__(self, *parts):
        self.parts = parts


def jemit(ln, obj, ascii=False, sep=(",", ":")):
    if isinstance(obj, P):
        if isinstance(obj.v, str):
            enc = json.dumps(obj.v, ensure_ascii=ascii)
            ln.t('"').p(enc[1:-1], obj.cat).t('"')
        else:
            ln.p(json.dumps(obj.v), obj.cat)
    elif isinstance(obj, S):
        ln.t('"')
        for txt, cat in obj.parts:
            ln.p(json.dumps(txt, ensure_ascii=ascii)[1:-1], cat)
        ln.t('"')
    elif isinstance(obj, dict):
        ln.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                ln.t(sep[0])
            ln.t(json.dumps(k, ensure_ascii=ascii) + sep[1])
            jemit(ln, v, ascii, sep)
        ln.t("}")
    elif isinstance(obj, list):
        ln.t("[")
        for i, v in enumerate(obj):
            if i:
                ln.t(sep[0])
            jemit(ln, v, ascii, sep)
        ln.t("]")
    else:
        ln.t(json.dumps(obj, ensure_ascii=ascii))
    return ln


def seq(ln, items):
    """items: list of str or (str, cat)"""
    for it in items:
        if isinstance(it, tuple):
            ln.p(it[0], it[1])
        else:
            ln.t(it)
    return ln


# --------------------------------------------------------------------------
# identifiers
DIG = "0123456789"
MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + DIG
HEX = "0123456789abcdef"


def digits(n):
    return "".join(rng.choice(DIG) for _ in range(n))


def hexs(n):
    return "".join(rng.choice(HEX) for _ in range(n))


def uuid4():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def luhn_digit(payload):
    tot = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def npi():
    base = "1" + digits(8)
    return base + luhn_digit("80840" + base)


def mbi():
    c = rng.choice
    return (c("123456789") + c(MBI_A) + c(MBI_AN) + c(DIG) + c(MBI_A) + c(MBI_AN)
            + c(DIG) + c(MBI_A) + c(MBI_A) + c(DIG) + c(DIG))


def ssn(junk=False):
    if junk:
        return rng.choice(["000-00-0000", "123-45-6789", "999-99-9999", "000-" + digits(2) + "-" + digits(4)])
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def card():
    base = "4" + digits(14)
    return base + luhn_digit(base)


def mac():
    return ":".join(hexs(2).upper() for _ in range(6))


def imei():
    base = "35" + digits(12)
    return base + luhn_digit(base)


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# --------------------------------------------------------------------------
# organisation, staff, places
ORG = "Lodestar In-Home Health"
ORG_DOM = "lodestarihh.com"
ORG_ADDR = "2100 Ross Ave Ste 1400, Dallas, TX 75201"
ORG_TOLLFREE = "8885550100"
ORG_DIDS = ["2145550190", "2145550191", "8885550100", "8885550147"]

NPS = [("Rachel Ibarra", "FNP-C"), ("Obinna Eze", "AGNP-C"), ("Hannah Lindqvist", "FNP-BC"),
       ("Marisol Treviño", "DNP"), ("Devon Park", "FNP"), ("Grace Holloway", "AGPCNP-BC")]
NP_NPI = {n[0]: npi() for n in NPS}
NP_ID = {n[0]: f"NP-{rng.randint(1000, 2999)}" for n in NPS}
AGENTS = ["Jorge Morales", "Kayla Brooks", "Tamika Reed", "Brandon Schultz", "Lupe Villarreal", "Sean O'Malley"]
CMS_RN = ["Ann-Marie Dubois", "Peter Vo", "Felicia Grant"]
CODERS = ["cparrish", "nfarouk", "jkim2"]
PCPS = ["Dr. Alan Whitcomb", "Dr. Sunita Rao", "Dr. Miguel Ortega-Leal", "Dr. Beth Ann Carver", "Dr. Ifeoma Obi"]


def uname(full):
    f, l = full.split(" ", 1)
    return (f[0] + l.replace(" ", "").replace("'", "")).lower()


PLACES = {
    "TX": [("Garland", "75043", "Dallas", "48113"), ("Mesquite", "75149", "Dallas", "48113"),
           ("Tyler", "75701", "Smith", "48423"), ("Mount Enterprise", "75681", "Rusk", "48401"),
           ("Laredo", "78041", "Webb", "48479")],
    "KY": [("Bowling Green", "42101", "Warren", "21227"), ("Hazard", "41701", "Perry", "21193"),
           ("Louisville", "40211", "Jefferson", "21111")],
    "MI": [("Flint", "48503", "Genesee", "26049"), ("Kalamazoo", "49001", "Kalamazoo", "26077"),
           ("Saginaw", "48601", "Saginaw", "26145")],
    "FL": [("St. Petersburg", "33710", "Pinellas", "12103"), ("Hialeah", "33012", "Miami-Dade", "12086"),
           ("Ocala", "34471", "Marion", "12083")],
}
AREA = {"TX": ["972", "469", "903", "956"], "KY": ["270", "606", "502"], "MI": ["810", "269", "989"],
        "FL": ["727", "305", "352"]}
LATLON = {"TX": (32.6, -96.7), "KY": (37.5, -85.9), "MI": (43.0, -84.2), "FL": (27.9, -82.2)}
PLANS = {"TX": ("Sunvale Health Plan", "H5521", "SUNVALE"), "KY": ("Bluegrass Senior Advantage", "H8830", "BLUEGRASS"),
         "MI": ("Great Lakes MA Partners", "H3319", "GREATLAKES"), "FL": ("Coastal Care Medicare", "H0907", "COASTAL")}
STREETS = ["Bluebonnet Ln", "Pecan Hollow Dr", "W Michigan Ave", "Old Mill Rd", "Cherokee Trl", "County Road 412",
           "Lakeshore Blvd", "Magnolia St", "Eastwood Ct", "Primrose Way", "N Saginaw St", "Harbor View Dr",
           "Sycamore Ave", "Church St", "Bay Pines Blvd", "Faith Ln", "Paradise Valley Rd", "E Main St",
           "Martin Luther King Jr Blvd", "Calle Ocho", "Juniper Ridge Ct", "Hope St"]
UNITS = ["Apt 12", "Apt 3B", "Unit 204", "Lot 17", "#5", "Apt 1108", "Trlr 9"]

FIRST_F = ["Maria", "Dolores", "Bernice", "Guadalupe", "Siobhán", "Precious", "Faith", "Rose", "Grace", "Mei-Ling",
           "Ngozi", "Ludmila", "Colleen", "Rivka", "Thị Hoa", "Opal", "Hazel", "June", "Loretta", "Esperanza",
           "Zofia", "Fatima", "Beverly", "Ruby", "Aiko"]
FIRST_M = ["Earl", "Willie", "Hiroshi", "Olusegun", "José", "Frank", "Bill", "Rafael", "Tomasz", "Kwame", "Dmitri",
           "Clarence", "Royce", "Virgil", "Amos", "Ignacio", "Lonnie", "Mack", "Bao", "Abdul-Rahman", "Cleon",
           "Herschel", "Sonny"]
LAST = ["Gonzalez-Ruiz", "Whitfield", "O'Connell", "Baker", "Rice", "Hall", "Nguyễn", "Van der Berg", "De La Cruz",
        "Müller-Brandt", "Okonkwo", "Kowalczyk", "Young", "Mills", "Stone", "Church", "Banks", "Fox", "Little",
        "Washington", "Yamamoto", "Abernathy-Cole", "St. Clair", "Ó Briain", "Petrosyan", "Castillo Peña", "Brown",
        "Hart", "Sweet", "Love", "Winter", "Haddad", "Szymański", "Begay", "Moon", "Free", "Story", "Trần"]
REL = ["daughter", "son", "wife", "husband", "niece", "grandson", "neighbor", "caregiver (paid)", "sister"]
CG_FIRST = ["Carla", "Emeka", "Dana", "Luis", "Tiffany", "Marcus", "Yesenia", "Kenji", "Brittany", "Aleksander"]
LANGS = ["ENG", "SPA", "VIE", "POL", "ENG", "ENG", "ARA", "ENG"]


class Person:
    pass


def make_person(i):
    p = Person()
    p.sex = rng.choice("FM")
    p.first = rng.choice(FIRST_F if p.sex == "F" else FIRST_M)
    p.mi = rng.choice("ABCDEFGHJKLMNPRSTW") if rng.random() < 0.6 else ""
    p.last = rng.choice(LAST)
    p.state = rng.choice(["TX", "TX", "KY", "MI", "FL"])
    p.city, p.zip, p.county, p.fips = rng.choice(PLACES[p.state])
    if rng.random() < 0.3:
        p.zip4 = p.zip + digits(4)
    else:
        p.zip4 = p.zip
    p.street = f"{rng.randint(2, 9899)} {rng.choice(STREETS)}"
    p.unit = rng.choice(UNITS) if rng.random() < 0.35 else ""
    y = rng.choice(list(range(1928, 1959)) + list(range(1940, 1956)))
    p.dob = dt.date(y, rng.randint(1, 12), rng.randint(1, 28))
    p.age = 2024 - y - (1 if (p.dob.month, p.dob.day) > (3, 12) else 0)
    p.phone = rng.choice(AREA[p.state]) + str(rng.randint(200, 989)) + digits(4)
    p.cell = rng.choice(AREA[p.state]) + str(rng.randint(200, 989)) + digits(4)
    p.email = None
    if rng.random() < 0.35:
        f = ascii_fold(p.first).lower().replace(" ", "").replace("-", "")
        l = ascii_fold(p.last).lower().replace(" ", "").replace("'", "")
        p.email = rng.choice([f"{f}.{l}{rng.randint(40, 99)}@gmail.com", f"{f[0]}{l}@att.net",
                              f"{l}{f[0]}{y % 100}@yahoo.com", f"grandma{f}@outlook.com"])
    p.mbi = mbi()
    p.pid = rng.randint(100000, 999999)
    p.key = f"PT-{p.pid:07d}"
    plan = p.state
    if plan == "TX":
        p.plan_id = "SVH" + digits(9)
    elif plan == "KY":
        p.plan_id = "W" + digits(9) + "01"
    elif plan == "MI":
        p.plan_id = "GL" + digits(8)
    else:
        p.plan_id = "XCC" + digits(8) + "00"
    p.medicaid = None
    if rng.random() < 0.35:
        p.medicaid = {"TX": "5" + digits(8), "KY": digits(10), "MI": "00" + digits(8), "FL": digits(10)}[plan]
    p.ssn = ssn(junk=rng.random() < 0.1)
    p.ccm = f"CCM-2024-{rng.randint(1000, 9999):06d}" if rng.random() < 0.6 else None
    p.cg_first = rng.choice(CG_FIRST)
    p.cg_last = p.last if rng.random() < 0.6 else rng.choice(LAST)
    p.cg_rel = rng.choice(REL)
    p.cg_phone = rng.choice(AREA[p.state]) + str(rng.randint(200, 989)) + digits(4)
    p.lat = round(LATLON[p.state][0] + rng.uniform(-0.6, 0.6), 6)
    p.lon = round(LATLON[p.state][1] + rng.uniform(-0.6, 0.6), 6)
    p.visit = dt.datetime(2024, 3, 13, 8, 0) + dt.timedelta(days=rng.randint(0, 45), minutes=30 * rng.randint(0, 18))
    p.ip = rng.choice(["73", "98", "174", "99", "107", "68", "24", "172"]) + "." + ".".join(
        str(rng.randint(1, 254)) for _ in range(3))
    if p.ip.startswith("172."):
        p.ip = "172.58." + ".".join(str(rng.randint(1, 254)) for _ in range(2))
    p.lic = {"TX": digits(8), "KY": rng.choice("ABCDEFGHJKLMNPRSTW") + digits(8), "MI": rng.choice("BCDHKLMRSW") + digits(12),
             "FL": rng.choice("BCDGHKLMRSW") + digits(12)}[plan]
    p.rpm_sn = rng.choice(["GM7-", "BPX2-", "OMR"]) + digits(2) + rng.choice(["-", ""]) + digits(6)
    p.rpm_mac = mac()
    p.np = rng.choice(NPS)[0]
    p.dos = dt.date(2023, 9, 1) + dt.timedelta(days=rng.randint(0, 180))
    p.pcn = f"LDS{p.dos:%y%m%d}-{rng.randint(10000, 99999)}"
    p.acct = f"LDS-A-{rng.randint(1000000, 9999999)}"
    return p


PEOPLE = [make_person(i) for i in range(70)]


def person():
    return rng.choice(PEOPLE)


def fmt_phone(ph, style=None):
    style = style if style is not None else rng.randint(0, 4)
    if style == 0:
        return f"({ph[:3]}) {ph[3:6]}-{ph[6:]}"
    if style == 1:
        return f"{ph[:3]}-{ph[3:6]}-{ph[6:]}"
    if style == 2:
        return "+1" + ph
    if style == 3:
        return f"{ph[:3]}.{ph[3:6]}.{ph[6:]}"
    return ph


# --------------------------------------------------------------------------
# clock
T0 = dt.datetime(2024, 3, 12, 13, 0, 0, 0)
clock = [T0]


def tick(lo=0.05, hi=9.0):
    clock[0] += dt.timedelta(seconds=rng.uniform(lo, hi))
    return clock[0]


EPOCH = dt.datetime(1970, 1, 1)


def epoch(t):
    return (t - EPOCH).total_seconds()


def now():
    return clock[0]


def local(t):
    return t - dt.timedelta(hours=5)


def iso_z(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def ms(t):
    return f"{t.microsecond // 1000:03d}"


# --------------------------------------------------------------------------
# generators (each returns list of Ln)
UA_MEMBER = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
             "Mozilla/5.0 (Linux; Android 13; SM-A136U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
             "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.80"]
UPSTREAMS = ["10.20.4.17:8080", "10.20.4.18:8080", "10.20.5.31:9090", "10.20.6.12:8443"]


def nginx_time(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S +0000")


def g_nginx_access():
    t = tick()
    r = rng.random()
    ln = Ln("nginx_access")
    rt = f"{rng.uniform(0.002, 1.9):.3f}"
    if r < 0.38:
        ip = rng.choice(["10.20.0.11", "10.20.0.12"])
        ln.t(f'{ip} - - [{nginx_time(t)}] "GET /healthz HTTP/1.1" 200 17 "-" "ELB-HealthChecker/2.0" rt={rt[:5]} uct=0.000 upstream={rng.choice(UPSTREAMS)}')
    elif r < 0.62:
        ip = f"{rng.choice(['166.205', '174.204', '107.77'])}.{rng.randint(1, 254)}.{rng.randint(1, 254)}"
        path = rng.choice(["/hra/v3/submissions", "/hra/v3/sync?since=" + str(int(epoch(t)) - 3600),
                           "/hra/v3/forms/HRA-2024-v7/schema", "/rn/v1/route/today", "/rn/v1/attachments"])
        meth = "GET" if "sync" in path or "schema" in path or "today" in path else "POST"
        code = rng.choice([200, 200, 201, 204, 304, 413, 502])
        ln.t(f'{ip} - {uname(rng.choice(NPS)[0])} [{nginx_time(t)}] "{meth} {path} HTTP/1.1" {code} {rng.randint(90, 48000)} "-" '
             f'"okhttp/4.12.0 LodestarHRA/7.4.{rng.randint(0, 9)} (Android 13; SM-T227U)" rt={rt} uct=0.001 upstream={rng.choice(UPSTREAMS)}')
    elif r < 0.75:
        p = person()
        tok = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789") for _ in range(6))
        ln.t("").p(p.ip, "ip").t(f' - - [{nginx_time(t)}] "GET ').p(f"/c/{tok}", "url").t(
            f' HTTP/2.0" 302 0 "-" "{rng.choice(UA_MEMBER)}" rt={rt} uct=0.000 upstream={UPSTREAMS[2]}')
    elif r < 0.89:
        p = person()
        ln.p(p.ip, "ip").t(f' - - [{nginx_time(t)}] "GET /portal/api/v2/members/').p(p.key, "mrn").t(
            f'/appointments?include=np HTTP/2.0" 200 {rng.randint(300, 1400)} "https://portal.{ORG_DOM}/my-visit" "{rng.choice(UA_MEMBER)}" rt={rt} uct=0.002 upstream={UPSTREAMS[2]}')
    else:
        p = person()
        ln.t(f'10.20.7.{rng.randint(20, 40)} - svc-elig [{nginx_time(t)}] "GET /api/v2/eligibility/check?mbi=').p(
            p.mbi, "health_plan").t("&dob=").p(p.dob.isoformat(), "date").t(
            f"&contract={PLANS[p.state][1]} HTTP/1.1\" {rng.choice([200, 200, 404])} {rng.randint(80, 700)} \"-\" \"Go-http-client/1.1\" rt={rt} uct=0.001 upstream={UPSTREAMS[0]}")
    return [ln]


def g_nginx_error():
    t = tick()
    ln = Ln("nginx_error")
    ts = t.strftime("%Y/%m/%d %H:%M:%S")
    pid = rng.choice([2211, 2212, 2214])
    cid = rng.randint(80000, 99999)
    if rng.random() < 0.6:
        up = rng.choice(UPSTREAMS)
        ln.t(f'{ts} [error] {pid}#{pid}: *{cid} upstream timed out (110: Connection timed out) while reading response header from upstream, '
             f'client: 166.205.{rng.randint(1, 254)}.{rng.randint(1, 254)}, server: api.{ORG_DOM}, request: "POST /hra/v3/submissions HTTP/1.1", '
             f'upstream: "http://{up}/hra/v3/submissions", host: "api.{ORG_DOM}"')
    elif rng.random() < 0.5:
        ln.t(f"{ts} [warn] {pid}#{pid}: *{cid} a client request body is buffered to a temporary file /var/cache/nginx/client_temp/00000{rng.randint(10000, 99999)}, "
             f'client: 107.77.{rng.randint(1, 254)}.{rng.randint(1, 254)}, server: api.{ORG_DOM}, request: "POST /rn/v1/attachments HTTP/1.1", host: "api.{ORG_DOM}"')
    else:
        p = person()
        ln.t(f"{ts} [error] {pid}#{pid}: *{cid} connect() failed (111: Connection refused) while connecting to upstream, client: ").p(p.ip, "ip").t(
            f', server: portal.{ORG_DOM}, request: "POST /portal/api/v2/members/').p(p.key, "mrn").t(
            f'/reschedule HTTP/2.0", upstream: "http://{UPSTREAMS[2]}/members/').p(p.key, "mrn").t(f'/reschedule", host: "portal.{ORG_DOM}"')
    return [ln]


def g_go_zap():
    t = tick()
    ln = Ln("go_zap")
    base = {"level": "info", "ts": round(epoch(t), 3)}
    r = rng.random()
    np_ = rng.choice(NPS)
    if r < 0.35:
        d = dict(base, caller="optimizer/route.go:214", msg="route solved",
                 region=rng.choice(["TX-DFW-03", "TX-ETX-01", "KY-BG-02", "MI-FLT-01", "FL-TPA-04"]),
                 np_id=NP_ID[np_[0]], np_name=f"{np_[0]}, {np_[1]}", stops=rng.randint(4, 9),
                 drive_min=round(rng.uniform(40, 260), 1), solver="or-tools 9.8", iter=rng.randint(800, 9000),
                 trace_id=hexs(32))
        jemit(ln, d)
    elif r < 0.45:
        d = dict(base, level="debug", caller="osrm/client.go:88", msg="matrix fetched", n=rng.randint(5, 12),
                 bytes=rng.randint(2000, 9000), dur=f"{rng.uniform(20, 400):.1f}ms", osrm="http://10.20.9.4:5000")
        jemit(ln, d)
    elif r < 0.52:
        p = next(q for q in rng.sample(PEOPLE, 20) if q.email) if rng.random() < 0.9 else person()
        d = dict(base, caller="notify/invite.go:57", msg="portal invite sent", member_key=P(p.key, "mrn"),
                 email=P(p.email, "email") if p.email else "", channel="ses", template="portal_invite_v2",
                 sender=f"no-reply@{ORG_DOM}", ses_msg_id=hexs(16) + "-" + uuid4() + "-000000")
        jemit(ln, d)
    elif r < 0.80:
        p = person()
        d = dict(base, caller="geo/geocode.go:131", msg="stop geocoded", visit_id=f"V-{p.visit:%y%m%d}{rng.randint(100, 999)}",
                 member_key=P(p.key, "mrn"), addr=P(p.street + (" " + p.unit if p.unit else "") + ", " + p.city, "address"),
                 st=p.state, zip=P(p.zip, "zip"), lat=P(p.lat, "address"), lon=P(p.lon, "address"),
                 appt_start=P(p.visit.strftime("%Y-%m-%dT%H:%M:00-05:00"), "date"), np_id=NP_ID[p.np], conf=round(rng.uniform(0.8, 1.0), 2))
        jemit(ln, d)
    else:
        p = person()
        d = dict(base, level="warn", caller="geo/geocode.go:162", msg="geocode low confidence, manual review queued",
                 input=S((p.street + ", " + p.city, "address"), (" " + p.state + " ", None), (p.zip, "zip")),
                 conf=round(rng.uniform(0.2, 0.55), 2), provider="census-geocoder", member_key=P(p.key, "mrn"))
        jemit(ln, d)
    return [ln]


def lf_val(v):
    if any(c in v for c in ' ="'):
        return '"' + v.replace('"', '\\"') + '"'
    return v


def g_logfmt_sms():
    t = tick()
    ln = Ln("logfmt_sms")
    head = f"time={iso_z(t)} level=info svc=hermes-sms "
    sid = "SM" + hexs(32)
    r = rng.random()
    if r < 0.42:
        ln.t(head + f"msg=\"status callback\" sid={sid} status={rng.choice(['delivered', 'delivered', 'sent', 'undelivered'])} "
             f"err_code={rng.choice(['', '', '30003', '30006'])} latency_ms={rng.randint(200, 5000)}")
    elif r < 0.65:
        p = person()
        tok = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789") for _ in range(6))
        d = p.visit
        body_lang = rng.random()
        ln.t(head + f"msg=\"outbound queued\" sid={sid} from=+1{ORG_DIDS[0]} to=").p("+1" + p.cell, "phone").t(
            " template=appt_confirm_v4 member_key=").p(p.key, "mrn").t(' body="')
        npf = p.np.split()[0]
        if body_lang < 0.75:
            ln.t("Hi ").p(p.first, "name").t(f", your {ORG} wellness visit with {npf} (NP) is {d:%a} ").p(
                f"{d.month}/{d.day}", "date").t(f" between {d:%-I}-{(d + dt.timedelta(hours=2)):%-I%p}. Reply C to confirm, R to reschedule: ").p(
                f"https://lsv.to/c/{tok}", "url")
        else:
            ln.t("Hola ").p(p.first, "name").t(f", su visita de bienestar con {npf} (NP) es el ").p(
                f"{d.day}/{d.month}", "date").t(" a las " + d.strftime("%H:%M") + ". Responda C para confirmar: ").p(
                f"https://lsv.to/c/{tok}", "url")
        ln.t(f'" segments={rng.choice([2, 2, 3])}')
    else:
        p = person()
        ln.t(head.replace("level=info", "level=info") + f"msg=\"inbound reply\" sid={sid} from=").p("+1" + p.cell, "phone").t(
            f" to=+1{ORG_DIDS[0]} matched_member=").p(p.key, "mrn").t(" body=")
        c = rng.random()
        if c < 0.4:
            ln.t(rng.choice(["C", "c", "YES", "R", "STOP"]))
        elif c < 0.7:
            ln.t('"This is his ').t(p.cg_rel.split()[0]).t(" ").p(p.cg_first, "name").t(", he can do Thursday after 1 instead\"")
        else:
            ln.t('"pls call my daughter ').p(p.cg_first, "name").t(" at ").p(fmt_phone(p.cg_phone, 1), "phone").t(
                ' she handles my appts"')
        ln.t(" intent=" + rng.choice(["confirm", "reschedule", "unknown", "handoff_agent"]))
    return [ln]


def g_android():
    t = local(tick())
    ln = Ln("android_logcat")
    pid = rng.choice([5121, 5121, 6044])
    tid = pid + rng.randint(1, 80)
    head = f"{t:%m-%d %H:%M:%S}.{ms(t)}  {pid}  {tid} "
    r = rng.random()
    if r < 0.22:
        ln.t(head + f"I HraSubmitWorker: queued submission {uuid4()} form=HRA-2024-v7 sections=14 attachments={rng.randint(0, 3)} bytes={rng.randint(9000, 90000)}")
    elif r < 0.34:
        ln.t(head + f"D OkHttp  : <-- 201 Created https://api.{ORG_DOM}/hra/v3/submissions ({rng.randint(120, 3000)}ms, {rng.randint(60, 300)}-byte body)")
    elif r < 0.42:
        ln.t(head + f"I DeviceInfo: serial=R52T{hexs(6).upper()} imei={imei()} model=SM-T227U build=TP1A.220624.014 app=7.4.{rng.randint(0, 9)} mdm=Intune")
    elif r < 0.48:
        ln.t(head + "E AndroidRuntime: FATAL EXCEPTION: WorkManager-Background-3")
    elif r < 0.62:
        p = person()
        ln.t(head + "D FormRepository: autosave member=").p(p.key, "mrn").t(
            f" section={rng.choice(['MEDS', 'ADL', 'PHQ9', 'FALLS', 'SDOH', 'VITALS'])} progress={rng.uniform(0.1, 0.99):.2f}")
    elif r < 0.72:
        ln.t(head + f"I VitalsFragment: bp={rng.randint(110, 168)}/{rng.randint(62, 98)} hr={rng.randint(56, 104)} spo2={rng.randint(89, 99)} wt_lb={rng.randint(110, 260)} src=manual")
    elif r < 0.82:
        p = person()
        ln.t(head + "I BleRpmPairing: paired sn=").p(p.rpm_sn, "device").t(" mac=").p(p.rpm_mac, "device").t(
            " member=").p(p.key, "mrn").t(f" rssi=-{rng.randint(40, 90)} fw=2.{rng.randint(0, 9)}.{rng.randint(0, 20)}")
    elif r < 0.91:
        p = person()
        b64 = "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAA" + "".join(
            rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(rng.randint(60, 110)))
        ln.t(head + "W IdVerifyCapture: face capture ok member=").p(p.key, "mrn").t(" q=0.91 jpeg_b64=").p(b64, "photo").t("...(truncated)")
    else:
        p = person()
        ln.t(head + "D IdVerifyCapture: ocr doc=DL state=" + p.state + " num=").p(p.lic, "license").t(" name_match=").t(
            rng.choice(["true", "true", "false"])).t(" dob_match=true member=").p(p.key, "mrn")
    return [ln]


def g_rn():
    t = tick()
    ln = Ln("rn_log")
    head = f"{iso_z(t)} [hra-rn@3.18.{rng.randint(0, 4)}] "
    r = rng.random()
    if r < 0.3:
        ln.t(head + f"[info] [SyncQueue] flushed {rng.randint(1, 9)} items in {rng.randint(80, 2400)}ms (net=cellular, battery={rng.randint(12, 99)}%)")
    elif r < 0.42:
        ln.t(head + f"[warn] [Hermes] JS heap {rng.randint(90, 240)}MB, gc pause {rng.randint(5, 80)}ms release=3.18.2+build.{rng.randint(400, 700)}")
    elif r < 0.62:
        p = person()
        bad = rng.random() < 0.5
        v = f"02/30/{p.dob.year}" if bad else p.dob.strftime("%m/%d/%Y")
        ln.t(head + "[error] [FormValidator] ")
        jemit(ln, {"field": "dob", "value": P(v, "date"), "error": "invalid date" if bad else "dob mismatch vs eligibility",
                   "memberName": P(f"{p.first} {p.last}", "name"), "visitId": f"V-{p.visit:%y%m%d}{rng.randint(100, 999)}"})
    elif r < 0.78:
        p = person()
        ln.t(head + "[debug] [Redux] action HRA/SET_ANSWER ")
        k = rng.random()
        if k < 0.5:
            jemit(ln, {"q": "caregiver_phone", "a": P(fmt_phone(p.cg_phone, 0), "phone"), "memberKey": P(p.key, "mrn")})
        elif k < 0.75:
            jemit(ln, {"q": "caregiver_name", "a": P(f"{p.cg_first} {p.cg_last}", "name"), "rel": p.cg_rel})
        else:
            a = P(p.age, "age") if p.age > 89 else p.age
            jemit(ln, {"q": "age_confirmed", "a": a, "memberKey": P(p.key, "mrn")})
    else:
        ln.t(head + f"[info] [Sentry] event {hexs(32)} sent (TypeError: undefined is not an object (evaluating 'section.answers.length'))")
    return [ln]


def g_py_json():
    t = tick()
    ln = Ln("py_json")
    run = f"run-{t:%Y%m%d}-{rng.randint(1, 6):02d}"
    r = rng.random()
    if r < 0.5:
        jemit(ln, {"asctime": t.strftime("%Y-%m-%d %H:%M:%S,") + ms(t), "levelname": "INFO", "name": "hcc_engine.suspect",
                   "message": "batch scored", "run_id": run, "model": "v28-suspect-gbm 2.3.1", "members": rng.randint(500, 4000),
                   "suspects": rng.randint(100, 2000), "elapsed_s": round(rng.uniform(3, 90), 2)}, ascii=True, sep=(", ", ": "))
    else:
        p = person()
        hcc = rng.choice([("HCC 37", "E11.22"), ("HCC 226", "I50.32"), ("HCC 280", "J44.9"), ("HCC 155", "F33.1"), ("HCC 326", "N18.4")])
        jemit(ln, {"asctime": t.strftime("%Y-%m-%d %H:%M:%S,") + ms(t), "levelname": "WARNING", "name": "hcc_engine.evidence",
                   "message": "suspect lacks MEAT evidence in prior-year notes", "run_id": run,
                   "member": P(f"{p.last}, {p.first}", "name"), "mbi": P(p.mbi, "health_plan"),
                   "mbi_sha256": hexs(64), "age": P(p.age, "age") if p.age > 89 else p.age, "hcc": hcc[0], "icd10": hcc[1], "last_dos": P(
                       (p.visit - dt.timedelta(days=rng.randint(200, 400))).strftime("%Y-%m-%d"), "date")}, ascii=True, sep=(", ", ": "))
    return [ln]


HCC_HDR = "export_id,member_key,mbi,last_name,first_name,dob,plan_contract,pbp,suspect_hcc,icd10,evidence_source,confidence,visit_id,visit_date,np_npi"


def csvq(v):
    return '"' + v.replace('"', '""') + '"' if ("," in v or '"' in v) else v


def g_csv_hcc():
    out = [Ln("csv_hcc").t(HCC_HDR)]
    exp = f"EXP{now():%y%m%d}-{rng.randint(10, 99)}"
    for _ in range(rng.randint(2, 4)):
        tick(0.001, 0.01)
        p = person()
        ln = Ln("csv_hcc")
        hcc = rng.choice([("37", "E11.22"), ("226", "I50.32"), ("280", "J44.9"), ("155", "F33.1"), ("326", "N18.4"), ("48", "E66.01")])
        ln.t(exp + ",").p(p.key, "mrn").t(",").p(p.mbi, "health_plan").t(",").p(csvq(p.last), "name").t(",").p(p.first, "name").t(",").p(
            p.dob.isoformat(), "date").t(f",{PLANS[p.state][1]},{rng.choice(['001', '004', '012'])},{hcc[0]},{hcc[1]},"
                                          f"{rng.choice(['RX_FILL', 'LAB', 'PRIOR_CLAIM', 'HRA_SELF'])},{rng.uniform(0.4, 0.97):.2f},V-{p.visit:%y%m%d}{rng.randint(100, 999)},").p(
            p.visit.date().isoformat(), "date").t("," + NP_NPI[p.np])
        out.append(ln)
    return out


def x12_name(s):
    return ascii_fold(s).upper()


def g_x12_834():
    out = []
    t = local(tick())
    ctl = f"{rng.randint(1000, 9999):09d}"
    plan = PLANS["TX"]
    out.append(Ln("x12_834").t(f"ISA*00*          *00*          *ZZ*{plan[2]:<15}*ZZ*LODESTARIHH    *{t:%y%m%d}*{t:%H%M}*^*00501*{ctl}*0*P*:~"))
    out.append(Ln("x12_834").t(f"GS*BE*{plan[2]}*LODESTARIHH*{t:%Y%m%d}*{t:%H%M}*{int(ctl)}*X*005010X220A1~"))
    out.append(Ln("x12_834").t(f"ST*834*0001*005010X220A1~"))
    out.append(Ln("x12_834").t(f"BGN*00*{t:%Y%m%d}-{rng.randint(1, 9):03d}*{t:%Y%m%d}*{t:%H%M}****2~"))
    out.append(Ln("x12_834").t(f"N1*P5*{plan[0].upper()}*FI*{digits(9)}~"))
    txp = [p for p in PEOPLE if p.state == "TX"]
    for p in rng.sample(txp, rng.randint(1, 2)):
        out.append(Ln("x12_834").t(f"INS*Y*18*{rng.choice(['021', '001', '024'])}*{rng.choice(['28', 'XN', 'AI'])}*A***AC~"))
        out.append(Ln("x12_834").t("REF*0F*").p(p.plan_id, "health_plan").t("~"))
        out.append(Ln("x12_834").t(f"REF*1L*{plan[1]}-{rng.choice(['001', '004'])}~"))
        out.append(Ln("x12_834").t("REF*F6*").p(p.mbi, "health_plan").t("~"))
        eff = dt.date(2024, rng.randint(1, 4), 1)
        out.append(Ln("x12_834").t("DTP*356*D8*").p(eff.strftime("%Y%m%d"), "date").t("~"))
        ln = Ln("x12_834").t("NM1*IL*1*").p(x12_name(p.last), "name").t("*").p(x12_name(p.first), "name").t("*")
        if p.mi:
            ln.p(p.mi, "name")
        if p.ssn and rng.random() < 0.7:
            ln.t("***34*").p(p.ssn.replace("-", ""), "ssn").t("~")
        else:
            ln.t("~")
        out.append(ln)
        out.append(Ln("x12_834").t("PER*IP**TE*").p(p.phone, "phone").t("*CP*").p(p.cell, "phone").t("~"))
        ln = Ln("x12_834").t("N3*").p(x12_name(p.street), "address")
        if p.unit:
            ln.t("*").p(x12_name(p.unit), "address")
        out.append(ln.t("~"))
        out.append(Ln("x12_834").t("N4*").p(x12_name(p.city), "address").t(f"*{p.state}*").p(p.zip4, "zip").t("**CY*").p(p.fips, "address").t("~"))
        out.append(Ln("x12_834").t("DMG*D8*").p(p.dob.strftime("%Y%m%d"), "date").t(f"*{p.sex}~"))
        if rng.random() < 0.5:
            out.append(Ln("x12_834").t("NM1*QD*1*").p(x12_name(p.cg_last), "name").t("*").p(x12_name(p.cg_first), "name").t("~"))
            out.append(Ln("x12_834").t("PER*RP**TE*").p(p.cg_phone, "phone").t("~"))
        out.append(Ln("x12_834").t(f"HD*021**HMO*{plan[1]}-{rng.choice(['001', '004'])}*IND~"))
        out.append(Ln("x12_834").t("DTP*348*D8*").p(eff.strftime("%Y%m%d"), "date").t("~"))
    n = len(out) - 1
    out.append(Ln("x12_834").t(f"SE*{n}*0001~"))
    out.append(Ln("x12_834").t(f"GE*1*{int(ctl)}~"))
    out.append(Ln("x12_834").t(f"IEA*1*{ctl}~"))
    return out


def g_fixed_width():
    out = []
    t = local(tick())
    if rng.random() < 0.35:
        out.append(Ln("fixed_width_elig").t(f"HD{PLANS['KY'][1]}BLUEGRASS SR ADV    {t:%Y%m%d}ELIG   V03" + " " * 40 + "LODESTARIHH"))
    kyp = [p for p in PEOPLE if p.state == "KY"]
    for p in rng.sample(kyp, rng.randint(1, 3)):
        ln = Ln("fixed_width_elig").t("DT")
        ln.fw(p.plan_id, 12, "health_plan").fw(p.mbi, 11, "health_plan").fw(x12_name(p.last), 20, "name").fw(x12_name(p.first), 15, "name")
        ln.fw(p.mi, 1, "name").fw(p.dob.strftime("%Y%m%d"), 8, "date").fw(p.sex, 1)
        ln.fw(x12_name(p.street + (" " + p.unit if p.unit else "")), 30, "address").fw(x12_name(p.city), 18, "address").fw(p.state, 2)
        ln.fw(p.zip4, 9, "zip").fw(p.phone, 10, "phone").fw(x12_name(p.county), 12, "address").fw(npi(), 10)
        ln.fw(p.ssn.replace("-", "") if rng.random() < 0.8 else "", 9, "ssn")
        ln.fw(f"2024{rng.choice(['01', '02', '03'])}01", 8, "date").fw("99991231", 8).fw(rng.choice(["Y", "N"]), 1)
        out.append(ln)
    if rng.random() < 0.3:
        out.append(Ln("fixed_width_elig").t(f"TR{rng.randint(1000, 9000):09d}{rng.randint(1000, 9000):09d}" + " " * 20 + "EOF"))
    return out


PSV_HDR = "MBR_ID|MEDICARE_ID|MEDICAID_ID|LNAME|FNAME|BIRTH_DT|ADDR_LINE1|ADDR_LINE2|CITY|STATE|ZIP|HOME_PH|CELL_PH|EMAIL|LANG|DUAL_FLG|LIS_LVL|PCP_NPI|PCP_NAME|EFF_DT"


def g_psv():
    out = []
    if rng.random() < 0.4:
        out.append(Ln("psv_elig").t(PSV_HDR))
    mip = [p for p in PEOPLE if p.state in ("MI", "FL")]
    for p in rng.sample(mip, rng.randint(1, 2)):
        ln = Ln("psv_elig")
        ln.p(p.plan_id, "health_plan").t("|").p(p.mbi, "health_plan").t("|")
        if p.medicaid:
            ln.p(p.medicaid, "health_plan")
        ln.t("|").p(p.last.upper(), "name").t("|").p(p.first.upper(), "name").t("|").p(p.dob.strftime("%m/%d/%Y"), "date").t("|")
        ln.p(p.street.upper(), "address").t("|")
        if p.unit:
            ln.p(p.unit.upper(), "address")
        ln.t("|").p(p.city.upper(), "address").t(f"|{p.state}|").p(p.zip4, "zip").t("|").p(fmt_phone(p.phone, 1), "phone").t("|")
        if rng.random() < 0.6:
            ln.p(fmt_phone(p.cell, 1), "phone")
        ln.t("|")
        if p.email:
            ln.p(p.email, "email")
        ln.t(f"|{rng.choice(LANGS)}|{'Y' if p.medicaid else 'N'}|{rng.choice(['0', '1', '2', '3'])}|{npi()}|{rng.choice(PCPS).upper().replace('DR. ', '')}|").p(
            f"0{rng.randint(1, 3)}/01/2024", "date")
        out.append(ln)
    return out


def five9_ts(t):
    return t.strftime("%a, %d %b %Y %H:%M:%S")


def g_five9():
    out = []
    t = local(tick())
    r = rng.random()
    ag = rng.choice(AGENTS)
    if r < 0.45:
        out.append(Ln("five9_csv").t(
            f'AGENT STATE,"{five9_ts(t)}",{uname(ag)}@{ORG_DOM},{ag},{rng.choice(["Ready", "Not Ready", "After Call Work", "Logout"])},'
            f'{rng.choice(["", "Lunch", "Coaching", "System Issue"])},{rng.randint(0, 3600)}'))
    else:
        p = person()
        plan = PLANS[p.state]
        camp = rng.choice([f"HRA_Outreach_{plan[2]}_{p.state}", f"CCM_Monthly_{p.state}", "Inbound_Member_Line"])
        inbound = camp.startswith("Inbound")
        cid = f"3000000{digits(8)}"
        disp = rng.choice(["Scheduled - HRA", "No Answer", "Left Message", "Callback Requested", "Refused", "Wrong Number", "CCM Time Logged"])
        ln = Ln("five9_csv").t(f'{cid},"{five9_ts(t)}",{camp},{"Inbound" if inbound else "Outbound"},{uname(ag)}@{ORG_DOM},{ag},{disp},')
        ph = p.phone if rng.random() < 0.6 else p.cell
        tt = rng.randint(0, 25) if disp in ("No Answer", "Wrong Number") else rng.randint(20, 900)
        tm = f"00:{tt // 60:02d}:{tt % 60:02d}"
        if inbound:
            ln.p(ph, "phone").t(f",{ORG_TOLLFREE},{tm},00:00:{rng.randint(0, 59):02d},")
        else:
            ln.t(f"{ORG_DIDS[0]},").p(ph, "phone").t(f",{tm},00:00:00,")
        if disp not in ("No Answer", "Wrong Number") and tt > 30:
            ln.t(camp + "_").p(ph, "phone").t(f"_{t:%Y%m%d%H%M%S}.wav")
        out.append(ln)
    return out


def g_genesys():
    t = tick()
    ln = Ln("genesys_json")
    if rng.random() < 0.35:
        jemit(ln, {"group": {"queueId": uuid4(), "mediaType": "voice"}, "data": [{"metric": rng.choice(["oWaiting", "oInteracting", "oOnQueueUsers"]),
                   "stats": {"count": rng.randint(0, 14)}}], "observedAt": iso_z(t)})
        return [ln]
    p = person()
    attrs = {"MemberKey": P(p.key, "mrn"), "IVR_Intent": rng.choice(["reschedule", "ccm_question", "billing", "cancel"])}
    if rng.random() < 0.5:
        attrs["VerifiedDOB"] = P(p.dob.isoformat(), "date")
    if rng.random() < 0.4:
        attrs["VoiceAuth"] = {"voiceprintId": P("vp_" + hexs(24), "biometric"), "score": round(rng.uniform(0.6, 0.99), 2), "enrolled": True}
    d = {"conversationId": uuid4(), "conversationStart": iso_z(t - dt.timedelta(seconds=rng.randint(60, 900))),
         "participants": [{"purpose": "customer", "ani": S(("tel:", None), ("+1" + p.phone, "phone")), "dnis": f"tel:+1{ORG_TOLLFREE}",
                           "attributes": attrs},
                          {"purpose": "agent", "userName": rng.choice(AGENTS), "wrapupCode": rng.choice(["Visit Rescheduled", "CCM Call Completed", "Transferred to RN"])}],
         "recordingIds": [uuid4()], "divisionId": uuid4()}
    jemit(ln, d)
    return [ln]


def logback_ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + ms(t)


def g_logback():
    t = local(tick())
    ln = Ln("java_logback")
    th = rng.choice(["http-nio-8443-exec-" + str(rng.randint(1, 12)), "scheduling-1", "ccm-timer-" + str(rng.randint(1, 8))])
    r = rng.random()
    head = f"{logback_ts(t)} "
    if r < 0.2:
        ln.t(head + rng.choice([f"INFO  [scheduling-1] c.l.ccm.jobs.MonthEndRollupJob - rollup chunk {rng.randint(1, 40)}/40 month=2024-02 processed={rng.randint(100, 500)} skipped={rng.randint(0, 9)}",
                                f"INFO  [{th}] o.s.web.servlet.DispatcherServlet - Completed initialization in {rng.randint(1, 9)} ms",
                                f"WARN  [{th}] c.l.ccm.security.JwtFilter - token expired sub={uname(rng.choice(CMS_RN))} iss=https://login.{ORG_DOM} exp_skew={rng.randint(1, 90)}s"]))
    elif r < 0.32:
        ln.t(head + f"DEBUG [HikariPool-1 housekeeper] com.zaxxer.hikari.pool.HikariPool - HikariPool-1 - Pool stats (total=20, active={rng.randint(1, 20)}, idle={rng.randint(0, 10)}, waiting=0)")
    elif r < 0.62:
        p = person()
        if not p.ccm:
            p = next(q for q in PEOPLE if q.ccm)
        rn = rng.choice(CMS_RN)
        ln.t(head + f"INFO  [{th}] c.l.ccm.time.TimeEntryService - time entry closed entryId={rng.randint(80000, 99999)} enrollmentId=").p(p.ccm, "other_id").t(
            f" cm={uname(rn)} minutes={rng.randint(3, 35)} cpt={rng.choice(['99490', '99439', '99487'])} cumulative={rng.randint(10, 75)} month=").p("2024-03", "date")
    elif r < 0.8:
        p = person()
        ln.t(head + f"WARN  [{th}] c.l.ccm.time.ThresholdNotifier - 20-min threshold met for patient=").p(f"{p.last}, {p.first}", "name").t(" (").p(
            p.key, "mrn").t(f") cm={uname(rng.choice(CMS_RN))} billable=true")
    else:
        p = person()
        ln.t(head + f"INFO  [{th}] c.l.ccm.billing.ClaimExportService - queued acct=").p(p.acct, "account").t(
            f" cpt=99490 units=1 dos=").p(dt.date(2024, 2, rng.choice([27, 28, 29])).isoformat(), "date").t(f" payer={PLANS[p.state][1]} npi={NP_NPI[p.np]}")
    return [ln]


def g_careplan():
    t = local(tick())
    ts = t.strftime("%Y-%m-%dT%H:%M:%S,") + ms(t)
    thr = f"careplan-render-{rng.randint(1, 4)}"
    r = rng.random()
    if r < 0.25:
        return [Ln("java_careplan").t(f"[{ts}][INFO ][{thr}][CarePlanPdfJob] template=careplan_v12.ftl footer=\"{ORG} | {ORG_ADDR} | 888-555-0100\" fonts=NotoSans,NotoSansCJK")]
    p = person()
    if r < 0.65:
        ln = Ln("java_careplan").t(f"[{ts}][INFO ][{thr}][CarePlanPdfJob] rendered /srv/careplans/2024/03/{PLANS[p.state][1]}/CP_").p(
            x12_name(p.last).replace(" ", "-"), "name").t("_").p(x12_name(p.first).replace(" ", "-"), "name").t("_").p(
            p.dob.strftime("%Y%m%d"), "date").t(f"_v{rng.randint(1, 3)}.pdf pages={rng.randint(4, 9)} bytes={rng.randint(90000, 400000)} took={rng.randint(400, 4000)}ms")
        return [ln]
    out = [Ln("java_careplan").t(f"[{ts}][ERROR][{thr}][CarePlanPdfJob] render failed for member ").p(p.key, "mrn").t(", visit V-" + f"{p.visit:%y%m%d}{rng.randint(100, 999)}")]
    ex = Ln("java_careplan").t("java.lang.IllegalStateException: Missing emergency contact phone for ").p(f"{p.first} {p.last}", "name").t(
        " (contact: ").p(f"{p.cg_first} {p.cg_last}", "name").t(f", {p.cg_rel})")
    out.append(ex)
    for fr in ["\tat com.lodestar.careplan.pdf.SectionWriter.writeContacts(SectionWriter.java:212)",
               "\tat com.lodestar.careplan.pdf.CarePlanRenderer.render(CarePlanRenderer.java:88)",
               "\tat com.lodestar.careplan.job.CarePlanPdfJob.lambda$execute$0(CarePlanPdfJob.java:61)",
               "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)"][:rng.randint(2, 4)]:
        out.append(Ln("java_careplan").t(fr))
    if rng.random() < 0.5:
        out.append(Ln("java_careplan").t("Caused by: org.apache.pdfbox.pdmodel.font.PDType0Font$MissingGlyph: glyph 0x1EC5 not in NotoSans-Regular"))
        out.append(Ln("java_careplan").t("\t... 7 common frames omitted"))
    return out


def g_mao004():
    out = []
    t = local(tick())
    st = rng.choice(["TX", "KY", "MI", "FL"])
    c = PLANS[st][1]
    if rng.random() < 0.4:
        out.append(Ln("mao004").t(f"0{c}MAO-004  {t:%Y%m%d}" + " " * 10 + f"{rng.choice(['P', 'T'])}ENCOUNTER DATA DIAGNOSIS REPORT" + " " * 20))
    sp = [p for p in PEOPLE if p.state == st]
    for p in rng.sample(sp, min(len(sp), rng.randint(1, 3))):
        ln = Ln("mao004").t(f"1{c}MAO-004  ")
        icn = "24" + digits(11)
        dos = p.dos
        ln.fw(p.mbi, 12, "health_plan").fw(icn, 13, "account").t(rng.choice(["A", "D"]) + "1" + " " * 13)
        ln.t(f"{t:%Y%m%d}").t(" ").p(dos.strftime("%Y%m%d"), "date").t(" ").p(dos.strftime("%Y%m%d"), "date").t(
            f" {rng.choice(['P', 'O', 'I'])} ")
        for _ in range(rng.randint(1, 4)):
            ln.fw(rng.choice(["E1122", "I5032", "J449", "F331", "N184", "E6601", "I10", "Z6841"]), 7).t(rng.choice(["A", "A", "D"]))
        out.append(ln)
    if rng.random() < 0.3:
        out.append(Ln("mao004").t(f"9{c}MAO-004  {rng.randint(100, 9000):09d}" + " " * 40))
    return out


def g_raps():
    out = []
    t = tick()
    ts = t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if t.day < 10 else t.strftime("%b %d %H:%M:%S")
    pid = 4412
    st = rng.choice(["TX", "KY", "MI", "FL"])
    c = PLANS[st][1]
    batch = f"RAPS_{c}_{t:%Y%m%d}_{rng.randint(1, 5):02d}"
    r = rng.random()
    if r < 0.35:
        out.append(Ln("raps").t(f"{ts} etl02 raps-submit[{pid}]: batch={batch} ccc_count={rng.randint(100, 900)} errors={rng.randint(0, 12)} "
                                f"status={rng.choice(['ACCEPTED', 'ACCEPTED', 'PARTIAL'])} fileid=RPS{digits(7)} gateway=EFT-MFT"))
    elif r < 0.75:
        p = person()
        dos = p.dos
        out.append(Ln("raps").t(f"{ts} etl02 raps-submit[{pid}]: reject batch={batch} seq={rng.randint(1, 900):07d} err={rng.choice(['353', '409', '502', '460'])} hicn=").p(
            p.mbi, "health_plan").t(" dos_from=").p(dos.strftime("%Y%m%d"), "date").t(" dos_thru=").p(dos.strftime("%Y%m%d"), "date").t(
            f" dx={rng.choice(['E1122', 'I5032', 'J449', 'F331'])} pcn=").p(p.pcn, "account"))
    else:
        p = person()
        dos = p.dos
        ln = Ln("raps").t(f"CCC{rng.randint(1, 900):07d}").fw(p.pcn, 40, "account").fw(p.mbi, 25, "health_plan").fw("", 25).p(
            p.dob.strftime("%Y%m%d"), "date").t("N")
        ln.t("20").p(dos.strftime("%Y%m%d"), "date").p(dos.strftime("%Y%m%d"), "date").t(" ").fw(rng.choice(["E1122", "I5032", "J449"]), 7).t(" " * 10)
        out.append(ln)
    return out


def pg_head(t, pid):
    return f"{t:%Y-%m-%d %H:%M:%S}.{ms(t)} UTC [{pid}] hra_app@hra_prod "


def g_postgres():
    t = tick()
    pid = rng.randint(20000, 40000)
    r = rng.random()
    if r < 0.2:
        return [Ln("postgres").t(f"{t:%Y-%m-%d %H:%M:%S}.{ms(t)} UTC [{rng.randint(100, 999)}] LOG:  checkpoint complete: wrote {rng.randint(100, 9000)} buffers ({rng.uniform(0.1, 9):.1f}%); "
                                 f"0 WAL file(s) added, 0 removed, {rng.randint(0, 5)} recycled; write={(w := rng.uniform(1, 200)):.3f} s, sync={(sy := rng.uniform(0, 1)):.3f} s, total={w + sy + rng.uniform(0, 0.05):.3f} s")]
    if r < 0.4:
        return [Ln("postgres").t(pg_head(t, pid) + f"LOG:  duration: {rng.uniform(500, 9000):.3f} ms  execute <unnamed>: SELECT s.member_id, s.hcc, s.confidence FROM hcc_suspect s "
                                 f"WHERE s.run_id = $1 AND s.status = 'OPEN' ORDER BY s.confidence DESC LIMIT 500"),
                Ln("postgres").t(pg_head(t, pid) + f"DETAIL:  parameters: $1 = 'run-{t:%Y%m%d}-0{rng.randint(1, 6)}'")]
    if r < 0.5:
        return [Ln("postgres").t(f"{t:%Y-%m-%d %H:%M:%S}.{ms(t)} UTC [{pid}] LOG:  automatic vacuum of table \"hra_prod.public.sms_event\": index scans: 1, "
                                 f"pages: 0 removed, {rng.randint(1000, 90000)} remain, tuples: {rng.randint(100, 9000)} removed")]
    p = person()
    if r < 0.75:
        return [Ln("postgres").t(pg_head(t, pid) + 'ERROR:  duplicate key value violates unique constraint "member_mbi_contract_uq"'),
                Ln("postgres").t(pg_head(t, pid) + "DETAIL:  Key (mbi, contract_id)=(").p(p.mbi, "health_plan").t(f", {PLANS[p.state][1]}) already exists."),
                Ln("postgres").t(pg_head(t, pid) + "STATEMENT:  INSERT INTO member (mbi, contract_id, last_name, first_name, birth_date, zip) VALUES ('").p(
                    p.mbi, "health_plan").t(f"', '{PLANS[p.state][1]}', '").p(x12_name(p.last).replace("'", "''"), "name").t("', '").p(
                    x12_name(p.first), "name").t("', '").p(p.dob.isoformat(), "date").t("', '").p(p.zip, "zip").t("')")]
    return [Ln("postgres").t(pg_head(t, pid) + 'ERROR:  deadlock detected'),
            Ln("postgres").t(pg_head(t, pid) + f"DETAIL:  Process {pid} waits for ShareLock on transaction {rng.randint(10 ** 7, 10 ** 8)}; blocked by process {pid + rng.randint(1, 90)}."),
            Ln("postgres").t(pg_head(t, pid) + "STATEMENT:  UPDATE visit SET scheduled_for = '").p(p.visit.strftime("%Y-%m-%d %H:%M:00-05"), "date").t(
                f"', np_id = '{NP_ID[p.np]}' WHERE member_id = ").p(str(p.pid), "mrn").t(" AND status = 'PENDING'")]


def sys_ts(t):
    return t.strftime("%b ") + f"{t.day:>2}" + t.strftime(" %H:%M:%S")


def g_sftp():
    t = tick()
    ts = sys_ts(t)
    pid = rng.randint(30000, 49000)
    r = rng.random()
    partner = rng.choice([("sunvale_edi", "198.51.100.23"), ("bluegrass_mft", "203.0.113.77"), ("glmap_sftp", "192.0.2.140"), ("cms_eft", "198.51.100.90")])
    if r < 0.3:
        return [Ln("syslog_sftp").t(f"{ts} sftp01 sshd[{pid}]: Accepted publickey for {partner[0]} from {partner[1]} port {rng.randint(30000, 65000)} ssh2: RSA SHA256:{''.join(rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') for _ in range(43))}")]
    if r < 0.6:
        f = rng.choice([f"/inbound/sunvale/LDS_834_H5521_{t:%Y%m%d}.x12", f"/inbound/bluegrass/ELIG_H8830_{t:%Y%m}.dat",
                        f"/inbound/greatlakes/glmap_elig_{t:%Y%m%d}.psv", f"/outbound/cms/RAPS_H0907_{t:%Y%m%d}_01.txt"])
        return [Ln("syslog_sftp").t(f'{ts} sftp01 sftp-server[{pid + 1}]: open "{f}" flags {rng.choice(["READ", "WRITE,CREATE,TRUNCATE"])} mode 0640'),
                Ln("syslog_sftp").t(f'{ts} sftp01 sftp-server[{pid + 1}]: close "{f}" bytes read {rng.randint(0, 9000000)} written {rng.randint(0, 900000)}')]
    if r < 0.7:
        return [Ln("syslog_sftp").t(f"{ts} sftp01 sshd[{pid}]: Received disconnect from {partner[1]} port {rng.randint(30000, 65000)}:11: disconnected by user")]
    p = person()
    ln = Ln("syslog_sftp").t(f'{ts} sftp01 sftp-server[{pid + 1}]: close "/outbound/careplans/{PLANS[p.state][2].lower()}/CP_').p(
        x12_name(p.last).replace(" ", "-"), "name").t("_").p(x12_name(p.first).replace(" ", "-"), "name").t("_").p(
        p.dob.strftime("%Y%m%d"), "date").t(f'.pdf" bytes read 0 written {rng.randint(90000, 400000)}')
    return [ln]


def g_chat():
    t = local(tick())
    ln = Ln("chat")
    head = f"[{t:%Y-%m-%d %H:%M}] "
    r = rng.random()
    if r < 0.35:
        who = rng.choice(["devops-bot", uname(rng.choice(AGENTS)), "mchen", "oncall-sre"])
        msg = rng.choice([f"deploy sched-optimizer 2.14.{rng.randint(0, 9)} to prod done ({hexs(7)})",
                          "who is on call for sftp01? bluegrass file is late again",
                          f"INC-{rng.randint(4000, 4999)} Five9 dialer latency resolved, root cause carrier trunk in DFW",
                          "reminder: MAO-004 reconciliation call w/ Sunvale at 2pm, bridge 888-555-0147",
                          f"{rng.choice(NPS)[0]} tablet won't sync, replaced with spare SN R52T{hexs(6).upper()}"])
        ln.t(head + f"#{rng.choice(['ops', 'field-support', 'eng-alerts'])} {who}: {msg}")
        return [ln]
    p = person()
    ag = rng.choice(AGENTS + CMS_RN)
    ln.t(head + f"#care-coordination {uname(ag)}: @{uname(p.np).replace(' ', '')} ")
    k = rng.random()
    title = "Mrs." if p.sex == "F" else "Mr."
    if k < 0.4:
        ln.t(title + " ").p(p.last, "name").t(" (").p(p.key, "mrn").t(") asked to move to " + rng.choice(["Friday", "next Tuesday", "the afternoon slot"]) + (", her " if p.sex == "F" else ", his ")).t(p.cg_rel.split()[0]).t(" ").p(
            p.cg_first, "name").t(" will be there, cell ").p(fmt_phone(p.cg_phone, 1), "phone")
    elif k < 0.7:
        ln.t("heads up for ").p(f"{p.first} {p.last}", "name").t(" at ").p(p.street + (" " + p.unit if p.unit else ""), "address").t(
            ": " + rng.choice(["dog in yard, gate code 4512#, park on the side street", "hard of hearing, knock loud and call first",
                                 "lives upstairs, no elevator, bring the portable scale", "prefers Spanish, interpreter line 2 booked"]) + ". DOB ").p(p.dob.strftime("%m/%d/%y"), "date").t(" if the plan calls")
    else:
        a = p.age
        ln.p(p.first, "name").t(" ").p(p.last, "name").t(", ")
        if a > 89:
            ln.p(str(a), "age")
        else:
            ln.t(str(a))
        ln.t("yo, declined CCM today, plan ID ").p(p.plan_id, "health_plan").t(", please close the outreach task")
    return [ln]


GENS = [(g_nginx_access, 16), (g_nginx_error, 5), (g_go_zap, 8), (g_logfmt_sms, 8), (g_android, 9), (g_rn, 7),
        (g_py_json, 4), (g_csv_hcc, 1.5), (g_x12_834, 0.9), (g_fixed_width, 2), (g_psv, 2),
        (g_five9, 7), (g_genesys, 4), (g_logback, 7), (g_careplan, 3.5), (g_mao004, 1.6), (g_raps, 4),
        (g_postgres, 6), (g_sftp, 7), (g_chat, 4)]


def build():
    fns = [g for g, _ in GENS]
    ws = [w for _, w in GENS]
    lines = []
    used = {}
    caps = {g_x12_834: 1, g_csv_hcc: 2, g_psv: 3, g_fixed_width: 3}
    light = {g_nginx_access, g_nginx_error, g_sftp, g_postgres, g_android, g_rn, g_logback, g_five9, g_py_json}
    while len(lines) < 500:
        # keep the share of PHI-free lines near 55%: favour PHI-light systems when below
        clean = sum(1 for ln in lines if not any(c for _, c in ln.parts))
        boost = 1.8 if lines and clean / len(lines) < 0.55 else 1.0
        g = rng.choices(fns, [w * (boost if f in light else 1.0) for f, w in zip(fns, ws)])[0]
        if used.get(g, 0) >= caps.get(g, 10 ** 6):
            continue
        used[g] = used.get(g, 0) + 1
        lines.extend(g())
    return lines[:500]


def render(ln):
    buf = b""
    spans = []
    for txt, cat in ln.parts:
        b = txt.encode("utf-8")
        if cat is not None:
            spans.append({"s": len(buf), "e": len(buf) + len(b), "cat": cat, "_v": txt})
        buf += b
    return buf, spans


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health_plan", "account", "license",
        "vehicle", "device", "url", "ip", "biometric", "photo", "other_id"}


def main():
    lines = build()
    out_log = []
    out_lab = []
    for i, ln in enumerate(lines, 1):
        buf, spans = render(ln)
        if not buf or b"\n" in buf or b"\r" in buf:
            sys.exit(f"bad line {i}: empty or contains newline")
        prev = 0
        for sp in spans:
            if not (0 <= sp["s"] < sp["e"] <= len(buf)):
                sys.exit(f"line {i}: span out of range {sp}")
            if sp["s"] < prev:
                sys.exit(f"line {i}: overlapping spans {spans}")
            prev = sp["e"]
            if buf[sp["s"]:sp["e"]].decode("utf-8") != sp["_v"]:
                sys.exit(f"line {i}: span text mismatch {sp}")
            if sp["cat"] not in CATS:
                sys.exit(f"line {i}: bad cat {sp['cat']}")
            if sp["_v"] != sp["_v"].strip():
                sys.exit(f"line {i}: span has surrounding whitespace {sp}")
        out_log.append(buf)
        out_lab.append(json.dumps({"line": i, "family": ln.fam,
                                   "spans": [{"s": s["s"], "e": s["e"], "cat": s["cat"]} for s in spans]}))
    if len(out_log) != 500:
        sys.exit("need 500 lines")
    with open("ol.log", "wb") as f:
        f.write(b"\n".join(out_log) + b"\n")
    with open("ol.labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_lab) + "\n")
    # re-read check
    data = open("ol.log", "rb").read().split(b"\n")[:-1]
    labs = [json.loads(x) for x in open("ol.labels.jsonl", encoding="utf-8")]
    assert len(data) == 500 and len(labs) == 500
    for b, lab in zip(data, labs):
        for sp in lab["spans"]:
            assert 0 <= sp["s"] < sp["e"] <= len(b)
            b[sp["s"]:sp["e"]].decode("utf-8")


if __name__ == "__main__":
    main()
