#!/usr/bin/env python3
"""gen_qy.py - labeled synthetic log corpus "qy".

Organisation: OstoMeridian Home Supply LLC (fictional), a mail-order
ostomy and continence (intermittent catheter, incontinence) supplier with
wound-ostomy-continence (WOC) nurses.  Patients get monthly resupply
shipments, surgeons renew prescriptions (DWOs) by fax / HL7 / FHIR,
patients send stoma measurement photos through the "OstoMeridian
Companion" app which WOC nurses review in the nurse app, claims go to the
Medicare DME MAC through a clearinghouse, and a customer-care team chats
and texts with patients and caregivers.

Output: qy.log (500 lines) and qy.labels.jsonl, in the current directory.
Standard library only, fixed seed -> byte-identical output on every run.

Systems simulated (family names in the labels)
  order_json     order-svc (Node/pino JSON): resupply orders, reservations
  wms_logfmt     warehouse WMS (logfmt): pick/pack/wave/ship, SKUs, lots
  carrier_kv     UPS/FedEx tracking webhook consumer (key=value, Python logging)
  nginx          edge nginx access log: patient portal, nurse app, probes
  hl7v2          surgeon EHR -> intake HL7 v2.5.1 ORM^O01 (one segment/line)
  fhir           FHIR R4 DeviceRequest / Patient / OperationOutcome JSON
  x12            X12 5010 837P claims and 835 remittance (one segment/line)
  fax_syslog     e-fax server + OCR classifier (RFC3164 syslog)
  chat_json      customer-care chat transcript export (two exporters)
  sms_kv         SMS reminder gateway (Twilio-style key=value)
  java_trace     billing-svc (Spring Boot) logs and stack traces
  postgres       PostgreSQL server log (slow statements, errors)
  app_events     Companion / nurse app backend (structlog JSON)
  refill_csv     nightly refill-schedule CSV export (header + rows)
  elig_pipe      Medicare HETS 270/271 eligibility service (pipe rows)
  payments_kv    card payment gateway adapter (key=value)
  auth_syslog    sshd / Okta / VPN staff authentication syslog
  cef            SIEM CEF events (CareCRM audit, voice-biometric IVR, firewall)
  stmt_fixed     patient statement print file (fixed width)
  order_xml      DME e-order portal XML messages (one element per line)

Labeling decisions (grey cases)
  * Patients and their caregivers / household members / emergency contacts
    are the people served: their names, addresses, contact data and IDs
    are PHI.  Staff (WOC nurses, agents, warehouse pickers), surgeons and
    other prescribers (names, NPIs, practice phones/faxes/addresses), the
    company, its warehouse, payers and vendors are not PHI.
  * A partial name ("D. Kowalczyk", a carrier "signed by" surname, first
    name only in an SMS or chat greeting) is still a `name`.
  * Internal patient ID (PT + 7 digits), hospital MRNs in HL7 PID-3 and the
    FHIR Patient logical id are `mrn`.  Billing account numbers (AR...),
    the X12 CLM01 / 835 CLP01 patient control number and card PANs are
    `account`.  Masked cards (last 4 only) and payment tokens are not PHI.
  * A PAN that fails Luhn (typo'd card) is still labeled `account`.
  * Prescription / DWO numbers (RX-...), prior-authorisation numbers and the
    payer's claim control number (ICN) are `other_id`.  Business sales
    order numbers (SO-...), shipment, wave, tote, tracking numbers, chat
    conversation and ticket ids are not PHI.
  * MBI, Medicaid ID, commercial member / subscriber ID: `health_plan`.
  * Obvious placeholder values (SSN 000000000 / 999-99-9999) are not PHI.
  * Dates of birth, surgery (ostomy creation), prescription/order signature,
    service, next-ship and statement dates tied to a patient are `date`;
    log-record timestamps, carrier scan times, batch/wave dates and years
    alone are not.  Ages are labeled only when over 89.
  * Relative request paths in access logs: only the embedded patient
    identifier is labeled (as `mrn`).  Absolute URLs / URIs (with a scheme,
    incl. s3://) that contain a patient identifier are one `url` span.
  * Public client IPs of patients/caregivers on the patient portal and
    Companion app are `ip`; internal 10.x addresses, staff VPN IPs, server
    IPs and anonymous scanners are not.
  * The Companion app's per-install device identifier (IDFV/Android ID) of
    the patient's phone is `device`; nurses' managed device IDs are not.
  * Stoma photos are clinical close-ups, not face images: their content is
    never present and their bytes are not labeled `photo`; an identity
    selfie (base64 JPEG) captured at onboarding is `photo`.
  * A voiceprint enrollment/template id from the IVR voice biometric is
    `biometric`.
  * A city is labeled `address` when it is part of a patient's address;
    states are not labeled.  ZIP always its own `zip` span.
  * A licence plate in delivery instructions is `vehicle`; a driver's
    licence number captured for identity verification is `license`.
  * Stoma sizes, HCPCS / ICD-10 codes, product names (some look like
    names: "Esteem", "Mio", "Brava", "Natura") and lot numbers are not PHI.
"""
import base64
import datetime as dt
import hashlib
import json
import random
import sys

SEED = 23118
R = random.Random(SEED)
N_LINES = 500


# ---------------------------------------------------------------- builder
class T(list):
    """free text made of (text, cat-or-None) pieces"""


class O(list):
    """JSON object: list of (key, value[, cat])"""


class A(list):
    """JSON array"""


class Ln:
    def __init__(self, fam):
        self.fam = fam
        self.buf = bytearray()
        self.spans = []  # (s, e, cat, expected_text, raw_value, encoding)

    def t(self, x):
        self.buf += str(x).encode("utf-8")
        return self

    def p(self, v, cat, raw=None, enc=None):
        v = str(v)
        if cat is None:
            return self.t(v)
        b = v.encode("utf-8")
        s = len(self.buf)
        self.buf += b
        self.spans.append((s, len(self.buf), cat, v, v if raw is None else raw, enc))
        return self

    def txt(self, pieces):
        for x, c in pieces:
            self.p(x, c)
        return self


def jesc(s, ea):
    return json.dumps(s, ensure_ascii=ea)[1:-1]


def jstr(ln, v, cat, ea):
    ln.t('"')
    pieces = v if isinstance(v, T) else [(v, cat)]
    for x, c in pieces:
        e = jesc(x, ea)
        if c:
            ln.p(e, c, raw=x, enc="json" if e != x else None)
        else:
            ln.t(e)
    ln.t('"')


def jval(ln, v, cat, ea, sp):
    if isinstance(v, O):
        J(ln, v, ea, sp)
    elif isinstance(v, A):
        ln.t("[")
        for i, x in enumerate(v):
            if i:
                ln.t(sp[0])
            jval(ln, x, None, ea, sp)
        ln.t("]")
    elif isinstance(v, (str, T)):
        jstr(ln, v, cat, ea)
    elif v is None:
        ln.t("null")
    elif isinstance(v, bool):
        ln.t("true" if v else "false")
    else:
        ln.p(json.dumps(v), cat)


def J(ln, items, ea=False, sp=(",", ":")):
    ln.t("{")
    for i, it in enumerate(items):
        k, v = it[0], it[1]
        cat = it[2] if len(it) > 2 else None
        if i:
            ln.t(sp[0])
        ln.t(json.dumps(k) + sp[1])
        jval(ln, v, cat, ea, sp)
    ln.t("}")
    return ln


def KV(ln, items, sep=" ", quote_all=False):
    """logfmt / key=value; item = (key, value[, cat])"""
    for i, it in enumerate(items):
        k, v = it[0], it[1]
        cat = it[2] if len(it) > 2 else None
        if i:
            ln.t(sep)
        ln.t(k + "=")
        v = str(v)
        if quote_all or any(ch in v for ch in ' ="') or v == "":
            ln.t('"')
            ln.p(v.replace('"', '\\"'), cat, raw=v)
            ln.t('"')
        else:
            ln.p(v, cat)
    return ln


# ---------------------------------------------------------------- data
FIRST = ["Dorota", "Harold", "Marisol", "Kwame", "Evelyn", "Tuan", "Bernadette",
         "Oluwaseun", "Gunnar", "Priya", "Clement", "Rosalind", "Dmitri", "Faith",
         "Ignacio", "Mae", "Wendell", "Siobhan", "Hiroshi", "Lorraine", "Baxter",
         "Ngozi", "Earl", "Zofia", "Rajesh", "Constance", "Jolene", "Yusuf",
         "Genevieve", "Aurelio", "Minh", "Hope", "Leland", "Ingrid", "Desmond",
         "Carmela", "Thaddeus", "Ayesha", "Vernon", "Lupe", "José", "Zoë", "Renée"]
