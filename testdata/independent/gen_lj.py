#!/usr/bin/env python3
"""Generator for the "lj" held-out corpus: a health system's (Northbridge Health) API
platform and its observability pipeline.

Formats: OpenTelemetry collector debug exporter output (traces, logs, metrics; detailed
verbosity, one physical line per printed line), collector's own zap console logs, Envoy default
and Istio text access logs, Istio JSON access logs, Envoy debug header dumps, Kong http-log JSON
and Kong/nginx error.log, Apigee MessageLogging syslog and JavaScript-policy print output,
gRPC metadata (Go slog), protobuf text-format dumps, grpc-go/absl/Java gRPC logs, Jaeger and
Zipkin span JSON, W3C traceparent/tracestate/baggage propagation logs, Kubernetes audit events,
Prometheus/OpenMetrics exposition with exemplars, FHIR gateway request/response bodies
(Spring Boot and pino JSON), SMART on FHIR token introspection, Java stack traces, a DLP scan
CSV export and free-text SRE/privacy notes.

Writes lj.log (500 lines) and lj.labels.jsonl next to this script. Standard library only,
deterministic (fixed seed; no clock or OS randomness).

Labeling decisions:
- Label identifiers of patients, members, portal users (who are patients or proxies), relatives,
  emergency contacts and guarantors. Never label clinicians, SREs, engineers, support staff,
  privacy office or vendor/business contact data, NPIs, facility/organisation data.
- FHIR Patient (and RelatedPerson) logical ids are other_id wherever they appear (path segment,
  reference "Patient/<id>" -> only the id, search param, SMART "patient" claim, fhirUser).
  Logical ids of other resources (Observation, Encounter, Appointment, Organization, ...) are not
  labeled: they identify records, not people.
- Patient-portal usernames and the SMART "sub" of a patient user are other_id. Staff usernames,
  Kubernetes users/service accounts, client_ids, Kong consumers that are apps are not labeled.
- MRN -> mrn (a glued prefix such as "MRN00482913" is part of the span; "MRN: " with a
  separator is not). Health plan member/subscriber ids, Medicare MBI, Medicaid ids -> health_plan.
  Billing/patient account numbers and card numbers -> account.
- Public client IPs are labeled ip only when the client is the patient's own app/browser
  (MyHealth app user agents, patient-portal sessions, patient tokens). Private/cluster/pod IPs,
  partner/HIE egress IPs, staff VPN addresses and kube sourceIPs are never labeled.
- Dates labeled only when tied to the person: birth dates, appointment dates, admission/service
  dates. Log timestamps, token exp/iat, meta.lastUpdated, span start/end times are not.
- Ages labeled only when over 89.
- Address parts below state level (street line, city, county, home geocode "lat,lon") ->
  address; postal code -> zip; state alone is not labeled.
- A payer token's "sub" that is the member id -> health_plan. Patient plates/VINs -> vehicle;
  patient driver's licence -> license; personal social/blog URLs -> url; identity-proofing face
  or fingerprint templates -> biometric; base64 face images (Patient.photo, portraits) -> photo.
- Patient-device serials, MACs, IMEIs -> device; pod names, node names, container ids are not.
- Trace/span/request/audit ids, UUIDs of records, hashes (including salted hashes of MRNs emitted
  by the redaction processor), masked values ("***", "[REDACTED]", "<hash>") are not labeled.
- Values are labeled in the form they appear (URL-encoded, JSON-escaped, protobuf-octal-escaped,
  SQL-quoted); a name split into family/given fields gets one span per field; "Last, First"
  written together is one span.
"""
import datetime
import json
import os
import random
import unicodedata
import uuid
from urllib.parse import quote

R = random.Random(20240314)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "lj"
HS = "northbridgehealth.org"

# --------------------------------------------------------------------------- span markers
_REG = []
MA, MB, MC = "\ue000", "\ue001", "\ue002"


def P(value, cat):
    """Mark a PHI value; returns the value wrapped in private-use markers."""
    value = str(value)
    i = len(_REG)
    _REG.append((value, cat))
    return MA + str(i) + MB + value + MC


_NUMS = []


def PN(value, cat):
    """Mark a numeric PHI value to be emitted unquoted by jdump()."""
    m = P(value, cat)
    _NUMS.append(m)
    return m


def jdump(obj, **kw):
    kw.setdefault("ensure_ascii", False)
    out = json.dumps(obj, **kw)
    for m in _NUMS:
        out = out.replace('"%s"' % m, m)
    return out


def proto_escape(s):
    out = []
    for b in s.encode("utf-8"):
        out.append("\\%03o" % b if b >= 0x80 else chr(b))
    return "".join(out)


def variants(v):
    return {v, json.dumps(v)[1:-1], json.dumps(v, ensure_ascii=False)[1:-1], proto_escape(v)}


def finalize(s):
    s = s.replace("\\ue000", MA).replace("\\ue001", MB).replace("\\ue002", MC)
    out = bytearray()
    spans = []
    pos = 0
    while True:
        a = s.find(MA, pos)
        if a < 0:
            out += s[pos:].encode("utf-8")
            break
        out += s[pos:a].encode("utf-8")
        b = s.index(MB, a)
        c = s.index(MC, b)
        idx = int(s[a + 1:b])
        content = s[b + 1:c]
        val, cat = _REG[idx]
        assert content in variants(val), (content, val)
        st = len(out)
        out += content.encode("utf-8")
        spans.append({"s": st, "e": len(out), "cat": cat})
        pos = c + 1
    line = out.decode("utf-8")
    for ch in (MA, MB, MC, "\n", "\r"):
        assert ch not in line, repr(line)
    assert line.strip(), "empty line"
    bl = line.encode("utf-8")
    for sp in spans:
        seg = bl[sp["s"]:sp["e"]].decode("utf-8")
        assert seg and seg == seg.strip(), (seg, line)
    return line, spans


# --------------------------------------------------------------------------- clock & ids
T = datetime.datetime(2024, 3, 14, 9, 58, 2, 117000, tzinfo=datetime.timezone.utc)


def tick(lo=0.05, hi=6.0):
    global T
    T = T + datetime.timedelta(milliseconds=int(R.uniform(lo, hi) * 1000))
    return T


def iso(t=None):
    t = t or T
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def iso_us(t=None):
    t = t or T
    return t.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def otel_ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%06d%03d +0000 UTC" % (t.microsecond, R.randint(0, 999))


def ep_ms(t=None):
    t = t or T
    return int(t.timestamp() * 1000)


def ep_us(t=None):
    t = t or T
    return int(t.timestamp() * 1000000)


