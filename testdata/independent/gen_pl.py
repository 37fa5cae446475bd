#!/usr/bin/env python3
"""gen_pl.py - synthetic labeled log corpus "pl".

Organisation: "Lakeland CardioPulmonary Rehab" (LCPR), the outpatient cardiac
(Phase II/III) and pulmonary rehabilitation program shared by three hospitals:
Northshore Baptist Medical Center (NBMC, Milwaukee), St. Adalbert Hospital
(SAH, Waukesha) and Kettle Moraine Regional (KMR, Hartford).  The log is one
SIEM export (one day, 2024-03-12) with lines interleaved by time.

Systems simulated (family names in the labels file):
  telemetry    RehabNet CR-800 central station, pipe-delimited ECG telemetry
               during exercise sessions (bay, transmitter, HR, rhythm, ST).
  wearable     hr-ingest (Node/pino JSON) receiving Polar/Garmin/Fitbit
               heart-rate uploads from patients' own wearables.
  nginx        nginx combined access log of the MoveWell home-exercise app
               API and the education-video CDN.
  hl7          HL7 v2.5.1 REF^I12 referrals from cardiology/pulmonology
               practices and ORU^R01 spirometry results (one line/segment).
  fhir         FHIR R4 Observation (six-minute-walk test) posted by the
               rehab EHR module.
  x12          X12 837P professional claims (CPT 93798, G0424, 94625),
               one segment per line.
  csv          Attendance/billing export (CSV) from the scheduling system.
  syslog       RFC3164 syslog of Linux servers (sshd, cron, systemd, kernel).
  java         Stack traces from the rehab-billing Spring service.
  logfmt       Go video service "edu-stream" (logfmt).
  sql          MySQL slow-query log of the scheduling DB (multi-line).
  sms          Twilio-style SMS reminder gateway (key=value + body).
  note         Free-text session notes exported from the EP documentation.
  k8s          Kubernetes ingress/Prometheus alertmanager key=value lines.
  fax          RightFax-style inbound fax gateway (referral faxes, OCR).
  winevent     Windows Security event export (staff logons only).
  xml          Spirometer (SpiroLink PC) XML test export, one line/record.
  chat         Staff Teams chat export (JSON).
  fixed        Payer eligibility roster, fixed width (271 flat file).
  parking      Garage validation system (key=value), free parking for
               rehab patients.

Labeling decisions (grey cases):
  * Timestamps of the log record itself (syslog time, pino "time", nginx
    time, MSH-7, ISA/GS dates, EVN) are NOT labeled, even when the record is
    about a patient.  Explicit patient dates ARE labeled `date`: DOB,
    referral date, session/appointment date, test date (OBR-7, OBX time,
    effectiveDateTime), claim service dates (DTP*472), wearable workout
    start/end fields, dates inside SMS/notes ("Tue 3/14").
  * Hospital-owned telemetry transmitters (TX serial) are labeled `device`
    when the line ties them to a patient's session; in fleet/maintenance
    lines without a patient they are equipment inventory, not PHI.  Patients'
    own wearable serials and BLE MACs are always `device`.
  * Program enrolment IDs (CPR-xxxxxx), referral IDs, MoveWell app user IDs,
    FHIR Patient logical ids, fax OCR case IDs: `other_id`.  Hospital MRNs
    and the enterprise EMPI: `mrn`.  Hospital account/FIN numbers, claim
    patient control numbers (CLM01), full card numbers: `account`.  Masked
    cards (last four only) are not labeled.  Member/subscriber IDs, MBI,
    Medicaid IDs: `health_plan`; insurance group numbers are employer plan
    identifiers, not labeled.
  * In access logs the patient identifier inside a request path is labeled
    with its own category (other_id) rather than the whole URL; a full URL
    that is itself a personal link (share/progress link with the patient's
    token) is labeled `url`.  Patient client IPs (residential) are `ip`;
    LB/internal/server IPs are not.
  * Staff, exercise physiologists, RNs, RTs, referring cardiologists and
    their NPIs, practice phones/faxes/addresses, and the hospitals' own
    addresses are not PHI.  Emergency contacts / spouses of patients are PHI
    (name, phone).
  * HL7 XPN names (LAST^FIRST^M) are one `name` span; X12 and CSV put last
    and first in separate elements/columns, so they are separate spans.
    Addresses: street and city are separate `address` spans where the format
    separates them (HL7 components, X12 N3/N4, CSV), one span when written
    on one run in free text; ZIP is always its own `zip` span; state never.
    County (PID-12) is `address`.
  * Ages labeled only when > 89.  Heart rates, METs, walk distance, FEV1,
    session counts (14/36) are not identifiers.  First names alone in SMS
    bodies or chat ("Hi Dolores") are labeled `name`; courtesy forms
    ("Mr. Oyelaran") label the surname only.
  * Licence plates in garage validation are `vehicle`.  Values escaped in
    JSON (\\u00e9) or doubled quotes in SQL are labeled where their bytes
    are.
"""
import json
import random
import hashlib
import datetime as dt
import sys
import unicodedata

SEED = 20240312
R = random.Random(SEED)


# --------------------------------------------------------------------------
# segment machinery
class P:
    """A PHI value placed in a line."""
    __slots__ = ("v", "c")

    def __init__(self, v, c):
        self.v = str(v)
        self.c = c


def render(parts):
    b = bytearray()
    spans = []
    for p in parts:
        if isinstance(p, P):
            s = len(b)
            b += p.v.encode("utf-8")
            spans.append({"s": s, "e": len(b), "cat": p.c, "_v": p.v})
        else:
            b += str(p).encode("utf-8")
    return bytes(b), spans


class JNum:
    """raw (unquoted) JSON token, optionally PHI"""

    def __init__(self, v, c=None):
        self.v = v
        self.c = c


def js(obj, ascii_=True, sep=(",", ":")):
    """serialize obj into parts, PHI values (P) kept as spans"""
    out = []

    def esc(s):
        return json.dumps(s, ensure_ascii=ascii_)[1:-1]

    def walk(o):
        if isinstance(o, P):
            out.append('"')
            out.append(P(esc(o.v), o.c))
            out.append('"')
        elif isinstance(o, JNum):
            if o.c:
                out.append(P(str(o.v), o.c))
            else:
                out.append(str(o.v))
        elif isinstance(o, dict):
            out.append("{")
            first = True
            for k, v in o.items():
                if not first:
                    out.append(sep[0])
                first = False
                out.append(json.dumps(k) + sep[1])
                walk(v)
            out.append("}")
        elif isinstance(o, (list, tuple)):
            out.append("[")
            for i, v in enumerate(o):
                if i:
                    out.append(sep[0])
                walk(v)
            out.append("]")
        else:
            out.append(json.dumps(o, ensure_ascii=ascii_))

    walk(obj)
    return out


# --------------------------------------------------------------------------
# checksum helpers
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


def make_npi():
    base = "1" + "".join(R.choice("0123456789") for _ in range(8))
    return base + luhn_digit("80840" + base)


def make_card():
    base = "4" + "".join(R.choice("0123456789") for _ in range(14))
    return base + luhn_digit(base)


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        g = R.randint(1, 99)
        s = R.randint(1, 9999)
        return "%03d-%02d-%04d" % (a, g, s)


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def make_mbi():
    D = "0123456789"
    c = [R.choice("123456789"), R.choice(MBI_A), R.choice(MBI_AN), R.choice(D),
         R.choice(MBI_A), R.choice(MBI_AN), R.choice(D), R.choice(MBI_A),
         R.choice(MBI_A), R.choice(D), R.choice(D)]
    return "".join(c)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def digs(n):
    return "".join(R.choice("0123456789") for _ in range(n))


