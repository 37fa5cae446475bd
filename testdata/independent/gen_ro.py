#!/usr/bin/env python3
"""gen_ro.py - synthetic labeled log corpus "ro".

Theme: Tremont County (OH) Adult Drug Court and its treatment-provider
network.  All people, numbers and addresses are invented.  Standard
library only, fixed seed: two runs give byte-identical ro.log and
ro.labels.jsonl in the current directory.

Systems simulated (family names in the labels file)
  dcms-json     court case-management system (DCMS), Java/logback JSON
  intake-json   intake & risk-assessment service (ORAS-CST / RANT), Python
                json logger (ensure_ascii=True, so accents appear as \\uXXXX)
  nginx         access log of the DCMS web UI (staff) and of the participant
                check-in portal/app
  hl7v2         ORU^R01 urine-drug-screen results from Quincy Diagnostics
                (one segment per log line)
  mirth         Mirth Connect engine log (interface engine)
  fhir          FHIR R4 resources posted by a provider EHR
  att-csv       Pathways Harbor Recovery attendance export (CSV)
  att-psv       Riverbend Recovery Center attendance export (pipe)
  att-tsv       New Dawn Women's Center attendance (TSV)
  casenote      DCMS case-manager note export (free text)
  hearing-xml   sanctions/incentives hearing docket events (XML)
  mon-syslog    Halvorsen Monitoring gateway, RFC 5424 syslog (alcohol
                bracelets, GPS units, ignition interlock)
  gps-logfmt    GPS point ingest (logfmt)
  sms-gw        SMS reminder gateway
  ivr           colour-code random-testing phone line (key=value)
  coc-kiosk     specimen chain-of-custody collection kiosk (pipe k=v)
  pg            PostgreSQL statement log
  java-trace    DCMS stack traces (one frame per line)
  x12-837       837P claims from treatment providers (one segment per line)
  teds-fw       fixed-width state admission extract (OhioMHAS-style)
  chat          team chat export (JSON)
  infra         sshd / cron / backup / k8s lines (no PHI)

Labeling decisions (grey cases of this theme)
  * The person served is the drug-court participant.  Their relatives,
    household members, sponsors and emergency contacts are also labeled.
    Judge, coordinator, case managers, counselors, collectors, prosecutors,
    defense attorneys, lab and vendor staff are staff at work: not labeled.
  * Court participant ID (TDC-nnnnn), criminal case number (24CR000417),
    booking number, referral ID, vendor offender ID (HM-...), specimen
    barcodes (K2406-...) that belong to one participant's specimen and the
    participant's testing-line PIN -> other_id.  Record IDs of events
    (hearing-event HE-..., NOTE#, lab order ORD..., HL7 control IDs, FHIR
    Encounter UUIDs, SMS SIDs, call IDs) are not labeled.
  * Provider-assigned client numbers (Pathways PH-..., Riverbend 6-digit
    MR, New Dawn ND..., FHIR Patient logical ids) -> mrn.
  * Medicaid billing numbers and MBIs -> health_plan.  Program fee account
    numbers, X12 CLM01 patient control numbers, full card PANs -> account.
    Card last-4 alone is not labeled.
  * Ankle bracelet serials, GPS unit serials and IMEIs, base-station MACs,
    interlock (BAIID) serials, portable breath-tester serials -> device.
    Device model names/firmware -> not labeled.
  * GPS latitude/longitude of a participant's device -> address (geocode),
    one span per coordinate when they sit in separate keys, one span when
    written as a "lat,lon" pair.  Vendor/server/court addresses: not PHI.
  * Dates tied to a participant (DOB, intake, admission, collection,
    session, hearing, appointment, test day in an SMS) -> date; HL7 MSH-7,
    ISA/GS dates and every log timestamp -> not labeled.  Collection times
    in OBR-7 are labeled (service date) together with their time part.
  * HL7 XPN "LAST^FIRST^M" and X12 NM1 name (LAST*FIRST) are one name span
    each; HL7 XAD street^^city is one address span, ZIP its own span.
  * A name used as a search key in SQL (ILIKE 'pruitt%') is labeled without
    the wildcard; SQL-escaped O''Brien is labeled as written.
  * Paths that carry a participant or case identifier are labeled as one
    url span (path + query), the id inside is not labeled again.
  * Public client IPs of the participant check-in app/portal -> ip.
    Internal 10.x staff workstation and server IPs -> not labeled.
  * Fingerprint templates at the kiosk -> biometric; base64 face images
    from the check-in app -> photo.
  * Ages are labeled only when over 89 (e.g. a grandmother aged 91).
  * A participant's or relative's first name alone (SMS greeting, case
    note, chat) is labeled name.  Staff initials/abbreviated user names
    (cm=rwhitfield, OBS=M. Ortiz) are staff: not labeled.
  * Vehicle plates and VINs of participants -> vehicle; licence numbers
    (driver's licence, suspended OL number) -> license.
"""
import base64
import hashlib
import json
import random
import sys
from datetime import datetime, timedelta, timezone
from xml.sax.saxutils import escape as xesc

ID = "ro"
N_LINES = 500
R = random.Random(230623)
EDT = timezone(timedelta(hours=-4))

# --------------------------------------------------------------------------
# line builder


class Line:
    def __init__(self, fam):
        self.fam = fam
        self.parts = []  # (text, cat, raw, kind)

    def t(self, x):
        self.parts.append((str(x), None, None, None))
        return self

    def p(self, x, cat, raw=None, kind=None):
        self.parts.append((str(x), cat, raw, kind))
        return self

    def add(self, parts):
        self.parts.extend(parts)
        return self

    def j(self, obj, sep=(",", ":"), ea=False):
        self.parts.extend(jparts(obj, sep, ea))
        return self

    def build(self):
        b = b""
        spans = []
        for text, cat, raw, kind in self.parts:
            enc = text.encode("utf-8")
            if cat is not None:
                if not text:
                    raise ValueError("empty PHI value")
                spans.append({"s": len(b), "e": len(b) + len(enc), "cat": cat,
                              "_v": text, "_raw": raw, "_kind": kind})
            b += enc
        return b, spans


class P:
    """A PHI scalar value inside a JSON/XML structure."""

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class T:
    """A text value made of parts [(str, cat|None), ...]."""

    def __init__(self, *parts):
        self.parts = [(x, None) if isinstance(x, str) else x for x in parts]


def jstr(s, ea):
    return json.dumps(s, ensure_ascii=ea)[1:-1]


def jparts(obj, sep, ea):
    if isinstance(obj, P):
        if isinstance(obj.v, str):
            return [('"', None, None, None), (jstr(obj.v, ea), obj.cat, obj.v, "json"),
                    ('"', None, None, None)]
        return [(json.dumps(obj.v), obj.cat, None, None)]
    if isinstance(obj, T):
        out = [('"', None, None, None)]
        for s, c in obj.parts:
            out.append((jstr(s, ea), c, s if c else None, "json" if c else None))
        out.append(('"', None, None, None))
        return out
    if isinstance(obj, dict):
        out = [("{", None, None, None)]
        for i, (k, v) in enumerate(obj.items()):
            if i:
                out.append((sep[0], None, None, None))
            out.append((json.dumps(k, ensure_ascii=ea) + sep[1], None, None, None))
            out.extend(jparts(v, sep, ea))
        out.append(("}", None, None, None))
        return out
    if isinstance(obj, list):
        out = [("[", None, None, None)]
        for i, v in enumerate(obj):
            if i:
                out.append((sep[0], None, None, None))
            out.extend(jparts(v, sep, ea))
        out.append(("]", None, None, None))
        return out
    return [(json.dumps(obj, ensure_ascii=ea), None, None, None)]


def xparts(parts):
    """[(text, cat)] -> xml-escaped parts"""
    return [(xesc(s), c, s if c else None, "xml" if c else None) for s, c in parts]


# --------------------------------------------------------------------------
# number helpers


