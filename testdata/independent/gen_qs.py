#!/usr/bin/env python3
"""gen_qs.py -- synthetic, labeled log corpus "qs".

Theme: Keel Correctional Health Services (KCHS), the contracted healthcare
vendor of the Brannock County Justice Center (county jail, Brannock County
Sheriff's Office = BCSO, Ohio).  One day (2024-03-14, EDT) of a SIEM export
that collects the vendor's and the jail-side interface logs.  All people,
numbers and addresses are made up.  Standard library only, fixed seed.

Systems simulated (family names used in qs.labels.jsonl)
  kiosk_json    JusticeLink housing-unit kiosks, sick-call service (pino JSON)
  kiosk_syslog  kiosk Linux hosts (RFC3164 syslog; no PHI)
  emar_pipe     CorVista eMAR medication-pass records (pipe delimited)
  hl7v2         HL7 v2.5.1: ADT^A04 intake from the jail JMS, ORU^R01 from
                Tri-State Reference Lab (one segment per log line)
  intake_kv     intake medical screening service (key=value)
  transport     off-site transport dispatch to hospitals (logfmt)
  grievance_csv medical grievance tracker CSV export
  release_note  reentry / release-planning case-manager notes (free text)
  x12_271       Medicaid eligibility 271 responses (one segment per line)
  fhir          HIE bridge posting FHIR Patient / Observation (JSON)
  java_stack    CorVista EHR (Tomcat/Spring) errors with stack traces
  pg_audit      PostgreSQL log with pgaudit statements
  sms_gateway   appointment-reminder / family SMS gateway (JSON)
  nginx_access  EHR web + family reentry portal access logs
  jms_fixed     nightly BCSO roster feed, fixed width
  jms_xml       BCSO JMS booking events (single-line XML)
  bioverify     fingerprint identity check at med pass (bracketed text)
  copay_tsv     inmate trust-account medical copay / family deposit ledger
  teams_chat    staff chat export (Teams) about patients
  ops_ci        vendor deploy / backup / cert jobs (no PHI)

Labeling decisions (grey cases of this theme)
  * The served person is the detainee/patient.  Their relatives, emergency
    contacts and people picking them up at release are labeled too.
  * Staff are not PHI: nurses, providers (with their NPIs), deputies and
    their badge numbers, case managers, HSA, kiosk/IT accounts.
  * Jail identifiers of the person -> other_id: booking number, BCSO person
    ID (SO#/PIN), state SID, FBI number, court case number, grievance
    number, lab accession/specimen barcode, ankle-monitor case number.
    The vendor's EHR patient ID (CV########) and hospital MRNs -> mrn.
    Software workflow/ticket IDs (sick-call request id, med-pass event
    id, transport trip id, HL7 control ids, placer order numbers, SMS sids,
    trace ids) are NOT labeled.
  * Housing location (pod/cell/bunk) is a place inside the organisation's
    own facility shared over time -> not PHI.  Kiosks, carts, fingerprint
    scanners and county transport vans are organisation devices -> not PHI.
  * Inmate trust account numbers, hospital account numbers, HL7 PID-18 and
    PV1-19 visit numbers,
    full card numbers of depositing relatives -> account.  Masked card
    numbers (last 4 only) are not labeled.
  * Addresses: home address at booking and post-release residence, also
    when the residence is a shelter or sober house (it is the person's
    address then).  Hospitals, clinics, pharmacies as destinations and the
    jail's own address are not PHI.  ZIP is always its own zip span.
  * Dates: DOB, booking/admission, release, LMP, specimen collection,
    appointment, grievance submitted/response-due, symptom dates in free
    text, eligibility dates -> date.  The timestamp that starts a log
    line (its write time), HL7 MSH-7/EVN-2, X12 ISA/GS/BHT dates, drug
    expiry, build dates are not PHI.
  * SSN placeholders 000-00-0000 / 999999999 ("unknown") are not
    labeled; mistyped but real-looking SSNs are labeled ssn.
  * Names: split name fields (XML First/Last, FHIR family/given, HL7 XPN
    joined by ^, X12 NM1 joined by *) -> HL7 and X12 one span for the whole
    XPN/NM1 name run; XML/FHIR one span per element.  Street names and
    aliases ("a/k/a") are names.  Product/company names are not.
  * Whole URLs or request targets that carry a patient identifier are one
    url span (the identifier inside is not labeled separately).  Client
    IPs of relatives on the family reentry portal -> ip; staff workstation
    (10.x) and vendor server IPs -> not PHI.
  * Ages are labeled only over 89.  Fingerprint templates (base64 ISO FMR)
    -> biometric; booking photo base64 -> photo.  Personal phone IMEI,
    CPAP / insulin pump serials, ankle-monitor serial -> device.  Impounded
    or pickup vehicle VIN and plate -> vehicle.  Driver licence -> license.
  * SQL-escaped values (O''Malley) and JSON \\u escapes are labeled where
    their bytes are, in their escaped form.
"""
import base64
import datetime as dt
import hashlib
import json
import random
import unicodedata
import urllib.parse
import uuid

R = random.Random(20240314)
NLINES = 500


# ---------------------------------------------------------------- line model
class Line:
    def __init__(self, fam):
        self.fam = fam
        self.parts = []

    def t(self, *ss):
        for s in ss:
            self.parts.append((str(s), None, None, None))
        return self

    def p(self, s, cat, raw=None, dec=None):
        self.parts.append((str(s), cat, raw, dec))
        return self


class P:
    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class M:
    def __init__(self, *parts):
        self.parts = parts


def jenc(s, asc):
    return json.dumps(s, ensure_ascii=asc)[1:-1]


def jdec(s):
    return json.loads('"' + s + '"')


def J(L, v, asc=False, sep=(",", ":")):
    if isinstance(v, dict):
        L.t("{")
        for i, (k, x) in enumerate(v.items()):
            if i:
                L.t(sep[0])
            L.t(json.dumps(k) + sep[1])
            J(L, x, asc, sep)
        L.t("}")
    elif isinstance(v, list):
        L.t("[")
        for i, x in enumerate(v):
            if i:
                L.t(sep[0])
            J(L, x, asc, sep)
        L.t("]")
    elif isinstance(v, P):
        if isinstance(v.v, str):
            L.t('"').p(jenc(v.v, asc), v.cat, v.v, jdec).t('"')
        else:
            L.p(json.dumps(v.v), v.cat)
    elif isinstance(v, M):
        L.t('"')
        for part in v.parts:
            if isinstance(part, P):
                L.p(jenc(part.v, asc), part.cat, part.v, jdec)
            else:
                L.t(jenc(part, asc))
        L.t('"')
    else:
        L.t(json.dumps(v, ensure_ascii=asc))
    return L


def S(L, *items):
    """append a run of plain strings and P values"""
    for it in items:
        if isinstance(it, P):
            L.p(it.v, it.cat)
        else:
            L.t(it)
    return L


# ---------------------------------------------------------------- checksums
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


def npi(prefix9):
    return prefix9 + luhn_check("80840" + prefix9)


def card(prefix, n=16):
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(n - 1 - len(prefix)))
    return body + luhn_check(body)


def imei():
    body = "35" + "".join(str(R.randint(0, 9)) for _ in range(12))
    return body + luhn_check(body)


VIN_MAP = {**{str(i): i for i in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
           "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(wmi, vds, year_code, plant):
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    serial = "".join(str(R.randint(0, 9)) for _ in range(6))
    v = wmi + vds + "0" + year_code + plant + serial
    tot = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W))
    cd = tot % 11
    v = v[:8] + ("X" if cd == 10 else str(cd)) + v[9:]
    assert all(c in chars for c in v)
    return v


def ssn(valid=True):
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        g, s = R.randint(1, 99), R.randint(1, 9999)
        if valid:
            return f"{a:03d}-{g:02d}-{s:04d}"
        return f"9{R.randint(0,99):02d}-{g:02d}-{s:04d}"  # junk: area 9xx


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    AN = L + "0123456789"
    d = lambda: str(R.randint(0, 9))
    return (str(R.randint(1, 9)) + R.choice(L) + R.choice(AN) + d() + R.choice(L)
            + R.choice(AN) + d() + R.choice(L) + R.choice(L) + d() + d())