def hx(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def tid():
    return hx(32)


def sid():
    return hx(16)


def b62(n):
    return "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def podname(dep):
    return "%s-%s-%s" % (dep, "".join(R.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(R.choice([9, 10]))),
                         "".join(R.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(5)))


def pip():
    return R.choice(["10.42.%d.%d", "10.40.%d.%d", "10.96.%d.%d", "172.20.%d.%d"]) % (R.randint(0, 15), R.randint(2, 250))


PODS = {d: [podname(d) for _ in range(3)] for d in
        ["fhir-gateway", "patient-portal-bff", "mpi-service", "smart-authz", "claims-api",
         "otel-collector-gateway", "kong-gateway", "scheduling-api", "billing-api"]}
NODES = ["ip-10-40-%d-%d.ec2.internal" % (R.randint(0, 15), R.randint(2, 250)) for _ in range(5)]

# --------------------------------------------------------------------------- people
NAMES = [
    ("Chinedu", "Okafor", "male"), ("Oluwaseun", "Adebayo", "female"), ("Thị Lan", "Nguyễn", "female"),
    ("María José", "García-Ruiz", "female"), ("Jean-Luc", "de la Fontaine", "male"),
    ("Siobhán", "O'Sullivan", "female"), ("Pieter", "van der Berg", "male"), ("Fatima", "Al-Hashimi", "female"),
    ("Katarzyna", "Kowalczyk", "female"), ("Hiroshi", "Tanaka", "male"), ("Ingrid", "Ødegaard", "female"),
    ("Björn", "Lindqvist", "male"), ("Heinz", "Müller-Lüdenscheidt", "male"), ("Eleni", "Papadopoulou", "female"),
    ("Ngozi", "Eze", "female"), ("Alejandro", "Ramírez", "male"), ("Wei", "Chen", "male"), ("Min-jun", "Kim", "male"),
    ("Hodan", "Abdi", "female"), ("Gurpreet", "Singh", "male"), ("Anjali", "Patel", "female"), ("Théo", "Dubois", "male"),
    ("Giulia", "Rossi", "female"), ("Rami", "Haddad", "male"), ("Miriam", "Friedman", "female"), ("Emre", "Yılmaz", "male"),
    ("Svetlana", "Kuznetsova", "female"), ("Thabo", "Mbeki-Dlamini", "male"), ("Walter", "Brennan-Kaye", "male"),
    ("Dolores", "McAllister", "female"), ("Kwame", "Asante", "male"), ("Aroha", "Ngata", "female"),
    ("Dmitri", "Volkov", "male"), ("Bridget", "Fitzgerald", "female"), ("José Luis", "De la Cruz", "male"),
    ("Mohammed", "Rahman", "male"), ("Leilani", "Kahananui", "female"), ("Yusuf", "Demir", "male"),
    ("Astrid", "Van den Bossche", "female"), ("Ewa", "Wiśniewska", "female"), ("Juan Carlos", "Pérez Gómez", "male"),
    ("Priyanka", "Venkataraman", "female"), ("Carlos", "dos Santos", "male"), ("Ah-young", "Park", "female"),
    ("Ruth", "Goldberg", "female"), ("Ebenezer", "Mensah", "male"), ("Marguerite", "LeBlanc", "female"),
    ("Henrik", "Søndergaard", "male"), ("Zainab", "Bello", "female"), ("Tomás", "Ó Briain", "male"),
    ("Amara", "Okonkwo-Reid", "female"), ("Harold", "Whitcombe", "male"), ("Beatriz", "Nascimento", "female"),
    ("Lakshmi", "Iyer", "female"), ("Jun", "Watanabe", "male"), ("Nadia", "Haddad-Saleh", "female"),
    ("Stanisław", "Wróbel", "male"), ("Mei", "Lin", "female"), ("Olga", "Petrenko", "female"),
    ("Dwayne", "Jackson", "male"), ("Shirley", "Thompson", "female"), ("Earl", "Washington", "male"),
    ("Rosa", "Villanueva", "female"), ("Abdirahman", "Warsame", "male"), ("Colm", "MacGiolla", "male"),
]
MIDDLE = ["A", "J", "Marie", "Lee", "K", "Ann", "R", "Ikechukwu", "Elena", ""]
CITIES = [("Worcester", "MA", "01604", "Worcester County"), ("Lowell", "MA", "01852", "Middlesex County"),
          ("Brockton", "MA", "02301", "Plymouth County"), ("Quincy", "MA", "02169", "Norfolk County"),
          ("Framingham", "MA", "01702", "Middlesex County"), ("Fitchburg", "MA", "01420", "Worcester County"),
          ("Nashua", "NH", "03060", "Hillsborough County"), ("Manchester", "NH", "03103", "Hillsborough County"),
          ("Providence", "RI", "02908", "Providence County"), ("Springfield", "MA", "01109", "Hampden County"),
          ("Pittsfield", "MA", "01201", "Berkshire County"), ("Leominster", "MA", "01453", "Worcester County"),
          ("New Bedford", "MA", "02740", "Bristol County"), ("Fall River", "MA", "02720", "Bristol County"),
          ("Haverhill", "MA", "01830", "Essex County"), ("Lawrence", "MA", "01841", "Essex County"),
          ("Shrewsbury", "MA", "01545", "Worcester County"), ("Woonsocket", "RI", "02895", "Providence County")]
STREETS = ["Maple St", "Pleasant Street", "Chandler St", "Grafton Street", "Lincoln Ave", "Elm Street", "Highland Ave",
           "Summer St", "Water Street", "Mill Rd", "Salisbury St", "Plantation Street", "Park Ave", "Oak Hill Rd",
           "Boston Post Road", "Rue Beaulieu", "Thayer Street", "Pine Grove Ln", "Washington St Apt 4B",
           "Cedar St Unit 12", "Main Street, Apt 307"]
AREA = ["508", "774", "978", "617", "603", "401", "413", "351", "857"]
MAILD = ["gmail.com", "yahoo.com", "comcast.net", "outlook.com", "icloud.com", "aol.com", "verizon.net", "hotmail.com"]
FOLD = {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ı": "i", "ß": "ss", "đ": "d"}


def fold(s):
    s = "".join(FOLD.get(c, c) for c in s)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def mk_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def mk_phone():
    return (R.choice(AREA), str(R.randint(201, 989)), "%04d" % R.randint(0, 9999))


def fphone(ph, style=None):
    a, b, c = ph
    style = style if style is not None else R.randint(0, 6)
    return ["(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), "%s%s%s" % (a, b, c), "+1%s%s%s" % (a, b, c),
            "%s.%s.%s" % (a, b, c), "+1 %s %s %s" % (a, b, c), "1-%s-%s-%s" % (a, b, c)][style]


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def fdate(d, style=None):
    style = style if style is not None else R.randint(0, 7)
    return [d.strftime("%Y-%m-%d"), "%02d/%02d/%d" % (d.month, d.day, d.year), "%d/%d/%d" % (d.month, d.day, d.year),
            "%02d.%02d.%d" % (d.day, d.month, d.year), "%s %d, %d" % (MON[d.month - 1], d.day, d.year),
            d.strftime("%Y%m%d"), "%02d-%s-%d" % (d.day, MON[d.month - 1].upper(), d.year),
            "%d %s %d" % (d.day, MON[d.month - 1], d.year)][style]


def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def mk_mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    A = L + "0123456789"
    return "".join([R.choice("123456789"), R.choice(L), R.choice(A), R.choice("0123456789"), R.choice(L), R.choice(A),
                    R.choice("0123456789"), R.choice(L), R.choice(L), R.choice("0123456789"), R.choice("0123456789")])


def mk_vin():
    A = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return R.choice(["1HG", "2T1", "1FT", "5YJ", "JN1", "WBA", "3VW"]) + "".join(R.choice(A) for _ in range(14))


class Pt(object):
    pass


def mk_patient(given, family, sex):
    p = Pt()
    p.given, p.family, p.sex = given, family, sex
    p.middle = R.choice(MIDDLE)
    y = R.randint(1924, 1933) if R.random() < 0.17 else R.randint(1941, 2016)
    p.dob = datetime.date(y, R.randint(1, 12), R.randint(1, 28))
    p.age = 2024 - y - (1 if (p.dob.month, p.dob.day) > (3, 14) else 0)
    p.mrn = "%08d" % R.randint(100000, 9999999)
    p.ssn = mk_ssn()
    p.phone = mk_phone()
    p.email = R.choice(["%s.%s", "%s%s", "%s_%s%d" % ("%s", "%s", y % 100), "%s.%s%d" % ("%s", "%s", R.randint(1, 99))]) % (
        fold(given.split()[0]).lower().replace("-", ""), fold(family).lower().replace(" ", "").replace("'", ""))
    p.email = p.email + "@" + R.choice(MAILD)
    f1 = fold(given)[0].lower()
    p.user = R.choice([f1 + fold(family).lower().replace(" ", "").replace("'", "").replace("-", "") + str(y % 100),
                       fold(given.split()[0]).lower() + "." + fold(family.split()[-1]).lower().replace("'", ""),
                       fold(family.split()[-1]).lower().replace("'", "") + "_" + digits(3)])
    c = R.choice(CITIES)
    p.street = "%d %s" % (R.randint(3, 2980), R.choice(STREETS))
    p.city, p.state, p.zip, p.county = c
    p.fid = R.choice([uid(), "e" + b62(22), "pt-" + digits(7), b62(16)])
    p.member = R.choice(["XWH", "ZGP", "MBH", "TFA", "HPH"]) + digits(9)
    p.member_sfx = "%02d" % R.randint(0, 3)
    p.mbi = mk_mbi()
    p.medicaid = R.choice(["1000", "1003", "1006"]) + digits(8)
    p.acct = "A" + digits(9)
    pref = R.choice(["4", "51", "37", "6011"])
    p.card = luhn_complete(pref, 15 if pref == "37" else 16)
    p.dl = "S" + digits(8)
    p.plate = R.choice(["%d%s%s%d", "%d%s%s%d"]) % (R.randint(1, 9), R.choice("ABCDEFGHJKLMNPRSTVWXY"),
                                                     R.choice("ABCDEFGHJKLMNPRSTVWXY"), R.randint(100, 999))
    p.vin = mk_vin()
    p.ip = R.choice([
        "%d.%d.%d.%d" % (R.choice([24, 50, 66, 67, 68, 69, 71, 73, 75, 76, 96, 97, 98, 108, 173, 174, 184, 209]),
                         R.randint(1, 254), R.randint(0, 255), R.randint(1, 254)),
        "%d.%d.%d.%d" % (R.choice([24, 73, 98, 174]), R.randint(1, 254), R.randint(0, 255), R.randint(1, 254)),
        "2601:%x:%x:%x::%x" % (R.randint(0x100, 0xfff), R.randint(0x1000, 0xffff), R.randint(0, 0xffff), R.randint(1, 0xfff))])
    p.dev_kind = R.choice(["cgm", "bp", "pump", "phone"])
    p.device = {"cgm": "DXG7" + "".join(R.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(8)),
                "bp": "OMR%s%s" % (digits(4), digits(6)),
                "pump": "NG" + digits(7) + R.choice("HKLM"),
                "phone": luhn_complete("35" + digits(6), 15)}[p.dev_kind]
    p.mac = ":".join("%02x" % R.randint(0, 255) for _ in range(6))
    return p


PATIENTS = [mk_patient(*n) for n in NAMES]
R.shuffle(PATIENTS)
_pidx = [0]


def pat():
    p = PATIENTS[_pidx[0] % len(PATIENTS)]
    _pidx[0] += 1
    if R.random() < 0.25:
        return R.choice(PATIENTS)
    return p


def old_pat():
    return R.choice([x for x in PATIENTS if x.age > 89])


def b64(n):
    return "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(n))


def face_jpeg_b64():
    head = "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/"
    body = b64(R.choice([96, 128, 160]))
    body = body[:len(body) - (len(head) + len(body) + 2) % 4]
    return head + body + "=="


REL = [("Adaeze", "Okafor", "daughter"), ("Marcus", "Reid", "son"), ("Linh", "Tran", "granddaughter"),
       ("Gerald", "McAllister", "spouse"), ("Sofía", "Ramírez", "daughter"), ("Karin", "Lindqvist", "spouse"),
       ("Samir", "Haddad", "son"), ("Nomvula", "Dlamini", "niece"), ("Patrick", "Fitzgerald", "brother")]

SRES = ["priya.raman", "kevin.whitfield", "t.okonjo", "marta.sokolova", "dan.brightwater", "aisha.karimi", "j.oyelaran"]
SRE_FULL = ["Priya Raman", "Kevin Whitfield", "Tunde Okonjo", "Marta Sokolova", "Dan Brightwater", "Aisha Karimi"]
CLIN = [("Helen", "Marsh", "1487362910"), ("Rafael", "Ortega", "1902847365"), ("Samuel", "Adeyemi", "1356792048"),
        ("Yuki", "Hoshino", "1629384750"), ("Catherine", "Dunleavy", "1770293846")]

# --------------------------------------------------------------------------- shared request scenarios
UA_APP = ["NBHMyHealth/5.12.1 (iPhone15,3; iOS 17.3.1) Alamofire/5.8.1",
          "NBHMyHealth/5.11.0 (Android 14; SM-S918U) okhttp/4.12.0",
          "NBHMyHealth/5.12.0 (iPad13,4; iPadOS 17.2) Alamofire/5.8.1",
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 NBHPortal/24.3.2",
          "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1"]
UA_PARTNER = ["Apache-HttpClient/4.5.14 (Java/17.0.9)", "HAPI-FHIR/6.10.3 (FHIR Client; FHIR 4.0.1/R4; apache)",
              "python-requests/2.31.0", "CareLinkHIE-Connector/3.2.0", "Go-http-client/2.0",
              "NBH-Clinician-Web/24.3.0 (+https://ehr.northbridgehealth.org)"]
UA_SYS = ["kube-probe/1.29", "Prometheus/2.50.1", "Envoy/HC", "ELB-HealthChecker/2.0", "grpc-health-probe/0.4.24",
          "curl/8.5.0", "k6/0.49.0 (https://k6.io/)"]
PARTNER_IP = ["52.23.118.40", "34.117.59.81", "20.42.65.92", "35.186.224.25", "13.107.6.158"]
IDENT_SYS = "urn:oid:2.16.840.1.113883.3.4218.1"


class Req(object):
    pass


def phi_request(p=None):
    """A request whose path/query carries patient data. Returns Req with marked fields."""
    p = p or pat()
    q = Req()
    q.p = p
    q.method = "GET"
    q.qs = {}
    q.app = R.random() < 0.55
    kind = R.choice(["search", "read", "ident", "coverage", "lookup", "appt", "phone", "name", "device",
                     "billing", "zip", "read", "everything", "address", "parking"])
    if kind in ("search", "ident", "phone", "name", "zip", "coverage", "address"):
        q.app = False
    if kind in ("read", "lookup", "appt", "device", "billing", "everything", "parking"):
        q.app = R.random() < 0.8
    q.route = "/fhir/r4/Patient"
    if kind == "search":
        d = p.dob.strftime("%Y-%m-%d")
        q.path = "/fhir/r4/Patient?family=%s&given=%s&birthdate=%s" % (
            P(quote(p.family), "name"), P(quote(p.given.split()[0]), "name"), P(d, "date"))
        q.qs = {"family": P(p.family, "name"), "given": P(p.given.split()[0], "name"), "birthdate": P(d, "date")}
    elif kind == "read":
        q.path = "/fhir/r4/Patient/%s" % P(p.fid, "other_id")
        q.route = "/fhir/r4/Patient/{id}"
    elif kind == "everything":
        q.path = "/fhir/r4/Patient/%s/$everything?_count=%d" % (P(p.fid, "other_id"), R.choice([50, 100, 200]))
        q.route = "/fhir/r4/Patient/{id}/$everything"
        q.qs = {"_count": q.path.rsplit("=", 1)[1]}
    elif kind == "ident":
        sep = R.choice(["|", "%7C"])
        q.path = "/fhir/r4/Patient?identifier=%s%s%s" % (quote(IDENT_SYS, safe=""), sep, P(p.mrn, "mrn"))
        q.qs = {"identifier": IDENT_SYS + "|" + P(p.mrn, "mrn")}
    elif kind == "coverage":
        q.path = "/fhir/r4/Coverage?subscriber-id=%s&status=active" % P(p.member, "health_plan")
        q.qs = {"subscriber-id": P(p.member, "health_plan"), "status": "active"}
        q.route = "/fhir/r4/Coverage"
    elif kind == "lookup":
        d = "%02d/%02d/%d" % (p.dob.month, p.dob.day, p.dob.year)
        q.path = "/portal/api/v2/account/lookup?email=%s&dob=%s" % (P(quote(p.email), "email"), P(quote(d, safe=""), "date"))
        q.qs = {"email": P(p.email, "email"), "dob": P(d, "date")}
        q.route = "/portal/api/v2/account/lookup"
        q.app = True
    elif kind == "appt":
        ad = datetime.date(2024, R.randint(3, 6), R.randint(1, 28)).isoformat()
        q.path = "/fhir/r4/Appointment?patient=%s&date=%s&status=booked" % (P(p.fid, "other_id"), P(ad, "date"))
        q.qs = {"patient": P(p.fid, "other_id"), "date": P(ad, "date"), "status": "booked"}
        q.route = "/fhir/r4/Appointment"
    elif kind == "phone":
        ph = fphone(p.phone, 2)
        q.path = "/fhir/r4/Patient?phone=%s&_summary=true" % P(ph, "phone")
        q.qs = {"phone": P(ph, "phone"), "_summary": "true"}
    elif kind == "name":
        nm = "%s, %s" % (p.family, p.given)
        q.path = "/fhir/r4/Patient?name=%s" % P(quote(nm), "name")
        q.qs = {"name": P(nm, "name")}
    elif kind == "zip":
        q.path = "/fhir/r4/Patient?address-postalcode=%s&family=%s" % (P(p.zip, "zip"), P(quote(p.family), "name"))
        q.qs = {"address-postalcode": P(p.zip, "zip"), "family": P(p.family, "name")}
    elif kind == "device":
        q.path = "/rpm/v1/devices/pair?serial=%s&patient=%s" % (P(p.device, "device"), P(p.fid, "other_id"))
        q.qs = {"serial": P(p.device, "device"), "patient": P(p.fid, "other_id")}
        q.method = "POST"
        q.route = "/rpm/v1/devices/pair"
    elif kind == "address":
        q.path = "/fhir/r4/Patient?address=%s&address-city=%s&birthdate=%s" % (
            P(quote(p.street), "address"), P(quote(p.city), "address"), P(p.dob.isoformat(), "date"))
        q.qs = {"address": P(p.street, "address"), "address-city": P(p.city, "address"), "birthdate": P(p.dob.isoformat(), "date")}
    elif kind == "parking":
        ad = datetime.date(2024, 3, R.randint(14, 29)).isoformat()
        q.path = "/parking/v1/validate?plate=%s&state=%s&visitDate=%s" % (P(p.plate, "vehicle"), p.state, P(ad, "date"))
        q.qs = {"plate": P(p.plate, "vehicle"), "state": p.state, "visitDate": P(ad, "date")}
        q.method = "POST"
        q.route = "/parking/v1/validate"
    else:
        q.path = "/billing/v1/statements?account=%s&format=pdf" % P(p.acct, "account")
        q.qs = {"account": P(p.acct, "account"), "format": "pdf"}
        q.route = "/billing/v1/statements"
    if q.app:
        q.ua = R.choice(UA_APP)
        q.ip_raw = p.ip
        q.ip = P(p.ip, "ip")
    else:
        q.ua = R.choice(UA_PARTNER)
        q.ip_raw = R.choice(PARTNER_IP) if R.random() < 0.5 else pip()
        q.ip = q.ip_raw
    q.status = R.choice([200, 200, 200, 200, 404, 401, 200, 429])
    return q


NOISE_PATHS = [("GET", "/healthz/ready", "kube-probe/1.29"), ("GET", "/stats/prometheus", "Prometheus/2.50.1"),
               ("GET", "/fhir/r4/metadata", None), ("GET", "/.well-known/smart-configuration", None),
               ("GET", "/fhir/r4/ValueSet/$expand?url=http%3A%2F%2Fhl7.org%2Ffhir%2FValueSet%2Fadministrative-gender", None),
               ("GET", "/fhir/r4/CodeSystem/$lookup?system=http://loinc.org&code=8867-4", None),
               ("GET", "/fhir/r4/Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|%s" % CLIN[0][2], None),
               ("GET", "/fhir/r4/Organization/org-nbh-worcester", None), ("POST", "/oauth2/token", None),
               ("POST", "/oauth2/introspect", None), ("GET", "/fhir/r4/Observation/%s", None),
               ("GET", "/fhir/r4/Encounter/enc-%s", None), ("GET", "/livez", "kube-probe/1.29"),
               ("GET", "/fhir/r4/Location?address-state=MA&_count=100", None),
               ("POST", "/nbh.mpi.v1.MasterPatientIndex/MatchPatient", "grpc-java-netty/1.62.2"),
               ("GET", "/fhir/r4/Patient?_id=&_count=0", None), ("GET", "/api/v1/status", "ELB-HealthChecker/2.0"),
               ("POST", "/v1/traces", "OTel-OTLP-Exporter-Java/1.36.0"), ("GET", "/ready", "Envoy/HC"),
               ("GET", "/fhir/r4/Appointment?_lastUpdated=gt2024-03-14T09:00:00Z&_count=200", None),
               ("GET", "/fhir/r4/Observation?code=http://loinc.org|2339-0&_summary=count", None)]


def noise_request():
    q = Req()
    m, path, ua = R.choice(NOISE_PATHS)
    if "%s" in path:
        path = path % (uid() if "Observation" in path else digits(9))
    q.method, q.path = m, path
    q.ua = ua or R.choice(UA_PARTNER + UA_SYS)
    q.ip = q.ip_raw = pip() if R.random() < 0.8 else R.choice(PARTNER_IP)
    q.status = R.choice([200, 200, 200, 200, 204, 503, 401, 200, 304])
    q.app = False
    q.qs = {}
    q.route = path.split("?")[0]
    return q


def req(phi):
    return phi_request() if phi else noise_request()


# --------------------------------------------------------------------------- single-line generators
def g_istio_text(phi):
    q = req(phi)
    flags = "-" if q.status != 503 else R.choice(["UF", "UH", "URX"])
    details = "via_upstream" if q.status != 503 else "upstream_reset_before_response_started{connection_failure}"
    dur = R.randint(1, 900)
    up = pip() + ":" + R.choice(["8080", "8443", "9090", "3000"])
    if q.ip_raw.startswith(("10.", "172.")):
        xff = q.ip
    else:
        xff = q.ip + "," + pip()
    svc = R.choice(["fhir-gateway", "patient-portal-bff", "billing-api", "scheduling-api", "smart-authz"])
    s = '[%s] "%s %s HTTP/%s" %d %s %s - "-" %d %d %d %s "%s" "%s" "%s" "%s" "%s" outbound|8080||%s.fhir-prod.svc.cluster.local %s:%d %s:8443 %s:%d %s default' % (
        iso(), q.method, q.path, R.choice(["1.1", "2"]), q.status, flags, details, R.randint(0, 2400), R.randint(0, 48000),
        dur, str(max(1, dur - R.randint(0, 4))) if flags == "-" else "-", xff, q.ua, uid(), R.choice(["fhir." + HS, "api." + HS, "portal." + HS]),
        up, svc, pip(), R.randint(32768, 60999), pip(), pip(), R.randint(32768, 60999),
        R.choice(["fhir." + HS, "api." + HS, "outbound_.8080_._." + svc + ".fhir-prod.svc.cluster.local"]))
    return [("istio_text", s)]


def g_envoy_default(phi):
    q = req(phi)
    dur = R.randint(1, 700)
    s = '[%s] "%s %s HTTP/1.1" %d %s %d %d %d %d "%s" "%s" "%s" "%s" "%s:%d"' % (
        iso(), q.method, q.path, q.status, "-" if q.status != 503 else "UF", R.randint(0, 900), R.randint(0, 30000), dur,
        max(0, dur - 2), q.ip, q.ua, uid(), "fhir-gateway.fhir-prod:8080", pip(), R.choice([8080, 9090]))
    return [("envoy_default", s)]


def g_istio_json(phi):
    q = req(phi)
    dur = R.randint(1, 1200)
    d = {"authority": R.choice(["fhir." + HS, "api." + HS, "portal." + HS]), "bytes_received": R.randint(0, 3000),
         "bytes_sent": R.randint(0, 60000), "connection_termination_details": None,
         "downstream_local_address": pip() + ":8443", "downstream_remote_address": pip() + ":" + str(R.randint(30000, 61000)),
         "duration": dur, "method": q.method, "path": q.path, "protocol": "HTTP/2",
         "request_id": uid(), "requested_server_name": R.choice(["fhir." + HS, None]), "response_code": q.status,
         "response_code_details": "via_upstream", "response_flags": "-", "route_name": "default",
         "start_time": iso(), "upstream_cluster": "outbound|8080||fhir-gateway.fhir-prod.svc.cluster.local",
         "upstream_host": pip() + ":8080", "upstream_local_address": pip() + ":" + str(R.randint(30000, 61000)),
         "upstream_service_time": str(max(1, dur - 3)), "upstream_transport_failure_reason": None,
         "user_agent": q.ua, "x_forwarded_for": q.ip}
    if R.random() < 0.3:
        d["traceparent"] = "00-%s-%s-01" % (tid(), sid())
    return [("istio_json", jdump(d, sort_keys=True, ensure_ascii=False))]


def g_kong_http_log(phi):
    q = req(phi)
    t0 = ep_ms()
    headers = {"host": "api." + HS, "user-agent": q.ua, "accept": "application/fhir+json",
               "authorization": "REDACTED", "x-request-id": uid(),
               "traceparent": "00-%s-%s-01" % (tid(), sid())}
    consumer = None
    if phi and q.app:
        headers["x-authenticated-userid"] = P(q.p.user, "other_id")
        consumer = {"username": R.choice(["nbh-myhealth-ios", "nbh-myhealth-android", "nbh-portal-web"]),
                    "id": uid(), "created_at": 1688140800}
    elif phi:
        consumer = {"username": R.choice(["carelink-hie", "nbh-clinician-web", "payer-bcbsma-pdex"]), "id": uid(),
                    "created_at": 1672531200}
    lat_p = R.randint(4, 600)
    d = {"request": {"method": q.method, "uri": q.path, "url": "https://api.%s:443%s" % (HS, q.path),
                     "querystring": q.qs, "headers": headers, "size": R.randint(300, 1800)},
         "upstream_uri": q.path.replace("/fhir/r4", "/r4", 1),
         "response": {"status": q.status, "size": R.randint(200, 40000),
                      "headers": {"content-type": "application/fhir+json;charset=utf-8", "via": "kong/3.6.1",
                                  "x-kong-upstream-latency": str(lat_p), "x-kong-proxy-latency": str(R.randint(0, 6))}},
         "tries": [{"balancer_start": t0, "balancer_latency": 0, "ip": pip(), "port": 8080}],
         "latencies": {"kong": R.randint(0, 9), "proxy": lat_p, "request": lat_p + R.randint(1, 12), "receive": 0},
         "client_ip": q.ip, "upstream_status": str(q.status),
         "service": {"name": "fhir-r4", "host": "fhir-gateway.fhir-prod.svc", "port": 8080, "protocol": "http",
                     "id": uid(), "retries": 5, "read_timeout": 60000},
         "route": {"name": R.choice(["fhir-patient", "fhir-default", "portal-api", "billing"]), "id": uid(),
                   "strip_path": False, "protocols": ["https"]},
         "workspace": "0f3b7a4e-6c1d-4a39-9b21-5e8d2f7c1a90", "started_at": t0}
    if consumer:
        d["consumer"] = consumer
    return [("kong_http_log", jdump(d, ensure_ascii=False, separators=(",", ":")))]


def g_kong_error(phi):
    t = T.strftime("%Y/%m/%d %H:%M:%S")
    pid = R.randint(1200, 1300)
    conn = R.randint(10000, 999999)
    if phi:
        p = pat()
        k = R.randint(0, 3)
        if k == 0:
            msg = '[lua] handler.lua:118: [request-body-logger] body={"resourceType":"Parameters","parameter":[{"name":"resource","resource":{"resourceType":"Patient","name":[{"family":"%s","given":["%s"]}],"birthDate":"%s"}}]}, client: %s, server: kong, request: "POST /fhir/r4/Patient/$match HTTP/1.1", host: "api.%s"' % (
                P(p.family, "name"), P(p.given, "name"), P(p.dob.isoformat(), "date"), pip(), HS)
        elif k == 1:
            msg = '[lua] access.lua:74: [nbh-patient-ctx] failed to resolve MRN %s to FHIR id: upstream mpi-service returned 404, client: %s, server: kong, request: "GET /fhir/r4/Patient?identifier=%s HTTP/2.0", host: "api.%s"' % (
                P(p.mrn, "mrn"), pip(), P(p.mrn, "mrn"), HS)
        elif k == 2:
            msg = '[lua] rate-limiting handler: limit exceeded for consumer nbh-myhealth-ios, identifier %s (user %s), client: %s, server: kong, request: "GET /fhir/r4/Observation?patient=%s HTTP/2.0"' % (
                P(p.ip, "ip"), P(p.user, "other_id"), P(p.ip, "ip"), P(p.fid, "other_id"))
        else:
            msg = '[lua] jwt.lua:212: [openid-connect] token introspection says inactive for sub=%s (%s), client: %s, server: kong, request: "GET /portal/api/v2/me HTTP/2.0"' % (
                P(p.user, "other_id"), P(p.email, "email"), P(p.ip, "ip"))
        lvl = R.choice(["error", "warn", "notice"])
    else:
        k = R.randint(0, 4)
        up = pip()
        msg = ['connect() failed (111: Connection refused) while connecting to upstream, client: %s, server: kong, request: "GET /fhir/r4/metadata HTTP/1.1", upstream: "http://%s:8080/r4/metadata", host: "fhir.%s"' % (pip(), up, HS),
               'an upstream response is buffered to a temporary file /usr/local/kong/proxy_temp/4/37/0000000374 while reading upstream, client: %s, server: kong, request: "GET /fhir/r4/Patient?_count=0 HTTP/2.0"' % pip(),
               '[lua] init.lua:412: [cluster_events] new event (channel: "invalidations") data: "services:%s:::::%s"' % (uid(), uid()),
               'upstream timed out (110: Operation timed out) while reading response header from upstream, client: %s, server: kong, request: "POST /fhir/r4/Bundle HTTP/2.0", upstream: "http://%s:8080/r4/Bundle"' % (pip(), up),
               '[lua] targets.lua:248: queue_event(): [healthchecks] target %s:8080 became unhealthy (tcp failures: 3)' % up][k]
        lvl = ["error", "warn", "notice", "error", "warn"][k]
    return [("kong_error", "%s [%s] %d#0: *%d %s" % (t, lvl, pid, conn, msg))]


def g_apigee_syslog(phi):
    host = "apigee-rt-prod-%s-%s" % (hx(5), b62(5).lower())
    proxy = R.choice(["fhir-patient-v1", "fhir-coverage-v1", "portal-identity-v2", "pdex-payer-v1"])
    msgid = "rrt-%s-a-us-%d-%d-1" % (hx(15), R.randint(1000, 99999), R.randint(1000000, 9999999))
    if phi:
        q = phi_request()
        extra = ""
        k = R.randint(0, 2)
        if k == 0:
            extra = ' x_nbh_member="%s" x_nbh_mbi="%s"' % (P(q.p.member + "-" + q.p.member_sfx, "health_plan"), P(q.p.mbi, "health_plan"))
        elif k == 1:
            extra = " developer.app.name=%s patient_mrn=%s" % ("nbh-myhealth-ios" if q.app else "carelink-hie", P(q.p.mrn, "mrn"))
        body = "[%s rev %d] messageid=%s client.ip=%s verb=%s uri=%s status=%d target.latency=%dms%s" % (
            proxy, R.randint(12, 60), msgid, q.ip, q.method, q.path.replace("/fhir/r4", "/v1/fhir", 1), q.status,
            R.randint(20, 900), extra)
    else:
        k = R.randint(0, 3)
        if k == 0:
            body = '[%s rev %d] messageid=%s fault={"fault":{"faultstring":"Invalid ApiKey","detail":{"errorcode":"oauth.v2.InvalidApiKey"}}} client.ip=%s' % (
                proxy, R.randint(12, 60), msgid, R.choice(PARTNER_IP))
        elif k == 1:
            body = "[%s rev %d] messageid=%s spikearrest=exceeded rate=50pm identifier=client_id:%s" % (
                proxy, R.randint(12, 60), msgid, b62(32))
        elif k == 2:
            body = "[%s rev %d] messageid=%s verb=GET uri=/v1/fhir/metadata status=200 target.latency=%dms dev.app=pdex-payer-sandbox" % (
                proxy, R.randint(12, 60), msgid, R.randint(5, 90))
        else:
            body = "[%s rev %d] messageid=%s quota.used=%d quota.allowed=100000 quota.expiry=%d" % (
                proxy, R.randint(12, 60), msgid, R.randint(1000, 99999), ep_ms() + 3600000)
    return [("apigee_syslog", "<134>1 %s %s nbh-prod - - - %s" % (iso(), host, body))]


def g_apigee_js(phi):
    pol = R.choice(["JS-ExtractPatientCtx", "JS-LogRequest", "JS-BuildBackendQuery", "JS-MaskResponse"])
    if phi:
        p = pat()
        k = R.randint(0, 5)
        if k == 4:
            p = old_pat()
            m = "safe-harbor: birthDate year-only for age %s > 89 on Patient/%s" % (P(p.age, "age"), P(p.fid, "other_id"))
        elif k == 5:
            m = "identity proofing: DL %s (MA) verified for %s, exp %s" % (P(p.dl, "license"), P(p.given + " " + p.family, "name"), "2027-%02d-%02d" % (R.randint(1, 12), R.randint(1, 28)))
        elif k == 0:
            m = "patientMrn=%s, dob=%s, fhirId=%s" % (P(p.mrn, "mrn"), P(fdate(p.dob, 1), "date"), P(p.fid, "other_id"))
        elif k == 1:
            m = "subscriber %s / %s resolved to member %s" % (P(p.family.upper() + ", " + p.given.upper(), "name"),
                                                             P(fdate(p.dob, 5), "date"), P(p.member + p.member_sfx, "health_plan"))
        elif k == 2:
            m = 'masking skipped: response.content contains "telecom":[{"value":"%s"}] for Patient/%s' % (
                P(fphone(p.phone), "phone"), P(p.fid, "other_id"))
        else:
            m = "backend query built: SELECT * FROM coverage WHERE medicaid_id='%s' AND last_name='%s'" % (
                P(p.medicaid, "health_plan"), P(p.family.replace("'", "''"), "name"))
    else:
        m = R.choice(["context.getVariable('request.header.x-api-key') is null, falling back to client_credentials",
                      "cache hit for key fhir-capability-r4 (ttl 3600s)",
                      "target.url rewritten to https://fhir-gateway.fhir-prod.svc:8443/r4",
                      "masking rules loaded: 14 JSONPath expressions, version 2024.02.3",
                      "x-request-id=%s correlation ok" % uid()])
    return [("apigee_js", "%s [%s] %s" % (iso(), pol, m))]


def g_grpc_md(phi):
    method = R.choice(["/nbh.mpi.v1.MasterPatientIndex/MatchPatient", "/nbh.mpi.v1.MasterPatientIndex/GetPatient",
                       "/nbh.claims.v1.Eligibility/Check", "/grpc.health.v1.Health/Check"])
    md = [":authority:[mpi.fhir-prod.svc.cluster.local:9090]", "content-type:[application/grpc]",
          "grpc-accept-encoding:[gzip]", "grpc-timeout:[%dm]" % R.randint(900, 4999),
          "traceparent:[00-%s-%s-01]" % (tid(), sid()), "user-agent:[grpc-java-netty/1.62.2]",
          "x-request-id:[%s]" % uid()]
    if phi:
        p = pat()
        k = R.randint(0, 2)
        if k == 0:
            md.append("x-patient-mrn:[%s]" % P(p.mrn, "mrn"))
        elif k == 1:
            md.append("x-patient-id:[%s]" % P(p.fid, "other_id"))
            md.append("x-enduser:[%s]" % P(p.user, "other_id"))
        else:
            md.append("baggage:[patient.member_id=%s,channel=ivr]" % P(p.member, "health_plan"))
        method = method if "Health" not in method else "/nbh.mpi.v1.MasterPatientIndex/GetPatient"
    md.sort(key=lambda x: x.lstrip(":"))
    s = 'time=%s level=DEBUG source=/src/internal/server/interceptors.go:%d msg="incoming metadata" method=%s peer=%s:%d md="map[%s]"' % (
        iso(), R.randint(40, 90), method, pip(), R.randint(30000, 61000), " ".join(md))
    return [("grpc_go_slog", s)]


def g_proto(phi):
    if phi:
        p = pat()
        esc = R.random() < 0.3
        k = R.randint(0, 3)
        if k == 0:
            s = 'MatchPatient request: demographics { family_name: "%s" given_name: "%s" birth_date: "%s" postal_code: "%s" phone: "%s" } threshold: 0.92 max_results: 5' % (
                P(proto_escape(p.family) if esc else p.family, "name"), P(proto_escape(p.given) if esc else p.given, "name"),
                P(p.dob.isoformat(), "date"), P(p.zip, "zip"), P(fphone(p.phone, 3), "phone"))
        elif k == 1:
            s = 'GetPatient response: patient { id: "%s" mrn: "%s" name { family: "%s" given: "%s" } sex: %s ssn_last4: "****" } match_score: 1' % (
                P(p.fid, "other_id"), P(p.mrn, "mrn"), P(proto_escape(p.family) if esc else p.family, "name"),
                P(proto_escape(p.given) if esc else p.given, "name"), p.sex.upper())
        elif k == 2:
            s = 'Eligibility.Check request: member_id: "%s" group_number: "G-%s" subscriber { last_name: "%s" dob: "%s" county: "%s" } service_date: "%s" payer_id: "BCBSMA"' % (
                P(p.member, "health_plan"), digits(6), P(p.family, "name"), P(fdate(p.dob, 5), "date"), P(p.county, "address"),
                P(datetime.date(2024, 3, R.randint(1, 20)).strftime("%Y%m%d"), "date"))
        else:
            p = old_pat()
            s = 'RiskScoreRequest: patient_ref: "Patient/%s" age_years: %s medicare { mbi: "%s" } frailty_index: %.2f' % (
                P(p.fid, "other_id"), P(p.age, "age"), P(p.mbi, "health_plan"), R.uniform(0.1, 0.6))
        return [("protobuf_text", "%s DEBUG mpi.server %s" % (iso(), s))]
    s = R.choice(['HealthCheckResponse: status: SERVING',
                  'ListCodesRequest: system: "http://loinc.org" filter: "glucose" page_size: 50',
                  'MatchPatient response: candidates: [] total: 0 elapsed_ms: %d' % R.randint(3, 90),
                  'ServerReflectionRequest: list_services: ""',
                  'ReindexRequest: shard: %d batch_size: 5000 dry_run: false' % R.randint(0, 15)])
    return [("protobuf_text", "%s DEBUG mpi.server %s" % (iso(), s))]


def g_grpc_misc(phi):
    if phi:
        p = pat()
        k = R.randint(0, 3)
        if k == 0:
            t = T.strftime("%m%d %H:%M:%S.%f")
            return [("absl_python", "E%s %d eligibility_worker.py:%d] Check failed for member_id=%s dob=%s: UNAVAILABLE: upstream connect error" % (
                t, R.randint(100, 4000), R.randint(50, 300), P(p.member, "health_plan"), P(fdate(p.dob, 0), "date")))]
        if k == 1:
            return [("java_grpc", "%s WARN 1 --- [fhir-gateway] [grpc-default-executor-%d] o.n.f.gw.mpi.MpiClient : io.grpc.StatusRuntimeException: NOT_FOUND: no MPI candidate for family=%s dob=%s zip=%s" % (
                iso().replace("Z", "+00:00"), R.randint(0, 12), P(p.family, "name"), P(fdate(p.dob, 2), "date"), P(p.zip, "zip")))]
        if k == 2:
            return [("java_grpc", "%s ERROR 1 --- [claims-api] [grpc-default-executor-%d] o.n.claims.EligibilityService : INVALID_ARGUMENT: subscriber ssn %s does not match member %s" % (
                iso().replace("Z", "+00:00"), R.randint(0, 12), P(p.ssn, "ssn"), P(p.member, "health_plan")))]
        return [("java_grpc", "%s WARN 1 --- [claims-api] [grpc-default-executor-%d] o.n.claims.MvaClaimService : FAILED_PRECONDITION: auto-insurer subrogation lookup failed for vehicle_vin=%s plate=%s accident_date=%s (claimant %s)" % (
            iso().replace("Z", "+00:00"), R.randint(0, 12), P(p.vin, "vehicle"), P(p.plate, "vehicle"),
            P(fdate(datetime.date(2024, R.randint(1, 2), R.randint(1, 28)), 1), "date"), P(p.family + ", " + p.given, "name")))]
    t = T.strftime("%Y/%m/%d %H:%M:%S")
    s = R.choice(["%s INFO: [core] [Channel #%d SubChannel #%d] Subchannel Connectivity change to READY" % (t, R.randint(1, 9), R.randint(2, 20)),
                  "%s INFO: [core] [Server #%d ListenSocket #%d] ListenSocket created" % (t, R.randint(1, 3), R.randint(3, 9)),
                  "%s WARNING: [core] [Channel #%d SubChannel #%d] grpc: addrConn.createTransport failed to connect to {Addr: \"%s:9090\", ServerName: \"mpi-service.fhir-prod.svc:9090\", }. Err: connection error: desc = \"transport: Error while dialing: dial tcp %s:9090: connect: connection refused\"" % (t, R.randint(1, 9), R.randint(2, 20), pip(), pip()),
                  "%s INFO: [transport] [server-transport %s] Closing: EOF" % (t, "0xc000" + hx(6)),
                  "%s INFO: [core] [Channel #%d] Channel switches to new LB policy \"round_robin\"" % (t, R.randint(1, 9))])
    return [("grpc_go_core", s)]


def g_jaeger(phi):
    t = tid()
    tags = [{"key": "span.kind", "type": "string", "value": "server"},
            {"key": "otel.library.name", "type": "string", "value": "io.opentelemetry.tomcat-10.0"},
            {"key": "http.status_code", "type": "int64", "value": R.choice([200, 200, 404, 500])},
            {"key": "net.host.name", "type": "string", "value": "fhir-gateway.fhir-prod.svc"}]
    logs = []
    op = R.choice(["GET /fhir/r4/Patient/{id}", "POST /fhir/r4/Patient/$match", "GET /fhir/r4/Coverage"])
    if phi:
        p = pat()
        k = R.randint(0, 3)
        if k == 0:
            tags.append({"key": "patient.mrn", "type": "string", "value": P(p.mrn, "mrn")})
            tags.append({"key": "patient.dob", "type": "string", "value": P(fdate(p.dob, 0), "date")})
        elif k == 1:
            op = "SELECT fhir.patient_search"
            tags = [{"key": "span.kind", "type": "string", "value": "client"}, {"key": "db.system", "type": "string", "value": "postgresql"},
                    {"key": "otel.library.name", "type": "string", "value": "io.opentelemetry.jdbc"}]
            tags.append({"key": "db.statement", "type": "string",
                         "value": "SELECT res_id FROM hfj_spidx_string WHERE sp_name='family' AND sp_value_exact='%s' AND res_type='Patient'" % P(p.family.upper().replace("'", "''"), "name")})
        elif k == 2:
            op = "GET /fhir/r4/Patient/{id}"
            tags.append({"key": "enduser.id", "type": "string", "value": P(p.user, "other_id")})
            tags.append({"key": "http.client_ip", "type": "string", "value": P(p.ip, "ip")})
            tags.append({"key": "http.target", "type": "string", "value": "/fhir/r4/Patient/" + P(p.fid, "other_id")})
        else:
            logs.append({"timestamp": ep_us(), "fields": [
                {"key": "event", "type": "string", "value": "error"},
                {"key": "message", "type": "string", "value": "duplicate candidate: %s %s (%s) matches MRN %s" % (
                    P(p.given, "name"), P(p.family, "name"), P(fdate(p.dob, 4), "date"), P(p.mrn, "mrn"))}]})
    else:
        tags.append({"key": "http.route", "type": "string", "value": "/fhir/r4/Patient/{id}"})
        if R.random() < 0.5:
            logs.append({"timestamp": ep_us(), "fields": [{"key": "event", "type": "string", "value": "cache.miss"},
                                                          {"key": "cache.key", "type": "string", "value": "capability:r4:" + hx(8)}]})
    d = {"traceID": t, "spanID": sid(), "operationName": op,
         "references": [{"refType": "CHILD_OF", "traceID": t, "spanID": sid()}], "startTime": ep_us(),
         "duration": R.randint(300, 900000), "tags": tags, "logs": logs, "processID": "p%d" % R.randint(1, 4), "warnings": None}
    return [("jaeger_json", json.dumps(d, ensure_ascii=R.random() < 0.5, separators=(",", ":")))]


def g_zipkin(phi):
    t = tid()
    svc = R.choice(["fhir-gateway", "patient-portal-bff", "scheduling-api", "billing-api"])
    tags = {"http.method": "GET", "http.status_code": str(R.choice([200, 200, 201, 404]))}
    remote = {"ipv4": pip(), "port": R.randint(30000, 61000)}
    route = ""
    if phi:
        q = phi_request()
        tags["http.method"] = q.method
        tags["http.path"] = q.path.split("?")[0]
        route = q.route
        if q.qs:
            tags["http.url"] = "https://api.%s%s" % (HS, q.path)
        if q.app:
            remote = {"ipv4" if ":" not in q.ip_raw else "ipv6": q.ip, "port": R.randint(30000, 61000)}
        if R.random() < 0.3:
            tags["patient.phone"] = P(fphone(q.p.phone, 1), "phone")
    else:
        tags["http.path"] = R.choice(["/fhir/r4/metadata", "/actuator/health", "/api/v1/slots", "/fhir/r4/Schedule"])
        route = tags["http.path"]
    d = [{"traceId": t, "parentId": sid(), "id": sid(), "kind": "SERVER", "name": ("%s %s" % (tags["http.method"], route)).lower(),
          "timestamp": ep_us(), "duration": R.randint(500, 600000),
          "localEndpoint": {"serviceName": svc, "ipv4": pip(), "port": 8080}, "remoteEndpoint": remote, "tags": tags}]
    return [("zipkin_json", jdump(d, ensure_ascii=False, separators=(",", ":")))]


def g_w3c(phi):
    tp = "00-%s-%s-%s" % (tid(), sid(), R.choice(["01", "01", "00"]))
    ts = "nbh=%s,dd=s:1;o:rum" % b62(11) if R.random() < 0.5 else "congo=%s" % b62(11)
    bag = ["tenant=nbh-prod", "app.channel=%s" % R.choice(["myhealth-ios", "myhealth-android", "portal-web", "ivr"]),
           "app.version=%s" % R.choice(["5.12.1", "5.11.0", "24.3.2"])]
    if phi:
        p = pat()
        k = R.randint(0, 4)
        if k == 0:
            bag.append("patient.id=%s" % P(p.fid, "other_id"))
            bag.append("patient.mrn=%s" % P(p.mrn, "mrn"))
        elif k == 1:
            bag.append("patient.name=%s" % P(quote(p.family + ", " + p.given), "name"))
            bag.append("patient.dob=%s" % P(p.dob.isoformat(), "date"))
        elif k == 2:
            bag.append("user.id=%s" % P(p.user, "other_id"))
            bag.append("user.email=%s" % P(quote(p.email, safe=""), "email"))
        elif k == 3:
            bag.append("member.id=%s;source=coverage" % P(p.member, "health_plan"))
        else:
            bag.append("enduser.phone=%s" % P(quote(fphone(p.phone, 3), safe=""), "phone"))
            bag.append("patient.zip=%s" % P(p.zip, "zip"))
    else:
        bag.append("session.sampled=%s" % R.choice(["true", "false"]))
        if R.random() < 0.4:
            bag.append("synthetics.test_id=%s" % uid())
    R.shuffle(bag)
    style = R.randint(0, 2)
    if style == 0:
        s = 'time=%s level=DEBUG source=propagation.go:%d msg="extracted context" traceparent=%s tracestate="%s" baggage="%s"' % (
            iso(), R.randint(30, 80), tp, ts, ",".join(bag))
        fam = "w3c_slog"
    elif style == 1:
        s = "%s DEBUG [otel-propagation] inbound headers traceparent: %s | tracestate: %s | baggage: %s" % (
            iso().replace("T", " ").replace("Z", ""), tp, ts, ",".join(bag))
        fam = "w3c_headers"
    else:
        s = json.dumps({"ts": ep_ms() / 1000.0, "level": "debug", "logger": "otel.propagation", "msg": "outbound inject",
                        "headers": {"traceparent": tp, "tracestate": ts, "baggage": ",".join(bag)}}, ensure_ascii=False)
        fam = "w3c_json"
    return [(fam, s)]


def g_k8s_audit(phi):
    now = (T + datetime.timedelta(microseconds=R.randint(0, 999))).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    base = {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "Metadata", "auditID": uid(),
            "stage": "ResponseComplete"}
    sre = R.choice(SRES)
    user = {"username": "oidc:%s@%s" % (sre, HS), "groups": ["oidc:sre-oncall", "system:authenticated"]}
    ua = "kubectl/v1.29.2 (linux/amd64) kubernetes/4b8e819"
    ann = {"authorization.k8s.io/decision": "allow",
           "authorization.k8s.io/reason": 'RBAC: allowed by ClusterRoleBinding "sre-breakglass" of ClusterRole "cluster-admin" to Group "oidc:sre-oncall"'}
    if phi:
        p = pat()
        k = R.randint(0, 3)
        pod = R.choice(PODS["fhir-gateway"] + PODS["mpi-service"])
        if k == 0:
            uri = "/api/v1/namespaces/fhir-prod/pods/%s/exec?command=psql&command=-c&command=select+%%2A+from+patient+where+mrn%%3D%%27%s%%27&container=app&stdin=true&stdout=true&tty=true" % (pod, P(p.mrn, "mrn"))
            ev = dict(base, requestURI=uri, verb="create", user=user, sourceIPs=[pip()], userAgent=ua,
                      objectRef={"resource": "pods", "namespace": "fhir-prod", "name": pod, "apiVersion": "v1", "subresource": "exec"},
                      responseStatus={"metadata": {}, "code": 101}, requestReceivedTimestamp=now, stageTimestamp=now, annotations=ann)
        elif k == 1:
            uri = "/api/v1/namespaces/fhir-prod/pods/%s/exec?command=grep&command=-i&command=%s&command=%%2Fvar%%2Flog%%2Fapp%%2Fgateway.log&container=app&stdout=true" % (
                pod, P(quote(p.family, safe=""), "name"))
            ev = dict(base, requestURI=uri, verb="create", user=user, sourceIPs=[pip()], userAgent=ua,
                      objectRef={"resource": "pods", "namespace": "fhir-prod", "name": pod, "apiVersion": "v1", "subresource": "exec"},
                      responseStatus={"metadata": {}, "code": 101}, requestReceivedTimestamp=now, stageTimestamp=now, annotations=ann)
        elif k == 2:
            inner = json.dumps({"patientId": P(p.fid, "other_id"), "birthDate": P(p.dob.isoformat(), "date"),
                                "reason": "PRIV-%d replay" % R.randint(4000, 4999)}, ensure_ascii=False)
            ev = dict(base, level="RequestResponse", requestURI="/api/v1/namespaces/fhir-prod/configmaps", verb="create",
                      user=user, sourceIPs=[pip()], userAgent=ua,
                      objectRef={"resource": "configmaps", "namespace": "fhir-prod", "name": "replay-input-%s" % hx(5), "apiVersion": "v1"},
                      responseStatus={"metadata": {}, "code": 201},
                      requestObject={"kind": "ConfigMap", "apiVersion": "v1", "metadata": {"name": "replay-input"}, "data": {"replay.json": inner}},
                      requestReceivedTimestamp=now, stageTimestamp=now, annotations=ann)
        else:
            ev = dict(base, level="Request", requestURI="/apis/batch/v1/namespaces/fhir-prod/jobs", verb="create",
                      user=user, sourceIPs=[pip()], userAgent=ua,
                      objectRef={"resource": "jobs", "namespace": "fhir-prod", "name": "resync-patient-%s" % hx(5), "apiGroup": "batch", "apiVersion": "v1"},
                      responseStatus={"metadata": {}, "code": 201},
                      requestObject={"kind": "Job", "spec": {"template": {"spec": {"containers": [{"name": "resync", "image": "registry.%s/fhir/resync:2.4.1" % HS,
                                                                                                      "args": ["--patient-id=" + P(p.fid, "other_id"), "--mrn", P(p.mrn, "mrn"), "--dry-run=false"]}],
                                                                                     "restartPolicy": "Never"}}}},
                      requestReceivedTimestamp=now, stageTimestamp=now, annotations=ann)
    else:
        k = R.randint(0, 4)
        if k == 0:
            ev = dict(base, requestURI="/apis/coordination.k8s.io/v1/namespaces/kube-system/leases/kube-controller-manager?timeout=5s",
                      verb="update", user={"username": "system:kube-controller-manager", "groups": ["system:authenticated"]},
                      sourceIPs=[pip()], userAgent="kube-controller-manager/v1.29.2 (linux/amd64) kubernetes/4b8e819/leader-election",
                      objectRef={"resource": "leases", "namespace": "kube-system", "name": "kube-controller-manager", "apiGroup": "coordination.k8s.io", "apiVersion": "v1"},
                      responseStatus={"metadata": {}, "code": 200}, requestReceivedTimestamp=now, stageTimestamp=now,
                      annotations={"authorization.k8s.io/decision": "allow", "authorization.k8s.io/reason": ""})
        elif k == 1:
            ev = dict(base, requestURI="/api/v1/namespaces/fhir-prod/secrets/fhir-gateway-db", verb="get",
                      user={"username": "system:serviceaccount:fhir-prod:fhir-gateway", "groups": ["system:serviceaccounts", "system:serviceaccounts:fhir-prod", "system:authenticated"]},
                      sourceIPs=[pip()], userAgent="Go-http-client/2.0",
                      objectRef={"resource": "secrets", "namespace": "fhir-prod", "name": "fhir-gateway-db", "apiVersion": "v1"},
                      responseStatus={"metadata": {}, "status": "Failure", "reason": "Forbidden", "code": 403},
                      requestReceivedTimestamp=now, stageTimestamp=now,
                      annotations={"authorization.k8s.io/decision": "forbid", "authorization.k8s.io/reason": ""})
        elif k == 2:
            pod = R.choice(PODS["otel-collector-gateway"])
            ev = dict(base, requestURI="/api/v1/namespaces/observability/pods/%s/log?container=otelcol&tailLines=500" % pod,
                      verb="get", user=user, sourceIPs=[pip()], userAgent=ua,
                      objectRef={"resource": "pods", "namespace": "observability", "name": pod, "apiVersion": "v1", "subresource": "log"},
                      responseStatus={"metadata": {}, "code": 200}, requestReceivedTimestamp=now, stageTimestamp=now, annotations=ann)
        elif k == 3:
            ev = dict(base, requestURI="/apis/apps/v1/namespaces/fhir-prod/deployments/fhir-gateway/scale", verb="patch",
                      user={"username": "system:serviceaccount:kube-system:horizontal-pod-autoscaler", "groups": ["system:serviceaccounts", "system:authenticated"]},
                      sourceIPs=[pip()], userAgent="kube-controller-manager/v1.29.2 (linux/amd64) kubernetes/4b8e819/system:serviceaccount:kube-system:horizontal-pod-autoscaler",
                      objectRef={"resource": "deployments", "namespace": "fhir-prod", "name": "fhir-gateway", "apiGroup": "apps", "apiVersion": "v1", "subresource": "scale"},
                      responseStatus={"metadata": {}, "code": 200}, requestReceivedTimestamp=now, stageTimestamp=now,
                      annotations={"authorization.k8s.io/decision": "allow", "authorization.k8s.io/reason": 'RBAC: allowed by ClusterRoleBinding "system:controller:horizontal-pod-autoscaler"'})
        else:
            ev = dict(base, requestURI="/api/v1/namespaces/fhir-prod/pods?labelSelector=app%3Dfhir-gateway&limit=500", verb="list",
                      user=user, sourceIPs=[pip()], userAgent="k9s/v0.31.9 (linux/amd64)",
                      objectRef={"resource": "pods", "namespace": "fhir-prod", "apiVersion": "v1"},
                      responseStatus={"metadata": {}, "code": 200}, requestReceivedTimestamp=now, stageTimestamp=now, annotations=ann)
    return [("k8s_audit", jdump(ev, ensure_ascii=False, separators=(",", ":")))]


def g_prom(phi):
    ts = "%.3f" % (ep_ms() / 1000.0)
    if phi:
        p = pat()
        k = R.randint(0, 3)
        if k == 0:
            s = 'fhir_gateway_patient_reads_total{client="nbh-myhealth-ios",patient_id="%s"} %d' % (P(p.fid, "other_id"), R.randint(1, 40))
        elif k == 1:
            s = 'http_server_request_duration_seconds_bucket{http_route="/fhir/r4/Patient/{id}",method="GET",le="0.5"} %d # {trace_id="%s",enduser_id="%s"} %.3f %s' % (
                R.randint(1000, 9000), tid(), P(p.user, "other_id"), R.uniform(0.1, 0.5), ts)
        elif k == 2:
            s = 'portal_login_failures_total{username="%s",reason="%s"} %d' % (P(p.user, "other_id"), R.choice(["locked", "bad_password", "mfa_timeout"]), R.randint(1, 9))
        else:
            s = 'mpi_match_score_bucket{mrn="%s",le="0.95"} %d # {trace_id="%s"} 0.931 %s' % (P(p.mrn, "mrn"), R.randint(1, 4), tid(), ts)
    else:
        k = R.randint(0, 6)
        s = ['# HELP http_server_request_duration_seconds Duration of HTTP server requests.',
             '# TYPE otelcol_exporter_sent_spans counter',
             'http_server_request_duration_seconds_bucket{http_route="/fhir/r4/Observation",method="GET",le="1.0"} %d # {trace_id="%s",span_id="%s"} %.3f %s' % (R.randint(1000, 90000), tid(), sid(), R.uniform(0.5, 1.0), ts),
             'otelcol_exporter_sent_spans_total{exporter="otlp/tempo",service_instance_id="%s",service_name="otelcol-contrib",service_version="0.96.0"} %d' % (uid(), R.randint(10 ** 6, 10 ** 8)),
             'envoy_cluster_upstream_rq{envoy_response_code="503",envoy_cluster_name="outbound|9090||mpi-service.fhir-prod.svc.cluster.local"} %d' % R.randint(1, 400),
             'go_gc_duration_seconds{quantile="0.75"} %.6f' % R.uniform(0.0001, 0.002),
             'kong_http_requests_total{service="fhir-r4",route="fhir-patient",code="429",source="kong",consumer="nbh-myhealth-ios"} %d' % R.randint(10, 9000)][k]
    return [("openmetrics", s)]


def patient_json(p, parts):
    r = {"resourceType": "Patient", "id": P(p.fid, "other_id"),
         "meta": {"versionId": str(R.randint(1, 14)), "lastUpdated": "2024-0%d-%02dT%02d:%02d:11.482+00:00" % (R.randint(1, 3), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59))}}
    if "id" in parts:
        r["identifier"] = [{"use": "usual", "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
                            "system": IDENT_SYS, "value": P(p.mrn, "mrn")}]
        if "dl" in parts:
            r["identifier"].append({"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "DL"}]},
                                    "system": "urn:oid:2.16.840.1.113883.4.3.25", "value": P(p.dl, "license")})
        if "ssn" in parts:
            r["identifier"].append({"system": "http://hl7.org/fhir/sid/us-ssn", "value": P(p.ssn.replace("-", "") if R.random() < 0.5 else p.ssn, "ssn")})
    if "name" in parts:
        nm = {"use": "official", "family": P(p.family, "name"), "given": [P(g, "name") for g in p.given.split()]}
        if p.middle and len(p.middle) > 1:
            nm["given"].append(P(p.middle, "name"))
        r["name"] = [nm]
    if "telecom" in parts:
        r["telecom"] = [{"system": "phone", "value": P(fphone(p.phone), "phone"), "use": "mobile"},
                        {"system": "email", "value": P(p.email, "email")}]
        if R.random() < 0.3:
            r["telecom"].append({"system": "fax", "value": P(fphone(mk_phone(), R.choice([0, 1])), "fax"), "use": "home"})
        if R.random() < 0.4:
            r["telecom"].append({"system": "url", "value": P(R.choice(["https://www.%s%s.com", "https://%s-%s.substack.com", "https://www.linkedin.com/in/%s-%s"]) % (
                fold(p.given.split()[0]).lower(), fold(p.family).lower().replace(" ", "").replace("'", "")), "url")})
    r["gender"] = p.sex
    if "dob" in parts:
        r["birthDate"] = P(p.dob.isoformat(), "date")
    if "addr" in parts:
        r["address"] = [{"use": "home", "line": [P(p.street, "address")], "city": P(p.city, "address"), "state": p.state,
                         "postalCode": P(p.zip, "zip")}]
    if "photo" in parts:
        r["photo"] = [{"contentType": "image/jpeg", "data": P(face_jpeg_b64(), "photo")}]
    if "age" in parts and p.age > 89:
        r["extension"] = [{"url": "https://fhir.%s/StructureDefinition/computed-age" % HS, "valueInteger": PN(p.age, "age")}]
    if "ec" in parts:
        g, f, rel = R.choice(REL)
        r["contact"] = [{"relationship": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0131", "code": "C"}], "text": rel}],
                         "name": {"family": P(f, "name"), "given": [P(g, "name")]},
                         "telecom": [{"system": "phone", "value": P(fphone(mk_phone()), "phone")}]}]
    return r


def fhir_body(phi):
    if not phi:
        k = R.randint(0, 4)
        return [{"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "processing", "diagnostics": "HAPI-0389: Failed to call access method: java.lang.IllegalStateException: HikariPool-1 - Connection is not available"}]},
                {"resourceType": "Bundle", "type": "searchset", "total": 0, "link": [{"relation": "self", "url": "https://fhir.%s/r4/Patient?_count=0" % HS}]},
                {"resourceType": "CapabilityStatement", "status": "active", "date": "2024-02-27", "fhirVersion": "4.0.1", "software": {"name": "nbh-fhir-gateway", "version": "3.18.2"}},
                {"resourceType": "Practitioner", "id": "prac-%s" % digits(5), "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": CLIN[1][2]}],
                 "name": [{"family": CLIN[1][1], "given": [CLIN[1][0]], "prefix": ["Dr."]}], "telecom": [{"system": "phone", "value": "508-334-7000", "use": "work"}]},
                {"resourceType": "Observation", "id": uid(), "status": "final", "code": {"coding": [{"system": "http://loinc.org", "code": "8867-4", "display": "Heart rate"}]},
                 "valueQuantity": {"value": R.randint(55, 110), "unit": "/min"}}][k]
    p = pat()
    k = R.randint(0, 5)
    if k <= 1:
        if R.random() < 0.2:
            p = old_pat()
        parts = set(R.sample(["id", "name", "telecom", "dob", "addr", "ec", "ssn", "dl", "photo", "age", "age"], R.randint(2, 6))) | {"name"}
        return patient_json(p, parts)
    if k == 2:
        return {"resourceType": "Coverage", "id": "cov-" + digits(6), "status": "active", "subscriberId": P(p.member, "health_plan"),
                "beneficiary": {"reference": "Patient/" + P(p.fid, "other_id")}, "relationship": {"coding": [{"code": "self"}]},
                "payor": [{"display": R.choice(["Blue Cross Blue Shield of Massachusetts", "MassHealth", "Medicare Part B", "Tufts Health Plan"])}],
                "identifier": [{"system": "http://hl7.org/fhir/sid/us-mbi", "value": P(p.mbi, "health_plan")}]}
    if k == 3:
        return {"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "not-found",
                                                              "diagnostics": "HAPI-2001: Resource Patient/%s is not known" % P(p.fid, "other_id")}]}
    if k == 4:
        g, f, rel = R.choice(REL)
        return {"resourceType": "RelatedPerson", "id": "rp-" + digits(5), "patient": {"reference": "Patient/" + P(p.fid, "other_id")},
                "relationship": [{"text": rel}], "name": [{"text": P("%s %s" % (g, f), "name")}],
                "telecom": [{"system": "phone", "value": P(fphone(mk_phone()), "phone")}]}
    return {"resourceType": "Appointment", "id": "appt-" + digits(7), "status": "booked",
            "start": P(datetime.datetime(2024, R.randint(3, 6), R.randint(1, 28), R.randint(8, 16), R.choice([0, 15, 30, 45])).strftime("%Y-%m-%dT%H:%M:00-04:00"), "date"),
            "participant": [{"actor": {"reference": "Patient/" + P(p.fid, "other_id"), "display": P(p.given + " " + p.family, "name")}, "status": "accepted"},
                            {"actor": {"reference": "Practitioner/prac-" + digits(5), "display": "Dr. %s %s" % CLIN[R.randint(0, 4)][:2]}, "status": "accepted"}]}