def luhn_digit(digits):
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def npi():
    base = R.choice("12") + digits(8)
    return base + luhn_digit("80840" + base)


def imei():
    b = R.choice(["35693803", "35290611", "86471204"]) + digits(6)
    return b + luhn_digit(b)


def card(valid=True):
    b = R.choice(["4", "5"]) + digits(14)
    d = luhn_digit(b)
    if not valid:
        d = str((int(d) + 3) % 10)
    return b + d


VIN_MAP = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = R.choice(["1HG", "2T1", "1FT", "3N1", "1G1", "5NP", "KMH"])
    v = list(wmi + "".join(R.choice(al) for _ in range(5)) + "0" + R.choice("ABCDEFGH") +
             R.choice(al) + digits(6))
    tot = sum((int(c) if c.isdigit() else VIN_MAP[c]) * w for c, w in zip(v, VIN_W))
    r = tot % 11
    v[8] = "X" if r == 10 else str(r)
    return "".join(v)


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    A = L + "0123456789"
    return (R.choice("123456789") + R.choice(L) + R.choice(A) + R.choice("0123456789") +
            R.choice(L) + R.choice(A) + R.choice("0123456789") + R.choice(L) + R.choice(L) +
            R.choice("0123456789") + R.choice("0123456789"))


def phone10():
    return R.choice(["740", "614", "380", "937"]) + str(R.randint(2, 9)) + digits(2) + digits(4)


def fmt_phone(p, style):
    if style == 0:
        return "(%s) %s-%s" % (p[:3], p[3:6], p[6:])
    if style == 1:
        return "%s-%s-%s" % (p[:3], p[3:6], p[6:])
    if style == 2:
        return "+1" + p
    if style == 3:
        return p
    return "%s.%s.%s" % (p[:3], p[3:6], p[6:])


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def mac():
    return ":".join(["00", "1B", "C5"] + ["%02X" % R.randint(0, 255) for _ in range(3)])


def pub_ip():
    return "%d.%d.%d.%d" % (R.choice([73, 98, 174, 66, 107, 172, 99, 24]), R.randint(0, 255),
                            R.randint(0, 255), R.randint(1, 254))


# --------------------------------------------------------------------------
# people

FIRST = ["Marisol", "Dakota", "Tadeusz", "Keisha", "Brandon", "Xiomara", "Dwayne", "Hiroshi",
         "Amber", "Cody", "Latoya", "Jesús", "Zoë", "Faith", "Hunter", "Destiny", "Ricky",
         "Oluwaseun", "Brittany", "Nikolai", "Summer", "Travis", "Imani", "Wyatt", "Precious",
         "Shane", "Guadalupe", "Aaliyah", "Colton", "Mercedes", "Dale", "Autumn", "Khalid",
         "Tiffany", "Bo", "Misty"]
LAST = ["Villanueva-Reyes", "Okonkwo", "Kowalczyk", "Baker", "Hunter", "Rose", "Sánchez",
        "Nowak", "Haddad", "Begay", "Tran", "O'Brien", "Van der Berg", "Christmas", "Strong",
        "Fox", "Bell", "Young", "Mack", "Whitlock-Hayes", "Ibáñez", "Pruitt", "Lambert",
        "DeLuca", "Nakamura", "Stoltzfus", "Mendoza Ruiz", "Little", "King", "Wolfe",
        "Goodnight", "Patel", "Castillo-Ortega", "Shumaker", "Frye", "Brown"]
MID = ["A", "J", "L", "M", "R", "T", "D", "K", "E", ""]
REL_F = ["Ana", "Gloria", "Sharon", "Peggy", "Rosa", "Tammy", "Luz", "Bernice", "Wanda", "Joy"]
REL_M = ["Earl", "Darnell", "Vernon", "Harold", "Kenji", "Rusty", "Ignacio"]
FEMALE = {"Marisol", "Keisha", "Xiomara", "Amber", "Latoya", "Zoë", "Faith", "Destiny", "Brittany",
          "Summer", "Imani", "Precious", "Guadalupe", "Aaliyah", "Mercedes", "Autumn", "Tiffany", "Misty"}
STREETS = ["Cedar Hollow Rd", "N High St", "Maple Ave", "Old Route 33", "Sheridan Dr",
           "Locust Grove Ln", "E Main St", "Wheeling St", "Pleasantville Rd", "Fair Ave",
           "Lincoln Ave", "Tarhe Trl", "Coonpath Rd NW", "Mulberry St", "Hocking St"]
CITIES = [("Lancaster", "43130"), ("Baltimore", "43105"), ("Pickerington", "43147"),
          ("Carroll", "43112"), ("Logan", "43138"), ("Circleville", "43113"),
          ("Amanda", "43102"), ("Bremen", "43107"), ("Sugar Grove", "43155"),
          ("Lithopolis", "43136")]
RELS = ["mother", "sister", "grandmother", "fiancee", "brother", "aunt", "father", "uncle", "sponsor"]
DRUGS = ["methamphetamine", "fentanyl", "heroin", "alcohol", "cocaine", "cannabis",
         "oxycodone"]

PROV = {
    "PHR": "Pathways Harbor Recovery",
    "RBR": "Riverbend Recovery Center",
    "NDW": "New Dawn Women's Center",
    "LCC": "Lancaster Counseling Collaborative",
}
CMS = ["Renee Whitfield", "Tomas Arceneaux", "Priya Raman", "DeShawn Ogletree"]
CM_USERS = ["rwhitfield", "tarceneaux", "praman", "dogletree", "coord.jbeck", "judge.ellisonpike"]
COUNSELORS = ["J. Kessler, LICDC", "Amanda Voss, LPCC", "Luis Fierro, CDCA", "Holly Brandt, LISW-S"]
COLLECTORS = ["M. Ortiz", "K. Lindqvist", "T. Bauer", "S. Greenlee"]
JUDGE = "Hon. Margaret Ellison-Pike"
LAB_NPI = npi()
MRO = ("Okafor", "Adaeze", npi())


def mkdate(y0, y1):
    d = datetime(y0, 1, 1) + timedelta(days=R.randint(0, (y1 - y0) * 365))
    return d


