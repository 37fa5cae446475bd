#!/usr/bin/env python3
"""Synthetic labeled log corpus "rw".

Organisation: Greater Meridian Regional Transit (GMRT), Paratransit
Eligibility & Occupational Health Unit ("GMRT Access" ADA paratransit +
the Operator Health Services clinic).  One day (2024-03-11) of logs as
exported from the unit's SIEM / log archive, interleaved by time.

Systems simulated (family names in the labels file)
  elig_json    EligiTrak case management (Node/pino JSON): ADA applications,
               medical verification requests, functional-assessment
               scheduling, determinations, recert, appeals.
  hl7          OH clinic EHR -> employee-health interface (Mirth channel),
               ADT^A04 / ORU^R01 for DOT physicals, one segment per line.
  fhir         FHIR R4 QuestionnaireResponse / Observation from the
               functional-assessment tablet app (one resource per line).
  pass_book    Trip booking / scheduling engine (log4j key=value).
  java_trace   Stack traces from the same engine (one frame per line).
  sms          Twilio-style messaging webhook log (JSON), IVR reminders,
               inbound rider texts, push-registration from the rider app.
  avl_syslog   MDT/AVL gateway, RFC 5424 syslog, vehicle pings and events.
  nginx        Rider portal and staff portal access log (combined + timing).
  mro_pipe     Drug & alcohol testing results from the TPA/MRO (pipe rows).
  dot_csv      DOT medical examiner's certificate roster export (CSV).
  incident     SafetyNet on-vehicle incident reports (pipe + narrative).
  pgaudit      PostgreSQL log with pgaudit and slow-query parameter lines.
  x12          Medicaid NEMT 270/271 and 999 (one interchange per line).
  winsec       Windows Security events via Snare (staff logons).
  k8s          Envoy / kube JSON infra logs (trace ids, images, digests).
  chat         Teams channel export of dispatch / eligibility staff.
  manifest_fw  Fixed-width driver run manifest export.
  letter_xml   Determination-letter document service (XML job records).
  faremedia    Reduced-fare card issuance and RidePay payments (logfmt).
  crm          Customer-service CRM case comments (English and Spanish).

Labeling decisions (grey cases)
  * Paratransit riders/applicants are the people served: their names,
    addresses, contacts, ids and dates are PHI.  Rider client id
    (C07xxxxx) is the provider-assigned patient id -> mrn.  ADA application
    and appeal numbers (PA-/AP-), workers' comp claim numbers, CCF specimen
    ids and rider app ids -> other_id.
  * Bus operators are PHI ONLY in occupational-health records (HL7 from the
    OH clinic, DOT medical roster, MRO drug/alcohol results): there their
    name, DOB, SSN (incl. last four), CDL number (license), address, phone,
    employee number (other_id) and OH chart number (mrn) are labeled.  In
    dispatch, AVL, incident and chat records operators are staff at work and
    nothing about them is labeled (same employee number, different context).
  * Rider emergency contacts, PCAs/companions and relatives named in rider
    records are PHI (name, phone).
  * Certifying health professionals (rider's physician), MROs, medical
    examiners (NRCME numbers), PT/OT assessors, dispatchers, CSRs: staff or
    clinicians at work -> not PHI (incl. their NPI, phone, fax, email).
  * Trip ids, run ids, incident numbers, letter-job ids, ticket ids: event
    or business identifiers, not PHI.  But a personal trip-tracking URL
    (resolves to the rider's name/pickup) is labeled url as a whole.
  * All street addresses in a rider trip (pickup AND drop-off, even a
    clinic's address) are labeled address, since they place the rider;
    facility names are not labeled.  A city written as its own field of the
    person's address is address.  ZIP always its own span.  Geocoded
    lat/lon stored on a rider address -> address; AVL vehicle pings -> not.
  * Dates: birth, service/trip, appointment, assessment, determination,
    certificate effective/expiry, collection, exam dates -> date (a full
    datetime of the trip is one date span).  The log record's own timestamp,
    HL7 MSH-7/EVN-2, X12 envelope dates and batch dates -> not PHI.  Times of
    day alone and birth years alone -> not PHI.
  * Ages > 89 -> age; <= 89 not labeled.
  * In access logs the rider's public IP -> ip and the client id inside the
    path -> mrn (the path is not labeled as url); servers, load balancers,
    monitors and staff on 10.x -> not PHI.
  * Rider device ids (app IMEI, power-wheelchair serial, operator insulin
    pump serial in OH records) -> device; MDT tablet IMEI, fleet VINs and
    plates -> not PHI (organisation assets).  Third-party vehicle plates in
    incidents (not a person served) -> not PHI.
  * Reduced-fare card numbers, payment PANs (also last four) -> account;
    fare card chip UID (CSN) -> device; card photo base64 -> photo.
  * Values that are junk (invalid SSN area, non-Luhn PAN) are still
    labeled by their category when they sit in the person's field.
  * Salted SHA-256 rider pseudonyms in analytics lines: not PHI.
  * Incident locations given as an intersection where the van was (not the
    rider's address) -> not PHI, like AVL positions.
  * Ages over 89 are labeled wherever printed (JSON "age", incident and CRM
    free text); the same key with an age <= 89 is left unlabeled.
"""
import hashlib
import json
import random
import sys
from datetime import datetime, timedelta

R = random.Random(20240311)
ID = "rw"
N_LINES = 500


# ---------------------------------------------------------------- line builder
class Ln:
    def __init__(self, fam):
        self.fam = fam
        self.parts = []

    def t(self, s):
        self.parts.append((str(s), None))
        return self

    def p(self, s, cat):
        s = str(s)
        self.parts.append((s, cat if s else None))
        return self

    def build(self):
        buf = b""
        spans = []
        for s, cat in self.parts:
            b = s.encode("utf-8")
            if cat:
                spans.append({"s": len(buf), "e": len(buf) + len(b), "cat": cat, "_v": b})
            buf += b
        return buf, spans


def jesc(s, ascii_):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


class Obj(list):
    pass


class Arr(list):
    pass


def jval(ln, v, cat=None, ascii_=True):
    if isinstance(v, Obj):
        ln.t("{")
        for i, it in enumerate(v):
            if i:
                ln.t(",")
            k, val = it[0], it[1]
            c = it[2] if len(it) > 2 else None
            ln.t(json.dumps(k) + ":")
            jval(ln, val, c, ascii_)
        ln.t("}")
    elif isinstance(v, Arr):
        ln.t("[")
        for i, it in enumerate(v):
            if i:
                ln.t(",")
            if isinstance(it, tuple):
                jval(ln, it[0], it[1], ascii_)
            else:
                jval(ln, it, None, ascii_)
        ln.t("]")
    elif isinstance(v, str):
        ln.t('"')
        ln.p(jesc(v, ascii_), cat) if cat else ln.t(jesc(v, ascii_))
        ln.t('"')
    elif v is None:
        ln.t("null")
    elif isinstance(v, bool):
        ln.t("true" if v else "false")
    else:
        ln.p(json.dumps(v), cat) if cat else ln.t(json.dumps(v))


def jline(fam, obj, ascii_=True):
    ln = Ln(fam)
    jval(ln, obj, None, ascii_)
    return ln


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


def npi():
    base = "1" + "".join(R.choice("0123456789") for _ in range(8))
    return base + luhn_digit("80840" + base)


def pan(prefix="4", length=16, valid=True):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    d = luhn_digit(body)
    if not valid:
        d = str((int(d) + 3) % 10)
    return body + d


def imei():
    body = R.choice(["35", "86", "01", "35"]) + "".join(R.choice("0123456789") for _ in range(12))
    return body + luhn_digit(body)


def ssn(valid=True):
    if not valid:
        return R.choice(["000", "666", "9%02d" % R.randint(0, 99)]) + "-%02d-%04d" % (R.randint(1, 99), R.randint(1, 9999))
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    an = MBI_A + "0123456789"
    d = "0123456789"
    return (R.choice("123456789") + R.choice(MBI_A) + R.choice(an) + R.choice(d) + R.choice(MBI_A)
            + R.choice(an) + R.choice(d) + R.choice(MBI_A) + R.choice(MBI_A) + R.choice(d) + R.choice(d))


VIN_MAP = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
           "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6,
           "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(wmi="1FD"):
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(wmi + "".join(R.choice(chars) for _ in range(5)) + "0" + "R" + R.choice("CKW") + "".join(R.choice("0123456789") for _ in range(6)))
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W)) % 11
    v[8] = "X" if s == 10 else str(s)
    return "".join(v)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


