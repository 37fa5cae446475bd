#!/usr/bin/env python3
"""gen_pe.py - synthetic labeled log corpus "pe".

Organisation: Lakeshore Digestive Health, S.C. (a gastroenterology practice)
and its ambulatory surgery center, Lakeshore Endoscopy Center (LEC),
Milwaukee WI.  One day (2024-10-15) of logs as collected by the practice's
log shipper / SIEM archive, interleaved in time order.

Systems simulated (family names in the labels file)
  provation   endoscopy report writer app log (Serilog compact JSON, @t/@mt/@l)
  aer         automated endoscope reprocessor (vendor key=value, AER01..AER04)
  scopetrack  scope tracking system CSV export (one row per scope event)
  capsule     capsule-endoscopy upload service (logfmt, Go service)
  anes        anesthesia information system case export (pipe vendor rows)
  hl7         pathology results from the outside GI path lab (HL7 v2 ORU^R01,
              one segment per line) and scheduling ADT/SIU feed
  sms         bowel-prep reminder SMS gateway (JSON, Twilio-like callbacks;
              bodies in English, Spanish, Polish)
  pgsql       scheduling/billing database (PostgreSQL log format)
  x12         clearinghouse 837P / 271 / 835 segments, one per line
  nginx       patient portal access log (combined format)
  syslog      Linux servers (sshd, cron, systemd, kernel)
  mirth       interface engine (Mirth Connect log lines + Java stack traces)
  fhir        portal sync FHIR R4 resources, one JSON per line
  fixed       fixed-width daily AR / collections export
  wineventlog Windows security events (staff logons), key=value
  notes       free-text nursing / call-center notes (tab separated)
  chat        staff Teams chat export (JSON)
  fax         fax server log (RightFax-like)
  pay         payment gateway / card terminal (logfmt)
  kiosk       check-in kiosk (JSON, AAMVA driver's licence scan)

Labeling decisions (grey cases)
  * Patients, their escorts (the adult who drives them home after sedation),
    guarantors and emergency contacts are labeled.  Physicians, CRNAs,
    nurses, techs, front-desk staff, referring physicians, vendors and the
    practice's own addresses/phones/faxes/emails/NPIs are not.
  * Endoscope serial numbers (practice equipment) are NOT PHI, even when a
    scope-tracking row links a scope to a patient; the patient MRN in the row
    is labeled.  Capsule-endoscopy data recorders and the capsule itself
    are worn/ingested by the patient: their serial numbers are `device`.
    Capsule lot numbers, prep kit lots and NDCs are not PHI.
  * MRNs -> mrn.  Visit/FIN/patient account numbers, patient control number
    (X12 CLM01), guarantor account numbers and full card PANs -> account.
    Masked PANs (only last 4 visible) are not labeled.
  * Pathology accession numbers, anesthesia case numbers, capsule study IDs,
    payer claim numbers (CLP07) and prep-program enrolment IDs -> other_id.
    Appointment IDs, order numbers, message control IDs, X12 control numbers
    and MessageSids are record keys, not labeled.
  * Dates tied to the patient (birth, procedure/service, appointment, prep
    start, specimen collection, result) are `date`, also when they equal the
    log's own day.  Log record timestamps, HL7 MSH-7, X12 ISA/GS dates,
    reprocessing cycle times and times of day alone are not labeled.
  * HL7 XPN (LAST^FIRST^M) is one name span; X12 NM103/NM104 and FHIR
    family/given are separate elements and get separate name spans.  A street
    run is one address span; city is its own address span when in its own
    field; ZIP is always its own zip span.  States are not labeled.
  * Ages are labeled only when over 89.
  * A patient's public IP in the portal access log -> ip; internal 10.x /
    172.16.x addresses of workstations and servers are not labeled.
  * IDs inside URL paths are labeled by their own category (mrn, account);
    a personal short link with a per-patient token -> url (the whole link in
    an SMS body, the /p/TOKEN path in the access log).
  * Inflected name forms (Polish vocative "Zofio") are names.
  * Licence numbers from the kiosk's DL scan -> license; escort's car plate
    mentioned in a front-desk note -> vehicle.  Kiosk face capture base64 ->
    photo.
"""
import json
import random
import sys
import uuid
import hashlib
from datetime import datetime, timedelta, timezone

SEED = 20241015
rng = random.Random(SEED)

N_LINES = 500


# --------------------------------------------------------------------------
# line builder
class L:
    def __init__(self, family):
        self.family = family
        self.parts = []  # (text, cat)

    def t(self, s):
        self.parts.append((str(s), None))
        return self

    def p(self, s, cat):
        s = str(s)
        assert s, "empty PHI value"
        self.parts.append((s, cat))
        return self

    def seg(self, segs):
        for s, c in segs:
            if c:
                self.p(s, c)
            else:
                self.t(s)
        return self

    def build(self):
        text = ""
        spans = []
        pos = 0
        for s, c in self.parts:
            b = s.encode("utf-8")
            if c:
                spans.append({"s": pos, "e": pos + len(b), "cat": c, "_v": s})
            pos += len(b)
            text += s
        return text, spans


def jstr(L_, value, cat=None, ea=False):
    """append a JSON string value (quoted). value may be a str or a list of
    (text, cat) segments."""
    L_.t('"')
    if isinstance(value, list):
        for s, c in value:
            enc = json.dumps(s, ensure_ascii=ea)[1:-1]
            if c:
                L_.p(enc, c)
            else:
                L_.t(enc)
    else:
        enc = json.dumps(value, ensure_ascii=ea)[1:-1]
        if cat:
            L_.p(enc, cat)
        else:
            L_.t(enc)
    L_.t('"')


def jobj(L_, items, ea=False, sep=(",", ":")):
    """items: list of (key, value, cat). value: str/int/float/bool/None,
    list of segments (tagged by cat='seg'), or ('raw', text) / ('obj', items)."""
    L_.t("{")
    first = True
    for k, v, c in items:
        if not first:
            L_.t(sep[0])
        first = False
        L_.t(json.dumps(k) + sep[1])
        jval(L_, v, c, ea, sep)
    L_.t("}")


def jval(L_, v, c, ea, sep):
    if isinstance(v, tuple) and v[0] == "obj":
        jobj(L_, v[1], ea, sep)
    elif isinstance(v, tuple) and v[0] == "arr":
        L_.t("[")
        for i, (vv, cc) in enumerate(v[1]):
            if i:
                L_.t(sep[0])
            jval(L_, vv, cc, ea, sep)
        L_.t("]")
    elif isinstance(v, tuple) and v[0] == "raw":
        L_.t(v[1])
    elif isinstance(v, str):
        jstr(L_, v, c, ea)
    elif isinstance(v, list):
        jstr(L_, v, None, ea)
    else:
        s = json.dumps(v)
        if c:
            L_.p(s, c)
        else:
            L_.t(s)


# --------------------------------------------------------------------------
# checksums / identifiers
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


def npi():
    base = "1" + "".join(rng.choice("0123456789") for _ in range(8))
    return base + luhn_digit("80840" + base)


def card(prefix="4", length=16, valid=True):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    d = luhn_digit(body)
    if not valid:
        d = str((int(d) + 3) % 10)
    return body + d


def ssn(valid=True):
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        break
    g = rng.randint(1, 99)
    s = rng.randint(1, 9999)
    if not valid:
        return "%03d-%02d-%04d" % (rng.choice([0, 666, 912]), g, s)
    return "%03d-%02d-%04d" % (a, g, s)


MBI_L = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_L + "0123456789"


def mbi():
    return (str(rng.randint(1, 9)) + rng.choice(MBI_L) + rng.choice(MBI_AN) + str(rng.randint(0, 9))
            + rng.choice(MBI_L) + rng.choice(MBI_AN) + str(rng.randint(0, 9)) + rng.choice(MBI_L)
            + rng.choice(MBI_L) + str(rng.randint(0, 9)) + str(rng.randint(0, 9)))


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uid():
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def ups(n):
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))


# --------------------------------------------------------------------------
# people
FIRST_F = ["Jane", "María José", "Zofia", "Aaliyah", "Thi Hoa", "Ingrid", "Hope", "Precious", "Dolores",
           "Siobhán", "Fatima", "Rose", "Kateryna", "Mei-Ling", "Carmen", "Ebony", "Bernadette", "Ayesha",
           "Grace", "Olga", "Guadalupe", "Joy", "Hannelore", "Nkechi", "Summer"]
FIRST_M = ["Jerome", "José Luis", "Tomasz", "Dwayne", "Minh", "Guy", "Hans-Peter", "Rashid", "Bill",
           "Kwame", "Lars", "Chester", "Santiago", "Royce", "Ignacy", "Darnell", "Baxter", "Ahmed",
           "Wendell", "Mike", "Faustino", "Pierce", "Cornelius", "Hiroshi", "Sterling"]
