#!/usr/bin/env python3
"""gen_re.py - synthetic, labeled log corpus "re".

Organisation: NHTOP, a (fictional) national Hansen's disease (leprosy) and
tropical-disease outpatient program run from Baton Rouge, LA, with regional
clinics (SPR Springdale AR, HNL Honolulu, HOU Houston, MIA Miami, LAX Los
Angeles, NYC Queens, SJU San Juan, BOS Boston, CHI Chicago, SEA Seattle).
The file re.log is one SIEM/log-shipper export in which the following
systems are interleaved (family name in re.labels.jsonl in brackets):

  Systems simulated
  -----------------
   1. [mdt_json]    MDT dispensing service "Grace RxFlow" (Node/pino JSON):
                    blister-pack dispensing, proxy pick-ups, fingerprint
                    verification, lot/stock events.
   2. [nfa_logback] Nerve-function-assessment module (Java/logback):
                    VMT/ST (monofilament) scores, WHO disability grade.
   3. [hl7_lis]     Skin-smear lab LIS "Sterling Harvest" HL7 v2.5.1 ORU^R01
                    and ACK messages, one segment per log line.
   4. [pro_json]    Patient-reported-outcome app (Python structlog JSON):
                    SALSA / EMIC / Participation / DLQI in en, es, pt-BR, mh,
                    chk, vi, tl, hi, ht; free text; photo uploads.
   5. [fhir]        Travel-medicine referrals (FHIR R4 ServiceRequest,
                    Patient, OperationOutcome), one resource per line.
   6. [grant_psv]   Federal (HRSA) grant reporting feed, pipe-delimited rows
                    and validator messages.
   7. [nginx]       Patient-portal nginx access log (combined + timings).
   8. [syslog]      RFC3164 syslog of clinic servers (sshd, CRON, sudo,
                    postfix, systemd, kernel).
   9. [sms_logfmt]  SMS reminder gateway, logfmt.
  10. [x12]         X12 005010 270 eligibility inquiries and 999 acks, one
                    segment per line.
  11. [py_trace]    Python tracebacks of the PRO scoring worker / grant ETL.
  12. [pg_sql]      PostgreSQL statement log of the EHR database.
  13. [ehr_note]    Free-text clinical note export (TSV).
  14. [inv_fixed]   Fixed-width pharmacy inventory feed (MDT blister packs).
  15. [case_xml]    Notifiable-disease case reports to state health
                    departments (XML, one document per line).
  16. [fw_kv]       FortiGate firewall / VPN key=value logs.
  17. [chat]        Staff chat (Mattermost export, plain text).
  18. [k8s]         Kubernetes klog events / ArgoCD sync lines.
  19. [fin_csv]     Patient travel reimbursement and travel-clinic payment
                    CSV rows.
  20. [insole_iot]  Plantar-pressure "smart insole" telemetry bridge (MQTT
                    to JSON) for patients with insensate feet.

  Labeling decisions (grey cases)
  -------------------------------
  * Patients, their household contacts (leprosy contact tracing), relatives,
    proxies who pick up MDT and emergency contacts are PHI subjects.
    Staff (clinicians, PTs, pharmacists, lab techs, outreach workers, even
    when they carry Marshallese/Chuukese surnames like patients), vendors
    and the program's own sites, phones, faxes, emails, addresses are not.
  * Log-record timestamps (line prefix, MSH-7, ISA09/GS04, "ts"/"time"
    fields of the logger, kubelet times) are never labeled. Dates that
    name a clinical or personal event (birth, dispense, next due, specimen
    collection, visit, onset month, travel departure/return, appointment in
    an SMS body, contact examination) are labeled `date`, also as partial
    dates like "03/14" or "2023-11" and also when they happen to equal the
    log day. Years alone (diagnosis year in the grant feed) are not.
  * Ages: only ages over 89 are labeled (`age`); the grant feed's "90+"
    band is not labeled.
  * Identifiers minted for one patient's care record are `other_id`:
    prescription (RX...) numbers, skin-smear accession numbers, NFA
    assessment ids, state case numbers, travel-medicine referral numbers.
    Message control ids, trace/span/request ids, payment-processor
    transaction ids and auth codes, batch ids, lot numbers and SKUs are
    not PHI.
  * The EHR MRN (NH + 7 digits) is `mrn`, also inside HL7 PID-3 and FHIR
    "Patient/<mrn>" references (only the id part is labeled there).
    HL7 PID-18 / billing account numbers and bank accounts / card PANs are
    `account`; masked PANs (last four only) and ABA routing numbers (the
    bank's identifier) are not labeled.
  * The grant feed's GPID pseudonyms are program-assigned re-identification
    codes not derived from PHI (Safe Harbor 164.514(c)) and are not
    labeled; a direct identifier leaking into that feed is labeled.
  * Portal access log: the client IP of a portal request is the patient's
    (`ip`); the request target is labeled `url` as one span only when it
    embeds a patient identifier. LB, monitoring and staff-network IPs are
    not PHI. Patient login e-mails in the remote_user field are `email`.
  * Counties, cities and street addresses of patients are `address`
    (street + city in one run is one span); ZIPs are always `zip`. Country
    of birth / travel destination countries and foreign states are not PHI.
  * Patient-worn devices (smart-insole serials and MACs, the IMEI of the
    patient's phone in the PRO app) are `device`; clinic equipment
    (monofilament kits, microscopes, kiosks, firewalls) is not.
  * Fingerprint templates used to verify MDT pick-up are `biometric`.
    Base64 photos are `photo` only for face views; lesion photos of limbs
    are not full-face/comparable images and are not labeled.
  * Sentinel SSNs (999-99-9999, 000-00-0000) are junk, not labeled; a
    mistyped but real-looking value (bad Luhn card) is still labeled.
  * Names are one span in whatever form they appear ("LAST^FIRST^M" in HL7
    is one span, X12 NM103 and NM104 are separate elements and two spans,
    XML <Family>/<Given> are two spans).
"""
import base64
import datetime as dt
import hashlib
import json
import random
import sys
import unicodedata
import uuid

SEED = 20240311
R = random.Random(SEED)
N_LINES = 500
TARGET_PHI_SHARE = 0.46


# --------------------------------------------------------------- primitives
class P:
    """A PHI value (already in the exact text form it has in the line)."""
    __slots__ = ("v", "c", "raw")

    def __init__(self, v, c, raw=False):
        self.v = str(v)
        self.c = c
        self.raw = raw      # in JSON: emit unquoted (numbers)


class M:
    """A mixed string (str and P pieces) that is one JSON/quoted string."""

    def __init__(self, *parts):
        self.parts = parts


def jesc(s, ascii_):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def J(obj, ascii_=False, sep=(",", ":")):
    out = []

    def w(o):
        if isinstance(o, P):
            if o.raw:
                out.append(P(o.v, o.c))
            else:
                out.extend(['"', P(jesc(o.v, ascii_), o.c), '"'])
        elif isinstance(o, M):
            out.append('"')
            for p in o.parts:
                if isinstance(p, P):
                    out.append(P(jesc(p.v, ascii_), p.c))
                else:
                    out.append(jesc(p, ascii_))
            out.append('"')
        elif isinstance(o, dict):
            out.append("{")
            for i, (k, v) in enumerate(o.items()):
                if i:
                    out.append(sep[0])
                out.append(json.dumps(k, ensure_ascii=ascii_) + sep[1])
                w(v)
            out.append("}")
        elif isinstance(o, (list, tuple)):
            out.append("[")
            for i, v in enumerate(o):
                if i:
                    out.append(sep[0])
                w(v)
            out.append("]")
        else:
            out.append(json.dumps(o, ensure_ascii=ascii_))
    w(obj)
    return out


def KV(items, sep=" ", eq="=", always_quote=False):
    """logfmt / key=value; quotes values with spaces."""
    out = []
    for i, (k, v) in enumerate(items):
        if i:
            out.append(sep)
        out.append(k + eq)
        pieces = v.parts if isinstance(v, M) else [v]
        text = "".join(p.v if isinstance(p, P) else str(p) for p in pieces)
        q = always_quote or (" " in text) or ('"' in text) or text == ""
        if q:
            out.append('"')
        for p in pieces:
            if isinstance(p, P):
                out.append(P(p.v.replace('"', '\\"') if q else p.v, p.c))
            else:
                out.append(str(p).replace('"', '\\"') if q else str(p))
        if q:
            out.append('"')
    return out


def flatten(parts):
    for p in parts:
        if isinstance(p, (list, tuple)):
            yield from flatten(p)
        else:
            yield p


def render(parts):
    b = bytearray()
    spans = []
    for p in flatten(parts):
        if isinstance(p, P):
            e = p.v.encode("utf-8")
            spans.append({"s": len(b), "e": len(b) + len(e), "cat": p.c, "_v": p.v})
            b += e
        elif isinstance(p, str):
            b += p.encode("utf-8")
        else:
            raise TypeError(repr(p))
    return bytes(b), spans


