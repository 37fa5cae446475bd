#!/usr/bin/env python3
"""gen_pv.py - synthetic labeled log corpus "pv".

Theme: the bed management / patient flow command center of a fictional
health system, Stillwater Regional Health (SRH), main campus
1800 Stillwater Pkwy, Dayton, OH 45414.  One SIEM export of a morning-
to-afternoon shift, 500 lines, interleaved by time.

Writes pv.log and pv.labels.jsonl in the current directory.
Standard library only, fixed seed: two runs are byte-identical.

Systems simulated (family names in the labels file)
  bedboard_json   capacity/bed board service (Java, logback JSON encoder):
                  bed status changes, bed requests and assignments
  evs_logfmt      environmental services dispatch (logfmt): clean jobs, TAT
  tc_pipe         transfer center intake system, pipe-delimited call records
  tc_note         transfer center RN free-text call notes
  ed_syslog       ED boarding watcher, RFC 5424 syslog alerts
  hl7_adt         HL7 v2.5.1 ADT feed into the bed board, one segment a line
  fhir            FHIR R4 Location / Encounter / Patient resources, one line
  transport_pipe  patient transport dispatch (pipe-delimited)
  dlounge_csv     discharge lounge check-in/out CSV
  rtls_csv        RTLS (badge/tag) pings: staff badges, asset tags, patient
                  wristband tags
  huddle_note     daily safety/capacity huddle notes (free text)
  nginx_access    capacity dashboard / ride-status web front end access log
  java_trace      stack traces of the bed board service
  mysql_slow      slow query log of the patient-flow reporting DB
  sms_json        SMS gateway delivery callbacks (family / staff)
  sendgrid_json   e-mail delivery webhooks of discharge-lounge notices
  chat            secure clinical messaging export
  k8s_logfmt      platform / metrics logfmt lines (no PHI)
  x12             X12 270/271 eligibility checks by the transfer center
  win_syslog      Windows security events via syslog (staff logons)
  capacity_csv    hourly capacity snapshot CSV
  mirth           interface engine (Mirth Connect) log
  amb_xml         outside ambulance vendor trip request XML
  valet_kv        patient/visitor valet parking key=value
  palmvein_kv     palm-vein patient identification kiosk log

Labeling decisions (grey cases)
  * Staff at work are never PHI: nurses, EVS techs, transporters, bed
    planners, hospitalists, and the outside referring physicians and their
    callback numbers; outside hospitals, their cities and fax numbers too.
  * Bed, room, unit and zone codes (5E-22A, ED-14, 4W-HALL-N) are not PHI.
  * Work-item numbers of the organisation (EVS job ids, transport request
    numbers, bed request ids, ambulance vendor trip numbers, HL7 control
    ids, ticket numbers) are not PHI: they identify tasks, not persons.
  * Transfer center case numbers (TC24-nnnnn) identify a patient's transfer
    case -> other_id.  FHIR Patient logical ids -> other_id.  Encounter /
    Location logical ids (UUIDs) -> not PHI.
  * MRN / EMPI / "pt=" patient ids -> mrn.  FIN / HAR / visit numbers ->
    account.  Card numbers -> account; a masked card (last 4 only) -> not PHI.
  * Medicare MBI, Medicaid ids, commercial member ids -> health_plan.
  * Dates about the patient (DOB, admit, ED arrival, admit-order time,
    discharge, expected discharge) -> date, including time-of-day when
    written together.  Log record timestamps, MSH-7/EVN-2 message times and
    job/queue times of work items -> not PHI.  Durations ("5h12m") -> no.
  * Ages only when over 89 -> age ("93yo", age=91).  "72M" -> not PHI.
  * Surnames alone ("Mr. Haddad", "pt Haddad") -> name, honorific
    excluded.  Patient initials used to refer to a patient (huddle "J.M.")
    -> name.
  * Relatives/emergency contacts and family picking up a patient are PHI:
    their names, phones, licences, the plate of the pickup car.
  * Patient RTLS wristband tag ids, telemetry transmitter serials and pump
    serials tied to a patient -> device.  Staff badge and unassigned asset
    tag ids -> not PHI.
  * Private-residence discharge destinations -> address (+ zip).  Facility
    destinations (SNF, rehab, hospice house) and hospital sites -> not PHI.
  * Per-patient ride-tracking links -> url (whole URL or path); the public
    IP a family member uses to open it -> ip.  Workstation 10.x IPs -> no.
  * Placeholder SSNs of unidentified (trauma alias) patients such as
    999-99-9999 -> not PHI (hold no information); real SSNs -> ssn.
  * Palm-vein templates -> biometric; base64 registration photo -> photo.
  * Values escaped in the line (JSON \\u00f8, SQL '' quoting, XML &amp;,
    percent-encoding) are labeled where their escaped bytes are.
"""
import json
import random
import sys
import hashlib
import base64
from datetime import datetime, timedelta
from urllib.parse import quote

SEED = 20240314
R = random.Random(SEED)

# ---------------------------------------------------------------- helpers
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


def npi():
    base = "1" + "".join(R.choice("0123456789") for _ in range(8))
    return base + luhn_digit("80840" + base)


def card():
    base = "4" + "".join(R.choice("0123456789") for _ in range(14))
    return base + luhn_digit(base)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        g = R.randint(1, 99)
        s = R.randint(1, 9999)
        return "%03d-%02d-%04d" % (a, g, s)


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    D = "0123456789"
    A = D + MBI_L
    p = [R.choice("123456789"), R.choice(MBI_L), R.choice(A), R.choice(D),
         R.choice(MBI_L), R.choice(A), R.choice(D), R.choice(MBI_L),
         R.choice(MBI_L), R.choice(D), R.choice(D)]
    return "".join(p)


VIN_T = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ",
                 [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = [R.choice(["1", "2", "3", "5", "J", "K"])] + [R.choice(chars) for _ in range(16)]
    v[8] = "0"
    tot = 0
    for i, c in enumerate(v):
        val = int(c) if c.isdigit() else VIN_T[c]
        tot += val * VIN_W[i]
    r = tot % 11
    v[8] = "X" if r == 10 else str(r)
    return "".join(v)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:])


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


# ---------------------------------------------------------------- line builder
LINES = []   # (family, text, spans)


class L:
    """Line builder: t() adds literal text, p() a PHI value.

    p(text, cat, raw=None): text is the value as it appears in the line
    (possibly escaped); raw is the value meant, when different."""

    def __init__(self, family):
        self.family = family
        self.parts = []

    def t(self, s):
        self.parts.append((str(s), None, None))
        return self

    def p(self, s, cat, raw=None):
        self.parts.append((str(s), cat, raw))
        return self

    def extend(self, parts):
        self.parts.extend(parts)
        return self

    def done(self):
        buf = b""
        spans = []
        for text, cat, raw in self.parts:
            bt = text.encode("utf-8")
            if cat:
                spans.append({"s": len(buf), "e": len(buf) + len(bt), "cat": cat,
                              "_text": text, "_raw": raw})
            buf += bt
        LINES.append((self.family, buf, spans))


def jstr(v, cat=None, ascii_=True):
    """JSON string value parts with quotes; span inside the quotes."""
    enc = json.dumps(v, ensure_ascii=ascii_)[1:-1]
    return [('"', None, None), (enc, cat, v if enc != v else None), ('"', None, None)]


def jobj(items, ascii_=True, sep=(",", ":")):
    """items: list of (key, value, cat). value may be str/int/float/bool/None,
    a list of items (nested object) or ('raw', text) for pre-rendered JSON."""
    parts = [("{", None, None)]
    first = True
    for k, v, cat in items:
        if not first:
            parts.append((sep[0], None, None))
        first = False
        parts.append((json.dumps(k) + sep[1], None, None))
        if isinstance(v, list) and (not v or isinstance(v[0], tuple)):
            parts.extend(jobj(v, ascii_, sep))
        elif isinstance(v, list):
            parts.append((json.dumps(v, ensure_ascii=ascii_, separators=(",", ":")), None, None))
        elif isinstance(v, str):
            parts.extend(jstr(v, cat, ascii_))
        elif isinstance(v, bool) or v is None:
            parts.append((json.dumps(v), None, None))
        else:
            parts.append((str(v), cat, None))
    parts.append(("}", None, None))
    return parts


