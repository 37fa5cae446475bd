#!/usr/bin/env python3
"""Synthetic labeled log corpus "lq": a state vocational rehabilitation (VR) agency.

Systems imitated: legacy Java/Struts case management (log4j), the .NET case
management / eligibility / medical-records services (Serilog text, Serilog
compact JSON, NLog pipe layout, .NET exception dumps), Individualized Plan for
Employment (IPE) XML records, vendor service authorizations (CSV with header)
and vendor invoices (pipe), RSA-911 quarterly files (fixed width and CSV),
SSA Ticket to Work / VR cost reimbursement claims (pipe) and UI wage record
matches (CSV), counselor case notes typed fast, assistive technology purchase
orders (JSON), the Django client portal (django.request, gunicorn access log,
Celery), Twilio SMS reminders, Windows event logs (XML and Snare syslog) and
Spring Batch / cron batch job logs.  All people and identifiers are synthetic.

Labeling decisions:
- Labeled people: VR clients (participants/applicants/consumers), their
  relatives, guardians, payees and emergency contacts.  Not labeled: VR
  counselors, supervisors, IT staff, vendor staff, physicians, businesses,
  employers, facilities and their addresses/phones/faxes/emails/NPIs/FEINs.
- Client case numbers (C-YYYY-NNNNNN, also without hyphens in file paths),
  participant IDs (P + digits, also the RSA-911 unique identifier), portal
  usernames and SSA Ticket numbers (SSN + 2-digit suffix, one span) are
  other_id.  A client's name inside a file name or path is labeled name
  (first and last name as separate spans when separated by "_").
- Names are labeled in every written form, including a lone first name
  ("Hi Rosa", "called Pieter"), lower case, upper case and Last, First
  (one span); split CSV/pipe/key columns give one span per column.
- Service authorization numbers, PO numbers, invoice numbers, claim batch
  numbers, Twilio SIDs, trace/span IDs, UUIDs and job execution IDs are
  transaction identifiers and are NOT labeled.
- Medicaid IDs, Medicare MBIs and SSA claim numbers (BNC/CAN, SSN + BIC) are
  health_plan.  A provider's medical record number for a client is mrn.
- Dates tied to a client (birth, application, eligibility, IPE signature,
  service from/through, appointment, exit/closure, medical visit, hire date,
  records-requested-for ranges) are date; log/record timestamps, report
  quarters (2024Q2, 202406 period codes), file run dates and years alone
  are not.  Appointment times embedded with the date are inside the span only
  when written as one token (e.g. ISO datetime).  Dates without a year in
  SMS bodies ("8/21", "19 de julio") are date; URL-encoded dates in query
  strings (02%2F07%2F1997) are date over the encoded token.
- Ages are labeled only when over 89.
- SSNs: full SSNs in any format are ssn; masked SSNs showing the last four
  digits (XXX-XX-1234, ***-**-1234) are labeled ssn over the whole token;
  fully masked SSNs and the RSA-911 placeholder 999999999 are not labeled.
- Street address, city and county of a client are address (street line one
  span, city a separate span, county a separate span); state is not labeled;
  ZIP is zip (ZIP+4 as one span).
- Client phone numbers are phone, client/guardian fax numbers are fax,
  client email is email.  Agency and vendor numbers/emails are not labeled.
- A client's public IP (gunicorn / Django logs) is ip; private/RFC1918 IPs
  of agency servers and workstations are not labeled.
- Serial numbers of devices bought for a client (hearing aids, wheelchairs,
  CCTV magnifiers, laptops) and MAC addresses of them are device; VINs and
  plates of a client's vehicle (van modification) are vehicle.
- Client driver's licence numbers and a client's professional certificate
  numbers (CNA, CDL) are license.  Client bank account and card numbers are
  account (bank routing numbers are not).
- Personal URLs (client's LinkedIn/portfolio) are url; agency URLs and URL
  paths are not (an ID inside a path is labeled as its own category).
- Base64 face photos uploaded to the portal are photo.
- Windows logon account names of staff are not labeled; workstation names
  and SIDs are not labeled.
"""
import json
import random
import unicodedata
import hashlib
import os

SEED = 20240708
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "lq"


# --------------------------------------------------------------------------
# line builder
# --------------------------------------------------------------------------
class B:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []

    def t(self, s):
        s = str(s)
        assert "\n" not in s
        self.buf += s.encode("utf-8")
        return self

    def p(self, s, cat):
        s = str(s)
        assert "\n" not in s
        st = len(self.buf)
        self.buf += s.encode("utf-8")
        self.spans.append((st, len(self.buf), cat, s))
        return self

    def v(self, s, cat=None):
        return self.p(s, cat) if cat else self.t(s)

    def done(self):
        text = self.buf.decode("utf-8")
        for st, en, cat, val in self.spans:
            assert self.buf[st:en].decode("utf-8") == val, (val, cat)
        return self