LAST = ["Kowalczyk", "Baker", "Oyelaran-Smith", "de la Cruz", "Nguyen", "Van der Berg",
        "Winter", "Strong", "Mbeki", "Castellanos-Ruiz", "O'Donnell", "Hope",
        "Ferreira", "Lindqvist", "Takahashi", "Rose", "Abernathy", "Okafor",
        "Marsh", "St. Clair", "Bishop", "Haddad", "Puckett", "Szymański",
        "Iyer", "Fox", "MacAllister", "Delacroix", "Young-Hee", "Brook",
        "Nakamura-Price", "Petrakis", "Summers", "Villanueva", "Goodnight",
        "Núñez-Ibarra", "Schäfer", "Love", "Ashworth", "Dubois"]
MALE = {"Harold", "Kwame", "Tuan", "Oluwaseun", "Gunnar", "Clement", "Dmitri", "Ignacio", "Wendell",
        "Hiroshi", "Baxter", "Earl", "Rajesh", "Yusuf", "Aurelio", "Minh", "Leland", "Desmond",
        "Thaddeus", "Vernon", "José"}
STREETS = ["Oak", "Meadowlark", "W 87th", "Quivira", "Antioch", "Maple Ridge",
           "Lone Elm", "Cedar Crest", "N Garfield", "Harvest", "Sycamore",
           "Prairie View", "E Bannister", "Juniper", "Riverside", "Elmhurst",
           "Tomahawk Creek", "Wornall", "Blue Ridge", "Magnolia", "Pinecrest"]
STYPES = ["St", "Ave", "Rd", "Dr", "Ln", "Ct", "Pkwy", "Blvd", "Ter", "Cir"]
CITIES = [("Overland Park", "KS", "66212"), ("Olathe", "KS", "66061"),
          ("Independence", "MO", "64055"), ("Lee's Summit", "MO", "64063"),
          ("Topeka", "KS", "66604"), ("Omaha", "NE", "68134"),
          ("Springfield", "MO", "65804"), ("Wichita", "KS", "67212"),
          ("Des Moines", "IA", "50315"), ("Tulsa", "OK", "74133"),
          ("St. Joseph", "MO", "64506"), ("Lincoln", "NE", "68516"),
          ("Joplin", "MO", "64804"), ("Manhattan", "KS", "66502"),
          ("Council Bluffs", "IA", "51503"), ("Bentonville", "AR", "72712"),
          ("Hutchinson", "KS", "67501"), ("Columbia", "MO", "65203"),
          ("Salina", "KS", "67401"), ("Grand Island", "NE", "68803")]
AREA = {"KS": ["913", "785", "316", "620"], "MO": ["816", "417", "573", "660"],
        "NE": ["402", "308"], "IA": ["515", "712"], "OK": ["918", "405"], "AR": ["479"]}
MAILDOM = ["gmail.com", "yahoo.com", "aol.com", "sbcglobal.net", "outlook.com",
           "kc.rr.com", "icloud.com", "cox.net"]
OST = [("colostomy", "Z93.3", "Colostomy status", ["A4416", "A4405", "A4362"]),
       ("ileostomy", "Z93.2", "Ileostomy status", ["A4414", "A4406", "A4385"]),
       ("urostomy", "Z93.6", "Other artificial openings of urinary tract status", ["A4432", "A4434", "A4357"]),
       ("isc", "N31.9", "Neuromuscular dysfunction of bladder, unspecified", ["A4351", "A4352", "A4332"]),
       ("incontinence", "R32", "Unspecified urinary incontinence", ["A4554", "T4522", "A4335"])]
PRODUCTS = [("CPL-10382", "Coloplast SenSura Mio Convex Light 1pc drainable 10-43mm", "A4416"),
            ("HOL-18193", "Hollister New Image FlexTend barrier 57mm", "A4414"),
            ("HOL-8331", "Hollister Adapt Barrier Ring 48mm", "A4385"),
            ("CVT-416417", "ConvaTec Esteem+ Flex Convex closed 13-45mm", "A4416"),
            ("CVT-125263", "ConvaTec Natura Moldable Durahesive 57mm", "A4414"),
            ("CPL-12050", "Coloplast Brava Elastic Barrier Strip", "A4362"),
            ("CUR-M14", "Cure Medical Pocket Catheter 14Fr straight", "A4351"),
            ("HOL-90144", "Hollister VaPro Plus Pocket 14Fr", "A4352"),
            ("CPL-28270", "Coloplast SpeediCath Compact Eve 12Fr", "A4351"),
            ("PRV-6035", "Prevail Per-Fit Extra Brief L", "T4522"),
            ("TNA-5448", "TENA ProSkin Underpad 30x36", "A4554"),
            ("MRL-45310", "Marlen UltraLite urostomy pouch 1-1/4 convex", "A4432")]
NURSES = [("rodoya", "Rachel Oduya, RN, CWOCN"), ("twierz", "Tomasz Wierzbicki, BSN, CWON"),
          ("lbeaumont", "Lydia Beaumont, RN, COCN"), ("jfairweather", "Jesse Fairweather, RN, CWCN")]
AGENTS = [("kbrennan", "Kayla"), ("mortiz", "Miguel"), ("dsharpe", "Denise"),
          ("apatel2", "Anil"), ("svance", "Shawna")]
PICKERS = ["p.luna", "b.hoskins", "t.amadi", "r.kraus", "w.deng"]


def luhn_digit(payload):
    tot = 0
    for i, ch in enumerate(reversed(payload)):
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


SURGEONS = [("Alan Prewitt, MD", "PREWITT^ALAN", npi(), "Mid-America Colorectal Surgery", "9135550182"),
            ("Farah Qureshi, DO", "QURESHI^FARAH", npi(), "Heartland Urology Associates", "8165550144"),
            ("Stefan Nilsson, MD", "NILSSON^STEFAN", npi(), "Saint Luke's Surgical Specialists", "8165550110"),
            ("Grace Adeyemi, MD", "ADEYEMI^GRACE", npi(), "Nebraska GI & Colorectal", "4025550169"),
            ("Marcus Whitley, MD", "WHITLEY^MARCUS", npi(), "Ozark Surgical Group", "4175550133")]
ORG_NPI = npi()
ORG = {"name": "OSTOMERIDIAN HOME SUPPLY LLC", "addr": "2250 RIVERBEND INDUSTRIAL DR",
       "city": "LENEXA", "st": "KS", "zip": "662151902", "tin": "481227736", "phone": "8004312276",
       "ptan": "3388410001"}

MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    d = "0123456789"
    an = d + MBI_A
    return (R.choice("123456789") + R.choice(MBI_A) + R.choice(an) + R.choice(d) +
            R.choice(MBI_A) + R.choice(an) + R.choice(d) + R.choice(MBI_A) +
            R.choice(MBI_A) + R.choice(d) + R.choice(d))


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def card(valid=True):
    p = "4" + "".join(R.choice("0123456789") for _ in range(14))
    c = luhn_digit(p)
    if not valid:
        c = str((int(c) + R.randint(1, 9)) % 10)
    return p + c


def phone(st):
    return R.choice(AREA[st]) + str(R.randint(2, 9)) + "%02d" % R.randint(0, 99) + "%04d" % R.randint(0, 9999)


def fmt_ph(p, style):
    if style == 0:
        return "(%s) %s-%s" % (p[:3], p[3:6], p[6:])
    if style == 1:
        return "%s-%s-%s" % (p[:3], p[3:6], p[6:])
    if style == 2:
        return "+1" + p
    return "%s.%s.%s" % (p[:3], p[3:6], p[6:])


def rdate(y0, y1):
    d0 = dt.date(y0, 1, 1).toordinal()
    d1 = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(R.randint(d0, d1))


class Pt:
    pass