# --------------------------------------------------------------------------
# organisation
HOSP = {
    "NBMC": dict(name="Northshore Baptist Medical Center", addr="2900 W Oklahoma Ave",
                 city="Milwaukee", zip="53215", phone="414-649-7700", fax="414-649-7719",
                 npi=make_npi(), tin="39-1064518", host="nbmc"),
    "SAH": dict(name="St. Adalbert Hospital", addr="725 American Ave",
                city="Waukesha", zip="53188", phone="262-928-2465", fax="262-928-2470",
                npi=make_npi(), tin="39-0808614", host="sah"),
    "KMR": dict(name="Kettle Moraine Regional", addr="1032 E Sumner St",
                city="Hartford", zip="53027", phone="262-673-2300", fax="262-670-7351",
                npi=make_npi(), tin="39-1502296", host="kmr"),
}
HKEYS = list(HOSP)

STAFF = ["Kayla Nguyen, MS, CEP", "Marcus Oyelowo, RRT", "Brianna Schaefer RN",
         "Tomás Echeverría, CEP", "Lindsey Vang RN", "Dr. Rafael Quintero-Bose",
         "Jolene Fitzwater, RCEP", "Anders Holmgren RRT", "Dee Washington RN"]
STAFF_USERS = ["knguyen2", "moyelowo", "bschaefer", "techeverria", "lvang",
               "rquinterobose", "jfitzwater", "aholmgren", "dwashington"]
CARDIO = [("Abernathy", "Helen", "MD"), ("Raghunathan", "Sunil", "MD"),
          ("Kessler-Ortiz", "Maria", "DO"), ("Obi", "Chinedu", "MD"),
          ("Lundgren", "Per", "MD"), ("Farouk", "Samira", "MD")]
CARDIO = [(l, f, d, make_npi()) for (l, f, d) in CARDIO]
PRACTICES = [("Lakeshore Heart Associates", "414-358-0910", "414-358-0934"),
             ("Waukesha Cardiology Group SC", "262-544-1210", "262-544-1299"),
             ("Aurora Pulmonary & Sleep", "262-673-8800", "262-673-8815")]

FIRST = ["Dolores", "Teodora", "Adebayo", "Mei-Ling", "Rajesh", "Ingrid", "Tomasz",
         "Guadalupe", "Hamish", "Siobhan", "Kwame", "Yuki", "Baldwin", "Rosalind",
         "Esperanza", "Dmitri", "Aaliyah", "Wendell", "Marguerite", "Hyun-woo",
         "Fatima", "Lorcan", "Bernadette", "Otis", "Priya", "Cornelius", "Noor",
         "Ezekiel", "June", "Hunter", "Summer", "Rose", "Grant", "Faith", "Earl",
         "Amparo", "Thi Lan", "Jean-Baptiste", "Zoë", "José", "Łukasz", "Agnieszka"]
LAST = ["Kowalczyk-Reyes", "Oyelaran", "Nakamura", "Baker", "Field", "Wood",
        "Van der Berg", "O'Donnell", "Castillo Ruiz", "Mbeki", "Lindqvist",
        "Petrosyan", "Chavez", "Whitehorse", "Nguyen", "Al-Sayed", "Brooks", "Fox",
        "Stone", "Hill", "Sparrow", "De la Cruz", "MacAllister", "Szabo", "Rivers",
        "Park", "Haddad", "Oduya", "Gallagher-Finch", "Bell", "Winter", "Young",
        "Moss", "Müller", "Brzęczek", "Christiansen", "Hmong-Xiong", "Olatunji"]
MIDDLE = ["A", "M", "J", "R", "L", "T", "", "", "", "E"]
STREETS = ["W Greenfield Ave", "N Prospect Ave", "Birch Hollow Rd", "S 76th St",
           "Oak Ridge Ct", "County Road K", "E Capitol Dr", "Meadowbrook Ln",
           "W Layton Ave", "Silver Spring Dr", "Pewaukee Rd", "Cedar Creek Trl",
           "N Water St", "Ravenswood Cir", "Hwy 60", "Elm Grove Rd"]
CITIES = [("Waukesha", "53186", "WAUKESHA"), ("Brookfield", "53045", "WAUKESHA"),
          ("Oconomowoc", "53066", "WAUKESHA"), ("West Allis", "53214", "MILWAUKEE"),
          ("Milwaukee", "53207", "MILWAUKEE"), ("Milwaukee", "53212", "MILWAUKEE"),
          ("Cedarburg", "53012", "OZAUKEE"), ("Menomonee Falls", "53051", "WAUKESHA"),
          ("Hartford", "53027", "WASHINGTON"), ("Slinger", "53086", "WASHINGTON"),
          ("Port Washington", "53074", "OZAUKEE"), ("Delafield", "53018", "WAUKESHA"),
          ("Greenfield", "53220", "MILWAUKEE"), ("West Bend", "53095", "WASHINGTON")]
AREA = ["414", "262", "920"]
EMAILDOM = ["gmail.com", "yahoo.com", "att.net", "wi.rr.com", "outlook.com", "charter.net"]
PAYERS = [("MEDICARE", "mbi"), ("WI MEDICAID FORWARDHEALTH", "mcd"),
          ("ANTHEM BCBS WI", "com"), ("UNITEDHEALTHCARE", "com"),
          ("QUARTZ HEALTH", "com"), ("MEDICARE", "mbi"), ("MEDICARE", "mbi")]
DX_CR = [("I21.4", "NSTEMI"), ("Z95.1", "Presence of aortocoronary bypass graft"),
         ("I25.10", "ASCVD native coronary artery"), ("Z95.5", "Coronary stent"),
         ("I50.22", "Chronic systolic HF"), ("Z95.2", "Prosthetic heart valve")]
DX_PR = [("J44.9", "COPD, unspecified"), ("J44.1", "COPD w acute exacerbation"),
         ("J84.10", "Pulmonary fibrosis, unsp")]

TODAY = dt.date(2024, 3, 12)


def phone():
    return "%s-%s-%s" % (R.choice(AREA), R.randint(202, 989), digs(4))


def res_ip():
    pre = R.choice(["73.%d" % R.randint(0, 255), "174.%d" % R.randint(100, 110),
                    "99.%d" % R.randint(0, 150), "24.%d" % R.randint(160, 183),
                    "172.%d" % R.randint(56, 59), "107.%d" % R.randint(77, 79)])
    return "%s.%d.%d" % (pre, R.randint(0, 255), R.randint(1, 254))


def mac():
    return ":".join("%02X" % R.randint(0, 255) for _ in range(6))


class Pt:
    pass