def deacc(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


# ---------------------------------------------------------------- people
NAMES = [  # first, middle, last, sex, lang
    ("José", "Luis", "García-Ochoa", "M", "es"),
    ("Zbigniew", "", "Kowalczyk", "M", "en"),
    ("Hunter", "James", "Rose", "M", "en"),
    ("Faith", "Ann", "Bishop", "F", "en"),
    ("Oluwaseun", "T", "Adeyemi", "M", "en"),
    ("Siobhán", "Marie", "O'Malley-Ferris", "F", "en"),
    ("DeShawn", "Andre", "Price", "M", "en"),
    ("Mariana", "", "de la Cruz", "F", "es"),
    ("Lan", "Thi", "Nguyễn", "F", "vi"),
    ("Ahmed", "Karim", "Al-Rashid", "M", "en"),
    ("Lakota", "", "Whitehorse", "M", "en"),
    ("Jean-Baptiste", "", "Pierre-Louis", "M", "en"),
    ("Bobby Joe", "", "Turner", "M", "en"),
    ("Destiny", "Rae", "Mills", "F", "en"),
    ("Grant", "", "Cook", "M", "en"),
    ("Autumn", "Leigh", "Snow", "F", "en"),
    ("Tyrell", "M", "Baker", "M", "en"),
    ("Priya", "", "Venkataraman", "F", "en"),
    ("Kaito", "R", "Brown", "M", "en"),
    ("Mary Kate", "", "Sullivan", "F", "en"),
    ("Dariusz", "", "Van der Berg", "M", "en"),
    ("Esperanza", "", "Villalobos Ruiz", "F", "es"),
    ("Clarence", "Edward", "Young", "M", "en"),
    ("Wendell", "", "Stone", "M", "en"),
    ("Krystal", "Dawn", "Wolf", "F", "en"),
    ("Mohammed", "", "Haddad", "M", "en"),
    ("Ruth", "Ellen", "Hale", "F", "en"),
    ("Iván", "", "Castañeda", "M", "es"),
    ("Shawna", "", "Little-Crow", "F", "en"),
    ("Earl", "Wayne", "Church", "M", "en"),
]
REL_F = ["Rosa", "Linda", "Tanya", "Huong", "Samira", "Gloria", "Bernadette", "Ines", "Roxanne", "Carmen",
         "Ngozi", "Patience", "Joy"]
REL_M = ["Marcus", "Derek", "Kwame", "Walter", "Reggie", "Tomás", "Bill"]
RELS = ["mother", "sister", "wife", "father", "girlfriend", "brother", "aunt", "grandmother", "husband"]
MALE_RELS = {"father", "brother", "husband"}
CITIES = [("Carvel", "43952"), ("Harmon", "43961"), ("Bellcastle", "43907"),
          ("New Antrim", "43974"), ("Piney Fork", "43941"), ("East Dunmore", "43986")]
STREETS = ["Linden Ave", "Pike St", "Water St", "Sycamore Ridge Rd", "Orchard Ln", "N 4th St",
           "Township Rd 212", "Maple Grove Ct", "Sunset Blvd", "Hollow Creek Rd", "Market St",
           "Church St", "Vine St", "Elm Terrace"]
AREAS = ["740", "740", "740", "330", "614", "304"]


def phone():
    ex = R.randint(201, 989)
    while ex % 100 == 11:
        ex += 1
    return AREAS[R.randrange(len(AREAS))], f"{ex:03d}", f"{R.randint(0, 9999):04d}"


def fmt_phone(ph, style):
    a, b, c = ph
    return {0: f"{a}-{b}-{c}", 1: f"({a}) {b}-{c}", 2: f"{a}{b}{c}", 3: f"+1{a}{b}{c}",
            4: f"{a}.{b}.{c}"}[style]


class Person:
    pass


BOOK_BASE = dt.date(2024, 3, 14)
people = []
used_bk = set()
for i, (fn, mn, ln, sex, lang) in enumerate(NAMES):
    p = Person()
    p.first, p.middle, p.last, p.sex, p.lang = fn, mn, ln, sex, lang
    if i == 27:
        p.dob = dt.date(1932, 7, 2)            # 91 years old
    elif i == 22:
        p.dob = dt.date(1933, 12, 19)          # 90 years old
    else:
        p.dob = dt.date(R.randint(1958, 2005), R.randint(1, 12), R.randint(1, 28))
    p.age = 2024 - p.dob.year - ((3, 14) < (p.dob.month, p.dob.day))
    p.ssn = ssn(valid=(i % 11 != 7))
    p.today = i in (0, 5, 9, 13, 21, 27)       # booked today
    p.book = BOOK_BASE if p.today else BOOK_BASE - dt.timedelta(days=R.randint(2, 140))
    yy = p.book.year % 100
    while True:
        bk = f"{yy}-{R.randint(100, 14000):06d}"
        if bk not in used_bk:
            used_bk.add(bk)
            break
    p.bk = bk
    p.so = f"{R.randint(100000, 899999):07d}"
    p.mrn = f"CV{R.randint(10000000, 99999999)}"
    p.sid = f"OH{R.randint(10000000, 99999999)}"
    p.fbi = f"{R.randint(100000, 999999)}{R.choice('ABCDEFHJKLM')}{R.choice('ABCDEFHJKLM')}{R.randint(1, 9)}"
    city, z = CITIES[R.randrange(len(CITIES))]
    p.street = f"{R.randint(3, 9899)} {R.choice(STREETS)}" + (f" Apt {R.randint(1, 24)}" if R.random() < .3 else "")
    p.city, p.zip = city, z
    p.phone = phone()
    p.dl = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + f"{R.randint(0, 999999):06d}"
    p.medicaid = f"10{R.randint(10**9, 10**10 - 1)}"
    p.mbi = mbi() if p.age >= 65 else None
    p.trust = f"81{R.randint(1000000, 9999999)}"
    p.hosp_acct = f"HAR{R.randint(10**9, 10**10 - 1)}"
    p.case = f"CR-2024-{R.randint(1, 999):06d}" if p.today or R.random() < .5 else f"CR-2023-{R.randint(1, 2999):06d}"
    p.grv = f"GRV-24-{R.randint(100, 1400):05d}"
    p.accn = f"L{R.randint(24060000, 24079999)}"
    p.rel = R.choice(RELS)
    if p.rel == "wife" and sex == "F":
        p.rel = "husband"
    if p.rel == "husband" and sex == "M":
        p.rel = "wife"
    rf = R.choice(REL_M if p.rel in MALE_RELS else REL_F)
    rl = p.last if R.random() < .6 else R.choice(["Henderson", "Ortiz", "Tran", "Walker", "Begay", "Novak"])
    p.ec_name = f"{rf} {rl}"
    p.ec_phone = phone()
    p.ec_email = f"{deacc(rf).lower()}.{deacc(rl).lower().replace(' ', '').replace(chr(39), '')}{R.randint(1, 98)}@{R.choice(['gmail.com', 'yahoo.com', 'outlook.com', 'att.net'])}"
    p.release = BOOK_BASE + dt.timedelta(days=R.randint(1, 30))
    p.cpap = f"2317{R.randint(1000000, 9999999)}" if i in (2, 22, 27) else None
    p.pump = f"NG{R.randint(1000000, 9999999)}H" if i in (6, 17) else None
    p.imei = imei()
    p.alias = R.choice(["Smoke", "Junior", "Lil J", "Chico", "Red", "Bird", "Ghost"]) if R.random() < .25 else None
    people.append(p)

for p in people:
    assert luhn_ok(p.imei)

STAFF_RN = ["RN K.Whitfield", "LPN M.Estévez", "RN T.Okonkwo", "LPN J.Hargrove", "RN S.Lindgren", "LPN A.Chaudhry"]
STAFF_USER = ["kwhitfield", "mestevez", "tokonkwo", "jhargrove", "slindgren", "achaudhry", "dferreira", "tnakamura"]
PROVIDERS = [("Helen", "Okafor", "MD", npi("145738902")), ("Raj", "Mehta-Sloane", "NP", npi("167203344")),
             ("Lucille", "Barnes", "DDS", npi("132998170")), ("Anton", "Grieg", "PsyD", npi("188207653"))]
DEPUTIES = ["Dep. R. Lindqvist #4471", "Dep. C. Amankwah #3902", "Sgt. T. Wróbel #2217", "Dep. L. Ferraro #4608"]
HOSPITALS = ["Mercy St. Anne Medical Center", "Harmon Valley Regional Hospital", "Trinity West ED",
             "OSU Wexner Medical Center"]
MEDS = [("00093-7180-01", "levetiracetam 500 mg tab", "1 tab PO BID"),
        ("68180-0513-01", "lisinopril 10 mg tab", "1 tab PO daily"),
        ("00378-0208-01", "buprenorphine 8 mg SL film", "1 film SL daily"),
        ("43547-0394-10", "sertraline 50 mg tab", "1 tab PO daily"),
        ("00169-4132-12", "insulin glargine 100 u/mL", "22 units SC qHS"),
        ("65162-0102-10", "metformin 500 mg tab", "1 tab PO BID"),
        ("00591-5307-01", "hydroxyzine 25 mg cap", "1 cap PO TID PRN"),
        ("60505-0141-01", "isoniazid 300 mg tab", "1 tab PO daily DOT"),
        ("00054-4297-25", "lithium carbonate 300 mg cap", "2 cap PO BID"),
        ("0904-6289-61", "albuterol HFA 90 mcg", "2 puffs inh q4h PRN")]
HOUSING = ["A1", "A2", "B1", "B2", "C1", "C2", "MED", "SEG", "W1"]
for p in people:
    p.housing = f"{R.choice(HOUSING)}-{R.randint(1, 32):02d}{R.choice('LU')}"
    p.meds = R.sample(MEDS, R.randint(1, 3))
ORG_ADDR = "1200 Sheriff Way, Carvel, OH 43952"
ORG_PHONE = "+17405550100"
ORG_NPI = npi("188105527")

# ---------------------------------------------------------------- time
T0 = dt.datetime(2024, 3, 14, 0, 0, 3)
clock = [T0]


def now():
    return clock[0]


def iso(t, ms=True, off=True):
    s = t.strftime("%Y-%m-%dT%H:%M:%S") + (f".{R.randint(0, 999):03d}" if ms else "")
    return s + ("-04:00" if off else "")


def epoch_ms(t):
    return int((t + dt.timedelta(hours=4) - dt.datetime(1970, 1, 1)).total_seconds() * 1000) + R.randint(0, 999)


def dfmt(d, style):
    return {"iso": d.strftime("%Y-%m-%d"), "us": d.strftime("%m/%d/%Y"), "hl7": d.strftime("%Y%m%d"),
            "short": f"{d.month}/{d.day}", "dmy": d.strftime("%d-%b-%Y").upper()}[style]


def name_up(p, mid=True):
    m = f" {p.middle[0]}" if (mid and p.middle) else ""
    return deacc(f"{p.last}, {p.first}{m}").upper()


def name_nat(p):
    return f"{p.first} {p.last}"


def pick(pred=None):
    pool = [p for p in people if (pred is None or pred(p))]
    return pool[R.randrange(len(pool))]


# ---------------------------------------------------------------- generators
SICK_TEXT = {
    "en": [["my tooth has been killing me since ", ("date_short", -5), " can't eat on the left side"],
           ["need refill on my inhaler, been out 2 days"],
           ["rash on both arms itching bad, started ", ("date_short", -3)],
           ["I'm diabetic and my sugar was 310 this morning. please call my ", ("rel",), " ", ("ec_name",), " at ", ("ec_phone",), " she has my doctor info"],
           ["headache and dizzy for 3 days"],
           ["I was on suboxone before I got locked up, need to see somebody about MAT"],
           ["seen at the ER on ", ("date_us", -9), " they said follow up with ortho and nobody called"],
           ["my CPAP got took at booking, serial ", ("cpap",), " its in my property"],
           ["hearing voices again, not sleeping"],
           ["glasses broke in the dayroom need new ones"]],
    "es": [["me duele la muela desde el ", ("date_short", -4), " no puedo comer"],
           ["necesito mi medicina para la presión"],
           ["tengo fiebre y tos hace 3 días"],
           ["por favor llamen a mi ", ("rel_es",), " ", ("ec_name",), " ", ("ec_phone",), " ella tiene mis recetas"]],
    "vi": [["tôi bị đau bụng từ ngày ", ("date_short", -2)], ["cần thuốc huyết áp"]],
}
REL_ES = {"mother": "mamá", "sister": "hermana", "wife": "esposa", "father": "papá", "girlfriend": "novia",
          "brother": "hermano", "aunt": "tía", "grandmother": "abuela", "husband": "esposo"}


def sick_body(p):
    tmpl = SICK_TEXT[p.lang][R.randrange(len(SICK_TEXT[p.lang]))]
    if ("cpap",) in tmpl and not p.cpap:
        tmpl = SICK_TEXT["en"][1]
    out = []
    for part in tmpl:
        if isinstance(part, str):
            out.append(part)
            continue
        k = part[0]
        if k == "date_short":
            out.append(P(dfmt(BOOK_BASE + dt.timedelta(days=part[1]), "short"), "date"))
        elif k == "date_us":
            out.append(P(dfmt(BOOK_BASE + dt.timedelta(days=part[1]), "us"), "date"))
        elif k == "rel":
            out.append(p.rel)
        elif k == "rel_es":
            out.append(REL_ES[p.rel])
        elif k == "ec_name":
            out.append(P(p.ec_name, "name"))
        elif k == "ec_phone":
            out.append(P(fmt_phone(p.ec_phone, R.choice([0, 2, 4])), "phone"))
        elif k == "cpap":
            out.append(P(p.cpap, "device"))
    return M(*out)


def g_kiosk_json():
    t = now()
    host = f"jl-kiosk-{R.choice(HOUSING[:6])}-{R.randint(1, 4):02d}"
    L = Line("kiosk_json")
    r = R.random()
    base = {"level": 30, "time": epoch_ms(t), "pid": R.randint(1800, 3100), "hostname": host,
            "name": "sickcall-svc", "reqId": uid()}
    if r < .45:
        p = pick()
        base.update({"msg": "sick call request submitted", "requestId": f"SCR-{R.randint(100000, 999999)}",
                     "bookingNo": P(p.bk, "other_id"), "inmate": P(name_up(p), "name"),
                     "housing": p.housing, "type": R.choice(["MEDICAL", "DENTAL", "MENTAL_HEALTH", "MEDICAL"]),
                     "lang": p.lang, "body": sick_body(p), "fw": "4.12.7"})
    elif r < .62:
        p = pick()
        base.update({"msg": "sick call triaged", "requestId": f"SCR-{R.randint(100000, 999999)}",
                     "pin": P(p.so, "other_id"), "priority": R.choice(["ROUTINE", "URGENT", "ROUTINE"]),
                     "triagedBy": R.choice(STAFF_USER[:6]), "slaHours": R.choice([24, 48, 4])})
    elif r < .8:
        base.update({"msg": "kiosk heartbeat", "uptimeSec": R.randint(1000, 900000), "queueDepth": R.randint(0, 9),
                     "app": "justicelink-kiosk", "version": "4.12.7+b2291", "diskFreeMb": R.randint(2000, 9000)})
    else:
        base.update({"level": 40, "msg": "session timed out before submit", "sessionMs": R.randint(60000, 180000),
                     "kioskId": host.upper(), "traceId": hexs(32)})
    return [J(L, base)]


def g_kiosk_syslog():
    t = now()
    host = f"jl-kiosk-{R.choice(HOUSING[:6])}-{R.randint(1, 4):02d}"
    ts = t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if t.day < 10 else t.strftime("%b %d %H:%M:%S")
    msgs = [f"systemd[1]: Started Chromium kiosk session for user kiosk.",
            f"kiosk-agent[{R.randint(600, 900)}]: heartbeat ok uptime={R.randint(100, 9000)}m temp={R.randint(38, 61)}C",
            f"NetworkManager[640]: <info>  [{epoch_ms(t) // 1000}.{R.randint(1000, 9999)}] dhcp4 (eth0): address 10.40.{R.randint(10, 14)}.{R.randint(20, 250)}",
            f"kernel: [{R.randint(1000, 99999)}.{R.randint(100000, 999999)}] usb 1-1.2: new full-speed USB device number {R.randint(2, 9)} using xhci_hcd",
            f"kiosk-agent[{R.randint(600, 900)}]: touchscreen calibration drift {R.randint(1, 4)}.{R.randint(0, 9)}px (threshold 5px)",
            f"CRON[{R.randint(20000, 30000)}]: (root) CMD (/opt/justicelink/bin/rotate-cache --max 512M)",
            f"kiosk-agent[{R.randint(600, 900)}]: PIN login rejected (attempt {R.randint(1, 3)}/3), lockout in effect for 300s",
            f"sshd[{R.randint(2000, 9000)}]: Accepted publickey for jlsupport from 198.51.100.{R.randint(2, 250)} port {R.randint(40000, 65000)} ssh2: ED25519 SHA256:{base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode()[:43]}"]
    return [Line("kiosk_syslog").t(f"<{R.choice([134, 30, 38, 86])}>{ts} {host} {R.choice(msgs)}")]


def g_emar():
    t = now()
    L = Line("emar_pipe")
    r = R.random()
    if r < .6:
        p = pick()
        ndc, med, sig = R.choice(p.meds)
        status = R.choice(["GIVEN", "GIVEN", "GIVEN", "REFUSED", "NO-SHOW", "HELD"])
        L.t(f"MEDPASS|{iso(t, ms=False)}|KCHS-EMAR|v7.3.2|EVT={hexs(8)}|BK=").p(p.bk, "other_id")
        if R.random() < .7:
            L.t("|PT=").p(p.mrn, "mrn")
        L.t("|").p(name_up(p), "name")
        L.t(f"|{p.housing}|NDC {ndc} {med}|DOSE={sig}|SCHED={max([x for x in ['0000', '0600', '0800', '1200', '1700', '2100'] if int(x) <= t.hour * 100 + t.minute])}|STATUS={status}")
        if status == "REFUSED":
            L.t("|RSN=pt refused, signed refusal form KCHS-114")
        if status == "HELD":
            L.t(f"|RSN=BP {R.randint(82, 96)}/{R.randint(48, 58)} hold per protocol")
        L.t(f"|BY={R.choice(STAFF_RN)}|LOT={R.choice('ABCLM')}{R.randint(22, 24)}{R.choice('ABCDEF')}{R.randint(100, 999)} EXP=202{R.randint(5, 6)}-{R.randint(1, 12):02d}|CART=MC-0{R.randint(1, 5)}")
    elif r < .87:
        L.t(f"CARTAUDIT|{iso(t, ms=False)}|KCHS-EMAR|v7.3.2|CART=MC-0{R.randint(1, 5)}|POD={R.choice(HOUSING)}|NARC_COUNT={R.randint(8, 30)}|COUNT=OK|WITNESS={R.choice(STAFF_RN)}|BY={R.choice(STAFF_RN)}")
    else:
        L.t(f"PASSSTART|{iso(t, ms=False)}|KCHS-EMAR|v7.3.2|POD={R.choice(HOUSING)}|PASS={R.choice(['AM', 'NOON', 'PM', 'HS'])}|PATIENTS={R.randint(12, 64)}|NURSE={R.choice(STAFF_RN)}|DEVICE=ZEBRA-TC52-{R.randint(10, 40)}")
    return [L]


def hl7_xpn(p):
    mid = deacc(p.middle).upper()
    return deacc(p.last).upper() + "^" + deacc(p.first).upper() + ("^" + mid if mid else "")


def g_hl7_adt(p=None):
    t = now()
    p = p or pick(lambda x: x.today)
    cid = f"BCSO{R.randint(1000000, 9999999)}"
    ts = t.strftime("%Y%m%d%H%M%S")
    out = [Line("hl7v2").t(f"MSH|^~\\&|SPILLMAN_JMS|BCSO|CORVISTA|KCHS|{ts}||ADT^A04^ADT_A01|{cid}|P|2.5.1|||AL|NE"),
           Line("hl7v2").t(f"EVN|A04|{ts}|||JMSINTF")]
    L = Line("hl7v2").t("PID|1||").p(p.mrn, "mrn").t("^^^KCHS^MR~").p(p.bk, "other_id").t("^^^BCSO^BKG~").p(p.so, "other_id")
    L.t("^^^BCSO^PI||").p(hl7_xpn(p), "name").t("||").p(dfmt(p.dob, "hl7"), "date").t(f"|{p.sex}||")
    L.t(R.choice(["2106-3", "2054-5", "2131-1"]) + "|")
    L.p(deacc(p.street).upper() + "^^" + p.city.upper(), "address").t("^OH^").p(p.zip, "zip").t("^USA||")
    a, b, c = p.phone
    L.t("^PRN^PH^^1^").p(f"{a}^{b}{c}", "phone").t("|||||")
    L.p(f"V{R.randint(10**8, 10**9 - 1)}", "account").t("|")
    if p.ssn.startswith("9"):
        L.t("999999999|")
    else:
        L.p(p.ssn.replace("-", ""), "ssn").t("|")
    L.p(p.dl, "license").t("^OH")
    out.append(L)
    L = Line("hl7v2").t("NK1|1|")
    ln, fn = p.ec_name.split(" ", 1)[1], p.ec_name.split(" ", 1)[0]
    L.p(deacc(ln).upper() + "^" + deacc(fn).upper(), "name").t(f"|{p.rel[:3].upper()}^{p.rel.title()}^HL70063||")
    ea, eb, ec = p.ec_phone
    L.p(f"({ea}){eb}-{ec}", "phone").t("||EC^Emergency Contact^HL70131")
    out.append(L)
    prov = PROVIDERS[0]
    L = Line("hl7v2").t(f"PV1|1|I|BCJC^{p.housing.split('-')[0]}^{p.housing.split('-')[1]}^BCJC||||{prov[3]}^{prov[1].upper()}^{prov[0].upper()}^^^^{prov[2]}^^^^NPI||||||||||||")
    L.p(f"{p.bk.replace('-', '')}01", "account").t("|||||||||||||||||||||||||")
    L.p(p.book.strftime("%Y%m%d") + t.strftime("%H%M"), "date")
    out.append(L)
    out.append(Line("hl7v2").t(f"AL1|1|DA|^{R.choice(['PENICILLIN', 'SULFA', 'NKDA', 'CODEINE', 'LATEX'])}^HL70127|{R.choice(['SV', 'MO', 'MI'])}|{R.choice(['HIVES', 'ANAPHYLAXIS', 'RASH', 'NAUSEA'])}"))
    out.append(Line("hl7v2").t(f"OBX|1|NM|8867-4^Heart rate^LN||{R.randint(58, 118)}|/min|60-100|N|||F"))
    return out


def g_hl7_oru():
    t = now()
    p = pick()
    ts = t.strftime("%Y%m%d%H%M%S")
    coll = BOOK_BASE - dt.timedelta(days=R.randint(1, 3))
    ordno = f"ORD{R.randint(100000, 999999)}"
    out = [Line("hl7v2").t(f"MSH|^~\\&|TSRL_LIS|TRISTATE|CORVISTA|KCHS|{ts}||ORU^R01^ORU_R01|TS{R.randint(10**7, 10**8 - 1)}|P|2.5.1")]
    L = Line("hl7v2").t("PID|1||").p(p.mrn, "mrn").t("^^^KCHS^MR||").p(hl7_xpn(p), "name").t("||").p(dfmt(p.dob, "hl7"), "date").t(f"|{p.sex}")
    out.append(L)
    out.append(Line("hl7v2").t(f"ORC|RE|{ordno}|").p(p.accn, "other_id").t(f"||CM||||{ts}|||{PROVIDERS[0][3]}^{PROVIDERS[0][1].upper()}^{PROVIDERS[0][0].upper()}"))
    test = R.choice([("87491", "Chlamydia trachomatis NAA", "NEGATIVE"), ("80178", "Lithium level", "0.9 mmol/L"),
                     ("85025", "CBC w/ diff", "see OBX"), ("86480", "QuantiFERON-TB Gold Plus", "NEGATIVE"),
                     ("80177", "Levetiracetam level", "14.2 ug/mL")])
    out.append(Line("hl7v2").t(f"OBR|1|{ordno}|").p(p.accn, "other_id").t(f"|{test[0]}^{test[1]}^CPT|||").p(coll.strftime("%Y%m%d") + f"{R.randint(6, 15):02d}{R.randint(0, 59):02d}", "date").t(f"||||||||{PROVIDERS[0][3]}^{PROVIDERS[0][1].upper()}^{PROVIDERS[0][0].upper()}||||||{ts}|||F"))
    out.append(Line("hl7v2").t(f"OBX|1|ST|{test[0]}^{test[1]}^CPT||{test[2]}||||||F|||{ts}|TSRL^Tri-State Reference Lab^CLIA 36D0987654"))
    return out


def g_intake_kv():
    t = now()
    L = Line("intake_kv")
    head = t.strftime("%Y-%m-%d %H:%M:%S") + f",{R.randint(0, 999):03d} "
    r = R.random()
    if r < .7:
        p = pick(lambda x: x.today) if R.random() < .6 else pick()
        L.t(head + f"INFO [intake-screen] screen_id=ISC-240314-{R.randint(1, 90):04d} bk=").p(p.bk, "other_id")
        L.t(f" stage={R.choice(['medical', 'mental_health', 'receiving'])} q_suicide_hx={R.choice('NNY')} q_current_si=N ciwa_ar={R.randint(0, 22)} cows={R.randint(0, 14)}")
        if p.sex == "F":
            L.t(" preg_test=NEG lmp=").p(dfmt(BOOK_BASE - dt.timedelta(days=R.randint(3, 40)), "iso"), "date")
        if p.age > 89:
            L.t(" age=").p(str(p.age), "age").t(" frailty=HIGH fall_risk=Y")
        else:
            L.t(f" age={p.age}")
        if R.random() < .4:
            L.t(" dob=").p(dfmt(p.dob, "iso"), "date")
        if p.cpap:
            L.t(" dme=CPAP dme_sn=").p(p.cpap, "device").t(" dme_in_property=Y")
        elif p.pump:
            L.t(" dme=INSULIN_PUMP dme_sn=").p(p.pump, "device")
        elif R.random() < .3:
            L.t(" property_phone_imei=").p(p.imei, "device")
        L.t(f" tb_symptoms=N screener={R.choice(['LPN.MEstevez', 'RN.TOkonkwo', 'LPN.JHargrove'])} dur_ms={R.randint(300, 2000)}")
    elif r < .85:
        L.t(head + f"INFO [intake-screen] queue depth={R.randint(0, 7)} oldest_wait_s={R.randint(10, 4000)} booking_desk=BCJC-SALLYPORT")
    else:
        L.t(head + f"WARN [intake-screen] form template KCHS-INT-12 v12.{R.randint(1, 4)} missing translation key 'q_tb_cough_2wk' for locale=vi, falling back to en")
    return [L]


def g_transport():
    t = now()
    L = Line("transport")
    r = R.random()
    head = f"ts={iso(t)} level=info svc=offsite-transport "
    if r < .45:
        p = pick()
        appt = BOOK_BASE + dt.timedelta(days=R.randint(1, 21))
        L.t(head + f"trip_id=TRP-24-03-{R.randint(100, 999):04d} bk=").p(p.bk, "other_id").t(" pt_mrn=").p(p.mrn, "mrn")
        L.t(f" dest=\"{R.choice(HOSPITALS)}\" dept={R.choice(['Orthopedics', 'Oncology', 'Dialysis', 'OB/GYN', 'Cardiology', 'Oral Surgery'])} appt=\"").p(appt.strftime("%Y-%m-%d") + f" {R.choice(['08:30', '09:30', '13:15', '14:00'])}", "date")
        L.t(f"\" escort_unit=CCSO-{R.randint(101, 130)} escorts=2 restraint={R.choice(['standard', 'waist_chain', 'none_medical'])} status=scheduled")
    elif r < .7:
        p = pick()
        L.t(head.replace("level=info", "level=warn") + f"trip_id=TRP-24-03-{R.randint(100, 999):04d} type=EMERGENT bk=").p(p.bk, "other_id")
        L.t(f" reason=\"{R.choice(['chest pain r/o MI', 'GLF with head strike', 'seizure >5 min', 'SI w/ laceration', 'DKA suspected'])}\" dest=\"{R.choice(HOSPITALS)} ED\" ems=\"Brannock County EMS Medic 7\" hosp_acct=").p(p.hosp_acct, "account")
        if R.random() < .5:
            L.t(" hosp_mrn=").p(f"MSA{R.randint(10**7, 10**8 - 1)}", "mrn")
        L.t(f" escort=\"{R.choice(DEPUTIES)}\" status=enroute")
    else:
        L.t(head + f"vehicle=CCSO-{R.randint(101, 130)} event=checkout odometer={R.randint(40000, 190000)} fuel={R.choice(['1/2', '3/4', 'F'])} driver_badge={R.randint(2000, 4999)} dispatcher=cad-02")
    return [L]


GRV_HDR = [False]


def csvq(s):
    return '"' + s.replace('"', '""') + '"'


def g_grievance():
    out = []
    if not GRV_HDR[0]:
        GRV_HDR[0] = True
        out.append(Line("grievance_csv").t("grievance_id,submitted_at,booking_no,inmate_name,category,status,assigned_to,response_due,summary"))
    p = pick()
    sub = BOOK_BASE - dt.timedelta(days=R.randint(0, 9))
    due = sub + dt.timedelta(days=7)
    L = Line("grievance_csv").p(p.grv, "other_id").t(",").p(sub.strftime("%Y-%m-%d") + f" {R.randint(6, 22):02d}:{R.randint(0, 59):02d}", "date").t(",")
    L.p(p.bk, "other_id").t(',"').p(name_up(p), "name").t('",')
    cat, summ = R.choice([("MEDICAL-DELAY", "put in 3 sick calls no response"), ("COPAY", "was charged copay twice for 1 visit"),
                          ("MEDICATION", "not getting my meds on time at HS pass"), ("DENTAL", "need dentist, tooth pulled wrong"),
                          ("STAFF-CONDUCT", "nurse wouldn't give me my inhaler, said \"come back later\""),
                          ("MENTAL-HEALTH", "asked to see psych 2 weeks ago")])
    L.t(f"{cat},{R.choice(['OPEN', 'UNDER-REVIEW', 'RESPONDED', 'APPEALED'])},HSA T.Nakamura,").p(due.strftime("%Y-%m-%d"), "date").t("," + csvq(summ))
    out.append(L)
    return out


SHELTERS = {"M": [("Carvel Mission Men's Shelter", "212 Water St, Carvel", "43952"),
                  ("New Hope Recovery House", "45 Elm Terrace, Harmon", "43961")],
            "F": [("Safe Harbor Women's Center", "1907 Market St, Bellcastle", "43907"),
                  ("New Hope Recovery House", "45 Elm Terrace, Harmon", "43961")]}


def g_release_note():
    t = now()
    p = pick()
    L = Line("release_note")
    cm = R.choice(["D. Ferreira", "A. Boateng", "K. Sato-Heller"])
    L.t(f"[{t.strftime('%Y-%m-%d %H:%M:%S')}] RELEASE-PLAN note by CM {cm} (KCHS Reentry): Pt ").p(f"{p.last}, {p.first}", "name")
    L.t(" (BK ").p(p.bk, "other_id").t(") ")
    if p.age > 89:
        L.p(str(p.age), "age").t(" y/o, ")
    else:
        L.t(f"{p.age} y/o, ")
    L.t("anticipated release ").p(dfmt(p.release, "us"), "date").t(" per court. ")
    r = R.random()
    if r < .5:
        L.t(f"Will reside w/ {p.rel} ").p(p.ec_name, "name").t(" at ").p(f"{p.street}, {p.city}", "address").t(" OH ").p(p.zip, "zip")
        L.t(", ph ").p(fmt_phone(p.ec_phone, R.choice([0, 1, 4])), "phone").t(". ")
    else:
        sh = R.choice(SHELTERS[p.sex])
        L.t(f"No stable housing; bed confirmed at {sh[0]}, ").p(sh[1], "address").t(" OH ").p(sh[2], "zip").t(". ")
    if p.mbi:
        L.t("Medicare reinstatement (MBI ").p(p.mbi, "health_plan").t(") + ")
    L.t("Medicaid reactivation submitted (ID ").p(p.medicaid, "health_plan").t("). ")
    appt = p.release + dt.timedelta(days=R.randint(2, 6))
    L.t(f"F/u {R.choice(['Harmon Valley CMHC', 'Brannock Co. Health Dept', 'Crossroads MAT Clinic'])} intake ").p(dfmt(appt, "us"), "date").t(f" {R.choice(['10:00', '13:30', '09:15'])}. ")
    x = R.random()
    if x < .25:
        L.t("Pickup by ").p(p.ec_name, "name").t(f", {R.choice(['2016 Honda Civic', '2009 Ford F-150', '2019 Kia Soul'])} OH plate ").p(f"{R.choice(['HBK', 'JRT', 'GZW', 'KLM'])} {R.randint(1000, 9999)}", "vehicle").t(". ")
    elif x < .45:
        L.t("Court-ordered EM; ankle monitor SN ").p(f"BI{R.randint(10**7, 10**8 - 1)}", "device").t(" case ").p(p.case, "other_id").t(". ")
    elif x < .65:
        L.t(f"{p.rel.title()} email for discharge packet: ").p(p.ec_email, "email").t(". ")
    L.t(f"30-day supply sent to Kroger Pharmacy #0{R.randint(400, 499)} (740-555-01{R.randint(10, 99)}).")
    return [L]


def g_x12():
    t = now()
    p = pick()
    ctl = f"{R.randint(1, 999999999):09d}"
    ymd, hm = t.strftime("%y%m%d"), t.strftime("%H%M")
    seg = lambda s: Line("x12_271").t(s)
    out = [seg(f"ISA*00*          *00*          *ZZ*OHMCDEDI       *ZZ*KCHSCLEAR      *{ymd}*{hm}*^*00501*{ctl}*0*P*:~"),
           seg(f"GS*HB*OHMCDEDI*KCHSCLEAR*{t.strftime('%Y%m%d')}*{hm}*{R.randint(1000, 99999)}*X*005010X279A1~"),
           seg(f"ST*271*{R.randint(1, 9999):04d}*005010X279A1~"),
           seg(f"BHT*0022*11*{hexs(10).upper()}*{t.strftime('%Y%m%d')}*{hm}~"),
           seg("HL*1**20*1~"), seg("NM1*PR*2*OHIO DEPARTMENT OF MEDICAID*****PI*MCDOH~"),
           seg("HL*2*1*21*1~"), seg(f"NM1*1P*2*KEEL CORRECTIONAL HEALTH SVCS*****XX*{ORG_NPI}~"),
           seg("HL*3*2*22*0~"), seg(f"TRN*2*{R.randint(10**9, 10**10 - 1)}*9KCHS00001~")]
    L = Line("x12_271").t("NM1*IL*1*").p(f"{deacc(p.last).upper()}*{deacc(p.first).upper()}" + (f"*{p.middle[0]}" if p.middle else ""), "name")
    L.t("****MI*").p(p.medicaid, "health_plan").t("~")
    out.append(L)
    out.append(Line("x12_271").t("N3*").p(deacc(p.street).upper(), "address").t("~"))
    out.append(Line("x12_271").t("N4*").p(p.city.upper(), "address").t("*OH*").p(p.zip, "zip").t("~"))
    out.append(Line("x12_271").t("DMG*D8*").p(dfmt(p.dob, "hl7"), "date").t(f"*{p.sex}~"))
    susp = R.random() < .5
    out.append(Line("x12_271").t("DTP*346*D8*").p(dfmt(p.book if susp else BOOK_BASE, "hl7"), "date").t("~"))
    if susp:
        out.append(seg("EB*6*IND*30**MC~"))
        out.append(seg("MSG*COVERAGE SUSPENDED - INCARCERATION REPORTED BY CO. 0-07~"))
    else:
        out.append(seg("EB*1*IND*30**MC*27~"))
    n = len(out) - 1
    out += [seg(f"SE*{n}*0001~"), seg(f"GE*1*{R.randint(1000, 99999)}~"), seg(f"IEA*1*{ctl}~")]
    return out


def g_fhir():
    t = now()
    p = pick()
    L = Line("fhir")
    L.t(f"{iso(t)} INFO  [hie-bridge] ")
    if R.random() < .55:
        L.t("POST https://hie.ohconnect.example.org/fhir/R4/Patient 201 body=")
        given = [P(p.first, "name")] + ([P(p.middle, "name")] if p.middle and len(p.middle) > 1 else [])
        a, b, c = p.phone
        res = {"resourceType": "Patient", "id": P("cv-" + p.mrn[2:], "mrn"),
               "meta": {"versionId": str(R.randint(1, 9)), "lastUpdated": iso(t)},
               "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.8812.1", "value": P(p.mrn, "mrn")},
                              {"system": "https://bcso.brannock.oh.us/jms/booking", "value": P(p.bk, "other_id")}],
               "name": [{"use": "official", "family": P(p.last, "name"), "given": given}],
               "gender": "male" if p.sex == "M" else "female", "birthDate": P(dfmt(p.dob, "iso"), "date"),
               "address": [{"line": [P(p.street, "address")], "city": P(p.city, "address"), "state": "OH", "postalCode": P(p.zip, "zip")}],
               "telecom": [{"system": "phone", "value": P(f"{a}-{b}-{c}", "phone"), "use": "home"}]}
        J(L, res, asc=True)
    else:
        L.t("POST https://hie.ohconnect.example.org/fhir/R4/Observation 201 body=")
        code = R.choice([("8480-6", "Systolic blood pressure", R.randint(100, 170), "mm[Hg]"),
                         ("2339-0", "Glucose [Mass/volume] in Blood", R.randint(70, 340), "mg/dL"),
                         ("72514-3", "Pain severity 0-10", R.randint(0, 10), "{score}")])
        res = {"resourceType": "Observation", "id": uid(), "status": "final",
               "code": {"coding": [{"system": "http://loinc.org", "code": code[0], "display": code[1]}]},
               "subject": {"reference": M("Patient/", P("cv-" + p.mrn[2:], "mrn"))},
               "effectiveDateTime": P(BOOK_BASE.strftime("%Y-%m-%d") + t.strftime("T%H:%M:00-04:00"), "date"),
               "valueQuantity": {"value": code[2], "unit": code[3]}}
        J(L, res, asc=True)
    return [L]


