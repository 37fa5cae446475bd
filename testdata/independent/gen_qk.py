#!/usr/bin/env python3
"""Synthetic labeled log corpus "qk": a pediatric scoliosis bracing clinic.

Organisation: Lakeshore Pediatric Spine & Orthotics (LPSO), 2250 N Prospect
Ave, Milwaukee, WI 53202 (fictional).  Patients are adolescents with
idiopathic scoliosis who wear a TLSO brace fitted with a ThermoWear TW4
temperature sensor; the sensor syncs over BLE to the "BraceTrack" app on the
teen's (or a parent's) phone, which uploads wear data.  Everything is made up.

Writes qk.log (500 lines) and qk.labels.jsonl in the current directory.
Standard library only, fixed seed: two runs give byte-identical output.

Systems simulated (label "family"):
  sensor_ingest  Node/pino JSON of the BraceTrack wear-upload API
  nginx          nginx access log in front of the API and parent portal
  syslog         RFC 3164 syslog of the clinic's Linux hosts (sshd, CRON, postfix...)
  hl7v2          HL7 v2.5.1 ADT^A08 / ORU^R01 from the EHR, one segment per line
  fhir           FHIR R4 resources (Observation, Device, Patient, OperationOutcome)
  dicom          dcm4chee-style PACS log for the EOS low-dose X-ray unit
  cobb_measure   Python logging of the Cobb-angle measurement tool
  torso_scan     Windows ScanStation vendor log of the 3D torso scanner
  fab_csv        CSV export of orthotist fabrication orders to the fab vendor
  cnc            pipe-delimited log of the foam-carving CNC
  letters        logfmt of the school-nurse letter service + rendered letter text
  sms            JSON of the SMS notification service (Twilio), English/Spanish
  portal_chat    JSON of the parent/teen secure messaging in the portal
  x12            X12 005010 271 eligibility responses and 837P claims, one segment a line
  java_trace     Spring Boot scheduling service errors with stack traces
  pgaudit        PostgreSQL log with pgaudit entries
  dictation      speech-recognition clinic notes (free text)
  ci_deploy      ArgoCD / GitHub Actions deployment logs
  eligibility_fw fixed-width Medicaid HMO eligibility roster (header/detail/trailer)
  frontdesk      check-in kiosk key=value (guardian ID, copay, parking permits)

Labeling decisions (grey cases):
  * Staff at work (physicians, orthotists, RNs, radiology readers, schedulers,
    their user names, NPIs) are not PHI.  School nurses and their school's
    phone/fax/email are staff of another organisation: not PHI.  School names
    and school addresses are not PHI (institution, not residence).
  * Parents/guardians/grandparents named in a patient record are relatives:
    their names, phones, emails, driver's licences, cards, vehicles are PHI.
  * The ThermoWear sensor serial, its BLE MAC, the UDI carrying its serial, the
    phone IMEI and the phone push token are devices the patient carries:
    `device`.  Clinic equipment serials (3D scanner, EOS unit, CNC carver) are
    not PHI.
  * IP of a teen's/parent's phone or home browser hitting the API/portal: `ip`.
    Server, pod, load balancer, staff workstation, crawler and attacker IPs: not.
  * MRN (9 digits, LPSO) and the wear-program subject ID (LKS-nnnn, assigned by
    the clinic when a teen is enrolled in sensor monitoring) identify the
    patient: `mrn` for the MRN, `other_id` for the subject ID.  App user names
    of teens/parents: `other_id`.  District student IDs: `other_id`.
    Radiology accession numbers: `other_id`.  Encounter/visit numbers and
    patient account/guarantor numbers (incl. X12 CLM01): `account`.
  * Transaction and document identifiers are NOT labeled: fabrication/work
    order numbers, CNC job IDs, appointment IDs, letter IDs, SMS SIDs, scan
    session GUIDs, DICOM UIDs, trace IDs, permit numbers, invoice numbers.
  * An identifier embedded in a request path or query (e.g.
    /api/v2/subjects/LKS-0421/wear) is labeled as its own category, not the
    whole path.  Absolute personal links sent to families (portal share links
    with a per-patient token) are labeled `url` as a whole.
  * Dates: birth dates, study/scan/visit/service dates, appointment dates and
    times, prior study dates, sensor wear-window start/end, coverage effective
    dates are `date`, even when they equal today's log date.  The log record's
    own timestamp, card expiry, build dates, calibration dates, UDI production
    date (inside the device span) and fab due dates are not.
  * Ages: teens' ages are not PHI; relatives' ages over 89 are `age`.
  * City alone is `address` when it is the person's residence; states are not
    labeled.  In split formats (HL7 XAD, X12 N3/N4, fixed width) street and
    city are separate `address` spans; ZIP is always its own `zip` span.
  * Names split over fields (X12 NM1, fixed width, CSV last/first) get one span
    per field; a name in one run (incl. "LAST^FIRST^MIDDLE", "Last_First" in a
    file name, a first name alone in an SMS, a lowercase first name typed by a
    parent) is one span.  A possessive "'s" is outside the span.
  * Full card numbers: `account` (most Luhn-valid; a few mistyped ones that
    fail Luhn, as a declined-card log holds, are labeled too); masked card
    numbers (last 4) are not labeled.  The UDI device identifier (DI/GTIN) alone
    names a model, not a device: not labeled; the full UDI with (21) serial is.
  * A mistyped SSN in a validation error is still labeled `ssn`.
  * Base64 front-view posture photos from the torso scanner contain the face:
    `photo`.  The 3D torso mesh itself (headless) is not labeled.
  * Cobb angles, Risser grade, brace types named after cities (Boston,
    Providence, Charleston, Milwaukee, Wilmington) and eponyms (Cobb, Adams,
    Lenke, Rigo-Cheneau) are not PHI.
"""
import base64
import datetime as dt
import hashlib
import json
import random
import sys
import urllib.parse

SEED = 160924
R = random.Random(SEED)
N_LINES = 500


# ---------------------------------------------------------------- line builder
class P:
    """A PHI value to place in a JSON structure."""
    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class Line:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []  # (s, e, cat, placed_text, meant_value, decoder)

    def t(self, s):
        self.buf += s.encode("utf-8")
        return self

    def p(self, s, cat, meant=None, dec=None):
        s = str(s)
        st = len(self.buf)
        self.buf += s.encode("utf-8")
        self.spans.append((st, len(self.buf), cat, s, s if meant is None else meant, dec))
        return self

    def jstr(self, v, cat=None, ascii=False):
        inner = json.dumps(v, ensure_ascii=ascii)[1:-1]
        self.t('"')
        if cat:
            self.p(inner, cat, meant=v, dec="json")
        else:
            self.t(inner)
        return self.t('"')

    def json(self, obj, sep=(",", ":"), ascii=False):
        if isinstance(obj, P):
            if isinstance(obj.v, str):
                self.jstr(obj.v, obj.cat, ascii)
            else:
                self.p(json.dumps(obj.v), obj.cat)
        elif isinstance(obj, dict):
            self.t("{")
            for i, (k, v) in enumerate(obj.items()):
                if i:
                    self.t(sep[0])
                self.jstr(k, None, ascii).t(sep[1])
                self.json(v, sep, ascii)
            self.t("}")
        elif isinstance(obj, list):
            self.t("[")
            for i, v in enumerate(obj):
                if i:
                    self.t(sep[0])
                self.json(v, sep, ascii)
            self.t("]")
        elif isinstance(obj, str):
            self.jstr(obj, None, ascii)
        else:
            self.t(json.dumps(obj))
        return self

    def fw(self, v, width, cat=None, right=False):
        """fixed-width field; span covers the value without padding"""
        v = str(v)[:width]
        pad = " " * (width - len(v))
        if right:
            self.t(pad)
        if cat and v:
            self.p(v, cat)
        else:
            self.t(v)
        if not right:
            self.t(pad)
        return self


# ---------------------------------------------------------------- helpers
def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def card(prefix, length=16):
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    return body + luhn_digit(body)


def npi():
    base = "1" + "".join(str(R.randint(0, 9)) for _ in range(8))
    return base + luhn_digit("80840" + base)


def imei():
    body = R.choice(["35", "86", "01", "35"]) + "".join(str(R.randint(0, 9)) for _ in range(12))
    return body + luhn_digit(body)


VIN_MAP = {**{str(i): i for i in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
           **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(wmi_vds, year_char):
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = wmi_vds + "0" + year_char + R.choice("ABHLT") + "".join(R.choice("0123456789") for _ in range(6))
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W))
    cd = "X" if s % 11 == 10 else str(s % 11)
    v = v[:8] + cd + v[9:]
    assert len(v) == 17 and all(c in chars for c in v)
    return v