def make_patient(i):
    p = Pt()
    p.id = "PT%07d" % R.randint(1000000, 9899999)
    p.first = FIRST[i % len(FIRST)] if i < len(FIRST) else R.choice(FIRST)
    p.last = R.choice(LAST)
    p.mi = R.choice("ABCDEFGHJKLMNPRSTW")
    p.sex = "M" if p.first in MALE else "F"
    p.dob = rdate(1929, 1962) if R.random() < 0.85 else rdate(1965, 1990)
    p.age = 2024 - p.dob.year - (1 if (p.dob.month, p.dob.day) > (11, 18) else 0)
    city, st, z = R.choice(CITIES)
    p.street = "%d %s %s" % (R.randint(100, 19999), R.choice(STREETS), R.choice(STYPES))
    p.apt = R.choice(["", "", "", "Apt %d%s" % (R.randint(1, 40), R.choice("ABC")), "Unit %d" % R.randint(2, 300)])
    p.city, p.st, p.zip = city, st, z if R.random() < 0.7 else z[:3] + "%02d" % R.randint(1, 99)
    p.phone = phone(st)
    p.fax = phone(st) if R.random() < 0.25 else None
    base = (p.first[0] + p.last).lower()
    base = "".join(ch for ch in base if ch.isalnum() and ch.isascii())
    p.email = R.choice([base + str(R.randint(1, 99)), p.first.lower().encode("ascii", "ignore").decode() + "." + base[1:], base + "_" + str(p.dob.year)]) + "@" + R.choice(MAILDOM)
    payer = R.random()
    p.payer = "MCR" if payer < 0.7 else ("MCD" if payer < 0.82 else "COM")
    p.mbi = mbi()
    p.mcd = "%s%09d" % (R.choice(["KS", "MO", "NE"]), R.randint(10 ** 8, 10 ** 9 - 1)) if p.payer == "MCD" else None
    p.com = R.choice(["XHK", "W", "BCB", "UHC"]) + "%09d" % R.randint(0, 10 ** 9 - 1)
    p.acct = "AR%08d" % R.randint(10 ** 7, 10 ** 8 - 1)
    p.ssn = ssn()
    p.ost = R.choice(OST)
    p.surg = rdate(2015, 2024) if p.ost[0] in ("colostomy", "ileostomy", "urostomy") else None
    p.mrn_h = "E%07d" % R.randint(10 ** 6, 10 ** 7 - 1)
    p.fhir = "pat-" + "".join(R.choice("0123456789abcdef") for _ in range(12))
    p.rx = "RX-24-%05d" % R.randint(10000, 99999)
    p.cg_first = R.choice(FIRST)
    p.cg_last = p.last if R.random() < 0.6 else R.choice(LAST)
    p.cg_rel = R.choice(["spouse", "partner", "adult child", "caregiver", "neighbor", "sibling"])
    p.cg_phone = phone(st)
    p.device = "".join(R.choice("0123456789ABCDEF") for _ in range(32))
    p.device = "%s-%s-%s-%s-%s" % (p.device[:8], p.device[8:12], p.device[12:16], p.device[16:20], p.device[20:])
    p.ip = "%d.%d.%d.%d" % (R.choice([24, 68, 70, 73, 97, 98, 104, 162, 174, 184]), R.randint(1, 254), R.randint(0, 254), R.randint(1, 254))
    p.stoma = R.choice([19, 22, 25, 28, 32, 35, 38, 41, 44])
    p.surgeon = R.choice(SURGEONS)
    p.next_ship = dt.date(2024, 11, 18) + dt.timedelta(days=R.randint(3, 34))
    p.fr = R.choice([10, 12, 14, 16])
    return p


PTS = [make_patient(i) for i in range(38)]
# make sure a couple are over 89
PTS[3].dob = dt.date(1931, 6, 2); PTS[3].age = 93
PTS[11].dob = dt.date(1933, 1, 27); PTS[11].age = 91


def pick():
    return R.choice(PTS)


def pick_mcr():
    return R.choice([p for p in PTS if p.payer == "MCR"])


def plan_id(p):
    if p.payer == "MCR":
        return p.mbi
    if p.payer == "MCD":
        return p.mcd
    return p.com


# ---------------------------------------------------------------- clock
CLOCK = [dt.datetime(2024, 11, 18, 6, 0, 3, 118000)]


def tick():
    CLOCK[0] += dt.timedelta(milliseconds=R.randint(150, 14000))
    return CLOCK[0]


def iso(t, ms=True):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + (".%03dZ" % (t.microsecond // 1000) if ms else "Z")


def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid():
    h = rhex(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:])


def so():
    return "SO-%07d" % R.randint(1100000, 1199999)


def lot():
    return "L%02dK%04d" % (R.choice([23, 24]), R.randint(1, 9999))


# ---------------------------------------------------------------- systems
def order_json():
    t = tick()
    ln = Ln("order_json")
    base = [("level", 30), ("time", int(t.timestamp() * 1000)), ("pid", 4127),
            ("hostname", "order-svc-6b8c9d7f4-x2k4p"), ("name", "order-svc")]
    r = R.random()
    if r < 0.4:
        p = pick()
        prod = R.choice([x for x in PRODUCTS if x[2] in p.ost[3]] or PRODUCTS)
        items = base + [("msg", "resupply order created"), ("orderId", so()), ("patientId", p.id, "mrn"),
                        ("cycle", R.choice(["monthly", "monthly", "90day"])),
                        ("nextShipDate", p.next_ship.isoformat(), "date"),
                        ("items", A([O([("hcpcs", prod[2]), ("sku", prod[0]), ("qty", R.choice([10, 15, 20, 30, 200]))])])),
                        ("payer", {"MCR": "MEDICARE_B", "MCD": "MEDICAID", "COM": "COMMERCIAL"}[p.payer]),
                        ("dwoOnFile", R.random() < 0.8)]
    elif r < 0.55:
        p = pick()
        items = [("level", 40)] + base[1:] + [("msg", "resupply held: prescription expired"), ("patientId", p.id, "mrn"),
                                              ("rx", p.rx, "other_id"), ("rxExpires", (dt.date(2024, 11, 18) - dt.timedelta(days=R.randint(1, 40))).isoformat(), "date"),
                                              ("action", "renewal_fax_queued")]
    elif r < 0.75:
        sku = R.choice(PRODUCTS)
        items = base + [("msg", "inventory reservation ok"), ("sku", sku[0]), ("lot", lot()), ("warehouse", "LNX1"),
                        ("qty", R.randint(1, 40)), ("reservationId", uuid())]
    elif r < 0.9:
        items = base + [("req", O([("id", "req-" + rhex(8)), ("method", R.choice(["GET", "POST"])), ("url", R.choice(["/v2/orders/batch", "/v2/healthz", "/v2/catalog/skus?updatedSince=2024-11-17"]))])),
                        ("res", O([("statusCode", R.choice([200, 200, 201, 304]))])), ("responseTime", R.randint(3, 900)), ("msg", "request completed")]
    else:
        items = base + [("msg", "resupply batch window"), ("batchId", "rb-20241118-%02d" % R.randint(1, 6)),
                        ("eligible", R.randint(900, 1400)), ("heldNoDwo", R.randint(10, 80)), ("durationMs", R.randint(2000, 60000))]
    return [J(ln, items)]


def wms_logfmt():
    t = tick()
    ln = Ln("wms_logfmt")
    prod = R.choice(PRODUCTS)
    r = R.random()
    head = [("ts", iso(t)), ("level", "info"), ("svc", "wms"), ("site", "LNX1")]
    if r < 0.5:
        items = head + [("event", "pick"), ("wave", "W1118-%02d" % R.randint(1, 9)), ("sku", prod[0]), ("lot", lot()),
                        ("exp", "2027-%02d" % R.randint(1, 12)), ("qty", R.choice([1, 2, 3, 10])), ("bin", "A-%02d-%02d" % (R.randint(1, 30), R.randint(1, 8))),
                        ("tote", "T%05d" % R.randint(1, 9999)), ("user", R.choice(PICKERS)), ("dur_ms", R.randint(800, 9000))]
    elif r < 0.7:
        p = pick()
        nm = p.first[0] + ". " + p.last
        items = head + [("event", "pack_verified"), ("order", so()), ("shipto", nm, "name"), ("cartons", 1),
                        ("weight_lb", "%.1f" % R.uniform(1.2, 18)), ("dims", "14x10x6"), ("packer", R.choice(PICKERS))]
    elif r < 0.85:
        car = R.choice(["UPS", "UPS", "FEDEX", "USPS"])
        trk = {"UPS": "1Z" + "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(16)),
               "FEDEX": "%012d" % R.randint(10 ** 11, 10 ** 12 - 1),
               "USPS": "9400" + "".join(R.choice("0123456789") for _ in range(18))}[car]
        items = head + [("event", "label_printed"), ("order", so()), ("carrier", car),
                        ("service", {"UPS": "GROUND", "FEDEX": "HOME_DELIVERY", "USPS": "GROUND_ADVANTAGE"}[car]), ("tracking", trk),
                        ("printer", "ZT411-LNX1-0%d" % R.randint(1, 4))]
    else:
        items = [("ts", iso(t)), ("level", "warn"), ("svc", "wms"), ("site", "LNX1"), ("event", "short_pick"), ("sku", prod[0]),
                 ("wanted", 10), ("got", R.randint(0, 9)), ("bin", "C-%02d-01" % R.randint(1, 20))]
    return [KV(ln, items)]


def carrier_kv():
    t = tick()
    ln = Ln("carrier_kv")
    ln.t(t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000) + " INFO carrier.ups.webhook ")
    trk = "1Z" + "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(16))
    r = R.random()
    if r < 0.45:
        KV(ln, [("tracking", trk), ("status", R.choice(["IN_TRANSIT", "ORIGIN_SCAN", "DEPARTED"])), ("loc", R.choice(["LENEXA, KS", "KANSAS CITY, MO", "HODGKINS, IL", "OMAHA, NE"])),
                ("svc", "GROUND"), ("shipper", "X7R442")])
    elif r < 0.85:
        p = pick()
        items = [("tracking", trk), ("status", "DELIVERED"), ("signed_by", p.last.upper(), "name"),
                 ("city", p.city.upper(), "address"), ("state", p.st), ("zip", p.zip, "zip"), ("pod", R.choice(["FRONT DOOR", "PORCH", "RESIDENTIAL"]))]
        if R.random() < 0.5:
            items[2] = ("signed_by", "DRIVER RELEASE")
        KV(ln, items)
    else:
        p = pick()
        pl = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "%03d" % R.randint(0, 999)
        ln.t("tracking=%s status=EXCEPTION code=RESCHEDULED note=\"" % trk)
        ln.txt([("Recipient requests leave at side door of garage, blue Buick plate ", None), (pl, "vehicle"),
                (" in drive, call ", None), (fmt_ph(p.phone, 1), "phone"), ("\"", None)])
    return [ln]


UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
      "OstoMeridianCompanion/3.14.2 (iOS 17.6.1; iPhone13,2) Alamofire/5.9.1",
      "OstoMeridianCompanion/3.14.0 (Android 14; SM-S911U) okhttp/4.12.0",
      "Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1"]


def nginx():
    t = tick()
    ln = Ln("nginx")
    ts = t.strftime("[%d/%b/%Y:%H:%M:%S +0000]")
    r = R.random()
    if r < 0.35:
        p = pick()
        path = R.choice(["/api/v1/patients/%s/orders?status=open", "/api/v1/patients/%s/shipments", "/api/v1/patients/%s/stoma-photos", "/api/v1/patients/%s/prescriptions"])
        a, b = path.split("%s")
        ln.p(p.ip, "ip").t(" - - %s \"%s " % (ts, R.choice(["GET", "GET", "POST"]))).t(a).p(p.id, "mrn").t(b)
        ln.t(" HTTP/2.0\" %d %d \"https://my.ostomeridian.com/orders\" \"%s\" rt=%.3f uct=0.001 upstream=10.40.3.%d:8080"
             % (R.choice([200, 200, 200, 201, 304, 401]), R.randint(200, 40000), R.choice(UA), R.uniform(0.005, 1.2), R.randint(10, 30)))
    elif r < 0.5:
        p = pick()
        u, n = R.choice(NURSES)
        ln.t("10.40.12.%d - %s %s \"GET /nurse/v3/queue/photos?page=%d HTTP/1.1\" 200 %d \"" % (R.randint(20, 90), u, ts, R.randint(1, 4), R.randint(900, 9000)))
        ln.p("https://nurse.ostomeridian.com/pt/%s/photos" % p.id, "url")
        ln.t("\" \"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Version/17.5 Safari/605.1.15\" rt=%.3f" % R.uniform(0.01, 0.4))
    elif r < 0.75:
        ln.t("10.40.0.%d - - %s \"GET %s HTTP/1.1\" 200 %d \"-\" \"kube-probe/1.29\" rt=0.00%d"
             % (R.randint(2, 9), ts, R.choice(["/healthz", "/readyz", "/metrics"]), R.randint(2, 900), R.randint(1, 9)))
    elif r < 0.88:
        ln.t("%s - - %s \"GET /static/js/app.%s.js HTTP/2.0\" 200 %d \"https://my.ostomeridian.com/\" \"%s\" rt=%.3f"
             % (R.choice(["10.40.1.7", "10.40.1.8"]), ts, rhex(8), R.randint(40000, 900000), R.choice(UA[:2]), R.uniform(0.001, 0.05)))
    else:
        ln.t("%s - - %s \"%s HTTP/1.1\" 404 153 \"-\" \"%s\" rt=0.001"
             % (R.choice(["45.148.10.92", "194.26.192.64", "185.224.128.17"]), ts,
                R.choice(["GET /.env", "GET /wp-login.php", "POST /cgi-bin/luci/;stok=/locale", "GET /vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php"]),
                R.choice(["Mozilla/5.0 zgrab/0.x", "python-requests/2.31.0", "curl/8.4.0"])))
    return [ln]


def hl7v2():
    t = tick()
    p = pick()
    sname, shl7, snpi, sprac, sph = p.surgeon
    ctl = "MSG%08d" % R.randint(1, 99999999)
    out = []
    ln = Ln("hl7v2")
    ln.t("MSH|^~\\&|EPIC|MACS_CLINIC|OMHS_INTAKE|OSTOMERIDIAN|%s||ORM^O01^ORM_O01|%s|P|2.5.1|||AL|NE" % (t.strftime("%Y%m%d%H%M%S"), ctl))
    out.append(ln)
    ln = Ln("hl7v2")
    ln.t("PID|1||").p(p.mrn_h, "mrn").t("^^^MACS^MR~").p(p.id, "mrn").t("^^^OMHS^PI||")
    ln.p("%s^%s^%s" % (p.last.upper(), p.first.upper(), p.mi), "name").t("||").p(p.dob.strftime("%Y%m%d"), "date").t("|%s|||" % p.sex)
    ln.p("%s^%s^%s" % (p.street.upper(), p.apt.upper(), p.city.upper()), "address").t("^%s^" % p.st).p(p.zip, "zip").t("^USA^H||")
    ln.t("^PRN^PH^^1^").p(p.phone[:3] + "^" + p.phone[3:], "phone")
    if p.fax:
        ln.t("~^PRN^FX^^1^").p(p.fax[:3] + "^" + p.fax[3:], "fax")
    ln.t("|||||")
    ln.p(p.acct, "account").t("^^^OMHS^AN|")
    if R.random() < 0.6:
        ln.p(p.ssn, "ssn")
    else:
        ln.t("000000000")
    ln.t("|")
    out.append(ln)
    ln = Ln("hl7v2")
    ln.t("PV1|1|O|MACS^CLINIC^3||||%s^%s^^^MD^^^^NPI||||||||||||||||||||||||||||||||||||" % (snpi, shl7))
    out.append(ln)
    ln = Ln("hl7v2")
    ln.t("IN1|1|%s|%s|%s||||||||||||" % ({"MCR": "MCRB^MEDICARE PART B", "MCD": "KSMCD^KANCARE", "COM": "BCBSKC^BLUE KC"}[p.payer],
                                        {"MCR": "16003", "MCD": "48100", "COM": "47171"}[p.payer], {"MCR": "CGS ADMINISTRATORS JD", "MCD": "KANCARE MCO", "COM": "BLUE KC"}[p.payer]))
    ln.p("%s^%s" % (p.last.upper(), p.first.upper()), "name").t("|SEL|").p(p.dob.strftime("%Y%m%d"), "date").t("||||||||||||||||")
    ln.p(plan_id(p), "health_plan").t("|")
    out.append(ln)
    ln = Ln("hl7v2")
    ln.t("ORC|NW|").p(p.rx, "other_id").t("^MACS||||||||%s|||%s^%s^^^MD^^^^NPI|||||" % (t.strftime("%Y%m%d%H%M"), snpi, shl7))
    out.append(ln)
    prod = R.choice([x for x in PRODUCTS if x[2] in p.ost[3]] or PRODUCTS)
    ln = Ln("hl7v2")
    signed = dt.date(2024, 11, 18) - dt.timedelta(days=R.randint(0, 5))
    ln.t("OBR|1|").p(p.rx, "other_id").t("^MACS||%s^%s^HCPCS|||" % (prod[2], prod[1][:40]))
    ln.p(signed.strftime("%Y%m%d"), "date").t("|||||||||%s^%s^^^MD|||||||||||||||" % (snpi, shl7))
    out.append(ln)
    ln = Ln("hl7v2")
    ln.t("DG1|1|I10|%s^%s^I10||" % (p.ost[1], p.ost[2]))
    if p.surg:
        ln.p(p.surg.strftime("%Y%m%d"), "date")
    ln.t("|F")
    out.append(ln)
    ln = Ln("hl7v2")
    if p.ost[0] in ("isc", "incontinence"):
        ln.t("NTE|1|P|Qty %d/month, %dFr, length of need 99 months. Refills x12." % (R.choice([120, 180, 200]), p.fr))
    else:
        ln.t("NTE|1|P|Stoma %dmm %s, convex needed d/t retraction. Change q3-4d. LON 99 mo." % (p.stoma, R.choice(["round", "oval"])))
    out.append(ln)
    return out