PEOPLE = []
for i in range(36):
    f = FIRST[i]
    l = LAST[(i * 7 + 3) % len(LAST)]
    city, zp = R.choice(CITIES)
    street = "%d %s" % (R.randint(12, 9870), R.choice(STREETS))
    if R.random() < 0.3:
        street += R.choice([" Apt %d" % R.randint(1, 24), " Apt %d%s" % (R.randint(1, 4), R.choice("ABCD")),
                            " Lot %d" % R.randint(1, 60)])
    dob = mkdate(1968, 2003)
    sex = "F" if f in FEMALE else "M"
    rel = R.choice(RELS)
    relf = R.choice(REL_F if rel in ("mother", "sister", "grandmother", "aunt", "fiancee") else
                    REL_M if rel in ("father", "brother", "uncle") else REL_F + REL_M)
    p = {
        "first": f, "last": l, "mid": R.choice(MID), "sex": sex,
        "dob": dob, "street": street, "city": city, "zip": zp,
        "phone": phone10(), "email": "%s.%s%d@%s" % (
            f.lower().replace("ü", "u").replace("é", "e").replace("ú", "u").replace("ë", "e"),
            l.split()[0].split("-")[0].lower().replace("'", "").replace("á", "a").replace("ñ", "n"),
            R.randint(1, 99), R.choice(["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "aol.com"])),
        "ssn": ssn(), "pid": "TDC-%05d" % (20000 + i * 131 + R.randint(0, 120)),
        "case": "%dCR%06d" % (R.choice([22, 23, 24]), R.randint(100, 999)),
        "booking": "B%02d-%06d" % (R.choice([23, 24]), R.randint(1000, 99999)),
        "prov": R.choice(list(PROV) if sex == "F" else ["PHR", "RBR", "LCC"]), "medicaid": "1" + digits(11),
        "dl": R.choice("ABCDEFGHJKLMNPRST") + R.choice("ABCDEFGHJKLMNPRST") + digits(6),
        "plate": "%s %s" % ("".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)), digits(4)),
        "vin": vin(), "imei": imei(), "gps_sn": "EL3-%07d" % R.randint(100000, 9999999),
        "alc_sn": "TA4-A%05d" % R.randint(10000, 99999), "base_mac": mac(),
        "iid_sn": "IID7-%06d" % R.randint(100000, 999999),
        "vendor_id": "HM-%06d" % R.randint(100000, 999999),
        "ip": pub_ip(), "pin": digits(4), "fee_acct": "FEE-%07d" % R.randint(1000000, 9999999),
        "rel": rel, "rel_name": "%s %s" % (relf, l if R.random() < 0.6 else R.choice(LAST)),
        "rel_phone": phone10(), "phase": R.randint(1, 5), "drug": R.choice(DRUGS),
        "intake": datetime(2024, R.randint(1, 5), R.randint(1, 28)),
        "mbi": mbi() if R.random() < 0.15 else None,
        "age": 2024 - dob.year,
    }
    p["ref"] = "REF-%s-%04d" % (p["intake"].strftime("%y%m"), R.randint(1, 999))
    pr = p["prov"]
    if pr == "PHR":
        p["mrn"] = "PH-%06d" % R.randint(100000, 199999)
    elif pr == "RBR":
        p["mrn"] = "%06d" % R.randint(10000, 99999)
    elif pr == "NDW":
        p["mrn"] = "ND%05d" % R.randint(10000, 99999)
    else:
        p["mrn"] = "LCC%07d" % R.randint(1000000, 9999999)
    PEOPLE.append(p)


def person():
    return R.choice(PEOPLE)


def nm(p, style=0):
    f, l, m = p["first"], p["last"], p["mid"]
    if style == 0:
        return "%s %s" % (f, l)
    if style == 1:
        return "%s, %s" % (l, f)
    if style == 2:
        return ("%s, %s" % (l, f)).upper()
    if style == 3:
        return "%s^%s^%s" % (l.upper(), f.upper(), m) if m else "%s^%s" % (l.upper(), f.upper())
    if style == 4:
        return "%s %s %s" % (f, m, l) if m else "%s %s" % (f, l)
    return f


# --------------------------------------------------------------------------
# clock

NOW = datetime(2024, 6, 10, 10, 2, 0, tzinfo=timezone.utc)


def tick():
    global NOW
    NOW += timedelta(seconds=R.randint(3, 150), milliseconds=R.randint(0, 999))
    return NOW


def ts_iso(t=None):
    t = t or NOW
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def ts_local(t=None, ms=True):
    t = (t or NOW).astimezone(EDT)
    s = t.strftime("%Y-%m-%d %H:%M:%S")
    return s + (",%03d" % (t.microsecond // 1000) if ms else "")


def ts_nginx():
    return NOW.astimezone(EDT).strftime("%d/%b/%Y:%H:%M:%S -0400")


def ts_bsd():
    t = NOW.astimezone(EDT)
    return "%s %2d %s" % (t.strftime("%b"), t.day, t.strftime("%H:%M:%S"))


def ts_hl7(t=None):
    return (t or NOW).astimezone(EDT).strftime("%Y%m%d%H%M%S")


def recent_day(back=14):
    return (NOW.astimezone(EDT) - timedelta(days=R.randint(0, back))).replace(tzinfo=None)


def future_day(fwd=21):
    return (NOW.astimezone(EDT) + timedelta(days=R.randint(1, fwd))).replace(tzinfo=None)


# --------------------------------------------------------------------------
# record generators: each returns a list of Line


def r_infra():
    k = R.randint(0, 7)
    L = Line("infra")
    h = R.choice(["dcms-app01", "dcms-app02", "dcms-db01", "mirth01", "sftp01"])
    if k == 0:
        L.t("%s %s sshd[%d]: Accepted publickey for deploy from 10.40.2.%d port %d ssh2: ED25519 SHA256:%s" % (
            ts_bsd(), h, R.randint(1000, 60000), R.randint(2, 60), R.randint(30000, 65000),
            base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode().rstrip("=")))
    elif k == 1:
        L.t("%s %s CRON[%d]: (root) CMD (/opt/dcms/bin/pull_provider_sftp.sh --all >> /var/log/dcms/sftp_pull.log 2>&1)" % (
            ts_bsd(), h, R.randint(1000, 60000)))
    elif k == 2:
        L.t("%s %s restic[%d]: snapshot %s saved, %d files, %.2f GiB added, duration %dm%02ds" % (
            ts_bsd(), "backup01", R.randint(1000, 60000), hexs(8), R.randint(100, 9000),
            R.random() * 4, R.randint(1, 40), R.randint(0, 59)))
    elif k == 3:
        L.t("%s %s kubelet[%d]: I0610 %s    %d kubelet.go:2469] \"SyncLoop (PLEG): event for pod\" pod=\"dcms/dcms-web-%s-%s\" event={\"ID\":\"%s\",\"Type\":\"ContainerStarted\"}" % (
            ts_bsd(), "k8s-node03", R.randint(1000, 9000), NOW.astimezone(EDT).strftime("%H:%M:%S.%f"),
            R.randint(1000, 9000), hexs(9), hexs(5), uuid4()))
    elif k == 4:
        L.t("%s %s systemd[1]: Started Session %d of User svc_mirth." % (ts_bsd(), h, R.randint(100, 9999)))
    elif k == 5:
        L.t("%s %s postfix/smtp[%d]: %s: to=<drugcourt@co.tremont.oh.us>, relay=smtp.co.tremont.oh.us[198.51.100.25]:25, delay=%.2f, status=sent (250 2.0.0 Ok: queued as %s)" % (
            ts_bsd(), "mail01", R.randint(1000, 60000), hexs(10).upper(), R.random() * 2, hexs(10).upper()))
    elif k == 6:
        L.t("%s %s clamd[%d]: SelfCheck: Database status OK. daily.cld v27302 sigs=2066413" % (
            ts_bsd(), "sftp01", R.randint(1000, 60000)))
    else:
        L.t("%s %s sshd[%d]: Disconnected from user tarceneaux 10.40.8.%d port %d" % (
            ts_bsd(), h, R.randint(1000, 60000), R.randint(2, 200), R.randint(30000, 65000)))
    return [L]


def r_nginx():
    L = Line("nginx")
    k = R.random()
    ua_staff = '"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36 Edg/125.0.0.0"'
    if k < 0.52:
        path = R.choice(["/healthz", "/static/js/app.7f3c21e.js", "/static/css/main.a91be0.css",
                         "/api/v1/calendar/dockets?date=2024-06-12&dept=DC", "/favicon.ico",
                         "/api/v1/providers", "/metrics"])
        src = "10.40.0.%d" % R.randint(2, 9) if path in ("/healthz", "/metrics") else "10.40.8.%d" % R.randint(10, 200)
        L.t('%s - - [%s] "GET %s HTTP/1.1" 200 %d "-" %s rt=%.3f' % (
            src, ts_nginx(), path, R.randint(80, 90000),
            '"kube-probe/1.29"' if path in ("/healthz", "/metrics") else ua_staff, R.random() / 3))
    elif k < 0.76:
        p = person()
        user = R.choice(CM_USERS)
        L.t('10.40.8.%d - %s [%s] "%s ' % (R.randint(10, 200), user, ts_nginx(), R.choice(["GET", "GET", "POST"])))
        path = R.choice([
            "/dcms/participants/%s/notes" % p["pid"], "/dcms/participants/%s" % p["pid"],
            "/dcms/cases/%s/hearings?view=upcoming" % p["case"],
            "/api/v1/uds/results?participant=%s&days=30" % p["pid"],
            "/dcms/participants/%s/monitoring/gps?from=2024-06-01" % p["pid"]])
        L.p(path, "url")
        st = R.choice([200, 200, 200, 304, 403])
        L.t(' HTTP/1.1" %d %d "https://dcms.co.tremont.oh.us/dcms/dashboard" %s rt=%.3f' % (
            st, 0 if st == 304 else R.randint(300, 60000), ua_staff, R.random()))
    else:
        p = person()
        L.p(p["ip"], "ip")
        app = R.choice(['"TremontCheckIn/3.4.1 (Android 14; SM-A546U)"', '"TremontCheckIn/3.4.1 (iOS 17.5; iPhone13,2)"',
                        '"Mozilla/5.0 (Linux; Android 13; moto g play) AppleWebKit/537.36 Chrome/124.0 Mobile Safari/537.36"'])
        req = R.choice(["POST /api/v2/checkin", "GET /api/v2/color-of-day", "POST /api/v2/selfie", "GET /portal/schedule"])
        st = R.choice([201, 201, 201, 401] if req.startswith("POST") else [200, 200, 304, 401])
        L.t(' - - [%s] "%s HTTP/2.0" %d %d "-" %s rt=%.3f' % (
            ts_nginx(), req, st, 0 if st == 304 else R.randint(40, 4000), app, R.random()))
    return [L]


def r_dcms():
    L = Line("dcms-json")
    tid = hexs(32)
    base = {"@timestamp": ts_iso(), "@version": "1", "level": "INFO", "thread_name": "http-nio-8443-exec-%d" % R.randint(1, 40),
            "trace_id": tid, "span_id": hexs(16)}
    k = R.randint(0, 15)
    if k <= 8:
        lg, msg = R.choice([
            ("o.h.e.i.StatisticalLoggingSessionEventListener", "Session metrics: %d JDBC statements, %d ms" % (R.randint(2, 90), R.randint(1, 400))),
            ("c.t.dcms.cache.CacheStats", "cache participantSummary hit=%d miss=%d evict=0" % (R.randint(100, 9000), R.randint(0, 80))),
            ("c.t.dcms.jobs.DocketBuilder", "docket built dept=DC date=2024-06-12 items=%d build=%s" % (R.randint(20, 60), "dcms-4.18.2+b%d" % R.randint(300, 999))),
            ("c.t.dcms.sched.ReminderScheduler", "reminder batch queued count=%d channel=sms" % R.randint(5, 60)),
            ("c.t.dcms.integration.QuincyClient", "GET https://api.quincydx.com/v3/orders?status=FINAL 200 in %d ms" % R.randint(80, 2400))])
        base.update({"logger_name": lg, "message": msg})
        return [L.j(base)]
    p = person()
    k -= 6
    if k == 3:
        base.update({"logger_name": "c.t.dcms.audit.AccessAudit", "message": "participant record viewed",
                     "user": R.choice(CM_USERS), "participantId": P(p["pid"], "other_id"),
                     "caseNumber": P(p["case"], "other_id"), "section": R.choice(["NOTES", "UDS", "SANCTIONS", "PROFILE"])})
    elif k == 4:
        base.update({"logger_name": "c.t.dcms.phase.PhaseService", "message": "phase advancement approved",
                     "participantId": P(p["pid"], "other_id"), "fromPhase": p["phase"], "toPhase": min(5, p["phase"] + 1),
                     "cleanDays": R.randint(60, 180), "approvedBy": "coord.jbeck"})
    elif k == 5:
        base.update({"level": "WARN", "logger_name": "c.t.dcms.fees.PaymentController",
                     "message": "card payment declined", "participantId": P(p["pid"], "other_id"),
                     "feeAccount": P(p["fee_acct"], "account"), "amount": "%d.00" % R.choice([25, 40, 50, 100]),
                     "last4": card()[-4:], "processor": "ElavonConverge", "respCode": R.choice(["05", "51", "54"])})
    elif k == 6:
        t = T("Incentive awarded to ", (nm(p), "name"), ": ", R.choice(["$10 Kroger gift card", "fishbowl draw", "curfew extended to 2300", "applause + certificate"]))
        base.update({"logger_name": "c.t.dcms.incentive.IncentiveService", "message": t,
                     "participantId": P(p["pid"], "other_id"), "hearingDate": P(future_day().strftime("%Y-%m-%d"), "date")})
    elif k == 7:
        img = base64.b64encode(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(R.getrandbits(8) for _ in range(60))).decode()
        base.update({"logger_name": "c.t.dcms.checkin.SelfieVerifier", "message": "face match score below threshold",
                     "participantId": P(p["pid"], "other_id"), "score": round(R.uniform(0.41, 0.69), 3),
                     "selfie": T("data:image/jpeg;base64,", (img, "photo"))})
    elif k == 8:
        base.update({"logger_name": "c.t.dcms.participant.ProfileService", "message": "contact info updated",
                     "participantId": P(p["pid"], "other_id"),
                     "changes": {"phone": P(fmt_phone(p["phone"], 1), "phone"), "email": P(p["email"], "email"),
                                 "address": {"line1": P(p["street"], "address"), "city": P(p["city"], "address"),
                                             "state": "OH", "postalCode": P(p["zip"], "zip")}}})
    else:
        base.update({"level": "ERROR", "logger_name": "c.t.dcms.fees.PaymentController",
                     "message": "tokenization failed, raw PAN rejected by processor",
                     "feeAccount": P(p["fee_acct"], "account"), "pan": P(card(valid=R.random() < 0.5), "account"),
                     "exp": "%02d/%02d" % (R.randint(1, 12), R.randint(25, 29))})
    return [L.j(base)]


def r_intake():
    L = Line("intake-json")
    p = person()
    k = R.randint(0, 3)
    if k == 2 and R.random() < 0.5:
        p = R.choice([x for x in PEOPLE if any(ord(c) > 127 for c in x["first"] + x["last"])])
    base = {"asctime": ts_local(), "name": "intake.assess", "levelname": "INFO"}
    if k == 0:
        base.update({"message": "ORAS-CST scored", "participant_id": P(p["pid"], "other_id"),
                     "tool": "ORAS-CST", "total": R.randint(8, 38), "risk_level": R.choice(["LOW", "MODERATE", "HIGH", "VERY HIGH"]),
                     "domains": {"crim_hist": R.randint(0, 8), "edu_emp": R.randint(0, 6), "family": R.randint(0, 4),
                                 "neighborhood": R.randint(0, 3), "substance": R.randint(0, 6), "peer": R.randint(0, 8),
                                 "attitudes": R.randint(0, 7)}, "assessor": R.choice(CMS)})
    elif k == 1:
        base.update({"message": "RANT quadrant computed", "participant_id": P(p["pid"], "other_id"),
                     "quadrant": R.choice(["HR/HN", "HR/LN", "LR/HN", "LR/LN"]), "rant_version": "2.3",
                     "assessment_date": P(p["intake"].strftime("%Y-%m-%d"), "date")})
    elif k == 2:
        base.update({"message": "new referral received", "referral_id": P(p["ref"], "other_id"),
                     "legal_name": P("%s %s" % (p["first"], p["last"]), "name"), "dob": P(p["dob"].strftime("%Y-%m-%d"), "date"),
                     "ssn": P(p["ssn"], "ssn"), "ohio_dl": P(p["dl"], "license"), "booking_no": P(p["booking"], "other_id"),
                     "referring_agency": "Tremont Co. Adult Probation", "charge": "ORC 2925.11(A) F5"})
    else:
        base.update({"message": "eligibility check", "participant_id": P(p["pid"], "other_id"),
                     "medicaid_id": P(p["medicaid"], "health_plan"), "eligible": R.random() < 0.8,
                     "source": "OH-MITS 270/271", "checked_for_dos": P(recent_day().strftime("%Y-%m-%d"), "date")})
        if p["mbi"]:
            base["mbi"] = P(p["mbi"], "health_plan")
    return [L.j(base, sep=(", ", ": "), ea=True)]


def r_hl7():
    p = person()
    ctrl = "QDX%s%03d" % (ts_hl7(), R.randint(0, 999))
    if R.random() < 0.4:
        return [Line("hl7v2").t("MSH|^~\\&|MIRTH|TREMONTDC|QDX-LIS|QUINCYDX|%s||ACK^R01^ACK|ACK%s|P|2.5.1" % (ts_hl7(), hexs(10).upper())),
                Line("hl7v2").t("MSA|AA|%s|Message accepted" % ctrl)]
    spec = "K%s-%06d" % (NOW.strftime("%y%m"), R.randint(100000, 999999))
    order = "ORD%06d" % R.randint(10000, 999999)
    coll = recent_day(4).replace(hour=R.randint(7, 16), minute=R.randint(0, 59))
    out = []
    out.append(Line("hl7v2").t("MSH|^~\\&|QDX-LIS|QUINCYDX|MIRTH|TREMONTDC|%s||ORU^R01^ORU_R01|%s|P|2.5.1|||AL|NE" % (ts_hl7(), ctrl)))
    L = Line("hl7v2").t("PID|1||").p(p["pid"], "other_id").t("^^^TDC^PI~").p(p["mrn"], "mrn").t("^^^%s^MR||" % p["prov"])
    L.p(nm(p, 3), "name").t("||").p(p["dob"].strftime("%Y%m%d"), "date").t("|%s|||" % p["sex"])
    L.p("%s^^%s" % (p["street"].upper(), p["city"].upper()), "address").t("^OH^").p(p["zip"], "zip").t("^USA||")
    L.p("(%s)%s-%s" % (p["phone"][:3], p["phone"][3:6], p["phone"][6:]), "phone").t("|||||")
    if R.random() < 0.4:
        L.p(p["ssn"].replace("-", ""), "ssn")
    L.t("|")
    out.append(L)
    out.append(Line("hl7v2").t("ORC|RE|%s|" % order).p(spec, "other_id").t("||CM"))
    out.append(Line("hl7v2").t("OBR|1|%s|" % order).p(spec, "other_id").t("|UDS12^12 Panel Urine Drug Screen w/ EtG^L|||")
               .p(coll.strftime("%Y%m%d%H%M"), "date").t("|||||||||%s^%s^%s^^^MD|||||||%s||F" % (MRO[2], MRO[0].upper(), MRO[1].upper(), ts_hl7())))
    tests = [("AMP", "Amphetamines", 500), ("MAMP", "Methamphetamine", 500), ("OPI", "Opiates", 300),
             ("FEN", "Fentanyl", 1), ("BUP", "Buprenorphine", 5), ("COC", "Cocaine metabolite", 150),
             ("THC", "Cannabinoids", 50), ("ETG", "Ethyl glucuronide", 500), ("OXY", "Oxycodone", 100),
             ("BZO", "Benzodiazepines", 200)]
    R.shuffle(tests)
    for i, (c, n, cut) in enumerate(tests[:R.randint(2, 5)], 1):
        pos = R.random() < 0.15
        out.append(Line("hl7v2").t("OBX|%d|ST|%s^%s^L||%s|ng/mL|<%d|%s|||F|||%s" % (
            i, c, n, "POS %d" % R.randint(cut, cut * 8) if pos else "NEG", cut, "A" if pos else "N", ts_hl7())))
    if R.random() < 0.4:
        out.append(Line("hl7v2").t("NTE|1||Specimen validity: creatinine %d mg/dL, SG 1.0%02d, pH %.1f. Lot UC-%s." % (
            R.randint(15, 180), R.randint(5, 30), R.uniform(4.6, 7.8), digits(6))))
    return out


def r_mirth():
    L = Line("mirth")
    k = R.randint(0, 3)
    t = ts_local()
    if k == 0:
        L.t(" INFO %s [LabResults_In Source Reader] com.mirth.connect.connectors.tcp.TcpReceiver: Message received, %d bytes, MLLP ack AA" % (t, R.randint(900, 4000)))
    elif k == 1:
        L.t(" INFO %s [Provider_FHIR_Out Destination] com.mirth.connect.donkey.server.channel.Channel: channel %s processed %d messages (errors=0)" % (t, uuid4(), R.randint(1, 40)))
    elif k == 2:
        p = person()
        L.t(" WARN %s [LabResults_In Destination] JavaScriptTransformer: PID-3 lookup failed for MR " % t).p(p["mrn"], "mrn") \
            .t(", falling back to name+DOB ").p(nm(p, 3), "name").t(" ").p(p["dob"].strftime("%Y%m%d"), "date")
    else:
        L.t("ERROR %s [Attendance_SFTP Poller] com.mirth.connect.connectors.file.FileReceiver: Error reading file /inbound/rbr/att_%s.psv: Connection reset (sftp01.co.tremont.oh.us:22)" % (t, NOW.strftime("%Y%m%d")))
    return [L]


def r_fhir():
    p = person()
    L = Line("fhir")
    k = R.randint(0, 2)
    if k == 0:
        obj = {"resourceType": "Patient", "id": P(p["mrn"].lower(), "mrn"),
               "meta": {"versionId": str(R.randint(1, 9)), "lastUpdated": ts_iso()},
               "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.%d.1" % R.randint(1000, 9999), "value": P(p["mrn"], "mrn")},
                              {"system": "https://dcms.co.tremont.oh.us/fhir/participant", "value": P(p["pid"], "other_id")}],
               "name": [{"family": P(p["last"], "name"), "given": [P(p["first"], "name")]}],
               "telecom": [{"system": "phone", "value": P(fmt_phone(p["phone"], 0), "phone"), "use": "mobile"}],
               "gender": "female" if p["sex"] == "F" else "male", "birthDate": P(p["dob"].strftime("%Y-%m-%d"), "date"),
               "address": [{"line": [P(p["street"], "address")], "city": P(p["city"], "address"), "state": "OH", "postalCode": P(p["zip"], "zip")}],
               "contact": [{"relationship": [{"text": p["rel"]}], "name": {"text": P(p["rel_name"], "name")},
                            "telecom": [{"system": "phone", "value": P(fmt_phone(p["rel_phone"], 1), "phone")}]}]}
    elif k == 1:
        d = recent_day().strftime("%Y-%m-%d")
        obj = {"resourceType": "Encounter", "id": uuid4(), "status": "finished",
               "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB"},
               "type": [{"text": R.choice(["IOP group", "Individual counseling", "MAT med check", "Relapse prevention group"])}],
               "subject": {"reference": T("Patient/", (p["mrn"].lower(), "mrn"))},
               "period": {"start": P(d + "T%02d:00:00-04:00" % R.randint(9, 18), "date")},
               "serviceProvider": {"display": PROV[p["prov"]]}}
    else:
        obj = {"resourceType": "Practitioner", "id": "prac-%d" % R.randint(100, 999),
               "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi()}],
               "name": [{"text": R.choice(COUNSELORS)}], "telecom": [{"system": "phone", "value": "(740) 555-01%02d" % R.randint(10, 99)}]}
    return [L.j(obj)]