def gtin14(body13):
    tot = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body13)))
    return body13 + str((10 - tot % 10) % 10)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def hx(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def guid():
    h = hx(32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def fmt_phone(d, style):
    a, b, c = d[:3], d[3:6], d[6:]
    return {"paren": "(%s) %s-%s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c),
            "e164": "+1" + d, "dot": "%s.%s.%s" % (a, b, c), "hl7": "(%s)%s-%s" % (a, b, c),
            "raw": d}[style]


def phone_digits(area):
    return area + str(R.randint(2, 9)) + "%02d" % R.randint(0, 99) + "%04d" % R.randint(0, 9999)


def public_ip():
    if R.random() < 0.12:
        return "2600:1700:%x:%x::%x" % (R.randint(0x1000, 0xffff), R.randint(0x10, 0xfff), R.randint(1, 0xffff))
    first = R.choice([73, 98, 174, 24, 107, 172, 99, 71, 68, 162])
    second = R.randint(56, 59) if first == 172 else R.randint(1, 254)
    return "%d.%d.%d.%d" % (first, second, R.randint(0, 255), R.randint(1, 254))


# ---------------------------------------------------------------- world
ORG = "Lakeshore Pediatric Spine & Orthotics"
ORG_PHONE, ORG_FAX = "414-555-0142", "414-555-0143"
ORG_NPI = npi()
STAFF = [("Chidi", "Okafor", "MD", "cokafor"), ("Rebecca", "Lindgren", "MD", "rlindgren"),
         ("Kirsten", "Olsen", "CPO", "kolsen"), ("Javier", "Márquez", "CO", "jmarquez"),
         ("Tamika", "Alvarez", "RN", "talvarez"), ("Deepa", "Raghunathan", "PA-C", "draghunathan"),
         ("Brent", "Hollister", "CO", "bhollister")]
STAFF_NPI = {s[3]: npi() for s in STAFF}
SCHOOLS = [("Riverside University High School", "Pat Kowalski, RN", "414-555-0190"),
           ("Wauwatosa East High School", "Linda Nguyen-Hayes, RN", "414-555-0177"),
           ("Longfellow Middle School", "Carmen Ortiz, RN", "414-555-0165"),
           ("Greenfield Middle School", "Joan Pfeiffer, RN", "414-555-0133"),
           ("Kenosha Bradford High School", "Ruth Amundsen, RN", "262-555-0118"),
           ("St. Josaphat Parish School", "Sr. Mary Kozlowski", "414-555-0121"),
           ("Racine Case High School", "Aisha Bell, RN", "262-555-0149")]
FEMALE = ["Hana", "Hope", "Sofía", "Aaliyah", "Priya", "Ingrid", "Zoë", "Amara", "Saoirse", "Ximena",
          "Mei-Lin", "Fatima", "Grace", "Summer", "Ivy", "Autumn", "Joy", "Willow", "Oluwaseun",
          "Anneliese", "Chloé", "Dakota", "Nizhoni", "Leilani", "Zuzanna", "Pa Nhia", "Brooke", "Esperanza"]
MALE = ["Mateo", "Kai", "Declan", "Yusuf", "River", "Liam", "Tenzin", "Dmitri", "Ahanu", "Rowan", "Tou"]
SURN = ["Nakamura", "Brooks", "Hart-Lindqvist", "Oyelaran", "Van der Berg", "García Márquez", "Kowalczyk",
        "Ó Briain", "Al-Khatib", "Dubois-Martin", "Nwachukwu", "Papadopoulos", "Singh-Dhillon", "Tran",
        "Price", "Bell", "Moon", "Stone", "Fox", "Baker", "Strong", "Begay", "Castellanos-Ruiz",
        "Ferreira da Silva", "Schäfer", "Haddad", "O'Connell", "MacLeod", "Vang", "Xiong", "Christmas",
        "Winter", "Rice", "Mills"]
ADULT_F = ["Keiko", "Denise", "Marisol", "Ngozi", "Agnieszka", "Rachel", "Leticia", "Mai", "Jennifer",
           "Siobhan", "Farah", "Gloria", "Kateryna", "Yer", "Tamsin"]
ADULT_M = ["Hiroshi", "Marcus", "Adebayo", "Piotr", "Gustavo", "Dwayne", "Cheng", "Khalid", "Tom",
           "Neng", "Anders", "Rafael"]
STREETS = ["W Lapham Blvd", "N Oakland Ave", "S Kinnickinnic Ave", "W North Ave", "N 76th St",
           "W Greenfield Ave", "E Capitol Dr", "W Bluemound Rd", "N Sherman Blvd", "W Forest Home Ave",
           "S 27th St", "Elm Grove Rd", "Sheridan Rd", "Washington Ave", "W Hampton Ave", "E Layton Ave",
           "Hillcrest Dr", "Prairie View Ln", "N Cass St", "Honey Creek Pkwy"]
CITIES = [("Milwaukee", "WI", ["53204", "53207", "53208", "53210", "53215", "53218", "53221"]),
          ("Wauwatosa", "WI", ["53213", "53226"]), ("West Allis", "WI", ["53214", "53227"]),
          ("Waukesha", "WI", ["53186", "53188"]), ("Racine", "WI", ["53403", "53405"]),
          ("Kenosha", "WI", ["53140", "53144"]), ("Cudahy", "WI", ["53110"]),
          ("Menomonee Falls", "WI", ["53051"]), ("Greenfield", "WI", ["53220"]),
          ("Sheboygan", "WI", ["53081"]), ("Gurnee", "IL", ["60031"]), ("South Milwaukee", "WI", ["53172"])]
BRACES = [("Rigo-Cheneau TLSO", "RC-TLSO"), ("Boston Brace 3D", "BOS-3D"), ("Providence night brace", "PROV-N"),
          ("Charleston bending brace", "CHAR-B"), ("Wilmington TLSO", "WIL-TLSO")]
PLANS = [("WISCONSIN MEDICAID", "WIMCD", "medicaid"), ("ANTHEM BCBS WI", "00601", "comm"),
         ("UNITEDHEALTHCARE", "87726", "comm"), ("NETWORK HEALTH", "39180", "comm"),
         ("CHILDREN'S COMMUNITY HEALTH PLAN", "CCHP1", "medicaid")]
TODAY = dt.date(2024, 9, 16)
UDI_DI = gtin14("0085001234567")


def rand_date(a, b):
    return a + dt.timedelta(days=R.randint(0, (b - a).days))


class Patient:
    pass


def make_patient(i):
    p = Patient()
    p.sex = R.choice("FFFFM")
    p.first = R.choice(FEMALE if p.sex == "F" else MALE)
    p.last = SURN[i % len(SURN)] if i < len(SURN) else R.choice(SURN)
    p.middle = R.choice(["", "", "Rei", "Marie", "Elizabeth", "Amani", "Lee", "Grace"] if p.sex == "F" else
                        ["", "", "José", "Lee", "Amani", "Thomas"])
    p.dob = rand_date(dt.date(2009, 1, 1), dt.date(2015, 6, 30))
    p.mrn = "%09d" % R.randint(4100000, 4299999)
    p.subject = "LKS-%04d" % R.randint(100, 2999)
    p.acct = "A%08d" % R.randint(20000000, 29999999)
    p.enc = "%010d" % R.randint(7100000000, 7199999999)
    plan = R.choice(PLANS)
    p.plan = plan
    p.member = ("%010d" % R.randint(4400000000, 4499999999)) if plan[2] == "medicaid" else \
        (R.choice(["XWB", "JQU", "W", "ZGP"]) + "%09d" % R.randint(0, 999999999))
    p.street = "%d %s" % (R.randint(100, 9899), R.choice(STREETS))
    p.unit = R.choice(["", "", "", "Apt 3B", "Unit 12", "Apt 207", "# 4"])
    p.city, p.state, zips = R.choice(CITIES)
    p.zip = R.choice(zips)
    area = {"Milwaukee": "414", "Kenosha": "262", "Racine": "262", "Gurnee": "847", "Sheboygan": "920",
            "Waukesha": "262"}.get(p.city, R.choice(["414", "262"]))
    gf = R.random() < 0.72
    p.g_first = R.choice(ADULT_F if gf else ADULT_M)
    p.g_rel = ("mother" if gf else "father") if R.random() < 0.9 else ("grandmother" if gf else "grandfather")
    p.g_last = p.last if R.random() < 0.7 else R.choice(SURN)
    p.g_phone = phone_digits(area)
    p.teen_phone = phone_digits(area)
    p.g_email = R.choice(["%s.%s%d@gmail.com", "%s%s@yahoo.com", "%s_%s%d@outlook.com", "%s.%s@att.net"])
    p.g_email = (p.g_email % ((p.g_first.lower(), p.g_last.lower().replace(" ", "").replace("'", ""),
                               R.randint(1, 99)) if p.g_email.count("%") == 3 else
                              (p.g_first.lower(), p.g_last.lower().replace(" ", "").replace("'", ""))))
    p.g_email = p.g_email.replace("á", "a").replace("ó", "o").replace("ä", "a").replace("í", "i")
    p.user = (p.first.split()[0].lower().replace("é", "e").replace("í", "i").replace("ë", "e")
              + "." + p.last[0].lower().replace("ó", "o") + str(p.dob.year % 100))
    p.sensor = "TW4-%08X" % R.getrandbits(32)
    p.mac = "D0:3E:7D:%02X:%02X:%02X" % (R.randint(0, 255), R.randint(0, 255), R.randint(0, 255))
    p.imei = imei()
    p.ip = public_ip()
    p.push = hx(64)
    p.os = R.choice(["ios", "ios", "android"])
    p.student_id = "%07d" % R.randint(8000000, 8999999)
    p.grade = max(4, min(12, 2024 - p.dob.year - 5))
    p.school = R.choice([s for s in SCHOOLS if ("High" in s[0]) == (p.grade >= 9)])
    p.ssn = ssn()
    p.dl = "%s%03d-%04d-%04d-%02d" % (p.g_last[0].upper().replace("Ó", "O"), R.randint(100, 999),
                                       R.randint(0, 9999), R.randint(0, 9999), R.randint(0, 99))
    p.brace = R.choice(BRACES)
    p.prior = rand_date(dt.date(2024, 3, 1), dt.date(2024, 6, 30))
    p.cobb_prior = round(R.uniform(18, 38), 1)
    p.cobb = round(p.cobb_prior + R.uniform(-4, 8), 1)
    p.next_appt = dt.datetime.combine(rand_date(dt.date(2024, 9, 23), dt.date(2025, 1, 31)),
                                      dt.time(R.choice([8, 9, 10, 13, 14, 15]), R.choice([0, 15, 30, 45])))
    p.wear = round(R.uniform(6, 21.5), 1)
    p.spanish = p.last in ("García Márquez", "Castellanos-Ruiz") or p.first in ("Ximena", "Esperanza", "Mateo")
    return p


PATS = [make_patient(i) for i in range(30)]
ACC_N = [41]


def pick():
    return R.choice(PATS)


def new_acc():
    ACC_N[0] += R.randint(1, 4)
    return "ACC240916%04d" % ACC_N[0]


def full(p):
    return "%s %s" % (p.first, p.last)


def hl7_name(p):
    return "%s^%s^%s" % (p.last, p.first, p.middle)


def dicom_name(p):
    return ("%s^%s^%s" % (p.last, p.first, p.middle)).upper().rstrip("^")


# ---------------------------------------------------------------- time
BASE = dt.datetime(2024, 9, 16, 6, 0, 0)


def iso_z(t):  # CDT -> Z
    return (t + dt.timedelta(hours=5)).strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def epoch_ms(t):
    return int(((t + dt.timedelta(hours=5)) - dt.datetime(1970, 1, 1)).total_seconds() * 1000)


def sys_ts(t):
    return t.strftime("%b ") + ("%2d" % t.day) + t.strftime(" %H:%M:%S")


def py_ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


# ---------------------------------------------------------------- families
def f_sensor(t):
    out = []
    p = pick()
    host = R.choice(["bt-ingest-7c9f8d6b5-x2lqz", "bt-ingest-7c9f8d6b5-m8k4d"])
    req = "req-" + hx(6)
    base = {"level": 30, "time": epoch_ms(t), "pid": 17, "hostname": host, "reqId": req}
    kind = R.random()
    if kind < 0.45:
        start = dt.datetime.combine(TODAY - dt.timedelta(days=R.randint(3, 8)), dt.time(0, 0))
        end = dt.datetime.combine(TODAY - dt.timedelta(days=1), dt.time(23, 50))
        o = dict(base)
        o.update({"msg": "wear batch accepted", "subject": P(p.subject, "other_id"),
                  "sensor": {"serial": P(p.sensor, "device"), "fw": R.choice(["2.3.1", "2.3.1", "2.2.9"]),
                             "mac": P(p.mac, "device"), "batt_mv": R.randint(2710, 3020)},
                  "app": {"ver": "3.8.%d" % R.randint(0, 2), "build": R.choice([410, 411, 412]),
                          "os": "iOS 17.6.1" if p.os == "ios" else "Android 14"},
                  "client_ip": P(p.ip, "ip"), "readings": R.randint(800, 2100),
                  "window": {"from": P(start.strftime("%Y-%m-%dT%H:%M:00-05:00"), "date"),
                             "to": P(end.strftime("%Y-%m-%dT%H:%M:00-05:00"), "date")},
                  "wear_h_avg": p.wear})
        out.append(Line("sensor_ingest").json(o))
        o2 = dict(base)
        o2["time"] += R.randint(40, 200)
        o2.update({"msg": "batch persisted", "rows": R.randint(800, 2100), "table": "wear_readings_2024_09",
                   "ms": R.randint(20, 180), "traceId": hx(32)})
        out.append(Line("sensor_ingest").json(o2))
    elif kind < 0.6:
        o = dict(base, level=40)
        o.update({"msg": "adherence below threshold", "subject": P(p.subject, "other_id"),
                  "wear_h_avg": min(p.wear, 11.9), "goal_h": 18, "days": 7, "notify": "guardian_sms"})
        out.append(Line("sensor_ingest").json(o))
    elif kind < 0.7:
        o = dict(base, level=40)
        o.update({"msg": "sensor temp out of range", "sensor": {"serial": P(p.sensor, "device")},
                  "temp_c": round(R.uniform(39.5, 44), 1), "action": "flag_for_review"})
        out.append(Line("sensor_ingest").json(o))
    elif kind < 0.8:
        o = dict(base)
        o.update({"msg": "push token registered", "user": P(p.user, "other_id"), "platform": p.os,
                  "token": P(p.push, "device")})
        if p.os == "android":
            o["imei"] = P(p.imei, "device")
        out.append(Line("sensor_ingest").json(o))
    elif kind < 0.9:
        o = dict(base, level=50)
        o.update({"msg": "S3 putObject failed", "bucket": "bt-raw-wear-prod",
                  "key": "raw/2024/09/16/%s.bin" % guid(), "err": "RequestTimeout", "retry": R.randint(1, 3),
                  "elapsed_ms": R.randint(5000, 30000)})
        out.append(Line("sensor_ingest").json(o))
    else:
        o = dict(base)
        o.update({"msg": "clock skew corrected", "skew_s": R.randint(-900, 900), "sensor_fw": "2.2.9",
                  "policy": "phone_time"})
        out.append(Line("sensor_ingest").json(o))
    return out


def nginx_ts(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S -0500")


UA_IOS = 'BraceTrack/3.8.2 (iPhone14,5; iOS 17.6.1; Scale/3.00) Alamofire/5.8.1'
UA_AND = 'BraceTrack/3.8.1 (Android 14; SM-A546U) okhttp/4.12.0'
UA_WEB = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36'


def f_nginx(t):
    L = Line("nginx")
    k = R.random()
    p = pick()
    if k < 0.35:
        L.p(p.ip, "ip").t(" - - [%s] \"POST /api/v2/subjects/" % nginx_ts(t)).p(p.subject, "other_id")
        L.t("/wear HTTP/2.0\" 202 %d \"-\" \"%s\" rt=%.3f upstream=10.40.2.%d:3000"
            % (R.randint(180, 420), UA_IOS if p.os == "ios" else UA_AND, R.uniform(0.03, 0.4), R.randint(10, 40)))
    elif k < 0.45:
        L.p(p.ip, "ip").t(" - - [%s] \"GET /portal/letters/download?mrn=" % nginx_ts(t)).p(p.mrn, "mrn")
        L.t("&letter=LTR-%d HTTP/1.1\" 200 %d \"https://my.lakeshorespine.org/portal/letters\" \"%s\" rt=%.3f"
            % (R.randint(88000, 88999), R.randint(40000, 90000), UA_WEB, R.uniform(0.05, 0.6)))
    elif k < 0.7:
        L.t("10.40.0.1 - - [%s] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\" rt=0.001 upstream=10.40.2.%d:3000"
            % (nginx_ts(t), R.randint(10, 40)))
    elif k < 0.85:
        L.t("10.20.%d.%d - - [%s] \"GET /static/js/app.%s.js HTTP/1.1\" 200 %d \"https://ehr-bt.lpso.local/dash\" \"%s\" rt=%.3f"
            % (R.randint(1, 9), R.randint(2, 250), nginx_ts(t), hx(8), R.randint(90000, 420000), UA_WEB,
               R.uniform(0.001, 0.02)))
    elif k < 0.93:
        L.t("66.249.66.%d - - [%s] \"GET /robots.txt HTTP/1.1\" 200 68 \"-\" \"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)\" rt=0.000"
            % (R.randint(1, 200), nginx_ts(t)))
    else:
        L.t("45.155.205.%d - - [%s] \"GET /.env HTTP/1.1\" 404 153 \"-\" \"python-requests/2.31.0\" rt=0.000"
            % (R.randint(1, 250), nginx_ts(t)))
    return [L]


def f_syslog(t):
    host = R.choice(["bt-db-01", "bt-app-02", "lpso-mail", "scanstation-gw", "bt-db-01"])
    pid = R.randint(1000, 40000)
    msgs = [
        "sshd[%d]: Accepted publickey for deploy from 10.40.8.5 port %d ssh2: ED25519 SHA256:%s" % (
            pid, R.randint(40000, 65000), base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode().rstrip("=")),
        "CRON[%d]: (postgres) CMD (/usr/local/bin/wal-g backup-push /var/lib/postgresql/16/main)" % pid,
        "systemd[1]: Started letters-render.service - LPSO Letter Renderer.",
        "kernel: [%d.%06d] nvme0n1: I/O Cmd(0x2) @ LBA %d, %d blocks, I/O Error (sct 0x2 / sc 0x81)" % (
            R.randint(100000, 900000), R.randint(0, 999999), R.randint(10 ** 8, 10 ** 9), R.randint(8, 256)),
        "postfix/smtp[%d]: %s: to=<nurse.office@milwaukee.k12.wi.us>, relay=mx1.milwaukee.k12.wi.us[165.189.%d.%d]:25, delay=%.1f, status=sent (250 2.0.0 OK)" % (
            pid, hx(10).upper(), R.randint(1, 250), R.randint(1, 250), R.uniform(0.3, 4)),
        "sshd[%d]: Failed password for invalid user admin from 185.220.101.%d port %d ssh2" % (
            pid, R.randint(1, 250), R.randint(30000, 60000)),
        "systemd[1]: logrotate.service: Deactivated successfully.",
        "ntpd[%d]: adjusting local clock by %.6fs" % (pid, R.uniform(-0.01, 0.01)),
        "dhcpd[%d]: DHCPACK on 10.30.1.%d to 00:1b:21:%02x:%02x:%02x (scanstation-02) via eth1" % (
            pid, R.randint(20, 60), R.randint(0, 255), R.randint(0, 255), R.randint(0, 255)),
    ]
    return [Line("syslog").t("%s %s %s" % (sys_ts(t), host, R.choice(msgs)))]


def hl7_ts(t):
    return t.strftime("%Y%m%d%H%M%S")


def hl7_pid(p, tel_style="hl7"):
    L = Line("hl7v2")
    L.t("PID|1||").p(p.mrn, "mrn").t("^^^LPSO^MR~").p(p.member, "health_plan").t("^^^%s^MB||" % p.plan[1])
    L.p(hl7_name(p), "name").t("||").p(p.dob.strftime("%Y%m%d"), "date").t("|%s|||" % p.sex)
    L.p(p.street, "address").t("^").p(p.unit, "address") if p.unit else L.p(p.street, "address").t("^")
    L.t("^").p(p.city, "address").t("^%s^" % p.state).p(p.zip, "zip").t("^USA^H||")
    L.p(fmt_phone(p.g_phone, tel_style), "phone").t("^PRN^PH~^NET^Internet^").p(p.g_email, "email")
    L.t("|||||").p(p.acct, "account").t("|")
    if R.random() < 0.5:
        L.p(p.ssn.replace("-", ""), "ssn")
    L.t("|||N||||||||N")
    return L


def f_hl7(t):
    p = pick()
    out = []
    ctl = "LPSO%s%04d" % (t.strftime("%H%M%S"), R.randint(0, 9999))
    if R.random() < 0.45:
        out.append(Line("hl7v2").t("MSH|^~\\&|EPIC|LPSO|BRACETRK|LPSO|%s||ADT^A08^ADT_A01|%s|P|2.5.1|||AL|NE" % (hl7_ts(t), ctl)))
        out.append(Line("hl7v2").t("EVN|A08|%s|||%s^%s^%s" % (hl7_ts(t), STAFF[4][3].upper(), STAFF[4][1], STAFF[4][0])))
        out.append(hl7_pid(p))
        L = Line("hl7v2").t("NK1|1|").p("%s^%s" % (p.g_last, p.g_first), "name")
        L.t("|%s^%s^HL70063|" % (p.g_rel[:3].upper(), p.g_rel.title()))
        L.p(p.street, "address").t("^^").p(p.city, "address").t("^%s^" % p.state).p(p.zip, "zip")
        L.t("|").p(fmt_phone(p.g_phone, "hl7"), "phone").t("||EC^Emergency Contact")
        out.append(L)
        s = STAFF[0]
        L = Line("hl7v2").t("PV1|1|O|SPINE^CL%d^^LPSO||||%s^%s^%s^^^%s|||ORT||||1|||%s^%s^%s^^^%s|OP|"
                             % (R.randint(1, 6), STAFF_NPI[s[3]], s[1], s[0], s[2], STAFF_NPI[s[3]], s[1], s[0], s[2]))
        L.p(p.enc, "account").t("^^^LPSO^VN|||||||||||||||||||||||||")
        L.p(t.strftime("%Y%m%d") + "%02d%02d" % (t.hour, R.choice([0, 15, 30, 45])), "date")
        out.append(L)
        L = Line("hl7v2").t("IN1|1|%s|%s|%s||||" % (p.plan[2].upper(), p.plan[1], p.plan[0]))
        L.t("GRP%05d|||||||" % R.randint(10000, 99999)).p("%s^%s" % (p.g_last, p.g_first), "name")
        L.t("|%s||||||||||||||||||||||" % {"mother": "02", "father": "02"}.get(p.g_rel, "19")).p(p.member, "health_plan")
        out.append(L)
    else:
        acc = new_acc()
        out.append(Line("hl7v2").t("MSH|^~\\&|SPINEMEASURE|LPSO_RAD|EPIC|LPSO|%s||ORU^R01^ORU_R01|%s|P|2.5.1" % (hl7_ts(t), ctl)))
        out.append(hl7_pid(p))
        s = STAFF[1]
        L = Line("hl7v2").t("OBR|1|ORD%d|" % R.randint(700000, 799999)).p(acc, "other_id")
        L.t("|72082^XR SPINE ENTIRE SURVEY 2-3 VIEWS^CPT4|||").p(t.strftime("%Y%m%d%H%M"), "date")
        L.t("|||||||||%s^%s^%s^^^%s||||||%s|||F" % (STAFF_NPI[s[3]], s[1], s[0], s[2], hl7_ts(t)))
        out.append(L)
        out.append(Line("hl7v2").t("OBX|1|NM|LPSO-COBB1^Cobb angle major curve^L||%.1f|deg^degrees^UCUM|<10|H|||F|||%s"
                                   % (p.cobb, hl7_ts(t))))
        out.append(Line("hl7v2").t("OBX|2|ST|LPSO-RISSER^Risser grade^L||%d||||||F" % R.randint(0, 4)))
        L = Line("hl7v2").t("OBX|3|TX|LPSO-IMP^Impression^L||Right thoracic curve T6-T12 %.1f deg, previously %.1f deg on "
                            % (p.cobb, p.cobb_prior))
        L.p(p.prior.strftime("%m/%d/%Y"), "date").t(". Lenke 1A. In-brace films not obtained.||||||F")
        out.append(L)
    return out


def f_fhir(t):
    p = pick()
    k = R.random()
    L = Line("fhir")
    if k < 0.4:
        L.json({"resourceType": "Observation", "id": "obs-" + hx(12), "meta": {"versionId": "1", "lastUpdated": iso_z(t)},
                "status": "final", "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "imaging"}]}],
                "code": {"coding": [{"system": "https://fhir.lakeshorespine.org/CodeSystem/measure", "code": "cobb-major", "display": "Cobb angle, major curve"}]},
                "subject": {"reference": P("Patient/" + p.mrn, "_skip"), "display": P(full(p), "name")},
                "effectiveDateTime": P(t.strftime("%Y-%m-%dT%H:%M:00-05:00"), "date"),
                "valueQuantity": {"value": p.cobb, "unit": "deg", "system": "http://unitsofmeasure.org", "code": "deg"},
                "performer": [{"reference": "Practitioner/" + STAFF_NPI["rlindgren"], "display": "Rebecca Lindgren, MD"}]},
               ascii=R.random() < 0.5)
    elif k < 0.65:
        L.json({"resourceType": "Device", "id": "dev-" + hx(10), "status": "active",
                "udiCarrier": [{"deviceIdentifier": UDI_DI, "carrierHRF": P("(01)" + UDI_DI + "(11)240301(21)" + p.sensor, "device")}],
                "manufacturer": "ThermoWear Medical", "modelNumber": "TW4-iB",
                "serialNumber": P(p.sensor, "device"), "type": {"text": "brace wear temperature sensor"},
                "patient": {"reference": P("Patient/" + p.mrn, "_skip")}})
    elif k < 0.8:
        L.json({"resourceType": "Patient", "id": P(p.mrn, "mrn"),
                "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.7204.1", "value": P(p.mrn, "mrn")},
                               {"system": "https://fhir.lakeshorespine.org/sid/bracetrack", "value": P(p.subject, "other_id")}],
                "name": [{"family": P(p.last, "name"), "given": [P(p.first, "name")]}],
                "gender": "female" if p.sex == "F" else "male", "birthDate": P(p.dob.isoformat(), "date"),
                "address": [{"line": [P(p.street, "address")], "city": P(p.city, "address"), "state": p.state,
                             "postalCode": P(p.zip, "zip")}],
                "contact": [{"relationship": [{"text": p.g_rel}], "name": {"text": P("%s %s" % (p.g_first, p.g_last), "name")},
                             "telecom": [{"system": "phone", "value": P(fmt_phone(p.g_phone, "paren"), "phone")}]}]},
               ascii=True)
    else:
        L.json({"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "processing",
                "diagnostics": "HAPI-0389: Failed to call access method: ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException",
                "location": ["Observation.meta.versionId"]}]})
    # Patient/<mrn> references: relabel inner MRN only
    fixed = []
    for (s, e, cat, txt, meant, dec) in L.spans:
        if cat == "_skip":
            off = len("Patient/".encode())
            fixed.append((s + off, e, "mrn", txt[8:], meant[8:], dec))
        else:
            fixed.append((s, e, cat, txt, meant, dec))
    L.spans = fixed
    return [L]