def g_fhir_spring(phi):
    b = fhir_body(phi)
    thread = "nio-8080-exec-%d" % R.randint(1, 40)
    dirn = R.choice(["<<< response", ">>> request"])
    path = "/fhir/r4/%s" % b["resourceType"]
    s = "%s DEBUG 1 --- [fhir-gateway] [%s] o.n.f.gw.logging.BodyLoggingFilter       : %s %s status=%s body=%s" % (
        iso().replace("Z", "+00:00"), thread, dirn, path, R.choice(["200", "201", "404"]) if dirn.startswith("<") else "-",
        jdump(b, ensure_ascii=False, separators=(",", ":")))
    return [("fhir_gw_spring", s)]


def g_fhir_pino(phi):
    b = fhir_body(phi)
    d = {"level": 30 if phi else R.choice([30, 40, 50]), "time": ep_ms(), "pid": 1, "hostname": R.choice(PODS["patient-portal-bff"]),
         "reqId": "req-%s" % b62(4).lower(), "req": {"method": "GET", "url": "/api/v2/fhir/%s" % b["resourceType"]},
         "res": {"statusCode": 200}, "responseTime": round(R.uniform(3, 900), 3), "body": b, "msg": "upstream fhir response"}
    return [("fhir_gw_pino", jdump(d, ensure_ascii=False, separators=(",", ":")))]


