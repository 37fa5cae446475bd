#!/usr/bin/env python3
"""gen_oz.py - synthetic labeled log corpus "oz".

Organisation: Cedarline Eating Disorder Network (fictional), HQ 2200 Meridian
Pkwy Suite 300, Durham NC 27713; residential (RES), partial hospitalization
(PHP) and virtual intensive outpatient (vIOP) programs for adolescents (with
parents/guardians) and adults.  All people, numbers and addresses are made up.

Writes oz.log (500 lines) and oz.labels.jsonl in the current directory.
Standard library only, fixed seed -> byte-identical output on every run.

Systems simulated (one physical line per log line)
  1. hubspot     - HubSpot-style CRM webhook batches (contact.creation /
                   contact.propertyChange) for admissions inquiries
  2. availity    - Availity-style eligibility/benefits JSON responses and raw
                   X12 270/271 payloads logged by the verification worker
  3. zerolog     - Go API (edn-api) JSON logs via zerolog (requests, intake
                   assessments with EDE-Q subscales, vitals, weights)
  4. laravel     - Laravel admin (admin.cedarline-ed.org) storage/logs lines,
                   incl. exception + "#n /var/www/..." stack frames
  5. sidekiq     - Sidekiq worker lines (start/done/retry JSON)
  6. postgres    - PostgreSQL server log (durations, errors, DETAIL,
                   STATEMENT)
  7. cloudflare  - Cloudflare Logpush http_requests JSON
  8. nginx       - nginx combined access log + error log
  9. hl7         - HL7 v2.5 ORU^R01 (lab electrolytes, intake vitals/weights)
                   one segment per line
 10. flutter     - NourishTab unit tablet app (Flutter) logcat lines:
                   meal plan, meal completion, offline sync queue
 11. blindwt     - blind weight export CSV (unit scales and vIOP cellular
                   home scales)
 12. ecg         - resting ECG cart export, one-line XML (MUSE-like)
 13. zoom        - Zoom webhook events for vIOP telehealth groups
 14. attendance  - Zoom group attendance CSV export
 15. famsched    - family therapy scheduler, logfmt
 16. direct      - Direct secure messaging HISP gateway (log4j style)
 17. fax         - fax gateway via syslog (RFC3164)
 18. urnote      - utilization review call notes (free text export)
 19. slack       - Slack incoming-webhook alert payloads
 20. sms         - Twilio-style SMS status log with message bodies

Checksums: provider NPIs (org 1548293301, Dr. Solberg 1942637186) pass the
80840-prefixed Luhn; self-pay card numbers and home-scale IMEIs pass Luhn;
SSNs follow SSA rules except ~10% deliberate junk (000- area, short serial),
which are still labeled `ssn`; MBIs follow the CMS character layout.

Labeling decisions (grey cases)
  * Staff (clinicians, admissions, UR coordinators), payer reviewers, the
    organisation, its sites/addresses/phones/faxes/emails, vendor and
    receiving-provider addresses, Direct addresses and fax numbers of
    aftercare providers: NOT PHI.
  * Parents/guardians/emergency contacts/family visitors: PHI (name, phone,
    email, fax, vehicle plate).
  * Log/event emission timestamps are not labeled, including Zoom webhook
    join_time/leave_time and event_ts (they are the event's own time).
    Dates in data fields about a patient (DOB, admit/discharge, weigh-in
    date-times, lab/ECG acquisition dates, appointment starts, next review
    dates, session dates in attendance exports) are labeled `date`; a
    date-time is one span.  HL7 MSH-7 (message time) is not labeled; OBR-7,
    OBX-14, PID-7 are.
  * MRN (CED + 7 digits) and the network's internal patient key -> `mrn`.
    FHIR-style "Patient/<id>" logical ids -> `mrn` (provider-assigned).
  * Encounter / visit / billing account numbers (PV1-19, acct=) and
    self-pay card numbers -> `account`.
  * Payer member IDs, Medicaid IDs, MBI -> `health_plan`.  Employer group
    numbers, payer IDs (60054 etc.) and plan names -> not PHI.
  * HubSpot contact objectId/vid of an inquiry (the prospective patient),
    referral IDs, prior-authorization numbers, UR case numbers -> `other_id`.
    Appointment IDs, Zoom meeting IDs, session IDs, job IDs, HubSpot
    eventId/portalId/subscriptionId -> not PHI (identify events/systems).
  * Unit tablets (NourishTab) and ECG carts are facility equipment: their
    serials are not PHI.  vIOP cellular home scales are issued to one
    patient: their IMEI/serial -> `device`.
  * Patient/guardian public client IPs (Zoom participant ip_address,
    Cloudflare/nginx on portal/telehealth hosts with a patient session) ->
    `ip`.  Staff/internal 10.x/172.16 IPs, health checks and bots -> not.
  * A full URL carrying a patient-specific token or id (intake links,
    Zoom registrant join links) -> one `url` span.  In access-log request
    paths the embedded patient id is labeled with its own category (mrn)
    instead of the whole path.
  * Zoom display names like "Maya N." and "A. Okafor" are names -> `name`.
    Bare two-letter initials (pt_init=AO) are NOT labeled.
  * Ages are labeled only when > 89 (one late-onset adult, 91).  Weights,
    BMI, EDE-Q scores, vitals, lab values are not identifiers.
  * City/county in a patient's address -> `address`; ZIP always `zip`;
    state alone never.
  * A bare SSN last-4 (ssn_last4=9778) is not unique and is NOT labeled;
    full SSNs (PID-19, with or without dashes) are `ssn`.
  * Driver's licence number copied from an ID card at intake -> `license`.
  * Base64 patient ID photo in an upload log -> `photo`.
  * JSON strings written with ensure_ascii (\\u00ed) are labeled on the
    escaped bytes.
"""
import hashlib
import json
import random
import sys
import unicodedata
from datetime import datetime, timedelta, date

SEED = 20240514
R = random.Random(SEED)
OUTLOG = "oz.log"
OUTLAB = "oz.labels.jsonl"
N_LINES = 500


# ---------------------------------------------------------------- segments
class P:
    """A PHI value placed in a line.  v = rendered text, orig = logical value."""
    __slots__ = ("v", "cat", "orig")

    def __init__(self, v, cat, orig=None):
        self.v = str(v)
        self.cat = cat
        self.orig = self.v if orig is None else orig


class S:
    """A JSON string value composed of plain text and P parts."""

    def __init__(self, *parts):
        self.parts = parts


def flat(parts):
    for p in parts:
        if isinstance(p, (list, tuple)):
            yield from flat(p)
        else:
            yield p


def mk(*parts):
    buf = bytearray()
    spans = []
    for p in flat(parts):
        if isinstance(p, P):
            b = p.v.encode("utf-8")
            spans.append({"s": len(buf), "e": len(buf) + len(b), "cat": p.cat,
                          "_v": p.v, "_o": p.orig})
            buf += b
        else:
            buf += str(p).encode("utf-8")
    return bytes(buf), spans


def jesc(s, ea):
    return json.dumps(s, ensure_ascii=ea)[1:-1]


def J(obj, ea=False, sep=(",", ":")):
    """JSON serialise obj into a part list, keeping P spans on value bytes."""
    out = []
    if isinstance(obj, dict):
        out.append("{")
        first = True
        for k, v in obj.items():
            if not first:
                out.append(sep[0])
            first = False
            out.append(json.dumps(k, ensure_ascii=ea) + sep[1])
            out.extend(J(v, ea, sep))
        out.append("}")
    elif isinstance(obj, list):
        out.append("[")
        for i, v in enumerate(obj):
            if i:
                out.append(sep[0])
            out.extend(J(v, ea, sep))
        out.append("]")
    elif isinstance(obj, P):
        if isinstance(obj.orig, (int, float)) and not isinstance(obj.orig, bool):
            out.append(P(json.dumps(obj.orig), obj.cat, obj.orig))
        else:
            out.append('"')
            out.append(P(jesc(obj.v, ea), obj.cat, obj.v))
            out.append('"')
    elif isinstance(obj, S):
        out.append('"')
        for p in obj.parts:
            if isinstance(p, P):
                out.append(P(jesc(p.v, ea), p.cat, p.v))
            else:
                out.append(jesc(str(p), ea))
        out.append('"')
    else:
        out.append(json.dumps(obj, ensure_ascii=ea))
    return out


# ---------------------------------------------------------------- id helpers
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
    base = str(R.choice([1, 2])) + "".join(R.choice("0123456789") for _ in range(8))
    return base + luhn_digit("80840" + base)


def card():
    base = "4" + "".join(R.choice("0123456789") for _ in range(14))
    return base + luhn_digit(base)


def imei():
    base = "35" + "".join(R.choice("0123456789") for _ in range(12))
    return base + luhn_digit(base)