LAST = ["Okafor", "García-Molina", "Wójcik", "Nguyễn", "Baker", "Mason", "Winter", "Kowalczyk",
        "O'Brien", "Van der Berg", "Al-Hashimi", "Schmidt", "Thunderbird", "Rivera", "Ó Súilleabháin",
        "Washington", "Lindqvist", "Nakamura", "Hernández Cruz", "Bell", "Stone", "Brzęczyszczykiewicz",
        "Oyelaran", "MacLeod", "Fox", "Delacroix-Pierre", "Chaudhry", "Sparrow", "Kim", "Jablonski",
        "Banda", "Hill", "Zielinski", "Petrov", "Money", "Goodnight", "Dumas", "Park-Sullivan"]
STREETS = ["N Oakland Ave", "W Burleigh St", "S Kinnickinnic Ave", "W Forest Home Ave", "N 76th St",
           "E Capitol Dr", "W Lincoln Ave", "N Humboldt Blvd", "S 27th St", "W Greenfield Ave",
           "Maple Ridge Ct", "Pewaukee Rd", "W Bluemound Rd", "E Layton Ave", "Hawthorn Ln"]
CITIES = [("Milwaukee", "532"), ("Wauwatosa", "532"), ("West Allis", "532"), ("Brookfield", "530"),
          ("Waukesha", "531"), ("Cudahy", "531"), ("Shorewood", "532"), ("Racine", "534"),
          ("Menomonee Falls", "530"), ("Oak Creek", "531")]
AREA = ["414", "262", "414", "920", "608", "414", "262"]
PLANS = [("MEDICARE", "mbi"), ("WI MEDICAID FORWARDHEALTH", "mcd"), ("UNITEDHEALTHCARE", "uhc"),
         ("BCBS WI ANTHEM", "bcbs"), ("QUARTZ", "qtz"), ("HUMANA MA", "hum"), ("SECURITY HEALTH", "sh")]
PROCS = [("COLONOSCOPY", "45385", "Z12.11"), ("COLONOSCOPY", "45380", "K63.5"), ("EGD", "43239", "K21.9"),
         ("EGD", "43235", "R13.10"), ("FLEX SIG", "45330", "K62.5"), ("COLONOSCOPY", "45378", "Z86.010"),
         ("EGD+COLON", "43239", "D50.9"), ("CAPSULE", "91110", "K92.2")]
PREPS = ["SUTAB", "SUPREP", "PLENVU", "GoLYTELY", "Clenpiq", "MiraLAX/Gatorade"]


def phone_digits():
    return rng.choice(AREA), str(rng.randint(2, 9)) + digits(2), digits(4)


class Patient:
    pass


def make_patient(i):
    pt = Patient()
    female = rng.random() < 0.52
    pt.sex = "F" if female else "M"
    pt.first = rng.choice(FIRST_F if female else FIRST_M)
    pt.last = rng.choice(LAST)
    if rng.random() < 0.12:
        pt.last = pt.last.split()[0] + "-" + rng.choice(["Baker", "Lopez", "Kaur", "Novak", "Reyes"])
    pt.mi = rng.choice("ABCDEJKLMRST")
    y = rng.randint(1931, 1999)
    if i in (5, 23):
        y = rng.choice([1930, 1932, 1933])  # over 89
    pt.dob = datetime(y, rng.randint(1, 12), rng.randint(1, 28))
    pt.age = 2024 - y - (1 if (pt.dob.month, pt.dob.day) > (10, 15) else 0)
    pt.mrn = "00" + str(rng.randint(100000, 999999))
    pt.fin = "V24" + digits(7)
    pt.street = "%d %s" % (rng.randint(100, 9899), rng.choice(STREETS))
    if rng.random() < 0.25:
        pt.street += rng.choice([" Apt 3", " Unit 12B", " Apt 204", " #2"])
    city, zp = rng.choice(CITIES)
    pt.city = city
    pt.zip = zp + digits(2)
    pt.phone = phone_digits()
    pt.email = (pt.first.split()[0].lower().replace("é", "e").replace("á", "a") + "."
                + pt.last.split()[0].lower().replace("'", "").replace("ó", "o").replace("ú", "u")
                .replace("ễ", "e").replace("ę", "e").replace("á", "a")
                + str(rng.randint(1, 99)) + "@" + rng.choice(["gmail.com", "yahoo.com", "att.net", "outlook.com", "charter.net"]))
    pt.email = pt.email.encode("ascii", "ignore").decode()
    pt.plan, kind = rng.choice(PLANS)
    if pt.age >= 65 and rng.random() < 0.7:
        pt.plan, kind = "MEDICARE", "mbi"
    if kind == "mbi":
        pt.member = mbi()
    elif kind == "mcd":
        pt.member = digits(10)
    elif kind == "uhc":
        pt.member = digits(9)
    elif kind == "bcbs":
        pt.member = "XJG" + digits(9)
    else:
        pt.member = rng.choice(["Q", "H", "S"]) + digits(8) + "0" + str(rng.randint(1, 4))
    pt.ssn = ssn(valid=(i != 17))
    pt.proc = rng.choice(PROCS)
    pt.prep = rng.choice(PREPS)
    pt.lang = "es" if pt.first in ("María José", "José Luis", "Guadalupe", "Santiago", "Carmen", "Faustino") else (
        "pl" if pt.first in ("Zofia", "Tomasz", "Ignacy") else "en")
    pt.escort_rel = rng.choice(["spouse", "daughter", "son", "friend", "neighbor", "brother", "sister"])
    if pt.escort_rel in ("daughter", "sister"):
        ef = rng.choice(FIRST_F)
    elif pt.escort_rel in ("son", "brother"):
        ef = rng.choice(FIRST_M)
    elif pt.escort_rel == "spouse":
        ef = rng.choice(FIRST_M if female else FIRST_F)
    else:
        ef = rng.choice(FIRST_F + FIRST_M)
    el = pt.last if rng.random() < 0.6 else rng.choice(LAST)
    pt.escort = "%s %s" % (ef, el)
    pt.escort_hl7 = "%s^%s" % (el.upper(), ef.upper())
    pt.escort_phone = phone_digits()
    pt.recorder = "DR3-" + digits(7)
    pt.capsule_sn = "SB3" + ups(6)
    pt.study = "CE-24-%04d" % rng.randint(100, 999)
    pt.case = "AN-241015-%03d" % (i + 1)
    pt.acc = "GS24-%06d" % rng.randint(10000, 30000)
    pt.appt_id = str(rng.randint(880000, 899999))
    pt.token = "".join(rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(7))
    pt.ip = "%d.%d.%d.%d" % (rng.choice([24, 47, 68, 73, 98, 107, 172, 174, 184]), rng.randint(0, 255),
                             rng.randint(0, 255), rng.randint(1, 254))
    pt.guar_acct = "G" + digits(8)
    pt.enroll = "PRP-" + ups(5)
    pt.dl = rng.choice("ABCDEFGHJKLMNPRSTWZ") + digits(3) + "-" + digits(4) + "-" + digits(4) + "-" + digits(2)
    pt.plate = rng.choice(["AEK", "ZLB", "BRW", "ALP"]) + "-" + digits(4)
    mo = rng.choice([10, 11, 11, 12])
    pt.next_appt = datetime(2024, mo, rng.randint(17 if mo == 10 else 1, 28), rng.choice([7, 8, 9, 10, 13]),
                            rng.choice([0, 15, 30, 45]))
    return pt


PATIENTS = [make_patient(i) for i in range(42)]
TODAY = datetime(2024, 10, 15)

DOCS = [("Anika", "Shah"), ("Marcus", "Whitfield"), ("Leah", "Goldberg"), ("Tomás", "Echeverría"), ("Priya", "Raman")]
DOC_NPI = {d[1]: npi() for d in DOCS}
CRNAS = ["K. Lindgren CRNA", "D. Osei CRNA", "R. Patel-Moore CRNA", "J. Flores CRNA"]
NURSES = ["Beth Kaminski RN", "Tanya Reyes RN", "Olu Adeyemi RN", "Greg Hanson RN", "Mai Vang RN"]
TECHS = ["tmendez", "jkoehler", "avang", "sbrown2", "lrasmussen"]
FRONT = ["cgarza", "mthao", "kschultz", "ddiaz"]
REFS = [("Dr. Paul Hendricks", "Aurora Family Med", "(414) 555-0187"),
        ("Dr. Renee Siddiqui", "Froedtert Internal Med", "(414) 555-0163"),
        ("Dr. Gwen Larkin", "Ascension Primary Care", "(262) 555-0119")]
ORG_ADDR = "1350 N Lakeview Pkwy Ste 200, Milwaukee, WI 53202"
ORG_PHONE = "(414) 555-0142"
ORG_FAX = "(414) 555-0149"
ORG_SMS = "+14145550142"
SCOPES = [("CF-HQ190L", "2812345"), ("CF-HQ190L", "2812377"), ("PCF-H190DL", "2750019"),
          ("GIF-HQ190", "2930451"), ("GIF-HQ190", "2930466"), ("GIF-H190", "2711883"),
          ("CF-HQ1100DL", "3100214"), ("TJF-Q190V", "2650072")]
