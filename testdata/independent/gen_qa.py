#!/usr/bin/env python3
"""Synthetic labeled log corpus "qa": Marlow County (WA) Harbor Sobering Center
and Harbor Street Exchange syringe-services program (SSP).

All people, numbers and places are invented. Standard library only, fixed seed:
two runs give byte-identical qa.log and qa.labels.jsonl in the current dir.

Systems simulated (one physical line per log line, interleaved by time as a
county SIEM / log-shipper export would hold them):
  kiosk      intake kiosk app, pino-style JSON (sessions, ID scan, photo,
             fingerprint enrolment, returning-client match, printer/heartbeat)
  logcat     Android logcat from outreach-van tablets (OutreachSync app)
  narcan     naloxone distribution log, CSV rows (DIST / RESTOCK / LEAVEBEHIND)
  hl7        HL7 v2.5.1 ADT^A04 and REF^I12 via Mirth, one segment per line,
             plus Mirth channel log lines
  fhir       FHIR R4 JSON (Patient, ServiceRequest, OperationOutcome, Bundle)
  nginx      access log of the referral portal / public self-referral site
  syslog     RFC3164 syslog (ufw, sshd, CRON, postfix)
  logfmt     bedboard service (Go, logfmt): census, bed assignment, discharge,
             wearable issue, law-enforcement drop-offs
  pglog      PostgreSQL server log with statements / errors
  sms        Twilio webhook form bodies (inbound/outbound SMS), campaign stats
  java       referral-service (Spring) errors with stack traces, one frame/line
  casenote   free-text shift log of sobering-center nurses/EMTs
  x12        X12 270 eligibility request to WA HCA, one segment per line
  hmis       HMIS CSV export rows, pipe-delimited (Client, Enrollment, Project)
  odmap      XML overdose-event submissions to the state ODMAP feed
  bac        fixed-width breath-alcohol instrument export (tests, calibrations)
  badge      door-access key=value events (staff badges)
  chat       Teams message export JSON (staff chat)
  ssp        SSP vendor (SyringeTrack) pipe key=value transactions/inventory
  vangps     vehicle telematics JSON for outreach vans (org vehicles)

Labeling decisions (grey cases, applied consistently):
  * Clients/participants of the sobering center and SSP, and their relatives
    and emergency contacts, are the protected persons. Staff, deputies and
    police officers (names, badge numbers), clinicians (names, NPIs), vendors,
    partner clinics and the county's own sites, phones, emails, vans (VIN,
    plates, telematics coordinates) are NOT PHI.
  * Sobering-center client IDs (HSC-nnnnnn), BAC "subject" IDs and FHIR
    Patient ids -> mrn. Encounter / visit / episode numbers (V..., OE-...)
    -> account. Incentive gift-card numbers -> account.
  * SSP anonymous participant codes (mother's initials + birth month/day +
    last initial, e.g. MA0702D), HMIS PersonalID (32-hex) and EnrollmentID,
    referral IDs, law-enforcement incident numbers about the client,
    naloxone kit barcodes when tied to a recipient, and person-linked
    pseudonym hashes (client_hash) -> other_id. Hex HMIS IDs are labeled even
    though they look like trace IDs; trace/span IDs and request UUIDs are not.
  * Any date tied to a client (DOB, admit, discharge, service/distribution
    date, test date, overdose event time, referral authoredOn, licence
    expiry) -> date, also in anonymous-recipient rows. The log record's own
    timestamp, message-header times (MSH-7, BHT, ISA), calibration and
    restock dates are not labeled.
  * Ages: only > 89 labeled (age). Lower ages are left unlabeled.
  * Geography: client home address, camp/sleeping location descriptions and
    GPS coordinates of an encounter or overdose event -> address (lat and
    lon are separate spans; street and city are separate spans when they are
    separate fields). ZIP always its own zip span. Van telemetry positions
    and org site addresses are not PHI. Zip-only in anonymous naloxone rows
    -> zip.
  * IPs: staff workstations/servers (10.x, org public) not PHI; the source IP
    of requests to client-facing endpoints (/selfref, /optin, /portal) -> ip.
  * URL paths holding a client id: the id itself is labeled (mrn / other_id),
    not the whole URL. Query-string names/dates are labeled where their
    (percent-encoded) bytes are. A personal page URL of a client -> url.
  * Client phone numbers in E.164 / percent-encoded form are labeled where
    their bytes are (e.g. %2B13605550199). Org short codes not PHI.
  * Names split into components (HL7 XPN, X12 NM1, JSON given/family) are one
    span per component; a client's first name alone in free text -> name.
  * SSNs: valid-rule and invalid typed values in an SSN field -> ssn;
    placeholders 000-00-0000 / 999999999 (HMIS "not collected") not labeled.
  * Overdose-alert wearables issued to a client: serial -> device. Kiosk,
    tablets, breathalyzer serials are org devices (not PHI).
  * Kiosk face photo base64 -> photo; fingerprint template base64 -> biometric.
  * Client's own vehicle plate/VIN -> vehicle.
  * Driver's licence / state ID numbers -> license.
  * ProviderOne (WA Medicaid) IDs, MBIs, MCO member IDs -> health_plan.
"""
import base64
import datetime as dt
import hashlib
import json
import random
import string
import sys
import urllib.parse

R = random.Random(20240314)
ID = "qa"
N_LINES = 500
TZ = dt.timezone(dt.timedelta(hours=-7))


# ----------------------------------------------------------------- builder
class B:
    def __init__(self, family):
        self.family = family
        self.buf = []
        self.n = 0
        self.spans = []

    def t(self, x):
        x = str(x)
        self.buf.append(x)
        self.n += len(x.encode("utf-8"))
        return self

    def p(self, x, cat):
        x = str(x)
        if cat is None:
            return self.t(x)
        b = len(x.encode("utf-8"))
        self.spans.append((self.n, self.n + b, cat, x))
        self.buf.append(x)
        self.n += b
        return self

    def line(self):
        return "".join(self.buf)


class P:
    """A PHI value inside a structure written by jdump/kv."""
    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


def jesc(s, ea=False):
    return json.dumps(s, ensure_ascii=ea)[1:-1]


def jdump(b, o, ea=False, sep=(",", ":")):
    if isinstance(o, P):
        if isinstance(o.v, str):
            b.t('"').p(jesc(o.v, ea), o.cat).t('"')
        else:
            b.p(json.dumps(o.v), o.cat)
    elif isinstance(o, dict):
        b.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                b.t(sep[0])
            b.t(json.dumps(k, ensure_ascii=ea)).t(sep[1])
            jdump(b, v, ea, sep)
        b.t("}")
    elif isinstance(o, list):
        b.t("[")
        for i, v in enumerate(o):
            if i:
                b.t(sep[0])
            jdump(b, v, ea, sep)
        b.t("]")
    else:
        b.t(json.dumps(o, ensure_ascii=ea))


def seq(b, parts):
    """parts: list of str or P(value, cat) written in order."""
    for x in parts:
        if isinstance(x, P):
            b.p(x.v, x.cat)
        else:
            b.t(x)
    return b


# ----------------------------------------------------------- check digits
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
    body = prefix + "".join(R.choice(string.digits) for _ in range(length - len(prefix) - 1))
    return body + luhn_digit(body)


def npi():
    body = str(R.randint(1, 2)) + "".join(R.choice(string.digits) for _ in range(8))
    return body + luhn_digit("80840" + body)


def ssn(valid=True):
    if valid:
        while True:
            a = R.randint(1, 899)
            if a != 666:
                break
        return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))
    return "666-%02d-%04d" % (R.randint(1, 99), R.randint(1, 9999))


VIN_MAP = {**{str(d): d for d in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
           "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(wmi):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(wmi + "".join(R.choice(al) for _ in range(5)) + "0" + R.choice("LMNPR") +
             R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + "".join(R.choice(string.digits) for _ in range(6)))
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W))
    r = s % 11
    v[8] = "X" if r == 10 else str(r)
    return "".join(v)


def mbi():
    A = "ACDEFGHJKMNPQRTUVWXY"
    N = string.digits
    AN = A + N
    pat = [("123456789"), A, AN, N, A, AN, N, A, A, N, N]
    return "".join(R.choice(x) for x in pat)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


# ------------------------------------------------------------------ people
FIRST_F = ["Marisol", "Tuyet", "Siobhan", "Grace", "Joy", "Faith", "Rosa", "Ngozi", "Priya",
           "Leilani", "Aaliyah", "Esperanza", "Autumn", "Precious", "Hana", "Dolores",
           "Winona", "Ximena", "Oksana", "Ebony", "Renée", "Zoë", "Summer", "Brandy"]
