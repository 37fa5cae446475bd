#!/usr/bin/env python3
"""gen_rt.py - synthetic labeled log corpus "rt".

Organisation: a state parole board's Office of Reentry Health Coordination
(RHCO, "MO Board of Probation & Parole - Reentry Health"), one day of logs
as shipped to the office's SIEM archive.  Everything is synthetic.
People served ("patients") are the people on parole (parolees / releasees).

Systems simulated (family names in the labels file):
  hl7v2            DOC prison-EHR interface engine: ADT^A03 release and
                   RDE^O11 medication-continuity messages, one segment a line
  fhir             community-clinic HIE FHIR R4 resources (Patient, Coverage,
                   Appointment, MedicationRequest, OperationOutcome)
  x12              MO HealthNet 270/271 eligibility, one segment a line
  medicaid_json    pre-release Medicaid application service (logback JSON)
  nginx            staff portal and parolee check-in app access logs
  syslog           RFC3164 syslog of RHCO servers (sshd, CRON, postfix...)
  po_fieldnote     parole officers' field/contact notes exported from OMS
  cr_review_xml    compassionate-release medical review records (XML)
  housing_csv      housing placement export (CSV with header)
  appt_kv          clinic appointment sync service (key=value)
  sms_json         SMS gateway webhooks (reminders / replies)
  java_trace       Java stack traces of the exchange service
  pg_log           PostgreSQL server log with statements
  exchange_logfmt  state corrections data exchange broker (Go, logfmt)
  cef              firewall / IDS events in CEF
  gps_emfeed       electronic-monitoring vendor feed (semicolon vendor format)
  teams_chat       coordinators' chat export
  doc_roster_fw    DOC nightly release roster, fixed width
  paygate_kv       supervision-fee payment gateway debug log
  kiosk_json       check-in kiosk (voice / face verification) events

Labeling decisions (grey cases of this theme):
  * The person served is the parolee.  Their relatives, household members,
    emergency contacts and housing sponsors (family hosting them) are
    labeled too.  Parole officers, nurses, coordinators, physicians,
    clinics, prisons, housing providers, vendors and the board itself are
    never labeled (names, NPIs, addresses, phones, emails).
  * DOC numbers, state IDs (SID), parole case numbers (PB-..), Medicaid
    application numbers, housing referral IDs, compassionate-release case
    IDs, FHIR Patient logical ids and EM offender ids -> other_id.
    Prison health record numbers (CHR..) and clinic MRNs -> mrn.
    MO HealthNet DCN, MBI, plan subscriber ids -> health_plan.
    HL7 PID-18 patient account and payment card numbers -> account.
    State ID / driver's licence numbers -> license.
  * Order numbers, Rx / placer order numbers, schedule slot ids, message
    control ids, ticket numbers, trace ids: not PHI (transactions, not
    persons).
  * Dates tied to the parolee (birth, release, max-out, admission,
    discharge, appointment, Medicaid effective, diagnosis, hearing, review,
    move-in, death) -> date, incl. short forms like "3/19" in free text.
    Timestamps of the log record itself, HL7 MSH-7/EVN-2, X12 ISA/GS/BHT
    dates are not labeled.
  * Residential address of the parolee, incl. an approved placement at a
    halfway house / respite bed, is address (street run as one span, city
    its own span when separate, county of residence is address); ZIP is
    always its own zip span.  GPS lat and lon of the monitored parolee are
    two address spans (geocodes).  Addresses of facilities/clinics in their
    own records and employer names are not labeled.
  * Request paths in access logs: only the identifier inside the path is
    labeled (other_id).  A full URL (scheme+host) pointing to one person's
    record or telehealth room is one url span.
  * The client IP of a parolee's check-in app / telehealth session -> ip;
    server and staff (10.x) IPs are not.
  * HL7 XPN names ("Last^First^M") are one span; X12 NM1 last and first
    name elements, and JSON firstName/lastName fields, are separate spans.
  * Ages are labeled only when over 89.  Diagnoses, drugs and facility
    names are not identifiers and are not labeled.
  * Voice/face templates and fingerprint minutiae (base64) -> biometric;
    base64 JPEG booking photo -> photo.  GPS ankle-monitor serials, phone
    IMEIs, insulin pump serials -> device.  Plates and VINs -> vehicle.
  * Invalid junk values in a person's field (bad Luhn card, impossible DOB)
    are still labeled with the field's category.
"""
import base64
import datetime as dt
import hashlib
import json
import random
import sys

R = random.Random(20240312)
OUT_LOG = "rt.log"
OUT_LAB = "rt.labels.jsonl"
N_LINES = 500
CDT = dt.timezone(dt.timedelta(hours=-5))


# ----------------------------------------------------------------- helpers
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


def luhn_ok(s):
    return luhn_digit(s[:-1]) == s[-1]


def npi():
    base = str(R.choice([1, 2])) + "".join(R.choice("0123456789") for _ in range(8))
    return base + luhn_digit("80840" + base)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def card(valid=True):
    pre = R.choice(["4", "51", "53", "6011", "37"])
    ln = 15 if pre == "37" else 16
    body = pre + "".join(R.choice("0123456789") for _ in range(ln - len(pre) - 1))
    d = luhn_digit(body)
    if not valid:
        d = str((int(d) + R.randint(1, 9)) % 10)
    return body + d


VIN_T = {**{str(i): i for i in range(10)},
         **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
         "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(R.choice(["1G1", "1FA", "2T1", "3N1", "1HG", "5NP", "1C4"]) +
             "".join(R.choice(al) for _ in range(5)) + "0" +
             R.choice("ABCDEFGH9876") + R.choice(al) +
             "".join(R.choice("0123456789") for _ in range(6)))
    s = sum(VIN_T[c] * w for c, w in zip(v, VIN_W)) % 11
    v[8] = "X" if s == 10 else str(s)
    return "".join(v)


def imei():
    b = R.choice(["35", "86", "01", "35"]) + "".join(R.choice("0123456789") for _ in range(12))
    return b + luhn_digit(b)


def mbi():
    A = "ACDEFGHJKMNPQRTUVWXY"
    N = "0123456789"
    pick = R.choice
    return (pick("123456789") + pick(A) + pick(A + N) + pick(N) + pick(A) +
            pick(A + N) + pick(N) + pick(A) + pick(A) + pick(N) + pick(N))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def b64(n, prefix=""):
    raw = bytes(R.getrandbits(8) for _ in range(n))
    return prefix + base64.b64encode(raw).decode()


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


# ------------------------------------------------- json with labeled values
class P:
    """A PHI value placed in a structure."""
    def __init__(self, cat, v, pre=""):
        self.cat, self.v, self.pre = cat, v, pre


def js(o, ea=True, sep=(",", ":")):
    """Serialize o to a list of parts; P values become labeled parts."""
    if isinstance(o, P):
        if isinstance(o.v, str):
            esc = json.dumps(o.v, ensure_ascii=ea)[1:-1]
            return ['"' + json.dumps(o.pre, ensure_ascii=ea)[1:-1], (o.cat, esc, o.v), '"']
        return [(o.cat, json.dumps(o.v), o.v)]
    if isinstance(o, dict):
        parts = ["{"]
        for i, (k, v) in enumerate(o.items()):
            if i:
                parts.append(sep[0])
            parts.append(json.dumps(k, ensure_ascii=ea) + sep[1])
            parts += js(v, ea, sep)
        parts.append("}")
        return parts
    if isinstance(o, list):
        parts = ["["]
        for i, v in enumerate(o):
            if i:
                parts.append(sep[0])
            parts += js(v, ea, sep)
        parts.append("]")
        return parts
    return [json.dumps(o, ensure_ascii=ea)]


# ------------------------------------------------------------ vocabularies
FIRST_M = ["Darnell", "Tuan", "Bogdan", "Jesús", "Rashid", "Wesley", "Dmitri", "Tyrone",
           "Cody", "Abdirahman", "Rusty", "Chayton", "Hung", "Earl", "Khalid", "Jamal",
           "Dale", "Royce", "Tomás", "Rich", "Lonnie", "Marquis", "Santiago", "Bao",
           "Ezekiel", "Dewayne", "Oluwaseun", "Travis", "Cletus", "Ignacio"]