ROOMS = ["PR1", "PR2", "PR3", "PR4"]


REL = {"spouse": "SPO", "daughter": "CHD", "son": "CHD", "friend": "FND", "neighbor": "FND", "brother": "BRO", "sister": "SIS"}


def pick():
    return rng.choice(PATIENTS)


def hl7_phone(ph):
    return "(%s)%s-%s" % ph


def fmt_phone(ph, style=None):
    style = style or rng.choice(["paren", "dash", "e164", "dots", "plain"])
    a, b, c = ph
    return {"paren": "(%s) %s-%s" % ph, "dash": "%s-%s-%s" % ph, "e164": "+1%s%s%s" % ph,
            "dots": "%s.%s.%s" % ph, "plain": "%s%s%s" % ph}[style]


# --------------------------------------------------------------------------
# clock
TZ = timezone(timedelta(hours=-5))
clock = [datetime(2024, 10, 15, 6, 2, 7, 120000, tzinfo=TZ)]


def tick(lo=3, hi=110):
    clock[0] += timedelta(seconds=rng.randint(lo, hi), milliseconds=rng.randint(0, 999))
    return clock[0]


def iso(dt, ms=True, z=False):
    if z:
        d = dt.astimezone(timezone.utc)
        return d.strftime("%Y-%m-%dT%H:%M:%S") + (".%03dZ" % (d.microsecond // 1000) if ms else "Z")
    s = dt.strftime("%Y-%m-%dT%H:%M:%S")
    if ms:
        s += ".%03d" % (dt.microsecond // 1000)
    return s + "-05:00"


def proc_dt(hour=None):
    return clock[0].replace(tzinfo=None)


# --------------------------------------------------------------------------
# generators: each returns a list of L
def g_syslog():
    t = tick()
    host = rng.choice(["lec-app01", "lec-app02", "ldh-int01", "ldh-db01", "lec-cap01"])
    ts = t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if False else t.strftime("%b %d %H:%M:%S")
    kind = rng.randint(0, 6)
    l = L("syslog")
    if kind == 0:
        l.t("%s %s sshd[%d]: Accepted publickey for %s from 10.20.%d.%d port %d ssh2: ED25519 SHA256:%s" % (
            ts, host, rng.randint(1000, 65000), rng.choice(["ansible", "svc_backup", "jkoehler_adm"]),
            rng.randint(1, 9), rng.randint(2, 250), rng.randint(30000, 65000), hexs(20)))
    elif kind == 1:
        l.t("%s %s CRON[%d]: (root) CMD (/opt/ldh/bin/rotate_hl7_archive.sh --keep 30 >/dev/null 2>&1)" % (
            ts, host, rng.randint(1000, 65000)))
    elif kind == 2:
        l.t("%s %s systemd[1]: Started capsule-uploader.service - RAPID Upload Bridge v%d.%d.%d." % (
            ts, host, 2, rng.randint(0, 9), rng.randint(0, 30)))
    elif kind == 3:
        l.t("%s %s kernel: [%d.%06d] nfs: server lec-nas01 OK" % (ts, host, rng.randint(10000, 999999), rng.randint(0, 999999)))
    elif kind == 4:
        l.t("%s %s sshd[%d]: Failed password for invalid user admin from 185.220.%d.%d port %d ssh2" % (
            ts, host, rng.randint(1000, 65000), rng.randint(0, 255), rng.randint(1, 254), rng.randint(30000, 65000)))
    elif kind == 5:
        l.t("%s %s postfix/smtp[%d]: %s: to=<results@ldh-gi.org>, relay=smtp.office365.com[52.96.%d.%d]:587, delay=%.2f, status=sent (250 2.0.0 OK)" % (
            ts, host, rng.randint(1000, 65000), ups(10), rng.randint(0, 255), rng.randint(1, 254), rng.random() * 3))
    else:
        l.t("%s %s ntpd[%d]: kernel reports TIME_ERROR: 0x41: Clock Unsynchronized" % (ts, host, rng.randint(400, 900)))
    return [l]


def g_aer():
    t = tick()
    model, sn = rng.choice(SCOPES)
    l = L("aer")
    aer = "AER0%d" % rng.randint(1, 4)
    ev = rng.choice(["CYCLE_START", "CYCLE_END", "CYCLE_END", "LEAK_TEST", "MEC_TEST", "FILTER_WARN"])
    base = "%s %s ev=%s cycle=%06d" % (t.strftime("%Y/%m/%d %H:%M:%S"), aer, ev, rng.randint(4000, 9000))
    if ev == "CYCLE_START":
        l.t(base + " scope_sn=%s model=%s chem=RAPICIDE_PA lot=%s hookup=%s operator=%s" % (
            sn, model, "RP" + digits(6), rng.choice(["ADPT-CF", "ADPT-GIF", "ADPT-TJF"]), rng.choice(TECHS)))
    elif ev == "CYCLE_END":
        l.t(base + " scope_sn=%s result=%s temp_c=%.1f exposure=00:%02d:%02d mec_ppm=%d rinse=3 alcohol_flush=Y duration_s=%d" % (
            sn, rng.choice(["PASS", "PASS", "PASS", "FAIL:E14 LOW FLOW"]), 29 + rng.random() * 2, rng.randint(5, 6),
            rng.randint(0, 59), rng.randint(1200, 2600), rng.randint(1600, 2100)))
    elif ev == "LEAK_TEST":
        l.t(base + " scope_sn=%s leak_kpa=%.1f hold_s=30 result=PASS" % (sn, 20 + rng.random() * 4))
    elif ev == "MEC_TEST":
        l.t(base + " strip_lot=%s exp=2025-06 result=PASS tech=%s" % ("ST" + digits(5), rng.choice(TECHS)))
    else:
        l.t(base + " msg=\"0.2um water filter at 91% service life\" part=ML02-0117 next_pm=2024-11-01")
    return [l]


SCOPE_STEPS = ["PRE_CLEAN", "LEAK_TEST", "MANUAL_CLEAN", "AER_START", "AER_END", "DRYING", "STORAGE_IN", "DISPENSED"]


def g_scopetrack(with_pt=None):
    t = tick()
    model, sn = rng.choice(SCOPES)
    l = L("scopetrack")
    if with_pt is None:
        with_pt = rng.random() < 0.35
    l.t("%s,%s,%s,%s," % (t.strftime("%Y-%m-%d %H:%M:%S"), model, sn, rng.choice(ROOMS + ["REPRO", "CAB2"])))
    if with_pt:
        pt = pick()
        l.t("PATIENT_USE,")
        l.p(pt.mrn, "mrn")
        l.t(",")
        l.p(TODAY.strftime("%m/%d/%Y"), "date")
        l.t(",%s,%s" % (rng.choice(TECHS), "hang_time_ok"))
    else:
        l.t("%s,,,%s,%s" % (rng.choice(SCOPE_STEPS), rng.choice(TECHS), rng.choice(["", "brushed x3", "hang_time_ok", "days_in_cab=2"])))
    return [l]


def g_provation():
    t = tick()
    pt = pick()
    l = L("provation")
    kind = rng.randint(0, 7)
    doc = rng.choice(DOCS)
    if kind <= 2:
        items = [("@t", iso(t, z=True), None), ("@mt", "Procedure note {NoteId} signed by {Physician}", None),
                 ("NoteId", uid(), None), ("Physician", "%s %s, MD" % doc, None),
                 ("Patient", ("obj", [("Name", "%s, %s %s." % (pt.last, pt.first, pt.mi), "name"),
                                       ("MRN", pt.mrn, "mrn"), ("DOB", pt.dob.strftime("%m/%d/%Y"), "date"),
                                       ("Age", pt.age, "age" if pt.age > 89 else None), ("Sex", pt.sex, None)]), None),
                 ("Procedure", pt.proc[0], None), ("CPT", pt.proc[1], None), ("ProcDate", TODAY.strftime("%Y-%m-%d"), "date"),
                 ("Indication", pt.proc[2], None), ("Bbps", rng.choice([6, 7, 8, 9, None])),
                 ("CecalIntubation", rng.choice([True, True, False]), None), ("WithdrawalMin", round(6 + rng.random() * 8, 1), None),
                 ("SourceContext", "ProVation.Documentation.SignService", None), ("MachineName", "LEC-PR%d-WS" % rng.randint(1, 4), None)]
        items = [it if len(it) == 3 else (it[0], it[1], None) for it in items]
        jobj(l, items, ea=True)
    elif kind == 3:
        l.t('{"@t":"%s","@mt":"Image {ImageIndex} captured from {Tower} for case {CaseKey}","ImageIndex":%d,"Tower":"EVIS X1 CV-1500 #%s","CaseKey":"%s","Bytes":%d,"SourceContext":"ProVation.Imaging.Capture"}' % (
            iso(t, z=True), rng.randint(1, 14), digits(5), uid(), rng.randint(180000, 900000)))
    elif kind == 4:
        l.t('{"@t":"%s","@mt":"Template {Template} loaded in {Elapsed} ms","Template":"%s","Elapsed":%d,"Version":"ProVation MD 7.3.%d.%d","SourceContext":"ProVation.Templates"}' % (
            iso(t, z=True), rng.choice(["Colonoscopy_ASGE_2023", "EGD_Std_v4", "FlexSig_v2", "Capsule_Import"]), rng.randint(40, 900), rng.randint(0, 9), rng.randint(1000, 9999)))
    elif kind == 5:
        l.t('{"@t":"%s","@mt":"GIQuIC export batch {Batch} uploaded: {Count} cases","@l":"Information","Batch":"GQ-2024-10-%s","Count":%d,"Endpoint":"https://registry.giquic.org/api/v3/upload","SourceContext":"ProVation.Registry"}' % (
            iso(t, z=True), digits(4), rng.randint(8, 40)))
    elif kind == 6:
        items = [("@t", iso(t, z=True), None), ("@mt", "Report PDF rendered for {Patient} ({Mrn}) -> {Path}", None), ("@l", "Debug", None),
                 ("Patient", "%s %s" % (pt.first, pt.last), "name"), ("Mrn", pt.mrn, "mrn"),
                 ("Path", [("\\\\lec-nas01\\reports\\2024\\10\\", None), (pt.mrn, "mrn"), ("_%s_op.pdf" % pt.proc[0].replace(" ", "").lower(), None)], None),
                 ("Pages", rng.randint(2, 4), None), ("SourceContext", "ProVation.Output.Pdf", None)]
        jobj(l, items, ea=True)
    else:
        l.t('{"@t":"%s","@mt":"License heartbeat OK, seats in use {Used}/{Total}","@l":"Verbose","Used":%d,"Total":12,"SourceContext":"ProVation.Licensing"}' % (
            iso(t, z=True), rng.randint(2, 11)))
    return [l]


def g_capsule():
    t = tick()
    pt = pick()
    l = L("capsule")
    kind = rng.randint(0, 4)
    pre = "ts=%s level=%s svc=capsule-uploader " % (iso(t, z=True), "info")
    if kind <= 1:
        l.t(pre + 'msg="upload complete" study_id=').p(pt.study, "other_id").t(" recorder_sn=").p(pt.recorder, "device")
        l.t(" capsule_sn=").p(pt.capsule_sn, "device").t(" capsule_lot=L2405%s pt_mrn=" % ups(3)).p(pt.mrn, "mrn")
        l.t(" ingest=").p(TODAY.strftime("%Y-%m-%d"), "date").t(" bytes=%d duration_ms=%d" % (rng.randint(300, 900) * 1048576, rng.randint(40000, 300000)))
    elif kind == 2:
        l.t(pre + 'msg="recorder docked" dock=CRD-%s port=usb%d recorder_sn=' % (digits(3), rng.randint(1, 4))).p(pt.recorder, "device")
        l.t(' battery_pct=%d frames=%d' % (rng.randint(5, 60), rng.randint(50000, 120000)))
    elif kind == 3:
        l.t(pre + 'msg="RAPID reader queue depth" depth=%d oldest_s=%d reader=RAPID-9.0.%d trace_id=%s' % (
            rng.randint(0, 6), rng.randint(0, 3000), rng.randint(100, 999), hexs(32)))
    else:
        l.t("ts=%s level=warn svc=capsule-uploader msg=\"retrying chunk\" chunk=%d/%d err=\"context deadline exceeded\" retry_in=%dms span_id=%s" % (
            iso(t, z=True), rng.randint(1, 40), 40, rng.randint(100, 3000), hexs(16)))
    return [l]


def g_anes():
    t = tick()
    pt = pick()
    l = L("anes")
    if rng.random() < 0.6:
        l.t("ANES|%s|case=" % t.strftime("%Y%m%d%H%M%S")).p(pt.case, "other_id").t("|pt=").p("%s^%s" % (pt.last.upper(), pt.first.upper()), "name")
        l.t("|mrn=").p(pt.mrn, "mrn").t("|dob=").p(pt.dob.strftime("%Y%m%d"), "date")
        age = pt.age
        if age > 89:
            l.t("|age=").p(str(age), "age")
        else:
            l.t("|age=%d" % age)
        st = proc_dt()
        l.t("|asa=%s|agent=propofol|total_mg=%d|lidocaine_mg=%d|airway=%s|o2_lpm=%d|crna=%s|md=%s|anes_start=" % (
            rng.choice(["I", "II", "II", "III", "IIIE"]), rng.randint(80, 420), rng.choice([0, 40, 60]),
            rng.choice(["NC", "NC", "HFNC", "ETT"]), rng.choice([2, 4, 6]), rng.choice(CRNAS), "D. Ferreira MD"))
        l.p(st.strftime("%m/%d/%Y"), "date").t(" %s|end=%s|aldrete_dc=%d" % (
            st.strftime("%H:%M"), (st + timedelta(minutes=rng.randint(9, 40))).strftime("%H:%M"), rng.randint(9, 10)))
    else:
        l.t("MON|%s|dev=Philips IntelliVue MX450|sn=DE%s|room=%s|HR=%d|SpO2=%d|NIBP=%d/%d|EtCO2=%d|alarm=%s" % (
            t.strftime("%Y%m%d%H%M%S"), digits(8), rng.choice(ROOMS), rng.randint(52, 110), rng.randint(88, 100),
            rng.randint(90, 160), rng.randint(50, 95), rng.randint(28, 44), rng.choice(["NONE", "NONE", "SpO2 LOW", "APNEA 20s"])))
    return [l]


def g_hl7_oru():
    t = tick()
    pt = pick()
    ctl = "PLB" + digits(10)
    msh = L("hl7").t("MSH|^~\\&|COPATH|GIPATHLAB|MIRTH|LDH|%s||ORU^R01^ORU_R01|%s|P|2.5.1" % (t.strftime("%Y%m%d%H%M%S"), ctl))
    pid = L("hl7").t("PID|1||").p(pt.mrn, "mrn").t("^^^LDH^MR~").p(pt.fin, "account").t("^^^LDH^AN||").p(
        "%s^%s^%s" % (pt.last.upper(), pt.first.upper(), pt.mi), "name").t("||").p(pt.dob.strftime("%Y%m%d"), "date").t(
        "|%s|||" % pt.sex).p(pt.street, "address").t("^^").p(pt.city, "address").t("^WI^").p(pt.zip, "zip").t("^USA||").p(
        hl7_phone(pt.phone), "phone").t("|||||").p(pt.fin, "account").t("|")
    if rng.random() < 0.4:
        pid.p(pt.ssn.replace("-", ""), "ssn")
    coll = proc_dt() - timedelta(days=rng.randint(1, 4), hours=rng.randint(0, 3))
    doc = rng.choice(DOCS)
    pv1 = L("hl7").t("PV1|1|O|LEC^%s^1||||%s^%s^%s^^^^MD|||GI||||||||||" % (rng.choice(ROOMS), DOC_NPI[doc[1]], doc[1].upper(), doc[0].upper())).p(pt.fin, "account")
    obr = L("hl7").t("OBR|1|ORD%s|" % digits(6)).p(pt.acc, "other_id").t("^GIPATHLAB|88305^Surgical pathology, gross and microscopic^CPT4|||").p(
        coll.strftime("%Y%m%d%H%M"), "date").t("|||||||").p(coll.strftime("%Y%m%d%H%M"), "date").t("|COLON^Colon biopsy|%s^%s^%s^^^^MD||||||" % (
            DOC_NPI[doc[1]], doc[1].upper(), doc[0].upper())).p(t.strftime("%Y%m%d"), "date").t("||SP|F")
    dx = rng.choice(["A. Cecum polyp, cold snare: Tubular adenoma. Negative for high-grade dysplasia.",
                     "B. Sigmoid colon, polyp: Hyperplastic polyp.",
                     "A. Stomach, antrum and body, biopsies: Chronic active gastritis, Helicobacter pylori organisms identified on IHC.",
                     "A. Random colon biopsies: Colonic mucosa with no significant histopathologic abnormality; no microscopic colitis.",
                     "C. Transverse colon, polyp: Sessile serrated lesion without dysplasia.",
                     "A. Distal esophagus, biopsy: Columnar mucosa with intestinal metaplasia (Barrett), negative for dysplasia."])
    obx = L("hl7").t("OBX|1|TX|22637-3^Path report.final diagnosis^LN|1|%s||||||F|||" % dx).p(t.strftime("%Y%m%d%H%M"), "date").t("||%s^%s^LEE^^^^MD PhD" % (npi(), "NAKASHIMA"))
    out = [msh, pid, pv1, obr, obx]
    if rng.random() < 0.4:
        out.append(L("hl7").t("NTE|1|L|Electronically signed by Lee Nakashima, MD PhD, GI Pathology Associates, 8701 W Watertown Plank Rd, Wauwatosa, WI 53226. CLIA 52D0%s." % digits(6)))
    return out


def g_hl7_siu():
    t = tick()
    pt = pick()
    ap = pt.next_appt
    doc = rng.choice(DOCS)
    msh = L("hl7").t("MSH|^~\\&|NGPM|LDH|PREPREMIND|LDH|%s||SIU^S12|%s|P|2.3" % (t.strftime("%Y%m%d%H%M%S"), "Q" + digits(9)))
    sch = L("hl7").t("SCH|%s|%s|||||%s^%s|60|MIN|^^60^" % (pt.appt_id, pt.appt_id, pt.proc[0], pt.proc[0])).p(ap.strftime("%Y%m%d%H%M"), "date").t("^").p(
        (ap + timedelta(minutes=60)).strftime("%Y%m%d%H%M"), "date").t("|||||%s^%s^%s|||||||||BOOKED" % (DOC_NPI[doc[1]], doc[1].upper(), doc[0].upper()))
    pid = L("hl7").t("PID|1||").p(pt.mrn, "mrn").t("^^^LDH^MR||").p("%s^%s^%s" % (pt.last.upper(), pt.first.upper(), pt.mi), "name").t("||").p(
        pt.dob.strftime("%Y%m%d"), "date").t("|%s|||" % pt.sex).p(pt.street, "address").t("^^").p(pt.city, "address").t("^WI^").p(pt.zip, "zip").t("||").p(
        hl7_phone(pt.phone), "phone").t("^PRN^PH~").p(pt.email, "email").t("^NET^Internet||%s|||" % ("SPA" if pt.lang == "es" else ("POL" if pt.lang == "pl" else "ENG"))).p(pt.fin, "account").t("|").p(pt.ssn, "ssn").t("|||%s" % ("H" if pt.lang == "es" else "N"))
    nk1 = L("hl7").t("NK1|1|").p(pt.escort_hl7, "name").t("|%s|||" % REL[pt.escort_rel]).p(hl7_phone(pt.escort_phone), "phone").t("||EC^Emergency contact / escort")
    ais = L("hl7").t("AIS|1||%s^%s^CPT4|" % (pt.proc[1], pt.proc[0])).p(ap.strftime("%Y%m%d%H%M"), "date").t("|0|MIN|60|MIN")
    in1 = L("hl7").t("IN1|1|%s|%s|%s||||||||||||" % ("MCR" if pt.plan == "MEDICARE" else ("MCD" if "MEDICAID" in pt.plan else "COM"), digits(5), pt.plan)).p(
        "%s^%s" % (pt.last.upper(), pt.first.upper()), "name").t("|SEL|").p(pt.dob.strftime("%Y%m%d"), "date").t("|" * 18).p(pt.member, "health_plan")
    out = [msh, sch, pid, nk1, ais, in1]
    if rng.random() < 0.5:
        out.insert(3, L("hl7").t("PD1|||LAKESHORE DIGESTIVE HEALTH^^0142|%s^%s^%s" % (npi(), "HENDRICKS", "PAUL")))
    return out


PROC_EN = {"COLONOSCOPY": "colonoscopy", "EGD": "upper endoscopy (EGD)", "FLEX SIG": "flexible sigmoidoscopy",
           "EGD+COLON": "EGD and colonoscopy", "CAPSULE": "capsule endoscopy"}
PROC_ES = {"COLONOSCOPY": "colonoscopia", "EGD": "endoscopia superior", "FLEX SIG": "sigmoidoscopia",
           "EGD+COLON": "endoscopia y colonoscopia", "CAPSULE": "cápsula endoscópica"}
PROC_PL = {"COLONOSCOPY": "kolonoskopii", "EGD": "gastroskopii", "FLEX SIG": "sigmoidoskopii",
           "EGD+COLON": "gastroskopii i kolonoskopii", "CAPSULE": "kapsułki endoskopowej"}


def sms_body(pt, kind):
    ap = pt.next_appt
    prep_day = ap - timedelta(days=1)
    segs = []
    url = "https://lkgi.co/p/" + pt.token
    if pt.lang == "es":
        segs = [("Lakeshore GI: Hola ", None), (pt.first.split()[0], "name"), (", su %s es el " % PROC_ES[pt.proc[0]], None),
                (ap.strftime("%d/%m"), "date"), (" a las %s. Comience la preparación %s el " % (ap.strftime("%H:%M"), pt.prep), None),
                (prep_day.strftime("%d/%m"), "date"), (" a las 17:00. Solo líquidos claros. Instrucciones: ", None), (url, "url"),
                (" Responda C para confirmar.", None)]
    elif pt.lang == "pl":
        voc = {"Zofia": "Pani Zofio", "Tomasz": "Panie Tomaszu", "Ignacy": "Panie Ignacy"}[pt.first]
        segs = [("Lakeshore GI: Dzień dobry ", None), (voc.split()[1], "name"), (", przypominamy o %s dnia " % PROC_PL[pt.proc[0]], None),
                (ap.strftime("%d.%m"), "date"), (" godz. %s. Przygotowanie %s zacznij " % (ap.strftime("%H:%M"), pt.prep), None),
                (prep_day.strftime("%d.%m"), "date"), (" o 17:00. Szczegóły: ", None), (url, "url")]
        segs[0] = ("Lakeshore GI: Dzień dobry " + voc.split()[0] + " ", None)
    else:
        if kind == 0:
            segs = [("Lakeshore GI: Hi ", None), (pt.first.split()[0], "name"), (", your %s is %s " % (PROC_EN[pt.proc[0]], ap.strftime("%a")), None),
                    (ap.strftime("%-m/%-d"), "date"), (" at %s. Start your %s prep " % (ap.strftime("%-I:%M%p").lower(), pt.prep), None),
                    (prep_day.strftime("%-m/%-d"), "date"), (" at 5pm. Clear liquids only that day. You MUST have a driver. Details: ", None),
                    (url, "url"), (" Reply C to confirm, STOP to opt out.", None)]
        else:
            segs = [("Lakeshore GI reminder: take the 2nd dose of %s at %s, 5 hrs before your %s arrival. Nothing by mouth after that. Questions? Call %s" % (
                pt.prep, (ap - timedelta(hours=5)).strftime("%-I:%M%p").lower(), ap.strftime("%-I:%M%p").lower(), ORG_PHONE), None)]
    return segs


NON_EN = [p for p in PATIENTS if p.lang != "en"]


def g_sms():
    t = tick()
    pt = rng.choice(NON_EN) if rng.random() < 0.3 else pick()
    l = L("sms")
    k = rng.randint(0, 5)
    if k <= 1:
        kind = rng.randint(0, 1)
        items = [("ts", iso(t), None), ("svc", "prep-reminder", None), ("event", "outbound.queued", None),
                 ("MessageSid", "SM" + hexs(32), None), ("To", "+1%s%s%s" % pt.phone, "phone"), ("From", ORG_SMS, None),
                 ("enrollment_id", pt.enroll, "other_id"), ("template", "prep_%s_%s_%s" % (pt.prep.split("/")[0].lower(), pt.lang, "d1" if kind == 0 or pt.lang != "en" else "d0_dose2"), None),
                 ("Body", sms_body(pt, kind), None), ("segments", rng.randint(2, 4), None)]
        jobj(l, items, ea=False)
    elif k == 2:
        reply = rng.choice(["C", "c", "Confirmed", "can i have jello if its red??", "Si", "how much of the prep is left to drink im nauseous",
                            "my ride cancelled can my son %s pick me up instead" % rng.choice(FIRST_M), "STOP", "Tak, potwierdzam"])
        segs = [(reply, None)]
        if "my son" in reply:
            nm = reply.split("my son ")[1].split(" pick")[0]
            pre = reply.split(nm)[0]
            segs = [(pre, None), (nm, "name"), (reply[len(pre) + len(nm):], None)]
        items = [("ts", iso(t), None), ("svc", "prep-reminder", None), ("event", "inbound.received", None),
                 ("MessageSid", "SM" + hexs(32), None), ("From", "+1%s%s%s" % pt.phone, "phone"), ("To", ORG_SMS, None),
                 ("Body", segs, None), ("matched_pt", pt.mrn, "mrn")]
        jobj(l, items)
    elif k == 3:
        l.t('{"ts":"%s","svc":"prep-reminder","event":"status.callback","MessageSid":"SM%s","MessageStatus":"%s","ErrorCode":%s,"ApiVersion":"2010-04-01","AccountSid":"AC%s"}' % (
            iso(t), hexs(32), *(lambda st: (st, "30003" if st == "undelivered" else "null"))(rng.choice(["sent", "delivered", "delivered", "undelivered"])), hexs(32)))
    elif k == 4:
        l.t('{"ts":"%s","svc":"prep-reminder","event":"batch.summary","run_id":"%s","scheduled_for":"2024-10-16","queued":%d,"skipped_optout":%d,"skipped_no_mobile":%d,"elapsed_ms":%d}' % (
            iso(t), uid(), rng.randint(20, 60), rng.randint(0, 4), rng.randint(0, 6), rng.randint(200, 4000)))
    else:
        items = [("ts", iso(t), None), ("svc", "prep-reminder", None), ("event", "status.callback", None),
                 ("MessageSid", "SM" + hexs(32), None), ("MessageStatus", "undelivered", None), ("ErrorCode", 30006, None),
                 ("To", "+1%s%s%s" % pt.phone, "phone"), ("note", "landline or unreachable carrier; flagged for call-center", None)]
        jobj(l, items)
    return [l]


def g_pgsql():
    t = tick()
    pt = pick()
    l = L("pgsql")
    pre = "%s CDT [%d] ldh_app@pm_prod " % (t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000), rng.randint(2000, 40000))
    k = rng.randint(0, 5)
    if k == 0:
        l.t(pre + "LOG:  duration: %.3f ms  statement: UPDATE appointment SET status='ARR', arrived_at=now() WHERE appt_id=%s" % (rng.random() * 5, pt.appt_id))
    elif k == 1:
        l.t(pre + "LOG:  duration: %.3f ms  execute <unnamed>: SELECT p.mrn, p.last_name, p.first_name FROM patient p WHERE p.last_name ILIKE $1 AND p.dob = $2" % (rng.random() * 40))
        l2 = L("pgsql").t(pre + "DETAIL:  parameters: $1 = '").p(pt.last.split("-")[0].split()[0], "name").t("%', $2 = '").p(pt.dob.strftime("%Y-%m-%d"), "date").t("'")
        return [l, l2]
    elif k == 2:
        l.t(pre + "ERROR:  duplicate key value violates unique constraint \"guarantor_acct_uk\"")
        l2 = L("pgsql").t(pre + "DETAIL:  Key (acct_no)=(").p(pt.guar_acct, "account").t(") already exists.")
        return [l, l2]
    elif k == 3:
        l.t(pre + "LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s" % (
            rng.randint(100, 9000), rng.random() * 10, rng.randint(0, 5), rng.random() * 30))
    elif k == 4:
        l.t(pre + "LOG:  duration: %.3f ms  statement: INSERT INTO patient_contact (mrn, kind, value) VALUES ('" % (rng.random() * 3)).p(pt.mrn, "mrn").t("', 'MOBILE', '").p(
            fmt_phone(pt.phone, "dash"), "phone").t("')")
    else:
        l.t(pre + "LOG:  automatic vacuum of table \"pm_prod.public.charge_line\": index scans: 1 pages: 0 removed, %d remain" % rng.randint(1000, 90000))
    return [l]


def g_x12():
    t = tick()
    pt = pick()
    out = []
    k = rng.randint(0, 2)
    if k == 0:  # 837P claim fragment
        ctl = digits(9)
        out.append(L("x12").t("ISA*00*          *00*          *ZZ*LDHGI0142      *ZZ*AVAILITY       *%s*%s*^*00501*%s*0*P*:~" % (
            t.strftime("%y%m%d"), t.strftime("%H%M"), ctl)))
        out.append(L("x12").t("NM1*85*2*LAKESHORE DIGESTIVE HEALTH SC*****XX*%s~" % npi()))
        out.append(L("x12").t("NM1*IL*1*").p(pt.last.upper(), "name").t("*").p(pt.first.upper(), "name").t("*%s***MI*" % pt.mi).p(pt.member, "health_plan").t("~"))
        out.append(L("x12").t("N3*").p(pt.street.upper(), "address").t("~"))
        out.append(L("x12").t("N4*").p(pt.city.upper(), "address").t("*WI*").p(pt.zip + digits(4), "zip").t("~"))
        out.append(L("x12").t("DMG*D8*").p(pt.dob.strftime("%Y%m%d"), "date").t("*%s~" % pt.sex))
        pcn = pt.fin
        out.append(L("x12").t("CLM*").p(pcn, "account").t("*%d.00***24:B:1*Y*A*Y*Y~" % rng.randint(800, 3400)))
        out.append(L("x12").t("SV1*HC:%s*%d.00*UN*1***1~" % (pt.proc[1], rng.randint(400, 2000))))
        out.append(L("x12").t("DTP*472*D8*").p(TODAY.strftime("%Y%m%d"), "date").t("~"))
    elif k == 1:  # 271
        out.append(L("x12").t("ST*271*%s*005010X279A1~" % digits(4)))
        out.append(L("x12").t("NM1*IL*1*").p(pt.last.upper(), "name").t("*").p(pt.first.upper(), "name").t("****MI*").p(pt.member, "health_plan").t("~"))
        out.append(L("x12").t("EB*1*IND*30**%s~" % pt.plan))
        out.append(L("x12").t("EB*C*IND*30***23*%d.00~" % rng.choice([250, 500, 1500, 3000])))
        out.append(L("x12").t("MSG*SCREENING COLONOSCOPY Z12.11 COVERED AT 100%% IN NETWORK~"))
    else:  # 835
        out.append(L("x12").t("BPR*I*%d.%02d*C*ACH*CCP*01*075000022*DA*%s*1411234567**01*071000013*DA*%s*%s~" % (
            rng.randint(1000, 90000), rng.randint(0, 99), digits(10), digits(9), t.strftime("%Y%m%d"))))
        out.append(L("x12").t("TRN*1*%s*1411234567~" % digits(12)))
        out.append(L("x12").t("CLP*").p(pt.fin, "account").t("*1*%d*%d*%d*12*" % (rng.randint(900, 3000), rng.randint(200, 900), rng.randint(0, 300))).p(
            digits(13), "other_id").t("*11*1~"))
        out.append(L("x12").t("NM1*QC*1*").p(pt.last.upper(), "name").t("*").p(pt.first.upper(), "name").t("****MI*").p(pt.member, "health_plan").t("~"))
        out.append(L("x12").t("CAS*CO*45*%d.%02d~" % (rng.randint(100, 900), rng.randint(0, 99))))
        out.append(L("x12").t("SE*%d*%s~" % (rng.randint(10, 60), digits(4))))
    return out


def g_nginx():
    t = tick(1, 30)
    pt = pick()
    l = L("nginx")
    ts = t.strftime("%d/%b/%Y:%H:%M:%S -0500")
    ua = rng.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
                     "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36",
                     "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.6668.81 Mobile Safari/537.36"])
    k = rng.randint(0, 5)
    if k == 0:
        l.p(pt.ip, "ip").t(' - - [%s] "GET /portal/api/v2/patients/' % ts).p(pt.mrn, "mrn").t('/prep-instructions?lang=%s HTTP/2.0" 200 %d "https://portal.ldh-gi.org/home" "%s"' % (pt.lang, rng.randint(2000, 40000), ua))
    elif k == 1:
        l.p(pt.ip, "ip").t(' - - [%s] "GET ' % ts).p("/p/" + pt.token, "url").t(' HTTP/1.1" 302 0 "-" "%s"' % ua)
    elif k == 2:
        l.p(pt.ip, "ip").t(' - - [%s] "POST /portal/billing/statements/' % ts).p(pt.guar_acct, "account").t('/pay HTTP/2.0" 200 %d "https://portal.ldh-gi.org/billing" "%s"' % (rng.randint(200, 900), ua))
    elif k == 3:
        l.t('10.20.1.%d - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "ELB-HealthChecker/2.0"' % (rng.randint(2, 9), ts))
    elif k == 4:
        l.t('%d.%d.%d.%d - - [%s] "GET /static/js/main.%s.js HTTP/2.0" 200 %d "https://portal.ldh-gi.org/" "%s"' % (
            rng.choice([73, 98, 174]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254), ts, hexs(8), rng.randint(100000, 400000), ua))
    else:
        l.t('%d.%d.%d.%d - - [%s] "GET /wp-login.php HTTP/1.1" 404 153 "-" "Mozilla/5.0 zgrab/0.x"' % (
            rng.choice([45, 193, 89]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254), ts))
    return [l]


