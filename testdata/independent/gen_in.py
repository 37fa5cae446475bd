#!/usr/bin/env python3
"""Synthetic labeled log corpus "in": a health system's clinical decision support
(CDS Hooks) and SMART on FHIR app platform.

Writes in.log (500 lines) and in.labels.jsonl next to this script.  Standard
library only, deterministic (fixed seed, simulated clock).  All people,
addresses, numbers and identifiers are invented.  Phone numbers use 555-01xx,
SSNs avoid 000/666/9xx areas, card numbers are random Luhn-valid numbers
(not public test PANs).

Sources imitated: Kong/NGINX access logs (combined format) and Kong file-log
JSON, NGINX error log, Node (pino JSON, winston text, Node stack traces),
Python (logging, structlog console + JSON, uvicorn/gunicorn, tracebacks),
Drools on logback + Java stack traces, an Arden Syntax MLM engine, CDS Hooks
requests/responses/feedback/discovery, SMART token responses and OIDC claims,
CSV alert-override audit extracts, pipe-delimited consent log, FHIR XML
(Consent) and JSON (AuditEvent), HL7 v2 ADT segments, Redis server log and
MONITOR output, kubelet klog and kubectl event tables, Prometheus exposition,
ITSM ticket text.

Labeling decisions:
- Labeled people: patients, their relatives / emergency contacts, guarantors,
  insurance subscribers.  Not labeled: clinicians, pharmacists, nurses and
  other staff acting in their role (names, NPIs, Practitioner ids, user ids,
  emails, pagers), app vendors, payers, facilities, monitors.
- FHIR Patient logical ids (patientId, "patient" launch/token claim,
  Patient/<id> references, fhirUser .../Patient/<id>) -> other_id; only the id
  part is labeled, not "Patient/" or the FHIR base URL.
- Encounter ids / HL7 visit numbers in a patient context -> other_id.
  Ids of other resources (MedicationRequest, Condition, Observation, orders,
  cards, hookInstance, trace ids) are not labeled.
- Patient portal usernames, OIDC "sub" of a patient user, case / police
  report numbers -> other_id.
- MRNs (type MR, "mrn", PID-3 MR) -> mrn.  Patient account / HAR numbers and
  payment card numbers -> account.  Member ids, MBIs, Medicaid ids, policy
  numbers -> health_plan.  Driver's licence -> license.
- Dates tied to the person (birth, death, admission, onset, authoredOn,
  specimen/result effective date, consent signature and provision period,
  appointment) -> date; when a time is written with such a date the whole
  date-time is one span.  Log/record timestamps, meta.lastUpdated,
  AuditEvent.recorded, token iat/exp, build and expiry dates are not labeled.
- Ages: only ages over 89 are labeled (just the number).  Younger ages and
  birth years alone are not labeled.
- Address: street line, city and county are labeled address (separate spans
  in structured records; one span "street, city" in free text); state and
  country are not labeled; postal code -> zip.  Geo coordinates of a home
  address -> address.
- IPs: a patient's public IP (patient-facing app / portal traffic,
  X-Forwarded-For of patient apps) -> ip.  Cluster, EHR workstation, partner
  and monitoring IPs are not labeled.
- URL-encoded values (e.g. Garc%C3%ADa in a query string, %40 in an email)
  are labeled in their encoded form.  JSON-escaped payloads inside another
  string keep their spans on the escaped text.
- Device serials, UDIs, IMEI and MAC of a patient's device -> device.
  Biometric templates / template hashes -> biometric.  Base64 face photos
  (Patient.photo) -> photo.  Personal URLs (social profile, personal page) ->
  url.  VIN and plates of a patient's vehicle -> vehicle.
- Access/refresh/id tokens, API keys, client ids are not labeled (opaque).
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import unicodedata
import urllib.parse

SEED = 2121
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "in"
N_LINES = 500


# ---------------------------------------------------------------- builder
class L:
    """Line builder: list of (text, category-or-None) segments."""

    def __init__(self, family):
        self.family = family
        self.segs = []

    def t(self, s):
        s = str(s)
        if s:
            self.segs.append((s, None))
        return self

    def p(self, s, cat):
        s = str(s)
        assert s, "empty PHI segment"
        self.segs.append((s, cat))
        return self

    def x(self, other):
        self.segs.extend(other.segs)
        return self

    def text(self):
        return "".join(s for s, _ in self.segs)

    def spans(self):
        out, off = [], 0
        for s, c in self.segs:
            n = len(s.encode("utf-8"))
            if c:
                out.append({"s": off, "e": off + n, "cat": c, "_v": s})
            off += n
        return out


class P:
    """A PHI value inside a JSON structure."""

    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class M:
    """A JSON string made of plain parts and P parts."""

    def __init__(self, *parts):
        self.parts = parts


def _jstr(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jdump(obj, family=None, sep=(",", ":")):
    b = L(family)

    def enc(o):
        if isinstance(o, P):
            if isinstance(o.v, str):
                assert _jstr(o.v) == o.v, o.v
                b.t('"').p(o.v, o.cat).t('"')
            else:
                b.p(json.dumps(o.v), o.cat)
        elif isinstance(o, M):
            b.t('"')
            for part in o.parts:
                if isinstance(part, P):
                    assert _jstr(part.v) == part.v
                    b.p(part.v, part.cat)
                else:
                    b.t(_jstr(part))
            b.t('"')
        elif isinstance(o, dict):
            b.t("{")
            for i, (k, v) in enumerate(o.items()):
                if i:
                    b.t(sep[0])
                b.t(json.dumps(k, ensure_ascii=False) + sep[1])
                enc(v)
            b.t("}")
        elif isinstance(o, (list, tuple)):
            b.t("[")
            for i, v in enumerate(o):
                if i:
                    b.t(sep[0])
                enc(v)
            b.t("]")
        else:
            b.t(json.dumps(o, ensure_ascii=False))

    enc(obj)
    return b


def jesc(b):
    """Escape a built text as the body of a JSON string, keeping spans."""
    nb = L(b.family)
    for s, c in b.segs:
        e = _jstr(s)
        if c:
            assert e == s
        nb.segs.append((e, c))
    return nb


def resc(b):
    """Redis MONITOR style quoting (sdscatrepr): escape quotes/backslashes."""
    nb = L(b.family)
    for s, c in b.segs:
        e = s.replace("\\", "\\\\").replace('"', '\\"')
        assert all(ord(ch) < 128 for ch in e), e
        if c:
            assert e == s
        nb.segs.append((e, c))
    return nb


# ---------------------------------------------------------------- clock
class Clock:
    def __init__(self):
        self.now = dt.datetime(2024, 3, 12, 6, 58, 3, 118000)

    def tick(self, lo=1, hi=35):
        self.now += dt.timedelta(seconds=rng.randint(lo, hi),
                                 microseconds=rng.randint(0, 999999))
        return self.now


clk = Clock()


def iso_ms(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def iso_us(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def nginx_t(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S +0000")


def logback_t(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def logback_dot(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)


def epoch_ms(t):
    return int(t.replace(tzinfo=dt.timezone.utc).timestamp() * 1000)


def epoch_s(t):
    return int(t.replace(tzinfo=dt.timezone.utc).timestamp())


def klog_t(t):
    return t.strftime("%m%d %H:%M:%S.%f")


def redis_t(t):
    return t.strftime("%d %b %Y %H:%M:%S.") + "%03d" % (t.microsecond // 1000)


# ---------------------------------------------------------------- pools
FIRST_F = ["Adaeze", "Chioma", "Rosa", "María José", "Guadalupe", "Mei-Ling",
           "Yuki", "Priya", "Lakshmi", "Fatima", "Leila", "Agnieszka",
           "Ingrid", "Zoë", "Siobhán", "Aoife", "Ama", "Tamar", "Svetlana",
           "Leilani", "Soo-ah", "Dorothy", "Beatrice", "Margarethe",
           "Bernadette", "Thelma", "Imelda", "Ngozi", "Carmen",
           "Marie-Claire", "Anh", "Aroha", "Elif", "Thi Lan", "Hana",
           "Esperanza", "Olga", "Noor", "Winona", "Gertrude"]
FIRST_M = ["Oluwaseun", "Hiroshi", "Rajesh", "Anand", "Omar", "Yusuf",
           "Dariusz", "Łukasz", "Søren", "Björn", "José", "Seamus", "Kwame",
           "Avraham", "Nikolai", "Dmitri", "Keanu", "Ahmad", "Haruto",
           "Jae-won", "Liam", "Eugene", "Walter", "Ignatius", "Aurelio",
           "Tenzin", "Babajide", "Jean-Baptiste", "Minh", "Wiremu", "Mehmet",
           "Jürgen", "Tomás", "Kofi", "Arjun", "Giovanni", "Chukwuemeka",
           "Desmond", "Harold", "Rafael"]
LAST = ["Okonkwo", "Nwosu-Baptiste", "Adeyemi", "Chen", "Tanaka",
        "Watanabe", "Patel", "Raghunathan", "Al-Sayed", "Haddad", "Kowalski",
        "Wiśniewski", "Lindqvist", "Johansson", "García López", "de la Cruz",
        "van der Berg", "Van Houten", "O'Connor", "MacLeod", "Nguyen", "Trần",
        "Hoang", "Mensah", "Asante", "Ben-David", "Ivanova", "Petrov",
        "Kahananui", "Kim", "Park", "Yamamoto", "Murphy", "Fitzgerald-Hale",
        "Schmidt", "Müller", "Rossi", "D'Angelo", "da Silva", "dos Santos",
        "Hernández", "Quispe", "Mamani", "Sharma", "Iyer", "Dlamini",
        "Abebe", "Tesfaye", "Kaur", "Singh", "Yilmaz", "Öztürk",
        "Papadopoulos", "St. Clair", "le Roux", "von Essen", "Begay",
        "Yazzie", "Guerrero", "Achterberg"]
MIDDLE = ["", "", "", "A", "B", "C", "J", "M", "R", "T", "L", "E"]

STAFF = [("Helen", "Marchetti", "MD"), ("Kofi", "Boateng", "PharmD"),
         ("Priya", "Raman", "MD"), ("Daniel", "Okafor", "RN"),
         ("Sarah", "Lindgren", "NP"), ("Miguel", "Ocampo", "PharmD"),
         ("Anjali", "Deshpande", "MD"), ("Thomas", "Byrne", "MD"),
         ("Grace", "Liu", "PharmD"), ("Farid", "Nasser", "MD"),
         ("Noura", "Haddad", "RN"), ("Pieter", "de Vries", "MD")]

PLACES = [("Worcester", "Worcester County", "MA", "01609", 42.27, -71.80),
          ("Shrewsbury", "Worcester County", "MA", "01545", 42.29, -71.71),
          ("Framingham", "Middlesex County", "MA", "01702", 42.28, -71.42),
          ("Lowell", "Middlesex County", "MA", "01852", 42.63, -71.31),
          ("Springfield", "Hampden County", "MA", "01108", 42.08, -72.56),
          ("Fitchburg", "Worcester County", "MA", "01420", 42.58, -71.80),
          ("Providence", "Providence County", "RI", "02908", 41.84, -71.43),
          ("Pawtucket", "Providence County", "RI", "02860", 41.87, -71.38),
          ("Nashua", "Hillsborough County", "NH", "03060", 42.75, -71.46),
          ("Manchester", "Hillsborough County", "NH", "03104", 43.00, -71.44),
          ("Hartford", "Hartford County", "CT", "06106", 41.75, -72.69),
          ("New Britain", "Hartford County", "CT", "06051", 41.66, -72.78),
          ("Brockton", "Plymouth County", "MA", "02301", 42.08, -71.02),
          ("Quincy", "Norfolk County", "MA", "02169", 42.25, -71.00),
          ("Lawrence", "Essex County", "MA", "01841", 42.71, -71.16)]
STREETS = ["Hollis Ave", "Grove St", "Pleasant St", "Chandler St", "Main St",
           "Lincoln St", "Salisbury St", "Park Ave", "Mill St",
           "Highland St", "Elm St", "June St", "Burncoat St", "Water St",
           "Maple Ter", "Oak Hill Rd", "Riverside Dr", "Wachusett St",
           "Broad Street", "Cedar Ln", "Prospect Hill Rd", "Tremont Street"]
UNITS = ["", "", "", "Apt 3B", "Unit 12", "#4", "Apt 2", "Fl 3"]
MAIL = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com",
        "comcast.net", "verizon.net", "hotmail.com", "proton.me"]
AREA = ["508", "774", "978", "413", "401", "603", "860", "617", "781"]

DRUGS = {
    "warfarin": ("855332", "warfarin sodium 5 MG Oral Tablet"),
    "fluconazole": ("197698", "fluconazole 150 MG Oral Tablet"),
    "simvastatin": ("198211", "simvastatin 40 MG Oral Tablet"),
    "clarithromycin": ("197517", "clarithromycin 500 MG Oral Tablet"),
    "metformin": ("861007", "metformin hydrochloride 500 MG Oral Tablet"),
    "lisinopril": ("314076", "lisinopril 10 MG Oral Tablet"),
    "spironolactone": ("313096", "spironolactone 25 MG Oral Tablet"),
    "amiodarone": ("833528", "amiodarone hydrochloride 200 MG Oral Tablet"),
    "enoxaparin": ("854235", "enoxaparin sodium 40 MG/0.4ML Prefilled Syringe"),
    "vancomycin": ("1807513", "vancomycin 1000 MG Injection"),
    "gabapentin": ("310431", "gabapentin 300 MG Oral Capsule"),
    "ciprofloxacin": ("309309", "ciprofloxacin 500 MG Oral Tablet"),
    "tramadol": ("835603", "tramadol hydrochloride 50 MG Oral Tablet"),
    "sertraline": ("312941", "sertraline 50 MG Oral Tablet"),
    "apixaban": ("1364445", "apixaban 5 MG Oral Tablet"),
    "ondansetron": ("312086", "ondansetron 4 MG Oral Tablet"),
    "methotrexate": ("105586", "methotrexate 2.5 MG Oral Tablet"),
    "sulfamethoxazole-trimethoprim": ("198335", "sulfamethoxazole 800 MG / trimethoprim 160 MG Oral Tablet"),
}
DDI = [("warfarin", "fluconazole", "major", "CYP2C9 inhibition; INR elevation"),
       ("simvastatin", "clarithromycin", "contraindicated", "CYP3A4 inhibition; rhabdomyolysis"),
       ("spironolactone", "lisinopril", "moderate", "additive hyperkalemia"),
       ("amiodarone", "warfarin", "major", "CYP2C9/1A2 inhibition"),
       ("methotrexate", "sulfamethoxazole-trimethoprim", "major", "antifolate toxicity"),
       ("sertraline", "tramadol", "major", "serotonin syndrome; seizure threshold"),
       ("ciprofloxacin", "ondansetron", "moderate", "QT prolongation"),
       ("apixaban", "enoxaparin", "major", "duplicate anticoagulation")]
CONDS = [("44054006", "E11.9", "Type 2 diabetes mellitus"),
         ("49436004", "I48.91", "Atrial fibrillation"),
         ("431857002", "N18.4", "Chronic kidney disease stage 4"),
         ("84114007", "I50.9", "Heart failure"),
         ("13645005", "J44.9", "Chronic obstructive pulmonary disease"),
         ("38341003", "I10", "Essential hypertension"),
         ("52448006", "F03.90", "Dementia"),
         ("14140009", "E87.5", "Hyperkalemia")]
RULES = ["DDI-Major-Anticoag", "Renal-Dose-Metformin-eGFR<30",
         "QT-Prolongation-Combo", "Hyperkalemia-RAAS-K>5.5",
         "Beers-Anticholinergic-65+", "Vanco-Trough-Missing",
         "Duplicate-Therapy-Anticoag", "Statin-CYP3A4-Contra",
         "Fall-Risk-Sedative-80+", "Sepsis-qSOFA-2"]
OVR = [("BENEFIT_OUTWEIGHS_RISK", "Benefit outweighs risk"),
       ("MONITORING", "Will monitor"),
       ("PREVIOUSLY_TOLERATED", "Patient has tolerated combination"),
       ("ALERT_INAPPROPRIATE", "Alert not applicable"),
       ("DOSE_ADJUSTED", "Dose already adjusted"),
       ("PALLIATIVE", "Comfort care / palliative")]
APPS = [("app-0041", "MyMeds Tracker", "Brightleaf Digital Health, Inc.", "brightleafhealth.com"),
        ("app-0017", "CardioRisk Calculator", "Kestrel Informatics LLC", "kestrel-informatics.io"),
        ("app-0063", "GlucoseLink", "Tidewater Devices", "tidewaterdevices.com"),
        ("app-0008", "Growth Chart Pro", "Pedimetrics", "pedimetrics.net"),
        ("app-0072", "Opioid Risk Navigator", "Summit CDS Labs", "summitcds.com"),
        ("app-0029", "Mi Salud Bilingüe", "Puente Health Apps", "puentehealth.app")]
PAYER_CODE = {"Blue Cross Blue Shield of Massachusetts": "BCBSMA01", "Harvard Pilgrim Health Care": "HPHC02",
              "Tufts Health Plan": "TUFTS01", "MassHealth": "MASSH", "Medicare Part A/B": "MCARE",
              "Neighborhood Health Plan of RI": "NHPRI", "Aetna Medicare Advantage": "AETMA"}
FHIR = "https://fhir.northbridgehealth.org/r4"
FHIR_HOST = "fhir.northbridgehealth.org"
API_HOST = "api.northbridgehealth.org"
MRN_OID = "urn:oid:1.2.840.114350.1.13.861.1.7.5.737384.14"
PODS = {"cds-gateway": "6f7c9d8b5", "ddi-checker": "7b9c6d5f8",
        "rules-engine": "5d8f7c6b9", "smart-auth": "84c5b7d9f",
        "app-gallery": "59fd6c7b4", "dosing-svc": "6c8b9f7d2",
        "arden-engine": "7d4c9b8f6", "consent-svc": "5b6f8d9c7"}
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
B64U = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def rs(n, alpha=ALNUM):
    return "".join(rng.choice(alpha) for _ in range(n))


def rdig(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def uuid4():
    h = "%032x" % rng.getrandbits(128)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def pod(name):
    return "%s-%s-%s" % (name, PODS[name], rs(5, "bcdfghjklmnpqrstvwxz2456789"))


def internal_ip():
    return "10.%d.%d.%d" % (rng.choice([40, 42, 96]), rng.randint(0, 15), rng.randint(2, 250))


def public_ip():
    first = rng.choice([24, 50, 66, 67, 68, 71, 73, 75, 96, 98, 108, 174, 173, 76])
    return "%d.%d.%d.%d" % (first, rng.randint(1, 254), rng.randint(0, 255), rng.randint(1, 254))


def jwtish():
    return "eyJhbGciOiJSUzI1NiIsImtpZCI6Im5iaC0yMDI0LTAyIiwidHlwIjoiSldUIn0." + rs(rng.randint(60, 90), B64U) + "." + rs(43, B64U)


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O")


def luhn(prefix, length):
    body = prefix + rdig(length - len(prefix) - 1)
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return body + str((10 - tot % 10) % 10)


def vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    trans = {c: v for c, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ",
                                  [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    v = [rng.choice("12345JKLW"), rng.choice("FGHNT"), rng.choice("ABCDMT")] + [rng.choice(al) for _ in range(14)]
    v[9] = rng.choice("KLMNPR")
    tot = sum((int(c) if c.isdigit() else trans[c]) * w[i] for i, c in enumerate(v))
    ck = tot % 11
    v[8] = "X" if ck == 10 else str(ck)
    return "".join(v)


def mbi():
    a = "ACDEFGHJKMNPQRTUVWXY"
    an = a + "0123456789"
    return (rng.choice("123456789") + rng.choice(a) + rng.choice(an) + rng.choice("0123456789")
            + rng.choice(a) + rng.choice(an) + rng.choice("0123456789") + rng.choice(a)
            + rng.choice(a) + rdig(2))


def ssn():
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    return "%03d-%02d-%04d" % (area, rng.randint(1, 99), rng.randint(1, 9999))


def phone_fmt(area, num, style=None):
    ex, ln = num[:3], num[3:]
    style = style if style is not None else rng.randint(0, 6)
    return ["(%s) %s-%s" % (area, ex, ln), "%s-%s-%s" % (area, ex, ln),
            "%s%s%s" % (area, ex, ln), "+1 %s %s %s" % (area, ex, ln),
            "%s.%s.%s" % (area, ex, ln), "+1%s%s%s" % (area, ex, ln),
            "1-%s-%s-%s" % (area, ex, ln)][style]


MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def fdate(d, style):
    m3 = MONTHS[d.month - 1][:3]
    return {
        "iso": d.strftime("%Y-%m-%d"),
        "us": d.strftime("%m/%d/%Y"),
        "us_np": "%d/%d/%d" % (d.month, d.day, d.year),
        "us2": "%d/%d/%s" % (d.month, d.day, str(d.year)[2:]),
        "hl7": d.strftime("%Y%m%d"),
        "dot": d.strftime("%d.%m.%Y"),
        "dmy": d.strftime("%d/%m/%Y"),
        "mon": "%02d-%s-%d" % (d.day, m3, d.year),
        "MON": "%02d-%s-%d" % (d.day, m3.upper(), d.year),
        "long": "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year),
        "short": "%s %d %d" % (m3, d.day, d.year),
        "dmony": "%d %s %d" % (d.day, m3, d.year),
    }[style]


TODAY = dt.date(2024, 3, 12)


class Person:
    pass


def make_person(old=None):
    p = Person()
    p.sex = rng.choice("FM")
    p.first = rng.choice(FIRST_F if p.sex == "F" else FIRST_M)
    p.last = rng.choice(LAST)
    p.middle = rng.choice(MIDDLE)
    if old is None:
        old = rng.random() < 0.3
    if old:
        y = rng.randint(1926, 1934)
    else:
        y = rng.randint(1939, 2012)
    p.dob = dt.date(y, rng.randint(1, 12), rng.randint(1, 28))
    p.age = TODAY.year - p.dob.year - ((TODAY.month, TODAY.day) < (p.dob.month, p.dob.day))
    p.mrn = "E" + rdig(7)
    p.legacy_mrn = rdig(8)
    kind = rng.randint(0, 2)
    if kind == 0:
        p.fid = "e" + rs(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    elif kind == 1:
        p.fid = uuid4()
    else:
        p.fid = "pt-" + rdig(7)
    p.enc = rng.choice(["enc-", "E", "ENC"]) + rdig(9)
    p.visit = "V" + rdig(10)
    p.ssn = ssn()
    p.area = rng.choice(AREA)
    p.phnum = "555" + "01%02d" % rng.randint(0, 99)
    p.cell_area = rng.choice(AREA)
    p.cellnum = "555" + "01%02d" % rng.randint(0, 99)
    fl = ascii_fold(p.first).lower().replace(" ", "").replace("-", "").replace("'", "")
    ll = ascii_fold(p.last).lower().replace(" ", "").replace("-", "").replace("'", "").replace(".", "")
    p.email = rng.choice(["%s.%s%s" % (fl, ll, str(p.dob.year)[2:]), "%s%s" % (fl[0], ll),
                          "%s_%s%d" % (fl, ll, rng.randint(1, 99)), "%s.%s" % (ll, fl)]) + "@" + rng.choice(MAIL)
    p.username = rng.choice(["%s%s%d" % (fl[0], ll, p.dob.year), "%s.%s" % (fl, ll), "%s%s%02d" % (fl, ll[:3], rng.randint(1, 99))])
    pl = rng.choice(PLACES)
    p.city, p.county, p.state, p.zip, lat, lon = pl
    p.street = "%d %s" % (rng.randint(2, 1480), rng.choice(STREETS))
    p.unit = rng.choice(UNITS)
    p.lat = "%.5f" % (lat + rng.uniform(-0.04, 0.04))
    p.lon = "%.5f" % (lon + rng.uniform(-0.04, 0.04))
    p.payer = rng.choice(["Blue Cross Blue Shield of Massachusetts", "Harvard Pilgrim Health Care",
                          "Tufts Health Plan", "MassHealth", "Medicare Part A/B",
                          "Neighborhood Health Plan of RI", "Aetna Medicare Advantage"])
    if "Medicare" in p.payer:
        p.member = mbi()
    elif p.payer == "MassHealth":
        p.member = "1000" + rdig(8)
    else:
        p.member = rng.choice(["XJH", "ZGP", "W", "HPH", "THP"]) + rdig(9)
    p.har = rdig(10)
    p.dl = rng.choice(["S" + rdig(8), rdig(9), "N" + rdig(7)])
    rel_sex = rng.choice("FM")
    p.rel_first = rng.choice(FIRST_F if rel_sex == "F" else FIRST_M)
    p.rel_last = p.last if rng.random() < 0.6 else rng.choice(LAST)
    if rel_sex == "F":
        p.rel = rng.choice(["daughter", "niece", "spouse"] + (["wife"] if p.sex == "M" else []))
    else:
        p.rel = rng.choice(["son", "grandson", "spouse"] + (["husband"] if p.sex == "F" else []))
    p.rel_pron = "she" if rel_sex == "F" else "he"
    p.rel_area = rng.choice(AREA)
    p.rel_num = "555" + "01%02d" % rng.randint(0, 99)
    return p


PATIENTS = [make_person() for _ in range(70)]
OLD = [p for p in PATIENTS if p.age > 89]


def pick(old=False):
    if old and OLD:
        return rng.choice(OLD)
    return rng.choice(PATIENTS)


def staff():
    f, l, cred = rng.choice(STAFF)
    return f, l, cred


def pract_id():
    return rng.choice(["Practitioner/pr-%05d" % rng.randint(100, 99999),
                       "Practitioner/e" + rs(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
                       "PractitionerRole/prr-%04d" % rng.randint(10, 9999)])


def rand_past(years_back_max=20, start=None):
    start = start or TODAY
    return start - dt.timedelta(days=rng.randint(1, 365 * years_back_max))


def rand_dt_recent():
    d = dt.datetime(2024, 3, 12) - dt.timedelta(days=rng.randint(0, 9), hours=rng.randint(0, 20), minutes=rng.randint(0, 59))
    return d


# name writers -------------------------------------------------------
def add_name(b, p, style, cat="name"):
    """Append patient name in a given written form; spans per name element."""
    if style == "first_last":
        b.p(p.first, cat).t(" ").p(p.last, cat)
    elif style == "full_mid":
        if p.middle:
            b.p(p.first, cat).t(" ").p(p.middle + ".", cat).t(" ").p(p.last, cat)
        else:
            b.p(p.first, cat).t(" ").p(p.last, cat)
    elif style == "last_first":
        b.p("%s, %s" % (p.last, p.first), cat)
    elif style == "LAST_FIRST":
        b.p(("%s, %s" % (p.last, p.first)).upper(), cat)
    elif style == "init_last":
        b.p("%s. %s" % (p.first[0], p.last), cat)
    elif style == "lower":
        b.p(("%s %s" % (p.first, p.last)).lower(), cat)
    elif style == "UPPER":
        b.p(("%s %s" % (p.first, p.last)).upper(), cat)
    else:
        raise ValueError(style)
    return b


NAME_STYLES = ["first_last", "full_mid", "last_first", "LAST_FIRST", "init_last", "lower", "UPPER"]


def add_addr_free(b, p):
    s = p.street + (" " + p.unit if p.unit else "")
    b.p("%s, %s" % (s, p.city), "address").t(", %s " % p.state).p(p.zip, "zip")
    return b


def staff_name():
    f, l, c = staff()
    return rng.choice(["%s %s, %s" % (f, l, c), "Dr. %s %s" % (f, l) if c == "MD" else "%s %s %s" % (f, l, c),
                       "%s, %s" % (l, f), "%s.%s" % (f[0].lower(), l.lower().replace(" ", ""))])


def photo_b64():
    raw = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00" + bytes(rng.getrandbits(8) for _ in range(rng.randint(120, 210)))
    return base64.b64encode(raw).decode()


def fmr_b64():
    raw = b"FMR\x00 20\x00\x00\x00\x01\x2c" + bytes(rng.getrandbits(8) for _ in range(rng.randint(60, 96)))
    return base64.b64encode(raw).decode()


def sha(n=64):
    return "%0*x" % (n, rng.getrandbits(4 * n))


# ================================================================ PHI generators
def pat_resource(p, rich=True):
    ident = [{"use": "usual", "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}], "text": "MRN"},
              "system": MRN_OID, "value": P(p.mrn, "mrn")}]
    if rich and rng.random() < 0.45:
        ident.append({"system": "http://hl7.org/fhir/sid/us-ssn", "value": P(p.ssn.replace("-", "") if rng.random() < 0.4 else p.ssn, "ssn")})
    if rich and rng.random() < 0.4:
        ident.append({"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "DL"}]},
                      "system": "urn:oid:2.16.840.1.113883.4.3.25", "value": P(p.dl, "license")})
    given = [P(p.first, "name")] + ([P(p.middle, "name")] if p.middle else [])
    r = {"resourceType": "Patient", "id": P(p.fid, "other_id"),
         "meta": {"versionId": str(rng.randint(1, 30)), "lastUpdated": iso_ms(clk.now - dt.timedelta(days=rng.randint(1, 400)))},
         "extension": [{"url": "http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex", "valueCode": p.sex}],
         "identifier": ident, "active": True,
         "name": [{"use": "official", "family": P(p.last, "name"), "given": given}],
         "gender": "female" if p.sex == "F" else "male",
         "birthDate": P(p.dob.isoformat(), "date")}
    if rich:
        tel = [{"system": "phone", "value": P(phone_fmt(p.area, p.phnum), "phone"), "use": "home"}]
        if rng.random() < 0.5:
            tel.append({"system": "phone", "value": P(phone_fmt(p.cell_area, p.cellnum), "phone"), "use": "mobile"})
        if rng.random() < 0.6:
            tel.append({"system": "email", "value": P(p.email, "email")})
        if rng.random() < 0.2:
            tel.append({"system": "url", "value": P("https://www.facebook.com/%s" % p.username.replace(".", "") , "url")})
        r["telecom"] = tel
        line = [P(p.street, "address")] + ([P(p.unit, "address")] if p.unit else [])
        addr = {"use": "home", "line": line, "city": P(p.city, "address")}
        if rng.random() < 0.5:
            addr["district"] = P(p.county, "address")
        addr["state"] = p.state
        addr["postalCode"] = P(p.zip, "zip")
        addr["country"] = "US"
        if rng.random() < 0.2:
            addr["extension"] = [{"url": "http://hl7.org/fhir/StructureDefinition/geolocation", "extension": [
                {"url": "latitude", "valueDecimal": P(float(p.lat), "address")},
                {"url": "longitude", "valueDecimal": P(float(p.lon), "address")}]}]
        r["address"] = [addr]
        if rng.random() < 0.35:
            r["contact"] = [{"relationship": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0131", "code": "C"}], "text": p.rel}],
                             "name": {"family": P(p.rel_last, "name"), "given": [P(p.rel_first, "name")]},
                             "telecom": [{"system": "phone", "value": P(phone_fmt(p.rel_area, p.rel_num), "phone")}]}]
        if rng.random() < 0.15:
            r["photo"] = [{"contentType": "image/jpeg", "data": P(photo_b64(), "photo")}]
        f, l, c = staff()
        r["generalPractitioner"] = [{"reference": pract_id(), "display": "%s %s, %s" % (f, l, c)}]
    return r


def subj(p):
    return {"reference": M("Patient/", P(p.fid, "other_id"))}


def g_cds_patient_view():
    p = pick(old=rng.random() < 0.3)
    t = clk.tick()
    conds = []
    for c in rng.sample(CONDS, rng.randint(1, 3)):
        conds.append({"fullUrl": "%s/Condition/cnd-%d" % (FHIR, rng.randint(10000, 999999)),
                      "resource": {"resourceType": "Condition", "id": "cnd-%d" % rng.randint(10000, 999999),
                                   "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
                                   "code": {"coding": [{"system": "http://snomed.info/sct", "code": c[0], "display": c[2]},
                                                       {"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": c[1]}]},
                                   "subject": subj(p), "onsetDateTime": P(rand_past(15).isoformat(), "date")}})
    meds = []
    for d in rng.sample(sorted(DRUGS), rng.randint(1, 3)):
        rx, disp = DRUGS[d]
        meds.append({"resource": {"resourceType": "MedicationRequest", "id": "mr-%d" % rng.randint(100000, 9999999), "status": "active", "intent": "order",
                                  "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": rx, "display": disp}]},
                                  "subject": subj(p), "authoredOn": P(rand_past(2).isoformat(), "date")}})
    req = {"hookInstance": uuid4(), "fhirServer": FHIR, "hook": "patient-view",
           "fhirAuthorization": {"access_token": jwtish()[:64] + "...", "token_type": "Bearer", "expires_in": 300,
                                 "scope": "patient/Patient.read patient/Condition.read patient/MedicationRequest.read", "subject": "cds-nbh-ddi"},
           "context": {"userId": pract_id(), "patientId": P(p.fid, "other_id"), "encounterId": P(p.enc, "other_id")},
           "prefetch": {"patient": pat_resource(p),
                        "conditions": {"resourceType": "Bundle", "type": "searchset", "total": len(conds), "entry": conds},
                        "medications": {"resourceType": "Bundle", "type": "searchset", "total": len(meds), "entry": meds}}}
    body = jdump(req)
    b = L("cds_hooks_request_pino")
    b.t('{"level":20,"time":%d,"pid":1,"hostname":"%s","name":"cds-gateway","reqId":"req-%s","hook":"patient-view",' % (epoch_ms(t), pod("cds-gateway"), rs(6)))
    if rng.random() < 0.4:
        b.t('"rawBody":"').x(jesc(body)).t('","msg":"incoming CDS Hooks request (raw)"}')
    else:
        b.t('"body":').x(body).t(',"msg":"incoming CDS Hooks request"}')
    return [b]


def g_cds_order_select():
    p = pick(old=rng.random() < 0.3)
    t = clk.tick()
    a, bdrug, sev, mech = rng.choice(DDI)
    rx, disp = DRUGS[bdrug]
    mrid = "mr-%d" % rng.randint(100000, 9999999)
    egfr_dt = rand_dt_recent()
    req = {"hook": "order-select", "hookInstance": uuid4(), "fhirServer": FHIR,
           "context": {"userId": pract_id(), "patientId": P(p.fid, "other_id"), "encounterId": P(p.enc, "other_id"),
                       "selections": ["MedicationRequest/" + mrid],
                       "draftOrders": {"resourceType": "Bundle", "entry": [{"resource": {
                           "resourceType": "MedicationRequest", "id": mrid, "status": "draft", "intent": "order",
                           "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": rx, "display": disp}]},
                           "subject": subj(p), "dosageInstruction": [{"text": rng.choice(["1 tab PO daily", "500 mg PO BID x 7 days", "1 tab PO q12h", "50 mg PO q6h PRN pain"])}]}}]}},
           "prefetch": {"patient": pat_resource(p, rich=rng.random() < 0.4),
                        "egfr": {"resourceType": "Observation", "id": "obs-%d" % rng.randint(10 ** 6, 10 ** 7), "status": "final",
                                 "code": {"coding": [{"system": "http://loinc.org", "code": "33914-3"}]},
                                 "subject": subj(p),
                                 "effectiveDateTime": P(egfr_dt.strftime("%Y-%m-%dT%H:%M:%S-05:00"), "date"),
                                 "valueQuantity": {"value": rng.randint(12, 95), "unit": "mL/min/1.73m2"}}}}
    b = L("python_logging_json")
    b.t("%s DEBUG [cds_services.ddi] [hook=order-select] payload=" % logback_t(t)).x(jdump(req, sep=(", ", ": ")))
    return [b]


def g_cds_card_named():
    p = pick(old=rng.random() < 0.6)
    t = clk.tick()
    a, bdrug, sev, mech = rng.choice(DDI)
    style = rng.choice(["first_last", "last_first", "full_mid"])
    parts = ["**"]
    nb = add_name(L(None), p, style)
    for s, c in nb.segs:
        parts.append(P(s, c) if c else s)
    parts.append("** (")
    if p.age > 89:
        parts += [P(str(p.age), "age"), " y, "]
    else:
        parts += ["%d y, " % p.age]
    parts += ["MRN ", P(p.mrn, "mrn"), ") is on %s; adding %s: %s. Consider alternative or monitor INR/levels." % (a, bdrug, mech)]
    card = {"cards": [{"uuid": uuid4(), "summary": "%s interaction: %s + %s" % (sev.capitalize(), a, bdrug),
                       "indicator": "critical" if sev in ("major", "contraindicated") else "warning",
                       "detail": M(*parts),
                       "source": {"label": "NBH Medication Safety", "url": "https://cds.northbridgehealth.org/docs/ddi"},
                       "suggestions": [{"label": "Cancel %s order" % bdrug, "uuid": uuid4(), "actions": [{"type": "delete", "description": "Remove draft order", "resource": "MedicationRequest/mr-%d" % rng.randint(10 ** 5, 10 ** 7)}]}],
                       "selectionBehavior": "at-most-one",
                       "overrideReasons": [{"code": c, "system": "https://cds.northbridgehealth.org/override-reason", "display": d} for c, d in rng.sample(OVR, 2)]}]}
    b = L("cds_hooks_response")
    b.t('{"level":30,"time":"%s","svc":"ddi-checker","hookInstance":"%s","status":200,"response":' % (iso_ms(t), uuid4())).x(jdump(card)).t("}")
    return [b]


def g_cds_feedback_phi():
    p = pick(old=rng.random() < 0.5)
    t = clk.tick()
    tmpl = rng.randint(0, 3)
    parts = []
    if tmpl == 0:
        parts = ["pt ", P(("%s %s" % (p.first, p.last)).lower(), "name"), " on this combo since 2019 per cardiology, INR checked weekly"]
    elif tmpl == 1:
        parts = ["spoke w/ %s " % p.rel, P(p.rel_first, "name"), " at ", P(phone_fmt(p.rel_area, p.rel_num), "phone"), ", %s manages meds, aware of risk" % p.rel_pron]
    elif tmpl == 2 and p.age >= 70:
        parts = ["hospice pt, DOB ", P(fdate(p.dob, "us"), "date"), " - comfort meds only"]
    else:
        parts = ["Dose reviewed with pharmacy (", rng.choice(["G. Liu", "M. Ocampo", "K. Boateng"]), "); pt ", P(p.last.upper(), "name"), " renal fxn stable"]
    fb = {"feedback": [{"card": uuid4(), "outcome": "overridden",
                        "overrideReason": {"reason": {"code": rng.choice(OVR)[0], "system": "https://cds.northbridgehealth.org/override-reason"},
                                           "userComment": M(*parts)},
                        "outcomeTimestamp": iso_ms(t)}]}
    b = L("cds_hooks_feedback")
    b.t('%s - POST /cds-services/ddi-check/feedback body=' % iso_ms(t)).x(jdump(fb))
    return [b]


def g_smart_token():
    p = pick()
    t = clk.tick()
    standalone = rng.random() < 0.4
    tok = {"access_token": jwtish(), "token_type": "Bearer", "expires_in": 3600,
           "scope": "launch/patient openid fhirUser offline_access patient/*.rs" if standalone else "launch openid fhirUser user/*.read patient/*.read",
           "id_token": jwtish()}
    if standalone:
        tok["refresh_token"] = rs(40, B64U)
    tok["patient"] = P(p.fid, "other_id")
    if not standalone:
        tok["encounter"] = P(p.enc, "other_id")
        tok["need_patient_banner"] = False
        tok["smart_style_url"] = "https://ehr.northbridgehealth.org/smart/v2/style.json"
        if rng.random() < 0.5:
            tok["fhirContext"] = [{"reference": "MedicationRequest/mr-%d" % rng.randint(10 ** 5, 10 ** 7)}]
    else:
        tok["need_patient_banner"] = True
    tok["tenant"] = "nbh-prod"
    b = L("smart_token_response")
    b.t("%s DEBUG [smart-auth] %s token response client_id=%s: " % (iso_ms(t), pod("smart-auth"), rng.choice(["mymeds-tracker", "cardiorisk-calc", "nbh-ddi-viewer", "growthchart-pro"]))).x(jdump(tok))
    return [b]


def g_smart_launch_ctx():
    p = pick()
    t = clk.tick()
    b = L("python_logging_kv")
    b.t("%s INFO smart_launch.context: launch context created launch=%s iss=%s patient=" % (logback_t(t), rs(16, "0123456789abcdef"), FHIR))
    b.p(p.fid, "other_id").t(" encounter=").p(p.enc, "other_id")
    b.t(" user=%s intent=%s fhirContext=" % (pract_id(), rng.choice(["reconcile-medications", "order-review", "summary"])))
    b.t(json.dumps([{"reference": "MedicationRequest/mr-%d" % rng.randint(10 ** 5, 10 ** 7)}]))
    b.t(" ttl=600s")
    return [b]


def g_oidc_claims_patient():
    p = pick()
    t = clk.tick()
    claims = {"iss": "https://auth.northbridgehealth.org", "sub": P("pt-portal-%d" % rng.randint(10000, 999999), "other_id"),
              "aud": rng.choice(["mymeds-tracker", "glucoselink", "mi-salud"]), "exp": epoch_s(t) + 3600, "iat": epoch_s(t),
              "fhirUser": M(FHIR + "/Patient/", P(p.fid, "other_id")),
              "name": M(P(p.first, "name"), " ", P(p.last, "name")),
              "given_name": P(p.first, "name"), "family_name": P(p.last, "name")}
    if rng.random() < 0.6:
        claims["email"] = P(p.email, "email")
        claims["email_verified"] = True
    if rng.random() < 0.5:
        claims["birthdate"] = P(p.dob.isoformat(), "date")
    r = rng.random()
    if r < 0.25:
        claims["picture"] = P("https://lh3.googleusercontent.com/a/ACg8oc%s=s96-c" % rs(40, B64U), "url")
    elif r < 0.4:
        claims["website"] = P("https://%s%s.wordpress.com" % (ascii_fold(p.first).lower().replace(" ", "").replace("-", ""), ascii_fold(p.last).lower().replace(" ", "").replace("-", "").replace("'", "").replace(".", "")), "url")
    claims["preferred_username"] = P(p.username, "other_id")
    b = L("oidc_claims")
    b.t("[%s] [smart-auth] [DEBUG] id_token claims verified kid=nbh-2024-02 alg=RS256 claims=" % logback_dot(t)).x(jdump(claims, sep=(", ", ": ")))
    return [b]


def g_kong_access_phi():
    p = pick()
    t = clk.tick()
    kind = rng.randint(0, 4)
    b = L("kong_access")
    ua_ehr = "Epic-CDS-Hooks/1.0 (Hyperspace; Windows NT 10.0)"
    ua_app = rng.choice(["MyMedsTracker/3.2.1 (iPhone; iOS 17.3.1; Scale/3.00)",
                         "okhttp/4.12.0", "Mozilla/5.0 (Linux; Android 14; SM-S911U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
                         "GlucoseLink/1.8.0 CFNetwork/1494.0.7 Darwin/23.4.0"])
    if kind == 0:
        b.t("%s - - [%s] \"GET /fhir/r4/Patient?family=" % (internal_ip(), nginx_t(t)))
        b.p(urllib.parse.quote(p.last), "name").t("&given=").p(urllib.parse.quote(p.first), "name")
        b.t("&birthdate=").p(p.dob.isoformat(), "date").t(" HTTP/1.1\" 200 %d \"-\" \"%s\"" % (rng.randint(900, 4000), ua_ehr))
    elif kind == 1:
        b.t("%s - - [%s] \"GET /fhir/r4/Patient?identifier=%s%%7C" % (internal_ip(), nginx_t(t), urllib.parse.quote(MRN_OID, safe="")))
        b.p(p.mrn, "mrn").t(" HTTP/1.1\" 200 %d \"-\" \"%s\"" % (rng.randint(900, 4000), ua_ehr))
    elif kind == 2:
        b.p(public_ip(), "ip").t(" - - [%s] \"GET /fhir/r4/MedicationRequest?patient=" % nginx_t(t))
        b.p(p.fid, "other_id").t("&status=active&_count=50 HTTP/1.1\" 200 %d \"-\" \"%s\"" % (rng.randint(2000, 40000), ua_app))
    elif kind == 3:
        b.p(public_ip(), "ip").t(" - - [%s] \"GET /oauth2/authorize?response_type=code&client_id=mymeds-tracker&scope=launch%%2Fpatient+openid+fhirUser&login_hint=" % nginx_t(t))
        b.p(urllib.parse.quote(p.email, safe=""), "email").t("&state=%s&aud=https%%3A%%2F%%2F%s%%2Fr4 HTTP/1.1\" 302 0 \"-\" \"%s\"" % (rs(12), FHIR_HOST, ua_app))
    else:
        b.t("%s - - [%s] \"GET /fhir/r4/Patient/" % (internal_ip(), nginx_t(t))).p(p.fid, "other_id")
        b.t("/$everything?_since=2023-01-01 HTTP/1.1\" 200 %d \"-\" \"%s\"" % (rng.randint(20000, 900000), rng.choice([ua_ehr, "python-requests/2.31.0"])))
    b.t(" rt=%.3f urt=%.3f kong_request_id=\"%s\"" % (rng.uniform(0.02, 1.4), rng.uniform(0.01, 1.3), rs(32, "0123456789abcdef")))
    return [b]


def g_kong_filelog_phi():
    p = pick()
    t = clk.tick()
    ip = public_ip()
    path = rng.choice(["Observation", "MedicationRequest", "Condition", "AllergyIntolerance"])
    q = {"patient": P(p.fid, "other_id"), "_count": "100"}
    if path == "Observation":
        q["category"] = "laboratory"
    uri = M("/fhir/r4/%s?patient=" % path, P(p.fid, "other_id"), "&_count=100" + ("&category=laboratory" if path == "Observation" else ""))
    rec = {"request": {"method": "GET", "uri": uri, "size": rng.randint(400, 900), "querystring": q,
                       "headers": {"host": API_HOST, "user-agent": rng.choice(["MyMedsTracker/3.2.1 (iPhone; iOS 17.3.1)", "GlucoseLink/1.8.0 (Android 14)"]),
                                   "x-forwarded-for": P(ip, "ip"), "accept": "application/fhir+json"}},
           "upstream_uri": M("/r4/%s?patient=" % path, P(p.fid, "other_id"), "&_count=100" + ("&category=laboratory" if path == "Observation" else "")),
           "response": {"status": 200, "size": rng.randint(3000, 90000), "headers": {"content-type": "application/fhir+json;charset=utf-8", "x-kong-upstream-latency": str(rng.randint(30, 900))}},
           "latencies": {"kong": rng.randint(0, 6), "proxy": rng.randint(30, 900), "request": rng.randint(35, 910)},
           "client_ip": P(ip, "ip"),
           "service": {"name": "fhir-r4", "host": "fhir-proxy.cds.svc.cluster.local", "port": 8080, "protocol": "http", "retries": 5},
           "route": {"name": "fhir-patient-apps", "paths": ["/fhir/r4"], "protocols": ["https"]},
           "consumer": {"username": "app-" + rng.choice(["mymeds-tracker", "glucoselink"])},
           "started_at": epoch_ms(t)}
    return [jdump(rec, "kong_file_log")]


def g_nginx_error_phi():
    p = pick()
    t = clk.tick()
    b = L("nginx_error")
    b.t("%s [%s] %d#%d: *%d " % (t.strftime("%Y/%m/%d %H:%M:%S"), rng.choice(["warn", "error"]), 27, 27, rng.randint(10 ** 4, 10 ** 6)))
    b.t(rng.choice(["upstream timed out (110: Connection timed out) while reading response header from upstream",
                    "an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/3/41/00000%d while reading upstream" % rng.randint(1000, 9999)]))
    b.t(", client: %s, server: %s, request: \"GET /fhir/r4/Patient?name=" % (internal_ip(), FHIR_HOST))
    nm = urllib.parse.quote_plus("%s %s" % (p.first, p.last))
    b.p(nm, "name").t("&birthdate=").p(p.dob.isoformat(), "date").t(" HTTP/1.1\", upstream: \"http://%s:8080/r4/Patient?name=" % internal_ip())
    b.p(nm, "name").t("&birthdate=").p(p.dob.isoformat(), "date").t("\", host: \"%s\"" % FHIR_HOST)
    return [b]


def g_drools_fired():
    p = pick(old=rng.random() < 0.35)
    t = clk.tick()
    b = L("logback_drools")
    rule = rng.choice(RULES)
    b.t("%s DEBUG [rules-exec-%d] c.n.cds.rules.AlertAgendaListener - afterMatchFired rule=\"%s\" salience=%d facts=[PatientFact(mrn=" % (logback_t(t), rng.randint(1, 8), rule, rng.choice([10, 50, 100])))
    b.p(p.mrn, "mrn").t(", name=")
    add_name(b, p, rng.choice(["LAST_FIRST", "last_first", "UPPER"]))
    b.t(", dob=").p(fdate(p.dob, rng.choice(["iso", "us", "hl7"])), "date").t(", age=")
    if p.age > 89:
        b.p(str(p.age), "age")
    else:
        b.t(str(p.age))
    loinc, lo, hi, unit = rng.choice([("33914-3", 8, 59, "mL/min/1.73m2"), ("2823-3", 5.6, 7.2, "mmol/L"), ("6301-6", 3.1, 8.5, "{INR}"), ("2160-0", 1.4, 4.8, "mg/dL")])
    b.t(", sex=%s), LabFact(loinc=%s, value=%.1f, unit=%s)]" % (p.sex, loinc, rng.uniform(lo, hi), unit))
    return [b]


def g_drools_german():
    p = pick(old=rng.random() < 0.5)
    t = clk.tick()
    a, bdrug, sev, mech = rng.choice(DDI)
    b = L("logback_drools")
    b.t("%s WARN  [rules-exec-%d] d.a.amts.InteraktionsRegel - Wechselwirkung erkannt: %s + %s (Schweregrad: %s) bei Patient " % (
        logback_t(t), rng.randint(1, 8), a.capitalize(), bdrug.capitalize(), {"major": "schwerwiegend", "moderate": "mittel", "contraindicated": "kontraindiziert"}[sev]))
    b.p("%s, %s" % (p.last, p.first), "name").t(" (geb. ").p(fdate(p.dob, "dot"), "date").t(", Alter ")
    if p.age > 89:
        b.p(str(p.age), "age")
    else:
        b.t(str(p.age))
    b.t(", Fallnr. ").p(p.visit, "other_id").t(")")
    return [b]


def g_arden_alert():
    p = pick(old=rng.random() < 0.3)
    t = clk.tick()
    b = L("arden_mlm")
    mlm = rng.choice(["hyperkalemia_alert", "renal_metformin", "inr_warfarin_high", "vanco_trough_due"])
    col = rand_dt_recent()
    b.t("[%s] [ArdenEngine] [%s] MLM %s WRITE destination=%s msg=\"" % (logback_dot(t), rng.choice(["INFO", "WARN"]), mlm, rng.choice(["pharm_inbox", "email_pharm", "pager_rrt"])))
    if mlm == "hyperkalemia_alert":
        b.t("Serum potassium %.1f mmol/L for " % rng.uniform(5.6, 7.1))
    elif mlm == "renal_metformin":
        b.t("eGFR %d mL/min/1.73m2 with active metformin for " % rng.randint(14, 29))
    elif mlm == "inr_warfarin_high":
        b.t("INR %.1f on warfarin for " % rng.uniform(4.1, 8.9))
    else:
        b.t("Vancomycin trough not resulted within 30 min of 4th dose for ")
    add_name(b, p, rng.choice(["LAST_FIRST", "last_first", "first_last"]))
    b.t(" (MRN ").p(p.legacy_mrn, "mrn").t(", DOB ").p(fdate(p.dob, rng.choice(["us", "us_np", "MON"])), "date").t(") collected ")
    b.p(col.strftime("%m/%d/%Y %H:%M"), "date").t(". Bed %s.\"" % rng.choice(["4W-412B", "5E-518A", "ICU2-07", "ED-HALL-3"]))
    return [b]


def g_arden_trauma():
    p = pick(old=False)
    t = clk.tick()
    b = L("arden_mlm")
    b.t("[%s] [ArdenEngine] [WARN] MLM trauma_activation WRITE destination=pager_trauma msg=\"Level 1 criteria met: MVC rollover, ejection. Pt " % logback_dot(t))
    add_name(b, p, rng.choice(["UPPER", "first_last", "last_first"]))
    b.t(" (ED enc ").p(p.enc, "other_id").t("); vehicle plate ").p(rng.choice(["%d%s%d" % (rng.randint(1, 9), rs(3, "ABCDEFGHJKLMNPRSTVWXYZ").upper(), rng.randint(100, 999)), "%s %s-%d" % (p.state, rs(3, "ABCDEFGHJKLMNPRSTVWXYZ"), rng.randint(100, 999))]), "vehicle")
    b.t(" VIN ").p(vin(), "vehicle").t(", police report ").p("NBPD-24-%06d" % rng.randint(1, 9999), "other_id").t(".\"")
    return [b]


def g_ddi_structlog():
    p = pick(old=rng.random() < 0.4)
    t = clk.tick()
    a, bdrug, sev, mech = rng.choice(DDI)
    b = L("structlog_console")
    b.t("%s [%-9s] %-30s " % (t.strftime("%Y-%m-%d %H:%M:%S"), "warning", "interaction_detected"))
    b.t("drug_a=%s drug_b=%s hook_instance=%s " % (a, bdrug, uuid4()))
    b.t("mrn=").p(p.mrn, "mrn").t(" patient_id=").p(p.fid, "other_id").t(" age=")
    if p.age > 89:
        b.p(str(p.age), "age")
    else:
        b.t(str(p.age))
    b.t(" severity=%s source=FDB mg_version=%s" % (sev, rng.choice(["2024.02.28", "2024.03.06"])))
    return [b]


def g_dosing_json():
    p = pick(old=rng.random() < 0.6)
    t = clk.tick()
    drug, doses = rng.choice([("vancomycin", [750, 1000, 1250, 1500]), ("enoxaparin", [40, 60, 80]),
                              ("gabapentin", [100, 300, 600]), ("metformin", [500, 850, 1000])])
    rec = {"event": "renal_dose_check", "patient_id": P(p.fid, "other_id"), "drug": drug, "ordered_dose_mg": rng.choice(doses),
           "age": P(p.age, "age") if p.age > 89 else p.age, "sex": p.sex, "weight_kg": round(rng.uniform(38, 110), 1),
           "scr_mg_dl": round(rng.uniform(0.6, 3.9), 2), "crcl_ml_min": round(rng.uniform(9, 88), 1)}
    if rng.random() < 0.4:
        rec["dob"] = P(fdate(p.dob, "iso"), "date")
    rec.update({"recommendation": rng.choice(["q24h", "q48h", "reduce 50%", "no change", "avoid"]),
                "formula": "cockcroft-gault", "level": "info", "logger": "dosing.renal", "timestamp": iso_us(t)})
    return [jdump(rec, "structlog_json", sep=(", ", ": "))]


AUDIT_HDR = "audit_id,event_ts,alert_id,rule_id,severity,user_id,user_role,patient_mrn,patient_name,patient_dob,override_reason_code,override_comment"


def csv_field(b, s, cat=None):
    if any(c in s for c in ',"'):
        assert '"' not in s
        b.t('"')
        (b.p(s, cat) if cat else b.t(s))
        b.t('"')
    else:
        (b.p(s, cat) if cat else b.t(s))


def g_override_csv():
    out = []
    if rng.random() < 0.6:
        h = L("csv_override_audit")
        h.t(AUDIT_HDR)
        out.append(h)
    for _ in range(rng.randint(2, 4)):
        p = pick(old=rng.random() < 0.3)
        t = clk.tick(1, 10)
        b = L("csv_override_audit")
        f, l, c = staff()
        b.t("AUD-%d,%s,ALRT-%d,%s,%s,%s%s,%s," % (rng.randint(10 ** 6, 10 ** 7), iso_ms(t), rng.randint(10 ** 5, 10 ** 6), rng.choice(RULES),
                                                rng.choice(["high", "medium", "critical"]), f[0].lower(), l.lower().replace(" ", ""),
                                                {"MD": "physician", "PharmD": "pharmacist", "RN": "nurse", "NP": "nurse_practitioner"}[c]))
        b.p(p.mrn, "mrn").t(",")
        csv_field(b, "%s, %s" % (p.last.upper(), p.first.upper()) if rng.random() < 0.6 else "%s %s" % (p.first, p.last), "name")
        b.t(",").p(fdate(p.dob, rng.choice(["iso", "us"])), "date").t(",")
        code, disp = rng.choice(OVR)
        b.t(code + ",")
        k = rng.randint(0, 5)
        if k == 0:
            if p.age > 89:
                b.t('"').p(str(p.age), "age").t(' yo, goals of care discussed with family"')
            else:
                b.t('"discussed with attending, see progress note"')
        elif k == 1:
            b.t('"%s ' % p.rel.capitalize()).p(p.rel_first + " " + p.rel_last, "name").t(" (HCP) agrees; call ").p(phone_fmt(p.rel_area, p.rel_num, 1), "phone").t(' w/ changes"')
        elif k == 2:
            b.t("tolerated x 3 yrs")
        elif k == 3:
            b.t("INR monitored by anticoag clinic")
        else:
            b.t("")
        out.append(b)
    return out


def g_consent_pipe():
    p = pick()
    t = clk.tick()
    app = rng.choice(APPS)
    b = L("consent_pipe")
    act = rng.choice(["GRANT", "GRANT", "REVOKE", "UPDATE"])
    b.t("CONSENT|v2|%s|%s|app_id=%s|app=\"%s\"|patient_id=" % (iso_ms(t), act, app[0], app[1]))
    b.p(p.fid, "other_id").t("|mrn=").p(p.mrn, "mrn")
    b.t("|scopes=patient/MedicationRequest.rs patient/Condition.rs patient/Observation.rs|channel=%s|ip=" % rng.choice(["portal", "mobile"]))
    b.p(public_ip(), "ip").t("|signed_by=")
    if rng.random() < 0.3:
        b.t("proxy:").p("%s %s" % (p.rel_first, p.rel_last), "name").t("(%s)" % p.rel)
    else:
        b.t("self")
    return [b]


def g_consent_spanish():
    p = pick()
    t = clk.tick()
    app = APPS[5]
    b = L("consent_pipe")
    b.t("CONSENT|v2|%s|GRANT|app_id=%s|locale=es-US|msg=\"Consentimiento otorgado por " % (iso_ms(t), app[0]))
    add_name(b, p, "first_last")
    b.t(" (fecha de nacimiento ").p(fdate(p.dob, "dmy"), "date").t(", domicilio ")
    b.p(p.street + ", " + p.city, "address").t(", CP ").p(p.zip, "zip").t(") para la aplicación %s\"" % app[1])
    return [b]


def g_consent_xml():
    p = pick()
    t = clk.tick()
    app = rng.choice(APPS)
    d0 = TODAY - dt.timedelta(days=rng.randint(0, 30))
    b = L("fhir_xml")
    b.t("<Consent xmlns=\"http://hl7.org/fhir\"><id value=\"cns-%05d\"/><status value=\"%s\"/>" % (rng.randint(1, 99999), rng.choice(["active", "inactive"])))
    b.t("<scope><coding><system value=\"http://terminology.hl7.org/CodeSystem/consentscope\"/><code value=\"patient-privacy\"/></coding></scope>")
    b.t("<patient><reference value=\"Patient/").p(p.fid, "other_id").t("\"/><display value=\"")
    add_name(b, p, rng.choice(["first_last", "full_mid", "last_first"]))
    b.t("\"/></patient><dateTime value=\"").p(d0.isoformat(), "date").t("\"/>")
    b.t("<provision><type value=\"permit\"/><period><start value=\"").p(d0.isoformat(), "date").t("\"/><end value=\"")
    b.p((d0 + dt.timedelta(days=365)).isoformat(), "date").t("\"/></period><actor><role><coding><code value=\"IRCP\"/></coding></role><reference><display value=\"%s\"/></reference></actor></provision></Consent>" % app[1])
    return [b]


def g_auditevent():
    p = pick()
    t = clk.tick()
    app = rng.choice(APPS)
    ev = {"resourceType": "AuditEvent", "id": uuid4(),
          "type": {"system": "http://dicom.nema.org/resources/ontology/DCM", "code": "110110", "display": "Patient Record"},
          "subtype": [{"system": "http://hl7.org/fhir/restful-interaction", "code": "search-type"}],
          "action": "E", "recorded": iso_ms(t), "outcome": "0",
          "agent": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "code": "IRCP"}]},
                     "who": {"reference": M("Patient/", P(p.fid, "other_id")), "display": M(P(p.first, "name"), " ", P(p.last, "name"))},
                     "requestor": True, "network": {"address": P(public_ip(), "ip"), "type": "2"}},
                    {"who": {"display": app[1]}, "requestor": False}],
          "source": {"observer": {"display": API_HOST}, "type": [{"code": "3"}]},
          "entity": [{"what": {"reference": M("Patient/", P(p.fid, "other_id"))}, "role": {"code": "1"}},
                     {"query": base64.b64encode(b"MedicationRequest?status=active").decode()}]}
    return [jdump(ev, "fhir_auditevent")]


def hl7_name(b, last, first, mid=None):
    """XPN: FAMILY^GIVEN[^MIDDLE]; mid=None omits the component."""
    b.p(last.upper(), "name").t("^").p(first.upper(), "name")
    if mid is not None:
        b.t("^")
        if mid:
            b.p(mid, "name")
    return b


def g_hl7_adt():
    p = pick(old=rng.random() < 0.3)
    t = clk.tick()
    ctl = rdig(8)
    out = []
    trig = rng.choice(["A01", "A04", "A08"])
    m = L("hl7v2")
    m.t("MSH|^~\\&|EPIC|NBH|CDSPLAT|NBH|%s||ADT^%s^ADT_A01|%s|P|2.5.1|||AL|NE" % (t.strftime("%Y%m%d%H%M%S"), trig, ctl))
    out.append(m)
    e = L("hl7v2")
    e.t("EVN|%s|%s|||%s^INTERFACE^ENGINE" % (trig, t.strftime("%Y%m%d%H%M%S"), rdig(5)))
    out.append(e)
    b = L("hl7v2")
    b.t("PID|1||").p(p.mrn, "mrn").t("^^^NBH^MR~").p(p.ssn, "ssn").t("^^^SSA^SS||")
    hl7_name(b, p.last, p.first, p.middle).t("^^^^L||").p(fdate(p.dob, "hl7"), "date")
    b.t("|%s|||" % p.sex).p(p.street, "address").t("^")
    if p.unit:
        b.p(p.unit, "address")
    b.t("^").p(p.city, "address").t("^%s^" % p.state).p(p.zip, "zip").t("^USA^H^^").p(p.county.replace(" County", "").upper(), "address")
    b.t("||").p(phone_fmt(p.area, p.phnum, 0), "phone").t("^PRN^PH")
    if rng.random() < 0.5:
        b.t("~^NET^Internet^").p(p.email, "email")
    b.t("||ENG|%s||" % rng.choice(["M", "S", "W", "D"])).p(p.har, "account").t("|").p(p.ssn.replace("-", ""), "ssn")
    if rng.random() < 0.5:
        b.t("|").p(p.dl, "license").t("^%s" % p.state)
    out.append(b)
    if rng.random() < 0.6:
        k = L("hl7v2")
        k.t("NK1|1|")
        hl7_name(k, p.rel_last, p.rel_first).t("|%s^%s^HL70063|" % ({"daughter": "DAU", "son": "SON", "spouse": "SPO", "niece": "NIE", "grandson": "GRD", "wife": "SPO", "husband": "SPO"}[p.rel], p.rel.capitalize()))
        k.t("|").p(phone_fmt(p.rel_area, p.rel_num, 0), "phone").t("||EC^Emergency Contact^HL70131")
        out.append(k)
    v = L("hl7v2")
    f, l, c = staff()
    adm = rand_dt_recent()
    npi = rdig(10)
    v.t("PV1|1|%s|%s^%d^%s^NBH||||%s^%s^%s^^^^MD|||MED||||7|||%s^%s^%s^^^^MD|IN|" % (
        rng.choice(["I", "E", "O"]), rng.choice(["4W", "5E", "ICU2", "ED"]), rng.randint(100, 560), rng.choice("AB"),
        npi, l.upper(), f.upper(), npi, l.upper(), f.upper()))
    v.p(p.visit, "other_id").t("^^^NBH^VN" + "|" * 25).p(adm.strftime("%Y%m%d%H%M"), "date")
    out.append(v)
    if rng.random() < 0.7:
        i = L("hl7v2")
        i.t("IN1|1|%s|%s|%s" % (PAYER_CODE[p.payer], rdig(5), p.payer) + "|" * 12)
        hl7_name(i, p.last, p.first).t("|SEL^Self^HL70063|").p(fdate(p.dob, "hl7"), "date").t("|" * 18)
        i.p(p.member, "health_plan")
        out.append(i)
    return out


def g_redis_monitor_phi():
    p = pick()
    while not all(ord(c) < 128 for c in p.first + p.last):
        p = pick()
    t = clk.tick()
    b = L("redis_monitor")
    b.t("%d.%06d [0 %s:%d] " % (epoch_s(t), t.microsecond, internal_ip(), rng.randint(30000, 60000)))
    k = rng.randint(0, 2)
    if k == 0:
        inner = jdump({"patient": P(p.fid, "other_id"), "encounter": P(p.enc, "other_id"), "need_patient_banner": True, "smart_style_url": "https://ehr.northbridgehealth.org/smart/v2/style.json"})
        b.t('"SETEX" "smart:launch:%s" "600" "' % rs(16, "0123456789abcdef")).x(resc(inner)).t('"')
    elif k == 1:
        inner = jdump({"resourceType": "Patient", "id": P(p.fid, "other_id"), "name": [{"family": P(p.last, "name"), "given": [P(p.first, "name")]}],
                       "birthDate": P(p.dob.isoformat(), "date"), "gender": "female" if p.sex == "F" else "male"})
        b.t('"HSET" "cds:prefetch:%s" "patient" "' % sha(40)).x(resc(inner)).t('"')
    else:
        b.t('"GET" "portal:session:').p(p.username, "other_id").t('"')
    return [b]


NOTE_TMPLS = 9


def g_free_text():
    p = pick(old=rng.random() < 0.35)
    t = clk.tick()
    k = rng.randint(0, NOTE_TMPLS - 1)
    f, l, c = staff()
    if k in (0, 1, 2):
        b = L("itsm_ticket")
        b.t("INC%07d | %s | P%d | cds-platform | " % (rng.randint(10 ** 5, 10 ** 6), t.strftime("%Y-%m-%d %H:%M"), rng.randint(2, 4)))
        if k == 0:
            b.t("DDI card keeps firing for pt ")
            add_name(b, p, rng.choice(["first_last", "last_first", "init_last"]))
            b.t(" MRN ").p(p.mrn, "mrn").t(" even after warfarin was d/c'd on ").p(fdate(rand_past(1), "us_np"), "date").t(". Reported by %s %s (%s, 4W)." % (f, l, c))
        elif k == 1:
            b.t("Patient ")
            add_name(b, p, "first_last")
            b.t(" called helpdesk: MyMeds app shows someone else's meds. Callback ").p(phone_fmt(p.cell_area, p.cellnum), "phone")
            b.t(", portal user ").p(p.username, "other_id").t(". Assigned: app-gallery team.")
        else:
            b.t("Renal dosing card wrong for ")
            if p.age > 89:
                b.p(str(p.age), "age").t("yo ")
            b.t("pt in 5E-518, DOB ").p(fdate(p.dob, "us"), "date").t(", weight entered as lbs. Caller %s, ext 4-4120." % staff_name())
        return [b]
    b = L("python_logging_free_text")
    b.t("%s INFO inbasket.notify: message to pharmacy pool: " % logback_t(t))
    if k == 3:
        b.t("\"Please review vanco for ")
        add_name(b, p, "lower")
        b.t(", ").p(str(p.age), "age").t(" y/o F, admitted ") if p.age > 89 else b.t(", admitted ")
        b.p(fdate(rand_past(1), "mon"), "date").t(" - trough pending\"")
    elif k == 4:
        b.t("\"Pt's %s " % p.rel).p(p.rel_first, "name").t(" says pt lives alone at ")
        add_addr_free(b, p)
        b.t("; home health to draw INR Thursday. %s\"" % staff_name())
    elif k == 5:
        b.t("\"Home BP cuff for ")
        add_name(b, p, "first_last")
        b.t(" (serial ").p("BPM-" + rdig(8), "device").t(") uploading via GlucoseLink; please verify readings\"")
    elif k == 7:
        b.t("\"Family asks that updates for ")
        add_name(b, p, rng.choice(["first_last", "init_last"]))
        b.t(" also go on the CaringBridge page ").p("https://www.caringbridge.org/visit/%s%s" % (ascii_fold(p.first).lower().replace(" ", "").replace("-", ""), ascii_fold(p.last).lower().replace(" ", "").replace("-", "").replace("'", "").replace(".", "")), "url")
        b.t(" - pt consented, see media tab\"")
    elif k == 8:
        b.t("\"Appt for ")
        add_name(b, p, "last_first")
        b.t(" moved to ").p(fdate(TODAY + dt.timedelta(days=rng.randint(2, 40)), rng.choice(["long", "short", "dmony"])), "date")
        b.t(" 10:30 AM, anticoag clinic; INR goal 2-3. ")
        if p.age > 89:
            b.t("Pt is ").p(str(p.age), "age").t(", needs ride.")
        else:
            b.t("Pt needs ride.")
        b.t("\"")
    else:
        b.t("\"Guarantor ")
        b.p("%s %s" % (p.rel_first, p.rel_last), "name").t(" requests copay reversal for acct ").p(p.har, "account")
        b.t(", member ID ").p(p.member, "health_plan").t("\"")
    return [b]


def g_py_traceback_phi():
    p = pick()
    t = clk.tick()
    bad = "%02d/%02d/%d" % (2, rng.choice([30, 31]), p.dob.year)
    out = []
    b = L("python_logging")
    b.t("%s ERROR cds.hooks.dosing: failed to compute age for patient '" % logback_t(t)).p(p.fid, "other_id").t("' (name='")
    add_name(b, p, "first_last")
    b.t("')")
    out.append(b)
    for s in ["Traceback (most recent call last):",
              '  File "/app/cds/hooks/dosing.py", line 88, in handle',
              "    age = calc_age(patient['birthDate'])",
              '  File "/app/cds/util/dates.py", line 21, in calc_age',
              "    born = datetime.strptime(s, \"%m/%d/%Y\").date()"]:
        out.append(L("python_traceback").t(s))
    e = L("python_traceback")
    e.t("ValueError: day is out of range for month: '").p(bad, "date").t("'")
    out.append(e)
    return out


def g_device_ingest():
    p = pick()
    t = clk.tick()
    b = L("python_logging_kv")
    k = rng.randint(0, 3)
    b.t("%s INFO pgd.ingest: " % logback_t(t))
    if k == 0:
        sn = "SN" + rdig(2) + rs(3, "ABCDEFGHJKLMNPQRSTUVWXYZ") + rdig(5)
        b.t("device registered patient=").p(p.fid, "other_id").t(" manufacturer=Dexcom model=G7 udi=\"")
        b.p("(01)00386270001443(17)%s(10)%s(21)%s" % ((TODAY + dt.timedelta(days=rng.randint(60, 400))).strftime("%y%m%d"), rdig(7), sn), "device").t("\" serial=").p(sn, "device")
    elif k == 1:
        b.t("ble pairing ok patient=").p(p.fid, "other_id").t(" device=Omron BP7450 mac=").p(":".join("%02X" % rng.randint(0, 255) for _ in range(6)), "device").t(" rssi=-%d" % rng.randint(40, 90))
    elif k == 2:
        imei = luhn("35" + rdig(6), 15)
        b.t("cellular scale heartbeat imei=").p(imei, "device").t(" mrn=").p(p.mrn, "mrn").t(" weight_kg=%.1f batt=%d%%" % (rng.uniform(45, 120), rng.randint(5, 100)))
    else:
        b.t("insulin pump upload patient=").p(p.fid, "other_id").t(" pump_serial=").p("NG" + rdig(7) + "H", "device").t(" basal_u_hr=%.2f records=%d" % (rng.uniform(0.3, 2.0), rng.randint(100, 800)))
    return [b]


def g_kiosk_biometric():
    p = pick()
    t = clk.tick()
    b = L("kiosk_json")
    k = rng.random() < 0.5
    rec = {"ts": iso_ms(t), "svc": "checkin-kiosk", "kiosk": "kiosk-%02d" % rng.randint(1, 14), "event": "identity_verified",
           "method": "palm_vein" if k else "fingerprint", "score": round(rng.uniform(0.9, 0.999), 3), "mrn": P(p.mrn, "mrn")}
    if k:
        rec["template_sha256"] = P(sha(64), "biometric")
    else:
        rec["fmr_b64"] = P(fmr_b64(), "biometric")
    rec["consent_on_file"] = True
    return [jdump(rec, "kiosk_json")]


def g_payment_error():
    p = pick()
    t = clk.tick()
    b = L("node_winston")
    pan = luhn(rng.choice(["4", "51", "53", "55", "2221"]), 16)
    pan_s = pan if rng.random() < 0.5 else " ".join(pan[i:i + 4] for i in range(0, 16, 4))
    b.t("%s error: [app-gallery] subscription charge failed subscriber=" % iso_ms(t)).p(p.username, "other_id")
    b.t(" app=app-0041 plan=premium_monthly card=").p(pan_s, "account").t(" exp=%02d/%d code=card_declined decline_code=insufficient_funds" % (rng.randint(1, 12), rng.randint(25, 29)))
    return [b]


def g_pino_portal():
    p = pick()
    t = clk.tick()
    rec = {"level": 30, "time": epoch_ms(t), "pid": 1, "hostname": pod("app-gallery"),
           "req": {"id": rng.randint(1000, 99999), "method": "POST", "url": "/api/v1/gallery/installs",
                   "remoteAddress": P(public_ip(), "ip"), "remotePort": rng.randint(30000, 65000)},
           "user": {"username": P(p.username, "other_id"), "patient": P(p.fid, "other_id")},
           "appId": rng.choice(APPS)[0], "msg": "patient installed app"}
    return [jdump(rec, "pino_json")]


def g_crd_coverage():
    p = pick()
    t = clk.tick()
    dep = rng.random() < 0.35
    cov = {"resourceType": "Coverage", "id": "cov-%d" % rng.randint(10 ** 5, 10 ** 6), "status": "active",
           "subscriberId": P(p.member, "health_plan"), "beneficiary": subj(p)}
    if dep:
        cov["subscriber"] = {"display": M(P(p.rel_first, "name"), " ", P(p.rel_last, "name"))}
        cov["relationship"] = {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/subscriber-relationship", "code": "spouse" if p.rel in ("spouse", "wife", "husband") else "other"}]}
    else:
        cov["relationship"] = {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/subscriber-relationship", "code": "self"}]}
    cov["period"] = {"start": P(dt.date(rng.randint(2015, 2024), 1, 1).isoformat(), "date")}
    cov["payor"] = [{"display": p.payer}]
    cov["class"] = [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/coverage-class", "code": "group"}]}, "value": "GRP%05d" % rng.randint(1, 99999)}]
    b = L("crd_coverage")
    b.t("%s INFO [crd-client] order-sign -> https://crd.%s/cds-services/crd-order-sign prefetch.coverage=" % (logback_t(t), rng.choice(["bcbsma-payer.example.com", "hphc-davinci.example.net", "tufts-crd.example.org"])))
    b.x(jdump(cov, sep=(", ", ": ")))
    return [b]


def g_x12_271():
    p = pick()
    t = clk.tick()
    b = L("x12_271")
    b.t("%s DEBUG cost_card.eligibility: 271 rcvd ctl=%s body=ST*271*0001*005010X279A1~BHT*0022*11*%s*%s*%s~HL*1**20*1~NM1*PR*2*%s*****PI*%s~HL*2*1*21*1~NM1*1P*2*NORTHBRIDGE HEALTH*****XX*1%s~HL*3*2*22*0~NM1*IL*1*" % (
        logback_t(t), rdig(9), rs(10, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), t.strftime("%Y%m%d"), t.strftime("%H%M"), PAYER_CODE[p.payer], rdig(5), rdig(9)))
    b.p(ascii_fold(p.last).upper(), "name").t("*").p(ascii_fold(p.first).upper(), "name").t("****MI*").p(p.member, "health_plan")
    b.t("~N3*").p(ascii_fold(p.street).upper(), "address").t("~N4*").p(p.city.upper(), "address").t("*%s*" % p.state).p(p.zip, "zip")
    b.t("~DMG*D8*").p(fdate(p.dob, "hl7"), "date").t("*%s~EB*1*IND*30**%s~EB*C*IND*30***23*%d.00~SE*14*0001~" % (p.sex, rng.choice(["PPO", "HMO", "MA", "MC"]), rng.choice([250, 500, 1500, 3000])))
    return [b]


def g_kiosk_photo():
    p = pick()
    t = clk.tick()
    rec = {"ts": iso_ms(t), "svc": "checkin-kiosk", "kiosk": "kiosk-%02d" % rng.randint(1, 14), "event": "photo_captured",
           "patient": P(p.fid, "other_id"), "image": {"contentType": "image/jpeg", "width": 480, "height": 640, "data": P(photo_b64(), "photo")},
           "upload": "pending"}
    return [jdump(rec, "kiosk_json")]


# ================================================================ noise generators
def n_crd_card():
    t = clk.tick()
    pa = rng.choice(["no-auth", "auth-needed", "auth-needed"])
    summ = "No prior authorization required" if pa == "no-auth" else rng.choice(["Prior authorization required - submit via DTR", "Documentation required: face-to-face encounter note"])
    card = {"cards": [{"uuid": uuid4(), "summary": summ,
                       "indicator": "info", "source": {"label": rng.choice(["BCBSMA CRD", "HPHC Da Vinci CRD", "Tufts CRD"]), "topic": {"code": "coverage-info"}},
                       "extension": {"coverage-information": [{"covered": "covered", "pa-needed": pa, "billingCode": [{"system": "http://www.ama-assn.org/go/cpt", "code": rng.choice(["97110", "E0601", "72148", "J1745"])}], "date": TODAY.isoformat()}]},
                       "links": [{"label": "Launch DTR", "url": "https://apps.northbridgehealth.org/dtr/launch", "type": "smart", "appContext": "questionnaire=%s" % rs(10)}]}]}
    b = L("crd_coverage")
    b.t("%s INFO [crd-client] crd response status=200 elapsed_ms=%d body=" % (logback_t(t), rng.randint(120, 2400))).x(jdump(card, sep=(", ", ": ")))
    return [b]



def n_kong_access():
    t = clk.tick()
    b = L("kong_access")
    k = rng.randint(0, 6)
    if k == 0:
        b.t("%s - - [%s] \"GET /status HTTP/1.1\" 200 %d \"-\" \"kube-probe/1.28\"" % (internal_ip(), nginx_t(t), rng.randint(700, 900)))
    elif k == 1:
        b.t("%s - - [%s] \"POST /cds-services/%s HTTP/1.1\" %d %d \"-\" \"Epic-CDS-Hooks/1.0 (Hyperspace; Windows NT 10.0)\"" % (
            internal_ip(), nginx_t(t), rng.choice(["ddi-check", "renal-dosing", "patient-view-summary", "opioid-mme"]), rng.choice([200, 200, 200, 400, 504]), rng.randint(100, 5000)))
    elif k == 2:
        b.t("%s - - [%s] \"GET /cds-services HTTP/1.1\" 200 %d \"-\" \"Go-http-client/2.0\"" % (rng.choice(["185.180.12.65", "52.14.201.77"]), nginx_t(t), rng.randint(2000, 3000)))
    elif k == 3:
        b.t("%s - - [%s] \"POST /oauth2/token HTTP/1.1\" 200 %d \"-\" \"python-requests/2.31.0\"" % (internal_ip(), nginx_t(t), rng.randint(1200, 2400)))
    elif k == 4:
        b.t("%s - - [%s] \"GET /fhir/r4/metadata HTTP/1.1\" 200 %d \"-\" \"HAPI-FHIR/6.10.0 (FHIR Client; FHIR 4.0.1/R4; apache)\"" % (internal_ip(), nginx_t(t), rng.randint(40000, 60000)))
    elif k == 5:
        b.t("%s - - [%s] \"GET /.well-known/smart-configuration HTTP/2.0\" 200 %d \"-\" \"MyMedsTracker/3.2.1 (iPhone; iOS 17.3.1; Scale/3.00)\"" % (internal_ip(), nginx_t(t), rng.randint(1500, 2100)))
    else:
        b.t("%s - - [%s] \"GET /apps/static/js/main.%s.js HTTP/1.1\" 304 0 \"https://apps.northbridgehealth.org/gallery\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64)\"" % (internal_ip(), nginx_t(t), rs(8, "0123456789abcdef")))
    b.t(" rt=%.3f urt=%.3f kong_request_id=\"%s\"" % (rng.uniform(0.001, 0.9), rng.uniform(0.001, 0.9), rs(32, "0123456789abcdef")))
    return [b]


def n_kong_admin():
    t = clk.tick()
    b = L("kong_error")
    msgs = ["[lua] init.lua:390: [healthchecks] [healthcheck] (fhir-r4) healthy SUCCESS increment (2/2) for '10.96.44.12(10.96.44.12:8080)', context: ngx.timer",
            "[lua] cache.lua:374: purge(): [DB cache] purging (local) cache, context: ngx.timer",
            "[kong] handler.lua:112 [rate-limiting] API rate limit exceeded for consumer app-cardiorisk-calc (limit=600/minute), client: 10.42.6.19, server: kong",
            "[lua] targets.lua:128: [clustering] received updated configuration from control plane (hash: %s)" % sha(32),
            "[lua] plugins_iterator.lua:370: [openid-connect] discovery document refreshed for https://auth.northbridgehealth.org/.well-known/openid-configuration"]
    b.t("%s [%s] %d#0: *%d %s" % (t.strftime("%Y/%m/%d %H:%M:%S"), rng.choice(["info", "notice", "warn"]), rng.randint(1000, 3000), rng.randint(10, 99999), rng.choice(msgs)))
    return [b]


def n_nginx_error():
    t = clk.tick()
    b = L("nginx_error")
    b.t("%s [error] 31#31: *%d connect() failed (111: Connection refused) while connecting to upstream, client: %s, server: cds.northbridgehealth.org, request: \"POST /cds-services/%s HTTP/1.1\", upstream: \"http://%s:8080/cds-services/%s\", host: \"cds.northbridgehealth.org\"" % (
        t.strftime("%Y/%m/%d %H:%M:%S"), rng.randint(10 ** 4, 10 ** 6), internal_ip(), "renal-dosing", internal_ip(), "renal-dosing"))
    return [b]


def n_pino():
    t = clk.tick()
    k = rng.randint(0, 3)
    host = pod("cds-gateway")
    if k == 0:
        rec = {"level": 30, "time": epoch_ms(t), "pid": 1, "hostname": host,
               "req": {"id": rng.randint(1000, 99999), "method": "POST", "url": "/cds-services/%s" % rng.choice(["ddi-check", "renal-dosing", "opioid-mme"]),
                       "remoteAddress": "::ffff:" + internal_ip(), "remotePort": rng.randint(30000, 65000)},
               "res": {"statusCode": 200}, "responseTime": round(rng.uniform(8, 400), 1), "msg": "request completed"}
    elif k == 1:
        rec = {"level": 40, "time": epoch_ms(t), "pid": 1, "hostname": host, "hookInstance": uuid4(), "missing": ["medications"],
               "msg": "prefetch incomplete, fetching from FHIR server"}
    elif k == 2:
        rec = {"level": 50, "time": epoch_ms(t), "pid": 1, "hostname": host,
               "err": {"type": "FetchError", "message": "request to %s/metadata failed, reason: socket hang up" % FHIR,
                       "stack": "FetchError: request to %s/metadata failed, reason: socket hang up\n    at ClientRequest.<anonymous> (/app/node_modules/node-fetch/lib/index.js:1505:11)\n    at ClientRequest.emit (node:events:518:28)" % FHIR},
               "msg": "capability statement refresh failed"}
    else:
        rec = {"level": 30, "time": epoch_ms(t), "pid": 1, "hostname": host, "services": 7, "version": "2.14.3", "commit": sha(7), "msg": "discovery endpoint registered"}
    return [jdump(rec, "pino_json")]


def n_node_stack():
    t = clk.tick()
    out = [L("node_winston").t("%s error: [rules-bridge] Unhandled rejection TypeError: Cannot read properties of undefined (reading 'valueQuantity')" % iso_ms(t))]
    for s in ["    at extractEgfr (/app/src/prefetch/labs.js:41:33)",
              "    at Array.map (<anonymous>)",
              "    at buildFacts (/app/src/bridge/facts.js:118:27)",
              "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)"][:rng.randint(2, 4)]:
        out.append(L("node_stack").t(s))
    return out


def n_cds_card():
    t = clk.tick()
    a, bdrug, sev, mech = rng.choice(DDI)
    card = {"cards": [{"uuid": uuid4(), "summary": "%s interaction: %s + %s" % (sev.capitalize(), a, bdrug),
                       "indicator": "critical" if sev in ("major", "contraindicated") else "warning",
                       "detail": "Combination may cause %s. Review therapy." % mech,
                       "source": {"label": "First Databank", "url": "https://www.fdbhealth.com/", "topic": {"system": "https://cds.northbridgehealth.org/topics", "code": "ddi-" + sev}},
                       "suggestions": [{"label": "Cancel %s" % bdrug, "uuid": uuid4(), "isRecommended": True,
                                        "actions": [{"type": "delete", "description": "Remove %s order" % bdrug, "resource": "MedicationRequest/mr-%d" % rng.randint(10 ** 5, 10 ** 7)}]}],
                       "overrideReasons": [{"code": c, "system": "https://cds.northbridgehealth.org/override-reason", "display": d} for c, d in rng.sample(OVR, 3)],
                       "links": [{"label": "Monograph", "url": "https://cds.northbridgehealth.org/monographs/%d" % rng.randint(1000, 9999), "type": "absolute"}]}]}
    b = L("cds_hooks_response")
    b.t('{"level":30,"time":"%s","svc":"ddi-checker","hookInstance":"%s","status":200,"response":' % (iso_ms(t), uuid4())).x(jdump(card)).t("}")
    return [b]


def n_cds_discovery():
    t = clk.tick()
    svc = {"services": [{"hook": "order-select", "id": "ddi-check", "title": "Drug-drug interaction check",
                         "description": "FDB-backed interaction screening for draft medication orders",
                         "prefetch": {"patient": "Patient/{{context.patientId}}", "medications": "MedicationRequest?patient={{context.patientId}}&status=active"}},
                        {"hook": "patient-view", "id": "renal-dosing", "title": "Renal dose advisor",
                         "prefetch": {"egfr": "Observation?patient={{context.patientId}}&code=http://loinc.org|33914-3&_sort=-date&_count=1"}}]}
    b = L("cds_hooks_discovery")
    b.t("%s INFO  [discovery] GET /cds-services -> " % iso_ms(t)).x(jdump(svc, sep=(", ", ": ")))
    return [b]


def n_cds_feedback():
    t = clk.tick()
    fb = {"feedback": [{"card": uuid4(), "outcome": rng.choice(["accepted", "overridden"]),
                        "acceptedSuggestions": [{"id": uuid4()}] if rng.random() < 0.5 else [],
                        "outcomeTimestamp": iso_ms(t)}]}
    b = L("cds_hooks_feedback")
    b.t('%s - POST /cds-services/%s/feedback body=' % (iso_ms(t), rng.choice(["ddi-check", "renal-dosing"]))).x(jdump(fb))
    return [b]


def n_uvicorn():
    t = clk.tick()
    k = rng.randint(0, 3)
    if k < 2:
        return [L("uvicorn").t("INFO:     %s:%d - \"POST /cds-services/%s HTTP/1.1\" %s" % (internal_ip(), rng.randint(30000, 65000), rng.choice(["renal-dosing", "opioid-mme", "vanco-auc"]), rng.choice(["200 OK", "200 OK", "422 Unprocessable Entity", "503 Service Unavailable"])))]
    if k == 2:
        return [L("gunicorn").t("[%s +0000] [%d] [INFO] Booting worker with pid: %d" % (t.strftime("%Y-%m-%d %H:%M:%S"), 1, rng.randint(7, 40)))]
    return [L("gunicorn").t("[%s +0000] [1] [CRITICAL] WORKER TIMEOUT (pid:%d)" % (t.strftime("%Y-%m-%d %H:%M:%S"), rng.randint(7, 40)))]


def n_python_misc():
    t = clk.tick()
    msgs = ["celery.app.trace: Task cds.tasks.refresh_valuesets[%s] succeeded in %.2fs: {'expanded': %d, 'skipped': %d}" % (uuid4(), rng.uniform(0.5, 40), rng.randint(100, 900), rng.randint(0, 20)),
            "dosing.renal: loaded %d dosing rules from /etc/cds/rules/renal_v%d.yaml (sha256=%s)" % (rng.randint(40, 140), rng.randint(3, 9), sha(16)),
            "smart_launch.jwks: refreshed JWKS from https://auth.northbridgehealth.org/.well-known/jwks.json keys=3 kid=nbh-2024-02",
            "urllib3.connectionpool: Starting new HTTPS connection (1): %s:443" % FHIR_HOST,
            "cds.metrics: hook=order-select p50=%dms p95=%dms p99=%dms window=300s" % (rng.randint(40, 90), rng.randint(120, 400), rng.randint(400, 1400)),
            "apscheduler.executors.default: Job \"purge_expired_launch_contexts (trigger: interval[0:05:00])\" executed successfully",
            "cds.config: DDI_SEVERITY_THRESHOLD=major FDB_MG_VERSION=2024.03.06 CACHE_TTL=900 REDIS_URL=redis://redis-master.cds.svc:6379/2"]
    return [L("python_logging").t("%s %s %s" % (logback_t(t), rng.choice(["INFO", "INFO", "DEBUG", "WARNING"]), rng.choice(msgs)))]


def n_structlog():
    t = clk.tick()
    k = rng.randint(0, 2)
    if k == 0:
        b = L("structlog_console")
        b.t("%s [%-9s] %-30s entries=%d source=FDB mg_version=2024.03.06 elapsed_ms=%d" % (t.strftime("%Y-%m-%d %H:%M:%S"), "info", "interaction_table_loaded", rng.randint(180000, 260000), rng.randint(800, 4000)))
        return [b]
    if k == 1:
        a, bdrug, sev, mech = rng.choice(DDI)
        b = L("structlog_console")
        b.t("%s [%-9s] %-30s drug_a=%s drug_b=%s severity=%s order_id=ORD%d hook_instance=%s" % (t.strftime("%Y-%m-%d %H:%M:%S"), "debug", "pair_evaluated", a, bdrug, sev, rng.randint(10 ** 8, 10 ** 9), uuid4()))
        return [b]
    rec = {"event": "cache_stats", "hits": rng.randint(1000, 90000), "misses": rng.randint(10, 3000), "evictions": rng.randint(0, 50), "level": "info", "logger": "ddi.cache", "timestamp": iso_us(t)}
    return [jdump(rec, "structlog_json", sep=(", ", ": "))]


def n_drools():
    t = clk.tick()
    msgs = [("INFO ", "main", "o.d.c.k.b.impl.KieContainerImpl", "Start creation of KieBase: cdsKieBase"),
            ("INFO ", "main", "o.d.c.k.b.impl.KieContainerImpl", "End creation of KieBase: cdsKieBase"),
            ("INFO ", "main", "o.d.c.k.builder.impl.KieBuilderImpl", "Rules compiled: %d rules in %d ms (kjar com.northbridge.cds:cds-rules:3.%d.0)" % (rng.randint(300, 450), rng.randint(2000, 6000), rng.randint(1, 9))),
            ("DEBUG", "rules-exec-%d" % rng.randint(1, 8), "c.n.cds.rules.SessionPool", "session returned to pool; active=%d idle=%d firedRules=%d" % (rng.randint(0, 8), rng.randint(0, 8), rng.randint(0, 14))),
            ("WARN ", "rules-exec-%d" % rng.randint(1, 8), "o.d.m.c.l.ModelCompiler", "Rule 'Legacy-Digoxin-Level' uses deprecated 'eval' pattern; consider constraint form"),
            ("INFO ", "scanner-1", "o.k.a.i.KieScannerImpl", "The following artifacts have been updated: {com.northbridge.cds:cds-rules:3.%d.1=...}" % rng.randint(1, 9))]
    lv, th, lg, msg = rng.choice(msgs)
    out = [L("logback_drools").t("%s %s [%s] %s - %s" % (logback_t(t), lv, th, lg, msg))]
    return out


def n_java_stack():
    t = clk.tick()
    out = [L("logback_drools").t("%s ERROR [rules-exec-%d] c.n.cds.rules.RuleExecutor - rule evaluation failed hookInstance=%s" % (logback_t(t), rng.randint(1, 8), uuid4()))]
    lines = ["org.drools.mvel.MVELConsequenceException: [Error: null pointer: $lab.value.doubleValue()]",
             "\tat org.drools.mvel.MVELConsequence.evaluate(MVELConsequence.java:114)",
             "\tat org.drools.core.phreak.RuleExecutor.innerFireActivation(RuleExecutor.java:432)",
             "\tat org.drools.core.phreak.RuleExecutor.fire(RuleExecutor.java:144)",
             "\tat com.northbridge.cds.rules.RuleExecutor.evaluate(RuleExecutor.java:87)",
             "\t... 23 common frames omitted"]
    n = rng.randint(3, 6)
    for s in lines[:n - 1] + [lines[-1]]:
        out.append(L("java_stack").t(s))
    return out


def n_arden():
    t = clk.tick()
    msgs = ["MLM %s (institution: Northbridge Health; version %d.%02d) compiled OK in %d ms" % (rng.choice(["hyperkalemia_alert", "renal_metformin", "inr_warfarin_high"]), rng.randint(1, 4), rng.randint(0, 20), rng.randint(20, 300)),
            "MLM inr_warfarin_high evoked by event 'lab_result_stored' -> conclude false (%d ms)" % rng.randint(2, 40),
            "data slot: k_val := read last {serum_potassium} where it occurred within past 24 hours;",
            "curly-brace mapping {serum_potassium} -> LOINC 2823-3,6298-4 (cache hit)",
            "MLM vanco_trough_due: priority 60, urgency 70, validation production, expires 2025-06-30"]
    return [L("arden_mlm").t("[%s] [ArdenEngine] [%s] %s" % (logback_dot(t), rng.choice(["INFO", "DEBUG"]), rng.choice(msgs)))]


def n_redis_server():
    t = clk.tick()
    pid = rng.choice([1, 1, 1, rng.randint(200, 9000)])
    msgs = [("M", "*", "100 changes in 300 seconds. Saving..."), ("M", "*", "Background saving started by pid %d" % rng.randint(200, 9000)),
            ("C", "*", "DB saved on disk"), ("M", "*", "Background saving terminated with success"),
            ("S", "*", "MASTER <-> REPLICA sync: Finished with success"),
            ("M", "#", "WARNING: 32 keys evicted (maxmemory-policy allkeys-lru)"),
            ("M", "*", "Ready to accept connections tcp")]
    r, lv, m = rng.choice(msgs)
    return [L("redis_server").t("%d:%s %s %s %s" % (pid, r, redis_t(t), lv, m))]


def n_redis_monitor():
    t = clk.tick()
    cmd = rng.choice(['"PING"', '"INCR" "ratelimit:kong:app-mymeds-tracker:minute:%d"' % (epoch_s(t) // 60),
                      '"EXPIRE" "ratelimit:kong:app-glucoselink:minute:%d" "61"' % (epoch_s(t) // 60),
                      '"GET" "cds:valueset:2.16.840.1.113883.3.464.1003.196.12.1001"',
                      '"DEL" "smart:launch:%s"' % rs(16, "0123456789abcdef")])
    return [L("redis_monitor").t("%d.%06d [2 %s:%d] %s" % (epoch_s(t), t.microsecond, internal_ip(), rng.randint(30000, 60000), cmd))]


def n_klog():
    t = clk.tick()
    svc = rng.choice(list(PODS))
    p = pod(svc)
    k = rng.randint(0, 3)
    if k == 0:
        s = "I%s       1 kubelet.go:2431] \"SyncLoop (probe)\" probe=\"readiness\" status=\"ready\" pod=\"cds/%s\"" % (klog_t(t), p)
    elif k == 1:
        s = "E%s    2114 pod_workers.go:1300] \"Error syncing pod, skipping\" err=\"failed to \\\"StartContainer\\\" for \\\"%s\\\" with CrashLoopBackOff: \\\"back-off 2m40s restarting failed container=%s pod=%s_cds(%s)\\\"\" pod=\"cds/%s\" podUID=\"%s\"" % (
            klog_t(t), svc, svc, p, uuid4(), p, uuid4())
    elif k == 2:
        s = "I%s       1 kuberuntime_manager.go:1028] \"Pulling image\" image=\"registry.northbridgehealth.org/cds/%s:2.%d.%d\" pod=\"cds/%s\"" % (klog_t(t), svc, rng.randint(1, 20), rng.randint(0, 9), p)
    else:
        s = "W%s       1 reflector.go:539] k8s.io/client-go/informers/factory.go:159: watch of *v1.ConfigMap ended with: an error on the server (\"unable to decode an event from the watch stream\") has prevented the request from succeeding" % klog_t(t)
    return [L("klog").t(s)]


def n_kubectl_events():
    out = [L("kubectl_events").t("LAST SEEN   TYPE      REASON                    OBJECT                                        MESSAGE")]
    for _ in range(rng.randint(2, 4)):
        clk.tick(0, 2)
        svc = rng.choice(list(PODS))
        rows = [("Normal", "Pulled", "pod/" + pod(svc), "Container image \"registry.northbridgehealth.org/cds/%s:2.%d.%d\" already present on machine" % (svc, rng.randint(1, 20), rng.randint(0, 9))),
                ("Warning", "BackOff", "pod/" + pod(svc), "Back-off restarting failed container %s in pod %s" % (svc, pod(svc))),
                ("Normal", "ScalingReplicaSet", "deployment/" + svc, "Scaled up replica set %s-%s to %d" % (svc, PODS[svc], rng.randint(2, 6))),
                ("Warning", "FailedGetResourceMetric", "horizontalpodautoscaler/" + svc, "failed to get cpu utilization: unable to get metrics for resource cpu: no metrics returned from resource metrics API"),
                ("Warning", "Unhealthy", "pod/" + pod(svc), "Readiness probe failed: HTTP probe failed with statuscode: 503")]
        ty, rs_, ob, msg = rng.choice(rows)
        age = rng.choice(["12s", "48s", "2m14s", "5m", "11m", "37m"])
        out.append(L("kubectl_events").t("%-11s %-9s %-25s %-45s %s" % (age, ty, rs_, ob, msg)))
    return out


def n_prometheus():
    out = []
    k = rng.randint(0, 2)
    if k == 0:
        out.append(L("prometheus").t("# HELP cds_hook_requests_total Total CDS Hooks invocations by hook and service"))
        out.append(L("prometheus").t("# TYPE cds_hook_requests_total counter"))
        for hook, svc in [("order-select", "ddi-check"), ("patient-view", "renal-dosing"), ("order-sign", "opioid-mme")][:rng.randint(1, 3)]:
            out.append(L("prometheus").t('cds_hook_requests_total{hook="%s",service="%s",status="200"} %d' % (hook, svc, rng.randint(1000, 90000))))
    elif k == 1:
        for le in rng.sample(["0.05", "0.1", "0.25", "0.5", "1", "+Inf"], 2):
            out.append(L("prometheus").t('http_request_duration_seconds_bucket{le="%s",route="/cds-services/:id",method="POST"} %d' % (le, rng.randint(1000, 99999))))
    else:
        out.append(L("prometheus").t('kong_upstream_target_health{upstream="fhir-r4",target="10.96.44.12:8080",address="10.96.44.12:8080",state="healthy",subsystem="http"} 1'))
    return out


def n_app_gallery():
    t = clk.tick()
    app = rng.choice(APPS)
    k = rng.randint(0, 2)
    b = L("node_winston")
    if k == 0:
        b.t("%s info: [app-gallery] app listing updated app_id=%s name=\"%s\" vendor=\"%s\" version=%d.%d.%d launch_url=https://apps.%s/launch support_email=support@%s support_phone=+1-888-555-01%02d smart_versions=[\"2.0.0\"] scopes=\"launch/patient patient/*.rs openid fhirUser\"" % (
            iso_ms(t), app[0], app[1], app[2], rng.randint(1, 4), rng.randint(0, 9), rng.randint(0, 20), app[3], app[3], rng.randint(0, 99)))
    elif k == 1:
        b.t("%s info: [app-gallery] security review passed app_id=%s reviewer=%s pkce=S256 confidential=false redirect_uris=1 jwks_uri=https://%s/.well-known/jwks.json" % (iso_ms(t), app[0], staff_name(), app[3]))
    else:
        b.t("%s warn: [app-gallery] client certificate for %s expires notAfter=Jun 30 23:59:59 2025 GMT serial=%s" % (iso_ms(t), app[0], ":".join(rs(2, "0123456789ABCDEF") for _ in range(8))))
    return [b]


def n_smart_auth():
    t = clk.tick()
    k = rng.randint(0, 2)
    if k == 0:
        tok = {"access_token": jwtish(), "token_type": "Bearer", "expires_in": 300, "scope": "system/Patient.rs system/MedicationRequest.rs"}
        b = L("smart_token_response")
        b.t("%s DEBUG [smart-auth] %s token response client_id=%s: " % (iso_ms(t), pod("smart-auth"), "cds-nbh-ddi-backend")).x(jdump(tok))
        return [b]
    if k == 1:
        f, l, c = staff()
        claims = {"iss": "https://auth.northbridgehealth.org", "sub": "emp-%06d" % rng.randint(1, 999999), "aud": "nbh-ddi-viewer",
                  "exp": epoch_s(t) + 3600, "iat": epoch_s(t), "fhirUser": "%s/%s" % (FHIR, pract_id()),
                  "name": "%s %s" % (f, l), "email": "%s.%s@northbridgehealth.org" % (f.lower(), l.lower().replace(" ", "")), "roles": ["clinician", c.lower()]}
        b = L("oidc_claims")
        b.t("[%s] [smart-auth] [DEBUG] id_token claims verified kid=nbh-2024-02 alg=RS256 claims=" % logback_dot(t)).x(jdump(claims, sep=(", ", ": ")))
        return [b]
    cfg = {"issuer": "https://auth.northbridgehealth.org", "authorization_endpoint": "https://auth.northbridgehealth.org/oauth2/authorize",
           "token_endpoint": "https://auth.northbridgehealth.org/oauth2/token", "capabilities": ["launch-ehr", "launch-standalone", "client-public", "client-confidential-asymmetric", "context-ehr-patient", "context-standalone-patient", "permission-v2", "sso-openid-connect"],
           "code_challenge_methods_supported": ["S256"]}
    b = L("smart_config")
    b.t("%s INFO  [smart-auth] serving .well-known/smart-configuration " % iso_ms(t)).x(jdump(cfg))
    return [b]


def n_staff_contacts():
    t = clk.tick()
    f, l, c = staff()
    return [L("yaml_config").t("oncall.%s: {name: \"%s %s, %s\", pager: \"%s\", email: \"%s%s@northbridgehealth.org\", escalation: \"cds-platform-oncall@northbridgehealth.org\"}" % (
        rng.choice(["pharmacy_informatics", "cds_platform", "interfaces"]), f, l, c, phone_fmt("508", "55501%02d" % rng.randint(0, 99), rng.randint(0, 4)), f[0].lower(), l.lower().replace(" ", "")))]


def n_hl7_ack():
    t = clk.tick()
    ctl = rdig(8)
    return [L("hl7v2").t("MSH|^~\\&|CDSPLAT|NBH|EPIC|NBH|%s||ACK^A08^ACK|%s|P|2.5.1" % (t.strftime("%Y%m%d%H%M%S"), rdig(9))),
            L("hl7v2").t("MSA|AA|%s|Message accepted" % ctl)]


def n_consent_svc():
    t = clk.tick()
    return [L("consent_pipe").t("CONSENT|v2|%s|SWEEP|expired=%d|revoked_tokens=%d|duration_ms=%d|node=%s" % (iso_ms(t), rng.randint(0, 40), rng.randint(0, 120), rng.randint(50, 4000), pod("consent-svc")))]


def n_csv_summary():
    t = clk.tick()
    out = [L("csv_alert_stats").t("rule_id,fired,overridden,override_rate,median_dwell_ms,report_date")]
    for r in rng.sample(RULES, rng.randint(2, 3)):
        fired = rng.randint(50, 4000)
        ov = rng.randint(0, fired)
        out.append(L("csv_alert_stats").t("%s,%d,%d,%.3f,%d,%s" % (r, fired, ov, ov / fired, rng.randint(800, 9000), (TODAY - dt.timedelta(days=1)).isoformat())))
    return out


PHI_GENS = [(g_cds_patient_view, 5), (g_cds_order_select, 4), (g_cds_card_named, 3), (g_cds_feedback_phi, 3),
            (g_smart_token, 4), (g_smart_launch_ctx, 3), (g_oidc_claims_patient, 3), (g_kong_access_phi, 6),
            (g_kong_filelog_phi, 2), (g_nginx_error_phi, 2), (g_drools_fired, 5), (g_drools_german, 2),
            (g_arden_alert, 4), (g_arden_trauma, 2), (g_ddi_structlog, 4), (g_dosing_json, 4),
            (g_override_csv, 3), (g_consent_pipe, 3), (g_consent_spanish, 2), (g_consent_xml, 2),
            (g_auditevent, 2), (g_hl7_adt, 2), (g_redis_monitor_phi, 3), (g_free_text, 7),
            (g_py_traceback_phi, 0.6), (g_device_ingest, 3), (g_kiosk_biometric, 2), (g_payment_error, 2),
            (g_pino_portal, 2),
            (g_crd_coverage, 3), (g_x12_271, 2), (g_kiosk_photo, 2)]
NOISE_GENS = [(n_kong_access, 8), (n_kong_admin, 3), (n_nginx_error, 2), (n_pino, 5), (n_node_stack, 1),
              (n_cds_card, 4), (n_cds_discovery, 1), (n_cds_feedback, 2), (n_uvicorn, 4), (n_python_misc, 5),
              (n_structlog, 4), (n_drools, 5), (n_java_stack, 1), (n_arden, 3), (n_redis_server, 3),
              (n_redis_monitor, 3), (n_klog, 5), (n_kubectl_events, 1), (n_prometheus, 2), (n_app_gallery, 3),
              (n_smart_auth, 3), (n_staff_contacts, 2), (n_hl7_ack, 1), (n_consent_svc, 1), (n_csv_summary, 1), (n_crd_card, 2)]


def wchoice(gens):
    tot = sum(w for _, w in gens)
    r = rng.uniform(0, tot)
    for g, w in gens:
        r -= w
        if r <= 0:
            return g
    return gens[-1][0]


def main():
    lines = []
    noise = 0
    target = 0.55
    # a few formats are guaranteed to appear; they are spread over the file
    required = [g_kiosk_photo, g_kiosk_biometric, g_x12_271, g_auditevent, g_kong_filelog_phi,
                g_arden_trauma, g_consent_spanish, g_drools_german, g_payment_error, g_device_ingest,
                g_kiosk_photo, g_x12_271, g_kiosk_biometric, g_consent_xml, g_smart_token,
                n_cds_discovery, g_oidc_claims_patient, g_auditevent]
    rng.shuffle(required)
    REQ_N = len(required)
    step = N_LINES // (len(required) + 1)
    while len(lines) < N_LINES:
        ratio = noise / len(lines) if lines else target
        if required and len(lines) >= step * (REQ_N + 1 - len(required)):
            g = required.pop()
        else:
            want_noise = rng.random() < (0.72 if ratio < target else 0.38)
            g = wchoice(NOISE_GENS if want_noise else PHI_GENS)
        out = g()
        if len(lines) + len(out) > N_LINES:
            continue
        for b in out:
            lines.append(b)
            if not b.spans():
                noise += 1

    log_lines, label_lines = [], []
    for i, b in enumerate(lines, 1):
        txt = b.text()
        assert txt and "\n" not in txt and "\r" not in txt, (i, txt)
        raw = txt.encode("utf-8")
        spans = []
        for sp in b.spans():
            assert raw[sp["s"]:sp["e"]] == sp["_v"].encode("utf-8"), (i, sp)
            spans.append({"s": sp["s"], "e": sp["e"], "cat": sp["cat"]})
        log_lines.append(txt)
        label_lines.append(json.dumps({"line": i, "family": b.family, "spans": spans}, ensure_ascii=False))
    assert len(log_lines) == N_LINES
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(log_lines))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(label_lines) + "\n")


if __name__ == "__main__":
    main()
