#!/usr/bin/env python3
"""Synthetic labeled log corpus "ps".

Organisation: BrightSight Kids Alliance (fictional), an Ohio nonprofit that
runs vision and hearing screening in schools and issues eyeglass vouchers.
Office: 1450 Gateway Blvd Suite 210, Columbus, OH 43215, (614) 555-0142.

Systems simulated (one physical line per log line, interleaved by time):
  tablet_json   ScreenRight Android screening-tablet sync logger (JSON)
  spot_csv      Spot Vision Screener VS100 photoscreener CSV export rows
  photo_json    photoscreener upload service JSON (with pupil image base64)
  audiometer    handheld audiometer AS608 export, key=value
  nginx         consent portal access log (combined format)
  letters_py    consent / referral-letter renderer, Python logging + tracebacks
  optnet        optometrist partner network service, logfmt (Go)
  lab_pipe      eyeglass lab order / status feed, pipe-delimited
  x12           Medicaid 837P / 835 / 271 segments, one segment per line
  rails         school nurse portal, Rails log
  twilio        SMS follow-up webhooks (JSON) and outbound bodies (EN/ES)
  syslog        sshd / CRON / postfix / kernel on the app hosts
  hl7           HL7 v2 ORU^R01 results to FQHC partner, one segment per line
  fhir          FHIR R4 Observation / Patient JSON from the results API
  postgres      PostgreSQL server log with statements
  fixed_width   Medicaid vision-voucher export file (fixed width)
  xml_sis       school SIS roster import / ack XML
  java          billing service (Spring Boot) log with stack traces
  chat          staff chat export (Slack-like, plain text)
  deploy        CI / k8s deploy log
  payments      frame-upgrade payment gateway JSON

Labeling decisions:
  * The person served is the child (student). Parents/guardians and
    emergency contacts are relatives: their names, phones, emails, addresses,
    licences and devices are PHI too.
  * Staff, volunteer screeners, school nurses, teachers, optometrists (with
    their NPI, phone, fax), the lab, schools and their addresses, the
    organisation's own office/phones/emails are NOT PHI.
  * mrn: BrightSight participant ID (BSK-#######), partner optometrist chart
    numbers, HL7 PID-3, FHIR Patient ids / Patient/ references (only the
    id part is labelled).
  * other_id: school-district student IDs, voucher numbers, referral IDs,
    consent form IDs and consent tokens (outside URLs); when such an ID
    sits inside a file path it is labelled where it sits.
  * NOT labelled (transactional/business IDs): appointment IDs, eyeglass
    lab order/job numbers, tracking numbers, claim batch IDs, interchange
    control numbers, Twilio SIDs, request/trace IDs, letter job numbers,
    DB row counts.
  * account: X12 CLM01 / CLP01 patient control numbers, payer claim control
    numbers (CLP07), full card numbers (PAN) leaked in logs. Card last4 and
    card fingerprints are not labelled.
  * health_plan: Medicaid IDs and MCO member IDs (NM1*IL MI, PID-19 is not
    used, FHIR Coverage identifiers, voucher file Medicaid field).
  * url: a request path or link whose path/query contains a child's
    identifier or consent token is one url span (path+query, or the full
    link in SMS bodies); portal paths with only school IDs are not labelled.
  * ip: a parent's IP on the consent portal. Internal 10.x addresses of
    staff, load balancers, servers and crawler IPs are not PHI.
  * date: DOB, screening/exam date, appointment date, service date, consent
    signature date, letter date tied to a child. The log line's own
    timestamp, calibration due dates, file creation dates, build dates are
    not. A junk (impossible) date in a DOB field is still labelled date.
  * age: only over 89 (a great-grandparent guardian); children's ages and
    grades are not labelled.
  * device: hearing-aid / cochlear implant serials a child wears, consent
    app install device IDs of a parent's phone. Screening tablets,
    photoscreeners, audiometers (org equipment serials) are NOT PHI.
  * photo: base64 pupil/face image from the photoscreener.
  * vehicle: a parent's licence plate in a staff note; the org screening van
    VIN is not PHI.
  * license: guardian driver's licence number used for voucher pickup.
  * address: street line and city of a home address (one span when on one
    run, city separate when in a separate field); ZIP always its own span.
    County of residence labelled address. School/district/lab addresses not.
  * Vision/hearing results, Rx values, CPT/ICD codes are not identifiers.
"""
import base64
import json
import random
import sys
import unicodedata
import uuid
from datetime import datetime, timedelta

SEED = 20241015
R = random.Random(SEED)
ID = "ps"

# --------------------------------------------------------------- line model
class L:
    def __init__(self, fam):
        self.fam = fam
        self.parts = []

    def t(self, x):
        self.parts.append((str(x), None))
        return self

    def p(self, x, cat):
        x = str(x)
        self.parts.append((x, cat))
        return self

    def v(self, x, cat):
        """labelled if cat, else plain"""
        return self.p(x, cat) if cat else self.t(x)

    def has_phi(self):
        return any(c for _, c in self.parts)


def render(line):
    buf = b""
    spans = []
    for text, cat in line.parts:
        b = text.encode("utf-8")
        if cat:
            spans.append({"s": len(buf), "e": len(buf) + len(b), "cat": cat, "_v": text})
        buf += b
    return buf, spans


# JSON helper: O is an ordered object of (key, value, cat) triples
class O(list):
    pass


def jemit(ln, v, cat=None, ea=False, sep=", ", kv=": "):
    if isinstance(v, O):
        ln.t("{")
        for i, (k, val, c) in enumerate(v):
            if i:
                ln.t(sep)
            ln.t(json.dumps(k) + kv)
            jemit(ln, val, c, ea, sep, kv)
        ln.t("}")
    elif isinstance(v, list):
        ln.t("[")
        for i, val in enumerate(v):
            if i:
                ln.t(sep)
            jemit(ln, val, cat, ea, sep, kv)
        ln.t("]")
    elif isinstance(v, str):
        enc = json.dumps(v, ensure_ascii=ea)[1:-1]
        ln.t('"')
        ln.v(enc, cat)
        ln.t('"')
    else:
        ln.v(json.dumps(v), cat)


def jline(fam, obj, ea=False, compact=False, prefix=""):
    ln = L(fam)
    if prefix:
        ln.t(prefix)
    if compact:
        jemit(ln, obj, None, ea, ",", ":")
    else:
        jemit(ln, obj, None, ea)
    return ln


# --------------------------------------------------------------- data pools
CHILD_FIRST = ["Sofia", "Liam", "Aaliyah", "Mateo", "Zoë", "Jayden", "Amara", "Nguyen", "Hope", "Dev",
               "Fatima", "Elijah", "Ximena", "Kai", "Brooklyn", "Omar", "Mía", "Tyrese", "Hana", "Rowan",
               "Summer", "Abdi", "Camila", "Declan", "Precious", "Luca", "Amir", "Isabella", "Khalil",
               "Aiyana", "Joy", "Malik", "Wren", "Yusuf", "Esperanza", "Bao", "Grace", "Jamal", "Noor",
               "Santiago", "Ayaan", "Chloé", "Marcus", "Ifeoma", "River", "Sunny", "Deshawn", "Leilani"]
ADULT_FIRST = ["Ana", "Keisha", "Miguel", "Linh", "Fartun", "Robert", "Guadalupe", "Tamara", "Hassan",
               "Jennifer", "Olumide", "Rosa", "Darnell", "Priyanka", "Crystal", "José", "Amina", "Brandy",
               "Thu", "Patrice", "Mercedes", "Ahmed", "Shanice", "Dolores", "Grant", "Faith", "Xiomara"]