def g_java():
    t = now()
    thr = f"http-nio-8443-exec-{R.randint(1, 40)}"
    L = Line("java_stack").t(f"{t.strftime('%Y-%m-%d %H:%M:%S')}.{R.randint(0, 999):03d} ERROR [{thr}] ")
    kind = R.random()
    if kind < .6:
        p = pick()
        L.t("c.k.corvista.medpass.MedPassService - Failed to record administration for patient ").p(p.mrn, "mrn").t(" (bk ").p(p.bk, "other_id").t(")")
        out = [L,
               Line("java_stack").t("org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [uq_med_admin_evt]"),
               Line("java_stack").t("\tat org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:276)"),
               Line("java_stack").t("\tat org.springframework.orm.jpa.JpaTransactionManager.doCommit(JpaTransactionManager.java:566)"),
               Line("java_stack").t("\tat com.keelhealth.corvista.medpass.MedPassService.record(MedPassService.java:212)"),
               Line("java_stack").t(f"Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint \"uq_med_admin_evt\""),
               Line("java_stack").t(f"  Detail: Key (order_id, sched_ts)=({R.randint(100000, 999999)}, {t.strftime('%Y-%m-%d')} 06:00:00-04) already exists."),
               Line("java_stack").t("\t... 87 common frames omitted")]
    else:
        L.t("c.k.corvista.integration.PharmacyOutboundJob - NCPDP SCRIPT NewRx batch failed, will retry in 300s")
        out = [L,
               Line("java_stack").t(f"javax.net.ssl.SSLHandshakeException: PKIX path building failed: unable to find valid certification path to requested target (host=rx-gw.summitinstpharm.example.com:8443)"),
               Line("java_stack").t("\tat java.base/sun.security.ssl.Alert.createSSLException(Alert.java:131)"),
               Line("java_stack").t("\tat java.base/sun.security.ssl.TransportContext.fatal(TransportContext.java:371)"),
               Line("java_stack").t("\tat com.keelhealth.corvista.integration.PharmacyOutboundJob.send(PharmacyOutboundJob.java:88)"),
               Line("java_stack").t(f"\tat org.quartz.core.JobRunShell.run(JobRunShell.java:202)")]
    return out