def jstr(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jobj(b, items, compact=False):
    """items: list of (key, value, cat) ; value str/int/float/None/bool or
    ("raw", callable) for nested builders."""
    sep = "," if compact else ", "
    kv = ":" if compact else ": "
    b.t("{")
    for i, it in enumerate(items):
        k, val, cat = it
        if i:
            b.t(sep)
        b.t('"%s"%s' % (k, kv))
        if callable(val):
            val(b)
        elif isinstance(val, str):
            b.t('"')
            b.v(jstr(val), cat)
            b.t('"')
        else:
            b.v(json.dumps(val), cat)
    b.t("}")


# --------------------------------------------------------------------------
# synthetic world
# --------------------------------------------------------------------------
CITIES = [
    ("Denver", "Denver", "802"), ("Aurora", "Arapahoe", "800"), ("Pueblo", "Pueblo", "810"),
    ("Grand Junction", "Mesa", "815"), ("Greeley", "Weld", "806"), ("Fort Collins", "Larimer", "805"),
    ("Lakewood", "Jefferson", "802"), ("Durango", "La Plata", "813"), ("Alamosa", "Alamosa", "811"),
    ("Sterling", "Logan", "807"), ("Commerce City", "Adams", "800"), ("Cañon City", "Fremont", "812"),
    ("Colorado Springs", "El Paso", "809"), ("Trinidad", "Las Animas", "810"),
]
STREETS = ["Federal Blvd", "E Colfax Ave", "Elm St", "Mesa Ave", "N Main St", "Cedar Ln",
           "W 38th Ave", "Santa Fe Dr", "Horizon Dr", "Prospect Rd", "Lincoln Ave", "Rio Grande Ave",
           "Quebec St", "S Pearl St", "Juniper Ct", "County Road 14", "Aspen Way", "Bent Ave"]
AREA = ["303", "720", "719", "970"]

PEOPLE_RAW = [
    ("María José", "", "Hernández-Ortiz", "F"), ("DeShawn", "L", "Washington", "M"),
    ("Thi Lan", "", "Nguyen", "F"), ("Abdirahman", "", "Warsame", "M"),
    ("Mai Yer", "", "Xiong", "F"), ("Tyrell", "", "Begay", "M"),
    ("Katarzyna", "", "Wiśniewska", "F"), ("Siobhan", "M", "O'Neill", "F"),
    ("Ahmad", "", "Al-Rashid", "M"), ("Priya", "", "Venkataraman", "F"),
    ("Chinedu", "", "Okafor", "M"), ("Dmitri", "A", "Volkov", "M"),
    ("Wei", "", "Zhang", "M"), ("Ji-woo", "", "Seo", "F"),
    ("Pieter", "", "van der Berg", "M"), ("Anne-Marie", "", "de la Cruz", "F"),
    ("Jean-Luc", "", "Fontaine", "M"), ("Bobby", "Ray", "McAllister", "M"),
    ("Leilani", "", "Kahananui", "F"), ("Fatima", "Z", "Benali", "F"),
    ("Ólafur", "", "Jónsson", "M"), ("Esperanza", "", "Villalobos", "F"),
    ("Kwame", "", "Mensah-Boateng", "M"), ("Hiroshi", "", "Tanaka", "M"),
    ("Rosa", "", "Dominguez", "F"), ("Tomás", "", "Ruiz", "M"),
    ("Aaliyah", "", "Jenkins", "F"), ("Gerald", "T", "Kowalczyk", "M"),
    ("Mildred", "", "Haskins", "F"), ("Eugene", "", "Fairweather", "M"),
    ("Noor", "", "Haddad", "F"), ("Santiago", "", "Dela Rosa", "M"),
    ("Ebony", "", "St. Clair", "F"), ("Bao", "", "Tran", "M"),
    ("Lakshmi", "", "Iyer", "F"), ("Connor", "", "Fitzgerald", "M"),
    ("Yolanda", "", "Two Bulls", "F"), ("Ren", "", "Ito", "M"),
    ("Samuel", "", "Ben-David", "M"), ("Zoë", "", "Lindqvist", "F"),
    ("Guadalupe", "", "Zamora", "F"), ("Ivan", "", "Petrović", "M"),
]
RELATIVES = ["Carmen Ortiz", "Linda Washington", "Hoa Nguyen", "Hodan Warsame", "Pa Xiong",
             "Marlene Begay", "Tomasz Wiśniewski", "Patrick O'Neill", "Layla Al-Rashid",
             "Ramesh Venkataraman", "Ngozi Okafor", "Svetlana Volkova", "Jenny Zhang",
             "Hye-jin Seo", "Marieke van der Berg", "Roberto de la Cruz", "Claire Fontaine",
             "Darlene McAllister", "Kalani Kahananui", "Youssef Benali"]
DISAB = [("Deaf/Hard of Hearing", "03"), ("Blind/Low Vision", "01"), ("TBI", "17"),
         ("Major depressive disorder", "18"), ("Autism spectrum", "16"), ("Spinal cord injury", "10"),
         ("Schizophrenia", "18"), ("Intellectual disability", "16"), ("Bipolar disorder", "18"),
         ("Cerebral palsy", "10"), ("Amputation (BKA)", "10"), ("Diabetes w/ neuropathy", "19"),
         ("PTSD", "18"), ("Multiple sclerosis", "19"), ("Epilepsy", "19")]
GOALS = [("29-2061", "Licensed Practical Nurse"), ("43-4051", "Customer Service Representative"),
         ("15-1232", "Computer User Support Specialist"), ("53-3032", "Heavy Truck Driver"),
         ("35-2014", "Cook, Restaurant"), ("31-1131", "Nursing Assistant"),
         ("49-3023", "Automotive Service Technician"), ("43-9061", "Office Clerk, General"),
         ("25-9045", "Teaching Assistant"), ("47-2111", "Electrician"),
         ("13-2011", "Accountant"), ("39-9011", "Childcare Worker")]
STAFF = [("Karen Whitfield", "kwhitfield"), ("Ruben Abeyta", "rabeyta"), ("Jun Okamoto", "jokamoto"),
         ("Denise Lucero", "dlucero"), ("Marcus Hale", "mhale"), ("Tanya Rhodes", "trhodes"),
         ("Ali Demir", "ademir"), ("Beth Sandoval", "bsandoval")]
OFFICES = ["Aurora", "Denver Central", "Pueblo", "Grand Junction", "Greeley", "Fort Collins",
           "Durango", "Alamosa", "Colorado Springs"]
VENDORS = [("V004412", "Rocky Mountain Job Coaching LLC", "84-1932177"),
           ("V001187", "Front Range Hearing Center", "84-0771245"),
           ("V002290", "Summit Assistive Technology Inc", "46-3390182"),
           ("V003015", "Freedom Mobility Vans LLC", "84-2210934"),
           ("V000733", "Peak Vision Low Vision Clinic PC", "84-1109876"),
           ("V005521", "Pikes Peak Community College", "84-6000561"),
           ("V004098", "Mesa Valley Orthopedics", "84-1650032"),
           ("V006120", "High Plains CDL Academy", "82-4418350")]
PROVIDERS = ["St. Aurelia Medical Center", "Pueblo Community Health Clinic", "Mesa Valley Orthopedics",
             "Front Range Behavioral Health", "Larimer Neurology Associates", "San Luis Valley Health",
             "Denver Audiology Group", "Colorado Spine & Rehab"]
SERVICES = [("JC", "Job coaching", "HR", 45.00), ("JP", "Job placement", "EA", 1500.00),
            ("VE", "Vocational evaluation", "EA", 850.00), ("TU", "Tuition", "EA", 2450.00),
            ("HA", "Hearing aids (binaural)", "EA", 4800.00), ("TR", "Transportation mileage", "MI", 0.655),
            ("BP", "Books and supplies", "EA", 312.18), ("OT", "Occupational therapy eval", "EA", 225.00),
            ("PE", "Pre-ETS work-based learning", "HR", 38.50), ("CDL", "CDL Class A training", "EA", 5995.00)]
EMPLOYERS = [("King Soopers #62", "84-0526381"), ("UCHealth", "84-1262971"), ("Amazon.com Services LLC", "82-0544687"),
             ("Pueblo School District 60", "84-6000811"), ("Walmart Associates Inc", "71-0415188"),
             ("Vail Resorts Management Co", "51-0291762"), ("City of Greeley", "84-6000599"),
             ("JBS USA Food Co", "75-2950141"), ("Safeway Inc", "94-3019135")]


def strip_acc(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def mk_ssn():
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def mk_phone():
    return rng.choice(AREA) + "555" + "01%02d" % rng.randint(0, 99)


class Person:
    pass


PEOPLE = []
for i, (first, mid, last, sex) in enumerate(PEOPLE_RAW):
    p = Person()
    p.first, p.mid, p.last, p.sex = first, mid, last, sex
    if last in ("Haskins", "Fairweather"):
        y = rng.randint(1929, 1933)
    else:
        y = rng.randint(1958, 2007)
    p.dob = (y, rng.randint(1, 12), rng.randint(1, 28))
    p.age = 2024 - y - (1 if (p.dob[1], p.dob[2]) > (7, 8) else 0)
    p.ssn = mk_ssn()
    p.phone = mk_phone()
    p.phone2 = mk_phone()
    city, county, z3 = rng.choice(CITIES)
    p.city, p.county = city, county
    p.zip = z3 + "%02d" % rng.randint(1, 60)
    p.zip4 = p.zip + "-%04d" % rng.randint(1000, 9999)
    p.street = "%d %s" % (rng.randint(100, 19999), rng.choice(STREETS))
    if rng.random() < 0.3:
        p.street += rng.choice([" Apt 2B", " Unit 14", " #305", " Lot 22", " Apt C"])
    ascii_f = strip_acc(first).lower().replace(" ", "").replace("-", "")
    ascii_l = strip_acc(last).lower().replace(" ", "").replace("'", "").replace("-", "").replace(".", "")
    p.email = rng.choice([
        "%s.%s@gmail.com" % (ascii_f, ascii_l), "%s%s%d@yahoo.com" % (ascii_f[0], ascii_l, rng.randint(1, 99)),
        "%s_%s@outlook.com" % (ascii_l, ascii_f), "%s%d@icloud.com" % (ascii_f, y % 100),
        "%s.%s%d@hotmail.com" % (ascii_f, ascii_l[:4], rng.randint(10, 999))])
    p.username = rng.choice(["%s%s%d" % (ascii_f[0], ascii_l, rng.randint(1, 99)),
                             "%s.%s" % (ascii_f, ascii_l), "%s%d" % (ascii_l[:6], y)])
    p.case = "C-%d-%06d" % (rng.choice([2021, 2022, 2023, 2024]), rng.randint(1000, 99999))
    p.pid = "P%08d" % rng.randint(100000, 9999999)
    p.medicaid = rng.choice("ABCDEFGHJKLMNPRSTW") + "%06d" % rng.randint(0, 999999) if rng.random() < 0.6 else None
    p.mbi = None
    if rng.random() < 0.35 or p.age > 64:
        L = "ACDEFGHJKMNPQRTUVWXY"
        p.mbi = "%d%s%s%d-%s%s%d-%s%s%d%d" % (
            rng.randint(1, 9), rng.choice(L), rng.choice(L + "0123456789"), rng.randint(0, 9),
            rng.choice(L), rng.choice(L + "0123456789"), rng.randint(0, 9),
            rng.choice(L), rng.choice(L), rng.randint(0, 9), rng.randint(0, 9))
    p.bic = rng.choice(["A", "HA", "B", "C1", "DI"])
    p.dl = "%02d-%03d-%04d" % (rng.randint(1, 99), rng.randint(0, 999), rng.randint(0, 9999))
    p.disab = rng.choice(DISAB)
    p.goal = rng.choice(GOALS)
    p.counselor = rng.choice(STAFF)
    p.office = rng.choice(OFFICES)
    p.rel = rng.choice(RELATIVES)
    p.rel_phone = mk_phone()
    p.ticket = "%s%s" % (p.ssn, rng.choice(["01", "02", "03"]))
    p.ip = "%d.%d.%d.%d" % (rng.choice([73, 67, 24, 98, 174, 50, 71, 108, 166]), rng.randint(0, 255),
                            rng.randint(0, 255), rng.randint(1, 254))
    PEOPLE.append(p)


OLD = [p for p in PEOPLE if p.age > 89]
FORCE = {}


def pick(hi):
    v = FORCE.pop("k", None)
    return v if v is not None else rng.randint(0, hi)


def person():
    if FORCE.pop("old", False) or rng.random() < 0.07:
        return rng.choice(OLD)
    return rng.choice(PEOPLE)


def rdate(y0=2023, y1=2024):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12 if y < 2024 else 7)
    return (y, m, rng.randint(1, 28))


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"]


def fdate(d, style=None):
    y, m, dd = d
    style = style if style is not None else rng.randint(0, 8)
    return [
        "%04d-%02d-%02d" % (y, m, dd), "%02d/%02d/%04d" % (m, dd, y), "%d/%d/%02d" % (m, dd, y % 100),
        "%02d-%s-%04d" % (dd, MON[m - 1], y), "%s %d, %d" % (MONTH[m - 1], dd, y), "%04d%02d%02d" % (y, m, dd),
        "%d/%d/%04d" % (m, dd, y), "%02d-%s-%02d" % (dd, MON[m - 1].upper(), y % 100),
        "%s %d %d" % (MON[m - 1], dd, y),
    ][style]


def fssn(s, style=None):
    style = style if style is not None else rng.randint(0, 3)
    if style == 0:
        return "%s-%s-%s" % (s[:3], s[3:5], s[5:])
    if style == 1:
        return s
    if style == 2:
        return "%s %s %s" % (s[:3], s[3:5], s[5:])
    return "XXX-XX-" + s[5:]


def fphone(ph, style=None):
    style = style if style is not None else rng.randint(0, 5)
    a, b, c = ph[:3], ph[3:6], ph[6:]
    return ["(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), ph, "+1%s" % ph,
            "%s.%s.%s" % (a, b, c), "%s %s %s" % (a, b, c)][style]


def fname(p, style=None):
    style = style if style is not None else rng.randint(0, 7)
    f, m, l = p.first, p.mid, p.last
    if style == 0:
        return "%s %s" % (f, l)
    if style == 1:
        return "%s, %s" % (l.upper(), f.upper())
    if style == 2:
        return "%s, %s%s" % (l, f, (" " + m[0] + ".") if m else "")
    if style == 3:
        return "%s %s" % (f.lower(), l.lower())
    if style == 4:
        return "%s. %s" % (f[0], l)
    if style == 5:
        return "%s %s" % (f.upper(), l.upper())
    if style == 6:
        return "%s %s%s" % (f, (m + " ") if m else "", l)
    return "%s %s" % (f, l)


# clock
CLOCK = [2024, 7, 8, 5, 58, 11, 0]


def tick():
    s = CLOCK
    s[6] += rng.randint(1, 999)
    s[5] += rng.randint(0, 40) + s[6] // 1000
    s[6] %= 1000
    s[4] += s[5] // 60
    s[5] %= 60
    s[3] += s[4] // 60
    s[4] %= 60
    if s[3] >= 24:
        s[3] = 6
        s[2] += 1
    return tuple(s)


def ts_iso(t, sep=" ", frac=",", ms=True):
    y, mo, d, h, mi, s, f = t
    r = "%04d-%02d-%02d%s%02d:%02d:%02d" % (y, mo, d, sep, h, mi, s)
    return r + ("%s%03d" % (frac, f) if ms else "")


def hexid(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid():
    h = hexid(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:])


def luhn(prefix15):
    digits = [int(c) for c in prefix15]
    tot = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return prefix15 + str((10 - tot % 10) % 10)


def money(x):
    return "%.2f" % x


# --------------------------------------------------------------------------
# families
# --------------------------------------------------------------------------
OUT = []  # list of B


def emit(b):
    OUT.append(b.done())


# ---- 1. Java/Struts case management (log4j) ----
STRUTS_NOISE = [
    "org.apache.struts.action.RequestProcessor - Processing a 'GET' for path '/case/caseload'",
    "org.apache.struts.util.PropertyMessageResources - Initializing, config='org.apache.struts.action.ActionResources', returnNull=true",
    "gov.co.dvr.cms.web.filter.SessionTimeoutFilter - session expired, redirect to /cms/login.do",
    "com.zaxxer.hikari.pool.HikariPool - CmsPool - Pool stats (total=20, active=%d, idle=%d, waiting=0)",
    "org.apache.catalina.core.StandardContext - Reloading Context with name [/cms] has started",
    "net.sf.ehcache.Cache - Cache 'referenceData.counties' hit ratio 0.%02d",
    "gov.co.dvr.cms.web.action.HealthCheckAction - GET /cms/health status=UP db=UP ldap=UP took=%dms",
    "org.hibernate.engine.jdbc.spi.SqlExceptionHelper - SQL Warning Code: 0, SQLState: 01000",
    "gov.co.dvr.cms.service.ReferenceDataLoader - loaded %d SOC codes, 64 county codes, 12 disability impairment codes",
    "org.apache.struts.validator.ValidatorPlugIn - Loading validation rules file from '/WEB-INF/validation.xml'",
    "gov.co.dvr.cms.security.LdapAuthProvider - authenticated user=%s office=%s roles=[COUNSELOR]",
    "gov.co.dvr.cms.web.action.CaseloadAction - caseload rendered user=%s rows=%d took=%dms",
]


def fam_struts(phi):
    t = tick()
    thr = "http-nio-8443-exec-%d" % rng.randint(1, 40)
    lvl = rng.choice(["INFO ", "INFO ", "DEBUG", "WARN "])
    k = pick(6) if phi else -1
    if k == 6:
        lvl = "ERROR"
    b = B("log4j_struts")
    b.t("%s %s [%s] " % (ts_iso(t), lvl, thr))
    if not phi:
        s = rng.choice(STRUTS_NOISE)
        if "user=%s office=%s" in s:
            line = s % (rng.choice(STAFF)[1], rng.choice(OFFICES))
        elif "user=%s rows" in s:
            line = s % (rng.choice(STAFF)[1], rng.randint(10, 140), rng.randint(20, 900))
        elif "active=%d" in s:
            a = rng.randint(0, 20)
            line = s % (a, 20 - a)
        elif "%" in s:
            line = s % tuple(rng.randint(1, 99) for _ in range(s.count("%")))
        else:
            line = s
        b.t(line)
        emit(b)
        if "SqlExceptionHelper" in line and rng.random() < 0.3:
            for fr in ["java.sql.SQLRecoverableException: IO Error: Connection reset",
                       "\tat oracle.jdbc.driver.T4CConnection.doRollback(T4CConnection.java:1082)",
                       "\tat com.zaxxer.hikari.pool.ProxyConnection.rollback(ProxyConnection.java:377)",
                       "\tat gov.co.dvr.cms.dao.CaseDao.save(CaseDao.java:214)"]:
                emit(B("java_stacktrace").t(fr))
        return
    p = person()
    user = p.counselor[1]
    b.t("gov.co.dvr.cms.web.action.")
    if k == 0:
        b.t("CaseSearchAction - search criteria lastName=").p(p.last.upper(), "name")
        b.t(" firstName=").p(p.first.upper(), "name").t(" dob=").p(fdate(p.dob, 1), "date")
        b.t(" results=%d user=%s" % (rng.randint(0, 4), user))
    elif k == 1:
        b.t("CaseAction - viewCase.do?caseId=").p(p.case, "other_id")
        b.t(" opened by %s (%s office)" % (user, p.office))
    elif k == 2:
        b.t("ClientUpdateAction - address changed for participant ").p(p.pid, "other_id")
        b.t(": '").p(p.street, "address").t(", ").p(p.city, "address").t(", CO ").p(p.zip, "zip")
        b.t("' county=").p(p.county.upper(), "address").t(" by=%s" % user)
    elif k == 3:
        b.t("ApplicationAction - new application saved caseNo=").p(p.case, "other_id")
        b.t(" applicant=\"").p(fname(p, 1), "name").t("\" ssn=").p(fssn(p.ssn, 0), "ssn")
        b.t(" applDt=").p(fdate(rdate(2024, 2024), 1), "date").t(" referralSrc=SCHOOL")
    elif k == 4:
        b.t("StatusChangeAction - case ").p(p.case, "other_id")
        b.t(" status 10->12 (Eligible->IPE Development) effective ")
        b.p(fdate(rdate(2024, 2024), 0), "date").t(" user=%s" % user)
    elif k == 5:
        b.t("ContactAction - phone updated client=").p(fname(p, 2), "name").t(" home=")
        b.p(fphone(p.phone, 0), "phone").t(" cell=").p(fphone(p.phone2, 1), "phone")
    else:
        b.t("CaseAction - error saving case ").p(p.case, "other_id")
        emit(b)
        emit(B("java_stacktrace").t("org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [CMS.UK_CLIENT_SSN]"))
        pool = ["\tat org.springframework.orm.hibernate5.SessionFactoryUtils.convertHibernateAccessException(SessionFactoryUtils.java:237)",
                "\tat org.springframework.orm.hibernate5.HibernateTransactionManager.doCommit(HibernateTransactionManager.java:%d)" % rng.randint(560, 600),
                "\tat gov.co.dvr.cms.service.ClientService.save(ClientService.java:%d)" % rng.randint(90, 140),
                "\tat gov.co.dvr.cms.web.action.%s.execute(%s.java:%d)" % (("ApplicationAction",) * 2 + (rng.randint(40, 200),)),
                "\tat org.apache.struts.action.RequestProcessor.processActionPerform(RequestProcessor.java:425)",
                "\tat org.apache.struts.action.ActionServlet.process(ActionServlet.java:1913)"]
        for fr in rng.sample(pool, rng.randint(2, 4)):
            emit(B("java_stacktrace").t(fr))
        emit(B("java_stacktrace").t("Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint \"uk_client_ssn\""))
        b2 = B("java_stacktrace")
        b2.t("  Detail: Key (ssn)=(").p(p.ssn, "ssn").t(") already exists.")
        emit(b2)
        emit(B("java_stacktrace").t("\t... %d more" % rng.randint(28, 60)))
        return
    emit(b)


# ---- 2. .NET Serilog text (eligibility, medical records) ----
def fam_serilog(phi):
    t = tick()
    b = B("serilog_text")
    lvl = rng.choice(["INF", "INF", "DBG", "WRN"])
    b.t("%s -06:00 [%s] " % (ts_iso(t, frac="."), lvl))
    if not phi:
        k = pick(7)
        if k == 0:
            b.t("Microsoft.Hosting.Lifetime: Now listening on: https://[::]:%d" % rng.choice([5001, 7443, 8443]))
        elif k == 1:
            b.t("Microsoft.EntityFrameworkCore.Database.Command: Executed DbCommand (%dms) [Parameters=[@__caseId_0='?' (Size = 14)], CommandType='Text', CommandTimeout='30']" % rng.randint(1, 300))
        elif k == 2:
            b.t("Dvr.Eligibility.Api.Jobs.SixtyDayClock: %d applications within 10 days of the 60-day determination deadline (office=%s)" % (rng.randint(0, 30), rng.choice(OFFICES)))
        elif k == 3:
            b.t("Dvr.MedRecords.FaxGateway: Fax gateway heartbeat ok, queue depth %d, provider=RightFax 16.6, build 16.6.4217" % rng.randint(0, 25))
        elif k == 4:
            b.t("Microsoft.AspNetCore.Hosting.Diagnostics: Request finished HTTP/1.1 GET https://cms-api.dvr.state.co.us/healthz - 200 null text/plain %0.4fms" % (rng.random() * 20))
        elif k == 5:
            b.t("Dvr.MedRecords.Services.ProviderDirectory: refreshed %d providers; contact for directory issues: records.unit@state.co.us, 303-866-4150" % rng.randint(800, 1500))
        elif k == 6:
            b.t("System.Net.Http.HttpClient.SsaWageApi.LogicalHandler: End processing HTTP request after %0.1fms - 200" % (rng.random() * 900))
        else:
            b.t("Dvr.Eligibility.Api.Startup: Feature flags: OOS_WAITLIST=on, PRIORITY_CATEGORY_1_OPEN=true, CAT2=false, CAT3=false; version 4.12.%d+%s" % (rng.randint(0, 40), hexid(7)))
        emit(b)
        return
    p = person()
    k = pick(5)
    if k == 0:
        b.t("Dvr.Eligibility.Api.Services.EligibilityService: Eligibility determined for case ").p(p.case, "other_id")
        b.t(" (").p(fname(p, 0), "name").t("), priority category %d, determination date " % rng.randint(1, 3))
        b.p(fdate(rdate(2024, 2024), 0), "date").t(", days from application %d" % rng.randint(5, 59))
    elif k == 1:
        prov = rng.choice(PROVIDERS)
        b.t("Dvr.MedRecords.Services.RequestService: Records request ").t("MRR-%d" % rng.randint(200000, 299999))
        b.t(" sent to \"%s\" for patient " % prov).p(fname(p, 1), "name").t(" DOB ").p(fdate(p.dob, 1), "date")
        b.t(" MRN ").p(rng.choice(["", "E", "MR"]) + "%07d" % rng.randint(0, 9999999), "mrn")
        b.t(" dates of service ").p(fdate(rdate(2023, 2023), 1), "date").t(" - ").p(fdate(rdate(2024, 2024), 1), "date")
    elif k == 2:
        b.t("Dvr.Eligibility.Api.Services.SsaVerificationService: SSI/SSDI recipient presumed eligible, case ")
        b.p(p.case, "other_id").t(", BNC ").p(p.ssn + p.bic, "health_plan").t(", payment status C01")
    elif k == 3:
        b.t("Dvr.Eligibility.Api.Controllers.ApplicantController: Validation failed for applicant {\"FirstName\": \"")
        b.p(p.first, "name").t("\", \"LastName\": \"").p(p.last, "name").t("\", \"Ssn\": \"").p(fssn(p.ssn, 1), "ssn")
        b.t("\", \"BirthDate\": \"").p("%04d-%02d-%02dT00:00:00" % p.dob, "date").t("\"}: Ssn area number not issued or ITIN entered")
    elif k == 4:
        b.t("Dvr.MedRecords.Services.FaxGateway: Fax to provider 303-555-0%03d delivered (%d pages) re: " % (rng.randint(100, 199), rng.randint(2, 9)))
        b.p(fname(p, 4), "name").t(" / ").p(p.case, "other_id")
    elif k == 5 and p.age > 89:
        b.t("Dvr.Eligibility.Api.Validators.ApplicantValidator: Age check warning for ").p(p.pid, "other_id")
        b.t(": computed age ").p(str(p.age), "age").t(" from DOB ").p(fdate(p.dob, 6), "date").t(" exceeds 89, confirm with applicant")
    else:
        b.t("Dvr.Eligibility.Api.Services.EligibilityService: Extension requested for case ").p(p.case, "other_id")
        b.t("; client agreed to extend determination to ").p(fdate(rdate(2024, 2024), 4), "date")
        b.t(" (reason: awaiting records from %s)" % rng.choice(PROVIDERS))
    emit(b)


# ---- 3. .NET Serilog compact JSON (CLEF) ----
def fam_clef(phi):
    t = tick()
    b = B("serilog_clef_json")
    items = [("@t", ts_iso(t, sep="T", frac=".") + "Z", None)]
    if not phi:
        k = pick(4)
        if k == 0:
            items += [("@mt", "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms", None),
                      ("RequestMethod", "GET", None), ("RequestPath", "/api/v2/referencedata/priority-categories", None),
                      ("StatusCode", 200, None), ("Elapsed", round(rng.random() * 80, 4), None),
                      ("TraceId", hexid(32), None), ("SpanId", hexid(16), None)]
        elif k == 1:
            items += [("@mt", "Outbox dispatched {Count} messages to {Queue}", None), ("Count", rng.randint(0, 60), None),
                      ("Queue", "dvr.ipe.signed", None), ("MachineName", "DVR-APP0%d" % rng.randint(1, 4), None)]
        elif k == 2:
            items += [("@mt", "Vendor {VendorId} certification expires {Expiry}", None),
                      ("@l", "Warning", None), ("VendorId", rng.choice(VENDORS)[0], None),
                      ("Expiry", fdate(rdate(2024, 2024), 0), None), ("Contact", "vendor.relations@state.co.us", None)]
        elif k == 3:
            items += [("@mt", "Authorization {AuthNo} approved by {Approver} amount {Amount}", None),
                      ("AuthNo", "SA-%d-%06d" % (2024, rng.randint(1, 999999)), None),
                      ("Approver", rng.choice(STAFF)[1], None), ("Amount", round(rng.random() * 5000, 2), None)]
        else:
            items += [("@mt", "Cache warmed in {Elapsed} ms", None), ("Elapsed", rng.randint(20, 2000), None),
                      ("Application", "Dvr.Cms.Api", None), ("Version", "4.12.%d" % rng.randint(0, 30), None)]
        jobj(b, items, compact=True)
        emit(b)
        return
    p = person()
    k = pick(3)
    if k == 0:
        items += [("@mt", "IPE signed for {CaseId} goal {SocCode}", None), ("CaseId", p.case, "other_id"),
                  ("SocCode", p.goal[0], None), ("SignedDate", fdate(rdate(2024, 2024), 0), "date"),
                  ("ClientName", fname(p, 0), "name"), ("Counselor", p.counselor[0], None),
                  ("TraceId", hexid(32), None)]
    elif k == 1:
        items += [("@mt", "Applicant matched to existing client {ParticipantId}", None), ("@l", "Warning", None),
                  ("ParticipantId", p.pid, "other_id"), ("MatchScore", round(0.8 + rng.random() * 0.2, 3), None),
                  ("MaskedSsn", "***-**-" + p.ssn[5:], "ssn"),
                  ("InputDob", fdate(p.dob, 1), "date")]
    elif k == 2:
        items += [("@mt", "Medicaid eligibility verified {MedicaidId} for {CaseId}", None),
                  ("MedicaidId", p.medicaid or "K%06d" % rng.randint(0, 999999), "health_plan"),
                  ("CaseId", p.case, "other_id"), ("Program", "Health First Colorado", None),
                  ("EffectiveFrom", fdate(rdate(2023, 2024), 0), "date")]
    else:
        items += [("@mt", "Client contact preference updated {ParticipantId}", None),
                  ("ParticipantId", p.pid, "other_id"), ("PreferredContact", "SMS", None),
                  ("MobilePhone", fphone(p.phone, 3), "phone"), ("Email", p.email, "email"),
                  ("Language", rng.choice(["en", "es", "vi", "so", "hmn"]), None)]
    jobj(b, items, compact=True)
    emit(b)


# ---- 4. NLog pipe layout (AWARE-like .NET batch/service) ----
def fam_nlog(phi):
    t = tick()
    b = B("nlog_pipe")
    b.t("%s.%04d|%s|" % (ts_iso(t, ms=False), rng.randint(0, 9999), rng.choice(["INFO", "INFO", "DEBUG", "WARN", "ERROR"])))
    if not phi:
        b.t(rng.choice([
            "Dvr.Cms.Services.DocumentImport|Imported %d scanned documents from \\\\dvrfs01\\scan$\\inbox in %d ms" % (rng.randint(0, 80), rng.randint(100, 9000)),
            "Dvr.Cms.Services.Smtp|SMTP relay smtp.state.co.us:587 ok, TLS1.2, messageId=<%s@dvr.state.co.us>" % uuid(),
            "Dvr.Cms.Web.Global|Application_Start version=7.3.%d.%d" % (rng.randint(0, 20), rng.randint(1000, 9999)),
            "Dvr.Cms.Services.OosWaitlist|Released %d cases from Category 2 waitlist, remaining %d" % (rng.randint(0, 40), rng.randint(100, 900)),
            "Dvr.Cms.Data.CmsContext|Connection string 'CmsDb' Server=dvr-sql02.dvr.local,1433;Database=CMS;Integrated Security=True",
            "Dvr.Cms.Services.Reporting|SSRS report 'CaseloadAging' rendered for office %s (%d KB)" % (rng.choice(OFFICES), rng.randint(20, 900)),
        ]))
        emit(b)
        return
    p = person()
    k = pick(3)
    if k == 0:
        b.t("Dvr.Cms.Services.DocumentImport|Document 'Medical_Release_").p(strip_acc(p.last).replace(" ", ""), "name")
        b.t(".pdf' attached to case ").p(p.case, "other_id").t(" type=ROI signed=").p(fdate(rdate(2024, 2024), 0), "date")
    elif k == 1:
        b.t("Dvr.Cms.Services.Payments|Maintenance payment EFT for ").p(fname(p, 1), "name")
        if rng.random() < 0.5:
            b.t(" routing=102000021 acct=").p("%d" % rng.randint(10 ** 8, 10 ** 11), "account")
        else:
            b.t(" method=PREPAID_CARD card=").p(luhn("5%d" % rng.randint(10 ** 13, 10 ** 14 - 1)), "account")
        b.t(" amount=%s" % money(rng.random() * 400))
    elif k == 2:
        b.t("Dvr.Cms.Services.Closure|Case ").p(p.case, "other_id").t(" closed status 26 (rehabilitated) on ")
        b.p(fdate(rdate(2024, 2024), 1), "date").t(", employed 90+ days as %s" % p.goal[1])
    else:
        b.t("Dvr.Cms.Services.Guardian|Guardian/representative updated for ").p(p.pid, "other_id")
        b.t(": ").p(p.rel, "name").t(" (%s) " % rng.choice(["parent", "spouse", "sibling", "legal guardian", "rep payee", "emergency contact"]))
        b.p(fphone(p.rel_phone, 1), "phone")
        if rng.random() < 0.5:
            b.t(" fax ").p(fphone(mk_phone(), 1), "fax")
    emit(b)


# ---- 5. .NET exception dump (multi-line) ----
def fam_dotnet_exc(phi):
    t = tick()
    b = B("dotnet_exception")
    b.t("%s ERROR Dvr.Cms.Web.Controllers.%s - Unhandled exception" % (ts_iso(t, frac="."), rng.choice(["IpeController", "AuthorizationController", "InvoiceController"])))
    if phi:
        p = person()
        b.t(" processing case ").p(p.case, "other_id")
    emit(b)
    exc = rng.choice(["System.NullReferenceException: Object reference not set to an instance of an object.",
                      "System.InvalidOperationException: Sequence contains no elements",
                      "System.Data.SqlClient.SqlException (0x80131904): Execution Timeout Expired.  The timeout period elapsed prior to completion of the operation or the server is not responding."])
    emit(B("dotnet_exception").t(exc))
    for fr in rng.sample(["   at Dvr.Cms.Services.IpeService.GetActiveGoal(String caseId) in D:\\a\\1\\s\\src\\Dvr.Cms.Services\\IpeService.cs:line 88",
                          "   at Dvr.Cms.Web.Controllers.IpeController.Sign(IpeSignModel model) in D:\\a\\1\\s\\src\\Dvr.Cms.Web\\Controllers\\IpeController.cs:line 142",
                          "   at System.Linq.ThrowHelper.ThrowNoElementsException()",
                          "   at lambda_method(Closure , Object , Object[] )",
                          "   at System.Web.Mvc.ActionMethodDispatcher.Execute(ControllerBase controller, Object[] parameters)"], 3):
        emit(B("dotnet_exception").t(fr))


# ---- 6. Eligibility determination JSON (event export) ----
def fam_elig_json(phi):
    b = B("eligibility_json")
    if not phi:
        jobj(b, [("eventType", "ELIG_SLA_REPORT", None), ("office", rng.choice(OFFICES), None),
                 ("quarter", "2024Q%d" % rng.randint(1, 3), None), ("determinationsMade", rng.randint(20, 300), None),
                 ("within60Days", round(0.8 + rng.random() * 0.2, 3), None),
                 ("generatedBy", "elig-sla-job", None), ("runId", uuid(), None)])
        emit(b)
        return
    p = person()
    ad = rdate(2024, 2024)
    ad = (ad[0], min(ad[1], 5), min(ad[2], 20))
    dd = (ad[0], ad[1] + rng.randint(0, 2), 0)
    dd = (dd[0], dd[1], rng.randint(ad[2] + 1, 28) if dd[1] == ad[1] else rng.randint(1, 28))

    def impair(b):
        jobj(b, [("impairmentCode", p.disab[1], None), ("description", p.disab[0], None),
                 ("significance", rng.choice(["MOST_SIGNIFICANT", "SIGNIFICANT"]), None)])

    items = [("eventType", "ELIGIBILITY_DETERMINED", None), ("case_id", p.case, "other_id"),
             ("participant", fname(p, rng.choice([0, 2, 6])), "name"),
             ("dob", fdate(p.dob, 0), "date"),
             ("applicationDate", fdate(ad, 0), "date"),
             ("determinationDate", fdate(dd, 0), "date"),
             ("eligible", rng.random() < 0.85, None), ("priorityCategory", rng.randint(1, 3), None),
             ("primaryImpairment", impair, None)]
    if p.age > 89:
        items.insert(4, ("ageAtApplication", p.age, "age"))
    else:
        items.insert(4, ("ageAtApplication", p.age, None))
    if p.medicaid and rng.random() < 0.6:
        items.append(("medicaidId", p.medicaid, "health_plan"))
    items.append(("counselor", p.counselor[1], None))
    jobj(b, items)
    emit(b)


# ---- 7. IPE XML ----
def fam_ipe_xml(phi):
    b = B("ipe_xml")
    if not phi:
        b.t('<?xml version="1.0" encoding="UTF-8"?><IpeBatch xmlns="urn:co:dvr:ipe:v3" batchId="%s" count="%d" schemaVersion="3.2"/>' % (uuid(), rng.randint(1, 80)))
        emit(b)
        return
    p = person()
    b.t('<IPE version="3.2"><CaseNo>').p(p.case, "other_id").t("</CaseNo><Client><Name>")
    b.p(fname(p, 6), "name").t("</Name><DOB>").p(fdate(p.dob, 0), "date").t("</DOB>")
    if rng.random() < 0.5:
        b.t("<Phone>").p(fphone(p.phone, 1), "phone").t("</Phone>")
    b.t('</Client><EmploymentGoal soc="%s">%s</EmploymentGoal>' % p.goal)
    if p.goal[0] in ("29-2061", "31-1131", "53-3032") and rng.random() < 0.7:
        ctype = {"29-2061": "LPN", "31-1131": "CNA", "53-3032": "CDL-A"}[p.goal[0]]
        num = {"LPN": "LPN.%07d" % rng.randint(0, 9999999), "CNA": "CNA.%07d" % rng.randint(0, 9999999),
               "CDL-A": "%02d-%03d-%04d" % (rng.randint(1, 99), rng.randint(0, 999), rng.randint(0, 9999))}[ctype]
        b.t('<Credential type="%s" state="CO" number="' % ctype).p(num, "license").t('" status="IN_PROGRESS"/>')
    b.t("<SignedDate>").p(fdate(rdate(2024, 2024), 0), "date").t("</SignedDate>")
    b.t("<Services>")
    for _ in range(rng.randint(1, 3)):
        s = rng.choice(SERVICES)
        v = rng.choice(VENDORS)
        b.t('<Service code="%s" provider="%s" start="' % (s[0], v[0])).p(fdate(rdate(2024, 2024), 0), "date")
        b.t('" est="%s"/>' % money(s[3] * rng.randint(1, 40)))
    b.t("</Services><Counselor>%s</Counselor></IPE>" % p.counselor[0])
    emit(b)


# ---- 8. Vendor service authorizations (CSV with header) ----
AUTH_HDR = "auth_no,vendor_id,vendor_name,case_no,client_last,client_first,svc_code,svc_desc,units,unit_type,rate,begin_dt,end_dt,counselor"
_auth_hdr_done = [0]


def fam_auth_csv(phi):
    if not _auth_hdr_done[0] or rng.random() < 0.15:
        emit(B("auth_csv").t(AUTH_HDR))
        _auth_hdr_done[0] = 1
    b = B("auth_csv")
    v = rng.choice(VENDORS)
    s = rng.choice(SERVICES)
    b.t("SA-2024-%06d,%s,\"%s\"," % (rng.randint(1, 999999), v[0], v[1]))
    if phi:
        p = person()
        b.p(p.case, "other_id").t(",").p(p.last, "name").t(",").p(p.first, "name").t(",")
    else:
        b.t(",,,")  # group authorization / pre-ETS block purchase
    b.t("%s,%s,%d,%s,%s," % (s[0], s[1], rng.randint(1, 40), s[2], s[3]))
    d1 = rdate(2024, 2024)
    if phi:
        b.p(fdate(d1, 1), "date").t(",").p(fdate((d1[0], min(12, d1[1] + 2), d1[2]), 1), "date")
    else:
        b.t(fdate(d1, 1) + "," + "12/31/2024")
    b.t(",%s" % rng.choice(STAFF)[1])
    emit(b)


# ---- 9. Vendor invoices (pipe) ----
def fam_invoice_pipe(phi):
    b = B("invoice_pipe")
    v = rng.choice(VENDORS)
    s = rng.choice(SERVICES)
    units = rng.randint(1, 30)
    if not phi:
        kind = rng.randint(0, 2)
        if kind == 0:
            b.t("HDR|%s|%s|%s|BATCH-%d|%s|%d" % (v[0], v[1].upper(), v[2], rng.randint(10000, 99999), "20240708", rng.randint(1, 40)))
        elif kind == 1:
            b.t("TRL|%d|%s|CHK" % (rng.randint(1, 40), money(rng.random() * 40000)))
        else:
            b.t("REMIT|%s|%s|1550 Larimer St Ste 400|Denver|CO|80202|ap.vendors@%s.com|303-555-0%03d" % (v[0], v[1], v[1].split()[0].lower(), rng.randint(100, 199)))
        emit(b)
        return
    p = person()
    b.t("DTL|%s|INV-%d-%05d|SA-2024-%06d|" % (v[0], 2024, rng.randint(1, 99999), rng.randint(1, 999999)))
    b.p(p.case, "other_id").t("|").p(fname(p, 1), "name").t("|")
    d = rdate(2024, 2024)
    b.p(fdate(d, 5), "date").t("|").p(fdate((d[0], d[1], min(28, d[2] + rng.randint(0, 20))), 5), "date")
    b.t("|%s|%s|%d|%s|%s" % (s[0], s[1], units, s[3], money(units * s[3])))
    if s[0] == "HA" and rng.random() < 0.8:
        b.t("|SN:").p("%s%07d" % (rng.choice(["PH", "OT", "SG"]), rng.randint(0, 9999999)), "device")
    emit(b)


def seq_dates():
    a = (2022 + rng.randint(0, 1), rng.randint(1, 12), rng.randint(1, 28))
    e = (a[0] + (1 if a[1] > 10 else 0), (a[1] + 1) % 12 + 1, rng.randint(1, 28))
    i = (2024, rng.randint(1, 3), rng.randint(1, 28))
    x = (2024, rng.randint(4, 6), rng.randint(1, 28))
    return a, e, i, x


# ---- 10. RSA-911 fixed width ----
def fam_rsa_fixed(phi):
    b = B("rsa911_fixed")
    if not phi:
        if rng.random() < 0.5:
            b.t("H08G2024Q3RSA911   V2.3 COLORADO DVR                 20240708%07d" % rng.randint(1, 30000))
        else:
            b.t("T08G2024Q3%09d%012d" % (rng.randint(1000, 30000), rng.randint(10 ** 8, 10 ** 10)))
        emit(b)
        return
    p = person()
    b.t("D08G")
    b.p(p.pid, "other_id").t(" " * (12 - len(p.pid)))
    if rng.random() < 0.15:
        b.t("999999999")
    else:
        b.p(p.ssn, "ssn")
    b.p(fdate(p.dob, 5), "date").t("1" if p.sex == "M" else "2")
    b.t("".join(rng.choice("01") for _ in range(6)))
    b.t(p.disab[1] + "%02d" % rng.randint(1, 38))
    a, e, i, x = seq_dates()
    b.p(fdate(a, 5), "date").p(fdate(e, 5), "date")
    b.p(fdate(i, 5), "date")
    if rng.random() < 0.5:
        b.p(fdate(x, 5), "date").t("%02d" % rng.choice([1, 3, 7, 11]))
    else:
        b.t(" " * 8 + "00")
    b.p(p.zip, "zip")
    b.t("%07d%02d%s" % (rng.randint(0, 3500), rng.randint(0, 40), p.goal[0].replace("-", "")))
    b.t("2024Q3")
    emit(b)


# ---- 11. RSA-911 CSV ----
RSA_HDR = "E1_AgencyCode,E2_UniqueIdentifier,E3_SSN,E4_DateOfBirth,E5_Sex,E19_ZipCode,E22_DateOfApplication,E23_DateOfEligibility,E29_DateOfIPE,E353_DateOfExit,E354_TypeOfExit,E357_ReasonForExit,E21_PrimaryImpairment,ReportPeriod"
_rsa_hdr = [0]


def fam_rsa_csv(phi):
    if not _rsa_hdr[0] or rng.random() < 0.1:
        emit(B("rsa911_csv").t(RSA_HDR))
        _rsa_hdr[0] = 1
    b = B("rsa911_csv")
    if not phi:
        b.t("# validation summary: %d records, %d edit-check errors (E3 invalid: %d, E4 future date: 0), file=CO_RSA911_2024Q3_v%d.csv" % (
            rng.randint(20000, 30000), rng.randint(0, 200), rng.randint(0, 20), rng.randint(1, 4)))
        emit(b)
        return
    p = person()
    b.t("08G,").p(p.pid, "other_id").t(",")
    if rng.random() < 0.1:
        b.t("999999999")
    else:
        b.p(p.ssn, "ssn")
    b.t(",").p(fdate(p.dob, 6), "date").t(",%s," % ("1" if p.sex == "M" else "2")).p(p.zip, "zip").t(",")
    a, e, i, x = seq_dates()
    b.p(fdate(a, 6), "date").t(",").p(fdate(e, 6), "date").t(",")
    b.p(fdate(i, 6), "date").t(",")
    if rng.random() < 0.5:
        b.p(fdate(x, 6), "date").t(",%d,%02d" % (rng.randint(1, 4), rng.choice([1, 3, 7, 11])))
    else:
        b.t(",,")
    b.t(",%s,2024Q3" % p.disab[1])
    emit(b)


# ---- 12. SSA Ticket to Work / cost reimbursement (pipe) ----
def fam_ttw(phi):
    b = B("ssa_ttw_pipe")
    if not phi:
        k = pick(2)
        if k == 0:
            b.t("HDR|VRCR|CO-DVR|SVR-08-001|%s|%d|REQ" % ("20240708", rng.randint(100, 999)))
        elif k == 1:
            b.t("ACK|BATCH CR24%05d|ACCEPTED %d|REJECTED %d|SSA OESP" % (rng.randint(0, 99999), rng.randint(0, 90), rng.randint(0, 9)))
        else:
            b.t("TRL|%d|%s" % (rng.randint(1, 200), money(rng.random() * 900000)))
        emit(b)
        return
    p = person()
    k = pick(1)
    if k == 0:
        b.t("CLM|").p(fssn(p.ssn, 1), "ssn").t("|").p(p.ssn + p.bic, "health_plan").t("|")
        b.p(p.last.upper(), "name").t("|").p(p.first.upper(), "name").t("|").p(fdate(p.dob, 5), "date")
        b.t("|").p(p.ticket, "other_id").t("|SVR|")
        b.p(fdate(rdate(2023, 2023), 5), "date").t("|").p(fdate(rdate(2024, 2024), 5), "date")
        b.t("|SGA9|%s" % money(rng.random() * 20000))
    else:
        b.t("TKT|").p(p.ticket, "other_id").t("|ASSIGNED-SVR|").p(fdate(rdate(2023, 2024), 5), "date")
        b.t("|").p(fname(p, 5), "name").t("|").p(p.zip, "zip").t("|EN=NONE")
    emit(b)


# ---- 13. UI wage records match (CSV) ----
def fam_wage(phi):
    b = B("wage_match_csv")
    if not phi:
        if rng.random() < 0.4:
            b.t("ssn,last_name,first_name,employer_fein,employer_name,year_qtr,wages,match_type")
        else:
            e = rng.choice(EMPLOYERS)
            b.t("# CDLE UI wage match run %s: submitted %d, matched %d, employer %s (%s) appears %d times" % (
                "2024-07-08", rng.randint(5000, 30000), rng.randint(1000, 9000), e[0], e[1], rng.randint(5, 60)))
        emit(b)
        return
    p = person()
    e = rng.choice(EMPLOYERS)
    b.p(fssn(p.ssn, rng.choice([0, 1])), "ssn").t(",").p(p.last.upper(), "name").t(",").p(p.first.upper(), "name")
    b.t(",%s,\"%s\",2024%d,%s,%s" % (e[1].replace("-", ""), e[0], rng.randint(1, 2), money(rng.random() * 14000), rng.choice(["EXACT", "SSN_ONLY", "SSN_NAME_FUZZY"])))
    emit(b)


# ---- 14. Counselor case notes typed fast ----
def fam_casenote(phi):
    t = tick()
    b = B("case_note")
    st = rng.choice(STAFF)
    b.t("%s [CaseNote] author=%s " % (ts_iso(t, ms=False), st[1]))
    if not phi:
        v = rng.choice(VENDORS)
        b.t(rng.choice([
            "note: staff mtg moved to %s %d%s, bring caseload aging rpt. -%s" % (rng.choice(["thurs", "weds", "fri"]), rng.randint(1, 4), rng.choice(["pm", ":30"]), st[0].split()[0]),
            "reminder to self: %s invoices need SA# on them or AP kicks them back (called their billing line %s)" % (v[1], "303-555-0%03d" % rng.randint(100, 199)),
            "office closed 7/4, phones fwd to 303-866-4150 main line",
            "training: new RSA-911 edit checks go live Q3, see sharepoint /sites/dvr/rsa911 (ticket INC%07d)" % rng.randint(0, 9999999),
            "fax machine in %s office down again, use RightFax 720-555-0100" % rng.choice(OFFICES),
            "covering caseload for %s thru %d/%d, %d cases in status 02-10 need 60 day review" % (rng.choice(STAFF)[0], rng.randint(7, 8), rng.randint(1, 28), rng.randint(3, 30)),
            "vendor site visit %s - CARF cert current, expires %d/2026, contact on file %s" % (v[1], rng.randint(1, 12), "billing@" + v[1].split()[0].lower() + ".com"),
            "q3 pre-ets block auth SA-2024-%06d for %s spent %d%%" % (rng.randint(1, 999999), rng.choice(["Greeley West HS", "Pueblo Central HS", "Mesa County Valley SD 51"]), rng.randint(10, 99)),
        ]))
        emit(b)
        return
    p = person()
    k = pick(6)
    if k == 0:
        b.t("mtg w/ clt ").p(fname(p, 3), "name").t(" today at %s ofc. clt reports " % p.office)
        b.t(rng.choice(["dx ", "new dx "]) + p.disab[0].lower() + ", seeing dr at %s. " % rng.choice(PROVIDERS))
        b.t("next appt ").p(fdate(rdate(2024, 2024), 2), "date").t(" @ 10:30. cell ").p(fphone(p.phone, 2), "phone")
    elif k == 1:
        b.t("clt called, lost her job at %s. sister " % rng.choice(EMPLOYERS)[0]).p(p.rel.split()[0].lower(), "name")
        b.t(" will drive her to appts, ph ").p(fphone(p.rel_phone, 5), "phone").t(". case ").p(p.case, "other_id")
    elif k == 2:
        b.t("IPE amendment - ").p(fname(p, 4), "name").t(" wants to switch goal to %s. " % rng.choice(GOALS)[1].lower())
        b.t("dob ").p(fdate(p.dob, 2), "date")
        b.t(" so under 24, pre-ets ok." if p.age < 24 else (" - retirement age, confirm she/he really wants FT." if p.age > 64 else " - not pre-ets."))
        b.t(" home visit at ").p(p.street, "address")
        b.t(" ").p(p.city.lower(), "address")
    elif k == 3:
        b.t("Called ").p(p.first, "name").t(" re: missing paystubs, no answer, LVM. email sent to ").p(p.email, "email")
        b.t(". if no contact by ").p(fdate(rdate(2024, 2024), 6), "date").t(" send 10-day closure ltr")
    elif k == 4:
        b.t("received records from %s for " % rng.choice(PROVIDERS)).p(fname(p, 0), "name")
        b.t(" MRN# ").p("%d" % rng.randint(100000, 9999999), "mrn").t(", dated ").p(fdate(rdate(2024, 2024), 4), "date")
        b.t(". supports most sig disab, cat 1")
    elif k == 5:
        b.t("clt ").p(p.first + " " + p.last, "name").t(" is %d yo" % p.age if p.age <= 89 else " is ")
        if p.age > 89:
            b.p(str(p.age), "age").t(" yo")
        b.t(rng.choice([", wants part time work", ", interested in self-employment (etsy shop)", ", wants to get back into bookkeeping",
                        ", says family wants clt out of the house during the day", ", needs work w/ no lifting"]))
        if rng.random() < 0.5:
            b.t(". dl# ").p(p.dl, "license").t(" exp soon, will renew. ssn on file ").p(fssn(p.ssn, 3), "ssn")
        else:
            b.t(". ID for I-9: CO DL ").p(p.dl.replace("-", ""), "license").t(rng.choice([" (expired)", "", " - copy scanned"]))
    else:
        b.t("job dev: ").p(p.first.lower(), "name").t(" hired at %s starting " % rng.choice(EMPLOYERS)[0])
        b.p(fdate(rdate(2024, 2024), 8), "date").t(", $%.2f/hr, %d hrs. updated linkedin " % (16 + rng.random() * 12, rng.choice([20, 25, 30, 32, 40]))).p(
            "https://www.linkedin.com/in/%s-%s-%d" % (strip_acc(p.first).lower().replace(" ", "-"), strip_acc(p.last).lower().replace(" ", "-").replace("'", "").replace(".", ""), rng.randint(100, 9999)), "url")
    emit(b)


# ---- 15. AT purchase orders (JSON) ----
AT_ITEMS = [("Power wheelchair Permobil M3 Corpus", "PMB"), ("CCTV video magnifier Merlin Elite", "MRL"),
            ("Binaural hearing aids Phonak Audeo P90", "PH"), ("Laptop w/ JAWS + ZoomText license", "5CD"),
            ("Ergonomic sit-stand workstation", "ERG"), ("Braille display Focus 40 Blue", "FB4"),
            ("Vehicle modification: rear-entry ramp + hand controls", "VMD")]


def fam_at_po(phi):
    b = B("at_po_json")
    it = rng.choice(AT_ITEMS + [AT_ITEMS[-1]])
    v = {"VMD": VENDORS[3], "PH": VENDORS[1], "MRL": VENDORS[4]}.get(it[1], VENDORS[2])
    po = "PO-AT-24-%05d" % rng.randint(0, 99999)
    if not phi:
        jobj(b, [("poNumber", po, None), ("status", rng.choice(["APPROVED", "PENDING_SUPERVISOR", "RECEIVED"]), None),
                 ("vendor", v[1], None), ("fein", v[2], None),
                 ("item", it[0], None), ("qty", 1, None), ("unitCost", round(rng.random() * 9000 + 300, 2), None),
                 ("approver", rng.choice(STAFF)[1], None), ("correlationId", uuid(), None)])
        emit(b)
        return
    p = person()
    items = [("poNumber", po, None), ("caseNo", p.case, "other_id"), ("consumerName", fname(p, 2), "name"),
             ("vendorId", v[0], None), ("item", it[0], None),
             ("deliveryAddress", lambda b: jobj(b, [("line1", p.street, "address"), ("city", p.city, "address"),
                                                    ("state", "CO", None), ("zip", p.zip4 if rng.random() < 0.4 else p.zip, "zip")]), None)]
    if it[1] == "VMD":
        vin = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))
        items.append(("vehicleVin", vin, "vehicle"))
        items.append(("plate", "%s%s%s-%03d" % (rng.choice("ABCDEFGHJK"), rng.choice("ABCDEFGHJK"), rng.choice("ABCDEFGHJK"), rng.randint(0, 999)), "vehicle"))
    else:
        items.append(("serialNumber", "%s%s%06d" % (it[1], rng.choice(["-", "", "22-"]), rng.randint(0, 999999)), "device"))
        if it[1] == "5CD":
            items.append(("macAddress", ":".join(hexid(2).upper() for _ in range(6)), "device"))
    items.append(("deliveredOn", fdate(rdate(2024, 2024), 0), "date"))
    jobj(b, items)
    emit(b)