def make_patient(i, used):
    p = Pt()
    while True:
        f, l = R.choice(FIRST), R.choice(LAST)
        if (f, l) not in used:
            used.add((f, l))
            break
    p.first, p.last, p.mid = f, l, R.choice(MIDDLE)
    p.sex = R.choice("MF")
    age = R.randint(41, 86)
    if i in (3, 11, 17, 23, 29, 37):
        age = R.randint(90, 94)
    p.dob = dt.date(TODAY.year - age, R.randint(1, 12), R.randint(1, 28))
    if (p.dob.month, p.dob.day) > (TODAY.month, TODAY.day):
        age -= 1
    p.age = age
    p.hosp = HKEYS[i % 3]
    p.mrn = {"NBMC": "E" + digs(7), "SAH": "4" + digs(7), "KMR": "KM" + digs(6)}[p.hosp]
    p.empi = "10" + digs(8)
    p.prog = "CPR-%06d" % R.randint(100000, 240000)
    p.fin = digs(10)
    p.ref_date = TODAY - dt.timedelta(days=R.randint(14, 90))
    p.ref = "RF%s%04d" % (p.ref_date.strftime("%y%m%d"), R.randint(1, 9999))
    p.program = "PR" if i % 5 == 4 else "CR"
    p.dx = R.choice(DX_PR if p.program == "PR" else DX_CR)
    p.payer, kind = R.choice(PAYERS)
    if age >= 65 and kind != "mbi" and R.random() < 0.6:
        p.payer, kind = "MEDICARE", "mbi"
    p.member = {"mbi": make_mbi(), "mcd": digs(10),
                "com": R.choice(["XKW", "UHC", "QZH", "JQW"]) + digs(9)}[kind]
    p.group = R.choice(["", "GRP" + digs(5), "0" + digs(6)]) if kind == "com" else ""
    p.num = str(R.randint(3, 9899))
    p.street = "%s %s" % (p.num, R.choice(STREETS))
    p.apt = R.choice(["", "", "", "Apt %d" % R.randint(1, 40), "Unit %s" % R.choice("ABCD")])
    p.city, p.zip, p.county = R.choice(CITIES)
    p.state = "WI"
    p.phone = phone()
    p.cell = phone()
    p.email = "%s.%s%d@%s" % (f.lower().replace(" ", "").replace("ë", "e").replace("é", "e").replace("ł", "l").replace("Ł", "l"),
                             l.lower().replace(" ", "").replace("'", "").replace("ü", "u").replace("ę", "e"),
                             R.randint(1, 99), R.choice(EMAILDOM))
    p.ssn = make_ssn()
    brand = R.choice(["Polar H10", "Garmin Forerunner 55", "Fitbit Charge 6", "Apple Watch S8", "Polar Verity Sense"])
    p.wbrand = brand
    p.wserial = {"Polar H10": "C" + hexs(7).upper(), "Garmin Forerunner 55": "3" + digs(9),
                 "Fitbit Charge 6": "FB" + digs(3) + hexs(8).upper(),
                 "Apple Watch S8": R.choice("FGHJ") + "".join(R.choice("ABCDEFGHJKLMNPQRTVWXY0123456789") for _ in range(9)),
                 "Polar Verity Sense": "B" + hexs(7).upper()}[brand]
    p.mac = mac()
    p.appuid = "mw_" + hexs(12)
    p.ip = res_ip()
    p.ec_name = "%s %s" % (R.choice(FIRST), R.choice([l, R.choice(LAST)]))
    p.ec_rel = R.choice(["spouse", "daughter", "son", "wife", "husband", "neighbor", "sister"])
    p.ec_phone = phone()
    p.plate = "%s%s%s-%s" % (R.choice("ABCDEFGHJKLMNPRSTVWXYZ"), R.choice("ABCDEFGHJKLMNPRSTVWXYZ"),
                             R.choice("ABCDEFGHJKLMNPRSTVWXYZ"), digs(4))
    p.session_no = R.randint(1, 36)
    p.tx = "TX" + hexs(6).upper()
    p.bay = R.randint(1, 12)
    p.fhir = hexs(8) + "-" + hexs(4) + "-" + hexs(4) + "-" + hexs(4) + "-" + hexs(12)
    p.card = make_card()
    p.cardio = R.choice(CARDIO)
    p.practice = R.choice(PRACTICES)
    p.status = R.choice(["ATTENDED", "ATTENDED", "ATTENDED", "ATTENDED", "NO_SHOW", "CANCELLED_PT", "LATE_CANCEL"])
    p.slot = R.choice(["0700", "0815", "0930", "1045", "1300", "1415", "1530"])
    return p


_used = set()
PTS = [make_patient(i, _used) for i in range(44)]


def up(s):
    """upper-case ASCII transliteration as claim/roster systems store names"""
    s = s.replace("Ł", "L").replace("ł", "l")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return s.upper()


def pt():
    return R.choice(PTS)


def hx(p):
    return HOSP[p.hosp]


def d8(d):
    return d.strftime("%Y%m%d")


def iso(d):
    return d.strftime("%Y-%m-%d")


def mdy(d):
    return d.strftime("%m/%d/%Y")


# --------------------------------------------------------------------------
# clock
class Clock:
    def __init__(self):
        self.t = dt.datetime(2024, 3, 12, 5, 42, 7, 118000)

    def tick(self, lo=1, hi=70):
        self.t += dt.timedelta(seconds=R.randint(lo, hi), milliseconds=R.randint(0, 999))
        return self.t


CLK = Clock()


def t_iso(t, z=True):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d" % (t.microsecond // 1000) + ("Z" if z else "")


def t_sys(t):
    return t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if t.day < 10 else t.strftime("%b %d %H:%M:%S")


def t_utc_ms(t):
    return int((t.replace(tzinfo=dt.timezone.utc)).timestamp() * 1000)


# --------------------------------------------------------------------------
# systems: each returns a list of (family, parts)
SERVERS = ["lcpr-app01", "lcpr-app02", "lcpr-db01", "lcpr-fax01", "nbmc-crtele01",
           "sah-crtele01", "kmr-crtele01", "lcpr-etl01", "mw-api-03", "lcpr-bastion"]


def sys_syslog():
    t = CLK.tick()
    h = R.choice(SERVERS)
    k = R.randrange(9)
    if k == 0:
        msg = "sshd[%d]: Accepted publickey for %s from 10.40.%d.%d port %d ssh2: ED25519 SHA256:%s" % (
            R.randint(1000, 60000), R.choice(["svc_ansible", "root", "deploy"] + STAFF_USERS[:3]),
            R.randint(0, 20), R.randint(2, 250), R.randint(30000, 65000), hexs(20))
    elif k == 1:
        msg = "CRON[%d]: (root) CMD (/usr/local/bin/lcpr-rotate --keep 14 >/dev/null 2>&1)" % R.randint(1000, 60000)
    elif k == 2:
        msg = "systemd[1]: Started Session %d of user %s." % (R.randint(100, 9999), R.choice(["svc_etl", "deploy"]))
    elif k == 3:
        msg = "kernel: [%d.%06d] nfs: server nas02.lcpr.local OK" % (R.randint(100000, 999999), R.randint(0, 999999))
    elif k == 4:
        msg = "postfix/smtp[%d]: %s: to=<rehab-scheduling@nbmc.org>, relay=smtp.nbmc.org[198.51.100.25]:25, delay=0.%d, dsn=2.0.0, status=sent (250 2.0.0 Ok queued as %s)" % (
            R.randint(1000, 60000), hexs(10).upper(), R.randint(10, 99), hexs(10).upper())
    elif k == 5:
        msg = "ntpd[%d]: adjusting local clock by %0.6fs" % (R.randint(400, 900), R.uniform(-0.2, 0.2))
    elif k == 6:
        msg = "dockerd[%d]: time=\"%s\" level=info msg=\"Container %s health status changed to healthy\"" % (
            R.randint(700, 900), t_iso(t), hexs(12))
    elif k == 7:
        msg = "sudo: %s : TTY=pts/%d ; PWD=/opt/rehabnet ; USER=root ; COMMAND=/bin/systemctl restart cr800-gateway" % (
            R.choice(STAFF_USERS[6:] + ["svc_ansible"]), R.randint(0, 4))
    else:
        msg = "rsyslogd: imjournal: %d messages lost due to rate-limiting (20000 allowed within 600 seconds)" % R.randint(1, 400)
    return [("syslog", ["<%d>" % R.choice([13, 30, 38, 86]), t_sys(t), " ", h, " ", msg])]


def sys_k8s():
    t = CLK.tick()
    k = R.randrange(5)
    if k == 0:
        parts = ['time="%s" level=info ns=movewell pod=mw-api-%s-%s container=api event=Readiness probe succeeded latency_ms=%d' % (
            t_iso(t), hexs(9), hexs(5), R.randint(2, 40))]
    elif k == 1:
        parts = ['alertname=HighSessionQueueLatency severity=warning cluster=lcpr-prod-east service=cr800-gateway value=%0.2f threshold=2.5 fingerprint=%s startsAt=%s' % (
            R.uniform(2.5, 6), hexs(16), t_iso(t))]
    elif k == 2:
        parts = ['ts=%s component=ingress-nginx upstream=movewell-api-svc:8443 status=200 bytes_sent=%d request_time=%0.3f req_id=%s' % (
            t_iso(t), R.randint(200, 90000), R.uniform(0.003, 0.9), hexs(32))]
    elif k == 3:
        parts = ['ts=%s kind=Deployment ns=rehab name=hr-ingest image=registry.lcpr.org/rehab/hr-ingest:4.%d.%d revision=%d replicas=3/3' % (
            t_iso(t), R.randint(0, 9), R.randint(0, 30), R.randint(40, 120))]
    else:
        parts = ['ts=%s job=kube-state-metrics node=ip-10-42-%d-%d.ec2.internal cpu_pct=%0.1f mem_mb=%d oom_kills=0' % (
            t_iso(t), R.randint(0, 9), R.randint(2, 250), R.uniform(5, 95), R.randint(300, 7900))]
    return [("k8s", parts)]