# ------------------------------------------------------------- id helpers
def luhn_digit(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def card(prefix="4", length=16, valid=True):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    d = luhn_digit(body)
    if not valid:
        d = str((int(d) + R.randint(1, 9)) % 10)
    return body + d


def npi():
    base = str(R.randint(1, 2)) + "".join(R.choice("0123456789") for _ in range(8))
    return base + luhn_digit("80840" + base)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mbi():
    d = lambda: R.choice("0123456789")
    return (R.choice("123456789") + R.choice(MBI_A) + R.choice(MBI_AN) + d()
            + R.choice(MBI_A) + R.choice(MBI_AN) + d() + R.choice(MBI_A)
            + R.choice(MBI_A) + d() + d())


VIN_T = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = R.choice(["1HG", "2T1", "3N1", "5NP", "1FT", "JTD", "KMH", "1GC"])
    v = list(wmi + "".join(R.choice(chars) for _ in range(5)) + "0"
             + R.choice("LMNPR") + R.choice("ABCDEFGHJK") + "".join(R.choice("0123456789") for _ in range(6)))
    tot = sum((int(c) if c.isdigit() else VIN_T[c]) * w for c, w in zip(v, VIN_W))
    v[8] = "X" if tot % 11 == 10 else str(tot % 11)
    return "".join(v)


def imei():
    b = R.choice(["35", "86", "01", "99"]) + "".join(R.choice("0123456789") for _ in range(12))
    return b + luhn_digit(b)


def mac():
    oui = R.choice(["F4:12:FA", "C8:2B:96", "24:0A:C4", "D8:A0:1D"])
    return oui + ":" + ":".join("%02X" % R.randint(0, 255) for _ in range(3))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace("đ", "d").replace("Đ", "D")


# --------------------------------------------------------------- the world
CLINICS = {
    "SPR": dict(state="AR", cities=[("Springdale", "72764", "Washington"), ("Springdale", "72762", "Washington"), ("Rogers", "72756", "Benton"), ("Fayetteville", "72701", "Washington")], ac=["479"], site="NHTOP Springdale Clinic, 614 E Emma Ave Ste 210, Springdale, AR 72764", ph="(479) 555-0110"),
    "HNL": dict(state="HI", cities=[("Honolulu", "96817", "Honolulu"), ("Waipahu", "96797", "Honolulu"), ("Ewa Beach", "96706", "Honolulu"), ("Hilo", "96720", "Hawaii")], ac=["808"], site="NHTOP Honolulu Clinic, 1650 Liliha St Ste 4, Honolulu, HI 96817", ph="(808) 555-0142"),
    "HOU": dict(state="TX", cities=[("Houston", "77036", "Harris"), ("Pasadena", "77506", "Harris"), ("Katy", "77449", "Harris")], ac=["713", "832", "281"], site="NHTOP Houston Clinic, 2800 Kirby Dr Ste B300, Houston, TX 77098", ph="(713) 555-0166"),
    "MIA": dict(state="FL", cities=[("Miami", "33125", "Miami-Dade"), ("Hialeah", "33012", "Miami-Dade")], ac=["305", "786"], site="NHTOP Miami Clinic, 1611 NW 12th Ave, Miami, FL 33136", ph="(305) 555-0119"),
    "LAX": dict(state="CA", cities=[("Los Angeles", "90011", "Los Angeles"), ("Long Beach", "90813", "Los Angeles"), ("Carson", "90745", "Los Angeles")], ac=["213", "323", "562"], site="NHTOP Los Angeles Clinic, 1200 N State St Rm 2B, Los Angeles, CA 90033", ph="(323) 555-0175"),
    "NYC": dict(state="NY", cities=[("Jackson Heights", "11372", "Queens"), ("Bronx", "10458", "Bronx"), ("Brooklyn", "11220", "Kings")], ac=["718", "347"], site="NHTOP New York Clinic, 79-01 Broadway, Elmhurst, NY 11373", ph="(718) 555-0131"),
    "SJU": dict(state="PR", cities=[("San Juan", "00907", "San Juan"), ("Carolina", "00983", "Carolina"), ("Bayamón", "00961", "Bayamón")], ac=["787"], site="NHTOP San Juan Clinic, Calle Tabonuco B7, Guaynabo, PR 00968", ph="(787) 555-0108"),
    "BOS": dict(state="MA", cities=[("Boston", "02121", "Suffolk"), ("Lowell", "01852", "Middlesex")], ac=["617", "978"], site="NHTOP Boston Clinic, 72 E Concord St, Boston, MA 02118", ph="(617) 555-0154"),
    "CHI": dict(state="IL", cities=[("Chicago", "60640", "Cook"), ("Chicago", "60625", "Cook")], ac=["773"], site="NHTOP Chicago Clinic, 1900 W Polk St Rm 340, Chicago, IL 60612", ph="(312) 555-0187"),
    "SEA": dict(state="WA", cities=[("Seattle", "98118", "King"), ("Kent", "98032", "King")], ac=["206", "253"], site="NHTOP Seattle Clinic, 325 9th Ave Box 21, Seattle, WA 98104", ph="(206) 555-0123"),
}
CLINIC_WEIGHTS = {"SPR": 5, "HNL": 5, "HOU": 4, "MIA": 2, "LAX": 3, "NYC": 3, "SJU": 2, "BOS": 2, "CHI": 1, "SEA": 2}
HQ = "NHTOP, 9181 Riverbend Pkwy, Baton Rouge, LA 70810"

ORIGINS = {
    # origin: (given names, surnames, langs, clinics, vn_order)
    "mh": (["Jeimata", "Kiorong", "Tarines", "Biliam", "Neijon", "Rubon", "Melvina", "Jinna"],
           ["Laijek", "Jibas", "Anjain", "Lokeijak", "deBrum", "Kabua-Lang", "Riklon", "Bolkeim"], ["mh", "en"], ["SPR", "HNL", "SEA"]),
    "chk": (["Kimiuo", "Sinobu", "Mariana", "Rosalinda", "Kasiano"],
            ["Setik", "Rudolph-Esa", "Muritok", "Aisek", "Eperiam"], ["chk", "en"], ["HNL", "SEA"]),
    "br": (["Maria da Conceição", "João Pedro", "Luana", "Thiago", "Raimunda", "Francisco"],
           ["Nogueira-Braga", "dos Santos Lima", "Figueiredo", "Pereira da Silva", "Albuquerque"], ["pt-BR"], ["BOS", "MIA", "NYC"]),
    "hisp": (["José Luis", "Ana Lucía", "Guadalupe", "Rosario", "Efraín", "María José", "Jesús"],
             ["Ortega Villanueva", "Montoya-Ferrer", "Castañeda", "De la Rosa", "Ibáñez", "Santiago Colón"], ["es", "en"], ["HOU", "LAX", "MIA", "SJU", "CHI"]),
    "in": (["Lakshmi", "Rajesh", "Priyanka", "Venkat", "Sunita"],
           ["Venkataraman", "Chaudhary", "Iyer", "Subramaniam"], ["hi", "en"], ["HOU", "NYC", "CHI"]),
    "vn": (["Thị Hồng", "Văn Minh", "Thị Lan", "Đức Anh"],
           ["Nguyễn", "Trần", "Phạm", "Lê"], ["vi"], ["HOU", "LAX", "SEA"]),
    "ph": (["Rosario", "Jericho", "Maricel", "Danilo"],
           ["Dela Cruz", "Bautista", "Magbanua", "Villaflor"], ["tl", "en"], ["HNL", "LAX"]),
    "ht": (["Jean-Baptiste", "Marie-Claude", "Wilner", "Rose-Andrée"],
           ["Fleurimond", "Pierre-Louis", "Desrosiers"], ["ht", "en"], ["MIA", "BOS", "NYC"]),
    "us": (["Hope", "Rose", "Faith", "Bill", "Grant", "Summer", "Sterling", "Dale", "June"],
           ["Baker", "Marsh", "Hill", "Little", "Young", "Fox", "Banks", "Church", "Freeman"], ["en"], ["HOU", "SPR", "LAX", "BOS"]),
    "haw": (["Keoni", "Leilani", "Kawika", "Pua"],
            ["Kahananui", "Akana-Pua", "Kealoha", "Kamakau"], ["en"], ["HNL"]),
    "cn": (["Wei", "Mei-Ling", "Jun"],
           ["Zhang", "Ouyang", "Lau"], ["en"], ["NYC", "LAX"]),
    "so": (["Hodan", "Abdirahman", "Faduma"],
           ["Warsame", "Hassan", "Omar"], ["en"], ["SEA", "BOS"]),
}
ORIGIN_W = {"mh": 6, "chk": 3, "br": 4, "hisp": 6, "in": 3, "vn": 2, "ph": 2, "ht": 2, "us": 3, "haw": 2, "cn": 1, "so": 1}
BORN = {"mh": "MH", "chk": "FM", "br": "BR", "hisp": "MX", "in": "IN", "vn": "VN", "ph": "PH", "ht": "HT", "us": "US", "haw": "US", "cn": "CN", "so": "SO"}

FEMALE = {"Jeimata", "Tarines", "Neijon", "Melvina", "Jinna", "Sinobu", "Mariana", "Rosalinda", "Maria da Conceição", "Luana", "Raimunda",
          "Ana Lucía", "Guadalupe", "Rosario", "María José", "Lakshmi", "Priyanka", "Sunita", "Thị Hồng", "Thị Lan", "Maricel", "Marie-Claude",
          "Rose-Andrée", "Hope", "Rose", "Faith", "Summer", "June", "Leilani", "Pua", "Mei-Ling", "Hodan", "Faduma"}
MALE = {"Kiorong", "Biliam", "Rubon", "Kimiuo", "Kasiano", "João Pedro", "Thiago", "Francisco", "José Luis", "Efraín", "Jesús", "Rajesh",
        "Venkat", "Văn Minh", "Đức Anh", "Jericho", "Danilo", "Jean-Baptiste", "Wilner", "Bill", "Grant", "Sterling", "Dale", "Keoni",
        "Kawika", "Wei", "Jun", "Abdirahman"}
STREETS = ["Emma Ave", "Huntsville Ave", "Sunset Ave", "Laurel Hollow Dr", "Bellaire Blvd", "Fondren Rd", "W 8th St", "NW 27th Ave",
           "Normandie Ave", "Atlantic Ave", "Roosevelt Ave", "Fordham Rd", "Blue Hill Ave", "Rainier Ave S", "Pacific Hwy S",
           "N Broadway", "Thompson St", "Old Wire Rd", "Gessner Rd", "Wilcrest Dr", "Lawrence Ave", "Sheridan Rd"]
HNL_STREETS = ["Waipahu St", "Farrington Hwy", "Liholiho St", "Kuhio Ave", "N School St", "Kalihi St", "Fort Weaver Rd"]
SJU_STREETS = ["Calle Loíza", "Calle Cerra", "Ave. Ponce de León", "Calle Degetau", "Calle Sol"]
UNITS = ["", "", "", " Apt 12", " Apt 3B", " Unit 204", " #7", " Apt 1204", " Trlr 18"]


def mk_address(clinic):
    c = CLINICS[clinic]
    city, zp, county = R.choice(c["cities"])
    if clinic == "HNL":
        street = "%d-%d %s" % (R.choice([91, 94, 98, 99]), R.randint(100, 1500), R.choice(HNL_STREETS)) if R.random() < .5 else "%d %s" % (R.randint(100, 2400), R.choice(HNL_STREETS))
    elif clinic == "SJU":
        street = "%s %d" % (R.choice(SJU_STREETS), R.randint(10, 2400))
    elif clinic == "NYC":
        street = "%d-%02d %d St" % (R.randint(31, 99), R.randint(1, 40), R.randint(30, 99)) if R.random() < .6 else "%d %s" % (R.randint(100, 2900), R.choice(STREETS))
    else:
        street = "%d %s" % (R.randint(100, 9900), R.choice(STREETS))
    street += R.choice(UNITS)
    return dict(street=street, city=city, state=c["state"], zip=zp, county=county)


def mk_phone(clinic, fmt=None):
    ac = R.choice(CLINICS[clinic]["ac"])
    ex = R.choice(["555"] + [str(R.randint(201, 989)) for _ in range(3)])
    ln = "%04d" % R.randint(100, 9999)
    return ac, ex, ln


def fmt_phone(t, style):
    ac, ex, ln = t
    return {"paren": "(%s) %s-%s" % t, "dash": "%s-%s-%s" % t, "e164": "+1%s%s%s" % t,
            "dot": "%s.%s.%s" % t, "plain": "%s%s%s" % t, "hl7": "^PRN^PH^^1^%s^%s%s" % (ac, ex, ln)}[style]


def rand_date(y0, y1):
    a = dt.date(y0, 1, 1).toordinal()
    b = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(R.randint(a, b))


class Person:
    pass


def mk_person(origin, clinic=None, family=None, dob_range=(1931, 2012)):
    g, s, langs, clinics = ORIGINS[origin]
    p = Person()
    p.origin = origin
    p.given = R.choice(g)
    p.family = family or R.choice(s)
    p.vn = origin == "vn"
    p.sex = "F" if p.given in FEMALE else ("M" if p.given in MALE else R.choice("MF"))
    p.clinic = clinic or R.choice(clinics)
    p.lang = R.choice(langs)
    p.dob = rand_date(*dob_range)
    return p


def full(p):            # "First Last" (Vietnamese: "Family Middle Given" order)
    return "%s %s" % (p.family, p.given) if p.vn else "%s %s" % (p.given, p.family)


def last_first(p):
    return "%s, %s" % (p.family, p.given)


PATIENTS = []
used_mrn = set()
for i in range(46):
    o = R.choices(list(ORIGIN_W), weights=list(ORIGIN_W.values()))[0]
    p = mk_person(o)
    if i in (3, 11, 17, 29, 40):                  # old Carville-era patients, age > 89
        p.dob = rand_date(1928, 1933)
        p.origin = o
    while True:
        m = "NH%07d" % R.randint(10000, 999999)
        if m not in used_mrn:
            used_mrn.add(m)
            break
    p.mrn = m
    p.addr = mk_address(p.clinic)
    p.phone = mk_phone(p.clinic)
    p.email = None
    if R.random() < .6:
        loc = ascii_fold(p.given.split()[0]).lower() + R.choice([".", "_", ""]) + ascii_fold(p.family.split()[0]).lower().replace("-", "") + R.choice(["", str(R.randint(1, 99)), str(p.dob.year)])
        p.email = loc + "@" + R.choice(["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com"])
    p.ssn = ssn()
    kind = R.choice(["medicaid", "medicaid", "mbi", "commercial", "none"])
    if p.dob.year < 1959:
        kind = "mbi"
    p.plan_kind = kind
    p.plan_id = {"medicaid": "%010d" % R.randint(10 ** 8, 10 ** 10 - 1), "mbi": mbi(),
                 "commercial": R.choice(["XQH", "ZGP", "W"]) + "%09d" % R.randint(0, 10 ** 9 - 1), "none": None}[kind]
    p.acct = "A%08d" % R.randint(10 ** 6, 10 ** 8)
    p.regimen = R.choice(["MB-MDT", "MB-MDT", "MB-MDT", "PB-MDT", "ROM-alt"])
    p.cycle = R.randint(1, 6 if p.regimen == "PB-MDT" else 24)
    rel = []
    for _ in range(R.randint(1, 3)):
        same = R.random() < .7 and not p.vn
        rp = mk_person(o, p.clinic, family=p.family if same else None, dob_range=(1950, 2018))
        rp.rel = R.choice({"F": ["daughter", "mother", "sister", "niece", "wife"], "M": ["son", "brother", "grandson", "husband", "father"]}[rp.sex])
        rp.phone = mk_phone(p.clinic)
        rel.append(rp)
    p.rel = rel
    p.imei = imei()
    p.insole = ("SI2-%s-%06d" % (R.choice(["4K7", "5A1", "4K9"]), R.randint(1, 99999)), mac()) if R.random() < .35 else None
    PATIENTS.append(p)

STAFF = [("Dr. Miriam Okafor", "mokafor"), ("Dr. Tomás Reyes-Ortiz", "treyesortiz"), ("Dr. Hannah Lindqvist", "hlindqvist"),
         ("Dr. Sione Taufa", "staufa"), ("Dr. Priya Raghunathan", "praghunathan")]
STAFF_NPI = {n: npi() for n, _ in STAFF}
THERAPISTS = ["Aileen Park, PT", "Marcus Webb, OTR/L", "Lani Kealamakia, PT", "Grace Whitehorse, PT"]
PHARM = ["Kalani Akana, PharmD", "Rebecca Stone, RPh", "Duc Tran, PharmD"]
LABTECH = [("WHITFIELD^JANELLE", "jwhitfield"), ("HADDAD^NADIA", "nhaddad")]
OUTREACH = [("Tina Langrine", "tlangrine"), ("Mele Faleolo", "mfaleolo"), ("Ricardo Aponte", "raponte"), ("Bwirre Jorkan", "bjorkan")]
SERVERS = {"HNL": "hnl-clinic-fs01", "SPR": "spr-clinic-fs01", "HOU": "hou-clinic-app02", "BR": "br-core-db01", "BR2": "br-etl-01"}

LOTS = {"MDT-MB-A28": ["NVL-MB-23K118", "NVL-MB-24A002", "NVL-MB-23H077"], "MDT-PB-A28": ["NVL-PB-23J044", "NVL-PB-24B010"],
        "CLO-50-100": ["NVL-CF-23J044"], "ROM-MTH-1": ["NHTOP-ROM-2402C"], "RIF-300-30": ["SDZ-R3-2311A"], "PRED-5-100": ["WW-P5-24017"], "THAL-50-28": ["CLG-T50-2402"]}
DRUGS = {"MDT-MB-A28": "MDT MB ADULT BLISTER 28D", "MDT-PB-A28": "MDT PB ADULT BLISTER 28D", "CLO-50-100": "CLOFAZIMINE 50MG CAP", "ROM-MTH-1": "ROM MONTHLY RIF/OFLX/MINO",
         "RIF-300-30": "RIFAMPIN 300MG CAP", "PRED-5-100": "PREDNISONE 5MG TAB", "THAL-50-28": "THALIDOMIDE 50MG CAP REMS"}


def pick_patient(clinic=None):
    pool = [p for p in PATIENTS if clinic is None or p.clinic == clinic]
    return R.choice(pool or PATIENTS)


def age_on(p, d):
    return d.year - p.dob.year - ((d.month, d.day) < (p.dob.month, p.dob.day))


# --------------------------------------------------------------- time
T0 = dt.datetime(2024, 3, 11, 13, 58, 3, 118000)
NOW = [T0]


def tick(a=2, b=70):
    NOW[0] += dt.timedelta(seconds=R.randint(a, b), milliseconds=R.randint(0, 999))
    return NOW[0]


def ms_step():
    NOW[0] += dt.timedelta(milliseconds=R.randint(1, 400))
    return NOW[0]


def iso_z(t, ms=True):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + (".%03dZ" % (t.microsecond // 1000) if ms else "Z")


def local(t):
    return t - dt.timedelta(hours=5)   # CDT


def d_iso(d):
    return d.strftime("%Y-%m-%d")


def d_us(d):
    return d.strftime("%m/%d/%Y")


def d_hl7(d):
    return d.strftime("%Y%m%d")


def today():
    return NOW[0].date()


def near(days_lo, days_hi):
    return today() + dt.timedelta(days=R.randint(days_lo, days_hi))


# --------------------------------------------------------------- families
def f_mdt_json(phi):
    t = tick()
    base = {"level": 30, "time": int(t.timestamp() * 1000), "pid": R.choice([412, 418, 433]),
            "hostname": R.choice(["mdt-disp-7c9f8d-2kq", "mdt-disp-7c9f8d-x8m"]), "svc": "grace-rxflow", "ver": "3.14.2",
            "reqId": "req-" + hexs(6)}
    if not phi:
        k = R.random()
        sku = R.choice(list(LOTS))
        if k < .35:
            base.update({"msg": "inventory.sync.ok", "clinic": R.choice(list(CLINICS)), "sku": sku, "lots": len(LOTS[sku]), "durMs": R.randint(40, 900)})
        elif k < .6:
            base.update({"level": 40, "msg": "lot.near_expiry", "sku": sku, "lot": R.choice(LOTS[sku]), "exp": "2024-0%d" % R.randint(4, 9),
                         "qty": R.randint(2, 40), "clinic": R.choice(list(CLINICS))})
        elif k < .8:
            base.update({"level": 50, "msg": "upstream request failed", "upstream": "https://rxhub.nhtop.hrsa.gov/v2/stock/%s" % sku,
                         "err": {"type": "FetchError", "code": R.choice(["ETIMEDOUT", "ECONNRESET"]), "attempt": R.randint(1, 3)}})
        else:
            base.update({"msg": "request completed", "res": {"statusCode": 200}, "route": "/v2/dispense/:rx", "responseTime": round(R.uniform(8, 240), 1)})
        return [J(base)]
    p = pick_patient()
    rx = "RX%07d" % R.randint(10 ** 6, 10 ** 7 - 1)
    k = R.random()
    sku = {"PB-MDT": "MDT-PB-A28", "MB-MDT": "MDT-MB-A28", "ROM-alt": "ROM-MTH-1"}[p.regimen]
    if k < .45:
        base.update({"msg": "dispense.recorded", "clinic": p.clinic, "rx": P(rx, "other_id"),
                     "pt": {"mrn": P(p.mrn, "mrn")} if R.random() < .5 else {"mrn": P(p.mrn, "mrn"), "name": P(full(p), "name")},
                     "regimen": p.regimen, "sku": sku, "lot": R.choice(LOTS[sku]), "cycle": p.cycle, "cycles_total": {"PB-MDT": 6, "MB-MDT": 24, "ROM-alt": 24}[p.regimen],
                     "dispensed_on": P(d_iso(today()), "date"), "next_due": P(d_iso(today() + dt.timedelta(days=28)), "date"),
                     "by": R.choice(PHARM)})
    elif k < .65:
        r = R.choice(p.rel)
        base.update({"msg": "dispense.proxy_pickup", "clinic": p.clinic, "rx": P(rx, "other_id"), "mrn": P(p.mrn, "mrn"),
                     "proxy": {"name": P(full(r), "name"), "rel": r.rel, "idChecked": True}, "by": R.choice(PHARM)})
    elif k < .8:
        tmpl = base64.b64encode(bytes(R.getrandbits(8) for _ in range(48))).decode()
        base.update({"msg": "pickup.verify", "clinic": p.clinic, "mrn": P(p.mrn, "mrn"),
                     "verify": {"method": "fingerprint", "scanner": "SecuGen HU20-A", "tmpl": P(tmpl, "biometric"), "score": round(R.uniform(.81, .99), 2), "match": True}})
    else:
        base.update({"level": 40, "msg": "dose.missed", "clinic": p.clinic, "mrn": P(p.mrn, "mrn"), "rx": P(rx, "other_id"),
                     "due": P(d_iso(today() - dt.timedelta(days=R.randint(3, 20))), "date"), "daysLate": R.randint(3, 20),
                     "contactPhone": P(fmt_phone(p.phone, "e164"), "phone"), "outreach": R.choice(OUTREACH)[0]})
    return [J(base)]


def f_nfa(phi):
    t = tick()
    head = local(t).strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)
    thr = "[http-nio-8443-exec-%d]" % R.randint(1, 12)
    if not phi:
        opts = [
            ("WARN ", "[scheduling-1]", "c.z.h.pool.HikariPool", "HikariPool-1 - Connection is not available, request timed out after %dms." % R.choice([30000, 30001])),
            ("INFO ", "[scheduling-1]", "o.n.nfa.jobs.NfaReminderJob", "NfaReminderJob finished in %d ms, %d reminders queued, 0 failed" % (R.randint(300, 2000), R.randint(3, 40))),
            ("INFO ", thr, "o.n.nfa.equipment.KitService", "Monofilament kit SW-KIT-%04d calibration due %s at clinic %s (6 filaments, 0.05g-300g)" % (R.randint(1, 300), "2024-04-01", R.choice(list(CLINICS)))),
            ("DEBUG", thr, "o.n.nfa.web.AssessmentController", "GET /nfa/api/v3/forms/vmt-st schemaVersion=3.2.0 etag=W/\"%s\" 304" % hexs(12)),
            ("INFO ", "[main]", "o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat started on port(s): 8443 (https) with context path '/nfa'"),
        ]
        lv, th, lg, msg = R.choice(opts)
        return [[head, " ", lv, " ", th, " ", lg, " - ", msg]]
    p = pick_patient()
    nid = "NFA-24-%05d" % R.randint(1, 30000)
    k = R.random()
    sc = lambda: str(R.choice([5, 5, 5, 4, 4, 3, 2]))
    st = lambda: R.choice(["0.05g", "0.2g", "2g", "4g", "10g", "300g", "NR"])
    if k < .6:
        return [[head, " INFO  ", thr, " o.n.nfa.AssessmentService - NFA saved id=", P(nid, "other_id"), " mrn=", P(p.mrn, "mrn"),
                 " visit=", P(d_iso(today()), "date"), " VMT[ulnarL=%s,ulnarR=%s,medianL=%s,medianR=%s,peronealL=%s,peronealR=%s]" % tuple(sc() for _ in range(6)),
                 " ST[handL=%s,handR=%s,footL=%s,footR=%s]" % tuple(st() for _ in range(4)), " WHO_DG=%d EHF=%d" % (R.randint(0, 2), R.randint(0, 8)),
                 " examiner=\"", R.choice(THERAPISTS), "\""]]
    elif k < .85:
        return [[head, " WARN  ", thr, " o.n.nfa.alert.DeteriorationRule - NFI alert for ", P(last_first(p), "name"), " (", P(p.mrn, "mrn"),
                 "): ", R.choice(["ulnarR", "medianL", "peronealL", "ulnarL"]), " VMT 5->3 since ", P(d_iso(today() - dt.timedelta(days=R.randint(60, 180))), "date"),
                 "; suspect type 1 reaction, notify ", R.choice(STAFF)[0]]]
    else:
        return [[head, " ERROR ", thr, " o.n.nfa.web.GlobalExceptionHandler - Validation failed for NfaForm[mrn=", P(p.mrn, "mrn"),
                 ", dob=", P(d_iso(p.dob), "date"), "]: field 'st.footL' must be one of [0.05g,0.2g,2g,4g,10g,300g,NR]"]]


def hl7_msh(t, typ, ctrl):
    return "MSH|^~\\&|HARVEST|NHTOP-BR-LAB|EPICCARE|NHTOP|%s||%s|%s|P|2.5.1|||AL|NE||UNICODE UTF-8" % (local(t).strftime("%Y%m%d%H%M%S"), typ, ctrl)


def f_hl7(phi):
    t = tick()
    ctrl = "HVL%09d" % R.randint(0, 10 ** 9)
    if not phi:
        if R.random() < .5:
            return [[hl7_msh(t, "ACK^R01^ACK", ctrl)], ["MSA|AA|HVL%09d|Message accepted" % R.randint(0, 10 ** 9)]]
        return [[hl7_msh(t, "ORU^R01^ORU_R01", ctrl)],
                ["OBR|1||QC-%s-%03d^HARVEST|AFB-QC^Ziehl-Neelsen QC slide^L|||%s" % (local(t).strftime("%y%m%d"), R.randint(1, 40), local(t).strftime("%Y%m%d%H%M"))],
                ["OBX|1|ST|QC-POS^Positive control M. smegmatis^L||PASS||||||F|||||%s" % LABTECH[0][0]],
                ["OBX|2|ST|QC-NEG^Negative control^L||PASS||||||F"]]
    p = pick_patient()
    doc = R.choice(STAFF)[0]
    dl, df = doc.replace("Dr. ", "").rsplit(" ", 1)
    acc = "SS24-%05d" % R.randint(1, 20000)
    coll = dt.datetime.combine(today() - dt.timedelta(days=R.randint(1, 4)), dt.time(R.randint(8, 16), R.choice([0, 15, 30, 45])))
    name = "%s^%s" % (p.family.upper(), p.given.upper()) + ("^" + R.choice("ABCDEJKLMR") if R.random() < .4 else "")
    pid = ["PID|1||", P(p.mrn, "mrn"), "^^^NHTOP^MR"]
    if R.random() < .3:
        pid += ["~", P(p.ssn, "ssn"), "^^^SSA^SS"]
    pid += ["||", P(name, "name"), "||", P(d_hl7(p.dob), "date"), "|", p.sex, "|||",
            P("%s^^%s" % (p.addr["street"], p.addr["city"]), "address"), "^", p.addr["state"], "^", P(p.addr["zip"], "zip"), "^USA||",
            "^PRN^PH^^1^", P("%s^%s%s" % p.phone, "phone"), "|||||", P(p.acct, "account")]
    lines = [[hl7_msh(t, "ORU^R01^ORU_R01", ctrl)], pid]
    if p.plan_id and R.random() < .6:
        lines.append(["IN1|1|", {"medicaid": "MCD^Medicaid", "mbi": "MCB^Medicare Part B", "commercial": "BCBS^Blue Cross Blue Shield"}[p.plan_kind],
                      "|" * 34, P(p.plan_id, "health_plan")])
    if R.random() < .5:
        lines.append(["PV1|1|O|", p.clinic, "^DERM^01||||", STAFF_NPI[doc], "^", dl.upper().split()[-1] if False else df.upper(), "^", dl.upper(), "^^^DR^MD"])
    lines.append(["OBR|1|ORD", str(R.randint(100000, 999999)), "^EPIC|", P(acc, "other_id"), "^HARVEST|SSS^Slit-skin smear 6 sites^L|||",
                  P(coll.strftime("%Y%m%d%H%M"), "date"), "|||||||||", STAFF_NPI[doc], "^", df.upper(), "^", dl.upper(), "^^^DR^MD"])
    bi = [R.choice([0, 0, 1, 2, 3, 4, 5, 6]) for _ in range(6)]
    avg = sum(bi) / 6
    ob = ["OBX|1|NM|BI-AVG^Bacterial index, mean of sites^L||%.2f|{index}|0.00|%s|||F" % (avg, "H" if avg > 0 else "N")]
    if R.random() < .5:
        ob += ["|||", P(dt.datetime.combine(today(), dt.time(R.randint(8, 15), R.randint(0, 59))).strftime("%Y%m%d%H%M"), "date"), "||", LABTECH[R.randint(0, 1)][0]]
    lines.append(ob)
    lines.append(["OBX|2|ST|AFB-SITE^AFB per site (Ridley)^L||ELL %d+ ERL %d+ EBL %d+ EBR %d+ KNL %d+ KNR %d+||||||F" % tuple(bi)])
    lines.append(["OBX|3|NM|MI^Morphological index^L||%d|%%|0|%s|||F" % (R.randint(0, 8), "H" if max(bi) else "N")])
    if R.random() < .4:
        lines.append(["NTE|1|L|Globi seen at left earlobe; compare with smear of ", P(d_us(coll.date() - dt.timedelta(days=R.choice([182, 365, 90]))), "date"), " (BI 3.17)."])
    return lines


PRO_TEXT = {
    "es": [("Mi esposo ", "name", " me ayuda con las pastillas. Vivo en ", "address", ".")],
    "pt-BR": [("Não sinto os pés desde ", "date", ". Minha filha ", "name", " me leva às consultas.")],
    "vi": [("Tôi bị tê tay từ tháng trước. Con trai tôi là ", "name", ", số điện thoại ", "phone", ".")],
    "tl": [("Nahihirapan akong maglakad. Tawagan si ", "name", " sa ", "phone", ".")],
    "mh": [("Kommol tata. Ri-jipañ eō: ", "name", ", ", "phone", ".")],
    "chk": [("Kinisou chapur. [interpreter: pt says her cousin ", "name", " brings her to clinic, phone ", "phone", "]")],
    "hi": [("मेरे पैरों में सुन्नपन है। मेरे बेटे ", "name", " को फ़ोन करें: ", "phone", "।")],
    "ht": [("Pye m toujou angoudi depi ", "date", ". Rele pitit fi m ", "name", " nan ", "phone", ".")],
    "en": [("My feet have been numb since ", "date", ". My neighbor knows about the leprosy and now nobody in ", "address", " talks to me."),
           ("Please send reminders to my daughter ", "name", " instead, her email is ", "email", ".")],
}


def f_pro(phi):
    t = tick()
    instr = R.choice(["SALSA", "EMIC-SS", "P-SCALE", "DLQI"])
    lang = R.choice(list(PRO_TEXT))
    asc = R.random() < .5
    base = {"timestamp": iso_z(t), "level": "info", "logger": "pro.api"}
    if not phi:
        k = R.random()
        if k < .4:
            base.update({"event": "pro.template.loaded", "instrument": instr, "lang": lang, "version": "2.%d.%d" % (R.randint(0, 4), R.randint(0, 9)), "items": {"SALSA": 20, "EMIC-SS": 15, "P-SCALE": 18, "DLQI": 10}[instr]})
        elif k < .7:
            base.update({"level": "warning", "event": "translation.missing", "key": "%s.q%d" % (instr.lower(), R.randint(1, 20)), "lang": lang, "fallback": "en"})
        else:
            base.update({"event": "pro.aggregate", "clinic": R.choice(list(CLINICS)), "instrument": instr, "n": R.randint(3, 80), "median": R.randint(18, 48), "window": "7d", "trace_id": hexs(32)})
        return [J(base, asc)]
    p = pick_patient()
    k = R.random()
    if k < .35:
        d = {"event": "pro.submitted", "instrument": instr, "lang": p.lang, "score": R.randint(10, 70), "items_answered": R.randint(8, 20),
             "participant": P(p.mrn, "mrn"), "channel": R.choice(["sms-link", "app", "kiosk"]), "response_id": ruuid()}
        if d["channel"] == "app":
            d["device"] = {"platform": R.choice(["android", "ios"]), "imei": P(p.imei, "device"), "app": "4.7.1"}
        base.update(d)
    elif k < .75:
        lang = p.lang
        tpl = R.choice(PRO_TEXT[lang])
        r = R.choice(p.rel)
        pieces = []
        for x in tpl:
            if x == "name":
                pieces.append(P(full(r), "name"))
            elif x == "phone":
                pieces.append(P(fmt_phone(r.phone, R.choice(["dash", "plain", "paren"])), "phone"))
            elif x == "address":
                pieces.append(P(p.addr["city"], "address"))
            elif x == "date":
                pieces.append(P(R.choice([d_us, d_iso])(today() - dt.timedelta(days=R.randint(30, 400))), "date"))
            elif x == "email":
                em = ascii_fold(r.given.split()[0]).lower() + "." + ascii_fold(r.family.split()[0]).lower() + "@gmail.com"
                pieces.append(P(em, "email"))
            else:
                pieces.append(x)
        base.update({"event": "pro.freetext", "instrument": instr, "lang": lang, "q": "comments", "participant": P(p.mrn, "mrn"), "text": M(*pieces)})
    elif k < .9:
        view = R.choice(["face", "face", "hand_dorsal", "foot_plantar"])
        img = "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAA" + base64.b64encode(bytes(R.getrandbits(8) for _ in range(60))).decode()
        base.update({"event": "pro.photo.uploaded", "participant": P(p.mrn, "mrn"), "view": view, "bytes": R.randint(40000, 900000),
                     "thumb": P(img, "photo") if view == "face" else img})
    else:
        base.update({"level": "error", "event": "sms.optin.mismatch", "participant": P(p.mrn, "mrn"), "phone_on_file": P(fmt_phone(p.phone, "e164"), "phone"),
                     "phone_reply": P(fmt_phone(mk_phone(p.clinic), "e164"), "phone")})
    return [J(base, asc)]


def f_fhir(phi):
    t = tick()
    if not phi:
        k = R.random()
        if k < .5:
            o = {"resourceType": "OperationOutcome", "id": ruuid(), "issue": [{"severity": "information", "code": "informational",
                 "diagnostics": "Subscription sub-travelmed-%02d heartbeat events=0 since=%s" % (R.randint(1, 9), iso_z(t - dt.timedelta(minutes=5), False))}]}
        else:
            o = {"resourceType": "Bundle", "id": ruuid(), "meta": {"lastUpdated": iso_z(t)}, "type": "searchset", "total": 0,
                 "link": [{"relation": "self", "url": "https://fhir.nhtop.hrsa.gov/r4/ServiceRequest?status=active&performer=Organization/travelmed-%s&_count=50" % R.choice(["hou", "mia", "nyc"])}]}
        return [J(o)]
    p = pick_patient()
    doc = R.choice(STAFF)[0]
    if R.random() < .7:
        dep = near(10, 90)
        ret = dep + dt.timedelta(days=R.randint(10, 60))
        dest = R.choice([("Brazil (Pará)", "yellow fever, typhoid, malaria chemoprophylaxis"), ("Marshall Islands", "hepatitis A, typhoid"),
                         ("India (Bihar)", "typhoid, JE, rabies PrEP"), ("Haiti", "cholera, typhoid, malaria"), ("Philippines", "JE, typhoid, dengue advice")])
        o = {"resourceType": "ServiceRequest", "id": "sr-" + hexs(10),
             "identifier": [{"system": "https://nhtop.hrsa.gov/fhir/travel-referral", "value": P("TMR-24-%05d" % R.randint(1, 99999), "other_id")}],
             "status": "active", "intent": "order",
             "code": {"coding": [{"system": "http://snomed.info/sct", "code": "306206005", "display": "Referral to service"}], "text": "Pre-travel consult: " + dest[1]},
             "subject": {"reference": M("Patient/", P(p.mrn, "mrn")), "display": P(full(p), "name")},
             "occurrencePeriod": {"start": P(d_iso(dep), "date"), "end": P(d_iso(ret), "date")},
             "requester": {"reference": "Practitioner/" + STAFF_NPI[doc], "display": doc},
             "reasonCode": [{"text": "On prednisone for ENL - avoid live vaccines" if R.random() < .5 else "MDT in progress; rifampicin interacts with mefloquine/doxy? review"}],
             "note": [{"text": M("Visiting family in " + dest[0] + ", departs ", P(d_us(dep), "date"), ". Contact: ", P(fmt_phone(p.phone, "paren"), "phone"))}]}
    else:
        o = {"resourceType": "Patient", "id": P(p.mrn, "mrn"), "meta": {"versionId": str(R.randint(1, 9)), "lastUpdated": iso_z(t)},
             "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.8812.1", "value": P(p.mrn, "mrn")}],
             "name": [{"use": "official", "family": P(p.family, "name"), "given": [P(p.given, "name")]}],
             "telecom": [{"system": "phone", "value": P(fmt_phone(p.phone, "dash"), "phone"), "use": "mobile"}],
             "gender": {"M": "male", "F": "female"}[p.sex],
             **({"extension": [{"url": "https://nhtop.hrsa.gov/fhir/StructureDefinition/payer-member-id", "valueString": P(p.plan_id, "health_plan")}]} if p.plan_id else {}), "birthDate": P(d_iso(p.dob), "date"),
             "address": [{"line": [P(p.addr["street"], "address")], "city": P(p.addr["city"], "address"), "state": p.addr["state"], "postalCode": P(p.addr["zip"], "zip")}],
             "communication": [{"language": {"coding": [{"system": "urn:ietf:bcp:47", "code": p.lang}]}}]}
    return [J(o)]


