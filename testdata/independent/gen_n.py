#!/usr/bin/env python3
"""Deterministic generator for heldout corpus 'n': clinical application server logs.

Writes n.log and n.labels.jsonl next to this script. Standard library only.
Lines are composed from plain strings and (value, category) tuples; byte offsets
(UTF-8, end exclusive) are computed during composition and verified afterwards.

Labelling conventions:
  * a contiguous full name (Jane Roe / ROE, JANE / ROE^JANE^M) is ONE name span;
    first/last in separate fields are separate spans. Clinician/staff names,
    usernames and NPIs are not labelled.  DEA numbers are labelled license.
  * street line and city are separate address spans; state is not labelled;
    zip (5, ZIP+4 or AAMVA 9-digit) is zip.
  * dates: only the patient date (birth/admission/discharge/death/service/
    appointment/collection/study/scheduled). Compact HL7/DICOM/ASTM datetimes
    are labelled as the whole token; log timestamps, query ranges, expiries not.
  * age only when >= 90 (the number, or the DICOM AS token like 093Y).
  * URL-encoded values are labelled in their encoded form.
  * other_id: accession / specimen / pathology case numbers, encounter/visit
    numbers, passport numbers. Order numbers, FHIR logical ids, DICOM UIDs,
    instrument serials, lot numbers are not labelled.
  * ip: public client IPs only; private/loopback and resolved server IPs not.
"""
import json
import os
import random

SEED = 20240611
N_LINES = 500
PHI_TARGET = 0.55  # fraction of lines containing PHI
CANDIDATES = 3    # candidates drawn per PHI line (rare-category balancing)

R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

# ----------------------------------------------------------------- composition
class Line:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []  # (s, e, cat, value)

    def add(self, *parts):
        for p in parts:
            if isinstance(p, tuple):
                val, cat = p
                b = val.encode("utf-8")
                s = len(self.buf)
                self.buf += b
                self.spans.append((s, len(self.buf), cat, val))
            else:
                self.buf += p.encode("utf-8")
        return self

    def text(self):
        return self.buf.decode("utf-8")


def L(family, *parts):
    return Line(family).add(*parts)

CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"}

# ----------------------------------------------------------------- value pools
FIRST = ["Jane", "Marcus", "Aiyana", "Oluwaseun", "Mei-Ling", "Dmitri", "Siobhan",
         "Rajesh", "Guadalupe", "Thanh", "Ingrid", "Kwame", "Fatima", "Hiroshi",
         "Zofia", "Tariq", "Leilani", "Bogdan", "Priyanka", "Esperanza", "Yusuf",
         "Anneliese", "Chidi", "Soo-ah", "Mateo", "Nkechi", "Elif", "Ravi",
         "Margarethe", "Tomasz", "Ayesha", "Declan", "Xiomara", "Kenji", "Ludmila",
         "Abimbola", "Henrik", "Paloma", "Dae-jung", "Wilhelmina", "Omar", "Björn",
         "José", "Zoë", "Renée", "Nguyen", "Ana Lucía", "Seamus", "Gulnara", "Efua"]
LAST = ["Roe", "Okonkwo", "Vasquez-Rivera", "Nakamura", "Kowalczyk", "Haddad",
        "O'Sullivan", "Chatterjee", "Fitzgerald", "Tran", "Lindqvist", "Mensah",
        "Al-Rashid", "Yamamoto", "Wiśniewska", "Abernathy", "Kealoha", "Petrović",
        "Ramaswamy", "Castillo", "Demir", "Schönberger", "Eze", "Park", "Moreau",
        "Adeyemi", "Öztürk", "Iyer", "Van der Berg", "Nowak", "Siddiqui",
        "MacLeod", "Quispe", "Takahashi", "Volkova", "Bankole", "Johansson",
        "Delgado", "Cho", "Featherstonehaugh", "Farouk", "Sørensen", "Muñoz",
        "Kapoor", "Begay", "Hernández", "Mbeki", "Lefebvre", "Nguyen", "Stein"]
MIDDLE = ["A", "B", "J", "K", "M", "R", "T", "Lee", "Marie", "Ann"]
DOCS = ["Dr. Ellen Marsh", "Dr. P. Okafor", "Dr. Samuel Brightwater", "Dr. Anika Varga", "Dr. L. Oyelaran"]
STAFF = ["Dr. Ellen Marsh", "Dr. P. Okafor", "K. Liang RN", "jdoran", "mwhitfield",
         "Dr. Samuel Brightwater", "A. Petersen, PharmD", "tech_lrivera", "rcastel"]

STREETS = ["Maple Ave", "N Halsted St", "Kingsbury Rd", "Calle Ocho", "Elm Street",
           "Old Mill Ln", "W 34th St", "Peachtree Ind Blvd", "Rue Dauphine",
           "Sycamore Ct", "County Road 12", "Lakeshore Dr", "Birchwood Terrace"]
CITIES = [("Springfield", "IL", "627"), ("Tacoma", "WA", "984"), ("Albuquerque", "NM", "871"),
          ("Duluth", "MN", "558"), ("Macon", "GA", "312"), ("Lowell", "MA", "018"),
          ("Fresno", "CA", "937"), ("Erie", "PA", "165"), ("Boise", "ID", "837"),
          ("Hialeah", "FL", "330"), ("Dayton", "OH", "454"), ("Provo", "UT", "846")]

FACILITIES = ["MERCY_GEN", "STLUKES", "NWMC", "RIVERSIDE_LAB", "CCHS", "UHMAIN"]
HOSTS = ["fhir-prod-02", "lis-app01", "pacs-gw-3", "ris-core", "portal-web-7",
         "sched-api-1", "erx-svc", "pyxis-bridge", "mirth-02", "path-lab-srv"]
DRUGS = ["oxyCODONE 5 mg tab", "heparin 5000 unit/mL", "vancomycin 1 g IV",
         "lorazepam 2 mg/mL inj", "metoprolol tartrate 25 mg", "insulin lispro 100 unit/mL",
         "ondansetron 4 mg ODT", "HYDROmorphone 1 mg/mL", "acetaminophen 650 mg"]
LOINC = [("2345-7", "Glucose [Mass/volume] in Serum or Plasma"), ("718-7", "Hemoglobin"),
         ("2160-0", "Creatinine"), ("4548-4", "Hemoglobin A1c"), ("6690-2", "WBC"),
         ("2951-2", "Sodium"), ("777-3", "Platelets"), ("1920-8", "AST")]
CPT = ["71046", "74177", "70450", "80053", "85025", "93000", "99213", "88305"]
ICD = ["E11.9", "I10", "J18.9", "N39.0", "C50.911", "Z79.4", "K35.80", "R07.9"]
MODALITIES = ["CT", "MR", "CR", "US", "DX", "MG", "NM", "PT"]


def pick(seq):
    return R.choice(seq)


def person():
    return pick(FIRST), pick(LAST)


def dob(lo=1930, hi=2022):
    y = R.randint(lo, hi)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


def fmt_date(ymd, style="iso"):
    y, m, d = ymd
    if style == "iso":
        return f"{y:04d}-{m:02d}-{d:02d}"
    if style == "us":
        return f"{m:02d}/{d:02d}/{y:04d}"
    if style == "compact":
        return f"{y:04d}{m:02d}{d:02d}"
    if style == "mon":
        return f"{d:02d}-{['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][m-1]}-{y}"
    raise ValueError(style)


def svc_date(style="iso"):
    return fmt_date((2024, R.randint(1, 12), R.randint(1, 28)), style)


def mrn():
    return pick([lambda: f"{R.randint(1000000, 9999999)}",
                 lambda: f"MRN{R.randint(100000, 999999)}",
                 lambda: f"E{R.randint(10000000, 99999999)}",
                 lambda: f"{R.randint(10, 99)}-{R.randint(100, 999)}-{R.randint(100, 999)}"])()


def ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        g = R.randint(1, 99)
        s = R.randint(1, 9999)
        return f"{a:03d}-{g:02d}-{s:04d}"


def phone(style=None):
    npa = f"{R.randint(2, 9)}{R.randint(0, 9)}{R.randint(0, 9)}"
    while npa[1:] == "11" or npa in ("555", "950", "958", "959", "976"):
        npa = f"{R.randint(2, 9)}{R.randint(0, 9)}{R.randint(0, 9)}"
    nxx = f"{R.randint(2, 9)}{R.randint(0, 9)}{R.randint(0, 9)}"
    while nxx[1:] == "11" or nxx == "555":
        nxx = f"{R.randint(2, 9)}{R.randint(0, 9)}{R.randint(0, 9)}"
    sub = f"{R.randint(0, 9999):04d}"
    style = style or pick(["paren", "dash", "dot", "e164", "plain"])
    return {"paren": f"({npa}) {nxx}-{sub}", "dash": f"{npa}-{nxx}-{sub}",
            "dot": f"{npa}.{nxx}.{sub}", "e164": f"+1{npa}{nxx}{sub}",
            "plain": f"{npa}{nxx}{sub}"}[style]


def luhn_complete(prefix, length):
    digits = [int(c) for c in prefix]
    while len(digits) < length - 1:
        digits.append(R.randint(0, 9))
    total = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 0:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        total += dgt
    return "".join(map(str, digits)) + str((10 - total % 10) % 10)


def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def card():
    kind = pick(["4", "51", "37", "6011"])
    n = luhn_complete(kind, 15 if kind == "37" else 16)
    assert luhn_ok(n)
    return n


def email(first, last):
    dom = pick(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "proton.me", "aol.com", "comcast.net"])
    f = first.lower().replace(" ", "").replace("'", "")
    l = last.lower().replace(" ", "").replace("'", "")
    f = f.encode("ascii", "ignore").decode()
    l = l.encode("ascii", "ignore").decode()
    return pick([f"{f}.{l}@{dom}", f"{f[0]}{l}{R.randint(1, 99)}@{dom}", f"{l}_{f}@{dom}"])


def mbi():
    # Medicare Beneficiary Identifier: C A AN N A AN N A A N N (no S,L,O,I,B,Z)
    A = "ACDEFGHJKMNPQRTUVWXY"
    AN = A + "0123456789"
    return (str(R.randint(1, 9)) + pick(A) + pick(AN) + str(R.randint(0, 9)) + pick(A) +
            pick(AN) + str(R.randint(0, 9)) + pick(A) + pick(A) + str(R.randint(0, 9)) +
            str(R.randint(0, 9)))


def member_id():
    return pick([lambda: f"W{R.randint(100000000, 999999999)}",
                 lambda: f"XEH{R.randint(100000000, 999999999)}",
                 lambda: f"{R.randint(100000000, 999999999)}01",
                 lambda: f"ZGP{R.randint(1000000, 9999999)}",
                 mbi])()


def public_ip():
    while True:
        a = R.randint(1, 223)
        if a in (10, 127, 0, 100, 169, 172, 192, 198, 203):
            continue
        return f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def private_ip():
    return pick([f"10.{R.randint(0,255)}.{R.randint(0,255)}.{R.randint(1,254)}",
                 f"192.168.{R.randint(0,255)}.{R.randint(1,254)}",
                 f"172.{R.randint(16,31)}.{R.randint(0,255)}.{R.randint(1,254)}",
                 "127.0.0.1"])


def accession():
    return pick([lambda: f"ACC{R.randint(10000000, 99999999)}",
                 lambda: f"RAD{R.randint(2024000000, 2024999999)}",
                 lambda: f"{R.randint(1000000, 9999999)}CT",
                 lambda: f"S24-{R.randint(1000, 99999)}"])()


def encounter():
    return pick([lambda: f"ENC{R.randint(10000000, 99999999)}",
                 lambda: f"V{R.randint(100000000, 999999999)}",
                 lambda: f"{R.randint(5000000000, 5999999999)}"])()


def hosp_account():
    return pick([lambda: f"HAR{R.randint(10000000, 99999999)}",
                 lambda: f"{R.randint(100000000000, 999999999999)}",
                 lambda: f"A{R.randint(1000000, 9999999)}"])()


def uuid():
    return "%08x-%04x-4%03x-%04x-%012x" % (R.getrandbits(32), R.getrandbits(16),
                                           R.getrandbits(12), 0x8000 | R.getrandbits(14),
                                           R.getrandbits(48))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ts_iso(ms=True):
    s = f"2024-{R.randint(1,12):02d}-{R.randint(1,28):02d}T{R.randint(0,23):02d}:{R.randint(0,59):02d}:{R.randint(0,59):02d}"
    return s + (f".{R.randint(0,999):03d}" if ms else "")


def ts_log():
    return f"2024-{R.randint(1,12):02d}-{R.randint(1,28):02d} {R.randint(0,23):02d}:{R.randint(0,59):02d}:{R.randint(0,59):02d},{R.randint(0,999):03d}"


def thread():
    return pick(["http-nio-8080-exec-", "qtp1147985808-", "pool-3-thread-", "task-", "main-worker-"]) + str(R.randint(1, 64))


def uid():
    return str(R.randint(1, 2)) + "." + ".".join(str(R.randint(1, 99999)) for _ in range(R.randint(6, 9)))


from urllib.parse import quote

MONTHS = ['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec']


def fmt_date2(ymd, style):
    y, m, d = ymd
    if style == "us_nopad":
        return f"{m}/{d}/{y}"
    if style == "hl7":
        return f"{y:04d}{m:02d}{d:02d}"
    if style == "long":
        return f"{MONTHS[m-1]} {d}, {y}"
    return fmt_date(ymd, style)


def old_age_dob():
    """(age >= 90, consistent date of birth) relative to a 2024 reference date."""
    age = R.randint(90, 104)
    return age, (2024 - age - 1, R.randint(7, 12), R.randint(1, 28))


def any_date(ymd):
    return fmt_date2(ymd, pick(["iso", "iso", "us", "compact", "mon", "us_nopad", "long"]))


def ymd_recent(y0=2024, y1=2025):
    return (R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28))