LAST = ["Ramirez", "Lopez-Ortega", "Nguyen", "Hassan", "Washington", "O'Neill", "De la Cruz",
        "Patel", "Baker", "Warsame", "Johnson-Boateng", "Kowalski", "Tran", "Rose", "Young",
        "García Márquez", "Okafor", "Brown", "Abdullahi", "Hunter", "Van der Berg", "Mendoza",
        "Smith", "Castillo-Reyes", "Yilmaz", "Jackson", "Nwosu", "Park", "Shields", "Mohamud",
        "Delgado", "Fairweather", "Ali", "Sánchez", "Bell", "Whitehorse", "Chowdhury", "Stone",
        "Figueroa", "May", "Ibrahim", "St. Clair", "Pham", "Gonzalez", "Kline", "Ortiz"]
STREETS = ["E Livingston Ave", "Oak St", "Parsons Ave", "Cleveland Ave", "Sullivant Ave", "Hamilton Rd",
           "Maple Ridge Dr", "N 4th St", "Whittier St", "Refugee Rd", "Kimberly Pkwy", "Dakota Ave",
           "Linden Pl", "Brice Rd", "Morse Rd", "Briarwood Ct", "Champion Ave", "Hague Ave"]
CITIES = [("Columbus", "432"), ("Whitehall", "43213"), ("Reynoldsburg", "43068"),
          ("Grove City", "43123"), ("Gahanna", "43230"), ("Groveport", "43125"),
          ("Obetz", "43207"), ("Hilliard", "43026"), ("Westerville", "43081"), ("Canal Winchester", "43110")]
COUNTIES = ["Franklin County", "Licking County", "Fairfield County", "Delaware County"]
SCHOOLS = [("114", "Livingston Elementary"), ("207", "Weinland Park ES"), ("318", "Eastmoor Academy"),
           ("122", "Sullivant Elementary"), ("415", "Hamilton STEM Academy"), ("509", "Gahanna Middle West"),
           ("233", "Linden Park ES"), ("341", "Southwood K-6")]
STAFF = ["Maya Kowalczyk", "Terrence Boyd", "Lena Hartmann", "Jorge Villalobos", "Denise Ocampo",
         "Sam Whitfield", "Ruth Adeyemi", "Kevin Tran"]
STAFF_H = ["maya.k", "tboyd", "lhartmann", "jvillalobos", "denise.o", "swhitfield", "radeyemi", "ktran"]
NURSES = ["Tamika Fields RN", "Beth Ann Lowry RN", "Carla Mendes LSN", "Greg Pawlak RN"]
TEACHERS = ["Mrs. Delacroix", "Mr. Haddad", "Ms. Ferreira", "Mrs. Oyelaran", "Mr. Brandt"]
PARTNERS = [("Eastside Family Eye Care", "Dr. Priya Raman, OD"), ("Clearview Optometry Linden", "Dr. Marcus Webb, OD"),
            ("Vision Works Kids - Hilliard", "Dr. Elena Sokolova, OD"), ("Buckeye Community Eye Center", "Dr. Ahmad Qureshi, OD"),
            ("Gahanna Family Vision", "Dr. Hollis Grant, OD")]
FRAMES = ["KIDZ-FLEX 44-16-125 BLU", "TITAN JR 46-15-130 GRY", "SPARKLE K2 42-14-120 PNK",
          "FLEXIBLE FIT 48-16-130 BLK", "SPORT GOGGLE SG1 M RED", "ROUND R7 45-18-125 TORT"]
MCOS = ["CareSource", "Buckeye Health Plan", "Molina Healthcare of Ohio", "UnitedHealthcare Community Plan", "AmeriHealth Caritas Ohio"]

AGENTS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
          "Mozilla/5.0 (Linux; Android 14; SM-A155U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Mobile Safari/537.36",
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36",
          "Mozilla/5.0 (Linux; Android 13; moto g play - 2023) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Mobile Safari/537.36"]
BOTS = ["Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)", "kube-probe/1.29", "ELB-HealthChecker/2.0"]


def ch(x):
    return R.choice(x)


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def luhn_digit(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def npi():
    base = str(R.randint(1, 2)) + digits(8)
    return base + luhn_digit("80840" + base)


def card(valid=True):
    pre = ch(["4", "51", "52", "37", "6011"])
    ln = 15 if pre == "37" else 16
    body = pre + digits(ln - len(pre) - 1)
    d = luhn_digit(body)
    if not valid:
        d = str((int(d) + R.randint(1, 9)) % 10)
    return body + d


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


VIN_T = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))),
         **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list("1FTBW3XM" + "0" + "L" + "K" + "".join(R.choice(al) for _ in range(6)))
    v[9] = "L"
    s = sum(VIN_T[c] * w for c, w in zip(v, VIN_W)) % 11
    v[8] = "X" if s == 10 else str(s)
    return "".join(v)


def up(x):
    """ASCII upper case as X12 / fixed-width / HL7 exports write names"""
    return unicodedata.normalize("NFKD", x).encode("ascii", "ignore").decode().upper()


def fold(x):
    x = unicodedata.normalize("NFKD", x).encode("ascii", "ignore").decode()
    return "".join(c for c in x.lower() if c.isalnum() or c in "._-")