FIRST_M = ["Dante", "Kwame", "Hunter", "Jamal", "Bao", "Wyatt", "Iker", "Dmitri", "Tavita",
           "Colt", "Mateo", "Yusuf", "Ronan", "Thanh", "Cruz", "Calvin", "Rusty", "Lonnie",
           "Major", "Earl", "Sione", "José", "Tyrell", "Cody"]
LAST = ["Whitehorse", "Nguyen-Baptiste", "Okonkwo", "Delgado-Ruiz", "Price", "Bishop", "Summers",
        "Little", "Fox", "Baker", "Stone", "Rivers", "O'Shea", "Van der Berg", "St. Clair",
        "Mäkinen", "Ibáñez", "Kaʻahanui", "Hollowell", "Tsosie", "Grandchamp", "Bright",
        "Young", "Golden", "Church", "Law", "Fa'amausili", "Pham", "Running Crane",
        "García Márquez", "Lightfoot", "Moss", "Wolfe-Harjo", "Castillo", "Sandoval", "Kowalczyk",
        "Mendez", "Hart", "Lucero", "Redcloud", "Brandt"]
STREETS = ["Alder St", "Bay View Rd", "Pacific Ave", "Wharf Rd", "Sylvan Way", "Fircrest Dr",
           "Madrona Ln", "Ferry Landing Rd", "Old Mill Rd", "5th St", "Kitsap Ave", "Harrison Ave",
           "Burwell St", "Lund Ave", "Olympic Blvd", "Cedar Heights Dr"]
CITIES = [("Port Ellery", ["98367", "98366"]), ("Kessler", ["98312", "98311"]),
          ("Shilo Bay", ["98337"]), ("Alder Flats", ["98359"]), ("Manchester Point", ["98353"])]
CAMPS = ["Hwy 3 underpass by Kessler exit", "tent behind Safeway on Bay St", "woods off Ferry Landing Rd",
         "RV on Lund Ave near the park", "doorway at 5th & Pacific", "car at Wharf Rd boat launch",
         "greenbelt behind Fircrest Dr"]
REL = [("MTH", "Mother"), ("SIS", "Sister"), ("BRO", "Brother"), ("FTH", "Father"),
       ("SPO", "Spouse"), ("FND", "Friend"), ("DAU", "Daughter"), ("GRM", "Grandmother")]


def phone():
    return "360", "555", "%04d" % R.randint(100, 199)


def fmt_phone(ph, style):
    a, b, c = ph
    return {"paren": "(%s) %s-%s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c),
            "hl7": "(%s)%s-%s" % (a, b, c), "e164": "+1%s%s%s" % (a, b, c),
            "dots": "%s.%s.%s" % (a, b, c), "plain": "%s%s%s" % (a, b, c)}[style]


def dl_no():
    al = string.ascii_uppercase + string.digits
    return "WDL" + "".join(R.choice(al) for _ in range(9))


class Client:
    pass


def mk_client(i):
    c = Client()
    c.sex = R.choice("MF")
    c.first = R.choice(FIRST_M if c.sex == "M" else FIRST_F)
    c.last = R.choice(LAST)
    c.middle = R.choice(["", "", "A", "Lee", "Marie", "J", "Rose", "T"])
    if i % 13 == 5:
        y = R.randint(1929, 1934)  # > 89 in 2024
    else:
        y = R.randint(1955, 2004)
    c.dob = dt.date(y, R.randint(1, 12), R.randint(1, 28))
    c.age = 2024 - y - (1 if (c.dob.month, c.dob.day) > (3, 14) else 0)
    c.street = "%d %s" % (R.randint(10, 9899), R.choice(STREETS))
    c.unit = R.choice(["", "", "", "Apt %d" % R.randint(1, 40), "Unit %s" % R.choice("ABCD"), "Lot %d" % R.randint(1, 60)])
    c.city, zips = R.choice(CITIES)
    c.zip = R.choice(zips)
    c.homeless = R.random() < 0.45
    c.camp = R.choice(CAMPS)
    c.phone = phone()
    c.cid = "HSC-%06d" % R.randint(1000, 48000)
    c.p1 = "%09dWA" % R.randint(100000000, 299999999)
    c.mbi = mbi() if c.age >= 64 else None
    c.mco = "%010d" % R.randint(1000000000, 9999999999)
    c.ssn = ssn(R.random() < 0.9)
    c.dl = dl_no()
    mom = R.choice(FIRST_F)
    c.ssp = (mom[:2].upper() + "%02d%02d" % (c.dob.month, c.dob.day) + c.last[0].upper())
    c.hmis = hexs(32).upper()
    c.enroll = str(R.randint(100000, 999999))
    c.hh = hexs(8).upper()
    handle = (c.first[:1] + c.last.split()[0].split("-")[0]).lower()
    handle = handle.encode("ascii", "ignore").decode().replace("'", "").replace(".", "")
    c.email = "%s%d@%s" % (handle, c.dob.year % 100, R.choice(["gmail.com", "yahoo.com", "outlook.com", "icloud.com"]))
    rc, rn = R.choice(REL)
    c.ec_rel = (rc, rn)
    c.ec_first = R.choice(FIRST_F + FIRST_M)
    c.ec_last = c.last if rc in ("MTH", "SIS", "BRO", "FTH", "GRM") and R.random() < 0.7 else R.choice(LAST)
    c.ec_phone = phone()
    c.plate = "".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)) + "%04d" % R.randint(1000, 9999)
    c.vin = vin(R.choice(["1FA", "1G1", "2T1", "JHM", "1N4", "3VW"]))
    c.wearable = "BRV2-%s" % hexs(6).upper()
    c.giftcard = card(R.choice(["4", "5"]))
    c.ip = "%d.%d.%d.%d" % (R.choice([73, 67, 24, 97, 174, 71, 50]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    return c


CLIENTS = [mk_client(i) for i in range(46)]


def cl():
    return R.choice(CLIENTS)


class Staff:
    def __init__(self, first, last, role, user):
        self.first, self.last, self.role, self.user = first, last, role, user
        self.npi = npi()
        self.badge = "%06d" % R.randint(1000, 48000)
        self.ini = first[0] + last[0]


STAFF = [Staff("Kofi", "Oduya", "RN", "koduya"), Staff("Dana", "Hollis", "EMT", "dhollis"),
         Staff("Marguerite", "Szabo", "MD", "mszabo"), Staff("Luis", "Carranza", "Peer", "lcarranza"),
         Staff("Jun", "Takahashi", "CM", "jtakahashi"), Staff("Bree", "Whitfield", "SSP", "bwhitfield"),
         Staff("Amara", "Diallo", "LPN", "adiallo"), Staff("Tomasz", "Wrona", "IT", "twrona"),
         Staff("Rocío", "Benavides", "Peer", "rbenavides"), Staff("Grant", "Ashby-Cole", "EMT", "gashbycole")]
MD = STAFF[2]
CLIN = [s for s in STAFF if s.role in ("RN", "EMT", "LPN", "MD")]
NURS = [s for s in STAFF if s.role in ("RN", "EMT", "LPN")]
OUTR = [s for s in STAFF if s.role in ("Peer", "SSP", "CM")]
OFFICERS = [("Dep.", "R. Castellanos", "4471", "MCSO"), ("Ofc.", "P. Lindqvist", "228", "PEPD"),
            ("Dep.", "T. Mwangi", "3902", "MCSO"), ("Ofc.", "S. Karlsson-Webb", "311", "KPD")]
VANS = [("OUTREACH VAN 1", vin("1FT"), "C61022W"), ("OUTREACH VAN 2", vin("1FT"), "C61023W")]
ORG_ADDR = "1420 Industrial Way, Port Ellery, WA 98367"
SSP_ADDR = "611 Bay St Ste B, Port Ellery, WA 98367"
ORG_PHONE = "(360) 555-0140"
NARCAN_LOTS = ["TKW1183", "TKW1207", "3N81C22", "GXR0452"]
FTS_LOTS = ["FYL-23K15", "FYL-24A02"]

NOW = dt.datetime(2024, 3, 14, 5, 58, 12, 0, TZ)


def mask_date_fmt(d, style):
    return {"iso": d.strftime("%Y-%m-%d"), "us": d.strftime("%m/%d/%Y"), "hl7": d.strftime("%Y%m%d"),
            "us_short": "%d/%d/%02d" % (d.month, d.day, d.year % 100)}[style]


def svc_dt(now, back_min=(5, 60)):
    return now - dt.timedelta(minutes=R.randint(*back_min), seconds=R.randint(0, 59))


# --------------------------------------------------------------- systems
def g_kiosk(now, phi):
    b = B("kiosk_json")
    host = R.choice(["hsc-kiosk-01", "hsc-kiosk-02"])
    base = {"level": 30, "time": int(now.timestamp() * 1000) + R.randint(0, 999), "pid": R.choice([2211, 2214, 1876]),
            "hostname": host}
    sid = uuid4()
    if not phi:
        k = R.choice(["hb", "printer", "start", "timeout", "update", "lang"])
        if k == "hb":
            o = {**base, "msg": "heartbeat", "uptime_s": R.randint(3000, 900000), "rss_mb": R.randint(180, 420),
                 "app": "sober-intake", "v": "3.8.2"}
        elif k == "printer":
            o = {**base, "level": 40, "msg": "printer status", "printer": "Zebra ZD421", "status": R.choice(["paper_low", "ready", "head_open"]),
                 "serial": "D3J%07d" % R.randint(1000000, 9999999)}
        elif k == "start":
            o = {**base, "msg": "session started", "session_id": sid, "lang": R.choice(["en", "es", "vi", "ru", "sm"]),
                 "entry": R.choice(["walk_in", "le_dropoff", "ems"])}
        elif k == "timeout":
            o = {**base, "level": 40, "msg": "session timeout", "session_id": sid, "step": R.choice(["consent", "screening", "belongings"]),
                 "idle_ms": R.randint(120000, 300000)}
        elif k == "update":
            o = {**base, "msg": "update check", "current": "3.8.2", "latest": "3.8.3", "build": "20240311.4",
                 "sha": hexs(40), "channel": "stable"}
        else:
            o = {**base, "msg": "consent form rendered", "form": "HSC-CONSENT-07", "rev": "2023-11", "lang": "es", "pages": 2}
        jdump(b, o)
        return [b]
    c = cl()
    k = R.choice(["intake", "idscan", "photo", "finger", "match", "ec"])
    if k == "intake":
        o = {**base, "msg": "intake submitted", "session_id": sid,
             "client": {"given": P(c.first, "name"), "family": P(c.last, "name"), "dob": P(mask_date_fmt(c.dob, "iso"), "date"),
                        "phone": P(fmt_phone(c.phone, "dash"), "phone") if R.random() < 0.6 else None,
                        "housing": "unsheltered" if c.homeless else "housed"},
             "screen": {"ciwa": R.randint(0, 14), "suicide_risk": "low"}}
        if c.age > 89:
            o["client"]["age"] = P(c.age, "age")
        else:
            o["client"]["age"] = c.age
    elif k == "idscan":
        exp = dt.date(R.randint(2024, 2030), c.dob.month, c.dob.day)
        o = {**base, "msg": "id scan parsed", "session_id": sid, "reader": "HID DL-Scan 2.1", "aamva": {
            "DAQ": P(c.dl, "license"), "DCS": P(c.last.upper(), "name"), "DAC": P(c.first.upper(), "name"),
            "DBB": P(c.dob.strftime("%m%d%Y"), "date"), "DBA": P(exp.strftime("%m%d%Y"), "date"),
            "DAG": P(c.street.upper(), "address"), "DAI": P(c.city.upper(), "address"), "DAJ": "WA",
            "DAK": P(c.zip + "0000", "zip")}}
    elif k == "photo":
        raw = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0, 16]) + b"JFIF\x00\x01\x01" + bytes(R.randrange(256) for _ in range(51))
        o = {**base, "msg": "photo captured", "session_id": sid, "client_id": P(c.cid, "mrn"), "mime": "image/jpeg",
             "w": 480, "h": 640, "b64": P(base64.b64encode(raw).decode(), "photo"), "truncated": True}
    elif k == "finger":
        raw = b"FMR\x00 20\x00" + bytes(R.randrange(256) for _ in range(42))
        o = {**base, "msg": "fingerprint enrolled", "session_id": sid, "client_id": P(c.cid, "mrn"),
             "scanner": "DigitalPersona U.are.U 4500", "fmt": "ISO19794-2", "quality": R.randint(55, 98),
             "template": P(base64.b64encode(raw).decode(), "biometric")}
    elif k == "match":
        o = {**base, "msg": "returning client matched", "session_id": sid, "client_id": P(c.cid, "mrn"),
             "method": R.choice(["fingerprint", "dob+name", "id_scan"]), "score": round(R.uniform(0.86, 0.99), 3),
             "last_visit": P(mask_date_fmt(c.dob.replace(year=2024, month=R.randint(1, 2), day=R.randint(1, 28)), "iso"), "date")}
    else:
        o = {**base, "msg": "emergency contact saved", "session_id": sid, "client_id": P(c.cid, "mrn"),
             "ec": {"name": P("%s %s" % (c.ec_first, c.ec_last), "name"), "rel": c.ec_rel[1].lower(),
                    "phone": P(fmt_phone(c.ec_phone, "paren"), "phone")}}
    o = {k2: v for k2, v in o.items()}
    if isinstance(o.get("client"), dict):
        o["client"] = {k2: v for k2, v in o["client"].items() if v is not None}
    jdump(b, o, ea=R.random() < 0.5)
    return [b]


