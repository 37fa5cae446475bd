#!/usr/bin/env python3
"""Held-out PHI corpus 'aq': log transport / server wire formats.

Writes aq.log (500 lines) and aq.labels.jsonl next to this script.
Standard library only; fixed seed; byte-for-byte reproducible.
All people, numbers and identifiers are synthetic.
"""
import base64
import collections
import datetime as dt
import json
import os
import random
import unicodedata
import urllib.parse

SEED = 0xA9_2025
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
N_CLEAN = 225  # 45 %

CATS = ["name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"]


# ----------------------------------------------------------------------------
# span-carrying text model
# ----------------------------------------------------------------------------
class P:
    """A PHI value. raw=True: emit unquoted / do not escape-check."""
    __slots__ = ("v", "c", "raw")

    def __init__(self, v, c, raw=False):
        assert c in CATS, c
        self.v = str(v)
        self.c = c
        self.raw = raw


class Raw(str):
    """literal token inserted verbatim by serializers (e.g. ruby timestamps)"""


class M:
    def __init__(self, *pieces):
        self.pieces = list(pieces)


def flatten(x):
    if isinstance(x, M):
        for p in x.pieces:
            yield from flatten(p)
    elif isinstance(x, (list, tuple)):
        for p in x:
            yield from flatten(p)
    elif isinstance(x, P):
        yield x
    elif x is None:
        return
    else:
        yield str(x)


def E(x, f):
    """escape literal pieces with f; PHI values must be invariant under f"""
    out = []
    for p in flatten(x):
        if isinstance(p, P):
            if not p.raw and f(p.v) != p.v:
                # label the value as it appears on the wire (escaped form)
                p = P(f(p.v), p.c, raw=True)
            out.append(p)
        else:
            out.append(f(p))
    return M(*out)


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def J(obj, sep=",", kv=":"):
    if isinstance(obj, dict):
        out = ["{"]
        for i, (k, v) in enumerate(obj.items()):
            if i:
                out.append(sep)
            out.append(json.dumps(k, ensure_ascii=False) + kv)
            out.append(J(v, sep, kv))
        out.append("}")
        return M(*out)
    if isinstance(obj, list):
        out = ["["]
        for i, v in enumerate(obj):
            if i:
                out.append(sep)
            out.append(J(v, sep, kv))
        out.append("]")
        return M(*out)
    if isinstance(obj, P):
        if obj.raw:
            return M(obj)
        return M('"', E(obj, jesc), '"')
    if isinstance(obj, M):
        return M('"', E(obj, jesc), '"')
    if isinstance(obj, Raw):
        return M(str(obj))
    return M(json.dumps(obj, ensure_ascii=False))


def JS(obj):  # spaced json (python-ish pretty single line)
    return J(obj, ", ", ": ")