FIRST_F = ["Marisol", "Aaliyah", "Keisha", "Siobhan", "Hope", "Ngozi", "Lupe", "Mei-Ling",
           "Precious", "Guadalupe", "Faith", "Yolanda", "Amara", "Destiny", "Brandy",
           "Zofia", "Consuelo", "Ifeoma", "Summer", "Birdie", "Latoya", "Charity", "Dorothea"]
LAST = ["Okafor", "Washington", "Nguyen", "Baker-Simmons", "García Morales", "O'Donnell",
        "Kowalczyk", "Mahmoud", "Rivers", "Stone", "Whitehorse", "Castillo", "Fairweather",
        "Hunt", "Bell", "Diallo", "Petrov", "Banks", "Sandoval-Reyes", "Jefferson", "Hoang",
        "Underwood", "Mack", "Friend", "Sweet", "Little", "Long", "Yazzie", "Abernathy",
        "St. Clair", "De la Cruz", "Pham", "Cross", "Moody", "Wolfe", "Fields", "Rich",
        "Van Der Berg", "Mbeki-Jones", "Plunkett", "Summers", "Duffy", "Ortiz-Villalobos"]
MIDDLE_M = ["L", "Ray", "J", "A", "Lee", "T", "", "", "", "D", "Eugene", "José"]
MIDDLE_F = ["L", "Marie", "J", "A", "Lee", "T", "Ann", "", "", "", "Rose"]
CITIES = [("Springfield", "Greene", ["65802", "65803", "65806", "65807"], "417"),
          ("Kansas City", "Jackson", ["64108", "64109", "64127", "64130"], "816"),
          ("St. Louis", "St. Louis City", ["63106", "63107", "63113", "63118"], "314"),
          ("Columbia", "Boone", ["65201", "65202", "65203"], "573"),
          ("Joplin", "Jasper", ["64801", "64804"], "417"),
          ("Jefferson City", "Cole", ["65101", "65109"], "573"),
          ("Cape Girardeau", "Cape Girardeau", ["63701", "63703"], "573"),
          ("Sedalia", "Pettis", ["65301"], "660"),
          ("Hannibal", "Marion", ["63401"], "573"),
          ("Poplar Bluff", "Butler", ["63901"], "573"),
          ("Independence", "Jackson", ["64050", "64052"], "816"),
          ("Florissant", "St. Louis", ["63031", "63033"], "314")]
STREETS = ["E Pythian St", "N Benton Ave", "Troost Ave", "Prospect Ave", "Natural Bridge Ave",
           "Cherokee St", "W Broadway", "Rangeline Rd", "W Sunshine St", "Gravois Ave",
           "Paseo Blvd", "Locust St", "Old Hwy 63 S", "S Kingshighway Blvd", "Bluebird Ln",
           "Martin Luther King Dr", "Chouteau Ave", "E 39th St", "County Rd 412", "Walnut Grove Rd"]
UNITS = ["", "", "", " Apt 4", " Apt 2B", " Unit 11", " Lot 37", " #3", " Rm 12"]
FACILITIES = [("TRCC", "Tipton Ridge Correctional Center"), ("BFCC", "Bonne Femme Correctional Center"),
              ("WMRC", "Western Missouri Reception Center"), ("CHWC", "Chillicothe Hills Women's CC"),
              ("SEBF", "Southeast Bluffs Correctional Facility"), ("MCMU", "Moberly Creek Medical Unit")]
CLINICS = [("Ozark Commons Health Center", "1120 N Glenstone Ave, Springfield, MO 65803", "417-862-4400"),
           ("Paseo Family Health", "3801 Paseo Blvd, Kansas City, MO 64109", "816-923-5800"),
           ("Gateway Riverfront Clinic", "1500 N Broadway, St. Louis, MO 63102", "314-241-7710"),
           ("Boone Bluffs Behavioral Health", "2100 E Broadway Ste 300, Columbia, MO 65201", "573-449-2200"),
           ("Heartland Recovery Services", "611 E Walnut St, Springfield, MO 65806", "417-831-0900"),
           ("Show-Me Dialysis of Columbia", "1705 E Broadway, Columbia, MO 65201", "573-817-6100"),
           ("St. Dismas Medical Respite", "2715 Chouteau Ave, St. Louis, MO 63103", "314-771-1080")]
HOUSING = ["Harbor Light Reentry Residence", "Sister Mary Frances House", "Oak & Ash Recovery Homes",
           "Lazarus Medical Respite", "Dismas Bridge House", "New Roots Supportive Housing",
           "Grace Kessler Manor (SNF)"]
POS = [("BRANDT K", "4471", "D07"), ("OYELARAN M", "3902", "D15"), ("WHITFIELD D", "5120", "D26"),
       ("ECHEVERRIA L", "4018", "D07"), ("ROE T", "6233", "D30"), ("STOKES-PARRISH A", "2987", "D11")]
STAFF = ["Alicia Monroe", "Jerome Kasprzak", "Priya Venkataraman", "Hollis Grant", "Renee Okoro", "Gus Lindahl"]
DOCS = [("Haddad", "Samir", "MD"), ("Ruiz", "Helen", "DO"), ("Nwosu", "Adaeze", "MD"),
        ("Lindqvist", "Peter", "MD"), ("Bright", "Marcus", "NP"), ("Charbonneau", "Elise", "MD")]
DOC_NPI = {d[0]: npi() for d in DOCS}
ORG_NPI = npi()
DRUGS = [("buprenorphine 8 mg / naloxone 2 mg SL film", "1010608", "1 film SL BID"),
         ("aripiprazole ER 400 mg IM (Abilify Maintena)", "1372676", "400 mg IM q4wk"),
         ("insulin glargine 100 unit/mL pen", "285018", "28 units SC qHS"),
         ("bictegravir/emtricitabine/TAF 50/200/25 mg (Biktarvy)", "1999563", "1 tab PO daily"),
         ("sofosbuvir/velpatasvir 400/100 mg (Epclusa)", "1801324", "1 tab PO daily x 84d"),
         ("naltrexone ER 380 mg inj (Vivitrol)", "1483744", "380 mg IM q4wk"),
         ("apixaban 5 mg tab", "1364441", "1 tab PO BID"),
         ("lithium carbonate 300 mg cap", "197890", "600 mg PO BID"),
         ("methadone 10 mg/mL oral conc", "864706", "85 mg PO daily (OTP)"),
         ("tiotropium 18 mcg inh cap", "485032", "1 cap inh daily"),
         ("levetiracetam 500 mg tab", "311289", "1000 mg PO BID"),
         ("carvedilol 12.5 mg tab", "200032", "1 tab PO BID")]
DX = [("F20.9", "Schizophrenia, unspecified"), ("F11.20", "Opioid dependence, uncomplicated"),
      ("B20", "HIV disease"), ("B18.2", "Chronic viral hepatitis C"),
      ("E11.65", "Type 2 DM with hyperglycemia"), ("N18.6", "End stage renal disease"),
      ("C34.90", "Malignant neoplasm of unsp part of lung"), ("I50.22", "Chronic systolic heart failure"),
      ("J44.1", "COPD with acute exacerbation"), ("G30.9", "Alzheimer's disease, unspecified"),
      ("C61", "Malignant neoplasm of prostate"), ("F31.9", "Bipolar disorder, unspecified")]
RELS = [("MTH", "Mother"), ("SIS", "Sister"), ("BRO", "Brother"), ("SPO", "Spouse"),
        ("DAU", "Daughter"), ("GRM", "Grandmother"), ("AUN", "Aunt"), ("FND", "Friend")]
RELS_OLD = [("DAU", "Daughter"), ("SON", "Son"), ("SIS", "Sister"), ("SPO", "Spouse")]
FEMALE_RELS = ("MTH", "SIS", "DAU", "GRM", "AUN")
CARRIER_IPS = ["174.{}.{}.{}", "172.58.{}.{}", "107.77.{}.{}", "166.205.{}.{}", "99.{}.{}.{}"]