def g_logcat(now, phi):
    b = B("logcat")
    pid = R.choice([4321, 4388, 5120])
    pre = "%s  %d  %d " % (now.strftime("%m-%d %H:%M:%S.") + "%03d" % R.randint(0, 999), pid, pid + R.randint(1, 80))
    if not phi:
        k = R.choice(["sync", "batt", "lte", "gps", "auth", "crash"])
        msg = {"sync": "I OutreachSync: batch %d uploaded: %d records, %d bytes in %dms" % (R.randint(1, 40), R.randint(1, 25), R.randint(2000, 90000), R.randint(300, 4000)),
               "batt": "I BatteryService: level=%d temp=%.1fC plugged=%s" % (R.randint(15, 100), R.uniform(25, 41), R.choice(["AC", "none", "USB"])),
               "lte": "D RILJ: [UNSOL]< SIGNAL_STRENGTH rsrp=%d rsrq=%d cell=310-260-0x%04X" % (-R.randint(85, 118), -R.randint(5, 15), R.randint(0, 65535)),
               "gps": "I LocationManager: fix provider=gps acc=%dm sats=%d" % (R.randint(3, 40), R.randint(4, 14)),
               "auth": "I OutreachAuth: token refreshed for %s exp=3600s" % R.choice(OUTR).user,
               "crash": "W OutreachSync: retry %d/5 after java.net.UnknownHostException: api.hsc.co.marlow.wa.us" % R.randint(1, 5)}[k]
        b.t(pre + msg)
        return [b]
    c = cl()
    k = R.choice(["enc", "new", "kit"])
    b.t(pre)
    if k == "enc":
        lat = "%.5f" % R.uniform(47.50, 47.62)
        lon = "%.5f" % R.uniform(-122.72, -122.58)
        seq(b, ["I OutreachSync: encounter saved enc=", P("OE-24-%05d" % R.randint(100, 9999), "account"), " client=", P(c.cid, "mrn"),
                " loc=", P(lat, "address"), ",", P(lon, "address"), " items=naloxone x%d, fts x%d" % (R.randint(1, 3), R.choice([5, 10, 20]))])
    elif k == "new":
        seq(b, ["I ContactForm: new contact name=\"", P("%s %s" % (c.first, c.last), "name"), "\" dob=", P(mask_date_fmt(c.dob, "iso"), "date"),
                " sleeps=\"", P(c.camp, "address"), "\" staff=", R.choice(OUTR).user])
    else:
        seq(b, ["I KitScanner: barcode ", P("NX%08d" % R.randint(10000000, 99999999), "other_id"), " assigned to ", P(c.ssp, "other_id"),
                " lot=", R.choice(NARCAN_LOTS)])
    return [b]


def g_narcan(now, phi):
    b = B("narcan_csv")
    site = R.choice(["VAN1", "VAN2", "FIXED", "HSC"])
    st = R.choice(OUTR + NURS)
    lot = R.choice(NARCAN_LOTS)
    exp = "2026-%02d" % R.randint(1, 12)
    if not phi:
        if R.random() < 0.5:
            b.t("RESTOCK,RS-%s-%03d,%s,%s,%s,+%d,69547-0353-02,%s,%s,PO 4500%06d,Emergent BioSolutions" % (
                now.strftime("%y%m%d"), R.randint(1, 99), now.strftime("%Y-%m-%d"), site, st.ini, R.choice([24, 48, 72]), lot, exp, R.randint(0, 999999)))
        else:
            b.t("LEAVEBEHIND,LB-%s-%03d,%s,%s,%s,%d,69547-0353-02,%s,%s,%s,business" % (
                now.strftime("%y%m%d"), R.randint(1, 99), now.strftime("%Y-%m-%d"), site, st.ini, R.randint(2, 6), lot, exp,
                R.choice(["Bay St Chevron", "Port Ellery Library", "Kessler Ferry Terminal", "Shilo Bay Motel"])))
        return [b]
    c = cl()
    d = now - dt.timedelta(days=R.choice([0, 0, 0, 1]))
    anon = R.random() < 0.35
    seq(b, ["DIST,ND-%s-%04d," % (now.strftime("%y%m%d"), R.randint(1, 9999)), P(d.strftime("%Y-%m-%d"), "date"), ",%s,%s," % (site, st.ini),
            "ANON" if anon else P(c.ssp, "other_id"), ",", P(c.zip, "zip"), ",%d,69547-0353-02,%s,%s,%s,%s" % (
                R.randint(1, 3), lot, exp, R.choice(["Y", "N"]), R.choice(["self", "friend", "family", "self"]))])
    return [b]