GRANT = "H2ZHA00123"


def f_grant(phi):
    t = tick()
    if not phi:
        k = R.random()
        q = "FY24Q2"
        if k < .15:
            return [["HDR|", GRANT, "|", q, "|NHTOP|EHB-PMS|v4.2|", local(t).strftime("%Y%m%d%H%M%S"), "|rows=", str(R.randint(100, 400))]]
        if k < .55:
            return [["AGG|%s|%s|%s|%s|%d" % (GRANT, q, R.choice(list(CLINICS)), R.choice(["NEW_CASES_MB", "NEW_CASES_PB", "MDT_COMPLETED", "G2D_NEW", "NFA_DONE", "CONTACTS_EXAMINED", "TRAVEL_CONSULTS"]), R.randint(0, 60))]]
        band = R.choice(["0-14", "15-44", "45-64", "65-89", "90+"])
        return [["REC|%s|%s|GPID-%s|%d|%s|%s|%s|G%d|%s|%s" % (GRANT, q, hexs(6).upper(), R.randint(2012, 2024), R.choice(["MB", "PB"]),
                 R.choice(["AR", "HI", "TX", "FL", "CA", "NY", "PR", "MA", "WA"]), band, R.randint(0, 2), R.choice("YN"), R.choice(["MH", "FM", "BR", "MX", "IN", "US", "PH"]))]]
    p = pick_patient()
    ts = local(t).strftime("%Y-%m-%dT%H:%M:%S")
    k = R.random()
    if k < .5:
        return [["ERR|", ts, "|row ", str(R.randint(2, 400)), " rejected: PATIENT_KEY contains direct identifier '", P(p.mrn, "mrn"),
                 "' (expected GPID-xxxxxx)"]]
    old = [x for x in PATIENTS if age_on(x, today()) > 89]
    q = R.choice(old)
    return [["WARN|", ts, "|row ", str(R.randint(2, 400)), " AGE_AT_REPORT=", P(str(age_on(q, today())), "age"),
             " not top-coded (use 90+); DOB_FIELD='", P(d_us(q.dob), "date"), "' must be dropped before submission"]]


UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.80",
      "NHTOP-PRO/4.7.1 (Android 12; Moto G Play)"]
PT_IP_NETS = ["73.%d.%d.%d", "24.%d.%d.%d", "174.%d.%d.%d", "98.%d.%d.%d", "67.%d.%d.%d", "107.%d.%d.%d"]


def pt_ip():
    return R.choice(PT_IP_NETS) % (R.randint(1, 254), R.randint(0, 255), R.randint(1, 254))


def f_nginx(phi):
    t = tick(1, 20)
    ts = "[" + local(t).strftime("%d/%b/%Y:%H:%M:%S") + " -0500]"
    rt = "rt=%.3f uct=%.3f uht=%.3f urt=%.3f" % ((lambda a: (a, a / 40, a * .8, a * .9))(R.uniform(.002, 1.2)))
    if not phi:
        k = R.random()
        if k < .45:
            return [["10.20.%d.%d - - %s \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"ELB-HealthChecker/2.0\" %s" % (R.randint(0, 3), R.randint(2, 250), ts, rt)]]
        if k < .7:
            return [["52.%d.%d.%d - - %s \"HEAD /portal/login HTTP/1.1\" 200 0 \"-\" \"Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)\" %s" % (R.randint(1, 99), R.randint(0, 255), R.randint(1, 254), ts, rt)]]
        return [["10.40.%d.%d - - %s \"GET /portal/static/js/main.%s.js HTTP/2.0\" 200 %d \"https://portal.nhtop.hrsa.gov/\" \"%s\" %s" % (R.randint(1, 9), R.randint(2, 250), ts, hexs(8), R.randint(20000, 400000), UA[2], rt)]]
    p = pick_patient()
    ip = pt_ip()
    k = R.random()
    user = "-"
    if k < .5:
        tgt = R.choice(["/portal/api/v2/patients/%s/appointments?from=2024-03-01" % p.mrn, "/portal/api/v2/patients/%s/mdt/schedule" % p.mrn,
                        "/portal/api/v2/patients/%s/pro/pending?lang=%s" % (p.mrn, p.lang), "/portal/records/%s/smear-results.pdf" % p.mrn])
        req = ["\"GET ", P(tgt, "url"), " HTTP/2.0\""]
    elif k < .75 and p.email:
        user = p.email
        req = ["\"POST /portal/api/v2/session HTTP/2.0\""]
    else:
        req = ["\"GET /portal/static/css/app.%s.css HTTP/2.0\"" % hexs(8)]
    u = P(user, "email") if user != "-" else "-"
    code = R.choice([200, 200, 200, 304, 401])
    size = R.randint(200, 90000) if code == 200 else R.randint(0, 180)
    return [[P(ip, "ip"), " - ", u, " ", ts, " ", req, " %d %d \"https://portal.nhtop.hrsa.gov/\" \"%s\" %s" % (code, size, R.choice(UA), rt)]]