def sys_winevent():
    t = CLK.tick()
    u = R.choice(STAFF_USERS)
    ev = R.choice([(4624, "An account was successfully logged on", "2"), (4634, "An account was logged off", "3"),
                   (4625, "An account failed to log on", "2"), (4740, "A user account was locked out", "")])
    ws = R.choice(["NBMC-CR-WS%02d" % R.randint(1, 9), "SAH-PULM-WS%02d" % R.randint(1, 6), "KMR-REHAB-KIOSK1"])
    return [("winevent", ['%s,Microsoft-Windows-Security-Auditing,%d,%s,"%s",LCPR\\%s,%s,LogonType=%s,IpAddress=10.%d.%d.%d' % (
        t.strftime("%m/%d/%Y %I:%M:%S %p"), ev[0], "Audit Success" if ev[0] != 4625 else "Audit Failure",
        ev[1], u, ws, ev[2] or "-", R.randint(40, 60), R.randint(0, 255), R.randint(2, 250))])]


def sys_telemetry():
    t = CLK.tick(1, 25)
    p = pt()
    h = p.hosp
    ts = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)
    r = R.random()
    if r < 0.5:
        hr = R.randint(68, 138)
        rhy = R.choice(["SR", "SR", "ST", "AF", "SR w PVC", "PACED"])
        parts = [ts, "|", h, "-CR800|BAY%02d|" % p.bay, P(p.tx, "device"), "|PID=", P(p.mrn, "mrn"), "|",
                 P("%s^%s" % (p.last.upper(), p.first.upper()), "name"),
                 "|HR=%d|RHY=%s|SpO2=%d|ST=%+0.1f|BP=%d/%d|MET=%0.1f|ALM=%s" % (
                     hr, rhy, R.randint(88, 99), R.uniform(-1.5, 0.8), R.randint(104, 172), R.randint(58, 94),
                     R.uniform(2, 6.5), "NONE" if hr < 130 else "HR_HI")]
        return [("telemetry", parts)]
    if r < 0.64:
        parts = [ts, "|", h, "-CR800|BAY%02d|" % p.bay, P(p.tx, "device"), "|EVT=SESSION_START|PID=", P(p.mrn, "mrn"),
                 "|SESS=%d/36|PRESCR=THR %d-%d RPE 11-13|EP=%s" % (p.session_no, R.randint(90, 100), R.randint(110, 125),
                                                                R.choice(STAFF_USERS))]
        return [("telemetry", parts)]
    kind = R.choice(["LEAD_OFF", "BATT_LOW", "RF_DROPOUT", "SYNC", "NOISE"])
    parts = ["%s|%s-CR800|BAY%02d|TX%s|EVT=%s|dur_ms=%d|fw=CR800-TX 3.4.%d|rssi=-%d" % (
        ts, h, R.randint(1, 12), hexs(6).upper(), kind, R.randint(40, 9000), R.randint(0, 9), R.randint(40, 90))]
    return [("telemetry", parts)]


def sys_wearable():
    t = CLK.tick()
    p = pt()
    base = {"level": 30, "time": t_utc_ms(t), "pid": R.randint(20, 99), "hostname": "hr-ingest-%s-%s" % (hexs(9), hexs(5)),
            "reqId": "req-" + hexs(6)}
    r = R.random()
    if r < 0.45:
        start = t - dt.timedelta(hours=R.randint(3, 30), minutes=R.randint(0, 59))
        end = start + dt.timedelta(minutes=R.randint(20, 55))
        o = dict(base)
        o.update({"msg": "upload accepted", "source": p.wbrand.split()[0].lower(), "model": p.wbrand,
                  "deviceSerial": P(p.wserial, "device"), "userId": P(p.appuid, "other_id"),
                  "workout": {"start": P(t_iso(start), "date"), "end": P(t_iso(end), "date"),
                              "avgHr": R.randint(88, 128), "maxHr": R.randint(110, 150), "samples": R.randint(600, 3300)},
                  "bytes": R.randint(4000, 90000), "durMs": R.randint(8, 300)})
        return [("wearable", js(o))]
    if r < 0.53:
        o = dict(base)
        o.update({"msg": "loaner shipment created", "userId": P(p.appuid, "other_id"), "carrier": "UPS",
                  "sku": "POL-H10-LNR", "lot": "L" + digs(6), "shipTo": {"name": P("%s %s" % (p.first, p.last), "name"),
                  "line1": P(p.street + ((", " + p.apt) if p.apt else ""), "address"), "city": P(p.city, "address"),
                  "state": "WI", "postalCode": P(p.zip, "zip"), "phone": P(p.cell, "phone"), "email": P(p.email, "email")},
                  "orderNo": "SO-%d" % R.randint(200000, 299999)})
        return [("wearable", js(o))]
    if r < 0.6:
        o = dict(base)
        o.update({"level": 40, "msg": "ble pairing: mac mismatch, re-pairing", "userId": P(p.appuid, "other_id"),
                  "expectedMac": P(p.mac, "device"), "appVersion": "MoveWell/5.%d.%d (iOS 17.%d)" % (
                      R.randint(0, 9), R.randint(0, 20), R.randint(0, 4))})
        return [("wearable", js(o))]
    o = dict(base)
    m = R.choice([{"msg": "batch flushed to kafka", "topic": "hr.samples.v2", "partition": R.randint(0, 11),
                   "offset": R.randint(10 ** 6, 10 ** 8), "records": R.randint(50, 4000)},
                  {"msg": "oauth token refreshed", "provider": R.choice(["garmin", "polar", "fitbit"]),
                   "expiresIn": 3600, "traceId": hexs(32), "spanId": hexs(16)},
                  {"msg": "healthcheck", "status": "ok", "uptimeSec": R.randint(1000, 900000), "version": "4.%d.%d" % (R.randint(0, 9), R.randint(0, 30))},
                  {"level": 50, "msg": "upstream timeout", "url": "https://api.polar.com/v3/exercises", "attempt": R.randint(1, 3), "durMs": 30000}])
    o.update(m)
    return [("wearable", js(o))]


UA = ["MoveWell/5.4.1 (iPhone; iOS 17.3.1; Scale/3.00)", "okhttp/4.12.0",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
      "MoveWell/5.3.9 (Android 14; SM-S911U)",
      "Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1"]


def sys_nginx():
    t = CLK.tick(1, 30)
    ts = t.strftime("[%d/%b/%Y:%H:%M:%S -0500]")
    r = R.random()
    if r < 0.5:
        p = pt()
        kind = R.randrange(4)
        if kind == 0:
            path = ["GET /api/v3/members/", P(p.appuid, "other_id"), "/plan/today HTTP/1.1"]
        elif kind == 1:
            path = ["POST /api/v3/members/", P(p.appuid, "other_id"), "/exercise-log HTTP/2.0"]
        elif kind == 2:
            path = ["GET /api/v3/programs/", P(p.prog, "other_id"), "/progress?week=%d HTTP/1.1" % R.randint(1, 12)]
        else:
            path = ["GET /videos/edu-%s-%03d/master.m3u8?uid=" % (p.program.lower(), R.randint(1, 40)), P(p.appuid, "other_id"),
                    " HTTP/1.1"]
        parts = [P(p.ip, "ip"), " - - ", ts, ' "'] + path + ['" %d %d "-" "%s" rt=%0.3f' % (
            R.choice([200, 200, 200, 201, 304, 401]), R.randint(300, 40000), R.choice(UA), R.uniform(0.002, 0.8))]
        return [("nginx", parts)]
    kind = R.randrange(3)
    if kind == 0:
        line = '10.42.%d.%d - - %s "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28" rt=0.001' % (
            R.randint(0, 9), R.randint(2, 250), ts)
    elif kind == 1:
        line = '%s - - %s "GET /static/js/main.%s.js HTTP/2.0" 200 %d "https://movewell.lcpr.org/" "%s" rt=%0.3f' % (
            R.choice(["162.158.%d.%d" % (R.randint(0, 255), R.randint(1, 254)), "172.70.%d.%d" % (R.randint(0, 255), R.randint(1, 254))]),
            ts, hexs(8), R.randint(20000, 900000), R.choice(UA), R.uniform(0.002, 0.2))
    else:
        line = '203.0.113.%d - - %s "GET /videos/edu-cr-%03d/seg_%05d.ts HTTP/1.1" 200 %d "-" "AppleCoreMedia/1.0.0.21D61" rt=%0.3f' % (
            R.randint(2, 250), ts, R.randint(1, 40), R.randint(0, 400), R.randint(400000, 2000000), R.uniform(0.01, 0.4))
    return [("nginx", [line])]


