#!/usr/bin/env python3
"""gen_ot.py - synthetic, labeled log corpus "ot".

Organisation: Confluence Infusion Network (CIN), an ambulatory infusion
center network (sites LKS Lakeside/Tacoma, BLV Bellevue, PDX Portland,
SPK Spokane) giving biologics: IVIG (Gammagard, Privigen, Octagam),
infliximab (Remicade, Inflectra, Avsola, Renflexis) and ocrelizumab
(Ocrevus).  Everything (people, numbers, addresses) is synthetic.

Systems simulated (one physical line per log line; multi-line records
such as HL7, X12, XML, OR-Tools summaries and stack traces are written one
line per segment/element/frame, as a log shipper sees them):
  rails        Rails 7 intake/portal app (Logger format, Parameters hash
               dumps, ActiveRecord SQL, exceptions + backtraces)
  sidekiq      Sidekiq 7 JSON logger (job start/done/retry, dead-set args)
  go_worker    Go workers in logfmt (fax-ingest, eref-consumer,
               reminder-dispatch) incl. a goroutine panic dump
  ocr_json     fax OCR engine output (one JSON doc per fax)
  eref_webhook Parachute-like e-referral webhook payloads (JSON)
  pa_api       CoverMyMeds-like prior-auth gateway (Go zap JSON)
  payer_bot    payer-portal RPA bot (Python logging)
  x12          270/271 eligibility (benefits investigation), segment/line
  chairopt     chair scheduling optimiser (Python logging + OR-Tools
               CP-SAT response summary)
  pump_alaris  Alaris-like PCU/channel event export (CSV)
  pump_bbraun  B. Braun-like SpaceStation event log (XML element/line)
  hl7          HL7 v2.6 RGV^O15 / RAS^O17 from the pump interop engine
  inventory    drug inventory, lot tracking, 340B split billing (pipe rows)
  copay        manufacturer copay program enrollment client (JSON)
  twilio       SMS + IVR reminder webhooks (JSON), English and Spanish
  ios_sync     nurse iPad app "InfuseChart" (Swift os_log / unified log)
  medwatch     MedWatch/E2B adverse reaction XML (element per line)
  snowflake    Snowflake QUERY_HISTORY export (CSV)
  syslog       sshd/CRON/systemd/postfix syslog
  nginx        Nginx access (combined + timings) and error log

Labeling decisions (grey cases):
  * Staff at work (RNs, pharmacists, intake coordinators, schedulers,
    ordering/referring prescribers with NPIs), vendors, payers, manufacturer
    hubs, wholesalers and CIN's own sites, phones, faxes, emails and
    addresses are NOT PHI.  A referring clinic's fax number / CSID is not PHI.
  * Patient identifiers: CIN MRN (CIN0048213, HL7 CX 0048213^^^CIN^MR) and
    the Rails numeric patient_id -> mrn.  Payer member/subscriber IDs, MBI,
    Medicaid IDs -> health_plan.  Patient account numbers (A########),
    340B/claim IDs, full card PANs and copay-card IDs -> account.  Masked
    card last-4 is not labeled.
  * IDs of the patient's case: referral IDs (REF-), appointment IDs (APT-),
    encounter IDs (ENC-), PA keys and payer auth numbers, copay
    enrollment IDs, MedWatch safety report IDs -> other_id.  IDs minted by
    software for messages/documents/jobs (fax_id, doc_id, jid, request
    IDs, HL7 control IDs, Twilio SIDs, Snowflake query IDs, trace IDs) are
    NOT labeled even when the object concerns one patient.  Internal Rails
    row IDs of event records (appointments in portal URLs, referral rows,
    notes) and pharmacy/pump medication order numbers (ORC, OrderID) are
    not labeled either; the Rails patient row ID is (it is the person).
  * Dates tied to the patient (birth, appointment/infusion, service,
    authorization validity, coverage begin, reaction onset, drug start)
    -> date, whatever the format ("Thu 3/14 at 8:30 AM" is one span).
    A clock time alone is not labeled.  Log timestamps, drug lot expiry,
    schedule horizons and report-run dates are not PHI.  An impossible DOB
    from bad input (2057-04-02, 02/30/1961) is still labeled date.
  * Ages labeled only when > 89.  Sex, weight, diagnosis codes, drug,
    dose, NDC, lot numbers are not PHI.
  * Infusion pumps in chairs (Alaris PCU/modules, B. Braun Infusomat) are
    CIN assets shared by patients: their serials are NOT labeled.  Pumps
    and devices sent home with a patient (Freedom60 SCIG pumps, CADD
    pumps) -> device.  Nurse iPads are staff devices, not labeled.
  * Patient client IPs on patient-facing portal routes -> ip; internal
    10.x, load balancer, vendor/webhook and server IPs are not.
  * A URL whose path is built from the patient's name/DOB (fax PDF object
    key) is labeled whole as url; an identifier inside an otherwise
    generic URL/path is labeled alone with its own category.
  * Initials of the patient (MedWatch patientinitial) -> name; a partial
    name used as a search pattern (ILIKE 'hill%') -> name (the name part).
  * Relatives / caregivers / emergency contacts named in a record -> name,
    phone etc. as for the patient.
  * IVR voiceprint enrollment IDs -> biometric; base64 patient face photo
    (ID check at chair) -> photo.  Parking-permit plates of patients ->
    vehicle.  Driver's licence numbers (copay identity check) -> license.
  * Twilio inbound FromCity/FromZip (geolocation of the patient's number)
    -> address / zip, as any city/ZIP tied to the person.
  * Garbled/invalid SSNs from OCR in an SSN field are still labeled ssn.
  * Payer-portal screenshot paths that embed the MRN: only the MRN is
    labeled.
  * HL7 PID-13 XTN splits the phone into area code and local number
    components: each component is its own phone span.
"""
import hashlib
import json
import random
import string
from datetime import datetime, timedelta, timezone

SEED = 23_0071
rng = random.Random(SEED)

N_LINES = 500

# ---------------------------------------------------------------- helpers


class P:
    """A PHI value: text and category."""

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class S:
    """A composite string (for JSON/Ruby strings) made of str and P parts."""

    def __init__(self, *parts):
        self.parts = parts


class Line:
    def __init__(self, family):
        self.family = family
        self.buf = []
        self.n = 0
        self.spans = []

    def t(self, s):
        self.buf.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        st = self.n
        self.t(s)
        self.spans.append((st, self.n, cat, s))
        return self

    def x(self, *parts):
        for part in parts:
            if isinstance(part, P):
                self.p(part.v, part.cat)
            elif isinstance(part, S):
                self.x(*part.parts)
            else:
                self.t(part)
        return self

    def text(self):
        return "".join(self.buf)


def L(family, *parts):
    return Line(family).x(*parts)


def jesc(s, ascii_=False):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def emit_json(ln, obj, ascii_=False, sep=(",", ":")):
    if isinstance(obj, P):
        if isinstance(obj.v, str):
            ln.t('"').p(jesc(obj.v, ascii_), obj.cat).t('"')
        else:
            ln.p(json.dumps(obj.v), obj.cat)
    elif isinstance(obj, S):
        ln.t('"')
        for part in obj.parts:
            if isinstance(part, P):
                ln.p(jesc(part.v, ascii_), part.cat)
            else:
                ln.t(jesc(part, ascii_))
        ln.t('"')
    elif isinstance(obj, dict):
        ln.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                ln.t(sep[0])
            ln.t(json.dumps(k) + sep[1])
            emit_json(ln, v, ascii_, sep)
        ln.t("}")
    elif isinstance(obj, list):
        ln.t("[")
        for i, v in enumerate(obj):
            if i:
                ln.t(sep[0])
            emit_json(ln, v, ascii_, sep)
        ln.t("]")
    else:
        ln.t(json.dumps(obj, ensure_ascii=ascii_))
    return ln


def J(family, obj, ascii_=False, sep=(",", ":"), prefix=""):
    ln = Line(family)
    if prefix:
        ln.x(prefix) if not isinstance(prefix, (list, tuple)) else ln.x(*prefix)
    return emit_json(ln, obj, ascii_, sep)


def resc(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')


def emit_rb(ln, obj):
    """Ruby Hash#inspect (Rails 7 / Ruby 3.2 style)."""
    if isinstance(obj, P):
        ln.t('"').p(resc(obj.v), obj.cat).t('"')
    elif isinstance(obj, S):
        ln.t('"')
        for part in obj.parts:
            if isinstance(part, P):
                ln.p(resc(part.v), part.cat)
            else:
                ln.t(resc(part))
        ln.t('"')
    elif isinstance(obj, dict):
        ln.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                ln.t(", ")
            ln.t('"%s"=>' % resc(k))
            emit_rb(ln, v)
        ln.t("}")
    elif isinstance(obj, list):
        ln.t("[")
        for i, v in enumerate(obj):
            if i:
                ln.t(", ")
            emit_rb(ln, v)
        ln.t("]")
    elif obj is None:
        ln.t("nil")
    elif isinstance(obj, bool):
        ln.t("true" if obj else "false")
    elif isinstance(obj, (int, float)):
        ln.t(str(obj))
    else:
        ln.t('"%s"' % resc(str(obj)))
    return ln


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])


def alnum(n, chars=string.ascii_uppercase + string.digits):
    return "".join(rng.choice(chars) for _ in range(n))


