#!/usr/bin/env python3
"""gen_qp.py -- synthetic labeled log corpus "qp".

Organisation: Skerry County Island Health Transport (SCIHT), the medical
shuttle of a fictional archipelago county in Washington State.  It runs
patient-transfer boats (MV Tern Runner, MV Grace Harbor, RB Kestrel) between
the islands (Fennick, Sorrel, Hallam, Little Sorrel, Greyling, Cormorant) and
the mainland hospital at Port Anselm, delivers prescriptions by boat, cancels
sailings for weather and bills Washington Medicaid (ProviderOne) for
non-emergency transport.  All people, numbers and addresses are made up.

Writes qp.log (500 lines) and qp.labels.jsonl in the current directory.
Standard library only, fixed seed: two runs are byte-identical.

Systems simulated (family names in the labels)
  booking_json    shuttle booking API (Node/pino JSON, raw UTF-8)
  nginx_access    patient portal / staff console reverse proxy (combined log)
  epcr_xml        onboard EMT ePCR export, NEMSIS-3-like XML, one record/line
  hl7v2           ADT feed from Anselm Regional Medical Center (one segment
                  per log line, as the interface engine logs it)
  fhir_json       county HIE bridge, FHIR R4 resources (Python json, \\u escapes)
  x12_837         Medicaid NEMT claims, one X12 segment per line
  pharmacy_csv    Island Apothecary boat-delivery manifest (CSV)
  sms_gw          SMS/IVR gateway (key=value with message bodies)
  wx_syslog       weather cancellation daemon (RFC 5424 syslog)
  ais_nmea        AIS receiver (!AIVDM sentences, valid NMEA checksums)
  engine_logfmt   vessel engine/GPS telemetry (logfmt)
  cad_kv          dispatch CAD (key=value)
  pg_log          PostgreSQL log with statements and bind parameters
  java_trace      billing service (logback + stack traces, one frame a line)
  chat            staff chat export (Mattermost-like, free text)
  broker_fw       NEMT broker trip manifest (fixed width)
  auth_syslog     sshd / sudo (BSD syslog)
  payments_json   card payment webhooks for companion fares / refunds
  ferry_res_psv   county ferry vehicle reservations, medical priority (pipe)
  monitor_json    onboard patient monitor telemetry (Zoll-like JSON)

Labeling decisions
  * Patients, their escorts/relatives/emergency contacts and the callers in
    CAD calls about them are PHI subjects.  EMTs, skippers, dispatchers,
    pharmacists, clinicians, vendors (Island Apothecary, the NEMT broker,
    the clearinghouse) and SCIHT's own addresses/phones/emails are not.
  * Ferry terminals, docks and hospitals used as pickup/destination are
    public sites, not PHI.  A patient's home address, home island (when
    given as residence, e.g. "home_island"), or a private-dock pickup at the
    home (street, or lat/long geocode) is `address`; ZIP is always `zip`.
    Vessel GPS positions, MMSI, hull numbers are not PHI.
  * Dates: DOB, appointment, trip/service, admission, delivery and rebook
    dates of a patient are `date` (also partial "11/21"; a date-time value such
    as HL7 PV1-44 or FHIR occurrenceDateTime is one span, time included).  Times alone
    (07:40), years alone, sailing schedules without a patient, log record
    timestamps, MSH-7/EVN-2/ISA/GS/BHT transmission stamps are not.
  * Ages are labeled only when > 89.
  * `mrn`: hospital MRN (ARM...), SCIHT patient id (SC-P-...), FHIR
    Patient logical id (and the id inside "Patient/<id>" references), ePCR
    numbers (PCR-...: the record of one patient).
  * `other_id`: SCIHT transfer booking ids (TRF-...), CAD incident numbers
    tied to a patient, Medicaid prior-authorization numbers, Rx numbers,
    pharmacy delivery ids, broker trip ids.  Business numbers that are not
    per-patient are not labeled: ferry reservation numbers (R...), sailing
    numbers, purchase orders, IT tickets, NDCs, lot numbers, claim batch ids.
  * `health_plan`: ProviderOne Medicaid ids (9 digits + WA), MBIs, private
    plan member ids.  `account`: patient control numbers (CLM01, PID-18),
    full card numbers, bank account numbers.  Masked cards (last4 only) and
    bank routing numbers are not labeled.
  * `vehicle`: plate/VIN of the patient's or escort's own car on the ferry.
    SCIHT's boats and vans are not.
  * `device`: serials of equipment the patient owns or carries (home O2
    concentrator, CGM transmitter, LVAD controller, phone IMEI).  SCIHT's
    monitors, stretchers, radios and AIS transponders are not.
  * `ip`: client IPs of patient-portal (/portal/) requests and of SMS/IVR
    patient callbacks.  Staff console, load balancer, bots, monitors and
    server IPs are not.  `url`: a full URL carrying a patient identifier is
    one `url` span (nothing nested inside); in an access-log request path the
    identifiers inside are labeled with their own categories.
  * Names: one span per value.  HL7 XPN "LAST^FIRST^M" and "LAST, FIRST"
    are one span; where a format puts family and given names in separate
    fields (X12 elements, XML elements, FHIR family/given, fixed-width
    columns, CSV columns) each field is its own span.  A first name alone in
    an SMS or chat about the patient is a name.
  * Malformed/junk copies of a patient identifier (failed validation,
    Luhn-invalid card in a debug dump) are still labeled with its category.
  * A base64 ID photo in a booking is `photo`; an IVR voiceprint template
    is `biometric`; a WA driver licence number (ID check at boarding) is
    `license`.  Staff certification numbers are not labeled.
  * JSON \\u escapes and URL %-escapes are labeled where the bytes are.
"""

import base64
import datetime as dt
import hashlib
import json
import random
import sys
import unicodedata
import urllib.parse
from xml.sax.saxutils import escape as xesc, unescape as xunesc

SEED = 20241118
R = random.Random(SEED)
N_LINES = 500
TZ = dt.timezone(dt.timedelta(hours=-8))

# --------------------------------------------------------------------------
# line builder with byte-offset spans
# --------------------------------------------------------------------------


class P:
    """A PHI value placed into a line."""

    def __init__(self, raw, cat):
        self.raw = raw
        self.cat = cat


def enc(raw, how):
    if how == "raw":
        return raw
    if how == "json":
        return json.dumps(raw, ensure_ascii=False)[1:-1]
    if how == "jsona":
        return json.dumps(raw, ensure_ascii=True)[1:-1]
    if how == "xml":
        return xesc(raw)
    if how == "pct":
        return urllib.parse.quote(raw, safe="")
    raise ValueError(how)


def dec(shown, how):
    if how == "raw":
        return shown
    if how in ("json", "jsona"):
        return json.loads('"' + shown + '"')
    if how == "xml":
        return xunesc(shown)
    if how == "pct":
        return urllib.parse.unquote(shown)
    raise ValueError(how)


class Ln:
    def __init__(self, fam):
        self.fam = fam
        self.parts = []  # (shown, cat, raw, how)

    def t(self, s):
        self.parts.append((s, None, None, None))
        return self

    def p(self, raw, cat, how="raw"):
        if raw is None or raw == "":
            return self
        self.parts.append((enc(raw, how), cat, raw, how))
        return self

    def v(self, x, how="raw"):
        """x is either a plain str or a P."""
        if isinstance(x, P):
            return self.p(x.raw, x.cat, how)
        return self.t(enc(str(x), how))

    def build(self):
        out, spans, pos = [], [], 0
        for shown, cat, raw, how in self.parts:
            b = shown.encode("utf-8")
            if cat is not None:
                spans.append({"s": pos, "e": pos + len(b), "cat": cat,
                              "_raw": raw, "_how": how})
            out.append(shown)
            pos += len(b)
        return "".join(out), spans


class O:
    """ordered JSON object: list of (key, value)"""

    def __init__(self, *pairs):
        self.pairs = [p for p in pairs if p is not None]


def jv(ln, v, how, sep):
    if isinstance(v, O):
        ln.t("{")
        for i, (k, x) in enumerate(v.pairs):
            if i:
                ln.t(sep[0])
            ln.t('"' + enc(k, how) + '"' + sep[1])
            jv(ln, x, how, sep)
        ln.t("}")
    elif isinstance(v, list):
        ln.t("[")
        for i, x in enumerate(v):
            if i:
                ln.t(sep[0])
            jv(ln, x, how, sep)
        ln.t("]")
    elif isinstance(v, P):
        if isinstance(v.raw, str):
            ln.t('"').p(v.raw, v.cat, how).t('"')
        else:
            ln.p(str(v.raw), v.cat)
    elif isinstance(v, str):
        ln.t('"' + enc(v, how) + '"')
    elif v is None:
        ln.t("null")
    elif v is True:
        ln.t("true")
    elif v is False:
        ln.t("false")
    else:
        ln.t(json.dumps(v))