def hl7_name(p):
    if p.mid:
        return "%s^%s^%s" % (p.last.upper(), p.first.upper(), p.mid)
    return "%s^%s" % (p.last.upper(), p.first.upper())


def pid_seg(p, full=True):
    parts = ["PID|1||", P(p.mrn, "mrn"), "^^^%s^MR~" % p.hosp, P(p.empi, "mrn"), "^^^LCPR^PI||",
             P(hl7_name(p), "name"), "||", P(d8(p.dob), "date"), "|%s|||" % p.sex]
    if full:
        parts += [P(p.street, "address"), "^", ]
        if p.apt:
            parts += [P(p.apt, "address")]
        parts += ["^", P(p.city, "address"), "^WI^", P(p.zip, "zip"), "^USA|", P(p.county, "address"), "|",
                  "^PRN^PH^^^", P(p.phone, "phone"), "~^PRN^CP^^^", P(p.cell, "phone"), "~^NET^Internet^", P(p.email, "email"),
                  "||ENG|", R.choice(["M", "W", "S", "D"]), "||", P(p.fin, "account"), "|"]
        if R.random() < 0.3:
            parts += [P(p.ssn.replace("-", ""), "ssn")]
        parts += ["|||||||||||"]
        # county at the end as PID-12 substitute is awkward; put county in PV1-less NK1
    else:
        parts += ["|||||||", P(p.fin, "account"), "|"]
    return parts


def sys_hl7_ref():
    t = CLK.tick()
    p = pt()
    c = p.cardio
    prac = p.practice
    cid = "%s%s" % (t.strftime("%Y%m%d%H%M%S"), digs(4))
    out = []
    out.append(("hl7", ["MSH|^~\\&|EPIC|%s|LCPR_REHAB|%s|%s||REF^I12^REF_I12|%s|P|2.5.1|||AL|NE" % (
        prac[0].split()[0].upper(), p.hosp, t.strftime("%Y%m%d%H%M%S"), cid)]))
    out.append(("hl7", ["RF1|A^Accepted|R^Routine|%s^%s|O^Outpatient referral|" % (
        "CR^Cardiac Rehab" if p.program == "CR" else "PR^Pulmonary Rehab",
        "Cardiac Rehabilitation Phase II" if p.program == "CR" else "Pulmonary Rehabilitation"),
        P(p.ref, "other_id"), "||", P(d8(p.ref_date), "date"), "|",
        P(d8(p.ref_date + dt.timedelta(days=180)), "date"), "|36"]))
    out.append(("hl7", ["PRD|RP|%s^%s^^^%s|%s^^Milwaukee^WI^53226|^WPN^PH^^^%s~^WPN^FX^^^%s||%s^NPI" % (
        c[0].upper(), c[1].upper(), c[2], "9200 W Wisconsin Ave", prac[1], prac[2], c[3])]))
    out.append(("hl7", pid_seg(p)))
    out.append(("hl7", ["NK1|1|", P("%s^%s" % (p.ec_name.split(" ", 1)[1].upper(), p.ec_name.split(" ", 1)[0].upper()), "name"),
                        "|%s^%s|||" % ({"spouse": "SPO", "wife": "SPO", "husband": "SPO", "daughter": "CHD", "son": "CHD",
                                        "neighbor": "FND", "sister": "SIS"}[p.ec_rel], p.ec_rel.capitalize()),
                        "^PRN^PH^^^", P(p.ec_phone, "phone"), "||EC^Emergency Contact"]))
    out.append(("hl7", ["DG1|1||%s^%s^I10|||W" % (p.dx[0], p.dx[1])]))
    ins = ["IN1|1|%s|%s|%s|||||" % ("MCR" if p.payer == "MEDICARE" else "COM", digs(5), p.payer), p.group, "|||||||",
           P(hl7_name(p), "name"), "|SEL|", P(d8(p.dob), "date"), "|||||||||||||||||||", P(p.member, "health_plan")]
    out.append(("hl7", ins))
    return out


def sys_hl7_oru():
    t = CLK.tick()
    p = pt()
    test_t = t - dt.timedelta(minutes=R.randint(10, 120))
    mid = "PFT" + digs(8)
    out = [("hl7", ["MSH|^~\\&|SPIROLINK|%s_PFT|LCPR_REHAB|%s|%s||ORU^R01^ORU_R01|%s|P|2.5.1" % (
        p.hosp, p.hosp, t.strftime("%Y%m%d%H%M%S"), mid)])]
    out.append(("hl7", pid_seg(p, full=False)))
    fvc = R.uniform(1.4, 4.2)
    fev1 = fvc * R.uniform(0.38, 0.8)
    out.append(("hl7", ["OBR|1|%s|%s|94010^Spirometry^CPT|||" % ("ORD" + digs(7), mid),
                        P(test_t.strftime("%Y%m%d%H%M"), "date"), "|||||||||%s^%s^%s" % (
                            CARDIO[4][3], CARDIO[4][0].upper(), CARDIO[4][1].upper()), "||||||F"]))
    out.append(("hl7", ["OBX|1|NM|19870-5^FVC^LN||%0.2f|L|%0.2f-%0.2f|%s|||F" % (
        fvc, fvc * 0.8, fvc * 1.4, "L" if fvc < 2.5 else "N")]))
    out.append(("hl7", ["OBX|2|NM|20150-9^FEV1^LN||%0.2f|L|%0.2f-%0.2f|%s|||F" % (
        fev1, fev1 * 0.9, fev1 * 1.6, "L" if fev1 < 2 else "N")]))
    out.append(("hl7", ["OBX|3|NM|19926-5^FEV1/FVC^LN||%d|%%|70-85|%s|||F" % (
        round(100 * fev1 / fvc), "L" if fev1 / fvc < 0.7 else "N")]))
    return out


def sys_fhir():
    t = CLK.tick()
    p = pt()
    eff = t - dt.timedelta(minutes=R.randint(5, 90))
    o = {"resourceType": "Observation", "id": hexs(8) + "-" + hexs(4) + "-4" + hexs(3) + "-a" + hexs(3) + "-" + hexs(12),
         "meta": {"versionId": str(R.randint(1, 3)), "lastUpdated": t_iso(t)},
         "status": "final",
         "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "exam"}]}],
         "code": {"coding": [{"system": "http://loinc.org", "code": "64098-7", "display": "Six minute walk test"}]},
         "subject": {"reference": P("Patient/" + p.fhir, "other_id"), "display": P("%s %s" % (p.first, p.last), "name")},
         "effectiveDateTime": P(eff.strftime("%Y-%m-%dT%H:%M:%S-05:00"), "date"),
         "performer": [{"display": R.choice(STAFF)}],
         "valueQuantity": {"value": R.randint(180, 560), "unit": "m", "system": "http://unitsofmeasure.org", "code": "m"},
         "component": [{"code": {"text": "SpO2 nadir"}, "valueQuantity": {"value": R.randint(84, 97), "unit": "%"}},
                       {"code": {"text": "Borg dyspnea"}, "valueInteger": R.randint(1, 7)}]}
    if R.random() < 0.3:
        # bare search bundle line without PHI
        o2 = {"resourceType": "OperationOutcome", "issue": [{"severity": "information", "code": "informational",
              "diagnostics": "Batch /Observation?code=64098-7&_lastUpdated=gt%s processed in %dms" % (iso(TODAY), R.randint(20, 900))}]}
        return [("fhir", js(o2))]
    return [("fhir", js(o, ascii_=False))]


