#!/usr/bin/env python3
"""Synthetic labeled log corpus "qm".

Organisation: Halcyra Therapeutics, maker of ZELVORIA (velmarase alfa), an
enzyme replacement therapy for lysosomal storage disorders, and its patient
support hub "Halcyra Connect" (benefits verification, copay programme,
foundation referrals, specialty pharmacy (SP) triage, nurse educator home
visits, adverse event (AE) intake for pharmacovigilance).  All people,
numbers and addresses are made up.  Standard library only, fixed seed.

Systems simulated (family names in the labels file)
  syslog        Linux hosts (sshd, CRON, systemd, postfix, chronyd)
  nginx         access logs of the patient portal and the HCP portal
  sfdc_json     Salesforce Health Cloud event/debug JSON of the hub CRM
  bv_logfmt     benefits-verification engine (Go, logfmt)
  x12           X12 005010X279 270/271 eligibility, one segment per line
  copay_pino    copay programme adjudication service (Node/pino JSON),
                including an identity-verification vendor webhook payload
  foundation_xml  referral to an independent charitable copay foundation
  hl7v2         ORM^O01 referral to the specialty pharmacy + ACKs
  sp_psv        SP status / dispense data feed (pipe delimited)
  ne_kv         nurse-educator scheduling + travel assistance (key=value,
                home-grown abbreviations, some Spanish)
  ae_text       AE intake call notes (free text, some Spanish)
  e2b_xml       ICH E2B(R2)-style ICSR XML sent to the safety database
  java_trace    Spring Boot errors with stack traces
  pgaudit       PostgreSQL pgaudit / server log with SQL
  sms           SMS gateway (Twilio-style webhooks, url-encoded bodies)
  ivr_ctr       Amazon-Connect-style contact trace records (JSON)
  fhir          FHIR R4 Patient / Coverage from e-enrollment
  fixed_width   copay card enrollment file to the card processor
  fax           inbound fax server + OCR extraction
  pump_csv      home infusion pump telemetry gateway (CSV)

Labeling decisions
  * The patient and their caregivers / parents / emergency contacts are
    PHI.  Prescribers (HCPs), their NPI/DEA, office phones, faxes, clinic
    addresses and clinic IPs, hub staff, nurse educators, SP and payer
    names and IDs, foundation and company addresses are NOT PHI.
  * Hub case IDs (HC-...), enrollment IDs, foundation referral and grant
    IDs, AE/safety report IDs, SP prescription (Rx) numbers, the patient's
    Salesforce Person Account Id, FHIR Patient.id, hashed patient tokens
    in the SP data feed, and IDV inquiry IDs -> other_id.
  * Clinic MRNs (PID-3 MR, FHIR identifier MR) -> mrn.
  * Payer member / subscriber IDs, MBI, Medicaid IDs -> health_plan.
    Copay-programme member IDs, copay card PANs (Luhn valid) and bank
    account numbers -> account.  Masked PANs (only last 4 visible) and
    bank routing numbers, BIN/PCN/group numbers -> not PHI.
  * SSN: full SSNs and the "ssn4" last-four used for identity matching are
    labeled ssn; an invalid SSN typed by a patient (junk) is still ssn.
  * Names: "Last^First^M" in one HL7 field is ONE span; where first and
    last name sit in separate fields/elements (X12 NM1, FHIR family/given,
    XML, fixed width) each is its own span.  Patient initials in E2B
    (patientinitial) -> name.
  * Dates tied to the patient (birth, infusion, AE onset, service date in
    eligibility checks, visit/appointment, fill/ship/delivery date, grant
    effective dates, SP status dates) -> date.  Log timestamps, report
    receipt dates, SLA/follow-up due dates of staff tasks, file creation
    dates, ISA/GS envelope dates -> not PHI.  Ages are <= 89 except one
    patient aged 91 (labeled age).
  * Addresses: street run is one span, city its own span when separate;
    ZIP always its own span; state never labeled.
  * IPs: client IPs on the patient portal vhost (patient.halcyraconnect.com)
    -> ip; HCP portal client IPs, internal 10.x and server IPs -> not PHI.
  * Relative request paths holding a patient identifier: the identifier is
    labeled (other_id); an absolute URL that identifies a patient (e.g. a
    document link with the hub case ID) is one url span.
  * Voice ID speaker IDs of enrolled callers -> biometric; base64 selfie
    from identity verification -> photo; driver's licence numbers ->
    license; patient's car plate / VIN for the infusion-centre parking
    pass -> vehicle (company fleet cars are not PHI); infusion pump serial
    numbers, IMEI of the pump modem and MAC of the home gateway -> device.
  * Drug lot numbers, NDCs, SKUs, ICD-10 codes, disease names, weights,
    income / household size, payer names, foundation fund names -> not PHI.
  * The hub's own toll-free phone/fax, company mailboxes and the SMS
    messaging-service IDs are not PHI; a patient's or caregiver's phone,
    email (also in postfix "to=<...>") and home fax number are.
  * First names alone in SMS greetings and nurse notes -> name.
  * Escaped values (JSON \\u00e9, %2B in url-encoded bodies) are labeled
    where their bytes are.
"""
import base64
import hashlib
import json
import random
import sys
from datetime import datetime, timedelta, date

ID = "qm"
N_LINES = 500
R = random.Random(20241015)


# --------------------------------------------------------------------------
# line builder
class P:
    """A PHI value placed in a line."""
    __slots__ = ("v", "cat", "raw")

    def __init__(self, v, cat, raw=False):
        self.v, self.cat, self.raw = str(v), cat, raw


class M:
    """A mixed string value: parts are str or P."""

    def __init__(self, *parts):
        self.parts = parts

    def text(self):
        return "".join(p.v if isinstance(p, P) else str(p) for p in self.parts)


class Line:
    def __init__(self, fam, *parts):
        self.fam = fam
        self.buf = bytearray()
        self.spans = []
        self.add(*parts)

    def add(self, *parts):
        for p in parts:
            if isinstance(p, P):
                b = p.v.encode("utf-8")
                s = len(self.buf)
                self.buf += b
                self.spans.append((s, len(self.buf), p.cat, p.v))
            elif isinstance(p, M):
                self.add(*p.parts)
            else:
                self.buf += str(p).encode("utf-8")
        return self


def jstr(L, v, asc):
    if isinstance(v, P):
        L.add('"', P(json.dumps(v.v, ensure_ascii=asc)[1:-1], v.cat), '"')
    elif isinstance(v, M):
        L.add('"')
        for p in v.parts:
            if isinstance(p, P):
                L.add(P(json.dumps(p.v, ensure_ascii=asc)[1:-1], p.cat))
            else:
                L.add(json.dumps(str(p), ensure_ascii=asc)[1:-1])
        L.add('"')
    else:
        L.add(json.dumps(v, ensure_ascii=asc))