def J(fam, obj, how="json", sep=(",", ":")):
    ln = Ln(fam)
    jv(ln, obj, how, sep)
    return ln


# --------------------------------------------------------------------------
# checksummed identifiers
# --------------------------------------------------------------------------


def luhn_digit(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def npi():
    body = str(R.choice([1, 2])) + "".join(R.choice("0123456789") for _ in range(8))
    return body + luhn_digit("80840" + body)


def card(prefix="4", n=16, valid=True):
    body = prefix + "".join(R.choice("0123456789") for _ in range(n - 1 - len(prefix)))
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


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mbi():
    d = "0123456789"
    return (R.choice("123456789") + R.choice(MBI_A) + R.choice(MBI_AN) + R.choice(d)
            + R.choice(MBI_A) + R.choice(MBI_AN) + R.choice(d) + R.choice(MBI_A)
            + R.choice(MBI_A) + R.choice(d) + R.choice(d))


VIN_T = {c: v for c, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ",
                                 [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = R.choice(["1FT", "5TD", "1HG", "JTM", "3GN", "4S4", "1C4"])
    v = list(wmi + "".join(R.choice(chars) for _ in range(5)) + "0"
             + R.choice("PRS") + R.choice("ABCDEFGHJK") + "".join(R.choice("0123456789") for _ in range(6)))
    tot = sum((int(c) if c.isdigit() else VIN_T[c]) * w for c, w in zip(v, VIN_W))
    r = tot % 11
    v[8] = "X" if r == 10 else str(r)
    return "".join(v)


def imei():
    body = R.choice(["35", "86", "01", "99"]) + "".join(R.choice("0123456789") for _ in range(12))
    return body + luhn_digit(body)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


# --------------------------------------------------------------------------
# world: sites, staff, patients
# --------------------------------------------------------------------------

ORG = "Skerry County Island Health Transport"
ORG_ADDR = ("410 Harbor Way", "Port Anselm", "WA", "98221")
ORG_PHONE = "+13605550140"
ORG_NPI = npi()
ORG_TIN = "91-" + digits(7)
VANCE_NPI = npi()
DOCKS = {"FEN": "Fennick Ferry Dock", "SOR": "Sorrel Village Dock", "HAL": "Hallam Landing",
         "LSR": "Little Sorrel Float", "GRY": "Greyling Public Pier", "COR": "Cormorant Marina",
         "PAN": "Port Anselm Medical Pier"}
DEST = ["Anselm Regional Medical Center", "Port Anselm Dialysis (DaVita)", "Salish Oncology Associates",
        "Anselm Regional Wound Clinic", "Northsound Imaging Center", "Anselm Regional Cardiology"]
ISLANDS = [("Fennick", "98297"), ("Sorrel", "98280"), ("Hallam", "98286"),
           ("Little Sorrel", "98279"), ("Greyling", "98261"), ("Cormorant", "98245")]
STREETS = ["Kittiwake Ln", "Cannery Rd", "Spit Rd", "Madrona Pt Dr", "Old Schoolhouse Rd", "Eelgrass Way",
           "Cedar Hollow Rd", "Skipjack Ln", "Lighthouse Rd", "Weir Bay Rd", "Otter Run", "Pioneer Hill Rd"]
VESSELS = [("MV Tern Runner", "tern-runner", "367712410"), ("MV Grace Harbor", "grace-harbor", "367704530"),
           ("RB Kestrel", "kestrel", "338221907")]
STAFF = [("Kari", "Lindqvist", "EMT"), ("Dmitri", "Abernathy", "Paramedic"), ("Tavita", "Faleolo", "EMT"),
         ("Ruth", "Amundsen", "Skipper"), ("Noel", "Bjornstad", "Skipper"), ("Leland", "Okafor", "PharmD"),
         ("Ines", "Carvalho", "Dispatcher"), ("Graham", "Teague", "Billing"), ("Yuki", "Tanabe", "Paramedic"),
         ("Bram", "Hollis", "Deckhand")]

FIRST_F = ["Marisol", "Ngozi", "Sunniva", "Aiyana", "Rose", "Faith", "Siobhán", "Priya", "Wren", "Hạnh",
           "Mele", "Ingrid", "Chenoa", "Joy", "Dolores", "Zofia", "Amara", "Colleen", "Maëlle", "Birdie"]
FIRST_M = ["Mateo", "Haruto", "Dawit", "Søren", "Hunter", "Siosaia", "Tomás", "Kekoa", "Bjørn", "Ezra",
           "Rafael", "Clement", "Arjun", "Duncan", "José Ángel", "Lars", "Obadiah", "Teodor", "Wade", "Young-jae"]
LAST = ["Cruz-Whitehorse", "Nakamura-Reyes", "Hatch-Kowalczyk", "Sampson-Tsosie", "Van der Berg", "de la Cruz",
        "O'Shaughnessy", "Ó Briain", "Mac an tSaoir", "Nguyễn", "Haugland", "Oyelaran", "Tuilagi", "Deschênes",
        "Larsen", "Stone", "Marsh", "Bell", "Winter", "Story", "Peace", "Brook", "Fisher", "Kahananui",
        "Abernethy-Lowe", "Wolde", "Pettersen", "Lightfoot", "Mercer", "Ahn", "Castellanos Ruiz", "Strand"]
MOB = ["AMB", "WC", "WC-LIFT", "STRETCHER", "BARI-WC"]
EQUIP = [("home O2 concentrator", "Inogen One G5", lambda: "1" + R.choice("ABCDEF") + digits(7)),
         ("CGM transmitter", "Dexcom G7", lambda: "".join(R.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(10))),
         ("LVAD controller", "HeartMate 3", lambda: "MLP" + digits(6)),
         ("portable ventilator", "Trilogy Evo", lambda: "TV" + digits(9)),
         ("insulin pump", "t:slim X2", lambda: digits(8))]

T0 = dt.datetime(2024, 11, 18, 4, 55, 0, tzinfo=TZ)
CLOCK = [T0]


def tick(lo=2, hi=140):
    CLOCK[0] = CLOCK[0] + dt.timedelta(seconds=R.randint(lo, hi), milliseconds=R.randint(0, 999))
    return CLOCK[0]


def now():
    return CLOCK[0]


def phone_raw():
    return "360" + R.choice(["378", "468", "376", "293", "855", "299", "317"]) + digits(4)


def ascii_fold(x):
    x = x.replace("ø", "o").replace("Ø", "O")
    return "".join(c for c in unicodedata.normalize("NFKD", x) if not unicodedata.combining(c))


def fmt_phone(p, style):
    if style == 0:
        return "(%s) %s-%s" % (p[:3], p[3:6], p[6:])
    if style == 1:
        return "%s-%s-%s" % (p[:3], p[3:6], p[6:])
    if style == 2:
        return "+1" + p
    return p


class Patient:
    pass


def mk_patient(i):
    pt = Patient()
    pt.sex = R.choice("FM")
    pt.first = R.choice(FIRST_F if pt.sex == "F" else FIRST_M)
    pt.middle = R.choice("ABCDEFGHJKLMNPRSTW") if R.random() < 0.6 else ""
    pt.last = R.choice(LAST)
    if R.random() < 0.35:
        y = R.randint(1928, 1934)  # >89 in 2024
    else:
        y = R.randint(1938, 2019)
    pt.dob = dt.date(y, R.randint(1, 12), R.randint(1, 28))
    pt.age = 2024 - y - (1 if (pt.dob.month, pt.dob.day) > (11, 18) else 0)
    isl, z = R.choice(ISLANDS)
    pt.street = "%d %s" % (R.randint(4, 2980), R.choice(STREETS))
    if R.random() < 0.2:
        pt.street += R.choice([" Apt 2", " Unit B", " #4"])
    pt.city, pt.zip = isl, z
    pt.home_dock = [k for k, v in DOCKS.items() if v.split()[0] == isl.split()[0]] or ["FEN"]
    pt.home_dock = pt.home_dock[0]
    pt.geo = "48.%05d,-122.%05d" % (R.randint(40000, 79999), R.randint(70000, 99999))
    pt.phone = phone_raw()
    dom = R.choice(["gmail.com", "outlook.com", "islandnet.org", "yahoo.com", "comcast.net"])
    pt.email = "%s.%s%d@%s" % (ascii_fold(pt.first.split()[0].lower()),
                                ascii_fold(pt.last.replace(" ", "").replace("'", "").lower()),
                                R.randint(1, 99), dom)
    pt.mrn = "ARM%08d" % R.randint(100000, 9999999)
    pt.scid = "SC-P-%06d" % R.randint(1000, 99999)
    pt.fhir = "pt-%d" % R.randint(1000, 99999)
    pt.p1 = digits(9) + "WA"
    pt.mbi = mbi() if pt.age >= 65 else None
    pt.ssn = ssn()
    pt.acct = "SC%09d" % R.randint(10000000, 999999999)
    pt.dl = "WDL" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9))
    pt.plate = R.choice(["B", "C", "A"]) + "".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2)) + digits(4)
    pt.vin = vin()
    pt.card = card(R.choice(["4", "51", "37"]), 15 if False else 16)
    eq = R.choice(EQUIP) if R.random() < 0.45 else None
    pt.equip = (eq[0], eq[1], eq[2]()) if eq else None
    pt.ip = "%d.%d.%d.%d" % (R.choice([73, 24, 174, 67, 97, 50]), R.randint(1, 254), R.randint(0, 254), R.randint(1, 254))
    ec = Patient()
    fem = R.random() < 0.5
    ec.first = R.choice(FIRST_F if fem else FIRST_M)
    ec.last = pt.last if R.random() < 0.5 else R.choice(LAST)
    ec.rel = R.choice(["daughter", "wife", "niece", "caregiver", "neighbor", "sister"] if fem
                      else ["son", "husband", "grandson", "caregiver", "neighbor", "brother"])
    ec.phone = phone_raw()
    pt.ec = ec
    pt.mob = R.choice(MOB)
    return pt


