#!/usr/bin/env python3
"""gen_rk.py - synthetic labeled log corpus "rk".

Organisation: Tidewater Basin Refining LLC, Calloway Point Refinery
(4100 Refinery Rd, Port Neches TX 77651), during a summer turnaround.
Site Medical & Industrial Hygiene (IH) team plus the Gate 7 contractor
clinic (BayWorks Occupational Clinic) that serves turnaround crews.
The persons served ("patients") are the employees and contractor workers
seen at the clinic or monitored by IH (fit tests, benzene biomonitoring,
H2S badge alarms, heat stress), plus one retiree in long-term benzene
medical surveillance.

Writes rk.log (500 lines) and rk.labels.jsonl in the current directory.
Standard library only, fixed seed: output is byte-identical run to run.

Systems simulated (family names in the labels)
  onguard   Lenel OnGuard gate access events, RFC3164 syslog + key=value
  lpr       Genetec AutoVu licence-plate reads at gates, CSV
  badgehub  contractor badging/onboarding API, JSON (node/pino style)
  fitpro    TSI PortaCount FitPro+ export, CSV (test rows + exercise rows)
  pglog     respirator-program / clinic PostgreSQL log (statements, errors)
  hl7       HL7 v2.5.1 via the interface engine: LabWare LIMS ORU^R01
            (urine S-PMA / t,t-MA benzene biomonitoring) and the occupational
            health EMR ADT^A04 (registration), one segment per line
  inet      gas-detection fleet service (H2S alarms, bump tests), JSON
  heat      heat-stress wearable bridge, logfmt
  wbgt      WBGT weather station, fixed-width
  nemsis    on-site ambulance ePCR export, NEMSIS-like XML on one line
  cad       site emergency dispatch (CAD) syslog
  osha300   OSHA 300 log export (CSV) and OSHA ITA API submissions (JSON)
  clinnote  clinic nurse/medic free-text notes (EMR note audit line)
  sms       SMS gateway callbacks, JSON
  mirth     interface engine log4j lines and Java stack traces
  nginx     clinic self-service portal access log (combined format)
  x12       837P claim segments for non-occupational visits, one per line
  fhir      FHIR R4 Observation pushed to corporate health warehouse
  teams     IH / medical team chat export, JSON

Labeling decisions (grey cases)
  * Workers (employees and contractors) are the persons served. Their
    names and identifiers are PHI wherever a record is about them: clinic,
    IH, EMS, OSHA and also gate/badging records (badging is tied to medical
    clearance and fit-test status, and the archive is the medical team's).
  * Staff at work are NOT PHI: nurses, medics, physicians (and NPIs), IH
    technicians, gate officers, operators/foremen who call in or report an
    event, chat authors. A worker acting as reporter/caller is staff.
  * Employee number, contractor badge number, heat-wearable wearer ID,
    OSHA case number, ePCR (PCR) number, workers' comp claim number,
    specimen/accession barcodes, vehicle permit numbers -> other_id.
    Clinic MRN (CP#######) -> mrn. PID-18 / CLM01 / visit numbers -> account.
  * CAD incident numbers, lab placer order numbers, ticket/work-order
    numbers, HL7 control IDs, trace IDs are event/transaction IDs: not PHI.
  * Personal gas monitor serials and heat-wearable MACs are `device` only
    when the record ties the unit to a wearer; dock/bump-test/fleet records
    without a wearer are not PHI. Clinic equipment serials (PortaCount,
    WBGT station, ambulance, docking stations) are never PHI.
  * Dates: the log line's own timestamp (syslog header, access-log time,
    leading logger time, MSH-7, EVN-2, envelope "ts") is not PHI. Date
    fields in the payload describing the person's event (DOB, test date,
    next-due date, collection time, alarm start, injury date, service
    date, clearance expiry) are `date`, even when equal to the log day.
    A full datetime value is one `date` span.
  * HL7 XPN name field (LAST^FIRST^M) is one `name` span; in X12 and NEMSIS
    last and first are separate elements, so separate `name` spans. HL7
    address: street and city are separate `address` spans, ZIP is `zip`.
  * Plates/VINs of worker-owned vehicles -> vehicle; fleet, vendor and
    ambulance plates/VINs are not PHI. Invalid-check-digit VINs typed in
    by gate staff are still labeled.
  * SSNs in a worker's SSN field are labeled even when they fail SSA rules
    (junk typed at enrollment); the all-zero placeholder is not labeled.
  * Client IPs of workers' own phones on the public portal -> ip, and a
    portal path carrying a worker identifier is one `url` span. Clinic kiosk
    tablets, load balancers and monitoring hosts are organisation IPs.
  * Driver's licence, TWIC card and OSHA-10 card numbers -> license.
  * Badge photos (base64 JPEG) -> photo; fingerprint templates -> biometric.
  * Unit/area locations and GPS points inside the refinery are the
    organisation's site, not PHI. Ages are PHI only over 89 (retiree, 91).
  * OSHA 300 "Privacy Case" entries carry no name (nothing labeled there);
    the case number and injury date are still labeled. OSHA 300A summary
    and establishment data are the organisation's: not PHI.
  * A full card number leaked in a clinic DB error (self-pay DOT physical)
    -> account; the 2-digit expiry next to it is not labeled.
  * Contractor company names, crafts/job titles, crew IDs, unit names and
    diagnosis/result values are not identifiers: not labeled.
  * Employer health-plan group numbers and WC carrier data are the
    employer's, not PHI; the worker's own member ID/MBI -> health_plan.
"""
import base64
import datetime as dt
import hashlib
import json
import random
import sys

R = random.Random(71524)
N_LINES = 500

# ------------------------------------------------------------------ lines
class Line:
    def __init__(self, fam):
        self.fam = fam
        self.parts = []
        self.n = 0
        self.spans = []

    def t(self, s):
        b = s.encode("utf-8")
        self.parts.append(b)
        self.n += len(b)
        return self

    def p(self, s, cat):
        if cat is None:
            return self.t(s)
        b = s.encode("utf-8")
        self.spans.append((self.n, self.n + len(b), cat, s))
        self.parts.append(b)
        self.n += len(b)
        return self

    def bytes(self):
        return b"".join(self.parts)


class P:
    """A JSON string (or raw) value that is PHI."""
    def __init__(self, v, cat, raw=False):
        self.v, self.cat, self.raw = v, cat, raw


class S:
    """A JSON string built of pieces, some PHI: S((text, cat_or_None), ...)."""
    def __init__(self, *pieces):
        self.pieces = pieces


class A:
    def __init__(self, items):
        self.items = items


def jstr(s, asc=False):
    return json.dumps(s, ensure_ascii=asc)[1:-1]


def J(L, o, asc=False, sep=(",", ":")):
    if isinstance(o, list):
        L.t("{")
        for i, (k, v) in enumerate(o):
            if i:
                L.t(sep[0])
            L.t('"' + k + '"' + sep[1])
            J(L, v, asc, sep)
        L.t("}")
    elif isinstance(o, A):
        L.t("[")
        for i, x in enumerate(o.items):
            if i:
                L.t(sep[0])
            J(L, x, asc, sep)
        L.t("]")
    elif isinstance(o, P):
        if o.raw:
            L.p(str(o.v), o.cat)
        else:
            L.t('"')
            L.p(jstr(o.v, asc), o.cat)
            L.t('"')
    elif isinstance(o, S):
        L.t('"')
        for v, c in o.pieces:
            L.p(jstr(v, asc), c)
        L.t('"')
    elif isinstance(o, str):
        L.t('"' + jstr(o, asc) + '"')
    elif o is None:
        L.t("null")
    elif isinstance(o, bool):
        L.t("true" if o else "false")
    else:
        L.t(json.dumps(o))


# ------------------------------------------------------------ checksums
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
    base = str(R.choice([1, 2])) + "".join(str(R.randint(0, 9)) for _ in range(8))
    return base + luhn_digit("80840" + base)


def card():
    pre = R.choice(["4", "4", "51", "53", "6011"])
    body = pre + "".join(str(R.randint(0, 9)) for _ in range(15 - len(pre)))
    return body + luhn_digit(body)


def ssn(valid=True):
    if valid:
        a = R.randint(1, 899)
        while a == 666:
            a = R.randint(1, 899)
        return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))
    return R.choice(["123-45-6789", "912-00-4471", "666-21-0934", "078-05-112"])


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    an = MBI_A + "0123456789"
    c = [R.choice("123456789"), R.choice(MBI_A), R.choice(an), R.choice("0123456789"),
         R.choice(MBI_A), R.choice(an), R.choice("0123456789"), R.choice(MBI_A),
         R.choice(MBI_A), R.choice("0123456789"), R.choice("0123456789")]
    return "".join(c)


