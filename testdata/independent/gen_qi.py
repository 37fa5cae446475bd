#!/usr/bin/env python3
"""Synthetic labeled log corpus "qi": Bellhaven Fire & Rescue (fictional, OR)
Firefighter Occupational Health & Safety (OHS) program.

Writes qi.log (500 lines) and qi.labels.jsonl in the current directory.
Standard library only, fixed seed: two runs give byte-identical output.

Systems simulated (one physical line per log line, interleaved by time)
 1. syslog            RFC3164/5424 lines from ohs-app/db/mail hosts (sshd, CRON, postfix, UFW)
 2. nginx_access      wellness portal wellness.bellhavenfire.org (combined + rt)
 3. expotrack_json    home-grown ExpoTrack exposure-tracking API (Node/pino JSON)
 4. fitcheck_logfmt   respirator fit-test service (Go, logfmt)
 5. portacount_csv    TSI PortaCount fit-test export rows (CSV, header + rows)
 6. hl7_oru           Cascadia Reference Lab results (HL7 v2.5.1 ORU^R01, one segment a line)
 7. fhir_json         FHIR R4 bridge (Python logger, ASCII-escaped JSON): Patient,
                      DiagnosticReport (LDCT lung screening), Observation
 8. x12_834           Firefighters Health Trust enrollment (X12 005010X220A1, one segment a line)
 9. froi_xml          workers' comp First Report of Injury to TPA (XML, one element group a line)
10. wclt_fixed        payroll lost-time / TTD feed to the TPA (fixed width)
11. qstress_kv        cardiac stress-test and Holter workstation export (vendor key=value)
12. occulink_java     OccuLink OHS EMR (log4j text, Java stack traces, kiosk check-in)
13. ohs_note          free-text nurse / physician / safety-officer notes
14. postgres          PostgreSQL server log of ohsdb
15. sms_relay         appointment reminder SMS relay (Twilio style, EN/ES bodies)
16. teams_chat        Teams channel export of OHS staff (JSON)
17. cad_pipe          CAD dispatch feed (pipe delimited, incidents and unit status)
18. winevt_json       Windows Security events of OHS workstations (JSON)
19. iaff_report       IAFF Local 2291 exposure / screening report rows (pipe)
20. k8s_event         Kubernetes events and CI build lines

Labeling decisions
- The person served is the firefighter (active or retired) in the OHS program,
  plus relatives / emergency contacts / dependents named in records about them.
  Their identifiers are PHI even though firefighters are city employees.
- Program staff at work are NOT PHI: OHS physicians (names, NPIs), nurses,
  fit-test techs, safety officer, HR analysts, union officers acting as such,
  staff Windows/portal usernames and staff workstation IPs.
- Employee number (E1xxxx) = other_id; OHS chart number (OH-00xxxx) and FHIR
  Patient ids (ohs-xxxx) = mrn; Health Trust member id = health_plan; SSN
  (also used as X12 subscriber id) = ssn; MBI of a retiree = health_plan;
  patient billing account in PID-18 = account; TTD direct-deposit bank account
  = account (ABA routing number of the bank is not PHI).
- Workers' comp claim numbers, exposure report ids (EXP-..), lab placer order
  and accession numbers, IAFF member numbers, firefighter portal usernames
  (when the firefighter logs in) = other_id.
- CAD incident numbers, incident addresses, unit ids, stations, shifts, ranks
  are NOT PHI (they identify events and department assets, not a person).
- Paramedic/EMT licence and driver licence / CDL numbers of a firefighter in a
  health record = license. Clinician NPIs are not PHI.
- Personal-issue SCBA facepiece serials in fit-test records, Holter recorder
  serials while worn, and the phone's app vendor id (IDFV) = device. Fit-test
  instruments, stress-test carts, apparatus and their VINs = not PHI.
  Personal vehicle VIN / plate in a WC claim = vehicle.
- Dates tied to the firefighter (birth, exam, test, exposure, injury, lost-time
  start, appointment, coverage start, clearance) = date, one span per date
  value including its time part when written as one token (FHIR dateTime).
  A separate time-of-day column is not labeled. Log record timestamps, HL7
  MSH-7, FHIR meta.lastUpdated, CAD incident times = not PHI. Weekday names
  alone ("Thursday") are not labeled. Report periods like 2024-03 are not
  labeled (month granularity of an aggregate, no person).
- Ages are labeled only when over 89 (retiree surveillance).
- Home addresses: street and city are separate spans where the format
  separates them; a one-run "street, city" is one address span; ZIP always
  its own zip span; state never labeled. Department/clinic/vendor addresses,
  phones, emails are not PHI. Firefighter work e-mail addresses in records
  about them ARE labeled (they identify the person served).
- URLs / request paths that carry a firefighter identifier are one url span
  (whole path incl. query); the firefighter's home IP in portal/app logs = ip.
  FHIR relative references "Patient/ohs-4417": only the id labeled as mrn.
- Badge photo base64 = photo; kiosk ISO fingerprint template = biometric.
- Placeholder junk (SSN 000-00-0000, "UNKNOWN") is not labeled.
"""
import json
import random

SEED = 20240312
rng = random.Random(SEED)


# ---------------------------------------------------------------- line model
class Line:
    def __init__(self, fam):
        self.fam = fam
        self.buf = bytearray()
        self.spans = []  # (s, e, cat, expected_text)

    def t(self, s):
        self.buf += s.encode("utf-8")
        return self

    def p(self, s, cat):
        b = s.encode("utf-8")
        st = len(self.buf)
        self.buf += b
        self.spans.append((st, len(self.buf), cat, s))
        return self

    def x(self, v, cat=None):
        """value that may or may not be PHI"""
        return self.p(v, cat) if cat else self.t(v)


class P:
    """PHI value inside a JSON structure"""
    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class S:
    """JSON string made of plain and PHI parts"""
    def __init__(self, *parts):
        self.parts = parts


def jesc(s, ascii_):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def emit(L, o, ascii_=False):
    if isinstance(o, P):
        if isinstance(o.v, (int, float)):
            L.p(json.dumps(o.v), o.cat)
        else:
            L.t('"').p(jesc(o.v, ascii_), o.cat).t('"')
    elif isinstance(o, S):
        L.t('"')
        for part in o.parts:
            if isinstance(part, P):
                L.p(jesc(part.v, ascii_), part.cat)
            else:
                L.t(jesc(part, ascii_))
        L.t('"')
    elif isinstance(o, dict):
        L.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                L.t(",")
            L.t(json.dumps(k) + ":")
            emit(L, v, ascii_)
        L.t("}")
    elif isinstance(o, list):
        L.t("[")
        for i, v in enumerate(o):
            if i:
                L.t(",")
            emit(L, v, ascii_)
        L.t("]")
    else:
        L.t(json.dumps(o, ensure_ascii=ascii_))


def jline(fam, obj, ascii_=False):
    L = Line(fam)
    emit(L, obj, ascii_)
    return L


# ---------------------------------------------------------------- checksums
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
    base = "1" + "".join(rng.choice("0123456789") for _ in range(8))
    return base + luhn_digit("80840" + base)


def make_ssn():
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def make_mbi():
    an = MBI_A + "0123456789"
    d = "0123456789"
    return (rng.choice("123456789") + rng.choice(MBI_A) + rng.choice(an) + rng.choice(d)
            + rng.choice(MBI_A) + rng.choice(an) + rng.choice(d)
            + rng.choice(MBI_A) + rng.choice(MBI_A) + rng.choice(d) + rng.choice(d))


VIN_MAP = {**{str(i): i for i in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
           "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def make_vin(wmi):
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(wmi + "".join(rng.choice(chars) for _ in range(5)) + "0"
             + rng.choice("LMNPR") + rng.choice("ABCDEFGH0123456789")
             + "".join(rng.choice("0123456789") for _ in range(6)))
    tot = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W))
    r = tot % 11
    v[8] = "X" if r == 10 else str(r)
    return "".join(v)