def sys_x12():
    t = CLK.tick()
    p = pt()
    h = hx(p)
    ctl = "%09d" % R.randint(1, 999999999)
    out = []
    A = lambda *parts: out.append(("x12", list(parts)))
    A("ISA*00*          *00*          *ZZ*LCPRREHAB      *ZZ*%s*%s*%s*^*00501*%s*0*P*:~" % (
        "WPS0451        " if p.payer == "MEDICARE" else "ABILITYRCM     ", t.strftime("%y%m%d"), t.strftime("%H%M"), ctl))
    A("GS*HC*LCPRREHAB*%s*%s*%s*%d*X*005010X222A1~" % ("06102" if p.payer == "MEDICARE" else "ABRCM", t.strftime("%Y%m%d"),
                                                        t.strftime("%H%M"), int(ctl)))
    A("ST*837*%04d*005010X222A1~" % R.randint(1, 9999))
    A("BHT*0019*00*%s*%s*%s*CH~" % ("B" + digs(8), t.strftime("%Y%m%d"), t.strftime("%H%M")))
    A("NM1*85*2*%s*****XX*%s~" % (h["name"].upper(), h["npi"]))
    A("N3*%s~" % h["addr"].upper())
    A("N4*%s*WI*%s~" % (h["city"].upper(), h["zip"] + "1407"))
    A("REF*EI*%s~" % h["tin"].replace("-", ""))
    A("SBR*P*18*%s******%s~" % (p.group, "MB" if p.payer == "MEDICARE" else "CI"))
    A("NM1*IL*1*", P(up(p.last), "name"), "*", P(up(p.first), "name"), "*%s***MI*" % p.mid, P(p.member, "health_plan"), "~")
    st = p.street.upper() + ((" " + p.apt.upper()) if p.apt else "")
    A("N3*", P(st, "address"), "~")
    A("N4*", P(p.city.upper(), "address"), "*WI*", P(p.zip, "zip"), "~")
    A("DMG*D8*", P(d8(p.dob), "date"), "*%s~" % p.sex)
    units = R.randint(1, 3)
    amt = 112 * units if p.program == "CR" else 58 * units
    A("CLM*", P(p.fin + "A" + digs(2), "account"), "*%d.00***22:B:1*Y*A*Y*Y~" % amt)
    A("HI*ABK:%s~" % p.dx[0].replace(".", ""))
    A("NM1*DN*1*%s*%s****XX*%s~" % (p.cardio[0].upper(), p.cardio[1].upper(), p.cardio[3]))
    A("LX*1~")
    A("SV1*HC:%s*%d.00*UN*%d***1~" % ("93798" if p.program == "CR" else "G0424", amt, units))
    svc = TODAY - dt.timedelta(days=R.randint(1, 12))
    A("DTP*472*D8*", P(d8(svc), "date"), "~")
    A("SE*%d*%04d~" % (R.randint(18, 30), R.randint(1, 9999)))
    return out


def sys_csv():
    t = CLK.tick()
    r = R.random()
    if r < 0.12:
        return [("csv", ["site,session_date,slot,mrn,last_name,first_name,program,session_no,status,cpt,units,ep,export_ts"])]
    p = pt()
    st = p.status
    cpt = {"CR": "93798", "PR": "G0424"}[p.program]
    parts = [p.hosp, ",", P(iso(TODAY), "date"), ",", p.slot, ",", P(p.mrn, "mrn"), ",", P(p.last, "name"), ",",
             P(p.first, "name"), ",", p.program, ",", str(p.session_no), ",", st, ",", cpt if st == "ATTENDED" else "", ",",
             "1" if st == "ATTENDED" else "0", ",", R.choice(STAFF_USERS), ",", t.strftime("%Y-%m-%d %H:%M:%S")]
    return [("csv", parts)]


def sys_java():
    t = CLK.tick()
    p = pt()
    tid = hexs(16)
    ts = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)
    k = R.randrange(2)
    out = []
    if k == 0:
        out.append(("java", [ts, " ERROR 1 --- [nio-8080-exec-%d] c.l.r.billing.ClaimBuilderService   : [%s] claim build failed for account " % (
            R.randint(1, 20), tid), P(p.fin, "account"), " (mrn=", P(p.mrn, "mrn"), ")"]))
        out.append(("java", ["org.lcpr.rehab.billing.MissingReferralException: No active referral on file for program enrolment ",
                             P(p.prog, "other_id"), " dos=", P(iso(TODAY - dt.timedelta(days=R.randint(1, 9))), "date")]))
    else:
        out.append(("java", [ts, " ERROR 1 --- [   scheduling-1] c.l.r.billing.CopayChargeJob        : [%s] card declined by gateway resp=05 pan=" % tid,
                             P(p.card, "account"), " exp=%02d/%02d" % (R.randint(1, 12), R.randint(25, 29))]))
        out.append(("java", ["com.stripe.exception.CardException: Your card was declined.; code: card_declined; request-id: req_%s" % hexs(14)]))
    frames = ["\tat org.lcpr.rehab.billing.ClaimBuilderService.build(ClaimBuilderService.java:%d)" % R.randint(80, 400),
              "\tat org.lcpr.rehab.billing.ClaimBuilderService$$SpringCGLIB$$0.build(<generated>)",
              "\tat org.springframework.transaction.interceptor.TransactionInterceptor.invoke(TransactionInterceptor.java:119)",
              "\tat org.lcpr.rehab.billing.api.ClaimController.submit(ClaimController.java:%d)" % R.randint(40, 160),
              "\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)",
              "\t... %d common frames omitted" % R.randint(40, 90)]
    for f in frames[:R.randint(3, 6)]:
        out.append(("java", [f]))
    return out


def sys_logfmt():
    t = CLK.tick()
    r = R.random()
    vid = "edu-%s-%03d" % (R.choice(["cr", "cr", "pr"]), R.randint(1, 40))
    titles = ["Understanding your medications", "Heart-healthy eating", "Pursed-lip breathing",
              "Warm up and cool down", "Stress and your heart", "Using your inhaler correctly"]
    if r < 0.3:
        p = pt()
        parts = ['ts=%s level=info caller=player/events.go:%d msg="playback completed" video_id=%s title="%s" user=' % (
            t_iso(t), R.randint(40, 200), vid, R.choice(titles)), P(p.appuid, "other_id"),
            " watched_s=%d bitrate_kbps=%d cdn_pop=ORD" % (R.randint(60, 900), R.choice([800, 1600, 3200]))]
        return [("logfmt", parts)]
    caller, m = R.choice([("transcode/job.go:212", 'msg="transcode finished" video_id=%s renditions=4 dur_s=%d sha256=%s' % (vid, R.randint(120, 900), hexs(64))),
                          ("cdn/purge.go:88", 'msg="cache purge" path=/videos/%s/* purge_id=%s' % (vid, hexs(24))),
                          ("api/sign.go:41", 'msg="signed url issued" video_id=%s ttl=3600 key_id=k%d' % (vid, R.randint(1, 9))),
                          ("store/pool.go:203", 'msg="db pool stats" open=%d idle=%d wait_ms=%d' % (R.randint(5, 40), R.randint(0, 10), R.randint(0, 50)))])
    return [("logfmt", ['ts=%s level=%s caller=%s ' % (t_iso(t), R.choice(["info", "info", "debug", "warn"]), caller) + m])]