# ---------------------------------------------------------------- people
FIRST = ["Dolores", "Grace", "Raymond", "João", "María del Carmen", "Thanh", "Oluwaseun", "Henrietta", "Walter",
         "Zoë", "Ibrahim", "Mei-Ling", "Bernard", "Patience", "Rose", "Hope", "Summer", "Earl", "Lucía", "Dmitri",
         "Agnieszka", "Kwame", "Siobhan", "Takumi", "Priyanka", "Eustace", "Faith", "Marisol", "Tadeusz", "Ngozi",
         "Hyun-woo", "Bill", "Dorothy", "Cornelius", "Ruby", "Anan", "Fatima", "Winifred", "Otis", "Imelda",
         "Jasper", "Leilani", "Rahel", "Ahmad", "Birgit", "Levon", "Concepción", "Mack", "Pearl", "Duc"]
LAST = ["Whitcombe-Ames", "Okafor", "Abernathy-Cole", "Nguyễn", "Ruiz-Esquivel", "de la Cruz", "Van der Berg",
        "O'Neill", "Baker", "Bishop", "Grant", "Story", "Little", "Rich", "Kowalczyk", "Mensah", "Haddad",
        "Park", "Szabó", "Wojciechowski", "Hawthorne", "Castellanos Ríos", "Ben-David", "Mwangi", "Fairweather",
        "Summers", "Strong", "Nakamura", "Petrakis", "St. Clair", "Duchesne", "Ochieng", "Marsh", "Brooks",
        "Iyer", "Delacroix-Pinto", "Mahoney", "Lopes", "Cruz", "Hill", "Aydın", "Kaur", "MacLeod", "Dunmore"]
STAFF = ["Kerstin Lindqvist", "Marcus Tran", "Deborah Kline", "Luis Ortega", "Shanice Powell", "Tomasz Nowak",
         "Aisha Rahman", "Greg Hollister", "Yvette Moreau", "Rajesh Pillai"]
CLIN = [("Karin Lindgren", "MD"), ("Samuel Obi", "DO"), ("Priya Raman", "MD"), ("Helen Fitch", "PA-C"),
        ("Victor Almeida", "MD"), ("Joanne Mercer", "NP")]
ASSESSORS = ["Beth Carrow, PT", "Omar Siddiqui, OTR/L", "Lena Fisk, PT, DPT", "Craig Dunleavy, PT"]
AHP = [("Dr. Alan Whitfield", "Meridian Family Medicine"), ("Dr. Sunita Bhatt", "Lakeshore Neurology"),
       ("Dr. Gregory Ames", "University Hospitals Eye Institute"), ("Dr. Irene Kovacs", "Brookside Internal Medicine"),
       ("Dr. Femi Adeyemi", "Cleveland Rehab Partners"), ("Dr. Paula Sorensen", "VA Wade Park")]
for i, (n, o) in enumerate(AHP):
    AHP[i] = (n, o, npi(), "216-%03d-%04d" % (R.randint(200, 989), R.randint(0, 9999)))

CITIES = [("Brookside", "44120"), ("Eastlake", "44095"), ("Fairhaven", "44137"), ("Millbrook", "44125"),
          ("Meridian", "44113"), ("Meridian", "44102"), ("Parma Heights", "44130"), ("Euclid", "44117"),
          ("Garfield Hts", "44125"), ("Shaker Hts", "44122")]
STREETS = ["Lorain Ave", "Euclid Ave", "Mayfield Rd", "Cedar Hill Blvd", "W 117th St", "Bishop Rd", "Grant St",
           "Rose Ln", "Kinsman Rd", "E 185th St", "Detroit Ave", "Pearl Rd", "Warrensville Center Rd",
           "Lee Rd", "Clifton Blvd", "Superior Ave", "Broadway Ave", "Fleet Ave", "Miles Ave", "Ridge Rd"]
DESTS = [("DaVita Eastside Dialysis", "2200 Warrensville Center Rd", "Brookside", "44120"),
         ("Fresenius Kidney Care Lakeshore", "18530 Lake Shore Blvd", "Euclid", "44117"),
         ("MetroHealth Old Brooklyn", "4229 Pearl Rd", "Meridian", "44109"),
         ("Goodwill Industries Work Center", "3820 Superior Ave", "Meridian", "44114"),
         ("Giant Eagle #5810", "16700 Broadway Ave", "Garfield Hts", "44125"),
         ("Senior Center East", "12100 Mayfield Rd", "Millbrook", "44125"),
         ("Cleveland Sight Center", "1909 E 101st St", "Meridian", "44106")]
AREA = ["216", "440", "330", "234"]


def phone():
    return "%s-%03d-%04d" % (R.choice(AREA), R.randint(201, 989), R.randint(0, 9999))


def street():
    s = "%d %s" % (R.randint(100, 24999), R.choice(STREETS))
    r = R.random()
    if r < 0.25:
        s += " Apt %d%s" % (R.randint(1, 12), R.choice("ABCD"))
    elif r < 0.35:
        s += " Unit %d" % R.randint(1, 320)
    return s


def rdate(y0, y1):
    d0 = datetime(y0, 1, 1)
    return d0 + timedelta(days=R.randint(0, (datetime(y1, 12, 31) - d0).days))