def jenc(L, o, asc=False, sep=(",", ":")):
    if isinstance(o, dict):
        L.add("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                L.add(sep[0])
            L.add(json.dumps(k), sep[1])
            jenc(L, v, asc, sep)
        L.add("}")
    elif isinstance(o, list):
        L.add("[")
        for i, v in enumerate(o):
            if i:
                L.add(sep[0])
            jenc(L, v, asc, sep)
        L.add("]")
    elif isinstance(o, P) and o.raw:
        L.add(o)
    elif isinstance(o, (str, P, M)):
        jstr(L, o, asc)
    else:
        L.add(json.dumps(o))


def jline(fam, obj, asc=False, sep=(",", ":"), prefix=""):
    L = Line(fam, prefix)
    jenc(L, obj, asc, sep)
    return L


def logfmt(L, pairs, quote_chars=' ="'):
    for i, (k, v) in enumerate(pairs):
        if i:
            L.add(" ")
        L.add(k, "=")
        parts = v.parts if isinstance(v, M) else [v]
        full = "".join(p.v if isinstance(p, P) else str(p) for p in parts)
        q = full == "" or any(c in full for c in quote_chars)
        if q:
            L.add('"')
        for p in parts:
            if isinstance(p, P):
                L.add(P(p.v.replace('"', '\\"'), p.cat))
            else:
                L.add(str(p).replace('"', '\\"'))
        if q:
            L.add('"')
    return L


# --------------------------------------------------------------------------
# checksummed identifiers
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


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def npi():
    base = R.choice("12") + digits(8)
    return base + luhn_digit("80840" + base)


def card_pan(bin6):
    body = bin6 + digits(15 - len(bin6))
    return body + luhn_digit(body)


def imei():
    body = "35" + digits(12)
    return body + luhn_digit(body)


def ssn(valid=True):
    if not valid:
        return R.choice(["666", "000", "912"]) + "-" + digits(2) + "-" + digits(4)
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mbi():
    c = R.choice
    return (c("123456789") + c(MBI_A) + c(MBI_AN) + c("0123456789") + c(MBI_A)
            + c(MBI_AN) + c("0123456789") + c(MBI_A) + c(MBI_A)
            + c("0123456789") + c("0123456789"))


def dea(last):
    pre = R.choice("ABFM") + last[0].upper()
    d = [R.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return pre + "".join(map(str, d)) + str(chk)


VIN_T = {**{str(i): i for i in range(10)},
         "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
         "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
         "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(valid=True):
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = [R.choice(["1", "2", "3", "5", "J", "K", "W"])] + [R.choice(chars) for _ in range(16)]
    v[9] = R.choice("LMNPR")  # model year 2020-2024
    tot = sum(VIN_T[ch] * w for ch, w in zip(v, VIN_W))
    chk = tot % 11
    v[8] = "X" if chk == 10 else str(chk)
    if not valid:
        v[8] = str((int(v[8]) + 3) % 10) if v[8] != "X" else "4"
    return "".join(v)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def sfid(prefix):
    return prefix + "5e0000" + "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(9))


# --------------------------------------------------------------------------
# people and places
FIRST_F = ["Amara", "Siobhán", "Mei-Ling", "Rosalind", "Hope", "Rose", "Grace",
           "Dawn", "Priya", "Olamide", "Fatima", "Marisol", "Eleanor", "Ngozi",
           "Summer", "Xochitl", "Leilani", "Zofia", "Mercedes", "Carmen", "Inès",
           "Noor", "Faith", "Lucía", "Ivy", "Birgit"]
FIRST_M = ["Thiago", "Kwame", "Dmitri", "Will", "Joaquín", "Bjørn", "Cody",
           "Hyun-woo", "Tomás", "Sunny", "Brooks", "Aurelio", "Ezekiel", "Kai",
           "Raphael", "Yusuf", "Liam", "Mateo", "Declan", "Rashid", "Jean-Luc",
           "Hunter", "Chance", "Obinna"]
LAST = ["Okafor-Reyes", "van der Berg", "De La Cruz", "O'Donnell", "St. Pierre",
        "Nakamura-Holt", "Bianchi", "Abernathy", "Kowalczyk", "Haddad",
        "Øvergaard", "Müller-Lindqvist", "Nwosu", "Castellanos", "Pham", "Iyer",
        "Fitzgerald-Obi", "Baker", "Stone", "Field", "Love", "Sterling",
        "Villanueva", "Delacroix", "Brightwater", "Mendoza Ruiz", "Al-Sayegh",
        "Kaur", "Thibodeaux", "Marsh", "Lockhart", "Zielinski", "Adeyemi",
        "Fairweather", "Quiñones", "Bell", "Ng", "Whitlock", "Soto-Mayer",
        "Winter", "Parish", "Goodnight"]
STREETS = ["Larkspur Ln", "Willow Bend Ct", "N Alamo St", "Ferncliff Dr",
           "Old Orchard Rd", "Pelham Pl", "Cedar Hollow Way", "Bayou Teche Rd",
           "E Magnolia Ave", "Quarry Ridge Dr", "Sandpiper Cir", "W 4th St",
           "Lantern Hill Rd", "Calle Primavera", "Ironwood Trl", "Harbor View Ter"]
UNITS = ["", "", "", " Apt 3B", " Unit 12", " #204", " Apt 1", " Lot 17"]
CITIES = [("Dayton", "OH", "45419", "937"), ("Lubbock", "TX", "79413", "806"),
          ("Bangor", "ME", "04401", "207"), ("Fresno", "CA", "93722", "559"),
          ("Boise", "ID", "83706", "208"), ("Lafayette", "LA", "70503", "337"),
          ("Provo", "UT", "84604", "801"), ("Duluth", "MN", "55811", "218"),
          ("Tacoma", "WA", "98405", "253"), ("Macon", "GA", "31204", "478"),
          ("Scranton", "PA", "18505", "570"), ("Pueblo", "CO", "81005", "719"),
          ("Hilo", "HI", "96720", "808"), ("Nashua", "NH", "03060", "603"),
          ("Kalamazoo", "MI", "49008", "269"), ("Las Cruces", "NM", "88011", "575"),
          ("St. Cloud", "MN", "56301", "320"), ("Coeur d'Alene", "ID", "83814", "208")]
PAYERS = [("Aetna", "60054", "commercial"), ("UnitedHealthcare", "87726", "commercial"),
          ("BCBS of Texas", "G84980", "commercial"), ("Cigna", "62308", "commercial"),
          ("Humana Medicare Advantage", "61101", "medicare"),
          ("Medicare Part D - SilverScript", "SS001", "medicare"),
          ("Ohio Medicaid", "OHMCD", "medicaid"), ("Georgia Medicaid", "GAMCD", "medicaid")]
DISEASES = [("Fabry disease", "E75.21"), ("Pompe disease", "E74.02"),
            ("MPS II (Hunter syndrome)", "E76.1"), ("MPS I", "E76.01")]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "proton.me"]
RES_IP_PREFIX = ["73.152", "98.214", "24.6", "174.63", "71.89", "108.31", "67.180", "99.41"]

TODAY = date(2024, 10, 15)


def ascii_fold(s):
    tr = {"á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u", "ñ": "n", "ø": "o",
          "Ø": "O", "ü": "u", "è": "e", "ç": "c", "ö": "o"}
    return "".join(tr.get(c, c) for c in s)


def email_for(first, last):
    f = ascii_fold(first).lower().replace(" ", "").replace("-", "")
    la = ascii_fold(last).lower().replace(" ", "").replace("'", "").replace(".", "")
    style = R.randint(0, 3)
    if style == 0:
        u = f + "." + la
    elif style == 1:
        u = f[0] + la + str(R.randint(1, 99))
    elif style == 2:
        u = f + "_" + la[:4] + str(R.randint(1970, 2012))
    else:
        u = la + "." + f + str(R.randint(1, 9))
    return u + "@" + R.choice(EMAIL_DOM)


def phone_digits(area):
    return area + str(R.randint(2, 9)) + digits(2) + digits(4)


def fmt_phone(d, style=None):
    style = R.randint(0, 4) if style is None else style
    if style == 0:
        return "(%s) %s-%s" % (d[:3], d[3:6], d[6:])
    if style == 1:
        return "%s-%s-%s" % (d[:3], d[3:6], d[6:])
    if style == 2:
        return "+1" + d
    if style == 3:
        return d
    return "%s.%s.%s" % (d[:3], d[3:6], d[6:])


def make_patient(i):
    sex = R.choice("FM")
    first = R.choice(FIRST_F if sex == "F" else FIRST_M)
    last = R.choice(LAST)
    if i == 7:
        dob = date(1933, 2, 11)  # the one patient over 89
    elif R.random() < 0.4:
        dob = date(R.randint(2007, 2021), R.randint(1, 12), R.randint(1, 28))
    else:
        dob = date(R.randint(1948, 2003), R.randint(1, 12), R.randint(1, 28))
    age = TODAY.year - dob.year - ((TODAY.month, TODAY.day) < (dob.month, dob.day))
    city, st, zp, area = R.choice(CITIES)
    street = "%d %s%s" % (R.randint(12, 9870), R.choice(STREETS), R.choice(UNITS))
    if age >= 65 and R.random() < 0.8:
        payer = R.choice([p for p in PAYERS if p[2] == "medicare"])
    else:
        payer = R.choice([p for p in PAYERS if p[2] != "medicare"])
    if payer[2] == "medicare":
        member = mbi()
    elif payer[2] == "medicaid":
        member = st + digits(9)
    else:
        member = R.choice(["W", "XGH", "U", "JQK", "8"]) + digits(R.choice([9, 10]))
    p = dict(
        i=i, sex=sex, first=first, last=last, mid=R.choice("ABCDEJKLMRST"),
        dob=dob, age=age, street=street, city=city, st=st, zip=zp,
        phone=phone_digits(area), email=email_for(first, last),
        hub="HC-%07d" % R.randint(1000000, 2999999),
        enr="ENR%08d" % R.randint(10000000, 99999999),
        sf=sfid("001"), fhir_id="pt-" + hexs(12),
        mrn=R.choice(["MR", "", "E"]) + digits(R.choice([7, 8])),
        payer=payer, member=member, group="GRP" + digits(5),
        copay_id="ZLV" + digits(9), pan=card_pan(R.choice(["410039", "533248"])),
        rx=digits(7), ssn=ssn(), dl=R.choice(st) + digits(8) if st != "OH" else "S" + R.choice("ABCDEFGH") + digits(6),
        token=hashlib.sha256(("tok%d" % i).encode()).hexdigest()[:32].upper(),
        ip="%s.%d.%d" % (R.choice(RES_IP_PREFIX), R.randint(0, 255), R.randint(1, 254)),
        disease=R.choice(DISEASES), pump="ISX-%d-%05d" % (R.choice([2207, 2301, 2311]), R.randint(1, 99999)),
        imei=imei(), mac=":".join("%02X" % R.randint(0, 255) for _ in range(6)),
        plate=R.choice(["", "7"]) + "".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)) + digits(4),
        vin=vin(valid=(i != 11)), bank=digits(R.choice([9, 10, 12])),
        speaker="vid-spk-" + hexs(20),
        lang=R.choice(["en", "en", "en", "es"]),
    )
    cg = None
    if age < 18:
        cf = R.choice(FIRST_F + FIRST_M)
        cl = last if R.random() < 0.7 else R.choice(LAST)
        cg = dict(first=cf, last=cl, rel=R.choice(["MTH", "FTH", "GRD", "GMO"]),
                  phone=phone_digits(area), email=email_for(cf, cl))
    else:
        if R.random() < 0.5:
            cf = R.choice(FIRST_F + FIRST_M)
            cg = dict(first=cf, last=R.choice([last, R.choice(LAST)]), rel=R.choice(["SPO", "SIB", "CHD", "FND"]),
                      phone=phone_digits(area), email=email_for(cf, last))
    p["cg"] = cg
    return p


PATIENTS = [make_patient(i) for i in range(40)]