# ---------------------------------------------------------------- world
ORG = "Stillwater Regional Health"
ORG_ADDR = "1800 Stillwater Pkwy, Dayton, OH 45414"
ORG_PHONE = "(937) 555-0100"

CITIES = [("Dayton", "45410"), ("Kettering", "45429"), ("Xenia", "45385"),
          ("Fairborn", "45324"), ("Huber Heights", "45424"), ("Miamisburg", "45342"),
          ("Beavercreek", "45431"), ("Springfield", "45505"), ("Troy", "45373"),
          ("Centerville", "45459"), ("Vandalia", "45377"), ("Englewood", "45322")]
STREETS = ["Linden Ave", "Wayne Ave", "Salem Ave", "Far Hills Ave", "Shroyer Rd",
           "Brandt Pike", "Woodman Dr", "N Main St", "Patterson Rd", "Kipling Dr",
           "Old Troy Pike", "Dayton-Xenia Rd", "Lyons Rd", "Wilmington Pike",
           "Smithville Rd", "Germantown St", "Catalpa Dr", "Hoover Ave"]

PNAMES = [
    ("Chidi", "Nnamdi", "Okafor", "M"), ("Søren", "", "Lindqvist", "M"),
    ("Lucía", "Inés", "de la Cruz", "F"), ("Margaret", "Ann", "O'Sullivan", "F"),
    ("Rusty", "", "Banks", "M"), ("Summer", "Lynn", "Rivers", "F"),
    ("Fatima", "", "Al-Sayed", "F"), ("Tomasz", "", "Wiśniewski", "M"),
    ("Mei-Ling", "", "Zhao", "F"), ("Jean-Baptiste", "", "Moreau", "M"),
    ("Keoni", "", "Kahananui", "M"), ("Hope", "Marie", "Walker", "F"),
    ("Priya", "", "Raghunathan", "F"), ("Dmitri", "", "Volkov", "M"),
    ("Grace", "", "Price", "F"), ("Aiyana", "", "Redcloud", "F"),
    ("Frank", "J", "Bishop", "M"), ("Dawn", "", "Marsh", "F"),
    ("Omar", "", "Haddad", "M"), ("Beatriz", "", "Gonçalves-Pereira", "F"),
    ("Will", "", "Cotton", "M"), ("Jade", "", "Stone", "F"),
    ("Ngozi", "", "Okonkwo-Bailey", "F"), ("Hiroshi", "", "Tanabe", "M"),
    ("Rosalind", "", "Van der Berg", "F"), ("Angel", "", "Cruz", "M"),
    ("Delphine", "", "Achterberg", "F"), ("Ebenezer", "", "Mensah", "M"),
    ("Irene", "", "Kowalczyk", "F"), ("Walter", "E", "Hollingsworth", "M"),
    ("Thi Hoa", "", "Nguyen", "F"), ("Bilal", "", "Qureshi", "M"),
    ("Sunshine", "", "Meadows", "F"), ("Earl", "", "Tinsley-Rhodes", "M"),
]
REL_FIRST = ["Adaeze", "Karin", "Mateo", "Kevin", "Dale", "Rose", "Yusuf", "Agnieszka",
             "Wei", "Claire", "Leilani", "Marcus", "Anand", "Olga", "Tom", "Winona",
             "Patty", "Lena", "Samira", "Paulo"]
RELS = ["SPO", "DAU", "SON", "MTH", "FTH", "SIS", "BRO", "FND"]

UNITS = ["4W", "5E", "5W", "6W", "6E", "7N", "MICU", "CVICU", "NICU", "OBS"]
ISO = ["NONE", "CONTACT", "DROPLET", "AIRBORNE", "CONTACT+", "NONE", "NONE"]
LOS = ["MED", "TELE", "ICU", "STEPDOWN", "OBS"]


def phone_num():
    return "(%s) %s-%s" % (R.choice(["937", "937", "513", "419", "614"]),
                           R.randint(201, 989), digits(4))


class Patient:
    pass


PATIENTS = []
for first, mid, last, sex in PNAMES:
    p = Patient()
    p.first, p.mid, p.last, p.sex = first, mid, last, sex
    y = R.choice(range(1930, 2004))
    if R.random() < 0.12:
        y = R.choice(range(1926, 1934))   # some >89 patients
    p.dob = datetime(y, R.randint(1, 12), R.randint(1, 28))
    p.age = 2024 - y - (1 if (p.dob.month, p.dob.day) > (3, 14) else 0)
    p.mrn = "E" + digits(7)
    p.empi = "1" + digits(9)
    p.fin = "40" + digits(7)
    city, z = R.choice(CITIES)
    p.street = "%d %s" % (R.randint(12, 9899), R.choice(STREETS))
    if R.random() < 0.25:
        p.street += R.choice([" Apt %d" % R.randint(1, 40), " Unit %s" % R.choice("ABCD"), " Lot %d" % R.randint(1, 90)])
    p.city, p.zip = city, z
    p.phone = phone_num()
    p.email = (first.split("-")[0].lower().replace("ø", "o").replace("í", "i").replace(" ", "")
               + R.choice([".", "_", ""]) + last.split(" ")[-1].lower().replace("'", "").replace("ś", "s").replace("ç", "c")
               + str(R.randint(1, 99)) + "@" + R.choice(["gmail.com", "yahoo.com", "outlook.com", "aol.com", "att.net"]))
    p.ssn = ssn()
    p.medicare = p.age >= 65
    p.plan_id = mbi() if p.medicare else R.choice([
        "1" + digits(11),                      # Ohio Medicaid 12 digit
        "W" + digits(9),                       # commercial
        "ZGP" + digits(9),                     # BCBS style prefix
    ])
    p.payer = "MEDICARE" if p.medicare else ("OH MEDICAID" if p.plan_id[0] == "1" else R.choice(["ANTHEM BCBS", "UHC", "AETNA", "MEDICAL MUTUAL"]))
    p.unit = R.choice(UNITS)
    p.bed = "%s-%02d%s" % (p.unit, R.randint(1, 36), R.choice(["A", "B", ""]))
    p.admit = datetime(2024, 3, R.randint(8, 13), R.randint(0, 23), R.randint(0, 59))
    if R.random() < 0.3:
        p.admit = datetime(2024, 3, 14, R.randint(0, 5), R.randint(0, 59))
    p.edd = max(p.admit + timedelta(days=R.randint(1, 6)), datetime(2024, 3, 14) + timedelta(days=R.randint(0, 3)))
    p.tag = "000CCC" + "".join(R.choice("0123456789ABCDEF") for _ in range(6))
    p.rel_first = R.choice(REL_FIRST)
    p.rel_last = last if R.random() < 0.7 else R.choice(["Harper", "Lindgren", "Ortiz", "Boateng", "Kim"])
    p.rel = R.choice(["SPO", "DAU", "SON", "SIS", "FND"] if p.age >= 50 else ["SPO", "MTH", "FTH", "BRO", "SIS"])
    p.rel_phone = phone_num()
    p.case = "TC24-%05d" % R.randint(1000, 9999)
    p.ref = None
    PATIENTS.append(p)


def pick():
    return R.choice(PATIENTS)


STAFF = [("Carla", "Mendes", "RN", "cmendes"), ("Tanya", "Pruitt", "EVS", "tpruitt"),
         ("Jorge", "Alvarado", "TRN", "jalvarado"), ("Beth", "Morales", "BPC", "bmorales"),
         ("Amal", "Kouri", "MD", "akouri"), ("Kiran", "Batra", "RN", "kbatra"),
         ("Howard", "Ng", "MD", "hng"), ("Renee", "Dufresne", "RN", "rdufresne"),
         ("Marcus", "Bell", "EVS", "mbell"), ("Lin", "Park", "RN", "lpark"),
         ("Sunil", "Varghese", "MD", "svarghese"), ("DeShawn", "Carter", "TRN", "dcarter"),
         ("Ola", "Nordmann", "EVS", "onordmann"), ("Graciela", "Fuentes", "BPC", "gfuentes")]