class Person:
    def __init__(self):
        self.first = ch(CHILD_FIRST)
        self.last = ch(LAST)
        y = R.randint(2010, 2019)
        self.dob = datetime(y, R.randint(1, 12), R.randint(1, 28))
        self.sex = ch("FM")
        self.sid = ch(["S", "1", "CCS"]) + digits(7)
        self.bsk = "BSK-" + digits(7)
        self.mcd = "9" + digits(11)
        self.mco_id = ch(["1066", "U", "M"]) + digits(8)
        self.voucher = "VCH-24-" + digits(6)
        self.ref = "REF-2024-" + digits(5)
        self.consent = "CF" + hexs(8).upper()
        self.token = "".join(R.choice("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10))
        self.school = ch(SCHOOLS)
        g = max(0, min(8, 2024 - y - 6 + (1 if self.dob.month < 9 else 0)))
        self.grade = "K" if g == 0 else str(g)
        self.g_first = ch(ADULT_FIRST)
        self.g_last = self.last if R.random() < 0.7 else ch(LAST)
        num = str(R.randint(12, 9899))
        apt = ch(["", "", "", " Apt " + str(R.randint(1, 40)), " Unit " + ch("ABCD") + str(R.randint(1, 9))])
        self.street = num + " " + ch(STREETS) + apt
        c, z = ch(CITIES)
        self.city = c
        self.zip = z + "%02d" % R.randint(1, 40) if len(z) == 3 else z
        self.county = ch(COUNTIES)
        self.phone10 = ch(["614", "380", "740"]) + str(R.randint(201, 989)) + digits(4)
        self.email = ch([fold(self.g_first) + "." + fold(self.g_last).replace(".", ""),
                         fold(self.g_first)[0] + fold(self.g_last.split()[0]) + digits(2),
                         "mom.of." + fold(self.first) + digits(1)]) + "@" + ch(
            ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "att.net"])
        self.ha_sn = ch(["HA", "PH", "OT"]) + digits(2) + ch("ABCDEFGH") + digits(5)
        self.ip = "%d.%d.%d.%d" % (ch([66, 74, 98, 107, 172, 174, 24, 75]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        self.dev = hexs(16)

    def name(self, style="fl"):
        return {"fl": self.first + " " + self.last, "lf": self.last + ", " + self.first}[style]

    def gname(self):
        return self.g_first + " " + self.g_last

    def phone(self, style):
        p = self.phone10
        return {"e164": "+1" + p, "dash": p[:3] + "-" + p[3:6] + "-" + p[6:],
                "paren": "(" + p[:3] + ") " + p[3:6] + "-" + p[6:], "raw": p, "dot": p[:3] + "." + p[3:6] + "." + p[6:]}[style]


def d8(d):
    return d.strftime("%Y%m%d")


def iso(d):
    return d.strftime("%Y-%m-%d")


def us(d):
    return d.strftime("%m/%d/%Y")


# --------------------------------------------------------------- clock
T = [datetime(2024, 10, 15, 6, 58, 11, 120000)]


def tick():
    T[0] += timedelta(seconds=R.randint(1, 95), microseconds=R.randint(0, 999999))
    return T[0]


def ts_iso(ms=True):
    t = T[0]
    return t.strftime("%Y-%m-%dT%H:%M:%S") + (".%03d" % (t.microsecond // 1000) if ms else "") + "-04:00"


def ts_z():
    t = T[0] + timedelta(hours=4)
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def svc_date():
    # screening day of the child: the event date, a few days back at most
    return T[0] - timedelta(days=R.choice([0, 0, 0, 1, 2, 6, 13]))


def future_date():
    return T[0] + timedelta(days=R.randint(3, 30))


# --------------------------------------------------------------- generators
def g_tablet(phi):
    tick()
    dev = "TAB-%04d" % R.randint(100, 480)
    base = O([("ts", ts_iso(), None), ("level", "INFO", None), ("logger", "screenright.sync", None),
              ("device", dev, None), ("app_ver", "3.8.2+412", None)])
    if not phi:
        k = R.randint(0, 3)
        if k == 0:
            base += O([("event", "sync.batch.uploaded", None), ("batch_id", "b-" + hexs(12), None),
                       ("records", R.randint(3, 60), None), ("bytes", R.randint(4000, 900000), None),
                       ("elapsed_ms", R.randint(120, 9000), None)])
        elif k == 1:
            base[1] = ("level", "WARN", None)
            base += O([("event", "battery.low", None), ("pct", R.randint(5, 19), None),
                       ("site_code", ch(SCHOOLS)[0], None), ("operator", ch(STAFF), None)])
        elif k == 2:
            base += O([("event", "session.start", None), ("session", str(uuid.UUID(int=R.getrandbits(128))), None),
                       ("school", ch(SCHOOLS)[1], None), ("screener", ch(STAFF), None), ("protocol", "OH-ODH-2023 vision+hearing", None)])
        else:
            base += O([("event", "queue.flush", None), ("pending", R.randint(0, 14), None),
                       ("wifi_rssi", -R.randint(40, 85), None), ("trace_id", hexs(32), None)])
        return [jline("tablet_json", base)]
    p = Person()
    sd = svc_date()
    stu = O([("first", p.first, "name"), ("last", p.last, "name"), ("dob", iso(p.dob), "date"),
             ("sid", p.sid, "other_id"), ("gr", p.grade, None)])
    if R.random() < 0.3:
        stu.append(("ha_serial", p.ha_sn, "device"))
    res = O([("od", ch(["20/20", "20/25", "20/32", "20/40", "20/50", "20/63", "20/100"]), None),
             ("os", ch(["20/20", "20/25", "20/32", "20/40", "20/50", "20/80"]), None),
             ("stereo", ch(["pass", "fail", "nt"]), None), ("outcome", ch(["PASS", "REFER", "RESCREEN"]), None)])
    base += O([("event", "screening.saved", None), ("screen_date", iso(sd), "date"), ("student", stu, None),
               ("school", p.school[1], None), ("results", res, None), ("screener", ch(STAFF), None)])
    return [jline("tablet_json", base, ea=R.random() < 0.5)]


def g_spot(phi):
    tick()
    sn = "VS100-%06d" % R.randint(10000, 99999)
    if not phi:
        k = R.randint(0, 2)
        ln = L("spot_csv")
        if k == 0:
            ln.t("DeviceSN,ExamDate,ExamTime,PatientID,LastName,FirstName,DOB,Gender,OD_SE,OD_DC,OD_Axis,OS_SE,OS_DC,OS_Axis,PupilOD,PupilOS,Gaze,Result,FW")
        elif k == 1:
            ln.t("# export %s rows=%d device=%s fw=3.0.4.05 generated=%s" % (sn, R.randint(20, 140), sn, T[0].strftime("%Y-%m-%d %H:%M")))
        else:
            ln.t("%s,CAL,%s,,,,,,,,,,,,,,,SELFTEST_OK,3.0.4.05" % (sn, T[0].strftime("%Y-%m-%d")))
        return [ln]
    p = Person()
    sd = svc_date()
    ln = L("spot_csv").t(sn + ",").p(us(sd), "date").t("," + T[0].strftime("%H:%M:%S") + ",")
    ln.p(p.sid, "other_id").t(",").p(p.last, "name").t(",").p(p.first, "name").t(",").p(us(p.dob), "date")
    def se():
        return "%+.2f" % (R.randint(-16, 12) * 0.25)
    ln.t(",%s,%s,%s,%s,%s,%s,%s,%.1f,%.1f,%s,%s,3.0.4.05" % (
        p.sex, se(), "%+.2f" % (-R.randint(0, 8) * 0.25), R.randint(1, 180), se(), "%+.2f" % (-R.randint(0, 8) * 0.25),
        R.randint(1, 180), R.uniform(4, 7), R.uniform(4, 7), ch(["0", "0", "5 R", "8 L"]), ch(["All Measurements In Range", "Complete Eye Exam Recommended"])))
    return [ln]


def g_photo(phi):
    tick()
    if not phi:
        return [jline("photo_json", O([("time", ts_z(), None), ("lvl", "debug", None), ("svc", "photo-ingest", None),
                                       ("msg", "thumbnail cache evicted", None), ("entries", R.randint(10, 500), None),
                                       ("heap_mb", R.randint(180, 900), None), ("pod", "photo-ingest-6c9f7d-" + hexs(5), None)]), compact=True)]
    p = Person()
    raw = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(R.getrandbits(8) for _ in range(R.randint(54, 90)))
    b64 = base64.b64encode(raw).decode()
    o = O([("time", ts_z(), None), ("lvl", "info", None), ("svc", "photo-ingest", None), ("msg", "capture stored", None),
           ("device_sn", "VS100-%06d" % R.randint(10000, 99999), None), ("participant", p.bsk, "mrn"),
           ("exam_dt", iso(svc_date()), "date"), ("img_mime", "image/jpeg", None),
           ("pupil_img_b64", b64 + "...(truncated)", None)])
    ln = jline("photo_json", o, compact=True)
    # relabel the base64 part as photo: rebuild the parts with label on b64 only
    newparts = []
    for text, c in ln.parts:
        if text == b64 + "...(truncated)":
            newparts.append((b64, "photo"))
            newparts.append(("...(truncated)", None))
        else:
            newparts.append((text, c))
    ln.parts = newparts
    return [ln]


def g_audio(phi):
    tick()
    sn = "AS608-%07d" % R.randint(1000000, 1999999)
    ln = L("audiometer").t(T[0].strftime("%Y-%m-%dT%H:%M:%S") + " " + sn + " ")
    if not phi:
        ln.t(ch(["evt=SELFTEST result=OK ambient_db=%d" % R.randint(28, 44),
                 "evt=CAL_CHECK transducer=DD45 due=2025-03-01 status=valid",
                 "evt=EXPORT_START fmt=csv dest=usb0 files=%d" % R.randint(1, 9),
                 "evt=NOISE_WARN ambient_db=%d room=\"gym stage\" op=%s" % (R.randint(50, 62), ch(STAFF_H))]))
        return [ln]
    p = Person()
    ln.t("evt=RESULT stu=").p(p.sid, "other_id").t(" nm=\"").p(p.name("lf"), "name").t("\" dob=").p(d8(p.dob), "date")
    for ear in ("R", "L"):
        ln.t(" %s_1k=%d %s_2k=%d %s_4k=%d" % (ear, ch([20, 20, 25, 40]), ear, ch([20, 20, 25, 35]), ear, ch([20, 25, 45])))
    ln.t(" result=" + ch(["PASS", "PASS", "REFER", "RESCREEN"]))
    if R.random() < 0.35:
        ln.t(" note=\"wears HA sn ").p(p.ha_sn, "device").t(" tested unaided\"")
    ln.t(" op=" + ch(STAFF_H))
    return [ln]


def g_nginx(phi):
    tick()
    t = T[0].strftime("%d/%b/%Y:%H:%M:%S -0400")
    ln = L("nginx")
    if not phi:
        k = R.randint(0, 3)
        if k == 0:
            ln.t('10.20.%d.%d - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "%s" rt=0.001' % (R.randint(0, 3), R.randint(2, 250), t, ch(BOTS[2:])))
        elif k == 1:
            ln.t('%s - - [%s] "GET /robots.txt HTTP/1.1" 200 68 "-" "%s" rt=0.000' % (ch(["66.249.66.%d" % R.randint(1, 200), "40.77.167.%d" % R.randint(1, 200)]), t, ch(BOTS[:2])))
        elif k == 2:
            ln.t('%s - - [%s] "GET /static/js/consent.%s.js HTTP/2.0" 200 %d "https://consent.brightsightkids.org/" "%s" rt=0.004' % (
                "10.20.1.%d" % R.randint(2, 250), t, hexs(8), R.randint(20000, 90000), ch(AGENTS)))
        else:
            ln.t('10.20.2.%d - - [%s] "GET /es/faq HTTP/2.0" 200 %d "-" "%s" rt=0.012' % (R.randint(2, 250), t, R.randint(3000, 9000), ch(AGENTS)))
        return [ln]
    p = Person()
    path = ch(["/c/%s" % p.token, "/c/%s/sign" % p.token, "/consent/form?sid=%s&lang=%s" % (p.sid, ch(["en", "es", "so", "ne"])),
               "/v/%s/status" % p.voucher])
    method = "POST" if path.endswith("sign") else "GET"
    ln.p(p.ip, "ip").t(" - - [%s] \"%s " % (t, method)).p(path, "url").t(' HTTP/2.0" %d %d "-" "%s" rt=%.3f' % (
        ch([200, 200, 302, 404]), R.randint(400, 30000), ch(AGENTS), R.uniform(0.01, 0.9)))
    return [ln]


def pyts():
    return T[0].strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (T[0].microsecond // 1000)


def g_letters(phi):
    tick()
    if not phi:
        k = R.randint(0, 3)
        if k == 0:
            return [L("letters_py").t("%s INFO [letters.batch] batch %d rendered %d letters in %.1fs (template referral_v7.docx sha256=%s)" % (
                pyts(), R.randint(80, 140), R.randint(20, 200), R.uniform(5, 60), hexs(16)))]
        if k == 1:
            return [L("letters_py").t("%s WARNING [letters.fonts] glyph fallback for font NotoSans-Regular.ttf codepoint U+1019 (Burmese); using NotoSansMyanmar" % pyts())]
        if k == 2:
            lines = [L("letters_py").t("%s ERROR [letters.worker] job %s failed" % (pyts(), "J%06d" % R.randint(1, 999999))),
                     L("letters_py").t("Traceback (most recent call last):"),
                     L("letters_py").t('  File "/opt/bsk/letters/render.py", line %d, in render_referral' % R.randint(150, 260)),
                     L("letters_py").t("    ctx = build_context(rec, lang=rec.lang)"),
                     L("letters_py").t('  File "/opt/bsk/letters/context.py", line %d, in build_context' % R.randint(40, 120)),
                     L("letters_py").t("    \"guardian_phone\": fmt_phone(rec[\"guardian\"][\"phone\"]),"),
                     L("letters_py").t("KeyError: 'phone'")]
            return lines
        return [L("letters_py").t("%s INFO [letters.mail] uploaded %d PDFs to lob.com batch ltr_%s cost_usd=%.2f" % (
            pyts(), R.randint(10, 90), hexs(14), R.uniform(8, 90)))]
    p = Person()
    k = R.randint(0, 2)
    if k == 0:
        ln = L("letters_py").t(pyts() + " INFO [letters.render] Rendered referral letter ").p(p.ref, "other_id").t(" for ").p(p.name(), "name")
        ln.t(" (guardian: ").p(p.gname(), "name").t(") -> /var/spool/letters/" + T[0].strftime("%Y-%m-%d") + "/").p(p.ref, "other_id").t(".pdf pages=2 lang=" + ch(["en", "es", "so"]))
        return [ln]
    if k == 1:
        ln = L("letters_py").t(pyts() + " INFO [letters.mail] queued mail piece to ").p(p.gname(), "name").t(", ")
        ln.p(p.street + ", " + p.city, "address").t(", OH ").p(p.zip, "zip").t(" re student ").p(p.sid, "other_id").t(" letter_date=").p(iso(T[0]), "date")
        return [ln]
    bad = "%d-02-30" % p.dob.year
    q = '"' if "'" in p.name() else "'"
    lines = [L("letters_py").t(pyts() + " ERROR [letters.consent] could not parse consent form ").p(p.consent, "other_id").t(" from scan inbox"),
             L("letters_py").t("Traceback (most recent call last):"),
             L("letters_py").t('  File "/opt/bsk/letters/consent_ocr.py", line 88, in parse_form'),
             L("letters_py").t("    dob = datetime.strptime(fields['dob'], '%Y-%m-%d')"),
             L("letters_py").t("ValueError: day is out of range for month: dob='").p(bad, "date").t("' student=" + q).p(p.name(), "name").t(q)]
    return lines


def g_optnet(phi):
    tick()
    ln = L("optnet").t("ts=%s level=" % ts_z())
    part, dr = ch(PARTNERS)
    if not phi:
        k = R.randint(0, 3)
        if k == 0:
            ln.t('info svc=optnet msg="partner availability synced" partner="%s" npi=%s slots=%d dur=%dms' % (part, npi(), R.randint(0, 40), R.randint(40, 900)))
        elif k == 1:
            ln.t('warn svc=optnet msg="upstream rate limited" upstream=api.eyefinity.example retry_after=30s req_id=%s' % hexs(16))
        elif k == 2:
            ln.t('info svc=optnet msg="provider directory refresh" providers=%d source=nppes version=2024.10.07 span_id=%s' % (R.randint(30, 60), hexs(16)))
        else:
            ln.t('info svc=optnet msg="partner contact updated" partner="%s" contact="%s" phone=614-%03d-%04d fax=614-%03d-%04d' % (
                part, dr, R.randint(201, 989), R.randint(0, 9999), R.randint(201, 989), R.randint(0, 9999)))
        return [ln]
    p = Person()
    ln.t('info svc=optnet msg="appointment booked" appt_id=A%07d partner="%s" partner_npi=%s patient_ref=' % (R.randint(1, 9999999), part, npi()))
    ln.p(p.bsk, "mrn").t(" voucher=").p(p.voucher, "other_id").t(" appt_date=").p(iso(future_date()), "date")
    ln.t(" slot=%02d:%s" % (R.randint(8, 17), ch(["00", "15", "30", "45"])))
    if R.random() < 0.5:
        ln.t(" chart_no=").p(ch(["EFE", "CVO", "VWK"]) + digits(6), "mrn")
    return [ln]


def g_lab(phi):
    tick()
    lo = "LO-%07d" % R.randint(3000000, 3999999)
    if not phi:
        k = R.randint(0, 2)
        if k == 0:
            return [L("lab_pipe").t("LABSTAT|%s|%s|SHIPPED|UPS|1Z%s%s|boxes=1" % (ts_z(), lo, hexs(6).upper(), digits(10)))]
        if k == 1:
            return [L("lab_pipe").t("LABSTAT|%s|%s|IN_SURFACING|station=SRF-%d|lot=PC%s" % (ts_z(), lo, R.randint(1, 6), digits(7)))]
        return [L("lab_pipe").t("LABINV|%s|SKU %s|onhand=%d|reorder_pt=%d|vendor=Essilor Kids" % (ts_z(), ch(FRAMES), R.randint(0, 300), R.randint(20, 60)))]
    p = Person()
    ln = L("lab_pipe").t("LABORD|%s|%s|" % (ts_z(), lo)).p(p.voucher, "other_id").t("|").p(p.name("lf"), "name").t("|DOB ").p(iso(p.dob), "date")
    ln.t("|FR:%s|OD %+.2f %+.2f x%03d|OS %+.2f %+.2f x%03d|PD %d|" % (ch(FRAMES), R.randint(-16, 12) * 0.25, -R.randint(0, 8) * 0.25, R.randint(1, 180),
                                                                      R.randint(-16, 12) * 0.25, -R.randint(0, 8) * 0.25, R.randint(1, 180), R.randint(48, 62)))
    if R.random() < 0.5:
        ln.t("SHIP:SCHOOL %s (attn %s)" % (p.school[1], ch(NURSES)))
    else:
        ln.t("SHIP:HOME ").p(p.gname(), "name").t(" ").p(p.street, "address").t(" ").p(p.city, "address").t(" OH ").p(p.zip, "zip")
    return [ln]


ISA_N = [100220]


def g_x12(phi):
    tick()
    ISA_N[0] += R.randint(1, 7)
    ctl = "%09d" % ISA_N[0]
    fam = "x12"
    if not phi:
        k = R.randint(0, 1)
        if k == 0:
            return [L(fam).t("ISA*00*          *00*          *ZZ*BSK8821        *ZZ*OHMCD          *%s*%s*^*00501*%s*0*P*:~" % (
                T[0].strftime("%y%m%d"), T[0].strftime("%H%M"), ctl)),
                    L(fam).t("GS*HC*BSK8821*OHMCD*%s*%s*%d*X*005010X222A1~" % (T[0].strftime("%Y%m%d"), T[0].strftime("%H%M"), ISA_N[0] % 10000)),
                    L(fam).t("ST*837*0001*005010X222A1~"),
                    L(fam).t("BHT*0019*00*%s*%s*%s*CH~" % (hexs(10).upper(), T[0].strftime("%Y%m%d"), T[0].strftime("%H%M"))),
                    L(fam).t("NM1*41*2*BRIGHTSIGHT KIDS ALLIANCE*****46*BSK8821~"),
                    L(fam).t("PER*IC*BILLING DEPT*TE*6145550142*EM*billing@brightsightkids.org~"),
                    L(fam).t("NM1*85*2*BRIGHTSIGHT KIDS ALLIANCE*****XX*%s~" % npi()),
                    L(fam).t("N3*1450 GATEWAY BLVD STE 210~"),
                    L(fam).t("N4*COLUMBUS*OH*432151234~")]
        return [L(fam).t("SE*%d*0001~" % R.randint(20, 400)), L(fam).t("GE*1*%d~" % (ISA_N[0] % 10000)), L(fam).t("IEA*1*%s~" % ctl)]
    p = Person()
    k = R.randint(0, 2)
    if k == 0:  # 837P subscriber loop
        sd = svc_date()
        acct = "BSK" + digits(8)
        return [L(fam).t("HL*%d*1*22*0~" % R.randint(2, 80)),
                L(fam).t("SBR*P*18*******MC~"),
                L(fam).t("NM1*IL*1*").p(up(p.last), "name").t("*").p(up(p.first), "name").t("****MI*").p(p.mcd, "health_plan").t("~"),
                L(fam).t("N3*").p(up(p.street), "address").t("~"),
                L(fam).t("N4*").p(up(p.city), "address").t("*OH*").p(p.zip, "zip").t("~"),
                L(fam).t("DMG*D8*").p(d8(p.dob), "date").t("*" + p.sex + "~"),
                L(fam).t("CLM*").p(acct, "account").t("*%d.00***03:B:1*Y*A*Y*Y~" % ch([25, 35, 45])),
                L(fam).t("HI*ABK:Z0101~"),
                L(fam).t("LX*1~"),
                L(fam).t("SV1*HC:%s*%d.00*UN*1***1~" % (ch(["99173", "99174", "92551", "99177"]), ch([10, 25, 35]))),
                L(fam).t("DTP*472*D8*").p(d8(sd), "date").t("~")]
    if k == 1:  # 835 remit
        return [L(fam).t("CLP*").p("BSK" + digits(8), "account").t("*1*%d.00*%d.00**MC*" % (35, R.choice([18, 22, 35]))).p(digits(13), "account").t("*11~"),
                L(fam).t("NM1*QC*1*").p(up(p.last), "name").t("*").p(up(p.first), "name").t("****MR*").p(p.mcd, "health_plan").t("~"),
                L(fam).t("DTM*232*").p(d8(svc_date()), "date").t("~"),
                L(fam).t("CAS*CO*45*%d.00~" % R.randint(5, 17))]
    # 271 eligibility
    return [L(fam).t("NM1*IL*1*").p(up(p.last), "name").t("*").p(up(p.first), "name").t("****MI*").p(p.mcd, "health_plan").t("~"),
            L(fam).t("DMG*D8*").p(d8(p.dob), "date").t("~"),
            L(fam).t("EB*1*IND*AL*MC*%s~" % ch(MCOS).upper()),
            L(fam).t("REF*6P*").p(p.mco_id, "health_plan").t("~")]


def rails_ts():
    return T[0].strftime("%Y-%m-%dT%H:%M:%S.") + "%06d" % T[0].microsecond


def g_rails(phi):
    tick()
    pid = R.randint(2000, 2400)
    req = str(uuid.UUID(int=R.getrandbits(128)))
    pre = "I, [%s #%d]  INFO -- : [%s] " % (rails_ts(), pid, req)
    nurse_ip = "10.40.%d.%d" % (R.randint(0, 9), R.randint(2, 250))
    if not phi:
        sc = ch(SCHOOLS)[0]
        k = R.randint(0, 2)
        if k == 0:
            return [L("rails").t(pre + 'Started GET "/schools/%s/dashboard" for %s at %s -0400' % (sc, nurse_ip, T[0].strftime("%Y-%m-%d %H:%M:%S"))),
                    L("rails").t(pre + "Processing by DashboardsController#show as HTML"),
                    L("rails").t(pre + "Completed 200 OK in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)" % (
                        R.randint(30, 400), R.uniform(10, 200), R.uniform(2, 90), R.randint(5000, 90000)))]
        if k == 1:
            return [L("rails").t(pre + '  Rendered schools/_referral_table.html.erb (Duration: %.1fms | Allocations: %d)' % (R.uniform(1, 40), R.randint(300, 9000)))]
        return [L("rails").t("W, [%s #%d]  WARN -- : [%s] Rack::Attack throttled login for nurse %s (%s)" % (rails_ts(), pid, req, ch(NURSES), nurse_ip))]
    p = Person()
    k = R.randint(0, 1)
    if k == 0:
        return [L("rails").t(pre + 'Started GET "').p("/schools/%s/students/%s/results" % (p.school[0], p.sid), "url").t('" for %s at %s -0400' % (nurse_ip, T[0].strftime("%Y-%m-%d %H:%M:%S"))),
                L("rails").t(pre + "Processing by StudentResultsController#show as HTML"),
                L("rails").t(pre + '  Parameters: {"school_id"=>"%s", "id"=>"' % p.school[0]).p(p.sid, "other_id").t('"}')]
    ln = L("rails").t(pre + '  Parameters: {"authenticity_token"=>"[FILTERED]", "followup"=>{"student_id"=>"').p(p.sid, "other_id")
    ln.t('", "last_name"=>"').p(p.last, "name").t('", "first_name"=>"').p(p.first, "name").t('", "contact_phone"=>"').p(p.phone("paren"), "phone")
    ln.t('", "outcome"=>"%s", "note"=>"' % ch(["glasses_received", "appt_scheduled", "parent_declined", "unable_to_reach"]))
    note_k = R.randint(0, 2)
    if note_k == 0:
        ln.t("lives w/ great-grandma (age ").p(str(R.randint(90, 97)), "age").t("), call after 4pm")
    elif note_k == 1:
        ln.t("seen ").p(us(svc_date()), "date").t(" at %s" % ch(PARTNERS)[0])
    else:
        ln.t("teacher %s reports squinting" % ch(TEACHERS))
    ln.t('"}, "commit"=>"Save"}')
    return [ln]


SMS_EN = "Hi {g}, {c}'s vision screening at {s} showed {c} may need an eye exam. Book free: {u} Reply STOP to opt out."
SMS_ES = "Hola {g}, la evaluación de la vista de {c} en {s} indica que necesita un examen. Reserve gratis: {u} Responda STOP para cancelar."


def g_twilio(phi):
    tick()
    sid = "SM" + hexs(32)
    acct = "AC" + hexs(32)
    if not phi:
        k = R.randint(0, 2)
        if k == 0:
            return [jline("twilio", O([("timestamp", ts_z(), None), ("level", "info", None), ("component", "sms-followup", None),
                                      ("msg", "campaign tick", None), ("campaign", "fall24-referral-nudge-%d" % R.randint(1, 3), None),
                                      ("queued", R.randint(0, 300), None), ("sent_last_min", R.randint(0, 60), None)]))]
        if k == 1:
            return [jline("twilio", O([("timestamp", ts_z(), None), ("level", "info", None), ("component", "sms-followup", None),
                                      ("msg", "status callback", None), ("MessageSid", sid, None), ("AccountSid", acct, None),
                                      ("MessageStatus", ch(["sent", "delivered", "undelivered"]), None), ("ErrorCode", ch([None, None, 30003, 30005]), None),
                                      ("From", "+16145550142", None)]))]
        return [jline("twilio", O([("timestamp", ts_z(), None), ("level", "warn", None), ("component", "sms-followup", None),
                                  ("msg", "carrier filtering rate above threshold", None), ("carrier", ch(["T-Mobile", "Verizon Wireless", "AT&T"]), None),
                                  ("rate", round(R.uniform(0.02, 0.09), 3), None), ("short_code", "72633", None)]))]
    p = Person()
    k = R.randint(0, 2)
    if k < 2:
        es = R.random() < 0.35
        u = "https://bsk.link/a/" + p.token
        tmpl = SMS_ES if es else SMS_EN
        # build body with labelled pieces
        ln = L("twilio").t('{"timestamp": "%s", "level": "info", "component": "sms-followup", "msg": "outbound", "MessageSid": "%s", "To": "' % (ts_z(), sid))
        ln.p(p.phone("e164"), "phone").t('", "From": "+16145550142", "Body": "')
        segs = []
        rest = tmpl
        while rest:
            i = rest.find("{")
            if i < 0:
                segs.append((rest, None)); break
            segs.append((rest[:i], None))
            key = rest[i + 1]
            rest = rest[i + 3:]
            segs.append({"g": (p.g_first, "name"), "c": (p.first, "name"), "s": (p.school[1], None), "u": (u, "url")}[key])
        for text, c in segs:
            enc = json.dumps(text, ensure_ascii=False)[1:-1]
            ln.v(enc, c)
        ln.t('", "lang": "%s"}' % ("es" if es else "en"))
        return [ln]
    # inbound reply
    body = ch(["YES", "Si", "we already have an appt on %s thx" % us(future_date()), "who is this", "Can you call me back? this is %s" % p.gname(),
               "She has glasses already, lost them. Is there a new voucher?"])
    ln = L("twilio").t('{"timestamp": "%s", "level": "info", "component": "sms-followup", "msg": "inbound", "MessageSid": "%s", "From": "' % (ts_z(), sid))
    ln.p(p.phone("e164"), "phone").t('", "To": "72633", "Body": "')
    if "appt on" in body:
        d = body.split("on ")[1].split(" ")[0]
        ln.t("we already have an appt on ").p(d, "date").t(" thx")
    elif body.startswith("Can you"):
        ln.t("Can you call me back? this is ").p(p.gname(), "name")
    else:
        ln.t(body)
    ln.t('", "matched_participant": "').p(p.bsk, "mrn").t('"}')
    return [ln]


HOSTS = ["app01.bsk.internal", "app02.bsk.internal", "db01.bsk.internal", "mail01.bsk.internal"]


def g_syslog(phi):
    tick()
    t = T[0].strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if T[0].day < 10 else T[0].strftime("%b %d %H:%M:%S")
    h = ch(HOSTS).split(".")[0]
    ln = L("syslog")
    if not phi:
        k = R.randint(0, 4)
        if k == 0:
            ln.t("%s %s sshd[%d]: Accepted publickey for deploy from 203.0.113.%d port %d ssh2: ED25519 SHA256:%s" % (
                t, h, R.randint(1000, 60000), R.randint(2, 250), R.randint(30000, 65000), base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode().rstrip("=")))
        elif k == 1:
            ln.t("%s %s CRON[%d]: (bskops) CMD (/opt/bsk/bin/nightly_export.sh --target medicaid >> /var/log/bsk/export.log 2>&1)" % (t, h, R.randint(1000, 60000)))
        elif k == 2:
            ln.t("%s %s kernel: [%d.%06d] EXT4-fs (nvme0n1p2): mounted filesystem with ordered data mode. Quota mode: none." % (t, h, R.randint(1000, 900000), R.randint(0, 999999)))
        elif k == 3:
            ln.t("%s mail01 postfix/smtp[%d]: %s: to=<referrals@eastsidefamilyeye.com>, relay=smtp.sendgrid.net[167.89.%d.%d]:587, delay=%.1f, status=sent (250 Ok: queued as %s)" % (
                t, R.randint(1000, 60000), hexs(10).upper(), R.randint(0, 255), R.randint(1, 254), R.uniform(0.2, 3), hexs(16)))
        else:
            ln.t("%s %s systemd[1]: Started screenright-api.service - ScreenRight API (v3.8.2)." % (t, h))
        return [ln]
    p = Person()
    ln.t("%s mail01 postfix/smtp[%d]: %s: to=<" % (t, R.randint(1000, 60000), hexs(10).upper())).p(p.email, "email")
    ln.t(">, relay=%s, delay=%.1f, status=%s" % (ch(["gmail-smtp-in.l.google.com[142.250.%d.27]:25" % R.randint(0, 255), "mx-aol.mail.gm0.yahoodns.net[67.195.%d.%d]:25" % (R.randint(0, 255), R.randint(1, 254))]),
                                               R.uniform(0.2, 4), ch(["sent (250 2.0.0 OK)", "deferred (421 4.7.0 Try again later)", "bounced (550 5.1.1 user unknown)"])))
    return [ln]


def g_hl7(phi):
    tick()
    fam = "hl7"
    ctrl = "BSK%s" % digits(10)
    msh = L(fam).t("MSH|^~\\&|SCREENRIGHT|BSK|EPIC|PRIMARYONE_HC|%s||ORU^R01^ORU_R01|%s|P|2.5.1" % (T[0].strftime("%Y%m%d%H%M%S"), ctrl))
    if not phi:
        return [msh if R.random() < 0.3 else L(fam).t("MSA|AA|%s|Message accepted" % ctrl)]
    p = Person()
    sd = svc_date()
    pid = L(fam).t("PID|1||").p(p.bsk, "mrn").t("^^^BSK^MR~").p(p.sid, "other_id").t("^^^CCSD^PI||").p(up(p.last), "name").t("^").p(up(p.first), "name")
    pid.t("||").p(d8(p.dob), "date").t("|" + p.sex + "|||").p(up(p.street), "address").t("^^").p(up(p.city), "address").t("^OH^").p(p.zip, "zip")
    pid.t("^USA||^PRN^PH^^1^").p(p.phone10[:3] + "^" + p.phone10[3:], "phone").t("|||||")
    nk1 = L(fam).t("NK1|1|").p(up(p.g_last), "name").t("^").p(up(p.g_first), "name").t("|MTH^Mother^HL70063|||^PRN^PH^^1^").p(p.phone10[:3] + "^" + p.phone10[3:], "phone")
    obr = L(fam).t("OBR|1|%s||99173^Visual acuity screen^CPT|||" % ("ORD" + digits(7))).p(d8(sd) + "0930", "date").t("|||||||||^%s" % ch(STAFF).replace(" ", "^"))
    obx1 = L(fam).t("OBX|1|ST|79880-1^Visual acuity Right eye^LN||%s||||||F" % ch(["20/20", "20/40", "20/63"]))
    obx2 = L(fam).t("OBX|2|ST|79881-9^Visual acuity Left eye^LN||%s||||||F" % ch(["20/20", "20/32", "20/50"]))
    return [msh, pid, nk1, obr, obx1, obx2]


def g_fhir(phi):
    tick()
    if not phi:
        return [jline("fhir", O([("resourceType", "OperationOutcome", None), ("issue", [O([("severity", "information", None), ("code", "informational", None),
                                                                                          ("diagnostics", "Bundle processed: %d entries, %d created, 0 errors" % (R.randint(5, 80), R.randint(1, 60)), None)])], None)]), compact=True)]
    p = Person()
    if R.random() < 0.5:
        o = O([("resourceType", "Observation", None), ("id", "obs-" + hexs(12), None), ("status", "final", None),
               ("code", O([("coding", [O([("system", "http://loinc.org", None), ("code", "98794-1", None), ("display", "Hearing screening result", None)])], None)]), None),
               ])
        ln = L("fhir")
        jemit(ln, o, None, False, ",", ":")
        ln.parts[-1] = (",", None)
        ln.t('"subject":{"reference":"Patient/').p(p.bsk, "mrn").t('","display":"').p(p.name(), "name").t('"},"effectiveDateTime":"')
        ln.p(iso(svc_date()), "date").t('","valueCodeableConcept":{"text":"%s"}}' % ch(["Pass", "Refer", "Rescreen"]))
        return [ln]
    o = O([("resourceType", "Patient", None), ("id", p.bsk, "mrn"),
           ("identifier", [O([("system", "urn:oid:2.16.840.1.113883.3.bsk.1", None), ("value", p.sid, "other_id")]),
                           O([("system", "https://medicaid.ohio.gov/id", None), ("value", p.mcd, "health_plan")])], None),
           ("name", [O([("family", p.last, "name"), ("given", [p.first], "name")])], None), ("birthDate", iso(p.dob), "date"),
           ("address", [O([("line", [p.street], "address"), ("city", p.city, "address"), ("district", p.county, "address"),
                           ("state", "OH", None), ("postalCode", p.zip, "zip")])], None),
           ("contact", [O([("relationship", [O([("text", "guardian", None)])], None), ("name", O([("text", p.gname(), "name")]), None),
                           ("telecom", [O([("system", "email", None), ("value", p.email, "email")])], None)])], None)])
    return [jline("fhir", o, compact=True, ea=True)]


def g_pg(phi):
    tick()
    pre = T[0].strftime("%Y-%m-%d %H:%M:%S.") + "%03d EDT [%d] " % (T[0].microsecond // 1000, R.randint(1000, 40000))
    if not phi:
        k = R.randint(0, 2)
        if k == 0:
            return [L("postgres").t(pre + "LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=%.3f s, total=%.3f s" % (
                R.randint(100, 9000), R.uniform(0.1, 9), R.randint(0, 5), R.uniform(1, 30), R.uniform(0, 1), R.uniform(1, 31)))]
        if k == 1:
            return [L("postgres").t(pre + "LOG:  automatic vacuum of table \"screening.public.screen_results\": index scans: 1, pages: 0 removed, %d remain" % R.randint(1000, 90000))]
        return [L("postgres").t(pre + "screenright@screening LOG:  duration: %.3f ms  statement: SELECT count(*) FROM screen_results WHERE school_id = %s AND outcome = 'REFER'" % (
            R.uniform(1, 900), ch(SCHOOLS)[0]))]
    p = Person()
    k = R.randint(0, 1)
    ln = L("postgres").t(pre + "screenright@screening LOG:  duration: %.3f ms  statement: " % R.uniform(1, 3000))
    if k == 0:
        ln.t("SELECT id, outcome FROM screen_results WHERE student_id = '").p(p.sid, "other_id").t("' AND screen_date >= '").p(iso(svc_date()), "date").t("'")
    else:
        ln.t("UPDATE guardians SET phone = '").p(p.phone("dash"), "phone").t("', email = '").p(p.email, "email").t("' WHERE participant_id = '").p(p.bsk, "mrn").t("'")
    return [ln]


def pad(s, n):
    s = s[:n]
    return s + " " * (n - len(s))


def g_fixed(phi):
    tick()
    if not phi:
        if R.random() < 0.5:
            return [L("fixed_width").t("HDR" + pad("BSK8821", 10) + T[0].strftime("%Y%m%d") + pad("OHIO VISION VOUCHER EXPORT", 40) + "V03" + "%06d" % R.randint(1, 999))]
        return [L("fixed_width").t("TRL" + "%08d" % R.randint(10, 900) + "%012d" % R.randint(100000, 9999999) + " " * 20 + "END")]
    p = Person()
    ln = L("fixed_width").t("DTL")
    vid = p.voucher.replace("-", "")
    ln.p(vid, "other_id").t(" " * (14 - len(vid)))
    ln.p(up(p.last)[:20], "name").t(" " * (20 - len(up(p.last)[:20])))
    ln.p(up(p.first)[:15], "name").t(" " * (15 - len(up(p.first)[:15])))
    ln.p(d8(p.dob), "date").t(p.sex).p(p.mcd, "health_plan").t("OH").p(p.zip, "zip")
    ln.t(pad(ch(["EXAM+GLASSES", "GLASSES ONLY", "EXAM ONLY"]), 14) + "%07d" % R.randint(3500, 14000) + ch(["A", "P", "R"]))
    return [ln]


def g_xml(phi):
    tick()
    if not phi:
        return [L("xml_sis").t('<?xml version="1.0"?><RosterAck batchId="RB-%s" district="CCSD" status="accepted" records="%d" rejected="%d" received="%s"/>' % (
            digits(6), R.randint(100, 900), R.randint(0, 6), ts_iso(False)))]
    p = Person()
    ln = L("xml_sis").t('<Student refId="%s"><LocalId>' % str(uuid.UUID(int=R.getrandbits(128))).upper()).p(p.sid, "other_id")
    ln.t("</LocalId><Name><LastName>").p(p.last, "name").t("</LastName><FirstName>").p(p.first, "name").t("</FirstName></Name><BirthDate>")
    ln.p(iso(p.dob), "date").t("</BirthDate><GradeLevel>%s</GradeLevel><SchoolId>%s</SchoolId><HomeAddress><Street>" % (p.grade, p.school[0]))
    ln.p(p.street.replace("&", "&amp;"), "address").t("</Street><City>").p(p.city, "address").t("</City><State>OH</State><Zip>").p(p.zip, "zip")
    ln.t("</Zip></HomeAddress><Guardian rel=\"%s\"><Name>" % ch(["Mother", "Father", "Grandmother", "Aunt"])).p(p.gname().replace("'", "&apos;"), "name")
    ln.t("</Name><Phone>").p(p.phone("dash"), "phone").t("</Phone></Guardian></Student>")
    return [ln]


def g_java(phi):
    tick()
    pre = T[0].strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (T[0].microsecond // 1000)
    if not phi:
        if R.random() < 0.5:
            return [L("java").t("%s  INFO 1 --- [claims-worker-%d] o.b.billing.ClaimSubmitter    : Batch 20241015-%02d submitted to OHMCD gateway, %d claims, ICN range pending" % (
                pre, R.randint(1, 4), R.randint(1, 9), R.randint(10, 400)))]
        return [L("java").t("%s ERROR 1 --- [claims-worker-%d] o.b.billing.ClaimSubmitter    : Submission failed for batch 20241015-%02d" % (pre, R.randint(1, 4), R.randint(1, 9))),
                L("java").t("java.net.SocketTimeoutException: Read timed out"),
                L("java").t("\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)"),
                L("java").t("\tat org.bsk.billing.gateway.OhmcdClient.post(OhmcdClient.java:142)"),
                L("java").t("\tat org.bsk.billing.ClaimSubmitter.submit(ClaimSubmitter.java:97)"),
                L("java").t("\t... 14 common frames omitted")]
    p = Person()
    return [L("java").t("%s  WARN 1 --- [claims-worker-%d] o.b.billing.ClaimValidator    : Rejected claim for " % (pre, R.randint(1, 4))).p(p.name("lf"), "name")
            .t(": subscriber id ").p(p.mcd[:-1], "health_plan").t(" has 11 digits"),
            L("java").t("org.bsk.billing.ValidationException: NM109 length 11 != 12 (member dob=").p(iso(p.dob), "date").t(")"),
            L("java").t("\tat org.bsk.billing.ClaimValidator.validateSubscriber(ClaimValidator.java:211)"),
            L("java").t("\tat org.bsk.billing.ClaimValidator.validate(ClaimValidator.java:64)")]


def g_chat(phi):
    tick()
    who = ch(STAFF_H)
    pre = "[%s] %s: " % (T[0].strftime("%H:%M"), who)
    if not phi:
        txt = ch(["van #2 (VIN %s) battery dead again, tow to Ricart Ford, 4255 S Hamilton Rd" % vin(),
                  "reminder: %s screening day moved to Thursday, need 3 volunteers" % ch(SCHOOLS)[1],
                  "photoscreener VS100-%06d flagged low battery, swapping for spare" % R.randint(10000, 99999),
                  "Dr. Raman's office says they can take 12 more voucher kids in Nov, fax 614-%03d-%04d" % (R.randint(201, 989), R.randint(0, 9999)),
                  "lab says order LO-%07d is backordered on SPARKLE K2 frames" % R.randint(3000000, 3999999),
                  "deploying tablet app 3.8.3 tonight, please sync before 6pm"])
        return [L("chat").t(pre + txt)]
    p = Person()
    ln = L("chat").t(pre)
    k = R.randint(0, 2)
    if k == 0:
        ln.t("can someone call the mom of ").p(p.name(), "name").t(" (%s, gr %s)? %s at " % (p.school[1], p.grade, ch(["number is", "she's"]))).p(p.phone("dot"), "phone")
    elif k == 1:
        ln.t("voucher pickup: grandpa showed DL OH ").p(ch("ABCDEFGHJKLMNPRSTUVWXYZ") + ch("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(6), "license")
        ln.t(" for ").p(p.first, "name").t(", voucher ").p(p.voucher, "other_id").t(" marked redeemed")
    else:
        ln.t("security asked about a grey Civic plate ").p(ch("ABCDEFGHJKLMNPRSTUVWXYZ") + ch("ABCDEFGHJKLMNPRSTUVWXYZ") + ch("ABCDEFGHJKLMNPRSTUVWXYZ") + " " + digits(4), "vehicle")
        ln.t(" in the bus lane - it's ").p(p.gname(), "name").t(", waiting for ").p(p.first, "name").t("'s rescreen")
    return [ln]


def g_deploy(phi):
    tick()
    return [L("deploy").t(ch([
        "%s deploy[runner-7]: image ghcr.io/brightsightkids/screenright-api:3.8.2-b412 digest sha256:%s pushed" % (ts_z(), hexs(64)),
        "%s kubelet: Pod sms-followup-%s-%s Readiness probe succeeded after %dms" % (ts_z(), hexs(9), hexs(5), R.randint(10, 900)),
        "%s gha[build #%d]: pytest 412 passed, 3 skipped in %.2fs (commit %s by lhartmann)" % (ts_z(), R.randint(3000, 3999), R.uniform(30, 200), hexs(40)),
        "%s argocd: app optnet sync status Synced revision %s health Healthy" % (ts_z(), hexs(7)),
        "%s certbot: renewed certificate for consent.brightsightkids.org expires 2025-01-13" % ts_z()]))]


def g_pay(phi):
    tick()
    o = O([("t", ts_z(), None), ("level", "info", None), ("logger", "payments.gateway", None)])
    if not phi:
        o += O([("msg", "charge succeeded", None), ("charge", "ch_" + hexs(24), None), ("amount", ch([1500, 2500, 4000]), None),
                ("currency", "usd", None), ("card_last4", digits(4), None), ("card_fp", hexs(16), None), ("sku", "UPG-POLY-AR", None)])
        return [jline("payments", o)]
    p = Person()
    o[1] = ("level", "error", None)
    o += O([("msg", "tokenization failed, raw request logged", None), ("payer_name", p.gname(), "name"),
            ("pan", card(R.random() < 0.8), "account"), ("exp", "%02d/%02d" % (R.randint(1, 12), R.randint(25, 30)), None),
            ("billing_zip", p.zip, "zip"), ("voucher", p.voucher, "other_id")])
    return [jline("payments", o)]


def g_consentapp(phi):
    tick()
    o = O([("@timestamp", ts_iso(), None), ("log.level", "info", None), ("service.name", "consent-api", None)])
    if not phi:
        o += O([("message", "consent form template published", None), ("form", "ODH-VH-2024-%s" % ch(["EN", "ES", "SO", "NE", "AR"]), None),
                ("version", "2024.09.3", None), ("trace.id", hexs(32), None)])
        return [jline("consent_api", o, compact=True)]
    p = Person()
    o += O([("message", "consent signed", None), ("consent_id", p.consent, "other_id"), ("student_id", p.sid, "other_id"),
            ("signed_by", p.gname(), "name"), ("relationship", ch(["mother", "father", "grandmother", "foster parent"]), None),
            ("signed_on", iso(T[0]), "date"), ("client.ip", p.ip, "ip"),
            ("device_id", p.dev, "device"), ("decision", ch(["opt_in", "opt_in", "opt_out"]), None), ("trace.id", hexs(32), None)])
    if R.random() < 0.5:
        o[3] = ("message", "benefits referral submitted (Medicaid application assist)", None)
        o.insert(6, ("child_ssn", ssn(), "ssn"))
    return [jline("consent_api", o, compact=True)]


GENS = [(g_tablet, 10), (g_spot, 6), (g_photo, 4), (g_audio, 6), (g_nginx, 9), (g_letters, 5), (g_optnet, 6),
        (g_lab, 6), (g_x12, 2), (g_rails, 5), (g_twilio, 8), (g_syslog, 6), (g_hl7, 2), (g_fhir, 4),
        (g_pg, 5), (g_fixed, 3), (g_xml, 3), (g_java, 2), (g_chat, 6), (g_deploy, 4), (g_pay, 3), (g_consentapp, 5)]
P_PHI = 0.5
N = 500


def main():
    lines = []
    fns = [g for g, _ in GENS]
    ws = [w for _, w in GENS]
    while len(lines) < N:
        g = R.choices(fns, ws)[0]
        rec = g(R.random() < P_PHI)
        if len(lines) + len(rec) > N:
            continue
        lines.extend(rec)
    out_log = []
    out_lab = []
    for i, ln in enumerate(lines, 1):
        b, spans = render(ln)
        if b"\n" in b or b"\r" in b or not b.strip():
            raise SystemExit("bad line %d" % i)
        last = 0
        for sp in spans:
            s, e = sp["s"], sp["e"]
            if not (0 <= s < e <= len(b)):
                raise SystemExit("span bounds line %d %r" % (i, sp))
            if s < last:
                raise SystemExit("overlap line %d %r" % (i, sp))
            last = e
            if b[s:e].decode("utf-8") != sp["_v"]:
                raise SystemExit("span text mismatch line %d %r" % (i, sp))
            if sp["_v"] != sp["_v"].strip():
                raise SystemExit("span whitespace line %d %r" % (i, sp))
        out_log.append(b)
        out_lab.append(json.dumps({"line": i, "family": ln.fam,
                                   "spans": [{"s": s["s"], "e": s["e"], "cat": s["cat"]} for s in spans]}))
    with open(ID + ".log", "wb") as f:
        f.write(b"\n".join(out_log) + b"\n")
    with open(ID + ".labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_lab) + "\n")


if __name__ == "__main__":
    main()
