#!/usr/bin/env python3
"""gen_pb.py - synthetic labeled log corpus "pb".

Organisation: "Alamo Positive Health Center" (APHC), a fictional Ryan White
Part A/C funded HIV primary care clinic in San Antonio, TX, with an ADAP
(AIDS Drug Assistance Program) enrollment office and a PrEP telehealth
service.  All people, numbers and addresses are made up.

Systems simulated (one physical line each, interleaved as a SIEM export):
  1. django_json   - ADAP recertification Django app (python-json-logger)
  2. celery        - Celery workers/beat of the recert app (PDF extraction,
                     reminders, CAREWare sync)
  3. pino          - Node PrEP telehealth API (pino JSON, numeric levels)
  4. nginx_access  - Nginx combined log + rt/upstream timings
  5. nginx_error   - Nginx error log
  6. mysql_slow    - MySQL slow query log (multi-line records) and general log
  7. okta          - Okta System Log events (workforce org + patient CIAM org)
  8. hl7           - HL7 v2.5.1 ORU^R01 from reference lab (viral load, CD4),
                     one segment per line
  9. careware_xml  - CAREWare-like client-level XML export and RSR CLD XML
 10. careware_csv  - CAREWare custom report CSV export
 11. rsr_validate  - RSR client-level data validation report lines
 12. ncpdp         - NCPDP D.0-like pharmacy claims to the ADAP PBM
                     (field IDs C2, CA, CB, C4, D2, ...) and responses
 13. kit_webhook   - home HIV test kit fulfillment vendor webhooks (JSON)
 14. kit_csv       - kit fulfillment manifest rows / vendor restock POs
 15. ps_referral   - partner services referral records to the health dept
                     (pipe-delimited) and SFTP transfer log
 16. cm_note       - case manager progress notes (free text, abbreviations)
 17. sms           - peer navigator SMS gateway log, English and Spanish
 18. pdf_extract   - income/residency document extraction (JSON and text)
 19. syslog        - sshd, cron, systemd, postfix
 20. traceback     - Python stack traces from the Django app

Labeling decisions (grey cases):
  - Clients (patients, ADAP enrollees, PrEP users) are the persons served.
    Their emergency contacts, household members and sex/needle-sharing
    partners named in partner-services referrals are labeled with the same
    categories (they appear in a record about the client).
  - Staff (case managers, peer navigators, clinicians, Okta workforce users),
    their NPIs, emails and phones, the clinic's own addresses/phones/fax,
    vendor and lab addresses, pharmacy NCPDP/NPI numbers: NOT PHI.
  - mrn: clinic EHR MRN (APH#######), CAREWare internal client ID (numeric
    client_id / ClientID), reference-lab patient ID (PID-3 2nd repetition),
    telehealth patient ID (ptn_...).  health_plan: ADAP member/cardholder
    ID, Texas Medicaid ID, Medicare MBI.
  - other_id: CAREWare URN (built from name letters + DOB + gender) and the
    RSR eUCI hash (both link one client across providers), lab placer/filler
    order and accession numbers, telehealth visit IDs (V-..), Rx numbers,
    home test kit request IDs, kit barcodes and the shipment tracking number
    of a kit mailed to a client, partner-services/DIS case numbers and
    health-department referral IDs.  NOT PHI: request/trace IDs, Celery task
    UUIDs, document UUIDs, HL7 MSH control IDs, Twilio SIDs, vendor purchase
    orders, SKUs, lot numbers, NDCs, hashes of files.
  - account: EHR patient account (PID-18), PBM claim authorization numbers
    for a client's claim, card numbers (valid and junk), bank and utility
    account numbers found on income/residency documents.
  - date: DOB, service/visit, specimen collection and result dates,
    appointment dates, recertification due and eligibility dates, pay
    dates and lease/bill dates on a client's documents, fill dates.  HL7
    MSH-7 and all log-record timestamps are NOT labeled.  Birth YEAR alone
    (RSR BirthYear) is not labeled.
  - age: labeled only when > 89.
  - address: street lines, city when part of the client's address, county
    of residence (CAREWare County field), ZIP always separate as zip.
  - ip: public IPs of client devices (patient portal / telehealth / Okta
    CIAM).  Internal 10.x addresses, load balancer, server and clinic NAT
    egress IPs are not PHI.
  - url: full URLs (scheme+host) that embed a client identifier (telehealth
    room links, S3 document URIs under a client folder) are one url span.
    In Nginx request paths without scheme/host only the embedded
    identifier is labeled with its own category.
  - Employer names, income amounts, CD4/viral-load values, diagnoses,
    gender, race are not identifiers and are not labeled.
  - Masked or partial values (SSN last 4, "XXX-XX-1234", "****4352") are
    not labeled.  Open-slot queries (/slots?date=...) are not tied to a
    client and are not labeled; a first name alone in an SMS to the client
    is labeled name.  HL7 XPN names (LAST^FIRST^MI) are one name span; the
    HL7 street and city components are separate address spans.
  - photo: base64 ID-card photo thumbnail.  device: IMEI of the client's
    phone registered to the telehealth app.  vehicle: VIN/plate on a
    vehicle registration used as residency proof.  license: Texas DL / ID.
"""
import base64
import datetime as dt
import hashlib
import json
import math
import sys
import unicodedata

import random

R = random.Random(23052024)


# ----------------------------------------------------------------- builder
class Line:
    def __init__(self, family):
        self.family = family
        self.buf = []
        self.n = 0
        self.spans = []

    def t(self, s):
        s = str(s)
        self.buf.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        if not cat:
            return self.t(s)
        b = len(s.encode("utf-8"))
        self.spans.append((self.n, self.n + b, cat, s))
        self.buf.append(s)
        self.n += b
        return self

    def text(self):
        return "".join(self.buf)


class M(list):
    """mixed string: list of (text, cat)"""


class A(list):
    """json array"""


def jw(L, v, cat=None, asc=False, sep=(", ", ": ")):
    if isinstance(v, A):
        L.t("[")
        for i, x in enumerate(v):
            if i:
                L.t(sep[0])
            if isinstance(x, tuple):
                jw(L, x[0], x[1], asc, sep)
            else:
                jw(L, x, None, asc, sep)
        L.t("]")
    elif isinstance(v, M):
        L.t('"')
        for txt, c in v:
            L.p(json.dumps(txt, ensure_ascii=asc)[1:-1], c)
        L.t('"')
    elif isinstance(v, list):
        L.t("{")
        for i, it in enumerate(v):
            if i:
                L.t(sep[0])
            k, val = it[0], it[1]
            c = it[2] if len(it) > 2 else None
            L.t(json.dumps(k) + sep[1])
            jw(L, val, c, asc, sep)
        L.t("}")
    elif isinstance(v, str):
        L.t('"')
        L.p(json.dumps(v, ensure_ascii=asc)[1:-1], cat)
        L.t('"')
    else:
        L.p(json.dumps(v), cat)


def pieces(L, parts):
    for x in parts:
        if isinstance(x, tuple):
            L.p(x[0], x[1])
        else:
            L.t(x)


