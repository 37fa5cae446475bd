#!/usr/bin/env python3
"""Synthetic labeled log corpus "ip": clinical laboratory courier / specimen logistics.

Company (fictitious): Relay Specimen Logistics (relaylabx.com), Houston / San Antonio / Austin.
Systems: Android driver app (logcat), iOS driver app (os_log), scan-ingest (logfmt), GPS ping
ingest (NDJSON), LogTag temperature loggers (CSV) and their gateway (syslog), dispatch-api
(Spring Boot), routing-svc (Go/zap JSON), chain-of-custody service (XML + CEF audit),
missing-specimen investigations (Jira comments), patient call-back worker (Python/Celery,
Twilio), requisition OCR (Textract JSON + ocr-worker key=value), lab accessioning interface
(Mirth Connect + HL7 v2.3 ORM/ACK segments one per physical line), STAT run tickets (pipe rows),
route manifests (CSV with header), fleet telematics webhooks (JSON), carrier status (X12 214),
plus infrastructure noise (nginx, klog/kubelet, PostgreSQL, Redis, cron, Prometheus/Alertmanager).

All people, addresses and identifiers are synthetic. Standard library only, fixed seed.

Labeling decisions:
- Labeled: identifiers of patients, test donors, and their relatives / emergency contacts /
  guarantors / insured subscribers. Not labeled: couriers (drivers), dispatchers, phlebotomists,
  collectors, clinic staff, ordering physicians (names, NPIs, usernames, emails, phones), clinics,
  labs, employers, vendors, and company infrastructure.
- A person's name is one span including its separators ("LAST, FIRST M", "LAST^FIRST^M");
  when a record splits last and first into separate fields/columns, each part is its own span.
  Honorifics ("Mrs.", "Sra.") and relationship words ("daughter") are outside the span.
- Patient home addresses (home-draw stops, PID-11, requisition OCR): street line incl. unit is
  one `address` span, city is a separate `address` span, state is not labeled, ZIP is `zip`.
  A geocode attached to a patient's home (lat and lng) is one `address` span per coordinate.
  Clinic, lab, PSC and depot addresses are not labeled. Raw vehicle GPS pings are not labeled,
  even during a home-draw stop (they describe the vehicle, not a patient record).
- Dates: DOB, specimen collection date/time (date of service), home-draw appointment / redraw
  dates are `date` (whole value incl. time when written together). Log timestamps, pickup /
  scan / delivery / custody transfer times, build dates, certificate expiries are not labeled.
- Ages are labeled only when over 89; younger ages are not labeled.
- MRN / lab patient ID (PID-3, label barcodes) = `mrn`; visit/encounter numbers (PV1-19),
  patient call-back case IDs, patient portal usernames and patient tracking-link tokens =
  `other_id`; a full patient tracking link is `url`. Accession numbers, specimen/bag/tube
  barcodes, requisition numbers, STAT ticket numbers, investigation ticket keys (MSI-nnnn),
  seal numbers, route/stop/manifest IDs are NOT labeled (they identify specimens/logistics).
- Insurance member IDs, Medicare MBIs, Medicaid IDs = `health_plan`; patient billing account
  numbers and card PANs = `account`; patient driver's licence numbers = `license`.
- Devices: a patient's own returned device (Holter, sleep-test, CGM transmitter) serial =
  `device`; temperature loggers, driver handsets (IMEI), vehicle gateways are not labeled.
  Vehicles: a patient's car plate = `vehicle`; fleet VINs and plates are not labeled.
- Public client IPs on patient-only endpoints (tracking page /p/, home-draw booking portal)
  = `ip`; internal 10.x / driver-carrier IPs are not labeled.
- Patient signature stroke capture = `biometric`; base64 face image from ID check = `photo`.
  Staff custody signatures and proof-of-delivery photo keys are not labeled.
"""
import base64
import datetime as dt
import json
import os
import random

SEED = 2103
R = random.Random(SEED)
N_LINES = 500


# ----------------------------------------------------------------------------- builder
class B:
    def __init__(self, fam):
        self.fam = fam
        self.buf = []
        self.n = 0
        self.spans = []

    def t(self, *ss):
        for s in ss:
            s = str(s)
            self.buf.append(s)
            self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        if not cat:
            return self.t(s)
        a = self.n
        self.t(s)
        self.spans.append((a, self.n, cat, s))
        return self

    def parts(self, parts):
        """parts: list of str or (text, cat)"""
        for x in parts:
            if isinstance(x, str):
                self.t(x)
            else:
                self.p(x[0], x[1])
        return self

    def line(self):
        return "".join(self.buf)


def jv(b, v, cat=None):
    if isinstance(v, str):
        enc = json.dumps(v, ensure_ascii=False)
        b.t('"')
        b.p(enc[1:-1], cat)
        b.t('"')
    elif isinstance(v, O):
        jobj(b, v)
    elif isinstance(v, list) and v and isinstance(v[0], O):
        b.t("[")
        for i, x in enumerate(v):
            if i:
                b.t(",")
            jobj(b, x)
        b.t("]")
    else:
        b.p(json.dumps(v, ensure_ascii=False), cat)


class O(list):
    """ordered JSON object: items are (key, value) or (key, value, cat)"""
    def __init__(self, items, sep=(",", ":")):
        super().__init__(items)
        self.sep = sep


def jobj(b, o):
    isep, ksep = o.sep
    b.t("{")
    for i, it in enumerate(o):
        if i:
            b.t(isep)
        b.t(json.dumps(it[0]) + ksep)
        jv(b, it[1], it[2] if len(it) > 2 else None)
    b.t("}")


def row(b, fields, sep):
    for i, f in enumerate(fields):
        if i:
            b.t(sep)
        if isinstance(f, str):
            b.t(f)
        elif isinstance(f, tuple):
            b.p(f[0], f[1])
        else:
            b.parts(f)


def kv(b, pairs, sep=" ", eq="="):
    """pairs: (key, value) or (key, value, cat); values with spaces get quoted."""
    for i, it in enumerate(pairs):
        if i:
            b.t(sep)
        k, v = it[0], str(it[1])
        cat = it[2] if len(it) > 2 else None
        b.t(k + eq)
        if (" " in v or "," in v) and not v.startswith('"'):
            b.t('"')
            b.p(v, cat)
            b.t('"')
        else:
            b.p(v, cat)


# ----------------------------------------------------------------------------- clock
T = dt.datetime(2024, 3, 14, 5, 41, 7, 112000)
CDT = dt.timedelta(hours=-5)


def tick(lo=0, hi=25):
    global T
    T += dt.timedelta(seconds=R.randint(lo, hi), milliseconds=R.randint(0, 999))
    return T


def utc(t=None):
    return (t or T) - CDT


def ms3(t):
    return "%03d" % (t.microsecond // 1000)


def ts_iso_z(t=None):
    u = utc(t)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + ms3(u) + "Z"


def ts_iso_off(t=None):
    t = t or T
    return t.strftime("%Y-%m-%dT%H:%M:%S") + "-05:00"


def ts_space(t=None, sep="."):
    t = t or T
    return t.strftime("%Y-%m-%d %H:%M:%S") + sep + ms3(t)


def ts_logcat(t=None):
    t = t or T
    return t.strftime("%m-%d %H:%M:%S.") + ms3(t)


def ts_epoch(t=None):
    u = utc(t)
    return (u - dt.datetime(1970, 1, 1)).total_seconds()


# ----------------------------------------------------------------------------- pools
FIRST_F = ["Maria", "Yuki", "Aaliyah", "Priya", "Siobhan", "Fatima", "Ingrid", "Thandiwe", "Zoë",
           "Guadalupe", "Lakshmi", "Émilie", "Aroha", "Svetlana", "Ngozi", "Mai", "Hye-jin",
           "Dolores", "Bernadette", "Xiomara", "Leilani", "Marisol", "Opal", "Ruth", "Anh",
           "Imelda", "Consuelo", "Nadia", "Precious", "Gwendolyn"]
FIRST_M = ["José", "Dmitri", "Oluwaseun", "Mateo", "Kwame", "Raúl", "Chen", "Tomasz", "Hamid",
           "DeShawn", "Keoni", "Björn", "Bartholomew", "Thanh", "Ignacio", "Arjun", "Olumide",
           "Cornelius", "Esteban", "Wendell", "Jae-won", "Florencio", "Rashid", "Clarence",
           "Jean-Baptiste", "Lorenzo", "Emeka", "Teodoro", "Viktor", "Amos"]
LAST = ["García-Ramírez", "O'Donnell", "van der Berg", "Nakamura", "Adeyemi", "Kowalczyk",
        "De La Cruz", "Nguyen", "Haddad", "Okonkwo", "MacLeod", "Papadopoulos", "Fitzgerald-Yates",
        "Delgado", "St. Pierre", "Al-Khouri", "Lindqvist", "Mensah", "Takahashi", "Ruiz de Velasco",
        "Dubois", "Abernathy", "Kaur", "Schultz", "Begay", "Yilmaz", "Petrov", "Mahlangu",
        "Kealoha", "Tran", "Villarreal", "Ochoa", "Broussard", "Washington", "Hernández",
        "Esparza", "Pham", "Castañeda", "LeBlanc", "Zamora", "Oyelaran", "Szymański", "Quintanilla",
        "Whitehorse", "da Silva", "Park", "Treviño", "Achterberg", "Nwachukwu", "Dela Peña"]
STREETS = ["Dunlavy St", "W Gramercy St", "Bellaire Blvd", "Spring Cypress Rd", "Tangerine Ln",
           "Avenida Guadalupe", "Oak Forest Dr", "Fondren Rd", "E Mulberry Ave", "Kingsland Blvd",
           "Rio Grande St", "Cedar Post Ln", "Renwick Dr", "Pecan Hollow Cv", "S Congress Ave",
           "Colonial Pkwy", "Kashmere St", "Magnolia Bend", "W Woodlawn Ave", "Cypress Rosehill Rd",
           "Calle Zaragoza", "Bluebonnet Trl", "Old Spanish Trl", "Harrisburg Blvd", "N Main Ave",
           "Wurzbach Rd", "Quail Run Dr", "Lockwood Dr", "Nogalitos St", "Bissonnet St"]
UNITS = ["", "", "", " Apt 12C", " #214", " Unit 5", " Apt 3", " Apt 1107", " Lot 44", " Trlr 9"]
CITIES = [("Houston", "77006"), ("Houston", "77036"), ("Houston", "77081"), ("Houston", "77020"),
          ("Houston", "77096"), ("Pasadena", "77502"), ("Sugar Land", "77478"), ("Katy", "77494"),
          ("Baytown", "77521"), ("Humble", "77338"), ("Cypress", "77429"), ("Spring", "77373"),
          ("San Antonio", "78207"), ("San Antonio", "78228"), ("San Antonio", "78240"),
          ("Austin", "78702"), ("Austin", "78745"), ("Austin", "78758"), ("Pflugerville", "78660"),
          ("Round Rock", "78664"), ("New Braunfels", "78130"), ("Kyle", "78640"),
          ("Galveston", "77550"), ("Missouri City", "77489"), ("Conroe", "77301")]
AREA = {"Houston": "713", "Pasadena": "281", "Sugar Land": "281", "Katy": "832", "Baytown": "281",
        "Humble": "832", "Cypress": "832", "Spring": "281", "San Antonio": "210", "Austin": "512",
        "Pflugerville": "737", "Round Rock": "512", "New Braunfels": "830", "Kyle": "737",
        "Galveston": "409", "Missouri City": "346", "Conroe": "936"}
CITY_LL = {"Houston": (29.76, -95.37), "Pasadena": (29.69, -95.21), "Sugar Land": (29.62, -95.63),
           "Katy": (29.79, -95.82), "Baytown": (29.74, -94.98), "Humble": (29.99, -95.26), "Cypress": (29.97, -95.69),
           "Spring": (30.08, -95.42), "San Antonio": (29.42, -98.49), "Austin": (30.27, -97.74),
           "Pflugerville": (30.44, -97.62), "Round Rock": (30.51, -97.68), "New Braunfels": (29.70, -98.12),
           "Kyle": (29.99, -97.88), "Galveston": (29.30, -94.80), "Missouri City": (29.62, -95.54), "Conroe": (30.31, -95.46)}
MAILDOMS = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "att.net",
            "sbcglobal.net", "aol.com", "proton.me"]