# ---- 16. Django client portal (django.request / app loggers) ----
def fam_django(phi):
    t = tick()
    b = B("django_log")
    if not phi:
        msg = rng.choice([
            "django.request: Not Found: /static/portal/css/app.%s.css" % hexid(8),
            "django.security.DisallowedHost: Invalid HTTP_HOST header: '%d.%d.%d.%d'. You may need to add it to ALLOWED_HOSTS." % (10, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)),
            "django.db.backends: (0.%03d) SELECT \"portal_announcement\".\"id\" FROM \"portal_announcement\" WHERE \"portal_announcement\".\"active\" LIMIT 5; args=(True,)" % rng.randint(1, 999),
            "portal.health: readiness ok db=%dms redis=%dms s3=%dms" % (rng.randint(1, 20), rng.randint(1, 9), rng.randint(10, 90)),
            "django.request: Internal Server Error: /portal/api/offices/ (ConnectionRefusedError: [Errno 111] Connection refused)",
            "portal.middleware.ratelimit: throttled 10.40.%d.%d on /portal/accounts/login/ (6 req/min)" % (rng.randint(0, 255), rng.randint(1, 254)),
        ])
        lvl = "ERROR" if "Error" in msg else ("WARNING" if ("Not Found" in msg or "Disallowed" in msg or "throttled" in msg) else ("DEBUG" if "backends" in msg else "INFO"))
        b.t("[%s] %s %s" % (ts_iso(t), lvl, msg))
        emit(b)
        return
    p = person()
    k = pick(5)
    b.t("[%s] %s " % (ts_iso(t), ["INFO", "WARNING", "INFO", "INFO", "INFO", "WARNING"][k]))
    if k == 0:
        b.t("portal.accounts: login success user=").p(p.username, "other_id").t(" ip=").p(p.ip, "ip").t(" mfa=sms")
    elif k == 1:
        b.t("django.request: Forbidden (CSRF token missing.): /portal/case/").p(p.case, "other_id").t("/documents/upload/")
    elif k == 2:
        b.t("portal.documents: upload ok user_id=%d case=" % rng.randint(1000, 99999)).p(p.case, "other_id")
        b.t(" file='").p(strip_acc(p.first).replace(" ", ""), "name").t("_").p(strip_acc(p.last).replace(" ", "").replace("'", ""), "name")
        b.t("_paystub_%s.pdf' size=%d" % ("2024-06", rng.randint(30000, 900000)))
    elif k == 3:
        b.t("portal.profile: profile photo updated for ").p(p.username, "other_id").t(" data=data:image/jpeg;base64,")
        raw = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]) + b"JFIF\x00" + bytes(rng.randint(0, 255) for _ in range(60))
        import base64
        b.p(base64.b64encode(raw).decode(), "photo").t("...(truncated 48213 bytes)")
    elif k == 4:
        b.t("portal.appointments: client ").p(p.pid, "other_id").t(" requested reschedule of appt ")
        b.p("%04d-%02d-%02dT%02d:%s:00-06:00" % (rdate(2024, 2024) + (rng.randint(8, 16), rng.choice(["00", "30"]))), "date")
        b.t(" reason=\"%s\"" % rng.choice(["no ride", "doctor appt same day", "work schedule", "kid sick"]))
    else:
        b.t("portal.forms: ValidationError on IntakeForm fields={'email': ['Enter a valid email address.'], 'date_of_birth': ['").p(
            fdate(p.dob, 1), "date")
        nm = fname(p, 0)
        q = '"' if "'" in nm else "'"
        b.t("']} name=" + q).p(nm, "name").t(q)
    emit(b)