def ssn(valid=True):
    if not valid:
        return R.choice(["000-%02d-%04d" % (R.randint(1, 99), R.randint(1, 9999)),
                         "%03d-%02d-%03d" % (R.randint(100, 599), R.randint(1, 99), R.randint(0, 999))])
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mbi():
    c = R.choice("123456789")
    return (c + R.choice(MBI_A) + R.choice(MBI_AN) + R.choice("0123456789") +
            R.choice(MBI_A) + R.choice(MBI_AN) + R.choice("0123456789") +
            R.choice(MBI_A) + R.choice(MBI_A) + R.choice("0123456789") + R.choice("0123456789"))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def phone_nanp(area):
    return "%s%d%02d%04d" % (area, R.randint(2, 9), R.randint(0, 99), R.randint(0, 9999))


def fmt_phone(p, style):
    a, b, c = p[:3], p[3:6], p[6:]
    return {0: "(%s) %s-%s" % (a, b, c), 1: "%s-%s-%s" % (a, b, c), 2: "+1" + p,
            3: "%s.%s.%s" % (a, b, c), 4: p}[style]


# ---------------------------------------------------------------- people
FIRST_F = ["Amara", "Sofía", "Priya", "Aaliyah", "Chloé", "Hana", "Ngozi", "Isabella", "Zoe",
           "Leilani", "Yuki", "Fatima", "Siobhan", "Lucía", "Grace", "Hope", "Summer", "Autumn",
           "Ivy", "Olivia", "Noor", "Thanh", "Anjali", "Camila", "Freya", "Eliza", "Brooke",
           "Willow", "Mei", "Inês", "Parisa", "Marisol", "Dakota", "Rowan", "Kiara", "Ayşe"]
FIRST_M = ["Mateo", "Ethan", "Dmitri", "Kwame", "Jonah", "Declan", "Tomasz", "Rafael", "Eli",
           "Sami"]
LAST = ["Okafor", "Nguyen", "Castillo-Reyes", "García Márquez", "O'Donnell", "Van der Berg",
        "Abernathy", "Kowalczyk", "Haddad", "Bianchi", "Lindqvist", "Fairweather", "Baker",
        "Marsh", "Hill", "Stone", "Park", "Mehta", "Soto", "Yamamoto", "Ben-David", "St. Clair",
        "MacLeod", "Achebe", "Delacroix", "Ferreira", "Rahimi", "Brightwater", "Law", "Young",
        "Church", "Bird", "Frost", "Winter", "Moreno-Ortiz", "Al-Sayed", "Nakamura", "Schultz",
        "Oyelaran", "Dubois", "Featherstone-Lowe", "de la Cruz"]
PARENT_F = ["Grace", "Linh", "Rebecca", "Adaeze", "Mónica", "Sarah", "Keiko", "Rania", "Deirdre",
            "Janelle", "Ingrid", "Pooja"]
PARENT_M = ["Michael", "Chidi", "Hector", "David", "Samir", "Brendan", "Hiroshi", "Pavel", "Luis",
            "Anthony", "Oluwaseun", "Mark"]
MIDDLE = ["Rose", "June", "Marie", "A.", "K.", "Elena", "Jean", "", "", "", "", ""]

CITIES = [("Asheville", "Buncombe", "NC", "288"), ("Durham", "Durham", "NC", "277"),
          ("Cary", "Wake", "NC", "275"), ("Greenville", "Greenville", "SC", "296"),
          ("Charlotte", "Mecklenburg", "NC", "282"), ("Roanoke", "Roanoke", "VA", "240"),
          ("Chapel Hill", "Orange", "NC", "275"), ("Knoxville", "Knox", "TN", "379"),
          ("Black Mountain", "Buncombe", "NC", "287"), ("Fuquay-Varina", "Wake", "NC", "275"),
          ("Mooresville", "Iredell", "NC", "281"), ("Athens", "Clarke", "GA", "306")]
AREA = {"NC": ["828", "919", "984", "704", "336"], "SC": ["864"], "VA": ["540"], "TN": ["865"],
        "GA": ["706"]}
STREETS = ["Birchwood Ln", "Old Haywood Rd", "Tanglewood Dr", "Merrimon Ave", "Sycamore Ct",
           "Hillandale Rd", "Kings Mountain Way", "Poplar Hollow Rd", "Lakeshore Dr",
           "Chestnut Ridge Cir", "W Main St", "Coventry Pl", "Magnolia Bluff Ln", "Riverbend Trl"]
PAYERS = [("Aetna", "60054"), ("BCBS of North Carolina", "BCBSNC"), ("UnitedHealthcare", "87726"),
          ("Optum Behavioral Health", "87726"), ("Cigna", "62308"), ("NC Medicaid", "NCMCD"),
          ("Medicare", "CMS"), ("Tricare East", "TREST")]

STAFF = ["Dr. Renata Solberg", "Jordan Whitlock, RD", "Amira Castellanos, LCSW",
         "Dr. Felix Odum", "Tess Harrington, RN", "Kai Moana, LMFT", "Paul Greer",
         "Bree Lantz", "Marcus Oyelowo", "Dr. Ines Halvorsen", "Quinn Abara, RD",
         "Sunny Patel, RN"]
STAFF_EMAIL = ["bree.lantz", "marcus.oyelowo", "paul.greer", "tess.harrington", "j.whitlock",
               "a.castellanos", "k.moana", "q.abara"]
REVIEWERS = ["Dana L. (Optum)", "reviewer T. Whitfield", "Dr. Moss (Aetna peer)",
             "Karen at BCBSNC UM", "J. Park, RN (Cigna)"]
SITES = ["CED-RES-AVL", "CED-PHP-DUR", "CED-PHP-CLT", "CED-VIOP"]
UNITS = ["RES-A", "RES-B", "ADOL-1", "PHP-DUR", "PHP-CLT"]

BASE_DAY = date(2024, 5, 14)