def g_hl7(now, phi):
    out = []
    c = cl()
    ts = now.strftime("%Y%m%d%H%M%S")
    ctl = "HSC%09d" % R.randint(1, 999999999)
    typ = R.choice(["ADT^A04^ADT_A01", "REF^I12^REF_I12"])
    def L(fam="hl7v2"):
        b = B(fam)
        out.append(b)
        return b
    L("mirth").t("%s INFO  [Channel: HSC_ADT_OUT] c.m.c.s.Message: received message id=%d type=%s size=%d" % (
        now.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % R.randint(0, 999), R.randint(100000, 999999), typ.split("^")[0] + "^" + typ.split("^")[1], R.randint(900, 3000)))
    L().t("MSH|^~\\&|HSC_EHR|HARBOR_SC|MIRTH|MARLOW_HIE|%s||%s|%s|P|2.5.1|||AL|NE" % (ts, typ, ctl))
    L().t("EVN|%s|%s||||HARBOR_SC" % (typ.split("^")[1], ts))
    b = L()
    seq(b, ["PID|1||", P(c.cid, "mrn"), "^^^HSC^MR~", P(c.p1, "health_plan"), "^^^WAHCA^MA||",
            P(c.last.upper(), "name"), "^", P(c.first.upper(), "name"), "^", P(c.middle.upper(), "name") if c.middle else "", "^^^^L||",
            P(c.dob.strftime("%Y%m%d"), "date"), "|", c.sex, "|||"])
    if c.homeless:
        seq(b, ["^^", P(c.city.upper(), "address"), "^WA^", P(c.zip, "zip"), "^USA^H~^^^^^^^HOMELESS"])
    else:
        seq(b, [P((c.street + (" " + c.unit if c.unit else "")).upper(), "address"), "^^", P(c.city.upper(), "address"), "^WA^", P(c.zip, "zip"), "^USA^H"])
    seq(b, ["||", P(fmt_phone(c.phone, "hl7"), "phone"), "^PRN^PH|||||||||||N"])
    adm = svc_dt(now, (3, 40))
    b = L()
    seq(b, ["PV1|1|O|SOBER^B%02d^01^HSC||||%s^%s^%s^^^^MD^^^^NPI|||||||||||" % (R.randint(1, 16), MD.npi, MD.last.upper(), MD.first.upper()),
            P("V%s-%04d" % (now.strftime("%y%m%d"), R.randint(1, 300)), "account"), "|||||||||||||||||||||||||",
            P(adm.strftime("%Y%m%d%H%M"), "date")])
    if R.random() < 0.6:
        b = L()
        seq(b, ["NK1|1|", P(c.ec_last.upper(), "name"), "^", P(c.ec_first.upper(), "name"), "|%s^%s^HL70063||" % c.ec_rel,
                P(fmt_phone(c.ec_phone, "hl7"), "phone"), "^PRN^PH||EC^Emergency Contact^HL70131"])
    if typ.startswith("ADT"):
        b = L()
        seq(b, ["IN1|1|WAMCD^Apple Health|", "WAHCA^^^^^^NIIP", "|WA HEALTH CARE AUTHORITY|PO BOX 45531^^OLYMPIA^WA^98504||||||||||||",
                P(c.last.upper(), "name"), "^", P(c.first.upper(), "name"), "|SEL||||||||||||||||||||||", P(c.p1, "health_plan")])
    else:
        b = L()
        seq(b, ["RF1|A^Accepted|R^Routine|SUD^Substance use disorder tx^L|OUT^Outpatient|", P("R24-%06d" % R.randint(1000, 999999), "other_id"),
                "||", P(now.strftime("%Y%m%d"), "date"), "|||OUD MOUD induction; client agrees to bridge clinic"])
        L().t("PRD|RT|CASCADE RECOVERY CLINIC|2200 WHARF RD^^KESSLER^WA^98312|^WPN^PH^^1^360^5550177|||%s^NPI" % npi())
    L("mirth").t("%s INFO  [Channel: HSC_ADT_OUT] c.m.c.s.Message: sent ACK AA MSA|AA|%s in %dms" % (
        (now + dt.timedelta(seconds=1)).strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % R.randint(0, 999), ctl, R.randint(12, 400)))
    return out


def g_fhir(now, phi):
    b = B("fhir_json")
    if not phi:
        k = R.choice(["oo", "bundle", "cap"])
        if k == "oo":
            o = {"resourceType": "OperationOutcome", "id": uuid4(), "issue": [{"severity": "error", "code": "processing",
                 "diagnostics": "HAPI-0389: Failed to call access method: java.lang.IllegalStateException: pool exhausted (max=40)"}]}
        elif k == "bundle":
            o = {"resourceType": "Bundle", "id": uuid4(), "meta": {"lastUpdated": now.isoformat(timespec="seconds")}, "type": "searchset",
                 "total": 0, "link": [{"relation": "self", "url": "https://fhir.hsc.co.marlow.wa.us/r4/ServiceRequest?status=active&_count=50"}]}
        else:
            o = {"resourceType": "CapabilityStatement", "status": "active", "date": "2024-02-28", "software": {"name": "HAPI FHIR Server", "version": "6.10.2"},
                 "fhirVersion": "4.0.1", "format": ["application/fhir+json"]}
        jdump(b, o)
        return [b]
    c = cl()
    if R.random() < 0.55:
        tel = [{"system": "phone", "value": P(fmt_phone(c.phone, "paren"), "phone"), "use": "mobile"}]
        if R.random() < 0.4:
            tel.append({"system": "email", "value": P(c.email, "email")})
        if R.random() < 0.1:
            tel.append({"system": "fax", "value": P(fmt_phone(phone(), "dash"), "fax"), "use": "home"})
        o = {"resourceType": "Patient", "id": P(c.cid, "mrn"), "meta": {"versionId": str(R.randint(1, 9)), "lastUpdated": now.isoformat(timespec="seconds")},
             "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9182.1", "value": P(c.cid, "mrn")},
                            {"system": "https://hca.wa.gov/providerone", "value": P(c.p1, "health_plan")}] +
                           ([{"system": "http://hl7.org/fhir/sid/us-mbi", "value": P(c.mbi, "health_plan")}] if c.mbi else []),
             "name": [{"family": P(c.last, "name"), "given": [P(c.first, "name")]}], "telecom": tel, "gender": "male" if c.sex == "M" else "female",
             "birthDate": P(mask_date_fmt(c.dob, "iso"), "date")}
        if not c.homeless:
            o["address"] = [{"line": [P(c.street + (", " + c.unit if c.unit else ""), "address")], "city": P(c.city, "address"), "state": "WA", "postalCode": P(c.zip, "zip")}]
    else:
        o = {"resourceType": "ServiceRequest", "id": "sr-%d" % R.randint(10000, 99999), "status": "active", "intent": "order",
             "code": {"coding": [{"system": "http://snomed.info/sct", "code": "386449006", "display": "Referral to drug addiction rehabilitation"}]},
             "subject": {"reference": _Ref("Patient/", c.cid)},
             "authoredOn": P(svc_dt(now).isoformat(timespec="seconds"), "date"),
             "requester": {"display": "%s %s, %s" % _staff_disp()},
             "identifier": [{"system": "urn:hsc:referral", "value": P("R24-%06d" % R.randint(1000, 999999), "other_id")}]}
        _jdump_ref(b, o)
        return [b]
    jdump(b, o, ea=R.random() < 0.5)
    return [b]


def _staff_disp():
    s = R.choice(CLIN)
    return s.first, s.last, s.role


class _Ref:
    def __init__(self, prefix, idv):
        self.prefix, self.idv = prefix, idv


def _jdump_ref(b, o):
    if isinstance(o, _Ref):
        b.t('"' + o.prefix).p(o.idv, "mrn").t('"')
    elif isinstance(o, dict):
        b.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                b.t(",")
            b.t(json.dumps(k) + ":")
            _jdump_ref(b, v)
        b.t("}")
    elif isinstance(o, list):
        b.t("[")
        for i, v in enumerate(o):
            if i:
                b.t(",")
            _jdump_ref(b, v)
        b.t("]")
    else:
        jdump(b, o)


UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Linux; Android 14; SM-A146U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.178 Mobile Safari/537.36",
      "kube-probe/1.28", "ELB-HealthChecker/2.0"]


