#!/usr/bin/env python3
"""gen_ox.py - synthetic labeled log corpus "ox".

Organisation: the medical section of a (fictional) Military Entrance
Processing Station, "Harlow Ridge MEPS" (HRMEPS, 410 Garrison Pkwy,
Harlow Ridge MD 21130), and its medical-records review contractor
"Keystrel Medical Review Services LLC" (KMRS).  Applicants processing for
enlistment are the patients.  Everything is synthetic.

Systems simulated (one physical line per log line, interleaved in time as
the SIEM/log archive would hold them):
  1. Serilog CLEF JSON from the .NET prescreen web app (Mepcom.Prescreen.Web)
  2. IIS W3C extended access logs of that app (and of the applicant upload portal)
  3. PowerShell scheduled-task logs (fax inbox sweep, HAIMS batch export)
  4. SQL Server ERRORLOG lines and Extended Events statement captures
  5. Splunk-forwarded Windows Security events (key=value, EventCode 4624/4625/4672/4688)
  6. Prescreen form (DD 2807-2-like) submissions as JSON
  7. Prescreen form submissions as XML (urn:mepcom:pmt:v3)
  8. Outbound/inbound fax server log (CSV) for civilian medical record requests
  9. HIE gateway FHIR Patient query log (JSON)
 10. HAIMS-like artifact upload bridge (logfmt)
 11. Audiometer export (Tremetrics-like CSV) and vision tester export (Optec-like fixed width)
 12. Drug and HIV lab results as HL7 v2.5 ORU^R01 (one segment per line)
 13. Waiver workflow: Java log4j2 app, Oracle exceptions / stack traces, case notes (pipe)
 14. Oracle alert log lines
 15. Biometric identity verification (syslog; fingerprint templates, face image),
     REAL ID / AAMVA PDF417 barcode scans
 16. Travel: hotel manifest CSV, bus manifest TSV, hotel PMS error log
 17. Recruiter <-> station chat (Teams-like JSON export) and SMS reminder gateway
 18. Visitor parking gate log (key=value), firewall syslog (no PHI)

Labeling decisions (grey cases):
  - Applicants are the patients; their parents, spouses, emergency contacts
    and military sponsors are relatives -> PHI.  Recruiters, MEPS physicians,
    med techs, contractor reviewers, hotel/bus staff, Windows/SQL accounts:
    staff at work -> not PHI.
  - Civilian providers (clinic names, their addresses, phone and FAX numbers,
    NPIs) are organisations that hold the record, not the applicant -> not PHI.
    Fax numbers are therefore never labelled `fax` here (no applicant fax exists).
  - MEPCOM/MIRS applicant ID (M########) and the civilian provider's MRN -> `mrn`.
    DoD ID (EDIPI), sponsor DoD ID, waiver case numbers (WVR-...), KMRS review
    case IDs (KMR-...), drug/HIV specimen barcode IDs, biometric enrolment IDs,
    portal upload tokens -> `other_id`.
  - Masked SSN showing the last four digits: the visible four digits -> `ssn`.
  - Dates tied to the applicant (DOB, exam/test/collection dates, ship dates,
    appointment/processing dates, hotel nights, bus travel date, prior
    surgery dates with month/day) -> `date`; years alone are not labelled.
    The leading timestamp of a log record and HL7 MSH-7 (message time) are
    record timestamps -> not labelled.  In device exports the test
    date/time field is a service date -> `date`.
  - Ages: applicants are 17-42 -> not labelled; relatives' ages over 89 -> `age`.
  - Hotel confirmation numbers, bus ticket numbers, fax job IDs, HAIMS artifact
    UUIDs, lab accession of the *batch*, ticket numbers: business/system
    identifiers -> not PHI.  A payment card number leaked by the hotel PMS -> `account`.
  - File names that embed an applicant name/DOB: the name and date parts are labelled.
  - IPs: station workstations, servers, recruiter offices (10.x, agency /24s) -> not PHI;
    the client IP of an applicant using the self-upload portal -> `ip`.
    Upload-portal URLs that carry the applicant's token -> `url` (whole URL);
    inside IIS lines the query-string value applicantId -> `mrn`.
  - Audiometer / vision tester / LiveScan serial numbers are station equipment -> not PHI;
    an applicant's own insulin pump / hearing aid serial -> `device`.
  - Fingerprint minutiae templates (base64) -> `biometric`; face JPEG base64 -> `photo`.
  - Driver licence numbers from REAL ID scans -> `license`; POV plates and VINs -> `vehicle`.
  - Civilian insurance member IDs / Medicaid IDs in records -> `health_plan`;
    civilian provider patient account numbers -> `account`.
  - Given and family names logged as separate fields are separate `name` spans;
    "LAST^FIRST^MIDDLE" HL7 XPN is one span.
"""
import base64
import hashlib
import json
import random
import unicodedata
import uuid
from datetime import datetime, timedelta, date

SEED = 20240312
rng = random.Random(SEED)
ID = "ox"


# ---------------------------------------------------------------- builder
class Line:
    def __init__(self, fam):
        self.fam = fam
        self.buf = bytearray()
        self.spans = []

    def t(self, s):
        self.buf += str(s).encode("utf-8")
        return self

    def v(self, text, cat=None):
        text = str(text)
        s = len(self.buf)
        self.buf += text.encode("utf-8")
        if cat:
            self.spans.append((s, len(self.buf), cat, text))
        return self


def jesc(val, ea=False):
    return json.dumps(val, ensure_ascii=ea)[1:-1]


def J(ln, items, ea=False):
    """items: list of (key, value, cat) ; value may be str/num/bool/None/list/ nested list-of-items (tuple ('obj', items))"""
    ln.t("{")
    for i, it in enumerate(items):
        k, val, cat = it
        if i:
            ln.t(",")
        ln.t(json.dumps(k) + ":")
        Jval(ln, val, cat, ea)
    ln.t("}")


def Jval(ln, val, cat, ea):
    if isinstance(val, tuple) and val[0] == "obj":
        J(ln, val[1], ea)
    elif isinstance(val, tuple) and val[0] == "arr":
        ln.t("[")
        for i, (x, c) in enumerate(val[1]):
            if i:
                ln.t(",")
            Jval(ln, x, c, ea)
        ln.t("]")
    elif isinstance(val, str):
        ln.t('"')
        ln.v(jesc(val, ea), cat)
        ln.t('"')
    else:
        ln.v(json.dumps(val), cat)


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;")


# ---------------------------------------------------------------- data pools
FIRST_M = ["Jaylen", "Chidi", "Mateo", "Hunter", "Santiago", "José", "Tyrese", "Ikaika", "Ravi", "Colt",
           "Bao", "Kwame", "Yusuf", "River", "Dakota", "Liam", "Oluwaseun", "Dmitri", "Malik", "Wyatt",
           "Bishop", "Ezekiel", "Tenzin", "Joaquín", "Brandon"]
FIRST_F = ["Maria", "Linh", "Aaliyah", "Destiny", "Brooke", "Zoë", "Nadia", "Grace", "Mei", "Summer",
           "Amara", "Esperanza", "Faith", "Siobhan", "Hope", "Precious", "Ximena", "Kaylee", "Ngozi",
           "Autumn", "Joy", "Marisol", "Priya", "Shaniqua", "Ingrid"]
