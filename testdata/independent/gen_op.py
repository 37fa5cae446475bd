#!/usr/bin/env python3
"""gen_op.py - synthetic labeled log corpus "op".

Organisation: Ridgeline Orthopaedic & Sports Medicine and its ambulatory
surgery center (Ridgeline Surgery Center, "RSC"), Loveland, Colorado.  All
people, numbers and addresses are synthetic.  Writes op.log (500 lines) and
op.labels.jsonl in the current directory.  Standard library only, fixed seed.

Systems simulated (one physical line per log line, interleaved as a SIEM
export would hold them):
  udi_json        ImplantTrak (home-grown) JSON logger: GS1 UDI scans at point
                  of use / receiving dock, GUDID look-ups
  udi_raw         ScanBridge barcode-scanner syslog (raw AIM symbology strings)
  robot_case      robotic-arm system case log (MAKO-style key=value)
  nav_log         surgical navigation station pipe log
  tourniquet      ATS-style tourniquet serial-port log
  ajrr_csv        registry submission CSV (header + rows)
  ajrr_xml        registry submission XML (one element per line)
  sftp_upload     registry uploader / sftp transfer log (logfmt)
  proms_webhook   PROMs platform webhooks (PROMIS PF/PI, KOOS JR, HOOS JR)
  hl7_siu         HL7 v2 SIU^S12 scheduling messages + ACKs (segment per line)
  mirth           interface-engine log lines
  anes_fw         anesthesia information system fixed-width export
  bgs_portal      bone-growth stimulator vendor portal API log (JSON)
  dme_pipe        DME brace dispensing system (pipe-delimited)
  x12_837         X12 837P workers' comp / auto claim (segment per line)
  claims_json     claims hub JSON (auto / workers' comp, attorney letters)
  fhir_sr         FHIR ServiceRequest (PT referral), one line JSON
  referral_note   free-text PT referral / triage notes
  fax_server      fax server job log
  win_event       Windows Security events (NXLog syslog)
  iis_w3c         IIS W3C access log of the ImplantTrak web UI
  rails           Rails patient app (Started/Processing/Parameters/Completed)
  postgres        PostgreSQL server log
  ruby_trace      Ruby/Rails stack trace lines
  sms_gateway     SMS gateway outbound/inbound log
  staff_chat      staff Teams chat export

Labeling decisions (grey cases):
  * Implants: GTIN/DI, catalog REF, lot (AI 10) and expiry (AI 17) are product
    data, not PHI.  An implant serial (AI 21) scanned at point of use / linked
    to a case is `device`; a whole UDI carrier string containing a serial is
    one `device` span when scanned in an OR (scanner hosts or*-scan*).  The same
    serial scanned at the receiving dock into consignment inventory (no
    patient yet) is NOT PHI.
  * Hospital equipment serials (robot, navigation camera, tourniquet, scanner)
    are not PHI.  A bone-growth stimulator serial dispensed to a patient and
    the patient's paired phone id are `device`.  Brace SKUs/HCPCS are not PHI.
  * Surgical case numbers, registry patient ids, appointment placer/filler
    ids, claim numbers (WC/auto), referral ids, stimulator order ids, fax
    cover references naming a patient-specific case -> `other_id`.  Internal
    row ids, UUIDs, webhook delivery ids, job ids, trace ids -> not PHI.
    Supply purchase orders / reorder POs are business orders -> not PHI.
  * MRN (RSC 7-digit) -> `mrn`; HL7 PID-18 / CLM01 patient account, visit
    number, card numbers -> `account`; masked card last-4 -> not labeled.
  * Commercial member ids, Medicare MBI, Medicaid ids, auto (PIP) policy
    number of the patient -> `health_plan`.  An employer's workers' comp
    policy number and the employer's name/address are not the patient's
    identifiers -> not labeled.
  * Dates tied to the patient (DOB, surgery/service, appointment, injury,
    accident, survey completion, dispense) -> `date`, including the date
    part of datetimes such as SCH/AIS start times (whole datetime is one span).
    Log record timestamps, webhook envelope send times, implant expiry,
    build dates -> not labeled.  Times of day without a date -> not labeled.
  * Ages only when > 89 -> `age`.  Sex, laterality, CPT/ICD/HCPCS, scores -> not PHI.
  * Surgeons, CRNAs, RNs, fitters, adjusters, attorneys, PT clinic staff,
    vendor reps at work -> not PHI, as are the org's and vendors' addresses,
    phones, faxes, emails, NPIs and server IPs.  Patient's relatives,
    emergency contacts and guarantors -> PHI (name/phone).
  * Patient client IPs seen by the public patient app -> `ip`; internal
    workstation/server IPs -> not PHI.  Personalized survey links carrying a
    patient token -> `url`.  An uploaded profile photo (base64) -> `photo`.
  * Placeholder SSNs (000-00-0000, 999-99-9999) are junk, not labeled; SSNs
    otherwise valid-format are `ssn`.  Driver's licence -> `license`;
    VIN and plate of the patient's vehicle -> `vehicle`.
  * A city in a patient's address is `address`; state alone never labeled.
  * Patient first names alone in SMS/chat bodies are labeled `name`.
"""
import hashlib
import json
import random
import sys
from datetime import date, datetime, timedelta

SEED = 20241016
R = random.Random(SEED)
OUT_LOG = "op.log"
OUT_LAB = "op.labels.jsonl"
N_LINES = 500
TODAY = date(2024, 10, 14)


# ---------------------------------------------------------------- line builder
class L:
    def __init__(self, fam):
        self.fam = fam
        self.buf = bytearray()
        self.spans = []

    def t(self, x):
        self.buf += str(x).encode("utf-8")
        return self

    def p(self, x, cat):
        x = str(x)
        s = len(self.buf)
        self.buf += x.encode("utf-8")
        self.spans.append((s, len(self.buf), cat, x))
        return self

    def v(self, x, cat=None):
        return self.p(x, cat) if cat else self.t(x)


class P:  # labeled value
    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class PS:  # JSON string built of parts [(text, cat-or-None), ...]
    def __init__(self, *parts):
        self.parts = list(parts)


class D:  # ordered dict for builders
    def __init__(self, *items):
        self.items = list(items)


def jput(l, val, ea=True, sep=",", col=":"):
    if isinstance(val, P):
        if isinstance(val.v, str):
            s = json.dumps(val.v, ensure_ascii=ea)
            l.t('"').p(s[1:-1], val.cat).t('"')
        else:
            l.p(json.dumps(val.v), val.cat)
    elif isinstance(val, PS):
        l.t('"')
        for part, cat in val.parts:
            l.v(json.dumps(part, ensure_ascii=ea)[1:-1], cat)
        l.t('"')
    elif isinstance(val, D):
        l.t("{")
        for i, (k, v) in enumerate(val.items):
            if i:
                l.t(sep)
            l.t(json.dumps(k) + col)
            jput(l, v, ea, sep, col)
        l.t("}")
    elif isinstance(val, list):
        l.t("[")
        for i, v in enumerate(val):
            if i:
                l.t(sep)
            jput(l, v, ea, sep, col)
        l.t("]")
    else:
        l.t(json.dumps(val, ensure_ascii=ea))
    return l


def rput(l, val):  # ruby inspect-style hash
    if isinstance(val, P):
        l.t('"').p(val.v, val.cat).t('"')
    elif isinstance(val, D):
        l.t("{")
        for i, (k, v) in enumerate(val.items):
            if i:
                l.t(", ")
            l.t('"%s"=>' % k)
            rput(l, v)
        l.t("}")
    elif val is None:
        l.t("nil")
    else:
        l.t(json.dumps(val, ensure_ascii=False))
    return l


def kv(l, pairs, sep=" ", eq="=", quote_space=True):
    for i, pr in enumerate(pairs):
        k, v = pr[0], pr[1]
        cat = pr[2] if len(pr) > 2 else None
        if i:
            l.t(sep)
        l.t(k + eq)
        v = str(v)
        if quote_space and (" " in v or v == ""):
            l.t('"').v(v, cat).t('"')
        else:
            l.v(v, cat)
    return l


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


def gtin14():
    body = "00" + R.choice(["88902", "84800", "88574", "76630", "19007"]) + "".join(
        R.choice("0123456789") for _ in range(6))
    tot = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return body + str((10 - tot % 10) % 10)


def card(prefix="4"):
    body = prefix + "".join(R.choice("0123456789") for _ in range(15 - len(prefix)))
    return body + luhn_digit(body)