def g_nginx(now, phi):
    b = B("nginx_access")
    t = now.strftime("[%d/%b/%Y:%H:%M:%S -0700]")
    tail = lambda st, ua: ' %d %d "-" "%s" rt=%.3f uct=%.3f' % (st, R.randint(80, 60000), ua, R.uniform(0.002, 1.8), R.uniform(0, 0.01))
    if not phi:
        k = R.choice(["list", "static", "health", "scan", "auth"])
        if k == "health":
            b.t('52.24.%d.%d - - %s "GET /healthz HTTP/1.1" 200 2 "-" "ELB-HealthChecker/2.0" rt=0.001 uct=0.000' % (R.randint(0, 255), R.randint(1, 254), t))
        elif k == "scan":
            b.t('45.148.10.%d - - %s "GET /.env HTTP/1.1" 404 153 "-" "Mozilla/5.0 zgrab/0.x" rt=0.000 uct=-' % (R.randint(1, 254), t))
        else:
            u = R.choice(STAFF)
            path = {"list": "/api/v2/referrals?status=open&page=%d" % R.randint(1, 6), "static": "/static/js/main.%s.js" % hexs(8),
                    "auth": "/oauth2/token"}[k]
            b.t('10.20.%d.%d - %s %s "%s %s HTTP/1.1"' % (R.randint(1, 9), R.randint(2, 250), u.user if k != "static" else "-", t,
                                                          "POST" if k == "auth" else "GET", path) + tail(200, UA[0]))
        return [b]
    c = cl()
    k = R.choice(["client", "search", "selfref", "optin", "hmis"])
    u = R.choice(STAFF)
    if k == "client":
        seq(b, ['10.20.%d.%d - %s %s "GET /api/v2/clients/' % (R.randint(1, 9), R.randint(2, 250), u.user, t), P(c.cid, "mrn"),
                '/%s HTTP/1.1"' % R.choice(["encounters", "referrals", "belongings", "summary.pdf"])])
        b.t(tail(200, UA[0]))
    elif k == "search":
        last = urllib.parse.quote(c.last)
        seq(b, ['10.20.%d.%d - %s %s "GET /api/v2/clients/search?last=' % (R.randint(1, 9), R.randint(2, 250), u.user, t), P(last, "name"),
                "&dob=", P(mask_date_fmt(c.dob, "iso"), "date"), ' HTTP/1.1"'])
        b.t(tail(200, UA[0]))
    elif k == "hmis":
        seq(b, ['10.20.%d.%d - %s %s "GET /hmis/clients/' % (R.randint(1, 9), R.randint(2, 250), u.user, t), P(c.hmis, "other_id"), '/enrollments HTTP/1.1"'])
        b.t(tail(200, UA[0]))
    else:
        path = "/selfref/submit" if k == "selfref" else "/optin/sms"
        seq(b, [P(c.ip, "ip"), ' - - %s "POST %s HTTP/2.0"' % (t, path)])
        b.t(tail(201, R.choice(UA[1:3])))
    return [b]


MX = {"gmail.com": "gmail-smtp-in.l.google.com", "yahoo.com": "mta7.am0.yahoodns.net",
      "outlook.com": "outlook-com.olc.protection.outlook.com", "icloud.com": "mx01.mail.icloud.com"}


def g_syslog(now, phi):
    b = B("syslog")
    t = now.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if now.day < 10 else now.strftime("%b %d %H:%M:%S")
    if phi:
        c = cl()
        seq(b, ["%s hsc-mail01 postfix/smtp[%d]: %s: to=<" % (t, R.randint(1000, 30000), hexs(10).upper()), P(c.email, "email"),
                ">, relay=%s[%d.%d.%d.%d]:25, delay=%.1f, dsn=2.0.0, status=sent (250 2.0.0 OK)" % (
                    MX[c.email.split("@")[1]], R.choice([142, 67, 52]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254), R.uniform(0.3, 3))])
        return [b]
    k = R.choice(["ufw", "ssh", "cron", "ntp", "postfix"])
    if k == "ufw":
        b.t("%s hsc-fw01 kernel: [UFW BLOCK] IN=eth0 OUT= MAC=00:50:56:%02x:%02x:%02x SRC=%s DST=203.0.113.10 LEN=40 TTL=%d PROTO=TCP SPT=%d DPT=%d" % (
            t, R.randrange(256), R.randrange(256), R.randrange(256), R.choice(["185.220.101.4", "45.148.10.77", "193.32.162.19"]), R.randint(40, 250), R.randint(1024, 65535), R.choice([22, 3389, 445, 23])))
    elif k == "ssh":
        b.t("%s hsc-app02 sshd[%d]: Accepted publickey for %s from 10.20.1.%d port %d ssh2: ED25519 SHA256:%s" % (
            t, R.randint(1000, 60000), R.choice(["twrona", "deploy"]), R.randint(2, 40), R.randint(30000, 65000), base64.b64encode(bytes(R.randrange(256) for _ in range(32))).decode().rstrip("=")))
    elif k == "cron":
        b.t("%s hsc-app02 CRON[%d]: (hscapp) CMD (/opt/hsc/bin/hmis_export --fy 2024 --out /srv/exports >/dev/null 2>&1)" % (t, R.randint(1000, 60000)))
    elif k == "ntp":
        b.t("%s hsc-app01 chronyd[612]: Selected source 169.254.169.123 (offset %+.6f s)" % (t, R.uniform(-0.002, 0.002)))
    else:
        b.t("%s hsc-mail01 postfix/smtp[%d]: %s: to=<%s@co.marlow.wa.us>, relay=mx.co.marlow.wa.us[10.20.0.25]:25, delay=0.2, dsn=2.0.0, status=sent" % (
            t, R.randint(1000, 30000), hexs(10).upper(), R.choice(STAFF).user))
    return [b]


def g_logfmt(now, phi):
    b = B("logfmt")
    ts = now.isoformat(timespec="milliseconds")
    if not phi:
        k = R.choice(["census", "clean", "slow", "cfg"])
        if k == "census":
            occ = R.randint(3, 16)
            b.t('ts=%s level=info svc=bedboard msg="census" occupied=%d capacity=16 chairs=%d waitlist=%d' % (ts, occ, R.randint(0, 4), max(0, occ - 14)))
        elif k == "clean":
            b.t('ts=%s level=info svc=bedboard msg="bed cleaned" bed=B%02d by=%s dur=%ds' % (ts, R.randint(1, 16), R.choice(NURS).user, R.randint(120, 900)))
        elif k == "slow":
            b.t('ts=%s level=warn svc=bedboard msg="slow query" op=GetCensus dur=%dms trace_id=%s span_id=%s' % (ts, R.randint(500, 3000), hexs(32), hexs(16)))
        else:
            b.t('ts=%s level=info svc=bedboard msg="config reloaded" version=1.14.3 commit=%s beds=16 alert_bac=0.300' % (ts, hexs(7)))
        return [b]
    c = cl()
    k = R.choice(["assign", "dc", "le", "wear", "gift"])
    seq(b, ["ts=%s level=info svc=bedboard " % ts])
    if k == "assign":
        seq(b, ['msg="bed assigned" bed=B%02d client=' % R.randint(1, 16), P(c.cid, "mrn"), ' admit="', P(svc_dt(now, (1, 20)).strftime("%Y-%m-%dT%H:%M"), "date"),
                '" bac=0.%03d acuity=%d' % (R.randint(80, 320), R.randint(1, 4))])
    elif k == "dc":
        seq(b, ['msg="discharge" client=', P(c.cid, "mrn"), ' disch="', P(now.strftime("%Y-%m-%d %H:%M"), "date"), '" los_h=%.1f disp=%s' % (
            R.uniform(3, 20), R.choice(["home", "shelter", "detox", "ED", "AMA", "family"]))])
        if R.random() < 0.4:
            seq(b, [' pickup="', P("%s %s" % (c.ec_first, c.ec_last), "name"), '" pickup_phone=', P(fmt_phone(c.ec_phone, "dash"), "phone")])
    elif k == "le":
        of = R.choice(OFFICERS)
        seq(b, ['msg="le dropoff" agency=%s officer="%s %s" badge=%s incident=' % (of[3], of[0], of[1], of[2]),
                P("%s24-%06d" % ("MC" if of[3] == "MCSO" else "PE", R.randint(1, 99999)), "other_id"), " client=", P(c.cid, "mrn")])
        if R.random() < 0.4:
            seq(b, [' vehicle_plate=', P(c.plate, "vehicle"), ' vehicle_loc="impound"'])
    elif k == "wear":
        seq(b, ['msg="wearable issued" client=', P(c.cid, "mrn"), " device_sn=", P(c.wearable, "device"), " model=OD-Sense fw=2.3.1 paired=true"])
    else:
        seq(b, ['msg="cm incentive" client=', P(c.cid, "mrn"), " card=", P(c.giftcard, "account"), " amt=15.00 reason=negative_uds"])
    return [b]