# ---------------------------------------------------------------- numbers
def luhn_digit(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def card(valid=True):
    n = "4" + "".join(R.choice("0123456789") for _ in range(14))
    c = luhn_digit(n)
    if not valid:
        c = str((int(c) + 3) % 10)
    return n + c


def npi():
    base = str(R.choice([1, 2])) + "".join(R.choice("0123456789") for _ in range(8))
    return base + luhn_digit("80840" + base)


def imei():
    n = "35" + "".join(R.choice("0123456789") for _ in range(12))
    return n + luhn_digit(n)


def ssn(valid=True):
    if not valid:
        return R.choice(["000-12-3456", "666-40-1187", "123-45-6789", "999-99-9999"])
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_N = "0123456789"


def mbi():
    c = [R.choice("123456789"), R.choice(MBI_A), R.choice(MBI_A + MBI_N),
         R.choice(MBI_N), R.choice(MBI_A), R.choice(MBI_A + MBI_N),
         R.choice(MBI_N), R.choice(MBI_A), R.choice(MBI_A), R.choice(MBI_N),
         R.choice(MBI_N)]
    return "".join(c)


VIN_T = {**{str(i): i for i in range(10)},
         "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
         "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
         "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = [R.choice(["1", "2", "3", "5", "J", "K"])] + [R.choice(al) for _ in range(16)]
    v[8] = "0"
    s = sum(VIN_T[ch] * w for ch, w in zip(v, VIN_W)) % 11
    v[8] = "X" if s == 10 else str(s)
    return "".join(v)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def alnum(n, al="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(al) for _ in range(n))


def deacc(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---------------------------------------------------------------- people
FIRST_M = ["Luis Ángel", "DeShawn", "Chidi", "Tariq", "Joaquín", "Dmitri", "Kwame",
           "Bao", "Jamal", "Hunter", "River", "Mateo", "Héctor", "Emeka", "Xavier",
           "Tomás", "Rashad", "Kenji", "Marcus", "Deandre", "Jesús"]
FIRST_F = ["María José", "Xiomara", "Ngozi", "Guadalupe", "Precious", "Summer",
           "Hope", "Destiny", "Marisol", "Leilani", "Siobhan", "Crystal", "Faith",
           "Rosa", "Anh", "Yolanda", "Imani", "Dulce", "Esperanza", "Brandi"]
LAST = ["Ramírez-Soto", "Okafor", "Nguyen", "Washington", "De la Cruz",
        "Castillo Reyes", "Brown", "Little", "Street", "Rich", "Young",
        "Hernández", "Pham", "O'Connell", "Mbeki-Jones", "Fox", "King",
        "Sandoval", "Achterberg", "Yilmaz", "Baptiste", "Villarreal", "Garza",
        "Treviño-Lara", "Moon", "Salinas", "Booker", "Ochoa", "Park", "Vásquez",
        "Winters", "Falcón", "Adeyemi", "Bright", "Lozano"]
MIDDLE = ["A", "J", "Marie", "Lee", "R", "Guadalupe", "T", "", "", "", ""]
STREETS = ["Culebra Rd", "Zarzamora St", "S Flores St", "Fredericksburg Rd",
           "Bandera Rd", "Nogalitos St", "Pleasanton Rd", "Rigsby Ave",
           "SW Military Dr", "Blanco Rd", "Evers Rd", "Castroville Rd",
           "Frio City Rd", "Rittiman Rd", "Walzem Rd", "Hildebrand Ave",
           "W Southcross Blvd", "Babcock Rd", "Perrin Beitel Rd", "Guadalupe St"]
CITIES = [("San Antonio", "Bexar", ["78201", "78204", "78207", "78210", "78211",
                                    "78214", "78218", "78223", "78228", "78237", "78240", "78250"]),
          ("San Antonio", "Bexar", ["78202", "78203", "78212", "78216", "78221", "78227"]),
          ("San Antonio", "Bexar", ["78209", "78213", "78217", "78229", "78242"]),
          ("Converse", "Bexar", ["78109"]), ("Leon Valley", "Bexar", ["78238"]),
          ("Kirby", "Bexar", ["78219"]), ("Schertz", "Guadalupe", ["78154"]),
          ("Seguin", "Guadalupe", ["78155"]), ("New Braunfels", "Comal", ["78130", "78132"]),
          ("Universal City", "Bexar", ["78148"]), ("Floresville", "Wilson", ["78114"]),
          ("Boerne", "Kendall", ["78006"])]
AREA = ["210", "210", "210", "726", "830"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "hotmail.com", "icloud.com", "outlook.com", "att.net"]
PUB_NETS = ["73.166", "99.61", "172.58", "107.77", "24.28", "70.120", "47.184", "136.49", "208.54"]
REL = ["sister", "mother", "partner", "brother", "aunt", "roommate", "husband", "wife", "grandmother"]


def phone():
    return "%s%d%02d%04d" % (R.choice(AREA), R.randint(2, 9), R.randint(0, 99), R.randint(0, 9999))


def fmt_phone(p, style):
    if style == 0:
        return "(%s) %s-%s" % (p[:3], p[3:6], p[6:])
    if style == 1:
        return "%s-%s-%s" % (p[:3], p[3:6], p[6:])
    if style == 2:
        return "+1" + p
    return p


def mkclient(i):
    sex = R.choice("MMMFFX")
    if sex == "M":
        fn = R.choice(FIRST_M)
    elif sex == "F":
        fn = R.choice(FIRST_F)
    else:
        fn = R.choice(FIRST_M + FIRST_F)
    ln = R.choice(LAST)
    dob = dt.date(1950, 1, 1) + dt.timedelta(days=R.randint(0, 365 * 53))
    if i == 7:
        dob = dt.date(1932, 8, 19)  # 91 years old
    city, county, zips = R.choice(CITIES)
    z = R.choice(zips)
    a = deacc(fn).replace(" ", "").upper() + "XXX"
    b = deacc(ln).replace(" ", "").replace("-", "").replace("'", "").upper() + "XXX"
    gcode = {"M": "1", "F": "2", "X": "3"}[sex]
    urn = a[0] + a[2] + b[0] + b[2] + dob.strftime("%m%d%Y") + gcode
    euci = hashlib.sha1(("euci:" + urn).encode()).hexdigest().upper()
    ec_sex = R.choice("MF")
    ec = {"fn": R.choice(FIRST_M if ec_sex == "M" else FIRST_F).split()[0],
          "ln": R.choice([ln, ln, R.choice(LAST)]), "rel": R.choice(REL), "phone": phone()}
    mail = (deacc(fn).split()[0].lower() + R.choice([".", "_", ""]) +
            deacc(ln).split()[0].replace("'", "").split("-")[0].lower() +
            R.choice(["", str(dob.year % 100), str(R.randint(1, 99))]) + "@" + R.choice(EMAIL_DOM))
    return {
        "fn": fn, "ln": ln, "mi": R.choice(MIDDLE), "sex": sex, "dob": dob,
        "ssn": ssn(), "mrn": "APH%07d" % R.randint(100000, 2999999),
        "cwid": str(R.randint(10200, 69999)), "urn": urn, "euci": euci,
        "adap": "TX%08d" % R.randint(10000000, 99999999),
        "mcd": digits(9) if R.random() < 0.4 else None,
        "mbi": mbi() if (R.random() < 0.25 or i == 7) else None,
        "phone": phone(), "email": mail,
        "street": "%d %s" % (R.randint(100, 9899), R.choice(STREETS)),
        "apt": R.choice(["", "", "Apt %d" % R.randint(1, 420), "Unit %s" % R.choice("ABCDEF"), "#%d" % R.randint(100, 999)]),
        "city": city, "county": county, "zip": z,
        "lang": "es" if R.random() < 0.4 else "en",
        "dl": digits(8), "imei": imei(),
        "ip": "%s.%d.%d" % (R.choice(PUB_NETS), R.randint(1, 254), R.randint(1, 254)),
        "ptn": "ptn_" + alnum(12), "labpid": "Q" + digits(9),
        "acct": digits(8), "ec": ec,
    }


CL = [mkclient(i) for i in range(44)]


def cli():
    return R.choice(CL)


def full(c):
    return c["fn"] + (" " + c["mi"] if c["mi"] else "") + " " + c["ln"]


def age_of(c):
    d, b = dt.date(2024, 5, 14), c["dob"]
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def street_full(c):
    return c["street"] + ((" " + c["apt"]) if c["apt"] else "")


STAFF = [("Yesenia", "Treviño", "ytrevino", "LMSW"), ("Marcus", "Bell", "mbell", "CM"),
         ("Gabriela", "Ruiz", "gruiz", "Peer Navigator"), ("Andre", "Lott", "alott", "Peer Navigator"),
         ("Priya", "Raman", "praman", "MD"), ("Thomas", "Cheng", "tcheng", "NP"),
         ("Rebecca", "Sosa", "rsosa", "ADAP Enrollment"), ("Kofi", "Asante", "kasante", "PharmD"),
         ("Lena", "Hofmann", "lhofmann", "IT"), ("Diego", "Paredes", "dparedes", "Data Mgr")]
STAFF_NPI = {s[2]: npi() for s in STAFF}
ORG_DOM = "alamopositive.org"
ORG_PHONE = "+12105550148"  # peer navigator SMS number (org)
ORG_ADDR = "1910 W Martin St, San Antonio, TX 78207"
HOSTS = ["recert-web-01", "recert-web-02", "worker-recert-1", "worker-recert-2", "prep-tele-api-6d9f7c8b5-x2kqp",
         "prep-tele-api-6d9f7c8b5-m7hzd", "edge-nginx-01", "db-mysql-01", "mirth-01", "sftp-gw-01"]

# ---------------------------------------------------------------- clock
T0 = dt.datetime(2024, 5, 14, 13, 1, 7, 118000, tzinfo=dt.timezone.utc)
CDT = dt.timezone(dt.timedelta(hours=-5))
_now = [T0]


def tick():
    _now[0] += dt.timedelta(milliseconds=R.randint(150, 9000))
    return _now[0]


def now():
    return _now[0]


def iso_z(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def recent_date(days_back=200, fwd=0):
    return (now().astimezone(CDT).date() + dt.timedelta(days=R.randint(-days_back, fwd)))


def dd(d, f="%Y-%m-%d"):
    return d.strftime(f)


# ================================================================ systems
def g_django():
    t = tick().astimezone(CDT)
    L = Line("django_json")
    c = cli()
    rid = hexs(32)
    head = [("asctime", t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)),
            ("levelname", "INFO"), ("name", ""), ("process", R.randint(300, 900)),
            ("request_id", rid)]
    k = R.random()
    if k < 0.18:
        head[2] = ("name", "recert.views.packet")
        body = [("message", "recert packet submitted"), ("client_id", c["cwid"], "mrn"),
                ("urn", c["urn"], "other_id"), ("recert_due", dd(recent_date(10, 60)), "date"),
                ("docs", R.randint(2, 6)), ("submitted_by", STAFF[R.choice([0, 1, 6])][2] + "@" + ORG_DOM)]
    elif k < 0.30:
        head[2] = ("name", "recert.services.fpl")
        hs = R.randint(1, 6)
        inc = R.randint(9000, 62000)
        body = [("message", "FPL computed"), ("client_id", c["cwid"], "mrn"), ("household_size", hs),
                ("annual_income", inc), ("fpl_year", 2024), ("fpl_pct", round(inc / (15060 + 5380 * (hs - 1)) * 100)),
                ("adap_limit_pct", 500)]
    elif k < 0.38:
        head[2] = ("name", "recert.services.residency")
        body = [("message", M([("residency proof accepted for ", None), (full(c), "name")])),
                ("doc_type", R.choice(["utility_bill", "lease", "tx_dl", "vehicle_registration"])),
                ("addr", [("line1", street_full(c), "address"), ("city", c["city"], "address"),
                          ("state", "TX"), ("zip", c["zip"], "zip")]),
                ("verified_by", STAFF[6][2])]
    elif k < 0.43:
        head[2] = ("name", "recert.views.idcard")
        b64 = "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/" + base64.b64encode(bytes(R.randint(0, 255) for _ in range(48))).decode()
        body = [("message", "photo ID thumbnail stored"), ("client_id", c["cwid"], "mrn"),
                ("id_type", "TX_DL"), ("id_number", c["dl"], "license"),
                ("thumb_b64", b64, "photo"), ("thumb_bytes", R.randint(4000, 9000))]
    elif k < 0.50:
        head[1] = ("levelname", "WARNING")
        head[2] = ("name", "recert.services.adap")
        body = [("message", "ADAP eligibility lapsed; dispensing hold"), ("adap_id", c["adap"], "health_plan"),
                ("lapse_date", dd(recent_date(20, 0)), "date"), ("grace_days", 30)]
    elif k < 0.62:
        head[2] = ("name", "django.request")
        body = [("message", "GET /healthz 200"), ("status_code", 200), ("duration_ms", R.randint(1, 9))]
    elif k < 0.72:
        head[2] = ("name", "mozilla_django_oidc.auth")
        s = R.choice(STAFF)
        body = [("message", "OIDC login ok"), ("user", s[2] + "@" + ORG_DOM),
                ("idp", "https://alamopositive.okta.com/oauth2/default"), ("groups", A(["rw-casemgmt", "adap-enroll"]))]
    elif k < 0.80:
        head[1] = ("levelname", "WARNING")
        head[2] = ("name", "django.db.backends")
        body = [("message", "slow query"), ("duration", round(R.uniform(1.1, 4.8), 3)),
                ("sql_hash", hexs(16)), ("alias", "default")]
    elif k < 0.88:
        head[2] = ("name", "recert.tasks")
        body = [("message", "queued extract_pdf"), ("task_id", uuid4()), ("doc_id", uuid4()),
                ("queue", "pdf"), ("priority", 5)]
    else:
        head[2] = ("name", "recert.views.packet")
        body = [("message", "document link generated"),
                ("url", "s3://aphc-recert-docs/clients/" + c["cwid"] + "/" + R.choice(["paystub", "lease", "award_letter"]) + "_" + uuid4()[:8] + ".pdf", "url"),
                ("expires_in", 900)]
    jw(L, head + body)
    return [L]


def g_celery():
    t = tick().astimezone(CDT)
    ts = t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)
    L = Line("celery")
    k = R.random()
    w = "ForkPoolWorker-%d" % R.randint(1, 8)
    tid = uuid4()
    c = cli()
    if k < 0.22:
        L.t("[%s: INFO/MainProcess] Task recert.tasks.extract_pdf[%s] received" % (ts, tid))
    elif k < 0.40:
        L.t("[%s: INFO/%s] Task recert.tasks.extract_pdf[%s] succeeded in %.3fs: {'doc_id': '%s', 'pages': %d, 'fields_found': %d}"
            % (ts, w, tid, R.uniform(0.4, 9.0), uuid4(), R.randint(1, 6), R.randint(2, 14)))
    elif k < 0.52:
        L.t("[%s: INFO/%s] recert.tasks.send_recert_reminder: SMS queued for client " % (ts, w))
        L.p(c["cwid"], "mrn").t(" (").p(fmt_phone(c["phone"], 2), "phone").t(") due ")
        L.p(dd(recent_date(0, 45), "%m/%d/%Y"), "date")
    elif k < 0.60:
        L.t("[%s: ERROR/%s] Task careware.sync.push_client[%s] raised unexpected: HTTPError('409 Conflict: URN " % (ts, w, tid))
        L.p(c["urn"], "other_id").t(" already exists')")
    elif k < 0.70:
        L.t("[%s: INFO/Beat] Scheduler: Sending due task %s" % (ts, R.choice(
            ["nightly-rsr-validate (rsr.tasks.validate_cld)", "hourly-careware-sync (careware.sync.pull_updates)",
             "recert-reminders (recert.tasks.send_recert_reminder_batch)", "purge-tmp (core.tasks.purge_tmp)"])))
    elif k < 0.78:
        L.t("[%s: INFO/%s] careware.sync.pull_updates: %d clients updated, %d services, %d labs in %.1fs"
            % (ts, w, R.randint(3, 80), R.randint(10, 400), R.randint(0, 60), R.uniform(2, 40)))
    elif k < 0.86:
        L.t("[%s: WARNING/%s] recert.tasks.extract_pdf: low OCR confidence 0.%02d on page %d of doc %s (employer=%s)"
            % (ts, w, R.randint(30, 69), R.randint(1, 3), uuid4(), R.choice(["H-E-B", "Whataburger", "USAA", "Bexar County", "Amazon.com Services LLC"])))
    elif k < 0.93:
        L.t("[%s: INFO/%s] labs.tasks.ingest_oru: matched ORU to client " % (ts, w))
        L.p(c["mrn"], "mrn").t(" by MRN; VL result stored (loinc=20447-9)")
    else:
        L.t("[%s: INFO/MainProcess] celery@%s ready." % (ts, R.choice(["worker-recert-1", "worker-recert-2"])))
    return [L]


def g_pino():
    t = tick()
    L = Line("pino")
    c = cli()
    lvl = 30
    host = R.choice(HOSTS[4:6])
    base = [("level", 30), ("time", int(t.timestamp() * 1000)), ("pid", R.choice([1, 19, 23])),
            ("hostname", host), ("reqId", "req-" + alnum(4))]
    k = R.random()
    if k < 0.2:
        body = [("req", [("method", R.choice(["GET", "POST"])), ("url", R.choice(["/v1/health", "/v1/slots?date=today", "/v1/config"])),
                         ("remoteAddress", "::ffff:10.20.5.%d" % R.randint(2, 60)), ("remotePort", R.randint(30000, 65000))]),
                ("msg", "incoming request")]
    elif k < 0.38:
        body = [("res", [("statusCode", R.choice([200, 200, 201, 204, 304, 404]))]), ("responseTime", round(R.uniform(0.8, 240), 3)),
                ("msg", "request completed")]
    elif k < 0.50:
        d = now().astimezone(CDT) + dt.timedelta(days=R.randint(1, 21))
        body = [("patientId", c["ptn"], "mrn"), ("visitId", "V-24-%07d" % R.randint(1, 9999999), "other_id"),
                ("scheduledFor", d.strftime("%Y-%m-%dT") + R.choice(["09:00", "10:30", "14:15", "16:45"]) + ":00-05:00", "date"),
                ("provider", "tcheng"), ("visitType", R.choice(["prep_initial", "prep_followup_90d", "doxypep_consult"])),
                ("msg", "visit scheduled")]
    elif k < 0.58:
        body = [("patientId", c["ptn"], "mrn"),
                ("roomUrl", "https://meet.alamopositive.org/r/" + c["ptn"] + "?t=" + alnum(10), "url"),
                ("msg", "video room created")]
    elif k < 0.66:
        body = [("patientId", c["ptn"], "mrn"), ("kitBarcode", "HK24%02d-%07d" % (now().month, R.randint(1, 9999999)), "other_id"),
                ("kitSku", R.choice(["ORAQ-ITH-1001", "STI-3SITE-KIT", "DBS-HIV-VL-02"])), ("msg", "home lab kit ordered")]
    elif k < 0.72:
        body = [("patientId", c["ptn"], "mrn"), ("deviceId", c["imei"], "device"), ("platform", R.choice(["ios", "android"])),
                ("appVersion", "3.%d.%d" % (R.randint(0, 9), R.randint(0, 30))), ("msg", "push device registered")]
    elif k < 0.80:
        body = [("rx", [("drug", R.choice(["Descovy 200-25 mg", "emtricitabine/tenofovir DF 200-300 mg"])), ("qty", 30), ("refills", 2),
                        ("pharmacyNcpdp", "45%05d" % R.randint(0, 99999))]), ("prescriberNpi", STAFF_NPI["tcheng"]),
                ("surescriptsMsgId", uuid4()), ("msg", "eRx NewRx sent")]
    elif k < 0.88:
        lvl = 40
        body = [("err", [("type", "TimeoutError"), ("message", "twilio video API timeout after 5000ms")]), ("attempt", R.randint(1, 3)),
                ("msg", "retrying room provisioning")]
    elif k < 0.92:
        body = [("patientId", c["ptn"], "mrn"), ("email", c["email"], "email"), ("msg", "intake magic link sent")]
    elif k < 0.94:
        body = [("patientId", c["ptn"], "mrn"), ("vendor", "idv-selfie"), ("matchScore", round(R.uniform(0.81, 0.99), 3)),
                ("faceTemplate", base64.b64encode(bytes(R.randint(0, 255) for _ in range(60))).decode(), "biometric"),
                ("msg", "identity verification face match")]
    else:
        lvl = 20
        body = [("cache", "slots"), ("hit", R.choice([True, False])), ("keys", R.randint(10, 400)), ("msg", "slot cache refresh")]
    base[0] = ("level", lvl)
    jw(L, base + body, sep=(",", ":"))
    return [L]


UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Linux; Android 14; SM-A156U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.113 Mobile Safari/537.36",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80",
      "kube-probe/1.28", "ELB-HealthChecker/2.0"]


def g_nginx():
    t = tick().astimezone(CDT)
    L = Line("nginx_access")
    ts = t.strftime("%d/%b/%Y:%H:%M:%S -0500")
    c = cli()
    k = R.random()
    st = R.choice([200, 200, 200, 304, 302, 404, 499])
    tail = ' rt=%.3f uct="0.000" uht="%.3f" urt="%.3f"' % ((lambda a: (a, a, a))(R.uniform(0.001, 1.2)))
    if k < 0.30:
        L.t('10.20.0.%d - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "%s"' % (R.randint(2, 9), ts, R.choice(UA[3:])) + tail)
    elif k < 0.48:
        L.p(c["ip"], "ip").t(' - - [%s] "%s HTTP/2.0" %d %d "https://portal.alamopositive.org/prep/" "%s"' % (
            ts, R.choice(["GET /prep/api/v1/slots?date=2024-05-2%d" % R.randint(0, 9), "GET /static/js/main.4f9c1a2e.js",
                          "POST /prep/api/v1/visits", "GET /prep/api/v1/me", "GET /static/css/app.b71d.css"]),
            st, R.randint(200, 90000), R.choice(UA[:2])) + tail)
    elif k < 0.55:
        L.p(c["ip"], "ip").t(' - - [%s] "GET /prep/api/v1/kits/' % ts)
        L.p("HK24%02d-%07d" % (now().month, R.randint(1, 9999999)), "other_id")
        L.t('/status HTTP/2.0" 200 %d "-" "%s"' % (R.randint(200, 900), R.choice(UA[:2])) + tail)
    elif k < 0.68:
        # staff via clinic NAT egress IP (org, not PHI)
        L.t('198.51.100.24 - %s [%s] "GET /adap/clients/' % (R.choice(STAFF)[2], ts))
        L.p(c["cwid"], "mrn")
        L.t('/recert/ HTTP/1.1" %d %d "https://recert.alamopositive.org/adap/queue/" "%s"' % (st, R.randint(2000, 40000), UA[2]) + tail)
    elif k < 0.73:
        L.t('198.51.100.24 - %s [%s] "GET /adap/search/?q=' % (R.choice(STAFF)[2], ts))
        L.p(deacc(c["ln"]).replace(" ", "+").replace("'", "%27") + "%2C+" + deacc(c["fn"]).replace(" ", "+"), "name")
        L.t(' HTTP/1.1" 200 %d "-" "%s"' % (R.randint(2000, 9000), UA[2]) + tail)
    elif k < 0.88:
        L.t('198.51.100.24 - %s [%s] "GET /static/%s HTTP/1.1" %d %d "https://recert.alamopositive.org/adap/queue/" "%s"' % (
            R.choice(STAFF)[2], ts, R.choice(["admin/css/base.css", "js/recert.9a1f3c.js", "img/aphc-logo.svg"]), R.choice([200, 304]), R.randint(300, 90000), UA[2]) + tail)
    else:
        L.t('%s.%d.%d - - [%s] "GET /wp-login.php HTTP/1.1" 404 153 "-" "python-requests/2.31.0"' % (
            R.choice(["45.148", "185.220", "194.26"]), R.randint(1, 254), R.randint(1, 254), ts) + tail)
    return [L]


def g_nginx_err():
    t = tick().astimezone(CDT)
    L = Line("nginx_error")
    c = cli()
    L.t("%s [error] %d#%d: *%d upstream timed out (110: Connection timed out) while reading response header from upstream, client: " % (
        t.strftime("%Y/%m/%d %H:%M:%S"), 31, 31, R.randint(10000, 999999)))
    if R.random() < 0.6:
        L.p(c["ip"], "ip")
        L.t(', server: portal.alamopositive.org, request: "POST /prep/api/v1/visits HTTP/2.0", upstream: "http://10.20.5.%d:3000/v1/visits", host: "portal.alamopositive.org"' % R.randint(2, 60))
    else:
        L.t('10.20.0.%d, server: recert.alamopositive.org, request: "POST /adap/upload/ HTTP/1.1", upstream: "http://127.0.0.1:8000/adap/upload/", host: "recert.alamopositive.org"' % R.randint(2, 9))
    return [L]


def g_mysql():
    t = tick()
    c = cli()
    out = []
    if R.random() < 0.55:
        L = Line("mysql_slow")
        L.t("# Time: " + t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % t.microsecond)
        out.append(L)
        L = Line("mysql_slow")
        L.t("# User@Host: recert_app[recert_app] @ ip-10-20-3-14 [10.20.3.14]  Id: %d" % R.randint(40000, 60000))
        out.append(L)
        L = Line("mysql_slow")
        L.t("# Query_time: %.6f  Lock_time: 0.000%03d Rows_sent: %d  Rows_examined: %d" % (R.uniform(1.0, 6.0), R.randint(1, 300), R.randint(0, 5), R.randint(40000, 900000)))
        out.append(L)
        L = Line("mysql_slow")
        L.t("SET timestamp=%d;" % int(t.timestamp()))
        out.append(L)
        L = Line("mysql_slow")
        k = R.random()
        if k < 0.5:
            L.t("SELECT id, urn, adap_status FROM clients_client WHERE last_name = '")
            L.p(c["ln"].replace("'", "''"), "name").t("' AND dob = '").p(dd(c["dob"]), "date").t("';")
        elif k < 0.75:
            L.t("SELECT COUNT(*) FROM services_servicevisit WHERE service_date BETWEEN '2024-01-01' AND '2024-03-31' AND funding_source = 'RW_A';")
        else:
            L.t("UPDATE adap_enrollment SET status='ACTIVE', recert_due='")
            L.p(dd(recent_date(-150, 200)), "date").t("' WHERE adap_member_id='").p(c["adap"], "health_plan").t("';")
        out.append(L)
    else:
        L = Line("mysql_general")
        L.t(t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % t.microsecond + "\t%6d Query\t" % R.randint(40000, 60000))
        if R.random() < 0.5:
            L.t("SELECT `clients_client`.`id`, `clients_client`.`mrn` FROM `clients_client` WHERE `clients_client`.`ssn_last4` = '")
            s = c["ssn"]
            L.t(s[-4:] + "' AND `clients_client`.`phone` = '").p(c["phone"], "phone").t("' LIMIT 21")
        else:
            L.t("SELECT `django_session`.`session_key` FROM `django_session` WHERE `django_session`.`expire_date` > '%s' AND `django_session`.`session_key` = '%s' LIMIT 21"
                % (t.strftime("%Y-%m-%d %H:%M:%S"), alnum(32)))
        out.append(L)
    return out


def g_okta():
    t = tick()
    L = Line("okta")
    c = cli()
    if R.random() < 0.65:
        s = R.choice(STAFF)
        ev = R.choice([("user.session.start", "User login to Okta"), ("user.authentication.sso", "User single sign on to app"),
                       ("user.mfa.okta_verify.deny_push", "User rejected Okta push verify"), ("policy.evaluate_sign_on", "Evaluation of sign-on policy")])
        obj = [("actor", [("id", "00u" + alnum(17, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")), ("type", "User"),
                          ("alternateId", s[2] + "@" + ORG_DOM), ("displayName", s[0] + " " + s[1])]),
               ("client", [("ipAddress", R.choice(["198.51.100.24", "10.20.0.%d" % R.randint(10, 99)])),
                           ("userAgent", [("browser", "EDGE_CHROMIUM"), ("os", "Windows 10")]),
                           ("geographicalContext", [("city", "San Antonio"), ("state", "Texas"), ("country", "United States")])]),
               ("eventType", ev[0]), ("displayMessage", ev[1]),
               ("outcome", [("result", "DENY" if "deny" in ev[0] else "SUCCESS")]),
               ("published", iso_z(t)), ("uuid", uuid4()), ("version", "0")]
    else:
        obj = [("actor", [("id", "00u" + alnum(17, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")), ("type", "User"),
                          ("alternateId", c["email"], "email"), ("displayName", c["fn"] + " " + c["ln"], "name")]),
               ("client", [("ipAddress", c["ip"], "ip"), ("userAgent", [("browser", "MOBILE_SAFARI"), ("os", "iOS")])]),
               ("eventType", "user.session.start"), ("displayMessage", "User login to Okta"),
               ("outcome", [("result", "SUCCESS")]), ("target", A([[("type", "AppInstance"), ("displayName", "APHC PrEP Portal")]])),
               ("published", iso_z(t)), ("uuid", uuid4()), ("version", "0")]
    jw(L, obj, sep=(",", ":"))
    return [L]


def hl7name(c):
    return c["ln"].upper() + "^" + c["fn"].upper() + "^" + c["mi"].upper()


def g_hl7():
    t = tick().astimezone(CDT)
    c = cli()
    out = []
    msh = t.strftime("%Y%m%d%H%M%S")
    col = now().astimezone(CDT) - dt.timedelta(days=R.randint(1, 5), hours=R.randint(0, 6))
    res = col + dt.timedelta(days=R.randint(1, 3))
    L = Line("hl7")
    L.t("MSH|^~\\&|QLS|QUEST_SA^05D0642827^CLIA|APHC_EHR|APHC|%s||ORU^R01^ORU_R01|Q%s|P|2.5.1|||AL|NE" % (msh, digits(10)))
    out.append(L)
    L = Line("hl7")
    L.t("PID|1||").p(c["mrn"], "mrn").t("^^^APHC^MR~").p(c["labpid"], "mrn").t("^^^QDX^PI||")
    L.p(hl7name(c), "name").t("||").p(dd(c["dob"], "%Y%m%d"), "date").t("|%s|||" % {"M": "M", "F": "F", "X": "U"}[c["sex"]])
    L.p(street_full(c), "address").t("^^").p(c["city"], "address").t("^TX^").p(c["zip"], "zip").t("^USA||")
    L.p("(%s)%s-%s" % (c["phone"][:3], c["phone"][3:6], c["phone"][6:]), "phone").t("^PRN^PH|||||").p(c["acct"], "account").t("|")
    if R.random() < 0.5:
        L.p(c["ssn"].replace("-", ""), "ssn")
    out.append(L)
    placer = "APH" + digits(8)
    filler = "SA" + digits(7) + "Q"
    L = Line("hl7")
    L.t("ORC|RE|").p(placer, "other_id").t("|").p(filler, "other_id").t("||CM||||%s|||%s^RAMAN^PRIYA^^^^MD^^NPI" % (msh, STAFF_NPI["praman"]))
    out.append(L)
    vl = R.random() < 0.6
    L = Line("hl7")
    L.t("OBR|1|").p(placer, "other_id").t("|").p(filler, "other_id").t("|")
    L.t("20447-9^HIV 1 RNA [#/volume] (viral load) in Serum or Plasma by NAA with probe detection^LN" if vl else "24467-3^CD3+CD4+ (T4 helper) cells [#/volume] in Blood^LN")
    L.t("|||").p(col.strftime("%Y%m%d%H%M"), "date").t("|||||||||%s^RAMAN^PRIYA^^^^MD^^NPI||||||" % STAFF_NPI["praman"])
    L.p(res.strftime("%Y%m%d%H%M"), "date").t("|||F")
    out.append(L)
    if vl:
        v = R.choice(["<20", "<20", "<20", "48", "1250", "38400", "TND"])
        L = Line("hl7")
        L.t("OBX|1|%s|20447-9^HIV 1 RNA PCR^LN||%s|copies/mL|<20|%s|||F|||" % ("ST" if not v.isdigit() else "NM", v, "" if not v.isdigit() else "H"))
        L.p(res.strftime("%Y%m%d%H%M"), "date").t("||||||||QUEST_SA^^^^^CLIA&2.16.840.1.113883.4.7&ISO^^^^05D0642827")
        out.append(L)
        if v.isdigit():
            L = Line("hl7")
            L.t("OBX|2|NM|29541-1^HIV 1 RNA [Log #/volume]^LN||%.2f|log copies/mL|<1.30|H|||F" % math.log10(int(v)))
            out.append(L)
    else:
        L = Line("hl7")
        L.t("OBX|1|NM|24467-3^CD4 Absolute^LN||%d|cells/uL|490-1740|%s|||F|||" % ((lambda x: (x, "L" if x < 490 else "N"))(R.randint(80, 1200))))
        L.p(res.strftime("%Y%m%d%H%M"), "date")
        out.append(L)
        L = Line("hl7")
        L.t("OBX|2|NM|8123-2^CD4 %% (CD3+CD4+ cells/100 cells)^LN||%d|%%|30-61|||F" % R.randint(8, 50))
        out.append(L)
    if R.random() < 0.4:
        L = Line("hl7")
        L.t("NTE|1|L|Specimen received ambient. Testing performed at Quest Diagnostics, 8401 Fallbrook Dr, San Antonio TX 78230.")
        out.append(L)
    return out


def g_cw_xml():
    tick()
    c = cli()
    out = []
    if R.random() < 0.55:
        out.append(("careware_xml", ["<Client ClientID=\"", (c["cwid"], "mrn"), "\" URN=\"", (c["urn"], "other_id"), "\" Agency=\"APHC-SA\">"]))
        out.append(("careware_xml", ["  <FirstName>", (c["fn"], "name"), "</FirstName>"]))
        out.append(("careware_xml", ["  <LastName>", (c["ln"].replace("'", "&apos;"), "name"), "</LastName>"]))
        out.append(("careware_xml", ["  <DOB>", (dd(c["dob"], "%m/%d/%Y"), "date"), "</DOB>"]))
        out.append(("careware_xml", ["  <County>", (c["county"], "address"), "</County><Zip>", (c["zip"], "zip"), "</Zip>"]))
        out.append(("careware_xml", ["  <HouseholdSize>%d</HouseholdSize><FPLPercent>%d</FPLPercent>" % (R.randint(1, 5), R.randint(40, 480))]))
        for _ in range(R.randint(1, 2)):
            out.append(("careware_xml", ["  <Service Date=\"", (dd(recent_date(90), "%m/%d/%Y"), "date"),
                                          "\" Type=\"%s\" Units=\"1\" Funding=\"RW Part %s\"/>" % (R.choice(
                                              ["Outpatient/Ambulatory Health Services", "Medical Case Management", "Non-Medical Case Management", "Emergency Financial Assistance"]),
                                              R.choice("AC"))]))
        out.append(("careware_xml", ["</Client>"]))
    else:
        out.append(("careware_xml", ["<ClientReport>"]))
        out.append(("careware_xml", ["  <eUCI>", (c["euci"], "other_id"), "</eUCI><BirthYear>%d</BirthYear><GenderID>%d</GenderID>" % (c["dob"].year, R.randint(1, 4))]))
        out.append(("careware_xml", ["  <HIVRiskFactorID>%d</HIVRiskFactorID><HIVStatusID>%d</HIVStatusID><ViralLoadCount>%d</ViralLoadCount>" % (R.randint(1, 8), R.randint(1, 3), R.randint(1, 4))]))
        out.append(("careware_xml", ["</ClientReport>"]))
    res = []
    for fam, parts in out:
        L = Line(fam)
        pieces(L, parts)
        res.append(L)
    return res


CW_CSV_HDR = False


def g_cw_csv():
    global CW_CSV_HDR
    tick()
    out = []
    if not CW_CSV_HDR:
        CW_CSV_HDR = True
        L = Line("careware_csv")
        L.t("URN,Client ID,Last Name,First Name,DOB,Gender,Zip,Enroll Status,ADAP Member ID,Last Recert,Next Recert,FPL %,Case Manager")
        out.append(L)
    for _ in range(R.randint(1, 3)):
        c = cli()
        L = Line("careware_csv")
        ln = c["ln"]
        q = '"' if " " in ln or "," in ln else ""
        last = recent_date(170, 0)
        L.p(c["urn"], "other_id").t(",").p(c["cwid"], "mrn").t("," + q).p(ln, "name").t(q + ",").p(c["fn"], "name").t(",")
        L.p(dd(c["dob"], "%m/%d/%Y"), "date").t(",%s," % {"M": "Male", "F": "Female", "X": "Transgender"}[c["sex"]]).p(c["zip"], "zip")
        L.t(",Active,").p(c["adap"], "health_plan").t(",").p(dd(last, "%m/%d/%Y"), "date").t(",")
        L.p(dd(last + dt.timedelta(days=182), "%m/%d/%Y"), "date").t(",%d,%s %s" % (R.randint(40, 480), *R.choice(STAFF[:2])[:2]))
        out.append(L)
    return out


RSR_MSG = [("Alert", 20301, "HIV diagnosis year is after the year of first outpatient visit"),
           ("Error", 10102, "Client record is missing a required eUCI"),
           ("Warning", 30110, "Client's viral load test date is outside the reporting period"),
           ("Alert", 20417, "Client received OAHS but has no CD4 or viral load reported"),
           ("Warning", 30022, "Client's poverty level is greater than 500%")]


def g_rsr():
    tick()
    L = Line("rsr_validate")
    c = cli()
    k = R.random()
    if k < 0.55:
        lv, code, msg = R.choice(RSR_MSG)
        L.t("RSR2023|CLD|%s|%d|row=%d|eUCI=" % (lv, code, R.randint(1, 2400)))
        if code == 10102:
            L.t("|" + msg)
        else:
            L.p(c["euci"], "other_id").t("|" + msg)
    elif k < 0.8:
        L.t("RSR2023|SUMMARY|clients=%d|errors=%d|alerts=%d|warnings=%d|schema=RSR_CLD_v4.3|validator=2024.1.3|sha256=%s"
            % (R.randint(1800, 2400), R.randint(0, 12), R.randint(5, 80), R.randint(10, 200), hexs(64)))
    else:
        L.t("RSR2023|CLD|Warning|30301|row=%d|eUCI=" % R.randint(1, 2400)).p(c["euci"], "other_id")
        L.t("|Client ZIP ").p(c["zip"], "zip").t(" not in Part A EMA service area list")
    return [L]


NDC = [("61958-2501-01", "BIKTARVY 50-200-25MG TAB"), ("61958-2002-01", "DESCOVY 200-25MG TAB"),
       ("49702-0246-13", "DOVATO 50-300MG TAB"), ("00093-7620-56", "EMTRICITABINE-TENOFOVIR 200-300"),
       ("49702-0228-13", "TIVICAY 50MG TAB")]


def g_ncpdp():
    t = tick().astimezone(CDT)
    c = cli()
    out = []
    ndc, nm = R.choice(NDC)
    rx = digits(7)
    L = Line("ncpdp")
    L.t("%s ncpdp-sw B1 REQ BIN=610011 PCN=TXADAP GRP=RWADAP01 SVC_PROV=%s |AM04 C2=" % (t.strftime("%Y-%m-%dT%H:%M:%S"), npi()))
    L.p(c["adap"], "health_plan").t(" CC=").p(deacc(c["fn"]).upper(), "name").t(" CD=").p(deacc(c["ln"]).upper(), "name")
    L.t(" |AM01 C4=").p(dd(c["dob"], "%Y%m%d"), "date").t(" C5=%d CA=" % {"M": 1, "F": 2, "X": 0}[c["sex"]])
    L.p(deacc(c["fn"]).upper(), "name").t(" CB=").p(deacc(c["ln"]).upper(), "name")
    if R.random() < 0.5:
        L.t(" CM=").p(deacc(street_full(c)).upper(), "address").t(" CN=").p(c["city"].upper(), "address").t(" CO=TX CP=").p(c["zip"], "zip")
    L.t(" |AM07 EM=1 D2=").p(rx, "other_id").t(" E1=03 D7=%s D3=%02d E7=30000 D5=30 D6=1 DE=" % (ndc.replace("-", ""), R.randint(0, 5)))
    L.p(dd(now().astimezone(CDT).date(), "%Y%m%d"), "date").t(" |AM03 EZ=01 DB=%s" % STAFF_NPI["praman"])
    out.append(L)
    L = Line("ncpdp")
    t2 = tick().astimezone(CDT)
    if R.random() < 0.7:
        L.t("%s ncpdp-sw B1 RSP D2=" % t2.strftime("%Y-%m-%dT%H:%M:%S")).p(rx, "other_id")
        L.t(" AN=P F3=").p("A" + digits(11), "account").t(" F5=%.2f F9=0.00 product=\"%s\"" % (R.uniform(1400, 4100), nm))
    else:
        L.t("%s ncpdp-sw B1 RSP D2=" % t2.strftime("%Y-%m-%dT%H:%M:%S")).p(rx, "other_id")
        rc = R.choice([("65", "PATIENT IS NOT COVERED"), ("75", "PRIOR AUTHORIZATION REQUIRED"), ("MR", "PRODUCT NOT ON FORMULARY"), ("76", "PLAN LIMITATIONS EXCEEDED")])
        L.t(" AN=R FA=1 FB=%s F4=\"%s\" product=\"%s\"" % (rc[0], rc[1], nm))
    out.append(L)
    return out


def g_kit():
    t = tick()
    c = cli()
    L = Line("kit_webhook")
    k = R.random()
    if k < 0.65:
        ev = R.choice(["shipment.label_created", "shipment.in_transit", "shipment.delivered", "shipment.returned_to_sender"])
        obj = [("event", ev), ("id", "evt_" + alnum(20)), ("created_at", iso_z(t)),
               ("data", [("order_ref", "KR-24-%06d" % R.randint(1, 999999), "other_id"),
                         ("tracking_number", "9400" + digits(18), "other_id"), ("carrier", "USPS"),
                         ("service", "First-Class Package"),
                         ("ship_to", [("name", full(c), "name"), ("address1", c["street"], "address"),
                                      ("address2", c["apt"], "address" if c["apt"] else None), ("city", c["city"], "address"),
                                      ("state", "TX"), ("postal_code", c["zip"], "zip")]),
                         ("ship_from", [("name", "KitDrop Fulfillment"), ("address1", "2200 Commerce Center Dr"), ("city", "Columbus"), ("state", "OH"), ("postal_code", "43228")]),
                         ("items", A([[("sku", "ORAQ-ITH-1001"), ("lot", "53%05d" % R.randint(0, 99999)), ("qty", 1)]]))])]
        if not c["apt"]:
            obj[3][1][4][1][2] = ("address2", "")
    else:
        obj = [("event", "inventory.low_stock"), ("id", "evt_" + alnum(20)), ("created_at", iso_z(t)),
               ("data", [("sku", R.choice(["ORAQ-ITH-1001", "STI-3SITE-KIT"])), ("on_hand", R.randint(5, 60)), ("reorder_point", 75),
                         ("warehouse", "CMH-2"), ("account", "aphc-sa")])]
    jw(L, obj, sep=(",", ":"))
    return [L]


def g_kit_csv():
    tick()
    L = Line("kit_csv")
    if R.random() < 0.5:
        L.t("PO-2024-%04d,ORAQ-ITH-1001,OraQuick In-Home HIV Test,LOT %s,EXP 2025-%02d-30,qty=%d,unit=38.50,vendor=OraSure Technologies,220 E First St Bethlehem PA 18015"
            % (R.randint(100, 999), "53%05d" % R.randint(0, 99999), R.randint(1, 12), R.choice([100, 250, 500])))
    else:
        c = cli()
        L.t("MANIFEST,%s," % now().astimezone(CDT).strftime("%Y%m%d")).p("KR-24-%06d" % R.randint(1, 999999), "other_id").t(",")
        L.p(full(c), "name").t(",").p(street_full(c), "address").t(",").p(c["city"], "address").t(",TX,").p(c["zip"], "zip").t(",")
        L.p(fmt_phone(c["phone"], 3), "phone").t(",ORAQ-ITH-1001,1,discreet_pkg=Y")
    return [L]


def g_ps():
    t = tick().astimezone(CDT)
    c = cli()
    out = []
    npart = R.randint(1, 2)
    L = Line("ps_referral")
    L.t("PSREF|2.1|APHC-SA|").p("PS24-%05d" % R.randint(1, 99999), "other_id").t("|IDX|")
    L.p(c["ln"].upper() + "^" + c["fn"].upper(), "name").t("|").p(dd(c["dob"], "%Y%m%d"), "date").t("|")
    L.p(fmt_phone(c["phone"], 1), "phone").t("|DX=").p(dd(recent_date(30), "%Y%m%d"), "date").t("|PARTNERS=%d" % npart)
    out.append(L)
    for i in range(npart):
        p = mkpartner()
        L = Line("ps_referral")
        L.t("PSREF|2.1|APHC-SA|").p(p["case"], "other_id").t("|PTR%d|" % (i + 1)).p(p["name"], "name").t(p["suffix"] + "|")
        if p["phone"]:
            L.p(p["phone"], "phone")
        L.t("|")
        if p["loc"]:
            L.p(p["loc"], "address")
        L.t("|EXPOSURE=%s|NOTIFY=%s" % (R.choice(["sex", "needle"]), R.choice(["DIS", "client", "dual"])))
        out.append(L)
    L = Line("sftp")
    L.t("%s sftp-gw-01 sftp-server[%d]: close \"/outbound/metro_health/PSREF_%s_%02d.psv\" bytes read 0 written %d" % (
        t.strftime("%b %d %H:%M:%S"), R.randint(2000, 9000), t.strftime("%Y%m%d"), R.randint(1, 9), R.randint(400, 3000)))
    out.append(L)
    return out


def mkpartner():
    nm = R.choice(["Jay", "Chris", "Kevin", "Ashley", "Marco", "Dani", "Tony", "Alex"])
    ln = R.choice(LAST + ["", "", ""])
    return {"case": "PS24-%05d" % R.randint(1, 99999), "name": (nm + " " + ln) if ln else nm, "suffix": "" if ln else " (last name unk)",
            "phone": fmt_phone(phone(), 1) if R.random() < 0.7 else "",
            "loc": R.choice(["", "%d %s" % (R.randint(100, 9899), R.choice(STREETS))])}


def g_cm():
    t = tick().astimezone(CDT)
    c = cli()
    s = R.choice(STAFF[:2] + [STAFF[6]])
    L = Line("cm_note")
    L.t("%s NOTE cm=%s enc=MCM " % (t.strftime("%Y-%m-%d %H:%M"), s[2]))
    k = R.random()
    ec = c["ec"]
    if k < 0.35:
        L.t("Met w/ client ").p(c["ln"] + ", " + c["fn"], "name").t(" re: ADAP recert. Proof of residency = lease at ")
        L.p(street_full(c), "address").t(". Income: 2 paystubs. Next appt ").p(dd(recent_date(0, 30), "%-m/%-d"), "date")
        L.t(". EC ").p(ec["fn"] + " " + ec["ln"], "name").t(" (%s) " % ec["rel"]).p(fmt_phone(ec["phone"], 1), "phone")
    elif k < 0.55:
        L.t("Clt reports losing job at Whataburger, HH income now $0. Zero-income attestation signed. Referred to EFA for rent. MRN ")
        L.p(c["mrn"], "mrn").t(". F/u ph call ").p(fmt_phone(c["phone"], 0), "phone")
    elif k < 0.7:
        L.t("Transport asst: clt car ").p("TX " + R.choice("BCDFGHJKLMNPRSTVWXYZ") + R.choice("BCDFGHJKLMNPRSTVWXYZ") + R.choice("BCDFGHJKLMNPRSTVWXYZ") + "-" + digits(4), "vehicle")
        L.t(" impounded; issued 10 VIA bus passes. Clt DOB ").p(dd(c["dob"], "%m/%d/%y"), "date").t(" confirmed verbally.")
    elif k < 0.82:
        if R.random() < 0.5:
            c = CL[7]
            ec = c["ec"]
        L.t("Home visit for ").p(c["fn"] + " " + c["ln"], "name").t(", age ").p(str(age_of(c)), "age" if age_of(c) > 89 else None)
        L.t(", lives w/ %s " % ("daughter" if c is CL[7] else ec["rel"])).p((R.choice(["Carmen", "Patrice", "Linh", "Joy"]) + " " + c["ln"]) if c is CL[7] else (ec["fn"] + " " + ec["ln"]), "name").t(" in ").p(c["city"], "address").t(". Meds reviewed, adherent, VL UD.")
    else:
        L.t("Team huddle: 14 clients due for recert this wk, 3 ADAP holds, Dr. Raman covering walk-ins. No client-specific info.")
    return [L]


def g_sms():
    t = tick()
    c = cli()
    nav = R.choice(STAFF[2:4])
    L = Line("sms")
    sid = "SM" + hexs(32)
    appt = now().astimezone(CDT).date() + dt.timedelta(days=R.randint(1, 14))
    hh = R.choice(["9:00", "10:30", "1:15", "3:45"])
    k = R.random()
    L.t("%s twilio-sms sid=%s " % (iso_z(t), sid))
    if k < 0.45:
        L.t("dir=outbound-api from=%s to=" % ORG_PHONE).p("+1" + c["phone"], "phone").t(" status=delivered segments=%d body=\"" % R.randint(1, 2))
        if c["lang"] == "es":
            L.t("Hola ").p(c["fn"].split()[0], "name").t(", le recordamos su cita el ").p(appt.strftime("%d/%m"), "date")
            L.t(" a las %s. Responda C para confirmar o R para reprogramar. -%s (%s)\"" % (hh, nav[0], "navegadora" if nav[0] == "Gabriela" else "navegador"))
        else:
            L.t("Hi ").p(c["fn"].split()[0], "name").t(", reminder: your appt is ").p(appt.strftime("%a %-m/%-d"), "date")
            L.t(" at %s. Reply C to confirm, R to reschedule. -%s, peer navigator\"" % (hh, nav[0]))
    elif k < 0.75:
        L.t("dir=inbound from=").p("+1" + c["phone"], "phone").t(" to=%s status=received body=\"" % ORG_PHONE)
        if c["lang"] == "es":
            L.t(R.choice(["C", "Sí, ahí estaré", "No tengo ride, me pueden mandar el kit a casa?", "ya se me acabaron las pastillas"]) + "\"")
        else:
            L.t(R.choice(["C", "can u send the test kit to my new address ", "R pls, work changed", "ok thx"]))
            if L.buf[-1].startswith("can u"):
                L.p(street_full(c), "address").t(" ").p(c["zip"], "zip")
            L.t("\"")
    elif k < 0.88:
        L.t("dir=outbound-api from=%s to=" % ORG_PHONE).p("+1" + c["phone"], "phone").t(" status=undelivered error_code=30006 body=\"")
        L.t("Your ADAP renewal is due. Call us at (210) 555-0100.\"" if c["lang"] == "en" else "Su renovación de ADAP vence pronto. Llámenos al (210) 555-0100.\"")
    else:
        L.t("dir=outbound-api from=%s status=queued messaging_service=MG%s campaign=recert_may24 batch=%d" % (ORG_PHONE, hexs(32), R.randint(1, 40)))
    return [L]


def g_pdf():
    tick()
    c = cli()
    L = Line("pdf_extract")
    k = R.random()
    if k < 0.25:
        obj = [("doc_id", uuid4()), ("doc_type", "paystub"), ("page", 1), ("engine", "textract-2024.03"),
               ("fields", [("employee_name", full(c).upper(), "name"), ("employee_ssn", "XXX-XX-" + c["ssn"][-4:]),
                           ("employer", R.choice(["H-E-B, LP", "USAA", "Whataburger Restaurants LLC", "Methodist Healthcare"])),
                           ("pay_date", dd(recent_date(45), "%m/%d/%Y"), "date"), ("gross", "%.2f" % R.uniform(600, 2800)),
                           ("deposit_acct", "****" + digits(4)), ("confidence", round(R.uniform(0.7, 0.99), 2))])]
        if R.random() < 0.3:
            obj[4][1][5] = ("deposit_acct", digits(10), "account")
        jw(L, obj)
    elif k < 0.40:
        obj = [("doc_id", uuid4()), ("doc_type", "utility_bill"), ("page", 1), ("engine", "textract-2024.03"),
               ("fields", [("account_holder", full(c), "name"), ("service_address", street_full(c) + ", " + c["city"] + ", TX", "address"),
                           ("service_zip", c["zip"], "zip"), ("account_no", digits(10), "account"),
                           ("bill_date", dd(recent_date(40), "%m/%d/%Y"), "date"), ("vendor", "CPS Energy")])]
        jw(L, obj)
    elif k < 0.47:
        obj = [("doc_id", uuid4()), ("doc_type", "vehicle_registration"), ("engine", "textract-2024.03"),
               ("fields", [("owner", full(c).upper(), "name"), ("vin", vin(), "vehicle"), ("plate", R.choice("BCDFGHJK") + R.choice("BCDFGHJK") + R.choice("BCDFGHJK") + digits(4), "vehicle"),
                           ("exp", dd(recent_date(-30, 300), "%m/%Y")), ("county", c["county"], "address")])]
        jw(L, obj)
    elif k < 0.53:
        obj = [("doc_id", uuid4()), ("doc_type", "tx_dl"), ("engine", "textract-2024.03"),
               ("fields", [("DLN", c["dl"], "license"), ("name", deacc(c["ln"]).upper() + " " + deacc(c["fn"]).upper(), "name"),
                           ("dob", dd(c["dob"], "%m/%d/%Y"), "date"), ("address", deacc(street_full(c)).upper() + " " + c["city"].upper() + " TX", "address"),
                           ("zip", c["zip"], "zip"), ("class", "C"), ("exp", dd(recent_date(-100, 1500), "%m/%d/%Y"), "date")])]
        jw(L, obj)
    elif k < 0.62:
        L.t("pdftotext doc=%s p1: SOCIAL SECURITY ADMINISTRATION ... Notice of Award ... " % uuid4())
        L.p(full(c).upper(), "name").t(" ... Claim Number ").p(c["ssn"], "ssn")
        L.t(" ... beginning ").p(dd(recent_date(120), "%B %Y"), "date").t(" your monthly benefit is $%d.00" % R.randint(700, 1800))
    else:
        L.t("pdftotext doc=%s pages=%d chars=%d lang=%s ocr=%s sha256=%s" % (uuid4(), R.randint(1, 8), R.randint(800, 12000), R.choice(["eng", "spa"]), R.choice(["yes", "no"]), hexs(64)))
    return [L]


def g_syslog():
    t = tick().astimezone(CDT)
    L = Line("syslog")
    ts = t.strftime("%b %d %H:%M:%S")
    h = R.choice(["recert-web-01", "recert-web-02", "edge-nginx-01", "db-mysql-01", "worker-recert-1"])
    k = R.random()
    if k < 0.3:
        L.t("%s %s sshd[%d]: Accepted publickey for deploy from 10.20.0.%d port %d ssh2: ED25519 SHA256:%s" % (
            ts, h, R.randint(1000, 60000), R.randint(2, 20), R.randint(30000, 65000), base64.b64encode(bytes(R.randint(0, 255) for _ in range(32))).decode().rstrip("=")))
    elif k < 0.5:
        L.t("%s %s CRON[%d]: (root) CMD (/usr/local/bin/backup-mysql.sh --target s3://aphc-backups/db/ >> /var/log/backup.log 2>&1)" % (ts, h, R.randint(1000, 60000)))
    elif k < 0.7:
        L.t("%s %s systemd[1]: Started %s." % (ts, h, R.choice(["celery-worker@recert.service - Celery recert worker", "nginx.service - A high performance web server", "logrotate.service - Rotate log files"])))
    elif k < 0.85:
        L.t("%s %s postfix/smtp[%d]: %s: to=<%s@%s>, relay=smtp.office365.com[52.96.%d.%d]:587, delay=%.1f, status=sent (250 2.0.0 OK)" % (
            ts, h, R.randint(1000, 60000), hexs(10).upper(), R.choice(STAFF)[2], ORG_DOM, R.randint(1, 254), R.randint(1, 254), R.uniform(0.2, 3)))
    else:
        L.t("%s %s kernel: [%d.%06d] [UFW BLOCK] IN=eth0 OUT= SRC=%s.%d.%d DST=203.0.113.10 PROTO=TCP SPT=%d DPT=3306" % (
            ts, h, R.randint(100000, 999999), R.randint(0, 999999), R.choice(["45.148", "185.220"]), R.randint(1, 254), R.randint(1, 254), R.randint(1024, 65000)))
    return [L]


def g_tb():
    tick()
    c = cli()
    out = []
    k = R.random()
    lines = [["Traceback (most recent call last):"]]
    if k < 0.5:
        lines += [['  File "/srv/recert/venv/lib/python3.11/site-packages/django/db/backends/mysql/base.py", line 75, in execute'],
                  ["    return self.cursor.execute(query, args)"],
                  ['  File "/srv/recert/app/careware/sync.py", line 188, in upsert_client'],
                  ["    Client.objects.create(**payload)"],
                  ["django.db.utils.IntegrityError: (1062, \"Duplicate entry '", (c["urn"], "other_id"), "' for key 'clients_client.urn'\")"]]
    elif k < 0.8:
        lines += [['  File "/srv/recert/app/recert/services/fpl.py", line 212, in compute_fpl'],
                  ["    pct = total / FPL_2024[household_size]"],
                  ["KeyError: 9"]]
    else:
        lines += [['  File "/srv/recert/app/recert/services/dates.py", line 41, in parse_dob'],
                  ["    return datetime.strptime(raw, '%m/%d/%Y').date()"],
                  ["ValueError: time data '", (dd(c["dob"], "%d/%m/%Y"), "date"), "' does not match format '%m/%d/%Y' (client_id=", (c["cwid"], "mrn"), ")"]]
    for parts in lines:
        L = Line("traceback")
        pieces(L, parts)
        out.append(L)
    return out


def g_card():
    t = tick()
    c = cli()
    L = Line("django_json")
    good = R.random() < 0.6
    obj = [("asctime", t.astimezone(CDT).strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)), ("levelname", "ERROR"),
           ("name", "billing.copay"), ("message", "payment gateway rejected request"),
           ("raw_body", M([("card_number=", None), (card(good), "account"), ("&exp=%02d%02d&name=" % (R.randint(1, 12), R.randint(25, 29)), None),
                             (deacc(full(c)).replace(" ", "+"), "name"), ("&amount=15.00&memo=dental+copay", None)])),
           ("gateway", "authorize.net"), ("response_code", 6)]
    jw(L, obj)
    return [L]


OLD_SEEN = [False]


def g_mcare():
    t = tick()
    c = R.choice([x for x in CL if x["mbi"]] + [CL[7]] * 2)
    if not OLD_SEEN[0]:
        OLD_SEEN[0] = True
        c = CL[7]
    L = Line("django_json")
    obj = [("asctime", t.astimezone(CDT).strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)), ("levelname", "INFO"),
           ("name", "recert.services.payer"), ("message", "payer of last resort check: Medicare Part D found"),
           ("client_id", c["cwid"], "mrn"), ("age", age_of(c), "age" if age_of(c) > 89 else None),
           ("mbi", c["mbi"], "health_plan")]
    if c["mcd"]:
        obj.append(("medicaid_id", c["mcd"], "health_plan"))
    obj.append(("lis", R.choice(["full", "partial", "none"])))
    jw(L, obj)
    return [L]


GENS = [(g_django, 13), (g_celery, 13), (g_pino, 13), (g_nginx, 15), (g_nginx_err, 2), (g_mysql, 2),
        (g_okta, 10), (g_hl7, 2.6), (g_cw_xml, 1.2), (g_cw_csv, 1.2), (g_rsr, 4), (g_ncpdp, 2.4), (g_kit, 4),
        (g_kit_csv, 3), (g_ps, 1.0), (g_cm, 3.5), (g_sms, 6), (g_pdf, 5), (g_syslog, 20), (g_tb, 0.45),
        (g_card, 0.6), (g_mcare, 1.2)]


def main():
    N = 500
    lines = []
    tot = sum(w for _, w in GENS)
    single = [g for g, _ in GENS if g not in (g_hl7, g_mysql, g_cw_xml, g_cw_csv, g_ps, g_tb, g_ncpdp)]
    while len(lines) < N:
        x = R.uniform(0, tot)
        for g, w in GENS:
            x -= w
            if x <= 0:
                break
        rec = g()
        if len(lines) + len(rec) > N:
            continue
        lines.extend(rec)
    with open("pb.log", "wb") as f, open("pb.labels.jsonl", "w", encoding="utf-8") as fl:
        for i, L in enumerate(lines, 1):
            txt = L.text()
            if "\n" in txt or "\r" in txt or not txt.strip():
                raise SystemExit("bad line %d" % i)
            b = txt.encode("utf-8")
            prev = 0
            spans = []
            for s, e, cat, val in sorted(L.spans):
                if not (0 <= s < e <= len(b)):
                    raise SystemExit("span out of range line %d" % i)
                if s < prev:
                    raise SystemExit("overlap line %d" % i)
                if b[s:e].decode("utf-8") != val:
                    raise SystemExit("span mismatch line %d: %r vs %r" % (i, b[s:e], val))
                prev = e
                spans.append({"s": s, "e": e, "cat": cat})
            f.write(b + b"\n")
            fl.write(json.dumps({"line": i, "family": L.family, "spans": spans}) + "\n")
    nophi = sum(1 for L in lines if not L.spans)
    print("lines=%d nophi=%d (%.1f%%)" % (len(lines), nophi, 100.0 * nophi / len(lines)), file=sys.stderr)


if __name__ == "__main__":
    main()