def f_syslog(phi):
    t = tick()
    ts = local(t).strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if local(t).day < 10 else local(t).strftime("%b %d %H:%M:%S")
    host = R.choice(list(SERVERS.values()))
    st = R.choice(STAFF + OUTREACH)[1]
    opts = [
        "sshd[%d]: Accepted publickey for deploy from 10.40.2.%d port %d ssh2: ED25519 SHA256:%s" % (R.randint(2000, 60000), R.randint(2, 60), R.randint(30000, 65000), base64.b64encode(hashlib.sha256(str(R.random()).encode()).digest()).decode().rstrip("=")),
        "CRON[%d]: (root) CMD (/usr/local/bin/backup-smear-images.sh --target s3://nhtop-lab-archive >/dev/null 2>&1)" % R.randint(2000, 60000),
        "sudo: %s : TTY=pts/%d ; PWD=/home/%s ; USER=root ; COMMAND=/usr/bin/systemctl restart cups" % (st, R.randint(0, 4), st),
        "postfix/smtp[%d]: %s: to=<%s@nhtop.hrsa.gov>, relay=smtp.hrsa.gov[162.%d.%d.%d]:25, delay=0.41, dsn=2.0.0, status=sent (250 2.0.0 OK)" % (R.randint(2000, 60000), hexs(10).upper(), st, R.randint(1, 250), R.randint(0, 255), R.randint(1, 254)),
        "systemd[1]: Started Grace RxFlow label printer bridge (rxflow-lpd.service).",
        "kernel: [%d.%06d] e1000e 0000:00:1f.6 eno1: NIC Link is Up 1000 Mbps Full Duplex, Flow Control: Rx/Tx" % (R.randint(1000, 900000), R.randint(0, 999999)),
        "smartd[%d]: Device: /dev/sda [SAT], SMART Usage Attribute: 194 Temperature_Celsius changed from 36 to 37" % R.randint(500, 2000),
        "sshd[%d]: Failed password for invalid user admin from 185.%d.%d.%d port %d ssh2" % (R.randint(2000, 60000), R.randint(1, 250), R.randint(0, 255), R.randint(1, 254), R.randint(30000, 65000)),
    ]
    return [["<%d>" % R.choice([38, 86, 30, 13]), ts, " ", host, " ", R.choice(opts)]]


