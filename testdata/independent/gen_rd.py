#!/usr/bin/env python3
"""gen_rd.py - synthetic, labeled log corpus for a PHI detector test.

Organisation: "Heartland Waiver Care Coordination, Inc." (HWCC), the care-
coordination agency of an Ohio Medicaid HCBS waiver programme (PASSPORT,
Ohio Home Care Waiver, Assisted Living waiver).  All people, numbers and
addresses are invented.  Writes rd.log (500 lines) and rd.labels.jsonl in
the current directory; fixed seed, standard library only.

Systems simulated (family names in the labels file)
  carelink_json  home-grown case-management app (Spring Boot, logstash JSON)
  evv_json       VisitVerify EVV aggregator webhook events (aide GPS visits)
  ivr_kv         EVV telephony (IVR) key=value log, landline ANI, voiceprint
  x12            MMIS (MITS) EDI: 837P, 835, 270/271, 278, 999 - one segment
                 per line, envelope segments included
  hl7v2          ADT^A01/A03 hospital notifications from the HIE, one segment
                 per line
  fhir_json      MMIS FHIR API responses (Patient, Coverage, OperationOutcome)
  nginx_access   participant portal / API reverse proxy (combined + rt)
  syslog         RFC3164: sshd, CRON, postfix, systemd, kernel
  xferlog        SFTP server (ProFTPD xferlog) MMIS file exchange
  fms_csv        fiscal-management-services budget and timesheet CSV rows
  pgaudit        PostgreSQL log with pgaudit statements
  java_trace     Spring Boot text log + multi-line stack traces
  case_note      CareLink case-note export (TSV, free text, EN/ES)
  sms_json       SMS reminder service (Python json.dumps, ASCII-escaped)
  interrai_xml   level-of-care (interRAI-HC) assessment XML export
  mmis_fixed     MITS daily waiver eligibility roster (fixed width)
  pa_logfmt      prior-authorization service (Go, logfmt)
  winevent       Windows Security events from the domain controller (kv)
  py_worker      Python claims batch worker log
  pers_pipe      PERS (personal emergency response) vendor alarm feed, pipe

Labeling decisions
  * Participants (waiver members) and their relatives, emergency contacts and
    authorized representatives are the persons whose identifiers are PHI.
  * Care coordinators, RNs, physicians, personal care aides (PCAs), and agency
    or vendor staff at work are NOT PHI (names, user ids, worker ids, PINs,
    staff emails/phones, the aide's phone/device id, staff workstation IPs).
  * A paid caregiver who is a RELATIVE of the participant (participant-
    directed, relationship field present) is labeled `name` (the record
    reveals a relative); that person's FMS worker id is an employment id and
    is not labeled.
  * EVV GPS coordinates of a visit at the participant's home are `address`
    (geocode); lat and lon are two spans.  County names, Ohio county numbers
    and county FIPS codes of the participant are `address`.
  * Dates tied to a participant are `date`: DOB, visit clock-in/out date-
    times, dates of service, admission/discharge, HL7 EVN event time, LOC
    due/assessment dates, waiver span and PA start/end dates, budget period
    dates, appointment dates in SMS ("3/18").  The timestamp a log line was
    written, X12 ISA/GS/BHT creation dates, HL7 MSH-7, file-transfer times
    and years alone are not.  Dates inside a file name of a participant's
    document are `date`.
  * Medicaid IDs (12 digits) and Medicare MBIs = `health_plan`; FMS participant ids, CareLink case numbers, service
    plan ids, LOC assessment ids, PA numbers, claim ICNs, FHIR Patient logical
    ids, PERS subscriber numbers = `other_id`; hospital MRN = `mrn`; claim
    patient-control numbers (CLM01/CLP01), participant bank accounts and
    purchase-card numbers = `account`.  ABA routing numbers (the bank's),
    provider NPIs/Medicaid provider numbers/addresses, payer ids are not PHI.
  * Machine UUIDs of visits/events, trace/span ids, batch, interchange and
    control numbers, file checksums are NOT PHI.
  * A mistyped or invalid value in a participant's field (11-digit Medicaid
    ID, SSN failing SSA rules) is still labeled with its category.
  * PERS pendant serials and IMEIs and the EVV fixed verification device in
    the participant's home = `device` (heartbeat rows included).
  * Participant/representative public IPs in the portal log = `ip`; internal
    10.x addresses, vendor webhook servers and monitoring probes are not.
  * A full URL (scheme+host) carrying a participant's identifier or personal
    token = one `url` span; a bare request path in an access log gets the
    identifier inside it labeled with its own category instead.
  * Names in X12 (NM103/NM104) are two spans (separate elements); HL7 XPN
    "LAST^FIRST^M" is one span; "Last, First" is one span; a surname alone
    ("Mrs. Okonkwo") is labeled without the title.
  * Ages are labeled only when over 89.  Diagnosis/HCPCS codes, LOC scores,
    units and dollar amounts are not PHI.
  * Voiceprint templates from IVR member verification = `biometric`; base64
    photo-ID thumbnails = `photo` (base64 part only).
"""
import base64
import datetime as dt
import hashlib
import json
import random
import sys
import unicodedata
import uuid
from xml.sax.saxutils import escape as xesc, quoteattr

SEED = 20240314
R = random.Random(SEED)
ID = "rd"
N_LINES = 500


# ---------------------------------------------------------------- building
class P:
    """A labeled value. c=None means plain text."""
    __slots__ = ("v", "c", "raw")

    def __init__(self, v, c, raw=False):
        self.v = str(v)
        self.c = c
        self.raw = raw


class S:
    """A composite string (text + P parts) to be placed inside a quoted value."""

    def __init__(self, *parts):
        self.parts = parts


def flatten(items, out):
    for it in items:
        if isinstance(it, (list, tuple)):
            flatten(it, out)
        else:
            out.append(it)
    return out


def build(items):
    parts, spans, n = [], [], 0
    for it in flatten(items, []):
        if isinstance(it, P):
            b = it.v.encode("utf-8")
            if it.c:
                spans.append((n, n + len(b), it.c, it.v))
            parts.append(it.v)
            n += len(b)
        elif isinstance(it, S):
            raise TypeError("S outside a quoting context")
        else:
            parts.append(it)
            n += len(it.encode("utf-8"))
    return "".join(parts), spans


def jesc(s, a=False):
    return json.dumps(s, ensure_ascii=a)[1:-1]


def J(obj, a=False, compact=False):
    cs, ks = (",", ":") if compact else (", ", ": ")
    items = []

    def rec(o):
        if isinstance(o, dict):
            items.append("{")
            for i, (k, v) in enumerate(o.items()):
                if i:
                    items.append(cs)
                items.append(json.dumps(k) + ks)
                rec(v)
            items.append("}")
        elif isinstance(o, list):
            items.append("[")
            for i, v in enumerate(o):
                if i:
                    items.append(cs)
                rec(v)
            items.append("]")
        elif isinstance(o, P):
            if o.raw:
                items.append(P(o.v, o.c))
            else:
                items.extend(['"', P(jesc(o.v, a), o.c), '"'])
        elif isinstance(o, S):
            items.append('"')
            for p in o.parts:
                if isinstance(p, P):
                    items.append(P(jesc(p.v, a), p.c))
                else:
                    items.append(jesc(p, a))
            items.append('"')
        elif isinstance(o, str):
            items.append(json.dumps(o, ensure_ascii=a))
        else:
            items.append(json.dumps(o))

    rec(obj)
    return items