def sqlq(s):
    return s.replace("'", "''")


def sqldec(s):
    return s.replace("''", "'")


def g_pg():
    t = now()
    head = f"{t.strftime('%Y-%m-%d %H:%M:%S')}.{R.randint(0, 999):03d} EDT [{R.randint(20000, 40000)}] "
    L = Line("pg_audit")
    r = R.random()
    if r < .4:
        p = pick()
        L.t(head + f"corvista_app@corvista LOG:  AUDIT: SESSION,{R.randint(100, 9999)},1,READ,SELECT,,,\"")
        q = R.random()
        if q < .4:
            L.t("SELECT id, last_name, first_name, dob, housing FROM patient WHERE booking_no = '").p(p.bk, "other_id").t("'")
        elif q < .7:
            L.t("SELECT * FROM patient WHERE upper(last_name) = '").p(sqlq(deacc(p.last).upper()), "name", deacc(p.last).upper(), sqldec).t("' AND dob = '").p(dfmt(p.dob, "iso"), "date").t("'")
        else:
            L.t("SELECT a.* FROM med_admin a JOIN patient p ON p.id=a.patient_id WHERE p.mrn = '").p(p.mrn, "mrn").t("' ORDER BY sched_ts DESC LIMIT 50")
        L.t("\",<not logged>")
    elif r < .5:
        p = pick()
        L.t(head + f"reentry_svc@corvista LOG:  AUDIT: SESSION,{R.randint(100, 9999)},1,WRITE,UPDATE,,,\"UPDATE release_plan SET contact_phone = '")
        L.p(fmt_phone(p.ec_phone, 2), "phone").t("', contact_name = '").p(sqlq(p.ec_name), "name", p.ec_name, sqldec).t(f"' WHERE booking_no = '").p(p.bk, "other_id").t("'\",<not logged>")
    elif r < .8:
        L.t(head + f"LOG:  checkpoint complete: wrote {R.randint(100, 9000)} buffers ({R.randint(1, 30)}.{R.randint(0, 9)}%); 0 WAL file(s) added, {R.randint(0, 3)} removed, {R.randint(0, 9)} recycled; write={R.randint(1, 270)}.{R.randint(100, 999)} s")
    else:
        L.t(head + f"corvista_app@corvista LOG:  duration: {R.randint(1, 4000)}.{R.randint(100, 999)} ms  statement: SELECT count(*) FROM sick_call WHERE status = 'PENDING' AND housing_pod = '{R.choice(HOUSING)}'")
    return [L]