PATIENTS = [mk_patient(i) for i in range(44)]


class Trip:
    pass


TRIPS = []


def new_trip(pt=None):
    tr = Trip()
    tr.pt = pt or R.choice(PATIENTS)
    tr.id = "TRF-24-%05d" % R.randint(1000, 99999)
    tr.date = (now() + dt.timedelta(days=R.randint(1, 16))).date()
    tr.time = R.choice(["06:20", "07:40", "09:15", "11:05", "13:30", "15:50"])
    tr.appt = "%02d:%02d" % (R.randint(8, 15), R.choice([0, 15, 30, 45]))
    tr.dest = R.choice(DEST)
    tr.home_pickup = R.random() < 0.2
    tr.pa = "PA" + digits(10)
    tr.pcr = "PCR-%s-%04d" % (now().strftime("%Y%m%d"), R.randint(1, 240))
    tr.escort = R.random() < 0.45
    TRIPS.append(tr)
    return tr


def any_trip():
    if TRIPS and R.random() < 0.6:
        return R.choice(TRIPS)
    return new_trip()


def name_fl(pt):
    return pt.first + " " + pt.last


def name_lf(pt):
    return pt.last + ", " + pt.first


# --------------------------------------------------------------------------
# families
# --------------------------------------------------------------------------

OUT = []  # list of Ln


def emit(*lns):
    OUT.extend(lns)