def lfesc(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')


def LF(pairs, sep=" "):
    """logfmt / key=value; quotes values holding spaces, = or quotes."""
    items = []
    for i, (k, v) in enumerate(pairs):
        if i:
            items.append(sep)
        items.append(k + "=")
        if isinstance(v, S):
            items.append('"')
            for p in v.parts:
                items.append(P(lfesc(p.v), p.c) if isinstance(p, P) else lfesc(p))
            items.append('"')
            continue
        val = v.v if isinstance(v, P) else str(v)
        need = val == "" or any(c in val for c in ' ="\t')
        if need:
            items.append('"')
            items.append(P(lfesc(val), v.c) if isinstance(v, P) else lfesc(val))
            items.append('"')
        else:
            items.append(v if isinstance(v, P) else val)
    return items


def XA(v):
    """xml attribute value (quoted) for P or str."""
    if isinstance(v, P):
        q = quoteattr(v.v)
        return [q[0], P(q[1:-1], v.c), q[-1]]
    return quoteattr(v)


def XT(v):
    if isinstance(v, P):
        return P(xesc(v.v), v.c)
    return xesc(v)


# ---------------------------------------------------------------- helpers
def pick(seq):
    return R.choice(seq)


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def b64(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


def fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def luhn_cd(s):
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
    base = "1" + digits(8)
    return base + luhn_cd("80840" + base)


def imei():
    b = pick(["35693803", "35328311", "86754403"]) + digits(6)
    return b + luhn_cd(b)


def card():
    b = "4" + digits(14)
    return b + luhn_cd(b)


def aba():
    d = [int(c) for c in pick(["0412", "0441", "0420"]) + digits(4)]
    d.append(R.randint(0, 9))
    s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
    d.append((-s) % 10)
    return "".join(map(str, d))


VT = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5,
      "F": 6, "G": 7, "H": 8, "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7,
      "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VW = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(pick(["1FT", "2T1", "1GN", "5FN", "1C4", "3VW", "2C4"]) +
             "".join(R.choice(al) for _ in range(5)) + "0" +
             pick("DEFGHJK") + "".join(R.choice(al) for _ in range(1)) +
             digits(6))
    s = sum(VT[c] * w for c, w in zip(v, VW))
    v[8] = "X" if s % 11 == 10 else str(s % 11)
    return "".join(v)


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mbi():
    f = [R.choice("123456789"), R.choice(MBI_A), R.choice(MBI_AN),
         R.choice("0123456789"), R.choice(MBI_A), R.choice(MBI_AN),
         R.choice("0123456789"), R.choice(MBI_A), R.choice(MBI_A),
         R.choice("0123456789"), R.choice("0123456789")]
    return "".join(f)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


# ---------------------------------------------------------------- world
ORG = "Heartland Waiver Care Coordination, Inc."
ORG_ADDR = "1550 Corporate Exchange Dr Ste 300, Columbus, OH 43231"
ORG_PHONE = "6144782200"
REF = dt.date(2024, 3, 14)

FIRST_F = ["Adaeze", "Rosa", "Dolores", "Mei-Ling", "Siobhán", "Guadalupe",
           "Wanda", "Fatima", "Ingrid", "Hope", "June", "Bonnie", "Zoë",
           "Priya", "Lavern", "Opal", "Yolanda", "Hyun-joo", "Agnieszka",
           "Faith", "Ruby", "Consuelo", "Thandiwe", "Marguerite", "Dawn"]
FIRST_M = ["Delbert", "José", "Kwame", "Tomasz", "Earl", "Hyun-woo", "Dmitri",
           "Ahmed", "Rusty", "Major", "Will", "Bartholomew", "Oluwaseun",
           "Lonnie", "Thanh", "Reginald", "Santiago", "Amos", "Cletus",
           "Rahul", "Frank", "Jerome", "Sterling"]
LAST = ["Okonkwo", "García-Márquez", "Van der Berg", "O'Malley", "Baker",
        "Fisher", "Hunter", "Nguyen", "Kowalczyk", "Rivera", "Smith-Jones",
        "Begay", "Yellowhorse", "Sato", "Khan", "Lindqvist", "Hart", "Long",
        "Bird", "Friend", "Christmas", "Church", "Love", "Wolfe", "Singh",
        "Al-Hashimi", "De La Cruz", "St. Pierre", "MacDonald", "Moody",
        "Castillo Ruiz", "Mbeki", "Zieliński", "Whitehorse", "Park",
        "Abernathy", "Washington", "Pruitt", "Kaczmarek", "Oyelaran-Smith"]
MIDDLE = "ABCDEFGHJKLMNPRSTW"

PLACES = [  # city, county, zips, area code, FIPS, Ohio county no, lat, lon
    ("Columbus", "Franklin", ["43205", "43207", "43211", "43223", "43224"], "614", "39049", "25", 39.9612, -82.9988),
    ("Dayton", "Montgomery", ["45406", "45410", "45417"], "937", "39113", "57", 39.7589, -84.1916),
    ("Toledo", "Lucas", ["43608", "43609", "43612"], "419", "39095", "48", 41.6528, -83.5379),
    ("Akron", "Summit", ["44306", "44310", "44320"], "330", "39153", "77", 41.0814, -81.5190),
    ("Cleveland", "Cuyahoga", ["44105", "44108", "44120"], "216", "39035", "18", 41.4993, -81.6944),
    ("Cincinnati", "Hamilton", ["45211", "45224", "45237"], "513", "39061", "31", 39.1031, -84.5120),
    ("Athens", "Athens", ["45701"], "740", "39009", "05", 39.3292, -82.1013),
    ("Zanesville", "Muskingum", ["43701"], "740", "39119", "60", 39.9403, -82.0132),
    ("Chillicothe", "Ross", ["45601"], "740", "39141", "71", 39.3331, -82.9824),
    ("Youngstown", "Mahoning", ["44502", "44505"], "330", "39099", "50", 41.0998, -80.6495),
    ("Lima", "Allen", ["45801", "45805"], "419", "39003", "02", 40.7426, -84.1052),
    ("Marietta", "Washington", ["45750"], "740", "39167", "84", 39.4154, -81.4548),
]
STREETS = ["Linden Ave", "E Livingston Ave", "Salem Ave", "Dorr St",
           "Kenmore Blvd", "Buckeye Rd", "Glenway Ave", "Union St", "Maple Dr",
           "Church St", "Cherry Ln", "Sycamore St", "W Market St",
           "Township Rd 112", "State Route 550", "Hamilton Ave", "Euclid Ave",
           "Woodland Ave", "Shadeville Rd", "Rosedale Ave", "Pleasant Valley Rd"]
UNITS = ["Apt 3B", "Apt 12", "Unit 4", "Lot 47", "Apt 210", "#2"]
RELS = ["daughter", "son", "spouse", "niece", "grandson", "sister", "neighbor",
        "daughter-in-law", "nephew"]

STAFF = [("Jamie", "Morales", "cc_jmorales"), ("Kavya", "Patel", "rn_kpatel"),
         ("Terrence", "Baker", "rn_tbaker"), ("Marisol", "Ng", "cc_mng"),
         ("Brent", "Oyelowo", "cc_boyelowo"), ("Heather", "Lindgren", "sw_hlindgren"),
         ("DeShawn", "Carter", "cc_dcarter"), ("Annika", "Fischer", "rn_afischer")]
AIDES = [("W-88213", "Latoya Brooks"), ("W-10442", "Mohamed Abdi"),
         ("W-55120", "Svetlana Petrenko"), ("W-30987", "Crystal Hatfield"),
         ("W-77301", "Emmanuel Boateng"), ("W-41876", "Tiffany Greer"),
         ("W-62004", "Ana Lucía Ortiz"), ("W-19935", "Bill Summers")]
PROV_DISPLAY = {"SUNRISE HOME CARE LLC": "Sunrise Home Care LLC", "ALLIED PERSONAL CARE SERVICES": "Allied Personal Care Services",
                "HARMONY HOMEMAKER AGENCY INC": "Harmony Homemaker Agency", "BRIGHTSTAR OF SUMMIT": "BrightStar of Summit",
                "APPALACHIAN HOME HEALTH": "Appalachian Home Health"}
PROVIDERS = [(n, npi(), digits(7), a) for n, a in [
    ("SUNRISE HOME CARE LLC", ("4410 INDIANOLA AVE", "COLUMBUS", "432141234")),
    ("ALLIED PERSONAL CARE SERVICES", ("2201 N MAIN ST STE 4", "DAYTON", "454051120")),
    ("HARMONY HOMEMAKER AGENCY INC", ("880 W BANCROFT ST", "TOLEDO", "436063215")),
    ("BRIGHTSTAR OF SUMMIT", ("3700 EMBASSY PKWY", "AKRON", "443331771")),
    ("APPALACHIAN HOME HEALTH", ("19 N COURT ST", "ATHENS", "457012428")),
]]
PHYS = ["Dr. Lena Hartmann", "Dr. Obi Eze", "Dr. Ruth Kaplan-Weiss", "Dr. Samuel Grant"]
HOSPS = [("OSUWMC", "Ohio State Wexner Medical Center"), ("MVH", "Miami Valley Hospital"),
         ("PROMTOL", "ProMedica Toledo Hospital"), ("GRANT", "Grant Medical Center"),
         ("OHBLEACH", "OhioHealth O'Bleness Hospital")]
HCPCS = [("T1019", "U9", "PCA"), ("S5125", "U1", "attendant care"),
         ("S5130", "", "homemaker"), ("S5170", "", "home-delivered meals"),
         ("S5160", "", "PERS install"), ("T2029", "", "specialized med equip"),
         ("S5165", "", "home modification")]
ICD = [("R26.81", "Unsteadiness on feet"), ("I50.9", "Heart failure, unspecified"),
       ("G30.1", "Alzheimer's disease with late onset"), ("E11.9", "Type 2 diabetes"),
       ("J44.9", "COPD, unspecified"), ("M17.11", "Primary osteoarthritis, right knee"),
       ("G80.9", "Cerebral palsy, unspecified"), ("F03.90", "Unspecified dementia")]
WAIVERS = [("PASS", "PASSPORT"), ("OHCW", "Ohio Home Care Waiver"), ("ASLW", "Assisted Living")]


def phone_for(ac):
    return ac + str(R.randint(2, 9)) + digits(2) + digits(4)


def fmt_phone(p, style):
    if style == 0:
        return "(%s) %s-%s" % (p[:3], p[3:6], p[6:])
    if style == 1:
        return "%s-%s-%s" % (p[:3], p[3:6], p[6:])
    if style == 2:
        return "+1" + p
    if style == 3:
        return "%s.%s.%s" % (p[:3], p[3:6], p[6:])
    return p


def make_person(i):
    sex = "F" if R.random() < 0.62 else "M"
    first = pick(FIRST_F if sex == "F" else FIRST_M)
    last = pick(LAST)
    r = R.random()
    if r < 0.12:
        y = R.randint(1996, 2004)
    elif r < 0.34:
        y = R.randint(1925, 1933)
    else:
        y = R.randint(1934, 1963)
    dob = dt.date(y, R.randint(1, 12), R.randint(1, 28))
    age = REF.year - dob.year - ((REF.month, REF.day) < (dob.month, dob.day))
    pl = pick(PLACES)
    ec_rel = pick(RELS)
    ecsex = (ec_rel in ("daughter", "niece", "sister", "daughter-in-law") or
             (ec_rel in ("spouse", "neighbor") and (sex == "M" if ec_rel == "spouse" else R.random() < 0.6)))
    ec_last = last if R.random() < 0.5 else pick(LAST)
    p = dict(
        sex=sex, first=first, last=last, mi=R.choice(MIDDLE), dob=dob, age=age,
        mid=str(R.randint(1, 9)) + digits(11), mbi=mbi() if (age >= 65 and R.random() < 0.7) else None,
        ssn=ssn(), case="HW-%d-%s" % (R.randint(2016, 2023), digits(6)),
        plan="SP" + digits(7), loc="LOC-24-" + digits(6), pa="PA24" + digits(8),
        street="%d %s" % (R.randint(11, 9899), pick(STREETS)),
        unit=pick(UNITS) if R.random() < 0.35 else None,
        city=pl[0], county=pl[1], zip=pick(pl[2]), fips=pl[4], cno=pl[5],
        lat=round(pl[6] + R.uniform(-0.08, 0.08), 5), lon=round(pl[7] + R.uniform(-0.08, 0.08), 5),
        phone=phone_for(pl[3]), cell=phone_for(pl[3]) if R.random() < 0.5 else None,
        waiver=pick(WAIVERS) if y < 1996 else WAIVERS[1],
        ec_first=pick(FIRST_F if ecsex else FIRST_M), ec_last=ec_last,
        ec_rel=ec_rel, ec_phone=phone_for(pl[3] if R.random() < 0.7 else pick(["614", "513", "216", "404", "312"])),
        mrn="E" + digits(7), pers=("LF4G-" + digits(8)) if R.random() < 0.4 else None,
        imei=imei(), fms=("FMS-" + digits(6)) if R.random() < 0.35 else None,
        acct=digits(R.choice([9, 10, 12])), routing=aba(), pcard=card(),
        vin=vin(), plate=pick(["HXR", "JKD", "GTP", "FLM"]) + " " + digits(4),
        dl=pick(["TY", "SR", "RK", "PB"]) + digits(6), fvd="FVD" + digits(9),
        ip="%d.%d.%d.%d" % (pick([74, 98, 172, 24, 107, 65]), R.randint(1, 254), R.randint(0, 255), R.randint(1, 254)),
        pcn="HW" + digits(10), icn="2224" + digits(9), fhir="pt-" + hexs(12),
        pers_sub="S" + digits(7),
    )
    p["email"] = None
    if R.random() < 0.55:
        p["email"] = "%s.%s%d@%s" % (fold(first).lower().replace("-", ""), fold(last).lower().replace(" ", "").replace("'", "").replace(".", ""),
                                    R.randint(1, 99), pick(["gmail.com", "yahoo.com", "aol.com", "att.net", "outlook.com", "sbcglobal.net"]))
    return p


PEOPLE = [make_person(i) for i in range(42)]

# ---------------------------------------------------------------- time
NOW = dt.datetime(2024, 3, 14, 5, 52, 7, 118000)


def tick():
    global NOW
    NOW += dt.timedelta(seconds=R.randint(4, 75), milliseconds=R.randint(0, 999))


def t_iso_local(t=None):
    t = t or NOW
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d-04:00" % (t.microsecond // 1000)


def t_iso_z(t=None):
    t = (t or NOW) + dt.timedelta(hours=4)
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def t_sys(t=None):
    t = t or NOW
    return t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if t.day < 10 else t.strftime("%b %d %H:%M:%S")


def t_clf():
    return NOW.strftime("[%d/%b/%Y:%H:%M:%S -0400]")


def t_py():
    return NOW.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (NOW.microsecond // 1000)


def t_epoch_ms():
    return int((NOW + dt.timedelta(hours=4) - dt.datetime(1970, 1, 1)).total_seconds() * 1000)


def d_iso(d):
    return d.strftime("%Y-%m-%d")


def d_us(d):
    return d.strftime("%m/%d/%Y")


def d8(d):
    return d.strftime("%Y%m%d")


def near_date(lo=-30, hi=30):
    return REF + dt.timedelta(days=R.randint(lo, hi))


def person():
    return pick(PEOPLE)


def staff():
    return pick(STAFF)


def trace():
    return hexs(32), hexs(16)


# ---------------------------------------------------------------- systems
def g_carelink():
    p = person()
    st = staff()
    tid, sid = trace()
    base = {"@timestamp": t_iso_local(), "@version": "1"}
    tail = {"logger_name": None, "thread_name": pick(["http-nio-8443-exec-%d" % R.randint(1, 40), "scheduling-1", "mmis-out-2"]),
            "level": "INFO", "level_value": 20000, "app": "carelink", "ver": "4.12.3",
            "traceId": tid, "spanId": sid}
    k = R.randint(0, 17)
    rec = dict(base)
    if k == 0:
        rec["message"] = S("Service plan ", P(p["plan"], "other_id"), " revision ", str(R.randint(2, 14)), " saved for member ", P(p["mid"], "health_plan"))
        tail["logger_name"] = "com.hwcc.carelink.plan.ServicePlanService"
        tail["user"] = st[2]
        tail["caseNo"] = P(p["case"], "other_id")
    elif k == 1:
        rec["message"] = S("Participant record opened: ", P("%s, %s" % (p["last"], p["first"]), "name"), " (DOB ", P(d_us(p["dob"]), "date"), ")")
        tail["logger_name"] = "com.hwcc.carelink.audit.AccessAudit"
        tail["user"] = st[2]
    elif k == 2:
        rec["message"] = "LOC reassessment due"
        rec["member"] = {"medicaidId": P(p["mid"], "health_plan"), "locDueDate": P(d_iso(near_date(1, 45)), "date"),
                         "county": P(p["county"], "address"), "waiver": p["waiver"][0]}
        tail["logger_name"] = "com.hwcc.carelink.loc.LocScheduler"
        tail["thread_name"] = "scheduling-1"
    elif k == 3:
        rec["message"] = "Address change queued for MMIS demographic update"
        rec["chg"] = {"caseNo": P(p["case"], "other_id"), "addr1": P(p["street"], "address"),
                      "city": P(p["city"], "address"), "st": "OH", "zip": P(p["zip"], "zip")}
        tail["logger_name"] = "com.hwcc.carelink.mmis.DemographicSync"
        tail["user"] = st[2]
    elif k == 4:
        rec["message"] = S("Vehicle modification bid attached to plan ", P(p["plan"], "other_id"), ": VIN ", P(p["vin"], "vehicle"),
                           ", plate ", P(p["plate"], "vehicle"), " (OH), vendor Mobility Works quote Q-", digits(6))
        tail["logger_name"] = "com.hwcc.carelink.plan.HomeVehicleModService"
        tail["user"] = st[2]
    elif k == 5:
        rec["message"] = S("Employer-of-record identity verified via BMV: DL ", P(p["dl"], "license"), " for participant ", P(p["fms"] or p["case"], "other_id"))
        tail["logger_name"] = "com.hwcc.carelink.sd.EmployerAuthority"
        tail["user"] = st[2]
    elif k == 6:
        rec["message"] = "Emergency contact updated"
        rec["ec"] = {"name": P("%s %s" % (p["ec_first"], p["ec_last"]), "name"), "rel": p["ec_rel"],
                     "phone": P(fmt_phone(p["ec_phone"], 1), "phone"), "member": P(p["mid"], "health_plan")}
        tail["logger_name"] = "com.hwcc.carelink.contact.ContactService"
        tail["user"] = st[2]
    elif k == 7:
        rec["message"] = "Authorized representative on file"
        fax = phone_for(p["phone"][:3])
        rec["rep"] = {"repName": P("%s %s" % (p["ec_first"], p["ec_last"]), "name"), "repFax": P(fmt_phone(fax, 0), "fax"),
                      "caseNo": P(p["case"], "other_id")}
        tail["logger_name"] = "com.hwcc.carelink.contact.RepresentativeService"
        tail["user"] = st[2]
        tail["level"] = "DEBUG"
        tail["level_value"] = 10000
    elif k == 8:
        rec["message"] = "Uploaded document"
        rec["doc"] = {"type": "PHOTO_ID", "caseNo": P(p["case"], "other_id"), "mime": "image/jpeg",
                      "thumb": S("data:image/jpeg;base64,", P("/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAA" + b64(60), "photo"))}
        tail["logger_name"] = "com.hwcc.carelink.doc.DocumentController"
        tail["user"] = st[2]
        tail["level"] = "DEBUG"
        tail["level_value"] = 10000
    else:
        tail["user"] = pick([None, st[2]])
        k2 = R.randint(0, 8)
        msgs = [
            ("com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=1m%ds)." % R.randint(2, 40), "WARN"),
            ("com.hwcc.carelink.loc.LocScheduler", "Completed job LocReassessmentDueJob in %d ms (due30=%d, overdue=%d)" % (R.randint(300, 2000), R.randint(10, 60), R.randint(0, 9)), "INFO"),
            ("com.hwcc.carelink.rates.RateCache", "Cache 'hcpcsRates' refreshed: %d entries, fee schedule 2024Q1 (sha256 %s)" % (R.randint(180, 240), hexs(16)), "INFO"),
            ("com.hwcc.carelink.security.SamlSuccessHandler", "User %s authenticated via SAML (idp=login.hwcc-ohio.org, session=%s)" % (st[2], hexs(24)), "INFO"),
            ("com.hwcc.carelink.provider.CredentialCheck", "Provider NPI %s (%s) credential check OK, Medicaid provider %s" % (PROVIDERS[R.randint(0, 4)][1], PROV_DISPLAY[PROVIDERS[0][0]], PROVIDERS[0][2]), "INFO"),
            ("com.hwcc.carelink.mmis.OutboundQueue", "Outbound MMIS batch HW%s-%04d queued (%d claims, %d bytes)" % (NOW.strftime("%y%m%d"), R.randint(1, 9), R.randint(20, 90), R.randint(9000, 40000)), "INFO"),
            ("com.hwcc.carelink.ops.ReleaseInfo", "Change ticket CHG00%d linked to deployment 4.12.3-b2231 (commit %s)" % (R.randint(10000, 99999), hexs(10)), "INFO"),
            ("org.springframework.boot.StartupInfoLogger", "Started CareLinkApplication in %.3f seconds (process running for %.1f)" % (R.uniform(30, 50), R.uniform(50, 60)), "INFO"),
            ("com.hwcc.carelink.supply.PpeOrder", "PPE reorder PO-2024-%05d: SKU MDS192076 nitrile gloves L, lot 23K0419, qty 40 cs, ship to 1550 Corporate Exchange Dr" % R.randint(1, 99999), "INFO"),
        ]
        lg, m, lv = msgs[k2]
        rec["message"] = m
        tail["logger_name"] = lg
        tail["level"] = lv
        tail["level_value"] = {"INFO": 20000, "WARN": 30000}[lv]
        if tail["user"] is None:
            del tail["user"]
    rec.update(tail)
    return [("carelink_json", J(rec, compact=True))]


def g_evv():
    p = person()
    aide = pick(AIDES)
    prov = pick(PROVIDERS)
    svc = pick(HCPCS[:3])
    k = R.randint(0, 9)
    rec = {"ts": t_epoch_ms(), "event": None, "visitId": uid()}
    if k <= 3:
        rec["event"] = "visit.clock_in" if k < 2 else "visit.clock_out"
        rec["providerNpi"] = prov[1]
        rec["providerMedicaidId"] = prov[2]
        relative = p["fms"] is not None and R.random() < 0.6
        if relative:
            rec["worker"] = {"id": "W-%05d" % R.randint(1, 99999), "name": P("%s %s" % (p["ec_first"], p["ec_last"]), "name"),
                             "relationship": p["ec_rel"].upper()}
        else:
            rec["worker"] = {"id": aide[0], "name": aide[1]}
        rec["client"] = {"medicaidId": P(p["mid"], "health_plan")}
        rec["service"] = {"hcpcs": svc[0], "modifier": svc[1]}
        rec["method"] = "MOBILE_GPS"
        rec["gps"] = {"lat": P(repr(p["lat"]), "address", raw=True), "lng": P(repr(p["lon"]), "address", raw=True), "accM": R.randint(4, 40)}
        key = "clockIn" if k < 2 else "clockOut"
        rec[key] = P(t_iso_local(NOW - dt.timedelta(seconds=R.randint(5, 50))), "date")
        if k >= 2:
            rec["units"] = R.choice([8, 12, 16, 24])
            rec["tasks"] = R.sample(["BATHING", "DRESSING", "MEAL_PREP", "LAUNDRY", "MED_REMINDER", "ESCORT"], 2)
            rec["clientVerification"] = "SIGNATURE"
        rec["device"] = {"id": uid(), "app": "VisitVerify Mobile 5.8.2 (1187)", "os": pick(["Android 14", "iOS 17.3.1"])}
    elif k == 4:
        rec["event"] = "visit.fvd_verify"
        rec["client"] = {"medicaidId": P(p["mid"], "health_plan")}
        rec["fvd"] = {"serial": P(p["fvd"], "device"), "code": digits(6), "type": "FOB"}
        rec["worker"] = {"id": aide[0]}
    elif k == 5:
        rec["event"] = "visit.exception"
        rec["codes"] = [pick(["GPS_OUT_OF_RANGE", "UNSCHEDULED_VISIT", "LATE_CLOCK_IN", "MISSING_CLOCK_OUT"])]
        dist = R.randint(160, 2400)
        if rec["codes"][0] == "GPS_OUT_OF_RANGE":
            rec["distanceM"] = dist
        rec["worker"] = {"id": aide[0]}
    elif k == 6:
        rec["event"] = "aggregator.export"
        rec["batchId"] = "AGG-%s-%03d" % (NOW.strftime("%Y%m%d"), R.randint(1, 120))
        rec["visits"] = R.randint(200, 3000)
        rec["status"] = pick(["ACCEPTED", "ACCEPTED", "PARTIAL"])
        rec["endpoint"] = "https://evv-aggregator.medicaid.ohio.gov/api/v3/visits"
        del rec["visitId"]
    elif k == 7:
        rec["event"] = "webhook.retry"
        rec["attempt"] = R.randint(2, 5)
        rec["httpStatus"] = pick([502, 503, 504])
        rec["latencyMs"] = R.randint(3000, 30000)
    else:
        rec["event"] = "visit.exception_resolved"
        rec["reasonCode"] = pick(["RC04", "RC11", "RC17"])
        rec["resolvedBy"] = pick(STAFF)[2]
        rec["memo"] = pick(["aide phone GPS drift, visit confirmed by phone", "schedule updated", "worker forgot to clock out; supervisor attested"])
    return [("evv_json", J(rec, compact=True))]


def g_ivr():
    p = person()
    host = "ivr-evv0%d" % R.randint(1, 2)
    pre = "%s %s evv-ivr[%d]: " % (t_py().replace(",", "."), host, R.randint(1200, 4000))
    k = R.randint(0, 5)
    cid = "CA" + hexs(32)
    if k <= 1:
        pairs = [("call_id", cid), ("ani", P(p["phone"], "phone")), ("dnis", "18665550199"),
                 ("worker_pin", "****"), ("member_id", P(p["mid"], "health_plan")),
                 ("action", pick(["CLOCK_IN", "CLOCK_OUT"])), ("result", "MATCH_LANDLINE"), ("dur_ms", R.randint(20000, 90000))]
    elif k == 2:
        pairs = [("call_id", cid), ("event", "member_verify"), ("member_id", P(p["mid"], "health_plan")),
                 ("vp_template", P(b64(48), "biometric")), ("score", "%.2f" % R.uniform(0.7, 0.99)), ("result", "PASS")]
    elif k == 3:
        pairs = [("call_id", cid), ("ani", P(p["phone"], "phone")), ("result", "ANI_NOT_ON_FILE"),
                 ("prompt", "enter_member_id"), ("digits", P(p["mid"][:11], "health_plan")), ("err", "invalid_length")]
    elif k == 4:
        pairs = [("event", "sip_register"), ("peer", "sip.carrier-trunk.net:5061"), ("status", "200"), ("expires", "3600"), ("codec", "PCMU")]
    else:
        pairs = [("call_id", cid), ("event", "asr"), ("model", "en-US-telephony-v3"), ("latency_ms", R.randint(90, 600)), ("confidence", "%.2f" % R.uniform(0.5, 1))]
    return [("ivr_kv", [pre] + LF(pairs))]


# ---- X12
def isa_gs(tset, ver):
    ctl = "%09d" % R.randint(1, 999999)
    gctl = str(int(ctl))
    snd, rcv = ("HWCC7731       ", "OHMITS         ") if tset in ("837", "270", "278") else ("OHMITS         ", "HWCC7731       ")
    fid = {"837": "HC", "270": "HS", "271": "HB", "278": "HI", "835": "HP", "999": "FA"}[tset]
    return ctl, gctl, [
        "ISA*00*          *00*          *ZZ*%s*ZZ*%s*%s*%s*^*00501*%s*0*P*:~" % (snd, rcv, NOW.strftime("%y%m%d"), NOW.strftime("%H%M"), ctl),
        "GS*%s*%s*%s*%s*%s*%s*X*%s~" % (fid, snd.strip(), rcv.strip(), NOW.strftime("%Y%m%d"), NOW.strftime("%H%M"), gctl, ver),
    ]


def x12_name(p, q, idq, idv, idcat):
    return ["NM1*", q, "*1*", P(fold(p["last"]).upper(), "name"), "*", P(fold(p["first"]).upper(), "name"), "*", P(p["mi"], "name"), "***", idq, "*", P(idv, idcat), "~"]


def x12_addr(p):
    l = ["N3*", P(p["street"].upper(), "address")]
    if p["unit"]:
        l += ["*", P(p["unit"].upper(), "address")]
    l.append("~")
    return [l, ["N4*", P(p["city"].upper(), "address"), "*OH*", P(p["zip"], "zip"), "~"]]


def g_x12():
    kind = pick(["837", "837", "835", "270", "278", "999"])
    out = []
    if kind == "837":
        ver = "005010X222A1"
        ctl, g, env = isa_gs("837", ver)
        out += env
        segs = ["ST*837*0001*%s~" % ver, "BHT*0019*00*HW%s-%04d*%s*%s*CH~" % (NOW.strftime("%y%m%d"), R.randint(1, 9), NOW.strftime("%Y%m%d"), NOW.strftime("%H%M")),
                "NM1*41*2*HEARTLAND WAIVER CARE COORDINATION*****46*HWCC7731~", "PER*IC*BILLING DEPT*TE*%s*EM*edi@hwcc-ohio.org~" % ORG_PHONE,
                "NM1*40*2*OHIO DEPARTMENT OF MEDICAID*****46*OHMITS~"]
        out += segs
        n = R.randint(1, 2)
        hl = 1
        for _ in range(n):
            p = person()
            prov = pick(PROVIDERS)
            out += ["HL*%d**20*1~" % hl, "NM1*85*2*%s*****XX*%s~" % (prov[0], prov[1]), "N3*%s~" % prov[3][0],
                    "N4*%s*OH*%s~" % (prov[3][1], prov[3][2]), "REF*EI*31%s~" % digits(7)]
            out += ["HL*%d*%d*22*0~" % (hl + 1, hl), "SBR*P*18*******MC~"]
            out.append(x12_name(p, "IL", "MI", p["mid"], "health_plan"))
            out += x12_addr(p)
            out.append(["DMG*D8*", P(d8(p["dob"]), "date"), "*", p["sex"], "~"])
            out.append("NM1*PR*2*OHIO MEDICAID*****PI*OHMCD~")
            svc = pick(HCPCS[:4])
            units = R.choice([16, 24, 32, 48])
            amt = "%.2f" % (units * 5.49)
            out.append(["CLM*", P(p["pcn"], "account"), "*", amt, "***12:B:1*Y*A*Y*Y~"])
            out.append(["REF*G1*", P(p["pa"], "other_id"), "~"])
            out.append("HI*ABK:%s~" % pick(ICD)[0].replace(".", ""))
            out.append("LX*1~")
            out.append("SV1*HC:%s%s*%s*UN*%d***1~" % (svc[0], (":" + svc[1]) if svc[1] else "", amt, units))
            out.append(["DTP*472*D8*", P(d8(near_date(-14, -1)), "date"), "~"])
            hl += 2
        out += ["SE*%d*0001~" % (len(out) - 1), "GE*1*%s~" % g, "IEA*1*%s~" % ctl]
    elif kind == "835":
        ver = "005010X221A1"
        ctl, g, env = isa_gs("835", ver)
        out += env
        prov = pick(PROVIDERS)
        out += ["ST*835*1001~", "BPR*I*%.2f*C*ACH*CCP*01*%s*DA*%s*1316000149**01*%s*DA*%s*%s~" % (R.uniform(2000, 40000), aba(), digits(9), aba(), digits(10), NOW.strftime("%Y%m%d")),
                "TRN*1*%s*1316000149~" % digits(10), "N1*PR*OHIO DEPARTMENT OF MEDICAID~", "N1*PE*%s*XX*%s~" % (prov[0], prov[1])]
        for _ in range(R.randint(1, 2)):
            p = person()
            billed = R.uniform(80, 300)
            out.append(["CLP*", P(p["pcn"], "account"), "*1*%.2f*%.2f**MC*" % (billed, billed * 0.93), P(p["icn"], "other_id"), "~"])
            out.append(x12_name(p, "QC", "MR", p["mid"], "health_plan"))
            out.append(["DTM*232*", P(d8(near_date(-30, -10)), "date"), "~"])
            out.append("CAS*CO*45*%.2f~" % (billed * 0.07))
        out += ["SE*%d*1001~" % (len(out) - 1), "GE*1*%s~" % g, "IEA*1*%s~" % ctl]
    elif kind == "270":
        ver = "005010X279A1"
        ctl, g, env = isa_gs("270", ver)
        p = person()
        out += env + ["ST*270*0001*%s~" % ver, "BHT*0022*13*%s*%s*%s~" % (hexs(10).upper(), NOW.strftime("%Y%m%d"), NOW.strftime("%H%M%S")),
                      "HL*1**20*1~", "NM1*PR*2*OHIO MEDICAID*****PI*OHMCD~", "HL*2*1*21*1~",
                      "NM1*1P*2*HEARTLAND WAIVER CARE COORDINATION*****XX*%s~" % PROVIDERS[0][1], "HL*3*2*22*0~",
                      x12_name(p, "IL", "MI", p["mid"], "health_plan"),
                      ["DMG*D8*", P(d8(p["dob"]), "date"), "~"],
                      ["DTP*291*D8*", P(d8(REF), "date"), "~"], "EQ*30~"]
        out += ["SE*%d*0001~" % (len(out) - 1), "GE*1*%s~" % g, "IEA*1*%s~" % ctl]
    elif kind == "278":
        ver = "005010X217"
        ctl, g, env = isa_gs("278", ver)
        p = person()
        svc = pick(HCPCS)
        st0 = near_date(10, 20)
        out += env + ["ST*278*0001*%s~" % ver, "BHT*0007*11*%s*%s*%s~" % (digits(8), NOW.strftime("%Y%m%d"), NOW.strftime("%H%M")),
                      "HL*1**20*1~", "NM1*X3*2*OHIO DEPARTMENT OF MEDICAID*****PI*OHMCD~", "HL*2*1*21*1~",
                      "NM1*1P*2*HEARTLAND WAIVER CARE COORDINATION*****XX*%s~" % PROVIDERS[0][1], "HL*3*2*22*1~",
                      x12_name(p, "IL", "MI", p["mid"], "health_plan"),
                      ["DMG*D8*", P(d8(p["dob"]), "date"), "*", p["sex"], "~"],
                      "HL*4*3*EV*0~", "UM*HS*I*12:B~",
                      ["REF*BB*", P(p["pa"], "other_id"), "~"],
                      ["DTP*472*RD8*", P(d8(st0), "date"), "-", P(d8(st0 + dt.timedelta(days=182)), "date"), "~"],
                      "HI*ABK:%s~" % pick(ICD)[0].replace(".", ""),
                      "SV1*HC:%s*0*UN*%d~" % (svc[0], R.choice([480, 960, 1440]))]
        out += ["SE*%d*0001~" % (len(out) - 1), "GE*1*%s~" % g, "IEA*1*%s~" % ctl]
    else:
        ver = "005010X231A1"
        ctl, g, env = isa_gs("999", ver)
        out += env + ["ST*999*0001*%s~" % ver, "AK1*HC*%d*005010X222A1~" % R.randint(1000, 9999),
                      "AK2*837*0001*005010X222A1~", "IK5*A~", "AK9*A*1*1*1~", "SE*6*0001~", "GE*1*%s~" % g, "IEA*1*%s~" % ctl]
    return [("x12", l if isinstance(l, list) else [l]) for l in out]


def g_hl7():
    p = person()
    h = pick(HOSPS)
    ev = pick(["A03", "A03", "A01"])
    adm = dt.datetime.combine(near_date(-9, -1), dt.time(R.randint(0, 23), R.randint(0, 59)))
    dis = NOW - dt.timedelta(minutes=R.randint(20, 200))
    out = []
    out.append("MSH|^~\\&|EPIC|%s|HIE_NOTIFY|HWCC|%s||ADT^%s^ADT_%s|%s|P|2.5.1|||AL|NE" % (h[0], NOW.strftime("%Y%m%d%H%M%S"), ev, ev, "MSG" + digits(9)))
    out.append(["EVN|", ev, "|", P((dis if ev == "A03" else adm).strftime("%Y%m%d%H%M"), "date")])
    pid = ["PID|1||", P(p["mrn"], "mrn"), "^^^", h[0], "^MR~", P(p["mid"], "health_plan"), "^^^OHMCD^MA||",
           P("%s^%s^%s" % (fold(p["last"]).upper(), fold(p["first"]).upper(), p["mi"]), "name"), "||",
           P(d8(p["dob"]), "date"), "|", p["sex"], "|||", P(p["street"], "address"), "^"]
    if p["unit"]:
        pid.append(P(p["unit"], "address"))
    pid += ["^", P(p["city"], "address"), "^OH^", P(p["zip"], "zip"), "^USA^H^^", P(p["fips"], "address"), "||",
            P(fmt_phone(p["phone"], 0), "phone"), "^PRN^PH|||||||", P(p["ssn"].replace("-", ""), "ssn")]
    out.append(pid)
    if R.random() < 0.7:
        out.append(["NK1|1|", P("%s^%s" % (fold(p["ec_last"]).upper(), fold(p["ec_first"]).upper()), "name"), "|",
                    p["ec_rel"][:3].upper(), "^", p["ec_rel"].title(), "||", P(fmt_phone(p["ec_phone"], 0), "phone")])
    doc = pick(PHYS).replace("Dr. ", "").split(" ", 1)
    pv1 = ["PV1|1|I|5W^%d^A^%s||||%s^%s^%s^^^^MD|||MED||||7|||||%s|MC|||||||||||||||||||%s||||||||" % (
        R.randint(500, 599), h[0], npi(), doc[1].upper(), doc[0].upper(), digits(9), "01" if ev == "A03" else ""),
           P(adm.strftime("%Y%m%d%H%M"), "date")]
    if ev == "A03":
        pv1 += ["|", P(dis.strftime("%Y%m%d%H%M"), "date")]
    out.append(pv1)
    icd = pick(ICD)
    out.append("DG1|1||%s^%s^I10||%s|A" % (icd[0], icd[1], NOW.strftime("%Y%m%d")))
    return [("hl7v2", l if isinstance(l, list) else [l]) for l in out]


def g_fhir():
    p = person()
    k = R.randint(0, 4)
    if k <= 1:
        rec = {"resourceType": "Patient", "id": P(p["fhir"], "other_id"),
               "meta": {"versionId": str(R.randint(1, 9)), "lastUpdated": t_iso_z()},
               "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.3421.1", "value": P(p["mid"], "health_plan")}]}
        if p["mbi"]:
            rec["identifier"].append({"system": "http://hl7.org/fhir/sid/us-mbi", "value": P(p["mbi"], "health_plan")})
        rec["name"] = [{"family": P(p["last"], "name"), "given": [P(p["first"], "name")]}]
        rec["telecom"] = [{"system": "phone", "value": P(fmt_phone(p["phone"], 1), "phone"), "use": "home"}]
        if p["email"]:
            rec["telecom"].append({"system": "email", "value": P(p["email"], "email")})
        rec["gender"] = "female" if p["sex"] == "F" else "male"
        rec["birthDate"] = P(d_iso(p["dob"]), "date")
        line = [P(p["street"], "address")] + ([P(p["unit"], "address")] if p["unit"] else [])
        rec["address"] = [{"use": "home", "line": line, "city": P(p["city"], "address"), "district": P(p["county"], "address"),
                           "state": "OH", "postalCode": P(p["zip"], "zip")}]
    elif k == 2:
        st0 = near_date(-200, -20)
        rec = {"resourceType": "Coverage", "id": "cov-" + hexs(10), "status": "active",
               "subscriberId": P(p["mid"], "health_plan"), "beneficiary": {"reference": S("Patient/", P(p["fhir"], "other_id"))},
               "period": {"start": P(d_iso(st0), "date"), "end": P(d_iso(st0 + dt.timedelta(days=364)), "date")},
               "payor": [{"display": "Ohio Department of Medicaid"}],
               "class": [{"type": {"text": "plan"}, "value": p["waiver"][0], "name": p["waiver"][1]}]}
    elif k == 3:
        rec = {"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "throttled",
               "diagnostics": "Rate limit 120 req/min exceeded for client hwcc-carelink (retry-after 17s)"}]}
    else:
        rec = {"resourceType": "Bundle", "type": "searchset", "total": 0, "link": [{"relation": "self",
               "url": "https://fhir.mits.medicaid.ohio.gov/r4/Practitioner?identifier=%s" % PROVIDERS[R.randint(0, 4)][1]}]}
    return [("fhir_json", J(rec, compact=True))]


UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 14; SM-A156U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.119 Mobile Safari/537.36"]


def g_nginx():
    p = person()
    k = R.randint(0, 9)
    rt = "rt=%.3f uct=%.3f" % (R.uniform(0.005, 1.2), R.uniform(0, 0.01))
    if k <= 2:
        path = pick(["/portal/budget/summary", "/portal/messages", "/portal/login", "/portal/careplan", "/portal/timesheets/pending", "/static/js/app.4f9c2e.js"])
        items = [P(p["ip"], "ip"), " - - ", t_clf(), ' "GET %s HTTP/2.0" %d %d "https://myplan.hwcc-ohio.org/portal/" "%s" %s' % (
            path, pick([200, 200, 304]), R.randint(300, 90000), pick(UAS), rt)]
    elif k == 3:
        items = [P(p["ip"], "ip"), " - - ", t_clf(), ' "GET /portal/password-reset?email=', P((p["email"] or "member%d@gmail.com" % R.randint(1, 99)).replace("@", "%40"), "email"),
                 ' HTTP/2.0" 302 0 "-" "%s" %s' % (pick(UAS), rt)]
    elif k == 4:
        items = ["10.20.%d.%d - cc - " % (R.randint(1, 9), R.randint(10, 200)), t_clf(), ' "GET /carelink/api/members/', P(p["mid"], "health_plan"),
                 '/authorizations?status=active HTTP/1.1" 200 %d "-" "CareLink-UI/4.12.3" %s' % (R.randint(400, 8000), rt)]
    elif k == 5:
        items = ["52.14.%d.%d - - " % (R.randint(0, 255), R.randint(1, 254)), t_clf(),
                 ' "POST /hooks/evv/visits HTTP/1.1" %d %d "-" "VisitVerify-Webhook/2.1" %s' % (pick([202, 202, 500]), R.randint(2, 60), rt)]
    elif k == 6:
        items = ["10.20.0.%d - - " % R.randint(2, 9), t_clf(), ' "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28" %s' % rt]
    elif k == 7:
        items = ["64.91.%d.%d - - " % (R.randint(0, 255), R.randint(1, 254)), t_clf(),
                 ' "HEAD / HTTP/1.1" 200 0 "-" "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)" %s' % rt]
    elif k == 8:
        items = [P(p["ip"], "ip"), " - - ", t_clf(), ' "POST /portal/timesheets/%s/approve HTTP/2.0" 200 %d "https://myplan.hwcc-ohio.org/portal/timesheets/pending" "%s" %s' % (
            "TS" + digits(8), R.randint(100, 900), pick(UAS), rt)]
    else:
        items = ["185.%d.%d.%d - - " % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)), t_clf(),
                 ' "GET /wp-login.php HTTP/1.1" 404 153 "-" "Mozilla/5.0 (compatible; zgrab/0.x)" %s' % rt]
    return [("nginx_access", items)]