STAFF_NPI = {s[3]: npi() for s in STAFF}
STAFF_BADGE = {s[3]: "000CCC" + "".join(R.choice("0123456789ABCDEF") for _ in range(6)) for s in STAFF}


def staff(role=None):
    c = [s for s in STAFF if role is None or s[2] == role]
    return R.choice(c)


REF_FAC = [("Harmon Valley Hospital", "Greenville", "(937) 555-0147"),
           ("St. Brendan's Hospital", "Lima", "(419) 555-0182"),
           ("Clearfork Community Hospital", "Celina", "(419) 555-0133"),
           ("Preble County Community Hospital", "Eaton", "(937) 555-0161"),
           ("Adams Ridge Medical Center", "West Union", "(937) 555-0119")]
REF_MD = ["Dr. Ruth Ebbers", "Dr. Paul Lindahl", "Dr. Naomi Achebe", "Dr. Victor Sauer",
          "Dr. Irina Petrescu", "Dr. Gabe Whitlock"]
DX = ["NSTEMI, trop rising", "STEMI s/p lytics", "SAH, GCS 14", "sepsis, lactate 4.1",
      "GI bleed, Hgb 6.8", "acute CVA, LKW 2h", "DKA, pH 7.08", "PE w/ RV strain",
      "hip fx, needs ortho", "AKI, K 6.9", "COPD exac on BiPAP", "pancreatitis, lipase 3400"]

# ---------------------------------------------------------------- clock
T0 = datetime(2024, 3, 14, 6, 0, 3)
CLOCK = [T0]


def tick(lo=1, hi=95):
    CLOCK[0] += timedelta(seconds=R.randint(lo, hi), milliseconds=R.randint(0, 999))
    return CLOCK[0]


def now():
    return CLOCK[0]