def g_smart(phi):
    now = int(T.timestamp())
    if phi:
        p = pat()
        k = R.randint(0, 2)
        if k == 0:
            d = {"active": True, "scope": "launch/patient patient/*.rs openid fhirUser offline_access",
                 "client_id": R.choice(["nbh-myhealth-ios", "nbh-myhealth-android", "c7d1a5f0-apple-health"]),
                 "username": P(p.user, "other_id"), "token_type": "Bearer", "exp": now + 3600, "iat": now, "nbf": now,
                 "sub": P(p.user if R.random() < 0.5 else p.fid, "other_id"), "aud": "https://fhir.%s/r4" % HS,
                 "iss": "https://auth.%s/oauth2" % HS, "jti": uid(), "patient": P(p.fid, "other_id"),
                 "fhirUser": "https://fhir.%s/r4/Patient/%s" % (HS, P(p.fid, "other_id"))}
        elif k == 1:
            c = R.choice(CLIN)
            d = {"active": True, "scope": "launch user/*.rs openid fhirUser", "client_id": "nbh-ehr-smart-launcher",
                 "username": "%s.%s" % (c[0][0].lower(), c[1].lower()), "token_type": "Bearer", "exp": now + 900, "iat": now,
                 "sub": "prac-" + digits(5), "fhirUser": "Practitioner/prac-" + digits(5), "patient": P(p.fid, "other_id"),
                 "encounter": "enc-" + digits(9), "need_patient_banner": False, "smart_style_url": "https://ehr.%s/smart/style.json" % HS}
        else:
            d = {"active": True, "scope": "patient/Patient.r patient/Coverage.r", "client_id": "payer-bcbsma-pdex",
                 "sub": P(p.member + p.member_sfx, "health_plan"), "exp": now + 3600, "iat": now, "patient": P(p.fid, "other_id"),
                 "ext": {"member_name": P(p.given + " " + p.family, "name"), "member_dob": P(fdate(p.dob, 0), "date")}}
            if p.age > 89:
                d["ext"]["member_age"] = PN(p.age, "age")
    else:
        k = R.randint(0, 2)
        d = [{"active": False},
             {"active": True, "scope": "system/*.rs", "client_id": "nbh-bulk-export", "token_type": "Bearer", "exp": now + 300,
              "iat": now, "sub": "nbh-bulk-export", "aud": "https://fhir.%s/r4" % HS},
             {"active": True, "scope": "system/Observation.rs system/Patient.s", "client_id": "carelink-hie", "exp": now + 300, "iat": now,
              "sub": "carelink-hie", "iss": "https://auth.%s/oauth2" % HS, "jti": uid()}][k]
    s = "%s INFO  [smart-authz] [%s] POST /oauth2/introspect 200 %dms client=%s response=%s" % (
        iso(), R.choice(PODS["smart-authz"]), R.randint(2, 60), R.choice(["kong-gateway", "fhir-gateway"]),
        jdump(d, ensure_ascii=False, separators=(",", ":")))
    return [("smart_introspect", s)]