HCPS = []
for fn, ln, clinic, addr, city, st, zp, ph, fx, ip in [
    ("Adaeze", "Whitford", "Great Lakes Genetics Clinic", "2200 Euclid Ave", "Cleveland", "OH", "44106", "2164440192", "2164440193", "199.47.18.22"),
    ("Henrik", "Salazar-Moen", "Children's Metabolic Center of Texas", "6621 Fannin St", "Houston", "TX", "77030", "8327241100", "8327241199", "165.91.3.140"),
    ("Priscilla", "Oyelowo", "Mountain West Lysosomal Program", "50 N Medical Dr", "Salt Lake City", "UT", "84132", "8015817700", "8015817712", "155.101.77.9"),
    ("Gideon", "Achterberg", "Pacific Rare Disease Associates", "1100 Ninth Ave", "Seattle", "WA", "98101", "2066243300", "2066243301", "205.175.106.3"),
    ("Marguerite", "Tan", "Southeast Genetic Medicine", "1365 Clifton Rd NE", "Atlanta", "GA", "30322", "4047786500", "4047786501", "170.140.2.88"),
]:
    HCPS.append(dict(first=fn, last=ln, clinic=clinic, addr=addr, city=city, st=st,
                     zip=zp, phone=ph, fax=fx, npi=npi(), dea=dea(ln), ip=ip))

STAFF_CM = ["jtorres", "abelcourt", "mkhoury", "sdiallo", "rquintanilla", "tbergstrom"]
NURSES = [("NE0147", "Renata Vail, RN"), ("NE0152", "Marcus Oyelaran, RN, CNE"),
          ("NE0163", "Dolores Whitcomb, BSN"), ("NE0171", "Tae-yang Moss, RN")]
SPS = [("BrightPath Specialty Pharmacy", "4812345"), ("Orion Rare Rx", "0534122"),
       ("Keystone Specialty Solutions", "3927781")]
LOTS = ["ZV24A117", "ZV24B031", "ZV24B118", "ZV23K204"]
NDC = "71234-0101-01"
HUB_ADDR = "1200 Meridian Pkwy, Suite 400, Morrisville, NC 27560"
HUB_PHONE = "8445550142"
HUB_FAX = "8445550143"

# --------------------------------------------------------------------------
# clock
CLOCK = [datetime(2024, 10, 15, 6, 0, 3, 117000)]


def tick():
    CLOCK[0] += timedelta(seconds=R.randint(1, 55), milliseconds=R.randint(0, 999))
    return CLOCK[0]


def iso(t, z="Z"):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d" % (t.microsecond // 1000) + z


def near_future(a=1, b=21):
    return TODAY + timedelta(days=R.randint(a, b))


def near_past(a=1, b=30):
    return TODAY - timedelta(days=R.randint(a, b))


def pt():
    return R.choice(PATIENTS)


def pt_adult():
    return R.choice([p for p in PATIENTS if p["age"] >= 18])


def fullname(p):
    return p["first"] + " " + p["last"]


# --------------------------------------------------------------------------
# event generators; each returns a list of Line
HOSTS = ["hub-app-01", "hub-app-03", "edi-gw-02", "sftp-01", "pv-intake-01", "ne-sched-02"]


def ev_syslog():
    t = tick()
    ts = t.strftime("%b %d %H:%M:%S")
    h = R.choice(HOSTS)
    k = R.randint(0, 8)
    pid = R.randint(900, 65000)
    if k == 0:
        return [Line("syslog", "%s %s sshd[%d]: Accepted publickey for deploy from 10.20.%d.%d port %d ssh2: ED25519 SHA256:%s"
                     % (ts, h, pid, R.randint(0, 9), R.randint(2, 250), R.randint(40000, 65000),
                        base64.b64encode(bytes(R.randint(0, 255) for _ in range(32))).decode().rstrip("=")))]
    if k == 1:
        return [Line("syslog", "%s %s CRON[%d]: (root) CMD (/opt/hub/bin/sftp-sweep.sh --partner=bridgewell >/dev/null 2>&1)" % (ts, h, pid))]
    if k == 2:
        return [Line("syslog", "%s %s systemd[1]: Started bv-engine.service - Halcyra Connect BV engine 3.14.%d." % (ts, h, R.randint(0, 9)))]
    if k == 3:
        return [Line("syslog", "%s %s chronyd[%d]: Selected source 169.254.169.123 (stratum 3), offset -0.000%03d s" % (ts, h, pid, R.randint(1, 999)))]
    if k == 4:
        return [Line("syslog", "%s %s kernel: [%d.%06d] nf_conntrack: table full, dropping packet" % (ts, h, R.randint(10000, 999999), R.randint(0, 999999)))]
    if k in (5, 6):
        p = pt()
        who = p["cg"] if p["cg"] and R.random() < 0.5 else p
        qid = "".join(R.choice("0123456789ABCDEF") for _ in range(10))
        return [Line("syslog", "%s mta-01 postfix/smtp[%d]: %s: to=<" % (ts, pid, qid), P(who["email"], "email"),
                     ">, relay=mx.%s[%s]:25, delay=%.2f, delays=0.02/0/0.31/0.4, dsn=2.0.0, status=sent (250 2.0.0 OK)"
                     % (who["email"].split("@")[1], "142.250.%d.%d" % (R.randint(0, 255), R.randint(1, 254)), R.random() * 2))]
    if k == 7:
        qid = "".join(R.choice("0123456789ABCDEF") for _ in range(10))
        return [Line("syslog", "%s mta-01 postfix/smtp[%d]: %s: to=<reimbursement-ops@halcyra.com>, relay=smtp.halcyra.com[52.96.%d.%d]:25, delay=0.8, dsn=2.0.0, status=sent (250 OK)"
                     % (ts, pid, qid, R.randint(0, 255), R.randint(1, 254)))]
    return [Line("syslog", "%s %s sudo[%d]:   svc_edi : TTY=unknown ; PWD=/opt/edi ; USER=root ; COMMAND=/usr/bin/systemctl restart x12-router" % (ts, h, pid))]


UAS = ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
       'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36',
       'Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.6613.127 Mobile Safari/537.36',
       'ELB-HealthChecker/2.0', 'kube-probe/1.29']


def ev_nginx():
    t = tick()
    ts = t.strftime("[%d/%b/%Y:%H:%M:%S +0000]")
    k = R.choice([0, 0, 1, 1, 2, 2, 3, 4, 5, 6])
    rt = "%.3f" % (R.random() * 0.4)
    if k == 0:
        return [Line("nginx", '10.20.%d.%d - - %s "GET /healthz HTTP/1.1" 200 2 "-" "%s" rt=0.001 vhost=patient.halcyraconnect.com'
                     % (R.randint(0, 9), R.randint(2, 250), ts, UAS[3]))]
    if k in (1, 2):
        h = R.choice(HCPS)
        path = R.choice(["/hcp/api/v2/enrollments?status=pending&page=%d" % R.randint(1, 4),
                         "/hcp/assets/app.7f3c91e2.js", "/hcp/api/v2/forms/ZLV-ENR-v7.pdf",
                         "/hcp/api/v2/bv-summary?npi=%s" % h["npi"]])
        return [Line("nginx", '%s - hcp_%s %s "GET %s HTTP/2.0" 200 %d "https://hcp.halcyraconnect.com/dashboard" "%s" rt=%s vhost=hcp.halcyraconnect.com'
                     % (h["ip"], h["last"].lower().replace("-", ""), ts, path, R.randint(300, 90000), UAS[1], rt))]
    p = pt()
    ua = R.choice(UAS[:3])
    if k == 3:
        return [Line("nginx", P(p["ip"], "ip"), ' - - %s "GET /static/css/main.%s.css HTTP/2.0" 200 %d "https://patient.halcyraconnect.com/login" "%s" rt=%s vhost=patient.halcyraconnect.com'
                     % (ts, hexs(8), R.randint(4000, 30000), ua, rt))]
    if k == 4:
        return [Line("nginx", P(p["ip"], "ip"), ' - - %s "POST /patient/api/v1/auth/otp/verify HTTP/2.0" %d 87 "-" "%s" rt=%s vhost=patient.halcyraconnect.com'
                     % (ts, R.choice([200, 200, 401]), ua, rt))]
    if k == 5:
        return [Line("nginx", P(p["ip"], "ip"), ' - - %s "GET /patient/api/v1/cases/' % ts, P(p["hub"], "other_id"),
                     '/documents?type=EOB HTTP/2.0" 200 %d "https://patient.halcyraconnect.com/my-case" "%s" rt=%s vhost=patient.halcyraconnect.com'
                     % (R.randint(500, 9000), ua, rt))]
    return [Line("nginx", P(p["ip"], "ip"), ' - - %s "PUT /patient/api/v1/profile/contact HTTP/2.0" 204 0 "https://patient.halcyraconnect.com/profile" "%s" rt=%s vhost=patient.halcyraconnect.com'
                 % (ts, ua, rt))]