def fhir():
    t = tick()
    ln = Ln("fhir")
    r = R.random()
    if r < 0.5:
        p = pick()
        s = p.surgeon
        prod = R.choice([x for x in PRODUCTS if x[2] in p.ost[3]] or PRODUCTS)
        authored = dt.date(2024, 11, 18) - dt.timedelta(days=R.randint(0, 9))
        J(ln, [("resourceType", "DeviceRequest"), ("id", "dr-%d" % R.randint(70000, 89999)),
               ("meta", O([("versionId", str(R.randint(1, 4))), ("lastUpdated", iso(t))])),
               ("status", "active"), ("intent", "order"),
               ("identifier", A([O([("system", "urn:oid:2.16.840.1.113883.3.9921.4"), ("value", p.rx, "other_id")])])),
               ("codeCodeableConcept", O([("coding", A([O([("system", "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"), ("code", prod[2]), ("display", prod[1])])]))])),
               ("subject", O([("reference", T([("Patient/", None), (p.fhir, "mrn")])), ("display", "%s %s" % (p.first, p.last), "name")])),
               ("authoredOn", authored.isoformat(), "date"),
               ("requester", O([("reference", "Practitioner/" + s[2]), ("display", s[0])])),
               ("reasonCode", A([O([("coding", A([O([("system", "http://hl7.org/fhir/sid/icd-10-cm"), ("code", p.ost[1])])]))])]))])
    elif r < 0.75:
        p = pick()
        J(ln, [("resourceType", "Patient"), ("id", p.fhir, "mrn"),
               ("identifier", A([O([("system", "http://hl7.org/fhir/sid/us-mbi" if p.payer == "MCR" else "https://ostomeridian.com/fhir/member-id"), ("value", plan_id(p), "health_plan")]),
                                 O([("system", "https://ostomeridian.com/fhir/patient-id"), ("value", p.id, "mrn")])])),
               ("name", A([O([("family", p.last, "name"), ("given", A([T([(p.first, "name")])]))])])),
               ("telecom", A([O([("system", "phone"), ("value", fmt_ph(p.phone, 1), "phone"), ("use", "home")]),
                              O([("system", "email"), ("value", p.email, "email")])])),
               ("gender", "female" if p.sex == "F" else "male"), ("birthDate", p.dob.isoformat(), "date"),
               ("address", A([O([("line", A([T([(p.street + (" " + p.apt if p.apt else ""), "address")])])), ("city", p.city, "address"),
                                 ("state", p.st), ("postalCode", p.zip, "zip")])]))], sp=(", ", ": "))
    else:
        J(ln, [("resourceType", "OperationOutcome"), ("id", uuid()),
               ("issue", A([O([("severity", "error"), ("code", R.choice(["processing", "not-found", "business-rule"])),
                               ("diagnostics", R.choice(["Practitioner NPI not found in NPPES cache (ttl expired)", "HCPCS A4416 requires KX modifier attestation",
                                                         "Bundle.entry[2].resource.occurrenceTiming missing repeat.frequency"]))])]))])
    return [ln]


def x12_837():
    t = tick()
    p = pick_mcr()
    s = p.surgeon
    icn = "%09d" % R.randint(1, 999999999)
    segs = []

    def seg(parts):
        ln = Ln("x12")
        ln.txt(parts)
        ln.t("~")
        segs.append(ln)
    seg([("ISA*00*          *00*          *ZZ*OSTOMERID      *ZZ*CGSJDDME       *%s*%s*^*00501*%s*0*P*:" % (t.strftime("%y%m%d"), t.strftime("%H%M"), icn), None)])
    seg([("GS*HC*OSTOMERID*CGSJDDME*%s*%s*%d*X*005010X222A1" % (t.strftime("%Y%m%d"), t.strftime("%H%M"), R.randint(1, 9999)), None)])
    seg([("ST*837*0001*005010X222A1", None)])
    seg([("BHT*0019*00*%s*%s*%s*CH" % (rhex(10).upper(), t.strftime("%Y%m%d"), t.strftime("%H%M")), None)])
    seg([("NM1*85*2*%s*****XX*%s" % (ORG["name"], ORG_NPI), None)])
    seg([("N3*%s" % ORG["addr"], None)])
    seg([("N4*%s*%s*%s" % (ORG["city"], ORG["st"], ORG["zip"]), None)])
    seg([("REF*EI*%s" % ORG["tin"], None)])
    seg([("SBR*P*18*******MB", None)])
    seg([("NM1*IL*1*", None), (p.last.upper(), "name"), ("*", None), (p.first.upper(), "name"), ("*%s***MI*" % p.mi, None), (p.mbi, "health_plan")])
    seg([("N3*", None), ((p.street + (" " + p.apt if p.apt else "")).upper(), "address")])
    seg([("N4*", None), (p.city.upper(), "address"), ("*%s*" % p.st, None), (p.zip, "zip")])
    seg([("DMG*D8*", None), (p.dob.strftime("%Y%m%d"), "date"), ("*%s" % p.sex, None)])
    seg([("NM1*PR*2*CGS ADMINISTRATORS JD DME*****PI*17013", None)])
    seg([("CLM*", None), (p.acct + "-%02d" % R.randint(1, 12), "account"), ("*%.2f***12:B:1*Y*A*Y*Y" % R.uniform(60, 900), None)])
    if R.random() < 0.5:
        seg([("REF*G1*", None), ("%s%08d" % (R.choice(["PA", "CMN"]), R.randint(1, 99999999)), "other_id")])
    seg([("HI*ABK:%s" % p.ost[1].replace(".", ""), None)])
    seg([("LX*1", None)])
    for code in p.ost[3][:2]:
        seg([("SV1*HC:%s:NU:KX*%.2f*UN*%d***1" % (code, R.uniform(20, 400), R.choice([10, 20, 30, 200])), None)])
    dos = p.next_ship - dt.timedelta(days=30)
    seg([("DTP*472*D8*", None), (dos.strftime("%Y%m%d"), "date")])
    seg([("NM1*DK*1*%s*%s****XX*%s" % (s[1].split("^")[0], s[1].split("^")[1], s[2]), None)])
    seg([("SE*%d*0001" % (len(segs) - 1), None)])
    seg([("GE*1*%d" % R.randint(1, 9999), None)])
    seg([("IEA*1*%s" % icn, None)])
    return segs


def x12_835():
    t = tick()
    segs = []

    def seg(parts):
        ln = Ln("x12")
        ln.txt(parts)
        ln.t("~")
        segs.append(ln)
    seg([("ST*835*%04d" % R.randint(1, 9999), None)])
    seg([("BPR*I*%.2f*C*ACH*CCP*01*101000695*DA*9870012231*1460828765**01*101089292*DA*4412098871*%s" % (R.uniform(1000, 90000), t.strftime("%Y%m%d")), None)])
    seg([("TRN*1*%d*1460828765" % R.randint(10 ** 9, 10 ** 10), None)])
    for _ in range(R.randint(1, 2)):
        p = pick_mcr()
        seg([("CLP*", None), (p.acct + "-%02d" % R.randint(1, 12), "account"), ("*%d*%.2f*%.2f*%.2f*MB*" % (R.choice([1, 1, 4]), R.uniform(100, 600), R.uniform(50, 400), R.uniform(0, 60)), None),
             ("%d%012d" % (R.randint(20, 22), R.randint(0, 10 ** 12 - 1)), "other_id"), ("*12*1", None)])
        seg([("NM1*QC*1*", None), (p.last.upper(), "name"), ("*", None), (p.first.upper(), "name"), ("****MI*", None), (p.mbi, "health_plan")])
        seg([("DTM*232*", None), ((p.next_ship - dt.timedelta(days=30)).strftime("%Y%m%d"), "date")])
        seg([("CAS*CO*45*%.2f" % R.uniform(5, 90), None)])
    seg([("SE*%d*0001" % (len(segs) + 1), None)])
    return segs


def fax_syslog():
    t = tick()
    ln = Ln("fax_syslog")
    hdr = t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if t.day < 10 else t.strftime("%b %d %H:%M:%S")
    r = R.random()
    s = R.choice(SURGEONS)
    if r < 0.35:
        ln.t("%s fax01 faxgetty[2231]: RECV FAX: jobid=%06d from \"+1%s\" csi=\"%s\" pages=%d sig=%d dur=%d:%02d"
             % (hdr, R.randint(1, 999999), s[4], s[3][:20].upper(), R.randint(1, 6), R.choice([9600, 14400, 33600]), R.randint(0, 3), R.randint(0, 59)))
    elif r < 0.7:
        p = pick()
        ln.t("%s fax01 rxocr[441]: classified jobid=%06d doc=%s conf=%.2f matched_pt=" % (hdr, R.randint(1, 999999), R.choice(["dwo_renewal", "dwo_renewal", "chart_notes", "cmn"]), R.uniform(0.6, 0.99)))
        ln.p(p.id, "mrn").t(" dob=").p(p.dob.isoformat(), "date").t(" prescriber_npi=%s" % s[2])
    elif r < 0.85:
        p = pick()
        ln.t("%s fax01 sendfax[9921]: SEND FAX: jobid=%06d to \"+1%s\" (%s) doc=renewal_request pt=" % (hdr, R.randint(1, 999999), s[4], s[3]))
        ln.p(p.id, "mrn").t(" status=done pages=2")
    else:
        ln.t("%s fax01 faxq[1822]: modem ttyIAX%d: ready, queue depth %d, sent=%d recv=%d since 00:00"
             % (hdr, R.randint(0, 3), R.randint(0, 12), R.randint(10, 200), R.randint(10, 400)))
    return [ln]


