#!/usr/bin/env python3
"""Synthetic labeled log corpus "qu": Noctura Home Sleep & Supply LLC.

The organisation: a home sleep-apnea testing (HSAT) and CPAP resupply company
(HQ 1180 Innovation Way Suite 400, Franklin TN 37067; warehouse in Memphis).
It mails disposable NightScan D1 test devices to patients, scores the
recordings with its own software, queues studies for interpreting sleep
physicians, ingests nightly CPAP compliance uploads from cellular modems,
checks insurance eligibility for resupply, and runs a customer-care centre.
All people, numbers and addresses are made up.

Systems simulated (one SIEM export, lines interleaved by time)
  intake-pino      Node/pino JSON of the order-intake API (fax OCR, EHR, portal)
  kitship-logfmt   Go logfmt of the kit-shipping / returns service
  wms-csv          warehouse CSV rows (receiving, cycle counts, CPAP RMAs)
  scoring-pylog    Python logging of the scoring workers (+ tracebacks)
  readq-kv         key=value syslog of the physician interpretation queue
  hl7v2            HL7 v2.5.1 ORU^R01 results / ACKs to referring EHRs
  fhir-json        FHIR R4 resources logged by the integration engine
  modem-syslog     RFC 5424 syslog of the CPAP modem gateway (uploads)
  x12              X12 270/271 eligibility inquiries and responses
  resupply-psv     pipe-delimited output of the resupply eligibility engine
  ccaas-json       contact-centre (CCaaS) conversation / voice-auth events
  sms-gw           SMS gateway log (outbound reminders, inbound replies)
  nginx-access     patient-portal / API access log
  java-billing     Spring Boot billing service log with Java stack traces
  postgres         PostgreSQL server log with SQL statements
  claims-fixed     fixed-width claim export to the DME clearinghouse
  dme-order-xml    XML e-orders from the DME ordering portal
  k8s-klog         Kubernetes controller klog lines
  slack-ops        internal ops chat export (JSON lines)
  maskfit-app      mobile mask-fitting app telemetry (face scan)

Labeling decisions
  * Patients, their bed partners, spouses, children and emergency contacts
    are PHI. Staff (agents, RTs, warehouse staff, engineers), interpreting
    and referring physicians, medical examiners, vendors and payers are not,
    nor are their NPIs, office faxes, phones or emails, nor Noctura's own
    addresses, phone numbers and domains.
  * A patient's first name alone (SMS greeting, chat) is labeled name. In
    SQL, a name fragment in LIKE 'okafor%' is labeled name (without the %).
    EDF header names "Last_First" are one name span.
  * Patient IDs (PT#######) = mrn. Payer member IDs, MBIs, Medicaid IDs =
    health_plan. Group numbers and payer IDs are not labeled.
  * Patient-linked order numbers (ORD-, RS-, PX- portal orders), HST study
    accessions (HST24-...), kit barcodes (NK...), outbound carrier tracking
    numbers of shipments to/from a patient, care case numbers, report IDs
    of a study, voice-auth speaker IDs and FHIR Patient logical ids
    (also in Patient/<id> references) = other_id. Vendor POs, IT tickets,
    inbound vendor tracking, batch/manifest/wave IDs, job UUIDs, trace IDs,
    message SIDs, conversation IDs and X12 TRN/control numbers are not.
  * Device serials (NightScan serial, CPAP serial, modem IMEI, SIM ICCID,
    phone IDFV of the mask-fit app) = device when the record ties them to a
    patient. Serials of unassigned stock in warehouse rows are not labeled;
    lot numbers and SKUs never are.
  * Dates tied to a patient are labeled date whatever the format: birth,
    study night, ship/ETA of their kit, therapy usage nights, compliance
    windows, last-dispensed/next-eligible, DOS, coverage begin, Rx signed,
    hospital stay. Whole datetimes of the study night are one date span.
    Log/record timestamps, message times (MSH-7, ISA/GS), batch run dates,
    upload receipt times and clock times without a date are not labeled.
  * Ages are labeled only when over 89.
  * Patient-portal client IPs are ip on every line of the session. Modem
    source IPs (carrier CGNAT), internal, LB and monitoring IPs are not.
  * URLs or request paths carrying a patient identifier, e-mail or personal
    token are one url span (whole path + query); static asset paths are not.
  * Full card numbers and patient billing accounts = account; masked PANs
    (last four only) are not labeled. Claim numbers for a patient = other_id.
  * CDL / driver's licence numbers = license. Voiceprint and face-landmark
    templates (base64) = biometric; selfie thumbnails = photo.
  * Street, unit, city and county of a patient are address (a one-run
    street+unit+city may be one span); ZIP always its own zip span.
  * Salted patient hashes are not labeled (non-reversible pseudonyms).
"""
import base64
import datetime as dt
import json
import random
import sys
import unicodedata
import uuid
import xml.etree.ElementTree as ET
from urllib.parse import quote, unquote
from xml.sax.saxutils import escape as xesc, unescape as xunesc

R = random.Random(23_0317_11)
CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"}
TODAY = dt.date(2024, 10, 15)


# --------------------------------------------------------------- line model
class P:
    """A PHI value to be placed in a line."""
    __slots__ = ("v", "cat", "enc")

    def __init__(self, v, cat, enc=None):
        assert cat in CATS or cat.startswith("_"), cat
        self.v, self.cat, self.enc = str(v), cat, enc


class S(list):
    """A composite string (text and P parts) rendered as one JSON/XML string."""


def esc(txt, ctx):
    if ctx == "json":
        return json.dumps(txt, ensure_ascii=False)[1:-1]
    if ctx == "json_ea":
        return json.dumps(txt, ensure_ascii=True)[1:-1]
    if ctx == "xml":
        return xesc(txt, {'"': "&quot;"})
    if ctx == "url":
        return quote(txt, safe="")
    return txt


def unesc(r, ctx):
    if ctx in ("json", "json_ea"):
        return json.loads('"' + r + '"')
    if ctx == "xml":
        return xunesc(r, {"&quot;": '"'})
    if ctx == "url":
        return unquote(r)
    return r


class Line:
    def __init__(self, fam):
        self.fam, self.buf, self.spans = fam, bytearray(), []

    def t(self, txt, ctx=None):
        self.buf += esc(txt, ctx).encode("utf-8")
        return self

    def p(self, p, ctx=None):
        enc = p.enc or ctx
        r = esc(p.v, enc)
        st = len(self.buf)
        self.buf += r.encode("utf-8")
        self.spans.append((st, len(self.buf), p.cat, r, p.v, enc))
        return self

    def add(self, *parts, ctx=None):
        for x in parts:
            if isinstance(x, P):
                self.p(x, ctx)
            elif isinstance(x, (S, list, tuple)):
                self.add(*x, ctx=ctx)
            else:
                self.t(str(x), ctx)
        return self


def J(L, obj, ea=False, sep=(",", ":")):
    ctx = "json_ea" if ea else "json"
    if isinstance(obj, dict):
        L.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                L.t(sep[0])
            L.t(json.dumps(k, ensure_ascii=ea) + sep[1])
            J(L, v, ea, sep)
        L.t("}")
    elif isinstance(obj, S):
        L.t('"')
        L.add(*obj, ctx=ctx)
        L.t('"')
    elif isinstance(obj, list):
        L.t("[")
        for i, v in enumerate(obj):
            if i:
                L.t(sep[0])
            J(L, v, ea, sep)
        L.t("]")
    elif isinstance(obj, P):
        L.t('"')
        L.p(obj, ctx)
        L.t('"')
    else:
        L.t(json.dumps(obj, ensure_ascii=ea))
    return L


def jline(fam, obj, ea=False, sep=(",", ":")):
    return J(Line(fam), obj, ea, sep)


def tline(fam, *parts):
    return Line(fam).add(*parts)