MIDDLE = ["Lee", "Marie", "James", "Ann", "Alejandro", "Rose", "Kofi", "Jo", "Thanh", "", "", "", "D", "Ray"]
LAST = ["Brooks", "García", "Okafor", "Tran", "Ruiz-Ocampo", "Whitehorse", "Baker", "de la Cruz", "O'Neill",
        "Nguyen", "Kowalczyk", "Hunter", "Van der Merwe", "Patel", "Rivers", "Summers", "Castillo Peña",
        "Abernathy-Stone", "Kealoha", "Adeyemi", "Mercer", "Little", "Bird", "Lindqvist", "Haddad", "Fox",
        "Young", "Núñez", "Bell", "Santiago", "Stroud", "McAllister", "Ó Briain", "Delacroix-Wynn",
        "Yazzie", "Kim", "Washington", "Rosales", "Begay", "Pruitt", "Chukwu", "Oyelaran-Smith", "Sparrow"]
STREETS = ["Oak Hollow Rd", "N Chestnut St", "Kingsbury Ave", "Old Mill Ln", "Pleasant Valley Dr",
           "Calle Sol", "W 38th St", "Ridgeview Ct", "Marlboro Pike", "Harbor Point Blvd", "Elm Terrace",
           "Route 9", "Sycamore Cir", "Dunmore Way", "Jefferson Davis Hwy", "Lakeshore Dr"]
CITIES = [("Dover", "DE", "19901"), ("Glen Burnie", "MD", "21061"), ("Hagerstown", "MD", "21740"),
          ("Salisbury", "MD", "21801"), ("Martinsburg", "WV", "25401"), ("Frederick", "MD", "21702"),
          ("Waldorf", "MD", "20601"), ("Milford", "DE", "19963"), ("Cumberland", "MD", "21502"),
          ("Elkton", "MD", "21921"), ("Winchester", "VA", "22601"), ("York", "PA", "17402"),
          ("Chambersburg", "PA", "17201"), ("Easton", "MD", "21601"), ("Seaford", "DE", "19973")]
AREA = {"DE": ["302"], "MD": ["410", "443", "301", "240"], "WV": ["304", "681"], "VA": ["540"], "PA": ["717"]}
BRANCHES = ["ARMY", "NAVY", "USAF", "USMC", "USSF", "USCG", "ARNG", "USAR"]
RECRUITERS = [("SSG", "Marcus", "Delgado", "Dover RS", "6K3D"), ("SFC", "Tanya", "Whitlock", "Hagerstown RS", "3J5H"),
              ("PO1", "Greg", "Amundsen", "NRS Glen Burnie", "NRS-GB"), ("SSgt", "Keisha", "Morrow", "RS Salisbury", "RSS-1B"),
              ("TSgt", "Devon", "Pike", "Frederick Flight", "324D"), ("SGT", "Luis", "Ibarra", "Martinsburg RS", "3J7M"),
              ("HM1", "Ayesha", "Rahman", "NRS Waldorf", "NRS-WF")]
STAFF = ["cvance", "hng", "poyelaran", "mgrissom", "tbailey", "kpatel.kmrs", "dellison.kmrs", "svc_prescreen",
         "svc_haims", "svc_faxsweep", "jrodell", "admin.lhartley"]
PHYS = [("Harold", "Ng", "MD"), ("Patricia", "Oyelaran", "MD"), ("Tomas", "Reinholt", "DO")]
REVIEWERS = ["Dana Ellison RN", "Kiran Patel PA-C", "Moira Feeney RN", "Dr. Samuel Acheampong"]
PROVIDERS = [("Kent General Hospital", "640 S State St, Dover DE 19901", "302-744-7010", "302-744-7266"),
             ("Meritus Medical Center", "11116 Medical Campus Rd, Hagerstown MD 21742", "301-790-8000", "301-790-9081"),
             ("Chesapeake Pediatrics PA", "1810 Crain Hwy S, Glen Burnie MD 21061", "410-766-1211", "410-766-0871"),
             ("TidalHealth Orthopaedics", "100 E Carroll St, Salisbury MD 21801", "410-546-6400", "410-543-7190"),
             ("Valley Behavioral Health", "233 N Queen St, Martinsburg WV 25401", "304-263-8954", "304-263-2210"),
             ("Frederick Allergy & Asthma", "45 Thomas Johnson Dr, Frederick MD 21702", "301-663-1390", "301-663-8813"),
             ("WellSpan York Hospital", "1001 S George St, York PA 17403", "717-851-2345", "717-851-2929")]
CONDITIONS = ["asthma after age 13", "ADHD on methylphenidate until 2019", "ACL reconstruction R knee",
              "seasonal allergies", "childhood eczema", "fracture L radius", "migraine", "anxiety counseling",
              "Osgood-Schlatter", "tympanostomy tubes", "type 1 diabetes", "hearing loss L ear",
              "concussion (football)", "appendectomy", "scoliosis brace", "depression, sertraline"]


def strip_acc(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def ssn():
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


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


def card():
    body = rng.choice(["4", "51", "37"])
    ln = 15 if body == "37" else 16
    s = body + "".join(str(rng.randint(0, 9)) for _ in range(ln - len(body) - 1))
    return s + luhn_digit(s)


def npi():
    s = "1" + "".join(str(rng.randint(0, 9)) for _ in range(8))
    return s + luhn_digit("80840" + s)


VIN_MAP = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
           "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6,
           "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    ch = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(rng.choice(["1HG", "2T1", "1FT", "3VW", "5NP", "1G1", "JTD"]) + "".join(rng.choice(ch) for _ in range(14)))
    v[9] = rng.choice("HJKLMNPR")
    tot = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W))
    r = tot % 11
    v[8] = "X" if r == 10 else str(r)
    return "".join(v)


def phone(st):
    return f"{rng.choice(AREA[st])}-{rng.randint(201, 989)}-{rng.randint(0, 9999):04d}"


def dl(st):
    if st == "MD":
        return rng.choice("BCDFGHKLMNPRSTW") + "-" + "-".join(f"{rng.randint(0, 999):03d}" for _ in range(4))
    if st == "DE":
        return str(rng.randint(100000, 9999999))
    if st == "PA":
        return f"{rng.randint(10000000, 99999999)}"
    if st == "VA":
        return rng.choice("ABTX") + f"{rng.randint(10000000, 99999999)}"
    return rng.choice("ABEFS") + f"{rng.randint(100000, 999999)}"


def plate(st):
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    if st == "MD":
        return f"{rng.randint(1, 9)}{rng.choice(L)}{rng.choice(L)}{rng.randint(1000, 9999)}"
    return "".join(rng.choice(L) for _ in range(3)) + f"{rng.randint(1000, 9999)}"


class Appl:
    pass