def iso(t, ms=True, z=False):
    if z:
        u = t.astimezone(dt.timezone.utc)
        return u.strftime("%Y-%m-%dT%H:%M:%S") + (".%03dZ" % (u.microsecond // 1000) if ms else "Z")
    s = t.strftime("%Y-%m-%dT%H:%M:%S")
    if ms:
        s += ".%03d" % (t.microsecond // 1000)
    return s + "-08:00"


def epoch_ms(t):
    return int(t.timestamp() * 1000)


# 1 booking_json ------------------------------------------------------------

def f_booking(force=False):
    t = tick()
    host = "book-api-%d" % R.randint(1, 3)
    base = [("level", 30), ("time", epoch_ms(t)), ("pid", R.choice([2211, 2214, 3107])), ("hostname", host)]
    r = R.random() if not force else 0.5
    if r < 0.40:
        msgs = [O(*base, ("reqId", "req-" + hexs(6)), ("msg", "request completed"),
                  ("res", O(("statusCode", 200))), ("responseTime", R.randint(4, 180)),
                  ("route", R.choice(["GET /api/v2/sailings", "GET /api/v2/health", "GET /api/v2/docks"]))),
                O(*base, ("msg", "sailing schedule synced"), ("source", "ferries.skerrycounty.gov"),
                  ("sailings", R.randint(18, 44)), ("etag", '"' + hexs(16) + '"'), ("ms", R.randint(80, 900))),
                O(*base, ("msg", "cache warm"), ("keys", R.randint(200, 900)), ("redis", "10.40.2.15:6379"),
                  ("build", "book-api@3.14.%d+g%s" % (R.randint(0, 9), hexs(7)))),
                O(("level", 40), ("time", epoch_ms(t)), ("pid", 2211), ("hostname", host),
                  ("msg", "capacity warning"), ("sailing", "%s %s>PAN" % (R.choice(["0740", "0915", "1305"]), R.choice(list(DOCKS)[:6]))),
                  ("vessel", R.choice(VESSELS)[0]), ("stretcherSlots", 0), ("wcSlots", R.randint(0, 2)))]
        emit(J("booking_json", R.choice(msgs)))
        return
    tr = new_trip() if r < 0.75 else any_trip()
    pt = tr.pt
    patient = O(("id", P(pt.scid, "mrn")), ("name", P(name_fl(pt), "name")),
                ("dob", P(pt.dob.isoformat(), "date")),
                ("phone", P(fmt_phone(pt.phone, R.randint(0, 2)), "phone")) if R.random() < 0.6 else None,
                ("email", P(pt.email, "email")) if R.random() < 0.3 else None,
                ("home_island", P(pt.city, "address")) if R.random() < 0.5 else None,
                ("providerOne", P(pt.p1, "health_plan")),
                ("mobility", pt.mob))
    pickup = (O(("type", "private_dock"), ("addr", P(pt.street, "address")), ("zip", P(pt.zip, "zip")),
                ("geo", P(pt.geo, "address"))) if tr.home_pickup else
              O(("type", "terminal"), ("code", pt.home_dock), ("name", DOCKS[pt.home_dock])))
    booking = O(("id", P(tr.id, "other_id")), ("status", "CONFIRMED"), ("patient", patient),
                ("sailing", O(("date", P(tr.date.isoformat(), "date")), ("dep", tr.time),
                              ("vessel", R.choice(VESSELS)[0]))),
                ("pickup", pickup), ("dest", tr.dest), ("apptTime", tr.appt),
                ("escort", O(("name", P(pt.ec.first + " " + pt.ec.last, "name")), ("rel", pt.ec.rel),
                             ("phone", P(fmt_phone(pt.ec.phone, 1), "phone")))) if tr.escort else None,
                ("equipment", O(("type", pt.equip[0]), ("model", pt.equip[1]),
                                ("serial", P(pt.equip[2], "device")))) if pt.equip and R.random() < 0.7 else None,
                ("priorAuth", P(tr.pa, "other_id")),
                ("createdBy", R.choice(["icarvalho", "kiosk-fen-01", "portal", "ivr"])))
    extra = []
    if R.random() < 0.12 or force:
        extra.append(("idCheck", O(("type", "WA DL"), ("number", P(pt.dl, "license")), ("verifiedBy", "bhollis"))))
    if R.random() < 0.08 or force:
        b = base64.b64encode(hashlib.sha256(pt.scid.encode()).digest() * 3).decode()
        extra.append(("idPhoto", O(("mime", "image/jpeg"), ("b64", P("/9j/4AAQSkZJRgABAQ" + b[:60], "photo")),
                                   ("truncated", True))))
    emit(J("booking_json", O(*base, ("reqId", "req-" + hexs(6)),
                              ("msg", R.choice(["booking created", "booking updated", "booking confirmed"])),
                              ("booking", booking), *extra)))


# 2 nginx_access ------------------------------------------------------------

UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.86 Mobile Safari/537.36",
      "Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1"]


def f_nginx():
    t = tick(1, 40)
    ts = t.strftime("%d/%b/%Y:%H:%M:%S -0800")
    r = R.random()
    ln = Ln("nginx_access")
    if r < 0.45:
        ip = R.choice(["10.40.0.11", "10.40.0.12", "35.191.14.22", "66.249.66.%d" % R.randint(1, 200), "18.237.40.12"])
        path = R.choice(["/healthz", "/static/js/app.4f9c2e1b.js", "/static/css/main.9a01.css", "/robots.txt",
                         "/api/v2/sailings?date=today", "/favicon.ico", "/console/login", "/console/dispatch/board"])
        ua = R.choice(["ELB-HealthChecker/2.0", "Googlebot/2.1 (+http://www.google.com/bot.html)", UA[1],
                       "UptimeRobot/2.0", "kube-probe/1.29"])
        st = 200 if "console/login" not in path else 302
        ln.t('%s - - [%s] "GET %s HTTP/1.1" %d %d "-" "%s" rt=%.3f' % (ip, ts, path, st, R.randint(40, 90000), ua, R.random() / 4))
    else:
        tr = any_trip()
        pt = tr.pt
        user = R.choice(["-", pt.email])
        ln.p(pt.ip, "ip").t(" - ")
        if user == "-":
            ln.t("-")
        else:
            ln.p(user, "email")
        ln.t(" [%s] \"" % ts)
        k = R.randint(0, 3)
        if k == 0:
            ln.t("GET /portal/trips/").p(tr.id, "other_id").t("/boarding-pass?pid=").p(pt.scid, "mrn").t(" HTTP/2.0\" 200 %d" % R.randint(3000, 9000))
        elif k == 1:
            ln.t("POST /portal/trips/").p(tr.id, "other_id").t("/cancel HTTP/2.0\" 204 0")
        elif k == 2:
            ln.t("GET /portal/lookup?last=").p(pt.last, "name", "pct").t("&dob=").p(pt.dob.strftime("%m/%d/%Y"), "date", "pct").t(" HTTP/2.0\" 200 %d" % R.randint(400, 2000))
        else:
            ln.t("GET /portal/rx/deliveries?member=").p(pt.p1, "health_plan").t(" HTTP/2.0\" 200 %d" % R.randint(400, 4000))
        ln.t(' "https://book.skerryhealth.org/portal/" "%s" rt=%.3f' % (R.choice(UA), R.random() / 3))
    emit(ln)


# 3 epcr_xml -----------------------------------------------------------------

def f_epcr():
    tick()
    tr = any_trip()
    pt = tr.pt
    st = R.choice(STAFF[:3] + STAFF[8:9])
    ln = Ln("epcr_xml")
    ln.t('<PatientCareReport xmlns="http://www.nemsis.org" UUID="%s"><eRecord.01>' % uuid4())
    ln.p(tr.pcr, "mrn").t("</eRecord.01><eResponse.13>M%d</eResponse.13><eResponse.14>%s</eResponse.14>" % (R.randint(5, 9), R.choice(VESSELS)[0]))
    ln.t("<ePatient.02>").p(pt.last, "name", "xml").t("</ePatient.02><ePatient.03>").p(pt.first, "name", "xml").t("</ePatient.03>")
    ln.t("<ePatient.17>").p(pt.dob.isoformat(), "date").t("</ePatient.17><ePatient.15>")
    ln.v(P(str(pt.age), "age") if pt.age > 89 else str(pt.age)).t('</ePatient.15><ePatient.16>2516009</ePatient.16>')
    if R.random() < 0.5:
        ln.t("<ePatient.05>").p(pt.street, "address", "xml").t("</ePatient.05><ePatient.06>").p(pt.city, "address").t(
            "</ePatient.06><ePatient.08>WA</ePatient.08><ePatient.09>").p(pt.zip, "zip").t("</ePatient.09>")
    ln.t("<eTimes.03>%s</eTimes.03>" % iso(now(), ms=False))
    ln.t("<eVitals.06>%d</eVitals.06><eVitals.07>%d</eVitals.07><eVitals.10>%d</eVitals.10><eVitals.12>%d</eVitals.12>" % (
        R.randint(100, 170), R.randint(55, 100), R.randint(55, 120), R.randint(86, 100)))
    ln.t("<eCrew.CrewGroup><eCrew.01>WA-EMT-%s</eCrew.01><eCrew.03>%s</eCrew.03></eCrew.CrewGroup>" % (digits(7), st[2]))
    ln.t("<eNarrative.01>")
    k = R.randint(0, 2)
    if k == 0:
        ln.t(xesc("Pt ambulatory w/ assist at %s, c/o SOB on exertion. " % DOCKS[pt.home_dock]))
        ln.t("Escort (%s) " % pt.ec.rel)
        ln.p(pt.ec.first + " " + pt.ec.last, "name", "xml").t(xesc(" onboard. Sea state 4-6 ft, pt seated aft, O2 2 L NC. Handoff to ARMC ED RN."))
    elif k == 1:
        ln.t(xesc("Transferred via Stryker Power-PRO to stretcher mount. "))
        if pt.equip:
            ln.t(xesc("Pt's own %s (%s) s/n " % pt.equip[:2])).p(pt.equip[2], "device", "xml").t(" travelled with pt, secured.")
        else:
            ln.t("Pt has no home equipment.")
    else:
        ln.t(xesc("Routine NEMT transfer for %s appt. No acute distress. Report to " % tr.dest.split(" (")[0]))
        ln.t(xesc("Dr. Helen Vance, ARMC. Crew: %s %s." % (st[0], st[1])))
    ln.t("</eNarrative.01></PatientCareReport>")
    emit(ln)


# 4 hl7v2 -------------------------------------------------------------------

def f_hl7():
    t = tick()
    tr = any_trip()
    pt = tr.pt
    ts = t.strftime("%Y%m%d%H%M%S")
    ev = R.choice(["A04", "A08", "A03"])
    ctl = "ARM" + digits(9)
    fam = "hl7v2"
    lns = [Ln(fam).t("MSH|^~\\&|EPIC|ARMC|SCIHT_ENGINE|SCIHT|%s||ADT^%s^ADT_A01|%s|P|2.5.1|||AL|NE" % (ts, ev, ctl)),
           Ln(fam).t("EVN|%s|%s|||%s^%s^%s" % (ev, ts, R.choice(["TMENDOZA", "AKOWALSKI"]), "REG", "CLERK"))]
    pid = Ln(fam).t("PID|1||").p(pt.mrn, "mrn").t("^^^ARMC^MR~").p(pt.scid, "mrn").t("^^^SCIHT^PI||")
    pid.p(pt.last.upper() + "^" + pt.first.upper() + ("^" + pt.middle if pt.middle else ""), "name")
    pid.t("||").p(pt.dob.strftime("%Y%m%d"), "date").t("|%s|||" % pt.sex)
    pid.p(pt.street, "address").t("^^").p(pt.city, "address").t("^WA^").p(pt.zip, "zip").t("^USA^H||")
    pid.p(fmt_phone(pt.phone, 0), "phone").t("^PRN^PH|||||").p(pt.acct, "account").t("|")
    if R.random() < 0.5:
        pid.p(pt.ssn.replace("-", ""), "ssn")
    lns.append(pid)
    ec = pt.ec
    lns.append(Ln(fam).t("NK1|1|").p(ec.last.upper() + "^" + ec.first.upper(), "name").t("|%s^%s^HL70063||" % (
        ec.rel[:3].upper(), ec.rel.capitalize())).p(fmt_phone(ec.phone, 0), "phone").t("||EC^Emergency Contact^HL70131"))
    adm = dt.datetime.combine(tr.date, dt.time(int(tr.appt[:2]), int(tr.appt[3:])))
    # PV1-7 attending, PV1-19 visit number, PV1-44 admit date/time
    lns.append(Ln(fam).t("PV1|1|O|ARMC^%s^^ARMC||||%s^Vance^Helen^M^^^MD" % (
        R.choice(["CARD", "ONC", "DIAL", "WOUND", "IMG"]), VANCE_NPI) + "|" * 12).p("V" + digits(9), "account").t(
        "|" * 25).p(adm.strftime("%Y%m%d%H%M"), "date"))
    ins = Ln(fam).t("IN1|1|WAMCD^Washington Apple Health|HCA01|WA HEALTH CARE AUTHORITY|PO BOX 45531^^OLYMPIA^WA^98504||||||||||||")
    ins.p(pt.last.upper() + "^" + pt.first.upper(), "name").t("|SEL|").p(pt.dob.strftime("%Y%m%d"), "date").t("|||||||||||||||||||").p(pt.p1, "health_plan")
    lns.append(ins)
    emit(*lns)


# 5 fhir_json ----------------------------------------------------------------

def f_fhir():
    t = tick()
    tr = any_trip()
    pt = tr.pt
    sep = (", ", ": ")
    pre = Ln("fhir_json").t("%s,%03d INFO  [hie-bridge.sync] upsert " % (t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000))
    if R.random() < 0.55:
        telecom = [O(("system", "phone"), ("value", P(fmt_phone(pt.phone, 1), "phone")), ("use", "mobile"))]
        if R.random() < 0.5:
            telecom.append(O(("system", "email"), ("value", P(pt.email, "email"))))
        obj = O(("resourceType", "Patient"), ("id", P(pt.fhir, "mrn")),
                ("meta", O(("versionId", str(R.randint(1, 9))), ("lastUpdated", iso(t, z=True)))),
                ("identifier", [O(("system", "urn:oid:2.16.840.1.113883.3.7204.1"), ("value", P(pt.mrn, "mrn"))),
                                O(("system", "https://www.hca.wa.gov/providerone"), ("value", P(pt.p1, "health_plan")))]
                 + ([O(("system", "http://hl7.org/fhir/sid/us-mbi"), ("value", P(pt.mbi, "health_plan")))] if pt.mbi else [])),
                ("name", [O(("family", P(pt.last, "name")), ("given", [P(pt.first, "name")]))]),
                ("telecom", telecom), ("gender", "female" if pt.sex == "F" else "male"),
                ("birthDate", P(pt.dob.isoformat(), "date")),
                ("address", [O(("line", [P(pt.street, "address")]), ("city", P(pt.city, "address")),
                               ("district", "Skerry"), ("state", "WA"), ("postalCode", P(pt.zip, "zip")))]))
    else:
        obj = O(("resourceType", "ServiceRequest"), ("id", "sr-" + hexs(8)), ("status", "active"), ("intent", "order"),
                ("code", O(("coding", [O(("system", "http://www.ama-assn.org/go/cpt"), ("code", "T2003"),
                                          ("display", "Non-emergency transportation; encounter/trip"))]))),
                ("subject", O(("reference", [P(pt.fhir, "mrn")]))),
                ("occurrenceDateTime", P(tr.date.isoformat() + "T" + tr.appt + ":00-08:00", "date")),
                ("requester", O(("reference", "Practitioner/" + npi()), ("display", "Helen Vance, MD"))),
                ("note", [O(("text", ["Pt ", P(pt.first + " " + pt.last, "name"), " needs %s, escort OK." % pt.mob]))]))
    # subject.reference and note.text are assembled from pieces: build by hand
    ln = pre
    _fhir_emit(ln, obj, sep)
    emit(ln)


def _fhir_emit(ln, v, sep):
    """like jv but a list inside "reference"/"text" means string concatenation"""
    if isinstance(v, O):
        ln.t("{")
        for i, (k, x) in enumerate(v.pairs):
            if i:
                ln.t(sep[0])
            ln.t('"%s"%s' % (k, sep[1]))
            if k in ("reference", "text") and isinstance(x, list):
                ln.t('"')
                if k == "reference":
                    ln.t("Patient/")
                for piece in x:
                    if isinstance(piece, P):
                        ln.p(piece.raw, piece.cat, "jsona")
                    else:
                        ln.t(enc(piece, "jsona"))
                ln.t('"')
            else:
                _fhir_emit(ln, x, sep)
        ln.t("}")
    elif isinstance(v, list):
        ln.t("[")
        for i, x in enumerate(v):
            if i:
                ln.t(sep[0])
            _fhir_emit(ln, x, sep)
        ln.t("]")
    else:
        jv(ln, v, "jsona", sep)


# 6 x12_837 -----------------------------------------------------------------

def f_x12():
    t = tick()
    tr = any_trip()
    pt = tr.pt
    fam = "x12_837"
    ctl = "%09d" % R.randint(1, 999999999)
    lns = []

    def s(txt):
        lns.append(Ln(fam).t(txt))

    s("ISA*00*          *00*          *ZZ*SCIHT%-10s*ZZ*WAMMIS         *%s*%s*^*00501*%s*0*P*:~" % (
        "", t.strftime("%y%m%d"), t.strftime("%H%M"), ctl))
    s("GS*HC*SCIHT*WAMMIS*%s*%s*%d*X*005010X222A1~" % (t.strftime("%Y%m%d"), t.strftime("%H%M"), int(ctl) % 10000))
    s("ST*837*0001*005010X222A1~")
    s("BHT*0019*00*B%s*%s*%s*CH~" % (digits(8), t.strftime("%Y%m%d"), t.strftime("%H%M")))
    s("NM1*85*2*SKERRY COUNTY ISLAND HEALTH TRANSPORT*****XX*%s~" % ORG_NPI)
    s("N3*410 HARBOR WAY~")
    s("N4*PORT ANSELM*WA*982214417~")
    s("REF*EI*%s~" % ORG_TIN.replace("-", ""))
    s("SBR*P*18*******MC~")
    lns.append(Ln(fam).t("NM1*IL*1*").p(pt.last.upper(), "name").t("*").p(pt.first.upper(), "name").t(
        "*" + pt.middle + "***MI*").p(pt.p1 if R.random() < 0.9 else pt.p1[1:], "health_plan").t("~"))
    lns.append(Ln(fam).t("N3*").p(pt.street.upper(), "address").t("~"))
    lns.append(Ln(fam).t("N4*").p(pt.city.upper(), "address").t("*WA*").p(pt.zip, "zip").t("~"))
    lns.append(Ln(fam).t("DMG*D8*").p(pt.dob.strftime("%Y%m%d"), "date").t("*%s~" % pt.sex))
    s("NM1*PR*2*WASHINGTON STATE HCA*****PI*WAMCD~")
    amt = R.choice([48.5, 62.0, 118.75, 96.25])
    lns.append(Ln(fam).t("CLM*").p(pt.acct, "account").t("*%.2f***99:B:1*Y*A*Y*Y~" % amt))
    lns.append(Ln(fam).t("REF*G1*").p(tr.pa, "other_id").t("~"))
    if tr.home_pickup:
        s("NM1*PW*2~")
        lns.append(Ln(fam).t("N3*").p(pt.street.upper(), "address").t("~"))
        lns.append(Ln(fam).t("N4*").p(pt.city.upper(), "address").t("*WA*").p(pt.zip, "zip").t("~"))
    else:
        s("NM1*PW*2~")
        s("N3*%s~" % DOCKS[pt.home_dock].upper())
        s("N4*%s*WA*%s~" % (pt.city.upper(), pt.zip))  # public dock, city/zip of a site
    s("NM1*45*2~")
    s("N3*1200 HOSPITAL HILL RD~")
    s("N4*PORT ANSELM*WA*98221~")
    s("LX*1~")
    s("SV1*HC:T2003:TN*%.2f*UN*1***1~" % amt)
    lns.append(Ln(fam).t("DTP*472*D8*").p(tr.date.strftime("%Y%m%d"), "date").t("~"))
    s("SE*%d*0001~" % (len(lns) - 1))
    emit(*lns)


# 7 pharmacy_csv --------------------------------------------------------------

DRUGS = [("00093-7424-56", "atorvastatin 40 mg tab", 90), ("00378-0208-01", "metoprolol tartrate 25 mg tab", 60),
         ("00169-4132-12", "insulin aspart FlexPen 100 u/mL", 5), ("00003-0894-21", "apixaban 5 mg tab", 60),
         ("63323-0262-01", "enoxaparin 40 mg/0.4 mL syr", 10), ("00054-4297-25", "furosemide 40 mg tab", 30),
         ("59762-3304-1", "sertraline 50 mg tab", 30)]
CSV_HDR = "delivery_id,rx_no,patient_last,patient_first,dob,deliver_to,address,zip,ndc,drug,qty,lot,exp,cold_chain,courier_vessel,pharmacist"


def f_pharm(header=False):
    tick()
    if header:
        emit(Ln("pharmacy_csv").t(CSV_HDR))
        return
    if R.random() < 0.25:
        emit(Ln("pharmacy_csv").t("#ROUTE,%s,%s,stops=%d,cold_box_c=%.1f,logger=TL-%s,po=IA-%s,closed_by=L.Okafor RPh" % (
            R.choice(VESSELS)[1], R.choice(["FEN-SOR-HAL", "GRY-COR", "LSR-SOR"]), R.randint(3, 12),
            2 + R.random() * 5, digits(5), digits(6))))
        return
    pt = R.choice(PATIENTS)
    ndc, drug, q = R.choice(DRUGS)
    home = R.random() < 0.4
    ln = Ln("pharmacy_csv")
    ln.p("DLV-%s-%03d" % (now().strftime("%y%m%d"), R.randint(1, 400)), "other_id").t(",")
    ln.p("RX" + digits(7), "other_id").t(",")
    last = pt.last
    ln.t('"').p(last.replace('"', '""'), "name").t('","').p(pt.first, "name").t('",')
    ln.p(pt.dob.strftime("%m/%d/%Y"), "date").t(",")
    if home:
        ln.t("HOME,\"").p(pt.street + ", " + pt.city, "address").t('",').p(pt.zip, "zip").t(",")
    else:
        ln.t("%s,,," % DOCKS[pt.home_dock])
    ln.t("%s,%s,%d,%s%s,%s,%s,%s,%s" % (ndc, drug, q, R.choice("KLMPT"), digits(5), "2026-%02d" % R.randint(1, 12),
                                        "Y" if "insulin" in drug or "enox" in drug else "N",
                                        R.choice(VESSELS)[1], "L.Okafor RPh"))
    emit(ln)


# 8 sms_gw -------------------------------------------------------------------

def f_sms(force_k=None):
    t = tick(1, 60)
    tr = any_trip()
    pt = tr.pt
    ln = Ln("sms_gw").t("ts=%s level=info svc=sms-gw provider=twilio sid=SM%s " % (iso(t, z=True), hexs(32)))
    k = R.randint(0, 7) if force_k is None else force_k
    md = "%d/%d" % (tr.date.month, tr.date.day)
    dow = tr.date.strftime("%a")
    if k <= 1:
        ln.t("dir=outbound to=").p("+1" + pt.phone, "phone").t(" from=%s status=queued segments=2 body=\"" % ORG_PHONE)
        ln.t("Skerry Med Shuttle: Hi ").p(pt.first, "name").t(", your transfer ").p(tr.id, "other_id").t(
            " on %s " % dow).p(md, "date").t(" departs %s %s. Reply C to cancel, H for help.\"" % (DOCKS[pt.home_dock], tr.time))
    elif k == 2:
        ln.t("dir=outbound to=").p("+1" + pt.phone, "phone").t(" from=%s status=sent segments=3 body=\"" % ORG_PHONE)
        ln.t("WEATHER CANCEL: The %s sailing from %s is cancelled (gale warning). " % (tr.time, DOCKS[pt.home_dock]))
        ln.t("We will call to rebook. Manage trip: ").p("https://book.skerryhealth.org/p/" + pt.scid + "/trips/" + tr.id, "url").t('"')
    elif k == 3:
        ln.t("dir=inbound from=").p("+1" + pt.phone, "phone").t(" to=%s body=\"%s\" matched_rule=%s" % (
            ORG_PHONE, *R.choice([("C", "cancel"), ("c", "cancel"), ("Yes", "confirm"), ("H", "help"), ("STOP", "optout")])))
    elif k == 4:
        ln.t("dir=ivr caller=").p("+1" + pt.ec.phone, "phone").t(" src_ip=").p(pt.ip, "ip").t(
            " voiceauth=enrolled vp_template=").p(base64.b64encode(hashlib.sha1((pt.scid + "vp").encode()).digest()).decode(), "biometric").t(
            " dur_s=%d" % R.randint(30, 400))
    elif k == 6:
        ln.t("dir=status queue=outbound depth=%d p95_ms=%d provider_region=us1 api=2010-04-01 rate_limited=%s" % (
            R.randint(0, 40), R.randint(80, 900), R.choice(["false", "false", "true"])))
    else:
        ln.t("dir=outbound to=+13605550177 status=delivered segments=1 body=\"ON-CALL: %s crew check-in 05:45, vessel %s\"" % (
            R.choice(["A", "B"]), R.choice(VESSELS)[0]))
        # staff on-call page: no PHI
    emit(ln)


# 9 wx_syslog ----------------------------------------------------------------

def f_wx():
    t = tick()
    k = R.randint(0, 3)
    ln = Ln("wx_syslog").t("<%d>1 %s wx-01 wxcancel %d %s " % (134 if k != 1 else 132, iso(t), R.randint(1800, 1900),
                                                            ["WXOBS", "WXCX", "WXFC", "WXREBOOK"][k]))
    zone = R.choice(["PZZ133", "PZZ134", "PZZ135"])
    if k == 0:
        w = R.randint(8, 35)
        ln.t('[obs@32473 station="SKRW1" wind_kt="%d" gust_kt="%d" seas_ft="%d" vis_nm="%.1f"] buoy obs ingested' % (
            w, w + R.randint(3, 15), R.randint(2, 12), R.random() * 10))
    elif k == 1:
        v = R.choice(VESSELS)
        ln.t('[sail@32473 id="S%s" vessel="%s" mmsi="%s"] NWS %s %s; sailing %s %s>PAN cancelled, %d transfers flagged for rebook' % (
            digits(6), v[0], v[2], zone, R.choice(["Gale Warning", "Small Craft Advisory"]), R.choice(["0620", "0740", "0915"]),
            R.choice(list(DOCKS)[:6]), R.randint(1, 9)))
    elif k == 2:
        ln.t("- NWS forecast %s updated: %s winds %d to %d kt, wind waves %d ft. Valid until %s" % (
            zone, R.choice(["SE", "S", "SW"]), R.randint(15, 25), R.randint(25, 45), R.randint(3, 9),
            (t + dt.timedelta(hours=18)).strftime("%Y-%m-%dT%H:00")))
    else:
        tr = any_trip()
        nd = tr.date + dt.timedelta(days=1)
        ln.t('[rebook@32473 booking="').p(tr.id, "other_id").t('" pt="').p(tr.pt.scid, "mrn").t(
            '" old="').p(tr.date.isoformat(), "date").t('" new="').p(nd.isoformat(), "date").t('"] auto-rebook ok')
    emit(ln)


# 10 ais_nmea ----------------------------------------------------------------

def nmea(body):
    c = 0
    for ch in body:
        c ^= ord(ch)
    return "!%s*%02X" % (body, c)


def f_ais():
    t = tick(1, 30)
    pl = "".join(R.choice("0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVW`abcdefghijklmnopqrstuvw") for _ in range(28))
    body = "AIVDM,1,1,,%s,1%s,0" % (R.choice("AB"), pl[1:])
    emit(Ln("ais_nmea").t("%s ais-rx1 %s" % (iso(t, z=True), nmea(body))))


# 11 engine_logfmt -------------------------------------------------------------

def f_engine():
    t = tick(1, 40)
    v = R.choice(VESSELS)
    emit(Ln("engine_logfmt").t(
        "time=%s vessel=%s sensor=eng.%s rpm=%d coolant_c=%.1f oil_kpa=%d fuel_lph=%.1f gps=48.%05d,-122.%05d hdg=%d sog_kn=%.1f fw=j1939-gw/2.7.%d" % (
            iso(t), v[1], R.choice(["port", "stbd"]), R.randint(600, 2300), 70 + R.random() * 20, R.randint(280, 520),
            R.random() * 140, R.randint(40000, 79999), R.randint(70000, 99999), R.randint(0, 359), R.random() * 30, R.randint(0, 4))))


# 12 cad_kv ------------------------------------------------------------------

def f_cad():
    t = tick()
    ln = Ln("cad_kv").t("%s CAD " % t.strftime("%Y-%m-%d %H:%M:%S"))
    if R.random() < 0.35:
        ln.t("unit=MARINE-%d status=%s vessel=%s by=%s" % (R.randint(5, 9), R.choice(["AVAIL", "ENRT", "ATDOCK", "OOS"]),
                                                          R.choice(VESSELS)[1], R.choice(["ICARVALHO", "NBJORNSTAD"])))
    else:
        tr = any_trip()
        pt = tr.pt
        ln.t("inc=").p("24-%03d-%04d" % (t.timetuple().tm_yday, R.randint(1, 200)), "other_id")
        ln.t(' nature="%s" pri=%d unit=MARINE-%d loc="%s" pt="' % (
            R.choice(["MEDEVAC - CHEST PAIN", "NEMT TRANSFER", "FALL W/ INJURY", "DIALYSIS RUN"]), R.randint(1, 3),
            R.randint(5, 9), DOCKS[pt.home_dock].upper()))
        ln.p((pt.last + ", " + pt.first).upper(), "name").t('" age=')
        ln.v(P(str(pt.age), "age") if pt.age > 89 else str(pt.age))
        ln.t(" cb=").p(fmt_phone(R.choice([pt.phone, pt.ec.phone]), 1), "phone")
        if R.random() < 0.3:
            ln.t(' home="').p(pt.street.upper() + " " + pt.city.upper(), "address").t('"')
        ln.t(" disp=ICARVALHO")
    emit(ln)


# 13 pg_log ------------------------------------------------------------------

def f_pg():
    t = tick(1, 30)
    pre = "%s PST [%d] app@trips " % (t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000), R.randint(20000, 32000))
    k = R.randint(0, 4)
    if k == 0:
        emit(Ln("pg_log").t(pre + "LOG:  duration: %.3f ms  statement: SELECT count(*) FROM sailings WHERE sail_date = current_date AND status = 'CANCELLED'" % (R.random() * 9)))
    elif k == 1:
        emit(Ln("pg_log").t(pre + "LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 1 removed; write=%.3f s" % (
            R.randint(100, 4000), R.random() * 5, R.random() * 30)))
    elif k == 2:
        pt = R.choice(PATIENTS)
        emit(Ln("pg_log").t(pre + "LOG:  duration: %.3f ms  execute <unnamed>: SELECT id, last_name, first_name, dob FROM patients WHERE providerone_id = $1" % (R.random() * 4)),
             Ln("pg_log").t(pre + "DETAIL:  parameters: $1 = '").p(pt.p1, "health_plan").t("'"))
    elif k == 3:
        tr = any_trip()
        emit(Ln("pg_log").t(pre + "LOG:  duration: %.3f ms  statement: UPDATE bookings SET status='WX_CANCEL', updated_at=now() WHERE booking_no='" % (R.random() * 3)).p(tr.id, "other_id").t("'"))
    else:
        pt = R.choice(PATIENTS)
        emit(Ln("pg_log").t(pre + "ERROR:  duplicate key value violates unique constraint \"patients_mrn_key\""),
             Ln("pg_log").t(pre + "DETAIL:  Key (mrn)=(").p(pt.mrn, "mrn").t(") already exists."),
             Ln("pg_log").t(pre + "STATEMENT:  INSERT INTO patients (mrn, last_name, first_name, dob) VALUES ('").p(pt.mrn, "mrn").t("', '").p(
                 pt.last.replace("'", "''"), "name").t("', '").p(pt.first, "name").t("', '").p(pt.dob.isoformat(), "date").t("')"))


# 14 java_trace ---------------------------------------------------------------

def f_java():
    t = tick()
    ts = t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)
    fam = "java_trace"
    if R.random() < 0.4:
        emit(Ln(fam).t("%s INFO  [scheduler-1] o.s.billing.BatchJob - 837P batch B%s submitted: %d claims, %d bytes, clearinghouse=Availity ack=999-%s" % (
            ts, digits(8), R.randint(4, 40), R.randint(4000, 90000), digits(6))))
        return
    pt = R.choice(PATIENTS)
    bad = pt.p1[:-3] + "WA" if R.random() < 0.5 else pt.p1
    first = Ln(fam).t("%s ERROR [claims-submit-%d] o.s.billing.ClaimSubmitter - Eligibility check failed for member " % (ts, R.randint(1, 4)))
    first.p(bad, "health_plan").t(" (").p(pt.last + ", " + pt.first, "name").t(") DOS ").p(
        (now().date() - dt.timedelta(days=R.randint(1, 30))).strftime("%m/%d/%Y"), "date")
    frames = ["org.skerry.billing.EligibilityException: 271 AAA*N**72*C - Invalid/Missing Member ID",
              "\tat org.skerry.billing.elig.X12_271Parser.check(X12_271Parser.java:%d)" % R.randint(80, 300),
              "\tat org.skerry.billing.ClaimSubmitter.submit(ClaimSubmitter.java:%d)" % R.randint(100, 400),
              "\tat org.skerry.billing.BatchJob.run(BatchJob.java:%d)" % R.randint(40, 120),
              "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)",
              "\tat java.base/java.lang.Thread.run(Thread.java:1583)",
              "Caused by: java.net.SocketTimeoutException: Read timed out (host=api.availity.com:443, 30000 ms)",
              "\t... 4 common frames omitted"]
    emit(first, *[Ln(fam).t(f) for f in frames[:R.randint(4, 8)]])