def g_notes(phi):
    hh = T.strftime("%H:%M")
    sre = R.choice(SRES)
    if phi:
        p = pat()
        k = R.randint(0, 11)
        nm_forms = [p.given + " " + p.family, p.family + ", " + p.given, (p.given + " " + p.family).upper(),
                    (p.given + " " + p.family).lower(), p.given[0] + ". " + p.family]
        nm = R.choice(nm_forms)
        if k == 0:
            s = "[%s] %s: heads up - myhealth-ios 5.12.1 is putting patient.mrn in baggage again, saw %s on trace %s. opening PRIV ticket" % (hh, sre, P("MRN" + p.mrn, "mrn"), tid())
        elif k == 1:
            s = "PRIV-%d comment (%s): purged Tempo blocks for tenant nbh-prod containing %s (DOB %s); privacy office notified" % (
                R.randint(4000, 4999), sre, P(nm, "name"), P(fdate(p.dob), "date"))
        elif k == 2:
            s = "INC-%d timeline %s - %s: caller %s (%s) reports seeing another person's lab results in the app; session pinned to pod %s" % (
                R.randint(88000, 88999), hh, R.choice(SRE_FULL), P(nm, "name"), P(fphone(p.phone), "phone"), R.choice(PODS["patient-portal-bff"]))
        elif k == 3:
            s = "FHIRGW-%d: request-body-logger enabled on route fhir-patient-match by mistake; sample body had given=%s family=%s birthDate=%s" % (
                R.randint(1000, 2999), P(p.given, "name"), P(p.family, "name"), P(p.dob.isoformat(), "date"))
        elif k == 4:
            s = "[%s] %s: member %s (%s) keeps hitting 429 on /Coverage - is the limit per consumer or per IP? their IP is %s" % (
                hh, sre, P(p.member, "health_plan"), P(nm, "name"), P(p.ip, "ip"))
        elif k == 5:
            s = "Ticket #%d from %s: \"can't log in, my username is %s, born %s, address %s, %s %s\"" % (
                R.randint(40000, 49999), P(p.email, "email"), P(p.user, "other_id"), P(fdate(p.dob), "date"),
                P(p.street, "address"), P(p.city, "address"), P(p.zip, "zip"))
        elif k == 6:
            if p.age > 89:
                s = "[%s] %s: the span with age=%s and dob %s is the %s record, MPI flagged it as possible duplicate of MRN %s" % (
                    hh, sre, P(p.age, "age"), P(fdate(p.dob), "date"), P(nm, "name"), P(p.mrn, "mrn"))
            else:
                s = "[%s] %s: CGM serial %s for %s still streams to the old patient id %s after re-pair" % (
                    hh, sre, P(p.device, "device"), P(nm, "name"), P(p.fid, "other_id"))
        elif k == 7:
            s = "PRIV-%d: Loki stream {patient_mrn=\"%s\"} found in label index; guarantor %s, acct %s, card ending shown in full: %s" % (
                R.randint(4000, 4999), P(p.mrn, "mrn"), P(R.choice(REL)[0] + " " + p.family, "name"), P(p.acct, "account"), P(p.card, "account"))
        elif k == 9:
            s = "ROI-%d (%s): patient %s asked that records be faxed to %s instead of mailed to %s, %s, %s %s" % (
                R.randint(20000, 29999), R.choice(SRE_FULL), P(nm, "name"), P(fphone(mk_phone(), R.choice([0, 1, 6])), "fax"),
                P(p.street, "address"), P(p.city, "address"), p.state, P(p.zip, "zip"))
        elif k == 11:
            handle = R.choice(["%s.%s", "%s_%s", "the%s%s"]) % (fold(p.given.split()[0]).lower(), fold(p.family.split()[-1]).lower().replace("'", ""))
            s = "PRIV-%d: %s posted a screenshot of their own trace (incl. baggage) at %s - comms asked to leave it, no takedown" % (
                R.randint(4000, 4999), P(nm, "name"), P(R.choice(["https://www.instagram.com/%s/", "https://x.com/%s", "https://www.reddit.com/user/%s", "https://%s.blogspot.com"]) % handle, "url"))
        elif k == 10:
            p = old_pat()
            s = "[%s] %s: home-visit route for %s (%s y/o) geocoded to %s - matches the leaked span attribute" % (
                hh, sre, P(p.given + " " + p.family, "name"),
                P(p.age, "age"), P("%.5f,%.5f" % (R.uniform(41.5, 42.8), R.uniform(-72.9, -70.9)), "address"))
        else:
            s = "RPM escalation (%s): BLE cuff MAC %s paired to wrong chart; correct patient %s, SSN on file %s, DL %s" % (
                sre, P(p.mac, "device"), P(nm, "name"), P(p.ssn, "ssn"), P(p.dl, "license"))
        return [("sre_notes", s)]
    s = R.choice([
        "[%s] %s: bumped otel-collector to 0.96.0, redaction/phi processor now drops patient.* and enduser.* keys" % (hh, sre),
        "[%s] %s: p99 on /fhir/r4/Observation back under 400ms after HPA change (minReplicas 4->6)" % (hh, sre),
        "INC-%d resolved: root cause envoy circuit breaker max_pending_requests=1024 on outbound|9090||mpi-service" % R.randint(88000, 88999),
        "Reminder: traces with baggage keys patient.* must be dropped at the ingress gateway - runbook https://wiki.%s/sre/phi-in-telemetry" % HS,
        "[%s] %s: escalate anything PHI-shaped to Privacy Office privacy@%s / 508-334-7100 (Mon-Fri 8-5)" % (hh, sre, HS),
        "[%s] %s: kong 3.6.1 rollout done on %s, %s; error rate flat" % (hh, sre, NODES[0], NODES[1]),
        "FHIRGW-%d: build 2024.03.14-1187 (sha %s) promoted to prod by %s" % (R.randint(1000, 2999), hx(40), R.choice(SRE_FULL)),
        "[%s] %s: Tempo compactor lag %dm, retention 14d, %d blocks pending" % (hh, sre, R.randint(3, 90), R.randint(10, 900)),
        "On-call handoff: %s -> %s, pager +1 508 334 7191, bridge https://meet.%s/sre-bridge" % (R.choice(SRE_FULL), R.choice(SRE_FULL), HS),
        "[%s] %s: Dr. %s %s asked why the clinician app shows a 30s spinner - traced to introspect cache TTL, fixed" % (hh, sre, CLIN[2][0], CLIN[2][1]),
    ])
    return [("sre_notes", s)]