def chat_json():
    p = pick()
    conv = "c_" + rhex(10)
    agent_u, agent = R.choice(AGENTS)
    out = []
    ea = R.random() < 0.4  # second exporter escapes non-ASCII
    scen = R.randint(0, 4)
    msgs = []
    full = "%s %s" % (p.first, p.last)
    cg = "%s %s" % (p.cg_first, p.cg_last)
    if scen == 0:
        msgs = [("visitor", T([("Hi, this is ", None), (cg, "name"), (", I order for my %s " % ("mom" if p.sex == "F" else "dad"), None), (full, "name"),
                               (". DOB ", None), (p.dob.strftime("%m/%d/%Y"), "date"), (". The convex wafers keep leaking", None)])),
                ("agent", T([("Thanks! I'm sorry to hear that. I've pulled up the account, let me loop in one of our WOC nurses.", None)])),
                ("agent", T([("Our nurse can call you today. Best number still ", None), (fmt_ph(p.cg_phone, 0), "phone"), ("?", None)])),
                ("visitor", T([("yes that's my cell", None)]))]
    elif scen == 1:
        msgs = [("visitor", T([("when does my next box ship? account ", None), (p.acct, "account")])),
                ("agent", T([("Hi ", None), (p.first, "name"), ("! Your December supplies are scheduled to ship ", None), (p.next_ship.strftime("%b %d").replace(" 0", " "), "date"), (" via UPS Ground.", None)])),
                ("visitor", T([("ok thank you", None)]))]
    elif scen == 2:
        z = p.zip
        msgs = [("visitor", T([("We moved. New address is ", None), (p.street + (" " + p.apt if p.apt else "") + ", " + p.city, "address"), (", %s " % p.st, None), (z, "zip"), (" please update before the next shipment", None)])),
                ("agent", T([("Got it, updated. Can you confirm the date of birth on file?", None)])),
                ("visitor", T([(p.dob.strftime("%-m/%-d/%y"), "date")])),
                ("agent", T([("Thank you, you're all set.", None)]))]
    elif scen == 3:
        msgs = [("visitor", T([("Hello, my surgeon Dr. %s's office said they faxed the new prescription for the 1-1/4 inch. Did you get it?" % p.surgeon[0].split(",")[0].split()[-1], None)])),
                ("agent", T([("Let me check. We received a fax from %s this morning, it's with our intake team." % p.surgeon[3], None)])),
                ("visitor", T([("my email is ", None), (p.email, "email"), (" if you need anything", None)]))]
    else:
        msgs = [("visitor", T([("My %s " % ("mother" if p.sex == "F" else "father"), None), (full, "name"), (" is ", None), (str(p.age), "age" if p.age > 89 else None),
                               (" and can't do the ostomy changes %s anymore, do you have home nurse visits?" % ("herself" if p.sex == "F" else "himself"), None)])),
                ("agent", T([("We have WOC nurses who do video visits. I can schedule one. What's the Medicare number?", None)])),
                ("visitor", T([(p.mbi, "health_plan")])),
                ("agent", T([("Thanks. %s will reach out within 1 business day." % R.choice(NURSES)[1].split(",")[0], None)]))]
    ticket = "ZD-%d" % R.randint(400000, 499999)
    vid = "v_" + rhex(6)
    for who, body in msgs:
        t = tick()
        ln = Ln("chat_json")
        if ea:
            J(ln, [("timestamp", iso(t)), ("conversation_id", conv), ("author", O([("type", who), ("id", agent_u if who == "agent" else vid)])),
                   ("message", body), ("channel", "web")], ea=True)
        else:
            J(ln, [("ts", int(t.timestamp())), ("conv", conv), ("from", agent if who == "agent" else "visitor"), ("text", body),
                   ("ticket", ticket)], sp=(", ", ": "))
        out.append(ln)
    return out


def sms_kv():
    t = tick()
    ln = Ln("sms_kv")
    r = R.random()
    ln.t(iso(t) + " sms-gw ")
    sid = "SM" + rhex(32)
    if r < 0.55:
        p = pick()
        ln.t("msg.out sid=%s to=" % sid).p("+1" + p.phone, "phone").t(" from=+1%s status=%s segments=1 body=\"" % (ORG["phone"], R.choice(["queued", "sent", "delivered"])))
        ln.txt([("OstoMeridian: Hi ", None), (p.first, "name"), (", your supplies ship ", None), (p.next_ship.strftime("%m/%d"), "date"),
                (". Reply YES to confirm, CHANGE to edit, STOP to opt out.\"", None)])
    elif r < 0.75:
        p = pick()
        ln.t("msg.in sid=%s from=" % sid).p("+1" + p.phone, "phone").t(" to=+1%s body=\"%s\" matched=" % (ORG["phone"], R.choice(["YES", "Yes", "CHANGE", "yes thx"]))).p(p.id, "mrn")
    else:
        ln.t("stats window=60s sent=%d delivered=%d failed=%d carrier_30007=%d p95_ms=%d" % (R.randint(20, 300), R.randint(20, 290), R.randint(0, 5), R.randint(0, 2), R.randint(200, 1800)))
    return [ln]


def java_trace():
    t = tick()
    ts = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)
    th = "[http-nio-8443-exec-%d]" % R.randint(1, 40)
    out = []
    r = R.random()
    if r < 0.45:
        ln = Ln("java_trace")
        ln.t("%s  INFO 1 --- [billing-svc] %s c.o.billing.claims.ClaimBatchJob : batch %s submitted claims=%d bytes=%d clearinghouse=waystar"
             % (ts, th, "CB-%s-%02d" % (t.strftime("%Y%m%d"), R.randint(1, 9)), R.randint(20, 400), R.randint(10000, 900000)))
        out.append(ln)
    else:
        p = pick()
        ln = Ln("java_trace")
        ln.t("%s ERROR 1 --- [billing-svc] %s c.o.billing.elig.EligibilityClient : eligibility check failed for " % (ts, th)).p(p.id, "mrn")
        out.append(ln)
        ln = Ln("java_trace")
        if R.random() < 0.6:
            ln.t("com.ostomeridian.billing.elig.InvalidBeneficiaryException: HETS AAA*N**72*C - invalid member id '").p(p.mbi, "health_plan").t("' for DOB ").p(p.dob.strftime("%Y%m%d"), "date")
        else:
            ln.t("java.net.SocketTimeoutException: Read timed out (hets.cms.gov:443 after 30000 ms)")
        out.append(ln)
        for fr in ["\tat com.ostomeridian.billing.elig.EligibilityClient.check(EligibilityClient.java:%d)" % R.randint(80, 200),
                   "\tat com.ostomeridian.billing.claims.PreSubmitValidator.validate(PreSubmitValidator.java:%d)" % R.randint(30, 120),
                   "\tat org.springframework.aop.framework.CglibAopProxy$DynamicAdvisedInterceptor.intercept(CglibAopProxy.java:713)",
                   "\tat com.ostomeridian.billing.claims.ClaimController.submit(ClaimController.java:%d)" % R.randint(40, 90),
                   "\t... 87 common frames omitted"][:R.randint(3, 5)]:
            ln = Ln("java_trace")
            ln.t(fr)
            out.append(ln)
    return out


def postgres():
    t = tick()
    ts = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC" % (t.microsecond // 1000)
    pid = R.randint(10000, 40000)
    ln = Ln("postgres")
    r = R.random()
    if r < 0.3:
        p = pick()
        ln.t("%s [%d] crm_app@omcrm LOG:  duration: %.3f ms  statement: SELECT p.id, p.first_nm, p.last_nm FROM pt.patient p WHERE lower(p.last_nm) = lower('" % (ts, pid, R.uniform(500, 4000)))
        ln.p(p.last.replace("'", "''"), "name", raw=p.last).t("') AND p.birth_dt = '").p(p.dob.isoformat(), "date").t("'")
    elif r < 0.45:
        p = pick()
        ln.t("%s [%d] billing@dmedb ERROR:  duplicate key value violates unique constraint \"claim_pcn_uq\" DETAIL:  Key (patient_ctl_no)=(" % (ts, pid))
        ln.p(p.acct + "-%02d" % R.randint(1, 12), "account").t(") already exists.")
    elif r < 0.75:
        ln.t("%s [%d] [unknown]@[unknown] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, %d removed, %d recycled; write=%.3f s, sync=%.3f s, total=%.3f s"
             % (ts, pid, R.randint(100, 9000), R.uniform(0.1, 9), R.randint(0, 3), R.randint(0, 9), R.uniform(1, 200), R.uniform(0, 2), R.uniform(1, 210)))
    else:
        ln.t("%s [%d] wms@wmsdb LOG:  duration: %.3f ms  execute <unnamed>: UPDATE inv.lot SET qty_on_hand = qty_on_hand - $1 WHERE sku = $2 AND lot_no = $3 DETAIL:  parameters: $1 = '%d', $2 = '%s', $3 = '%s'"
             % (ts, pid, R.uniform(100, 900), R.randint(1, 30), R.choice(PRODUCTS)[0], lot()))
    return [ln]