def sqlq(s):
    return s.replace("'", "''")


def g_pg(now, phi):
    b = B("pglog")
    pre = "%s PDT [%d] hsc_app@hscdb " % (now.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % R.randint(0, 999), R.randint(20000, 40000))
    if not phi:
        k = R.choice(["dur", "ckpt", "vac", "conn"])
        if k == "dur":
            b.t(pre + "LOG:  duration: %.3f ms  execute <unnamed>: SELECT c.client_id, c.last_name FROM client c WHERE c.last_name ILIKE $1 AND c.dob = $2 LIMIT 25" % R.uniform(0.5, 90))
        elif k == "ckpt":
            b.t("%s PDT [812] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, 1 recycled; write=%.3f s" % (
                now.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % R.randint(0, 999), R.randint(50, 3000), R.uniform(0.1, 5), R.uniform(1, 30)))
        elif k == "vac":
            b.t("%s PDT [%d] LOG:  automatic vacuum of table \"hscdb.public.encounter\": index scans: 1 pages: 0 removed, %d remain" % (
                now.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % R.randint(0, 999), R.randint(20000, 40000), R.randint(800, 9000)))
        else:
            b.t(pre + "LOG:  connection authorized: user=hsc_app database=hscdb SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384)")
        return [b]
    c = cl()
    k = R.choice(["upd", "params", "dup", "ins"])
    b.t(pre)
    if k == "upd":
        seq(b, ["LOG:  statement: UPDATE client SET phone_primary = '", P(fmt_phone(c.phone, "dash"), "phone"), "', updated_by = '%s' WHERE client_id = '" % R.choice(STAFF).user,
                P(c.cid, "mrn"), "'"])
    elif k == "params":
        seq(b, ["DETAIL:  parameters: $1 = '", P(sqlq(c.last), "name"), "', $2 = '", P(mask_date_fmt(c.dob, "iso"), "date"), "'"])
    elif k == "dup":
        seq(b, ['ERROR:  duplicate key value violates unique constraint "client_ssn_key" DETAIL:  Key (ssn)=(', P(c.ssn, "ssn"), ") already exists."])
    else:
        seq(b, ["LOG:  statement: INSERT INTO property_log (client_id, item, detail) VALUES ('", P(c.cid, "mrn"),
                "', 'vehicle', 'VIN ", P(c.vin, "vehicle"), " plate ", P(c.plate, "vehicle"), "')"])
    return [b]


def g_sms(now, phi):
    b = B("sms_webhook")
    pre = now.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % R.randint(0, 999)
    sid = "SM" + hexs(32)
    if not phi:
        k = R.choice(["camp", "err"])
        if k == "camp":
            b.t('%s sms-gw INFO campaign=%s sent=%d delivered=%d failed=%d segments=%d from=+13605550140' % (
                pre, R.choice(["NALOXONE_REMINDER", "FTS_RESTOCK", "VAN_SCHEDULE"]), R.randint(40, 200), R.randint(30, 190), R.randint(0, 6), R.randint(80, 400)))
        else:
            b.t('%s sms-gw WARN twilio error code=30007 sid=%s msg="Message filtered (carrier)" account=AC%s' % (pre, sid, hexs(32)))
        return [b]
    c = cl()
    e = urllib.parse.quote(fmt_phone(c.phone, "e164"), safe="")
    k = R.choice(["in", "in2", "out"])
    if k == "in":
        body = R.choice(["hey its {F} can the van come by {C} tonight need strips and a narcan",
                         "this is {F} {L} my dob is {D} can u tell me my referral appt time",
                         "{F} here. lost my phone, new # is this one"])
        D = mask_date_fmt(c.dob, "us_short")
        seq(b, [pre, " sms-gw INFO inbound POST /hooks/twilio/inbound ToCountry=US&MessageSid=", sid, "&From=", P(e, "phone"), "&To=%2B13605550140&Body="])
        # write body with placeholders, url-encoded via quote_plus per piece
        i = 0
        while i < len(body):
            if body[i] == "{":
                j = body.index("}", i)
                key = body[i + 1:j]
                val, cat = {"F": (c.first, "name"), "L": (c.last, "name"), "C": (c.camp, "address"), "D": (D, "date")}[key]
                b.p(urllib.parse.quote_plus(val), cat)
                i = j + 1
            else:
                j = body.find("{", i)
                j = len(body) if j < 0 else j
                b.t(urllib.parse.quote_plus(body[i:j]))
                i = j
        b.t("&NumSegments=1&ApiVersion=2010-04-01")
    elif k == "in2":
        seq(b, [pre, " sms-gw INFO inbound POST /hooks/twilio/inbound MessageSid=", sid, "&From=", P(e, "phone"), "&To=%2B13605550140&Body=STOP&OptOutType=STOP"])
    else:
        seq(b, [pre, " sms-gw INFO outbound queued sid=", sid, " to=", P(fmt_phone(c.phone, "e164"), "phone"), ' body="Hi ', P(c.first, "name"),
                ', reminder: Cascade Recovery intake ', P((now + dt.timedelta(days=R.randint(1, 5))).strftime("%-m/%-d"), "date"), ' at 10am, 2200 Wharf Rd. Reply STOP to opt out"'])
    return [b]


def g_java(now, phi):
    out = []
    c = cl()
    th = "http-nio-8443-exec-%d" % R.randint(1, 20)
    b = B("java_log")
    out.append(b)
    seq(b, [now.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % R.randint(0, 999), " ERROR [%s] c.m.h.referral.ReferralSubmitService - " % th])
    if phi:
        if R.random() < 0.5:
            seq(b, ["Referral submit failed for client ", P(c.cid, "mrn"), " referral ", P("R24-%06d" % R.randint(1000, 999999), "other_id")])
        else:
            seq(b, ["Eligibility lookup failed member=", P(c.p1, "health_plan"), " dob=", P(mask_date_fmt(c.dob, "iso"), "date")])
    else:
        b.t("Referral submit failed, requestId=%s traceId=%s" % (uuid4(), hexs(32)))
    exc = R.choice([("org.springframework.dao.DataIntegrityViolationException", "could not execute statement; SQL [n/a]; constraint [uk_referral_ext]"),
                    ("org.springframework.web.client.ResourceAccessException", "I/O error on POST request for \"https://api.cascaderecovery.org/v1/referrals\": Read timed out"),
                    ("java.lang.NullPointerException", "Cannot invoke \"com.marlow.hsc.referral.model.Payer.getPlanCode()\" because \"payer\" is null")])
    out.append(B("java_trace").t("%s: %s" % exc))
    frames = ["com.marlow.hsc.referral.ReferralSubmitService.submit(ReferralSubmitService.java:%d)" % R.randint(80, 300),
              "com.marlow.hsc.referral.web.ReferralController.create(ReferralController.java:%d)" % R.randint(40, 120),
              "org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)",
              "org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:166)",
              "org.hibernate.internal.ExceptionConverterImpl.convert(ExceptionConverterImpl.java:188)"]
    for f in frames[:R.randint(2, 5)]:
        out.append(B("java_trace").t("\tat " + f))
    if R.random() < 0.5:
        out.append(B("java_trace").t("Caused by: java.net.SocketTimeoutException: Read timed out"))
        out.append(B("java_trace").t("\t... %d common frames omitted" % R.randint(20, 90)))
    return out