# 15 chat --------------------------------------------------------------------

def f_chat():
    t = tick()
    s = R.choice(STAFF)
    ln = Ln("chat").t("%s\t#%s\t@%s.%s\t" % (iso(t, ms=False, z=True), R.choice(["dispatch", "crew-ops", "billing", "pharmacy-run"]),
                                           s[0].lower(), s[1].lower()))
    k = R.randint(0, 6)
    if k == 0:
        ln.t("%s is back in service, port engine coolant fixed. Thanks Bram!" % R.choice(VESSELS)[0])
    elif k == 1:
        ln.t("fuel at Cormorant Marina is $5.89/gal diesel, PO 24-%s opened w/ Harbor Fuel Co" % digits(4))
    elif k == 2:
        ln.t("gale warning PZZ133 through tomorrow noon, pulling the 0620 and 0740 runs. Reach out to pts on the board pls")
    else:
        tr = any_trip()
        pt = tr.pt
        if k == 3:
            ln.t("heads up, ").p(pt.first + " " + pt.last, "name").t(" (DOB ").p("%d/%d/%02d" % (pt.dob.month, pt.dob.day, pt.dob.year % 100), "date").t(
                ") on the %s from %s needs %s. " % (tr.time, pt.home_dock, pt.mob))
            if pt.age > 89:
                ln.t("She's ").p(str(pt.age), "age").t(", go slow on the ramp.") if pt.sex == "F" else ln.t("He's ").p(str(pt.age), "age").t(", go slow on the ramp.")
            else:
                ln.t("Escort is ").p(pt.ec.first, "name").t(" (%s) " % pt.ec.rel).p(fmt_phone(pt.ec.phone, 1), "phone")
        elif k == 4:
            ln.t("PA for ").p(tr.id, "other_id").t(" expired, ").p(pt.last, "name").t(" needs new PA before ").p(
                tr.date.strftime("%b %d"), "date").t(". Faxing Dr. Vance's office 360-555-0188")
        elif k == 5:
            ln.t("pharmacy drop: ").p(pt.last, "name").t(" at ").p(pt.street, "address").t(", insulin in the cold box, leave w/ neighbor if no answer")
        else:
            ln.t("pt's car on the 1305 ferry, plate ").p(pt.plate, "vehicle").t(", medical priority lane, son ").p(pt.ec.first + " " + pt.ec.last, "name").t(" driving")
    emit(ln)