def f_dicom(t):
    p = pick()
    acc = new_acc()
    assoc = R.randint(700, 999)
    ts = lambda d: py_ts(t + dt.timedelta(milliseconds=d))
    out = [Line("dicom").t("%s INFO  LPSO_PACS(%d) << A-ASSOCIATE-RQ calling=EOS_RM2 called=LPSO_PACS host=10.30.1.22:11112 maxPDU=16384"
                           % (ts(0), assoc))]
    iuid = "1.2.826.0.1.3680043.10.511.3.%s%d" % (t.strftime("%Y%m%d%H%M%S"), R.randint(10, 99))
    out.append(Line("dicom").t("%s INFO  LPSO_PACS(%d) << 1:C-STORE-RQ[pcid=3, prior=0, cuid=1.2.840.10008.5.1.4.1.1.1.1 - Digital X-Ray Image Storage - For Presentation, iuid=%s, tsuid=1.2.840.10008.1.2.4.70]"
                               % (ts(180), assoc, iuid)))
    L = Line("dicom").t("%s INFO  StoreService: stored object of Patient[id=" % ts(412)).p(p.mrn, "mrn")
    L.t("^^^LPSO, name=").p(dicom_name(p), "name").t(", birth=").p(p.dob.strftime("%Y%m%d"), "date")
    L.t(", sex=%s] Study[iuid=1.2.826.0.1.3680043.10.511.2.%s%d, accno=" % (p.sex, t.strftime("%Y%m%d%H%M"), R.randint(100, 999)))
    L.p(acc, "other_id").t(", date=").p(t.strftime("%Y%m%d"), "date").t(", desc=\"XR SCOLIOSIS SERIES PA/LAT EOS\"]")
    out.append(L)
    if R.random() < 0.3:
        L = Line("dicom").t("%s WARN  MWLService: no worklist item for AccessionNumber=" % ts(430)).p(acc, "other_id")
        L.t(" PatientID=").p(p.mrn, "mrn").t(" - stored unscheduled")
        out.append(L)
    out.append(Line("dicom").t("%s INFO  LPSO_PACS(%d) << A-RELEASE-RQ, sent A-RELEASE-RP, %d objects, %.1f MB"
                               % (ts(900), assoc, R.randint(2, 3), R.uniform(18, 46))))
    p.last_acc = acc
    return out