def g_note(now, phi):
    b = B("casenote")
    st = R.choice(NURS)
    pre = "%s | %s %s | " % (now.strftime("%Y-%m-%d %H:%M"), st.first[0] + st.last, st.role)
    if not phi:
        b.t(pre + R.choice(["Shift change, census %d/16, fridge temp 38F, naloxone stock %d kits, AED checked OK." % (R.randint(3, 16), R.randint(10, 60)),
                            "Dr. Szabo on call via phone %s ext 4. Pharmacy delivery from McKesson order 7719%05d received." % (ORG_PHONE, R.randint(0, 99999)),
                            "Van 2 back at base, 38 SSP contacts, 2 reversals reported by participants this week.",
                            "Fire alarm test by Kessler Fire & Safety 14:00-14:20, clients notified.",
                            "Pt in B%02d resting, respirations even, no distress. Will reassess q30min." % R.randint(1, 16)]))
        return [b]
    c = cl()
    of = R.choice(OFFICERS)
    k = R.choice(["arr", "age", "ec", "dc", "belong"])
    b.t(pre)
    if k == "arr":
        seq(b, ["Pt ", P("%s %s" % (c.first, c.last), "name"), " (", P(c.cid, "mrn"), ") arrived via %s %s %s #%s, BAC 0.%03d, ambulatory, oriented x%d. Reports sleeping at " % (
            of[3], of[0], of[1], of[2], R.randint(80, 300), R.randint(1, 4)), P(c.camp, "address"), "."])
    elif k == "age":
        if c.age > 89:
            seq(b, [P(str(c.age), "age"), " y/o ", "male" if c.sex == "M" else "female", " ", P(c.last, "name"), ", brought by family, hx falls; DOB ", P(mask_date_fmt(c.dob, "us"), "date"), ". Fall precautions."])
        else:
            seq(b, ["%d y/o %s " % (c.age, "male" if c.sex == "M" else "female"), P(c.first + " " + c.last[0] + ".", "name"), " DOB ", P(mask_date_fmt(c.dob, "us"), "date"), ", C/O withdrawal sx, COWS %d. Called %s." % (R.randint(3, 20), MD.last)])
    elif k == "ec":
        seq(b, ["Called pt's ", c.ec_rel[1].lower(), " ", P(c.ec_first + " " + c.ec_last, "name"), " at ", P(fmt_phone(c.ec_phone, "paren"), "phone"), " re: ride home for ", P(c.first, "name"), "."])
    elif k == "dc":
        seq(b, ["D/C ", P(c.last + ", " + c.first, "name"), " to ", R.choice(["Cascade Recovery Clinic", "Bay Street Shelter", "self"]), ". Address on file ",
                P(c.street + (" " + c.unit if c.unit else ""), "address"), ", ", P(c.city, "address"), " ", P(c.zip, "zip"), ". Narcan kit given."])
    else:
        seq(b, ["Belongings for ", P(c.cid, "mrn"), ": wallet w/ WA DL ", P(c.dl, "license"), ", phone, $%d cash. Car (plate " % R.randint(0, 80), P(c.plate, "vehicle"), ") left at Safeway lot."])
    return [b]


def g_x12(now, phi):
    out = []
    c = cl()
    d = now.strftime("%y%m%d")
    ctl = "%09d" % R.randint(1, 999999999)
    def L(s=None):
        b = B("x12_270")
        out.append(b)
        if s is not None:
            b.t(s)
        return b
    L("ISA*00*          *00*          *ZZ*HSC0418        *ZZ*WAHCA          *%s*%s*^*00501*%s*0*P*:~" % (d, now.strftime("%H%M"), ctl))
    L("GS*HS*HSC0418*WAHCA*%s*%s*%d*X*005010X279A1~" % (now.strftime("%Y%m%d"), now.strftime("%H%M"), R.randint(1, 9999)))
    L("ST*270*0001*005010X279A1~")
    L("BHT*0022*13*HSC%s%03d*%s*%s~" % (d, R.randint(1, 999), now.strftime("%Y%m%d"), now.strftime("%H%M")))
    L("HL*1**20*1~")
    L("NM1*PR*2*WASHINGTON STATE HEALTH CARE AUTHORITY*****PI*WAHCA~")
    L("HL*2*1*21*1~")
    L("NM1*1P*2*HARBOR SOBERING CENTER*****XX*%s~" % npi())
    L("HL*3*2*22*0~")
    seq(L(), ["NM1*IL*1*", P(c.last.upper(), "name"), "*", P(c.first.upper(), "name"), "****MI*", P(c.p1, "health_plan"), "~"])
    seq(L(), ["DMG*D8*", P(c.dob.strftime("%Y%m%d"), "date"), "*", c.sex, "~"])
    seq(L(), ["DTP*291*D8*", P(now.strftime("%Y%m%d"), "date"), "~"])
    L("EQ*30~")
    L("SE*13*0001~")
    L("GE*1*%d~" % R.randint(1, 9999))
    L("IEA*1*%s~" % ctl)
    return out


HMIS_HDR = "PersonalID|FirstName|MiddleName|LastName|NameDataQuality|SSN|SSNDataQuality|DOB|DOBDataQuality|Sex|VeteranStatus|DateCreated|DateUpdated|UserID|ExportID"


def g_hmis(now, phi):
    b = B("hmis_pipe")
    if not phi:
        k = R.choice(["proj", "log"])
        if k == "proj":
            b.t("%d|Harbor Sobering Center Diversion|HSC-DIV|0|%d|1|2021-07-01||0|%s|%s|%s|%d" % (
                R.randint(100, 999), R.choice([4, 6, 14]), now.strftime("%Y-%m-%d %H:%M:%S"), now.strftime("%Y-%m-%d %H:%M:%S"), R.choice(STAFF).user, R.randint(10000, 99999)))
        else:
            b.t("HMIS CSV export FY2024 v1.4 ExportID=%d Client=%d Enrollment=%d Exit=%d Services=%d status=OK sha256=%s" % (
                R.randint(10000, 99999), R.randint(300, 600), R.randint(400, 800), R.randint(200, 700), R.randint(2000, 9000), hexs(64)))
        return [b]
    c = cl()
    if R.random() < 0.65:
        placeholder = R.random() < 0.15
        seq(b, [P(c.hmis, "other_id"), "|", P(c.first, "name"), "|", P(c.middle, "name") if c.middle else "", "|", P(c.last, "name"), "|1|"])
        if placeholder:
            b.t("000000000|99|")
        else:
            seq(b, [P(c.ssn.replace("-", ""), "ssn"), "|1|"])
        seq(b, [P(mask_date_fmt(c.dob, "iso"), "date"), "|1|%d|0|%s|%s|%s|%d" % (0 if c.sex == "F" else 1, "2023-%02d-%02d 10:12:00" % (R.randint(1, 12), R.randint(1, 28)),
                                                                                  now.strftime("%Y-%m-%d %H:%M:%S"), R.choice(STAFF).user, R.randint(10000, 99999))])
    else:
        entry = now - dt.timedelta(days=R.randint(0, 90))
        seq(b, [P(c.enroll, "other_id"), "|", P(c.hmis, "other_id"), "|%d|" % R.randint(100, 999), P(entry.strftime("%Y-%m-%d"), "date"),
                "|", P(c.hh, "other_id"), "|1|%d|" % R.choice([1, 16, 116]), P(c.zip, "zip"), "|%s|%s" % (
                    now.strftime("%Y-%m-%d %H:%M:%S"), R.choice(STAFF).user)])
    return [b]


def g_odmap(now, phi):
    b = B("odmap_xml")
    if not phi:
        b.t('<?xml version="1.0"?><SubmitResponse xmlns="urn:odmap:v2"><Status>ACCEPTED</Status><ReceiptId>ODM-%s</ReceiptId><Received>%s</Received><Agency>WA0180000</Agency></SubmitResponse>' % (
            hexs(12), now.isoformat(timespec="seconds")))
        return [b]
    ev = svc_dt(now, (10, 240))
    seq(b, ['<OverdoseEvent xmlns="urn:odmap:v2"><AgencyORI>WA0180000</AgencyORI><EventDT>', P(ev.isoformat(timespec="seconds"), "date"),
            "</EventDT><Lat>", P("%.5f" % R.uniform(47.50, 47.62), "address"), "</Lat><Lon>", P("%.5f" % R.uniform(-122.72, -122.58), "address"),
            "</Lon><Fatal>%s</Fatal><NaloxoneDoses>%d</NaloxoneDoses><Suspected>%s</Suspected><ReportedBy>SSP</ReportedBy></OverdoseEvent>" % (
                R.choice(["false", "false", "false", "true"]), R.randint(0, 4), R.choice(["Fentanyl", "Unknown", "Heroin", "Methamphetamine"]))])
    return [b]


def g_bac(now, phi):
    b = B("bac_fixed")
    sn = "80-004217"
    if not phi:
        b.t("%-5s%-9s%-5s%-6s%-22s%-4s%-10s%-10s%s" % ("CAL", now.strftime("%Y%m%d"), now.strftime("%H%M"), "0.080", "REF LOT DS-24019", "OPR", R.choice(NURS).ini, sn, "PASS"))
        return [b]
    c = cl()
    t = svc_dt(now, (1, 15))
    seq(b, ["%-5s" % "SUBJ", P(t.strftime("%Y%m%d"), "date"), " " + t.strftime("%H%M") + " ", "0.%03d " % R.randint(0, 350), P(c.cid, "mrn"),
            " " * (22 - len(c.cid)), "%-4s%-10s%-10s%s" % ("OPR", R.choice(NURS).ini, sn, R.choice(["PASS", "PASS", "RFI"]))])
    return [b]


DOORS = ["HSC Main Sallyport", "HSC Med Room", "HSC Staff Entry", "SSP Fixed Site Rear", "Van Bay"]