VIN_MAP = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(valid=True):
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = R.choice(["1FT", "1GC", "3GC", "1C6", "5TF", "1N6", "2T3", "1HG"])
    v = list(wmi + "".join(R.choice(chars) for _ in range(5)) + "0" + R.choice("RPS") +
             R.choice(chars) + "".join(str(R.randint(0, 9)) for _ in range(6)))
    tot = sum((int(c) if c.isdigit() else VIN_MAP[c]) * w for c, w in zip(v, VIN_W))
    cd = tot % 11
    cd = "X" if cd == 10 else str(cd)
    if not valid:
        cd = R.choice([d for d in "0123456789X" if d != cd])
    v[8] = cd
    return "".join(v)


def b64blob(header, n):
    raw = header + bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


def mac():
    oui = R.choice(["F4:12:FA", "D8:3A:DD", "C8:2B:96", "00:1B:C5"])
    return oui + ":" + ":".join("%02X" % R.randint(0, 255) for _ in range(3))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


# ------------------------------------------------------------------ people
FIRST = [("Darnell", "M"), ("José", "M"), ("Thanh", "M"), ("Kayleigh", "F"), ("Rustin", "M"),
         ("Guadalupe", "F"), ("Oluwaseun", "M"), ("Priya", "F"), ("Beau", "M"), ("Marisol", "F"),
         ("Tuan", "M"), ("Hunter", "M"), ("Rose", "F"), ("Will", "M"), ("Grace", "F"),
         ("Ignacio", "M"), ("Siobhan", "F"), ("Dmitri", "M"), ("Keisha", "F"), ("Tobias", "M"),
         ("Yesenia", "F"), ("Rajesh", "M"), ("Cody", "M"), ("LaTonya", "F"), ("Jean-Luc", "M"),
         ("Ahmad", "M"), ("Bích Ngọc", "F"), ("Wyatt", "M"), ("Xóchitl", "F"), ("Hank", "M"),
         ("Faith", "F"), ("Colt", "M"), ("Hope", "F"), ("Chance", "M"), ("Mercy", "F"),
         ("Efraín", "M"), ("Destiny", "F"), ("Gideon", "M"), ("Ngozi", "F"), ("Bo", "M")]
LAST = ["Thibodeaux", "García-Ruiz", "Nguyen", "Broussard", "Okonkwo", "De la Cruz", "LeBlanc",
        "Venkataraman", "Hebert", "Peña", "Tran", "Price", "Baker", "Mason", "Law",
        "Villarreal Soto", "Fontenot", "Kowalczyk", "Washington", "Al-Hakim", "Boudreaux-Guidry",
        "Fox", "Rich", "Stone", "Bush", "Young", "Park", "Hill", "Castillo", "Van der Merwe",
        "O'Connor", "St. Romain", "Mouton", "Ybarra", "Szymański", "Johansson", "Abernathy",
        "Moreno-Trujillo", "Delacroix", "Pham", "Guidry", "Batiste"]
MID = "ABCDEFGHJKLMNPRSTW"
CITIES = [("Port Arthur", "TX", ["77640", "77642"]), ("Nederland", "TX", ["77627"]),
          ("Groves", "TX", ["77619"]), ("Port Neches", "TX", ["77651"]),
          ("Beaumont", "TX", ["77705", "77706", "77707"]), ("Orange", "TX", ["77630"]),
          ("Vidor", "TX", ["77662"]), ("Winnie", "TX", ["77665"]), ("Bridge City", "TX", ["77611"]),
          ("Lake Charles", "LA", ["70601", "70605"]), ("Sulphur", "LA", ["70663"]),
          ("Baytown", "TX", ["77521"]), ("Deer Park", "TX", ["77536"]), ("Sour Lake", "TX", ["77659"])]
STREETS = ["Procter St", "Magnolia Ave", "Twin City Hwy", "W 9th St", "Savannah Ave", "Gulfway Dr",
           "Boston Ave", "Nall St", "Hwy 365", "Lakeshore Dr", "Cypress Bend Ln", "Bluebonnet Cir",
           "Chemin Doucet", "Ruth St", "Calder Ave", "Old Spanish Trl", "Pecan Grove Rd", "FM 1442"]
CONTRACTORS = ["Gulf Coast Scaffold LLC", "Brazos Turnaround Services", "Sabine Insulation & Paint",
               "TriState Mechanical Inc", "Acadiana Hydro-Blast", "Delta Heat Exchanger Svcs",
               "Tidewater Basin Refining (employee)"]
CRAFTS = ["Pipefitter", "Boilermaker", "Scaffold Builder", "Insulator", "Hydroblaster", "Welder",
          "Millwright", "Operator B", "Fire Watch", "Hole Watch", "Instrument Tech", "Laborer"]
EMAILD = ["gmail.com", "yahoo.com", "outlook.com", "att.net", "icloud.com", "hotmail.com"]
REL = [("SPO", "Spouse", "Wife"), ("SPO", "Spouse", "Husband"), ("MTH", "Mother", "Mother"),
       ("FTH", "Father", "Father"), ("SIS", "Sister", "Sister"), ("BRO", "Brother", "Brother"),
       ("DOM", "Life partner", "Partner")]


def phone_num(acs=("409", "409", "409", "337", "281", "832", "985")):
    return R.choice(acs), "%03d" % R.randint(201, 989), "%04d" % R.randint(0, 9999)


def fmt_phone(p, style):
    a, b, c = p
    return {"paren": "(%s) %s-%s" % p, "dash": "%s-%s-%s" % p, "dot": "%s.%s.%s" % p,
            "e164": "+1%s%s%s" % p, "hl7": "(%s)%s-%s" % p, "plain": a + b + c}[style]


class Person:
    pass


def ascii_fold(s):
    tr = str.maketrans("áéíóúñÑçğıęąńśźżłŁỌọíÍÉÁ", "aeiounNcgieanszzlLOoiIEA")
    s = s.translate(tr)
    s = s.replace("Bích Ngọc", "Bich Ngoc").replace("ích", "ich").replace("ọ", "o")
    return s


def mk_person(i, retiree=False):
    p = Person()
    p.first, p.sex = FIRST[i % len(FIRST)] if i < len(FIRST) else R.choice(FIRST)
    p.last = R.choice(LAST)
    p.mid = R.choice(MID)
    if retiree:
        p.dob = dt.date(1933, R.randint(1, 6), R.randint(1, 28))
        p.age = 91
    else:
        p.dob = dt.date(R.randint(1963, 2004), R.randint(1, 12), R.randint(1, 28))
        p.age = 2024 - p.dob.year - (1 if (p.dob.month, p.dob.day) > (7, 15) else 0)
    p.ssn = ssn(R.random() > 0.08)
    p.emp = str(R.randint(70001, 79999)) if R.random() < 0.3 else "C%06d" % R.randint(100000, 999999)
    p.badge = "%07d" % R.randint(40000, 99999)
    p.mrn = "CP%07d" % R.randint(10000, 9999999)
    p.acct = "PA%08d" % R.randint(10 ** 7, 10 ** 8 - 1)
    p.wearer = "W-%04d" % R.randint(100, 1999)
    p.gas_sn = "%02d%02d%03d%s-%03d" % (R.randint(17, 23), R.randint(1, 12), R.randint(0, 999),
                                        R.choice("ABCK"), R.randint(1, 99))
    p.mac = mac()
    city = R.choice(CITIES)
    p.city, p.state, p.zip = city[0], city[1], R.choice(city[2])
    st = "%d %s" % (R.randint(100, 9899), R.choice(STREETS))
    r = R.random()
    if r < 0.2:
        st += " Apt %d%s" % (R.randint(1, 40), R.choice("ABCD"))
    elif r < 0.3:
        st += " Lot %d" % R.randint(1, 80)
    p.street = st
    p.phone = phone_num()
    p.phone2 = phone_num()
    u = ascii_fold(p.first).lower().replace(" ", "").replace("-", "")
    l = ascii_fold(p.last).lower().replace(" ", "").replace("-", "").replace("'", "").replace(".", "")
    p.email = R.choice(["%s.%s%d", "%s%s%d", "%s_%s%d"]) % (u, l, R.randint(1, 99))
    p.email += "@" + R.choice(EMAILD)
    p.dl_state = p.state
    p.dl = ("%08d" % R.randint(10 ** 7, 10 ** 8 - 1)) if p.state == "TX" else ("0%08d" % R.randint(0, 10 ** 8))
    p.twic = "".join(R.choice("0123456789ABCDEF") for _ in range(8))
    p.osha10 = "%02d-%07d" % (R.randint(10, 40), R.randint(0, 9999999))
    p.plate = ("".join(R.choice("BCDFGHJKLMNPRSTVWXYZ") for _ in range(3)) + "%04d" % R.randint(0, 9999)) \
        if p.state == "TX" else ("".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "%03d" % R.randint(0, 999))
    p.vin = vin(R.random() > 0.1)
    rel = R.choice(REL)
    p.ec_rel = rel
    want = "M" if rel[2] in ("Husband", "Father", "Brother") else ("F" if rel[2] != "Partner" else R.choice("MF"))
    ecf = R.choice([f for f, sx in FIRST if sx == want])
    p.ec_first = ecf
    p.ec_last = p.last if rel[0] != "DOM" else R.choice(LAST)
    p.ec_phone = phone_num()
    p.contractor = R.choice(CONTRACTORS)
    p.craft = "Retired Operator" if retiree else R.choice(CRAFTS)
    p.member = R.choice(["XJH", "ZGP", "U", "W", "MCB"]) + "%09d" % R.randint(0, 10 ** 9 - 1)
    p.mbi = mbi() if retiree else None
    p.wc_claim = "WC-%s-%06d" % (R.choice(["24", "24", "23"]), R.randint(0, 999999))
    p.fit_due = None
    p.retiree = retiree
    p.seen = False
    return p


