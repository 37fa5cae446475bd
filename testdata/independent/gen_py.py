#!/usr/bin/env python3
"""Synthetic labeled log corpus: Riverbend Anticoagulation Clinic (ID=py).

Riverbend Anticoagulation Clinic (part of Riverbend Health, Dayton OH) runs a
pharmacist-managed warfarin service.  Everything below is synthetic.  One
SIEM / log-shipper export (500 lines) interleaves these systems:

Systems simulated (family names used in the labels file)
  astm        CoaguChek Pro II point-of-care meter, ASTM E1394 records (H/P/O/R/L)
  poc_mw      cobas IT 1000-style POC middleware key=value result lines
  acdose      home-grown dosing service "acdose-api" (logfmt)
  java_trace  Spring Boot log + Java stack traces of acdose-api
  portal      patient portal "RiverbendConnect" (pino JSON): secure messages,
              identity proofing, avatar upload, payments, curbside check-in
  app_tel     mobile app telemetry JSON (python json logger style)
  nginx       portal / staff web access logs (combined + rt=)
  hl7         lab interface feed, HL7 v2.5.1 ORU^R01 and ADT^A04, one segment
              per line
  mirth       Mirth Connect channel log (log4j)
  fhir        home-INR IDTF vendor ("HomeINR Direct") FHIR Observation webhook
  idtf        same vendor, proprietary JSON event feed
  x12         270/271 eligibility (one interchange per line, ~ terminators)
  syslog      rsyslog from servers (sshd, cron, kernel, systemd)
  k8s         API gateway zap JSON logs
  sms         SMS reminder gateway (logfmt, English and Spanish bodies)
  ivr_csv     IVR / call-center CSV call detail rows
  pgaudit     PostgreSQL pgaudit lines
  recall_csv  anticoagulation registry recall-list CSV export (header + rows)
  rx_fixed    outpatient pharmacy fixed-width dispense batch (HDR/DTL/TRL)
  xml         result routing XML notifications
  fax         RightFax server log
  te_note     pharmacist telephone-encounter notes (pipe-delimited free text)

Mix: a shuffled deck of ~400 events with fixed counts per system (seeded),
plus a few forced rare records (avatar photo, identity proofing, card PAN,
curbside plate, IVR voiceprint, >89 age note) so every category occurs.

Labeling decisions (grey cases)
  * Timestamps of the log record itself (syslog time, JSON ts/time, MSH-7,
    ISA/GS dates, nginx time, fax job time, CSV call start time of the IVR row)
    are NOT PHI.  Clinical-event dates of a patient ARE `date`: specimen
    collection / meter test time (OBR-7, OBX-14, ASTM R-record time, POC
    test_time, FHIR effectiveDateTime, IDTF testedAt), DOB, next-INR due
    dates, appointment dates, dispense dates, dates mentioned in notes/SMS
    ("Tue Jun 11", "5/11").  The IVR call start column is the log timestamp.
  * Clinic-owned POC meters (serials UU4...) are shared equipment: NOT PHI.
    A patient's home INR meter (CoaguChek INRange, serial in IDTF/FHIR feeds)
    is `device`.  Mobile app IDFV / device id of the patient's phone is
    `device`.  Strip lots, NDCs, drug lots are NOT PHI.
  * MRN, portal id (RBC-...), enterprise id, and the patient id typed into a
    meter are `mrn`.  Lab placer/filler (accession) numbers, pharmacy Rx
    numbers, IDTF enrollment ids and referral ids are `other_id`.
    HL7 PID-18 account numbers, X12 patient control numbers and full card
    PANs are `account`; card last-4 alone is NOT labeled.
  * Medicare MBI / Medicaid / commercial member ids are `health_plan`.
  * Placeholder SSNs (999-99-9999, 000-00-0000) are junk, NOT labeled; real
    looking SSNs (valid area/group/serial) are `ssn`.
  * Names: patients and their relatives/caregivers/emergency contacts are
    `name`; pharmacists, RNs, physicians, PCP offices, staff user ids are not.
    Contiguous components of one name field (HL7 "BAKER^ROSE^M", X12
    "BAKER*ROSE*M") are one span; separate XML attributes family/given are
    separate spans.  A first name alone ("Hi Rose") is `name`.
  * Street + city written in one run is one `address` span; in HL7/X12
    where street and city are separate fields they are separate `address`
    spans; ZIP always its own `zip`.  State alone is not labeled.
  * Ages: only > 89 labeled (`age`); ages <= 89 are not.
  * IPs: external client IPs on the patient portal vhost are the patient's
    (`ip`); 10.x staff/internal addresses and known monitoring probes are
    not.  A request-target (path+query) that carries a patient identifier
    or a patient name is one `url` span (the identifier inside is not
    labeled separately).  Per-patient short links in SMS are `url`.
  * Phone numbers of patients/caregivers are `phone` (SMS `to`/`from` of
    patients, IVR ANI, HL7 PID-13/NK1-5); PID-13 entries typed FX are `fax`.
    Clinic numbers, short codes, PCP office fax numbers are not PHI.
  * Licence plates given at curbside check-in are `vehicle`; driver's
    licence numbers from identity proofing are `license`.
  * Base64 avatar image payload is `photo`; IVR voiceprint template payload
    is `biometric`.
  * INR values, doses, indications, ICD-10 / LOINC codes are not PHI.
"""
import base64
import json
import random
import sys
from datetime import datetime, timedelta

ID = "py"
N_LINES = 500
rng = random.Random(2323)


# ---------------------------------------------------------------- segments
class P:
    """A PHI value placed in a line.  text = bytes as written in the line
    (maybe escaped); orig = the value meant; dec = how to decode text."""

    def __init__(self, text, cat, orig=None, dec=None):
        self.text = text
        self.cat = cat
        self.orig = text if orig is None else orig
        self.dec = dec


class Line:
    def __init__(self, family):
        self.family = family
        self.segs = []

    def add(self, *items):
        for it in items:
            if isinstance(it, (list, tuple)):
                self.add(*it)
            elif it is None:
                continue
            else:
                self.segs.append(it)
        return self

    def build(self):
        out = b""
        spans = []
        for sg in self.segs:
            if isinstance(sg, P):
                b = sg.text.encode("utf-8")
                spans.append({"s": len(out), "e": len(out) + len(b), "cat": sg.cat,
                              "_p": sg})
                out += b
            else:
                out += str(sg).encode("utf-8")
        return out, spans


def json_seg(obj, sep=(",", ":"), ascii_=False):
    """Serialize obj to JSON segments.  P values (or R rich strings) keep spans."""
    if isinstance(obj, P):
        esc = json.dumps(obj.text, ensure_ascii=ascii_)[1:-1]
        return ['"', P(esc, obj.cat, obj.text, "json"), '"']
    if isinstance(obj, R):
        res = ['"']
        for s in obj:
            if isinstance(s, P):
                esc = json.dumps(s.text, ensure_ascii=ascii_)[1:-1]
                res.append(P(esc, s.cat, s.text, "json"))
            else:
                res.append(json.dumps(s, ensure_ascii=ascii_)[1:-1])
        res.append('"')
        return res
    if isinstance(obj, dict):
        res = ["{"]
        first = True
        for k, v in obj.items():
            if not first:
                res.append(sep[0])
            first = False
            res.append(json.dumps(k) + sep[1])
            res.extend(json_seg(v, sep, ascii_))
        res.append("}")
        return res
    if isinstance(obj, list):
        res = ["["]
        for i, v in enumerate(obj):
            if i:
                res.append(sep[0])
            res.extend(json_seg(v, sep, ascii_))
        res.append("]")
        return res
    return [json.dumps(obj, ensure_ascii=ascii_)]


class R(list):
    """Rich string: a list of str and P pieces forming one text value."""


def lf_quote(rich):
    """logfmt quoted value from rich pieces (escape \\ and ")."""
    res = ['"']
    for s in rich:
        if isinstance(s, P):
            esc = s.text.replace("\\", "\\\\").replace('"', '\\"')
            res.append(P(esc, s.cat, s.text, "lf" if esc != s.text else None))
        else:
            res.append(s.replace("\\", "\\\\").replace('"', '\\"'))
    res.append('"')
    return res