def nm(f, l, style=None, m=None):
    style = style or pick(["fl", "lf", "LF", "fml", "lfm"])
    m = m or pick(MIDDLE)
    if style == "fl":
        return f"{f} {l}"
    if style == "lf":
        return f"{l}, {f}"
    if style == "LF":
        return f"{l.upper()}, {f.upper()}"
    if style == "fml":
        return f"{f} {m[0]}. {l}"
    if style == "lfm":
        return f"{l}, {f} {m[0]}"
    if style == "pn":
        return f"{l.upper()}^{f.upper()}"
    if style == "pnm":
        return f"{l.upper()}^{f.upper()}^{m.upper()}"
    if style == "pn_mixed":
        return f"{l}^{f}"
    raise ValueError(style)


def addr():
    city, st, z3 = pick(CITIES)
    num = R.randint(2, 9899)
    street = f"{num} {pick(STREETS)}"
    if R.random() < 0.25:
        street += pick([f" Apt {R.randint(1, 40)}{pick('ABCD')}", f" #{R.randint(100, 999)}", f" Unit {R.randint(1, 12)}"])
    z = f"{z3}{R.randint(1, 99):02d}"
    if R.random() < 0.2:
        z += f"-{R.randint(1, 9999):04d}"
    return street, city, st, z


