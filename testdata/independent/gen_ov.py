#!/usr/bin/env python3
"""Synthetic labeled log corpus "ov": Bay Harbor Public Schools (BHPS), Office of
Health Services -- a large urban district's central log archive (SIEM export).

Patients are STUDENTS; relatives are parents / guardians / emergency contacts;
nurses, teachers, therapists, IT and billing staff are staff (never PHI).
All people, numbers and addresses are synthetic.  Standard library only,
fixed seed -> byte-identical output.  Writes ov.log and ov.labels.jsonl.

Systems simulated (family names in labels):
  snap_csv      SNAP-like nurse office-visit CSV export rows (+ header rows)
  snap_json     SNAP-like JSON export/sync logger
  hl7_iis       HL7 v2 to the state immunization registry: VXQ^V01/VXR^V03 (2.3.1)
                and QBP^Q11/RSP^K11 Z34 (2.5.1), one segment per line
  iis_gw        Python iis-gateway / compliance-check logger (+ tracebacks)
  vision_xml    Spot-like vision screener XML upload records
  hearing_csv   audiometer CSV uploads, screening-upload daemon lines
  medlog_kv     medication administration (MAR) and epinephrine logs, key=value
  x12_837       MassHealth school-based services 837P, one segment per line
  mh_fixed      state fixed-width school-Medicaid claim file
  iep_pipe      special-education system related-services minutes (SLP/OT/PT)
  ps_access     PowerSchool-like nginx access log (API + guardian portal)
  ic_api        Infinite Campus-like sync service JSON logs
  notify        parent notification worker JSON (SMS/email; en/es/ht/vi bodies)
  twilio_logfmt SMS delivery callbacks (logfmt)
  postfix       mail relay syslog
  incident      concussion / injury report free text
  covid_csv     COVID-era pooled-testing leftovers + purge job
  gws           Google Workspace login audit and Chromebook device JSON
  php_error     PHP-FPM error log of the health portal (+ stack frames)
  mysql_slow    MySQL slow query log
  chat          nurses' Teams channel export
  fhir          FHIR Immunization resources from the registry's FHIR API
  syslog / k8s / itsm   infrastructure noise: cron, sshd, haproxy, deploys, tickets

Labeling decisions (grey cases):
  * District student number (SIS student_number), SIS internal ids (PowerSchool
    DCID, Infinite Campus personID, FHIR Patient/<id>) -> mrn (patient ids the
    district, as the provider of school health services, assigns).
    State student id (SASID, 10 digits) and the registry's IIS patient id ->
    other_id.  Google account profileId of a student -> other_id.
  * Case numbers about a student (IEP case no., 504 plan no., concussion / injury
    case no., COVID test kit barcode) -> other_id.  Pure event/record keys
    (SNAP visit_id, MAR dose ids, HL7 MSH-10, X12 control numbers, screening
    row ids, claim line numbers) are NOT labeled.
  * Medicaid CLM01 patient control number -> account.  MassHealth member id ->
    health_plan.  Full card PAN of a paying parent -> account; masked
    "****4242" last-4 is NOT labeled.
  * Dates tied to a student (DOB, visit, administration, screening, service,
    injury, return-to-learn, exclusion deadline, test date) -> date, in every
    format (YYYYMMDD, MM/DD/YYYY, DD/MM/YYYY, "Mar 7").  Timestamps of the log
    record itself, HL7 MSH-7 and X12 envelope dates -> not labeled.  Stock
    medication expiry dates and lot numbers -> not labeled.
  * Whole URLs with scheme that carry a student id/token (parent portal links in
    messages) -> one url span.  Request paths in access logs (no scheme) -> only
    the embedded student id is labeled with its own category.
  * Client IPs on guardian-portal requests and student Google logins from
    off-network addresses -> ip.  District server / NAT IPs and staff IPs ->
    not labeled.
  * Student-assigned Chromebook serial, MAC and directory deviceId, a student's
    own auto-injector / insulin-pump serial -> device.  District-owned screeners,
    audiometers, cart Chromebooks, stock EpiPens -> not labeled.
  * HL7 phone split in components ("617^5552394") -> one phone span.
  * City/neighbourhood in a student or guardian address -> address (own span
    when in its own field); street line -> address; ZIP -> zip always separate.
    State (MA) and country never labeled.
  * Names: first and last in separate fields are two name spans; "Last, First"
    or "First Last" in one field is one span; a nickname/abbreviation in chat
    ("Widlene P-L") is one span.  Clinicians, PCPs, nurses, drivers of EMS -> not.
  * Ages: students are <= 18 (not labeled); a great-grandparent age over 89 -> age.
  * Placeholder junk (SSN 000000000, DOB 19000101, "UNKNOWN") -> not labeled;
    real-looking but malformed ids (typo'd registry id) -> labeled.
  * Guardian driver's licence shown at medication drop-off -> license; guardian
    vehicle plate / VIN in a pick-up loop incident -> vehicle.
  * Base64 ID photo from SIS sync -> photo (whole blob).  Cafeteria palm-vein
    template -> biometric.  Nurse fingerprint at the med cabinet -> not.
"""
import base64
import hashlib
import json
import random
import sys
import unicodedata
import urllib.parse
from datetime import date, datetime, timedelta

R = random.Random(7310)
ID = "ov"
N_LINES = 500


# ----------------------------------------------------------------- builders
class P:
    """A PHI value: v = meant value, cat = category, raw = placed text (if encoded)."""
    __slots__ = ("v", "cat", "raw", "enc")

    def __init__(self, v, cat, raw=None, enc=None):
        self.v, self.cat, self.raw, self.enc = str(v), cat, raw, enc


class S(list):
    """A composite JSON string made of text parts and P parts."""


class L:
    def __init__(self, fam):
        self.fam = fam
        self.b = bytearray()
        self.spans = []

    def t(self, *parts):
        for x in parts:
            if isinstance(x, P):
                self.p(x)
            elif isinstance(x, (list, tuple)):
                self.t(*x)
            else:
                self.b += str(x).encode("utf-8")
        return self

    def p(self, x):
        raw = x.v if x.raw is None else x.raw
        st = len(self.b)
        self.b += raw.encode("utf-8")
        self.spans.append((st, len(self.b), x.cat, raw, x.v, x.enc))
        return self

    def join(self, sep, fields):
        for i, f in enumerate(fields):
            if i:
                self.t(sep)
            self.t(f)
        return self


def jstr_parts(l, parts, ea):
    l.t('"')
    for x in parts:
        if isinstance(x, P):
            enc = json.dumps(x.v, ensure_ascii=ea)[1:-1]
            l.p(P(x.v, x.cat, enc, "json" if enc != x.v else None))
        else:
            l.t(json.dumps(str(x), ensure_ascii=ea)[1:-1])
    l.t('"')


def jdump(l, v, ea=False, sep=(", ", ": ")):
    if isinstance(v, P):
        if v.raw == "num":
            l.p(P(v.v, v.cat))
        else:
            jstr_parts(l, [v], ea)
    elif isinstance(v, S):
        jstr_parts(l, v, ea)
    elif isinstance(v, dict):
        l.t("{")
        for i, (k, x) in enumerate(v.items()):
            if i:
                l.t(sep[0])
            l.t(json.dumps(k, ensure_ascii=ea), sep[1])
            jdump(l, x, ea, sep)
        l.t("}")
    elif isinstance(v, list):
        l.t("[")
        for i, x in enumerate(v):
            if i:
                l.t(sep[0])
            jdump(l, x, ea, sep)
        l.t("]")
    else:
        l.t(json.dumps(v, ensure_ascii=ea))
    return l


def jline(fam, obj, ea=False, compact=False):
    return jdump(L(fam), obj, ea, (",", ":") if compact else (", ", ": "))


def Pn(v):  # a JSON number that is PHI
    p = P(v, "mrn")
    return p


def num(v, cat):
    p = P(v, cat)
    p.raw = "num"
    return p


# ----------------------------------------------------------------- helpers
def dig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uid():
    return "%s-%s-4%s-%s%s-%s" % (hexs(8), hexs(4), hexs(3), R.choice("89ab"), hexs(3), hexs(12))