# ---- 17. gunicorn access log ----
def fam_gunicorn(phi):
    t = tick()
    b = B("gunicorn_access")
    tstamp = "[%02d/%s/%04d:%02d:%02d:%02d -0600]" % (t[2], MON[t[1] - 1], t[0], t[3], t[4], t[5])
    ua = rng.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
                     "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
                     "Mozilla/5.0 (Linux; Android 14; SM-A156U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.165 Mobile Safari/537.36"])
    if not phi:
        b.t("10.40.%d.%d - - %s \"GET %s HTTP/1.1\" 200 %d \"-\" \"kube-probe/1.29\"" % (
            rng.randint(0, 9), rng.randint(1, 254), tstamp, rng.choice(["/healthz", "/readyz", "/portal/static/js/main.%s.js" % hexid(8)]), rng.randint(2, 90000)))
        emit(b)
        return
    p = person()
    b.p(p.ip, "ip").t(" - ").p(p.username, "other_id").t(" %s \"%s " % (tstamp, rng.choice(["GET", "POST"])))
    path = rng.choice(["/portal/case/{c}/", "/portal/case/{c}/messages/", "/portal/case/{c}/ipe/", "/portal/appointments/"])
    pre, _, post = path.partition("{c}")
    b.t(pre)
    if _:
        b.p(p.case, "other_id")
    b.t(post + " HTTP/1.1\" %d %d \"https://portal.dvr.colorado.gov/portal/dashboard/\" \"%s\"" % (
        rng.choice([200, 200, 302, 403]), rng.randint(900, 60000), ua))
    emit(b)