def mk_app(i):
    a = Appl()
    a.sex = rng.choice("MF")
    a.first = rng.choice(FIRST_M if a.sex == "M" else FIRST_F)
    a.middle = rng.choice(MIDDLE)
    a.last = rng.choice(LAST)
    a.dob = date(rng.randint(1984, 2007), rng.randint(1, 12), rng.randint(1, 28))
    if a.dob.year < 1995 and rng.random() < 0.6:
        a.dob = a.dob.replace(year=rng.randint(2003, 2007))
    a.ssn = ssn()
    a.edipi = str(rng.randint(1000000000, 1999999999))
    a.mirs = "M" + str(rng.randint(10000000, 99999999))
    a.kmr = f"KMR-24-{rng.randint(10000, 99999)}"
    a.waiver = f"WVR-2024-{rng.randint(1000, 9999):06d}"
    a.num = rng.randint(100, 29999)
    a.street = rng.choice(STREETS)
    if rng.random() < 0.25:
        a.street += rng.choice([" Apt 3B", " Unit 12", " Lot 44", " #207"])
    a.city, a.st, a.zip = rng.choice(CITIES)
    a.phone = phone(a.st)
    a.email = strip_acc(a.first).lower() + rng.choice([".", "_", ""]) + strip_acc(a.last).lower().replace(" ", "").replace("'", "") + str(rng.randint(1, 99)) + "@" + rng.choice(["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "hotmail.com"])
    a.dl = dl(a.st)
    a.plate = plate(a.st)
    a.vin = vin()
    a.branch = rng.choice(BRANCHES)
    a.rec = rng.choice(RECRUITERS)
    a.ec_rel = rng.choice(["MOTHER", "FATHER", "SPOUSE", "GRANDMOTHER", "AUNT", "SISTER"])
    a.ec_first = rng.choice(FIRST_M if a.ec_rel == "FATHER" or (a.ec_rel == "SPOUSE" and a.sex == "F") else FIRST_F)
    a.ec_last = a.last if rng.random() < 0.7 else rng.choice(LAST)
    a.ec_phone = phone(a.st)
    a.cond = rng.choice(CONDITIONS)
    a.prov = rng.choice(PROVIDERS)
    a.prov_mrn = rng.choice(["", "MR", "E"]) + str(rng.randint(100000, 99999999))
    a.plan = rng.choice(["MD", "DE", "XJH", "W", "YPX", "ZGB"]) + str(rng.randint(100000000, 999999999))
    a.acct = str(rng.randint(10000000, 999999999))
    a.exam = date(2024, 3, rng.randint(12, 14))
    a.ship = date(2024, rng.randint(5, 9), rng.randint(1, 28))
    a.sponsor = str(rng.randint(1000000000, 1999999999)) if rng.random() < 0.3 else None
    a.ip = f"{rng.choice([73, 98, 71, 108, 174, 24, 68])}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"
    a.token = hashlib.sha1(f"tok{i}".encode()).hexdigest()[:22]
    a.bio = f"BIO-{rng.randint(10**7, 10**8 - 1)}"
    a.pump = rng.choice(["NG", "HA"]) + str(rng.randint(1000000, 9999999)) + rng.choice("HKL")
    return a


APPS = [mk_app(i) for i in range(42)]
CLOCK = [datetime(2024, 3, 12, 4, 41, 7)]


def now():
    return CLOCK[0]


def tick(lo=1, hi=70):
    CLOCK[0] += timedelta(seconds=rng.randint(lo, hi), microseconds=rng.randint(0, 999999))


def app():
    return rng.choice(APPS)


def full(a, middle=True):
    return f"{a.first} {a.middle + ' ' if middle and a.middle else ''}{a.last}"


def hexid(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def iso(t, prec=7):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond:06d}{rng.randint(0, 9)}"[:prec] + "Z"


def d_us(d):
    return d.strftime("%m/%d/%Y")


def d_iso(d):
    return d.isoformat()


# ---------------------------------------------------------------- generators
def g_serilog():
    t = now()
    ln = Line("serilog_clef")
    kind = rng.random()
    base = [("@t", iso(t), None)]
    trace = hexid(32)
    if kind < 0.55:
        msgs = [("HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms", "Information",
                 [("RequestMethod", rng.choice(["GET", "POST"]), None), ("RequestPath", rng.choice(["/api/prescreen/queue", "/health", "/api/schedule/slots", "/api/lookup/conditions", "/hub/negotiate"]), None),
                  ("StatusCode", rng.choice([200, 200, 200, 204, 304, 401]), None), ("Elapsed", round(rng.uniform(0.8, 900), 4), None)]),
                ("Executed DbCommand ({elapsed}ms) [Parameters=[{parameters}], CommandType='{commandType}', CommandTimeout='{commandTimeout}']", "Information",
                 [("elapsed", str(rng.randint(1, 400)), None), ("parameters", "@__p_0='?' (DbType = Int32)", None), ("commandType", "Text", None), ("commandTimeout", "30", None)]),
                ("Health check {HealthCheckName} completed with status {HealthStatus}", "Debug",
                 [("HealthCheckName", rng.choice(["sqlserver", "haims-bridge", "redis", "fax-gateway"]), None), ("HealthStatus", rng.choice(["Healthy", "Healthy", "Degraded"]), None)]),
                ("Token validated for {UserName} roles {Roles}", "Information",
                 [("UserName", rng.choice(STAFF) + "@hrmeps.mil", None), ("Roles", ("arr", [("MedTech", None), ("Reader", None)]), None)])]
        mt, lvl, props = rng.choice(msgs)
        items = base + [("@mt", mt, None)] + ([("@l", lvl, None)] if lvl != "Information" else []) + props + [
            ("SourceContext", {"HTTP ": "Serilog.AspNetCore.RequestLoggingMiddleware", "Execu": "Microsoft.EntityFrameworkCore.Database.Command", "Healt": "Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService", "Token": "Mepcom.Prescreen.Web.Auth.JwtEvents"}[mt[:5]], None),
            ("@tr", trace, None), ("@sp", hexid(16), None), ("MachineName", "HRMEPS-WEB02", None), ("AppVersion", "4.12.3+build.8841", None)]
        J(ln, items)
    elif kind < 0.8:
        a = app()
        pid = f"PS-{rng.randint(2400000, 2499999)}"
        items = base + [("@mt", "Prescreen {PrescreenId} submitted for {ApplicantName} ({ApplicantId}) by {RecruiterUser}", None),
                        ("PrescreenId", pid, None), ("ApplicantName", f"{a.last.upper()}, {a.first.upper()}", "name"),
                        ("ApplicantId", a.mirs, "mrn"), ("RecruiterUser", f"{a.rec[1].lower()}.{a.rec[2].lower()}@recruiting.mil", None),
                        ("Branch", a.branch, None), ("SourceContext", "Mepcom.Prescreen.Web.Controllers.PrescreenController", None),
                        ("@tr", trace, None), ("MachineName", "HRMEPS-WEB02", None)]
        J(ln, items, ea=rng.random() < 0.5)
    else:
        a = app()
        ln2 = None
        items = base + [("@mt", "Validation failed for prescreen of {Ssn}: {Errors}", None), ("@l", "Warning", None),
                        ("Ssn", a.ssn, "ssn"),
                        ("Errors", ("arr", [(f"Item 9{rng.choice('abcdef')} requires explanation", None), ("DOB mismatch with MIRS record", None)]), None),
                        ("DobEntered", d_iso(a.dob), "date"), ("SourceContext", "Mepcom.Prescreen.Web.Validation.Dd28072Validator", None),
                        ("@tr", trace, None)]
        J(ln, items)
    return [ln]


IIS_UA = ["Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/122.0.0.0+Safari/537.36+Edg/122.0.0.0",
          "Mozilla/5.0+(iPhone;+CPU+iPhone+OS+17_3_1+like+Mac+OS+X)+AppleWebKit/605.1.15+(KHTML,+like+Gecko)+Version/17.3+Mobile/15E148+Safari/604.1",
          "Mozilla/5.0+(Linux;+Android+14;+SM-S918U)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/121.0.0.0+Mobile+Safari/537.36"]


def g_iis():
    t = now()
    ln = Line("iis_w3c")
    ln.t(t.strftime("%Y-%m-%d %H:%M:%S") + " 10.40.12.8 ")
    r = rng.random()
    if r < 0.6:
        path, q = rng.choice([("/api/prescreen/queue", "station=HRM&page=1"), ("/Content/site.min.css", "v=4.12.3"),
                              ("/api/schedule/slots", "date=2024-03-14"), ("/signin-oidc", "-"), ("/health", "-"),
                              ("/lib/jquery/jquery.min.js", "-")])
        ln.t(f"{rng.choice(['GET', 'GET', 'POST'])} {path} {q} 443 HRMEPS\\{rng.choice(STAFF)} 10.40.{rng.randint(1, 30)}.{rng.randint(2, 250)} {IIS_UA[0]} - {rng.choice([200, 200, 302, 304])} 0 0 {rng.randint(2, 900)}")
    elif r < 0.8:
        a = app()
        ln.t("GET /records/view ").t("applicantId=").v(a.mirs, "mrn").t(f"&tab=civmed 443 HRMEPS\\{rng.choice(STAFF)} 10.40.{rng.randint(1, 30)}.{rng.randint(2, 250)} {IIS_UA[0]} - 200 0 0 {rng.randint(20, 700)}")
    else:
        a = app()
        ln.t("POST /upload/").v(a.token, "other_id").t(f" - 443 - ").v(a.ip, "ip").t(f" {rng.choice(IIS_UA[1:])} - {rng.choice([200, 413, 200])} 0 0 {rng.randint(300, 9000)}")
    return [ln]


def g_ps():
    t = now()
    ln = Line("powershell_task")
    r = rng.random()
    ts = t.strftime("%Y-%m-%d %H:%M:%S")
    if r < 0.55:
        ln.t(ts + " " + rng.choice([
            f"[INFO ] Export-HaimsBatch: batch {uuid.UUID(int=rng.getrandbits(128))} queued {rng.randint(1, 30)} artifacts ({rng.randint(1, 90)} MB)",
            f"[INFO ] Invoke-FaxSweep: scanned \\\\hrmeps-fs01\\FaxInbox, {rng.randint(0, 12)} new TIFF, 0 errors, elapsed {rng.randint(1, 40)}s",
            f"[WARN ] Test-Connection haims-gw.health.mil:443 latency {rng.randint(200, 1900)}ms above threshold 150ms",
            "[INFO ] Transcript started, output file is D:\\Logs\\PS\\PowerShell_transcript.HRMEPS-APP01." + hexid(8) + ".txt",
            f"[INFO ] Remove-OldLogs: deleted {rng.randint(3, 80)} files older than 30 days from D:\\inetpub\\logs\\LogFiles\\W3SVC2"]))
    else:
        a = app()
        dd = a.dob.strftime("%Y%m%d")
        fn_last = strip_acc(a.last).upper().replace(" ", "").replace("'", "")
        ln.t(ts + " [INFO ] Invoke-FaxSweep: Rename-Item 'D:\\FaxInbox\\fx" + str(rng.randint(100000, 999999)) + ".tif' -> '")
        ln.v(fn_last, "name").t("_").v(strip_acc(a.first).upper(), "name").t("_").v(dd, "date").t(f"_CIVMED.tif' (pages={rng.randint(1, 40)})")
    return [ln]


def g_sql():
    t = now()
    ln = Line("mssql")
    r = rng.random()
    if r < 0.6:
        ln.t(t.strftime("%Y-%m-%d %H:%M:%S.") + f"{t.microsecond // 10000:02d} " + rng.choice([
            f"spid{rng.randint(51, 99)}     Login succeeded for user 'HRMEPS\\svc_prescreen'. Connection made using Windows authentication. [CLIENT: 10.40.12.8]",
            f"Logon       Login failed for user 'sa'. Reason: Password did not match that for the login provided. [CLIENT: 10.40.9.{rng.randint(2, 250)}]",
            f"Backup      Log was backed up. Database: PrescreenDB, creation date(time): 2021/06/02(11:04:51), first LSN: {rng.randint(40000, 49999)}:{rng.randint(100, 999)}:1, last LSN: {rng.randint(50000, 59999)}:{rng.randint(100, 999)}:1, number of dump devices: 1.",
            f"spid{rng.randint(20, 40)}s     This instance of SQL Server has been using a process ID of {rng.randint(1000, 9000)} since 3/9/2024 2:11:04 AM (local) 3/9/2024 7:11:04 AM (UTC).",
            f"spid{rng.randint(51, 99)}     Error: 1205, Severity: 13, State: 51. Transaction (Process ID {rng.randint(51, 99)}) was deadlocked on lock resources with another process"]))
    else:
        a = app()
        ln.t(f"xe_event=sql_statement_completed ts={iso(t, 7)} db=PrescreenDB duration_us={rng.randint(90, 90000)} statement=\"")
        if rng.random() < 0.5:
            ln.t("UPDATE dbo.Applicant SET LastName = N'").v(a.last.replace("'", "''"), "name").t("', HomePhone = '").v(a.phone, "phone").t("' WHERE ApplicantId = '").v(a.mirs, "mrn").t("'\"")
        else:
            ln.t("EXEC dbo.usp_FindApplicant @Ssn = '").v(a.ssn.replace("-", ""), "ssn").t("', @Dob = '").v(d_iso(a.dob), "date").t("'\"")
    return [ln]


def g_winsec():
    t = now()
    ln = Line("splunk_winsec")
    ec = rng.choice([4624, 4624, 4625, 4672, 4688, 4634])
    user = rng.choice(STAFF)
    comp = rng.choice(['HRMEPS-APP01', 'HRMEPS-WEB02', 'HRMEPS-DC01', 'HRMEPS-MED14'])
    ln.t(t.strftime("%m/%d/%Y %I:%M:%S %p") + f" LogName=Security SourceName=Microsoft Windows security auditing. EventCode={ec} EventType=0 ComputerName={comp}.hrmeps.mil ")
    ln.t(f"TaskCategory={ {4624: 'Logon', 4625: 'Logon', 4672: 'Special Logon', 4688: 'Process Creation', 4634: 'Logoff'}[ec]} RecordNumber={rng.randint(10**7, 10**8)} Keywords={'Audit Failure' if ec == 4625 else 'Audit Success'} ")
    ln.t(f"Security_ID=HRMEPS\\{user} Account_Name={user} Account_Domain=HRMEPS Logon_ID=0x{hexid(7).upper()} ")
    if ec in (4624, 4625):
        ln.t(f"Logon_Type={rng.choice([2, 3, 10])} Source_Network_Address=10.40.{rng.randint(1, 30)}.{rng.randint(2, 250)} Source_Port={rng.randint(49152, 65535)} Authentication_Package=Kerberos")
    elif ec == 4688:
        ln.t(f"New_Process_Name=C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe Creator_Process_Name=C:\\Windows\\System32\\svchost.exe Process_Command_Line=\"powershell.exe -File D:\\Jobs\\Invoke-FaxSweep.ps1\"")
    else:
        ln.t("Privileges=SeSecurityPrivilege SeBackupPrivilege SeRestorePrivilege")
    ln.t(f" host={comp.lower()} source=WinEventLog:Security sourcetype=WinEventLog splunk_server=idx0{rng.randint(1, 4)}")
    return [ln]


def g_prescreen_json():
    a = app()
    t = now()
    ln = Line("prescreen_json")
    hist = []
    items = [("formId", "DD2807-2", None), ("formRev", "2023-05", None), ("submissionId", str(uuid.UUID(int=rng.getrandbits(128))), None),
             ("submittedAt", iso(t, 3), None), ("station", "HRM", None), ("rsid", a.rec[4], None),
             ("recruiter", ("obj", [("rank", a.rec[0], None), ("name", f"{a.rec[1]} {a.rec[2]}", None), ("unit", a.rec[3], None)]), None),
             ("applicant", ("obj", [("nameLast", a.last, "name"), ("nameFirst", a.first, "name"), ("nameMiddle", a.middle or None, "name" if a.middle else None),
                                    ("ssn", a.ssn, "ssn"), ("dob", d_iso(a.dob), "date"), ("sex", a.sex, None),
                                    ("homeAddr", ("obj", [("line1", f"{a.num} {a.street}", "address"), ("city", a.city, "address"), ("state", a.st, None), ("zip", a.zip, "zip")]), None),
                                    ("phone", a.phone, "phone"), ("email", a.email, "email")]), None),
             ("component", a.branch, None), ("projectedProcessDate", d_iso(a.exam), "date"),
             ("items", ("obj", [("q4a", "N", None), ("q9c", rng.choice("YN"), None), ("q12f", "N", None), ("q19", "Y", None)]), None),
             ("q19Explain", f"{a.cond}; seen at {a.prov[0]}", None)]
    if rng.random() < 0.35:
        g = rng.choice(FIRST_F + FIRST_M)
        items.append(("familyHistory", ("arr", [(("obj", [("relation", "grandparent", None), ("name", f"{g} {a.last}", "name"), ("age", rng.randint(90, 97), "age"), ("condition", rng.choice(["heart disease", "dementia", "stroke"]), None)]), None)]), None))
    J(ln, items)
    return [ln]


def g_prescreen_xml():
    a = app()
    t = now()
    ln = Line("prescreen_xml")
    ln.t(f'<?xml version="1.0" encoding="UTF-8"?><pmt:Prescreen xmlns:pmt="urn:mepcom:pmt:v3" formRev="2023-05" id="PS-{rng.randint(2400000, 2499999)}" created="{t.strftime("%Y-%m-%dT%H:%M:%S")}">')
    ln.t("<pmt:Applicant><pmt:Name><pmt:Last>").v(xesc(a.last), "name").t("</pmt:Last><pmt:First>").v(xesc(a.first), "name").t("</pmt:First></pmt:Name>")
    ln.t("<pmt:SSN>").v(a.ssn.replace("-", ""), "ssn").t("</pmt:SSN><pmt:DOB>").v(d_us(a.dob), "date").t("</pmt:DOB>")
    ln.t("<pmt:Address><pmt:Street>").v(f"{a.num} {a.street}", "address").t("</pmt:Street><pmt:City>").v(a.city, "address").t(f"</pmt:City><pmt:State>{a.st}</pmt:State><pmt:Zip>").v(a.zip, "zip").t("</pmt:Zip></pmt:Address>")
    ln.t("<pmt:EmergencyContact rel=\"" + a.ec_rel + "\"><pmt:Name>").v(xesc(f"{a.ec_first} {a.ec_last}"), "name").t("</pmt:Name><pmt:Phone>").v(a.ec_phone, "phone").t("</pmt:Phone></pmt:EmergencyContact>")
    if a.sponsor:
        ln.t("<pmt:SponsorDodId>").v(a.sponsor, "other_id").t("</pmt:SponsorDodId>")
    ln.t(f"</pmt:Applicant><pmt:Items><pmt:Item n=\"9a\">N</pmt:Item><pmt:Item n=\"9h\">{rng.choice('YN')}</pmt:Item><pmt:Item n=\"19\">Y</pmt:Item></pmt:Items>")
    ln.t(f"<pmt:Remarks>{xesc(a.cond)}</pmt:Remarks><pmt:Recruiter rsid=\"{a.rec[4]}\">{a.rec[0]} {a.rec[2]}</pmt:Recruiter></pmt:Prescreen>")
    return [ln]


def g_fax():
    t = now()
    ln = Line("fax_csv")
    p = rng.choice(PROVIDERS)
    job = f"FX{rng.randint(100000, 999999)}"
    r = rng.random()
    ts = t.strftime("%Y-%m-%d %H:%M:%S")
    if r < 0.4:
        ln.t(f"{ts},{rng.choice(['OUT', 'IN'])},{job},{p[3]},\"{p[0]}\",{rng.randint(1, 6)},{rng.choice(['COMPLETE', 'BUSY-RETRY', 'NO ANSWER', 'COMPLETE'])},{rng.randint(20, 400)}s,V.34 33600,svc_faxsweep")
    else:
        a = app()
        direction = rng.choice(["OUT", "IN"])
        subj = "Records request" if direction == "OUT" else "Records received"
        ln.t(f"{ts},{direction},{job},{p[3]},\"{p[0]}\",{rng.randint(2, 48)},COMPLETE,{rng.randint(30, 900)}s,V.34 33600,\"{subj} - ")
        ln.v(f"{a.last.upper()}, {a.first.upper()}", "name").t(" DOB ").v(d_us(a.dob), "date")
        if rng.random() < 0.5:
            ln.t(" MRN ").v(a.prov_mrn, "mrn")
        if rng.random() < 0.3:
            ln.t(" Acct# ").v(a.acct, "account")
        ln.t(" ref ").v(a.kmr, "other_id").t("\"")
    return [ln]


def g_hie():
    t = now()
    ln = Line("hie_fhir_query")
    a = app()
    items = [("ts", iso(t, 3), None), ("gw", "crisp-hie-gw", None), ("corr", str(uuid.UUID(int=rng.getrandbits(128))), None),
             ("op", "Patient.search", None), ("requester", "KMRS-ORG-0042", None), ("user", rng.choice(["kpatel.kmrs", "dellison.kmrs", "mfeeney.kmrs"]), None)]
    if rng.random() < 0.3:
        items += [("status", 503, None), ("error", "upstream timeout after 30000 ms", None)]
        J(ln, items)
        return [ln]
    J(ln, items)
    ln.buf = ln.buf[:-1]  # reopen the object to append the query parameters
    ln.t(',"params":{"family":"').v(jesc(a.last), "name").t('","given":"').v(jesc(a.first), "name").t('","birthdate":"').v(d_iso(a.dob), "date").t('","gender":"').t("male" if a.sex == "M" else "female").t('"')
    if rng.random() < 0.5:
        ln.t(',"address-postalcode":"').v(a.zip, "zip").t('"')
    ln.t(f'}},"status":200,"matches":{rng.choice([0, 1, 1, 2])},"ms":{rng.randint(80, 4000)}}}')
    return [ln]


def g_haims():
    t = now()
    ln = Line("haims_logfmt")
    r = rng.random()
    ln.t(f"ts={iso(t, 3)} level={rng.choice(['info', 'info', 'warn'])} svc=haims-bridge ")
    if r < 0.5:
        ln.t(rng.choice([f"msg=\"token refreshed\" expires_in=3599 client_id=kmrs-bridge-prod",
                         f"msg=\"batch committed\" batch={uuid.UUID(int=rng.getrandbits(128))} artifacts={rng.randint(1, 25)} bytes={rng.randint(10**5, 9 * 10**7)}",
                         f"msg=\"retrying\" attempt={rng.randint(1, 4)} backoff_ms={rng.choice([500, 1000, 2000])} endpoint=https://haims-gw.health.mil/api/v2/artifacts",
                         f"msg=\"heartbeat\" queue_depth={rng.randint(0, 40)} version=2.8.1"]))
    else:
        a = app()
        ln.t(f"msg=\"artifact uploaded\" artifact_id={uuid.UUID(int=rng.getrandbits(128))} doc_type={rng.choice(['CIV_MED_REC', 'PRESCREEN', 'CONSULT', 'WAIVER_PKT'])} edipi=").v(a.edipi, "other_id")
        if rng.random() < 0.5:
            ln.t(" patient=\"").v(f"{a.last}, {a.first}", "name").t("\"")
        ln.t(f" svc_date=").v(d_iso(a.exam), "date").t(f" pages={rng.randint(1, 60)} sha256={hexid(64)}")
    return [ln]


def g_audio():
    t = now()
    a = app()
    ln = Line("audiometer_csv")
    fr = [500, 1000, 2000, 3000, 4000, 6000]
    lv = [rng.choice([0, 5, 5, 10, 10, 15, 20, 25, 35]) for _ in range(12)]
    ln.t(f"RA660,SN 660-{rng.randint(10000, 19999)},BOOTH-2,").v(a.mirs, "mrn").t(",").v(d_us(a.exam), "date").t(f",{t.strftime('%H:%M')},TECH=cvance,")
    ln.t(",".join(f"L{f}={x}" for f, x in zip(fr, lv[:6])) + "," + ",".join(f"R{f}={x}" for f, x in zip(fr, lv[6:])))
    ln.t(f",PROFILE=H{1 if max(lv) < 30 else 2},CAL=2024-01-08")
    return [ln]


def g_vision():
    t = now()
    a = app()
    ln = Line("optec_fixed")
    ln.t(f"OPTEC5500 {rng.randint(1000, 9999):<6}{t.strftime('%H%M%S')} ").v(a.mirs, "mrn").t("   ")
    nm = strip_acc(a.last).upper()[:14]
    ln.v(nm, "name").t(" " * (15 - len(nm)))
    ln.t(f"FAR OD 20/{rng.choice([20, 20, 25, 30, 40, 200])} OS 20/{rng.choice([20, 20, 25, 30, 50])} NEAR J{rng.randint(1, 3)} DEPTH {rng.choice(['PASS', 'PASS', 'FAIL'])} COLOR {rng.randint(9, 14):02d}/14 FTW=DM")
    return [ln]


def hl7_name(a):
    n = f"{strip_acc(a.last).upper()}^{strip_acc(a.first).upper()}"
    return n + (f"^{a.middle[:1]}" if a.middle else "")


def g_hl7():
    t = now()
    a = app()
    hiv = rng.random() < 0.4
    ctl = f"{rng.randint(10**9, 10**10 - 1)}"
    spec = f"{rng.choice(['HR', 'DT'])}{rng.randint(10**8, 10**9 - 1)}"
    coll = datetime.combine(a.exam, datetime.min.time()) + timedelta(hours=rng.randint(6, 11), minutes=rng.randint(0, 59))
    lines = []
    m = Line("hl7_oru")
    m.t(f"MSH|^~\\&|{'HIVLAB' if hiv else 'FTDTL'}|{'WRAIR-HIV' if hiv else 'FTDTL-MEADE'}|MIRS|HRMEPS|{t.strftime('%Y%m%d%H%M%S')}||ORU^R01^ORU_R01|{ctl}|P|2.5.1|||AL|NE")
    lines.append(m)
    p = Line("hl7_oru")
    p.t("PID|1||").v(a.ssn.replace("-", ""), "ssn").t("^^^SSA^SS~").v(a.mirs, "mrn").t("^^^MEPCOM^MR||").v(hl7_name(a), "name").t(("^^^^L||" if a.middle else "^^^^^L||")).v(a.dob.strftime("%Y%m%d"), "date").t(f"|{a.sex}|||")
    if rng.random() < 0.5:
        p.v(f"{a.num} {strip_acc(a.street).upper()}", "address").t("^^").v(a.city.upper(), "address").t(f"^{a.st}^").v(a.zip, "zip")
    p.t("||||||||")
    lines.append(p)
    o = Line("hl7_oru")
    o.t(f"OBR|1|{rng.randint(100000, 999999)}|").v(spec, "other_id").t(f"^{'HIVLAB' if hiv else 'FTDTL'}|{'HIV1/2AGAB^HIV-1/2 Ag/Ab screen^L' if hiv else 'DRGPNL^Accession drug panel^L'}|||").v(coll.strftime("%Y%m%d%H%M"), "date").t(f"|||||||||{npi()}^{PHYS[0][1].upper()}^{PHYS[0][0].upper()}^^^^{PHYS[0][2]}||||||{t.strftime('%Y%m%d%H%M')}||LAB|F")
    lines.append(o)
    tests = [("75622-1", "HIV 1+2 Ab+HIV1 p24 Ag", "NONREACTIVE")] if hiv else [("THC", "Cannabinoids", "NEG"), ("COC", "Cocaine metab", "NEG"), ("AMP", "Amphetamines", rng.choice(["NEG", "NEG", "NEG", "POS"])), ("OPI", "Opiates", "NEG")]
    for i, (c, n, r) in enumerate(tests, 1):
        x = Line("hl7_oru")
        x.t(f"OBX|{i}|ST|{c}^{n}^{'LN' if hiv else 'L'}||{r}||{'' if hiv else 'ng/mL'}|||||F|||{t.strftime('%Y%m%d%H%M')}")
        lines.append(x)
    return lines


def g_java():
    t = now()
    r = rng.random()
    ts = t.strftime("%Y-%m-%d %H:%M:%S,") + f"{t.microsecond // 1000:03d}"
    thr = f"[https-jsse-nio-8443-exec-{rng.randint(1, 25)}]"
    if r < 0.4:
        ln = Line("log4j_waiver")
        ln.t(f"{ts} {rng.choice(['INFO ', 'DEBUG'])} {thr} " + rng.choice([
            f"c.k.waiver.sched.EscalationJob - scanned {rng.randint(20, 300)} open cases, {rng.randint(0, 9)} past SLA",
            f"o.h.e.j.s.SqlExceptionHelper - HikariPool-1 - connection is not available, request timed out after {rng.randint(3000, 30000)}ms",
            f"c.k.waiver.api.HealthResource - GET /actuator/health 200 {rng.randint(2, 90)}ms",
            f"c.k.waiver.mail.Notifier - sent digest to waiver-authority@usmepcom.mil ({rng.randint(1, 14)} items)"]))
        return [ln]
    a = app()
    if r < 0.75:
        ln = Line("log4j_waiver")
        ln.t(f"{ts} INFO  {thr} c.k.waiver.WorkflowService - case=").v(a.waiver, "other_id").t(f" transition {rng.choice(['DRAFT->SUBMITTED', 'SUBMITTED->MED_REVIEW', 'MED_REVIEW->PENDING_SG', 'PENDING_SG->APPROVED', 'MED_REVIEW->RFI'])} applicant=").v(a.edipi, "other_id").t(f" reviewer={rng.choice(STAFF[5:7])} dx=\"{a.cond}\"")
        return [ln]
    ln = Line("log4j_waiver")
    ln.t(f"{ts} ERROR {thr} c.k.waiver.repo.CaseRepository - insert failed for review ").v(a.kmr, "other_id")
    out = [ln]
    frames = ["java.sql.SQLIntegrityConstraintViolationException: ORA-00001: unique constraint (WAIVER.UK_CASE_APPL) violated",
              "\tat oracle.jdbc.driver.T4CTTIoer11.processError(T4CTTIoer11.java:630)",
              "\tat oracle.jdbc.driver.T4CPreparedStatement.executeForRows(T4CPreparedStatement.java:1070)",
              "\tat com.zaxxer.hikari.pool.HikariProxyPreparedStatement.executeUpdate(HikariProxyPreparedStatement.java)",
              "\tat com.keystrel.waiver.repo.CaseRepository.insert(CaseRepository.java:212)",
              "\tat com.keystrel.waiver.WorkflowService.open(WorkflowService.java:88)"]
    for f in frames[: rng.randint(3, 6)]:
        x = Line("java_stacktrace")
        x.t(f)
        out.append(x)
    if rng.random() < 0.5:
        x = Line("java_stacktrace")
        x.t("Caused by: Error : 1, Position : 0, Sql = INSERT INTO WAIVER.CASE_HDR (CASE_NO, APPL_SSN, APPL_DOB) VALUES (:1 ,:2 ,:3 ), OriginalSql = ?, Error Msg = ORA-00001")
        out.append(x)
    return out


def g_casenote():
    t = now()
    a = app()
    ln = Line("waiver_casenote")
    rv = rng.choice(REVIEWERS)
    ln.t(f"CN|{t.strftime('%Y%m%d%H%M')}|").v(a.waiver, "other_id").t(f"|{rv}|")
    form = rng.random()
    if form < 0.35:
        ln.t("Appl ").v(f"{a.first} {a.last}", "name").t(f" ({a.branch}) records from {a.prov[0]} rec'd; documents {a.cond}, last visit ").v(d_us(date(rng.randint(2019, 2023), rng.randint(1, 12), rng.randint(1, 28))), "date").t(". Recommend consult.")
    elif form < 0.6:
        ln.t(f"Called {a.ec_rel.lower()} ").v(f"{a.ec_first} {a.ec_last}", "name").t(" at ").v(a.ec_phone, "phone").t(" to confirm surgical history; states surgery done ").v(d_us(date(rng.randint(2016, 2022), rng.randint(1, 12), rng.randint(1, 28))), "date").t(", no complications.")
    elif form < 0.8:
        ln.t("RFI sent to recruiter " + f"{a.rec[0]} {a.rec[2]}" + " for pharmacy hx; applicant DOB ").v(d_us(a.dob), "date").t(", MRN at provider ").v(a.prov_mrn, "mrn").t(", Medicaid ").v(a.plan, "health_plan").t(".")
    else:
        ln.t("Hx T1DM, appl still carries pump SN ").v(a.pump, "device").t("; disqualifying per DoDI 6130.03 V1 para 5.11. Waiver unlikely. Ship date ").v(d_us(a.ship), "date").t(" on hold.")
    return [ln]


def g_oracle():
    t = now()
    ln = Line("oracle_alert")
    ln.t(t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond:06d}-05:00 " + rng.choice([
        f"Thread 1 advanced to log sequence {rng.randint(8000, 9999)} (LGWR switch)",
        "Errors in file /u01/app/oracle/diag/rdbms/wvrprd/WVRPRD1/trace/WVRPRD1_j000_" + str(rng.randint(1000, 99999)) + ".trc:",
        "ORA-12012: error on auto execute of job \"WAIVER\".\"PURGE_STAGING\"",
        f"Completed checkpoint up to RBA [0x{hexid(4)}.2.10], SCN: {rng.randint(10**9, 10**10)}",
        "TNS-12535: TNS:operation timed out ns secondary err code: 12560 nt main err code: 505"]))
    return [ln]


