#!/usr/bin/env python3
"""Synthetic labeled log corpus "px": Lakeview State Veterans Home (LSVH).

Writes px.log (500 lines) and px.labels.jsonl in the current directory.
Standard library only, fixed seed: two runs give byte-identical output.

The organisation
----------------
Lakeview State Veterans Home, 4100 Veterans Memorial Dr, Marlow Falls, MN
56367 (fictitious), a state-run long-term care home for veterans and their
spouses. Units: Liberty 1/2 (skilled nursing), Freedom (domiciliary),
Valor (locked memory care with WanderGuard). Everything is synthetic.

Systems simulated (one "family" each, interleaved as in a SIEM export)
---------------------------------------------------------------------
 1 ehr_audit     PointRidge EHR audit log, JSON (Java logback encoder),
                 includes free-text nursing note excerpts
 2 perdiem_csv   VA per-diem monthly invoice export, CSV batch (header,
                 rows, TOTAL row) as written by perdiem-export
 3 elig_logfmt   eligibility service (VA Lighthouse veteran confirmation,
                 VA enrollment) in logfmt
 4 mds_iqies     MDS 3.0 assessment XML records + iQIES submission results
 5 hl7           HL7 v2.5.1 RDE/ADT from the LTC pharmacy, one segment per
                 log line
 6 adc_syslog    medication carts / automated dispensing cabinets, RFC3164
                 syslog with key=value body
 7 wanderguard   WanderGuard memory-care door controller, pipe-delimited
 8 visit_access  nginx combined access log of the family visit portal
 9 visit_pino    visit scheduling API, Node pino JSON
10 sms_gw        SMS gateway (visit reminders, family replies)
11 teams_chat    volunteer / honor guard coordination channel export
12 burial_dms    benefits & burial paperwork intake (VA 40-1330, 21P-530EZ,
                 40-0247 PMC, DD-214), key=value
13 nurse_call    nurse call system, fixed-width
14 winevt        Windows Security events via NXLog JSON (staff only)
15 java_trace    billing service (Spring) errors with stack traces, one
                 frame per line
16 pg_log        PostgreSQL server log (slow statements, maintenance)
17 fhir          FHIR R4 resources from the VA health information exchange
18 x12           X12 270/271/999 eligibility with Medicare/Medicaid (one
                 interchange per line, ~ segment terminator)
19 panos         Palo Alto firewall TRAFFIC/SYSTEM CSV syslog
20 dietary_tsv   dietary tray-ticket and HACCP temperature TSV

Labeling decisions
------------------
* Persons served = residents (veterans AND non-veteran spouses living in
  the home). Their relatives, next of kin, visitors from the family and
  burial applicants are also labeled. Staff, clinicians (with NPI),
  volunteers, honor guard members (Legion/VFW posts), funeral home staff,
  cemetery staff and vendors are NOT PHI.
* VA file number / C-number of a veteran -> health_plan (VA beneficiary
  number). When the VA file number is the veteran's SSN it is labeled ssn.
  VA ICN (Integration Control Number, 10 digits V 6 digits) -> mrn (patient
  id assigned by the VA provider system). Home's own resident id SVH-nnnnnn
  -> mrn. DoD EDIPI and old military service numbers -> other_id.
  Medicare MBI and Minnesota Medicaid (MA) ids -> health_plan.
* Resident trust-fund account numbers, bank account numbers, full card
  numbers -> account. Masked cards (last 4 only) and bank routing numbers
  are not labeled (not unique to the person / identify the bank).
* Pharmacy Rx numbers on med-cart removes -> other_id (printed on the
  patient's label, unique per patient prescription). HL7 message control
  ids, placer/filler order numbers, invoice numbers, document ids (DOC-..),
  visit booking ids (VB-..), SMS sids, UUIDs: system identifiers, NOT PHI.
* Room/bed numbers (LIB2-214B) and unit names: facility locations, NOT PHI.
* WanderGuard transmitter serials worn by residents -> device (also when the
  line does not name the resident); spare tags in stock -> not PHI. Med
  cart, door controller, nurse-call and kiosk serials are the home's own
  devices -> not PHI.
* Family-portal client IPs (public, residential) -> ip. Load balancer,
  internal 10.x, crawler and uptime-monitor IPs -> not PHI.
* Grave location (section/site) of a deceased resident -> other_id.
  Cemetery names (national/state veterans cemeteries) -> not PHI.
* Dates: birth, admission, discharge, death, visit slot, service/funeral,
  assessment reference dates and birthdays (month/day) -> date. Years
  alone, service eras ("Korea", "1966-1968"), log timestamps, lot expiry
  dates, invoice periods given as month (2025-02) are NOT labeled.
* Ages labeled only when > 89. Partial names ("Stanley K.", "Mr. Delgado")
  -> name. Names inside email addresses: the whole email is one email span.
* A visitor's vehicle plate / VIN (visitor parking) -> vehicle.
* Invalid SSNs/MBIs that a real log holds as junk (validation errors) are
  still labeled with their category.
* A full URL that embeds a resident id (family photo album link) is one
  url span; in access-log request paths only the query values are labeled
  (resident_id -> mrn, visitor_email -> email, percent-encoded as written).
* "Mom"/"Dad", relationship words, first-name-only of staff: not labeled.
  Resident/relative first names alone ARE labeled name.
* Visitor kiosk photos (base64 JPEG) -> photo. Staff fingerprint template
  ids at med-cart login -> not PHI (staff). Visitor badge numbers, parking
  permit numbers (PKG-..), temperatures -> not PHI (daily/system ids).
* City of the person's address -> address (own span when in its own
  field). Street + city on one run -> one address span; ZIP always its own.
"""
import base64
import datetime as dt
import hashlib
import json
import random
import sys
import unicodedata
import uuid

R = random.Random(2391)
N_LINES = 500
ID = "px"


# ---------------------------------------------------------------- builder
class L:
    def __init__(self, fam):
        self.fam = fam
        self.parts = []
        self.n = 0
        self.spans = []

    def t(self, s):
        self.parts.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        if cat is None:
            return self.t(s)
        st = self.n
        self.t(s)
        self.spans.append((st, self.n, cat, s))
        return self

    def text(self):
        return "".join(self.parts)


class O(list):
    pass


class A(list):
    pass


def esc(s, ascii_=False):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def JV(b, v, cat=None, ascii_=False, sep=(",", ":")):
    if isinstance(v, O):
        J(b, v, ascii_, sep)
    elif isinstance(v, A):
        b.t("[")
        for i, x in enumerate(v):
            if i:
                b.t(sep[0])
            if isinstance(x, tuple):
                JV(b, x[0], x[1], ascii_, sep)
            else:
                JV(b, x, None, ascii_, sep)
        b.t("]")
    elif isinstance(v, str):
        b.t('"')
        b.p(esc(v, ascii_), cat)
        b.t('"')
    else:
        b.p(json.dumps(v), cat)


def J(b, obj, ascii_=False, sep=(",", ":")):
    b.t("{")
    for i, item in enumerate(obj):
        if i:
            b.t(sep[0])
        k, v = item[0], item[1]
        cat = item[2] if len(item) > 2 else None
        b.t(json.dumps(k) + sep[1])
        JV(b, v, cat, ascii_, sep)
    b.t("}")


def seq(b, items):
    """items: str (plain) or (value, cat)."""
    for it in items:
        if isinstance(it, tuple):
            b.p(it[0], it[1])
        else:
            b.t(it)
    return b


# ---------------------------------------------------------------- helpers
def ch(x):
    return R.choice(x)