def ev_sfdc():
    t = tick()
    k = R.choice([0, 0, 1, 1, 2, 3, 4, 5])
    base = {"ts": iso(t), "org": "00D5e000000HcNx", "logger": "HubCaseEventPublisher"}
    if k == 0:
        o = dict(base, eventType="ApexExecution", className=R.choice(["HubNightlyBVRetryBatch", "SPStatusIngestQueueable", "FoundationGrantSync"]),
                 jobId=sfid("707"), recordsProcessed=R.randint(10, 900), cpuTimeMs=R.randint(400, 9000), status="Completed")
        return [jline("sfdc_json", o, sep=(", ", ": "))]
    if k == 1:
        o = dict(base, eventType="LoginEvent", userId=sfid("005"), username="%s@halcyraconnect.com.hub" % R.choice(STAFF_CM),
                 sourceIp="52.44.%d.%d" % (R.randint(0, 255), R.randint(1, 254)), loginType="SAML Sfdc Initiated SSO", status="Success")
        return [jline("sfdc_json", o, sep=(", ", ": "))]
    p = pt()
    if k == 2:
        o = dict(base, eventType="CaseCreate", userId=sfid("005"), record={
            "Hub_Case_ID__c": P(p["hub"], "other_id"), "AccountId": P(p["sf"], "other_id"),
            "Account.Name": P(fullname(p), "name"), "Account.PersonBirthdate": P(p["dob"].isoformat(), "date"),
            "Origin": R.choice(["Fax", "eEnroll", "Phone", "HCP Portal"]), "Status": "Intake",
            "Therapy__c": "ZELVORIA", "Primary_Dx__c": p["disease"][1],
            "Prescriber_NPI__c": R.choice(HCPS)["npi"], "Owner": R.choice(STAFF_CM)})
        return [jline("sfdc_json", o, asc=True, sep=(", ", ": "))]
    if k == 3:
        o = dict(base, eventType="CaseUpdate", userId=sfid("005"), record={
            "Hub_Case_ID__c": P(p["hub"], "other_id"),
            "Status": R.choice(["BV Complete", "PA Submitted", "PA Approved", "Referred to SP", "Foundation Pending", "Active - On Therapy"]),
            "LastModifiedBy": R.choice(STAFF_CM)})
        return [jline("sfdc_json", o, sep=(", ", ": "))]
    if k == 4:
        c = p["cg"]
        if not c:
            return ev_sfdc()
        o = dict(base, eventType="ContactRelationUpsert", record={
            "AccountId": P(p["sf"], "other_id"), "Related_Contact__c": P(c["first"] + " " + c["last"], "name"),
            "Relationship__c": {"MTH": "Mother", "FTH": "Father", "GRD": "Legal Guardian", "GMO": "Grandmother",
                                "SPO": "Spouse", "SIB": "Sibling", "CHD": "Adult Child", "FND": "Friend"}[c["rel"]],
            "MobilePhone": P(fmt_phone(c["phone"], 1), "phone"), "HIPAA_Auth_On_File__c": True,
            "Preferred_Language__c": p["lang"]})
        return [jline("sfdc_json", o, asc=True, sep=(", ", ": "))]
    o = dict(base, eventType="DocumentLinked", record={
        "Hub_Case_ID__c": P(p["hub"], "other_id"), "DocType": R.choice(["Enrollment Form", "Insurance Card", "PA Approval Letter"]),
        "Url": P("https://halcyra.my.salesforce.com/sfc/servlet.shepherd/document/download/069%s?case=%s" % (hexs(12), p["hub"]), "url"),
        "SizeBytes": R.randint(40000, 2000000)})
    return [jline("sfdc_json", o, sep=(", ", ": "))]


def ev_bv():
    t = tick()
    tr = hexs(32)
    L = Line("bv_logfmt")
    k = R.choice([0, 0, 1, 1, 2, 3, 4, 5])
    if k == 0:
        payer = R.choice(PAYERS)
        return [logfmt(L, [("ts", iso(t)), ("level", "warn"), ("svc", "bv-engine"), ("msg", "payer timeout, retrying"),
                           ("payer_id", payer[1]), ("attempt", R.randint(2, 3)), ("latency_ms", R.randint(8000, 30000)), ("trace_id", tr)])]
    if k == 1:
        return [logfmt(L, [("ts", iso(t)), ("level", "info"), ("svc", "bv-engine"), ("msg", "queue depth"),
                           ("queue", "bv.requests"), ("depth", R.randint(0, 140)), ("consumers", 6), ("version", "3.14.2+g%s" % hexs(7))])]
    p = pt()
    h = R.choice(HCPS)
    if k in (2, 3):
        dos = near_future(2, 20)
        return [logfmt(L, [("ts", iso(t)), ("level", "info"), ("svc", "bv-engine"), ("msg", "eligibility request"),
                           ("case", P(p["hub"], "other_id")), ("payer", p["payer"][0]), ("payer_id", p["payer"][1]),
                           ("member_id", P(p["member"], "health_plan")), ("dos", P(dos.isoformat(), "date")),
                           ("svc_type", R.choice(["88", "30", "BV"])), ("rendering_npi", h["npi"]), ("trace_id", tr)])]
    if k == 4:
        return [logfmt(L, [("ts", iso(t)), ("level", "info"), ("svc", "bv-engine"), ("msg", "eligibility response"),
                           ("case", P(p["hub"], "other_id")), ("status", "active"), ("plan_type", R.choice(["PPO", "HMO", "EPO", "MAPD", "PDP"])),
                           ("spec_rx_tier", R.choice([4, 5, 5])), ("coins_pct", R.choice([20, 25, 30, 33])),
                           ("ded_remaining", "%.2f" % R.uniform(0, 4000)), ("oop_remaining", "%.2f" % R.uniform(500, 9100)),
                           ("pa_required", R.choice(["true", "true", "false"])), ("trace_id", tr), ("dur_ms", R.randint(300, 5000))])]
    return [logfmt(L, [("ts", iso(t)), ("level", "error"), ("svc", "bv-engine"), ("msg", "subscriber not found (AAA*N**75*C)"),
                       ("case", P(p["hub"], "other_id")), ("member_id", P(p["member"], "health_plan")),
                       ("sub_name", P(p["last"].upper() + ", " + p["first"].upper(), "name")),
                       ("sub_dob", P(p["dob"].strftime("%Y%m%d"), "date")), ("ssn4", P(p["ssn"][-4:], "ssn")), ("trace_id", tr)])]


def ev_x12():
    t = tick()
    p = pt()
    h = R.choice(HCPS)
    is271 = R.random() < 0.5
    ctl = "%09d" % R.randint(1, 999999999)
    payer = p["payer"]
    rows = []
    snd, rcv = ("AVAILITY", "HALCYRAHUB") if is271 else ("HALCYRAHUB", "AVAILITY")
    rows.append(Line("x12", "ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*%s*%s*^*00501*%s*0*P*:~"
                     % (snd, rcv, t.strftime("%y%m%d"), t.strftime("%H%M"), ctl)))
    rows.append(Line("x12", "GS*%s*%s*%s*%s*%s*%d*X*005010X279A1~" % ("HB" if is271 else "HS", snd, rcv, t.strftime("%Y%m%d"), t.strftime("%H%M"), R.randint(1, 99999))))
    rows.append(Line("x12", "ST*%s*0001*005010X279A1~" % ("271" if is271 else "270")))
    rows.append(Line("x12", "BHT*0022*%s*%s*%s*%s~" % ("11" if is271 else "13", "BV" + digits(10), t.strftime("%Y%m%d"), t.strftime("%H%M%S"))))
    rows.append(Line("x12", "HL*1**20*1~"))
    rows.append(Line("x12", "NM1*PR*2*%s*****PI*%s~" % (payer[0].upper(), payer[1])))
    rows.append(Line("x12", "HL*2*1*21*1~"))
    rows.append(Line("x12", "NM1*1P*1*%s*%s****XX*%s~" % (h["last"].upper(), h["first"].upper(), h["npi"])))
    rows.append(Line("x12", "HL*3*2*22*0~"))
    rows.append(Line("x12", "TRN*%d*%s*9HALCYRA01~" % (2 if is271 else 1, digits(12))))
    rows.append(Line("x12", "NM1*IL*1*", P(ascii_fold(p["last"]).upper(), "name"), "*", P(ascii_fold(p["first"]).upper(), "name"),
                     "*%s***MI*" % p["mid"], P(p["member"], "health_plan"), "~"))
    if is271:
        rows.append(Line("x12", "N3*", P(p["street"].upper(), "address"), "~"))
        rows.append(Line("x12", "N4*", P(p["city"].upper(), "address"), "*%s*" % p["st"], P(p["zip"], "zip"), "~"))
    rows.append(Line("x12", "DMG*D8*", P(p["dob"].strftime("%Y%m%d"), "date"), "*%s~" % p["sex"]))
    dos = near_future(1, 14)
    rows.append(Line("x12", "DTP*291*D8*", P(dos.strftime("%Y%m%d"), "date"), "~"))
    if is271:
        rows.append(Line("x12", "EB*1*IND*30**%s~" % R.choice(["CHOICE PLUS", "OPEN ACCESS", "MEDICARE ADVANTAGE PPO"])))
        rows.append(Line("x12", "EB*C*IND*88***23*%.2f*****Y~" % R.choice([0, 500, 1500, 3000])))
        rows.append(Line("x12", "EB*A*IND*88***23**.%d****Y~" % R.choice([20, 25, 30])))
        rows.append(Line("x12", "MSG*SPECIALTY DRUGS REQUIRE PRIOR AUTHORIZATION CALL 18005551234~"))
    else:
        rows.append(Line("x12", "EQ*88~"))
    n = len(rows) - 1
    rows.append(Line("x12", "SE*%d*0001~" % n))
    rows.append(Line("x12", "GE*1*%s~" % rows[1].buf.decode().split("*")[6]))
    rows.append(Line("x12", "IEA*1*%s~" % ctl))
    return rows