def mk_patient(i):
    sex = "F" if R.random() < 0.85 else "M"
    first = R.choice(FIRST_F if sex == "F" else FIRST_M)
    last = R.choice(LAST)
    mid = R.choice(MIDDLE)
    adol = R.random() < 0.45
    if i == 7:
        age = 91
        adol = False
    elif adol:
        age = R.randint(12, 17)
    else:
        age = R.randint(18, 58)
    dob = BASE_DAY - timedelta(days=age * 365 + R.randint(0, 364))
    city, county, st, z3 = R.choice(CITIES)
    p = dict(first=first, last=last, mid=mid, sex=sex, adol=adol, age=age, dob=dob,
             city=city, county=county, st=st, zip=z3 + "%02d" % R.randint(1, 99),
             street="%d %s" % (R.randint(11, 9899), R.choice(STREETS)),
             apt=R.choice(["", "", "", "Apt %d" % R.randint(1, 40), "Unit %s" % R.choice("ABCD")]),
             phone=phone_nanp(R.choice(AREA[st])),
             mrn="CED%07d" % R.randint(30000, 99999),
             pid=R.randint(10400, 28900),
             acct="E%02d%06d" % (R.choice([23, 24]), R.randint(0, 999999)),
             hs=R.randint(51000000000, 51999999999),
             ref="REF-%s" % digits(6),
             auth="A%s-%s" % (R.choice(["24", "24", "23"]), digits(7)),
             loc=R.choice(["RES", "PHP", "vIOP", "vIOP", "PHP"]),
             unit=R.choice(UNITS), ip="%d.%d.%d.%d" % (R.choice([24, 47, 71, 73, 98, 107, 174, 2]),
                                                       R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
             scale_imei=imei(), scale_sn="BT-%s" % digits(8),
             ssn=ssn(R.random() > 0.1), dl="%012d" % R.randint(10 ** 8, 10 ** 11),
             plate=R.choice(["%s%s%s-%04d" % (R.choice("ABCDEFGHJKLMNPRTVWXYZ"), R.choice("ABCDEFGHJKLMNPRTVWXYZ"), R.choice("ABCDEFGHJKLMNPRTVWXYZ"), R.randint(0, 9999)),
                             "%s%s%s%04d" % (R.choice("HJKPT"), R.choice("ABCDEFGH"), R.choice("MNRVW"), R.randint(0, 9999))]),
             card=card(), admit=BASE_DAY - timedelta(days=R.randint(1, 40)))
    if age > 60:
        p["payer"] = PAYERS[6]
        p["member"] = mbi()
    else:
        payer = R.choice(PAYERS[:6] + [PAYERS[7]])
        p["payer"] = payer
        p["member"] = {"Aetna": "W" + digits(9), "BCBS of North Carolina": R.choice(["YPW", "JQH", "NCX"]) + digits(9),
                       "UnitedHealthcare": digits(9), "Optum Behavioral Health": digits(9),
                       "Cigna": "U" + digits(8) + "01", "NC Medicaid": digits(9) + R.choice("KLMNPQRS"),
                       "Tricare East": digits(11)}[payer[0]]
    p["group"] = R.choice(["0%d" % R.randint(100000, 999999), "GRP-%s" % digits(5), "%d" % R.randint(10000, 99999)])
    emdom = R.choice(["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "proton.me", "charter.net"])
    p["email"] = "%s.%s%s@%s" % (strip(first).lower(), strip(last).lower().replace(" ", "").replace("'", ""),
                                 R.choice(["", str(dob.year % 100), str(R.randint(1, 99))]), emdom)
    if adol or R.random() < 0.5:
        gsex = R.random() < 0.65
        gfirst = R.choice(PARENT_F if gsex else PARENT_M)
        glast = last if R.random() < 0.75 else R.choice(LAST)
        p["g"] = dict(first=gfirst, last=glast, rel=("mother" if gsex else "father") if adol else R.choice(["spouse", "partner", "sister", "mother"]),
                      phone=phone_nanp(R.choice(AREA[st])),
                      email="%s%s@%s" % (strip(gfirst).lower()[0], strip(glast).lower().replace(" ", "").replace("'", "").replace("-", ""), R.choice(["gmail.com", "comcast.net", "yahoo.com", "aol.com"])),
                      fax=phone_nanp(R.choice(AREA[st])))
    else:
        p["g"] = None
    return p


def strip(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


PTS = [mk_patient(i) for i in range(38)]


def full(p, style=0):
    f, l, m = p["first"], p["last"], p["mid"]
    if style == 0:
        return "%s %s" % (f, l)
    if style == 1:
        return "%s, %s" % (l, f)
    if style == 2:
        return ("%s %s %s" % (f, m, l)) if m else "%s %s" % (f, l)
    if style == 3:
        return "%s, %s%s" % (l.upper(), f.upper(), (" " + m.upper()) if m else "")
    if style == 4:
        return "%s %s." % (f, l[0])
    if style == 5:
        return "%s. %s" % (f[0], l)
    return "%s %s" % (f, l)


def gname(p):
    g = p["g"]
    return "%s %s" % (g["first"], g["last"])


def dfmt(d, style):
    return {0: d.strftime("%Y-%m-%d"), 1: d.strftime("%m/%d/%Y"), 2: d.strftime("%Y%m%d"),
            3: d.strftime("%m-%d-%Y"), 4: "%d/%d/%d" % (d.month, d.day, d.year % 100),
            5: d.strftime("%d.%m.%Y"), 6: "%d/%d" % (d.month, d.day), 7: d.strftime("%b %d, %Y")}[style]


# ---------------------------------------------------------------- clock
CLOCK = [datetime(2024, 5, 14, 6, 2, 11, 345000)]


def tick():
    CLOCK[0] += timedelta(seconds=R.randint(1, 55), milliseconds=R.randint(0, 999))
    return CLOCK[0]


def iso(t, ms=True, tz="-04:00"):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + (".%03d" % (t.microsecond // 1000) if ms else "") + tz


def utc(t):
    return t + timedelta(hours=4)


def pick():
    return R.choice(PTS)


def phi_mode(p=0.42):
    return R.random() < min(0.95, p * 0.93)


SRV_IPS = ["104.18.32.47", "172.67.141.9", "10.40.2.15", "10.40.2.16", "10.40.3.21"]
STAFF_IPS = ["10.40.8.%d" % i for i in (14, 22, 31, 57, 63)] + ["172.16.4.12"]
BOT_IPS = ["66.249.66.%d" % R.randint(1, 200), "40.77.167.%d" % R.randint(1, 200), "185.191.171.%d" % R.randint(1, 200)]

# ---------------------------------------------------------------- generators


def g_hubspot():
    t = tick()
    p = pick()
    occ = int(utc(t).timestamp() * 1000)
    base = {"eventId": R.randint(1000000000, 4294967295), "subscriptionId": R.choice([2281104, 2281105, 2281107]),
            "portalId": 44817263, "appId": 3190442, "occurredAt": occ}
    if not phi_mode(0.6):
        ev = dict(base, subscriptionType=R.choice(["contact.propertyChange", "deal.propertyChange"]),
                  attemptNumber=R.choice([0, 0, 1]), objectId=R.randint(14000000000, 14999999999) if R.random() < 0.3 else None,
                  propertyName=R.choice(["dealstage", "hs_lead_status", "level_of_care_interest", "lifecyclestage"]),
                  propertyValue=R.choice(["appointmentscheduled", "IN_PROGRESS", "PHP", "RES", "vIOP", "salesqualifiedlead"]),
                  changeSource=R.choice(["CRM_UI", "WORKFLOWS", "INTEGRATION"]))
        if ev["objectId"] is None:
            ev["objectId"] = R.randint(9000000000, 9999999999)
            ev["subscriptionType"] = "deal.propertyChange"
        return [mk("hubspot-webhook ", J([ev]))]
    if R.random() < 0.3:
        ev = dict(base, subscriptionType="contact.creation", attemptNumber=0, objectId=P(p["hs"], "other_id", p["hs"]),
                  changeFlag="CREATED", changeSource="FORM", sourceId="form:7c1e0a52-" + hexs(4))
        return [mk("hubspot-webhook ", J([ev]))]
    prop = R.choice(["firstname", "lastname", "phone", "email", "date_of_birth", "insurance_member_id",
                     "parent_guardian_name", "mobilephone", "zip", "address"])
    val = {"firstname": (p["first"], "name"), "lastname": (p["last"], "name"),
           "phone": (fmt_phone(p["phone"], R.choice([0, 1, 2])), "phone"),
           "mobilephone": (fmt_phone(p["phone"], 2), "phone"), "email": (p["email"], "email"),
           "date_of_birth": (dfmt(p["dob"], 0), "date"), "insurance_member_id": (p["member"], "health_plan"),
           "parent_guardian_name": (gname(p) if p["g"] else full(p), "name"),
           "zip": (p["zip"], "zip"), "address": (p["street"], "address")}[prop]
    ev = dict(base, subscriptionType="contact.propertyChange", attemptNumber=R.choice([0, 0, 0, 1]),
              objectId=P(p["hs"], "other_id", p["hs"]), propertyName=prop,
              propertyValue=P(val[0], val[1]), changeSource=R.choice(["FORM", "CRM_UI", "IMPORT"]))
    return [mk("hubspot-webhook ", J([ev]))]


def g_availity():
    t = tick()
    p = pick()
    if R.random() < 0.35:
        # raw X12 logged by verifier
        ctl = digits(9)
        if not phi_mode(0.55):
            return [mk("[", iso(t), "] elig-verifier x12 ack ISA*00*          *00*          *ZZ*CEDARLINE      *ZZ*AVAILITY       *",
                       t.strftime("%y%m%d*%H%M"), "*^*00501*", ctl, "*0*P*:~TA1*", ctl, "*", t.strftime("%y%m%d*%H%M"), "*A*000~")]
        nm = [p["last"].upper(), p["first"].upper()]
        return [mk("[", iso(t), "] elig-verifier x12 271 ST*271*0001*005010X279A1~BHT*0022*11*", hexs(10).upper(), "*",
                   t.strftime("%Y%m%d*%H%M"), "~HL*1**20*1~NM1*PR*2*", p["payer"][0].upper(), "*****PI*", p["payer"][1],
                   "~HL*2*1*21*1~NM1*1P*2*CEDARLINE EATING DISORDER NETWORK*****XX*1548293301~HL*3*2*22*0~TRN*2*", digits(10),
                   "*9877281234~NM1*IL*1*", P(nm[0], "name"), "*", P(nm[1], "name"), "****MI*", P(p["member"], "health_plan"),
                   "~DMG*D8*", P(dfmt(p["dob"], 2), "date"), "*", p["sex"], "~EB*1*IND*MH*", R.choice(["HM", "PR", "MC"]),
                   "~EB*B*IND*MH***27*", R.choice(["40", "25", "0"]), "~SE*14*0001~")]
    rid = "%s" % digits(12)
    if not phi_mode(0.5):
        obj = {"id": rid, "status": R.choice(["In Progress", "Complete", "Payer Timeout"]),
               "statusCode": R.choice(["0", "4", "7"]), "payer": {"id": p["payer"][1], "name": p["payer"][0]},
               "requestedServiceType": [{"code": "MH", "value": "Mental Health"}],
               "createdDate": iso(t, False), "expirationDate": iso(t + timedelta(days=1), False)}
        return [mk("availity.coverage ", J(obj))]
    obj = {"id": rid, "status": "Complete", "statusCode": "4",
           "payer": {"id": p["payer"][1], "name": p["payer"][0]},
           "subscriber": {"memberId": P(p["member"], "health_plan"), "firstName": P(p["first"].upper(), "name"),
                          "lastName": P(p["last"].upper(), "name"), "birthDate": P(dfmt(p["dob"], 0), "date"),
                          "gender": p["sex"]},
           "plans": [{"status": R.choice(["Active Coverage", "Active Coverage", "Inactive"]), "groupNumber": p["group"],
                      "groupName": R.choice(["DUKE HEALTH EMPLOYEES", "SAS INSTITUTE", "STATE HEALTH PLAN", "LOWES COMPANIES"]),
                      "coverageStartDate": "2024-01-01",
                      "benefits": [{"name": "Mental Health - Inpatient", "amounts": {"coPayment": {"inNetwork": [{"amount": "%d.00" % R.choice([0, 250, 500])}]}}}]}]}
    if p["adol"] and p["g"]:
        obj["subscriber"] = {"memberId": P(p["member"], "health_plan"), "firstName": P(p["g"]["first"].upper(), "name"),
                             "lastName": P(p["g"]["last"].upper(), "name"), "gender": "U"}
        obj["patient"] = {"firstName": P(p["first"].upper(), "name"), "lastName": P(p["last"].upper(), "name"),
                          "birthDate": P(dfmt(p["dob"], 0), "date"), "subscriberRelationship": "Child"}
    return [mk("availity.coverage ", J(obj))]


PATHS_API = ["/v1/healthz", "/v1/meals/plan", "/v1/sync/batch", "/v1/intake/assessments", "/v1/labs/results",
             "/v1/zoom/webhook", "/v1/schedule/family", "/v1/weights/blind", "/metrics"]


def g_zerolog():
    t = tick()
    p = pick()
    m = R.random()
    if m < 0.45 or not phi_mode(0.55):
        path = R.choice(PATHS_API)
        obj = {"level": R.choice(["info", "info", "debug", "warn"]), "svc": "edn-api", "version": "v2.14.%d" % R.randint(0, 9),
               "req_id": hexs(20), "method": R.choice(["GET", "POST", "PUT"]), "path": path,
               "status": R.choice([200, 200, 201, 204, 400, 401, 409, 502]), "latency_ms": round(R.uniform(1, 900), 2),
               "bytes_out": R.randint(90, 48000), "remote": R.choice(STAFF_IPS + ["10.40.2.5"]),
               "trace_id": hexs(32), "span_id": hexs(16), "time": iso(t), "message": "request"}
        if R.random() < 0.2:
            obj = {"level": "error", "svc": "edn-api", "error": R.choice(["context deadline exceeded", "pq: canceled by user request",
                                                                          "redis: connection pool timeout", "x509: certificate has expired or is not yet valid"]),
                   "caller": R.choice(["internal/store/pg.go:212", "internal/sync/batch.go:88", "cmd/api/main.go:141"]),
                   "time": iso(t), "message": R.choice(["upstream failed", "sync batch aborted", "db query failed"])}
        return [mk(J(obj))]
    kind = R.choice(["intake", "weight", "meal", "lookup"])
    if kind == "intake" and R.random() < 0.25:
        p = PTS[7]
    if kind == "intake":
        edeq = [round(R.uniform(1.5, 5.9), 2) for _ in range(4)]
        obj = {"level": "info", "svc": "edn-api", "mrn": P(p["mrn"], "mrn"),
               "assessed_on": P(dfmt(p["admit"], 0), "date"),
               "edeq": {"global": round(sum(edeq) / 4, 2), "restraint": edeq[0], "eating_concern": edeq[1],
                        "shape_concern": edeq[2], "weight_concern": edeq[3]},
               "vitals": {"hr_sup": R.randint(38, 62), "hr_stand": R.randint(70, 120), "bp": "%d/%d" % (R.randint(80, 110), R.randint(48, 70)),
                          "temp_c": round(R.uniform(35.4, 36.9), 1)},
               "wt_kg": round(R.uniform(34, 70), 1), "ht_cm": round(R.uniform(148, 180), 1),
               "loc_rec": p["loc"], "clinician": R.choice(STAFF[:6] + STAFF[9:]), "time": iso(t), "message": "intake assessment saved"}
        if p["age"] > 89:
            obj["age"] = P(p["age"], "age", p["age"])
        elif R.random() < 0.4:
            obj["age"] = p["age"]
        return [mk(J(obj))]
    if kind == "weight":
        obj = {"level": "info", "svc": "edn-api", "patient_id": P(p["pid"], "mrn", p["pid"]), "blind": True,
               "wt_kg": round(R.uniform(34, 70), 2), "delta_kg": round(R.uniform(-1, 1.5), 2),
               "weighed_at": P(iso(t - timedelta(minutes=R.randint(3, 50)), False), "date"),
               "scale": "unit-scale-%d" % R.randint(1, 6), "time": iso(t), "message": "blind weight recorded"}
        return [mk(J(obj))]
    if kind == "meal":
        obj = {"level": "debug", "svc": "edn-api", "pt": P(p["mrn"], "mrn"), "meal": R.choice(["breakfast", "lunch", "dinner", "snack_am", "snack_pm"]),
               "exchanges": {"starch": R.randint(2, 4), "protein": R.randint(2, 4), "fat": R.randint(1, 3), "dairy": 1},
               "completion_pct": R.choice([0, 25, 50, 75, 100, 100]), "supplement": R.choice([None, "Ensure Plus", "Boost VHC"]),
               "time": iso(t), "message": "meal completion upserted"}
        return [mk(J(obj))]
    obj = {"level": "warn", "svc": "edn-api", "q": S("lookup name=", P(full(p, 1), "name"), " dob=", P(dfmt(p["dob"], 1), "date")),
           "matches": R.choice([0, 2, 3]), "time": iso(t), "message": "patient match ambiguous"}
    return [mk(J(obj))]


LARAVEL_FRAMES = [
    "/var/www/admin/vendor/laravel/framework/src/Illuminate/Database/Connection.php(760): Illuminate\\Database\\Connection->runQueryCallback()",
    "/var/www/admin/vendor/laravel/framework/src/Illuminate/Database/Connection.php(578): Illuminate\\Database\\Connection->run()",
    "/var/www/admin/app/Http/Controllers/Admissions/InquiryController.php(142): Illuminate\\Database\\Eloquent\\Model->save()",
    "/var/www/admin/vendor/laravel/framework/src/Illuminate/Routing/Controller.php(54): App\\Http\\Controllers\\Admissions\\InquiryController->update()",
    "/var/www/admin/vendor/laravel/framework/src/Illuminate/Pipeline/Pipeline.php(183): Illuminate\\Routing\\Pipeline->Illuminate\\Routing\\{closure}()",
    "/var/www/admin/public/index.php(51): Illuminate\\Foundation\\Http\\Kernel->handle()",
]


def g_laravel():
    t = tick()
    p = pick()
    ts = "[%s] production." % t.strftime("%Y-%m-%d %H:%M:%S")
    user = R.choice(STAFF_EMAIL) + "@cedarline-ed.org"
    r = R.random()
    if r < 0.12:
        lines = [mk(ts, "ERROR: SQLSTATE[40P01]: Deadlock detected (Connection: pgsql, SQL: update \"admissions\" set \"status\" = verified where \"id\" = ",
                    R.randint(1000, 9999), ") {\"userId\":", R.randint(3, 60), ",\"exception\":\"[object] (Illuminate\\\\Database\\\\QueryException(code: 40P01): SQLSTATE[40P01] at /var/www/admin/vendor/laravel/framework/src/Illuminate/Database/Connection.php:795)\"}"),
                 mk("[stacktrace]")]
        for i, f in enumerate(LARAVEL_FRAMES[:R.randint(3, 6)]):
            lines.append(mk("#%d %s" % (i, f)))
        return lines
    if not phi_mode(0.45):
        msg = R.choice([("INFO: Queue report generated", {"report": "census_daily", "rows": R.randint(20, 90), "ms": R.randint(80, 3000)}),
                        ("INFO: User logged in", {"user": user, "ip": R.choice(STAFF_IPS), "guard": "web"}),
                        ("WARNING: Slow Cloudflare purge", {"zone": "cedarline-ed.org", "ms": R.randint(2000, 9000)}),
                        ("INFO: Bed board refreshed", {"site": R.choice(SITES), "open_beds": R.randint(0, 6)}),
                        ("NOTICE: Payer contract updated", {"payer": R.choice(PAYERS)[0], "rev": "2024.%d" % R.randint(1, 12), "by": user})])
        return [mk(ts, msg[0], " ", J(msg[1]))]
    k = R.choice(["status", "photo", "visitor", "idcard", "deposit"])
    if k == "status":
        ctx = {"user": user, "patient_id": P(p["mrn"], "mrn"), "from": "verified", "to": R.choice(["admitted", "waitlist", "declined"]),
               "admit_date": P(dfmt(p["admit"], 0), "date"), "loc": p["loc"]}
        return [mk(ts, "INFO: Admission status changed ", J(ctx))]
    if k == "photo":
        b64 = "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/" + "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(R.randint(60, 120)))
        ctx = {"user": user, "mrn": P(p["mrn"], "mrn"), "mime": "image/jpeg", "kind": "face_id",
               "photo_b64": S(P(b64, "photo"), "...(truncated)")}
        return [mk(ts, "DEBUG: Patient photo uploaded ", J(ctx))]
    if k == "visitor" and p["g"]:
        ctx = {"visitor": P(gname(p), "name"), "relationship": p["g"]["rel"], "resident_mrn": P(p["mrn"], "mrn"),
               "plate": P(p["plate"], "vehicle"), "lot": "AVL-North", "pass_no": "VP-%s" % digits(5)}
        return [mk(ts, "INFO: Visitor pass issued ", J(ctx))]
    if k == "idcard":
        ctx = {"user": user, "patient": P(full(p, 0), "name"), "dl_number": P(p["dl"], "license"), "dl_state": p["st"],
               "ssn_last4": p["ssn"][-4:], "ocr_conf": round(R.uniform(0.7, 0.99), 2)}
        return [mk(ts, "INFO: ID card OCR complete ", J(ctx, ea=True))]
    ctx = {"acct": P(p["acct"], "account"), "amount": "%d.00" % R.choice([500, 1500, 2500]),
           "card": P(p["card"] if R.random() < 0.3 else "************" + p["card"][-4:], "account") if R.random() < 0.5 else "visa-" + p["card"][-4:],
           "processor": "stripe", "charge": "ch_" + hexs(24)}
    return [mk(ts, "INFO: Self-pay deposit captured ", J(ctx))]


def g_sidekiq():
    t = tick()
    p = pick()
    jid = hexs(24)
    cls = R.choice(["EligibilityRecheckWorker", "FaxAftercareJob", "DirectReferralJob", "ZoomAttendanceImportJob",
                    "LabResultIngestWorker", "NightlyCensusJob", "HubspotSyncWorker"])
    pre = "%s pid=%d tid=%s class=%s jid=%s" % (utc(t).strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000),
                                              R.choice([7, 8, 11]), hexs(4), cls, jid)
    if not phi_mode(0.3):
        if R.random() < 0.5:
            return [mk(pre, " INFO: start")]
        return [mk(pre, " elapsed=%.3f INFO: done" % R.uniform(0.05, 12))]
    args = {"FaxAftercareJob": [P(p["mrn"], "mrn"), "discharge_summary", "+19195550142"],
            "DirectReferralJob": [P(p["mrn"], "mrn"), "intake@direct.blueridgeoutpatient.org"],
            "EligibilityRecheckWorker": [P(p["member"], "health_plan"), p["payer"][1]],
            "HubspotSyncWorker": [P(p["hs"], "other_id", p["hs"]), "contact"]}.get(cls, [P(p["mrn"], "mrn")])
    obj = {"context": "Job raised exception", "job": {"retry": 5, "queue": "default", "class": cls, "args": args, "jid": jid,
                                                      "created_at": round(utc(t).timestamp() - 60, 3), "retry_count": R.randint(0, 4)},
           "_config": {}, "error_class": R.choice(["Faraday::TimeoutError", "Net::ReadTimeout", "ActiveRecord::RecordNotFound"]),
           "error_message": "execution expired"}
    return [mk(pre, " WARN: ", J(obj))]


def g_postgres():
    t = tick()
    p = pick()
    ts = utc(t).strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC" % (t.microsecond // 1000)
    pid = R.randint(1000, 60000)
    pre = "%s [%d] ednet_app@ednet " % (ts, pid)
    if not phi_mode(0.35):
        return [mk(pre, R.choice([
            "LOG:  duration: %.3f ms  execute <unnamed>: SELECT id, status FROM meal_logs WHERE unit_id = $1 AND logged_on = $2" % R.uniform(1, 400),
            "LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 1 removed" % (R.randint(100, 9000), R.uniform(0.1, 9)),
            "LOG:  automatic vacuum of table \"ednet.public.zoom_attendance\": index scans: 1",
            "ERROR:  canceling statement due to statement timeout",
            "LOG:  connection authorized: user=ednet_app database=ednet application_name=edn-api SSL enabled (protocol=TLSv1.3)"]))]
    if R.random() < 0.5:
        return [mk(pre, "ERROR:  duplicate key value violates unique constraint \"patients_mrn_key\""),
                mk(pre, "DETAIL:  Key (mrn)=(", P(p["mrn"], "mrn"), ") already exists."),
                mk(pre, "STATEMENT:  INSERT INTO patients (mrn, first_name, last_name, birth_date, zip) VALUES ('", P(p["mrn"], "mrn"), "', '",
                   P(p["first"].replace("'", "''"), "name"), "', '", P(p["last"].replace("'", "''"), "name"), "', '", P(dfmt(p["dob"], 0), "date"),
                   "', '", P(p["zip"], "zip"), "')")]
    return [mk(pre, "LOG:  duration: %.3f ms  statement: SELECT * FROM blind_weights WHERE patient_id = " % R.uniform(200, 3000),
               P(p["pid"], "mrn", p["pid"]), " AND weighed_at >= '", P(dfmt(p["admit"], 0), "date"), "' ORDER BY weighed_at")]


def g_cloudflare():
    t = tick()
    p = pick()
    host = R.choice(["portal.cedarline-ed.org", "api.cedarline-ed.org", "www.cedarline-ed.org", "admin.cedarline-ed.org"])
    obj = {"ClientCountry": "us", "ClientDeviceType": R.choice(["desktop", "mobile", "tablet"]),
           "ClientIP": None, "ClientRequestHost": host, "ClientRequestMethod": "GET", "ClientRequestURI": "/",
           "EdgeResponseStatus": R.choice([200, 200, 304, 403, 404]), "EdgeResponseBytes": R.randint(300, 90000),
           "EdgeStartTimestamp": utc(t).strftime("%Y-%m-%dT%H:%M:%SZ"), "RayID": hexs(16), "CacheCacheStatus": R.choice(["dynamic", "hit", "miss"]),
           "WAFAction": R.choice(["unknown", "unknown", "block", "managed_challenge"]), "SecurityLevel": "med"}
    if phi_mode(0.4) and host in ("portal.cedarline-ed.org", "api.cedarline-ed.org"):
        obj["ClientIP"] = P(p["ip"], "ip")
        obj["ClientRequestURI"] = R.choice(["/me/meal-plan", "/me/appointments", "/me/messages", "/telehealth/join"])
        obj["ClientRequestUserAgent"] = R.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)", "CedarlineApp/3.8.1 (Android 14)"])
    else:
        obj["ClientIP"] = R.choice(BOT_IPS + ["104.28.%d.%d" % (R.randint(0, 255), R.randint(1, 254))])
        obj["ClientRequestURI"] = R.choice(["/", "/programs/adolescent-residential", "/wp-login.php", "/robots.txt", "/insurance", "/careers"])
        obj["ClientRequestUserAgent"] = R.choice(["Mozilla/5.0 (compatible; Googlebot/2.1)", "curl/8.5.0", "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"])
    if obj["WAFAction"] == "block":
        obj["EdgeResponseStatus"] = 403
    return [mk(J(obj))]


def g_nginx():
    t = tick()
    p = pick()
    tl = t.strftime("%d/%b/%Y:%H:%M:%S -0400")
    if R.random() < 0.15:
        return [mk(t.strftime("%Y/%m/%d %H:%M:%S"), " [error] %d#%d: *%d upstream timed out (110: Connection timed out) while reading response header from upstream, client: %s, server: api.cedarline-ed.org, request: \"POST /v1/sync/batch HTTP/2.0\", upstream: \"http://10.40.2.15:8080/v1/sync/batch\"" % (
            R.randint(100, 999), R.randint(0, 8), R.randint(10000, 999999), R.choice(STAFF_IPS)))]
    ua = R.choice(["\"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4)\"", "\"Dart/3.3 (dart:io)\"", "\"kube-probe/1.29\"", "\"Zoom Marketplace/1.0 (+https://zoom.us)\""])
    if phi_mode(0.4):
        r = R.random()
        if r < 0.5:
            return [mk(P(p["ip"], "ip"), " - - [", tl, "] \"GET /telehealth/session/", R.choice(["viop-ad-b", "viop-adol-a", "viop-fam-2"]), "/join HTTP/2.0\" 302 0 \"-\" ", ua, " rt=%.3f" % R.uniform(0.01, 0.5))]
        return [mk(R.choice(STAFF_IPS), " - ", R.choice(STAFF_EMAIL), " [", tl, "] \"GET /admin/patients/", P(p["mrn"], "mrn"), "/", R.choice(["chart", "meal-plan", "weights", "ur-notes"]),
                   " HTTP/1.1\" 200 ", R.randint(2000, 90000), " \"https://admin.cedarline-ed.org/admin/census\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64)\" rt=%.3f" % R.uniform(0.02, 1.4))]
    return [mk(R.choice(STAFF_IPS + ["10.40.2.5"]), " - - [", tl, "] \"", R.choice(["GET /v1/healthz", "POST /v1/sync/batch", "GET /metrics", "POST /v1/zoom/webhook", "GET /build/app-3f9c2e1a.js"]),
               " HTTP/1.1\" ", R.choice([200, 200, 204, 499]), " ", R.randint(0, 40000), " \"-\" ", ua, " rt=%.3f" % R.uniform(0.001, 0.9))]


def hl7_name(p):
    m = p["mid"].rstrip(".")
    return "%s^%s^%s" % (p["last"], p["first"], m) if m else "%s^%s" % (p["last"], p["first"])


def g_hl7():
    t = tick()
    p = pick()
    ctl = "LC%s" % digits(10)
    msh = mk("MSH|^~\\&|", R.choice(["LABCORP", "QUEST", "CED_VITALS"]), "|", R.choice(["BURLINGTON", "CED-RES-AVL"]),
             "|EDNAPI|CEDARLINE|", t.strftime("%Y%m%d%H%M%S"), "||ORU^R01^ORU_R01|", ctl, "|P|2.5.1|||AL|NE")
    if not phi_mode(0.7):
        return [msh]
    g = p["g"]
    pid = mk("PID|1||", P(p["mrn"], "mrn"), "^^^CEDMRN^MR~", P(p["member"], "health_plan"), "^^^", p["payer"][1], "^MB||",
             P(hl7_name(p), "name"), "||", P(dfmt(p["dob"], 2), "date"), "|", p["sex"], "|||",
             P("%s%s" % (p["street"], (" " + p["apt"]) if p["apt"] else ""), "address"), "^^", P(p["city"], "address"), "^", p["st"], "^", P(p["zip"], "zip"),
             "^USA||", P(fmt_phone(p["phone"], 0), "phone"), "|||||", P(p["acct"], "account"), "|",
             P(p["ssn"].replace("-", ""), "ssn") if R.random() < 0.4 else "")
    pv1 = mk("PV1|1|", R.choice(["I", "O"]), "|", p["unit"], "^^^", R.choice(SITES), "||||1942637186^Solberg^Renata^^^Dr|||||||||||",
             P(p["acct"], "account"), "|||||||||||||||||||||||||", P(dfmt(p["admit"], 2) + "0930", "date"))
    obs_t = t - timedelta(hours=R.randint(1, 6))
    obr = mk("OBR|1|", digits(8), "|", digits(9), "|", R.choice(["80048^Basic Metabolic Panel^CPT", "VITALS^Intake Vitals^L", "83735^Magnesium^CPT"]),
             "|||", P(obs_t.strftime("%Y%m%d%H%M"), "date"), "|||||||||1942637186^Solberg^Renata")
    out = [msh, pid, pv1, obr]
    tests = R.sample([("2823-3", "Potassium", "mmol/L", "3.5-5.1", 2.6, 4.6), ("2951-2", "Sodium", "mmol/L", "136-145", 128, 141),
                      ("2777-1", "Phosphate", "mg/dL", "2.5-4.5", 1.4, 4.0), ("19123-9", "Magnesium", "mg/dL", "1.6-2.6", 1.1, 2.3),
                      ("29463-7", "Body weight", "kg", "", 34.0, 70.0), ("8867-4", "Heart rate", "/min", "60-100", 38, 90)], R.randint(2, 4))
    for i, (code, nm, unit, rng, lo, hi) in enumerate(tests, 1):
        v = round(R.uniform(lo, hi), 1)
        flag = "L" if rng and v < float(rng.split("-")[0]) else "N"
        out.append(mk("OBX|%d|NM|%s^%s^LN||%s|%s|%s|%s|||F|||" % (i, code, nm, v, unit, rng, flag), P(obs_t.strftime("%Y%m%d%H%M"), "date")))
    if g and R.random() < 0.4:
        out.insert(2, mk("NK1|1|", P("%s^%s" % (g["last"], g["first"]), "name"), "|", "MTH^Mother" if g["rel"] == "mother" else "FTH^Father" if g["rel"] == "father" else "EMC^Emergency Contact",
                         "||", P(fmt_phone(g["phone"], 0), "phone")))
    return out


def g_flutter():
    t = tick()
    p = pick()
    tab = "NT-%s" % R.choice(["A", "B", "ADOL"]) + "%02d" % R.randint(1, 12)
    pid = R.randint(4000, 9999)
    pre = "%s %5d %5d I flutter : " % (t.strftime("%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000), pid, pid)
    if not phi_mode(0.4):
        return [mk(pre, R.choice([
            "[SyncQueue] offline; %d ops pending (oldest %ds) tablet=%s build=3.8.1+412" % (R.randint(1, 40), R.randint(10, 4000), tab),
            "[SyncQueue] flushed %d ops in %dms etag=W/\"%s\"" % (R.randint(1, 40), R.randint(100, 5000), hexs(12)),
            "[Connectivity] ConnectivityResult.wifi ssid=CED-CLIN-5G rssi=-%d" % R.randint(40, 80),
            "[Auth] token refreshed for device %s exp=3600" % tab,
            "[MealPlan] template cache warm, %d templates" % R.randint(10, 60)]))]
    if R.random() < 0.2:
        return [mk(pre.replace(" I flutter", " E flutter"), "[ERROR:flutter/runtime/dart_vm_initializer.cc(41)] Unhandled Exception: SyncConflict: meal_log for ",
                   P(p["mrn"], "mrn"), " already closed by server (rev ", R.randint(2, 9), ")")]
    meal = R.choice(["Breakfast", "Lunch", "Dinner", "AM Snack", "PM Snack", "Evening Snack"])
    return [mk(pre, "[MealLog] queued {pt: ", P(p["mrn"], "mrn"), ", init: ", p["first"][0] + p["last"][0],
               ", meal: ", meal, ", pct: ", R.choice([0, 25, 50, 75, 100]), ", sup: ", R.choice(["none", "Ensure Plus 1 btl", "Boost Plus 0.5 btl"]),
               ", behaviors: [", R.choice(["", "hiding food", "cutting small", "excessive condiments", "slow pace"]), "], staff: ", R.choice(["TH", "SP", "QA", "MO"]), "}")]


BW_HDR_DONE = [False]


def g_blindwt():
    t = tick()
    p = pick()
    if not BW_HDR_DONE[0]:
        BW_HDR_DONE[0] = True
        return [mk("bw_id,mrn,weigh_dt,wt_kg,gown,post_void,blind,source,scale_id,staff")]
    bw = "BW%s" % digits(7)
    if not phi_mode(0.75):
        return [mk(bw, ",,,,,,,calibration,unit-scale-%d,%s" % (R.randint(1, 6), R.choice(["THarrington", "SPatel"])))]
    wdt = datetime.combine(t.date() - timedelta(days=R.randint(0, 2)), datetime.min.time()) + timedelta(hours=6, minutes=R.randint(0, 50))
    if p["loc"] == "vIOP" or R.random() < 0.3:
        sid = P(p["scale_imei"], "device") if R.random() < 0.6 else P(p["scale_sn"], "device")
        return [mk(bw, ",", P(p["mrn"], "mrn"), ",", P(wdt.strftime("%Y-%m-%d %H:%M"), "date"), ",%.1f,N,N,Y,home_cellular," % R.uniform(34, 70), sid, ",auto")]
    return [mk(bw, ",", P(p["mrn"], "mrn"), ",", P(wdt.strftime("%Y-%m-%d %H:%M"), "date"), ",%.1f,Y,Y,Y,unit,unit-scale-%d,%s" % (
        R.uniform(34, 70), R.randint(1, 6), R.choice(["THarrington", "SPatel", "night-RN"])))]


def g_ecg():
    t = tick()
    p = pick()
    cart = "SN%s" % digits(9)
    if not phi_mode(0.6):
        return [mk("<MuseExportLog><Time>", t.strftime("%Y-%m-%d %H:%M:%S"), "</Time><Device>MAC5500 HD</Device><CartNumber>", R.randint(1, 14),
                   "</CartNumber><Serial>", cart, "</Serial><Event>Transmit OK</Event><Site>", R.choice(SITES), "</Site></MuseExportLog>")]
    acq = t - timedelta(minutes=R.randint(5, 200))
    return [mk("<RestingECG><PatientDemographics><PatientID>", P(p["mrn"], "mrn"), "</PatientID><PatientLastName>", P(p["last"].upper(), "name"),
               "</PatientLastName><PatientFirstName>", P(p["first"].upper(), "name"), "</PatientFirstName><DateofBirth>", P(dfmt(p["dob"], 3), "date"),
               "</DateofBirth><Gender>", "FEMALE" if p["sex"] == "F" else "MALE", "</Gender></PatientDemographics><TestDemographics><AcquisitionDevice>MAC5500</AcquisitionDevice><AcquisitionDate>",
               P(dfmt(acq.date(), 3), "date"), "</AcquisitionDate><AcquisitionTime>", acq.strftime("%H:%M:%S"), "</AcquisitionTime><CartNumber>", R.randint(1, 14),
               "</CartNumber><AcquisitionSoftwareVersion>010A</AcquisitionSoftwareVersion></TestDemographics><RestingECGMeasurements><VentricularRate>",
               R.randint(34, 75), "</VentricularRate><PRInterval>", R.randint(120, 200), "</PRInterval><QTInterval>", R.randint(380, 470),
               "</QTInterval><QTCorrected>", R.randint(400, 505), "</QTCorrected></RestingECGMeasurements></RestingECG>")]


GROUPS = [("89234561234", "vIOP Adult Group B - DBT Skills"), ("81120934402", "vIOP Adolescent Process Group"),
          ("86610023917", "Multi-Family Group (Tue)"), ("83377710560", "vIOP Adult Body Image")]


def g_zoom():
    t = tick()
    p = pick()
    mid, topic = R.choice(GROUPS)
    ts = int(utc(t).timestamp() * 1000)
    if not phi_mode(0.55):
        ev = R.choice(["meeting.started", "meeting.ended", "recording.completed"])
        obj = {"event": ev, "event_ts": ts, "payload": {"account_id": "kQ3x" + hexs(6), "object": {"id": mid, "uuid": hexs(22) + "==", "host_id": "Hq" + hexs(10),
                                                                                           "topic": topic, "type": 8, "start_time": utc(t).strftime("%Y-%m-%dT%H:%M:%SZ"), "duration": 90, "timezone": "America/New_York"}}}
        return [mk("zoom-wh ", J(obj))]
    ev = R.choice(["meeting.participant_joined", "meeting.participant_left", "meeting.registration_created"])
    if ev == "meeting.registration_created":
        tk = hexs(40)
        part = {"id": hexs(22), "first_name": P(p["first"], "name"), "last_name": P(p["last"], "name"), "email": P(p["email"], "email"),
                "join_url": P("https://cedarline.zoom.us/w/%s?tk=%s" % (mid, tk), "url")}
        obj = {"event": ev, "event_ts": ts, "payload": {"account_id": "kQ3x" + hexs(6), "object": {"id": mid, "topic": topic, "registrant": part}}}
        return [mk("zoom-wh ", J(obj, ea=True))]
    dn = R.choice([full(p, 4), full(p, 0), full(p, 5), "%s (parent)" % gname(p) if p["g"] else full(p, 4)])
    part = {"user_id": str(R.randint(16778240, 16799999)), "user_name": P(dn, "name"), "id": "",
            "participant_uuid": uuid4().upper(), "email": P(p["email"], "email") if R.random() < 0.5 else "",
            ("join_time" if ev.endswith("joined") else "leave_time"): utc(t).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "ip_address": P(p["ip"], "ip") if R.random() < 0.6 else "", "registrant_id": hexs(22)}
    if part["email"] == "":
        del part["email"]
    if part["ip_address"] == "":
        del part["ip_address"]
    obj = {"event": ev, "event_ts": ts, "payload": {"account_id": "kQ3x" + hexs(6), "object": {"id": mid, "uuid": hexs(22) + "==", "host_id": "Hq" + hexs(10), "topic": topic, "participant": part}}}
    return [mk("zoom-wh ", J(obj))]


ATT_HDR = [False]


def g_attendance():
    t = tick()
    p = pick()
    if not ATT_HDR[0]:
        ATT_HDR[0] = True
        return [mk("Meeting ID,Topic,Session Date,Name (Original Name),User Email,MRN,Join Time,Leave Time,Duration (Minutes),Guest,Role")]
    mid, topic = R.choice(GROUPS)
    sd = t.date() - timedelta(days=1)
    if not phi_mode(0.75):
        return [mk(mid, ",", topic, ",,", R.choice(STAFF), ",", R.choice(STAFF_EMAIL), "@cedarline-ed.org,,17:58,19:31,93,No,Host")]
    jh = R.randint(0, 15)
    return [mk(mid, ",", topic, ",", P(dfmt(sd, 1), "date"), ",\"", P(full(p, 4), "name"), " (", P(full(p, 0), "name"), ")\",", P(p["email"], "email"),
               ",", P(p["mrn"], "mrn"), ",18:%02d,19:%02d,%d,No,Attendee" % (jh, 30 - R.randint(0, 20), 90 - jh - R.randint(0, 20)))]


def g_famsched():
    t = tick()
    p = pick()
    pre = "ts=%s level=info svc=famsched " % iso(t, False, "Z" if False else "-04:00")
    aid = "FT-%s" % digits(6)
    if not phi_mode(0.45) or not p["g"]:
        return [mk(pre, R.choice([
            "msg=\"slot grid rebuilt\" clinicians=%d week=2024-W%d dur_ms=%d" % (R.randint(3, 9), R.randint(20, 22), R.randint(20, 900)),
            "msg=\"reminder batch sent\" channel=sms count=%d failed=%d" % (R.randint(4, 40), R.randint(0, 2)),
            "msg=\"appointment cancelled\" appt_id=%s reason=clinician_unavailable clinician=\"%s\"" % (aid, R.choice(STAFF))]))]
    start = datetime.combine(t.date() + timedelta(days=R.randint(1, 10)), datetime.min.time()) + timedelta(hours=R.choice([15, 16, 17, 18]))
    return [mk(pre, "msg=\"session booked\" appt_id=", aid, " pt_mrn=", P(p["mrn"], "mrn"), " pt_init=", p["first"][0] + p["last"][0],
               " guardian=\"", P(gname(p), "name"), "\" guardian_phone=", P(fmt_phone(p["g"]["phone"], 4), "phone"),
               " appt_start=", P(iso(start, False), "date"), " modality=", R.choice(["video", "in_person"]), " clinician=\"", R.choice(["Kai Moana, LMFT", "Amira Castellanos, LCSW"]), "\"")]


def g_direct():
    t = tick()
    p = pick()
    ts = t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)
    msgid = "<%s.%s@direct.cedarline-ed.org>" % (hexs(16), digits(6))
    to = R.choice(["intake@direct.blueridgeoutpatient.org", "referrals@direct.piedmontedc.net", "dietitian.team@direct.triadwellness.com"])
    if not phi_mode(0.5):
        return [mk(ts, " INFO  [hisp-gw-2] c.c.direct.MdnListener - MDN ", R.choice(["processed", "dispatched", "failed"]), " for ", msgid, " from ", to)]
    subj = [R.choice(["Aftercare referral - ", "Discharge summary: ", "Transition of care - "]), P(full(p, 1), "name"), " DOB ", P(dfmt(p["dob"], 1), "date")]
    return [mk(ts, " INFO  [hisp-gw-2] c.c.direct.SmtpOut - sent msgid=", msgid, " from=dischargeplanning@direct.cedarline-ed.org to=", to,
               " subject=\"", subj, "\" attach=CCDA_", P(p["mrn"], "mrn"), ".xml(%dB) status=250" % R.randint(20000, 90000))]


def g_fax():
    t = tick()
    p = pick()
    pre = "<166>%s edn-fax01 faxgw[%d]: " % (t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if t.day < 10 else t.strftime("%b %d %H:%M:%S"), R.randint(2000, 3000))
    job = "F%s-%04d" % (t.strftime("%y%m%d"), R.randint(1, 400))
    if not phi_mode(0.5):
        return [mk(pre, "job=%s dir=%s modem=ttyIAX%d status=%s pages=%d speed=14400 ecm=on dur=%ds" % (
            job, R.choice(["in", "out"]), R.randint(0, 3), R.choice(["done", "busy_retry", "no_answer"]), R.randint(1, 20), R.randint(20, 400)))]
    if p["g"] and R.random() < 0.25:
        return [mk(pre, "job=", job, " dir=out to=", P(fmt_phone(p["g"]["fax"], 2), "fax"), " recipient=\"", P(gname(p), "name"),
                   " (guardian)\" doc=ROI_consent pt=", P(p["mrn"], "mrn"), " status=done pages=3")]
    return [mk(pre, "job=", job, " dir=out to=+1", R.choice(["8285550199", "9194420187", "7043318820"]), " recipient=\"", R.choice(["Blue Ridge Outpatient Dietetics", "Dr. Hollis Pediatrics", "Piedmont ED Collaborative"]),
               "\" cover_re=\"Aftercare plan / discharge summary: ", P(full(p, 3), "name"), " DOB ", P(dfmt(p["dob"], 1), "date"), " D/C ", P(dfmt(t.date(), 4), "date"),
               "\" status=done pages=%d" % R.randint(4, 18))]


def g_urnote():
    t = tick()
    p = PTS[7] if R.random() < 0.2 else pick()
    ts = t.strftime("%Y-%m-%d %H:%M")
    who = R.choice(["P. Greer", "M. Oyelowo", "UR-team"])
    if not phi_mode(0.8):
        return [mk("[UR] ", ts, " ", who, ": payer line on hold %d min, no reviewer; will retry after 2pm. ref call queue #%s" % (R.randint(10, 60), digits(5)))]
    nxt = t.date() + timedelta(days=R.randint(2, 7))
    bmi = round(R.uniform(14.0, 19.5), 1)
    ages = (" ", P(str(p["age"]), "age"), "yo") if p["age"] > 89 else (" %dyo" % p["age"],)
    rv = {"Aetna": "Dr. Moss (Aetna peer)", "BCBS of North Carolina": "Karen at BCBSNC UM", "Cigna": "J. Park, RN (Cigna)",
          "UnitedHealthcare": "Dana L. (Optum)", "Optum Behavioral Health": "Dana L. (Optum)"}.get(p["payer"][0], "reviewer T. Whitfield")
    clin = {"RES": "still needing NG/supplement support, 1:1 post-meal obs",
            "PHP": "completing 80% of meals w/ support, purging 2x/wk",
            "vIOP": "attending 3/3 groups, restricting dinners on weekends"}[p["loc"]]
    step = {"RES": "PHP", "PHP": "IOP", "vIOP": "OP"}[p["loc"]]
    return [mk("[UR] ", ts, " ", who, " -> ", rv, ": concurrent review for ", P(full(p, 1), "name"), " (", P(p["mrn"], "mrn"), ")",
               ages, " ", p["payer"][0], " ID ", P(p["member"], "health_plan"), ". LOC ", p["loc"], " day %d, BMI %s, EDE-Q %.2f, %s. " % (R.randint(3, 40), bmi, R.uniform(2, 5.8), clin),
               R.choice(["Approved 5 add'l days", "Approved 7 days", "Pended for peer-to-peer", "Denied, step-down to %s recommended" % step]), ", auth # ", P(p["auth"], "other_id"),
               ", next review ", P(dfmt(nxt, 4), "date"), ".")]


def g_slack():
    t = tick()
    p = pick()
    if not phi_mode(0.5):
        obj = {"channel": R.choice(["#ops-alerts", "#eng-deploys"]), "username": R.choice(["deploybot", "pagerbot", "pg-monitor"]),
               "text": R.choice([":rocket: edn-api v2.14.%d deployed to prod (sha %s)" % (R.randint(0, 9), hexs(7)),
                                 ":warning: Sidekiq retry queue > %d" % R.randint(50, 300),
                                 ":white_check_mark: nightly census job finished in %ds" % R.randint(30, 400),
                                 ":fire: nginx 5xx rate %.1f%% on api.cedarline-ed.org" % R.uniform(1, 9)])}
        return [mk(J(obj))]
    r = R.random()
    if r < 0.5:
        obj = {"channel": "#clin-alerts", "username": "labwatch", "icon_emoji": ":rotating_light:",
               "text": S("Critical K ", "%.1f" % R.uniform(2.3, 2.9), " for ", P(p["mrn"], "mrn"), " (", p["unit"], " bed %d) - notify on-call MD" % R.randint(1, 14))}
    elif r < 0.8:
        obj = {"channel": "#admissions", "username": "hubspot-bot",
               "text": S("New inquiry: ", P(full(p, 0), "name"), ", ", p["loc"], ", ", p["payer"][0], " - call back ", P(fmt_phone(p["phone"], 1), "phone"))}
    else:
        obj = {"channel": "#clin-alerts", "username": "bw-monitor",
               "text": S("Weight drop >1kg in 48h: ", P(full(p, 5), "name"), " (", P(p["mrn"], "mrn"), ")")}
    return [mk(J(obj, ea=True))]


def g_sms():
    t = tick()
    p = pick()
    sid = "SM" + hexs(32)
    pre = "%s twilio.status sid=%s from=+19195550100 " % (iso(t), sid)
    if not phi_mode(0.6) or not p["g"]:
        return [mk(pre, "to=+1919555%04d status=%s err=%s body_len=%d" % (R.randint(100, 199), R.choice(["delivered", "sent", "undelivered"]), R.choice(["-", "30003", "-"]), R.randint(40, 160)))]
    if R.random() < 0.5:
        appt = datetime.combine(t.date() + timedelta(days=R.randint(1, 6)), datetime.min.time()) + timedelta(hours=R.choice([9, 10, 13]))
        return [mk(pre, "to=", P(fmt_phone(p["g"]["phone"], 2), "phone"), " status=delivered body=\"Hi ", P(p["g"]["first"], "name"), ", this is Bree from Cedarline admissions. ",
                   P(p["first"], "name"), "'s assessment is confirmed for ", P(dfmt(appt.date(), 6), "date"), " at %dam. Reply C to confirm.\"" % appt.hour if appt.hour < 12 else " at 1pm. Reply C to confirm.\"")]
    link = "https://my.cedarline-ed.org/intake/start?c=%s&t=%s" % (p["hs"], hexs(16))
    return [mk(pre, "to=", P(fmt_phone(p["phone"], 2), "phone"), " status=sent body=\"Cedarline: please complete your intake forms before your call: ", P(link, "url"), " Msg&data rates may apply.\"")]


GENS = [(g_hubspot, 7), (g_availity, 6), (g_zerolog, 12), (g_laravel, 7), (g_sidekiq, 7), (g_postgres, 5),
        (g_cloudflare, 8), (g_nginx, 9), (g_hl7, 3), (g_flutter, 8), (g_blindwt, 5), (g_ecg, 3), (g_zoom, 6),
        (g_attendance, 3), (g_famsched, 3), (g_direct, 3), (g_fax, 3), (g_urnote, 3), (g_slack, 4), (g_sms, 3)]
FAM = {g_hubspot: "hubspot_webhook", g_availity: "availity", g_zerolog: "zerolog", g_laravel: "laravel", g_sidekiq: "sidekiq",
       g_postgres: "postgres", g_cloudflare: "cloudflare", g_nginx: "nginx", g_hl7: "hl7v2", g_flutter: "flutter_logcat",
       g_blindwt: "blindwt_csv", g_ecg: "ecg_xml", g_zoom: "zoom_webhook", g_attendance: "zoom_attendance_csv",
       g_famsched: "famsched_logfmt", g_direct: "direct_hisp", g_fax: "fax_syslog", g_urnote: "ur_note", g_slack: "slack", g_sms: "twilio_sms"}


def main():
    rows = []
    gens = [g for g, _ in GENS]
    weights = [w for _, w in GENS]
    while len(rows) < N_LINES:
        g = R.choices(gens, weights)[0]
        block = g()
        if len(rows) + len(block) > N_LINES:
            continue
        fam = FAM[g]
        if g is g_availity and b"x12" in block[0][0]:
            fam = "x12"
        for b, sp in block:
            rows.append((b, sp, fam))
    # ---- verify
    with open(OUTLOG, "wb") as lf, open(OUTLAB, "w", encoding="utf-8") as jf:
        for n, (b, spans, fam) in enumerate(rows, 1):
            if b"\n" in b or b"\r" in b or not b.strip():
                sys.exit("line %d: bad line content" % n)
            b.decode("utf-8")
            last_e = -1
            for sp in sorted(spans, key=lambda x: x["s"]):
                s, e = sp["s"], sp["e"]
                if not (0 <= s < e <= len(b)):
                    sys.exit("line %d: span out of range %r" % (n, sp))
                if s < last_e:
                    sys.exit("line %d: overlapping spans" % n)
                last_e = e
                got = b[s:e].decode("utf-8")
                if got != sp["_v"]:
                    sys.exit("line %d: span text %r != %r" % (n, got, sp["_v"]))
                if got != str(sp["_o"]):
                    # JSON-escaped rendering: must decode back to the logical value
                    if json.loads('"' + got + '"') != str(sp["_o"]):
                        sys.exit("line %d: escaped span %r does not decode to %r" % (n, got, sp["_o"]))
                if got != got.strip():
                    sys.exit("line %d: span has surrounding whitespace %r" % (n, got))
            lf.write(b + b"\n")
            jf.write(json.dumps({"line": n, "family": fam,
                                 "spans": [{"s": x["s"], "e": x["e"], "cat": x["cat"]} for x in spans]}) + "\n")
    if len(rows) != N_LINES:
        sys.exit("wrong line count")


if __name__ == "__main__":
    main()