def r_att():
    k = R.randint(0, 2)
    out = []
    p = R.choice([x for x in PEOPLE if x["prov"] == ["PHR", "RBR", "NDW"][k]])
    d = recent_day(10)
    if k == 0:
        if R.random() < 0.25:
            out.append(Line("att-csv").t("client_id,last_name,first_name,session_date,group_code,modality,units,status,counselor"))
        L = Line("att-csv").p(p["mrn"], "mrn").t(",")
        ln = p["last"]
        if "," in ln or "'" in ln:
            L.t('"').p(ln, "name").t('"')
        else:
            L.p(ln, "name")
        L.t(",").p(p["first"], "name").t(",").p(d.strftime("%m/%d/%Y"), "date")
        L.t(",%s,%s,%s,%s,\"%s\"" % (R.choice(["IOP-AM", "IOP-PM", "RP-2", "MRT-1", "SEEKING-SAFETY"]), R.choice(["GRP", "IND", "TELE"]),
                                  R.choice(["3", "2", "1"]), R.choice(["P", "P", "P", "A", "E", "T"]), R.choice(COUNSELORS)))
        out.append(L)
    elif k == 1:
        L = Line("att-psv").t("RBR|").p(p["mrn"], "mrn").t("|").p(nm(p, 2), "name").t("|").p(d.strftime("%m/%d/%Y"), "date")
        L.t("|%s|%.1f|%s|%s|%s" % (R.choice(["IOP-PM", "OP-WK", "MAT-CHK", "FAM-GRP"]), R.choice([1.0, 1.5, 3.0]),
                                   R.choice(["P", "P", "NS", "LC"]), R.choice(COUNSELORS).split(",")[0], R.choice(["", "", "left at break", "late 20m"])))
        out.append(L)
    else:
        if R.random() < 0.3:
            out.append(Line("att-tsv").t("ClientNo\tClient\tDOS\tService\tMinutes\tAttended\tStaff\tSite"))
        L = Line("att-tsv").p(p["mrn"], "mrn").t("\t")
        L.p(nm(p, 1), "name").t("\t").p(d.strftime("%Y-%m-%d"), "date")
        L.t("\t%s\t%d\t%s\t%s\t%s" % (R.choice(["H0015", "H0005", "H0004", "T1006"]), R.choice([60, 90, 180]),
                                     R.choice(["Y", "Y", "N"]), R.choice(COUNSELORS).split(",")[0], "NDW-Main 118 N Columbus St"))
        out.append(L)
    return out