def carrier_ip():
    f = R.choice(CARRIER_IPS)
    n = f.count("{}")
    vals = [R.randint(192, 255) if n == 3 and i == 0 else R.randint(1, 254) for i in range(n)]
    return f.format(*vals)


def phone_for(area):
    return "%s-%d%02d-%04d" % (area, R.randint(2, 9), R.randint(10, 99), R.randint(0, 9999))


def dfmt(d, style):
    return {"iso": d.strftime("%Y-%m-%d"), "hl7": d.strftime("%Y%m%d"),
            "us": d.strftime("%m/%d/%Y"), "short": "%d/%d" % (d.month, d.day),
            "mmdd": d.strftime("%m/%d")}[style]


class Person:
    def __init__(self, old=False):
        self.sex = R.choice("MMMMF")
        self.first = R.choice(FIRST_M if self.sex == "M" else FIRST_F)
        self.middle = R.choice(MIDDLE_M if self.sex == "M" else MIDDLE_F)
        self.last = R.choice(LAST)
        if old:
            self.dob = dt.date(R.randint(1930, 1934), R.randint(1, 12), R.randint(1, 28))
        else:
            self.dob = dt.date(R.randint(1952, 2002), R.randint(1, 12), R.randint(1, 28))
        self.age = 2024 - self.dob.year - (1 if (self.dob.month, self.dob.day) > (3, 12) else 0)
        self.ssn = ssn()
        self.doc = str(R.randint(1000000, 1399999))
        self.sid = "MO" + digits(8)
        self.case = "PB-24-%07d" % R.randint(10000, 99999)
        self.chr = "CHR" + digits(8)
        self.mrn = "E" + digits(7)
        self.dcn = digits(8)
        self.app = "MHN-APP-%s" % digits(9)
        self.mbi = mbi() if old or R.random() < 0.15 else None
        c = R.choice(CITIES)
        self.city, self.county, self.area = c[0], c[1], c[3]
        self.zip = R.choice(c[2])
        self.street = "%d %s%s" % (R.randint(100, 9899), R.choice(STREETS), R.choice(UNITS))
        self.phone = phone_for(self.area)
        tag = self.first.lower().replace("í", "i").replace("á", "a").replace("ú", "u").replace("-", "")
        self.email = R.choice(["%s.%s%d@gmail.com", "%s%s%d@yahoo.com", "%s_%s%d@outlook.com"]) % (
            tag, self.last.lower().replace(" ", "").replace("'", "").replace("-", "").replace("í", "i"),
            self.dob.year % 100)
        self.dl = R.choice("ABCDEFGHJKLMNPRSTWXYZ") + digits(9)
        self.rel_date = dt.date(2024, 3, 12) + dt.timedelta(days=R.randint(-20, 45))
        self.maxout = dt.date(R.randint(2025, 2039), R.randint(1, 12), R.randint(1, 28))
        self.appt = max(self.rel_date, dt.date(2024, 3, 12)) + dt.timedelta(days=R.randint(2, 14))
        self.appt_time = R.choice(["08:30", "09:00", "10:30", "13:15", "14:00", "15:45"])
        self.fac = R.choice(FACILITIES)
        self.rel = R.choice(RELS_OLD if old else RELS)
        rfirst = FIRST_M if self.rel[0] in ("BRO", "SON") else FIRST_F if self.rel[0] in FEMALE_RELS else FIRST_F + FIRST_M
        self.rel_name = (R.choice(rfirst), R.choice([self.last, R.choice(LAST)]))
        self.rel_phone = phone_for(self.area)
        self.gps = "BI-LOC8-%s" % digits(8)
        self.imei = imei()
        self.fhir = "pat-%s" % hexs(12)
        self.acct = "A" + digits(9)
        self.dx = R.choice(DX)
        self.drug = R.choice(DRUGS)
        self.plate = R.choice(["%s%d-%s%d%d", "%s%d%s-%d%d"]) % (
            R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ"),
            R.randint(0, 9), R.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), R.randint(0, 9), R.randint(0, 9))
        self.vin = vin()

    @property
    def full(self):
        return ("%s %s %s" % (self.first, self.middle, self.last)).replace("  ", " ") if self.middle \
            else "%s %s" % (self.first, self.last)

    @property
    def lf(self):
        return "%s, %s" % (self.last, self.first)

    @property
    def reln(self):
        return "%s %s" % self.rel_name


PEOPLE = [Person() for _ in range(46)] + [Person(old=True) for _ in range(6)]
OLD = PEOPLE[-6:]


def person():
    return R.choice(PEOPLE)


# ---------------------------------------------------------- time helpers
T0 = dt.datetime(2024, 3, 12, 10, 0, 0, tzinfo=dt.timezone.utc)


def rand_t():
    return T0 + dt.timedelta(seconds=R.randint(0, 13 * 3600), microseconds=R.randint(0, 999999))