def ev_copay():
    t = tick()
    ms = int(t.timestamp() * 1000)
    host = "copay-adj-6c9f7d%s-%s" % (hexs(3), "".join(R.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(5)))
    base = {"level": 30, "time": ms, "pid": R.randint(1, 40), "hostname": host, "reqId": "req-" + hexs(4)}
    k = R.choice([0, 1, 1, 2, 2, 3, 4, 5, 6])
    if k in (0, 1):
        o = dict(base, res={"statusCode": R.choice([200, 200, 201, 304])}, responseTime=R.randint(3, 140), msg="request completed")
        return [jline("copay_pino", o)]
    if k == 2:
        o = dict(base, msg="benefit year accumulator reset scheduled", program="ZLV-COPAY-2025", maxBenefit=25000, effective="2025-01-01")
        return [jline("copay_pino", o)]
    p = pt()
    sp = R.choice(SPS)
    if k in (3, 4):
        amt = round(R.uniform(900, 6500), 2)
        o = dict(base, msg="claim adjudicated", claim={
            "bin": "610020", "pcn": "PDMI", "group": "HZV1001", "memberId": P(p["copay_id"], "account"),
            "rxNumber": P(p["rx"], "other_id"), "ncpdp": sp[1], "ndc": NDC.replace("-", ""),
            "fillDate": P(near_past(0, 6).strftime("%Y%m%d"), "date"), "qty": R.choice([4, 6, 8]), "daysSupply": 28,
            "patientPayBefore": amt, "programPaid": round(amt - 5, 2), "patientPayAfter": 5.0, "lot": R.choice(LOTS)},
            responseTime=R.randint(20, 200))
        return [jline("copay_pino", o)]
    if k == 5:
        o = dict(base, level=50, msg="reimbursement ACH setup failed: account verification",
                 payload={"memberId": P(p["copay_id"], "account"),
                          "payee": P(fullname(p) if p["age"] >= 18 or not p["cg"] else p["cg"]["first"] + " " + p["cg"]["last"], "name"),
                          "routingNumber": R.choice(["021000021", "011401533", "071000013"]),
                          "accountNumber": P(p["bank"], "account"), "accountType": "checking",
                          "cardOnFile": "************" + p["pan"][-4:]}, err={"type": "PlaidError", "code": "INVALID_ACCOUNT_NUMBER"})
        return [jline("copay_pino", o)]
    # identity verification vendor webhook (adult patients only; minors go through the caregiver)
    p = pt_adult()
    selfie = base64.b64encode(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" +
                              bytes(R.randint(0, 255) for _ in range(R.randint(60, 120)))).decode()
    o = dict(base, msg="idv webhook received", vendor="VeriLoom", payload={
        "inquiry_id": P("inq_" + hexs(20), "other_id"), "status": "completed",
        "fields": {"name_first": P(p["first"], "name"), "name_last": P(p["last"], "name"),
                   "birthdate": P(p["dob"].isoformat(), "date"),
                   "identification_number": P(p["dl"], "license"), "issuing_state": p["st"],
                   "address_postal_code": P(p["zip"], "zip")},
        "selfie_photo": P("data:image/jpeg;base64," + selfie, "photo"), "match_score": round(R.uniform(0.8, 0.99), 3)})
    return [jline("copay_pino", o)]


def ev_foundation():
    t = tick()
    p = pt()
    ref = "BWF-%d-%06d" % (2024, R.randint(1, 999999))
    rows = [Line("foundation_xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"),
            Line("foundation_xml", "<ReferralRequest xmlns=\"urn:bridgewell:referral:v2\" submitted=\"%s\">" % iso(t, "+00:00")),
            Line("foundation_xml", "  <ReferralId>", P(ref, "other_id"), "</ReferralId>"),
            Line("foundation_xml", "  <Fund>Lysosomal Storage Disorders</Fund><SourceHub>Halcyra Connect</SourceHub><HubCaseId>",
                 P(p["hub"], "other_id"), "</HubCaseId>"),
            Line("foundation_xml", "  <Patient><FirstName>", P(p["first"], "name"), "</FirstName><LastName>",
                 P(p["last"].replace("'", "&apos;"), "name"), "</LastName><DOB>", P(p["dob"].strftime("%m/%d/%Y"), "date"), "</DOB></Patient>"),
            Line("foundation_xml", "  <Address><Line1>", P(p["street"], "address"), "</Line1><City>", P(p["city"].replace("'", "&apos;"), "address"),
                 "</City><State>%s</State><Zip>" % p["st"], P(p["zip"], "zip"), "</Zip></Address>"),
            Line("foundation_xml", "  <Phone type=\"home\">", P(fmt_phone(p["phone"], 0), "phone"), "</Phone>"),
            Line("foundation_xml", "  <Insurance><PlanType>%s</PlanType><MemberId>" % p["payer"][2].upper(), P(p["member"], "health_plan"),
                 "</MemberId></Insurance>"),
            Line("foundation_xml", "  <Financial><HouseholdSize>%d</HouseholdSize><AnnualIncome>%d</AnnualIncome><FPL>%d</FPL></Financial>"
                 % (R.randint(1, 6), R.randint(18, 140) * 1000, R.randint(120, 500))),
            Line("foundation_xml", "  <Diagnosis code=\"%s\">%s</Diagnosis><Medication ndc=\"%s\">ZELVORIA</Medication>"
                 % (p["disease"][1], p["disease"][0], NDC)),
            Line("foundation_xml", "</ReferralRequest>")]
    if R.random() < 0.6:
        eff = near_past(0, 3)
        rows.append(Line("foundation_xml", "<ReferralResponse><ReferralId>", P(ref, "other_id"), "</ReferralId><Status>APPROVED</Status><GrantId>",
                         P("G" + digits(8), "other_id"), "</GrantId><EffectiveDate>", P(eff.isoformat(), "date"),
                         "</EffectiveDate><Amount currency=\"USD\">%d</Amount></ReferralResponse>" % R.choice([7500, 10000, 15000])))
    return rows


def ev_hl7():
    t = tick()
    p = pt()
    h = R.choice(HCPS)
    sp = R.choice(SPS)
    cid = "HUB%s%04d" % (t.strftime("%y%m%d"), R.randint(1, 9999))
    ts = t.strftime("%Y%m%d%H%M%S")
    if R.random() < 0.3:
        return [Line("hl7v2", "MSH|^~\\&|%s|SP|HALCYRA_HUB|HCONNECT|%s||ACK^O01|ACK%s|P|2.5.1" % (sp[0].split()[0].upper(), ts, digits(8))),
                Line("hl7v2", "MSA|AA|%s|Message accepted" % cid)]
    rows = [Line("hl7v2", "MSH|^~\\&|HALCYRA_HUB|HCONNECT|%s|SP%s|%s||ORM^O01|%s|P|2.5.1" % (sp[0].split()[0].upper(), sp[1], ts, cid))]
    nm = ascii_fold(p["last"]).upper() + "^" + ascii_fold(p["first"]).upper() + "^" + p["mid"]
    rows.append(Line("hl7v2", "PID|1||", P(p["hub"], "other_id"), "^^^HCONNECT^PI~", P(p["mrn"], "mrn"),
                     "^^^%s^MR||" % h["clinic"].split()[0].upper()[:6], P(nm, "name"), "||", P(p["dob"].strftime("%Y%m%d"), "date"),
                     "|%s|||" % p["sex"], P(p["street"], "address"), "^^", P(p["city"], "address"), "^%s^" % p["st"], P(p["zip"], "zip"),
                     "^USA||", P(fmt_phone(p["phone"], 3), "phone"), "^PRN^PH~^NET^Internet^", P(p["email"], "email"), "||%s" % p["lang"]))
    if p["cg"]:
        c = p["cg"]
        rows.append(Line("hl7v2", "NK1|1|", P(ascii_fold(c["last"]).upper() + "^" + ascii_fold(c["first"]).upper(), "name"),
                         "|%s||" % c["rel"], P(fmt_phone(c["phone"], 3), "phone"), "^PRN^CP||EC"))
    rows.append(Line("hl7v2", "IN1|1|%s|%s|%s||||" % ("SPEC" if p["payer"][2] == "commercial" else p["payer"][2].upper(), p["payer"][1], p["payer"][0]),
                     p["group"], "|||||||||", P(ascii_fold(p["last"]).upper() + "^" + ascii_fold(p["first"]).upper(), "name"),
                     "|SEL||||||||||||||||||", P(p["member"], "health_plan")))
    rows.append(Line("hl7v2", "ORC|NW|%s||||||||||%s^%s^%s^^^^MD^^^^NPI" % (cid, h["npi"], h["last"].upper(), h["first"].upper())))
    rows.append(Line("hl7v2", "RXO|%s^ZELVORIA 35MG/VIAL^NDC||%s||mg|IV||||%d|vial||||1mg/kg q2wk; wt 38.4kg" % (NDC, R.choice(["35", "70", "105"]), R.randint(2, 6))))
    rows.append(Line("hl7v2", "DG1|1||%s^%s^I10" % (p["disease"][1], p["disease"][0])))
    return rows