def g_bio():
    t = now()
    a = app()
    r = rng.random()
    if r < 0.35:
        ln = Line("syslog_idverify")
        ln.t(f"<134>{t.strftime('%b %d %H:%M:%S').replace(' 0', '  ')} bio-gw01 idverify[{rng.randint(1000, 9999)}]: " + rng.choice([
            f"device LS-{rng.randint(100, 999)} (Crossmatch Guardian 300) heartbeat ok fw=4.1.2",
            f"ABIS link up, NGI round trip {rng.randint(300, 4000)}ms tcn_queue={rng.randint(0, 12)}",
            f"calibration check passed scanner=LS-{rng.randint(100, 999)} platen_temp={rng.randint(20, 31)}C"]))
        return [ln]
    if r < 0.7:
        ln = Line("syslog_idverify")
        tmpl = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(rng.randint(60, 96)))).decode()
        ln.t(f"<134>{t.strftime('%b %d %H:%M:%S').replace(' 0', '  ')} bio-gw01 idverify[{rng.randint(1000, 9999)}]: match enrol=").v(a.bio, "other_id").t(" subject=").v(a.mirs, "mrn").t(f" finger=R{rng.choice(['I', 'T', 'M'])} score={rng.randint(40, 99)} result={rng.choice(['MATCH', 'MATCH', 'NO_MATCH'])} tmpl=ISO19794-2:").v(tmpl, "biometric")
        return [ln]
    ln = Line("aamva_pdf417")
    iin = {"MD": "636003", "DE": "636011", "PA": "636025", "VA": "636000", "WV": "636061"}[a.st]
    exp = a.dob.replace(year=2029)
    ln.t(f"scan kiosk=K2 ts={t.strftime('%H:%M:%S')} raw=\"@\\n\\x1e\\rANSI {iin}100102DL00410279ZM03200008DLDAQ").v(a.dl.replace("-", ""), "license")
    ln.t("\\nDCS").v(strip_acc(a.last).upper(), "name").t("\\nDAC").v(strip_acc(a.first).upper(), "name").t("\\nDBB").v(a.dob.strftime("%m%d%Y"), "date")
    ln.t(f"\\nDBA{exp.strftime('%m%d%Y')}\\nDBC{1 if a.sex == 'M' else 2}\\nDAG").v(f"{a.num} {strip_acc(a.street).upper()}", "address").t("\\nDAI").v(a.city.upper(), "address").t(f"\\nDAJ{a.st}\\nDAK").v(a.zip + "0000", "zip").t("\\nDCGUSA\\nDDAF\\n\"")
    if rng.random() < 0.4:
        img = base64.b64encode(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(rng.getrandbits(8) for _ in range(54))).decode()
        ln.t(" face_jpeg=").v(img, "photo")
    return [ln]