def f_cobb(t):
    p = pick()
    acc = getattr(p, "last_acc", None) or new_acc()
    k = R.random()
    out = []
    if k < 0.5:
        L = Line("cobb_measure").t("%s INFO spinemeasure.cobb: acc=" % py_ts(t)).p(acc, "other_id")
        L.t(" pid=").p(p.mrn, "mrn").t(" view=PA curves=2 c1=T6-T12 apex=T9 cobb=%.1f c2=L1-L4 cobb=%.1f risser=%d reader=rlindgren src=auto+manual"
                                        % (p.cobb, round(p.cobb * 0.6, 1), R.randint(0, 4)))
        out.append(L)
        L = Line("cobb_measure").t("%s INFO spinemeasure.compare: pid=" % py_ts(t + dt.timedelta(milliseconds=40))).p(p.mrn, "mrn")
        L.t(" prior_study=").p(p.prior.isoformat(), "date").t(" prior_cobb=%.1f now=%.1f delta=%+.1f progression=%s"
                                                             % (p.cobb_prior, p.cobb, p.cobb - p.cobb_prior,
                                                                "YES(>=5)" if p.cobb - p.cobb_prior >= 5 else "no"))
        out.append(L)
    elif k < 0.7:
        out.append(Line("cobb_measure").t("%s INFO spinemeasure.model: loaded cobbnet v2.4.1 (sha256=%s, 38.2 MB) on cuda:0 in %.2fs"
                                          % (py_ts(t), hx(64), R.uniform(1.2, 3.5))))
    elif k < 0.9:
        out.append(Line("cobb_measure").t("%s WARNING spinemeasure.landmarks: endplate confidence %.2f below 0.70 for iuid=1.2.826.0.1.3680043.10.511.3.%d vertebra=%s"
                                          % (py_ts(t), R.uniform(0.4, 0.69), R.randint(10 ** 15, 10 ** 16), R.choice(["T11", "L3", "T4", "L4"]))))
    else:
        out.append(Line("cobb_measure").t("%s ERROR spinemeasure.worker: Traceback (most recent call last): File \"/opt/spinemeasure/worker.py\", line 212, in run_job; torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 512.00 MiB (GPU 0; 7.79 GiB total capacity)"
                                          % py_ts(t)))
    return out


