#!/usr/bin/env python3
"""Synthetic labeled log corpus "pk".

Organisation: Great Miami Valley Pain & Spine, LLC (GMV), an interventional
pain practice in Dayton, Ohio, with its own ambulatory surgery centre (GMV
Surgery Center).  Everything is invented; every person is synthetic.

Systems simulated (family names in the labels file):
  pm_json       practice-management / EHR Java service logs (JSON, logback),
                incl. appointment booking, demographics edits, palm-vein
                patient identity check-in (biometric), CS-agreement module
  hl7_udt       HL7 v2.5.1 ORU^R01 urine drug testing results from the
                reference lab (Precision Toxicology Labs) via the interface
                engine, one segment per log line (MSH/PID/PV1/ORC/OBR/OBX/NTE)
  pdmp_logfmt   OARRS (Ohio PDMP) gateway integration, logfmt
  fluoro_csv    C-arm (OEC) radiation dose export, CSV with DICOM-style names
  scs_registry  neurostimulator vendor (NeuroVanta) trial/implant device
                registration + patient-remote sync events (JSON)
  esign_kv      e-signature service for controlled-substance agreements
                (key=value)
  x12           837P claims (commercial, Medicare, Ohio BWC workers' comp) and
                271 eligibility, one segment per log line
  fax_rightfax  fax server log (attorney letters of protection, WC forms)
  lop_note      PI/LOP case-manager free-text notes (pipe header + text)
  nginx_access  patient portal / API access log (combined format)
  syslog        firewall, sshd, cron, postfix on servers (no PHI)
  mirth_trace   interface-engine exceptions with Java stack traces
  mysql_slow    MySQL slow query log of the PM database
  sms_gateway   appointment reminder SMS gateway (JSON, inbound + outbound)
  asc_board     ASC case board pipe-delimited export
  k8s_json      container platform / deploy events (no PHI)
  omnicell_csv  ASC controlled-substance cabinet transactions (CSV)
  ledger_fw     fixed-width A/R export of LOP / WC accounts
  teams_chat    staff chat messages (JSON)
  fhir_audit    FHIR R4 API responses logged by the patient app gateway

Labeling decisions (grey cases):
  * Staff, clinicians, CRNAs, rad techs, device reps, attorneys, paralegals,
    WC adjusters, pharmacies and law firms (with their phones, faxes,
    addresses, emails, bar numbers) act in a professional role -> not PHI.
    Prescriber DEA/NPI numbers -> not PHI.  Employers of WC patients -> not PHI.
  * MRN, lab-assigned patient IDs (PID-3 from the lab) -> mrn.
    Patient account / FIN / visit numbers, patient control numbers (CLM01),
    card numbers -> account.
  * Insurance member/subscriber IDs, MBI, Medicaid IDs -> health_plan.
    Group numbers identify the employer's plan -> not PHI.
  * Workers' comp (BWC) claim numbers, auto-carrier claim numbers for the
    patient's accident, PI lawsuit / court case numbers, UDT specimen
    barcodes / lab accession numbers, DICOM accession numbers,
    controlled-substance agreement numbers, vendor device-registry patient
    IDs, OARRS patient-link IDs -> other_id.
  * Record keys that only identify a transaction, not the person:
    appointment IDs, ASC case IDs, HL7 message control IDs, e-sign envelope
    UUIDs, PDMP request IDs, fax job IDs, SMS SIDs, trace IDs -> not PHI.
  * Neurostimulator IPG / lead / trial-stimulator / patient-remote serial
    numbers, patient-controller Bluetooth MAC, UDI carrying a (21) serial
    -> device (UDI labeled as one span).  Model numbers, lot numbers and
    UDI-DI without serial -> not PHI.  The practice's own C-arm, cabinet,
    workstation serials -> not PHI.
  * Date of injury (DOI), DOB, procedure/service/collection/appointment,
    trial start/explant dates -> date.  The log record's own timestamp is
    not labeled even when an event happens "now".  Times of day fused
    into one date-time token are included in the date span (e.g.
    2024-10-22T07:30, 20241014104608); in free text ("10/22 at 7:15 AM")
    only the date part is labeled.
  * Age labeled only when > 89.  First name alone in an SMS/chat about the
    patient -> name.  Emergency contacts / spouses / guarantors -> name and
    their phones -> phone.
  * Patient vehicle VIN and plate from motor-vehicle-accident PI files ->
    vehicle.  Driver's licence shown at CS check-in -> license.
  * Patient IP in portal/e-sign -> ip; server/office/vendor IPs not.
    Portal URL paths containing the patient MRN -> url (whole path+query).
  * Placeholder SSNs (000-00-0000, 999-99-9999) are not identifiers -> not
    labeled; malformed but real-looking SSNs in an SSN field -> ssn.
  * City alone is address only when it is part of the patient's address;
    state never.  ZIP always its own span.
  * Base64 face photo in FHIR Patient.photo -> photo; palm-vein template
    -> biometric.
"""
import base64
import datetime as dt
import hashlib
import json
import random
import sys
import uuid

SEED = 20241014
R = random.Random(SEED)
ID = "pk"


# --------------------------------------------------------------- line builder
class P:
    """A PHI value to place; `text` is what goes into the line, `meant` the
    real value (differs when escaped)."""

    def __init__(self, text, cat, meant=None):
        self.raw = text
        self.text = str(text)
        self.cat = cat
        self.meant = self.text if meant is None else meant


class Ln:
    def __init__(self, fam):
        self.fam = fam
        self.parts = []

    def __call__(self, text, cat=None, meant=None):
        if isinstance(text, P):
            self.parts.append((text.text, text.cat, text.meant, False))
        else:
            self.parts.append((str(text), cat, str(text) if meant is None else meant, False))
        return self

    def j(self, text, cat):
        """Place a value inside a JSON string literal (escaped)."""
        esc = json.dumps(text, ensure_ascii=False)[1:-1]
        self.parts.append((esc, cat, text, True))
        return self

    def build(self):
        out = b""
        spans = []
        checks = []
        for text, cat, meant, is_json in self.parts:
            b = text.encode("utf-8")
            if cat:
                spans.append({"s": len(out), "e": len(out) + len(b), "cat": cat})
                checks.append((text, meant, is_json))
            out += b
        line = out.decode("utf-8")
        # independent verification
        lb = line.encode("utf-8")
        if "\n" in line or "\r" in line or not line.strip():
            raise SystemExit("bad line: %r" % line)
        last = 0
        for sp, (text, meant, is_json) in zip(spans, checks):
            s, e = sp["s"], sp["e"]
            if not (0 <= s < e <= len(lb)):
                raise SystemExit("span out of range %r in %r" % (sp, line))
            if s < last:
                raise SystemExit("overlap %r in %r" % (sp, line))
            last = e
            got = lb[s:e].decode("utf-8")
            if got != text:
                raise SystemExit("span text mismatch %r vs %r" % (got, text))
            val = json.loads('"' + got + '"') if is_json else got
            if val != meant:
                raise SystemExit("span meaning mismatch %r vs %r" % (val, meant))
        return line, {"family": self.fam, "spans": spans}


def emit_json(L, obj, sep=(", ", ": ")):
    """Serialise obj into L; P values are labeled (strings escaped)."""
    if isinstance(obj, dict):
        L("{")
        first = True
        for k, v in obj.items():
            if not first:
                L(sep[0])
            first = False
            L(json.dumps(k) + sep[1])
            emit_json(L, v, sep)
        L("}")
    elif isinstance(obj, list):
        L("[")
        for i, v in enumerate(obj):
            if i:
                L(sep[0])
            emit_json(L, v, sep)
        L("]")
    elif isinstance(obj, P):
        if isinstance(obj.raw, (int, float)) and not isinstance(obj.raw, bool):
            L(str(obj.raw), obj.cat)
        else:
            L('"')
            L.j(obj.meant, obj.cat)
            L('"')
    else:
        L(json.dumps(obj, ensure_ascii=False))


def emit_kv(L, pairs, sep=" ", eq="=", quote_all=False):
    for i, (k, v) in enumerate(pairs):
        if i:
            L(sep)
        L(k + eq)
        txt = v.text if isinstance(v, P) else str(v)
        q = quote_all or (" " in txt) or txt == ""
        if q:
            L('"')
        if isinstance(v, P):
            L(v)
        else:
            L(txt)
        if q:
            L('"')


# --------------------------------------------------------------- checksums
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


def card(prefix="4", n=16):
    body = prefix + "".join(R.choice("0123456789") for _ in range(n - 1 - len(prefix)))
    return body + luhn_digit(body)