def sys_sql():
    t = CLK.tick()
    p = pt()
    out = [("sql", ["# Time: %s" % t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d" % t.microsecond + "Z"]),
           ("sql", ["# User@Host: %s[%s] @ lcpr-app0%d [10.40.2.%d]  Id: %d" % (
               R.choice(["sched_ro", "sched_app", "report_etl"]), R.choice(["sched_ro", "sched_app", "report_etl"]),
               R.randint(1, 2), R.randint(10, 30), R.randint(10000, 99999))]),
           ("sql", ["# Query_time: %0.6f  Lock_time: 0.%06d Rows_sent: %d  Rows_examined: %d" % (
               R.uniform(2, 14), R.randint(0, 999), R.randint(0, 40), R.randint(20000, 900000))]),
           ("sql", ["SET timestamp=%d;" % (t_utc_ms(t) // 1000)])]
    k = R.randrange(3)
    if k == 0:
        ln = p.last.replace("'", "''")
        out.append(("sql", ["SELECT s.appt_id, s.slot_start, s.status FROM rehab_session s JOIN patient pt ON pt.id=s.patient_id WHERE pt.last_name='",
                            P(ln, "name"), "' AND pt.birth_date='", P(iso(p.dob), "date"), "' ORDER BY s.slot_start DESC LIMIT 50;"]))
    elif k == 1:
        out.append(("sql", ["UPDATE rehab_enrollment SET sessions_used=sessions_used+1, updated_by='%s' WHERE enrollment_id='" % R.choice(STAFF_USERS),
                            P(p.prog, "other_id"), "' AND site='%s';" % p.hosp]))
    else:
        out.append(("sql", ["SELECT site, COUNT(*) AS n, AVG(peak_met) FROM rehab_session WHERE slot_start >= '2024-03-01' GROUP BY site;"]))
    return out


def sys_sms():
    t = CLK.tick()
    p = pt()
    h = hx(p)
    sid = "SM" + hexs(32)
    r = R.random()
    to = "+1" + p.cell.replace("-", "")
    if r < 0.55:
        appt = TODAY + dt.timedelta(days=R.randint(1, 6))
        tm = "%d:%s %s" % (int(p.slot[:2]) % 12 or 12, p.slot[2:], "AM" if int(p.slot[:2]) < 12 else "PM")
        body = ["Hi ", P(p.first, "name"), ", this is %s Cardiopulmonary Rehab. Reminder: your session is %s " % (
            h["name"], appt.strftime("%a")), P("%d/%d" % (appt.month, appt.day), "date"),
            " at %s. Wear comfortable shoes & bring your glucose meter. Reply C to confirm, R to reschedule or call %s." % (tm, h["phone"])]
        parts = ["%s sms-gw[%d]: dir=out sid=%s from=+1%s to=" % (t_iso(t), R.randint(200, 900), sid, h["phone"].replace("-", "")),
                 P(to, "phone"), ' status=queued segments=2 body="'] + body + ['"']
        return [("sms", parts)]
    if r < 0.68:
        link = "https://movewell.lcpr.org/p/%s/weekly?k=%s" % (p.appuid, hexs(10))
        parts = ["%s sms-gw[%d]: dir=out sid=%s from=+1%s to=" % (t_iso(t), R.randint(200, 900), sid, h["phone"].replace("-", "")),
                 P(to, "phone"), ' status=queued segments=1 body="Your MoveWell weekly summary is ready: ', P(link, "url"),
                 ' Reply STOP to opt out."']
        return [("sms", parts)]
    if r < 0.85:
        body = R.choice(["C", "Yes I'll be there", "R pls, my ride fell through", "can't make it, grandson's birthday", "STOP"])
        parts = ["%s sms-gw[%d]: dir=in sid=%s from=" % (t_iso(t), R.randint(200, 900), sid), P(to, "phone"),
                 " to=+1%s body=\"%s\" matched_appt=" % (h["phone"].replace("-", ""), body), P(p.prog, "other_id")]
        return [("sms", parts)]
    parts = ["%s sms-gw[%d]: dir=status sid=%s status=%s err=%s price=-0.0079 USD" % (
        t_iso(t), R.randint(200, 900), sid, R.choice(["delivered", "sent", "undelivered"]), R.choice(["-", "30003", "30005"]))]
    return [("sms", parts)]


def sys_note(p=None, k=None):
    t = CLK.tick()
    p = p or pt()
    ep = R.choice(STAFF)
    k = R.randrange(4) if k is None else k
    head = ["[NOTE %s] %s %s Ph II %s | " % (t.strftime("%Y-%m-%d %H:%M"), p.hosp, p.program, ep)]
    if k == 0:
        body = ["Pt ", P("%s, %s" % (p.last, p.first), "name"), " (MRN ", P(p.mrn, "mrn"),
                ") completed session %d/36. Treadmill 2.%d mph 3%% grade x 15 min, NuStep L%d x 15 min. Peak HR %d, RPE 13. No symptoms. ST stable." % (
                    p.session_no, R.randint(0, 9), R.randint(3, 7), R.randint(100, 135))]
    elif k == 1:
        body = ["Pt reports dizziness after new metoprolol dose; BP 96/58 standing. Called Dr. %s's office (%s), RN will call pt back. %s " % (
            p.cardio[0], p.practice[1], p.ec_rel.capitalize()), P(p.ec_name, "name"), " reachable at ", P(p.ec_phone, "phone"), ". DOB ",
                P(mdy(p.dob), "date"), "."]
    elif k == 2:
        if p.age > 89:
            body = [P("%s %s" % (p.first, p.last), "name"), ", ", P(str(p.age), "age"),
                    " y/o, tolerated arm ergometer well; uses rollator. Daughter drives from ", P(p.city, "address"), "."]
        else:
            body = [P("%s %s" % (p.first, p.last), "name"), ", %d y/o, 6MW %d m today vs %d m at intake " % (
                p.age, R.randint(300, 520), R.randint(180, 340)), P(mdy(p.ref_date + dt.timedelta(days=7)), "date"),
                    ". Goal met. Discussed home walking program in MoveWell app."]
    else:
        body = ["Group education: 'Heart-healthy eating' (edu-cr-007), %d attendees, dietitian guest speaker. No individual concerns." % R.randint(4, 12)]
    return [("note", head + body)]


def sys_fax():
    t = CLK.tick()
    p = pt()
    prac = p.practice
    jid = "%08d" % R.randint(1, 99999999)
    r = R.random()
    ts = t.strftime("%m/%d/%Y %H:%M:%S")
    if r < 0.5:
        parts = ["%s FAXSRV01 RECV job=%s csid=\"%s\" ani=%s pages=%d dur=%ds dest=%s-REHAB-INBOX ocr.doc=referral ocr.patient=\"" % (
            ts, jid, prac[0][:20].upper(), prac[2].replace("-", ""), R.randint(2, 9), R.randint(30, 300), p.hosp),
                 P("%s, %s" % (p.last.upper(), p.first.upper()), "name"), "\" ocr.dob=", P(mdy(p.dob), "date"),
                 " ocr.case=", P("FX-%s" % digs(7), "other_id")]
        return [("fax", parts)]
    parts = ["%s FAXSRV01 %s job=%s line=%d %s" % (ts, R.choice(["SEND", "RECV", "LINE"]), jid, R.randint(1, 8),
                                                   R.choice(["ok cover=LCPR-standard to=%s" % R.choice(PRACTICES)[2].replace("-", ""),
                                                             "T.30 error: RSPREC invalid response received, retry 2/3",
                                                             "line idle, modem reset (Brooktrout TR1034 fw 6.9.2)",
                                                             "confirmation sent to %s" % R.choice(PRACTICES)[2].replace("-", "")]))]
    return [("fax", parts)]


def sys_xml():
    t = CLK.tick()
    p = pt()
    if R.random() < 0.25:
        return [("xml", ['<?xml version="1.0" encoding="UTF-8"?><SpiroLinkExport Version="3.12.4" Station="%s-PFT-0%d" Calibration="OK" CalDate="%s" SyringeLot="L%s"/>' % (
            p.hosp, R.randint(1, 3), iso(TODAY), digs(6))])]
    td = t - dt.timedelta(minutes=R.randint(5, 60))
    fvc = R.uniform(1.4, 4.2)
    parts = ['<Patient ID="', P(p.mrn, "mrn"), '" LastName="', P(p.last.replace("'", "&apos;"), "name"), '" FirstName="',
             P(p.first, "name"), '" DOB="', P(iso(p.dob), "date"), '" Gender="%s" Height="%d" Weight="%d" Ethnicity="%s">' % (
                 "Male" if p.sex == "M" else "Female", R.randint(150, 190), R.randint(50, 120),
                 R.choice(["Caucasian", "African American", "Asian", "Hispanic", "Other"])),
             '<Test TestDate="', P(td.strftime("%Y-%m-%dT%H:%M:%S"), "date"), '" Type="FVC" Quality="%s" FVC="%0.2f" FEV1="%0.2f" PEF="%0.1f" Device="EasyFlow SN %s"/></Patient>' % (
                 R.choice("ABC"), fvc, fvc * R.uniform(0.4, 0.8), R.uniform(2, 8), digs(6))]
    return [("xml", parts)]


def sys_chat(p=None, k=None):
    t = CLK.tick()
    p = p or pt()
    fr = R.choice(STAFF)
    k = R.randrange(5) if k is None else k
    if k == 0:
        body = ["can someone call Mr. ", P(p.last, "name"), " back re: his Wed slot? his cell is ", P(p.cell, "phone")]
    elif k == 1:
        body = ["heads up ", P("%s %s" % (p.first, p.last), "name"), " (", P(p.mrn, "mrn"), ") "]
        if p.age > 89:
            body += [P(str(p.age), "age"), "yo "]
        body += ["had a run of AF in bay %d, Dr Q aware" % p.bay]
    elif k == 2:
        body = ["referral for ", P(p.last, "name"), " came in by fax again, already in Epic under ", P(p.ref, "other_id"), " - pls shred dup"]
    elif k == 3:
        body = ["treadmill 3 belt slipping again, ticket INC%s w/ biomed" % digs(7)]
    else:
        body = ["who has the key for the %s supply closet? need new ECG electrodes (lot %s)" % (p.hosp, "E" + digs(6))]
    o = {"messageId": str(R.randint(10 ** 12, 10 ** 13)), "createdDateTime": t_iso(t), "channel": "LCPR-Rehab-Floor",
         "from": {"user": {"displayName": fr}}, "body": {"contentType": "text", "content": "__BODY__"}}
    parts = js(o)
    i = parts.index('"__BODY__"')
    # escape body pieces as json would (PHI values keep their escaped bytes)
    bparts = ['"'] + [P(json.dumps(x.v)[1:-1], x.c) if isinstance(x, P) else json.dumps(x)[1:-1] for x in body] + ['"']
    parts = parts[:i] + bparts + parts[i + 1:]
    return [("chat", parts)]


def sys_fixed():
    CLK.tick()
    p = pt()
    if R.random() < 0.2:
        return [("fixed", ["HDR" + "LCPRREHAB".ljust(15) + "ANTHEMBCBSWI".ljust(15) + TODAY.strftime("%Y%m%d") + "271ROSTER".ljust(12) + "%07d" % R.randint(100, 9999)])]
    parts = ["D", P(p.member, "health_plan"), " " * (14 - len(p.member)),
             P(up(p.last)[:20], "name"), " " * (20 - len(up(p.last)[:20])), P(up(p.first)[:15], "name"), " " * (15 - len(up(p.first)[:15])),
             P(d8(p.dob), "date"), p.sex]
    if R.random() < 0.5:
        parts += [P(p.ssn.replace("-", ""), "ssn")]
    else:
        parts += [" " * 9]
    parts += [p.group.ljust(10), "A", "20240101", "99991231", "CR" if p.program == "CR" else "PR", "Y" if R.random() < 0.8 else "N"]
    return [("fixed", parts)]


def sys_parking():
    t = CLK.tick()
    p = pt()
    if R.random() < 0.4:
        return [("parking", ["%s garage=%s-P2 lane=%d event=gate_open ticket=%s rate=none dur_min=%d" % (
            t_iso(t), p.hosp, R.randint(1, 4), digs(12), R.randint(1, 300))])]
    return [("parking", ["%s garage=%s-P2 event=validation code=REHAB-FREE plate=" % (t_iso(t), p.hosp), P(p.plate, "vehicle"),
                         " state=WI validated_by=%s ref=" % R.choice(STAFF_USERS), P(p.prog, "other_id")])]


SYSTEMS = [
    (sys_syslog, 29), (sys_k8s, 19), (sys_winevent, 12), (sys_telemetry, 50), (sys_wearable, 34),
    (sys_nginx, 44), (sys_hl7_ref, 3), (sys_hl7_oru, 3), (sys_fhir, 10), (sys_x12, 0.5), (sys_csv, 18),
    (sys_java, 2.5), (sys_logfmt, 22), (sys_sql, 2.5), (sys_sms, 14), (sys_note, 12), (sys_fax, 10),
    (sys_xml, 7), (sys_chat, 10), (sys_fixed, 7), (sys_parking, 8),
]

SINGLE = [s for s in SYSTEMS if s[0] not in (sys_hl7_ref, sys_hl7_oru, sys_x12, sys_java, sys_sql)]

N = 500


def main():
    lines = []
    # batch jobs that run at fixed times of the day (claims, referral sync)
    old = [p for p in PTS if p.age > 89]
    forced = [(70, sys_hl7_ref), (120, lambda: sys_note(old[0], 2)), (150, sys_x12), (235, sys_java),
              (280, lambda: sys_chat(old[1], 1)), (310, sys_hl7_oru), (390, sys_x12), (430, lambda: sys_note(old[2], 2))]
    while len(lines) < N:
        fns, ws = zip(*SYSTEMS)
        if forced and len(lines) >= forced[0][0]:
            fn = forced.pop(0)[1]
        else:
            fn = R.choices(fns, ws)[0]
        recs = fn()
        if len(lines) + len(recs) > N:
            continue
        lines.extend(recs)
    logb = bytearray()
    labs = []
    for n, (fam, parts) in enumerate(lines, 1):
        b, spans = render(parts)
        if b"\n" in b or b"\r" in b or not b:
            raise SystemExit("bad line %d" % n)
        b.decode("utf-8")
        last_e = 0
        for sp in sorted(spans, key=lambda x: x["s"]):
            if not (0 <= sp["s"] < sp["e"] <= len(b)):
                raise SystemExit("span out of range line %d %r" % (n, sp))
            if sp["s"] < last_e:
                raise SystemExit("overlap line %d %r" % (n, sp))
            last_e = sp["e"]
            if b[sp["s"]:sp["e"]].decode("utf-8") != sp["_v"]:
                raise SystemExit("value mismatch line %d %r" % (n, sp))
            if sp["_v"].strip() != sp["_v"]:
                raise SystemExit("whitespace in span line %d %r" % (n, sp))
        logb += b + b"\n"
        labs.append({"line": n, "family": fam,
                     "spans": [{"s": s["s"], "e": s["e"], "cat": s["cat"]} for s in spans]})
    with open("pl.log", "wb") as f:
        f.write(bytes(logb))
    with open("pl.labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for l in labs:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    nophi = sum(1 for l in labs if not l["spans"])
    cats = {}
    for l in labs:
        for s in l["spans"]:
            cats[s["cat"]] = cats.get(s["cat"], 0) + 1
    fams = sorted(set(l["family"] for l in labs))
    print("lines=%d nophi=%d (%.1f%%) families=%d" % (len(labs), nophi, 100.0 * nophi / len(labs), len(fams)), file=sys.stderr)
    print(json.dumps(dict(sorted(cats.items(), key=lambda x: -x[1]))), file=sys.stderr)


if __name__ == "__main__":
    main()