# 16 broker_fw ---------------------------------------------------------------

def f_broker(header=False):
    tick()
    if header:
        emit(Ln("broker_fw").t("%-12s%-9s%-5s%-4s%-4s%-10s%-12s%-22s%-14s%-9s%-4s%s" % (
            "TRIPID", "DOS", "PU", "FR", "TO", "LOS", "MEMBERID", "LAST", "FIRST", "DOB", "ESC", "ST")))
        return
    tr = any_trip()
    pt = tr.pt
    ln = Ln("broker_fw")
    tid = "NW" + digits(9)
    ln.p(tid, "other_id").t(" " * (12 - len(tid)))
    ln.p(tr.date.strftime("%Y%m%d"), "date").t(" ")
    ln.t("%-5s%-4s%-4s%-10s" % (tr.time.replace(":", ""), pt.home_dock, "PAN", pt.mob))
    ln.p(pt.p1, "health_plan").t(" ")

    def col(val, w, cat):
        v = val.upper()
        if len(v) > w - 1:
            v = v[:w - 1]
        ln.p(v, cat).t(" " * (w - len(v)))
    col(pt.last, 22, "name")
    col(pt.first, 14, "name")
    ln.p(pt.dob.strftime("%Y%m%d"), "date").t(" ")
    ln.t("%-4s%s" % ("1" if tr.escort else "0", R.choice(["A", "S", "X"])))
    emit(ln)