# --------------------------------------------------------------- helpers
def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def alnum(n, chars="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def luhn_digit(payload):
    tot = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def npi():
    base = R.choice("12") + digits(8)
    return base + luhn_digit("80840" + base)


def imei():
    b = R.choice(["35693803", "35291110", "86723904", "35445211"]) + digits(6)
    return b + luhn_digit(b)


def iccid():
    b = "8901260" + digits(11)
    return b + luhn_digit(b)


def card():
    b = R.choice(["4", "4", "51", "55"]) 
    b = b + digits(15 - len(b))
    return b + luhn_digit(b)


def ssn(valid=True):
    if not valid:
        return R.choice(["000-00-0000", "123-45-6789", "999-99-9999", "078-05-112"])
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    an = MBI_A + "0123456789"
    return (R.choice("123456789") + R.choice(MBI_A) + R.choice(an) + R.choice("0123456789")
            + R.choice(MBI_A) + R.choice(an) + R.choice("0123456789") + R.choice(MBI_A)
            + R.choice(MBI_A) + R.choice("0123456789") + R.choice("0123456789"))


def phone_digits():
    return R.choice(["615", "629", "931", "865", "423", "901", "502", "270", "256", "205", "601", "812"]) \
        + str(R.randint(2, 9)) + digits(2) + digits(4)


def fmt_phone(d, style):
    if style == 0:
        return "(%s) %s-%s" % (d[:3], d[3:6], d[6:])
    if style == 1:
        return "%s-%s-%s" % (d[:3], d[3:6], d[6:])
    if style == 2:
        return "+1" + d
    if style == 3:
        return d
    return "%s.%s.%s" % (d[:3], d[3:6], d[6:])


def pub_ip():
    first = R.choice([24, 50, 68, 71, 73, 75, 76, 96, 98, 99, 104, 108, 174, 184])
    return "%d.%d.%d.%d" % (first, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def ip6():
    return "2600:1702:%s:%s::%s" % (hexs(4).lstrip("0") or "1", hexs(4).lstrip("0") or "a", hexs(3))


MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def d_iso(d):
    return d.strftime("%Y-%m-%d")


def d_us(d):
    return d.strftime("%m/%d/%Y")


def d_hl7(d):
    return d.strftime("%Y%m%d")


def d_edf(d):
    return "%02d-%s-%d" % (d.day, MON[d.month - 1], d.year)


def age_on(dob, on=TODAY):
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


# --------------------------------------------------------------- reference data
ORG = "Noctura Home Sleep & Supply LLC"
ORG_NPI = "1962874510"
ORG_PHONE = "+18665550142"
ORG_SMS = "+16155550199"
ORG_FAX = "615-555-0187"

FIRST_F = ["Marguerite", "Siobhán", "Thanh Hương", "Dolores", "Ingrid", "Priya", "Aiyana", "Hope",
           "Grace", "Faith", "Joy", "Rose", "Guadalupe", "Leilani", "Chidinma", "Esperanza", "Fatima",
           "Keiko", "Rashida", "Zoë", "Élodie", "Agnieszka", "Hye-jin", "Bernadette", "Summer",
           "Oluwakemi", "Mavis", "Ruth Ann", "Precious", "Birgit"]
FIRST_M = ["Obinna", "Rafael", "Kwame", "Tomasz", "Will", "Sterling", "Yusuf", "Bjørn", "Mateo",
           "Dmitri", "Hamish", "Deshawn", "Santiago", "Wendell", "Earl", "Hoang", "Cyrus", "Jean-Luc",
           "Bo", "Tavita", "Ezekiel", "Royce", "Gunnar", "Lorenzo", "Amadou", "Clement", "Rusty",
           "Hiroshi", "Ignatius", "Delbert"]
LAST = ["Okafor", "García-Márquez", "O'Connell", "Van der Berg", "Baker", "Marsh", "Hunter", "Bishop",
        "Long", "Mason", "Page", "Castillo-Reyes", "Kowalczyk", "Haddad", "Tanaka", "Begay",
        "Johansson", "Abernathy-Cole", "Park", "St. James", "De la Cruz", "Mbeki", "Rosenbaum",
        "Whitehorse", "Fox", "Stone", "Brooks", "Singh", "Al-Masri", "MacLeod", "Lindqvist",
        "Feliciano", "Oyelowo", "Kealoha", "Dubois", "Nakamura-Hill", "Winter", "Nguyễn", "Ní Bhriain",
        "Sweet", "Gentry", "Frost", "Pruneda", "Mwangi", "Holloway", "Cruz Ortega", "Day", "Bell"]
MIDDLE = ["A", "J", "L", "M", "R", "T", "Mae", "Lee", "", "", "", ""]
STREETS = ["Whitland Ave", "Old Hickory Blvd", "Elm Ct", "Birch Ln", "Dogwood Trl", "Pine Ridge Rd",
           "Magnolia Dr", "Cedar Hollow Rd", "Lakeview Ter", "Kingsport Hwy", "Shelby Ave",
           "Bell Rd", "Harpeth Bend Dr", "Murfreesboro Pike", "County Road 41", "Tusculum Rd",
           "Nolensville Pk", "Scenic Hwy", "Church St", "Riverbend Ct", "Hillsboro Cir", "Due West Ave N"]
CITIES = [("Nashville", "TN", "372", "Davidson"), ("Murfreesboro", "TN", "371", "Rutherford"),
          ("Huntsville", "AL", "358", "Madison"), ("Louisville", "KY", "402", "Jefferson"),
          ("Bowling Green", "KY", "421", "Warren"), ("Knoxville", "TN", "379", "Knox"),
          ("Chattanooga", "TN", "374", "Hamilton"), ("Jackson", "MS", "392", "Hinds"),
          ("Birmingham", "AL", "352", "Jefferson"), ("Evansville", "IN", "477", "Vanderburgh"),
          ("Tupelo", "MS", "388", "Lee"), ("Clarksville", "TN", "370", "Montgomery"),
          ("Smyrna", "TN", "371", "Rutherford"), ("Cookeville", "TN", "385", "Putnam"),
          ("Hendersonville", "TN", "370", "Sumner")]
PAYERS = [("BCBST", "BLUECROSS BLUESHIELD OF TENNESSEE", "00390"),
          ("AETNA", "AETNA", "60054"), ("UHC", "UNITEDHEALTHCARE", "87726"),
          ("HUMANA", "HUMANA", "61101"), ("MEDICARE", "CMS MEDICARE DME MAC JC", "18003"),
          ("TENNCARE", "TENNCARE AMERIGROUP", "26375"), ("CIGNA", "CIGNA", "62308")]
READERS = [("Anjali", "Raman", "MD"), ("Gregory", "Ashby", "DO"), ("Lucía", "Ferrer", "MD"),
           ("Samuel", "Oduya", "MD")]
READERS = [(f, l, c, npi()) for f, l, c in READERS]
REFERRERS = [("Harold", "Kim", "MD", "615-555-0114"), ("Beatriz", "Okonkwo", "MD", "931-555-0162"),
             ("Trent", "Vallejo", "NP", "502-555-0177"), ("Miriam", "Stavros", "DO", "256-555-0133"),
             ("Ansel", "Pritchard", "MD", "865-555-0109")]
REFERRERS = [(f, l, c, fx, npi()) for f, l, c, fx in REFERRERS]
AGENTS = [("a-19", "Tamsin Oyelaran"), ("a-07", "Marcus Webb"), ("a-33", "Jolene Pruitt"),
          ("a-41", "Arturo Villalobos"), ("a-12", "Keziah Donnelly"), ("a-28", "Pham Minh Quân")]
OPS = [("U04K2M9QX", "devon.kraus"), ("U03RZ1B7P", "priya.sundaram"), ("U05A8LQ2C", "jmorales"),
       ("U02TTX9KD", "kelsey.brandt.rrt"), ("U05D1YHE4", "noah.feldstein")]
HST_LOTS = ["24J118", "24J121", "24I097", "24K002"]
HCPCS = [("A7030", "FULL FACE MASK", "1/3mo"), ("A7031", "FF CUSHION", "1/1mo"),
         ("A7034", "NASAL MASK", "1/3mo"), ("A7032", "NASAL CUSHION", "2/1mo"),
         ("A7033", "PILLOWS", "2/1mo"), ("A7035", "HEADGEAR", "1/6mo"),
         ("A7037", "TUBING", "1/3mo"), ("A4604", "HEATED TUBING", "1/3mo"),
         ("A7038", "DISP FILTER", "2/1mo"), ("A7039", "NON-DISP FILTER", "1/6mo"),
         ("A7046", "HUMIDIFIER CHAMBER", "1/6mo")]
MASKS = [("AUR-FF-M", "Aurelia Full Face - Medium"), ("AUR-FF-S", "Aurelia Full Face - Small"),
         ("QNN-NS-L", "Quinn Nasal - Large"), ("MRL-NP-M", "Marlowe Nasal Pillows - M"),
         ("HWP-UF-S", "Harlow Under-Nose FF - S")]


def make_patient(i):
    sex = "F" if i % 2 == 0 else "M"
    first = FIRST_F[(i // 2) % len(FIRST_F)] if sex == "F" else FIRST_M[(i // 2) % len(FIRST_M)]
    last = LAST[i % len(LAST)]
    mid = R.choice(MIDDLE)
    if i in (3, 17, 30, 41):
        dob = dt.date(R.randint(1929, 1933), R.randint(1, 12), R.randint(1, 28))
    else:
        dob = dt.date(R.randint(1946, 1997), R.randint(1, 12), R.randint(1, 28))
    city, st, z3, county = R.choice(CITIES)
    payer = R.choice(PAYERS)
    if age_on(dob) >= 65 and R.random() < 0.75:
        payer = PAYERS[4]
    code = payer[0]
    if code == "MEDICARE":
        mem = mbi()
    elif code == "BCBST":
        mem = "ZGP" + digits(9)
    elif code == "AETNA":
        mem = "W" + digits(9)
    elif code == "UHC":
        mem = digits(9)
    elif code == "HUMANA":
        mem = "H" + digits(8)
    elif code == "TENNCARE":
        mem = digits(9)
    else:
        mem = "U" + digits(8) + "01"
    ph = phone_digits()
    dom = R.choice(["gmail.com", "yahoo.com", "icloud.com", "bellsouth.net", "outlook.com", "charter.net"])
    a_first = unicodedata.normalize("NFKD", first).encode("ascii", "ignore").decode().lower().replace(" ", "")
    a_last = unicodedata.normalize("NFKD", last).encode("ascii", "ignore").decode().lower()
    a_last = a_last.replace(" ", "").replace("'", "")
    email = R.choice(["{f}.{l}@{d}", "{f}{l}@{d}", "{f}_{l}{n}@{d}", "{l}{n}{f0}@{d}"]).format(
        f=a_first, l=a_last, d=dom, n=R.randint(2, 98), f0=a_first[0])
    ec_first = R.choice(["Deb", "Lamar", "Ngozi", "Curtis", "Alma", "Raúl", "Tess", "Bettina", "Junior", "Carmen"])
    ec_rel = R.choice(["spouse", "daughter", "son", "bed partner", "sister", "husband", "wife"])
    ec_last = last if ec_rel in ("spouse", "daughter", "son", "husband", "wife") else R.choice(["Pell", "Archuleta", "Voss", "Greer"])
    return dict(
        i=i, sex=sex, first=first, middle=mid, last=last, dob=dob, city=city, state=st,
        zip=z3 + digits(2), county=county,
        street="%d %s" % (R.randint(12, 9870), R.choice(STREETS)),
        unit=R.choice([None, None, None, "Apt %d" % R.randint(1, 40), "Unit %s" % R.choice("ABCD"), "Lot %d" % R.randint(1, 90)]),
        phone=ph, email=email, mrn="PT%07d" % R.randint(100000, 2999999),
        acct="40" + digits(9), payer=payer, member=mem, ssn=ssn(R.random() > 0.12),
        order="ORD-%d" % R.randint(2400000, 2499999), study="HST24-%06d" % R.randint(100000, 199999),
        kit="NK24J%06d" % R.randint(0, 999999), hst_sn="ND1-%s" % digits(8),
        lot=R.choice(HST_LOTS), cpap_sn="2316" + digits(7), imei=imei(), iccid=iccid(),
        ip=pub_ip() if R.random() < 0.85 else ip6(), idfv=str(uuid.UUID(int=R.getrandbits(128), version=4)).upper(),
        ec=(ec_first + " " + ec_last, ec_rel, phone_digits()),
        cdl=(digits(8) if st == "TN" else "K" + digits(8)) if R.random() < 0.3 else None,
        fhir_id=ruuid(), speaker="spk_" + hexs(12), token=alnum(6, "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
        study_night=TODAY - dt.timedelta(days=R.randint(2, 9)),
    )


PATIENTS = [make_patient(i) for i in range(46)]


def pt():
    return R.choice(PATIENTS)


def full(p, style=0):
    f, m, l = p["first"], p["middle"], p["last"]
    if style == 0:
        return f"{f} {l}"
    if style == 1:
        return f"{l}, {f}"
    if style == 2:
        return (f"{l}, {f} {m}" if m else f"{l}, {f}").upper()
    if style == 3:
        return f"{f} {m} {l}" if m else f"{f} {l}"
    return f"{l.upper()}, {f}"


# --------------------------------------------------------------- timestamps
def iso(ts, ms=3):
    if ms == 0:
        return ts.strftime("%Y-%m-%dT%H:%M:%SZ")
    return ts.strftime("%Y-%m-%dT%H:%M:%S.") + ("%06d" % ts.microsecond)[:ms] + "Z"


def iso_local(ts):
    lt = ts - dt.timedelta(hours=5)
    return lt.strftime("%Y-%m-%dT%H:%M:%S") + "-05:00"


def pylog_ts(ts):
    return ts.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (ts.microsecond // 1000)


def epoch_ms(ts):
    return int(ts.replace(tzinfo=dt.timezone.utc).timestamp() * 1000)


# =============================================================== systems
def sys_intake(ts):
    host = "intake-api-6d9c7b5f8-" + R.choice(["x2kqp", "m7wzt", "c4lbn"])
    base = {"level": 30, "time": epoch_ms(ts), "pid": R.choice([4187, 4192]), "hostname": host,
            "reqId": "req-" + alnum(4, "0123456789abcdefghijklmnopqrstuvwxyz")}
    r = R.random()
    if r < 0.35:
        p = pt()
        ref = R.choice(REFERRERS)
        src = R.choice(["fax-ocr", "ehr-direct", "parachute", "portal"])
        pat = {"firstName": P(p["first"], "name"), "lastName": P(p["last"], "name"),
               "dob": P(d_iso(p["dob"]) if src != "fax-ocr" else d_us(p["dob"]), "date"),
               "sex": p["sex"], "mrn": P(p["mrn"], "mrn"),
               "phone": P(fmt_phone(p["phone"], R.randint(0, 4)), "phone")}
        if src in ("fax-ocr", "ehr-direct") and R.random() < 0.7:
            pat["ssn"] = P(p["ssn"], "ssn")
            pat["ocrConfidence"] = round(R.uniform(0.71, 0.99), 2)
        if src == "portal" and p["cdl"]:
            pat["idDoc"] = {"type": "CDL", "state": p["state"], "number": P(p["cdl"], "license")}
        o = dict(base)
        o.update({"svc": "order-intake", "src": src, "msg": "hst order accepted",
                  "order": {"id": P(p["order"], "other_id"), "type": "HST", "cpt": "95800",
                            "patient": pat,
                            "payer": {"code": p["payer"][0], "memberId": P(p["member"], "health_plan")},
                            "referring": {"npi": ref[4], "name": f"{ref[0]} {ref[1]} {ref[2]}", "fax": ref[3]},
                            "dx": R.sample(["G47.33", "R06.83", "G47.10", "R53.83", "I10", "E66.9"], 2)}})
        return [jline("intake-pino", o)]
    if r < 0.5:
        p = pt()
        o = dict(base, level=40, svc="order-intake", msg="insurance verification pending",
                 orderId=P(p["order"], "other_id"), payerCode=p["payer"][2], retryIn="15m", attempt=R.randint(1, 4))
        return [jline("intake-pino", o)]
    if r < 0.8:
        o = dict(base, req={"method": R.choice(["POST", "GET"]), "url": R.choice(["/v1/orders", "/v1/orders/validate", "/v1/referrals/fax", "/healthz"])},
                 res={"statusCode": R.choice([200, 201, 201, 202, 400])}, responseTime=round(R.uniform(3, 900), 1),
                 msg="request completed")
        return [jline("intake-pino", o)]
    ref = R.choice(REFERRERS)
    o = dict(base, level=40, svc="fax-ingest", msg="fax OCR confidence below threshold; routed to manual intake",
             faxJobId="FJ-%s" % digits(7), fromFax=ref[3], pages=R.randint(2, 9), threshold=0.7,
             confidence=round(R.uniform(0.31, 0.69), 2))
    return [jline("intake-pino", o)]


def sys_kitship(ts):
    h = f"ts={iso(ts)} "
    r = R.random()
    p = pt()
    if r < 0.35:
        carrier = R.choice(["UPS", "FedEx"])
        trk = ("1Z" + alnum(6) + "02" + digits(8)) if carrier == "UPS" else digits(12)
        eta = TODAY + dt.timedelta(days=R.randint(1, 3))
        return [tline("kitship-logfmt", h, "level=info svc=kitship caller=label.go:142 msg=\"shipping label created\" order=",
                      P(p["order"], "other_id"), " kit=", P(p["kit"], "other_id"), " device_sn=", P(p["hst_sn"], "device"),
                      f" lot={p['lot']} carrier={carrier} svc_level={R.choice(['2DAY', 'GROUND', 'NDA'])} tracking=",
                      P(trk, "other_id"), " ship_to_zip=", P(p["zip"], "zip"), " est_delivery=", P(d_iso(eta), "date"),
                      f" weight_oz={R.choice([11, 12, 12, 13])}")]
    if r < 0.55:
        return [tline("kitship-logfmt", h, "level=info svc=kitship caller=returns.go:88 msg=\"return scan received\" kit=",
                      P(p["kit"], "other_id"), " tracking=", P("9202" + digits(18), "other_id"),
                      f" days_out={R.randint(2, 11)} dock=MEM-R2 next=data_offload")]
    if r < 0.65:
        return [tline("kitship-logfmt", h, "level=warn svc=kitship caller=track.go:211 msg=\"delivery exception\" kit=",
                      P(p["kit"], "other_id"), " carrier=UPS code=", R.choice(["NO_ACCESS", "ADDR_CORRECTION", "RECIPIENT_UNAVAILABLE"]),
                      " ship_to=\"", P(p["street"] + ", " + p["city"], "address"), "\" state=", p["state"], " zip=", P(p["zip"], "zip"))]
    if r < 0.8:
        return [tline("kitship-logfmt", h, f"level=info svc=kitship caller=wave.go:57 msg=\"pick wave released\" wave=W-1015-{R.randint(1, 14):02d} lines={R.randint(12, 80)} site=MEM duration={R.randint(80, 900)}ms")]
    if r < 0.92:
        return [tline("kitship-logfmt", h, f"level=info svc=kitship caller=manifest.go:33 msg=\"carrier manifest closed\" carrier={R.choice(['UPS', 'FedEx', 'USPS'])} pkgs={R.randint(40, 260)} manifest=MF-{digits(8)} pickup=16:30")]
    return [tline("kitship-logfmt", h, f"level=debug svc=kitship caller=printer.go:19 msg=\"label printer heartbeat\" printer=ZT411-dock{R.randint(1, 4)} ip=10.40.2.{R.randint(20, 60)} media_remaining={R.randint(5, 99)}%")]


def sys_wms(ts):
    stamp = ts.strftime("%Y-%m-%d %H:%M:%S")
    r = R.random()
    if r < 0.4:
        return [tline("wms-csv", f"RCV,{stamp},PO-{R.randint(4400000, 4499999)},Aerolite Medical Supply,ND1 NightScan Disposable HST,NSD1-100,LOT {R.choice(HST_LOTS)},{R.choice([120, 240, 480])},EXP 2026-0{R.randint(1, 9)}-30,MEM dock {R.randint(1, 4)},{R.choice(['jmorales', 'tbutler', 'rkhan'])}")]
    if r < 0.6:
        sku, nm = R.choice(MASKS)
        return [tline("wms-csv", f"CNT,{stamp},{sku},\"{nm}\",BIN {R.choice('ABCDE')}-{R.randint(1, 30):02d}-{R.randint(1, 6)},{R.randint(0, 400)},{R.randint(0, 400)},variance={R.randint(-3, 3)},cycle")]
    if r < 0.75:
        return [tline("wms-csv", f"QA,{stamp},Harlow AutoSet 5,SN 2316{digits(7)},refurb_pass,{R.choice(['mfg_seal_ok', 'motor_hours=312', 'humidifier_replaced'])},stock,rkhan")]
    p = pt()
    return [tline("wms-csv", f"RMA,{stamp},RMA-{R.randint(33000, 34999)},Harlow AutoSet 5,SN ", P(p["cpap_sn"], "device"), ",",
                  P(p["mrn"], "mrn"), ",", R.choice(["motor noise", "water in tubing", "modem no signal", "display dead"]), ",swap_shipped")]


def sys_scoring(ts):
    h = pylog_ts(ts) + " "
    w = f"[nsa.score.worker-{R.randint(1, 6)}] "
    r = R.random()
    p = pt()
    if r < 0.35:
        ahi = round(R.uniform(2, 64), 1)
        sev = "normal" if ahi < 5 else "mild" if ahi < 15 else "moderate" if ahi < 30 else "severe"
        return [tline("scoring-pylog", h, "INFO ", w, "study=", P(p["study"], "other_id"),
                      f" job={ruuid()} recording_h={R.uniform(5, 9.5):.1f} valid_h={R.uniform(4, 7.5):.1f} pAHI={ahi} pRDI={ahi + R.uniform(0.5, 6):.1f} ODI3={ahi * R.uniform(0.7, 1.1):.1f} T88={R.uniform(0, 12):.1f}% minSpO2={R.randint(72, 92)} sev={sev} model=nsa-score 3.8.2+b1147")]
    if r < 0.45:
        return [tline("scoring-pylog", h, "WARNING ", w, "study=", P(p["study"], "other_id"), " night=",
                      P(d_iso(p["study_night"]), "date"), f" PAT channel dropout {R.uniform(20, 60):.1f}% > 20% -> flag REPEAT_REQUIRED")]
    if r < 0.55:
        lines = [tline("scoring-pylog", h, "ERROR ", w, "failed to parse EDF for job ", ruuid()),
                 tline("scoring-pylog", "Traceback (most recent call last):"),
                 tline("scoring-pylog", '  File "/opt/nsa/score/ingest.py", line 88, in load_recording'),
                 tline("scoring-pylog", "    hdr = edf.read_header(fh)"),
                 tline("scoring-pylog", '  File "/opt/nsa/score/edf.py", line 211, in read_header'),
                 tline("scoring-pylog", "    raise EdfHeaderError(f\"local patient id too long: {pid!r}\")")]
        nm = (p["last"] + "_" + p["first"]).replace(" ", "_")
        lines.append(tline("scoring-pylog", "nsa.score.edf.EdfHeaderError: local patient id too long: '",
                           P(p["mrn"], "mrn"), " ", p["sex"], " ", P(d_edf(p["dob"]), "date"), " ", P(nm, "name"), "'"))
        return lines
    if r < 0.75:
        return [tline("scoring-pylog", h, "INFO ", w, f"queue depth={R.randint(0, 60)} oldest_age_s={R.randint(3, 2400)} inflight={R.randint(0, 6)}")]
    if r < 0.88:
        return [tline("scoring-pylog", h, "INFO ", w, f"loaded model nsa-score 3.8.2 sha256={hexs(64)} in {R.randint(400, 2400)}ms (cuda=False, threads=8)")]
    return [tline("scoring-pylog", h, "DEBUG ", w, f"span_id={hexs(16)} trace_id={hexs(32)} stage=desat_detect elapsed_ms={R.randint(30, 900)}")]


def sys_readq(ts):
    h = iso_local(ts) + f" readq-01 readq[{R.choice([2291, 2293])}]: "
    r = R.random()
    p = pt()
    rd = R.choice(READERS)
    if r < 0.4:
        a = age_on(p["dob"])
        return [tline("readq-kv", h, "event=ASSIGN study=", P(p["study"], "other_id"), " pt=\"", P(full(p, 2), "name"),
                      "\" dob=", P(d_iso(p["dob"]), "date"), " age=", P(str(a), "age") if a > 89 else str(a),
                      f" st={p['state']} reader=\"{rd[0]} {rd[1]} {rd[2]}\" reader_npi={rd[3]} prio={R.choice(['ROUTINE', 'ROUTINE', 'STAT'])} sla_h=48")]
    if r < 0.65:
        return [tline("readq-kv", h, "event=SIGNED study=", P(p["study"], "other_id"), " report=", P("RPT-" + p["study"][6:] + "-1", "other_id"),
                      f" reader_npi={rd[3]} dx={R.choice(['G47.33', 'G47.33', 'G47.30', 'Z03.89'])} rec=\"{R.choice(['APAP 5-15', 'APAP 6-18', 'in-lab titration', 'OAT referral'])}\" sign_ms={R.randint(400, 3000)}")]
    if r < 0.75:
        return [tline("readq-kv", h, "event=REASSIGN study=", P(p["study"], "other_id"),
                      f" reason=license_state_mismatch from_npi={rd[3]} st={p['state']}")]
    return [tline("readq-kv", h, f"event=QUEUE_STATS pending={R.randint(10, 60)} stat={R.randint(0, 4)} oldest_h={R.uniform(1, 47):.1f} readers_online={R.randint(1, 4)}")]


HL7_SEQ = [0]


def sys_hl7(ts):
    HL7_SEQ[0] += 1
    stamp = ts.strftime("%Y%m%d%H%M%S")
    ctrl = "NSL%s%02d" % (ts.strftime("%y%m%d%H%M"), HL7_SEQ[0] % 100)
    if R.random() < 0.25:
        return [tline("hl7v2", f"MSH|^~\\&|EPIC|ST_THOMAS_MWH|NOCTURA_RIS|NOCTURA|{stamp}||ACK^R01^ACK|{hexs(10).upper()}|P|2.5.1"),
                tline("hl7v2", f"MSA|AA|NSL{ts.strftime('%y%m%d')}{R.randint(1000, 9999)}")]
    p = pt()
    ref = R.choice(REFERRERS)
    rd = R.choice(READERS)
    ahi = round(R.uniform(3, 55), 1)
    sn = p["study_night"]
    start = dt.datetime.combine(sn, dt.time(R.randint(21, 23), R.choice([0, 15, 30, 45])))
    end = start + dt.timedelta(hours=R.randint(7, 9))
    ph = "(%s)%s-%s" % (p["phone"][:3], p["phone"][3:6], p["phone"][6:])
    pid = tline("hl7v2", "PID|1||", P(p["mrn"], "mrn"), "^^^NOCTURA^MR~", P(p["member"], "health_plan"), "^^^", p["payer"][0], "^MB||",
                P(p["last"].upper(), "name"), "^", P(p["first"].upper(), "name"), "^", p["middle"][:1], "||",
                P(d_hl7(p["dob"]), "date"), "|", p["sex"], "|||", P(p["street"], "address"), "^",
                *( [P(p["unit"], "address")] if p["unit"] else [] ), "^", P(p["city"], "address"), "^", p["state"], "^",
                P(p["zip"], "zip"), "^USA||", P(ph, "phone"), "|||||", P(p["acct"], "account"))
    return [
        tline("hl7v2", f"MSH|^~\\&|NOCTURA_RIS|NOCTURA|EPIC|ST_THOMAS_MWH|{stamp}||ORU^R01^ORU_R01|{ctrl}|P|2.5.1"),
        pid,
        tline("hl7v2", f"PV1|1|O|HST^^^NOCTURA||||{ref[4]}^{ref[1].upper()}^{ref[0].upper()}^^^^{ref[2]}|||||||||||||||||||||||||||||||||||||",
              P(d_hl7(sn), "date")),
        tline("hl7v2", "ORC|RE|", P(p["order"], "other_id"), "^NOCTURA|", P(p["study"], "other_id"), "^NOCTURA||CM"),
        tline("hl7v2", "OBR|1|", P(p["order"], "other_id"), "|", P(p["study"], "other_id"),
              "|95800^Sleep study unattended^CPT|||", P(start.strftime("%Y%m%d%H%M"), "date"), "|", P(end.strftime("%Y%m%d%H%M"), "date"),
              f"||||||||{ref[4]}^{ref[1].upper()}^{ref[0].upper()}||||||{stamp}|||F|||||||{rd[3]}&{rd[1].upper()}&{rd[0].upper()}"),
        tline("hl7v2", f"OBX|1|NM|AHI^Apnea-Hypopnea Index^L||{ahi}|/h|<5|{'H' if ahi >= 5 else 'N'}|||F"),
        tline("hl7v2", f"OBX|2|NM|ODI3^Oxygen Desaturation Index 3%^L||{ahi * R.uniform(0.8, 1.1):.1f}|/h|<5|H|||F"),
        tline("hl7v2", f"OBX|3|NM|SPO2MIN^Lowest SpO2^L||{R.randint(74, 91)}|%|>88||||F"),
        tline("hl7v2", "OBX|4|TX|IMP^Impression^L||" + R.choice(["Moderate obstructive sleep apnea. Recommend APAP 5-15 cmH2O.",
                                                               "Severe OSA with significant hypoxemia. Recommend APAP 8-20 cmH2O and follow-up in 31-90 days.",
                                                               "Mild OSA. Consider positional therapy or oral appliance.",
                                                               "Study technically inadequate (<4h valid). Repeat HST advised."]) + "||||||F"),
    ]


def sys_fhir(ts):
    p = pt()
    base = {"ts": iso(ts), "level": "INFO", "logger": "fhir.outbound", "traceId": hexs(32)}
    r = R.random()
    if r < 0.3:
        body = {"resourceType": "Patient", "id": P(p["fhir_id"], "other_id"),
                "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": P(p["mrn"], "mrn")}],
                "name": [{"family": P(p["last"], "name"), "given": [P(p["first"], "name")]}],
                "telecom": [{"system": "phone", "value": P(fmt_phone(p["phone"], 1), "phone"), "use": "mobile"},
                            {"system": "email", "value": P(p["email"], "email")}],
                "gender": "female" if p["sex"] == "F" else "male", "birthDate": P(d_iso(p["dob"]), "date"),
                "address": [{"line": [P(p["street"], "address")], "city": P(p["city"], "address"),
                             "district": P(p["county"], "address"), "state": p["state"], "postalCode": P(p["zip"], "zip")}]}
        if R.random() < 0.4:
            body["contact"] = [{"relationship": [{"text": p["ec"][1]}], "name": {"text": P(p["ec"][0], "name")},
                                "telecom": [{"system": "phone", "value": P(fmt_phone(p["ec"][2], 1), "phone")}]}]
        return [jline("fhir-json", dict(base, msg="PUT Patient", status=200, body=body), ea=True)]
    if r < 0.5:
        body = {"resourceType": "Coverage", "id": ruuid(), "status": "active",
                "subscriberId": P(p["member"], "health_plan"), "beneficiary": {"reference": S(["Patient/", P(p["fhir_id"], "other_id")])},
                "payor": [{"display": p["payer"][1].title()}], "period": {"start": P("%d-01-01" % TODAY.year, "date")}}
        return [jline("fhir-json", dict(base, msg="POST Coverage", status=201, body=body), ea=True)]
    if r < 0.7:
        body = {"resourceType": "Observation", "id": ruuid(), "status": "final",
                "code": {"coding": [{"system": "http://loinc.org", "code": "90562-0", "display": "Apnea hypopnea index"}]},
                "subject": {"reference": S(["Patient/", P(p["fhir_id"], "other_id")])},
                "effectiveDateTime": P(d_iso(p["study_night"]), "date"),
                "valueQuantity": {"value": round(R.uniform(2, 60), 1), "unit": "/h"}}
        return [jline("fhir-json", dict(base, msg="POST Observation", status=201, body=body), ea=True)]
    if r < 0.85:
        return [jline("fhir-json", dict(base, level="WARN", msg="POST DiagnosticReport", status=422,
                                         body={"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "invalid",
                                                                                              "diagnostics": "DiagnosticReport.performer: reference to Practitioner/%s not resolvable" % ruuid()}]}), ea=True)]
    return [jline("fhir-json", dict(base, msg="GET metadata", status=200, durationMs=R.randint(20, 400),
                                     body={"resourceType": "CapabilityStatement", "fhirVersion": "4.0.1", "software": {"name": "Epic", "version": "November 2023"}}), ea=True)]


def sys_modem(ts):
    h = f"<134>1 {iso(ts, 6)} ingest-0{R.randint(1, 3)}.noctura.internal cpapgw {R.choice([2231, 2240, 2257])} "
    r = R.random()
    p = pt()
    if r < 0.4:
        ud = TODAY - dt.timedelta(days=R.randint(1, 3))
        mins = R.randint(0, 520)
        return [tline("modem-syslog", h, "UPL [origin ip=\"100.", f"{R.randint(64, 127)}.{R.randint(0, 255)}.{R.randint(1, 254)}\"][dev imei=\"",
                      P(p["imei"], "device"), "\" iccid=\"", P(p["iccid"], "device"), "\"] sn=", P(p["cpap_sn"], "device"),
                      f" fw=SX585-0{R.randint(300, 310)} usage_date=", P(d_iso(ud), "date"),
                      f" usage_min={mins} ahi={R.uniform(0.3, 9):.1f} cai={R.uniform(0, 2):.1f} leak95={R.uniform(4, 40):.1f} p95={R.uniform(6, 16):.1f} mask_on=22:{R.randint(10, 59)} mask_off=0{R.randint(4, 7)}:{R.randint(10, 59)} sessions={R.randint(1, 3)}")]
    if r < 0.55:
        ws = TODAY - dt.timedelta(days=30)
        d = R.randint(14, 30)
        return [tline("modem-syslog", h, "COMPLY - pt=", P(p["mrn"], "mrn"), " window=", P(d_iso(ws), "date"), "..",
                      P(d_iso(TODAY - dt.timedelta(days=1)), "date"), f" days_ge4h={d}/30 pct={d / 30 * 100:.1f} cms_compliant={'true' if d >= 21 else 'false'} payer={p['payer'][0]}")]
    if r < 0.7:
        return [tline("modem-syslog", h, f"BATCH - flushed records={R.randint(50, 900)} lag_ms={R.randint(200, 9000)} partition={R.randint(0, 15)} offset={R.randint(10 ** 6, 10 ** 7)}")]
    if r < 0.82:
        return [tline("modem-syslog", h.replace("<134>", "<131>"), f"TLS - handshake failed peer=100.{R.randint(64, 127)}.{R.randint(0, 255)}.{R.randint(1, 254)}:{R.randint(30000, 60000)} reason={R.choice(['cert_expired', 'unknown_ca', 'timeout'])} fw=SX585-0301")]
    return [tline("modem-syslog", h, f"HEALTH - conns={R.randint(2000, 9000)} rx_msgs_1m={R.randint(100, 4000)} heap_mb={R.randint(300, 900)} gc_pause_ms={R.randint(2, 80)}")]


X12_SEQ = [4570]


def sys_x12(ts):
    X12_SEQ[0] += 1
    n = X12_SEQ[0]
    p = pt()
    d6, t4, d8 = ts.strftime("%y%m%d"), ts.strftime("%H%M"), ts.strftime("%Y%m%d")
    resp = R.random() < 0.5
    sender, recv = ("NOCTURA        ", "AVAILITY       ") if not resp else ("AVAILITY       ", "NOCTURA        ")
    L = []
    x = lambda *a: L.append(tline("x12", *a))
    x(f"ISA*00*          *00*          *ZZ*{sender}*ZZ*{recv}*{d6}*{t4}*^*00501*{n:09d}*0*P*:~")
    x(f"GS*HS*{sender.strip()}*{recv.strip()}*{d8}*{t4}*{n}*X*005010X279A1~" if not resp else
      f"GS*HB*{sender.strip()}*{recv.strip()}*{d8}*{t4}*{n}*X*005010X279A1~")
    x(f"ST*{'271' if resp else '270'}*0001*005010X279A1~")
    x(f"BHT*0022*{'11' if resp else '13'}*NSL{n}*{d8}*{t4}~")
    x("HL*1**20*1~")
    x(f"NM1*PR*2*{p['payer'][1]}*****PI*{p['payer'][2]}~")
    x("HL*2*1*21*1~")
    x(f"NM1*1P*2*NOCTURA HOME SLEEP LLC*****XX*{ORG_NPI}~")
    x("HL*3*2*22*0~")
    x(f"TRN*{'2' if resp else '1'}*93175-{digits(6)}*9877281234~")
    x("NM1*IL*1*", P(p["last"].upper(), "name"), "*", P(p["first"].upper(), "name"), "****MI*", P(p["member"], "health_plan"), "~")
    if resp:
        x("N3*", P(p["street"].upper(), "address"), "~")
        x("N4*", P(p["city"].upper(), "address"), f"*{p['state']}*", P(p["zip"], "zip"), "~")
    x("DMG*D8*", P(d_hl7(p["dob"]), "date"), f"*{p['sex']}~")
    if resp:
        x("DTP*346*D8*", P("%d0101" % TODAY.year, "date"), "~")
        x("EB*1*IND*12^30**" + p["payer"][1] + "~")
        x("EB*C*IND*12***23*500~")
        x("EB*A*IND*12***27**0.2~")
        x("MSG*PRIOR AUTHORIZATION REQUIRED FOR E0601 AFTER 90 DAY TRIAL~")
        seg = 18
    else:
        x("DTP*291*D8*", P(d8, "date"), "~")
        x("EQ*12~")
        seg = 13
    x(f"SE*{seg}*0001~")
    x(f"GE*1*{n}~")
    x(f"IEA*1*{n:09d}~")
    return L


def sys_resupply(ts):
    run = ts.strftime("%Y-%m-%d")
    r = R.random()
    if r < 0.78:
        p = pt()
        code, desc, freq = R.choice(HCPCS)
        last = TODAY - dt.timedelta(days=R.randint(20, 200))
        nxt = last + dt.timedelta(days=90 if "3mo" in freq else 30 if "1mo" in freq else 180)
        el = "ELIGIBLE" if nxt <= TODAY else "NOT_YET"
        comp = R.randint(40, 100)
        if comp < 70 and R.random() < 0.5:
            el = "HOLD_NONCOMPLIANT"
        return [tline("resupply-psv", f"{run}|RSE|", P(p["mrn"], "mrn"), f"|{p['payer'][0]}|", P(p["member"], "health_plan"),
                      f"|{code}|{desc}|{freq}|", P(d_iso(last), "date"), "|", P(d_iso(nxt), "date"), f"|{el}|comp30={comp}%|ch={R.choice(['SMS', 'SMS', 'EMAIL', 'IVR', 'NONE'])}")]
    if r < 0.9:
        return [tline("resupply-psv", f"# {run} batch RSE-{run.replace('-', '')}-{R.choice(['0600', '1200', '1800'])} rules=v2024.09.2 payers={R.randint(30, 40)} evaluated={R.randint(900, 1400)} eligible={R.randint(200, 400)} held={R.randint(20, 90)}")]
    return [tline("resupply-psv", "run_date|src|pt_id|payer|member_id|hcpcs|item|freq|last_disp|next_elig|status|compliance|channel")]


CARE_NOTES_NOPHI = [
    "Caller asked about price of mask wipes, no acct pulled. Sent to website.",
    "Dropped call after IVR, no callback number captured.",
    "Vendor rep from Aerolite asking for AP contact, transferred to accounting.",
    "Caller asked general question about how HST works. Explained process, no pt record.",
    "Wrong number - caller looking for a pharmacy.",
]


def care_note(p):
    k = R.randint(0, 7)
    if k == 0:
        d2 = TODAY + dt.timedelta(days=R.randint(10, 25))
        return S(["Pt verified w/ DOB ", P(d_us(p["dob"]), "date"), " + zip ", P(p["zip"], "zip"),
                  ". Wants cushions only, frame ok. Ship to daughter's addr ", P("%d Lakeview Ter, Hendersonville" % R.randint(10, 999), "address"),
                  " TN ", P("37075", "zip"), " until ", P(d2.strftime("%m/%d"), "date"), "."])
    if k == 1:
        return S(["Caller is ", p["ec"][1], " (", P(p["ec"][0], "name"), "), on HIPAA release. Pt admitted to hospital since ",
                  P((TODAY - dt.timedelta(days=R.randint(2, 8))).strftime("%m/%d"), "date"), ", hold resupply. Callback ",
                  P(fmt_phone(p["ec"][2], 1), "phone"), "."])
    if k == 2 and p["cdl"]:
        return S(["DOT: pt needs 90-day compliance rpt for CDL renewal, CDL# ", P(p["cdl"], "license"),
                  ". Faxed to medical examiner Dr. L. Pham (fax 615-555-0148). Case ", P("CS-%d" % R.randint(880000, 899999), "other_id"), "."])
    if k == 3:
        return S(["Pt upset re bill on acct ", P(p["acct"], "account"), ", says Medicare card changed -> new MBI ",
                  P(mbi(), "health_plan"), " updated, claim ", P("CLM%s" % digits(10), "other_id"), " to be rebilled."])
    if k == 4:
        return S(["Kit ", P(p["kit"], "other_id"), " shows delivered but pt says never rcvd. Confirmed addr ",
                  P(p["street"] + (" " + p["unit"] if p["unit"] else "") + ", " + p["city"], "address"), " ", p["state"], " ",
                  P(p["zip"], "zip"), ". Reship approved."])
    if k == 5:
        return S(["Pt has no email or smartphone; wants compliance letter by fax to home fax ",
                  P(fmt_phone(phone_digits(), 1), "fax"), ". Explained we need signed release."])
    if k == 6:
        return S(["Changed email to ", P(p["email"], "email"), " and mobile to ", P(fmt_phone(p["phone"], 0), "phone"),
                  ". Mask leaking at night, scheduled RT mask refit w/ Kelsey B."])
    return S(["Pt ", P(full(p, 0), "name"), " called re device alarm, modem no signal. Walked thru power cycle, resolved."])


def sys_ccaas(ts):
    r = R.random()
    ag = R.choice(AGENTS)
    if r < 0.5:
        p = pt()
        o = {"eventType": "conversation.wrapup", "conversationId": ruuid(), "startTime": iso(ts - dt.timedelta(seconds=R.randint(60, 900))),
             "queue": R.choice(["Resupply Inbound", "HST Scheduling", "Billing", "Therapy Support"]),
             "agent": {"id": ag[0], "name": ag[1]}, "ani": P("+1" + p["phone"], "phone"), "dnis": ORG_PHONE,
             "durationSec": R.randint(60, 1500), "wrapupCode": R.choice(["REORDER_CONFIRMED", "INFO_PROVIDED", "ESCALATED", "KIT_ISSUE", "BILLING"]),
             "notes": care_note(p)}
        return [jline("ccaas-json", o)]
    if r < 0.65:
        p = pt()
        o = {"eventType": "voiceauth.enroll" if R.random() < 0.5 else "voiceauth.verify", "conversationId": ruuid(),
             "speakerId": P(p["speaker"], "other_id"), "model": "vb-7.2", "score": round(R.uniform(0.4, 0.99), 3),
             "voiceprint": P(base64.b64encode(rbytes(R.choice([96, 120]))).decode(), "biometric")}
        return [jline("ccaas-json", o)]
    if r < 0.8:
        o = {"eventType": "conversation.wrapup", "conversationId": ruuid(), "startTime": iso(ts), "queue": "General",
             "agent": {"id": ag[0], "name": ag[1]}, "ani": "anonymous", "dnis": ORG_PHONE, "durationSec": R.randint(20, 300),
             "wrapupCode": "NO_RECORD", "notes": R.choice(CARE_NOTES_NOPHI)}
        return [jline("ccaas-json", o)]
    o = {"eventType": "queue.stats", "queue": R.choice(["Resupply Inbound", "HST Scheduling", "Billing"]),
         "waiting": R.randint(0, 12), "longestWaitSec": R.randint(0, 900), "agentsAvailable": R.randint(0, 9),
         "serviceLevel30s": round(R.uniform(0.5, 0.98), 2)}
    return [jline("ccaas-json", o)]


def sys_sms(ts):
    h = iso(ts, 0) + " sms-gw[" + str(R.choice([771, 772])) + "] "
    sid = "SM" + hexs(32)
    r = R.random()
    p = pt()
    if r < 0.3:
        url = "https://my.noctura-sleep.com/r/" + p["token"]
        body = R.choice([
            ["Hi ", P(p["first"], "name"), ", your Noctura resupply is ready (cushion + filters). Reply YES to ship or STOP to opt out. ", P(url, "url")],
            ["Hi ", P(p["first"], "name"), "! Your sleep test kit ships today. Please use it the night it arrives and return it in the prepaid box. ", P(url, "url")],
            ["Noctura: ", P(p["first"], "name"), ", we have not received data from your CPAP since ",
             P((TODAY - dt.timedelta(days=R.randint(3, 9))).strftime("%b %d").replace(" 0", " "), "date"), ". Call 866-555-0142."],
        ])
        return [tline("sms-gw", h, f"INFO outbound MessageSid={sid} To=", P("+1" + p["phone"], "phone"), f" From={ORG_SMS} Segments={R.randint(1, 2)} Body=\"", *body, "\"")]
    if r < 0.45:
        body = R.choice([
            ["YES"], ["yes please"], ["STOP"],
            ["YES but I moved, new addr ", P("%d Birch Ln Apt %d, Murfreesboro" % (R.randint(10, 999), R.randint(1, 30)), "address"), " ", P("37130", "zip")],
            ["this is his wife ", P(p["ec"][0].split()[0], "name"), ", he passed away on ", P((TODAY - dt.timedelta(days=R.randint(5, 40))).strftime("%m/%d"), "date"), " please stop"],
        ])
        return [tline("sms-gw", h, f"INFO inbound MessageSid={sid} From=", P("+1" + p["phone"], "phone"), f" To={ORG_SMS} Body=\"", *body, "\"")]
    if r < 0.7:
        return [tline("sms-gw", h, f"INFO status MessageSid={sid} MessageStatus={R.choice(['delivered', 'delivered', 'sent', 'undelivered'])} To=", P("+1" + p["phone"], "phone"),
                      f" ErrorCode={R.choice(['', '', '30003', '30007'])}")]
    if r < 0.85:
        return [tline("sms-gw", h, f"WARN carrier filtering ErrorCode=30007 count_1h={R.randint(1, 40)} campaign=CMP{alnum(6)} brand=BN{alnum(6)}")]
    return [tline("sms-gw", h, f"INFO rate bucket refill tokens={R.randint(10, 60)}/s queue_len={R.randint(0, 3000)} mps_cap=75")]


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.6668.81 Mobile Safari/537.36",
       "NocturaApp/4.2.0 (iOS 17.6; build 4201)"]


def sys_nginx(ts):
    t = ts.strftime("%d/%b/%Y:%H:%M:%S +0000")
    r = R.random()
    tail = lambda: f" rt={R.uniform(0.001, 0.6):.3f} uct=0.001 upstream=10.20.3.{R.randint(10, 60)}:8080"
    if r < 0.55:
        p = pt()
        k = R.random()
        if k < 0.45:
            path = R.choice(["/api/v2/patients/%s/therapy?range=30d", "/api/v2/patients/%s/orders", "/portal/patients/%s/study/report.pdf",
                             "/api/v2/patients/%s/resupply/eligibility"]) % p["mrn"]
            req = [R.choice(["GET"] * 4 + ["POST"]) + " ", P(path, "url"), " HTTP/2.0"]
        elif k < 0.55:
            path = "/account/reset?email=%s&t=%s" % (quote(p["email"], safe=""), hexs(20))
            req = ["GET ", P(path, "url"), " HTTP/2.0"]
        elif k < 0.65:
            req = ["GET ", P("/r/" + p["token"], "url"), " HTTP/2.0"]
        else:
            req = [R.choice(["GET /static/js/app.9f2c1e.js HTTP/2.0", "GET /static/css/main.41aa07.css HTTP/2.0",
                             "POST /auth/login HTTP/2.0", "GET /dashboard HTTP/2.0", "GET /favicon.ico HTTP/2.0"])]
        return [tline("nginx-access", P(p["ip"], "ip"), f" - - [{t}] \"", *req, f"\" {R.choice([200, 200, 200, 304, 302, 404])} {R.randint(200, 90000)} \"https://my.noctura-sleep.com/dashboard\" \"{R.choice(UAS)}\"", tail())]
    if r < 0.8:
        return [tline("nginx-access", f"10.20.0.{R.randint(2, 9)} - - [{t}] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\"", tail())]
    if r < 0.9:
        return [tline("nginx-access", f"216.144.250.150 - - [{t}] \"HEAD /status HTTP/1.1\" 200 0 \"-\" \"Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)\"", tail())]
    return [tline("nginx-access", f"{R.choice(['45.146.165.37', '185.220.101.4', '194.26.29.102'])} - - [{t}] \"GET /.env HTTP/1.1\" 404 153 \"-\" \"Mozilla/5.0 zgrab/0.x\"", tail())]


JFRAMES = ["\tat com.noctura.billing.claims.ClaimSubmitter.submit(ClaimSubmitter.java:218)",
           "\tat com.noctura.billing.claims.ClaimBatchJob.run(ClaimBatchJob.java:97)",
           "\tat org.springframework.scheduling.support.ScheduledMethodRunnable.run(ScheduledMethodRunnable.java:84)",
           "\tat org.springframework.transaction.support.TransactionTemplate.execute(TransactionTemplate.java:140)",
           "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)",
           "\tat java.base/java.lang.Thread.run(Thread.java:1583)"]


def sys_java(ts):
    h = ts.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (ts.microsecond // 1000)
    r = R.random()
    p = pt()
    if r < 0.2:
        L = [tline("java-billing", h, f" ERROR 1 --- [sched-{R.randint(1, 4)}] c.n.billing.claims.ClaimSubmitter       : Claim submission failed for account ",
                   P(p["acct"], "account"), f" (payer={p['payer'][0]}, hcpcs=E0601)"),
             tline("java-billing", "com.noctura.billing.claims.PayerRejectException: 277CA rejection A7:562 - Entity's National Provider Identifier (NPI)")]
        L += [tline("java-billing", f) for f in JFRAMES[:R.randint(3, 6)]]
        if R.random() < 0.6:
            L.append(tline("java-billing", "Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint \"uk_coverage_member\""))
            L.append(tline("java-billing", "  Detail: Key (member_id)=(", P(p["member"], "health_plan"), ") already exists."))
            L.append(tline("java-billing", "\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2725)"))
            L.append(tline("java-billing", f"\t... {R.randint(12, 40)} common frames omitted"))
        return L
    if r < 0.3:
        return [tline("java-billing", h, f" WARN 1 --- [nio-8080-exec-{R.randint(1, 9)}] c.n.billing.pay.PaymentGatewayClient   : declined card=",
                      P(card(), "account"), f" exp={R.randint(1, 12):02d}/{R.randint(25, 29)} reason=do_not_honor patientAcct=", P(p["acct"], "account"))]
    if r < 0.5:
        c = card()
        return [tline("java-billing", h, f" INFO 1 --- [nio-8080-exec-{R.randint(1, 9)}] c.n.billing.pay.PaymentGatewayClient   : charge ok card=************{c[-4:]} amount={R.randint(1500, 9000) / 100:.2f} auth={alnum(6)} txn=ch_{alnum(24, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}")]
    if r < 0.7:
        return [tline("java-billing", h, f" INFO 1 --- [sched-{R.randint(1, 4)}] c.n.billing.claims.ClaimBatchJob         : batch {R.randint(400, 500)} submitted claims={R.randint(50, 400)} rejected={R.randint(0, 9)} elapsed={R.randint(900, 20000)}ms clearinghouse=Waystar")]
    if r < 0.85:
        return [tline("java-billing", h, f" INFO 1 --- [main] com.zaxxer.hikari.HikariDataSource       : HikariPool-1 - Start completed.")]
    return [tline("java-billing", h, f" INFO 1 --- [main] c.n.billing.BillingApplication           : Started BillingApplication in {R.uniform(9, 20):.3f} seconds (process running for {R.uniform(20, 25):.3f})")]


def sys_pg(ts):
    h = ts.strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC [%d] " % (ts.microsecond // 1000, R.randint(20000, 29999))
    r = R.random()
    p = pt()
    if r < 0.25:
        frag = p["last"].lower().replace("'", "''")
        return [tline("postgres", h, f"app=care-console user=svc_care db=noctura LOG:  duration: {R.uniform(200, 3000):.3f} ms  statement: SELECT p.id, p.mrn, p.first_name, p.last_name FROM patient p WHERE lower(p.last_name) LIKE '",
                      P(frag, "name"), "%' AND p.dob = '", P(d_iso(p["dob"]), "date"), "' LIMIT 25")]
    if r < 0.4:
        return [tline("postgres", h, "app=resupply-engine user=svc_rse db=noctura ERROR:  null value in column \"payer_id\" of relation \"coverage\" violates not-null constraint"),
                tline("postgres", h, "app=resupply-engine user=svc_rse db=noctura DETAIL:  Failing row contains (", str(R.randint(80000, 99999)), ", ",
                      P(p["mrn"], "mrn"), ", null, ", P(p["member"], "health_plan"), ", ", P("%d-01-01" % TODAY.year, "date"), ", null, t).")]
    if r < 0.55:
        return [tline("postgres", h, f"app=readq user=svc_readq db=noctura LOG:  duration: {R.uniform(100, 900):.3f} ms  execute <unnamed>: UPDATE study SET status = $1, signed_at = now() WHERE study_id = $2"),
                tline("postgres", h, "app=readq user=svc_readq db=noctura DETAIL:  parameters: $1 = 'SIGNED', $2 = '", P(p["study"], "other_id"), "'")]
    if r < 0.75:
        return [tline("postgres", h, f"LOG:  checkpoint complete: wrote {R.randint(500, 9000)} buffers ({R.uniform(1, 20):.1f}%); 0 WAL file(s) added, {R.randint(0, 3)} removed, {R.randint(0, 5)} recycled; write={R.uniform(10, 200):.3f} s, sync={R.uniform(0, 1):.3f} s, total={R.uniform(10, 200):.3f} s")]
    if r < 0.88:
        return [tline("postgres", h, f"LOG:  automatic vacuum of table \"noctura.public.compliance_night\": index scans: 1, pages: 0 removed, {R.randint(10000, 90000)} remain")]
    return [tline("postgres", h, f"LOG:  connection authorized: user={R.choice(['svc_readq', 'svc_care', 'svc_rse', 'grafana_ro'])} database=noctura application_name={R.choice(['readq', 'care-console', 'psql', 'grafana'])} SSL enabled (protocol=TLSv1.3)")]


CLAIM_BATCH = [457]


def sys_claims(ts):
    r = R.random()
    if r < 0.12:
        CLAIM_BATCH[0] += 1
        return [tline("claims-fixed", f"HD{'NOCTURA HOME SLEEP LLC':<30}{ORG_NPI}{ts.strftime('%Y%m%d')}{CLAIM_BATCH[0]:06d}WAYSTAR   5010")]
    if r < 0.18:
        return [tline("claims-fixed", f"TR{CLAIM_BATCH[0]:06d}{R.randint(100, 400):06d}{R.randint(100000, 9999999):010d}")]
    p = pt()
    code, desc, freq = R.choice(HCPCS + [("E0601", "CPAP", ""), ("95800", "HST", "")])
    last = p["last"].upper()[:20]
    first = p["first"].upper()[:15]
    dos = TODAY - dt.timedelta(days=R.randint(0, 20))
    mod = R.choice(["NU", "KX", "RR", "  "])
    L = Line("claims-fixed")
    L.add("CL", P(p["acct"], "account"), " ", P(last, "name"), " " * (20 - len(last)), P(first, "name"), " " * (15 - len(first)),
          P(d_hl7(p["dob"]), "date"), P(p["member"], "health_plan"), " " * (15 - len(p["member"])), f"{code}{mod}",
          P(d_hl7(dos), "date"), f"{R.randint(1, 3):03d}{R.randint(1500, 95000):09d}")
    return [L]


def sys_xml(ts):
    r = R.random()
    if r < 0.7:
        p = pt()
        ref = R.choice(REFERRERS)
        items = R.sample(["E0601", "A7030", "A7034", "A7037", "A7038", "E0562", "A7035"], R.randint(2, 4))
        signed = TODAY - dt.timedelta(days=R.randint(0, 6))
        L = Line("dme-order-xml")
        L.add('<DmeOrder xmlns="urn:noctura:dme:1" id="', P("PX-%d" % R.randint(7000000, 7999999), "other_id"), f'" received="{iso(ts, 0)}"><Patient><Name><Family>',
              P(p["last"], "name", "xml"), "</Family><Given>", P(p["first"], "name", "xml"), "</Given></Name><BirthDate>", P(d_iso(p["dob"]), "date"),
              "</BirthDate><Address><Line1>", P(p["street"], "address", "xml"), "</Line1><City>", P(p["city"], "address", "xml"), f"</City><State>{p['state']}</State><Zip>",
              P(p["zip"], "zip"), "</Zip></Address><Phone>", P(fmt_phone(p["phone"], 1), "phone"), f'</Phone><Insurance payer="{p["payer"][0]}" memberId="',
              P(p["member"], "health_plan"), '"/></Patient>', "".join(f'<Item hcpcs="{i}" qty="1"/>' for i in items),
              f'<Prescriber npi="{ref[4]}">{xesc(ref[0] + " " + ref[1] + ", " + ref[2])}</Prescriber><Signed>', P(d_iso(signed), "date"), "</Signed></DmeOrder>")
        return [L]
    if r < 0.85:
        return [tline("dme-order-xml", '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><soap:Fault><faultcode>soap:Server</faultcode><faultstring>Upstream timeout after 30000ms</faultstring><detail><traceId>' + hexs(16) + "</traceId></detail></soap:Fault></soap:Body></soap:Envelope>")]
    return [tline("dme-order-xml", f'<Heartbeat xmlns="urn:noctura:dme:1" partner="Parachute Health" ts="{iso(ts, 0)}" queue="{R.randint(0, 30)}" version="3.4.7"/>')]


def sys_k8s(ts):
    h = "I" + ts.strftime("%m%d %H:%M:%S.") + "%06d" % ts.microsecond + f"       1 "
    pod = R.choice(["scoring-worker", "kitship", "intake-api", "cpapgw", "readq", "billing"]) + "-" + hexs(9) + "-" + alnum(5, "abcdefghijklmnopqrstuvwxyz0123456789")
    k = R.random()
    if k < 0.3:
        return [tline("k8s-klog", h, f"event.go:389] \"Event occurred\" object=\"sleep/{pod}\" fieldPath=\"\" kind=\"Pod\" apiVersion=\"v1\" type=\"Warning\" reason=\"{R.choice(['OOMKilled', 'BackOff', 'Unhealthy'])}\" message=\"Container exceeded memory limit 2Gi\"")]
    if k < 0.6:
        return [tline("k8s-klog", h, f"horizontal.go:{R.randint(700, 900)}] \"Successful rescale\" HPA=\"sleep/scoring-worker\" currentReplicas={R.randint(2, 6)} desiredReplicas={R.randint(2, 8)} reason=\"cpu resource utilization (percentage of request) above target\"")]
    if k < 0.8:
        return [tline("k8s-klog", h, f"controller.go:{R.randint(100, 300)}] \"Certificate renewed\" certificate=\"ingress/my-noctura-sleep-com-tls\" notAfter=\"2025-01-{R.randint(10, 28)}T00:00:00Z\" issuer=\"letsencrypt-prod\"")]
    return [tline("k8s-klog", h, f"replica_set.go:{R.randint(600, 700)}] \"Finished syncing\" kind=\"ReplicaSet\" key=\"sleep/{pod.rsplit('-', 1)[0]}\" duration=\"{R.uniform(0.1, 9):.3f}ms\"")]


SLACK_NOPHI = ["UPS pickup moved to 4:30 today, dock 3 only",
               "deploy of nsa-score 3.8.2 done, watch ODI numbers on the dashboard",
               "Aerolite says LOT 24J121 ships Thursday, PO-4419023",
               "readq backlog at 41, Dr. Ferrer picking up TN + KY studies this afternoon",
               "modem gateway TLS errors again from SX585-0301 firmware, opened INC-20931",
               "reminder: resupply SMS campaign paused 12-1 for 10DLC re-registration",
               "anyone know why grafana panel for compliance_night is blank?",
               "Harlow rep (Greg Tillman) visiting Memphis warehouse Wed 10am"]


def sys_slack(ts):
    u = R.choice(OPS)
    o = {"ts": "%d.%06d" % (int(epoch_ms(ts) / 1000), R.randint(0, 999999)), "channel": R.choice(["#fulfillment-ops", "#care-escalations", "#readq", "#eng-oncall"]),
         "user": u[0], "user_name": u[1]}
    if R.random() < 0.35:
        p = pt()
        o["text"] = R.choice([
            S(["kit ", P(p["kit"], "other_id"), " for ", P(full(p, 0), "name"), " shows delivered but pt says never got it, ",
               P(p["street"] + ", " + p["city"], "address"), ". can someone reship?"]),
            S(["can a reader prioritize ", P(p["study"], "other_id"), "? pt is ", P(str(R.randint(90, 94)), "age"), " and family keeps calling"]),
            S(["merged dup charts ", P(p["mrn"], "mrn"), " + ", P("PT%07d" % R.randint(100000, 2999999), "mrn"), " (same DOB ",
               P(d_us(p["dob"]), "date"), ")"]),
        ])
    else:
        o["text"] = R.choice(SLACK_NOPHI)
    return [jline("slack-ops", o)]


JPEG_HDR = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300")


def sys_maskfit(ts):
    k = R.random()
    base = {"ts": epoch_ms(ts), "app": "Noctura MaskFit", "ver": "2.14.1 (881)", "os": R.choice(["iOS 17.6.1", "iOS 18.0", "Android 14"]),
            "session": hexs(16)}
    if k < 0.35:
        p = pt()
        sku, nm = R.choice(MASKS)
        o = dict(base, event="face_scan_completed", device_id=P(p["idfv"], "device"), patient_ref=P(p["mrn"], "mrn"),
                 landmarks_b64=P(base64.b64encode(rbytes(R.choice([108, 132]))).decode(), "biometric"),
                 recommendation={"sku": sku, "name": nm, "confidence": round(R.uniform(0.6, 0.97), 2)},
                 duration_ms=R.randint(4000, 15000))
        return [jline("maskfit-app", o, sep=(", ", ": "))]
    if k < 0.5:
        p = pt()
        o = dict(base, event="selfie_upload", device_id=P(p["idfv"], "device"), w=96, h=96,
                 thumb_jpeg_b64=P(base64.b64encode(JPEG_HDR + rbytes(R.choice([114, 150]))).decode(), "photo"))
        return [jline("maskfit-app", o, sep=(", ", ": "))]
    if k < 0.8:
        return [jline("maskfit-app", dict(base, event="app_start", cold_start_ms=R.randint(400, 3000)), sep=(", ", ": "))]
    return [jline("maskfit-app", dict(base, event="crash", exception="NSInvalidArgumentException", thread="com.apple.arkit.session", build="881"), sep=(", ", ": "))]


SYSTEMS = [
    (sys_intake, 8), (sys_kitship, 9), (sys_wms, 5), (sys_scoring, 7), (sys_readq, 7), (sys_hl7, 2.2),
    (sys_fhir, 6), (sys_modem, 12), (sys_x12, 0.4), (sys_resupply, 6), (sys_ccaas, 8), (sys_sms, 7),
    (sys_nginx, 14), (sys_java, 5), (sys_pg, 6), (sys_claims, 4), (sys_xml, 4), (sys_k8s, 7),
    (sys_slack, 4), (sys_maskfit, 4),
]
JSON_FAMS = {"intake-pino", "fhir-json", "ccaas-json", "slack-ops", "maskfit-app"}
N_LINES = 500


def main():
    ts = dt.datetime(2024, 10, 15, 11, 2, 17, 118000)
    out = []
    fns = [f for f, _ in SYSTEMS]
    wts = [w for _, w in SYSTEMS]
    while len(out) < N_LINES:
        ts += dt.timedelta(seconds=R.expovariate(1 / 70.0), microseconds=R.randint(0, 999999))
        f = R.choices(fns, wts)[0]
        lines = f(ts)
        if len(out) + len(lines) > N_LINES:
            continue
        out.extend(lines)

    logb = bytearray()
    labels = []
    for n, L in enumerate(out, 1):
        b = bytes(L.buf)
        if not b or b"\n" in b or b"\r" in b:
            sys.exit(f"line {n}: empty or contains newline")
        b.decode("utf-8")
        if L.fam in JSON_FAMS:
            json.loads(b)
        if L.fam == "dme-order-xml":
            ET.fromstring(b)
        spans = sorted(L.spans)
        prev = 0
        for (s, e, cat, r, v, enc) in spans:
            if not (0 <= s < e <= len(b)):
                sys.exit(f"line {n}: bad offsets {s},{e}")
            if s < prev:
                sys.exit(f"line {n}: overlapping spans at {s}")
            prev = e
            if b[s:e] != r.encode("utf-8"):
                sys.exit(f"line {n}: span bytes {b[s:e]!r} != {r!r}")
            if unesc(b[s:e].decode("utf-8"), enc) != v:
                sys.exit(f"line {n}: span does not decode to value {v!r}")
            if cat not in CATS and not cat.startswith("_"):
                sys.exit(f"line {n}: bad cat {cat}")
        logb += b + b"\n"
        labels.append(json.dumps({"line": n, "family": L.fam, "spans": [{"s": s, "e": e, "cat": c} for s, e, c, *_ in spans]}))
    with open("qu.log", "wb") as fh:
        fh.write(bytes(logb))
    with open("qu.labels.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(labels) + "\n")
    nphi = sum(1 for L in out if not L.spans)
    print(f"lines={len(out)} no_phi={nphi} ({nphi / len(out):.1%})", file=sys.stderr)


if __name__ == "__main__":
    main()
