#!/usr/bin/env python3
"""gen_pi.py - synthetic labeled log corpus "pi".

Organisation: Lakeshore Bariatric & Metabolic Institute (LBMI), Milwaukee WI
(org address 2400 Harbor View Dr, Suite 310, Milwaukee WI 53202, main line
414-269-0700).  Surgical bariatric program + medical weight-loss (GLP-1)
program.  One day of logs (2024-06-11) as exported from the log shipper.

Systems simulated (family names in labels):
  seminar_pino     Node/pino JSON of the info-seminar registration site
  nginx_access     nginx combined access log of the patient portal / API
  x12_278          X12 005010X217 278 prior-auth request/response, 1 segment/line
  docgen_diet      supervised-diet documentation builder + dietitian notes (text)
  psych_logfmt     psych-evaluation scheduling/scoring service (logfmt)
  scale_structlog  Python structlog JSON (ensure_ascii) of the connected-scale
                   ingest (Withings Body+ by MAC, BodyTrace cellular by IMEI)
  inbody_csv       InBody 570 body-composition CSV export rows
  ncpdp_xml        NCPDP SCRIPT 2017071 messages (NewRx, RxFill, Status, Error)
  sms_gateway      SMS router (pharmacy/Rx and group reminders, EN/ES)
  zoom_webhook     Zoom webhook JSON for support-group sessions
  hl7_siu          HL7 v2.5.1 SIU^S12 surgical scheduling, 1 segment/line
  registry_pipe    MBSAQIP outcomes-registry export rows + submit log
  fhir_json        FHIR R4 resources (Observation, Patient, OperationOutcome)
  syslog           RFC3164 syslog (sshd, CRON, systemd, postfix, kernel)
  java_logback     Spring/logback prior-auth service incl. stack traces
  pg_audit         PostgreSQL log with pgaudit statements
  elig_fixed       fixed-width Medicaid eligibility response file
  teams_chat       staff chat export (care-team channels)
  parking_tsv      parking ramp TSV (surgery-day validation, permits)
  kiosk_checkin    check-in kiosk (palm-vein enrol, DL scan, photo, copay)

Labeling decisions (grey cases):
  * Patients, seminar registrants (prospective patients) and their relatives /
    emergency contacts / support persons are labeled.  Staff (surgeons,
    dietitians, psychologist, nurses, pharmacists, IT users), vendors, payers,
    pharmacies (incl. their store addresses/phones) and LBMI sites are not.
  * The log record's own timestamp (prefix, "ts", "time", "timestamp", MSH-7,
    ISA/GS dates, event_ts) is not PHI.  Any date inside a record about a
    person is labeled `date`: DOB, visit, appointment, surgery, discharge,
    measurement time (measured_at, epoch "date" of a weigh-in, InBody test
    time, FHIR effectiveDateTime), Zoom join_time of a participant, seminar
    start time in that registrant's record, coverage effective/term dates,
    DL expiry (WI DL expiry = birthday).  Group-event times without a person
    (seminar session capacity, meeting start_time) are not labeled.
    Card expiry (MM/YY) is a card attribute and is not labeled.
  * Ages only labeled if > 89 (e.g. a relative aged 93).  Weights, BMI,
    body-fat %, lab-like values are not PHI.
  * mrn: LBMI 8-digit MRN (also inside URL paths: the id is labeled `mrn`,
    not the whole path).  A full absolute URL carrying a personal token or
    id (Zoom personal join link, portal magic link) is labeled `url` whole.
  * health_plan: member/subscriber IDs, MBI, Medicaid IDs.  Employer group
    numbers and payer IDs are not labeled.
  * account: patient account numbers (HL7 PID-18, billing), payment-processor
    customer ids (cus_...), full card PANs.  Masked card "last4" not labeled.
  * other_id: seminar registration id, program enrolment id, Withings userid,
    Zoom registrant_id, pharmacy Rx numbers / PrescriberOrderNumber, payer
    authorization (certification) numbers, OR surgical case numbers,
    registry case numbers.  Software transaction ids (UUIDs, X12 control
    numbers, BHT/TRN trace refs, PWK attachment control numbers, message
    ids, Twilio SIDs, trace ids) are not labeled.
  * device: patient's home scale MAC / IMEI.  Clinic equipment serials
    (InBody, kiosks, palm readers) are not labeled.
  * ip: IPs of patients/registrants on the portal, seminar site and Zoom.
    Internal 10.x, servers, crawlers, monitors are not labeled.
  * Names: one span per value.  HL7 XPN "LAST^FIRST^M" is one span; X12 and
    XML/CSV/JSON with separate last/first elements get one span each.
    Partial names ("Rose B.", "Mr. Xiong" -> "Xiong") are labeled name.
  * Addresses: street (+ city when on one run) one `address` span; HL7
    components street and city are separate spans; ZIP always its own span.
    State alone not labeled.
  * ssn: real-looking SSNs labeled, even mistyped ones (area 666); all-zero
    placeholders are not labeled.
  * biometric: palm-vein template blob; photo: base64 JPEG face capture.
  * vehicle: patient plate / VIN in parking records; staff-permit plates not.
"""
import json
import random
import hashlib
import unicodedata
import base64
from datetime import datetime, timedelta

ID = "pi"
R = random.Random(20240611)


# ---------------------------------------------------------------- helpers
def P(v, cat):
    return ("P", v, cat)


class S(list):
    """composite JSON string: pieces that are concatenated inside quotes"""


def jesc(s, ea):
    return json.dumps(s, ensure_ascii=ea)[1:-1]


def J(obj, ea=False, sep=(",", ":")):
    out = []
    if isinstance(obj, tuple) and obj[0] == "P":
        v = obj[1]
        if isinstance(v, str):
            out += ['"', ("P", jesc(v, ea), obj[2]), '"']
        else:
            out.append(("P", json.dumps(v), obj[2]))
    elif isinstance(obj, S):
        out.append('"')
        for pc in obj:
            if isinstance(pc, tuple):
                out.append(("P", jesc(str(pc[1]), ea), pc[2]))
            else:
                out.append(jesc(pc, ea))
        out.append('"')
    elif isinstance(obj, dict):
        out.append("{")
        first = True
        for k, v in obj.items():
            if not first:
                out.append(sep[0])
            first = False
            out.append(json.dumps(k, ensure_ascii=ea) + sep[1])
            out += J(v, ea, sep)
        out.append("}")
    elif isinstance(obj, list):
        out.append("[")
        for i, v in enumerate(obj):
            if i:
                out.append(sep[0])
            out += J(v, ea, sep)
        out.append("]")
    else:
        out.append(json.dumps(obj, ensure_ascii=ea))
    return out


def flatten(x):
    for pc in x:
        if isinstance(pc, list):
            yield from flatten(pc)
        else:
            yield pc


LINES = []  # (family, bytes, spans)


def emit(family, *pieces):
    b = bytearray()
    spans = []
    for pc in flatten(pieces):
        if isinstance(pc, tuple):
            txt = str(pc[1])
            bb = txt.encode("utf-8")
            s = len(b)
            b += bb
            spans.append((s, len(b), pc[2], txt))
        else:
            b += pc.encode("utf-8")
    LINES.append((family, bytes(b), spans))