# 17 auth_syslog -------------------------------------------------------------

def f_auth():
    t = tick(1, 90)
    ts = t.strftime("%b %d %H:%M:%S")
    host = R.choice(["book-api-2", "bill-01", "wx-01", "db-02"])
    k = R.randint(0, 3)
    if k == 0:
        m = "sshd[%d]: Accepted publickey for deploy from 52.12.%d.%d port %d ssh2: ED25519 SHA256:%s" % (
            R.randint(1000, 40000), R.randint(1, 250), R.randint(1, 250), R.randint(30000, 60000),
            base64.b64encode(hashlib.sha256(digits(8).encode()).digest()).decode()[:43])
    elif k == 1:
        m = "sshd[%d]: Invalid user admin from 185.220.%d.%d port %d" % (R.randint(1000, 40000), R.randint(1, 250), R.randint(1, 250), R.randint(30000, 60000))
    elif k == 2:
        m = "sudo: gteague : TTY=pts/0 ; PWD=/opt/billing ; USER=root ; COMMAND=/usr/bin/systemctl restart claims-submit"
    else:
        m = "CRON[%d]: (postgres) CMD (/usr/local/bin/pg_backup.sh --target s3://sciht-backup-usw2/db)" % R.randint(1000, 40000)
    emit(Ln("auth_syslog").t("%s %s %s" % (ts, host, m)))