PEOPLE = [mk_person(i) for i in range(46)]
RETIREE = mk_person(99, retiree=True)
RETIREE.first, RETIREE.sex, RETIREE.last = "Alcide", "M", "Guillory"
RETIREE.email = "aguillory33@att.net"
RETIREE.emp = "7%04d" % R.randint(0, 999)

STAFF = {
    "rn": ["Delphine Arceneaux RN", "Tomasz Wójcik RN", "Angela Quintanilla-Reyes LVN"],
    "ih": ["Marcus Oyelaran CIH", "Kendra Lafleur", "Sunil Raghunathan"],
    "medic": ["Tanner Boudreaux", "Imelda Saucedo", "Ray Bergeron"],
    "md": [("Solheim", "Ingrid", npi()), ("Achebe-Lindqvist", "Tobenna", npi())],
    "gate": ["Ofc. L. Prejean", "Ofc. D. Menard", "Ofc. S. Iwu"],
    "ops": ["R. Sandoval", "K. Doucet", "M. Arrington", "J. Fuselier"],
}
ORG_PHONE = "(409) 724-3100"
ORG_FAX = "(409) 724-3199"
ORG_ADDR = "4100 Refinery Rd"
UNITS = ["U42 Alky", "SRU-2", "CDU-1", "FCCU", "HTU-3", "Tank Farm West", "Cooling Tower 5",
         "Coker Deck", "Flare Knock-Out", "Benzene Extraction U-61"]

# ------------------------------------------------------------------ clock
CLOCK = [dt.datetime(2024, 7, 15, 4, 48, 3, 117000)]
TZ = dt.timedelta(hours=-5)


def tick():
    CLOCK[0] += dt.timedelta(seconds=R.randint(8, 110), milliseconds=R.randint(0, 999))
    return CLOCK[0]


def now():
    return CLOCK[0]


def iso_ms(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d-05:00" % (d.microsecond // 1000)


def iso_z(d):
    u = d - TZ
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (d.microsecond // 1000)


def sysl(d):
    return d.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if d.day < 10 else d.strftime("%b %d %H:%M:%S")


def hl7ts(d, sec=True):
    return d.strftime("%Y%m%d%H%M%S" if sec else "%Y%m%d%H%M")


def today():
    return now().date()


def pick():
    p = R.choice(PEOPLE)
    p.seen = True
    return p


def name_fmt(p, style):
    return {"lf": "%s, %s" % (p.last, p.first), "LF": ("%s, %s" % (p.last, p.first)).upper(),
            "fl": "%s %s" % (p.first, p.last), "fml": "%s %s. %s" % (p.first, p.mid, p.last),
            "hl7": "%s^%s^%s" % (p.last.upper(), p.first.upper(), p.mid),
            "fi": "%s. %s" % (p.first[0], p.last)}[style]


# ------------------------------------------------------------------ systems
def g_onguard():
    d = tick()
    L = Line("onguard")
    host = R.choice(["cpr-onguard01", "cpr-onguard02"])
    L.t("<134>%s %s LnlEventSvc[%d]: " % (sysl(d), host, R.randint(2000, 4000)))
    gate = R.choice([("G7-TS1-IN", "Gate 7 Turnstile 1 Entry"), ("G7-TS2-IN", "Gate 7 Turnstile 2 Entry"),
                     ("G3-VEH-IN", "Gate 3 Vehicle Lane"), ("G7-TS1-OUT", "Gate 7 Turnstile 1 Exit"),
                     ("CLINIC-DR1", "Clinic Rear Door")])
    r = R.random()
    if r < 0.42:
        p = pick()
        L.t('evt=ACCESS_GRANTED dt="%s" rdr=%s rdr_desc="%s" panel=LNL-4420-0%d badge=' %
            (d.strftime("%Y-%m-%d %H:%M:%S"), gate[0], gate[1], R.randint(1, 8)))
        L.p(p.badge, "other_id").t(' cardholder="').p(name_fmt(p, "LF"), "name")
        L.t('" dept="%s" acclvl=TA24-CONTR' % p.contractor)
    elif r < 0.53:
        p = pick()
        reason = R.choice(["FIT_TEST_EXPIRED", "MED_CLEARANCE_EXPIRED", "H2S_TRAINING_EXPIRED"])
        exp = today() - dt.timedelta(days=R.randint(1, 20))
        L.t('evt=ACCESS_DENIED dt="%s" rdr=%s badge=' % (d.strftime("%Y-%m-%d %H:%M:%S"), gate[0]))
        L.p(p.badge, "other_id").t(' cardholder="').p(name_fmt(p, "LF"), "name")
        L.t('" reason=%s exp=' % reason).p(exp.isoformat(), "date").t(" notify=clinic")
    elif r < 0.75:
        L.t('evt=ACCESS_DENIED dt="%s" rdr=%s badge=UNKNOWN fac=212 card_raw=0x%s reason=NOT_IN_DB' %
            (d.strftime("%Y-%m-%d %H:%M:%S"), gate[0], hexs(8).upper()))
    elif r < 0.88:
        L.t('evt=DOOR_HELD_OPEN dt="%s" rdr=%s dur_s=%d alarm_id=%d ack_by="%s"' %
            (d.strftime("%Y-%m-%d %H:%M:%S"), gate[0], R.randint(31, 240), R.randint(880000, 899999),
             R.choice(STAFF["gate"])))
    else:
        L.t('evt=PANEL_HEARTBEAT panel=LNL-4420-0%d ip=10.42.%d.%d fw=1.296 uptime_s=%d tamper=0' %
            (R.randint(1, 8), R.randint(1, 20), R.randint(2, 250), R.randint(10000, 9000000)))
    return [L]


def g_lpr():
    d = tick()
    L = Line("lpr")
    L.t("%s,AutoVu,%s," % (iso_z(d), R.choice(["LPR-G3-IN", "LPR-G3-OUT", "LPR-G7-PARK"])))
    r = R.random()
    if r < 0.5:
        p = pick()
        L.t(p.state + ",").p(p.plate, "vehicle").t(",%.2f,MATCH_PERMIT,permit=" % R.uniform(0.86, 0.99))
        L.p("VP-24-%05d" % R.randint(100, 9999), "other_id").t(",hotlist=none,lane=%d" % R.randint(1, 3))
    elif r < 0.75:
        pl = "".join(R.choice("BCDFGHJKLMNPRSTVWXYZ") for _ in range(3)) + "%04d" % R.randint(0, 9999)
        L.t("TX,%s,%.2f,MATCH_FLEET,unit=TBR-F%03d,hotlist=none,lane=%d" % (pl, R.uniform(0.8, 0.99),
                                                                          R.randint(1, 260), R.randint(1, 3)))
    elif r < 0.88:
        pl = "%s%d" % ("".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)), R.randint(10000, 99999))
        L.t("LA,%s,%.2f,MATCH_VENDOR,vendor=%s,hotlist=none,lane=1" % (pl, R.uniform(0.8, 0.99),
                                                                      R.choice(["Airgas", "Cintas", "Sysco", "Brenntag", "Mobile Mini"])))
    else:
        L.t(",,0.00,NO_READ,,hotlist=none,lane=%d" % R.randint(1, 3))
    return [L]