def ev_sp():
    t = tick()
    sp = R.choice(SPS)
    k = R.choice([0, 1, 1, 2, 3, 4, 5])
    if k == 0:
        return [Line("sp_psv", "H|%s|HALCYRA|%s|ZLV_STATUS_V4|%s" % (sp[1], t.strftime("%Y%m%d"), "SPSTAT_%s_%s.txt" % (sp[1], t.strftime("%Y%m%d%H%M"))))]
    if k == 1:
        return [Line("sp_psv", "T|%s|%d|%s" % (sp[1], R.randint(20, 400), hashlib.md5(str(R.random()).encode()).hexdigest()))]
    p = pt()
    st, sub = R.choice([("ACTIVE", "SHIPPED"), ("PENDING", "PA_IN_PROCESS"), ("PENDING", "BENEFITS_INVESTIGATION"),
                        ("ACTIVE", "REFILL_REMINDER"), ("CANCELLED", "PATIENT_DECLINED"), ("ACTIVE", "DELIVERED")])
    sd = near_past(0, 3)
    ship = (P(near_past(0, 2).strftime("%Y%m%d"), "date") if sub in ("SHIPPED", "DELIVERED") else "")
    return [Line("sp_psv", "D|%s|" % sp[1], P(p["hub"], "other_id"), "|", P(p["token"], "other_id"), "|%s|%s|" % (st, sub),
                 P(sd.strftime("%Y%m%d"), "date"), "|%s|%s|28|" % (NDC.replace("-", ""), R.choice([4, 6, 8])), ship,
                 "|%s|%s" % (R.choice(LOTS) if ship else "", p["payer"][2][:3].upper()))]


def ev_ne():
    t = tick()
    ts = t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)
    ne = R.choice(NURSES)
    k = R.choice([0, 0, 1, 1, 2, 3, 4, 5])
    L = Line("ne_kv", ts, " INFO  [ne-sched] ")
    if k == 0:
        return [logfmt(L, [("evt", "ROUTE_OPTIMIZED"), ("ne_id", ne[0]), ("stops", R.randint(2, 6)), ("miles", "%.1f" % R.uniform(20, 240)),
                           ("solver_ms", R.randint(40, 900)), ("fleet_plate", "NC:PZL-%04d" % R.randint(1000, 9999))])]
    if k == 1:
        return [logfmt(L, [("evt", "NE_SHIFT_START"), ("ne_id", ne[0]), ("ne_nm", ne[1]), ("region", R.choice(["MIDWEST", "SOUTH", "WEST", "NE"])),
                           ("tablet_sn", "R9TW%s" % digits(7))])]
    p = pt()
    if k in (2, 3):
        vd = near_future(1, 20)
        addr = M(P(p["street"], "address"), ", ", P(p["city"], "address"))
        return [logfmt(L, [("evt", "VISIT_BOOKED"), ("ne_id", ne[0]), ("ne_nm", ne[1]), ("pt_ref", P(p["hub"], "other_id")),
                           ("pt_nm", P(fullname(p), "name")), ("vst_dt", P(vd.strftime("%m/%d/%Y"), "date")), ("vst_tm", R.choice(["09:00", "10:30", "13:15", "15:45"])),
                           ("loc", R.choice(["HOME", "HOME", "INF_CTR"])), ("addr", addr), ("st", p["st"]), ("cp", P(p["zip"], "zip")),
                           ("tipo", R.choice(["INF_TRAIN", "ONBOARD", "REFRESH"])), ("idioma", p["lang"])])]
    if k == 4:
        plate_v = p["st"] + ":" + p["plate"]
        return [logfmt(L, [("evt", "TRAVEL_ASSIST_APPROVED"), ("pt_ref", P(p["hub"], "other_id")), ("center", "Great Lakes Genetics Clinic"),
                           ("parking_pass", 1), ("plate", P(plate_v, "vehicle")), ("vin", P(p["vin"], "vehicle")),
                           ("mileage_rate", "0.21"), ("approver", R.choice(STAFF_CM))])]
    vd = near_past(1, 5)
    note = R.choice([
        M("Visita completada. ", P(p["first"], "name"), " se autoadministró con supervisión; mamá presente. Sin reacciones."),
        M("Visit done w/ ", P(fullname(p), "name"), ", reviewed premeds & pump setup (SN ", P(p["pump"], "device"), "). Pt tolerated well."),
        M("Pt ", P(p["first"], "name"), " asked to move next visit; cb ", P(fmt_phone(p["phone"], 1), "phone"), " after 5pm."),
    ])
    return [logfmt(L, [("evt", "VISIT_NOTE"), ("ne_id", ne[0]), ("pt_ref", P(p["hub"], "other_id")), ("vst_dt", P(vd.isoformat(), "date")),
                       ("note", note)])]


def ev_ae(old=False):
    t = tick()
    p = pt()
    ne = R.choice(NURSES)
    h = R.choice(HCPS)
    aeid = "AE-24-%06d" % R.randint(1, 40000)
    onset = near_past(0, 6)
    head = "%s [PV-INTAKE] case=" % t.strftime("%Y-%m-%d %H:%M:%S")
    k = 4 if old else R.randint(0, 4)
    if k == 0 and p["cg"]:
        c = p["cg"]
        return [Line("ae_text", head, P(aeid, "other_id"), " src=PHONE reporter=CAREGIVER :: Rcvd call from ", P(c["first"] + " " + c["last"], "name"),
                     " (%s) cb " % {"MTH": "mother", "FTH": "father", "GRD": "guardian", "GMO": "grandmother", "SPO": "spouse",
                                   "SIB": "sibling", "CHD": "son/daughter", "FND": "friend"}[c["rel"]],
                     P(fmt_phone(c["phone"], 0), "phone"), " re pt ", P(fullname(p), "name"), " DOB ", P(p["dob"].strftime("%m/%d/%Y"), "date"),
                     ". Fever 38.9C and urticaria ~2h after home infusion on ", P(onset.strftime("%m/%d/%Y"), "date"),
                     ". %s present, infusion stopped, diphenhydramine given. Lot %s. HCP Dr. %s notified. Non-serious per reporter. 15-day clock starts %s."
                     % (ne[1], R.choice(LOTS), h["last"], t.strftime("%m/%d")))]
    if k == 1:
        return [Line("ae_text", head, P(aeid, "other_id"), " src=NE reporter=HCP :: %s reports pt hub# " % ne[1], P(p["hub"], "other_id"),
                     " experienced chills, rigors during infusion #%d on " % R.randint(2, 40), P(onset.isoformat(), "date"),
                     "; rate reduced to 25 mL/h, resolved in 40 min. Pump ", P(p["pump"], "device"), " alarm log attached.")]
    if k == 2:
        return [Line("ae_text", head, P(aeid, "other_id"), " src=PHONE lang=es reporter=PATIENT :: Paciente ", P(fullname(p), "name"),
                     " refiere dolor de cabeza y náuseas desde el ", P(onset.strftime("%d/%m/%Y"), "date"),
                     ". Sin hospitalización. Tel. ", P(fmt_phone(p["phone"], 1), "phone"), ". Traducción por intérprete ID 44817.")]
    if k == 3:
        return [Line("ae_text", head, P(aeid, "other_id"), " status=TRIAGED seriousness=NON-SERIOUS expectedness=LISTED meddra_pt=10046735 (Urticaria) assigned=pv.%s duplicate_check=PASS"
                     % R.choice(["okeefe", "lindahl", "boateng"]))]
    if old or R.random() < 0.3:
        p = PATIENTS[7]  # the 91-year-old
    agestr = str(p["age"])
    if p["age"] > 89:
        return [Line("ae_text", head, P(aeid, "other_id"), " src=SP reporter=PHARMACIST :: %s pharmacist reports " % R.choice(SPS)[0],
                     P(agestr, "age"), "yo %s pt (Rx " % ("F" if p["sex"] == "F" else "M"), P(p["rx"], "other_id"),
                     ") fell at home on ", P(onset.isoformat(), "date"), ", hospitalized overnight. Causality unknown. Serious (hospitalization).")]
    return [Line("ae_text", head, P(aeid, "other_id"), " src=SP reporter=PHARMACIST :: %s pharmacist reports %syo %s pt (Rx " % (R.choice(SPS)[0], agestr, p["sex"]),
                 P(p["rx"], "other_id"), ") missed 2 doses due to shipping delay; no AE symptoms reported. Product complaint PC-%d opened." % R.randint(10000, 99999))]


def ev_e2b():
    t = tick()
    p = pt()
    h = R.choice(HCPS)
    onset = near_past(1, 10)
    start = date(R.randint(2019, 2024), R.randint(1, 12), R.randint(1, 28))
    if start > onset:
        start = onset - timedelta(days=90)
    rid = "US-HALCYRA-%d%s%06d" % (2024, "HC", R.randint(1, 999999))
    ini = p["first"][0] + "." + p["last"].replace("van der ", "V").replace("De La ", "D")[0] + "."
    rows = [
        Line("e2b_xml", "<safetyreport>"),
        Line("e2b_xml", "  <safetyreportversion>%d</safetyreportversion><safetyreportid>" % R.randint(1, 3), P(rid, "other_id"), "</safetyreportid>"),
        Line("e2b_xml", "  <primarysourcecountry>US</primarysourcecountry><receivedateformat>102</receivedateformat><receivedate>%s</receivedate>" % t.strftime("%Y%m%d")),
        Line("e2b_xml", "  <serious>%d</serious><seriousnesshospitalization>%d</seriousnesshospitalization>" % (R.randint(1, 2), R.randint(1, 2))),
        Line("e2b_xml", "  <primarysource><reportergivename>%s</reportergivename><reporterfamilyname>%s</reporterfamilyname><qualification>1</qualification></primarysource>"
             % (h["first"], h["last"])),
        Line("e2b_xml", "  <patient><patientinitial>", P(ini, "name"), "</patientinitial><patientbirthdateformat>102</patientbirthdateformat><patientbirthdate>",
             P(p["dob"].strftime("%Y%m%d"), "date"), "</patientbirthdate><patientsex>%d</patientsex><patientweight>%.1f</patientweight>"
             % (1 if p["sex"] == "M" else 2, R.uniform(14, 45) if p["age"] < 18 else R.uniform(48, 105))),
        Line("e2b_xml", "    <reaction><primarysourcereaction>%s</primarysourcereaction><reactionmeddraversionllt>27.0</reactionmeddraversionllt><reactionstartdate>"
             % R.choice(["Infusion related reaction", "Urticaria", "Pyrexia", "Anaphylactic reaction", "Headache"]),
             P(onset.strftime("%Y%m%d"), "date"), "</reactionstartdate><reactionoutcome>%d</reactionoutcome></reaction>" % R.randint(1, 3)),
        Line("e2b_xml", "    <drug><drugcharacterization>1</drugcharacterization><medicinalproduct>ZELVORIA</medicinalproduct><drugbatchnumb>%s</drugbatchnumb><drugstartdate>"
             % R.choice(LOTS), P(start.strftime("%Y%m%d"), "date"), "</drugstartdate></drug>"),
        Line("e2b_xml", "  </patient>"),
        Line("e2b_xml", "</safetyreport>"),
    ]
    return rows