JPEG_HEAD = "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/"


def app_events():
    t = tick()
    ln = Ln("app_events")
    r = R.random()
    if r < 0.3:
        p = pick()
        w = p.stoma + R.randint(-2, 2)
        J(ln, [("timestamp", iso(t)), ("level", "info"), ("logger", "companion.photos"), ("event", "stoma_photo_uploaded"),
               ("patient_ref", p.id, "mrn"), ("photo_uri", "s3://om-woc-photos-prod/%s/%s_%s.heic" % (p.id, t.strftime("%Y%m%dT%H%M%S"), rhex(4)), "url"),
               ("measure_mm", O([("w", w), ("h", w - R.randint(0, 5))])), ("bytes", R.randint(900000, 4200000)),
               ("exif", O([("make", "Apple"), ("model", R.choice(["iPhone 12", "iPhone 14", "iPhone SE (3rd generation)"]))])),
               ("install_id", p.device, "device"), ("client_ip", p.ip, "ip")], sp=(", ", ": "))
    elif r < 0.5:
        p = pick()
        u, n = R.choice(NURSES)
        J(ln, [("timestamp", iso(t)), ("level", "info"), ("logger", "nurse.review"), ("event", "photo_review_saved"),
               ("patient_ref", p.id, "mrn"), ("reviewer", u), ("finding", R.choice(["peristomal MASD mild", "skin intact", "mucocutaneous separation 2 o'clock", "retraction, recommend convexity"])),
               ("recommend_sku", R.choice(PRODUCTS)[0]), ("cut_to_mm", p.stoma + 3), ("nurse_device", "NRS-IPAD-%03d" % R.randint(1, 60))], sp=(", ", ": "))
    elif r < 0.62:
        p = pick()
        u, n = R.choice(NURSES)
        J(ln, [("timestamp", iso(t)), ("level", "info"), ("logger", "nurse.notes"), ("event", "video_visit_note"), ("patient_ref", p.id, "mrn"),
               ("note", T([("Video visit w/ pt and %s " % p.cg_rel, None), (p.cg_first, "name"),
                           (". Stoma %dmm, budded, skin intact. Reviewed pouch emptying. Pt age " % p.stoma, None),
                           (str(p.age), "age" if p.age > 89 else None), (". F/u 4 wks.", None)])), ("author", n)], sp=(", ", ": "))
    elif r < 0.71:
        p = pick()
        J(ln, [("timestamp", iso(t)), ("level", "debug"), ("logger", "companion.onboarding"), ("event", "idv_capture"),
               ("patient_ref", p.id, "mrn"), ("dl_state", p.st), ("dl_number", "%s%02d-%02d-%04d" % (R.choice("KMNAB"), R.randint(0, 99), R.randint(0, 99), R.randint(0, 9999)), "license"),
               ("selfie_jpeg_b64", T([(JPEG_HEAD + base64.b64encode(hashlib.sha256(p.id.encode()).digest() * 3).decode(), "photo"), ("...", None)])), ("truncated", True)], sp=(", ", ": "))
    else:
        J(ln, [("timestamp", iso(t)), ("level", R.choice(["info", "info", "warning"])), ("logger", R.choice(["companion.push", "companion.sync", "nurse.queue"])),
               ("event", R.choice(["apns_batch_sent", "sync_complete", "queue_depth"])), ("count", R.randint(1, 400)),
               ("app_version", R.choice(["3.14.2+812", "3.14.0+799", "2.9.1+455"])), ("trace_id", rhex(32)), ("span_id", rhex(16))], sp=(", ", ": "))
    return [ln]


def refill_csv():
    out = []
    ln = Ln("refill_csv")
    ln.t("pt_id,last_nm,first_nm,dob,age,payer_id,hcpcs,qty,next_ship,zip,nurse_flag")
    out.append(ln)
    for _ in range(R.randint(3, 6)):
        p = pick()
        ln = Ln("refill_csv")
        last = p.last
        ln.p(p.id, "mrn").t(",")
        if "," in last or "'" in last:
            ln.t('"').p(last, "name").t('"')
        else:
            ln.p(last, "name")
        ln.t(",").p(p.first, "name").t(",").p(p.dob.strftime("%m/%d/%Y"), "date").t(",")
        ln.p(str(p.age), "age" if p.age > 89 else None).t(",").p(plan_id(p), "health_plan")
        ln.t(",%s,%d," % (p.ost[3][0], R.choice([10, 20, 30, 120, 200]))).p(p.next_ship.isoformat(), "date").t(",").p(p.zip, "zip")
        ln.t("," + R.choice(["", "", "Y"]))
        out.append(ln)
    return out


def elig_pipe():
    t = tick()
    p = pick_mcr()
    ln = Ln("elig_pipe")
    tid = rhex(12).upper()
    ln.t("ELIG|%s|%s|270|" % (iso(t, False), tid)).p(p.mbi, "health_plan").t("|").p(p.last.upper(), "name").t("|").p(p.first.upper(), "name")
    ln.t("|").p(p.dob.strftime("%Y%m%d"), "date").t("|NPI=%s" % ORG_NPI)
    out = [ln]
    t = tick()
    ln = Ln("elig_pipe")
    res = R.choice(["ACTIVE|PARTB=Y|MA=N|HOSPICE=N|DED_MET=Y", "ACTIVE|PARTB=Y|MA=Y|MA_PLAN=H1234-012|HOSPICE=N", "AAA|72|INVALID_MEMBER_ID"])
    ln.t("ELIG|%s|%s|271|%s|rt_ms=%d" % (iso(t, False), tid, res, R.randint(300, 4000)))
    out.append(ln)
    return out


def payments_kv():
    t = tick()
    ln = Ln("payments_kv")
    ln.t(t.strftime("%Y-%m-%dT%H:%M:%S%z") + "+00:00 pay-adapter[%d] " % R.randint(100, 999))
    r = R.random()
    if r < 0.55:
        KV(ln, [("evt", "charge.succeeded"), ("ch", "ch_" + rhex(24)), ("amount", R.randint(500, 30000)), ("currency", "usd"),
                ("card_brand", R.choice(["visa", "mastercard", "discover"])), ("last4", "%04d" % R.randint(0, 9999)), ("pm_token", "pm_" + rhex(24)),
                ("invoice", "INV-%d" % R.randint(200000, 299999))])
    elif r < 0.8:
        p = pick()
        KV(ln, [("evt", "copay.invoice"), ("account", p.acct, "account"), ("amount", R.randint(500, 9000)), ("reason", "MEDICARE_20PCT_COINS"), ("due", "net30")])
    else:
        p = pick()
        valid = R.random() < 0.6
        KV(ln, [("lvl", "WARN"), ("evt", "raw_pan_in_request"), ("msg", "legacy IVR payload not tokenized"), ("pan", card(valid), "account"),
                ("exp", "%02d%02d" % (R.randint(1, 12), R.randint(25, 29))), ("account", p.acct, "account"), ("luhn_ok", str(valid).lower())])
    return [ln]


def auth_syslog():
    t = tick()
    ln = Ln("auth_syslog")
    hdr = t.strftime("%b %d %H:%M:%S")
    r = R.random()
    if r < 0.4:
        ln.t("%s bastion01 sshd[%d]: Accepted publickey for %s from 10.8.%d.%d port %d ssh2: ED25519 SHA256:%s"
             % (hdr, R.randint(1000, 60000), R.choice(["deploy", "jmorales", "ops-ci"]), R.randint(0, 3), R.randint(2, 250), R.randint(30000, 65000),
                base64.b64encode(bytes(R.randint(0, 255) for _ in range(32))).decode().rstrip("=")))
    elif r < 0.75:
        u = R.choice([a[0] for a in AGENTS] + [n[0] for n in NURSES])
        ln.t("%s okta-sync okta[%d]: user.session.start actor=%s@ostomeridian.com outcome=SUCCESS client_ip=%s mfa=okta_verify_push ua=\"Chrome 130\""
             % (hdr, R.randint(100, 999), u, R.choice(["198.51.100.24", "203.0.113.77", "10.8.1.44"])))
    else:
        ln.t("%s vpn01 charon[%d]: 12[IKE] IKE_SA remote-staff[%d] established between 64.74.210.18[vpn.ostomeridian.com]...%s[%s]"
             % (hdr, R.randint(100, 9999), R.randint(1, 900), R.choice(["172.58.12.9", "99.203.4.11"]), R.choice(["CN=twierz", "CN=lbeaumont", "CN=mortiz"])))
    return [ln]