def f_scan(t):
    p = pick()
    sid = "{%s}" % guid().upper()
    op = R.choice(["jmarquez", "kolsen", "bhollister"])
    ts = lambda d: "[%s.%03d]" % ((t + dt.timedelta(seconds=d)).strftime("%Y-%m-%d %H:%M:%S"), R.randint(0, 999))
    out = []
    L = Line("torso_scan").t("%s [ScanStation-02] SESSION_START SessionId=%s Operator=%s Subject=\"" % (ts(0), sid, op))
    L.p("%s, %s" % (p.last, p.first), "name").t("\" SubjectID=").p(p.mrn, "mrn").t(" DOB=").p(p.dob.strftime("%m/%d/%Y"), "date")
    L.t(" Device=ScanPro-3D SN=SP3D-20417 Fw=5.12.0")
    out.append(L)
    if R.random() < 0.5:
        out.append(Line("torso_scan").t("%s [ScanStation-02] CALIBRATION ok rms=%.2fmm target=CAL-PLATE-07 (cal date 2024-08-30)"
                                        % (ts(3), R.uniform(0.2, 0.6))))
    fname = "%s_%s" % (p.last.replace(" ", ""), p.first.replace(" ", ""))
    L = Line("torso_scan").t("%s [ScanStation-02] MESH_EXPORT SessionId=%s File=D:\\Scans\\2024\\09\\" % (ts(95), sid))
    L.p(fname, "name").t("_").p(p.mrn, "mrn").t("_").p(t.strftime("%Y%m%d"), "date")
    L.t("_T%d.stl Vertices=%d Faces=%d Size=%.1fMB" % (R.randint(1, 3), R.randint(150000, 260000), R.randint(300000, 520000), R.uniform(6, 14)))
    out.append(L)
    if R.random() < 0.4:
        raw = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00H\x00H\x00\x00" + bytes(R.getrandbits(8) for _ in range(70))
        L = Line("torso_scan").t("%s [ScanStation-02] PHOTO_CAPTURE SessionId=%s view=front res=1920x1080 jpeg_b64=" % (ts(120), sid))
        L.p(base64.b64encode(raw).decode(), "photo").t("...(truncated 412KB)")
        out.append(L)
    out.append(Line("torso_scan").t("%s [ScanStation-02] UPLOAD dest=\\\\fab-nas01\\cad_in\\ bytes=%d elapsed=%.1fs sha1=%s"
                                    % (ts(140), R.randint(6 * 10 ** 6, 14 * 10 ** 6), R.uniform(1, 9), hx(40))))
    return out