def g_hotel():
    t = now()
    a = app()
    ln = Line("hotel_manifest_csv")
    nights = a.exam - timedelta(days=1)
    ln.t(f"HRMEPS,Harlow Ridge Inn & Suites,{rng.randint(100000000, 999999999)},")
    ln.v(strip_acc(a.last).upper(), "name").t(",").v(strip_acc(a.first).upper(), "name").t(f",{a.sex},").v(d_us(nights), "date").t(",").v(d_us(a.exam), "date")
    ln.t(f",{rng.randint(101, 420)},{rng.choice(['DBL', 'KNG'])},{a.branch},{a.rec[4]},MEAL=Y,")
    if rng.random() < 0.3:
        ln.t("ROOMMATE=").v(f"{rng.choice(APPS).last.upper()}", "name")
    else:
        ln.t("ROOMMATE=")
    return [ln]


def g_hotel_err():
    t = now()
    ln = Line("hotel_pms_err")
    ln.t(f"[{t.strftime('%d/%b/%Y:%H:%M:%S')} -0500] OperaBridge WARN ")
    if rng.random() < 0.5:
        ln.t(f"folio sync retry rsv={rng.randint(100000000, 999999999)} http=502 upstream=pms.harlowinn.example.com:8443")
    else:
        a = app()
        ln.t(f"incidental hold declined rsv={rng.randint(100000000, 999999999)} guest=").v(f"{a.first} {a.last}", "name").t(" cc=").v(card(), "account").t(f" exp={rng.randint(1, 12):02d}/{rng.randint(25, 29)} auth_code=05")
    return [ln]