def digits(n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def luhn_check(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(num):
    return luhn_check(num[:-1]) == num[-1]


def mk_npi():
    base = rng.choice("12") + digits(8)
    return base + luhn_check("80840" + base)


def mk_pan(prefix, length):
    base = prefix + digits(length - len(prefix) - 1)
    return base + luhn_check(base)


def mk_ssn(valid=True):
    if valid:
        while True:
            a = rng.randint(1, 899)
            if a != 666:
                break
        return "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))
    return rng.choice(["000-%02d-%04d" % (rng.randint(1, 99), rng.randint(1, 9999)),
                       "9%02d-%02d-%04d" % (rng.randint(0, 99), rng.randint(1, 99), rng.randint(1, 9999)),
                       "%03d-00-%04d" % (rng.randint(100, 665), rng.randint(1, 9999))])


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mk_mbi():
    an = MBI_ALPHA + string.digits
    return (rng.choice("123456789") + rng.choice(MBI_ALPHA) + rng.choice(an) + rng.choice(string.digits)
            + rng.choice(MBI_ALPHA) + rng.choice(an) + rng.choice(string.digits)
            + rng.choice(MBI_ALPHA) + rng.choice(MBI_ALPHA) + rng.choice(string.digits) + rng.choice(string.digits))


# ---------------------------------------------------------------- people

FIRST_F = ["Rosa", "María José", "Aigerim", "Siobhán", "Hye-jin", "Priya", "Oluwaseun", "Grace", "Dawn",
           "Mercy", "Thi Lan", "Summer", "Joy", "Ingrid", "Fatima", "Penny", "Nalani", "Bích Ngọc",
           "Ewa", "Hope", "Carmen", "Zainab", "Marguerite", "Leilani"]
FIRST_M = ["Tomás", "Kwame", "Dmitri", "Guy", "Bill", "Art", "Will", "Rajesh", "Hamid", "Björn",
           "Mateo", "Duc Minh", "Jerome", "Chukwuemeka", "Rich", "Ezra", "Kenji", "Lorenzo", "Ahanu",
           "Sean-Paul", "Wesley", "Ignatius"]
LAST = ["Hill", "García-Ochoa", "O'Donnell", "Baker", "Fox", "Wong", "Mbeki-Rose", "van der Berg",
        "Dos Santos", "Nakamura", "Law", "Stone", "Rice", "Bird", "Sweet", "Kowalczyk", "Al-Mansouri",
        "Ferreira da Silva", "Nwachukwu", "Lindqvist", "Castillo Ruiz", "Marsh", "Frost", "Winter",
        "Small", "Nguyễn", "Okonkwo-Hale", "Begay", "Kealoha", "St. Pierre", "MacAulay", "Park",
        "Abdi", "Whitehorse", "Young", "Cruz", "Banerjee", "Fairweather", "Kim-Lopez", "Novak"]
MIDDLE = ["A", "J", "Lee", "M", "Rae", "K", "", "", "", "T", "Ann", "", "E"]
STREETS = ["Alder St", "N Proctor St", "Harbor View Dr", "SE 38th Ave", "Division St", "Pacific Ave",
           "NE 112th Pl", "Old Mill Rd", "Cedar Hollow Ln", "W Boone Ave", "Mountain Ash Ct",
           "Rue des Érables", "S 19th St", "Lakeridge Way SW", "Sandpiper Loop", "NW Everett St",
           "Orchard Terrace", "Camino del Sol"]
CITIES = [("Tacoma", "WA", "984", "Pierce"), ("Lakewood", "WA", "984", "Pierce"), ("Puyallup", "WA", "983", "Pierce"),
          ("Bellevue", "WA", "980", "King"), ("Renton", "WA", "980", "King"), ("Kent", "WA", "980", "King"),
          ("Portland", "OR", "972", "Multnomah"), ("Gresham", "OR", "970", "Multnomah"),
          ("Beaverton", "OR", "970", "Washington"), ("Vancouver", "WA", "986", "Clark"),
          ("Spokane Valley", "WA", "992", "Spokane"), ("Spokane", "WA", "992", "Spokane"),
          ("Coeur d'Alene", "ID", "838", "Kootenai"), ("Olympia", "WA", "985", "Thurston")]
AREA = {"WA": ["253", "206", "425", "360", "509"], "OR": ["503", "971"], "ID": ["208"]}
MAILD = ["gmail.com", "yahoo.com", "outlook.com", "comcast.net", "icloud.com", "hotmail.com", "proton.me"]
PAYERS = [("Premera Blue Cross", "PRM", "W"), ("Regence BlueShield", "RGS", "ZHR"), ("Aetna", "AET", "W"),
          ("UnitedHealthcare", "UHC", ""), ("Medicare Part B", "MCB", "MBI"), ("Apple Health (WA Medicaid)", "WAMCD", "MCD"),
          ("Kaiser Permanente NW", "KPNW", "K"), ("Cigna", "CIG", "U"), ("Moda Health", "MODA", "M")]
DRUGS = {
    "IVIG": [("Gammagard Liquid 10%", "0944-2700-05", "Takeda"), ("Privigen 10%", "44206-0438-20", "CSL Behring"),
             ("Octagam 10%", "68982-0850-05", "Octapharma")],
    "IFX": [("Remicade 100 mg", "57894-0030-01", "Janssen"), ("Inflectra 100 mg", "0069-0809-01", "Pfizer"),
            ("Avsola 100 mg", "55513-0670-01", "Amgen"), ("Renflexis 100 mg", "0006-4305-02", "Organon")],
    "OCR": [("Ocrevus 300 mg/10 mL", "50242-0150-01", "Genentech")],
}
DX = {"IVIG": ["D80.1", "G61.81", "G70.00", "D83.9"], "IFX": ["K50.90", "K51.90", "M05.79", "L40.50"],
      "OCR": ["G35"]}


class Patient:
    pass


def mk_patient(i):
    p = Patient()
    p.sex = rng.choice("FM")
    p.first = rng.choice(FIRST_F if p.sex == "F" else FIRST_M)
    p.last = rng.choice(LAST)
    p.middle = rng.choice(MIDDLE)
    y = rng.choice([rng.randint(1936, 2004), rng.randint(1950, 1990)]) if i % 11 else rng.randint(1928, 1933)
    p.dob = datetime(y, rng.randint(1, 12), rng.randint(1, 28))
    p.age = 2024 - y - (1 if (p.dob.month, p.dob.day) > (3, 12) else 0)
    city = rng.choice(CITIES)
    p.city, p.state, zp, p.county = city
    p.zip = zp + digits(2)
    p.street = "%d %s" % (rng.randint(12, 24999), rng.choice(STREETS))
    p.unit = rng.choice(["", "", "", "Apt %d" % rng.randint(1, 40), "Unit %s" % rng.choice("ABCD"),
                         "#%d" % rng.randint(100, 420)])
    ac = rng.choice(AREA[p.state])
    p.phone10 = ac + str(rng.randint(2, 9)) + digits(2) + digits(4)
    p.email = "%s.%s%d@%s" % (
        p.first.split()[0].lower().replace("á", "a").replace("é", "e").replace("í", "i").replace("ö", "o").replace("ọ", "o"),
        p.last.split()[0].lower().replace("'", "").replace(".", "").replace("ễ", "e"),
        rng.randint(1, 99), rng.choice(MAILD))
    p.email = p.email.encode("ascii", "ignore").decode()
    p.mrn_n = "%07d" % rng.randint(10000, 989999)
    p.mrn = "CIN" + p.mrn_n
    p.pid = int(p.mrn_n) + 100000
    p.acct = "A%08d" % rng.randint(10000000, 99999999)
    pay = rng.choice(PAYERS)
    if p.age >= 65 and rng.random() < 0.7:
        pay = PAYERS[4]
    p.payer, p.payer_code, pre = pay
    if pre == "MBI":
        p.member = mk_mbi()
    elif pre == "MCD":
        p.member = "1" + digits(8) + "WA"
    elif pay[1] == "UHC":
        p.member = digits(9)
    else:
        p.member = pre + digits(9 if len(pre) < 3 else 8)
    p.ssn = mk_ssn(rng.random() > 0.12)
    p.ref = "REF-24-%05d" % rng.randint(1000, 39999)
    p.drugcls = rng.choice(["IVIG", "IVIG", "IFX", "IFX", "OCR"])
    p.drug = rng.choice(DRUGS[p.drugcls])
    p.dx = rng.choice(DX[p.drugcls])
    ecs = rng.choice(FIRST_F + FIRST_M)
    p.ec_name = "%s %s" % (ecs, rng.choice([p.last, rng.choice(LAST)]))
    p.ec_rel = rng.choice(["spouse", "daughter", "son", "sister", "partner", "mother", "neighbor"])
    p.ec_phone10 = rng.choice(AREA[p.state]) + str(rng.randint(2, 9)) + digits(6)
    p.ip = "%d.%d.%d.%d" % (rng.choice([73, 24, 67, 98, 174, 50, 71, 76, 108, 172]), rng.randint(1, 254),
                            rng.randint(0, 254), rng.randint(1, 254))
    p.dl = rng.choice(["WDL" + alnum(9), alnum(1, string.ascii_uppercase) + digits(7), digits(9)])
    p.plate = rng.choice(["%s%s%s" % (alnum(3, string.ascii_uppercase), digits(4), ""),
                          "%s%s" % (digits(3), alnum(3, string.ascii_uppercase))])
    p.lang = "es" if p.first in ("María José", "Tomás", "Mateo", "Carmen", "Lorenzo") or p.last in (
        "García-Ochoa", "Castillo Ruiz", "Cruz") else "en"
    p.enc = "ENC-%08d" % rng.randint(70000000, 79999999)
    p.appt = "APT-%06d" % rng.randint(500000, 599999)
    p.site = rng.choice(["LKS", "LKS", "BLV", "PDX", "SPK"])
    p.appt_dt = datetime(2024, 3, rng.choice([13, 14, 15, 18, 19, 20, 21, 22, 25, 26, 27, 28, 29]),
                         rng.choice([7, 8, 9, 10, 11, 12, 13]), rng.choice([0, 15, 30, 45]))
    p.weight = round(rng.uniform(45, 128), 1)
    return p


PATIENTS = [mk_patient(i) for i in range(70)]


def pick():
    return rng.choice(PATIENTS)


def full(p, mid=False):
    if mid and p.middle:
        return "%s %s %s" % (p.first, p.middle, p.last)
    return "%s %s" % (p.first, p.last)


def lf(p):
    return "%s, %s" % (p.last, p.first)


def ph_dash(d):
    return "%s-%s-%s" % (d[:3], d[3:6], d[6:])


def ph_paren(d):
    return "(%s) %s-%s" % (d[:3], d[3:6], d[6:])


def ph_e164(d):
    return "+1" + d


def street_full(p):
    return p.street + ((" " + p.unit) if p.unit else "")


STAFF_RN = ["Dana Whitcombe", "Luis Arriaga", "Mei Tanaka-Ross", "Oksana Hrytsenko", "Brandon Lee",
            "Adaeze Obi", "Heather Lindgren", "Joaquín Paredes"]
STAFF_USER = ["dwhitcombe", "larriaga", "mtanakaross", "ohrytsenko", "blee", "aobi", "hlindgren", "jparedes"]
INTAKE = ["kfoster", "spatel", "rmorales", "tnguyen2", "jbrandt"]
PRESCRIBERS = [("Hannah Okafor", "Puget Sound Neurology", "2535550182"),
               ("Victor Lindahl", "Cascade GI Associates", "4255550131"),
               ("Amira Haddad", "Rose City Rheumatology", "5035550177"),
               ("Peter Szabo", "Inland Immunology", "5095550160"),
               ("Grace Whitfield", "Evergreen MS Center", "2065550119")]
PRESCRIBER_NPI = [mk_npi() for _ in PRESCRIBERS]
SITES = {"LKS": ("Lakeside", "4410 Harbor View Pkwy Ste 200, Tacoma, WA 98402", "2535550100"),
         "BLV": ("Bellevue", "1780 116th Ave NE Ste 310, Bellevue, WA 98004", "4255550144"),
         "PDX": ("Portland", "2201 NW Marshall St, Portland, OR 97210", "5035550120"),
         "SPK": ("Spokane", "610 S Sherman St Ste 4, Spokane, WA 99202", "5095550106")}
HOSTS = ["app-lks-01", "app-lks-02", "wrk-lks-01", "wrk-lks-03", "edge-pdx-01", "iop-lks-01", "bot-01"]

NOW = [datetime(2024, 3, 12, 13, 2, 11, 418000, tzinfo=timezone.utc)]
PT = timedelta(hours=-7)


def tick(lo=1, hi=40):
    NOW[0] += timedelta(seconds=rng.randint(lo, hi), microseconds=rng.randint(0, 999999))
    return NOW[0]


def iso_z(t, ms=3):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ("%06d" % t.microsecond)[:ms] + "Z"


def loc(t):
    return t + PT


# ---------------------------------------------------------------- systems


def rails_prefix(t, pid, rid, lvl="INFO"):
    lt = loc(t)
    return "%s, [%s.%06d #%d] %5s -- : [%s] " % (lvl[0], lt.strftime("%Y-%m-%dT%H:%M:%S"), lt.microsecond, pid, lvl, rid)


def sys_rails():
    t = tick()
    pid = rng.choice([2817, 2821, 3190, 3194])
    rid = uuid4()
    out = []
    kind = rng.choice(["intake", "portal", "portal", "copay", "copay", "error", "notes", "admin"])
    p = pick()
    pre = lambda lvl="INFO": rails_prefix(t, pid, rid, lvl)
    lt = loc(t)
    stamp = lt.strftime("%Y-%m-%d %H:%M:%S -0700")
    if kind == "intake":
        out.append(L("rails", pre(), 'Started POST "/api/v2/referrals" for 10.20.4.%d at %s' % (rng.randint(10, 40), stamp)))
        out.append(L("rails", pre(), "Processing by Api::V2::ReferralsController#create as JSON"))
        ln = L("rails", pre(), "  Parameters: ")
        emit_rb(ln, {"referral": {"source": rng.choice(["fax", "parachute", "portal"]),
                                  "external_id": P(p.ref, "other_id"),
                                  "patient_last_name": P(p.last, "name"), "patient_first_name": P(p.first, "name"),
                                  "dob": P(p.dob.strftime("%Y-%m-%d"), "date"), "sex": p.sex,
                                  "ssn": "[FILTERED]", "icd10": p.dx, "therapy": p.drugcls,
                                  "ordering_npi": rng.choice(PRESCRIBER_NPI)}})
        out.append(ln)
        out.append(L("rails", pre("DEBUG"), '  Patient Load (0.%dms)  SELECT "patients".* FROM "patients" WHERE "patients"."mrn" = $1 LIMIT $2  [["mrn", "' % rng.randint(3, 9),
                     P(p.mrn, "mrn"), '"], ["LIMIT", 1]]'))
        out.append(L("rails", pre(), "Completed 201 Created in %dms (Views: 0.%dms | ActiveRecord: %d.%dms | Allocations: %d)" % (
            rng.randint(60, 400), rng.randint(1, 9), rng.randint(5, 60), rng.randint(0, 9), rng.randint(8000, 40000))))
    elif kind == "portal":
        appt = rng.randint(880000, 889999)
        out.append(L("rails", pre(), 'Started GET "/p/appointments/%d/confirm?t=%s" for ' % (appt, hexs(24)), P(p.ip, "ip"), " at %s" % stamp))
        out.append(L("rails", pre(), "Processing by Portal::AppointmentsController#confirm as HTML"))
        out.append(L("rails", pre(), '  Parameters: {"t"=>"[FILTERED]", "id"=>"%d"}' % appt))
        out.append(L("rails", pre(), "  Rendered portal/appointments/confirm.html.erb within layouts/portal (Duration: %d.%dms | Allocations: %d)" % (
            rng.randint(2, 30), rng.randint(0, 9), rng.randint(900, 5000))))
        out.append(L("rails", pre(), "Completed 200 OK in %dms (Views: %d.%dms | ActiveRecord: %d.%dms | Allocations: %d)" % (
            rng.randint(20, 200), rng.randint(5, 40), rng.randint(0, 9), rng.randint(1, 20), rng.randint(0, 9), rng.randint(5000, 20000))))
    elif kind == "copay":
        out.append(L("rails", pre(), 'Started POST "/copay/enrollments" for 10.20.4.%d at %s' % (rng.randint(10, 40), stamp)))
        out.append(L("rails", pre(), "Processing by Copay::EnrollmentsController#create as JSON"))
        ln = L("rails", pre(), "  Parameters: ")
        emit_rb(ln, {"enrollment": {"program": rng.choice(["ocrevus_copay", "carepath", "inflectra_savings", "amgen_first_step"]),
                                    "patient_id": P(str(p.pid), "mrn"),
                                    "identity": {"id_type": "drivers_license", "id_number": P(p.dl, "license"), "id_state": p.state},
                                    "email": P(p.email, "email"), "mobile": P(ph_dash(p.phone10), "phone"),
                                    "parking_plate": P(p.plate, "vehicle") if rng.random() < 0.4 else None,
                                    "attest_commercial": True}})
        out.append(ln)
        out.append(L("rails", pre(), "Completed 202 Accepted in %dms (Views: 0.2ms | ActiveRecord: %d.%dms | Allocations: %d)" % (
            rng.randint(80, 900), rng.randint(5, 60), rng.randint(0, 9), rng.randint(8000, 40000))))
    elif kind == "error":
        out.append(L("rails", pre(), 'Started PATCH "/patients/', P(str(p.pid), "mrn"), '" for 10.20.6.%d at %s' % (rng.randint(10, 99), stamp)))
        out.append(L("rails", pre(), "Processing by PatientsController#update as HTML"))
        bad = rng.choice(["2057-%02d-%02d" % (p.dob.month, p.dob.day), "02/30/%d" % p.dob.year])
        out.append(L("rails", pre("FATAL"), "  "))
        out.append(L("rails", pre("FATAL"), "ActiveRecord::RecordInvalid (Validation failed: Date of birth ", P(bad, "date"),
                     " is not a valid date, Emergency contact phone ", P(ph_paren(p.ec_phone10), "phone"), " is invalid):"))
        out.append(L("rails", pre("FATAL"), "  "))
        for fr in ["app/models/patient.rb:58:in `validate_dob'", "app/controllers/patients_controller.rb:41:in `update'",
                   "app/controllers/concerns/audit_trail.rb:17:in `block in with_audit'",
                   "activesupport (7.1.3.2) lib/active_support/notifications.rb:206:in `instrument'"][:rng.randint(2, 4)]:
            out.append(L("rails", pre("FATAL"), fr))
    elif kind == "notes":
        out.append(L("rails", pre(), 'Started POST "/referrals/%d/notes" for 10.20.6.%d at %s' % (rng.randint(30000, 39999), rng.randint(10, 99), stamp)))
        ln = L("rails", pre(), "  Parameters: ")
        note = rng.choice([
            S("LM for pt's ", p.ec_rel, " ", P(p.ec_name, "name"), " at ", P(ph_dash(p.ec_phone10), "phone"),
              " re: BI results, pt prefers call after 3pm"),
            S("Fax from Dr. ", rng.choice(PRESCRIBERS)[0], " missing pg 3 (labs). Pt ", P(full(p), "name"), " DOB ",
              P(p.dob.strftime("%m/%d/%Y"), "date"), " - requested resend"),
            S("Pt moved, new addr ", P("%s, %s" % (street_full(p), p.city), "address"), " ", p.state, " ", P(p.zip, "zip"),
              "; update BI w/ ", p.payer),
        ])
        emit_rb(ln, {"note": {"body": note, "author": rng.choice(INTAKE), "pinned": "0"}, "referral_id": str(rng.randint(30000, 39999))})
        out.append(ln)
        out.append(L("rails", pre(), "Redirected to https://intake.confluenceinfusion.com/referrals/%d" % rng.randint(30000, 39999)))
        out.append(L("rails", pre(), "Completed 302 Found in %dms (ActiveRecord: %d.%dms | Allocations: %d)" % (
            rng.randint(20, 200), rng.randint(1, 20), rng.randint(0, 9), rng.randint(3000, 9000))))
    else:
        out.append(L("rails", pre(), 'Started GET "/admin/sidekiq/queues/pa_submit" for 10.20.6.%d at %s' % (rng.randint(10, 99), stamp)))
        out.append(L("rails", pre(), "Completed 200 OK in %dms (Views: %d.0ms | Allocations: %d)" % (
            rng.randint(20, 90), rng.randint(5, 40), rng.randint(3000, 9000))))
    return out


SQ_CLASSES = ["BenefitsInvestigationJob", "PriorAuth::SubmitJob", "PriorAuth::PollStatusJob", "Copay::EnrollJob",
              "Reminders::DispatchJob", "Inventory::ReconcileJob", "Billing::Split340bJob", "MedWatch::ExportJob",
              "Fax::AttachJob", "Snowflake::SyncJob"]


def sys_sidekiq():
    t = tick(0, 15)
    cls = rng.choice(SQ_CLASSES)
    jid = hexs(24)
    base = {"ts": iso_z(t), "pid": rng.choice([4411, 4412, 4418]), "tid": "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(6))}
    ctx = {"class": cls, "jid": jid}
    out = [J("sidekiq", dict(base, lvl="INFO", msg="start", ctx=ctx))]
    r = rng.random()
    if r < 0.25:
        p = pick()
        if cls.startswith("PriorAuth"):
            msg = S("PayerTimeout: Availity 504 for member ", P(p.member, "health_plan"), " (", p.payer, ")")
        elif cls.startswith("Copay"):
            msg = S("HubError 422: enrollment rejected, DOB mismatch for ", P(lf(p), "name"))
        elif cls in ("BenefitsInvestigationJob", "Reminders::DispatchJob", "Billing::Split340bJob"):
            msg = S("Patient ", P(p.mrn, "mrn"), " has no active authorization")
        else:
            msg = "Redis::TimeoutError: Connection timed out (retry in %ds)" % rng.randint(5, 120)
        out.append(J("sidekiq", dict(base, lvl="WARN", msg=msg, ctx=dict(ctx, retry_count=rng.randint(0, 5)))))
    elif r < 0.35:
        p = pick()
        out.append(J("sidekiq", dict(base, lvl="ERROR", msg="dead job", ctx=ctx,
                                      job={"queue": "pa_submit", "args": [P(p.pid, "mrn"), P(p.ref, "other_id"), P(p.member, "health_plan")],
                                           "retry_count": 25, "error_class": "PriorAuth::Rejected"})))
    else:
        out.append(J("sidekiq", dict(base, lvl="INFO", msg="done", ctx=dict(ctx, elapsed="%.3f" % rng.uniform(0.02, 14)))))
    return out


def logfmt_val(v):
    if isinstance(v, P):
        if " " in v.v or '"' in v.v:
            return ['"', v, '"']
        return [v]
    if isinstance(v, S):
        return ['"'] + list(v.parts) + ['"']
    v = str(v)
    if " " in v or '"' in v or "=" in v:
        return ['"' + v.replace('"', '\\"') + '"']
    return [v]


def LF(family, pairs):
    parts = []
    for i, (k, v) in enumerate(pairs):
        if i:
            parts.append(" ")
        parts.append(k + "=")
        parts.extend(logfmt_val(v))
    return L(family, *parts)


def sys_go():
    t = tick(0, 20)
    svc = rng.choice(["fax-ingest", "fax-ingest", "eref-consumer", "reminder-dispatch"])
    out = []
    base = [("time", iso_z(t)), ("level", "INFO")]
    if svc == "fax-ingest":
        pr = rng.choice(PRESCRIBERS)
        fid = "fx_01HR" + alnum(20, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")
        out.append(LF("go_worker", base + [("msg", "fax received"), ("svc", svc), ("fax_id", fid),
                                          ("did", "+1" + SITES["LKS"][2][:6] + "0190"), ("remote_csid", pr[1].upper()[:20]),
                                          ("ani", "+1" + pr[2]), ("pages", rng.randint(2, 14)), ("bytes", rng.randint(80000, 900000)),
                                          ("dur_ms", rng.randint(9000, 90000))]))
        out.append(LF("go_worker", [("time", iso_z(t + timedelta(seconds=4))), ("level", "INFO"), ("msg", "ocr complete"), ("svc", svc),
                                    ("fax_id", fid), ("engine", "textract-2"), ("conf", "%.2f" % rng.uniform(0.6, 0.99)),
                                    ("fields", rng.randint(12, 30)), ("low_conf", rng.choice(["dob,member_id", "none", "ssn", "address"]))]))
        if rng.random() < 0.5:
            p = pick()
            out.append(LF("go_worker", [("time", iso_z(t + timedelta(seconds=5))), ("level", "WARN"), ("msg", "patient match ambiguous"),
                                        ("svc", svc), ("fax_id", fid), ("candidates", rng.randint(2, 4)),
                                        ("last_name", P(p.last, "name")), ("dob", P(p.dob.strftime("%Y-%m-%d"), "date")),
                                        ("zip", P(p.zip, "zip")), ("referral_id", P(p.ref, "other_id"))]))
        if rng.random() < 0.08:
            out.append(L("go_worker", "panic: runtime error: invalid memory address or nil pointer dereference"))
            out.append(L("go_worker", "[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x%s]" % hexs(6)))
            out.append(L("go_worker", "goroutine %d [running]:" % rng.randint(40, 400)))
            out.append(L("go_worker", "github.com/confluence-infusion/faxingest/match.(*Matcher).Score(0xc000%s, 0x0)" % hexs(6)))
            out.append(L("go_worker", "\t/src/faxingest/match/score.go:88 +0x1c4"))
            out.append(L("go_worker", "created by github.com/confluence-infusion/faxingest/pipeline.(*Runner).Start in goroutine 1"))
    elif svc == "eref-consumer":
        out.append(LF("go_worker", base + [("msg", "webhook verified"), ("svc", svc), ("src", "parachute"),
                                          ("sig", "v1," + hexs(16)), ("event", rng.choice(["order.created", "order.updated", "order.cancelled"])),
                                          ("trace_id", hexs(32)), ("span_id", hexs(16))]))
    else:
        p = pick()
        if rng.random() < 0.5:
            out.append(LF("go_worker", base + [("msg", "batch queued"), ("svc", svc), ("site", rng.choice(list(SITES))),
                                              ("for_date", "2024-03-%02d" % rng.randint(13, 20)), ("sms", rng.randint(20, 90)),
                                              ("ivr", rng.randint(2, 20)), ("suppressed_optout", rng.randint(0, 6))]))
        else:
            out.append(LF("go_worker", [("time", iso_z(t)), ("level", "WARN"), ("msg", "carrier rejected"), ("svc", svc),
                                        ("to", P(ph_e164(p.phone10), "phone")), ("err", "30006 landline or unreachable"),
                                        ("appt", P(p.appt, "other_id")), ("fallback", "ivr")]))
    return out


def sys_ocr():
    t = tick(1, 30)
    p = pick()
    pr_i = rng.randrange(len(PRESCRIBERS))
    pr = PRESCRIBERS[pr_i]
    ssn_field = P(p.ssn, "ssn") if rng.random() < 0.5 else ""
    doc = {"document_id": "doc_" + hexs(20), "received_at": iso_z(t), "pages": rng.randint(2, 12),
           "template": rng.choice(["cin_referral_v4", "generic_infusion_order", "payer_pa_form"]),
           "confidence": round(rng.uniform(0.71, 0.98), 2),
           "fields": {
               "patient_name": {"value": P((lf(p)).upper(), "name"), "conf": round(rng.uniform(0.8, 0.99), 2)},
               "dob": {"value": P(p.dob.strftime("%m/%d/%Y"), "date"), "conf": round(rng.uniform(0.6, 0.99), 2)},
               "address": {"value": S(P("%s %s" % (street_full(p), p.city), "address"), " ", p.state, " ", P(p.zip, "zip")),
                           "conf": round(rng.uniform(0.5, 0.95), 2)},
               "home_phone": {"value": P(ph_paren(p.phone10), "phone"), "conf": round(rng.uniform(0.7, 0.99), 2)},
               "ssn": {"value": ssn_field, "conf": 0.55 if ssn_field else 0.0},
               "insurance_member_id": {"value": P(p.member, "health_plan"), "conf": round(rng.uniform(0.6, 0.99), 2)},
               "ordering_physician": {"value": pr[0] + ", MD", "conf": 0.96},
               "ordering_npi": {"value": PRESCRIBER_NPI[pr_i], "conf": 0.99},
               "clinic_fax": {"value": ph_paren(pr[2]), "conf": 0.97},
               "icd10": {"value": p.dx, "conf": 0.93},
               "medication": {"value": p.drug[0], "conf": 0.9}}}
    return [J("ocr_json", doc)]


def sys_eref():
    t = tick(1, 30)
    p = pick()
    pr_i = rng.randrange(len(PRESCRIBERS))
    pr = PRESCRIBERS[pr_i]
    ev = {"id": "evt_" + alnum(24, string.ascii_letters + string.digits), "type": "order.created", "created_at": iso_z(t),
          "data": {"order": {"id": "ord_" + hexs(16), "status": "sent", "referral_number": P(p.ref, "other_id"),
                             "patient": {"first_name": P(p.first, "name"), "last_name": P(p.last, "name"),
                                         "date_of_birth": P(p.dob.strftime("%Y-%m-%d"), "date"), "sex": p.sex.lower(),
                                         "phone_number": P(ph_e164(p.phone10), "phone"),
                                         "address": {"line1": P(p.street, "address"), "line2": P(p.unit, "address") if p.unit else "",
                                                     "city": P(p.city, "address"), "state": p.state, "zip": P(p.zip, "zip")},
                                         "emergency_contact": {"name": P(p.ec_name, "name"), "relationship": p.ec_rel,
                                                               "phone": P(ph_e164(p.ec_phone10), "phone")}},
                             "insurances": [{"payer_name": p.payer, "member_id": P(p.member, "health_plan"), "priority": "primary"}],
                             "ordering_provider": {"name": pr[0], "npi": PRESCRIBER_NPI[pr_i], "practice": pr[1], "fax": "+1" + pr[2]},
                             "items": [{"hcpcs": rng.choice(["J1569", "J1459", "J1745", "J2350", "J1557"]), "description": p.drug[0]}]}}}
    return [J("eref_webhook", ev, ascii_=rng.random() < 0.5)]


def sys_pa():
    t = tick(1, 20)
    p = pick()
    key = alnum(8, "BCDFGHJKLMNPQRSTVWXZ0123456789")
    out = []
    ts = round(t.timestamp(), 3)
    if rng.random() < 0.5:
        out.append(J("pa_api", {"level": "debug", "ts": ts, "caller": "cmm/client.go:214", "msg": "cmm request body",
                                "body": {"request": {"patient": {"first_name": P(p.first, "name"), "last_name": P(p.last, "name"),
                                                                 "date_of_birth": P(p.dob.strftime("%m/%d/%Y"), "date"),
                                                                 "zip": P(p.zip, "zip")},
                                                     "payer": {"bin": rng.choice(["610014", "003858", "610502", "004336"]),
                                                               "pcn": rng.choice(["MEDDPRIME", "A4", "ADV", "9999"]),
                                                               "group_id": "RX" + digits(4), "member_id": P(p.member, "health_plan")},
                                                     "prescriber": {"npi": rng.choice(PRESCRIBER_NPI)},
                                                     "drug_id": digits(6), "form_id": rng.choice(["premera_medical_pa_v3", "aetna_specialty_infusion", "cms_partb_ivig"])}}}))
    out.append(J("pa_api", {"level": "info", "ts": round(ts + rng.uniform(0.2, 2.6), 3), "caller": "cmm/client.go:231", "msg": "cmm response",
                            "method": "POST", "path": "/requests", "status": 201, "latency": round(rng.uniform(0.2, 2.5), 3),
                            "request_id": uuid4(), "pa_key": P(key, "other_id")}))
    if rng.random() < 0.5:
        st = rng.choice(["Sent to Plan", "Approved", "Denied", "Question Response Needed", "Archived"])
        rec = {"level": "info", "ts": round(ts + rng.uniform(60, 3000), 3), "caller": "cmm/poll.go:77", "msg": "status change",
               "pa_key": P(key, "other_id"), "status": st}
        if st == "Approved":
            a = p.appt_dt
            rec["effective"] = P(a.strftime("%Y-%m-%d"), "date")
            rec["expires"] = P((a + timedelta(days=rng.choice([180, 365]))).strftime("%Y-%m-%d"), "date")
            rec["payer_auth_no"] = P(digits(10), "other_id")
        out.append(J("pa_api", rec))
    return out


def sys_bot():
    t = tick(1, 30)
    lt = loc(t)
    p = pick()
    w = rng.randint(1, 4)
    portal = rng.choice(["availity", "navinet", "onehealthport", "uhcprovider"])
    pre = "%s,%03d %s [%s_bot.worker-%d] " % (lt.strftime("%Y-%m-%d %H:%M:%S"), lt.microsecond // 1000, "%s", portal, w)
    out = [L("payer_bot", pre % "INFO", "session start headless=True chromium=122.0.6261.94 proxy=egress-nat-02")]
    r = rng.random()
    if r < 0.55:
        out.append(L("payer_bot", pre % "INFO", "eligibility search member_id=", P(p.member, "health_plan"), " dob=",
                     P(p.dob.strftime("%m/%d/%Y"), "date"), " last=", P(p.last.upper(), "name")))
        out.append(L("payer_bot", pre % "INFO", "saved screenshot /var/bots/screens/%s/BI_" % lt.strftime("%Y-%m-%d"), P(p.mrn, "mrn"),
                     "_step%d.png (%d KB)" % (rng.randint(2, 6), rng.randint(80, 600))))
    elif r < 0.8:
        out.append(L("payer_bot", pre % "INFO", "PA submitted; captured auth number ", P(digits(10), "other_id"), " status=PENDED"))
    else:
        out.append(L("payer_bot", pre % "ERROR", "TimeoutError: page.wait_for_selector: Timeout 30000ms exceeded waiting for \"#eligibilityResults\""))
    out.append(L("payer_bot", pre % "INFO", "session end elapsed=%.1fs steps=%d" % (rng.uniform(8, 90), rng.randint(4, 14))))
    return out


def sys_x12():
    t = tick(2, 30)
    p = pick()
    ctl = "%09d" % rng.randint(1, 999999999)
    d = t.strftime("%y%m%d")
    tm = t.strftime("%H%M")
    out = [L("x12", "ISA*00*          *00*          *ZZ*AVAILITY       *ZZ*CINFUSION      *%s*%s*^*00501*%s*0*P*:~" % (d, tm, ctl)),
           L("x12", "GS*HB*AVAILITY*CINFUSION*%s*%s*%d*X*005010X279A1~" % (t.strftime("%Y%m%d"), tm, rng.randint(1, 99999))),
           L("x12", "ST*271*%04d*005010X279A1~" % rng.randint(1, 9999)),
           L("x12", "BHT*0022*11*%s*%s*%s~" % (hexs(10).upper(), t.strftime("%Y%m%d"), tm)),
           L("x12", "HL*1**20*1~"),
           L("x12", "NM1*PR*2*%s*****PI*%s~" % (p.payer.upper()[:25], digits(5))),
           L("x12", "HL*2*1*21*1~"),
           L("x12", "NM1*1P*2*CONFLUENCE INFUSION NETWORK*****XX*%s~" % mk_npi()),
           L("x12", "HL*3*2*22*0~"),
           L("x12", "NM1*IL*1*", P(p.last.upper(), "name"), "*", P(p.first.upper(), "name"), "*", p.middle[:1], "***MI*", P(p.member, "health_plan"), "~")]
    if rng.random() < 0.6:
        out.append(L("x12", "N3*", P(street_full(p).upper(), "address"), "~"))
        out.append(L("x12", "N4*", P(p.city.upper(), "address"), "*", p.state, "*", P(p.zip, "zip"), "~"))
    out.append(L("x12", "DMG*D8*", P(p.dob.strftime("%Y%m%d"), "date"), "*", p.sex, "~"))
    out.append(L("x12", "DTP*346*D8*", P("2024%02d01" % rng.randint(1, 3), "date"), "~"))
    out.append(L("x12", "EB*1*IND*30**%s~" % rng.choice(["PPO", "HMO", "MB", "MC"])))
    out.append(L("x12", "EB*C*IND*30***23*%d.00*****Y~" % rng.choice([250, 500, 1500, 3000])))
    out.append(L("x12", "EB*A*IND*30***27**0.%d*****Y~" % rng.choice([1, 2, 3])))
    if rng.random() < 0.5:
        out.append(L("x12", "MSG*PRIOR AUTHORIZATION REQUIRED FOR HCPCS %s~" % rng.choice(["J1569", "J1745", "J2350"])))
    out.append(L("x12", "SE*%d*%04d~" % (len(out) - 1, rng.randint(1, 9999))))
    out.append(L("x12", "GE*1*%d~" % rng.randint(1, 99999)))
    out.append(L("x12", "IEA*1*%s~" % ctl))
    return out


def sys_chairopt():
    t = tick(1, 10)
    lt = loc(t)
    site = rng.choice(list(SITES))
    pre = lambda lvl, lg: "%s,%03d %-5s %s: " % (lt.strftime("%Y-%m-%d %H:%M:%S"), lt.microsecond // 1000, lvl, lg)
    hz = "2024-03-%02d" % rng.randint(13, 20)
    out = [L("chairopt", pre("INFO", "chairopt.run"), "horizon=%s site=%s chairs=%d nurses=%d requests=%d pinned=%d solver=ortools-9.9.3963" % (
        hz, site, rng.randint(10, 24), rng.randint(4, 9), rng.randint(20, 60), rng.randint(0, 9)))]
    if rng.random() < 0.5:
        obj = rng.randint(900, 1500)
        st = rng.choice(["OPTIMAL", "OPTIMAL", "FEASIBLE"])
        bb = obj if st == "OPTIMAL" else obj - rng.randint(3, 60)
        t1 = rng.uniform(0.1, 3)
        out.append(L("chairopt", "#Bound %6.2fs best:%d   next:[%d,%d] am1_presolve (num_literals=%d)" % (
            t1, obj + rng.randint(20, 90), bb - rng.randint(0, 40), obj + rng.randint(19, 89), rng.randint(200, 900))))
        out.append(L("chairopt", "#%d     %6.2fs best:%d   next:[%d,%d] quick_restarts_no_lp" % (
            rng.randint(2, 40), t1 + rng.uniform(0.1, 3), obj, bb, obj - 1)))
        out.append(L("chairopt", "CpSolverResponse summary:"))
        out.append(L("chairopt", "status: %s" % st))
        out.append(L("chairopt", "objective: %d" % obj))
        out.append(L("chairopt", "best_bound: %d" % bb))
        out.append(L("chairopt", "conflicts: %d" % rng.randint(0, 30000)))
        out.append(L("chairopt", "walltime: %.6f" % rng.uniform(0.5, 30)))
    for _ in range(rng.randint(1, 3)):
        p = pick()
        dur = {"IVIG": rng.choice([180, 210, 240, 300]), "IFX": 120, "OCR": rng.choice([150, 210, 270])}[p.drugcls]
        out.append(L("chairopt", pre("INFO", "chairopt.emit"), "assign appt=", P(p.appt, "other_id"), " pt=", P(p.mrn, "mrn"),
                     " chair=%s-%02d rn=RN-%02d start=" % (site, rng.randint(1, 24), rng.randint(1, 30)),
                     P(p.appt_dt.strftime("%Y-%m-%dT%H:%M"), "date"), " dur=%dm drug=%s" % (dur, p.drugcls)))
    if rng.random() < 0.3:
        p = pick()
        out.append(L("chairopt", pre("WARN", "chairopt.constraints"), "cannot place pt=", P(p.mrn, "mrn"), " (", P(lf(p), "name"),
                     ") window 07:00-11:00 on ", P(p.appt_dt.strftime("%a %d %b"), "date"), ": no chair with IV pole+recliner, relaxing rn_ratio"))
    return out


def sys_alaris():
    t = tick(0, 12)
    lt = loc(t)
    sn = "%d" % rng.randint(13000000, 13999999)
    ch = rng.choice("ABCD")
    ev = rng.choice(["INFUSION_STARTED", "INFUSION_PAUSED", "ALARM_AIR_IN_LINE", "ALARM_PATIENT_SIDE_OCCLUSION",
                     "VTBI_COMPLETE", "KVO", "RATE_CHANGE", "GUARDRAILS_SOFT_LIMIT_OVERRIDE", "PCU_BATTERY_LOW", "DL_CONNECTED"])
    row = [lt.strftime("%Y-%m-%d %H:%M:%S"), "PCU 8015", "SN %s" % sn, "Ch %s" % ch, ev, ]
    p = pick()
    ln = L("pump_alaris", ",".join(row))
    if ev in ("INFUSION_STARTED", "RATE_CHANGE", "VTBI_COMPLETE", "GUARDRAILS_SOFT_LIMIT_OVERRIDE"):
        rate = rng.choice([30, 48, 60, 90, 120, 150, 250])
        ln.t(",Drug=%s,Conc=%s,Rate=%d mL/h,VTBI=%d mL,Profile=ADULT INFUSION" % (
            p.drug[0].split(" ")[0].upper(), "100 mg/mL" if p.drugcls == "IVIG" else ("1 mg/mL" if p.drugcls == "OCR" else "0.4 mg/mL"), rate,
            rng.choice([250, 300, 350, 500])))
        if rng.random() < 0.6:
            ln.t(",AutoProg=Y,PatientID=").p(p.mrn, "mrn").t(",OrderID=%d" % rng.randint(4000000, 4999999))
        else:
            ln.t(",AutoProg=N")
    else:
        ln.t(",Sev=%s" % rng.choice(["HIGH", "MED", "LOW", "INFO"]))
    return [ln]


def sys_bbraun():
    t = tick(0, 12)
    lt = loc(t)
    sn = "%06d" % rng.randint(200000, 299999)
    typ = rng.choice(["ALARM", "STATUS", "BOLUS", "STANDBY", "DOCKED"])
    p = pick()
    out = [L("pump_bbraun", '<Event ts="%s-07:00" station="SpaceStation-%02d" pump="Infusomat Space" sn="%s" slot="%d" type="%s">' % (
        lt.strftime("%Y-%m-%dT%H:%M:%S"), rng.randint(1, 12), sn, rng.randint(1, 4), typ))]
    if typ == "ALARM":
        out.append(L("pump_bbraun", "  <Alarm code=\"%s\" prio=\"high\" silenced=\"%s\"/>" % (
            rng.choice(["OCCL_DOWN", "OCCL_UP", "AIR", "DOOR_OPEN", "BATT_EMPTY"]), rng.choice(["true", "false"]))))
    elif typ in ("STATUS", "BOLUS"):
        out.append(L("pump_bbraun", "  <Therapy drug=\"%s\" rate=\"%.1f\" unit=\"ml/h\" vol_inf=\"%.1f\"/>" % (
            p.drug[0].split(" ")[0], rng.uniform(20, 250), rng.uniform(1, 400))))
        if rng.random() < 0.5:
            out.append(L("pump_bbraun", '  <Patient id="', P(p.mrn, "mrn"), '" weight_kg="%.1f"/>' % p.weight))
    out.append(L("pump_bbraun", "</Event>"))
    return out


def hl7_name(p):
    return [P(p.last.upper(), "name"), "^", P(p.first.upper(), "name")] + (["^", P(p.middle.upper(), "name")] if p.middle else [])


def sys_hl7():
    t = tick(0, 10)
    lt = loc(t)
    p = pick()
    ts = lt.strftime("%Y%m%d%H%M%S")
    typ = rng.choice(["RAS^O17^RAS_O17", "RGV^O15^RGV_O15"])
    out = [L("hl7", "MSH|^~\\&|IOP-GW|CIN-%s|INFUSECHART|CIN|%s-0700||%s|%s|P|2.6|||AL|NE" % (p.site, ts, typ, "IOP" + digits(9)))]
    pid = L("hl7", "PID|1||", P(p.mrn_n, "mrn"), "^^^CIN^MR~", P(p.member, "health_plan"), "^^^", p.payer_code, "^HC||")
    pid.x(*hl7_name(p))
    pid.x("||", P(p.dob.strftime("%Y%m%d"), "date"), "|", p.sex, "|||", P(street_full(p), "address"), "^^", P(p.city, "address"),
          "^", p.state, "^", P(p.zip, "zip"), "^USA||^PRN^PH^^1^", P(p.phone10[:3], "phone"), "^", P(p.phone10[3:], "phone"),
          "|||||", P(p.acct, "account"))
    # phone split over XTN components: label area code and local number separately
    out.append(pid)
    k = rng.randrange(len(PRESCRIBERS))
    out.append(L("hl7", "PV1|1|O|%s^CHAIR%02d^^CIN||||%s^%s^%s^^^^^^NPI|||||||||||" % (
        p.site, rng.randint(1, 24), PRESCRIBER_NPI[k], PRESCRIBERS[k][0].split()[1].upper(), PRESCRIBERS[k][0].split()[0].upper()),
        P(p.enc, "other_id")))
    out.append(L("hl7", "ORC|%s|%d^INFUSECHART|%d^PHARM||IP" % ("RE" if typ.startswith("RAS") else "OK", rng.randint(4000000, 4999999), rng.randint(100000, 999999))))
    if typ.startswith("RGV"):
        out.append(L("hl7", "RXG|1||%s|%s^%s^NDC|%s||mg" % (ts, p.drug[1], p.drug[0].upper(), rng.choice(["600", "2000", "35000", "300"]))))
    else:
        out.append(L("hl7", "RXA|0|1|%s|%s|%s^%s^NDC|%s|mg||||^%s^%s|||%s|%s|%s^%s" % (
            ts, ts, p.drug[1], p.drug[0].upper(), rng.choice(["600", "2000", "35000", "300"]),
            rng.choice(STAFF_RN).split()[-1].upper(), rng.choice(STAFF_RN).split()[0].upper(),
            alnum(2) + digits(5), "2025%02d%02d" % (rng.randint(1, 12), rng.randint(1, 28)), p.drug[2][:3].upper(), p.drug[2])))
        out.append(L("hl7", "RXR|IV^Intravenous^HL70162|LA^Left Arm^HL70163|IVP^IV Pump^HL70164"))
        out.append(L("hl7", "OBX|1|NM|68149-9^Infusion rate^LN||%d|mL/h|||||F|||%s||||%s^Alaris PCU 8015" % (
            rng.choice([30, 60, 90, 120, 150]), ts, rng.randint(13000000, 13999999))))
    return out


WHOLESALERS = ["ASD Healthcare", "Cardinal Specialty", "McKesson Plasma & Biologics", "BioCare SD"]


def sys_inventory():
    t = tick(0, 20)
    lt = loc(t)
    cls = rng.choice(list(DRUGS))
    d = rng.choice(DRUGS[cls])
    lot = rng.choice([alnum(2, string.ascii_uppercase) + digits(6), digits(7), "P10" + digits(5) + alnum(1, string.ascii_uppercase)])
    exp = "2025-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))
    site = rng.choice(list(SITES))
    r = rng.random()
    if r < 0.35:
        return [L("inventory", "RCV|%s|%s|NDC %s|%s|LOT %s|EXP %s|QTY %d|PO %d|%s|340B=%s|TEMP_OK=Y" % (
            lt.strftime("%Y-%m-%dT%H:%M:%S"), site, d[1], d[0].upper(), lot, exp, rng.randint(2, 40), rng.randint(4500100000, 4500199999),
            rng.choice(WHOLESALERS), rng.choice("YN")))]
    if r < 0.45:
        return [L("inventory", "CNT|%s|%s|NDC %s|LOT %s|ON_HAND %d|EXPECTED %d|VAR %d|BY %s" % (
            lt.strftime("%Y-%m-%dT%H:%M:%S"), site, d[1], lot, rng.randint(0, 30), rng.randint(0, 30), rng.randint(-2, 2),
            rng.choice(["lpharmd", "cbui", "nkhoury"])))]
    p = pick()
    if r < 0.6:
        return [L("inventory", "PMP|%s|%s|CADD-Solis 2110|SN " % (lt.strftime("%Y-%m-%dT%H:%M:%S"), p.site),
                  P("%08d" % rng.randint(21000000, 23999999), "device"), "|ASSIGNED_HOME|", P(p.mrn, "mrn"),
                  "|RTN_DUE ", P((p.appt_dt + timedelta(days=rng.choice([2, 5, 7]))).strftime("%Y-%m-%d"), "date"))]
    if r < 0.75:
        return [L("inventory", "DSP|%s|%s|" % (lt.strftime("%Y-%m-%dT%H:%M:%S"), p.site), P(p.enc, "other_id"), "|ACCT ", P(p.acct, "account"),
                  "|NDC %s|LOT %s|QTY %d|WASTE %.1f mL|SPLIT=%s|ACCUM=%s" % (p.drug[1], lot, rng.randint(1, 8), rng.uniform(0, 4),
                                                                          rng.choice(["340B", "WAC", "GPO"]), "ACC-" + digits(6)))]
    claim = "CLM%010d" % rng.randint(1, 9999999999)
    return [L("inventory", "340B|%s|" % lt.strftime("%Y-%m-%d"), P(claim, "account"), "|", P(p.mrn, "mrn"), "|%s|%s|%d|%s|%s|%s|%s" % (
        p.drug[1], rng.choice(["J1569", "J1745", "J2350", "J1459"]), rng.randint(10, 700),
        rng.choice(["MEDICAID_CARVEOUT", "COMMERCIAL", "MEDICARE_B"]), rng.choice(["340B", "NON340B"]),
        "ELIG" if rng.random() < 0.8 else "INELIG_ORPHAN", "%.2f" % rng.uniform(100, 30000)), "|DOS ",
        P(p.appt_dt.strftime("%Y-%m-%d"), "date"))]


def sys_copay():
    t = tick(1, 30)
    p = pick()
    prog = rng.choice([("Ocrevus Co-pay Program", "610020", "PDMI"), ("Janssen CarePath", "610020", "PDMI"),
                       ("Inflectra Savings (PfizerRx)", "004682", "CN"), ("Octapharma Patient Support", "610524", "LOYALTY")])
    enr = "ENR" + digits(9)
    out = []
    if rng.random() < 0.5:
        out.append(J("copay", {"time": iso_z(t), "level": "INFO", "logger": "CopayHub::Client", "event": "enroll_request",
                               "program": prog[0], "patient": {"name": P(full(p, True), "name"), "dob": P(p.dob.strftime("%Y-%m-%d"), "date"),
                                                               "email": P(p.email, "email"), "phone": P(ph_dash(p.phone10), "phone"),
                                                               "addr": S(P("%s, %s" % (street_full(p), p.city), "address"), ", ", p.state, " ", P(p.zip, "zip"))},
                               "insurance_type": "commercial", "hub_site": "https://hub.example-copay.com/api/v3"}, sep=(", ", ": ")))
    card = mk_pan("6", 11)
    out.append(J("copay", {"time": iso_z(t + timedelta(seconds=2)), "level": "INFO", "logger": "CopayHub::Client", "event": "enroll_response",
                           "status": rng.choice(["APPROVED", "APPROVED", "PENDING_INCOME_DOCS"]), "enrollment_id": P(enr, "other_id"),
                           "card": {"bin": prog[1], "pcn": prog[2], "group": "EC" + digits(5), "member_id": P(card, "account")},
                           "max_benefit_usd": rng.choice([15000, 20000, 25000]), "elapsed_ms": rng.randint(200, 4000)}, sep=(", ", ": ")))
    if rng.random() < 0.25:
        out.append(J("copay", {"time": iso_z(t + timedelta(seconds=3)), "level": "INFO", "logger": "Payments", "event": "copay_charge",
                               "amount": "%.2f" % rng.uniform(5, 100), "card_brand": "visa", "last4": digits(4), "processor": "stripe",
                               "charge_id": "ch_" + alnum(24, string.ascii_letters + string.digits)}, sep=(", ", ": ")))
    return out


SITE_NAMES = {k: v[0] for k, v in SITES.items()}


def sys_twilio():
    t = tick(1, 30)
    p = pick()
    frm = "+1" + SITES[p.site][2]
    out = []
    r = rng.random()
    a = p.appt_dt
    if r < 0.45:
        when = a.strftime("%a %-m/%-d at %-I:%M %p")
        if p.lang == "es":
            dias = {"Mon": "lun", "Tue": "mar", "Wed": "mié", "Thu": "jue", "Fri": "vie", "Sat": "sáb", "Sun": "dom"}
            when = "%s %d/%d a las %s" % (dias[a.strftime("%a")], a.day, a.month, a.strftime("%H:%M"))
            body = S("Hola ", P(p.first, "name"), ", le recordamos su infusión en Confluence ", SITE_NAMES[p.site], " el ", P(when, "date"),
                     ". Responda C para confirmar o R para cambiar la cita.")
        else:
            body = S("Hi ", P(p.first, "name"), ", this is Confluence Infusion - ", SITE_NAMES[p.site], ". Reminder: your infusion is ",
                     P(when, "date"), ". Reply C to confirm, R to reschedule. Msg&data rates may apply.")
        out.append(J("twilio", {"AccountSid": "AC" + hexs(32), "MessageSid": "SM" + hexs(32), "From": frm, "To": P(ph_e164(p.phone10), "phone"),
                                "Body": body, "Status": rng.choice(["queued", "sent", "delivered"]), "NumSegments": "2"}, ascii_=rng.random() < 0.3))
    elif r < 0.65:
        body = rng.choice([S("C"), S("c"), S("Confirmed, thanks"),
                           S("cant make it, my ", p.ec_rel, " ", P(p.ec_name.split()[0], "name"), " will call you from ",
                             P(ph_dash(p.ec_phone10), "phone")),
                           S("STOP")])
        out.append(J("twilio", {"SmsSid": "SM" + hexs(32), "From": P(ph_e164(p.phone10), "phone"), "To": frm, "Body": body,
                                "FromCity": P(p.city.upper(), "address"), "FromState": p.state, "FromZip": P(p.zip, "zip"), "NumMedia": "0"}))
    elif r < 0.86:
        out.append(J("twilio", {"CallSid": "CA" + hexs(32), "From": P(ph_e164(p.phone10), "phone"), "To": frm, "flow": "ivr_reminder_v3",
                                "step": rng.choice(["dob_verify", "menu", "confirm"]), "Digits": "****", "result": rng.choice(["match", "no_match", "confirmed"]),
                                "CallDuration": str(rng.randint(20, 180))}))
    else:
        out.append(J("twilio", {"CallSid": "CA" + hexs(32), "From": P(ph_e164(p.phone10), "phone"), "event": "voiceprint_enroll",
                                "voiceprint_id": P("vp_" + hexs(24), "biometric"), "quality": round(rng.uniform(0.6, 0.99), 2)}))
    return out


def sys_ios():
    t = tick(0, 20)
    lt = loc(t)
    rn = rng.randrange(len(STAFF_RN))
    pre = "%s.%06d-0700 InfuseChart[%d:%d] " % (lt.strftime("%Y-%m-%d %H:%M:%S"), lt.microsecond, rng.randint(300, 900), rng.randint(80000, 99999))
    p = pick()
    r = rng.random()
    if r < 0.3:
        return [L("ios_sync", pre, "[Sync] pushed %d records (vitals=%d, notes=%d) in %.2fs, queue=%d, build=4.12.1 (%d)" % (
            rng.randint(1, 20), rng.randint(0, 12), rng.randint(0, 4), rng.uniform(0.1, 3), rng.randint(0, 8), rng.randint(880, 899)))]
    if r < 0.45:
        return [L("ios_sync", pre, "[Net] URLSession task <%s>.<%d> finished status=%d bytes=%d host=api.confluenceinfusion.com" % (
            uuid4().upper(), rng.randint(1, 40), rng.choice([200, 200, 201, 409, 503]), rng.randint(200, 90000)))]
    if r < 0.6:
        return [L("ios_sync", pre, "[Doc] vitals saved enc=", P(p.enc, "other_id"), " pt=", P(p.mrn, "mrn"),
                  " BP=%d/%d HR=%d T=%.1f by %s" % (rng.randint(95, 160), rng.randint(55, 95), rng.randint(55, 110), rng.uniform(36.1, 38.4), STAFF_USER[rn]))]
    if r < 0.7:
        return [L("ios_sync", pre, "[Doc] reaction flagged for ", P(full(p).upper(), "name"), " grade=%d action=%s nurse=%s RN" % (
            rng.randint(1, 3), rng.choice(["rate_halved", "paused_premed", "stopped"]), STAFF_RN[rn]))]
    if r < 0.8:
        return [L("ios_sync", pre, "[PhotoID] patient photo captured pt=", P(p.mrn, "mrn"), " jpeg=",
                  P("/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAA" + "".join(rng.choice(string.ascii_letters + string.digits + "+/") for _ in range(56)), "photo"),
                  "... (%d bytes)" % rng.randint(30000, 90000))]
    if r < 0.9:
        return [L("ios_sync", pre, "[Home] dispensed Freedom60 pump SN ", P("F60-%02d-%06d" % (rng.randint(20, 24), rng.randint(100000, 999999)), "device"),
                  " to pt=", P(p.mrn, "mrn"), " (SCIG teach complete)")]
    return [L("ios_sync", pre, "[CoreData] merge conflict resolved policy=NSMergeByPropertyObjectTrumpMergePolicy entity=InfusionNote count=%d" % rng.randint(1, 5))]


def sys_medwatch():
    t = tick(2, 40)
    p = pick()
    rid = "US-CIN-2024-%06d" % rng.randint(100, 999)
    ini = "%s.%s." % (p.first[0], p.last[0])
    out = [L("medwatch", '<?xml version="1.0" encoding="UTF-8"?>'),
           L("medwatch", '<ichicsr lang="en"><ichicsrmessageheader><messagenumb>CIN-%s</messagenumb><messagesenderidentifier>CONFLUENCE_INFUSION</messagesenderidentifier><messagedate>%s</messagedate></ichicsrmessageheader>' % (
               digits(8), t.strftime("%Y%m%d%H%M%S"))),
           L("medwatch", "<safetyreport>"),
           L("medwatch", "  <safetyreportid>", P(rid, "other_id"), "</safetyreportid>"),
           L("medwatch", "  <serious>%d</serious><seriousnesshospitalization>%d</seriousnesshospitalization>" % (rng.randint(1, 2), rng.randint(1, 2))),
           L("medwatch", "  <patient>"),
           L("medwatch", "    <patientinitial>", P(ini, "name"), "</patientinitial>")]
    if rng.random() < 0.6:
        out.append(L("medwatch", "    <patientbirthdate>", P(p.dob.strftime("%Y%m%d"), "date"), "</patientbirthdate>"))
    if p.age > 89:
        out.append(L("medwatch", "    <patientonsetage>", P(str(p.age), "age"), "</patientonsetage><patientonsetageunit>801</patientonsetageunit>"))
    else:
        out.append(L("medwatch", "    <patientonsetage>%d</patientonsetage><patientonsetageunit>801</patientonsetageunit>" % p.age))
    out.append(L("medwatch", "    <patientweight>%.1f</patientweight><patientsex>%d</patientsex>" % (p.weight, 2 if p.sex == "F" else 1)))
    out.append(L("medwatch", "    <reaction><reactionmeddrapt>%s</reactionmeddrapt><reactionstartdate>" % rng.choice(
        ["Infusion related reaction", "Aseptic meningitis", "Anaphylactic reaction", "Hypertension", "Headache", "Haemolysis"]),
        P(p.appt_dt.strftime("%Y%m%d"), "date"), "</reactionstartdate></reaction>"))
    out.append(L("medwatch", "    <drug><medicinalproduct>%s</medicinalproduct><drugbatchnumb>%s</drugbatchnumb><drugdosagetext>%s</drugdosagetext></drug>" % (
        p.drug[0].upper(), alnum(2, string.ascii_uppercase) + digits(6), rng.choice(["2 g/kg over 2 days", "5 mg/kg IV", "600 mg IV q6mo", "0.4 g/kg"]))))
    if rng.random() < 0.5:
        narr = ["    <narrativeincludeclinical>", "%s patient, " % ("Female" if p.sex == "F" else "Male")]
        if p.age > 89:
            narr += [P(str(p.age), "age"), " y/o"]
        else:
            narr += ["%d y/o" % p.age]
        narr += [", developed rigors and SpO2 89%% at %d mL/h during dose %d; infusion stopped, diphenhydramine 50 mg IV given by %s RN. Pt's %s " % (
            rng.choice([90, 120, 150]), rng.randint(1, 12), rng.choice(STAFF_RN), p.ec_rel), P(p.ec_name, "name"),
            " drove pt home.</narrativeincludeclinical>"]
        out.append(L("medwatch", *narr))
    out.append(L("medwatch", "  </patient>"))
    out.append(L("medwatch", "  <primarysource><reportergivename>%s</reportergivename><reporterorganization>Confluence Infusion Network</reporterorganization><qualification>3</qualification></primarysource>" % rng.choice(STAFF_RN)))
    out.append(L("medwatch", "</safetyreport></ichicsr>"))
    return out


def sys_snowflake():
    t = tick(1, 40)
    qid = "01b2%s-0000-%s-0000-%s" % (hexs(4), hexs(4), hexs(12))
    user = rng.choice(["SVC_DBT", "SVC_LOOKER", "KFOSTER", "SPATEL", "SVC_SIDEKIQ_SYNC"])
    p = pick()
    r = rng.random()
    if r < 0.5:
        q = [rng.choice([
            "select site_id, date_trunc('week', infusion_start) wk, count(*) from ANALYTICS.MART.FCT_INFUSIONS group by 1,2",
            "merge into RAW.INVENTORY.LOTS tgt using @RAW.INVENTORY.STG_LOTS src on tgt.lot_no = src.lot_no when matched then update set qty = src.qty",
            "select payer_name, avg(days_to_auth) from ANALYTICS.MART.FCT_PRIOR_AUTH where submitted_at >= dateadd(day,-90,current_date) group by 1",
            "copy into RAW.PUMPS.EVENTS from @RAW.PUMPS.S3_ALARIS file_format=(type=csv skip_header=1)",
            "select chair_id, sum(chair_minutes_used)/sum(chair_minutes_avail) util from ANALYTICS.MART.FCT_CHAIR_UTIL group by 1"])]
    elif r < 0.7:
        q = ["select * from RAW.CORE.PATIENTS where mrn = '", P(p.mrn, "mrn"), "'"]
    elif r < 0.85:
        q = ["select mrn, first_name, last_name from RAW.CORE.PATIENTS where last_name ilike '", P(p.last.lower(), "name"),
             "%' and dob = '", P(p.dob.strftime("%Y-%m-%d"), "date"), "'"]
    else:
        q = ["update RAW.BILLING.SPLIT_340B set eligibility='INELIG_ORPHAN' where claim_id = '", P("CLM%010d" % rng.randint(1, 9999999999), "account"), "'"]
    lt = loc(t)
    ln = L("snowflake", qid + ',"', *q)
    ln.t('",%s,%s,%s,SUCCESS,%s.%03d -0700,%d,%d,%d' % (
        user, rng.choice(["TRANSFORMER", "ANALYST_PHI", "LOADER"]), rng.choice(["WH_XS", "WH_S", "WH_LOAD"]),
        lt.strftime("%Y-%m-%d %H:%M:%S"), lt.microsecond // 1000, rng.randint(80, 90000), rng.randint(0, 10 ** 9), rng.randint(0, 50000)))
    return [ln]


def sys_syslog():
    t = tick(0, 30)
    lt = loc(t)
    h = rng.choice(HOSTS)
    stamp = lt.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if lt.day < 10 else lt.strftime("%b %d %H:%M:%S")
    m = rng.choice([
        "sshd[%d]: Accepted publickey for deploy from 10.20.1.%d port %d ssh2: ED25519 SHA256:%s" % (rng.randint(1000, 40000), rng.randint(2, 30), rng.randint(30000, 65000), alnum(43, string.ascii_letters + string.digits + "+/")),
        "CRON[%d]: (root) CMD (/usr/local/bin/logrotate-phi-safe /etc/logrotate.d/infusion)" % rng.randint(1000, 40000),
        "systemd[1]: Started sidekiq@%d.service - Sidekiq worker %d." % ((rng.randint(0, 3),) * 2),
        "postfix/smtp[%d]: %s: to=<pharmacy-ops@confluenceinfusion.com>, relay=smtp.office365.com[52.96.%d.%d]:587, delay=1.2, status=sent (250 2.0.0 OK)" % (rng.randint(1000, 40000), hexs(10).upper(), rng.randint(0, 255), rng.randint(1, 254)),
        "kernel: [%d.%06d] TCP: request_sock_TCP: Possible SYN flooding on port 443. Sending cookies." % (rng.randint(10000, 999999), rng.randint(0, 999999)),
        "faxingest[%d]: healthcheck ok goroutines=%d heap_mb=%d" % (rng.randint(1000, 40000), rng.randint(20, 300), rng.randint(30, 400)),
        "sshd[%d]: Invalid user admin from 185.220.%d.%d port %d" % (rng.randint(1000, 40000), rng.randint(0, 255), rng.randint(1, 254), rng.randint(30000, 65000)),
    ])
    return [L("syslog", "%s %s %s" % (stamp, h, m))]


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.80"]


def sys_nginx():
    t = tick(0, 8)
    lt = loc(t)
    stamp = lt.strftime("%d/%b/%Y:%H:%M:%S -0700")
    r = rng.random()
    tail = ' rt=%.3f uct=0.000 urt=%.3f' % ((lambda x: (x, x - 0.001))(rng.uniform(0.002, 1.5)))
    if r < 0.3:
        p = pick()
        path = rng.choice(["/p/appointments/%d/confirm?t=%s" % (rng.randint(880000, 889999), hexs(24)), "/p/copay/status",
                           "/p/assets/application-%s.css" % hexs(16), "/p/documents/upload"])
        return [L("nginx", P(p.ip, "ip"), ' - - [%s] "GET %s HTTP/2.0" %d %d "https://portal.confluenceinfusion.com/p/home" "%s"' % (
            stamp, path, rng.choice([200, 200, 304, 302]), rng.randint(300, 80000), rng.choice(UAS)), tail)]
    if r < 0.5:
        return [L("nginx", '10.20.0.%d - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "ELB-HealthChecker/2.0"' % (rng.randint(2, 9), stamp), tail)]
    if r < 0.65:
        return [L("nginx", '34.%d.%d.%d - - [%s] "POST /webhooks/parachute HTTP/1.1" 202 17 "-" "Parachute-Webhooks/1.4"' % (
            rng.randint(192, 223), rng.randint(0, 255), rng.randint(1, 254), stamp), tail)]
    if r < 0.75:
        return [L("nginx", '54.%d.%d.%d - - [%s] "POST /twilio/sms/status HTTP/1.1" 204 0 "-" "TwilioProxy/1.1"' % (
            rng.randint(160, 175), rng.randint(0, 255), rng.randint(1, 254), stamp), tail)]
    if r < 0.85:
        p = pick()
        return [L("nginx", '10.20.4.%d - svc_intake [%s] "GET /api/v2/patients?mrn=' % (rng.randint(10, 40), stamp), P(p.mrn, "mrn"),
                  ' HTTP/1.1" 200 %d "-" "Faraday v2.9.0"' % rng.randint(400, 4000), tail)]
    et = lt.strftime("%Y/%m/%d %H:%M:%S")
    return [L("nginx", "%s [error] %d#%d: *%d upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.20.4.%d, server: intake.confluenceinfusion.com, request: \"POST /api/v2/referrals HTTP/1.1\", upstream: \"http://127.0.0.1:3000/api/v2/referrals\"" % (
        et, rng.randint(1000, 3000), rng.randint(0, 8), rng.randint(100000, 999999), rng.randint(10, 40)))]


def sys_fax_url():
    """Go fax worker storing the PDF under a key built from name+DOB (url)."""
    t = tick(0, 10)
    p = pick()
    key = "https://cin-referrals-prod.s3.us-west-2.amazonaws.com/inbound/2024/03/%s_%s_%s.pdf" % (
        p.last.upper().replace(" ", "").replace("'", ""), p.first.upper().replace(" ", ""), p.dob.strftime("%Y%m%d"))
    return [LF("go_worker", [("time", iso_z(t)), ("level", "INFO"), ("msg", "stored"), ("svc", "fax-ingest"),
                             ("object", P(key, "url")), ("kms", "alias/cin-phi"), ("etag", hexs(32))])]


SYSTEMS = [(sys_rails, 9), (sys_sidekiq, 10), (sys_go, 9), (sys_ocr, 6), (sys_eref, 6), (sys_pa, 6), (sys_bot, 4),
           (sys_x12, 1), (sys_chairopt, 2), (sys_alaris, 9), (sys_bbraun, 2), (sys_hl7, 3), (sys_inventory, 8),
           (sys_copay, 5), (sys_twilio, 13), (sys_ios, 10), (sys_medwatch, 1), (sys_snowflake, 7), (sys_syslog, 7),
           (sys_nginx, 10), (sys_fax_url, 1)]
CAP = {"payer_bot": 28, "x12": 36, "chairopt": 34, "medwatch": 18, "go_worker": 36, "hl7": 34, "syslog": 22, "nginx": 36}
SINGLE = [sys_syslog, sys_nginx, sys_alaris, sys_snowflake, sys_inventory, sys_ocr]


def main():
    lines = []
    funcs = [f for f, _ in SYSTEMS]
    weights = [w for _, w in SYSTEMS]
    while len(lines) < N_LINES:
        rem = N_LINES - len(lines)
        block = rng.choices(funcs, weights)[0]()
        if len(block) > rem:
            continue
        fam = block[0].family
        if sum(1 for x in lines if x.family == fam) + len(block) > CAP.get(fam, 45):
            continue
        lines.extend(block)
    out_log = []
    out_lab = []
    for i, ln in enumerate(lines, 1):
        txt = ln.text()
        if "\n" in txt or "\r" in txt or not txt:
            raise SystemExit("bad line %d" % i)
        b = txt.encode("utf-8")
        prev = 0
        spans = []
        for s, e, cat, val in sorted(ln.spans):
            if not (0 <= s < e <= len(b)):
                raise SystemExit("span out of range line %d: %r" % (i, val))
            if s < prev:
                raise SystemExit("overlap line %d: %r" % (i, val))
            if b[s:e].decode("utf-8") != val:
                raise SystemExit("span mismatch line %d: %r vs %r" % (i, b[s:e], val))
            prev = e
            spans.append({"s": s, "e": e, "cat": cat})
        out_log.append(txt)
        out_lab.append(json.dumps({"line": i, "family": ln.family, "spans": spans}))
    assert len(out_log) == N_LINES
    with open("ot.log", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_log) + "\n")
    with open("ot.labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_lab) + "\n")


if __name__ == "__main__":
    main()