def g_sms():
    t = now()
    L = Line("sms_gateway")
    r = R.random()
    sid = "SM" + hexs(32)
    if r < .45:
        p = pick()
        appt = BOOK_BASE + dt.timedelta(days=R.randint(3, 25))
        obj = {"ts": iso(t), "dir": "outbound", "from": ORG_PHONE, "to": P(fmt_phone(p.phone, 3), "phone"), "sid": sid,
               "status": "queued", "segments": 1,
               "body": M("Keel Health: reminder for ", P(p.first, "name"), " - follow-up at Harmon Valley CMHC on ",
                         P(appt.strftime("%m/%d"), "date"), " 10:00. Bring photo ID. Reply STOP to opt out.")}
    elif r < .7:
        p = pick()
        he = "he" if p.sex == "M" else "she"
        x = R.random()
        if x < .35:
            tail = (f". {he} needs seizure meds please, takes keppra 500 at home",)
        elif x < .7:
            tail = (f". when is {he} getting out? court said ", P(p.release.strftime("%m/%d"), "date"))
        else:
            tail = (". can I drop off glasses at the front desk?",)
        obj = {"ts": iso(t), "dir": "inbound", "from": P(fmt_phone(p.ec_phone, 3), "phone"), "to": ORG_PHONE, "sid": sid,
               "body": M("this is ", P(p.ec_name, "name"), ", ", P(p.first, "name"), "'s ", p.rel, *tail)}
    else:
        obj = {"ts": iso(t), "event": "status_callback", "sid": sid, "status": R.choice(["delivered", "sent", "undelivered"]),
               "error_code": R.choice([None, None, 30003, 30005]), "price": "-0.00790", "api_version": "2010-04-01",
               "messaging_service": "MG" + hexs(32)}
    return [J(L, obj, sep=(", ", ": "))]


UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 14; SM-A146U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.178 Mobile Safari/537.36"]


def g_nginx():
    t = now()
    ts = t.strftime("[%d/%b/%Y:%H:%M:%S -0400]")
    L = Line("nginx_access")
    r = R.random()
    if r < .25:
        p = pick()
        ip = f"10.40.3.{R.randint(10, 80)}"
        path = R.choice([f"/corvista/api/v3/patients/{p.mrn}/chart", f"/corvista/api/v3/patients/{p.mrn}/mar?days=7",
                         f"/corvista/ui/sickcall/queue?booking={p.bk}"])
        L.t(f"{ip} - {R.choice(STAFF_USER)} {ts} \"GET ").p(path, "url").t(f" HTTP/1.1\" 200 {R.randint(900, 80000)} \"https://ehr.keelhealth.example.com/corvista/ui/\" \"{UAS[0]}\" rt={R.randint(5, 900) / 1000:.3f}")
    elif r < .4:
        p = pick()
        ip = f"{R.choice([73, 98, 174, 24, 107])}.{R.randint(1, 254)}.{R.randint(0, 254)}.{R.randint(1, 254)}"
        L.p(ip, "ip").t(f" - - {ts} \"POST ")
        if R.random() < .5:
            q = urllib.parse.quote(f"{p.last}, {p.first}")
            L.p(f"/reentry/family/lookup?bk={p.bk}&name={q}", "url")
        else:
            L.t("/reentry/family/contact-form")
        L.t(f" HTTP/2.0\" {R.choice([200, 200, 302, 422])} {R.randint(200, 4000)} \"https://reentry.keelhealth.example.com/family\" \"{R.choice(UAS[1:])}\"")
    else:
        ip = f"10.40.{R.randint(3, 14)}.{R.randint(10, 250)}"
        path = R.choice(["/corvista/api/v3/medpass/queue?pod=" + R.choice(HOUSING), "/healthz", "/corvista/static/js/app.7f3c2a91.js",
                         "/corvista/api/v3/formulary?q=lisin", "/metrics", "/corvista/api/v3/sickcall/stats?range=24h"])
        L.t(f"{ip} - - {ts} \"GET {path} HTTP/1.1\" {R.choice([200, 200, 200, 304, 401])} {R.randint(0, 90000)} \"-\" \"{R.choice([UAS[0], 'kube-probe/1.28', 'Prometheus/2.49.1'])}\" rt={R.randint(1, 300) / 1000:.3f}")
    return [L]