FAB_N = [12]


def f_fab(t):
    out = []
    if R.random() < 0.25:
        out.append(Line("fab_csv").t("order_no,created,site,orthotist,pt_last,pt_first,mrn,dob,sex,brace,sku,cad_ref,fab_vendor,fit_appt,due,rush"))
    for p in R.sample(PATS, R.randint(1, 3)):
        FAB_N[0] += 1
        s = R.choice([STAFF[2], STAFF[3], STAFF[6]])
        L = Line("fab_csv").t("FO-240916-%03d,%s,MKE-PROSPECT,\"%s %s, %s\"," % (FAB_N[0], iso_z(t)[:19] + "Z", s[0], s[1], s[2]))
        last = p.last
        L.t('"').p(last, "name").t('",').p(p.first, "name").t(",").p(p.mrn, "mrn").t(",").p(p.dob.isoformat(), "date")
        fit = dt.datetime.combine(TODAY + dt.timedelta(days=R.randint(10, 25)), dt.time(R.choice([9, 10, 13, 14]), R.choice([0, 30])))
        L.t(",%s,%s,%s-%s,CAD-%s.rsm,Northfield O&P Fabrication,"
            % (p.sex, p.brace[0], p.brace[1], R.choice(["S", "M", "L", "XL"]), hx(8).upper()))
        L.p(fit.strftime("%Y-%m-%d %H:%M"), "date").t(",%s,%s" % ((fit.date() - dt.timedelta(days=3)).isoformat(), R.choice(["N", "N", "Y"])))
        out.append(L)
    return out


def f_cnc(t):
    j = "J24-0916-%02d" % R.randint(1, 40)
    msgs = ["JOB START | job=%s | order=FO-240916-%03d | blank=PE-FOAM-45-LG | lot=L240812-%02d | spindle=18000rpm | feed=2400mm/min | est=00:%02d:%02d"
            % (j, R.randint(1, 40), R.randint(1, 12), R.randint(25, 55), R.randint(0, 59)),
            "JOB END   | job=%s | status=OK | runtime=00:%02d:%02d | tool=T3 ball 12mm | wear=%d%%" % (j, R.randint(25, 55), R.randint(0, 59), R.randint(10, 90)),
            "ALARM 1021 | Z-axis soft limit approached | job=%s | pos=X412.50 Y-88.20 Z-301.75" % j,
            "MAINT     | vacuum filter pressure %.1f kPa | next service 2024-10-01 | SN=KC-5X-004412" % R.uniform(8, 20)]
    return [Line("cnc").t("CARVER-01 | %s | %s" % (t.strftime("%Y-%m-%d %H:%M:%S"), R.choice(msgs)))]


def f_letters(t):
    p = pick()
    lid = "LTR-%d" % R.randint(88000, 88999)
    sch = p.school
    out = []
    L = Line("letters").t("ts=%s level=info svc=letters tmpl=school_nurse_brace_v3 letter_id=%s student=\"" % (iso_z(t), lid))
    L.p(full(p), "name").t("\" dob=").p(p.dob.isoformat(), "date").t(" mps_student_id=").p(p.student_id, "other_id")
    L.t(" school=\"%s\" grade=%d nurse=\"%s\" deliver=fax to=%s" % (sch[0], p.grade, sch[1], sch[2]))
    L.t(" guardian=\"").p("%s %s" % (p.g_first, p.g_last), "name").t("\" guardian_phone=").p(fmt_phone(p.g_phone, "dash"), "phone")
    L.t(" wear_rx=\"18-20h/day\" status=queued")
    out.append(L)
    if R.random() < 0.55:
        he = "She" if p.sex == "F" else "He"
        L = Line("letters").t("ts=%s level=debug svc=letters-render letter_id=%s text=\"Dear School Nurse: " % (iso_z(t + dt.timedelta(seconds=2)), lid))
        L.p(full(p), "name").t(" (DOB ").p(p.dob.strftime("%m/%d/%Y"), "date")
        L.t(") is being treated at %s for adolescent idiopathic scoliosis. %s wears a %s for 18-20 hours a day and may need a private space to remove it for P.E. Next visit: "
            % (ORG, he, p.brace[0]))
        L.p(p.next_appt.strftime("%B %-d, %Y"), "date").t(". Questions: call %s or fax %s. Kirsten Olsen, CPO\"" % (ORG_PHONE, ORG_FAX))
        out.append(L)
    out.append(Line("letters").t("ts=%s level=info svc=letters letter_id=%s fax_job=%s pages=2 status=sent duration_ms=%d provider=SRFax"
                                 % (iso_z(t + dt.timedelta(seconds=R.randint(20, 90))), lid, R.randint(10 ** 8, 10 ** 9), R.randint(800, 9000))))
    return out