def r_casenote():
    p = person()
    cm = R.choice(CMS)
    L = Line("casenote")
    L.t("[%s] NOTE#%d cm=%s pid=" % (ts_local(ms=False), R.randint(400000, 499999), (cm.split()[0][0] + cm.split()[1]).lower()))
    L.p(p["pid"], "other_id").t(" :: ")
    k = R.randint(0, 5)
    d = recent_day(6)
    if k == 0:
        L.t("Home visit at ").p("%s, %s" % (p["street"], p["city"]), "address").t(". ").p(p["first"], "name")
        L.t(" present w/ %s " % p["rel"]).p(p["rel_name"], "name").t(". No contraband observed. Reminded of curfew 2200.")
    elif k == 1:
        L.t("Missed UDS on ").p(d.strftime("%m/%d"), "date").t(" (color ORANGE). Client states car broke down; ")
        L.t("vehicle ").p(p["plate"], "vehicle").t(" towed. Will staff w/ team Weds.")
    elif k == 2:
        L.t("Spoke w/ emergency contact ").p(p["rel_name"], "name").t(" (%s) at " % p["rel"]).p(fmt_phone(p["rel_phone"], 1), "phone")
        L.t("; says ").p(p["first"], "name").t(" has been attending NA at St. Mark's. Phase %d." % p["phase"])
    elif k == 3:
        age = R.randint(90, 97)
        who = R.choice(["great-grandmother", "grandfather", "great-aunt"])
        L.t("Client lives w/ %s (age " % who).p(str(age), "age").t(R.choice(["), who needs transport to dialysis MWF; requests IOP switch to PM group. Approved by %s." % R.choice(COUNSELORS).split(",")[0],
                                                                            "), primary caregiver duties; asks for Sat UDS window. Will staff.",
                                                                            ") - home is sober, no firearms per walk-through."]))
    elif k == 4:
        L.t("OL ").p(p["dl"], "license").t(" still under FRA suspension; BMV reinstatement fee $475. Referred to Legal Aid (Tue clinic).")
    else:
        L.t("Positive EtG %d ng/mL collected ".replace("%d", str(R.randint(600, 3000)))).p(d.strftime("%m/%d/%Y"), "date")
        L.t("; client admits drinking at cousin's cookout. Recommend sanction: 2 days SCRAM extension + essay.")
    return [L]