def iso_z(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def iso_local(t):
    l = t.astimezone(CDT)
    return l.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d-05:00" % (l.microsecond // 1000)


def loc(t, fmt):
    return t.astimezone(CDT).strftime(fmt)


def ms(t):
    return "%03d" % (t.microsecond // 1000)


# ------------------------------------------------------ single-line records
def g_medicaid(t):
    p = person()
    k = R.random()
    base = {"@timestamp": iso_local(t), "@version": "1"}
    thr = "http-nio-8443-exec-%d" % R.randint(1, 24)
    if k < 0.3:
        o = dict(base, message="Pre-release MO HealthNet application submitted",
                 logger_name="gov.mo.pb.rhco.medicaid.ApplicationService", thread_name=thr,
                 level="INFO", level_value=20000,
                 appId=P("other_id", p.app), docNo=P("other_id", p.doc),
                 applicant={"lastName": P("name", p.last), "firstName": P("name", p.first),
                            "dob": P("date", dfmt(p.dob, "iso")), "ssn": P("ssn", p.ssn),
                            "email": P("email", p.email) if R.random() < 0.6 else None},
                 releaseDate=P("date", dfmt(p.rel_date, "iso")),
                 countyOfResidence=P("address", p.county), traceId=hexs(32))
    elif k < 0.5:
        o = dict(base, message="Eligibility determination received from FSD",
                 logger_name="gov.mo.pb.rhco.medicaid.DeterminationListener",
                 thread_name="jms-listener-%d" % R.randint(1, 4), level="INFO", level_value=20000,
                 docNo=P("other_id", p.doc), dcn=P("health_plan", p.dcn),
                 program=R.choice(["MO HealthNet for Adults", "MHABD", "Ticket to Work Health Assurance"]),
                 effectiveDate=P("date", dfmt(p.rel_date, "iso")), determination="APPROVED")
    elif k < 0.6:
        o = dict(base, message="State ID voucher issued; DOR license record linked",
                 logger_name="gov.mo.pb.rhco.medicaid.IdDocsService", thread_name=thr,
                 level="INFO", level_value=20000, docNo=P("other_id", p.doc),
                 dorIdNumber=P("license", p.dl), idType="NON_DRIVER_ID")
    elif k < 0.8:
        o = dict(base, message="Retrying FAMIS gateway call", logger_name="gov.mo.pb.rhco.medicaid.FamisClient",
                 thread_name=thr, level="WARN", level_value=30000, attempt=R.randint(2, 4),
                 latencyMs=R.randint(3000, 30000), endpoint="https://famis-gw.dss.mo.gov/api/v1/applications",
                 traceId=hexs(32))
    else:
        o = dict(base, message=R.choice(["HikariPool-1 - Connection is not available, request timed out after 30000ms.",
                                         "Scheduled batch submit finished", "Cache warmup complete (county codes, 115 entries)"]),
                 logger_name=R.choice(["com.zaxxer.hikari.pool.HikariPool", "gov.mo.pb.rhco.medicaid.BatchJob"]),
                 thread_name="scheduling-1", level="INFO", level_value=20000,
                 appVersion="4.12.3-b%d" % R.randint(1000, 1999))
    return "medicaid_json", js(o, ea=False)


UA_WEB = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.80",
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0"]
UA_APP = ["RHCOCheckIn/3.4.1 (Android 13; SM-A146U)", "RHCOCheckIn/3.4.0 (iOS 17.3.1; iPhone12,8)",
          "okhttp/4.12.0"]
STAFF_USERS = ["kbrandt", "amonroe", "jkasprzak", "pvenkataraman", "hgrant", "svc_fhirsync"]


def g_nginx(t):
    ts = loc(t, "%d/%b/%Y:%H:%M:%S -0500")
    k = R.random()
    rt = "%.3f" % R.uniform(0.002, 1.8)
    if k < 0.35:
        p = person()
        ip = "10.20.%d.%d" % (R.randint(1, 9), R.randint(10, 250))
        kind = R.choice(["case", "case", "dcn", "none"])
        if kind == "case":
            parts = ['%s - %s [%s] "GET /rhco/api/v2/cases/' % (ip, R.choice(STAFF_USERS), ts),
                     ("other_id", p.case), '/%s HTTP/1.1" 200 %d "https://rhco.mopb.mo.gov/cases" "%s" rt=%s' % (
                         R.choice(["handoff", "meds", "housing", "timeline"]), R.randint(400, 9000), R.choice(UA_WEB), rt)]
        elif kind == "dcn":
            parts = ['%s - %s [%s] "GET /rhco/api/v2/eligibility?dcn=' % (ip, R.choice(STAFF_USERS), ts),
                     ("health_plan", p.dcn), '&asOf=2024-03-12 HTTP/1.1" 200 %d "-" "%s" rt=%s' % (
                         R.randint(300, 2000), R.choice(UA_WEB), rt)]
        else:
            parts = ['%s - %s [%s] "GET /rhco/api/v2/medicaid/apps?status=PENDING&page=%d HTTP/1.1" 200 %d "-" "%s" rt=%s' % (
                ip, R.choice(STAFF_USERS), ts, R.randint(1, 6), R.randint(2000, 40000), R.choice(UA_WEB), rt)]
    elif k < 0.6:
        p = person()
        ip = carrier_ip()
        if R.random() < 0.5:
            parts = [("ip", ip), ' - - [%s] "POST /checkin/v1/sessions HTTP/2.0" 201 %d "-" "%s" rt=%s' % (
                ts, R.randint(200, 900), R.choice(UA_APP), rt)]
        else:
            parts = [("ip", ip), ' - - [%s] "GET /checkin/v1/schedule?ofdr=' % ts, ("other_id", p.doc),
                     ' HTTP/2.0" 200 %d "-" "%s" rt=%s' % (R.randint(200, 3000), R.choice(UA_APP), rt)]
    else:
        ip = R.choice(["10.20.0.5", "10.20.0.6", "127.0.0.1", "10.20.3.44"])
        path = R.choice(["/healthz", "/static/js/app.4f9c2e1b.js", "/static/css/main.81d02a77.css",
                         "/favicon.ico", "/rhco/api/v2/ping", "/metrics"])
        parts = ['%s - - [%s] "GET %s HTTP/1.1" %d %d "-" "%s" rt=%s' % (
            ip, ts, path, R.choice([200, 200, 200, 304]), R.randint(0, 250000),
            R.choice(["kube-probe/1.28", "Prometheus/2.49.1", UA_WEB[0]]), rt)]
    return "nginx", parts


def g_syslog(t):
    ts = loc(t, "%b %e %H:%M:%S")
    host = R.choice(["rhco-app01", "rhco-app02", "rhco-db01", "rhco-mx01", "rhco-sftp01"])
    k = R.random()
    if k < 0.12:
        p = person()
        qid = hexs(10).upper()
        return "syslog", ["%s rhco-mx01 postfix/smtp[%d]: %s: to=<" % (ts, R.randint(2000, 40000), qid),
                          ("email", p.email),
                          ">, relay=gmail-smtp-in.l.google.com[142.250.%d.%d]:25, delay=%.1f, status=sent (250 2.0.0 OK)" % (
                              R.randint(1, 250), R.randint(1, 250), R.uniform(0.2, 3))]
    msgs = ["sshd[%d]: Accepted publickey for deploy from 10.20.4.15 port %d ssh2: ED25519 SHA256:%s" % (
                R.randint(1000, 60000), R.randint(30000, 65000), b64(32).rstrip("=")),
            "CRON[%d]: (root) CMD (/usr/local/bin/rotate-exports.sh --keep 14)" % R.randint(1000, 60000),
            "systemd[1]: Started Daily apt download activities.",
            "kernel: [%d.%06d] nfs: server nas02.mopb.local OK" % (R.randint(100000, 999999), R.randint(0, 999999)),
            "sftp-server[%d]: session opened for local user modoc_xfer from [164.%d.%d.%d]" % (
                R.randint(1000, 60000), R.randint(1, 254), R.randint(1, 254), R.randint(1, 254)),
            "postfix/smtp[%d]: %s: to=<alicia.monroe@mopb.mo.gov>, relay=mx.mo.gov[164.%d.%d.%d]:25, delay=0.4, status=sent (250 OK)" % (
                R.randint(2000, 40000), hexs(10).upper(), R.randint(1, 254), R.randint(1, 254), R.randint(1, 254)),
            "sudo: jkasprzak : TTY=pts/1 ; PWD=/home/jkasprzak ; USER=root ; COMMAND=/usr/bin/systemctl restart rhco-exchange",
            "chronyd[612]: Selected source 129.6.15.28 (time-a-g.nist.gov)"]
    return "syslog", ["%s %s %s" % (ts, host, R.choice(msgs))]


def g_fieldnote(t):
    p = person()
    po = R.choice(POS)
    clinic = R.choice(CLINICS)[0]
    ty = R.choice(["HV", "OV", "CC", "TX", "PH"])
    head = "OMS-CN|%s|%s #%s|%s|" % (loc(t, "%Y-%m-%d %H:%M:%S"), po[0], po[1], po[2])
    v = R.randint(0, 7)
    rel = p.rel[1].lower()
    if v == 0:
        txt = ["HV to residence ", ("address", p.street), ", ", ("address", p.city),
               ". Spoke w/ ", ("name", p.first), " and %s " % rel, ("name", p.reln),
               ". DOC bridge meds in blister packs, ~%d days left. Reminded of %s appt " % (R.randint(3, 12), clinic),
               ("date", dfmt(p.appt, "short")), "."]
    elif v == 1:
        txt = ["Client called from new cell ", ("phone", p.phone),
               ". Lost MO HealthNet card - DCN ", ("health_plan", p.dcn),
               " verified w/ FSD, replacement mailed. Keep ", ("date", dfmt(p.appt, "mmdd")), " intake @ %s." % clinic]
    elif v == 2:
        txt = ["Collateral w/ %s " % rel, ("name", p.reln), " (", ("phone", p.rel_phone),
               ") - says client not taking %s, sleeping most of day. Referred to ACT team, RHCO notified (%s)." % (
                   p.drug[0].split(" (")[0], R.choice(STAFF))]
    elif v == 3:
        txt = ["OV. UA neg. Client now driving %d %s, MO plate " % (R.randint(2004, 2016), R.choice(["Chevy Impala", "Ford Focus", "Nissan Altima", "Dodge Caravan"])),
               ("vehicle", p.plate), " VIN ", ("vehicle", p.vin), ". Ins card in name of ", ("name", p.reln), "."]
    elif v == 4:
        txt = [("name", p.full), " admitted to %s on " % R.choice(["Mercy Hospital Springfield", "Truman Medical Center", "Barnes-Jewish", "University Hospital"]),
               ("date", dfmt(p.rel_date + dt.timedelta(days=R.randint(1, 9)), "us")),
               " for %s, exp d/c " % R.choice(["DKA", "CHF exacerbation", "COPD exac", "psych eval", "overdose (narcan x2)"]),
               ("date", dfmt(p.appt, "short")), ". Med rec requested from RHCO."]
    elif v == 5:
        txt = ["Ankle monitor ", ("device", p.gps), " strap alert 02:14, client at home per ", ("name", p.rel_name[0]),
               " (%s). Charger cord frayed, vendor ticket EM-%d." % (rel, R.randint(100000, 999999))]
    elif v == 6:
        txt = ["Intake for parole from %s. Approved residence " % p.fac[0], ("address", p.street), ", ",
               ("address", p.city), " ", ("zip", p.zip), " w/ %s " % rel, ("name", p.reln),
               ". Max-out ", ("date", dfmt(p.maxout, "us")), ". Needs PCP + %s." % p.dx[1]]
    else:
        txt = ["TX: %s counselor reports client attended %d/%d groups. Next MAT visit " % (clinic, R.randint(1, 4), 4),
               ("date", dfmt(p.appt, "short")), " %s. No concerns." % p.appt_time]
    return "po_fieldnote", [head, ("other_id", p.doc), "|%s|" % ty] + txt


def g_cr_xml(t):
    p = R.choice(OLD) if R.random() < 0.7 else person()
    d = R.choice(DOCS)
    rid = "CRR-2024-%04d" % R.randint(20, 400)
    dx = R.choice([DX[6], DX[5], DX[9], DX[10], DX[7]])
    parts = ['<CompassionateReview caseId="', ("other_id", rid), '" status="%s" rcvd="%s">' % (
        R.choice(["MEDICAL_REVIEW", "BOARD_DOCKET", "PENDING_PLAN"]), loc(t, "%Y-%m-%dT%H:%M:%S")),
        '<Inmate docNo="', ("other_id", p.doc), '"><Name>', ("name", p.lf), '</Name><DOB>',
        ("date", dfmt(p.dob, "iso")), "</DOB><Age>"]
    parts += [("age", str(p.age))] if p.age > 89 else [str(p.age)]
    parts += ["</Age><Facility>%s</Facility></Inmate>" % p.fac[1],
              '<Dx code="%s">%s</Dx><Prognosis>%s</Prognosis>' % (dx[0], dx[1], R.choice(
                  ["Life expectancy under 6 months", "ADL dependent x4, bedbound", "Progressive, 12-18 months"])),
              '<Physician npi="%s">%s, %s %s</Physician>' % (DOC_NPI[d[0]], d[0], d[1], d[2]),
              "<ReviewDate>", ("date", dfmt(p.rel_date, "iso")), "</ReviewDate>"]
    if R.random() < 0.6:
        parts += ['<FamilyContact rel="%s"><Name>' % p.rel[1], ("name", p.reln), "</Name><Phone>",
                  ("phone", p.rel_phone), "</Phone>"]
        if R.random() < 0.4:
            parts += ["<Fax>", ("fax", phone_for(p.area)), "</Fax>"]
        parts += ["</FamilyContact>"]
    if p.mbi:
        parts += ["<MedicareMBI>", ("health_plan", p.mbi), "</MedicareMBI>"]
    parts += ["</CompassionateReview>"]
    return "cr_review_xml", parts


def g_appt(t):
    p = person()
    c = R.choice(CLINICS)
    d = R.choice(DOCS)
    head = "%s level=INFO svc=appt-sync " % iso_local(t)
    k = R.random()
    if k < 0.55:
        parts = [head + 'action=BOOK clinic="%s" clinic_npi=%s slot=SL-%d pt_mrn=' % (c[0], npi(), R.randint(10000, 99999)),
                 ("mrn", p.mrn), ' pt="', ("name", p.lf), '" appt_dt=', ("date", "%sT%s" % (dfmt(p.appt, "iso"), p.appt_time)),
                 ' visit=%s prov="%s %s, %s" status=confirmed' % (R.choice(["MAT_INTAKE", "PCP_NEW", "BH_INTAKE", "ID_CLINIC", "DIALYSIS_CHAIR"]), d[1], d[0], d[2])]
    elif k < 0.7:
        parts = [head + 'action=NOSHOW clinic="%s" pt_mrn=' % c[0], ("mrn", p.mrn), " appt_dt=",
                 ("date", dfmt(p.appt, "iso")), " ofdr=", ("other_id", p.doc), " notify=po"]
    else:
        parts = [head + R.choice([
            'msg="sync complete" clinics=%d slots_pulled=%d took=%.2fs' % (R.randint(6, 14), R.randint(100, 900), R.uniform(0.5, 9)),
            'msg="clinic directory refreshed" clinic="%s" addr="%s" phone=%s' % c,
            'msg="rate limited by athenaNet" retry_after=%ds endpoint=/v1/%d/appointments/open' % (R.randint(5, 60), R.randint(1000, 9999)),
            'msg="token refreshed" client_id=rhco-appt-sync expires_in=3599'])]
    return "appt_kv", parts


def g_sms(t):
    p = person()
    c = R.choice(CLINICS)
    org = "+1573555%04d" % R.choice([1180, 1181])
    pe = "+1" + p.phone.replace("-", "")
    sid = "SM" + hexs(32)
    k = R.random()
    if k < 0.45:
        body = ["Reminder: appt at %s on " % c[0], ("date", dfmt(p.appt, "short")), " %s. Bring ID + MO HealthNet card. Reply C to confirm, R to reschedule. -MO Reentry Health" % p.appt_time]
        o_parts = ['{"MessageSid":"%s","AccountSid":"AC%s","From":"%s","To":"' % (sid, hexs(32), org), ("phone", pe),
                   '","Body":"'] + body + ['","Status":"queued","NumSegments":"2"}']
        return "sms_json", o_parts
    if k < 0.65:
        url = "https://visit.mo-reentry-tele.org/j/%s?t=%s" % (p.fhir, hexs(16))
        o_parts = ['{"MessageSid":"%s","From":"%s","To":"' % (sid, org), ("phone", pe),
                   '","Body":"Your telehealth visit starts soon: ', ("url", url), '","Status":"sent"}']
        return "sms_json", o_parts
    if k < 0.85:
        reply = R.choice([["C"], ["cant make it my ride fell thru"], ["this is his mom ", ("name", p.rel_name[0]), " he is in the hospital"],
                          ["need refill on my ", p.drug[0].split(" ")[0], " running out"], ["STOP"]])
        return "sms_json", ['{"MessageSid":"%s","From":"' % sid, ("phone", pe), '","To":"%s","Body":"' % org] + reply + ['","Status":"received"}']
    return "sms_json", ['{"MessageSid":"%s","AccountSid":"AC%s","MessageStatus":"delivered","ErrorCode":null,"ApiVersion":"2010-04-01"}' % (sid, hexs(32))]


def g_pg(t):
    p = person()
    head = "%s.%s CDT [%d] " % (loc(t, "%Y-%m-%d %H:%M:%S"), ms(t), R.randint(2000, 60000))
    k = R.random()
    if k < 0.4:
        v = R.randint(0, 2)
        if v == 0:
            stmt = ["UPDATE medicaid_app SET status='SUBMITTED', dcn='", ("health_plan", p.dcn), "' WHERE doc_no='", ("other_id", p.doc), "'"]
        elif v == 1:
            stmt = ["SELECT * FROM releasee WHERE last_name ILIKE '", ("name", p.last), "%' AND dob = '", ("date", dfmt(p.dob, "iso")), "'"]
        else:
            stmt = ["INSERT INTO housing_referral (ref_id, doc_no, placement, move_in) VALUES ('HSG-", ("other_id", digits(6)),
                    "', '", ("other_id", p.doc), "', '%s', '" % R.choice(HOUSING).replace("'", "''"), ("date", dfmt(p.appt, "iso")), "')"]
        return "pg_log", [head + "rhco_app@rhco LOG:  duration: %.3f ms  statement: " % R.uniform(0.2, 900)] + stmt
    return "pg_log", [head + R.choice([
        "LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, 1 recycled; write=%.3f s" % (R.randint(50, 4000), R.uniform(0, 20), R.uniform(1, 200)),
        "LOG:  automatic vacuum of table \"rhco.public.exchange_event\": index scans: 1",
        "rhco_ro@rhco ERROR:  canceling statement due to statement timeout",
        "LOG:  connection received: host=10.20.%d.%d port=%d" % (R.randint(1, 9), R.randint(2, 250), R.randint(30000, 65000)),
        "rhco_app@rhco LOG:  duration: %.3f ms  statement: SELECT count(*) FROM handoff WHERE status='OPEN'" % R.uniform(1, 90)])]


def g_logfmt(t):
    p = person()
    head = "ts=%s level=%s " % (iso_z(t), "info")
    tr = "trace_id=%s span_id=%s" % (hexs(32), hexs(16))
    k = R.random()
    if k < 0.35:
        return "exchange_logfmt", [head + 'msg="release event received" src=MODOC-OTIS topic=release.v3 partition=%d offset=%d doc=' % (R.randint(0, 5), R.randint(100000, 999999)),
                                   ("other_id", p.doc), " sid=", ("other_id", p.sid), " facility=%s rel_dt=" % p.fac[0],
                                   ("date", dfmt(p.rel_date, "iso")), " dest_county=", ("address", p.county.replace(" ", "_")), " " + tr]
    if k < 0.45:
        return "exchange_logfmt", [head + 'msg="booking photo attached" doc=', ("other_id", p.doc), " mime=image/jpeg bytes=%d photo_b64=" % R.randint(20000, 60000),
                                   ("photo", b64(66, "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAA")), "...(truncated) " + tr]
    if k < 0.55:
        return "exchange_logfmt", ["ts=%s level=warn " % iso_z(t) + 'msg="med handoff missing last-dose date" doc=', ("other_id", p.doc),
                                   ' drug="%s" chr=' % p.drug[0], ("mrn", p.chr), " " + tr]
    return "exchange_logfmt", [head + R.choice([
        'msg="consumer lag" group=rhco-exchange topic=release.v3 lag=%d' % R.randint(0, 300),
        'msg="schema registry ok" subject=release-value version=%d' % R.randint(3, 9),
        'msg="sftp drop processed" file=MODOC_REL_20240312.txt rows=%d rejected=%d' % (R.randint(80, 200), R.randint(0, 4)),
        'msg="http request" method=GET path=/v3/facilities status=200 dur=%dms' % R.randint(2, 80),
        'msg="build info" version=v2.18.4 commit=%s go=go1.22.1' % hexs(40)]) + " " + tr]


def g_cef(t):
    return "cef", ["%s rhco-fw01 CEF:0|Palo Alto Networks|PAN-OS|10.2.7|%s|%s|%d|rt=%s src=10.20.%d.%d dst=%s spt=%d dpt=%d proto=TCP act=%s cs1Label=Rule cs1=%s" % (
        loc(t, "%b %e %H:%M:%S"), R.choice(["TRAFFIC", "THREAT"]), R.choice(["end", "url", "vulnerability"]),
        R.randint(1, 8), loc(t, "%b %d %Y %H:%M:%S CDT"), R.randint(1, 9), R.randint(2, 250),
        R.choice(["52.84.%d.%d" % (R.randint(1, 254), R.randint(1, 254)), "164.%d.%d.%d" % (R.randint(1, 254), R.randint(1, 254), R.randint(1, 254)), "20.190.%d.%d" % (R.randint(1, 254), R.randint(1, 254))]),
        R.randint(30000, 65000), R.choice([443, 443, 22, 5671, 8443]), R.choice(["allow", "allow", "deny"]),
        R.choice(["rhco-out-https", "modoc-sftp", "deny-all"]))]


def g_gps(t):
    p = person()
    evt = R.choice(["PT", "PT", "STRAP_OK", "LOW_BATT", "EXCL_ZONE", "NO_MOTION"])
    if R.random() < 0.25:
        return "gps_emfeed", ["EMFEED;v3.2;%s;HB;gw=emgw-03;queue=%d;ok" % (iso_z(t), R.randint(0, 50))]
    lat = "%.5f" % R.uniform(36.6, 40.4)
    lon = "%.5f" % R.uniform(-94.6, -89.6)
    return "gps_emfeed", ["EMFEED;v3.2;%s;DEV=" % iso_z(t), ("device", p.gps), ";OFF=", ("other_id", p.doc), ";EVT=%s;LAT=" % evt,
                          ("address", lat), ";LON=", ("address", lon), ";HDOP=%.1f;BAT=%d" % (R.uniform(0.6, 4), R.randint(5, 100))]


def g_chat(t):
    who = R.choice(STAFF)
    sn = who.split()
    head = "[%s] %s, %s: " % (loc(t, "%m/%d/%Y %I:%M %p"), sn[1], sn[0])
    p = person()
    k = R.random()
    if k < 0.45:
        v = R.randint(0, 3)
        if v == 0:
            body = ["@%s can you check if " % R.choice(STAFF).split()[0], ("name", p.full), " (", ("other_id", p.doc), ") has a DCN yet? releasing ", ("date", dfmt(p.rel_date, "short")), " from %s" % p.fac[0]]
        elif v == 1:
            body = ["anyone have a respite bed? ", ("name", p.last), " is on %s, " % p.dx[1].lower(), "needs a bed by ", ("date", dfmt(p.rel_date, "short"))]
        elif v == 2:
            body = ["here's the case: ", ("url", "https://rhco.mopb.mo.gov/cases/%s" % p.case), " - sister's number is ", ("phone", p.rel_phone)]
        else:
            body = ["pharmacy says ", ("name", p.lf), " DOB ", ("date", dfmt(p.dob, "us")), " only got 7 days of %s, not 30" % p.drug[0].split(" ")[0]]
        return "teams_chat", [head] + body
    return "teams_chat", [head + R.choice([
        "FAMIS is down again, opened INC00%d with OA" % R.randint(40000, 49999), "standup in 5",
        "reminder: HIPAA refresher due Friday", "VPN dropping every 20 min, anyone else?",
        "Dr. Ruiz at Paseo Family Health can take 3 more MAT intakes next week",
        "new fax for Ozark Commons intake is 417-862-4411", "lunch? Grace Kessler Manor tour got moved to 2pm"])]


def g_paygate(t):
    p = person()
    head = "%s.%s DEBUG [PayGate-%d] c.m.p.fees.GatewayClient - " % (loc(t, "%Y-%m-%d %H:%M:%S"), ms(t), R.randint(1, 8))
    if R.random() < 0.5:
        return "paygate_kv", [head + "authorize req pan=", ("account", card(R.random() > 0.2)),
                              " exp=%02d/%02d amt=%d.00 ofdr=" % (R.randint(1, 12), R.randint(24, 30), R.choice([30, 60, 15])),
                              ("other_id", p.doc), " resp=%s authCode=%s" % (R.choice(["APPROVED", "DECLINED"]), hexs(6).upper())]
    return "paygate_kv", [head + R.choice(["settlement batch %d closed count=%d total=%d.00" % (R.randint(1000, 9999), R.randint(5, 80), R.randint(200, 4000)),
                                           "TLS session resumed host=api.paymentech.example.net:443",
                                           "merchant MID=4445%s terminal=T%s heartbeat ok" % (digits(8), digits(4))])]


def g_kiosk(t):
    p = person()
    k = R.random()
    base = {"ts": iso_z(t), "kiosk": "KSK-%s-%02d" % (R.choice(["SGF", "KC", "STL", "COU"]), R.randint(1, 4))}
    if k < 0.3:
        o = dict(base, event="voice_verify", offenderId=P("other_id", p.doc), score=round(R.uniform(0.6, 0.99), 3),
                 template=P("biometric", b64(72)))
    elif k < 0.4:
        o = dict(base, event="enroll_fingerprint", offenderId=P("other_id", p.doc), fmt="ISO19794-2",
                 minutiae=P("biometric", b64(60, "Rk1SACAyMAAA")))
    elif k < 0.55:
        o = dict(base, event="checkin_complete", offenderId=P("other_id", p.doc), phoneImei=P("device", p.imei), questionsAnswered=12)
    else:
        o = dict(base, event=R.choice(["heartbeat", "printer_low_paper", "sw_update"]), fw="KOS-5.3.%d" % R.randint(0, 9),
                 uptimeSec=R.randint(1000, 900000))
    return "kiosk_json", js(o, ea=True, sep=(", ", ": "))


def g_fhir(t):
    p = person()
    k = R.random()
    if k < 0.3:
        o = {"resourceType": "Patient", "id": P("other_id", p.fhir),
             "meta": {"versionId": str(R.randint(1, 5)), "lastUpdated": iso_z(t)},
             "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.4412.1", "value": P("mrn", p.mrn)},
                            {"system": "https://doc.mo.gov/offender-id", "value": P("other_id", p.doc)}],
             "name": [{"family": P("name", p.last), "given": [P("name", p.first)]}],
             "telecom": [{"system": "phone", "value": P("phone", p.phone), "use": "mobile"}],
             "gender": "male" if p.sex == "M" else "female", "birthDate": P("date", dfmt(p.dob, "iso")),
             "address": [{"line": [P("address", p.street)], "city": P("address", p.city), "state": "MO",
                          "postalCode": P("zip", p.zip)}]}
    elif k < 0.45:
        o = {"resourceType": "Coverage", "id": "cov-%s" % hexs(8), "status": "active",
             "beneficiary": {"reference": P("other_id", p.fhir, "Patient/")},
             "subscriberId": P("health_plan", p.dcn),
             "payor": [{"display": "MO HealthNet"}], "period": {"start": P("date", dfmt(p.rel_date, "iso"))}}
    elif k < 0.65:
        d = R.choice(DOCS)
        c = R.choice(CLINICS)
        o = {"resourceType": "Appointment", "id": "appt-%d" % R.randint(100000, 999999), "status": "booked",
             "start": P("date", "%sT%s:00-05:00" % (dfmt(p.appt, "iso"), p.appt_time)),
             "participant": [{"actor": {"reference": P("other_id", p.fhir, "Patient/"), "display": P("name", p.full)}},
                             {"actor": {"display": "%s %s, %s" % (d[1], d[0], d[2])}},
                             {"actor": {"display": c[0]}}]}
    elif k < 0.85:
        dr = p.drug
        o = {"resourceType": "MedicationRequest", "id": "mr-%s" % hexs(10), "status": "active", "intent": "order",
             "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": dr[1], "display": dr[0]}]},
             "subject": {"display": P("name", p.full)},
             "authoredOn": P("date", dfmt(p.rel_date, "iso")),
             "dosageInstruction": [{"text": dr[2]}],
             "dispenseRequest": {"expectedSupplyDuration": {"value": 30, "unit": "days"}}}
    else:
        o = {"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": R.choice(["processing", "not-found", "throttled"]),
                                                           "diagnostics": R.choice(["HAPI-0389: Failed to call access method", "Too many requests from client rhco-fhirsync",
                                                                                    "HAPI-1094: Invalid date/time format"])}]}
    return "fhir", js(o)