def g_mirth():
    t = tick()
    pt = pick()
    ts = t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)
    k = rng.randint(0, 3)
    if k == 0:
        chan = uid()
        out = [L("mirth").t(" ERROR %s [Channel Dispatch Thread on PathResults_In (%s) < pool-1-thread-%d] db-connector: Error writing result for PID " % (ts, chan, rng.randint(1, 8))).p(
            pt.mrn, "mrn").t(" (").p("%s^%s" % (pt.last.upper(), pt.first.upper()), "name").t(")")]
        out.append(L("mirth").t("com.mirth.connect.donkey.server.channel.ConnectorTaskException: org.postgresql.util.PSQLException: ERROR: value too long for type character varying(20)"))
        for fr in ["at com.mirth.connect.connectors.jdbc.DatabaseDispatcher.send(DatabaseDispatcher.java:%d)",
                   "at com.mirth.connect.donkey.server.channel.DestinationConnector.processPendingConnectorMessage(DestinationConnector.java:%d)",
                   "at com.mirth.connect.donkey.server.channel.DestinationChain.doCall(DestinationChain.java:%d)",
                   "at java.base/java.util.concurrent.FutureTask.run(FutureTask.java:%d)"]:
            out.append(L("mirth").t("\t" + fr % rng.randint(80, 600)))
        out.append(L("mirth").t("\t... %d more" % rng.randint(3, 12)))
        return out
    elif k == 1:
        return [L("mirth").t("  INFO %s [Main Server Thread] com.mirth.connect.server.Mirth: Mirth Connect 4.4.%d (Built on %s) server successfully started." % (ts, rng.randint(0, 2), "September 14, 2023"))] if rng.random() < 0.2 else [
            L("mirth").t("  INFO %s [pool-1-thread-%d] ChannelStats: PathResults_In received=%d filtered=%d queued=%d sent=%d errored=%d" % (
                ts, rng.randint(1, 8), rng.randint(100, 400), rng.randint(0, 20), rng.randint(0, 5), rng.randint(100, 400), rng.randint(0, 3)))]
    elif k == 2:
        return [L("mirth").t("  WARN %s [Sched_Out Destination 1] tcp-connector: ACK AE from PREPREMIND:7001 (10.20.4.15) msg ctl Q%s: MSA|AE|Q%s|Missing SCH-11 start" % (
            ts, digits(9), digits(9)))]
    else:
        return [L("mirth").t("  INFO %s [PathResults_In Source] Transformer: routed accession ").p(pt.acc, "other_id").t(" to provider inbox %s" % rng.choice(DOCS)[1].lower())]