def g_syslog():
    k = R.randint(0, 8)
    host = pick(["hwcc-app01", "hwcc-app03", "hwcc-db02", "hwcc-mail01", "hwcc-sftp01"])
    pid = R.randint(800, 40000)
    if k == 0:
        m = "sshd[%d]: Accepted publickey for deploy from 10.20.8.%d port %d ssh2: ED25519 SHA256:%s" % (pid, R.randint(2, 60), R.randint(40000, 65000), b64(32).rstrip("="))
    elif k == 1:
        m = "CRON[%d]: (root) CMD (/usr/local/bin/mmis_pull.sh --profile mits-prod >> /var/log/mmis_pull.log 2>&1)" % pid
    elif k == 2:
        p = person()
        if p["email"]:
            host = "hwcc-mail01"
            qid = hexs(10).upper()
            return [("syslog", ["%s %s postfix/smtp[%d]: %s: to=<" % (t_sys(), host, pid, qid), P(p["email"], "email"),
                                ">, relay=%s, delay=%.1f, delays=0.1/0/0.4/0.7, dsn=2.0.0, status=sent (250 2.0.0 OK %d %s - gsmtp)" % (
                                    pick(["gmail-smtp-in.l.google.com[142.250.112.27]:25", "mx-aol.mail.gm0.yahoodns.net[67.195.204.72]:25"]),
                                    R.uniform(0.5, 3), R.randint(1710000000, 1710500000), hexs(12))])]
        m = "postfix/smtp[%d]: %s: to=<%s@hwcc-ohio.org>, relay=hwcc-ohio-org.mail.protection.outlook.com[52.101.40.8]:25, delay=0.9, dsn=2.6.0, status=sent" % (
            pid, hexs(10).upper(), pick(["j.morales", "k.patel", "billing", "t.baker"]))
    elif k == 3:
        m = "systemd[1]: Started carelink.service - CareLink case management (4.12.3)."
    elif k == 4:
        m = "kernel: [%d.%06d] nf_conntrack: table full, dropping packet" % (R.randint(100000, 999999), R.randint(0, 999999))
    elif k == 5:
        m = "sshd[%d]: Failed password for invalid user admin from 45.134.%d.%d port %d ssh2" % (pid, R.randint(0, 255), R.randint(1, 254), R.randint(30000, 65000))
    elif k == 6:
        m = "chronyd[%d]: Selected source 129.6.15.28 (time.nist.gov)" % pid
    elif k == 7:
        m = "sudo[%d]:   hlindgren : TTY=pts/1 ; PWD=/home/hlindgren ; USER=root ; COMMAND=/usr/bin/systemctl restart carelink" % pid
    else:
        m = "postfix/qmgr[%d]: %s: from=<noreply@hwcc-ohio.org>, size=%d, nrcpt=1 (queue active)" % (pid, hexs(10).upper(), R.randint(2000, 30000))
    return [("syslog", "%s %s %s" % (t_sys(), host, m))]


