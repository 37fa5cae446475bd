#!/usr/bin/env python3
"""Synthetic labeled log corpus "hy": a health system's hospital-at-home program.

Riverbend Health's "Riverbend@Home" program (central Ohio): command center React
dashboard console output, Phoenix channel WebSocket frames, an Elixir/Phoenix backend
(Logger, Ecto, Oban), cellular vital-sign hubs (telemetry JSON, Zephyr BLE logs),
courier/paramedic dispatch (routing service logfmt, VROOM request JSON, Android
logcat of the driver app, courier vendor pipe rows), home infusion pumps and pharmacy
labels, lab draws, video visits, EHR integration (HL7 v2 ADT/ORU, FHIR R4 JSON, a Java
integration service logging with log4j2 pattern and JSON layouts), escalation pages,
supply deliveries (CSV), caregiver SMS in several languages (message store JSON and
Twilio webhook form bodies), NEMSIS ePCR XML, nginx access logs, Kubernetes logs.

All people, addresses and identifiers are synthetic.  Standard library only,
deterministic (fixed seed).  Writes hy.log and hy.labels.jsonl next to this file.

Labeling decisions:
- Labeled people: patients, their family caregivers, next of kin / emergency contacts,
  insured subscribers and guarantors.  Not labeled: nurses, physicians, paramedics,
  couriers, pharmacists, biomed and command-center staff (names, staff usernames such as
  rn.dwhitaker, NPIs, staff phones/emails), the health system, vendors, carriers.
- Names: one span per contiguous written name ("O'Connell, Margaret", "M. O'Connell",
  "NGUYEN,THI LAN").  Where a format splits a name into fields (HL7 XPN components,
  separate JSON/XML fields) each component is its own span.  A relationship word
  ("daughter") is not part of the span.
- Addresses: street line (with apartment/unit) is one span, city is one span, county is
  one span (cat address); ZIP is its own span (cat zip); the state is never labeled.
  Geocodes of a patient's home or of a stop at a patient's home (lat and lon, each its own
  span; city/county FIPS/GNIS codes in NEMSIS) are address.  Courier/paramedic GPS
  breadcrumbs while driving, depots, hospitals and businesses are not labeled.
  Twilio FromCity/FromZip (location of the caregiver's number) are labeled;
  ToCity/ToZip (the program's number) are not.
- Dates: birth, admission, discharge, death, service/collection/observation, visit and
  delivery appointment dates/windows tied to a patient are labeled (whole value incl. time
  when written together; Elixir ~U/~D sigil content only).  Not labeled: log line
  timestamps, message header times (HL7 MSH-7/EVN-2), transport/telemetry timestamps
  (epoch "ts", received_at), record bookkeeping (inserted_at/updated_at), build and
  deployment dates, token expiries, medication beyond-use dates (BUD), device PM dates.
  HL7 OBR-7 (collection), OBR-22 (result report time), OBX-14, PV1-44/45 and FHIR
  effectiveDateTime are clinical service dates and are labeled.
- Ages: only ages over 89 are labeled (the number only).
- Phones/fax/email: of patients and caregivers only.  In HL7 XTN the span runs from the
  area code through the local number (e.g. "614^5550142").  The command center's
  numbers and staff contacts are not labeled.
- mrn: the health system MRN (R + 8 digits) wherever it appears, incl. inside HL7 CX.
- health_plan: Medicare MBI, Medicaid IDs, commercial member/subscriber/policy numbers.
- account: patient account numbers (HL7 PID-18, billing/guarantor accounts) and payment
  card numbers of patients/guarantors.  Public test cards (4242 4242 4242 4242) are not.
- device: IMEI and ICCID of a hub deployed in a patient's home, BLE MAC addresses and
  serial numbers of peripherals and infusion pumps assigned to a patient (also when the
  line is a device-only log of a deployed kit).  Devices in stock, at the depot, in
  refurbishment or firmware campaigns without a patient are not labeled.  Kit codes
  (KIT-0412) are not labeled.
- other_id: patient-level identifiers other than the MRN: program episode codes
  (EP-24-00731, also inside URLs/topics/room names), encounter/visit numbers (PV1-19),
  FHIR Patient ids and internal patient ids (Patient/884213, pt-884213, patient_id),
  lab accession numbers, prescription (Rx) numbers, ePCR numbers, patient/caregiver
  portal usernames.  Not labeled: dispatch job ids, supply order numbers, tracking
  numbers, HL7 control ids, placer order numbers, observation resource ids, message
  SIDs, room SIDs, trace/span/request ids, UUIDs, pod names, numeric row ids of
  non-patient tables.
- ip: public IPs of patients/caregivers (portal, video client); internal 10.x/172.x,
  clinician and server IPs are not labeled.
- url: personal URLs (a patient's CaringBridge page, one-time video visit join links sent
  to a patient/caregiver).  Command center deep links are not url (the episode code in
  them is other_id).
- license: patient driver's licence numbers; vehicle: patient/family plates and VINs
  (fleet van plates are not labeled).
- biometric: face-match templates from video identity checks; photo: base64 face images
  (span = the base64 payload, without the data: prefix).
- In URL-encoded or JSON-escaped text the span covers the encoded bytes as written.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import urllib.parse

RNG = random.Random(0x4879_2024)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "hy"
N_LINES = 500
TARGET_CLEAN = 0.55


# --------------------------------------------------------------------------- builder
class L:
    """Line builder: a list of (text, category-or-None) segments."""

    def __init__(self):
        self.segs = []

    def t(self, x):
        if x:
            self.segs.append((x, None))
        return self

    def p(self, x, cat):
        assert x, "empty span"
        assert cat in CATS, cat
        self.segs.append((x, cat))
        return self

    def extend(self, other, fn=lambda x: x):
        for x, c in other.segs:
            if c is None:
                self.t(fn(x))
            else:
                self.p(fn(x), c)
        return self

    def build(self):
        out, spans, off = [], [], 0
        for x, c in self.segs:
            b = len(x.encode("utf-8"))
            if c is not None:
                spans.append({"s": off, "e": off + b, "cat": c, "_v": x})
            out.append(x)
            off += b
        line = "".join(out)
        assert "\n" not in line and "\r" not in line, line
        assert line.strip(), "empty line"
        raw = line.encode("utf-8")
        for sp in spans:
            assert raw[sp["s"]:sp["e"]].decode("utf-8") == sp.pop("_v")
        return line, spans


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip", "biometric",
        "photo", "other_id"}


class P:
    """A PHI value inside a structure."""

    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class S:
    """A composite string made of plain text and P parts."""

    def __init__(self, *parts):
        self.parts = parts


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jdump(l, obj, sp=False):
    cs, ks = (", ", ": ") if sp else (",", ":")
    if isinstance(obj, dict):
        l.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                l.t(cs)
            l.t(json.dumps(k, ensure_ascii=False) + ks)
            jdump(l, v, sp)
        l.t("}")
    elif isinstance(obj, list):
        l.t("[")
        for i, v in enumerate(obj):
            if i:
                l.t(cs)
            jdump(l, v, sp)
        l.t("]")
    elif isinstance(obj, P):
        if isinstance(obj.v, str):
            l.t('"').p(jesc(obj.v), obj.cat).t('"')
        else:
            l.p(json.dumps(obj.v), obj.cat)
    elif isinstance(obj, S):
        l.t('"')
        for part in obj.parts:
            if isinstance(part, P):
                l.p(jesc(part.v), part.cat)
            else:
                l.t(jesc(part))
        l.t('"')
    else:
        l.t(json.dumps(obj, ensure_ascii=False))
    return l


def exesc(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')


def exdump(l, obj):
    """Elixir inspect of string-keyed maps (keys sorted like small Elixir maps)."""
    if isinstance(obj, dict):
        l.t("%{")
        for i, k in enumerate(sorted(obj)):
            if i:
                l.t(", ")
            l.t('"%s" => ' % exesc(k))
            exdump(l, obj[k])
        l.t("}")
    elif isinstance(obj, list):
        l.t("[")
        for i, v in enumerate(obj):
            if i:
                l.t(", ")
            exdump(l, v)
        l.t("]")
    elif isinstance(obj, P):
        if isinstance(obj.v, str):
            l.t('"').p(exesc(obj.v), obj.cat).t('"')
        else:
            l.p(str(obj.v), obj.cat)
    elif isinstance(obj, S):
        l.t('"')
        for part in obj.parts:
            if isinstance(part, P):
                l.p(exesc(part.v), part.cat)
            else:
                l.t(exesc(part))
        l.t('"')
    elif obj is None:
        l.t("nil")
    elif obj is True:
        l.t("true")
    elif obj is False:
        l.t("false")
    elif isinstance(obj, str):
        l.t('"%s"' % exesc(obj))
    else:
        l.t(str(obj))
    return l


def jsq(s):
    return '"%s"' % s if "'" in s else "'%s'" % s


def jsdump(l, obj):
    """Chrome console object preview: {mrn: 'R0..', spo2: 88}."""
    if isinstance(obj, dict):
        l.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                l.t(", ")
            l.t(k + ": ")
            jsdump(l, v)
        l.t("}")
    elif isinstance(obj, list):
        l.t("(%d) [" % len(obj))
        for i, v in enumerate(obj):
            if i:
                l.t(", ")
            jsdump(l, v)
        l.t("]")
    elif isinstance(obj, P):
        if isinstance(obj.v, str):
            q = jsq(obj.v)
            l.t(q[0]).p(obj.v, obj.cat).t(q[0])
        else:
            l.p(str(obj.v), obj.cat)
    elif obj is None:
        l.t("null")
    elif obj is True:
        l.t("true")
    elif obj is False:
        l.t("false")
    elif isinstance(obj, str):
        l.t("{…}" if obj == "{…}" else jsq(obj))
    else:
        l.t(str(obj))
    return l


# --------------------------------------------------------------------------- clock
class Clock:
    def __init__(self):
        self.now = dt.datetime(2024, 3, 14, 5, 58, 11, 204000)

    def tick(self, a=0.3, b=22.0):
        self.now += dt.timedelta(seconds=RNG.uniform(a, b))


CLK = Clock()
UTC_OFF = dt.timedelta(hours=4)  # EDT


def ms(d):
    return "%03d" % (d.microsecond // 1000)


def t_isoz(d=None):
    d = (d or CLK.now) + UTC_OFF
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + ms(d) + "Z"


def t_isoz_s(d=None):
    d = (d or CLK.now) + UTC_OFF
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def t_iso_off(d=None):
    d = d or CLK.now
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + ms(d) + "-04:00"


def t_ex(d=None):
    d = d or CLK.now
    return d.strftime("%H:%M:%S.") + ms(d)


def t_l4j(d=None):
    d = d or CLK.now
    return d.strftime("%Y-%m-%d %H:%M:%S,") + ms(d)


def t_logcat(d=None):
    d = d or CLK.now
    return d.strftime("%m-%d %H:%M:%S.") + ms(d)


def t_klog(d=None):
    d = (d or CLK.now) + UTC_OFF
    return d.strftime("%m%d %H:%M:%S.%f")


def t_ngx(d=None):
    d = d or CLK.now
    return d.strftime("%d/%b/%Y:%H:%M:%S -0400")


def t_epoch(d=None):
    d = (d or CLK.now) + UTC_OFF
    return int((d - dt.datetime(1970, 1, 1)).total_seconds())


def t_hl7(d=None):
    d = d or CLK.now
    return d.strftime("%Y%m%d%H%M%S")


def t_nano(d=None):
    d = (d or CLK.now) + UTC_OFF
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d%03dZ" % (d.microsecond, RNG.randrange(1000))


def t_plain(d=None):
    d = d or CLK.now
    return d.strftime("%Y-%m-%d %H:%M:%S")


# --------------------------------------------------------------------------- random ids
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
B64URL = ALNUM + "-_"


def rstr(n, alpha=ALNUM):
    return "".join(RNG.choice(alpha) for _ in range(n))


def hexs(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], RNG.choice("89ab"), h[17:20], h[20:32])


def rid():
    return "F" + rstr(15, B64URL) + "AAA" + RNG.choice("BCDEFGHI")


def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def mk_imei():
    tac = RNG.choice(["35391110", "35693803", "86421004", "35882211", "01542700", "35404811"])
    body = tac + "%06d" % RNG.randrange(10 ** 6)
    return body + luhn_digit(body)


def mk_iccid():
    pre = RNG.choice(["8901480", "8901260", "8901410"])
    body = pre + "%011d" % RNG.randrange(10 ** 11)
    return body + luhn_digit(body)


def mk_mac(oui):
    return oui + ":" + ":".join("%02X" % RNG.randrange(256) for _ in range(3))


def mk_card():
    body = "4" + "%014d" % RNG.randrange(10 ** 14)
    return body + luhn_digit(body)


VIN_MAP = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))),
           **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
           **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def mk_vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(RNG.choice(["1FT", "2C4", "1GC", "5TD", "JTD"]) + "".join(RNG.choice(al) for _ in range(5))
             + "0" + RNG.choice("LMNPR") + "".join(RNG.choice(al) for _ in range(1)) + "%06d" % RNG.randrange(10 ** 6))
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W))
    v[8] = "X" if s % 11 == 10 else str(s % 11)
    return "".join(v)


def mk_mbi():
    L1 = "ACDEFGHJKMNPQRTUVWXY"
    AN = L1 + "0123456789"
    return (RNG.choice("123456789") + RNG.choice(L1) + RNG.choice(AN) + RNG.choice("0123456789")
            + RNG.choice(L1) + RNG.choice(AN) + RNG.choice("0123456789") + RNG.choice(L1)
            + RNG.choice(L1) + RNG.choice("0123456789") + RNG.choice("0123456789"))


def mk_ssn():
    a = RNG.randrange(1, 666)
    while a in (0,):
        a = RNG.randrange(1, 666)
    return "%03d-%02d-%04d" % (a, RNG.randrange(1, 100), RNG.randrange(1, 10000))


def mk_phone(area=None):
    area = area or RNG.choice(["614", "614", "614", "380", "740", "937", "419", "513"])
    if RNG.random() < 0.3:
        return area + "555" + "01%02d" % RNG.randrange(100)
    return area + str(RNG.randrange(201, 990)) + "%04d" % RNG.randrange(10000)


def fph(d, style=None):
    style = style or RNG.choice(["paren", "dash", "dot", "e164", "plain", "sp"])
    a, b, c = d[:3], d[3:6], d[6:]
    return {"paren": "(%s) %s-%s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c),
            "dot": "%s.%s.%s" % (a, b, c), "e164": "+1" + d, "plain": d,
            "sp": "+1 %s %s %s" % (a, b, c), "paren0": "(%s)%s-%s" % (a, b, c)}[style]


def fdate(d, style):
    mon = d.strftime("%b")
    return {"iso": d.strftime("%Y-%m-%d"), "us": d.strftime("%m/%d/%Y"),
            "us_short": "%d/%d/%s" % (d.month, d.day, d.strftime("%y")),
            "hl7": d.strftime("%Y%m%d"), "dmon": "%02d-%s-%d" % (d.day, mon, d.year),
            "long": "%s %d, %d" % (mon, d.day, d.year), "eu": d.strftime("%d.%m.%Y"),
            "ymd_slash": d.strftime("%Y/%m/%d"), "md": "%02d/%02d" % (d.month, d.day),
            "DMON": "%02d%s%d" % (d.day, mon.upper(), d.year)}[style]


def pub_ip():
    first = RNG.choice([24, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 96, 97, 98, 99,
                        104, 107, 108, 142, 173, 174, 184])
    return "%d.%d.%d.%d" % (first, RNG.randrange(1, 255), RNG.randrange(0, 255), RNG.randrange(1, 254))


def int_ip():
    return RNG.choice(["10.42.%d.%d", "10.40.%d.%d", "172.20.%d.%d"]) % (RNG.randrange(0, 16), RNG.randrange(2, 254))


# --------------------------------------------------------------------------- people
CITIES = [  # city, county, county FIPS, zips, lat, lon, GNIS city code
    ("Columbus", "Franklin", "39049", ["43201", "43204", "43207", "43211", "43213", "43224", "43229", "43232"], 39.96, -82.99, "1086101"),
    ("Dublin", "Franklin", "39049", ["43016", "43017"], 40.10, -83.12, "1086198"),
    ("Westerville", "Delaware", "39041", ["43081", "43082"], 40.13, -82.93, "1086527"),
    ("Grove City", "Franklin", "39049", ["43123"], 39.88, -83.09, "1086287"),
    ("Hilliard", "Franklin", "39049", ["43026"], 40.03, -83.16, "1086316"),
    ("Reynoldsburg", "Licking", "39089", ["43068"], 39.95, -82.80, "1086464"),
    ("Gahanna", "Franklin", "39049", ["43230"], 40.02, -82.88, "1086261"),
    ("Worthington", "Franklin", "39049", ["43085"], 40.09, -83.02, "1086573"),
    ("Delaware", "Delaware", "39041", ["43015"], 40.30, -83.07, "1086188"),
    ("Newark", "Licking", "39089", ["43055"], 40.06, -82.40, "1086416"),
    ("Lancaster", "Fairfield", "39045", ["43130"], 39.71, -82.60, "1086347"),
    ("Marysville", "Union", "39159", ["43040"], 40.24, -83.37, "1086380"),
    ("Pickerington", "Fairfield", "39045", ["43147"], 39.88, -82.75, "1086445"),
]
STREETS = ["Larkspur Ln", "Wyandotte Rd", "E Cooke Rd", "Brentnell Ave", "Hollyhock Ct", "Minerva Ave",
           "Oak Hollow Dr", "Schrock Rd", "Sunbury Rd", "Parsons Ave", "Cleveland Ave", "Maize Rd",
           "Mock Rd", "Karl Rd", "Refugee Rd", "Weber Rd", "Kenny Rd", "Elmore Ave", "Tamarack Blvd",
           "Heatherdowns Dr", "Cranbrook Pl", "Indianola Ave", "Fieldstone Way", "Buttonwood Ct",
           "Old Stone Rd", "Pinecrest Dr", "Sycamore Ridge Dr", "Cherry Bottom Rd", "Beechwood Rd",
           "Dorset Ln", "Ashburton Rd", "Linwood Ave", "Glenmawr Ave", "Oakland Park Ave", "Bolton Ave",
           "Stelzer Rd", "Hamilton Rd", "Granville St", "Mulberry St", "Riverview Dr"]

# first, middle, last, sex, lang, birth-year range, caregiver (first, last, relation, lang)
ROSTER = [
    ("Margaret", "A", "O'Connell", "F", "en", (1931, 1934), ("Siobhan", "O'Connell-Reyes", "daughter", "en")),
    ("Thi Lan", "", "Nguyen", "F", "vi", (1940, 1950), ("Minh", "Tran", "son-in-law", "vi")),
    ("Abdirahman", "", "Warsame", "M", "so", (1948, 1958), ("Hodan", "Warsame", "daughter", "so")),
    ("Jean-Baptiste", "", "Pierre", "M", "ht", (1944, 1952), ("Marie-Claire", "Pierre", "wife", "ht")),
    ("Oluwaseun", "T", "Adeyemi", "M", "en", (1955, 1965), ("Funmilayo", "Adeyemi", "wife", "en")),
    ("María José", "", "Fernández-Ruiz", "F", "es", (1946, 1956), ("Lucía", "Ruiz", "daughter", "es")),
    ("Hyun-woo", "", "Park", "M", "ko", (1938, 1945), ("Ji-yeon", "Park", "daughter", "ko")),
    ("Priya", "", "Raghunathan", "F", "en", (1950, 1962), ("Arjun", "Raghunathan", "son", "en")),
    ("Dmitri", "V", "Volkov", "M", "ru", (1939, 1947), ("Irina", "Volkova", "wife", "ru")),
    ("Fatima", "", "Al-Khouri", "F", "ar", (1952, 1960), ("Omar", "Al-Khouri", "son", "ar")),
    ("Ludwig", "", "van der Berg", "M", "en", (1929, 1932), ("Henrike", "van der Berg", "daughter", "en")),
    ("Anna", "M", "De La Cruz", "F", "es", (1943, 1950), ("Ramón", "del Valle", "nephew", "es")),
    ("Carlos", "", "da Silva", "M", "pt", (1949, 1957), ("Beatriz", "da Silva", "wife", "pt")),
    ("Wilhelmina", "R", "Schultz", "F", "en", (1930, 1933), ("Karl", "Schultz", "son", "en")),
    ("Kwame", "", "Mensah", "M", "en", (1951, 1959), ("Akosua", "Mensah", "wife", "en")),
    ("Ayesha", "", "Siddiqui", "F", "en", (1957, 1966), ("Bilal", "Siddiqui", "husband", "en")),
    ("Wei", "", "Chen", "M", "zh", (1936, 1944), ("Mei-Ling", "Chen", "daughter", "zh")),
    ("Tomasz", "", "Wiśniewski", "M", "pl", (1941, 1948), ("Agnieszka", "Wiśniewska", "daughter", "pl")),
    ("Bernadette", "L", "McAllister", "F", "en", (1935, 1942), ("Colleen", "Brady", "niece", "en")),
    ("Rosa Elena", "", "Quiñones", "F", "es", (1945, 1953), ("Lucía", "Quiñones", "daughter", "es")),
    ("Yusuf", "", "Ibrahim", "M", "so", (1950, 1960), ("Khadija", "Ibrahim", "wife", "so")),
    ("Dolores", "", "St. Clair", "F", "en", (1931, 1934), ("Raymond", "St. Clair Jr.", "son", "en")),
    ("Ngozi", "", "Eze", "F", "en", (1958, 1968), ("Chidi", "Eze", "son", "en")),
    ("Olga", "", "Ivanova", "F", "ru", (1940, 1946), ("Sergei", "Ivanov", "son", "ru")),
    ("Seán", "", "Ó Briain", "M", "en", (1937, 1944), ("Aoife", "Ó Briain", "daughter", "en")),
    ("Ahmad", "", "Rahimi", "M", "fa", (1947, 1956), ("Zahra", "Rahimi", "daughter", "fa")),
    ("Deborah", "K", "Whitfield-Jones", "F", "en", (1944, 1951), ("Marcus", "Jones", "husband", "en")),
    ("Khadija", "", "Hassan", "F", "ar", (1954, 1963), ("Yasmin", "Hassan", "daughter", "ar")),
    ("Miguel Ángel", "", "Torres", "M", "es", (1942, 1950), ("Guadalupe", "Torres", "wife", "es")),
    ("Hiroshi", "", "Tanaka", "M", "en", (1933, 1938), ("Naomi", "Tanaka-Ellis", "daughter", "en")),
    ("Gerald", "J", "Kowalczyk", "M", "en", (1939, 1946), ("Patricia", "Kowalczyk", "wife", "en")),
    ("Shanice", "", "Washington", "F", "en", (1962, 1970), ("Darnell", "Washington", "brother", "en")),
    ("Bishnu", "", "Gurung", "M", "ne", (1946, 1955), ("Sita", "Gurung", "daughter-in-law", "ne")),
    ("Eleanor", "", "Bowman", "F", "en", (1928, 1931), ("Ruth", "Bowman-Hale", "daughter", "en")),
    ("Minh", "", "Vo", "M", "vi", (1944, 1952), ("Thu", "Vo", "daughter", "vi")),
    ("Raymond", "E", "Lefebvre", "M", "en", (1936, 1943), ("Claudette", "Lefebvre", "wife", "en")),
]
MAC_OUI = {"spo2": "00:1C:05", "bp": "5C:F8:21", "scale": "C4:7C:8D", "thermo": "A4:C1:38"}


def slug(s):
    rep = {"á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u", "ñ": "n", "ś": "s", "Á": "a", "Ó": "o"}
    s = "".join(rep.get(c, c) for c in s)
    return "".join(c for c in s.lower() if c.isalnum())


def make_patients():
    pts = []
    used_mrn = set()
    for i, (first, mid, last, sex, lang, yr, cg) in enumerate(ROSTER):
        city = RNG.choice(CITIES)
        by = RNG.randint(*yr)
        dob = dt.date(by, RNG.randint(1, 12), RNG.randint(1, 28))
        mrn = "R00%06d" % RNG.randrange(100000, 999999)
        while mrn in used_mrn:
            mrn = "R00%06d" % RNG.randrange(100000, 999999)
        used_mrn.add(mrn)
        age = 2024 - by - (1 if (dob.month, dob.day) > (3, 14) else 0)
        plan_kind = "medicare" if age >= 65 else RNG.choice(["medicaid", "commercial"])
        if plan_kind == "medicare":
            plan = mk_mbi()
        elif plan_kind == "medicaid":
            plan = "%012d" % RNG.randrange(10 ** 11, 10 ** 12)
        else:
            plan = RNG.choice(["ZGP", "YRH", "MCY", "W"]) + "%09d" % RNG.randrange(10 ** 9)
        street = "%d %s" % (RNG.randrange(12, 9800), RNG.choice(STREETS))
        apt = RNG.choice(["", "", "", "Apt %d" % RNG.randrange(1, 40), "Unit %s" % RNG.choice(["B", "2C", "12B", "305"])])
        cgfirst, cglast, rel, cglang = cg
        user_choices = ["%s.%s%d" % (slug(first.split()[0]), slug(last), RNG.randrange(10, 99)),
                        "%s%s" % (slug(first[0]), slug(last)), "%s_%s" % (slug(last), slug(first)[:3])]
        pts.append(dict(
            first=first, mid=mid, last=last, sex=sex, lang=lang, dob=dob, age=age,
            mrn=mrn, plan=plan, plan_kind=plan_kind,
            acct="70%08d" % RNG.randrange(10 ** 8),
            episode="EP-24-%05d" % RNG.randrange(300, 1400),
            visit="4001%08d" % RNG.randrange(10 ** 8),
            fhir=str(RNG.randrange(700000, 999999)),
            street=street, apt=apt, city=city[0], county=city[1], cfips=city[2],
            zip=RNG.choice(city[3]), gnis=city[6],
            lat="%.5f" % (city[4] + RNG.uniform(-0.03, 0.03)),
            lon="%.5f" % (city[5] + RNG.uniform(-0.03, 0.03)),
            phone=mk_phone(), cell=mk_phone(),
            email="%s.%s%s@%s" % (slug(first.split()[0]), slug(last), RNG.choice(["", "", str(by)[2:], str(RNG.randrange(1, 99))]),
                                   RNG.choice(["gmail.com", "yahoo.com", "outlook.com", "att.net", "icloud.com", "wowway.net"])),
            user=RNG.choice(user_choices),
            ip=pub_ip(),
            imei=mk_imei(), iccid=mk_iccid(),
            macs={k: mk_mac(v) for k, v in MAC_OUI.items()},
            pulseox_sn="50%07d" % RNG.randrange(10 ** 7),
            pump_sn="ST%04d-%04d" % (RNG.randrange(1800, 2400), RNG.randrange(10000)),
            kit="KIT-%04d" % RNG.randrange(100, 999),
            ssn=mk_ssn(), dl="%s%06d" % (rstr(2, "ABCDEFGHJKLMNPRSTUVWXYZ"), RNG.randrange(10 ** 6)),
            plate="%s%04d" % (rstr(3, "ABCDEFGHJKLMNPRSTUVWXYZ"), RNG.randrange(10000)),
            vin=mk_vin(), card=mk_card(),
            admit=dt.datetime(2024, 3, RNG.randint(9, 13), RNG.randint(8, 21), RNG.choice([0, 5, 12, 20, 30, 41, 45])),
            rx="%07d" % RNG.randrange(4400000, 4499999),
            acc="A240314-%03d" % RNG.randrange(1, 400),
            pcr="PCR-24-0314-%04d" % RNG.randrange(1, 300),
            cg_first=cgfirst, cg_last=cglast, cg_rel=rel, cg_lang=cglang,
            cg_phone=mk_phone(), cg_email="%s.%s@%s" % (slug(cgfirst.split("-")[0]), slug(cglast.split()[0] if " " in cglast and cglast.split()[0].lower() not in ("van", "da", "del", "st.", "ó") else cglast),
                                                     RNG.choice(["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "protonmail.com"])),
            cg_user="%s.%s" % (slug(cgfirst[:1]), slug(cglast)),
            race=RNG.choice(["2106-3^White^CDCREC", "2054-5^Black or African American^CDCREC", "2028-9^Asian^CDCREC", "2131-1^Other Race^CDCREC"]),
        ))
    return pts


PTS = make_patients()

RNS = [("Dana", "Whitaker"), ("Marcus", "Oyelaran"), ("Keiko", "Brandt"), ("Liz", "Fairbanks"), ("Tariq", "Haddad"),
       ("Renée", "Castellanos")]
MDS = [("Samuel", "Okonkwo", "1467823390"), ("Hannah", "Lindqvist", "1295734081"), ("Vikram", "Desai", "1073619254")]
MEDICS = [("Javier", "Alvarez", "MED-12"), ("Tom", "Brinkerhoff", "MED-07"), ("Nia", "Coleman", "MED-15"),
          ("Sergei", "Petrov", "MED-03")]
COURIERS = [("Brent", "Lyle", "VAN-07", "PRB4471"), ("Yolanda", "Pruitt", "VAN-11", "PRB4519"),
            ("Amadou", "Diallo", "VAN-03", "PRB4402")]
CC_PHONE = "6145550100"
CC_FAX = "6145550110"
PODS = ["POD-A", "POD-B", "POD-C"]
PODS_H = {"POD-A": "north", "POD-B": "east", "POD-C": "south"}


def pt():
    return RNG.choice(PTS)


def rn():
    f, l = RNG.choice(RNS)
    return f, l, "rn.%s%s" % (f[0].lower(), slug(l))


def nm(p, style):
    f, m, l = p["first"], p["mid"], p["last"]
    if style == "fl":
        return "%s %s" % (f, l)
    if style == "fml":
        return "%s %s. %s" % (f, m, l) if m else "%s %s" % (f, l)
    if style == "lf":
        return "%s, %s" % (l, f)
    if style == "LF":
        return ("%s, %s" % (l, f)).upper()
    if style == "LFc":
        return ("%s,%s" % (l, f)).upper()
    if style == "il":
        return "%s. %s" % (f[0], l)
    if style == "li":
        return "%s %s" % (l, f[0])
    if style == "lower":
        return ("%s %s" % (f, l)).lower()
    if style == "first":
        return f
    raise ValueError(style)


def cgn(p, style="fl"):
    if style == "fl":
        return "%s %s" % (p["cg_first"], p["cg_last"])
    if style == "lf":
        return "%s, %s" % (p["cg_last"], p["cg_first"])
    if style == "first":
        return p["cg_first"]
    if style == "LF":
        return ("%s, %s" % (p["cg_last"], p["cg_first"])).upper()
    if style == "il":
        return "%s %s" % (p["cg_first"][0], p["cg_last"])
    raise ValueError(style)


def street_full(p):
    return p["street"] + (", " + p["apt"] if p["apt"] else "")


def addr_parts(l, p, sep=", ", state=True, county=False, upper=False):
    """street, city[, county], OH zip with spans."""
    u = (lambda s: s.upper()) if upper else (lambda s: s)
    l.p(u(street_full(p)), "address").t(sep).p(u(p["city"]), "address")
    if county:
        l.t(sep).p(u(p["county"] + " County"), "address")
    l.t(sep + "OH " if state else " ").p(p["zip"], "zip")
    return l


def visit_window():
    d = dt.datetime(2024, 3, RNG.randint(14, 18), RNG.choice([8, 9, 10, 13, 14, 15, 16]), RNG.choice([0, 30]))
    return d, d + dt.timedelta(hours=2)


# =========================================================================== families
OUT = []  # list of (family, L)


def E(fam, l):
    return (fam, l)


# ----------------------------------------------------------------- elixir backend
EX_MODS = ["Hah.Kits.HubSession", "Hah.Escalations.Evaluator", "Hah.Dispatch.Planner", "Hah.Integrations.FhirSink",
           "Hah.Messaging.Outbox", "Hah.Supply.Reorder"]


def ex_pre(level, meta=None):
    m = ""
    if meta:
        m = " ".join("%s=%s" % kv for kv in meta) + " "
    return "%s %s[%s] " % (t_ex(), m, level)


def g_ex_http():
    r = rid()
    meth, path, code = RNG.choice([
        ("GET", "/api/v1/health", 200), ("GET", "/api/v1/fleet/summary", 200),
        ("GET", "/api/v1/dispatch/board?region=%s" % RNG.choice(["north", "east", "south"]), 200),
        ("GET", "/api/v1/escalations?state=open&pod=%s" % RNG.choice(PODS), 200),
        ("GET", "/api/v1/supply/par_levels", 200), ("GET", "/metrics", 403),
        ("GET", "/api/v1/oncall/current", 200), ("POST", "/api/v1/dispatch/replan", 202),
        ("PATCH", "/api/v1/kits/%s/firmware" % "KIT-%04d" % RNG.randrange(100, 999), 422)])
    l1 = L().t(ex_pre("info", [("request_id", r)]) + "%s %s" % (meth, path))
    CLK.tick(0.001, 0.4)
    dur = RNG.choice(["%dµs" % RNG.randrange(180, 990), "%dms" % RNG.randrange(1, 480)])
    l2 = L().t(ex_pre("info", [("request_id", r)]) + "Sent %d in %s" % (code, dur))
    return [E("elixir", l1), E("elixir", l2)]


def g_ex_http_phi():
    p = pt()
    r = rid()
    kind = RNG.randrange(3)
    l1 = L().t(ex_pre("info", [("request_id", r)]))
    if kind == 0:
        l1.t("GET /api/v1/patients/by_mrn/").p(p["mrn"], "mrn")
    elif kind == 1:
        l1.t("GET /api/v1/episodes/").p(p["episode"], "other_id").t("/vitals?since=%d" % (t_epoch() - 3600))
    else:
        l1.t("POST /api/v1/episodes/").p(p["episode"], "other_id").t("/caregiver_calls")
    CLK.tick(0.001, 0.3)
    l2 = L().t(ex_pre("info", [("request_id", r)]) + "Sent 200 in %dms" % RNG.randrange(2, 90))
    return [E("elixir", l1), E("elixir", l2)]


def g_ex_ecto_clean():
    src, sql, params, where = RNG.choice([
        ("kits", 'SELECT k0."id", k0."kit_code", k0."status", k0."firmware" FROM "kits" AS k0 WHERE (k0."status" = $1) LIMIT $2',
         '["deployed", 500]', "Hah.Kits.list_deployed/1, at: lib/hah/kits.ex:41"),
        ("oncall_shifts", 'SELECT o0."id", o0."pod", o0."role", o0."starts_at" FROM "oncall_shifts" AS o0 WHERE (o0."starts_at" <= $1) AND (o0."ends_at" > $1)',
         '[~U[%s]]' % t_isoz_s().replace("T", " "), "Hah.Oncall.current/1, at: lib/hah/oncall.ex:22"),
        ("supply_par_levels", 'SELECT s0."sku", s0."par", s0."on_hand" FROM "supply_par_levels" AS s0 WHERE (s0."depot" = $1)',
         '["CMH-02"]', "Hah.Supply.Reorder.run/1, at: lib/hah/supply/reorder.ex:58"),
        ("oban_jobs", 'UPDATE "public"."oban_jobs" AS o0 SET "state" = $1 WHERE (o0."state" = \'scheduled\') AND (o0."scheduled_at" <= $2)',
         '["available", ~U[%s]]' % t_isoz().replace("T", " ")[:-1] + "", "Oban.Stager.stage/1"),
    ])
    l1 = L().t(ex_pre("debug") + 'QUERY OK source="%s" db=%.1fms decode=%.1fms queue=%.1fms idle=%.1fms'
               % (src, RNG.uniform(0.3, 14), RNG.uniform(0, 0.9), RNG.uniform(0.1, 3), RNG.uniform(10, 900)))
    out = [E("elixir", l1), E("elixir", L().t(sql + " " + params))]
    if RNG.random() < 0.5:
        out.append(E("elixir", L().t("↳ " + where)))
    return out


def g_ex_ecto_phi():
    p = pt()
    k = RNG.randrange(4)
    l1 = L().t(ex_pre("debug") + 'QUERY OK source="%s" db=%.1fms queue=%.1fms idle=%.1fms'
               % (["patients", "patients", "episodes", "caregivers"][k], RNG.uniform(0.3, 9), RNG.uniform(0.1, 2), RNG.uniform(5, 600)))
    l2 = L()
    if k == 0:
        l2.t('SELECT p0."id", p0."mrn", p0."family_name", p0."given_name", p0."birth_date" FROM "patients" AS p0 WHERE (p0."mrn" = $1) ["')
        l2.p(p["mrn"], "mrn").t('"]')
    elif k == 1:
        l2.t('SELECT p0."id", p0."mrn" FROM "patients" AS p0 WHERE ((lower(p0."family_name") = $1) AND (p0."birth_date" = $2)) ["')
        l2.p(p["last"].lower(), "name").t('", ~D[').p(fdate(p["dob"], "iso"), "date").t("]]")
    elif k == 2:
        dis = dt.datetime(2024, 3, 14, RNG.randint(8, 15), RNG.choice([0, 15, 40]))
        l2.t('UPDATE "episodes" SET "status" = $1, "discharged_at" = $2, "updated_at" = $3 WHERE "code" = $4 ["discharged", ~U[')
        l2.p((dis + UTC_OFF).strftime("%Y-%m-%d %H:%M:%SZ"), "date").t("], ~U[%s], " % t_isoz_s().replace("T", " "))
        l2.t('"').p(p["episode"], "other_id").t('"]')
    else:
        l2.t('INSERT INTO "caregivers" ("episode_id","name","phone","relationship","preferred_language","inserted_at","updated_at") '
             'VALUES ($1,$2,$3,$4,$5,$6,$7) RETURNING "id" [%d, "' % RNG.randrange(200, 1400))
        l2.p(cgn(p), "name").t('", "').p(fph(p["cg_phone"], "e164"), "phone").t('", "%s", "%s", ~N[%s], ~N[%s]]' % (
            p["cg_rel"], p["cg_lang"], t_plain(), t_plain()))
    return [E("elixir", l1), E("elixir", l2)]


def g_ex_oban_clean():
    worker, queue, args = RNG.choice([
        ("Hah.Workers.FleetSnapshot", "telemetry", {"fleet": "hah-cmh", "bucket": t_isoz_s()[:13]}),
        ("Hah.Workers.SupplyReorder", "supply", {"depot": "CMH-02"}),
        ("Hah.Workers.PurgeExpiredTokens", "maintenance", {}),
        ("Hah.Workers.OncallSync", "default", {"source": "amion", "pods": PODS}),
        ("Hah.Workers.KitFirmwareCampaign", "fleet", {"campaign": "fw-3.2.8-canary", "batch": RNG.randrange(1, 9)}),
    ])
    state = RNG.choice(["success", "success", "success", "failure"])
    obj = {"args": args, "attempt": 1 if state == "success" else RNG.randrange(2, 6), "duration": RNG.randrange(300, 90000),
           "event": "job:stop" if state == "success" else "job:exception", "id": RNG.randrange(880000, 899999),
           "max_attempts": 20, "meta": {}, "queue": queue, "queue_time": RNG.randrange(200, 9000), "source": "oban",
           "state": state, "tags": [], "worker": worker}
    if state == "failure":
        obj["error"] = RNG.choice(["** (DBConnection.ConnectionError) tcp recv (idle): closed",
                                   "** (Mint.TransportError) timeout", "** (RuntimeError) amion returned 503"])
        obj["kind"] = "error"
        obj = dict(sorted(obj.items()))
    return [E("elixir", jdump(L().t(ex_pre("info" if state == "success" else "error")), obj))]


def g_ex_oban_phi():
    p = pt()
    worker, args = RNG.choice([
        ("Hah.Workers.CaregiverSms", {"episode": P(p["episode"], "other_id"), "to": P(fph(p["cg_phone"], "e164"), "phone"),
                                      "template": "visit_eta_v2", "locale": p["cg_lang"]}),
        ("Hah.Workers.PageOnCall", {"episode": P(p["episode"], "other_id"), "rule": "spo2_lt_90_x3", "pod": RNG.choice(PODS)}),
        ("Hah.Workers.FhirPush", {"patient_id": P(p["fhir"], "other_id"), "resource": "Observation", "count": RNG.randrange(1, 30)}),
        ("Hah.Workers.DischargeKitPickup", {"mrn": P(p["mrn"], "mrn"), "kit": p["kit"], "window_start": P(
            visit_window()[0].strftime("%Y-%m-%dT%H:%M:00-04:00"), "date")}),
    ])
    obj = {"args": args, "attempt": 1, "duration": RNG.randrange(300, 40000), "event": "job:stop", "id": RNG.randrange(880000, 899999),
           "max_attempts": 20, "meta": {}, "queue": RNG.choice(["messaging", "escalations", "integrations", "dispatch"]),
           "queue_time": RNG.randrange(100, 6000), "source": "oban", "state": "success", "tags": [], "worker": worker}
    return [E("elixir", jdump(L().t(ex_pre("info")), obj))]


def g_ex_crash():
    mod = RNG.choice(EX_MODS)
    err = RNG.choice([
        "** (KeyError) key :spo2 not found in: %%{hr: %d, pi: 2.1, ts: %d}" % (RNG.randrange(55, 120), t_epoch()),
        "** (FunctionClauseError) no function clause matching in Hah.Dispatch.Planner.handle_info/2",
        "** (Jason.DecodeError) unexpected byte at position 0: 0x3C (\"<\")",
        "** (DBConnection.ConnectionError) connection not available and request was dropped from queue after 2974ms",
    ])
    out = [E("elixir", L().t(ex_pre("error") + "GenServer %s terminating" % mod)), E("elixir", L().t(err))]
    fn = slug(mod.split(".")[-1])
    for fr in RNG.sample([
            "    (hah 1.14.%d) lib/hah/%s.ex:%d: %s.handle_info/2" % (RNG.randrange(1, 5), fn, RNG.randrange(20, 300), mod),
            "    (stdlib 5.2) gen_server.erl:1095: :gen_server.try_handle_info/3",
            "    (stdlib 5.2) gen_server.erl:1183: :gen_server.handle_msg/6",
            "    (stdlib 5.2) proc_lib.erl:241: :proc_lib.init_p_do_apply/3",
            "    (jason 1.4.1) lib/jason.ex:92: Jason.decode!/2"], RNG.randint(2, 4)):
        out.append(E("elixir", L().t(fr)))
    out.append(E("elixir", L().t("Last message: {:tcp, #Port<0.%d>, <<%d, %d, ...>>}" % (RNG.randrange(10, 99), RNG.randrange(256), RNG.randrange(256)))))
    return out


def g_ex_misc():
    msg = RNG.choice([
        "[info] Running HahWeb.Endpoint with cowboy 2.10.0 at :::4000 (http)",
        "[info] Access HahWeb.Endpoint at https://cc.riverbendathome.org",
        "[info] [libcluster:k8s_dns] connected to :\"hah@%s\"" % int_ip(),
        "[warning] [libcluster:k8s_dns] unable to connect to :\"hah@%s\"" % int_ip(),
        "[info] Hah.Kits.HubRegistry: %d hubs online, %d stale (> 15m), %d offline" % (RNG.randrange(120, 160), RNG.randrange(0, 9), RNG.randrange(0, 6)),
        "[info] Escalation evaluator tick: %d episodes evaluated in %dms, %d rules fired" % (RNG.randrange(120, 160), RNG.randrange(8, 140), RNG.randrange(0, 4)),
        "[notice] Application hah started at :\"hah@%s\"" % int_ip(),
        "[debug] Tesla.Middleware.Logger: POST https://fhir.riverbendhealth.org/R4/Bundle -> 200 (%d.%d ms)" % (RNG.randrange(20, 400), RNG.randrange(10)),
        "[warning] Finch pool for https://api.routeplanner.internal:443 exhausted, queue depth %d" % RNG.randrange(2, 40),
        "[info] Oban.Peers.Postgres: leadership acquired node=hah-api-%s" % rstr(5, "bcdfghjklmnpqrstvwxz2456789"),
        "[debug] Phoenix.PubSub broadcast topic=\"fleet:summary\" size=%dB" % RNG.randrange(200, 4000),
    ])
    return [E("elixir", L().t("%s %s" % (t_ex(), msg)))]


def g_ex_joined_staff():
    f, l, u = rn()
    topic = RNG.choice(["cc:dashboard", "cc:pod:%s" % RNG.choice(PODS).lower(), "dispatch:board"])
    l1 = L().t(ex_pre("info") + "JOINED %s in %dµs" % (topic, RNG.randrange(30, 400)))
    l2 = L().t('  Parameters: %%{"client" => "cc-web/%s", "token" => "SFMyNTY.%s", "user" => "%s"}' % (
        RNG.choice(["2.31.0", "2.31.1", "2.32.0-rc1"]), rstr(28, B64URL), u))
    return [E("elixir", l1), E("elixir", l2)]


def g_ex_incoming_phi():
    p = pt()
    f, l_, u = rn()
    l1 = L().t(ex_pre("debug") + 'INCOMING "note:create" on "episode:').p(p["episode"], "other_id").t('" to HahWeb.EpisodeChannel')
    kind = RNG.randrange(3)
    if kind == 0:
        body = S(P(cgn(p, "first"), "name"), " (%s) says pt refused lunch, BG 212 at 11:40. Call back " % p["cg_rel"],
                 P(fph(p["cg_phone"]), "phone"))
    elif kind == 1:
        body = S("Gate code 4411#, dog in yard. Park on ", P(p["street"].split(" ", 1)[1], "address"),
                 ", side door. Spouse/caregiver ", P(cgn(p), "name"), " home after 3p")
    else:
        body = S("Pt ", P(nm(p, "il"), "name"), " c/o dizziness on standing, orthostatics ordered, RN to visit ",
                 P(fdate(visit_window()[0].date(), "md"), "date"), " AM")
    l2 = exdump(L().t("  Parameters: "), {"author": u, "body": body, "episode_id": P(p["episode"], "other_id"), "visibility": "care_team"})
    return [E("elixir", l1), E("elixir", l2)]


def g_ex_struct_phi():
    p = pt()
    l = L().t(ex_pre("info", [("mfa", "Hah.Adt.apply/2")]) + "ADT A0%d applied: " % RNG.choice([1, 3, 8]))
    l.t("%Hah.Patients.Patient{id: ").p(p["fhir"], "other_id").t(', mrn: "').p(p["mrn"], "mrn").t('", family_name: "')
    l.p(p["last"], "name").t('", given_name: "').p(p["first"], "name").t('", birth_date: ~D[').p(fdate(p["dob"], "iso"), "date")
    l.t('], sex: :%s, preferred_language: "%s", ...}' % ("female" if p["sex"] == "F" else "male", p["lang"]))
    return [E("elixir", l)]


def g_ex_threshold_phi():
    p = pt()
    metric, val = RNG.choice([("spo2", RNG.randrange(82, 90)), ("sbp", RNG.randrange(74, 90)), ("hr", RNG.randrange(121, 148)),
                              ("temp_c", round(RNG.uniform(38.2, 39.6), 1)), ("weight_delta_kg", round(RNG.uniform(1.6, 3.2), 1))])
    l = L().t(ex_pre("warning", [("episode_id", "")])[:0])
    l.t("%s episode_id=" % t_ex()).p(p["episode"], "other_id").t(" [warning] escalation.threshold_breached mrn=").p(p["mrn"], "mrn")
    l.t(" metric=%s value=%s window=3/5 rule=%s_breach pod=%s" % (metric, val, metric, RNG.choice(PODS)))
    if p["age"] > 89 and RNG.random() < 0.7:
        l.t(" age=").p(str(p["age"]), "age").t(" frailty=high")
    return [E("elixir", l)]


def g_ex_login_phi():
    p = pt()
    who = RNG.random() < 0.5
    l = L().t(ex_pre("info", [("request_id", rid())]) + "portal.login ok user=")
    l.p(p["cg_user"] if who else p["user"], "other_id").t(" role=%s ip=" % ("caregiver" if who else "patient")).p(p["ip"], "ip")
    l.t(" mfa=%s ua=\"%s\"" % (RNG.choice(["sms", "totp", "none"]), RNG.choice(["RiverbendAtHome/4.12.0 (iPhone; iOS 17.3.1)", "RiverbendAtHome/4.12.0 (Android 14; SM-A546U)", "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"])))
    return [E("elixir", l)]


def g_ex_changeset_phi():
    p = pt()
    ws, we = visit_window()
    l = L().t(ex_pre("error") + "failed to schedule visit: #Ecto.Changeset<action: :insert, changes: %{address_line1: \"")
    l.p(street_full(p), "address").t('", city: "').p(p["city"], "address").t('", patient_id: ').p(p["fhir"], "other_id")
    l.t(", window_start: ~U[").p((ws + UTC_OFF).strftime("%Y-%m-%d %H:%M:%SZ"), "date").t("], window_end: ~U[")
    l.p((ws + UTC_OFF - dt.timedelta(hours=1)).strftime("%Y-%m-%d %H:%M:%SZ"), "date")
    l.t(']}, errors: [window_end: {"must be after window_start", []}], data: #Hah.Visits.Visit<>, valid?: false>')
    return [E("elixir", l)]


# ----------------------------------------------------------------- phoenix websocket frames
def ws_pre(dirn):
    return "%s socket_tap conn=%s %s " % (t_isoz(), rstr(8, "abcdefghijklmnopqrstuvwxyz0123456789"), dirn)


def g_ws_clean():
    k = RNG.randrange(5)
    ref = str(RNG.randrange(1, 900))
    if k == 0:
        frame = [None, ref, "phoenix", "heartbeat", {}]
        d = "⇡"
    elif k == 1:
        frame = [str(RNG.randrange(1, 9)), ref, RNG.choice(["cc:dashboard", "dispatch:board"]), "phx_reply", {"status": "ok", "response": {}}]
        d = "⇣"
    elif k == 2:
        f, l, u = rn()
        frame = [None, None, "cc:dashboard", "presence_diff",
                 {"joins": {u: {"metas": [{"online_at": str(t_epoch()), "phx_ref": rid()[:16], "pod": RNG.choice(PODS)}]}}, "leaves": {}}]
        d = "⇣"
    elif k == 3:
        frame = [None, None, "fleet:summary", "update", {"online": RNG.randrange(120, 160), "stale": RNG.randrange(0, 8),
                                                            "low_batt": RNG.randrange(0, 6), "fw": {"3.2.7": RNG.randrange(90, 130), "3.2.8": RNG.randrange(3, 20)}}]
        d = "⇣"
    else:
        frame = [None, None, "dispatch:board", "route:updated", {"vehicle": RNG.choice(COURIERS)[2], "stops": RNG.randrange(3, 11),
                                                                 "eta_drift_s": RNG.randrange(-300, 900), "route_id": uuid4()}]
        d = "⇣"
    return [E("phoenix_ws", jdump(L().t(ws_pre(d)), frame))]


def g_ws_phi():
    p = pt()
    k = RNG.randrange(3)
    if k == 0:
        frame = [None, None, "cc:pod:%s" % RNG.choice(PODS).lower(), "vitals:update",
                 {"episode": P(p["episode"], "other_id"), "mrn": P(p["mrn"], "mrn"), "patient": P(nm(p, "lf"), "name"),
                  "spo2": RNG.randrange(84, 99), "hr": RNG.randrange(55, 125), "sbp": RNG.randrange(88, 168), "src": "hub",
                  "ts": t_epoch()}]
    elif k == 1:
        frame = [None, None, "cc:dashboard", "alert:new",
                 {"id": uuid4(), "sev": RNG.choice(["high", "critical"]), "episode": P(p["episode"], "other_id"),
                  "title": S("No readings 6h – ", P(nm(p, "il"), "name")), "callback": P(fph(p["cg_phone"], "dash"), "phone"),
                  "callbackName": P(cgn(p), "name")}]
    else:
        frame = [None, None, "dispatch:board", "visit:eta",
                 {"job": "J-%d" % RNG.randrange(80000, 99999), "unit": RNG.choice(MEDICS)[2],
                  "dest": S(P(street_full(p), "address"), ", ", P(p["city"], "address")), "lat": P(float(p["lat"]), "address"),
                  "lng": P(float(p["lon"]), "address"), "eta": t_isoz_s(CLK.now + dt.timedelta(minutes=RNG.randrange(5, 50)))}]
    return [E("phoenix_ws", jdump(L().t(ws_pre("⇣")), frame))]


# ----------------------------------------------------------------- React console
def g_console_clean():
    msg = RNG.choice([
        "react-dom.development.js:86 Warning: Each child in a list should have a unique \"key\" prop.",
        "react-dom.development.js:86 Warning: Can't perform a React state update on an unmounted component.",
        "[HMR] connected",
        "Download the React DevTools for a better development experience: https://reactjs.org/link/react-devtools",
        "socket.js:71 receive: ok cc:dashboard phx_reply (%d) {status: 'ok', response: {…}}" % RNG.randrange(1, 400),
        "socket.js:71 push: phoenix heartbeat (%d) {}" % RNG.randrange(1, 400),
        "socket.js:71 transport: connected to wss://cc.riverbendathome.org/socket/websocket?vsn=2.0.0 Event {isTrusted: true, type: 'open', …}",
        "socket.js:71 transport: close 1006 Event {isTrusted: true, type: 'close', …}",
        "VitalsBoard.tsx:218 [useEpisodeFeed] %d episodes, %d stale, render %.1fms" % (RNG.randrange(110, 160), RNG.randrange(0, 9), RNG.uniform(4, 40)),
        "GET https://cc.riverbendathome.org/api/v1/escalations?state=open 502 (Bad Gateway)",
        "Uncaught (in promise) TypeError: Cannot read properties of undefined (reading 'spo2')",
        "    at VitalsSparkline (VitalsSparkline.tsx:41:27)",
        "sentry.ts:40 [Sentry] release cc-web@2.31.%d env=prod tracesSampleRate=0.05" % RNG.randrange(0, 3),
        "DispatchMap.tsx:97 mapbox-gl: WebGL warning: texImage: Alpha-premult and y-flip are deprecated",
        "useOncall.ts:33 on-call POD-B RN rn.%s, MD %s" % (slug(RNG.choice(RNS)[1]), RNG.choice(MDS)[1]),
        "[vite] hot updated: /src/components/PodColumn.tsx",
        "featureFlags.ts:19 flags {newTriage: true, videoBeta: false, kitV4: true}",
    ])
    return [E("browser_console", L().t(msg))]


def g_console_phi():
    p = pt()
    k = RNG.randrange(4)
    l = L()
    if k == 0:
        l.t("PatientTile.tsx:88 alert ")
        jsdump(l, {"mrn": P(p["mrn"], "mrn"), "name": P(nm(p, "lf"), "name"), "spo2": RNG.randrange(82, 92),
                   "hr": RNG.randrange(90, 130), "kit": p["kit"], "pod": RNG.choice(PODS)})
    elif k == 1:
        l.t("CaregiverPanel.tsx:41 dialing caregiver ").p(cgn(p), "name").t(" (%s) " % p["cg_rel"]).p(fph(p["cg_phone"], "sp"), "phone")
        l.t(" via Twilio Client")
    elif k == 2:
        l.t("DispatchMap.tsx:130 flyTo ")
        jsdump(l, [P(float(p["lon"]), "address"), P(float(p["lat"]), "address")])
        l.t(" zoom=16 episode=").p(p["episode"], "other_id")
    elif k == 3:
        l.t("socket.js:71 receive:  cc:dashboard vitals:update ")
        jsdump(l, {"episode": P(p["episode"], "other_id"), "patient": P(nm(p, "fl"), "name"), "dob": P(fdate(p["dob"], "us"), "date"),
                   "spo2": RNG.randrange(84, 99), "src": "hub"})
    return [E("browser_console", l)]


def g_console_selfie():
    p = pt()
    l = L().t("IdCheck.tsx:55 selfie captured for ").p(nm(p, RNG.choice(["fl", "lf"])), "name").t(" data:image/jpeg;base64,").p(FACE_B64(), "photo")
    return [E("browser_console", l)]


def FACE_B64():
    raw = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300") + bytes(RNG.randrange(256) for _ in range(96))
    return base64.b64encode(raw).decode()


# ----------------------------------------------------------------- hub telemetry JSON
def g_hub_clean():
    k = RNG.randrange(3)
    if k == 0:
        obj = {"fleet": "hah-cmh", "ts": t_epoch(), "online": RNG.randrange(120, 160), "offline": RNG.randrange(0, 9),
               "rsrp_p50": -RNG.randrange(85, 105), "carriers": {"Verizon": RNG.randrange(60, 90), "AT&T": RNG.randrange(30, 60)},
               "fw": {"HUB-3.2.7": RNG.randrange(90, 130), "HUB-3.2.8": RNG.randrange(3, 20)}}
    elif k == 1:
        # stock hub self-test at the depot: not linked to a patient
        obj = {"imei": mk_imei(), "state": "STOCK", "site": "CMH-02 depot", "selftest": "pass", "batt": 100,
               "fw": "HUB-3.2.8", "ts": t_epoch(), "tech": "biomed.%s" % RNG.choice(["kvance", "aokafor", "jliu"])}
    else:
        tg = RNG.randrange(10, 40)
        fl = RNG.randrange(0, 3)
        obj = {"campaign": "fw-3.2.8-canary", "ts": t_epoch(), "targets": tg, "succeeded": RNG.randrange(0, tg - fl),
               "failed": fl, "image_sha256": hexs(64)}
    return [E("hub_json", jdump(L(), obj))]


def g_hub_phi():
    p = pt()
    k = RNG.randrange(3)
    if k == 0:
        rd = [{"type": "spo2", "mac": P(p["macs"]["spo2"], "device"), "spo2": RNG.randrange(86, 99), "pr": RNG.randrange(55, 118), "pi": round(RNG.uniform(0.4, 6), 1), "t": t_epoch() - RNG.randrange(10, 200)}]
        if RNG.random() < 0.6:
            rd.append({"type": "nibp", "mac": P(p["macs"]["bp"], "device"), "sys": RNG.randrange(92, 172), "dia": RNG.randrange(52, 98), "pr": RNG.randrange(55, 118), "t": t_epoch() - RNG.randrange(10, 200)})
        obj = {"imei": P(p["imei"], "device"), "iccid": P(p["iccid"], "device"), "fw": "HUB-3.2.%d" % RNG.choice([7, 7, 8]),
               "batt": RNG.randrange(20, 100), "rsrp": -RNG.randrange(80, 118), "carrier": RNG.choice(["Verizon", "AT&T"]),
               "ts": t_epoch(), "readings": rd}
    elif k == 1:
        obj = {"imei": P(p["imei"], "device"), "evt": "LOW_BATTERY", "batt": RNG.randrange(4, 15), "on_ac": False,
               "kit": p["kit"], "assigned_to": P(p["mrn"], "mrn"), "ts": t_epoch()}
    else:
        obj = {"imei": P(p["imei"], "device"), "evt": "PERIPHERAL_PAIRED", "peripheral": {"model": "Nonin 3230", "mac": P(p["macs"]["spo2"], "device"),
               "serial": P(p["pulseox_sn"], "device")}, "kit": p["kit"], "ts": t_epoch()}
    return [E("hub_json", jdump(L(), obj))]


# ----------------------------------------------------------------- zephyr BLE hub
def zup():
    s = RNG.randrange(60, 86400 * 3)
    return "[%02d:%02d:%02d.%03d,%03d]" % (s // 3600, s // 60 % 60, s % 60, RNG.randrange(1000), RNG.randrange(1000))


def g_zephyr_clean():
    msg = RNG.choice([
        "<inf> modem: LTE-M attached, RSRP -%d dBm, cell 0x%s, band %d" % (RNG.randrange(80, 118), hexs(7).upper(), RNG.choice([4, 13, 2, 12])),
        "<inf> ble_central: Scanning started (active, interval 0x0060)",
        "<wrn> ble_central: Scan start failed (err -5)",
        "<dbg> bt_hci_core: bt_hci_cmd_send_sync: opcode 0x200c len 2",
        "<inf> mqtt_app: PUBACK id=%d" % RNG.randrange(1, 65535),
        "<err> mqtt_app: mqtt_connect failed: -116",
        "<inf> app: heap free %d / 65536, uptime %ds" % (RNG.randrange(8000, 40000), RNG.randrange(100, 300000)),
        "<inf> fota: downloaded 412/812 KiB of HUB-3.2.8",
        "<wrn> battery: on battery, %d%%, est %d min" % (RNG.randrange(20, 90), RNG.randrange(60, 900)),
        "<inf> gatt_spo2: notif SpO2=%d PR=%d PI=%.1f" % (RNG.randrange(86, 99), RNG.randrange(55, 118), RNG.uniform(0.4, 6)),
    ])
    return [E("zephyr_ble", L().t(zup() + " " + msg))]


def g_zephyr_phi():
    p = pt()
    kind = RNG.choice(["spo2", "bp", "scale", "thermo"])
    mac = p["macs"][kind]
    k = RNG.randrange(4)
    l = L().t(zup() + " ")
    if k == 0:
        l.t("<inf> ble_central: Connected: ").p(mac, "device").t(" (public)")
    elif k == 1:
        l.t("<wrn> ble_central: Disconnected: ").p(mac, "device").t(" (reason 0x%02x)" % RNG.choice([8, 19, 22, 62]))
    elif k == 2:
        l.t("<inf> bt_smp: Bonded with ").p(mac, "device").t(" (public), security level 2")
    else:
        l.t("<inf> dis_client: ").p(mac, "device").t(" model=%s serial=" % {"spo2": "3230", "bp": "UA-651BLE", "scale": "UC-352BLE", "thermo": "TH-4"}[kind])
        l.p(p["pulseox_sn"] if kind == "spo2" else "%s%07d" % (RNG.choice(["5B", "C3", "T0"]), RNG.randrange(10 ** 7)), "device")
        l.t(" fw=%d.%d.%d" % (RNG.randrange(1, 4), RNG.randrange(10), RNG.randrange(10)))
    return [E("zephyr_ble", l)]


# ----------------------------------------------------------------- routing service (Go logfmt)
def lf_pre(level):
    return 'ts=%s level=%s svc=route-planner ' % (t_isoz(), level)


def g_route_clean():
    msg = RNG.choice([
        'msg="optimize request" req_id=%s vehicles=%d jobs=%d profile=driving-car' % (uuid4(), RNG.randrange(2, 8), RNG.randrange(6, 30)),
        'msg="optimize done" req_id=%s cost=%d unassigned=%d duration_ms=%d' % (uuid4(), RNG.randrange(8000, 60000), RNG.choice([0, 0, 0, 1]), RNG.randrange(80, 2400)),
        'msg="matrix cache" hit=%d miss=%d evicted=%d' % (RNG.randrange(100, 900), RNG.randrange(0, 60), RNG.randrange(0, 20)),
        'msg="upstream latency" upstream=osrm p50_ms=%d p99_ms=%d' % (RNG.randrange(20, 60), RNG.randrange(120, 900)),
        'msg="shift loaded" vehicle=%s driver_id=drv-%03d start="07:00" end="15:30" depot=CMH-02' % (RNG.choice(COURIERS)[2], RNG.randrange(1, 80)),
        'msg="no feasible route" vehicle=%s reason="time window violated" job=J-%d' % (RNG.choice(COURIERS)[2], RNG.randrange(80000, 99999)),
        'msg="http request" method=POST path=/v2/optimize status=200 bytes=%d dur=%dms trace_id=%s' % (RNG.randrange(900, 40000), RNG.randrange(80, 2000), hexs(32)),
    ])
    return [E("route_logfmt", L().t(lf_pre(RNG.choice(["info", "info", "debug", "warn"])) + msg))]


def g_route_phi():
    p = pt()
    k = RNG.randrange(3)
    l = L()
    if k == 0:
        l.t(lf_pre("info") + 'msg="geocoded stop" job=J-%d addr="' % RNG.randrange(80000, 99999))
        addr_parts(l, p).t('" lat=').p(p["lat"], "address").t(" lon=").p(p["lon"], "address").t(" confidence=0.%d" % RNG.randrange(85, 99))
    elif k == 1:
        l.t(lf_pre("warn") + 'msg="geocode low confidence" input="')
        l.p(street_full(p).upper(), "address").t(" ").p(p["city"].upper(), "address").t(' OH" candidates=%d best=0.%d' % (RNG.randrange(2, 5), RNG.randrange(40, 70)))
    else:
        ws, we = visit_window()
        l.t(lf_pre("debug") + 'msg="time window" job=J-%d label="' % RNG.randrange(80000, 99999)).p(nm(p, "li"), "name")
        l.t('" tw_start=').p(ws.strftime("%Y-%m-%dT%H:%M-04:00"), "date").t(" tw_end=").p(we.strftime("%Y-%m-%dT%H:%M-04:00"), "date").t(" service_s=1800")
    return [E("route_logfmt", l)]


def g_vroom_phi():
    jobs = []
    for p in RNG.sample(PTS, RNG.randint(2, 3)):
        ws, we = visit_window()
        epo = lambda d: t_epoch(d)
        jobs.append({"id": RNG.randrange(80000, 99999), "location": [P(float(p["lon"]), "address"), P(float(p["lat"]), "address")],
                     "service": RNG.choice([900, 1800, 2700]), "skills": [RNG.choice([1, 2, 3])],
                     "time_windows": [[epo(ws), epo(we)]], "description": S(P(nm(p, "lf"), "name"), " – ", P(p["street"], "address"))})
    c = RNG.choice(MEDICS)
    obj = {"vehicles": [{"id": 1, "profile": "car", "start": [-82.9988, 39.9612], "end": [-82.9988, 39.9612],
                         "skills": [1, 2, 3], "time_window": [t_epoch(), t_epoch() + 30600], "description": c[2]}],
           "jobs": jobs, "options": {"g": False}}
    return [E("vroom_json", jdump(L().t("vroom req "), obj))]


def g_vroom_clean():
    obj = {"code": 0, "summary": {"cost": RNG.randrange(8000, 60000), "routes": RNG.randrange(2, 7), "unassigned": RNG.choice([0, 0, 1]),
                                  "service": RNG.randrange(9000, 40000), "duration": RNG.randrange(6000, 30000), "waiting_time": RNG.randrange(0, 3000),
                                  "computing_times": {"loading": RNG.randrange(5, 60), "solving": RNG.randrange(20, 900)}},
           "unassigned": []}
    return [E("vroom_json", jdump(L().t("vroom res "), obj))]


# ----------------------------------------------------------------- driver app logcat
def lc_pre(lvl, tag):
    return "%s  %d  %d %s %s: " % (t_logcat(), 4120, RNG.choice([4120, 4188, 4191, 4230]), lvl, tag)


def g_logcat_clean():
    lat, lon = 39.96 + RNG.uniform(-0.15, 0.15), -82.99 + RNG.uniform(-0.2, 0.2)
    opts = [
        ("D", "LocationWorker", "fix lat=%.5f lng=%.5f acc=%.1fm spd=%.1f brg=%d" % (lat, lon, RNG.uniform(3, 20), RNG.uniform(0, 28), RNG.randrange(360))),
        ("I", "DispatchSync", "pulled %d stops for %s, route %s" % (RNG.randrange(3, 10), RNG.choice(COURIERS)[2], uuid4()[:8])),
        ("W", "OkHttp", "<-- HTTP FAILED: java.net.SocketTimeoutException: timeout"),
        ("I", "OkHttp", "--> POST https://dispatch.riverbendathome.org/api/v2/events (%d-byte body)" % RNG.randrange(200, 1400)),
        ("I", "WM-WorkerWrapper", "Worker result SUCCESS for Work [ id=%s, tags={ com.riverbend.driver.sync.UploadWorker } ]" % uuid4()),
        ("D", "BatteryMonitor", "level=%d plugged=%s temp=%.1f" % (RNG.randrange(15, 100), RNG.choice(["AC", "none"]), RNG.uniform(24, 41))),
        ("I", "ShiftActivity", "shift start vehicle=%s plate=%s odo=%d" % RNG.choice([(c[2], c[3], RNG.randrange(20000, 90000)) for c in COURIERS])),
        ("E", "AndroidRuntime", "FATAL EXCEPTION: DefaultDispatcher-worker-3"),
        ("I", "ColdChain", "cooler CLR-%d temp=%.1fC ok" % (RNG.randrange(10, 40), RNG.uniform(2.2, 7.8))),
    ]
    lvl, tag, msg = RNG.choice(opts)
    return [E("logcat", L().t(lc_pre(lvl, tag) + msg))]


def g_logcat_phi(k=None):
    p = pt()
    k = RNG.randrange(4) if k is None else k
    l = L()
    if k == 0:
        l.t(lc_pre("I", "StopActivity") + "arrived geofence r=75m lat=").p(p["lat"], "address").t(" lng=").p(p["lon"], "address")
        l.t(' dest="').p(street_full(p), "address").t('" job=J-%d' % RNG.randrange(80000, 99999))
    elif k == 1:
        rel = p["cg_rel"]
        l.t(lc_pre("I", "ProofOfDelivery") + 'recipient="').p(cgn(p, "il"), "name").t(' (%s)" sig=true photo=%s items=%d' % (rel, RNG.choice(["true", "false"]), RNG.randrange(1, 9)))
    elif k == 2:
        l.t(lc_pre("D", "StopDetail") + "bind stop 3/%d name=" % RNG.randrange(4, 9)).p(nm(p, "LF"), "name").t(" phone=").p(fph(p["phone"], "plain"), "phone")
        l.t(' notes="gate code 2580, knock loud, pt HOH"')
    else:
        l.t(lc_pre("I", "ProofOfDelivery") + 'note="left cooler w/ neighbor at ').p(p["street"].split(" ", 1)[1], "address")
        l.t(", pt's %s " % p["cg_rel"]).p(cgn(p, "first"), "name").t(' not home; family car plate ').p(p["plate"], "vehicle").t(' in drive"')
    return [E("logcat", l)]


# ----------------------------------------------------------------- HL7 v2
FS = "|"
LANG_NAMES = {"en": "English", "es": "Spanish", "vi": "Vietnamese", "so": "Somali", "ht": "Haitian Creole", "ko": "Korean",
              "ru": "Russian", "ar": "Arabic", "pt": "Portuguese", "zh": "Chinese", "pl": "Polish", "fa": "Dari", "ne": "Nepali"}


def hl7_msh(mtype, ctrl):
    return L().t("MSH|^~\\&|EPIC|RBH|HAHCC|RBH_HAH|%s||%s|%s|P|2.5.1|||AL|NE" % (t_hl7(), mtype, ctrl))


def hl7_name(l, p, upper=True):
    u = (lambda s: s.upper()) if upper else (lambda s: s)
    l.p(u(p["last"]), "name").t("^").p(u(p["first"]), "name").t("^")
    if p["mid"]:
        l.p(p["mid"], "name")
    l.t("^^^^L")


def hl7_pid(p):
    l = L().t("PID|1||").p(p["mrn"], "mrn").t("^^^RBH^MR")
    if p["plan_kind"] == "medicare":
        l.t("~").p(p["plan"], "health_plan").t("^^^CMS^MB")
    l.t("||")
    hl7_name(l, p)
    l.t("||").p(fdate(p["dob"], "hl7"), "date").t("|%s||%s|" % (p["sex"], p["race"]))
    l.p(p["street"].upper(), "address").t("^")
    if p["apt"]:
        l.p(p["apt"].upper(), "address")
    l.t("^").p(p["city"].upper(), "address").t("^OH^").p(p["zip"], "zip").t("^USA^H^^").p(p["county"].upper(), "address")
    l.t("||")
    ph = p["phone"]
    if RNG.random() < 0.5:
        l.t("^PRN^PH^^1^").p(ph[:3] + "^" + ph[3:], "phone")
    else:
        l.p(fph(ph, "paren0"), "phone").t("^PRN^PH")
    l.t("~^NET^Internet^").p(p["email"], "email")
    l.t("|")
    if RNG.random() < 0.25:
        l.t("^WPN^FX^^1^").p(p["cell"][:3] + "^" + p["cell"][3:], "fax")
    l.t("|%s^%s^ISO639|%s||" % (p["lang"], LANG_NAMES[p["lang"]], RNG.choice(["M", "W", "S", "D"])))
    l.p(p["acct"], "account").t("^^^RBH^AN|")
    if RNG.random() < 0.4:
        l.p(p["ssn"].replace("-", "") if RNG.random() < 0.5 else p["ssn"], "ssn")
    l.t("|")
    if RNG.random() < 0.35:
        l.p(p["dl"], "license").t("^OH")
    return l


def hl7_nk1(p):
    l = L().t("NK1|1|").p(p["cg_last"].upper(), "name").t("^").p(p["cg_first"].upper(), "name")
    rel = {"daughter": "DAU^Daughter", "son": "SON^Son", "wife": "SPO^Spouse", "husband": "SPO^Spouse"}.get(p["cg_rel"], "OTH^Other")
    l.t("|%s^HL70063|" % rel)
    if RNG.random() < 0.5:
        l.p(p["street"].upper(), "address").t("^^").p(p["city"].upper(), "address").t("^OH^").p(p["zip"], "zip")
    l.t("|^PRN^CP^^1^").p(p["cg_phone"][:3] + "^" + p["cg_phone"][3:], "phone").t("||EC^Emergency Contact^HL70131")
    return l


def hl7_pv1(p, discharge=False):
    md = RNG.choice(MDS)
    pod = RNG.choice(PODS)
    l = L().t("PV1|1|I|HAH^HOME^01^RBH^^^^^%s||||%s^%s^%s^^^^^^NPI|||MED|||||||||" % (pod, md[2], md[1].upper(), md[0].upper()))
    # fields 1..18 written above, PV1-19 visit number next
    l.p(p["visit"], "other_id").t("|%s" % RNG.choice(["MCR", "MCD", "COM"]) + "|" * 24)
    # PV1-44 admit date/time
    l.p(p["admit"].strftime("%Y%m%d%H%M"), "date")
    if discharge:
        d = dt.datetime(2024, 3, 14, RNG.randint(8, 15), RNG.choice([0, 10, 25, 40]))
        l.t("|").p(d.strftime("%Y%m%d%H%M"), "date")
    return l


def hl7_in1(p):
    l = L().t("IN1|1|")
    if p["plan_kind"] == "medicare":
        l.t("MCRAB^Medicare Part A and B|CMS|Centers for Medicare & Medicaid Services|")
    elif p["plan_kind"] == "medicaid":
        l.t("OHMCD^Ohio Medicaid|ODM|Ohio Department of Medicaid|")
    else:
        l.t("ANTHPPO^Anthem Blue Access PPO|ANTHEM|Anthem Blue Cross and Blue Shield|")
    l.t("|||||||||||")
    hl7_name(l, p)
    l.t("|SEL|").p(fdate(p["dob"], "hl7"), "date").t("|")
    l.t("|||||||||||||||||").p(p["plan"], "health_plan")
    return l


def g_hl7_adt():
    p = pt()
    ev = RNG.choice(["A01", "A01", "A03", "A08"])
    ctrl = "MSG%07d" % RNG.randrange(10 ** 7)
    md = RNG.choice(MDS)
    out = [hl7_msh("ADT^%s^ADT_A01" % ev if ev != "A03" else "ADT^A03^ADT_A03", ctrl),
           L().t("EVN|%s|%s|||%s^%s^%s^^^^^^NPI" % (ev, t_hl7(), md[2], md[1].upper(), md[0].upper())), hl7_pid(p)]
    if ev != "A03":
        out.append(hl7_nk1(p))
    out.append(hl7_pv1(p, discharge=(ev == "A03")))
    if ev == "A01":
        out.append(hl7_in1(p))
    return [E("hl7v2", x) for x in out]


LABS = [("2951-2", "Sodium", "mmol/L", "136-145", 128, 146), ("2823-3", "Potassium", "mmol/L", "3.5-5.1", 3.0, 5.8),
        ("2160-0", "Creatinine", "mg/dL", "0.6-1.2", 0.6, 2.6), ("6690-2", "WBC", "10*3/uL", "4.0-11.0", 3.1, 18.0),
        ("718-7", "Hemoglobin", "g/dL", "12.0-16.0", 7.8, 15.2), ("2345-7", "Glucose", "mg/dL", "70-99", 62, 280),
        ("1988-5", "C reactive protein", "mg/L", "0-10", 1, 160), ("33762-6", "NT-proBNP", "pg/mL", "0-450", 120, 9800)]


def g_hl7_oru():
    p = pt()
    ctrl = "MSG%07d" % RNG.randrange(10 ** 7)
    coll = (CLK.now - dt.timedelta(minutes=RNG.randrange(45, 200))).replace(second=0, microsecond=0)
    out = [hl7_msh("ORU^R01^ORU_R01", ctrl)]
    l = L().t("PID|1||").p(p["mrn"], "mrn").t("^^^RBH^MR||")
    hl7_name(l, p)
    l.t("||").p(fdate(p["dob"], "hl7"), "date").t("|%s" % p["sex"])
    out.append(l)
    out.append(L().t("PV1|1|I|HAH^HOME^01^RBH" + "|" * 16).p(p["visit"], "other_id"))
    placer = "ORD%06d" % RNG.randrange(10 ** 6)
    out.append(L().t("ORC|RE|%s^HAH|" % placer).p(p["acc"], "other_id").t("^RBLAB||CM"))
    md = RNG.choice(MDS)
    panel = RNG.choice(["80048^BASIC METABOLIC PANEL^C4", "85025^CBC W AUTO DIFF^C4", "83880^NT-PROBNP^C4"])
    ob = L().t("OBR|1|%s^HAH|" % placer).p(p["acc"], "other_id").t("^RBLAB|%s|||" % panel).p(coll.strftime("%Y%m%d%H%M"), "date")
    ob.t("|||||||||%s^%s^%s||||||" % (md[2], md[1].upper(), md[0].upper())).p(t_hl7()[:12], "date").t("|||F")
    out.append(ob)
    for i, lab in enumerate(RNG.sample(LABS, RNG.randint(2, 4)), 1):
        v = RNG.uniform(lab[4], lab[5])
        vs = ("%.1f" % v) if v < 20 else str(int(v))
        lo, hi = [float(x) for x in lab[3].split("-")]
        flag = "H" if v > hi else ("L" if v < lo else "N")
        o = L().t("OBX|%d|NM|%s^%s^LN||%s|%s|%s|%s|||F" % (i, lab[0], lab[1], vs, lab[2], lab[3], flag))
        if RNG.random() < 0.3:
            o.t("|||").p(coll.strftime("%Y%m%d%H%M"), "date")
        out.append(o)
    k = RNG.randrange(3)
    if k == 0:
        out.append(L().t("NTE|1|L|Specimen drawn in home by community paramedic, transported on ice."))
    elif k == 1:
        rd = coll + dt.timedelta(days=1)
        n = L().t("NTE|1|L|Hemolyzed K+, redraw ").p(rd.strftime("%m/%d %H%M"), "date").t(" at ").p(street_full(p), "address")
        out.append(n)
    return [E("hl7v2", x) for x in out]


def g_hl7_ack():
    ctrl = "MSG%07d" % RNG.randrange(10 ** 7)
    return [E("hl7v2", L().t("MSH|^~\\&|HAHCC|RBH_HAH|EPIC|RBH|%s||ACK^%s^ACK|ACK%s|P|2.5.1" % (t_hl7(), RNG.choice(["A01", "A03", "A08", "R01"]), ctrl[3:]))),
            E("hl7v2", L().t("MSA|%s|%s" % ctrl_ack(ctrl)))]


def ctrl_ack(ctrl):
    if RNG.random() < 0.25:
        return ("AE", ctrl + RNG.choice(["|Unsupported trigger event", "|PV1-19 visit number missing", ""]))
    return ("AA", ctrl)


# ----------------------------------------------------------------- Java integration (log4j2)
def j_pre(level, thread, logger):
    return "%s %-5s [%s] %s - " % (t_l4j(), level, thread, logger)


JTH = ["mllp-worker-%d" % i for i in range(1, 7)] + ["fhir-pub-%d" % i for i in range(1, 4)] + ["main", "Camel (hah-integration) thread #%d - seda://adt" % 3]


def g_java_clean():
    lvl, lg, msg = RNG.choice([
        ("INFO", "o.r.h.i.mllp.MllpListener", "Received ADT^%s control=MSG%07d from EPIC_PRD (%.1f KB)" % (RNG.choice(["A01", "A03", "A08"]), RNG.randrange(10 ** 7), RNG.uniform(0.8, 6))),
        ("INFO", "o.r.h.i.mllp.MllpListener", "Received ORU^R01 control=MSG%07d from SUNQUEST (%.1f KB)" % (RNG.randrange(10 ** 7), RNG.uniform(1, 9))),
        ("DEBUG", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Pool stats (total=10, active=%d, idle=%d, waiting=0)" % (lambda a: (a, 10 - a))(RNG.randrange(0, 10))),
        ("INFO", "ca.uhn.fhir.rest.client.impl.BaseClient", "Client response: HTTP 201 Created (Observation/%d/_history/1) in %dms" % (RNG.randrange(7000000, 7999999), RNG.randrange(20, 400))),
        ("INFO", "ca.uhn.fhir.context.FhirContext", "Creating new FHIR context for FHIR version [R4]"),
        ("WARN", "ca.uhn.fhir.rest.client.impl.RestfulClientFactory", "Failed to retrieve the server metadata statement during client initialization. URL used was https://fhir.riverbendhealth.org/R4/metadata"),
        ("INFO", "o.a.c.i.e.AbstractCamelContext", "Apache Camel 3.21.0 (hah-integration) started in %dms (build:%dms init:%dms start:%dms)" % (RNG.randrange(800, 3000), RNG.randrange(50, 200), RNG.randrange(200, 900), RNG.randrange(200, 900))),
        ("INFO", "o.a.k.clients.producer.KafkaProducer", "[Producer clientId=hah-int-1] Instantiated an idempotent producer."),
        ("WARN", "o.r.h.i.mllp.MllpListener", "Peer 10.40.%d.%d:%d closed connection before ACK" % (RNG.randrange(16), RNG.randrange(2, 254), RNG.randrange(30000, 60000))),
        ("INFO", "o.r.h.i.route.AdtRouter", "Routed control=MSG%07d -> topic hah.adt.v1 partition=%d offset=%d" % (RNG.randrange(10 ** 7), RNG.randrange(6), RNG.randrange(10 ** 6))),
        ("ERROR", "o.r.h.i.fhir.ObservationPublisher", "Bundle POST failed after 3 retries: HTTP 503 Service Unavailable (trace=%s)" % hexs(32)),
    ])
    return [E("log4j2", L().t(j_pre(lvl, RNG.choice(JTH), lg) + msg))]


def g_java_trace():
    out = [E("log4j2", L().t(j_pre("ERROR", RNG.choice(JTH[:6]), "o.r.h.i.mllp.MllpListener") + "Unparseable message control=MSG%07d, NAK sent" % RNG.randrange(10 ** 7)))]
    out.append(E("log4j2", L().t("ca.uhn.hl7v2.HL7Exception: Can't find a %s field in segment PV1" % RNG.choice(["TS", "XCN", "PL"]))))
    for fr in RNG.sample(["\tat ca.uhn.hl7v2.parser.PipeParser.parse(PipeParser.java:1121)",
                          "\tat ca.uhn.hl7v2.parser.Parser.parse(Parser.java:212)",
                          "\tat org.riverbend.hah.integration.mllp.MllpListener.onMessage(MllpListener.java:88)",
                          "\tat org.apache.camel.component.mllp.MllpTcpServerConsumer.processMessage(MllpTcpServerConsumer.java:248)",
                          "\tat java.base/java.lang.Thread.run(Thread.java:1583)"], RNG.randint(2, 4)):
        out.append(E("log4j2", L().t(fr)))
    if RNG.random() < 0.5:
        out.append(E("log4j2", L().t("\t... %d common frames omitted" % RNG.randrange(3, 30))))
    return out


def g_java_phi(k=None):
    p = pt()
    th = RNG.choice(JTH)
    k = RNG.randrange(7) if k is None else k
    if k == 0:
        l = L().t(j_pre("DEBUG", th, "o.r.h.i.map.PidMapper") + "PID mapped: mrn=").p(p["mrn"], "mrn").t(" name=")
        l.p(p["last"].upper(), "name").t("^").p(p["first"].upper(), "name").t(" dob=").p(fdate(p["dob"], "hl7"), "date")
        l.t(" zip=").p(p["zip"], "zip")
    elif k == 1:
        l = L().t(j_pre("WARN", th, "o.r.h.i.empi.EmpiClient") + "No EMPI match (score 0.%d) for " % RNG.randrange(50, 79))
        l.p(nm(p, "LF"), "name").t(" DOB ").p(fdate(p["dob"], "us"), "date").t(" SSN ").p(p["ssn"], "ssn").t("; queued for manual review")
    elif k == 2:
        l = L().t(j_pre("INFO", th, "o.r.h.i.map.Nk1Mapper") + "Caregiver upsert episode=").p(p["episode"], "other_id").t(' contact="')
        l.p(cgn(p, "lf"), "name").t('" rel=%s tel=' % p["cg_rel"]).p(fph(p["cg_phone"], "dash"), "phone").t(" email=").p(p["cg_email"], "email")
    elif k == 3:
        l = L().t(j_pre("ERROR", th, "o.r.h.i.fhir.ObservationPublisher") + "Subject mismatch: device ").p(p["imei"], "device")
        l.t(" registered to Patient/").p(p["fhir"], "other_id").t(" but reading tagged MRN ").p(p["mrn"], "mrn")
    elif k == 4:
        l = L().t(j_pre("INFO", th, "o.r.h.i.elig.EligibilityClient") + "270 sent for ").p(nm(p, "lf"), "name").t(" member=")
        l.p(p["plan"], "health_plan").t(" payer=%s dos=" % {"medicare": "CMS", "medicaid": "ODM", "commercial": "ANTHEM"}[p["plan_kind"]])
        l.p(fdate(p["admit"].date(), "hl7"), "date")
    elif k == 6:
        l = L().t(j_pre("INFO", th, "o.r.h.i.idp.IdentityProofing") + "DL OH ").p(p["dl"], "license").t(" matched for ")
        l.p(nm(p, "LF"), "name").t(" (dob ").p(fdate(p["dob"], "us"), "date").t(") via InstantID score=0.%d" % RNG.randrange(80, 99))
    else:
        l = L().t(j_pre("INFO", th, "o.r.h.i.billing.GuarantorSync") + "Guarantor ").p(cgn(p, "fl"), "name").t(" acct=").p(p["acct"], "account")
        l.t(" card on file ****%s updated" % p["card"][-4:])
    return [E("log4j2", l)]


def g_java_json_clean():
    lvl, lg, msg = RNG.choice([
        ("INFO", "org.riverbend.hah.integration.fhir.ObservationPublisher", "Flushed %d observations in %dms" % (RNG.randrange(5, 200), RNG.randrange(40, 900))),
        ("WARN", "org.apache.camel.component.kafka.KafkaConsumer", "Offset commit failed, will retry: CommitFailedException"),
        ("INFO", "org.riverbend.hah.integration.billing.CardOnFileValidator", "Staging self-test ok, test card 4242424242424242 authorized (sandbox)"),
        ("DEBUG", "org.riverbend.hah.integration.health.Heartbeat", "mllp=UP kafka=UP fhir=UP empi=DEGRADED"),
    ])
    e = t_epoch()
    obj = {"instant": {"epochSecond": e, "nanoOfSecond": RNG.randrange(10 ** 9)}, "thread": RNG.choice(JTH), "level": lvl,
           "loggerName": lg, "message": msg, "endOfBatch": False, "loggerFqcn": "org.apache.logging.log4j.spi.AbstractLogger",
           "threadId": RNG.randrange(20, 90), "threadPriority": 5}
    return [E("log4j2_json", jdump(L(), obj))]


def g_java_json_phi():
    p = pt()
    k = RNG.randrange(3)
    if k == 0:
        msg = S("ORU routed for ", P(nm(p, "LFc"), "name"), " MRN ", P(p["mrn"], "mrn"), " accession ", P(p["acc"], "other_id"), " -> Observation bundle")
        lg = "org.riverbend.hah.integration.route.OruRouter"
    elif k == 1:
        msg = S("Faxing discharge instructions to caregiver fax ", P(fph(p["cg_phone"], "paren"), "fax"), " (", P(cgn(p), "name"), ") per preference")
        lg = "org.riverbend.hah.integration.docs.FaxOutbound"
    else:
        msg = S("A03 discharge ", P(p["episode"], "other_id"), " visit=", P(p["visit"], "other_id"), " admitted ",
                P(p["admit"].strftime("%Y-%m-%d %H:%M"), "date"), " LOS ", str(RNG.randrange(2, 7)), "d")
        lg = "org.riverbend.hah.integration.route.AdtRouter"
    obj = {"instant": {"epochSecond": t_epoch(), "nanoOfSecond": RNG.randrange(10 ** 9)}, "thread": RNG.choice(JTH), "level": "INFO",
           "loggerName": lg, "message": msg, "endOfBatch": False, "loggerFqcn": "org.apache.logging.log4j.spi.AbstractLogger",
           "threadId": RNG.randrange(20, 90), "threadPriority": 5}
    return [E("log4j2_json", jdump(L(), obj))]


# ----------------------------------------------------------------- FHIR
VITAL_CODES = [("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", "%", lambda: RNG.randrange(85, 99)),
               ("8867-4", "Heart rate", "/min", lambda: RNG.randrange(55, 125)),
               ("8310-5", "Body temperature", "Cel", lambda: round(RNG.uniform(36.1, 39.2), 1)),
               ("29463-7", "Body weight", "kg", lambda: round(RNG.uniform(45, 120), 1))]


def g_fhir_phi():
    p = pt()
    if RNG.random() < 0.75:
        code, disp, unit, fn = RNG.choice(VITAL_CODES)
        eff = CLK.now - dt.timedelta(seconds=RNG.randrange(30, 600))
        obj = {"resourceType": "Observation", "id": str(RNG.randrange(7000000, 7999999)), "status": "final",
               "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "vital-signs"}]}],
               "code": {"coding": [{"system": "http://loinc.org", "code": code, "display": disp}]},
               "subject": {"reference": S("Patient/", P(p["fhir"], "other_id")), "display": P(nm(p, "fl"), "name")},
               "effectiveDateTime": P(eff.strftime("%Y-%m-%dT%H:%M:%S-04:00"), "date"),
               "valueQuantity": {"value": fn(), "unit": unit, "system": "http://unitsofmeasure.org", "code": unit},
               "device": {"identifier": {"system": "urn:gsma:imei", "value": P(p["imei"], "device")}}}
        return [E("fhir_json", jdump(L(), obj))]
    obj = {"resourceType": "Patient", "id": P(p["fhir"], "other_id"),
           "identifier": [{"system": "urn:oid:1.2.840.114350.1.13.412.2.7.5.737384.14", "value": P(p["mrn"], "mrn")}],
           "name": [{"family": P(p["last"], "name"), "given": [P(p["first"], "name")]}],
           "telecom": [{"system": "phone", "value": P(fph(p["phone"], "paren"), "phone"), "use": "home"}],
           "gender": "female" if p["sex"] == "F" else "male", "birthDate": P(fdate(p["dob"], "iso"), "date"),
           "address": [{"line": [P(street_full(p), "address")], "city": P(p["city"], "address"), "state": "OH", "postalCode": P(p["zip"], "zip")}]}
    return [E("fhir_json", jdump(L(), obj, sp=RNG.random() < 0.5))]


def g_fhir_clean():
    k = RNG.randrange(3)
    if k == 0:
        obj = {"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "processing",
                                                              "diagnostics": RNG.choice(["HAPI-0450: Failed to parse request body as JSON resource. Error was: HAPI-1861: Failed to parse JSON encoded FHIR content: Unexpected end-of-input",
                                                                                         "HAPI-0389: Failed to call access method: java.lang.IllegalArgumentException: Invalid UCUM unit: mmHG",
                                                                                         "Resource Observation/%d version 3 is not the current version" % RNG.randrange(7000000, 7999999)])}]}
    elif k == 1:
        obj = {"resourceType": "Bundle", "type": "transaction-response", "entry": [
            {"response": {"status": "201 Created", "location": "Observation/%d/_history/1" % RNG.randrange(7000000, 7999999)}} for _ in range(RNG.randint(1, 3))]}
    else:
        obj = {"resourceType": "CapabilityStatement", "status": "active", "date": "2024-02-29T18:04:11+00:00", "fhirVersion": "4.0.1",
               "software": {"name": "HAPI FHIR Server", "version": "6.10.2"}, "format": ["application/fhir+json"]}
    return [E("fhir_json", jdump(L(), obj))]


# ----------------------------------------------------------------- kubernetes
PODN = ["hah-api-6b7f9c7d4-x2kq4", "hah-api-6b7f9c7d4-m8vjt", "hah-integration-7c9d8f6b5-q2x4l", "route-planner-5d4c9b8f7-tz6wn",
        "cc-web-84f6d9b7c-hh2pz", "hah-video-gw-7f8b6c5d9-9kq2r"]


def g_k8s_clean():
    k = RNG.randrange(5)
    if k == 0:
        msg = RNG.choice([
            'I%s    1289 kubelet.go:2410] "SyncLoop (PLEG): event for pod" pod="hah/%s" event={"ID":"%s","Type":"ContainerStarted","Data":"%s"}' % (t_klog(), RNG.choice(PODN), uuid4(), hexs(64)),
            'E%s    1289 pod_workers.go:1298] "Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"hah-integration\\" with CrashLoopBackOff: \\"back-off 2m40s restarting failed container=hah-integration pod=%s_hah(%s)\\"" pod="hah/%s"' % (t_klog(), PODN[2], uuid4(), PODN[2]),
            'I%s    1289 prober.go:107] "Probe failed" probeType="Readiness" pod="hah/%s" containerName="app" probeResult="failure" output="HTTP probe failed with statuscode: 503"' % (t_klog(), RNG.choice(PODN)),
            'W%s    1289 reflector.go:535] k8s.io/client-go/informers/factory.go:150: watch of *v1.Endpoints ended with: an error on the server ("unable to decode an event from the watch stream: http2: client connection lost") has prevented the request from succeeding' % t_klog(),
        ])
        return [E("k8s", L().t(msg))]
    if k == 1:
        out = []
        if RNG.random() < 0.4:
            out.append(E("k8s", L().t("LAST SEEN   TYPE      REASON              OBJECT                                          MESSAGE")))
        for _ in range(RNG.randint(1, 3)):
            out.append(E("k8s", L().t("%-11s %-9s %-19s %-47s %s" % (
                "%dm%ds" % (RNG.randrange(0, 30), RNG.randrange(60)), *RNG.choice([
                    ("Warning", "BackOff", "pod/" + PODN[2], "Back-off restarting failed container hah-integration in pod %s_hah(%s)" % (PODN[2], uuid4())),
                    ("Normal", "Pulled", "pod/" + RNG.choice(PODN), 'Successfully pulled image "ghcr.io/riverbend/hah-api:1.14.%d" in 2.41s' % RNG.randrange(1, 5)),
                    ("Normal", "ScalingReplicaSet", "deployment/hah-api", "Scaled up replica set hah-api-6b7f9c7d4 to %d" % RNG.randrange(2, 6)),
                    ("Warning", "Unhealthy", "pod/" + RNG.choice(PODN), "Readiness probe failed: HTTP probe failed with statuscode: 503"),
                    ("Normal", "SuccessfulCreate", "job/hah-nightly-purge-28510560", "Created pod: hah-nightly-purge-28510560-7xq2c")])))))
        return out
    if k == 2:
        inner = RNG.choice(["%s [info] Sent 200 in %dms" % (t_ex(), RNG.randrange(1, 90)),
                            "%s [info] Hah.Kits.HubRegistry: %d hubs online" % (t_ex(), RNG.randrange(120, 160)),
                            "%s INFO  [main] o.s.b.StartupInfoLogger - Started IntegrationApplication in 11.84 seconds (process running for 13.02)" % t_l4j()])
        obj = {"log": inner + "\n", "stream": RNG.choice(["stdout", "stderr"]), "time": t_nano()}
        return [E("k8s", jdump(L(), obj))]
    if k == 3:
        return [E("k8s", L().t("[pod/%s/app] %s [info] Oban.Queue: telemetry paused=false limit=20 running=%d" % (RNG.choice(PODN[:2]), t_ex(), RNG.randrange(0, 20))))]
    return [E("k8s", L().t('%s stdout F {"level":"info","ts":"%s","caller":"proxy/server.go:%d","msg":"upstream healthy","upstream":"osrm-ohio:5000"}' % (t_nano(), t_isoz(), RNG.randrange(80, 400))))]


def g_k8s_phi():
    # container json-file log wrapping an application line with PHI
    inner_fam_gen = RNG.choice([g_ex_threshold_phi, g_java_phi, g_ex_login_phi])
    fam, inner = inner_fam_gen()[0]
    if RNG.random() < 0.5:
        l = L().t('{"log":"')
        l.extend(inner, jesc)
        l.t('\\n","stream":"stdout","time":"%s"}' % t_nano())
    else:
        pod = PODN[2] if fam == "log4j2" else RNG.choice(PODN[:2])
        l = L().t("[pod/%s/app] " % pod).extend(inner)
    return [E("k8s", l)]


# ----------------------------------------------------------------- paging
def g_pager_clean():
    k = RNG.randrange(3)
    if k == 0:
        f, l_, u = rn()
        obj = {"event": {"id": uuid4(), "event_type": RNG.choice(["incident.acknowledged", "incident.resolved"]), "occurred_at": t_isoz(),
                         "agent": {"type": "user_reference", "summary": "%s %s" % (f, l_)},
                         "data": {"id": "Q" + rstr(13, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), "number": RNG.randrange(4000, 9000),
                                  "service": {"summary": "HaH Escalations %s" % RNG.choice(PODS)}, "urgency": "high"}}}
        return [E("pager", jdump(L(), obj))]
    if k == 1:
        f, l_, u = rn()
        return [E("pager", L().t('%s SPOK OUT pager=%d grp="HAH RN %s" msg="ON-CALL CHANGE: %s %s NOW PRIMARY. CC %s"' % (
            t_plain(), RNG.randrange(4400, 4499), RNG.choice(PODS).replace("-", " "), f[0], l_.upper(), fph(CC_PHONE, "dash"))))]
    return [E("pager", L().t('%s SPOK ACK pager=%d page_id=%d latency=%ds' % (t_plain(), RNG.randrange(4400, 4499), RNG.randrange(10 ** 6, 10 ** 7), RNG.randrange(8, 300))))]


def g_pager_phi():
    p = pt()
    if RNG.random() < 0.5:
        val = RNG.randrange(82, 89)
        obj = {"routing_key": hexs(32), "event_action": "trigger", "dedup_key": S("hah-esc-", P(p["episode"], "other_id"), "-spo2"),
               "payload": {"summary": S("SpO2 %d%% x3 - " % val, P(nm(p, "li"), "name"), " (", P(p["mrn"], "mrn"), ") - ", P(p["city"], "address")),
                           "source": "hah-escalation-svc", "severity": "critical", "component": "vitals", "group": RNG.choice(PODS),
                           "class": "spo2_low", "custom_details": {"caregiver": P(cgn(p), "name"), "caregiver_phone": P(fph(p["cg_phone"], "e164"), "phone"),
                                                                   "kit": p["kit"]}},
               "links": [{"href": S("https://cc.riverbendathome.org/episodes/", P(p["episode"], "other_id")), "text": "Open in Command Center"}]}
        if p["age"] > 89:
            obj["payload"]["custom_details"]["age"] = P(p["age"], "age")
        return [E("pager", jdump(L(), obj))]
    l = L().t('%s SPOK OUT pager=%d grp="HAH RN %s" msg="HAH ESC: HOME PT ' % (t_plain(), RNG.randrange(4400, 4499), RNG.choice(PODS).replace("-", " ")))
    l.p(nm(p, "LFc"), "name").t(" ").p(p["mrn"], "mrn")
    if p["age"] > 89:
        l.t(" ").p(str(p["age"]), "age").t("YO")
    l.t(" SBP %d HR %d. FAMILY " % (RNG.randrange(70, 88), RNG.randrange(100, 140))).p(fph(p["cg_phone"], "plain"), "phone").t('. CALL CC %s"' % fph(CC_PHONE, "dash"))
    return [E("pager", l)]


# ----------------------------------------------------------------- supply CSV / courier pipes
CSV_HDR = "order_no,created,episode,ship_to_name,ship_to_addr1,ship_to_city,ship_to_zip,ship_to_phone,sku,qty,window,carrier,tracking,notes"
SKUS = [("RB-KIT-V3", "HaH vitals kit v3"), ("INF-CEF2G", "Cefazolin 2g premix"), ("SUP-SAL10", "NS flush 10mL x30"),
        ("O2-CONC5", "O2 concentrator 5L"), ("SUP-GLV-M", "Nitrile gloves M"), ("INF-TUB-SAP", "Sapphire admin set"),
        ("LAB-TUBE-LAV", "Lavender top tubes x10")]


def trk():
    return "1Z%s%s" % (rstr(6, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"), "%010d" % RNG.randrange(10 ** 10))


def g_supply_clean():
    if RNG.random() < 0.12:
        return [E("supply_csv", L().t(CSV_HDR))]
    sku = RNG.choice(SKUS)
    row = "SO-2024-%06d,%s,,Riverbend Central Supply,1200 Harrison Ave,Columbus,43215,%s,%s,%d,,%s,%s,restock CMH-02 par" % (
        RNG.randrange(118000, 119999), t_plain(), CC_PHONE, sku[0], RNG.randrange(10, 200), RNG.choice(["UPS", "RBH-FLEET"]), trk())
    return [E("supply_csv", L().t(row))]


def g_supply_phi():
    p = pt()
    sku = RNG.choice(SKUS)
    ws, we = visit_window()
    l = L().t("SO-2024-%06d,%s," % (RNG.randrange(118000, 119999), t_plain())).p(p["episode"], "other_id").t(",")
    name = nm(p, RNG.choice(["fl", "lf", "LF"]))
    if "," in name:
        l.t('"').p(name, "name").t('"')
    else:
        l.p(name, "name")
    l.t(",")
    sf = street_full(p)
    if "," in sf:
        l.t('"').p(sf, "address").t('"')
    else:
        l.p(sf, "address")
    l.t(",").p(p["city"], "address").t(",").p(p["zip"], "zip").t(",").p(fph(p["phone"], RNG.choice(["plain", "dash", "paren"])), "phone")
    l.t(",%s,%d," % (sku[0], RNG.randrange(1, 4))).p(ws.strftime("%m/%d %H:%M") + "-" + we.strftime("%H:%M"), "date")
    l.t(",RBH-FLEET,,")
    k = RNG.randrange(3)
    if k == 0:
        l.t('"call ').p(cgn(p, "first"), "name").t(" (%s) first, " % p["cg_rel"]).p(fph(p["cg_phone"], "dot"), "phone").t('"')
    elif k == 1:
        l.t("fax paperwork to home fax ").p(fph(p["cell"], "dash"), "fax")
    else:
        l.t("stairs; no signature req")
    return [E("supply_csv", l)]


def g_courier_clean():
    row = "RBLOG|SO-2024-%06d|%s|%s|%s|DEPOT:CMH-02|%s|" % (RNG.randrange(118000, 119999), trk(), RNG.choice(["PICKED", "OUT_FOR_DELIVERY", "LOADED", "RETURNED_TO_DEPOT"]),
                                                          t_plain()[:16], RNG.choice(COURIERS)[2])
    return [E("courier_pipe", L().t(row))]


def g_courier_phi():
    p = pt()
    l = L().t("RBLOG|SO-2024-%06d|%s|DELIVERED|%s|SIGNED:" % (RNG.randrange(118000, 119999), trk(), t_plain()[:16]))
    l.p(cgn(p, "il").upper() if RNG.random() < 0.5 else nm(p, "li").upper(), "name").t("|GPS:").p(p["lat"], "address").t(",").p(p["lon"], "address")
    l.t("|PHOTO:%d" % RNG.randrange(0, 2))
    return [E("courier_pipe", l)]


# ----------------------------------------------------------------- caregiver messages
MSGS = {
    "es": [lambda p: S("Hola, soy ", P(cgn(p, "first"), "name"), ", familiar de ", P(nm(p, "fl"), "name"), ". Tiene fiebre de 38.4 desde anoche, ¿pueden llamarme al ", P(fph(p["cg_phone"], "dash"), "phone"), "?"),
           lambda p: S("Buenas tardes. El paquete de medicinas no llegó a ", P(street_full(p), "address"), ". ¿Lo mandan mañana?"),
           lambda p: S("Gracias enfermera, ya se tomó la pastilla. Todo bien hoy.")],
    "vi": [lambda p: S("Chào cô, tôi là ", P(cgn(p, "first"), "name"), ", người nhà của bệnh nhân ", P(nm(p, "fl"), "name"), ". Bệnh nhân bị khó thở từ sáng, máy đo oxy chỉ 88."),
           lambda p: S("Cảm ơn, chiều nay nhà có người ở nhà để nhận đồ.")],
    "zh": [lambda p: S("您好，我是", P(cgn(p, "fl"), "name"), "。我父亲今天早上血压很低，护士几点来？"),
           lambda p: S("谢谢，明天上午在家。")],
    "ru": [lambda p: S("Здравствуйте, это ", P(cgn(p, "fl"), "name"), ". У ", P(nm(p, "fl"), "name"), " опять отекли ноги, вес +2 кг. Перезвоните на ", P(fph(p["cg_phone"], "sp"), "phone")),
           lambda p: S("Спасибо, планшет работает, видеозвонок в 14:00 подходит.")],
    "so": [lambda p: S("Salaan, waxaan ahay ", P(cgn(p, "fl"), "name"), ". ", P(nm(p, "first"), "name"), " wuxuu qabaa qandho, fadlan i soo wac ", P(fph(p["cg_phone"], "plain"), "phone")),
           lambda p: S("Mahadsanid, qalabka waa la helay.")],
    "ar": [lambda p: S("مرحبا، أنا ", P(cgn(p, "fl"), "name"), ". والدتي ", P(nm(p, "fl"), "name"), " لم تنم الليلة بسبب الألم. رقمي ", P(fph(p["cg_phone"], "e164"), "phone")),
           lambda p: S("شكرا، وصلت الأدوية.")],
    "ht": [lambda p: S("Bonjou, se ", P(cgn(p, "fl"), "name"), ". Mari m ", P(nm(p, "first"), "name"), " gen lafyèv ak tous depi yè swa.")],
    "ko": [lambda p: S("안녕하세요, ", P(cgn(p, "fl"), "name"), "입니다. 아버지 산소포화도가 89로 나와요. 전화 부탁드립니다 ", P(fph(p["cg_phone"], "dash"), "phone"))],
    "pl": [lambda p: S("Dzień dobry, tu ", P(cgn(p, "fl"), "name"), ". Tata (", P(nm(p, "fl"), "name"), ") ma gorączkę, czy pielęgniarka przyjedzie ", P(fdate(visit_window()[0].date(), "eu"), "date"), "?")],
    "ne": [lambda p: S("नमस्ते, म ", P(cgn(p, "fl"), "name"), "। बुबालाई सास फेर्न गाह्रो भइरहेको छ।")],
    "pt": [lambda p: S("Olá, aqui é a ", P(cgn(p, "fl"), "name"), ". O ", P(nm(p, "first"), "name"), " caiu no banheiro mas está bem. Endereço: ", P(street_full(p), "address"))],
    "fa": [lambda p: S("سلام، من ", P(cgn(p, "fl"), "name"), " هستم. پدرم امروز صبح داروی خود را نخورد.")],
    "en": [lambda p: S("Hi this is ", P(cgn(p, "first"), "name"), ", ", P(nm(p, "fl"), "name"), "'s ", p["cg_rel"], ". ", P(nm(p, "first"), "name"), " seems more confused today, can someone call ", P(fph(p["cg_phone"], "paren"), "phone"), "?"),
           lambda p: S("The oxygen machine is beeping, what do we do? -", P(cgn(p, "first"), "name")),
           lambda p: S("We won't be home ", P(fdate(visit_window()[0].date(), "us_short"), "date"), " afternoon, can the lab draw move to morning?")],
}


def g_sms_phi():
    p = pt()
    lang = p["cg_lang"] if p["cg_lang"] in MSGS else "en"
    body = RNG.choice(MSGS[lang])(p)
    has_phi = any(isinstance(x, P) for x in body.parts)
    obj = {"msg_id": "SM" + hexs(32), "dir": "inbound", "from": P(fph(p["cg_phone"], "e164"), "phone"), "to": "+1" + CC_PHONE,
           "lang": lang, "episode": P(p["episode"], "other_id"), "body": body, "received_at": t_isoz()}
    if lang != "en" and RNG.random() < 0.5:
        obj["mt"] = {"engine": "gcp-translate-v3", "target": "en", "chars": len("".join(x.v if isinstance(x, P) else x for x in body.parts))}
    return [E("sms_json", jdump(L(), obj))]


def g_sms_clean():
    obj = RNG.choice([
        {"type": "template.batch", "template": RNG.choice(["kit_pickup_reminder_v3", "visit_eta_v2", "survey_post_discharge"]), "sent": RNG.randrange(10, 80),
         "failed": RNG.randrange(0, 3), "locales": {"en": RNG.randrange(10, 50), "es": RNG.randrange(1, 10), "so": RNG.randrange(0, 5), "vi": RNG.randrange(0, 4)}, "at": t_isoz()},
        {"type": "provider.status", "provider": "twilio", "messaging_service": "MG" + hexs(32), "queue_depth": RNG.randrange(0, 30), "error_30007_rate": round(RNG.uniform(0, 0.02), 4), "at": t_isoz()},
        {"type": "translation.cache", "hits": RNG.randrange(100, 900), "misses": RNG.randrange(0, 80), "engine": "gcp-translate-v3", "at": t_isoz()},
    ])
    return [E("sms_json", jdump(L(), obj))]


def qp(s):
    return urllib.parse.quote_plus(s, safe="")


def g_twilio_phi():
    p = pt()
    inbound = RNG.random() < 0.6
    l = L().t("%s twilio-hook POST /webhooks/twilio/%s body=\"" % (t_isoz(), "sms" if inbound else "status"))
    if inbound:
        lang = p["cg_lang"] if p["cg_lang"] in MSGS else "en"
        body = RNG.choice(MSGS[lang])(p)
        l.t("ToCountry=US&ToState=OH&SmsMessageSid=SM%s&NumMedia=0&ToCity=COLUMBUS&FromZip=" % hexs(32)).p(p["zip"], "zip")
        l.t("&SmsSid=SM%s&FromState=OH&SmsStatus=received&FromCity=" % hexs(32)).p(qp(p["city"].upper()), "address").t("&Body=")
        for part in body.parts:
            if isinstance(part, P):
                l.p(qp(part.v), part.cat)
            else:
                l.t(qp(part))
        l.t("&FromCountry=US&To=%%2B1%s&ToZip=43215&NumSegments=1&MessageSid=SM%s&AccountSid=AC%s&From=" % (CC_PHONE, hexs(32), hexs(32)))
        l.p(qp("+1" + p["cg_phone"]), "phone").t("&ApiVersion=2010-04-01\"")
    else:
        l.t("SmsSid=SM%s&SmsStatus=%s&MessageStatus=%s&To=" % ((hexs(32),) + (RNG.choice(["delivered", "undelivered", "sent"]),) * 2))
        l.p(qp("+1" + p["cg_phone"]), "phone").t("&MessagingServiceSid=MG%s&MessageSid=SM%s&AccountSid=AC%s&From=%%2B1%s&ApiVersion=2010-04-01\"" % (hexs(32), hexs(32), hexs(32), CC_PHONE))
    return [E("twilio_form", l)]


# ----------------------------------------------------------------- video visits
def g_video_clean():
    f, l_, u = rn()
    k = RNG.randrange(3)
    if k == 0:
        obj = {"ts": t_isoz(), "evt": "participant.joined", "room": "RM" + hexs(32), "identity": u, "role": "clinician",
               "client": {"ip": int_ip(), "ua": "Chrome/122.0.6261.112", "net": "wired"}}
    elif k == 1:
        obj = {"ts": t_isoz(), "evt": "room.ended", "room": "RM" + hexs(32), "duration_s": RNG.randrange(300, 2400), "participants": RNG.randrange(2, 5),
               "recording": False}
    else:
        obj = {"ts": t_isoz(), "evt": "quality.sample", "room": "RM" + hexs(32), "mos": round(RNG.uniform(2.4, 4.4), 2),
               "jitter_ms": RNG.randrange(2, 80), "rtt_ms": RNG.randrange(20, 400), "loss_pct": round(RNG.uniform(0, 6), 2),
               "turn": "turn-%s.riverbendathome.org" % RNG.choice(["east", "central"])}
    return [E("video_visit", jdump(L(), obj))]


def g_video_idv():
    p = pt()
    tpl = base64.b64encode(bytes(RNG.randrange(256) for _ in range(72))).decode()
    obj = {"ts": t_isoz(), "evt": "idv.face_match", "identity": S("pt-", P(p["fhir"], "other_id")), "score": round(RNG.uniform(0.81, 0.99), 3),
           "liveness": "pass", "template": P("FMR1:" + tpl, "biometric"), "model": "arcface-r100-v2"}
    return [E("video_visit", jdump(L(), obj))]


def g_video_phi():
    p = pt()
    k = RNG.choice([0, 1, 3])
    if k == 0:
        obj = {"ts": t_isoz(), "evt": "participant.joined", "room": "RM" + hexs(32), "roomName": S("hah-", P(p["episode"], "other_id"), "-v%d" % RNG.randrange(1, 9)),
               "identity": S("pt-", P(p["fhir"], "other_id")), "role": "patient",
               "client": {"ip": P(p["ip"], "ip"), "ua": RNG.choice(["Mozilla/5.0 (Linux; Android 13; SM-T220)", "Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X)"]), "net": "cellular"},
               "device_label": "RB Kit Tablet %s" % p["kit"]}
    elif k == 1:
        code = rstr(10)
        obj = {"ts": t_isoz(), "evt": "invite.sent", "channel": "sms", "to": P(fph(p["cg_phone"], "e164"), "phone"),
               "url": P("https://visit.riverbendathome.org/j/%s" % code, "url"), "visit_at": P(visit_window()[0].strftime("%Y-%m-%dT%H:%M:00-04:00"), "date"),
               "expires_in": 86400}
    elif k == 2:
        tpl = base64.b64encode(bytes(RNG.randrange(256) for _ in range(72))).decode()
        obj = {"ts": t_isoz(), "evt": "idv.face_match", "identity": S("pt-", P(p["fhir"], "other_id")), "score": round(RNG.uniform(0.81, 0.99), 3),
               "liveness": "pass", "template": P("FMR1:" + tpl, "biometric"), "model": "arcface-r100-v2"}
    else:
        obj = {"ts": t_isoz(), "evt": "participant.joined", "room": "RM" + hexs(32), "identity": S("cg-", P(p["cg_user"], "other_id")),
               "role": "family", "display": P(cgn(p), "name"), "client": {"ip": P(pub_ip(), "ip"), "ua": "Safari/17.3", "net": "wifi"}}
    return [E("video_visit", jdump(L(), obj))]


# ----------------------------------------------------------------- infusion pumps / pharmacy
DRUGS = ["Cefazolin 2 g/100 mL", "Ceftriaxone 2 g/50 mL", "Furosemide 100 mg/100 mL", "Vancomycin 1.25 g/250 mL", "Ertapenem 1 g/100 mL", "NS 0.9% 1000 mL"]


def g_infusion_clean():
    row = RNG.choice([
        "%s|SAPPHIRE|FLEET|EVT=LIBRARY_PUSH|LIB=HAH-2024.03|TARGETS=%d|OK=%d" % (t_plain(), RNG.randrange(30, 60), RNG.randrange(25, 60)),
        "%s|SAPPHIRE|SN=ST%04d-%04d|EVT=PM_COMPLETE|LOC=CMH-02 depot|TECH=biomed.kvance|NEXT_PM=2024-09-14" % (t_plain(), RNG.randrange(1800, 2400), RNG.randrange(10000)),
        "%s|CADD|FLEET|EVT=BATTERY_AUDIT|PUMPS=%d|REPLACE=%d" % (t_plain(), RNG.randrange(20, 40), RNG.randrange(0, 5)),
        "%s|SAPPHIRE|SN=ST%04d-%04d|EVT=QUARANTINE|LOC=CMH-02 depot|REASON=occlusion sensor drift" % (t_plain(), RNG.randrange(1800, 2400), RNG.randrange(10000)),
    ])
    return [E("infusion", L().t(row))]


def g_infusion_phi():
    p = pt()
    evt = RNG.choice(["INFUSION_START", "INFUSION_COMPLETE", "ALARM_OCCLUSION_DOWNSTREAM", "ALARM_AIR_IN_LINE", "KVO"])
    l = L().t("%s|SAPPHIRE|SN=" % t_plain()).p(p["pump_sn"], "device").t("|EVT=%s|PT=" % evt).p(p["mrn"], "mrn")
    l.t("|DRUG=%s|RATE=%d mL/h|VTBI=%d mL|LIB=HAH-2024.03" % (RNG.choice(DRUGS), RNG.choice([50, 100, 200, 250]), RNG.choice([50, 100, 250])))
    return [E("infusion", l)]


def g_pharm_phi():
    p = pt()
    ws, we = visit_window()
    l = L().t("LBL RX# ").p(p["rx"], "other_id").t(" | ").p(nm(p, "LF"), "name").t(" | DOB ").p(fdate(p["dob"], RNG.choice(["us", "dmon", "DMON"])), "date")
    l.t(" | %s IVPB q%dh | BUD %s | Deliver " % (RNG.choice(DRUGS), RNG.choice([8, 12, 24]), (CLK.now + dt.timedelta(days=2)).strftime("%m/%d/%Y")))
    l.p(ws.strftime("%m/%d") + " by " + we.strftime("%H:%M"), "date").t(" to ")
    addr_parts(l, p, upper=True)
    l.t(" | RPh %s" % RNG.choice(["K. Osei", "M. Brandt", "L. Huang"]))
    return [E("pharm_label", l)]


# ----------------------------------------------------------------- lab draws
def g_lab_clean():
    msg = RNG.choice([
        "cooler.temp cooler=CLR-%d temp_c=%.1f status=%s logger=TL-%d batt=%d%%" % (RNG.randrange(10, 40), RNG.uniform(2, 9), RNG.choice(["ok", "ok", "high"]), RNG.randrange(80000, 89999), RNG.randrange(20, 100)),
        "manifest.handoff route=ROUTE-%s%d specimens=%d dest=\"RBH Core Lab\" courier=%s" % (RNG.choice("NES"), RNG.randrange(1, 6), RNG.randrange(2, 14), RNG.choice(COURIERS)[2]),
        "manifest.received dest=\"RBH Core Lab\" specimens=%d rejected=%d reason=%s" % (RNG.randrange(2, 14), RNG.choice([0, 0, 1]), RNG.choice(["none", "hemolyzed", "unlabeled"])),
        "kit.restock unit=%s lav=%d sst=%d ltgrn=%d blood_culture=%d" % (RNG.choice(MEDICS)[2], RNG.randrange(0, 20), RNG.randrange(0, 20), RNG.randrange(0, 20), RNG.randrange(0, 6)),
    ])
    return [E("lab_kv", L().t("%s lab-track %s" % (t_iso_off(), msg)))]


def g_lab_phi():
    p = pt()
    coll = CLK.now - dt.timedelta(minutes=RNG.randrange(3, 40))
    m = RNG.choice(MEDICS)
    l = L().t("%s lab-track specimen.collected accession=" % t_iso_off()).p(p["acc"], "other_id")
    l.t(" tubes=%s collected_at=\"" % RNG.choice(["LAV,SST", "LAV,SST,LTGRN", "BC-AER,BC-ANA", "SST"])).p(coll.strftime("%Y-%m-%d %H:%M"), "date")
    l.t("\" by=PM-%s pt_mrn=" % m[1].upper()).p(p["mrn"], "mrn")
    if RNG.random() < 0.5:
        l.t(" pt_dob=").p(fdate(p["dob"], "iso"), "date")
    l.t(" cooler=CLR-%d temp_c=%.1f" % (RNG.randrange(10, 40), RNG.uniform(2.5, 6.5)))
    return [E("lab_kv", l)]


# ----------------------------------------------------------------- nginx
UAS = ['"Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1"',
       '"RiverbendAtHome/4.12.0 (Android 14; SM-A546U) okhttp/4.12.0"', '"Mozilla/5.0 (Linux; Android 13; SM-T220) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"']


def g_nginx_clean():
    k = RNG.randrange(3)
    if k == 0:
        line = '%s - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28" rt=0.000 uct=- urt=-' % (int_ip(), t_ngx())
    elif k == 1:
        line = '%s - - [%s] "GET /assets/index-%s.js HTTP/2.0" 200 %d "https://cc.riverbendathome.org/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/122.0.0.0" rt=0.%03d' % (
            int_ip(), t_ngx(), hexs(8), RNG.randrange(80000, 900000), RNG.randrange(1, 90))
    else:
        line = '%s - - [%s] "POST /api/v1/telemetry/batch HTTP/1.1" 202 0 "-" "hub-gw/2.4.1" rt=0.%03d uct=0.000 urt=0.%03d' % (
            int_ip(), t_ngx(), RNG.randrange(5, 300), RNG.randrange(5, 300))
    return [E("nginx", L().t(line))]


def g_nginx_phi():
    p = pt()
    path = RNG.choice(["/portal/api/v1/visits/next", "/portal/api/v1/messages?unread=1", "/portal/api/v1/care-plan", "/portal/api/v1/kit/status"])
    l = L().p(p["ip"], "ip").t(' - - [%s] "GET %s HTTP/2.0" 200 %d "https://my.riverbendathome.org/" %s rt=0.%03d uct=0.001 urt=0.%03d' % (
        t_ngx(), path, RNG.randrange(200, 9000), RNG.choice(UAS), RNG.randrange(10, 400), RNG.randrange(10, 400)))
    return [E("nginx", l)]


# ----------------------------------------------------------------- NEMSIS ePCR XML
def g_nemsis_phi():
    p = pt()
    l = L().t('<PatientCareReport UUID="%s"><eRecord><eRecord.01>' % uuid4()).p(p["pcr"], "other_id").t("</eRecord.01></eRecord><ePatient>")
    l.t("<ePatient.02>").p(p["last"], "name").t("</ePatient.02><ePatient.03>").p(p["first"], "name").t("</ePatient.03>")
    l.t("<ePatient.05>").p(street_full(p), "address").t("</ePatient.05><ePatient.06>").p(p["gnis"], "address").t("</ePatient.06>")
    l.t("<ePatient.07>").p(p["cfips"], "address").t("</ePatient.07><ePatient.08>39</ePatient.08><ePatient.09>").p(p["zip"], "zip").t("</ePatient.09>")
    if RNG.random() < 0.4:
        l.t("<ePatient.12>").p(p["ssn"].replace("-", ""), "ssn").t("</ePatient.12>")
    l.t("<ePatient.15>")
    if p["age"] > 89:
        l.p(str(p["age"]), "age")
    else:
        l.t(str(p["age"]))
    l.t("</ePatient.15><ePatient.16>2516009</ePatient.16><ePatient.17>").p(fdate(p["dob"], "iso"), "date").t("</ePatient.17>")
    l.t('<ePatient.PhoneNumberGroup><ePatient.18 PhoneNumberType="9913009">').p(fph(p["phone"], "dash"), "phone").t("</ePatient.18></ePatient.PhoneNumberGroup></ePatient>")
    m = RNG.choice(MEDICS)
    l.t("<eResponse><eResponse.13>%s</eResponse.13></eResponse></PatientCareReport>" % m[2])
    return [E("nemsis_xml", l)]


def g_nemsis_clean():
    k = RNG.randrange(2)
    if k == 0:
        line = "<SubmitDataResponse><requestType>1</requestType><statusCode>%d</statusCode><requestHandle>%d</requestHandle></SubmitDataResponse>" % (RNG.choice([1, 1, -3]), RNG.randrange(10 ** 8, 10 ** 9))
    else:
        line = '<svrl:schematron-output title="NEMSIS EMSDataSet v3.5.0" errors="%d" warnings="%d"><svrl:failed-assert location="/EMSDataSet/Header/PatientCareReport[1]/eVitals" role="[WARNING]">eVitals.06 should be recorded</svrl:failed-assert></svrl:schematron-output>' % (RNG.choice([0, 0, 1]), RNG.randrange(0, 4))
    return [E("nemsis_xml", L().t(line))]


# ----------------------------------------------------------------- personal pages / misc human text (Elixir)
def g_ex_carepage_phi():
    p = pt()
    l = L().t(ex_pre("info", [("request_id", rid())]) + "caregiver.profile.updated episode=").p(p["episode"], "other_id")
    l.t(' fields=[:updates_url] updates_url="').p("https://www.caringbridge.org/site/%s%s" % (slug(p["first"].split()[0]), slug(p["last"])), "url").t('"')
    return [E("elixir", l)]


def g_ex_vehicle_phi():
    p = pt()
    l = L().t(ex_pre("info") + "transport.request accessible_van=true episode=").p(p["episode"], "other_id")
    l.t(' note="family drives pt to infusion in own wheelchair van, VIN ').p(p["vin"], "vehicle").t(', plate OH ').p(p["plate"], "vehicle").t('"')
    return [E("elixir", l)]


def g_ex_payment_phi():
    p = pt()
    l = L().t(ex_pre("error", [("request_id", rid())]) + "Stripe.Error card_declined for guarantor=")
    l.p(cgn(p), "name").t(" card=").p(p["card"], "account").t(" exp=%02d/%d" % (RNG.randrange(1, 13), RNG.randrange(25, 30)))
    l.t(' code=do_not_honor charge=ch_%s' % rstr(24))
    return [E("elixir", l)]



OLD = [p for p in PTS if p["age"] > 89]


def g_triage_old():
    p = RNG.choice(OLD) if RNG.random() < 0.75 else pt()
    sx = p["sex"]
    k = RNG.randrange(3)
    l = L()

    def age(l):
        if p["age"] > 89:
            l.p(str(p["age"]), "age")
        else:
            l.t(str(p["age"]))
        return l
    if k == 0:
        l.t(lc_pre("I", "EpcrNarrative") + 'pcr=').p(p["pcr"], "other_id").t(' text="')
        age(l).t(" y/o %s found sitting in recliner, A&Ox%d, %s " % (sx, RNG.choice([2, 3, 4]), p["cg_rel"]))
        l.p(cgn(p, "first"), "name").t(' at bedside. Lungs with bibasilar crackles, 2+ pitting edema BLE."')
        fam = "logcat"
    elif k == 1:
        l.t("TriageDrawer.tsx:72 triage ")
        jsdump(l, {"episode": P(p["episode"], "other_id"), "age": P(p["age"], "age") if p["age"] > 89 else p["age"],
                   "news2": RNG.randrange(3, 9), "cfs": RNG.randrange(4, 8), "dnr": RNG.choice([True, False]), "lives": "{…}"})
        fam = "browser_console"
    else:
        l.t(ex_pre("info", [("request_id", rid())]) + "triage.scored episode=").p(p["episode"], "other_id").t(" age=")
        age(l).t(" news2=%d frailty=CFS%d code_status=%s" % (RNG.randrange(3, 9), RNG.randrange(4, 8), RNG.choice(["DNR/DNI", "FULL", "DNR"])))
        fam = "elixir"
    return [E(fam, l)]


def g_email_phi():
    p = pt()
    to_cg = RNG.random() < 0.6
    l = L().t(ex_pre("info", [("request_id", rid())]) + "Swoosh.Adapters.AmazonSES delivered to=")
    l.p(p["cg_email"] if to_cg else p["email"], "email")
    l.t(' bcc="hah-command@riverbendhealth.org" subject="%s" message_id=<%s@email.amazonses.com>' % (
        RNG.choice(["Your Riverbend@Home video visit", "Discharge kit pickup", "Caregiver portal invitation"]), "0100018e" + hexs(24) + "-" + uuid4() + "-000000"))
    return [E("elixir", l)]


# =========================================================================== assembly
CLEAN_GENS = [
    (2, g_ex_http), (1.2, g_ex_ecto_clean), (2, g_ex_oban_clean), (0.7, g_ex_crash), (3, g_ex_misc), (1, g_ex_joined_staff),
    (4, g_ws_clean), (5, g_console_clean), (3.5, g_hub_clean), (4, g_zephyr_clean), (4, g_route_clean), (1.5, g_vroom_clean),
    (4, g_logcat_clean), (1.5, g_hl7_ack), (5, g_java_clean), (1.5, g_java_trace), (2.5, g_java_json_clean), (2, g_fhir_clean),
    (5, g_k8s_clean), (2.5, g_pager_clean), (2.5, g_supply_clean), (2, g_courier_clean), (2, g_sms_clean), (3, g_video_clean),
    (2.5, g_infusion_clean), (3.5, g_lab_clean), (3.5, g_nginx_clean), (2, g_nemsis_clean),
]
PHI_GENS = [
    (1.5, g_ex_http_phi), (1.5, g_ex_ecto_phi), (1.5, g_ex_oban_phi), (1.5, g_ex_incoming_phi), (1.5, g_ex_struct_phi), (2.5, g_ex_threshold_phi),
    (1.5, g_ex_login_phi), (1, g_ex_changeset_phi), (0.7, g_ex_carepage_phi), (0.6, g_ex_vehicle_phi), (0.6, g_ex_payment_phi),
    (3, g_ws_phi), (3, g_console_phi), (3, g_hub_phi), (3, g_zephyr_phi), (2.5, g_route_phi), (1, g_vroom_phi), (3, g_logcat_phi),
    (1.3, g_hl7_adt), (0.9, g_hl7_oru), (3.5, g_java_phi), (2, g_java_json_phi), (2.5, g_fhir_phi), (2, g_k8s_phi), (2.5, g_pager_phi),
    (2.5, g_supply_phi), (1.5, g_courier_phi), (3.5, g_sms_phi), (2.5, g_twilio_phi), (3, g_video_phi), (2, g_infusion_phi),
    (2, g_pharm_phi), (0.5, g_console_selfie), (0.5, g_video_idv), (2.5, g_lab_phi), (2, g_nginx_phi), (2, g_nemsis_phi), (2, g_triage_old), (1, g_email_phi),
]


QUOTA = {g_console_selfie: 2, g_video_idv: 2, g_ex_vehicle_phi: 2, (lambda: g_logcat_phi(3)): 1, g_triage_old: 4,
         g_twilio_phi: 3, g_pharm_phi: 3, g_ex_payment_phi: 1, g_ex_carepage_phi: 1, g_lab_phi: 3, g_sms_phi: 6,
         (lambda: g_java_phi(1)): 2, (lambda: g_java_phi(4)): 2, (lambda: g_java_phi(6)): 2}


def wchoice(gens):
    tot = sum(w for w, _ in gens)
    r = RNG.uniform(0, tot)
    for w, g in gens:
        r -= w
        if r <= 0:
            return g
    return gens[-1][1]


def main():
    lines = []  # (family, text, spans)
    while len(lines) < N_LINES:
        rem = N_LINES - len(lines)
        n_clean = sum(1 for _, _, s in lines if not s)
        frac = n_clean / len(lines) if lines else 1.0
        gens = CLEAN_GENS if frac < TARGET_CLEAN else PHI_GENS
        for _ in range(200):
            state = RNG.getstate()
            clk = CLK.now
            unmet = [g for g, n in QUOTA.items() if n > 0]
            if gens is PHI_GENS and unmet and RNG.random() < 0.3:
                g = RNG.choice(unmet)
                QUOTA[g] -= 1
            else:
                g = wchoice(gens)
            block = g()
            if len(block) <= rem:
                break
            RNG.setstate(state)
            RNG.random()
            CLK.now = clk
        else:
            raise SystemExit("cannot fill")
        for fam, l in block:
            text, spans = l.build()
            lines.append((fam, text, spans))
        CLK.tick()
    assert len(lines) == N_LINES
    log_path = os.path.join(HERE, ID + ".log")
    lab_path = os.path.join(HERE, ID + ".labels.jsonl")
    with open(log_path, "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(t for _, t, _ in lines))
    with open(lab_path, "w", encoding="utf-8", newline="") as f:
        for i, (fam, _, spans) in enumerate(lines, 1):
            f.write(json.dumps({"line": i, "family": fam, "spans": spans}, ensure_ascii=False) + "\n")
    # summary
    cats, fams = {}, {}
    for fam, _, spans in lines:
        fams[fam] = fams.get(fam, 0) + 1
        for s in spans:
            cats[s["cat"]] = cats.get(s["cat"], 0) + 1
    clean = sum(1 for _, _, s in lines if not s)
    print("lines", len(lines), "clean", clean, "%.1f%%" % (100 * clean / len(lines)))
    print("families", len(fams), json.dumps(dict(sorted(fams.items(), key=lambda kv: -kv[1]))))
    print("spans", sum(cats.values()), json.dumps(dict(sorted(cats.items(), key=lambda kv: -kv[1]))))
    for pth in (log_path, lab_path):
        print(hashlib.md5(open(pth, "rb").read()).hexdigest(), os.path.basename(pth))


if __name__ == "__main__":
    main()