def csv_field(rich):
    """CSV quoting when needed."""
    plain = "".join(s.text if isinstance(s, P) else s for s in rich)
    if any(c in plain for c in ',"\n'):
        res = ['"']
        for s in rich:
            if isinstance(s, P):
                esc = s.text.replace('"', '""')
                res.append(P(esc, s.cat, s.text, "csv" if esc != s.text else None))
            else:
                res.append(s.replace('"', '""'))
        res.append('"')
        return res
    return list(rich)


def pct(s):
    out = []
    for ch in s:
        if ch.isalnum() and ch.isascii() or ch in "-._~":
            out.append(ch)
        else:
            out.append("".join("%%%02X" % b for b in ch.encode("utf-8")))
    return "".join(out)


# ---------------------------------------------------------------- numbers
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


def npi():
    base = "1" + "".join(rng.choice("0123456789") for _ in range(8))
    return base + luhn_digit("80840" + base)


def card():
    base = rng.choice(["4", "51", "37"])
    ln = 15 if base == "37" else 16
    body = base + "".join(rng.choice("0123456789") for _ in range(ln - 1 - len(base)))
    return body + luhn_digit(body)


def ssn():
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mbi():
    d = "0123456789"
    return (rng.choice("123456789") + rng.choice(MBI_A) + rng.choice(MBI_AN) + rng.choice(d)
            + rng.choice(MBI_A) + rng.choice(MBI_AN) + rng.choice(d) + rng.choice(MBI_A)
            + rng.choice(MBI_A) + rng.choice(d) + rng.choice(d))


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


AREA = ["937", "937", "937", "513", "614", "419", "740"]


def phone_parts():
    return rng.choice(AREA), str(rng.randint(2, 9)) + digits(2), digits(4)


# ---------------------------------------------------------------- people
FIRST_F = ["Rose", "Aoife", "Guadalupe", "Ernestine", "Mei-Ling", "Fatima", "Willow", "Hope",
           "Zoë", "Priya", "Marisol", "Siobhan", "Dorothea", "Grace", "Bernadette", "Nkechi",
           "Hanne", "Summer", "Lucía", "Thu Trang", "June"]
FIRST_M = ["Bartholomew", "Kwame", "Dmitri", "José", "Tadeusz", "Hank", "Cornelius", "Oluwaseun",
           "Björn", "Rashid", "Walter", "Hiroshi", "Faolan", "Bill", "Chester", "Sandeep", "Mack",
           "Reginald", "Duc"]
LAST = ["Baker", "Stone", "Fox", "Rivers", "Hill-Whitaker", "García Márquez", "O'Connell",
        "Van der Berg", "Nakamura", "Okonkwo", "Delacroix-Price", "Friend", "Love", "Young",
        "Bishop", "Castillo-Reyes", "Nguyen", "Schröder", "Abernathy", "Kowalczyk", "Pham",
        "Iyer", "Al-Masri", "MacLeod", "St. Clair", "Fairweather-Lund", "Mbeki", "Wolfe",
        "Sparrow", "De la Cruz", "Hale", "Brook", "Lindqvist", "Szabó", "Oyelaran-Ruiz", "Short"]
MIDDLE = ["A", "M", "J", "L", "R", "E", "", "", "T", "K"]
STREETS = ["Sycamore Hollow Rd", "N Main St", "Old Troy Pike", "Shawnee Trl", "Wilmington Ave",
           "Linden Ave", "Far Hills Ave", "Patterson Rd", "Dayton-Xenia Rd", "Whipp Rd",
           "Hidden Creek Ct", "Stroop Rd", "Needmore Rd", "Burkhardt Ave", "Ridgeway Rd",
           "Kitty Hawk Dr", "Orchard Ln", "Salem Ave"]
UNITS = ["", "", "", "", " Apt 4", " Apt 3B", " Unit 12", " Lot 41", " #207"]
CITIES = [("Xenia", "45385"), ("Kettering", "45429"), ("Beavercreek", "45431"),
          ("Fairborn", "45324"), ("Miamisburg", "45342"), ("Centerville", "45459"),
          ("Huber Heights", "45424"), ("Vandalia", "45377"), ("Springfield", "45503"),
          ("Yellow Springs", "45387"), ("Bellbrook", "45305"), ("Dayton", "45406"),
          ("Dayton", "45410"), ("Oakwood", "45419")]
INDIC = [("AFIB", "I48.91", "2.0-3.0"), ("DVT", "I82.401", "2.0-3.0"),
         ("PE", "I26.99", "2.0-3.0"), ("MVR", "Z95.2", "2.5-3.5"), ("LV_THROMBUS", "I51.3", "2.0-3.0"),
         ("APS", "D68.61", "2.5-3.5")]
RELS = [("daughter", "DAU", "F"), ("son", "SON", "M"), ("wife", "SPO", "F"), ("husband", "SPO", "M"),
        ("granddaughter", "GRD", "F"), ("neighbor", "FND", "F")]
PLANS = [("MEDICARE PART B", "CMS", "mbi"), ("OHIO MEDICAID", "ODM", "mcd"),
         ("ANTHEM BCBS OH", "ANTHEM", "com"), ("HUMANA GOLD PLUS", "HUMANA", "com")]

TODAY = datetime(2024, 5, 14)


class Patient:
    pass


def make_patient(i):
    p = Patient()
    p.sex = rng.choice("FM")
    p.first = rng.choice(FIRST_F if p.sex == "F" else FIRST_M)
    p.middle = rng.choice(MIDDLE)
    p.last = rng.choice(LAST)
    age = rng.choice([rng.randint(41, 88), rng.randint(66, 89), rng.randint(90, 97)]) if i % 7 else rng.randint(90, 99)
    p.dob = TODAY - timedelta(days=age * 365 + rng.randint(1, 360))
    p.age = (TODAY - p.dob).days // 365
    p.mrn = "00" + digits(6)
    p.portal = "RBC-0" + digits(6)
    p.street = "%d %s%s" % (rng.randint(12, 9899), rng.choice(STREETS), rng.choice(UNITS))
    p.city, p.zip = rng.choice(CITIES)
    p.phone = phone_parts()
    p.mobile = phone_parts()
    p.email = "%s.%s%s@%s" % (p.first.lower().split()[0].replace("ë", "e").replace("ö", "o").replace("é", "e").replace("í", "i").replace("-", ""),
                             p.last.lower().replace(" ", "").replace("'", "").replace("ö", "o").replace("á", "a").replace("ó", "o"),
                             rng.choice(["", "", str(rng.randint(1, 99)), str(p.dob.year % 100)]),
                             rng.choice(["gmail.com", "yahoo.com", "att.net", "aol.com", "outlook.com", "woh.rr.com"]))
    plan = rng.choice(PLANS if age < 65 else PLANS[:1] * 3 + PLANS[3:])
    p.plan = plan
    if plan[2] == "mbi":
        p.member = mbi()
    elif plan[2] == "mcd":
        p.member = "1" + digits(11)
    else:
        p.member = rng.choice(["YRK", "XOH", "H"]) + digits(9)
    p.ssn = ssn()
    p.acct = "A" + digits(8)
    p.indic = rng.choice(INDIC)
    p.twd = rng.choice([17.5, 20, 22.5, 25, 27.5, 30, 32.5, 35, 37.5, 40, 42.5, 45, 52.5])
    p.home_meter = ("UX" + digits(8)) if rng.random() < 0.4 else None
    p.enroll = "HID-" + digits(7)
    p.ip = "%d.%d.%d.%d" % (rng.choice([73, 74, 24, 108, 98, 99, 65, 184]), rng.randint(1, 254),
                            rng.randint(0, 255), rng.randint(2, 254))
    p.idfv = uuid4().upper()
    p.plate = "%s%s%s-%s" % (rng.choice("HJKGFP"), rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"),
                             rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), digits(4))
    p.dl = rng.choice("ABCDEFGHJKLMNPRST") + rng.choice("ABCDEFGHJKLMNPRST") + digits(6)
    rel = rng.choice(RELS)
    if rel[1] == "SPO":
        rel = ("husband", "SPO", "M") if p.sex == "F" else ("wife", "SPO", "F")
    p.cg_rel = rel
    p.cg_first = rng.choice(FIRST_F if rel[2] == "F" else FIRST_M)
    p.cg_last = p.last if rel[0] not in ("neighbor",) and rng.random() < 0.6 else rng.choice(LAST)
    p.cg_phone = phone_parts()
    p.lang = "es" if p.last in ("García Márquez", "Castillo-Reyes", "De la Cruz", "Oyelaran-Ruiz") or p.first in ("Guadalupe", "Lucía", "José", "Marisol") else "en"
    p.next_due = TODAY + timedelta(days=rng.choice([7, 7, 14, 14, 21, 28, 28, 35, 42]))
    return p