def aba_ok():
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        d[0] = rng.choice([1, 2, 3])
        s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        c = (10 - s % 10) % 10
        return "".join(map(str, d)) + str(c)


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def b64s(n):
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(rng.choice(a) for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])


# ---------------------------------------------------------------- people
FIRST = [("Kenji", "M"), ("Adaeze", "F"), ("Mateo", "M"), ("Siobhan", "F"), ("Dmitri", "M"),
         ("Priya", "F"), ("Hunter", "M"), ("Faith", "F"), ("Grace", "F"), ("Rocco", "M"),
         ("Thanh", "M"), ("Lars", "M"), ("Amara", "F"), ("José", "M"), ("Zoë", "F"),
         ("Keanu", "M"), ("Malik", "M"), ("Ingrid", "F"), ("Tomasz", "M"), ("Rosalind", "F"),
         ("Destiny", "F"), ("Wyatt", "M"), ("Oluwaseun", "M"), ("Bao", "F"), ("Yusuf", "M"),
         ("Carmen", "F"), ("Declan", "M"), ("Leilani", "F"), ("Rhett", "M"), ("Sunny", "F"),
         ("Chance", "M"), ("Marisol", "F"), ("Ezekiel", "M"), ("Hana", "F"), ("Bodhi", "M"),
         ("Precious", "F")]
LAST = ["Nakamura", "Okonkwo-Reyes", "Ramirez-Ochoa", "O'Sullivan", "Volkov", "Raghunathan",
        "Baker", "Stone", "Wolf", "Castellano", "Nguyễn", "Lindqvist", "Mensah", "De la Cruz",
        "Van der Berg", "Kahananui", "Haddad", "Brand", "Kowalczyk", "Fairweather", "Hunt",
        "Bird", "Adeyemi-Cole", "Tran", "Al-Masri", "Rivera Soto", "MacAuley", "Kealoha",
        "Winter", "Cash", "Sparks", "Mercado", "Fox", "Park", "St. Clair", "Love"]
REL_FIRST = ["Mei", "Ngozi", "Lucía", "Brendan", "Olga", "Arjun", "Tess", "Jolene", "Rafael",
             "Anh", "Britt", "Kwame", "Dolores", "Noa", "Fatima", "Gus", "Imani", "Sven"]
CITIES = [("Bellhaven", "97301"), ("Salem", "97302"), ("Keizer", "97303"), ("Monmouth", "97361"),
          ("Independence", "97351"), ("Silverton", "97381"), ("Turner", "97392"),
          ("Stayton", "97383"), ("Dallas", "97338"), ("Woodburn", "97071")]
STREETS = ["Larkspur Ln", "Orchard Heights Rd NW", "Cherry Ave NE", "Kale St", "Mission St SE",
           "Fir Grove Ct", "Eola Dr", "Hawthorne Ave", "Jory Hill Rd S", "Meadowlark Dr",
           "Cascade Way", "Church St", "Pringle Rd SE", "Dogwood Loop", "Sunnyview Rd NE"]
RANKS = ["FF", "FF/PM", "ENG", "LT", "CAPT", "FF/EMT"]


class FF:
    pass


def make_ff(i):
    f = FF()
    f.first, f.sex = FIRST[i]
    f.last = LAST[i]
    f.mi = rng.choice("ABCDEFGHJKLMNPRSTW")
    f.emp = "E1%04d" % rng.randint(100, 9999)
    f.mrn = "OH-00%04d" % rng.randint(1000, 9999)
    f.fhir = "ohs-%s" % f.mrn[-4:]
    f.plan = "BFT%09d" % rng.randint(100000000, 999999999)
    f.ssn = make_ssn()
    y = rng.randint(1966, 2000)
    f.dob = (y, rng.randint(1, 12), rng.randint(1, 28))
    f.city, f.zip = rng.choice(CITIES)
    f.street = "%d %s" % (rng.randint(110, 9899), rng.choice(STREETS))
    if rng.random() < 0.2:
        f.street += rng.choice([" Apt 4", " Unit B", " #12"])
    ac = rng.choice(["503", "971", "541"])
    f.phone_d = ac + "%03d%04d" % (rng.randint(201, 989), rng.randint(0, 9999))
    f.rel = rng.choice(["spouse", "spouse", "partner", "parent", "sibling"])
    f.rel_first = rng.choice(REL_FIRST)
    f.rel_last = f.last if rng.random() < 0.7 else rng.choice(LAST)
    f.rel_phone_d = ac + "%03d%04d" % (rng.randint(201, 989), rng.randint(0, 9999))
    base = (f.first[0] + f.last).lower().replace(" ", "").replace("'", "").replace("ễ", "e").replace(".", "")
    f.user = base[:12]
    f.work_email = "%s.%s@bellhavenfire.org" % (f.first[0].lower(), base[1:])
    f.pers_email = rng.choice(["%s%02d@gmail.com", "%s.fd%02d@outlook.com", "%s_%02d@yahoo.com",
                               "%s%02d@proton.me"]) % (base, f.dob[0] % 100)
    f.ip = "%d.%d.%d.%d" % (rng.choice([73, 24, 174, 67, 98, 50]), rng.randint(0, 255),
                            rng.randint(0, 255), rng.randint(1, 254))
    f.rank = rng.choice(RANKS)
    f.stn = rng.randint(1, 9)
    f.shift = rng.choice("ABC")
    f.unit = rng.choice(["E", "T", "M", "E", "R"]) + str(f.stn)
    f.dl = "%07d" % rng.randint(1000000, 9999999)
    f.pm_lic = "%06d" % rng.randint(10000, 99999)
    fp = rng.random()
    if fp < 0.5:
        f.fp_model, f.fp_sn = "Scott AV-3000 HT", "AV3K-%04d-%04d" % (rng.randint(1800, 2399), rng.randint(0, 9999))
    else:
        f.fp_model, f.fp_sn = "MSA G1", "G1F%02d%06d" % (rng.randint(18, 23), rng.randint(0, 999999))
    f.size = rng.choice(["S", "M", "M", "L"])
    f.iaff = "%07d" % rng.randint(100000, 999999)
    f.acct = "A%08d" % rng.randint(10000000, 99999999)
    f.idfv = uuid4().upper()
    return f


FFS = [make_ff(i) for i in range(36)]


class Retiree:
    pass


RET = []
for nm, age in [(("Walter", "Abernathy-Quinn"), 92), (("Eugene", "Broussard"), 91),
                (("Harold", "Pettibone"), 87), (("Lorraine", "Fitzgerald"), 90)]:
    r = Retiree()
    r.first, r.last = nm
    r.age = age
    r.mbi = make_mbi()
    r.mrn = "OH-00%04d" % rng.randint(1000, 9999)
    r.dob = (2024 - age - 1, rng.randint(4, 12), rng.randint(1, 28))
    RET.append(r)

STAFF = {"md": "Helena Marsh-Ibarra", "do": "Samuel Osei", "rn": "Joan Pereira",
         "tech": "Rory Delacroix", "hr": "Bettina Kraus", "so": "Dana Whitcombe",
         "union": "Tony Albanese", "bc": "Marcus Ellery"}
STAFF_USERS = ["jpereira", "rdelacroix", "bkraus", "dwhitcombe", "hmarshibarra", "sosei", "svc_ohs_etl"]
NPI_MD, NPI_DO = make_npi(), make_npi()
ORG_ADDR = "400 Civic Center Plaza, Bellhaven, OR 97301"
ORG_PHONE = "+15035550100"
CLINIC_FAX = "503-555-0177"


# ---------------------------------------------------------------- time
import datetime as dt
TZ = dt.timezone(dt.timedelta(hours=-7))
T0 = dt.datetime(2024, 3, 12, 5, 52, 3, tzinfo=TZ)
state = {"t": T0, "ms": 0}


def tick():
    state["t"] += dt.timedelta(seconds=rng.randint(4, 150), milliseconds=rng.randint(0, 999))
    return state["t"]