def g_bus():
    t = now()
    a = app()
    ln = Line("bus_manifest_tsv")
    ln.t(f"MNF-{t.strftime('%m%d')}-{rng.randint(1, 9)}\t{rng.choice(['DOVER RS', 'SALISBURY RS', 'HAGERSTOWN RS', 'YORK RS'])}\t")
    ln.v(d_us(a.exam - timedelta(days=1)), "date").t(f"\t{rng.choice(['13:30', '14:15', '15:00'])}\t").v(f"{strip_acc(a.last).upper()}, {strip_acc(a.first).upper()}", "name")
    ln.t(f"\tTKT{rng.randint(10**7, 10**8 - 1)}\t{a.branch}\tCarrier=Tri-State Coach Lines\tDriver=R. Haskins\tBoarded={rng.choice(['Y', 'Y', 'N'])}")
    return [ln]


def g_chat():
    t = now()
    ln = Line("teams_chat_json")
    rec = rng.choice(RECRUITERS)
    sender = f"{rec[0]} {rec[1]} {rec[2]} ({rec[3]})" if rng.random() < 0.5 else rng.choice(["HRMEPS Med Section", "HM2 Carla Vance", "Lisa Hartley (Ops)"])
    items = [("id", str(rng.randint(1700000000000, 1719999999999)), None), ("createdDateTime", iso(t, 3), None), ("chatId", "19:meeting_" + hexid(24) + "@thread.v2", None),
             ("from", sender, None)]
    r = rng.random()
    if r < 0.4:
        body = rng.choice(["Shuttle is running 20 min late from the hotel this morning.", "Medical is closed for lunch 1130-1230.",
                           "Heads up: HAIMS bridge is slow, uploads may take an hour.", "Can someone resend the consult schedule for Thursday?",
                           "Reminder: prescreens due NLT 1500 for Monday processing.", "copy, thanks"])
        items.append(("body", ("obj", [("contentType", "text", None), ("content", body, None)]), None))
        J(ln, items)
        return [ln]
    a = app()
    J(ln, items)
    ln.buf = ln.buf[:-1]
    ln.t(',"body":{"contentType":"text","content":"')
    form = rng.random()
    if form < 0.35:
        ln.t("hey can you check if ").v(jesc(f"{a.first} {a.last}"), "name").t(f"'s records from {a.prov[0]} came in? DOB ").v(a.dob.strftime("%-m/%-d/%y"), "date")
    elif form < 0.65:
        ln.v(jesc(a.last), "name").t(" is on your board for ").v(a.exam.strftime("%-m/%-d"), "date").t(f", needs ortho consult for {a.cond}. SSN ends ").v(a.ssn[-4:], "ssn")
    else:
        rel = {"MOTHER": "mom", "FATHER": "dad", "SPOUSE": "spouse", "GRANDMOTHER": "grandma", "AUNT": "aunt", "SISTER": "sister"}[a.ec_rel]
        ln.t("applicant ").v(jesc(full(a, False)), "name").t(" cell is ").v(a.phone, "phone").t(f", {rel} (").v(jesc(a.ec_first), "name").t(f") says {'he' if a.sex == 'M' else 'she'} can't make the ").v(a.exam.strftime("%-m/%-d"), "date").t(" slot")
    ln.t('"}}')
    return [ln]