def g_zap(phi):
    t = iso()
    if phi:
        p = pat()
        k = R.randint(0, 1)
        if k == 0:
            s = '%s\terror\texporterhelper/queue_sender.go:101\tExporting failed. Dropping data.\t{"kind": "exporter", "data_type": "logs", "name": "loki", "error": "Permanent error: HTTP 400 \\"Bad Request\\": entry for stream \'{patient_mrn=\\"%s\\", service_name=\\"fhir-gateway\\"}\' has timestamp too old", "dropped_items": %d}' % (
                t, P(p.mrn, "mrn"), R.randint(1, 300))
        else:
            s = '%s\twarn\ttransformprocessor@v0.96.0/processor.go:%d\tfailed to execute statement\t{"kind": "processor", "name": "transform/phi", "pipeline": "traces", "error": "invalid value for attribute \\"enduser.id\\": \\"%s\\"", "statement": "set(attributes[\\"enduser.id\\"], SHA256(attributes[\\"enduser.id\\"]))"}' % (
                t, R.randint(50, 200), P(p.user, "other_id"))
        return [("otelcol_zap", s)]
    s = R.choice([
        '%s\tinfo\tservice@v0.96.0/service.go:169\tEverything is ready. Begin running and processing data.' % t,
        '%s\twarn\tbatchprocessor@v0.96.0/batch_processor.go:258\tSender failed\t{"kind": "processor", "name": "batch", "pipeline": "traces", "error": "sending queue is full"}' % t,
        '%s\terror\texporterhelper/queue_sender.go:101\tExporting failed. Dropping data.\t{"kind": "exporter", "data_type": "traces", "name": "otlp/tempo", "error": "not retryable error: Permanent error: rpc error: code = InvalidArgument desc = trace too large", "dropped_items": %d}' % (t, R.randint(10, 900)),
        '%s\tinfo\tmemorylimiter/memorylimiter.go:222\tMemory usage is above soft limit. Forcing a GC.\t{"kind": "processor", "name": "memory_limiter", "pipeline": "logs", "cur_mem_mib": %d}' % (t, R.randint(1500, 1900)),
        '%s\tinfo\texporterhelper/retry_sender.go:118\tExporting failed. Will retry the request after interval.\t{"kind": "exporter", "data_type": "metrics", "name": "prometheusremotewrite", "error": "Post \\"https://mimir.%s/api/v1/push\\": context deadline exceeded", "interval": "%.9fs"}' % (t, HS, R.uniform(2, 30)),
        '%s\tdebug\tredactionprocessor@v0.96.0/processor.go:%d\tredacted attributes\t{"kind": "processor", "name": "redaction/phi", "pipeline": "traces", "redacted_keys": "patient.dob,patient.mrn,patient.name", "masked_keys": "enduser.id", "redacted_count": %d}' % (t, R.randint(100, 300), R.randint(1, 12)),
        '%s\tinfo\tk8sattributesprocessor@v0.96.0/processor.go:%d\tevaluating pod identifier\t{"kind": "processor", "name": "k8sattributes", "pipeline": "logs", "value": [{"Source":{"From":"connection","Name":""},"Value":"%s"}]}' % (t, R.randint(100, 140), pip()),
    ])
    return [("otelcol_zap", s)]