# ---- 18. Celery / Twilio SMS reminders ----
def fam_sms(phi):
    t = tick()
    b = B("celery_twilio")
    b.t("[%s: INFO/ForkPoolWorker-%d] " % (ts_iso(t), rng.randint(1, 8)))
    if not phi:
        k = pick(3)
        if k == 0:
            b.t("Task portal.tasks.send_appointment_reminders[%s] succeeded in %0.3fs: {'sent': %d, 'failed': %d}" % (uuid(), rng.random() * 30, rng.randint(0, 200), rng.randint(0, 5)))
        elif k == 1:
            b.t("twilio.http_client: -- BEGIN Twilio API Request --")
        elif k == 2:
            b.t("twilio.http_client: Response Status Code: 201, Response Headers: {'Twilio-Request-Id': 'RQ%s', 'X-Shenanigans': 'none'}" % hexid(32))
        else:
            b.t("Task portal.tasks.handle_status_callback[%s] received: MessageSid=SM%s MessageStatus=%s ErrorCode=%s" % (
                uuid(), hexid(32), rng.choice(["delivered", "undelivered", "sent"]), rng.choice(["None", "30003", "30006"])))
        emit(b)
        return
    p = person()
    k = pick(2)
    if k == 0:
        b.t("twilio.http_client: POST Request: https://api.twilio.com/2010-04-01/Accounts/AC%s/Messages.json" % hexid(32))
        emit(b)
        b = B("celery_twilio")
        b.t("[%s: INFO/ForkPoolWorker-%d] twilio.http_client: PAYLOAD: {'To': '" % (ts_iso(tick()), rng.randint(1, 8)))
        b.p(fphone(p.phone, 3), "phone").t("', 'From': '+17205550100', 'Body': '")
        first = p.first.split()[0]
        if rng.random() < 0.5:
            b.t("Hi ").p(first, "name").t(", this is Colorado DVR. Reminder: appt w/ %s on " % p.counselor[0])
            b.p("%d/%d" % (rng.randint(7, 8), rng.randint(1, 28)), "date").t(" at %d:%s. Reply C to confirm, R to reschedule.'}" % (rng.choice([8, 9, 10, 11, 1, 2, 3, 4]), rng.choice(["00", "30"])))
        else:
            b.t("Hola ").p(first, "name").t(", le recordamos su cita con DVR el ")
            b.p("%d de %s" % (rng.randint(1, 28), rng.choice(["julio", "agosto"])), "date").t(". Responda C para confirmar.'}")
    elif k == 1:
        b.t("portal.sms: inbound from ").p(fphone(p.phone, 3), "phone").t(" body='").t(rng.choice([
            "C", "cant make it tmrw my ride fell thru", "STOP", "whats my case #?", "R"])).t("' matched client ").p(p.pid, "other_id")
    else:
        b.t("portal.sms: opt-out recorded for ").p(fphone(p.phone, 2), "phone").t(" (").p(fname(p, 0), "name").t(")")
    emit(b)