# 18 payments_json -----------------------------------------------------------

def f_pay():
    t = tick()
    k = R.randint(0, 4)
    if k <= 1:
        tr = any_trip()
        obj = O(("type", "charge.succeeded"), ("id", "evt_" + hexs(24)), ("created", int(t.timestamp())),
                ("data", O(("id", "ch_3Q" + hexs(22)), ("amount", R.choice([1850, 2400, 900])), ("currency", "usd"),
                           ("card", O(("brand", "visa"), ("last4", digits(4)), ("exp_month", R.randint(1, 12)), ("exp_year", R.randint(2025, 2030)))),
                           ("metadata", O(("booking", P(tr.id, "other_id")), ("item", "companion fare"))))))
        emit(J("payments_json", obj))
    elif k == 2:
        obj = O(("type", "payout.paid"), ("id", "evt_" + hexs(24)), ("created", int(t.timestamp())),
                ("data", O(("id", "po_" + hexs(20)), ("amount", R.randint(100000, 900000)), ("arrival_date", int(t.timestamp()) + 86400),
                           ("destination", "ba_" + hexs(20)))))
        emit(J("payments_json", obj))
    elif k == 3:
        pt = R.choice(PATIENTS)
        valid = R.random() < 0.7
        pan = pt.card if valid else card("4", 16, False)
        obj = O(("level", "debug"), ("logger", "pos.terminal.sorrel"), ("ts", iso(t)), ("msg", "EMV fallback swipe"),
                ("track2_pan", P(pan, "account")), ("cardholder", P(pt.last.upper() + "/" + pt.first.upper(), "name")),
                ("terminal", "VX520-%s" % digits(8)))
        emit(J("payments_json", obj))
    else:
        pt = R.choice(PATIENTS)
        obj = O(("type", "refund.ach_created"), ("id", "evt_" + hexs(24)), ("created", int(t.timestamp())),
                ("data", O(("routing", "125000024"), ("account", P(digits(R.randint(9, 12)), "account")),
                           ("name", P(pt.first + " " + pt.last, "name")), ("amount", 1850), ("reason", "weather cancellation"))))
        emit(J("payments_json", obj))


# 19 ferry_res_psv -----------------------------------------------------------

def f_ferry():
    t = tick()
    ln = Ln("ferry_res_psv").t("RES|%s|R%s|SAIL %s %s>PAN|" % (t.strftime("%Y-%m-%d %H:%M:%S"), digits(7),
                                                             R.choice(["0740", "1305", "1550"]), R.choice(list(DOCKS)[:6])))
    if R.random() < 0.3:
        ln.t("VEH|WA|SCIHT-VAN-%d|COUNTY FLEET|STAFF|-|-" % R.randint(1, 4))
    else:
        tr = any_trip()
        pt = tr.pt
        ln.t("VEH|WA|").p(pt.plate, "vehicle").t("|%s|MEDPRI|" % R.choice(["SEDAN", "SUV", "PICKUP", "VAN-LIFT"])).p(tr.id, "other_id").t("|HOLDER:")
        ln.p(pt.last.upper() + "/" + pt.first.upper(), "name")
        if R.random() < 0.35:
            ln.t("|VIN:").p(pt.vin, "vehicle")
    emit(ln)


# 20 monitor_json ------------------------------------------------------------

def f_monitor():
    t = tick(1, 30)
    v = R.choice(VESSELS)
    base = [("src", "zoll-xseries"), ("sn", "AR14K%06d" % R.randint(1000, 99999)), ("vessel", v[1]), ("t", iso(t, z=True))]
    if R.random() < 0.5:
        emit(J("monitor_json", O(*base, ("evt", "selftest"), ("result", "PASS"), ("batt_pct", R.randint(40, 100)), ("fw", "03.22.15"))))
    else:
        tr = any_trip()
        emit(J("monitor_json", O(*base, ("evt", "vitals"), ("pcr", P(tr.pcr, "mrn")), ("hr", R.randint(50, 130)),
                                 ("spo2", R.randint(85, 100)), ("etco2", R.randint(28, 45)),
                                 ("nibp", "%d/%d" % (R.randint(95, 180), R.randint(55, 105))))))


FAMS = [(f_booking, 11), (f_nginx, 9), (f_epcr, 3), (f_hl7, 1.2), (f_fhir, 3), (f_x12, 0.3), (f_pharm, 5),
        (f_sms, 6), (f_wx, 6), (f_ais, 9), (f_engine, 9), (f_cad, 4), (f_pg, 5), (f_java, 2), (f_chat, 5),
        (f_broker, 4), (f_auth, 6), (f_pay, 3), (f_ferry, 3), (f_monitor, 5)]


def main():
    # a few headers appear at the start of export segments
    f_auth()
    f_wx()
    f_pharm(header=True)
    f_broker(header=True)
    fs = [f for f, w in FAMS]
    ws = [w for f, w in FAMS]
    forced = {90: f_x12, 260: f_x12, 150: f_epcr, 380: f_pay,
              200: lambda: f_sms(4), 330: lambda: f_booking(True)}
    while len(OUT) < N_LINES:
        f = R.choices(fs, ws)[0]
        for k in sorted(forced):
            if len(OUT) >= k:
                f = forced.pop(k)  # make sure the rarer systems show up
                break
        before = len(OUT)
        f()
        if len(OUT) > N_LINES:  # a multi-line record would overrun: drop it
            del OUT[before:]
            continue
    assert len(OUT) == N_LINES

    log_lines, labels = [], []
    counts = {}
    fams = set()
    for i, ln in enumerate(OUT, 1):
        text, spans = ln.build()
        b = text.encode("utf-8")
        if "\n" in text or "\r" in text or not text:
            raise SystemExit("bad line %d" % i)
        last = 0
        for sp in spans:
            s, e = sp["s"], sp["e"]
            if not (0 <= s < e <= len(b)):
                raise SystemExit("span out of range line %d: %r" % (i, sp))
            if s < last:
                raise SystemExit("overlapping spans line %d" % i)
            last = e
            got = dec(b[s:e].decode("utf-8"), sp["_how"])
            if got != sp["_raw"]:
                raise SystemExit("span mismatch line %d: %r != %r" % (i, got, sp["_raw"]))
            counts[sp["cat"]] = counts.get(sp["cat"], 0) + 1
        fams.add(ln.fam)
        log_lines.append(text)
        labels.append(json.dumps({"line": i, "family": ln.fam,
                                  "spans": [{"s": sp["s"], "e": sp["e"], "cat": sp["cat"]} for sp in spans]},
                                 ensure_ascii=False))
    with open("qp.log", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(log_lines) + "\n")
    with open("qp.labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(labels) + "\n")
    nophi = sum(1 for l in labels if '"spans": []' in l)
    print("lines=%d no_phi=%d (%.1f%%) families=%d" % (len(log_lines), nophi, 100.0 * nophi / len(log_lines), len(fams)))
    for k in sorted(counts):
        print("  %-12s %d" % (k, counts[k]))


if __name__ == "__main__":
    main()