def r_hearing():
    p = person()
    L = Line("hearing-xml")
    hd = future_day(14) if R.random() < 0.5 else recent_day(7)
    typ = R.choice(["SANCTION", "INCENTIVE", "STATUS", "PHASE_PROMOTION"])
    L.t('<HearingEvent id="HE-%d" dept="DC-2" type="%s"><Case>' % (R.randint(100000, 199999), typ)).p(p["case"], "other_id")
    L.t('</Case><Participant pid="').p(p["pid"], "other_id").t('">')
    L.add(xparts([(nm(p, 1), "name")]))
    L.t("</Participant><HearingDate>").p(hd.strftime("%Y-%m-%d"), "date").t("</HearingDate><Judge>%s</Judge>" % xesc(JUDGE))
    resp = {"SANCTION": R.choice(["Jail 48h &amp; restart phase clock", "8h community service", "Curfew 2000 x 14 days", "Essay: &quot;triggers&quot;"]),
            "INCENTIVE": R.choice(["Gift card $10", "Fishbowl", "Reduced reporting", "Praise from bench"]),
            "STATUS": "Continue", "PHASE_PROMOTION": "Phase %d -&gt; %d" % (p["phase"], min(5, p["phase"] + 1))}[typ]
    L.t("<Response>%s</Response><DefenseAtty>Kyle Brennan, Asst. Public Defender</DefenseAtty></HearingEvent>" % resp)
    return [L]


def r_monitor():
    L = Line("mon-syslog")
    pri = R.choice([134, 132, 131])
    k = R.randint(0, 5) if R.random() > 0.3 else 0
    host = R.choice(["mon-gw01.halvorsen-monitoring.net", "mon-gw02.halvorsen-monitoring.net"])
    app = {0: R.choice(["alcotrak", "gpsd", "iid-bridge"]), 1: "alcotrak", 2: "alcotrak", 3: "alcotrak", 4: "iid-bridge", 5: "gpsd"}[k]
    L.t("<%d>1 %s %s %s %d " % (pri, ts_iso(), host, app, R.randint(1000, 30000)))
    if k == 0:
        L.t("HB - Gateway heartbeat ok queue=%d fw=ATK-5.11.3 uptime=%dh" % (R.randint(0, 40), R.randint(1, 900)))
        return [L]
    p = person()
    if k == 1:
        L.t('TAMPER [evt@41823 dev="').p(p["alc_sn"], "device").t('" subj="').p(p["vendor_id"], "other_id")
        L.t('" agency="TCDC" type="STRAP_TAMPER" ir=%d temp=%.1f] Strap tamper alert' % (R.randint(200, 900), R.uniform(28, 35)))
    elif k == 2:
        L.t('DRINK [evt@41823 dev="').p(p["alc_sn"], "device").t('" subj="').p(p["vendor_id"], "other_id")
        L.t('" agency="TCDC" type="CONFIRMED_ALCOHOL" peak_tac=%.3f onset_local="' % R.uniform(0.02, 0.15))
        L.p(recent_day(2).strftime("%Y-%m-%d") + " %02d:%02d" % (R.randint(18, 23), R.randint(0, 59)), "date").t('"] Confirmed drinking event')
    elif k == 3:
        L.t('BASE [evt@41823 dev="').p(p["base_mac"], "device").t('" subj="').p(p["vendor_id"], "other_id")
        L.t('" type="AC_POWER_LOSS" ] Home base station on battery')
    elif k == 4:
        L.t('IID [evt@41823 dev="').p(p["iid_sn"], "device").t('" vin="').p(p["vin"], "vehicle")
        L.t('" type="%s" brac=%.3f] Interlock event' % (R.choice(["FAIL_START", "ROLLING_RETEST_MISSED", "CIRCUMVENTION"]), R.uniform(0, 0.09)))
    else:
        L.t('ZONE [evt@41823 dev="').p(p["imei"], "device").t('" subj="').p(p["vendor_id"], "other_id")
        L.t('" type="EXCLUSION_ENTER" zone="bar-district-2" loc="').p("%.5f,%.5f" % (R.uniform(39.65, 39.78), R.uniform(-82.68, -82.52)), "address")
        L.t('"] Exclusion zone violation')
    return [L]