# ------------------------------------------------------ multi-line records
def hl7_name(p):
    return "%s^%s^%s" % (p.last, p.first, p.middle)


def b_hl7_adt(t):
    p = person()
    f = p.fac
    d = R.choice(DOCS)
    ts = loc(t, "%Y%m%d%H%M%S")
    ctl = "MODOC%s" % digits(8)
    L = []
    L.append(["MSH|^~\\&|CORRHEALTH_EHR|%s|RHCO_ENGINE|MOPB|%s||ADT^A03^ADT_A03|%s|P|2.5.1|||AL|NE" % (f[0], ts, ctl)])
    L.append(["EVN|A03|%s|||%s^INTERFACE" % (ts, R.choice(["HL7SVC", "CHR_BATCH"]))])
    L.append(["PID|1||", ("mrn", p.chr), "^^^%s^MR~" % f[0], ("other_id", p.doc), "^^^MODOC^PN||", ("name", hl7_name(p)),
              "||", ("date", dfmt(p.dob, "hl7")), "|%s|||" % p.sex, ("address", p.street), "^^", ("address", p.city),
              "^MO^", ("zip", p.zip), "^USA^P||", ("phone", "(%s)%s" % (p.area, p.phone[4:])), "|||||", ("account", p.acct), "|",
              ("ssn", p.ssn.replace("-", "") if R.random() < 0.5 else p.ssn)])
    L.append(["NK1|1|", ("name", "%s^%s" % (p.rel_name[1], p.rel_name[0])), "|%s^%s^HL70063||" % p.rel, ("phone", "(%s)%s" % (p.area, p.rel_phone[4:])), "||EC^Emergency Contact^HL70131"])
    L.append(["PV1|1|O|%s^INF^01||||%s^%s^%s^^^%s|||MED||||||||%s|||||||||||||||||||01|||||||" % (
        f[0], DOC_NPI[d[0]], d[0], d[1], d[2], "V" + digits(7)), ("date", dfmt(p.rel_date, "hl7") + "0800")])
    L.append(["DG1|1||%s^%s^I10||" % p.dx, ("date", dfmt(p.dob.replace(year=R.randint(2015, 2023)), "hl7")), "|A"])
    if R.random() < 0.6:
        L.append(["AL1|1|DA|70618^Penicillin^RXNORM|%s|%s" % (R.choice(["SV", "MO", "MI"]), R.choice(["Hives", "Anaphylaxis", "Rash"]))])
    return [("hl7v2", x) for x in L]