def g_fhir():
    t = tick()
    pt = pick()
    l = L("fhir")
    k = rng.randint(0, 2)
    if k == 0:
        items = [("resourceType", "Patient", None), ("id", uid(), None),
                 ("meta", ("obj", [("versionId", str(rng.randint(1, 9)), None), ("lastUpdated", iso(t, ms=False), None)]), None),
                 ("identifier", ("arr", [(("obj", [("system", "urn:oid:2.16.840.1.113883.3.7612.1", None), ("value", pt.mrn, "mrn")]), None)]), None),
                 ("name", ("arr", [(("obj", [("family", pt.last, "name"), ("given", ("arr", [(pt.first, "name")]), None)]), None)]), None),
                 ("telecom", ("arr", [(("obj", [("system", "phone", None), ("value", fmt_phone(pt.phone), "phone"), ("use", "mobile", None)]), None),
                                      (("obj", [("system", "email", None), ("value", pt.email, "email")]), None)]), None),
                 ("gender", "female" if pt.sex == "F" else "male", None), ("birthDate", pt.dob.strftime("%Y-%m-%d"), "date"),
                 ("address", ("arr", [(("obj", [("line", ("arr", [(pt.street, "address")]), None), ("city", pt.city, "address"),
                                                 ("state", "WI", None), ("postalCode", pt.zip, "zip")]), None)]), None),
                 ("communication", ("arr", [(("obj", [("language", ("obj", [("coding", ("arr", [(("obj", [("system", "urn:ietf:bcp:47", None), ("code", pt.lang, None)]), None)]), None)]), None)]), None)]), None)]
        jobj(l, items, ea=rng.random() < 0.5)
    elif k == 1:
        ap = pt.next_appt
        items = [("resourceType", "Appointment", None), ("id", pt.appt_id, None), ("status", "booked", None),
                 ("serviceType", ("arr", [(("obj", [("text", pt.proc[0], None)]), None)]), None),
                 ("start", ap.strftime("%Y-%m-%dT%H:%M:00-05:00"), "date"), ("minutesDuration", 60, None),
                 ("participant", ("arr", [(("obj", [("actor", ("obj", [("reference", [("Patient/", None), (pt.mrn, "mrn")], None),
                                                                      ("display", "%s %s" % (pt.first, pt.last), "name")]), None)]), None),
                                          (("obj", [("actor", ("obj", [("reference", "Practitioner/%s" % DOC_NPI[DOCS[1][1]], None),
                                                                      ("display", "Marcus Whitfield, MD", None)]), None)]), None)]), None)]
        jobj(l, items)
    else:
        l.t('{"resourceType":"OperationOutcome","issue":[{"severity":"information","code":"informational","diagnostics":"Bundle %s processed: %d entries in %d ms (fhir-sync 1.8.%d)"}]}' % (
            uid(), rng.randint(5, 80), rng.randint(100, 3000), rng.randint(0, 20)))
    return [l]


