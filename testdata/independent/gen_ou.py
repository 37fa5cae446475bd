#!/usr/bin/env python3
"""Synthetic, labeled log corpus "ou": a third-party administrator (TPA) of a
veterans' community care network ("Keystone Veterans Care Network", KVCN).
Veterans are the people served (patients); VA staff, community providers,
KVCN call agents and engineers are staff.

Writes ou.log (500 lines) and ou.labels.jsonl in the current directory.
Standard library only, fixed seed, byte-identical output on every run.

Systems simulated (family names used in the labels file)
  hsrm_json       referral/authorization intake service (Spring Boot, logback JSON)
                  polling an HSRM-like referral API
  hl7_vista       VistA GMRC consult messages (HL7 v2.5 REF^I12 / ACK) through an
                  integration engine, one segment per line, with an engine header line
  cprs_text       CPRS-like consult text dumps (fixed-layout report, one line each)
  pdir_logfmt     provider network directory sync (logfmt)
  genesys_json    Genesys-Cloud-like conversation detail events (JSON)
  agent_note      call-centre agent wrap-up notes (CRM export, pipe + free text)
  x12_837         X12 837P claim segments (005010X222A1), one segment per line
  x12_835         X12 835 remittance segments (005010X221A1), one segment per line
  ocr_cms1500     CMS-1500 paper-claim OCR field extraction
  elig_kv         eligibility service key=value lines (EDIPI / ICN / last-4)
  travel_csv      beneficiary travel reimbursement batch file rows (CSV)
  caregiver_pipe  caregiver program (PCAFC-like) extract rows (pipe-delimited)
                  and caregiver profile JSON with an ID-badge photo
  cmop_xml        mail-order pharmacy handoff messages (one-line XML) and acks
  spring_batch    Java Spring Batch job logs incl. stack traces
  dotnet_console  .NET Core scheduling API console logger (two-line format)
  serilog_json    .NET Core Serilog compact JSON (CLEF)
  win_splunk      Splunk-forwarded Windows event logs (multi-line key=value)
  powershell      PowerShell transcript of ops scripts
  ibmmq_err       IBM MQ AMQERR01.LOG entries
  oracle_alert    Oracle alert log
  nginx_access    API gateway / veteran self-service portal access log
  sms_gw          SMS appointment-reminder gateway

Labeling decisions
  * Veterans, and their caregivers, spouses, relatives and other contacts
    named in a veteran's record, are the protected persons. VA staff,
    community providers (names, NPIs, practice addresses, phones, faxes),
    call agents, Windows/DB/MQ service accounts are staff: never labeled.
  * ICN (VA Integration Control Number, 10 digits + "V" + 6) and VistA DFN
    are provider-assigned patient identifiers -> mrn, wherever they occur
    (also when used as member ID in NM1*IL / NM1*QC of X12 or in a URL path).
  * KVCN member IDs ("KV" + 9 digits) and Medicare MBIs -> health_plan.
  * EDIPI (DoD 10-digit ID) -> other_id. VA claim/file numbers -> other_id.
  * Full SSN, last-4 SSN, and VA "last-initial + last-4" lookups (K4821)
    -> ssn (the value contains SSN digits of the person). Masked parts
    ("XXX-XX-") are not labeled, only the digits.
  * Referral numbers, consult numbers, SEOC-bound authorization numbers,
    caregiver application IDs, prescription (Rx) numbers -> other_id.
  * Appointment IDs, Genesys conversation/participant IDs, trace IDs, job
    execution IDs, message IDs, batch IDs are system record keys -> not PHI.
  * Claim numbers of any kind tied to a veteran (CLM01 patient control
    number, CLP07 payer claim control number, KVCN claim IDs, travel claim
    numbers), bank account numbers, Direct Express card numbers -> account.
    ABA routing numbers identify a bank, not the person -> not PHI.
    835 BPR bank data of the payee provider -> not PHI.
  * Dates: birth, death, service, referral effective/expiry, requested,
    appointment and trip dates -> date (also month/day without year, and a
    full HL7 timestamp of a clinical field is one date span). Log record
    timestamps, MSH-7, ISA/GS/BHT creation dates, 835 production/payment
    dates, batch file dates in file names -> not PHI. Times of day alone
    are not labeled.
  * Ages -> age only if over 89.
  * Caller ANI of an inbound call from a veteran/caregiver -> phone; the
    TPA's DNIS/toll-free numbers -> not PHI. Self-service portal client
    IPs -> ip; internal 10.x and partner/server IPs -> not PHI.
  * Personalised short links in SMS reminders and document links carrying
    a veteran's own token -> url. In access-log request paths the embedded
    identifier is labeled with its own category (e.g. ICN -> mrn), not the
    whole path or query string.
  * IVR voiceprint enrolment IDs -> biometric; base64 badge photo of a
    caregiver -> photo. Hearing aid / CPAP serials of the veteran -> device.
    POV plate / VIN in a travel claim -> vehicle. Caregiver/veteran driver
    licence numbers -> license. A plate written "TX-KRT4481": only the plate
    characters are the vehicle span, the state prefix is not.
  * OCR junk (O for 0, l for 1) in a patient field is still labeled with the
    field's category; invalid/misread numbers of the person stay PHI.
  * City is labeled as address only when part of a person's address; a
    state alone never; ZIP always its own zip span. Diagnosis codes,
    gender, disability rating, categories of care, station numbers -> not PHI.
  * Names inside file names / paths of exported veteran documents -> name.
"""
import hashlib
import json
import random
import sys
import urllib.parse
from datetime import datetime, timedelta, timezone

SEED = 2323
R = random.Random(SEED)
TARGET = 500

# ---------------------------------------------------------------- helpers