# ---- 19. Windows event log (XML, one line per event) ----
def fam_winevt(phi):
    t = tick()
    b = B("windows_event_xml")
    host = "DVR-%s%02d.dvr.local" % (rng.choice(["FS", "APP", "WS"]), rng.randint(1, 30))
    st = rng.choice(STAFF)
    b.t("<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Security-Auditing' Guid='{54849625-5478-4994-a5ba-3e3b0328c30d}'/>")
    eid = 4663 if phi else rng.choice([4624, 4634, 4625, 4672])
    b.t("<EventID>%d</EventID><TimeCreated SystemTime='%s.%07dZ'/><Computer>%s</Computer></System><EventData>" % (
        eid, ts_iso(t, sep="T", ms=False), rng.randint(0, 9999999), host))
    b.t("<Data Name='SubjectUserSid'>S-1-5-21-%d-%d-%d-%d</Data><Data Name='SubjectUserName'>%s</Data><Data Name='SubjectDomainName'>DVR</Data>" % (
        rng.randint(10 ** 9, 4 * 10 ** 9), rng.randint(10 ** 9, 4 * 10 ** 9), rng.randint(10 ** 8, 10 ** 9), rng.randint(1000, 9999), st[1]))
    if phi:
        p = person()
        b.t("<Data Name='ObjectType'>File</Data><Data Name='ObjectName'>\\\\dvrfs01\\Cases\\%s\\" % p.office.replace(" ", ""))
        b.p(strip_acc(p.last).upper().replace(" ", ""), "name").t("_").p(strip_acc(p.first).replace(" ", ""), "name").t("_")
        b.p(p.case.replace("-", ""), "other_id").t("\\medical\\%s_" % rng.choice(["UCHealth", "psych_eval", "audiogram", "neuropsych"]))
        b.p(fdate(rdate(2024, 2024), 0), "date").t(".pdf</Data><Data Name='AccessMask'>0x1</Data>")
    else:
        b.t("<Data Name='LogonType'>%d</Data><Data Name='IpAddress'>10.20.%d.%d</Data><Data Name='WorkstationName'>DVR-WS%03d</Data>" % (
            rng.choice([2, 3, 10]), rng.randint(0, 255), rng.randint(1, 254), rng.randint(1, 300)))
    b.t("</EventData></Event>")
    emit(b)