def g_fixed():
    t = tick()
    pt = pick()
    l = L("fixed")
    if rng.random() < 0.15:
        l.t("HDR%-10s%-30s%s%06d" % ("ARX1015", "LAKESHORE DIGESTIVE HEALTH", t.strftime("%Y%m%d%H%M"), rng.randint(100, 999)))
        return [l]
    nm = ("%s, %s" % (pt.last.upper(), pt.first.upper()))[:28]
    bal = rng.randint(1000, 250000)
    l.t("D").p(pt.guar_acct, "account").t(" ").p(nm, "name").t(" " * (29 - len(nm))).p(pt.dob.strftime("%m%d%Y"), "date").t(" ")
    l.p(TODAY.strftime("%m%d%Y"), "date").t(" %010d %-4s %-8s%s" % (bal, rng.choice(["SP", "INS", "COLL"]), pt.proc[1], rng.choice(["030", "060", "090", "120"])))
    return [l]


def g_wineventlog():
    t = tick()
    l = L("wineventlog")
    user = rng.choice(FRONT + TECHS + ["bkaminski", "treyes", "ashah", "mwhitfield"])
    l.t("%s LDH-DC01 Microsoft-Windows-Security-Auditing EventID=%d TaskCategory=Logon TargetUserName=%s TargetDomainName=LDH LogonType=%d WorkstationName=LEC-%s IpAddress=10.20.%d.%d LogonGuid={%s}" % (
        t.strftime("%m/%d/%Y %I:%M:%S %p"), rng.choice([4624, 4624, 4634, 4625]), user, rng.choice([2, 3, 10, 11]),
        rng.choice(["PR1-WS", "PR2-WS", "FD01", "FD02", "PACU-WS", "REPRO-WS"]), rng.randint(1, 9), rng.randint(2, 250), uid().upper()))
    return [l]