def b_hl7_rde(t):
    p = person()
    f = p.fac
    ts = loc(t, "%Y%m%d%H%M%S")
    dr = p.drug
    L = [["MSH|^~\\&|CORRHEALTH_PHARM|%s|RHCO_ENGINE|MOPB|%s||RDE^O11^RDE_O11|RX%s|P|2.5.1" % (f[0], ts, digits(9))],
         ["PID|1||", ("mrn", p.chr), "^^^%s^MR||" % f[0], ("name", hl7_name(p)), "||", ("date", dfmt(p.dob, "hl7")), "|%s" % p.sex],
         ["ORC|NW|RX%s|%s||CM||||%s|||%s^%s^%s" % (digits(7), digits(8), ts, DOC_NPI[DOCS[0][0]], DOCS[0][0], DOCS[0][1])],
         ["RXE|^^^^^%s|%s^%s^RXNORM|1||EA|%s|||30|EA|3|%s" % (
             R.choice(["BRIDGE", "DISCHARGE"]), dr[1], dr[0], dr[2], "LOT" + hexs(6).upper())],
         ["TQ1|||%s|||" % dr[2].split(" ")[-1], ("date", dfmt(p.rel_date, "hl7")), "|", ("date", dfmt(p.rel_date + dt.timedelta(days=30), "hl7"))],
         ["RXR|%s" % R.choice(["PO^Oral^HL70162", "IM^Intramuscular^HL70162", "SC^Subcutaneous^HL70162", "SL^Sublingual^HL70162"])]]
    return [("hl7v2", x) for x in L]