PATIENTS = [make_patient(i) for i in range(40)]


def pt():
    return rng.choice(PATIENTS)


def fullname(p, mid=True):
    return "%s%s %s" % (p.first, (" " + p.middle) if (mid and p.middle) else "", p.last)


def inr_value(p):
    v = rng.gauss(2.6, 0.6)
    if rng.random() < 0.12:
        v = rng.choice([1.4, 1.6, 1.7, 3.8, 4.2, 4.9, 5.6])
    return round(max(0.9, v), 1)


# ---------------------------------------------------------------- staff / org
STAFF = [("dwhitcomb", "Dana Whitcomb", "PharmD"), ("kosei", "Kofi Osei", "PharmD"),
         ("ihalloran", "Ingrid Halloran", "PharmD"), ("tgreer", "Tamsin Greer", "RN"),
         ("lortega", "Luis Ortega-Pratt", "MA")]
MD_NPI = npi()
PCP = [("Greene Family Practice", "19373726610"), ("Kettering Internal Medicine", "19372984410"),
       ("Beavercreek Primary Care", "19374268800"), ("Five Rivers Health Centers", "19377345128")]
CLINIC_METERS = ["UU41207733", "UU41209120", "UU41311846"]
STRIP_LOTS = ["53017921", "53018804", "53020117"]
HOSTS = ["rbac-dose01", "rbac-dose02", "rbac-portal01", "rbac-int01", "rbac-db01", "rbac-fax01"]

clock = datetime(2024, 5, 14, 7, 2, 11)
seq = {"msgctl": 20240514000337, "mirth": 1182201, "fax": 7712001, "rx": 48812300,
       "isa": 48801, "call": 88213301, "pg": 1040, "pid": 2231}


def tick(lo=3, hi=70):
    global clock
    clock += timedelta(seconds=rng.randint(lo, hi), milliseconds=rng.randint(0, 999))
    return clock


def iso_z(t):  # log in UTC
    return (t + timedelta(hours=4)).strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def epoch_ms(t):
    return int(((t + timedelta(hours=4)) - datetime(1970, 1, 1)).total_seconds() * 1000)


# ---------------------------------------------------------------- generators
def g_astm():
    p = pt()
    t = tick()
    sn = rng.choice(CLINIC_METERS)
    inr = inr_value(p)
    tt = t - timedelta(minutes=rng.randint(1, 9))
    lines = []
    lines.append(Line("astm").add("H|\\^&|||CoaguChek Pro II^04.02.00^%s|||||||P|1|%s" % (sn, t.strftime("%Y%m%d%H%M%S"))))
    pl = Line("astm").add("P|1|", P(p.mrn, "mrn"), "|||")
    if rng.random() < 0.5:
        pl.add(P("%s^%s" % (p.last, p.first), "name"), "||", P(p.dob.strftime("%Y%m%d"), "date"), "|", p.sex)
    else:
        pl.add("||||")
    lines.append(pl)
    lines.append(Line("astm").add("O|1|", P(digits(9), "other_id"), "||^^^PT/INR|R||||||N"))
    lines.append(Line("astm").add("R|1|^^^INR|%.1f|INR|0.8-1.2|%s||F||%s||" % (inr, "H" if inr > 1.2 else "N", rng.choice(STAFF)[0].upper()),
                                   P(tt.strftime("%Y%m%d%H%M%S"), "date"), "|", sn))
    lines.append(Line("astm").add("L|1|N"))
    return lines