def g_badge(now, phi):
    b = B("badge_kv")
    s = R.choice(STAFF)
    b.t('time="%s" panel=LNL-2220-%02d door="%s" badge=%s holder="%s, %s" dept=%s result=%s reader_sn=%s' % (
        now.isoformat(timespec="seconds"), R.randint(1, 4), R.choice(DOORS), s.badge, s.last, s.first, s.role,
        R.choice(["granted", "granted", "granted", "denied_schedule"]), "0x" + hexs(8).upper()))
    return [b]


def g_chat(now, phi):
    b = B("teams_chat")
    s = R.choice(STAFF)
    head = {"id": str(int(now.timestamp() * 1000)), "createdDateTime": now.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")[:-4] + "Z",
            "from": {"user": {"id": uuid4(), "displayName": "%s %s" % (s.first, s.last)}}, "channel": "HSC Ops"}
    if not phi:
        txt = R.choice(["van %d heading to Kessler ferry lot, ETA 20" % R.randint(1, 2), "who has the key to the med fridge?",
                        "McKesson PO 7719%05d arrived, 48 narcan boxes" % R.randint(0, 99999), "kiosk 2 printer jammed again, ticket INC00%05d" % R.randint(0, 99999),
                        "reminder: training on new FTS lot %s tomorrow 9am" % R.choice(FTS_LOTS), "Dr Szabo covering tonight, cell %s" % ORG_PHONE])
        o = {**head, "body": {"contentType": "text", "content": txt}}
        jdump(b, o)
        return [b]
    c = cl()
    k = R.choice(["back", "url", "dob"])
    if k == "back":
        body = ["heads up ", P(c.first + " " + c.last, "name"), " is back, ", R.choice(["asking for wound care", "looking rough, watch", "wants detox bed"]), ", was staying at ",
                P(c.camp, "address")]
    elif k == "url":
        slug = "help-" + (c.first.lower().encode("ascii", "ignore").decode()) + "-get-home"
        body = [P(c.first, "name"), "'s sister set up ", P("https://www.gofundme.com/f/" + slug, "url"), " fyi"]
    else:
        body = ["can someone verify dob for ", P(c.last, "name"), "? kiosk says ", P(mask_date_fmt(c.dob, "us"), "date"), " but HMIS has different"]
    o = {**head, "body": {"contentType": "text", "content": _Seq(body)}}
    _jdump_seq(b, o)
    return [b]


class _Seq:
    def __init__(self, parts):
        self.parts = parts


def _jdump_seq(b, o):
    if isinstance(o, _Seq):
        b.t('"')
        for x in o.parts:
            if isinstance(x, P):
                b.p(jesc(x.v), x.cat)
            else:
                b.t(jesc(x))
        b.t('"')
    elif isinstance(o, dict):
        b.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                b.t(",")
            b.t(json.dumps(k) + ":")
            _jdump_seq(b, v)
        b.t("}")
    else:
        jdump(b, o)


def g_ssp(now, phi):
    b = B("ssp_kv")
    site = R.choice(["FIXED", "VAN1", "VAN2"])
    if not phi:
        k = R.choice(["inv", "eod", "inv"])
        if k == "inv":
            sku, lot = R.choice([("BD-329461", "3%06d" % R.randint(0, 999999)), ("FTS-BTNX-20", R.choice(FTS_LOTS)), ("NARCAN-4MG", R.choice(NARCAN_LOTS)),
                                 ("SHARPS-1QT", "SC%05d" % R.randint(0, 99999))])
            b.t("SSPX|v=4.2.0|inv|site=%s|sku=%s|lot=%s|qty=%+d|bin=%s%d|by=%s" % (site, sku, lot, -R.randint(1, 200), R.choice("ABC"), R.randint(1, 9), R.choice(OUTR).user))
        else:
            b.t("SSPX|v=4.2.0|eod|site=%s|date=%s|txns=%d|syringes_out=%d|syringes_in=%d|fts=%d|naloxone=%d" % (
                site, now.strftime("%Y-%m-%d"), R.randint(10, 60), R.randint(500, 3000), R.randint(300, 2500), R.randint(50, 400), R.randint(5, 40)))
        return [b]
    c = cl()
    seq(b, ["SSPX|v=4.2.0|txn|id=T%s%04d|site=%s|code=" % (now.strftime("%y%m%d"), R.randint(1, 9999), site), P(c.ssp, "other_id"),
            "|in=%d|out=%d|fts=%d|naloxone=%d|wound=%d|by=%s" % (R.choice([0, 10, 20, 40, 80]), R.choice([20, 40, 60, 100]), R.choice([0, 5, 10]), R.randint(0, 2), R.randint(0, 1), R.choice(OUTR).user)])
    if R.random() < 0.3:
        seq(b, ["|client_hash=", P(hashlib.sha256((c.ssp + "hsc-salt").encode()).hexdigest()[:20], "other_id")])
    if R.random() < 0.25:
        seq(b, ["|ref=", P("R24-%06d" % R.randint(1000, 999999), "other_id")])
    return [b]


def g_vangps(now, phi):
    b = B("vangps_json")
    name, v, plate = R.choice(VANS)
    o = {"eventType": "VehicleLocation", "time": now.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
         "vehicle": {"id": str(281474977000000 + R.randint(0, 999999)), "name": name, "vin": v, "licensePlate": plate},
         "location": {"latitude": round(R.uniform(47.50, 47.62), 6), "longitude": round(R.uniform(-122.72, -122.58), 6),
                      "speedMilesPerHour": R.choice([0, 0, 12.4, 27.9, 34.1]),
                      "reverseGeo": {"formattedLocation": R.choice([SSP_ADDR, ORG_ADDR, "Bay St & Pacific Ave, Port Ellery, WA", "SR 3, Kessler, WA"])}},
         "engineState": R.choice(["On", "Off", "Idle"]), "fuelPercent": R.randint(10, 100)}
    jdump(b, o)
    return [b]


SYSTEMS = [  # (gen, weight, phi prob)
    (g_kiosk, 8, 0.5), (g_logcat, 6, 0.45), (g_narcan, 5, 0.72), (g_hl7, 2.0, 1.0), (g_fhir, 4, 0.6),
    (g_nginx, 9, 0.45), (g_syslog, 6, 0.08), (g_logfmt, 7, 0.6), (g_pg, 6, 0.5), (g_sms, 4, 0.65),
    (g_java, 1.1, 0.5), (g_note, 5, 0.75), (g_x12, 0.45, 1.0), (g_hmis, 4, 0.7), (g_odmap, 3, 0.6),
    (g_bac, 3, 0.6), (g_badge, 4, 0.0), (g_chat, 4, 0.5), (g_ssp, 6, 0.7), (g_vangps, 3, 0.0),
]


def main():
    lines, labels = [], []
    now = NOW
    hmis_hdr_done = False
    narcan_hdr_done = False
    while len(lines) < N_LINES:
        now = now + dt.timedelta(seconds=R.randint(20, 330), milliseconds=R.randint(0, 999))
        gen, _, pp = R.choices(SYSTEMS, weights=[w for _, w, _ in SYSTEMS])[0]
        phi = R.random() < pp
        if gen is g_hmis and not hmis_hdr_done:
            bs = [B("hmis_pipe").t(HMIS_HDR)] + gen(now, phi)
            hmis_hdr_done = True
        elif gen is g_narcan and not narcan_hdr_done:
            bs = [B("narcan_csv").t("rec_type,dist_id,dist_date,site,staff,recipient,recipient_zip,kits,ndc,lot,exp,trained,for_whom")] + gen(now, phi)
            narcan_hdr_done = True
        else:
            bs = gen(now, phi)
        if len(lines) + len(bs) > N_LINES:
            continue
        for b in bs:
            line = b.line()
            lb = line.encode("utf-8")
            if not line or "\n" in line or "\r" in line:
                raise SystemExit("bad line: %r" % line)
            spans = sorted(b.spans)
            prev = 0
            for s, e, cat, val in spans:
                if not (0 <= s < e <= len(lb)):
                    raise SystemExit("span out of range %r in %r" % ((s, e, cat), line))
                if s < prev:
                    raise SystemExit("overlap %r in %r" % ((s, e, cat), line))
                prev = e
                if lb[s:e].decode("utf-8") != val:
                    raise SystemExit("span mismatch %r != %r" % (lb[s:e], val))
                if cat.startswith("_") is False and cat not in CATS:
                    raise SystemExit("bad cat " + cat)
            lines.append(line)
            labels.append({"line": len(lines), "family": b.family, "spans": [{"s": s, "e": e, "cat": cat} for s, e, cat, _ in spans]})
    with open(ID + ".log", "w", encoding="utf-8", newline="\n") as f:
        for l in lines:
            f.write(l + "\n")
    with open(ID + ".labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for o in labels:
            f.write(json.dumps(o) + "\n")


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health_plan", "account",
        "license", "vehicle", "device", "url", "ip", "biometric", "photo", "other_id"}

if __name__ == "__main__":
    main()