def deacc(s):
    s = s.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def luhn_digit(payload):
    s = 0
    for i, d in enumerate(reversed(payload)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return str((10 - s % 10) % 10)


def npi():
    base = R.choice("12") + dig(8)
    return base + luhn_digit("80840" + base)


def card():
    base = R.choice(["4", "51", "37"])
    base += dig(15 - len(base)) if base != "37" else dig(12)
    return base + luhn_digit(base)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


VT = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7,
      "H": 8, "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4,
      "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VW = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    ch = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(R.choice(["1HG", "5FN", "2T3", "1FM", "KND", "JTD"]))
    v += [R.choice(ch) for _ in range(5)] + ["0"] + [R.choice("HJKLMNPR")] + [R.choice(ch)]
    v += list(dig(6))
    s = sum(VT[c] * VW[i] for i, c in enumerate(v))
    c = s % 11
    v[8] = "X" if c == 10 else str(c)
    return "".join(v)


def phone10():
    return R.choice(["617", "857", "781", "339"]) + str(R.randint(2, 9)) + dig(2) + dig(4)


def fmt_phone(p, style):
    if style == 0:
        return "(%s) %s-%s" % (p[:3], p[3:6], p[6:])
    if style == 1:
        return "%s-%s-%s" % (p[:3], p[3:6], p[6:])
    if style == 2:
        return "+1" + p
    if style == 3:
        return "%s.%s.%s" % (p[:3], p[3:6], p[6:])
    return p


def fd(d, f):
    return {
        "iso": d.strftime("%Y-%m-%d"), "us": d.strftime("%m/%d/%Y"), "hl7": d.strftime("%Y%m%d"),
        "eu": d.strftime("%d/%m/%Y"), "mon": d.strftime("%b ") + str(d.day), "usshort": "%d/%d" % (d.month, d.day),
        "x12": d.strftime("%Y%m%d"),
    }[f]


# ----------------------------------------------------------------- clock
CLK = datetime(2025, 3, 10, 5, 58, 11)
TZ = "-04:00"


def tick(lo=2, hi=75):
    global CLK
    CLK += timedelta(seconds=R.randint(lo, hi), microseconds=R.randint(0, 999999))
    return CLK


def ts_iso(ms=True):
    return CLK.strftime("%Y-%m-%dT%H:%M:%S") + (".%03d" % (CLK.microsecond // 1000) if ms else "") + TZ


def ts_z():
    u = CLK + timedelta(hours=4)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (CLK.microsecond // 1000)


def ts_sys():
    return CLK.strftime("%b ") + "%2d" % CLK.day + CLK.strftime(" %H:%M:%S")


def ts_py():
    return CLK.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % (CLK.microsecond // 1000)


def ts_clf():
    return CLK.strftime("%d/%b/%Y:%H:%M:%S -0400")


def ts_php():
    return CLK.strftime("%d-%b-%Y %H:%M:%S") + " America/New_York"


def today():
    return CLK.date()


def recent_day(maxback=10):
    d = today() - timedelta(days=R.randint(0, maxback))
    while d.weekday() >= 5:
        d -= timedelta(days=1)
    return d


# ----------------------------------------------------------------- people
ORIG = {
    "hai": (["Widlene", "Kervens", "Guerline", "Wilner", "Rodjina", "Mackenson", "Fabiola", "Jean-Ricot",
             "Nerlande", "Dieunel"],
            ["Jean-Baptiste", "Pierre-Louis", "Dorsainvil", "St. Fleur", "Desrosiers", "Charles", "Baptiste",
             "Toussaint", "Exantus", "Saint-Vil"],
            ["Rosemène", "Yolette", "Wislande", "Fritznel", "Dieula", "Jean-Robert", "Marie-Claude", "Lucner"]),
    "vn": (["Bảo Ngọc", "Minh Khoa", "Thảo", "Phúc", "Anh Thư", "Quốc Huy", "Lan", "Đức Anh"],
           ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Tran-Nguyen"],
           ["Thu", "Quang", "Linh", "Hằng", "Tuấn", "Mai", "Dũng"]),
    "his": (["Ximena", "Santiago", "Nayeli", "Marisol", "Daniela", "Mateo", "Yaretzi", "Joaquín"],
            ["García Márquez", "Delgado-Ruiz", "Hernández-Vega", "De La Cruz", "Ortiz", "Batista", "Peña",
             "Castillo Rosario"],
            ["Guadalupe", "Rafael", "Carmen", "Luis", "Mercedes", "Yesenia", "Héctor"]),
    "oth": (["Aaliyah", "Jayden", "Hope", "Faith", "Summer", "Rose", "Mason", "Amari", "Joy", "Justice",
             "Malik", "Yusuf", "Fatoumata", "Oluwaseun", "Hana", "Sky", "Liam", "Priya", "Dmitri", "Kiara"],
            ["Young", "Brown", "Love", "Price", "Snow", "Bell", "Church", "O'Connell", "Okonkwo", "Abdi",
             "Kowalczyk", "Van der Berg", "MacLeod", "Haddad", "Rice", "Winter", "Mays", "Sow", "Freeman",
             "Bright"],
            ["Keisha", "Darnell", "Tamika", "Svetlana", "Ahmed", "Bernadette", "Olga", "Colleen", "Ifeoma",
             "Trevor"]),
}
LANG = {"hai": "ht", "vn": "vi", "his": "es", "oth": "en"}
HOOD = [("Dorchester", "02124"), ("Dorchester", "02121"), ("Dorchester", "02125"), ("Mattapan", "02126"),
        ("Roxbury", "02119"), ("Hyde Park", "02136"), ("East Boston", "02128"), ("Roslindale", "02131"),
        ("Jamaica Plain", "02130"), ("Boston", "02118")]
STREETS = ["Blue Hill Ave", "Columbia Rd", "Geneva Ave", "Dudley St", "Talbot Ave", "Norfolk St", "River St",
           "Bowdoin St", "Adams St", "Savin Hill Ave", "Morton St", "Hancock St", "Cummins Hwy", "Meridian St",
           "Bennington St", "Washington St", "Walk Hill St", "Harvard St", "Woodrow Ave", "Fessenden St"]
SCHOOLS = [("2250", "Toussaint L'Ouverture K-8"), ("2310", "Alder Street Elementary"),
           ("4120", "Clement Morgan Middle"), ("4455", "Harbor Point Middle"), ("6010", "East Bay High School"),
           ("6044", "Lincoln-Vo Academy"), ("2381", "Seaver Avenue Elementary"), ("6102", "Fenwick Technical High")]
STAFF = [("Delphine", "Auguste", "RN", "dauguste"), ("Patricia", "Okafor", "RN", "pokafor"),
         ("Kevin", "Marsh", "LPN", "kmarsh"), ("Grace", "Whitfield", "CCC-SLP", "gwhitfield"),
         ("Rosa", "Iñiguez", "OTR/L", "riniguez"), ("Thanh", "Vo", "RN", "tvo"),
         ("Michael", "Brennan", "DPT", "mbrennan"), ("Sandra", "Lopes", "RN", "slopes"),
         ("Ahmad", "Siddiqui", "ATC", "asiddiqui"), ("Lauren", "Petit", "RN BSN", "lpetit"),
         ("Joy", "Castellanos", "COTA", "jcastellanos"), ("Brian", "Hope", "PTA", "bhope")]
PCPS = ["Dr. Anand Kulkarni (Franklin Park Pediatrics)", "Dr. Miriam Stoltz, Codman Square HC",
        "Dr. Osei Boateng (Mattapan CHC)", "Dr. Lucía Ferreira, East Boston NHC"]
ORG_PHONE = "617-555-0142"
ORG_FAX = "617-555-0199"
ORG_ADDR = "1450 Columbia Rd, Boston, MA 02125"
DIST_NPI = npi()
OKAFOR_NPI = npi()
WHITFIELD_NPI = npi()


def mk_student():
    o = R.choices(list(ORIG), weights=[3, 2, 3, 5])[0]
    fn, ln, pfn = ORIG[o]
    g = R.randint(0, 12)
    by = 2019 - g
    dob = date(by, 9, 1) + timedelta(days=R.randint(0, 364))
    hood, z = R.choice(HOOD)
    sch = R.choice([s for s in SCHOOLS if (g <= 5 and s[0][0] == "2") or (6 <= g <= 8 and s[0][0] in "24")
                    or (g >= 9 and s[0][0] == "6")] or SCHOOLS)
    last = R.choice(ln)
    plast = last if R.random() < 0.7 else R.choice(ln)
    first = R.choice(fn)
    pfirst = R.choice(pfn)
    gy = 2025 + (12 - g)
    em_local = (str(gy) + deacc(first)[0] + deacc(last)).lower()
    em_local = "".join(c for c in em_local if c.isalnum())
    pe = R.choice(["%s.%s%d" % (deacc(pfirst), deacc(plast), R.randint(1, 99)), "%s%s" % (deacc(pfirst)[0], deacc(plast)),
                   "%s_%s" % (deacc(plast), deacc(pfirst)[:3])]).lower()
    pe = "".join(c for c in pe if c.isalnum() or c in "._") + "@" + R.choice(
        ["gmail.com", "yahoo.com", "hotmail.com", "icloud.com", "outlook.com", "comcast.net"])
    return {
        "o": o, "first": first, "last": last, "dob": dob, "grade": g, "sid": str(R.randint(200000, 489999)),
        "dcid": str(R.randint(10000, 99999)), "pid": str(R.randint(100000, 399999)),
        "sasid": "10" + dig(8), "mh": "1" + dig(11), "school": sch,
        "street": "%d %s" % (R.randint(3, 1499), R.choice(STREETS)) + (
            " Apt %d" % R.randint(1, 12) if R.random() < 0.4 else (" #%d%s" % (R.randint(1, 4), R.choice("LRF")) if R.random() < 0.2 else "")),
        "city": hood, "zip": z, "pfirst": pfirst, "plast": plast,
        "prel": R.choice(["Mother", "Father", "Mother", "Grandmother", "Guardian", "Aunt"]),
        "pphone": phone10(), "pemail": pe, "lang": LANG[o],
        "sex": R.choice("MF"), "email": em_local + "@students.bhps.org", "gy": gy,
        "iis": "MA" + dig(7), "iep": "IEP-%d-%06d" % (R.choice([2023, 2024]), R.randint(1000, 99999)),
        "gprofile": "1" + dig(20), "cb_serial": R.choice(["5CD", "NXH", "PF3", "R9N"]) + "".join(
            R.choice("0123456789ABCDEFGHJKLMNPQRSTVWXYZ") for _ in range(7)),
        "cb_mac": ":".join(R.choice(["a4:5e:60", "3c:22:fb", "f8:54:b8"]).split(":") + [hexs(2) for _ in range(3)]),
        "cb_id": uid(), "pip": "%d.%d.%d.%d" % (R.choice([73, 24, 98, 71, 66, 108, 174]), R.randint(0, 255),
                                                   R.randint(0, 255), R.randint(1, 254)),
    }


STU = [mk_student() for _ in range(70)]


def stu():
    return R.choice(STU)


def fl(s):
    return "%s %s" % (s["first"], s["last"])


def lf(s):
    return "%s, %s" % (s["last"], s["first"])


def pname(s):
    return "%s %s" % (s["pfirst"], s["plast"])


def sch_of(s):
    return s["school"]


REASONS = [("HA", "Headache", "dolor de cabeza", "tèt fè mal", "đau đầu"),
           ("GI", "Stomach ache", "dolor de estómago", "vant fè mal", "đau bụng"),
           ("INJ", "Playground injury - abrasion L knee", "una lesión en el recreo", "yon blesi nan rekreyasyon",
            "bị thương khi ra chơi"),
           ("FEV", "Fever 100.8F oral", "fiebre", "lafyèv", "sốt"),
           ("ASTH", "Asthma - wheezing, albuterol MDI 2 puffs", "asma", "opresyon (asma)", "hen suyễn"),
           ("DIAB", "BG check 64 mg/dL, 15g carbs given", "azúcar baja", "sik ba nan san", "đường huyết thấp"),
           ("NOSE", "Epistaxis", "sangrado de nariz", "nen senyen", "chảy máu cam"),
           ("DENT", "Tooth pain", "dolor de muela", "dan fè mal", "đau răng")]
DISPO = ["RTC", "RTC", "RTC", "Sent home", "Parent picked up", "911/EMS", "Rested 15 min; RTC"]


# ----------------------------------------------------------------- generators
def g_snap_csv():
    out = []
    if R.random() < 0.25:
        out.append(L("snap_csv").t("StudentNumber,LastName,FirstName,Grade,SchoolCode,VisitDate,TimeIn,TimeOut,"
                                   "ReasonCode,Complaint,Action,Disposition,StaffInit"))
    for _ in range(R.randint(1, 3)):
        s = stu()
        tick()
        d = recent_day(3)
        r = R.choice(REASONS)
        tin = "%02d:%02d" % (R.randint(7, 14), R.randint(0, 59))
        tm = int(tin[:2]) * 60 + int(tin[3:]) + R.randint(4, 55)
        tout = "%02d:%02d" % (tm // 60, tm % 60)
        comp = r[1]
        q = '"' if "," in comp or R.random() < 0.2 else ""
        st = R.choice(STAFF[:3] + STAFF[5:6] + STAFF[7:8])
        l = L("snap_csv").join(",", [P(s["sid"], "mrn"), ['"', P(s["last"], "name"), '"'] if "'" in s["last"] or " " in s["last"] else P(s["last"], "name"),
                                     P(s["first"], "name"), "%02d" % s["grade"] if s["grade"] else "K",
                                     s["school"][0], P(fd(d, "us"), "date"), tin, tout, r[0], q + comp + q,
                                     R.choice(["Assessed", "Ice pack", "Rest", "Meds per MAR", "Called parent"]),
                                     R.choice(DISPO), st[0][0] + st[1][0]])
        out.append(l)
    return out


def g_snap_json():
    tick()
    if R.random() < 0.55:
        return [jline("snap_json", {"ts": ts_iso(), "logger": R.choice(["snap.sync", "snap.export", "snap.scheduler"]),
                                    "level": R.choice(["INFO", "INFO", "DEBUG", "WARN"]),
                                    "msg": R.choice(["incremental export complete", "heartbeat", "checkpoint saved",
                                                     "license check ok", "SIS roster delta applied"]),
                                    "batch": uid(), "rows": R.randint(0, 900), "duration_ms": R.randint(40, 9000),
                                    "version": "SNAP Health Center 11.4.2 build %d" % R.choice([3317, 3317, 3320])},
                      compact=R.random() < 0.5)]
    s = stu()
    r = R.choice(REASONS)
    d = recent_day(2)
    st = R.choice(STAFF)
    obj = {"ts": ts_iso(), "logger": "snap.export", "level": "INFO", "event": "visit.exported",
           "visit": {"visit_id": "V-%s-%06d" % (d.strftime("%y%m"), R.randint(1000, 999999)),
                     "stu_no": P(s["sid"], "mrn"), "name": P(lf(s), "name"), "dob": P(fd(s["dob"], "iso"), "date"),
                     "dt_in": P(fd(d, "iso") + "T%02d:%02d:00" % (R.randint(7, 14), R.randint(0, 59)), "date"),
                     "reason": r[1], "temp_f": round(R.uniform(97.0, 101.4), 1),
                     "sent_home": R.random() < 0.2, "nurse": "%s. %s %s" % (st[0][0], st[1], st[2])},
           "school": s["school"][0]}
    return [jline("snap_json", obj, ea=R.random() < 0.5)]


def hl7name(s, up=True):
    ln, fn = s["last"], s["first"]
    if up:
        ln, fn = deacc(ln).upper(), deacc(fn).upper()
    return ln, fn


def g_hl7():
    tick()
    s = stu()
    ctl = "BHPS%s%02d" % (CLK.strftime("%y%m%d%H%M%S"), R.randint(1, 99))
    msh_ts = CLK.strftime("%Y%m%d%H%M%S")
    up = R.random() < 0.8
    ln, fn = hl7name(s, up)
    mom = deacc(s["plast"]).upper() if up else s["plast"]
    momf = deacc(s["pfirst"]).upper() if up else s["pfirst"]
    out = []
    ph = s["pphone"]
    if R.random() < 0.35:  # old VXQ / VXR
        out.append(L("hl7_iis").t("MSH|^~\\&|SNAP|BHPS^2250^L|MIIS|MDPH|%s||VXQ^V01|%s|P|2.3.1" % (msh_ts, ctl)))
        out.append(L("hl7_iis").t("QRD|%s|R|I|%s|||25^RD|^" % (msh_ts, ctl[-8:]), P(ln, "name"), "^", P(fn, "name"),
                                  "|VXI^VACCINE INFORMATION^HL70048|^SIIS"))
        out.append(L("hl7_iis").t("QRF|MIIS||||", P(s["sid"], "mrn"), "~", P(fd(s["dob"], "hl7"), "date"), "~MA~~",
                                  P(mom, "name"), "~", P(momf, "name"), "~", P(ph, "phone")))
        tick(1, 4)
        out.append(L("hl7_iis").t("MSH|^~\\&|MIIS|MDPH|SNAP|BHPS|%s||VXR^V03|MIIS%s|P|2.3.1" % (CLK.strftime("%Y%m%d%H%M%S"), dig(9))))
        out.append(L("hl7_iis").t("MSA|AA|%s" % ctl))
    else:
        out.append(L("hl7_iis").t("MSH|^~\\&|BHPS-SNAP|BHPS|MIIS|MDPH|%s-0400||QBP^Q11^QBP_Q11|%s|P|2.5.1|||ER|AL|||||Z34^CDCPHINVS" % (msh_ts, ctl)))
        qpd = lambda: L("hl7_iis").t("QPD|Z34^Request Immunization History^CDCPHINVS|%s|" % ctl, P(s["sid"], "mrn"),
                                     "^^^BHPS^SR|", P(ln, "name"), "^", P(fn, "name"), "^^^^^L|", P(mom, "name"), "^",
                                     P(momf, "name"), "^^^^^M|", P(fd(s["dob"], "hl7"), "date"), "|", s["sex"], "|",
                                     P(s["street"].upper() if up else s["street"], "address"), "^^",
                                     P(s["city"].upper() if up else s["city"], "address"), "^MA^", P(s["zip"], "zip"),
                                     "^USA^L|^PRN^PH^^^", P(ph[:3] + "^" + ph[3:], "phone"))
        out.append(qpd())
        out.append(L("hl7_iis").t("RCP|I|5^RD^HL70126"))
        tick(1, 3)
        rctl = "MIIS" + dig(10)
        out.append(L("hl7_iis").t("MSH|^~\\&|MIIS|MDPH|BHPS-SNAP|BHPS|%s-0400||RSP^K11^RSP_K11|%s|P|2.5.1|||NE|NE|||||Z32^CDCPHINVS" % (CLK.strftime("%Y%m%d%H%M%S"), rctl)))
        out.append(L("hl7_iis").t("MSA|AA|%s" % ctl))
        found = R.random() < 0.85
        out.append(L("hl7_iis").t("QAK|%s|%s|Z34^Request Immunization History^CDCPHINVS" % (ctl, "OK" if found else "NF")))
        out.append(qpd())
        if found:
            iis = s["iis"]
            out.append(L("hl7_iis").t("PID|1||", P(s["sid"], "mrn"), "^^^BHPS^SR~", P(iis, "other_id"), "^^^MIIS^SR||",
                                      P(ln, "name"), "^", P(fn, "name"), "^^^^^L|", P(mom, "name"), "^^^^^^M|",
                                      P(fd(s["dob"], "hl7"), "date"), "|", s["sex"], "|||",
                                      P(deacc(s["street"]).upper(), "address"), "^^", P(s["city"].upper(), "address"),
                                      "^MA^", P(s["zip"], "zip"), "^USA^P||^PRN^PH^^^", P(ph[:3] + "^" + ph[3:], "phone")))
            if R.random() < 0.5:
                out.append(L("hl7_iis").t("NK1|1|", P(deacc(s["plast"]).upper(), "name"), "^", P(deacc(s["pfirst"]).upper(), "name"),
                                          "^^^^^L|MTH^Mother^HL70063|||^PRN^PH^^^", P(ph[:3] + "^" + ph[3:], "phone")))
            for _ in range(R.randint(1, 3)):
                vac = R.choice([("03", "MMR", "MSD"), ("115", "Tdap", "SKB"), ("114", "MenACWY-D", "PMC"),
                                ("21", "Varicella", "MSD"), ("110", "DTaP-HepB-IPV", "SKB"), ("208", "COVID-19 Pfizer", "PFR")])
                ad = s["dob"] + timedelta(days=R.randint(365, 365 * 11))
                lot = R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + dig(4) + R.choice(["AA", "BC", "", "K"])
                out.append(L("hl7_iis").t("ORC|RE||%s^MIIS" % dig(9)))
                out.append(L("hl7_iis").t("RXA|0|1|", P(fd(ad, "hl7"), "date"), "|", P(fd(ad, "hl7"), "date"),
                                          "|%s^%s^CVX|%s|mL^^UCUM||01^Historical information - source unspecified^NIP001|||||||%s||%s^^MVX|||CP|A"
                                          % (vac[0], vac[1], R.choice(["0.5", "999"]), lot, vac[2])))
                if R.random() < 0.3:
                    out.append(L("hl7_iis").t("OBX|1|CE|30963-3^Vaccine funding source^LN|1|VXC50^Public^CDCPHINVS||||||F"))
            out.append(L("hl7_iis").t("OBX|%d|CE|59779-9^Immunization Schedule used^LN|1|VXC16^ACIP^CDCPHINVS||||||F" % R.randint(2, 6)))
    return out


def g_iis_gw():
    tick()
    r = R.random()
    if r < 0.45:
        return [L("iis_gw").t("%s %s iis_gateway.client: %s" % (ts_py(), R.choice(["INFO", "INFO", "DEBUG"]), R.choice([
            "RSP_K11 msh10=BHPS%s qak=OK segments=%d elapsed=%.3fs" % (dig(14), R.randint(6, 40), R.uniform(0.2, 3)),
            "MLLP connection to miis-gw.state.example:6661 established (tls=1.2, cipher=ECDHE-RSA-AES256-GCM-SHA384)",
            "rate limiter: 38/60 queries in window, sleeping 0.50s",
            "batch compliance run id=%s started for school=%s grade=07" % (uid(), R.choice(SCHOOLS)[0]),
            "ACK AE from registry: 'Z34 query profile not supported for facility BHPS-2250' (code 207)"])))]
    s = stu()
    if r < 0.8:
        dl = recent_day(0) + timedelta(days=R.choice([14, 21, 30]))
        return [L("iis_gw").t("%s WARNING iis_gateway.compliance: stu=" % ts_py(), P(s["sid"], "mrn"),
                              " school=%s grade=%02d status=NONCOMPLIANT missing=%s exclusion_deadline=" % (
                                  s["school"][0], s["grade"], R.choice(["[Tdap,MenACWY]", "[MMR#2]", "[Varicella#2]", "[HepB#3]", "[IPV#4]"])),
                              P(fd(dl, "iso"), "date"), " notify=queued")]
    bad = s["iis"][:4] + "X" + s["iis"][5:]
    return [L("iis_gw").t("%s ERROR iis_gateway.worker: worker-%d failed to reconcile RSP for stu " % (ts_py(), R.randint(1, 8)), P(s["sid"], "mrn")),
            L("iis_gw").t("Traceback (most recent call last):"),
            L("iis_gw").t('  File "/opt/iis-gateway/app/reconcile.py", line 141, in reconcile_pid'),
            L("iis_gw").t("    iis_id = validate_iis_id(pid3[1].id)"),
            L("iis_gw").t('  File "/opt/iis-gateway/app/ids.py", line 22, in validate_iis_id'),
            L("iis_gw").t('    raise ValueError(f"invalid MIIS id {v!r}")'),
            L("iis_gw").t("ValueError: invalid MIIS id '", P(bad, "other_id"), "'")]


def g_vision():
    tick()
    if R.random() < 0.4:
        sn = "VS100-%05d" % R.choice([12874, 13102, 20931])
        return [L("vision_xml").t("%s screening-upload[%d]: device %s synced %d records in %.1fs, fw 3.0.04.06, battery %d%%"
                                  % (ts_sys(), R.randint(2000, 9000), sn, R.randint(0, 60), R.uniform(1, 9), R.randint(20, 100)))]
    s = stu()
    d = recent_day(1)
    sn = "VS100-%05d" % R.choice([12874, 13102, 20931])
    res = R.choice(["Pass", "Pass", "Refer", "Inconclusive"])
    return [L("vision_xml").t("<Record><PatientID>", P(s["sid"], "mrn"), "</PatientID><FirstName>", P(s["first"], "name"),
                              "</FirstName><LastName>", P(s["last"], "name"), "</LastName><DOB>", P(fd(s["dob"], "us"), "date"),
                              "</DOB><Gender>%s</Gender><ExamDate>" % ("Male" if s["sex"] == "M" else "Female"),
                              P(fd(d, "iso") + "T%02d:%02d:%02d" % (R.randint(8, 14), R.randint(0, 59), R.randint(0, 59)), "date"),
                              '</ExamDate><Device Model="VS100" Serial="%s" FW="3.0.04.06"/><OD SE="%+.2f" DC="%.2f" Axis="%d"/><OS SE="%+.2f" DC="%.2f" Axis="%d"/><Result>%s</Result></Record>'
                              % (sn, R.uniform(-2, 2), -R.uniform(0, 1.5), R.randint(1, 180), R.uniform(-2, 2), -R.uniform(0, 1.5), R.randint(1, 180), res))]


def g_hearing():
    tick()
    if R.random() < 0.35:
        return [L("hearing_csv").t("#AMBCO 650A export v2.1 serial=AM650-%s calibrated=2024-08-19 operator=%s site=%s"
                                   % (dig(5), R.choice(STAFF)[3], R.choice(SCHOOLS)[0]))]
    s = stu()
    d = recent_day(1)
    th = lambda: R.choice(["20", "20", "25", "20", "40"])
    vals = ["R500=%s" % th(), "R1000=%s" % th(), "R2000=%s" % th(), "R4000=%s" % th(),
            "L500=%s" % th(), "L1000=%s" % th(), "L2000=%s" % th(), "L4000=%s" % th()]
    return [L("hearing_csv").join(",", ["AM650", "SN=AM650-%s" % R.choice(["40112", "40587"]), P(s["sid"], "mrn"),
                                        P(s["last"], "name"), P(s["first"], "name"), "gr%02d" % s["grade"],
                                        P(fd(d, "iso"), "date")] + vals + [R.choice(["PASS", "PASS", "RESCREEN", "REFER"])])]


MEDS = [("methylphenidate ER 18mg", "50458-0585-01"), ("albuterol HFA 90mcg", "0173-0682-20"),
        ("insulin lispro 100u/mL", "0002-7510-01"), ("cetirizine 10mg", "0904-6783-61"),
        ("guanfacine 1mg", "65162-0711-10"), ("levetiracetam 250mg", "31722-0535-60")]


def g_medlog(force=None):
    tick()
    r = R.random() if force is None else force
    if r < 0.35:
        return [L("medlog_kv").t("%s medlog level=info act=EPI_INV school=%s item=\"EpiPen %s\" lot=%s exp=%s qty=%d check=%s by=%s"
                                 % (ts_iso(False), R.choice(SCHOOLS)[0], R.choice(["0.3mg", "Jr 0.15mg"]),
                                    R.choice(["3GR417", "2FM088", "4HK213"]), R.choice(["2025-08-31", "2026-01-31", "2025-04-30"]),
                                    R.randint(1, 4), R.choice(["OK", "OK", "EXPIRING"]), R.choice(STAFF)[3]))]
    s = stu()
    st = R.choice([x for x in STAFF if "RN" in x[2] or x[2] == "LPN"])
    if r < 0.75:
        m = R.choice(MEDS)
        l = L("medlog_kv").t("%s medlog level=info act=MAR_GIVE dose_id=%s school=%s stu=" % (ts_iso(False), hexs(10), s["school"][0]),
                             P(s["sid"], "mrn"), ' stu_nm="', P(lf(s), "name"), '" med="%s" route=%s sched=%02d%02d given_by=%s_%s ndc=%s auth=fp_ok'
                             % (m[0], "INH" if "HFA" in m[0] else ("SC" if "insulin" in m[0] else "PO"), R.randint(8, 14), R.choice([0, 30]),
                                st[3], st[2].split()[0].lower(), m[1]))
        if "insulin" in m[0] and R.random() < 0.7:
            l.t(" pump=\"Omnipod 5\" pdm_sn=", P("PDM" + dig(2) + R.choice("ABCDEFGH") + dig(6), "device"))
        return [l]
    if r < 0.88:
        return [L("medlog_kv").t("%s medlog level=info act=RX_DROPOFF school=%s stu=" % (ts_iso(False), s["school"][0]), P(s["sid"], "mrn"),
                                 ' guardian="', P(pname(s), "name"), '" rel=%s id_type=MA_DL id_no=' % s["prel"],
                                 P("S" + dig(8), "license"), ' med="%s" qty=%d recv_by=%s' % (R.choice(MEDS)[0], R.randint(10, 60), st[3]))]
    d = recent_day(0)
    return [L("medlog_kv").t("%s medlog level=warn act=EPI_ADMIN school=%s loc=%s device=\"EpiPen Jr\" lot=3GR417 pt=\"" % (
        ts_iso(False), s["school"][0], R.choice(["cafeteria", "gym", "rm214", "bus loop"])), P(fl(s), "name"), '" dob=',
        P(fd(s["dob"], "us"), "date"), " own_device=", P("AQ" + R.choice("0123456789") + R.choice("ABCDEFGHJK") + dig(4), "device"),
        " given=%02d:%02d ems_called=Y parent_notified=\"" % (R.randint(10, 13), R.randint(0, 59)), P(pname(s), "name"),
        '" via=phone:', P(fmt_phone(s["pphone"], 1), "phone"), " by=%s" % st[3])]


def g_x12():
    tick()
    ctl = "%09d" % R.randint(1000, 99999)
    gs = str(int(ctl))
    out = [L("x12_837").t("ISA*00*          *00*          *ZZ*BHPS0422       *ZZ*MASSHEALTH     *%s*%s*^*00501*%s*0*P*:~" % (CLK.strftime("%y%m%d"), CLK.strftime("%H%M"), ctl)),
           L("x12_837").t("GS*HC*BHPS0422*MASSHEALTH*%s*%s*%s*X*005010X222A1~" % (CLK.strftime("%Y%m%d"), CLK.strftime("%H%M"), gs)),
           L("x12_837").t("ST*837*0001*005010X222A1~"),
           L("x12_837").t("BHT*0019*00*BHPS-%s*%s*%s*CH~" % (dig(6), CLK.strftime("%Y%m%d"), CLK.strftime("%H%M"))),
           L("x12_837").t("NM1*85*2*BAY HARBOR PUBLIC SCHOOLS*****XX*%s~" % DIST_NPI),
           L("x12_837").t("N3*1450 COLUMBIA RD~"), L("x12_837").t("N4*BOSTON*MA*021252311~"),
           L("x12_837").t("REF*EI*046001%s~" % dig(3))]
    for k in range(R.randint(1, 2)):
        s = stu()
        ln, fn = hl7name(s)
        sv = recent_day(12)
        svc = R.choice([("92507", "F802", WHITFIELD_NPI, "WHITFIELD*GRACE"), ("97530", "F82", npi(), "INIGUEZ*ROSA"),
                        ("T1002", "E109", OKAFOR_NPI, "OKAFOR*PATRICIA"), ("97110", "G808", npi(), "BRENNAN*MICHAEL")])
        amt = "%.2f" % R.uniform(18, 95)
        out += [L("x12_837").t("HL*%d*1*22*0~" % (k + 2)), L("x12_837").t("SBR*P*18*******MC~"),
                L("x12_837").t("NM1*IL*1*", P(ln, "name"), "*", P(fn, "name"), "****MI*", P(s["mh"], "health_plan"), "~"),
                L("x12_837").t("N3*", P(deacc(s["street"]).upper(), "address"), "~"),
                L("x12_837").t("N4*", P(s["city"].upper(), "address"), "*MA*", P(s["zip"], "zip"), "~"),
                L("x12_837").t("DMG*D8*", P(fd(s["dob"], "x12"), "date"), "*%s~" % s["sex"]),
                L("x12_837").t("NM1*PR*2*MASSHEALTH*****PI*MASSHEALTH~"),
                L("x12_837").t("CLM*", P("BHPS" + sv.strftime("%y%m") + dig(5), "account"), "*%s***03:B:1*Y*A*Y*Y~" % amt),
                L("x12_837").t("HI*ABK:%s~" % svc[1]),
                L("x12_837").t("NM1*82*1*%s****XX*%s~" % (svc[3], svc[2])),
                L("x12_837").t("LX*1~"), L("x12_837").t("SV1*HC:%s:TM*%s*UN*1***1~" % (svc[0], amt)),
                L("x12_837").t("DTP*472*D8*", P(fd(sv, "x12"), "date"), "~")]
    out += [L("x12_837").t("SE*%d*0001~" % (len(out) - 1)), L("x12_837").t("GE*1*%s~" % gs), L("x12_837").t("IEA*1*%s~" % ctl)]
    return out


def fw(l, fields):
    for v, w, al in fields:
        if isinstance(v, P):
            raw = deacc(v.v)[:w]
            pad = " " * (w - len(raw))
            if al == "r":
                l.t(pad, P(raw, v.cat))
            else:
                l.t(P(raw, v.cat), pad)
        else:
            raw = str(v)[:w]
            l.t(raw.rjust(w) if al == "r" else raw.ljust(w))
    return l


def g_fixed():
    tick()
    out = []
    if R.random() < 0.3:
        out.append(fw(L("mh_fixed"), [("HDR", 3, "l"), ("BHPS0422", 10, "l"), (CLK.strftime("%Y%m%d"), 8, "l"),
                                      ("SBSCLAIMS", 12, "l"), ("V04.2", 6, "l"), ("%06d" % R.randint(1, 999), 6, "r")]))
    for _ in range(R.randint(1, 2)):
        s = stu()
        sv = recent_day(20)
        out.append(fw(L("mh_fixed"), [("D", 1, "l"), ("0110%s" % dig(6), 10, "l"), (P(s["mh"], "health_plan"), 12, "l"),
                                      (P(s["last"].upper(), "name"), 20, "l"), (P(s["first"].upper(), "name"), 15, "l"),
                                      (P(fd(s["dob"], "hl7"), "date"), 8, "l"), (P(fd(sv, "hl7"), "date"), 8, "l"),
                                      (R.choice(["92507", "97530", "97110", "T1002", "H2014"]), 5, "l"),
                                      ("%04d" % R.randint(1, 8), 4, "r"), ("%09d" % R.randint(1500, 19999), 9, "r"),
                                      (P(s["sasid"], "other_id"), 10, "l"), (R.choice(["SP", "OT", "PT", "RN"]), 2, "l")]))
    if R.random() < 0.3:
        out.append(fw(L("mh_fixed"), [("TRL", 3, "l"), ("%06d" % R.randint(100, 900), 6, "r"), ("%012d" % R.randint(10 ** 6, 10 ** 8), 12, "r")]))
    return out


IEP_NOTES = ["Articulation /r/ blends, 80% acc. w/ mod cues", "Fine motor: scissor skills, handwriting legibility 3/5",
             "Gait training, stairs w/ rail x2 flights", "Pragmatic language group, turn-taking 4/6",
             "Sensory diet reviewed w/ teacher", "Core strengthening; balance beam 10 ft indep.",
             "Fluency: easy onset practice, 2 min monologue", "Student absent - session missed, make-up scheduled"]


def g_iep():
    tick()
    if R.random() < 0.35:
        return [L("iep_pipe").t("SEIS|%s|BATCH_SUMMARY|providers=%d|logs=%d|minutes=%d|missed=%d|period=2025-03" % (
            CLK.strftime("%Y-%m-%d %H:%M:%S"), R.randint(30, 60), R.randint(500, 2000), R.randint(10000, 60000), R.randint(5, 100)))]
    s = stu()
    st = R.choice([x for x in STAFF if x[2] in ("CCC-SLP", "OTR/L", "DPT", "COTA", "PTA")])
    svc = {"CCC-SLP": "SLP", "OTR/L": "OT", "COTA": "OT", "DPT": "PT", "PTA": "PT"}[st[2]]
    d = recent_day(7)
    note = R.choice([IEP_NOTES[{"SLP": 0, "OT": 1, "PT": 2}[svc]], IEP_NOTES[{"SLP": 3, "OT": 4, "PT": 5}[svc]],
                     IEP_NOTES[6] if svc == "SLP" else IEP_NOTES[4 if svc == "OT" else 5], IEP_NOTES[7]])
    return [L("iep_pipe").join("|", ["SEIS", CLK.strftime("%Y-%m-%d %H:%M:%S"), "SVC_LOG", P(s["iep"], "other_id"),
                                     P(s["sasid"], "other_id"), P(lf(s), "name"), svc, "%s %s %s" % (st[0], st[1], st[2]),
                                     P(fd(d, "iso"), "date"), "0" if "absent" in note else str(R.choice([20, 30, 30, 45])),
                                     R.choice(["pull-out", "push-in", "consult", "teletherapy"]), note, R.choice(["G", "I"])])]


UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Linux; Android 14; SM-A146U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Mobile Safari/537.36",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"]


def g_ps_access():
    tick(1, 20)
    r = R.random()
    if r < 0.45:
        path = R.choice(["/ws/v1/district/school?pagesize=100", "/health", "/ws/v1/metadata",
                         "/ws/v1/school/%d/student/count" % R.randint(1, 130), "/oauth/access_token",
                         "/teachers/home.html", "/images/css/screen.css"])
        ua = "kube-probe/1.29" if path == "/health" else ("Mozilla/5.0 (X11; CrOS x86_64 15633.69.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"
                                                          if path.startswith(("/teachers", "/images")) else "SNAPSync/11.4.2")
        return [L("ps_access").t('10.40.%d.%d - - [%s] "%s %s HTTP/1.1" %d %d "-" "%s" rt=%.3f' % (
            R.choice([2, 2, 8]), R.randint(10, 60), ts_clf(), "POST" if "oauth" in path else "GET", path,
            R.choice([200, 200, 200, 304]) if "oauth" not in path else R.choice([200, 200, 401]),
            R.randint(80, 90000) if path != "/health" else 2, ua, R.uniform(0.001, 1.5)))]
    s = stu()
    if r < 0.75:
        if R.random() < 0.5:
            l = L("ps_access").t('10.40.2.%d - - [%s] "GET /ws/v1/student/' % (R.randint(10, 60), ts_clf()), P(s["dcid"], "mrn"),
                                 '?expansions=demographics,addresses,contact_info HTTP/1.1" 200 %d "-" "SNAPSync/11.4.2" rt=%.3f' % (R.randint(900, 4000), R.uniform(0.02, 0.4)))
        else:
            l = L("ps_access").t('10.40.2.%d - - [%s] "GET /ws/v1/district/student?q=student_number==' % (R.randint(10, 60), ts_clf()),
                                 P(s["sid"], "mrn"), '&expansions=ethnicity_race HTTP/1.1" 200 %d "-" "iis-gateway/3.8.1 python-requests/2.31.0" rt=%.3f' % (R.randint(900, 4000), R.uniform(0.02, 0.4)))
        return [l]
    path = R.choice(["/guardian/home.html", "/guardian/healthinfo.html?frn=001" + s["dcid"], "/guardian/immunizations.html", "/public/home.html"])
    l = L("ps_access").t(P(s["pip"], "ip"), ' - - [%s] "GET ' % ts_clf())
    if "frn=" in path:
        l.t("/guardian/healthinfo.html?frn=001", P(s["dcid"], "mrn"))
    else:
        l.t(path)
    l.t(' HTTP/2.0" 200 %d "https://ps.bhps.org/guardian/home.html" "%s" rt=%.3f' % (R.randint(2000, 30000), R.choice(UA), R.uniform(0.05, 0.9)))
    return [l]


def b64ish(n):
    raw = bytes(R.randint(0, 255) for _ in range(n))
    return "/9j/4AAQSkZJRgABAQAAAQABAAD/" + base64.b64encode(raw).decode()


def g_ic(force=None, gg=False, ssnf=False, kind=None):
    tick()
    r = R.random() if force is None else force
    base = {"timestamp": ts_z(), "level": "info", "app": "ic-health-sync", "req_id": uid()}
    if r < 0.45:
        base.update(R.choice([{"msg": "token refreshed", "client_id": "bhps-health-prod", "expires_in": 3600},
                              {"msg": "GET /campus/api/oneroster/v1p2/rostering/schools", "status": 200, "ms": R.randint(90, 900)},
                              {"msg": "delta sync window", "since": ts_z(), "changed": R.randint(0, 400), "page": R.randint(1, 9)},
                              {"msg": "retrying after 429", "attempt": R.randint(1, 4), "backoff_ms": R.choice([500, 1000, 2000])}]))
        return [jline("ic_api", base, compact=True)]
    s = stu()
    if r < 0.75:
        base.update({"msg": "upsert student", "personID": num(s["pid"], "mrn"), "studentNumber": P(s["sid"], "mrn"),
                     "lastName": P(s["last"], "name"), "firstName": P(s["first"], "name"), "birthDate": P(fd(s["dob"], "iso"), "date"),
                     "homeLanguage": {"ht": "Haitian Creole", "vi": "Vietnamese", "es": "Spanish", "en": "English"}[s["lang"]],
                     "healthConditions": R.choice([["Asthma"], ["Peanut allergy (anaphylaxis)"], [], ["T1 Diabetes"], ["ADHD"]]),
                     "calendarID": R.randint(700, 900)})
        if ssnf or R.random() < 0.15:
            base["ssn"] = P(ssn().replace("-", ""), "ssn") if (ssnf or R.random() < 0.6) else "000000000"
        return [jline("ic_api", base, ea=R.random() < 0.5, compact=True)]
    if r < 0.87:
        c = {"name": P(pname(s), "name"), "relationship": s["prel"], "cellPhone": P(fmt_phone(s["pphone"], 4), "phone"),
             "email": P(s["pemail"], "email"), "address": S([P(s["street"], "address"), ", ", P(s["city"], "address"), ", MA ", P(s["zip"], "zip")])}
        extra = []
        if gg or R.random() < 0.3:
            extra.append({"name": P("%s %s" % (R.choice(ORIG[s["o"]][2]), R.choice(ORIG[s["o"]][1])), "name"),
                          "relationship": "Great-grandmother", "age": num(str(R.randint(90, 97)), "age"),
                          "workFax": P(fmt_phone(phone10(), 1), "fax")})
        base.update({"msg": "contacts synced", "personID": num(s["pid"], "mrn"), "contacts": [c] + extra})
        return [jline("ic_api", base, ea=False, compact=True)]
    if kind == "photo" or (kind is None and R.random() < 0.6):
        base.update({"msg": "photo sync", "personID": num(s["pid"], "mrn"), "mime": "image/jpeg", "photo_b64": P(b64ish(R.randint(30, 60)), "photo")})
    else:
        base.update({"msg": "cafeteria POS enrol", "personID": num(s["pid"], "mrn"), "vendor": "PalmSecure-POS 4.1",
                     "template": P(base64.b64encode(bytes(R.randint(0, 255) for _ in range(36))).decode(), "biometric")})
    return [jline("ic_api", base, compact=True)]


MSG_TPL = {
    "en": ("Bay Harbor PS Health Services: ", " visited the nurse on ", " for ", ". Please call the school nurse at " + ORG_PHONE + " with questions."),
    "es": ("Servicios de Salud BHPS: su hijo/a ", " fue atendido/a por la enfermera el ", " por ", ". Llame al " + ORG_PHONE + " si tiene preguntas."),
    "ht": ("Sèvis Sante BHPS: ", " te wè enfimyè lekòl la jodi a ", " paske li te gen ", ". Tanpri rele " + ORG_PHONE + "."),
    "vi": ("Y tế BHPS: Em ", " đã đến phòng y tế ngày ", " vì ", ". Xin quý phụ huynh gọi " + ORG_PHONE + "."),
}


def g_notify():
    tick()
    r = R.random()
    if r < 0.35:
        return [jline("notify", {"ts": ts_iso(), "svc": "notify-worker", "level": "info", "msg": R.choice([
            "template rendered", "queue depth", "provider latency", "batch flushed"]), "tpl": R.choice(["visit_home_v3", "imm_reminder_es", "epi_alert", "screening_refer_ht"]),
            "pending": R.randint(0, 80), "p95_ms": R.randint(80, 1900), "worker": "notify-worker-%s-%s" % (hexs(9), hexs(5))}, compact=True)]
    s = stu()
    lang = s["lang"]
    r2 = R.choice(REASONS)
    reason = {"en": r2[1].split(" - ")[0].split(",")[0].split(" 1")[0].lower(), "es": r2[2], "ht": r2[3], "vi": r2[4]}[lang]
    d = recent_day(0)
    if r < 0.75:
        a, b, c, e = MSG_TPL[lang]
        nm = P(fl(s) if lang == "vi" else s["first"], "name")
        if lang == "vi":
            nm = P("%s %s" % (s["last"], s["first"]), "name")
        body = S([a, nm, b, P(fd(d, "us" if lang == "en" else "eu"), "date"), c, reason, e])
        return [jline("notify", {"ts": ts_iso(), "svc": "notify-worker", "level": "info", "channel": "sms", "lang": lang,
                                 "to": P("+1" + s["pphone"], "phone"), "from": "+16175550187", "tpl": "visit_home_v3",
                                 "body": body, "segments": 2}, ea=R.random() < 0.5)]
    dl = recent_day(0) + timedelta(days=21)
    url = "https://health.bhps.org/imm/upload?sid=%s&t=%s" % (s["sid"], hexs(16))
    if lang == "es":
        body = S(["Estimado/a ", P(pname(s), "name"), ": nuestros registros indican que ", P(fl(s), "name"), " (fecha de nacimiento ",
                  P(fd(s["dob"], "eu"), "date"), ") no tiene la vacuna Tdap. Fecha límite: ", P(fd(dl, "eu"), "date"),
                  ". Suba el comprobante en ", P(url, "url")])
    else:
        body = S(["Dear ", P(pname(s), "name"), ", our records show ", P(fl(s), "name"), " (DOB ", P(fd(s["dob"], "us"), "date"),
                  ") is missing MMR dose 2. Students not in compliance by ", P(fd(dl, "us"), "date"),
                  " may be excluded per 105 CMR 220. Upload records at ", P(url, "url")])
    return [jline("notify", {"ts": ts_iso(), "svc": "notify-worker", "level": "info", "channel": "email", "lang": "es" if lang == "es" else "en",
                             "to": P(s["pemail"], "email"), "from": "health-services@bhps.org", "subject": "Immunization compliance / Cumplimiento de vacunas",
                             "body": body, "msg_id": "<%s@mail.bhps.org>" % uid()}, ea=True)]


def g_twilio():
    tick()
    if R.random() < 0.3:
        return [L("twilio_logfmt").t('ts=%s level=info msg="sms.status" sid=SM%s to=+16175550110 status=delivered err=0 account=AC%s note="staff test"' % (ts_z(), hexs(32), hexs(32)))]
    s = stu()
    st = R.choice(["delivered", "delivered", "sent", "undelivered", "failed"])
    return [L("twilio_logfmt").t("ts=%s level=%s msg=\"sms.status\" sid=SM%s to=" % (ts_z(), "warn" if st in ("failed", "undelivered") else "info", hexs(32)),
                                 P("+1" + s["pphone"], "phone"), " status=%s err=%s price=-0.0079 segments=%d" % (st, "30003" if st == "undelivered" else ("30006" if st == "failed" else "0"), R.randint(1, 3)))]


def g_postfix():
    tick()
    qid = "".join(R.choice("0123456789ABCDEF") for _ in range(10))
    if R.random() < 0.45:
        who = R.choice(STAFF)[3]
        return [L("postfix").t("%s mx2 postfix/smtp[%d]: %s: to=<%s@bhps.org>, relay=bhps-org.mail.protection.outlook.com[52.101.%d.%d]:25, delay=%.2f, delays=0.01/0/0.4/0.2, dsn=2.6.0, status=sent (250 2.6.0 Queued mail for delivery)"
                               % (ts_sys(), R.randint(1000, 30000), qid, who, R.randint(0, 255), R.randint(1, 254), R.uniform(0.3, 2)))]
    s = stu()
    dom = s["pemail"].split("@")[1]
    relay = {"gmail.com": "gmail-smtp-in.l.google.com[142.250.%d.27]" % R.randint(100, 150), "yahoo.com": "mta7.am0.yahoodns.net[67.195.204.%d]" % R.randint(70, 80)}.get(
        dom, "mx.%s[40.97.%d.%d]" % (dom, R.randint(0, 255), R.randint(1, 254)))
    st = R.choice(["sent (250 2.0.0 OK)", "sent (250 ok dirdel)", "deferred (451 4.7.1 Try again later)", "bounced (550 5.1.1 user unknown)"])
    return [L("postfix").t("%s mx2 postfix/smtp[%d]: %s: to=<" % (ts_sys(), R.randint(1000, 30000), qid), P(s["pemail"], "email"),
                           ">, relay=%s:25, delay=%.1f, delays=0.1/0/0.6/0.5, dsn=%s, status=%s" % (relay, R.uniform(0.4, 40), st.split()[1][1:].replace("250", "2.0.0").replace("451", "4.7.1").replace("550", "5.1.1"), st))]


def g_incident(force=None):
    tick()
    s = stu()
    st = R.choice([x for x in STAFF if "RN" in x[2] or x[2] in ("LPN", "ATC")])
    case = "INJ-25-%04d" % R.randint(1, 3000)
    d = recent_day(4)
    r = R.random() if force is None else force
    if r < 0.55:
        rtl = d + timedelta(days=R.randint(3, 10))
        return [L("incident").t("CONCUSSION REPORT ", P(case.replace("INJ", "CONC"), "other_id"), " | Student: ", P(fl(s), "name"), " (#",
                                P(s["sid"], "mrn"), ") | DOI: ", P(fd(d, "us"), "date"), " | Mechanism: %s. Pt reports HA, photophobia, nausea x1. SCAT5 symptom score %d/132. Parent/guardian "
                                % (R.choice(["head-to-head contact during JV soccer", "fell from monkey bars, struck occiput", "hit by dodgeball in PE", "collision in hallway"]), R.randint(8, 40)),
                                P(pname(s), "name"), " notified %02d:%02d at " % (R.randint(9, 15), R.randint(0, 59)),
                                P(fmt_phone(s["pphone"], 0), "phone"), ". Referred to PCP %s. RTL step 2 target " % R.choice(PCPS),
                                P(fd(rtl, "mon"), "date"), ". Completed by %s %s, %s." % (st[0], st[1], st[2]))]
    if r < 0.8:
        return [L("incident").t("INJURY ", P(case, "other_id"), " | %s | " % s["school"][1], P(lf(s), "name"), ", gr %d | " % s["grade"],
                                "%s Parent called. Reported by %s %s." % (R.choice(["Fell on outstretched hand at recess, swelling R wrist; ice, splint, X-ray advised.", "Laceration 2cm L eyebrow; cleaned, steri-strips applied.", "Twisted ankle on stairs, unable to bear weight; ice, elevation, crutches loaned."]), st[0], st[1]))]
    plate = "%s%s%s" % (dig(1), "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)), dig(3))
    gg = "%s %s" % (R.choice(ORIG[s["o"]][2]), s["plast"])
    return [L("incident").t("INCIDENT ", P(case, "other_id"), " pick-up loop %s %02d:%02d: student " % (s["school"][1], R.randint(14, 15), R.randint(0, 59)),
                            P(fl(s), "name"), " brushed by slow-moving vehicle driven by great-grandmother ", P(gg, "name"), " (age ",
                            P(str(R.randint(90, 96)), "age"), "), MA plate ", P(plate, "vehicle"), ", VIN ", P(vin(), "vehicle"),
                            ". Minor abrasion R forearm, no LOC. Officer Reyes (BPS Safety) on scene. Nurse %s %s assessed." % (st[0], st[1]))]


def g_covid():
    tick()
    if R.random() < 0.5:
        return [L("covid_csv").t("%s covid-archive[%d]: purge job %s: %d rows older than 2022-06-30 eligible, dry_run=%s, table=pool_results_2021" % (
            ts_sys(), R.randint(100, 9999), uid()[:8], R.randint(1000, 40000), R.choice(["true", "false"])))]
    s = stu()
    td = date(2021, 9, 13) + timedelta(days=R.randint(0, 250))
    return [L("covid_csv").join(",", [P(fd(td, "iso"), "date"), R.choice(["pooled", "BinaxNOW", "test-to-stay"]),
                                      "POOL-%s-%s-%02d" % (s["school"][0], td.strftime("%m%d"), R.randint(1, 30)), P("KIT" + dig(11), "other_id"),
                                      P(s["sid"], "mrn"), P(lf(s), "name"), R.choice(["NEG", "NEG", "NEG", "POS", "INVALID"]),
                                      "consent=%s" % R.choice("YYN"), "lab=Broad CRSP"])]


def g_gws(force=None):
    tick()
    r = R.random() if force is None else force
    if r < 0.35:
        st = R.choice(STAFF)
        return [jline("gws", {"kind": "admin#reports#activity", "id": {"time": ts_z(), "uniqueQualifier": "-" + dig(19), "applicationName": "login", "customerId": "C03k8z1qa"},
                              "actor": {"email": "%s@bhps.org" % st[3], "profileId": dig(21)}, "ipAddress": "198.51.%d.%d" % (R.randint(0, 3), R.randint(2, 250)),
                              "events": [{"type": "login", "name": R.choice(["login_success", "login_challenge", "logout"])}]}, compact=True)]
    s = stu()
    if r < 0.7:
        home = R.random() < 0.6
        ip = P(s["pip"], "ip") if home else "198.51.%d.%d" % (R.randint(0, 3), R.randint(2, 250))
        return [jline("gws", {"kind": "admin#reports#activity", "id": {"time": ts_z(), "uniqueQualifier": "-" + dig(19), "applicationName": "login", "customerId": "C03k8z1qa"},
                              "actor": {"email": P(s["email"], "email"), "profileId": P(s["gprofile"], "other_id")}, "ipAddress": ip,
                              "events": [{"type": "login", "name": R.choice(["login_success", "login_failure"]), "parameters": [{"name": "login_type", "value": "google_password"}]}]}, compact=True)]
    if r < 0.82:
        return [jline("gws", {"kind": "admin#directory#chromeosdevice", "deviceId": uid(), "serialNumber": "NXH%s" % "".join(R.choice("0123456789ABCDEF") for _ in range(7)),
                              "status": "ACTIVE", "orgUnitPath": "/Devices/Carts/%s" % R.choice(SCHOOLS)[0], "osVersion": "124.0.6367.171",
                              "model": "Lenovo 300e Yoga Chromebook Gen 4", "lastSync": ts_z()}, compact=True)]
    return [jline("gws", {"kind": "admin#directory#chromeosdevice", "deviceId": P(s["cb_id"], "device"), "serialNumber": P(s["cb_serial"], "device"),
                          "status": "ACTIVE", "annotatedUser": P(s["email"], "email"), "orgUnitPath": "/Students/%s/%d" % (s["school"][0], s["gy"]),
                          "macAddress": P(s["cb_mac"].replace(":", ""), "device"), "osVersion": "124.0.6367.171",
                          "model": "HP Chromebook x360 11 G4 EE", "lastSync": ts_z(), "recentUsers": [{"type": "USER_TYPE_MANAGED", "email": P(s["email"], "email")}]}, compact=True)]


def g_php():
    tick()
    r = R.random()
    if r < 0.45:
        return [L("php_error").t("[%s] PHP %s" % (ts_php(), R.choice([
            'Warning:  Undefined array key "guardian2_phone" in /var/www/healthportal/src/Visit/Notify.php on line 212',
            "Deprecated:  strftime() is deprecated in /var/www/healthportal/vendor/legacy/snapbridge/Dates.php on line 44",
            "Notice:  session_start(): Ignoring session_start() because a session is already active in /var/www/healthportal/public/index.php on line 9",
            "Warning:  file_get_contents(https://iis-gw.bhps.internal/healthz): Failed to open stream: HTTP request failed! HTTP/1.1 503 in /var/www/healthportal/src/Status.php on line 31"])))]
    s = stu()
    d = recent_day(0)
    if r < 0.8:
        return [L("php_error").t("[%s] PHP Fatal error:  Uncaught PDOException: SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '" % ts_php(),
                                 P(s["sid"], "mrn"), "-", P(fd(d, "iso"), "date"), "' for key 'uniq_stu_visit' in /var/www/healthportal/src/Visit/VisitRepo.php:88"),
                L("php_error").t("Stack trace:"),
                L("php_error").t("#0 /var/www/healthportal/src/Visit/VisitRepo.php(88): PDOStatement->execute(Array)"),
                L("php_error").t("#1 /var/www/healthportal/src/Visit/VisitController.php(57): Health\\Visit\\VisitRepo->save('", P(s["sid"], "mrn"), "', Object(Health\\Visit\\Visit))"),
                L("php_error").t("#2 {main}"),
                L("php_error").t("  thrown in /var/www/healthportal/src/Visit/VisitRepo.php on line 88")]
    pan = card()
    masked = R.random() < 0.6
    l = L("php_error").t("[%s] PHP Notice:  payments debug: sports physical fee stu=" % ts_php(), P(s["sid"], "mrn"), " payer=\"", P(pname(s), "name"), "\" card=")
    if masked:
        l.t("************" + pan[-4:])
    else:
        l.t(P(pan, "account"))
    l.t(" amount=25.00 order=ORD-%s gateway=authorize.net resp=1 in /var/www/healthportal/src/Pay/Checkout.php on line 140" % dig(7))
    return [l]


def g_mysql():
    tick()
    out = [L("mysql_slow").t("# Time: %s" % ts_z()),
           L("mysql_slow").t("# User@Host: snap_app[snap_app] @ app0%d [10.40.2.%d]  Id: %d" % (R.randint(1, 4), R.randint(10, 60), R.randint(1000, 99999))),
           L("mysql_slow").t("# Query_time: %.6f  Lock_time: 0.000%03d Rows_sent: %d  Rows_examined: %d" % (R.uniform(2, 14), R.randint(0, 999), R.randint(0, 40), R.randint(10000, 900000)))]
    if R.random() < 0.45:
        out.append(L("mysql_slow").t("SELECT school_code, COUNT(*) FROM visits WHERE visit_dt >= '2024-09-01' GROUP BY school_code;"))
    else:
        s = stu()
        ln = s["last"].replace("'", "''")
        out.append(L("mysql_slow").t("SELECT v.* FROM visits v JOIN students s ON s.id = v.student_id WHERE s.last_name = '", P(ln, "name"),
                                     "' AND s.birth_date = '", P(fd(s["dob"], "iso"), "date"), "' ORDER BY v.visit_dt DESC LIMIT 50;"))
    return out


def g_chat():
    tick(10, 200)
    st = R.choice([x for x in STAFF if "RN" in x[2] or x[2] == "LPN"])
    head = "%s | #nurses-%s | %s %s: " % (CLK.strftime("%Y-%m-%d %H:%M"), R.choice(["east", "south", "cluster3"]), st[0], st[1])
    r = R.random()
    if r < 0.5:
        return [L("chat").t(head + R.choice([
            "anyone have spare EpiPen Jr for Seaver? ours expire 3/31",
            "SNAP is slow again, IT ticket INC0082231 opened",
            "reminder: vision screening grades 1,3,5 due to central by Friday",
            "Spot screener VS100-13102 needs a firmware update before Thursday",
            "who has the Creole interpreter line number? the Language Line code changed",
            "covering Harbor Point Middle after 1pm, Thanh is at training"]))]
    s = stu()
    short = s["first"] + " " + s["last"][0] + ("-" + s["last"].split("-")[1][0] if "-" in s["last"] else "")
    if r < 0.8:
        return [L("chat").t(head, "can someone confirm ", P(short, "name"), " (", P(s["sid"], "mrn"), ") has %s own inhaler on file? %s " % ("her" if s["sex"] == "F" else "his", {"Grandmother": "grandma", "Aunt": "aunt", "Guardian": "guardian"}.get(s["prel"], "parent")),
                            P(s["pfirst"], "name"), " says it was dropped off ", P(fd(recent_day(5), "usshort"), "date"))]
    return [L("chat").t(head, P(s["first"], "name"), " in gr %d at %s is on the exclusion list for MMR, parent's cell " % (s["grade"], s["school"][1]),
                        P(fmt_phone(s["pphone"], 3), "phone"), " goes to vm, can the Spanish liaison try?")]


def g_fhir():
    tick()
    s = stu()
    d = s["dob"] + timedelta(days=R.randint(365, 4000))
    return [jline("fhir", {"resourceType": "Immunization", "id": "imm-" + hexs(12), "meta": {"versionId": str(R.randint(1, 4)), "lastUpdated": ts_z()},
                           "status": "completed", "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "115", "display": "Tdap"}]},
                           "patient": {"reference": S(["Patient/", P(s["sid"], "mrn")]), "display": P(fl(s), "name")},
                           "occurrenceDateTime": P(fd(d, "iso"), "date"), "lotNumber": R.choice(["U7835AA", "3CA47C1", "AC52B054DA"]),
                           "performer": [{"actor": {"display": R.choice(["CVS MinuteClinic #1142", "Codman Square Health Center", "BHPS School-Located Clinic"])}}]}, compact=True)]


def g_infra():
    tick(1, 40)
    c = R.choice([
        "%s hs-app03 CRON[%d]: (root) CMD (/usr/local/bin/snap-export --incremental >/dev/null 2>&1)" % (ts_sys(), R.randint(1000, 60000)),
        "%s hs-app03 sshd[%d]: Accepted publickey for deploy from 10.40.8.%d port %d ssh2: ED25519 SHA256:%s" % (ts_sys(), R.randint(1000, 60000), R.randint(2, 50), R.randint(30000, 65000), base64.b64encode(bytes(R.randint(0, 255) for _ in range(32))).decode().rstrip("=")),
        "%s hs-lb01 haproxy[%d]: 10.40.2.%d:%d [%s] fe_https be_snap/snap02 0/0/1/%d/%d 200 %d - - ---- 41/39/2/1/0 0/0 \"GET /api/v2/visits/summary HTTP/1.1\"" % (ts_sys(), R.randint(100, 9000), R.randint(10, 60), R.randint(30000, 65000), ts_clf()[:20], R.randint(5, 400), R.randint(6, 500), R.randint(300, 9000)),
        "%s hs-app03 kernel: [%d.%06d] EXT4-fs (sdb1): mounted filesystem with ordered data mode. Quota mode: none." % (ts_sys(), R.randint(1000, 900000), R.randint(0, 999999)),
        "%s hs-app02 systemd[1]: Started notify-worker.service - BHPS notification worker (v2.14.3)." % ts_sys(),
        '{"level":"info","ts":"%s","logger":"argocd","msg":"rollout complete","app":"notify-worker","image":"registry.bhps.org/health/notify-worker:2.14.3","digest":"sha256:%s"}' % (ts_z(), hexs(64)),
        '{"level":"info","ts":"%s","logger":"k8s","msg":"pod ready","pod":"iis-gateway-%s-%s","ns":"health","node":"aks-np1-%s-vmss00000%d"}' % (ts_z(), hexs(9), hexs(5), dig(8), R.randint(0, 9)),
        "ITSM %s INC%07d opened by %s: 'Spot screener at %s not syncing, SN VS100-%05d' priority=3 group=EdTech-Health" % (ts_iso(False), R.randint(80000, 90000), R.choice(STAFF)[3], R.choice(SCHOOLS)[1], R.choice([12874, 13102])),
        "ITSM %s PO-25-%06d approved: vendor=School Health Supply Co, 865 Muirfield Rd, Lakeview IL 60014, tel 800-555-0123; SKU SH-EPI-TRN-02 x12; total=$418.20" % (ts_iso(False), R.randint(1000, 9999)),
        "%s hs-app01 php-fpm[%d]: [pool healthportal] child %d exited with code 0 after %.6f seconds from start" % (ts_sys(), R.randint(100, 2000), R.randint(10000, 60000), R.uniform(10, 9000)),
        "%s hs-db01 mysqld[%d]: [Warning] [MY-010055] [Server] IP address '10.40.8.%d' could not be resolved: Name or service not known" % (ts_sys(), R.randint(100, 2000), R.randint(2, 50)),
    ])
    fam = "k8s" if c.startswith("{") else ("itsm" if c.startswith("ITSM") else "syslog")
    return [L(fam).t(c)]


GENS = [(g_snap_csv, 4), (g_snap_json, 6), (g_hl7, 2), (g_iis_gw, 4), (g_vision, 4), (g_hearing, 4), (g_medlog, 7),
        (g_x12, 0.9), (g_fixed, 3), (g_iep, 5), (g_ps_access, 9), (g_ic, 9), (g_notify, 8), (g_twilio, 4), (g_postfix, 5),
        (g_incident, 3), (g_covid, 2.5), (g_gws, 7), (g_php, 3), (g_mysql, 1.5), (g_chat, 5), (g_fhir, 2), (g_infra, 16)]


def check(l):
    b = bytes(l.b)
    assert b"\n" not in b and b"\r" not in b and len(b) > 0, b
    b.decode("utf-8")
    prev = 0
    for st, e, cat, raw, v, enc in sorted(l.spans):
        if not (0 <= st < e <= len(b)):
            sys.exit("bad span bounds %r in %r" % ((st, e), b))
        if st < prev:
            sys.exit("overlap in %r" % b)
        prev = e
        got = b[st:e].decode("utf-8")
        if got != raw:
            sys.exit("span text mismatch %r != %r" % (got, raw))
        meant = json.loads('"' + got + '"') if enc == "json" else got
        if meant != v:
            sys.exit("span value mismatch %r != %r" % (meant, v))
        if cat not in CATS:
            sys.exit("bad cat " + cat)


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health_plan", "account", "license",
        "vehicle", "device", "url", "ip", "biometric", "photo", "other_id"}


MAXN = {g_hl7: 5, g_x12: 2, g_mysql: 4, g_php: 6, g_fixed: 7, g_covid: 6}
FORCED = {60: lambda: g_incident(0.9), 140: lambda: g_ic(0.5, ssnf=True), 210: lambda: g_ic(0.8, gg=True),
          300: lambda: g_incident(0.9), 380: lambda: g_ic(0.8, gg=True), 430: lambda: g_incident(0.3),
          250: lambda: g_ic(0.95, kind='photo'), 460: lambda: g_ic(0.95, kind='bio'), 100: lambda: g_gws(0.9),
          330: lambda: g_medlog(0.95), 175: lambda: g_medlog(0.8)}


def main():
    lines = []
    used = {}
    forced = dict(FORCED)
    while len(lines) < N_LINES:
        due = [k for k in forced if k <= len(lines)]
        if due:
            rec = forced.pop(min(due))()
        else:
            # steer toward ~55% PHI-free lines: infra noise weight depends on the running share
            share = sum(1 for x in lines if not x.spans) / max(1, len(lines))
            cand = [(f, (45 if share < 0.56 else 8) if f is g_infra else w) for f, w in GENS
                    if used.get(f, 0) < MAXN.get(f, 10 ** 6)]
            f = R.choices([c[0] for c in cand], weights=[c[1] for c in cand])[0]
            used[f] = used.get(f, 0) + 1
            rec = f()
        if len(lines) + len(rec) > N_LINES:
            rec = [g_infra()[0] for _ in range(N_LINES - len(lines))]
        lines += rec
    with open(ID + ".log", "wb") as f, open(ID + ".labels.jsonl", "w", encoding="utf-8") as g:
        for i, l in enumerate(lines, 1):
            check(l)
            f.write(bytes(l.b) + b"\n")
            g.write(json.dumps({"line": i, "family": l.fam,
                                "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _, _, _ in sorted(l.spans)]}) + "\n")


if __name__ == "__main__":
    main()