def g_poc():
    p = pt()
    t = tick()
    inr = inr_value(p)
    tt = t - timedelta(minutes=rng.randint(1, 4))
    op = rng.choice(STAFF)
    L = Line("poc_mw").add("%s.%03d-04:00 cobasIT1000 POCResult meter=CoaguChekProII sn=%s op=%s pid=" % (
        t.strftime("%Y-%m-%dT%H:%M:%S"), t.microsecond // 1000, rng.choice(CLINIC_METERS), op[0].upper()),
        P(p.mrn, "mrn"), " test=PT/INR result=%.1f unit=INR qc=PASS strip_lot=%s strip_exp=2025-03-31 test_time=" % (inr, rng.choice(STRIP_LOTS)),
        P(tt.strftime("%Y%m%d%H%M%S"), "date"), " loc=RBAC-EXAM%d" % rng.randint(1, 5))
    return [L]


def g_poc_noise():
    t = tick()
    sn = rng.choice(CLINIC_METERS)
    kind = rng.random()
    if kind < 0.4:
        txt = "%s.%03d-04:00 cobasIT1000 QCResult meter=CoaguChekProII sn=%s level=%s result=%s qc=PASS lot=%s op=%s" % (
            t.strftime("%Y-%m-%dT%H:%M:%S"), t.microsecond // 1000, sn, rng.choice(["L1", "L2"]),
            rng.choice(["1.0", "1.1", "2.9", "3.1"]), rng.choice(["31174411", "31174502"]), rng.choice(STAFF)[0].upper())
    elif kind < 0.7:
        txt = "%s.%03d-04:00 cobasIT1000 DeviceSync meter=CoaguChekProII sn=%s fw=04.02.00 records=%d dock=DOCK-%02d duration_ms=%d" % (
            t.strftime("%Y-%m-%dT%H:%M:%S"), t.microsecond // 1000, sn, rng.randint(1, 14), rng.randint(1, 6), rng.randint(300, 4000))
    else:
        txt = "%s.%03d-04:00 cobasIT1000 OperatorLockout meter=CoaguChekProII sn=%s op=%s reason=CERT_EXPIRED cert_exp=2024-05-01" % (
            t.strftime("%Y-%m-%dT%H:%M:%S"), t.microsecond // 1000, sn, rng.choice(STAFF)[0].upper())
    return [Line("poc_mw").add(txt)]


def g_acdose():
    p = pt()
    t = tick()
    inr = inr_value(p)
    rph = rng.choice(STAFF[:3])[0]
    lo, hi = map(float, p.indic[2].split("-"))
    chg = 0 if lo <= inr <= hi else (10 if inr < lo else -10)
    new = round(p.twd * (1 + chg / 100.0) / 1.25) * 1.25
    L = Line("acdose").add("ts=%s level=info svc=acdose-api msg=\"dose recommendation\" mrn=" % iso_z(t),
                           P(p.mrn, "mrn"), " inr=%.1f goal=%s ind=%s twd_mg=%.1f rec_twd_mg=%.2f chg_pct=%d" % (inr, p.indic[2], p.indic[0], p.twd, new, chg))
    if rng.random() < 0.4:
        L.add(" age=")
        L.add(P(str(p.age), "age") if p.age > 89 else str(p.age))
    L.add(" next_inr=", P((TODAY + timedelta(days=7 if chg else 28)).strftime("%Y-%m-%d"), "date"),
          " rph=%s algo=riverbend-v3.2.1 trace_id=%s" % (rph, hexs(32)))
    return [L]


def g_acdose_noise():
    t = tick()
    msgs = [
        'level=info svc=acdose-api msg="dosing nomogram reloaded" table=RB-NOMO-2024Q2 rows=148 sha256=%s' % hexs(64),
        'level=debug svc=acdose-api msg="cache stats" hits=%d misses=%d evictions=0 heap_mb=%d' % (rng.randint(1000, 9000), rng.randint(10, 300), rng.randint(300, 900)),
        'level=warn svc=acdose-api msg="slow query" op=inr_history duration_ms=%d threshold_ms=500 trace_id=%s span_id=%s' % (rng.randint(501, 2400), hexs(32), hexs(16)),
        'level=info svc=acdose-worker msg="recall batch complete" due_today=%d reminders_queued=%d skipped_optout=%d job=recall-%s' % (rng.randint(20, 80), rng.randint(10, 60), rng.randint(0, 6), t.strftime("%Y%m%d")),
        'level=info svc=acdose-api msg="healthcheck" status=UP db=UP mq=UP version=3.2.1+build.%d commit=%s' % (rng.randint(400, 480), hexs(7)),
    ]
    return [Line("acdose").add("ts=%s " % iso_z(t) + rng.choice(msgs))]


TRACE_FRAMES = [
    "com.riverbend.acdose.service.DoseService.recommend(DoseService.java:218)",
    "com.riverbend.acdose.api.DoseController.postRecommendation(DoseController.java:91)",
    "java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)",
    "org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)",
    "org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:166)",
    "org.apache.tomcat.util.threads.TaskThread$WrappingRunnable.run(TaskThread.java:61)",
]


def g_trace():
    p = pt()
    t = tick()
    thread = "nio-8443-exec-%d" % rng.randint(1, 12)
    lines = []
    if rng.random() < 0.6:
        lines.append(Line("java_trace").add("%s.%03d ERROR %d --- [%s] c.r.acdose.api.DoseController         : Dose calc failed for mrn=" % (
            t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000, 1423, thread), P(p.mrn, "mrn")))
        lines.append(Line("java_trace").add("com.riverbend.acdose.domain.NoActiveOrderException: No active warfarin order for patient ",
                                            P(p.mrn, "mrn"), " (", P("%s, %s" % (p.last.upper(), p.first.upper()), "name"), ")"))
    else:
        lines.append(Line("java_trace").add("%s.%03d ERROR %d --- [%s] o.h.engine.jdbc.spi.SqlExceptionHelper   : HikariPool-1 - Connection is not available, request timed out after 30000ms." % (
            t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000, 1423, thread)))
        lines.append(Line("java_trace").add("org.springframework.dao.DataAccessResourceFailureException: unable to obtain JDBC connection; pool=HikariPool-1 active=20 idle=0 waiting=7"))
    for fr in TRACE_FRAMES[: rng.randint(3, 6)]:
        lines.append(Line("java_trace").add("\tat " + fr))
    return lines


def g_portal_msg():
    p = pt()
    t = tick()
    seq["pid"] += 0
    cg = rng.random() < 0.5
    d1 = (TODAY - timedelta(days=rng.randint(1, 4)))
    if p.lang == "es" and rng.random() < 0.7:
        body = R(["Buenos días, soy ", P("%s %s" % (p.cg_first, p.cg_last), "name"), ", ", {"daughter": "hija", "son": "hijo", "wife": "esposa", "husband": "esposo", "granddaughter": "nieta", "neighbor": "vecina"}[p.cg_rel[0]],
                  " de ", P(p.first, "name"), ". Su INR salió %.1f el " % inr_value(p), P(d1.strftime("%-d/%-m"), "date"),
                  " en el medidor de casa. ¿Cambiamos la dosis? Mi cel. es ", P("%s-%s-%s" % p.cg_phone, "phone"), ". Gracias"])
        subj = "Pregunta sobre warfarina"
    elif cg:
        body = R(["Hi this is ", P(p.cg_first, "name"), ", ", P(p.first, "name"), "'s ", p.cg_rel[0],
                  ". %s had a nosebleed on " % {"daughter": "Mom", "son": "Mom", "granddaughter": "Grandma",
                                                "wife": "He", "husband": "She", "neighbor": "She"}[p.cg_rel[0]]
                  .replace("Mom", "Mom" if p.sex == "F" else "Dad").replace("Grandma", "Grandma" if p.sex == "F" else "Grandpa")
                  .replace("She", "She" if p.sex == "F" else "He"), P(d1.strftime("%A %-m/%-d"), "date"),
                  " that took 20 min to stop. Should we skip tonight's Jantoven? Best number is ",
                  P("(%s) %s-%s" % p.cg_phone, "phone"), "."])
        subj = "Nosebleed - question about dose"
    else:
        body = R(["I can't make my INR appt on ", P(p.next_due.strftime("%B %-d"), "date"),
                  ", my ride fell through. Can I come ", P((p.next_due + timedelta(days=1)).strftime("%-m/%-d"), "date"),
                  " instead? Also I started amoxicillin from the dentist. - ", P(p.first + " " + p.last, "name")])
        subj = rng.choice(["Reschedule INR check", "Antibiotic + warfarin?", "Appointment"])
    obj = {"level": 30, "time": epoch_ms(t), "pid": 2231, "hostname": "rbac-portal01",
           "reqId": "req-" + hexs(6), "msg": "secure message received",
           "thread": "MT-" + digits(9), "fromPortalId": P(p.portal, "mrn"),
           "toPool": "ANTICOAG_RPH_POOL", "subject": subj, "body": body,
           "attachments": 0}
    return [Line("portal").add(json_seg(obj, ascii_=rng.random() < 0.3))]


def g_portal_other(k=None):
    p = pt()
    t = tick()
    if k is None:
        k = rng.random()
    base = {"level": 30, "time": epoch_ms(t), "pid": 2231, "hostname": "rbac-portal0%d" % rng.randint(1, 2),
            "reqId": "req-" + hexs(6)}
    if k < 0.2:
        base.update({"msg": "identity proofing complete", "vendor": "Persona", "inquiry": "inq_" + hexs(20),
                     "result": "passed", "dlState": "OH", "dlNumber": P(p.dl, "license"),
                     "dobMatch": True, "portalId": P(p.portal, "mrn")})
    elif k < 0.32:
        raw = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01" + bytes(rng.randint(0, 255) for _ in range(168))
        b64 = base64.b64encode(raw).decode()
        base.update({"msg": "avatar updated", "portalId": P(p.portal, "mrn"),
                     "image": R(["data:image/jpeg;base64,", P(b64, "photo")]), "bytes": 48211})
    elif k < 0.5:
        if rng.random() < 0.3:
            pan = card()
            base.update({"level": 50, "msg": "payment gateway error", "gw": "authnet", "code": "E00027",
                         "detail": R(["card ", P(pan, "account"), " declined: AVS mismatch"]),
                         "guarantor": P(p.acct, "account")})
        else:
            base.update({"msg": "copay payment posted", "gw": "authnet", "txn": digits(11), "amount": 20.0,
                         "cardLast4": digits(4), "guarantor": P(p.acct, "account")})
    elif k < 0.68:
        base.update({"msg": "curbside check-in", "site": "RBAC-DAYTON", "portalId": P(p.portal, "mrn"),
                     "plate": P("OH " + p.plate, "vehicle"), "vehicle": rng.choice(["silver Camry", "red F-150", "white CR-V", "blue Buick"]),
                     "spot": rng.randint(1, 6), "appt": P(TODAY.strftime("%Y-%m-%dT") + "%02d:%02d" % (t.hour + 1, rng.choice([0, 20, 40])), "date")})
    else:
        base.update({"msg": "profile contact updated", "portalId": P(p.portal, "mrn"),
                     "email": P(p.email, "email"), "mobile": P("+1" + "".join(p.mobile), "phone"),
                     "smsOptIn": True})
    return [Line("portal").add(json_seg(base))]


def g_portal_noise():
    t = tick()
    base = {"level": rng.choice([30, 30, 40]), "time": epoch_ms(t), "pid": 2231, "hostname": "rbac-portal0%d" % rng.randint(1, 2)}
    k = rng.random()
    if k < 0.3:
        base.update({"msg": "session store gc", "purged": rng.randint(10, 400), "ms": rng.randint(3, 90)})
    elif k < 0.6:
        base.update({"msg": "request completed", "reqId": "req-" + hexs(6), "res": {"statusCode": 200}, "responseTime": rng.randint(4, 300)})
    else:
        base.update({"msg": "feature flag refresh", "flags": {"inrSelfReport": True, "curbside": True, "espanol": True},
                     "etag": "W/\"%s\"" % hexs(16)})
    return [Line("portal").add(json_seg(base))]


def g_app():
    p = pt()
    t = tick()
    obj = {"timestamp": t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d-04:00" % t.microsecond, "level": "INFO",
           "logger": "telemetry.ingest", "event": rng.choice(["app_open", "inr_self_report", "push_ack", "med_list_view"]),
           "app": "RiverbendConnect", "ver": "5.12.%d (51%02d)" % (rng.randint(0, 3), rng.randint(10, 40)),
           "os": rng.choice(["iOS 17.4.1", "iOS 16.7.8", "Android 14", "Android 13"])}
    if rng.random() < 0.65:
        obj["idfv"] = P(p.idfv, "device")
        obj["portal_id"] = P(p.portal, "mrn")
    else:
        obj["install_id"] = "anon"
    obj["session"] = uuid4()
    return [Line("app_tel").add(json_seg(obj, sep=(", ", ": ")))]


UAS = ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
       'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
       'RiverbendConnect/5.12.1 (iPad; iOS 16.7.8)', 'Mozilla/5.0 (Linux; Android 14; SM-S911U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36']


def nginx_time(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S -0400")


def g_nginx():
    p = pt()
    t = tick(1, 30)
    k = rng.random()
    L = Line("nginx")
    if k < 0.35:
        path = rng.choice(["/api/v2/patients/%s/inr-history?range=90d", "/api/v2/patients/%s/appointments", "/api/v2/patients/%s/dose-calendar?month=2024-05"]) % p.portal
        L.add(P(p.ip, "ip"), ' - - [%s] "GET ' % nginx_time(t), P(path, "url"),
              ' HTTP/2.0" 200 %d "https://connect.riverbendac.org/inr" "%s" rt=%.3f' % (rng.randint(400, 9000), rng.choice(UAS), rng.random() / 5))
    elif k < 0.52:
        L.add(P(p.ip, "ip"), ' - - [%s] "%s HTTP/2.0" %d %d "https://connect.riverbendac.org/" "%s" rt=%.3f' % (
            nginx_time(t), rng.choice(["GET /static/js/main.8f3c21.js", "GET /favicon.ico", "POST /api/v2/auth/refresh", "GET /api/v2/clinic/hours"]),
            rng.choice([200, 200, 304]), rng.randint(200, 90000), rng.choice(UAS), rng.random() / 10))
    elif k < 0.62:
        q = "%s, %s" % (p.last.lower(), p.first.lower())
        path = "/staff/search?q=" + pct(q) + "&scope=anticoag"
        L.add('10.40.%d.%d - %s [%s] "GET ' % (rng.randint(1, 9), rng.randint(10, 250), rng.choice(STAFF)[0], nginx_time(t)),
              P(path, "url"), ' HTTP/1.1" 200 %d "-" "%s" rt=%.3f' % (rng.randint(300, 3000), UAS[1], rng.random() / 4))
    else:
        L.add('%s - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "%s" rt=0.001' % (
            rng.choice(["10.40.0.11", "10.40.0.12", "52.14.77.201"]), nginx_time(t),
            rng.choice(["kube-probe/1.28", "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)", "ELB-HealthChecker/2.0"])))
    return [L]


def hl7_phone(ph, typ="PRN^PH"):
    return P("(%s)%s-%s" % ph, "phone"), "^" + typ


def g_hl7_oru():
    p = pt()
    t = tick()
    seq["msgctl"] += rng.randint(1, 40)
    coll = t - timedelta(hours=rng.randint(1, 3), minutes=rng.randint(0, 59))
    placer = "PL" + digits(6)
    filler = "MRL-24-" + digits(7)
    inr = inr_value(p)
    ptv = round(inr * 11.1 + rng.uniform(-0.6, 0.6), 1)
    lines = [Line("hl7").add("MSH|^~\\&|MRLAB|MERIDIAN REF LAB|MIRTH|RBAC|%s||ORU^R01^ORU_R01|MRL%d|P|2.5.1" % (t.strftime("%Y%m%d%H%M%S"), seq["msgctl"]))]
    pid = Line("hl7").add("PID|1||", P(p.mrn, "mrn"), "^^^RBAC^MR")
    if p.plan[2] == "mbi" and rng.random() < 0.6:
        pid.add("~", P(p.member, "health_plan"), "^^^CMS^MB")
    pid.add("||", P("%s^%s%s" % (p.last.upper(), p.first.upper(), ("^" + p.middle) if p.middle else ""), "name"),
            "||", P(p.dob.strftime("%Y%m%d"), "date"), "|", p.sex, "|||",
            P(p.street, "address"), "^^", P(p.city, "address"), "^OH^", P(p.zip, "zip"), "||")
    pid.add(hl7_phone(p.phone))
    pid.add("|||||", P(p.acct, "account"))
    lines.append(pid)
    lines.append(Line("hl7").add("PV1|1|O|RBAC^^^ANTICOAG||||%s^HALVORSEN^ERIK^^^^MD|||||||||||" % MD_NPI, P("V" + digits(9), "other_id")))
    lines.append(Line("hl7").add("ORC|RE|", P(placer, "other_id"), "|", P(filler, "other_id"), "||CM"))
    lines.append(Line("hl7").add("OBR|1|", P(placer, "other_id"), "|", P(filler, "other_id"),
                                 "|5902-2^Prothrombin time (PT)^LN|||", P(coll.strftime("%Y%m%d%H%M"), "date"),
                                 "|||||||||%s^HALVORSEN^ERIK||||||%s|||F" % (MD_NPI, t.strftime("%Y%m%d%H%M"))))
    lines.append(Line("hl7").add("OBX|1|NM|5902-2^Prothrombin time (PT)^LN||%.1f|s|9.4-12.5|H|||F|||" % ptv,
                                 P(coll.strftime("%Y%m%d%H%M"), "date")))
    lines.append(Line("hl7").add("OBX|2|NM|6301-6^INR in Platelet poor plasma by Coagulation assay^LN||%.1f||0.8-1.2|%s|||F|||" % (inr, "H" if inr > 1.2 else "N"),
                                 P(coll.strftime("%Y%m%d%H%M"), "date"), "||||||MRL DAYTON^^^^^CLIA^^^^36D0912345"))
    return lines


def g_hl7_adt():
    p = pt()
    t = tick()
    seq["msgctl"] += rng.randint(1, 40)
    lines = [Line("hl7").add("MSH|^~\\&|EPIC|RBH|MIRTH|RBAC|%s||ADT^A04^ADT_A01|RBH%d|P|2.5.1" % (t.strftime("%Y%m%d%H%M%S"), seq["msgctl"]))]
    lines.append(Line("hl7").add("EVN|A04|%s" % t.strftime("%Y%m%d%H%M%S")))
    pid = Line("hl7").add("PID|1||", P(p.mrn, "mrn"), "^^^RBAC^MR~", P("E" + digits(9), "mrn"), "^^^RBH^PI||",
                          P("%s^%s%s" % (p.last.upper(), p.first.upper(), ("^" + p.middle) if p.middle else ""), "name"),
                          "||", P(p.dob.strftime("%Y%m%d"), "date"), "|", p.sex, "|||",
                          P(p.street, "address"), "^^", P(p.city, "address"), "^OH^", P(p.zip, "zip"), "^USA||")
    pid.add(hl7_phone(p.phone), "~", P("(%s)%s-%s" % p.mobile, "phone"), "^ORN^CP")
    if rng.random() < 0.5:
        pid.add("~", P("(%s)%s-%s" % phone_parts(), "fax"), "^PRN^FX")
    pid.add("~^NET^Internet^", P(p.email, "email"))
    pid.add("||%s|||" % rng.choice(["ENG", "ENG", "SPA"]), P(p.acct, "account"), "|")
    if rng.random() < 0.75:
        pid.add(P(p.ssn, "ssn"))
    else:
        pid.add(rng.choice(["999-99-9999", "000-00-0000"]))
    lines.append(pid)
    lines.append(Line("hl7").add("NK1|1|", P("%s^%s" % (p.cg_last.upper(), p.cg_first.upper()), "name"),
                                 "|%s^%s^HL70063||" % (p.cg_rel[1], p.cg_rel[0].capitalize()), P("(%s)%s-%s" % p.cg_phone, "phone"), "||EC^Emergency Contact^HL70131"))
    lines.append(Line("hl7").add("PV1|1|O|RBAC^^^ANTICOAG||||%s^HALVORSEN^ERIK^^^^MD||||||||||||" % MD_NPI, P("V" + digits(9), "other_id"),
                                 "|||||||||||||||||||||||||", P(TODAY.strftime("%Y%m%d") + "%02d%02d" % (t.hour, t.minute), "date")))
    lines.append(Line("hl7").add("IN1|1|%s^%s|%s|%s||||||||||||" % ("MCR" if p.plan[2] == "mbi" else "COM", p.plan[0], p.plan[1], p.plan[0]),
                                 P("%s^%s" % (p.last.upper(), p.first.upper()), "name"), "|SEL|||||||||||||||||||||",
                                 P(p.member, "health_plan")))
    return lines


def g_mirth():
    t = tick(1, 10)
    seq["mirth"] += rng.randint(1, 5)
    ch = rng.choice(["MRL_ORU_Inbound", "EPIC_ADT_Inbound", "HomeINR_FHIR_Inbound", "ACDOSE_Outbound"])
    if rng.random() < 0.2:
        p = pt()
        ch = rng.choice(["MRL_ORU_Inbound", "EPIC_ADT_Inbound"])
        return [Line("mirth").add(" WARN %s,%03d [Channel: %s < Filter] com.mirth.connect.server.transformers.JavaScriptFilterStep: Filter rejected: PID-3 " % (
            t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000, ch), P(p.mrn, "mrn"), " not in anticoag registry (message %d)" % seq["mirth"])]
    msg = rng.choice(["Message %d received, status=TRANSFORMED" % seq["mirth"],
                      "Message %d sent, status=SENT, response=AA" % seq["mirth"],
                      "Queue depth=%d, thread=1, avg_ms=%d" % (rng.randint(0, 12), rng.randint(5, 80)),
                      "Pruned %d messages older than 30 days" % rng.randint(100, 4000)])
    return [Line("mirth").add(" INFO %s,%03d [Channel: %s < Dispatcher Thread on %s (%s)] com.mirth.connect.donkey.server.channel.Channel: %s" % (
        t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000, ch, ch, uuid4(), msg))]


def g_fhir():
    p = pt()
    t = tick()
    tested = datetime(2024, 5, 13, rng.randint(17, 21), rng.randint(0, 59))
    obj = {"resourceType": "Observation", "id": "obs-" + hexs(12), "meta": {"lastUpdated": t.strftime("%Y-%m-%dT%H:%M:%S-04:00"), "source": "homeinr-direct"},
           "status": "final", "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "laboratory"}]}],
           "code": {"coding": [{"system": "http://loinc.org", "code": "34714-6", "display": "INR in Blood by Coagulation assay"}]},
           "subject": {"reference": R(["Patient/", P(p.mrn, "mrn")]), "display": P(fullname(p, False), "name")},
           "effectiveDateTime": P(tested.strftime("%Y-%m-%dT%H:%M:00-04:00"), "date"),
           "valueQuantity": {"value": inr_value(p), "unit": "{INR}", "system": "http://unitsofmeasure.org", "code": "{INR}"},
           "device": {"identifier": {"system": "urn:roche:coaguchek:serial", "value": P(p.home_meter or ("UX" + digits(8)), "device")}, "display": "CoaguChek INRange"}}
    return [Line("fhir").add(json_seg(obj))]


def g_idtf():
    p = pt()
    t = tick()
    k = rng.random()
    obj = {"eventType": None, "eventId": uuid4(), "occurredAt": iso_z(t), "partner": "RBAC-OH-0442"}
    if k < 0.5:
        obj["eventType"] = "patient.test.missed"
        obj["patient"] = {"externalId": P(p.mrn, "mrn"), "enrollmentId": P(p.enroll, "other_id")}
        obj["dueDate"] = P((TODAY - timedelta(days=rng.randint(1, 3))).strftime("%Y-%m-%d"), "date")
        obj["outreach"] = {"attempts": rng.randint(1, 3), "lastChannel": "IVR"}
    elif k < 0.75:
        obj["eventType"] = "device.shipped"
        obj["patient"] = {"externalId": P(p.mrn, "mrn"), "enrollmentId": P(p.enroll, "other_id")}
        obj["device"] = {"model": "CoaguChek INRange", "serial": P(p.home_meter or ("UX" + digits(8)), "device")}
        obj["carrier"] = "UPS"
        obj["tracking"] = "1Z" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16))
    else:
        obj["eventType"] = "partner.batch.summary"
        obj["results"] = rng.randint(10, 90)
        obj["critical"] = rng.randint(0, 3)
        obj["latencyP95Ms"] = rng.randint(200, 3000)
    return [Line("idtf").add(json_seg(obj))]


def g_x12():
    p = pt()
    t = tick()
    seq["isa"] += 1
    ctl = "%09d" % seq["isa"]
    trn = digits(10)
    L = Line("x12")
    L.add("ISA*00*          *00*          *ZZ*AVAILITY       *ZZ*RIVERBENDAC    *%s*%s*^*00501*%s*0*P*:~" % (t.strftime("%y%m%d"), t.strftime("%H%M"), ctl))
    L.add("GS*HB*AVAILITY*RIVERBENDAC*%s*%s*%d*X*005010X279A1~ST*271*0001*005010X279A1~BHT*0022*11*%s*%s*%s~" % (
        t.strftime("%Y%m%d"), t.strftime("%H%M"), seq["isa"], trn, t.strftime("%Y%m%d"), t.strftime("%H%M%S")))
    L.add("HL*1**20*1~NM1*PR*2*%s*****PI*%s~HL*2*1*21*1~NM1*1P*2*RIVERBEND ANTICOAGULATION CLINIC*****XX*%s~HL*3*2*22*0~TRN*2*%s*9RIVERBEND~" % (
        p.plan[0], p.plan[1], MD_NPI, trn))
    L.add("NM1*IL*1*", P("%s*%s%s" % (p.last.upper(), p.first.upper(), ("*" + p.middle) if p.middle else ""), "name"), "***MI*", P(p.member, "health_plan"), "~")
    L.add("N3*", P(p.street.upper(), "address"), "~N4*", P(p.city.upper(), "address"), "*OH*", P(p.zip, "zip"), "~")
    L.add("DMG*D8*", P(p.dob.strftime("%Y%m%d"), "date"), "*", p.sex, "~")
    L.add("EB*1**30**%s~EB*C*IND*30***23*240.00~SE*17*0001~GE*1*%d~IEA*1*%s~" % (p.plan[0], seq["isa"], ctl))
    return [L]


def g_syslog():
    t = tick(1, 20)
    host = rng.choice(HOSTS)
    pri = rng.choice([30, 38, 86, 13])
    msgs = [
        "sshd[%d]: Accepted publickey for svc_deploy from 10.40.2.15 port %d ssh2: ED25519 SHA256:%s" % (rng.randint(2000, 40000), rng.randint(30000, 65000), base64.b64encode(bytes(rng.randint(0, 255) for _ in range(32))).decode().rstrip("=")),
        "CRON[%d]: (root) CMD (/usr/local/bin/pg_backup.sh --target s3://rbac-backups/acdose >/dev/null 2>&1)" % rng.randint(2000, 40000),
        "systemd[1]: Started acdose-api.service - Riverbend AC Dosing API 3.2.1.",
        "kernel: [%d.%06d] TCP: request_sock_TCP: Possible SYN flooding on port 443. Sending cookies." % (rng.randint(100000, 999999), rng.randint(0, 999999)),
        "chronyd[812]: Selected source 129.6.15.28 (time-a-g.nist.gov)",
        "postfix/smtp[%d]: %s: to=<acclinic@riverbendhealth.org>, relay=smtp.riverbendhealth.org[198.51.100.25]:25, delay=0.41, status=sent (250 2.0.0 Ok)" % (rng.randint(2000, 40000), hexs(10).upper()),
        "sudo: tgreer : TTY=pts/1 ; PWD=/home/tgreer ; USER=root ; COMMAND=/usr/bin/systemctl restart cobas-bridge",
        "dhclient[611]: bound to 10.40.3.%d -- renewal in 43200 seconds." % rng.randint(10, 250),
    ]
    return [Line("syslog").add("<%d>%s %s %s" % (pri, t.strftime("%b %d %H:%M:%S"), host, rng.choice(msgs)))]


def g_k8s():
    t = tick(1, 15)
    obj = {"level": rng.choice(["info", "info", "warn"]), "ts": round(epoch_ms(t) / 1000.0, 3),
           "caller": rng.choice(["gateway/proxy.go:212", "gateway/ratelimit.go:88", "authz/opa.go:141"]),
           "msg": rng.choice(["upstream ok", "rate limit near threshold", "policy decision"]),
           "upstream": rng.choice(["acdose-api:8443", "portal-bff:3000", "mirth-api:8444"]),
           "latency_ms": rng.randint(2, 800), "trace_id": hexs(32), "span_id": hexs(16),
           "pod": "api-gw-7c9f8d%s-%s" % (hexs(3), hexs(5)), "node": "ip-10-40-%d-%d.ec2.internal" % (rng.randint(0, 9), rng.randint(2, 250))}
    return [Line("k8s").add(json_seg(obj))]


def g_sms():
    p = pt()
    t = tick()
    sid = "SM" + hexs(32)
    L = Line("sms").add("level=info ts=%s component=sms-notify provider=twilio sid=%s " % (iso_z(t), sid))
    k = rng.random()
    hh = rng.choice([8, 9, 10, 11, 1, 2, 3])
    tm = "%d:%02d%s" % (hh, rng.choice([0, 20, 40]), "am" if hh >= 8 else "pm")
    if k < 0.55:
        L.add("dir=outbound to=", P("+1" + "".join(p.mobile), "phone"), " from=+19372967100 status=delivered segments=%d template=INR_DUE body=" % rng.choice([1, 2]))
        if p.lang == "es":
            body = R(["Clínica Riverbend: Hola ", P(p.first, "name"), ", su próxima prueba de INR es el ",
                      P(p.next_due.strftime("%d/%m"), "date"), " a las %s. Responda C para confirmar." % tm])
        else:
            body = R(["Riverbend Anticoag: Hi ", P(p.first, "name"), ", your next INR check is ",
                      P(p.next_due.strftime("%a %b %-d"), "date"), " at %s. Reply C to confirm, R to reschedule. " % tm])
            if rng.random() < 0.5:
                body.extend(["Details: ", P("https://rbac.link/a/" + "".join(rng.choice("ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789") for _ in range(6)), "url")])
        L.add(lf_quote(body))
    elif k < 0.85:
        kw, bd = rng.choice([("C", "C"), ("C", "C thanks"), ("R", "R"), ("STOP", "Stop"), ("HELP", "HELP"), ("", "Confirmed")])
        L.add("dir=inbound from=", P("+1" + "".join(p.mobile), "phone"), " to=+19372967100 status=received keyword=",
              kw, " body=")
        L.add(lf_quote(R([bd])))
    else:
        L.add("dir=outbound to=", P("+1" + "".join(p.mobile), "phone"),
              " from=+19372967100 status=undelivered error_code=30006 error=\"Landline or unreachable carrier\" template=INR_DUE")
    return [L]


def g_sms_noise():
    t = tick()
    return [Line("sms").add("level=info ts=%s component=sms-notify msg=\"throughput\" sent_1m=%d failed_1m=%d queue=%d provider=twilio messaging_service=MG%s" % (
        iso_z(t), rng.randint(0, 40), rng.randint(0, 2), rng.randint(0, 30), hexs(32)))]


IVR_HDR = "call_start,call_id,ani,dnis,queue,duration,disposition,agent,entered_id,vp_status"


def g_ivr(header=False, vp_force=False):
    lines = []
    if header:
        lines.append(Line("ivr_csv").add(IVR_HDR))
    for _ in range(rng.randint(1, 3)):
        p = pt()
        t = tick(5, 40)
        seq["call"] += rng.randint(1, 9)
        L = Line("ivr_csv")
        L.add(t.strftime("%Y-%m-%d %H:%M:%S"), ",CALL-%d," % seq["call"])
        robo = rng.random() < 0.2 and not vp_force
        if robo:
            L.add("+18005550100,+19372967140,AC_DOSE_LINE,00:00:04,ABANDONED,,,")
        else:
            L.add(P("+1" + "".join(p.phone if rng.random() < 0.6 else p.cg_phone), "phone"),
                  ",+19372967140,%s,00:%02d:%02d,%s,%s," % (rng.choice(["AC_DOSE_LINE", "AC_SCHED", "AC_NURSE"]), rng.randint(0, 14), rng.randint(0, 59),
                                                          rng.choice(["ANSWERED", "ANSWERED", "VOICEMAIL"]), rng.choice(STAFF)[0]))
            if rng.random() < 0.7:
                L.add(P(p.mrn, "mrn"))
            L.add(",")
            if vp_force or rng.random() < 0.15:
                vp_force = False
                vp = base64.b64encode(bytes(rng.randint(0, 255) for _ in range(48))).decode()
                L.add("enrolled:", P(vp, "biometric"))
            else:
                L.add(rng.choice(["n/a", "n/a", "verified"]))
        lines.append(L)
    return lines


def g_pgaudit():
    p = pt()
    t = tick()
    seq["pg"] += 1
    k = rng.random()
    L = Line("pgaudit").add("%s.%03d EDT [%d] acdose_app@acdose LOG:  AUDIT: SESSION,%d,1," % (
        t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000, rng.randint(30000, 32000), seq["pg"]))
    if k < 0.45:
        L.add("READ,SELECT,,,\"SELECT r.inr, r.collected_at, r.source FROM inr_result r WHERE r.mrn = '", P(p.mrn, "mrn"),
              "' AND r.collected_at > now() - interval '90 days' ORDER BY 2 DESC\",<not logged>")
    elif k < 0.7:
        L.add("WRITE,UPDATE,,,\"UPDATE patient_contact SET mobile = '", P("".join(p.mobile), "phone"),
              "', updated_by = 'kosei' WHERE mrn = '", P(p.mrn, "mrn"), "'\",<not logged>")
    else:
        L.add("DDL,VACUUM,,,\"VACUUM (ANALYZE) public.dose_event\",<not logged>" if rng.random() < 0.5 else
              "READ,SELECT,,,\"SELECT count(*) FROM recall_queue WHERE due_on <= current_date AND status = 'OPEN'\",<not logged>")
    return [L]


RECALL_HDR = "MRN,LastName,FirstName,DOB,HomePhone,LastINR,LastINRDate,NextDue,Indication,Goal,RPh"


def g_recall():
    lines = [Line("recall_csv").add(RECALL_HDR)]
    tick()
    for _ in range(rng.randint(3, 6)):
        p = pt()
        last = TODAY - timedelta(days=rng.randint(29, 60))
        L = Line("recall_csv")
        L.add(P(p.mrn, "mrn"), ",")
        L.add(csv_field([P(p.last, "name")]), ",", csv_field([P(p.first, "name")]), ",")
        L.add(P(p.dob.strftime("%m/%d/%Y"), "date"), ",", P("%s-%s-%s" % p.phone, "phone"),
              ",%.1f," % inr_value(p), P(last.strftime("%m/%d/%Y"), "date"), ",",
              P((last + timedelta(days=28)).strftime("%m/%d/%Y"), "date"), ",%s,%s,%s" % (p.indic[1], p.indic[2], rng.choice(STAFF[:3])[0]))
        lines.append(L)
    return lines


def g_rx():
    t = tick()
    lines = [Line("rx_fixed").add("HDR RXHUB  %s BATCH%04d V4.2 RIVERBEND OUTPT PHARMACY 2400 MIAMI VALLEY DR DAYTON OH 45409" % (t.strftime("%Y%m%d"), rng.randint(1, 999)))]
    n = rng.randint(2, 4)
    for _ in range(n):
        p = pt()
        seq["rx"] += rng.randint(1, 30)
        strength = rng.choice(["1MG", "2MG", "2.5MG", "3MG", "5MG", "7.5MG"])
        nm = "%s, %s %s" % (p.last.upper(), p.first.upper(), p.middle)
        nm = nm.strip()[:24]
        L = Line("rx_fixed").add("DTL ", P("RX%010d" % seq["rx"], "other_id"), " ", P(TODAY.strftime("%Y%m%d"), "date"),
                                 " %-13s %-26s %4d LOT:%-8s EXP:%s " % (rng.choice(["00093-1714-01", "51672-4029-01", "00832-1215-00"]),
                                                                         "WARFARIN SODIUM " + strength + " TAB", rng.choice([30, 45, 60, 90]),
                                                                         rng.choice(["W23K118", "TR4418A", "U09235"]), rng.choice(["202607", "202511"])),
                                 P(nm, "name"), " " * (25 - len(nm)), P(p.mrn, "mrn"), "  DR HALVORSEN")
        lines.append(L)
    lines.append(Line("rx_fixed").add("TRL %06d RECS" % n))
    return lines


def g_xml():
    p = pt()
    t = tick()
    coll = t - timedelta(hours=rng.randint(1, 3))
    inr = inr_value(p)
    L = Line("xml").add('<?xml version="1.0"?><ResultNotification xmlns="urn:riverbend:ac:v1" sent="%s"><Patient mrn="' % t.strftime("%Y-%m-%dT%H:%M:%S-04:00"),
                        P(p.mrn, "mrn"), '"><Name family="', P(p.last.replace("'", "&apos;"), "name", p.last, "xml"), '" given="', P(p.first, "name"),
                        '"/><BirthDate>', P(p.dob.strftime("%Y-%m-%d"), "date"), '</BirthDate></Patient><Result loinc="6301-6" value="%.1f" flag="%s" collected="' % (inr, "C" if inr >= 4.5 else "N"),
                        P(coll.strftime("%Y-%m-%dT%H:%M:00-04:00"), "date"), '"/><RoutedTo>pool:ANTICOAG_RPH</RoutedTo><Priority>%s</Priority></ResultNotification>' % ("STAT" if inr >= 4.5 else "ROUTINE"))
    return [L]


def g_fax():
    t = tick()
    seq["fax"] += rng.randint(1, 9)
    pcp = rng.choice(PCP)
    if rng.random() < 0.7:
        p = pt()
        return [Line("fax").add("%s RightFax[FXSRV01]: Job %d SENT to %s (%s) pages=%d subject=\"INR result %.1f - " % (
            t.strftime("%m/%d/%Y %H:%M:%S"), seq["fax"], pcp[1], pcp[0], rng.randint(1, 3), inr_value(p)),
            P("%s, %s" % (p.last, p.first), "name"), " DOB ", P(p.dob.strftime("%m/%d/%Y"), "date"), "\" status=OK csid=RIVERBEND AC 9372967199")]
    return [Line("fax").add("%s RightFax[FXSRV01]: Job %d FAILED to %s (%s) pages=1 status=NO_ANSWER retries=%d/3 csid=RIVERBEND AC 9372967199" % (
        t.strftime("%m/%d/%Y %H:%M:%S"), seq["fax"], pcp[1], pcp[0], rng.randint(1, 3)))]


def g_note(k=None):
    p = pt()
    if k is not None:
        p = rng.choice([q for q in PATIENTS if q.age > 89])
    t = tick()
    rph = rng.choice(STAFF[:3])
    inr = inr_value(p)
    d_miss = TODAY - timedelta(days=rng.randint(2, 4))
    rc = TODAY + timedelta(days=7)
    L = Line("te_note").add("NOTE|TE|%s|%s|" % (t.strftime("%Y-%m-%d %H:%M"), rph[0]))
    if k is None:
        k = rng.random()
    if k < 0.4:
        L.add("Spoke with pt's %s " % p.cg_rel[0], P("%s %s" % (p.cg_first, p.cg_last), "name"), " (ph ", P("%s-%s-%s" % p.cg_phone, "phone"),
              "). Pt reports missed dose ", P(d_miss.strftime("%a %-m/%-d"), "date"),
              ". INR %.1f today. Boost 7.5mg x1 then resume %.1f mg/wk. Recheck " % (inr, p.twd), P(rc.strftime("%-m/%-d"), "date"), ". -%s, %s" % (rph[1], rph[2]))
    elif k < 0.7:
        L.add(P("%d" % p.age, "age") if p.age > 89 else "%d" % p.age, " y/o %s on warfarin for %s, goal %s. INR %.1f. Denies bleeding/bruising, no new meds. Cont %.1f mg/wk. RTC " % (
            p.sex, p.indic[0], p.indic[2], inr, p.twd), P(p.next_due.strftime("%m/%d"), "date"), ". Discussed w/ Dr. Halvorsen.")
    elif k < 0.85:
        L.add("LM on VM for pt ", P(p.first[0] + "." + p.last[0] + ".", "name"), " re: INR %.1f, asked to call AC line 937-296-7140. 2nd attempt." % inr)
    else:
        L.add("Pharmacy called (Kroger #%d, 937-%d-%04d) re: warfarin %s qty. Confirmed Rx, no patient contact needed." % (
            rng.randint(300, 999), rng.randint(200, 999), rng.randint(0, 9999), rng.choice(["2.5mg", "5mg"])))
    return [L]


# Event deck: how many events of each kind one export holds (stable mix).
DECK = [
    (g_astm, 3), (g_poc, 11), (g_poc_noise, 12), (g_acdose, 12), (g_acdose_noise, 24), (g_trace, 3),
    (g_portal_msg, 12), (g_portal_other, 9), (g_portal_noise, 16), (g_app, 10), (g_nginx, 34),
    (g_hl7_oru, 4), (g_hl7_adt, 3), (g_mirth, 30), (g_fhir, 8), (g_idtf, 8), (g_x12, 6),
    (g_syslog, 68), (g_k8s, 50), (g_sms, 13), (g_sms_noise, 8), (g_ivr, 6), (g_pgaudit, 14),
    (g_recall, 1), (g_rx, 3), (g_xml, 8), (g_fax, 9), (g_note, 10),
]
FILLERS = [g_syslog, g_k8s, g_mirth, g_acdose_noise, g_poc_noise, g_portal_noise]

ivr_state = {"started": False}


def ivr_event(vp_force=False):
    lines = g_ivr(header=not ivr_state["started"], vp_force=vp_force)
    ivr_state["started"] = True
    return lines


def main():
    deck = []
    for g, n in DECK:
        deck.extend([ivr_event if g is g_ivr else g] * n)
    # rare record kinds, forced so every category the Theme brings occurs
    deck += [lambda: g_portal_other(0.25), lambda: g_portal_other(0.1), lambda: g_portal_other(0.4), lambda: g_portal_other(0.6),
             lambda: ivr_event(vp_force=True), lambda: g_note(0.5)]
    rng.shuffle(deck)
    out = []
    dropped = 0
    for g in deck:
        lines = g()
        if len(out) + len(lines) > N_LINES:
            dropped += 1
            continue
        out.extend(lines)
    while len(out) < N_LINES:
        out.extend(rng.choice(FILLERS)())
    sys.stderr.write("events=%d dropped=%d\n" % (len(deck), dropped))

    log_lines = []
    labels = []
    for i, L in enumerate(out, 1):
        b, spans = L.build()
        if b"\n" in b or b"\r" in b or not b.strip():
            raise SystemExit("bad line %d" % i)
        b.decode("utf-8")
        last_e = -1
        clean = []
        for sp in sorted(spans, key=lambda x: x["s"]):
            pv = sp.pop("_p")
            s, e = sp["s"], sp["e"]
            if not (0 <= s < e <= len(b)):
                raise SystemExit("span out of range line %d %r" % (i, sp))
            if s < last_e:
                raise SystemExit("overlap line %d %r" % (i, sp))
            last_e = e
            got = b[s:e].decode("utf-8")
            if got != pv.text:
                raise SystemExit("span text mismatch line %d: %r vs %r" % (i, got, pv.text))
            if pv.dec == "json":
                if json.loads('"' + got + '"') != pv.orig:
                    raise SystemExit("json decode mismatch line %d" % i)
            elif pv.dec == "lf":
                if got.replace('\\"', '"').replace("\\\\", "\\") != pv.orig:
                    raise SystemExit("lf decode mismatch line %d" % i)
            elif pv.dec == "csv":
                if got.replace('""', '"') != pv.orig:
                    raise SystemExit("csv decode mismatch line %d" % i)
            elif pv.dec == "xml":
                if got.replace("&apos;", "'") != pv.orig:
                    raise SystemExit("xml decode mismatch line %d" % i)
            elif got != pv.orig:
                raise SystemExit("value mismatch line %d" % i)
            if pv.cat not in CATS:
                raise SystemExit("bad cat %s" % pv.cat)
            clean.append({"s": s, "e": e, "cat": pv.cat})
        if L.family in ("portal", "app_tel", "k8s", "fhir", "idtf"):
            json.loads(b.decode("utf-8"))
        log_lines.append(b)
        labels.append({"line": i, "family": L.family, "spans": clean})

    if len(log_lines) != N_LINES:
        raise SystemExit("line count %d" % len(log_lines))
    with open(ID + ".log", "wb") as f:
        f.write(b"\n".join(log_lines) + b"\n")
    with open(ID + ".labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    nophi = sum(1 for l in labels if not l["spans"])
    cats = {}
    for l in labels:
        for sp in l["spans"]:
            cats[sp["cat"]] = cats.get(sp["cat"], 0) + 1
    fams = {}
    for l in labels:
        fams[l["family"]] = fams.get(l["family"], 0) + 1
    sys.stderr.write("lines=%d no_phi=%d (%.1f%%)\n" % (len(labels), nophi, 100.0 * nophi / len(labels)))
    sys.stderr.write("cats=%s\n" % json.dumps(dict(sorted(cats.items()))))
    sys.stderr.write("families=%s\n" % json.dumps(dict(sorted(fams.items()))))


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health_plan",
        "account", "license", "vehicle", "device", "url", "ip", "biometric", "photo", "other_id"}

if __name__ == "__main__":
    main()