PLANS = [("BCBSTX", "Blue Cross Blue Shield of Texas"), ("UHC", "UnitedHealthcare"),
         ("AETNA", "Aetna"), ("HUMANA", "Humana Gold Plus"), ("TXMCD", "Texas Medicaid"),
         ("MCR", "Medicare Part B"), ("CIGNA", "Cigna"), ("CHRISTUS", "CHRISTUS Health Plan"),
         ("SUPERIOR", "Superior HealthPlan")]

DRIVERS = [("DRV-0412", "Darnell Hughes"), ("DRV-0388", "Rosa Villanueva"), ("DRV-0517", "Tuan Pham"),
           ("DRV-0290", "Kayla Brennan"), ("DRV-0603", "Abdi Warsame"), ("DRV-0455", "Lucía Cárdenas"),
           ("DRV-0721", "Marcus Oyelowo"), ("DRV-0199", "Jolene Stricklin")]
DISPATCH = ["m.okafor", "j.whitfield", "s.alvarado", "k.nguyen-baker", "r.villanueva"]
PHLEBS = ["Tiana Brooks", "Hector Gallegos", "Priyanka Shah", "Luis Ybarra", "Shawna Tillman"]
DOCS = [("1043882719", "RAMAN", "ANITA"), ("1295736014", "OKAFOR", "CHIDI"),
        ("1588204936", "WEINSTEIN", "LAUREN"), ("1720049385", "SALAZAR", "MIGUEL"),
        ("1912003847", "HOLLOWAY", "GRANT"), ("1376659021", "CHOUDHURY", "FARAH")]
CLINICS = [
    ("CL-0142", "Lakeshore Family Medicine", "2400 W Holcombe Blvd Ste 310", "Houston", "77030", "(713) 790-2200", "(713) 790-2201"),
    ("CL-0177", "Bellaire Pediatrics", "6565 Fannin St Ste 1150", "Houston", "77030", "713-795-4410", "713-795-4419"),
    ("CL-0203", "Westchase Internal Medicine", "10700 Richmond Ave Ste 120", "Houston", "77042", "832.242.6100", "832.242.6109"),
    ("CL-0219", "Alamo Heights Women's Health", "8000 Broadway St Ste 204", "San Antonio", "78209", "(210) 826-3300", "(210) 826-3301"),
    ("CL-0256", "Medical Center Oncology Assoc.", "7979 Wurzbach Rd Ste 400", "San Antonio", "78229", "210-616-0550", "210-616-0551"),
    ("CL-0301", "Mueller Primary Care", "1801 E 51st St Bldg G", "Austin", "78723", "(512) 324-7000", "(512) 324-7009"),
    ("CL-0318", "Round Rock Nephrology", "2400 Round Rock Ave Ste 100", "Round Rock", "78681", "512-341-1900", "512-341-1909"),
    ("CL-0334", "Bay Area Dialysis Center", "500 Medical Center Blvd", "Webster", "77598", "281-332-4100", "281-332-4109"),
    ("CL-0347", "Katy Urgent Care Plus", "23920 Katy Fwy Ste 150", "Katy", "77494", "281-644-2700", "281-644-2701"),
]
LABS = [("GCRL", "Gulf Coast Reference Laboratory", "4200 Mykawa Rd", "Houston", "77087"),
        ("HCP", "Hill Country Pathology", "9820 N Lamar Blvd", "Austin", "78753"),
        ("SAML", "San Antonio Medical Laboratories", "1502 Fredericksburg Rd", "San Antonio", "78201")]
TUBES = ["SST", "LAV 4mL", "LAV 2mL", "LT BLUE", "GRAY", "RED", "PINK", "URINE CUP", "SWAB UTM",
         "24H URINE", "FROZEN SERUM", "CSF", "ROYAL BLUE", "BLOOD CX SET"]
TEMPZ = ["AMBIENT", "REFRIGERATED", "FROZEN"]
TESTS = [("80053", "CMP"), ("85025", "CBC W/DIFF"), ("83036", "HEMOGLOBIN A1C"), ("84443", "TSH"),
         ("80061", "LIPID PANEL"), ("87086", "URINE CULTURE"), ("85610", "PROTIME/INR"),
         ("82607", "VITAMIN B12"), ("86803", "HEP C AB"), ("87491", "CT/NG NAA"),
         ("80307", "DRUG SCREEN 10 PANEL"), ("82947", "GLUCOSE"), ("84153", "PSA TOTAL")]
VEH = [("VAN-114", "1FTBR1C82LKA31177", "PKR-9012"), ("VAN-122", "1FTBW2CM5HKA60831", "NXT-4471"),
       ("CAR-031", "4T1B11HK6KU812349", "LGD-2208"), ("VAN-137", "3C6TRVDG2KE519902", "RTH-8830"),
       ("CAR-045", "JTDKAMFU3N3172044", "MFZ-6615")]