SMS_TMPL = {
    "mh": ("Iakwe ", "! MDT eo am ej pojak ilo ", " ilo NHTOP Springdale. Kōjjela: (479) 555-0110"),
    "en": ("Hi ", ", your MDT refill is ready for pickup on ", ". Reply C to confirm or call {ph}."),
    "es": ("Hola ", ", su cita de evaluación de nervios es el ", ". Responda SI para confirmar. NHTOP {ph}"),
    "pt-BR": ("Olá ", ", sua consulta está marcada para ", ". Responda SIM para confirmar. NHTOP Boston"),
    "vi": ("Chào ", ", lịch hẹn khám của bạn là ngày ", ". Trả lời C để xác nhận."),
}


def f_sms(phi):
    t = tick()
    sid = "SM" + hexs(32)
    base = [("ts", iso_z(t)), ("level", "info"), ("svc", "sms-gw"), ("provider", "twilio")]
    if not phi:
        k = R.random()
        if k < .6:
            return [KV(base + [("msg", "status callback"), ("sid", sid), ("status", R.choice(["delivered", "sent", "undelivered"])), ("err_code", R.choice(["0", "0", "30003", "30005"])), ("latency_ms", str(R.randint(200, 9000)))])]
        return [KV(base[:1] + [("level", "warn")] + base[2:] + [("msg", "rate limit approaching"), ("account", "AC" + hexs(32)), ("window", "1s"), ("sent", str(R.randint(80, 99))), ("limit", "100")])]
    p = pick_patient()
    if R.random() < .7:
        lang = p.lang if p.lang in SMS_TMPL else "en"
        a, b, c = SMS_TMPL[lang]
        c = c.replace("{ph}", CLINICS[p.clinic]["ph"])
        appt = near(1, 21)
        ds = appt.strftime("%m/%d") if R.random() < .5 else d_us(appt)
        body = M(a, P(p.given.split()[0], "name"), b, P(ds, "date"), c)
        return [KV(base + [("msg", "sms.sent"), ("sid", sid), ("dir", "outbound"), ("to", P(fmt_phone(p.phone, "e164"), "phone")),
                           ("from", "+12255550140"), ("tmpl", "appt_reminder_" + lang.replace("-", "_").lower()), ("segments", str(R.randint(1, 3))), ("body", body)])]
    sig = R.choice([p.given.split()[0], full(R.choice(p.rel))])
    body = M(R.choice(["cant come thursday my foot ulcer is worse - ", "pls call me the red pills make my skin dark. ", "no puedo ir, mi hija trabaja. "]), P(sig, "name"))
    return [KV(base + [("msg", "sms.inbound"), ("sid", sid), ("dir", "inbound"), ("from", P(fmt_phone(p.phone, "e164"), "phone")), ("to", "+12255550140"), ("body", body)])]


def f_x12(phi):
    t = tick()
    lt = local(t)
    ctl = "%09d" % R.randint(1, 10 ** 9 - 1)
    isa = "ISA*00*          *00*          *ZZ*NHTOPBR        *ZZ*AVAILITY       *%s*%s*^*00501*%s*0*P*:~" % (lt.strftime("%y%m%d"), lt.strftime("%H%M"), ctl)
    gs = "GS*%s*NHTOPBR*AVAILITY*%s*%s*%d*X*005010X%s~" % ("FA" if not phi else "HS", lt.strftime("%Y%m%d"), lt.strftime("%H%M"), R.randint(1, 9999), "231A1" if not phi else "279A1")
    if not phi:
        return [[isa], [gs], ["ST*999*0001*005010X231A1~"], ["AK1*HS*%d*005010X279A1~" % R.randint(1, 9999)], ["AK2*270*0001*005010X279A1~"],
                ["IK5*A~"], ["AK9*A*1*1*1~"], ["SE*6*0001~"], ["GE*1*%d~" % R.randint(1, 9999)], ["IEA*1*%s~" % ctl]]
    p = pick_patient()
    payer = {"medicaid": ("ARKANSAS MEDICAID" if p.addr["state"] == "AR" else "STATE MEDICAID", "SKMCD"), "mbi": ("CMS MEDICARE PART B", "CMSMED"),
             "commercial": ("BLUE CROSS BLUE SHIELD", "BCBS01"), "none": ("SELF PAY", "SELF")}[p.plan_kind]
    doc = R.choice(STAFF)[0]
    fam = ascii_fold(p.family).upper()
    giv = ascii_fold(p.given).upper()
    lines = [[isa], [gs], ["ST*270*0001*005010X279A1~"], ["BHT*0022*13*", hexs(10).upper(), "*", lt.strftime("%Y%m%d"), "*", lt.strftime("%H%M"), "~"],
             ["HL*1**20*1~"], ["NM1*PR*2*%s*****PI*%s~" % payer], ["HL*2*1*21*1~"],
             ["NM1*1P*2*NHTOP %s CLINIC*****XX*%s~" % (p.clinic, STAFF_NPI[doc])], ["HL*3*2*22*0~"], ["TRN*1*", hexs(12).upper(), "*9NHTOP0001~"]]
    nm = ["NM1*IL*1*", P(fam, "name"), "*", P(giv, "name"), "****MI*"]
    nm += [P(p.plan_id, "health_plan") if p.plan_id else P(p.mrn, "mrn"), "~"]
    lines.append(nm)
    if R.random() < .3:
        lines.append(["REF*SY*", P(p.ssn.replace("-", ""), "ssn"), "~"])
    if R.random() < .5:
        lines.append(["N3*", P(ascii_fold(p.addr["street"]).upper(), "address"), "~"])
        lines.append(["N4*", P(ascii_fold(p.addr["city"]).upper(), "address"), "*", p.addr["state"], "*", P(p.addr["zip"], "zip"), "~"])
    lines.append(["DMG*D8*", P(d_hl7(p.dob), "date"), "*", p.sex, "~"])
    lines.append(["DTP*291*D8*", P(d_hl7(near(0, 30)), "date"), "~"])
    lines.append(["EQ*%s~" % R.choice(["30", "1", "BZ", "98"])])
    lines.append(["SE*%d*0001~" % (len(lines) - 1)])
    lines.append(["GE*1*%d~" % R.randint(1, 9999)])
    lines.append(["IEA*1*%s~" % ctl])
    return lines


def f_trace(phi):
    t = tick()
    head = local(t).strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)
    if not phi or R.random() < .3:
        if R.random() < .5:
            return [[head, " ERROR [grant.etl] export batch FY24Q2 failed"], ["Traceback (most recent call last):"],
                    ["  File \"/opt/grant-etl/etl/export.py\", line 144, in push_batch"], ["    resp = session.post(EHB_URL, data=payload, timeout=30)"],
                    ["  File \"/opt/grant-etl/venv/lib/python3.11/site-packages/requests/adapters.py\", line 501, in send"],
                    ["    raise ConnectionError(err, request=request)"],
                    ["requests.exceptions.ConnectionError: HTTPSConnectionPool(host='ehb.hrsa.gov', port=443): Max retries exceeded with url: /pms/api/v4/batches (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f%s>: Failed to establish a new connection: [Errno 110] Connection timed out'))" % hexs(9)]]
        return [[head, " ERROR [pro.worker] Task pro.render[", ruuid(), "] raised unexpected: KeyError('salsa.q14')"], ["Traceback (most recent call last):"],
                ["  File \"/srv/pro/venv/lib/python3.11/site-packages/celery/app/trace.py\", line 477, in trace_task"],
                ["  File \"/srv/pro/app/i18n.py\", line 61, in t"], ["    return CATALOG[lang][key]"], ["KeyError: 'salsa.q14'"]]
    p = pick_patient()
    return [[head, " ERROR [pro.worker] Task pro.score[", ruuid(), "] raised unexpected: ScoringError"], ["Traceback (most recent call last):"],
            ["  File \"/srv/pro/app/tasks.py\", line 212, in score_submission"], ["    result = scorer.score(resp)"],
            ["  File \"/srv/pro/app/scoring/salsa.py\", line 88, in score"],
            ["    raise ScoringError(f\"missing item {k} for participant {resp.participant} ({resp.display_name})\")"],
            ["pro.scoring.ScoringError: missing item q%d for participant " % R.randint(1, 20), P(p.mrn, "mrn"), " (", P(last_first(p), "name"), ")"]]


