#!/usr/bin/env python3
"""Deterministic generator for a PHI-detector PRECISION test corpus.

Writes d.log (one record per line, UTF-8) and d.labels.jsonl next to this file.
~85% of lines are clean infrastructure/app logs full of PHI look-alikes; ~15%
carry synthetic PHI in the same formats, labeled with byte-offset spans.
Standard library only; fixed seed.
"""
import os
import re
import json
import random
import datetime
from collections import Counter

SEED = 20240301
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 1000
PHI_RATE = 0.15
UTC = datetime.timezone.utc


# ---------------------------------------------------------------- line builder
class L:
    def __init__(self, fam):
        self.fam = fam
        self.buf = []
        self.blen = 0
        self.spans = []

    def t(self, s):
        s = str(s)
        self.buf.append(s)
        self.blen += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        b = len(s.encode("utf-8"))
        self.spans.append({"s": self.blen, "e": self.blen + b, "cat": cat, "v": s})
        self.buf.append(s)
        self.blen += b
        return self

    def text(self):
        return "".join(self.buf)


TOK = re.compile(r"<<(\w+)(?::(\w+))?>>")


def T(fam, tpl, **kw):
    """Template: <<key>> inserts plain text, <<key:cat>> inserts a labeled span."""
    ln = L(fam)
    pos = 0
    for m in TOK.finditer(tpl):
        ln.t(tpl[pos:m.start()])
        v = str(kw[m.group(1)])
        if m.group(2):
            ln.p(v, m.group(2))
        else:
            ln.t(v)
        pos = m.end()
    ln.t(tpl[pos:])
    return ln


def C(fam, s):
    return L(fam).t(s)


# ---------------------------------------------------------------- clock / formats
CLOCK = [datetime.datetime(2024, 3, 1, 0, 0, 3, 120000, tzinfo=UTC)]


def tick():
    CLOCK[0] += datetime.timedelta(seconds=rng.randint(1, 50), microseconds=rng.randint(0, 999999))
    return CLOCK[0]