def pick(x):
    return R.choice(x)


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n, chars="ABCDEFGHJKLMNPQRSTUVWXYZ23456789"):
    return "".join(R.choice(chars) for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def luhn_complete(prefix, length):
    s = prefix + digits(length - len(prefix) - 1)
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return s + str((10 - tot % 10) % 10)


def ssn():
    a = R.choice([x for x in range(1, 900) if x != 666])
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    AN = L + "0123456789"
    return (str(R.randint(1, 9)) + R.choice(L) + R.choice(AN) + str(R.randint(0, 9)) + R.choice(L)
            + R.choice(AN) + str(R.randint(0, 9)) + R.choice(L) + R.choice(L) + digits(2))


def plan_id(code):
    if code == "MCR":
        m = mbi()
        return R.choice([m, "%s-%s-%s" % (m[:4], m[4:7], m[7:])])
    if code == "TXMCD":
        return digits(9)
    if code == "BCBSTX":
        return R.choice(["XOJ", "ZGT", "XDK"]) + digits(9)
    if code == "UHC":
        return digits(9) + R.choice(["", "-01", "-02"])
    if code == "AETNA":
        return "W" + digits(9)
    if code == "HUMANA":
        return "H" + digits(8)
    return R.choice(["U", "CHR", "S"]) + digits(8)


class Pt:
    def __init__(self, old=False):
        self.sex = R.choice("FM")
        self.first = pick(FIRST_F if self.sex == "F" else FIRST_M)
        self.last = pick(LAST)
        self.mi = R.choice("ABCDEFGJKLMRST")
        if old:
            y = R.randint(1926, 1933)
        else:
            y = R.choice([R.randint(1934, 1965), R.randint(1946, 2005), R.randint(2008, 2021)])
        self.dob = dt.date(y, R.randint(1, 12), R.randint(1, 28))
        self.mrn = R.choice(["E" + digits(7), digits(8), "GC" + digits(7), "M" + digits(6), "00" + digits(7)])
        self.city, self.zip = pick(CITIES)
        self.street = "%d %s%s" % (R.choice([R.randint(100, 999), R.randint(1000, 24999)]), pick(STREETS), pick(UNITS))
        self.phone = AREA[self.city] + str(R.randint(2, 9)) + digits(2) + digits(4)
        self.plan = pick(PLANS)
        while self.plan[0] in ("MCR", "HUMANA") and self.age() < 65:
            self.plan = pick(PLANS)
        self.member = plan_id(self.plan[0])
        self.acct = R.choice(["77" + digits(8), "A" + digits(9), digits(10)])
        clat, clng = CITY_LL[self.city]
        self.lat = round(clat + R.uniform(-0.09, 0.09), 6)
        self.lng = round(clng + R.uniform(-0.09, 0.09), 6)
        base = (strip_acc(self.first)[0] + strip_acc(self.last).replace(" ", "").replace("'", "").replace("-", "")).lower()
        self.email = R.choice([base + str(R.randint(1, 99)), strip_acc(self.first).lower() + "." +
                               strip_acc(self.last).lower().replace(" ", "").replace("'", ""),
                               strip_acc(self.last).lower().replace(" ", "").replace("'", "")[:6] + self.dob.strftime("%y")]) + "@" + pick(MAILDOMS)
        self.user = R.choice([base + str(self.dob.year)[2:], strip_acc(self.first).lower() + "_" + digits(3)])

    def age(self, on=dt.date(2024, 3, 14)):
        return on.year - self.dob.year - ((on.month, on.day) < (self.dob.month, self.dob.day))


def strip_acc(s):
    tbl = str.maketrans("áéíóúñüëöøåçÁÉÍÓÚÑÜ", "aeiounueooacAEIOUNU")
    return s.translate(tbl).replace("ń", "n").replace("ś", "s")


def nm(p, style=None):
    style = style if style is not None else R.randint(0, 9)
    F, L_ = p.first, p.last
    if style == 0:
        return "%s %s" % (F, L_)
    if style == 1:
        return "%s, %s" % (L_.upper(), F.upper())
    if style == 2:
        return "%s, %s %s" % (L_, F, p.mi)
    if style == 3:
        return "%s. %s" % (F[0], L_)
    if style == 4:
        return "%s,%s" % (L_.upper(), F.upper())
    if style == 5:
        return "%s %s. %s" % (F, p.mi, L_)
    if style == 6:
        return "%s %s" % (F.lower(), L_.lower())
    if style == 7:
        return "%s %s" % (L_.upper(), F.upper())
    if style == 8:
        return "%s, %s" % (L_, F)
    return "%s %s" % (F, L_.upper())


MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def fd(d, style=None):
    style = style if style is not None else R.randint(0, 8)
    if style == 0:
        return d.strftime("%Y-%m-%d")
    if style == 1:
        return d.strftime("%m/%d/%Y")
    if style == 2:
        return "%02d%s%d" % (d.day, MON[d.month - 1], d.year)
    if style == 3:
        return "%d/%d/%s" % (d.month, d.day, d.strftime("%y"))
    if style == 4:
        return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")
    if style == 5:
        return d.strftime("%Y%m%d")
    if style == 6:
        return d.strftime("%d.%m.%Y")
    if style == 7:
        return "%d-%s-%d" % (d.day, d.strftime("%b"), d.year)
    return d.strftime("%m-%d-%Y")


def fph(n, style=None):
    style = style if style is not None else R.randint(0, 6)
    a, b, c = n[:3], n[3:6], n[6:]
    return [f"({a}) {b}-{c}", f"{a}-{b}-{c}", n, f"+1 {a} {b} {c}", f"+1{n}", f"{a}.{b}.{c}", f"1-{a}-{b}-{c}"][style]


def coll_dt():
    d = dt.datetime(2024, 3, R.randint(11, 13), R.randint(6, 15), R.choice([0, 5, 12, 20, 30, 41, 47, 55]))
    return d


def bag():
    return "BAG-%04d-%04d" % (R.randint(1000, 9999), R.randint(1, 400))


def accn():
    return R.choice(["A24", "GC24", "H24"]) + "%07d" % R.randint(1, 9999999)


def req_no():
    return "REQ" + digits(8)


def spec_id():
    return "S" + digits(9)


def stop_id():
    return "STP-20240314-%04d" % R.randint(1, 900)


def route_id():
    return R.choice(["R-HOU-", "R-SAT-", "R-AUS-", "R-GAL-"]) + "%02d" % R.randint(1, 24)


def trace():
    return hexs(32)


def drv():
    return pick(DRIVERS)


# ============================================================================= PHI templates
def t_logcat_label():
    p = Pt(old=R.random() < 0.15)
    tick()
    b = B("android-logcat")
    pid = R.randint(3000, 9000)
    b.t("%s  %d  %d I LabelParser: req label raw=\"" % (ts_logcat(), pid, pid + R.randint(10, 90)))
    b.p(p.mrn, "mrn").t("|").p(p.last.upper(), "name").t("|").p(p.first.upper(), "name").t("|")
    b.p(fd(p.dob, 5), "date").t("|%s|" % p.sex)
    c = coll_dt()
    b.p(c.strftime("%Y%m%d%H%M"), "date")
    b.t("\" symbology=%s tube=%s" % (R.choice(["CODE128", "PDF417", "DATAMATRIX"]), pick(TUBES)))
    out = [b]
    if R.random() < 0.6:
        tick(0, 2)
        b2 = B("android-logcat")
        b2.t("%s  %d  %d D ScanRepository: bag=%s scanCount=%d synced=false queue=%d" % (
            ts_logcat(), pid, pid + R.randint(10, 90), bag(), R.randint(1, 14), R.randint(0, 6)))
        out.append(b2)
    return out


def t_logcat_homedraw():
    p = Pt(old=R.random() < 0.2)
    tick()
    b = B("android-logcat")
    pid = R.randint(3000, 9000)
    b.t("%s  %d  %d I RouteStopVM: arrived stop=%s type=HOME_DRAW addr=\"" % (ts_logcat(), pid, pid + 7, stop_id()))
    b.p(p.street, "address").t(", ").p(p.city, "address").t(", TX ").p(p.zip, "zip")
    b.t("\" contact=\"").p(nm(p, R.choice([0, 5, 9])), "name").t("\" phone=").p(fph(p.phone, 2), "phone")
    b.t(" geofence=IN dwell=%ds" % R.randint(20, 400))
    out = [b]
    if R.random() < 0.5:
        tick(2, 30)
        b2 = B("android-logcat")
        b2.t("%s  %d  %d W RouteStopVM: access note: " % (ts_logcat(), pid, pid + 7))
        r = R.choice([0, 1, 1, 2, 3])
        if r == 0:
            b2.t("gate code 4417#, dog in back yard, pt is ").p(str(p.age()) if p.age() > 89 else "92", "age").t(" yo use side door")
        elif r == 1:
            b2.t("pt will meet in lot, silver Camry plate ").p("%s-%s" % (alnum(3, "BCDFGHJKLMNPRSTVWXYZ"), digits(4)), "vehicle")
        elif r == 2:
            b2.t("call daughter ").p(nm(Pt(), 0), "name").t(" first ").p(fph(Pt().phone, 0), "phone")
        else:
            b2.t("fasting draw, knock loud - hard of hearing")
        out.append(b2)
    return out


def t_ios_idcheck():
    p = Pt()
    while p.age() < 18:
        p = Pt()
    tick()
    out = []
    b = B("ios-oslog")
    b.t("%s-0500 RelayDriver[%d:%s] [IDVerify] scanned DL state=TX number=" % (
        (T.strftime("%Y-%m-%d %H:%M:%S.") + ms3(T) + digits(3)), R.randint(300, 900), hex(R.randint(0x10000, 0xfffff))))
    b.p(digits(8), "license").t(" name=\"").p(nm(p, 7), "name").t("\" dob=").p(fd(p.dob, 1), "date")
    b.t(" match=%s" % R.choice(["true", "true", "false"]))
    out.append(b)
    r = R.random()
    if r < 0.5:
        tick(1, 5)
        b = B("ios-oslog")
        raw = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00" + bytes(R.randint(0, 255) for _ in range(R.randint(60, 110)))
        b.t("%s-0500 RelayDriver[%d:%s] [IDVerify] debug selfie payload (truncated) data:image/jpeg;base64," % (
            (T.strftime("%Y-%m-%d %H:%M:%S.") + ms3(T) + digits(3)), R.randint(300, 900), hex(R.randint(0x10000, 0xfffff))))
        b.p(base64.b64encode(raw).decode(), "photo").t("... len=%d" % R.randint(30000, 90000))
        out.append(b)
    else:
        tick(1, 8)
        b = B("ios-oslog")
        b.t("%s-0500 RelayDriver[%d:%s] [Signature] patient consent captured strokes=%d path=\"" % (
            (T.strftime("%Y-%m-%d %H:%M:%S.") + ms3(T) + digits(3)), R.randint(300, 900), hex(R.randint(0x10000, 0xfffff)), R.randint(3, 9)))
        x, y = R.randint(5, 30), R.randint(20, 60)
        pts = ["M%d,%d" % (x, y)]
        for _ in range(R.randint(8, 14)):
            x += R.randint(2, 14)
            y += R.randint(-9, 9)
            pts.append("L%d,%d" % (x, y))
        b.p(" ".join(pts), "biometric").t("\" signer=PATIENT")
        out.append(b)
    return out


def t_scan_logfmt():
    p = Pt()
    tick()
    b = B("logfmt")
    d, dn = drv()
    c = coll_dt()
    b.t("ts=%s level=info svc=scan-ingest msg=\"requisition scanned\" " % ts_iso_z())
    kv(b, [("driver", d), ("stop", stop_id()), ("req", req_no()), ("pt_last", p.last, "name"),
           ("pt_first", p.first, "name"), ("pt_dob", fd(p.dob, 0), "date"),
           ("collected", c.strftime("%Y-%m-%dT%H:%M"), "date"), ("tubes", R.randint(1, 6)),
           ("trace_id", trace())])
    return [b]


def t_spring_homedraw():
    p = Pt()
    tick()
    b = B("spring-boot")
    appt = dt.date(2024, 3, R.randint(15, 20))
    h = R.randint(6, 10)
    b.t("%s  INFO 1 --- [nio-8080-exec-%d] c.r.dispatch.service.HomeDrawBooking   : Booked home draw " % (ts_space(), R.randint(1, 10)))
    b.t("booking=HD-%s patient=" % digits(6)).p(nm(p, R.choice([1, 2, 8])), "name").t(" dob=").p(fd(p.dob, 0), "date")
    b.t(" address=[").p(p.street, "address").t(", ").p(p.city, "address").t(" TX ").p(p.zip, "zip")
    b.t("] window=").p("%s %02d:00" % (appt.isoformat(), h), "date").t("-%02d:00 phleb=%s" % (h + 2, pick(PHLEBS).split()[0].lower()))
    out = [b]
    if R.random() < 0.4:
        tick(0, 1)
        b2 = B("spring-boot")
        b2.t("%s DEBUG 1 --- [nio-8080-exec-%d] c.r.dispatch.notify.SmsNotifier        : SMS queued to=" % (ts_space(), R.randint(1, 10)))
        b2.p(fph(p.phone, 4), "phone").t(" template=HD_CONFIRM_ES" if R.random() < 0.4 else " template=HD_CONFIRM_EN")
        b2.t(" link=").p("https://trk.relaylabx.com/p/" + alnum(7, "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"), "url")
        out.append(b2)
    return out


def t_zap_geocode():
    p = Pt()
    tick()
    b = B("zap-json")
    o = O([("level", "info"), ("ts", round(ts_epoch(), 3)), ("logger", "routing.geocoder"),
           ("caller", "geocode/client.go:%d" % R.randint(80, 240)), ("msg", "geocode ok"),
           ("stop_id", stop_id()), ("kind", "HOME_DRAW"),
           ("input", None), ("lat", p.lat, "address"), ("lng", p.lng, "address"),
           ("precision", R.choice(["ROOFTOP", "RANGE_INTERPOLATED"])), ("provider", "here"),
           ("latency_ms", R.randint(40, 400))])
    # input field carries address; build it specially
    b.t("{")
    for i, it in enumerate(o):
        if i:
            b.t(",")
        b.t(json.dumps(it[0]) + ":")
        if it[0] == "input":
            b.t('"').p(p.street, "address").t(", ").p(p.city, "address").t(", TX ").p(p.zip, "zip").t('"')
        else:
            jv(b, it[1], it[2] if len(it) > 2 else None)
    b.t("}")
    return [b]


def t_hl7_orm():
    p = Pt(old=R.random() < 0.12)
    lab = pick(LABS)
    cl = pick(CLINICS)
    doc = pick(DOCS)
    c = coll_dt()
    ctl = "RLX" + digits(9)
    out = []
    tick()
    b = B("mirth")
    b.t("INFO  %s [Channel Dispatcher Thread on %s_ORM_IN (%s) < pool-%d-thread-%d] com.mirth.connect.server.channel.Receiver: Message %s received, %d segments" % (
        ts_space(sep=","), lab[0], uuid4(), R.randint(2, 4), R.randint(1, 9), ctl, R.randint(6, 9)))
    out.append(b)
    b = B("hl7v2")
    row(b, ["MSH", "^~\\&", "RELAY_ACC", "RELAYLABX", lab[0] + "_LIS", lab[0], T.strftime("%Y%m%d%H%M%S"), "", "ORM^O01", ctl, "P", "2.3"], "|")
    out.append(b)
    b = B("hl7v2")
    name = "%s^%s^%s" % (p.last.upper(), p.first.upper(), p.mi)
    ssn_v = ssn() if R.random() < 0.5 else ""
    ph = fph(p.phone, R.choice([0, 2]))
    row(b, ["PID", "1", "", [(p.mrn, "mrn"), "^^^%s^MR" % lab[0]], "", [(name, "name")], "",
            [(fd(p.dob, 5), "date")], p.sex, "", "",
            [(p.street, "address"), "^^", (p.city, "address"), "^TX^", (p.zip, "zip"), "^USA^H"], "",
            [(ph, "phone"), "^PRN^PH"], "", "", "", "", [(p.acct, "account"), "^^^RLX^AN"],
            [(ssn_v.replace("-", "") if R.random() < 0.5 else ssn_v, "ssn")] if ssn_v else ""], "|")
    out.append(b)
    if R.random() < 0.7:
        b = B("hl7v2")
        row(b, ["PV1", "1", "O", "%s^^^^^^^^%s" % (cl[0], cl[1]), "", "", "",
                "%s^%s^%s^^^^MD" % doc, "", "", "", "", "", "", "", "", "", "", "",
                [("V" + digits(9), "other_id")]], "|")
        out.append(b)
    if R.random() < 0.7:
        b = B("hl7v2")
        sub_self = R.random() < 0.6
        ins = p if sub_self else Pt()
        row(b, ["IN1", "1", p.plan[0], digits(5), p.plan[1].upper(), "", "", "", "", "", "", "", "", "", "", "",
                [("%s^%s" % (ins.last.upper(), ins.first.upper()), "name")], "01" if sub_self else R.choice(["02", "03"]),
                [(fd(ins.dob, 5), "date")], "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
                [(p.member, "health_plan")]], "|")
        out.append(b)
    b = B("hl7v2")
    row(b, ["ORC", "NW", req_no() + "^RELAY", "", "", "", "", "", "", T.strftime("%Y%m%d%H%M"), "", "", "%s^%s^%s" % doc], "|")
    out.append(b)
    for k in range(R.randint(1, 2)):
        tc = pick(TESTS)
        b = B("hl7v2")
        row(b, ["OBR", str(k + 1), req_no() + "^RELAY", accn() + "^" + lab[0], "%s^%s^C4" % tc, "", "",
                [(c.strftime("%Y%m%d%H%M"), "date")], "", "", "", "", "", "", "", R.choice(["SER", "BLD", "UR", "PLAS"]),
                "%s^%s^%s" % doc], "|")
        out.append(b)
    return out


def t_coc_ccf():
    p = Pt()
    tick()
    b = B("coc-xml")
    c = coll_dt()
    emp = pick(["Brazos Freight Lines", "Lone Star Crane & Rigging", "Gulf Bend Pipeline Svcs", "Alamo City Transit",
                "Capital Metro Contractors LLC"])
    b.t('<custodyRecord type="CCF" form="OMB-0930-0158" specimenId="%s" ' % ("%07d" % R.randint(1, 9999999)))
    b.t('donorName="').p(nm(p, R.choice([1, 8])), "name").t('" ')
    if R.random() < 0.6:
        b.t('donorSSN="').p(ssn(), "ssn").t('" ')
    else:
        b.t('donorEmployeeId="').p("E" + digits(6), "other_id").t('" ')
    b.t('donorPhone="').p(fph(p.phone, R.choice([1, 5])), "phone").t('" ')
    b.t('employer="%s" reason="%s" collector="%s" collectedOn="' % (emp, R.choice(["RANDOM", "PRE-EMPLOYMENT", "POST-ACCIDENT", "REASONABLE SUSPICION"]), pick(PHLEBS)))
    b.p(c.strftime("%m/%d/%Y %H:%M"), "date")
    b.t('" tempInRange="Y" splitSpecimen="%s" seal="S%s" releasedTo="%s"/>' % (R.choice(["true", "false"]), digits(7), drv()[1]))
    return [b]


def t_jira_note():
    p = Pt(old=R.random() < 0.2)
    tick(5, 60)
    b = B("jira-comment")
    key = "MSI-%d" % R.randint(2100, 3999)
    who = pick(DISPATCH)
    c = coll_dt()
    b.t("[%s] comment by %s @ %s: " % (key, who, T.strftime("%d/%b/%y %I:%M %p")))
    v = R.randint(0, 5)
    if v == 0:
        b.t("Called pt ").p(nm(p, 0), "name").t(" at ").p(fph(p.phone), "phone").t(" re: missing ")
        b.t(pick(TUBES)).t(" from ").p(fd(c.date(), 3), "date").t(" draw. Pt agrees to redraw ")
        pre, val, post = R.choice([("", "Fri 3/15", ""), ("", "03/18/2024", ""), ("Monday ", "3/18 7:30am", ""),
                                   ("tomorrow AM (", "3/15", ")")])
        b.t(pre).p(val, "date").t(post)
        b.t(" at home, ").p(p.street, "address").t(". No voicemail left per pt pref.")
    elif v == 1:
        b.t("Bag %s scanned at %s pickup but never accessioned at %s. Affected: " % (bag(), pick(CLINICS)[1], pick(LABS)[0]))
        for i in range(R.randint(2, 3)):
            q = Pt()
            if i:
                b.t("; ")
            b.p(nm(q, 1), "name").t(" (MRN ").p(q.mrn, "mrn").t(", DOB ").p(fd(q.dob, 1), "date").t(")")
        b.t(". Clinic notified via fax, awaiting recollect orders.")
    elif v == 2:
        son = Pt()
        b.t("Spoke w/ ").p("%s %s" % (pick(FIRST_M), son.last), "name").t(" (son, emergency contact) - mother ")
        b.p(nm(p, 5), "name").t(" is ").p(str(max(p.age(), 90)), "age")
        b.t(" and homebound, cannot go to PSC. Scheduled home redraw ")
        b.p("%s 08:00" % dt.date(2024, 3, R.randint(15, 19)).strftime("%m/%d"), "date").t(". Callback #: ").p(fph(p.phone), "phone")
    elif v == 3:
        b.t("Pt ").p(p.first + " " + p.last, "name").t(" emailed ").p(p.email, "email")
        b.t(" asking why %s results are delayed." % ("her" if p.sex == "F" else "his")).t(" Specimen %s was in tote with TL excursion (9.4C for 52 min). " % spec_id())
        b.t("Routed to client services, case ").p("CB-%s" % digits(6), "other_id").t(".")
    elif v == 4:
        b.t("Pt requests copy of the incident letter faxed to %s home, fax " % ("her" if p.sex == "F" else "his")).p(fph(p.phone, R.choice([0, 1])), "fax")
        b.t(". Name on letter: ").p(nm(p, 2), "name").t(", acct ").p(p.acct, "account").t(". Sending via RightFax once compliance signs off.")
    else:
        b.t("Driver %s confirms 2 SST + 1 LAV for " % drv()[1]).p(nm(p, 4), "name")
        b.t(" DOB ").p(fd(p.dob, 2), "date").t(" left in cooler at %s lockbox. Lockbox temp log attached (TL-%s). " % (pick(CLINICS)[1], digits(5)))
        b.t("Recollect not needed if found by 14:00.")
    return [b]


def t_jira_multiline():
    """multi-line investigation summary, written one physical line at a time"""
    p = Pt()
    c = coll_dt()
    key = "MSI-%d" % R.randint(2100, 3999)
    out = []
    tick(10, 60)
    b = B("jira-comment")
    b.t("[%s] %s transitioned INVESTIGATING -> PATIENT_CONTACT, description:" % (key, pick(DISPATCH)))
    out.append(b)
    b = B("jira-comment")
    b.t("  Patient: ").p(nm(p, 2), "name").t("   DOB: ").p(fd(p.dob, R.choice([1, 4, 7])), "date").t("   MRN: ").p(p.mrn, "mrn")
    out.append(b)
    b = B("jira-comment")
    dd = drv()
    b.t("  Collected: ").p(c.strftime("%m/%d/%Y %H:%M"), "date").t(" at %s; picked up by %s (%s)" % (pick(CLINICS)[1], dd[1], dd[0]))
    out.append(b)
    b = B("jira-comment")
    b.t("  Last known scan: %s %s (%s), tote %s" % (R.choice(["DEPOT-HOU", "DEPOT-SAT", "HUB-AUS"]), T.strftime("%H:%M"), R.choice(["INBOUND", "SORT", "OUTBOUND"]), "TOTE-" + digits(4)))
    out.append(b)
    b = B("jira-comment")
    b.t("  Contact: ").p(fph(p.phone, 1), "phone").t(" (home), alt ").p(fph(Pt().phone, 0), "phone").t(" (spouse ").p(pick(FIRST_M + FIRST_F), "name").t(")")
    out.append(b)
    return out


def t_celery_callback():
    p = Pt()
    tick()
    out = []
    b = B("celery")
    tid = uuid4()
    b.t("[%s: INFO/ForkPoolWorker-%d] Task callbacks.place_call[%s] received: case=" % (ts_space(sep=","), R.randint(1, 8), tid))
    b.p("CB-%s" % digits(6), "other_id").t(" to=").p(fph(p.phone, 4), "phone").t(" lang=%s attempt=%d" % (R.choice(["en", "es", "es", "vi"]), R.randint(1, 3)))
    out.append(b)
    tick(5, 60)
    b = B("celery")
    st = R.choice(["completed", "no-answer", "busy", "voicemail"])
    b.t("[%s: INFO/ForkPoolWorker-%d] Task callbacks.place_call[%s] succeeded in %.3fs: {'sid': 'CA%s', 'status': '%s', 'duration': %d}" % (
        ts_space(sep=","), R.randint(1, 8), tid, R.uniform(0.2, 3.5), hexs(32), st, R.randint(0, 240) if st == "completed" else 0))
    out.append(b)
    return out


def t_pylog_sms():
    p = Pt()
    tick()
    b = B("python-logging")
    b.t("%s WARNING callback.sms twilio 21610 unsubscribed recipient: to=" % ts_space(sep=","))
    b.p(fph(p.phone, 4), "phone").t(" patient=\"").p(nm(p, 8), "name").t("\" fallback=email:").p(p.email, "email")
    return [b]


def t_textract():
    p = Pt(old=R.random() < 0.15)
    tick()
    out = []
    page_id = uuid4()
    b = B("ocr-worker")
    b.t("%s INFO ocr-worker[%d]: job=%s req=%s pages=%d engine=textract-AnalyzeDocument confidence_mean=%.2f" % (
        ts_iso_z(), R.randint(1, 99), uuid4()[:8], req_no(), R.randint(1, 3), R.uniform(0.82, 0.99)))
    out.append(b)
    lines = []
    v = R.randint(0, 3)
    lines.append([("Patient Name: ", None), (nm(p, R.choice([1, 2, 4])), "name"), ("   DOB: ", None), (fd(p.dob, R.choice([1, 3, 8])), "date"), ("   Sex: " + p.sex, None)])
    lines.append([("Address: ", None), (p.street, "address"), ("  ", None), (p.city.upper(), "address"), (", TX  ", None), (p.zip, "zip")])
    if v == 0:
        lines.append([("Phone: ", None), (fph(p.phone, R.choice([0, 1, 5])), "phone"), ("   SSN: ", None), (ssn(), "ssn")])
    elif v == 1:
        lines.append([("Primary Ins: %s   Member ID: " % p.plan[1], None), (p.member, "health_plan")])
    elif v == 2:
        g = Pt()
        lines.append([("Guarantor: ", None), (nm(g, 8), "name"), ("   Rel: Parent   Ph: ", None), (fph(g.phone, 1), "phone")])
    else:
        lines.append([("Date of Collection: ", None), (fd(coll_dt().date(), 1), "date"), ("   Time: %s   Fasting: Y" % "07:%02d" % R.randint(0, 59), None)])
    if p.age() > 89 and R.random() < 0.7:
        lines.append([("Age: ", None), (str(p.age()), "age"), ("   Homebound: Y", None)])
    for ln in R.sample(lines, k=min(len(lines), R.randint(2, len(lines)))):
        tick(0, 1)
        b = B("textract-json")
        b.t('{"BlockType":"LINE","Confidence":%.4f,"Text":"' % R.uniform(88, 99.9))
        for txt, cat in ln:
            b.p(json.dumps(txt, ensure_ascii=False)[1:-1], cat)
        b.t('","Id":"%s","Page":1,"Geometry":{"BoundingBox":{"Width":%.4f,"Height":0.0121,"Left":%.4f,"Top":%.4f}}}' % (
            uuid4(), R.uniform(0.2, 0.7), R.uniform(0.04, 0.1), R.uniform(0.1, 0.6)))
        out.append(b)
    return out


def t_ocr_fields():
    p = Pt()
    tick()
    b = B("ocr-worker")
    b.t("%s WARN ocr-worker[%d]: low-confidence fields req=%s " % (ts_iso_z(), R.randint(1, 99), req_no()))
    kv(b, [("patient_name", nm(p, 1), "name"), ("patient_name.conf", "%.2f" % R.uniform(0.4, 0.7)),
           ("dob", fd(p.dob, 3), "date"), ("dob.conf", "%.2f" % R.uniform(0.3, 0.69)),
           ("ins_member_id", p.member, "health_plan"), ("ordering_npi", pick(DOCS)[0])])
    b.t(" -> queued for manual keying")
    return [b]


def t_stat_pipe():
    tick()
    b = B("stat-pipe")
    cl = pick(CLINICS)
    lab = pick(LABS)
    has_pt = R.random() < 0.7
    p = Pt(old=R.random() < 0.1)
    fields = ["STAT", "T-%d" % R.randint(880000, 899999), T.strftime("%Y-%m-%d %H:%M"), cl[0], lab[0],
              "P%d" % R.choice([1, 1, 2]), R.choice(TUBES)]
    if has_pt:
        fields += [[(p.last.upper(), "name"), ",", (p.first.upper(), "name")], [(fd(p.dob, 1), "date")],
                   [(p.mrn, "mrn")]]
    else:
        fields += ["", "", ""]
    fields += [drv()[0], "ETA %dmin" % R.randint(12, 55), R.choice(["OPEN", "DISPATCHED", "PICKED_UP", "DELIVERED"])]
    row(b, fields, "|")
    return [b]


MANIFEST_HDR_DONE = [False]


def t_manifest_csv():
    out = []
    tick()
    if not MANIFEST_HDR_DONE[0] or R.random() < 0.3:
        MANIFEST_HDR_DONE[0] = True
        b = B("manifest-csv")
        b.t("manifest_id,stop_seq,clinic_code,bag_barcode,req_no,pt_last,pt_first,pt_dob,tube_type,temp_zone,collected_at")
        out.append(b)
    mid = "MF-%s-%s" % (T.strftime("%Y%m%d"), digits(4))
    cl = pick(CLINICS)
    bg = bag()
    for i in range(R.randint(2, 4)):
        p = Pt()
        c = coll_dt()
        b = B("manifest-csv")
        ln = p.last
        lastf = ('"%s"' % ln) if "," in ln else ln
        row(b, [mid, str(i + 1), cl[0], bg, req_no(), [(lastf, "name")], [(p.first, "name")],
                [(fd(p.dob, R.choice([0, 1])), "date")], pick(TUBES), pick(TEMPZ), [(c.strftime("%Y-%m-%d %H:%M"), "date")]], ",")
        out.append(b)
    return out


def t_postgres_leak():
    p = Pt()
    tick()
    out = []
    pid = R.randint(1000, 40000)
    b = B("postgres")
    b.t("%s UTC [%d] accessioning@lis LOG:  duration: %.3f ms  execute <unnamed>: SELECT p.patient_id, p.mrn FROM patients p WHERE upper(p.last_name) = $1 AND p.first_name ILIKE $2 AND p.dob = $3" % (
        ts_space(utc()), pid, R.uniform(1000, 9000)))
    out.append(b)
    b = B("postgres")
    b.t("%s UTC [%d] accessioning@lis DETAIL:  parameters: $1 = '" % (ts_space(utc()), pid))
    b.p(p.last.upper().replace("'", "''"), "name").t("', $2 = '").p(p.first + "%", "name").t("', $3 = '").p(fd(p.dob, 0), "date").t("'")
    out.append(b)
    return out


def t_java_trace():
    p = Pt()
    tick()
    out = []
    b = B("spring-boot")
    b.t("%s ERROR 1 --- [ntainer#0-0-C-1] c.r.acc.listener.AccessionEventListener  : Failed to process accession event offset=%d partition=%d" % (
        ts_space(), R.randint(100000, 999999), R.randint(0, 11)))
    out.append(b)
    b = B("java-stacktrace")
    b.t("com.relaylabx.acc.DemographicMismatchException: requisition ").t(req_no()).t(" patient '")
    b.p(nm(p, 1), "name").t("' dob ").p(fd(p.dob, 0), "date").t(" does not match tube label dob ")
    wrong = p.dob + dt.timedelta(days=R.choice([-31, 1, 365, 30]))
    b.p(fd(wrong, 0), "date")
    out.append(b)
    for fr in ["\tat com.relaylabx.acc.match.DemographicMatcher.verify(DemographicMatcher.java:%d)" % R.randint(40, 200),
               "\tat com.relaylabx.acc.listener.AccessionEventListener.onMessage(AccessionEventListener.java:%d)" % R.randint(40, 200),
               "\tat org.springframework.kafka.listener.KafkaMessageListenerContainer$ListenerConsumer.doInvokeRecordListener(KafkaMessageListenerContainer.java:2635)",
               "\t... 14 common frames omitted"][: R.randint(2, 4)]:
        b = B("java-stacktrace")
        b.t(fr)
        out.append(b)
    return out


def t_nginx_track():
    p = Pt()
    tick()
    b = B("nginx-combined")
    ip = "%d.%d.%d.%d" % (R.choice([73, 98, 24, 47, 70, 99, 108, 174, 162]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    tok = alnum(7, "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    ua = R.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
                   "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.119 Mobile Safari/537.36",
                   "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.0.0"])
    b.p(ip, "ip").t(" - - [%s -0500] \"GET /p/" % T.strftime("%d/%b/%Y:%H:%M:%S")).p(tok, "other_id")
    b.t(" HTTP/2.0\" %d %d \"-\" \"%s\" rt=%.3f" % (R.choice([200, 200, 200, 304]), R.randint(2000, 9000), ua, R.uniform(0.005, 0.09)))
    return [b]


def t_portal_auth():
    p = Pt()
    tick()
    b = B("portal-json")
    ip = "%d.%d.%d.%d" % (R.choice([68, 72, 76, 99, 104, 136, 172]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    ev = R.choice(["login_success", "login_failed", "password_reset_requested"])
    o = O([("timestamp", ts_iso_z()), ("app", "homedraw-portal"), ("event", ev), ("username", p.user, "other_id"),
           ("email", p.email, "email"), ("remote_addr", ip, "ip"), ("mfa", R.choice(["sms", "none", "totp"])),
           ("request_id", uuid4())], sep=(", ", ": "))
    jobj(b, o)
    return [b]


def t_driver_note_es():
    p = Pt(old=R.random() < 0.25)
    tick()
    b = B("app-sync-json")
    d, dn = drv()
    v = R.randint(0, 3)
    b.t('{"type":"stop.note","driverId":"%s","stopId":"%s","locale":"es-US","nota_chofer":"' % (d, stop_id()))
    if v == 0:
        b.t("Paciente no estaba en casa, dejé aviso en la puerta. %s " % ("Sra." if p.sex == "F" else "Sr.")).p(nm(p, 0), "name").t(" tel ").p(fph(p.phone, 0).replace("(", "").replace(")", ""), "phone")
    elif v == 1:
        b.t("La hija de ").p(p.first, "name").t(" dice que tiene ").p(str(max(p.age(), 91)), "age").t(" años y está en cama, toma de muestra en la recámara")
    elif v == 3:
        b.t("Paciente espera en su carro frente a la clínica, %s placas " % R.choice(["camioneta gris", "Corolla blanco", "Silverado rojo"]))
        b.p("%s%s" % (alnum(3, "BCDFGHJKLMNPRSTVWXYZ"), digits(4)), "vehicle").t(", muestra tomada en el estacionamiento")
    else:
        b.t("Etiqueta con fecha de nacimiento ").p(fd(p.dob, 6), "date").t(" no coincide con la orden, paciente ").p(nm(p, 7), "name")
    b.t('","createdAt":"%s","synced":true}' % ts_iso_off())
    return [b]


def t_device_return():
    p = Pt()
    tick()
    b = B("spring-boot")
    kind, sn, dest = R.choice([("Holter", "H3R-%s-%s" % (digits(6), digits(2)), "GCRL Cardiology"),
                               ("WatchPAT ONE", "WP1" + digits(8), "Hill Country Sleep Ctr"),
                               ("Dexcom G6 transmitter", "8G" + alnum(4), "Dexcom Returns Mesa AZ"),
                               ("Zio XT patch", "A" + digits(7), "iRhythm Cypress CA"),
                               ("ABPM 90217A", "0217A-" + digits(6), "GCRL Cardiology")])
    b.t("%s  INFO 1 --- [   scheduling-1] c.r.dispatch.kit.DeviceReturnPickup      : Device return pickup created kit=KIT-%s device=\"%s\" serial=" % (
        ts_space(), digits(6), kind))
    b.p(sn, "device").t(" patient=").p(nm(p, R.choice([0, 3])), "name").t(" from=\"").p(p.street, "address").t(", ")
    b.p(p.city, "address").t("\" ship_to=\"%s\"" % dest)
    return [b]


def t_payment():
    p = Pt()
    tick()
    b = B("spring-boot")
    pre = R.choice(["4", "51", "37", "6011"])
    pan = luhn_complete(pre, 15 if pre == "37" else 16)
    b.t("%s  WARN 1 --- [nio-8080-exec-%d] c.r.billing.gateway.StripeAdapter        : charge declined code=card_declined amount=75.00 selfpay_acct=" % (
        ts_space(), R.randint(1, 10)))
    b.p(p.acct, "account").t(" card=").p(pan, "account").t(" exp=%02d/%d cardholder=\"" % (R.randint(1, 12), R.randint(25, 29))).p(nm(p, 7), "name").t("\"")
    return [b]


def t_tempexcursion_phi():
    tick()
    out = []
    b = B("python-logging")
    tl = "TL-%s" % digits(5)
    b.t("%s ERROR templog.excursion %s tote=TOTE-%s max=%.1fC dur=%dmin zone=REFRIGERATED affected_specimens=%d" % (
        ts_space(sep=","), tl, digits(4), R.uniform(8.1, 14), R.randint(16, 90), R.randint(2, 3)))
    out.append(b)
    for _ in range(R.randint(1, 3)):
        p = Pt()
        tick(0, 1)
        b = B("python-logging")
        b.t("%s ERROR templog.excursion   -> spec=%s pt=" % (ts_space(sep=","), spec_id()))
        b.p(nm(p, R.choice([1, 4])), "name").t(" dob=").p(fd(p.dob, 0), "date").t(" test=%s action=RECOLLECT" % pick(TESTS)[1].replace(" ", "_"))
        out.append(b)
    return out


def t_mirth_mismatch():
    p = Pt()
    tick()
    b = B("mirth")
    b.t("WARN  %s [%s_ACK_OUT Dispatcher] c.r.mirth.transformer.DemographicCheck: PID-5/PID-7 mismatch vs requisition OCR: hl7=\"" % (
        ts_space(sep=","), pick(LABS)[0]))
    b.p("%s^%s" % (p.last.upper(), p.first.upper()), "name").t("\"/").p(fd(p.dob, 5), "date").t(" ocr=\"")
    b.p(nm(p, 1).replace("A", "4", 1) if "A" in nm(p, 1) else nm(p, 1) + "I", "name").t("\"/").p(fd(p.dob, 1), "date")
    b.t(" -> hold queue ACC-HOLD")
    return [b]


def t_coc_xml_patient():
    p = Pt()
    tick()
    b = B("coc-xml")
    b.t('<custodyEvent id="%s" bag="%s" seq="%d" from="%s" to="%s"><specimen tube="%s" ' % (
        uuid4(), bag(), R.randint(1, 6), drv()[0], "ACC-%02d" % R.randint(1, 12), pick(TUBES)))
    b.t('patient="').p(nm(p, 4), "name").t('" mrn="').p(p.mrn, "mrn").t('" collected="').p(coll_dt().strftime("%Y-%m-%dT%H:%M:00"), "date")
    b.t('"/><tempC>%.1f</tempC><ts>%s</ts></custodyEvent>' % (R.uniform(2, 7.9), ts_iso_off()))
    return [b]


PHI_T = [(t_logcat_label, 8), (t_logcat_homedraw, 7), (t_ios_idcheck, 4), (t_scan_logfmt, 6),
         (t_spring_homedraw, 6), (t_zap_geocode, 4), (t_hl7_orm, 5), (t_coc_ccf, 3), (t_jira_note, 9),
         (t_jira_multiline, 2), (t_celery_callback, 5), (t_pylog_sms, 3), (t_textract, 4),
         (t_ocr_fields, 3), (t_stat_pipe, 5), (t_manifest_csv, 3), (t_postgres_leak, 3),
         (t_java_trace, 2), (t_nginx_track, 4), (t_portal_auth, 4), (t_driver_note_es, 4),
         (t_device_return, 4), (t_payment, 2), (t_tempexcursion_phi, 2), (t_mirth_mismatch, 3),
         (t_coc_xml_patient, 4)]


# ============================================================================= noise templates
def n_gps():
    tick(0, 8)
    b = B("gps-ndjson")
    d = drv()
    jobj(b, O([("device_id", "android-" + hexs(8)), ("driver_id", d[0]), ("lat", round(R.uniform(29.4, 30.5), 5)),
               ("lon", round(R.uniform(-98.6, -95.0), 5)), ("acc_m", round(R.uniform(3, 25), 1)),
               ("speed_mps", round(R.uniform(0, 29), 1)), ("heading", R.randint(0, 359)),
               ("batt", round(R.uniform(0.15, 1), 2)), ("ts", ts_iso_z())]))
    return [b]


def n_logcat():
    tick(0, 10)
    b = B("android-logcat")
    pid = R.randint(3000, 9000)
    msg = R.choice([
        "I OkHttp  : --> POST https://api.relaylabx.com/v2/scans (1874-byte body)",
        "I OkHttp  : <-- 201 Created https://api.relaylabx.com/v2/scans (%dms)" % R.randint(80, 900),
        "D WorkManager: Worker result SUCCESS for Work [ id=%s, tags={ com.relaylabx.driver.sync.ScanSyncWorker } ]" % uuid4(),
        "W FusedLocation: location accuracy degraded acc=%dm provider=gps" % R.randint(30, 120),
        "I RouteStopVM: departed stop=%s type=CLINIC bags=%d reqs=%d" % (stop_id(), R.randint(1, 5), R.randint(2, 30)),
        "I BleTempProbe: connected LogTag UTRID-16 sn=%s rssi=-%d" % ("R" + digits(7), R.randint(50, 90)),
        "E ScanRepository: duplicate scan ignored bag=%s" % bag(),
        "I chatty  : uid=10187(com.relaylabx.driver) identical %d lines" % R.randint(2, 40),
        "D BarcodeScanVM: decoded CODE128 value=%s len=%d" % (accn(), 10),
        "I RelayApp: app version 5.14.2 (build 51402) device=SM-G991U android=14 imei=%s" % ("35" + digits(13)),
    ])
    b.t("%s  %d  %d %s" % (ts_logcat(), pid, pid + R.randint(1, 60), msg))
    return [b]


def n_spring():
    tick(0, 15)
    b = B("spring-boot")
    d = drv()
    lvl, th, lg, msg = R.choice([
        (" INFO", "nio-8080-exec-%d" % R.randint(1, 10), "c.r.dispatch.service.StopAssigner       ",
         "Assigned stop %s to driver %s (%s) route=%s eta=%s" % (stop_id(), d[0], d[1], route_id(), (T + dt.timedelta(minutes=R.randint(5, 60))).strftime("%H:%M"))),
        (" INFO", "   scheduling-1", "c.r.dispatch.jobs.RouteRebalanceJob      ",
         "Rebalanced %d routes, moved %d stops in %dms" % (R.randint(3, 20), R.randint(0, 12), R.randint(100, 4000))),
        (" WARN", "nio-8080-exec-%d" % R.randint(1, 10), "c.r.dispatch.clinic.PickupWindowService  ",
         "Clinic %s closes in %d min, %d bags unassigned" % (pick(CLINICS)[0], R.randint(10, 45), R.randint(1, 4))),
        (" INFO", "           main", "com.zaxxer.hikari.HikariDataSource       ", "HikariPool-1 - Start completed."),
        (" INFO", "           main", "o.s.b.w.embedded.tomcat.TomcatWebServer  ", "Tomcat started on port(s): 8080 (http) with context path ''"),
        ("DEBUG", "nio-8080-exec-%d" % R.randint(1, 10), "o.s.web.servlet.DispatcherServlet        ", "Completed 200 OK"),
        (" WARN", "ool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool        ",
         "HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=%ds%dms)." % (R.randint(50, 90), R.randint(1, 999))),
        (" INFO", "nio-8080-exec-%d" % R.randint(1, 10), "c.r.dispatch.stat.StatTicketService      ",
         "STAT ticket T-%d opened by %s, contact %s ext %d" % (R.randint(880000, 899999), pick(CLINICS)[1], pick(["Nurse Kim", "front desk", "lab lead J. Ortiz"]), R.randint(100, 4999))),
        (" INFO", "nio-8080-exec-%d" % R.randint(1, 10), "c.r.dispatch.clinic.ClinicDirectory      ",
         "Clinic %s contact updated phone=%s fax=%s by %s" % (lambda c: (c[0], c[5], c[6], pick(DISPATCH)))(pick(CLINICS))),
    ])
    b.t("%s %s 1 --- [%s] %s: %s" % (ts_space(), lvl, th, lg, msg))
    return [b]


def n_zap():
    tick(0, 10)
    b = B("zap-json")
    msg = R.choice(["route optimized", "matrix cache hit", "solver timeout, returning best", "stop reordered", "eta recomputed"])
    jobj(b, O([("level", "warn" if "timeout" in msg else "info"), ("ts", round(ts_epoch(), 3)), ("logger", "routing"),
               ("caller", "vrp/solver.go:%d" % R.randint(60, 400)), ("msg", msg), ("route_id", route_id()),
               ("stops", R.randint(4, 38)), ("duration_ms", R.randint(12, 5000)), ("solver", "or-tools/9.8"),
               ("trace_id", trace()), ("span_id", hexs(16))]))
    return [b]


TL_HDR = [False]


def n_templog():
    tick(0, 20)
    out = []
    if not TL_HDR[0]:
        TL_HDR[0] = True
        b = B("templogger-csv")
        b.t("logger_sn,reading_ts,temp_c,humidity_pct,alarm_state,battery_pct,tote_id")
        out.append(b)
    b = B("templogger-csv")
    t = R.uniform(2.1, 7.8) if R.random() < 0.6 else R.uniform(-25, -15) if R.random() < 0.5 else R.uniform(18, 24.5)
    b.t("R%s,%s,%.1f,%d,%s,%d,TOTE-%s" % (digits(7), ts_iso_off(), t, R.randint(20, 70), R.choice(["OK", "OK", "OK", "HIGH_PRE", "LOW_PRE"]), R.randint(10, 100), digits(4)))
    out.append(b)
    return out


def n_syslog_gw():
    tick(0, 30)
    b = B("syslog")
    host = "tl-gw-%02d" % R.randint(1, 6)
    msg = R.choice(["CRON[%d]: (root) CMD (/usr/local/bin/rotate-templogs.sh)" % R.randint(1000, 30000),
                    "logtagd[%d]: uploaded %d readings batch=%s http=200" % (R.randint(300, 900), R.randint(20, 400), hexs(8)),
                    "kernel: [%d.%06d] usb 1-1.3: new full-speed USB device number %d using dwc_otg" % (R.randint(1000, 99999), R.randint(0, 999999), R.randint(2, 30)),
                    "systemd[1]: Started Relay LogTag uploader.",
                    "chronyd[%d]: Selected source 10.40.0.1 (ntp1.relaylabx.internal)" % R.randint(300, 900),
                    "sshd[%d]: Accepted publickey for ops from 10.40.2.%d port %d ssh2: ED25519 SHA256:%s" % (R.randint(1000, 30000), R.randint(2, 250), R.randint(30000, 65000), base64.b64encode(bytes(R.randint(0, 255) for _ in range(32))).decode().rstrip("="))])
    if R.random() < 0.5:
        app, rest = msg.split(": ", 1)
        procid = "-"
        if "[" in app:
            app, procid = app[:-1].split("[")
        b.t("<%d>1 %s %s %s %s - - %s" % (R.choice([30, 14, 86]), ts_iso_off(), host, app, procid, rest))
    else:
        b.t("%s %s %s" % (T.strftime("%b %d %H:%M:%S"), host, msg))
    return [b]


def n_samsara():
    tick(0, 20)
    b = B("telematics-json")
    v = pick(VEH)
    et = R.choice(["VehicleLocation", "HarshEvent", "EngineFaultOn", "GeofenceEntry", "IdlingStarted"])
    items = [("eventId", uuid4()), ("eventType", et), ("eventTime", ts_iso_z()),
             ("data", O([("vehicle", O([("id", digits(15)), ("name", v[0]), ("vin", v[1]), ("licensePlate", v[2])])),
                         ("location", O([("latitude", round(R.uniform(29.4, 30.5), 6)), ("longitude", round(R.uniform(-98.6, -95.0), 6)),
                                         ("speedMilesPerHour", R.randint(0, 70))])),
                         ("odometerMeters", R.randint(20000000, 190000000))]))]
    if et == "HarshEvent":
        items.append(("harshEventType", R.choice(["harshBrake", "harshAccel", "harshTurn"])))
    if et == "EngineFaultOn":
        items.append(("dtc", R.choice(["P0420", "P0171", "P0300", "U0100"])))
    jobj(b, O(items))
    return [b]


def n_x12():
    tick(0, 20)
    b = B("x12-214")
    d = T.strftime("%Y%m%d")
    b.t("ISA*00*          *00*          *ZZ*RELAYLABX      *ZZ*%-15s*%s*%s*U*00401*%09d*0*P*>~GS*QM*RELAYLABX*%s*%s*%s*%d*X*004010~ST*214*%04d~B10*%s*%s*RLXS~LX*1~AT7*%s*NS***%s*%s*LT~MS1*%s*TX*US~SE*6*%04d~GE*1*%d~IEA*1*%09d~" % (
        pick(LABS)[0], T.strftime("%y%m%d"), T.strftime("%H%M"), R.randint(1, 99999), pick(LABS)[0], d, T.strftime("%H%M"),
        R.randint(1, 9999), R.randint(1, 9999), "TRK" + digits(7), "BOL" + digits(5), R.choice(["X6", "D1", "X3", "AF"]), d, T.strftime("%H%M"),
        R.choice(["HOUSTON", "SAN ANTONIO", "AUSTIN"]), R.randint(1, 9999), R.randint(1, 9999), R.randint(1, 99999)))
    return [b]


def n_nginx():
    tick(0, 5)
    b = B("nginx-combined")
    r = R.random()
    if r < 0.4:
        b.t('10.40.%d.%d - - [%s -0500] "GET /actuator/health HTTP/1.1" 200 %d "-" "kube-probe/1.28" rt=0.00%d' % (
            R.randint(0, 3), R.randint(2, 250), T.strftime("%d/%b/%Y:%H:%M:%S"), R.randint(40, 90), R.randint(1, 9)))
    elif r < 0.8:
        b.t('172.58.%d.%d - %s [%s -0500] "POST /v2/scans HTTP/2.0" %d %d "-" "RelayDriver/5.14.2 (Android 14; SM-G991U) okhttp/4.12.0" rt=%.3f' % (
            R.randint(0, 255), R.randint(1, 254), drv()[0], T.strftime("%d/%b/%Y:%H:%M:%S"), R.choice([201, 201, 409, 502]), R.randint(30, 400), R.uniform(0.02, 1.5)))
    else:
        b.t('%d.%d.%d.%d - - [%s -0500] "GET /wp-login.php HTTP/1.1" 404 153 "-" "Mozilla/5.0 (compatible; zgrab/0.x)" rt=0.001' % (
            R.choice([45, 185, 193, 141]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254), T.strftime("%d/%b/%Y:%H:%M:%S")))
    return [b]


def n_klog():
    tick(0, 30)
    b = B("klog")
    pod = R.choice(["dispatch-api", "routing-svc", "scan-ingest", "coc-svc", "callback-worker", "ocr-worker", "mirth-connect"])
    pod_full = "%s-%s-%s" % (pod, hexs(9), alnum(5, "bcdfghjklmnpqrstvwxz2456789"))
    ts = T.strftime("%m%d %H:%M:%S.") + ms3(T) + digits(3)
    k = R.randint(0, 3)
    if k == 0:
        b.t('I%s       1 event.go:307] "Event occurred" object="relay-prod/%s" fieldPath="" kind="Pod" apiVersion="v1" type="Normal" reason="Pulled" message="Container image \\"ghcr.io/relaylabx/%s:1.%d.%d\\" already present on machine"' % (
            ts, pod_full, pod, R.randint(0, 30), R.randint(0, 9)))
    elif k == 1:
        b.t('W%s       1 reflector.go:535] k8s.io/client-go/informers/factory.go:150: watch of *v1.Pod ended with: an error on the server ("unable to decode an event from the watch stream: http2: client connection lost") has prevented the request from succeeding' % ts)
    elif k == 2:
        b.t('I%s %7d kubelet.go:2457] "SyncLoop (probe)" probe="readiness" status="ready" pod="relay-prod/%s"' % (ts, R.randint(1000, 9999), pod_full))
    else:
        b.t('E%s %7d pod_workers.go:1300] "Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"%s\\" with CrashLoopBackOff: \\"back-off 5m0s restarting failed container\\"" pod="relay-prod/%s"' % (ts, R.randint(1000, 9999), pod, pod_full))
    return [b]


def n_postgres():
    tick(0, 30)
    b = B("postgres")
    pid = R.randint(1000, 40000)
    m = R.choice([
        "LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=0.004 s, total=%.3f s" % (R.randint(100, 9000), R.uniform(0, 10), R.randint(0, 5), R.uniform(1, 30), R.uniform(1, 30)),
        "LOG:  automatic vacuum of table \"lis.public.custody_events\": index scans: 1",
        "ERROR:  duplicate key value violates unique constraint \"accessions_accession_no_key\"",
        "LOG:  connection authorized: user=dispatch database=dispatch application_name=PostgreSQL JDBC Driver SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)",
        "LOG:  duration: %.3f ms  statement: SELECT count(*) FROM stops WHERE route_id = '%s' AND status = 'PENDING'" % (R.uniform(500, 3000), route_id()),
        "FATAL:  remaining connection slots are reserved for non-replication superuser connections",
    ])
    b.t("%s UTC [%d] %s" % (ts_space(utc()), pid, m))
    return [b]


def n_redis():
    tick(0, 60)
    b = B("redis")
    pid = R.randint(1, 40)
    m = R.choice(["* Background saving started by pid %d" % R.randint(100, 9000), "* DB saved on disk",
                  "* %d changes in 60 seconds. Saving..." % R.randint(10000, 90000),
                  "* Background saving terminated with success",
                  "* RDB: %d MB of memory used by copy-on-write" % R.randint(1, 40)])
    b.t("%d:%s %s %s" % (pid, R.choice(["M", "C"]), T.strftime("%d %b %Y %H:%M:%S.") + ms3(T), m))
    return [b]


def n_alert():
    tick(0, 60)
    b = B("alertmanager-logfmt")
    an = R.choice(["ScanIngestLagHigh", "TempLoggerOffline", "KafkaConsumerLag", "MirthChannelStopped", "CertExpiringSoon", "RouteSolverSlow"])
    b.t('ts=%s caller=dispatch.go:%d level=%s component=dispatcher msg="Notify %s" receiver=%s integration=%s[0] alert=%s[%s][active] attempts=%d' % (
        ts_iso_z(), R.randint(300, 400), R.choice(["debug", "warn", "info"]), R.choice(["success", "for alerts"]), R.choice(["ops-pager", "slack-dispatch"]),
        R.choice(["pagerduty", "slack"]), an, hexs(7), R.randint(1, 3)))
    return [b]


def n_coc_plain():
    tick(0, 20)
    b = B("coc-xml")
    b.t('<custodyEvent id="%s" bag="%s" seq="%d" from="%s" to="%s" action="%s" seal="S%s" sigBy="%s"><tempC>%.1f</tempC><ts>%s</ts></custodyEvent>' % (
        uuid4(), bag(), R.randint(1, 6), drv()[0], R.choice(["ACC-%02d" % R.randint(1, 12), "DEPOT-HOU", "LOCKBOX-%s" % pick(CLINICS)[0]]),
        R.choice(["HANDOFF", "DROP", "RECEIPT", "SEAL_VERIFY"]), digits(7), drv()[1], R.uniform(1.5, 7.9), ts_iso_off()))
    return [b]


def n_cef():
    tick(0, 20)
    b = B("cef")
    b.t("CEF:0|RelayLabX|coc-svc|2.4.1|%s|%s|%d|rt=%d suser=%s src=10.40.%d.%d cs1Label=bag cs1=%s cs2Label=route cs2=%s outcome=%s" % (
        R.choice(["COC_VIEW", "COC_EXPORT", "COC_AMEND"]), R.choice(["Custody record viewed", "Custody report exported", "Custody event amended"]),
        R.randint(2, 6), int(ts_epoch() * 1000), pick(DISPATCH), R.randint(0, 3), R.randint(2, 250), bag(), route_id(), R.choice(["success", "success", "denied"])))
    return [b]


def n_celery():
    tick(0, 30)
    b = B("celery")
    m = R.choice(["[%s: INFO/MainProcess] Connected to redis://redis-callback.relay-prod.svc:6379/2",
                  "[%s: INFO/Beat] Scheduler: Sending due task retry-failed-callbacks (callbacks.retry_failed)",
                  "[%s: WARNING/MainProcess] consumer: Connection to broker lost. Trying to re-establish the connection...",
                  "[%s: INFO/ForkPoolWorker-3] Task callbacks.retry_failed[" + uuid4() + "] succeeded in 0.41s: {'requeued': %d}" % R.randint(0, 9)])
    b.t(m % ts_space(sep=","))
    return [b]


def n_mirth():
    tick(0, 30)
    b = B("mirth")
    lab = pick(LABS)[0]
    m = R.choice(["INFO  %s [%s_ORM_IN Poller] com.mirth.connect.connectors.tcp.TcpReceiver: Connection accepted from 10.40.%d.%d:%d",
                  "INFO  %s [%s_ACK_OUT Dispatcher] com.mirth.connect.server.channel.Dispatcher: ACK sent MSA|AA|RLX%s",
                  "ERROR %s [%s_ORM_IN Poller] com.mirth.connect.connectors.tcp.TcpReceiver: java.net.SocketTimeoutException: Read timed out (peer 10.40.%d.%d:%d)"])
    if "ACK" in m:
        b.t(m % (ts_space(sep=","), lab, digits(9)))
    else:
        b.t(m % (ts_space(sep=","), lab, R.randint(0, 3), R.randint(2, 250), R.randint(30000, 60000)))
    return [b]


def n_hl7_ack():
    tick(0, 10)
    out = []
    lab = pick(LABS)[0]
    ctl = "RLX" + digits(9)
    b = B("hl7v2")
    row(b, ["MSH", "^~\\&", lab + "_LIS", lab, "RELAY_ACC", "RELAYLABX", T.strftime("%Y%m%d%H%M%S"), "", "ACK^O01", "ACK" + digits(8), "P", "2.3"], "|")
    out.append(b)
    b = B("hl7v2")
    row(b, ["MSA", R.choice(["AA", "AA", "AE"]), ctl, R.choice(["", "Message accepted", "ORC-2 placer number already exists"])], "|")
    out.append(b)
    return out


def n_stat_nophi():
    tick(0, 20)
    b = B("stat-pipe")
    cl = pick(CLINICS)
    row(b, ["STAT", "T-%d" % R.randint(880000, 899999), T.strftime("%Y-%m-%d %H:%M"), cl[0], pick(LABS)[0], "P2",
            pick(TUBES), "", "", "", drv()[0], "ETA %dmin" % R.randint(12, 55), R.choice(["OPEN", "DISPATCHED", "CANCELLED"])], "|")
    return [b]


def n_pylog():
    tick(0, 20)
    b = B("python-logging")
    m = R.choice([
        "INFO templog.ingest batch=%s loggers=%d readings=%d late=%d" % (hexs(8), R.randint(10, 80), R.randint(500, 9000), R.randint(0, 30)),
        "INFO callback.sms delivery receipt sid=SM%s status=delivered" % hexs(32),
        "WARNING callback.voice twilio rate limit 429, backing off %ds" % R.randint(1, 30),
        "INFO ocr.pipeline textract job %s SUCCEEDED pages=%d in %.1fs" % (uuid4(), R.randint(1, 4), R.uniform(1, 20)),
        "ERROR ocr.pipeline s3://relay-req-scans-prod/%s/%s.tiff: AccessDenied" % (T.strftime("%Y/%m/%d"), uuid4()),
        "INFO pod.upload proof-of-delivery photo stored key=pod/%s/%s.jpg size=%d" % (T.strftime("%Y%m%d"), uuid4(), R.randint(80000, 900000)),
    ])
    b.t("%s %s" % (ts_space(sep=","), m))
    return [b]


def n_ios():
    tick(0, 20)
    b = B("ios-oslog")
    m = R.choice(["[Sync] uploaded %d scans, %d pending" % (R.randint(1, 30), R.randint(0, 4)),
                  "[Location] significant change, accuracy %dm" % R.randint(5, 80),
                  "[Config] remote config v%d fetched etag=\"%s\"" % (R.randint(100, 400), hexs(16)),
                  "[Auth] token refreshed exp=%s" % (utc() + dt.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ"),
                  "[Push] APNs token registered %s" % hexs(64)])
    b.t("%s-0500 RelayDriver[%d:%s] %s" % ((T.strftime("%Y-%m-%d %H:%M:%S.") + ms3(T) + digits(3)), R.randint(300, 900), hex(R.randint(0x10000, 0xfffff)), m))
    return [b]


def n_certbot():
    tick(0, 60)
    b = B("syslog")
    m = R.choice(["certbot[%d]: Certificate not yet due for renewal; /etc/letsencrypt/live/trk.relaylabx.com expires 2024-05-29" % R.randint(1000, 9000),
                  "dockerd[%d]: time=\"%s\" level=info msg=\"ignoring event\" container=%s module=libcontainerd namespace=moby topic=/tasks/delete type=\"*events.TaskDelete\"" % (R.randint(500, 900), ts_iso_z(), hexs(64)),
                  "node_exporter[%d]: ts=%s caller=diskstats_linux.go:264 level=error collector=diskstats msg=\"Failed to open directory, disabling udev device properties\" path=/run/udev/data" % (R.randint(500, 900), ts_iso_z())])
    b.t("%s edge-%02d %s" % (T.strftime("%b %d %H:%M:%S"), R.randint(1, 3), m))
    return [b]


def n_deploy():
    tick(0, 60)
    b = B("logfmt")
    b.t("ts=%s level=info svc=%s msg=\"build info\" version=%s commit=%s built=%s go=go1.22.1" % (
        ts_iso_z(), R.choice(["routing-svc", "scan-ingest", "coc-svc"]), "v%d.%d.%d" % (R.randint(1, 3), R.randint(0, 20), R.randint(0, 9)),
        hexs(40), "2024-03-%02dT%02d:%02d:00Z" % (R.randint(1, 13), R.randint(0, 23), R.randint(0, 59))))
    return [b]


def n_scan_logfmt():
    tick(0, 10)
    b = B("logfmt")
    b.t("ts=%s level=%s svc=scan-ingest msg=\"%s\" driver=%s bag=%s accession=%s lat_ms=%d trace_id=%s" % (
        ts_iso_z(), R.choice(["info", "info", "warn"]), R.choice(["bag scanned", "tube scanned", "seal verified", "scan out of geofence"]),
        drv()[0], bag(), accn(), R.randint(4, 900), trace()))
    return [b]


NOISE_T = [(n_gps, 9), (n_logcat, 9), (n_spring, 9), (n_zap, 6), (n_templog, 6), (n_syslog_gw, 4),
           (n_samsara, 5), (n_x12, 2), (n_nginx, 6), (n_klog, 4), (n_postgres, 3), (n_redis, 2),
           (n_alert, 2), (n_coc_plain, 5), (n_cef, 3), (n_celery, 3), (n_mirth, 3), (n_hl7_ack, 2),
           (n_stat_nophi, 3), (n_pylog, 5), (n_ios, 4), (n_certbot, 2), (n_deploy, 2), (n_scan_logfmt, 5)]


def wchoice(lst):
    tot = sum(w for _, w in lst)
    x = R.uniform(0, tot)
    for f, w in lst:
        x -= w
        if x <= 0:
            return f
    return lst[-1][0]


# ============================================================================= main
def main():
    lines = []
    target_phi = 0.45
    while len(lines) < N_LINES:
        n = len(lines)
        phi = sum(1 for b in lines if b.spans)
        remaining = N_LINES - n
        if remaining <= 10:
            gen = wchoice(NOISE_T)
            blk = gen()
            if len(blk) > remaining:
                continue
            if phi / max(n, 1) < target_phi - 0.01 and remaining <= 10:
                # fill with single-line PHI templates near the end if below target
                blk = R.choice([t_scan_logfmt, t_coc_ccf, t_stat_pipe, t_nginx_track, t_portal_auth, t_driver_note_es])()
        else:
            frac = phi / n if n else 0.0
            if frac < target_phi - 0.03:
                use_phi = True
            elif frac > target_phi + 0.03:
                use_phi = False
            else:
                use_phi = R.random() < 0.4
            blk = wchoice(PHI_T if use_phi else NOISE_T)()
        if len(blk) > N_LINES - len(lines):
            continue
        lines.extend(blk)

    here = os.path.dirname(os.path.abspath(__file__))
    log_path = os.path.join(here, "ip.log")
    lab_path = os.path.join(here, "ip.labels.jsonl")
    out_lines, out_labels = [], []
    for i, b in enumerate(lines, 1):
        s = b.line()
        assert "\n" not in s and "\r" not in s and s.strip(), (i, s)
        enc = s.encode("utf-8")
        spans = []
        for a, e, cat, val in sorted(b.spans):
            assert enc[a:e].decode("utf-8") == val, (i, a, e, val)
            assert val.strip() == val and val, (i, val)
            spans.append({"s": a, "e": e, "cat": cat})
        for x, y in zip(spans, spans[1:]):
            assert x["e"] <= y["s"], (i, spans)
        out_lines.append(s)
        out_labels.append(json.dumps({"line": i, "family": b.fam, "spans": spans}, ensure_ascii=False))
    assert len(out_lines) == N_LINES
    with open(log_path, "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(out_lines))
    with open(lab_path, "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(out_labels) + "\n")


if __name__ == "__main__":
    main()