def f_sql(phi):
    t = tick()
    head = local(t).strftime("%Y-%m-%d %H:%M:%S.") + "%03d CDT [%d] " % (t.microsecond // 1000, R.randint(10000, 60000))
    if not phi:
        opts = [
            "nhtop_ehr@ehrprod LOG:  duration: %.3f ms  execute S_%d: SELECT mrn, regimen, cycle FROM mdt_course WHERE clinic_code = $1 AND status = $2" % (R.uniform(.2, 90), R.randint(1, 40)),
            "@ LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=0.004 s, total=%.3f s" % (R.randint(100, 9000), R.uniform(.1, 9), R.randint(0, 4), R.uniform(1, 200), R.uniform(1, 200)),
            "grant_etl@ehrprod LOG:  connection authorized: user=grant_etl database=ehrprod application_name=hrsa-feed SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384)",
            "@ LOG:  automatic vacuum of table \"ehrprod.public.nfa_assessment\": index scans: 1, pages: 0 removed, %d remain" % R.randint(1000, 90000),
        ]
        return [[head, R.choice(opts)]]
    p = pick_patient()
    k = R.random()
    if k < .4:
        return [[head, "nhtop_ehr@ehrprod LOG:  duration: %.3f ms  statement: SELECT p.mrn, p.dob, c.regimen FROM patient p JOIN mdt_course c USING (mrn) WHERE p.last_name ILIKE '" % R.uniform(200, 3000),
                 P(p.family.replace("'", "''"), "name"), "%' AND p.dob = '", P(d_iso(p.dob), "date"), "'"]]
    if k < .7:
        return [[head, "nhtop_ehr@ehrprod LOG:  duration: %.3f ms  execute <unnamed>: UPDATE patient SET phone_mobile = $1, email = $2 WHERE mrn = $3" % R.uniform(.5, 20)],
                [head, "nhtop_ehr@ehrprod DETAIL:  parameters: $1 = '", P(fmt_phone(p.phone, "paren"), "phone"), "', $2 = ", ("'", P(p.email, "email"), "'") if p.email else "NULL", ", $3 = '", P(p.mrn, "mrn"), "'"]]
    ss = p.ssn if R.random() < .8 else R.choice(["999-99-9999", "000-00-0000"])
    ssp = P(ss, "ssn") if ss not in ("999-99-9999", "000-00-0000") else ss
    fax = ["NULL"] if R.random() < .6 else ["'", P(fmt_phone(mk_phone(p.clinic), "dash"), "fax"), "'"]
    return [[head, "registrar@ehrprod ERROR:  duplicate key value violates unique constraint \"patient_ssn_key\""],
            [head, "registrar@ehrprod STATEMENT:  INSERT INTO patient (mrn, last_name, first_name, dob, ssn, home_fax, home_clinic) VALUES ('", P(p.mrn, "mrn"), "', '",
             P(p.family.replace("'", "''"), "name"), "', '", P(p.given, "name"), "', '", P(d_iso(p.dob), "date"), "', '", ssp, "', ", fax, ", '", p.clinic, "')"]]


def f_note(phi):
    t = tick()
    ts = local(t).strftime("%Y-%m-%d %H:%M:%S")
    doc, user = R.choice(STAFF)
    if not phi:
        txt = R.choice(["Clinic huddle: MDT MB stock OK (lot NVL-MB-24A002 received), clofazimine lot NVL-CF-23J044 exp 05/2024 - use first.",
                        "Education session for new PT staff on VMT/ST grading held in Rm 2B; 6 attendees. Slides on SharePoint /NFA/Training.",
                        "Thalidomide REMS recertification due for all prescribers by 2024-06-30. Contact pharmacy (225) 555-0177."])
        return [["ADMIN\t", "N%08d" % R.randint(1, 10 ** 8), "\t", ts, "\t", doc, "\t", txt]]
    p = pick_patient()
    age = age_on(p, today())
    agep = P(str(age), "age") if age > 89 else str(age)
    r = R.choice(p.rel)
    exd = today() - dt.timedelta(days=R.randint(3, 40))
    bits = ["S: ", agep, "yo ", {"M": "M", "F": "F"}[p.sex], " born in ", BORN[p.origin], ", ", p.regimen, " cycle ", str(p.cycle), ". ",
            R.choice(["Reports new numbness L 4th/5th fingers. ", "ENL flare x1 wk, painful nodules arms. ", "Skin darkening from clofazimine, distressed. ", "No new complaints; adherent per blister count. "]),
            "Pt ", P(full(p), "name"), " (DOB ", P(d_us(p.dob), "date"), ") lives with ", r.rel, " ", P(full(r), "name"), " at ",
            P("%s, %s" % (p.addr["street"], p.addr["city"]), "address"), " ", p.addr["state"], " ", P(p.addr["zip"], "zip"), ". ",
            "Household contacts examined ", P(d_us(exd), "date"), ": no lesions; rifampicin SDR given. Plan: recheck ulnar VMT in 3 mo; ", R.choice(THERAPISTS), " to see."]
    return [["NOTE\t", "N%08d" % R.randint(1, 10 ** 8), "\t", ts, "\t", doc, "\t", bits]]


def f_inv(phi):
    t = tick()
    sku = R.choice(list(LOTS))
    return [["%s %s %-4s%-12s%-26s%-15s%s %06d %-3s %s" % (local(t).strftime("%Y%m%d"), local(t).strftime("%H%M%S"), R.choice(list(CLINICS)), sku, DRUGS[sku][:26], R.choice(LOTS[sku]),
              R.choice(["2025-11", "2024-05", "2026-02"]), R.randint(0, 900), R.choice(["RCV", "ADJ", "CNT", "XFR"]), "PO%07d" % R.randint(1, 10 ** 7))]]


def f_xml(phi):
    t = tick()
    if not phi:
        return [["<?xml version=\"1.0\" encoding=\"UTF-8\"?><NcrBatchAck xmlns=\"urn:nhtop:ncr:1\" batchId=\"NCR-%s-%03d\" received=\"%s\" accepted=\"%d\" rejected=\"0\"/>" % (local(t).strftime("%Y%m%d"), R.randint(1, 200), iso_z(t, False), R.randint(1, 6))]]
    p = pick_patient()
    st = p.addr["state"]
    onset = today() - dt.timedelta(days=R.randint(60, 900))
    age = age_on(p, today())
    cid = "HD-2024-%s-%04d" % (st, R.randint(1, 300))
    x = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?><NotifiableCase xmlns=\"urn:nhtop:ncr:1\"><CaseId>", P(cid, "other_id"), "</CaseId>",
         "<Condition code=\"10380\">Hansen's disease (leprosy)</Condition><Patient><Name><Family>", P(p.family, "name"), "</Family><Given>",
         P(p.given, "name"), "</Given></Name><Sex>", p.sex, "</Sex><BirthDate>", P(d_iso(p.dob), "date"), "</BirthDate><AgeYears>",
         P(str(age), "age") if age > 89 else str(age), "</AgeYears><County>", P(p.addr["county"], "address"), "</County><State>", st,
         "</State><Zip>", P(p.addr["zip"], "zip"), "</Zip><CountryOfBirth>", BORN[p.origin], "</CountryOfBirth></Patient><Clinical><Onset>",
         P(onset.strftime("%Y-%m"), "date"), "</Onset><Classification>", "MB" if p.regimen != "PB-MDT" else "PB", "</Classification><WhoGrade>",
         str(R.randint(0, 2)), "</WhoGrade></Clinical><Reporter><Name>", R.choice(STAFF)[0], "</Name><Org>", CLINICS[p.clinic]["site"].split(",")[0],
         "</Org><Phone>", CLINICS[p.clinic]["ph"], "</Phone></Reporter></NotifiableCase>"]
    return [x]


def f_fw(phi):
    t = tick(1, 30)
    lt = local(t)
    c = R.choice(["HOU", "SPR", "HNL", "MIA", "BR"])
    user = R.choice(STAFF + OUTREACH)[1]
    if R.random() < .6:
        return [["date=%s time=%s devname=\"NHTOP-%s-FGT60F\" devid=\"FGT60FTK22%05d\" eventtime=%d tz=\"-0500\" logid=\"0000000013\" type=\"traffic\" subtype=\"forward\" level=\"notice\" vd=\"root\" srcip=10.%d.%d.%d srcport=%d srcintf=\"lan\" dstip=%s dstport=443 dstintf=\"wan1\" proto=6 action=\"accept\" policyid=%d service=\"HTTPS\" app=\"%s\" sentbyte=%d rcvdbyte=%d duration=%d" %
                 (lt.strftime("%Y-%m-%d"), lt.strftime("%H:%M:%S"), c, R.randint(0, 99999), int(t.timestamp() * 1e9), R.randint(10, 60), R.randint(0, 9), R.randint(2, 250), R.randint(30000, 65000),
                  R.choice(["52.96.165.18", "20.190.151.7", "162.%d.%d.%d" % (R.randint(1, 250), R.randint(0, 255), R.randint(1, 254))]), R.randint(1, 40),
                  R.choice(["Microsoft.Teams", "Microsoft.Portal", "HTTPS.BROWSER", "Epic.Hyperspace"]), R.randint(200, 90000), R.randint(200, 900000), R.randint(1, 600))]]
    return [["date=%s time=%s devname=\"NHTOP-BR-FGT200F\" devid=\"FG200FT92%06d\" logid=\"0101039947\" type=\"event\" subtype=\"vpn\" level=\"information\" vd=\"root\" logdesc=\"SSL VPN tunnel up\" action=\"tunnel-up\" tunneltype=\"ssl-tunnel\" remip=%s user=\"%s\" group=\"NHTOP-Clinical\" reason=\"N/A\" msg=\"SSL tunnel established\"" %
             (lt.strftime("%Y-%m-%d"), lt.strftime("%H:%M:%S"), R.randint(0, 999999), "%d.%d.%d.%d" % (R.choice([71, 99, 172, 208]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)), user)]]