def g_xfer():
    p = person()
    k = R.randint(0, 4)
    ts = NOW.strftime("%a %b %d %H:%M:%S %Y")
    if k == 0:
        ad = near_date(-20, -1)
        items = [ts, " %d 10.50.1.20 %d /inbound/loc/LOC_" % (R.randint(1, 4), R.randint(80000, 900000)),
                 P(p["mid"], "health_plan"), "_", P(d8(ad), "date"), ".pdf b _ i r hwcc_loc ssh 0 * c"]
    else:
        f = pick(["/outbound/mits/837P_HWCC7731_%s_%04d.x12" % (NOW.strftime("%Y%m%d"), R.randint(1, 9)),
                  "/inbound/mits/835_HWCC7731_%s.x12" % NOW.strftime("%Y%m%d"),
                  "/inbound/mits/ELIG_ROSTER_%s.dat" % NOW.strftime("%Y%m%d"),
                  "/outbound/evv/AGG_EXPORT_%s.json.gz" % NOW.strftime("%Y%m%d%H%M")])
        items = [ts, " %d 10.50.1.20 %d %s b _ %s r mitsxfer ssh 0 * c" % (R.randint(1, 30), R.randint(4000, 9000000), f, "i" if "inbound" in f else "o")]
    return [("xferlog", items)]