def ssn(valid=True):
    if not valid:
        return R.choice(["123-45-678", "078-05-11200", "4215-67-890"])
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mbi():
    c = [R.choice("123456789"), R.choice(MBI_A), R.choice(MBI_AN), R.choice("0123456789"),
         R.choice(MBI_A), R.choice(MBI_AN), R.choice("0123456789"), R.choice(MBI_A),
         R.choice(MBI_A), R.choice("0123456789"), R.choice("0123456789")]
    return "".join(c)


VIN_T = {**{str(i): i for i in range(10)},
         **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7,
         "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(valid=True):
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = R.choice(["1HG", "2T1", "1FT", "3VW", "5YJ", "1G1", "JTD", "KNM"])
    v = list(wmi + "".join(R.choice(chars) for _ in range(5)) + "0" +
             R.choice("RSPN") + R.choice(chars) + "".join(R.choice("0123456789") for _ in range(6)))
    tot = sum(VIN_T[c] * w for c, w in zip(v, VIN_W))
    cd = tot % 11
    v[8] = "X" if cd == 10 else str(cd)
    if not valid:
        v[8] = str((int(v[8]) + 3) % 10) if v[8] != "X" else "4"
    return "".join(v)


def dea(last):
    l1 = R.choice("ABFM")
    d = [R.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return l1 + last[0].upper() + "".join(map(str, d)) + str(c)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


# --------------------------------------------------------------- people
FIRST_F = ["Marisol", "Oluwaseun", "Grace", "Faith", "Rosalind", "Bich Ngoc", "Siobhan",
           "Ingrid", "Priscilla", "Amara", "Xiomara", "Lakshmi", "Honor", "Afsaneh",
           "Tanisha", "Summer", "Brandy", "Mercy", "Dolores", "Ebony", "Wilhelmina",
           "Hye-jin", "Fatuma", "Consuelo", "Maëlle"]
FIRST_M = ["Dmitri", "Hunter", "Keanu", "Yusuf", "Thaddeus", "Jamal", "Wendell", "Bao",
           "Eero", "Dwayne", "Rocco", "Colm", "Ezequiel", "Ansel", "Tavita", "Lamar",
           "Bartholomew", "Chidi", "Rusty", "Archie", "Nikolai", "Joaquín", "Deshawn", "Brock"]
LAST = ["Oyelaran-Brooks", "García Márquez", "Nguyen", "Kowalczyk", "Baker", "Stone",
        "Winter", "Haddad", "Begay", "Takahashi", "O'Driscoll", "van der Berg", "Ramaswamy",
        "Fairweather", "Pettibone", "Mbeki-Hart", "Castillo-Ruiz", "Lindqvist", "Achterberg",
        "Whitehorse", "Szabó", "Dupree", "Booker", "Church", "Fox", "Marsh", "Ng",
        "Al-Sayegh", "DeLaCruz", "Kapoor", "Hollis", "Brightwater", "St. Pierre",
        "Nakamura-Cole", "Friday", "Goodnight", "Schumacher", "Opoku", "Vu", "Rivers"]
STREETS = ["Far Hills Ave", "Wilmington Pike", "Stroop Rd", "Shroyer Rd", "Dorothy Ln",
           "N Main St", "Brown St", "Smithville Rd", "Linden Ave", "Patterson Rd",
           "Kemp Rd", "Old Troy Pike", "Salem Ave", "Catalpa Dr", "Whipp Rd",
           "Lyons Rd", "Alex Bell Rd", "Rahn Rd", "Clyo Rd", "Spinning Rd",
           "Beaver Valley Rd", "E Dayton Yellow Springs Rd", "Wayne Ave"]
CITIES = [("Kettering", "45429"), ("Centerville", "45459"), ("Beavercreek", "45432"),
          ("Xenia", "45385"), ("Miamisburg", "45342"), ("Springfield", "45503"),
          ("Troy", "45373"), ("Huber Heights", "45424"), ("Fairborn", "45324"),
          ("Middletown", "45044"), ("Dayton", "45410"), ("Dayton", "45406"),
          ("Vandalia", "45377"), ("West Carrollton", "45449"), ("Englewood", "45322"),
          ("Lebanon", "45036"), ("Tipp City", "45371"), ("Bellbrook", "45305")]
MAILDOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com",
           "woh.rr.com", "att.net"]
PAYERS = ["MEDICARE", "OH MEDICAID (CareSource)", "ANTHEM BCBS OH", "MEDICAL MUTUAL",
          "OHIO BWC", "LOP", "UNITEDHEALTHCARE", "HUMANA MA"]


def phone_fmt(d):
    f = R.randrange(5)
    a, b, c = d[:3], d[3:6], d[6:]
    return ["(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), "%s.%s.%s" % (a, b, c),
            "+1" + d, d][f]


def new_phone():
    return R.choice(["937", "513", "937", "937", "614", "330"]) + str(R.randint(2, 9)) + \
        "%02d" % R.randint(10, 99) + "%04d" % R.randint(0, 9999)


class Pt:
    pass


def make_patients(n):
    pts = []
    used = set()
    for i in range(n):
        p = Pt()
        p.sex = R.choice("FM")
        p.first = R.choice(FIRST_F if p.sex == "F" else FIRST_M)
        while True:
            p.last = R.choice(LAST)
            if (p.first, p.last) not in used:
                used.add((p.first, p.last))
                break
        p.mi = R.choice("ABCDEFGHJKLMNPRSTW")
        if i < 3:
            p.dob = dt.date(R.randint(1931, 1933), R.randint(1, 12), R.randint(1, 28))
        else:
            p.dob = dt.date(R.randint(1946, 2001), R.randint(1, 12), R.randint(1, 28))
        p.age = 2024 - p.dob.year - (1 if (p.dob.month, p.dob.day) > (10, 14) else 0)
        p.street = "%d %s" % (R.randint(12, 9980), R.choice(STREETS))
        if R.random() < 0.2:
            p.street += R.choice([" Apt %d" % R.randint(1, 40), " Unit %s" % R.choice("ABCD"),
                                  " Lot %d" % R.randint(1, 120)])
        p.city, p.zip = R.choice(CITIES)
        if R.random() < 0.3:
            p.zip = p.zip + "-" + "%04d" % R.randint(1, 9999)
        p.phone = new_phone()
        p.email = (p.first.split()[0].lower().replace("ë", "e").replace("í", "i") +
                   R.choice([".", "", "_"]) +
                   p.last.replace(" ", "").replace("'", "").replace(".", "").lower()
                   .replace("á", "a").replace("ó", "o") +
                   R.choice(["", str(R.randint(1, 99)), str(p.dob.year)[2:]]) + "@" + R.choice(MAILDOM))
        p.mrn = "GMV%06d" % R.randint(100000, 399999)
        p.labid = "PTL%07d" % R.randint(1000000, 9999999)
        p.acct = "%08d" % R.randint(10000000, 29999999)
        p.payer = PAYERS[0] if p.age >= 65 and R.random() < 0.8 else R.choice(PAYERS[1:])
        if p.payer in ("MEDICARE", "HUMANA MA"):
            p.member = mbi() if p.payer == "MEDICARE" else "H%08d" % R.randint(10000000, 99999999)
        elif p.payer.startswith("OH MEDICAID"):
            p.member = "%012d" % R.randint(100000000000, 999999999999)
        elif p.payer.startswith("ANTHEM"):
            p.member = "YRK" + "%09d" % R.randint(0, 999999999)
        elif p.payer == "MEDICAL MUTUAL":
            p.member = "MMO%010d" % R.randint(0, 9999999999)
        elif p.payer == "UNITEDHEALTHCARE":
            p.member = "%09d" % R.randint(900000000, 999999999)
        else:
            p.member = None
        p.wc_claim = "24-8%05d" % R.randint(0, 99999) if p.payer == "OHIO BWC" else None
        p.lop = p.payer == "LOP"
        p.doi = dt.date(R.choice([2023, 2024]), R.randint(1, 12), R.randint(1, 28))
        if p.doi > dt.date(2024, 9, 30):
            p.doi = p.doi.replace(year=2023)
        p.ssn = ssn()
        p.dl = R.choice("ABCDEFGHJKLMNPRSTUW") + R.choice("ABCDEFGHJKLMNPRSTUW") + "%06d" % R.randint(0, 999999)
        p.ec_name = R.choice(FIRST_F + FIRST_M) + " " + (p.last if R.random() < 0.6 else R.choice(LAST))
        p.ec_rel = R.choice(["Spouse", "Daughter", "Son", "Mother", "Partner", "Brother", "Friend"])
        p.ec_phone = new_phone()
        p.vin = vin(R.random() > 0.1)
        p.plate = R.choice(["J", "H", "K", "G"]) + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + \
            "%04d" % R.randint(0, 9999)
        p.ipg = "NVA" + "%07d" % R.randint(0, 9999999)
        p.ets = "ETS" + "%06d" % R.randint(0, 999999)
        p.remote = "RC" + "%07d" % R.randint(0, 9999999)
        p.leads = ["LD%08d" % R.randint(0, 99999999) for _ in range(2)]
        p.ble = ":".join("%02X" % R.randint(0, 255) for _ in range(6))
        p.reg = "NVR-%06d" % R.randint(0, 999999)
        p.csa = "CSA-%d-%05d" % (R.choice([2022, 2023, 2024]), R.randint(0, 99999))
        p.accession = "PT%02d%07d" % (24, R.randint(0, 9999999))
        p.specimen = "%010d" % R.randint(0, 9999999999)
        p.auto_claim = R.choice(["", "CLM-", ""]) + "%02d-%07d" % (R.randint(10, 99), R.randint(0, 9999999))
        p.court = "CV-2024-%02d-%04d" % (R.randint(1, 9), R.randint(1, 9999))
        p.pdmp_link = "%09d" % R.randint(100000000, 999999999)
        p.card = card(R.choice(["4", "51", "37"]), 15 if False else 16)
        p.ip = "%d.%d.%d.%d" % (R.choice([24, 65, 66, 69, 72, 74, 98, 99, 107, 174]),
                                R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        p.appt = dt.datetime(2024, R.choice([10, 10, 11]), R.randint(15, 30),
                             R.choice([7, 8, 9, 10, 11, 13, 14, 15]), R.choice([0, 15, 30, 45]))
        pts.append(p)
    return pts


PTS = make_patients(64)

STAFF = [("Priya", "Venkataraman", "MD"), ("Marcus", "Hollingsworth", "DO"),
         ("Lena", "Okafor", "MD"), ("Ruth", "Castellano", "CRNA"), ("Kelsey", "Amundsen", "MA"),
         ("Brianna", "Toliver", "RN"), ("Javier", "Peralta", "RT(R)"), ("Tamsin", "Greer", ""),
         ("Derek", "Fong", ""), ("Noor", "Siddiqui", "PA-C"), ("Carla", "Bettencourt", "RN")]
DOCS = STAFF[:3] + [STAFF[9]]
DOC_NPI = {d[1]: npi() for d in DOCS}
DOC_DEA = {d[1]: dea(d[1]) for d in DOCS}
USERS = ["pvenkataraman", "mhollingsworth", "lokafor", "rcastellano", "kamundsen", "btoliver",
         "jperalta", "tgreer", "dfong", "nsiddiqui", "cbettencourt", "svc_mirth", "svc_pmp"]
FIRMS = [("Brannigan & Whitcomb LLP", "Dana Whitcomb", "937-223-4810", "937-223-4899"),
         ("Oduya Injury Law", "Rafael Oduya", "513-621-0077", "513-621-0078"),
         ("Kessler Strong & Partners", "Meredith Kessler", "614-464-2200", "614-464-2290"),
         ("The Lantern Law Group", "Hollis Vance", "937-401-5500", "937-401-5501")]
ADJUSTERS = [("Gloria Neff", "CompManagement Health Systems"), ("Terrence Abuya", "Sedgwick"),
             ("Maren Quist", "CareWorks")]
ORG = "Great Miami Valley Pain & Spine"
ORG_ADDR = "7700 Washington Village Dr Ste 210, Dayton, OH 45459"
ORG_PHONE = "937-555-0142"
ORG_FAX = "937-555-0143"
ORG_NPI = npi()
ORG_TIN = "31-%07d" % R.randint(0, 9999999)
PROCS = [("64483", "TFESI L5-S1 left"), ("64493", "Lumbar facet MBB L3-L5 bilat"),
         ("64635", "RFA lumbar L4-L5 right"), ("62323", "Lumbar ILESI L4-5"),
         ("63650", "SCS trial percutaneous leads x2"), ("63685", "SCS IPG implant"),
         ("64490", "Cervical MBB C4-C6 left"), ("27096", "SI joint injection right"),
         ("64625", "SI joint RFA left"), ("62321", "Cervical ILESI C7-T1")]
DRUGS = [("Oxycodone", "19295-5"), ("Fentanyl", "59615-5"), ("Buprenorphine", "49752-3"),
         ("Hydrocodone", "16249-5"), ("Morphine", "3830-3"), ("Gabapentin", "54230-4"),
         ("Amphetamine", "19343-3"), ("THC-COOH", "20521-1"), ("Creatinine", "2161-8"),
         ("Tramadol", "32138-9"), ("Norfentanyl", "59673-4"), ("Oxymorphone", "17395-5")]

# --------------------------------------------------------------- clock
CLOCK = [dt.datetime(2024, 10, 14, 6, 52, 11, 0)]


def tick():
    CLOCK[0] += dt.timedelta(seconds=R.randint(1, 38), microseconds=R.randint(0, 999999))
    return CLOCK[0]


def iso(t, z=True, ms=True):
    s = t.strftime("%Y-%m-%dT%H:%M:%S")
    if ms:
        s += ".%03d" % (t.microsecond // 1000)
    return s + ("Z" if z else "-04:00")


def pt():
    if R.random() < 0.06:
        return R.choice(PTS[:3])
    return R.choice(PTS)


def dfmt(d, style=None):
    style = R.randrange(5) if style is None else style
    if style == 0:
        return d.strftime("%Y-%m-%d")
    if style == 1:
        return d.strftime("%m/%d/%Y")
    if style == 2:
        return d.strftime("%Y%m%d")
    if style == 3:
        return "%d/%d/%s" % (d.month, d.day, d.strftime("%y"))
    return d.strftime("%d-%b-%Y")


def svc_date():
    return dt.date(2024, 10, R.randint(14, 31)) if R.random() < 0.7 else dt.date(2024, 11, R.randint(1, 22))


def past_date():
    return dt.date(2024, R.randint(5, 10), R.randint(1, 28))


# --------------------------------------------------------------- generators
def g_pm_json():
    t = tick()
    p = pt()
    k = R.random()
    L = Ln("pm_json")
    base = {"@timestamp": iso(t, z=False), "@version": "1", "level": "INFO",
            "thread_name": "http-nio-8443-exec-%d" % R.randint(1, 64)}
    if k < 0.28:
        doc = R.choice(DOCS)
        cpt, proc = R.choice(PROCS)
        obj = dict(base, logger_name="com.gmvpain.pm.sched.AppointmentService",
                   message="appointment booked",
                   appt={"apptId": "APT-%07d" % R.randint(0, 9999999),
                         "ptMrn": P(p.mrn, "mrn"),
                         "ptNm": P("%s, %s %s" % (p.last, p.first, p.mi), "name"),
                         "dob": P(dfmt(p.dob, 0), "date"),
                         "age": P(p.age, "age") if p.age > 89 else p.age,
                         "apptDt": P(p.appt.strftime("%Y-%m-%dT%H:%M"), "date"),
                         "loc": R.choice(["ASC-OR2", "ASC-OR1", "CLINIC-3", "PROC-A"]),
                         "visitType": proc, "cpt": cpt,
                         "prov": "%s, %s %s" % (doc[1], doc[0], doc[2]),
                         "ins": ({"plan": p.payer, "memberId": P(p.member, "health_plan")} if p.member else
                                 {"plan": p.payer, "claimNo": P(p.wc_claim, "other_id"), "ssn": P(p.ssn, "ssn")}
                                 if p.wc_claim else {"plan": "SELF/LOP", "guarantor": P(p.ec_name, "name")})},
                   trace_id=hexs(32), span_id=hexs(16))
    elif k < 0.42:
        fld = R.choice(["homePhone", "email", "addr", "emergencyContact", "ssn", "homeFax"])
        if fld == "ssn":
            r = R.random()
            if r < 0.15:
                new = R.choice(["000-00-0000", "999-99-9999"])
            elif r < 0.3:
                new = P(ssn(False), "ssn")
            else:
                new = P(p.ssn if R.random() < 0.5 else p.ssn.replace("-", ""), "ssn")
        elif fld == "homeFax":
            new = P(phone_fmt(new_phone()), "fax")
        elif fld == "homePhone":
            new = P(phone_fmt(p.phone), "phone")
        elif fld == "email":
            new = P(p.email, "email")
        elif fld == "addr":
            new = {"line1": P(p.street, "address"), "city": P(p.city, "address"), "st": "OH",
                   "zip": P(p.zip, "zip")}
        else:
            new = {"nm": P(p.ec_name, "name"), "rel": p.ec_rel, "ph": P(phone_fmt(p.ec_phone), "phone")}
        obj = dict(base, logger_name="com.gmvpain.pm.demo.DemographicsAudit",
                   message="demographics field changed", user=R.choice(USERS[:11]),
                   pt=P(p.mrn, "mrn"), field=fld, new=new, rev=R.randint(2, 40))
    elif k < 0.50:
        tmpl = base64.b64encode(bytes(R.getrandbits(8) for _ in range(48))).decode()
        obj = dict(base, logger_name="com.gmvpain.identity.PalmVeinCheckin",
                   message=R.choice(["palm vein match", "palm vein enrollment"]),
                   mrn=P(p.mrn, "mrn"), score=round(R.uniform(0.91, 0.999), 3),
                   device="PS-Reader-FD%02d" % R.randint(1, 4),
                   template=P(tmpl, "biometric"))
    elif k < 0.54:
        full = R.random() < 0.35
        obj = dict(base, logger_name="com.gmvpain.pm.billing.PaymentPosting",
                   level="WARN" if full else "INFO",
                   message="PAN found in memo field, masked before persist" if full else "card payment posted",
                   acct=P(p.acct, "account"), amt="%.2f" % R.uniform(25, 400),
                   card=P(p.card, "account") if full else "****" + p.card[-4:],
                   gateway="OpenEdge", authCode="%06d" % R.randint(0, 999999), batch="B%s" % R.randint(1000, 9999))
    elif k < 0.62:
        obj = dict(base, logger_name="com.gmvpain.pm.cs.AgreementService",
                   message="controlled substance agreement status",
                   agreementNo=P(p.csa, "other_id"), mrn=P(p.mrn, "mrn"),
                   status=R.choice(["ACTIVE", "RENEWAL_DUE", "VIOLATION_REVIEW", "DISCHARGED"]),
                   pillCountDue=P(dfmt(svc_date(), 0), "date"),
                   dlVerified=P(p.dl, "license"), dlState="OH")
    else:
        obj = dict(base, logger_name=R.choice(["com.zaxxer.hikari.pool.HikariPool",
                                               "com.gmvpain.pm.cache.EligCache",
                                               "org.springframework.web.servlet.DispatcherServlet",
                                               "com.gmvpain.pm.jobs.ReminderBatch"]),
                   message=R.choice(["HikariPool-1 - Pool stats (total=20, active=%d, idle=%d, waiting=0)"
                                     % (R.randint(1, 9), R.randint(5, 15)),
                                     "cache hit ratio %.2f over %d lookups" % (R.random(), R.randint(100, 5000)),
                                     "Completed initialization in %d ms" % R.randint(3, 40),
                                     "reminder batch %s queued %d messages" % (uid()[:8], R.randint(20, 140)),
                                     "build 4.18.%d-gmv (commit %s) ready on :8443" % (R.randint(0, 30), hexs(7))]),
                   trace_id=hexs(32))
        if R.random() < 0.3:
            obj["level"] = "WARN"
    emit_json(L, obj, sep=(",", ":"))
    return [L]


def hl7_seg(L, fields):
    for i, f in enumerate(fields):
        if i:
            L("|")
        if isinstance(f, list):
            for j, c in enumerate(f):
                if j:
                    L("^")
                L(c) if isinstance(c, P) else L(str(c))
        elif isinstance(f, P):
            L(f)
        else:
            L(str(f))


def g_hl7():
    t = tick()
    p = pt()
    out = []
    ctl = "PTL%s%04d" % (t.strftime("%y%m%d%H%M%S"), R.randint(0, 9999))
    L = Ln("hl7_udt")
    hl7_seg(L, ["MSH", "^~\\&", "PTL-LIS", "PRECISIONTOX", "MIRTH", "GMVPAIN",
                t.strftime("%Y%m%d%H%M%S"), "", "ORU^R01^ORU_R01", ctl, "P", "2.5.1"])
    out.append(L)
    L = Ln("hl7_udt")
    hl7_seg(L, ["PID", "1", "", [P(p.labid, "mrn"), "", "", "PTL", "PI"] if R.random() < 0.5
                else [P(p.mrn, "mrn"), "", "", "GMV", "MR"], "",
                [P("%s^%s^%s" % (p.last.upper(), p.first.upper(), p.mi), "name")], "",
                P(p.dob.strftime("%Y%m%d"), "date"), p.sex, "", "",
                [P(p.street, "address"), "", P(p.city, "address"), "OH", P(p.zip, "zip"), "USA"], "",
                [P(p.phone, "phone"), "PRN", "PH"], "", "", "", "", P(p.acct, "account")])
    out.append(L)
    doc = R.choice(DOCS)
    coll = dt.datetime.combine(past_date(), dt.time(R.randint(8, 16), R.randint(0, 59)))
    if R.random() < 0.6:
        L = Ln("hl7_udt")
        hl7_seg(L, ["PV1", "1", "O", "GMV^CLINIC3", "", "", "",
                    [DOC_NPI[doc[1]], doc[1].upper(), doc[0].upper()], "", "", "", "", "", "", "", "", "", "", "",
                    P("V" + p.acct[2:], "account"), "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
                    "", "", "", "", "", "", "", "", "", "",
                    P(coll.strftime("%Y%m%d"), "date")])
        out.append(L)
    L = Ln("hl7_udt")
    hl7_seg(L, ["ORC", "RE", "ORD%07d" % R.randint(0, 9999999), [P(p.accession, "other_id"), "PTL"], "", "CM", "",
                "", "", t.strftime("%Y%m%d%H%M"), "", "", [DOC_NPI[doc[1]], doc[1].upper(), doc[0].upper()]])
    out.append(L)
    L = Ln("hl7_udt")
    hl7_seg(L, ["OBR", "1", "ORD%07d" % R.randint(0, 9999999), [P(p.specimen, "other_id"), "PTL"],
                ["UDTCONF", "Urine Drug Confirmation LC-MS/MS", "L"], "", "",
                P(coll.strftime("%Y%m%d%H%M"), "date"), "", "", "", "", "", "", "",
                ["URN", "Urine"], [DOC_NPI[doc[1]], doc[1].upper(), doc[0].upper()], "", "", "", "", "", "",
                t.strftime("%Y%m%d%H%M"), "", "", "F"])
    out.append(L)
    for i, (drug, loinc) in enumerate(R.sample(DRUGS, R.randint(3, 6))):
        L = Ln("hl7_udt")
        if drug == "Creatinine":
            hl7_seg(L, ["OBX", str(i + 1), "NM", [loinc, drug, "LN"], "", "%.1f" % R.uniform(20, 220), "mg/dL",
                        ">=20", "N", "", "", "F", "", "", t.strftime("%Y%m%d%H%M")])
        else:
            pos = R.random() < 0.3
            hl7_seg(L, ["OBX", str(i + 1), "ST", [loinc, drug + " [Mass/volume] in Urine by Confirmatory method", "LN"],
                        "", ("%d" % R.randint(60, 4000)) if pos else "NEG", "ng/mL",
                        "<%d" % R.choice([25, 50, 100, 2]), "A" if pos else "N", "", "", "F", "", "",
                        t.strftime("%Y%m%d%H%M")])
        out.append(L)
    if R.random() < 0.4:
        L = Ln("hl7_udt")
        L("NTE|1|L|Specimen validity within limits. Results reviewed by lab director K. Whitlatch, PhD, DABCC.")
        out.append(L)
    return out


def g_pdmp():
    t = tick()
    L = Ln("pdmp_logfmt")
    doc = R.choice(DOCS)
    if R.random() < 0.6:
        p = pt()
        pairs = [("ts", iso(t)), ("level", "info"), ("svc", "pmp-gateway"), ("event", "patient_request"),
                 ("req_id", uid()), ("state", "OH"), ("pmp", "OARRS"),
                 ("patient.first", P(p.first, "name")), ("patient.last", P(p.last, "name")),
                 ("patient.dob", P(dfmt(p.dob, 0), "date")), ("patient.zip", P(p.zip[:5], "zip")),
                 ("prescriber_dea", DOC_DEA[doc[1]]), ("role", "Physician"),
                 ("resp", R.choice(["MATCH", "MATCH", "MULTIPLE", "NO_MATCH"])),
                 ("latency_ms", R.randint(180, 4200))]
        if R.random() < 0.6:
            pairs.insert(11, ("link_id", P(p.pdmp_link, "other_id")))
            pairs += [("narx.opioid", "%03d" % R.randint(0, 999)), ("narx.sedative", "%03d" % R.randint(0, 999)),
                      ("ors", "%03d" % R.randint(0, 999)), ("rx_90d", R.randint(0, 14)),
                      ("pharmacies_90d", R.randint(0, 5))]
        emit_kv(L, pairs)
    else:
        emit_kv(L, [("ts", iso(t)), ("level", R.choice(["info", "warn", "debug"])), ("svc", "pmp-gateway"),
                    ("event", R.choice(["token_refresh", "rate_limit", "healthcheck", "cert_check"])),
                    ("endpoint", "https://prod.pmpgateway.net/v5_1/patient"),
                    ("status", R.choice([200, 200, 429, 204])), ("remaining", R.randint(0, 500)),
                    ("cert_expires", "2025-06-30T23:59:59Z"), ("build", "pmpgw-2.14.%d" % R.randint(0, 9)),
                    ("latency_ms", R.randint(20, 900))])
    return [L]


def g_fluoro():
    t = tick()
    L = Ln("fluoro_csv")
    sn = "OEC-E%05d" % 40218
    if R.random() < 0.75:
        p = pt()
        cpt, proc = R.choice(PROCS)
        exam = (t - dt.timedelta(minutes=R.randint(3, 50), seconds=R.randint(0, 59))).replace(microsecond=0)
        if R.random() < 0.25:  # late export of last week's cases
            exam = exam - dt.timedelta(days=R.randint(1, 6))
        fields = [P(exam.strftime("%Y%m%d%H%M%S"), "date"), "ASC-OR%d" % R.randint(1, 2), sn,
                  P("A%s%04d" % (t.strftime("%y%m%d"), R.randint(0, 9999)), "other_id"),
                  P(p.mrn, "mrn"), P("%s^%s^%s" % (p.last.upper(), p.first.upper(), p.mi), "name"),
                  p.sex, proc, "%.1f" % R.uniform(4, 180), "%.2f" % R.uniform(0.5, 45.0),
                  "%.2f" % R.uniform(0.3, 30), R.randint(68, 110), "%.1f" % R.uniform(1, 8),
                  R.choice(["JPERALTA", "AWOJCIK", "JPERALTA"])]
    else:
        fields = [t.strftime("%Y%m%d%H%M%S"), "ASC-OR%d" % R.randint(1, 2), sn, "", "QA", "PHANTOM^QA^DAILY",
                  "O", "Daily constancy 80kV", "%.1f" % R.uniform(9, 11), "%.2f" % R.uniform(1.0, 1.2),
                  "%.2f" % R.uniform(0.8, 0.9), 80, "2.0", "JPERALTA"]
    for i, f in enumerate(fields):
        if i:
            L(",")
        s = f.text if isinstance(f, P) else str(f)
        q = "," in s or " " in s
        if q:
            L('"')
        L(f) if isinstance(f, P) else L(s)
        if q:
            L('"')
    return [L]


def g_scs():
    t = tick()
    p = pt()
    L = Ln("scs_registry")
    k = R.random()
    rep = R.choice(["Tyler Brandt", "Alexis Moreau-Quint", "Sam Ekwueme"])
    if k < 0.4:
        start = svc_date()
        obj = {"ts": iso(t), "src": "neurovanta-clinician-portal", "event": "trial_registration",
               "site": {"name": "GMV Surgery Center", "npi": ORG_NPI},
               "registryId": P(p.reg, "other_id"),
               "patient": {"firstName": P(p.first, "name"), "lastName": P(p.last, "name"),
                           "dateOfBirth": P(dfmt(p.dob, 0), "date"), "phone": P(phone_fmt(p.phone), "phone")},
               "trial": {"start": P(start.isoformat(), "date"),
                         "plannedEnd": P((start + dt.timedelta(days=7)).isoformat(), "date"),
                         "ets": {"model": "Everett ETS-4", "sn": P(p.ets, "device")},
                         "leads": [{"model": "Sienna 8-contact 60cm", "sn": P(s, "device"),
                                    "lot": "L24%s%04d" % (R.choice("ABCDEFGH"), R.randint(0, 9999))} for s in p.leads]},
               "physician": "Venkataraman, Priya MD", "rep": rep}
    elif k < 0.7:
        udi = "(01)00814872030517(17)%s(10)L24C%04d(21)%s" % ("2811%02d" % R.randint(1, 28), R.randint(0, 9999), p.ipg)
        obj = {"ts": iso(t), "src": "neurovanta-clinician-portal", "event": "implant_registration",
               "registryId": P(p.reg, "other_id"),
               "patient": {"name": P("%s %s" % (p.first, p.last), "name"), "dob": P(dfmt(p.dob, 1), "date"),
                           "address": {"line1": P(p.street, "address"), "city": P(p.city, "address"),
                                       "state": "OH", "postalCode": P(p.zip, "zip")}},
               "implantDate": P(svc_date().isoformat(), "date"),
               "ipg": {"model": "Halcyon 16 Rechargeable", "udi": P(udi, "device")},
               "remote": {"model": "HRC-200", "sn": P(p.remote, "device")},
               "mriConditional": True, "rep": rep}
    elif k < 0.85:
        obj = {"ts": iso(t), "src": "neurovanta-cloud-sync", "event": "remote_sync",
               "remoteSn": P(p.remote, "device"), "bleMac": P(p.ble, "device"),
               "fw": "3.2.%d" % R.randint(0, 19), "battery": R.randint(5, 100), "program": R.randint(1, 4),
               "impedanceCheck": R.choice(["PASS", "PASS", "WARN_E3"]), "appVersion": "NV MyStim 5.4.1 (iOS 17.6)"}
    else:
        obj = {"ts": iso(t), "src": "neurovanta-cloud-sync", "event": R.choice(["heartbeat", "fw_catalog_refresh"]),
               "region": "us-east-2", "catalog": "NV-FW-2024.09", "items": R.randint(10, 60),
               "req": uid(), "ms": R.randint(40, 900)}
    emit_json(L, obj)
    return [L]


def g_esign():
    t = tick()
    L = Ln("esign_kv")
    if R.random() < 0.7:
        p = pt()
        ev = R.choice(["envelope_sent", "recipient_viewed", "envelope_completed", "recipient_declined"])
        L("%s esignd[%d]: " % (iso(t, ms=False), R.randint(2000, 9000)))
        pairs = [("event", ev), ("envelope", uid()), ("template", "Opioid Treatment Agreement v7"),
                 ("agreement_id", P(p.csa, "other_id")), ("signer_name", P("%s %s" % (p.first, p.last), "name")),
                 ("signer_email", P(p.email, "email")), ("mrn", P(p.mrn, "mrn"))]
        if ev != "envelope_sent":
            pairs.append(("client_ip", P(p.ip, "ip")))
            pairs.append(("ua", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X)"))
        pairs.append(("witness", R.choice(["Kelsey Amundsen MA", "Carla Bettencourt RN"])))
        emit_kv(L, pairs)
    else:
        L("%s esignd[%d]: " % (iso(t, ms=False), R.randint(2000, 9000)))
        emit_kv(L, [("event", R.choice(["webhook_delivered", "token_renewed", "template_published"])),
                    ("account", "gmv-pain-prod"), ("endpoint", "https://hooks.gmvpain.com/esign"),
                    ("status", 200), ("sha256", hexs(64)), ("dur_ms", R.randint(50, 400))])
    return [L]


def x12_seg(L, elems):
    for i, e in enumerate(elems):
        if i:
            L("*")
        L(e) if isinstance(e, P) else L(str(e))
    L("~")


def g_x12():
    t = tick()
    p = pt()
    while p.lop:
        p = pt()
    out = []
    ctl = "%09d" % R.randint(0, 999999999)
    payer = p.payer
    segs = []
    segs.append(["ISA", "00", " " * 10, "00", " " * 10, "ZZ", "GMVPAIN        ", "ZZ", "AVAILITY       ",
                 t.strftime("%y%m%d"), t.strftime("%H%M"), "^", "00501", ctl, "0", "P", ":"])
    segs.append(["GS", "HC", "GMVPAIN", "AVAILITY", t.strftime("%Y%m%d"), t.strftime("%H%M"), str(int(ctl[-5:])), "X", "005010X222A1"])
    segs.append(["ST", "837", "0001", "005010X222A1"])
    segs.append(["NM1", "85", "2", "GREAT MIAMI VALLEY PAIN AND SPINE", "", "", "", "", "XX", ORG_NPI])
    segs.append(["N3", "7700 WASHINGTON VILLAGE DR STE 210"])
    segs.append(["N4", "DAYTON", "OH", "454591234"])
    segs.append(["REF", "EI", ORG_TIN.replace("-", "")])
    sub_id = p.member if p.member else (p.wc_claim or "")
    segs.append(["NM1", "IL", "1", P(p.last.upper(), "name"), P(p.first.upper(), "name"), p.mi, "", "", "MI",
                 P(sub_id, "health_plan" if p.member else "other_id")])
    segs.append(["N3", P(p.street.upper(), "address")])
    segs.append(["N4", P(p.city.upper(), "address"), "OH", P(p.zip.replace("-", ""), "zip")])
    segs.append(["DMG", "D8", P(p.dob.strftime("%Y%m%d"), "date"), p.sex])
    segs.append(["NM1", "PR", "2", payer, "", "", "", "", "PI", R.choice(["00123", "SB690", "35174", "OHBWC"])])
    cpt, proc = R.choice(PROCS)
    segs.append(["CLM", P(p.acct + "-" + "%02d" % R.randint(1, 9), "account"), "%.2f" % R.uniform(400, 14000), "", "",
                 "24:B:1", "Y", "A", "Y", "Y"])
    if p.wc_claim:
        segs.append(["REF", "SY", P(p.ssn.replace("-", ""), "ssn")])
        segs.append(["REF", "Y4", P(p.wc_claim, "other_id")])
        segs.append(["DTP", "439", "D8", P(p.doi.strftime("%Y%m%d"), "date")])
    segs.append(["HI", "ABK:M54.16", "ABF:M51.36", "ABF:G89.4"])
    segs.append(["LX", "1"])
    segs.append(["SV1", "HC:%s" % cpt, "%.2f" % R.uniform(300, 9000), "UN", "1", "", "", "1"])
    segs.append(["DTP", "472", "D8", P(past_date().strftime("%Y%m%d"), "date")])
    segs.append(["SE", str(len(segs) - 1), "0001"])
    for s in segs:
        L = Ln("x12")
        x12_seg(L, s)
        out.append(L)
    return out


def g_fax():
    t = tick()
    L = Ln("fax_rightfax")
    firm = R.choice(FIRMS)
    ts = t.strftime("%Y-%m-%d %H:%M:%S")
    k = R.random()
    if k < 0.45:
        p = pt()
        L("%s RFSVC INF [FaxRecv] Inbound FID=%s CSID=\"%s\" ANI=%s pages=%d route=LOP_Intake subject=\"LOP re: " %
          (ts, hexs(12).upper(), firm[0][:20], firm[3], R.randint(2, 9)))
        L("%s %s" % (p.first, p.last), "name")
        L(" DOI ")
        L(dfmt(p.doi, 3), "date")
        L("\"")
    elif k < 0.7:
        p = pt()
        adj = R.choice(ADJUSTERS)
        L("%s RFSVC INF [FaxSend] FID=%s to=%s (%s, %s) pages=%d status=OK doc=\"C-9 request claim " %
          (ts, hexs(12).upper(), "614-%03d-%04d" % (R.randint(200, 999), R.randint(0, 9999)), adj[0], adj[1], R.randint(1, 6)))
        L(p.wc_claim or "24-8%05d" % R.randint(0, 99999), "other_id")
        L(" - ")
        L("%s, %s" % (p.last.upper(), p.first.upper()), "name")
        L("\" user=tgreer")
    else:
        L("%s RFSVC %s [%s] %s" % (ts, R.choice(["INF", "WRN"]), R.choice(["Modem", "Queue", "SMTP"]),
                                    R.choice(["Channel 3 line idle, retrain 14400bps", "Queue LOP_Intake depth=%d" % R.randint(0, 12),
                                              "Cover sheet template 'GMV_Standard' loaded from \\\\fs01\\rightfax\\covers",
                                              "Outbound to %s failed: NO ANSWER (retry 2/3)" % firm[3],
                                              "Notification mailed to lop@gmvpain.com via smtp.gmvpain.local:25"])))
    return [L]


def g_lop_note():
    t = tick()
    p = pt()
    L = Ln("lop_note")
    firm = R.choice(FIRMS)
    L("%s|PI_CASE|%s|" % (t.strftime("%m/%d/%Y %H:%M"), R.choice(["tgreer", "dfong"])))
    k = R.random()
    if k < 0.35:
        L("Rcvd signed LOP from %s (atty %s, ph %s) for pt " % (firm[0], firm[1], firm[2]))
        L("%s %s" % (p.first, p.last), "name")
        L(" acct ")
        L(p.acct, "account")
        L(", MVA DOI ")
        L(dfmt(p.doi, 1), "date")
        L(". Auto carrier claim # ")
        L(p.auto_claim, "other_id")
        L(". Policy limits per atty 100/300. Treatment plan: %s then possible SCS trial." % R.choice(PROCS)[1])
    elif k < 0.6:
        L("Police report rec'd for ")
        L("%s, %s" % (p.last, p.first), "name")
        L(": pt vehicle VIN ")
        L(p.vin, "vehicle")
        L(" plate OH ")
        L(p.plate, "vehicle")
        L(", rear-ended at %s. Filed to case " % R.choice(["SR-4 & I-675", "Far Hills/Dorothy", "I-70 EB mm 38"]))
        L(p.court, "other_id")
        L(" (Montgomery Cty C.P.).")
    elif k < 0.8:
        L("Atty %s called re settlement for " % firm[1])
        L(p.first, "name")
        L(" ")
        L(p.last, "name")
        L(" (DOB ")
        L(dfmt(p.dob, 3), "date")
        L("). Bal $%s, requested %d%% reduction; approved %d%% per Dr. Hollingsworth. Send itemized to %s." %
          ("{:,.2f}".format(R.uniform(2000, 38000)), R.choice([25, 30, 40]), R.choice([15, 20]), firm[3]))
    else:
        L("Weekly LOP aging run: %d open cases, $%s outstanding, %d > 365 days. No action needed." %
          (R.randint(80, 140), "{:,.2f}".format(R.uniform(400000, 900000)), R.randint(5, 20)))
    return [L]


def g_nginx():
    t = tick()
    L = Ln("nginx_access")
    ts = t.strftime("%d/%b/%Y:%H:%M:%S -0400")
    ua = R.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
                   "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/129.0.0.0 Safari/537.36",
                   "Mozilla/5.0 (Linux; Android 14; SM-S918U) Chrome/129.0.6668.81 Mobile"])
    if R.random() < 0.45:
        p = pt()
        path = R.choice(["/portal/patients/%s/statements?acct=%s" % (p.mrn, p.acct),
                         "/portal/patients/%s/appointments" % p.mrn,
                         "/portal/patients/%s/forms/opioid-agreement" % p.mrn])
        L(p.ip, "ip")
        L(" - - [%s] \"GET " % ts)
        if "acct=" in path:
            L(path, "url")
        else:
            L(path, "url")
        L(" HTTP/2.0\" 200 %d \"https://portal.gmvpain.com/portal/home\" \"%s\" rt=%.3f" % (R.randint(800, 60000), ua, R.uniform(0.01, 1.2)))
    else:
        ip = R.choice(["10.20.4.%d" % R.randint(2, 250), "52.14.201.77", "3.131.88.%d" % R.randint(2, 250), "127.0.0.1"])
        path = R.choice(["/healthz", "/static/js/app.4f9c2e1b.js", "/static/css/main.b81e.css", "/api/v2/config",
                         "/favicon.ico", "/portal/login", "/.well-known/security.txt", "/wp-login.php"])
        code = 404 if "wp-" in path else R.choice([200, 200, 304])
        L("%s - - [%s] \"GET %s HTTP/1.1\" %d %d \"-\" \"%s\" rt=%.3f" % (ip, ts, path, code, R.randint(0, 250000),
                                                                         R.choice([ua, "kube-probe/1.29", "ELB-HealthChecker/2.0"]),
                                                                         R.uniform(0.0, 0.3)))
    return [L]


def g_syslog():
    t = tick()
    L = Ln("syslog")
    host = R.choice(["fw01", "asc-ws07", "pm-db01", "mirth01", "fs01"])
    ts = t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if t.day < 10 else t.strftime("%b %d %H:%M:%S")
    msg = R.choice([
        "sshd[%d]: Accepted publickey for %s from 10.20.1.%d port %d ssh2: ED25519 SHA256:%s" %
        (R.randint(1000, 60000), R.choice(["dfong", "svc_mirth", "ansible"]), R.randint(2, 250), R.randint(30000, 65000),
         base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode()[:43]),
        "filterlog[%d]: 5,,,1000000103,igb0,match,block,in,4,0x0,,49,%d,0,none,6,tcp,60,185.224.128.%d,67.41.22.10,%d,3389,0,S" %
        (R.randint(1000, 9000), R.randint(1000, 65000), R.randint(1, 250), R.randint(1024, 65000)),
        "CRON[%d]: (root) CMD (/opt/gmv/bin/backup_pmdb.sh --target s3://gmv-backup-prod/pmdb >/dev/null 2>&1)" % R.randint(1000, 60000),
        "postfix/smtp[%d]: %s: to=<billing@availity.com>, relay=smtp.availity.com[198.51.100.25]:25, delay=%.1f, status=sent (250 2.0.0 OK)" %
        (R.randint(1000, 60000), hexs(10).upper(), R.uniform(0.2, 3)),
        "kernel: [%d.%06d] EXT4-fs (sdb1): mounted filesystem with ordered data mode" % (R.randint(1000, 99999), R.randint(0, 999999)),
        "systemd[1]: Started Mirth Connect Server 4.5.0 (build %s)." % hexs(8),
        "ntpd[%d]: adjusting local clock by %.6fs" % (R.randint(400, 900), R.uniform(-0.5, 0.5)),
    ])
    L("<%d>%s %s %s" % (R.choice([13, 14, 30, 38, 86]), ts, host, msg))
    return [L]


def g_mirth():
    t = tick()
    out = []
    L = Ln("mirth_trace")
    ts = t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)
    ch = R.choice(["UDT_Results_In", "ADT_To_Lab", "PDMP_Query", "Claims_837_Out"])
    if R.random() < 0.6:
        p = pt()
        ch = R.choice(["UDT_Results_In", "ADT_To_Lab"])
        L("ERROR %s [%s-Destination 1 JavaScript Writer] c.m.c.s.c.JavaScriptDispatcher: " % (ts, ch))
        L("Patient lookup failed for PID-3 '")
        L(p.labid, "mrn")
        L("' name '")
        L("%s^%s" % (p.last.upper(), p.first.upper()), "name")
        L("' DOB ")
        L(p.dob.strftime("%Y%m%d"), "date")
        L(": no match in GMV master patient index")
    else:
        L("ERROR %s [%s-Source] c.m.c.s.c.TcpReceiver: Error receiving message (Source Connection)." % (ts, ch))
    out.append(L)
    exc = R.choice(["com.mirth.connect.server.controllers.ControllerException: MPI match returned 0 rows",
                    "java.net.SocketTimeoutException: Read timed out",
                    "com.mirth.connect.donkey.server.channel.ChannelException: Queue full (10000)"])
    L = Ln("mirth_trace")
    L(exc)
    out.append(L)
    for fr in R.sample(["com.mirth.connect.server.util.javascript.JavaScriptUtil.executeScript(JavaScriptUtil.java:547)",
                        "com.mirth.connect.connectors.js.JavaScriptDispatcher.send(JavaScriptDispatcher.java:166)",
                        "com.mirth.connect.donkey.server.channel.DestinationConnector.handleSend(DestinationConnector.java:822)",
                        "java.base/java.net.SocketInputStream.socketRead0(Native Method)",
                        "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
                        "java.base/java.lang.Thread.run(Thread.java:840)"], R.randint(2, 4)):
        L = Ln("mirth_trace")
        L("\tat " + fr)
        out.append(L)
    return out


def g_mysql():
    t = tick()
    out = []
    L = Ln("mysql_slow")
    L("# Time: %s" % iso(t).replace("Z", "") + "000Z")
    out.append(L)
    L = Ln("mysql_slow")
    L("# User@Host: pm_app[pm_app] @ pm-app-0%d [10.20.3.%d]  Id: %d" % (R.randint(1, 3), R.randint(10, 30), R.randint(10000, 99999)))
    out.append(L)
    L = Ln("mysql_slow")
    L("# Query_time: %.6f  Lock_time: %.6f Rows_sent: %d  Rows_examined: %d" % (R.uniform(1, 9), R.uniform(0, 0.01), R.randint(0, 20), R.randint(10000, 900000)))
    out.append(L)
    L = Ln("mysql_slow")
    p = pt()
    k = R.random()
    if k < 0.4:
        L("SELECT p.pt_id, p.mrn, p.acct_no FROM patient p WHERE p.last_nm LIKE '")
        L(p.last.replace("'", "''"), "name", p.last.replace("'", "''"))
        L("%' AND p.birth_dt = '")
        L(p.dob.isoformat(), "date")
        L("';")
    elif k < 0.7:
        L("UPDATE guarantor SET phone_home='")
        L(p.phone, "phone")
        L("', upd_by='kamundsen' WHERE acct_no='")
        L(p.acct, "account")
        L("';")
    else:
        L("SELECT COUNT(*) FROM appt a JOIN sched_slot s ON s.slot_id=a.slot_id WHERE s.loc_cd IN ('ASC-OR1','ASC-OR2') AND a.status_cd<>'X' GROUP BY s.loc_cd;")
    out.append(L)
    return out


def g_sms():
    t = tick()
    L = Ln("sms_gateway")
    sid = "SM" + hexs(32)
    k = R.random()
    p = pt()
    if k < 0.45:
        when = p.appt
        body_parts = [("Hi ", None), (p.first, "name"),
                      (", this is GMV Surgery Center. Your procedure is ", None),
                      ("%d/%d" % (when.month, when.day), "date"),
                      (" at %d:%02d %s" % ((when.hour - 1) % 12 + 1, when.minute, "AM" if when.hour < 12 else "PM"), None),
                      (". Nothing to eat after midnight; a driver is required. Reply C to confirm or call 937-555-0142.", None)]
        L('{"sid":"%s","dir":"outbound-api","from":"+19375550140","to":"' % sid)
        L.j("+1" + p.phone, "phone")
        L('","status":"%s","body":"' % R.choice(["queued", "sent", "delivered"]))
        for txt, cat in body_parts:
            L.j(txt, cat) if cat else L(json.dumps(txt)[1:-1])
        L('","segments":2,"price":"-0.00790"}')
    elif k < 0.7:
        reply = R.choice(["C", "Confirm", "can I take my gabapentin the morning of?", "need to resched, my ride fell through",
                          "STOP", "ok thx"])
        L('{"sid":"%s","dir":"inbound","from":"' % sid)
        L.j("+1" + p.phone, "phone")
        L('","to":"+19375550140","body":')
        L(json.dumps(reply))
        L(',"matched_mrn":"')
        L.j(p.mrn, "mrn")
        L('"}')
    else:
        L('{"sid":"%s","dir":"status-callback","status":"%s","error_code":%s,"account":"AC%s","ms":%d}' %
          (sid, R.choice(["delivered", "undelivered", "failed"]), R.choice(["null", "30003", "30006"]), hexs(32), R.randint(40, 800)))
    return [L]


def g_asc():
    t = tick()
    L = Ln("asc_board")
    if R.random() < 0.75:
        p = pt()
        doc = R.choice(DOCS[:3])
        cpt, proc = R.choice(PROCS)
        d = svc_date() if R.random() < 0.5 else t.date()
        L("CASE|C24-%05d|" % R.randint(0, 99999))
        L(d.strftime("%Y-%m-%d"), "date")
        L("|OR%d|%02d:%02d|" % (R.randint(1, 2), R.randint(7, 14), R.choice([0, 15, 30, 45])))
        L(p.mrn, "mrn")
        L("|")
        L("%s, %s" % (p.last.upper(), p.first.upper()), "name")
        L("|%s|%s|%s|%s|ASA%d|%s|%s" % (cpt, proc, doc[1], R.choice(["MAC", "LOCAL", "MAC", "GA"]), R.randint(1, 3),
                                        R.choice(["PreOp", "InRoom", "Recovery", "Discharged", "Scheduled"]),
                                        R.choice(["", "latex allergy", "anticoag held 3d", "ride: spouse", "SCS rep to attend"])))
    else:
        L("BOARD|%s|refresh|rooms=OR1,OR2,PROC-A|cases=%d|turnover_avg_min=%d|ver=CaseBoard 2.3.1" %
          (t.strftime("%Y-%m-%dT%H:%M:%S"), R.randint(8, 22), R.randint(9, 25)))
    return [L]


def g_k8s():
    t = tick()
    L = Ln("k8s_json")
    obj = {"time": iso(t), "stream": "stdout", "kubernetes": {"namespace": "gmv-prod",
                                                               "pod": "%s-%s-%s" % (R.choice(["pm-app", "portal-web", "pmp-gw", "sms-relay"]), hexs(10), hexs(5)),
                                                               "node": "ip-10-20-%d-%d.us-east-2.compute.internal" % (R.randint(0, 9), R.randint(2, 250))},
           "msg": R.choice(["Readiness probe succeeded", "Pulled image \"registry.gmvpain.com/pm-app:4.18.%d\"" % R.randint(0, 30),
                            "Scaled replica set to %d" % R.randint(2, 6), "OOMKilled container restarted (count=%d)" % R.randint(1, 3),
                            "Certificate renewed for portal.gmvpain.com (expires 2025-01-1%dT00:00:00Z)" % R.randint(0, 9)]),
           "image_digest": "sha256:" + hexs(64)}
    emit_json(L, obj, sep=(",", ":"))
    return [L]


def g_omnicell():
    t = tick()
    L = Ln("omnicell_csv")
    med, pre = R.choice([("FENTANYL 100MCG/2ML INJ", "FA"), ("MIDAZOLAM 2MG/2ML INJ", "MZ"),
                         ("KETAMINE 50MG/ML 10ML", "KT"), ("HYDROMORPHONE 1MG/ML INJ", "HM")])
    lot = "%s%d%s" % (pre, R.randint(1000, 9999), R.choice("ABCD"))
    ts = t.strftime("%m/%d/%Y %H:%M:%S")
    if R.random() < 0.7:
        p = pt()
        act = R.choice(["REMOVE", "WASTE", "RETURN"])
        L('%s,ASC-AN-01,%s,%s,"%s",%s,' % (ts, act, R.choice(["rcastellano", "lokafor"]), med, lot))
        L("%d,%s," % (R.randint(1, 2), R.choice(["cbettencourt", "btoliver", ""])) if act == "WASTE" else "%d,," % R.randint(1, 2))
        L(p.mrn, "mrn")
        L(',"')
        L("%s, %s" % (p.last.upper(), p.first.upper()), "name")
        L('",C24-%05d' % R.randint(0, 99999))
    else:
        L('%s,ASC-AN-01,%s,%s,"%s",%s,%d,,,,' % (ts, R.choice(["REFILL", "INVENTORY", "DISCREPANCY_RESOLVED"]),
                                                   R.choice(["pharm_tech1", "cbettencourt"]), med, lot, R.randint(5, 25)))
    return [L]


def g_ledger():
    t = tick()
    L = Ln("ledger_fw")
    p = pt()
    firm = R.choice(FIRMS)
    if R.random() < 0.8:
        while not (p.lop or p.wc_claim):
            p = pt()
        typ = "LOP" if p.lop else "WC "
        L(p.acct, "account")
        L(" " * 4)
        nm = ("%s, %s" % (p.last.upper(), p.first.upper()))[:24]
        L(nm, "name")
        L(" " * (25 - len(nm)))
        L(p.doi.strftime("%m%d%Y"), "date")
        L("  %s " % typ)
        L(firm[0][:28].ljust(29) if typ == "LOP" else R.choice(ADJUSTERS)[1][:28].ljust(29))
        L("%12s" % "{:.2f}".format(R.uniform(150, 42000)))
        L("  %s" % R.choice(["OPEN  ", "HOLD  ", "SETTLE", "WO    "]))
    else:
        L("TRAILER   RECS=%06d TOTAL=%14s RUN=%s GMVAR110" % (R.randint(100, 900), "{:.2f}".format(R.uniform(100000, 999999)), t.strftime("%Y%m%d%H%M")))
    return [L]


def g_teams():
    t = tick()
    L = Ln("teams_chat")
    s = R.choice(STAFF)
    who = "%s %s" % (s[0], s[1])
    k = R.random()
    L('{"ts":"%s","channel":"%s","from":"%s","text":"' % (iso(t), R.choice(["front-desk", "asc-preop", "billing-lop", "nurse-line"]), who))
    p = pt()
    if k < 0.25:
        L("pt ")
        L.j("%s %s" % (p.first, p.last), "name")
        L(" on line 2 asking about UDS results, dob ")
        L(dfmt(p.dob, 3), "date")
        L(", cb ")
        L(phone_fmt(p.phone), "phone")
    elif k < 0.45:
        L("can someone pull the PDMP for ")
        L(p.mrn, "mrn")
        L(" before Dr. %s's 2pm? agreement renewal due" % R.choice(DOCS)[1])
    elif k < 0.6:
        L("NeuroVanta rep confirmed for OR2 tomorrow, trial for ")
        L.j(p.last, "name")
        L(", ETS sn ")
        L(p.ets, "device")
        L(" already checked in")
    else:
        L(R.choice(["printer in preop 2 jammed again, ticket INC0048213", "lunch is here (Bravo!) in break room",
                    "OR1 turnover done, ready for next", "reminder: fluoro badges due to RSO Friday",
                    "Availity down? 837 batch stuck since 10:40", "who has the C-arm key"]))
    L('"}')
    return [L]


def g_fhir():
    t = tick()
    L = Ln("fhir_audit")
    p = pt()
    k = R.random()
    if k < 0.35:
        res = {"resourceType": "Patient", "id": "pt-" + hexs(12),
               "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9871.1", "value": P(p.mrn, "mrn")}],
               "name": [{"family": P(p.last, "name"), "given": [P(p.first, "name")]}],
               "telecom": [{"system": "phone", "value": P(phone_fmt(p.phone), "phone")},
                           {"system": "email", "value": P(p.email, "email")}],
               "birthDate": P(p.dob.isoformat(), "date"),
               "address": [{"line": [P(p.street, "address")], "city": P(p.city, "address"), "state": "OH",
                            "postalCode": P(p.zip, "zip")}]}
        if R.random() < 0.35:
            img = base64.b64encode(b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(R.getrandbits(8) for _ in range(60))).decode()
            res["photo"] = [{"contentType": "image/jpeg", "data": P(img, "photo")}]
    elif k < 0.6:
        res = {"resourceType": "Coverage", "id": "cov-" + hexs(10), "status": "active",
               "subscriberId": P(p.member or "24-8%05d" % R.randint(0, 99999), "health_plan" if p.member else "other_id"),
               "beneficiary": {"reference": "Patient/pt-" + hexs(12), "display": P("%s %s" % (p.first, p.last), "name")},
               "payor": [{"display": p.payer}], "class": [{"type": {"text": "group"}, "value": "GRP%05d" % R.randint(0, 99999)}]}
    elif k < 0.75:
        res = {"resourceType": "MedicationRequest", "id": "mr-" + hexs(10), "status": "active",
               "medicationCodeableConcept": {"text": R.choice(["oxycodone-acetaminophen 5-325 mg tab", "tramadol 50 mg tab",
                                                               "buprenorphine 7.5 mcg/hr patch", "gabapentin 300 mg cap"])},
               "subject": {"reference": "Patient/pt-" + hexs(12), "display": P("%s, %s" % (p.last, p.first), "name")},
               "authoredOn": P(past_date().isoformat(), "date"),
               "requester": {"display": "Noor Siddiqui PA-C"}}
    else:
        res = {"resourceType": "CapabilityStatement", "status": "active", "date": "2024-09-30",
               "software": {"name": "GMV FHIR Facade", "version": "1.9.%d" % R.randint(0, 9)}, "fhirVersion": "4.0.1"}
    obj = {"ts": iso(t), "gw": "fhir-gw", "method": "GET", "status": 200, "client": "gmv-mystim-app",
           "x_request_id": uid(), "body": res}
    emit_json(L, obj, sep=(",", ":"))
    return [L]