def f_chat(phi):
    t = tick()
    ts = "[" + local(t).strftime("%Y-%m-%d %H:%M") + "]"
    ch = R.choice(["#spr-clinic", "#hnl-clinic", "#smear-lab", "#pharmacy", "#travel-med", "#outreach"])
    who = R.choice(STAFF + OUTREACH)[1]
    if not phi:
        txt = R.choice(["who has the key to the smear lab fridge? need the ZN reagents", "Reminder: Novartis MDT shipment arriving Thu, lot NVL-MB-24A002, 40 MB packs",
                        "Teams is down for me again, anyone else? ticket INC0048213 opened with IT", "new monofilament kits (SW-KIT-0211..0220) are in cabinet B",
                        "interpreter line for Chuukese is (888) 555-0193 opt 4 now", "lunch & learn on ENL mgmt w/ Dr. Lindqvist moved to 12:30"])
        return [[ts, " ", ch, " <", who, "> ", txt]]
    p = pick_patient()
    k = R.random()
    if k < .4:
        bits = ["can someone call ", R.choice(["Mrs. ", "Mr. ", ""]), P(p.family, "name"), " back at ", P(fmt_phone(p.phone, R.choice(["dash", "paren", "dot"])), "phone"),
                "? missed cycle ", str(p.cycle), " pickup on ", P(today().replace(day=max(1, today().day - R.randint(1, 9))).strftime("%-m/%-d"), "date")]
    elif k < .7:
        bits = ["smear for ", P(p.mrn, "mrn"), " came back BI 4+, ", R.choice(STAFF)[0], " wants to see ", P(p.given.split()[0], "name"), " this week"]
    else:
        r = R.choice(p.rel)
        bits = ["FYI ", P(full(p), "name"), "'s ", r.rel, " ", P(full(r), "name"), " wants to be examined too (household contact), lives at same address in ", P(p.addr["city"], "address")]
    return [[ts, " ", ch, " <", who, "> ", bits]]


def f_k8s(phi):
    t = tick(1, 40)
    h = "I%s %7d event.go:294]" % (t.strftime("%m%d %H:%M:%S.") + "%06d" % t.microsecond, 1)
    app = R.choice(["pro-api", "grace-rxflow", "nfa-web", "fhir-gw", "sms-gw", "grant-etl"])
    pod = "%s-%s-%s" % (app, hexs(9), hexs(5))
    ver = "%d.%d.%d" % (R.randint(1, 4), R.randint(0, 20), R.randint(0, 9))
    if R.random() < .6:
        return [[h, " \"Event occurred\" object=\"nhtop-prod/%s\" fieldPath=\"\" kind=\"Pod\" apiVersion=\"v1\" type=\"Normal\" reason=\"Pulled\" message=\"Successfully pulled image \\\"registry.nhtop.hrsa.gov/%s:%s@sha256:%s\\\" in %.3fs\"" % (pod, app, ver, hexs(64), R.uniform(.5, 9))]]
    return [["time=\"%s\" level=info msg=\"Sync operation to %s succeeded\" application=argocd/%s dest-namespace=nhtop-prod revision=%s" % (iso_z(t, False), hexs(40), app, hexs(40))]]


def f_fin(phi):
    t = tick()
    ts = iso_z(t, False)
    if not phi:
        return [["BATCH,%s,RB-BATCH-%s,rows=%d,total=%.2f,ach_file=NHTOP%sA.ach,status=TRANSMITTED" % (ts, local(t).strftime("%m%d"), R.randint(4, 30), R.uniform(200, 4000), local(t).strftime("%m%d"))]]
    p = pick_patient()
    if R.random() < .55:
        st = p.addr["state"]
        dln = {"AR": "9%08d" % R.randint(0, 10 ** 8), "HI": "H%08d" % R.randint(0, 10 ** 8), "TX": "%08d" % R.randint(10 ** 7, 10 ** 8 - 1),
               "FL": "%s%03d-%03d-%02d-%03d-%d" % (p.family[0].upper(), R.randint(0, 999), R.randint(0, 999), R.randint(40, 99), R.randint(0, 999), R.randint(0, 9))}.get(st, "%s%07d" % (R.choice("ABDMS"), R.randint(0, 10 ** 7)))
        plate = R.choice(["%s%s%s %03d" % (tuple(R.choice("ABCDEFGHJKLMNPRSTVWXY") for _ in range(3)) + (R.randint(0, 999),)), "%d%s%s%d" % (R.randint(1, 9), R.choice("ABCDEFGHJKLMNPRSTVWXY"), R.choice("ABCDEFGHJKLMNPRSTVWXY"), R.randint(100, 999))])
        miles = R.randint(20, 480)
        row = ["RMB,", ts, ",", P(p.mrn, "mrn"), ",\"", P(last_first(p), "name"), "\",", st, ",", P(dln, "license"), ",", P(plate, "vehicle"), ","]
        row += [P(vin(), "vehicle") if R.random() < .5 else "", ",%d,%.2f,%.2f,%s," % (miles, .21, miles * .21, R.choice(["082000549", "121000358", "021000021"]))]
        row += [P("%d" % R.randint(10 ** 8, 10 ** 11), "account"), ",APPROVED"]
        return [row]
    valid = R.random() < .8
    pan = card(R.choice(["4", "51", "37"]), 15 if False else 16, valid)
    return [["PAY,", ts, ",TXN-", hexs(12).upper(), ",", P(p.mrn, "mrn"), ",TRAVEL-CONSULT+YF-VAX,", "%.2f" % R.choice([185.0, 240.0, 95.0]), ",pan=", P(pan, "account"),
             ",exp=%02d/%02d,auth=%06d,%s" % (R.randint(1, 12), R.randint(25, 29), R.randint(0, 999999), "APPROVED" if valid else "DECLINED_INVALID_PAN")]]


def f_iot(phi):
    t = tick()
    if not phi:
        gw = "gw-%s-%02d" % (R.choice(["spr", "hnl", "sea"]), R.randint(1, 3))
        return [J({"ts": iso_z(t), "topic": "nhtop/insole/gw/%s/status" % gw, "gw": gw, "uptime_s": R.randint(1000, 9000000), "fw": "1.9.%d" % R.randint(0, 4), "rssi": -R.randint(40, 90), "queued": R.randint(0, 20)})]
    pats = [p for p in PATIENTS if p.insole]
    p = R.choice(pats)
    sn, mc = p.insole
    d = {"ts": iso_z(t), "topic": "nhtop/insole/%s/up" % p.clinic.lower(), "dev": {"sn": P(sn, "device"), "mac": P(mc, "device"), "fw": "2.3.7", "batt": R.randint(8, 100)},
         "pt": P(p.mrn, "mrn"), "event": R.choice(["hotspot", "hotspot", "sync"])}
    if d["event"] == "hotspot":
        d["hotspot"] = {"site": R.choice(["L_MTH1", "R_MTH1", "L_HEEL", "R_HALLUX"]), "kPa": R.randint(250, 700), "dur_s": R.randint(30, 900)}
    else:
        d["samples"] = R.randint(100, 90000)
    return [J(d)]


FAMILIES = {
    # name: (fn, weight, has_phi_variant, has_nonphi_variant)
    "mdt_json": (f_mdt_json, 10, True, True), "nfa_logback": (f_nfa, 8, True, True), "hl7_lis": (f_hl7, 2.2, True, True),
    "pro_json": (f_pro, 9, True, True), "fhir": (f_fhir, 4, True, True), "grant_psv": (f_grant, 5, True, True),
    "nginx": (f_nginx, 11, True, True), "syslog": (f_syslog, 7, False, True), "sms_logfmt": (f_sms, 6, True, True),
    "x12": (f_x12, 0.9, True, True), "py_trace": (f_trace, 1.2, True, True), "pg_sql": (f_sql, 5, True, True),
    "ehr_note": (f_note, 4, True, True), "inv_fixed": (f_inv, 4, False, True), "case_xml": (f_xml, 2, True, True),
    "fw_kv": (f_fw, 6, False, True), "chat": (f_chat, 5, True, True), "k8s": (f_k8s, 5, False, True),
    "fin_csv": (f_fin, 4, True, True), "insole_iot": (f_iot, 4, True, True),
}


CAP = {"x12": 34, "hl7_lis": 38, "py_trace": 22, "nginx": 55}   # lines per family
W_NONPHI = {"x12": 0.3, "py_trace": 0.6, "hl7_lis": 0.6}   # long all-clean blocks: rarer


def main():
    out = []    # (family, bytes, spans)
    n_phi = 0
    fam_lines = {}
    while len(out) < N_LINES:
        cur = n_phi / len(out) if out else TARGET_PHI_SHARE
        pphi = min(.95, max(.05, TARGET_PHI_SHARE + 2.5 * (TARGET_PHI_SHARE - cur)))
        phi = R.random() < pphi
        names = [n for n, v in FAMILIES.items() if (v[2] if phi else v[3]) and fam_lines.get(n, 0) < CAP.get(n, 60)]
        wts = [FAMILIES[n][1] * (1 if phi else W_NONPHI.get(n, 1)) for n in names]
        fam = R.choices(names, weights=wts)[0]
        for parts in FAMILIES[fam][0](phi):
            if len(out) >= N_LINES:
                break
            b, spans = render(parts)
            out.append((fam, b, spans))
            fam_lines[fam] = fam_lines.get(fam, 0) + 1
            n_phi += bool(spans)
    # ---- checks
    with open("re.log", "wb") as fl, open("re.labels.jsonl", "w", encoding="utf-8") as fj:
        for i, (fam, b, spans) in enumerate(out, 1):
            if b"\n" in b or b"\r" in b or not b.strip():
                raise SystemExit("bad line %d" % i)
            b.decode("utf-8")
            last = 0
            for sp in sorted(spans, key=lambda x: x["s"]):
                if not (0 <= sp["s"] < sp["e"] <= len(b)):
                    raise SystemExit("span out of range line %d: %r" % (i, sp))
                if sp["s"] < last:
                    raise SystemExit("overlap line %d: %r" % (i, sp))
                last = sp["e"]
                if b[sp["s"]:sp["e"]].decode("utf-8") != sp["_v"]:
                    raise SystemExit("span text mismatch line %d: %r" % (i, sp))
                if sp["cat"] not in CATS:
                    raise SystemExit("bad cat line %d: %r" % (i, sp))
            fl.write(b + b"\n")
            fj.write(json.dumps({"line": i, "family": fam, "spans": [{"s": s["s"], "e": s["e"], "cat": s["cat"]} for s in spans]}) + "\n")
    # sanity of checksummed numbers placed as PHI
    for p in PATIENTS:
        assert luhn_ok(p.imei)
    for n in STAFF_NPI.values():
        assert luhn_ok("80840" + n)
    print("lines=%d phi_lines=%d share_no_phi=%.3f" % (len(out), n_phi, 1 - n_phi / len(out)), file=sys.stderr)


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health_plan", "account", "license", "vehicle",
        "device", "url", "ip", "biometric", "photo", "other_id"}

if __name__ == "__main__":
    main()