VIN_MAP = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(valid=True):
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = R.choice(["1FT", "1HG", "5YJ", "3GN", "JTD", "1C4", "WBA", "KNM"])
    v = list(wmi + "".join(R.choice(chars) for _ in range(5)) + "0" + R.choice("LMNPR") +
             R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + "".join(R.choice("0123456789") for _ in range(6)))
    tot = sum((int(c) if c.isdigit() else VIN_MAP[c]) * VIN_W[i] for i, c in enumerate(v))
    cd = tot % 11
    v[8] = "X" if cd == 10 else str(cd)
    if not valid:
        v[8] = "7" if v[8] != "7" else "3"
    return "".join(v)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def mbi():
    A = "ACDEFGHJKMNPQRTUVWXY"
    N = "0123456789"
    AN = A + N
    f = [R.choice("123456789"), R.choice(A), R.choice(AN), R.choice(N), R.choice(A), R.choice(AN),
         R.choice(N), R.choice(A), R.choice(A), R.choice(N), R.choice(N)]
    return "".join(f)


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def alnum(n, chars="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


# ---------------------------------------------------------------- people
FIRST_F = ["Marisol", "Thandiwe", "Siobhan", "Ngozi", "Aaliyah", "Grace", "Summer", "Rose", "Joy",
           "Guadalupe", "Xiomara", "Zoë", "Trâm", "Ayesha", "Ingrid", "Priyanka", "Aroha", "Lakshmi",
           "Fatima", "Esperanza", "Leilani", "Wren", "Birdie", "Penny", "Ruby", "Autumn", "Brook",
           "Małgorzata", "Dolores", "Hazel", "Mercy", "Constance"]
FIRST_M = ["Oluwaseun", "Bartholomew", "Kenji", "Dmitri", "Hunter", "Wade", "Cliff", "Dale", "Forrest",
           "Rocky", "José", "Björn", "Hemi", "Mehmet", "Tadhg", "Declan", "Yusuf", "Mateus", "Keoni",
           "Lance", "Chase", "Miles", "Sterling", "Pierce", "Przemysław", "Amadou", "Rowan", "Ezekiel",
           "Bud", "Clement"]
LASTS = ["Okonkwo", "García-Moreno", "Van der Berg", "O'Sullivan", "MacAllister", "Nakamura",
         "Whitfield-Osei", "Brooks", "Stone", "Banks", "Bishop", "Hunter", "Mills", "Price", "Page",
         "Bell", "Rivers", "Wolfe", "Fox", "Cotton", "Small", "Strong", "Sharp", "Best", "Golden",
         "Moon", "Love", "King", "Castillo Ruiz", "de la Cruz", "Al-Mansour", "Kowalczyk", "Nguyen",
         "Tran", "Haddad", "Bianchi", "Øvergaard", "Ramírez", "Abernathy", "St. Clair", "Ben-David",
         "Yilmaz", "Mbeki", "Delacroix-Pham", "Kealoha", "Tuilagi", "Sandoval", "Whitehorse", "Iyer",
         "Oyelaran", "Winter", "Freeman", "Baker-Lindqvist", "Nwachukwu", "Szabó"]
STREETS = ["W 29th St", "Eisenhower Blvd", "N Lincoln Ave", "Boise Ave", "Wilson Ave", "Harmony Rd",
           "Timberline Rd", "Horsetooth Rd", "Mountain Ave", "Elm Ct", "Shoshone Dr", "Buckhorn Ln",
           "County Road 19", "Cottonwood Way", "Sundance Cir", "Aspen Leaf Dr", "Ponderosa Trl",
           "E 4th St", "Crabapple Dr", "Lone Tree Cir", "Hwy 287 Frontage Rd", "Carriage Hill Dr"]
CITIES = [("Loveland", "80537"), ("Loveland", "80538"), ("Fort Collins", "80525"), ("Fort Collins", "80526"),
          ("Berthoud", "80513"), ("Windsor", "80550"), ("Greeley", "80631"), ("Estes Park", "80517"),
          ("Johnstown", "80534"), ("Wellington", "80549"), ("Timnath", "80547"), ("Mead", "80542"),
          ("Laporte", "80535"), ("Milliken", "80543")]
EMAIL_DOM = ["gmail.com", "comcast.net", "yahoo.com", "icloud.com", "protonmail.com", "outlook.com",
             "q.com", "aol.com", "msn.com"]
PAYERS = [("ANTHEM BCBS CO", "XJH"), ("CIGNA", "U"), ("UNITEDHEALTHCARE", ""), ("AETNA", "W"),
          ("KAISER CO", "K"), ("HEALTH FIRST COLORADO", "H")]

def fold(s):
    import unicodedata
    s = s.replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Patient:
    def __init__(self, i):
        self.sex = R.choice("FM")
        self.first = R.choice(FIRST_F if self.sex == "F" else FIRST_M)
        self.middle = R.choice(["", "", "A", "J", "Lee", "R", "K"] + (["Marie", "Inés"] if self.sex == "F" else ["Tomás", "Wayne"]))
        self.last = R.choice(LASTS)
        if i in (3, 17, 29, 41, 52):
            y = R.randint(1929, 1934)
        else:
            y = R.choice([R.randint(1945, 1962), R.randint(1963, 1985), R.randint(1986, 2009)])
        self.dob = date(y, R.randint(1, 12), R.randint(1, 28))
        self.age = TODAY.year - y - ((TODAY.month, TODAY.day) < (self.dob.month, self.dob.day))
        self.mrn = str(R.randint(1000000, 1999999))
        self.acct = "V" + digits(9)
        self.area = R.choice(["970", "970", "970", "720", "303", "719"])
        self.ph = (self.area, str(R.randint(203, 989)), digits(4))
        u = fold(self.first).lower()
        ln = fold(self.last).lower().replace(" ", "").replace("'", "").replace(".", "")
        self.email = R.choice(["%s.%s" % (u, ln), "%s%s%d" % (u[0], ln, R.randint(1, 99)),
                               "%s_%s" % (ln, u), "%s%d" % (u, R.randint(1950, 2010))]) + "@" + R.choice(EMAIL_DOM)
        self.street = "%d %s" % (R.randint(12, 9875), R.choice(STREETS))
        self.apt = R.choice(["", "", "", "Apt 3", "Unit B", "#204", "Lot 17"])
        self.city, self.zip = R.choice(CITIES)
        self.ssn = ssn()
        payer = R.choice(PAYERS)
        if self.age >= 65:
            self.payer = "MEDICARE PART B"
            self.member = mbi()
        elif payer[0] == "HEALTH FIRST COLORADO":
            self.payer = payer[0]
            self.member = R.choice("ABCDEFGHJKLMNP") + digits(6)
        else:
            self.payer = payer[0]
            self.member = payer[1] + digits(9) + ("01" if payer[1] == "XJH" else "")
        self.nok_first = R.choice(FIRST_F + FIRST_M)
        self.nok_last = self.last if R.random() < 0.6 else R.choice(LASTS)
        self.nok_rel = R.choice(["SPO", "CHD", "PAR", "FND", "SIB"])
        self.nok_ph = (R.choice(["970", "720", "303"]), str(R.randint(203, 989)), digits(4))
        self.case = "RSC-24-%05d" % R.randint(600, 1499)
        self.laterality = R.choice(["L", "R"])
        self.proc = R.choice(["TKA", "TKA", "UKA", "THA", "ACLR", "ACLR", "MPFL", "RCR", "SCOPE_MEN"])
        self.dos = TODAY + timedelta(days=R.choice([0, 0, 0, 1, 2, -1, -3, 7, -42, -90, -180]))
        self.doi = self.dos - timedelta(days=R.randint(20, 300))

    def phone(self, style=0):
        a, b, c = self.ph
        return ["(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), "+1%s%s%s" % (a, b, c),
                "%s%s%s" % (a, b, c), "%s.%s.%s" % (a, b, c)][style]

    def full(self):
        return (self.first + " " + (self.middle + " " if self.middle and len(self.middle) > 1 else "") + self.last)


PTS = [Patient(i) for i in range(60)]


def pt():
    return R.choice(PTS)


def d_iso(d):
    return d.strftime("%Y-%m-%d")


def d_hl7(d):
    return d.strftime("%Y%m%d")


def d_us(d):
    return d.strftime("%m/%d/%Y")


# ---------------------------------------------------------------- org / staff / vendors
SURGEONS = [("Raman", "Anjali", npi()), ("Brennan", "Colm", npi()), ("Feld", "Tobias", npi()),
            ("Okafor", "Renée", npi()), ("Ishikawa-Holt", "Dana", npi())]
CRNAS = ["M. Lindqvist CRNA", "P. Adeyemi CRNA", "J. Castellanos CRNA", "Dr. S. Vukovic MD (anes)"]
RNS = ["rn.whitcomb", "rn.tafoya", "st.begay", "rn.kowal", "cst.marsh"]
STAFF_USERS = ["jpowell", "dwhitcomb", "mtafoya", "kalvarado", "sbegay", "billing03", "frontdesk2",
               "svc_mirth", "svc_ajrr", "administrator", "hbenally"]
ORG_NPI = npi()
ORG_TIN = "84-%07d" % R.randint(1000000, 9999999)
ORG_ADDR = "2150 Eastgate Commons Dr Ste 300"
ORG_PHONE = "970-555-0142"
ORG_FAX = "970-555-0149"
PT_CLINICS = [("Summit Motion Physical Therapy", "+19705550183"), ("Big Thompson Sports Rehab", "+19705550127"),
              ("Poudre Valley PT & Performance", "+19705550166")]
IMPLANTS = [("Stryker", "Triathlon CR Femoral #4", "5510-F-401"), ("Stryker", "Triathlon Tibial Baseplate #5", "5521-B-500"),
            ("Zimmer Biomet", "Persona CR Femur Size 7 Narrow", "42-5022-007-01"),
            ("Zimmer Biomet", "Persona Articular Surface 10mm", "42-5122-010-03"),
            ("DePuy Synthes", "ATTUNE PS Femoral Sz 5 L", "1504-10-105"),
            ("Smith+Nephew", "JOURNEY II BCS Femoral Sz 6", "74025106"),
            ("Stryker", "Accolade II Hip Stem 132deg #4", "6721-0435"),
            ("Arthrex", "FiberTak Soft Anchor 1.6mm", "AR-3650-D"),
            ("Arthrex", "BioComposite Interference Screw 8x23", "AR-1380B"),
            ("Stryker", "Simplex P Bone Cement 40g", "6191-1-001")]
SCANNER_OR = ["or1-scan01", "or2-scan01", "or3-scan02"]


# ---------------------------------------------------------------- clock
class Clock:
    def __init__(self):
        self.t = datetime(2024, 10, 14, 5, 41, 7)

    def tick(self):
        self.t += timedelta(seconds=R.randint(4, 150), microseconds=R.randint(0, 999999))
        return self.t


CLK = Clock()


def ts_iso(t, tz="-06:00", ms=True):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + (".%03d" % (t.microsecond // 1000) if ms else "") + tz


def ts_sys(t):
    return t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if t.day < 10 else t.strftime("%b %d %H:%M:%S")


def udi_string(g, exp, lot, sn, paren=True):
    if paren:
        s = "(01)%s(17)%s(10)%s" % (g, exp, lot)
        return s + ("(21)%s" % sn if sn else "")
    s = "01%s17%s10%s" % (g, exp, lot)
    return s + ("<GS>21%s" % sn if sn else "")


def implant_item():
    mfr, desc, ref = R.choice(IMPLANTS)
    g = gtin14()
    exp = "%02d%02d%02d" % (R.randint(25, 29), R.randint(1, 12), R.choice([0, R.randint(1, 28)]))
    lot = R.choice([alnum(6), "K" + digits(5), digits(8), alnum(2) + digits(6)])
    serial = None if ("Anchor" in desc or "Screw" in desc or "Cement" in desc) else R.choice(
        [alnum(7), digits(9), "MX" + digits(6), "SN" + alnum(8)])
    return mfr, desc, ref, g, exp, lot, serial


# ================================================================ event generators
def ev_udi_scan():
    t = CLK.tick()
    p = pt()
    mfr, desc, ref, g, exp, lot, sn = implant_item()
    out = []
    host = R.choice(SCANNER_OR)
    # raw scanner line
    if R.random() < 0.6:
        l = L("udi_raw")
        l.t("<134>%s %s scanbridge[%d]: RAW sym=]d2 data=" % (ts_sys(t), host, R.randint(1800, 4000)))
        raw = udi_string(g, exp, lot, sn, paren=False)
        l.v(raw, "device" if sn else None)
        l.t(" len=%d dev=ZEBRA-DS8178 fw=PAACBS00-007-R01" % len(raw))
        out.append(l)
    l = L("udi_json")
    items = [("ts", ts_iso(t + timedelta(milliseconds=212))), ("level", "INFO"), ("svc", "implanttrak"),
             ("evt", "udi.scan"), ("room", host[:3].upper()), ("case_no", P(p.case, "other_id")),
             ("mrn", P(p.mrn, "mrn")), ("scan", P(udi_string(g, exp, lot, sn), "device") if sn else udi_string(g, exp, lot, sn)),
             ("gtin", g), ("lot", lot), ("exp", "20" + exp[:2] + "-" + exp[2:4] + ("-" + exp[4:] if exp[4:] != "00" else ""))]
    if sn:
        items.append(("sn", P(sn, "device")))
    items += [("ref", ref), ("desc", desc), ("mfr", mfr), ("side", p.laterality), ("user", R.choice(RNS)),
              ("wasted", R.random() < 0.05), ("trace_id", hexs(32))]
    jput(l, D(*items))
    out.append(l)
    return out


def ev_udi_nophi():
    t = CLK.tick()
    mfr, desc, ref, g, exp, lot, sn = implant_item()
    r = R.random()
    l = L("udi_json")
    if r < 0.4:
        jput(l, D(("ts", ts_iso(t)), ("level", "INFO"), ("svc", "implanttrak"), ("evt", "gudid.lookup"),
                  ("di", g), ("brand", desc.split(" ")[0]), ("company", mfr), ("mri_safety", R.choice(["MR Conditional", "MR Safe", "Labeling does not contain MRI Safety Information"])),
                  ("http", 200), ("ms", R.randint(60, 900)), ("cache", R.choice(["hit", "miss"]))))
        return [l]
    if r < 0.75:
        # receiving dock: serial NOT PHI (no patient)
        out = []
        l2 = L("udi_raw")
        raw = udi_string(g, exp, lot, sn, paren=False)
        l2.t("<134>%s recv-scan01 scanbridge[%d]: RAW sym=]d2 data=%s len=%d dev=ZEBRA-DS8178 fw=PAACBS00-007-R01" %
             (ts_sys(t), R.randint(1800, 4000), raw, len(raw)))
        out.append(l2)
        jput(l, D(("ts", ts_iso(t + timedelta(milliseconds=140))), ("level", "INFO"), ("svc", "implanttrak"),
                  ("evt", "inventory.receive"), ("loc", "CONSIGN-" + R.choice(["STRYKER", "ZB", "DPS", "SN", "ARTHREX"])),
                  ("gtin", g), ("lot", lot), ("sn", sn), ("ref", ref), ("qty", 1), ("po", "PO-%d" % R.randint(55000, 56999)),
                  ("packing_slip", "PS" + digits(8)), ("user", "kalvarado")))
        out.append(l)
        return out
    jput(l, D(("ts", ts_iso(t)), ("level", R.choice(["WARN", "INFO"])), ("svc", "implanttrak"), ("evt", "inventory.expiring"),
              ("ref", ref), ("lot", lot), ("exp", "20" + exp[:2] + "-" + exp[2:4]), ("on_hand", R.randint(1, 9)),
              ("vendor_rep", R.choice(["Kyle Dubois (Stryker)", "Marta Ellison (Zimmer Biomet)", "Theo Park (Arthrex)"]))))
    return [l]


def ev_robot():
    t = CLK.tick()
    p = pt()
    sn = "R3-0%d" % R.randint(1100, 1199)
    out = []
    base = lambda tt: "%s.%03d MAKO-RIO SN:%s " % (tt.strftime("%Y-%m-%d %H:%M:%S"), tt.microsecond // 1000, sn)
    proc = R.choice(["TKA", "THA", "PKA"])
    app = {"TKA": "TKA 2.0", "THA": "THA 4.1", "PKA": "PKA 2.0"}[proc]
    sur = R.choice(SURGEONS)
    l = L("robot_case")
    l.t(base(t) + "[CASE] open ")
    kv(l, [("case_id", p.case, "other_id"), ("pt_id", p.mrn, "mrn")])
    if R.random() < 0.6:
        l.t(" pt_name=")
        l.p("%s^%s" % (fold(p.last).upper(), fold(p.first).upper()), "name")
        l.t(" dob=").p(d_hl7(p.dob), "date")
    l.t(' proc=%s side=%s surgeon="%s %s" app="%s"' % (proc, p.laterality, sur[0], sur[1][0], app))
    out.append(l)
    steps = [
        "[BONE_REG] femur checkpoints=%d points=%d rms=%.2fmm result=PASS" % (R.randint(2, 4), R.randint(32, 48), R.uniform(0.18, 0.49)),
        "[BONE_REG] tibia points=%d rms=%.2fmm result=PASS" % (R.randint(32, 48), R.uniform(0.18, 0.49)),
        "[PLAN] implant=Triathlon CR fem=%d tib=%d insert=%dmm varus=%.1fdeg slope=%.1fdeg" % (R.randint(2, 8), R.randint(2, 8), R.choice([9, 10, 11, 13]), R.uniform(-2, 3), R.uniform(0, 4)),
        "[CUT] distal femur resection=%.1fmm haptic_boundary=OK blade=SAW-%d" % (R.uniform(7, 10), R.randint(1, 3)),
        "[ARM] joint_torque_check pass j1..j6 max_err=%.3fNm temp=%.1fC" % (R.uniform(0, 0.05), R.uniform(31, 39)),
        "[SYS] sw=4.0.2.%d build=2024.06.11 camera=NDI-PolarisVega fw=%s" % (R.randint(100, 130), "3.1.%d" % R.randint(0, 9)),
        "[WARN] array occluded FEM_ARRAY for %dms" % R.randint(200, 4000),
    ]
    for s in R.sample(steps, R.randint(1, 3)):
        t2 = CLK.tick()
        l = L("robot_case")
        l.t(base(t2) + s)
        out.append(l)
    if R.random() < 0.4:
        t2 = CLK.tick()
        l = L("robot_case")
        l.t(base(t2) + "[CASE] close ")
        kv(l, [("case_id", p.case, "other_id"), ("duration", "%dm%02ds" % (R.randint(40, 110), R.randint(0, 59))), ("export", "USB:/MAKO_EXPORT/%s.zip" % hexs(8))])
        out.append(l)
    return out


def ev_nav():
    t = CLK.tick()
    out = []
    for _ in range(R.randint(1, 2)):
        l = L("nav_log")
        l.t("NAV|%s|nav-0%d|" % (t.strftime("%Y-%m-%dT%H:%M:%SZ"), R.randint(1, 3)))
        r = R.random()
        if r < 0.15:
            p = pt()
            l.t("SESSION_OPEN|patient=").p("%s, %s" % (p.last.upper(), p.first.upper()), "name")
            l.t("|id=").p(p.mrn, "mrn").t("|dob=").p(d_us(p.dob), "date").t("|proc=ACL_TUNNEL")
        elif r < 0.5:
            l.t("TRACK|tool=%s|visible=%d|rms=%.2f|fps=%d" % (R.choice(["FEM", "TIB", "PTR", "DRILL"]), R.randint(0, 1), R.uniform(0.1, 0.6), R.choice([30, 60])))
        elif r < 0.8:
            l.t("CAMERA|model=Polaris Vega XT|sn=%s|temp=%.1f|status=OK" % ("P9-" + digits(5), R.uniform(32, 41)))
        else:
            l.t("LICENSE|module=KneeNav 3.2.1|seat=%d|expires=2025-06-30|ok" % R.randint(1, 4))
        out.append(l)
        t = CLK.tick()
    return out


def ev_tourniquet():
    t = CLK.tick()
    out = []
    sn = "ATS4K-%s" % digits(5)
    for _ in range(R.randint(1, 3)):
        l = L("tourniquet")
        msg = R.choice([
            "CH1 INFLATE target=%dmmHg LOP=%dmmHg cuff=34in DUAL" % (R.choice([225, 250, 275, 300]), R.randint(170, 240)),
            "CH1 TIME %02d:%02d:00 pressure=%dmmHg" % (R.randint(0, 1), R.randint(0, 59), R.choice([250, 251, 249])),
            "ALARM TIME_LIMIT 60min CH1 acknowledged",
            "CH1 DEFLATE total=%02d:%02d:%02d" % (0, R.randint(20, 95) % 60, R.randint(0, 59)),
            "SELFTEST PASS leak=0.%dmmHg/s batt=%d%%" % (R.randint(0, 9), R.randint(60, 100)),
            "CUFF lot=%s exp=2026-%02d single-use" % (alnum(7), R.randint(1, 12)),
        ])
        l.t("%s %s %s" % (t.strftime("%d/%m/%Y %H:%M:%S"), sn, msg))
        out.append(l)
        t = CLK.tick()
    if R.random() < 0.2:
        p = pt()
        l = L("tourniquet")
        l.t("%s %s PATIENT ID ENTERED: " % (t.strftime("%d/%m/%Y %H:%M:%S"), sn)).p(p.mrn, "mrn").t(" LIMB=%s" % ("LEFT LEG" if p.laterality == "L" else "RIGHT LEG"))
        out.append(l)
    return out


AJRR_HDR = "SubmitterID,PatientID,LastName,FirstName,MiddleInitial,DOB,Sex,PostalCode,SSN,ProcedureDate,CPT,ICD10,Laterality,SurgeonNPI,ImplantMfr,CatalogNo,LotNo"


def ev_ajrr_csv():
    out = []
    if R.random() < 0.6:
        l = L("ajrr_csv")
        l.t(AJRR_HDR)
        out.append(l)
    for _ in range(R.randint(2, 4)):
        p = pt()
        mfr, desc, ref, g, exp, lot, sn = implant_item()
        l = L("ajrr_csv")
        l.t("RSC0142,").p(p.mrn, "mrn").t(",")
        last = p.last
        if "," in last:
            l.t('"').p(last, "name").t('"')
        else:
            l.p(last, "name")
        l.t(",").p(p.first, "name").t(",%s," % (p.middle[:1]))
        l.p(d_us(p.dob), "date").t(",%s," % p.sex).p(p.zip, "zip").t(",")
        r = R.random()
        if r < 0.7:
            l.p(p.ssn.replace("-", ""), "ssn")
        elif r < 0.85:
            l.t("999999999")
        l.t(",").p(d_us(p.dos), "date")
        cpt = {"TKA": "27447", "THA": "27130", "UKA": "27446"}.get(p.proc, "27447")
        l.t(",%s,%s,%s,%s,%s,%s,%s" % (cpt, R.choice(["M17.11", "M17.12", "M16.11", "M16.12"]), {"L": "Left", "R": "Right"}[p.laterality],
                                        R.choice(SURGEONS)[2], mfr, ref, lot))
        out.append(l)
    return out


def ev_ajrr_xml():
    out = []
    l = L("ajrr_xml")
    l.t('<?xml version="1.0" encoding="UTF-8"?>')
    out.append(l)
    l = L("ajrr_xml")
    l.t('<RegistrySubmission xmlns="urn:ajrr:submission:v3.1" SiteID="RSC0142" BatchID="%s" Created="%s">' % (uuid4(), ts_iso(CLK.t, "Z", False)))
    out.append(l)
    for _ in range(R.randint(1, 2)):
        p = pt()
        mfr, desc, ref, g, exp, lot, sn = implant_item()
        l = L("ajrr_xml")
        l.t("<Patient><PatientID>").p(p.mrn, "mrn").t("</PatientID><Name><Family>").p(p.last, "name")
        l.t("</Family><Given>").p(p.first, "name").t("</Given></Name><BirthDate>").p(d_iso(p.dob), "date")
        l.t("</BirthDate><Gender>%s</Gender><Address><PostalCode>" % p.sex).p(p.zip, "zip").t("</PostalCode><State>CO</State></Address>")
        if p.age > 89:
            l.t("<AgeAtProcedure>").p(str(p.age), "age").t("</AgeAtProcedure>")
        else:
            l.t("<AgeAtProcedure>%d</AgeAtProcedure>" % p.age)
        l.t("</Patient>")
        out.append(l)
        l = L("ajrr_xml")
        l.t('<Procedure type="%s" laterality="%s"><Date>' % (R.choice(["PrimaryKnee", "PrimaryHip", "RevisionKnee"]), p.laterality))
        l.p(d_iso(p.dos), "date").t("</Date><Implant><Manufacturer>%s</Manufacturer><Catalog>%s</Catalog><Lot>%s</Lot>" % (mfr, ref, lot))
        if sn:
            l.t("<Serial>").p(sn, "device").t("</Serial>")
        l.t("<UDI-DI>%s</UDI-DI></Implant><ASA>%d</ASA><BMI>%.1f</BMI></Procedure>" % (g, R.randint(1, 3), R.uniform(21, 41)))
        out.append(l)
    l = L("ajrr_xml")
    l.t("</RegistrySubmission>")
    out.append(l)
    return out


def ev_sftp():
    t = CLK.tick()
    l = L("sftp_upload")
    kv(l, [("time", ts_iso(t, "-06:00", False)), ("level", "info"), ("app", "ajrr-uploader"),
           ("msg", R.choice(["upload complete", "batch validated", "ack received", "retrying after 421"])),
           ("file", "RSC0142_%s_%s.%s" % (R.choice(["2024Q3", "2024-10W41"]), R.randint(1, 9), R.choice(["xml", "csv"]))),
           ("bytes", R.randint(40000, 2900000)), ("sha256", hexs(64)), ("host", "sftp.registry-upload.example.org:22"),
           ("rows", R.randint(12, 240)), ("errors", R.choice([0, 0, 0, 2]))])
    return [l]


def ev_proms():
    t = CLK.tick()
    p = pt()
    inst = R.choice([("KOOS JR", "koos_jr", R.uniform(40, 95)), ("HOOS JR", "hoos_jr", R.uniform(40, 95)),
                     ("PROMIS PF-10a", "promis_pf", R.uniform(25, 60)), ("PROMIS PI-6a", "promis_pi", R.uniform(40, 70))])
    tp, tpd = R.choice([("preop", -R.randint(3, 20)), ("6wk", 42), ("3mo", 90), ("6mo", 182), ("1yr", 365)])
    comp = t - timedelta(minutes=R.randint(1, 50), days=R.choice([0, 0, 0, 1]))
    surg = comp.date() - timedelta(days=tpd + R.randint(-5, 5))
    l = L("proms_webhook")
    patient = [("external_id", P(p.mrn, "mrn"))]
    if R.random() < 0.7:
        patient += [("first_name", P(p.first, "name")), ("last_name", P(p.last, "name"))]
    if R.random() < 0.6:
        patient.append(("email", P(p.email, "email")))
    if R.random() < 0.5:
        patient.append(("date_of_birth", P(d_iso(p.dob), "date")))
    if R.random() < 0.3:
        patient.append(("mobile", P(p.phone(2), "phone")))
    if R.random() < 0.5:
        patient.append(("age", P(p.age, "age") if p.age > 89 else p.age))
    ea = R.random() < 0.5
    jput(l, D(("event", "survey.completed"), ("delivery_id", uuid4()), ("sent_at", ts_iso(t, "Z")),
              ("data", D(("response_id", "resp_" + alnum(14, "abcdefghijklmnopqrstuvwxyz0123456789")),
                         ("patient", D(*patient)),
                         ("episode", D(("procedure", "%s %s" % (p.laterality, p.proc)), ("surgery_date", P(d_iso(surg), "date")))),
                         ("instrument", inst[0]), ("timepoint", tp),
                         ("score", D((inst[1], round(inst[2], 1)), ("t_score", round(R.uniform(30, 60), 1)), ("se", round(R.uniform(2, 4), 2)))),
                         ("completed_at", P(comp.strftime("%Y-%m-%dT%H:%M:%S") + "-06:00", "date")))),
              ("api_version", "2023-11-01")), ea=ea)
    out = [l]
    if R.random() < 0.6:
        l = L("proms_webhook")
        l.t('{"level":"info","ts":%.3f,"caller":"webhooks/dispatch.go:%d","msg":"delivered","endpoint":"https://api.ridgelineortho.com/hooks/proms","status":200,"latency_ms":%d,"attempt":1}' % (t.timestamp(), R.randint(80, 160), R.randint(30, 400)))
        out.append(l)
    return out


def hl7_ts(t):
    return t.strftime("%Y%m%d%H%M%S")


def ev_siu():
    t = CLK.tick()
    p = pt()
    ctrl = "SIU" + digits(9)
    start = datetime.combine(p.dos, datetime.min.time()) + timedelta(hours=R.randint(6, 14), minutes=R.choice([0, 15, 30, 45]))
    sur = R.choice(SURGEONS)
    out = []
    l = L("hl7_siu")
    l.t("MSH|^~\\&|SURGSCHED|RSC|MIRTH|RIDGELINE|%s||SIU^S12^SIU_S12|%s|P|2.5.1|||AL|NE" % (hl7_ts(t), ctrl))
    out.append(l)
    l = L("hl7_siu")
    appt_p = digits(6)
    appt_f = "A2410-" + digits(5)
    l.t("SCH|").p(appt_p, "other_id").t("^SURGSCHED|").p(appt_f, "other_id").t("^RSC|||||%s^%s PROC|SURGERY|%d|min|^^%d^" %
                                                                        (p.proc, p.proc, R.choice([60, 90, 120, 150]), R.choice([60, 90, 120])))
    l.p(hl7_ts(start), "date").t("^").p(hl7_ts(start + timedelta(minutes=120)), "date")
    l.t("|%s^%s^%s|||||Booked" % (sur[2], sur[0].upper(), sur[1].upper()))
    out.append(l)
    l = L("hl7_siu")
    l.t("PID|1||").p(p.mrn, "mrn").t("^^^RSC^MR||").p("%s^%s%s" % (fold(p.last).upper(), fold(p.first).upper(), ("^" + p.middle[:1]) if p.middle else ""), "name")
    l.t("||").p(d_hl7(p.dob), "date").t("|%s|||" % p.sex)
    l.p(fold(p.street).upper() + ("^" + p.apt.upper() if p.apt else ""), "address").t("^" if p.apt else "^^").p(p.city.upper(), "address").t("^CO^").p(p.zip, "zip").t("^USA||")
    l.p(p.phone(0), "phone").t("^PRN^PH|||%s|||" % R.choice(["M", "S", "W", "D"])).p(p.acct, "account").t("|")
    if R.random() < 0.5:
        l.p(p.ssn.replace("-", ""), "ssn")
    l.t("|")
    out.append(l)
    if R.random() < 0.5:
        l = L("hl7_siu")
        l.t("NK1|1|").p("%s^%s" % (fold(p.nok_last).upper(), fold(p.nok_first).upper()), "name").t("|%s^%s|||" % (p.nok_rel, {"SPO": "Spouse", "CHD": "Child", "PAR": "Parent", "FND": "Friend", "SIB": "Sibling"}[p.nok_rel]))
        l.p("(%s)%s-%s" % p.nok_ph, "phone").t("||EC^Emergency Contact")
        out.append(l)
    l = L("hl7_siu")
    l.t("PV1|1|O|RSC^OR%d^01^RSC||||%s^%s^%s|||ORTH||||||||" % (R.randint(1, 3), sur[2], sur[0].upper(), sur[1].upper()))
    l.p(p.acct, "account").t("|||||||||||||||||||||||||")
    out.append(l)
    l = L("hl7_siu")
    l.t("RGS|1|A")
    out.append(l)
    l = L("hl7_siu")
    l.t("AIS|1|A|%s^%s|" % ({"TKA": "27447", "THA": "27130", "ACLR": "29888", "UKA": "27446", "MPFL": "27427", "RCR": "29827", "SCOPE_MEN": "29881"}[p.proc], p.proc))
    l.p(hl7_ts(start), "date").t("|0|min|%d|min" % R.choice([90, 120, 150]))
    out.append(l)
    l = L("hl7_siu")
    l.t("AIP|1|A|%s^%s^%s|SURGEON" % (sur[2], sur[0].upper(), sur[1].upper()))
    out.append(l)
    if R.random() < 0.5:
        l = L("hl7_siu")
        l.t("MSH|^~\\&|MIRTH|RIDGELINE|SURGSCHED|RSC|%s||ACK^S12|ACK%s|P|2.5.1" % (hl7_ts(t + timedelta(seconds=1)), digits(9)))
        out.append(l)
        l = L("hl7_siu")
        l.t("MSA|AA|%s" % ctrl)
        out.append(l)
    return out


def ev_mirth():
    t = CLK.tick()
    l = L("mirth")
    l.t("%s [%s] %s  %s: " % (t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000),
                               R.choice(["Channel Dispatch Thread on SIU_IN (3f2a)", "pool-1-thread-4", "Main Server Thread"]),
                               R.choice(["INFO ", "INFO ", "WARN "]),
                               R.choice(["com.mirth.connect.donkey.server.channel.Channel", "com.mirth.connect.connectors.tcp.TcpReceiver"])))
    l.t(R.choice(["Channel SIU_IN processed message %d in %dms" % (R.randint(80000, 99999), R.randint(5, 90)),
                  "LLP connection accepted from 10.20.2.%d:%d" % (R.randint(2, 40), R.randint(40000, 65000)),
                  "Queue depth for destination 'PROMS_OUTBOUND' = %d" % R.randint(0, 40),
                  "Pruner removed %d messages older than 30 days" % R.randint(1000, 9000)]))
    return [l]


def ev_anes():
    t = CLK.tick()
    p = pt()
    out = []
    l = L("anes_fw")
    # fixed width: REC(4) DATE(8) TIME(4) CASE(14) NAME(28) SEX(1) DOB(10) ASA(4) TECH(12) DRUG...
    name = ("%s, %s" % (fold(p.last).upper(), fold(p.first).upper()))[:27]
    l.t("HDR ").t(t.strftime("%Y%m%d%H%M") + " ").p(p.case, "other_id").t(" " * (14 - len(p.case)))
    l.p(name, "name").t(" " * (28 - len(name))).t(p.sex + " ").p(d_iso(p.dob), "date")
    l.t(" ASA%d %-12s %-20s" % (R.randint(1, 3), R.choice(["GA+ACB", "SAB+MAC", "GA+ISB", "GA/LMA", "SAB+iPACK"]), R.choice(CRNAS)))
    if p.age > 89:
        l.t(" AGE ").p(str(p.age), "age")
    else:
        l.t(" AGE %d" % p.age)
    out.append(l)
    for _ in range(R.randint(1, 3)):
        t2 = CLK.tick()
        l = L("anes_fw")
        if R.random() < 0.5:
            l.t("VS   %s HR %3d BP %3d/%-3d SPO2 %3d ETCO2 %2d TEMP %.1f" % (t2.strftime("%H%M"), R.randint(55, 95), R.randint(100, 150), R.randint(55, 90), R.randint(94, 100), R.randint(30, 42), R.uniform(35.8, 37.2)))
        else:
            drug = R.choice([("ROPIVACAINE 0.5%", "20", "mL", "PNB"), ("PROPOFOL", "150", "mg", "IV"), ("FENTANYL", "50", "mcg", "IV"),
                             ("CEFAZOLIN", "2", "g", "IV"), ("TRANEXAMIC ACID", "1", "g", "IV"), ("DEXAMETHASONE", "4", "mg", "IV"),
                             ("ONDANSETRON", "4", "mg", "IV"), ("KETOROLAC", "15", "mg", "IV"), ("BUPIVACAINE 0.75% SPINAL", "1.6", "mL", "IT")])
            l.t("MED  %s %-24s %6s %-4s %s" % ((t2.strftime("%H%M"),) + drug))
        out.append(l)
    return out


def ev_bgs():
    t = CLK.tick()
    p = pt()
    out = []
    r = R.random()
    l = L("bgs_portal")
    if r < 0.55:
        dev = "OPX3-" + digits(7)
        jput(l, D(("@timestamp", ts_iso(t, "Z")), ("log.level", "info"), ("service", "osteopulse-connect"),
                  ("http", D(("method", "POST"), ("path", "/api/v2/orders"), ("status", 201))),
                  ("order", D(("order_id", P("OPO-" + digits(8), "other_id")), ("prescriber_npi", R.choice(SURGEONS)[2]),
                              ("patient", D(("name", P("%s %s" % (p.first, p.last), "name")), ("dob", P(d_us(p.dob), "date")),
                                            ("phone", P(p.phone(1), "phone")),
                                            ("ship_to", D(("line1", P(p.street + (" " + p.apt if p.apt else ""), "address")), ("city", P(p.city, "address")), ("state", "CO"), ("zip", P(p.zip, "zip")))),
                                            ("payer", p.payer), ("member_id", P(p.member, "health_plan")))),
                              ("dx", R.choice(["M84.361A nonunion tibia", "S82.201K", "M96.0 pseudarthrosis"])),
                              ("device_sn", P(dev, "device")), ("model", "OsteoPulse X3 LIPUS"))),
                  ("trace.id", hexs(32))), ea=False, sep=",", col=":")
    elif r < 0.8:
        dev = "OPX3-" + digits(7)
        jput(l, D(("@timestamp", ts_iso(t, "Z")), ("log.level", "info"), ("service", "osteopulse-connect"), ("event", "adherence.sync"),
                  ("device_sn", P(dev, "device")), ("paired_phone_id", P(uuid4().upper(), "device")),
                  ("days_used", R.randint(5, 60)), ("daily_tx_min", 20), ("compliance_pct", R.randint(55, 100)),
                  ("fw", "2.%d.%d" % (R.randint(0, 4), R.randint(0, 20)))))
    else:
        jput(l, D(("@timestamp", ts_iso(t, "Z")), ("log.level", R.choice(["info", "warn"])), ("service", "osteopulse-connect"),
                  ("http", D(("method", "GET"), ("path", R.choice(["/api/v2/health", "/api/v2/formulary?payer=ANTHEM", "/static/js/app.8f2c1e.js"])), ("status", R.choice([200, 200, 304, 503])))),
                  ("duration_ms", R.randint(3, 2200)), ("client.ip", "52.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)))))
    out.append(l)
    return out


def ev_dme():
    t = CLK.tick()
    l = L("dme_pipe")
    brace = R.choice([("L1833", "DJO-11-0473-%d" % R.randint(2, 6), "Hinged knee brace, ROM"), ("L1851", "OSS-KB-UNL-%s" % R.choice("SML"), "Unloader OA knee"),
                      ("L3960", "BREG-SLING-ABD-%s" % R.choice("SML"), "Shoulder abduction sling"), ("L4361", "CAM-WLK-TALL-%s" % R.choice("SML"), "Pneumatic walking boot")])
    if R.random() < 0.7:
        p = pt()
        l.t("DISPENSE|%s|" % t.strftime("%Y%m%d%H%M")).p(d_hl7(p.dos), "date").t("|%s|%s|%s|" % brace)
        l.p(p.mrn, "mrn").t("|").p("%s, %s" % (p.last, p.first), "name").t("|%s|" % p.payer)
        l.p(p.member, "health_plan").t("|%s|fitter=%s|ABN=%s" % (p.laterality, R.choice(["K. Alvarado CO", "T. Ngata OTA", "R. Boyle CO"]), R.choice(["Y", "N", "NA"])))
    else:
        l.t("INV|%s|%s|%s|%s|on_hand=%d|reorder_pt=4|PO-%d|vendor=%s" % (t.strftime("%Y%m%d%H%M"), brace[0], brace[1], brace[2], R.randint(0, 12), R.randint(55000, 56999),
                                                                        R.choice(["DJO Global, 1430 Decision St, Vista CA 92081", "Breg Inc 800-321-0607", "Ossur Americas 800-233-6263"])))
    return [l]


def ev_837():
    t = CLK.tick()
    p = pt()
    out = []
    ctrl = digits(9)

    def seg(s=""):
        l = L("x12_837")
        l.t(s)
        out.append(l)
        return l
    seg("ISA*00*          *00*          *ZZ*RIDGELINEASC   *ZZ*CLAIMSHUBPC    *%s*%s*^*00501*%s*0*P*:~" % (t.strftime("%y%m%d"), t.strftime("%H%M"), ctrl))
    seg("ST*837*%s*005010X222A1~" % digits(4))
    seg("NM1*85*2*RIDGELINE SURGERY CENTER LLC*****XX*%s~" % ORG_NPI)
    wc = R.random() < 0.6
    seg("NM1*PR*2*%s*****PI*%s~" % (R.choice(["PINNACOL ASSURANCE", "TRAVELERS", "GEICO PIP", "STATE FARM AUTO PIP"]) if True else "", digits(5)))
    if wc:
        seg("NM1*IL*2*%s*****FI*%s~" % (R.choice(["MCWHINNEY CONCRETE INC", "NORTHERN COLORADO FOODS", "BIG THOMPSON SCHOOL DIST"]), "84" + digits(7)))
        seg("REF*IG*WC%s~" % digits(8))
    l = seg("NM1*QC*1*")
    l.p(fold(p.last).upper(), "name").t("*").p(fold(p.first).upper(), "name").t("~")
    l = seg("N3*")
    l.p(fold(p.street).upper(), "address").t("~")
    l = seg("N4*")
    l.p(p.city.upper(), "address").t("*CO*").p(p.zip, "zip").t("~")
    l = seg("DMG*D8*")
    l.p(d_hl7(p.dob), "date").t("*%s~" % p.sex)
    l = seg("REF*Y4*")
    l.p(("WC" if wc else "AU") + digits(9), "other_id").t("~")
    if R.random() < 0.6:
        l = seg("REF*SY*")
        l.p(p.ssn.replace("-", ""), "ssn").t("~")
    l = seg("CLM*")
    l.p(p.acct, "account").t("*%.2f***24:B:1*Y*A*Y*Y*%s~" % (R.uniform(900, 24000), "EM:::CO" if wc else "AA:::CO"))
    l = seg("DTP*439*D8*")
    l.p(d_hl7(p.doi), "date").t("~")
    seg("HI*ABK:%s~" % R.choice(["S83.512A", "S43.421A", "M23.221", "S82.101A"]))
    l = seg("DTP*472*D8*")
    l.p(d_hl7(p.dos), "date").t("~")
    seg("SV1*HC:%s:%s*%.2f*UN*1***1~" % (R.choice(["29888", "29881", "29827", "27447"]), "RT" if p.laterality == "R" else "LT", R.uniform(900, 20000)))
    seg("SE*%d*%s~" % (len(out) + 1, digits(4)))
    return out


def ev_claims_json():
    t = CLK.tick()
    p = pt()
    l = L("claims_json")
    r = R.random()
    if r < 0.45:
        st = R.choice(["CO", "WY", "NE"])
        jput(l, D(("time", ts_iso(t, "-06:00")), ("lvl", "INFO"), ("logger", "claimshub.auto.intake"),
                  ("msg", "PIP claim intake"),
                  ("claim", D(("claim_no", P(R.choice(["AU", "0"]) + digits(10), "other_id")), ("carrier", R.choice(["State Farm", "GEICO", "Progressive"])),
                              ("policy_no", P(digits(3) + "-" + digits(4) + "-" + R.choice("ABCDEF") + digits(2), "health_plan")),
                              ("loss_date", P(d_iso(p.doi), "date")),
                              ("claimant", D(("name", P(p.full(), "name")), ("dl", P(R.choice("ABCDEFGH") + digits(8) if st != "CO" else digits(2) + "-" + digits(3) + "-" + digits(4), "license")), ("dl_state", st))),
                              ("vehicle", D(("vin", P(vin(R.random() < 0.85), "vehicle")), ("plate", P(R.choice(["%s%s-%s" % (alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ"), "", digits(3)), "%s-%s" % (digits(3), alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ"))]), "vehicle")),
                                          ("year", R.randint(2008, 2024)), ("make", R.choice(["Subaru", "Ford", "Toyota", "Jeep"])))),
                              ("adjuster", R.choice(["Kendra Walsh x4471", "Omar Reyes-Hill", "Lydia Fairbanks"])),
                              ("attorney", R.choice([None, "Harlan & Voss LLP, 303-555-0199", "Becerra Injury Law"]))))), ea=False)
    elif r < 0.75:
        jput(l, D(("time", ts_iso(t, "-06:00")), ("lvl", "INFO"), ("logger", "claimshub.wc.status"),
                  ("claim_no", P("WC" + digits(9), "other_id")), ("patient_acct", P(p.acct, "account")),
                  ("doi", P(d_iso(p.doi), "date")), ("employer", R.choice(["McWhinney Concrete Inc", "Northern Colorado Foods", "Thompson R2-J School District"])),
                  ("status", R.choice(["ACCEPTED", "PENDED-NEED-FROI", "PAID", "DENIED-MMI"])), ("amount", round(R.uniform(200, 9000), 2)),
                  ("check_no", "EFT" + digits(9)), ("era_trace", digits(10))), ea=False)
    else:
        jput(l, D(("time", ts_iso(t, "-06:00")), ("lvl", R.choice(["INFO", "WARN"])), ("logger", "claimshub.clearinghouse"),
                  ("msg", R.choice(["999 accepted", "277CA rejected segment REF*Y4 missing", "batch submitted", "SFTP poll ok"])),
                  ("batch", "B" + digits(8)), ("isa13", digits(9)), ("claims", R.randint(1, 40)), ("elapsed_ms", R.randint(40, 9000))))
    return [l]


def ev_fhir_sr():
    t = CLK.tick()
    p = pt()
    clinic = R.choice(PT_CLINICS)
    sur = R.choice(SURGEONS)
    l = L("fhir_sr")
    ref_id = "PTR-" + digits(7)
    jput(l, D(("resourceType", "ServiceRequest"), ("id", uuid4()), ("meta", D(("lastUpdated", ts_iso(t, "-06:00")))),
              ("identifier", [D(("system", "https://ridgelineortho.com/fhir/referral"), ("value", P(ref_id, "other_id")))]),
              ("status", "active"), ("intent", "order"),
              ("code", D(("coding", [D(("system", "http://snomed.info/sct"), ("code", "91251008"), ("display", "Physical therapy procedure"))]))),
              ("subject", D(("reference", PS(("Patient/", None), (p.mrn, "mrn"))), ("display", P(p.full(), "name")))),
              ("authoredOn", P(d_iso(p.dos + timedelta(days=R.randint(0, 14))), "date")),
              ("requester", D(("display", "%s %s, MD" % (sur[1], sur[0])), ("identifier", D(("system", "http://hl7.org/fhir/sid/us-npi"), ("value", sur[2]))))),
              ("performer", [D(("display", clinic[0]))]),
              ("note", [D(("text", "s/p %s %s, WBAT, ROM 0-90 wk 1-2, no open chain ext x6wk" % (p.laterality, p.proc)))])), sep=",", col=":", ea=False)
    return [l]


def ev_referral_note():
    t = CLK.tick()
    p = pt()
    clinic = R.choice(PT_CLINICS)
    l = L("referral_note")
    l.t("%s NOTE [triage:%s] " % (t.strftime("%m/%d/%y %H:%M"), R.choice(["mtafoya", "hbenally", "sbegay"])))
    r = R.random()
    if r < 0.5:
        l.t("Pt ").p(p.full(), "name").t(" (DOB ").p(d_us(p.dob), "date").t(") called re PT referral to %s, s/p %s %s on " % (clinic[0], p.laterality, p.proc))
        l.p(p.dos.strftime("%m/%d"), "date").t(". Wants Sat appts. Best # ").p(p.phone(1), "phone").t(", ok to LVM.")
    elif r < 0.8:
        l.t("Spoke w/ ").p(p.nok_first + " " + p.nok_last, "name").t(" (%s) for pt " % {"SPO": "spouse", "CHD": "adult child", "PAR": "parent", "FND": "friend", "SIB": "sibling"}[p.nok_rel])
        l.p(p.last, "name").t(", MRN ").p(p.mrn, "mrn").t(": ride home confirmed, call ").p("%s-%s-%s" % p.nok_ph, "phone").t(" when ready for d/c.")
    else:
        l.t("Referral packet faxed to %s (%s). Clinic hours M-F 7-6. No pt info in this note." % (clinic[0], clinic[1]))
    return [l]


def ev_fax():
    t = CLK.tick()
    l = L("fax_server")
    job = R.randint(700000, 799999)
    r = R.random()
    base = "%s RightFax[%d] " % (t.strftime("%Y-%m-%d %H:%M:%S"), R.randint(1000, 9999))
    if r < 0.45:
        p = pt()
        clinic = R.choice(PT_CLINICS)
        l.t(base + "FAXOUT job=%d to=%s pages=%d status=%s csid=\"RIDGELINE ORTHO\" cover=\"PT Rx - " % (job, clinic[1], R.randint(2, 9), R.choice(["OK", "OK", "BUSY-RETRY", "NO ANSWER"])))
        l.p("%s, %s" % (p.last, p.first), "name").t(" DOS ").p(d_us(p.dos), "date").t("\" user=%s" % R.choice(STAFF_USERS[:6]))
    elif r < 0.6:
        p = pt()
        l.t(base + "FAXOUT job=%d to=" % job).p("+1%s%s%s" % p.ph, "fax").t(" pages=3 status=OK cover=\"Work status note - per pt request, home fax\" ref=").p(p.case, "other_id")
    elif r < 0.85:
        l.t(base + "FAXIN job=%d from=+1303555%04d csid=\"%s\" pages=%d routed=%s ocr=pending" % (job, R.randint(100, 199), R.choice(["PINNACOL ASSURANCE", "HARLAN VOSS LLP", "SUMMIT MOTION PT", "UCHEALTH MRI"]), R.randint(1, 30), R.choice(["WC_QUEUE", "MEDREC", "SCHED"])))
    else:
        l.t(base + "SYSTEM modem=ch%d line=%s status=idle calls_today=%d" % (R.randint(1, 4), ORG_FAX, R.randint(10, 140)))
    return [l]


def ev_win():
    t = CLK.tick()
    l = L("win_event")
    eid, desc = R.choice([(4624, "An account was successfully logged on."), (4625, "An account failed to log on."), (4634, "An account was logged off."),
                          (4672, "Special privileges assigned to new logon."), (4740, "A user account was locked out."), (4688, "A new process has been created.")])
    user = R.choice(STAFF_USERS)
    ws = R.choice(["RSC-OR1-WS01", "RSC-PACU-WS03", "RSC-FD-01", "ORTHO-BILL-07", "RSC-IT-ADM"])
    l.t("<13>%s RSC-DC01.ridgeline.local MSWinEventLog\t1\tSecurity\t%d\t%s\t%d\tMicrosoft-Windows-Security-Auditing\tRIDGELINE\\%s\tN/A\t%s\t%s\t%s\tSubject: Account Name: %s Logon Type: %d Workstation Name: %s Source Network Address: 10.20.%d.%d Source Port: %d" %
        (ts_sys(t), R.randint(100000, 999999), t.strftime("%a %b %d %H:%M:%S %Y"), eid, user, "Success Audit" if eid != 4625 else "Failure Audit", "RSC-DC01", desc, user,
         R.choice([2, 3, 10]), ws, R.randint(1, 9), R.randint(2, 250), R.randint(49152, 65535)))
    return [l]


def ev_iis():
    t = CLK.tick()
    l = L("iis_w3c")
    user = R.choice(["RIDGELINE\\" + u for u in STAFF_USERS[:6]])
    cip = "10.20.%d.%d" % (R.randint(1, 9), R.randint(2, 250))
    ua = "Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/129.0.0.0+Safari/537.36+Edg/129.0.0.0"
    l.t("%s 10.20.1.15 GET " % t.strftime("%Y-%m-%d %H:%M:%S"))
    if R.random() < 0.45:
        p = pt()
        page = R.choice(["/ImplantTrak/CaseDetail.aspx", "/ImplantTrak/ImplantLog.aspx", "/ImplantTrak/Recall.aspx"])
        l.t(page + " caseNo=").p(p.case, "other_id").t("&mrn=").p(p.mrn, "mrn")
        if R.random() < 0.3:
            l.t("&ln=").p(fold(p.last).replace(" ", "+"), "name")
        st, size = 200, R.randint(5000, 90000)
    else:
        l.t(R.choice(["/ImplantTrak/Content/site.css -", "/ImplantTrak/Scripts/jquery-3.7.1.min.js -", "/ImplantTrak/api/health -",
                      "/ImplantTrak/Recall.aspx recallNo=Z-%d-2024" % R.randint(1000, 2999), "/ImplantTrak/Reports/Consignment.aspx vendor=STRYKER&wk=41"]))
        st, size = R.choice([200, 200, 304, 401, 500]), R.randint(200, 40000)
    l.t(" 443 %s %s %s https://implanttrak.ridgeline.local/ImplantTrak/ %d 0 0 %d" % (user, cip, ua, st, R.randint(3, 1900)))
    return [l]


def ev_rails():
    t = CLK.tick()
    p = pt()
    out = []
    ip = "%d.%d.%d.%d" % (R.choice([73, 67, 98, 174, 24, 71, 199]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    rid = uuid4()
    pre = "I, [%s #%d]  INFO -- : [%s] " % (t.strftime("%Y-%m-%dT%H:%M:%S.%f"), R.randint(2000, 9000), rid)
    action = R.choice(["appointments", "profile", "proms", "signup", "health"])
    if action == "health":
        l = L("rails")
        l.t(pre + 'Started GET "/up" for 10.20.1.40 at %s -0600' % t.strftime("%Y-%m-%d %H:%M:%S"))
        out.append(l)
        l = L("rails")
        l.t(pre + "Completed 200 OK in %dms (Views: 0.4ms | ActiveRecord: 0.0ms | Allocations: %d)" % (R.randint(1, 5), R.randint(100, 900)))
        out.append(l)
        return out
    path, ctrl = {"appointments": ("/patients/me/appointments", "AppointmentsController#index"),
                  "profile": ("/profile", "ProfilesController#update"),
                  "proms": ("/surveys/%s" % alnum(10, "abcdefghijkmnpqrstuvwxyz23456789"), "SurveysController#show"),
                  "signup": ("/users", "Users::RegistrationsController#create")}[action]
    method = "PATCH" if action == "profile" else ("POST" if action == "signup" else "GET")
    l = L("rails")
    l.t(pre + 'Started %s "%s" for ' % (method, path)).p(ip, "ip").t(" at %s -0600" % t.strftime("%Y-%m-%d %H:%M:%S"))
    out.append(l)
    l = L("rails")
    l.t(pre + "Processing by %s as %s" % (ctrl, R.choice(["HTML", "JSON", "TURBO_STREAM"])))
    out.append(l)
    if action in ("profile", "signup"):
        l = L("rails")
        l.t(pre + "  Parameters: ")
        inner = [("first_name", P(p.first, "name")), ("last_name", P(p.last, "name")), ("email", P(p.email, "email")),
                 ("date_of_birth", P(d_iso(p.dob), "date"))]
        if action == "profile":
            inner = [("preferred_name", P(p.first, "name")), ("mobile_phone", P(p.phone(0), "phone")),
                     ("address_line1", P(p.street, "address")), ("city", P(p.city, "address")), ("zip", P(p.zip, "zip"))]
            if R.random() < 0.5:
                b64 = "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEx8e" + "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(96))
                inner.append(("avatar_data", P("data:image/jpeg;base64," + b64, "photo")))
        else:
            inner.append(("password", "[FILTERED]"))
        rput(l, D(("authenticity_token", "[FILTERED]"), ("user" if action == "signup" else "patient", D(*inner)), ("commit", "Save")))
        out.append(l)
    if R.random() < 0.5:
        l = L("rails")
        l.t(pre + "  Patient Load (%.1fms)  SELECT \"patients\".* FROM \"patients\" WHERE \"patients\".\"user_id\" = $1 LIMIT $2  [[\"user_id\", %d], [\"LIMIT\", 1]]" % (R.uniform(0.3, 9), R.randint(1000, 40000)))
        out.append(l)
    l = L("rails")
    st = R.choice(["200 OK", "200 OK", "302 Found", "422 Unprocessable Entity"])
    tot = R.randint(20, 900)
    l.t(pre + "Completed %s in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)" % (st, tot, tot * R.uniform(0.2, 0.6), tot * R.uniform(0.05, 0.3), R.randint(1000, 90000)))
    out.append(l)
    if st.startswith("422") and R.random() < 0.7:
        t2 = CLK.tick()
        for s in ["F, [%s #%d] FATAL -- : [%s]   " % (t2.strftime("%Y-%m-%dT%H:%M:%S.%f"), R.randint(2000, 9000), rid)]:
            l = L("ruby_trace")
            l.t(s + "ActiveRecord::RecordInvalid (Validation failed: Email has already been taken, Date of birth must be in the past):")
            out.append(l)
        for fr in ["app/models/patient.rb:%d:in `block in <class:Patient>'" % R.randint(20, 90),
                   "app/controllers/users/registrations_controller.rb:%d:in `create'" % R.randint(10, 60),
                   "activerecord (7.1.3.4) lib/active_record/validations.rb:84:in `raise_validation_error'"][:R.randint(1, 3)]:
            l = L("ruby_trace")
            l.t(fr)
            out.append(l)
    return out


def ev_pg():
    t = CLK.tick()
    pre = "%s.%03d MDT [%d] " % (t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000, R.randint(10000, 39999))
    out = []
    r = R.random()
    if r < 0.3:
        p = pt()
        l = L("postgres")
        l.t(pre + "ridgeline@ortho_app LOG:  duration: %.3f ms  statement: SELECT id, mrn FROM patients WHERE lower(last_name) = '" % R.uniform(500, 4000))
        l.p(fold(p.last).lower().replace("'", "''"), "name").t("' AND date_of_birth = '").p(d_iso(p.dob), "date").t("' LIMIT 25")
        out.append(l)
    elif r < 0.45:
        p = pt()
        l = L("postgres")
        l.t(pre + 'ridgeline@ortho_app ERROR:  duplicate key value violates unique constraint "patients_mrn_key"')
        out.append(l)
        l = L("postgres")
        l.t(pre + "ridgeline@ortho_app DETAIL:  Key (mrn)=(").p(p.mrn, "mrn").t(") already exists.")
        out.append(l)
    elif r < 0.52:
        p = pt()
        l = L("postgres")
        c = card(R.choice(["4", "51", "37"]))
        l.t(pre + "billing@ortho_app LOG:  statement: INSERT INTO payment_attempts (patient_id, pan, exp, amount_cents) VALUES (%d, '" % R.randint(1000, 40000))
        l.p(c, "account").t("', '%02d/%02d', %d)" % (R.randint(1, 12), R.randint(25, 30), R.randint(2000, 150000)))
        out.append(l)
    else:
        l = L("postgres")
        l.t(pre + R.choice(["LOG:  checkpoint starting: time", "LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, 1 recycled; write=%.3f s" % (R.randint(100, 9000), R.uniform(0, 5), R.uniform(1, 30)),
                               "LOG:  automatic vacuum of table \"ortho_app.public.survey_responses\": index scans: 1",
                               "ridgeline@ortho_app LOG:  connection authorized: user=ridgeline database=ortho_app SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)",
                               "FATAL:  password authentication failed for user \"postgres\"",
                               "LOG:  could not receive data from client: Connection reset by peer"]))
        out.append(l)
    return out


def ev_sms():
    t = CLK.tick()
    p = pt()
    l = L("sms_gateway")
    sid = "SM" + hexs(32)
    r = R.random()
    l.t("%s sms-gw %s sid=%s from=+19705550100 to=" % (ts_iso(t, "Z", False), "outbound", sid)).p(p.phone(2), "phone").t(' body="')
    if r < 0.4:
        appt = datetime.combine(TODAY + timedelta(days=R.randint(1, 8)), datetime.min.time()) + timedelta(hours=R.randint(6, 13), minutes=R.choice([0, 30]))
        l.t("Hi ").p(p.first, "name").t(", this is Ridgeline Surgery Center. Your procedure is on ").p(appt.strftime("%a %b %-d"), "date")
        l.t(". Arrive %s. Nothing to eat after midnight. Reply C to confirm, or call 970-555-0142." % (appt - timedelta(minutes=90)).strftime("%-I:%M%p").lower())
    elif r < 0.8:
        tok = alnum(10, "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        l.t("Ridgeline Ortho: ").p(p.first, "name").t(", please complete your %s check-in survey: " % R.choice(["6-week", "3-month", "1-year"]))
        l.p("https://proms.ridgelineortho.com/s/" + tok, "url").t(" Reply STOP to opt out.")
    else:
        l.t("Your brace fitting is confirmed. Questions? Call our DME desk at 970-555-0147. Reply STOP to opt out.")
    l.t('" segments=%d status=%s price=-0.0079' % (R.randint(1, 3), R.choice(["queued", "sent", "delivered", "undelivered"])))
    return [l]


def ev_chat():
    t = CLK.tick()
    l = L("staff_chat")
    who = R.choice(["Dana Whitcomb", "Marco Tafoya", "Kim Alvarado", "Shawna Begay", "Dr. Colm Brennan", "Hosteen Benally"])
    l.t("[%s] %s: " % (t.strftime("%-m/%-d/%Y %-I:%M %p"), who))
    r = R.random()
    if r < 0.45:
        p = pt()
        if R.random() < 0.5:
            l.t("can someone call ").p(p.first + " " + p.last, "name").t(" back re brace fitting? %s left VM, " % ("she" if p.sex == "F" else "he")).p(p.phone(1), "phone")
        else:
            l.t("OR2 add-on: ").p(p.last, "name").t(" (").p(p.mrn, "mrn").t(") ").t("%s %s, rep bringing Persona set, need C-arm" % (p.laterality, p.proc))
    else:
        l.t(R.choice(["Stryker rep says lot K77231 of the 4 fem is backordered til Fri",
                      "Mako in OR1 needs the camera recalibrated, ticket INC0041872 opened w/ biomed",
                      "reminder: AJRR Q3 upload due Tues, Hosteen has the file",
                      "tourniquet ATS in OR3 threw a leak alarm again, pulled from service",
                      "fax server down 10 min, resend PT referrals after 2pm",
                      "lunch from Rosalita's in the break room \U0001F32E",
                      "PACU bed 4 call light broken, facilities ticket 88120"]))
    return [l]


EVENTS = [
    (ev_udi_scan, 7), (ev_udi_nophi, 6), (ev_robot, 4), (ev_nav, 4), (ev_tourniquet, 4),
    (ev_ajrr_csv, 1.2), (ev_ajrr_xml, 1), (ev_sftp, 2), (ev_proms, 5), (ev_siu, 3.2), (ev_mirth, 5),
    (ev_anes, 3), (ev_bgs, 4), (ev_dme, 4), (ev_837, 0.6), (ev_claims_json, 5), (ev_fhir_sr, 2.5),
    (ev_referral_note, 4), (ev_fax, 5), (ev_win, 10), (ev_iis, 8), (ev_rails, 6), (ev_pg, 7),
    (ev_sms, 5), (ev_chat, 5),
]


def main():
    lines = []
    fns = [e[0] for e in EVENTS]
    ws = [e[1] for e in EVENTS]
    while len(lines) < N_LINES:
        fn = R.choices(fns, ws)[0]
        lines.extend(fn())
    lines = lines[:N_LINES]
    with open(OUT_LOG, "wb") as fl, open(OUT_LAB, "w", encoding="utf-8") as fj:
        for i, l in enumerate(lines, 1):
            b = bytes(l.buf)
            if b"\n" in b or b"\r" in b or not b.strip():
                raise SystemExit("bad line %d" % i)
            b.decode("utf-8")
            prev = 0
            spans = []
            for s, e, cat, val in sorted(l.spans):
                if not (0 <= s < e <= len(b)):
                    raise SystemExit("span out of range line %d" % i)
                if s < prev:
                    raise SystemExit("overlap line %d" % i)
                if b[s:e].decode("utf-8") != val:
                    raise SystemExit("span mismatch line %d: %r vs %r" % (i, b[s:e], val))
                prev = e
                spans.append({"s": s, "e": e, "cat": cat})
            fl.write(b + b"\n")
            fj.write(json.dumps({"line": i, "family": l.fam, "spans": spans}) + "\n")


if __name__ == "__main__":
    main()