# ---- 20. Windows event via Snare syslog ----
def fam_snare(phi):
    t = tick()
    b = B("snare_syslog")
    host = "DVR-APP%02d" % rng.randint(1, 6)
    b.t("<14>%s %2d %02d:%02d:%02d %s MSWinEventLog\t1\t" % (MON[t[1] - 1], t[2], t[3], t[4], t[5], host))
    if not phi:
        b.t(rng.choice([
            "System\t%d\t%s %s %2d %02d:%02d:%02d 2024\t7036\tService Control Manager\tN/A\tN/A\tInformation\t%s\tNone\t\tThe DVR Batch Scheduler service entered the running state.\t%d",
            "Application\t%d\t%s %s %2d %02d:%02d:%02d 2024\t1000\tApplication Error\tN/A\tN/A\tError\t%s\tNone\t\tFaulting application name: w3wp.exe, version: 10.0.17763.1, faulting module name: clr.dll\t%d",
            "Application\t%d\t%s %s %2d %02d:%02d:%02d 2024\t5011\tWAS\tN/A\tN/A\tWarning\t%s\tNone\t\tA process serving application pool 'CmsAppPool' suffered a fatal communication error with the Windows Process Activation Service.\t%d",
        ]) % (rng.randint(1000, 99999), ["Mon", "Tue", "Wed"][t[2] % 3], MON[t[1] - 1], t[2], t[3], t[4], t[5], host, rng.randint(1, 9999)))
        emit(b)
        return
    p = person()
    b.t("Application\t%d\t%s %s %2d %02d:%02d:%02d 2024\t1309\tASP.NET 4.0.30319.0\tN/A\tN/A\tWarning\t%s\tNone\t\tEvent code: 3005 Event message: An unhandled exception has occurred. Request URL: https://cms.dvr.local/Client/Search?ssn=" % (
        rng.randint(1000, 99999), ["Mon", "Tue", "Wed"][t[2] % 3], MON[t[1] - 1], t[2], t[3], t[4], t[5], host))
    b.p(p.ssn, "ssn").t("&lastName=").p(strip_acc(p.last).replace(" ", "+").replace("'", "%27"), "name")
    b.t(" User: DVR\\%s Exception type: SqlException\t%d" % (rng.choice(STAFF)[1], rng.randint(1, 9999)))
    emit(b)