def b_x12(t):
    ctl = "%09d" % R.randint(1000, 99999)
    d6 = loc(t, "%y%m%d")
    d8 = loc(t, "%Y%m%d")
    hm = loc(t, "%H%M")
    L = [["ISA*00*          *00*          *ZZ*MOHEALTHNET    *ZZ*MOPBRHCO       *%s*%s*^*00501*%s*0*P*:~" % (d6, hm, ctl)],
         ["GS*HB*MOHEALTHNET*MOPBRHCO*%s*%s*%d*X*005010X279A1~" % (d8, hm, int(ctl))],
         ["ST*271*0001*005010X279A1~"],
         ["BHT*0022*11*RHCO%s*%s*%s~" % (digits(6), d8, hm)],
         ["HL*1**20*1~"], ["NM1*PR*2*MO HEALTHNET DIVISION*****PI*MOHNET~"],
         ["HL*2*1*21*1~"], ["NM1*1P*2*MO BOARD OF PROBATION AND PAROLE RHCO*****XX*%s~" % ORG_NPI]]
    hl = 3
    for _ in range(R.randint(1, 3)):
        p = person()
        L += [["HL*%d*2*22*0~" % hl], ["TRN*2*RHCO%s*9MOPBRHCO~" % digits(8)],
              ["NM1*IL*1*", ("name", p.last.upper()), "*", ("name", p.first.upper()), "****MI*", ("health_plan", p.dcn), "~"],
              ["N3*", ("address", p.street.upper()), "~"],
              ["N4*", ("address", p.city.upper()), "*MO*", ("zip", p.zip), "~"],
              ["DMG*D8*", ("date", dfmt(p.dob, "hl7")), "*%s~" % p.sex],
              ["DTP*346*D8*", ("date", dfmt(p.rel_date, "hl7")), "~"],
              ["EB*1*IND*30**%s~" % R.choice(["MO HEALTHNET ADULT EXPANSION", "MHABD", "GATEWAY TO BETTER HEALTH"])],
              ["EB*B*IND*88***27*3~"]]
        hl += 1
    n = len(L) - 1
    L += [["SE*%d*0001~" % n], ["GE*1*%d~" % int(ctl)], ["IEA*1*%s~" % ctl]]
    return [("x12", x) for x in L]