FMS_HDR_B = "rec_type,fms_participant_id,medicaid_id,participant_name,budget_start,budget_end,authorized_amt,spent_ytd,remaining,reimb_routing,reimb_acct"
FMS_HDR_T = "rec_type,timesheet_id,fms_participant_id,worker_id,worker_name,relationship,pay_period_end,hours,rate,gross,status"


def g_fms():
    budget = R.random() < 0.45
    out = [("fms_csv", FMS_HDR_B if budget else FMS_HDR_T)]
    for _ in range(R.randint(1, 3)):
        out += fms_row(budget)
    return out


def fms_row(budget):
    p = person()
    while not p["fms"]:
        p = person()
    if budget:
        bs = dt.date(2023, pick([7, 10]), 1)
        auth = R.randint(9000, 42000)
        sp = R.uniform(0.3, 0.9) * auth
        items = ["BUDGET,", P(p["fms"], "other_id"), ",", P(p["mid"], "health_plan"), ',"', P("%s, %s" % (p["last"], p["first"]), "name"), '",',
                 P(d_iso(bs), "date"), ",", P(d_iso(bs.replace(year=2024) - dt.timedelta(days=1)), "date"),
                 ",%.2f,%.2f,%.2f," % (auth, sp, auth - sp), p["routing"], ",", P(p["acct"], "account")]
        return [("fms_csv", items)]
    relative = R.random() < 0.5
    pe = REF - dt.timedelta(days=(REF.weekday() + 2) % 7)
    hrs = R.choice([12.5, 20, 24, 31.75, 40])
    rate = pick([14.5, 15.25, 16.0])
    if relative:
        wn = [P("%s %s" % (p["ec_first"], p["ec_last"]), "name"), ",", p["ec_rel"].upper()]
    else:
        a = pick(AIDES)
        wn = [a[1], ",NONE"]
    items = ["TIMESHEET,TS%s," % digits(8), P(p["fms"], "other_id"), ",W-%05d," % R.randint(1, 99999), wn, ",",
             P(d_iso(pe), "date"), ",%.2f,%.2f,%.2f,%s" % (hrs, rate, hrs * rate, pick(["APPROVED", "PENDING_PARTICIPANT", "REJECTED_OVER_BUDGET"]))]
    return [("fms_csv", items)]


