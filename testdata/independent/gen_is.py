#!/usr/bin/env python3
"""gen_is.py - synthetic labeled log corpus (ID=is).

Theme: "Ridgeline Physical Therapy & Sports Medicine", a clinic chain in WA/OR/ID/CO.
Merged log stream of its EMR (Spring Boot), scheduling (Rails + Sidekiq), authorization
tracker (Go logfmt), Mirth HL7 v2 interface (REF/SIU/ADT segments), X12 278/271
clearinghouse traffic, signed therapist notes, the home-exercise-program (HEP) apps
(Android logcat, iOS os_log), nginx, the wearable IMU ingest service (pino JSON),
workers' compensation integrations (IAIABC-style XML, case JSON, adjuster e-mail),
gym-partner check-ins (CSV and webhook JSON), PROMs exports (pipe rows, survey JSON,
Python logging), HylaFAX referral intake + fax OCR JSON, SMS reminders (structlog,
English/Spanish/Vietnamese), RFC 5424 audit, billing webhooks and infrastructure
(klog, PostgreSQL, Redis, HAProxy, cron/systemd, Alertmanager, CI).

All people, numbers and identifiers are synthetic. Standard library only, deterministic.
Writes is.log (500 lines) and is.labels.jsonl next to this script.

Labeling decisions:
- People whose identifiers are labeled: patients (incl. injured workers / WC claimants),
  relatives, emergency contacts, guarantors, insured subscribers, survey respondents and
  gym members who are patients. NOT labeled: therapists, PTAs, ATCs, referring
  physicians, adjusters, nurse case managers, employer HR contacts, interpreters, staff
  user names, businesses (clinics, payers, employers, gyms, vendors) and their
  addresses, phones, faxes, e-mails, NPIs, FEINs, tax IDs.
- name: one span per written name (incl. middle initial; "Last, First"; HL7 LAST^FIRST^M
  composite is one span); separate first/last fields (X12, XML, CSV, JSON) are separate
  spans; a relative's or patient's first name alone is labeled; titles (Mr./Sra.) and
  credentials are outside spans.
- address: street line (with unit) and city are separate address spans; county is
  address; state is never labeled; ZIP / ZIP+4 is zip.
- date: DOB, date of service, appointment, injury, surgery, return-to-work, discharge,
  no-show, PROM completion, referral / authorization / certification / coverage periods
  of a patient; month/day without year is labeled; an ISO or HL7 date-time token is one
  span; a time written apart from the date is not labeled. Log timestamps, report/run
  dates, build dates, card and licence expiry dates and a year alone are not labeled.
- age: only ages over 89, the number only.
- phone / fax: numbers of patients and their relatives. fax only for a patient's own fax
  (HL7 XTN ^FX, patient-sent fax ANI/CSID); physician-office and clinic faxes unlabeled.
- mrn: the chain's MRN in any form (bare, RPT- prefix, URL path, SQL binds, patientRef
  fields of the apps which carry the MRN).
- health_plan: payer member / subscriber IDs, Medicare MBI, Medicaid ProviderOne IDs.
  Group numbers and payer IDs are not labeled.
- account: patient accounts (PA...), guarantor accounts (GA...), full card numbers,
  bank account numbers. Masked last-4 values are not labeled.
- other_id: workers' comp claim numbers (carrier and state), prior-authorization numbers,
  referral numbers, HL7 PV1-19 visit numbers, gym member numbers, patient app / portal
  user names. NOT labeled: internal row keys (appointment, note, plan-of-care, check-in,
  fax job, message-control IDs), UUIDs, trace/span IDs, job IDs.
- device: serial numbers and BLE MACs of wearable sensors issued to patients, a
  patient's phone android_id. Clinic equipment, servers and gateways are not labeled.
- ip: public IPs of patients (portal, HEP app, survey respondents). Private/internal and
  server IPs are not labeled.
- url: patients' personal URLs (social profiles, fundraisers, shared videos). Clinic/API
  URLs are not labeled; an MRN inside a URL path is labeled as mrn only.
- license: patient driver's licence / CDL numbers. Staff licence numbers not labeled.
- vehicle: a patient's plate or VIN. Employer fleet unit numbers not labeled.
- biometric: fingerprint templates (base64) from gym check-ins.
- photo: base64 payload of a face image (the data: URI prefix is outside the span).
- ssn: patient SSNs in any written form.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata

ID = "is"
HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(38)
CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip", "biometric",
        "photo", "other_id"}


# ---------------------------------------------------------------- line builder
class Line:
    def __init__(self, fam):
        self.fam = fam
        self.buf = []
        self.n = 0
        self.spans = []
        self.vals = []

    def t(self, s):
        s = str(s)
        self.buf.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, v, cat):
        v = str(v)
        if not cat:
            return self.t(v)
        assert cat in CATS, cat
        b = len(v.encode("utf-8"))
        assert b > 0
        self.spans.append({"s": self.n, "e": self.n + b, "cat": cat})
        self.vals.append(v)
        return self.t(v)

    def w(self, *pieces):
        for x in pieces:
            if isinstance(x, tuple):
                self.p(x[0], x[1])
            else:
                self.t(x)
        return self

    def text(self):
        return "".join(self.buf)


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


class O(list):
    """ordered JSON object: items are (key, value) or (key, value, cat)"""


def J(L, obj, sp=False):
    cs, kc = (", ", ": ") if sp else (",", ":")
    L.t("{")
    for i, item in enumerate(obj):
        k, v = item[0], item[1]
        cat = item[2] if len(item) > 2 else None
        if i:
            L.t(cs)
        L.t('"' + jesc(k) + '"' + kc)
        JV(L, v, cat, sp)
    L.t("}")
    return L


def JV(L, v, cat, sp):
    if isinstance(v, O):
        J(L, v, sp)
    elif isinstance(v, list):
        L.t("[")
        for i, x in enumerate(v):
            if i:
                L.t(", " if sp else ",")
            if isinstance(x, tuple):
                JV(L, x[0], x[1], sp)
            else:
                JV(L, x, None, sp)
        L.t("]")
    elif v is None:
        L.t("null")
    elif v is True:
        L.t("true")
    elif v is False:
        L.t("false")
    elif isinstance(v, (int, float)):
        L.p(str(v), cat)
    else:
        L.t('"')
        L.p(jesc(v), cat)
        L.t('"')


def KV(L, items, sep=" "):
    for i, item in enumerate(items):
        k, v = item[0], str(item[1])
        cat = item[2] if len(item) > 2 else None
        if i:
            L.t(sep)
        L.t(k + "=")
        if v == "" or any(c in v for c in ' "=\\'):
            L.t('"')
            L.p(v.replace("\\", "\\\\").replace('"', '\\"'), cat)
            L.t('"')
        else:
            L.p(v, cat)
    return L


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------- clock & formats
UTC = dt.timezone.utc
LOCAL = dt.timezone(dt.timedelta(hours=-7))  # PDT
MT = dt.timezone(dt.timedelta(hours=-6))     # MDT (Boise / Fort Collins)
TODAY = dt.date(2024, 3, 18)


class Clock:
    def __init__(self):
        self.t = dt.datetime(2024, 3, 18, 13, 41, 7, 112000, tzinfo=UTC)

    def tick(self, lo=2, hi=40):
        self.t += dt.timedelta(microseconds=R.randint(int(lo * 1e6), int(hi * 1e6)))
        return self.t

    def ms(self, lo=1, hi=600):
        self.t += dt.timedelta(microseconds=R.randint(lo * 1000, hi * 1000))
        return self.t


CK = Clock()


def _ms(t):
    return "%03d" % (t.microsecond // 1000)


def ts_spring(t):
    lt = t.astimezone(LOCAL)
    return lt.strftime("%Y-%m-%d %H:%M:%S.") + _ms(lt)


def spring(t, lvl, thread, logger):
    if len(thread) > 15:
        thread = thread[-15:]
    if len(logger) > 40:
        logger = logger[:40]
    return "%s %5s 1 --- [%15s] %-40s : " % (ts_spring(t), lvl, thread, logger)


def rails(t, lvl, req, pid=23):
    lt = t.astimezone(LOCAL)
    return "%s, [%s.%06d #%d] %5s -- : [%s] " % (lvl[0], lt.strftime("%Y-%m-%dT%H:%M:%S"),
                                                 lt.microsecond, pid, lvl, req)


def iso_z(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + _ms(t) + "Z"


def iso_us_z(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.%f") + "Z"


def logcat(t, pid, tid, lvl, tag):
    lt = t.astimezone(LOCAL)
    return "%s.%s %5d %5d %s %-8s: " % (lt.strftime("%m-%d %H:%M:%S"), _ms(lt), pid, tid, lvl, tag)


def clf(t, tz=LOCAL):
    lt = t.astimezone(tz)
    off = "-0700" if tz is LOCAL else "-0600"
    return lt.strftime("[%d/%b/%Y:%H:%M:%S ") + off + "]"


def bsd(t, tz=LOCAL):
    lt = t.astimezone(tz)
    return lt.strftime("%b ") + ("%2d" % lt.day) + lt.strftime(" %H:%M:%S")


def pylog(t, tz=LOCAL):
    lt = t.astimezone(tz)
    return lt.strftime("%Y-%m-%d %H:%M:%S,") + _ms(lt)


def epoch_ms(t):
    return int(t.timestamp() * 1000)


def klog(t, lvl="I", src="controller.go:214"):
    return "%s%s %s.%06d       1 %s] " % (lvl, t.strftime("%m%d"), t.strftime("%H:%M:%S"),
                                          t.microsecond, src)


def pg(t, pid, lvl):
    return "%s UTC [%d] %s:  " % (t.strftime("%Y-%m-%d %H:%M:%S.") + _ms(t), pid, lvl)


def ios(t, proc="RidgelineHEP", pid=812):
    lt = t.astimezone(LOCAL)
    return "%s.%06d-0700 %s[%d:%d] " % (lt.strftime("%Y-%m-%d %H:%M:%S"), lt.microsecond, proc,
                                        pid, R.randint(38000, 46000))


def mirth(t, lvl, thread, cls):
    return "%-5s %s [%s] %s: " % (lvl, pylog(t), thread, cls)


def hl7ts(t):
    return t.astimezone(LOCAL).strftime("%Y%m%d%H%M%S")


# ---------------------------------------------------------------- value formats
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]


def fd(d, st):
    if st == "iso":
        return d.strftime("%Y-%m-%d")
    if st == "us":
        return d.strftime("%m/%d/%Y")
    if st == "usnz":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if st == "us2":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if st == "hl7":
        return d.strftime("%Y%m%d")
    if st == "mon":
        return "%s %d, %d" % (MON[d.month - 1], d.day, d.year)
    if st == "long":
        return "%s %d, %d" % (MONTH[d.month - 1], d.day, d.year)
    if st == "dmy":
        return d.strftime("%d/%m/%Y")
    if st == "ora":
        return "%02d-%s-%d" % (d.day, MON[d.month - 1].upper(), d.year)
    if st == "md":
        return "%d/%d" % (d.month, d.day)
    if st == "dmon":
        return "%d %s %d" % (d.day, MON[d.month - 1], d.year)
    if st == "mdy8":
        return d.strftime("%m%d%Y")
    raise ValueError(st)


def fph(d, st):
    a, b, c = d[:3], d[3:6], d[6:]
    return {"paren": "(%s) %s-%s" % (a, b, c), "parenNS": "(%s)%s-%s" % (a, b, c),
            "dash": "%s-%s-%s" % (a, b, c), "dot": "%s.%s.%s" % (a, b, c), "raw": d,
            "e164": "+1" + d, "intl": "+1 %s %s %s" % (a, b, c),
            "one": "1-%s-%s-%s" % (a, b, c)}[st]


PH_STYLES = ["paren", "parenNS", "dash", "dot", "raw", "e164", "intl", "one"]


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


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


def card(prefix, length=16):
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    return body + luhn_digit(body)


def npi():
    body = "1" + "".join(str(R.randint(0, 9)) for _ in range(8))
    return body + luhn_digit("80840" + body)


VIN_T = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3,
                                                4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = R.choice(["1FT", "1HG", "2T3", "JF2", "5YJ", "1C6", "3GN", "JTM", "4S4", "1GC"])
    v = list(wmi + "".join(R.choice(al) for _ in range(5)) + "0" + R.choice("PRS") +
             R.choice("ABCDEFGHJKLMN") + "".join(str(R.randint(0, 9)) for _ in range(6)))
    s = sum((int(c) if c.isdigit() else VIN_T[c]) * w for c, w in zip(v, VIN_W))
    v[8] = "X" if s % 11 == 10 else str(s % 11)
    return "".join(v)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def mbi():
    L_ = "ACDEFGHJKMNPQRTUVWXY"
    AN = L_ + "0123456789"
    return (str(R.randint(1, 9)) + R.choice(L_) + R.choice(AN) + str(R.randint(0, 9)) +
            R.choice(L_) + R.choice(AN) + str(R.randint(0, 9)) + R.choice(L_) + R.choice(L_) +
            str(R.randint(0, 9)) + str(R.randint(0, 9)))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def alnum(n, al="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(al) for _ in range(n))


# ---------------------------------------------------------------- business / staff data
THER = [("rostrowski", "Rachel Ostrowski", "DPT, OCS"), ("mlee", "Marcus Lee", "PTA"),
        ("dwhitfield", "Dana Whitfield", "PT, DPT"), ("tbeltran", "Tomás Beltrán", "PT"),
        ("knguyen", "Kim Nguyen", "ATC"), ("jhale", "Jordan Hale", "DPT, SCS"),
        ("aokafor", "Adaora Okafor", "DPT"), ("svanhorn", "Stefan Van Horn", "PTA"),
        ("lmoreau", "Lucie Moreau", "DPT, CHT")]
REFDOC = [("MARSH", "HELEN", "Helen Marsh", "MD", "2535550190", "4100 S 19th St", "Tacoma", "WA", "98405"),
          ("OKAFOR", "SAMUEL", "Samuel Okafor", "DO", "2535550193", "1802 S Yakima Ave Ste 300", "Tacoma", "WA", "98405"),
          ("RAMAN", "PRIYA", "Priya Raman", "MD", "5095550121", "105 W 8th Ave", "Spokane", "WA", "99204"),
          ("CASTELLANO", "GREGORY", "Gregory Castellano", "MD", "2085550147", "6140 W Curtisian Ave", "Boise", "ID", "83704"),
          ("TANAKA", "MEI", "Mei Tanaka", "PA-C", "9705550114", "2500 E Harmony Rd", "Fort Collins", "CO", "80528"),
          ("LINDGREN", "ERIK", "Erik Lindgren", "MD", "5415550176", "2500 NE Neff Rd", "Bend", "OR", "97701")]
for i, d in enumerate(REFDOC):
    REFDOC[i] = d + (npi(),)
ADJ = [("Kevin Doyle", "Sedgwick", "kevin.doyle@sedgwick.com", "2535550177", "8665550123"),
       ("Tara Brennan", "Gallagher Bassett", "tara_brennan@gbtpa.com", "5035550162", "8775550149"),
       ("Luis Ortega", "Liberty Mutual", "luis.ortega@libertymutual.com", "2085550139", "8885550110"),
       ("Naomi Feld", "WA L&I", "FELN235@LNI.WA.GOV", "3605550102", "3605550199"),
       ("Jared Pike", "SAIF Corporation", "jarpik@saif.com", "5035550188", "5035550189")]
EMPL = [("Cascade Freight Lines Inc", "91-1234567", "Amanda Reyes", "2535550100", "hr@cascadefreight.example.com"),
        ("Evergreen Poultry Processing LLC", "91-2087741", "Brian Cho", "3605550131", "bcho@evergreenpoultry.example.com"),
        ("Treasure Valley Roofing Co", "82-0551923", "Dolores Ybarra", "2085550155", "dybarra@tvroofing.example.com"),
        ("Front Range Distribution Center", "84-1937220", "Curtis Mendel", "9705550108", "safety@frdc.example.com"),
        ("High Desert Unified Schools", "93-6002114", "Paula Wirth", "5415550163", "risk@hdus.example.org"),
        ("Sound Metro Transit", "91-6001832", "Omar Haddad", "2065550144", "wc.coordinator@soundmetro.example.gov")]
CLINICS = [("TAC-PROC", "Tacoma Proctor", "2702 N Proctor St", "Tacoma", "WA", "98407", "2535550101", "2535550102", LOCAL),
           ("SPK-NP", "Spokane Northpointe", "9919 N Division St", "Spokane", "WA", "99218", "5095550104", "5095550105", LOCAL),
           ("OLY-WS", "Olympia Westside", "1520 Cooper Point Rd SW", "Olympia", "WA", "98502", "3605550111", "3605550112", LOCAL),
           ("BVT-MH", "Beaverton Murray Hill", "14700 SW Murray Scholls Dr", "Beaverton", "OR", "97007", "5035550120", "5035550121", LOCAL),
           ("BND-OM", "Bend Old Mill", "450 SW Powerhouse Dr", "Bend", "OR", "97702", "5415550130", "5415550131", LOCAL),
           ("BOI-BB", "Boise Bench", "3050 W Overland Rd", "Boise", "ID", "83705", "2085550140", "2085550141", MT),
           ("FTC-HZ", "Fort Collins Harmony", "1013 E Harmony Rd", "Fort Collins", "CO", "80525", "9705550150", "9705550151", MT)]
GYMS = [("Iron Summit Gym", "ISG"), ("Cascade CrossFit", "CCF"), ("Riverbend Athletic Club", "RAC"),
        ("Peak Performance YMCA", "PPY")]
PAYERS = ["PREMERA", "REGENCE", "AETNA", "UHC", "MEDICARE", "APPLE_HEALTH", "CIGNA", "TRICARE"]
PAYER_NAME = {"PREMERA": ("PREMERA BLUE CROSS", "00430"), "REGENCE": ("REGENCE BLUESHIELD", "00851"),
              "AETNA": ("AETNA", "60054"), "UHC": ("UNITEDHEALTHCARE", "87726"),
              "MEDICARE": ("MEDICARE PART B NORIDIAN", "02202"), "APPLE_HEALTH": ("WA APPLE HEALTH MOLINA", "38336"),
              "CIGNA": ("CIGNA", "62308"), "TRICARE": ("TRICARE WEST HEALTH NET", "99726")}
DX = {"knee": [("M17.12", "Unilateral primary osteoarthritis, left knee"), ("S83.511A", "Sprain of ACL of right knee, initial"),
               ("Z96.652", "Presence of left artificial knee joint")],
      "shoulder": [("M75.101", "Rotator cuff tear, right shoulder, unsp"), ("S43.431A", "Superior glenoid labrum lesion of right shoulder")],
      "back": [("M54.50", "Low back pain, unspecified"), ("M51.16", "Intervertebral disc disorders w radiculopathy, lumbar")],
      "neck": [("M54.2", "Cervicalgia"), ("S13.4XXA", "Sprain of ligaments of cervical spine")],
      "ankle": [("S93.401A", "Sprain of unsp ligament of right ankle"), ("S82.61XD", "Displaced fx lateral malleolus, subs")],
      "hip": [("S72.001D", "Fracture of unsp part of neck of right femur, subs"), ("M16.11", "Unilateral primary osteoarthritis, right hip")]}

# ---------------------------------------------------------------- synthetic patients
FIRST_F = ["Zofia", "Pilar", "Nkechi", "Siobhan", "Lakshmi", "Ingrid", "Giang", "Thandiwe", "Renée",
           "Esperanza", "Oksana", "Aaliyah", "Mei-Ling", "Fatima", "Kalani", "Dagny", "Ximena", "Yasmin",
           "Brigid", "Hana", "Marisol", "Ewelina", "Adaeze", "Solveig", "Chiara", "Anjali", "Leilani",
           "Tamar", "Noor", "Maëlle", "Beatriz", "Margit"]
FIRST_M = ["Chidi", "Bogdan", "Mateo", "Hamid", "Jae-won", "Tevita", "Umar", "Wojciech", "Yusuf",
           "Hiroshi", "Søren", "Émile", "José", "Quang", "Rafael", "Declan", "Kwame", "Arjun", "Dmitri",
           "Tomasz", "Malakai", "Santiago", "Ikaika", "Oluwaseun", "Lars", "Thiago", "Finnegan", "Bilal",
           "Keanu", "Ahmad", "Anselm", "Wendell"]
LAST = ["Kowalczyk", "O'Connell", "van der Berg", "De la Cruz", "Okonkwo", "Nakamura-Reyes", "Al-Sayed",
        "McAllister", "Papadopoulos", "Ben-David", "St. Pierre", "da Silva", "Nguyễn", "Haugen", "Ramírez",
        "Tanaka", "Abernathy", "Mbeki", "Lindqvist", "Fitzgerald-Okafor", "Yılmaz", "Schäfer", "Chaudhry",
        "Kealoha", "LeBlanc", "Iwu", "Petrov", "Delacroix", "von Stein", "Tuilagi", "Yazzie", "Sørensen",
        "Ó Briain", "Castellanos-Vega", "Wójcik", "Adeyemi", "Kim", "Park", "Thorsen", "Villanueva",
        "MacLeod", "Dubois", "Hakimi", "Fa'asavalu", "Gallagher", "Morales", "Zhang", "Mukherjee",
        "Johansson", "Quispe", "Obi", "Trần", "Halvorsen", "Esposito", "Mahlangu", "Oyelaran",
        "Bergström", "Castillo", "Rahimi", "Whitehorse"]
CITIES = [("Tacoma", "WA", "Pierce", ["98405", "98406", "98408", "98418", "98444"], "253"),
          ("Spokane", "WA", "Spokane", ["99201", "99203", "99205", "99223"], "509"),
          ("Spokane Valley", "WA", "Spokane", ["99206", "99216"], "509"),
          ("Olympia", "WA", "Thurston", ["98501", "98506"], "360"),
          ("Lakewood", "WA", "Pierce", ["98498", "98499"], "253"),
          ("Vancouver", "WA", "Clark", ["98661", "98664", "98683"], "360"),
          ("Beaverton", "OR", "Washington", ["97005", "97006", "97008"], "503"),
          ("Gresham", "OR", "Multnomah", ["97030", "97080"], "971"),
          ("Bend", "OR", "Deschutes", ["97701", "97703"], "541"),
          ("Boise", "ID", "Ada", ["83702", "83704", "83709"], "208"),
          ("Meridian", "ID", "Ada", ["83642", "83646"], "208"),
          ("Coeur d'Alene", "ID", "Kootenai", ["83814", "83815"], "208"),
          ("Fort Collins", "CO", "Larimer", ["80521", "80524", "80526"], "970"),
          ("Loveland", "CO", "Larimer", ["80537", "80538"], "970")]
STREETS = ["Alder", "Pine Ridge", "Juniper", "Cedar Hollow", "Sycamore", "Huckleberry", "Mount Tabor",
           "Ponderosa", "Willow Creek", "Larch", "Overlook", "Rainier View", "Quail Run", "Elm", "Harbor Crest",
           "Chinook", "Sagebrush", "Bitterroot", "Madrona", "Lupine", "Osprey", "Kettle Falls", "Timberline"]
SUFFIX = ["St", "Ave", "Ct", "Dr", "Ln", "Way", "Blvd", "Pl", "Rd", "Loop", "Terrace"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "comcast.net",
             "protonmail.com", "aol.com", "q.com"]
REL = [("Spouse", "SPO"), ("Daughter", "CHD"), ("Son", "CHD"), ("Mother", "MTH"), ("Father", "FTH"),
       ("Sister", "SIS"), ("Brother", "BRO"), ("Partner", "DOM"), ("Friend", "FND")]


class Pt:
    pass


def make_patients(n=60):
    ff, fm, ll = FIRST_F[:], FIRST_M[:], LAST[:]
    R.shuffle(ff), R.shuffle(fm), R.shuffle(ll)
    pts = []
    for i in range(n):
        p = Pt()
        p.sex = "F" if i % 2 == 0 else "M"
        p.first = (ff if p.sex == "F" else fm).pop()
        p.last = ll.pop()
        p.mi = R.choice("ABCDEFGHJKLMNPRSTVW") if R.random() < 0.6 else ""
        if i < 6:
            y = R.randint(1926, 1933)
        elif i < 10:
            y = R.randint(2006, 2010)
        else:
            y = R.randint(1942, 2003)
        p.dob = dt.date(y, R.randint(1, 12), R.randint(1, 28))
        p.age = TODAY.year - p.dob.year - ((TODAY.month, TODAY.day) < (p.dob.month, p.dob.day))
        p.mrn = "%08d" % R.randint(100000, 2999999)
        city = R.choice(CITIES)
        p.city, p.state, p.county, zips, area = city
        p.zip = R.choice(zips)
        p.zip4 = p.zip + digits(4)
        pre = R.choice(["", "", "", "N ", "S ", "SE ", "NW ", "E "])
        p.street = "%d %s%s %s" % (R.randint(12, 24999), pre, R.choice(STREETS), R.choice(SUFFIX))
        if R.random() < 0.25:
            p.street += R.choice([" Apt %d%s" % (R.randint(1, 40), R.choice("ABCD")), " Unit %d" % R.randint(1, 300),
                                  " #%d" % R.randint(100, 420)])
        if R.random() < 0.2:
            p.phone = area + "555" + "01" + digits(2)
        else:
            p.phone = area + str(R.randint(200, 989)) + digits(4)
        p.phone2 = area + str(R.randint(200, 989)) + digits(4)
        fa, la = ascii_fold(p.first).lower().replace("-", ""), ascii_fold(p.last).lower().replace(" ", "").replace("'", "").replace(".", "")
        p.email = R.choice(["%s.%s@%s", "%s%s@%s", "%s_%s%d@%s", "%s.%s%d@%s"]) 
        if p.email.count("%") == 3:
            p.email = p.email % (fa, la, R.choice(EMAIL_DOM))
        else:
            p.email = p.email % (fa, la, p.dob.year % 100, R.choice(EMAIL_DOM))
        p.user = R.choice(["%s.%s%02d" % (fa, la[:1], p.dob.year % 100), "%s_%s" % (fa, la[:6]),
                           "%s%s" % (fa[:1], la), "%s.moves" % fa, "%s%d" % (la, R.randint(1, 99))])
        p.payer = R.choice(PAYERS if p.age < 65 else ["MEDICARE", "MEDICARE", "REGENCE", "AETNA"])
        p.member = {"PREMERA": lambda: R.choice(["YPW", "NKB", "QVR"]) + digits(9),
                    "REGENCE": lambda: "ZHR" + digits(8),
                    "AETNA": lambda: "W" + digits(9),
                    "UHC": lambda: digits(9),
                    "MEDICARE": mbi,
                    "APPLE_HEALTH": lambda: digits(9) + "WA",
                    "CIGNA": lambda: "U" + digits(8) + "01",
                    "TRICARE": lambda: digits(10)}[p.payer]()
        p.group = digits(R.choice([5, 6, 7]))
        p.acct = "PA" + digits(7)
        p.gacct = "GA-" + digits(8)
        p.ssn = ssn()
        p.dev = "KS2-" + hexs(8).upper()
        p.mac = ":".join(["F4", "5E", "AB"] + [hexs(2).upper() for _ in range(3)])
        p.aid = hexs(16)
        p.ip = R.choice(["73.%d.%d.%d", "24.%d.%d.%d", "67.%d.%d.%d", "98.%d.%d.%d", "174.%d.%d.%d",
                         "71.%d.%d.%d", "50.%d.%d.%d", "97.%d.%d.%d"]) % (R.randint(16, 250), R.randint(0, 255), R.randint(1, 254))
        st = p.state
        p.dl = {"WA": lambda: "WDL" + alnum(9), "OR": lambda: digits(7), "ID": lambda: alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(6) + R.choice("ABCDEFGHJK"),
                "CO": lambda: "%s-%s-%s" % (digits(2), digits(3), digits(4))}[st]()
        p.plate = {"WA": lambda: alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(4), "OR": lambda: digits(3) + " " + alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ"),
                   "ID": lambda: "1A" + digits(5), "CO": lambda: alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + "-" + alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")}[st]()
        p.vin = vin()
        p.auth = R.choice(["AUTH" + digits(7), "A%s-%s" % (digits(6), digits(4)), "PA" + digits(9), alnum(3) + digits(7)])
        p.auth_used = R.randint(3, 12)
        p.auth_total = R.choice([12, 12, 20, 24, 8, 10, p.auth_used + R.randint(0, 4)])
        p.auth_start = TODAY - dt.timedelta(days=R.randint(10, 70))
        p.auth_end = max(p.auth_start + dt.timedelta(days=R.choice([60, 90, 120])), TODAY + dt.timedelta(days=R.randint(6, 40)))
        p.ref = R.choice(["REF-" + digits(6), "R" + digits(8), "RX%s" % alnum(7)])
        p.part = R.choice(list(DX))
        p.dx = R.choice(DX[p.part])
        p.wc = (i % 5 == 3) and 20 <= p.age <= 64
        p.claim = R.choice(["24WC" + digits(6), "Y" + digits(6), "%s%s" % (alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ"), digits(5)),
                            "3024-%s-%s" % (digits(5), digits(2)), "WC-%s-%s" % (digits(4), alnum(4))])
        p.employer = R.choice(EMPL)
        p.adj = R.choice(ADJ)
        p.doi = TODAY - dt.timedelta(days=R.randint(12, 240))
        p.ec_rel = R.choice(REL)
        ecf = R.choice(FIRST_F if p.ec_rel[0] in ("Daughter", "Mother", "Sister") else
                       FIRST_M if p.ec_rel[0] in ("Son", "Father", "Brother") else FIRST_F + FIRST_M)
        p.ec_first = ecf
        p.ec_last = p.last if p.ec_rel[0] not in ("Friend", "Partner") else R.choice(LAST)
        p.ec_phone = area + str(R.randint(200, 989)) + digits(4)
        p.fax = area + "555" + "01" + digits(2) if i % 9 == 4 else None
        p.gym = R.choice(GYMS)
        p.gym_no = p.gym[1] + digits(R.choice([6, 7]))
        p.therapist = R.choice(THER)
        p.clinic = R.choice(CLINICS)
        pts.append(p)
    return pts


PTS = make_patients()


def pat(**kw):
    cand = PTS
    if kw.get("wc"):
        cand = [p for p in PTS if p.wc]
    if kw.get("old"):
        cand = [p for p in PTS if p.age > 89]
    if kw.get("minor"):
        cand = [p for p in PTS if p.age < 18]
    if kw.get("fax"):
        cand = [p for p in PTS if p.fax]
    return R.choice(cand)


def nm(p, st):
    f, l, m = p.first, p.last, p.mi
    return {"fl": "%s %s" % (f, l), "lf": "%s, %s" % (l, f), "LF": ("%s, %s" % (l, f)).upper(),
            "lfm": ("%s, %s %s." % (l, f, m)) if m else "%s, %s" % (l, f),
            "fil": "%s. %s" % (f[0], l), "low": ("%s %s" % (f, l)).lower(), "up": ("%s %s" % (f, l)).upper(),
            "fml": ("%s %s. %s" % (f, m, l)) if m else "%s %s" % (f, l),
            "LFnc": ("%s,%s" % (l, f)).upper()}[st]


def hl7name(p):
    s = "%s^%s" % (p.last.upper(), p.first.upper())
    if p.mi:
        s += "^" + p.mi
    return s


def appt_dt(lo=0, hi=30):
    while True:
        d = TODAY + dt.timedelta(days=R.randint(lo, hi))
        if d.weekday() < 6:
            break
    h = R.choice([7, 7, 8, 9, 10, 11, 13, 14, 15, 16, 17, 18])
    m = R.choice([0, 15, 30, 45])
    return dt.datetime(d.year, d.month, d.day, h, m)


def past(lo=0, hi=60):
    while True:
        d = TODAY - dt.timedelta(days=R.randint(lo, hi))
        if d.weekday() < 6:
            return d


def exec_thread():
    return "nio-8080-exec-%d" % R.randint(1, 24)


def req_id():
    return uuid4()


def jpeg_b64(n=150):
    raw = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300") + R.randbytes(n)
    return base64.b64encode(raw).decode()


def fmr_b64(n=96):
    raw = b"FMR\x00 20\x00\x00" + bytes([0, n + 24]) + bytes([0, 0, 1, 0x40, 1, 0xe0, 0, 0xc5, 0, 0xc5, 1, 0, 0, 0, 0x3c, R.randint(18, 40)]) + R.randbytes(n)
    return base64.b64encode(raw).decode()


# ================================================================ PHI generators
def g_poc():
    p = pat()
    t = CK.tick()
    L = Line("spring_boot")
    st = past(0, 8)
    wk = R.choice([4, 6, 8, 12])
    L.w(spring(t, "INFO", exec_thread(), "c.r.emr.poc.PlanOfCareService"),
        "Plan of care created pocId=POC-%d patientMrn=" % R.randint(100000, 999999), (p.mrn, "mrn"),
        ' patient="', (nm(p, R.choice(["lf", "lfm", "LF"])), "name"), '" dx=%s freq=%dx/wk duration=%dwk startDate=' % (p.dx[0], R.choice([1, 2, 3]), wk),
        (fd(st, "iso"), "date"), " certThrough=", (fd(st + dt.timedelta(weeks=wk), "iso"), "date"),
        " therapist=%s clinic=%s" % (p.therapist[0], p.clinic[0]))
    return [L]


def g_authcheck():
    p = pat()
    t = CK.tick()
    L = Line("spring_boot")
    v = R.random()
    if v < 0.5:
        used = min(p.auth_used, p.auth_total)
        L.w(spring(t, "WARN", exec_thread(), "c.r.emr.auth.VisitAuthorizationChecker"),
            "Visit %d of %d authorized for MRN " % (used, p.auth_total), (p.mrn, "mrn"), " (auth ", (p.auth, "other_id"),
            ", payer=%s, member=" % p.payer, (p.member, "health_plan"), ") - auth expires ", (fd(p.auth_end, "us"), "date"),
            "; notify front desk %s" % p.clinic[0])
    else:
        L.w(spring(t, "INFO", "scheduling-1", "c.r.emr.visit.VisitCountService"),
            "visitCount updated patientId=", (p.mrn, "mrn"), " visitNo=%d authorizedVisits=%d remaining=%d authPeriod=[" % (
                p.auth_used, p.auth_total, max(0, p.auth_total - p.auth_used)),
            (fd(p.auth_start, "iso"), "date"), "..", (fd(p.auth_end, "iso"), "date"), "] payer=%s" % p.payer)
    return [L]


def g_recert():
    p = pat()
    t = CK.tick()
    L = Line("spring_boot")
    v = R.randint(0, 2)
    if v == 0:
        due = TODAY + dt.timedelta(days=R.randint(1, 9))
        L.w(spring(t, "INFO", "scheduling-2", "c.r.emr.poc.RecertificationScheduler"),
            "Recert due for ", (nm(p, "lf"), "name"), " (DOB ", (fd(p.dob, "us"), "date"), ") - progress note required by ",
            (fd(due, "iso"), "date"), " (%s progress-report rule, visit %d/10)" % ("Medicare" if p.payer == "MEDICARE" else "payer", R.randint(8, 10)))
    elif v == 1:
        a, b = R.randint(20, 45), R.randint(50, 78)
        L.w(spring(t, "INFO", exec_thread(), "c.r.emr.poc.DischargeService"),
            "Patient discharged mrn=", (p.mrn, "mrn"), " reason=%s totalVisits=%d dischargeDate=" % (R.choice(["GOALS_MET", "SELF_DISCHARGE", "PLATEAU", "INS_EXHAUSTED"]), R.randint(6, 24)),
            (fd(TODAY, "us"), "date"), " initialLEFS=%d finalLEFS=%d" % (a, b))
    else:
        L.w(spring(t, "ERROR", exec_thread(), "c.r.emr.elig.EligibilityClient"),
            "271 AAA rejection 72 (Invalid/Missing Subscriber/Insured ID) subscriberId=", (p.member, "health_plan"),
            " lastName=", (p.last.upper(), "name"), " dob=", (fd(p.dob, "hl7"), "date"), " payerId=%s traceId=%s" % (PAYER_NAME[p.payer][1], hexs(32)))
    return [L]


def g_authexc():
    p = pat()
    t = CK.tick()
    n = p.auth_total + 1
    msg = [("Visit %d exceeds authorized visits (%d) for patient " % (n, p.auth_total)), (p.mrn, "mrn"), ", auth ", (p.auth, "other_id")]
    L1 = Line("spring_boot")
    L1.w(spring(t, "ERROR", exec_thread(), "o.a.c.c.C.[.[.[/].[dispatcherServlet]"),
         "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: com.ridgeline.emr.auth.AuthorizationExceededException: ",
         *msg, "] with root cause")
    L2 = Line("java_stack")
    L2.w("com.ridgeline.emr.auth.AuthorizationExceededException: ", *msg)
    out = [L1, L2]
    for fr in ["com.ridgeline.emr.auth.VisitAuthorizationChecker.assertWithinLimit(VisitAuthorizationChecker.java:142)",
               "com.ridgeline.emr.visit.VisitService.checkIn(VisitService.java:88)",
               "com.ridgeline.emr.visit.VisitController.checkIn(VisitController.java:61)",
               "java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)"][:R.randint(2, 4)]:
        out.append(Line("java_stack").t("\tat " + fr))
    return out


def g_merge():
    p = pat()
    t = CK.tick()
    L = Line("spring_boot")
    mrn2 = "%08d" % R.randint(100000, 2999999)
    alt = p.last + "-" + R.choice(LAST).split()[0].replace("'", "") if "-" not in p.last else p.last.split("-")[0]
    L.w(spring(t, "INFO", "task-%d" % R.randint(1, 8), "c.r.emr.mpi.PatientMergeService"),
        "merge candidate score=0.%d left={mrn=" % R.randint(86, 98), (p.mrn, "mrn"), ", name=", (nm(p, "fl"), "name"),
        ", dob=", (fd(p.dob, "iso"), "date"), ", phone=", (p.phone, "phone"), "} right={mrn=", (mrn2, "mrn"),
        ", name=", ("%s %s" % (p.first, alt), "name"), ", dob=", (fd(p.dob, "iso"), "date"), ", phone=null} action=QUEUED_FOR_REVIEW")
    return [L]


def g_idscan():
    p = pat()
    t = CK.tick()
    L = Line("spring_boot")
    L.w(spring(t, "INFO", exec_thread(), "c.r.emr.intake.IdScanService"),
        "PDF417 parsed kiosk=%s-K%d state=%s dl=" % (p.clinic[0], R.randint(1, 3), p.state), (p.dl, "license"),
        ' name="', (("%s,%s%s" % (p.last, p.first, ("," + p.mi) if p.mi else "")).upper(), "name"), '" dob=', (fd(p.dob, "mdy8"), "date"),
        ' addr="', (p.street.upper(), "address"), '" city=', (p.city.upper().replace(" ", "_"), "address"), " zip=", (p.zip4, "zip"),
        " exp=%02d%02d%d match=%s" % (R.randint(1, 12), R.randint(1, 28), R.randint(2025, 2031), R.choice(["EXACT", "FUZZY_ADDR", "NEW_PATIENT"])))
    return [L]


def g_rails_appt():
    p = pat()
    rq = req_id()
    out = []
    t = CK.tick()
    L = Line("rails")
    L.t(rails(t, "INFO", rq) + 'Started POST "/api/v1/appointments" for 10.42.%d.%d at %s -0700' % (
        R.randint(0, 9), R.randint(2, 250), t.astimezone(LOCAL).strftime("%Y-%m-%d %H:%M:%S")))
    out.append(L)
    L = Line("rails")
    L.t(rails(CK.ms(1, 3), "INFO", rq) + "Processing by Api::V1::AppointmentsController#create as JSON")
    out.append(L)
    a = appt_dt(1, 28)
    L = Line("rails")
    L.w(rails(CK.ms(1, 3), "INFO", rq) + '  Parameters: {"appointment"=>{"patient_id"=>"', (p.mrn, "mrn"),
        '", "provider_id"=>"%s", "location_id"=>"%s", "starts_at"=>"' % (p.therapist[0], p.clinic[0]),
        (a.strftime("%Y-%m-%dT%H:%M:00-07:00"), "date"), '", "duration_min"=>%d, "visit_type"=>"%s", "auth_number"=>"' % (
            R.choice([30, 45, 60]), R.choice(["PT_FOLLOWUP", "PT_EVAL", "DRY_NEEDLING", "ATC_RTS_TEST"])),
        (p.auth, "other_id"), '"}, "patient"=>{"mobile_phone"=>"[FILTERED]", "email"=>"[FILTERED]"}}')
    out.append(L)
    L = Line("rails")
    L.t(rails(CK.ms(20, 120), "INFO", rq) + "Completed 201 Created in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)" % (
        R.randint(40, 160), R.uniform(0.5, 3), R.uniform(8, 60), R.randint(9000, 30000)))
    out.append(L)
    return out


def g_rails_misc():
    p = pat()
    rq = req_id()
    t = CK.tick()
    v = R.randint(0, 2)
    L = Line("rails")
    if v == 0:
        L.w(rails(t, "DEBUG", rq) + '  Patient Load (%.1fms)  SELECT "patients".* FROM "patients" WHERE "patients"."mrn" = $1 LIMIT $2  [["mrn", "' % R.uniform(0.3, 2),
            (p.mrn, "mrn"), '"], ["LIMIT", 1]]')
    elif v == 1:
        car = R.choice(["white Ford Transit Connect", "silver Subaru Outback", "red Toyota Tacoma", "blue Honda CR-V", "black Jeep Wrangler"])
        rel = p.ec_rel[0].lower()
        L.w(rails(t, "INFO", rq) + 'AppointmentNote created appointment_id=%d author=frontdesk.%s body="Needs accessible parking - drives %s, %s plate ' % (
            R.randint(700000, 799999), p.clinic[0].split("-")[0].lower(), car, p.state), (p.plate, "vehicle"),
            "; %s " % rel, (p.ec_first, "name"), ' will drop off and wait in lobby"')
    else:
        a = appt_dt(1, 4)
        L.w(rails(t, "INFO", rq) + "WaitlistMatcher offered slot ", (a.strftime("%Y-%m-%d %H:%M"), "date"),
            " %s to " % p.clinic[0], (nm(p, "fl"), "name"), " (pt ", (p.mrn, "mrn"), ") via sms ", (fph(p.phone, "e164"), "phone"),
            " ttl=2h offer_id=wl_%s" % hexs(10))
    return [L]


def g_sidekiq():
    p = pat()
    t = CK.tick()
    L = Line("sidekiq")
    d = past(1, 5)
    L.w(iso_z(t) + " pid=7 tid=%s class=NoShowFollowupJob jid=%s INFO: no-show recorded patient=" % (alnum(4, "abcdefghijklmnopqrstuvwxyz0123456789"), hexs(24)),
        (p.mrn, "mrn"), " appt_on=", (fd(d, "iso"), "date"), " count_90d=%d policy=%s sms_to=" % (R.randint(1, 3), R.choice(["WARN", "FEE_25", "DISCHARGE_REVIEW"])),
        (fph(p.phone, "e164"), "phone"))
    return [L]


def g_logfmt_auth():
    p = pat()
    t = CK.tick()
    L = Line("logfmt")
    KV(L, [("time", iso_z(t)), ("level", "warn"), ("msg", "authorization nearing limit"), ("svc", "auth-tracker"),
           ("mrn", p.mrn, "mrn"), ("payer", p.payer), ("member_id", p.member, "health_plan"), ("auth_no", p.auth, "other_id"),
           ("visits_used", p.auth_used), ("visits_auth", p.auth_total), ("auth_start", fd(p.auth_start, "iso"), "date"),
           ("auth_end", fd(p.auth_end, "iso"), "date"), ("trace_id", hexs(32))])
    return [L]


def msh(L, t, sapp, typ, ctl):
    L.t("MSH|^~\\&|%s|RIDGELINE|EMR|RIDGELINE|%s||%s|%s|P|2.5.1" % (sapp, hl7ts(t), typ, ctl))


def pid_seg(p, with_ssn=True, with_fax=False):
    L = Line("hl7v2")
    L.w("PID|1||", (p.mrn, "mrn"), "^^^RPT^MR")
    if R.random() < 0.6:
        L.w("~", (p.member, "health_plan"), "^^^%s^MB" % p.payer)
    L.w("||", (hl7name(p), "name"), "^^^^L||", (fd(p.dob, "hl7"), "date"), "|%s|||" % p.sex,
        (p.street, "address"), "^^", (p.city, "address"), "^%s^" % p.state, (p.zip, "zip"), "^USA^H||",
        (fph(p.phone, "parenNS"), "phone"), "^PRN^PH")
    if with_fax and p.fax:
        L.w("~", (fph(p.fax, "parenNS"), "fax"), "^PRN^FX")
    L.w("~^NET^Internet^", (p.email, "email"), "||%s|||" % R.choice(["ENG", "SPA", "VIE", "RUS", "SOM", "ENG"]), (p.acct, "account"))
    if with_ssn:
        L.w("|", (p.ssn.replace("-", "") if R.random() < 0.5 else p.ssn, "ssn"))
    return L


def g_hl7_ref():
    p = pat()
    doc = R.choice(REFDOC)
    t = CK.tick()
    ctl = "RF" + hl7ts(t) + digits(3)
    out = []
    L = Line("mirth")
    L.t(mirth(t, "INFO", "Referral Intake < Dispatcher Thread on Fax OCR (%s)" % uuid4()[:8], "com.mirth.connect.connectors.js.JavaScriptDispatcher") +
        "message %d routed to EMR_REF (REF^I12, %d bytes)" % (R.randint(80000, 99999), R.randint(1400, 2600)))
    out.append(L)
    L = Line("hl7v2")
    msh(L, t, "FAXOCR", "REF^I12^REF_I12", ctl)
    out.append(L)
    rd = past(1, 10)
    L = Line("hl7v2")
    L.w("RF1|A^Accepted|R^Routine|PT^Physical Therapy|||", (p.ref, "other_id"), "|", (fd(rd, "hl7"), "date"), "|",
        (fd(rd + dt.timedelta(days=180), "hl7"), "date"))
    out.append(L)
    L = Line("hl7v2")
    L.t("PRD|RP|%s^%s^^^DR|%s^^%s^%s^%s||(%s)%s-%s^WPN^FX||%s^^^NPI" % (doc[0], doc[1], doc[5], doc[6], doc[7], doc[8],
                                                                       doc[4][:3], doc[4][3:6], doc[4][6:], doc[9]))
    out.append(L)
    out.append(pid_seg(p, with_ssn=R.random() < 0.5, with_fax=True))
    L = Line("hl7v2")
    L.w("DG1|1||%s^%s^I10||" % p.dx, (fd(rd, "hl7"), "date"), "|A")
    out.append(L)
    pn, pid_ = PAYER_NAME[p.payer]
    L = Line("hl7v2")
    L.w("IN1|1|%s01^%s|%s|%s|||||%s||||||" % (p.payer[:4], p.payer.title(), pid_, pn, p.group), (hl7name(p), "name"), "|SEL|",
        (fd(p.dob, "hl7"), "date"), "|||||||||||||||||||", (p.member, "health_plan"))
    out.append(L)
    if R.random() < 0.5:
        L = Line("hl7v2")
        L.w("NK1|1|", ("%s^%s" % (p.ec_last.upper(), p.ec_first.upper()), "name"), "|%s^%s|" % (p.ec_rel[1], p.ec_rel[0]),
            (p.street, "address"), "^^", (p.city, "address"), "^%s^" % p.state, (p.zip, "zip"), "|", (fph(p.ec_phone, "parenNS"), "phone"), "||EC^Emergency Contact")
        out.append(L)
    return out


def g_hl7_siu():
    p = pat()
    t = CK.tick()
    th = p.therapist
    a = appt_dt(1, 21)
    dur = R.choice([30, 45, 60])
    e = a + dt.timedelta(minutes=dur)
    out = []
    L = Line("hl7v2")
    msh(L, t, "SCHED", "SIU^S12^SIU_S12", "SIU%s" % digits(10))
    out.append(L)
    L = Line("hl7v2")
    L.w("SCH|APT-%d^RIDGELINE||||ROUTINE|%s|%d|min|^^%d^" % (R.randint(700000, 799999), R.choice(["PT_FOLLOWUP", "PT_EVAL", "PT_RECERT"]), dur, dur),
        (a.strftime("%Y%m%d%H%M%S"), "date"), "^", (e.strftime("%Y%m%d%H%M%S"), "date"),
        "|||||%s^%s^%s^^^%s" % (th[0], th[1].split()[-1], th[1].split()[0], th[2].split(",")[0]))
    out.append(L)
    L = Line("hl7v2")
    L.w("PID|1||", (p.mrn, "mrn"), "^^^RPT^MR||", (hl7name(p), "name"), "||", (fd(p.dob, "hl7"), "date"), "|%s" % p.sex)
    out.append(L)
    L = Line("hl7v2")
    L.w("PV1|1|O|%s^^^RIDGELINE||||||||||||||||" % p.clinic[0], ("V" + digits(9), "other_id"), "|||||||||||||||||||||||||",
        (a.strftime("%Y%m%d%H%M"), "date"))
    out.append(L)
    L = Line("hl7v2")
    L.t("AIL|1||%s^^^Ridgeline PT %s" % (p.clinic[0], p.clinic[1]))
    out.append(L)
    L = Line("hl7v2")
    L.t("AIP|1||%s^%s^%s|PT" % (th[0], th[1].split()[-1], th[1].split()[0]))
    out.append(L)
    return out


def g_hl7_adt():
    p = pat(minor=True) if R.random() < 0.6 else pat()
    t = CK.tick()
    out = []
    L = Line("mirth")
    L.t(mirth(t, "WARN", "ADT Outbound < JavaScript Writer", "com.mirth.connect.server.transformers.JavaScriptFilterTransformer") +
        "PID-8 missing on inbound A08, defaulting from MPI")
    out.append(L)
    L = Line("hl7v2")
    msh(L, t, "REGISTRATION", "ADT^A08^ADT_A01", "ADT%s" % digits(9))
    out.append(L)
    L = Line("hl7v2")
    L.t("EVN|A08|%s|||%s" % (hl7ts(t), R.choice(["frontdesk.tac", "frontdesk.spk", "frontdesk.boi"])))
    out.append(L)
    out.append(pid_seg(p, with_ssn=False))
    L = Line("hl7v2")
    L.w("PV1|1|O|%s||||%s^%s^%s|||||||||||" % (p.clinic[0], p.therapist[0], p.therapist[1].split()[-1], p.therapist[1].split()[0]),
        ("V" + digits(9), "other_id"))
    out.append(L)
    if p.age < 18:
        grel = R.choice(["MTH^Mother", "FTH^Father", "GRD^Guardian"])
        gf = R.choice(FIRST_F if grel.startswith("MTH") else FIRST_M if grel.startswith("FTH") else FIRST_F + FIRST_M)
        L = Line("hl7v2")
        L.w("GT1|1|", (p.gacct, "account"), "|", ("%s^%s" % (p.last.upper(), gf.upper()), "name"), "||",
            (p.street, "address"), "^^", (p.city, "address"), "^%s^" % p.state, (p.zip, "zip"), "|", (fph(p.ec_phone, "parenNS"), "phone"),
            "|||||%s" % grel)
        out.append(L)
    else:
        L = Line("hl7v2")
        L.w("NK1|1|", ("%s^%s" % (p.ec_last.upper(), p.ec_first.upper()), "name"), "|%s^%s||" % (p.ec_rel[1], p.ec_rel[0]),
            (fph(p.ec_phone, "parenNS"), "phone"), "||EC^Emergency Contact")
        out.append(L)
    return out


def isa(t, snd, rcv, ctl, gs, ver):
    return ("ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*%s*%s*^*00501*%09d*0*P*:~GS*%s*%s*%s*%s*%s*%d*X*%s~" % (
        snd, rcv, t.strftime("%y%m%d"), t.strftime("%H%M"), ctl, gs, snd.strip(), rcv.strip(), t.strftime("%Y%m%d"), t.strftime("%H%M"), ctl % 100000, ver))


def g_x12_278():
    p = pat()
    t = CK.tick().astimezone(LOCAL)
    ctl = R.randint(4000, 9999)
    pn, pid_ = PAYER_NAME[p.payer]
    L = Line("x12")
    st = past(0, 5)
    L.t(isa(t, "RIDGELINEPT", "AVAILITY", ctl, "HI", "005010X217"))
    L.w("ST*278*0001*005010X217~BHT*0007*13*%s*%s*%s~HL*1**20*1~NM1*X3*2*%s*****PI*%s~HL*2*1*21*1~NM1*1P*2*RIDGELINE PHYSICAL THERAPY*****XX*1427081239~HL*3*2*22*1~NM1*IL*1*" % (
        "RQ" + digits(8), t.strftime("%Y%m%d"), t.strftime("%H%M"), pn, pid_),
        (p.last.upper(), "name"), "*", (p.first.upper(), "name"), "*", p.mi, "***MI*", (p.member, "health_plan"), "~DMG*D8*", (fd(p.dob, "hl7"), "date"),
        "*%s~HL*4*3*EV*1~UM*HS*I*2*%s:B~DTP*472*RD8*" % (p.sex, R.choice(["11", "22"])), (fd(st, "hl7"), "date"), "-",
        (fd(st + dt.timedelta(days=R.choice([30, 60, 90])), "hl7"), "date"),
        "~HI*ABK:%s~HSD*VS*%d~HL*5*4*SS*0~SV1*HC:97110*0*UN*%d***1~SE*17*0001~GE*1*%d~IEA*1*%09d~" % (
            p.dx[0].replace(".", ""), R.choice([8, 12, 16, 20]), R.choice([8, 12, 16]), ctl, ctl))
    return [L]


def g_x12_271():
    p = pat()
    t = CK.tick().astimezone(LOCAL)
    ctl = R.randint(4000, 9999)
    pn, pid_ = PAYER_NAME[p.payer]
    L = Line("x12")
    L.t(isa(t, "AVAILITY", "RIDGELINEPT", ctl, "HB", "005010X279A1"))
    L.w("ST*271*0001*005010X279A1~BHT*0022*11*%s*%s*%s~HL*1**20*1~NM1*PR*2*%s*****PI*%s~HL*2*1*21*1~NM1*1P*2*RIDGELINE PHYSICAL THERAPY*****XX*1427081239~HL*3*2*22*0~TRN*2*%s*9RIDGELINE~NM1*IL*1*" % (
        "EL" + digits(8), t.strftime("%Y%m%d"), t.strftime("%H%M"), pn, pid_, digits(10)),
        (p.last.upper(), "name"), "*", (p.first.upper(), "name"), "****MI*", (p.member, "health_plan"), "~N3*", (p.street.upper(), "address"),
        "~N4*", (p.city.upper(), "address"), "*%s*" % p.state, (p.zip4, "zip"), "~DMG*D8*", (fd(p.dob, "hl7"), "date"),
        "*%s~DTP*346*D8*" % p.sex, (fd(dt.date(2024, 1, 1), "hl7"), "date"),
        "~EB*1*IND*30**%s~EB*F*IND*AD***23*%d*****VS~MSG*PT/OT/ST COMBINED VISIT LIMIT PER CALENDAR YEAR~EB*B*IND*AD***27*%d~SE*16*0001~GE*1*%d~IEA*1*%09d~" % (
            R.choice(["PPO", "HMO", "MA", "EPO"]), R.choice([20, 25, 30, 60]), R.choice([20, 35, 40, 50]), ctl, ctl))
    return [L]


def note_hdr(t, th, lines, typ):
    L = Line("spring_boot")
    L.t(spring(t, "INFO", exec_thread(), "c.r.emr.notes.NoteSignatureListener") +
        "Note signed noteId=NT-%d type=%s author=%s status=FINAL lines=%d" % (R.randint(5000000, 5999999), typ, th[0], lines))
    return L


def g_note_daily():
    p = pat()
    th = p.therapist
    t = CK.tick()
    out = []
    dos = TODAY
    nxt = appt_dt(2, 6)
    rel = R.choice(["daughter", "son", "husband", "wife", "granddaughter", "neighbor"])
    relname = R.choice(FIRST_F if rel in ("daughter", "wife", "granddaughter") else FIRST_M if rel in ("son", "husband") else FIRST_F + FIRST_M)
    body = []
    L = Line("note_text")
    L.w("DAILY NOTE - ", (nm(p, R.choice(["lfm", "lf", "LF"])), "name"), " (MRN ", (p.mrn, "mrn"), ") DOS ", (fd(dos, "us"), "date"),
        " Visit %d/%d (%s auth " % (p.auth_used, p.auth_total, PAYER_NAME[p.payer][0].title()), (p.auth, "other_id"), ")")
    body.append(L)
    pain = R.randint(1, 6)
    L = Line("note_text")
    L.w("S: Pt reports %s pain %d/10 today, %d/10 after %s at %s %s " % (p.part, pain, pain + 2, R.choice(["climbing stairs", "yard work", "a 2 mi walk", "lifting groceries"]), "her" if p.sex == "F" else "his", rel),
        (relname, "name"), "'s place over the weekend. Sleeping better, using ice 2x/day.")
    body.append(L)
    body.append(Line("note_text").t("O: AROM %s improved (flex %d deg, prev %d). SLR x15 no lag. TUG %.1f s. Gait w/o AD, mild antalgic pattern. Vitals: BP %d/%d HR %d." % (
        p.part, R.randint(95, 125), R.randint(80, 110), R.uniform(7.5, 13.5), R.randint(112, 148), R.randint(68, 92), R.randint(58, 92))))
    body.append(Line("note_text").t("A: Progressing toward LTG (reciprocal stairs w/ 1 rail). Tolerated tx well. Would benefit from %d more visits; authorization exhausted after %s." % (
        R.randint(3, 8), R.choice(["next visit", "visit %d" % p.auth_total]))))
    L = Line("note_text")
    L.w("P: Request addl visits from payer. Progress HEP (step-ups 6in -> 8in). Next appt %s " % nxt.strftime("%a"), (fd(nxt.date(), "md"), "date"),
        " %s. -- %s, %s%s" % (nxt.strftime("%-I:%M %p"), th[1], th[2], "" if "PTA" not in th[2] else " / co-signed R. Ostrowski, DPT"))
    body.append(L)
    out.append(note_hdr(t, th, len(body), "DAILY"))
    return out + body


def g_note_wc():
    p = pat(wc=True)
    th = p.therapist
    t = CK.tick()
    emp, adj = p.employer, p.adj
    body = []
    L = Line("note_text")
    L.w("INITIAL EVALUATION  Patient: ", (nm(p, "fml"), "name"), "  DOB: ", (fd(p.dob, R.choice(["us", "mon", "usnz"])), "date"),
        "  MRN: RPT-", (p.mrn, "mrn"), "  Payer: %s  Claim #: " % adj[1], (p.claim, "other_id"))
    body.append(L)
    L = Line("note_text")
    L.w("HPI: %d y/o %s %s injured %s on " % (p.age, "F" if p.sex == "F" else "M", R.choice(["warehouse selector", "roofer", "bus operator", "line worker", "paraeducator", "delivery driver"]), p.part),
        (fd(p.doi, R.choice(["us", "usnz", "long"])), "date"), " lifting a %d lb case at %s. Reported to supervisor same day; seen at urgent care " % (R.randint(30, 80), emp[0]),
        (fd(p.doi + dt.timedelta(days=R.randint(0, 3)), "md"), "date"), ".")
    body.append(L)
    L = Line("note_text")
    L.t("Work status: %s. Restrictions per Dr. %s: no lifting > %d lb, no overhead reaching. Employer contact %s (%s) %s." % (
        R.choice(["modified duty", "off work", "light duty 4 hr/day"]), R.choice(REFDOC)[2], R.choice([10, 15, 20, 25]), emp[2], emp[0], fph(emp[3], "dash")))
    body.append(L)
    L = Line("note_text")
    L.w("Goals: RTW full duty by ", (fd(TODAY + dt.timedelta(weeks=R.choice([4, 6, 8])), "us"), "date"),
        ". Plan: %dx/wk x %d wks, 97110/97140/97530. Report sent to adj %s fax %s. -- %s, %s" % (
            R.choice([2, 3]), R.choice([4, 6]), adj[0], fph(adj[4], "dash"), th[1], th[2]))
    body.append(L)
    return [note_hdr(t, th, len(body), "EVAL")] + body


def g_note_geri():
    p = pat(old=True)
    th = p.therapist
    t = CK.tick()
    body = []
    L = Line("note_text")
    L.w("PROGRESS NOTE  ", (nm(p, "LF"), "name"), "  DOB ", (fd(p.dob, R.choice(["us", "ora", "iso"])), "date"),
        "  DOS ", (fd(TODAY, "us"), "date"), "  ", (p.payer, None), " ID ", (p.member, "health_plan"))
    body.append(L)
    sx = R.choice(["R hip ORIF", "L TKA", "lumbar fusion L4-5", "R reverse TSA"])
    L = Line("note_text")
    L.w("Pt is a ", (str(p.age), "age"), " y/o %s s/p %s (" % ("F" if p.sex == "F" else "M", sx), (fd(past(30, 90), "usnz"), "date"),
        "); lives w/ %s " % p.ec_rel[0].lower(), (p.ec_first, "name"), " at ", (p.street, "address"), ", ", (p.city, "address"),
        ". Fall x1 since last visit, no injury.")
    body.append(L)
    body.append(Line("note_text").t("O: Berg %d/56, 5xSTS %.1f s (UE assist), gait 150 ft w/ %s, CGA on stairs. 6MWT %d m." % (
        R.randint(30, 46), R.uniform(14, 22), R.choice(["FWW", "SPC", "4WW"]), R.randint(140, 280))))
    L = Line("note_text")
    L.w("A/P: High fall risk. Recommend home safety eval; call ", (p.ec_first, "name"), " at ", (fph(p.ec_phone, R.choice(["paren", "dash", "dot"])), "phone"),
        " before d/c. Continue 2x/wk; 71 y/o spouse present for HEP education. -- %s, %s" % (th[1], th[2]))
    body.append(L)
    return [note_hdr(t, th, len(body), "PROGRESS")] + body


def g_logcat_phi():
    p = pat()
    t = CK.tick()
    pid, tid = R.randint(8000, 31000), 0
    tid = pid + R.randint(10, 80)
    out = []
    v = R.randint(0, 3)
    L = Line("logcat")
    if v == 0:
        L.w(logcat(t, pid, tid, "I", "HepSync"), "uploaded %d sessions for user=" % R.randint(1, 4), (p.user, "other_id"),
            " (patientRef=", (p.mrn, "mrn"), ") ok in %dms" % R.randint(180, 900))
    elif v == 1:
        L.w(logcat(t, pid, tid, "D", "BleScanner"), "connected KineSense ", (p.dev, "device"), " [", (p.mac, "device"), "] rssi=-%d battery=%d%% fw=2.4.%d" % (
            R.randint(45, 88), R.randint(12, 100), R.randint(0, 3)))
    elif v == 2:
        L.w(logcat(t, pid, pid, "D", "ProfileRepo"), "saved profile PatientProfile(firstName=", (p.first, "name"), ", lastName=", (p.last, "name"),
            ", dob=", (fd(p.dob, "iso"), "date"), ", email=", (p.email, "email"), ", phone=", (fph(p.phone, "raw"), "phone"), ", locale=%s)" % R.choice(["en_US", "es_US", "vi_VN", "ru_RU"]))
    else:
        L.w(logcat(t, pid, tid, "I", "HepAnalytics"), "session_start androidId=", (p.aid, "device"), " appVersion=4.12.%d build=%d user=" % (R.randint(0, 3), R.randint(41200, 41299)),
            (p.user, "other_id"))
    out.append(L)
    return out


def g_nginx_phi():
    p = pat()
    t = CK.tick()
    L = Line("nginx")
    v = R.randint(0, 2)
    ua = R.choice(["RidgelineHEP/4.12.1 (Android 14; Pixel 7)", "RidgelineHEP/4.12.0 (iPhone; iOS 17.3.1; Scale/3.00)",
                   "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
                   "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1"])
    if v == 0:
        L.w((p.ip, "ip"), " - ", (p.user, "other_id"), " %s \"POST /hep/v2/sessions HTTP/1.1\" 201 %d \"-\" \"%s\" rt=%.3f uct=0.001 upstream=10.42.7.%d:8080" % (
            clf(t), R.randint(150, 400), ua, R.uniform(0.05, 0.9), R.randint(10, 40)))
    elif v == 1:
        L.w((p.ip, "ip"), " - - %s \"GET /portal/api/patients/" % clf(t), (p.mrn, "mrn"), "/appointments?status=upcoming HTTP/2.0\" 200 %d \"https://my.ridgelinept.com/appointments\" \"%s\" rt=%.3f" % (
            R.randint(800, 4000), ua, R.uniform(0.02, 0.4)))
    else:
        L.w((p.ip, "ip"), " - - %s \"PUT /hep/v2/devices/" % clf(t), (p.dev, "device"), "/pair HTTP/1.1\" 204 0 \"-\" \"%s\" rt=%.3f" % (ua, R.uniform(0.02, 0.3)))
    return [L]


def g_imu_phi():
    p = pat()
    t = CK.tick()
    L = Line("pino_json")
    ex = R.choice(["sit_to_stand", "heel_slide", "terminal_knee_ext", "banded_clamshell", "scapular_row", "single_leg_balance", "bird_dog"])
    v = R.random()
    if v < 0.7:
        J(L, O([("level", 30), ("time", epoch_ms(t)), ("pid", 18), ("hostname", "imu-ingest-6d9f7c8b5-%s" % alnum(5, "bcdfghjklmnpqrstvwxz2456789")),
                ("reqId", "req-%s" % alnum(4, "0123456789abcdefghijklmnopqrstuvwxyz")), ("deviceSn", p.dev, "device"), ("bleMac", p.mac, "device"),
                ("fw", "2.4.%d" % R.randint(0, 3)), ("patientRef", p.mrn, "mrn"), ("sessionId", uuid4()), ("exercise", ex),
                ("reps", R.randint(6, 20)), ("sampleHz", 104), ("samples", R.randint(2000, 9000)), ("romPeakDeg", round(R.uniform(20, 140), 1)),
                ("msg", "upload accepted")]))
    else:
        J(L, O([("level", 50), ("time", epoch_ms(t)), ("pid", 18), ("hostname", "imu-ingest-6d9f7c8b5-%s" % alnum(5, "bcdfghjklmnpqrstvwxz2456789")),
                ("deviceSn", p.dev, "device"), ("chunk", "%d/%d" % (R.randint(2, 20), 22)), ("crc", "0x%s" % hexs(8)),
                ("msg", "CRC mismatch, requesting retransmit")]))
    return [L]


def g_wc_xml():
    p = pat(wc=True)
    t = CK.tick()
    emp = p.employer
    L = Line("wc_xml")
    s = p.ssn.replace("-", "")
    L.w('<?xml version="1.0" encoding="UTF-8"?><FROI><TransactionSetID>148</TransactionSetID><MaintenanceTypeCode>%s</MaintenanceTypeCode><ClaimAdministratorClaimNumber>' % R.choice(["00", "02", "04"]),
        (p.claim, "other_id"), "</ClaimAdministratorClaimNumber><EmployeeSSN>", (s, "ssn"), "</EmployeeSSN><EmployeeLastName>",
        (xesc(p.last.upper()), "name"), "</EmployeeLastName><EmployeeFirstName>", (xesc(p.first.upper()), "name"),
        "</EmployeeFirstName><EmployeeDateOfBirth>", (fd(p.dob, "hl7"), "date"), "</EmployeeDateOfBirth><EmployeeAddressLine1>",
        (xesc(p.street), "address"), "</EmployeeAddressLine1><EmployeeCity>", (xesc(p.city), "address"), "</EmployeeCity><EmployeeStateCode>%s</EmployeeStateCode><EmployeePostalCode>" % p.state,
        (p.zip, "zip"), "</EmployeePostalCode><EmployeePhoneNumber>", (p.phone, "phone"), "</EmployeePhoneNumber><DateOfInjury>",
        (fd(p.doi, "hl7"), "date"), "</DateOfInjury><EmployerFEIN>%s</EmployerFEIN><EmployerName>%s</EmployerName><NatureOfInjuryCode>%s</NatureOfInjuryCode><PartOfBodyInjuredCode>%s</PartOfBodyInjuredCode></FROI>" % (
            emp[1].replace("-", ""), xesc(emp[0].upper()), R.choice(["52", "49", "10", "59"]), R.choice(["38", "42", "33", "22", "53"])))
    return [L]


def g_wc_json():
    p = pat(wc=True)
    t = CK.tick()
    emp, adj = p.employer, p.adj
    L = Line("wc_json")
    rtw = TODAY + dt.timedelta(days=R.randint(5, 30))
    na = appt_dt(1, 10)
    L.t(pylog(t) + " INFO wc_sync.client: POST https://claims-hub.ridgelinept.internal/v1/cases/update 200 payload=")
    J(L, O([("event", "case.updated"), ("claim_number", p.claim, "other_id"),
            ("claimant", O([("name", nm(p, "fl"), "name"), ("dob", fd(p.dob, "iso"), "date"), ("mrn", p.mrn, "mrn")])),
            ("date_of_injury", fd(p.doi, "iso"), "date"),
            ("employer", O([("name", emp[0]), ("contact", emp[2]), ("phone", fph(emp[3], "dash"))])),
            ("adjuster", O([("name", adj[0]), ("company", adj[1]), ("email", adj[2])])),
            ("work_status", R.choice(["MODIFIED_DUTY", "OFF_WORK", "FULL_DUTY_RELEASED"])),
            ("restrictions", "no lifting >%d lb, no overhead reaching %s UE" % (R.choice([10, 20, 25]), R.choice(["L", "R", "bilat"]))),
            ("rtw_date", fd(rtw, "iso"), "date"), ("next_appt", na.strftime("%Y-%m-%dT%H:%M:00"), "date"), ("visits_approved", R.choice([12, 18, 24]))]), sp=True)
    return [L]


def g_wc_email():
    p = pat(wc=True)
    t = CK.tick()
    adj, emp = p.adj, p.employer
    th = p.therapist
    out = []
    L = Line("email_text")
    L.t(pylog(t) + " INFO wc_mailer.inbound: message-id=<%s@%s> from=%s to=wc-intake@ridgelinept.com size=%d" % (
        hexs(16), adj[2].split("@")[1].lower(), adj[2], R.randint(4000, 40000)))
    out.append(L)
    L = Line("email_text")
    L.w("Subject: RE: Claim ", (p.claim, "other_id"), " - ", (nm(p, R.choice(["fl", "up"])), "name"), " - PT progress / modified duty")
    out.append(L)
    seen = past(1, 6)
    rtw = TODAY + dt.timedelta(days=R.randint(3, 14))
    L = Line("email_text")
    L.w("Hi %s, claimant was seen " % th[1].split()[0], (fd(seen, "md"), "date"), "; %s at %s can accommodate the %d lb limit starting %s " % (
        emp[2].split()[0], emp[0].split()[0], R.choice([10, 15, 20]), rtw.strftime("%A")), (fd(rtw, "md"), "date"),
        ". Please send the updated work status to my fax %s. Claimant's new cell is " % fph(adj[4], "dash"), (fph(p.phone2, R.choice(["dash", "paren", "dot"])), "phone"), ".")
    out.append(L)
    L = Line("email_text")
    L.t("Thanks, %s | Claims Examiner | %s | %s | %s" % (adj[0], adj[1], fph(adj[3], "dot"), adj[2]))
    out.append(L)
    return out


def g_wc_vehicle():
    p = pat(wc=True)
    t = CK.tick()
    L = Line("logfmt")
    if R.random() < 0.6:
        KV(L, [("time", iso_z(t)), ("level", "info"), ("svc", "wc-intake"), ("msg", "FROI supplemental: motor vehicle involvement"),
               ("claim", p.claim, "other_id"), ("claimant_vehicle_plate", p.plate, "vehicle"), ("claimant_vehicle_vin", p.vin, "vehicle"),
               ("claimant_vehicle_state", p.state), ("employer_unit", "FLT-%d" % R.randint(100, 999)), ("police_report", "pending")])
    else:
        KV(L, [("time", iso_z(t)), ("level", "info"), ("svc", "wc-intake"), ("msg", "CDL holder - DOT return-to-duty exam required"),
               ("claim", p.claim, "other_id"), ("claimant", nm(p, "fl"), "name"), ("cdl_no", p.dl, "license"), ("cdl_state", p.state),
               ("cdl_class", "A"), ("med_card_exp", "2025-%02d-%02d" % (R.randint(1, 12), R.randint(1, 28)))])
    return [L]


GYM_HDR = "checkin_id,checkin_at,gym_partner,club_id,member_no,mrn,first_name,last_name,program,scan_method,fp_template"


def g_gym_csv():
    out = []
    if R.random() < 0.6:
        out.append(Line("gym_csv").t(GYM_HDR))
    CK.tick()
    for _ in range(R.randint(2, 4)):
        p = pat()
        t = CK.tick(20, 200)
        L = Line("gym_csv")
        fp = R.random() < 0.45
        L.w("CK-%d,%s,%s,%s-%s-%02d," % (R.randint(88000000, 88999999), t.astimezone(LOCAL).strftime("%Y-%m-%dT%H:%M:%S-07:00"), p.gym[0], p.gym[1],
                                       p.clinic[3][:3].upper(), R.randint(1, 4)),
            (p.gym_no, "other_id"), ",", (p.mrn, "mrn"), ",", (p.first, "name"), ",", (p.last if "," not in p.last else '"%s"' % p.last, "name"),
            ",%s,%s," % (R.choice(["MedFit Bridge", "Post-Rehab Strength", "ACL RTS Phase 3", "Silver Balance"]), "fingerprint" if fp else R.choice(["keytag", "app_qr"])))
        if fp:
            L.p(fmr_b64(R.randint(60, 110)), "biometric")
        out.append(L)
    return out


def g_gym_json():
    p = pat()
    t = CK.tick()
    L = Line("gym_json")
    J(L, O([("type", "checkin.created"), ("id", "evt_%s" % alnum(14, "abcdefghijklmnopqrstuvwxyz0123456789")), ("created", int(t.timestamp())),
            ("data", O([("partner", p.gym[0]), ("memberNumber", p.gym_no, "other_id"), ("member", O([("first", p.first, "name"), ("last", p.last, "name"),
                                                                                               ("dob", fd(p.dob, "us"), "date")])),
                        ("referral", O([("clinic", p.clinic[0]), ("mrn", p.mrn, "mrn"), ("program", "MedFit Bridge")])),
                        ("biometric", O([("type", "ISO19794-2"), ("template", fmr_b64(R.randint(60, 100)), "biometric")]))]))]))
    return [L]


PROM_HDR = "mrn|patient_name|dob|instrument|admin_point|raw|scaled|mcid_met|completed_on|clinic"


def g_proms_psv():
    out = []
    if R.random() < 0.7:
        out.append(Line("proms_psv").t(PROM_HDR))
    CK.tick()
    for _ in range(R.randint(2, 4)):
        p = pat()
        L = Line("proms_psv")
        ins = {"knee": "KOOS-JR", "hip": "HOOS-JR", "back": "ODI", "neck": "NDI", "shoulder": "QuickDASH", "ankle": "LEFS"}[p.part]
        raw = R.randint(8, 70)
        L.w((p.mrn, "mrn"), "|", (nm(p, R.choice(["lf", "LFnc", "fl"])), "name"), "|", (fd(p.dob, "iso"), "date"),
            "|%s|%s|%d|%.1f|%s|" % (ins, R.choice(["INTAKE", "VISIT_6", "DISCHARGE", "30D_POST"]), raw, raw * R.uniform(1, 2), R.choice("YN")),
            (fd(past(0, 7), "iso"), "date"), "|%s" % p.clinic[0])
        out.append(L)
    return out


def g_proms_json():
    p = pat()
    t = CK.tick()
    L = Line("proms_json")
    J(L, O([("survey_id", "sv_%s" % hexs(12)), ("instrument", R.choice(["ODI", "NDI", "PSFS", "LEFS", "QuickDASH"])),
            ("respondent", O([("email", p.email, "email"), ("ip", p.ip, "ip"), ("ua", "Mozilla/5.0 (Linux; Android 14)")])),
            ("patient", O([("mrn", p.mrn, "mrn"), ("age", p.age, "age" if p.age > 89 else None)])),
            ("answers", [R.randint(0, 5) for _ in range(10)]), ("score", R.randint(4, 48)), ("submitted_at", iso_z(t))]), sp=True)
    return [L]


def g_fax_patient():
    p = pat(fax=True)
    t = CK.tick()
    out = []
    dev = "ttyIAX%d" % R.randint(0, 3)
    pid = R.randint(2000, 2400)
    L = Line("hylafax_syslog")
    L.w("%s faxgw01 FaxGetty[%d]: REMOTE CSID \"" % (bsd(t), pid), (fph(p.fax, "intl"), "fax"), "\"")
    out.append(L)
    fn = "fax%09d" % R.randint(18000, 19999)
    L = Line("hylafax_syslog")
    L.w("%s faxgw01 FaxGetty[%d]: RECV FAX (%s): recvq/%s.tif from " % (bsd(CK.ms(20000, 90000)), pid, fn[3:], fn),
        (fph(p.fax, "intl"), "fax"), ", route to <unspecified>, %d pages in 1:%02d" % (R.randint(1, 5), R.randint(0, 59)))
    out.append(L)
    L = Line("hylafax_syslog")
    L.w("%s faxgw01 faxroute[%d]: %s.tif classified=PATIENT_INTAKE_FORM sender_fax=" % (bsd(CK.ms(500, 4000)), R.randint(300, 900), fn),
        (p.fax, "fax"), " matched_mrn=", (p.mrn, "mrn"), " confidence=0.%d queue=%s" % (R.randint(71, 97), p.clinic[0]))
    out.append(L)
    return out


def g_fax_ocr():
    p = pat()
    doc = R.choice(REFDOC)
    t = CK.tick()
    L = Line("fax_ocr_json")
    wc = p.wc and R.random() < 0.6
    fields = O([("patient_name", nm(p, R.choice(["lf", "fl", "up", "lfm"])), "name"), ("dob", fd(p.dob, R.choice(["us", "usnz", "us2"])), "date"),
                ("phone", fph(p.phone, R.choice(PH_STYLES)), "phone")])
    if wc:
        fields += [("insurance", p.adj[1]), ("claim_no", p.claim, "other_id"), ("doi", fd(p.doi, "us"), "date")]
    else:
        fields += [("insurance", PAYER_NAME[p.payer][0].title()), ("member_id", p.member, "health_plan")]
    fields += [("referring", "%s, %s" % (doc[2], doc[3])), ("ref_npi", doc[9]), ("ref_fax", fph(doc[4], "dash")), ("dx", p.dx[0]),
               ("order", "Eval & treat %s %dx/wk x %d wks" % (p.part, R.choice([2, 3]), R.choice([4, 6, 8])))]
    J(L, O([("fax_id", "fax%09d" % R.randint(18000, 19999)), ("pages", R.randint(2, 7)), ("doc_type", "REFERRAL"), ("ocr_engine", "tesseract-5.3.4"),
            ("fields", fields), ("conf", O([("patient_name", round(R.uniform(0.8, 0.99), 2)), ("dob", round(R.uniform(0.6, 0.99), 2))]))]))
    return [L]


def g_sms():
    p = pat()
    t = CK.tick()
    L = Line("structlog_sms")
    a = appt_dt(1, 6)
    v = R.randint(0, 2)
    clin = "Ridgeline PT %s" % p.clinic[1]
    L.w(iso_us_z(t), " [info     ] sms.sent                       to=", (fph(p.phone, "e164"), "phone"), " sid=SM%s template=" % hexs(32))
    if v == 0:
        dias = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"][a.weekday()]
        L.w('appt_reminder_es body="Hola ', (p.first, "name"), ", le recordamos su cita de fisioterapia el %s " % dias,
            (fd(a.date(), "dmy"), "date"), " a las %s en %s. Responda C para confirmar o R para reprogramar.\"" % (a.strftime("%H:%M"), clin))
    elif v == 1:
        L.w('appt_reminder_en body="Hi ', (p.first, "name"), "! Reminder: PT appt %s " % a.strftime("%a"), (fd(a.date(), "md"), "date"),
            " at %s with %s at %s. Reply C to confirm, R to reschedule. Txt STOP to opt out.\"" % (a.strftime("%-I:%M%p").lower(), p.therapist[1].split()[0], clin))
    else:
        L.w('appt_reminder_vi body="Nhắc lịch: ', (nm(p, "fl"), "name"), " có hẹn vật lý trị liệu ngày ", (fd(a.date(), "dmy"), "date"),
            " lúc %s tại %s. Trả lời C để xác nhận.\"" % (a.strftime("%H:%M"), clin))
    return [L]


def g_sms_inbound():
    p = pat()
    t = CK.tick()
    L = Line("structlog_sms")
    body, action = R.choice([("C gracias", "CONFIRMED"), ("C", "CONFIRMED"), ("R - can we do after 4pm? my son %s has a game", "RESCHEDULE_REQUEST"),
                             ("running 10 min late sorry", "NOTE_ADDED"), ("STOP", "OPT_OUT")])
    L.w(iso_us_z(t), " [info     ] sms.inbound                    from=", (fph(p.phone, "e164"), "phone"), " matched_mrn=", (p.mrn, "mrn"), ' body="')
    if "%s" in body:
        a, b = body.split("%s")
        L.w(a, (R.choice(FIRST_M), "name"), b)
    else:
        L.t(body)
    L.t('" action=%s' % action)
    return [L]


def g_audit_phi():
    p = pat()
    t = CK.tick()
    L = Line("syslog5424")
    v = R.randint(0, 2)
    th = R.choice(THER)
    if v == 0:
        L.w("<134>1 %s emr-app-0%d emr-audit %d CHART_VIEW [audit@47450 user=\"%s\" role=\"PT\" patientMrn=\"" % (iso_z(t), R.randint(1, 4), R.randint(2000, 3000), th[0]),
            (p.mrn, "mrn"), "\" reason=\"TREATMENT\" ip=\"10.42.8.%d\"] chart opened" % R.randint(2, 250))
    elif v == 1:
        L.w("<132>1 %s emr-app-0%d emr-audit %d BTG [audit@47450 user=\"%s\" patientMrn=\"" % (iso_z(t), R.randint(1, 4), R.randint(2000, 3000), th[0]),
            (p.mrn, "mrn"), "\" patientName=\"", (nm(p, "lf"), "name"), "\" flag=\"VIP\" justification=\"covering for %s\"] break-the-glass access granted" % R.choice(THER)[0])
    else:
        L.w("<134>1 %s portal-0%d portal-audit %d PORTAL_LOGIN [audit@47450 portalUser=\"" % (iso_z(t), R.randint(1, 2), R.randint(2000, 3000)),
            (p.user, "other_id"), "\" ip=\"", (p.ip, "ip"), "\" mfa=\"sms\" result=\"success\"] patient portal login")
    return [L]


def g_pg_phi():
    p = pat()
    t = CK.tick()
    pid = R.randint(20000, 40000)
    out = []
    L = Line("postgres")
    L.t(pg(t, pid, "ERROR") + 'duplicate key value violates unique constraint "patients_mrn_key"')
    out.append(L)
    L = Line("postgres")
    L.w(pg(t, pid, "DETAIL") + "Key (mrn)=(", (p.mrn, "mrn"), ") already exists.")
    out.append(L)
    L = Line("postgres")
    L.w(pg(t, pid, "STATEMENT") + "INSERT INTO patients (mrn, last_name, first_name, dob, home_phone) VALUES ('", (p.mrn, "mrn"), "', '",
        (p.last.replace("'", "''"), "name"), "', '", (p.first, "name"), "', '", (fd(p.dob, "iso"), "date"), "', '", (fph(p.phone, "dash"), "phone"), "')")
    out.append(L)
    return out


def g_billing_phi():
    p = pat()
    t = CK.tick()
    L = Line("py_logging")
    v = R.randint(0, 2)
    if v == 0:
        L.w(pylog(t) + " INFO billing.webhooks: payment_intent.succeeded pi_%s amount=%d currency=usd card=visa ****%s guarantor_acct=" % (
            alnum(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), R.choice([2500, 4000, 4500, 6000]), digits(4)),
            (p.gacct, "account"), " patient_acct=", (p.acct, "account"))
    elif v == 1:
        c = card(R.choice(["4", "51", "37"]), 15 if False else 16)
        cs = " ".join(c[i:i + 4] for i in range(0, 16, 4)) if R.random() < 0.5 else c
        L.w(pylog(t) + " ERROR billing.terminal: PaymentGatewayError('card_declined: do_not_honor') request={'card_number': '", (cs, "account"),
            "', 'exp': '%02d/%d', 'name_on_card': '" % (R.randint(1, 12), R.randint(25, 29)), (nm(p, "up"), "name"),
            "', 'amount': %d, 'lane': '%s-L%d'}" % (R.choice([3500, 4000, 7500]), p.clinic[0], R.randint(1, 3)))
    else:
        L.w(pylog(t) + " INFO billing.ach: autopay mandate created guarantor=", (nm(p, "lf"), "name"), " routing=%s account=" % R.choice(["125000024", "123000220", "102000021"]),
            (digits(R.randint(9, 12)), "account"), " hsa=%s" % R.choice(["true", "false"]))
    return [L]


def g_ios_phi():
    p = pat()
    t = CK.tick()
    L = Line("ios_oslog")
    v = R.randint(0, 2)
    if v == 0:
        L.w(ios(t), "[Profile] avatar upload body={\"patientRef\":\"", (p.mrn, "mrn"), "\",\"photo\":\"data:image/jpeg;base64,", (jpeg_b64(R.randint(90, 160)), "photo"), "\"}")
    elif v == 1:
        L.w(ios(t), "[Video] form-check clip %.1fMB exercise=%s shared by patientRef=" % (R.uniform(2, 40), R.choice(["banded_clamshell", "goblet_squat", "pallof_press"])),
            (p.mrn, "mrn"), " link=", ("https://drive.google.com/file/d/1%s/view?usp=sharing" % alnum(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"), "url"))
    else:
        L.w(ios(t), "[Sync] HKWorkout import user=", (p.user, "other_id"), " steps=%d source=Apple Watch strava=" % R.randint(2000, 15000),
            ("https://www.strava.com/athletes/%d" % R.randint(10000000, 130000000), "url"))
    return [L]


def g_portal_msg():
    p = pat()
    t = CK.tick()
    L = Line("spring_boot")
    v = R.randint(0, 1)
    if v == 0:
        slug = "help-%s-recover-from-%s" % (ascii_fold(p.first).lower().replace("-", ""), R.choice(["acl-surgery", "back-injury", "a-work-injury"]))
        L.w(spring(t, "INFO", exec_thread(), "c.r.portal.messaging.InboxService"),
            'patient message received from=', (p.user, "other_id"), ' mrn=', (p.mrn, "mrn"), ' subject="bills" body="Can my visits be billed after the fundraiser? ',
            ("https://www.gofundme.com/f/%s" % slug, "url"), " . My new number is ", (fph(p.phone2, "dot"), "phone"), '"')
    else:
        L.w(spring(t, "INFO", exec_thread(), "c.r.portal.messaging.InboxService"),
            'patient message received from=', (p.user, "other_id"), ' subject="address change" body="We moved, new address is ', (p.street, "address"), ", ",
            (p.city, "address"), ", %s " % p.state, (p.zip, "zip"), " and email ", (p.email, "email"), '"')
    return [L]


def g_medicare():
    p = R.choice([q for q in PTS if q.payer == "MEDICARE"])
    t = CK.tick()
    L = Line("py_logging")
    m = p.member
    m_disp = "%s-%s-%s" % (m[:4], m[4:7], m[7:]) if R.random() < 0.5 else m
    L.w(pylog(t) + " WARNING elig.medicare: HETS 270 ok but KX threshold near mbi=", (m_disp, "health_plan"), " name=", (nm(p, "LF"), "name"),
        " age=", (str(p.age), "age" if p.age > 89 else None), " ytd_pt_slp=$%d.%02d threshold=$2410.00" % (R.randint(1800, 2400), R.randint(0, 99)))
    return [L]


def g_kafka_dlq():
    p = pat()
    t = CK.tick()
    L = Line("pino_json")
    J(L, O([("level", 40), ("time", epoch_ms(t)), ("pid", 1), ("hostname", "hep-notify-7c9d5b6f4-%s" % alnum(5, "bcdfghjklmnpqrstvwxz2456789")),
            ("topic", "hep.reminders.dlq"), ("partition", R.randint(0, 5)), ("offset", R.randint(100000, 999999)),
            ("err", "EmailBounce: 550 5.1.1 mailbox unavailable"), ("to", p.email, "email"), ("msg", "moved to DLQ")]))
    return [L]


def g_fallrisk():
    p = pat(old=True)
    t = CK.tick()
    L = Line("spring_boot")
    L.w(spring(t, "INFO", exec_thread(), "c.r.emr.screen.FallRiskScreenService"),
        "STEADI screen stored mrn=", (p.mrn, "mrn"), " age=", (str(p.age), "age"), " falls12mo=%d tug=%.1fs risk=HIGH referral=HOME_SAFETY_OT clinic=%s" % (
            R.randint(1, 3), R.uniform(13, 24), p.clinic[0]))
    return [L]


def g_photo_pino():
    p = pat()
    t = CK.tick()
    L = Line("pino_json")
    b = jpeg_b64(R.randint(80, 140))
    J(L, O([("level", 30), ("time", epoch_ms(t)), ("pid", 1), ("hostname", "hep-profile-5f6c8d7b9-%s" % alnum(5, "bcdfghjklmnpqrstvwxz2456789")),
            ("req", O([("method", "PUT"), ("url", "/v1/profile/avatar"), ("remoteAddress", p.ip, "ip")])), ("patientRef", p.mrn, "mrn"),
            ("avatar", O([("mime", "image/jpeg"), ("bytes", len(base64.b64decode(b))), ("b64", b, "photo")])), ("msg", "avatar stored (debug body logging on)")]))
    return [L]


# ================================================================ noise generators
def n_spring():
    t = CK.tick()
    L = Line("spring_boot")
    opts = [
        ("INFO", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat started on port(s): 8080 (http) with context path ''"),
        ("INFO", "main", "c.r.emr.EmrApplication", "Started EmrApplication in %.3f seconds (process running for %.3f)" % (R.uniform(9, 22), R.uniform(22, 30))),
        ("INFO", "main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Start completed."),
        ("WARN", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=%ds%dms)." % (R.randint(40, 90), R.randint(0, 999))),
        ("INFO", "scheduling-1", "c.r.emr.auth.VisitAuthorizationChecker", "nightly auth sweep complete checked=%d nearingLimit=%d exhausted=%d durationMs=%d" % (R.randint(1500, 2200), R.randint(20, 60), R.randint(3, 15), R.randint(4000, 12000))),
        ("INFO", exec_thread(), "c.r.emr.fhir.CapabilityCache", "refreshed CapabilityStatement from https://fhir.ridgelinept.internal/r4/metadata (etag W/\"%d\") in %dms" % (R.randint(10, 40), R.randint(80, 400))),
        ("INFO", "main", "c.r.emr.poc.PlanOfCareService", "POC template v3.7.2 loaded (payerRules=41, cpt=97110,97112,97140,97530,97161-97163)"),
        ("WARN", "resilience4j-1", "i.g.r.c.i.CircuitBreakerStateMachine", "CircuitBreaker 'availity' changed state from CLOSED to OPEN (failureRate=%.1f%%)" % R.uniform(50, 80)),
        ("WARN", exec_thread(), "o.h.engine.jdbc.spi.SqlExceptionHelper", "SQL Error: 0, SQLState: 40001"),
        ("INFO", "task-2", "c.r.emr.notes.NoteSignatureListener", "co-signature backlog: PTA notes awaiting PT co-sign=%d oldest=%dh" % (R.randint(0, 40), R.randint(1, 47))),
        ("INFO", exec_thread(), "c.r.emr.visit.VisitCountService", "visit counters reconciled for clinic=%s rows=%d drift=0" % (R.choice(CLINICS)[0], R.randint(200, 900))),
        ("DEBUG", exec_thread(), "o.s.web.servlet.DispatcherServlet", "Completed 200 OK"),
        ("INFO", "scheduling-3", "c.r.emr.poc.RecertificationScheduler", "recert scan: due_7d=%d overdue=%d notified=%d" % (R.randint(10, 60), R.randint(0, 6), R.randint(5, 40))),
        ("ERROR", exec_thread(), "c.r.emr.elig.EligibilityClient", "Availity token refresh failed: 503 Service Unavailable (retry in %ds)" % R.choice([15, 30, 60])),
        ("INFO", "kafka-producer-network-thread | emr-1", "o.a.k.c.p.internals.TransactionManager", "[Producer clientId=emr-1] ProducerId set to %d with epoch 0" % R.randint(1000, 9999)),
        ("INFO", exec_thread(), "c.r.emr.intake.IdScanService", "kiosk %s-K%d heartbeat ok firmware=HX-2.1.%d" % (R.choice(CLINICS)[0], R.randint(1, 3), R.randint(0, 9))),
    ]
    lvl, th, lg, msg = R.choice(opts)
    L.t(spring(t, lvl, th, lg) + msg)
    return [L]


def n_stack():
    t = CK.tick()
    out = []
    L = Line("spring_boot")
    L.t(spring(t, "ERROR", exec_thread(), "c.r.emr.elig.EligibilityClient") + "eligibility request failed for batch EB-%s (n=%d)" % (digits(6), R.randint(20, 200)))
    out.append(L)
    out.append(Line("java_stack").t("java.net.SocketTimeoutException: Read timed out"))
    for fr in ["java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)",
               "org.apache.hc.core5.http.impl.io.SessionInputBufferImpl.fillBuffer(SessionInputBufferImpl.java:149)",
               "com.ridgeline.emr.elig.EligibilityClient.post(EligibilityClient.java:211)"][:R.randint(2, 3)]:
        out.append(Line("java_stack").t("\tat " + fr))
    out.append(Line("java_stack").t("\t... %d common frames omitted" % R.randint(20, 60)))
    return out


def n_rails():
    rq = req_id()
    t = CK.tick()
    out = []
    path = R.choice(['/up', '/api/v1/schedule/slots?clinic=%s&date=2024-03-%02d' % (R.choice(CLINICS)[0], R.randint(18, 29)), '/api/v1/providers/%s/templates' % R.choice(THER)[0]])
    L = Line("rails")
    L.t(rails(t, "INFO", rq) + 'Started GET "%s" for 10.42.%d.%d at %s -0700' % (path, R.randint(0, 9), R.randint(2, 250), t.astimezone(LOCAL).strftime("%Y-%m-%d %H:%M:%S")))
    out.append(L)
    L = Line("rails")
    L.t(rails(CK.ms(2, 90), "INFO", rq) + "Completed 200 OK in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)" % (
        R.randint(2, 90), R.uniform(0.1, 5), R.uniform(0.2, 30), R.randint(300, 20000)))
    out.append(L)
    return out


def n_sidekiq():
    t = CK.tick()
    L = Line("sidekiq")
    cls = R.choice(["ReminderBatchJob", "AuthExpiryDigestJob", "WaitlistSweepJob", "ProviderTemplateSyncJob", "NoShowFollowupJob"])
    tid = alnum(4, "abcdefghijklmnopqrstuvwxyz0123456789")
    jid = hexs(24)
    if R.random() < 0.5:
        L.t(iso_z(t) + " pid=7 tid=%s class=%s jid=%s elapsed=%.3f INFO: done" % (tid, cls, jid, R.uniform(0.01, 9)))
    else:
        L.t(iso_z(t) + " pid=7 tid=%s INFO: Sidekiq 7.2.2 connecting to Redis with options {:size=>10, :pool_name=>\"internal\", :url=>\"redis://redis-master.sched.svc:6379/2\"}" % tid)
    return [L]


def n_logfmt():
    t = CK.tick()
    L = Line("logfmt")
    opts = [
        [("time", iso_z(t)), ("level", "info"), ("msg", "sweep finished"), ("svc", "auth-tracker"), ("checked", R.randint(1500, 2200)), ("warned", R.randint(10, 50)), ("exhausted", R.randint(1, 12)), ("took", "%.3fs" % R.uniform(2, 12))],
        [("time", iso_z(t)), ("level", "debug"), ("msg", "payer rules cache hit"), ("svc", "auth-tracker"), ("payer", R.choice(PAYERS)), ("rules_ver", "2024.03.%d" % R.randint(1, 4))],
        [("time", iso_z(t)), ("level", "error"), ("msg", "availity 278 submit failed"), ("svc", "auth-tracker"), ("err", "context deadline exceeded"), ("attempt", R.randint(1, 5)), ("backoff", "%ds" % R.choice([2, 4, 8])), ("span_id", hexs(16))],
        [("time", iso_z(t)), ("level", "info"), ("msg", "gym partner batch reconciled"), ("svc", "partner-gw"), ("partner", R.choice(GYMS)[0]), ("checkins", R.randint(20, 90)), ("matched", R.randint(15, 80)), ("unmatched", R.randint(0, 6))],
        [("time", iso_z(t)), ("level", "warn"), ("msg", "partner webhook signature mismatch"), ("svc", "partner-gw"), ("partner", R.choice(GYMS)[1]), ("remote", "10.60.%d.%d:%d" % (R.randint(0, 9), R.randint(1, 250), R.randint(30000, 60000))), ("status", 401)],
        [("time", iso_z(t)), ("level", "info"), ("msg", "SROI batch acknowledged"), ("svc", "wc-intake"), ("jurisdiction", R.choice(["WA", "OR", "ID", "CO"])), ("accepted", R.randint(5, 30)), ("rejected", R.randint(0, 3)), ("ack_ctl", digits(9))],
        [("time", iso_z(t)), ("level", "info"), ("msg", "adjuster directory synced"), ("svc", "wc-intake"), ("source", "sedgwick-sftp"), ("records", R.randint(200, 700)), ("sha256", hexs(64))],
    ]
    KV(L, R.choice(opts))
    return [L]


def n_hl7_ack():
    t = CK.tick()
    out = []
    L = Line("mirth")
    L.t(mirth(t, "INFO", "ADT Outbound < Dispatcher Thread", "com.mirth.connect.connectors.tcp.TcpDispatcher") + "MLLP connection to 10.42.3.%d:6661 established, sending message %d" % (R.randint(2, 250), R.randint(80000, 99999)))
    out.append(L)
    L = Line("hl7v2")
    ctl = "ACK" + digits(10)
    L.t("MSH|^~\\&|EMR|RIDGELINE|REGISTRATION|RIDGELINE|%s||ACK^A08^ACK|%s|P|2.5.1" % (hl7ts(t), ctl))
    out.append(L)
    L = Line("hl7v2")
    L.t("MSA|%s|ADT%s%s" % (R.choice(["AA", "AA", "AE"]), digits(9), "" if R.random() < 0.7 else "|Field PID-8 invalid"))
    out.append(L)
    return out


def n_x12_999():
    t = CK.tick().astimezone(LOCAL)
    ctl = R.randint(4000, 9999)
    L = Line("x12")
    L.t(isa(t, "AVAILITY", "RIDGELINEPT", ctl, "FA", "005010X231A1") +
        "ST*999*0001*005010X231A1~AK1*HI*%d*005010X217~AK2*278*0001*005010X217~IK5*A~AK9*A*1*1*1~SE*6*0001~GE*1*%d~IEA*1*%09d~" % (ctl - 1, ctl, ctl))
    return [L]


def n_logcat():
    t = CK.tick()
    pid = R.randint(8000, 31000)
    L = Line("logcat")
    opts = [(pid, "I", "art", "Background concurrent copying GC freed %d(%dKB) AllocSpace objects, %d(%dMB) LOS objects, 49%% free, %dMB/%dMB, paused %dus total %dms" % (
        R.randint(10000, 90000), R.randint(500, 9000), R.randint(0, 20), R.randint(0, 30), R.randint(8, 40), R.randint(20, 80), R.randint(40, 900), R.randint(20, 300))),
        (pid, "D", "OkHttp", "--> POST https://api.ridgelinept.com/hep/v2/sessions (%d-byte body)" % R.randint(400, 4000)),
        (pid, "D", "OkHttp", "<-- 201 https://api.ridgelinept.com/hep/v2/sessions (%dms)" % R.randint(80, 900)),
        (pid, "W", "HepReminder", "exact alarm permission denied; falling back to inexact window=15m"),
        (pid, "I", "BleScanner", "scan stopped after %ds, found %d KineSense advertisers" % (R.randint(5, 30), R.randint(0, 3))),
        (pid, "E", "HepSync", "upload failed: java.net.UnknownHostException: Unable to resolve host \"api.ridgelinept.com\": No address associated with hostname"),
        (pid, "I", "WM-WorkerWrapper", "Worker result SUCCESS for Work [ id=%s, tags={ com.ridgelinept.hep.sync.SessionUploadWorker } ]" % uuid4()),
        (pid, "I", "VideoPlayer", "prefetch exercise clip ex_%d.mp4 bitrate=1.2Mbps cache_hit=%s" % (R.randint(100, 999), R.choice(["true", "false"])))]
    p_, lvl, tag, msg = R.choice(opts)
    L.t(logcat(t, p_, p_ + R.randint(0, 60), lvl, tag) + msg)
    return [L]


def n_nginx():
    t = CK.tick()
    L = Line("nginx")
    opts = ['10.42.%d.%d - - %s "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28" rt=0.001' % (R.randint(0, 9), R.randint(2, 250), clf(t)),
            '10.42.%d.%d - - %s "GET /static/js/app.%s.js HTTP/2.0" 304 0 "https://my.ridgelinept.com/" "Mozilla/5.0" rt=0.000' % (R.randint(0, 9), R.randint(2, 250), clf(t), hexs(8)),
            '10.42.%d.%d - - %s "POST /hep/v2/telemetry HTTP/1.1" 202 0 "-" "RidgelineHEP/4.12.1 (Android 14; SM-S911U)" rt=0.004' % (R.randint(0, 9), R.randint(2, 250), clf(t)),
            '10.42.%d.%d - - %s "GET /metrics HTTP/1.1" 200 %d "-" "Prometheus/2.50.1" rt=0.012' % (R.randint(0, 9), R.randint(2, 250), clf(t), R.randint(9000, 40000)),
            '10.42.%d.%d - - %s "GET /.env HTTP/1.1" 404 153 "-" "Mozilla/5.0 zgrab/0.x" rt=0.000' % (R.randint(0, 9), R.randint(2, 250), clf(t))]
    L.t(R.choice(opts))
    return [L]


def n_pino():
    t = CK.tick()
    L = Line("pino_json")
    host = "imu-ingest-6d9f7c8b5-%s" % alnum(5, "bcdfghjklmnpqrstvwxz2456789")
    opts = [O([("level", 30), ("time", epoch_ms(t)), ("pid", 18), ("hostname", host), ("brokers", ["kafka-0.kafka:9092", "kafka-1.kafka:9092"]), ("msg", "kafka producer connected")]),
            O([("level", 40), ("time", epoch_ms(t)), ("pid", 18), ("hostname", host), ("skewMs", R.randint(900, 4000)), ("deviceFw", "2.3.9"), ("msg", "clock skew detected, resampling")]),
            O([("level", 30), ("time", epoch_ms(t)), ("pid", 18), ("hostname", host), ("batches", R.randint(50, 400)), ("p95Ms", R.randint(40, 300)), ("bytes", R.randint(10 ** 6, 10 ** 8)), ("msg", "flush stats")]),
            O([("level", 30), ("time", epoch_ms(t)), ("pid", 18), ("hostname", host), ("fwDistribution", O([("2.3.9", R.randint(5, 40)), ("2.4.0", R.randint(50, 200)), ("2.4.1", R.randint(100, 400))])), ("msg", "fleet firmware report")]),
            O([("level", 50), ("time", epoch_ms(t)), ("pid", 18), ("hostname", host), ("err", O([("type", "S3ServiceException"), ("message", "SlowDown: Please reduce your request rate."), ("bucket", "ridgeline-imu-raw")])), ("msg", "archive put failed")])]
    J(L, R.choice(opts))
    return [L]


def n_gym_csv_empty():
    # gym partner daily summary CSV (report-level, no people)
    out = [Line("csv_report").t("report_date,partner,club_id,checkins,matched_referrals,unmatched,fp_scans,keytag_scans")]
    for _ in range(R.randint(2, 3)):
        g = R.choice(GYMS)
        out.append(Line("csv_report").t("2024-03-17,%s,%s-%s-%02d,%d,%d,%d,%d,%d" % (g[0], g[1], R.choice(["TAC", "SPO", "BOI", "FOR"]), R.randint(1, 4),
                                                                                     R.randint(20, 120), R.randint(10, 60), R.randint(0, 5), R.randint(0, 40), R.randint(5, 60))))
    CK.tick()
    return out


def n_pylog():
    t = CK.tick()
    L = Line("py_logging")
    opts = [" INFO proms.export: run=%s wrote %d rows to s3://ridgeline-proms-exports/2024/03/18/proms_weekly.psv.gz sha256=%s" % (uuid4()[:8], R.randint(200, 900), hexs(64)),
            " INFO proms.export: instruments=LEFS,ODI,NDI,QuickDASH,KOOS-JR,HOOS-JR,PSFS window=7d clinics=7",
            " WARNING proms.export: %d responses skipped (incomplete, <80%% items answered)" % R.randint(1, 30),
            " INFO billing.webhooks: stripe signature verified evt_%s type=payout.paid amount=%d" % (alnum(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), R.randint(100000, 9000000)),
            " INFO elig.batch: 270 batch EB-%s submitted n=%d clearinghouse=availity ctl=%09d" % (digits(6), R.randint(40, 300), R.randint(4000, 9999)),
            " INFO wc_sync.client: GET https://claims-hub.ridgelinept.internal/v1/health 200 in %dms" % R.randint(3, 60),
            " ERROR wc_mailer.inbound: IMAP IDLE dropped (imap.ridgelinept.com:993) [Errno 104] Connection reset by peer; reconnecting",
            " INFO billing.ach: NACHA file RPT%s.ach generated entries=%d total=$%d.%02d" % (digits(8), R.randint(10, 80), R.randint(2000, 40000), R.randint(0, 99))]
    L.t(pylog(t) + R.choice(opts))
    return [L]


def n_proms_hdr_only():
    CK.tick()
    L = Line("proms_psv")
    L.t("#export=proms_weekly run=20240318T090000Z rows=%d instruments=LEFS,ODI,NDI,QuickDASH,KOOS-JR,HOOS-JR schema=v4" % R.randint(200, 900))
    return [L]


def n_fax():
    t = CK.tick()
    pid = R.randint(2000, 2400)
    doc = R.choice(REFDOC)
    opts = ["%s faxgw01 FaxGetty[%d]: MODEM Multi-Tech Systems MT9234ZBA/0109 (ttyIAX%d)" % (bsd(t), pid, R.randint(0, 3)),
            "%s faxgw01 FaxGetty[%d]: ANSWER: FAX CONNECTION  DEVICE '/dev/ttyIAX%d'" % (bsd(t), pid, R.randint(0, 3)),
            "%s faxgw01 FaxGetty[%d]: REMOTE CSID \"%s\"" % (bsd(t), pid, fph(doc[4], "intl")),
            "%s faxgw01 FaxGetty[%d]: RECV FAX: from %s, page %d in 0:00:%02d, INF, 196 lines/inch, 2-D MMR, 14400 bit/s" % (bsd(t), pid, fph(doc[4], "intl"), R.randint(1, 5), R.randint(10, 59)),
            "%s faxgw01 FaxSend[%d]: SEND FAX: JOB %d DEST %s COMMID %09d DEVICE '/dev/ttyIAX1' FROM 'POC Outbound <poc@ridgelinept.com>' USER poc-bot" % (bsd(t), pid, R.randint(4000, 9000), doc[4], R.randint(18000, 19999)),
            "%s faxgw01 faxq[%d]: JOB %d (ready dest %s pri 127 tts 0:00 killtime 2:59:56): SEND DONE (plan of care, %d pages)" % (bsd(t), pid, R.randint(4000, 9000), doc[4], R.randint(2, 6)),
            "%s faxgw01 faxroute[%d]: fax%09d.tif classified=REFERRAL from_npi=%s queue=intake confidence=0.%d" % (bsd(t), R.randint(300, 900), R.randint(18000, 19999), doc[9], R.randint(80, 99))]
    L = Line("hylafax_syslog")
    L.t(R.choice(opts))
    return [L]


def n_sms_status():
    t = CK.tick()
    L = Line("structlog_sms")
    L.t(iso_us_z(t) + " [info     ] sms.status                     sid=SM%s status=%s err=%s latency_ms=%d" % (
        hexs(32), R.choice(["delivered", "delivered", "sent", "undelivered"]), R.choice(["None", "None", "30003", "30005"]), R.randint(300, 9000)))
    return [L]


def n_audit():
    t = CK.tick()
    th = R.choice(THER)
    L = Line("syslog5424")
    opts = ['<134>1 %s emr-app-0%d emr-audit %d LOGIN_SUCCESS [audit@47450 user="%s" mfa="totp" ip="10.42.8.%d"] staff login' % (iso_z(t), R.randint(1, 4), R.randint(2000, 3000), th[0], R.randint(2, 250)),
            '<132>1 %s emr-app-0%d emr-audit %d LOGIN_FAILURE [audit@47450 user="%s" reason="bad_password" attempts="%d"] staff login failed' % (iso_z(t), R.randint(1, 4), R.randint(2000, 3000), th[0], R.randint(1, 4)),
            '<134>1 %s emr-app-0%d emr-audit %d REPORT_RUN [audit@47450 user="%s" report="visits_by_payer" params="clinic=%s;from=2024-03-01;to=2024-03-17"] report executed' % (iso_z(t), R.randint(1, 4), R.randint(2000, 3000), th[0], R.choice(CLINICS)[0]),
            '<134>1 %s emr-app-0%d emr-audit %d ROLE_CHANGE [audit@47450 admin="it.ops" user="%s" from="PTA" to="PT"] role updated' % (iso_z(t), R.randint(1, 4), R.randint(2000, 3000), th[0])]
    L.t(R.choice(opts))
    return [L]


def n_klog():
    t = CK.tick()
    L = Line("klog")
    opts = [(klog(t, "I", "event.go:307") + 'Event occurred" object="emr/emr-app-7b8c9d6f5-%s" fieldPath="" kind="Pod" apiVersion="v1" type="Normal" reason="Pulled" message="Container image \\"registry.ridgelinept.internal/emr-app:2024.03.18-1142\\" already present on machine"' % alnum(5, "bcdfghjklmnpqrstvwxz2456789")),
            (klog(t, "W", "reflector.go:539") + "k8s.io/client-go/informers/factory.go:159: watch of *v1.ConfigMap ended with: an error on the server (\"unable to decode an event from the watch stream: http2: client connection lost\") has prevented the request from succeeding"),
            (klog(t, "I", "horizontal.go:826") + 'Successful rescale" HPA="imu/imu-ingest" currentReplicas=%d desiredReplicas=%d reason="cpu resource utilization (percentage of request) above target"' % (R.randint(2, 4), R.randint(5, 8))),
            (klog(t, "E", "kubelet.go:2855") + '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"proms-export\\" with CrashLoopBackOff: \\"back-off 5m0s restarting failed container\\"" pod="batch/proms-export-28512340-%s"' % alnum(5, "bcdfghjklmnpqrstvwxz2456789"))]
    L.t(R.choice(opts))
    return [L]


def n_pg():
    t = CK.tick()
    L = Line("postgres")
    opts = [pg(t, R.randint(20000, 40000), "LOG") + "checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=%.3f s, total=%.3f s" % (
        R.randint(500, 9000), R.uniform(0.5, 9), R.randint(1, 5), R.uniform(10, 200), R.uniform(0.001, 0.2), R.uniform(10, 200)),
            pg(t, R.randint(20000, 40000), "LOG") + 'automatic vacuum of table "emr.public.visit_events": index scans: 1, pages: 0 removed, %d remain' % R.randint(10000, 90000),
            pg(t, R.randint(20000, 40000), "LOG") + "duration: %.3f ms  statement: SELECT count(*) FROM authorizations WHERE end_date < now() + interval '7 days'" % R.uniform(500, 4000),
            pg(t, R.randint(20000, 40000), "FATAL") + 'remaining connection slots are reserved for non-replication superuser connections']
    L.t(R.choice(opts))
    return [L]


def n_redis():
    t = CK.tick()
    L = Line("redis")
    lt = t.strftime("%d %b %Y %H:%M:%S.") + _ms(t)
    opts = ["1:M %s * %d changes in %d seconds. Saving..." % (lt, R.randint(10, 10000), R.choice([60, 300, 900])),
            "1:M %s * Background saving started by pid %d" % (lt, R.randint(100, 999)),
            "%d:C %s * DB saved on disk" % (R.randint(100, 999), lt),
            "1:M %s # WARNING: 32 bit instance detected but no memory limit set" % lt if False else "1:M %s * Replica 10.42.5.%d:6379 asks for synchronization" % (lt, R.randint(2, 250))]
    L.t(R.choice(opts))
    return [L]


def n_haproxy():
    t = CK.tick()
    L = Line("haproxy")
    ms = "%03d" % (t.microsecond // 1000)
    be = R.choice(["be_emr/emr-app-0%d" % R.randint(1, 4), "be_portal/portal-0%d" % R.randint(1, 2), "be_hep/hep-api-0%d" % R.randint(1, 3)])
    L.t("%s lb0%d haproxy[%d]: 10.42.%d.%d:%d [%s.%s] fe_https~ %s 0/0/%d/%d/%d %d %d - - ---- %d/%d/%d/%d/0 0/0 \"GET %s HTTP/1.1\"" % (
        bsd(t), R.randint(1, 2), R.randint(1000, 1300), R.randint(0, 9), R.randint(2, 250), R.randint(30000, 65000), t.astimezone(LOCAL).strftime("%d/%b/%Y:%H:%M:%S"), ms,
        be, R.randint(0, 3), R.randint(1, 90), R.randint(2, 100), R.choice([200, 200, 200, 304, 503]), R.randint(100, 20000),
        R.randint(5, 80), R.randint(5, 80), R.randint(0, 20), R.randint(0, 5), R.choice(["/healthz", "/actuator/health", "/readyz"])))
    return [L]


def n_cron():
    t = CK.tick()
    L = Line("cron_syslog")
    opts = ["%s batch-01 CRON[%d]: (proms) CMD (/opt/ridgeline/bin/proms_export --window 7d --dest s3://ridgeline-proms-exports >> /var/log/proms/export.log 2>&1)" % (bsd(t), R.randint(10000, 60000)),
            "%s batch-01 systemd[1]: Started certbot.service - Certbot." % bsd(t),
            "%s batch-01 certbot[%d]: Cert not yet due for renewal (my.ridgelinept.com, expires 2024-05-29)" % (bsd(t), R.randint(1000, 9999)),
            "%s faxgw01 systemd[1]: hylafax-faxq.service: Consumed %.3fs CPU time." % (bsd(t), R.uniform(1, 40)),
            "%s batch-01 CRON[%d]: (root) CMD (/usr/local/bin/backup-emr-db --s3 s3://ridgeline-backups/pg/ --retain 35)" % (bsd(t), R.randint(10000, 60000)),
            "%s batch-01 logrotate[%d]: error: skipping \"/var/log/wc_mailer/inbound.log\" because parent directory has insecure permissions" % (bsd(t), R.randint(1000, 9999))]
    L.t(R.choice(opts))
    return [L]


def n_alert():
    t = CK.tick()
    L = Line("alertmanager_json")
    name = R.choice([("AuthTrackerSweepSlow", "warning", "auth-tracker sweep took > 10s"), ("FaxQueueBacklog", "warning", "more than 25 inbound faxes unclassified"),
                     ("IMUIngestHighLatency", "critical", "p95 upload latency > 2s for 10m"), ("PostgresReplicationLag", "warning", "replica lag > 30s"),
                     ("CertificateExpiry", "info", "TLS cert expires in < 30 days")])
    J(L, O([("receiver", "ops-pager"), ("status", R.choice(["firing", "resolved"])), ("alerts", [O([("labels", O([("alertname", name[0]), ("severity", name[1]), ("namespace", R.choice(["emr", "imu", "fax", "batch"]))])),
                                                                                              ("annotations", O([("summary", name[2])])), ("startsAt", iso_z(t)), ("fingerprint", hexs(16))])]),
            ("groupKey", "{}:{alertname=\"%s\"}" % name[0]), ("version", "4")]))
    return [L]


def n_ios():
    t = CK.tick()
    L = Line("ios_oslog")
    opts = ["[Network] Task <%s>.<%d> finished with error [-1001] Error Domain=NSURLErrorDomain Code=-1001 \"The request timed out.\"" % (uuid4().upper(), R.randint(1, 40)),
            "[Sync] background refresh completed in %.2fs, %d exercises cached" % (R.uniform(0.5, 8), R.randint(5, 60)),
            "[BLE] CBCentralManager state=poweredOn, scanning for service 0xFEA%d" % R.randint(0, 9),
            "[Notifications] scheduled %d local reminders (next in %dh)" % (R.randint(1, 14), R.randint(1, 20))]
    L.t(ios(t) + R.choice(opts))
    return [L]


def n_visit_csv():
    out = [Line("csv_report").t("clinic_id,report_date,scheduled,arrived,no_show,late_cancel,util_pct,avg_visits_per_poc")]
    for c in R.sample(CLINICS, R.randint(2, 4)):
        out.append(Line("csv_report").t("%s,2024-03-17,%d,%d,%d,%d,%.1f,%.1f" % (c[0], R.randint(40, 120), R.randint(30, 110), R.randint(0, 9), R.randint(0, 8), R.uniform(60, 97), R.uniform(7, 14))))
    CK.tick()
    return out


def n_ci():
    t = CK.tick()
    L = Line("ci_log")
    opts = ["[%s] deploy emr-app version=2024.03.18-%d git_sha=%s image=registry.ridgelinept.internal/emr-app@sha256:%s rollout=ok" % (iso_z(t), R.randint(1000, 1999), hexs(40), hexs(64)),
            "[%s] deploy hep-api version=4.12.%d build=%d canary=10%% error_rate=0.%02d%%" % (iso_z(t), R.randint(0, 3), R.randint(41200, 41299), R.randint(0, 40)),
            "[%s] migrate db=emr version=20240317184455_add_auth_period_to_visits status=applied duration=%.1fs" % (iso_z(t), R.uniform(0.5, 30))]
    L.t(R.choice(opts))
    return [L]


def n_staff_contact():
    t = CK.tick()
    L = Line("logfmt")
    a = R.choice(ADJ)
    e = R.choice(EMPL)
    c = R.choice(CLINICS)
    opts = [[("time", iso_z(t)), ("level", "info"), ("svc", "wc-intake"), ("msg", "adjuster contact updated"), ("adjuster", a[0]), ("carrier", a[1]), ("email", a[2]), ("phone", fph(a[3], "dash")), ("fax", fph(a[4], "dash"))],
            [("time", iso_z(t)), ("level", "info"), ("svc", "wc-intake"), ("msg", "employer profile synced"), ("employer", e[0]), ("fein", e[1]), ("hr_contact", e[2]), ("hr_phone", fph(e[3], "paren")), ("hr_email", e[4])],
            [("time", iso_z(t)), ("level", "info"), ("svc", "directory"), ("msg", "clinic listing published"), ("clinic", c[0]), ("addr", "%s, %s, %s %s" % (c[2], c[3], c[4], c[5])), ("phone", fph(c[6], "dash")), ("fax", fph(c[7], "dash"))]]
    KV(L, R.choice(opts))
    return [L]


def n_refdoc():
    t = CK.tick()
    d = R.choice(REFDOC)
    L = Line("spring_boot")
    L.t(spring(t, "INFO", exec_thread(), "c.r.emr.referral.ProviderDirectory") + "referring provider upserted npi=%s name=\"%s, %s\" fax=%s address=\"%s, %s, %s %s\"" % (
        d[9], d[2], d[3], fph(d[4], "paren"), d[5], d[6], d[7], d[8]))
    return [L]


def n_wc_sroi():
    t = CK.tick()
    L = Line("wc_xml")
    L.t('<?xml version="1.0" encoding="UTF-8"?><AckTransaction><TransactionSetID>AK1</TransactionSetID><BatchControlNumber>%s</BatchControlNumber><AcknowledgmentTransactionSetID>148</AcknowledgmentTransactionSetID><ApplicationAcknowledgmentCode>%s</ApplicationAcknowledgmentCode><DateProcessed>20240318</DateProcessed><ErrorCount>%d</ErrorCount></AckTransaction>' % (
        digits(10), R.choice(["TA", "TA", "TE"]), R.randint(0, 2)))
    return [L]


PHI_GENS = [(g_poc, 3), (g_authcheck, 4), (g_recert, 3), (g_authexc, 1), (g_merge, 1), (g_idscan, 2), (g_rails_appt, 2), (g_rails_misc, 3),
            (g_sidekiq, 2), (g_logfmt_auth, 3), (g_hl7_ref, 2), (g_hl7_siu, 1), (g_hl7_adt, 1), (g_x12_278, 2), (g_x12_271, 2),
            (g_note_daily, 2), (g_note_wc, 1), (g_note_geri, 1), (g_logcat_phi, 4), (g_nginx_phi, 4), (g_imu_phi, 4), (g_wc_xml, 2),
            (g_wc_json, 2), (g_wc_email, 1), (g_wc_vehicle, 3), (g_gym_csv, 2), (g_gym_json, 2), (g_proms_psv, 2), (g_proms_json, 2),
            (g_fax_patient, 1), (g_fax_ocr, 3), (g_sms, 4), (g_sms_inbound, 2), (g_audit_phi, 3), (g_pg_phi, 1), (g_billing_phi, 3),
            (g_ios_phi, 3), (g_portal_msg, 2), (g_medicare, 2), (g_kafka_dlq, 1), (g_photo_pino, 2), (g_fallrisk, 1)]
NOISE_GENS = [(n_spring, 8), (n_stack, 2), (n_rails, 4), (n_sidekiq, 3), (n_logfmt, 6), (n_hl7_ack, 2), (n_x12_999, 2), (n_logcat, 6),
              (n_nginx, 6), (n_pino, 5), (n_gym_csv_empty, 1), (n_pylog, 5), (n_proms_hdr_only, 1), (n_fax, 5), (n_sms_status, 3),
              (n_audit, 4), (n_klog, 4), (n_pg, 3), (n_redis, 2), (n_haproxy, 4), (n_cron, 3), (n_alert, 2), (n_ios, 3), (n_visit_csv, 1),
              (n_ci, 2), (n_staff_contact, 4), (n_refdoc, 2), (n_wc_sroi, 1)]


class Deck:
    def __init__(self, gens):
        self.gens = gens
        self.cards = []

    def draw(self):
        if not self.cards:
            self.cards = [g for g, w in self.gens for _ in range(w)]
            R.shuffle(self.cards)
        return self.cards.pop()


def main():
    phi, noise = Deck(PHI_GENS), Deck(NOISE_GENS)
    lines = []
    target_phi = 0.45
    while len(lines) < 500:
        nphi = sum(1 for L in lines if L.spans)
        frac = nphi / len(lines) if lines else 0.0
        lines.extend((phi if frac < target_phi else noise).draw()())
    lines = lines[:500]
    out_log, out_lab = [], []
    for i, L in enumerate(lines, 1):
        s = L.text()
        assert "\n" not in s and "\r" not in s and s.strip() != "", (i, s)
        b = s.encode("utf-8")
        for sp, v in zip(L.spans, L.vals):
            assert b[sp["s"]:sp["e"]].decode("utf-8") == v, (i, sp, v)
        spans = sorted(L.spans, key=lambda x: x["s"])
        for a, c in zip(spans, spans[1:]):
            assert a["e"] <= c["s"], (i, a, c)
        out_log.append(s)
        out_lab.append(json.dumps({"line": i, "family": L.fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(out_log))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(out_lab) + "\n")


if __name__ == "__main__":
    main()