def r_gps():
    L = Line("gps-logfmt")
    if R.random() < 0.4:
        L.t('ts=%s level=info src=el3-ingest msg="batch committed" points=%d lag_ms=%d kafka_partition=%d offset=%d' % (
            ts_iso(), R.randint(200, 3000), R.randint(20, 900), R.randint(0, 11), R.randint(10 ** 6, 10 ** 8)))
        return [L]
    p = person()
    L.t("ts=%s level=info src=el3-ingest imei=" % ts_iso()).p(p["imei"], "device").t(" sn=").p(p["gps_sn"], "device")
    L.t(" lat=").p("%.5f" % R.uniform(39.60, 39.82), "address").t(" lon=").p("%.5f" % R.uniform(-82.75, -82.45), "address")
    L.t(" spd_kph=%d hdop=%.1f batt=%d fix=%s zone=%s" % (R.choice([0, 0, 0, 12, 47, 88]), R.uniform(0.6, 3.5), R.randint(8, 100),
                                                          R.choice(["3d", "3d", "2d", "lbs"]), R.choice(["HOME", "WORK", "NONE", "TX_PROVIDER"])))
    return [L]


def r_sms():
    L = Line("sms-gw")
    sid = "SM" + hexs(32)
    if R.random() < 0.45:
        L.t('%s sms-gw[%d] INFO status_callback sid=%s status=%s err=%s price=-0.00790 segments=1' % (
            ts_iso(), R.randint(100, 999), sid, R.choice(["delivered", "delivered", "undelivered", "sent"]), R.choice(["-", "-", "30003", "30006"])))
        return [L]
    p = person()
    L.t("%s sms-gw[%d] INFO outbound sid=%s from=+17405550100 to=" % (ts_iso(), R.randint(100, 999), sid)).p("+1" + p["phone"], "phone")
    L.t(' body="')
    k = R.randint(0, 2)
    if k == 0:
        d = NOW.astimezone(EDT)
        L.t("Tremont Drug Court: Hi ").p(p["first"], "name").t(", ORANGE tests today ").p("%d/%d" % (d.month, d.day), "date")
        L.t('. Report to 224 W Chestnut St by 3PM. Reply STOP to opt out."')
    elif k == 1:
        hd = future_day(10)
        L.t("Reminder: court review hearing ").p("%s %d/%d" % (hd.strftime("%a"), hd.month, hd.day), "date")
        L.t(' 1:30PM, Courtroom 2. Questions? 740-555-0100"')
    else:
        L.t("Your IOP group at %s moved to 5:30PM this week. -%s\"" % (PROV[p["prov"]], R.choice(COUNSELORS).split(",")[0]))
    return [L]


def r_ivr():
    L = Line("ivr")
    if R.random() < 0.3:
        L.t("%s ivr01 colorline: DAILY_DRAW date=%s colors=ORANGE,TEAL group_sizes=41,37 seed=%s" % (
            ts_local(ms=False), NOW.astimezone(EDT).strftime("%Y-%m-%d"), hexs(12)))
        return [L]
    p = person()
    L.t("%s ivr01 colorline: CALL callid=%s ani=" % (ts_local(ms=False), uuid4())).p(p["phone"], "phone")
    L.t(" pin=").p(p["pin"], "other_id").t(" color=%s result=%s dur=%ds" % (
        R.choice(["ORANGE", "TEAL", "GOLD"]), R.choice(["TEST_TODAY", "NO_TEST", "NO_TEST", "PIN_INVALID"]), R.randint(12, 70)))
    return [L]


def r_coc():
    L = Line("coc-kiosk")
    p = person()
    spec = "K%s-%06d" % (NOW.strftime("%y%m"), R.randint(100000, 999999))
    L.t("COC|%s|SITE=TREM-CS%d|SPEC=" % (ts_local(ms=False), R.randint(1, 2))).p(spec, "other_id").t("|DONOR=").p(p["pid"], "other_id")
    L.t("|OBS=%s|GENDER_OBS=%s|TEMP=%.1fF|SEAL=OK|CUP_LOT=%s" % (R.choice(COLLECTORS), p["sex"], R.uniform(90.5, 99.5), "UC%s" % digits(6)))
    if R.random() < 0.5:
        fp = base64.b64encode(b"FMR\x00 20\x00" + bytes(R.getrandbits(8) for _ in range(48))).decode()
        L.t("|FP_ISO19794=").p(fp, "biometric")
    if R.random() < 0.3:
        L.t("|PBT_SN=").p("AL9-%06d" % R.randint(100000, 999999), "device").t("|BrAC=0.000")
    return [L]


def r_pg():
    L = Line("pg")
    pre = "%s EDT [%d] dcms_app@dcms " % (NOW.astimezone(EDT).strftime("%Y-%m-%d %H:%M:%S.%f")[:-3], R.randint(2000, 40000))
    k = R.randint(-1, 3)
    if k == -1:
        L.t(pre.replace("dcms_app@dcms ", "") + "LOG:  automatic vacuum of table \"dcms.public.%s\": index scans: %d, pages: 0 removed, %d remain, tuples: %d removed" % (
            R.choice(["gps_point", "uds_result", "audit_event", "sms_outbound"]), R.randint(0, 2), R.randint(1000, 90000), R.randint(0, 40000)))
        return [L]
    if k == 0:
        L.t(pre.replace("dcms_app@dcms ", "") + "LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s" % (
            R.randint(100, 9000), R.random() * 5, R.randint(0, 4), R.random() * 30))
        return [L]
    p = person()
    if k == 1:
        ln = p["last"].split()[0].split("-")[0].lower().replace("'", "''")
        L.t(pre + "LOG:  duration: %.3f ms  statement: SELECT p.pid, p.last_nm, p.first_nm, p.dob FROM participant p WHERE p.last_nm ILIKE '" % (R.random() * 90))
        L.p(ln, "name").t("%' AND p.dob = '").p(p["dob"].strftime("%Y-%m-%d"), "date").t("' LIMIT 25")
    elif k == 2:
        L.t(pre + "LOG:  duration: %.3f ms  execute <unnamed>: UPDATE uds_result SET status = 'MRO_REVIEW' WHERE specimen_id = $1" % (R.random() * 20))
        L.t(" DETAIL:  parameters: $1 = '").p("K%s-%06d" % (NOW.strftime("%y%m"), R.randint(100000, 999999)), "other_id").t("'")
    else:
        full = p["last"].replace("'", "''")
        L.t(pre + "ERROR:  duplicate key value violates unique constraint \"participant_ssn_uk\" DETAIL:  Key (ssn)=(").p(p["ssn"].replace("-", ""), "ssn")
        L.t(") already exists. STATEMENT:  INSERT INTO participant (last_nm, first_nm) VALUES ('").p(full, "name").t("', '").p(p["first"], "name").t("')")
    return [L]


def r_trace():
    p = person()
    out = []
    L = Line("java-trace").t("%s ERROR [http-nio-8443-exec-%d] c.t.dcms.lab.ResultIngestService - Failed to attach UDS result to participant " % (
        ts_local(), R.randint(1, 40))).p(p["pid"], "other_id")
    out.append(L)
    L = Line("java-trace").t("com.tremont.dcms.lab.ResultMatchException: No participant matched MRN ").p(p["mrn"], "mrn").t(" DOB ").p(p["dob"].strftime("%Y-%m-%d"), "date")
    out.append(L)
    frames = ["com.tremont.dcms.lab.ResultMatcher.match(ResultMatcher.java:%d)", "com.tremont.dcms.lab.ResultIngestService.ingest(ResultIngestService.java:%d)",
              "com.tremont.dcms.lab.web.LabController.post(LabController.java:%d)", "jdk.internal.reflect.GeneratedMethodAccessor%d.invoke(Unknown Source)",
              "org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:%d)", "org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:%d)"]
    for f in frames[:R.randint(3, 6)]:
        out.append(Line("java-trace").t("\tat " + f % R.randint(40, 900)))
    out.append(Line("java-trace").t("\t... %d common frames omitted" % R.randint(20, 80)))
    return out