def g_elig271():
    """271 eligibility response as one line (vendor clearinghouse log)."""
    t = tick()
    p = pt()
    while not p.member:
        p = pt()
    L = Ln("x12")
    L("271|%s|TRN*2*%s*9GMVPAIN~NM1*IL*1*" % (t.strftime("%H%M%S"), hexs(10).upper()))
    L(p.last.upper(), "name")
    L("*")
    L(p.first.upper(), "name")
    L("****MI*")
    L(p.member, "health_plan")
    L("~DMG*D8*")
    L(p.dob.strftime("%Y%m%d"), "date")
    L("~EB*1*IND*30**%s~EB*C*IND*30***23*%.2f~" % (R.choice(["PPO", "HMO", "MA", "MC"]), R.uniform(0, 3000)))
    return [L]


GENS = [(g_pm_json, 14), (g_hl7, 2), (g_pdmp, 6), (g_fluoro, 5), (g_scs, 5), (g_esign, 6), (g_x12, 0.8),
        (g_fax, 5), (g_lop_note, 5), (g_nginx, 10), (g_syslog, 10), (g_mirth, 1.5), (g_mysql, 2),
        (g_sms, 6), (g_asc, 5), (g_k8s, 6), (g_omnicell, 4), (g_ledger, 3), (g_teams, 6), (g_fhir, 5),
        (g_elig271, 2)]


def main():
    lines = []
    fns = [g for g, w in GENS]
    ws = [w for g, w in GENS]
    used = set()
    while len(lines) < 500:
        g = R.choices(fns, ws)[0]
        if g is g_x12 and sum(1 for x in lines if x.fam == "x12") > 40:
            continue
        used.add(g.__name__)
        lines.extend(g())
    lines = lines[:500]
    with open(ID + ".log", "w", encoding="utf-8", newline="\n") as f, \
            open(ID + ".labels.jsonl", "w", encoding="utf-8", newline="\n") as g:
        for n, L in enumerate(lines, 1):
            text, lab = L.build()
            f.write(text + "\n")
            g.write(json.dumps({"line": n, "family": lab["family"], "spans": lab["spans"]}, ensure_ascii=False) + "\n")
    if len(used) < 15:
        raise SystemExit("too few systems")


if __name__ == "__main__":
    main()