def f_sms(t, k=None):
    p = pick()
    k = R.random() if k is None else k
    if k < 0.1:
        p = R.choice([q for q in PATS if q.spanish])
    base = {"@timestamp": iso_z(t), "logger": "notify.sms", "level": "INFO", "provider": "twilio",
            "sid": "SM" + hx(32)}
    L = Line("sms")
    if k < 0.35:
        to = p.teen_phone if R.random() < 0.5 else p.g_phone
        if p.spanish:
            body = [("Lakeshore Spine: Hola, recordatorio de la cita de ", None), (p.first, "name"), (" el ", None),
                    (p.next_appt.strftime("%d/%m/%Y"), "date"), (p.next_appt.strftime(" a las %H:%M"), None), (". Traiga el corsé. Responda STOP para cancelar.", None)]
        else:
            body = [("Lakeshore Spine: Great week, ", None), (p.first, "name"),
                    ("! Avg brace wear %.1f h/day (goal 18). Reply STOP to opt out." % max(p.wear, 16.2), None)]
        o = dict(base, direction="outbound-api", **{"from": "+14145550142"}, to=P("+1" + to, "phone"),
                 template="appt_reminder_es" if p.spanish else "wear_weekly_v2")
        L.json(o, sep=(",", ":"))
        L.buf = L.buf[:-1]
        L.t(',"body":"')
        for txt, cat in body:
            if cat:
                L.p(json.dumps(txt, ensure_ascii=False)[1:-1], cat, meant=txt, dec="json")
            else:
                L.t(json.dumps(txt, ensure_ascii=False)[1:-1])
        L.t('"}')
    elif k < 0.55:
        o = dict(base, direction="inbound", **{"from": P("+1" + p.g_phone, "phone")}, to="+14145550142")
        L.json(o)
        L.buf = L.buf[:-1]
        L.t(',"body":"this is ').p(p.first.lower(), "name").t("'s %s, the app says the sensor disconnected since sat?? is it broken\"}" % ("mom" if p.g_rel == "mother" else "dad" if p.g_rel == "father" else "grandma"))
    elif k < 0.75:
        o = dict(base, direction="outbound-api", **{"from": "+14145550142"}, to=P("+1" + p.g_phone, "phone"), template="letter_ready")
        L.json(o)
        L.buf = L.buf[:-1]
        L.t(',"body":"Hi ').p(p.g_first, "name").t(", ").p(p.first, "name").t("'s school nurse letter is ready: ")
        L.p("https://my.lakeshorespine.org/l/" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789") for _ in range(8)), "url")
        L.t(' (expires in 72h)"}')
    else:
        o = dict(base, level="WARN", status="undelivered", error_code=R.choice([30007, 30003, 30005]),
                 msg="carrier filtered or unreachable", retry=False)
        L.json(o)
    return [L]


def f_chat(t):
    p = pick()
    conv = "c_%d" % R.randint(8000, 8999)
    out = []
    who = R.random()
    if who < 0.6:
        o = {"ts": t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d-05:00" % R.randint(0, 999), "conv": conv,
             "from": {"role": "guardian", "name": P("%s %s" % (p.g_first, p.g_last), "name"), "email": P(p.g_email, "email")},
             "pt_mrn": P(p.mrn, "mrn"),
             "text": "%s has a red spot under the left thoracic pad again, can we come in this week?" % p.first}
        L = Line("portal_chat")
        L.json(o)
        # relabel the first name at the start of text
        L.buf = L.buf[:L.buf.rfind(b'"text":"') + 8]
        L.p(json.dumps(p.first, ensure_ascii=False)[1:-1], "name", meant=p.first, dec="json")
        L.t(' has a red spot under the left thoracic pad again, can we come in this week?"}')
    else:
        o = {"ts": t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d-05:00" % R.randint(0, 999), "conv": conv,
             "from": {"role": "patient", "name": P(full(p), "name"), "user": P(p.user, "other_id")},
             "text": "do i have to wear it to homecoming?? its only 4 hours"}
        L = Line("portal_chat").json(o)
    out.append(L)
    d = TODAY + dt.timedelta(days=R.randint(1, 4))
    L = Line("portal_chat").t('{"ts":"%s","conv":"%s","from":{"role":"staff","name":"Tamika Alvarez, RN"},"text":"Hi! We have %s on %s '
                              % ((t + dt.timedelta(minutes=R.randint(5, 50))).strftime("%Y-%m-%dT%H:%M:%S.000-05:00"), conv,
                                 R.choice(["3:30", "10:15", "1:45"]), d.strftime("%A")))
    L.p(d.strftime("%-m/%-d"), "date").t(' with Javier. Please bring the brace and the sensor."}')
    out.append(L)
    return out


def f_x12(t):
    p = pick()
    out = []
    ctl = "%04d" % R.randint(1, 9999)
    if R.random() < 0.6:
        out.append(Line("x12").t("ST*271*%s*005010X279A1~" % ctl))
        out.append(Line("x12").t("NM1*PR*2*%s*****PI*%s~" % (p.plan[0], p.plan[1])))
        out.append(Line("x12").t("NM1*1P*2*LAKESHORE PEDIATRIC SPINE*****XX*%s~" % ORG_NPI))
        L = Line("x12").t("NM1*IL*1*").p(p.last.upper(), "name").t("*").p(p.first.upper(), "name").t("****MI*").p(p.member, "health_plan").t("~")
        out.append(L)
        out.append(Line("x12").t("N3*").p((p.street + (" " + p.unit if p.unit else "")).upper(), "address").t("~"))
        out.append(Line("x12").t("N4*").p(p.city.upper(), "address").t("*%s*" % p.state).p(p.zip, "zip").t("~"))
        out.append(Line("x12").t("DMG*D8*").p(p.dob.strftime("%Y%m%d"), "date").t("*%s~" % p.sex))
        out.append(Line("x12").t("DTP*291*D8*").p(t.strftime("%Y%m%d"), "date").t("~"))
        out.append(Line("x12").t("EB*1*IND*30**%s~" % R.choice(["HM", "PR", "MC"])))
        out.append(Line("x12").t("SE*%d*%s~" % (R.randint(10, 16), ctl)))
    else:
        out.append(Line("x12").t("CLM*").p(p.acct, "account").t("*4850***11:B:1*Y*A*Y*Y~"))
        out.append(Line("x12").t("HI*ABK:M41125*ABF:Z9689~"))
        out.append(Line("x12").t("SV1*HC:L1300*4850*UN*1***1~"))
        out.append(Line("x12").t("DTP*472*D8*").p(t.strftime("%Y%m%d"), "date").t("~"))
        out.append(Line("x12").t("REF*6R*%s~" % hx(12).upper()))
    return out


JFRAMES = ["\tat org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:290)",
           "\tat org.springframework.dao.support.PersistenceExceptionTranslationInterceptor.invoke(PersistenceExceptionTranslationInterceptor.java:152)",
           "\tat org.lpso.sched.service.BookingService.book(BookingService.java:118)",
           "\tat org.lpso.sched.api.BookingController.create(BookingController.java:64)",
           "\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)",
           "\tat org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:166)"]


def f_java(t):
    p = pick()
    ts = t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d-05:00" % R.randint(0, 999)
    slot = p.next_appt
    out = []
    L = Line("java_trace").t("%s ERROR 1 --- [sched-api] [nio-8080-exec-%d] o.l.sched.api.BookingController   : Booking failed for patient "
                             % (ts, R.randint(1, 10)))
    L.p(p.mrn, "mrn").t(" (").p("%s, %s" % (p.last, p.first), "name").t(") slot ").p(slot.strftime("%Y-%m-%dT%H:%M"), "date")
    L.t(" provider=jmarquez traceId=%s" % hx(32))
    out.append(L)
    out.append(Line("java_trace").t("org.springframework.dao.DataIntegrityViolationException: could not execute statement [ERROR: duplicate key value violates unique constraint \"uq_slot_patient\"]"))
    for f in JFRAMES[:R.randint(3, 6)]:
        out.append(Line("java_trace").t(f))
    out.append(Line("java_trace").t("Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint \"uq_slot_patient\""))
    L = Line("java_trace").t("  Detail: Key (patient_id, slot_start)=(").p(p.mrn, "mrn").t(", ").p(slot.strftime("%Y-%m-%d %H:%M:00"), "date").t(") already exists.")
    out.append(L)
    out.append(Line("java_trace").t("\t... %d common frames omitted" % R.randint(40, 90)))
    return out


def f_pg(t):
    p = pick()
    pid = R.randint(1000, 30000)
    ts = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d CDT" % R.randint(0, 999)
    k = R.random()
    L = Line("pgaudit")
    if k < 0.3:
        L.t("%s [%d] jmarquez@bracetrk LOG:  AUDIT: SESSION,%d,1,READ,SELECT,,,\"SELECT id, first_name, last_name, dob FROM patients WHERE last_name ILIKE '"
            % (ts, pid, R.randint(1, 90)))
        L.p(p.last.lower().replace("'", "''")[:5], "name").t("%%' AND dob = '").p(p.dob.isoformat(), "date").t("'\",<not logged>")
    elif k < 0.55:
        L.t("%s [%d] bt_ingest@bracetrk LOG:  AUDIT: SESSION,%d,1,WRITE,UPDATE,,,\"UPDATE wear_summary SET avg_hours = %.2f, updated_at = now() WHERE patient_id = '"
            % (ts, pid, R.randint(1, 900), p.wear))
        L.p(p.mrn, "mrn").t("'\",<not logged>")
    elif k < 0.75:
        L.t("%s [%d] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 1 removed, 2 recycled; write=%.3f s, sync=0.004 s, total=%.3f s"
            % (ts, pid, R.randint(100, 5000), R.uniform(0.1, 9), R.uniform(1, 200), R.uniform(1, 200)))
    elif k < 0.9:
        L.t("%s [%d] LOG:  automatic vacuum of table \"bracetrk.public.wear_readings_2024_09\": index scans: 1, pages: 0 removed, %d remain"
            % (ts, pid, R.randint(10000, 90000)))
    else:
        L.t("%s [%d] letters@bracetrk ERROR:  null value in column \"guardian_phone\" of relation \"letters\" violates not-null constraint" % (ts, pid))
    return [L]


def f_dictation(t, k=None):
    p = pick()
    age = (TODAY - p.dob).days // 365
    L = Line("dictation").t("[%s] NOTE N-%d dictated_by=cokafor asr=whisper-med-2.1 conf=%.2f mrn=" % (t.strftime("%Y-%m-%d %H:%M:%S"), R.randint(550000, 569999), R.uniform(0.85, 0.98)))
    L.p(p.mrn, "mrn").t(" | %dyo %s w/ AIS, R thoracic %.0f deg (prev %.0f deg on " % (age, p.sex, p.cobb, p.cobb_prior))
    L.p(p.prior.strftime("%-m/%-d"), "date").t("), Risser %d. Sensor avg %.1f h/d (goal 18). " % (R.randint(0, 4), p.wear))
    k = R.random() if k is None else k
    if k < 0.4:
        g = R.choice(["grandmother", "great-grandfather", "great-aunt"])
        L.t("Lives w/ %s " % p.g_rel).p(p.g_first, "name").t(" and %s (age " % g).p(str(R.randint(90, 96)), "age").t(") in ")
        L.p(p.city, "address").t(". ")
    elif k < 0.7:
        L.t("Accompanied by %s, " % p.g_rel).p("%s %s" % (p.g_first, p.g_last), "name").t(", cell ").p(fmt_phone(p.g_phone, "dot"), "phone").t(". ")
    else:
        L.t("Pt reports pressure at R axillary pad, skin intact. ")
    L.t("Plan: continue %s, adjust pads w/ Javier, RTC 4 mo with EOS PA." % p.brace[0])
    return [L]


def f_ci(t):
    msgs = ["time=\"%s\" level=info msg=\"Sync operation to %s succeeded\" application=bracetrack-ingest dest-namespace=bt-prod dest-server=https://kubernetes.default.svc revision=%s"
            % (iso_z(t)[:19] + "Z", hx(7), hx(40)),
            "time=\"%s\" level=info msg=\"Image updated\" application=letters-render image=ghcr.io/lpso/letters-render:1.14.%d-b%d" % (iso_z(t)[:19] + "Z", R.randint(0, 9), R.randint(300, 999)),
            "%s ##[group]Run actions/checkout@v4 (run 10876%05d, attempt 1, sha %s)" % (iso_z(t), R.randint(0, 99999), hx(40)),
            "%s npm ci --omit=dev: added 612 packages, audited 613 packages in %ds, found 0 vulnerabilities" % (iso_z(t), R.randint(8, 40)),
            "time=\"%s\" level=warning msg=\"Failed to get cached managed resources\" application=spinemeasure error=\"context deadline exceeded\"" % (iso_z(t)[:19] + "Z")]
    return [Line("ci_deploy").t(R.choice(msgs))]


def f_fw(t):
    out = [Line("eligibility_fw").t("HDR" + "LPSO".ljust(10) + "CCHP1".ljust(8) + "ELIG" + t.strftime("%Y%m%d") + "V02" + " " * 40)]
    n = R.randint(1, 3)
    for p in R.sample([q for q in PATS if q.plan[2] == "medicaid"], n):
        L = Line("eligibility_fw").t("D")
        L.fw(p.member, 12, "health_plan").fw(p.last.upper(), 20, "name").fw(p.first.upper(), 15, "name")
        L.fw(p.dob.strftime("%Y%m%d"), 8, "date").fw(p.sex, 1)
        L.fw(p.street.upper(), 28, "address").fw(p.city.upper(), 16, "address").fw(p.state, 2).fw(p.zip, 5, "zip")
        L.fw("HMO01", 6).fw(dt.date(2024, R.randint(1, 9), 1).strftime("%Y%m%d"), 8, "date").fw("99991231", 8)
        out.append(L)
    out.append(Line("eligibility_fw").t("TRL" + ("%07d" % n) + " " * 20 + hx(8).upper()))
    return out


def f_front(t, k=None):
    p = pick()
    ts = t.strftime("%Y-%m-%d %H:%M:%S")
    k = R.random() if k is None else k
    out = []
    if k < 0.4:
        L = Line("frontdesk").t("%s CHECKIN kiosk=LOBBY-%d mrn=" % (ts, R.randint(1, 3))).p(p.mrn, "mrn")
        L.t(" appt=APT-%d appt_time=" % R.randint(770000, 779999)).p(t.strftime("%Y-%m-%dT") + "%02d:%02d" % (t.hour, R.choice([0, 15, 30, 45])), "date")
        L.t(" guardian=\"").p("%s %s" % (p.g_first, p.g_last), "name").t("\" rel=%s id_type=DL id_state=WI id_num=" % p.g_rel).p(p.dl, "license")
        L.t(" ins_card=scanned copay=35.00 status=ARRIVED")
        out.append(L)
    elif k < 0.6:
        pan = card(R.choice(["4539", "4716", "5425", "2221"]))
        if R.random() < 0.2:
            pan = pan[:-1] + str((int(pan[-1]) + 3) % 10)  # junk / mistyped PAN
        L = Line("frontdesk").t("%s PAYMENT ERROR terminal=LOBBY-2 gw=Elavon resp=%s pan=" % (ts, R.choice(["05 DECLINED", "14 INVALID CARD"])))
        L.p(pan, "account").t(" exp=%02d/%02d guarantor=\"" % (R.randint(1, 12), R.randint(25, 30)))
        L.p("%s %s" % (p.g_first, p.g_last), "name").t("\" acct=").p(p.acct, "account").t(" amount=35.00 invoice=INV-2024-%05d" % R.randint(10000, 99999))
        out.append(L)
    elif k < 0.7:
        L = Line("frontdesk").t("%s PAYMENT OK terminal=LOBBY-1 gw=Elavon card=VISA ************%04d auth=%06d acct=" % (ts, R.randint(0, 9999), R.randint(0, 999999)))
        L.p(p.acct, "account").t(" amount=35.00")
        out.append(L)
    elif k < 0.8:
        plate = "%s%s%s-%04d" % (R.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), R.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), R.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), R.randint(1000, 9999))
        v = vin(R.choice(["5FNRL6H7", "1FMCU9GD", "2T3RFREV", "KNDPMCAC", "1C4RJFAG"]), R.choice("FGHJK"))
        L = Line("frontdesk").t("%s PARKING_PERMIT permit=PK-24-%04d mrn=" % (ts, R.randint(1000, 9999))).p(p.mrn, "mrn")
        L.t(" plate=WI ").p(plate, "vehicle").t(" vin=").p(v, "vehicle").t(" lot=P2-Prospect valid_today=Y")
        out.append(L)
    elif k < 0.85:
        bad = p.ssn.replace("-", "")[:8]
        L = Line("frontdesk").t("%s REGISTRATION WARN field=guarantor_ssn value=" % ts).p(bad, "ssn").t(" reason=\"expected 9 digits\" mrn=").p(p.mrn, "mrn")
        out.append(L)
    elif k < 0.9:
        L = Line("frontdesk").t("%s CONTACT_PREF mrn=" % ts).p(p.mrn, "mrn").t(" channel=fax fax=").p(fmt_phone(phone_digits("414"), "dash"), "fax")
        L.t(" note=\"guardian prefers records faxed to work\"")
        out.append(L)
    else:
        out.append(Line("frontdesk").t("%s KIOSK_HEARTBEAT kiosk=LOBBY-%d ver=7.3.2 ip=10.20.1.%d printer=OK scanner=OK"
                                       % (ts, R.randint(1, 3), R.randint(30, 60))))
    return out