def ev_java():
    t = tick()
    ts = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)
    th = "nio-8080-exec-%d" % R.randint(1, 12)
    p = pt()
    if R.random() < 0.5:
        return [
            Line("java_trace", "%s ERROR 1 --- [%s] c.h.hub.enroll.EnrollmentService       : Enrollment persist failed for case " % (ts, th), P(p["hub"], "other_id")),
            Line("java_trace", "org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [uk_patient_lastname_dob]"),
            Line("java_trace", "\tat org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:276)"),
            Line("java_trace", "\tat com.halcyra.hub.enroll.EnrollmentService.persist(EnrollmentService.java:%d)" % R.randint(80, 400)),
            Line("java_trace", "\tat com.halcyra.hub.enroll.EnrollmentController.submit(EnrollmentController.java:%d)" % R.randint(40, 200)),
            Line("java_trace", "Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint \"uk_patient_lastname_dob\""),
            Line("java_trace", "  Detail: Key (last_name, birth_date)=(", P(p["last"], "name"), ", ", P(p["dob"].isoformat(), "date"), ") already exists."),
            Line("java_trace", "\t... 87 common frames omitted"),
        ]
    payer = R.choice(PAYERS)
    return [
        Line("java_trace", "%s WARN 1 --- [%s] c.h.hub.pa.CoverMyMedsClient          : PA status poll failed payer=%s attempt=%d" % (ts, th, payer[1], R.randint(1, 5))),
        Line("java_trace", "org.springframework.web.client.ResourceAccessException: I/O error on GET request for \"https://api.ePAvendor.example/v4/requests/PA-%s\": Read timed out" % digits(9)),
        Line("java_trace", "\tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:915)"),
        Line("java_trace", "\tat com.halcyra.hub.pa.CoverMyMedsClient.poll(CoverMyMedsClient.java:%d)" % R.randint(50, 300)),
        Line("java_trace", "Caused by: java.net.SocketTimeoutException: Read timed out"),
        Line("java_trace", "\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)"),
    ]


def ev_pg():
    t = tick()
    ts = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC" % (t.microsecond // 1000)
    pid = R.randint(1000, 60000)
    k = R.choice([0, 0, 1, 1, 2, 3, 4, 5])
    if k == 0:
        return [Line("pgaudit", "%s [%d] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, 1 recycled; write=%.3f s, sync=0.004 s, total=%.3f s"
                     % (ts, pid, R.randint(100, 9000), R.random() * 10, R.random() * 30, R.random() * 31))]
    if k == 1:
        return [Line("pgaudit", "%s [%d] hubapp@hubdb LOG:  duration: %.3f ms  statement: SELECT count(*) FROM sp_status WHERE received_at > now() - interval '1 hour'"
                     % (ts, pid, R.random() * 900))]
    p = pt()
    n = R.randint(1, 9000)
    if k == 2:
        return [Line("pgaudit", "%s [%d] hubapp@hubdb LOG:  AUDIT: SESSION,%d,1,READ,SELECT,,,\"SELECT id, first_name, last_name, birth_date FROM patient WHERE hub_case_id = '" % (ts, pid, n),
                     P(p["hub"], "other_id"), "'\",<not logged>")]
    if k == 3:
        return [Line("pgaudit", "%s [%d] hubapp@hubdb LOG:  AUDIT: SESSION,%d,1,WRITE,UPDATE,,,\"UPDATE patient SET phone_mobile = '" % (ts, pid, n),
                     P(fmt_phone(p["phone"], 3), "phone"), "', email = '", P(p["email"], "email"), "', updated_by = '%s' WHERE id = %d\",<not logged>"
                     % (R.choice(STAFF_CM), R.randint(10000, 99999)))]
    if k == 4:
        return [Line("pgaudit", "%s [%d] analyst_ro@hubdb LOG:  AUDIT: SESSION,%d,1,READ,SELECT,,,\"SELECT * FROM patient WHERE lower(last_name) = '" % (ts, pid, n),
                     P(p["last"].lower().replace("'", "''"), "name"), "' AND birth_date = '", P(p["dob"].isoformat(), "date"), "'\",<not logged>")]
    return [Line("pgaudit", "%s [%d] hubapp@hubdb ERROR:  value too long for type character varying(9) at character 88" % (ts, pid)),
            Line("pgaudit", "%s [%d] hubapp@hubdb STATEMENT:  INSERT INTO patient_ssn (patient_id, ssn_enc, ssn_last4) VALUES (%d, pgp_sym_encrypt('" % (ts, pid, R.randint(10000, 99999)),
                 P(p["ssn"], "ssn"), "', current_setting('hub.k')), '", P(p["ssn"][-4:], "ssn"), "')")]


def pct(s):
    out = []
    for ch in s:
        if ch.isalnum() and ord(ch) < 128 or ch in "-_.":
            out.append(ch)
        elif ch == " ":
            out.append("+")
        else:
            out.append("".join("%%%02X" % b for b in ch.encode()))
    return "".join(out)


def ev_sms():
    t = tick()
    p = pt()
    who = p["cg"] if p["cg"] and R.random() < 0.5 else p
    sid = "SM" + hexs(32)
    k = R.choice([0, 1, 2, 2, 3])
    if k == 0:
        body = R.choice(["YES", "STOP", "Si, confirmo", "Can someone call me about my card?"])
        return [Line("sms", "%s twilio-webhook INFO POST /sms/inbound body=\"ToCountry=US&SmsSid=%s&From=" % (iso(t), sid), P(pct("+1" + who["phone"]), "phone"),
                     "&To=%2B1" + HUB_PHONE + "&Body=" + pct(body) + "&NumSegments=1&ApiVersion=2010-04-01\"")]
    if k == 1:
        d = near_future(1, 6)
        return [Line("sms", "%s sms-out INFO sid=%s to=" % (iso(t), sid), P("+1" + who["phone"], "phone"), " tmpl=SHIP_CONFIRM body=\"Hi ",
                     P(p["first"], "name"), ", your ZELVORIA shipment from %s is scheduled to arrive " % R.choice(SPS)[0], P(d.strftime("%m/%d"), "date"),
                     ". Reply STOP to opt out.\"")]
    if k == 2:
        return [Line("sms", "%s sms-out INFO sid=%s status=delivered err=null segments=%d price=-0.00790 msg_svc=MG%s" % (iso(t), sid, R.randint(1, 3), hexs(32)))]
    return [Line("sms", "%s sms-out WARN sid=%s status=undelivered error_code=30006 (Landline or unreachable carrier) to=" % (iso(t), sid), P("+1" + who["phone"], "phone"))]


def ev_ivr():
    t = tick()
    end = t + timedelta(seconds=R.randint(40, 1400))
    cid = uuid4()
    k = R.choice([0, 0, 1, 2, 3])
    base = {"AWSAccountId": "418273650912", "ContactId": cid, "Channel": "VOICE",
            "InitiationTimestamp": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "DisconnectTimestamp": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "SystemEndpoint": {"Address": "+1" + HUB_PHONE, "Type": "TELEPHONE_NUMBER"}}
    rec = {"Location": "halcyra-connect-recordings/connect/hub/CallRecordings/%s/%s_%s_UTC.wav" % (t.strftime("%Y/%m/%d"), cid, t.strftime("%Y%m%dT%H:%M")),
           "Status": "AVAILABLE"}
    if k == 0:
        h = R.choice(HCPS)
        o = dict(base, CustomerEndpoint={"Address": "+1" + h["phone"], "Type": "TELEPHONE_NUMBER"},
                 Attributes={"callerType": "HCP_OFFICE", "intent": "BV_STATUS", "npi": h["npi"]},
                 Queue={"Name": "HUB_HCP_Support", "Duration": R.randint(3, 300)}, Agent={"Username": R.choice(STAFF_CM)}, Recording=rec)
        return [jline("ivr_ctr", o)]
    if k == 1:
        o = dict(base, CustomerEndpoint={"Address": "anonymous", "Type": "TELEPHONE_NUMBER"},
                 Attributes={"callerType": "UNKNOWN", "intent": "ABANDONED_IN_MENU"}, Queue=None, Agent=None, Recording=None)
        return [jline("ivr_ctr", o)]
    p = pt()
    who = p["cg"] if p["cg"] and R.random() < 0.6 else p
    attrs = {"callerType": "CAREGIVER" if who is not p else "PATIENT", "hubCaseId": P(p["hub"], "other_id"),
             "intent": R.choice(["REFILL_STATUS", "COPAY_CARD", "AE_REPORT", "NURSE_VISIT"]), "dobMatch": "true", "lang": p["lang"]}
    o = dict(base, CustomerEndpoint={"Address": P("+1" + who["phone"], "phone"), "Type": "TELEPHONE_NUMBER"}, Attributes=attrs,
             Queue={"Name": "HUB_Spanish" if p["lang"] == "es" else "HUB_Patient", "Duration": R.randint(3, 600)},
             Agent={"Username": R.choice(STAFF_CM)}, Recording=rec)
    if k == 3:
        o["VoiceIdResult"] = {"SpeakerId": P(p["speaker"], "biometric"), "Authentication": {"Decision": "AUTHENTICATED", "Score": R.randint(85, 99)}}
    return [jline("ivr_ctr", o)]