# ---- 21. Batch job logs (Spring Batch / cron) ----
JOBS = ["rsa911QuarterlyExtract", "wageRecordMatchJob", "ssaTicketSyncJob", "vendorInvoiceImportJob", "ipeAnniversaryReviewJob"]


def fam_batch(phi):
    t = tick()
    b = B("spring_batch")
    b.t("%s  %s %d --- [           main] " % (ts_iso(t, frac="."), rng.choice(["INFO", "INFO", "WARN"]), rng.randint(1000, 40000)))
    job = rng.choice(JOBS)
    if not phi:
        k = pick(4)
        if k == 0:
            b.t("o.s.b.c.l.support.SimpleJobLauncher      : Job: [FlowJob: [name=%s]] launched with the following parameters: [{run.id=%d, quarter=2024Q3}]" % (job, rng.randint(1, 400)))
        elif k == 1:
            b.t("o.s.batch.core.step.AbstractStep         : Step: [%sStep] executed in %dm%ds%dms" % (job.replace("Job", ""), rng.randint(0, 40), rng.randint(0, 59), rng.randint(0, 999)))
        elif k == 2:
            b.t("o.s.b.c.l.support.SimpleJobLauncher      : Job: [FlowJob: [name=%s]] completed with the following parameters: [{run.id=%d}] and the following status: [COMPLETED] in %ds" % (job, rng.randint(1, 400), rng.randint(5, 3000)))
        elif k == 3:
            b.t("g.c.d.batch.listener.StatsListener       : read=%d write=%d skip=%d filter=%d commit=%d" % (rng.randint(100, 30000), rng.randint(100, 30000), rng.randint(0, 30), rng.randint(0, 300), rng.randint(1, 300)))
        else:
            b.t("g.c.d.batch.sftp.SftpPoller              : downloaded /outbound/ssa/TTW_%s_%d.txt (%d bytes, sha256=%s)" % ("20240708", rng.randint(1, 9), rng.randint(2000, 900000), hexid(64)))
        emit(b)
        return
    p = person()
    k = pick(3)
    if k == 0:
        b.t("g.c.d.batch.rsa911.Rsa911ItemProcessor   : skip record participant=").p(p.pid, "other_id")
        a, e, i, x = seq_dates()
        b.t(" edit check E23: date of eligibility ").p(fdate(a, 0), "date").t(" precedes date of application ").p(fdate(e, 0), "date")
    elif k == 1:
        b.t("g.c.d.batch.wage.WageMatchWriter         : no wage match for SSN ").p(fssn(p.ssn, 0), "ssn")
        b.t(" (").p(fname(p, 1), "name").t(") quarters 2024Q1-2024Q2")
    elif k == 2:
        b.t("g.c.d.batch.ssa.TicketSyncProcessor      : ticket ").p(p.ticket, "other_id").t(" status changed IN-USE SVR -> UNASSIGNABLE, beneficiary ")
        b.p(fname(p, 5), "name")
    else:
        b.t("g.c.d.batch.ipe.AnniversaryReview        : annual IPE review due ").p(fdate(rdate(2024, 2024), 0), "date")
        b.t(" case=").p(p.case, "other_id").t(" counselor=%s email=%s@state.co.us" % (p.counselor[1], p.counselor[1]))
    emit(b)


# ---- 22. cron / shell batch output ----
def fam_cron(phi):
    t = tick()
    b = B("cron_shell")
    b.t("%s %s " % (ts_iso(t, ms=False), rng.choice(["dvr-batch01", "dvr-batch02"])))
    if not phi:
        b.t(rng.choice([
            "CRON[%d]: (svc_batch) CMD (/opt/dvr/bin/run_job.sh wageRecordMatchJob >> /var/log/dvr/wage.log 2>&1)" % rng.randint(1000, 60000),
            "run_job.sh[%d]: gpg --encrypt -r ssa-oesp@ssa.gov TTW_CR_%s.txt -> ok (%d bytes)" % (rng.randint(1000, 60000), "20240708", rng.randint(2000, 900000)),
            "run_job.sh[%d]: sftp put CO_RSA911_2024Q3_v2.csv to rsa-mis upload: 100%% %dKB %0.1fMB/s" % (rng.randint(1000, 60000), rng.randint(2000, 40000), rng.random() * 40),
            "run_job.sh[%d]: md5sum %s  /data/outbound/CO_RSA911_2024Q3_v2.csv" % (rng.randint(1000, 60000), hexid(32)),
            "run_job.sh[%d]: exit 0 elapsed=%ds job=%s" % (rng.randint(1000, 60000), rng.randint(3, 5000), rng.choice(JOBS)),
        ]))
        emit(b)
        return
    p = person()
    b.t("run_job.sh[%d]: WARN reject line %d in TTW_IN_20240708.txt: bad BIC for " % (rng.randint(1000, 60000), rng.randint(1, 900)))
    b.p(fssn(p.ssn, 1) + p.bic, "health_plan").t(" name=").p(p.last.upper() + " " + p.first.upper(), "name")
    emit(b)


# ---- 23. medical records request (key=value, .NET) ----
def fam_medrec_kv(phi):
    t = tick()
    b = B("medrec_kv")
    b.t("ts=%s level=%s svc=medrec-request " % (ts_iso(t, sep="T", frac=".") + "Z", rng.choice(["info", "info", "warn"])))
    if not phi:
        b.t(rng.choice([
            "msg=\"provider directory sync\" providers=%d npi_invalid=%d trace_id=%s span_id=%s" % (rng.randint(800, 1400), rng.randint(0, 9), hexid(32), hexid(16)),
            "msg=\"fax retry scheduled\" req_id=MRR-%d attempt=%d next_in=%ds provider_fax=%s" % (rng.randint(200000, 299999), rng.randint(2, 5), rng.choice([300, 900, 3600]), "970555%04d" % rng.randint(100, 199)),
            "msg=\"records received\" req_id=MRR-%d pages=%d ocr_ms=%d doc_sha1=%s" % (rng.randint(200000, 299999), rng.randint(1, 120), rng.randint(200, 90000), hexid(40)),
            "msg=\"overdue requests\" count=%d oldest_days=%d escalate_to=records.unit@state.co.us" % (rng.randint(0, 60), rng.randint(10, 90)),
        ]))
        emit(b)
        return
    p = person()
    prov = rng.choice(PROVIDERS)
    b.t("msg=\"records request created\" req_id=MRR-%d case_no=" % rng.randint(200000, 299999)).p(p.case, "other_id")
    b.t(" pt_last=").p(p.last.upper().replace(" ", "_"), "name").t(" pt_dob=").p(fdate(p.dob, 0), "date")
    b.t(" provider=\"%s\" provider_fax=303555%04d" % (prov, rng.randint(100, 199)))
    if rng.random() < 0.5:
        b.t(" pt_mrn=").p("%s-%07d" % (rng.choice(["SAMC", "PCHC", "MVO", "FRBH"]), rng.randint(0, 9999999)), "mrn")
    if p.medicaid and rng.random() < 0.5:
        b.t(" payer=medicaid member_id=").p(p.medicaid, "health_plan")
    elif p.mbi:
        b.t(" payer=medicare mbi=").p(p.mbi, "health_plan")
    if p.age > 89:
        b.t(" pt_age=").p(str(p.age), "age")
    b.t(" roi_exp=").p(fdate(rdate(2025, 2025), 0), "date")
    emit(b)


# ---- 24. Tomcat access log (Struts app), mostly noise ----
def fam_tomcat_access(phi):
    t = tick()
    b = B("tomcat_access")
    tstamp = "[%02d/%s/%04d:%02d:%02d:%02d -0600]" % (t[2], MON[t[1] - 1], t[0], t[3], t[4], t[5])
    st = rng.choice(STAFF)
    b.t("10.20.%d.%d - %s %s \"GET /cms/" % (rng.randint(0, 255), rng.randint(1, 254), st[1], tstamp))
    if phi:
        p = person()
        b.t("clientSearch.do?ssn=").p(fssn(p.ssn, 1), "ssn").t("&dob=").p(fdate(p.dob, 1).replace("/", "%2F"), "date")
    else:
        b.t(rng.choice(["caseload.do?office=%d" % rng.randint(1, 30), "reports/aging.do", "images/logo_dvr.gif", "vendorSearch.do?fein=%s" % rng.choice(VENDORS)[2]]))
    b.t(" HTTP/1.1\" 200 %d %d" % (rng.randint(300, 90000), rng.randint(1, 3000)))
    emit(b)


FAMS = [
    (fam_struts, 7), (fam_serilog, 8), (fam_clef, 6), (fam_nlog, 5), (fam_dotnet_exc, 1.2), (fam_elig_json, 4),
    (fam_ipe_xml, 3.5), (fam_auth_csv, 4), (fam_invoice_pipe, 4), (fam_rsa_fixed, 4), (fam_rsa_csv, 3.5),
    (fam_ttw, 3.5), (fam_wage, 3.5), (fam_casenote, 7), (fam_at_po, 4), (fam_django, 6), (fam_gunicorn, 5),
    (fam_sms, 5), (fam_winevt, 4), (fam_snare, 3), (fam_batch, 6), (fam_cron, 3), (fam_medrec_kv, 4),
    (fam_tomcat_access, 3),
]


def main():
    funcs = [f for f, _ in FAMS]
    weights = [w for _, w in FAMS]
    # a few scheduled records so that rare identifier kinds are present
    sched = [(40, fam_django, 3, False), (62, fam_nlog, 1, False), (95, fam_casenote, 6, False),
             (130, fam_casenote, 5, True), (170, fam_serilog, 5, True), (215, fam_django, 3, False),
             (265, fam_casenote, 6, False), (300, fam_nlog, 1, False), (330, fam_elig_json, None, True),
             (372, fam_django, 3, False), (420, fam_casenote, 5, True), (452, fam_nlog, 1, False)]
    while len(OUT) < 500:
        if sched and len(OUT) >= sched[0][0]:
            _, f, k, old = sched.pop(0)
            FORCE.clear()
            if k is not None:
                FORCE["k"] = k
            if old:
                FORCE["old"] = True
            f(True)
            FORCE.clear()
            continue
        f = rng.choices(funcs, weights)[0]
        phi = rng.random() < 0.45
        f(phi)
    lines = OUT[:500]
    log_lines = []
    labels = []
    for i, b in enumerate(lines, 1):
        text = b.buf.decode("utf-8")
        assert "\n" not in text and text.strip()
        for st, en, cat, val in b.spans:
            assert b.buf[st:en].decode("utf-8") == val
        log_lines.append(text)
        labels.append(json.dumps({"line": i, "family": b.family,
                                  "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _ in b.spans]},
                                 ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(log_lines))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(labels) + "\n")


if __name__ == "__main__":
    main()