def g_pg():
    p = person()
    pre = "%s EDT [%d] " % (NOW.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (NOW.microsecond // 1000), R.randint(10000, 60000))
    k = R.randint(0, 6)
    if k == 0:
        items = [pre, 'carelink_app@carelink LOG:  AUDIT: SESSION,%d,1,READ,SELECT,,,"SELECT m.member_key, m.last_nm, m.first_nm FROM cl.member m WHERE m.medicaid_id = \'' % R.randint(1, 900),
                 P(p["mid"], "health_plan"), "' AND m.birth_dt = '", P(d_iso(p["dob"]), "date"), "'\",<not logged>"]
    elif k == 1:
        items = [pre, 'carelink_app@carelink LOG:  AUDIT: SESSION,%d,1,WRITE,UPDATE,,,"UPDATE cl.member SET last_nm = \'' % R.randint(1, 900),
                 P(fold(p["last"]).upper().replace("'", "''"), "name"), "', phone_home = '", P(p["phone"], "phone"), "' WHERE case_no = '", P(p["case"], "other_id"), "'\",<not logged>"]
    elif k == 2:
        items = [pre, "LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=0.004 s, total=%.3f s" % (
            R.randint(100, 9000), R.uniform(0, 10), R.randint(0, 4), R.uniform(1, 30), R.uniform(1, 30))]
    elif k == 3:
        items = [pre, "LOG:  automatic vacuum of table \"carelink.cl.evv_visit\": index scans: 1, pages: 0 removed, %d remain" % R.randint(10000, 90000)]
    elif k == 4:
        items = [pre, "LOG:  connection authorized: user=reporting_ro database=carelink application_name=metabase SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)"]
    elif k == 5:
        items = [pre, "carelink_app@carelink LOG:  duration: %d.%03d ms  execute S_12: SELECT count(*) FROM cl.prior_auth WHERE status = $1" % (R.randint(500, 4000), R.randint(0, 999))]
    else:
        items = [pre, 'carelink_app@carelink ERROR:  duplicate key value violates unique constraint "member_ssn_uk"', " DETAIL:  Key (ssn)=(",
                 P(pick([p["ssn"].replace("-", ""), "000" + digits(6)]), "ssn"), ") already exists."]
    return [("pgaudit", items)]


def g_trace():
    p = person()
    pre = "%s ERROR 1 --- [mmis-elig-%d] c.h.carelink.mmis.EligibilityClient   : " % (NOW.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (NOW.microsecond // 1000), R.randint(1, 6))
    timeout = R.random() >= 0.6
    if not timeout:
        out = [[pre, "271 rejected for memberId=", P(p["mid"], "health_plan"), " dob=", P(d_iso(p["dob"]), "date")],
               ["com.hwcc.carelink.mmis.EligibilityException: AAA*Y**%s*C (%s)" % pick([("72", "Invalid/Missing Subscriber ID"), ("75", "Subscriber Not Found"), ("71", "Patient Birth Date Does Not Match")])]]
    else:
        out = [[pre, "MITS eligibility call failed (attempt %d/3)" % R.randint(1, 3)],
               ["org.springframework.web.client.ResourceAccessException: I/O error on POST request for \"https://edi.mits.medicaid.ohio.gov:8443/x12/270\": Read timed out"]]
    frames = ["\tat com.hwcc.carelink.mmis.EligibilityClient.parse271(EligibilityClient.java:%d)" % R.randint(150, 260),
              "\tat com.hwcc.carelink.mmis.EligibilityClient.check(EligibilityClient.java:%d)" % R.randint(80, 140),
              "\tat com.hwcc.carelink.mmis.EligibilityJob.lambda$run$0(EligibilityJob.java:57)",
              "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)",
              "\tat java.base/java.lang.Thread.run(Thread.java:1583)"]
    out += [[f] for f in frames[:R.randint(3, 5)]]
    if timeout:
        out += [["Caused by: java.net.SocketTimeoutException: Read timed out"], ["\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:278)"], ["\t... 14 common frames omitted"]]
    return [("java_trace", l) for l in out]


def g_note():
    p = person()
    ts = NOW.strftime("%Y-%m-%dT%H:%M:%S")
    k = R.randint(0, 4)
    st = pick([x for x in STAFF if x[2].startswith("rn_")]) if k == 3 else staff()
    title = "Mrs." if p["sex"] == "F" else "Mr."
    ec = "%s %s" % (p["ec_first"], p["ec_last"])
    agev = P(str(p["age"]), "age" if p["age"] > 89 else None)
    d = near_date(-6, -1)
    if k == 0:
        txt = ["HV completed w/ ", title, " ", P(p["last"], "name"), ". Pt is ", agev, " y/o, lives ", pick(["alone", "w/ spouse"]), " at ",
               P(p["street"], "address"), ". ", p["ec_rel"].capitalize(), " ", P(p["ec_first"], "name"), " (", P(fmt_phone(p["ec_phone"], 1), "phone"),
               ") does groceries Tues. ADLs stable; PCA %s %dh/day continues. Next HV 90d." % (pick(HCPCS[:2])[0], R.randint(2, 6))]
    elif k == 1:
        rel_es = {"daughter": "hija", "son": "hijo", "spouse": "esposo/a", "niece": "sobrina", "grandson": "nieto", "sister": "hermana",
                  "neighbor": "vecino/a", "daughter-in-law": "nuera", "nephew": "sobrino"}[p["ec_rel"]]
        txt = ["Llamada con ", P(ec, "name"), " (", rel_es, ") al ", P(fmt_phone(p["ec_phone"], 0), "phone"), ": ", "la Sra. " if p["sex"] == "F" else "el Sr. ",
               P(p["last"], "name"), " fue dada de alta de %s el " % pick(HOSPS)[1] if p["sex"] == "F" else " fue dado de alta de %s el " % pick(HOSPS)[1],
               P(d.strftime("%d/%m/%Y"), "date"), ". Reprogramar visita domiciliaria; revisar plan de servicios."]
    elif k == 2:
        txt = ["Fall reported via PERS on ", P(d_us(d), "date"), "; EMS transported to %s. PERS unit " % pick(HOSPS)[1],
               P(p["pers"] or "LF4G-" + digits(8), "device"), " to be swapped (batt fault). Spoke w/ ", p["ec_rel"], " ", P(ec, "name"),
               ", agrees to daily check-ins until HV."]
    elif k == 3:
        txt = ["LOC reassessment by ", "%s %s, RN" % (st[0], st[1]), ": ", P(p["first"] + " " + p["last"], "name"), " (", agev,
               ") meets intermediate LOC, ADL hierarchy %d, CPS %d. MMIS segment update sent." % (R.randint(2, 5), R.randint(1, 4))]
    else:
        txt = ["Pt declined PCA visit today, aide %s notified. Provider %s will reschedule. No safety concerns." % (pick(AIDES)[1], PROV_DISPLAY[pick(PROVIDERS)[0]])]
    items = ["CNOTE\t", ts, "\t", st[2], "\t", P(p["mid"], "health_plan"), "\t", ["HOME_VISIT", "PHONE", "INCIDENT", "LOC", "PHONE"][k], "\t", txt]
    return [("case_note", items)]


def g_sms():
    p = person()
    k = R.randint(0, 4)
    sid = "SM" + hexs(32)
    if k <= 1:
        d = near_date(1, 10)
        body = S("Hi ", P(p["first"], "name"), ", this is HWCC. Your care coordinator %s will visit on " % pick(STAFF)[0], P("%d/%d" % (d.month, d.day), "date"),
                 " at %s. Reply C to confirm or call 614-478-2200." % pick(["10am", "1:30pm", "9am"]))
        rec = {"ts": t_iso_z(), "level": "info", "msg": "sms.outbound", "to": P("+1" + (p["cell"] or p["phone"]), "phone"),
               "from": "+1" + ORG_PHONE, "body": body, "sid": sid, "segments": 2}
    elif k == 2:
        rec = {"ts": t_iso_z(), "level": "info", "msg": "sms.inbound", "from": P("+1" + p["ec_phone"], "phone"), "to": "+1" + ORG_PHONE,
               "body": S("This is ", P(p["ec_first"], "name"), ", ", P(p["first"], "name"), "'s ", p["ec_rel"], ". ", [pick(["Él", "She", "He"]), ("She" if p["sex"] == "F" else "He")][1],
                         " is back in the hospital at %s since " % pick(HOSPS)[1], P(pick(["Sunday", "last night", "Tues"]), None), ". Can Señora Ruiz from your office call me?"),
               "sid": sid}
    elif k == 3:
        tok = b64(6).replace("+", "x").replace("/", "y").rstrip("=")
        rec = {"ts": t_iso_z(), "level": "info", "msg": "sms.outbound", "to": P("+1" + (p["cell"] or p["phone"]), "phone"), "from": "+1" + ORG_PHONE,
               "body": S("HWCC: please e-sign your updated service plan: ", P("https://myplan.hwcc-ohio.org/s/" + tok, "url"), " (expires in 72h)"), "sid": sid}
    else:
        rec = {"ts": t_iso_z(), "level": "info", "msg": "sms.status", "sid": sid, "status": pick(["delivered", "delivered", "undelivered"]),
               "errorCode": pick([None, 30003, 30005]), "price": "-0.00790", "apiVersion": "2010-04-01"}
    return [("sms_json", J(rec, a=True))]


def g_interrai():
    p = person()
    st = staff()
    if R.random() < 0.25:
        return [("interrai_xml", '<ack batch="LOCX-%s-%02d" status="accepted" records="%d" schema="interRAI-HC-9.3.xsd" sha1="%s"/>' % (
            NOW.strftime("%Y%m%d"), R.randint(1, 20), R.randint(5, 60), hexs(40)))]
    ad = near_date(-10, -1)
    items = ["<Assessment id=", XA(P(p["loc"], "other_id")), ' instrument="interRAI-HC" version="9.3"><Person><Name family=', XA(P(p["last"], "name")),
             " given=", XA(P(p["first"], "name")), "/><BirthDate>", P(d_iso(p["dob"]), "date"), "</BirthDate><MedicaidID>", P(p["mid"], "health_plan"),
             "</MedicaidID><County>", XT(P(p["county"], "address")), "</County></Person><AssessmentDate>", P(d_iso(ad), "date"),
             '</AssessmentDate><Scores ADLH="%d" CPS="%d" CHESS="%d" MAPLe="%d"/><LOC>%s</LOC><Assessor id="%s">' % (
                 R.randint(0, 6), R.randint(0, 6), R.randint(0, 5), R.randint(1, 5), pick(["INTERMEDIATE", "SKILLED", "PROTECTIVE"]), st[2]),
             XT("%s %s, RN" % (st[0], st[1])), "</Assessor></Assessment>"]
    return [("interrai_xml", items)]


def g_fixed():
    n = R.randint(2, 5)
    out = [("mmis_fixed", ("HD" + "MITSELIG" + NOW.strftime("%Y%m%d") + "HWCC7731" + "%06d" % R.randint(1, 999999)).ljust(96))]
    for _ in range(n):
        out += fixed_row()
    out.append(("mmis_fixed", ("TR" + "%09d" % n + "%015d" % R.randint(0, 10 ** 6)).ljust(96)))
    return out


def fixed_row():
    p = person()
    last = fold(p["last"]).upper()[:20]
    first = fold(p["first"]).upper()[:12]
    eff = near_date(-300, -30)
    end = eff + dt.timedelta(days=364)
    items = ["D", P(p["mid"], "health_plan"), P(last, "name"), " " * (20 - len(last)), P(first, "name"), " " * (12 - len(first)), P(p["mi"], "name"),
             P(d8(p["dob"]), "date"), p["sex"], P(p["cno"], "address"), p["waiver"][0], P(d8(eff), "date"), P(d8(end), "date"),
             pick(["IC", "SK", "PR"]), "%09d" % (R.randint(0, 90000) if R.random() < 0.4 else 0), " " * 8]
    return [("mmis_fixed", items)]


def g_pa():
    p = person()
    tid = hexs(32)
    k = R.randint(0, 6)
    ts = t_iso_z()
    if k <= 2:
        st0 = near_date(5, 25)
        svc = pick(HCPCS)
        pairs = [("time", ts), ("level", "info"), ("msg", "prior auth decision"), ("pa_number", P(p["pa"], "other_id")),
                 ("member_id", P(p["mid"], "health_plan")), ("hcpcs", svc[0]), ("units_auth", R.choice([480, 960, 1440, 2190])),
                 ("start", P(d_iso(st0), "date")), ("end", P(d_iso(st0 + dt.timedelta(days=182)), "date")),
                 ("status", pick(["APPROVED", "APPROVED", "PENDED", "DENIED"])), ("reviewer", pick(STAFF)[2]), ("trace_id", tid)]
    elif k == 3 and R.random() < 0.5:
        pairs = [("time", ts), ("level", "info"), ("msg", "NOA faxed to authorized representative"), ("pa_number", P(p["pa"], "other_id")),
                 ("rep_fax", P(fmt_phone(phone_for(p["phone"][:3]), 1), "fax")), ("pages", 3), ("fax_job", "FX" + digits(9)), ("trace_id", tid)]
    elif k == 3:
        pairs = [("time", ts), ("level", "warn"), ("msg", "units exceed plan cap"), ("pa_number", P(p["pa"], "other_id")),
                 ("requested", 2920), ("cap", 2190), ("svc", "S5125"), ("trace_id", tid)]
    elif k == 4:
        pairs = [("time", ts), ("level", "info"), ("msg", "http server listening"), ("addr", ":8080"), ("version", "v2.7.1"), ("commit", hexs(7)), ("go", "go1.22.1")]
    elif k == 5:
        pairs = [("time", ts), ("level", "info"), ("msg", "rate table refreshed"), ("source", "s3://hwcc-ref/fee-schedule/2024Q1.csv"), ("rows", R.randint(200, 260)), ("dur", "%dms" % R.randint(20, 400))]
    else:
        pairs = [("time", ts), ("level", "debug"), ("msg", "request"), ("method", "GET"), ("path", "/v1/pa/stats"), ("status", 200), ("bytes", R.randint(100, 2000)), ("dur", "%.1fms" % R.uniform(1, 40)), ("trace_id", tid)]
    return [("pa_logfmt", LF(pairs))]


def g_win():
    st = staff()
    ev = pick([(4624, "An account was successfully logged on."), (4625, "An account failed to log on."), (4740, "A user account was locked out."), (4768, "A Kerberos authentication ticket (TGT) was requested.")])
    user = st[2].split("_", 1)[1]
    line = "<13>%s DC01.hwcc.local MSWinEventLog\t1\tSecurity\t%d\t%s\t%d\tMicrosoft-Windows-Security-Auditing\tHWCC\\%s\tN/A\t%s\tDC01.hwcc.local\t%s\tTargetUserName=%s TargetDomainName=HWCC LogonType=%d IpAddress=10.20.%d.%d WorkstationName=HWCC-LT-%03d" % (
        t_sys(), R.randint(10000, 99999), NOW.strftime("%a %b %d %H:%M:%S %Y"), ev[0], user, "Success Audit" if ev[0] != 4625 else "Failure Audit",
        ev[1], user, pick([2, 3, 10]), R.randint(1, 9), R.randint(10, 250), R.randint(1, 200))
    return [("winevent", line)]


def g_pyw():
    p = person()
    k = R.randint(0, 6)
    pre = "%s %s [%s] pid=%d " % (t_py(), "%s", "%s", R.randint(3000, 9000))
    if k == 0:
        items = [pre % ("WARNING", "claims.validate"), "Claim ", P(p["pcn"], "account"), " rejected: DOS ", P(d_iso(near_date(-20, -5)), "date"),
                 " outside PA window for member ", P(p["mid"], "health_plan"), " (PA ", P(p["pa"], "other_id"), ")"]
    elif k == 1:
        items = [pre % ("INFO", "claims.batch"), "Built 837P batch HW%s-%04d with %d claims, total billed $%s" % (NOW.strftime("%y%m%d"), R.randint(1, 9), R.randint(20, 90), "{:,.2f}".format(R.uniform(5000, 40000)))]
    elif k == 2:
        items = [pre % ("INFO", "claims.remit"), "Posted 835 TRN %s: %d CLP segments, $%s paid, %d denied (CARC 16, 45)" % (digits(10), R.randint(10, 80), "{:,.2f}".format(R.uniform(3000, 30000)), R.randint(0, 6))]
    elif k == 3:
        items = [pre % ("ERROR", "claims.validate"), "Member ", P(p["mid"], "health_plan"), " SSN ", P(pick(["912-" + digits(2) + "-" + digits(4), p["ssn"]]), "ssn"), " failed SSA format check; claim held"]
    elif k == 4:
        items = [pre % ("INFO", "celery.worker"), "Task claims.tasks.submit_batch[%s] succeeded in %.3fs: {'accepted': True, 'isa13': '%09d'}" % (uid(), R.uniform(0.5, 12), R.randint(1, 999999))]
    elif k == 5:
        items = [pre % ("DEBUG", "claims.npi"), "NPI %s checksum %s for provider %s" % ((PROVIDERS[R.randint(0, 4)][1], "ok", "MP" + digits(7)) if R.random() < 0.7 else ("1" + digits(9), "INVALID", "MP" + digits(7)))]
    else:
        items = [pre % ("INFO", "claims.sftp"), "Uploaded 837P_HWCC7731_%s_%04d.x12 (%d bytes, sha256=%s) to sftp.mits.medicaid.ohio.gov:22" % (NOW.strftime("%Y%m%d"), R.randint(1, 9), R.randint(5000, 90000), hexs(64))]
    return [("py_worker", items)]


def g_pers():
    p = person()
    while not p["pers"]:
        p = person()
    ts = NOW.strftime("%Y-%m-%d %H:%M:%S")
    k = R.randint(0, 4)
    if k <= 1:
        items = ["HB|", ts, "|DEV=", P(p["pers"], "device"), "|BATT=%d%%|RSSI=-%d|FW=3.4.%d" % (R.randint(20, 100), R.randint(60, 105), R.randint(0, 9))]
    elif k == 2:
        items = ["ALM|", ts, "|DEV=", P(p["pers"], "device"), "|IMEI=", P(p["imei"], "device"), "|SUB=", P(p["pers_sub"], "other_id"), "|TYPE=",
                 pick(["FALL_DETECT", "BUTTON_PRESS"]), "|CB=", P(p["phone"], "phone"), "|LOC=", P("%.5f" % p["lat"], "address"), ",", P("%.5f" % p["lon"], "address"),
                 "|RESP=", pick(["EMS_DISPATCHED", "RESPONDER_CALLED", "FALSE_ALARM"]), "|OPER=op%03d" % R.randint(1, 90)]
    elif k == 3:
        items = ["SYS|", ts, "|GW=pers-gw-2.lifeflare.net|QUEUE=%d|LAG_MS=%d" % (R.randint(0, 40), R.randint(10, 900))]
    else:
        items = ["CNT|", ts, "|SUB=", P(p["pers_sub"], "other_id"), "|CONTACT1=", P("%s %s" % (p["ec_first"], p["ec_last"]), "name"), "|CONTACT1_PH=",
                 P(p["ec_phone"], "phone"), "|REL=", p["ec_rel"]]
    return [("pers_pipe", items)]


GENS = [(g_carelink, 14), (g_evv, 12), (g_ivr, 5), (g_x12, 0.75), (g_hl7, 2), (g_fhir, 4), (g_nginx, 12),
        (g_syslog, 17), (g_xfer, 4), (g_fms, 3), (g_pg, 6), (g_trace, 1), (g_note, 5), (g_sms, 7),
        (g_interrai, 3), (g_fixed, 2), (g_pa, 6), (g_win, 6), (g_pyw, 6), (g_pers, 5)]
SINGLE = {g for g, _ in GENS} - {g_x12, g_hl7, g_trace, g_fixed, g_fms}


def main():
    rows = []
    gens = [g for g, w in GENS]
    ws = [w for g, w in GENS]
    sgens = [g for g, w in GENS if g in SINGLE]
    sws = [w for g, w in GENS if g in SINGLE]
    while len(rows) < N_LINES:
        tick()
        if N_LINES - len(rows) < 40:
            g = R.choices(sgens, sws)[0]
        else:
            g = R.choices(gens, ws)[0]
        rows.extend(g())
    rows = rows[:N_LINES]
    with open(ID + ".log", "w", encoding="utf-8", newline="\n") as fl, open(ID + ".labels.jsonl", "w", encoding="utf-8", newline="\n") as fj:
        for i, (fam, items) in enumerate(rows, 1):
            text, spans = build(items if isinstance(items, list) else [items])
            lb = text.encode("utf-8")
            if not text or "\n" in text or "\r" in text or not text.strip():
                sys.exit("bad line %d: %r" % (i, text))
            prev = 0
            for s, e, c, v in spans:
                if not (0 <= s < e <= len(lb)):
                    sys.exit("span out of range line %d %r" % (i, (s, e, c)))
                if s < prev:
                    sys.exit("overlap line %d" % i)
                if lb[s:e].decode("utf-8") != v:
                    sys.exit("span mismatch line %d: %r vs %r" % (i, lb[s:e], v))
                if c not in CATS and not c.startswith("_"):
                    sys.exit("bad cat %s line %d" % (c, i))
                prev = e
            fl.write(text + "\n")
            fj.write(json.dumps({"line": i, "family": fam, "spans": [{"s": s, "e": e, "cat": c} for s, e, c, v in spans]}) + "\n")


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health_plan", "account", "license",
        "vehicle", "device", "url", "ip", "biometric", "photo", "other_id"}

if __name__ == "__main__":
    main()