def g_notes():
    t = tick()
    pt = pick()
    l = L("notes")
    author = rng.choice(NURSES)
    k = rng.randint(0, 4)
    l.t("%s\t%s\t" % (t.strftime("%Y-%m-%d %H:%M"), ["PACU", "CALLCTR", "FRONTDESK", "PREOP", "PR%d" % rng.randint(1, 4)][k]))
    if k == 0:
        l.t("Pt ").p("%s %s" % (pt.first, pt.last), "name").t(" d/c'd to escort ").p(pt.escort, "name").t(" (%s), ph " % pt.escort_rel).p(fmt_phone(pt.escort_phone), "phone")
        l.t(". Aldrete 10, tolerating PO, VSS. Written instructions given; no driving x24h.\t%s" % author)
    elif k == 1:
        l.t("Post-proc call (DOS ").p((TODAY - timedelta(days=rng.randint(1, 3))).strftime("%m/%d/%y"), "date").t("): spoke w/ ").p(pt.first, "name").t(
            ", mild bloating, no bleeding, no fever. Path pending (").p(pt.acc, "other_id").t("). Advised to call %s if sx worsen.\t%s" % (ORG_PHONE, author))
    elif k == 2:
        l.t("Escort ").p(pt.escort, "name").t(" waiting in lot %s, %s plate " % (rng.choice("AB"), rng.choice(["silver Equinox", "red F-150", "white RAV4", "blue Malibu", "gray Odyssey"]))).p(pt.plate, "vehicle").t(", will text when pt ready.\t%s" % rng.choice(FRONT))
    elif k == 3:
        l.t("Prep inadequate per Dr. %s (BBPS %d). Rescheduled " % (rng.choice(DOCS)[1], rng.randint(2, 5))).p("%s, %s" % (pt.last, pt.first), "name").t(" MRN ").p(pt.mrn, "mrn").t(" to ").p(
            pt.next_appt.strftime("%m/%d/%Y"), "date").t(" with 2-day %s prep. Pt" % pt.prep)
        if pt.age > 89:
            l.t(" is ").p(str(pt.age), "age").t(" y/o, lives alone at ")
        else:
            l.t(" lives at ")
        l.p(pt.street + ", " + pt.city, "address").t(", arrange NEMT.\t%s" % author)
    else:
        l.t("Room turnover PR%d complete %d min, scope %s sent to repro, cart restocked (snare lot SN%s).\t%s" % (
            rng.randint(1, 4), rng.randint(6, 15), rng.choice(SCOPES)[1], digits(6), author))
    return [l]