def rbesc(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')


def RB(obj):
    """logstash rubydebug, flattened to one line"""
    if isinstance(obj, dict):
        out = ["{ "]
        for i, (k, v) in enumerate(obj.items()):
            if i:
                out.append(", ")
            out.append('"%s" => ' % k)
            out.append(RB(v))
        out.append(" }")
        return M(*out)
    if isinstance(obj, list):
        out = ["[ "]
        for i, v in enumerate(obj):
            if i:
                out.append(", ")
            out.append("[%d] " % i)
            out.append(RB(v))
        out.append(" ]")
        return M(*out)
    if isinstance(obj, P) and obj.raw:
        return M(obj)
    if isinstance(obj, (P, M)):
        return M('"', E(obj, rbesc), '"')
    if isinstance(obj, Raw):
        return M(str(obj))
    if isinstance(obj, bool):
        return M("true" if obj else "false")
    if isinstance(obj, (int, float)):
        return M(str(obj))
    if obj is None:
        return M("nil")
    return M('"' + rbesc(str(obj)) + '"')


def FB(obj):
    """fluent-bit stdout msgpack rendering: {"k"=>"v", ...}"""
    if isinstance(obj, dict):
        out = ["{"]
        for i, (k, v) in enumerate(obj.items()):
            if i:
                out.append(", ")
            out.append('"%s"=>' % k)
            out.append(FB(v))
        out.append("}")
        return M(*out)
    if isinstance(obj, list):
        out = ["["]
        for i, v in enumerate(obj):
            if i:
                out.append(", ")
            out.append(FB(v))
        out.append("]")
        return M(*out)
    if isinstance(obj, P) and obj.raw:
        return M(obj)
    if isinstance(obj, (P, M)):
        return M('"', E(obj, jesc), '"')
    if isinstance(obj, Raw):
        return M(str(obj))
    return M(json.dumps(obj, ensure_ascii=False))


def sdesc(s):
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("]", "\\]")


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def proto_esc(s):
    out = []
    for b in s.encode("utf-8"):
        if b == 0x22:
            out.append('\\"')
        elif b == 0x5C:
            out.append("\\\\")
        elif 0x20 <= b < 0x7F:
            out.append(chr(b))
        else:
            out.append("\\%03o" % b)
    return "".join(out)


def qp(s):
    return urllib.parse.quote_plus(s, safe="")


def q20(s):
    return urllib.parse.quote(s, safe="")


def yq(s):  # yaml double-quoted content
    return s.replace("\\", "\\\\").replace('"', '\\"')


# ----------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------
def ch(seq):
    return R.choice(seq)


def ri(a, b):
    return R.randint(a, b)


def hexs(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def rbytes(n):
    return bytes(R.randrange(256) for _ in range(n))


def b64(n):
    return base64.b64encode(rbytes(n)).decode()


def uid():
    return "%08x-%04x-4%03x-%x%03x-%012x" % (R.getrandbits(32), R.getrandbits(16), R.getrandbits(12),
                                            R.choice([8, 9, 10, 11]), R.getrandbits(12), R.getrandbits(48))


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).replace("'", "").replace("ø", "o").replace("ß", "ss")


def luhn_digit(payload):
    total = 0
    for i, d in enumerate(reversed(payload)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


NOW = dt.datetime(2025, 3, 14, 6, 2, 11, 123456, tzinfo=dt.timezone.utc)


def tick():
    global NOW
    NOW = NOW + dt.timedelta(seconds=R.uniform(0.4, 95.0))
    return NOW


def iso_ms(t=None):
    t = t or NOW
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def iso_us(t=None):
    t = t or NOW
    return t.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def clf(t=None, tz="-0500"):
    t = (t or NOW)
    if tz == "-0500":
        t = t - dt.timedelta(hours=5)
    return t.strftime("%d/%b/%Y:%H:%M:%S ") + tz


def epoch(t=None):
    return (t or NOW).timestamp()


# ----------------------------------------------------------------------------
# synthetic people data
# ----------------------------------------------------------------------------
FIRST = ["Maria", "José", "Wei", "Aisha", "Olusegun", "Priya", "Dmitri", "Fatima", "Hiroshi", "Sven",
         "Chloé", "Kwame", "Mei", "Ahmed", "Ingrid", "Rafael", "Thandiwe", "Siobhan", "Mateo", "Leilani",
         "Yusuf", "Ana", "Björn", "Zoë", "Kenji", "Amara", "Tomasz", "Lucía", "Emeka", "Hannah", "Omar",
         "Sakura", "Ravi", "Isabella", "Connor", "Esperanza", "Giorgos", "Nadia", "Darnell", "Linh",
         "Ewa", "Malik", "Rosa", "Arjun", "Grace", "Tariq", "Elena", "Jamal", "Noor", "Patrick",
         "Dolores", "Bao", "Ifeoma", "Santiago", "Margaret", "Haruto", "Svetlana", "DeShawn", "Camille", "Eun-ji"]
LAST = ["Lopez", "García", "Nguyen", "Okafor", "Patel", "Kowalski", "Müller", "Johansson", "O'Brien",
        "Tanaka", "Haddad", "Kim", "Mensah", "Rossi", "Ivanova", "Chen", "Dubois", "Silva", "Abebe",
        "Yilmaz", "Schmidt", "Fernández", "Murphy", "Singh", "Park", "Cohen", "Hernández", "Adeyemi",
        "Novak", "Papadopoulos", "Sato", "Khan", "Williams", "Brown", "Jensen", "Washington", "Tran",
        "Nowak", "Mahmoud", "Reyes", "Kaur", "Jackson", "Olsen", "Castillo", "Banerjee", "Oyelaran",
        "Moreau", "Hoang", "Szabo", "Delgado", "Achterberg", "Whitehorse", "Gutiérrez", "Lindqvist"]
CLINICIANS = ["Dr. Alan Whitfield", "Dr. Ngozi Eze", "Priya Raman, DO", "Rebecca Stein, NP",
              "Dr. Tomás Villanueva", "Dr. Hye-jin Cho", "Marcus Bell, PA-C", "Dr. Ayesha Siddiqui",
              "Dr. Gregory Lindahl", "Keisha Monroe, RN", "Dr. Farid Nasser", "Dr. Colleen Brady"]
STREETS = ["Oak", "Maple", "Cedar", "Washington", "Lincoln", "Elm", "Pine", "Lakeview", "Sunset",
           "Highland", "Franklin", "Jefferson", "Willow", "Chestnut", "Magnolia", "Ridgewood", "Prairie",
           "Orchard", "Mill", "Riverside", "Kedzie", "Halsted", "Ashland", "Cicero", "Pulaski", "Devon"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Blvd", "Ct", "Way", "Pl", "Ter", "Street", "Avenue", "Drive", "Pkwy"]
CITIES = [("Evanston", "IL", "602"), ("Oak Park", "IL", "603"), ("Naperville", "IL", "605"),
          ("Gary", "IN", "464"), ("Kenosha", "WI", "531"), ("Aurora", "IL", "605"), ("Joliet", "IL", "604"),
          ("Skokie", "IL", "600"), ("Cicero", "IL", "608"), ("Waukegan", "IL", "600"), ("Hammond", "IN", "463"),
          ("Milwaukee", "WI", "532"), ("Rockford", "IL", "611"), ("Elgin", "IL", "601"),
          ("Schaumburg", "IL", "601"), ("Des Plaines", "IL", "600"), ("Berwyn", "IL", "604"),
          ("Valparaiso", "IN", "463"), ("Bolingbrook", "IL", "604"), ("Racine", "WI", "534"),
          ("Merrillville", "IN", "464"), ("Arlington Heights", "IL", "600")]
COUNTIES = ["Cook County", "DuPage County", "Lake County", "Will County", "Kane County", "McHenry County",
            "Porter County", "Kenosha County", "Milwaukee County", "Winnebago County"]
MAILDOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "comcast.net",
           "proton.me", "att.net", "sbcglobal.net"]
AREA = ["312", "773", "847", "630", "708", "219", "262", "414", "815", "872", "224", "331"]

# the health system itself and its vendors (NOT PHI)
HOSP = "Northwind Health"
HOSP_ADDR = "1200 N Lakeshore Dr, Chicago, IL 60611"
HOSP_PHONE = ["(312) 555-0100", "+1-312-555-0100", "312.555.0100", "1-800-555-0147"]
HOSP_FAX = ["(312) 555-0109", "+1 312 555 0109"]
VENDORS = ["Meridian Claims Clearinghouse, 4400 Corporate Pkwy Ste 210, Brentwood, TN 37027",
           "Lakeside Medical Supply Co., 88 Industrial Dr, Elk Grove Village, IL 60007",
           "PayBridge Merchant Services, 2100 Ross Ave Fl 12, Dallas, TX 75201",
           "FaxRelay Cloud Inc., 500 Harrison St, San Francisco, CA 94105",
           "Orbis Print & Mail LLC, 7710 W 191st St, Tinley Park, IL 60487"]
STAFF_ACCTS = ["svc_portal", "svc-sched-api", "NWH\\svc_iis_app", "sa-billing-batch", "kafka-connect",
               "epic_interconnect", "jenkins", "svc_fax_gw", "NWH\\svc_mirth", "rn.okoro", "md.whitfield",
               "ops-oncall", "etl_runner", "svc-graphql-gw", "NT AUTHORITY\\SYSTEM"]
STAFF_MAIL = ["noreply@northwindhealth.org", "it-oncall@northwindhealth.org", "billing-ops@northwindhealth.org",
              "sa-billing-batch@nwh-prod.iam.gserviceaccount.com", "fax-gw@nwh.internal",
              "portal-alerts@northwindhealth.org", "dmarc-reports@northwindhealth.org"]
HOSTS = ["portal-web-03.nwh.internal", "ip-10-0-4-17.ec2.internal", "sched-api-7f9c6d5b8-x2kqp",
         "NWH-APP07.nwh.local", "bill-wrk-01", "kafka-2.kafka-headless.data.svc.cluster.local",
         "clin-api-02.lks.nwh.internal", "gql-gw-5d8b9c7f4-mq7zn", "fax-gw-01", "NWH-WEB03",
         "ip-10-0-12-201.ec2.internal", "elk-ingest-01.nwh.internal"]
DEPTS = ["CARD", "ONC", "PEDS", "ORTHO", "ED", "NEURO", "OBGYN", "DERM", "GI", "PULM", "NEPH", "ENDO"]
PRODUCTS = ["MyNorthwind 5.12.0", "Epic Interconnect 2023.1", "Mirth Connect 4.4.1", "Keycloak 23.0.6",
            "Kong 3.6.1", "Envoy 1.29.2", "nginx/1.25.4", "HAProxy 2.8.5", "Logstash 8.12.2",
            "Fluent Bit v2.2.2", "Apollo Server 4.10.0", "confluent-kafka 7.6.0"]
UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15",
       "NWHPatient/5.12.0 (Android 14; SM-S918U; Build/UP1A.231005.007)",
       "NWHPatient/5.11.3 (iPhone15,2; iOS 17.3.1; Scale/3.00)",
       "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.178 Mobile Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0"]
BOT_UAS = ["kube-probe/1.29", "ELB-HealthChecker/2.0", "Datadog Agent/7.51.0", "curl/8.5.0", "okhttp/4.12.0",
           "grpc-java-netty/1.62.2", "Apache-HttpClient/4.5.14 (Java/17.0.10)", "Prometheus/2.50.1",
           "python-requests/2.31.0", "Go-http-client/2.0"]


def pub_ip4():
    while True:
        a = ch([24, 47, 50, 63, 64, 66, 67, 68, 69, 71, 72, 73, 74, 75, 76, 96, 97, 98, 99, 104, 107,
                108, 135, 136, 142, 162, 166, 172, 173, 174, 184, 199, 204, 207, 208, 209])
        b = ri(0, 255)
        if a == 172 and 16 <= b <= 31:
            continue
        return "%d.%d.%d.%d" % (a, b, ri(0, 255), ri(1, 254))


def pub_ip6():
    pre = ch(["2601:%x" % ri(0x100, 0xfff), "2600:1700", "2603:6000", "2607:fb90", "2600:387"])
    tail = ":".join("%x" % ri(0x10, 0xffff) for _ in range(5))
    return "%s:%x:%s" % (pre, ri(0x100, 0xffff), tail)


def priv_ip():
    k = ri(0, 9)
    if k < 6:
        return "10.%d.%d.%d" % (ri(0, 40), ri(0, 255), ri(2, 254))
    if k < 8:
        return "172.%d.%d.%d" % (ri(16, 31), ri(0, 255), ri(2, 254))
    if k < 9:
        return "192.168.%d.%d" % (ri(0, 20), ri(2, 254))
    return "127.0.0.1"


def dob_ymd():
    return ri(1929, 2012), ri(1, 12), ri(1, 28)


def recent_ymd(future=False):
    """past encounter dates (before the log day) or appointment dates around it"""
    if future:
        d = dt.date(2024, 9, 1) + dt.timedelta(days=ri(0, 330))
    else:
        d = dt.date(2023, 1, 2) + dt.timedelta(days=ri(0, 800))
    return d.year, d.month, d.day


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def fmt_date(y, m, d, style=None):
    style = style or ch(["iso", "iso", "iso", "us", "us1", "eu", "compact", "mon", "dmy", "slash"])
    return {"iso": "%04d-%02d-%02d" % (y, m, d), "us": "%02d/%02d/%04d" % (m, d, y),
            "us1": "%d/%d/%04d" % (m, d, y), "eu": "%02d.%02d.%04d" % (d, m, y),
            "compact": "%04d%02d%02d" % (y, m, d), "mon": "%s %d, %04d" % (MON[m - 1], d, y),
            "dmy": "%02d-%s-%04d" % (d, MON[m - 1].upper(), y), "slash": "%04d/%02d/%02d" % (y, m, d)}[style]


# ---- value generators per subtype --------------------------------------------------------------
def g_name(style=None):
    f, l = ch(FIRST), ch(LAST)
    st = style or ch(["fl", "fl", "fl", "fl", "lf", "LF", "fml", "hy", "FL", "hl7"])
    if st == "fl":
        return "%s %s" % (f, l)
    if st == "lf":
        return "%s, %s" % (l, f)
    if st == "LF":
        return "%s, %s" % (l.upper(), f.upper())
    if st == "fml":
        return "%s %s. %s" % (f, ch("ABCDEFGHJKLMNPRSTW"), l)
    if st == "hy":
        return "%s %s-%s" % (f, l, ch(LAST).replace("'", ""))
    if st == "FL":
        return ("%s %s" % (f, l)).upper()
    return "%s^%s" % (ascii_fold(l).upper(), ascii_fold(f).upper())


def g_street():
    s = "%d %s%s %s" % (ri(11, 9899), ch(["", "", "", "N ", "S ", "W ", "E "]), ch(STREETS), ch(SUFFIX))
    r = R.random()
    if r < 0.2:
        s += " Apt %d%s" % (ri(1, 24), ch(["", "", "A", "B", "C"]))
    elif r < 0.3:
        s += " Unit %d" % ri(1, 400)
    elif r < 0.36:
        s += " #%d" % ri(1, 40)
    return s


def g_city():
    return ch(CITIES)


def g_zip(prefix=None):
    z = (prefix or ch(CITIES)[2]) + digits(2)
    if R.random() < 0.25:
        z += "-" + digits(4)
    return z


def g_phone():
    a, x, n = ch(AREA), str(ri(201, 989)), digits(4)
    st = ri(0, 6)
    return ["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s", "+1%s%s%s", "%s%s%s", "+1-%s-%s-%s"][st] % (a, x, n)


def g_email(name=None):
    f, l = ascii_fold(ch(FIRST)).lower().replace("-", ""), ascii_fold(ch(LAST)).lower()
    st = ri(0, 5)
    local = ["%s.%s%d" % (f, l, ri(1, 99)), "%s%s" % (f[0], l), "%s_%s" % (f, l), "%s%d" % (l, ri(1950, 2005)),
             "%s.%s" % (f, l), "%s%s%d" % (f, l[0], ri(10, 999))][st]
    return "%s@%s" % (local, ch(MAILDOM))


def g_ssn():
    while True:
        a = ri(1, 899)
        if a != 666:
            break
    g, s = ri(1, 99), ri(1, 9999)
    st = ri(0, 5)
    if st <= 3:
        return "%03d-%02d-%04d" % (a, g, s)
    if st == 4:
        return "%03d%02d%04d" % (a, g, s)
    return "%03d %02d %04d" % (a, g, s)


def g_mrn():
    st = ri(0, 6)
    return ["E%07d" % ri(1000000, 9999999), "MRN%08d" % ri(100000, 99999999), "%08d" % ri(1000000, 99999999),
            "NW-%07d" % ri(100000, 9999999), "%d" % ri(10000000, 99999999), "LKS%07d" % ri(0, 9999999),
            "Z%06d" % ri(0, 999999)][st]


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def g_mbi():
    c = [str(ri(1, 9)), ch(MBI_A), ch(MBI_AN), str(ri(0, 9)), ch(MBI_A), ch(MBI_AN), str(ri(0, 9)),
         ch(MBI_A), ch(MBI_A), str(ri(0, 9)), str(ri(0, 9))]
    s = "".join(c)
    if R.random() < 0.3:
        s = s[:4] + "-" + s[4:7] + "-" + s[7:]
    return s


def g_member():
    st = ri(0, 4)
    return ["%s%09d" % (ch(["XEH", "YGP", "ZBM", "XOF", "JQU"]), ri(0, 999999999)),
            "W%09d" % ri(0, 999999999), "%d%02d" % (ri(100000000, 999999999), ri(1, 3)),
            "U%08d%02d" % (ri(0, 99999999), ri(1, 9)), "H%s%07d" % (ch("ABCDEFGHJK"), ri(0, 9999999))][st]


def g_medicaid():
    return ch(["%09d" % ri(100000000, 999999999), "IL%010d" % ri(0, 9999999999), "%s%07d%s" % (ch("ABCDEFGHJK"), ri(0, 9999999), ch("ABCDEFGHJK"))])


def g_card():
    pre = ch(["4", "4", "51", "53", "55", "37", "6011"])
    n = 15 if pre == "37" else 16
    body = pre + digits(n - 1 - len(pre))
    num = body + luhn_digit(body)
    st = ri(0, 2)
    if st == 0:
        return num
    sep = " " if st == 1 else "-"
    if n == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def g_bank():
    return digits(ri(8, 12)).lstrip("0") or "4821937"


def g_pacct():
    return ch(["PA%09d" % ri(0, 999999999), "G%08d" % ri(0, 99999999), "%d" % ri(1000000000, 9999999999),
               "ACCT-%07d" % ri(0, 9999999), "70%08d" % ri(0, 99999999)])


def g_har():
    return "%d" % ri(4000000000, 4099999999)


def g_dl():
    st = ri(0, 4)
    L = ch("ABCDEFGHJKLMNPRSTWZ")
    return [L + "%03d-%04d-%04d" % (ri(0, 999), ri(0, 9999), ri(0, 9999)), L + digits(11),
            "%04d-%02d-%04d" % (ri(0, 9999), ri(0, 99), ri(0, 9999)), L + digits(7),
            L + "%03d-%04d-%04d-%02d" % (ri(0, 999), ri(0, 9999), ri(0, 9999), ri(0, 99))][st]


def g_dea():
    a = ch("ABFGM")
    b = ch("ABCDEFGHJKLMNOPRSTWYZ")
    d = [ri(0, 9) for _ in range(6)]
    c = ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10
    return a + b + "".join(map(str, d)) + str(c)


def g_proflic():
    return ch(["041.%06d" % ri(0, 999999), "036.%06d" % ri(0, 999999), "RN%07d" % ri(0, 9999999),
               "MD-%06d" % ri(0, 999999), "%d-%06d" % (ri(10, 99), ri(0, 999999))])


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_TR = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def g_vin():
    wmi = ch(["1HG", "1FT", "2T1", "3VW", "5YJ", "JTD", "KMH", "1G1", "WBA", "4T1", "1C4", "5NP"])
    v = list(wmi + "".join(ch(VIN_CH) for _ in range(5)) + "0" + ch("LMNPRS") + ch(VIN_CH) + digits(6))
    tot = sum((int(c) if c.isdigit() else VIN_TR[c]) * w for c, w in zip(v, VIN_W))
    cd = tot % 11
    v[8] = "X" if cd == 10 else str(cd)
    return "".join(v)


def g_plate():
    return ch(["%s %05d" % (ch(["CH", "DP", "LK", "AB", "GX"]), ri(0, 99999)),
               "%d%s%03d" % (ri(1, 9), "".join(ch("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)), ri(0, 999)),
               "%s-%04d" % ("".join(ch("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)), ri(0, 9999)),
               "%s%d%s" % ("".join(ch("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)), ri(10, 99), ch("ABCDEFGHJK"))])


def g_implant():
    return ch(["%s%06d%s" % (ch(["PJN", "RNH", "BLT", "NWR"]), ri(0, 999999), ch("SHG")),
               "%d%s" % (ri(10000000, 99999999), ch(["", "-A", "-B"])),
               "SN%s" % hexs(10, True)])


def g_pump():
    return ch(["NG%07d%s" % (ri(0, 9999999), ch("HKT")), "%s%s" % (ch(["0", "8", "3"]), "".join(ch("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(9))),
               "T%09d" % ri(0, 999999999)])


def g_imei():
    tac = ch(["35", "86", "01", "35", "99"]) + digits(6)
    body = tac + digits(6)
    return body + luhn_digit(body)


def g_udi():
    gtin = "00" + digits(11)
    gtin += luhn_digit(gtin)  # not exact GS1 mod10 but shape-correct
    st = ri(0, 1)
    if st == 0:
        return "(01)%s(17)%02d%02d%02d(10)%s(21)%s" % (gtin, ri(25, 30), ri(1, 12), ri(1, 28), hexs(6, True), hexs(8, True))
    return "01%s17%02d%02d%02d21%s" % (gtin, ri(25, 30), ri(1, 12), ri(1, 28), hexs(9, True))


def g_mac():
    b = [ri(0, 255) for _ in range(6)]
    b[0] &= 0xFC
    sep = ch([":", ":", "-"])
    s = sep.join("%02X" % x for x in b)
    return s.lower() if R.random() < 0.4 else s


def g_url():
    f, l = ascii_fold(ch(FIRST)).lower().replace("-", ""), ascii_fold(ch(LAST)).lower()
    return ch(["https://www.facebook.com/%s.%s.%d" % (f, l, ri(10, 9999)),
               "https://instagram.com/%s_%s%d" % (f, l, ri(1, 99)),
               "https://www.linkedin.com/in/%s-%s-%s" % (f, l, hexs(6)),
               "http://www.%s%s.net/" % (f, l), "https://%s%s.blog" % (f, l),
               "https://x.com/%s%s%d" % (f[:4], l, ri(1, 99)),
               "https://sites.google.com/view/%s-%s-family" % (f, l),
               "https://www.gofundme.com/f/help-%s-%s-recover" % (f, l)])


def g_fp():
    return ch([base64.b64encode(b"FMR\x00 20\x00" + rbytes(ri(48, 90))).decode(),
               b64(ri(48, 90)), "464D520020323000" + hexs(ri(60, 110), True)])


def g_voice():
    return ch([b64(ri(60, 110)), "vp1:" + b64(ri(48, 80))])


def g_facetpl():
    return b64(ri(64, 110))


def g_iris():
    return hexs(ri(96, 160))


JPEG_HDR = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00"
PNG_HDR = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00"


def g_photo_b64():
    if R.random() < 0.6:
        s = base64.b64encode(JPEG_HDR + rbytes(ri(60, 140))).decode()
        return ("data:image/jpeg;base64," + s) if R.random() < 0.35 else s
    s = base64.b64encode(PNG_HDR + rbytes(ri(60, 140))).decode()
    return ("data:image/png;base64," + s) if R.random() < 0.35 else s


def g_photo_path():
    return ch(["/var/lib/portal/media/patient_photos/%s/%s.jpg" % (g_mrn(), hexs(12)),
               "/mnt/nwh-media/pt-photos/%d/face_%s.jpeg" % (ri(2023, 2025), hexs(8)),
               "uploads/id-photos/%s/selfie.png" % uid(),
               "D:\\PortalData\\PatientImages\\%s_photo.jpg" % g_mrn(),
               "/patient-photos/%s/headshot.jpg" % hexs(16)])


def g_photo_url():
    return ch(["https://media.northwindhealth.org/pt-photos/%s.jpg" % hexs(20),
               "https://nwh-portal-media.s3.amazonaws.com/avatars/%s/face.png?X-Amz-Expires=300" % uid(),
               "s3://nwh-portal-media-prod/patient-photos/%s/%s.jpg" % (ri(100000, 999999), hexs(10)),
               "https://d3k9x2example.cloudfront.net/photo-id/%s.jpeg" % hexs(16)])


def g_passport():
    return ch(["%d" % ri(500000000, 599999999), "%s%08d" % (ch("ACEGHJKLMNPRSTUVWXYZ"), ri(0, 99999999)),
               "%s%07d" % (ch("JKLMNPRSTUVZ"), ri(0, 9999999)), "%02d%s%05d" % (ri(10, 99), "".join(ch("ABCDEFGHJK") for _ in range(2)), ri(0, 99999))])


def g_curp():
    L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    y, m, d = dob_ymd()
    return "%s%s%s%s%02d%02d%02d%s%s%s%s%d" % (ch("BCDFGHLMNPRSTVZ"), ch("AEIOU"), ch(L), ch(L), y % 100, m, d,
                                               ch("HM"), ch(["DF", "JC", "NL", "GT", "MC", "PL", "VZ"]),
                                               "".join(ch("BCDFGHJKLMNPQRSTVWXYZ") for _ in range(3)),
                                               ch("0123456789A"), ri(0, 9))


def g_nhs():
    while True:
        d = [ri(0, 9) for _ in range(9)]
        d[0] = ri(4, 6)
        c = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
        if c == 11:
            c = 0
        if c != 10:
            break
    s = "".join(map(str, d)) + str(c)
    return "%s %s %s" % (s[:3], s[3:6], s[6:]) if R.random() < 0.6 else s


def g_sin():
    body = str(ri(1, 7)) + digits(7)
    s = body + luhn_digit(body)
    return "%s %s %s" % (s[:3], s[3:6], s[6:]) if R.random() < 0.6 else s


def g_anum():
    n = "%09d" % ri(0, 299999999)
    return ch(["A%s" % n, "A-%s-%s-%s" % (n[:3], n[3:6], n[6:]), "A%s" % n[1:]])


def g_natid():
    return ch(["%04d %04d %04d" % (ri(2000, 9999), ri(0, 9999), ri(0, 9999)),  # aadhaar-like
               "%08d%s" % (ri(0, 99999999), ch("TRWAGMYFPDXBNJZSQVHLCKE")),      # DNI-like
               "%d-%07d-%d" % (ri(1, 9), ri(0, 9999999), ri(0, 9)),              # cedula-like
               "%s-%04d-%04d" % (ch("SLT"), ri(0, 9999), ri(0, 9999))])


def g_age():
    return str(ri(90, 104))


SUB = {
    "name": ["pname", "pname", "pname", "rname"],
    "address": ["street"],
    "zip": ["zip"],
    "date": ["dob", "dob", "dob", "admit", "disch", "appt", "appt", "svc", "death"],
    "age": ["age"],
    "phone": ["phone"],
    "fax": ["fax"],
    "email": ["email"],
    "ssn": ["ssn"],
    "mrn": ["mrn"],
    "health_plan": ["mbi", "member", "member", "medicaid"],
    "account": ["card", "bank", "pacct", "pacct", "har"],
    "license": ["dl", "dl", "dea", "proflic"],
    "vehicle": ["vin", "plate"],
    "device": ["implant", "pump", "imei", "udi", "mac"],
    "url": ["url"],
    "ip": ["ip4", "ip4", "ip4", "ip6"],
    "biometric": ["fp", "voice", "facetpl", "iris"],
    "photo": ["photo_b64", "photo_path", "photo_url"],
    "other_id": ["passport", "curp", "nhs", "sin", "anum", "natid"],
}
SUBCAT = {s: c for c, ss in SUB.items() for s in ss}
SUBCAT.update({"city": "address", "county": "address", "given": "name", "family": "name"})


def gen(sub):
    if sub in ("pname", "rname"):
        return g_name()
    if sub in ("dob",):
        return fmt_date(*dob_ymd())
    if sub == "death":
        return fmt_date(*recent_ymd())
    if sub == "appt":
        return fmt_date(*recent_ymd(future=True))
    if sub in ("admit", "disch", "svc"):
        return fmt_date(*recent_ymd())
    return {"street": g_street, "city": lambda: g_city()[0], "county": lambda: ch(COUNTIES), "zip": g_zip,
            "age": g_age, "phone": g_phone, "fax": g_phone, "email": g_email, "ssn": g_ssn, "mrn": g_mrn,
            "mbi": g_mbi, "member": g_member, "medicaid": g_medicaid, "card": g_card, "bank": g_bank,
            "pacct": g_pacct, "har": g_har, "dl": g_dl, "dea": g_dea, "proflic": g_proflic, "vin": g_vin,
            "plate": g_plate, "implant": g_implant, "pump": g_pump, "imei": g_imei, "udi": g_udi,
            "mac": g_mac, "url": g_url, "ip4": pub_ip4, "ip6": pub_ip6, "fp": g_fp, "voice": g_voice,
            "facetpl": g_facetpl, "iris": g_iris, "photo_b64": g_photo_b64, "photo_path": g_photo_path,
            "photo_url": g_photo_url, "passport": g_passport, "curp": g_curp, "nhs": g_nhs, "sin": g_sin,
            "anum": g_anum, "natid": g_natid,
            "given": lambda: ch(FIRST), "family": lambda: ch(LAST)}[sub]()


KEYS = {
    "pname": ["patient_name", "patientName", "pt_name", "PatientFullName", "pat_nm", "fullName", "member_name",
              "nombre_paciente", "insured_name", "beneficiaryName", "displayName", "PATIENT_NAME", "ptNm",
              "recipient", "name"],
    "rname": ["guarantor_name", "guarantorName", "subscriberName", "nok_name", "emergencyContact",
              "responsible_party", "mother_name", "spouse", "nextOfKin", "parentGuardian", "gtr_nm"],
    "given": ["given", "firstName", "first_name", "fname", "GivenName", "pt_first", "nombre", "vorname"],
    "family": ["family", "lastName", "last_name", "lname", "Surname", "pt_last", "apellido", "nachname"],
    "street": ["addr1", "street", "address_line1", "streetAddress", "home_addr", "line1", "residence",
               "mailing_address", "direccion", "addrLine", "StreetAddr", "ship_to_street"],
    "city": ["city", "town", "cityName", "locality", "ciudad", "addr_city", "City"],
    "county": ["county", "countyName", "res_county", "County"],
    "zip": ["zip", "zipcode", "postal_code", "postalCode", "zip5", "ZIP", "codigo_postal", "addrZip", "PostCode"],
    "dob": ["dob", "DOB", "birthDate", "date_of_birth", "birth_dt", "DateOfBirth", "pt_dob", "fecha_nacimiento",
            "bday", "geburtsdatum", "birthdate", "dtNascimento"],
    "admit": ["admit_date", "admitDt", "admission_date", "AdmitDate", "adm_dt", "fecha_ingreso"],
    "disch": ["discharge_date", "dischargeDt", "disch_dt", "DischargeDate", "dc_date"],
    "appt": ["appt_date", "appointmentDate", "scheduled_date", "slot_date", "visitDate", "apptDt", "fecha_cita"],
    "svc": ["dos", "service_date", "svcDate", "DateOfService", "from_dos", "serviceDt"],
    "death": ["date_of_death", "dod", "deceased_date", "deathDate", "expired_dt"],
    "age": ["age", "patient_age", "ageYears", "pt_age", "edad", "AgeAtVisit", "age_yrs"],
    "phone": ["phone", "phone_home", "mobile", "cell", "homePhone", "contact_phone", "tel", "telefono",
              "callback_number", "guarantor_phone", "primaryPhone", "sms_to", "msisdn", "PhoneNumber"],
    "fax": ["fax", "fax_number", "faxNo", "fax_to", "recipientFax", "home_fax", "pt_fax", "attorney_fax"],
    "email": ["email", "emailAddress", "pt_email", "contact_email", "login", "username", "user_email", "correo",
              "notify_to", "EmailAddr", "upn", "preferred_email"],
    "ssn": ["ssn", "SSN", "social", "ss_num", "socialSecurityNumber", "tax_id", "guarantor_ssn", "SocSecNo",
            "ssn_full", "nss", "soc_sec"],
    "mrn": ["mrn", "MRN", "medRecNo", "med_rec_num", "patient_mrn", "chartNumber", "emr_id", "MedicalRecordNumber",
            "hosp_no", "pid", "patientId", "epicMrn", "expediente"],
    "mbi": ["mbi", "MBI", "medicare_id", "medicareBeneficiaryId", "hicn_mbi"],
    "member": ["member_id", "memberId", "subscriber_id", "subscriberID", "insured_id", "plan_member_no",
               "policy_no", "MemberNumber", "numero_afiliado", "ins_id"],
    "medicaid": ["medicaid_id", "medicaidNo", "recipient_id", "mcd_id"],
    "card": ["card_number", "pan", "cc_num", "cardNumber", "payment_card", "ccn", "tarjeta"],
    "bank": ["bank_account", "acct_no", "dda_account", "ach_account", "bankAcctNum"],
    "pacct": ["account_no", "acct", "patient_account", "billing_account", "guarantor_acct", "accountNumber",
              "PtAcctNo", "cuenta"],
    "har": ["har", "HAR", "hospital_account", "encounter_acct", "harId"],
    "dl": ["dl_number", "drivers_license", "driverLicense", "dl", "license_no", "DLN", "dl_num", "licencia"],
    "dea": ["dea", "DEA", "dea_number", "deaNo", "prescriber_dea"],
    "proflic": ["state_license", "lic_num", "rn_license", "licenseNumber", "prof_license"],
    "vin": ["vin", "VIN", "vehicle_vin", "vehicleId", "veh_vin"],
    "plate": ["plate", "license_plate", "plateNumber", "tag_no", "parking_plate", "lp"],
    "implant": ["implant_sn", "pacemakerSerial", "device_serial", "icd_serial", "serial_no", "SerialNumber"],
    "pump": ["pump_sn", "cgm_serial", "insulinPumpSerial", "transmitter_id", "meter_sn"],
    "imei": ["imei", "IMEI", "deviceImei", "handset_imei"],
    "udi": ["udi", "UDI", "udi_di_pi", "implant_udi", "udiCarrier"],
    "mac": ["mac", "mac_address", "deviceMac", "hw_addr", "wearable_mac", "btMac"],
    "url": ["homepage", "profile_url", "website", "social_url", "personal_site", "linkedin", "fb_profile", "blog"],
    "ip4": ["client_ip", "clientIp", "remote_addr", "src_ip", "ip", "user_ip", "origin_ip", "ip_address", "cip"],
    "ip6": ["client_ip", "clientIp", "remote_addr", "src_ip", "ip", "user_ip", "ipv6"],
    "fp": ["fingerprint_template", "fp_tpl", "fingerprintMinutiae", "finger_iso", "fp_template_b64"],
    "voice": ["voiceprint", "voice_sig", "voiceTemplate", "vp_embedding", "spk_tpl"],
    "facetpl": ["face_template", "faceprint", "faceEmbedding", "fr_template"],
    "iris": ["iris_code", "irisTemplate", "iris_tpl_hex"],
    "photo_b64": ["photo", "photo_b64", "avatar", "profile_photo", "selfie", "face_image", "foto", "idPhoto"],
    "photo_path": ["photo_path", "headshot_path", "avatar_file", "photoFile", "id_photo"],
    "photo_url": ["photo_url", "avatarUrl", "id_photo_url", "profile_pic", "headshot"],
    "passport": ["passport_no", "passportNumber", "passport", "pasaporte", "travel_doc_no"],
    "curp": ["curp", "CURP"],
    "nhs": ["nhs_number", "nhsNo", "NHSNumber"],
    "sin": ["sin", "SIN", "canadian_sin", "nas"],
    "anum": ["alien_reg_no", "a_number", "uscis_number", "ARN"],
    "natid": ["national_id", "nid", "dni", "cedula", "aadhaar", "state_id", "tribal_id", "id_number"],
}

FRAGS = {
    "pname": ["patient {}", "pt {}", "for {}", "Patient: {}", "{}", "pt_name={}", "recipient {}", "member {}"],
    "rname": ["guarantor {}", "NOK {}", "emergency contact {}", "mother {}", "responsible party {}", "spouse {}"],
    "street": ["{}", "addr {}", "lives at {}", "mailing address {}"],
    "zip": ["zip {}", "ZIP {}", "postal code {}"],
    "dob": ["DOB {}", "born {}", "b. {}", "dob={}", "DOB: {}"],
    "admit": ["admitted {}", "adm {}", "admission date {}"],
    "disch": ["discharged {}", "d/c {}", "discharge on {}"],
    "appt": ["appt on {}", "appointment {}", "visit scheduled {}", "rescheduled to {}"],
    "svc": ["DOS {}", "date of service {}", "seen {}"],
    "death": ["date of death {}", "expired {}", "deceased {}"],
    "age": ["{} y/o", "age {}", "{}yo", "aged {}", "{}-year-old"],
    "phone": ["phone {}", "tel: {}", "cb# {}", "mobile {}", "{}", "call back at {}", "SMS to {}"],
    "fax": ["fax {}", "faxed to {}", "Fax#: {}", "fax number {}", "FAX {}"],
    "email": ["email {}", "{}", "sent to {}", "login {}", "<{}>"],
    "ssn": ["SSN {}", "ssn:{}", "social {}", "SS# {}", "{}"],
    "mrn": ["MRN {}", "mrn={}", "chart {}", "MR# {}", "record {}"],
    "mbi": ["MBI {}", "Medicare ID {}", "mbi={}"],
    "member": ["member ID {}", "subscriber {}", "policy {}", "member# {}"],
    "medicaid": ["Medicaid # {}", "recipient ID {}"],
    "card": ["card {}", "PAN {}", "cc {}"],
    "bank": ["routing 071000013 account {}", "ACH acct {}", "bank account {}"],
    "pacct": ["acct {}", "account #{}", "billing acct {}", "guarantor account {}"],
    "har": ["HAR {}", "hospital account {}"],
    "dl": ["DL {}", "driver's license {}", "DLN {}", "license {}"],
    "dea": ["DEA {}", "DEA# {}", "prescriber DEA {}"],
    "proflic": ["license {}", "lic# {}", "state license {}"],
    "vin": ["VIN {}", "vehicle {}", "vin={}"],
    "plate": ["plate {}", "tag {}", "license plate {}"],
    "implant": ["pacemaker serial {}", "ICD SN {}", "implant SN {}"],
    "pump": ["pump SN {}", "CGM transmitter {}", "meter {}"],
    "imei": ["IMEI {}", "handset {}"],
    "udi": ["UDI {}", "implant UDI {}"],
    "mac": ["MAC {}", "BT addr {}", "wearable {}"],
    "url": ["profile {}", "{}", "website {}", "link {}"],
    "ip4": ["from {}", "client {}", "IP {}", "src={}"],
    "ip6": ["from {}", "client {}", "IP {}"],
    "fp": ["fingerprint template {}", "fp_tpl={}", "minutiae {}"],
    "voice": ["voiceprint={}", "voice template {}"],
    "facetpl": ["face template {}", "faceprint={}"],
    "iris": ["iris code {}"],
    "photo_b64": ["photo {}", "image={}"],
    "photo_path": ["photo saved {}", "image {}", "avatar {}"],
    "photo_url": ["photo {}", "avatar {}", "headshot {}"],
    "passport": ["passport {}", "passport no. {}", "travel doc {}"],
    "curp": ["CURP {}"],
    "nhs": ["NHS no {}", "NHS number {}"],
    "sin": ["SIN {}", "SIN# {}"],
    "anum": ["A# {}", "alien reg {}"],
    "natid": ["national ID {}", "ID card {}", "state ID {}"],
}


def pick_sub(cat, ctx=None):
    subs = SUB[cat]
    if ctx == "url":
        if cat == "photo":
            subs = ["photo_path", "photo_url"]
    if ctx == "short" and cat == "photo":
        subs = ["photo_path", "photo_url"]
    return ch(subs)


def items(cats, ctx=None):
    """structured (key, value) pairs for the given categories"""
    out = []
    for c in cats:
        sub = pick_sub(c, ctx)
        if c == "name" and R.random() < 0.25:
            out.append((ch(KEYS["given"]), P(gen("given"), "name")))
            out.append((ch(KEYS["family"]), P(gen("family"), "name")))
            continue
        if c == "address":
            city, st, zp = g_city()
            out.append((ch(KEYS["street"]), P(g_street(), "address")))
            if R.random() < 0.7:
                out.append((ch(KEYS["city"]), P(city, "address")))
            if R.random() < 0.2:
                out.append((ch(KEYS["county"]), P(ch(COUNTIES), "address")))
            if R.random() < 0.6:
                out.append((ch(["state", "st", "State", "estado"]), st))
            continue
        v = gen(sub)
        out.append((ch(KEYS[sub]), P(v, c, raw=(c == "age" and R.random() < 0.5))))
    return out


def msg(cats, ctx=None):
    """free text mentioning the given categories"""
    cats = list(cats)
    pieces = []
    if "address" in cats:
        cats.remove("address")
        city, st, zp = g_city()
        frag = [ch(["statement mailed to ", "address updated: ", "home address ", "ship to ", ""]),
                P(g_street(), "address"), ", ", P(city, "address"), ", " + st]
        if "zip" in cats:
            cats.remove("zip")
            frag += [" ", P(g_zip(zp), "zip")]
        pieces.append(M(*frag))
    for c in cats:
        sub = pick_sub(c, ctx)
        t = ch(FRAGS[sub])
        a, b = t.split("{}")
        v = gen(sub)
        if c == "age":
            b = b + ch([" F", " M", "", " female", " male"])
        pieces.append(M(a, P(v, c), b))
    leads = ["", "", "portal: ", "audit: ", "registration updated - ", "reminder queued: ", "eligibility ok; ",
             "identity verified: ", "outbound doc job FX-%d: " % ri(10000, 99999), "worklist item %d: " % ri(100, 9999),
             "WARN matched record: ", "dedupe candidate: "]
    if cats and cats[0] == "name" and not (isinstance(pieces[0].pieces[0], str) and pieces[0].pieces[0]):
        leads += ["consent signed by ", "proxy access granted to ", "callback requested by "]
    lead = ch(leads)
    out = [lead]
    for i, p in enumerate(pieces):
        if i:
            out.append(ch(["; ", ", ", " | ", " ", " - "]))
        out.append(p)
    if R.random() < 0.4:
        out.append(ch([" (source=kiosk)", " [dept=%s]" % ch(DEPTS), " attending=%s" % ch(CLINICIANS),
                       " trace=%s" % hexs(16), " took %dms" % ri(3, 900)]))
    return M(*out)


# ----------------------------------------------------------------------------
# look-alike, non-PHI context
# ----------------------------------------------------------------------------
def npi():
    base = str(ch([1, 1, 2])) + digits(8)
    return base + luhn_digit("80840" + base)


def lookalike():
    k = ri(0, 37)
    return [
        lambda: ("trace_id", hexs(32)), lambda: ("span_id", hexs(16)), lambda: ("request_id", uid()),
        lambda: ("order_id", "ORD-2025-%07d" % ri(0, 9999999)), lambda: ("build", "2025.03.%d.%d" % (ri(1, 31), ri(1, 40))),
        lambda: ("version", "%d.%d.%d" % (ri(1, 9), ri(0, 30), ri(0, 20))), lambda: ("duration_ms", ri(1, 4800)),
        lambda: ("upstream_port", ch([8080, 8443, 9090, 5432, 6379, 9092, 50051])),
        lambda: ("host", ch(HOSTS)), lambda: ("svc_account", ch(STAFF_ACCTS)),
        lambda: ("facility", ch(["NWH-LKS", "NWH-EVN", "NWH-OKP", "NWH-NPV"])), lambda: ("dept", ch(DEPTS)),
        lambda: ("npi", npi()), lambda: ("attending", ch(CLINICIANS)), lambda: ("row_id", ri(1000, 9999999)),
        lambda: ("sha256", hexs(64)), lambda: ("commit", hexs(40)), lambda: ("tracking", "1Z%s%s" % (hexs(6, True), digits(10))),
        lambda: ("cert_not_after", "2026-%02d-%02d" % (ri(1, 12), ri(1, 28))), lambda: ("region", ch(["us-east-1", "us-east-2", "us-west-2"])),
        lambda: ("pod", ch(["sched-api-7f9c6d5b8-x2kqp", "portal-web-6c9d8f7b5-4rtzl", "billing-worker-0", "gql-gw-5d8b9c7f4-mq7zn"])),
        lambda: ("tenant", "nwh-prod"), lambda: ("age_band", ch(["18-39", "40-64", "65-74", "75+"])),
        lambda: ("status", ch(["BOOKED", "ARRIVED", "CANCELLED", "PENDING", "POSTED", "DENIED"])),
        lambda: ("claim_batch", "CB%s%04d" % (NOW.strftime("%Y%m%d"), ri(0, 9999))),
        lambda: ("support_phone", ch(HOSP_PHONE)), lambda: ("notify_from", ch(STAFF_MAIL)),
        lambda: ("product", ch(PRODUCTS)), lambda: ("etag", '"%s"' % hexs(32)), lambda: ("kafka_offset", ri(100000, 99999999)),
        lambda: ("icd10", ch(["E11.9", "I10", "J45.909", "M54.5", "Z00.00", "N18.3"])),
        lambda: ("cpt", ch(["99213", "99214", "93000", "80053", "36415"])),
        lambda: ("payer_id", ch(["60054", "87726", "BCBSIL", "00621", "MCDIL"])),
        lambda: ("sku", "%03d-%02d-%04d" % (ri(100, 899), ri(10, 99), ri(1000, 9999))),
        lambda: ("yob", ri(1940, 2005)), lambda: ("age", ri(18, 89)),
        lambda: ("vendor_remit", ch(VENDORS)), lambda: ("session", b64(24)),
    ][k]()


def ctx_pairs(n):
    seen, out = set(), []
    while len(out) < n:
        k, v = lookalike()
        if k in seen:
            continue
        seen.add(k)
        out.append((k, v))
    return out


def clean_msg():
    return ch([
        "health check ok (db=%dms, redis=%dms, kafka=%dms)" % (ri(1, 40), ri(0, 9), ri(1, 60)),
        "scheduler tick: %d slots released for dept %s, next run in 300s" % (ri(0, 40), ch(DEPTS)),
        "batch %s posted %d claims to %s" % ("CB%s%04d" % (NOW.strftime("%Y%m%d"), ri(0, 9999)), ri(10, 900), ch(VENDORS).split(",")[0]),
        "TLS cert for portal.northwindhealth.org renews 2026-%02d-%02d (issuer R11)" % (ri(1, 12), ri(1, 28)),
        "connection pool resized to %d (max=%d) on %s:%d" % (ri(4, 64), 128, priv_ip(), ch([5432, 1433, 6379])),
        "order ORD-2025-%07d shipped via UPS 1Z%s%s" % (ri(0, 9999999), hexs(6, True), digits(10)),
        "deployed %s build %s commit %s" % (ch(["portal-web", "sched-api", "billing-worker"]), "2025.03.%d.%d" % (ri(1, 31), ri(1, 40)), hexs(12)),
        "consumer group billing-events lag=%d partition=%d offset=%d" % (ri(0, 4000), ri(0, 11), ri(100000, 9999999)),
        "rate limit exceeded for api key ak_%s (tier=partner, 600 req/min)" % hexs(20),
        "support line %s forwarded to on-call queue" % ch(HOSP_PHONE),
        "fax gateway %s heartbeat ok, main fax %s, queue depth %d" % ("fax-gw-01", ch(HOSP_FAX), ri(0, 30)),
        "provider %s (NPI %s) signed %d notes" % (ch(CLINICIANS), npi(), ri(1, 40)),
        "remit address verified: %s" % ch(VENDORS),
        "mailed from %s, %s" % (HOSP, HOSP_ADDR),
        "GC pause %dms heap %dMi/%dMi" % (ri(2, 400), ri(200, 900), 1024),
        "job report_monthly_census period=2025-02-01..2025-02-28 rows=%d" % ri(1000, 90000),
        "user %s logged in via SSO (idp=keycloak realm=staff)" % ch(STAFF_ACCTS),
        "cache miss for key appt_slots:%s:2025-04-%02d" % (ch(DEPTS), ri(1, 28)),
        "retrying webhook %s attempt %d/5 after %dms" % (uid(), ri(1, 4), ri(100, 8000)),
        "schema registry subject patient-events-value version %d compatible=BACKWARD" % ri(3, 40),
        "demographics stats: avg age 54.2, median 57, %d pts aged 18-89" % ri(1000, 9000),
        "password reset email dispatched by %s (template=pw_reset_v3)" % ch(STAFF_MAIL),
    ])


# ----------------------------------------------------------------------------
# format families
# ----------------------------------------------------------------------------
def pop(cats, c):
    if c in cats:
        cats.remove(c)
        return True
    return False


def client_ip(cats):
    if pop(cats, "ip"):
        return P(pub_ip4() if R.random() < 0.85 else pub_ip6(), "ip")
    return priv_ip()


def plus_ua(ua):
    return ua.replace(" ", "+")


def query_from(pairs):
    out = []
    for i, (k, v) in enumerate(pairs):
        if i:
            out.append("&")
        out.append(k + "=")
        if isinstance(v, P):
            out.append(P(qp(v.v), v.c))
        else:
            out.append(qp(str(v)))
    return M(*out)


PORTAL_PATHS = ["/MyChart/api/patients/search", "/portal/api/v2/demographics", "/portal/api/v2/appointments",
                "/billing/api/statements/lookup", "/portal/api/v1/proxy-access", "/api/eligibility/verify",
                "/portal/api/v2/messages/compose", "/scheduling/api/v1/waitlist"]
CLEAN_PATHS = ["/MyChart/Scripts/app.bundle.js", "/health", "/healthz", "/readyz", "/portal/static/css/main.4f2a91c3.css",
               "/api/v2/appointments/slots", "/favicon.ico", "/portal/api/v2/config", "/metrics",
               "/scheduling/api/v1/departments/%s/providers" % "CARD", "/billing/api/payers", "/.well-known/openid-configuration"]


def clean_query():
    return ch(["-", "v=%d.%d.%d.%d" % (ri(1, 9), ri(0, 20), ri(0, 9), ri(0, 999)),
               "dept=%s&from=2025-04-%02d&to=2025-04-%02d" % (ch(DEPTS), ri(1, 10), ri(11, 28)),
               "page=%d&limit=50&sort=-updated_at" % ri(1, 30), "_=%d" % int(epoch() * 1000),
               "cb=%s" % hexs(8), "payer=%s&plan=PPO" % ch(["60054", "87726", "BCBSIL"])])


def phi_path_query(cats, ctx="url"):
    """path + query carrying some PHI (url-encoded)"""
    path = ch(PORTAL_PATHS)
    if pop(cats, "mrn"):
        base = ch(["/portal/api/v2/patients/", "/MyChart/api/chart/", "/clinical/fhir/Patient/", "/billing/api/guarantors/by-mrn/"])
        path = M(base, P(g_mrn(), "mrn"), ch(["", "/summary", "/demographics", "/$everything", "/coverage"]))
    if pop(cats, "photo"):
        path = P(ch(["/media/patient-photos/%s/%s.jpg" % (hexs(16), ch(["face", "headshot", "id_front"])),
                     "/portal/files/avatars/%s.png" % uid(), "/MyChart/Photo/Get/%s/%s.jpeg" % (g_mrn(), hexs(8)),
                     "/patient-photos/%d/%s_%s.jpg" % (ri(100000, 999999), ch(["face", "portrait", "selfie"]), hexs(6))]), "photo")
    pairs = items(cats, ctx)
    cats.clear()
    if pairs:
        pairs.insert(ri(0, len(pairs)), ch([("_", int(epoch() * 1000)), ("src", "mobile"), ("v", "2"), ("dept", ch(DEPTS))]))
        return path, query_from(pairs)
    return path, M("-")


URL_OK = [c for c in CATS if c != "biometric"]


def f_iis(phi, cats):
    FIELDS = ("date time s-sitename s-computername s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username "
              "c-ip cs-version cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status sc-bytes cs-bytes "
              "time-taken X-Forwarded-For")
    if not phi and R.random() < 0.3:
        return M(ch(["#Software: Microsoft Internet Information Services 10.0", "#Version: 1.0",
                     "#Date: " + NOW.strftime("%Y-%m-%d %H:%M:%S"), "#Fields: " + FIELDS]))
    t = NOW.strftime("%Y-%m-%d %H:%M:%S")
    user = "-"
    if phi:
        cats = list(cats)
        xff = client_ip(cats)
        if "email" in cats and R.random() < 0.6:
            cats.remove("email")
            user = P(g_email(), "email")
        stem, query = phi_path_query(cats)
        ua = plus_ua(ch(UAS))
        cip = priv_ip() if R.random() < 0.7 else xff
        if cip is xff:
            xff = "-"
        method = ch(["GET", "POST", "GET", "PUT"])
    else:
        stem, query = ch(CLEAN_PATHS), clean_query()
        ua = plus_ua(ch(BOT_UAS + UAS[:2]))
        user = ch(["-", "-", "NWH\\svc_portal", "NWH\\svc_mirth"])
        cip, xff, method = priv_ip(), ch(["-", priv_ip()]), ch(["GET", "GET", "HEAD"])
    return M(t, " W3SVC%d %s 10.20.1.%d %s " % (ch([1, 2, 3]), ch(["NWH-WEB03", "NWH-WEB04", "NWH-PORTAL01"]), ri(10, 30), method),
             stem, " ", query, " 443 ", user, " ", cip, " HTTP/1.1 ", ua, " ",
             ch(["-", "https://portal.northwindhealth.org/MyChart/Home", "https://portal.northwindhealth.org/portal/"]),
             " %d 0 0 %d %d %d " % (ch([200, 200, 200, 302, 304, 401, 404, 500]), ri(200, 90000), ri(200, 4000), ri(1, 3000)),
             xff)


def f_apache(phi, cats):
    rid = uid()
    if phi:
        cats = list(cats)
        ip = client_ip(cats)
        user = P(g_email(), "email") if pop(cats, "email") else "-"
        cookie = "-"
        if pop(cats, "account"):
            cookie = M("nwh_sess=%s; bill_ctx=" % hexs(24), P(g_pacct(), "account"))
        path, q = phi_path_query(cats)
        req = M(ch(["GET", "POST", "GET"]), " ", path, "" if q.pieces == ["-"] else M("?", q), " HTTP/1.1")
        ua = ch(UAS)
    else:
        ip, user, cookie = priv_ip(), ch(["-", "-", "svc_portal"]), "-"
        p = ch(CLEAN_PATHS)
        qq = clean_query()
        req = "%s %s%s HTTP/1.1" % (ch(["GET", "GET", "HEAD", "OPTIONS"]), p, "" if qq == "-" else "?" + qq)
        ua = ch(BOT_UAS)
    st = ch([200, 200, 201, 204, 302, 304, 400, 403, 404, 502])
    variant = ri(0, 1)
    head = M(ip, " - ", user, " [", clf(), '] "', req, '" %d %s "%s" "%s"' % (
        st, ch(["-", str(ri(100, 90000))]),
        ch(["-", "https://portal.northwindhealth.org/portal/", "https://www.northwindhealth.org/find-a-doctor"]), ua))
    if variant == 0:
        return M(head, ' %d "%s" vhost=portal.northwindhealth.org:443 upstream=%s:8080 ssl=TLSv1.3 cookie="' % (ri(500, 900000), rid, priv_ip()), cookie, '"')
    return M(head, " rt=%.3f uct=%.3f rid=%s pid=%d tls=%s" % (R.uniform(0, 3), R.uniform(0, 0.01), rid, ri(1000, 30000),
                                                                ch(["TLS_AES_128_GCM_SHA256", "ECDHE-RSA-AES256-GCM-SHA384"])),
             " cookie=", cookie if cookie != "-" else "-")


def f_nginx(phi, cats):
    ts = NOW.strftime("%d/%b/%Y:%H:%M:%S +0000")
    if phi:
        cats = list(cats)
        ip = client_ip(cats)
        body_pairs = items(cats, None)
        cats = []
        body = J(dict([(k, v) for k, v in body_pairs] + [("consent", True), ("src", ch(["web", "ios", "android"]))]))
        path = ch(["/portal/api/v2/registration", "/portal/api/v2/profile", "/billing/api/payments",
                   "/api/eligibility/verify", "/scheduling/api/v1/appointments", "/portal/api/v1/identity/verify"])
        method = ch(["POST", "PUT", "PATCH"])
    else:
        ip = priv_ip()
        body = ch(["", J(dict(ctx_pairs(ri(2, 4))))])
        path = ch(CLEAN_PATHS)
        method = ch(["GET", "POST"])
    if R.random() < 0.65:
        rec = {"time_local": ts, "remote_addr": ip, "remote_user": "", "request": "%s %s HTTP/2.0" % (method, path),
               "status": ch([200, 201, 400, 422, 200]), "body_bytes_sent": ri(30, 9000),
               "request_time": round(R.uniform(0.001, 2.5), 3), "upstream_addr": "%s:8080" % priv_ip(),
               "upstream_response_time": "%.3f" % R.uniform(0.001, 2.4), "http_user_agent": ch(UAS if phi else BOT_UAS),
               "request_id": hexs(32), "request_body": body}
        return J(rec)
    return M(ip, ' - - [%s] "%s %s HTTP/1.1" %d %d "-" "%s" rt=%.3f uaddr=%s:8080 req_body="' % (
        ts, method, path, ch([200, 201, 204]), ri(30, 9000), ch(UAS if phi else BOT_UAS), R.uniform(0, 2), priv_ip()),
        E(body, lambda s: s.replace("\\", "\\x5C").replace('"', "\\x22")), '"')


def f_haproxy(phi, cats):
    pid = ri(1000, 40000)
    hdr = ["portal.northwindhealth.org", "-", "-"]
    if phi:
        cats = list(cats)
        ip = client_ip(cats)
        ua = ch(UAS)
        cap = []
        if pop(cats, "email"):
            cap.append(P(g_email(), "email"))
        if pop(cats, "mrn"):
            cap.append(P(g_mrn(), "mrn"))
        if not cap:
            cap.append("-")
        path, q = phi_path_query(cats)
        req = M(ch(["GET", "POST"]), " ", path, "" if q.pieces == ["-"] else M("?", q), " HTTP/1.1")
        caps = M("{portal.northwindhealth.org|", ua.split(" ")[0], "|", cap[0], "}", " {", cap[1] if len(cap) > 1 else "-", "}")
    else:
        ip = priv_ip()
        req = "%s %s HTTP/1.1" % (ch(["GET", "GET", "HEAD"]), ch(CLEAN_PATHS))
        caps = "{%s|%s|-} {-}" % (hdr[0], ch(BOT_UAS).split(" ")[0])
    be = ch(["be_portal/portal02", "be_sched/sched01", "be_billing/bill03", "be_clin/clin01"])
    return M("%s %s haproxy[%d]: " % (NOW.strftime("%b %d %H:%M:%S"), ch(["lb01", "lb02"]), pid), ip,
             ":%d [%s] fe_portal~ %s %d/%d/%d/%d/%d %d %d - - ---- %d/%d/%d/%d/0 0/0 " % (
                 ri(1024, 65535), (NOW - dt.timedelta(hours=5)).strftime("%d/%b/%Y:%H:%M:%S.") + "%03d" % ri(0, 999), be,
                 ri(0, 3), 0, ri(0, 2), ri(2, 900), ri(3, 950), ch([200, 200, 302, 401, 503]), ri(200, 80000),
                 ri(1, 900), ri(1, 800), ri(0, 40), ri(0, 10)), caps, ' "', req, '"')


def f_envoy(phi, cats):
    up = "%s:%d" % (priv_ip(), ch([8080, 8443, 50051]))
    if phi:
        cats = list(cats)
        xff = client_ip(cats)
        if R.random() < 0.5:
            path, q = phi_path_query(cats)
            pathq = M(path, "" if q.pieces == ["-"] else M("?", q))
            extra = None
        else:
            pathq = ch(["/clinical.v1.PatientService/UpdateContact", "/billing.v1.PaymentService/Authorize",
                        "/scheduling.v1.Booking/Create", "/identity.v1.Proofing/Verify"])
            its = items(cats, "short")
            extra = J(dict(its)) if its else None
            cats.clear()
    else:
        xff = priv_ip()
        pathq = ch(CLEAN_PATHS + ["/grpc.health.v1.Health/Check", "/envoy.service.auth.v3.Authorization/Check"])
        extra = J(dict(ctx_pairs(2))) if R.random() < 0.4 else None
    if R.random() < 0.55:
        line = M("[", iso_ms(), '] "', ch(["GET", "POST"]), " ", pathq, ' HTTP/2" %d - via_upstream - "-" %d %d %d %d "' % (
            ch([200, 200, 204, 403, 503]), ri(0, 4000), ri(0, 90000), ri(1, 900), ri(1, 880)), xff,
            '" "%s" "%s" "%s" "%s"' % (ch(UAS) if phi else ch(BOT_UAS), uid(), ch(["portal.northwindhealth.org", "clin-api.nwh.internal:8443"]), up))
        if extra is not None:
            line = M(line, " req_meta=", extra)
        return line
    rec = {"start_time": iso_ms(), "method": ch(["POST", "GET"]), "path": M(pathq), "protocol": "HTTP/2",
           "response_code": ch([200, 200, 401]), "response_flags": "-", "bytes_received": ri(0, 4000),
           "bytes_sent": ri(0, 60000), "duration": ri(1, 900), "x_forwarded_for": xff, "user_agent": ch(UAS) if phi else ch(BOT_UAS),
           "request_id": uid(), "authority": "api.northwindhealth.org", "upstream_host": up,
           "upstream_cluster": ch(["outbound|8443||clin-api.clinical.svc.cluster.local", "billing_api", "sched_api"])}
    if extra is not None:
        rec["dynamic_metadata"] = {"envoy.filters.http.lua": {"body_preview": extra}}
    return J(rec)


def f_alb(phi, cats):
    host = "portal.northwindhealth.org"
    if phi:
        cats = list(cats)
        ip = client_ip(cats)
        path, q = phi_path_query(cats)
        url = M("https://", host, ":443", path, "" if q.pieces == ["-"] else M("?", q))
        ua = ch(UAS)
    else:
        ip = priv_ip()
        qq = clean_query()
        url = "https://%s:443%s%s" % (ch([host, "internal-sched-alb-48213.us-east-1.elb.amazonaws.com"]), ch(CLEAN_PATHS), "" if qq == "-" else "?" + qq)
        ua = ch(BOT_UAS)
    tgt = "%s:%d" % (priv_ip(), ch([8080, 80, 8443]))
    return M(ch(["https", "h2"]), " ", iso_us(), " app/portal-alb/%s " % hexs(16), ip, ":%d %s %.3f %.3f %.3f %d %d %d %d \"" % (
        ri(1024, 65535), tgt, R.uniform(0, 0.002), R.uniform(0.001, 2), R.uniform(0, 0.001), 200, 200, ri(100, 4000), ri(100, 90000)),
        ch(["GET", "POST"]), " ", url, ' HTTP/2.0" "%s" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-1:%s:targetgroup/portal-tg/%s "Root=1-%x-%s" "%s" "arn:aws:acm:us-east-1:%s:certificate/%s" 0 %s "forward" "-" "-" "%s" "200" "-" "-" TID_%s' % (
            ua, "481239077261", hexs(16), int(epoch()), hexs(24), host, "481239077261", uid(), iso_us(NOW - dt.timedelta(milliseconds=ri(1, 900))), tgt, hexs(32)))


def f_cloudfront(phi, cats):
    if not phi and R.random() < 0.5:
        return M(ch(["#Version: 1.0", "#Fields: date time x-edge-location sc-bytes c-ip cs-method cs(Host) cs-uri-stem sc-status cs(Referer) cs(User-Agent) cs-uri-query cs(Cookie) x-edge-result-type x-edge-request-id x-host-header cs-protocol cs-bytes time-taken x-forwarded-for ssl-protocol ssl-cipher x-edge-response-result-type cs-protocol-version fle-status fle-encrypted-fields c-port time-to-first-byte x-edge-detailed-result-type sc-content-type sc-content-len sc-range-start sc-range-end"]))
    cookie = "-"
    if phi:
        cats = list(cats)
        ip = client_ip(cats)
        if ip.__class__ is str:
            ip = P(pub_ip4(), "ip")  # viewer address is always the end user
        if pop(cats, "mrn"):
            cookie = M("nwh_pt%3D", P(g_mrn(), "mrn"), ";%20_ga%3DGA1.2.", str(ri(100000000, 999999999)))
        stem, q = phi_path_query(cats)
        ua = q20(ch(UAS))
    else:
        ip = priv_ip()
        stem, q = ch(["/portal/static/js/main.%s.js" % hexs(8), "/img/logo-northwind.svg", "/fonts/inter-var.woff2"]), "-"
        ua = q20(ch(BOT_UAS))
    cols = [NOW.strftime("%Y-%m-%d"), NOW.strftime("%H:%M:%S"), ch(["ORD51-C2", "IAD89-C1", "MDW50-C1"]), str(ri(300, 90000)),
            ip, ch(["GET", "GET", "POST"]), "d1k4x7example.cloudfront.net", stem, ch(["200", "200", "304", "403"]),
            "https://portal.northwindhealth.org/", ua, q, cookie, ch(["Hit", "Miss", "RefreshHit"]),
            base64.b64encode(rbytes(42)).decode().replace("+", "-").replace("/", "_"), "portal.northwindhealth.org", "https",
            str(ri(100, 2000)), "%.3f" % R.uniform(0, 2), "-", "TLSv1.3", "TLS_AES_128_GCM_SHA256", "Hit", "HTTP/2.0", "-", "-",
            str(ri(1024, 65535)), "%.3f" % R.uniform(0, 1), "Hit", ch(["image/jpeg", "application/json", "text/javascript"]),
            str(ri(100, 90000)), "-", "-"]
    out = []
    for i, c in enumerate(cols):
        if i:
            out.append("\t")
        out.append(c)
    return M(*out)


def f_s3(phi, cats):
    owner = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"
    bucket = ch(["nwh-portal-uploads-prod", "nwh-billing-exports", "nwh-portal-media-prod"])
    if phi:
        cats = list(cats)
        ip = client_ip(cats)
        if pop(cats, "photo"):
            key = P("patient-photos/%d/%s.jpg" % (ri(100000, 999999), hexs(16)), "photo")
        elif pop(cats, "name"):
            nm = g_name("fl")
            key = M("statements/2025/03/", P(ascii_fold(nm).replace(" ", "_"), "name"), "_stmt_%s.pdf" % hexs(6))
        elif pop(cats, "mrn"):
            key = M("intake-forms/", P(g_mrn(), "mrn"), "/", uid(), ".pdf")
        else:
            key = "uploads/%s/%s.pdf" % (NOW.strftime("%Y/%m/%d"), uid())
        pairs = items(cats, "url")
        cats.clear()
        q = M("?", query_from(pairs)) if pairs else ""
        op = ch(["REST.PUT.OBJECT", "REST.GET.OBJECT"])
    else:
        ip = priv_ip()
        key = ch(["exports/census/2025-02.csv.gz", "static/portal/%s.js" % hexs(10), "logs/alb/%s.log.gz" % hexs(12), "-"])
        q = ""
        op = ch(["REST.GET.OBJECT", "REST.HEAD.OBJECT", "BATCH.DELETE.OBJECT", "REST.GET.BUCKET"])
    k_url = key if isinstance(key, (M, P)) else key
    return M(owner, " ", bucket, " [", clf(tz="+0000"), "] ", ip,
             " arn:aws:sts::481239077261:assumed-role/%s/%s %s %s " % (ch(["portal-web-task", "billing-exporter", "media-svc"]), ch(["i-0a1b2c3d4e5f60718", "botocore-session-%d" % ri(10**9, 10**10 - 1)]), hexs(16, True), op),
             key, ' "', op.split(".")[1], " /", bucket, "/", k_url, q, ' HTTP/1.1" 200 - %d %d %d %d "-" "aws-sdk-java/2.25.1 Linux/5.10 OpenJDK_64-Bit_Server_VM/17.0.10" - %s SigV4 ECDHE-RSA-AES128-GCM-SHA256 AuthHeader %s.s3.us-east-1.amazonaws.com TLSv1.2 - -' % (
                 ri(100, 900000), ri(100, 900000), ri(1, 300), ri(1, 200), b64(ri(40, 60)), bucket))


def f_apigw(phi, cats):
    rid = uid()
    if R.random() < 0.5:
        # access log (JSON $context)
        if phi:
            cats = list(cats)
            ip = client_ip(cats)
            extra = dict(items(cats, "short"))
            cats.clear()
        else:
            ip, extra = priv_ip(), {}
        rec = {"requestId": rid, "ip": ip, "caller": "-", "user": "-", "requestTime": clf(tz="+0000"),
               "httpMethod": ch(["POST", "GET"]), "resourcePath": ch(["/v1/eligibility", "/v1/patients/{id}", "/v1/payments", "/v1/appointments"]),
               "status": ch(["200", "200", "400", "429"]), "protocol": "HTTP/1.1", "responseLength": str(ri(50, 9000)),
               "integrationLatency": str(ri(3, 2500)), "apiKeyId": hexs(10), "stage": "prod"}
        if extra:
            if R.random() < 0.5:
                rec["authorizer"] = {"claims": extra}
            else:
                rec.update(extra)
        return J(rec)
    # execution log
    if phi:
        cats = list(cats)
        body = J(dict(items(cats, "short")))
        cats.clear()
        what = ch(["Method request body before transformations: ", "Endpoint request body after transformations: ",
                   "Endpoint response body before transformations: "])
        return M("(%s) " % rid, what, body)
    return M("(%s) %s" % (rid, ch(["Extended Request Id: %s=" % hexs(14), "Method completed with status: 200",
                                   "Endpoint request URI: https://%s.execute-api.us-east-1.amazonaws.com/prod/v1/eligibility" % hexs(10),
                                   "Verifying Usage Plan for request: %s. API Key: ****%s API Stage: %s/prod" % (rid, hexs(8), hexs(10)),
                                   "Method request headers: {X-Amzn-Trace-Id=Root=1-%x-%s, Host=api.northwindhealth.org, User-Agent=%s}" % (int(epoch()), hexs(24), ch(BOT_UAS))])))


def f_syslog(phi, cats):
    pri = ch([134, 133, 131, 86, 38, 14])
    app = ch(["scheduling", "billing", "portal", "faxgw", "identity", "clinical-api"])
    msgid = ch(["APPT_BOOK", "PAY_AUTH", "LOGIN", "FAX_OUT", "IDP_CHECK", "-", "AUDIT"])
    sd = []
    body = ""
    if phi:
        cats = list(cats)
        half = cats[: (len(cats) + 1) // 2] if R.random() < 0.6 else cats
        rest = [c for c in cats if c not in half]
        parts = ["[", ch(["pt@32473", "patient@53011", "audit@32473", "phi@53011"])]
        for k, v in items(half, "short"):
            kk = k.replace(" ", "_")[:32]
            parts += [" ", kk, '="', E(v if isinstance(v, P) else str(v), sdesc), '"']
        parts.append("]")
        sd.append(M(*parts))
        body = msg(rest) if rest else ch(["", "record updated", "request processed"])
    else:
        body = clean_msg()
    sd.append('[origin ip="%s" software="%s"]' % (priv_ip(), ch(PRODUCTS)))
    if R.random() < 0.5:
        sd.append('[meta sequenceId="%d" sysUpTime="%d"]' % (ri(1, 999999), ri(1000, 99999999)))
    return M("<%d>1 %s %s %s %d %s " % (pri, iso_us() if R.random() < 0.5 else iso_ms(), ch(HOSTS), app, ri(100, 65000), msgid),
             *sd, " " if body else "", E(body, lambda s: s) if body else "")


WIN_NS = "http://schemas.microsoft.com/win/2004/08/events/event"


def f_winxml(phi, cats):
    comp = ch(["NWH-APP07.nwh.local", "NWH-SQL02.nwh.local", "NWH-WEB03.nwh.local", "NWH-FAX01.nwh.local"])
    sysx = ('<System><Provider Name="%s" Guid="{%s}"/><EventID>%d</EventID><Version>0</Version><Level>%d</Level>'
            '<Task>%d</Task><Opcode>0</Opcode><Keywords>0x80000000000000</Keywords><TimeCreated SystemTime="%s"/>'
            '<EventRecordID>%d</EventRecordID><Correlation ActivityID="{%s}"/><Execution ProcessID="%d" ThreadID="%d"/>'
            '<Channel>%s</Channel><Computer>%s</Computer><Security UserID="S-1-5-21-%d-%d-%d-%d"/></System>')
    if phi:
        cats = list(cats)
        prov, ch_ = ch(["NWH-PortalAudit", "NWH-RegistrationSvc", "NWH-FaxBridge", "Mirth Connect Service"]), ch(["Application", "NWH/Operational"])
        evid = ch([4101, 4102, 7001, 1200, 3305])
        data = []
        for k, v in items(cats, "short"):
            k2 = "".join(w[:1].upper() + w[1:] for w in k.split("_"))
            data += ['<Data Name="%s">' % xesc(k2), E(v if isinstance(v, P) else str(v), xesc), "</Data>"]
        if R.random() < 0.4:
            data += ['<Data Name="Operator">%s</Data>' % xesc(ch(STAFF_ACCTS)), '<Data Name="Workstation">%s</Data>' % ch(["REG-KIOSK-04", "ED-WOW-17", "BILL-PC-221"])]
        ed = M("<EventData>", *data, "</EventData>")
    else:
        k = ri(0, 2)
        if k == 0:
            prov, ch_, evid = "Microsoft-Windows-Security-Auditing", "Security", ch([4624, 4625, 4634, 4672])
            ed = ('<EventData><Data Name="SubjectUserSid">S-1-5-18</Data><Data Name="TargetUserName">%s</Data>'
                  '<Data Name="TargetDomainName">NWH</Data><Data Name="LogonType">%d</Data><Data Name="WorkstationName">%s</Data>'
                  '<Data Name="IpAddress">%s</Data><Data Name="IpPort">%d</Data><Data Name="AuthenticationPackageName">Kerberos</Data></EventData>') % (
                xesc(ch(STAFF_ACCTS).split("\\")[-1]), ch([3, 5, 10]), ch(["NWH-WEB03", "NWH-APP07", "-"]), priv_ip(), ri(1024, 65535))
        elif k == 1:
            prov, ch_, evid = "Microsoft-Windows-IIS-W3SVC", "System", ch([1011, 5074, 1074])
            ed = '<EventData><Data Name="AppPoolID">MyChartPool</Data><Data Name="ProcessID">%d</Data><Data Name="Version">%s</Data></EventData>' % (ri(1000, 30000), ch(PRODUCTS))
        else:
            prov, ch_, evid = ch(["NWH-PortalAudit", "Service Control Manager"]), "Application", ch([7036, 4200, 4201])
            ed = '<EventData><Data Name="Message">%s</Data><Data Name="CorrelationId">%s</Data></EventData>' % (xesc(clean_msg()), uid())
    return M('<Event xmlns="%s">' % WIN_NS, sysx % (prov, uid().upper(), evid, ch([2, 3, 4]), ri(0, 20), iso_us().replace("Z", "0Z"),
                                                     ri(100000, 9999999), uid().upper(), ri(400, 30000), ri(400, 30000), ch_, comp,
                                                     ri(10**9, 4 * 10**9), ri(10**9, 4 * 10**9), ri(10**9, 4 * 10**9), ri(1000, 9999)),
             ed, "</Event>")


def f_evtx(phi, cats):
    if phi:
        cats = list(cats)
        ipv = client_ip(cats) if "ip" in cats else None
        data = dict(items(cats, "short"))
        if ipv is not None:
            data["ClientAddress"] = ipv
        data["Outcome"] = ch(["Success", "Updated", "Sent"])
        prov, evid, chan = ch(["NWH-PortalAudit", "NWH-RegistrationSvc", "NWH-FaxBridge"]), ch([4101, 4102, 7001]), "Application"
    else:
        prov, evid, chan = "Microsoft-Windows-Security-Auditing", ch([4624, 4625, 4648, 4740]), "Security"
        data = {"SubjectUserSid": "S-1-5-18", "TargetUserName": ch(STAFF_ACCTS).split("\\")[-1], "TargetDomainName": "NWH",
                "LogonType": ch([2, 3, 10]), "IpAddress": priv_ip(), "IpPort": str(ri(1024, 65535)),
                "LogonGuid": "{%s}" % uid().upper(), "ProcessName": "C:\\Windows\\System32\\svchost.exe"}
    rec = {"Event": {"#attributes": {"xmlns": WIN_NS},
                     "System": {"Provider": {"#attributes": {"Name": prov}}, "EventID": evid, "Level": ch([0, 4]),
                                "TimeCreated": {"#attributes": {"SystemTime": iso_us()}}, "EventRecordID": ri(10**5, 10**7),
                                "Channel": chan, "Computer": ch(["NWH-APP07.nwh.local", "NWH-DC01.nwh.local", "NWH-WEB03.nwh.local"]),
                                "Security": {"#attributes": {"UserID": "S-1-5-21-%d-%d-%d-%d" % (ri(10**9, 4 * 10**9), ri(10**9, 4 * 10**9), ri(10**9, 4 * 10**9), ri(500, 9999))}}},
                     "EventData": data}}
    if R.random() < 0.5:
        return M('{"event_record_id":%d,"timestamp":"%s","data":' % (rec["Event"]["System"]["EventRecordID"], iso_us()), J(rec), "}")
    return J(rec)


def f_journald_export(phi, cats):
    unit = ch(["billing-worker.service", "sched-api.service", "fax-gw.service", "portal-web.service", "mirth.service"])
    if phi:
        cats = list(cats)
        if R.random() < 0.5:
            m = msg(cats)
        else:
            m = M(ch(["UpdateDemographics ", "PaymentAuthorized ", "FaxQueued ", "Registration "]), *[
                M(" " if i else "", k, "=", v) for i, (k, v) in enumerate(items(cats, "short"))])
    else:
        m = clean_msg()
    t = NOW
    cursor = "s=%s;i=%x;b=%s;m=%x;t=%x;x=%s" % (hexs(32), ri(10**5, 10**7), hexs(32), ri(10**8, 10**10), int(epoch(t) * 1e6), hexs(16))
    return M("__CURSOR=", cursor, " __REALTIME_TIMESTAMP=%d __MONOTONIC_TIMESTAMP=%d _BOOT_ID=%s _TRANSPORT=%s PRIORITY=%d SYSLOG_FACILITY=3 SYSLOG_IDENTIFIER=%s _PID=%d _UID=%d _GID=%d _COMM=%s _SYSTEMD_UNIT=%s _HOSTNAME=%s _MACHINE_ID=%s MESSAGE=" % (
        int(epoch(t) * 1e6), ri(10**8, 10**11), hexs(32), ch(["stdout", "journal", "syslog"]), ch([3, 4, 6, 6]), unit.split(".")[0],
        ri(300, 65000), ri(990, 999), ri(990, 999), ch(["java", "node", "python3", "dotnet"]), unit, ch(HOSTS), hexs(32)), m)


def f_journald_json(phi, cats):
    unit = ch(["billing-worker.service", "sched-api.service", "fax-gw.service", "portal-web.service", "clin-api.service"])
    rec = {"__CURSOR": "s=%s;i=%x;b=%s;m=%x;t=%x;x=%s" % (hexs(32), ri(10**5, 10**7), hexs(32), ri(10**8, 10**10), int(epoch() * 1e6), hexs(16)),
           "__REALTIME_TIMESTAMP": str(int(epoch() * 1e6)), "__MONOTONIC_TIMESTAMP": str(ri(10**8, 10**11)),
           "_BOOT_ID": hexs(32), "PRIORITY": str(ch([3, 4, 6])), "_HOSTNAME": ch(HOSTS), "SYSLOG_IDENTIFIER": unit.split(".")[0],
           "_SYSTEMD_UNIT": unit, "_PID": str(ri(300, 65000)), "_TRANSPORT": "stdout"}
    if phi:
        cats = list(cats)
        if R.random() < 0.5:
            rec["MESSAGE"] = msg(cats)
        else:
            inner = dict(items(cats, "short"))
            inner = dict([("level", "info"), ("event", ch(["contact.updated", "payment.authorized", "fax.queued", "appt.booked"]))] + list(inner.items()))
            rec["MESSAGE"] = J(inner)
            rec["CODE_FILE"] = ch(["/app/src/handlers/contact.py", "/app/lib/billing/auth.rb", "src/fax/queue.ts"])
    else:
        rec["MESSAGE"] = clean_msg() if R.random() < 0.6 else J(dict(ctx_pairs(ri(3, 5))))
    return J(rec)


def f_gelf(phi, cats):
    rec = {"version": "1.1", "host": ch(HOSTS), "short_message": None, "timestamp": round(epoch(), 3), "level": ch([3, 4, 6, 6, 7]),
           "_app": ch(["scheduling", "billing", "portal", "identity"]), "_env": "prod"}
    if phi:
        cats = list(cats)
        if R.random() < 0.5:
            rec["short_message"] = msg(cats[:1] if len(cats) > 1 else cats)
            rest = cats[1:] if len(cats) > 1 else []
        else:
            rec["short_message"] = ch(["patient contact updated", "payment authorized", "ID proofing complete", "chart merged", "appointment booked"])
            rest = cats
        for k, v in items(rest, "short"):
            rec["_" + k] = v
        if R.random() < 0.5:
            rec["_trace_id"] = hexs(32)
    else:
        rec["short_message"] = clean_msg()
        for k, v in ctx_pairs(ri(2, 5)):
            rec["_" + k] = v
    return J(rec)


def f_fluentbit(phi, cats):
    tag = ch(["kube.var.log.containers.portal-web-6c9d8f7b5-4rtzl_portal_web-%s.log" % hexs(64),
              "portal.access", "billing.app", "sched.events", "syslog.fax-gw"])
    k8s = {"pod_name": ch(["portal-web-6c9d8f7b5-4rtzl", "sched-api-7f9c6d5b8-x2kqp", "billing-worker-0"]),
           "namespace_name": ch(["portal", "scheduling", "billing"]), "container_image": "registry.nwh.internal/%s:%s" % (
               ch(["portal-web", "sched-api", "billing-worker"]), "2025.03.%d" % ri(1, 31)), "host": ch(HOSTS)}
    if phi:
        cats = list(cats)
        if R.random() < 0.5:
            logv = msg(cats)
        else:
            logv = J(dict([("lvl", "INFO"), ("msg", "request")] + items(cats, "short")))
    else:
        logv = clean_msg() if R.random() < 0.5 else J(dict(ctx_pairs(ri(2, 4))))
    rec = {"time": iso_us().replace("Z", "000Z"), "stream": "stdout", "_p": "F", "log": logv, "kubernetes": k8s}
    st = ri(0, 2)
    if st == 0:
        return M("[%d] %s: [[%.9f, {}], " % (ri(0, 9), tag, epoch()), FB(rec), "]")
    if st == 1:
        return M("[%d] %s: [%.9f, " % (ri(0, 9), tag, epoch()), FB(rec), "]")
    return J(dict([("date", round(epoch(), 6))] + list(rec.items())))


def f_rubydebug(phi, cats):
    rec = {"@timestamp": Raw(iso_ms()), "@version": "1", "host": {"name": ch(HOSTS)},
           "event": {"original": None}, "log": {"file": {"path": ch(["/var/log/nwh/portal/app.log", "/var/log/nwh/billing/worker.log", "/var/log/mirth/mirth.log"])}}}
    if phi:
        cats = list(cats)
        half = cats[: len(cats) // 2]
        rest = [c for c in cats if c not in half]
        m = msg(rest)
        rec["event"]["original"] = m
        rec["message"] = m
        if half:
            rec["patient"] = dict(items(half, "short"))
    else:
        m = clean_msg()
        rec["event"]["original"] = m
        rec["message"] = m
        for k, v in ctx_pairs(ri(1, 3)):
            rec[k] = v
    rec["tags"] = [ch(["beats_input_codec_plain_applied", "portal", "billing"]), ch(["_grokparsefailure", "phi_candidate", "nwh"])]
    return RB(rec)


def f_proto(phi, cats):
    prefix = "%s%s %d %s] " % (ch("IW"), NOW.strftime("%m%d %H:%M:%S.%f"), ri(100, 30000),
                               ch(["patient_service.cc:214", "handler.go:88", "booking_server.cc:1021", "server.py:57"]))
    what = ch(["GetPatient request: ", "UpdateContact request: ", "BookAppointment response: ", "request proto: ", ""])
    if phi:
        cats = list(cats)
        out = []
        if pop(cats, "name") or (R.random() < 0.25):
            g, f = ch(FIRST), ch(LAST)
            if R.random() < 0.65:  # bias toward names that need octal escaping on the wire
                f = ch([x for x in LAST if not x.isascii()])
                if R.random() < 0.5:
                    g = ch([x for x in FIRST if not x.isascii()])
            if R.random() < 0.6:
                out += ["name { given: \"", P(proto_esc(g), "name", raw=True), "\" family: \"", P(proto_esc(f), "name", raw=True), "\" } "]
            else:
                out += ["display_name: \"", P(proto_esc(g + " " + f), "name", raw=True), "\" "]
        for k, v in items(cats, "short"):
            k = k.lower() if k.isupper() else "".join("_" + c.lower() if c.isupper() else c for c in k).lstrip("_")
            if isinstance(v, P) and v.raw:
                out += [k, ": ", v, " "]
            elif isinstance(v, P):
                out += [k, ': "', P(proto_esc(v.v), v.c, raw=True), '" ']
            else:
                out += [k, ': "%s" ' % v]
        body = M(*out, "request_id: \"%s\"" % uid())
        if R.random() < 0.4:
            body = M("patient { ", body, " } options { include_coverage: true }")
    else:
        pairs = ctx_pairs(ri(2, 4))
        bits = []
        for k, v in pairs:
            bits.append('%s: %s' % (k, v if isinstance(v, int) else '"%s"' % proto_esc(str(v))))
        body = " ".join(bits) + " page_size: %d" % ri(10, 200)
    return M(prefix, what, body)


def f_yaml(phi, cats):
    def yv(v):
        if isinstance(v, P):
            if v.raw:
                return M(v)
            return M('"', E(v, yq), '"')
        if isinstance(v, int):
            return str(v)
        return '"%s"' % yq(str(v))

    hdr = ch(["--- ", "config-dump[%s]: " % ch(["fax-gateway", "portal-notify", "sched-api", "billing-export"]),
              "DEBUG effective config: ", "kubectl get cm -o yaml | ", "helm values: "])
    if phi:
        cats = list(cats)
        pairs = items(cats, "short")
        inner = []
        for i, (k, v) in enumerate(pairs):
            inner += [", " if i else "", k, ": ", yv(v)]
        wrap = ch(["test_patient", "override_recipient", "smoke_fixture", "last_failed_record", "pinned_patient"])
        return M(hdr, "{", "apiVersion: v1, kind: ConfigMap, " if "kubectl" in hdr else "", "env: prod, ", wrap, ": {", *inner, "}}")
    pairs = ctx_pairs(ri(2, 5))
    inner = ", ".join("%s: %s" % (k, yv(v)) for k, v in pairs)
    extra = ch(["smtp: {host: smtp.nwh.internal, port: 587, from: %s}" % ch(STAFF_MAIL),
                "fax: {main: \"%s\", provider: FaxRelay Cloud Inc.}" % ch(HOSP_FAX),
                "clinic: {name: %s Lakeshore, address: \"%s\", phone: \"%s\"}" % (HOSP, HOSP_ADDR, ch(HOSP_PHONE)),
                "kafka: {bootstrap: \"kafka-0.kafka-headless:9092,kafka-1.kafka-headless:9092\", acks: all}",
                "retry: {max: 5, backoff: 250ms, jitter: 0.2}"])
    return M(hdr, "{", inner, ", ", extra, "}")


def f_toml(phi, cats):
    def tv(v):
        if isinstance(v, P):
            if v.raw:
                return M(v)
            return M('"', E(v, yq), '"')
        if isinstance(v, int):
            return str(v)
        return '"%s"' % yq(str(v))

    hdr = ch(["[dump] ", "config.toml: ", "effective settings (toml): ", ""])
    if phi:
        cats = list(cats)
        pairs = items(cats, "short")
        inner = []
        for i, (k, v) in enumerate(pairs):
            if isinstance(v, P) and v.c == "date" and R.random() < 0.5 and len(v.v) == 10 and v.v[4] == "-":
                inner += [", " if i else "", k, " = ", M(P(v.v, "date", raw=True))]
            else:
                inner += [", " if i else "", k, " = ", tv(v)]
        tbl = ch(["fixtures.patient", "notify.override", "fax.recipients", "qa.replay"])
        key = tbl.split(".")[1]
        return M(hdr, "%s = [ { " % key if tbl.startswith("fax") else "%s = { " % key, *inner, " } ]" if tbl.startswith("fax") else " }",
                 " # section [%s]" % tbl.split(".")[0])
    pairs = ctx_pairs(ri(2, 5))
    inner = ", ".join("%s = %s" % (k, tv(v)) for k, v in pairs)
    return M(hdr, ch(["server", "kafka", "billing", "portal"]), " = { ", inner, " }")


def f_kafka(phi, cats):
    hdrs = "traceparent:00-%s-%s-01,content-type:application/json,source:%s" % (hexs(32), hexs(16), ch(["sched-api", "billing", "portal", "mirth"]))
    if R.random() < 0.3:
        hdrs = "NO_HEADERS"
    lead = "CreateTime:%d\tPartition:%d\tOffset:%d\t" % (int(epoch() * 1000), ri(0, 11), ri(10**4, 10**8))
    if R.random() < 0.4:
        lead = "CreateTime:%d\t" % int(epoch() * 1000)
    if phi:
        cats = list(cats)
        key = P(g_mrn(), "mrn") if pop(cats, "mrn") else (uid() if R.random() < 0.6 else "null")
        ev = {"type": ch(["AppointmentBooked", "PatientUpdated", "PaymentPosted", "FaxRequested", "IdentityVerified"]),
              "eventId": uid(), "occurredAt": iso_ms()}
        pl = dict(items(cats, "short"))
        if not pl and isinstance(key, P):
            pl = {"dept": ch(DEPTS)}
        ev["payload"] = pl
        return M(lead, hdrs, "\t", key, "\t", J(ev))
    key = ch(["null", uid(), "ORD-2025-%07d" % ri(0, 9999999), ch(DEPTS)])
    ev = {"type": ch(["SlotReleased", "ClaimBatchPosted", "CacheInvalidated", "HeartBeat"]), "eventId": uid(), "occurredAt": iso_ms()}
    ev.update(dict(ctx_pairs(ri(1, 3))))
    return M(lead, hdrs, "\t", key, "\t", J(ev))


def f_avro(phi, cats):
    def un(v):
        if isinstance(v, P) and v.raw:
            return {"int": v}
        if isinstance(v, int):
            return {"long": v}
        return {"string": v}

    if phi:
        cats = list(cats)
        pl = {k: un(v) for k, v in items(cats, "short")}
        rec = {"eventId": uid(), "eventType": ch(["PATIENT_UPSERT", "COVERAGE_VERIFIED", "CONTACT_CHANGED", "CHART_MERGED"]),
               "ts": int(epoch() * 1000), "patient": {"com.northwind.events.v3.Patient": pl}, "source": {"string": ch(["epic", "portal", "mirth"])}}
    else:
        rec = {"eventId": uid(), "eventType": ch(["SLOT_RELEASED", "CLAIM_BATCH", "SCHEMA_PROBE"]), "ts": int(epoch() * 1000),
               "patient": None, "meta": {"map": {k: str(v) for k, v in ctx_pairs(ri(2, 4))}}}
    pre = ch(["", "", "null\t", "%s\t" % uid()])
    return M(pre, J(rec))


def f_grpc(phi, cats):
    svc, meth = ch([("clinical.v1.PatientService", "GetPatient"), ("clinical.v1.PatientService", "UpdateContact"),
                    ("billing.v1.PaymentService", "Authorize"), ("scheduling.v1.Booking", "Create"),
                    ("identity.v1.Proofing", "Verify"), ("grpc.health.v1.Health", "Check")])
    st = ri(0, 2)
    if phi:
        cats = list(cats)
        ipv = client_ip(cats) if "ip" in cats else None
        pairs = items(cats, "short")
    else:
        ipv, pairs = None, []
    if st == 0:  # grpc-go zap interceptor json
        rec = {"level": "info", "ts": round(epoch(), 6), "caller": "logging/interceptors.go:%d" % ri(40, 200),
               "msg": "finished unary call with code OK", "grpc.start_time": iso_ms(), "system": "grpc", "span.kind": "server",
               "grpc.service": svc, "grpc.method": meth, "peer.address": "%s:%d" % (priv_ip(), ri(1024, 65535)),
               "grpc.code": ch(["OK", "OK", "NotFound", "InvalidArgument"]), "grpc.time_ms": round(R.uniform(0.2, 900), 3)}
        if ipv is not None:
            rec["grpc.request.metadata"] = {"x-forwarded-for": [ipv], "user-agent": ["grpc-web-javascript/0.1"]}
        if pairs:
            rec["grpc.request.content"] = dict(pairs)
        elif not phi:
            rec.update({k: v for k, v in ctx_pairs(2)})
        return J(rec)
    if st == 1:  # text access log
        out = [iso_ms(), " INFO grpc-access ", "/%s/%s" % (svc, meth), " code=%s dur=%.1fms peer=ipv4:%s:%d" % (
            ch(["OK", "OK", "UNAVAILABLE"]), R.uniform(0.2, 800), priv_ip(), ri(1024, 65535))]
        if ipv is not None:
            out += [" md[x-real-ip]=", ipv]
        if pairs:
            out.append(" req={")
            for i, (k, v) in enumerate(pairs):
                out += [" " if i else "", k, ":", M('"', v, '"') if isinstance(v, P) and not v.raw else v, ""]
            out.append("}")
        else:
            out.append(" req={} resp_bytes=%d trace=%s" % (ri(2, 9000), hexs(32)))
        return M(*out)
    # envoy grpc access log json (grpc-json transcoder)
    rec = {"authority": "clin-api.nwh.internal:8443", "method": "POST", "path": "/%s/%s" % (svc, meth), "grpc_status": ch(["0", "0", "5", "14"]),
           "duration_ms": ri(1, 800), "upstream": "%s:50051" % priv_ip(), "downstream_remote": ipv if ipv is not None else "%s:%d" % (priv_ip(), ri(1024, 65535)),
           "req_id": uid()}
    if pairs:
        rec["transcoded_body"] = J(dict(pairs))
    else:
        rec["x_b3_traceid"] = hexs(32)
    return J(rec)


def f_graphql(phi, cats):
    st = ri(0, 2)
    if phi:
        cats = list(cats)
        pairs = items(cats, "short")
        op = ch(["PatientLookup", "UpdateContactInfo", "VerifyCoverage", "BookVisit", "LinkProxy", "SubmitPayment"])
        if st == 0:  # variables
            varsd = dict(pairs)
            decl = ", ".join("$%s: String" % k for k in varsd)
            args = ", ".join("%s: $%s" % (k, k) for k in varsd)
            q = "query %s(%s) { patients(filter: {%s}) { id mrn status } }" % (op, decl, args) if op == "PatientLookup" else \
                "mutation %s(%s) { %s(input: {%s}) { ok errors { code } } }" % (op, decl, op[0].lower() + op[1:], args)
            rec = {"level": "info", "msg": "graphql request", "operationName": op, "query": q, "variables": varsd,
                   "durationMs": ri(3, 1500), "clientName": ch(["portal-web", "nwh-ios", "nwh-android"]), "traceId": hexs(32)}
            return J(rec)
        if st == 1:  # inline literals in query
            qi = ["mutation { %s(input: {" % (op[0].lower() + op[1:])]
            for i, (k, v) in enumerate(pairs):
                qi += [", " if i else "", k, ": "]
                qi += [M(v)] if isinstance(v, P) and v.raw else ['"', v, '"']
            qi.append("}) { ok } }")
            rec = {"ts": iso_ms(), "op": op, "query": M(*qi), "user": ch(STAFF_ACCTS[:2] + ["anonymous", "portal-session"]),
                   "complexity": ri(1, 80)}
            return J(rec)
        # text
        return M("%s [graphql] op=%s hash=%s vars=" % (iso_ms(), op, hexs(64)), JS(dict(pairs)), " dur=%dms errors=0" % ri(3, 1500))
    q = ch(["query IntrospectionQuery { __schema { queryType { name } types { name kind } } }",
            "query Slots($dept: String!, $from: Date!) { appointmentSlots(dept: $dept, from: $from) { start end providerNpi } }",
            "query Providers { providers(dept: \"%s\") { npi displayName specialty } }" % ch(DEPTS),
            "mutation { invalidateCache(key: \"appt_slots:%s\") }" % ch(DEPTS)])
    rec = {"level": "info", "msg": "graphql request", "operationName": q.split(" ")[1].split("(")[0] if q.startswith("query") else None,
           "query": q, "variables": {"dept": ch(DEPTS), "from": "2025-04-%02d" % ri(1, 28)} if "$dept" in q else {},
           "persistedQuery": {"version": 1, "sha256Hash": hexs(64)}, "durationMs": ri(3, 900), "clientName": ch(["portal-web", "nwh-ios", "apollo-studio"])}
    rec.update(dict(ctx_pairs(ri(1, 2))))
    if st == 2:
        return M("%s [graphql] op=%s hash=%s vars=" % (iso_ms(), rec["operationName"] or "anonymous", hexs(64)), JS(rec["variables"]), " dur=%dms errors=0" % ri(3, 900))
    return J(rec)


FAMILIES = [
    ("iis_w3c", f_iis, URL_OK), ("apache_combined", f_apache, URL_OK), ("nginx", f_nginx, CATS),
    ("haproxy", f_haproxy, URL_OK), ("envoy", f_envoy, CATS), ("aws_alb", f_alb, URL_OK),
    ("cloudfront", f_cloudfront, URL_OK), ("s3_access", f_s3, URL_OK), ("api_gateway", f_apigw, CATS),
    ("syslog_rfc5424", f_syslog, CATS), ("windows_event_xml", f_winxml, CATS), ("evtx_json", f_evtx, CATS),
    ("journald_export", f_journald_export, CATS), ("journald_json", f_journald_json, CATS), ("gelf", f_gelf, CATS),
    ("fluentbit", f_fluentbit, CATS), ("logstash_rubydebug", f_rubydebug, CATS), ("protobuf_text", f_proto, CATS),
    ("yaml_dump", f_yaml, CATS), ("toml_dump", f_toml, CATS), ("kafka_console", f_kafka, CATS),
    ("avro_console", f_avro, CATS), ("grpc_access", f_grpc, CATS), ("graphql", f_graphql, CATS),
]

COUNT = collections.Counter()
BASEW = {"name": 3, "date": 2.5, "mrn": 2, "ip": 1.6, "phone": 1.5, "email": 1.5, "address": 1.5, "zip": 1.2}


def pick_cats(allowed):
    k = R.choices([1, 2, 3, 4, 5], [28, 30, 22, 13, 7])[0]
    pool = list(allowed)
    cats = []
    for _ in range(k):
        w = [BASEW.get(c, 1.0) / (1 + COUNT[c]) ** 1.2 for c in pool]
        c = R.choices(pool, w)[0]
        pool.remove(c)
        cats.append(c)
    return cats


def render(x):
    text, spans, pos = [], [], 0
    for p in flatten(x):
        if isinstance(p, P):
            b = p.v.encode("utf-8")
            spans.append({"s": pos, "e": pos + len(b), "cat": p.c, "_v": p.v})
            text.append(p.v)
            pos += len(b)
        else:
            text.append(p)
            pos += len(p.encode("utf-8"))
    return "".join(text), spans


def main():
    flags = [False] * N_CLEAN + [True] * (N_LINES - N_CLEAN)
    R.shuffle(flags)
    fams = [FAMILIES[i % len(FAMILIES)] for i in range(N_LINES)]
    R.shuffle(fams)
    lines, labels = [], []
    for i in range(N_LINES):
        tick()
        name, fn, allowed = fams[i]
        phi = flags[i]
        cats = pick_cats(allowed) if phi else []
        line, spans = render(fn(phi, list(cats)))
        # ---- checks ----
        assert "\n" not in line and "\r" not in line, (name, line)
        lb = line.encode("utf-8")
        last_e = -1
        for sp in sorted(spans, key=lambda s: s["s"]):
            assert lb[sp["s"]:sp["e"]].decode("utf-8") == sp["_v"], (name, sp)
            assert sp["_v"] == sp["_v"].strip() and sp["_v"], ("whitespace/empty", name, sp)
            assert sp["s"] >= last_e, ("overlap", name, sp, line)
            last_e = sp["e"]
        if not phi:
            assert not spans, (name, line, spans)
        else:
            assert spans, ("PHI line without spans", name, cats, line)
        for sp in spans:
            COUNT[sp["cat"]] += 1
        lines.append(line)
        labels.append({"line": i + 1, "family": name,
                       "spans": [{"s": s["s"], "e": s["e"], "cat": s["cat"]} for s in sorted(spans, key=lambda s: s["s"])]})
    with open(os.path.join(HERE, "aq.log"), "w", encoding="utf-8", newline="\n") as f:
        for l in lines:
            f.write(l + "\n")
    with open(os.path.join(HERE, "aq.labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    # ---- re-verify from disk ----
    with open(os.path.join(HERE, "aq.log"), "rb") as f:
        disk = f.read().split(b"\n")
    assert disk[-1] == b"" and len(disk) - 1 == N_LINES
    for lab, raw in zip(labels, disk):
        for sp in lab["spans"]:
            assert 0 <= sp["s"] < sp["e"] <= len(raw)
    n_phi = sum(1 for l in labels if l["spans"])
    missing = [c for c in CATS if COUNT[c] < 8]
    assert not missing, ("categories under 8", missing, COUNT)
    fam_count = collections.Counter(l["family"] for l in labels)
    print("lines: %d" % len(lines))
    print("lines with PHI: %d (%.1f%%), without: %d" % (n_phi, 100.0 * n_phi / len(lines), len(lines) - n_phi))
    print("spans: %d" % sum(COUNT.values()))
    for c in CATS:
        print("  %-12s %d" % (c, COUNT[c]))
    print("families: %d -> %s" % (len(fam_count), ", ".join("%s=%d" % kv for kv in sorted(fam_count.items()))))


if __name__ == "__main__":
    main()