def g_idv(phi):
    """Identity-verification vendor webhook received by the portal (Kong-fronted)."""
    ref = "idv_" + b62(20)
    if phi:
        p = pat()
        k = R.randint(0, 2)
        if k == 0:
            d = {"event": "verification.completed", "id": ref, "created_at": iso(), "status": "approved",
                 "applicant": {"external_id": P(p.user, "other_id"), "first_name": P(p.given, "name"), "last_name": P(p.family, "name"),
                               "dob": P(p.dob.isoformat(), "date")},
                 "document": {"type": "drivers_license", "issuing_state": p.state, "number": P(p.dl, "license")},
                 "selfie": {"liveness_score": round(R.uniform(0.9, 0.999), 3), "face_template_b64": P(b64(R.choice([87, 119])) + "=", "biometric")}}
        elif k == 1:
            d = {"event": "verification.needs_review", "id": ref, "created_at": iso(), "status": "review",
                 "applicant": {"external_id": P(p.user, "other_id"), "email": P(p.email, "email"), "phone": P(fphone(p.phone, 3), "phone")},
                 "signals": {"email_age_days": R.randint(200, 5000), "social_profiles": [P(R.choice(["https://www.facebook.com/%s.%s", "https://www.linkedin.com/in/%s-%s", "https://www.instagram.com/%s_%s/"]) % (
                     fold(p.given.split()[0]).lower(), fold(p.family.split()[-1]).lower().replace("'", "")), "url")]},
                 "reason": "document_photo_mismatch", "portrait": "data:image/jpeg;base64," + P(face_jpeg_b64(), "photo")}
        else:
            d = {"event": "device.bound", "id": ref, "created_at": iso(),
                 "applicant": {"external_id": P(p.user, "other_id")},
                 "device": {"platform": R.choice(["ios", "android"]), "imei": P(luhn_complete("35" + digits(6), 15), "device"),
                            "ip": P(p.ip, "ip")}, "fingerprint_match": {"template_id": P("fp-" + hx(24), "biometric"), "score": 0.97}}
    else:
        d = R.choice([{"event": "webhook.ping", "id": ref, "created_at": iso()},
                      {"event": "verification.expired", "id": ref, "created_at": iso(), "status": "expired", "ttl_hours": 72},
                      {"event": "quota.warning", "id": ref, "created_at": iso(), "used": R.randint(8000, 9900), "limit": 10000}])
    s = "%s INFO  [portal-identity] [%s] POST /webhooks/idv 200 sig=v1,%s payload=%s" % (
        iso(), R.choice(PODS["patient-portal-bff"]), hx(64), jdump(d, separators=(",", ":")))
    return [("idv_webhook", s)]


# --------------------------------------------------------------------------- multi-line blocks
def oattr(k, v, ind=5):
    return " " * ind + "-> %s: %s" % (k, v)


def S(v):
    return "Str(%s)" % v


def blk_otel_traces(_phi=None):
    svc = R.choice(["fhir-gateway", "patient-portal-bff", "mpi-service", "scheduling-api"])
    scope = {"fhir-gateway": ("io.opentelemetry.tomcat-10.0", "2.1.0-alpha"),
             "patient-portal-bff": ("@opentelemetry/instrumentation-http", "0.48.0"),
             "mpi-service": ("go.opentelemetry.io/contrib/instrumentation/google.golang.org/grpc/otelgrpc", "0.49.0"),
             "scheduling-api": ("io.opentelemetry.spring-webmvc-6.0", "2.1.0-alpha")}[svc]
    nsp = R.randint(2, 3)
    L = []
    L.append("%s\tinfo\tTracesExporter\t{\"kind\": \"exporter\", \"data_type\": \"traces\", \"name\": \"debug\", \"resource spans\": 1, \"spans\": %d}" % (iso(), nsp))
    L.append("%s\tinfo\tResourceSpans #0" % iso())
    L.append("Resource SchemaURL: https://opentelemetry.io/schemas/1.24.0")
    L.append("Resource attributes:")
    L.append(oattr("service.name", S(svc)))
    L.append(oattr("service.version", S(R.choice(["3.18.2", "2024.03.14-1187", "1.9.0"]))))
    L.append(oattr("k8s.pod.name", S(R.choice(PODS.get(svc, PODS["fhir-gateway"])))))
    L.append(oattr("k8s.namespace.name", S("fhir-prod")))
    if R.random() < 0.3:
        L.append(oattr("k8s.node.name", S(R.choice(NODES))))
    if R.random() < 0.5:
        L.append(oattr("telemetry.sdk.language", S({"fhir-gateway": "java", "patient-portal-bff": "nodejs", "mpi-service": "go", "scheduling-api": "java"}[svc])))
    L.append("ScopeSpans #0")
    L.append("ScopeSpans SchemaURL: ")
    L.append("InstrumentationScope %s %s" % scope)
    trace = tid()
    parent = ""
    root = ""
    for i in range(nsp):
        t0 = tick(0.001, 0.05)
        t1 = t0 + datetime.timedelta(microseconds=R.randint(800, 900000))
        phi = R.random() < 0.75
        p = pat()
        kind = R.choice(["http", "db", "grpc", "custom", "redis", "kafka"]) if i else "http"
        if i == 0 and svc == "mpi-service":
            kind = "grpcserver"
        elif i and svc == "mpi-service":
            kind = R.choice(["db", "custom", "redis", "kafka"])
        elif i:
            kind = R.choice(["db", "grpc", "custom", "redis", "kafka"])
        me = sid()
        attrs = []
        ev = []
        name = ""
        skind = "Internal"
        if kind == "http":
            pref = {"fhir-gateway": ("/fhir/",), "patient-portal-bff": ("/portal/", "/rpm/", "/billing/", "/fhir/r4/Patient/"),
                    "scheduling-api": ("/fhir/r4/Appointment", "/parking/", "/fhir/r4/Patient")}[svc]
            for _ in range(40):
                q = phi_request(p) if phi else noise_request()
                if not phi or q.route.startswith(pref):
                    break
            name = "%s %s" % (q.method, q.route if q.route.startswith("/") else "/")
            skind = "Server"
            attrs += [("http.request.method", S(q.method)), ("url.path", S(q.path.split("?")[0]))]
            if "?" in q.path:
                attrs.append(("url.query", S(q.path.split("?", 1)[1])))
            attrs += [("http.route", S(q.route)), ("http.response.status_code", "Int(%d)" % q.status),
                      ("client.address", S(q.ip)), ("user_agent.original", S(q.ua))]
            if phi and q.app and R.random() < 0.6:
                attrs.append(("enduser.id", S(P(p.user, "other_id"))))
            if R.random() < 0.4:
                attrs.append(("thread.name", S("http-nio-8080-exec-%d" % R.randint(1, 40))))
        elif kind == "db":
            name = "SELECT fhir.hfj_resource"
            skind = "Client"
            stmt = ("SELECT r.res_id FROM hfj_spidx_token r WHERE r.sp_name = 'identifier' AND r.sp_value = '%s'" % P(p.mrn, "mrn")) if phi else \
                "SELECT r.res_id, r.res_ver FROM hfj_resource r WHERE r.res_type = ? AND r.res_deleted_at IS NULL LIMIT ?"
            attrs += [("db.system", S("postgresql")), ("db.name", S("fhir")), ("db.user", S("fhir_gw_app")),
                      ("db.statement", S(stmt)), ("server.address", S("fhir-db-primary.fhir-prod.svc"))]
        elif kind == "grpcserver":
            name = "nbh.mpi.v1.MasterPatientIndex/%s" % R.choice(["MatchPatient", "GetPatient"])
            skind = "Server"
            attrs += [("rpc.system", S("grpc")), ("rpc.service", S("nbh.mpi.v1.MasterPatientIndex")), ("rpc.method", S(name.split("/")[1])),
                      ("rpc.grpc.status_code", "Int(%d)" % R.choice([0, 0, 0, 5])), ("net.sock.peer.addr", S(pip())),
                      ("net.sock.peer.port", "Int(%d)" % R.randint(30000, 61000))]
            if phi:
                attrs.append(("rpc.grpc.request.metadata.x-patient-mrn", 'Slice(["%s"])' % P(p.mrn, "mrn")))
                if R.random() < 0.5:
                    attrs.append(("app.request.family_name", S(P(p.family, "name"))))
        elif kind == "grpc":
            name = "nbh.mpi.v1.MasterPatientIndex/MatchPatient"
            skind = "Client"
            attrs += [("rpc.system", S("grpc")), ("rpc.service", S("nbh.mpi.v1.MasterPatientIndex")), ("rpc.method", S("MatchPatient")),
                      ("rpc.grpc.status_code", "Int(%d)" % R.choice([0, 0, 5, 14])), ("server.address", S("mpi-service.fhir-prod.svc"))]
            if phi:
                attrs.append(("rpc.grpc.request.metadata.x-patient-mrn", 'Slice(["%s"])' % P(p.mrn, "mrn")))
        elif kind == "custom":
            name = "PatientMatcher.score"
            attrs += [("mpi.algorithm", S("fellegi-sunter-v3")), ("mpi.candidate_count", "Int(%d)" % R.randint(0, 7)),
                      ("mpi.match_score", "Double(%.4f)" % R.uniform(0.4, 0.99))]
            if phi:
                attrs += [("app.patient.family", S(P(p.family, "name"))), ("app.patient.birth_date", S(P(p.dob.isoformat(), "date")))]
                if p.age > 89:
                    attrs.append(("app.patient.age", "Int(%s)" % P(p.age, "age")))
        elif kind == "redis":
            name = "GET"
            skind = "Client"
            attrs += [("db.system", S("redis")), ("db.statement", S(("GET patient:summary:%s" % P(p.fid, "other_id")) if phi else "GET capability:r4:%s" % hx(8))),
                      ("server.address", S("redis-master.fhir-prod.svc")), ("server.port", "Int(6379)")]
        else:
            name = "adt.patient.updated publish"
            skind = "Producer"
            attrs += [("messaging.system", S("kafka")), ("messaging.destination.name", S("adt.patient.updated")),
                      ("messaging.kafka.destination.partition", "Int(%d)" % R.randint(0, 11))]
            attrs.append(("messaging.kafka.message.key", S(P(p.mrn, "mrn") if phi else hx(16))))
        status = "Unset"
        if R.random() < 0.25:
            status = "Error"
            if phi and R.random() < 0.5:
                et, msg = "org.nbh.mpi.AmbiguousMatchException", "MPI returned 2 candidates for %s %s" % (P(p.given, "name"), P(p.family, "name"))
            else:
                et, msg = R.choice([("io.grpc.StatusRuntimeException", "UNAVAILABLE: io exception"),
                                    ("java.net.SocketTimeoutException", "Read timed out after 30000 ms"),
                                    ("java.sql.SQLTransientConnectionException", "HikariPool-1 - Connection is not available, request timed out after 30000ms.")])
            ev = [("exception.type", S(et)), ("exception.message", S(msg))]
        L.append("Span #%d" % i)
        L.append("    Trace ID       : %s" % trace)
        L.append("    Parent ID      : %s" % parent)
        L.append("    ID             : %s" % me)
        L.append("    Name           : %s" % name)
        L.append("    Kind           : %s" % skind)
        L.append("    Start time     : %s" % otel_ts(t0))
        L.append("    End time       : %s" % otel_ts(t1))
        L.append("    Status code    : %s" % status)
        L.append("    Status message : %s" % ("" if status == "Unset" else "exception"))
        L.append("Attributes:")
        for k, v in attrs:
            L.append(oattr(k, v))
        if ev:
            L.append("Events:")
            L.append("SpanEvent #0")
            L.append("     -> Name: exception")
            L.append("     -> Timestamp: %s" % otel_ts(t1))
            L.append("     -> DroppedAttributesCount: 0")
            L.append("     -> Attributes::")
            for k, v in ev:
                L.append(oattr(k, v, 10))
        if i == 0:
            root = me
        parent = R.choice([root, me])
    L.append('\t{"kind": "exporter", "data_type": "traces", "name": "debug"}')
    return [("otel_debug_traces", x) for x in L]