def g_sms():
    t = now()
    a = app()
    ln = Line("sms_gateway")
    ln.t(f"{t.strftime('%Y-%m-%dT%H:%M:%S')}Z sms-out provider=twilio sid=SM{hexid(32)} from=+14105550187 to=+1").v(a.phone.replace("-", ""), "phone")
    ln.t(" status=queued body=\"").v(a.first, "name").t(": report to Harlow Ridge MEPS 0500 on ").v(a.exam.strftime("%m/%d"), "date").t(". Bring REAL ID + SS card. Reply STOP to opt out.\"")
    return [ln]


def g_gate():
    t = now()
    ln = Line("parking_gate_kv")
    if rng.random() < 0.55:
        ln.t(f"time={t.strftime('%H:%M:%S')} gate=G2 lane=IN event=badge badge={rng.randint(10000, 99999)} holder=staff result=OPEN")
    else:
        a = app()
        ln.t(f"time={t.strftime('%H:%M:%S')} gate=G1 lane=IN event=visitor pass=V{rng.randint(1000, 9999)} plate=").v(a.plate, "vehicle").t(f" st={a.st} ")
        if rng.random() < 0.4:
            ln.t("vin=").v(a.vin, "vehicle").t(" ")
        ln.t("visitor=").v(f"{a.last}/{a.first}", "name").t(" purpose=APPLICANT_POV result=OPEN")
    return [ln]