FAMILIES = [(f_sensor, 14), (f_nginx, 20), (f_syslog, 22), (f_hl7, 2.5), (f_fhir, 5), (f_dicom, 3),
            (f_cobb, 6), (f_scan, 3), (f_fab, 3), (f_cnc, 6), (f_letters, 3), (f_sms, 7), (f_chat, 2),
            (f_x12, 2), (f_java, 0.8), (f_pg, 6), (f_dictation, 4), (f_ci, 10), (f_fw, 1.2), (f_front, 6)]


CLINIC_HOURS = {f_dicom, f_scan, f_cobb, f_front, f_fab, f_cnc, f_dictation, f_hl7, f_letters, f_fw, f_java}


def pick_time(fn):
    """clinic systems run 07:15-17:45; apps, servers and portal all day (06:00-02:00)"""
    if fn in CLINIC_HOURS:
        sec = R.randint(int(1.25 * 3600), int(11.75 * 3600))
    else:
        sec = R.randint(0, 20 * 3600)
    return BASE + dt.timedelta(seconds=sec, milliseconds=R.randint(0, 999))


def main():
    events = []
    total = 0
    seq = 0
    # every system appears at least twice; rare categories are forced a few times
    forced = [f for f, _ in FAMILIES] * 2
    forced += [(f_sms, 0.6), (f_sms, 0.7), (f_sms, 0.05), (f_sms, 0.08), (f_front, 0.87), (f_front, 0.75), (f_dictation, 0.1), (f_front, 0.82)]
    for fn in forced:
        k = None
        if isinstance(fn, tuple):
            fn, k = fn
        t = pick_time(fn)
        lines = fn(t) if k is None else fn(t, k)
        events.append((t, seq, lines))
        seq += 1
        total += len(lines)
    while total < N_LINES - 8:
        fn = R.choices([f for f, _ in FAMILIES], weights=[w for _, w in FAMILIES])[0]
        t = pick_time(fn)
        lines = fn(t)
        if total + len(lines) > N_LINES:
            continue
        events.append((t, seq, lines))
        seq += 1
        total += len(lines)
    while total < N_LINES:
        t = BASE + dt.timedelta(seconds=R.randint(0, 20 * 3600), milliseconds=R.randint(0, 999))
        events.append((t, seq, R.choice([f_syslog, f_ci, f_cnc])(t)))
        seq += 1
        total += 1
    events.sort(key=lambda e: (e[0], e[1]))
    lines = [l for _, _, ls in events for l in ls]
    assert len(lines) == N_LINES, len(lines)

    with open("qk.log", "wb") as fl, open("qk.labels.jsonl", "w", encoding="utf-8") as fj:
        for n, L in enumerate(lines, 1):
            b = bytes(L.buf)
            assert b and b"\n" not in b and b"\r" not in b, (n, b)
            b.decode("utf-8")
            prev = 0
            spans = []
            for (s, e, cat, txt, meant, dec) in sorted(L.spans):
                if not (0 <= s < e <= len(b)):
                    sys.exit("line %d: span out of range %r" % (n, (s, e)))
                if s < prev:
                    sys.exit("line %d: overlapping spans" % n)
                prev = e
                got = b[s:e].decode("utf-8")
                if got != txt:
                    sys.exit("line %d: span %r != %r" % (n, got, txt))
                if dec == "json" and json.loads('"' + got + '"') != meant:
                    sys.exit("line %d: json-decoded span %r != %r" % (n, got, meant))
                if dec is None and got != meant:
                    sys.exit("line %d: span %r != meant %r" % (n, got, meant))
                if got != got.strip():
                    sys.exit("line %d: span has surrounding space %r" % (n, got))
                spans.append({"s": s, "e": e, "cat": cat})
            fl.write(b + b"\n")
            fj.write(json.dumps({"line": n, "family": L.family, "spans": spans}) + "\n")


if __name__ == "__main__":
    main()