def cef():
    t = tick()
    ln = Ln("cef")
    hdr = t.strftime("%b %d %H:%M:%S") + " siem-fwd01 "
    r = R.random()
    if r < 0.4:
        p = pick()
        u = R.choice([a[0] for a in AGENTS])
        ln.t(hdr + "CEF:0|OstoMeridian|CareCRM|5.2.7|PHI_VIEW|Patient record viewed|3|rt=%d suser=%s src=10.40.22.%d cs1Label=patientId cs1=" % (int(t.timestamp() * 1000), u, R.randint(2, 200)))
        ln.p(p.id, "mrn").t(" cs2Label=screen cs2=%s" % R.choice(["Orders", "Demographics", "Insurance", "Documents"]))
    elif r < 0.6:
        p = pick()
        ln.t(hdr + "CEF:0|Nuance|Gatekeeper|11.1|VB_ENROLL|Voiceprint enrolled|2|rt=%d cs1Label=callerAni cs1=" % int(t.timestamp() * 1000))
        ln.p("+1" + p.phone, "phone").t(" cs2Label=voiceprintId cs2=").p("VP-" + rhex(20).upper(), "biometric").t(" cs3Label=crmRef cs3=").p(p.id, "mrn").t(" cn1Label=netScore cn1=%d" % R.randint(60, 99))
    else:
        ln.t(hdr + "CEF:0|Fortinet|FortiGate-200F|7.2.8|0000000013|traffic:forward %s|%d|src=10.40.%d.%d dst=%s spt=%d dpt=%d proto=6 act=%s"
             % (R.choice(["close", "deny", "timeout"]), R.randint(1, 5), R.randint(1, 40), R.randint(2, 250),
                R.choice(["52.94.236.248", "34.117.59.81", "140.82.112.3", "216.58.194.174"]), R.randint(30000, 65000), R.choice([443, 443, 53, 5432]), R.choice(["accept", "deny"])))
    return [ln]


def stmt_fixed():
    out = []
    ln = Ln("stmt_fixed")
    ln.t("H%-10s%-30s%8s%06d" % ("OMHSSTMT", "OSTOMERIDIAN HOME SUPPLY", "20241118", R.randint(1, 999999)))
    out.append(ln)
    for _ in range(R.randint(2, 4)):
        p = pick()
        ln = Ln("stmt_fixed")
        nm = ("%s, %s %s" % (p.last, p.first, p.mi)).upper()[:30]
        ad = (p.street + (" " + p.apt if p.apt else "")).upper()[:34]
        ln.t("D").p(p.acct, "account").t("  ").p(nm, "name").t(" " * (30 - len(nm))).p(ad, "address").t(" " * (34 - len(ad)))
        cy = p.city.upper()[:20]
        ln.p(cy, "address").t(" " * (20 - len(cy))).t(p.st).p(p.zip, "zip").t("     ")
        dos = p.next_ship - dt.timedelta(days=30)
        ln.p(dos.strftime("%Y%m%d"), "date").t("%010d%010d" % (R.randint(1000, 90000), R.randint(0, 20000)))
        out.append(ln)
    ln = Ln("stmt_fixed")
    ln.t("T%08d%012d" % (len(out) - 1, R.randint(10000, 999999)))
    out.append(ln)
    return out


def order_xml():
    t = tick()
    r = R.random()
    ln = Ln("order_xml")
    if r < 0.6:
        p = pick()
        s = p.surgeon
        ln.t('<dmeOrder xmlns="urn:ostomeridian:eorder:1" id="EO-%d" received="%s"><patient><name>' % (R.randint(100000, 999999), iso(t)))
        ln.p(("%s %s" % (p.first, p.last)).replace("'", "&apos;"), "name", raw="%s %s" % (p.first, p.last)).t("</name><birthDate>").p(p.dob.isoformat(), "date")
        ln.t("</birthDate><phone type=\"mobile\">").p(fmt_ph(p.phone, 0), "phone").t("</phone>")
        if p.fax:
            ln.t("<phone type=\"fax\">").p(fmt_ph(p.fax, 0), "fax").t("</phone>")
        if R.random() < 0.5:
            ln.t("<email>").p(p.email, "email").t("</email>")
        if p.payer == "MCR":
            ln.t("<mbi>").p(p.mbi, "health_plan").t("</mbi>")
        else:
            ln.t("<memberId payer=\"%s\">" % p.payer).p(plan_id(p), "health_plan").t("</memberId>")
        ln.t("</patient><prescriber npi=\"%s\"><name>%s</name><org>%s</org></prescriber>" % (s[2], s[0], s[3].replace("&", "&amp;").replace("'", "&apos;")))
        ln.t("<item hcpcs=\"%s\" qtyPerMonth=\"%d\"/><dx>%s</dx><lengthOfNeed>99</lengthOfNeed></dmeOrder>" % (p.ost[3][0], R.choice([10, 20, 30, 200]), p.ost[1]))
    else:
        ln.t('<ack xmlns="urn:ostomeridian:eorder:1" ref="EO-%d" status="%s" ts="%s"><detail>%s</detail></ack>'
             % (R.randint(100000, 999999), R.choice(["ACCEPTED", "ACCEPTED", "REJECTED"]), iso(t),
                R.choice(["queued for intake", "missing prescriber signature date", "duplicate of EO-%d" % R.randint(100000, 999999)])))
    return [ln]


SYSTEMS = [(order_json, 14), (wms_logfmt, 18), (carrier_kv, 7), (nginx, 14), (hl7v2, 0.6), (fhir, 5),
           (x12_837, 0.1), (x12_835, 0.4), (fax_syslog, 6), (chat_json, 1.5), (sms_kv, 6), (java_trace, 3),
           (postgres, 6), (app_events, 9), (refill_csv, 0.6), (elig_pipe, 2.5), (payments_kv, 4),
           (auth_syslog, 11), (cef, 6), (stmt_fixed, 0.8), (order_xml, 4)]
# blocks that must occur at least once (big multi-line records)
FORCED = [x12_837, x12_835, x12_835, hl7v2, hl7v2, stmt_fixed, refill_csv, refill_csv, chat_json, elig_pipe]


def check(lines):
    for i, ln in enumerate(lines, 1):
        b = bytes(ln.buf)
        if b"\n" in b or b"\r" in b or not b:
            raise SystemExit("line %d: newline or empty" % i)
        b.decode("utf-8")
        last = 0
        for s, e, cat, exp, raw, enc in sorted(ln.spans):
            if not (0 <= s < e <= len(b)):
                raise SystemExit("line %d: bad span %r" % (i, (s, e)))
            if s < last:
                raise SystemExit("line %d: overlapping spans" % i)
            last = e
            got = b[s:e].decode("utf-8")
            if got != exp:
                raise SystemExit("line %d: span text %r != %r" % (i, got, exp))
            if enc == "json" and json.loads('"' + got + '"') != raw:
                raise SystemExit("line %d: json-escaped span does not decode to %r" % (i, raw))
            if enc is None and exp != raw and exp.replace('\\"', '"') != raw and exp.replace("''", "'") != raw and exp.replace("&apos;", "'") != raw:
                raise SystemExit("line %d: span %r does not match value %r" % (i, exp, raw))
            if cat.lstrip("_") not in CATS:
                raise SystemExit("line %d: unknown cat %s" % (i, cat))


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health_plan",
        "account", "license", "vehicle", "device", "url", "ip", "biometric", "photo", "other_id"}


def main():
    lines = []
    fns = [f for f, w in SYSTEMS]
    ws = [w for f, w in SYSTEMS]
    forced = list(FORCED)
    R.shuffle(forced)
    while len(lines) < N_LINES:
        left = N_LINES - len(lines)
        if forced and (left < 80 or R.random() < len(forced) * 15.0 / left):
            f = forced.pop()
        else:
            f = R.choices(fns, ws)[0]
        block = f()
        if len(lines) + len(block) > N_LINES:
            continue
        lines.extend(block)
    check(lines)
    with open("qy.log", "wb") as fo, open("qy.labels.jsonl", "w", encoding="utf-8", newline="\n") as fl:
        for i, ln in enumerate(lines, 1):
            fo.write(bytes(ln.buf) + b"\n")
            fl.write(json.dumps({"line": i, "family": ln.fam,
                                 "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _, _, _ in sorted(ln.spans)]}) + "\n")
    n_phi = sum(1 for ln in lines if ln.spans)
    sys.stderr.write("lines=%d phi_lines=%d no_phi_share=%.3f\n" % (len(lines), n_phi, 1 - n_phi / len(lines)))


if __name__ == "__main__":
    main()