def g_chat():
    t = tick()
    pt = pick()
    l = L("chat")
    frm = rng.choice(["Tanya Reyes", "Dr. Anika Shah", "Greg Hanson", "Chris Garza", "Mai Vang", "Dr. Marcus Whitfield"])
    k = rng.randint(0, 4)
    if k == 0:
        msg = [("%s in PR%d is here, prep looks ok, ready for you" % (pt.last, rng.randint(1, 4)), None)]
        msg = [(pt.last, "name"), (" in PR%d is here, prep looks ok, ready for you" % rng.randint(1, 4), None)]
    elif k == 1:
        msg = [("can someone call ", None), (pt.first + " " + pt.last, "name"), ("? DOB ", None), (pt.dob.strftime("%-m/%-d/%y"), "date"),
               (" - her prep reminder bounced, cell on file ", None), (fmt_phone(pt.phone, "dash"), "phone"), (" might be old", None)]
    elif k == 2:
        msg = [("PR3 tower is frozen again, called Olympus TAC case #%s" % digits(8), None)]
    elif k == 3:
        msg = [("lunch is here 🍕 break room", None)]
    else:
        msg = [("path back on ", None), (pt.acc, "other_id"), (" - SSL, needs 3yr recall. Dr. Shah wants letter to pt", None)]
    items = [("createdDateTime", iso(t, z=True), None), ("id", str(rng.randint(1700000000000, 1799999999999)), None),
             ("from", ("obj", [("user", ("obj", [("displayName", frm, None), ("id", uid(), None)]), None)]), None),
             ("channel", "LEC Huddle", None), ("body", ("obj", [("contentType", "text", None), ("content", msg, None)]), None)]
    jobj(l, items, ea=rng.random() < 0.3)
    return [l]


def g_fax():
    t = tick()
    pt = pick()
    l = L("fax")
    ref = rng.choice(REFS)
    jid = rng.randint(100000, 999999)
    if rng.random() < 0.55:
        l.t("%s RFX[%d] SEND job=%d to=\"%s\" fax=\"%s\" doc=\"PATH_" % (t.strftime("%m/%d/%y %H:%M:%S"), rng.randint(100, 999), jid, ref[1], ref[2])).p(pt.acc, "other_id").t(
            ".pdf\" pages=%d status=OK csid=\"LDH GI %s\" dur=%ds" % (rng.randint(2, 5), ORG_FAX, rng.randint(30, 120)))
    else:
        l.t("%s RFX[%d] RECV job=%d from=\"%s\" csid=\"%s\" pages=%d routed=REFERRALS status=OK" % (
            t.strftime("%m/%d/%y %H:%M:%S"), rng.randint(100, 999), jid, ref[1], ref[2], rng.randint(1, 12)))
    return [l]


def g_pay():
    t = tick()
    pt = pick()
    l = L("pay")
    k = rng.randint(0, 3)
    pre = "time=%s level=%s app=ldh-payments " % (iso(t, ms=False), "info")
    if k == 0:
        pan = card(rng.choice(["4", "51", "37"]), 15 if False else 16)
        l.t(pre + 'msg="sale approved" txn=ch_%s amount=%d.%02d currency=USD card=************%s brand=%s guarantor_acct=' % (
            hexs(24), rng.randint(20, 600), rng.randint(0, 99), pan[-4:], rng.choice(["visa", "mastercard"]))).p(pt.guar_acct, "account").t(" terminal=LEC-FD01")
    elif k == 1:
        pan = card("4", 16, valid=rng.random() < 0.8)
        l.t("time=%s level=debug app=ldh-payments msg=\"tokenize request\" pan=" % iso(t, ms=False)).p(pan, "account").t(" exp=%02d%02d name=\"" % (rng.randint(1, 12), rng.randint(25, 30))).p(
            "%s %s" % (pt.first.upper(), pt.last.upper()), "name").t("\" zip=").p(pt.zip, "zip").t(" avs=Y")
    elif k == 2:
        l.t(pre + 'msg="batch settled" batch_id=%d count=%d total=%d.%02d processor=tsys mid=%s' % (rng.randint(1000, 9999), rng.randint(10, 80), rng.randint(1000, 30000), rng.randint(0, 99), digits(12)))
    else:
        l.t(pre + 'msg="payment plan created" plan=PP-%s guarantor_acct=' % digits(6)).p(pt.guar_acct, "account").t(" installments=%d first_due=" % rng.randint(3, 12)).p(
            (TODAY + timedelta(days=30)).strftime("%Y-%m-%d"), "date").t(" autopay=ach bank_acct=").p(digits(rng.randint(9, 12)), "account").t(" routing=075000022")
    return [l]


def g_kiosk():
    t = tick()
    pt = pick()
    l = L("kiosk")
    k = rng.randint(0, 2)
    if k == 0:
        items = [("ts", iso(t), None), ("kiosk", "LEC-KIOSK-%d" % rng.randint(1, 2), None), ("event", "id_scan", None),
                 ("aamva", ("obj", [("DAQ", pt.dl, "license"), ("DCS", pt.last.upper(), "name"), ("DAC", pt.first.upper(), "name"),
                                    ("DBB", pt.dob.strftime("%m%d%Y"), "date"), ("DAG", pt.street.upper(), "address"),
                                    ("DAI", pt.city.upper(), "address"), ("DAJ", "WI", None), ("DAK", pt.zip + "0000", "zip")]), None),
                 ("matched_mrn", pt.mrn, "mrn"), ("confidence", round(0.8 + rng.random() * 0.2, 3), None)]
        jobj(l, items)
    elif k == 1:
        b64 = "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDA" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(120)) + "=="
        items = [("ts", iso(t), None), ("kiosk", "LEC-KIOSK-1", None), ("event", "face_capture", None), ("mrn", pt.mrn, "mrn"),
                 ("jpeg_b64", b64, "photo"), ("w", 96, None), ("h", 96, None)]
        jobj(l, items)
    else:
        l.t('{"ts":"%s","kiosk":"LEC-KIOSK-%d","event":"heartbeat","app":"CheckIn 3.2.%d","printer":"Zebra ZD421 OK","uptime_s":%d}' % (
            iso(t), rng.randint(1, 2), rng.randint(0, 40), rng.randint(1000, 90000)))
    return [l]


GENS = [(g_syslog, 10), (g_aer, 10), (g_scopetrack, 7), (g_provation, 9), (g_capsule, 5), (g_anes, 6),
        (g_hl7_oru, 2.2), (g_hl7_siu, 1.6), (g_sms, 8), (g_pgsql, 6), (g_x12, 2.2), (g_nginx, 9), (g_mirth, 3.5),
        (g_fhir, 3), (g_fixed, 3), (g_wineventlog, 8), (g_notes, 4), (g_chat, 4), (g_fax, 3), (g_pay, 4), (g_kiosk, 3)]


def main():
    fns = [g for g, w in GENS]
    ws = [w for g, w in GENS]
    lines = []
    while len(lines) < N_LINES:
        g = rng.choices(fns, ws)[0]
        for l in g():
            if len(lines) < N_LINES:
                lines.append(l)
    out_log = []
    out_lab = []
    for i, l in enumerate(lines, 1):
        text, spans = l.build()
        assert "\n" not in text and "\r" not in text and text.strip(), (i, text)
        b = text.encode("utf-8")
        prev = 0
        for sp in sorted(spans, key=lambda x: x["s"]):
            if not (0 <= sp["s"] < sp["e"] <= len(b)):
                raise SystemExit("bad span bounds line %d %r" % (i, sp))
            if sp["s"] < prev:
                raise SystemExit("overlap line %d %r" % (i, sp))
            prev = sp["e"]
            if b[sp["s"]:sp["e"]].decode("utf-8") != sp["_v"]:
                raise SystemExit("span mismatch line %d %r" % (i, sp))
            if sp["_v"] != sp["_v"].strip():
                raise SystemExit("span whitespace line %d %r" % (i, sp))
        out_log.append(text)
        out_lab.append(json.dumps({"line": i, "family": l.family,
                                   "spans": [{"s": s["s"], "e": s["e"], "cat": s["cat"]} for s in spans]}, ensure_ascii=False))
    with open("pe.log", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_log) + "\n")
    with open("pe.labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_lab) + "\n")
    nophi = sum(1 for x in out_lab if '"spans": []' in x)
    sys.stderr.write("lines=%d nophi=%d (%.1f%%)\n" % (len(out_log), nophi, 100.0 * nophi / len(out_log)))


if __name__ == "__main__":
    main()