def iso_z(t):   # local EDT -> UTC
    u = t + timedelta(hours=4)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (u.microsecond // 1000)


def iso_local(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + "-04:00"


def ms(t):
    return "%03d" % (t.microsecond // 1000)


def hl7ts(t):
    return t.strftime("%Y%m%d%H%M%S")


def name_lf(p, upper=True):
    s = "%s, %s" % (p.last, p.first)
    return s.upper() if upper else s


# ---------------------------------------------------------------- events
def ev_bedboard_status():
    t = tick()
    s = staff()
    unit = R.choice(UNITS)
    bed = "%s-%02d%s" % (unit, R.randint(1, 36), R.choice(["A", "B", ""]))
    st = ["OCCUPIED", "DIRTY", "CLEANING", "CLEAN", "READY", "BLOCKED", "PENDING_DC"]
    i = R.randint(0, len(st) - 2)
    items = [("@timestamp", iso_z(t), None), ("level", "INFO", None),
             ("logger_name", "org.srh.bedboard.BedStateService", None),
             ("thread_name", "bedstate-%d" % R.randint(1, 8), None),
             ("message", "bed status change", None), ("bedId", bed, None),
             ("unit", unit, None), ("from", st[i], None), ("to", st[i + 1], None),
             ("changedBy", s[3], None), ("reason", R.choice(["EVS_SCAN", "MANUAL", "ADT_A03", "RTLS_AUTO"]), None),
             ("traceId", hexs(32), None), ("spanId", hexs(16), None), ("app_version", "7.14.2-b%d" % R.randint(1800, 1899), None)]
    if st[i + 1] == "BLOCKED":
        items.insert(9, ("blockReason", R.choice(["MAINT: headwall O2 leak WO#558812", "STAFFING", "ISOLATION_COHORT"]), None))
    L("bedboard_json").extend(jobj(items)).done()


def ev_bedboard_assign():
    t = tick()
    p = pick()
    s = staff("BPC")
    rid = "BR-%06d" % R.randint(100000, 199999)
    pat = [("mrn", p.mrn, "mrn"), ("name", name_lf(p), "name"), ("sex", p.sex, None)]
    if R.random() < 0.5:
        pat.append(("dob", p.dob.strftime("%Y-%m-%d"), "date"))
    items = [("@timestamp", iso_z(t), None), ("level", "INFO", None),
             ("logger_name", "org.srh.bedboard.AssignmentService", None),
             ("thread_name", "assign-%d" % R.randint(1, 4), None),
             ("message", R.choice(["bed assigned", "bed request created", "assignment accepted by unit"]), None),
             ("requestId", rid, None), ("bedId", p.bed, None), ("levelOfCare", R.choice(LOS), None),
             ("isolation", R.choice(ISO), None), ("patient", pat, None),
             ("encounter", [("fin", p.fin, "account"), ("admitDt", p.admit.strftime("%Y-%m-%dT%H:%M"), "date")], None),
             ("planner", s[3], None), ("traceId", hexs(32), None)]
    L("bedboard_json").extend(jobj(items)).done()


def ev_evs():
    t = tick()
    s = staff("EVS")
    unit = R.choice(UNITS)
    bed = "%s-%02d%s" % (unit, R.randint(1, 36), R.choice(["A", "B", ""]))
    ev = R.choice(["job_created", "job_assigned", "job_started", "job_complete", "job_complete", "escalation"])
    tat = R.randint(18, 140)
    line = L("evs_logfmt").t("ts=%s level=info svc=evs-dispatch event=%s job=EVS-2024-%06d bed=%s clean_type=%s"
                             % (iso_z(t), ev, R.randint(20000, 39999), bed,
                                R.choice(["DISCHARGE", "DISCHARGE_ISO", "TRANSFER", "STAT", "TERMINAL_CDIFF", "UV_ADDON"])))
    if ev in ("job_assigned", "job_started", "job_complete"):
        line.t(' assigned_to="%s, %s" badge=%s' % (s[1], s[0], STAFF_BADGE[s[3]]))
    if ev == "job_complete":
        line.t(" tat_min=%d target_min=60 status=%s" % (tat, "met" if tat <= 60 else "missed"))
    if ev == "escalation":
        line.t(" waited_min=%d escalated_to=%s" % (R.randint(45, 120), staff("EVS")[3]))
    if R.random() < 0.08:
        p = pick()
        line.t(' note="family of pt ').p(p.last, "name").t(' still at bedside, do not enter until cleared by RN"')
    line.t(" host=evs-app-0%d" % R.randint(1, 3))
    line.done()


def referral(p):
    if p.ref is None:
        p.ref = (R.choice(REF_FAC), R.choice(REF_MD), R.choice(DX))
    return p.ref


def ev_tc_intake():
    t = tick()
    p = pick()
    (fac, fcity, fph), md, dx = referral(p)
    ln = L("tc_pipe").t("TC|%s|%s|case=" % (t.strftime("%Y-%m-%d %H:%M:%S"), R.choice(["CALL_IN", "CALL_IN", "CALLBACK", "ACCEPTED"])))
    ln.p(p.case, "other_id").t("|ref=%s (%s)|ref_md=%s|cb=%s|pt=" % (fac, fcity, md, fph))
    ln.p(name_lf(p, upper=False), "name").t("|dob=").p(p.dob.strftime("%m/%d/%Y"), "date").t("|age=")
    if p.age > 89:
        ln.p(str(p.age), "age")
    else:
        ln.t(str(p.age))
    ln.t("|sex=%s|dx=%s|svc=%s|loc_req=%s|payer=%s|mem=" % (p.sex, dx,
         R.choice(["Cardiology", "Neurosurgery", "MICU", "Hospitalist", "GI", "Ortho"]), R.choice(LOS), p.payer))
    ln.p(p.plan_id, "health_plan").t("|intake_rn=%s" % staff("RN")[3])
    ln.done()


def ev_tc_note():
    t = tick()
    p = pick()
    (fac, fcity, fph), md, dx = referral(p)
    s = staff("RN")
    ln = L("tc_note").t("[TC-NOTE %s] %s. %s RN: spoke w/ %s at %s re " % (t.strftime("%m/%d %H:%M"), s[0][0], s[1], md, fac))
    ln.p(p.first + " " + p.last, "name").t(", ")
    if p.age > 89:
        ln.p("%dyo" % p.age, "age").t(" %s" % p.sex)
    else:
        ln.t("%d%s" % (p.age, p.sex))
    ln.t(", %s. " % dx)
    r = R.random()
    if r < 0.3:
        ln.t("Family (%s) reachable at " % {"SPO": "spouse", "DAU": "daughter", "SON": "son", "MTH": "mother",
                                              "FTH": "father", "SIS": "sister", "BRO": "brother", "FND": "friend"}[p.rel])
        ln.p(p.rel_phone, "phone").t(". ")
    elif r < 0.5:
        sn = R.choice(["NG", "HG", "NP"]) + digits(7) + R.choice("HKM")
        ln.t("Pt has Medtronic 780G insulin pump SN ").p(sn, "device").t(", keep on. ")
    elif r < 0.65:
        ln.t("Arrived their ED ").p(p.admit.strftime("%m/%d %H%M"), "date").t(". ")
    ln.t("Accepted by %s, bed %s, ETA %d min by %s. Case " % (R.choice(["Dr. A. Kouri", "Dr. H. Ng", "Dr. S. Varghese"]),
                                                             p.bed, R.randint(30, 150), R.choice(["CareFlight", "ALS ground", "BLS ground"])))
    ln.p(p.case, "other_id").t(".")
    ln.done()


def ev_ed_alert():
    t = tick()
    host = "edtrack0%d" % R.randint(1, 2)
    pid = R.randint(1000, 9999)
    if R.random() < 0.65:
        p = pick()
        ln = L("ed_syslog").t('<132>1 %s %s boardwatch %d BOARD_ALERT [meta@32473 sev="%d" rule="ED_BOARD_4H"] ED boarder >4h: MRN '
                              % (iso_local(t), host, pid, R.randint(2, 4)))
        ln.p(p.mrn, "mrn").t(" bed ED-%02d admit order " % R.randint(1, 40))
        wait = R.randint(241, 600)
        ao = t - timedelta(minutes=wait)
        ln.p(ao.strftime("%m/%d %H:%M"), "date").t(" waiting %dh%02dm unit_req=%s %s" % (wait // 60, wait % 60, p.unit, R.choice(LOS).lower()))
        ln.done()
    else:
        n = R.randint(6, 24)
        lvl = "GREEN" if n < 10 else ("ORANGE" if n < 16 else "RED")
        L("ed_syslog").t('<134>1 %s %s boardwatch %d BOARD_CENSUS [meta@32473 sev="6"] ED boarding count=%d threshold=12 level=%s avg_board_min=%d longest_min=%d'
                         % (iso_local(t), host, pid, n, lvl, R.randint(90, 400), R.randint(300, 900))).done()


def ev_hl7():
    t = tick()
    p = pick()
    trig = R.choice(["A01", "A02", "A03", "A08"])
    ctrl = "SRH%010d" % R.randint(10 ** 9, 10 ** 10 - 1)
    L("hl7_adt").t("MSH|^~\\&|EPIC|SRH_MAIN|BEDBOARD|SRH_CAP|%s||ADT^%s^%s|%s|P|2.5.1|||AL|NE" % (hl7ts(t), trig, {"A01": "ADT_A01", "A08": "ADT_A01", "A02": "ADT_A02", "A03": "ADT_A03"}[trig], ctrl)).done()
    L("hl7_adt").t("EVN|%s|%s|||%s^%s^%s" % (trig, hl7ts(t - timedelta(seconds=R.randint(2, 40))), "".join(staff()[3].upper()[:6]), staff()[1].upper(), staff()[0].upper())).done()
    ln = L("hl7_adt").t("PID|1||").p(p.mrn, "mrn").t("^^^SRH^MR~").p(p.empi, "mrn").t("^^^SRH_EMPI^PI")
    alias = R.random() < 0.12
    if not alias and R.random() < 0.6:
        ln.t("~").p(p.ssn.replace("-", ""), "ssn").t("^^^SSA^SS")
    ln.t("||")
    if alias:
        ln.t("TRAUMA^ZULU-%d||" % R.randint(10, 99))
        ln.t("19000101|U|||^^^^^|||||||||999999999")
        ln.done()
    else:
        mid = p.mid.upper()
        if mid:
            ln.p("%s^%s^%s" % (p.last.upper(), p.first.upper(), mid), "name").t("||")
        else:
            ln.p("%s^%s" % (p.last.upper(), p.first.upper()), "name").t("^||")
        ln.p(p.dob.strftime("%Y%m%d"), "date").t("|%s|||" % p.sex)
        ln.p(p.street, "address").t("^^").p(p.city, "address").t("^OH^").p(p.zip, "zip").t("^USA^H||")
        ph = p.phone
        ln.t("^PRN^PH^^^").p("%s^%s" % (ph[1:4], ph[6:].replace("-", "")), "phone")
        if R.random() < 0.2:
            fx = phone_num()
            ln.t("~^PRN^FX^^^").p("%s^%s" % (fx[1:4], fx[6:].replace("-", "")), "fax")
        if R.random() < 0.5:
            ln.t("~^NET^Internet^").p(p.email, "email")
        ln.t("||%s|%s||" % (R.choice(["ENG", "SPA", "VIE", "ARA"]), R.choice(["M", "S", "W", "D"])))
        ln.p(p.fin, "account")
        ln.done()
    ln = L("hl7_adt").t("PV1|1|%s|%s^%s^%s^SRH_MAIN||||" % (R.choice(["I", "E", "O"]), p.unit, p.bed.split("-")[1][:2], p.bed[-1] if p.bed[-1] in "AB" else "", ))
    a = staff("MD")
    ln.t("%s^%s^%s^^^^MD|||%s||||1|||%s^%s^%s^^^^MD|IN||" % (STAFF_NPI[a[3]], a[1].upper(), a[0].upper(), R.choice(["MED", "CAR", "NSG", "SUR"]),
                                                       STAFF_NPI[a[3]], a[1].upper(), a[0].upper()))
    ln.p(p.fin, "account").t("|||||||||||||||||||||||||")
    ln.p(hl7ts(p.admit)[:12], "date")
    if trig == "A03":
        ln.t("|").p(hl7ts(t)[:12], "date")
    ln.done()
    if not alias and R.random() < 0.6:
        ln = L("hl7_adt").t("NK1|1|").p("%s^%s" % (p.rel_last.upper(), p.rel_first.upper()), "name").t("|%s^%s^HL70063||" % (p.rel, p.rel))
        ln.p(p.rel_phone.replace(" ", ""), "phone").t("||EC^Emergency Contact^HL70131")
        ln.done()


def ev_fhir_location():
    t = tick()
    unit = R.choice(UNITS)
    bed = "%s-%02d%s" % (unit, R.randint(1, 36), R.choice(["A", "B"]))
    obj = [("resourceType", "Location", None), ("id", uuid4(), None),
           ("meta", [("versionId", str(R.randint(2, 80)), None), ("lastUpdated", iso_z(t), None)], None),
           ("status", "active", None),
           ("operationalStatus", [("system", "http://terminology.hl7.org/CodeSystem/v2-0116", None),
                                  ("code", R.choice(["C", "H", "I", "K", "O", "U"]), None)], None),
           ("name", bed, None), ("physicalType", [("text", "bed", None)], None),
           ("partOf", [("reference", "Location/" + uuid4(), None), ("display", unit, None)], None),
           ("managingOrganization", [("display", ORG, None)], None)]
    L("fhir").extend(jobj(obj)).done()


def ev_fhir_encounter():
    t = tick()
    p = pick()
    pid = "pt-" + hexs(12)
    obj = [("resourceType", "Encounter", None), ("id", uuid4(), None),
           ("meta", [("lastUpdated", iso_z(t), None)], None),
           ("identifier", [("system", "urn:oid:1.2.840.114350.1.13.412.2.7.3.698084.8", None), ("value", p.fin, "account")], None),
           ("status", R.choice(["in-progress", "arrived", "finished"]), None),
           ("class", [("code", R.choice(["IMP", "EMER", "OBSENC"]), None)], None),
           ("subject", [("reference", "Patient/" + pid, None), ("display", "%s %s" % (p.first, p.last), "name")], None),
           ("period", [("start", p.admit.strftime("%Y-%m-%dT%H:%M:00-04:00"), "date")], None),
           ("location", [("reference", "Location/" + uuid4(), None), ("display", p.bed, None)], None),
           ("hospitalization", [("dischargeDisposition", [("text", R.choice(["Home", "SNF", "Home w/ HH", "Rehab"]), None)], None)], None)]
    parts = jobj(obj, ascii_=False)
    # label the Patient logical id inside the reference
    out = []
    for tx, cat, raw in parts:
        if tx == "Patient/" + pid:
            out.append(("Patient/", None, None))
            out.append((pid, "other_id", None))
        else:
            out.append((tx, cat, raw))
    L("fhir").extend(out).done()


def ev_fhir_patient_photo():
    t = tick()
    p = pick()
    pid = "pt-" + hexs(12)
    raw = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00" + bytes(R.randint(0, 255) for _ in range(120))
    b64 = base64.b64encode(raw).decode()
    obj = [("resourceType", "Patient", None), ("id", pid, "other_id"),
           ("meta", [("lastUpdated", iso_z(t), None)], None),
           ("identifier", [("system", "urn:srh:mrn", None), ("value", p.mrn, "mrn")], None),
           ("name", [("family", p.last, "name"), ("given", p.first, "name")], None),
           ("birthDate", p.dob.strftime("%Y-%m-%d"), "date"),
           ("photo", [("contentType", "image/jpeg", None), ("data", b64, "photo"), ("title", "ED registration photo", None)], None)]
    L("fhir").extend(jobj(obj)).done()


def ev_transport():
    t = tick()
    req = "REQ %d" % R.randint(70000, 79999)
    s = staff("TRN")
    if R.random() < 0.55:
        p = pick()
        ln = L("transport_pipe").t("TRN|%s|%s|%s|fr=%s|to=%s|mode=%s|O2=%s|pt=" % (t.strftime("%Y-%m-%d %H:%M:%S"), req,
                                    R.choice(["NEW", "STAT", "SCHEDULED"]), R.choice(["ED-%02d" % R.randint(1, 40), "CT-2", "MRI-1", p.bed, "DL-CHAIR"]),
                                    R.choice([p.bed, "IR-3", "DL-CHAIR", "MAIN LOBBY", "CATH-2"]), R.choice(["STRETCHER", "WHEELCHAIR", "BED"]),
                                    R.choice("YN")))
        ln.p(p.mrn, "mrn").t("|pt_nm=").p("%s,%s" % (p.last.upper(), p.first[0].upper()), "name").t("|iso=%s|req_by=%s" % (R.choice(ISO), staff("RN")[3]))
        ln.done()
    else:
        st = R.choice(["DISPATCHED", "ACCEPTED", "PICKED_UP", "COMPLETE", "DELAYED", "CANCELLED"])
        L("transport_pipe").t("TRN|%s|%s|%s|transporter=%s|zone=%s|elapsed=%ds|queue_depth=%d" % (
            t.strftime("%Y-%m-%d %H:%M:%S"), req, st, s[3], R.choice(["TWR-A", "TWR-B", "ED", "IMAGING"]),
            R.randint(30, 2400), R.randint(0, 14))).done()


DL_HEADER_DONE = [False]


def ev_dlounge():
    t = tick()
    if not DL_HEADER_DONE[0]:
        DL_HEADER_DONE[0] = True
        L("dlounge_csv").t("ts,station,event,chair,patient,mrn,ride,eta,detail").done()
        return
    p = pick()
    ev = R.choice(["ARRIVE", "RIDE_UPDATE", "DEPART", "DEPART", "MEDS_DELIVERED"])
    ln = L("dlounge_csv").t("%s,DL-B1,%s,chair %d," % (t.strftime("%Y-%m-%d %H:%M"), ev, R.randint(1, 12)))
    nm = "%s %s" % (p.last, p.first)
    if "," in nm:
        ln.t('"').p(nm, "name").t('"')
    else:
        ln.p(nm, "name")
    ln.t(",").p(p.mrn, "mrn").t(",")
    if ev == "DEPART":
        r = R.random()
        if r < 0.35:
            plate = R.choice(["", "OH "]) + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + digits(4)
            ln.t("family,,pickup by ").p(p.rel_first + " " + p.rel_last, "name").t(" (%s) plate " % p.rel.lower()).p(plate, "vehicle")
        elif r < 0.55:
            dl = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + digits(6)
            ln.t("family,,released to ").p(p.rel_first + " " + p.rel_last, "name").t(" ID checked OH DL ").p(dl, "license")
        elif r < 0.75:
            ln.t("%s,,dest: %s" % (R.choice(["SNF van", "MedRide BLS"]), R.choice(["Brookhaven SNF", "Oakridge Rehab", "Hospice of Dayton House"])))
        else:
            ln.t("taxi,,dest home: \"").p(p.street + ", " + p.city, "address").t(" OH ").p(p.zip, "zip").t('"')
    elif ev == "RIDE_UPDATE" and R.random() < 0.4:
        ln.t("family,,dc instructions emailed to ").p(p.email, "email")
    elif ev == "RIDE_UPDATE":
        ln.t("family,%s,cb " % (t + timedelta(minutes=R.randint(10, 90))).strftime("%H:%M")).p(p.rel_phone, "phone")
    elif ev == "MEDS_DELIVERED":
        ln.t(",,meds to beds Rx#%d bag %d/%d" % (R.randint(4000000, 4999999), 1, R.randint(1, 3)))
    else:
        ln.t(",,ready dc order ").p((t - timedelta(minutes=R.randint(20, 200))).strftime("%m/%d %H:%M"), "date")
    ln.done()


def ev_rtls():
    t = tick(0, 20)
    r = R.random()
    base = "ping,%s," % iso_z(t)
    if r < 0.5:
        s = staff()
        L("rtls_csv").t(base + "tag=%s,type=STAFF,role=%s,zone=%s,rssi=%d,bat=%d,fw=4.2.%d" % (
            STAFF_BADGE[s[3]], s[2], R.choice(["5E-HALL-N", "6W-NURSESTN", "ED-POD-B", "EVS-CLOSET-4", "TWR-B-ELEV"]),
            -R.randint(45, 90), R.randint(20, 100), R.randint(0, 9))).done()
    elif r < 0.7:
        L("rtls_csv").t(base + "tag=000CCC%s,type=ASSET,asset=%s,zone=%s,rssi=%d,bat=%d,fw=4.2.%d" % (
            "".join(R.choice("0123456789ABCDEF") for _ in range(6)),
            R.choice(["IVP-%04d BD Alaris 8015" % R.randint(1, 900), "WC-%03d wheelchair" % R.randint(1, 300),
                      "BED-%04d Hill-Rom Centrella" % R.randint(1, 700), "TELE-%03d Philips MX40 (unassigned)" % R.randint(1, 200)]),
            R.choice(["SPD-CLEAN", "5E-SOILED", "ED-EQUIP", "DL-B1"]), -R.randint(45, 90), R.randint(20, 100), R.randint(0, 9))).done()
    else:
        p = pick()
        ln = L("rtls_csv").t(base + "tag=").p(p.tag, "device").t(",type=PATIENT,assoc=").p(p.mrn, "mrn")
        ln.t(",zone=%s,rssi=%d,bat=%d,fw=4.2.%d" % (R.choice(["ED-POD-B", "DL-B1", "5E-HALL-N", "RAD-WAIT", "TWR-B-ELEV"]),
                                                  -R.randint(45, 90), R.randint(20, 100), R.randint(0, 9)))
        ln.done()


def ev_nginx():
    t = tick()
    ts = t.strftime("[%d/Mar/%Y:%H:%M:%S -0400]")
    r = R.random()
    ua = R.choice(['"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.80"',
                   '"Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0"',
                   '"kube-probe/1.28"', '"Grafana/10.3.3"'])
    ua1 = '"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.80"'
    if r < 0.72:
        path = R.choice(["/api/v2/capacity/units?site=SRH_MAIN", "/api/v2/beds?status=DIRTY&unit=%s" % R.choice(UNITS),
                         "/healthz", "/static/js/main.8f3c2a1e.js", "/api/v2/ed/boarders/summary",
                         "/api/v2/evs/tat?window=24h", "/ws/bedboard"])
        user = R.choice([s[3] for s in STAFF] + ["-"])
        if path == "/healthz":
            user, ua = "-", '"kube-probe/1.28"'
        elif "kube-probe" in ua:
            ua = ua1
        L("nginx_access").t('10.40.%d.%d - %s %s "GET %s HTTP/1.1" %d %d "-" %s %.3f' % (
            R.randint(1, 60), R.randint(2, 250), user, ts, path, R.choice([200, 200, 200, 304, 101, 502]),
            2 if path == "/healthz" else R.randint(120, 90000), ua, R.random() * 0.8)).done()
    elif r < 0.86:
        p = pick()
        ln = L("nginx_access").t('10.40.%d.%d - %s %s "GET /api/v2/patients/lookup?mrn=' % (R.randint(1, 60), R.randint(2, 250), staff()[3], ts))
        ln.p(p.mrn, "mrn").t('&include=bed,iso HTTP/1.1" 200 %d "https://capacity.srh.org/board" %s %.3f' % (R.randint(400, 2000), ua1, R.random() * 0.3))
        ln.done()
    else:
        tok = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") for _ in range(8))
        ip = "%d.%d.%d.%d" % (R.choice([73, 98, 174, 24, 66, 107]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        ln = L("nginx_access").p(ip, "ip").t(" - - %s \"GET " % ts).p("/r/" + tok, "url")
        ln.t(' HTTP/2.0" 200 %d "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1" %.3f'
             % (R.randint(2000, 9000), R.random() * 0.2))
        ln.done()


def ev_trace():
    t = tick()
    p = pick()
    r = R.random()
    head = L("java_trace").t("%s ERROR [assign-%d] o.s.b.AssignmentController - request failed" % (
        t.strftime("%Y-%m-%d %H:%M:%S.") + ms(t), R.randint(1, 4)))
    head.done()
    if r < 0.5:
        ln = L("java_trace").t("org.srh.bedboard.AssignmentException: Cannot assign bed %s to MRN " % p.bed).p(p.mrn, "mrn").t(": isolation conflict (%s vs roommate)" % R.choice(ISO[1:4]))
        ln.done()
    elif r < 0.75:
        c = card()
        ln = L("java_trace").t("org.srh.pay.GatewayException: declined (05) for card ").p(c, "account").t(" amt=35.00 ref=MEDRIDE-COPAY")
        ln.done()
    else:
        L("java_trace").t("java.util.concurrent.TimeoutException: EVS dispatch did not respond within 5000 ms (evs-app-02:8443)").done()
    for fr in R.sample(["at org.srh.bedboard.AssignmentService.assign(AssignmentService.java:%d)",
                        "at org.srh.bedboard.AssignmentController.post(AssignmentController.java:%d)",
                        "at org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:%d)",
                        "at jakarta.servlet.http.HttpServlet.service(HttpServlet.java:%d)",
                        "at org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:%d)"], 3):
        L("java_trace").t("\t" + fr % R.randint(40, 900)).done()
    L("java_trace").t("\t... %d common frames omitted" % R.randint(20, 80)).done()


def ev_sql():
    t = tick()
    p = pick()
    L("mysql_slow").t("# Time: %s" % (t + timedelta(hours=4)).strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % t.microsecond).done()
    L("mysql_slow").t("# User@Host: flowrpt[flowrpt] @ rpt-etl-01 [10.40.7.21]  Id: %d" % R.randint(100000, 999999)).done()
    L("mysql_slow").t("# Query_time: %.6f  Lock_time: 0.000%03d Rows_sent: %d  Rows_examined: %d" % (
        R.random() * 9 + 1, R.randint(0, 999), R.randint(1, 40), R.randint(10000, 900000))).done()
    r = R.random()
    if r < 0.5:
        ln = L("mysql_slow").t("SELECT e.fin, e.bed_id, e.admit_dt FROM adt_encounter e JOIN person p ON p.id=e.person_id WHERE p.last_name = '")
        ln.p(p.last.replace("'", "''"), "name", p.last if "'" in p.last else None).t("' AND p.birth_date = '").p(p.dob.strftime("%Y-%m-%d"), "date").t("';")
        ln.done()
    elif r < 0.7:
        ln = L("mysql_slow").t("UPDATE bed_request SET status='CANCELLED', note='dup of ")
        ln.p(p.fin, "account").t("' WHERE request_id=%d;" % R.randint(100000, 199999))
        ln.done()
    else:
        L("mysql_slow").t("SELECT unit_id, COUNT(*) AS dirty, AVG(TIMESTAMPDIFF(MINUTE, dirty_ts, clean_ts)) FROM bed_event WHERE event_dt >= '2024-03-13' GROUP BY unit_id;").done()


def ev_sms():
    t = tick()
    p = pick()
    sid = "SM" + hexs(32)
    r = R.random()
    if r < 0.2:
        ln = L("sms_json")
        ln.extend(jobj([("event", "delivered", None), ("email", p.email, "email"), ("timestamp", int((t + timedelta(hours=4) - datetime(1970, 1, 1)).total_seconds()), None),
                        ("smtp-id", "<%s@mail.srh.org>" % hexs(20), None), ("sg_event_id", base64.b64encode(bytes.fromhex(hexs(32))).decode(), None),
                        ("sg_message_id", hexs(22) + ".filterdrecv-" + hexs(8), None), ("category", ["discharge-lounge", "ride-status"], None),
                        ("template", "dl_ready_v3", None)]))
        ln.family = "sendgrid_json"
        ln.done()
        return
    if r < 0.4:
        s = staff()
        body = "SRH Bed Placement: %s ready, pt enroute ETA 10m. Reply 1 to ack." % p.bed
        items = [("event", "message.status", None), ("sid", sid, None), ("to", "+1937555%04d" % R.randint(200, 299), None),
                 ("from", "+19375550100", None), ("body", body, None), ("status", "delivered", None),
                 ("dateUpdated", iso_z(t), None), ("errorCode", None, None)]
        L("sms_json").extend(jobj(items)).done()
        return
    tok = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") for _ in range(8))
    url = "https://srh.link/r/" + tok
    to = "+1" + "".join(c for c in p.rel_phone if c.isdigit())
    parts = [("{", None, None), ('"event":"message.status","sid":"%s","to":"' % sid, None, None), (to, "phone", None),
             ('","from":"+19375550100","body":"', None, None)]
    if R.random() < 0.35:
        body1 = "SRH: Su familiar "
        parts += [(body1, None, None), (p.first, "name", None),
                  (" está %s para salir en la Sala de Altas" % ("listo" if p.sex == "M" else "lista") + ", Torre B nivel 1. Siga su viaje: ", None, None)]
    else:
        parts += [("SRH: ", None, None), (p.first, "name", None),
                  (" is ready for pickup at the Discharge Lounge, Tower B Lvl 1 (1800 Stillwater Pkwy). Track: ", None, None)]
    parts += [(url, "url", None), (' Reply STOP to opt out","status":"%s","dateUpdated":"%s","errorCode":%s}' % (
        R.choice(["delivered", "sent", "undelivered"]), iso_z(t), R.choice(["null", "null", "30003"])), None, None)]
    L("sms_json").extend(parts).done()


def ev_chat():
    t = tick()
    a = staff()
    b = R.choice(["Bed Placement", "House Supervisor", "5E Charge", "ED Flow RN", "Transfer Center", "EVS Lead"])
    pre = "%s [SecureChat] %s, %s %s -> %s: " % (t.strftime("%Y-%m-%d %H:%M:%S"), a[1], a[0], a[2], b)
    if R.random() < 0.55:
        p = pick()
        ln = L("chat").t(pre)
        k = R.randint(0, 4)
        if k == 0:
            ln.t("%s clean & ready, ok to send %s " % (p.bed, "Mr." if p.sex == "M" else "Ms.")).p(p.last, "name").t(" up?")
        elif k == 1:
            ln.t("pt ").p(p.first + " " + p.last, "name").t(" (").p(p.mrn, "mrn").t(") needs tele, can we swap w/ %s?" % R.choice(UNITS))
        elif k == 2:
            ln.t("DC lounge: ").p(p.last, "name").t("'s daughter called, arriving 1130, her cell ").p(p.rel_phone, "phone")
        elif k == 3:
            ln.t("FYI ").p(p.last, "name").t(" in %s is DOB " % p.bed).p(p.dob.strftime("%-m/%-d/%y"), "date").t(" — 2 pts same name on unit, name alert on")
        else:
            ln.t("expected dc for %s moved to " % p.bed).p(p.edd.strftime("%m/%d"), "date").t(", pending PT eval")
        ln.done()
    else:
        msg = R.choice(["any clean ICU beds? have 2 holds in ED", "EVS on the way to 6W-14, ETA 10", "who has the DL van today?",
                        "5E staffed to 30 tonight, close 2 beds", "huddle moved to 0745, Tower B conf rm 2",
                        "tele boxes low on 6E, pls check SPD", "thx!", "surge plan level 2 activated per AOC"])
        L("chat").t(pre + msg).done()


def ev_k8s():
    t = tick(0, 30)
    r = R.random()
    if r < 0.5:
        L("k8s_logfmt").t("time=\"%s\" level=info msg=\"flush\" component=metrics-agent pod=bedboard-api-%s-%s ns=patientflow series=%d dur=%dms" % (
            iso_z(t), hexs(10), hexs(5), R.randint(400, 4000), R.randint(3, 300))).done()
    elif r < 0.8:
        L("k8s_logfmt").t("time=\"%s\" level=%s msg=\"%s\" pod=capacity-ui-%s ns=patientflow image=registry.srh.org/pf/capacity-ui:3.9.%d sha256=%s" % (
            iso_z(t), R.choice(["info", "warn"]), R.choice(["readiness probe ok", "cache refresh", "websocket clients=%d" % R.randint(20, 180)]),
            hexs(5), R.randint(0, 20), hexs(64))).done()
    else:
        L("k8s_logfmt").t("time=\"%s\" level=info msg=\"upstream\" host=api.teletracking-cloud.example port=443 peer=52.%d.%d.%d latency_ms=%d retries=0" % (
            iso_z(t), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254), R.randint(20, 900))).done()


def ev_x12():
    t = tick()
    p = pick()
    ctl = "%09d" % R.randint(1, 999999999)
    L("x12").t("ISA*00*          *00*          *ZZ*SRHTC          *ZZ*AVAILITY       *%s*%s*^*00501*%s*0*P*:~" % (
        t.strftime("%y%m%d"), t.strftime("%H%M"), ctl)).done()
    L("x12").t("ST*270*%04d*005010X279A1~" % R.randint(1, 9999)).done()
    L("x12").t("NM1*PR*2*%s*****PI*%s~" % (p.payer, {"MEDICARE": "CMSMED", "OH MEDICAID": "OHMCD", "ANTHEM BCBS": "ANTHM",
                                                       "UHC": "87726", "AETNA": "60054", "MEDICAL MUTUAL": "29076"}[p.payer])).done()
    L("x12").t("NM1*1P*2*STILLWATER REGIONAL HEALTH*****XX*%s~" % npi()).done()
    ln = L("x12").t("NM1*IL*1*").p(p.last.upper(), "name").t("*").p(p.first.upper(), "name").t("****MI*").p(p.plan_id, "health_plan").t("~")
    ln.done()
    L("x12").t("DMG*D8*").p(p.dob.strftime("%Y%m%d"), "date").t("*%s~" % p.sex).done()
    L("x12").t("DTP*291*D8*").p(now().strftime("%Y%m%d"), "date").t("~").done()
    L("x12").t("EQ*30~").done()


def ev_win():
    t = tick()
    s = staff()
    L("win_syslog").t("%s srh-dc0%d MSWinEventLog\t1\tSecurity\t%d\t%s\t4624\tMicrosoft-Windows-Security-Auditing\tSRH\\%s\tN/A\tSuccess Audit\tsrh-dc0%d.srh.org\tLogon\tAn account was successfully logged on. Logon Type: %d Workstation Name: WS-%s-%03d Source Network Address: 10.40.%d.%d" % (
        t.strftime("%b %d %H:%M:%S"), R.randint(1, 2), R.randint(100000, 999999), t.strftime("%a %b %d %H:%M:%S %Y"),
        s[3], R.randint(1, 2), R.choice([2, 3, 10]), R.choice(UNITS), R.randint(1, 40), R.randint(1, 60), R.randint(2, 250))).done()


CAP_HDR = [False]


def ev_capacity():
    t = tick()
    if not CAP_HDR[0]:
        CAP_HDR[0] = True
        L("capacity_csv").t("snapshot_ts,site,unit,staffed_beds,occupied,dirty,blocked,pending_admits,pending_dc,occ_pct").done()
        return
    u = R.choice(UNITS)
    st = R.randint(12, 36)
    occ = R.randint(st - 6, st)
    L("capacity_csv").t("%s,SRH_MAIN,%s,%d,%d,%d,%d,%d,%d,%.1f" % (t.strftime("%Y-%m-%dT%H:00:00"), u, st, occ, R.randint(0, 4), R.randint(0, 2),
                                                                R.randint(0, 6), R.randint(0, 8), 100.0 * occ / st)).done()


def ev_mirth():
    t = tick()
    ts = t.strftime("%Y-%m-%d %H:%M:%S,") + ms(t)
    r = R.random()
    if r < 0.85:
        L("mirth").t(" INFO %s [Channel: %s] %s: %s" % (ts, R.choice(["ADT_to_BedBoard", "ORM_Transport", "ADT_to_RTLS", "SIU_DL"]),
                                                      R.choice(["JavaScriptDispatcher", "TcpReceiver", "DatabaseWriter"]),
                                                      R.choice(["Message %d processed in %d ms" % (R.randint(100000, 999999), R.randint(3, 400)),
                                                                "Connection from 10.40.3.%d:%d accepted" % (R.randint(2, 250), R.randint(40000, 60000)),
                                                                "queue depth %d, %d errored" % (R.randint(0, 40), R.randint(0, 2))]))).done()
    else:
        p = pick()
        ln = L("mirth").t(" ERROR %s [Channel: ADT_to_RTLS] JavaScriptTransformer: no tag association for PID-3 " % ts)
        ln.p(p.mrn, "mrn").t(" PID-5 ").p("%s^%s" % (p.last.upper(), p.first.upper()), "name").t(" - message queued for retry")
        ln.done()


def ev_amb_xml():
    t = tick()
    p = pick()
    trip = "MR-%06d" % R.randint(500000, 599999)
    ln = L("amb_xml").t('<TripRequest id="%s" vendor="MedRide Transport LLC" created="%s"><Level>%s</Level><Patient><Name>' % (
        trip, iso_local(t), R.choice(["BLS", "ALS", "WC-VAN"])))
    ln.p(p.first + " " + p.last.replace("'", "&apos;"), "name", (p.first + " " + p.last) if "'" in p.last else None).t("</Name><DOB>")
    ln.p(p.dob.strftime("%m/%d/%Y"), "date").t("</DOB>")
    if p.payer == "OH MEDICAID" or p.medicare:
        ln.t("<PayerID>").p(p.plan_id, "health_plan").t("</PayerID>")
    ln.t("<WeightLbs>%d</WeightLbs></Patient><Pickup><Facility>%s</Facility><Addr>1800 Stillwater Pkwy, Dayton OH 45414</Addr><Loc>DL-B1</Loc></Pickup>" % (R.randint(95, 330), ORG))
    ln.t("<Dropoff><Addr>").p(p.street, "address").t("</Addr><City>").p(p.city, "address").t("</City><St>OH</St><Zip>").p(p.zip, "zip").t("</Zip>")
    ln.t("<Contact>").p(p.rel_phone, "phone").t("</Contact></Dropoff><Sched>%s</Sched></TripRequest>" % (t + timedelta(hours=2)).strftime("%H:%M"))
    ln.done()


def ev_valet():
    t = tick()
    p = pick()
    v = vin()
    ln = L("valet_kv").t("%s valet-kiosk-2 ticket=V%06d lot=ED-GARAGE status=%s owner_type=PATIENT mrn=" % (
        t.strftime("%Y-%m-%d %H:%M:%S"), R.randint(100000, 999999), R.choice(["CHECKED_IN", "RETRIEVE_REQ", "RETURNED"])))
    ln.p(p.mrn, "mrn").t(" vin=").p(v, "vehicle").t(" make=%s color=%s attendant=%s" % (
        R.choice(["HONDA", "FORD", "TOYOTA", "CHEVROLET", "SUBARU"]), R.choice(["SIL", "BLK", "WHT", "RED", "BLU"]), R.choice(["dcarter", "jalvarado", "kiosk"])))
    ln.done()


def ev_palmvein(op=None):
    t = tick()
    p = pick()
    op = op or R.choice(["IDENTIFY", "IDENTIFY", "ENROLL"])
    tmpl = base64.b64encode(hashlib.sha512(p.mrn.encode() + b"palm").digest() + hashlib.sha256(p.last.encode()).digest()).decode()
    r = R.random()
    ln = L("palmvein_kv").t("%s PSKIOSK-ED2 op=%s result=%s score=%d mrn=" % (t.strftime("%Y-%m-%d %H:%M:%S"), op,
                                                                            "ENROLLED" if op == "ENROLL" else R.choice(["MATCH", "MATCH", "NO_MATCH"]), R.randint(40, 99)))
    ln.p(p.mrn, "mrn")
    if op == "ENROLL":
        dl = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + digits(6)
        ln.t(" id_doc=OHDL:").p(dl, "license").t(" id_exp=2027")
    ln.t(" tmpl_b64=").p(tmpl, "biometric").t(" ver=PS-6.2.1")
    ln.done()


HUDDLE_AT = [datetime(2024, 3, 14, 7, 30), datetime(2024, 3, 14, 9, 45)]


def ev_huddle():
    t = now()
    hdr = "HUDDLE %s Capacity/Safety | lead: R. Dufresne (House Sup) |" % t.strftime("%m/%d %H%M")
    L("huddle_note").t(hdr + " census %d/%d, ED holds %d, OR add-ons %d, transfers pending %d" % (
        R.randint(410, 470), 486, R.randint(6, 22), R.randint(0, 5), R.randint(1, 6))).done()
    for u in R.sample(UNITS[:7], 4):
        r = R.random()
        p = pick()
        ln = L("huddle_note").t("  - %s: %d open, %d dirty, %d dc before noon; " % (u, R.randint(0, 4), R.randint(0, 5), R.randint(0, 6)))
        if r < 0.3:
            ln.t("pt ").p(p.last, "name").t(" awaiting SNF auth (%s), ECD " % p.payer).p(p.edd.strftime("%m/%d"), "date")
        elif r < 0.45:
            ln.t("pt ").p(p.first[0] + "." + p.last[0] + ".", "name").t(" in %s high fall risk, sitter needed" % p.bed)
        elif r < 0.55 and p.age > 89:
            ln.t("%s pt " % p.bed).p("%d y/o" % p.age, "age").t(" awaiting hospice house bed")
        else:
            ln.t(R.choice(["no safety events", "staffing ok", "1 traveler short nights", "Pyxis down since 0600, ticket INC0048812",
                           "Hill-Rom bed frame alarm issue, biomed notified"]))
        ln.done()
    L("huddle_note").t("  - EVS: %d dirty house-wide, avg TAT %dm (goal 60), %d techs on, UV robot Tru-D in 6W" % (
        R.randint(4, 20), R.randint(38, 75), R.randint(8, 16))).done()
    L("huddle_note").t("  - Transport: %d pending, avg resp %dm; DL: %d chairs used, MedRide vendor line %s" % (
        R.randint(0, 12), R.randint(6, 25), R.randint(2, 12), "(937) 555-0188")).done()


EVENTS = [
    (ev_bedboard_status, 8), (ev_bedboard_assign, 9), (ev_evs, 10), (ev_tc_intake, 4), (ev_tc_note, 4),
    (ev_ed_alert, 7), (ev_hl7, 2.4), (ev_fhir_location, 3), (ev_fhir_encounter, 1.5), (ev_transport, 7),
    (ev_dlounge, 6), (ev_rtls, 12), (ev_nginx, 9), (ev_trace, 0.45), (ev_sql, 0.8), (ev_sms, 3.5),
    (ev_chat, 6), (ev_k8s, 5), (ev_x12, 0.5), (ev_win, 4), (ev_capacity, 4), (ev_mirth, 5),
    (ev_amb_xml, 1), (ev_valet, 0.8), (ev_palmvein, 0.5),
]
SINGLE = [ev_bedboard_status, ev_evs, ev_rtls, ev_k8s, ev_nginx, ev_capacity, ev_win, ev_mirth, ev_chat, ev_transport]

N = 500


def main():
    forced = {60: ev_fhir_patient_photo, 140: lambda: ev_palmvein("ENROLL"), 230: ev_fhir_patient_photo, 330: ev_valet,
              420: lambda: ev_palmvein("ENROLL")}
    fns = [e[0] for e in EVENTS]
    ws = [e[1] for e in EVENTS]
    while len(LINES) < N:
        if HUDDLE_AT and now() >= HUDDLE_AT[0] and len(LINES) < N - 8:
            HUDDLE_AT.pop(0)
            ev_huddle()
            continue
        k = len(LINES)
        f = None
        for at in list(forced):
            if k >= at:
                f = forced.pop(at)
                break
        if f is None:
            f = R.choices(fns, ws)[0]
        if N - len(LINES) < 10:
            f = R.choice(SINGLE)
        before = len(LINES)
        f()
        if len(LINES) > N:
            del LINES[N:]
    # ---- verify and write
    with open("pv.log", "wb") as lf, open("pv.labels.jsonl", "w", encoding="utf-8") as jf:
        for i, (fam, b, spans) in enumerate(LINES, 1):
            if b"\n" in b or b"\r" in b or not b.strip():
                sys.exit("line %d: bad line content" % i)
            b.decode("utf-8")
            last_e = 0
            out = []
            for sp in spans:
                s, e = sp["s"], sp["e"]
                if not (0 <= s < e <= len(b)):
                    sys.exit("line %d: span out of range %r" % (i, sp))
                if s < last_e:
                    sys.exit("line %d: overlapping spans" % i)
                last_e = e
                txt = b[s:e].decode("utf-8")
                if txt != sp["_text"]:
                    sys.exit("line %d: span text mismatch %r != %r" % (i, txt, sp["_text"]))
                raw = sp["_raw"]
                if raw is not None:
                    ok = (txt.replace("''", "'") == raw or txt.replace("&apos;", "'") == raw)
                    try:
                        ok = ok or json.loads('"' + txt + '"') == raw
                    except Exception:
                        pass
                    if not ok:
                        sys.exit("line %d: escaped span %r does not decode to %r" % (i, txt, raw))
                if txt != txt.strip() or not txt:
                    sys.exit("line %d: span has surrounding whitespace %r" % (i, txt))
                out.append({"s": s, "e": e, "cat": sp["cat"]})
            lf.write(b + b"\n")
            jf.write(json.dumps({"line": i, "family": fam, "spans": out}) + "\n")
    if len(LINES) != N:
        sys.exit("wrong line count")


if __name__ == "__main__":
    main()