def ev_fhir():
    t = tick()
    p = pt()
    pre = "%s fhir-ingest INFO resource=" % iso(t)
    if R.random() < 0.65:
        o = {"resourceType": "Patient", "id": P(p["fhir_id"], "other_id"), "meta": {"versionId": str(R.randint(1, 6)), "lastUpdated": iso(t, "+00:00")},
             "identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
                             "system": "urn:oid:2.16.840.1.113883.3.%d" % R.randint(1000, 9999), "value": P(p["mrn"], "mrn")}],
             "name": [{"use": "official", "family": P(p["last"], "name"), "given": [P(p["first"], "name")]}],
             "telecom": [{"system": "phone", "value": P(fmt_phone(p["phone"], 1), "phone"), "use": "mobile"},
                         {"system": "email", "value": P(p["email"], "email")}],
             "gender": "female" if p["sex"] == "F" else "male", "birthDate": P(p["dob"].isoformat(), "date"),
             "address": [{"line": [P(p["street"], "address")], "city": P(p["city"], "address"), "state": p["st"], "postalCode": P(p["zip"], "zip")}]}
        return [jline("fhir", o, asc=True, prefix=pre)]
    o = {"resourceType": "Coverage", "id": "cov-" + hexs(10), "status": "active", "subscriberId": P(p["member"], "health_plan"),
         "beneficiary": {"reference": M("Patient/", P(p["fhir_id"], "other_id"))}, "relationship": {"coding": [{"code": "self"}]},
         "payor": [{"display": p["payer"][0]}], "class": [{"type": {"coding": [{"code": "group"}]}, "value": p["group"]}]}
    return [jline("fhir", o, prefix=pre)]


def ev_fixed():
    t = tick()
    k = R.random()
    if k < 0.2:
        return [Line("fixed_width", "HDR%-10s%s%-20s%s" % ("HALCYRA", t.strftime("%Y%m%d%H%M%S"), "ZLV_COPAY_ENROLL", "V03".ljust(57)))]
    if k < 0.35:
        return [Line("fixed_width", "TRL%09d%-15s%s" % (R.randint(10, 900), "ZLV_COPAY_ENROLL", " " * 66))]
    p = pt()
    last = ascii_fold(p["last"]).upper()[:20]
    first = ascii_fold(p["first"]).upper()[:12]
    return [Line("fixed_width", "D01", P(p["copay_id"], "account"), " " * (12 - len(p["copay_id"])), P(last, "name"), " " * (20 - len(last)),
                 P(first, "name"), " " * (12 - len(first)), P(p["dob"].strftime("%Y%m%d"), "date"), P(p["zip"], "zip"),
                 P(p["pan"], "account"), t.strftime("%Y%m%d"), "ZLV01 ", R.choice("ACT"), " " * 4)]


def ev_fax():
    t = tick()
    h = R.choice(HCPS)
    fid = "F%s-%06d" % (t.strftime("%Y%m%d"), R.randint(1, 999999))
    ts = t.strftime("%Y-%m-%d %H:%M:%S")
    k = R.choice([0, 0, 1, 1, 2, 3])
    if k == 0:
        return [Line("fax", "%s RFSRV01 INBOUND fax_id=%s from_csid=\"%s\" from_num=%s to_num=%s pages=%d status=OK route=INTAKE_Q dur=%ds"
                     % (ts, fid, h["clinic"][:20].upper(), h["fax"], HUB_FAX, R.randint(2, 12), R.randint(30, 300)))]
    if k == 1:
        return [Line("fax", "%s RFSRV01 OUTBOUND fax_id=%s to_num=%s doc=BV_SUMMARY pages=3 status=FAILED reason=\"NO ANSWER\" retry_in=300s"
                     % (ts, fid, h["fax"]))]
    p = pt()
    if k == 2:
        L = Line("fax", "%s RFSRV01 OCR fax_id=%s form=ZLV-ENR-v7 conf=%.2f " % (ts, fid, R.uniform(0.7, 0.99)))
        return [logfmt(L, [("pt_last", P(p["last"], "name")), ("pt_first", P(p["first"], "name")), ("dob", P(p["dob"].strftime("%m/%d/%Y"), "date")),
                           ("ins_id", P(p["member"], "health_plan")), ("ssn", P(p["ssn"] if p["i"] != 5 else ssn(False), "ssn")),
                           ("rx_npi", h["npi"]), ("rx_dea", h["dea"]), ("sig", "1 mg/kg IV q2w")])]
    return [Line("fax", "%s RFSRV01 INBOUND fax_id=%s from_csid=\"\" sender_type=PATIENT from_num=" % (ts, fid), P(p["phone"], "fax"),
                 " to_num=%s pages=2 status=OK route=INTAKE_Q note=\"income docs for case " % HUB_FAX, P(p["hub"], "other_id"), "\"")]


def ev_pump():
    t = tick()
    k = R.choice([0, 0, 1, 2, 3])
    if k == 0:
        return [Line("pump_csv", "%s,GATEWAY,,fw=4.2.%d,HEARTBEAT,,,,broker=mqtt-east.infusure.io:8883" % (iso(t), R.randint(0, 9)))]
    p = pt()
    if k == 1:
        return [Line("pump_csv", iso(t), ",PUMP,", P(p["pump"], "device"), ",fw=2.8.1,INFUSION_COMPLETE,", P(p["hub"], "other_id"),
                     ",vol_ml=%d,dur_min=%d,alarms=0" % (R.randint(100, 500), R.randint(120, 260)))]
    if k == 2:
        return [Line("pump_csv", iso(t), ",MODEM,", P(p["imei"], "device"), ",fw=LTE-M 1.4,ATTACH,,,rssi=-%d," % R.randint(60, 110))]
    return [Line("pump_csv", iso(t), ",GATEWAY,", P(p["mac"], "device"), ",fw=4.2.3,PAIRED,", P(p["hub"], "other_id"), ",,,pump=", P(p["pump"], "device"))]


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health_plan", "account",
        "license", "vehicle", "device", "url", "ip", "biometric", "photo", "other_id"}

SINGLE = [(ev_syslog, 14), (ev_nginx, 12), (ev_sfdc, 7), (ev_bv, 8), (ev_copay, 8), (ev_sp, 6), (ev_ne, 6),
          (ev_ae, 3.5), (ev_sms, 5), (ev_ivr, 5), (ev_fhir, 4), (ev_fixed, 4), (ev_fax, 5), (ev_pump, 4), (ev_pg, 6)]
MULTI = [ev_x12, ev_x12, ev_foundation, ev_foundation, ev_hl7, ev_hl7, ev_hl7, ev_hl7, ev_e2b, ev_e2b,
         ev_java, ev_java, ev_java, lambda: ev_ae(old=True), lambda: ev_ae(old=True)]


def main():
    lines = []
    fns = [e[0] for e in SINGLE]
    ws = [e[1] for e in SINGLE]
    multi = list(MULTI)
    R.shuffle(multi)
    targets = sorted(R.randint(5, N_LINES - 60) for _ in multi)
    while len(lines) < N_LINES:
        if multi and len(lines) >= targets[0]:
            targets.pop(0)
            lines.extend(multi.pop(0)())
            continue
        out = R.choices(fns, ws)[0]()
        if len(lines) + len(out) > N_LINES:
            continue
        lines.extend(out)
    assert len(lines) == N_LINES
    with open(ID + ".log", "wb") as f, open(ID + ".labels.jsonl", "w", encoding="utf-8") as g:
        for n, L in enumerate(lines, 1):
            b = bytes(L.buf)
            assert b"\n" not in b and b"\r" not in b and b, "bad line %d" % n
            b.decode("utf-8")
            prev = 0
            spans = []
            for s, e, cat, v in sorted(L.spans):
                if cat not in CATS:
                    sys.exit("line %d: bad cat %r" % (n, cat))
                if not (0 <= s < e <= len(b)):
                    sys.exit("line %d: span out of range %r" % (n, (s, e)))
                if s < prev:
                    sys.exit("line %d: overlapping span %r" % (n, (s, e)))
                if b[s:e].decode("utf-8") != v:
                    sys.exit("line %d: span text mismatch %r != %r" % (n, b[s:e], v))
                if v.strip() != v:
                    sys.exit("line %d: span has outer whitespace %r" % (n, v))
                prev = e
                spans.append({"s": s, "e": e, "cat": cat})
            f.write(b + b"\n")
            g.write(json.dumps({"line": n, "family": L.fam, "spans": spans}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