def iso(t, ms=True):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + (".%03d" % (t.microsecond // 1000) if ms else "") + "-07:00"


def isoz(t):
    u = t.astimezone(dt.timezone.utc)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % (u.microsecond // 1000)


def epoch_ms(t):
    return int(t.timestamp() * 1000)


def sysl(t):
    return t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if t.day < 10 else t.strftime("%b %d %H:%M:%S")


def clf(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S -0700")


def j4(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % (t.microsecond // 1000)


def pg(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") + ".%03d PDT" % (t.microsecond // 1000)


def rdate(lo_days=-400, hi_days=-1):
    d = dt.date(2024, 3, 12) + dt.timedelta(days=rng.randint(lo_days, hi_days))
    return d


def fmt_d(d, style):
    if isinstance(d, tuple):
        d = dt.date(*d)
    return {"iso": d.strftime("%Y-%m-%d"), "us": d.strftime("%m/%d/%Y"), "d8": d.strftime("%Y%m%d"),
            "short": "%d/%d" % (d.month, d.day), "es": "%02d/%02d" % (d.day, d.month),
            "mon": d.strftime("%d-%b-%Y").upper()}[style]


def ff():
    return rng.choice(FFS)


def phone_fmt(d, style):
    if style == "e164":
        return "+1" + d
    if style == "paren":
        return "(%s) %s-%s" % (d[:3], d[3:6], d[6:])
    if style == "dash":
        return "%s-%s-%s" % (d[:3], d[3:6], d[6:])
    return d


INCIDENTS = ["24-0038%02d" % i for i in range(10, 60)]
CAD_TYPES = ["STRUCTURE FIRE - RESIDENTIAL", "STRUCTURE FIRE - COMMERCIAL", "VEHICLE FIRE",
             "COMMERCIAL FIRE ALARM", "HAZMAT - NATURAL GAS LEAK", "BRUSH FIRE", "DUMPSTER FIRE",
             "SMOKE INVESTIGATION", "MVC - EXTRICATION"]
CAD_LOC = ["2200 BLK WEXFORD RD", "BELLHAVEN MALL 3100 MARKET ST NE", "I-5 NB MP 256",
           "1400 BLK FRONT ST NE", "CASCADE PACKAGING 880 INDUSTRIAL WAY",
           "4700 BLK SUNNYVIEW RD NE", "RIVERFRONT PARK", "SANTIAM HS 1600 N 1ST AVE"]
LAB_TESTS = [("2857-1", "PSA", "ng/mL", "0.0-4.0", lambda: "%.1f" % rng.uniform(0.3, 3.1)),
             ("4548-4", "Hemoglobin A1c", "%", "4.0-5.6", lambda: "%.1f" % rng.uniform(4.8, 6.4)),
             ("2093-3", "Cholesterol", "mg/dL", "<200", lambda: str(rng.randint(150, 245))),
             ("2085-9", "HDL Cholesterol", "mg/dL", ">39", lambda: str(rng.randint(35, 78))),
             ("718-7", "Hemoglobin", "g/dL", "13.2-17.1", lambda: "%.1f" % rng.uniform(12.8, 16.9)),
             ("29771-3", "FIT (fecal immunochem)", "", "NEG", lambda: rng.choice(["NEG", "NEG", "POS"])),
             ("100114-6", "PFOS serum", "ng/mL", "<4.9", lambda: "%.2f" % rng.uniform(1.0, 14.0)),
             ("5671-3", "Lead, blood", "ug/dL", "<3.5", lambda: "%.1f" % rng.uniform(0.4, 2.9))]


# ---------------------------------------------------------------- families
def g_syslog():
    t = tick()
    k = rng.random()
    host = rng.choice(["ohs-app01", "ohs-app02", "ohs-db01", "ohs-mx01"])
    pid = rng.randint(900, 65000)
    if k < 0.3:
        msg = "%s sshd[%d]: Accepted publickey for svc_deploy from 10.40.2.%d port %d ssh2: ED25519 SHA256:%s" % (
            host, pid, rng.randint(10, 40), rng.randint(30000, 65000), b64s(43))
    elif k < 0.5:
        msg = "%s CRON[%d]: (postgres) CMD (/usr/local/bin/pg_backup.sh --target s3://rfr-ohs-backups/daily >/dev/null 2>&1)" % (host, pid)
    elif k < 0.65:
        msg = "ohs-mx01 postfix/smtp[%d]: %s: to=<ohs-reports@bellhavenfire.org>, relay=mx1.bellhavenfire.org[198.51.100.25]:25, delay=%.2f, delays=0.05/0/0.11/0.2, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as %s)" % (
            pid, hexs(10).upper(), rng.uniform(0.2, 1.4), hexs(9).upper())
    elif k < 0.8:
        msg = "%s kernel: [%d.%06d] [UFW BLOCK] IN=eth0 OUT= MAC=00:50:56:a1:3c:07:00:1c:73:00:00:99:08:00 SRC=%s DST=203.0.113.20 LEN=44 TOS=0x00 PREC=0x00 TTL=243 ID=%d PROTO=TCP SPT=%d DPT=%d WINDOW=1024 RES=0x00 SYN URGP=0" % (
            host, rng.randint(100000, 999999), rng.randint(0, 999999),
            rng.choice(["185.220.101.47", "45.155.205.233", "193.32.162.81"]),
            rng.randint(1000, 65000), rng.randint(30000, 65000), rng.choice([3389, 22, 445, 5900]))
    else:
        L = Line("syslog")
        L.t("<30>1 %s %s systemd %d - - Started Session %d of User svc_deploy." % (isoz(t), host, 1, rng.randint(1000, 9999)))
        return [L]
    return [Line("syslog").t("%s %s" % (sysl(t), msg))]


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36"]


def g_nginx():
    t = tick()
    L = Line("nginx_access")
    k = rng.random()
    rt = "%.3f" % rng.uniform(0.002, 0.9)
    if k < 0.22:
        L.t('10.40.0.%d - - [%s] "GET /healthz HTTP/1.1" 200 17 "-" "kube-probe/1.28" rt=0.001 uct="0.000"' % (rng.randint(2, 9), clf(t)))
    elif k < 0.42:
        asset = rng.choice(["/static/js/app.3f9c2a1b.js", "/static/css/main.9e1d0c44.css", "/favicon.ico",
                            "/static/img/rfr-logo@2x.png", "/static/fonts/inter-v12-latin-600.woff2"])
        L.t('10.40.3.%d - - [%s] "GET %s HTTP/1.1" %s %d "https://wellness.bellhavenfire.org/" "%s" rt=%s uct="0.000"' % (
            rng.randint(10, 60), clf(t), asset, rng.choice(["200", "304"]), rng.randint(300, 480000), UAS[1], "0.00%d" % rng.randint(1, 9)))
    elif k < 0.55:
        L.t('10.40.3.%d - %s [%s] "GET /admin/reports/annual-compliance?station=%d&year=2024 HTTP/1.1" 200 %d "-" "%s" rt=%s uct="0.001"' % (
            rng.randint(10, 60), rng.choice(STAFF_USERS[:5]), clf(t), rng.randint(1, 9), rng.randint(2000, 90000), UAS[1], rt))
    elif k < 0.68:
        f = ff()
        L.t("10.40.3.%d - %s [%s] \"GET " % (rng.randint(10, 60), rng.choice(STAFF_USERS[:3]), clf(t)))
        L.p("/admin/ff/%s/chart?tab=%s" % (f.emp, rng.choice(["exposures", "labs", "fit", "clearance"])), "url")
        L.t(' HTTP/1.1" 200 %d "https://wellness.bellhavenfire.org/admin/search" "%s" rt=%s uct="0.001"' % (rng.randint(4000, 60000), UAS[1], rt))
    else:
        f = ff()
        path = rng.choice(["/portal/ff/%s/exposures?year=2024" % f.emp,
                           "/api/v1/appointments?emp=%s&date=%s" % (f.emp, fmt_d(rdate(3, 30), "iso")),
                           "/portal/ff/%s/results/%s" % (f.emp, "LDCT"),
                           "/portal/ff/%s/documents/clearance-letter.pdf" % f.emp])
        meth = "GET"
        L.p(f.ip, "ip").t(" - ").p(f.user, "other_id").t(' [%s] "%s ' % (clf(t), meth)).p(path, "url")
        L.t(' HTTP/2.0" %s %d "-" "%s" rt=%s uct="0.004"' % (rng.choice(["200", "200", "304", "403"]), rng.randint(900, 240000), rng.choice(UAS), rt))
    return [L]


def g_expotrack():
    t = tick()
    base = {"level": 30, "time": epoch_ms(t), "pid": 1, "hostname": "expotrack-api-6c8f9d7b5-x2lqp",
            "reqId": "req-%s" % hexs(4)}
    k = rng.random()
    if k < 0.14:
        base.update({"module": "nfors", "msg": "NFORS sync batch complete", "batch": "nfors-20240312-%s" % t.strftime("%H%M"),
                     "records": rng.randint(4, 60), "durationMs": rng.randint(300, 4000)})
    elif k < 0.26:
        base.update({"res": {"statusCode": 200}, "responseTime": round(rng.uniform(2, 90), 1), "msg": "request completed"})
    elif k < 0.36:
        base.update({"module": "gear", "msg": "advanced cleaning logged", "gearId": "TOG-%04d" % rng.randint(100, 999),
                     "mfr": rng.choice(["Globe", "Lion", "Fire-Dex"]), "lot": "%s-A%03d" % (rng.choice(["2309", "2211", "2402"]), rng.randint(1, 300)),
                     "vendorTicket": "GS-%05d" % rng.randint(10000, 99999), "station": "STN%02d" % rng.randint(1, 9)})
    elif k < 0.44:
        base.update({"level": 40, "module": "db", "msg": "slow query", "ms": rng.randint(500, 3000), "table": "exposure_event"})
    elif k < 0.55:
        f = ff()
        base.update({"module": "mobile", "msg": "device registered", "ffId": P(f.emp, "other_id"),
                     "platform": "ios", "idfv": P(f.idfv, "device"), "appVersion": "3.4.1 (412)", "ip": P(f.ip, "ip")})
    else:
        f = ff()
        d = rdate(-4, -1)
        base.update({"module": "exposure", "msg": "exposure report submitted", "ffId": P(f.emp, "other_id"),
                     "ffName": P("%s %s" % (f.first, f.last), "name"),
                     "reportId": P("EXP-24-%05d" % rng.randint(100, 2000), "other_id"),
                     "incidentNo": rng.choice(INCIDENTS), "unit": f.unit,
                     "exposureDate": P(fmt_d(d, "iso"), "date"),
                     "agents": rng.sample(["smoke", "diesel_exhaust", "asbestos", "PFAS_foam", "CO", "HCN", "blood"], 2),
                     "durationMin": rng.randint(8, 180), "scbaUse": rng.choice(["full", "partial", "none"]),
                     "deconLevel": rng.choice(["gross_field", "station_shower", "none"])})
    return [jline("expotrack_json", base)]


def g_fitcheck():
    t = tick()
    L = Line("fitcheck_logfmt")
    L.t("ts=%s level=" % isoz(t))
    k = rng.random()
    if k < 0.2:
        L.t('debug caller=inst/poll.go:41 msg="instrument heartbeat" instrument_sn=8048-2%04d battery=%d firmware=3.2.1 conc=%d' % (
            rng.randint(1000, 9999), rng.randint(30, 100), rng.randint(1500, 9000)))
    elif k < 0.32:
        L.t('info caller=qa/daily.go:77 msg="daily QA particle check" instrument_sn=8048-21340 n95_companion=ok zero_check=pass trace_id=%s' % hexs(32))
    elif k < 0.5:
        f = ff()
        L.t('warn caller=clearance/gate.go:112 msg="fit test blocked: medical clearance expired" emp_id=').p(f.emp, "other_id")
        L.t(" last_1582_eval=").p(fmt_d(rdate(-500, -366), "iso"), "date").t(" station=%d shift=%s span_id=%s" % (f.stn, f.shift, hexs(16)))
    else:
        f = ff()
        L.t('info caller=fit/record.go:88 msg="fit test recorded" emp_id=').p(f.emp, "other_id")
        L.t(' ff_name="').p("%s, %s" % (f.last, f.first), "name").t('" facepiece_model="%s" facepiece_sn=' % f.fp_model)
        L.p(f.fp_sn, "device").t(" size=%s protocol=OSHA_FFQ4 overall_ff=%d result=PASS tech=rdelacroix instrument_sn=8048-21340 trace_id=%s" % (
            f.size, rng.choice([2400, 5600, 10000, 12500, 18200]), hexs(32)))
    return [L]


def g_portacount():
    out = []
    if rng.random() < 0.2:
        out.append(Line("portacount_csv").t("Date,Time,Instrument SN,Emp ID,Last Name,First Name,Manufacturer,Model,Size,Protocol,Fit Factor,Pass Level,Result"))
    for _ in range(rng.randint(1, 3)):
        t = tick()
        f = ff()
        L = Line("portacount_csv")
        L.p(t.strftime("%m/%d/%Y"), "date").t(",%s,8048-21340," % t.strftime("%H:%M:%S")).p(f.emp, "other_id").t(",")
        ln = f.last
        if "," in ln or " " in ln:
            L.t('"').p(ln, "name").t('"')
        else:
            L.p(ln, "name")
        L.t(",").p(f.first, "name")
        ffv = rng.choice([86, 450, 2100, 5500, 10000])
        L.t(",%s,%s,%s,OSHA Modified 1,%s,500,%s" % (f.fp_model.split()[0], f.fp_model.split(" ", 1)[1], f.size,
                                                    ffv if ffv < 10000 else ">10000", "PASS" if ffv >= 500 else "FAIL"))
        out.append(L)
    return out


def g_hl7():
    t = tick()
    f = ff()
    ctl = "CRL%08d" % rng.randint(1, 99999999)
    out = []
    out.append(Line("hl7_oru").t("MSH|^~\\&|CASCADIA_LIS|CRL|OCCULINK|RFR_OHS|%s||ORU^R01^ORU_R01|%s|P|2.5.1|||AL|NE" % (t.strftime("%Y%m%d%H%M%S"), ctl)))
    L = Line("hl7_oru").t("PID|1||").p(f.mrn, "mrn").t("^^^RFR_OHS^MR~").p(f.emp, "other_id").t("^^^BFD^EI||")
    L.p(f.last.upper(), "name").t("^").p(f.first.upper(), "name").t("^").p(f.mi, "name").t("||").p(fmt_d(f.dob, "d8"), "date")
    L.t("|%s|||" % f.sex).p(f.street, "address").t("^^").p(f.city, "address").t("^OR^").p(f.zip, "zip").t("^USA||")
    L.p("(%s)%s-%s" % (f.phone_d[:3], f.phone_d[3:6], f.phone_d[6:]), "phone").t("^PRN^PH|||||").p(f.acct, "account").t("|").p(f.ssn.replace("-", ""), "ssn")
    out.append(L)
    sd = rdate(-6, -1)
    sdt = fmt_d(sd, "d8") + "%02d%02d" % (rng.randint(6, 10), rng.randint(0, 59))
    placer = "RFR%07d" % rng.randint(1, 9999999)
    acc = "CR24-%06d" % rng.randint(1, 999999)
    L = Line("hl7_oru").t("ORC|RE|").p(placer, "other_id").t("|").p(acc, "other_id").t("||CM||||%s|||%s^MARSH-IBARRA^HELENA^^^^MD^^^^NPI" % (t.strftime("%Y%m%d%H%M"), NPI_MD))
    out.append(L)
    L = Line("hl7_oru").t("OBR|1|").p(placer, "other_id").t("|").p(acc, "other_id").t("|FFPANEL^Firefighter Annual Panel^L|||").p(sdt, "date")
    L.t("|||||||||%s^MARSH-IBARRA^HELENA^^^^MD||||||%s|||F" % (NPI_MD, t.strftime("%Y%m%d%H%M")))
    out.append(L)
    for i, (loinc, nm, unit, rr, val) in enumerate(rng.sample(LAB_TESTS, rng.randint(2, 4)), 1):
        v = val()
        flag = "N" if v in ("NEG",) else rng.choice(["N", "N", "N", "H"])
        out.append(Line("hl7_oru").t("OBX|%d|%s|%s^%s^LN||%s|%s|%s|%s|||F" % (i, "ST" if v in ("NEG", "POS") else "NM", loinc, nm, v, unit, rr, flag)))
    return out


def g_fhir():
    t = tick()
    f = ff()
    k = rng.random()
    head = {"ts": isoz(t), "logger": "fhir_bridge.push", "level": "INFO"}
    if k < 0.35:
        res = {"resourceType": "Patient", "id": P(f.fhir, "mrn"),
               "meta": {"lastUpdated": isoz(t)},
               "identifier": [{"system": "urn:bfd:emp", "value": P(f.emp, "other_id")},
                              {"system": "urn:bfht:member", "value": P(f.plan, "health_plan")}],
               "name": [{"family": P(f.last, "name"), "given": [P(f.first, "name")]}],
               "gender": "male" if f.sex == "M" else "female",
               "birthDate": P(fmt_d(f.dob, "iso"), "date"),
               "telecom": [{"system": "phone", "value": P(phone_fmt(f.phone_d, "paren"), "phone"), "use": "mobile"},
                           {"system": "email", "value": P(f.work_email, "email"), "use": "work"}],
               "address": [{"line": [P(f.street, "address")], "city": P(f.city, "address"), "state": "OR", "postalCode": P(f.zip, "zip")}]}
    elif k < 0.7:
        d = rdate(-10, -1)
        res = {"resourceType": "DiagnosticReport", "id": "dr-%s" % hexs(12), "status": "final",
               "code": {"coding": [{"system": "http://loinc.org", "code": "87879-3", "display": "CT Chest WO contrast low dose for lung cancer screening"}]},
               "subject": {"reference": S("Patient/", P(f.fhir, "mrn")), "display": P("%s %s" % (f.first, f.last), "name")},
               "effectiveDateTime": P(fmt_d(d, "iso") + "T%02d:%02d:00-07:00" % (rng.randint(7, 15), rng.choice([0, 15, 30, 45])), "date"),
               "performer": [{"display": "Willamette Imaging Partners"}],
               "conclusion": rng.choice(["Lung-RADS 1. No nodules. Repeat LDCT in 12 months.",
                                         "Lung-RADS 2, benign-appearing 4 mm nodule RUL. Annual screening.",
                                         "Lung-RADS 3, 7 mm solid nodule LLL. Follow-up LDCT in 6 months."])}
    else:
        d = rdate(-3, 0)
        res = {"resourceType": "Observation", "id": "obs-%s" % hexs(10), "status": "final",
               "category": [{"coding": [{"code": "vital-signs"}]}],
               "code": {"coding": [{"system": "http://loinc.org", "code": "19934-9", "display": "VO2 max"}]},
               "subject": {"reference": S("Patient/", P(f.fhir, "mrn"))},
               "effectiveDateTime": P(fmt_d(d, "iso"), "date"),
               "valueQuantity": {"value": round(rng.uniform(36, 52), 1), "unit": "mL/kg/min"}}
    head["resource"] = res
    head["status"] = 201
    return [jline("fhir_json", head, ascii_=True)]


def g_x12():
    t = tick()
    out = []
    ctl = rng.randint(100000000, 999999999)
    out.append(Line("x12_834").t("ISA*00*          *00*          *ZZ*BELLHAVENFD     *ZZ*BFHTRUST       *%s*%s*^*00501*%09d*0*P*:~" % (t.strftime("%y%m%d"), t.strftime("%H%M"), ctl)))
    out.append(Line("x12_834").t("GS*BE*BELLHAVENFD*BFHTRUST*%s*%s*%d*X*005010X220A1~" % (t.strftime("%Y%m%d"), t.strftime("%H%M"), ctl % 100000)))
    out.append(Line("x12_834").t("ST*834*0001*005010X220A1~"))
    out.append(Line("x12_834").t("BGN*00*BFD%s01*%s*%s****2~" % (t.strftime("%Y%m%d"), t.strftime("%Y%m%d"), t.strftime("%H%M"))))
    out.append(Line("x12_834").t("N1*P5*CITY OF BELLHAVEN FIRE DEPT*FI*936002111~"))
    f = ff()
    ssn = f.ssn.replace("-", "")
    out.append(Line("x12_834").t("INS*Y*18*021*28*A***FT~"))
    out.append(Line("x12_834").t("REF*0F*").p(ssn, "ssn").t("~"))
    out.append(Line("x12_834").t("REF*1L*FF-PPO-2291~"))
    out.append(Line("x12_834").t("NM1*IL*1*").p(f.last.upper(), "name").t("*").p(f.first.upper(), "name").t("*").p(f.mi, "name").t("***34*").p(ssn, "ssn").t("~"))
    out.append(Line("x12_834").t("PER*IP**HP*").p(f.phone_d, "phone").t("*EM*").p(f.pers_email.upper(), "email").t("~"))
    out.append(Line("x12_834").t("N3*").p(f.street.upper(), "address").t("~"))
    out.append(Line("x12_834").t("N4*").p(f.city.upper(), "address").t("*OR*").p(f.zip, "zip").t("~"))
    out.append(Line("x12_834").t("DMG*D8*").p(fmt_d(f.dob, "d8"), "date").t("*%s~" % f.sex))
    out.append(Line("x12_834").t("HD*021**HLT*PPO-FF-CANCER*EMP~"))
    out.append(Line("x12_834").t("DTP*348*D8*").p("20240401", "date").t("~"))
    n = 12
    if f.rel in ("spouse", "partner"):
        out.append(Line("x12_834").t("INS*N*01*021*28*A~"))
        out.append(Line("x12_834").t("REF*0F*").p(ssn, "ssn").t("~"))
        out.append(Line("x12_834").t("NM1*IL*1*").p(f.rel_last.upper(), "name").t("*").p(f.rel_first.upper(), "name").t("~"))
        out.append(Line("x12_834").t("DMG*D8*").p(fmt_d((f.dob[0] + rng.randint(-3, 3), rng.randint(1, 12), rng.randint(1, 28)), "d8"), "date").t("*%s~" % ("F" if f.sex == "M" else "M")))
        n += 4
    out.append(Line("x12_834").t("SE*%d*0001~" % (n + 1)))
    out.append(Line("x12_834").t("GE*1*%d~" % (ctl % 100000)))
    out.append(Line("x12_834").t("IEA*1*%09d~" % ctl))
    return out


def g_froi():
    t = tick()
    f = ff()
    claim = "WC-24-%05d" % rng.randint(100, 1500)
    inj = rdate(-9, -1)
    out = []
    F = "froi_xml"
    out.append(Line(F).t('<?xml version="1.0" encoding="UTF-8"?>'))
    out.append(Line(F).t('<FROI xmlns="urn:cascaderisk:wc:froi:1.2" submitted="%s" sender="BFD-OHS">' % iso(t, ms=False)))
    out.append(Line(F).t("  <Admin><TPA>Cascade Risk Services</TPA><ClaimNumber>").p(claim, "other_id").t("</ClaimNumber><Jurisdiction>OR</Jurisdiction></Admin>"))
    out.append(Line(F).t("  <Employer><Name>City of Bellhaven Fire Department</Name><FEIN>93-6002111</FEIN><Address>%s</Address><Phone>503-555-0100</Phone></Employer>" % ORG_ADDR))
    L = Line(F).t("  <Employee><Name>").p("%s, %s %s." % (f.last, f.first, f.mi), "name").t("</Name><SSN>")
    if rng.random() < 0.15:
        L.t("000-00-0000")
    else:
        L.p(f.ssn, "ssn")
    L.t("</SSN><DOB>").p(fmt_d(f.dob, "iso"), "date").t("</DOB><EmployeeId>").p(f.emp, "other_id").t("</EmployeeId></Employee>")
    out.append(L)
    out.append(Line(F).t("  <EmployeeAddress><Street>").p(f.street, "address").t("</Street><City>").p(f.city, "address")
               .t("</City><State>OR</State><Zip>").p(f.zip, "zip").t("</Zip><Phone>").p(phone_fmt(f.phone_d, "dash"), "phone").t("</Phone></EmployeeAddress>"))
    state["froi"] = state.get("froi", -1) + 1
    kind = ["pov", "cardiac", "respiratory"][state["froi"] % 3]
    L = Line(F).t("  <Injury><Date>").p(fmt_d(inj, "iso"), "date").t("</Date><Time>%02d:%02d</Time><Incident>%s</Incident>" % (rng.randint(0, 23), rng.randint(0, 59), rng.choice(INCIDENTS)))
    if kind == "cardiac":
        L.t('<Nature>Chest pain during overhaul, troponin elevated</Nature><Presumption statute="ORS 656.802(5)">Cardiac</Presumption></Injury>')
    elif kind == "respiratory":
        L.t('<Nature>Smoke inhalation, SCBA low-air egress</Nature><BodyPart code="60">Lungs</BodyPart></Injury>')
    else:
        L.t("<Nature>Cervical strain, MVC while responding in personal vehicle</Nature><BodyPart code=\"20\">Neck</BodyPart></Injury>")
    out.append(L)
    if kind == "pov":
        out.append(Line(F).t('  <Vehicle owner="employee"><VIN>').p(make_vin(rng.choice(["1FTFW1E5", "5TDKZ3DC", "1GCUYDED"])), "vehicle")
                   .t("</VIN><Plate state=\"OR\">").p("%03d %s" % (rng.randint(100, 999), "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))), "vehicle").t("</Plate></Vehicle>"))
    else:
        out.append(Line(F).t('  <Vehicle owner="employer"><Unit>%s</Unit><VIN>%s</VIN></Vehicle>' % (f.unit, make_vin("4P1CD01H")))) 
    out.append(Line(F).t("  <TreatingPhysician npi=\"%s\">Samuel Osei, DO</TreatingPhysician><Fax>%s</Fax>" % (NPI_DO, CLINIC_FAX)))
    out.append(Line(F).t("</FROI>"))
    return out


def g_wclt():
    t = tick()
    out = []
    F = "wclt_fixed"
    if rng.random() < 0.3:
        out.append(Line(F).t("HDR BELLHAVEN-FD  WCLT %s V02 CASCADE-RISK" % t.strftime("%Y%m%d")))
    for _ in range(rng.randint(1, 3)):
        f = ff()
        nm = ("%s, %s" % (f.last, f.first)).upper()
        claim = "WC-24-%05d" % rng.randint(100, 1500)
        L = Line(F).t("D").p(f.emp, "other_id").t(" " * (8 - len(f.emp)))
        L.p(nm[:24], "name").t(" " * (24 - len(nm[:24]))).p(claim, "other_id").t(" " * (14 - len(claim)))
        L.p(fmt_d(rdate(-20, -1), "d8"), "date").t("%6.1f" % rng.choice([24.0, 48.0, 72.0, 96.0])).t("TTD ").t("%3d" % f.stn)
        out.append(L)
        if rng.random() < 0.35:
            L = Line(F).t("P").p(f.emp, "other_id").t(" " * (8 - len(f.emp))).t("DD  ").t(aba_ok()).t(" ")
            acct = "%d" % rng.randint(10 ** 8, 10 ** 11)
            L.p(acct, "account").t(" " * (17 - len(acct))).t("%10.2f" % rng.uniform(800, 2600)).t("CHK")
            out.append(L)
    if rng.random() < 0.3:
        out.append(Line(F).t("TRL %06d %012.2f" % (rng.randint(3, 40), rng.uniform(4000, 60000))))
    return out


def g_qstress():
    t = tick()
    F = "qstress_kv"
    k = rng.random()
    if k < 0.25:
        return [Line(F).t("QSTRESS/6.3.1 SERVICE ts=%s unit_sn=QS6-0184421 event=treadmill_calibration belt_speed_err=%.1f%% grade_err=%.1f result=OK tech=BIOMED-02" % (
            t.strftime("%m/%d/%Y %H:%M:%S"), rng.uniform(0, 0.9), rng.uniform(0, 0.3)))]
    f = ff()
    if k < 0.45:
        L = Line(F).t("HOLTER/H3+ ENROLL ts=%s recorder_sn=" % t.strftime("%m/%d/%Y %H:%M:%S")).p("H3P-%08d" % rng.randint(10 ** 7, 10 ** 8 - 1), "device")
        L.t(" pid=").p(f.mrn, "mrn").t(" name=").p("%s^%s" % (f.last.upper(), f.first.upper()), "name")
        L.t(" hookup=").p(t.strftime("%m/%d/%Y"), "date").t(" duration_h=48 leads=3 ordering=OSEI_S reason=PVCs_on_1582_ECG")
        return [L]
    L = Line(F).t("QSTRESS/6.3.1 EXPORT ts=%s site=RFR-OHS unit_sn=QS6-0184421 pid=" % t.strftime("%m/%d/%Y %H:%M:%S")).p(f.mrn, "mrn")
    L.t(" name=").p("%s^%s" % (f.last.upper(), f.first.upper()), "name").t(" dob=").p(fmt_d(f.dob, "us"), "date")
    L.t(" sex=%s test_dt=" % f.sex).p(fmt_d(rdate(-2, 0), "us"), "date")
    st = rng.random() < 0.15
    L.t(" protocol=BRUCE dur=%d:%02d stage=%d max_hr=%d thr_pct=%d mets=%.1f bp_peak=%d/%d st_max=%.1fmm arrhythmia=%s reason_end=%s interp=%s reader=%s" % (
        rng.randint(9, 14), rng.randint(0, 59), rng.randint(4, 6), rng.randint(160, 190), rng.randint(88, 104), rng.uniform(11, 17.5),
        rng.randint(170, 215), rng.randint(60, 90), 1.5 if st else rng.uniform(0, 0.8), rng.choice(["none", "rare_PVC"]),
        rng.choice(["target_hr", "fatigue"]), "POSITIVE" if st else "NEGATIVE", rng.choice(["OSEI_S", "MARSHIBARRA_H"])))
    return [L]


def g_java():
    t = tick()
    F = "occulink_java"
    k = rng.random()
    thr = "http-nio-8443-exec-%d" % rng.randint(1, 20)
    if k < 0.2:
        f = ff()
        L = Line(F).t("%s INFO  [kiosk-2] c.r.ohs.kiosk.CheckInController - biometric match ok emp=" % j4(t)).p(f.emp, "other_id")
        L.t(" score=0.%d template=" % rng.randint(90, 99)).p("Rk1SACAyMAAA" + b64s(rng.randint(60, 90)) + "==", "biometric")
        return [L]
    if k < 0.32:
        f = ff()
        L = Line(F).t("%s DEBUG [badge-sync] c.r.ohs.hr.BadgePhotoSync - pushing photo emp=" % j4(t)).p(f.emp, "other_id")
        L.t(" bytes=%d jpeg_b64=" % rng.randint(9000, 30000)).p("/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/" + b64s(120) + "...", "photo")
        return [L]
    if k < 0.55:
        return [Line(F).t("%s INFO  [%s] c.r.ohs.web.RequestLog - GET /api/v2/schedule/slots?provider=%d&week=2024-W11 200 %dms" % (
            j4(t), thr, rng.choice([1184, 1190]), rng.randint(8, 400)))]
    out = []
    if k < 0.8:
        f = ff()
        L = Line(F).t("%s ERROR [%s] c.r.ohs.sched.SlotService - Could not book NFPA1582_ANNUAL for mrn=" % (j4(t), thr)).p(f.mrn, "mrn")
        L.t(" on ").p(fmt_d(rdate(4, 20), "iso"), "date")
        out.append(L)
        out.append(Line(F).t("org.hibernate.exception.ConstraintViolationException: could not execute statement; constraint [uq_slot_provider_room]"))
        out.append(Line(F).t("\tat org.hibernate.exception.internal.SQLStateConversionDelegate.convert(SQLStateConversionDelegate.java:112)"))
        out.append(Line(F).t("\tat org.hibernate.engine.jdbc.spi.SqlExceptionHelper.convert(SqlExceptionHelper.java:113)"))
        out.append(Line(F).t("\tat com.rfr.ohs.sched.SlotService.book(SlotService.java:214)"))
        out.append(Line(F).t("Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint \"uq_slot_provider_room\""))
        out.append(Line(F).t("  Detail: Key (provider_id, room_id)=(1184, 3) already exists."))
        out.append(Line(F).t("\t... %d common frames omitted" % rng.randint(40, 90)))
    else:
        out.append(Line(F).t("%s ERROR [quartz-worker-3] c.r.ohs.reports.ComplianceJob - nightly NFPA 1582 compliance rollup failed" % j4(t)))
        out.append(Line(F).t("java.lang.NullPointerException: Cannot invoke \"java.time.LocalDate.plusYears(long)\" because \"lastEval\" is null"))
        out.append(Line(F).t("\tat com.rfr.ohs.reports.ComplianceJob.dueDate(ComplianceJob.java:88)"))
        out.append(Line(F).t("\tat java.base/java.util.stream.ReferencePipeline$3$1.accept(ReferencePipeline.java:197)"))
        out.append(Line(F).t("\tat org.quartz.core.JobRunShell.run(JobRunShell.java:202)"))
    return out


def g_note():
    t = tick()
    f = ff()
    F = "ohs_note"
    L = Line(F)
    k = rng.random()
    L.t("[OHS-NOTE] %s " % t.strftime("%Y-%m-%d %H:%M"))
    nm = "%s %s" % (f.first, f.last)
    if k < 0.4:
        L.t("author=J. Pereira, RN type=nurse_note :: %s " % f.rank).p(nm, "name").t(" (").p(f.emp, "other_id").t(", DOB ").p(fmt_d(f.dob, "us"), "date")
        L.t(") seen for annual NFPA 1582 eval. BP %d/%d, HR %d. Reports %d structure fires since last eval, SCBA off during overhaul x%d. LDCT scheduled " % (
            rng.randint(110, 150), rng.randint(68, 95), rng.randint(52, 88), rng.randint(2, 14), rng.randint(0, 3)))
        L.p(fmt_d(rdate(5, 30), "short"), "date").t(". ")
        L.p("%s %s" % (f.rel_first, f.rel_last), "name").t(" (%s, emergency contact) " % f.rel).p(phone_fmt(f.rel_phone_d, "dash"), "phone")
        L.t(". Cleared for full duty pending PSA.")
    elif k < 0.6:
        L.t("author=S. Osei, DO type=md_addendum :: Stress test for ").p(nm, "name").t(" (chart ").p(f.mrn, "mrn")
        L.t(") reviewed: %s. Paramedic lic OR-EMS " % rng.choice(["1.5 mm horizontal ST depression at peak, refer cardiology, restricted duty", "negative for ischemia at 15 METs, full duty"]))
        L.p(f.pm_lic, "license").t(" active. CDL medical card issued, DL ").p(f.dl, "license").t(".")
    elif k < 0.8:
        L.t("author=D. Whitcombe, Capt/HSO type=exposure_followup :: Post-fire exposure follow-up ").p(nm, "name").t(" after %s on " % rng.choice(INCIDENTS))
        L.p(fmt_d(rdate(-5, -1), "us"), "date").t(". Gross decon done on scene, hood swapped. Advised shower within the hour. Contact ")
        L.p(f.pers_email, "email").t(" / ").p(phone_fmt(f.phone_d, "paren"), "phone").t(".")
    else:
        r = rng.choice(RET)
        L.t("author=H. Marsh-Ibarra, MD type=retiree_surveillance :: Retired FF ").p("%s %s" % (r.first, r.last), "name").t(", age ")
        if r.age > 89:
            L.p(str(r.age), "age")
        else:
            L.t(str(r.age))
        L.t(", chart ").p(r.mrn, "mrn").t(", Medicare ").p(r.mbi, "health_plan").t(". Presumptive cancer (bladder) claim support letter faxed to Cascade Risk at %s." % CLINIC_FAX)
    return [L]


def g_pg():
    t = tick()
    F = "postgres"
    pid = rng.randint(20000, 60000)
    k = rng.random()
    if k < 0.2:
        return [Line(F).t("%s [%d] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, 1 recycled; write=%.3f s, sync=0.004 s, total=%.3f s" % (
            pg(t), 1187, rng.randint(100, 4000), rng.uniform(0.5, 9), rng.uniform(1, 30), rng.uniform(1, 30)))]
    if k < 0.35:
        return [Line(F).t("%s [%d] ohs_app@ohsdb LOG:  connection authorized: user=ohs_app database=ohsdb application_name=PostgreSQL JDBC Driver SSL enabled (protocol=TLSv1.3)" % (pg(t), pid))]
    if k < 0.45:
        return [Line(F).t("%s [%d] LOG:  automatic vacuum of table \"ohsdb.public.audit_log\": index scans: 1, pages: 0 removed, %d remain" % (pg(t), pid, rng.randint(1000, 90000)))]
    f = ff()
    if k < 0.75:
        out = [Line(F).t("%s [%d] ohs_app@ohsdb LOG:  duration: %.3f ms  execute <unnamed>: SELECT e.* FROM exposure_event e WHERE e.emp_id = $1 ORDER BY e.occurred_at DESC LIMIT 50" % (pg(t), pid, rng.uniform(1, 900)))]
        out.append(Line(F).t("%s [%d] ohs_app@ohsdb DETAIL:  parameters: $1 = '" % (pg(t), pid)).p(f.emp, "other_id").t("'"))
        return out
    L = Line(F).t("%s [%d] ohs_app@ohsdb LOG:  statement: UPDATE ff_medical SET clearance = 'FULL', clearance_dt = '" % (pg(t), pid))
    L.p(fmt_d(rdate(-1, 0), "iso"), "date").t("', updated_by = 'hmarshibarra' WHERE mrn = '").p(f.mrn, "mrn").t("'")
    return [L]


def g_sms():
    t = tick()
    f = ff()
    F = "sms_relay"
    sid = "SM" + hexs(32)
    L = Line(F).t("%s sms-relay[%d]: " % (iso(t), rng.randint(2000, 3000)))
    k = rng.random()
    d = rdate(3, 21)
    if k < 0.2:
        L.t("status callback sid=%s status=delivered err=0 price=-0.00790 USD segments=1" % sid)
        return [L]
    if k < 0.7:
        L.t("outbound sid=%s to=" % sid).p("+1" + f.phone_d, "phone").t(" from=%s body=\"" % ORG_PHONE)
        if f.first in ("Mateo", "José", "Marisol", "Carmen"):
            L.t("BFR Bienestar: ").p(f.first, "name").t(", su examen físico anual NFPA 1582 es el ").p(fmt_d(d, "es"), "date")
            L.t(" a las 07:30 en la clínica OHS, %s. Responda C para confirmar.\"" % ORG_ADDR.split(",")[0])
        else:
            L.t("BFR Wellness: ").p(f.first, "name").t(", your %s is " % rng.choice(["NFPA 1582 physical", "cardiac stress test", "low-dose CT", "fit test"]))
            L.p(fmt_d(d, "short"), "date").t(" 07:30 at OHS Clinic, 400 Civic Center Plz. Reply C to confirm, R to reschedule.\"")
    else:
        L.t("inbound sid=%s from=" % sid).p("+1" + f.phone_d, "phone").t(" to=%s body=\"" % ORG_PHONE)
        if rng.random() < 0.4:
            L.t("C\"")
        else:
            L.t("cant make it, on shift that day. can i do ").p(fmt_d(d, "short"), "date").t(" instead?\"")
    return [L]


def g_teams():
    t = tick()
    who = rng.choice(["Joan Pereira", "Rory Delacroix", "Dana Whitcombe", "Samuel Osei", "Bettina Kraus"])
    base = {"createdDateTime": isoz(t), "from": {"user": {"displayName": who, "id": "8f1c%s" % uuid4()[4:]}},
            "channelIdentity": {"channelId": "19:%s@thread.tacv2" % hexs(32)}}
    k = rng.random()
    if k < 0.5:
        txt = rng.choice(["PortaCount #2 needs recal, using #1 today",
                          "Station %d crew running ~20 min late for fit tests" % rng.randint(1, 9),
                          "Q-Stress cart back from biomed, ticket BM-44120 closed",
                          "reminder: 1582 compliance numbers due to the chief Friday",
                          "Cascadia courier pickup moved to 14:00",
                          "new MSA G1 size-L facepieces arrived, PO-2024-00418, lot 2309-A114"])
        base["body"] = {"contentType": "text", "content": txt}
    else:
        f = ff()
        nm = "%s %s" % (f.first, f.last)
        j = rng.random()
        if j < 0.4:
            c = S("FYI ", P(nm, "name"), "'s stress test showed ST changes, Dr. Osei wants cardiology before return to line duty")
        elif j < 0.7:
            c = S(P(f.first, "name"), " called, their ", f.rel, " ", P(f.rel_first, "name"), " is in the hospital, needs to move the ",
                  P(fmt_d(rdate(2, 14), "short"), "date"), " physical")
        else:
            c = S("can someone pull the exposure history for ", P(f.emp, "other_id"), "? WC claim ", P("WC-24-%05d" % rng.randint(100, 1500), "other_id"), " needs it for the presumption letter")
        base["body"] = {"contentType": "text", "content": c}
    return [jline("teams_chat", base)]


def g_cad():
    t = tick()
    F = "cad_pipe"
    if rng.random() < 0.5:
        return [Line(F).t("CAD|%s|%s|%s|%s|%s|%s" % (t.strftime("%Y-%m-%d %H:%M:%S"), rng.choice(INCIDENTS), rng.choice(CAD_TYPES), rng.choice(CAD_LOC),
                                                   ",".join(rng.sample(["E1", "E4", "E7", "E12", "T3", "M4", "BC2", "R7"], 3)), rng.choice(["DISP", "ENRT", "ONSC", "CLR"])))]
    return [Line(F).t("UNIT|%s|%s|%s|STN%02d|%s" % (t.strftime("%Y-%m-%d %H:%M:%S"), rng.choice(["E1", "E4", "E7", "E12", "T3", "M4"]),
                                                    rng.choice(["AVAILABLE", "OOS-DECON", "IN QTRS", "TRAINING"]), rng.randint(1, 9), "KAPP=%s" % hexs(6)))]


def g_winevt():
    t = tick()
    u = rng.choice(STAFF_USERS)
    e = rng.choice([4624, 4634, 4625, 4688])
    o = {"TimeCreated": isoz(t), "EventID": e, "Computer": "OHS-WS%02d.rfr.local" % rng.randint(1, 12), "Channel": "Security",
         "TargetUserName": u, "TargetDomainName": "RFR", "LogonType": 3 if e != 4688 else None,
         "IpAddress": "10.40.3.%d" % rng.randint(10, 60), "ProcessName": "C:\\Windows\\System32\\svchost.exe" if e != 4688 else "C:\\Program Files\\OccuLink\\occulink.exe",
         "ActivityID": "{%s}" % uuid4().upper()}
    return [jline("winevt_json", o)]


def g_iaff():
    t = tick()
    F = "iaff_report"
    if rng.random() < 0.45:
        return [Line(F).t("IAFF2291|EXPRPT|2024-02|STN%02d|%s-SHIFT|exposures=%d|ff_count=%d|cancer_screen_completed=%d|pct=%.1f" % (
            rng.randint(1, 9), rng.choice("ABC"), rng.randint(3, 30), rng.randint(9, 15), rng.randint(3, 12), rng.uniform(40, 100)))]
    f = ff()
    L = Line(F).t("IAFF2291|MBR|").p(f.iaff, "other_id").t("|").p(("%s, %s" % (f.last, f.first)).upper(), "name").t("|").p(f.emp, "other_id")
    L.t("|STN%02d|%s|exp_ytd=%d|ldct_due=" % (f.stn, f.shift, rng.randint(0, 14))).p(fmt_d(rdate(10, 200), "iso"), "date")
    L.t("|wc_open=%s" % rng.choice("YN"))
    return [L]


def g_k8s():
    t = tick()
    k = rng.random()
    if k < 0.6:
        img = rng.choice(["expotrack-api:3.4.1-b412", "fitcheck:1.9.0", "fhir-bridge:2.2.7-b88", "sms-relay:0.14.3"])
        o = {"kind": "Event", "apiVersion": "v1", "type": "Normal", "reason": rng.choice(["Pulled", "Created", "Started"]),
             "message": "Successfully pulled image \"registry.rfr.local/ohs/%s\" in %.3fs" % (img, rng.uniform(0.4, 3)),
             "involvedObject": {"kind": "Pod", "namespace": "ohs", "name": "%s-%s-%s" % (img.split(":")[0], hexs(9), hexs(5))},
             "firstTimestamp": isoz(t), "uid": uuid4()}
        return [jline("k8s_event", o)]
    return [Line("k8s_event").t("[Pipeline] jenkins #%d ohs/expotrack-api@%s sha256:%s build OK %s in %dm%02ds" % (
        rng.randint(400, 420), hexs(7), hexs(64), rng.choice(["3.4.1-b412", "3.4.2-rc1"]), rng.randint(1, 6), rng.randint(0, 59)))]


GENS = [(g_syslog, 14), (g_nginx, 11), (g_expotrack, 11), (g_fitcheck, 7), (g_portacount, 3), (g_hl7, 1),
        (g_fhir, 5), (g_x12, 1), (g_froi, 2), (g_wclt, 3), (g_qstress, 5), (g_java, 3), (g_note, 6),
        (g_pg, 7), (g_sms, 6), (g_teams, 6), (g_cad, 9), (g_winevt, 6), (g_iaff, 4), (g_k8s, 7)]


def main():
    lines = []
    funcs = [g for g, _ in GENS]
    weights = [w for _, w in GENS]
    # make sure every family appears at least once early on
    order = funcs[:]
    rng.shuffle(order)
    cap = {g_x12: 1, g_hl7: 3, g_froi: 3, g_java: 10, g_portacount: 9, g_wclt: 7}
    used = {}
    while len(lines) < 500:
        g = order.pop() if order else rng.choices(funcs, weights)[0]
        if used.get(g, 0) >= cap.get(g, 10 ** 6):
            continue
        used[g] = used.get(g, 0) + 1
        recs = g()
        if len(lines) + len(recs) > 500:
            continue
        lines.extend(recs)
    assert len(lines) == 500
    with open("qi.log", "wb") as fl, open("qi.labels.jsonl", "w", encoding="utf-8") as fj:
        for n, L in enumerate(lines, 1):
            b = bytes(L.buf)
            assert b and b"\n" not in b and b"\r" not in b, (n, b)
            b.decode("utf-8")
            prev = 0
            spans = []
            for s, e, cat, val in sorted(L.spans):
                if not (0 <= s < e <= len(b)):
                    raise SystemExit("bad span bounds line %d" % n)
                if s < prev:
                    raise SystemExit("overlap line %d" % n)
                if b[s:e].decode("utf-8") != val:
                    raise SystemExit("span text mismatch line %d: %r vs %r" % (n, b[s:e], val))
                prev = e
                spans.append({"s": s, "e": e, "cat": cat})
            fl.write(b + b"\n")
            fj.write(json.dumps({"line": n, "family": L.fam, "spans": spans}) + "\n")


if __name__ == "__main__":
    main()