def b_trace(t):
    p = person()
    head = "%s,%s ERROR [exchange-worker-%d] g.m.p.r.x.ReleaseFeedProcessor - " % (loc(t, "%Y-%m-%d %H:%M:%S"), ms(t), R.randint(1, 8))
    v = R.randint(0, 2)
    if v == 0:
        L = [[head + "Failed to map release record for DOC ", ("other_id", p.doc)],
             ["java.lang.IllegalArgumentException: Invalid birth date '", ("date", "%d-02-30" % p.dob.year), "' for offender ", ("other_id", p.doc)]]
    elif v == 1:
        L = [[head + "Medicaid linkage failed"],
             ["gov.mo.pb.rhco.exchange.LinkageException: no MO HealthNet match for ", ("name", p.lf.upper()), " ssn=", ("ssn", p.ssn)]]
    else:
        L = [[head + "Unhandled exception in consumer loop offset=%d" % R.randint(10000, 99999)],
             ["java.net.SocketTimeoutException: Read timed out"]]
    frames = ["\tat gov.mo.pb.rhco.exchange.ReleaseMapper.map(ReleaseMapper.java:%d)" % R.randint(80, 400),
              "\tat gov.mo.pb.rhco.exchange.ReleaseFeedProcessor.process(ReleaseFeedProcessor.java:%d)" % R.randint(50, 200),
              "\tat org.apache.kafka.clients.consumer.KafkaConsumer.poll(KafkaConsumer.java:1234)",
              "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
              "\tat java.base/java.lang.Thread.run(Thread.java:840)"]
    for fr in frames[:R.randint(3, 5)]:
        L.append([fr])
    if R.random() < 0.4:
        L.append(["Caused by: java.time.format.DateTimeParseException: Text could not be parsed at index 5"])
        L.append(["\t... %d more" % R.randint(8, 20)])
    return [("java_trace", x) for x in L]


def b_roster(t):
    L = [["HDR MODOC  RELEASE ROSTER   %s  RHCO  V04" % loc(t, "%Y%m%d")]]
    n = R.randint(6, 10)
    for _ in range(n):
        p = person()
        last = p.last.upper()[:20]
        first = p.first.upper()[:15]
        # fixed width: doc(8) last(20) first(15) dob(8) rel(8) fac(5) county(16) medflag(3)
        L.append(["REL ", ("other_id", p.doc), " " * (8 - len(p.doc)), ("name", last), " " * (20 - len(last)),
                  ("name", first), " " * (15 - len(first)), ("date", dfmt(p.dob, "hl7")), ("date", dfmt(p.rel_date, "hl7")),
                  p.fac[0].ljust(5), ("address", p.county.upper()[:16]), " " * (16 - len(p.county.upper()[:16])),
                  R.choice(["MH ", "MED", "SUD", "   ", "HIV", "DIA"])])
    L.append(["TRL %06d" % n])
    return [("doc_roster_fw", x) for x in L]


def csvq(s):
    return '"%s"' % s if ("," in s or '"' in s) else s


def b_housing(t):
    L = [["referral_id,doc_no,last_name,first_name,dob,dx_category,placement_type,provider,placement_addr,city,zip,move_in,sponsor_name,sponsor_phone,status"]]
    for _ in range(R.randint(5, 8)):
        p = person()
        sponsor = R.random() < 0.5
        prov = R.choice(HOUSING)
        row = [("other_id", "HSG-R-%s" % digits(6)), ",", ("other_id", p.doc), ",", ("name", csvq(p.last)), ",",
               ("name", p.first), ",", ("date", dfmt(p.dob, "us")), ",%s,%s,%s," % (
                   R.choice(["SMI", "ESRD", "HIV", "OUD", "CA-HOSPICE", "COPD/O2"]),
                   "FAMILY" if sponsor else R.choice(["RECOVERY_RES", "MED_RESPITE", "PSH", "SNF"]),
                   "" if sponsor else csvq(prov)),
               ("address", csvq(p.street)), ",", ("address", p.city), ",", ("zip", p.zip), ",",
               ("date", dfmt(p.rel_date, "iso")), ","]
        if sponsor:
            row += [("name", p.reln), ",", ("phone", p.rel_phone)]
        else:
            row += [","]
        row += [",%s" % R.choice(["APPROVED", "PENDING_HV", "WAITLIST", "DENIED_NO_BED"])]
        L.append(row)
    return [("housing_csv", x) for x in L]


SINGLE = [(g_medicaid, 9), (g_nginx, 14), (g_syslog, 21), (g_fieldnote, 7), (g_cr_xml, 2), (g_appt, 6),
          (g_sms, 5), (g_pg, 6), (g_logfmt, 9), (g_cef, 12), (g_gps, 5), (g_chat, 6), (g_paygate, 3),
          (g_kiosk, 4), (g_fhir, 6)]
MULTI = [(b_hl7_adt, 5), (b_hl7_rde, 4), (b_x12, 3), (b_trace, 4), (b_roster, 1), (b_housing, 1)]


# ------------------------------------------------------------------ build
def build(parts):
    out = bytearray()
    spans = []
    for prt in parts:
        if isinstance(prt, str):
            out += prt.encode("utf-8")
            continue
        cat, txt = prt[0], prt[1]
        raw = prt[2] if len(prt) > 2 else txt
        b = txt.encode("utf-8")
        s = len(out)
        out += b
        spans.append({"s": s, "e": len(out), "cat": cat, "_v": txt, "_raw": raw})
    return bytes(out), spans


def check(lineno, line, spans):
    if not line or b"\n" in line or b"\r" in line:
        sys.exit("line %d: empty or contains newline" % lineno)
    line.decode("utf-8")
    prev = 0
    for sp in spans:
        s, e = sp["s"], sp["e"]
        if not (0 <= s < e <= len(line)):
            sys.exit("line %d: span out of bounds %r" % (lineno, sp))
        if s < prev:
            sys.exit("line %d: overlapping spans %r" % (lineno, sp))
        prev = e
        got = line[s:e].decode("utf-8")
        if got != sp["_v"]:
            sys.exit("line %d: span text %r != %r" % (lineno, got, sp["_v"]))
        if got != got.strip():
            sys.exit("line %d: span has surrounding whitespace %r" % (lineno, got))
        if sp["_raw"] != sp["_v"] and isinstance(sp["_raw"], str):
            if json.loads('"' + got + '"') != sp["_raw"]:
                sys.exit("line %d: escaped span does not decode to value %r" % (lineno, sp["_raw"]))


def main():
    blocks = []
    for fn, n in MULTI:
        for _ in range(n):
            t = rand_t()
            blocks.append((t, fn(t)))
    total = sum(len(b[1]) for b in blocks)
    fns = [f for f, _ in SINGLE]
    ws = [w for _, w in SINGLE]
    while total < N_LINES:
        t = rand_t()
        fn = R.choices(fns, ws)[0]
        blocks.append((t, [fn(t)]))
        total += 1
    if total != N_LINES:
        sys.exit("multi-line blocks exceed line budget")
    blocks.sort(key=lambda b: b[0])
    with open(OUT_LOG, "wb") as fl, open(OUT_LAB, "w", encoding="utf-8", newline="\n") as fj:
        n = 0
        for _, recs in blocks:
            for fam, parts in recs:
                n += 1
                line, spans = build(parts)
                check(n, line, spans)
                fl.write(line + b"\n")
                fj.write(json.dumps({"line": n, "family": fam,
                                     "spans": [{"s": s["s"], "e": s["e"], "cat": s["cat"]} for s in spans]}) + "\n")
    if n != N_LINES:
        sys.exit("wrote %d lines" % n)


if __name__ == "__main__":
    main()