def blk_otel_logs(_phi=None):
    svc = R.choice(["patient-portal-bff", "fhir-gateway", "scheduling-api", "billing-api"])
    n = R.randint(1, 2)
    L = ["%s\tinfo\tLogsExporter\t{\"kind\": \"exporter\", \"data_type\": \"logs\", \"name\": \"debug\", \"resource logs\": 1, \"log records\": %d}" % (iso(), n),
         "%s\tinfo\tResourceLog #0" % iso(), "Resource SchemaURL: https://opentelemetry.io/schemas/1.6.1", "Resource attributes:",
         oattr("service.name", S(svc)), oattr("k8s.pod.name", S(R.choice(PODS.get(svc, PODS["fhir-gateway"])))),
         oattr("k8s.container.name", S("app")), "ScopeLogs #0", "ScopeLogs SchemaURL: ",
         "InstrumentationScope %s " % R.choice(["com.nbh.portal.AuthController", "org.nbh.scheduling.ReminderJob", "pino", "org.nbh.billing.StatementService"])]
    for i in range(n):
        t = tick(0.001, 0.3)
        phi = R.random() < 0.65
        p = pat()
        attrs = [("log.iostream", S("stdout")), ("logtag", S("F"))]
        if phi:
            k = R.randint(0, 6)
            sev = ("WARN", "Warn(13)")
            if k == 0:
                body = "Login failed for user %s: password expired" % P(p.user, "other_id")
            elif k == 1:
                body = "Password reset link sent to %s" % P(p.email, "email")
                sev = ("INFO", "Info(9)")
            elif k == 2:
                body = "Reminder SMS queued to %s for appointment on %s at Worcester Internal Medicine" % (
                    P(fphone(p.phone, 3), "phone"), P(fdate(datetime.date(2024, R.randint(3, 5), R.randint(1, 28)), R.choice([1, 4, 0])), "date"))
                sev = ("INFO", "Info(9)")
            elif k == 3:
                body = '{"level":"error","msg":"statement render failed","account":"%s","guarantor":"%s"}' % (P(p.acct, "account"), P(p.family + ", " + p.given, "name"))
                sev = ("ERROR", "Error(17)")
            elif k == 4:
                body = "Proxy access granted: %s may view chart of %s (DOB %s)" % (P(R.choice(REL)[0] + " " + p.family, "name"), P(p.given + " " + p.family, "name"), P(fdate(p.dob, 1), "date"))
                sev = ("INFO", "Info(9)")
            elif k == 5:
                body = "Address change saved"
                attrs += [("patient.id", S(P(p.fid, "other_id"))), ("patient.address.city", S(P(p.city, "address"))),
                          ("patient.address.postal_code", S(P(p.zip, "zip")))]
                sev = ("INFO", "Info(9)")
            else:
                body = "Parking validation stored: plate %s, VIN %s, owner %s" % (
                    P(p.plate, "vehicle"), P(p.vin, "vehicle"), P(p.given + " " + p.family, "name"))
                sev = ("INFO", "Info(9)")
        else:
            body, sev = R.choice([("GC pause %dms (G1 Young Generation)" % R.randint(5, 90), ("INFO", "Info(9)")),
                                  ("Refreshed JWKS from https://auth.%s/oauth2/jwks (3 keys)" % HS, ("INFO", "Info(9)")),
                                  ("HikariPool-1 - Connection is not available, request timed out after 30000ms.", ("ERROR", "Error(17)")),
                                  ("ReminderJob finished: %d sent, %d skipped (opt-out), %d failed" % (R.randint(100, 900), R.randint(0, 40), R.randint(0, 5)), ("INFO", "Info(9)")),
                                  ("Circuit breaker 'mpi' state CLOSED -> OPEN (failure rate 57.1%)", ("WARN", "Warn(13)"))])
        L += ["LogRecord #%d" % i, "ObservedTimestamp: %s" % otel_ts(t), "Timestamp: %s" % otel_ts(t - datetime.timedelta(milliseconds=R.randint(1, 40))),
              "SeverityText: %s" % sev[0], "SeverityNumber: %s" % sev[1], "Body: Str(%s)" % body, "Attributes:"]
        for k2, v in attrs:
            L.append(oattr(k2, v))
        traced = R.random() < 0.7
        L += ["Trace ID: %s" % (tid() if traced else ""), "Span ID: %s" % (sid() if traced else ""), "Flags: %d" % (1 if traced else 0)]
    L.append('\t{"kind": "exporter", "data_type": "logs", "name": "debug"}')
    return [("otel_debug_logs", x) for x in L]


def blk_otel_metrics(_phi=None):
    svc = R.choice(["fhir-gateway", "patient-portal-bff", "kong-gateway"])
    m1 = R.random() < 0.5
    L = ["%s\tinfo\tMetricsExporter\t{\"kind\": \"exporter\", \"data_type\": \"metrics\", \"name\": \"debug\", \"resource metrics\": 1, \"metrics\": %d, \"data points\": %d}" % (iso(), 1 + m1, 1 + m1),
         "%s\tinfo\tResourceMetrics #0" % iso(), "Resource SchemaURL: ", "Resource attributes:",
         oattr("service.name", S(svc)), oattr("service.instance.id", S(uid())),
         "ScopeMetrics #0", "ScopeMetrics SchemaURL: ", "InstrumentationScope io.opentelemetry.sdk.metrics 1.36.0",
         "Metric #0", "Descriptor:", "     -> Name: http.server.request.duration", "     -> Description: Duration of HTTP server requests.",
         "     -> Unit: s", "     -> DataType: Histogram", "     -> AggregationTemporality: Cumulative",
         "HistogramDataPoints #0", "Data point attributes:", oattr("http.request.method", S("GET")),
         oattr("http.route", S(R.choice(["/fhir/r4/Patient/{id}", "/fhir/r4/Observation", "/portal/api/v2/me"]))),
         oattr("http.response.status_code", "Int(200)")]
    p = pat()
    bad = R.random() < 0.5
    if bad:
        L.append(oattr("patient.mrn", S(P(p.mrn, "mrn"))))
    t = T
    L += ["StartTimestamp: %s" % otel_ts(t - datetime.timedelta(hours=R.randint(1, 9))), "Timestamp: %s" % otel_ts(t)]
    bounds = [0.05, 0.25, 1.0, 2.5]
    counts = [R.randint(0, 400) for _ in range(len(bounds) + 1)]
    L += ["Count: %d" % sum(counts), "Sum: %.6f" % (sum(counts) * R.uniform(0.05, 0.3)), "Min: %.6f" % R.uniform(0.001, 0.004),
          "Max: %.6f" % R.uniform(1.2, 3.0)]
    for i, b in enumerate(bounds):
        L.append("ExplicitBounds #%d: %.6f" % (i, b))
    for i, c in enumerate(counts):
        L.append("Buckets #%d, Count: %d" % (i, c))
    L += ["Exemplars:", "Exemplar #0", "     -> Trace ID: %s" % tid(), "     -> Span ID: %s" % sid(),
          "     -> Timestamp: %s" % otel_ts(t), "     -> Value: %.6f" % R.uniform(0.1, 2.0)]
    if R.random() < 0.6:
        L.append("     -> FilteredAttributes: ")
        L.append(oattr("enduser.id", S(P(p.user, "other_id")), 10))
        L.append(oattr("client.address", S(P(p.ip, "ip")), 10))
    if m1:
        L += ["Metric #1", "Descriptor:", "     -> Name: otelcol_processor_redaction_redacted_total" if R.random() < 0.5 else "     -> Name: kong.upstream.target.health",
          "     -> Description: ", "     -> Unit: 1", "     -> DataType: Sum", "     -> IsMonotonic: true",
          "     -> AggregationTemporality: Cumulative", "NumberDataPoints #0", "Data point attributes:",
          oattr("pipeline", S(R.choice(["traces", "logs"]))), "StartTimestamp: %s" % otel_ts(t - datetime.timedelta(hours=3)),
          "Timestamp: %s" % otel_ts(t), "Value: %d" % R.randint(0, 90000)]
    L.append('\t{"kind": "exporter", "data_type": "metrics", "name": "debug"}')
    return [("otel_debug_metrics", x) for x in L]


def blk_envoy_headers(_phi=None):
    p = pat()
    phi = R.random() < 0.6
    t = T.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (T.microsecond // 1000)
    L = ['[%s][%d][debug][http] [source/common/http/conn_manager_impl.cc:1149] [Tags: "ConnectionId":"%d","StreamId":"%d"] request headers complete (end_stream=%s):' % (
        t, R.randint(20, 40), R.randint(1000, 99999), R.randint(10 ** 17, 10 ** 18), R.choice(["true", "false"])),
        "':authority', 'fhir.%s'" % HS, "':path', '/fhir/r4/%s'" % (("Patient/" + P(p.fid, "other_id")) if phi else "metadata"),
        "':method', 'GET'", "'user-agent', '%s'" % (R.choice(UA_APP) if phi else R.choice(UA_PARTNER)),
        "'traceparent', '00-%s-%s-01'" % (tid(), sid())]
    if phi:
        L.append("'baggage', 'patient.mrn=%s,app.channel=myhealth-ios'" % P(p.mrn, "mrn"))
        L.append("'x-forwarded-for', '%s'" % P(p.ip, "ip"))
    else:
        L.append("'baggage', 'tenant=nbh-prod,app.channel=clinician-web'")
    L += ["'x-request-id', '%s'" % uid(), "'x-envoy-attempt-count', '1'", "'accept', 'application/fhir+json'"]
    return [("envoy_debug_headers", x) for x in L]


def blk_dlp_csv(_phi=None):
    L = ["scan_ts,backend,tenant,trace_id,span_id,attribute_key,finding_type,confidence,sample"]
    for _ in range(R.randint(4, 7)):
        p = pat()
        t = iso(tick(0.01, 0.5))
        ftype = R.choice(["US_SSN", "PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "MRN"])
        key, cat, val = {"US_SSN": ("patient.ssn", "ssn", p.ssn), "PERSON_NAME": ("db.statement", "name", p.family.upper()),
                         "DATE_OF_BIRTH": ("baggage.patient.dob", "date", p.dob.isoformat()),
                         "PHONE_NUMBER": ("http.url", "phone", fphone(p.phone, 2)), "EMAIL_ADDRESS": ("enduser.email", "email", p.email),
                         "MRN": ("rpc.grpc.request.metadata.x-patient-mrn", "mrn", p.mrn)}[ftype]
        if R.random() < 0.45:
            sample = R.choice(["[REDACTED]", "***-**-****" if ftype == "US_SSN" else "<masked>", "sha256:" + hx(16)])
        else:
            sample = P(val, cat)
        if "," in val and sample.startswith(MA):
            sample = '"%s"' % sample
        L.append("%s,tempo,nbh-prod,%s,%s,%s,%s,%s,%s" % (t, tid(), sid(), key, ftype, R.choice(["LIKELY", "VERY_LIKELY", "POSSIBLE"]), sample))
    return [("dlp_csv", x) for x in L]


def blk_stacktrace(_phi=None):
    L = ["%s ERROR 1 --- [fhir-gateway] [nio-8080-exec-%d] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] threw exception" % (iso().replace("Z", "+00:00"), R.randint(1, 40)),
         "io.grpc.StatusRuntimeException: UNAVAILABLE: io exception",
         "\tat io.grpc.stub.ClientCalls.toStatusRuntimeException(ClientCalls.java:268)",
         "\tat io.grpc.stub.ClientCalls.getUnchecked(ClientCalls.java:249)",
         "\tat io.grpc.stub.ClientCalls.blockingUnaryCall(ClientCalls.java:167)",
         "\tat org.nbh.mpi.v1.MasterPatientIndexGrpc$MasterPatientIndexBlockingStub.matchPatient(MasterPatientIndexGrpc.java:412)",
         "\tat org.nbh.fhir.gw.mpi.MpiClient.match(MpiClient.java:%d)" % R.randint(60, 140),
         "\tat org.nbh.fhir.gw.patient.PatientMatchOperation.execute(PatientMatchOperation.java:%d)" % R.randint(40, 99),
         "\t... 87 common frames omitted",
         "Caused by: io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: mpi-service.fhir-prod.svc/%s:9090" % pip(),
         "Caused by: java.net.ConnectException: Connection refused", "\t... 11 common frames omitted"]
    return [("java_stacktrace", x) for x in L]


# --------------------------------------------------------------------------- plan & write
SINGLES = [(g_istio_text, 5), (g_envoy_default, 3), (g_istio_json, 4), (g_kong_http_log, 4), (g_kong_error, 3),
           (g_apigee_syslog, 3), (g_apigee_js, 2), (g_grpc_md, 3), (g_proto, 3), (g_grpc_misc, 3), (g_jaeger, 3),
           (g_zipkin, 3), (g_w3c, 7), (g_k8s_audit, 4), (g_prom, 4), (g_fhir_spring, 4), (g_fhir_pino, 3),
           (g_smart, 3), (g_notes, 4), (g_zap, 3), (g_idv, 2)]
BLOCKS = [blk_otel_traces] * 3 + [blk_otel_logs] * 2 + [blk_otel_metrics] * 2 + [blk_envoy_headers] * 2 + \
         [blk_dlp_csv] * 1 + [blk_stacktrace] * 1


def main():
    plan = [("B", f, None) for f in BLOCKS]
    funcs = [f for f, w in SINGLES for _ in range(w)]
    for i in range(330):
        plan.append(("S", R.choice(funcs), True))
    for i in range(330):
        plan.append(("S", R.choice(funcs), False))
    R.shuffle(plan)
    groups = []
    for kind, f, phi in plan:
        tick()
        raw = f(phi)
        lines = []
        for fam, s in raw:
            line, spans = finalize(s)
            lines.append((fam, line, spans))
        groups.append((kind, lines))
    # keep one block of each kind, then further blocks while the block budget allows
    bidx = [i for i, g in enumerate(groups) if g[0] == "B"]
    seen, keepb, total = set(), set(), 0
    for i in bidx:
        fam = groups[i][1][0][0]
        if fam not in seen:
            seen.add(fam)
            keepb.add(i)
            total += len(groups[i][1])
    for i in bidx:
        if i not in keepb and total + len(groups[i][1]) <= 230:
            keepb.add(i)
            total += len(groups[i][1])
    groups = [g for i, g in enumerate(groups) if g[0] == "S" or i in keepb]
    blines = sum(len(g[1]) for g in groups if g[0] == "B")
    bphi = sum(1 for g in groups if g[0] == "B" for x in g[1] if x[2])
    single_phi = [i for i, g in enumerate(groups) if g[0] == "S" and g[1][0][2]]
    single_no = [i for i, g in enumerate(groups) if g[0] == "S" and not g[1][0][2]]
    target_phi = 225
    need_phi = target_phi - bphi
    need_no = 500 - blines - need_phi
    assert 0 < need_phi <= len(single_phi) and 0 < need_no <= len(single_no), (blines, bphi, need_phi, need_no)
    keep = set(R.sample(single_phi, need_phi)) | set(R.sample(single_no, need_no))
    out = []
    for i, (kind, lines) in enumerate(groups):
        if kind == "B" or i in keep:
            out.extend(lines)
    assert len(out) == 500, len(out)
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(x[1] for x in out))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for n, (fam, line, spans) in enumerate(out, 1):
            fh.write(json.dumps({"line": n, "family": fam, "spans": spans}, ensure_ascii=False) + "\n")
    # re-verify from disk
    data = open(os.path.join(HERE, ID + ".log"), "rb").read().split(b"\n")
    assert len(data) == 500 and all(data)
    for (fam, line, spans), raw in zip(out, data):
        assert raw.decode("utf-8") == line
        for sp in spans:
            assert 0 <= sp["s"] < sp["e"] <= len(raw)


if __name__ == "__main__":
    main()