def g_jms_fixed():
    t = now()
    out = [Line("jms_fixed").t(f"HDR BCSO-ROSTER     {t.strftime('%Y%m%d%H%M')} KCHS-EXTRACT V03 FAC=BCJC")]
    sel = R.sample(people, 9)
    for p in sel:
        L = Line("jms_fixed").t("D ")
        L.p(p.bk, "other_id").t(" " * (10 - len(p.bk)) + " ").p(p.so, "other_id").t(" ")
        nm = name_up(p)[:28]
        L.p(nm, "name").t(" " * (29 - len(nm))).p(p.dob.strftime("%Y%m%d"), "date").t(f" {p.sex} {R.choice('WBHAI')} {p.housing:<8} ")
        L.p(p.book.strftime("%Y%m%d"), "date").t(f" {R.choice(['PRETRIAL  ', 'SENTENCED ', 'HOLD-USM  ', 'PROB-VIOL '])}{R.choice(['M1', 'F4', 'F5', 'M3', 'F3'])}")
        out.append(L)
    out.append(Line("jms_fixed").t(f"TRL COUNT={len(sel):05d} POP=00{R.randint(380, 420)} CHK={hexs(8).upper()}"))
    return out


def g_jms_xml(p=None):
    t = now()
    p = p or (pick(lambda x: x.today) if R.random() < .6 else pick())
    ev = "BOOKED" if p.today else R.choice(["UPDATED", "RECLASSIFIED", "COURT-RETURN"])
    L = Line("jms_xml")
    L.t(f'<BookingEvent xmlns="urn:bcso:jms:1.2" ts="{iso(t)}"><EventType>{ev}</EventType><BookingNumber>').p(p.bk, "other_id")
    L.t("</BookingNumber><PersonID>").p(p.so, "other_id").t("</PersonID><SID>").p(p.sid, "other_id").t("</SID>")
    if R.random() < .5:
        L.t("<FBINumber>").p(p.fbi, "other_id").t("</FBINumber>")
    L.t("<PersonName><Last>").p(deacc(p.last).upper(), "name").t("</Last><First>").p(deacc(p.first).upper(), "name").t("</First>")
    if p.middle:
        L.t("<Middle>").p(deacc(p.middle).upper(), "name").t("</Middle>")
    L.t("</PersonName>")
    if p.alias:
        L.t("<AKA>").p(p.alias.upper(), "name").t("</AKA>")
    L.t("<DOB>").p(dfmt(p.dob, "iso"), "date").t(f"</DOB><Sex>{p.sex}</Sex>")
    if p.ssn.startswith("9") and R.random() < .5:
        L.t("<SSN>000-00-0000</SSN>")
    else:
        L.t("<SSN>").p(p.ssn, "ssn").t("</SSN>")
    L.t('<DLN state="OH">').p(p.dl, "license").t("</DLN><Address><Street>").p(deacc(p.street).upper(), "address")
    L.t("</Street><City>").p(p.city.upper(), "address").t("</City><State>OH</State><Zip>").p(p.zip, "zip").t("</Zip></Address>")
    L.t("<BookingDate>").p(p.book.strftime("%Y-%m-%d") + t.strftime("T%H:%M:00"), "date").t("</BookingDate>")
    L.t(f'<Charges><Charge orc="{R.choice(["2925.11", "2913.02", "2919.25", "4511.19"])}" level="{R.choice(["F5", "M1", "M1", "F4"])}" case="').p(p.case, "other_id").t('"/></Charges>')
    if R.random() < .45:
        wmi, vds, yc = R.choice([("1HG", "CM826", "G"), ("1FT", "FW1ET", "E"), ("KND", "JP3A5", "K")])
        L.t("<Impound><VIN>").p(vin(wmi, vds, yc, R.choice("ABCKL")), "vehicle").t('</VIN><Plate state="OH">').p(f"{R.choice(['JFK', 'HRT', 'GLQ'])}{R.randint(1000, 9999)}", "vehicle").t("</Plate><Tow>Ace Towing, 77 Foundry Rd</Tow></Impound>")
    if R.random() < .5:
        img = base64.b64encode(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(R.getrandbits(8) for _ in range(60))).decode()
        L.t('<Mugshot type="image/jpeg" enc="base64">').p(img, "photo").t("</Mugshot>")
    L.t(f"<ArrestingAgency>BCSO</ArrestingAgency><Officer>{R.choice(DEPUTIES)}</Officer></BookingEvent>")
    return [L]