def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (d.microsecond // 1000)


def iso_s(d):
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def clf(d):
    return d.strftime("%d/%b/%Y:%H:%M:%S +0000")


def sysl(d):
    return "%s %2d %s" % (d.strftime("%b"), d.day, d.strftime("%H:%M:%S"))


def ngx(d):
    return d.strftime("%Y/%m/%d %H:%M:%S")


def pgts(d):
    return d.strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC" % (d.microsecond // 1000)


def javats(d):
    return d.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (d.microsecond // 1000)


def klog(d, lvl):
    return "%s%s.%06d" % (lvl, d.strftime("%m%d %H:%M:%S"), d.microsecond)


def epoch(d):
    return int(d.timestamp())


# ---------------------------------------------------------------- random helpers
def hx(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def uid():
    h = hx(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])


CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def ulid(d):
    ms = int(d.timestamp() * 1000)
    tp = ""
    for _ in range(10):
        tp = CROCK[ms % 32] + tp
        ms //= 32
    return tp + "".join(rng.choice(CROCK) for _ in range(16))


def ks(n):
    return "".join(rng.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(n))


def priv_ip():
    r = rng.random()
    if r < 0.7:
        return "10.%d.%d.%d" % (rng.choice([0, 0, 0, 1, 2, 8, 16, 32]), rng.randint(0, 63), rng.randint(2, 254))
    if r < 0.85:
        return "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 254))
    return "192.168.%d.%d" % (rng.randint(0, 20), rng.randint(2, 254))


PUB_FIRST = [24, 50, 63, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 96, 97, 98, 99, 104, 107, 108,
             173, 174, 184, 199, 208, 209]


def pub_ip():
    return "%d.%d.%d.%d" % (rng.choice(PUB_FIRST), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def node():
    return "ip-10-0-%d-%d.ec2.internal" % (rng.randint(0, 15), rng.randint(4, 250))


ACCOUNTS = ["123456789012", "418295730164", "902317645820", "556104982371", "731846205519"]
REGIONS = ["us-east-1", "us-east-2", "us-west-2", "eu-west-2", "eu-central-1", "ca-central-1"]
DCS = ["Ashburn", "Frankfurt", "Dublin", "Columbus", "Portland", "Montreal", "Hillsboro", "Dallas"]
APPS = ["claims-api", "scheduler", "formulary-sync", "mirth-connect", "portal-web", "billing-worker",
        "hl7-router", "audit-writer", "rx-inventory", "notify-worker", "fhir-gateway", "kafka-connect",
        "cassandra", "redis-cache", "ruby-sidekiq", "pearl-exporter", "hunter-scanner", "grant-approver",
        "may-reports", "jackson-migrator", "rose-dashboard", "spring-config"]
NAMESPACES = ["default", "integration", "billing", "clinical", "platform", "observability", "pharmacy"]
HOSTS = ["api.internal.example.org", "portal.example-health.org", "fhir.example-health.org",
         "mirth.int.example-health.org", "grafana.ops.example-health.org", "rx.example-health.org"]
PATHS = ["/api/v2/health", "/v1/formulary/search?q=amoxicillin", "/v1/schedule/rooms?clinic=cardiology",
         "/fhir/metadata", "/fhir/ValueSet/$expand?url=http://hl7.org/fhir/ValueSet/administrative-gender",
         "/v1/inventory/ndc/0781-1506-10", "/metrics", "/readyz", "/v1/orders/4172839105",
         "/v1/claims/batch/20240301-07", "/static/js/main.8f3a1c2e.js", "/v1/reports/daily?date=2024-02-29",
         "/mirth/api/channels/statuses", "/v1/flags", "/v2/providers/roles", "/v1/invoices/618204773",
         "/fhir/CodeSystem/icd-10-cm?code=E11.9", "/v1/rooms/312/availability?date=2024-03-04",
         "/api/v1/jobs/50231/status", "/v1/drugs/lot/B23K881"]
DEVS = [("Dana Whitfield", "dana.whitfield@example-dev.io"), ("Priya Raman", "praman@example-dev.io"),
        ("Tobias Engel", "tengel@example-dev.io"), ("Mei Chen", "mei.chen@example-dev.io"),
        ("Arjun Patel", "arjun@example-dev.io"), ("Sam O'Rourke", "sorourke@example-dev.io"),
        ("Lena Vogt", "lena.vogt@example-dev.io"), ("Grant Hollis", "ghollis@example-dev.io")]
ROLE_EMAILS = ["noreply@example-health.org", "alerts@example-health.org", "oncall@example-health.org",
               "billing@example-health.org", "pharmacy-ops@example-health.org", "security@example-health.org",
               "dba-team@example-health.org", "no-reply@notifications.example-health.org"]
DRUGS = [("0781-1506-10", "amoxicillin 500 mg capsule"), ("00093-7214-01", "atorvastatin 40 mg tablet"),
         ("0591-2719-01", "metformin ER 500 mg tablet"), ("0409-4888-02", "heparin 5,000 units/mL vial"),
         ("63323-262-01", "ondansetron 2 mg/mL injection"), ("0143-9875-01", "vancomycin 1 g vial"),
         ("0378-1800-01", "lisinopril 10 mg tablet"), ("68180-517-01", "levothyroxine 50 mcg tablet"),
         ("0006-0277-31", "sitagliptin 100 mg tablet"), ("50090-3462-0", "albuterol HFA 90 mcg inhaler")]
CLINICS = ["Cardiology", "Oncology", "Pediatrics", "Dermatology", "Orthopedics", "Endocrinology",
           "Rheumatology", "Family Medicine", "Neurology", "Women's Health"]
ROLES = ["Attending", "Resident", "Fellow", "Nurse Practitioner", "Physician Assistant", "Charge Nurse",
         "Hospitalist", "Pharmacist", "MA", "Scheduler"]
ICD = [("E11.9", "Type 2 diabetes mellitus without complications"), ("I10", "Essential (primary) hypertension"),
       ("J45.909", "Unspecified asthma, uncomplicated"), ("M54.5", "Low back pain"),
       ("Z00.00", "Encounter for general adult medical examination without abnormal findings"),
       ("F41.1", "Generalized anxiety disorder"), ("N18.3", "Chronic kidney disease, stage 3")]
CPT = [("99213", "Office visit, est. patient, low MDM"), ("99214", "Office visit, est. patient, moderate MDM"),
       ("80053", "Comprehensive metabolic panel"), ("93000", "Electrocardiogram, complete"),
       ("36415", "Routine venipuncture"), ("71046", "Chest X-ray, 2 views")]
LOINC = [("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), ("2345-7", "Glucose [Mass/volume] in Serum or Plasma"),
         ("718-7", "Hemoglobin [Mass/volume] in Blood"), ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma"),
         ("8480-6", "Systolic blood pressure")]


def semver():
    return "%d.%d.%d" % (rng.randint(0, 4), rng.randint(0, 30), rng.randint(0, 20))


def pod(app=None):
    app = app or rng.choice(APPS)
    return "%s-%s-%s" % (app, ks(rng.choice([9, 10])), ks(5))


def lot():
    return rng.choice("ABCDEFGHJKLMNPRSTW") + digits(2) + rng.choice("ABCDEFGHJKLMNPRSTW") + digits(3)


def future_date():
    d = datetime.date(2024, 3, 1) + datetime.timedelta(days=rng.randint(60, 900))
    return d.isoformat()


# ---------------------------------------------------------------- synthetic people
FIRST = ["Maria", "James", "Linh", "Adaeze", "Priyanka", "Dmitri", "José", "Chloé", "Rose", "Pearl", "Will",
         "May", "Hunter", "Grant", "Ruby", "Cassandra", "Jackson", "Tomasz", "Aaliyah", "Kenji", "Siobhan",
         "Mateo", "Fatima", "Eleanor", "Marcus", "Ingrid", "Rahul", "Beatriz", "Owen", "Yusuf", "Zoë", "Bjørn"]
LAST = ["Lopez", "Okafor", "Nguyen", "Hartley", "Kowalski", "Núñez", "Fitzgerald", "Jackson", "Grant", "Hunter",
        "Rose", "Spring", "Whitaker", "Delacroix", "Brennan", "Haddad", "Sørensen", "Pereira", "Abernathy",
        "Castellanos", "Ibarra", "Novak", "Tanaka", "McAllister", "Osei", "Lindqvist", "Barros", "Petrov",
        "Quintero", "Ashworth"]
CITIES = [("Springfield", "IL", "627", "217"), ("Dayton", "OH", "454", "937"), ("Fresno", "CA", "937", "559"),
          ("Tacoma", "WA", "984", "253"), ("Worcester", "MA", "016", "508"), ("Albany", "NY", "122", "518"),
          ("Lansing", "MI", "489", "517"), ("Tulsa", "OK", "741", "918"), ("Eugene", "OR", "974", "541"),
          ("Macon", "GA", "312", "478"), ("Provo", "UT", "846", "801"), ("Jackson", "MS", "392", "601"),
          ("San Antonio", "TX", "782", "210"), ("Ashburn", "VA", "201", "703"), ("Frankfort", "KY", "406", "502")]
STREETS = ["Maple", "Birchwood", "Harbor View", "Elm", "Juniper", "Kensington", "Oakridge", "Willow Creek",
           "Prospect", "Chestnut", "Magnolia", "Sycamore", "Lakeshore", "Cedar Hollow", "Rosewood"]
SUFFIX = ["St", "Ave", "Rd", "Ln", "Dr", "Ct", "Blvd", "Way", "Terrace"]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_VAL = dict(zip("ABCDEFGH", range(1, 9)))
VIN_VAL.update(dict(zip("JKLMN", range(1, 6))))
VIN_VAL.update({"P": 7, "R": 9})
VIN_VAL.update(dict(zip("STUVWXYZ", range(2, 10))))
VIN_VAL.update({str(i): i for i in range(10)})
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    wmi = rng.choice(["1HG", "1FT", "2T1", "3VW", "5YJ", "JTD", "WBA", "1G1"])
    body = wmi + "".join(rng.choice(VIN_CH) for _ in range(5)) + "0" + rng.choice("LMNPR") \
        + rng.choice(VIN_CH) + digits(6)
    s = sum(VIN_VAL[c] * w for c, w in zip(body, VIN_W))
    chk = "X" if s % 11 == 10 else str(s % 11)
    return body[:8] + chk + body[9:]


def ssn_digits():
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d" % a, "%02d" % rng.randint(1, 99), "%04d" % rng.randint(1, 9999)


def nanp():
    while True:
        a = rng.choice(["217", "937", "559", "253", "508", "518", "517", "918", "541", "478", "801", "601",
                        "210", "703", "312", "617", "404", "614", "720", "860"])
        x = "%d%d%d" % (rng.randint(2, 9), rng.randint(0, 9), rng.randint(0, 9))
        if x[1:] != "11" and x != "555":
            return a, x, digits(4)


def phone_fmt(style=None):
    a, x, n = nanp()
    style = style if style is not None else rng.randint(0, 4)
    return ["(%s) %s-%s", "%s-%s-%s", "+1 %s %s %s", "%s.%s.%s", "+1%s%s%s"][style] % (a, x, n)


def luhn_card():
    prefix = rng.choice(["4", "4", "51", "53", "37"])
    length = 15 if prefix == "37" else 16
    body = prefix + digits(length - 1 - len(prefix))
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return body + str((10 - tot % 10) % 10)


def card_fmt(c):
    if len(c) == 15:
        return "%s %s %s" % (c[:4], c[4:10], c[10:])
    return " ".join(c[i:i + 4] for i in range(0, 16, 4))


class Person:
    def __init__(self, old=False):
        self.first = rng.choice(FIRST)
        self.last = rng.choice(LAST)
        while self.last == self.first:
            self.last = rng.choice(LAST)
        y = rng.randint(1925, 1933) if old else rng.randint(1936, 2006)
        self.dob = datetime.date(y, rng.randint(1, 12), rng.randint(1, 28))
        self.age = 2024 - y - (1 if (self.dob.month, self.dob.day) > (3, 1) else 0)
        self.city, self.state, zp, self.area = rng.choice(CITIES)
        self.zip = zp + digits(2)
        unit = rng.choice(["", "", "", " Apt %d%s" % (rng.randint(1, 30), rng.choice("ABCD")), " Unit %d" % rng.randint(2, 400)])
        self.street = "%d %s %s%s" % (rng.randint(2, 9899), rng.choice(STREETS), rng.choice(SUFFIX), unit)
        self.mrn = rng.choice(["%08d" % rng.randint(100000, 99999999), "E%07d" % rng.randint(1000000, 9999999),
                               "MR%06d" % rng.randint(100000, 999999)])
        self.member = rng.choice(["XJH%s" % digits(9), "W%s" % digits(9), "ZGP%s01" % digits(8),
                                  "1EG4-TE5-MK7%d" % rng.randint(0, 9)])
        self.email = rng.choice(["%s.%s%d@gmail.com", "%s%s%d@yahoo.com", "%s_%s%d@outlook.com"]) % (
            ascii_fold(self.first).lower(), ascii_fold(self.last).lower(), rng.randint(1, 99))

    def name(self, style=0):
        if style == 0:
            return "%s %s" % (self.first, self.last)
        if style == 1:
            return "%s, %s" % (self.last, self.first)
        if style == 2:
            return "%s^%s" % (self.last.upper(), self.first.upper())
        return "%s %s" % (self.first.upper(), self.last.upper())

    def dob_fmt(self, style=None):
        style = rng.randint(0, 4) if style is None else style
        d = self.dob
        return [d.isoformat(), d.strftime("%m/%d/%Y"), d.strftime("%d-%b-%Y"), d.strftime("%Y%m%d"),
                d.strftime("%b %d, %Y")][style]


def ascii_fold(s):
    return s.translate(str.maketrans("éÉñÑøØëË", "eEnNoOeE"))


def appt_date():
    return (datetime.date(2024, 3, 1) + datetime.timedelta(days=rng.randint(1, 90))).isoformat()


def ssn_fmt():
    a, g, s = ssn_digits()
    return rng.choice(["%s-%s-%s", "%s-%s-%s", "%s %s %s", "%s%s%s"]) % (a, g, s)


# ================================================================ CLEAN FAMILIES
def f_nginx_error():
    d = tick()
    c, up, host = priv_ip(), priv_ip(), rng.choice(HOSTS)
    path = rng.choice(PATHS)
    pid = rng.randint(1200, 4800)
    conn = rng.randint(10000, 9999999)
    f = rng.choice(["favicon.ico", "robots.txt", "apple-touch-icon.png", ".env", "wp-login.php"])
    msgs = [
        'upstream timed out (110: Connection timed out) while reading response header from upstream, client: %s, server: %s, request: "GET %s HTTP/1.1", upstream: "http://%s:8080%s", host: "%s"' % (c, host, path, up, path, host),
        'connect() failed (111: Connection refused) while connecting to upstream, client: %s, server: %s, request: "POST %s HTTP/1.1", upstream: "http://%s:%d%s", host: "%s"' % (c, host, path, up, rng.choice([8080, 9000, 3000, 50051]), path, host),
        'no live upstreams while connecting to upstream, client: %s, server: %s, request: "GET %s HTTP/2.0", upstream: "http://be_%s%s", host: "%s"' % (c, host, path, rng.choice(APPS).replace("-", "_"), path, host),
        'client intended to send too large body: %d bytes, client: %s, server: %s, request: "POST /api/v1/attachments HTTP/1.1", host: "%s"' % (rng.randint(10485761, 52428800), c, host, host),
        'open() "/usr/share/nginx/html/%s" failed (2: No such file or directory), client: %s, server: %s, request: "GET /%s HTTP/1.1", host: "%s"' % (f, c, host, f, host),
        'SSL_do_handshake() failed (SSL: error:0A00006C:SSL routines::bad key share) while SSL handshaking, client: %s, server: 0.0.0.0:443' % c,
        'recv() failed (104: Connection reset by peer) while reading response header from upstream, client: %s, server: %s, request: "GET %s HTTP/1.1", upstream: "http://%s:3000%s", host: "%s"' % (c, host, path, up, path, host),
        'limiting requests, excess: 20.480 by zone "api_rl", client: %s, server: %s, request: "GET %s HTTP/1.1", host: "%s"' % (c, host, path, host),
    ]
    lvl = rng.choice(["error", "error", "warn", "crit"])
    return [C("nginx_error", "%s [%s] %d#%d: *%d %s" % (ngx(d), lvl, pid, pid, conn, rng.choice(msgs)))]


UAS = ["kube-probe/1.28", "Prometheus/2.50.1", "okhttp/4.12.0", "python-requests/2.31.0", "Go-http-client/1.1",
       "ELB-HealthChecker/2.0", "Mirth Connect/4.4.2", "curl/8.5.0", "aws-sdk-go-v2/1.25.2",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"]


def f_nginx_access():
    d = tick()
    st = rng.choice([200, 200, 200, 204, 301, 304, 401, 404, 499, 502, 503])
    return [C("nginx_access", '%s - %s [%s] "%s %s HTTP/1.1" %d %d "-" "%s" rt=%.3f uct="%.3f" urt="%.3f"' % (
        priv_ip(), rng.choice(["-", "-", "svc-claims", "deploy"]), clf(d), rng.choice(["GET", "GET", "POST", "PUT"]),
        rng.choice(PATHS), st, rng.randint(0, 90000), rng.choice(UAS), rng.random(), rng.random() / 50,
        rng.random()))]


def f_apache_error():
    d = tick()
    ts = d.strftime("%a %b %d %H:%M:%S.") + "%06d %d" % (d.microsecond, d.year)
    pid, tid = rng.randint(1000, 30000), rng.randint(139000000000000, 140999999999999)
    c = "%s:%d" % (priv_ip(), rng.randint(32768, 60999))
    msgs = [
        "[proxy_fcgi:error] [pid %d:tid %d] [client %s] AH01071: Got error 'Primary script unknown'" % (pid, tid, c),
        "[ssl:warn] [pid %d:tid %d] AH01909: www.example-health.org:443:0 server certificate does NOT include an ID which matches the server name" % (pid, tid),
        "[mpm_event:notice] [pid %d:tid %d] AH00489: Apache/2.4.58 (Unix) OpenSSL/3.0.13 configured -- resuming normal operations" % (pid, tid),
        "[core:error] [pid %d:tid %d] [client %s] AH00126: Invalid URI in request GET /..%%2f..%%2fetc/passwd HTTP/1.1" % (pid, tid, c),
        "[proxy:error] [pid %d:tid %d] (111)Connection refused: AH00957: http: attempt to connect to %s:8080 (tomcat-01) failed" % (pid, tid, priv_ip()),
        "[authz_core:error] [pid %d:tid %d] [client %s] AH01630: client denied by server configuration: /var/www/html/server-status" % (pid, tid, c),
        "[mpm_event:notice] [pid %d:tid %d] AH00492: caught SIGWINCH, shutting down gracefully" % (pid, tid),
    ]
    return [C("apache_error", "[%s] %s" % (ts, rng.choice(msgs)))]


def f_haproxy():
    d = tick()
    be = rng.choice(["be_api", "be_portal", "be_fhir", "be_mirth", "be_rx"])
    st = rng.choice([200, 200, 200, 304, 404, 503, 504])
    flags = "----" if st < 500 else rng.choice(["sH--", "SC--", "cD--"])
    return [C("haproxy", '%s lb-0%d haproxy[%d]: %s:%d [%s.%03d] fe_https~ %s/%s-0%d %d/%d/%d/%d/%d %d %d - - %s %d/%d/%d/%d/0 0/0 "%s %s HTTP/1.1"' % (
        sysl(d), rng.randint(1, 3), rng.randint(1000, 9999), priv_ip(), rng.randint(32768, 60999),
        d.strftime("%d/%b/%Y:%H:%M:%S"), d.microsecond // 1000, be, be[3:], rng.randint(1, 6),
        rng.randint(0, 3), 0, rng.randint(0, 5), *(lambda r: (r, r + rng.randint(1, 60)))(rng.randint(1, 900)), st,
        rng.randint(100, 80000), flags, rng.randint(100, 900), rng.randint(90, 800), rng.randint(1, 40),
        rng.randint(0, 9), rng.choice(["GET", "POST"]), rng.choice(PATHS)))]


def f_envoy():
    d = tick()
    if rng.random() < 0.3:
        return [C("envoy", "[%s][%d][%s][%s] [source/common/upstream/cluster_manager_impl.cc:%d] %s" % (
            d.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (d.microsecond // 1000), rng.randint(1, 40),
            rng.choice(["info", "warning", "debug"]), rng.choice(["upstream", "config", "main"]), rng.randint(100, 2000),
            rng.choice(["cds: add %d cluster(s), remove %d cluster(s)" % (rng.randint(1, 40), rng.randint(0, 3)),
                        "lds: add/update listener '0.0.0.0_15006'",
                        "all clusters initialized. initializing init manager",
                        "membership update for cluster outbound|5432||ehr-primary.clinical.svc.cluster.local added 1 removed 0"])))]
    svc = rng.choice(APPS)
    return [C("envoy", '[%s] "%s %s %s" %d %s %d %d %d %d "%s" "%s" "%s" "%s.%s.svc.cluster.local:%d" "%s:%d"' % (
        iso(d), rng.choice(["GET", "POST"]), rng.choice(PATHS + ["/grpc.health.v1.Health/Check"]),
        rng.choice(["HTTP/1.1", "HTTP/2"]), rng.choice([200, 200, 200, 404, 503]), rng.choice(["-", "-", "UF", "URX", "UH"]),
        rng.randint(0, 4000), rng.randint(0, 90000), rng.randint(1, 800), rng.randint(1, 700), priv_ip(),
        rng.choice(UAS), uid(), svc, rng.choice(NAMESPACES), rng.choice([8080, 9090, 50051, 3000]), priv_ip(),
        rng.choice([8080, 9090, 50051])))]


def f_k8s_event():
    d = tick()
    ns = rng.choice(NAMESPACES)
    app = rng.choice(APPS)
    p = pod(app)
    nd = node()
    age = rng.choice(["12s", "3m12s", "41m", "2h5m", "5d"])
    ev = rng.choice([
        ("Normal", "Scheduled", "pod/%s" % p, "Successfully assigned %s/%s to %s" % (ns, p, nd)),
        ("Normal", "Pulled", "pod/%s" % p, 'Successfully pulled image "registry.internal/%s:%s" in %.3fs (%.3fs including waiting)' % (app, semver(), rng.random() * 5, rng.random() * 9)),
        ("Warning", "BackOff", "pod/%s" % p, "Back-off restarting failed container %s in pod %s_%s(%s)" % (app.split("-")[0], p, ns, uid())),
        ("Warning", "FailedScheduling", "pod/%s" % p, "0/%d nodes are available: %d Insufficient memory, 3 node(s) had untolerated taint {node.kubernetes.io/unreachable: }. preemption: 0/9 nodes are available" % (rng.randint(6, 30), rng.randint(1, 6))),
        ("Normal", "ScalingReplicaSet", "deployment/%s" % app, "Scaled up replica set %s-%s to %d" % (app, ks(10), rng.randint(2, 12))),
        ("Warning", "Unhealthy", "pod/%s" % p, "Readiness probe failed: Get \"http://%s:8080/readyz\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)" % priv_ip()),
        ("Normal", "SuccessfulCreate", "job/%s-%d" % (rng.choice(["may-reports", "pg-backup", "cert-rotate"]), epoch(d) // 60), "Created pod: %s-%d-%s" % (rng.choice(["may-reports", "pg-backup"]), epoch(d) // 60, ks(5))),
        ("Warning", "OOMKilling", "node/%s" % nd, "Memory cgroup out of memory: Killed process %d (java) total-vm:%dkB, anon-rss:%dkB" % (rng.randint(1000, 99999), rng.randint(4000000, 9000000), rng.randint(1000000, 4000000))),
        ("Normal", "NodeReady", "node/%s" % nd, "Node %s status is now: NodeReady" % nd),
    ])
    if rng.random() < 0.5:
        return [C("k8s_event", "%-12s %-6s %-8s %-18s %-40s %s" % (ns, age, ev[0], ev[1], ev[2], ev[3]))]
    return [C("k8s_event", json.dumps({"kind": "Event", "apiVersion": "v1", "metadata": {"name": "%s.%s" % (ev[2].split("/")[1], hx(16)), "namespace": ns, "uid": uid()},
                                        "type": ev[0], "reason": ev[1], "message": ev[3], "count": rng.randint(1, 400),
                                        "firstTimestamp": iso_s(d - datetime.timedelta(minutes=rng.randint(1, 300))), "lastTimestamp": iso_s(d),
                                        "source": {"component": "kubelet", "host": nd}}, ensure_ascii=False))]


def f_kubelet():
    d = tick()
    ns = rng.choice(NAMESPACES)
    p = pod()
    lvl = rng.choice("IIIWE")
    msgs = [
        '"SyncLoop (PLEG): event for pod" pod="%s/%s" event={"ID":"%s","Type":"ContainerStarted","Data":"%s"}' % (ns, p, uid(), hx(64)),
        '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"%s\\" with CrashLoopBackOff: \\"back-off 5m0s restarting failed container\\"" pod="%s/%s" podUID="%s"' % (p.split("-")[0], ns, p, uid()),
        '"Eviction manager: attempting to reclaim" resourceName="ephemeral-storage"',
        '"Probe failed" probeType="Liveness" pod="%s/%s" podUID="%s" containerName="app" probeResult="failure" output="HTTP probe failed with statuscode: 503"' % (ns, p, uid()),
        '"RemoveContainer" containerID="containerd://%s"' % hx(64),
        '"Image garbage collection succeeded" freed=%d' % rng.randint(100000000, 9000000000),
        '"Successfully registered node" node="%s"' % node(),
    ]
    src = rng.choice(["kubelet.go:2430", "pod_workers.go:1298", "eviction_manager.go:366", "prober.go:107",
                      "scope.go:117", "image_gc_manager.go:404", "kubelet_node_status.go:76"])
    return [C("kubelet", "%s %s kubelet[%d]: %s    %d %s] %s" % (sysl(d), node().split(".")[0], rng.randint(800, 3000),
                                                               klog(d, lvl), rng.randint(800, 3000), src, rng.choice(msgs)))]


def f_journald():
    d = tick()
    h = node().split(".")[0]
    msgs = [
        "systemd[1]: Started Daily apt download activities.",
        "systemd[1]: backup-ehr.service: Main process exited, code=exited, status=0/SUCCESS",
        "systemd[1]: backup-ehr.service: Consumed %dmin %d.%03ds CPU time." % (rng.randint(1, 40), rng.randint(0, 59), rng.randint(0, 999)),
        "systemd[1]: Starting Rotate log files...",
        "systemd-journald[%d]: Data hash table of /var/log/journal/%s/system.journal has a fill level at 75.0 (8533 of 11377 items, 6553600 file size, 768 bytes per hash table item), suggesting rotation." % (rng.randint(300, 500), hx(32)),
        "sshd[%d]: Accepted publickey for deploy from %s port %d ssh2: ED25519 SHA256:%s" % (rng.randint(1000, 60000), priv_ip(), rng.randint(32768, 60999), "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(43))),
        "kernel: [%d.%06d] TCP: request_sock_TCP: Possible SYN flooding on port %d. Sending cookies.  Check SNMP counters." % (rng.randint(10000, 9999999), rng.randint(0, 999999), rng.choice([8443, 30521, 31007, 443])),
        "kernel: [%d.%06d] EXT4-fs (nvme1n1): mounted filesystem with ordered data mode. Quota mode: none." % (rng.randint(1, 99), rng.randint(0, 999999)),
        "chronyd[%d]: Selected source 169.254.169.123" % rng.randint(500, 900),
        "systemd-resolved[%d]: Using degraded feature set UDP instead of UDP+EDNS0 for DNS server 10.0.0.2." % rng.randint(500, 900),
        "containerd[%d]: time=\"%s\" level=info msg=\"StopPodSandbox for \\\"%s\\\" returns successfully\"" % (rng.randint(500, 2000), iso(d), hx(64)),
        "systemd[1]: Will retry in 30s: mnt-efs.mount failed with result 'exit-code'.",
        "amazon-ssm-agent[%d]: INFO [ssm-agent-worker] Entering SSM Agent hibernate - AccessDeniedException" % rng.randint(500, 2000),
        "sudo[%d]:   ubuntu : TTY=pts/0 ; PWD=/home/ubuntu ; USER=root ; COMMAND=/usr/bin/systemctl restart mirth" % rng.randint(1000, 60000),
    ]
    return [C("journald", "%s %s %s" % (sysl(d), h, rng.choice(msgs)))]


PG_TABLES = ["drug_formulary", "audit_events", "room_schedule", "hl7_message_queue", "claim_batches",
             "ndc_catalog", "feature_flags", "job_runs", "code_sets", "inventory_moves"]


def f_postgres():
    d = tick()
    pid = rng.randint(1000, 99999)
    t = rng.choice(PG_TABLES)
    msgs = [
        "LOG:  checkpoint starting: time",
        "LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=0.004 s, total=%.3f s; sync files=%d, longest=0.002 s, average=0.001 s; distance=%d kB, estimate=%d kB" % (rng.randint(100, 9000), rng.random() * 30, rng.randint(0, 9), *(lambda w: (w, w + 0.022))(rng.random() * 270), rng.randint(5, 300), rng.randint(1000, 90000), rng.randint(1000, 90000)),
        "LOG:  automatic vacuum of table \"ehr.public.%s\": index scans: 1" % t,
        "LOG:  automatic analyze of table \"ehr.public.%s\" system usage: CPU: user: %.2f s, system: 0.01 s, elapsed: %.2f s" % (t, rng.random(), rng.random() * 3),
        "LOG:  duration: %.3f ms  statement: SELECT count(*) FROM %s WHERE created_at > '2024-02-29'" % (rng.random() * 9000, t),
        "LOG:  duration: %.3f ms  execute <unnamed>: SELECT ndc, lot_no, expires_on, qty FROM ndc_catalog WHERE qty < $1 ORDER BY expires_on" % (rng.random() * 4000),
        "LOG:  connection received: host=%s port=%d" % (priv_ip(), rng.randint(32768, 60999)),
        "LOG:  connection authorized: user=app_rw database=ehr application_name=%s SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)" % rng.choice(APPS),
        "LOG:  disconnection: session time: 0:%02d:%02d.%03d user=app_ro database=ehr host=%s port=%d" % (rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999), priv_ip(), rng.randint(32768, 60999)),
        "FATAL:  password authentication failed for user \"reporting\"",
        "ERROR:  canceling statement due to statement timeout",
        "LOG:  statement: GRANT SELECT ON ALL TABLES IN SCHEMA pharmacy TO app_ro",
        "WARNING:  there is no transaction in progress",
        "LOG:  restartpoint complete: wrote %d buffers; redo starts at 3A/%08X" % (rng.randint(10, 900), rng.randint(0, 2 ** 32 - 1)),
    ]
    return [C("postgres", "%s [%d] %s" % (pgts(d), pid, rng.choice(msgs)))]


def f_mysql():
    d = tick()
    ts = d.strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % d.microsecond
    r = rng.random()
    if r < 0.35:
        return [C("mysql", "%s %d [Note] [MY-010914] [Server] Aborted connection %d to db: '%s' user: '%s' host: '%s' (Got an error reading communication packets)." % (
            ts, rng.randint(10, 99999), rng.randint(10, 99999), rng.choice(["inventory", "scheduling", "billing"]), rng.choice(["app_ro", "app_rw", "etl"]), priv_ip()))]
    if r < 0.55:
        return [C("mysql", "%s 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '8.0.36'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL." % ts)]
    if r < 0.7:
        return [C("mysql", "%s %d [Warning] [MY-010055] [Server] IP address '%s' could not be resolved: Name or service not known" % (ts, rng.randint(10, 9999), priv_ip()))]
    out = [C("mysql", "# Time: %s" % ts),
           C("mysql", "# User@Host: app_ro[app_ro] @  [%s]  Id: %d" % (priv_ip(), rng.randint(10, 99999))),
           C("mysql", "# Query_time: %.6f  Lock_time: %.6f Rows_sent: %d  Rows_examined: %d" % (rng.random() * 9, rng.random() / 1000, rng.randint(1, 500), rng.randint(10000, 9000000))),
           C("mysql", "SET timestamp=%d;" % epoch(d)),
           C("mysql", rng.choice(["SELECT sku, ndc, qty FROM pharmacy_stock WHERE qty < 20;",
                                  "SELECT room_id, slot_start, slot_end FROM clinic_slots WHERE clinic = 'Cardiology' AND slot_start >= '2024-03-04 08:00:00';",
                                  "UPDATE job_runs SET status = 'done' WHERE job_id = 50231;",
                                  "SELECT COUNT(*) FROM claim_batches WHERE batch_date = '2024-02-29';"]))]
    return out


def f_redis():
    d = tick()
    ts = d.strftime("%d %b %Y %H:%M:%S.") + "%03d" % (d.microsecond // 1000)
    role = rng.choice("MMMSC")
    msgs = ["* Background saving started by pid %d" % rng.randint(100, 9999), "* DB saved on disk",
            "* Background saving terminated with success", "* %d changes in 300 seconds. Saving..." % rng.randint(10, 9000),
            "# WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition.",
            "* MASTER <-> REPLICA sync: Finished with success", "* Connecting to MASTER %s:6379" % priv_ip(),
            "* Fork CoW for RDB: current %d MB, peak %d MB, average %d MB" % (rng.randint(1, 9), rng.randint(1, 20), rng.randint(1, 9)),
            "# Server initialized", "* Ready to accept connections tcp"]
    return [C("redis", "%d:%s %s %s" % (rng.randint(1, 30), role, ts, rng.choice(msgs)))]


def f_kafka():
    d = tick()
    topic = rng.choice(["hl7-inbound", "claims-events", "rx-inventory", "audit-log", "fhir-outbound"])
    part = rng.randint(0, 23)
    msgs = [
        "INFO [GroupCoordinator %d]: Preparing to rebalance group %s-consumer in state PreparingRebalance with old generation %d (__consumer_offsets-%d) (reason: Adding new member consumer-%s-1-%s with group instance id None) (kafka.coordinator.group.GroupCoordinator)" % (rng.randint(1, 5), topic, rng.randint(1, 400), rng.randint(0, 49), topic, uid()),
        "INFO [LocalLog partition=%s-%d, dir=/var/lib/kafka/data] Rolled new log segment at offset %d in %d ms. (kafka.log.LocalLog)" % (topic, part, rng.randint(10 ** 6, 10 ** 9), rng.randint(1, 20)),
        "WARN [ReplicaFetcher replicaId=%d, leaderId=%d, fetcherId=0] Error in response for fetch request (type=FetchRequest, replicaId=%d, maxWait=500, minBytes=1, maxBytes=10485760) (kafka.server.ReplicaFetcherThread)" % (rng.randint(1, 5), rng.randint(1, 5), rng.randint(1, 5)),
        "INFO [Partition %s-%d broker=%d] ISR updated to 1,2,3 and version updated to %d (kafka.cluster.Partition)" % (topic, part, rng.randint(1, 5), rng.randint(1, 900)),
        "INFO [UnifiedLog partition=%s-%d, dir=/var/lib/kafka/data] Deleting segment LogSegment(baseOffset=%d, size=%d, lastModifiedTime=%d, largestRecordTimestamp=Some(%d)) due to retention time 604800000ms breach (kafka.log.UnifiedLog)" % (topic, part, rng.randint(10 ** 6, 10 ** 9), rng.randint(10 ** 6, 10 ** 9), epoch(d) * 1000 - 604900000, epoch(d) * 1000 - 605000000),
        "INFO [KafkaServer id=%d] started (kafka.server.KafkaServer)" % rng.randint(1, 5),
    ]
    return [C("kafka", "[%s] %s" % (javats(d), rng.choice(msgs)))]


def f_zookeeper():
    d = tick()
    myid = rng.randint(1, 3)
    msgs = [
        "INFO  [QuorumPeer[myid=%d](plain=[0:0:0:0:0:0:0:0]:2181)(secure=disabled):Follower@79] - FOLLOWING - LEADER ELECTION TOOK - %d MS" % (myid, rng.randint(20, 900)),
        "INFO  [SyncThread:%d:FileTxnLog@284] - Creating new log file: log.%x" % (myid, rng.randint(0x100000000, 0x1ffffffff)),
        "WARN  [NIOWorkerThread-%d:NIOServerCnxn@380] - Unexpected exception EndOfStreamException: Unable to read additional data from client, it probably closed the socket: address = /%s:%d, session = 0x%x" % (rng.randint(1, 16), priv_ip(), rng.randint(32768, 60999), rng.randint(2 ** 56, 2 ** 60)),
        "INFO  [SessionTracker:ZooKeeperServer@628] - Expiring session 0x%x, timeout of 40000ms exceeded" % rng.randint(2 ** 56, 2 ** 60),
        "INFO  [main:QuorumPeerConfig@174] - Reading configuration from: /conf/zoo.cfg",
    ]
    return [C("zookeeper", "%s [myid:%d] - %s" % (javats(d), myid, rng.choice(msgs)))]


def f_jvm_gc():
    d = tick()
    up = rng.random() * 90000
    gc = rng.randint(10, 9000)
    h = "[%s][%.3fs]" % (d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d+0000" % (d.microsecond // 1000), up)
    a, b = rng.randint(400, 1900), rng.randint(100, 390)
    msgs = [
        "[info][gc] GC(%d) Pause Young (Normal) (G1 Evacuation Pause) %dM->%dM(2048M) %.3fms" % (gc, a, b, rng.random() * 40),
        "[info][gc,heap] GC(%d) Eden regions: %d->0(%d)" % (gc, rng.randint(20, 120), rng.randint(20, 120)),
        "[info][gc,metaspace] GC(%d) Metaspace: %dK(%dK)->%dK(%dK) NonClass: %dK(%dK)" % (gc, rng.randint(90000, 99000), rng.randint(99000, 101000), rng.randint(90000, 99000), rng.randint(99000, 101000), rng.randint(80000, 90000), rng.randint(90000, 92000)),
        "[info][gc] GC(%d) Pause Remark %dM->%dM(2048M) %.3fms" % (gc, a, b, rng.random() * 20),
        "[info][gc,cpu] GC(%d) User=0.%02ds Sys=0.00s Real=0.0%ds" % (gc, rng.randint(0, 99), rng.randint(0, 9)),
        "[warning][gc,alloc] %s: Retried waiting for GCLocker too often allocating %d words" % (rng.choice(["http-nio-8080-exec-7", "kafka-producer-network-thread", "CassandraDaemon"]), rng.randint(100, 99999)),
    ]
    return [C("jvm_gc", h + rng.choice(msgs))]


JAVA_FRAMES = [
    "com.fasterxml.jackson.databind.DeserializationContext.reportInputMismatch(DeserializationContext.java:1752)",
    "com.fasterxml.jackson.databind.ObjectMapper._readMapAndClose(ObjectMapper.java:4825)",
    "org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)",
    "org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:1089)",
    "org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator.doTranslate(SQLErrorCodeSQLExceptionTranslator.java:243)",
    "org.hibernate.engine.jdbc.spi.SqlExceptionHelper.convert(SqlExceptionHelper.java:113)",
    "org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:174)",
    "org.apache.tomcat.util.threads.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:659)",
    "com.datastax.oss.driver.internal.core.cql.CqlRequestHandler.setFinalError(CqlRequestHandler.java:293)",
    "org.apache.cassandra.db.ReadCommand.executeLocally(ReadCommand.java:412)",
    "com.mirth.connect.donkey.server.channel.Channel.dispatchRawMessage(Channel.java:1244)",
    "com.mirth.connect.connectors.tcp.TcpReceiver$1.call(TcpReceiver.java:446)",
    "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator.onJoinComplete(ConsumerCoordinator.java:340)",
    "io.netty.channel.nio.NioEventLoop.run(NioEventLoop.java:569)",
    "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
    "java.base/java.lang.Thread.run(Thread.java:840)",
    "com.example.rx.inventory.LotExpiryService.reconcile(LotExpiryService.java:118)",
    "com.example.scheduling.RoomAllocator.assign(RoomAllocator.java:77)",
]
JAVA_EXC = [
    'com.fasterxml.jackson.databind.exc.MismatchedInputException: Cannot deserialize value of type `java.time.LocalDate` from String "2024-13-01": Text \'2024-13-01\' could not be parsed',
    "java.net.SocketTimeoutException: Read timed out",
    "org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [uk_ndc_lot]",
    "com.datastax.oss.driver.api.core.servererrors.ReadTimeoutException: Cassandra timeout during read query at consistency LOCAL_QUORUM (2 responses were required but only 1 replica responded)",
    "java.lang.IllegalStateException: Lot B23K881 expired on 2024-02-29; cannot allocate",
    "org.apache.kafka.common.errors.TimeoutException: Topic hl7-inbound not present in metadata after 60000 ms.",
    "java.lang.NullPointerException: Cannot invoke \"com.example.scheduling.Room.getNumber()\" because \"slot.room\" is null",
    "javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target",
]


def f_java_trace():
    d = tick()
    out = [C("java_trace", "%s.%03d ERROR 1 --- [%s] %s : %s" % (
        d.strftime("%Y-%m-%d %H:%M:%S"), d.microsecond // 1000,
        rng.choice(["nio-8080-exec-7", "kafka-consumer-3", "scheduling-1", "pool-4-thread-2"]),
        rng.choice(["o.a.c.c.C.[.[.[/].[dispatcherServlet]", "c.e.rx.inventory.LotExpiryService", "o.h.engine.jdbc.spi.SqlExceptionHelper"]),
        rng.choice(["Servlet.service() for servlet [dispatcherServlet] threw exception", "Unexpected error during reconcile run 50231", "Job failed, Will retry in 30s"])))]
    out.append(C("java_trace", rng.choice(JAVA_EXC)))
    for f in rng.sample(JAVA_FRAMES, rng.randint(3, 6)):
        out.append(C("java_trace", "\tat " + f))
    if rng.random() < 0.5:
        out.append(C("java_trace", "Caused by: " + rng.choice(JAVA_EXC)))
        out.append(C("java_trace", "\t... %d common frames omitted" % rng.randint(8, 120)))
    return out


def f_go_panic():
    g = rng.randint(1, 9000)
    out = [C("go_panic", rng.choice(["panic: runtime error: invalid memory address or nil pointer dereference",
                                     "panic: runtime error: index out of range [3] with length 3",
                                     "fatal error: concurrent map writes",
                                     "panic: send on closed channel"]))]
    if out[0].text().startswith("panic: runtime error: invalid"):
        out.append(C("go_panic", "[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x%x]" % rng.randint(0x400000, 0xffffff)))
    out.append(C("go_panic", "goroutine %d [running]:" % g))
    frames = [("github.com/example-health/scheduler/internal/rooms.(*Allocator).Assign(0xc%09x, {0x%x, 0xc%09x})", "/src/internal/rooms/alloc.go:%d +0x%x"),
              ("github.com/example-health/rx/inventory.(*Reconciler).Run(0xc%09x, {0x%x, 0xc%09x})", "/src/inventory/reconcile.go:%d +0x%x"),
              ("github.com/segmentio/kafka-go.(*Reader).run(0xc%09x, {0x%x, 0xc%09x})", "/go/pkg/mod/github.com/segmentio/kafka-go@v0.4.47/reader.go:%d +0x%x"),
              ("net/http.HandlerFunc.ServeHTTP(0xc%09x, {0x%x, 0xc%09x})", "/usr/local/go/src/net/http/server.go:%d +0x%x")]
    for fn, loc in rng.sample(frames, rng.randint(2, 4)):
        out.append(C("go_panic", fn % (rng.randint(0, 16 ** 9 - 1), rng.randint(0x1000000, 0x2ffffff), rng.randint(0, 16 ** 9 - 1))))
        out.append(C("go_panic", "\t" + loc % (rng.randint(20, 2200), rng.randint(0x10, 0x4ff))))
    out.append(C("go_panic", "created by net/http.(*Server).Serve in goroutine %d" % rng.randint(1, 40)))
    if rng.random() < 0.5:
        out.append(C("go_panic", "goroutine %d [select, %d minutes]:" % (rng.randint(1, 9000), rng.randint(1, 90))))
    out.append(C("go_panic", "exit status 2"))
    return out


def f_python_tb():
    d = tick()
    out = [C("python_tb", "%s ERROR [celery.app.trace] Task %s[%s] raised unexpected: %s" % (
        javats(d), rng.choice(["tasks.refresh_formulary", "tasks.sync_codesets", "tasks.rotate_keys", "tasks.purge_hl7_queue"]), uid(),
        rng.choice(["HTTPError('503 Server Error')", "OperationalError('server closed the connection unexpectedly')", "KeyError('ndc')"])))]
    out.append(C("python_tb", "Traceback (most recent call last):"))
    fr = [('  File "/usr/local/lib/python3.11/site-packages/celery/app/trace.py", line 477, in trace_task', "    R = retval = fun(*args, **kwargs)"),
          ('  File "/app/worker/tasks.py", line %d, in refresh_formulary' % rng.randint(50, 400), "    resp.raise_for_status()"),
          ('  File "/app/worker/codesets.py", line %d, in load_icd10' % rng.randint(20, 300), "    rows = list(csv.DictReader(fh))"),
          ('  File "/usr/local/lib/python3.11/site-packages/psycopg2/extras.py", line 236, in execute', "    return super().execute(query, vars)")]
    for a, b in rng.sample(fr, rng.randint(2, 3)):
        out.append(C("python_tb", a))
        out.append(C("python_tb", b))
    out.append(C("python_tb", rng.choice([
        "requests.exceptions.HTTPError: 503 Server Error: Service Unavailable for url: https://formulary.internal.example.org/api/v1/sync?since=2024-03-01",
        "psycopg2.OperationalError: server closed the connection unexpectedly",
        "KeyError: 'ndc'",
        "ValueError: time data '2024-02-30' does not match format '%Y-%m-%d'",
        "redis.exceptions.ConnectionError: Error 111 connecting to redis-cache.platform.svc.cluster.local:6379. Connection refused."])))
    return out


def f_terraform():
    d = tick()
    msgs = [
        "Terraform v1.7.4 on linux_amd64",
        "- Installing hashicorp/aws v5.38.0...",
        "- Installed hashicorp/aws v5.38.0 (signed by HashiCorp)",
        "aws_db_instance.ehr_primary: Modifying... [id=ehr-primary-db]",
        "aws_db_instance.ehr_primary: Still modifying... [id=ehr-primary-db, %dm%ds elapsed]" % (rng.randint(0, 20), rng.randint(0, 59)),
        "module.vpc.aws_subnet.private[%d]: Creation complete after 1s [id=subnet-0%s]" % (rng.randint(0, 2), hx(16)),
        "Plan: %d to add, %d to change, %d to destroy." % (rng.randint(0, 9), rng.randint(0, 5), rng.randint(0, 2)),
        "aws_iam_role_policy_attachment.ci_deployer: Refreshing state... [id=ci-deployer-%s]" % digits(20),
        "Apply complete! Resources: %d added, %d changed, 0 destroyed." % (rng.randint(0, 9), rng.randint(0, 9)),
        "aws_s3_bucket.ehr_backups: Refreshing state... [id=ehr-backups-prod-%s]" % rng.choice(ACCOUNTS),
        "module.eks.aws_eks_node_group.this[\"general\"]: Modifications complete after 8m12s [id=prod-eks:general-2024030112]",
    ]
    return [C("terraform", rng.choice(msgs))]


def f_ansible():
    h = node()
    msgs = [
        "TASK [nginx : template nginx.conf] %s" % ("*" * 40),
        "changed: [%s]" % h,
        "ok: [%s] => (item=mirth-connect)" % h,
        "PLAY RECAP %s" % ("*" * 60),
        "%s : ok=%d changed=%d unreachable=0 failed=0 skipped=%d rescued=0 ignored=0" % (h, rng.randint(5, 60), rng.randint(0, 9), rng.randint(0, 9)),
        "fatal: [%s]: UNREACHABLE! => {\"changed\": false, \"msg\": \"Failed to connect to the host via ssh: ssh: connect to host %s port 22: Connection timed out\", \"unreachable\": true}" % (h, h),
        "TASK [postgres : ensure GRANT on pharmacy schema] %s" % ("*" * 24),
        "skipping: [%s] => (item={'name': 'cassandra', 'version': '4.1.4'})" % h,
    ]
    return [C("ansible", rng.choice(msgs))]


def f_ci():
    d = tick()
    app = rng.choice(APPS)
    msgs = [
        "Run #%d (build %s.%d) finished: SUCCESS in %dm%02ds" % (rng.randint(10000, 99999), d.strftime("%Y.%m.%d"), rng.randint(1, 20), rng.randint(1, 40), rng.randint(0, 59)),
        "Step %d/12 : RUN pip install --no-cache-dir -r requirements.txt" % rng.randint(1, 12),
        "Successfully built %s" % hx(12),
        "Pushed registry.internal/%s:%s-rc.%d@sha256:%s" % (app, semver(), rng.randint(1, 9), hx(64)),
        "npm WARN deprecated har-validator@5.1.5: this library is no longer supported",
        "Tests: %d passed, %d skipped, 0 failed, %d total  Time: %.2fs" % (rng.randint(200, 3000), rng.randint(0, 9), rng.randint(200, 3000), rng.random() * 200),
        "[INFO] Building %s %s-SNAPSHOT" % (app, semver()),
        "[INFO] Downloaded from central: https://repo.maven.apache.org/maven2/com/fasterxml/jackson/core/jackson-databind/2.16.1/jackson-databind-2.16.1.jar (1.6 MB at 12 MB/s)",
        "Bundler: Using ruby 3.3.0, rails 7.1.3, pearl 0.4.2",
        "##[group]Run actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11",
        "coverage: %.1f%% of statements (threshold 80%%)" % (60 + rng.random() * 35),
        "Deployed %s %s to prod (%s) at %s by pipeline %d" % (app, semver(), rng.choice(REGIONS), d.strftime("%Y-%m-%d"), rng.randint(100000, 999999)),
        "trivy: %s:%s  Total: %d (CRITICAL: %d, HIGH: %d) CVE-2024-21626 fixed in runc 1.1.12" % (app, semver(), rng.randint(0, 40), rng.randint(0, 2), rng.randint(0, 9)),
    ]
    return [C("ci", rng.choice(msgs))]


COMMIT_MSGS = ["fix(scheduler): handle DST shift in room allocation", "chore: bump jackson-databind to 2.16.1",
               "feat(rx): quarantine recalled lots automatically", "refactor: move Mirth channel config to Helm",
               "docs: update on-call runbook for Kafka rebalance", "fix: redact MRN from debug logs",
               "ci: cache Maven deps", "feat(fhir): add CapabilityStatement for R4", "chore(deps): update Spring Boot to 3.2.3",
               "fix(billing): round CPT fee schedule to cents"]


def f_git():
    d = tick()
    nm, em = rng.choice(DEVS)
    r = rng.random()
    if r < 0.4:
        return [C("git", "%s %s %s: %s (#%d)" % (hx(7), d.strftime("%Y-%m-%d"), nm, rng.choice(COMMIT_MSGS), rng.randint(100, 4000)))]
    if r < 0.7:
        return [C("git", "commit %s" % hx(40)), C("git", "Author: %s <%s>" % (nm, em)),
                C("git", "Date:   %s +0000" % d.strftime("%a %b %d %H:%M:%S %Y")),
                C("git", "    %s" % rng.choice(COMMIT_MSGS))]
    if r < 0.85:
        return [C("git", "Merge pull request #%d from example-health/%s/%s" % (rng.randint(100, 4000), nm.split()[0].lower(), rng.choice(["dst-fix", "rx-recall", "mirth-helm", "bump-deps"])))]
    nm2 = rng.choice(DEVS)
    return [C("git", "    Co-authored-by: %s <%s>" % nm2), C("git", "    Reviewed-by: %s" % nm)]


def f_cloudtrail():
    d = tick()
    ac = rng.choice(ACCOUNTS)
    ev = rng.choice([("s3.amazonaws.com", "PutObject", {"bucketName": "ehr-backups-prod", "key": "pg/%s/base.tar.zst" % d.strftime("%Y-%m-%d")}),
                     ("kms.amazonaws.com", "Decrypt", {"encryptionContext": {"aws:rds:db-id": "ehr-primary-db"}, "encryptionAlgorithm": "SYMMETRIC_DEFAULT"}),
                     ("sts.amazonaws.com", "AssumeRole", {"roleArn": "arn:aws:iam::%s:role/ci-deployer" % ac, "roleSessionName": "gh-actions-%d" % rng.randint(10 ** 9, 10 ** 10 - 1)}),
                     ("ec2.amazonaws.com", "DescribeInstances", None),
                     ("rds.amazonaws.com", "CreateDBSnapshot", {"dBSnapshotIdentifier": "ehr-primary-%s" % d.strftime("%Y%m%d"), "dBInstanceIdentifier": "ehr-primary-db"})])
    rec = {"eventVersion": "1.09", "userIdentity": {"type": "AssumedRole", "principalId": "AROA%s:%s" % ("".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(17)), rng.choice(["ci-deployer", "backup-runner", "i-0%s" % hx(16)])),
                                                    "arn": "arn:aws:sts::%s:assumed-role/ci-deployer/gh-actions" % ac, "accountId": ac},
           "eventTime": iso_s(d), "eventSource": ev[0], "eventName": ev[1], "awsRegion": rng.choice(REGIONS),
           "sourceIPAddress": rng.choice([priv_ip(), "ec2.amazonaws.com", priv_ip()]), "userAgent": rng.choice(["aws-sdk-go-v2/1.25.2", "aws-cli/2.15.21 Python/3.11.6", "Boto3/1.34.51"]),
           "requestParameters": ev[2], "requestID": uid(), "eventID": uid(), "readOnly": ev[1].startswith("Describe"), "recipientAccountId": ac}
    return [C("cloudtrail", json.dumps(rec, separators=(",", ":")))]


def f_elb():
    d = tick()
    ac = rng.choice(ACCOUNTS)
    reg = rng.choice(REGIONS)
    tgt = priv_ip()
    path = rng.choice(PATHS)
    return [C("elb", 'h2 %s app/prod-int-alb/%s %s:%d %s:8080 0.001 %.3f 0.000 200 200 %d %d "GET https://api.example-health.org:443%s HTTP/2.0" "%s" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:%s:%s:targetgroup/api/%s "Root=1-%08x-%s" "api.example-health.org" "arn:aws:acm:%s:%s:certificate/%s" 0 %s "forward" "-" "-" "%s:8080" "200" "-" "-"' % (
        d.strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % d.microsecond, hx(16), priv_ip(), rng.randint(32768, 60999), tgt,
        rng.random() / 5, rng.randint(100, 900), rng.randint(100, 90000), path, rng.choice(UAS), reg, ac, hx(16),
        epoch(d), hx(24), reg, ac, uid(), iso(d), tgt))]


def f_vpc_flow():
    d = tick()
    s = epoch(d)
    return [C("vpc_flow", "2 %s eni-0%s %s %s %d %d 6 %d %d %d %d %s OK" % (
        rng.choice(ACCOUNTS), hx(16), priv_ip(), priv_ip(), rng.randint(32768, 60999),
        rng.choice([5432, 443, 6379, 9092, 2181, 3306, 8443, 30521, 10250]), rng.randint(1, 400), rng.randint(40, 900000),
        s - 60, s, rng.choice(["ACCEPT", "ACCEPT", "ACCEPT", "REJECT"])))]


def colon_hex(n):
    return ":".join("%02X" % rng.randint(0, 255) for _ in range(n))


def f_tls():
    d = tick()
    exp = future_date()
    msgs = [
        "cert-manager: Certificate %s/api-tls is due for renewal at %sT00:00:00Z" % (rng.choice(NAMESPACES), exp),
        "x509: certificate has expired or is not yet valid: current time %s is after 2024-02-29T23:59:59Z" % iso_s(d),
        "        Serial Number: %s" % colon_hex(16).lower(),
        "SHA256 Fingerprint=%s" % colon_hex(32),
        "notAfter=%s GMT" % datetime.datetime.strptime(exp, "%Y-%m-%d").strftime("%b %e %H:%M:%S %Y"),
        "issuer=C = US, O = Let's Encrypt, CN = R3",
        "subject=CN = *.ehr.example-health.org",
        "cert-expiry-exporter: cn=mirth.int.example-health.org serial=%s days_left=%d not_after=%s" % (hx(32), rng.randint(3, 400), exp),
        "openssl: verify return:1 depth=2 C = US, O = Internet Security Research Group, CN = ISRG Root X1",
        "acme: order %d for fhir.example-health.org finalized, certificate valid until %s" % (rng.randint(10 ** 9, 10 ** 10 - 1), exp),
    ]
    return [C("tls", rng.choice(msgs))]


def f_cron_backup():
    d = tick()
    msgs = [
        "%s %s CRON[%d]: (postgres) CMD (/usr/local/bin/pg_backup.sh --target s3://ehr-backups-prod/pg/)" % (sysl(d), node().split(".")[0], rng.randint(1000, 60000)),
        "%s backup: pg_basebackup completed: %.1f GiB in 00:%02d:%02d, wal start 3A/%08X" % (iso(d), rng.random() * 90, rng.randint(5, 59), rng.randint(0, 59), rng.randint(0, 2 ** 32 - 1)),
        "%s restic: snapshot %s saved: %d files, %.3f GiB added, %d unchanged" % (iso(d), hx(8), rng.randint(100, 90000), rng.random() * 9, rng.randint(1000, 900000)),
        "%s backup-verify: restore test of snapshot %s OK (sha256 %s)" % (iso(d), (d - datetime.timedelta(days=1)).strftime("%Y-%m-%d"), hx(64)),
        "%s %s CRON[%d]: (root) CMD (/usr/sbin/logrotate /etc/logrotate.conf)" % (sysl(d), node().split(".")[0], rng.randint(1000, 60000)),
        "%s retention: pruned %d snapshots older than 35 days; next run May 1" % (iso(d), rng.randint(1, 40)),
        "%s cronjob/may-reports: last schedule %s, active=0, succeeded=%d" % (iso(d), iso_s(d - datetime.timedelta(hours=rng.randint(1, 20))), rng.randint(1, 400)),
    ]
    return [C("cron_backup", rng.choice(msgs))]


def f_metrics():
    d = tick()
    app = rng.choice(APPS)
    msgs = [
        "metrics service=%s endpoint=/v1/%s method=GET count=%d p50=%dms p95=%dms p99=%dms errors=%d window=60s" % (app, rng.choice(["claims", "rooms", "formulary", "orders"]), rng.randint(100, 90000), rng.randint(2, 30), rng.randint(30, 200), rng.randint(100, 2000), rng.randint(0, 40)),
        "%s.latency.p99:%d|ms|#region:%s,dc:%s" % (app.replace("-", "_"), rng.randint(10, 900), rng.choice(REGIONS), rng.choice(DCS).lower()),
        'http_requests_total{job="%s",code="200",instance="%s:9090"} %d %d' % (app, priv_ip(), rng.randint(10 ** 5, 10 ** 8), epoch(d) * 1000),
        "%s INFO stats: latency=%dms qps=%.1f heap_used=%dMi goroutines=%d uptime=%ds" % (iso(d), rng.randint(1, 400), rng.random() * 900, rng.randint(100, 2000), rng.randint(10, 5000), rng.randint(1000, 9999999)),
        "pgbouncer: stats: %d xacts/s, %d queries/s, in %d B/s, out %d B/s, xact %d us, query %d us, wait %d us" % (rng.randint(10, 900), rng.randint(10, 2000), rng.randint(10 ** 4, 10 ** 6), rng.randint(10 ** 4, 10 ** 7), rng.randint(100, 90000), rng.randint(100, 9000), rng.randint(0, 900)),
        "kafka_consumergroup_lag{group=\"claims-consumer\",topic=\"claims-events\",partition=\"%d\"} %d" % (rng.randint(0, 23), rng.randint(0, 90000)),
        "%s slo: availability 30d=%.3f%% budget_remaining=%.1f%% dc=%s" % (iso(d), 99 + rng.random(), rng.random() * 100, rng.choice(DCS)),
    ]
    return [C("metrics", rng.choice(msgs))]


FLAGS = ["new-scheduler-ui", "rose-theme", "pearl-export-v2", "ruby-sidekiq-migration", "grant-approval-flow",
         "may-release-banner", "hunter-anomaly-detect", "cassandra-read-repair", "kafka-idempotent-producer"]


def f_feature_flag():
    d = tick()
    fl = rng.choice(FLAGS)
    msgs = [
        "%s flag evaluated key=%s variant=%s rollout=%d%% env=prod ruleset_version=%d" % (iso(d), fl, rng.choice(["on", "off", "control", "treatment-b"]), rng.choice([0, 5, 10, 25, 50, 100]), rng.randint(1, 400)),
        "%s LaunchDarkly: flag '%s' updated by %s (change %s)" % (iso(d), fl, rng.choice(ROLE_EMAILS), ulid(d)),
        "%s unleash: toggle '%s' enabled for strategy gradualRollout groupId=default percentage=%d" % (iso(d), fl, rng.choice([5, 10, 25])),
        "%s flagd: sync complete source=configmap/flags revision=%s flags=%d" % (iso(d), hx(12), rng.randint(10, 200)),
    ]
    return [C("feature_flag", rng.choice(msgs))]


def f_pharmacy():
    d = tick()
    ndc, nm = rng.choice(DRUGS)
    msgs = [
        "%s pharmacy-inventory: NDC %s (%s) lot %s exp %s qty_on_hand=%d par=%d location=MAIN-PHARM-%s%d" % (iso(d), ndc, nm, lot(), future_date(), rng.randint(0, 900), rng.choice([100, 200, 600]), rng.choice("ABC"), rng.randint(1, 9)),
        "%s formulary update v2024.03: added NDC %s %s tier=%d prior_auth=%s" % (iso(d), ndc, nm, rng.randint(1, 4), rng.choice(["false", "true"])),
        "%s recall notice: lot %s of %s (NDC %s) quarantined, %d units, manufacturer ref RCL-%d" % (iso(d), lot(), nm, ndc, rng.randint(1, 400), rng.randint(10000, 99999)),
        "%s pyxis-sync: cabinet ICU-%d drawer %d restocked %s x%d (lot %s, exp %s)" % (iso(d), rng.randint(1, 8), rng.randint(1, 12), nm, rng.randint(1, 40), lot(), future_date()),
        "%s rx-inventory: PO %d received from McKesson DC Memphis, %d lines, invoice %d" % (iso(d), rng.randint(10 ** 9, 10 ** 10 - 1), rng.randint(1, 80), rng.randint(10 ** 8, 10 ** 9 - 1)),
        "%s pharmacy-inventory: expiring within 30d: %d lots; earliest %s (NDC %s)" % (iso(d), rng.randint(1, 40), (d + datetime.timedelta(days=rng.randint(1, 30))).strftime("%Y-%m-%d"), ndc),
    ]
    return [C("pharmacy", rng.choice(msgs))]


def f_clinic_schedule():
    d = tick()
    cl = rng.choice(CLINICS)
    room = "%d%s" % (rng.randint(1, 6), rng.choice("ABCD")) if rng.random() < 0.5 else str(rng.randint(100, 520))
    h = rng.randint(7, 15)
    day = (datetime.date(2024, 3, 1) + datetime.timedelta(days=rng.randint(1, 30))).isoformat()
    msgs = [
        "%s schedule: clinic=%s room=%s %02d:00-%02d:00 provider_role=%s slots=%d booked=0 template=NEWPT-30" % (iso(d), cl, room, h, h + 4, rng.choice(ROLES), rng.randint(8, 24)),
        "%s on-call rota %s: %s (night) pager group %d, Charge Nurse East Wing, backup: %s" % (iso(d), day, rng.choice(["Hospitalist", "Attending", "Fellow"]), rng.randint(1, 20), rng.choice(ROLES)),
        "%s rooms: room %s blocked %02d:00-%02d:00 reason=terminal cleaning" % (iso(d), room, h, h + 2),
        "%s scheduler: template %s-AM published for week of %s (%d slots, %d rooms)" % (iso(d), cl.upper().replace(" ", "_"), day, rng.randint(40, 300), rng.randint(2, 12)),
        "%s scheduler: %s clinic closed %s (holiday), %d slots released" % (iso(d), cl, day, rng.randint(10, 90)),
        "%s staffing: %s Resident coverage Rose Pavilion 4 East %02d:00-%02d:00" % (iso(d), cl, h, h + 8),
    ]
    return [C("clinic_schedule", rng.choice(msgs))]


def hl7ts(d):
    return d.strftime("%Y%m%d%H%M%S")


def f_hl7():
    d = tick()
    cid = "MSG%08d" % rng.randint(1, 99999999)
    msgs = [
        "MSH|^~\\&|MIRTH|HOSP_A|EPIC|HOSP_A|%s||ACK^%s^ACK|%s|P|2.5.1" % (hl7ts(d), rng.choice(["A01", "A04", "A08", "O01", "R01"]), cid),
        "MSA|%s|%s|%s" % (rng.choice(["AA", "AA", "AE", "AR"]), cid, rng.choice(["Message accepted", "Required field missing: PID-3", "Application internal error"])),
        "ERR|||207^Application internal error^HL70357||E|||Unsupported trigger event",
        "%s INFO  [Channel Dispatch Thread on ADT_IN (%s) < pool-1-thread-%d] com.mirth.connect.donkey.server.channel.Channel: channel ADT_IN processed message %d in %dms" % (javats(d), uid(), rng.randint(1, 8), rng.randint(1000, 999999), rng.randint(1, 300)),
        "%s WARN  [TCP Receiver Thread on LAB_ORU (%s)] c.m.c.c.tcp.TcpReceiver: MLLP connection from %s:%d closed by peer" % (javats(d), uid(), priv_ip(), rng.randint(32768, 60999)),
        "MSH|^~\\&|LAB|HOSP_A|MIRTH|HOSP_A|%s||ACK|%s|P|2.3" % (hl7ts(d), cid),
    ]
    return [C("hl7", rng.choice(msgs))]


def f_fhir():
    r = rng.random()
    if r < 0.4:
        obj = {"resourceType": "CapabilityStatement", "status": "active", "date": "2024-03-01", "publisher": "Example Health IT",
               "kind": "instance", "fhirVersion": "4.0.1", "format": ["json", "xml"],
               "rest": [{"mode": "server", "resource": [{"type": rng.choice(["Patient", "Observation", "Encounter"]), "interaction": [{"code": "read"}, {"code": "search-type"}],
                                                         "searchParam": [{"name": "birthdate", "type": "date"}, {"name": "identifier", "type": "token"}]}]}]}
    elif r < 0.75:
        code, disp = rng.choice(ICD)
        obj = {"resourceType": "ValueSet", "id": "chronic-conditions", "url": "http://example-health.org/fhir/ValueSet/chronic-conditions",
               "version": "2024.03", "status": "active", "compose": {"include": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "concept": [{"code": code, "display": disp}]}]}}
    else:
        code, disp = rng.choice(LOINC)
        obj = {"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "not-found",
                                                              "diagnostics": "Unknown code '%s' in system http://loinc.org (%s) for ValueSet $validate-code" % (code, disp)}]}
    return [C("fhir", json.dumps(obj, separators=(",", ":")))]


def f_codes():
    d = tick()
    ic, idisp = rng.choice(ICD)
    cp, cdisp = rng.choice(CPT)
    lo, ldisp = rng.choice(LOINC)
    msgs = [
        "%s code-sync: ICD-10-CM FY2024 loaded %d codes (%d new, %d deleted)" % (iso(d), rng.randint(74000, 74300), rng.randint(300, 400), rng.randint(20, 40)),
        "%s fee-schedule: CPT %s (%s) allowed $%d.%02d effective 2024-01-01" % (iso(d), cp, cdisp, rng.randint(10, 400), rng.randint(0, 99)),
        "%s terminology: LOINC %s \"%s\" mapped to local test code LAB%d" % (iso(d), lo, ldisp, rng.randint(1000, 9999)),
        "%s grouper: ICD-10 %s (%s) -> HCC %d v28" % (iso(d), ic, idisp, rng.randint(1, 190)),
        "%s claims-edit: NCCI pair %s/%s modifier 59 required; batch 20240301-%02d, %d claims affected" % (iso(d), cp, rng.choice(CPT)[0], rng.randint(1, 20), rng.randint(1, 400)),
    ]
    return [C("codes", rng.choice(msgs))]


def f_app_json():
    d = tick()
    app = rng.choice(APPS)
    r = rng.random()
    if r < 0.25:
        obj = {"ts": iso(d), "level": "info", "svc": app, "msg": "request completed", "request_id": uid(), "trace_id": hx(32), "span_id": hx(16),
               "method": "GET", "path": rng.choice(PATHS), "status": 200, "latency_ms": rng.randint(1, 900), "remote": priv_ip()}
    elif r < 0.45:
        obj = {"ts": iso(d), "level": "info", "svc": "scheduler", "msg": "room allocation complete", "clinic": rng.choice(CLINICS),
               "rooms": rng.randint(1, 20), "date": (d + datetime.timedelta(days=3)).strftime("%Y-%m-%d"), "job_id": ulid(d)}
    elif r < 0.6:
        obj = {"ts": iso(d), "level": "warn", "svc": "notify-worker", "msg": "email bounce from role mailbox", "to": rng.choice(ROLE_EMAILS),
               "smtp_code": 550, "message_id": "<%s@mail.example-health.org>" % hx(20)}
    elif r < 0.75:
        obj = {"ts": iso(d), "level": "info", "svc": "order-service", "msg": "order shipped", "order_id": rng.randint(10 ** 9, 10 ** 10 - 1),
               "invoice": "%09d" % rng.randint(10 ** 8, 10 ** 9 - 1), "warehouse": "DC-%02d" % rng.randint(1, 12), "items": rng.randint(1, 40),
               "zone": rng.choice(REGIONS)}
    elif r < 0.87:
        obj = {"ts": iso(d), "level": "info", "svc": "census", "msg": "daily census snapshot", "unit": rng.choice(["4 East", "ICU", "Maternity", "Rose Pavilion 2"]),
               "occupied": rng.randint(5, 40), "capacity": 40, "avg_los_days": round(rng.random() * 8, 1), "report_date": (d - datetime.timedelta(days=1)).strftime("%Y-%m-%d")}
    else:
        obj = {"ts": iso(d), "level": "error", "svc": app, "msg": "upstream unavailable", "upstream": "%s.%s.svc.cluster.local:%d" % (rng.choice(APPS), rng.choice(NAMESPACES), rng.choice([8080, 50051])),
               "attempt": rng.randint(1, 5), "retry_in": "30s", "dc": rng.choice(DCS), "region": rng.choice(REGIONS)}
    return [C("app_json", json.dumps(obj, ensure_ascii=False))]


def f_smtp():
    d = tick()
    qid = "".join(rng.choice("0123456789ABCDEF") for _ in range(10))
    msgs = [
        "%s mail-01 postfix/smtp[%d]: %s: to=<%s>, relay=email-smtp.%s.amazonaws.com[%s]:587, delay=%.2f, delays=0.01/0/0.2/0.3, dsn=2.0.0, status=sent (250 Ok %s)" % (sysl(d), rng.randint(1000, 60000), qid, rng.choice(ROLE_EMAILS), rng.choice(REGIONS), priv_ip(), rng.random(), hx(40)),
        "%s alertmanager: level=info component=dispatcher msg=\"Notify success\" receiver=%s integration=email[0] attempts=1 to=%s" % (iso(d), rng.choice(["oncall-pager", "dba", "pharmacy-ops"]), rng.choice(ROLE_EMAILS)),
        "%s mail-01 postfix/qmgr[%d]: %s: from=<%s>, size=%d, nrcpt=1 (queue active)" % (sysl(d), rng.randint(1000, 60000), qid, rng.choice(ROLE_EMAILS), rng.randint(1000, 90000)),
    ]
    return [C("smtp", rng.choice(msgs))]


def f_misc_ids():
    d = tick()
    msgs = [
        "%s worker=%s job=%d took=%dms epoch=%d next_run=%d" % (iso(d), pod("billing-worker"), rng.randint(10000, 99999), rng.randint(1, 9000), epoch(d), epoch(d) + 3600),
        "%s idempotency key %s accepted, order %d (%d items) ref %09d" % (iso(d), uid(), rng.randint(10 ** 9, 10 ** 10 - 1), rng.randint(1, 9), rng.randint(10 ** 8, 10 ** 9 - 1)),
        "%s listening on :%d (metrics on :%d) build=%s commit=%s dc=%s" % (iso(d), rng.choice([30521, 31007, 32100, 18080]), rng.choice([9090, 19090]), d.strftime("%Y%m%d") + "." + str(rng.randint(1, 30)), hx(7), rng.choice(DCS)),
        "%s trace %s span %s parent %s sampled=1 service=%s" % (iso(d), hx(32), hx(16), hx(16), rng.choice(APPS)),
        "%s ulid=%s batch=%05d records=%d checksum=crc32:%08x" % (iso(d), ulid(d), rng.randint(10000, 99999), rng.randint(1, 90000), rng.randint(0, 2 ** 32 - 1)),
        "%s quota: account %s region %s vCPU used %d/%d" % (iso(d), rng.choice(ACCOUNTS), rng.choice(REGIONS), rng.randint(10, 900), 1000),
        "%s ticket OPS-%d opened by alerts@example-health.org: disk usage 91%% on %s" % (iso(d), rng.randint(1000, 9999), node()),
    ]
    return [C("misc", rng.choice(msgs))]


CLEAN = [(f_nginx_error, 5), (f_nginx_access, 5), (f_apache_error, 3), (f_haproxy, 4), (f_envoy, 4),
         (f_k8s_event, 5), (f_kubelet, 4), (f_journald, 5), (f_postgres, 6), (f_mysql, 3), (f_redis, 3),
         (f_kafka, 4), (f_zookeeper, 2), (f_jvm_gc, 3), (f_java_trace, 1), (f_go_panic, 1), (f_python_tb, 1),
         (f_terraform, 3), (f_ansible, 3), (f_ci, 4), (f_git, 4), (f_cloudtrail, 3), (f_elb, 3), (f_vpc_flow, 3),
         (f_tls, 4), (f_cron_backup, 4), (f_metrics, 5), (f_feature_flag, 3), (f_pharmacy, 5),
         (f_clinic_schedule, 4), (f_hl7, 4), (f_fhir, 3), (f_codes, 3), (f_app_json, 6), (f_smtp, 3), (f_misc_ids, 4)]


# ================================================================ PHI FAMILIES
def p_app_booking():
    d, P = tick(), Person()
    return [T("app_json", '{"ts":"<<ts>>","level":"info","svc":"portal-web","msg":"appointment booked","patient":{"name":"<<nm:name>>","dob":"<<dob:date>>","mrn":"<<mrn:mrn>>"},"clinic":"<<cl>>","appt_date":"<<ad:date>>","request_id":"<<rid>>"}',
              ts=iso(d), nm=P.name(), dob=P.dob_fmt(0), mrn=P.mrn, cl=rng.choice(CLINICS), ad=appt_date(), rid=uid())]


def p_nginx_access():
    d, P = tick(), Person()
    return [T("nginx_access", '<<ip:ip>> - - [<<ts>>] "GET /portal/api/v1/records?mrn=<<mrn:mrn>>&section=labs HTTP/1.1" 200 <<sz>> "https://portal.example-health.org/records" "<<ua>>" rt=<<rt>>',
              ip=pub_ip(), ts=clf(d), mrn=P.mrn, sz=rng.randint(900, 90000), ua=UAS[-1], rt="%.3f" % rng.random())]


def p_elb():
    d, P = tick(), Person()
    ac, reg = rng.choice(ACCOUNTS), rng.choice(REGIONS)
    return [T("elb", 'https <<ts>> app/prod-portal-alb/<<lb>> <<ip:ip>>:<<port>> <<tgt>>:8080 0.000 0.041 0.000 200 200 412 318 "POST https://portal.example-health.org:443/api/v1/password-reset?email=<<em:email>> HTTP/1.1" "<<ua>>" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:<<reg>>:<<ac>>:targetgroup/portal/<<tg>> "Root=1-<<r1>>-<<r2>>" "portal.example-health.org" "-" 0 <<ts2>> "forward" "-" "-" "<<tgt>>:8080" "200" "-" "-"',
              ts=d.strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % d.microsecond, lb=hx(16), ip=pub_ip(), port=rng.randint(1024, 65000),
              tgt=priv_ip(), em=P.email, ua=UAS[-1], reg=reg, ac=ac, tg=hx(16), r1="%08x" % epoch(d), r2=hx(24), ts2=iso(d))]


def p_envoy():
    d, P = tick(), Person()
    return [T("envoy", '[<<ts>>] "GET /fhir/Patient?identifier=<<mrn:mrn>>&birthdate=<<dob:date>> HTTP/2" 200 - 0 <<sz>> <<ms>> <<ms2>> "<<ip:ip>>" "<<ua>>" "<<rid>>" "fhir-gateway.clinical.svc.cluster.local:8080" "<<up>>:8080"',
              ts=iso(d), mrn=P.mrn, dob=P.dob_fmt(0), sz=rng.randint(400, 9000), ms=rng.randint(5, 400), ms2=rng.randint(4, 390), ip=pub_ip(), ua=rng.choice(UAS), rid=uid(), up=priv_ip())]


def p_postgres():
    d, P = tick(), Person()
    pid = rng.randint(1000, 99999)
    r = rng.random()
    if r < 0.35:
        return [C("postgres", '%s [%d] ERROR:  duplicate key value violates unique constraint "patients_ssn_key"' % (pgts(d), pid)),
                T("postgres", "<<ts>> [<<pid>>] DETAIL:  Key (ssn)=(<<ssn:ssn>>) already exists.", ts=pgts(d), pid=pid, ssn="%s-%s-%s" % ssn_digits())]
    if r < 0.7:
        return [C("postgres", "%s [%d] ERROR:  value too long for type character varying(20)" % (pgts(d), pid)),
                T("postgres", "<<ts>> [<<pid>>] STATEMENT:  UPDATE patients SET phone = '<<ph:phone>>', email = '<<em:email>>' WHERE mrn = '<<mrn:mrn>>'",
                  ts=pgts(d), pid=pid, ph=phone_fmt(), em=P.email, mrn=P.mrn)]
    return [T("postgres", "<<ts>> [<<pid>>] LOG:  duration: <<ms>> ms  statement: SELECT * FROM patients WHERE last_name = '<<ln:name>>' AND birth_date = '<<dob:date>>'",
              ts=pgts(d), pid=pid, ms="%.3f" % (rng.random() * 9000), ln=P.last, dob=P.dob_fmt(0))]


def p_mysql():
    d, P = tick(), Person()
    return [C("mysql", "# Query_time: %.6f  Lock_time: 0.000091 Rows_sent: 1  Rows_examined: %d" % (rng.random() * 9, rng.randint(10000, 900000))),
            T("mysql", "SELECT id, member_id FROM members WHERE first_name = '<<fn:name>>' AND last_name = '<<ln:name>>' AND zip = '<<zp:zip>>';",
              fn=P.first, ln=P.last, zp=P.zip)]


def p_java():
    d, P = tick(), Person()
    out = [C("java_trace", "%s.%03d ERROR 1 --- [nio-8080-exec-%d] c.e.ehr.chart.ChartController        : Chart lookup failed" % (
        d.strftime("%Y-%m-%d %H:%M:%S"), d.microsecond // 1000, rng.randint(1, 20)))]
    if rng.random() < 0.5:
        out.append(T("java_trace", "com.example.ehr.PatientNotFoundException: No chart for MRN <<mrn:mrn>> (<<nm:name>>, DOB <<dob:date>>)",
                     mrn=P.mrn, nm=P.name(1), dob=P.dob_fmt(1)))
    else:
        out.append(T("java_trace", "java.lang.IllegalArgumentException: Invalid SSN '<<ssn:ssn>>' for member <<mid:health_plan>>",
                     ssn=ssn_fmt(), mid=P.member))
    for f in rng.sample(JAVA_FRAMES, rng.randint(2, 4)):
        out.append(C("java_trace", "\tat " + f))
    return out


def p_python():
    d, P = tick(), Person()
    return [C("python_tb", "Traceback (most recent call last):"),
            C("python_tb", '  File "/app/eligibility/check.py", line %d, in verify_member' % rng.randint(40, 300)),
            C("python_tb", "    raise EligibilityError(f\"member_id {mid!r} not active for subscriber {name}\")"),
            T("python_tb", "eligibility.errors.EligibilityError: member_id '<<mid:health_plan>>' not active for subscriber <<nm:name>>",
              mid=P.member, nm=P.name())]


def p_hl7():
    d, P = tick(), Person()
    ssn = "%s-%s-%s" % ssn_digits()
    out = [C("hl7", "MSH|^~\\&|EPIC|HOSP_A|MIRTH|LAB|%s||ADT^A04^ADT_A01|MSG%08d|P|2.5.1" % (hl7ts(d), rng.randint(1, 99999999))),
           T("hl7", "PID|1||<<mrn:mrn>>^^^HOSP_A^MR||<<nm:name>>^<<mi>>||<<dob:date>>|<<sx>>|||<<st:address>>^^<<city:address>>^<<state>>^<<zp:zip>>^USA||<<ph:phone>>|||S||<<acct:account>>|<<ssn:ssn>>",
             mrn=P.mrn, nm=P.name(2), mi=rng.choice("ABCDJKLM"), dob=P.dob_fmt(3), sx=rng.choice("MFU"), st=P.street.upper(),
             city=P.city.upper(), state=P.state, zp=P.zip, ph="(%s)%s-%s" % nanp(), acct="AC%08d" % rng.randint(10 ** 6, 10 ** 8), ssn=ssn)]
    if rng.random() < 0.5:
        out.append(T("hl7", "IN1|1|PPO001|60054|BLUE CROSS BLUE SHIELD|PO BOX 1200^^CHICAGO^IL^60601|||GRP-0042||||20240101|20241231|||<<nm:name>>|SEL|<<dob:date>>|||||||||||||||||<<mid:health_plan>>",
                     nm=P.name(2), dob=P.dob_fmt(3), mid=P.member))
    return out


def p_fhir():
    P = Person()
    ph = "%s-%s-%s" % nanp()
    return [T("fhir", '{"resourceType":"Patient","identifier":[{"system":"urn:oid:2.16.840.1.113883.3.7418.1","value":"<<mrn:mrn>>"}],"name":[{"family":"<<ln:name>>","given":["<<fn:name>>"]}],"telecom":[{"system":"phone","value":"<<ph:phone>>","use":"home"}],"gender":"<<g>>","birthDate":"<<dob:date>>","address":[{"line":["<<st:address>>"],"city":"<<city:address>>","state":"<<state>>","postalCode":"<<zp:zip>>"}]}',
              mrn=P.mrn, ln=P.last, fn=P.first, ph=ph, g=rng.choice(["female", "male"]), dob=P.dob_fmt(0), st=P.street, city=P.city, state=P.state, zp=P.zip)]


def p_kafka():
    d, P = tick(), Person()
    return [T("kafka", '[<<ts>>] WARN [Consumer clientId=notify-1, groupId=notify] Skipping record at offset <<off>> in hl7-inbound-<<pt>>: SerializationException payload={"patient_email":"<<em:email>>","mobile":"<<ph:phone>>","lang":"en"} (org.apache.kafka.clients.consumer.internals.Fetcher)',
              ts=javats(d), off=rng.randint(10 ** 6, 10 ** 8), pt=rng.randint(0, 23), em=P.email, ph=phone_fmt(1))]


def p_journald_sms():
    d, P = tick(), Person()
    return [T("journald", "<<ts>> <<h>> notify-worker[<<pid>>]: sent SMS reminder to <<ph:phone>> for <<nm:name>>, appointment <<ad:date>> 09:30 (<<cl>>)",
              ts=sysl(d), h=node().split(".")[0], pid=rng.randint(1000, 60000), ph=phone_fmt(2), nm=P.name(), ad=appt_date(), cl=rng.choice(CLINICS))]


def p_fax():
    d, P = tick(), Person()
    a, x, n = nanp()
    return [T("fax_gateway", "<<ts>> fax-gateway: outbound job <<job>> to fax <<fx:fax>> (referral for <<nm:name>>, MRN <<mrn:mrn>>) pages=<<pg>> status=delivered",
              ts=iso(d), job=rng.randint(10000, 99999), fx="%s-%s-%s" % (a, x, n), nm=P.name(), mrn=P.mrn, pg=rng.randint(1, 12))]


def p_backup_export():
    d, P = tick(), Person()
    return [T("cron_backup", "<<ts>> chart-export: wrote PDF for <<nm:name>> (MRN <<mrn:mrn>>, DOB <<dob:date>>) to s3://ehr-exports-prod/<<dd>>/<<obj>>.pdf",
              ts=iso(d), nm=P.name(), mrn=P.mrn, dob=P.dob_fmt(1), dd=d.strftime("%Y-%m-%d"), obj=uid())]


def p_age():
    d, P = tick(), Person(old=True)
    if rng.random() < 0.5:
        return [T("app_json", '{"ts":"<<ts>>","level":"info","svc":"triage","msg":"fall-risk score computed","mrn":"<<mrn:mrn>>","age":<<age:age>>,"score":<<sc>>,"unit":"4 East"}',
                  ts=iso(d), mrn=P.mrn, age=P.age, sc=rng.randint(40, 120))]
    return [T("hl7", "OBX|1|NM|30525-0^Age^LN||<<age:age>>|a^year^UCUM|||||F", age=P.age)]


def p_vehicle():
    d, P = tick(), Person()
    plate = "%d%s%d" % (rng.randint(1, 9), "".join(rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)), rng.randint(100, 999))
    return [T("app_json", '{"ts":"<<ts>>","level":"info","svc":"parking-validation","msg":"visitor vehicle registered","patient":"<<nm:name>>","plate":"<<pl:vehicle>>","vin":"<<vin:vehicle>>","garage":"P2"}',
              ts=iso(d), nm=P.name(), pl=plate, vin=vin())]


def p_device():
    d, P = tick(), Person()
    return [T("app_json", '{"ts":"<<ts>>","level":"info","svc":"device-registry","msg":"implant registered","device_serial":"<<sn:device>>","model":"Azure XT DR MRI","mrn":"<<mrn:mrn>>"}',
              ts=iso(d), sn="PJN%06d" % rng.randint(100000, 999999) if rng.random() < 0.5 else "RNB%d%s" % (rng.randint(100000, 999999), rng.choice("HSQ")), mrn=P.mrn)]


def p_biometric():
    d, P = tick(), Person()
    return [T("app_json", '{"ts":"<<ts>>","level":"info","svc":"kiosk-auth","msg":"palm-vein template enrolled","patient":"<<nm:name>>","template":"<<bt:biometric>>"}',
              ts=iso(d), nm=P.name(), bt="pv1:" + hx(64))]


def p_photo():
    d, P = tick(), Person()
    return [T("app_json", '{"ts":"<<ts>>","level":"info","svc":"registration","msg":"patient photo captured","name":"<<nm:name>>","photo":"<<ph:photo>>","bytes":<<sz>>}',
              ts=iso(d), nm=P.name(), ph="s3://ehr-photos-prod/id-photos/%s.jpg" % uid(), sz=rng.randint(40000, 900000))]


def p_url():
    d, P = tick(), Person()
    slug = ascii_fold("%s-%s" % (P.first, P.last)).lower()
    return [T("app_json", '{"ts":"<<ts>>","level":"info","svc":"portal-web","msg":"profile updated","email":"<<em:email>>","personal_site":"<<u:url>>"}',
              ts=iso(d), em=P.email, u=rng.choice(["https://www.linkedin.com/in/%s-%d" % (slug, rng.randint(100, 9999)), "https://%s.blog.example.net/" % slug.replace("-", "")]))]


def p_license():
    d, P = tick(), Person()
    dl = rng.choice(["S%08d" % rng.randint(10 ** 7, 10 ** 8 - 1), "D%07d" % rng.randint(10 ** 6, 10 ** 7 - 1),
                     "%s%03d-%04d-%04d" % (ascii_fold(P.last)[0].upper(), rng.randint(100, 999), rng.randint(0, 9999), rng.randint(0, 9999))])
    return [T("app_json", '{"ts":"<<ts>>","level":"info","svc":"id-verify","msg":"identity verified","name":"<<nm:name>>","dob":"<<dob:date>>","drivers_license":"<<dl:license>>","state":"<<st>>"}',
              ts=iso(d), nm=P.name(), dob=P.dob_fmt(1), dl=dl, st=P.state)]


def p_account():
    d, P = tick(), Person()
    if rng.random() < 0.5:
        return [T("app_json", '{"ts":"<<ts>>","level":"warn","svc":"billing-worker","msg":"card declined","guarantor":"<<nm:name>>","card":"<<cc:account>>","billing_account":"<<ba:account>>","amount":"<<amt>>"}',
                  ts=iso(d), nm=P.name(), cc=card_fmt(luhn_card()), ba="BA-%09d" % rng.randint(10 ** 8, 10 ** 9 - 1), amt="%d.%02d" % (rng.randint(10, 900), rng.randint(0, 99)))]
    return [T("billing", "<<ts>> ach-refund: refund to <<nm:name>> account <<ac:account>> amount $<<amt>> status=submitted",
              ts=iso(d), nm=P.name(), ac=digits(rng.randint(9, 12)), amt="%d.%02d" % (rng.randint(5, 500), rng.randint(0, 99)))]


def p_other_id():
    d, P = tick(), Person()
    if rng.random() < 0.5:
        return [T("app_json", '{"ts":"<<ts>>","level":"info","svc":"portal-web","msg":"login succeeded","portal_user":"<<u:other_id>>","remote_ip":"<<ip:ip>>","mfa":"sms"}',
                  ts=iso(d), u="%s%s%d" % (ascii_fold(P.first)[0].lower(), ascii_fold(P.last).lower(), P.dob.year % 100), ip=pub_ip())]
    return [T("app_json", '{"ts":"<<ts>>","level":"info","svc":"claims-api","msg":"claim adjudicated","claim_id":"<<c:other_id>>","member_id":"<<mid:health_plan>>","cpt":"<<cpt>>","status":"paid"}',
              ts=iso(d), c="CLM%d%07d" % (2024, rng.randint(10 ** 6, 10 ** 7 - 1)), mid=P.member, cpt=rng.choice(CPT)[0])]


def p_address():
    d, P = tick(), Person()
    return [T("app_json", '{"ts":"<<ts>>","level":"info","svc":"registration","msg":"address changed","mrn":"<<mrn:mrn>>","new_address":"<<st:address>>, <<city:address>>, <<state>> <<zp:zip>>"}',
              ts=iso(d), mrn=P.mrn, st=P.street, city=P.city, state=P.state, zp=P.zip + ("-%04d" % rng.randint(1, 9999) if rng.random() < 0.3 else ""))]


def p_ssn():
    d, P = tick(), Person()
    return [T("eligibility", "<<ts>> INFO eligibility-270: inquiry for <<nm:name>> dob=<<dob:date>> ssn=<<ssn:ssn>> payer=60054 trace=<<tr>>",
              ts=iso(d), nm=P.name(3), dob=P.dob_fmt(3), ssn=ssn_fmt(), tr=hx(16))]


def p_redis():
    d, P = tick(), Person()
    return [T("redis", '<<ep>>.<<us>> [0 <<src>>:<<port>>] "HGETALL" "patient:mrn:<<mrn:mrn>>"',
              ep=epoch(d), us="%06d" % d.microsecond, src=priv_ip(), port=rng.randint(32768, 60999), mrn=P.mrn)]


def p_haproxy():
    d, P = tick(), Person()
    return [T("haproxy", '<<ts>> lb-01 haproxy[<<pid>>]: <<ip:ip>>:<<port>> [<<ts2>>] fe_https~ be_portal/portal-02 0/0/1/38/39 200 2212 - - ---- 312/298/7/2/0 0/0 "GET /portal/api/v1/appointments?patient_email=<<em:email>> HTTP/1.1"',
              ts=sysl(d), pid=rng.randint(1000, 9999), ip=pub_ip(), port=rng.randint(1024, 65000),
              ts2=d.strftime("%d/%b/%Y:%H:%M:%S.") + "%03d" % (d.microsecond // 1000), em=P.email)]


def p_tb_dob():
    d, P = tick(), Person()
    return [C("python_tb", '  File "/app/intake/forms.py", line %d, in clean_dob' % rng.randint(40, 300)),
            T("python_tb", "ValueError: DOB '<<dob:date>>' for <<nm:name>> is after admission date", dob=P.dob_fmt(2), nm=P.name())]


PHI = [(p_app_booking, 4), (p_nginx_access, 4), (p_elb, 3), (p_envoy, 3), (p_postgres, 5), (p_mysql, 2), (p_java, 3),
       (p_python, 2), (p_hl7, 4), (p_fhir, 3), (p_kafka, 2), (p_journald_sms, 3), (p_fax, 3), (p_backup_export, 2),
       (p_age, 3), (p_vehicle, 3), (p_device, 3), (p_biometric, 3), (p_photo, 3), (p_url, 3), (p_license, 3),
       (p_account, 3), (p_other_id, 3), (p_address, 3), (p_ssn, 3), (p_redis, 2), (p_haproxy, 2), (p_tb_dob, 2)]


def pick(table):
    fns, ws = zip(*table)
    return rng.choices(fns, weights=ws, k=1)[0]


# ================================================================ main
def main():
    lines = []
    phi_lines = 0
    while len(lines) < N_LINES:
        want_phi = phi_lines < PHI_RATE * (len(lines) + 1) and rng.random() < 0.6
        block = pick(PHI)() if want_phi else pick(CLEAN)()
        for ln in block:
            if len(lines) >= N_LINES:
                break
            lines.append(ln)
            if ln.spans:
                phi_lines += 1

    log_path = os.path.join(HERE, "d.log")
    lab_path = os.path.join(HERE, "d.labels.jsonl")
    with open(log_path, "wb") as fh:
        for ln in lines:
            s = ln.text()
            assert "\n" not in s and "\r" not in s, s
            fh.write(s.encode("utf-8") + b"\n")
    with open(lab_path, "w", encoding="utf-8") as fh:
        for i, ln in enumerate(lines, 1):
            fh.write(json.dumps({"line": i, "family": ln.fam,
                                 "spans": [{"s": sp["s"], "e": sp["e"], "cat": sp["cat"]} for sp in ln.spans]},
                                ensure_ascii=False) + "\n")

    # ---- verification: re-read both files in binary mode
    with open(log_path, "rb") as fh:
        raw = fh.read()
    assert raw.endswith(b"\n")
    blines = raw[:-1].split(b"\n")
    with open(lab_path, "rb") as fh:
        labels = [json.loads(x) for x in fh.read().splitlines()]
    assert len(blines) == len(labels) == len(lines), (len(blines), len(labels), len(lines))
    nspans = 0
    for i, (b, lab, ln) in enumerate(zip(blines, labels, lines), 1):
        b.decode("utf-8")
        assert lab["line"] == i
        assert len(lab["spans"]) == len(ln.spans)
        prev_e = -1
        for sp, orig in zip(lab["spans"], ln.spans):
            assert b[sp["s"]:sp["e"]] == orig["v"].encode("utf-8"), (i, sp, orig["v"], b[sp["s"]:sp["e"]])
            assert sp["s"] >= prev_e and sp["e"] > sp["s"]
            prev_e = sp["e"]
            nspans += 1

    cat_c = Counter(sp["cat"] for lab in labels for sp in lab["spans"])
    fam_c = Counter(lab["family"] for lab in labels)
    fam_phi = Counter(lab["family"] for lab in labels if lab["spans"])
    clean = sum(1 for lab in labels if not lab["spans"])
    print("lines=%d clean=%d phi=%d (%.1f%%) spans=%d verified OK" % (len(labels), clean, len(labels) - clean,
                                                                    100.0 * (len(labels) - clean) / len(labels), nspans))
    print("categories:", dict(sorted(cat_c.items(), key=lambda kv: -kv[1])))
    print("families (total/phi):", ", ".join("%s=%d/%d" % (f, n, fam_phi.get(f, 0)) for f, n in sorted(fam_c.items(), key=lambda kv: -kv[1])))


if __name__ == "__main__":
    main()