def g_fw():
    t = now()
    ln = Line("fw_syslog")
    ln.t(f"{t.strftime('%b %d %H:%M:%S').replace(' 0', '  ')} hrmeps-fw01 %ASA-6-302013: Built outbound TCP connection {rng.randint(10**6, 10**8)} for outside:{rng.choice(['214.3.128.40', '140.185.99.12', '52.61.18.44', '23.45.120.9'])}/443 ({rng.choice(['214.3.128.40', '140.185.99.12', '52.61.18.44'])}/443) to inside:10.40.{rng.randint(1, 30)}.{rng.randint(2, 250)}/{rng.randint(49152, 65535)} ({rng.choice(['10.40.12.8', '10.40.12.9', '140.185.99.7'])}/{rng.randint(1024, 65535)})")
    return [ln]


def g_upload_portal():
    t = now()
    a = app()
    ln = Line("upload_portal_json")
    url = f"https://records.keystrel-review.com/u/{a.token}?a={a.mirs}"
    items = [("time", iso(t, 3), None), ("level", "info", None), ("logger", "portal.upload", None), ("event", "document_received", None),
             ("link", url, "url"), ("client_ip", a.ip, "ip"), ("filename", rng.choice(["IMG_4471.HEIC", "scan0001.pdf", "records.pdf", "Screenshot_20240311.png"]), None),
             ("bytes", rng.randint(40000, 9000000), None), ("av", "clean", None), ("trace_id", hexid(32), None)]
    J(ln, items)
    return [ln]


GENS = [(g_serilog, 14), (g_iis, 12), (g_ps, 5), (g_sql, 7), (g_winsec, 12), (g_prescreen_json, 3), (g_prescreen_xml, 3),
        (g_fax, 6), (g_hie, 4), (g_haims, 6), (g_audio, 3), (g_vision, 3), (g_hl7, 2), (g_java, 6), (g_casenote, 4),
        (g_oracle, 5), (g_bio, 5), (g_hotel, 3), (g_hotel_err, 2), (g_bus, 3), (g_chat, 6), (g_sms, 2), (g_gate, 4),
        (g_fw, 12), (g_upload_portal, 2)]
TARGET = 500


def main():
    lines = [Line("iis_w3c").t("#Software: Microsoft Internet Information Services 10.0"),
             Line("iis_w3c").t("#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken")]
    fns = [g for g, w in GENS]
    ws = [w for g, w in GENS]
    while len(lines) < TARGET:
        tick()
        g = rng.choices(fns, ws)[0]
        rec = g()
        if len(lines) + len(rec) > TARGET:
            continue
        lines.extend(rec)
    out_log = bytearray()
    out_lab = []
    for n, ln in enumerate(lines, 1):
        b = bytes(ln.buf)
        if b"\n" in b or b"\r" in b:
            raise SystemExit(f"line {n}: raw newline")
        if not b:
            raise SystemExit(f"line {n}: empty")
        b.decode("utf-8")
        prev = 0
        spans = sorted(ln.spans)
        for s, e, cat, text in spans:
            if not (0 <= s < e <= len(b)):
                raise SystemExit(f"line {n}: bad span {s},{e}")
            if s < prev:
                raise SystemExit(f"line {n}: overlapping span {s}")
            prev = e
            if b[s:e].decode("utf-8") != text:
                raise SystemExit(f"line {n}: span text mismatch {b[s:e]!r} != {text!r}")
        out_log += b + b"\n"
        out_lab.append(json.dumps({"line": n, "family": ln.fam, "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _ in spans]}, ensure_ascii=False))
    with open(f"{ID}.log", "wb") as f:
        f.write(out_log)
    with open(f"{ID}.labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_lab) + "\n")


if __name__ == "__main__":
    main()