class Rider:
    def __init__(self, i):
        self.first = R.choice(FIRST)
        self.last = R.choice(LAST)
        self.mid = R.choice(["", "", "A", "J", "M", "L"])
        self.dob = rdate(1929, 2002)
        self.street = street()
        self.city, self.zip = R.choice(CITIES)
        self.phone = phone()
        self.cid = "C07%05d" % R.randint(0, 99999)
        self.app = "PA-24-%05d" % R.randint(100, 4000)
        self.medicaid = digits(12) if R.random() < 0.5 else None
        self.mbi = mbi() if self.dob.year < 1959 else None
        self.email = R.choice(["%s.%s", "%s%s", "%s_%s"]) % (self.first.lower()[:5].replace(" ", ""), self.last.lower().replace(" ", "").replace("'", "")[:7])
        self.email = self.email.encode("ascii", "ignore").decode() + str(R.randint(1, 99)) + "@" + R.choice(["gmail.com", "yahoo.com", "att.net", "outlook.com", "aol.com"])
        self.ec_name = R.choice(FIRST) + " " + (self.last if R.random() < 0.6 else R.choice(LAST))
        self.ec_rel = R.choice(["daughter", "son", "spouse", "niece", "neighbor", "guardian", "sister"])
        self.ec_phone = phone()
        self.mob = R.choice(["WC", "PWC", "SCO", "WLK", "WLK", "AMB", "CANE", "SVCANIMAL"])
        self.pmd_sn = (R.choice(["PR", "QX", "JZ"]) + digits(9)) if self.mob in ("PWC", "WC", "SCO") else None
        self.ip = "%d.%d.%d.%d" % (R.choice([73, 98, 174, 24, 71, 108, 66]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        self.imei = imei()
        self.lat = 41.40 + R.random() * 0.2
        self.lon = -81.85 + R.random() * 0.4
        self.fare_card = "7001" + digits(11)
        self.fare_card = self.fare_card + luhn_digit(self.fare_card)
        self.csn = "04" + hexs(12).upper()

    @property
    def name(self):
        return self.first + " " + self.last

    def age(self, today=datetime(2024, 3, 11)):
        return today.year - self.dob.year - ((today.month, today.day) < (self.dob.month, self.dob.day))


class Operator:
    def __init__(self):
        self.first = R.choice(FIRST)
        self.last = R.choice(LAST)
        self.emp = "%05d" % R.randint(20000, 29999)
        self.dob = rdate(1962, 1999)
        self.ssn = ssn(R.random() > 0.08)
        self.cdl = R.choice("ABCDEFGHJKLMNPRST") + R.choice("ABCDEFGHJKLMNPRST") + digits(6)
        self.street = street()
        self.city, self.zip = R.choice(CITIES)
        self.phone = phone()
        self.chart = "OH%06d" % R.randint(1000, 99999)
        self.sex = R.choice("MF")
        self.pump = ("NG" + digits(7) + R.choice("ABCDEFGH")) if R.random() < 0.25 else None


RIDERS = [Rider(i) for i in range(70)]
# a few very old riders for the age category
for r in RIDERS[:14]:
    r.dob = rdate(1928, 1933)
OPS = [Operator() for _ in range(30)]
VANS = [(str(4400 + i), vin(R.choice(["1FD", "1FT", "1GB"])), "PT %04d" % R.randint(1000, 9999), imei()) for i in range(24)]
RUNS = ["PT-%02d" % i for i in range(1, 40)]


def trip_id():
    return "T24071-%06d" % R.randint(550000, 569999)


# ---------------------------------------------------------------- time
class Clock:
    def __init__(self):
        self.t = datetime(2024, 3, 11, 4, 58, 7, 120000)

    def tick(self):
        self.t += timedelta(milliseconds=R.randint(200, 190000))
        return self.t


CLK = Clock()
SVC = datetime(2024, 3, 11)


def ymd(d):
    return d.strftime("%Y-%m-%d")


def iso_local(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d-05:00" % (t.microsecond // 1000)


def iso_z(t):
    u = t + timedelta(hours=5)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def epoch_ms(t):
    return int((t + timedelta(hours=5) - datetime(1970, 1, 1)).total_seconds() * 1000)


def log4j_ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def trip_day():
    return SVC + timedelta(days=R.choice([0, 1, 1, 1, 2, 3, 7]))


def rider():
    # paratransit riders skew old: the first 14 riders are over 89
    return R.choice(RIDERS[:14]) if R.random() < 0.3 else R.choice(RIDERS)


def op():
    return R.choice(OPS)


# ---------------------------------------------------------------- generators
def g_elig(t):
    r = rider()
    kind = R.choices(["recv", "medver", "assess", "determ", "recert", "appeal", "portal", "pool", "batch"],
                     [3, 3, 3, 3, 1, 1, 2, 3, 2])[0]
    base = [("level", 30), ("time", epoch_ms(t)), ("pid", R.choice([4121, 4122, 5310])),
            ("hostname", R.choice(["elig-app-01", "elig-app-02"])), ("reqId", "req-" + hexs(6))]
    if kind == "pool":
        o = Obj(base + [("svc", "eligitrak"), ("msg", "pg pool stats"), ("total", 20), ("idle", R.randint(3, 18)),
                        ("waiting", 0), ("version", "3.18.2")])
        return [jline("elig_json", o, False)]
    if kind == "batch":
        sel = R.randint(20, 140)
        o = Obj(base + [("svc", "eligitrak"), ("msg", "recert.reminder.batch"), ("job", "cron-recert-90d"),
                        ("selected", sel), ("mailed", sel - R.randint(0, 12)), ("ms", R.randint(400, 9000))])
        return [jline("elig_json", o, False)]
    if kind == "recv":
        o = Obj(base + [("svc", "eligitrak"), ("msg", "application.received"), ("app_no", r.app, "other_id"),
                        ("client", Obj([("id", r.cid, "mrn"), ("nm", r.last + ", " + r.first, "name"),
                                        ("dob", ymd(r.dob), "date"), ("age", r.age(), "age" if r.age() > 89 else None), ("ph", r.phone, "phone")])),
                        ("channel", R.choice(["mail", "walk-in", "portal", "fax"])),
                        ("rcvd", ymd(SVC - timedelta(days=R.randint(0, 6))), "date"),
                        ("ec", Obj([("nm", r.ec_name, "name"), ("rel", r.ec_rel), ("ph", r.ec_phone, "phone")])),
                        ("by", R.choice(STAFF))])
        return [jline("elig_json", o, False)]
    if kind == "medver":
        a = R.choice(AHP)
        o = Obj(base + [("svc", "eligitrak"), ("msg", "medver.request.sent"), ("app_no", r.app, "other_id"),
                        ("client_id", r.cid, "mrn"),
                        ("ahp", Obj([("name", a[0]), ("org", a[1]), ("npi", a[2]), ("fax", a[3])])),
                        ("form", "MV-2 (rev 2023-07)"), ("fax_job", "FX" + digits(8)), ("pages", R.randint(2, 5))])
        return [jline("elig_json", o, False)]
    if kind == "assess":
        d = SVC + timedelta(days=R.randint(1, 20))
        o = Obj(base + [("svc", "eligitrak"), ("msg", "assessment.scheduled"), ("app_no", r.app, "other_id"),
                        ("applicant", r.name, "name"),
                        ("appt", d.strftime("%Y-%m-%d") + "T" + R.choice(["09:00", "10:30", "13:00", "14:30"]), "date"),
                        ("site", "GMRT Eligibility Center, 220 Commerce Pkwy Ste 300"),
                        ("assessor", R.choice(ASSESSORS)), ("type", R.choice(["IFA", "COG", "VIS", "IFA+COG"])),
                        ("ride_provided", R.random() < 0.7), ("interp", R.choice([None, "es", "vi", "ar", "ASL"]))])
        return [jline("elig_json", o, False)]
    if kind == "determ":
        eff = SVC
        exp = eff.replace(year=eff.year + R.choice([1, 3, 3]))
        out = R.choice(["UNCONDITIONAL", "CONDITIONAL", "TEMPORARY", "CONDITIONAL", "DENIED"])
        conds = Arr(R.sample(["distance>1/4mi", "snow_ice", "no_curb_cut", "unfamiliar_route", "heat>90F", "night"], 2)) if out == "CONDITIONAL" else Arr([])
        items = base + [("svc", "eligitrak"), ("msg", "determination.issued"), ("app_no", r.app, "other_id"),
                        ("client_id", r.cid, "mrn"), ("outcome", out), ("conds", conds),
                        ("eff", ymd(eff), "date")]
        if out != "DENIED":
            items.append(("exp", ymd(exp), "date"))
        items += [("pca_allowed", R.random() < 0.5), ("mob", r.mob), ("reviewer", R.choice(STAFF))]
        if r.age() > 89:
            items.append(("age", r.age(), "age"))
        else:
            items.append(("age", r.age()))
        return [jline("elig_json", Obj(items), False)]
    if kind == "recert":
        o = Obj(base + [("svc", "eligitrak"), ("msg", "recert.due"), ("client_id", r.cid, "mrn"),
                        ("cert_exp", ymd(SVC + timedelta(days=R.randint(30, 90))), "date"),
                        ("mail_to", Obj([("l1", r.street, "address"), ("city", r.city, "address"), ("st", "OH"),
                                         ("zip", r.zip, "zip")]))])
        return [jline("elig_json", o, False)]
    if kind == "appeal":
        o = Obj(base + [("svc", "eligitrak"), ("msg", "appeal.filed"), ("appeal_no", "AP-24-%04d" % R.randint(10, 400), "other_id"),
                        ("client_id", r.cid, "mrn"), ("hearing", ymd(SVC + timedelta(days=R.randint(10, 40))), "date"),
                        ("rep", Obj([("nm", r.ec_name, "name"), ("rel", r.ec_rel)])), ("panel", "ADA Appeals Panel B")])
        return [jline("elig_json", o, False)]
    # portal registration
    o = Obj(base + [("svc", "rider-portal"), ("msg", "account.registered"), ("client_id", r.cid, "mrn"),
                    ("email", r.email, "email"), ("mfa", R.choice(["sms", "email", "none"])),
                    ("ua", "okhttp/4.12.0"), ("app_ver", "2.9.%d" % R.randint(0, 7))])
    return [jline("elig_json", o, False)]


def hl7_ts(t):
    return t.strftime("%Y%m%d%H%M%S")


def g_hl7(t):
    o = op()
    c = R.choice(CLIN)
    cnpi = npi()
    ctl = "OHU%08d" % R.randint(0, 99999999)
    typ = R.choice(["ADT^A04^ADT_A01", "ORU^R01^ORU_R01"])
    lines = []
    ln = Ln("hl7").t("MSH|^~\\&|OHCLINIC|GMRT-OHU|EMPHEALTH|GMRT|%s||%s|%s|P|2.5.1|||AL|NE" % (hl7_ts(t), typ, ctl))
    lines.append(ln)
    if typ.startswith("ADT"):
        lines.append(Ln("hl7").t("EVN|A04|%s|||%s^%s" % (hl7_ts(t), R.choice(["jkline", "ltran", "apowell"]), "OHU")))
    nm_last, nm_first = o.last.upper(), o.first.upper()
    pid = Ln("hl7").t("PID|1||").p(o.chart, "mrn").t("^^^OHU^MR~").p("E" + o.emp, "other_id").t("^^^GMRT^EI||")
    pid.p(nm_last, "name").t("^").p(nm_first, "name").t("^^^^^L||").p(o.dob.strftime("%Y%m%d"), "date")
    pid.t("|%s|||" % o.sex).p(o.street, "address").t("^^").p(o.city, "address").t("^OH^").p(o.zip, "zip").t("^USA^H||")
    pid.p(o.phone, "phone").t("^PRN^PH|||||").p("V" + digits(8), "account").t("|").p(o.ssn, "ssn").t("|")
    lines.append(pid)
    svc = t.replace(hour=max(6, t.hour - 1), minute=R.randint(0, 59))
    lines.append(Ln("hl7").t("PV1|1|O|OHU^EXAM%d^1||||%s^%s^%s^^^%s|||OCC||||||||" % (R.randint(1, 4), cnpi, c[0].split()[1], c[0].split()[0], c[1])))
    if typ.startswith("ORU"):
        obr = Ln("hl7").t("OBR|1|%s|%s|DOTPE^DOT Physical Exam^L|||" % ("ORD" + digits(7), "F" + digits(8)))
        obr.p(hl7_ts(svc), "date").t("||||||||%s^%s^%s|||||||||F" % (cnpi, c[0].split()[1], c[0].split()[0]))
        lines.append(obr)
        obx = [("BP", "Blood pressure", "NM", "%d/%d" % (R.randint(112, 158), R.randint(68, 96)), "mm[Hg]"),
               ("VA-R", "Visual acuity right", "ST", R.choice(["20/20", "20/25", "20/40"]), ""),
               ("HEAR", "Forced whisper 5ft", "ST", R.choice(["PASS", "PASS", "FAIL-R"]), ""),
               ("UA-PRO", "Urine protein", "ST", R.choice(["NEG", "TRACE", "1+"]), ""),
               ("CERT", "Certification period", "ST", R.choice(["24 months", "12 months", "3 months"]), "")]
        for i, x in enumerate(R.sample(obx, R.randint(2, 4)), 1):
            lines.append(Ln("hl7").t("OBX|%d|%s|%s^%s^L||%s|%s|||||F" % (i, x[2], x[0], x[1], x[3], x[4])))
        if o.pump and R.random() < 0.7:
            lines.append(Ln("hl7").t("OBX|9|ST|ITDM^Insulin pump serial^L||").p(o.pump, "device").t("||||||F"))
    else:
        lines.append(Ln("hl7").t("IN1|1|WC|GMRT-SELF|GMRT Workers Comp Self-Insured|1400 Transit Way^^Brookside^OH^44120|||||||||||||||||||||||||||||||||||||||"))
        reason = R.choice(["DOT biennial", "post-accident injury", "return-to-duty", "fitness for duty", "DOT annual (HTN)"])
        nte = Ln("hl7").t("NTE|1||Reason: " + reason)
        if reason in ("post-accident injury", "fitness for duty"):
            nte.t("; WC claim ").p("WC24-%05d" % R.randint(100, 9999), "other_id")
        lines.append(nte)
    return lines


def g_fhir(t):
    r = rider()
    if R.random() < 0.7:
        items = Arr()
        for lid, val in R.sample([("gait-400ft", ("valueBoolean", R.random() < 0.5)), ("curb-6in", ("valueBoolean", R.random() < 0.5)),
                                   ("tug-sec", ("valueDecimal", round(R.uniform(8, 32), 1))),
                                   ("stairs-3", ("valueBoolean", R.random() < 0.5)),
                                   ("wayfinding-score", ("valueInteger", R.randint(0, 12))),
                                   ("rest-stops", ("valueInteger", R.randint(0, 4)))], 4):
            items.append(Obj([("linkId", lid), ("answer", Arr([Obj([val])]))]))
        o = Obj([("resourceType", "QuestionnaireResponse"), ("id", "qr-" + hexs(12)),
                 ("meta", Obj([("versionId", str(R.randint(1, 4))), ("lastUpdated", iso_local(t))])),
                 ("questionnaire", "https://fhir.gmrt.org/Questionnaire/ada-ifa|3.2"), ("status", "completed"),
                 ("subject", Obj([("reference", None), ("display", r.name, "name")])),
                 ("authored", ymd(SVC) + "T" + t.strftime("%H:%M:00") + "-05:00", "date"),
                 ("author", Obj([("display", R.choice(ASSESSORS))])), ("item", items)])
        # patch subject.reference with an embedded id
        ln = Ln("fhir")
        # build manually to place the id inside "Patient/<id>"
        tmp = jline("fhir", o, True).parts
        for s, cat in tmp:
            if s == "null" and cat is None and not any(p[0].startswith('"Patient/') for p in ln.parts):
                ln.t('"Patient/').p(r.cid, "mrn").t('"')
            else:
                ln.parts.append((s, cat))
        return [ln]
    o = Obj([("resourceType", "Observation"), ("id", "obs-" + hexs(10)), ("status", "final"),
             ("code", Obj([("coding", Arr([Obj([("system", "http://loinc.org"), ("code", "98961-5"), ("display", "Visual acuity Snellen")])]))])),
             ("subject", Obj([("identifier", Obj([("system", "urn:gmrt:client"), ("value", r.cid, "mrn")]))])),
             ("effectiveDateTime", ymd(SVC) + "T" + t.strftime("%H:%M:00") + "-05:00", "date"),
             ("valueString", R.choice(["20/200 OU", "20/70 OD, HM OS", "CF 3ft OU"])),
             ("performer", Arr([Obj([("display", R.choice(ASSESSORS))])]))])
    return [jline("fhir", o, True)]


def g_book(t):
    r = rider()
    k = R.choices(["BOOK", "CANCEL", "NOSHOW", "SUB", "SCHED", "GEO"], [5, 2, 1, 1, 4, 1])[0]
    head = "%s %-5s [%s] c.g.pass.%s - " % (log4j_ts(t), "INFO", "booking-%d" % R.randint(1, 8), "BookingService")
    ln = Ln("pass_book")
    if k == "SCHED":
        ln.t(log4j_ts(t) + " INFO  [sched-opt-%d] c.g.pass.sched.Optimizer - SCHED run=%s trips=%d slack_min=%d dur_ms=%d veh=%s build=7.4.2-b1187"
             % (R.randint(1, 4), R.choice(RUNS), R.randint(8, 26), R.randint(0, 45), R.randint(80, 9000), R.choice(VANS)[0]))
        return [ln]
    if k == "GEO":
        ln.t(head + "GEOCODE ok cli=").p(r.cid, "mrn").t(" addr=\"").p(r.street + ", " + r.city, "address").t("\" zip=").p(r.zip, "zip")
        ln.t(" lat=").p("%.6f" % r.lat, "address").t(" lon=").p("%.6f" % r.lon, "address").t(" src=esri conf=%d" % R.randint(80, 100))
        return [ln]
    td = trip_day()
    tid = trip_id()
    if k == "BOOK":
        d = R.choice(DESTS)
        outbound = R.random() < 0.6
        ln.t(head + "BOOK ok trip=%s cli=" % tid).p(r.cid, "mrn").t(" name=\"").p(r.last.upper() + ", " + r.first.upper(), "name").t("\" date=").p(ymd(td), "date")
        pu_first = outbound
        if pu_first:
            ln.t(" pu=\"").p(r.street + ", " + r.city, "address").t("\" pu_zip=").p(r.zip, "zip")
            ln.t(" do=\"%s, " % d[0]).p(d[1] + ", " + d[2], "address").t("\" do_zip=").p(d[3], "zip")
        else:
            ln.t(" pu=\"%s, " % d[0]).p(d[1] + ", " + d[2], "address").t("\" pu_zip=").p(d[3], "zip")
            ln.t(" do=\"").p(r.street + ", " + r.city, "address").t("\" do_zip=").p(r.zip, "zip")
        rq = R.randint(6 * 4, 16 * 4) * 15
        ap = rq + R.choice([45, 60, 75])
        ln.t(" req=%02d:%02d appt=%02d:%02d space=%s comp=%s fare=%.2f by=%s" % (
            rq // 60, rq % 60, ap // 60, ap % 60, r.mob,
            R.choice(["0", "PCA", "1", "PCA+1"]), R.choice([3.50, 3.50, 0.0]), R.choice(["IVR", "CSR", "WEB", "APP"])))
        return [ln]
    if k == "CANCEL":
        ln.t(head + "CANCEL trip=%s cli=" % tid).p(r.cid, "mrn").t(" svc_dt=").p(ymd(td), "date").t(" reason=%s late=%s by=%s"
             % (R.choice(["CUST_REQ", "MEDICAL", "WEATHER", "DUP"]), R.choice(["N", "N", "Y"]), R.choice(["IVR", "CSR", "WEB"])))
        return [ln]
    if k == "NOSHOW":
        ln.t(log4j_ts(t) + " WARN  [dispatch-2] c.g.pass.NoShowPolicy - NOSHOW trip=%s cli=" % tid).p(r.cid, "mrn")
        ln.t(" run=%s wait_s=%d pts_30d=%d suspend_review=%s" % (R.choice(RUNS), R.randint(300, 420), R.randint(1, 6), R.choice(["N", "N", "Y"])))
        return [ln]
    ln.t(head + "SUBSCRIPTION add cli=").p(r.cid, "mrn").t(" days=%s start=" % R.choice(["MWF", "TTh", "M-F"])).p(ymd(SVC + timedelta(days=R.randint(1, 14))), "date")
    ln.t(" pu=\"").p(r.street, "address").t("\" tpl=%s" % ("S" + digits(6)))
    return [ln]


def g_trace(t):
    r = rider()
    tid = trip_id()
    lines = []
    kind = R.choice(["infeasible", "npe", "timeout"])
    if kind == "infeasible":
        lines.append(Ln("java_trace").t(log4j_ts(t) + " ERROR [sched-opt-%d] c.g.pass.sched.Optimizer - insert failed trip=%s" % (R.randint(1, 4), tid)))
        lines.append(Ln("java_trace").t("com.gmrt.pass.sched.InfeasibleTripException: pickup window %02d:15-%02d:45 cannot be met for client " % (R.randint(6, 15), R.randint(6, 15))).p(r.cid, "mrn").t(" at ").p(r.street, "address"))
    elif kind == "npe":
        lines.append(Ln("java_trace").t(log4j_ts(t) + " ERROR [http-nio-8443-exec-%d] o.a.c.c.C.[.[.[/pass].[dispatcherServlet] - Servlet.service() threw exception" % R.randint(1, 40)))
        lines.append(Ln("java_trace").t("java.lang.NullPointerException: Cannot invoke \"com.gmrt.pass.model.Address.getZip()\" because \"trip.dropoff\" is null"))
    else:
        lines.append(Ln("java_trace").t(log4j_ts(t) + " ERROR [eligsync-1] c.g.pass.elig.EligSyncJob - eligitrak sync failed after 3 retries"))
        lines.append(Ln("java_trace").t("java.net.SocketTimeoutException: Read timed out (GET https://elig-api.gmrt.internal:8443/v1/clients/").p(r.cid, "mrn").t("/cert)"))
    frames = ["\tat com.gmrt.pass.sched.Optimizer.insert(Optimizer.java:%d)" % R.randint(300, 500),
              "\tat com.gmrt.pass.sched.Optimizer.lambda$reoptimize$4(Optimizer.java:%d)" % R.randint(500, 700),
              "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
              "\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)",
              "\tat java.base/java.lang.Thread.run(Thread.java:840)"]
    if kind == "npe":
        frames = ["\tat com.gmrt.pass.web.TripController.fare(TripController.java:%d)" % R.randint(80, 200),
                  "\tat org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)",
                  "\tat org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:166)"]
    if kind == "timeout":
        frames = ["\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)",
                  "\tat com.gmrt.pass.elig.EligClient.fetchCert(EligClient.java:%d)" % R.randint(40, 120),
                  "\t... 14 common frames omitted"]
    n = R.randint(2, len(frames))
    for f in frames[:n]:
        lines.append(Ln("java_trace").t(f))
    return lines


def g_sms(t):
    r = rider()
    k = R.choices(["remind", "inbound", "status", "push", "ivr"], [4, 2, 4, 1, 2])[0]
    sid = "SM" + hexs(32)
    if k == "status":
        o = Obj([("ts", iso_z(t)), ("svc", "notify"), ("event", "status.callback"), ("MessageSid", sid),
                 ("MessageStatus", R.choice(["delivered", "sent", "undelivered"])), ("ErrorCode", R.choice([None, None, "30003"])),
                 ("AccountSid", "AC" + "3f1e0c9a7b2d4e6f8a0b1c2d3e4f5a6b")])
        return [jline("sms", o)]
    if k == "push":
        o = Obj([("ts", iso_z(t)), ("svc", "notify"), ("event", "push.register"), ("client_id", r.cid, "mrn"),
                 ("platform", R.choice(["android", "ios"])), ("device_imei", r.imei, "device"),
                 ("fcm_token_sha1", hashlib.sha1(r.imei.encode()).hexdigest()), ("app", "GMRT Access 2.9.4 (4410)")])
        return [jline("sms", o)]
    if k == "ivr":
        ln = Ln("sms")
        ln.t(t.strftime("%Y-%m-%d %H:%M:%S") + " ivr-02 ivrd[3391]: OUTDIAL campaign=NIGHT_BEFORE to=").p("+1" + r.phone.replace("-", ""), "phone")
        ln.t(" trip=%s result=%s dur=%ds lang=%s" % (trip_id(), R.choice(["ANSWERED", "VOICEMAIL", "NOANSWER", "BUSY"]), R.randint(0, 70), R.choice(["en", "en", "es"])))
        return [ln]
    td = trip_day()
    if k == "remind":
        ln = Ln("sms")
        tok = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") for _ in range(7))
        ln.t('{"ts":"%s","svc":"notify","event":"message.sent","MessageSid":"%s","To":"' % (iso_z(t), sid))
        ln.p("+1" + r.phone.replace("-", ""), "phone").t('","From":"+12165550100","Body":"GMRT Access: ride on ')
        ln.p("%d/%d" % (td.month, td.day), "date").t(" window %d:%02d-%d:%02d. Track: " % (R.randint(6, 11), 0, R.randint(6, 11), 30))
        ln.p("https://ride.gmrt.org/t/" + tok, "url").t(' Reply C to cancel."}')
        return [ln]
    body = R.choice(["running 10 min late can van wait", "C", "my daughter %s will ride with me as PCA", "Necesito cancelar mi viaje de mañana",
                     "pls call my cell %s not the home number", "Is the van coming? been outside 25 min"])
    ln = Ln("sms").t('{"ts":"%s","svc":"notify","event":"message.received","MessageSid":"%s","From":"' % (iso_z(t), sid))
    ln.p("+1" + r.phone.replace("-", ""), "phone").t('","To":"+12165550100","Body":"')
    if "%s" in body:
        a, b = body.split("%s")
        if "daughter" in body:
            ln.t(jesc(a, True)).p(jesc(r.ec_name.split()[0], True), "name").t(jesc(b, True))
        else:
            ln.t(a).p(phone(), "phone").t(b)
    else:
        ln.t(jesc(body, True))
    ln.t('","NumSegments":"1"}')
    return [ln]


def g_avl(t):
    v = R.choice(VANS)
    evt = R.choice(["PING", "PING", "PING", "ARRIVE", "DEPART", "LIFT_CYCLE", "DOOR_OPEN", "HARSH_BRAKE", "LOGON"])
    ln = Ln("avl_syslog").t("<134>1 %s avl-gw01 mdtd 2231 %s - veh=%s run=%s lat=%.5f lon=%.5f spd=%d hdg=%d odo=%.1f evt=%s" % (
        iso_local(t), evt.lower(), v[0], R.choice(RUNS), 41.40 + R.random() * 0.2, -81.85 + R.random() * 0.4,
        R.randint(0, 45), R.randint(0, 359), R.uniform(20000, 190000), evt))
    if evt in ("ARRIVE", "DEPART"):
        ln.t(" stop=%d trip=%s" % (R.randint(1, 20), trip_id()))
    elif evt == "LOGON":
        ln.t(" op=%s vin=%s plate=\"%s\"" % (op().emp, v[1], v[2]))
    ln.t(" imei=%s fw=4.11.2" % v[3])
    return [ln]


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
       "GMRTAccess/2.9.4 (Android 13; SM-A136U)", "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 Chrome/121.0.0.0 Mobile Safari/537.36"]


def clf(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S -0500")


def g_nginx(t):
    r = rider()
    k = R.choices(["rider", "static_mon", "staff", "health"], [5, 3, 2, 3])[0]
    ln = Ln("nginx")
    if k == "health":
        ln.t('10.20.0.%d - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28" rt=0.001 uct=0.000' % (R.randint(2, 9), clf(t)))
        return [ln]
    if k == "static_mon":
        ln.t('%s - - [%s] "GET /static/js/app.%s.js HTTP/2.0" 200 %d "https://ride.gmrt.org/" "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)" rt=0.%03d uct=0.000'
             % (R.choice(["185.180.12.65", "76.72.167.90", "178.255.152.2"]), clf(t), hexs(8), R.randint(80000, 420000), R.randint(2, 90)))
        return [ln]
    if k == "staff":
        ln.t("10.40.%d.%d - %s [%s] \"GET /admin/clients/" % (R.randint(10, 14), R.randint(2, 250), R.choice(["kmorales", "ltran", "dkline", "sorteg"]), clf(t)))
        ln.p(r.cid, "mrn").t("/history?tab=%s HTTP/1.1\" 200 %d \"https://elig.gmrt.internal/admin/queue\" \"%s\" rt=0.%03d uct=0.001" % (R.choice(["trips", "cert", "docs"]), R.randint(2000, 60000), UAS[1], R.randint(10, 900)))
        return [ln]
    ln.p(r.ip, "ip").t(' - - [%s] "%s /api/v2/riders/' % (clf(t), R.choice(["GET", "GET", "POST"])))
    ln.p(r.cid, "mrn")
    if R.random() < 0.5:
        ln.t("/trips?from=").p(ymd(trip_day()), "date").t(" HTTP/2.0\"")
    else:
        ln.t("/%s HTTP/2.0\"" % R.choice(["profile", "trips", "notifications", "fare/balance"]))
    ln.t(' %d %d "https://ride.gmrt.org/trips" "%s" rt=0.%03d uct=0.00%d' % (R.choice([200, 200, 200, 304, 401]), R.randint(200, 9000), R.choice(UAS), R.randint(5, 700), R.randint(0, 9)))
    return [ln]


def g_mro(t):
    if R.random() < 0.2:
        return [Ln("mro_pipe").t("HDR|TPA=ClearPath DOT Compliance LLC|batch=B%s-%02d|rows=%d|sent=%s|ver=2.3" % (t.strftime("%y%m%d"), R.randint(1, 9), R.randint(4, 30), t.strftime("%Y%m%d%H%M")))]
    o = op()
    res = R.choice(["NEGATIVE"] * 8 + ["NEGATIVE-DILUTE", "CANCELLED-FATAL FLAW", "POSITIVE-THC"])
    coll = SVC - timedelta(days=R.randint(1, 5))
    ln = Ln("mro_pipe").t("RES|").p(digits(10), "other_id").t("|").p(o.last + ", " + o.first, "name").t("|")
    if R.random() < 0.6:
        ln.p("E" + o.emp, "other_id").t("|SSN4=").p(o.ssn[-4:], "ssn")
    else:
        ln.p(o.ssn.replace("-", ""), "ssn").t("|SSN4=")
    ln.t("|%s|DOT-FTA|5-PANEL|" % R.choice(["RANDOM", "RANDOM", "PRE-EMPL", "POST-ACC", "RTD", "FOLLOW-UP"]))
    ln.p(coll.strftime("%m/%d/%Y"), "date").t("|Quest Diagnostics Lenexa KS|%s|%s|" % (res, "Dr. " + R.choice(CLIN[:3] + CLIN[4:5])[0]))
    ln.p(SVC.strftime("%m/%d/%Y"), "date").t("|site=GMRT-OHU-01")
    return [ln]


def g_dot(t):
    if R.random() < 0.15:
        return [Ln("dot_csv").t("emp_no,last_nm,first_nm,cdl_no,cdl_st,exam_dt,cert_exp,cert_type,restrictions,me_name,me_nrcme,waiver")]
    o = op()
    ex = SVC - timedelta(days=R.randint(0, 30))
    mo = R.choice([24, 24, 12, 3])
    exp = ex + timedelta(days=int(mo * 30.4))
    c = R.choice(CLIN)
    ln = Ln("dot_csv")
    ln.p(o.emp, "other_id").t(",")
    lastv = '"%s"' % o.last if " " in o.last or "'" in o.last else o.last
    if lastv.startswith('"'):
        ln.t('"').p(o.last, "name").t('"')
    else:
        ln.p(o.last, "name")
    ln.t(",").p(o.first, "name").t(",").p(o.cdl, "license").t(",OH,").p(ymd(ex), "date").t(",").p(ymd(exp), "date")
    ln.t(",%s,%s,\"%s, %s\",%s,%s" % ("%dMO" % mo, R.choice(["NONE", "CORR LENSES", "HEARING AID", "ITDM-5870", "CORR LENSES;HEARING AID"]),
                                       c[0].split()[1], c[0].split()[0], digits(10), R.choice(["", "", "SPE"])))
    return [ln]


def g_incident(t):
    r = rider()
    o = op()
    v = R.choice(VANS)
    inc = "INC-24-%04d" % R.randint(200, 900)
    ln = Ln("incident").t("%s|%s|SafetyNet 5.2|veh=%s|run=%s|op=%s %s. %s|" % (
        t.strftime("%Y-%m-%d %H:%M"), inc, v[0], R.choice(RUNS), o.emp, o.first[0], o.last))
    k = R.choice(["fall", "securement", "behavior", "collision", "medical"])
    if k == "fall":
        ln.t("Passenger ").p(r.name, "name").t(" (client ").p(r.cid, "mrn").t(", age ")
        a = r.age()
        ln.p(str(a), "age") if a > 89 else ln.t(str(a))
        ln.t(") lost balance during lift deploy at pickup; c/o L wrist pain. EMS declined. ")
        ln.t("PCA ").p(r.ec_name, "name").t(" on scene, ph ").p(r.ec_phone, "phone").t(". Sup notified.")
    elif k == "securement":
        ln.t("Rear Q'Straint strap failed to retract on PWC of rider ").p(r.last, "name").t(" (").p(r.cid, "mrn").t("), chair s/n ")
        ln.p(r.pmd_sn or ("PR" + digits(9)), "device").t(". Veh removed from service, WO#%s." % ("WO" + digits(6)))
    elif k == "behavior":
        ln.t("Rider became agitated, unbuckled belt twice near %s & E %d%s St; per care plan called group home staff. No injuries. Cust ref " % (R.choice(STREETS), R.choice([55, 79, 93, 105, 116, 123, 131, 140, 152, 185]), "th")).p(r.cid, "mrn")
    elif k == "collision":
        ln.t("Minor sideswipe at Euclid Ave & E 105th St, 3rd-party veh OH plate %s, no passengers aboard. Police rpt %s. Drug/alc post-acc test ordered." % (
            R.choice("ABCDEFGHJ") + R.choice("KLMNPRST") + R.choice("ABCDEFGH") + digits(4), "24-" + digits(6)))
    else:
        ln.t("Passenger ").p(r.first + " " + r.last, "name").t(" DOB ").p(r.dob.strftime("%m/%d/%Y"), "date").t(" unresponsive ~2 min, hx seizure per rider file; 911 called, transported to MetroHealth. Emerg contact ")
        ln.p(r.ec_name, "name").t(" (%s) " % r.ec_rel).p(r.ec_phone, "phone").t(" notified.")
    return [ln]


def pg_ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d EST" % (t.microsecond // 1000)


def g_pg(t):
    r = rider()
    pid = R.randint(20000, 39999)
    k = R.choices(["audit_name", "slow", "ckpt", "autovac", "audit_id"], [2, 2, 2, 2, 2])[0]
    pre = "%s [%d] " % (pg_ts(t), pid)
    if k == "ckpt":
        w, sy = R.uniform(1, 200), R.uniform(0, 1)
        return [Ln("pgaudit").t(pre + "LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=%.3f s, total=%.3f s"
                                % (R.randint(100, 9000), R.uniform(0, 5), R.randint(0, 3), w, sy, w + sy + 0.004))]
    if k == "autovac":
        return [Ln("pgaudit").t(pre + "LOG:  automatic vacuum of table \"eligitrak.public.trip_event\": index scans: 1, pages: 0 removed, %d remain, tuples: %d removed" % (R.randint(1000, 90000), R.randint(10, 9000)))]
    if k == "audit_name":
        ln = Ln("pgaudit").t(pre + "elig_app@eligitrak LOG:  AUDIT: SESSION,%d,1,READ,SELECT,,,\"SELECT c.client_id, c.last_nm, c.cert_exp FROM client c WHERE c.last_nm ILIKE '" % R.randint(100, 9999))
        ln.p(r.last.lower().replace("'", "''"), "name").t("%' AND c.birth_dt = '").p(ymd(r.dob), "date").t("'\",<not logged>")
        return [ln]
    if k == "audit_id":
        ln = Ln("pgaudit").t(pre + "ohs_app@ohs LOG:  AUDIT: SESSION,%d,1,WRITE,UPDATE,TABLE,public.dot_cert,\"UPDATE dot_cert SET cert_exp = $1 WHERE emp_no = $2\",<not logged>" % R.randint(100, 9999))
        return [ln]
    ln1 = Ln("pgaudit").t(pre + "pass@pass LOG:  duration: %.3f ms  execute S_%d: SELECT t.* FROM trip t WHERE t.client_id = $1 AND t.svc_date BETWEEN $2 AND $3" % (R.uniform(500, 4000), R.randint(1, 40)))
    ln2 = Ln("pgaudit").t(pre + "pass@pass DETAIL:  parameters: $1 = '").p(r.cid, "mrn").t("', $2 = '").p(ymd(SVC), "date").t("', $3 = '").p(ymd(SVC + timedelta(days=7)), "date").t("'")
    return [ln1, ln2]


def g_x12(t):
    ctl = R.randint(1000, 9999)
    if R.random() < 0.3:
        return [Ln("x12").t("%s edi-gw IN 999 ISA*00*          *00*          *ZZ*OHMCD          *ZZ*GMRTNEMT       *%s*%s*^*00501*%09d*0*P*:~GS*FA*OHMCD*GMRTNEMT*%s*%s*%d*X*005010X231A1~ST*999*0001*005010X231A1~AK1*HS*%d*005010X279A1~AK9*A*1*1*1~SE*4*0001~GE*1*%d~IEA*1*%09d~"
                            % (iso_z(t), t.strftime("%y%m%d"), t.strftime("%H%M"), ctl, t.strftime("%Y%m%d"), t.strftime("%H%M"), ctl, ctl - 1, ctl, ctl))]
    r = rider()
    mid = r.medicaid or digits(12)
    env = "ISA*00*          *00*          *ZZ*GMRTNEMT       *ZZ*OHMCD          *%s*%s*^*00501*%09d*0*P*:~GS*HS*GMRTNEMT*OHMCD*%s*%s*%d*X*005010X279A1~ST*270*0001*005010X279A1~BHT*0022*13*TRN%d*%s*%s~HL*1**20*1~NM1*PR*2*OHIO DEPT OF MEDICAID*****PI*OHMCD~HL*2*1*21*1~NM1*1P*2*GREATER MERIDIAN REGIONAL TRANSIT*****XX*%s~HL*3*2*22*0~" % (
        t.strftime("%y%m%d"), t.strftime("%H%M"), ctl, t.strftime("%Y%m%d"), t.strftime("%H%M"), ctl, ctl, t.strftime("%Y%m%d"), t.strftime("%H%M"), GMRT_NPI)
    ln = Ln("x12").t("%s edi-gw OUT 270 " % iso_z(t)).t(env)
    ln.t("TRN*1*").p(r.cid, "mrn").t("*9GMRTNEMT~NM1*IL*1*").p(r.last.upper(), "name").t("*").p(r.first.upper(), "name").t("****MI*").p(mid, "health_plan")
    ln.t("~DMG*D8*").p(r.dob.strftime("%Y%m%d"), "date").t("~DTP*291*D8*").p(trip_day().strftime("%Y%m%d"), "date").t("~EQ*56~SE*13*0001~GE*1*%d~IEA*1*%09d~" % (ctl, ctl))
    return [ln]


GMRT_NPI = npi()


def g_win(t):
    u = R.choice(["kmorales", "ltran", "dkline", "sorteg", "spowell", "tnowak", "svc_pass", "svc_mirth"])
    eid = R.choice([4624, 4624, 4634, 4625, 4740])
    desc = {4624: "An account was successfully logged on.", 4634: "An account was logged off.",
            4625: "An account failed to log on.", 4740: "A user account was locked out."}[eid]
    return [Ln("winsec").t("%s dc0%d.gmrt.local MSWinEventLog\t1\tSecurity\t%d\t%s\t%d\tMicrosoft-Windows-Security-Auditing\tGMRT\\%s\tN/A\t%s\tdc0%d.gmrt.local\tLogon\t%s Logon Type: %d Source Network Address: 10.40.%d.%d Workstation Name: ELIG-WS%02d"
                           % (t.strftime("%b %d %H:%M:%S"), R.randint(1, 2), R.randint(100000, 999999), t.strftime("%a %b %d %H:%M:%S %Y"), eid, u,
                              "Failure Audit" if eid in (4625, 4740) else "Success Audit", R.randint(1, 2), desc, R.choice([2, 3, 10]), R.randint(10, 14), R.randint(2, 250), R.randint(1, 40)))]


def g_k8s(t):
    k = R.choice(["envoy", "deploy", "kafka", "cert"])
    if k == "envoy":
        o = Obj([("ts", iso_z(t)), ("level", R.choice(["info", "warn"])), ("logger", "envoy.router"),
                 ("msg", R.choice(["upstream reset: connection termination", "retrying request", "upstream request timeout"])),
                 ("trace_id", hexs(32)), ("span_id", hexs(16)), ("cluster", "outbound|8080||booking.pass.svc.cluster.local"),
                 ("duration_ms", R.randint(1, 30000)), ("upstream_host", "10.244.%d.%d:8080" % (R.randint(0, 9), R.randint(2, 250)))])
    elif k == "deploy":
        o = Obj([("ts", iso_z(t)), ("level", "info"), ("logger", "argocd.app"), ("msg", "sync succeeded"),
                 ("app", R.choice(["pass-booking", "eligitrak", "notify", "rider-portal"])),
                 ("image", "registry.gmrt.org/pass/booking:7.4.2-b%d" % R.randint(1180, 1190)),
                 ("digest", "sha256:" + hexs(64)), ("revision", hexs(40)), ("replicas", R.randint(2, 6))])
    elif k == "kafka":
        o = Obj([("ts", iso_z(t)), ("level", "info"), ("logger", "kafka.consumer"), ("msg", "partition lag"),
                 ("topic", R.choice(["avl.pings.v2", "trip.events.v3", "notify.outbound"])), ("partition", R.randint(0, 11)),
                 ("lag", R.randint(0, 4000)), ("group", "pass-etl"), ("offset", R.randint(10 ** 7, 10 ** 9))])
    else:
        o = Obj([("ts", iso_z(t)), ("level", "info"), ("logger", "cert-manager"), ("msg", "certificate renewed"),
                 ("name", "ride-gmrt-org-tls"), ("serial", ":".join(hexs(2) for _ in range(16))), ("not_after", "2024-06-09T10:12:44Z")])
    return [jline("k8s", o)]


def g_chat(t):
    s = R.choice(STAFF)
    r = rider()
    k = R.randint(0, 9)
    chan = {0: "paratransit-dispatch", 1: "paratransit-dispatch", 4: "ohs-clinic", 6: "paratransit-dispatch", 7: "elig-unit", 3: "elig-unit"}.get(k) or R.choice(["paratransit-dispatch", "elig-unit", "ohs-clinic"])
    ln = Ln("chat").t("%s\t[Teams]\t#%s\t%s: " % (iso_local(t), chan, s))
    if k == 0:
        ln.t("Van %s is %d behind on %s, can someone call %s " % (R.choice(VANS)[0], R.choice([15, 20, 25, 35, 40]), R.choice(RUNS), R.choice(["Mr.", "Ms.", "rider"]))).p(r.last, "name").t(" at ").p(r.phone, "phone").t("?")
    elif k == 1:
        ln.t("FYI ").p(r.name, "name").t(" (").p(r.cid, "mrn").t(") moved to ").p(r.street, "address").t(", needs new geocode before tmrw")
    elif k == 2:
        ln.t("anyone have the new MDT firmware 4.11.2 release notes? ticket SR-%d" % R.randint(30000, 40000))
    elif k == 3:
        ln.t("Reminder: IFA slots on Thu are full, overflow to Beth at Commerce Pkwy. Call 216-555-0142 for the front desk.")
    elif k == 4:
        o = op()
        ln.t("Op ").p(o.first + " " + o.last, "name").t(" cleared for RTD after SAP f/u, MRO verified neg, cert good thru ").p(ymd(SVC + timedelta(days=365)), "date")
    elif k == 5:
        ln.t("lunch order going to Sabor Latino in 10, reply with #")
    elif k == 6:
        ln.t("Lift on %s stuck again, sent to Garage 2 (1400 Transit Way). VIN %s" % (R.choice(VANS)[0], R.choice(VANS)[1]))
    elif k == 7:
        ln.t("medver from Dr. Bhatt's office came in for ").p(r.last + ", " + r.first, "name").t(" - app ").p(r.app, "other_id").t(" can go to determination")
    elif k == 8:
        ln.t("queue at %d, %d walk-ins waiting, Rajesh covering window 2" % (R.randint(5, 40), R.randint(0, 8)))
    else:
        ln.t("Heads up: build 7.4.2-b1187 rolled to prod at %s, report booking errors in #pass-support" % t.strftime("%H:%M"))
    return [ln]


def fw(s, n):
    s = s[:n]
    return s, " " * (n - len(s))


def g_manifest(t):
    if R.random() < 0.12:
        return [Ln("manifest_fw").t("RUN   SEQ TIME  A CLIENT   NAME                    ADDRESS                           CITY          ZIP   PHONE        MOB NOTE")]
    r = rider()
    ln = Ln("manifest_fw").t("%-6s%03d %02d:%02d %s " % (R.choice(RUNS), R.randint(1, 30), R.randint(5, 18), R.choice([0, 10, 20, 30, 40, 50]), R.choice("PD")))
    for val, n, cat in [(r.cid, 8, "mrn"), (r.last.upper() + "," + r.first.upper(), 23, "name"), (r.street.upper(), 33, "address"),
                        (r.city.upper(), 13, "address"), (r.zip, 5, "zip"), (r.phone, 12, "phone")]:
        v, pad = fw(val, n)
        ln.p(v, cat).t(pad + " ")
    ln.t("%-3s " % r.mob[:3])
    note = R.choice(["", "RING BELL TWICE", "PCA RIDES", "SIDE DOOR RAMP", "DIALYSIS - NO EARLY PU", "BLIND - ESCORT TO DOOR", "CALL ON APPR"])
    if note == "CALL ON APPR" and R.random() < 0.6:
        ln.t("CALL DAU ").p(r.ec_phone, "phone")
    else:
        ln.t(note)
    return [ln]


def g_letter(t):
    r = rider()
    job = "LJ-%d" % R.randint(80000, 89999)
    ln = Ln("letter_xml").t('<LetterJob id="%s" tmpl="ADA-%s-v4" created="%s"><Recipient><FullName>' % (job, R.choice(["COND", "UNCOND", "DENY", "RECERT"]), iso_local(t)))
    nm = r.name.replace("'", "&apos;")
    ln.p(nm, "name").t("</FullName><Addr1>").p(r.street, "address").t("</Addr1><City>").p(r.city, "address").t("</City><State>OH</State><Zip>").p(r.zip, "zip")
    ln.t("</Zip></Recipient><ClientId>").p(r.cid, "mrn").t("</ClientId><EffDate>").p(ymd(SVC), "date").t("</EffDate><Format>%s</Format><Return>GMRT Eligibility Center, 220 Commerce Pkwy Ste 300, Meridian OH 44113</Return></LetterJob>"
                                                                                                      % R.choice(["STANDARD", "LARGE_PRINT", "BRAILLE", "SPANISH"]))
    return [ln]


def g_fare(t):
    r = rider()
    k = R.choices(["issue", "decline", "sync", "tap", "analytics"], [2, 2, 3, 3, 1])[0]
    ln = Ln("faremedia").t("ts=%s svc=%s " % (iso_z(t), "ridepay" if k == "decline" else "faremedia"))
    if k == "sync":
        ln.t("evt=reader_sync dev=VAL-%s fw=3.1.%d cfg=%s blocklist_v=%d dur_ms=%d" % (digits(5), R.randint(0, 9), hexs(8), R.randint(3000, 3100), R.randint(20, 900)))
    elif k == "tap":
        ln.t("evt=tap veh=%s result=%s product=ADA_CASH fare=3.50 bal_after=%.2f ref=%s" % (R.choice(VANS)[0], R.choice(["OK", "OK", "LOW_BAL"]), R.uniform(0, 60), "TX" + digits(10)))
    elif k == "analytics":
        ln.t("evt=ridership_rollup rider_hash=%s trips_7d=%d product=ADA" % (hashlib.sha256((r.cid + "pepper").encode()).hexdigest(), R.randint(0, 14)))
    elif k == "issue":
        ln.t("evt=card_issued client=").p(r.cid, "mrn").t(" card_no=").p(r.fare_card, "account").t(" csn=").p(r.csn, "device")
        ln.t(" type=RF_ADA exp=").p(ymd(SVC.replace(year=2027)), "date")
        if R.random() < 0.5:
            b64 = "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAA" + "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(80))
            ln.t(" photo_b64=").p(b64, "photo").t("...(trunc %d)" % R.randint(9000, 30000))
        ln.t(" clerk=%s" % R.choice(["kmorales", "spowell"]))
    else:
        valid = R.random() > 0.2
        pre = R.choice(["4", "51", "37", "6011"])
        p = pan(pre, 15 if pre == "37" else 16, valid)
        ln.t("evt=pay_decline client=").p(r.cid, "mrn").t(" amt=%.2f pan=" % R.choice([20.0, 35.0, 50.0]))
        if R.random() < 0.5:
            ln.p(p, "account")
        else:
            ln.t("************").p(p[-4:], "account")
        ln.t(" avs=%s resp=%s gw=authnet txn=%s" % (R.choice(["Y", "N", "Z"]), R.choice(["05", "51", "54"]), digits(11)))
    return [ln]


def g_crm(t):
    r = rider()
    s = R.choice(STAFF)
    case = "00%d" % R.randint(1200000, 1299999)
    ln = Ln("crm").t("%s|CaseComment|%s|%s|" % (t.strftime("%m/%d/%Y %I:%M %p"), case, s))
    k = R.randint(0, 5)
    if k == 0:
        ln.t("Nota: La Sra. ").p(r.first + " " + r.last, "name").t(" llamó para reprogramar su viaje del ").p(trip_day().strftime("%d/%m"), "date")
        ln.t(". Su acompañante ").p(r.ec_name.split()[0], "name").t(" viaja como PCA. Tel. ").p(r.ec_phone, "phone")
    elif k == 1:
        ln.t("Caller (rider ").p(r.cid, "mrn").t(", ")
        ln.p(str(r.age()), "age") if r.age() > 89 else ln.t(str(r.age()))
        ln.t(" y/o) complained van arrived 40 min late on ").p((SVC - timedelta(days=R.randint(1, 6))).strftime("%m/%d"), "date").t(". Apologized, credit issued.")
    elif k == 2:
        ln.t("Vendor Trapeze confirmed patch PASS 22.1.3 for booking screen freeze, ref TRZ-%d" % R.randint(10000, 99999))
    elif k == 3:
        ln.t("Rider email bounced, updated to ").p(r.email, "email").t(" per ").p(r.name, "name")
    elif k == 4:
        ln.t("General inquiry re: fares, sent brochure link https://www.gmrt.org/access/fares")
    else:
        ln.t("Guardian ").p(r.ec_name, "name").t(" requests all mail to ").p(r.street + ", " + r.city, "address").t(" OH ").p(r.zip, "zip").t("; DOB verified ").p(r.dob.strftime("%m/%d/%Y"), "date")
    return [ln]


GENS = [(g_elig, 9), (g_hl7, 1.5), (g_fhir, 4), (g_book, 10), (g_trace, 0.6), (g_sms, 7), (g_avl, 12), (g_nginx, 9),
        (g_mro, 3), (g_dot, 3), (g_incident, 3), (g_pg, 5), (g_x12, 4), (g_win, 6), (g_k8s, 8), (g_chat, 5),
        (g_manifest, 4), (g_letter, 2), (g_fare, 6), (g_crm, 4)]


def main():
    out = []
    fns = [g for g, _ in GENS]
    ws = [w for _, w in GENS]
    while len(out) < N_LINES:
        t = CLK.tick()
        g = R.choices(fns, ws)[0]
        lines = g(t)
        if len(out) + len(lines) > N_LINES:
            continue
        out.extend(lines)
    log_lines = []
    labels = []
    for i, ln in enumerate(out, 1):
        b, spans = ln.build()
        if b"\n" in b or b"\r" in b or not b.strip():
            raise SystemExit("bad line %d" % i)
        b.decode("utf-8")
        prev = 0
        for sp in sorted(spans, key=lambda x: x["s"]):
            if not (0 <= sp["s"] < sp["e"] <= len(b)):
                raise SystemExit("span out of range line %d" % i)
            if sp["s"] < prev:
                raise SystemExit("overlap line %d" % i)
            if b[sp["s"]:sp["e"]] != sp["_v"]:
                raise SystemExit("span mismatch line %d" % i)
            prev = sp["e"]
        log_lines.append(b)
        labels.append({"line": i, "family": ln.fam,
                       "spans": [{"s": sp["s"], "e": sp["e"], "cat": sp["cat"]} for sp in spans]})
    with open(ID + ".log", "wb") as f:
        f.write(b"\n".join(log_lines) + b"\n")
    with open(ID + ".labels.jsonl", "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