def luhn_check_digit(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def gen_npi():
    base = "1" + "".join(str(R.randint(0, 9)) for _ in range(8))
    return base + luhn_check_digit("80840" + base)


def gen_ssn(valid=True):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g = R.randint(1, 99)
    s = R.randint(1, 9999)
    if not valid:
        a = R.choice([0, 666, 912])
    return "%03d-%02d-%04d" % (a, g, s)


def gen_aba():
    while True:
        d = [R.randint(0, 9) for _ in range(8)]
        d[0] = R.choice([0, 1, 2, 3])
        for c in range(10):
            full = d + [c]
            t = 3 * (full[0] + full[3] + full[6]) + 7 * (full[1] + full[4] + full[7]) + (full[2] + full[5] + full[8])
            if t % 10 == 0:
                return "".join(map(str, full))


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def gen_mbi():
    p = [str(R.randint(1, 9)), R.choice(MBI_A), R.choice(MBI_AN), str(R.randint(0, 9)),
         R.choice(MBI_A), R.choice(MBI_AN), str(R.randint(0, 9)), R.choice(MBI_A),
         R.choice(MBI_A), str(R.randint(0, 9)), str(R.randint(0, 9))]
    return "".join(p)


VIN_MAP = {**{str(i): i for i in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
           **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def gen_vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = [R.choice(["1", "2", "3", "5", "J"])] + [R.choice(chars) for _ in range(16)]
    v[9] = R.choice("LMNPR")  # model year 2020-2024
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W))
    v[8] = "X" if s % 11 == 10 else str(s % 11)
    return "".join(v)


def gen_card():
    base = "5115" + "".join(str(R.randint(0, 9)) for _ in range(11))
    return base + luhn_check_digit(base)


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


ACCENTS = str.maketrans("áéíóúñüöåäÅÖÄÉÍÓÚÑëçłńśżźŁŃŚŻŹ", "aeiounuoaaAOAEIOUNeclnszzLNSZZ")


def ascii_up(s):
    return s.translate(ACCENTS).upper()


def jesc(s, ascii_only=False):
    return json.dumps(s, ensure_ascii=ascii_only)[1:-1]


class B:
    """Line builder: parts of (text, cat, raw); spans computed on build."""

    def __init__(self, family):
        self.family = family
        self.parts = []

    def __call__(self, text, cat=None, raw=None):
        self.parts.append((text, cat, text if raw is None else raw))
        return self

    def build(self):
        out = bytearray()
        spans = []
        for text, cat, raw in self.parts:
            bt = text.encode("utf-8")
            if cat:
                spans.append({"s": len(out), "e": len(out) + len(bt), "cat": cat, "_t": text, "_r": raw})
            out += bt
        return out, spans


class JS:
    """Tagged JSON leaf value."""

    def __init__(self, v, cat, pre=""):
        self.v, self.cat, self.pre = v, cat, pre


def jwrite(b, obj, ascii_only=False, sep=(",", ":")):
    if isinstance(obj, dict):
        b("{")
        first = True
        for k, v in obj.items():
            if not first:
                b(sep[0])
            first = False
            b(json.dumps(k, ensure_ascii=ascii_only) + sep[1])
            jwrite(b, v, ascii_only, sep)
        b("}")
    elif isinstance(obj, list):
        b("[")
        for i, v in enumerate(obj):
            if i:
                b(sep[0])
            jwrite(b, v, ascii_only, sep)
        b("]")
    elif isinstance(obj, JS):
        if isinstance(obj.v, str):
            b('"' + jesc(obj.pre, ascii_only))
            b(jesc(obj.v, ascii_only), obj.cat, obj.v)
            b('"')
        else:
            b(json.dumps(obj.v), obj.cat, str(obj.v))
    else:
        b(json.dumps(obj, ensure_ascii=ascii_only))


# ---------------------------------------------------------------- people

FIRST = ["Dorothy", "Chidi", "Marisol", "Tomasz", "Hunter", "Faith", "Amber", "Will", "Summer", "Xuan",
         "Priya", "Obadiah", "Guadalupe", "Rashida", "Kenji", "Bartholomew", "Leilani", "Dmitri", "Zoë",
         "José", "Siobhan", "Darnell", "Ingrid", "Mohammed", "Rose", "Grace", "Earl", "Clyde", "Mercedes",
         "Tuan", "Aaliyah", "Ezekiel", "Birgit", "Colt", "Jolene", "Nnamdi", "Wyatt", "Yolanda", "Reuben",
         "Harmony", "Vernon", "Lupe", "Hyun-woo", "Ximena", "Lorenzo", "Precious", "August", "Sunny"]
MIDDLE = ["A", "B", "C", "D", "E", "J", "K", "L", "M", "R", "T", "W", "Ann", "Lee", "Marie", "Ray", "", "", ""]
LAST = ["Okafor", "García-López", "de la Cruz", "Van Buren", "O'Neill", "Nguyen", "Kowalczyk", "Baker",
        "Stone", "Mason", "Wolf", "Hunter", "Bush", "Castillo Ríos", "Ahmed", "Yazzie", "Begay",
        "Thibodeaux", "Kealoha", "Petrov", "Ångström", "Peña", "McAllister", "Washington", "Friday",
        "Sparrow", "Lightfoot", "St. Clair", "Abernathy-Cole", "Nakamura", "Szymański", "Holloway",
        "Brooks", "Rivers", "Love", "King", "Young", "Small", "Strong", "Winter", "Tran-Delacroix",
        "Obi-Wanjiru", "MacLeod", "Fairweather", "Bluehorse", "Delgado Soto"]
PLACES = [("Birmingham", "AL", "352", "205", "Jefferson"), ("Tuscaloosa", "AL", "354", "205", "Tuscaloosa"),
          ("Pensacola", "FL", "325", "850", "Escambia"), ("Tulsa", "OK", "741", "918", "Tulsa"),
          ("Amarillo", "TX", "791", "806", "Potter"), ("Gallup", "NM", "873", "505", "McKinley"),
          ("Bangor", "ME", "044", "207", "Penobscot"), ("Hilo", "HI", "967", "808", "Hawaii"),
          ("Fargo", "ND", "581", "701", "Cass"), ("Lafayette", "LA", "705", "337", "Lafayette"),
          ("Dothan", "AL", "363", "334", "Houston"), ("Chinle", "AZ", "865", "928", "Apache"),
          ("Muskogee", "OK", "744", "918", "Muskogee"), ("Biloxi", "MS", "395", "228", "Harrison")]
STREETS = ["Magnolia Ridge Rd", "W 3rd St", "County Road 41", "Calle del Sol", "Pecan Hollow Dr",
           "Old Spanish Trl", "Cottonwood Ln", "Liberty Ave", "Kamehameha Ave", "Bayou Teche Rd",
           "Veterans Memorial Pkwy", "N Main St", "Lakeshore Dr", "Prairie Rose Ct", "Elm St"]
RELS = [("spouse", "SPS"), ("daughter", "DAU"), ("son", "SON"), ("sister", "SIS"), ("friend", "FRD"),
        ("mother", "MTH"), ("brother", "BRO")]
CATS_OF_CARE = ["PHYSICAL THERAPY", "ORTHOPEDICS", "AUDIOLOGY", "OPTOMETRY", "CARDIOLOGY", "SLEEP MEDICINE",
                "PRIMARY CARE", "DERMATOLOGY", "MENTAL HEALTH", "CHIROPRACTIC", "PODIATRY", "GASTROENTEROLOGY"]
DX = [("M54.50", "Low back pain, unspecified"), ("H90.3", "Sensorineural hearing loss, bilateral"),
      ("G47.33", "Obstructive sleep apnea"), ("M17.11", "Unilateral primary osteoarthritis, right knee"),
      ("I48.91", "Unspecified atrial fibrillation"), ("F43.10", "Post-traumatic stress disorder, unspecified"),
      ("E11.9", "Type 2 diabetes mellitus without complications"), ("L57.0", "Actinic keratosis"),
      ("H25.13", "Age-related nuclear cataract, bilateral"), ("M72.2", "Plantar fascial fibromatosis")]
STATIONS = [("521", "BIRMINGHAM VAMC"), ("619", "CENTRAL ALABAMA VHCS"), ("520", "GULF COAST VHCS"),
            ("635", "OKLAHOMA CITY VAMC"), ("504", "AMARILLO VAMC"), ("501", "NEW MEXICO VAHCS"),
            ("402", "TOGUS VAMC"), ("459", "VA PACIFIC ISLANDS HCS"), ("437", "FARGO VAMC"),
            ("667", "SHREVEPORT VAMC"), ("623", "MUSKOGEE VAMC"), ("649", "NORTHERN ARIZONA VAHCS")]


def mk_name():
    return R.choice(FIRST), R.choice(MIDDLE), R.choice(LAST)


class Person:
    pass


def mk_person(vet=True):
    p = Person()
    p.first, p.middle, p.last = mk_name()
    city, st, zp, ac, county = R.choice(PLACES)
    p.city, p.state, p.county = city, st, county
    p.zip = zp + "%02d" % R.randint(1, 99)
    p.zip4 = p.zip + "%04d" % R.randint(1, 9999)
    n = R.randint(1, 9)
    if R.random() < 0.12:
        p.street = "PO Box %d" % R.randint(10, 2999)
        p.street2 = ""
    else:
        p.street = "%d %s" % (R.randint(3, 19999), R.choice(STREETS))
        p.street2 = R.choice(["", "", "", "Apt %d%s" % (n, R.choice("AB")), "Unit %d" % R.randint(1, 40), "Lot %d" % R.randint(1, 90)])
    p.ac = ac
    p.phone = "%s%d%s" % (ac, R.randint(2, 9), digits(6))
    byear = R.choice([R.randint(1929, 1934)] + [R.randint(1940, 2001)] * 9)
    p.dob = datetime(byear, R.randint(1, 12), R.randint(1, 28))
    p.age = 2024 - byear - (1 if (p.dob.month, p.dob.day) > (3, 12) else 0)
    p.ssn = gen_ssn()
    p.sex = R.choice("MMMMF")
    p.icn = "10" + digits(8) + "V" + digits(6)
    p.dfn = str(R.randint(1000, 9999999))
    p.edipi = str(R.randint(1, 9)) + digits(9)
    p.member = "KV" + digits(9)
    p.email = "%s.%s%d@%s" % (ascii_up(p.first).lower().replace("-", ""), ascii_up(p.last).lower().replace(" ", "").replace("'", "").replace(".", ""), R.randint(1, 99),
                              R.choice(["gmail.com", "yahoo.com", "aol.com", "outlook.com", "att.net", "icloud.com"]))
    p.ip = "%d.%d.%d.%d" % (R.choice([24, 47, 67, 71, 73, 98, 107, 172, 174, 184]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    p.sta = R.choice(STATIONS)
    p.bank = digits(R.choice([9, 10, 12]))
    p.routing = gen_aba()
    p.claimno = digits(8)
    p.dl = R.choice(["", "D", "S", "T"]) + digits(R.choice([7, 8, 9]))
    p.fax = "%s%d%s" % (ac, R.randint(2, 9), digits(6))
    p.cell = "%s%d%s" % (ac, R.randint(2, 9), digits(6))
    return p


def last4(p):
    return p.ssn[-4:]


VETS = [mk_person() for _ in range(70)]


def vet():
    return R.choice(VETS)


def hl7name(p):
    return "%s^%s^%s" % (ascii_up(p.last), ascii_up(p.first), ascii_up(p.middle))


def vista_name(p):
    return "%s,%s%s" % (ascii_up(p.last), ascii_up(p.first), (" " + ascii_up(p.middle)) if p.middle else "")


def full_name(p):
    return "%s %s%s" % (p.first, (p.middle + " ") if p.middle else "", p.last)


def fmt_phone(ph, style=0):
    if style == 0:
        return "(%s)%s-%s" % (ph[:3], ph[3:6], ph[6:])
    if style == 1:
        return "%s-%s-%s" % (ph[:3], ph[3:6], ph[6:])
    if style == 2:
        return "+1" + ph
    return ph


def rand_date(start, end):
    d = (end - start).days
    return start + timedelta(days=R.randint(0, d))


D_LO = datetime(2024, 1, 2)
D_HI = datetime(2024, 6, 28)


# staff / org (not PHI)
VA_STAFF = ["MARCHETTI,LINDA M", "OYELARAN,HAROLD", "BRIGHTWATER,TESSA", "KIM,JOON-HO", "ABERNATHY,RUTH",
            "VILLANUEVA,ERNESTO", "HALVORSEN,KRISTIN", "DUBOIS,MARC A"]
AGENTS = ["akowalski", "tbrightwater", "mokonkwo", "jrosales", "dpham", "lbergstrom", "sfarouk", "cwhitehorse"]
AGENT_NAMES = {"akowalski": "Anna Kowalski", "tbrightwater": "Tess Brightwater", "mokonkwo": "Michael Okonkwo",
               "jrosales": "Jasmine Rosales", "dpham": "Danny Pham", "lbergstrom": "Lars Bergstrom",
               "sfarouk": "Samira Farouk", "cwhitehorse": "Cody Whitehorse"}
PROVIDERS = []
for _nm, _addr, _city, _st, _zip, _tax, _ac in [
        ("Bayside Orthopaedic Associates PLLC", "2200 Gulf Breeze Pkwy Ste 300", "Gulf Breeze", "FL", "32561", "207X00000X", "850"),
        ("Magic City Physical Therapy LLC", "1801 5th Ave N", "Birmingham", "AL", "35203", "225100000X", "205"),
        ("Red Mesa Family Medicine", "401 E Aztec Ave", "Gallup", "NM", "87301", "207Q00000X", "505"),
        ("Pine Tree Hearing Center", "655 Broadway", "Bangor", "ME", "04401", "231H00000X", "207"),
        ("Prairie Sleep Diagnostics", "3100 13th Ave S", "Fargo", "ND", "58103", "261QS1200X", "701"),
        ("Acadiana Heart & Vascular", "1000 W Pinhook Rd Ste 201", "Lafayette", "LA", "70503", "207RC0000X", "337"),
        ("Big Island Eye Care", "1266 Kilauea Ave", "Hilo", "HI", "96720", "152W00000X", "808"),
        ("Green Country Chiropractic", "7030 S Yale Ave", "Tulsa", "OK", "74136", "111N00000X", "918"),
        ("Panhandle Dermatology PA", "1901 Medi Park Dr", "Amarillo", "TX", "79106", "207N00000X", "806"),
        ("Wiregrass Foot & Ankle", "3018 Ross Clark Cir", "Dothan", "AL", "36301", "213E00000X", "334")]:
    PROVIDERS.append(dict(name=_nm, addr=_addr, city=_city, st=_st, zip=_zip, tax=_tax, npi=gen_npi(),
                          tin="%02d-%07d" % (R.randint(10, 99), R.randint(0, 9999999)),
                          phone="%s%d%s" % (_ac, R.randint(2, 9), digits(6))))
CLINICIANS = ["Evelyn Marsh, DPT", "Rajesh Iyer, MD", "Colleen Fitzgerald, AuD", "Tobias Whitfield, DO",
              "Nadia Haddad, OD", "Peter Lindqvist, MD", "Lorraine Two Bulls, NP", "Marcus Delacroix, DC"]
for pr in PROVIDERS:
    pr["clin"] = R.choice(CLINICIANS)
    pr["clin_npi"] = gen_npi()

ORG_PHONE = "8775550142"
HOSTS = ["kvcn-app07", "kvcn-app08", "kvcn-batch02", "kvcn-int01", "kvcn-sched03", "kvcn-web11"]

# ---------------------------------------------------------------- clock


class Clock:
    def __init__(self):
        self.t = datetime(2024, 3, 12, 13, 2, 7, 118000, tzinfo=timezone(timedelta(hours=-5)))

    def tick(self):
        self.t += timedelta(milliseconds=R.randint(200, 42000))
        return self.t


CLK = Clock()


def iso_z(t):
    u = t.astimezone(timezone.utc)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (u.microsecond // 1000)


def iso_off(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d" % (t.microsecond // 1000) + "-05:00"


def sp_ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)


def ms(t, dt):
    return t + timedelta(milliseconds=dt)


# ---------------------------------------------------------------- generators
# each returns a list of B


def ev_hsrm(t):
    out = []
    if R.random() < 0.35:
        b = B("hsrm_json")
        jwrite(b, {"@timestamp": iso_z(t), "@version": "1", "message": "HSRM poll complete",
                   "logger_name": "com.kvcn.intake.hsrm.HsrmPoller", "thread_name": "hsrm-poll-%d" % R.randint(1, 4),
                   "level": "INFO", "level_value": 20000, "fetched": R.randint(0, 40), "pageToken": hexs(24),
                   "durationMs": R.randint(180, 5200), "traceId": hexs(32), "spanId": hexs(16),
                   "app": "referral-intake", "version": "3.14.%d" % R.randint(0, 9)})
        return [b]
    p = vet()
    ref = "VA%010d" % R.randint(10000000, 99999999)
    sta = p.sta
    eff = rand_date(datetime(2024, 2, 1), datetime(2024, 3, 11))
    exp = eff + timedelta(days=180)
    cat = R.choice(CATS_OF_CARE)
    pr = R.choice(PROVIDERS)
    dx = R.choice(DX)
    b = B("hsrm_json")
    vetobj = {"icn": JS(p.icn, "mrn"), "lastName": JS(p.last, "name"), "firstName": JS(p.first, "name"),
              "dateOfBirth": JS(p.dob.strftime("%Y-%m-%d"), "date"), "ssnLast4": JS(last4(p), "ssn"),
              "gender": p.sex}
    if R.random() < 0.6:
        vetobj["homePhone"] = JS(fmt_phone(p.phone, 1), "phone")
    if R.random() < 0.4:
        vetobj["address"] = {"line1": JS(p.street, "address"), "city": JS(p.city, "address"), "state": p.state,
                             "zip": JS(p.zip, "zip")}
    jwrite(b, {"@timestamp": iso_z(t), "@version": "1", "message": "Referral received",
               "logger_name": "com.kvcn.intake.hsrm.ReferralListener", "thread_name": "hsrm-poll-%d" % R.randint(1, 4),
               "level": "INFO", "level_value": 20000,
               "referralNumber": JS(ref, "other_id"), "referralStatus": R.choice(["ACCEPTED", "SENT", "INITIATED"]),
               "categoryOfCare": cat, "seocId": "%s %s 1.%d.%d" % (cat.split()[0][:4], R.choice(["BASIC", "COMPREHENSIVE", "INITIAL"]), R.randint(0, 9), R.randint(1, 9)),
               "stationNumber": sta[0], "referralDate": JS(eff.strftime("%Y-%m-%d"), "date"),
               "expirationDate": JS(exp.strftime("%Y-%m-%d"), "date"),
               "veteran": vetobj,
               "provider": {"npi": pr["npi"], "name": pr["name"]},
               "referringProvider": R.choice(VA_STAFF), "diagnosisCode": dx[0],
               "traceId": hexs(32), "app": "referral-intake"}, ascii_only=False)
    out.append(b)
    if R.random() < 0.45:
        b = B("hsrm_json")
        jwrite(b, {"@timestamp": iso_z(ms(t, R.randint(20, 400))), "@version": "1",
                   "message": "Authorization created", "logger_name": "com.kvcn.intake.auth.AuthorizationService",
                   "thread_name": "auth-exec-%d" % R.randint(1, 8), "level": "INFO", "level_value": 20000,
                   "authNumber": JS("A" + digits(11), "other_id"), "referralNumber": JS(ref, "other_id"),
                   "visitsAuthorized": R.choice([4, 6, 8, 12, 24]), "traceId": hexs(32), "app": "referral-intake"})
        out.append(b)
    if R.random() < 0.2:
        b = B("hsrm_json")
        jwrite(b, {"@timestamp": iso_z(ms(t, R.randint(400, 900))), "@version": "1",
                   "message": "SEOC mismatch, routed to manual review queue", "logger_name": "com.kvcn.intake.hsrm.SeocValidator",
                   "thread_name": "hsrm-poll-2", "level": "WARN", "level_value": 30000,
                   "referralNumber": JS(ref, "other_id"), "queue": "CC-MANUAL-REVIEW", "ruleId": "SEOC-%03d" % R.randint(1, 80),
                   "app": "referral-intake"})
        out.append(b)
    return out


def ev_hl7(t):
    out = []
    sta = R.choice(STATIONS)
    ctrl = sta[0] + digits(7)
    b = B("hl7_vista")
    b("%s INFO  [HL7-LLP-IN-%s] VIE inbound REF^I12 msgCtrlId=%s bytes=%d peer=10.160.%d.%d:5025" % (
        t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000), sta[0], ctrl, R.randint(900, 2400), R.randint(1, 30), R.randint(2, 250)))
    out.append(b)
    if R.random() < 0.3:
        # ack only
        b = B("hl7_vista")
        b("MSH|^~\\&|GMRC IFC|200CCN^KVCN.COM^DNS|GMRC IFC SUBSCRIBER|%s^%s.MED.VA.GOV^DNS|%s-0500||ACK^I12^ACK|K%s|P|2.5|||AL|NE|USA" % (
            sta[0], sta[1].split()[0], t.strftime("%Y%m%d%H%M%S"), digits(9)))
        out.append(b)
        b = B("hl7_vista")
        b("MSA|%s|%s%s" % (R.choice(["AA", "AA", "AA", "AE"]), ctrl, "" if R.random() < 0.7 else "|Duplicate message control ID"))
        out.append(b)
        return out
    p = vet()
    consult = "%s_%d" % (sta[0], R.randint(100000, 9999999))
    eff = rand_date(datetime(2024, 2, 20), datetime(2024, 3, 11))
    b = B("hl7_vista")
    b("MSH|^~\\&|GMRC IFC SUBSCRIBER|%s^%s.MED.VA.GOV^DNS|GMRC IFC|200CCN^KVCN.COM^DNS|%s-0500||REF^I12^REF_I12|%s|P|2.5|||AL|NE|USA" % (
        sta[0], sta[1].split()[0], t.strftime("%Y%m%d%H%M%S"), ctrl))
    out.append(b)
    b = B("hl7_vista")
    b("RF1|A^ACTIVE^HL70283|%s|GMRC^CONSULT^HL70281|N^NEW^HL70282|" % R.choice(["R^ROUTINE^HL70280", "S^STAT^HL70280"]))
    b(consult, "other_id")("^GMRC|")(eff.strftime("%Y%m%d"), "date")("|")((eff + timedelta(days=180)).strftime("%Y%m%d"), "date")
    out.append(b)
    b = B("hl7_vista")
    b("PRD|RP|%s^^^^MD|^^^^^^|||%s" % (R.choice(VA_STAFF).replace(",", "^"), gen_npi()))
    out.append(b)
    b = B("hl7_vista")
    b("PID|1||")(p.icn, "mrn")("^^^USVHA^NI^VA FACILITY ID&200M&L~")(p.dfn, "mrn")("^^^USVHA^PI^VA FACILITY ID&%s&L~" % sta[0])
    b(p.ssn.replace("-", ""), "ssn")("^^^USSSA^SS||")(hl7name(p), "name")("^^^^L||")(p.dob.strftime("%Y%m%d"), "date")("|%s|||" % p.sex)
    b(ascii_up(p.street), "address")("^")
    if p.street2:
        b(ascii_up(p.street2), "address")
    b("^")(ascii_up(p.city), "address")("^%s^" % p.state)(p.zip, "zip")("^USA^P^^")
    b(ascii_up(p.county), "address")("||")(fmt_phone(p.phone, 0), "phone")("^PRN^PH|||%s|||" % R.choice(["M", "S", "D", "W"]))
    out.append(b)
    dx = R.choice(DX)
    b = B("hl7_vista")
    b("DG1|1||%s^%s^I10|||W" % (dx[0], dx[1].upper()))
    out.append(b)
    cat = R.choice(CATS_OF_CARE)
    b = B("hl7_vista")
    b("OBR|1|")(consult, "other_id")("^GMRC||%d^%s CC^99CON|||" % (R.randint(100, 999), cat))
    b(eff.strftime("%Y%m%d") + "%02d%02d00-0500" % (R.randint(7, 16), R.randint(0, 59)), "date")
    b("||||||||%s^^^^MD" % R.choice(VA_STAFF).replace(",", "^"))
    out.append(b)
    b = B("hl7_vista")
    age = p.age
    b("NTE|1||Reason for Request: ")
    if age > 89:
        b(str(age), "age")
    else:
        b(str(age))
    b(" yo %s veteran, SC %d%%, requests %s in community; MISSION Act drive-time eligible." % (
        "male" if p.sex == "M" else "female", R.choice([0, 10, 30, 50, 70, 100]), cat.lower()))
    out.append(b)
    return out


def ev_cprs(t):
    p = vet()
    out = []
    cat = R.choice(CATS_OF_CARE)
    eff = rand_date(datetime(2024, 2, 20), datetime(2024, 3, 11)) + timedelta(minutes=R.randint(420, 1000))
    consult = str(R.randint(100000, 9999999))
    b = B("cprs_text")
    b("                         CONSULT REQUEST: %s (COMMUNITY CARE)" % cat)
    out.append(b)
    b = B("cprs_text")
    b(vista_name(p), "name")("   ")("%s-XX-" % "XXX")(last4(p), "ssn")("    DOB: ")
    b(p.dob.strftime("%b %d,%Y").upper(), "date")("   Consult No.: ")(consult, "other_id")
    out.append(b)
    b = B("cprs_text")
    b("Requested: ")(eff.strftime("%b %d, %Y@%H:%M").upper(), "date")("   Ordering Provider: %s" % R.choice(VA_STAFF))
    out.append(b)
    b = B("cprs_text")
    b("Reason For Request: ")
    if p.age > 89:
        b(str(p.age), "age")
    else:
        b(str(p.age))
    b(" y/o %s Veteran w/ %s. " % ("M" if p.sex == "M" else "F", R.choice(DX)[1].lower()))
    if R.random() < 0.5:
        c = Person()
        c.first, c.middle, c.last = mk_name()
        rel = R.choice(RELS)[0]
        b("Pt's %s " % rel)(c.first + " " + c.last, "name")(" will transport; contact ")(fmt_phone(c_phone(p), 1), "phone")(".")
    else:
        b("Pt prefers AM appts; best # on file.")
    out.append(b)
    b = B("cprs_text")
    b("/es/ %s  Signed: %s" % (R.choice(VA_STAFF), t.strftime("%m/%d/%Y %H:%M")))
    out.append(b)
    return out


def c_phone(p):
    return p.ac + str(R.randint(2, 9)) + digits(6)


def ev_pdir(t):
    out = []
    n = R.randint(1, 3)
    for i in range(n):
        pr = R.choice(PROVIDERS)
        b = B("pdir_logfmt")
        tt = ms(t, i * R.randint(5, 60))
        if R.random() < 0.75:
            b('ts=%s level=info svc=pdir-sync msg="upsert provider" npi=%s name="%s" taxonomy=%s addr="%s, %s, %s" zip=%s phone=%s clin="%s" clin_npi=%s accepting_new=%s src=ccn-nppes-delta batch=%s' % (
                iso_z(tt), pr["npi"], pr["name"], pr["tax"], pr["addr"], pr["city"], pr["st"], pr["zip"], pr["phone"],
                pr["clin"], pr["clin_npi"], R.choice(["true", "false"]), "PD-%s-%04d" % (t.strftime("%Y%m%d"), R.randint(1, 300))))
        else:
            b('ts=%s level=%s svc=pdir-sync msg="%s" npi=%s tin=%s dur=%dms' % (
                iso_z(tt), R.choice(["warn", "info"]),
                R.choice(["geocode fallback to zip centroid", "license expiry within 30d", "network status changed",
                          "duplicate location collapsed"]), pr["npi"], pr["tin"], R.randint(3, 900)))
        out.append(b)
    if R.random() < 0.3:
        b = B("pdir_logfmt")
        b('ts=%s level=info svc=pdir-sync msg="delta applied" upserts=%d deletes=%d errors=%d took=%.2fs' % (
            iso_z(ms(t, 800)), R.randint(100, 4000), R.randint(0, 60), R.randint(0, 5), R.uniform(3, 240)))
        out.append(b)
    return out


def ev_genesys(t):
    out = []
    conv = uuid4()
    p = vet()
    caller_is_cg = R.random() < 0.25
    ani = c_phone(p) if caller_is_cg else p.phone
    b = B("genesys_json")
    attrs = {"ivr.menu": R.choice(["SCHED", "CLAIMS", "TRAVEL", "PHARM", "CG"]), "ivr.lang": R.choice(["en-US", "en-US", "es-US"])}
    if R.random() < 0.5:
        attrs["ivr.icn"] = JS(p.icn, "mrn")
        attrs["ivr.authResult"] = R.choice(["PASS", "PASS", "FAIL"])
    if R.random() < 0.25:
        attrs["ivr.voiceprintId"] = JS("VP-" + hexs(20).upper(), "biometric")
    jwrite(b, {"topicName": "v2.detail.events.conversation.%s.customer.start" % conv, "version": "2",
               "eventBody": {"eventTime": int(t.timestamp() * 1000), "conversationId": conv,
                             "participantId": uuid4(), "sessionId": uuid4(), "mediaType": "VOICE",
                             "direction": "INBOUND", "ani": JS("+1" + ani, "phone", "tel:"),
                             "dnis": "tel:+1" + ORG_PHONE, "divisionId": uuid4(), "attributes": attrs}})
    out.append(b)
    if R.random() < 0.7:
        b = B("genesys_json")
        jwrite(b, {"topicName": "v2.detail.events.conversation.%s.acd.end" % conv, "version": "2",
                   "eventBody": {"eventTime": int(ms(t, R.randint(30000, 400000)).timestamp() * 1000), "conversationId": conv,
                                 "participantId": uuid4(), "queueId": uuid4(), "mediaType": "VOICE",
                                 "acdOutcome": R.choice(["ANSWERED", "ANSWERED", "ABANDON"]), "connectedDurationMs": R.randint(1000, 500000),
                                 "userId": uuid4(), "wrapupCode": R.choice(["SCHED-BOOKED", "SCHED-RESCHED", "CLAIM-STATUS", "TRAVEL-INQ", "XFER-VA"])}})
        out.append(b)
    if R.random() < 0.7:
        out += agent_note(t, p, caller_is_cg, conv)
    return out


def agent_note(t, p, cg, conv):
    ag = R.choice(AGENTS)
    b = B("agent_note")
    b("NOTE|%s|%s|%s|" % (t.strftime("%Y-%m-%d %H:%M:%S"), ag, conv[:8]))
    kind = R.randint(0, 4)
    appt = rand_date(datetime(2024, 3, 13), datetime(2024, 4, 30))
    pr = R.choice(PROVIDERS)
    if cg:
        c = mk_person()
        b("Caller ")(c.first + " " + c.last, "name")(" (%s, on file as PCAFC caregiver) calling for Vet " % R.choice(["wife", "daughter", "son", "husband"]))
        b(p.first + " " + p.last, "name")(". ")
    else:
        b("Vet ")(p.first + " " + p.last, "name")(" called, verified w/ L4 ")(last4(p), "ssn")(" + DOB ")(p.dob.strftime("%m/%d/%Y"), "date")(". ")
    if kind == 0:
        b("Booked %s w/ %s on " % (R.choice(["initial eval", "f/u", "consult"]), pr["name"]))(appt.strftime("%m/%d"), "date")(" %d:%02d %s." % (R.randint(7, 11), R.choice([0, 15, 30, 45]), "AM"))
    elif kind == 1:
        b("Updated mailing addr to ")(p.street + (" " + p.street2 if p.street2 else "") + ", " + p.city, "address")(" %s " % p.state)(p.zip, "zip")(". Confirmed cell ")(fmt_phone(p.cell, 1), "phone")(".")
    elif kind == 2:
        b("Asked status of travel claim ")(p.claimno, "account")("; told pending BT review, 30 days.")
    elif kind == 3:
        b("Wants records faxed to home fax ")(fmt_phone(p.fax, 1), "fax")(" and emailed to ")(p.email, "email")("; sent ROI form.")
    else:
        b("Rescheduled from ")(appt.strftime("%m/%d/%y"), "date")(" to ")((appt + timedelta(days=R.randint(2, 20))).strftime("%m/%d/%y"), "date")(", provider %s, clin %s." % (pr["name"], pr["clin"]))
    return [b]


def x12_837(t):
    out = []
    p = vet()
    pr = R.choice(PROVIDERS)
    ctl = "%09d" % R.randint(1, 999999999)
    pcn = "%s%s" % (R.choice(["PT", "BOA", "MC", ""]), digits(R.randint(7, 10)))
    dos = rand_date(datetime(2024, 1, 5), datetime(2024, 3, 8))
    segs = []
    segs.append([("ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*%s*%s*^*00501*%s*0*P*:~" % ("AVAILITYCLR", "KVCNTPA", t.strftime("%y%m%d"), t.strftime("%H%M"), ctl), None)])
    segs.append([("GS*HC*AVAILITYCLR*KVCNTPA*%s*%s*%d*X*005010X222A1~" % (t.strftime("%Y%m%d"), t.strftime("%H%M"), int(ctl)), None)])
    segs.append([("ST*837*%04d*005010X222A1~" % R.randint(1, 9999), None)])
    segs.append([("BHT*0019*00*%s*%s*%s*CH~" % (digits(10), t.strftime("%Y%m%d"), t.strftime("%H%M")), None)])
    segs.append([("NM1*85*2*%s*****XX*%s~" % (pr["name"].upper(), pr["npi"]), None)])
    segs.append([("N3*%s~" % pr["addr"].upper(), None)])
    segs.append([("N4*%s*%s*%s%04d~" % (pr["city"].upper(), pr["st"], pr["zip"], R.randint(1000, 9999)), None)])
    segs.append([("REF*EI*%s~" % pr["tin"].replace("-", ""), None)])
    segs.append([("SBR*P*18*******VA~", None)])
    segs.append([("NM1*IL*1*", None), (ascii_up(p.last), "name"), ("*", None), (ascii_up(p.first), "name"),
                 ("*%s***MI*" % ascii_up(p.middle[:1]), None), (p.icn, "mrn"), ("~", None)])
    s = [("N3*", None), (ascii_up(p.street), "address")]
    if p.street2:
        s += [("*", None), (ascii_up(p.street2), "address")]
    segs.append(s + [("~", None)])
    segs.append([("N4*", None), (ascii_up(p.city), "address"), ("*%s*" % p.state, None), (p.zip4, "zip"), ("~", None)])
    segs.append([("DMG*D8*", None), (p.dob.strftime("%Y%m%d"), "date"), ("*%s~" % p.sex, None)])
    segs.append([("NM1*PR*2*KEYSTONE VETERANS CARE NETWORK*****PI*KVCN1~", None)])
    amt = R.randint(90, 2400)
    segs.append([("CLM*", None), (pcn, "account"), ("*%d.00***11:B:1*Y*A*Y*Y~" % amt, None)])
    segs.append([("REF*G1*", None), ("A" + digits(11), "other_id"), ("~", None)])
    segs.append([("HI*ABK:%s~" % R.choice(DX)[0].replace(".", ""), None)])
    segs.append([("LX*1~", None)])
    segs.append([("SV1*HC:%s*%d.00*UN*%d***1~" % (R.choice(["97110", "97140", "99213", "92557", "95810", "98941", "11721"]), amt, R.randint(1, 4)), None)])
    segs.append([("DTP*472*D8*", None), (dos.strftime("%Y%m%d"), "date"), ("~", None)])
    segs.append([("SE*%d*%04d~" % (R.randint(20, 40), R.randint(1, 9999)), None)])
    if R.random() < 0.5:
        segs.append([("GE*1*%d~" % int(ctl), None)])
        segs.append([("IEA*1*%s~" % ctl, None)])
    for sg in segs:
        b = B("x12_837")
        for txt, cat in sg:
            b(txt, cat)
        out.append(b)
    return out


def x12_835(t):
    out = []
    pr = R.choice(PROVIDERS)
    segs = []
    segs.append([("ST*835*%04d*005010X221A1~" % R.randint(1, 9999), None)])
    total = R.randint(200, 90000)
    segs.append([("BPR*I*%d.%02d*C*ACH*CCP*01*%s*DA*%s*1%s**01*%s*DA*%s*%s~" % (
        total, R.randint(0, 99), gen_aba(), digits(10), digits(9), gen_aba(), digits(11), t.strftime("%Y%m%d")), None)])
    segs.append([("TRN*1*%s*1%s~" % (digits(12), digits(9)), None)])
    segs.append([("DTM*405*%s~" % t.strftime("%Y%m%d"), None)])
    segs.append([("N1*PR*KEYSTONE VETERANS CARE NETWORK~", None)])
    segs.append([("N1*PE*%s*XX*%s~" % (pr["name"].upper(), pr["npi"]), None)])
    for _ in range(R.randint(1, 2)):
        p = vet()
        dos = rand_date(datetime(2024, 1, 5), datetime(2024, 3, 1))
        billed = R.randint(90, 2400)
        segs.append([("CLP*", None), (digits(R.randint(7, 10)), "account"), ("*%d*%d*%d.%02d*0*15*" % (R.choice([1, 1, 4, 22]), billed, billed * 0.6, R.randint(0, 99)), None),
                     ("%s%s" % (t.strftime("%y%j"), digits(8)), "account"), ("*11*1~", None)])
        segs.append([("NM1*QC*1*", None), (ascii_up(p.last), "name"), ("*", None), (ascii_up(p.first), "name"), ("****MR*", None), (p.icn, "mrn"), ("~", None)])
        segs.append([("DTM*232*", None), (dos.strftime("%Y%m%d"), "date"), ("~", None)])
        segs.append([("SVC*HC:%s*%d*%d~" % (R.choice(["97110", "99213", "92557"]), billed, billed * 0.6), None)])
        segs.append([("CAS*CO*45*%d~" % (billed * 0.4), None)])
    segs.append([("SE*%d*%04d~" % (len(segs) + 1, R.randint(1, 9999)), None)])
    for sg in segs:
        b = B("x12_835")
        for txt, cat in sg:
            b(txt, cat)
        out.append(b)
    return out


def ev_ocr(t):
    out = []
    p = vet()
    doc = "CMS1500_%s_%05d.tif" % (t.strftime("%Y%m%d"), R.randint(1, 99999))
    conf = lambda: "%.2f" % R.uniform(0.62, 0.99)
    pref = "%s [ocr-worker-%d] doc=%s p1 " % (iso_off(t), R.randint(1, 6), doc)
    fields = [("1a", "INSURED_ID", p.icn, "mrn"),
              ("2", "PATIENT_NAME", "%s, %s %s" % (ascii_up(p.last), ascii_up(p.first), ascii_up(p.middle[:1])), "name"),
              ("3", "PATIENT_DOB", p.dob.strftime("%m %d %Y"), "date"),
              ("5", "PATIENT_ADDR", ascii_up(p.street), "address"),
              ("5", "PATIENT_CITY", ascii_up(p.city), "address"),
              ("5", "PATIENT_ZIP", p.zip, "zip"),
              ("5", "PATIENT_PHONE", "(%s) %s %s" % (p.phone[:3], p.phone[3:6], p.phone[6:]), "phone"),
              ("11d", "OTHER_PLAN_ID", gen_mbi(), "health_plan"),
              ("24A", "DOS_FROM", rand_date(datetime(2024, 1, 2), datetime(2024, 3, 1)).strftime("%m %d %y"), "date"),
              ("26", "PATIENT_ACCT_NO", digits(8), "account"),
              ("33a", "BILLING_NPI", R.choice(PROVIDERS)["npi"], None),
              ("25", "FED_TAX_ID", R.choice(PROVIDERS)["tin"], None)]
    chosen = R.sample(fields, R.randint(3, 5))
    for box, fname, val, cat in chosen:
        b = B("ocr_cms1500")
        junk = R.random() < 0.1 and cat in ("mrn", "zip", "account")
        if junk:
            val = val.replace("0", "O").replace("1", "l")
        b(pref + "box=%s %s conf=%s text=\"" % (box, fname, conf()))(val, cat)('"')
        if junk:
            b(" flag=LOW_QUALITY")
        out.append(b)
    b = B("ocr_cms1500")
    b(pref + "done fields=33 low_conf=%d engine=tesseract-5.3.3 model=cms1500_v7 ms=%d" % (R.randint(0, 6), R.randint(800, 9000)))
    out.append(b)
    return out


def ev_elig(t):
    out = []
    p = vet()
    rid = hexs(16)
    b = B("elig_kv")
    host = R.choice(HOSTS)
    pre = "%s %s elig-svc[%d]: " % (t.strftime("%b %d %H:%M:%S"), host, R.randint(1000, 40000))
    mode = R.randint(0, 3)
    b(pre + "req_id=%s op=lookup " % rid)
    if mode == 0:
        b("edipi=")(p.edipi, "other_id")(" dob=")(p.dob.strftime("%Y%m%d"), "date")
    elif mode == 1:
        b("icn=")(p.icn, "mrn")
    elif mode == 2:
        ln = ascii_up(p.last)
        q = '"' if " " in ln else ""
        b("lname=" + q)(ln, "name")(q)(" ssn_l4=")(last4(p), "ssn")(" dob=")(p.dob.strftime("%Y%m%d"), "date")
    else:
        b("l1l4=")(ascii_up(p.last)[0] + last4(p), "ssn")(" sta=%s" % p.sta[0])
    b(" src=%s" % R.choice(["IVR", "AGENT", "CLAIMS", "HSRM"]))
    out.append(b)
    b = B("elig_kv")
    res = R.choice(["ELIGIBLE", "ELIGIBLE", "ELIGIBLE", "NOT_ENROLLED", "MULTIPLE_MATCH"])
    b(pre + "req_id=%s result=%s " % (rid, res))
    if res != "MULTIPLE_MATCH":
        b("icn=")(p.icn, "mrn")(" member_id=")(p.member, "health_plan")
        b(" prog=CCN pc_elig=%s drive_time=%s sc_pct=%d" % (R.choice(["Y", "N"]), R.choice(["Y", "N"]), R.choice([0, 10, 40, 70, 100])))
        if p.age > 89:
            b(" age=")(str(p.age), "age")
        elif R.random() < 0.06:
            b(" dod=")(rand_date(datetime(2024, 1, 2), datetime(2024, 3, 1)).strftime("%Y%m%d"), "date")(" status=DECEASED")
    else:
        b("candidates=%d" % R.randint(2, 4))
    b(" mvi_ms=%d cache=%s" % (R.randint(40, 2400), R.choice(["HIT", "MISS"])))
    out.append(b)
    if R.random() < 0.2:
        b = B("elig_kv")
        b(pre + "stats window=60s lookups=%d hit_ratio=%.2f p95_ms=%d mvi_errors=%d" % (R.randint(40, 800), R.uniform(.5, .95), R.randint(200, 3000), R.randint(0, 9)))
        out.append(b)
    return out


TRAVEL_HDR_DONE = [False]


def ev_travel(t):
    out = []
    if not TRAVEL_HDR_DONE[0]:
        TRAVEL_HDR_DONE[0] = True
        b = B("travel_csv")
        b("bt_claim_no,icn,vet_name,trip_dt,origin_addr,origin_zip,dest_npi,miles_rt,rate,amount,deductible,pay_method,routing,acct_or_card,pov_plate,notes")
        out.append(b)
    for _ in range(R.randint(1, 3)):
        p = vet()
        b = B("travel_csv")
        miles = R.uniform(8, 340)
        amt = miles * 0.415
        b(p.claimno, "account")(",")(p.icn, "mrn")(',"')(ascii_up(p.last) + ", " + ascii_up(p.first), "name")('",')
        b(rand_date(datetime(2024, 1, 15), datetime(2024, 3, 8)).strftime("%Y-%m-%d"), "date")(',"')
        b(p.street + ((" " + p.street2) if p.street2 else "") + ", " + p.city, "address")(", %s\"," % p.state)(p.zip, "zip")
        b(",%s,%.1f,0.415,%.2f,%s," % (R.choice(PROVIDERS)["npi"], miles, amt, R.choice(["3.00", "0.00"])))
        if R.random() < 0.7:
            b("EFT,%s," % p.routing)(p.bank, "account")
        else:
            b("DXCARD,,")(gen_card(), "account")
        b(",")
        if R.random() < 0.12:
            b(p.state + "-")(R.choice("BCDFGHJKLMNPRSTVWXYZ") * 1 + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(4), "vehicle")
        b(",")
        r = R.random()
        if r < 0.1:
            b("POV VIN ")(gen_vin(), "vehicle")(" on file")
        elif r < 0.25:
            b("ID verified DL ")(p.dl or "D" + digits(8), "license")
        elif r < 0.3:
            b("bad routing checksum " + digits(9))
        out.append(b)
    return out


def ev_caregiver(t):
    out = []
    p = vet()
    c = mk_person()
    rel = R.choice(RELS)
    appid = "CG-%s-%06d" % (R.choice(["2023", "2024"]), R.randint(1, 999999))
    if R.random() < 0.7:
        b = B("caregiver_pipe")
        b("PCAFC|")(appid, "other_id")("|")(p.icn, "mrn")("|")(vista_name(p), "name")("|")(vista_name(c), "name")
        b("|%s|" % rel[1])(c.dob.strftime("%Y%m%d"), "date")("|")(c.phone, "phone")("|")
        if R.random() < 0.5:
            b(c.email, "email")
        b("|")
        b(ascii_up(c.street), "address")("|")(ascii_up(c.city), "address")("|%s|" % c.state)(c.zip, "zip")
        b("|TIER%d|%s|%s|" % (R.randint(1, 2), R.choice(["APPROVED", "PENDING_HOME_VISIT", "DENIED", "LEGACY_DISCHARGE"]), p.sta[0]))
        if R.random() < 0.3:
            b(c.dl or "S" + digits(8), "license")
        out.append(b)
    else:
        b = B("caregiver_pipe")
        photo = "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAA" + "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(120)) + "=="
        jwrite(b, {"ts": iso_z(t), "svc": "cg-portal", "evt": "badge.issued", "applicationId": JS(appid, "other_id"),
                   "caregiver": {"name": JS(c.first + " " + c.last, "name"), "relationship": rel[0],
                                 "photoJpegB64": JS(photo, "photo")},
                   "veteranIcn": JS(p.icn, "mrn"), "badgeSerial": "KVB" + digits(7), "printer": "FARGO-DTC1250e-04"})
        out.append(b)
    if R.random() < 0.35:
        b = B("caregiver_pipe")
        b("PCAFC|TRL|%s|rows=%d|sha256=%s" % (t.strftime("%Y%m%d%H%M%S"), R.randint(200, 9000), hexs(64)))
        out.append(b)
    return out


def ev_cmop(t):
    out = []
    if R.random() < 0.35:
        b = B("cmop_xml")
        b('<HandoffAck xmlns="urn:kvcn:rx:v2" batchId="%s" status="%s" received="%d" rejected="%d" ts="%s"/>' % (
            "RXB-%s-%04d" % (t.strftime("%Y%m%d"), R.randint(1, 999)), R.choice(["ACCEPTED", "PARTIAL"]), R.randint(10, 600), R.randint(0, 4), iso_off(t)))
        out.append(b)
        return out
    p = vet()
    b = B("cmop_xml")
    ndc = R.choice(["00093-0058-01", "00378-0208-01", "68180-0513-09", "00071-0155-23", "51079-0255-20"])
    b('<RxHandoff xmlns="urn:kvcn:rx:v2" msgId="%s" ts="%s"><Rx num="' % (uuid4(), iso_off(t)))(digits(8) + R.choice(["", "A", "B"]), "other_id")
    b('" fill="%d" ndc="%s" qty="%d" days="%d" lot="%s"/><Patient icn="' % (R.randint(0, 5), ndc, R.choice([30, 60, 90, 180]), R.choice([30, 90]), R.choice("ABCDEFGHKLMPR") + digits(5)))
    b(p.icn, "mrn")('"><Name>')
    b(ascii_up(p.last) + "," + ascii_up(p.first), "name")("</Name><ShipTo><Line1>")
    b(ascii_up(p.street), "address")("</Line1><City>")(ascii_up(p.city), "address")("</City><State>%s</State><Zip>" % p.state)(p.zip, "zip")
    b('</Zip></ShipTo></Patient><Prescriber npi="%s"/><Site sta="%s" cmop="%s"/></RxHandoff>' % (R.choice(PROVIDERS)["clin_npi"], p.sta[0], R.choice(["CHARLESTON", "LEAVENWORTH", "MURFREESBORO", "TUCSON"])))
    out.append(b)
    return out


def ev_spring(t):
    out = []
    pid = R.randint(2000, 9000)
    job = R.choice(["claims837IngestJob", "travelReimbursementJob", "remit835PostJob", "pdirNightlySyncJob", "caregiverStipendJob"])
    def sl(tt, lvl, thread, logger, msg):
        b = B("spring_batch")
        b("%s %5s %d --- [%15s] %-40s : %s" % (sp_ts(tt), lvl, pid, thread[-15:], logger, msg))
        return b
    r = R.random()
    run_id = R.randint(100, 900)
    if r < 0.55:
        out.append(sl(t, "INFO", "main", "o.s.b.c.l.support.SimpleJobLauncher",
                      "Job: [FlowJob: [name=%s]] launched with the following parameters: [{inputFile=/data/in/%s_%s.dat, run.id=%d}]" % (job, job[:6].upper(), t.strftime("%Y%m%d"), run_id)))
        out.append(sl(ms(t, 40), "INFO", "main", "o.s.batch.core.job.SimpleStepHandler", "Executing step: [%sStep]" % job.replace("Job", "")))
        dur = R.randint(4000, 90000)
        out.append(sl(ms(t, dur + 40), "INFO", "main", "o.s.batch.core.step.AbstractStep",
                      "Step: [%sStep] executed in %dm%ds%dms" % (job.replace("Job", ""), dur // 60000, dur // 1000 % 60, dur % 1000)))
        out.append(sl(ms(t, dur + 500), "INFO", "main", "o.s.b.c.l.support.SimpleJobLauncher",
                      "Job: [FlowJob: [name=%s]] completed with the following parameters: [{run.id=%d}] and the following status: [%s] in %dms" % (job, run_id, R.choice(["COMPLETED", "COMPLETED", "FAILED"]), dur + R.randint(60, 400))))
    else:
        p = vet()
        b = B("spring_batch")
        b("%s ERROR %d --- [%15s] %-40s : " % (sp_ts(t), pid, "taskExecutor-%d" % R.randint(1, 8), "o.s.batch.core.step.AbstractStep"))
        b("Encountered an error executing step travelReimbursementStep in job travelReimbursementJob")
        out.append(b)
        b = B("spring_batch")
        b("org.springframework.batch.item.file.FlatFileParseException: Parsing error at line: %d in resource=[file [/data/in/BT_%s.csv]], input=[" % (R.randint(2, 4000), t.strftime("%Y%m%d")))
        b(p.claimno, "account")(",")(p.icn, "mrn")(',"')(ascii_up(p.last) + ", " + ascii_up(p.first), "name")('",')
        b(rand_date(datetime(2024, 1, 15), datetime(2024, 3, 8)).strftime("%Y-%m-%d"), "date")(",,,%.1f,0.415,,,EFT,%s," % (R.uniform(5, 200), p.routing))(p.bank, "account")(",,]")
        out.append(b)
        for fr in ["\tat org.springframework.batch.item.file.FlatFileItemReader.doRead(FlatFileItemReader.java:199)",
                   "\tat org.springframework.batch.item.support.AbstractItemCountingItemStreamItemReader.read(AbstractItemCountingItemStreamItemReader.java:93)",
                   "\tat org.springframework.batch.core.step.item.SimpleChunkProvider.doRead(SimpleChunkProvider.java:108)",
                   "Caused by: org.springframework.batch.item.file.transform.IncorrectTokenCountException: Incorrect number of tokens found in record: expected 16 actual 15",
                   "\tat org.springframework.batch.item.file.transform.AbstractLineTokenizer.tokenize(AbstractLineTokenizer.java:142)",
                   "\t... 42 common frames omitted"]:
            b = B("spring_batch")
            b(fr)
            out.append(b)
    return out


def ev_dotnet(t):
    out = []
    p = vet()
    r = R.random()
    if r < 0.4:
        b = B("dotnet_console")
        b("info: Microsoft.AspNetCore.Hosting.Diagnostics[2]")
        out.append(b)
        b = B("dotnet_console")
        b("      Request finished HTTP/1.1 %s http://kvcn-sched03:5080/api/v2/%s - %d %d application/json %.4fms" % (
            R.choice(["GET", "POST"]), R.choice(["health/ready", "slots?specialty=PT&radius=40", "providers/search"]), R.choice([200, 200, 204, 503]), R.randint(0, 9000), R.uniform(1, 900)))
        out.append(b)
    elif r < 0.7:
        b = B("dotnet_console")
        b("info: Kvcn.Scheduling.Api.Controllers.AppointmentsController[1007]")
        out.append(b)
        appt = rand_date(datetime(2024, 3, 13), datetime(2024, 4, 30))
        b = B("dotnet_console")
        b("      Appointment APT-%s booked for ICN " % digits(9))(p.icn, "mrn")(" on ")(appt.strftime("%m/%d/%Y"), "date")(" %02d:%02d with NPI %s by %s" % (R.randint(7, 16), R.choice([0, 30]), R.choice(PROVIDERS)["npi"], R.choice(AGENTS)))
        out.append(b)
    else:
        b = B("dotnet_console")
        b("fail: Kvcn.Scheduling.Infrastructure.VaosClient[3002]")
        out.append(b)
        b = B("dotnet_console")
        b("      System.Net.Http.HttpRequestException: Response status code does not indicate success: 502 (Bad Gateway). TraceId=%s" % hexs(32))
        out.append(b)
        b = B("dotnet_console")
        b("         at Kvcn.Scheduling.Infrastructure.VaosClient.PostAppointmentAsync(AppointmentDto dto, CancellationToken ct) in /src/Kvcn.Scheduling.Infrastructure/VaosClient.cs:line %d" % R.randint(40, 300))
        out.append(b)
    return out


def ev_serilog(t):
    p = vet()
    b = B("serilog_json")
    r = R.random()
    if r < 0.45:
        jwrite(b, {"@t": iso_z(t), "@mt": "Slot search returned {Count} slots in {Elapsed:0.0} ms", "Count": R.randint(0, 60),
                   "Elapsed": round(R.uniform(20, 3000), 1), "SourceContext": "Kvcn.Scheduling.Slots.SlotSearchService",
                   "RequestId": "0HN%s:0000000%d" % (hexs(9).upper(), R.randint(1, 9)), "MachineName": "KVCN-SCHED03", "Application": "Kvcn.Scheduling.Api",
                   "Version": "5.2.%d+%s" % (R.randint(0, 40), hexs(7))}, ascii_only=True)
    elif r < 0.8:
        jwrite(b, {"@t": iso_z(t), "@mt": "Reminder queued for {VeteranName} ({Icn}) phone {Phone}",
                   "VeteranName": JS(p.first + " " + p.last, "name"), "Icn": JS(p.icn, "mrn"), "Phone": JS(fmt_phone(p.phone, 2), "phone"),
                   "SourceContext": "Kvcn.Scheduling.Reminders.ReminderScheduler", "MachineName": "KVCN-SCHED03",
                   "Application": "Kvcn.Scheduling.Api", "Version": "5.2.%d+%s" % (R.randint(0, 40), hexs(7))}, ascii_only=True)
    else:
        jwrite(b, {"@t": iso_z(t), "@mt": "Veteran email bounced {Email} for member {MemberId}", "@l": "Warning",
                   "Email": JS(p.email, "email"), "MemberId": JS(p.member, "health_plan"),
                   "SourceContext": "Kvcn.Notify.EmailSender", "MachineName": "KVCN-APP08", "Application": "Kvcn.Notify"}, ascii_only=True)
    return [b]


def ev_win(t):
    out = []
    host = R.choice(["KVCN-APP07", "KVCN-FS02", "KVCN-INT01", "KVCN-DC01"])
    code = R.choice([4624, 4625, 4634, 7036, 1000, 4663])
    lines = [t.strftime("%m/%d/%Y %I:%M:%S %p")]
    if code in (4624, 4625, 4634):
        lines += ["LogName=Security", "EventCode=%d" % code, "EventType=0", "ComputerName=%s.kvcn.local" % host,
                  "SourceName=Microsoft Windows security auditing.",
                  "Keywords=%s" % ("Audit Failure" if code == 4625 else "Audit Success"),
                  "Message=An account %s. Account Name: %s Source Network Address: 10.%d.%d.%d Logon Type: %d" % (
                      "failed to log on" if code == 4625 else "was successfully logged on" if code == 4624 else "was logged off",
                      R.choice(["svc_hsrm", "svc_splunkfwd", "jrosales", "dpham", "svc_sqlagent"]), R.randint(10, 60), R.randint(0, 255), R.randint(2, 250), R.choice([3, 10, 5]))]
        for ln in lines:
            b = B("win_splunk")
            b(ln)
            out.append(b)
    elif code == 4663:
        p = vet()
        for ln in lines + ["LogName=Security", "EventCode=4663", "ComputerName=KVCN-FS02.kvcn.local", "Account_Name=svc_hsrm"]:
            b = B("win_splunk")
            b(ln)
            out.append(b)
        b = B("win_splunk")
        ref = "VA%010d" % R.randint(10000000, 99999999)
        b("Object_Name=D:\\Exports\\Referrals\\%s\\" % t.strftime("%Y-%m-%d"))(ref, "other_id")("_")(ascii_up(p.last).replace(" ", ""), "name")("_")(ascii_up(p.first), "name")(".pdf")
        out.append(b)
        b = B("win_splunk")
        b("Accesses=ReadData (or ListDirectory)")
        out.append(b)
    else:
        for ln in lines + ["LogName=%s" % ("System" if code == 7036 else "Application"), "EventCode=%d" % code,
                           "ComputerName=%s.kvcn.local" % host,
                           "Message=%s" % ("The Kvcn Claims Watcher service entered the %s state." % R.choice(["running", "stopped"]) if code == 7036
                                           else "Faulting application name: Kvcn.Ocr.Worker.exe, version: 2.8.%d.0, faulting module name: coreclr.dll, exception code: 0xc0000005" % R.randint(1, 30))]:
            b = B("win_splunk")
            b(ln)
            out.append(b)
    return out


def ev_ps(t):
    out = []
    r = R.random()
    if r < 0.5:
        for ln in ["**********************",
                   "Windows PowerShell transcript start",
                   "Start time: %s" % t.strftime("%Y%m%d%H%M%S"),
                   "Username: KVCN\\svc_opsauto",
                   "Machine: KVCN-INT01 (Microsoft Windows NT 10.0.17763.0)",
                   "PS C:\\Ops\\Scripts> .\\Sync-HsrmExport.ps1 -Station %s -Days 1 -Verbose" % R.choice(STATIONS)[0],
                   "VERBOSE: Connecting to \\\\kvcn-fs02\\hsrm$\\export",
                   "VERBOSE: Exported %d referrals in %.1f s" % (R.randint(50, 2000), R.uniform(2, 300))]:
            b = B("powershell")
            b(ln)
            out.append(b)
    elif r < 0.8:
        p = vet()
        b = B("powershell")
        b("WARNING: Skipped row %d: ICN " % R.randint(2, 3000))(p.icn, "mrn")(" has no EDIPI in MVI; SSN on file ends ")(last4(p), "ssn")
        out.append(b)
        b = B("powershell")
        b("PS>TerminatingError(Invoke-RestMethod): \"The remote server returned an error: (409) Conflict.\"")
        out.append(b)
    else:
        p = vet()
        b = B("powershell")
        b("Send-MailMessage : Mailbox unavailable. The server response was: 5.1.1 <")(p.email, "email")(">: Recipient address rejected")
        out.append(b)
        b = B("powershell")
        b("At C:\\Ops\\Scripts\\Send-TravelNotice.ps1:%d char:5" % R.randint(20, 200))
        out.append(b)
    return out


def ev_mq(t):
    out = []
    hdr = "%s - Process(%d.%d) User(mqm) Program(%s)" % (t.strftime("%m/%d/%Y %I:%M:%S %p"), R.randint(1000, 60000), R.randint(1, 90), R.choice(["amqrmppa", "runmqchl", "amqzlaa0"]))
    b = B("ibmmq_err")
    b(hdr)
    out.append(b)
    b = B("ibmmq_err")
    b("                    Host(kvcn-mq01) Installation(Installation1)")
    out.append(b)
    b = B("ibmmq_err")
    b("                    VRMF(9.3.0.%d) QMgr(KVCNPQM1)" % R.choice([5, 10, 15]))
    out.append(b)
    msg = R.choice([
        "AMQ9209E: Connection to host 'hsrm-gw01 (10.42.8.17)' for channel 'VA.TO.KVCN.SVRCONN' closed.",
        "AMQ9999E: Channel 'KVCN.TO.CMOP' to host '152.130.%d.%d(1414)' ended abnormally." % (R.randint(0, 255), R.randint(1, 254)),
        "AMQ9002I: Channel 'VA.TO.KVCN.REFERRAL' is starting.",
        "AMQ7469I: Transactions rolled back to release log space.",
        "AMQ9544E: Messages not put to destination queue KVCN.RX.HANDOFF.IN during channel 'KVCN.TO.CMOP'; reason MQRC_Q_FULL (2053)."])
    b = B("ibmmq_err")
    b(msg)
    out.append(b)
    b = B("ibmmq_err")
    b("----- amqrmrsa.c : %d --------------------------------------------------------" % R.randint(400, 1200))
    out.append(b)
    return out


def ev_oracle(t):
    out = []
    b = B("oracle_alert")
    b(t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d-05:00" % t.microsecond)
    out.append(b)
    r = R.random()
    if r < 0.6:
        msgs = [R.choice(["Thread 1 advanced to log sequence %d (LGWR switch)" % R.randint(40000, 60000),
                          "ORA-00060: deadlock detected while waiting for resource",
                          "Errors in file /u01/app/oracle/diag/rdbms/ccnprd/CCNPRD1/trace/CCNPRD1_ora_%d.trc:" % R.randint(1000, 60000),
                          "ORA-12899: value too large for column \"CCN\".\"VETERAN\".\"LAST_NM\" (actual: 36, maximum: 35)",
                          "ORA-00001: unique constraint (CCN.PK_REFERRAL) violated",
                          "Completed checkpoint up to RBA [0x%s.%s.10], SCN: %d" % (hexs(5), hexs(4), R.randint(10 ** 10, 10 ** 11))])]
        for m in msgs:
            b = B("oracle_alert")
            b(m)
            out.append(b)
    else:
        b = B("oracle_alert")
        b("ORA-01403: no data found")
        out.append(b)
        b = B("oracle_alert")
        b("ORA-06512: at \"CCN.PKG_CLAIM_ADJ\", line %d" % R.randint(100, 2000))
        out.append(b)
    return out


def ev_nginx(t):
    out = []
    for i in range(R.randint(1, 3)):
        tt = ms(t, i * R.randint(50, 2000))
        b = B("nginx_access")
        ts = tt.strftime("[%d/%b/%Y:%H:%M:%S -0500]")
        ua = R.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
                       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
                       "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.178 Mobile Safari/537.36"])
        r = R.random()
        if r < 0.45:
            b('10.%d.%d.%d - - %s "GET /actuator/health HTTP/1.1" 200 %d "-" "kube-probe/1.27" rt=0.00%d upstream=10.44.2.%d:8080' % (
                R.randint(40, 46), R.randint(0, 9), R.randint(2, 250), ts, R.randint(15, 80), R.randint(1, 9), R.randint(2, 60)))
        elif r < 0.75:
            p = vet()
            b(p.ip, "ip")(' - - %s "GET /portal/api/v1/travel/claims?icn=' % ts)(p.icn, "mrn")('&status=OPEN HTTP/2.0" 200 %d "https://my.kvcn.com/travel" "%s" rt=%.3f' % (R.randint(300, 9000), ua, R.uniform(0.02, 1.5)))
        else:
            p = vet()
            b(p.ip, "ip")(' - - %s "POST /portal/api/v1/travel/claims HTTP/2.0" %d %d "https://my.kvcn.com/travel/new" "%s" rt=%.3f' % (ts, R.choice([201, 201, 400, 422]), R.randint(80, 600), ua, R.uniform(0.05, 2.5)))
        out.append(b)
    return out


def ev_sms(t):
    p = vet()
    pr = R.choice(PROVIDERS)
    appt = rand_date(datetime(2024, 3, 13), datetime(2024, 4, 30))
    b = B("sms_gw")
    r = R.random()
    b("%s sms-gw out sid=SM%s to=" % (iso_z(t), hexs(32)))(fmt_phone(p.phone, 2), "phone")(" from=+1%s status=%s body=\"" % ("8775550199", R.choice(["queued", "sent", "delivered", "undelivered"])))
    if r < 0.6:
        b("KVCN: Hi ")(p.first, "name")(", your appt w/ %s is " % pr["name"])(appt.strftime("%m/%d"), "date")(" at %s. Reply C to confirm, R to reschedule. " % R.choice(["7:30 AM", "8:00 AM", "8:45 AM", "9:15 AM", "10:00 AM", "11:30 AM", "1:00 PM", "2:15 PM", "3:40 PM"]))
        b("https://kvcn.co/a/" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") for _ in range(6)), "url")('"')
    else:
        b("KVCN: Your travel claim was approved. Payment of $%d.%02d will post in 3-5 business days. Questions? Call 1-877-555-0142. Reply STOP to opt out.\"" % (R.randint(3, 150), R.randint(0, 99)))
    out = [b]
    if R.random() < 0.3:
        b = B("sms_gw")
        b("%s sms-gw in sid=SM%s from=" % (iso_z(ms(t, R.randint(60000, 900000))), hexs(32)))(fmt_phone(p.phone, 2), "phone")(' body="%s"' % R.choice(["C", "c", "Yes", "R", "STOP", "Who is this?"]))
        out.append(b)
    return out


def ev_hearing(t):
    # device-bearing referral completion (.NET console, audiology/DME)
    p = vet()
    b1 = B("serilog_json")
    kind = R.choice(["Hearing aid", "CPAP"])
    serial = (R.choice(["2318", "2402", "2211"]) + "X" + digits(5)) if kind == "Hearing aid" else ("231" + digits(9))
    jwrite(b1, {"@t": iso_z(t), "@mt": "DME issued {DeviceType} serial {Serial} to {Icn} under referral {ReferralNumber}",
                "DeviceType": kind, "Serial": JS(serial, "device"), "Icn": JS(p.icn, "mrn"),
                "ReferralNumber": JS("VA%010d" % R.randint(10000000, 99999999), "other_id"),
                "Vendor": R.choice(["Phonak", "Oticon", "ResMed", "Philips Respironics"]),
                "SourceContext": "Kvcn.Dme.IssueTracker", "MachineName": "KVCN-APP07", "Application": "Kvcn.Dme"}, ascii_only=True)
    return [b1]


EVENTS = [(ev_hsrm, 13), (ev_hl7, 5), (ev_cprs, 3), (ev_pdir, 7), (ev_genesys, 11), (x12_837, 2), (x12_835, 1),
          (ev_ocr, 4), (ev_elig, 9), (ev_travel, 5), (ev_caregiver, 5), (ev_cmop, 6), (ev_spring, 4),
          (ev_dotnet, 7), (ev_serilog, 8), (ev_win, 2), (ev_ps, 2), (ev_mq, 1), (ev_oracle, 3), (ev_nginx, 8),
          (ev_sms, 7), (ev_hearing, 2)]


def main():
    # shuffled deck so that every system shows up; refilled when exhausted
    deck = []
    lines = []
    while len(lines) < TARGET:
        if not deck:
            deck = [f for f, w in EVENTS for _ in range(w)]
            R.shuffle(deck)
        t = CLK.tick()
        lines += deck.pop()(t)
    lines = lines[:TARGET]
    log = bytearray()
    labels = []
    for i, b in enumerate(lines, 1):
        lb, spans = b.build()
        if b"\n" in lb or b"\r" in lb or not lb.strip():
            sys.exit("line %d bad: %r" % (i, lb[:80]))
        prev_e = -1
        out_spans = []
        for sp in sorted(spans, key=lambda x: x["s"]):
            s, e = sp["s"], sp["e"]
            if not (0 <= s < e <= len(lb)):
                sys.exit("line %d: bad span bounds %r" % (i, sp))
            if s < prev_e:
                sys.exit("line %d: overlapping spans" % i)
            prev_e = e
            got = lb[s:e].decode("utf-8")
            if got != sp["_t"]:
                sys.exit("line %d: span text mismatch %r != %r" % (i, got, sp["_t"]))
            if got != sp["_r"]:
                try:
                    ok = json.loads('"' + got + '"') == sp["_r"]
                except ValueError:
                    ok = False
                if not ok and urllib.parse.unquote(got) != sp["_r"]:
                    sys.exit("line %d: span does not decode to value %r vs %r" % (i, got, sp["_r"]))
            out_spans.append({"s": s, "e": e, "cat": sp["cat"]})
        labels.append({"line": i, "family": b.family, "spans": out_spans})
        log += lb + b"\n"
    with open("ou.log", "wb") as f:
        f.write(bytes(log))
    with open("ou.labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    n_phi = sum(1 for l in labels if l["spans"])
    cats = {}
    for l in labels:
        for s in l["spans"]:
            cats[s["cat"]] = cats.get(s["cat"], 0) + 1
    fams = {}
    for l in labels:
        fams[l["family"]] = fams.get(l["family"], 0) + 1
    print("lines=%d no_phi=%.1f%%" % (len(labels), 100.0 * (len(labels) - n_phi) / len(labels)))
    print("spans", json.dumps(dict(sorted(cats.items()))))
    print("families", json.dumps(dict(sorted(fams.items()))))


if __name__ == "__main__":
    main()