def luhn_digit(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
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


def imei():
    base = "35" + "".join(R.choice("0123456789") for _ in range(12))
    return base + luhn_digit(base)


def card(prefix="4", n=16):
    base = prefix + "".join(R.choice("0123456789") for _ in range(n - len(prefix) - 1))
    return base + luhn_digit(base)


def ssn(bad=False):
    if bad:
        return "666-%02d-%04d" % (R.randint(1, 99), R.randint(1, 9999))
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


MBI_L = "ACDEFGHJKMNPQRTUVWXY"
DIG = "0123456789"


def mbi():
    an = MBI_L + DIG
    c = [R.choice("123456789"), R.choice(MBI_L), R.choice(an), R.choice(DIG),
         R.choice(MBI_L), R.choice(an), R.choice(DIG), R.choice(MBI_L),
         R.choice(MBI_L), R.choice(DIG), R.choice(DIG)]
    return "".join(c)


VIN_T = {**{str(i): i for i in range(10)},
         "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
         "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
         "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = R.choice(["1G1", "1FA", "2T1", "5YJ", "1HG", "3VW", "JTD", "KMH"])
    v = list(wmi + "".join(R.choice(al) for _ in range(5)) + "0" + "R" +
             R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + "".join(R.choice(DIG) for _ in range(6)))
    tot = sum(VIN_T[ch] * w for ch, w in zip(v, VIN_W))
    cd = tot % 11
    v[8] = "X" if cd == 10 else str(cd)
    return "".join(v)


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n, al="ABCDEFGHJKLMNPQRSTUVWXYZ23456789"):
    return "".join(R.choice(al) for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def b64blob(n):
    return base64.b64encode(bytes(R.randrange(256) for _ in range(n))).decode()


# ---------------------------------------------------------------- world
STAFF = {
    "surg": [("Anika", "Rasmussen", "MD"), ("Tomasz", "Wielgosz", "MD"), ("Obinna", "Eze", "DO")],
    "diet": [("Keisha", "Obi", "RD"), ("Lauren", "Feld", "RDN")],
    "psych": [("Helena", "Marsh", "PsyD"), ("Raúl", "Ibarra", "PhD")],
    "rn": [("Becca", "Lindqvist", "RN"), ("Marcus", "Tolliver", "RN"), ("Joy", "Ampofo", "BSN")],
    "np": [("Dana", "Whitcombe", "NP")],
}
for k in STAFF:
    STAFF[k] = [(f, l, c, npi()) for f, l, c in STAFF[k]]

FIRST = [("Rose", "F"), ("Hope", "F"), ("Grant", "M"), ("Summer", "F"), ("Dawn", "F"),
         ("Guadalupe", "F"), ("María José", "F"), ("Lan", "F"), ("Oluwaseun", "M"),
         ("Siobhán", "F"), ("Zoë", "F"), ("Kwame", "M"), ("Priya", "F"), ("DeShawn", "M"),
         ("Bogdan", "M"), ("Aaliyah", "F"), ("Tomás", "M"), ("Mei-Ling", "F"), ("Jean-Luc", "M"),
         ("Fatima", "F"), ("Hunter", "M"), ("Brooke", "F"), ("Wade", "M"), ("Faith", "F"),
         ("Chase", "M"), ("Amber", "F"), ("Sterling", "M"), ("Pa Nhia", "F"), ("Tou", "M"),
         ("Destiny", "F"), ("Walker", "M"), ("Ngozi", "F"), ("Krystyna", "F"), ("Bo", "M")]
LAST = ["Baker", "Mills", "Frost", "García-Lorca", "Van der Berg", "O'Neil", "Nguyễn", "Adeyemi",
        "Kowalczyk", "Schmidt-Vogel", "Herrera Ruiz", "Washington", "Patel", "Lee-Hammond",
        "Bird", "Stone", "Day", "Rich", "Long", "Bell", "Nowak", "Abdi", "Vang", "Xiong",
        "Thao", "De la Cruz", "St. Pierre", "MacAllister", "Oyelaran-Brooks", "Kaminski",
        "Carpenter", "Hart", "Wójcik", "Lor"]
CITIES = [("Milwaukee", ["53204", "53206", "53207", "53211", "53215", "53218", "53221"]),
          ("Wauwatosa", ["53213", "53226"]), ("West Allis", ["53214", "53227"]),
          ("Racine", ["53403", "53405"]), ("Waukesha", ["53186", "53188"]),
          ("Kenosha", ["53140", "53144"]), ("Oak Creek", ["53154"]), ("Sheboygan", ["53081"]),
          ("Cudahy", ["53110"]), ("Menomonee Falls", ["53051"]), ("Fond du Lac", ["54935"]),
          ("Zion", ["60099"])]
STREETS = ["N Bartlett Ave", "S Kinnickinnic Ave", "W Burleigh St", "N 76th St", "W Oklahoma Ave",
           "Lighthouse Ln", "Cherry Blossom Ct", "W Lincoln Ave", "E Layton Ave", "N Teutonia Ave",
           "Meadowbrook Rd", "Cedar Creek Dr", "W Capitol Dr", "S 27th St", "Frost Hollow Rd",
           "Main St", "Summit Ave", "Eastwood Cir", "N Sherman Blvd", "Grand Ave"]
PAYERS = [("Anthem BCBS WI", "ANTHEM", "00060"), ("UnitedHealthcare", "UHC", "87726"),
          ("Aetna", "AETNA", "60054"), ("Humana Medicare Advantage", "HUMANA", "61101"),
          ("Medicare Part B", "CMS", "WIMCR"), ("WI Medicaid ForwardHealth", "FWDHLTH", "WIMCD"),
          ("Quartz", "QUARTZ", "39180"), ("Self-pay", "SELF", "")]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "att.net", "icloud.com", "charter.net", "hotmail.com"]


def mk_phone(ac=None):
    ac = ac or R.choice(["414", "414", "262", "920", "608"])
    return ac, "%d%02d" % (R.randint(2, 9), R.randint(0, 99)), "%04d" % R.randint(0, 9999)


def fmt_phone(p, style):
    a, b, c = p
    return {"dash": f"{a}-{b}-{c}", "paren": f"({a}) {b}-{c}", "e164": f"+1{a}{b}{c}",
            "dot": f"{a}.{b}.{c}", "raw": f"{a}{b}{c}", "hl7": f"({a}){b}-{c}"}[style]


PATIENTS = []
R.shuffle(LAST)
for i, (fn, sex) in enumerate(FIRST):
    ln = LAST[i % len(LAST)]
    city, zips = R.choice(CITIES)
    payer = R.choice(PAYERS)
    if payer[1] == "CMS":
        mid = mbi()
    elif payer[1] == "FWDHLTH":
        mid = "%010d" % R.randint(1000000000, 9999999999)
    elif payer[1] == "ANTHEM":
        mid = "XJH" + "%09d" % R.randint(0, 10**9 - 1)
    elif payer[1] == "UHC":
        mid = "%09d" % R.randint(10**8, 10**9 - 1)
    elif payer[1] == "AETNA":
        mid = "W" + "%09d" % R.randint(0, 10**9 - 1)
    elif payer[1] == "HUMANA":
        mid = "H%08d" % R.randint(0, 10**8 - 1)
    elif payer[1] == "QUARTZ":
        mid = "QTZ%07d" % R.randint(0, 10**7 - 1)
    else:
        mid = ""
    dob = datetime(R.randint(1951, 2001), R.randint(1, 12), R.randint(1, 28))
    fa = ascii_fold(fn).lower().replace(" ", "").replace("-", "")
    la = ascii_fold(ln).lower().replace(" ", "").replace("'", "").replace(".", "")
    em = R.choice([f"{fa}.{la}", f"{fa}{la}{R.randint(1, 99)}", f"{fa[0]}{la}", f"{la}.{fa}{dob.year % 100:02d}"]) \
        + "@" + R.choice(DOMAINS)
    mi = R.choice("ABCDEJKLMNRST") if R.random() < 0.6 else ""
    ec_first = R.choice(["Tou", "Maria", "Darnell", "Linh", "Gary", "Nadia", "Pedro", "Joyce", "Kofi", "Heather"])
    PATIENTS.append(dict(
        first=fn, last=ln, mi=mi, sex=sex, dob=dob, age=2024 - dob.year - (1 if (dob.month, dob.day) > (6, 11) else 0),
        street=f"{R.randint(100, 9899)} {R.choice(STREETS)}" + (R.choice(["", "", "", f" Apt {R.randint(1, 24)}", f" Unit {R.randint(1, 4)}{R.choice('ABCD')}"])),
        city=city, zip=R.choice(zips), phone=mk_phone(), email=em,
        mrn="%08d" % R.randint(10000000, 19999999), payer=payer, member=mid,
        group="%06d" % R.randint(100000, 999999),
        acct="77%08d" % R.randint(0, 10**8 - 1), prog="BWL-24-%04d" % R.randint(100, 9999),
        semreg="SR-" + alnum(6), wuid=str(R.randint(10000000, 39999999)),
        mac="00:24:e4:%02x:%02x:%02x" % (R.randrange(256), R.randrange(256), R.randrange(256)),
        imei=imei(), zreg=alnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
        ip=R.choice(["73.%d.%d.%d", "24.%d.%d.%d", "98.%d.%d.%d", "174.%d.%d.%d", "107.%d.%d.%d", "66.%d.%d.%d"]) %
        (R.randint(1, 254), R.randint(0, 255), R.randint(1, 254)),
        dl="%s%03d-%04d-%04d-%02d" % (ascii_fold(ln)[0].upper(), R.randint(100, 999), R.randint(0, 9999), R.randint(0, 9999), R.randint(0, 99)),
        plate="%s%04d" % (alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ"), R.randint(0, 9999)),
        vin=vin(), cus="cus_" + alnum(14, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
        ec_name=f"{ec_first} {R.choice([ln, R.choice(LAST)])}", ec_rel=R.choice(["Spouse", "Mother", "Sister", "Son", "Friend", "Partner"]),
        ec_phone=mk_phone(), wt=round(R.uniform(98, 190), 1), ht=round(R.uniform(152, 193), 1),
        rx="%07d" % R.randint(1000000, 9999999), auth="%s%s" % (payer[1][:3], "%09d" % R.randint(0, 10**9 - 1)),
        case="%07d" % R.randint(800000, 899999), orcase="OR24-%05d" % R.randint(10000, 99999),
        surg=R.choice(STAFF["surg"]),
        surgdate=datetime(2024, R.choice([6, 7, 7, 8]), R.randint(1, 28), R.choice([7, 9, 11, 13]), R.choice([0, 30])),
        ssn=ssn(bad=(i % 8 == 7)),
        opdate=datetime(2024, R.randint(1, 4), R.randint(1, 28)), eff=datetime(R.choice([2023, 2024]), R.randint(1, 6), 1),
    ))

ORG_ADDR = "2400 Harbor View Dr Ste 310, Milwaukee WI 53202"
ORG_PHONE = "414-269-0700"


def pat():
    return R.choice(PATIENTS)


def fullname(p):
    return f"{p['first']} {p['last']}"


def hl7name(p):
    return "^".join([ascii_fold(p["last"]).upper(), ascii_fold(p["first"]).upper(), p["mi"]]).rstrip("^")


def utc(t):
    return t + timedelta(hours=5)


def iso_z(t, ms=True):
    u = utc(t)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + (".%03dZ" % R.randint(0, 999) if ms else "Z")


def epoch(t):
    return int((utc(t) - datetime(1970, 1, 1)).total_seconds())


def rand_past(days_lo, days_hi, t):
    d = t - timedelta(days=R.randint(days_lo, days_hi), hours=R.randint(0, 10), minutes=R.randint(0, 59))
    return d


PINO_HOST = "seminar-web-7d9f8c6b5-x2kqz"
SEM_SESS = [("SESS-4471", "2024-06-18T18:00:00-05:00", "Harbor View Auditorium"),
            ("SESS-4472", "2024-06-22T10:00:00-05:00", "Online (Zoom)"),
            ("SESS-4475", "2024-07-09T18:00:00-05:00", "Waukesha Clinic Rm 2")]


# ---------------------------------------------------------------- systems
def ev_seminar(t):
    ms = epoch(t) * 1000 + R.randint(0, 999)
    base = {"level": 30, "time": ms, "pid": 19, "hostname": PINO_HOST}
    r = R.random()
    if r < 0.35:
        p = pat()
        sess = R.choice(SEM_SESS)
        reg = {"id": P(p["semreg"], "other_id"), "sessionId": sess[0],
               "firstName": P(p["first"], "name"), "lastName": P(p["last"], "name"),
               "email": P(p["email"], "email"),
               "phone": P(fmt_phone(p["phone"], R.choice(["dash", "paren", "raw"])), "phone"),
               "zip": P(p["zip"], "zip")}
        if R.random() < 0.5:
            reg["dob"] = P(p["dob"].strftime("%m/%d/%Y"), "date")
        if R.random() < 0.15:
            reg["fax"] = P(fmt_phone(mk_phone(), "dash"), "fax")
        reg["insurance"] = p["payer"][0]
        reg["heardFrom"] = R.choice(["facebook", "pcp_referral", "friend", "google", "radio_wtmj"])
        reg["surgeryInterest"] = R.choice(["sleeve", "bypass", "undecided", "medical_only"])
        rec = dict(base, reqId="req-" + alnum(4, "0123456789abcdefghijklmnopqrstuvwxyz"), msg="registration created", reg=reg)
        emit("seminar_pino", J(rec))
    elif r < 0.55:
        p = pat()
        sess = R.choice(SEM_SESS)
        rec = dict(base, msg="confirmation queued", template="seminar_confirm_v3",
                   to=P(p["email"], "email"),
                   vars={"first": P(p["first"], "name"), "startsAt": P(sess[1], "date"), "venue": sess[2],
                         "link": P("https://portal.lakeshorebariatric.org/s/ml?rid=%s&t=%s" % (p["semreg"], hexs(24)), "url")})
        emit("seminar_pino", J(rec))
    elif r < 0.7:
        sess = R.choice(SEM_SESS)
        rec = dict(base, msg="session capacity", sessionId=sess[0], startsAt=sess[1], seats=60,
                   registered=R.randint(12, 58), waitlist=R.randint(0, 4))
        emit("seminar_pino", J(rec))
    elif r < 0.85:
        rec = dict(base, level=20, msg="request completed", req={"method": "GET", "url": "/healthz"},
                   res={"statusCode": 200}, responseTime=R.randint(1, 9))
        emit("seminar_pino", J(rec))
    else:
        rec = dict(base, level=40, msg="smtp pool saturated, backing off", pool="sendgrid",
                   inflight=R.randint(8, 10), retryMs=R.choice([500, 1000, 2000]), version="3.14.2+build.881")
        emit("seminar_pino", J(rec))


UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.165 Mobile Safari/537.36",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36 Edg/125.0.2535.92",
      "LakeshoreApp/4.8.1 (iOS 17.5; iPhone14,5) Alamofire/5.9.1"]


def ev_nginx(t):
    ts = t.strftime("[%d/Jun/%Y:%H:%M:%S -0500]")
    r = R.random()
    if r < 0.45:
        p = pat()
        path = R.choice(["/api/v2/patients/{}/weights?limit=30", "/api/v2/patients/{}/appointments",
                         "/api/v2/patients/{}/messages/unread", "/api/v2/patients/{}/photos",
                         "/api/v2/patients/{}/diet-log?week=24"])
        meth = "POST" if path.endswith("photos") and R.random() < 0.6 else "GET"
        pre, post = path.split("{}")
        emit("nginx_access", P(p["ip"], "ip"), " - - ", ts, ' "', meth, " ", pre, P(p["mrn"], "mrn"), post,
             ' HTTP/2.0" ', str(R.choice([200, 200, 200, 201, 304, 401])), " ", str(R.randint(180, 48000)),
             ' "https://portal.lakeshorebariatric.org/" "', R.choice(UA), '" rt=%.3f uct=0.000 upstream=10.20.6.%d:8080' % (R.uniform(0.005, 0.9), R.randint(11, 14)))
    elif r < 0.55:
        p = pat()
        emit("nginx_access", P(p["ip"], "ip"), " - - ", ts, ' "POST /seminars/register HTTP/1.1" 302 0 "https://lakeshorebariatric.org/seminars" "',
             R.choice(UA), '" rt=%.3f' % R.uniform(0.05, 0.4))
    else:
        src, req, ua = R.choice([
            ("66.249.66.%d" % R.randint(1, 200), "GET /seminars HTTP/1.1", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"),
            ("10.20.0.%d" % R.randint(2, 6), "GET /nginx_status HTTP/1.1", "ELB-HealthChecker/2.0"),
            ("216.144.250.150", "HEAD / HTTP/1.1", "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)"),
            ("10.20.0.%d" % R.randint(2, 6), "GET /static/js/main.8f3c2a1d.js HTTP/2.0", "Amazon CloudFront"),
            ("40.77.167.%d" % R.randint(1, 200), "GET /medical-weight-loss/glp1 HTTP/1.1", "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)")])
        emit("nginx_access", src, " - - ", ts, ' "', req, '" 200 ', str(R.randint(0, 90000)), ' "-" "', ua, '" rt=0.%03d' % R.randint(1, 80))


ISA_CTL = [4520]


def ev_x12(t):
    p = R.choice([q for q in PATIENTS if q["payer"][1] != "SELF"])
    ISA_CTL[0] += 1
    c = ISA_CTL[0]
    d6, d8, hm = t.strftime("%y%m%d"), t.strftime("%Y%m%d"), t.strftime("%H%M")
    ref = "PA%s%05d" % (d8[2:], R.randint(0, 99999))
    resp = R.random() < 0.5
    snd, rcv = ("LBMI0042       ", "AVAILITY       ") if not resp else ("AVAILITY       ", "LBMI0042       ")
    seg = []
    seg.append(["ISA*00*          *00*          *ZZ*%s*ZZ*%s*%s*%s*^*00501*%09d*0*P*:~" % (snd, rcv, d6, hm, c)])
    seg.append(["GS*HI*%s*%s*%s*%s*%d*X*005010X217~" % (snd.strip(), rcv.strip(), d8, hm, c)])
    seg.append(["ST*278*0001*005010X217~"])
    seg.append(["BHT*0007*%s*%s*%s*%s~" % ("11" if resp else "13", ref, d8, hm)])
    seg.append(["HL*1**20*1~"])
    seg.append(["NM1*X3*2*%s*****PI*%s~" % (p["payer"][0].upper(), p["payer"][2])])
    if resp:
        seg.append(["PER*IC*UTILIZATION MGMT*TE*8005557321~"])
    seg.append(["HL*2*1*21*1~"])
    sf, sl, sc, snpi = p["surg"]
    seg.append(["NM1*1P*1*%s*%s****XX*%s~" % (ascii_fold(sl).upper(), sf.upper(), snpi)])
    seg.append(["HL*3*2*22*1~"])
    seg.append(["NM1*IL*1*", P(ascii_fold(p["last"]).upper(), "name"), "*", P(ascii_fold(p["first"]).upper(), "name"),
                "****MI*", P(p["member"], "health_plan"), "~"])
    seg.append(["DMG*D8*", P(p["dob"].strftime("%Y%m%d"), "date"), "*", p["sex"], "~"])
    seg.append(["HL*4*3*EV*0~"])
    seg.append(["TRN*%s*%s*9LBMI00042~" % ("2" if resp else "1", ref)])
    seg.append(["UM*SC*I*2*22:B~"])
    if resp:
        status = R.choice(["A1", "A1", "A4", "A3"])
        if status == "A1":
            seg.append(["HCR*A1*", P(p["auth"], "other_id"), "~"])
            seg.append(["DTP*472*RD8*", P(p["surgdate"].strftime("%Y%m%d"), "date"), "-",
                        P((p["surgdate"] + timedelta(days=90)).strftime("%Y%m%d"), "date"), "~"])
        elif status == "A4":
            seg.append(["HCR*A4**0U~"])
            seg.append(["MSG*PENDED - SUBMIT 6 CONSECUTIVE MONTHS SUPERVISED DIET DOCUMENTATION AND PSYCH CLEARANCE~"])
        else:
            seg.append(["HCR*A3**CO~"])
            seg.append(["MSG*DENIED - BMI 38.2 WITHOUT QUALIFYING COMORBIDITY PER POLICY CG-SURG-83~"])
    else:
        seg.append(["DTP*472*D8*", P(p["surgdate"].strftime("%Y%m%d"), "date"), "~"])
        seg.append(["HI*ABK:E6601*ABF:G4733*ABF:I10*ABF:E119~"])
        seg.append(["PWK*OZ*EL***AC*DD%s~" % alnum(8, DIG)])
        seg.append(["SV1*HC:%s*0*UN*1~" % R.choice(["43775", "43644", "43645"])])
    n = len(seg) - 2 + 1
    seg.append(["SE*%d*0001~" % n])
    seg.append(["GE*1*%d~" % c])
    seg.append(["IEA*1*%09d~" % c])
    for s in seg:
        emit("x12_278", s)


def ev_docgen(t):
    ts = t.strftime("[%Y-%m-%d %H:%M:%S]")
    r = R.random()
    p = pat()
    dn = R.choice(STAFF["diet"])
    if r < 0.35:
        start = p["surgdate"] - timedelta(days=R.randint(200, 230))
        visits = []
        for k in range(6):
            d = start + timedelta(days=28 * k + R.randint(-3, 3))
            visits.append(P(d.strftime("%m/%d/%Y"), "date"))
        vs = []
        for i, v in enumerate(visits):
            if i:
                vs.append(", ")
            vs.append(v)
        w0 = p["wt"] * 2.2046 + R.uniform(8, 25)
        emit("docgen_diet", ts, " DOCGEN INFO supervised-diet summary built for ", P(hl7name(p).replace("^", ", ", 1).replace("^", " "), "name"),
             " (MRN ", P(p["mrn"], "mrn"), ", DOB ", P(p["dob"].strftime("%m/%d/%Y"), "date"), ") payer=", p["payer"][1],
             " months=6/6 visits: ", vs, " wt_start=%.1f wt_last=%.1f lb dietitian=\"%s %s, %s\" -> queued for PA packet" % (w0, p["wt"] * 2.2046, dn[0], dn[1], dn[2]))
    elif r < 0.6:
        vn = R.randint(1, 6)
        rel, relname = R.choice([("husband", R.choice(["Wade", "Darnell", "Luis", "Pete"])), ("wife", R.choice(["Maribel", "Tasha", "Kim"])),
                                 ("daughter", R.choice(["Aubrey", "Yer", "Camila"])), ("sister", R.choice(["Shontae", "Ilse"]))])
        ga = R.randint(90, 97)
        emit("docgen_diet", ts, " NOTE dietitian=%s.%s pt=\"" % (dn[0][0], dn[1]), P(fullname(p), "name"), "\" mrn=", P(p["mrn"], "mrn"),
             " visit=%d/6 text=\"Pt reports walking 20 min most days with %s " % (vn, rel), P(relname, "name"),
             R.choice([[". Still caregiver for grandmother (age ", P(str(ga), "age"), ") so meal timing irregular."],
                       [". Night shifts at work, skipping breakfast."], [". Great-aunt (", P(str(ga), "age"), ") moved in, cooking for household of 5."],
                       [". Logging in app daily, no grazing after 8pm."]]), " Protein goal 80 g/d met 4 of 7 days. Wt %.1f lb, BMI %.1f. Next visit " % (p["wt"] * 2.2046, p["wt"] / (p["ht"] / 100) ** 2),
             P((t + timedelta(days=28)).strftime("%m/%d"), "date"), ".\"")
    elif r < 0.8:
        emit("docgen_diet", ts, " DOCGEN WARN gap detected mrn=", P(p["mrn"], "mrn"), " missing month 4 (last visit ",
             P(rand_past(60, 95, t).strftime("%Y-%m-%d"), "date"), ") payer ", p["payer"][1], " requires consecutive months")
    else:
        emit("docgen_diet", ts, " DOCGEN INFO template cache warm: %d templates, pdf engine wkhtmltopdf 0.12.6, took %dms" % (R.randint(14, 22), R.randint(80, 900)))


def ev_psych(t):
    ts = iso_z(t)
    r = R.random()
    ps = R.choice(STAFF["psych"])
    if r < 0.3:
        p = pat()
        appt = (t + timedelta(days=R.randint(3, 30))).replace(hour=R.choice([8, 9, 10, 13, 14]), minute=0, second=0)
        emit("psych_logfmt", "ts=", ts, " level=info svc=psych-eval msg=\"evaluation scheduled\" mrn=", P(p["mrn"], "mrn"),
             " appt_at=", P(appt.strftime("%Y-%m-%dT%H:%M:%S-05:00"), "date"),
             " clinician=\"%s %s, %s\" room=\"Ste 310 Rm B\" instruments=MMPI-2-RF,BES,PHQ-9,AUDIT-C" % ps[:3])
    elif r < 0.5:
        p = pat()
        emit("psych_logfmt", "ts=", ts, " level=info svc=psych-eval msg=\"clearance recorded\" mrn=", P(p["mrn"], "mrn"),
             " patient=\"", P(fullname(p), "name"), "\" result=%s bes=%d phq9=%d clinician=\"%s %s\" eval_date=" % (
                 R.choice(["cleared", "cleared_with_recommendations", "deferred_6mo"]), R.randint(4, 24), R.randint(0, 14), ps[0], ps[1]),
             P(rand_past(1, 14, t).strftime("%Y-%m-%d"), "date"))
    elif r < 0.6:
        p = pat()
        emit("psych_logfmt", "ts=", ts, " level=warn svc=psych-eval msg=\"no-show\" mrn=", P(p["mrn"], "mrn"),
             " appt_at=", P(t.replace(minute=0, second=0).strftime("%Y-%m-%dT%H:%M:%S-05:00"), "date"),
             " callback=", P(fmt_phone(p["phone"], "e164"), "phone"), " attempts=1")
    elif r < 0.8:
        emit("psych_logfmt", "ts=", ts, " level=info svc=psych-eval msg=\"qglobal sync ok\" pulled=%d duration=%dms norms=\"MMPI-2-RF v2.0.1\" trace_id=%s" % (R.randint(0, 6), R.randint(200, 3000), hexs(32)))
    else:
        emit("psych_logfmt", "ts=", ts, " level=debug svc=psych-eval msg=\"queue depth\" queue=report-render depth=%d worker=psych-eval-%d span_id=%s" % (R.randint(0, 9), R.randint(0, 2), hexs(16)))


def ev_scale(t):
    ts = iso_z(t)
    r = R.random()
    sep = (", ", ": ")
    if r < 0.4:
        p = pat()
        mt = t - timedelta(minutes=R.randint(1, 90), seconds=R.randint(0, 59))
        rec = {"event": "measure group stored", "level": "info", "timestamp": ts, "logger": "ingest.withings",
               "withings_userid": P(p["wuid"], "other_id"), "mrn": P(p["mrn"], "mrn"),
               "device": {"model": "Body+", "mac": P(p["mac"], "device"), "fw": "1451"},
               "measures": {"weight_kg": round(p["wt"] + R.uniform(-1, 1), 2), "fat_ratio": round(R.uniform(34, 52), 1),
                            "muscle_mass_kg": round(p["wt"] * R.uniform(0.45, 0.55), 1)},
               "date": P(epoch(mt), "date"), "grpid": R.randint(5000000000, 5999999999)}
        emit("scale_structlog", J(rec, ea=True, sep=sep))
    elif r < 0.6:
        p = pat()
        mt = t - timedelta(minutes=R.randint(1, 30))
        rec = {"event": "bodytrace reading", "level": "info", "timestamp": ts, "logger": "ingest.bodytrace",
               "imei": P(p["imei"], "device"), "values": {"weight": int(p["wt"] * 1000), "unit": 1},
               "measured_at": P(iso_z(mt, ms=False), "date"), "rssi": R.randint(-95, -60), "battery": R.randint(20, 100),
               "patient": S(["mrn:", P(p["mrn"], "mrn"), " / ", P(fullname(p), "name")])}
        emit("scale_structlog", J(rec, ea=True, sep=sep))
    elif r < 0.7:
        p = pat()
        rec = {"event": "unmatched device, reading parked", "level": "warning", "timestamp": ts, "logger": "ingest.withings",
               "mac": P(p["mac"], "device"), "reason": "no active device binding", "parked_id": uuid4()}
        emit("scale_structlog", J(rec, ea=True, sep=sep))
    elif r < 0.85:
        rec = {"event": "notify subscription renewed", "level": "info", "timestamp": ts, "logger": "ingest.withings",
               "callbackurl": "https://api.lakeshorebariatric.org/hooks/withings", "appli": 1, "subs": R.randint(300, 420)}
        emit("scale_structlog", J(rec, ea=True, sep=sep))
    else:
        rec = {"event": "oauth refresh batch", "level": "info", "timestamp": ts, "logger": "ingest.withings",
               "refreshed": R.randint(10, 60), "failed": R.randint(0, 2), "elapsed_ms": R.randint(300, 5000), "version": "ingest 2.7.3"}
        emit("scale_structlog", J(rec, ea=True, sep=sep))


INBODY_N = [40]


def ev_inbody(t):
    if R.random() < 0.15:
        emit("inbody_csv", '"No.","ID","Name","Height","Gender","Age","Test Date / Time","Weight","SMM","Body Fat Mass","PBF","VFL","BMR","Equipment"')
        return
    p = pat()
    INBODY_N[0] += 1
    tt = t - timedelta(minutes=R.randint(0, 20))
    name = fullname(p) if R.random() < 0.8 else ""
    w = round(p["wt"], 1)
    row = [str(INBODY_N[0]), ',"', P(p["mrn"], "mrn"), '","']
    row += ([P(name, "name")] if name else [])
    row += ['",%.1f,%s,%d,"' % (p["ht"], p["sex"], p["age"]), P(tt.strftime("%Y.%m.%d %H:%M:%S"), "date"),
            '",%.1f,%.1f,%.1f,%.1f,%d,%d,"InBody570 (S/N B70512381)"' % (w, w * 0.29, w * 0.45, 45.0 + R.uniform(-8, 8), R.randint(12, 20), R.randint(1500, 2300))]
    emit("inbody_csv", row)


PHARM = [("Walgreens #05921", "5592171", "1535 N Farwell Ave, Milwaukee WI 53202", "414-273-1380"),
         ("CVS Pharmacy #08814", "5016614", "7600 W Greenfield Ave, West Allis WI 53214", "414-453-0172"),
         ("Froedtert Specialty Pharmacy", "5038812", "9200 W Wisconsin Ave, Milwaukee WI 53226", "414-805-3333"),
         ("Walmart Pharmacy 10-2781", "5107730", "5825 S 27th St, Milwaukee WI 53221", "414-281-0480")]
GLP1 = [("Wegovy 0.25 mg/0.5 mL auto-injector", "00169452514"), ("Wegovy 0.5 mg/0.5 mL auto-injector", "00169450514"),
        ("Wegovy 1 mg/0.5 mL auto-injector", "00169451714"), ("Zepbound 2.5 mg/0.5 mL pen", "00002245080"),
        ("Zepbound 5 mg/0.5 mL pen", "00002249580"), ("Saxenda 18 mg/3 mL pen", "00169280015")]


def ev_ncpdp(t):
    ph = R.choice(PHARM)
    mid = hexs(32)
    ts = iso_z(t)
    r = R.random()
    if r < 0.4:
        p = pat()
        drug = R.choice(GLP1)
        pr = R.choice(STAFF["np"] + STAFF["surg"])
        emit("ncpdp_xml", '<Message xmlns="http://www.ncpdp.org/schema/SCRIPT" DatatypesVersion="2017071" TransportVersion="2017071" TransactionDomain="SCRIPT" TransactionVersion="2017071" StructuresVersion="2017071" ECLVersion="2017071">',
             "<Header><To Qualifier=\"P\">%s</To><From Qualifier=\"C\">LBMI-EPCS-01</From><MessageID>%s</MessageID><SentTime>%s</SentTime>" % (ph[1], mid, ts),
             "<PrescriberOrderNumber>", P("LB%s" % alnum(8, DIG), "other_id"), "</PrescriberOrderNumber></Header><Body><NewRx><Patient><HumanPatient>",
             "<Name><LastName>", P(p["last"], "name"), "</LastName><FirstName>", P(p["first"], "name"), "</FirstName></Name>",
             "<Gender>%s</Gender><DateOfBirth><Date>" % p["sex"], P(p["dob"].strftime("%Y-%m-%d"), "date"), "</Date></DateOfBirth>",
             "<Address><AddressLine1>", P(p["street"], "address"), "</AddressLine1><City>", P(p["city"], "address"),
             "</City><StateProvince>%s</StateProvince><PostalCode>" % ("IL" if p["zip"].startswith("6") else "WI"), P(p["zip"], "zip"),
             "</PostalCode></Address><CommunicationNumbers><PrimaryTelephone><Number>", P(fmt_phone(p["phone"], "raw"), "phone"),
             "</Number></PrimaryTelephone></CommunicationNumbers></HumanPatient></Patient>",
             "<Prescriber><NonVeterinarian><Identification><NPI>%s</NPI></Identification><Name><LastName>%s</LastName><FirstName>%s</FirstName></Name></NonVeterinarian></Prescriber>" % (pr[3], pr[1], pr[0]),
             "<MedicationPrescribed><DrugDescription>%s</DrugDescription><DrugCoded><ProductCode><Code>%s</Code><Qualifier>ND</Qualifier></ProductCode></DrugCoded>" % drug,
             "<Quantity><Value>2</Value><CodeListQualifier>38</CodeListQualifier><QuantityUnitOfMeasure><Code>C28254</Code></QuantityUnitOfMeasure></Quantity><DaysSupply>28</DaysSupply>",
             "<Sig><SigText>Inject subcutaneously once weekly</SigText></Sig><NumberOfRefills>1</NumberOfRefills><Diagnosis><Primary><Code>E66.01</Code></Primary></Diagnosis></MedicationPrescribed></NewRx></Body></Message>")
    elif r < 0.6:
        p = pat()
        drug = R.choice(GLP1)
        emit("ncpdp_xml", '<Message><Header><To Qualifier="C">LBMI-EPCS-01</To><From Qualifier="P">%s</From><MessageID>%s</MessageID><RelatesToMessageID>%s</RelatesToMessageID><SentTime>%s</SentTime></Header>' % (ph[1], mid, hexs(32), ts),
             "<Body><RxFill><FillStatus><Dispensed/></FillStatus><Patient><HumanPatient><Name><LastName>", P(p["last"], "name"),
             "</LastName><FirstName>", P(p["first"], "name"), "</FirstName></Name><DateOfBirth><Date>", P(p["dob"].strftime("%Y-%m-%d"), "date"),
             "</Date></DateOfBirth></HumanPatient></Patient><Pharmacy><StoreName>%s</StoreName></Pharmacy>" % ph[0],
             "<MedicationDispensed><DrugDescription>%s</DrugDescription><PharmacyRequestedRefills>0</PharmacyRequestedRefills><LastFillDate><Date>" % drug[0],
             P(rand_past(0, 2, t).strftime("%Y-%m-%d"), "date"), "</Date></LastFillDate><RxNumber>", P(p["rx"], "other_id"),
             "</RxNumber><LotNumber>NP%s</LotNumber></MedicationDispensed></RxFill></Body></Message>" % alnum(5, DIG + "ABCDEF"))
    elif r < 0.85:
        emit("ncpdp_xml", '<Message><Header><To Qualifier="C">LBMI-EPCS-01</To><From Qualifier="P">%s</From><MessageID>%s</MessageID><RelatesToMessageID>%s</RelatesToMessageID><SentTime>%s</SentTime></Header><Body><Status><Code>010</Code></Status></Body></Message>' % (ph[1], mid, hexs(32), ts))
    else:
        emit("ncpdp_xml", '<Message><Header><To Qualifier="C">LBMI-EPCS-01</To><From Qualifier="P">%s</From><MessageID>%s</MessageID><SentTime>%s</SentTime></Header><Body><Error><Code>900</Code><DescriptionCode>1000</DescriptionCode><Description>Drug not stocked - Wegovy 1 mg backorder, est. 06/21</Description></Error></Body></Message>' % (ph[1], mid, ts))


def ev_sms(t):
    ts = iso_z(t)
    sid = "SM" + hexs(32)
    r = R.random()
    if r < 0.3:
        p = pat()
        ph = R.choice(PHARM)
        drug = R.choice(GLP1)[0].split(" auto")[0].split(" pen")[0]
        if p["first"] in ("Guadalupe", "María José", "Tomás"):
            body = ["Hola ", P(p["first"], "name"), ", su receta de %s (Rx #" % drug, P(p["rx"], "other_id"),
                    ") est\u00e1 lista en %s, %s. Responda STOP para cancelar." % (ph[0], ph[2])]
        else:
            body = ["Hi ", P(p["first"], "name"), ", your %s Rx #" % drug, P(p["rx"], "other_id"),
                    " is ready for pickup at %s (%s). Questions: %s. Reply STOP to opt out." % (ph[0], ph[2], ph[3])]
        emit("sms_gateway", ts, " INFO msg-router outbound sid=", sid, " to=", P(fmt_phone(p["phone"], "e164"), "phone"),
             " from=+14142690700 segments=2 status=queued body=\"", body, "\"")
    elif r < 0.45:
        p = pat()
        txt = R.choice(["Can I go up to the next dose yet? nausea is a lot better", "pharmacy says PA needed?? who do I call",
                        "running 10 min late for my weigh in", "gracias, la recogo ma\u00f1ana", "my scale stopped syncing again"])
        emit("sms_gateway", ts, " INFO msg-router inbound sid=", sid, " from=", P(fmt_phone(p["phone"], "e164"), "phone"),
             " to=+14142690700 body=\"", txt, "\" routed=glp1-nurse-queue")
    elif r < 0.6:
        p = pat()
        link = "https://lakeshorebariatric.zoom.us/w/86021177450?tk=%s.%s" % (alnum(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"), p["zreg"][:10])
        emit("sms_gateway", ts, " INFO msg-router outbound sid=", sid, " to=", P(fmt_phone(p["phone"], "e164"), "phone"),
             " from=+14142690700 segments=1 status=queued body=\"Support group tonight 6pm. Your link: ", P(link, "url"), "\"")
    else:
        emit("sms_gateway", ts, " INFO msg-router status-callback sid=", sid, " status=%s error_code=%s price=-0.00790 latency_ms=%d" % (
            R.choice(["delivered", "delivered", "sent", "undelivered"]), R.choice(["0", "0", "30003"]), R.randint(300, 4000)))


ZOOM_MEET = [("84712233901", "Post-Op Support Group \u2013 Early Bird", (6, 30)), ("85590017342", "GLP-1 Medical Weight Loss Circle", (8, 30)),
             ("83120466518", "Grupo de Apoyo Bari\u00e1trico (Espa\u00f1ol)", (10, 0))]


def ev_zoom(t):
    live = [m for m in ZOOM_MEET if timedelta(minutes=-10) <= t - t.replace(hour=m[2][0], minute=m[2][1], second=0) <= timedelta(minutes=90)]
    mtg = R.choice(live or ZOOM_MEET)
    st = t.replace(hour=mtg[2][0], minute=mtg[2][1], second=0)
    acct = "pQ3xV8mTRaeZk1Hn7bWc4A"
    r = R.random()
    ets = epoch(t) * 1000 + R.randint(0, 999)
    obj = {"uuid": "a" + alnum(21, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") + "==",
           "id": mtg[0], "host_id": "Kd8s2LmQTwGx0pZr4vYhNg", "topic": mtg[1], "type": 8,
           "start_time": iso_z(st, ms=False), "timezone": "America/Chicago", "duration": 90}
    if not live:
        r = 0.99 if r < 0.55 else r
    if r < 0.45:
        p = pat()
        uname = R.choice([fullname(p), "%s %s." % (p["first"], p["last"][0]), p["first"]])
        ev = R.choice(["meeting.participant_joined", "meeting.participant_left"])
        part = {"user_id": str(R.randint(16778240, 16800000)), "user_name": P(uname, "name"), "id": "",
                "participant_uuid": uuid4().upper()}
        if ev.endswith("joined"):
            part["join_time"] = P(iso_z(t, ms=False), "date")
        else:
            part["leave_time"] = P(iso_z(t, ms=False), "date")
            part["leave_reason"] = "left the meeting"
        part["email"] = P(p["email"], "email")
        part["registrant_id"] = P(p["zreg"], "other_id")
        part["public_ip"] = P(p["ip"], "ip")
        obj["participant"] = part
        emit("zoom_webhook", J({"event": ev, "event_ts": ets, "payload": {"account_id": acct, "object": obj}}))
    elif r < 0.55:
        obj["participant"] = {"user_id": "16778241", "user_name": "%s %s, %s" % STAFF["rn"][0][:3], "id": "Kd8s2LmQTwGx0pZr4vYhNg",
                              "join_time": iso_z(t, ms=False), "email": "becca.lindqvist@lakeshorebariatric.org"}
        emit("zoom_webhook", J({"event": "meeting.participant_joined", "event_ts": ets, "payload": {"account_id": acct, "object": obj}}))
    else:
        ev = R.choice(["meeting.started", "meeting.ended", "recording.completed", "endpoint.url_validation"])
        if ev == "endpoint.url_validation":
            emit("zoom_webhook", J({"event": ev, "event_ts": ets, "payload": {"plainToken": alnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")}}))
        else:
            emit("zoom_webhook", J({"event": ev, "event_ts": ets, "payload": {"account_id": acct, "object": obj}}))


HL7_N = [812]


def ev_hl7(t):
    p = pat()
    HL7_N[0] += 1
    sf, sl, sc, snpi = p["surg"]
    st = p["surgdate"]
    en = st + timedelta(minutes=120)
    proc = R.choice([("43775", "LAP SLEEVE GASTRECTOMY"), ("43644", "LAP ROUX-EN-Y GASTRIC BYPASS"), ("43770", "LAP ADJ GASTRIC BAND REVISION")])
    state = "IL" if p["zip"].startswith("6") else "WI"
    segs = []
    segs.append(["MSH|^~\\&|OPTIME|LBMI|SURGSCHED|LBMI|%s||SIU^S12|MSG%07d|P|2.5.1" % (t.strftime("%Y%m%d%H%M%S"), HL7_N[0])])
    segs.append(["SCH|", P(p["orcase"], "other_id"), "^OPTIME||||||ROUTINE^Routine|SURGERY|120^MIN|^^120^", P(st.strftime("%Y%m%d%H%M%S"), "date"),
                 "^", P(en.strftime("%Y%m%d%H%M%S"), "date"), "|||||%s^%s^%s^^^^%s||||%s^%s^%s|||||Booked" % (snpi, ascii_fold(sl).upper(), sf.upper(), sc, "SCHED01", "PORTER", "ALICIA")])
    pid = ["PID|1||", P(p["mrn"], "mrn"), "^^^LBMI^MR"]
    if p["member"]:
        pid += ["~", P(p["member"], "health_plan"), "^^^%s^MB" % p["payer"][1]]
    pid += ["||", P(hl7name(p), "name"), "||", P(p["dob"].strftime("%Y%m%d"), "date"), "|%s|||" % p["sex"],
            P(p["street"], "address"), "^^", P(p["city"], "address"), "^%s^" % state, P(p["zip"], "zip"), "^USA||",
            P(fmt_phone(p["phone"], "hl7"), "phone"), "^PRN^PH~^NET^Internet^", P(p["email"], "email"), "||ENG|",
            R.choice(["M", "S", "D", "W"]), "||", P(p["acct"], "account"), "|"]
    if R.random() < 0.4:
        pid += [P(p["ssn"].replace("-", ""), "ssn")]
    segs.append(pid)
    segs.append(["NK1|1|", P(p["ec_name"].split(" ", 1)[1].upper() + "^" + p["ec_name"].split(" ")[0].upper(), "name"),
                 "|%s^%s^HL70063||" % (p["ec_rel"][:3].upper(), p["ec_rel"]), P(fmt_phone(p["ec_phone"], "hl7"), "phone"), "||EC^Emergency Contact"])
    segs.append(["PV1|1|O|LBMI-OR^^^LBMI||||%s^%s^%s^^^^%s|||GEN||||||||SURG" % (snpi, ascii_fold(sl).upper(), sf.upper(), sc)])
    segs.append(["RGS|1|A"])
    segs.append(["AIS|1|A|%s^%s^CPT|" % proc, P(st.strftime("%Y%m%d%H%M%S"), "date"), "|0|MIN|120|MIN"])
    segs.append(["AIL|1|A|OR%d^^^LBMI-MAIN" % R.randint(1, 6)])
    segs.append(["AIP|1|A|%s^%s^%s^^^^%s|SURGEON" % (snpi, ascii_fold(sl).upper(), sf.upper(), sc)])
    an = R.choice(["Kwabena^Asante", "Ingrid^Solberg"])
    segs.append(["AIP|2|A|%s^%s^%s^^^^MD|ANESTHESIOLOGIST" % (npi(), an.split("^")[1].upper(), an.split("^")[0].upper())])
    for s in segs:
        emit("hl7_siu", s)


def ev_registry(t):
    r = R.random()
    ts = t.strftime("%Y-%m-%d %H:%M:%S")
    if r < 0.15:
        emit("registry_pipe", "REC|FAC_ID|CASE_NO|MRN|PT_DOB|SEX|OP_DATE|CPT|APPROACH|PREOP_BMI|LOS|DISCH_DATE|READMIT30|REOP30|LEAK|VTE")
    elif r < 0.7:
        p = pat()
        op = p["opdate"]
        dc = op + timedelta(days=R.randint(1, 3))
        emit("registry_pipe", "D|MBS0421|", P(p["case"], "other_id"), "|", P(p["mrn"], "mrn"), "|", P(p["dob"].strftime("%Y-%m-%d"), "date"),
             "|%s|" % p["sex"], P(op.strftime("%Y-%m-%d"), "date"), "|%s|LAP|%.1f|%d|" % (R.choice(["43775", "43644"]), R.uniform(38, 62), (dc - op).days),
             P(dc.strftime("%Y-%m-%d"), "date"), "|%s|N|N|N" % R.choice("NNNY"))
    elif r < 0.85:
        p = pat()
        emit("registry_pipe", ts, " registry-sync WARN batch=RS-20240611-%02d case " % R.randint(1, 4), P(p["case"], "other_id"),
             " rejected: PREOP_BMI missing (field 10)" if R.random() < 0.5 else " rejected: OP_DATE after DISCH_DATE")
    else:
        emit("registry_pipe", ts, " registry-sync INFO batch=RS-20240611-%02d submitted cases=%d accepted=%d sha256=%s" % (
            R.randint(1, 4), R.randint(20, 45), R.randint(18, 44), hashlib.sha256(str(R.random()).encode()).hexdigest()))


def ev_fhir(t):
    r = R.random()
    if r < 0.45:
        p = pat()
        mt = t - timedelta(minutes=R.randint(5, 200))
        rec = {"resourceType": "Observation", "id": uuid4(), "meta": {"lastUpdated": iso_z(t), "versionId": "1"},
               "status": "final", "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "vital-signs"}]}],
               "code": {"coding": [{"system": "http://loinc.org", "code": "29463-7", "display": "Body weight"}]},
               "subject": {"reference": S(["Patient/", P(p["mrn"], "mrn")]), "display": P(fullname(p), "name")},
               "effectiveDateTime": P(mt.strftime("%Y-%m-%dT%H:%M:%S-05:00"), "date"),
               "valueQuantity": {"value": round(p["wt"], 1), "unit": "kg", "system": "http://unitsofmeasure.org", "code": "kg"},
               "device": {"identifier": {"system": "urn:ietf:rfc:7042", "value": P(p["mac"], "device")}}}
        emit("fhir_json", J(rec))
    elif r < 0.65:
        p = pat()
        state = "IL" if p["zip"].startswith("6") else "WI"
        rec = {"resourceType": "Patient", "id": uuid4(),
               "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": P(p["mrn"], "mrn")}],
               "name": [{"family": P(p["last"], "name"), "given": [P(p["first"], "name")]}],
               "gender": "female" if p["sex"] == "F" else "male", "birthDate": P(p["dob"].strftime("%Y-%m-%d"), "date"),
               "address": [{"line": [P(p["street"], "address")], "city": P(p["city"], "address"), "state": state, "postalCode": P(p["zip"], "zip")}],
               "telecom": [{"system": "phone", "value": P(fmt_phone(p["phone"], "dash"), "phone")}]}
        emit("fhir_json", J(rec))
    else:
        rec = {"resourceType": "OperationOutcome", "issue": [{"severity": R.choice(["error", "warning"]), "code": "processing",
               "diagnostics": R.choice(["HAPI-0389: Failed to call access method: ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException",
                                        "Profile http://hl7.org/fhir/us/core/StructureDefinition/us-core-body-weight: Observation.device is not allowed",
                                        "Bundle.entry[3].request.url: HTTP 429 from registry gateway, retry after 30s"])}]}
        emit("fhir_json", J(rec))


HOSTS = ["mke-app03", "mke-app04", "mke-mail01", "mke-db02", "mke-int01"]


def ev_syslog(t):
    ts = t.strftime("%b %d %H:%M:%S")
    r = R.random()
    if r < 0.3:
        p = pat()
        qid = alnum(10, "0123456789ABCDEF")
        emit("syslog", ts, " mke-mail01 postfix/smtp[%d]: %s: to=<" % (R.randint(2000, 30000), qid), P(p["email"], "email"),
             ">, relay=%s, delay=%.1f, delays=0.1/0/0.4/0.7, dsn=2.0.0, status=sent (250 2.0.0 OK  %d %s)" % (
                 R.choice(["gmail-smtp-in.l.google.com[142.250.102.27]:25", "mx-aol.mail.gm0.yahoodns.net[67.195.204.72]:25",
                           "outlook-com.olc.protection.outlook.com[52.101.40.6]:25"]), R.uniform(0.5, 3), epoch(t), alnum(12)))
    else:
        host = R.choice(HOSTS)
        msg = R.choice([
            "sshd[%d]: Accepted publickey for deploy from 10.20.4.11 port %d ssh2: ED25519 SHA256:%s" % (R.randint(2000, 40000), R.randint(40000, 65000), alnum(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")),
            "CRON[%d]: (root) CMD (/usr/local/bin/logrotate-wrap.sh >/dev/null 2>&1)" % R.randint(2000, 40000),
            "systemd[1]: Started Daily apt download activities.",
            "kernel: [%d.%06d] nf_conntrack: nf_conntrack: table full, dropping packet" % (R.randint(100000, 900000), R.randint(0, 999999)),
            "sshd[%d]: Invalid user admin from 45.148.10.%d port %d" % (R.randint(2000, 40000), R.randint(2, 250), R.randint(30000, 65000)),
            "systemd[1]: logstash.service: Consumed 3min 12.441s CPU time.",
            "postfix/qmgr[1211]: %s: removed" % alnum(10, "0123456789ABCDEF"),
            "sudo:   jkarlsson : TTY=pts/0 ; PWD=/home/jkarlsson ; USER=root ; COMMAND=/usr/bin/systemctl restart pa-service"])
        emit("syslog", ts, " ", host, " ", msg)


def ev_java(t):
    ts = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % R.randint(0, 999)
    r = R.random()
    if r < 0.35:
        p = R.choice([q for q in PATIENTS if q["member"]])
        emit("java_logback", ts, " ERROR 1 --- [pa-worker-%d] c.l.pa.submit.AvailitySubmitter   : 278 rejected for member " % R.randint(1, 8),
             P(p["member"], "health_plan"), " (", P(hl7name(p).replace("^", ", ", 1).replace("^", " "), "name"), ") trace=", "PA%s%05d" % (t.strftime("%y%m%d"), R.randint(0, 99999)))
        emit("java_logback", "com.lbmi.pa.submit.PayerRejectException: AAA*N**72 Invalid/Missing Subscriber/Insured ID")
        for fr in ["com.lbmi.pa.submit.AvailitySubmitter.submit(AvailitySubmitter.java:214)",
                   "com.lbmi.pa.submit.SubmitJob.run(SubmitJob.java:88)",
                   "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)",
                   "java.base/java.lang.Thread.run(Thread.java:1583)"]:
            emit("java_logback", "\tat ", fr)
    elif r < 0.55:
        emit("java_logback", ts, " ERROR 1 --- [diet-collector-2] c.l.pa.docs.DietDocCollector      : failed to assemble packet id=%s" % uuid4())
        emit("java_logback", "java.lang.NullPointerException: Cannot invoke \"java.time.LocalDate.isAfter(java.time.chrono.ChronoLocalDate)\" because \"visit.getSignedOn()\" is null")
        for fr in ["com.lbmi.pa.docs.DietDocCollector.consecutiveMonths(DietDocCollector.java:131)",
                   "com.lbmi.pa.docs.DietDocCollector.collect(DietDocCollector.java:77)",
                   "org.springframework.scheduling.support.ScheduledMethodRunnable.run(ScheduledMethodRunnable.java:84)"]:
            emit("java_logback", "\tat ", fr)
        emit("java_logback", "\t... 6 common frames omitted")
    elif r < 0.8:
        emit("java_logback", ts, "  INFO 1 --- [main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat started on port 8443 (https) with context path '/pa' (pa-service 5.2.0-RC3, build 20240607.4)")
    else:
        emit("java_logback", ts, "  WARN 1 --- [HikariPool-1 housekeeper] com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=%ds)." % R.randint(31, 90))


def ev_pg(t):
    ts = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d CDT" % R.randint(0, 999)
    pid = R.randint(30000, 60000)
    r = R.random()
    if r < 0.25:
        p = R.choice([q for q in PATIENTS if q["member"]])
        emit("pg_audit", ts, " [%d] app_rw@lbmi_clin LOG:  AUDIT: SESSION,%d,1,WRITE,UPDATE,,,\"UPDATE pa_requests SET status='PENDED', auth_no=NULL WHERE mrn='" % (pid, R.randint(100, 9999)),
             P(p["mrn"], "mrn"), "' AND payer_member_id='", P(p["member"], "health_plan"), "'\",<not logged>")
    elif r < 0.45:
        p = pat()
        emit("pg_audit", ts, " [%d] frontdesk@lbmi_clin LOG:  AUDIT: SESSION,%d,1,READ,SELECT,,,\"SELECT mrn, first_name, phone FROM patients WHERE last_name = '" % (pid, R.randint(100, 9999)),
             P(p["last"].replace("'", "''"), "name"), "' AND dob = '", P(p["dob"].strftime("%Y-%m-%d"), "date"), "'\",<not logged>")
    elif r < 0.6:
        p = pat()
        emit("pg_audit", ts, " [%d] ingest@lbmi_clin LOG:  AUDIT: SESSION,%d,1,WRITE,INSERT,,,\"INSERT INTO weigh_ins (mrn, measured_at, weight_kg, source) VALUES ('" % (pid, R.randint(100, 9999)),
             P(p["mrn"], "mrn"), "', '", P((t - timedelta(minutes=R.randint(2, 50))).strftime("%Y-%m-%d %H:%M:%S"), "date"), "', %.2f, 'withings')\",<not logged>" % p["wt"])
    else:
        emit("pg_audit", ts, " [%d] " % pid, R.choice([
            "LOG:  checkpoint complete: wrote %d buffers (1.2%%); 0 WAL file(s) added, 0 removed, 1 recycled; write=26.9 s, sync=0.004 s, total=26.93 s" % R.randint(800, 3000),
            "app_ro@lbmi_clin LOG:  duration: %d.%03d ms  execute <unnamed>: SELECT count(*) FROM seminar_registrations WHERE session_id = $1" % (R.randint(500, 4000), R.randint(0, 999)),
            "LOG:  automatic vacuum of table \"lbmi_clin.public.weigh_ins\": index scans: 1, pages: 0 removed, 18211 remain",
            "app_rw@lbmi_clin ERROR:  duplicate key value violates unique constraint \"pa_requests_trace_key\""]))


def ev_elig(t):
    r = R.random()
    if r < 0.1:
        emit("elig_fixed", "HDR%-10s%s%-10s%06d" % ("LBMI0042", t.strftime("%Y%m%d"), "ELIGRSP", R.randint(1, 999)))
        return
    if r < 0.18:
        emit("elig_fixed", "TRL%06d%012d" % (R.randint(10, 60), R.randint(0, 10**9)))
        return
    p = R.choice([q for q in PATIENTS if q["payer"][1] in ("FWDHLTH", "CMS", "HUMANA", "QUARTZ")] or PATIENTS)
    mid = p["member"] or "0"
    la = ascii_fold(p["last"]).upper()[:20]
    fi = ascii_fold(p["first"]).upper()[:15]
    if R.random() < 0.75:
        ssn_part = [P(p["ssn"].replace("-", ""), "ssn")]
    else:
        ssn_part = ["000000000"]
    eff = p["eff"]
    emit("elig_fixed", "D", P(mid, "health_plan"), " " * (12 - len(mid)), P(la, "name"), " " * (20 - len(la)), P(fi, "name"), " " * (15 - len(fi)),
         P(p["dob"].strftime("%Y%m%d"), "date"), ssn_part, p["sex"], P(p["zip"], "zip"), "%-6s" % R.choice(["BC+STD", "SSI", "MAPD", "BC+BEN"]),
         P(eff.strftime("%Y%m%d"), "date"), "99991231", "A", "Y" if R.random() < 0.5 else "N")


CH = ["#pa-team", "#glp1-clinic", "#or-schedule", "#front-desk", "#it-help"]


def ev_chat(t):
    ts = t.strftime("%Y-%m-%d %H:%M:%S")
    st = R.choice(STAFF["rn"] + STAFF["diet"] + STAFF["np"])
    who = "%s %s" % (st[0], st[1])
    r = R.random()
    if r < 0.45:
        p = pat()
        k = R.randint(0, 3)
        if k == 0:
            msg = ["Mr. " if p["sex"] == "M" else "Ms. ", P(p["last"], "name"), "'s %s PA came back pended - needs diet note dated after " % p["payer"][1],
                   P(rand_past(20, 40, t).strftime("%-m/%-d"), "date"), ". can someone call at ", P(fmt_phone(p["phone"], "dash"), "phone"), "?"]
        elif k == 1:
            msg = ["heads up ", P(fullname(p), "name"), " (", P(p["mrn"], "mrn"), ") moved to ", P(p["surgdate"].strftime("%-m/%-d %-I:%M%p").lower(), "date"),
                   " with Dr. %s, psych clearance on file" % p["surg"][1]]
        elif k == 2:
            msg = [P(p["first"] + " " + p["last"][0] + ".", "name"), " called re Wegovy shortage, pharmacy wants to switch to Zepbound - who can send new Rx?"]
        else:
            rel = {"Spouse": "her husband" if p["sex"] == "F" else "his wife", "Partner": "partner"}.get(p["ec_rel"], p["ec_rel"].lower())
            msg = ["pt ", P(fullname(p), "name"), " says ", rel, " ", P(p["ec_name"], "name"), " will drive post-op, cell ", P(fmt_phone(p["ec_phone"], "dot"), "phone")]
        emit("teams_chat", ts, " | ", R.choice(CH[:4]), " | ", who, ": ", msg)
    else:
        msg = R.choice(["InBody in exam 2 recalibrated, ok to use", "seminar slides v7 uploaded to SharePoint",
                        "who has the Epic downtime binder?", "Availity portal slow again, 278s timing out",
                        "reminder: support group facilitator training Thu 12-1 in conf B",
                        "Novo rep dropping off Wegovy samples lot NP5K21 exp 2025-03 at 2pm",
                        "ticket INC0048213 opened for the scale webhook failures", "printer in Ste 310 is jammed again",
                        "call-out line is " + ORG_PHONE + " ext 4410 for the OR desk"])
        emit("teams_chat", ts, " | ", R.choice(CH), " | ", who, ": ", msg)


def ev_parking(t):
    ts = t.strftime("%Y-%m-%dT%H:%M:%S")
    r = R.random()
    tk = "T-%07d" % R.randint(0, 9999999)
    if r < 0.3:
        p = pat()
        emit("parking_tsv", ts, "\tHarborViewRamp\tVALIDATE\t", P(p["plate"], "vehicle"), "\tWI\t", tk, "\tSURG-DAY\tpt ", P(fullname(p), "name"), " / OR check-in")
    elif r < 0.4:
        p = pat()
        emit("parking_tsv", ts, "\tHarborViewRamp\tPERMIT_ADD\t", P(p["plate"], "vehicle"), "\tWI\t-\tADA-TEMP\tvin=", P(p["vin"], "vehicle"),
             " exp 30d post-op; holder mrn ", P(p["mrn"], "mrn"))
    elif r < 0.7:
        emit("parking_tsv", ts, "\tHarborViewRamp\t%s\t%s%04d\tWI\t%s\tSTAFF-%04d\t-" % (R.choice(["ENTRY", "EXIT"]), alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ"), R.randint(0, 9999), tk, R.randint(1000, 1999)))
    else:
        emit("parking_tsv", ts, "\tHarborViewRamp\t%s\t-\t-\t%s\tVISITOR\tgate 2 lpr no-read" % (R.choice(["ENTRY", "EXIT"]), tk))


JPEG_HDR = "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/"


def ev_kiosk(t):
    ts = t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % R.randint(0, 999)
    k = "kiosk-%02d" % R.randint(1, 3)
    r = R.random()
    if r < 0.15:
        p = pat()
        emit("kiosk_checkin", ts, " INFO  [", k, "] palmscan enroll mrn=", P(p["mrn"], "mrn"), " template_b64=", P(b64blob(R.choice([60, 72, 84])), "biometric"),
             " quality=0.%02d reader=PS-3000 sn=PV%s" % (R.randint(80, 99), alnum(8, DIG)))
    elif r < 0.3:
        p = pat()
        addr = ascii_fold(p["street"] + " " + p["city"]).upper()
        nm = (ascii_fold(p["first"]) + " " + (p["mi"] + " " if p["mi"] else "") + ascii_fold(p["last"])).upper()
        exp = datetime(R.choice([2025, 2026, 2027, 2028]), p["dob"].month, p["dob"].day)
        emit("kiosk_checkin", ts, " INFO  [", k, "] id-scan type=DL jur=WI num=", P(p["dl"], "license"), " exp=", P(exp.strftime("%Y-%m-%d"), "date"),
             " name=\"", P(nm, "name"), "\" addr=\"", P(addr, "address"), " WI ", P(p["zip"], "zip"), "\" match=", R.choice(["true", "true", "partial"]))
    elif r < 0.4:
        p = pat()
        emit("kiosk_checkin", ts, " DEBUG [", k, "] photo captured mrn=", P(p["mrn"], "mrn"), " w=240 h=320 jpeg_b64=",
             P(JPEG_HDR + b64blob(96), "photo"))
    elif r < 0.5:
        p = pat()
        pan = card(R.choice(["4", "51", "37"]), 15 if False else 16)
        if R.random() < 0.3:
            pan = pan[:-1] + str((int(pan[-1]) + 1) % 10)  # junk swipe, bad Luhn
        emit("kiosk_checkin", ts, " WARN  [", k, "] clover-sdk debug: auth req pan=", P(pan, "account"), " exp=%02d%02d amt=40.00 reason=copay customer=" % (R.randint(1, 12), R.randint(26, 29)),
             P(p["cus"], "account"), " mrn=", P(p["mrn"], "mrn"))
    elif r < 0.6:
        emit("kiosk_checkin", ts, " INFO  [", k, "] clover-sdk auth ok last4=%04d brand=%s amt=40.00 ref=%s" % (R.randint(0, 9999), R.choice(["VISA", "MC", "AMEX"]), alnum(12)))
    else:
        emit("kiosk_checkin", ts, " ", R.choice(["INFO ", "WARN "]), " [", k, "] ", R.choice([
            "heartbeat ok uptime=%dh app=CheckInKiosk 3.9.12 build 5521" % R.randint(1, 300),
            "printer ZD421 status=PAPER_LOW", "palm reader fw 4.2.1 self-test passed",
            "network: reconnected to wss://kiosk.lakeshorebariatric.org:443/ws after %dms" % R.randint(200, 5000),
            "queue: %d waiting, avg wait %ds, site=%s" % (R.randint(0, 8), R.randint(30, 600), ORG_ADDR)]))


SYSTEMS = [(ev_seminar, 8), (ev_nginx, 10), (ev_docgen, 5), (ev_psych, 5), (ev_scale, 8), (ev_inbody, 4),
           (ev_ncpdp, 5), (ev_sms, 6), (ev_zoom, 5), (ev_registry, 4), (ev_fhir, 5), (ev_syslog, 10),
           (ev_java, 2.5), (ev_pg, 5), (ev_elig, 4), (ev_chat, 5), (ev_parking, 4), (ev_kiosk, 6)]

TARGET = 500
FORCED = {35: ev_x12, 80: ev_hl7, 140: ev_x12, 205: ev_hl7, 260: ev_x12, 330: ev_hl7, 395: ev_x12, 450: ev_hl7}
DONE = set()


def main():
    t = datetime(2024, 6, 11, 5, 52, 7)
    fns = [s[0] for s in SYSTEMS]
    ws = [s[1] for s in SYSTEMS]
    while len(LINES) < TARGET:
        t += timedelta(seconds=R.randint(5, 95))
        n0 = len(LINES)
        due = [k for k in sorted(FORCED) if k <= n0 and k not in DONE]
        if due:   # multi-line EDI/HL7 batches arrive at fixed points of the day
            DONE.add(due[0])
            FORCED[due[0]](t)
            continue
        quiet = n0 > 20 and sum(1 for x in LINES if not x[2]) / n0 < 0.555
        for _try in range(30):
            fn = R.choices(fns, ws)[0]
            fn(t)
            if not quiet or not any(x[2] for x in LINES[n0:]):
                break
            del LINES[n0:]   # keep the no-PHI share near 55 %: retry for a PHI-free record
        if len(LINES) > TARGET:   # a multi-line record would overflow: drop it, fill with syslog
            del LINES[n0:]
            while len(LINES) < TARGET:
                t += timedelta(seconds=R.randint(5, 60))
                n1 = len(LINES)
                ev_syslog(t)
                if LINES[-1][2]:
                    del LINES[n1:]
    assert len(LINES) == TARGET
    with open(ID + ".log", "wb") as f, open(ID + ".labels.jsonl", "w", encoding="utf-8") as g:
        for i, (fam, b, spans) in enumerate(LINES, 1):
            if not b or b"\n" in b or b"\r" in b:
                raise SystemExit("bad line %d" % i)
            b.decode("utf-8")
            last = 0
            out = []
            for s, e, cat, txt in sorted(spans):
                if not (0 <= s < e <= len(b)):
                    raise SystemExit("span out of range line %d" % i)
                if s < last:
                    raise SystemExit("overlap line %d" % i)
                if b[s:e].decode("utf-8") != txt or txt != txt.strip():
                    raise SystemExit("span text mismatch line %d: %r" % (i, txt))
                last = e
                out.append({"s": s, "e": e, "cat": cat})
            f.write(b + b"\n")
            g.write(json.dumps({"line": i, "family": fam, "spans": out}) + "\n")


if __name__ == "__main__":
    main()