def digs(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def luhn_cd(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def npi():
    base = "1" + digs(8)
    return base + luhn_cd("80840" + base)


def card():
    base = "4" + digs(14)
    return base + luhn_cd(base)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    an = MBI_A + "0123456789"
    return (ch("123456789") + ch(MBI_A) + ch(an) + ch("0123456789") + ch(MBI_A) + ch(an)
            + ch("0123456789") + ch(MBI_A) + ch(MBI_A) + ch("0123456789") + ch("0123456789"))


VIN_T = {**{str(i): i for i in range(10)},
         "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
         "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
         "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = [ch(["1", "2", "3", "5", "J", "K", "W"])] + [ch(chars) for _ in range(16)]
    v[9] = ch("RSTVWXY")  # model year 2024..2030ish
    for i in range(12, 17):
        v[i] = ch("0123456789")
    s = sum(VIN_T[c] * w for c, w in zip(v, VIN_W)) % 11
    v[8] = "X" if s == 10 else str(s)
    return "".join(v)


def fold(s):
    s = s.replace("ø", "o").replace("Ø", "O").replace("đ", "d")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


AREA = ["612", "651", "763", "952", "320", "507", "218", "715", "608", "701", "414", "480", "605"]


def phone_raw():
    return ch(AREA) + ch("23456789") + digs(2) + digs(4)


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


# ---------------------------------------------------------------- people
FIRST_M = ["Stanley", "Harold", "José", "Raymond", "Darnell", "Walter", "Eugene", "Tomás", "Björn",
           "Clarence", "Vernon", "Hiroshi", "Leroy", "Francis", "Dale", "Ignacio", "Chester",
           "Lowell", "Rufus", "Miles", "Bao", "Ansel", "Wendell", "Gustavo", "Duane", "Kwame",
           "Lars", "Amos", "Percy", "Ellis", "Mason", "Hunter"]
FIRST_F = ["Dorothy", "Marlene", "Bernadette", "Lupe", "Zoë", "Ingrid", "Hattie", "Rose", "Joy",
           "Faith", "Mae", "Opal", "Imelda", "Yoko", "Colleen", "Gladys", "Ruth", "Mercedes",
           "Tuyết", "Eunice", "Winifred", "Hope", "Summer", "Pearl", "Ivy", "Brooke", "Dawn"]
LAST = ["Kowalczyk", "Delgado", "Okafor", "Lindqvist", "Hunter", "Price", "Bishop",
        "Young-Whitfield", "de la Cruz", "Van der Berg", "O'Malley", "Nguyễn", "Baptiste",
        "Two Bulls", "Haugen", "Mayweather", "Castellanos-Ruiz", "Brandt", "Oyelaran",
        "Fairweather", "Marsh", "Stone", "Bell", "Rice", "Weaver", "Sørensen", "Abernathy",
        "Pham", "Yazzie", "Whitehorse", "Kim", "Schultz", "Rivera-Ocasio", "McAllister",
        "Fontaine", "Gray", "Swift", "Nakamura", "Hollingsworth", "Zielinski", "Little Wolf",
        "Booker", "Strand-Ekholm", "Mendoza", "Wolde", "Hardy", "Church", "Winter"]
STREETS = ["Birch Ln", "Larch Ct", "County Rd 12", "Oak Ridge Dr", "W 3rd St", "Lakeshore Ave",
           "Maple St NE", "Cedar Ave S", "Prairie View Rd", "Old Hwy 10", "Summit Ave",
           "Jefferson St", "Hidden Pond Cir", "Elm St", "Rue Lafayette"]
CITIES = [("St Cloud", "MN", "56301"), ("Sauk Rapids", "MN", "56379"), ("Woodbury", "MN", "55125"),
          ("Little Falls", "MN", "56345"), ("Brainerd", "MN", "56401"), ("Rochester", "MN", "55901"),
          ("Fargo", "ND", "58103"), ("Eau Claire", "WI", "54701"), ("Hudson", "WI", "54016"),
          ("Mankato", "MN", "56001"), ("Bemidji", "MN", "56601"), ("Sioux Falls", "SD", "57104"),
          ("Duluth", "MN", "55803"), ("Mesa", "AZ", "85204"), ("Elk River", "MN", "55330")]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "comcast.net", "icloud.com", "hotmail.com",
           "charter.net", "q.com", "midco.net"]
BRANCH = ["USA", "USN", "USMC", "USAF", "USCG", "WAC", "ARNG"]
ERA = ["Korea", "Vietnam", "Vietnam", "Cold War", "Gulf War", "WWII", "Vietnam"]
REL = ["daughter", "son", "wife", "husband", "niece", "nephew", "granddaughter", "grandson",
       "sister", "brother", "POA", "stepdaughter"]
UNITS = [("LIB1", "Liberty 1"), ("LIB2", "Liberty 2"), ("FRD", "Freedom"), ("VAL", "Valor")]

TODAY = dt.date(2025, 3, 14)


def rdate(a, b):
    return a + dt.timedelta(days=R.randint(0, (b - a).days))


def emailify(first, last):
    f, l = fold(first).lower().replace(" ", ""), fold(last).lower().replace(" ", "").replace("'", "")
    pat = ch(["{f}.{l}", "{f}{l}{n}", "{fi}{l}", "{l}.{f}{n}", "{f}_{l}"])
    return pat.format(f=f, l=l, fi=f[0], n=R.randint(1, 99)) + "@" + ch(DOMAINS)


class Person:
    pass


def mk_nok(res):
    k = Person()
    k.rel = ch(REL)
    fem = k.rel in ("daughter", "wife", "niece", "granddaughter", "sister", "stepdaughter") or (
        k.rel == "POA" and R.random() < .5)
    k.first = ch(FIRST_F if fem else FIRST_M)
    if k.rel in ("son", "brother", "grandson") or R.random() < .4:
        k.last = res.last
    elif R.random() < .5:
        k.last = res.last.split(" ")[-1] + "-" + ch(LAST).split(" ")[-1].split("-")[0]
    else:
        k.last = ch(LAST)
    k.phone = phone_raw()
    k.phone2 = phone_raw()
    k.email = emailify(k.first, k.last)
    k.street = "%d %s" % (R.randint(10, 9899), ch(STREETS))
    k.city, k.state, k.zip = ch(CITIES)
    k.plate = ch(["%s%s%s %s" % (ch("ABCDEFGHJKLMNPRSTVWXYZ"), ch("ABCDEFGHJKLMNPRSTVWXYZ"),
                                 ch("ABCDEFGHJKLMNPRSTVWXYZ"), digs(3)), digs(3) + "-" + "".join(ch("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3))])
    k.vin = vin()
    k.card = card()
    k.ip = ch(["73.%d.%d.%d", "174.%d.%d.%d", "97.%d.%d.%d", "24.%d.%d.%d", "67.%d.%d.%d",
               "166.%d.%d.%d", "75.%d.%d.%d"]) % (R.randint(1, 254), R.randint(0, 254), R.randint(1, 254))
    return k


def mk_res(i):
    r = Person()
    r.vet = R.random() < .82
    r.sex = "M" if (r.vet and R.random() < .85) or (not r.vet and R.random() < .1) else "F"
    r.first = ch(FIRST_M if r.sex == "M" else FIRST_F)
    r.mi = ch("ABCDEFGHJKLMNPRSTW")
    r.last = LAST[i % len(LAST)] if i < len(LAST) else ch(LAST)
    r.dob = rdate(dt.date(1927, 6, 1), dt.date(1935, 3, 1)) if R.random() < .33 else rdate(dt.date(1935, 3, 2), dt.date(1959, 12, 31))
    r.age = TODAY.year - r.dob.year - ((TODAY.month, TODAY.day) < (r.dob.month, r.dob.day))
    r.ssn = ssn()
    r.va_is_ssn = r.vet and R.random() < .35
    if r.vet:
        r.va_file = r.ssn.replace("-", "") if r.va_is_ssn else ch(["C", ""]) + digs(8)
    else:
        r.va_file = None
    r.va_cat = "ssn" if r.va_is_ssn else "health_plan"
    r.icn = "10" + digs(8) + "V" + digs(6)
    r.edipi = ch("12") + digs(9)
    r.svcno = ch(["RA ", "US ", "ER ", ""]) + digs(8) if r.dob.year < 1950 else None
    r.mrn = "SVH-%06d" % R.randint(1000, 99999)
    r.mbi = mbi()
    r.ma = digs(8)
    u = ch(UNITS)
    r.unit_code, r.unit = u
    r.room = "%s-%d%s" % (u[0], R.randint(100, 140) + (100 if u[0] == "LIB2" else 0), ch("AB"))
    r.admit = rdate(dt.date(2016, 1, 1), dt.date(2025, 3, 10))
    r.trust = "RTF-" + digs(6)
    r.street = "%d %s" % (R.randint(10, 9899), ch(STREETS))
    r.city, r.state, r.zip = ch(CITIES)
    r.branch = ch(BRANCH)
    r.era = ch(ERA)
    r.tag = "%08X" % R.getrandbits(32) if u[0] == "VAL" else None
    r.nok = mk_nok(r)
    r.nok2 = mk_nok(r) if R.random() < .5 else None
    r.dod = None
    return r


CEMS = ["Fort Snelling National Cemetery", "Minnesota State Veterans Cemetery - Little Falls",
        "Minnesota State Veterans Cemetery - Preston", "Black Hills National Cemetery"]
RES = [mk_res(i) for i in range(46)]
for r in R.sample(RES, 5):
    r.dod = rdate(dt.date(2025, 2, 20), dt.date(2025, 3, 13))
    r.cem = ch(CEMS)
    r.grave = (ch("ABCDT") + "-" + str(R.randint(1, 40)), str(R.randint(100, 2999)))
    r.svc = max(r.dod + dt.timedelta(days=R.randint(6, 14)), TODAY + dt.timedelta(days=R.randint(2, 8)))
MEM = [r for r in RES if r.tag and not r.dod]
VETS = [r for r in RES if r.vet and not r.dod]
DEAD = [r for r in RES if r.dod]
LIVE = [r for r in RES if not r.dod]

STAFF = [("Priya", "Raman", "RN", "pramanan"), ("Jorge", "Villanueva", "LPN", "jvillanueva"),
         ("Kendra", "Olsen", "CNA", "kolsen"), ("Marcus", "Tull", "NP", "mtull"),
         ("Ana", "Ruiz-Pacheco", "PharmD", "aruizpacheco"), ("Trina", "Boudreaux", "LSW", "tboudreaux"),
         ("Greg", "Halvorsen", "Admissions", "ghalvorsen"), ("Lisa", "Moe", "Billing", "lmoe"),
         ("Thomas", "Iverson", "Chaplain", "tiverson"), ("Becky", "Lindahl", "VolCoord", "blindahl"),
         ("Abdi", "Warsame", "CNA", "awarsame"), ("Chloe", "Baptiste-Nord", "RN", "cbaptistenord"),
         ("Mai", "Vang", "MDS Coord", "mvang"), ("Samuel", "Achebe", "MD", "sachebe"),
         ("Helen", "Strand", "MD", "hstrand"), ("Pedro", "Alvarez", "Dietary", "palvarez")]
STAFF_NPI = {"sachebe": npi(), "hstrand": npi(), "mtull": npi()}
VOLS = ["Don Krueger", "Arlene Wirtz", "Jim Haskins", "Rick Palmquist", "Sue Ostrowski",
        "Bud Lemke", "Carla Jean Fox", "Nate Brekke"]
POSTS = ["American Legion Post 412", "VFW Post 8837", "DAV Chapter 19", "AMVETS Post 7"]
FUNERAL = ["Benson-Kraemer Funeral Home", "Williams Dingmann Family Funeral Home",
           "Miller-Carlin Funeral Home"]
MEDS = [("Metoprolol Tartrate 25 MG Oral Tablet", "00378-0018-01"),
        ("Donepezil HCl 10 MG Oral Tablet", "65862-0096-30"),
        ("Furosemide 20 MG Oral Tablet", "00054-4297-25"),
        ("Sertraline 50 MG Oral Tablet", "16729-0213-01"),
        ("Apixaban 5 MG Oral Tablet", "00003-0894-21"),
        ("Acetaminophen 500 MG Oral Tablet", "00904-6722-61"),
        ("Oxycodone HCl 5 MG Oral Tablet", "00406-0552-01"),
        ("Insulin Glargine 100 UNIT/ML Pen", "00088-5020-05"),
        ("Tamsulosin 0.4 MG Oral Capsule", "00093-1179-01"),
        ("Memantine 10 MG Oral Tablet", "00591-3851-60")]
ORG = "Lakeview State Veterans Home"
ORG_PHONE = "(320) 748-2100"
ORG_SMS = "+13207482100"
ORG_NPI = npi()
ORG_FAX = "320-748-2199"
HOSTS = ["ehr-app-01", "ehr-app-02", "billing-01", "elig-svc-7f9c4", "visits-api-2", "visits-api-3"]


def nm(r, style):
    if style == "LF":
        return "%s, %s" % (r.last, r.first)
    if style == "FL":
        return "%s %s" % (r.first, r.last)
    if style == "FML":
        return "%s %s. %s" % (r.first, r.mi, r.last)
    if style == "UP":
        return "%s, %s" % (fold(r.last).upper(), fold(r.first).upper())
    if style == "LFM":
        return "%s, %s %s" % (r.last, r.first, r.mi)
    raise ValueError(style)


# ---------------------------------------------------------------- clock
class Clock:
    t = dt.datetime(2025, 3, 14, 0, 0, 7, 120000)


C = Clock()


def tick():
    C.t += dt.timedelta(seconds=R.randint(3, 200), milliseconds=R.randint(0, 999))


def ts_iso():  # local with offset
    return C.t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d-05:00" % (C.t.microsecond // 1000)


def ts_z():
    u = C.t + dt.timedelta(hours=5)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (u.microsecond // 1000)


def ts_sp():
    return C.t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (C.t.microsecond // 1000)


def ts_sys():
    return C.t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if C.t.day < 10 else C.t.strftime("%b %d %H:%M:%S")


def ts_clf():
    return C.t.strftime("%d/%b/%Y:%H:%M:%S -0500")


def ts_ms():
    u = C.t + dt.timedelta(hours=5)
    return int(u.replace(tzinfo=dt.timezone.utc).timestamp() * 1000)


def d_iso(d):
    return d.strftime("%Y-%m-%d")


def d_us(d):
    return d.strftime("%m/%d/%Y")


def d_hl7(d):
    return d.strftime("%Y%m%d")


def near_future():
    return TODAY + dt.timedelta(days=R.randint(1, 12))


# ================================================================= generators
def g_ehr():
    b = L("ehr_audit")
    st = ch(STAFF)
    r = ch(LIVE)
    roll = R.random()
    if roll < .55:
        st = ch([x for x in STAFF if x[2] in ("RN", "LPN", "NP", "MD", "PharmD", "CNA", "MDS Coord")])
    obj = O([("@timestamp", ts_iso()), ("@version", "1"), ("level", "INFO"),
             ("logger_name", "com.pointridge.audit.AuditTrail"), ("thread_name", "http-nio-8443-exec-%d" % R.randint(1, 40))])
    if roll < .42:
        ev = ch(["CHART_VIEW", "FACE_SHEET_PRINT", "MAR_OPEN", "CARE_PLAN_EDIT", "ORDER_VERIFY"])
        res = O([("mrn", r.mrn, "mrn"), ("name", nm(r, ch(["LF", "FL", "LFM"])), "name"), ("unit", r.unit), ("bed", r.room)])
        if R.random() < .5:
            res.append(("dob", d_iso(r.dob), "date"))
        if R.random() < .6:
            res.append(("age", r.age, "age" if r.age > 89 else None))
        obj += [("event", ev), ("user", st[3]), ("role", st[2]), ("ws", "NS-%s-0%d" % (r.unit_code, R.randint(1, 4))),
                ("resident", res), ("trace_id", hexs(32)), ("span_id", hexs(16))]
    elif roll < .55:
        k = r.nok
        obj += [("event", "NOTE_SIGN"), ("user", st[3]), ("role", st[2]), ("note_type", "Nursing Progress"),
                ("resident_id", r.mrn, "mrn")]
        msg_parts = ch([
            ["Res ", (r.first, "name"), " c/o L hip pain 4/10 after assisted transfer, PRN APAP given. ",
             (k.rel.capitalize() if k.rel != "POA" else "POA"), " ", (k.first + " " + k.last, "name"), " notified at ",
             (fmt_phone(k.phone, 1), "phone"), "."],
            ["Pt exit-seeking at Valor east door x2 this shift, redirected w/ music. WG tag ",
             ((r.tag or "%08X" % 0x1A2B3C4D), "device" if r.tag else None), " checked, functioning."],
            [(str(r.age), "age" if r.age > 89 else None), " y/o ", "male" if r.sex == "M" else "female", ", ", r.era, " vet, ", "alert, oriented x2. Family (", (k.first, "name"), ") updated on plan of care by phone ", (fmt_phone(k.phone2, 3), "phone"), "."],
            ["Spouse ", (k.first, "name"), " visited 1400-1530, res ate 75% of supper. Wt 68.2 kg. No new skin issues."],
            ["Res refused AM meds (donepezil), reapproached x2, accepted at 0945. NP ", "Tull", " aware."],
        ])
        if "WG tag" in msg_parts[0] and not r.tag:
            msg_parts = ["Res refused AM meds (donepezil), reapproached x2, accepted at 0945. NP ", "Tull", " aware."]
        # note text as JSON string: build with escapes
        obj.append(("note_excerpt", ("__NOTE__", msg_parts)))
        obj.append(("trace_id", hexs(32)))
    elif roll < .75:
        obj += [("event", "LOGIN_OK"), ("user", st[3]), ("auth", "saml2"), ("idp", "login.lakeviewsvh.org"),
                ("src_ip", "10.20.%d.%d" % (R.randint(1, 8), R.randint(2, 250))), ("session", uid())]
    elif roll < .88:
        obj += [("event", "REPORT_RUN"), ("user", st[3]), ("report", ch(["census_by_unit", "falls_qtr", "psychotropic_review", "24hr_report"])),
                ("rows", R.randint(3, 180)), ("elapsed_ms", R.randint(80, 9000)), ("build", "22.4.1-b%d" % R.randint(1000, 9999))]
    else:
        obj += [("event", "SESSION_TIMEOUT"), ("user", st[3]), ("idle_s", 900), ("session", uid())]
    # custom serialisation to support note parts
    b.t("{")
    for i, item in enumerate(obj):
        if i:
            b.t(",")
        b.t(json.dumps(item[0]) + ":")
        v = item[1]
        if isinstance(v, tuple) and v[0] == "__NOTE__":
            b.t('"')
            for part in v[1]:
                if isinstance(part, tuple):
                    b.p(esc(part[0]), part[1])
                else:
                    b.t(esc(part))
            b.t('"')
        else:
            JV(b, v, item[2] if len(item) > 2 else None)
    b.t("}")
    return [b]


INV_SEQ = [30]


def g_perdiem():
    lines = []
    b = L("perdiem_csv")
    b.t("invoice_no,period,facility_id,va_file_no,last_name,first_name,level_of_care,adm_date,days,per_diem_rate,amount")
    lines.append(b)
    n = R.randint(2, 4)
    tot = 0.0
    for r in R.sample([v for v in VETS if v.admit < dt.date(2025, 2, 28)], n):
        INV_SEQ[0] += 1
        b = L("perdiem_csv")
        loc, rate = ch([("NH", 147.91), ("NH", 147.91), ("DOM", 63.15)])
        days = 28 if r.admit < dt.date(2025, 2, 1) else (dt.date(2025, 3, 1) - r.admit).days
        days = max(days, 1)
        amt = round(days * rate, 2)
        tot += amt
        last = r.last
        lastq = '"%s"' % last if " " in last else last
        seq(b, ["INV-2502-%04d,2025-02,656SH01," % INV_SEQ[0], (r.va_file, r.va_cat), ","])
        if lastq.startswith('"'):
            seq(b, ['"', (last, "name"), '"'])
        else:
            b.p(last, "name")
        seq(b, [",", (r.first, "name"), ",%s," % loc, (d_us(r.admit), "date"), ",%d,%.2f,%.2f" % (days, rate, amt)])
        lines.append(b)
    b = L("perdiem_csv")
    b.t("TOTAL,2025-02,656SH01,,,,,,%d,,%.2f" % (n, tot))
    lines.append(b)
    return lines


def g_elig():
    b = L("elig_logfmt")
    rid = uid()
    roll = R.random()
    seq(b, ["time=%s level=" % ts_z()])
    if roll < .45:
        r = ch(VETS)
        b.t("info svc=elig-check msg=\"veteran status lookup\" req_id=%s upstream=api.va.gov path=/services/veteran_confirmation/v1/status " % rid)
        if R.random() < .5:
            seq(b, ["file_no=", (r.va_file, r.va_cat), " "])
        else:
            seq(b, ["icn=", (r.icn, "mrn"), " "])
        b.t("status=200 dur_ms=%d result=%s" % (R.randint(90, 1400), ch(["confirmed", "confirmed", "not confirmed"])))
    elif roll < .6:
        r = ch(VETS)
        seq(b, ["warn svc=elig-check msg=\"ES enrollment mismatch\" req_id=%s name=\"" % rid, (nm(r, "FML"), "name"),
                "\" dob=", (d_iso(r.dob), "date"), " es_priority_group=%d sc_pct=%d action=manual_review" % (R.randint(1, 8), ch([0, 10, 30, 50, 70, 100]))])
    elif roll < .8:
        b.t("info svc=elig-check msg=\"oauth token refreshed\" client=lsvh-perdiem expires_in=3600 scope=\"veteran_status.read\" req_id=%s" % rid)
    elif roll < .9:
        b.t("warn svc=elig-check msg=\"rate limit approaching\" upstream=api.va.gov remaining=%d reset_s=%d" % (R.randint(3, 40), R.randint(10, 60)))
    else:
        b.t("error svc=elig-check msg=\"upstream timeout\" upstream=api.va.gov path=/services/veteran_confirmation/v1/status dur_ms=30000 retry=%d breaker=half-open" % R.randint(1, 3))
    return [b]


def g_mds():
    b = L("mds_iqies")
    roll = R.random()
    if roll < .4:
        r = ch(LIVE)
        ard = rdate(dt.date(2025, 2, 20), dt.date(2025, 3, 13))
        seq(b, ["<ASSESSMENT><ITM_SBST_CD>", ch(["NQ", "NP", "ND"]), "</ITM_SBST_CD><SPEC_VRSN_CD>1.19.1</SPEC_VRSN_CD><FAC_ID>656SH01</FAC_ID>",
                "<A0310A>0", str(R.randint(1, 6)), "</A0310A><A0500A>", (fold(r.first).upper(), "name"), "</A0500A><A0500B>", r.mi,
                "</A0500B><A0500C>", (fold(r.last).upper(), "name"), "</A0500C><A0600A>", (r.ssn.replace("-", ""), "ssn"),
                "</A0600A><A0600B>", (r.mbi, "health_plan"), "</A0600B><A0700>", (r.ma, "health_plan"), "</A0700><A0800>", r.sex == "M" and "1" or "2",
                "</A0800><A0900>", (d_hl7(r.dob), "date"), "</A0900><A1600>", (d_hl7(r.admit), "date"), "</A1600><A2300>",
                (d_hl7(ard), "date"), "</A2300><C0500>", "%02d" % R.randint(0, 15), "</C0500></ASSESSMENT>"])
    elif roll < .5:
        r = ch(LIVE)
        bad = r.mbi[:3] + ch("SLOIBZ") + r.mbi[4:]
        seq(b, ["iQIES VALIDATION file=MDS_656SH01_%s.zip rec=%d edit=-3616 sev=FATAL item=A0600B msg=\"invalid MBI format\" value=\"" % (C.t.strftime("%Y%m%d_%H%M"), R.randint(1, 20)),
                (bad, "health_plan"), "\" res_id=", (r.mrn, "mrn")])
    elif roll < .75:
        b.t("iQIES SUBMISSION submission_id=%d file=MDS_656SH01_%s.zip records=%d accepted=%d rejected=0 warnings=%d elapsed=%.1fs" % (
            R.randint(10 ** 9, 10 ** 10), C.t.strftime("%Y%m%d_%H%M"), 14, 14, R.randint(0, 4), R.uniform(1, 9)))
    else:
        b.t("iQIES VALIDATION file=MDS_656SH01_%s.zip rec=%d edit=%s sev=WARNING item=%s msg=\"%s\"" % (
            C.t.strftime("%Y%m%d_%H%M"), R.randint(1, 20), ch(["-1031", "-3804", "-1007"]), ch(["A1600", "Z0500B", "N0415"]),
            ch(["Entry date after assessment reference date window", "Signature date more than 14 days after ARD", "Item value inconsistent with prior record"])))
    return [b]


HL7_SEQ = [40112]


def g_hl7():
    r = ch(LIVE)
    HL7_SEQ[0] += 1
    msgt = ch(["RDE^O11^RDE_O11", "RDE^O11^RDE_O11", "ADT^A08^ADT_A01"])
    out = []
    b = L("hl7")
    if msgt.startswith("RDE"):
        b.t("MSH|^~\\&|NSLTCRX|NORTHSTAR LTC PHARMACY|PRX|LSVH|%s||%s|NS%08d|P|2.5.1" % (C.t.strftime("%Y%m%d%H%M%S"), msgt, HL7_SEQ[0]))
    else:
        b.t("MSH|^~\\&|PRX|LSVH|NSLTCRX|NORTHSTAR LTC PHARMACY|%s||%s|PRX%s|P|2.5.1" % (C.t.strftime("%Y%m%d%H%M%S"), msgt, digs(9)))
    out.append(b)
    b = L("hl7")
    pid = ["PID|1||", (r.mrn, "mrn"), "^^^LSVH^MR"]
    if r.vet:
        pid += ["~", (r.icn, "mrn"), "^^^USVHA^NI"]
    pid += ["||", (fold(r.last).upper() + "^" + fold(r.first).upper() + "^" + r.mi, "name"), "||", (d_hl7(r.dob), "date"),
            "|", r.sex, "|||", (r.street, "address"), "^^", (r.city, "address"), "^", r.state, "^", (r.zip, "zip"), "^USA||",
            (fmt_phone(r.nok.phone, 0), "phone"), "|||||", (r.trust, "account"), "|", (r.ssn, "ssn")]
    seq(b, pid)
    out.append(b)
    doc = ch([("sachebe", "Achebe", "Samuel"), ("hstrand", "Strand", "Helen")])
    b = L("hl7")
    seq(b, ["PV1|1|I|", r.unit_code, "^", r.room.split("-")[1][:-1], "^", r.room[-1], "^LSVH||||", STAFF_NPI[doc[0]], "^", doc[1].upper(), "^", doc[2].upper(), "^^^MD|||||||||||",
            "|||||||||||||||||||||||", (d_hl7(r.admit), "date")])
    out.append(b)
    if msgt.startswith("RDE"):
        med = ch(MEDS)
        b = L("hl7")
        b.t("ORC|NW|ORD%07d|F%08d||||^^^%s^^R||%s|||%s^%s^%s" % (R.randint(10 ** 6, 10 ** 7 - 1), R.randint(10 ** 7, 10 ** 8 - 1), C.t.strftime("%Y%m%d"),
                                                              C.t.strftime("%Y%m%d%H%M"), STAFF_NPI[doc[0]], doc[1].upper(), doc[2].upper()))
        out.append(b)
        b = L("hl7")
        b.t("RXE|^%s^^%s^^R|%s^%s^NDC|1||TAB|||||30|TAB|0" % (ch(["BID", "QD", "QHS", "TID", "Q6H PRN"]), C.t.strftime("%Y%m%d"), med[1], med[0].upper()))
        out.append(b)
    return out


def g_adc():
    b = L("adc_syslog")
    cart = "mc-%s-0%d" % (ch(["lib1", "lib2", "frd", "val"]), R.randint(1, 4))
    st = ch([s for s in STAFF if s[2] in ("RN", "LPN", "NP")])
    seq(b, ["<134>%s %s MedCartd[%d]: " % (ts_sys(), cart, R.randint(1200, 4800))])
    roll = R.random()
    if roll < .4:
        r = ch(LIVE)
        med = ch(MEDS)
        seq(b, ["evt=REMOVE user=%s res=" % st[3], (r.mrn, "mrn"), " rx=", (digs(7), "other_id"),
                " med=\"%s\" ndc=%s lot=%s exp=%s qty=1 drawer=%d pocket=%d" % (med[0], med[1], ch("KLMNP") + digs(4) + ch("ABC"), "2026-%02d" % R.randint(1, 12), R.randint(1, 6), R.randint(1, 24))])
        if "Oxycodone" in med[0]:
            b.t(" witness=%s schedule=CII" % ch(["cbaptistenord", "pramanan", "jvillanueva"]))
    elif roll < .55:
        r = ch(LIVE)
        seq(b, ["evt=WRISTBAND_SCAN user=%s barcode=" % st[3], (r.mrn.replace("-", ""), "mrn"), " match=", ch(["Y", "Y", "Y", "N"]), " pt=\"", (nm(r, "UP"), "name"), "\""])
    elif roll < .62:
        b.t("evt=LOGIN user=%s auth=bio fp_template=%s match_score=%d cart_sn=OMC7-22-%05d" % (st[3], hexs(12), R.randint(60, 99), R.randint(1000, 99999)))
    elif roll < .7:
        b.t("evt=FRIDGE_TEMP sensor=fr-%s val=%.1fC range=2.0-8.0 ok=Y sn=OMC7-22-%05d" % (cart[3:], R.uniform(2.5, 7.5), R.randint(1000, 99999)))
    elif roll < .85:
        b.t("evt=SYNC host=pyxis-gw.lsvh.local:7443 items=%d changed=%d dur_ms=%d fw=4.12.%d" % (R.randint(300, 600), R.randint(0, 30), R.randint(200, 3000), R.randint(0, 9)))
    else:
        b.t("evt=DISCREPANCY_RESOLVED user=%s witness=%s drawer=%d pocket=%d med=\"Oxycodone HCl 5 MG\" expected=%d counted=%d reason=\"miscount at shift change\"" % (
            st[3], ch(["cbaptistenord", "pramanan", "kolsen"]), R.randint(1, 6), R.randint(1, 24), 12, 12))
    return [b]


def g_wg():
    b = L("wanderguard")
    roll = R.random()
    ctl = "WG-CTL-%02d" % R.randint(1, 9)
    door = ch(["East Exit Valor", "Courtyard Door", "Elevator B Lobby", "Service Corridor 2", "Main Entry Vestibule"])
    ts = C.t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (C.t.microsecond // 1000)
    if roll < .45:
        r = ch(MEM)
        seq(b, [ts, "|", ctl, "|DOOR=", door, "|EVENT=", ch(["ALARM", "ALARM", "ALARM_ACK", "TAILGATE"]), "|TAG=", (r.tag, "device"), "|RES=",
                (nm(r, "LF"), "name"), "|ACK=cna.%s|ACK_SEC=%d" % (ch(["kolsen", "awarsame", "cbaptistenord", "jvillanueva"]), R.randint(5, 120))])
    elif roll < .6:
        r = ch(MEM)
        seq(b, [ts, "|", ctl, "|EVENT=TAG_LOW_BATT|TAG=", (r.tag, "device"), "|RSSI=-%d|BATT=%d%%" % (R.randint(50, 90), R.randint(3, 15))])
    elif roll < .7:
        seq(b, [ts, "|", ctl, "|EVENT=SPARE_TAG_TEST|TAG=%08X|STATUS=SPARE|BIN=MedRoom-VAL" % R.getrandbits(32)])
    elif roll < .85:
        b.t("%s|%s|DOOR=%s|EVENT=DOOR_BYPASS|KEYPAD_USER=%d|DUR_S=%d" % (ts, ctl, door, R.randint(1000, 9999), R.randint(5, 40)))
    else:
        b.t("%s|%s|EVENT=HEARTBEAT|FW=7.3.%d|UPTIME_H=%d|IP=10.20.9.%d|LOOP_OK=1" % (ts, ctl, R.randint(0, 9), R.randint(10, 9000), R.randint(10, 60)))
    return [b]


def g_access():
    b = L("visit_access")
    roll = R.random()
    ua_h = ch(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
               "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
               "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Mobile Safari/537.36"])
    if roll < .45:
        r = ch(LIVE)
        k = r.nok
        vd = near_future()
        b.p(k.ip, "ip")
        b.t(" - - [%s] \"" % ts_clf())
        v = R.random()
        if v < .4:
            seq(b, ["GET /api/v2/slots?resident_id=", (r.mrn, "mrn"), "&date=", (d_iso(vd), "date"), "&unit=", r.unit_code])
        elif v < .7:
            em = k.email.replace("@", "%40")
            seq(b, ["POST /visits/confirm?visitor_email=", (em, "email"), "&slot=", (d_iso(vd), "date"), "T14%3A00"])
        else:
            seq(b, ["GET /visits/ics/VB-2025-03-%05d.ics" % R.randint(100, 9999)])
        b.t(" HTTP/1.1\" %d %d \"https://visits.lakeviewsvh.org/book\" \"%s\" rt=%.3f" % (ch([200, 200, 201, 302]), R.randint(200, 9000), ua_h, R.uniform(.01, .9)))
    elif roll < .7:
        b.t("10.20.0.%d - - [%s] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"ELB-HealthChecker/2.0\" rt=0.001" % (R.randint(4, 9), ts_clf()))
    elif roll < .85:
        b.t("66.249.%d.%d - - [%s] \"GET /robots.txt HTTP/1.1\" 200 68 \"-\" \"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)\" rt=0.002" % (
            R.randint(64, 79), R.randint(1, 254), ts_clf()))
    else:
        b.t("216.144.250.150 - - [%s] \"HEAD /static/js/app.%s.js HTTP/1.1\" 200 0 \"-\" \"Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)\" rt=0.004" % (ts_clf(), hexs(8)))
    return [b]


def g_pino():
    b = L("visit_pino")
    roll = R.random()
    base = O([("level", 30), ("time", ts_ms()), ("pid", R.randint(20, 90)), ("hostname", ch(["visits-api-2", "visits-api-3"]))])
    if roll < .4:
        r = ch(LIVE)
        k = r.nok
        vd = near_future()
        visit = O([("id", "VB-2025-03-%05d" % R.randint(100, 9999)), ("resident", nm(r, "FL"), "name"), ("resident_id", r.mrn, "mrn"),
                   ("visitor", k.first + " " + k.last, "name"), ("relationship", k.rel), ("phone", fmt_phone(k.phone, 2), "phone"), ("email", k.email, "email"),
                   ("slot", d_iso(vd) + "T%02d:00:00-05:00" % R.randint(10, 18), "date"), ("party_size", R.randint(1, 5))])
        if R.random() < .35:
            visit.append(("vehicle", O([("plate", k.plate, "vehicle"), ("state", k.state)])))
        base += [("req", O([("id", R.randint(1000, 99999)), ("method", "POST"), ("url", "/api/v2/visits")])), ("visit", visit), ("msg", "visit booked")]
    elif roll < .64:
        r = ch(LIVE)
        k = r.nok
        base += [("kiosk", "KSK-LOBBY-1"), ("kiosk_sn", "LBX-%s" % digs(8)), ("visitor", k.first + " " + k.last, "name"), ("for_resident", nm(r, "FL"), "name"),
                 ("temp_f", round(R.uniform(97.1, 98.9), 1)), ("badge", "V%04d" % R.randint(1, 9999))]
        if R.random() < .7:
            base.append(("photo", "data:image/jpeg;base64," + base64.b64encode(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(R.getrandbits(8) for _ in range(45))).decode(), "photo"))
        base.append(("msg", "visitor check-in"))
    elif roll < .69:
        r = ch(LIVE)
        k = r.nok
        base += [("permit", "PKG-%05d" % R.randint(1, 99999)), ("lot", "Visitor A"), ("holder", k.first + " " + k.last, "name"),
                 ("plate", k.plate, "vehicle"), ("plate_state", k.state), ("vin", k.vin, "vehicle"), ("valid_to", d_iso(near_future())),
                 ("msg", "visitor parking permit issued")]
    elif roll < .73:
        r = ch(LIVE)
        k = r.nok
        base += [("payment", O([("amount", 25.00), ("purpose", "resident trust deposit"), ("card", k.card, "account"), ("acct", r.trust, "account")])),
                 ("msg", "stripe charge created"), ("charge", "ch_" + hexs(24))]
    elif roll < .84:
        base += [("unit", ch(["LIB1", "LIB2", "FRD", "VAL"])), ("cap", R.randint(3, 8)), ("held", R.randint(0, 3)), ("msg", "slot capacity recalculated")]
    else:
        base[0] = ("level", 40)
        base += [("job", "purge-expired-holds"), ("n", R.randint(0, 6)), ("durationMs", R.randint(5, 300)), ("msg", "cron finished")]
    J(b, base)
    return [b]


def g_sms():
    b = L("sms_gw")
    roll = R.random()
    b.t("%s sms-gw " % ts_z())
    if roll < .3:
        r = ch(LIVE)
        k = r.nok
        vd = near_future()
        seq(b, ["INFO outbound sid=SM%s to=" % hexs(32), (fmt_phone(k.phone, 2), "phone"), " from=%s status=queued segments=1 body=\"Lakeview SVH: Visit w/ " % ORG_SMS,
                (r.first + " " + r.last[0] + ".", "name"), " confirmed ", (vd.strftime("%a %m/%d"), "date"), " %d:00 PM, %s dayroom. Reply C to cancel.\"" % (R.randint(1, 5), r.unit)])
    elif roll < .42:
        r = ch(LIVE)
        k = r.nok
        seq(b, ["INFO outbound sid=SM%s to=" % hexs(32), (fmt_phone(k.phone, 2), "phone"), " from=%s status=queued segments=2 body=\"Lakeview SVH: new photos of " % ORG_SMS,
                (r.first, "name"), " from today's activities are in the family album: ", ("https://visits.lakeviewsvh.org/r/%s/album?k=%s" % (r.mrn, hexs(8)), "url"), "\""])
    elif roll < .6:
        r = ch(LIVE)
        k = r.nok
        if R.random() < .3:
            r = ch([x for x in LIVE if x.age >= 88])
            k = r.nok
        body = ch([["Running 10 min late - ", (k.first, "name")], ["C"], ["Can ", ("Mom" if r.sex == "F" else "Dad"), " have the cake we bring Sunday? He turns ", (str(r.age + 1), "age" if r.age + 1 > 89 else None)],
                   ["Is ", ("Mom" if r.sex == "F" else "Dad"), " still in room ", r.room, "?"]])
        seq(b, ["INFO inbound sid=SM%s from=" % hexs(32), (fmt_phone(k.phone, 2), "phone"), " to=%s body=\"" % ORG_SMS] + body + ["\""])
    elif roll < .9:
        b.t("INFO status_callback sid=SM%s status=%s err=%s price=-0.0079 api=2010-04-01" % (hexs(32), ch(["sent", "delivered", "delivered", "undelivered"]), ch(["-", "-", "30003"])))
    else:
        b.t("WARN throttle queue_depth=%d mps_limit=1 sender=%s" % (R.randint(5, 60), ORG_SMS))
    return [b]


def g_chat():
    b = L("teams_chat")
    who = ch(["Becky Lindahl", "Thomas Iverson", "Trina Boudreaux"] + VOLS[:4])
    b.t("[%s] #honor-guard-volunteers %s: " % (C.t.strftime("%Y-%m-%d %H:%M"), who))
    roll = R.random()
    if roll < .35 and DEAD:
        r = ch([x for x in DEAD if x.vet] or DEAD)
        k = r.nok
        svc = r.svc
        seq(b, ["Honor guard request: ", (nm(r, "FML"), "name"), " (%s, %s) passed " % (r.branch, r.era), (r.dod.strftime("%-m/%-d"), "date"),
                ", service at %s " % r.cem, (svc.strftime("%a %-m/%-d"), "date"), " 10:30. Need 7 rifles + bugler. Family contact: ",
                k.rel, " ", (k.first + " " + k.last, "name"), " ", (fmt_phone(k.phone, 1), "phone")])
    elif roll < .5 and DEAD:
        r = ch(DEAD)
        seq(b, ["Flag line for Mr. " if r.sex == "M" else "Flag line for Mrs. ", (r.last, "name"), " leaves Liberty 2 at 0900, please line the hallway. %s is lending the casket flag case." % ch(POSTS)])
    elif roll < .62:
        r = ch([x for x in LIVE if x.age >= 88])
        seq(b, ["Pinning ceremony for ", (r.first + " " + r.last, "name"), " on ", (near_future().strftime("%-m/%-d"), "date"),
                ", turning ", (str(r.age + 1), "age" if r.age + 1 > 89 else None), ". Quilt of Valor is ready."])
    else:
        b.t(ch(["Bingo volunteers needed Sat 2pm, 4 slots open, sign up in VolunteerHub",
                "%s van is at the shop until Tuesday, Jim will drive the Buick" % ch(POSTS),
                "Reminder: volunteer TB tests due by 3/31, clinic hours 8-11 in Liberty 1",
                "Rifle team practice moved to the Post hall, 6pm Wed",
                "Thanks all - 11 volunteers, 46 hrs logged this week",
                "Bugler from VFW Post 8837 can't do Thursday, I'll call Taps Across America",
                "Parking: volunteers use lot C, leave visitor spots open"]))
    return [b]


DOC_SEQ = [5512]


def g_dms():
    b = L("burial_dms")
    DOC_SEQ[0] += 1
    roll = R.random()
    b.t("%s INFO [dms-intake] " % ts_sp())
    if roll < .3 and DEAD:
        r = ch(DEAD)
        k = r.nok
        aad = r.dod.year - r.dob.year - ((r.dod.month, r.dod.day) < (r.dob.month, r.dob.day))
        seq(b, ["form=VA40-1330 doc=DOC-%07d decedent=\"" % DOC_SEQ[0], (nm(r, "LFM"), "name"), "\" dob=", (d_iso(r.dob), "date"), " dod=",
                (d_iso(r.dod), "date"), " age=", (str(aad), "age" if aad > 89 else None)] + ([" va_file=", (r.va_file, r.va_cat)] if r.va_file else []) + [" branch=%s cemetery=\"%s\" section=" % (r.branch, r.cem)])
        seq(b, [(r.grave[0], "other_id"), " site=", (r.grave[1], "other_id"),
                " applicant=\"", (k.first + " " + k.last, "name"), "\" applicant_addr=\"", (k.street + ", " + k.city, "address"), "\" applicant_zip=",
                (k.zip, "zip"), " status=SUBMITTED"])
    elif roll < .45 and DEAD:
        r = ch(DEAD)
        k = r.nok
        seq(b, ["form=21P-530EZ doc=DOC-%07d claimant=\"" % DOC_SEQ[0], (k.first + " " + k.last, "name"), "\" rel=%s veteran_ssn=" % k.rel, (r.ssn, "ssn"),
                " routing=091000019 acct=", (digs(R.randint(9, 12)), "account"), " funeral_home=\"%s\" status=PENDING_SIGNATURE" % ch(FUNERAL)])
    elif roll < .58:
        r = ch(VETS)
        items = ["form=DD-214 doc=DOC-%07d veteran=\"" % DOC_SEQ[0], (nm(r, "FL"), "name"), "\" edipi=", (r.edipi, "other_id")]
        if r.svcno:
            items += [" svc_no=\"", (r.svcno, "other_id"), "\""]
        items += [" pages=%d ocr_conf=0.%02d source=scan-ADM-01" % (R.randint(1, 4), R.randint(70, 99))]
        seq(b, items)
    elif roll < .66 and DEAD:
        r = ch(DEAD)
        k = r.nok
        seq(b, ["form=VA40-0247 doc=DOC-%07d (PMC) decedent=\"" % DOC_SEQ[0], (nm(r, "FL"), "name"), "\" mail_to=\"", (k.first + " " + k.last, "name"),
                ", ", (k.street + ", " + k.city, "address"), ", %s " % k.state, (k.zip, "zip"), "\" copies=%d" % R.randint(1, 3)])
    elif roll < .82:
        b.t("ocr job=%s doc=DOC-%07d pages=%d dur=%.1fs engine=tesseract-5.3.4" % (uid(), DOC_SEQ[0], R.randint(1, 9), R.uniform(.4, 6)))
    else:
        b.t("av scan doc=DOC-%07d sha256=%s result=clean clamav=1.3.1/27218" % (DOC_SEQ[0], hexs(64)))
    return [b]


def g_nc():
    b = L("nurse_call")
    u = ch(UNITS)
    room = "%s-%d%s" % (u[0], R.randint(100, 140), ch("AB"))
    typ = ch(["BATH ", "BED  ", "PULL ", "PEND ", "CODE "])
    pri = {"BATH ": "P1", "CODE ": "P0"}.get(typ, "P2")
    stat = ch(["ANSWERED", "ANSWERED", "CANCEL  ", "ESCALATE"])
    b.t("%s %s %-11s%s %s %s %s %-8s " % (C.t.strftime("%Y%m%d"), C.t.strftime("%H%M%S"), room, typ, pri, stat,
                                          "00:%02d:%02d" % (R.randint(0, 14), R.randint(0, 59)), "CNA%04d" % R.randint(1000, 9999)))
    if R.random() < .35:
        r = ch([x for x in LIVE if x.unit_code == u[0]] or LIVE)
        s = ("%s %s" % (fold(r.last).upper(), fold(r.first)[0]))[:16]
        b.p(s.rstrip(), "name")
        b.t(" " * (16 - len(s.rstrip())))
    else:
        b.t(" " * 16)
    b.t(" DOME-%s" % u[0])
    return [b]


def g_win():
    b = L("winevt")
    st = ch(STAFF)
    e = ch([4624, 4624, 4634, 4625, 4740, 4768])
    o = O([("EventTime", C.t.strftime("%Y-%m-%d %H:%M:%S")), ("Hostname", ch(["LSVH-DC01.lsvh.local", "LSVH-DC02.lsvh.local"])),
           ("EventID", e), ("SourceName", "Microsoft-Windows-Security-Auditing"), ("TargetUserName", st[3]),
           ("TargetDomainName", "LSVH")])
    if e in (4624, 4625):
        o += [("LogonType", ch([2, 3, 10])), ("IpAddress", "10.20.%d.%d" % (R.randint(1, 8), R.randint(2, 250))), ("WorkstationName", "NS-%s-0%d" % (ch(["LIB1", "LIB2", "VAL"]), R.randint(1, 4)))]
    if e == 4625:
        o.append(("Status", "0xC000006D"))
    o.append(("EventReceivedTime", (C.t + dt.timedelta(seconds=1)).strftime("%Y-%m-%d %H:%M:%S")))
    J(b, o)
    return [b]


def g_java():
    out = []
    b = L("java_trace")
    roll = R.random()
    head = "%s ERROR 1 --- [nio-8080-exec-%d] o.l.billing.PerDiemInvoiceService     : " % (ts_sp().replace(",", "."), R.randint(1, 20))
    b.t(head)
    if roll < .5:
        r = ch(VETS)
        seq(b, ["Failed to post invoice INV-2502-%04d for veteran " % R.randint(1, 80), (nm(r, "LF"), "name"), " (file ", (r.va_file, r.va_cat), "): adm_date ",
                (d_iso(r.admit), "date"), " outside billing period"])
        exc = "java.lang.IllegalStateException: admission date outside billing period 2025-02"
    else:
        b.t("Failed to post invoice batch 2502 to VA FSC gateway")
        exc = "org.springframework.web.client.ResourceAccessException: I/O error on POST request for \"https://perdiem-gw.fsc.va.gov/api/v3/invoices\": Read timed out"
    out.append(b)
    b = L("java_trace")
    b.t(exc)
    out.append(b)
    frames = ["org.lakeviewsvh.billing.PerDiemInvoiceService.post(PerDiemInvoiceService.java:%d)" % R.randint(90, 300),
              "org.lakeviewsvh.billing.InvoiceController.submit(InvoiceController.java:%d)" % R.randint(40, 120),
              "org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)",
              "org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:166)"]
    for f in frames[:R.randint(2, 4)]:
        b = L("java_trace")
        b.t("\tat " + f)
        out.append(b)
    b = L("java_trace")
    b.t("\t... %d common frames omitted" % R.randint(30, 60))
    out.append(b)
    return out


def sql_q(s):
    return s.replace("'", "''")


def g_pg():
    b = L("pg_log")
    pidn = R.randint(1000, 60000)
    b.t("%s CDT [%d] " % (C.t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (C.t.microsecond // 1000), pidn))
    roll = R.random()
    if roll < .35:
        r = ch(RES)
        seq(b, ["billing@svh LOG:  duration: %.3f ms  statement: SELECT r.id, r.va_file_no, t.balance FROM residents r JOIN trust_accounts t ON t.res_id = r.id WHERE r.last_name = '" % R.uniform(500, 4000),
                (sql_q(r.last), "name"), "' AND r.dob = '", (d_iso(r.dob), "date"), "'"])
    elif roll < .5:
        r = ch(RES)
        seq(b, ["ehr@svh LOG:  duration: %.3f ms  execute <unnamed>: UPDATE residents SET phone_nok = $1 WHERE mrn = $2" % R.uniform(500, 2000)])
        out2 = L("pg_log")
        out2.t("%s CDT [%d] ehr@svh DETAIL:  parameters: $1 = '" % (C.t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (C.t.microsecond // 1000), pidn))
        seq(out2, [(fmt_phone(r.nok.phone, 4), "phone"), "', $2 = '", (r.mrn, "mrn"), "'"])
        return [b, out2]
    elif roll < .7:
        b.t("LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=0.004 s, total=%.3f s" % (
            R.randint(100, 5000), R.uniform(.1, 9), R.randint(0, 3), *(lambda w: (w, w + R.uniform(.005, .2)))(R.uniform(1, 30))))
    elif roll < .85:
        b.t("LOG:  automatic vacuum of table \"svh.public.%s\": index scans: 1, pages: 0 removed, %d remain" % (ch(["mar_admin", "visit_slots", "audit_event", "invoices"]), R.randint(100, 90000)))
    else:
        b.t("[unknown]@[unknown] LOG:  connection received: host=10.20.3.%d port=%d" % (R.randint(2, 60), R.randint(30000, 65000)))
    return [b]


def g_fhir():
    b = L("fhir")
    roll = R.random()
    if roll < .45:
        r = ch(VETS)
        o = O([("resourceType", "Patient"), ("id", uid()), ("meta", O([("source", "#vhie-" + hexs(16)), ("lastUpdated", ts_z())])),
               ("identifier", A([O([("system", "urn:oid:2.16.840.1.113883.4.349"), ("value", r.icn, "mrn")]),
                                 O([("system", "http://hl7.org/fhir/sid/us-ssn"), ("value", r.ssn.replace("-", ""), "ssn")])])),
               ("name", A([O([("family", r.last, "name"), ("given", A([(r.first, "name")]))])])),
               ("gender", "male" if r.sex == "M" else "female"), ("birthDate", d_iso(r.dob), "date"),
               ("address", A([O([("line", A([(r.street, "address")])), ("city", r.city, "address"), ("state", r.state), ("postalCode", r.zip, "zip")])]))])
        J(b, o, ascii_=R.random() < .5)
    elif roll < .65:
        r = ch(LIVE)
        o = O([("resourceType", "Coverage"), ("id", uid()), ("status", "active"), ("subscriberId", r.mbi, "health_plan"),
               ("beneficiary", O([("reference", "Patient/" + uid())])), ("payor", A([O([("display", "Medicare Part A")])])),
               ("period", O([("start", d_iso(r.admit), "date")]))])
        J(b, o)
    elif roll < .85:
        o = O([("resourceType", "OperationOutcome"), ("issue", A([O([("severity", "information"), ("code", "informational"),
                                                                     ("diagnostics", "Bundle contained %d entries, took %dms" % (R.randint(1, 60), R.randint(20, 900)))])]))])
        J(b, o)
    else:
        o = O([("resourceType", "CapabilityStatement"), ("status", "active"), ("date", "2024-11-02"), ("fhirVersion", "4.0.1"),
               ("software", O([("name", "VHIE Gateway"), ("version", "3.8.2")])), ("format", A(["json", "xml"]))])
        J(b, o)
    return [b]


ISA_SEQ = [7710]


def g_x12():
    b = L("x12")
    ISA_SEQ[0] += 1
    roll = R.random()
    d6, t4 = C.t.strftime("%y%m%d"), C.t.strftime("%H%M")
    isa = "ISA*00*          *00*          *ZZ*LSVH656SH01    *ZZ*CMSHETS        *%s*%s*^*00501*%09d*0*P*:~GS*HS*LSVH656SH01*CMSHETS*%s*%s*%d*X*005010X279A1~ST*270*0001*005010X279A1~" % (
        d6, t4, ISA_SEQ[0], C.t.strftime("%Y%m%d"), t4, ISA_SEQ[0])
    if roll < .5:
        r = ch(LIVE)
        seq(b, [isa, "BHT*0022*13*%s*%s*%s~HL*1**20*1~NM1*PR*2*CMS*****PI*CMS~HL*2*1*21*1~NM1*1P*2*LAKEVIEW STATE VETERANS HOME*****XX*%s~HL*3*2*22*0~TRN*1*%s*9LSVH00001~NM1*IL*1*" % (
            hexs(10), C.t.strftime("%Y%m%d"), t4, ORG_NPI, digs(10)),
                (fold(r.last).upper(), "name"), "*", (fold(r.first).upper(), "name"), "****MI*", (r.mbi, "health_plan"), "~DMG*D8*", (d_hl7(r.dob), "date"),
                "~DTP*291*D8*%s~EQ*30~SE*13*0001~GE*1*%d~IEA*1*%09d~" % (C.t.strftime("%Y%m%d"), ISA_SEQ[0], ISA_SEQ[0])])
    elif roll < .7:
        r = ch(LIVE)
        seq(b, [isa.replace("*270*", "*271*").replace("ZZ*LSVH656SH01    *ZZ*CMSHETS        ", "ZZ*CMSHETS        *ZZ*LSVH656SH01    ").replace("GS*HS*LSVH656SH01*CMSHETS", "GS*HB*CMSHETS*LSVH656SH01").replace("X279A1~ST", "X279A1~ST", 1), "HL*3*2*22*0~NM1*IL*1*", (fold(r.last).upper(), "name"), "*", (fold(r.first).upper(), "name"), "****MI*", (r.mbi, "health_plan"),
                "~N3*", (fold(r.street).upper(), "address"), "~N4*", (fold(r.city).upper(), "address"), "*", r.state, "*", (r.zip, "zip"), "~DMG*D8*", (d_hl7(r.dob), "date"),
                "~EB*1**30*MA~DTP*307*RD8*20190101-99991231~SE*11*0001~"])
    else:
        b.t("ISA*00*          *00*          *ZZ*CMSHETS        *ZZ*LSVH656SH01    *%s*%s*^*00501*%09d*0*P*:~GS*FA*CMSHETS*LSVH656SH01*%s*%s*%d*X*005010X231A1~ST*999*0001*005010X231A1~AK1*HS*%d*005010X279A1~AK9*A*1*1*1~SE*4*0001~GE*1*%d~IEA*1*%09d~" % (
            d6, t4, ISA_SEQ[0] + 50000, C.t.strftime("%Y%m%d"), t4, ISA_SEQ[0], ISA_SEQ[0] - 1, ISA_SEQ[0], ISA_SEQ[0] + 50000))
    return [b]


def g_panos():
    b = L("panos")
    if R.random() < .8:
        b.t("<14>%s PA-3220-FW01 1,%s,0123456789%02d,TRAFFIC,end,2816,%s,10.20.%d.%d,%s,0.0.0.0,0.0.0.0,%s,,,%s,vsys1,trust,untrust,ethernet1/2,ethernet1/1,SIEM-fwd,%s,%d,1,%d,%d,0,0,0x400064,tcp,allow,%d,%d,%d,%d,%s,%d,0,aged-out" % (
            ts_sys(), C.t.strftime("%Y/%m/%d %H:%M:%S"), R.randint(0, 99), C.t.strftime("%Y/%m/%d %H:%M:%S"), R.randint(1, 9), R.randint(2, 250),
            ch(["52.92.183.40", "20.190.151.7", "13.107.42.14", "34.117.59.81", "142.250.191.78"]), ch(["Allow-Staff-Web", "Allow-EHR-SaaS", "Allow-Pharmacy-VPN"]),
            ch(["ssl", "web-browsing", "ms-office365", "hl7"]), C.t.strftime("%Y/%m/%d %H:%M:%S"), R.randint(10000, 99999), R.randint(30000, 65000), ch([443, 443, 2575, 80]),
            R.randint(500, 90000), R.randint(200, 40000), R.randint(200, 60000), R.randint(3, 120), C.t.strftime("%Y/%m/%d %H:%M:%S"), R.randint(1, 300)))
    else:
        b.t("<12>%s PA-3220-FW01 1,%s,012345678901,SYSTEM,general,0,%s,,general,,0,0,general,informational,\"User admin-%s logged in via Web from 10.20.1.%d using https\",%d,0x0" % (
            ts_sys(), C.t.strftime("%Y/%m/%d %H:%M:%S"), C.t.strftime("%Y/%m/%d %H:%M:%S"), ch(["jdoerr", "netops"]), R.randint(2, 30), R.randint(10 ** 6, 10 ** 7)))
    return [b]


def g_diet():
    b = L("dietary_tsv")
    roll = R.random()
    ts = C.t.strftime("%Y-%m-%d %H:%M")
    if roll < .5:
        r = ch(LIVE)
        items = [ts, "\tTRAY\t", ("BRKFST" if C.t.hour < 7 or C.t.hour >= 19 else "LUNCH" if C.t.hour < 11 else "SUPPER"), "\t", r.room, "\t", (nm(r, "LF"), "name"), "\t",
                 ch(["Mech Soft / Nectar Thick", "Regular", "Cardiac 2g Na", "CCHO", "Pureed / Honey Thick", "Renal"]), "\t",
                 ch(["NKA", "PCN", "Shellfish", "Peanut", "Sulfa"])]
        if R.random() < .3:
            items += ["\tBDAY ", (r.dob.strftime("%m/%d"), "date")]
        else:
            items += ["\t-"]
        seq(b, items)
    elif roll < .8:
        b.t("%s\tHACCP\tLINE%d\t%s\t%dF\tok\tby %s" % (ts, R.randint(1, 3), ch(["hot hold", "cold hold", "dish rinse"]), R.randint(36, 190), ch(["P. Alvarez", "K. Yang", "D. Sorensen"])))
    else:
        b.t("%s\tMENU\tcycle=%d\tday=%d\tsku=%s\tportions=%d\tvendor=Sysco St Cloud" % (ts, R.randint(1, 4), R.randint(1, 28), "SY" + digs(7), R.randint(40, 160)))
    return [b]


GENS = [(g_ehr, 9), (g_perdiem, 2), (g_elig, 6), (g_mds, 5), (g_hl7, 3), (g_adc, 8), (g_wg, 7), (g_access, 9),
        (g_pino, 9), (g_sms, 5), (g_chat, 4), (g_dms, 5), (g_nc, 7), (g_win, 8), (g_java, 2), (g_pg, 5),
        (g_fhir, 3), (g_x12, 3), (g_panos, 8), (g_diet, 5)]


def main():
    lines = []
    funcs = [g for g, _ in GENS]
    weights = [w for _, w in GENS]
    while len(lines) < N_LINES:
        tick()
        g = R.choices(funcs, weights)[0]
        rec = g()
        if len(lines) + len(rec) > N_LINES:
            continue
        # multi-line records: later lines get the same or slightly later time
        lines.extend(rec)
    out_log, out_lab = [], []
    for i, b in enumerate(lines, 1):
        txt = b.text()
        if not txt or "\n" in txt or "\r" in txt:
            sys.exit("bad line %d: %r" % (i, txt))
        bs = txt.encode("utf-8")
        if len(bs) != b.n:
            sys.exit("length mismatch line %d" % i)
        prev = 0
        spans = []
        for (s, e, cat, val) in sorted(b.spans):
            if not (0 <= s < e <= len(bs)):
                sys.exit("span out of range line %d %r" % (i, (s, e, cat)))
            if s < prev:
                sys.exit("overlapping spans line %d" % i)
            if bs[s:e].decode("utf-8") != val:
                sys.exit("span text mismatch line %d: %r vs %r" % (i, bs[s:e], val))
            if val != val.strip() or not val:
                sys.exit("span has surrounding whitespace line %d: %r" % (i, val))
            prev = e
            spans.append({"s": s, "e": e, "cat": cat})
        if b.fam in ("ehr_audit", "visit_pino", "winevt", "fhir"):
            json.loads(txt)
        out_log.append(txt)
        out_lab.append(json.dumps({"line": i, "family": b.fam, "spans": spans}, ensure_ascii=False))
    with open(ID + ".log", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_log) + "\n")
    with open(ID + ".labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_lab) + "\n")
    nophi = sum(1 for b in lines if not b.spans)
    cats = {}
    for b in lines:
        for s in b.spans:
            cats[s[2]] = cats.get(s[2], 0) + 1
    print("lines=%d no_phi=%d (%.1f%%)" % (len(lines), nophi, 100.0 * nophi / len(lines)))
    print(json.dumps(dict(sorted(cats.items())), indent=None))


if __name__ == "__main__":
    main()