def g_bio():
    t = now()
    L = Line("bioverify")
    head = f"[BioVerify 3.8.1] {t.strftime('%Y-%m-%d %H:%M:%S')}.{R.randint(0, 999):03d} "
    r = R.random()
    if r < .45:
        p = pick()
        score = R.random()
        tmpl = base64.b64encode(b"FMR\x00 20\x00\x00\x00\x01\x14" + bytes(R.getrandbits(8) for _ in range(45))).decode()
        L.t(head + ("INFO  match ok " if score > .3 else "WARN  match low ") + "subject=").p(p.bk, "other_id")
        L.t(f" finger={R.choice(['R-INDEX', 'L-INDEX', 'R-THUMB'])} score={0.6 + score * 0.39:.3f}")
        if R.random() < .7:
            L.t(" probe_tmpl=").p(tmpl, "biometric")
        L.t(f" station=MC-0{R.randint(1, 5)}")
    elif r < .8:
        L.t(head + f"INFO  scanner connected model=\"U.are.U 4500\" sn=DP45-{R.randint(1000, 9999)} usb=1-1.3 station=MC-0{R.randint(1, 5)}")
    else:
        L.t(head + f"INFO  gallery sync complete templates={R.randint(380, 430)} took={R.randint(200, 4000)}ms source=jms-bcso")
    return [L]


def g_copay():
    t = now()
    L = Line("copay_tsv")
    ts = t.strftime("%Y-%m-%d %H:%M:%S")
    r = R.random()
    if r < .5:
        p = pick()
        L.t(f"{ts}\tCOPAY\t").p(p.bk, "other_id").t("\t").p(p.trust, "account")
        L.t(f"\t{R.choice(['SICK_CALL', 'RX_FILL', 'DENTAL'])}\t-{R.choice(['3.00', '5.00', '2.00'])}\tbal={R.randint(0, 90)}.{R.randint(0, 99):02d}\tref=SCR-{R.randint(100000, 999999)}")
    elif r < .75:
        p = pick()
        L.t(f"{ts}\tDEPOSIT\t").p(p.bk, "other_id").t("\t").p(p.trust, "account").t(f"\t+{R.choice(['25.00', '40.00', '100.00'])}\tdepositor=").p(p.ec_name, "name")
        if R.random() < .3:
            L.t("\tpan=").p(card(R.choice(["4", "51", "6011"])), "account").t("\tdebug=1")
        else:
            L.t(f"\tpan=************{R.randint(1000, 9999)}")
        L.t(f"\tauth={R.randint(100000, 999999)}\tvia=TouchPay-Lobby")
    else:
        L.t(f"{ts}\tBATCH\t-\t-\tsettled\tn={R.randint(20, 80)}\ttotal={R.randint(100, 2000)}.{R.randint(0, 99):02d}\tfile=copay_{t.strftime('%Y%m%d')}.csv\tsha256={hexs(64)}")
    return [L]


def g_teams():
    t = now()
    p = pick()
    L = Line("teams_chat")
    who = R.choice(["Kim Whitfield", "Marco Estévez", "Tunde Okonkwo", "Helen Okafor", "Tomoko Nakamura", "Deb Ferreira"])
    L.t(f"{iso(t, ms=False)}\tchat=KCHS-BCJC-Nursing\tfrom={who}\tmsg=")
    r = R.random()
    if r < .4:
        L.t("can someone pull ").p(p.last, "name").t(f"'s {R.choice(['keppra level', 'lithium level', 'last A1c', 'CIWA scores'])}? {'he' if p.sex == 'M' else 'she'} seized in {p.housing.split('-')[0]} at {(t - dt.timedelta(minutes=R.randint(20, 300))).strftime('%H%M')}")
    elif r < .7:
        L.t(f"heads up {R.choice(['B2', 'MED', 'C1'])} is on lockdown, noon pass delayed ~45 min per Sgt. Wróbel")
    else:
        L.t("BK ").p(p.bk, "other_id").t(" going out to ").t(R.choice(HOSPITALS)).t(" for ortho appt, ")
        L.p(p.first, "name").t(" needs to be NPO after midnight")
    return [L]


def g_ops():
    t = now()
    z = (t + dt.timedelta(hours=4)).strftime("%Y-%m-%dT%H:%M:%SZ")
    L = Line("ops_ci")
    msgs = [f"{z} deploy corvista-api v7.3.{R.randint(1, 3)} (build 2024.03.13.{R.randint(4000, 4500)}, commit {hexs(40)}) -> prod-east by jenkins ok dur={R.randint(40, 400)}s",
            f"{z} backup pg_dump corvista done size={R.randint(12, 22)}.{R.randint(0, 9)}GiB dur=00:{R.randint(10, 59)}:{R.randint(10, 59)} target=s3://kchs-backups-prod/corvista/{t.strftime('%Y/%m/%d')}/ etag={hexs(32)}",
            f"{z} certbot renew: reentry.keelhealth.example.com valid until 2024-06-{R.randint(10, 28)} (no action)",
            f"{z} ansible play=kiosk-patch hosts=42 ok=40 changed=38 unreachable=2 failed=0 tag=jlk-4.12.7",
            f"{z} alertmanager RESOLVED HighLatency service=sickcall-svc p99={R.randint(300, 900)}ms span_id={hexs(16)}",
            f"{z} vendor-sftp put OUT/roster_ack_{t.strftime('%Y%m%d')}.dat to sftp.bcso.brannock.oh.us:22 bytes={R.randint(1000, 90000)} host=203.0.113.{R.randint(2, 250)}"]
    return [L.t(R.choice(msgs))]


GENS = [(g_kiosk_json, 14), (g_kiosk_syslog, 12), (g_emar, 15), (g_hl7_adt, 0.9), (g_hl7_oru, 1.0), (g_intake_kv, 6),
        (g_transport, 6), (g_grievance, 3), (g_release_note, 4), (g_x12, 0.3), (g_fhir, 3), (g_java, 1.4),
        (g_pg, 6), (g_sms, 5), (g_nginx, 11), (g_jms_xml, 3), (g_bio, 5), (g_copay, 5), (g_teams, 3), (g_ops, 7)]


def main():
    lines = []
    roster_done = elig_done = False
    fns, ws = zip(*GENS)
    while len(lines) < NLINES:
        clock[0] += dt.timedelta(seconds=R.randint(40, 300))
        forced = False
        if not roster_done and clock[0].hour >= 2:
            roster_done = forced = True
            recs = g_jms_fixed()          # nightly roster batch
        elif not elig_done and clock[0].hour >= 9:
            elig_done = forced = True
            recs = g_x12()                # morning Medicaid eligibility batch
        else:
            fn = R.choices(fns, weights=ws)[0]
            if fn in (g_release_note, g_teams, g_grievance) and not 7 <= clock[0].hour < 20:
                continue  # staff-driven systems are quiet at night
            recs = fn()
        if len(lines) + len(recs) > NLINES:
            continue
        # keep the share of PHI-bearing lines near 45 %
        phi_now = sum(1 for x in lines if any(c for _, c, _, _ in x.parts))
        phi_rec = sum(1 for x in recs if any(c for _, c, _, _ in x.parts))
        if not forced and lines and phi_rec and (phi_now + phi_rec) / (len(lines) + len(recs)) > 0.45 and R.random() < 0.6:
            continue
        lines.extend(recs)

    out_log, out_lab = [], []
    for n, L in enumerate(lines, 1):
        buf, spans, pos = [], [], 0
        for s, cat, raw, dec in L.parts:
            b = s.encode("utf-8")
            if cat:
                spans.append({"s": pos, "e": pos + len(b), "cat": cat, "_v": s, "_raw": raw, "_dec": dec})
            buf.append(b)
            pos += len(b)
        lb = b"".join(buf)
        text = lb.decode("utf-8")
        if not text or "\n" in text or "\r" in text:
            raise SystemExit(f"bad line {n}: empty or contains newline")
        prev = 0
        for sp in spans:
            if not (0 <= sp["s"] < sp["e"] <= len(lb)):
                raise SystemExit(f"line {n}: span out of range {sp}")
            if sp["s"] < prev:
                raise SystemExit(f"line {n}: overlapping spans {sp}")
            prev = sp["e"]
            got = lb[sp["s"]:sp["e"]].decode("utf-8")
            if got != sp["_v"]:
                raise SystemExit(f"line {n}: span text {got!r} != {sp['_v']!r}")
            if sp["_raw"] is not None and sp["_dec"] is not None and sp["_dec"](got) != sp["_raw"]:
                raise SystemExit(f"line {n}: span decodes to {sp['_dec'](got)!r} not {sp['_raw']!r}")
            if got != got.strip() or not got:
                raise SystemExit(f"line {n}: span has outer whitespace {got!r}")
        out_log.append(text)
        out_lab.append(json.dumps({"line": n, "family": L.fam,
                                   "spans": [{"s": s["s"], "e": s["e"], "cat": s["cat"]} for s in spans]},
                                  ensure_ascii=False))
    assert len(out_log) == NLINES
    with open("qs.log", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_log) + "\n")
    with open("qs.labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_lab) + "\n")


if __name__ == "__main__":
    main()