def g_badgehub():
    d = tick()
    L = Line("badgehub")
    base = [("level", R.choice([30, 30, 40])), ("time", int((d - TZ - dt.datetime(1970, 1, 1)).total_seconds() * 1000)),
            ("pid", R.randint(100, 9000)), ("hostname", "badgehub-api-7f9c6d-%s" % hexs(5)),
            ("reqId", "req-%s" % hexs(6))]
    r = R.random()
    if r < 0.3:
        p = pick()
        worker = [("fullName", P(name_fmt(p, "fl"), "name")), ("dob", P(p.dob.isoformat(), "date")),
                  ("phone", P(fmt_phone(p.phone, "dash"), "phone")), ("email", P(p.email, "email")),
                  ("dl", [("state", p.dl_state), ("num", P(p.dl, "license"))]),
                  ("twic", P(p.twic, "license")), ("osha10", P(p.osha10, "license")),
                  ("craft", p.craft), ("company", p.contractor),
                  ("badgeNo", P(p.badge, "other_id"))]
        if R.random() < 0.5:
            worker.append(("photo", P(b64blob(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01", R.randint(48, 90)), "photo")))
            worker.append(("photoTruncated", True))
        if R.random() < 0.5:
            worker.append(("fpTemplate", P(b64blob(b"FMR\x00 20\x00", R.randint(40, 70)), "biometric")))
        if R.random() < 0.35:
            worker.append(("ssn", P(p.ssn, "ssn")))
        if R.random() < 0.3:
            worker.append(("vehicle", [("plate", P(p.plate, "vehicle")), ("vin", P(p.vin, "vehicle"))]))
        o = base + [("worker", worker), ("sponsor", R.choice(STAFF["gate"])), ("msg", "enrollment complete")]
    elif r < 0.5:
        p = pick()
        o = base + [("badgeNo", P(p.badge, "other_id")), ("holder", P(name_fmt(p, "lf"), "name")),
                    ("printer", "Fargo HDP5000 #2"), ("ribbon_pct", R.randint(5, 90)), ("msg", "badge printed")]
    elif r < 0.62:
        p = pick()
        o = base + [("badgeNo", P(p.badge, "other_id")), ("hold", "MEDICAL"),
                    ("holdUntil", P((today() + dt.timedelta(days=R.randint(1, 5))).isoformat(), "date")),
                    ("placedBy", STAFF["rn"][0]), ("msg", "access hold placed")]
    elif r < 0.82:
        o = base + [("job", "sync-contractor-roster"), ("records", R.randint(300, 1400)),
                    ("durationMs", R.randint(800, 9000)), ("source", "sftp://roster.brazos-ta.com/out/"),
                    ("msg", "roster sync finished")]
    else:
        o = base + [("req", [("method", "GET"), ("url", "/healthz")]), ("res", [("statusCode", 200)]),
                    ("responseTime", R.randint(1, 9)), ("msg", "request completed")]
    J(L, o, asc=R.random() < 0.5)
    return [L]


FITPRO_HDR = ('"TestDateTime","Instrument","Operator","EmpNo","Person","Company","Mfr","Model",'
              '"Size","Type","OverallFF","Result","NextDue"')
MASKS = [("3M", "6502QL", "M", "Half Mask"), ("3M", "FF-402", "L", "Full Facepiece"),
         ("MSA", "Advantage 3200", "M", "Full Facepiece"), ("Honeywell", "North 7700", "S", "Half Mask"),
         ("MSA", "Advantage 420", "L", "Half Mask")]


def g_fitpro():
    out = []
    d = tick()
    if R.random() < 0.25:
        L = Line("fitpro")
        L.t(FITPRO_HDR)
        out.append(L)
    p = pick()
    m = R.choice(MASKS)
    ff = R.randint(60, 9000) if m[3] == "Full Facepiece" else R.randint(40, 200)
    ok = ff >= (500 if m[3] == "Full Facepiece" else 100)
    L = Line("fitpro")
    L.t('"').p(d.strftime("%m/%d/%Y %H:%M:%S"), "date").t('","PC8048-80481723011","%s","' % R.choice(STAFF["ih"]))
    L.p(p.emp, "other_id").t('","').p(name_fmt(p, "lf"), "name")
    L.t('","%s","%s","%s","%s","%s",%d,"%s","' % (p.contractor, m[0], m[1], m[2], m[3], ff, "PASS" if ok else "FAIL"))
    if ok:
        L.p((d + dt.timedelta(days=365)).strftime("%m/%d/%Y"), "date")
    L.t('"')
    out.append(L)
    if R.random() < 0.5:
        for i, ex in enumerate(["Normal breathing", "Deep breathing", "Head side to side", "Head up and down",
                                "Talking", "Bending over", "Normal breathing"][:R.randint(2, 4)]):
            L = Line("fitpro")
            L.t('"EX",%d,"%s",%d,%.1f,%.1f' % (i + 1, ex, R.randint(40, 9999), R.uniform(500, 9000), R.uniform(0.5, 40)))
            out.append(L)
    return out


def g_pglog():
    d = tick()
    L = Line("pglog")
    L.t("%s.%03d CDT [%d] " % (d.strftime("%Y-%m-%d %H:%M:%S"), d.microsecond // 1000, R.randint(20000, 60000)))
    r = R.random()
    if r < 0.22:
        p = pick()
        L.t("rpp_app@resp_db LOG:  statement: UPDATE fit_test SET result='PASS', ff_overall=%d, next_due='" % R.randint(100, 9000))
        L.p((today() + dt.timedelta(days=365)).isoformat(), "date").t("', tested_by='%s' WHERE emp_no='" % R.choice(STAFF["ih"]).split()[0])
        L.p(p.emp, "other_id").t("';")
    elif r < 0.34:
        p = pick()
        L.t("clinic_app@ohm LOG:  statement: INSERT INTO med_clearance (mrn, emp_no, exam_type, cleared_on, expires_on) VALUES ('")
        L.p(p.mrn, "mrn").t("', '").p(p.emp, "other_id").t("', 'RESP_OSHA_1910_134', '")
        L.p(today().isoformat(), "date").t("', '").p((today() + dt.timedelta(days=365)).isoformat(), "date").t("');")
    elif r < 0.40:
        p = pick()
        L.t('clinic_app@ohm ERROR:  value too long for type character varying(4)')
        L.t("; DETAIL:  Failing row contains (%d, " % R.randint(10000, 99999)).p(p.acct, "account").t(", ")
        L.p(name_fmt(p, "fl"), "name").t(", ").p(card(), "account").t(", %02d/%02d, DOT_PHYSICAL, 125.00)." % (R.randint(1, 12), R.randint(25, 29)))
    elif r < 0.6:
        L.t("rpp_app@resp_db LOG:  duration: %.3f ms  statement: SELECT emp_no, next_due FROM fit_test WHERE next_due < now() + interval '14 days' ORDER BY next_due LIMIT 500;" % R.uniform(2, 900))
    elif r < 0.75:
        L.t("LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, %d removed, 1 recycled; write=%.3f s, sync=0.0%02d s, total=%.3f s" %
            (R.randint(100, 9000), R.uniform(0.1, 9), R.randint(0, 3), R.uniform(1, 200), R.randint(1, 99), R.uniform(1, 200)))
    elif r < 0.88:
        L.t("LOG:  automatic vacuum of table \"ohm.public.%s\": index scans: 1, pages: 0 removed, %d remain" %
            (R.choice(["h2s_event", "fit_test", "biomon_result", "gate_sync"]), R.randint(100, 90000)))
    else:
        L.t("[unknown]@[unknown] LOG:  connection received: host=10.42.8.%d port=%d" % (R.randint(2, 60), R.randint(40000, 65000)))
    return [L]


def msh(app, fac, typ, d):
    L = Line("hl7")
    L.t("MSH|^~\\&|%s|%s|OHM|CPR_OH|%s-0500||%s|%s%s|P|2.5.1|||AL|NE" %
        (app, fac, hl7ts(d), typ, app[:2], "%010d" % R.randint(0, 10 ** 10 - 1)))
    return L


def pid_line(p, with_ssn, with_emp=True, with_email=False):
    L = Line("hl7")
    L.t("PID|1||").p(p.mrn, "mrn").t("^^^CPR_OH^MR")
    if with_emp:
        L.t("~").p(p.emp, "other_id").t("^^^TBR^EI")
    L.t("||").p(name_fmt(p, "hl7"), "name").t("||").p(p.dob.strftime("%Y%m%d"), "date")
    L.t("|%s|||" % p.sex).p(p.street, "address").t("^^").p(p.city, "address").t("^%s^" % p.state)
    L.p(p.zip, "zip").t("^USA^H||").p(fmt_phone(p.phone, "hl7"), "phone").t("^PRN^PH")
    if with_email:
        L.t("~^NET^Internet^").p(p.email, "email")
    L.t("|||||").p(p.acct, "account").t("|")
    if with_ssn:
        L.p(p.ssn if R.random() > 0.1 else "000-00-0000", "ssn" if True else None)
        if L.spans[-1][3] == "000-00-0000":
            L.spans.pop()
    return L


def g_hl7_oru():
    d = tick()
    out = [msh("LABWARE", "GCTOXLAB^45D2107719^CLIA", "ORU^R01^ORU_R01", d)]
    p = RETIREE if R.random() < 0.08 else pick()
    out.append(pid_line(p, R.random() < 0.3))
    md = R.choice(STAFF["md"])
    coll = d - dt.timedelta(hours=R.randint(2, 30), minutes=R.randint(0, 59))
    L = Line("hl7")
    L.t("OBR|1|RPP-24-%05d|" % R.randint(10000, 99999)).p("BZ%08d" % R.randint(0, 10 ** 8 - 1), "other_id")
    L.t("^LABWARE|BENZ-BIO^Benzene biomonitoring panel, urine^L|||").p(hl7ts(coll, False), "date")
    L.t("|||||||||%s^%s^%s^^^^MD^^^^NPI||||||||TX|F" % (md[2], md[0], md[1]))
    out.append(L)
    spma = round(R.lognormvariate(1.2, 1.0), 1)
    for i, (code, nm, val, unit, rng) in enumerate([
            ("SPMA", "S-PMA/creatinine", spma, "ug/g creat", "<25"),
            ("TTMA", "t,t-Muconic acid/creatinine", round(R.uniform(0.05, 0.9), 2), "mg/g creat", "<0.5"),
            ("CREAT", "Creatinine, urine", R.randint(25, 300), "mg/dL", "20-370")]):
        L = Line("hl7")
        flag = "H" if (code == "SPMA" and val > 25) or (code == "TTMA" and val > 0.5) else "N"
        L.t("OBX|%d|NM|%s^%s^L||%s|%s^^UCUM|%s|%s|||F" % (i + 1, code, nm, val, unit, rng, flag))
        out.append(L)
    if R.random() < 0.4:
        L = Line("hl7")
        L.t("NTE|1||End-of-shift specimen. ACGIH BEI S-PMA 25 ug/g creatinine. Results to IH (%s)." % R.choice(STAFF["ih"]))
        out.append(L)
    return out


def g_hl7_adt():
    d = tick()
    out = [msh("OHM_EMR", "BAYWORKS_G7", "ADT^A04^ADT_A01", d)]
    L = Line("hl7")
    L.t("EVN|A04|%s|||%s" % (hl7ts(d), R.choice(["darceneaux", "twojcik", "aquintanilla"])))
    out.append(L)
    p = RETIREE if R.random() < 0.1 else pick()
    out.append(pid_line(p, R.random() < 0.6, with_email=R.random() < 0.5))
    md = R.choice(STAFF["md"])
    L = Line("hl7")
    L.t("PV1|1|O|OHCLINIC^G7^0%d^CPR||||%s^%s^%s^^^^MD|||OCC||||1|||||" % (R.randint(1, 4), md[2], md[0], md[1]))
    L.p("V%s%04d" % (d.strftime("%y%m%d"), R.randint(0, 9999)), "account").t("|||||||||||||||||||||||||")
    L.p(hl7ts(d - dt.timedelta(minutes=R.randint(3, 40)), False), "date")
    out.append(L)
    L = Line("hl7")
    L.t("NK1|1|").p("%s^%s" % (p.ec_last.upper(), p.ec_first.upper()), "name").t("|%s^%s^HL70063|" % p.ec_rel[:2])
    if R.random() < 0.4:
        L.p(p.street, "address").t("^^").p(p.city, "address").t("^%s^" % p.state).p(p.zip, "zip").t("^USA")
    L.t("|").p(fmt_phone(p.ec_phone, "hl7"), "phone").t("||EC^Emergency Contact^HL70131")
    out.append(L)
    if not p.retiree and R.random() < 0.3:
        L = Line("hl7")
        L.t("IN1|1|%s|%d|%s|||||" % R.choice([("BCBSTX-PPO", 84980, "Blue Cross Blue Shield of Texas"),
                                               ("UHC-CHOICE", 87726, "UnitedHealthcare")]))
        L.t("%s||Tidewater Basin Refining LLC|||||||||||||||||||||||||||||||||||" % R.choice(["TBR4471", "GCS2210"]))
        L.p(p.member, "health_plan")
        out.append(L)
    elif not p.retiree:
        L = Line("hl7")
        L.t("IN1|1|WC01|TXMUT01|Texas Mutual Insurance Co|PO Box 12058^^Austin^TX^78711||(800)859-5995|TBR-GRP-4471||Tidewater Basin Refining LLC|||||||||||||||||||||||||||||")
        if R.random() < 0.5:
            L.p(p.wc_claim, "other_id")
        out.append(L)
    return out


def g_inet():
    d = tick()
    L = Line("inet")
    r = R.random()
    base = [("@timestamp", iso_z(d)), ("service", "inet-gateway"), ("trace_id", hexs(32))]
    if r < 0.35:
        p = pick()
        st = d - dt.timedelta(seconds=R.randint(5, 90))
        o = base + [("event", [("kind", "alert"), ("type", R.choice(["GAS_ALARM_HIGH", "GAS_ALARM_LOW", "STEL_ALARM"]))]),
                    ("instrument", [("sn", P(p.gas_sn, "device")), ("model", "Ventis Pro5"), ("fw", "3.2.%d" % R.randint(0, 4))]),
                    ("gas", "H2S"), ("peak_ppm", round(R.uniform(10, 60), 1)), ("twa_ppm", round(R.uniform(0.1, 4), 1)),
                    ("alarm_start", P(st.strftime("%Y-%m-%dT%H:%M:%S-05:00"), "date")),
                    ("user", [("name", P(name_fmt(p, R.choice(["lf", "fl"])), "name")), ("id", P(p.emp, "other_id"))]),
                    ("site", [("area", R.choice(UNITS)), ("lat", round(29.97 + R.uniform(-0.01, 0.01), 5)),
                              ("lon", round(-93.92 + R.uniform(-0.01, 0.01), 5))])]
    elif r < 0.45:
        p = pick()
        o = base + [("event", [("kind", "alert"), ("type", "MAN_DOWN")]),
                    ("instrument", [("sn", P(p.gas_sn, "device")), ("model", "Ventis Pro5")]),
                    ("user", [("name", P(name_fmt(p, "fl"), "name"))]), ("area", R.choice(UNITS)),
                    ("ack", "%s (CAD)" % R.choice(STAFF["ops"]))]
    elif r < 0.8:
        sn = "%02d%02d%03d%s-%03d" % (R.randint(17, 23), R.randint(1, 12), R.randint(0, 999), R.choice("ABCK"), R.randint(1, 99))
        o = base + [("event", [("kind", "event"), ("type", "BUMP_TEST")]),
                    ("instrument", [("sn", sn), ("model", "Ventis Pro5")]),
                    ("dock", "DSX-%06d" % R.randint(0, 999999)), ("cylinder_lot", "LOT %d-%04d" % (R.randint(23, 24), R.randint(0, 9999))),
                    ("result", R.choice(["PASS", "PASS", "PASS", "FAIL"])),
                    ("sensors", A([[("gas", g), ("resp_pct", R.randint(70, 110))] for g in ["H2S", "CO", "O2", "LEL"]]))]
    else:
        o = base + [("event", [("kind", "metric"), ("type", "DOCK_HEARTBEAT")]),
                    ("dock", "DSX-%06d" % R.randint(0, 999999)), ("ip", "10.42.%d.%d" % (R.randint(30, 40), R.randint(2, 250))),
                    ("slots_in_use", R.randint(0, 10)), ("latency_ms", R.randint(5, 400))]
    J(L, o, sep=(", ", ": "))
    return [L]


def g_heat():
    d = tick()
    L = Line("heat")
    L.t("ts=%s level=" % iso_z(d))
    r = R.random()
    if r < 0.45:
        p = pick()
        L.t('warn svc=hs-bridge msg="core temp alert" wearer=').p(p.wearer, "other_id")
        if R.random() < 0.6:
            L.t(' name="').p(name_fmt(p, "fl"), "name").t('"')
        L.t(" mac=").p(p.mac, "device")
        L.t(" core_c=%.1f hr_bpm=%d hsi=%.1f zone=%s crew=CR-%02d action=%s" %
            (R.uniform(38.2, 39.4), R.randint(135, 185), R.uniform(5, 9.5),
             R.choice(UNITS).replace(" ", "_"), R.randint(1, 40), R.choice(["REST_COOL", "HYDRATE", "MEDIC_EVAL"])))
    elif r < 0.7:
        L.t('info svc=hs-bridge msg="gateway heartbeat" gw=GW-%02d rssi_avg=%d devices=%d uplink=lte batt_pct=%d' %
            (R.randint(1, 12), -R.randint(55, 90), R.randint(0, 60), R.randint(30, 100)))
    elif r < 0.85:
        L.t('info svc=hs-sync msg="batch uploaded" batch=%s records=%d bytes=%d dur=%dms' %
            (hexs(12), R.randint(100, 4000), R.randint(10000, 900000), R.randint(40, 2000)))
    else:
        L.t('warn svc=hs-bridge msg="unassigned device seen" mac=%s gw=GW-%02d fw=2.14.%d' %
            (mac(), R.randint(1, 12), R.randint(0, 9)))
    return [L]


def wbgt_now():
    h = now().hour + now().minute / 60.0
    return min(93.5, 76.0 + 2.3 * max(0.0, h - 5.0) + R.uniform(-1.2, 1.2))


def wbgt_flag(w):
    return "BLACK" if w >= 90 else ("RED" if w >= 88 else ("YELLOW" if w >= 85 else "GREEN"))


def g_wbgt():
    d = tick()
    L = Line("wbgt")
    w = wbgt_now()
    flag = wbgt_flag(w)
    wr = {"BLACK": "20/40", "RED": "30/30", "YELLOW": "45/15", "GREEN": "50/10"}[flag]
    L.t("%s %s  WS-TA-0%d  WBGT %5.1fF  Tdb %5.1f  Tnwb %5.1f  Tg %6.1f  RH %3d  WS %4.1f  FLAG %-6s WR %s" %
        (d.strftime("%Y%m%d"), d.strftime("%H%M"), R.randint(1, 4), w, w + R.uniform(3, 8), w - R.uniform(3, 6),
         w + R.uniform(20, 35), R.randint(45, 90), R.uniform(0, 12), flag, wr))
    return [L]


def g_nemsis():
    d = tick()
    p = pick()
    md = R.choice(STAFF["medic"])
    L = Line("nemsis")
    L.t('<PatientCareReport xmlns="http://www.nemsis.org" UUID="%s-%s-4%s-a%s-%s"><eRecord><eRecord.01>' %
        (hexs(8), hexs(4), hexs(3), hexs(3), hexs(12)))
    L.p("PCR-%s%04d" % (d.strftime("%y%m%d"), R.randint(1, 60)), "other_id")
    L.t("</eRecord.01></eRecord><eResponse><eResponse.03>24-%06d</eResponse.03><eResponse.14>MEDIC%d</eResponse.14></eResponse>" %
        (R.randint(100, 900), R.randint(1, 2)))
    L.t("<ePatient><ePatient.02>").p(p.last, "name").t("</ePatient.02><ePatient.03>").p(p.first, "name")
    L.t("</ePatient.03><ePatient.05>").p(p.street, "address").t("</ePatient.05><ePatient.06>").p(p.city, "address")
    L.t("</ePatient.06><ePatient.08>%s</ePatient.08><ePatient.09>" % p.state).p(p.zip, "zip")
    L.t("</ePatient.09><ePatient.15>%d</ePatient.15><ePatient.16>2516009</ePatient.16><ePatient.17>" % p.age)
    L.p(p.dob.isoformat(), "date").t("</ePatient.17><ePatient.18>").p(fmt_phone(p.phone, "dash"), "phone")
    L.t("</ePatient.18></ePatient><eSituation><eSituation.11>%s</eSituation.11></eSituation>" %
        R.choice(["T67.0XXA", "T59.811A", "S61.412A", "R55", "T67.5XXA"]))
    L.t("<eVitals><eVitals.06>%d</eVitals.06><eVitals.10>%d</eVitals.10><eVitals.24>%.1f</eVitals.24></eVitals>" %
        (R.randint(90, 170), R.randint(70, 160), R.uniform(37, 40.5)))
    L.t("<eTimes><eTimes.03>%s</eTimes.03></eTimes>" % iso_ms(d).replace(".", ":", 0)[:19] + "")
    L.t("<eCrew><eCrew.01>%s</eCrew.01></eCrew><eDisposition><eDisposition.01>%s</eDisposition.01></eDisposition></PatientCareReport>" %
        (md, R.choice(["Baptist Hospitals of SE Texas", "CHRISTUS St. Elizabeth", "Treated/released on site"])))
    return [L]


def g_cad():
    d = tick()
    L = Line("cad")
    L.t("<30>%s cpr-cad01 cadsvc[%d]: " % (sysl(d), R.randint(900, 1900)))
    r = R.random()
    inc = "24-%06d" % R.randint(100, 900)
    if r < 0.35:
        p = pick()
        L.t('INC %s MEDIC%d DISPATCHED loc="%s" nature="%s" caller="%s ext %d" pt="' %
            (inc, R.randint(1, 2), R.choice(UNITS), R.choice(["HEAT ILLNESS", "H2S EXPOSURE", "FALL", "LACERATION", "CHEST PAIN"]),
             R.choice(STAFF["ops"]), R.randint(4000, 4999)))
        L.p(name_fmt(p, R.choice(["lf", "fl", "fi"])), "name").t('" pt_age=%d pt_sex=%s badge=' % (p.age, p.sex))
        L.p(p.badge, "other_id")
    elif r < 0.75:
        L.t("INC %s %s %s" % (inc, R.choice(["MEDIC1", "MEDIC2", "ENG3", "HAZ1", "RESCUE1"]),
                              R.choice(["ENROUTE", "ONSCENE", "AVAILABLE", "TRANSPORTING", "AT_HOSP", "CLEARED"])))
        L.t(" avl=%.5f,%.5f" % (29.97 + R.uniform(-0.01, 0.01), -93.92 + R.uniform(-0.01, 0.01)))
    else:
        L.t('INC %s FIRE_ALARM zone=%s panel=NFS2-3030 dev=%d-%d nature="%s" disp="%s"' %
            (inc, R.choice(UNITS), R.randint(1, 9), R.randint(1, 199), R.choice(["SMOKE DET", "HEAT DET", "DRILL"]),
             R.choice(["FALSE ALARM", "DRILL COMPLETE", "INVESTIGATING"])))
    return [L]


OSHA_HDR = "case_no,employee_name,job_title,date_of_injury,where_occurred,description,classification,days_away,days_restricted,injury_type"


def g_osha():
    d = tick()
    out = []
    r = R.random()
    if r < 0.55:
        if R.random() < 0.3:
            L = Line("osha300")
            L.t(OSHA_HDR)
            out.append(L)
        p = pick()
        L = Line("osha300")
        L.p("2024-%03d" % R.randint(1, 80), "other_id").t(",")
        if R.random() < 0.2:
            L.t('"Privacy Case"')
        else:
            L.t('"').p(name_fmt(p, "lf"), "name").t('"')
        inj = today() - dt.timedelta(days=R.randint(0, 9))
        L.t(",%s," % p.craft).p(inj.strftime("%m/%d/%Y"), "date")
        desc, itype = R.choice([("H2S exposure, dizziness, nausea", "Poisoning"), ("Heat exhaustion, IV fluids", "All other illnesses"),
                                ("Laceration L hand, sutures", "Injury"), ("Chemical burn R forearm", "Skin disorder"),
                                ("Strain lower back", "Injury")])
        cls = R.choice(["Other recordable", "Job transfer/restriction", "Days away"])
        away = R.randint(1, 6) if cls == "Days away" else 0
        restr = R.randint(1, 12) if cls == "Job transfer/restriction" else 0
        L.t(',"%s","%s",%s,%d,%d,%s' % (R.choice(UNITS), desc, cls, away, restr, itype))
        out.append(L)
    elif r < 0.8:
        p = pick()
        L = Line("osha300")
        o = [("establishment_id", 88213), ("year_filing_for", 2024), ("case_number", P("2024-%03d" % R.randint(1, 80), "other_id")),
             ("job_title", p.craft), ("date_of_incident", P(today().isoformat(), "date")),
             ("date_of_birth", P(p.dob.isoformat(), "date")), ("date_of_hire", P(dt.date(R.randint(max(p.dob.year + 18, 2005), 2024), R.randint(1, 6), R.randint(1, 28)).isoformat(), "date")),
             ("sex", p.sex), ("treatment_in_patient", False), ("type_of_incident", R.randint(1, 6)),
             ("nar_what_happened", "Worker exposed to H2S during blind removal at %s" % R.choice(UNITS))]
        J(L, o, sep=(", ", ": "))
        out.append(L)
    else:
        L = Line("osha300")
        o = [("establishment_name", "Calloway Point Refinery"), ("ein", "76-0418823"), ("naics_code", "324110"),
             ("street_address", ORG_ADDR), ("city", "Port Neches"), ("state", "TX"), ("zip", "77651"),
             ("annual_average_employees", 1140), ("total_hours_worked", 2311200), ("total_deaths", 0),
             ("total_dafw_cases", R.randint(0, 4)), ("total_djtr_cases", R.randint(0, 8)), ("status", "SUBMITTED"),
             ("confirmation", "ITA-%s" % hexs(10).upper())]
        J(L, o)
        out.append(L)
    return out


def g_note():
    d = tick()
    p = RETIREE if R.random() < 0.15 else pick()
    rn = R.choice(STAFF["rn"] + STAFF["medic"])
    L = Line("clinnote")
    L.t("%s NOTE id=%d author=\"%s\" type=%s text=\"" % (iso_ms(d), R.randint(600000, 699999), rn,
                                                      R.choice(["NURSING", "EMS_HANDOFF", "TRIAGE"])))
    if p.retiree:
        L.t("Pt ").p(name_fmt(p, "fl"), "name").t(", ").p(str(p.age), "age")
        L.t(" y/o retired operator (U-61), annual benzene surveillance CBC drawn. DOB ").p(p.dob.strftime("%m/%d/%Y"), "date")
        L.t(". Daughter ").p("%s %s" % (R.choice(["Claudette", "Marie-Anne", "Lynette"]), p.last), "name")
        L.t(" drove him, cell ").p(fmt_phone(p.ec_phone, "paren"), "phone").t('."')
        return [L]
    v = R.random()
    if v < 0.35:
        L.t("Pt ").p(name_fmt(p, R.choice(["fl", "fml"])), "name").t(" (DOB ").p(p.dob.strftime("%m/%d/%Y"), "date")
        L.t(", EMP ").p(p.emp, "other_id").t(") from %s c/o HA, nausea after H2S badge alarm %d ppm. SpO2 %d%%, lungs clear. Obs 60 min, RTW full duty." %
                                             (R.choice(UNITS), R.randint(15, 45), R.randint(94, 100)))
        if R.random() < 0.5:
            L.t(" %s " % p.ec_rel[2]).p("%s %s" % (p.ec_first, p.ec_last), "name").t(" notified at ").p(fmt_phone(p.ec_phone, "dash"), "phone").t(".")
        L.t('"')
    elif v < 0.65:
        L.t("Heat stress eval, %d y/o %s, %s w/ %s. Core temp alert from wearable. Oral %.1fF, HR %d. 1L PO fluids, cooled in rehab trailer. Pt " %
            (p.age, p.sex, p.craft.lower(), p.contractor, R.uniform(99, 102.5), R.randint(95, 140)))
        L.p(name_fmt(p, "fi"), "name").t(" lives at ").p(p.street + ", " + p.city, "address").t(" ").p(p.zip, "zip")
        L.t(", can't drive - ride arranged.\"")
    else:
        L.t("Fit test + OSHA resp questionnaire for ").p(name_fmt(p, "lf"), "name").t(" badge ").p(p.badge, "other_id")
        L.t(". Cleared for %s. Next fit due " % R.choice(["half-face APR", "full-face APR", "SCBA/SAR"]))
        L.p((today() + dt.timedelta(days=365)).strftime("%m/%d/%Y"), "date").t(". Per Dr. %s standing order.\"" % STAFF["md"][0][0])
    return [L]


def g_sms():
    d = tick()
    L = Line("sms")
    sid = "SM" + hexs(32)
    r = R.random()
    if r < 0.55:
        p = pick()
        kind = R.random()
        base = [("MessageSid", sid), ("AccountSid", "AC" + hexs(32)), ("From", "+14097243100"),
                ("To", P(fmt_phone(p.phone, "e164"), "phone")), ("MessageStatus", R.choice(["delivered", "sent", "undelivered"]))]
        if kind < 0.5:
            due = today() + dt.timedelta(days=R.randint(2, 14))
            body = S(("Calloway Pt Clinic: ", None), (p.first, "name"), (", your respirator fit test is due ", None),
                     (due.strftime("%m/%d"), "date"), (". Walk-ins Gate 7, 0500-1700. Reply STOP to opt out.", None))
            J(L, base + [("Body", body)])
        else:
            o = base + [("Body", "Calloway Pt Clinic: your benzene urine result is ready. Log in at portal.bayworks-clinic.com or call %s." % ORG_PHONE)]
            J(L, o)
    else:
        w = max(85.0, wbgt_now())
        fl = wbgt_flag(w)
        o = [("MessageSid", sid), ("From", "+14097243100"), ("To", "list:TA24-ALL-CREWS"),
             ("Body", "HEAT ALERT %s: WBGT %.1fF. Work/rest %s. Drink 1 cup water every 15 min." %
              (fl, w, {"BLACK": "20/40", "RED": "30/30", "YELLOW": "45/15"}[fl])),
             ("NumSegments", 2), ("MessageStatus", "queued"), ("Recipients", R.randint(800, 2200))]
        J(L, o)
    return [L]


def g_mirth():
    d = tick()
    out = []
    L = Line("mirth")
    ts = d.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (d.microsecond // 1000)
    r = R.random()
    if r < 0.4:
        p = pick()
        ch = R.choice(["LIMS_ORU_IN", "EMR_ADT_OUT", "FHIR_WAREHOUSE_PUSH"])
        L.t("%s ERROR [Channel: %s] c.m.d.s.channel.Channel - " % (ts, ch))
        L.t("Error processing message %d for patient " % R.randint(100000, 999999)).p(p.mrn, "mrn")
        out.append(L)
        L = Line("mirth")
        L.t("com.mirth.connect.donkey.server.channel.ChannelException: PID-3 lookup failed: no EI match for ")
        L.p(p.emp, "other_id").t(" (").p(name_fmt(p, "hl7"), "name").t(")")
        out.append(L)
        for fr in ["com.mirth.connect.donkey.server.channel.Channel.dispatchRawMessage(Channel.java:1263)",
                   "com.mirth.connect.connectors.tcp.TcpReceiver$TcpReader.call(TcpReceiver.java:819)",
                   "java.base/java.util.concurrent.FutureTask.run(FutureTask.java:264)"][:R.randint(2, 3)]:
            L = Line("mirth")
            L.t("\tat " + fr)
            out.append(L)
    elif r < 0.55:
        L.t("%s WARN  [pool-2-thread-%d] c.m.c.c.http.HttpDispatcher - HTTP 503 from https://hdw.tidewaterbasin.com/fhir/Observation, retry %d/5 in %dms" %
            (ts, R.randint(1, 12), R.randint(1, 5), R.randint(500, 8000)))
        out.append(L)
        L = Line("mirth")
        L.t("java.net.SocketTimeoutException: Read timed out")
        out.append(L)
        L = Line("mirth")
        L.t("\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)")
        out.append(L)
    else:
        L.t("%s INFO  [Channel: %s] c.m.d.s.channel.Channel - processed=%d errored=%d queued=%d avg_ms=%d" %
            (ts, R.choice(["LIMS_ORU_IN", "EMR_ADT_OUT", "INET_ALARM_IN"]), R.randint(100, 9000), R.randint(0, 4),
             R.randint(0, 20), R.randint(3, 90)))
        out.append(L)
    return out


UAS = ['Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.122 Mobile Safari/537.36',
       'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
       'Mozilla/5.0 (Linux; Android 13; moto g stylus 5G) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Mobile Safari/537.36']


def pub_ip():
    return "%d.%d.%d.%d" % (R.choice([66, 72, 99, 107, 172, 174, 98, 47]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def g_nginx():
    d = tick()
    L = Line("nginx")
    r = R.random()
    ts = d.strftime("[%d/%b/%Y:%H:%M:%S -0500]")
    if r < 0.38:
        p = pick()
        L.p(pub_ip(), "ip").t(" - - %s \"GET " % ts)
        path = R.choice(["/portal/workers/%s/fit-test/certificate.pdf" % p.emp,
                         "/portal/results?mrn=%s&type=benzene" % p.mrn,
                         "/portal/workers/%s/clearance" % p.emp])
        L.p(path, "url").t(" HTTP/2.0\" 200 %d \"https://portal.bayworks-clinic.com/portal/home\" \"%s\"" % (R.randint(2000, 90000), R.choice(UAS)))
    elif r < 0.48:
        L.p(pub_ip(), "ip").t(' - - %s "GET /static/js/app.%s.js HTTP/2.0" 200 %d "https://portal.bayworks-clinic.com/" "%s"' %
                              (ts, hexs(8), R.randint(40000, 400000), R.choice(UAS)))
    elif r < 0.8:
        L.t('10.42.7.%d - - %s "POST /kiosk/checkin HTTP/1.1" 201 %d "-" "BayWorksKiosk/4.2.1 (iPadOS 17.4)"' %
            (R.randint(20, 29), ts, R.randint(100, 900)))
    else:
        L.t('10.42.0.%d - - %s "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"' % (R.randint(2, 9), ts))
    return [L]


def g_x12():
    d = tick()
    out = []
    p = RETIREE if R.random() < 0.35 else pick()

    def seg(*parts):
        L = Line("x12")
        for x in parts:
            if isinstance(x, tuple):
                L.p(x[0], x[1])
            else:
                L.t(x)
        out.append(L)
    ctl = "%04d" % R.randint(1, 9999)
    seg("ST*837*%s*005010X222A1~" % ctl)
    seg("BHT*0019*00*%s*%s*%s*CH~" % (hexs(10).upper(), d.strftime("%Y%m%d"), d.strftime("%H%M")))
    seg("NM1*85*2*BAYWORKS OCCUPATIONAL CLINIC*****XX*%s~" % npi())
    seg("N3*%s~" % ORG_ADDR.upper())
    seg("N4*PORT NECHES*TX*776510000~")
    if p.retiree:
        seg("SBR*P*18*******MB~")
        seg("NM1*IL*1*", (p.last.upper(), "name"), "*", (p.first.upper(), "name"), "****MI*", (p.mbi, "health_plan"), "~")
    else:
        seg("SBR*P*18*%s******CI~" % R.choice(["TBR4471", "BRZ0093", "GCS2210"]))
        seg("NM1*IL*1*", (ascii_fold(p.last).upper(), "name"), "*", (ascii_fold(p.first).upper(), "name"), "****MI*", (p.member, "health_plan"), "~")
    seg("N3*", (ascii_fold(p.street).upper(), "address"), "~")
    seg("N4*", (p.city.upper(), "address"), "*%s*" % p.state, (p.zip, "zip"), "~")
    seg("DMG*D8*", (p.dob.strftime("%Y%m%d"), "date"), "*%s~" % p.sex)
    seg("NM1*PR*2*%s*****PI*%s~" % ("MEDICARE JH" if p.retiree else R.choice(["BCBSTX", "UHC", "AETNA"]), R.randint(10000, 99999)))
    seg("CLM*", (p.acct, "account"), "*%d.00***11:B:1*Y*A*Y*Y~" % R.randint(95, 400))
    seg("DTP*472*D8*", ((today() - dt.timedelta(days=R.randint(1, 12))).strftime("%Y%m%d"), "date"), "~")
    seg("HI*ABK:%s~" % R.choice(["D649", "Z5781", "J069", "E119"]))
    seg("SV1*HC:%s*%d.00*UN*1***1~" % (R.choice(["99213", "85025", "99214"]), R.randint(60, 250)))
    seg("SE*%d*%s~" % (len(out) + 1, ctl))
    return out


def g_fhir():
    d = tick()
    p = pick()
    L = Line("fhir")
    coll = d - dt.timedelta(hours=R.randint(2, 30))
    o = [("resourceType", "Observation"), ("id", "%s-%s-4%s-8%s-%s" % (hexs(8), hexs(4), hexs(3), hexs(3), hexs(12))),
         ("meta", [("versionId", str(R.randint(1, 4))), ("lastUpdated", iso_ms(d))]),
         ("status", "final"),
         ("category", A([[("coding", A([[("system", "http://terminology.hl7.org/CodeSystem/observation-category"), ("code", "laboratory")]]))]])),
         ("code", [("coding", A([[("system", "https://codes.tidewaterbasin.com/ih-lab"), ("code", "SPMA-U"),
                                  ("display", "S-phenylmercapturic acid/creatinine, urine")]]))]),
         ("subject", [("reference", S(("Patient/", None), (p.mrn, "mrn"))), ("display", P(name_fmt(p, "fl"), "name"))]),
         ("effectiveDateTime", P(coll.strftime("%Y-%m-%dT%H:%M:00-05:00"), "date")),
         ("valueQuantity", [("value", round(R.lognormvariate(1.2, 1.0), 1)), ("unit", "ug/g{creat}"), ("system", "http://unitsofmeasure.org")]),
         ("performer", A([[("display", "Gulf Coast Toxicology Lab")]]))]
    J(L, o, asc=True)
    return [L]


def g_teams():
    d = tick()
    L = Line("teams")
    author = R.choice(STAFF["ih"] + STAFF["rn"] + STAFF["medic"])
    r = R.random()
    base = [("createdDateTime", iso_z(d)), ("id", str(R.randint(10 ** 12, 10 ** 13))), ("channel", "TA24 IH & Medical"),
            ("from", author)]
    if r < 0.45:
        p = pick()
        k = R.random()
        L.t("{")
        for i, (kk, vv) in enumerate(base):
            if i:
                L.t(",")
            L.t('"%s":' % kk)
            J(L, vv)
        L.t(',"body":"')
        if k < 0.4:
            L.t("badge alarm on %s, " % R.choice(UNITS)).p(jstr(name_fmt(p, "fl")), "name").t(" (badge ").p(p.badge, "other_id")
            L.t(") peaked %d ppm, escorted to clinic" % R.randint(15, 50))
        elif k < 0.7:
            L.t("can someone pull S-PMA for ").p(p.mrn, "mrn").t("? creat looked dilute, may need recollect")
        else:
            L.p(jstr(name_fmt(p, "fi")), "name")
            L.t(" wearer ").p(p.wearer, "other_id").t(" hit 38.9C again, pulled off the job for the day, foreman aware")
        L.t('"}')
        return [L]
    else:
        msg = R.choice(["WBGT just crossed 88 at U42, going to 30/30 work/rest per HSP-007",
                        "bump station 3 out of cal gas, swapped cylinder lot 24-1187",
                        "PortaCount 8048 passed daily check, ready for walk-ins",
                        "medic 2 back in service after ambulance restock",
                        "reminder: S-PMA cups go in the fridge at gate 7, courier 1500",
                        "iNet gateway restarted 09:12, no data gap"])
        J(L, base + [("body", msg)])
    return [L]


GENS = [(g_onguard, 12), (g_lpr, 6), (g_badgehub, 7), (g_fitpro, 4), (g_pglog, 10), (g_hl7_oru, 1.5),
        (g_hl7_adt, 1.5), (g_inet, 11), (g_heat, 10), (g_wbgt, 13), (g_nemsis, 1.5), (g_cad, 9), (g_osha, 3),
        (g_note, 4), (g_sms, 5), (g_mirth, 5), (g_nginx, 9), (g_x12, 0.6), (g_fhir, 2.5), (g_teams, 5)]


def main():
    lines = []
    fns = [g for g, w in GENS]
    ws = [w for g, w in GENS]
    x12_done = 0
    while len(lines) < N_LINES:
        g = R.choices(fns, ws)[0]
        if g is g_x12:
            if x12_done >= 2:
                continue
            x12_done += 1
        recs = g()
        if len(lines) + len(recs) > N_LINES:
            continue
        lines.extend(recs)
    # validate
    with open("rk.log", "wb") as f, open("rk.labels.jsonl", "w", encoding="utf-8", newline="\n") as fl:
        for i, L in enumerate(lines, 1):
            b = L.bytes()
            if len(b) != L.n:
                raise SystemExit("length bookkeeping wrong on line %d" % i)
            if not b or b"\n" in b or b"\r" in b:
                raise SystemExit("bad line %d" % i)
            b.decode("utf-8")
            prev = 0
            spans = sorted(L.spans)
            for s, e, c, v in spans:
                if not (0 <= s < e <= len(b)):
                    raise SystemExit("span out of range line %d" % i)
                if s < prev:
                    raise SystemExit("overlap line %d" % i)
                prev = e
                if b[s:e].decode("utf-8") != v:
                    raise SystemExit("span text mismatch line %d: %r vs %r" % (i, b[s:e], v))
            if L.fam in ("badgehub", "inet", "sms", "fhir", "teams"):
                json.loads(b)
            f.write(b + b"\n")
            fl.write(json.dumps({"line": i, "family": L.fam,
                                 "spans": [{"s": s, "e": e, "cat": c} for s, e, c, v in spans]}) + "\n")
    nophi = sum(1 for L in lines if not L.spans)
    sys.stderr.write("lines=%d no_phi=%d (%.1f%%)\n" % (len(lines), nophi, 100.0 * nophi / len(lines)))


if __name__ == "__main__":
    main()