def r_x12():
    p = person()
    icn = "%09d" % R.randint(1, 999999999)
    dos = recent_day(20)
    npi_b = npi()
    out = []
    seg = lambda: Line("x12-837")
    out.append(seg().t("ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*%s*%s*^*00501*%s*0*P*:~" % (
        "PHR%s" % digits(6), "OHMCD", NOW.strftime("%y%m%d"), NOW.astimezone(EDT).strftime("%H%M"), icn)))
    out.append(seg().t("GS*HC*PHR%s*OHMCD*%s*%s*%d*X*005010X222A1~" % (digits(4), NOW.strftime("%Y%m%d"), NOW.astimezone(EDT).strftime("%H%M"), R.randint(1, 9999))))
    out.append(seg().t("NM1*85*2*%s*****XX*%s~" % (PROV[p["prov"]].upper().replace("'", ""), npi_b)))
    out.append(seg().t("N3*%s~" % R.choice(["410 E WHEELING ST", "1775 COLUMBUS-LANCASTER RD", "118 N COLUMBUS ST"])))
    out.append(seg().t("NM1*IL*1*").p("%s*%s" % (p["last"].upper(), p["first"].upper()), "name").t("****MI*").p(p["medicaid"], "health_plan").t("~"))
    out.append(seg().t("N3*").p(p["street"].upper(), "address").t("~"))
    out.append(seg().t("N4*").p(p["city"].upper(), "address").t("*OH*").p(p["zip"], "zip").t("~"))
    out.append(seg().t("DMG*D8*").p(p["dob"].strftime("%Y%m%d"), "date").t("*%s~" % p["sex"]))
    out.append(seg().t("CLM*").p("%s%s%03d" % (p["prov"], dos.strftime("%y%m%d"), R.randint(1, 999)), "account").t("*%d***57:B:1*Y*A*Y*Y~" % R.choice([120, 180, 240])))
    out.append(seg().t("HI*ABK:F%s~" % R.choice(["1120", "1020", "15120", "1220", "1420"])))
    out.append(seg().t("SV1*HC:%s*%d*UN*%d***1~" % (R.choice(["H0015", "H0005", "H0004"]), R.choice([120, 180]), R.randint(1, 4))))
    out.append(seg().t("DTP*472*D8*").p(dos.strftime("%Y%m%d"), "date").t("~"))
    out.append(seg().t("SE*%d*0001~" % R.randint(18, 40)))
    return out


def r_teds():
    p = person()
    L = Line("teds-fw")
    adm = p["intake"] + timedelta(days=R.randint(1, 20))
    L.t("A%07d" % R.randint(1000000, 9999999))
    L.p(p["mrn"], "mrn").t(" " * (12 - len(p["mrn"])))
    L.p(adm.strftime("%Y%m%d"), "date").t(" ").p(p["dob"].strftime("%Y%m%d"), "date")
    L.t(" %s%s" % (p["sex"], R.choice(["1", "2", "4", "5"])))
    L.p(p["zip"], "zip")
    L.t("%02d%02d%02d%s%s%-6s" % (R.randint(1, 20), R.randint(1, 20), R.randint(0, 20), R.choice("123"), "07", "TREMCO"))
    return [L]


def r_chat():
    L = Line("chat")
    who = R.choice(CMS + ["Jordan Beck (Coordinator)", "Kyle Brennan (APD)", "Asst. Pros. Erin Malloy"])
    k = R.choice([0, 1, 0, 2, 3, 4])
    base = {"ts": "%.6f" % NOW.timestamp(), "channel": "#dc-team-staffing", "user": who}
    if k <= 1:
        base["text"] = R.choice(["Staffing moved to 11:30 tomorrow, conf room B", "Lab portal down again? getting 502s",
                                 "Reminder: fishbowl restock, budget code 4410-220", "Who has the van Thursday for the Logan transports?",
                                 "Quincy says courier pickup is 4:15 now, not 3:45"])
    else:
        p = person()
        if k == 2:
            base["text"] = T("heads up ", (p["first"] + " " + p["last"], "name"), " missed IOP again, %s " % ("her" if p["sex"] == "F" else "his"), p["rel"], " called from ",
                             (fmt_phone(p["rel_phone"], 4), "phone"), " saying %s's at the ER" % ("she" if p["sex"] == "F" else "he"))
        elif k == 3:
            base["text"] = T("Can someone pull ", (p["case"], "other_id"), " for Wed? PD wants it on the sanction docket")
        else:
            base["text"] = T("GPS shows ", (p["first"], "name"), " at ", (p["street"] + ", " + p["city"], "address"), " after curfew, not %s approved address" % ("her" if p["sex"] == "F" else "his"))
    return [L.j(base, sep=(", ", ": "))]


GEN = [(34, r_infra), (15, r_nginx), (16, r_dcms), (3.5, r_intake), (2.5, r_hl7), (11, r_mirth), (5, r_fhir),
       (7, r_att), (5, r_casenote), (3, r_hearing), (8, r_monitor), (8, r_gps), (6, r_sms), (4, r_ivr),
       (3, r_coc), (6, r_pg), (2, r_trace), (1, r_x12), (3, r_teds), (6, r_chat)]
FUNCS = [g for _, g in GEN]
WEIGHTS = [w for w, _ in GEN]


def main():
    lines = []
    caps = {r_x12: 2, r_trace: 4, r_hl7: 10}
    while len(lines) < N_LINES:
        tick()
        fn = R.choices(FUNCS, WEIGHTS)[0]
        if fn in caps:
            if caps[fn] == 0:
                continue
            caps[fn] -= 1
        recs = fn()
        if len(lines) + len(recs) > N_LINES:
            continue
        lines.extend(recs)
    out_log = bytearray()
    out_lab = []
    for n, L in enumerate(lines, 1):
        b, spans = L.build()
        if b"\n" in b or b"\r" in b or not b:
            raise SystemExit("bad line %d" % n)
        last = 0
        for sp in spans:
            s, e = sp["s"], sp["e"]
            if not (0 <= s < e <= len(b)):
                raise SystemExit("span out of range line %d" % n)
            if s < last:
                raise SystemExit("overlap line %d" % n)
            last = e
            if b[s:e].decode("utf-8") != sp["_v"]:
                raise SystemExit("span text mismatch line %d" % n)
            if sp["_kind"] == "json" and json.loads('"' + sp["_v"] + '"') != sp["_raw"]:
                raise SystemExit("json escape mismatch line %d" % n)
            if sp["_kind"] == "xml" and xesc(sp["_raw"]) != sp["_v"]:
                raise SystemExit("xml escape mismatch line %d" % n)
            if sp["_v"] != sp["_v"].strip():
                raise SystemExit("span has surrounding whitespace line %d: %r" % (n, sp["_v"]))
        out_log += b + b"\n"
        out_lab.append(json.dumps({"line": n, "family": L.fam,
                                   "spans": [{"s": x["s"], "e": x["e"], "cat": x["cat"]} for x in spans]}))
    with open(ID + ".log", "wb") as f:
        f.write(bytes(out_log))
    with open(ID + ".labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_lab) + "\n")
    nophi = sum(1 for L in lines if not any(c for _, c, _, _ in L.parts if c))
    sys.stderr.write("lines=%d no_phi=%d (%.1f%%)\n" % (len(lines), nophi, 100.0 * nophi / len(lines)))


if __name__ == "__main__":
    main()