def dea():
    first = pick("ABFGM")
    second = pick("ABCDEFGHJKLMNPRSTW")
    d = [R.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first + second + "".join(map(str, d)) + str(chk)


def npi():
    while True:
        body = "1" + "".join(str(R.randint(0, 9)) for _ in range(8))
        for c in "0123456789":
            if luhn_ok("80840" + body + c):
                return body + c


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_TR = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1,2,3,4,5,6,7,8,1,2,3,4,5,7,9,2,3,4,5,6,7,8,9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    wmi = pick(["1HG", "1FT", "2T1", "3VW", "5YJ", "JTD", "WBA", "KMH", "1G1"])
    chars = list(wmi) + [pick(VIN_CHARS) for _ in range(5)] + ["0"] + [pick("ABCDEFGHJKLMNPRSTVWXY123456789")] + \
            [pick(VIN_CHARS)] + [str(R.randint(0, 9)) for _ in range(6)]
    tot = sum((int(c) if c.isdigit() else VIN_TR[c]) * w for c, w in zip(chars, VIN_W))
    r = tot % 11
    chars[8] = "X" if r == 10 else str(r)
    return "".join(chars)


def plate():
    return pick([lambda: f"{R.randint(1,9)}{''.join(pick('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{R.randint(100,999)}",
                 lambda: f"{''.join(pick('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}-{R.randint(1000,9999)}",
                 lambda: f"{''.join(pick('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(2))}{R.randint(10,99)} {''.join(pick('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}"])()


def imei():
    return luhn_complete(pick(["35", "86", "01", "99"]) + str(R.randint(100000, 999999)), 15)


def mac(sep=":"):
    return sep.join(f"{R.randint(0, 255):02X}" for _ in range(6))


def passport():
    return pick([lambda: f"{pick('ABCEFGHKLMNPRSTXY')}{R.randint(1000000, 9999999)}",
                 lambda: f"{R.randint(500000000, 599999999)}",
                 lambda: f"{pick('CFGHJK')}{pick('ABCDEFGHJKLMNP')}{R.randint(1000000, 9999999)}"])()


def dl_number(st):
    return {"IL": lambda: f"{pick('ABCDEFGHJKLMNPRSTW')}{R.randint(100, 999)}-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}",
            "CA": lambda: f"{pick('ABCDEFGHJKLMNPRSTW')}{R.randint(1000000, 9999999)}",
            "WA": lambda: f"WDL{''.join(pick('ABCDEFGHJKLMNPRSTUVWXYZ0123456789') for _ in range(9))}",
            "FL": lambda: f"{pick('ABCDEFGHJKLMNPRSTW')}{R.randint(100, 999)}-{R.randint(100, 999)}-{R.randint(10, 99)}-{R.randint(100, 999)}-0"}.get(
        st, lambda: f"{pick('ABCDEFGHJKLMNPRSTW')}{R.randint(10000000, 99999999)}")()


def dev_serial():
    return pick([lambda: f"PJN{R.randint(100000, 999999)}H",     # pacemaker-like
                 lambda: f"NG{R.randint(1000000, 9999999)}H",      # insulin pump-like
                 lambda: f"RLA{R.randint(100000, 999999)}S",       # ICD-like
                 lambda: f"8{''.join(pick('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(5))}",  # CGM transmitter-like
                 lambda: f"SN{R.randint(10, 99)}-{R.randint(100000, 999999)}"])()


def pub_ip_or_v6():
    if R.random() < 0.12:
        return f"2600:{R.randint(0x1700, 0x1fff):x}:{hexs(4)}:{hexs(4).lstrip('0') or '0'}::{hexs(3)}"
    return public_ip()


def instr_sn():
    return f"{R.randint(1000, 9999)}-{R.randint(10, 99)}"


def order_no():
    return pick([lambda: f"ORD{R.randint(10000000, 99999999)}", lambda: f"{R.randint(100000000, 999999999)}",
                 lambda: f"PO-{R.randint(100000, 999999)}"])()


def qc_lot():
    return f"{R.randint(10000000, 99999999)}"


def b64(n):
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(pick(al) for _ in range(n))


def spring_prefix(level="INFO", logger="c.m.s.AppointmentService"):
    return (f"{ts_iso()}-05:00 {level:>5} 1 --- [{pick(['scheduling','portal-api','erx'])}] "
            f"[{pick(['nio-8080-exec-','task-','scheduling-'])}{R.randint(1, 20)}] {logger:<40} : ")


def django_prefix(level="ERROR", logger="django.request"):
    return f"[{ts_log()}] {level} [{logger}:{R.randint(40, 400)}] "


def rails_prefix(level="I", lvl="INFO"):
    return f"{level}, [{ts_iso(False)}.{R.randint(0, 999999):06d} #{R.randint(1000, 40000)}] {lvl:>5} -- : [{uuid()}] "


def mirth_prefix(level="INFO", channel=None):
    channel = channel or pick(["LIS_ORU_OUT", "ADT_IN", "RIS_ORM_IN", "PHARM_RDE_OUT"])
    return f"{level:<5} {ts_log().replace(',', '.')} [Channel Dispatch Thread on {channel} ({uuid()}) < Destination Filter/Transformer JavaScript Task] "


def syslog_prefix(host, prog):
    return f"{pick(MONTHS)} {R.randint(1, 28):>2} {R.randint(0,23):02d}:{R.randint(0,59):02d}:{R.randint(0,59):02d} {host} {prog}[{R.randint(300, 60000)}]: "


def dcm_prefix():
    return f"{R.randint(0,23):02d}:{R.randint(0,59):02d}:{R.randint(0,59):02d},{R.randint(0,999):03d} {pick(['INFO ', 'WARN ', 'DEBUG'])} [{pick(['DicomServiceRegistry', 'StoreSCP', 'FindSCP', 'MWLSCP', 'Association'])}] "


def hapi_prefix(level="INFO", logger="ca.uhn.fhir.jpa.search.SearchCoordinatorSvcImpl"):
    return f"{ts_log().replace(',', '.')} [{thread()}] {level:<5} {logger} - "


def hl7_sep():
    return pick(["\\r", "<CR>", "\\x0d"])
# ----------------------------------------------------------------- generators
# Each generator: gen(phi: bool) -> Line. If phi is False the line must carry no spans.
GENS = []


def gen(family, weight=1.0):
    def deco(f):
        GENS.append((family, f, weight))
        return f
    return deco


def qenc(s):
    return quote(s, safe="")


# ============================ FHIR =====================================
@gen("hapi_fhir_request", 2.0)
def g_hapi_request(phi):
    ln = L("hapi_fhir_request", hapi_prefix("INFO", "ca.uhn.fhir.rest.server.interceptor.LoggingInterceptor"))
    ln.add("Path[/fhir] Source[")
    if phi and R.random() < 0.4:
        ln.add((pub_ip_or_v6(), "ip"))
    else:
        ln.add(private_ip())
    ln.add("] Operation[search-type ")
    if phi:
        k = R.randrange(8)
        if k == 7:
            f, l = person()
            handle = (f[0] + l).lower().encode("ascii", "ignore").decode().replace(" ", "").replace("'", "")
            ln.add("Patient] UA[okhttp/4.12.0] Params[?telecom=", (qenc(f"https://twitter.com/{handle}{R.randint(1, 999)}"), "url"), "]")
        elif k == 0:
            f, l = person()
            ln.add("Patient] UA[", pick(["Mozilla/5.0", "okhttp/4.12.0", "Epic-Interconnect/10.2"]), "] Params[?family=", (qenc(l), "name"),
                   "&given=", (qenc(f), "name"), "&birthdate=", (fmt_date(dob()), "date"), "]")
        elif k == 1:
            ln.add("Patient] UA[HAPI-FHIR/7.0.2 (FHIR Client)] Params[?identifier=",
                   qenc("urn:oid:2.16.840.1.113883.3.7418.2.1|"), (mrn(), "mrn"), "&_revinclude=Encounter:subject]")
        elif k == 2:
            ln.add("Patient] UA[python-requests/2.31.0] Params[?phone=", (phone(pick(["plain", "dash"])), "phone"), "&_count=10]")
        elif k == 3:
            f, l = person()
            ln.add("Patient] UA[Mozilla/5.0] Params[?name=", (qenc(f"{f} {l}"), "name"), "&address-postalcode=", (addr()[3][:5], "zip"), "&gender=", pick(["female", "male"]), "]")
        elif k == 4:
            ln.add("Coverage] UA[okhttp/4.12.0] Params[?subscriber-id=", (member_id(), "health_plan"), "&status=active]")
        elif k == 5:
            ln.add("Patient] UA[curl/8.4.0] Params[?identifier=", qenc("http://hl7.org/fhir/sid/us-ssn|"), (ssn(), "ssn"), "]")
        else:
            f, l = person()
            ln.add("Patient] UA[Mozilla/5.0] Params[?email=", (qenc(email(f, l)), "email"), "&active=true]")
        ln.add(" ResponseEncoding[JSON] Operation[", str(R.randint(11, 900)), "ms]")
    else:
        lc = pick(LOINC)[0]
        ln.add(pick(["Observation] UA[okhttp/4.9.3] Params[?code=http://loinc.org|" + lc + "&_count=50&_sort=-date]",
                     "Practitioner] UA[HAPI-FHIR/6.8.0] Params[?_lastUpdated=gt2024-01-01&_count=100]",
                     "Encounter] UA[python-requests/2.31] Params[?status=finished&_summary=count]",
                     f"Patient] UA[okhttp/4.12.0] Params[?_id={R.randint(1000, 999999)}&_elements=id,meta]",
                     f"Organization] UA[curl/8.4.0] Params[?identifier=http://hl7.org/fhir/sid/us-npi|{npi()}]",
                     f"Condition] UA[HAPI-FHIR/7.0.2] Params[?code=http://hl7.org/fhir/sid/icd-10-cm|{pick(ICD)}&_summary=count]",
                     f"ServiceRequest] UA[Mozilla/5.0] Params[?code=http://www.ama-assn.org/go/cpt|{pick(CPT)}&status=active]"]),
               " ResponseEncoding[JSON] Operation[", str(R.randint(11, 900)), "ms]")
    return ln


@gen("fhir_proxy_access", 1.0)
def g_fhir_access(phi):
    ln = L("fhir_proxy_access")
    if phi:
        ln.add((pub_ip_or_v6(), "ip"))
    else:
        ln.add(private_ip())
    ln.add(f" - {pick(['-', 'smart-app-7', 'svc_epic_bridge'])} [{R.randint(1, 28):02d}/{pick(MONTHS)}/2024:{R.randint(0,23):02d}:{R.randint(0,59):02d}:{R.randint(0,59):02d} -0500] \"GET /fhir/R4/")
    if phi:
        k = R.randrange(4)
        if k == 0:
            f, l = person()
            ln.add("Patient?family=", (qenc(l), "name"), "&birthdate=eq", (fmt_date(dob()), "date"))
        elif k == 1:
            ln.add(f"Patient/{R.randint(1000, 99999)}/$everything?_since=2024-01-01T00:00:00Z")
        elif k == 2:
            ln.add("Patient?identifier=MRN|", (mrn(), "mrn"), "&_format=json")
        else:
            ln.add("Appointment?patient=Patient/", str(R.randint(1000, 99999)), "&date=ge", (fmt_date(ymd_recent()), "date"))
    else:
        ln.add(pick([f"metadata", f"Observation?category=laboratory&_count=200&_getpagesoffset={R.randint(0, 40)*200}",
                     f"Patient/{R.randint(1000, 99999)}/_history/{R.randint(1, 9)}", ".well-known/smart-configuration",
                     f"ValueSet/$expand?url=http://hl7.org/fhir/ValueSet/administrative-gender"]))
    ln.add(f" HTTP/1.1\" {pick(['200', '200', '200', '304', '401', '404'])} {R.randint(200, 90000)} \"-\" \"{pick(['Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)', 'okhttp/4.12.0', 'Apache-HttpClient/4.5.14 (Java/17.0.9)'])}\" rt={R.randint(1, 2000)/1000:.3f}")
    return ln


@gen("hapi_fhir_validation", 1.6)
def g_hapi_validation(phi):
    if phi:
        k = R.randrange(6)
        ln = L("hapi_fhir_validation", hapi_prefix("ERROR", pick(["ca.uhn.fhir.rest.server.interceptor.RequestValidatingInterceptor",
                                                                   "ca.uhn.fhir.validation.FhirValidator"])))
        if k == 0:
            f, l = person()
            b = dob()
            ln.add("HAPI-0450: Failed to parse request body as JSON resource. Error was: HAPI-1861: Failed to parse JSON encoded FHIR content: "
                   "Unexpected character (',' (code 44)): was expecting double-quote to start field name at [line: 9, column: 4] near "
                   "'\"name\":[{\"family\":\"", (l, "name"), "\",\"given\":[\"", (f, "name"), "\"]}],,\"birthDate\":\"", (fmt_date(b), "date"), "\"'")
        elif k == 1:
            ln.add(f"Validation failed for Patient/{R.randint(1000, 99999)}: [ERROR] Patient.telecom[0].value: value '",
                   (phone(pick(["paren", "dot"])), "phone"), "' does not match regex for system 'phone' (http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient|6.1.0)")
        elif k == 2:
            ln.add("OperationOutcome: [error] Patient.identifier[1].value - Identifier '", (ssn(), "ssn"),
                   "' with system http://hl7.org/fhir/sid/us-ssn is not permitted by profile (invariant us-core-ssn-1)")
        elif k == 3:
            s, c, st, z = addr()
            ln.add("HAPI-0389: Failed to call access method: Patient.address[0]: Invalid postalCode '", (z, "zip"),
                   "' for state ", st, "; line='", (s, "address"), "', city='", (c, "address"), "'")
        elif k == 5:
            ln.add(f"[WARNING] Patient.photo[0].url: URL value '", (f"https://portal.example-health.org/media/patient-photos/{R.randint(100000, 999999)}.jpeg", "photo"),
                   "' does not resolve (Attachment.contentType image/jpeg)")
        else:
            f, l = person()
            ln.add("Unprocessable Entity (422) POST /fhir/Patient: duplicate detected by MDM: candidate '", (nm(f, l, "fl"), "name"),
                   "' DOB ", (fmt_date(dob()), "date"), f" matches golden resource Patient/{R.randint(1000, 99999)} score=0.{R.randint(80, 99)}")
        return ln
    ln = L("hapi_fhir_validation", hapi_prefix(pick(["WARN", "INFO", "ERROR"]), pick(["ca.uhn.fhir.validation.FhirValidator",
                                                                                    "org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain"])))
    lc, ln_name = pick(LOINC)
    ln.add(pick([
        f"Observation.code: None of the codings provided are in the value set 'LOINC Codes' (http://hl7.org/fhir/ValueSet/observation-codes), and a coding is recommended to come from this value set (codes = http://loinc.org#{lc})",
        f"Loaded StructureDefinition http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient|6.1.0 in {R.randint(20, 900)}ms",
        f"HAPI-1094: Unknown code 'http://snomed.info/sct#{R.randint(100000000, 999999999)}' for in-line code",
        f"Condition.code.coding[0]: Code '{pick(ICD)}' validated against http://hl7.org/fhir/sid/icd-10-cm version 2024 OK",
        f"Terminology cache hit ratio {R.randint(50, 99)}.{R.randint(0,9)}% ({R.randint(1000, 90000)} entries, max {R.randint(100,200)}k)",
        f"Bundle.entry[{R.randint(0, 40)}].resource: Rule dom-6: A resource should have narrative for robust management (severity WARNING)"]))
    return ln


@gen("fhir_bulk_export", 1.0)
def g_bulk(phi):
    if phi:
        ln = L("fhir_bulk_export", hapi_prefix("WARN", "ca.uhn.fhir.jpa.bulk.export.svc.JpaBulkExportProcessor"))
        k = R.randrange(6)
        pid = R.randint(1000, 99999)
        if k == 0:
            f, l = person()
            ln.add(f"Skipping Patient/{pid} in Group/cohort-{R.randint(1, 30)}: failed to serialize; content=",
                   "{\"resourceType\":\"Patient\",\"id\":\"", str(pid), "\",\"name\":[{\"family\":\"", (l, "name"),
                   "\",\"given\":[\"", (f, "name"), "\"]}],\"gender\":\"", pick(["female", "male"]), "\",\"birthDate\":\"", (fmt_date(dob()), "date"), "\"}")
        elif k == 1:
            ln.add(f"ndjson line {R.randint(1, 90000)} of Patient.ndjson rejected by consumer: \"deceasedDateTime\":\"",
                   (fmt_date(ymd_recent(2022, 2024)), "date"), "\", \"identifier\":[{\"system\":\"urn:oid:1.2.36.146.595.217.0.1\",\"value\":\"", (mrn(), "mrn"), "\"}]")
        elif k == 3:
            ln.add(f"Device/{R.randint(1000, 99999)} missing udiCarrier, exported without UDI: ", "{\"resourceType\":\"Device\",\"serialNumber\":\"",
                   (dev_serial(), "device"), f"\",\"deviceName\":[{{\"name\":\"{pick(['Implantable cardioverter defibrillator', 'Insulin pump', 'Cochlear implant'])}\"}}],\"patient\":{{\"reference\":\"Patient/{pid}\"}}}}")
        elif k == 4:
            f, l = person()
            ln.add(f"Patient/{pid} telecom entry dropped (system=url unsupported by consumer): ", "{\"system\":\"url\",\"value\":\"",
                   (pick([f"https://www.linkedin.com/in/{f.lower().encode('ascii', 'ignore').decode().replace(' ', '-')}-{l.lower().encode('ascii', 'ignore').decode().replace(' ', '').replace(chr(39), '')}-{hexs(4)}",
                          f"https://instagram.com/{l.lower().encode('ascii', 'ignore').decode().replace(' ', '').replace(chr(39), '')}_{R.randint(1950, 2005)}"]), "url"), "\"}")
        elif k == 5:
            ln.add(f"Patient/{pid}.photo[0] attachment too large ({R.randint(2, 20)} MB), replaced by url: ",
                   (f"https://fhir-prod-02.example-health.org/fhir/Binary/{hexs(16)}", "photo"))
        else:
            s, c, st, z = addr()
            ln.add(f"Patient/{pid} address normalization failed during export: ", "{\"line\":[\"", (s, "address"), "\"],\"city\":\"", (c, "address"),
                   "\",\"state\":\"", st, "\",\"postalCode\":\"", (z, "zip"), "\"}")
        return ln
    ln = L("fhir_bulk_export", hapi_prefix("INFO", pick(["ca.uhn.fhir.batch2.coordinator.JobCoordinatorImpl", "ca.uhn.fhir.jpa.bulk.export.svc.BulkDataExportJobSchedulingHelperImpl"])))
    ln.add(pick([
        f"Job {uuid()} (BULK_EXPORT) transitioned IN_PROGRESS -> COMPLETED; _type=Patient,Observation,Condition _since=2024-01-01T00:00:00Z files={R.randint(1, 40)} resources={R.randint(1000, 900000)}",
        f"$export-poll-status jobId={uuid()} -> 202 X-Progress: \"Build in progress - Status set to IN_PROGRESS at {ts_iso()}\"",
        f"Purging {R.randint(1, 40)} expired Binary resources for completed export jobs older than 2h",
        f"Kick-off $export requested by client_id=population-health-app scope=system/*.read outputFormat=application/fhir+ndjson",
        f"Wrote Binary/{hexs(16)} ({R.randint(1, 99)} MB, sha256={hexs(64)})"]))
    return ln


@gen("fhir_audit_json", 1.3)
def g_audit_json(phi):
    keyset = pick([("patientName", "dob", "mrn", "patientId"), ("patient_name", "birth_date", "medical_record_number", "patient_id"),
                   ("ptNm", "ptDob", "ptMrn", "ptId"), ("PatientName", "DateOfBirth", "MRN", "PatientID")])
    ln = L("fhir_audit_json", "{\"@timestamp\":\"", ts_iso(), "Z\",\"level\":\"", pick(["INFO", "WARN"]), "\",\"logger\":\"",
           pick(["AuditTrail", "com.acme.fhir.audit.AuditEventSink", "BreakGlassMonitor"]), "\",\"user\":\"", pick(STAFF), "\",")
    if phi:
        f, l = person()
        ln.add("\"action\":\"", pick(["read", "vread", "search", "break-glass"]), "\",\"", keyset[0], "\":\"", (nm(f, l, pick(["fl", "LF", "lf"])), "name"), "\"")
        if R.random() < 0.7:
            ln.add(",\"", keyset[1], "\":\"", (fmt_date(dob()), "date"), "\"")
        if R.random() < 0.7:
            ln.add(",\"", keyset[2], "\":\"", (mrn(), "mrn"), "\"")
        ln.add(",\"", keyset[3], "\":", str(R.randint(1000, 99999)), ",\"srcIp\":\"", private_ip(), "\"}")
    else:
        ln.add("\"action\":\"", pick(["search", "export", "read"]), "\",\"resourceType\":\"", pick(["Observation", "Practitioner", "Location", "Patient"]),
               "\",\"", keyset[3], "\":", str(R.randint(1000, 99999)), ",\"count\":", str(R.randint(0, 500)), ",\"srcIp\":\"", private_ip(),
               "\",\"traceId\":\"", hexs(32), "\"}")
    return ln


# ============================ LAB ======================================
@gen("lis_specimen_label", 1.2)
def g_lis_specimen(phi):
    ln = L("lis_specimen_label", "[", ts_iso(), "] LIS-LABEL ")
    if phi:
        f, l = person()
        ln.add("printer=ZBR-", str(R.randint(1, 40)), " accn=", (f"{R.randint(24, 25)}-{R.randint(1, 365):03d}-{R.randint(1, 9999):05d}", "other_id"),
               " label=\"", (nm(f, l, "LF"), "name"), " | DOB ", (fmt_date(dob(), "us"), "date"),
               " | MRN ", (mrn(), "mrn"), " | ", pick(["SST GOLD", "LAV EDTA", "LT BLUE CIT", "URINE CUP", "GRN LI HEP"]),
               " | COLL ", (fmt_date(ymd_recent(2024, 2024), "us"), "date"), f" {R.randint(0,23):02d}{R.randint(0,59):02d}\" status=PRINTED")
    else:
        ln.add("printer=ZBR-", str(R.randint(1, 40)), " batch=", str(R.randint(1000, 9999)), " labels=", str(R.randint(1, 60)),
               " status=", pick(["PRINTED", "RETRY", "PAPER_OUT"]), " queue_ms=", str(R.randint(3, 900)), " fw=V", f"{R.randint(60,90)}.{R.randint(10,20)}.{R.randint(1,9)}Z",
               " order=", order_no())
    return ln


@gen("lis_hl7_oru", 1.4)
def g_lis_hl7(phi):
    sep = hl7_sep()
    ctrl = f"MSG{R.randint(10000, 999999)}"
    fac = pick(FACILITIES)
    ln = L("lis_hl7_oru", mirth_prefix("INFO", "LIS_ORU_OUT"))
    if phi:
        f, l = person()
        s, c, st, z = addr()
        lc, lname = pick(LOINC)
        ln.add("Sent: MSH|^~\\&|SUNQUEST|", fac, "|EPIC|", fac, f"|2024{R.randint(1,12):02d}{R.randint(1,28):02d}{R.randint(0,23):02d}{R.randint(0,59):02d}||ORU^R01^ORU_R01|{ctrl}|P|2.5.1", sep,
               "PID|1||", (mrn(), "mrn"), f"^^^{fac}^MR||", (nm(f, l, pick(["pnm", "pn"])), "name"), "||", (fmt_date(dob(), "compact"), "date"),
               f"|{pick('MFU')}|||", (s.upper(), "address"), "^^", (c.upper(), "address"), f"^{st}^", (z, "zip"))
        if R.random() < 0.5:
            ln.add("^USA||", (phone("paren"), "phone"))
        ln.add(sep, f"OBR|1|{order_no()}|", (f"{R.randint(24, 25)}{R.randint(1, 365):03d}{R.randint(1000, 9999)}", "other_id"),
               f"|{lc}^{lname}^LN|||", (f"2024{R.randint(1,12):02d}{R.randint(1,28):02d}{R.randint(0,23):02d}{R.randint(0,59):02d}", "date"),
               sep, f"OBX|1|NM|{lc}^{lname}^LN||{R.randint(1, 400)/10}|{pick(['mg/dL', 'g/dL', 'mmol/L', '10*3/uL'])}|{pick(['N', 'H', 'L', 'HH'])}|||F")
    else:
        ln.add(pick([
            f"Sent: MSH|^~\\&|EPIC|{fac}|SUNQUEST|{fac}|2024{R.randint(1,12):02d}{R.randint(1,28):02d}{R.randint(0,23):02d}{R.randint(0,59):02d}||ACK^R01^ACK|ACK{R.randint(10000, 999999)}|P|2.5.1{sep}MSA|AA|{ctrl}",
            f"Queue LIS_ORU_OUT depth={R.randint(0, 400)} sent={R.randint(100, 90000)} errored={R.randint(0, 5)} lastAck={ctrl}",
            f"Received: MSH|^~\\&|EPIC|{fac}|SUNQUEST|{fac}|2024{R.randint(1,12):02d}{R.randint(1,28):02d}||MFN^M08|{ctrl}|P|2.5.1{sep}MFE|MAD|||{pick(LOINC)[0]}^{pick(LOINC)[1]}^LN",
            f"Transformer step 4 (map OBX-3 to local code) completed in {R.randint(1, 90)}ms for {ctrl}"]))
    return ln


@gen("lis_instrument_astm", 1.2)
def g_astm(phi):
    inst = pick(["cobas8000", "AU5800", "ARCHITECT_i2000", "Sysmex_XN-1000", "Atellica_CH", "VITROS_5600"])
    ln = L("lis_instrument_astm", f"{ts_log()} {inst} {pick(['RX', 'TX'])} ")
    frame = R.randint(1, 7)
    if phi:
        k = R.randrange(2)
        if k == 0:
            f, l = person()
            ln.add(f"<STX>{frame}P|1||", (mrn(), "mrn"), "||", (nm(f, l, pick(["pn", "pnm"])), "name"), "||", (fmt_date(dob(), "compact"), "date"),
                   f"|{pick('MFU')}<CR><ETX>{hexs(2).upper()}<CR><LF>")
        else:
            ln.add(f"<STX>{frame}O|1|", (f"{R.randint(24000000, 25999999)}", "other_id"), f"^{R.randint(1, 50)}^{R.randint(1, 5)}||^^^{pick(['GLU', 'K', 'NA', 'CREA', 'HBA1C', 'TROPI'])}|R||",
                   (f"2024{R.randint(1,12):02d}{R.randint(1,28):02d}{R.randint(0,23):02d}{R.randint(0,59):02d}00", "date"), f"|||||||||SERUM<CR><ETX>{hexs(2).upper()}<CR><LF>")
    else:
        ln.add(pick([
            f"<STX>{frame}H|\\^&|||{inst}^{R.randint(1, 9)}.{R.randint(0, 99):02d}^{instr_sn()}|||||LIS|TSREQ^REAL|P|1<CR><ETX>{hexs(2).upper()}<CR><LF>",
            f"<STX>{frame}R|1|^^^{pick(['GLU', 'K', 'NA', 'CREA'])}^QC1|{R.randint(10, 900)/10}|{pick(['mg/dL', 'mmol/L'])}||N||F||||2024{R.randint(1,12):02d}{R.randint(1,28):02d}{R.randint(0,23):02d}{R.randint(0,59):02d}00<CR><ETX>{hexs(2).upper()}<CR><LF>",
            f"<STX>{frame}Q|1|^QC-LOT{qc_lot()}||ALL||||||||O<CR><ETX>{hexs(2).upper()}<CR><LF>",
            f"<ENQ> -> <ACK> link established port=/dev/ttyS{R.randint(0, 3)} baud=9600 SN={instr_sn()}",
            f"<STX>{frame}L|1|N<CR><ETX>{hexs(2).upper()}<CR><LF>",
            f"Reagent pack {pick(['GLU3', 'CREJ2', 'ALTL'])} lot {qc_lot()} onboard stability {R.randint(1, 28)}d remaining, tests left {R.randint(0, 800)}"]))
    return ln


@gen("lis_result_flow", 1.3)
def g_lis_result(phi):
    ln = L("lis_result_flow", f"{ts_log()} {pick(['INFO', 'WARN'])} [{pick(['AutoVerify', 'CriticalCall', 'DeltaCheck', 'ResultRouter'])}] ")
    lc, lname = pick(LOINC)
    if phi:
        k = R.randrange(4)
        f, l = person()
        if k == 0:
            ln.add(f"CRITICAL {lname} {R.randint(1, 300)/10} accn ", (f"{R.randint(24, 25)}-{R.randint(1, 365):03d}-{R.randint(1, 9999):05d}", "other_id"),
                   " called to ", pick(STAFF), " read-back OK; pt ", (nm(f, l, "LF"), "name"), " age ", (str(R.randint(90, 104)), "age"))
        elif k == 1:
            ln.add(f"Delta check failed LOINC {lc}: prev {R.randint(1, 300)/10} -> curr {R.randint(1, 300)/10} for MRN ", (mrn(), "mrn"),
                   " (", (nm(f, l, "lf"), "name"), f", {pick(['F', 'M'])}/", str(R.randint(18, 89)), f"y); held for review rule DC-{R.randint(1, 40)}")
        elif k == 2:
            age, bd = old_age_dob()
            ln.add("Result held: specimen ", (f"{R.randint(24000000, 25999999)}", "other_id"), " collected ", (fmt_date(ymd_recent(2024, 2024)), "date"),
                   f" hemolysis index {R.randint(50, 400)} > limit; patient DOB ", (fmt_date(bd, "us"), "date"), " age=", (str(age), "age"))
        else:
            ln.add("Unsolicited result could not be matched: name='", (nm(f, l, "pn_mixed"), "name"), "' dob=", (fmt_date(dob(), "compact"), "date"),
                   " ssn=", (ssn(), "ssn"), " -> routed to manual reconciliation queue")
    else:
        ln.add(pick([
            f"Rule AV-CHEM-{R.randint(1, 40)} v{R.randint(1, 9)} evaluated {R.randint(100, 9000)} results, held {R.randint(0, 200)}, errors 0",
            f"Delta check config loaded: LOINC {lc} ({lname}) threshold {R.randint(10, 60)}% window {R.randint(24, 96)}h",
            f"Dose-range context: weight {R.randint(40, 120)} kg age {R.randint(18, 89)} y CrCl {R.randint(15, 120)} mL/min -> no alert (rule CR-{R.randint(1, 20)})",
            f"Critical call compliance for shift: {R.randint(10, 60)} calls, median {R.randint(2, 30)} min, 0 > 60 min",
            f"Order {order_no()} test {pick(CPT)} resulted by instrument SN {instr_sn()} run {R.randint(1000, 9999)}",
            f"Reference range update for LOINC {lc}: {R.randint(1, 50)}-{R.randint(60, 200)} effective version 2024.{R.randint(1, 4)}"]))
    return ln


@gen("pathology_lis", 1.0)
def g_path(phi):
    ln = L("pathology_lis", f"{ts_log()} {pick(['INFO', 'WARN'])} {pick(['CoPath.CaseManager', 'Beaker.AP', 'PowerPath.Workflow'])} - ")
    case = f"{pick(['S', 'SP', 'C', 'FS'])}{R.randint(24, 25)}-{R.randint(1, 99999):05d}"
    if phi:
        k = R.randrange(3)
        f, l = person()
        if k == 0:
            ln.add("Case ", (case, "other_id"), " (", (nm(f, l, "LF"), "name"), "; MRN ", (mrn(), "mrn"), "; DOB ", (fmt_date(dob(), "us"), "date"),
                   f") status {pick(['ACCESSIONED', 'GROSSING', 'HISTOLOGY'])} -> {pick(['GROSSING', 'HISTOLOGY', 'SIGNOUT'])} by {pick(STAFF)}")
        elif k == 1:
            ln.add(f"Synoptic CAP eCC {pick(['Breast.Invasive', 'Colon.Resection', 'Prostate.Biopsy'])} 4.{R.randint(1, 9)}.0.0 finalized for case ", (case, "other_id"),
                   f", {R.randint(1, 12)} blocks, signed by {pick(STAFF)}")
        else:
            ln.add("Frozen section ", (case, "other_id"), f" OR-{R.randint(1, 20)} called to surgeon; procedure date ", (fmt_date(ymd_recent(2024, 2024)), "date"),
                   " pt ", (nm(f, l, "fl"), "name"), " ", (str(R.randint(90, 99)), "age"), "yo")
    else:
        ln.add(pick([
            f"Slide scanner Aperio GT450 SN {instr_sn()} scanned {R.randint(20, 400)} slides, avg {R.randint(30, 90)}s/slide, {R.randint(0, 5)} rescans",
            f"Cassette printer CP-{R.randint(1, 6)} queue flushed ({R.randint(0, 80)} jobs)",
            f"CPT {pick(['88305', '88307', '88342', '88331'])} auto-assigned by specimen protocol {pick(['SKIN-BX', 'GI-BX', 'PROSTATE-12'])} v{R.randint(1, 9)}",
            f"Stain run IHC-{R.randint(1000, 9999)} on BenchMark ULTRA SN {instr_sn()}: {R.randint(10, 60)} slides, antibody lot {qc_lot()}"]))
    return ln
# ============================ RADIOLOGY ================================
def dicom_extras(ln, fmt, allow_age=True):
    """Optionally append less common patient-module attributes. fmt(tag, keyword) -> prefix string."""
    opts = R.sample(range(5), R.randint(0, 2))
    for o in opts:
        if o == 2 and not allow_age:
            continue
        if o == 0:
            s, c, st, z = addr()
            ln.add(fmt("(0010,1040)", "PatientAddress"), (f"{s.upper()}", "address"), "^^", (c.upper(), "address"), f"^{st}^", (z, "zip"))
        elif o == 1:
            ln.add(fmt("(0010,2154)", "PatientTelephoneNumbers"), (phone(pick(["paren", "dash", "plain"])), "phone"))
        elif o == 2:
            ln.add(fmt("(0010,1010)", "PatientAge"), (f"{R.randint(90, 104):03d}Y", "age"))
        elif o == 3:
            ln.add(fmt("(0038,0010)", "AdmissionID"), (encounter(), "other_id"))
        else:
            kind = pick(["ssn", "mrn"])
            ln.add(fmt("(0010,1000)", "OtherPatientIDs"), (ssn() if kind == "ssn" else mrn(), kind))



@gen("dicom_cfind", 1.8)
def g_dicom_cfind(phi):
    ln = L("dicom_cfind", dcm_prefix())
    aet = pick(["PACS_QR", "DCM4CHEE", "ORTHANC", "VNA_PRIMARY"])
    if phi:
        k = R.randrange(3)
        f, l = person()
        if k == 0:
            ln.add(f"{aet}<-{pick(['RAD-WS-14', 'VIEWER_3', 'CDBURN01'])}(", str(R.randint(1, 999)), "): >> C-FIND-RQ Identifier: (0008,0052) CS [STUDY] QueryRetrieveLevel | (0010,0010) PN [",
                   (nm(f, l, pick(["pn", "pnm"])), "name"), "] PatientName | (0010,0020) LO [", (mrn(), "mrn"), "] PatientID | (0008,0050) SH [",
                   (accession(), "other_id"), f"] AccessionNumber | (0008,0061) CS [{pick(MODALITIES)}] ModalitiesInStudy")
            dicom_extras(ln, lambda t, k: f" | {t} {k}=")
        elif k == 1:
            ln.add(f"{aet}: C-FIND-RSP pending #{R.randint(1, 50)}: PatientName=", (nm(f, l, "pn"), "name"), ", PatientBirthDate=", (fmt_date(dob(), "compact"), "date"),
                   ", StudyDate=", (fmt_date(ymd_recent(2023, 2024), "compact"), "date"), f", StudyInstanceUID={uid()}, NumberOfStudyRelatedInstances={R.randint(1, 2000)}")
        else:
            ln.add(f"{aet}: C-FIND-RQ PatientName='", (f"{l.upper()}*", "name"), "' PatientBirthDate='", (fmt_date(dob(), "compact"), "date"),
                   f"' from {pick(['RAD-WS-14', 'MAMMO_RW2', 'ORTHO_VIEW'])} matched {R.randint(0, 9)} studies")
    else:
        ln.add(pick([
            f"{aet}<-{pick(['CT_SCANNER1', 'MR_3T_WEST', 'US_PORTABLE2'])}({R.randint(1, 999)}): A-ASSOCIATE-RQ calledAET={aet} maxPDULength={pick(['16384', '116794'])} #PresentationContexts={R.randint(1, 128)} peer={private_ip()}:{R.randint(1024, 65000)}",
            f"{aet}: C-FIND-RSP status=0000H matches={R.randint(0, 200)} in {R.randint(3, 900)}ms (QueryRetrieveLevel=STUDY, StudyDate=2024{R.randint(1,12):02d}{R.randint(1,28):02d}-, ModalitiesInStudy={pick(MODALITIES)})",
            f"{aet}: A-RELEASE-RP to {pick(['RAD-WS-14', 'VIEWER_3'])}({R.randint(1, 999)}) after {R.randint(1, 600)}s",
            f"{aet}: rejected A-ASSOCIATE-RQ from unknown AE 'TEST_SCU' at {private_ip()} - reason 7 (called AE title not recognized)"]))
    return ln


@gen("dicom_cstore", 1.6)
def g_dicom_cstore(phi):
    ln = L("dicom_cstore", dcm_prefix())
    scp = pick(["STORESCP", "DCM4CHEE", "ARCHIVE1"])
    if phi:
        k = R.randrange(3)
        f, l = person()
        if k == 0:
            ln.add(f"{scp}<-{pick(['CT_SCANNER1', 'MR_3T_WEST', 'MAMMO_1'])}(", str(R.randint(1, 999)), f"): >> 1:C-STORE-RQ[pcid={R.randint(1, 99)}, prior=0\\n  cuid=1.2.840.10008.5.1.4.1.1.{pick(['2', '4', '1.2', '128'])}\\n  iuid={uid()}\\n  tsuid=1.2.840.10008.1.2.4.70]",
                   " | (0010,0010) PatientName [", (nm(f, l, pick(["pnm", "pn"])), "name"), "] (0010,0020) PatientID [", (mrn(), "mrn"),
                   "] (0010,0030) PatientBirthDate [", (fmt_date(dob(), "compact"), "date"), "]")
            dicom_extras(ln, lambda t, k: f" {t} {k} ", allow_age=False)
        elif k == 1:
            ln.add("Coercion applied on receive: PatientID ", (mrn(), "mrn"), " -> ", (mrn(), "mrn"), " (issuer ", pick(FACILITIES), "), AccessionNumber=",
                   (accession(), "other_id"), f", SeriesNumber={R.randint(1, 20)}")
        else:
            ln.add("Stored ", f"{uid()} for patient ", (nm(f, l, "pn"), "name"), " PatientAge=", (f"{R.randint(90, 104):03d}Y", "age"),
                   " StudyDate=", (fmt_date(ymd_recent(2024, 2024), "compact"), "date"), f" Modality={pick(MODALITIES)} size={R.randint(100, 90000)}KB")
    else:
        ln.add(pick([
            f"{scp}: << 1:C-STORE-RSP[pcid={R.randint(1, 99)}, status=0H iuid={uid()} - {R.randint(1, 900)} KiB in {R.randint(1, 900)/100:.2f}s]",
            f"{scp}: Stored object cuid=1.2.840.10008.5.1.4.1.1.4 (MR Image Storage) seriesUID={uid()} PatientAge={R.randint(20, 89):03d}Y",
            f"{scp}: Failed to store {uid()}: status=A700H (Out of resources) storage=fs1 free={R.randint(0, 9)}%",
            f"{scp}: compression JPEG-LS lossless {R.randint(100, 900)} instances ratio {R.randint(20, 40)/10:.1f} worker pool {R.randint(2, 16)}"]))
    return ln


@gen("dicom_mwl", 1.4)
def g_mwl(phi):
    ln = L("dicom_mwl", dcm_prefix())
    if phi:
        f, l = person()
        ln.add("MWLSCP: C-FIND-RSP pending: (0010,0010) PatientName=", (nm(f, l, pick(["pn", "pnm"])), "name"), " (0010,0020) PatientID=", (mrn(), "mrn"),
               " (0010,0030) PatientBirthDate=", (fmt_date(dob(), "compact"), "date"), f" (0010,0040) PatientSex={pick('FMO')} (0008,0050) AccessionNumber=", (accession(), "other_id"),
               f" (0032,1060) RequestedProcedureDescription={pick(['CT ABD/PELVIS W CONTRAST', 'MRI BRAIN WO', 'US RUQ', 'XR CHEST 2V', 'MAMMO SCREEN BILAT'])}"
               " (0040,0002) ScheduledProcedureStepStartDate=", (fmt_date(ymd_recent(2024, 2025), "compact"), "date"),
               f" (0040,0001) ScheduledStationAETitle={pick(['CT2', 'MR1', 'US3', 'DX_ED'])}")
        dicom_extras(ln, lambda t, k: f" {t} {k}=", allow_age=False)
        if R.random() < 0.3:
            ln.add(" (0010,1000) OtherPatientIDs=", (ssn(), "ssn"))
    else:
        ln.add(pick([
            f"MWLSCP: query from {pick(['US_PORTABLE2', 'CT2', 'MR1'])} Modality={pick(MODALITIES)} ScheduledProcedureStepStartDate=2024{R.randint(1,12):02d}{R.randint(1,28):02d} returned {R.randint(0, 40)} items in {R.randint(5, 800)}ms",
            f"MWLSCP: worklist cache refreshed from RIS: {R.randint(50, 800)} scheduled steps, {R.randint(0, 20)} cancelled",
            f"MWLSCP: HL7 ORM^O01 control {R.randint(100000, 999999)} mapped CPT {pick(CPT)} -> protocol {pick(['CTAP_W', 'MRBR_WO', 'CXR2V'])}"]))
    return ln


@gen("ris_report_distribution", 1.0)
def g_ris(phi):
    ln = L("ris_report_distribution", f"{ts_log()} {pick(['INFO', 'WARN', 'ERROR'])} [ReportDistributor-{R.randint(1, 8)}] ")
    if phi:
        k = R.randrange(4)
        f, l = person()
        if k == 0:
            ln.add("Final report accession ", (accession(), "other_id"), f" faxed to referring {pick(DOCS)} at {phone('dash')} (job {R.randint(10000, 99999)}) status=OK")
        elif k == 1:
            s, c, st, z = addr()
            ln.add("Patient letter (BI-RADS 1) queued for ", (nm(f, l, "fl"), "name"), ", ", (s, "address"), ", ", (c, "address"), f", {st} ", (z, "zip"))
        elif k == 2:
            ln.add("Patient requested copy by fax: fax=", (phone(pick(["paren", "dash"])), "fax"), " patient=", (nm(f, l, "LF"), "name"), " accession=", (accession(), "other_id"))
        else:
            ln.add("Results-ready notification sent to ", (email(f, l), "email"), " and SMS ", (phone("e164"), "phone"), " for exam date ", (fmt_date(ymd_recent(2024, 2024)), "date"))
    else:
        ln.add(pick([
            f"Outbound ORU queue RIS_TO_EMR depth={R.randint(0, 50)} last_sent={ts_iso()} retries={R.randint(0, 3)}",
            f"Template 'CT CHEST PE PROTOCOL' v{R.randint(2, 20)} published by {pick(STAFF)}",
            f"Fax server fax-gw-{R.randint(1, 3)} returned busy for job {R.randint(10000, 99999)}; retry in {R.randint(1, 10)} min",
            f"Peer review sample: {R.randint(1, 40)} of {R.randint(200, 900)} finals selected (RADPEER 2024)",
            f"Critical results callback line for reading room is 1-800-{R.randint(200, 999)}-{R.randint(1000, 9999)} (config reloaded)"]))
    return ln


@gen("pacs_viewer_audit", 0.8)
def g_pacs_audit(phi):
    ln = L("pacs_viewer_audit", syslog_prefix(pick(["pacs-web-1", "pacs-web-2"]), pick(["viewer-audit", "zfp"])))
    if phi:
        f, l = person()
        ln.add(f"user={pick(['mwhitfield', 'jdoran', 'rcastel'])} action=OPEN_STUDY patientId=", (mrn(), "mrn"), " patientName=\"", (nm(f, l, "pn"), "name"),
               "\" accession=", (accession(), "other_id"), f" ws=RAD-WS-{R.randint(1, 40)} src={private_ip()}")
    else:
        ln.add(f"user={pick(['mwhitfield', 'jdoran', 'rcastel'])} action={pick(['LOGIN', 'LOGOUT', 'HANGING_PROTOCOL_SAVE'])} ws=RAD-WS-{R.randint(1, 40)} src={private_ip()} session={hexs(24)}")
    return ln


# ============================ PORTAL / SCHEDULING ======================
@gen("django_portal", 1.5)
def g_django(phi):
    if phi:
        k = R.randrange(5)
        f, l = person()
        if k == 0:
            ln = L("django_portal", django_prefix("ERROR", "portal.scheduling.views"), "Internal Server Error: /api/v2/appointments/", str(R.randint(1000, 99999)),
                   "/reschedule | ValidationError: ['Appointment for ", (nm(f, l, "fl"), "name"), " on ", (fmt_date(ymd_recent()), "date"),
                   f" conflicts with existing booking {R.randint(1000, 99999)}']")
        elif k == 1:
            ln = L("django_portal", django_prefix("WARNING", "portal.accounts.forms"), "Profile update rejected for user_id=", str(R.randint(100, 99999)),
                   ": invalid phone '", (phone(), "phone"), "' (expected E.164)")
            if R.random() < 0.5:
                ln.add("; avatar kept at ", (f"/media/avatars/{R.randint(2024, 2024)}/{R.randint(1, 12):02d}/{hexs(10)}.png", "photo"))
        elif k == 2:
            ln = L("django_portal", django_prefix("ERROR", "portal.billing.tasks"), "No insurance on file for member ", (member_id(), "health_plan"),
                   "; statement for ", (nm(f, l, "fl"), "name"), " will be sent to ", (email(f, l), "email"))
        elif k == 3:
            s, c, st, z = addr()
            ln = L("django_portal", django_prefix("INFO", "portal.registration"), "Self-registration pending identity proofing: first_name='", (f, "name"),
                   "' last_name='", (l, "name"), "' dob='", (fmt_date(dob()), "date"), "' addr1='", (s, "address"), "' city='", (c, "address"),
                   "' zip='", (z, "zip"), "' ip=", (pub_ip_or_v6(), "ip"))
            if R.random() < 0.4:
                ln.add(" drivers_license='", (dl_number(st), "license"), "'")
        else:
            ln = L("django_portal", django_prefix("ERROR", "django.db.backends"), "Traceback (most recent call last):\\n  File \"/app/portal/patients/models.py\", line ",
                   str(R.randint(40, 400)), ", in save\\npsycopg2.errors.UniqueViolation: duplicate key value violates unique constraint \"patients_patient_ssn_key\"\\nDETAIL:  Key (ssn)=(",
                   (ssn(), "ssn"), ") already exists.")
        return ln
    return L("django_portal", pick([
        django_prefix("INFO", "django.server") + f"\"GET /healthz HTTP/1.1\" 200 2",
        django_prefix("INFO", "celery.beat") + "Scheduler: Sending due task send-appointment-reminders (portal.tasks.send_reminders)",
        django_prefix("WARNING", "django.security.csrf") + f"Forbidden (CSRF token missing.): /api/v2/messages/{R.randint(100, 99999)}/",
        django_prefix("INFO", "portal.tasks") + f"send_reminders: {R.randint(10, 900)} SMS queued, {R.randint(0, 20)} opted-out, provider=twilio batch={hexs(12)}",
        django_prefix("ERROR", "django.request") + f"Internal Server Error: /api/v2/appointments/{R.randint(1000, 99999)}/slots | OperationalError: could not connect to server: Connection refused | Is the server running on host \"{private_ip()}\" and accepting TCP/IP connections on port 5432?",
        django_prefix("INFO", "portal.scheduling") + f"Slot template 'NEW PT 40' rebuilt for department DEPT-{R.randint(100, 999)}: {R.randint(20, 400)} slots between 2024-{R.randint(1, 12):02d}-01 and 2024-{R.randint(1, 12):02d}-28"]))


@gen("rails_scheduling", 1.3)
def g_rails(phi):
    if phi:
        k = R.randrange(3)
        f, l = person()
        if k == 0:
            return L("rails_scheduling", rails_prefix(), "Started POST \"/patients/register\" for ", (pub_ip_or_v6(), "ip"), f" at 2024-{R.randint(1,12):02d}-{R.randint(1,28):02d} {R.randint(0,23):02d}:{R.randint(0,59):02d}:{R.randint(0,59):02d} -0500")
        if k == 1:
            ln = L("rails_scheduling", rails_prefix(), "  Parameters: {\"patient\"=>{\"first_name\"=>\"", (f, "name"), "\", \"last_name\"=>\"", (l, "name"),
                   "\", \"dob\"=>\"", (fmt_date(dob(), "us"), "date"), "\", \"cell_phone\"=>\"", (phone("dash"), "phone"), "\", \"ssn\"=>\"[FILTERED]\"}, \"authenticity_token\"=>\"[FILTERED]\"}")
            return ln
        ln = L("rails_scheduling", rails_prefix("E", "ERROR"), "ActiveRecord::RecordInvalid (Validation failed: Appointment start ", (fmt_date(ymd_recent()), "date"),
               f" 09:{R.randint(0, 5)}0 is outside provider hours; Patient ", (nm(f, l, "fl"), "name"), " already has a visit that day):")
        return ln
    return L("rails_scheduling", pick([
        rails_prefix() + f"Started GET \"/api/slots?department_id={R.randint(1, 99)}&date=2024-{R.randint(1,12):02d}-{R.randint(1,28):02d}\" for {private_ip()} at 2024-{R.randint(1,12):02d}-{R.randint(1,28):02d} {R.randint(0,23):02d}:{R.randint(0,59):02d}:00 -0500",
        rails_prefix() + "  Parameters: {\"patient\"=>{\"first_name\"=>\"[FILTERED]\", \"last_name\"=>\"[FILTERED]\", \"dob\"=>\"[FILTERED]\"}, \"authenticity_token\"=>\"[FILTERED]\"}",
        rails_prefix() + f"Completed {pick(['200 OK', '422 Unprocessable Entity', '302 Found'])} in {R.randint(5, 900)}ms (Views: {R.randint(0, 90)}.{R.randint(0, 9)}ms | ActiveRecord: {R.randint(0, 90)}.{R.randint(0, 9)}ms | Allocations: {R.randint(1000, 90000)})",
        rails_prefix() + f"Processing by AppointmentsController#create as JSON",
        rails_prefix("W", "WARN") + f"Sidekiq job ReminderJob jid={hexs(24)} retry {R.randint(1, 5)}/25 (Twilio::REST::RestError 20429 Too Many Requests)"]))


@gen("spring_scheduling", 1.4)
def g_spring(phi):
    if phi:
        k = R.randrange(6)
        f, l = person()
        if k == 5:
            slug = (f + "-" + l).lower().encode("ascii", "ignore").decode().replace(" ", "-").replace("'", "")
            return L("spring_scheduling", spring_prefix("INFO", "c.m.s.notify.LinkService"), "Self-scheduling link issued: ",
                     (f"https://book.example-health.org/p/{slug}-{hexs(5)}", "url"), f" (expires 72h, dept {R.randint(100, 999)})")
        if k == 0:
            return L("spring_scheduling", spring_prefix("WARN", "c.m.s.eligibility.CoverageService"), "No insurance on file for member ", (member_id(), "health_plan"),
                     f"; falling back to self-pay for appointment {R.randint(10000, 999999)}")
        if k == 1:
            return L("spring_scheduling", spring_prefix("INFO", "c.m.s.eligibility.EligibilityClient"), "271 active coverage: subscriber=", (nm(f, l, "LF"), "name"),
                     " memberId=", (member_id(), "health_plan"), f" groupNumber={R.randint(10000, 999999)} planCode={pick(['PPO-GOLD', 'HMO-X', 'MA-PFFS'])} dob=", (fmt_date(dob()), "date"))
        if k == 2:
            return L("spring_scheduling", spring_prefix("ERROR", "c.m.s.booking.AppointmentController"), "Booking failed: slot ", str(R.randint(1000, 99999)), " for ",
                     (nm(f, l, "fl"), "name"), " on ", (fmt_date2(ymd_recent(), "long"), "date"), f" at 10:{R.randint(0, 5)}0 already held by another patient")
        if k == 3:
            return L("spring_scheduling", spring_prefix("WARN", "c.m.s.notify.ReminderSender"), "SMS to ", (phone("e164"), "phone"), " undeliverable (carrier error 30006); patient_mrn=",
                     (mrn(), "mrn"), " appt_date=", (fmt_date(ymd_recent()), "date"))
        return L("spring_scheduling", spring_prefix("INFO", "c.m.s.medicare.MbiLookup"), "MBI lookup succeeded for ", (nm(f, l, "lf"), "name"), ": mbi=",
                 (mbi(), "health_plan"), ", age=", (str(R.randint(90, 102)), "age"))
    return L("spring_scheduling", pick([
        spring_prefix("INFO", "com.zaxxer.hikari.HikariDataSource") + "HikariPool-1 - Start completed.",
        spring_prefix("INFO", "c.m.s.SchedulingApplication") + f"Started SchedulingApplication in {R.randint(5, 40)}.{R.randint(100, 999)} seconds (process running for {R.randint(6, 45)}.{R.randint(10, 99)})",
        spring_prefix("WARN", "o.h.engine.jdbc.spi.SqlExceptionHelper") + f"SQL Error: 0, SQLState: 57014 (statement timeout) on query appointment_slot_v2 [{R.randint(1000, 30000)}ms]",
        spring_prefix("INFO", "c.m.s.eligibility.EligibilityClient") + f"Batch 270 submitted: {R.randint(10, 900)} inquiries, ISA13={R.randint(100000000, 999999999)}, clearinghouse=availity",
        spring_prefix("INFO", "c.m.s.booking.SlotService") + f"Released {R.randint(1, 90)} expired holds (ttl=15m) for department {R.randint(100, 999)}",
        spring_prefix("INFO", "o.s.b.a.e.web.EndpointLinksResolver") + "Exposing 3 endpoint(s) beneath base path '/actuator'"]))


@gen("portal_auth", 1.1)
def g_auth(phi):
    ln = L("portal_auth", f"{ts_iso()}Z {pick(['INFO', 'WARN'])} auth-svc ")
    if phi:
        f, l = person()
        k = R.randrange(4)
        if k == 3:
            ln.add(f"identity proofing (selfie match) user_id={R.randint(1000, 99999)} score=0.{R.randint(80, 99)} faceTemplate=", (b64(R.choice([42, 86])) + "==", "biometric"),
                   " selfie=", (f"s3://idp-evidence/{hexs(8)}/selfie.jpg", "photo"))
        elif k == 0:
            ln.add("login success username=", (email(f, l), "email"), " ip=", (pub_ip_or_v6(), "ip"), f" mfa=sms(***-***-{R.randint(1000, 9999)}) ua=\"MyChart/10.4 iOS\"")
        elif k == 1:
            ln.add("login failed username=", (email(f, l), "email"), f" reason=BAD_PASSWORD attempts={R.randint(1, 5)} client_ip=", (pub_ip_or_v6(), "ip"))
        else:
            ln.add(f"proxy access granted: proxy_user_id={R.randint(1000, 99999)} -> patient ", (nm(f, l, "fl"), "name"), " (DOB ", (fmt_date(dob(2008, 2020), "us"), "date"),
                   ") relationship=PARENT ip=", (pub_ip_or_v6(), "ip"))
    else:
        ln.add(pick([
            f"login success user_id={R.randint(1000, 99999)} ip={private_ip()} mfa=totp",
            f"password reset token issued for user_id={R.randint(1000, 99999)} (expires 15m)",
            f"jwks refreshed from https://login.example-health.org/.well-known/jwks.json kid={hexs(16)}",
            f"rate limit tripped for /api/login from {private_ip()} (X-Forwarded-For missing) window=60s count={R.randint(50, 400)}",
            f"session {hexs(32)} expired after {R.randint(15, 120)}m idle"]))
    return ln


@gen("portal_nginx", 1.0)
def g_nginx(phi):
    ts = f"[{R.randint(1, 28):02d}/{pick(MONTHS)}/2024:{R.randint(0,23):02d}:{R.randint(0,59):02d}:{R.randint(0,59):02d} -0500]"
    if phi:
        k = R.randrange(3)
        ln = L("portal_nginx", (pub_ip_or_v6(), "ip"), f" - - {ts} \"GET ")
        if k == 0:
            ln.add("/mychart/api/patients/", (mrn(), "mrn"), f"/appointments?from=2024-{R.randint(1,12):02d}-01")
        elif k == 1:
            ln.add(f"/portal/messages/inbox?page={R.randint(1, 9)}")
        else:
            f, l = person()
            ln.add("/portal/proxy/invite?email=", (qenc(email(f, l)), "email"))
        ln.add(f" HTTP/2.0\" 200 {R.randint(200, 90000)} \"https://portal.example-health.org/\" \"Mozilla/5.0 (Linux; Android 14)\"")
        return ln
    return L("portal_nginx", pick([
        f"{private_ip()} - - {ts} \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.28\"",
        f"{private_ip()} - - {ts} \"GET /static/js/main.{hexs(8)}.js HTTP/2.0\" 200 {R.randint(20000, 900000)} \"-\" \"Mozilla/5.0\"",
        f"{private_ip()} - - {ts} \"POST /api/telemetry HTTP/1.1\" 204 0 \"-\" \"Go-http-client/2.0\"",
        f"{ts_log().replace(',', '.')} [error] {R.randint(1, 40)}#0: *{R.randint(1000, 99999)} upstream timed out (110: Connection timed out) while reading response header from upstream, client: {private_ip()}, server: portal.example-health.org, upstream: \"http://{private_ip()}:8000/api/v2/appointments\""]))


@gen("patient_outreach", 0.8)
def g_outreach(phi):
    ln = L("patient_outreach", spring_prefix("INFO", "c.m.o.CampaignWorker"))
    if phi:
        f, l = person()
        k = R.randrange(3)
        if k == 0:
            ln.add("Contact record merged: ", (nm(f, l, "fl"), "name"), " website=", (f"https://www.facebook.com/{f.lower().encode('ascii', 'ignore').decode().replace(' ', '')}.{R.randint(100, 9999)}", "url"),
                   " preferred=EMAIL")
        elif k == 1:
            ln.add("Annual wellness outreach: ", (nm(f, l, "LF"), "name"), " turns ", (str(R.randint(90, 99)), "age"), " on ", (fmt_date2((R.randint(2024, 2025), R.randint(1, 12), R.randint(1, 28)), "long"), "date"), "; mailing to ", (addr()[0], "address"))
        else:
            ln.add("Unsubscribe via link ", ("https://outreach.example-health.org/u/" + hexs(20), "url"), " for ", (email(f, l), "email"))
    else:
        ln.add(pick([f"Campaign FLU-2024 batch {R.randint(1, 90)}: {R.randint(100, 9000)} recipients, {R.randint(0, 90)} bounces, template v{R.randint(1, 9)}",
                     f"Suppression list synced: {R.randint(100, 9000)} entries, sha1={hexs(40)}",
                     f"Outreach cohort HEDIS-CBP built from {R.randint(1000, 90000)} patients with ICD-10 I10 (measure year 2024)"]))
    return ln
# ============================ PHARMACY / eRx ===========================
@gen("pharmacy_cabinet", 1.4)
def g_cabinet(phi):
    station = pick(["4W-ADC-02", "5E-MED-01", "ED-POD-B", "ICU-ADC-1", "OR-ANES-3"])
    vendor = pick(["Omnicell", "PyxisES"])
    ln = L("pharmacy_cabinet", syslog_prefix("pyxis-bridge", "adc-if"), f"[{vendor}] {station} ")
    if phi:
        f, l = person()
        k = R.randrange(3)
        if k == 0:
            ln.add(f"REMOVE user={pick(['jdoran', 'mwhitfield', 'tech_lrivera'])} drawer={R.randint(1, 9)} pocket={pick('ABCDEF')}{R.randint(1, 24)} med=\"{pick(DRUGS)}\" qty={R.randint(1, 3)} pt=\"",
                   (nm(f, l, "LF"), "name"), "\" mrn=", (mrn(), "mrn"), " enc=", (encounter(), "other_id"))
        elif k == 1:
            ln.add(f"DISCREPANCY med=\"{pick(DRUGS)}\" expected={R.randint(5, 30)} counted={R.randint(0, 30)} last_patient=", (nm(f, l, "lf"), "name"),
                   f" witness={pick(STAFF)} status=UNRESOLVED")
        elif R.random() < 0.25:
            ln.add(f"CII waste record med=\"{pick(DRUGS)}\" prescriber DEA ", (dea(), "license"), f" witness={pick(STAFF)} waste_ml=0.{R.randint(1, 9)}")
        else:
            ln.add("OVERRIDE med=\"", pick(DRUGS), "\" reason=EMERGENT patientVisit=", (encounter(), "other_id"), " patientDOB=", (fmt_date(dob(), "us"), "date"),
                   f" user={pick(['rcastel', 'jdoran'])}")
    else:
        ln.add(pick([
            f"heartbeat OK items={R.randint(200, 2000)} last_restock={ts_iso(False)} fw=ES-{R.randint(1, 2)}.{R.randint(0, 9)}.{R.randint(0, 20)}",
            f"RESTOCK user=tech_lrivera med=\"{pick(DRUGS)}\" qty={R.randint(5, 50)} lot={qc_lot()} exp=2026-{R.randint(1, 12):02d}",
            f"Override report: {R.randint(1, 40)} overrides, {R.randint(0, 5)} without verified order (shift {pick(['DAY', 'NIGHT'])})",
            f"Profile sync from pharmacy system: {R.randint(10, 900)} active orders loaded, {R.randint(0, 9)} rejected (NDC not in formulary)",
            f"Blind count completed med=\"{pick(DRUGS)}\" count={R.randint(1, 40)} matches=true"]))
    return ln


@gen("erx_surescripts", 1.2)
def g_erx(phi):
    ln = L("erx_surescripts", spring_prefix(pick(["WARN", "ERROR", "INFO"]), pick(["c.m.e.ss.NewRxSender", "c.m.e.epcs.SigningService", "c.m.e.ss.RxChangeHandler"])))
    if phi:
        k = R.randrange(4)
        f, l = person()
        if k == 0:
            ln.add(f"NewRx {uuid()} rejected by NCPDP {R.randint(1000000, 9999999)}: Error 900 'Patient not found' PatientLastName=", (l, "name"), ", PatientFirstName=",
                   (f, "name"), ", DOB=", (fmt_date(dob()), "date"), ", Zip=", (addr()[3][:5], "zip"))
        elif k == 1:
            ln.add("EPCS signing failed: DEA ", (dea(), "license"), f" not valid for schedule II in state {pick(['IL', 'CA', 'WA'])} (prescriber NPI {npi()}, {pick(STAFF)})")
        elif k == 2:
            ln.add(f"RxFill notification for {pick(DRUGS)}: dispensed to ", (nm(f, l, "fl"), "name"), ", phone ", (phone(), "phone"), ", pickup ", (fmt_date(ymd_recent(2024, 2024), "us"), "date"))
        else:
            ln.add("PDMP query returned 3 fills for patient DOB ", (fmt_date(dob(), "iso"), "date"), " DL ", (dl_number(pick(["IL", "CA", "FL", "TX"])), "license"), " (state PMP gateway)")
    else:
        ln.add(pick([
            f"RxChange response msgId={uuid()} code={pick(['G', 'T', 'S'])} NCPDP {R.randint(1000000, 9999999)} latency={R.randint(20, 3000)}ms",
            f"Formulary download complete: PBM {pick(['T00000000001001', 'P00000000004001'])} {R.randint(1000, 30000)} drugs, version {R.randint(2024001, 2024365)}",
            f"Directory update: {R.randint(10, 900)} pharmacies added, {R.randint(0, 90)} deactivated (SPI {R.randint(1000000000000, 9999999999999)})",
            f"Prescriber NPI {npi()} enrolled for EPCS, token serial {hexs(8).upper()}",
            f"CancelRx {uuid()} acknowledged (Status 010 Approved) for medication {pick(DRUGS)}"]))
    return ln


# ============================ STACK TRACES =============================
@gen("java_stacktrace", 1.3)
def g_java(phi):
    sep = pick(["\\n\\tat ", " | at ", "\\n    at "])
    ln = L("java_stacktrace", hapi_prefix("ERROR", pick(["o.a.c.c.C.[.[.[/].[dispatcherServlet]", "c.m.intake.PatientController", "org.quartz.core.JobRunShell"])))
    if phi:
        k = R.randrange(4)
        f, l = person()
        if k == 0:
            ln.add("Servlet.service() for servlet [dispatcherServlet] threw exception [Request processing failed; nested exception is com.acme.patient.DuplicatePatientException: "
                   "Patient with SSN ", (ssn(), "ssn"), " already exists (existing MRN ", (mrn(), "mrn"), ", name=", (nm(f, l, "fl"), "name"), ")] with root cause")
        elif k == 1:
            ln.add("java.time.format.DateTimeParseException: Text '", (fmt_date(dob(), "us"), "date"), "' could not be parsed at index 2 (field dob of PatientDto[lastName=",
                   (l, "name"), ", firstName=", (f, "name"), "])")
        elif k == 2:
            ln.add("org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [uk_patient_email]; nested exception is "
                   "org.hibernate.exception.ConstraintViolationException: Duplicate entry '", (email(f, l), "email"), "' for key 'uk_patient_email'")
        else:
            ln.add("java.lang.IllegalStateException: Card ", (card(), "account"), " rejected by tokenizer for guarantor account ", (hosp_account(), "account"))
        ln.add(sep, pick(["com.acme.patient.PatientService.create(PatientService.java:142)", "com.acme.intake.DtoMapper.toEntity(DtoMapper.java:88)"]),
               sep, "org.springframework.transaction.interceptor.TransactionInterceptor.invoke(TransactionInterceptor.java:119)",
               sep, "java.base/java.lang.Thread.run(Thread.java:840)")
    else:
        ln.add(pick([
            "java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms.",
            f"ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException: HAPI-2001: Resource Patient/{R.randint(1000, 99999)} is not known",
            "java.lang.OutOfMemoryError: Java heap space",
            f"org.apache.kafka.common.errors.TimeoutException: Topic lab-results-v2 not present in metadata after 60000 ms.",
            f"java.lang.NullPointerException: Cannot invoke \"String.trim()\" because the return value of \"com.acme.hl7.ObxMapper.getUnits()\" is null"]),
            sep, "com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181)", sep, "java.base/java.lang.Thread.run(Thread.java:840)",
            f" ... {R.randint(3, 80)} common frames omitted")
    return ln


@gen("dotnet_exception", 1.2)
def g_dotnet(phi):
    sep = pick([" | ", "\\r\\n   ", "\\n   "])
    ln = L("dotnet_exception", f"[{R.randint(0,23):02d}:{R.randint(0,59):02d}:{R.randint(0,59):02d} ERR] {pick(['Clinic.Api.Controllers.PatientController', 'Clinic.Intake.Worker', 'Microsoft.AspNetCore.Server.Kestrel'])}: ")
    if phi:
        k = R.randrange(4)
        f, l = person()
        if k == 0:
            ln.add("Npgsql.PostgresException (0x80004005): 23505: duplicate key value violates unique constraint \"ix_patients_mrn\"", sep,
                   "DETAIL: Key (mrn)=(", (mrn(), "mrn"), ") already exists.", sep, "at Npgsql.Internal.NpgsqlConnector.ReadMessageLong(Boolean async, DataRowLoadingMode dataRowLoadingMode)")
        elif k == 1:
            ln.add("System.FormatException: String '", (fmt_date2(dob(), "us_nopad"), "date"), "' was not recognized as a valid DateTime. (PatientDto { LastName = ",
                   (l, "name"), ", FirstName = ", (f, "name"), ", Phone = ", (phone("paren"), "phone"), " })", sep, "at System.DateTime.Parse(String s)",
                   sep, "at Clinic.Intake.PatientMapper.Map(PatientDto dto) in D:\\a\\clinic\\src\\Intake\\PatientMapper.cs:line ", str(R.randint(20, 300)))
        elif k == 2:
            ln.add("Microsoft.EntityFrameworkCore.DbUpdateException: An error occurred while saving the entity changes.", sep,
                   "---> Microsoft.Data.SqlClient.SqlException (0x80131904): Cannot insert duplicate key row in object 'dbo.Coverage' with unique index 'IX_Coverage_MemberId'. The duplicate key value is (",
                   (member_id(), "health_plan"), ").")
        else:
            s, c, st, z = addr()
            ln.add("Clinic.Geo.AddressValidationException: USPS returned 'Address Not Found' for '", (s, "address"), ", ", (c, "address"), f", {st} ", (z, "zip"), "'",
                   sep, "at Clinic.Geo.UspsClient.ValidateAsync(Address addr)")
    else:
        ln.add(pick([
            "System.TimeoutException: The operation has timed out." + sep + "at Clinic.Integrations.EligibilityClient.SendAsync(HttpRequestMessage req)",
            "System.Threading.Tasks.TaskCanceledException: A task was canceled." + sep + "at System.Net.Http.HttpClient.HandleFailure(Exception e, Boolean telemetryStarted)",
            f"Microsoft.Data.SqlClient.SqlException (0x80131904): Transaction (Process ID {R.randint(50, 400)}) was deadlocked on lock resources with another process" + sep + "at Clinic.Data.Repositories.ScheduleRepository.SaveAsync()",
            f"System.InvalidOperationException: No service for type 'Clinic.Fhir.IPatientResolver' has been registered." + sep + "at Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService(IServiceProvider provider, Type serviceType)"]))
    return ln


# ============================ BILLING / ELIGIBILITY ====================
@gen("x12_eligibility", 1.0)
def g_x12(phi):
    ln = L("x12_eligibility", f"{ts_log()} DEBUG edi.gateway ")
    if phi:
        f, l = person()
        ln.add(f"271 trace={R.randint(100000000, 999999999)} ", "NM1*IL*1*", (l.upper(), "name"), "*", (f.upper(), "name"), "****MI*", (member_id(), "health_plan"),
               "~N3*", (addr()[0].upper(), "address"), "~DMG*D8*", (fmt_date(dob(), "compact"), "date"), f"*{pick('FM')}~EB*1*IND*30*{pick(['HM', 'PR', 'MA'])}*{pick(['GOLD PPO', 'SILVER HMO'])}~")
    else:
        ln.add(pick([
            f"ISA*00*          *00*          *ZZ*SUBMITTER01    *ZZ*AVAILITY       *24{R.randint(1,12):02d}{R.randint(1,28):02d}*{R.randint(0,23):02d}{R.randint(0,59):02d}*^*00501*{R.randint(100000000, 999999999)}*0*P*:~",
            f"999 accepted: AK1*HS*{R.randint(1, 9999)}*005010X279A1~AK9*A*1*1*1~",
            f"GS*HS*SUBMITTER01*AVAILITY*2024{R.randint(1,12):02d}{R.randint(1,28):02d}*{R.randint(0,23):02d}{R.randint(0,59):02d}*{R.randint(1, 99999)}*X*005010X279A1~",
            f"835 remittance parsed: CLP count={R.randint(1, 400)} TRN*1*{R.randint(100000000, 999999999)}*1{R.randint(100000000, 999999999)}~ total=${R.randint(100, 90000)}.{R.randint(0, 99):02d}"]))
    return ln


@gen("payment_gateway", 1.0)
def g_payment(phi):
    ln = L("payment_gateway", f"{ts_iso()}Z level={pick(['warn', 'error', 'info'])} svc=portal-payments ")
    if phi:
        k = R.randrange(3)
        if k == 0:
            ln.add("msg=\"authorization declined\" guarantor_acct=", (hosp_account(), "account"), " pan=", (card(), "account"),
                   f" exp={R.randint(1, 12):02d}/{R.randint(25, 30)} avs_zip=", (addr()[3][:5], "zip"), " code=05")
        elif k == 1:
            ln.add(f"msg=\"ACH return R0{R.randint(1, 4)}\" routing=0{R.randint(10000000, 99999999)} account_number=", (str(R.randint(10000000, 999999999999)), "account"),
                   f" amount={R.randint(10, 900)}.{R.randint(0, 99):02d}")
        else:
            f, l = person()
            ln.add("msg=\"payment plan created\" hospitalAccount=", (hosp_account(), "account"), " guarantor=\"", (nm(f, l, "fl"), "name"),
                   "\" service_date=", (fmt_date(ymd_recent(2024, 2024)), "date"), f" installments={R.randint(3, 24)}")
    else:
        ln.add(pick([
            f"msg=\"settlement batch closed\" batch={R.randint(1000, 9999)} total={R.randint(1000, 90000)}.{R.randint(0, 99):02d} txns={R.randint(10, 900)}",
            f"msg=\"authorization approved\" pan=************{R.randint(1000, 9999)} token=tok_{hexs(24)} amount={R.randint(10, 900)}.00",
            f"msg=\"webhook verified\" event=charge.succeeded id=evt_{hexs(24)}",
            f"msg=\"charge posted\" cpt={pick(CPT)} icd10={pick(ICD)} units={R.randint(1, 4)} rev_code=0{R.randint(300, 999)} order={order_no()}"]))
    return ln


# ============================ ADT / INTERFACE ==========================
@gen("mirth_adt", 1.2)
def g_adt(phi):
    sep = hl7_sep()
    fac = pick(FACILITIES)
    ln = L("mirth_adt", mirth_prefix(pick(["INFO", "ERROR"]), "ADT_IN"))
    if phi:
        f, l = person()
        ev = pick(["A01", "A03", "A04", "A08"])
        adm = (2024, R.randint(1, 11), R.randint(1, 20))
        dis = (adm[0], adm[1], adm[2] + R.randint(0, 8))
        ln.add(f"Received: MSH|^~\\&|EPIC|{fac}|MIRTH|{fac}|2024{R.randint(1,12):02d}{R.randint(1,28):02d}{R.randint(0,23):02d}{R.randint(0,59):02d}||ADT^{ev}|{R.randint(100000, 999999)}|P|2.3", sep,
               f"EVN|{ev}|", sep, "PID|1||", (mrn(), "mrn"), "^^^MRN")
        if R.random() < 0.3:
            ln.add("~", (ssn(), "ssn"), "^^^SSA^SS")
        ln.add("||", (nm(f, l, "pnm"), "name"), "||", (fmt_date(dob(), "compact"), "date"), f"|{pick('MF')}||{pick(['2106-3^White^HL70005', '2054-5^Black^HL70005', '2028-9^Asian^HL70005', ''])}|")
        if R.random() < 0.5:
            s_, c_, st_, z_ = addr()
            ln.add((s_.upper(), "address"), "^^", (c_.upper(), "address"), f"^{st_}^", (z_, "zip"), "^USA^H")
        ln.add("||")
        r = R.random()
        if r < 0.35:
            ln.add((phone("paren"), "phone"), "^PRN^PH")
            if R.random() < 0.4:
                ln.add("~", (phone("paren"), "fax"), "^ORN^FX")
        elif r < 0.55:
            p_ = phone("plain")
            ln.add("^PRN^PH^^1^", (p_[:3], "phone"), "^", (p_[3:], "phone"))
        ln.add(f"||{pick(['ENG', 'SPA', 'VIE', 'ARA'])}|{pick('SMDW')}||")
        if R.random() < 0.6:
            ln.add((hosp_account(), "account"))
        ln.add("|")
        if R.random() < 0.4:
            ln.add((ssn().replace("-", ""), "ssn"))
        if R.random() < 0.3:
            st = pick(["IL", "CA", "WA", "FL", "OH"])
            ln.add("|", (dl_number(st), "license"), f"^{st}")
        ln.add(sep, "PV1|1|", pick(["I", "E", "O"]), f"|4W^{R.randint(400, 499)}^A||||", f"{R.randint(1000, 9999)}^MARSH^ELLEN|||MED|||||||||", (encounter(), "other_id"),
               "|" * 25, (fmt_date(adm, "compact") + f"{R.randint(0,23):02d}{R.randint(0,59):02d}", "date"))
        if ev == "A03":
            ln.add("|", (fmt_date(dis, "compact") + f"{R.randint(0,23):02d}{R.randint(0,59):02d}", "date"))
        if R.random() < 0.3:
            ln.add(sep, "IN1|1|", pick(["BCBS01", "AETNA02", "MCARE"]), "|", str(R.randint(1000, 9999)), "||||||", str(R.randint(10000, 99999)), "|||||||",
                   (nm(f, l, "pn"), "name"), "|SEL|||||||||||||||||||", (member_id(), "health_plan"))
    else:
        ln.add(pick([
            f"Channel ADT_IN stats: received={R.randint(100, 9000)} filtered={R.randint(0, 90)} queued={R.randint(0, 10)} errored={R.randint(0, 3)} (interval 5m)",
            f"Received: MSH|^~\\&|EPIC|{fac}|MIRTH|{fac}|2024{R.randint(1,12):02d}{R.randint(1,28):02d}||MFN^M02|{R.randint(100000, 999999)}|P|2.3{sep}STF|{R.randint(1000, 9999)}|MARSH^ELLEN^^^DR",
            f"Filter rejected message {R.randint(100000, 999999)}: MSH-9 ADT^A31 not in allowed list [A01,A03,A04,A08]",
            f"Response from EMR: MSA|AE|{R.randint(100000, 999999)}|Segment PV1 missing required field PV1-2"]))
    return ln


@gen("adt_death_discharge", 0.6)
def g_death(phi):
    ln = L("adt_death_discharge", spring_prefix("INFO", "c.m.adt.DispositionHandler"))
    if phi:
        f, l = person()
        k = R.randrange(2)
        if k == 0:
            ln.add("Patient expired: mrn=", (mrn(), "mrn"), " deathDate=", (fmt_date(ymd_recent(2024, 2024)), "date"), f" disposition=20 attending={pick(DOCS)} autopsy=N")
        else:
            adm = (2024, R.randint(1, 11), R.randint(1, 18))
            ln.add("Discharge summary missing for encounter ", (encounter(), "other_id"), " admitted ", (fmt_date(adm, "us"), "date"), " discharged ",
                   (fmt_date((2024, adm[1], adm[2] + R.randint(1, 10)), "us"), "date"), " patient age ", (str(R.randint(90, 105)), "age"))
    else:
        ln.add(pick([f"Census snapshot: {R.randint(100, 600)} inpatients, {R.randint(0, 40)} pending discharge, ALOS {R.randint(30, 70)/10:.1f}d",
                     f"Disposition code map reloaded: {R.randint(20, 40)} codes (NUBC 2024)",
                     f"Bed 4W-{R.randint(400, 499)}A status DIRTY -> CLEAN by EVS ticket {R.randint(100000, 999999)}"]))
    return ln


# ============================ DEVICES / IDENTITY =======================
@gen("remote_monitoring", 1.0)
def g_rpm(phi):
    ln = L("remote_monitoring", f"{ts_iso()}Z {pick(['INFO', 'WARN'])} rpm-ingest: ")
    if phi:
        k = R.randrange(4)
        if k == 0:
            ln.add("transmission received device_serial=", (dev_serial(), "device"), f" model={pick(['Azure XT DR', 'Evera MRI', 'Micra AV', 'MiniMed 780G'])} patient_mrn=", (mrn(), "mrn"),
                   f" battery={R.randint(10, 120)/10:.1f}y alerts={R.randint(0, 3)}")
        elif k == 1:
            ln.add("cellular hub IMEI ", (imei(), "device"), " paired to patientId ", str(R.randint(1000, 99999)), f" fw={R.randint(1, 4)}.{R.randint(0, 20)} rssi=-{R.randint(50, 110)}")
        elif k == 2:
            ln.add("unregistered BLE scale mac=", (mac(), "device"), f" reading weight={R.randint(400, 1400)/10:.1f}kg claimed by ", (email(*person()), "email"))
        else:
            ln.add("implant registry update: serial ", (dev_serial(), "device"), " UDI-DI (01)0", str(R.randint(1000000000000, 9999999999999)), " implanted ",
                   (fmt_date(ymd_recent(2022, 2024)), "date"), " for ", (nm(*person(), "fl"), "name"))
    else:
        ln.add(pick([
            f"gateway eth0 link up mac={mac()} speed=1000Mb/s host={pick(HOSTS)}",
            f"ingest batch {hexs(12)}: {R.randint(10, 9000)} readings, {R.randint(0, 20)} duplicates, lag {R.randint(1, 900)}s",
            f"firmware campaign FW-{R.randint(100, 999)} staged for {R.randint(10, 900)} hubs (model HUB-{R.randint(1, 4)})",
            f"analyzer SN {instr_sn()} calibration OK; reagent lot {qc_lot()}"]))
    return ln


@gen("kiosk_id_scan", 0.9)
def g_kiosk(phi):
    ln = L("kiosk_id_scan", f"{ts_log()} INFO  [checkin-kiosk KSK-{R.randint(1, 12):02d}] ")
    if phi:
        k = R.randrange(4)
        f, l = person()
        if k == 3:
            ln.add("PatientSecure palm scan matched MRN ", (mrn(), "mrn"), " templateHash=", (hexs(64), "biometric"), f" far=1e-{R.randint(5, 8)}")
        elif k == 2:
            ln.add("face photo captured for MRN ", (mrn(), "mrn"), " saved ", (f"\\\\imgsrv01\\kiosk$\\photos\\{R.randint(100000, 999999)}_{hexs(8)}.jpg", "photo"),
                   f" liveness={R.randint(70, 99)}")
        elif k == 0:
            s, c, st, z = addr()
            dc = fmt_date(dob(), "compact")
            ln.add("PDF417 parsed: DAQ=", (dl_number(st), "license"), " DCS=", (l.upper(), "name"), " DAC=", (f.upper(), "name"), " DBB=",
                   (dc[4:] + dc[:4], "date"), " DAG=", (s.upper(), "address"), " DAI=", (c.upper(), "address"),
                   f" DAJ={st} DAK=", (z.replace("-", "") + ("0000" if "-" not in z else ""), "zip"))
        else:
            ln.add("International patient check-in: passport=", (passport(), "other_id"), f" country={pick(['MEX', 'IND', 'NGA', 'PHL', 'DEU', 'KOR'])} name=",
                   (nm(f, l, "LF"), "name"), " visa_exp=2026-", f"{R.randint(1, 12):02d}")
    else:
        ln.add(pick([f"card reader {pick(['MagTek eDynamo', 'Honeywell 1950g'])} SN {instr_sn()} connected (usb 1-{R.randint(1, 4)})",
                     f"check-in flow v{R.randint(3, 9)}.{R.randint(0, 20)} loaded, language=es, session {hexs(16)}",
                     f"PDF417 parse failed: AAMVA header version {R.randint(1, 10):02d} not supported (scanner fw {R.randint(1, 9)}.{R.randint(0, 9)})"]))
    return ln


@gen("parking_valet", 0.4)
def g_parking(phi):
    ln = L("parking_valet", syslog_prefix("sched-api-1", "valet-bridge"))
    if phi:
        ln.add(f"ticket {R.randint(1000, 9999)} linked to appointment {R.randint(10000, 999999)}: plate ", (plate(), "vehicle"), f" ({pick(['IL', 'CA', 'WA'])})")
        if R.random() < 0.6:
            ln.add(" VIN ", (vin(), "vehicle"))
        ln.add(" owner=patient")
    else:
        ln.add(pick([f"shuttle unit {R.randint(1, 12)} GPS ping lat=41.{R.randint(1000, 9999)} lon=-87.{R.randint(1000, 9999)}",
                     f"garage B occupancy {R.randint(10, 99)}% ({R.randint(100, 900)} spaces)"]))
    return ln


@gen("biometric_identity", 0.5)
def g_bio(phi):
    ln = L("biometric_identity", spring_prefix("INFO", "c.m.id.PalmVeinService"))
    if phi:
        k = R.randrange(2)
        if k == 0:
            ln.add("palm vein template enrolled for MRN ", (mrn(), "mrn"), " template=", (b64(48), "biometric"), f" quality={R.randint(60, 99)}")
        else:
            ln.add("fingerprint match score=", str(R.randint(40, 99)), " for patient ", (nm(*person(), "fl"), "name"), " minutiae=", (hexs(40).upper(), "biometric"))
    else:
        ln.add(pick([f"palm reader PV-{R.randint(100, 999)} health check OK (driver {R.randint(1, 5)}.{R.randint(0, 9)})",
                     f"template store compaction removed {R.randint(0, 900)} orphaned records in {R.randint(1, 90)}s"]))
    return ln


@gen("patient_photo_upload", 0.5)
def g_photo(phi):
    ln = L("patient_photo_upload", django_prefix("INFO", "portal.media"))
    if phi:
        pid = R.randint(100000, 999999)
        ln.add("Uploaded patient photo for MRN ", (mrn(), "mrn"), ": ", (pick([f"s3://portal-uploads/patient-photos/{pid}/{hexs(12)}.jpg",
                                                                               f"/var/app/media/photos/pt_{pid}_face.jpg"]), "photo"), f" ({R.randint(80, 900)} KB)")
    else:
        ln.add(pick([f"Thumbnail worker processed {R.randint(1, 90)} images in {R.randint(1, 60)}s (queue media-thumbs)",
                     f"Uploaded clinic logo /var/app/media/branding/logo_{hexs(6)}.png ({R.randint(5, 90)} KB)"]))
    return ln


# ============================ INFRA NOISE ==============================
@gen("infra_noise", 1.0)
def g_infra(phi):
    if phi:
        # infra lines occasionally carry PHI through a mis-configured debug log
        f, l = person()
        return L("infra_noise", f"{ts_iso()}Z DEBUG {pick(HOSTS)} http-client: POST https://api.example-clearinghouse.com/v1/patients body=",
                 "{\"firstName\":\"", (f, "name"), "\",\"lastName\":\"", (l, "name"), "\",\"ssn\":\"", (ssn(), "ssn"), "\",\"homePhone\":\"", (phone("dash"), "phone"), "\"}")
    return L("infra_noise", pick([
        f"{ts_iso()}Z INFO {pick(HOSTS)} liquibase: ChangeSet db/changelog/2024/{R.randint(1, 12):02d}-add-index-appointment.xml::{R.randint(1, 90)}::dev ran successfully in {R.randint(1, 900)}ms",
        f"{ts_iso()}Z INFO {pick(HOSTS)} gc: [GC (G1 Evacuation Pause) {R.randint(100, 4000)}M->{R.randint(100, 3000)}M({R.randint(4000, 8000)}M), {R.randint(1, 300)/1000:.4f} secs]",
        f"{ts_iso()}Z WARN {pick(HOSTS)} kubelet: Readiness probe failed: Get \"http://{private_ip()}:8080/actuator/health\": context deadline exceeded",
        f"{ts_iso()}Z INFO {pick(HOSTS)} resolver: api.surescripts.net -> {public_ip()} (ttl {R.randint(30, 600)}s)",
        f"{ts_iso()}Z INFO {pick(HOSTS)} deploy: image registry.example-health.org/{pick(['fhir', 'lis', 'portal'])}:{R.randint(1, 9)}.{R.randint(0, 30)}.{R.randint(0, 99)} digest sha256:{hexs(64)}",
        f"{ts_iso()}Z INFO {pick(HOSTS)} tls: certificate CN={pick(HOSTS)}.example-health.org serial {hexs(32).upper()} expires 2025-{R.randint(1,12):02d}-{R.randint(1,28):02d}",
        f"{ts_iso()}Z INFO {pick(HOSTS)} backup: pg_dump lis_prod completed size={R.randint(10, 900)}GB duration={R.randint(5, 200)}m md5={hexs(32)}"]))
@gen("him_release_of_information", 0.9)
def g_roi(phi):
    ln = L("him_release_of_information", f"{ts_log()} {pick(['INFO', 'WARN'])} [roi-worker-{R.randint(1, 4)}] ")
    req = f"ROI-{R.randint(2024000, 2024999)}"
    if phi:
        f, l = person()
        k = R.randrange(4)
        if k == 0:
            ln.add(f"{req}: records for ", (nm(f, l, "fl"), "name"), " (DOB ", (fmt_date(dob(), "us"), "date"), ") sent to patient fax ", (phone(pick(["paren", "dash"])), "fax"),
                   f", {R.randint(2, 90)} pages, dates of service ", (fmt_date(ymd_recent(2023, 2023), "us"), "date"), " to ", (fmt_date(ymd_recent(2024, 2024), "us"), "date"))
        elif k == 1:
            ln.add(f"{req}: fax transmission failed to ", (phone("dot"), "fax"), " (no carrier); requester=patient mrn=", (mrn(), "mrn"))
        elif k == 2:
            s, c, st, z = addr()
            ln.add(f"{req}: CD of imaging mailed to ", (s, "address"), ", ", (c, "address"), f", {st} ", (z, "zip"), " tracking 1Z", hexs(16).upper())
        else:
            ln.add(f"{req}: identity verified with passport ", (passport(), "other_id"), " for requester ", (nm(f, l, "LF"), "name"), " phone ", (phone(), "phone"),
                   " fax ", (phone(), "fax"))
    else:
        ln.add(pick([f"ROI queue: {R.randint(0, 90)} pending, {R.randint(0, 20)} awaiting authorization, oldest {R.randint(1, 30)}d",
                     f"{req}: invoice generated ${R.randint(5, 90)}.{R.randint(0, 99):02d} (state fee schedule 2024) status=AWAITING_PAYMENT",
                     f"{req}: fax job {R.randint(10000, 99999)} delivered via fax-gw-{R.randint(1, 3)} ({R.randint(1, 80)} pages, {R.randint(20, 900)}s)",
                     f"Outbound fax line for HIM department set to 1-888-{R.randint(200, 999)}-{R.randint(1000, 9999)} (config v{R.randint(1, 9)})"]))
    return ln


@gen("telehealth_session", 0.8)
def g_tele(phi):
    ln = L("telehealth_session", f"{ts_iso()}Z {pick(['info', 'warn'])} video-svc ")
    if phi:
        f, l = person()
        k = R.randrange(3)
        if k == 0:
            slug = f"{f.lower()[:1]}{l.lower().encode('ascii', 'ignore').decode().replace(' ', '').replace(chr(39), '')}-{hexs(6)}"
            ln.add("visit link created ", (f"https://telehealth.example-health.org/join/{slug}", "url"), " for appointment on ", (fmt_date(ymd_recent()), "date"))
        elif k == 1:
            ln.add("participant joined role=patient display_name=\"", (nm(f, l, "fl"), "name"), "\" remote_addr=", (pub_ip_or_v6(), "ip"), f" codec=VP8 rtt={R.randint(10, 400)}ms")
        else:
            ln.add("patient device registered push_token=", hexs(32), " device_imei=", (imei(), "device"), " wifi_mac=", (mac("-"), "device"), " user=", (email(f, l), "email"))
    else:
        ln.add(pick([f"room {hexs(10)} closed after {R.randint(1, 60)}m, participants=2, turn={private_ip()}:3478",
                     f"SFU node media-{R.randint(1, 9)} cpu={R.randint(5, 95)}% rooms={R.randint(0, 200)}",
                     f"participant joined role=provider display_name=\"{pick(DOCS)}\" remote_addr={private_ip()} codec=H264",
                     f"recording disabled by policy for tenant {hexs(8)} (HIPAA BAA v{R.randint(1, 4)})"]))
    return ln


@gen("ems_epcr_import", 0.7)
def g_ems(phi):
    ln = L("ems_epcr_import", f"{ts_log()} INFO  [epcr-import] ")
    unit = f"{pick(['M', 'MEDIC', 'A'])}-{R.randint(1, 40)}"
    if phi:
        f, l = person()
        k = R.randrange(3)
        if k == 0:
            age, bd = old_age_dob()
            ln.add(f"NEMSIS 3.5 record {uuid()} unit {unit}: ePatient.02=", (l, "name"), " ePatient.03=", (f, "name"), " ePatient.17=", (fmt_date(bd), "date"),
                   " ePatient.15=", (str(age), "age"), f" ePatient.16=Years eSituation.11={pick(ICD)}")
        elif k == 1:
            ln.add(f"MVC run {unit}: patient-owned vehicle plate=", (plate(), "vehicle"), " vin=", (vin(), "vehicle"), " matched to ED arrival for ", (nm(f, l, "LF"), "name"))
        else:
            s, c, st, z = addr()
            ln.add(f"scene address for {unit} patient (home): ", (s, "address"), ", ", (c, "address"), f" {st} ", (z, "zip"), "; callback ", (phone(), "phone"))
    else:
        ln.add(pick([f"unit {unit} (VIN on file, fleet #{R.randint(100, 999)}) crew checked in, odometer {R.randint(10000, 200000)} mi",
                     f"imported {R.randint(1, 90)} NEMSIS records from state repository, schema 3.5.0.{R.randint(200000, 240000)}",
                     f"unit {unit} AVL ping lat=44.{R.randint(1000, 9999)} lon=-93.{R.randint(1000, 9999)} status=TRANSPORTING"]))
    return ln


@gen("ivr_voice", 0.5)
def g_ivr(phi):
    ln = L("ivr_voice", syslog_prefix(pick(["ivr-01", "ivr-02"]), "asterisk-agi"))
    call = f"{R.randint(1700000000, 1730000000)}.{R.randint(1, 9999)}"
    if phi:
        k = R.randrange(3)
        if k == 0:
            ln.add(f"call {call} pharmacy-refill ANI=", (phone("e164"), "phone"), " dob_entered=", (fmt_date(dob(), "compact"), "date"), " auth=OK")
        elif k == 1:
            ln.add(f"call {call} voice biometric enroll mrn=", (mrn(), "mrn"), " voiceprint=", (b64(44), "biometric"), f" snr={R.randint(10, 40)}dB")
        else:
            ln.add(f"call {call} appointment-confirm ANI=", (phone("plain"), "phone"), " appt=", (fmt_date(ymd_recent()), "date"), " response=CONFIRMED")
    else:
        ln.add(pick([f"call {call} queue=scheduling wait={R.randint(0, 900)}s agent=SIP/{R.randint(1000, 1999)} ANI=anonymous",
                     f"call {call} menu=main dtmf={R.randint(1, 9)} duration={R.randint(5, 600)}s trunk=PRI-{R.randint(1, 4)}",
                     f"voice biometric engine v{R.randint(2, 6)}.{R.randint(0, 9)} loaded model checksum {hexs(16)}"]))
    return ln


# ----------------------------------------------------------------- driver
def main():
    lines = []
    nphi_target = round(N_LINES * PHI_TARGET)
    flags = [True] * nphi_target + [False] * (N_LINES - nphi_target)
    R.shuffle(flags)
    cat_count = {c: 0 for c in CATS}
    for want in flags:
        # PHI lines: pick the family, draw a few candidates from it and keep the one
        # covering the currently rarest categories, so that rare categories (fax, device, url, ...) are
        # represented in a 500-line corpus. Non-PHI lines: single draw.
        cands = []
        fam, g, _w = R.choices(GENS, weights=[w for _, _, w in GENS])[0]
        for _ in range(CANDIDATES if want else 1):
            ln = g(want)
            assert ln.family == fam
            # phi flag must agree with spans produced
            assert bool(ln.spans) == want, (fam, want, ln.text())
            score = max((1.0 / (1 + cat_count[c]) for c in {sp[2] for sp in ln.spans}), default=0.0)
            cands.append((score, ln))
        best = max(cands, key=lambda t: t[0])[1]
        for sp in best.spans:
            cat_count[sp[2]] += 1
        lines.append(best)

    log_path = os.path.join(HERE, "n.log")
    lab_path = os.path.join(HERE, "n.labels.jsonl")
    with open(log_path, "wb") as lf, open(lab_path, "w", encoding="utf-8", newline="\n") as jf:
        for i, ln in enumerate(lines, 1):
            raw = bytes(ln.buf)
            assert b"\n" not in raw and b"\r" not in raw, ln.text()
            raw.decode("utf-8")
            spans = []
            prev_e = -1
            for s, e, cat, val in sorted(ln.spans):
                assert cat in CATS, cat
                assert raw[s:e] == val.encode("utf-8"), (raw[s:e], val)
                assert val == val.strip() and val, repr(val)
                assert s >= prev_e, "overlap"
                prev_e = e
                spans.append({"s": s, "e": e, "cat": cat})
            lf.write(raw + b"\n")
            jf.write(json.dumps({"line": i, "family": ln.family, "spans": spans}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
