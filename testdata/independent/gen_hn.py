#!/usr/bin/env python3
"""Synthetic log corpus: health-system Patient Transfer & Access Center.

Writes hn.log (500 lines) and hn.labels.jsonl next to this script.
Standard library only, deterministic (fixed seed).  All people, numbers and
identifiers are synthetic.

Systems simulated: Spring Boot transfer app (logback text + MDC), Python
bed-matching service (loguru), HL7 v2 ADT A01/A14 (segment per line and
Mirth-style single line with escaped \\r), Vocera-like syslog CDR / secure
texts, Cisco UCCX-like CCDR CSV exports and MIVR logs, free-text phone intake
notes, web-form submissions (winston JSON) and nginx access logs, EMTALA
acceptance log (pipe), air ambulance flight log CSV (weights, ages) and
ground CCT CAD RFC5424 syslog, X12 270/271 eligibility segments and pino JSON,
Teams webhook payloads (python logging), Excel-exported daily transfer
census CSV, PagerDuty-style Events v2 JSON and escalator key=value lines,
PostgreSQL logs, Kubernetes/actuator noise.

Labeling decisions:
- Patients, their relatives / POA / guarantors / insured subscribers are
  labeled.  Clinicians, transfer-center staff, dispatchers, pilots, on-call
  targets, their usernames, extensions, pagers and emails are NOT labeled.
- Facilities (sending/receiving hospitals), their cities, callback phones,
  fax numbers, network IPs, payers and vendors are NOT labeled.
- Names: every written form of a patient/relative name is one `name` span;
  in HL7 / X12 the family, given and middle components are separate spans.
  Patient initials ("E.W.") referring to a patient are labeled `name`.
- Dates: DOB and patient-record dates (admit, planned/expected admit,
  census "Transfer Date", date of injury, X12 DTP service date) are `date`.
  Event/system timestamps (log time, HL7 MSH-7/EVN-2, call start/end, lift
  and landing times, report/census run dates) are NOT labeled.
- Ages are labeled (`age`, digits only) only when > 89.  Weights, sex,
  vitals, diagnoses are not identifiers.
- Patient residence street, city, county and scene location (road/mile
  marker, scene lat/lon) are `address`; patient ZIP is `zip`.  Hospital
  locations and helipad coordinates are not labeled.
- Own MRN and outside-hospital MRN -> `mrn`.  Transfer case numbers
  (TC-yy-nnnnnn), encounter/visit/CSN/FIN numbers and patient portal
  usernames -> `other_id`.  Hospital account records (HAR, PID-18) and card
  numbers -> `account`.  Member IDs, Medicare MBI, Medicaid IDs -> `health_plan`;
  group numbers and payer IDs are not labeled.
- Mission numbers, UCCX session IDs, PagerDuty incident/dedup keys (except an
  embedded TC number), HL7 control IDs, trace/span IDs, UUIDs are NOT labeled.
- Phones/emails/faxes/IPs/URLs are labeled only when they belong to the
  patient or a relative (e.g. family caller ANI in UCCX, self-referral web
  form client IP, CaringBridge page).  Facility numbers are not.
- Patient's implanted/home devices (LVAD, ICD, CGM, pump serials) -> `device`;
  transport equipment and aircraft tail numbers are not labeled.
- Patient's car plate / VIN -> `vehicle`; driver's licence -> `license`.
- Base64 face photo data URI -> `photo`; palm-vein template / hash -> `biometric`.
"""
import base64
import unicodedata
import hashlib
import json
import os
import random
from datetime import date, datetime, timedelta

R = random.Random(20241107)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "hn"
N_LINES = 500
SEEN = {}
TARGET_NOPHI = 0.55


# ----------------------------------------------------------------- builder
class P:
    __slots__ = ("cat", "v")

    def __init__(self, cat, v):
        self.cat, self.v = cat, v


class Line:
    def __init__(self, fam):
        self.fam = fam
        self.b = bytearray()
        self.spans = []

    def t(self, s):
        self.b += str(s).encode("utf-8")
        return self

    def p(self, cat, v):
        v = str(v)
        st = len(self.b)
        self.b += v.encode("utf-8")
        self.spans.append({"s": st, "e": len(self.b), "cat": cat, "_v": v})
        return self

    def add(self, *items):
        for it in items:
            if isinstance(it, P):
                if it.cat is None:
                    self.t(it.v)
                else:
                    self.p(it.cat, it.v)
            elif isinstance(it, (list, tuple)):
                self.add(*it)
            else:
                self.t(it)
        return self

    def join(self, fields, sep):
        for i, f in enumerate(fields):
            if i:
                self.t(sep)
            self.add(f)
        return self

    def jd(self, obj, sep=(",", ":"), ascii_=False):
        if isinstance(obj, dict):
            self.t("{")
            for i, (k, v) in enumerate(obj.items()):
                if i:
                    self.t(sep[0])
                self.t(json.dumps(k, ensure_ascii=ascii_) + sep[1])
                self.jd(v, sep, ascii_)
            self.t("}")
        elif isinstance(obj, list):
            self.t("[")
            for i, v in enumerate(obj):
                if i:
                    self.t(sep[0])
                self.jd(v, sep, ascii_)
            self.t("]")
        elif isinstance(obj, P):
            if isinstance(obj.v, (int, float)) and not isinstance(obj.v, bool):
                self.p(obj.cat, json.dumps(obj.v))
            else:
                enc = json.dumps(str(obj.v), ensure_ascii=ascii_)
                self.t('"').p(obj.cat, enc[1:-1]).t('"')
        else:
            self.t(json.dumps(obj, ensure_ascii=ascii_))
        return self

    def py(self, obj):
        """python repr (dict/list/str/num/bool/None) with P spans"""
        if isinstance(obj, dict):
            self.t("{")
            for i, (k, v) in enumerate(obj.items()):
                if i:
                    self.t(", ")
                self.t(repr(k) + ": ")
                self.py(v)
            self.t("}")
        elif isinstance(obj, list):
            self.t("[")
            for i, v in enumerate(obj):
                if i:
                    self.t(", ")
                self.py(v)
            self.t("]")
        elif isinstance(obj, P):
            if isinstance(obj.v, (int, float)) and not isinstance(obj.v, bool):
                self.p(obj.cat, repr(obj.v))
            else:
                r = repr(str(obj.v))
                self.t(r[0]).p(obj.cat, r[1:-1]).t(r[-1])
        else:
            self.t(repr(obj))
        return self


# ----------------------------------------------------------------- clock
NOW = datetime(2024, 11, 7, 5, 52, 18, 114000)
TODAY = date(2024, 11, 7)


def tick(lo=1, hi=29):
    global NOW
    NOW += timedelta(seconds=R.randint(lo, hi), milliseconds=R.randint(0, 999))
    return NOW


def ms(dt):
    return "%03d" % (dt.microsecond // 1000)


def ts_spring(dt=None):
    dt = dt or NOW
    return dt.strftime("%Y-%m-%d %H:%M:%S.") + ms(dt)


def ts_iso_local(dt=None):
    dt = dt or NOW
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + ms(dt) + "-05:00"


def ts_utc_z(dt=None, frac=True):
    dt = (dt or NOW) + timedelta(hours=5)
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + ("." + ms(dt) if frac else "") + "Z"


def ts_syslog(dt=None):
    dt = dt or NOW
    return dt.strftime("%b ") + ("%2d" % dt.day) + dt.strftime(" %H:%M:%S")


def ts_nginx(dt=None):
    dt = dt or NOW
    return dt.strftime("%d/%b/%Y:%H:%M:%S -0500")


def ts_hl7(dt=None):
    return (dt or NOW).strftime("%Y%m%d%H%M%S")


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


# ----------------------------------------------------------------- pools
FIRST_F = ["Eleanor", "Mei-Ling", "Aaliyah", "Siobhan", "Fatima", "Ngozi", "Ingrid", "Priyanka",
           "Zoë", "Leilani", "Oksana", "Bettye", "Opal", "Earlene", "Lourdes", "Thanh", "Anh",
           "Margarethe", "Wren", "María José", "Hadiza", "Yesenia", "Dorcas", "Svetlana", "Inés",
           "Loretta", "Kiah", "Nadia", "Ruth Ann", "Hyun-joo"]
FIRST_M = ["Luis", "Chinedu", "Dmitri", "José", "Hiroshi", "Bao", "Rafael", "Tomasz", "Kwame",
           "Maximilian", "Abdirahman", "Darnell", "Harlan", "Clell", "Dewey", "Søren", "Yusuf",
           "Kenji", "Oluwadamilare", "Teodoro", "Everett", "Billy Ray", "Mateus", "Ismail",
           "Lachlan", "Arjun", "Zebulon", "Thomas", "Vo", "Jean-Baptiste"]
LAST = ["Whitt", "Okafor", "Nguyễn", "García-López", "O'Brien", "van der Meer", "de la Cruz",
        "Al-Hashimi", "Kowalczyk", "Yamamoto", "Begay", "Abernathy-Slone", "MacLeod", "Petrov",
        "Osei", "Fairchild", "Ramírez", "Stidham", "Combs", "Napier", "Caudill", "Sexton",
        "Haddad", "Lindqvist", "Schröder", "Chaudhry", "Adeyemi", "Bui", "St. Clair",
        "D'Angelo", "Ó Súilleabháin", "Hensley", "Amburgey", "Slone", "Fugate", "Kim",
        "Mukherjee", "Da Silva", "Von Ahn", "Halloran", "Tshabalala", "Papadopoulos",
        "Ben-David", "Sizemore", "Ritchie", "Mullins", "LeMaster", "Johns"]
MIDS = list("ABCDEFGHJKLMNPRSTW")

CITIES = [  # city, county, state, zip
    ("Hazard", "Perry", "KY", "41701"), ("Whitesburg", "Letcher", "KY", "41858"),
    ("Harlan", "Harlan", "KY", "40831"), ("Jackson", "Breathitt", "KY", "41339"),
    ("Paintsville", "Johnson", "KY", "41240"), ("Prestonsburg", "Floyd", "KY", "41653"),
    ("Manchester", "Clay", "KY", "40962"), ("Hyden", "Leslie", "KY", "41749"),
    ("Inez", "Martin", "KY", "41224"), ("Williamson", "Mingo", "WV", "25661"),
    ("Pound", "Wise", "VA", "24279"), ("Jellico", "Campbell", "TN", "37762"),
    ("Ironton", "Lawrence", "OH", "45638"), ("Morehead", "Rowan", "KY", "40351"),
    ("Somerset", "Pulaski", "KY", "42501"), ("London", "Laurel", "KY", "40741"),
    ("Booneville", "Owsley", "KY", "41314"), ("Salyersville", "Magoffin", "KY", "41465"),
    ("Beattyville", "Lee", "KY", "41311"), ("Elkhorn City", "Pike", "KY", "41522")]
STREETS = ["Main St", "Black Gold Blvd", "Coal Hollow Rd", "Lovers Ln", "KY-15 N", "Hwy 80",
           "Caney Fork Rd", "Bear Branch Rd", "Poplar St", "Church Hill Dr", "Riverside Dr",
           "Old Mill Rd", "Troublesome Creek Rd", "Ivy Point Ln", "Cherry Tree Ct", "Lick Fork Rd",
           "Big Creek Rd", "Maple Ave", "E Court St", "Kentucky Ave"]
AREA = ["606", "859", "304", "276", "423", "740", "502", "270"]

FACS = [
    dict(name="Cumberland Valley Regional Hospital", code="OSH-0142", city="Harlan",
         phone="606-573-8100", fax="606-573-8199", net="12.161.44.", mrnp="H"),
    dict(name="Big Sandy Medical Center", code="OSH-0177", city="Prestonsburg",
         phone="(606) 886-8511", fax="(606) 886-2290", net="66.84.201.", mrnp="BS"),
    dict(name="Red River Community Hospital", code="OSH-0213", city="Stanton",
         phone="606.663.2411", fax="606.663.2499", net="174.128.6.", mrnp=""),
    dict(name="Tug Fork General Hospital", code="OSH-0309", city="Williamson",
         phone="304-235-3400", fax="304-235-3470", net="64.56.120.", mrnp="TF"),
    dict(name="Licking Valley Memorial", code="OSH-0118", city="Morehead",
         phone="606-783-6500", fax="606-783-6555", net="208.103.77.", mrnp="LV"),
    dict(name="Laurel Ridge Medical Center", code="OSH-0251", city="London",
         phone="606-862-4000", fax="606-862-4109", net="216.229.81.", mrnp="M"),
    dict(name="Three Forks Regional", code="OSH-0163", city="Jackson",
         phone="606 666 6000", fax="606 666 6190", net="24.248.15.", mrnp=""),
    dict(name="Clinch River Hospital", code="OSH-0402", city="Pound",
         phone="276-796-1200", fax="276-796-1288", net="162.218.9.", mrnp="CR"),
]
REF_MD = ["Dr. Aisha Rahman", "Dr. Wendell Caudill", "Dr. Tamar Feldman", "Dr. Oluwaseun Adebayo",
          "Dr. Carla Jiménez", "Dr. Rick Slone", "Dr. Meenakshi Iyer", "Dr. Paul Hatfield"]
SERVICES = [  # service, unit, accepting md, username
    ("Neurocritical Care", "NSICU", "Dr. Priya Natarajan", "pnatarajan"),
    ("Cardiology", "CCU", "Dr. Samuel Hoskins", "shoskins"),
    ("Hospital Medicine", "8W", "Dr. Kofi Mensah", "kmensah"),
    ("Trauma Surgery", "TICU", "Dr. Elena Vasquez-Moreau", "evasquezm"),
    ("Pulmonary/Critical Care", "MICU", "Dr. Jun Takahashi", "jtakahashi"),
    ("CT Surgery", "CVICU", "Dr. Rebecca Lyle", "rlyle"),
    ("Burn Surgery", "BURN", "Dr. Anton Brezhnev", "abrezhnev"),
    ("Vascular Surgery", "7N", "Dr. Grace Oyelaran", "goyelaran"),
]
RNS = [("jmorales", "Jessica Morales"), ("tbaker2", "Tonya Baker"), ("dchen", "David Chen"),
       ("mkeeton", "Misty Keeton"), ("apatel3", "Anjali Patel"), ("rhoward", "Rodney Howard")]
DX = ["SAH Hunt-Hess 3, GCS 13", "inferior STEMI s/p TNK", "septic shock on norepi + vaso",
      "UGIB Hgb 6.1 after 2u PRBC", "type A dissection on CTA", "DKA pH 6.98", "L MCA stroke LKW 0410 NIHSS 17",
      "32% TBSA flame burns", "ARDS P/F 68, ECMO eval", "hip fx on apixaban", "SDH 11mm w/ 4mm shift",
      "NSTEMI, trop 4.2, needs cath", "AAA 7.1cm symptomatic", "status epilepticus, intubated",
      "MVC polytrauma, pelvic fx", "acute limb ischemia RLE", "cardiogenic shock, lactate 6"]
PAYERS = [("HUMANA", "61101", lambda: "H" + "%08d" % R.randint(0, 99999999)),
          ("ANTHEM BCBS KY", "00660", lambda: R.choice(["XGH", "YRK", "ZKE"]) + "%09d" % R.randint(0, 999999999)),
          ("AETNA", "60054", lambda: "W" + "%09d" % R.randint(0, 999999999)),
          ("PASSPORT HEALTH PLAN", "61129", lambda: "%010d" % R.randint(0, 9999999999)),
          ("WELLCARE OF KENTUCKY", "14163", lambda: "%08d" % R.randint(0, 99999999)),
          ("UNITEDHEALTHCARE", "87726", lambda: "9%08d" % R.randint(0, 99999999))]
AIRCRAFT = [("N412CH", "EC135 P2+", "Hazard base"), ("N907CH", "Bell 407GXi", "London base"),
            ("N233CH", "EC145 e", "Lexington base"), ("N118CH", "AW109SP", "Pikeville base")]
MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    d, a = "0123456789", MBI_A
    s = R.choice("123456789") + R.choice(a) + R.choice(a + d) + R.choice(d) + R.choice(a) + \
        R.choice(a + d) + R.choice(d) + R.choice(a) + R.choice(a) + R.choice(d) + R.choice(d)
    return s if R.random() < 0.6 else "%s-%s-%s" % (s[:4], s[4:7], s[7:])


def ssn(dashed=True):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g, s = R.randint(1, 99), R.randint(1, 9999)
    return ("%03d-%02d-%04d" if dashed else "%03d%02d%04d") % (a, g, s)


def luhn_card(prefix="4", n=16):
    digits = [int(c) for c in prefix] + [R.randint(0, 9) for _ in range(n - len(prefix) - 1)]
    tot = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return "".join(map(str, digits)) + str((10 - tot % 10) % 10)


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    tr = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    while True:
        v = [R.choice(chars) for _ in range(17)]
        v[0] = R.choice("123J5")
        tot = sum((int(c) if c.isdigit() else tr[c]) * w[i] for i, c in enumerate(v))
        v[8] = "X" if tot % 11 == 10 else str(tot % 11)
        return "".join(v)


def phone(style=None):
    a = R.choice(AREA)
    e = R.randint(212, 989)
    n = R.randint(0, 9999)
    style = style if style is not None else R.randint(0, 6)
    return [f"({a}) {e}-{n:04d}", f"{a}-{e}-{n:04d}", f"{a}{e}{n:04d}", f"{a}.{e}.{n:04d}",
            f"+1 {a} {e} {n:04d}", f"({a}){e}-{n:04d}", f"1-{a}-{e}-{n:04d}"][style]


def fmt_date(d, style=None):
    style = R.randint(0, 7) if style is None else style
    return [d.strftime("%m/%d/%Y"), d.isoformat(), d.strftime("%d-%b-%Y"), d.strftime("%Y%m%d"),
            d.strftime("%b %d, %Y"), "%d/%d/%s" % (d.month, d.day, d.strftime("%y")),
            d.strftime("%d.%m.%Y"), "%d/%d/%d" % (d.month, d.day, d.year)][style]


def asc(x):
    x = unicodedata.normalize("NFKD", x.replace("ø", "o").replace("Ø", "O"))
    return "".join(c for c in x if c.isascii() and (c.isalnum()))


def ext_ip():
    first = R.choice([24, 47, 67, 68, 69, 71, 73, 75, 96, 97, 98, 99, 107, 108, 172, 173, 174])
    return "%d.%d.%d.%d" % (first, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


class Pt:
    def __init__(self):
        self.sex = R.choice("MF")
        self.first = R.choice(FIRST_F if self.sex == "F" else FIRST_M)
        self.last = R.choice(LAST)
        self.mi = R.choice(MIDS) if R.random() < 0.7 else ""
        self.age = R.randint(90, 103) if R.random() < 0.2 else R.randint(19, 89)
        self.dob = TODAY - timedelta(days=self.age * 365 + self.age // 4 + R.randint(1, 360))
        self.mrn = "%08d" % R.randint(100000, 9999999)
        self.osh_mrn = R.choice(FACS)["mrnp"] + "%06d" % R.randint(1000, 999999)
        self.tc = "TC-24-%06d" % R.randint(10000, 29999)
        self.csn = str(R.randint(1000000000, 1099999999))
        self.fin = "V%08d" % R.randint(1, 99999999)
        self.har = str(R.randint(40000000000, 40099999999))
        c = R.choice(CITIES)
        self.city, self.county, self.state, self.zip = c
        self.street = "%d %s" % (R.randint(3, 9870), R.choice(STREETS))
        self.phone = phone()
        self.payer, self.payer_id, mk = R.choice(PAYERS)
        self.member = mk()
        self.mbi = mbi()
        self.ssn = ssn(R.random() < 0.7)
        self.weight = round(R.uniform(41, 162), 1)
        if self.age < 45:
            self.kin_rel = R.choice(["mother", "father", "wife", "husband", "sister", "POA"])
        else:
            self.kin_rel = R.choice(["daughter", "son", "wife", "husband", "sister", "niece", "POA", "grandson"])
        kpool = {"daughter": FIRST_F, "wife": FIRST_F, "sister": FIRST_F, "niece": FIRST_F, "mother": FIRST_F,
                 "son": FIRST_M, "husband": FIRST_M, "grandson": FIRST_M, "father": FIRST_M}.get(self.kin_rel, FIRST_F + FIRST_M)
        self.kin_first = R.choice(kpool)
        self.kin_last = self.last if R.random() < 0.6 else R.choice(LAST)
        self.kin = self.kin_first + " " + self.kin_last
        self.kin_phone = phone()
        self.email = (asc(self.kin_first.split()[0]).lower() + R.choice([".", "_", ""]) + asc(self.kin_last).lower()
                      + str(R.randint(1, 99)) + "@" + R.choice(["gmail.com", "yahoo.com", "hotmail.com", "windstream.net", "icloud.com", "outlook.com"]))

    def nm(self, style=None):
        f, l, m = self.first, self.last, self.mi
        style = R.randint(0, 8) if style is None else style
        if style == 0:
            return f"{f} {l}"
        if style == 1:
            return f"{l}, {f}"
        if style == 2:
            return f"{l.upper()}, {f.upper()}" + (f" {m}" if m else "")
        if style == 3:
            return f"{f} {m + '. ' if m else ''}{l}"
        if style == 4:
            return f"{f[0]}. {l}"
        if style == 5:
            return f"{f.lower()} {l.lower()}"
        if style == 6:
            return f"{l}, {f} {m + '.' if m else ''}".rstrip()
        if style == 7:
            return f"{f.upper()} {l.upper()}"
        return f"{l},{f}"

    def initials(self):
        return self.first[0] + "." + self.last.replace("de la ", "D").replace("van der ", "V")[0].upper() + "."


def age_item(pt, suffix=""):
    """age value with span only when >89"""
    return P("age" if pt.age > 89 else None, str(pt.age))


def fac():
    return R.choice(FACS)


def svc():
    return R.choice(SERVICES)


def rn():
    return R.choice(RNS)


# ----------------------------------------------------------------- generators
# each returns a list of Line objects
def spring_prefix(L, level, thread, logger, mdc):
    L.t(ts_spring() + " " + ("%5s" % level) + " 1 --- [" + thread + "] " + ("%-40s" % logger) + " : ")
    if mdc is not None:
        L.add("[", mdc, "] ")
    return L


def thr():
    return R.choice(["nio-8080-exec-%d" % R.randint(1, 10), "scheduling-1", "kafka-adt-0-C-1",
                     "task-%d" % R.randint(1, 8), "uccx-cti-1"])


def mdc(pt=None, user=None):
    items = ["traceId=", hexs(32), " spanId=", hexs(16)]
    if pt is not None:
        items += [" transferId=", P("other_id", pt.tc)]
    if user:
        items += [" user=", user]
    return items


def g_spring_phi():
    pt, f, (su, sun), (sv, unit, amd, au) = Pt(), fac(), rn(), svc()
    tick()
    k = R.randint(0, 6)
    SEEN["spring"] = SEEN.get("spring", 0) + 1
    if SEEN["spring"] % 10 == 2:
        k = 5  # make sure the PatientSecure (biometric) line shows up
    out = []
    if k == 0:
        L = spring_prefix(Line("spring_logback"), "INFO", "nio-8080-exec-%d" % R.randint(1, 10),
                          "c.c.transfer.intake.TransferIntakeService", mdc(pt, su))
        L.add("Created transfer request ", P("other_id", pt.tc), " patient=\"", P("name", pt.nm()), "\" dob=",
              P("date", fmt_date(pt.dob, R.choice([0, 1, 7]))), " sex=", pt.sex, " sendingFacility=", f["code"],
              " level=", R.choice(["ICU", "STEPDOWN", "ACUTE"]), " service=\"", sv, "\"")
        out.append(L)
    elif k == 1:
        L = spring_prefix(Line("spring_logback"), "WARN", "nio-8080-exec-%d" % R.randint(1, 10),
                          "c.c.t.identity.PatientMatchService", mdc(pt, su))
        L.add("Possible duplicate: incoming name='", P("name", pt.nm(R.choice([0, 1, 2]))), "' dob=",
              P("date", pt.dob.isoformat()), " matched existing MRN ", P("mrn", pt.mrn),
              " (score=0.%d, rule=NAME_DOB_ZIP, zip=" % R.randint(86, 97), P("zip", pt.zip), ")")
        out.append(L)
    elif k == 2:
        L = spring_prefix(Line("spring_logback"), "ERROR", "nio-8080-exec-%d" % R.randint(1, 10),
                          "o.h.engine.jdbc.spi.SqlExceptionHelper", mdc(pt, su))
        L.t("ERROR: duplicate key value violates unique constraint \"uk_ext_patient_osh_mrn\"")
        out.append(L)
        L = Line("spring_logback").add("  Detail: Key (osh_mrn, facility_id)=(", P("mrn", pt.osh_mrn), ", ",
                                         f["code"][-3:].lstrip("0"), ") already exists.")
        out.append(L)
        L = spring_prefix(Line("spring_logback"), "ERROR", "nio-8080-exec-%d" % R.randint(1, 10),
                          "o.a.c.c.C.[.[.[/].[dispatcherServlet]", None)
        L.t("Servlet.service() for servlet [dispatcherServlet] threw exception [Request processing failed: "
            "org.springframework.dao.DataIntegrityViolationException: could not execute statement] with root cause")
        out.append(L)
        for fr in R.sample(STACK, R.randint(3, 5)):
            out.append(Line("java_stacktrace").t("\tat " + fr))
    elif k == 3:
        L = spring_prefix(Line("spring_logback"), "DEBUG", "nio-8080-exec-%d" % R.randint(1, 10),
                          "c.c.t.intake.TransferRequestMapper", mdc(pt, su))
        L.add("mapped entity TransferRequest(id=", str(R.randint(80000, 99999)), ", caseNo=", P("other_id", pt.tc),
              ", patientFirstName=", P("name", pt.first), ", patientLastName=", P("name", pt.last),
              ", dateOfBirth=", P("date", pt.dob.isoformat()), ", ageYears=", age_item(pt),
              ", payerName=", pt.payer, ", payerMemberId=", P("health_plan", pt.member),
              ", sendingFacilityId=", f["code"], ", callbackPhone=", f["phone"], ", status=PENDING_REVIEW)")
        out.append(L)
    elif k == 4:
        L = spring_prefix(Line("spring_logback"), "INFO", "task-%d" % R.randint(1, 8),
                          "c.c.t.emtala.EmtalaAcceptanceService", mdc(pt, au))
        L.add("EMTALA acceptance persisted for ", P("other_id", pt.tc), ": acceptingPhysician=\"", amd,
              "\" service=", unit, " certificationSigned=true encounterCsn=", P("other_id", pt.csn))
        out.append(L)
    elif k == 5:
        L = spring_prefix(Line("spring_logback"), "INFO", "task-%d" % R.randint(1, 8),
                          "c.c.t.identity.PatientSecureClient", mdc(pt, su))
        L.add("palm-vein lookup matched MRN ", P("mrn", pt.mrn), " templateHash=",
              P("biometric", hashlib.sha256(pt.mrn.encode()).hexdigest()[:40]), " confidence=0.99%d" % R.randint(1, 9))
        out.append(L)
    else:
        L = spring_prefix(Line("spring_logback"), "WARN", "nio-8080-exec-%d" % R.randint(1, 10),
                          "c.c.t.financial.FinancialClearanceService", mdc(pt, su))
        L.add("Self-pay deposit declined for HAR ", P("account", pt.har), " card=", P("account", luhn_card("4")),
              " gateway=AUTHNET respCode=2 reason=\"This transaction has been declined.\"")
        out.append(L)
    return out


STACK = ["org.hibernate.engine.jdbc.spi.SqlExceptionHelper.convert(SqlExceptionHelper.java:108)",
         "org.hibernate.engine.jdbc.internal.ResultSetReturnImpl.executeUpdate(ResultSetReturnImpl.java:197)",
         "com.commonwealth.transfer.intake.TransferIntakeService.create(TransferIntakeService.java:214)",
         "org.springframework.transaction.interceptor.TransactionInterceptor.invoke(TransactionInterceptor.java:119)",
         "org.springframework.aop.framework.ReflectiveMethodInvocation.proceed(ReflectiveMethodInvocation.java:184)",
         "com.commonwealth.transfer.web.TransferRequestController.submit(TransferRequestController.java:88)",
         "java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)",
         "org.apache.tomcat.util.threads.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:659)",
         "java.base/java.lang.Thread.run(Thread.java:1583)"]


def g_spring_noise():
    tick()
    k = R.randint(0, 11)
    L = Line("spring_logback")
    if k == 0:
        spring_prefix(L, "INFO", "scheduling-1", "c.c.t.bedboard.BedBoardSyncJob", mdc())
        L.t("BedBoardSyncJob finished: units=38 beds=%d staffedOpen=%d icuOpen=%d durationMs=%d" %
            (R.randint(600, 640), R.randint(12, 60), R.randint(0, 9), R.randint(300, 2400)))
    elif k == 1:
        spring_prefix(L, "INFO", "main", "com.zaxxer.hikari.HikariDataSource", None)
        L.t("HikariPool-1 - Start completed.")
    elif k == 2:
        spring_prefix(L, "INFO", "main", "c.c.transfer.TransferApplication", None)
        L.t("Started TransferApplication in %.3f seconds (process running for %.2f)" % (R.uniform(9, 15), R.uniform(15, 17)))
    elif k == 3:
        spring_prefix(L, "WARN", "task-%d" % R.randint(1, 8), "i.g.r.c.i.CircuitBreakerStateMachine", mdc())
        L.t("CircuitBreaker 'payerEligibility' changed state from CLOSED to OPEN (failureRate=%.1f%%, window=20)" % R.uniform(50, 80))
    elif k == 4:
        spring_prefix(L, "INFO", "uccx-cti-1", "c.c.t.telephony.UccxEventListener", mdc())
        L.t("CTI link heartbeat ok seq=%d peer=uccx-pub.chs.local:12028 rttMs=%d" % (R.randint(40000, 49999), R.randint(2, 30)))
    elif k == 5:
        spring_prefix(L, "WARN", "nio-8080-exec-%d" % R.randint(1, 10), "c.c.t.perf.SlowQueryInterceptor", mdc())
        L.t("Slow query %dms on BedAvailabilityRepository.findOpenBeds(unit=%s, isolation=%s)" %
            (R.randint(1100, 4000), R.choice(["MICU", "NSICU", "CVICU", "8W"]), R.choice(["NONE", "AIRBORNE", "CONTACT"])))
    elif k == 6:
        spring_prefix(L, "INFO", "kafka-adt-0-C-1", "o.s.k.l.KafkaMessageListenerContainer", None)
        L.t("transfer-app-adt: partitions assigned: [adt-events-0, adt-events-1, adt-events-2]")
    elif k == 7:
        spring_prefix(L, "INFO", "nio-8080-exec-%d" % R.randint(1, 10), "o.s.web.servlet.DispatcherServlet", None)
        L.t("Completed initialization in %d ms" % R.randint(1, 9))
    elif k == 8:
        spring_prefix(L, "INFO", "task-%d" % R.randint(1, 8), "c.c.t.notify.TeamsNotifier", mdc())
        L.t("Teams webhook delivered channel=transfer-center-ops status=200 latencyMs=%d attempt=1" % R.randint(120, 900))
    elif k == 9:
        spring_prefix(L, "ERROR", "task-%d" % R.randint(1, 8), "c.c.t.eligibility.AvailityClient", mdc())
        L.t("270 request failed: 503 Service Unavailable from https://api.availity.com/availity/v1/coverages (requestId=%s)" % uuid4())
    elif k == 10:
        spring_prefix(L, "INFO", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer", None)
        L.t("Tomcat started on port 8080 (http) with context path '/transfer'")
    else:
        spring_prefix(L, "INFO", "scheduling-1", "c.c.t.emtala.EmtalaAuditJob", mdc())
        L.t("EMTALA audit: %d transfers checked, %d missing physician certification, %d missing receiving acceptance time"
            % (R.randint(30, 60), R.randint(0, 2), R.randint(0, 1)))
    return [L]


def loguru_prefix(L, level, where):
    return L.t(ts_spring() + " | " + ("%-8s" % level) + " | " + where + " - ")


def g_loguru_phi():
    pt, (sv, unit, amd, au) = Pt(), svc()
    tick()
    k = R.randint(0, 4)
    L = Line("loguru")
    if k == 0:
        loguru_prefix(L, "INFO", "bedmatch.engine:rank_candidates:142")
        L.add("Request ", P("other_id", pt.tc), ": top candidate ", unit, "-", str(R.randint(401, 480)), R.choice("AB"),
              " score=0.%03d (patient " % R.randint(500, 999), P("name", pt.nm(R.choice([0, 4, 5, 6]))), ", ", age_item(pt), "y ", pt.sex,
              ", isolation=", R.choice(["none", "contact", "droplet", "airborne"]), ")")
    elif k == 1:
        loguru_prefix(L, "DEBUG", "bedmatch.api:post_match:58")
        L.t("payload=").py({"caseNo": P("other_id", pt.tc), "mrn": P("mrn", pt.mrn), "dob": P("date", pt.dob.isoformat()),
                            "acuity": R.choice(["ICU", "IMC", "MED"]), "weightKg": pt.weight,
                            "isolation": R.choice(["contact", None]), "bariatric": pt.weight > 150,
                            "requestedUnit": unit})
    elif k == 2:
        loguru_prefix(L, "WARNING", "bedmatch.rules:check_isolation:201")
        L.add(R.choice(["MRSA", "VRE", "C. diff", "CRE"]), " flag for MRN ", P("mrn", pt.mrn),
              " requires private room; %d candidates dropped" % R.randint(1, 6))
    elif k == 3:
        loguru_prefix(L, "ERROR", "bedmatch.adt:lookup_encounter:77")
        L.add("Epic FHIR Encounter lookup failed for CSN ", P("other_id", pt.csn), ": 404 Not Found (patient ",
              P("name", pt.nm(1)), ")")
    else:
        loguru_prefix(L, "INFO", "bedmatch.lvad:require_vad_capable:33")
        model, pre = R.choice([("HeartMate 3 LVAD", "MLP"), ("HeartMate 3 LVAD", "HM3-"), ("HVAD", "HW"), ("Impella 5.5", "IMP")])
        L.add("VAD-capable bed required: ", model, " SN ", P("device", pre + "%06d" % R.randint(0, 999999)),
              " for MRN ", P("mrn", pt.mrn), "; restricting to CVICU/CCU")
    return [L]


def g_loguru_noise():
    tick()
    k = R.randint(0, 7)
    L = Line("loguru")
    if k == 0:
        loguru_prefix(L, "INFO", "bedmatch.snapshot:refresh:41")
        L.t("Loaded %d beds from bed board snapshot %s in %.2fs" % (R.randint(600, 640), uuid4(), R.uniform(0.3, 2.5)))
    elif k == 1:
        loguru_prefix(L, "INFO", "uvicorn.server:serve:84")
        L.t("Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)")
    elif k == 2:
        loguru_prefix(L, "DEBUG", "bedmatch.cache:stats:19")
        L.t("redis hit_ratio=%.3f keys=%d evictions=0 used_memory=%.1fM" % (R.uniform(0.8, 0.99), R.randint(800, 2000), R.uniform(20, 80)))
    elif k == 3:
        loguru_prefix(L, "INFO", "apscheduler.executors.default:run_job:144")
        L.t("Job \"refresh_snapshot (trigger: interval[0:01:00], next run at: %s EST)\" executed successfully"
            % (NOW + timedelta(minutes=1)).strftime("%Y-%m-%d %H:%M:%S"))
    elif k == 4:
        loguru_prefix(L, "INFO", "bedmatch.api:availability:112")
        L.t("availability ").jd({"unit": R.choice(["MICU", "NSICU", "CVICU", "TICU", "CCU", "8W", "7N"]),
                                 "staffed": R.randint(16, 32), "occupied": R.randint(14, 32), "available": R.randint(0, 4),
                                 "pendingDischarges": R.randint(0, 3), "blocked": R.randint(0, 2)}, sep=(", ", ": "))
    elif k == 5:
        loguru_prefix(L, "WARNING", "bedmatch.engine:rank_candidates:171")
        L.t("No ICU capacity system-wide (occupancy %.1f%%); surge protocol level %d suggested" % (R.uniform(96, 100), R.randint(1, 3)))
    elif k == 6:
        loguru_prefix(L, "INFO", "bedmatch.model:load:23")
        L.t("Loaded scoring model bedmatch-xgb v%d.%d.%d sha256=%s" % (R.randint(1, 3), R.randint(0, 9), R.randint(0, 20), hexs(64)))
    else:
        loguru_prefix(L, "SUCCESS", "bedmatch.engine:rank_candidates:160")
        L.t("Ranked %d candidate units in %dms (trace_id=%s)" % (R.randint(2, 9), R.randint(4, 90), hexs(32)))
    return [L]


def hl7_block():
    pt, f, (sv, unit, amd, au) = Pt(), fac(), svc()
    tick()
    ev = R.choice(["A01", "A14"])
    ctrl = "CHS%s%04d" % (NOW.strftime("%H%M%S"), R.randint(0, 9999))
    adm = NOW + timedelta(minutes=R.randint(45, 240))
    amd_parts = amd.replace("Dr. ", "").split(" ", 1)
    npi = "1%09d" % R.randint(0, 999999999)
    segs = []
    segs.append(["MSH|^~\\&|TRANSFERCTR|CHS|EPICADT|CHS|", ts_hl7(), "||ADT^", ev, "^ADT_A",
                 "01" if ev == "A01" else "05", "|", ctrl, "|P|2.5.1|||AL|NE"])
    evn = ["EVN|", ev, "|", ts_hl7(), "|"]
    if ev == "A14":
        evn += [P("date", ts_hl7(adm)[:12])]
    evn += ["||", R.choice(RNS)[0].upper(), "^", "TRANSFER^CENTER"]
    segs.append(evn)
    hphone = pt.phone
    pid = ["PID|1||", P("mrn", pt.mrn), "^^^CHS^MR~", P("mrn", pt.osh_mrn), "^^^", f["code"], "^PI||",
           P("name", pt.last.upper()), "^", P("name", pt.first.upper())]
    pid += (["^", P("name", pt.mi)] if pt.mi else ["^"])
    pid += ["^^^L||", P("date", pt.dob.strftime("%Y%m%d")), "|", pt.sex, "||",
            R.choice(["2106-3", "2054-5", "2028-9", "2131-1"]), "|",
            P("address", pt.street.upper()), "^^", P("address", pt.city.upper()), "^", pt.state, "^",
            P("zip", pt.zip), "^USA^H^^", P("address", pt.county.upper()), "||",
            P("phone", hphone), "^PRN^PH|||", R.choice(["M", "S", "W", "D"]), "||",
            P("account", pt.har), "|", P("ssn", pt.ssn), "|||"]
    segs.append(pid)
    if R.random() < 0.6:
        segs.append(["NK1|1|", P("name", pt.kin_last.upper()), "^", P("name", pt.kin_first.upper()), "|",
                     {"daughter": "DAU", "son": "SON", "wife": "SPO", "husband": "SPO", "sister": "SIS",
                      "niece": "OTH", "POA": "GRD", "grandson": "GRD",
                      "mother": "MTH", "father": "FTH"}[pt.kin_rel], "^", {"POA": "Power of Attorney"}.get(pt.kin_rel, pt.kin_rel.title()), "||",
                     P("phone", pt.kin_phone), "||EP^Emergency Contact"])
    pv1 = ["PV1|1|I|", unit, "^", str(R.randint(401, 480)), "^", R.choice("AB"), "^CHS||",
           "" if ev == "A01" else P("other_id", pt.fin), "|", f["code"], "^^^", f["name"].upper(), "|",
           npi, "^", amd_parts[1].split()[-1].upper(), "^", amd_parts[0].upper(), "^^^DR^MD||||",
           {"CCU": "CAR", "8W": "MED", "TICU": "TRA", "MICU": "PUL", "CVICU": "CTS", "BURN": "BUR", "7N": "VAS", "NSICU": "NEU"}[unit], "||||4|||", npi, "^", amd_parts[1].split()[-1].upper(), "|IP|",
           P("other_id", pt.csn), "|", R.choice(["MCR", "COM", "MCD"]), "|||||||||||||||||||CHS||",
           "A" if ev == "A01" else "P", "|||"]
    if ev == "A01":
        pv1 += [P("date", ts_hl7(adm)[:12])]
    segs.append(pv1)
    if ev == "A14":
        segs.append(["PV2|||^", R.choice(DX).split(",")[0], "|||||", P("date", ts_hl7(adm)[:12]), "|", str(R.randint(2, 9))])
    segs.append(["DG1|1||", R.choice(["I60.9", "I21.19", "R65.21", "K92.2", "I71.01", "E10.10", "I63.512", "S72.002A"]),
                 "^^I10|||A"])
    if R.random() < 0.5:
        segs.append(["AL1|1|DA|", R.choice(["70618^Penicillin", "2670^Codeine", "1191^Aspirin", "NKA"]), "^RXNORM|",
                     R.choice(["MO", "SV", "MI"]), "|", R.choice(["Hives", "Anaphylaxis", "Nausea", ""])])
    if pt.age >= 65:
        ins = ["IN1|1|MCRA|CMS|MEDICARE PART A|||||||||||", P("name", pt.last.upper()), "^", P("name", pt.first.upper()),
               "|01|", P("date", pt.dob.strftime("%Y%m%d")), "|||||||||||||||||", P("health_plan", pt.mbi.replace("-", ""))]
    else:
        ins = ["IN1|1|", pt.payer_id, "|", pt.payer_id, "|", pt.payer, "||||", "GRP%05d" % R.randint(0, 99999), "||||||",
               P("name", pt.last.upper()), "^", P("name", pt.first.upper()), "|01|", P("date", pt.dob.strftime("%Y%m%d")),
               "|||||||||||||||||", P("health_plan", pt.member)]
    segs.append(ins)
    return segs, ctrl


def g_hl7_phi():
    segs, ctrl = hl7_block()
    if R.random() < 0.7:
        out = [Line("hl7_adt").add(s) for s in segs]
        out.append(Line("hl7_adt").add("MSA|AA|", ctrl, "|Message accepted"))
        return out
    L = Line("mirth_channel_log")
    L.t(NOW.strftime("%Y-%m-%d %H:%M:%S,") + ms(NOW) + " INFO  (com.mirth.connect.connectors.tcp.TcpDispatcher:412): "
        "[TransferCtr_ADT_Out] Sent message to 10.40.12.31:6661: ")
    for i, s in enumerate(segs):
        if i:
            L.t("\\r")
        L.add(s)
    return [L]


def g_hl7_noise():
    tick()
    ctrl = "EPI%09d" % R.randint(0, 999999999)
    if R.random() < 0.5:
        return [Line("hl7_adt").add("MSH|^~\\&|EPICADT|CHS|TRANSFERCTR|CHS|", ts_hl7(), "||ACK^A01^ACK|", ctrl, "|P|2.5.1"),
                Line("hl7_adt").add("MSA|AA|CHS", NOW.strftime("%H%M%S"), "%04d" % R.randint(0, 9999))]
    L = Line("mirth_channel_log")
    L.t(NOW.strftime("%Y-%m-%d %H:%M:%S,") + ms(NOW) + " " +
        R.choice(["INFO  (com.mirth.connect.donkey.server.channel.Channel:1241): [TransferCtr_ADT_Out] queue depth=%d, processed=%d, errored=%d" % (R.randint(0, 5), R.randint(1000, 2000), R.randint(0, 3)),
                  "WARN  (com.mirth.connect.connectors.tcp.TcpReceiver:599): [BedBoard_In] connection reset by 10.40.12.77:51322, reconnecting",
                  "INFO  (com.mirth.connect.server.Mirth:378): Mirth Connect 4.4.2 (Built on June 6, 2023) server successfully started."]))
    return [L]


def g_vocera_phi():
    pt, f, (su, sun), (sv, unit, amd, au) = Pt(), fac(), rn(), svc()
    tick()
    L = Line("vocera_syslog")
    L.t(ts_syslog() + " vcra-eng01 engage[2231]: MSG id=m-%d from=tc.%s to=%s prio=URGENT status=DELIVERED text=\"" % (R.randint(80000, 99999), su, au))
    k = R.randint(0, 2)
    if k == 0:
        L.add("Transfer req ", P("other_id", pt.tc), ": ", age_item(pt), pt.sex, " ", P("name", pt.nm(R.choice([1, 8, 4]))), " from ",
              f["name"], ", ", R.choice(DX), ". Pls call TC ext 4-7730")
    elif k == 1:
        L.add("Family (", pt.kin_rel, " ", P("name", pt.kin), ") asking for update on ", P("name", pt.nm(0)),
              ", cb ", P("phone", pt.kin_phone))
    else:
        L.add("Bed ", unit, "-", str(R.randint(401, 480)), " assigned for ", P("name", pt.nm(2)), " MRN ", P("mrn", pt.mrn),
              ", ETA ", (NOW + timedelta(minutes=R.randint(40, 180))).strftime("%H%M"), " via ", R.choice(["air", "CCT ground", "ALS"]))
    L.t("\"")
    return [L]


def g_vocera_noise():
    tick()
    (su, sun), (sv, unit, amd, au) = rn(), svc()
    L = Line("vocera_syslog")
    k = R.randint(0, 3)
    if k == 0:
        L.t(ts_syslog() + " vcra-vs01 vs[4410]: CDR callId=0x%X type=B2B from=tc.%s to=grp:\"%s Attending\" answeredBy=%s dur=%ds disp=ANSWERED"
            % (R.randint(0x100000, 0xFFFFFF), su, unit, au, R.randint(20, 600)))
    elif k == 1:
        L.t(ts_syslog() + " vcra-vs01 vs[4410]: CDR callId=0x%X type=BROADCAST from=tc.%s to=grp:\"Transfer Center Charge\" answeredBy=none dur=0s disp=NO_ANSWER retries=%d"
            % (R.randint(0x100000, 0xFFFFFF), su, R.randint(1, 3)))
    elif k == 2:
        L.t(ts_syslog() + " vcra-vs01 vs[4410]: BADGE login user=tc.%s badge=%s ap=AP-3F-TC-0%d rssi=-%d fw=4.4.%d"
            % (su, ":".join(hexs(2).upper() for _ in range(6)), R.randint(1, 4), R.randint(48, 80), R.randint(1, 9)))
    else:
        L.t(ts_syslog() + " vcra-eng01 engage[2231]: ADAPTER bedboard-adt state=RUNNING queued=%d delivered=%d failed=0 uptime=%dh"
            % (R.randint(0, 12), R.randint(2000, 9000), R.randint(1, 700)))
    return [L]


CCDR_HDR = "sessionID,sessionSeqNum,nodeID,profileID,contactType,contactDisposition,originatorType,originatorDN,destinationType,destinationDN,startDateTime,endDateTime,applicationName,calledNumber,origCalledNumber,connectTime,csqName,agentID"


def ccdr_row(family_call):
    tick(1, 8)
    f = fac()
    st = NOW + timedelta(hours=5)
    en = st + timedelta(seconds=R.randint(30, 900))
    L = Line("uccx_ccdr_csv")
    L.t("%d,%d,1,1,1,%d,3," % (R.randint(10 ** 11, 10 ** 12 - 1), R.randint(0, 2), R.choice([2, 2, 2, 1])))
    if family_call:
        pt = Pt()
        L.add(P("phone", pt.kin_phone.replace("(", "").replace(")", "").replace("-", "").replace(" ", "").replace(".", "").replace("+", "")))
    else:
        L.t(f["phone"].replace("(", "").replace(")", "").replace("-", "").replace(" ", "").replace(".", ""))
    L.t(",1,%d,%s.0,%s.0,TransferCenter,4187730,4187730,%d,%s,%s" % (
        R.randint(4100, 4199), st.strftime("%Y-%m-%d %H:%M:%S"), en.strftime("%Y-%m-%d %H:%M:%S"),
        R.randint(3, 60), R.choice(["CSQ_Transfer_Physician", "CSQ_Transfer_Intake", "CSQ_Family_Inquiry" if family_call else "CSQ_Bed_Mgmt"]),
        R.choice(["tc.jmorales", "tc.tbaker2", "tc.dchen", "tc.mkeeton"])))
    return L


def g_ccdr_block():
    out = [Line("uccx_ccdr_csv").t(CCDR_HDR)]
    n = R.randint(3, 6)
    fam_at = R.randrange(n)
    for j in range(n):
        out.append(ccdr_row(j == fam_at or R.random() < 0.3))
    return out


def mivr_prefix(L):
    return L.t("%d: %s.%s EST " % (R.randint(1000000, 1999999), NOW.strftime("%b %d %H:%M:%S"), ms(NOW)))


def g_mivr_phi():
    pt = Pt()
    tick()
    L = mivr_prefix(Line("uccx_mivr"))
    if R.random() < 0.5:
        L.add("%MIVR-SS_TEL-7-UNK:Call.received() JTAPICallContact[id=", str(R.randint(10000, 99999)),
              ",implId=", str(R.randint(1000, 9999)), "/1,state=STATE_RECEIVED_IDX,inbound=true,App name=TransferCenter,task id=null,cn=4187730,dn=4187730,cgn=",
              P("phone", "%s%d%04d" % (R.choice(AREA), R.randint(212, 989), R.randint(0, 9999))),
              ",ani=null,atype=DIRECT,lrd=null,ocn=4187730,route=RP[num=4187730]] ; family line IVR option=2")
    else:
        L.add("%MIVR-ENG-7-UNK:Task:0x", hexs(6), " Set user.PatientMRN = \"", P("mrn", pt.mrn), "\"; user.TransferCase = \"",
              P("other_id", pt.tc), "\"")
    return [L]


def g_mivr_noise():
    tick()
    L = mivr_prefix(Line("uccx_mivr"))
    L.t(R.choice([
        "%MIVR-SS_CM-7-UNK:JTAPI provider IN_SERVICE, ctiManager=cucm-sub01.chs.local",
        "%%MIVR-SS_RM-7-UNK:Agent tc.%s state changed to READY reasonCode=0" % R.choice(RNS)[0],
        "%%MIVR-SS_TEL-7-UNK:Call.received() JTAPICallContact[id=%d,state=STATE_RECEIVED_IDX,inbound=true,App name=TransferCenter,cn=4187730,dn=4187730,cgn=%s,atype=DIRECT]" % (R.randint(10000, 99999), R.choice(FACS)["phone"].replace("(", "").replace(")", "").replace("-", "").replace(" ", "").replace(".", "")),
        "%%MIVR-APP_MGR-7-UNK:Task id=0x%s completed, app=TransferCenter, duration=%dms" % (hexs(6), R.randint(3000, 900000)),
        "%%MIVR-SS_CM-5-CSQ_STATS:CSQ_Transfer_Physician queued=%d longestWait=%ds agentsReady=%d" % (R.randint(0, 4), R.randint(0, 120), R.randint(0, 5))]))
    return [L]


def g_intake_phi():
    pt, f, (su, sun), (sv, unit, amd, au) = Pt(), fac(), rn(), svc()
    tick(20, 90)
    md = R.choice(REF_MD)
    L = Line("intake_note")
    L.t("NOTE %s %s [%s]: " % (NOW.strftime("%m/%d/%Y %H:%M"), su, R.choice(["PHONE INTAKE", "Intake", "CALL NOTE"])))
    k = R.randint(0, 5)
    if k == 0:
        L.add("Call from ", md, " (ED, ", f["name"], ") cb ", f["phone"], ". ", age_item(pt), R.choice([" y/o ", "yo ", " yr old "]),
              pt.sex, " ", P("name", pt.nm()), " DOB ", P("date", fmt_date(pt.dob)), ", OSH MRN ", P("mrn", pt.osh_mrn), ". ",
              R.choice(DX), ". Requesting ", sv, ". Paged ", amd, ".")
    elif k == 1:
        L.add("Pt ", P("name", pt.nm(R.choice([1, 6]))), " (", age_item(pt), pt.sex, ") lives at ", P("address", pt.street), ", ",
              P("address", pt.city), " ", pt.state, " ", P("zip", pt.zip), ". ", pt.kin_rel if pt.kin_rel == "POA" else pt.kin_rel.capitalize(), " ", P("name", pt.kin),
              " will drive separately, ph ", P("phone", pt.kin_phone), ", plate ", pt.state, " ",
              P("vehicle", "%d%s%d" % (R.randint(100, 999), "".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2)), R.randint(0, 9))), ".")
    elif k == 2:
        L.add("Insurance precheck: ", pt.payer, " mbr ", P("health_plan", pt.member), ", SSN on face sheet ",
              P("ssn", pt.ssn), ". Face sheet faxed from ", f["fax"], ". DL ", P("license", "%s%08d" % (R.choice("ABCDEFGHJKLMNPRSTWY"), R.randint(0, 99999999))),
              " scanned.")
    elif k == 3:
        L.add(R.choice(["POA", "Guarantor"]), " ", P("name", pt.kin), " requests consent forms by fax to ",
              P("fax", phone(R.choice([0, 1, 3]))), " or email ", P("email", pt.email), ". Pt ", P("name", pt.nm(4)), " is ",
              age_item(pt), ", HOH, pt of ", md, ".")
    elif k == 4:
        inj = TODAY - timedelta(days=R.randint(0, 3))
        L.add("Scene flight request via KSP: MVC on ", P("address", "%s-%d MM %d" % (R.choice(["KY", "US"]), R.choice([15, 80, 23, 119, 421]), R.randint(1, 60))),
              ", ", P("address", pt.county + " Co."), "; pt ", P("name", pt.nm(7)), ", DOI ", P("date", fmt_date(inj, R.choice([0, 5, 7]))),
              ", ejected. Vehicle VIN ", P("vehicle", vin()), " per trooper. Wt est %d kg." % int(pt.weight))
    else:
        L.add("Family set up CaringBridge ", P("url", "https://www.caringbridge.org/site/" + asc(pt.first.split()[0]).lower() + asc(pt.last).lower()),
              " for ", P("name", pt.nm(0)), "; pt has ", R.choice(["Medtronic Azure pacer", "Boston Sci ICD", "Omnipod 5 pump", "Dexcom G7"]),
              " SN ", P("device", "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(10))), " - bring controller.")
    return [L]


def g_intake_noise():
    tick(20, 90)
    (su, sun), f = rn(), fac()
    L = Line("intake_note")
    L.t("NOTE %s %s [%s]: " % (NOW.strftime("%m/%d/%Y %H:%M"), su, R.choice(["PHONE INTAKE", "Intake", "CALL NOTE", "HANDOFF"])))
    L.t(R.choice([
        "Returned call to %s ED at %s, no answer, left VM on charge RN line." % (f["name"], f["phone"]),
        "MICU at capacity, diversion status reviewed with house supervisor (ext 4-6610). Resume intake at 0800.",
        "Shift handoff: 3 pending accepts, 1 awaiting bed, 2 air missions en route. Weather hold lifted for Hazard base.",
        "Outside facility %s fax line %s down; use secure email transfer@%s.example.org per their IT." % (f["name"], f["fax"], f["code"].lower()),
        "Conference bridge 4-7799 tested OK with %s and on-call neurosurgery." % R.choice(REF_MD),
        "Duplicate request closed, sending MD confirmed transfer already accepted by another RN."]))
    return [L]


def g_webform_phi():
    pt, f = Pt(), fac()
    tick()
    out = []
    sid = uuid4()
    self_ref = R.random() < 0.45
    ip = ext_ip() if self_ref else f["net"] + str(R.randint(2, 250))
    L = Line("nginx_access")
    L.add(P("ip" if self_ref else None, ip), " - - [", ts_nginx(), "] \"POST /forms/api/v3/", "family-inquiry" if self_ref else "transfer-request",
          " HTTP/1.1\" 201 %d \"https://transfer.commonwealthhealth.example.org/request\" \"Mozilla/5.0 (%s)\" rt=0.%03d" % (
              R.randint(80, 400), R.choice(["iPhone; CPU iPhone OS 17_5 like Mac OS X", "Windows NT 10.0; Win64; x64", "Linux; Android 14; SM-S918U"]), R.randint(40, 999)))
    out.append(L)
    L = Line("webform_winston")
    L.t(ts_utc_z() + " forms-api info: submission received ")
    if self_ref:
        obj = {"formId": "family-inquiry-v2", "submissionId": sid, "clientIp": P("ip", ip),
               "submitter": {"name": P("name", pt.kin), "relationship": pt.kin_rel, "email": P("email", pt.email),
                             "phone": P("phone", pt.kin_phone)},
               "patient": {"name": P("name", pt.nm(0)), "dateOfBirth": P("date", fmt_date(pt.dob, 0)),
                           "currentFacility": f["name"]},
               "portalUser": P("other_id", (asc(pt.kin_first)[0] + asc(pt.kin_last)).lower() + str(R.randint(10, 99))),
               "consentToText": R.choice([True, False])}
        SEEN["photo"] = SEEN.get("photo", 0) + 1
        if SEEN["photo"] % 3 == 1:
            raw = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(R.randint(0, 255) for _ in range(70))
            obj["patient"]["photo"] = P("photo", "data:image/jpeg;base64," + base64.b64encode(raw).decode())
    else:
        obj = {"formId": "osh-transfer-v3", "submissionId": sid, "referring": {"facility": f["code"], "physician": R.choice(REF_MD),
                                                                               "callback": f["phone"]},
               "patient": {"firstName": P("name", pt.first), "lastName": P("name", pt.last), "dob": P("date", pt.dob.isoformat()),
                           "sex": pt.sex, "oshMrn": P("mrn", pt.osh_mrn), "weightKg": pt.weight,
                           "insurance": {"payer": pt.payer, "memberId": P("health_plan", pt.member)}},
               "clinical": {"dx": R.choice(DX), "levelOfCare": R.choice(["ICU", "IMC", "Acute"])}}
        if pt.age > 89:
            obj["patient"]["ageYears"] = P("age", pt.age)
    L.jd(obj)
    out.append(L)
    return out


def g_nginx_phi():
    pt = Pt()
    tick()
    L = Line("nginx_access")
    L.add("10.40.%d.%d - tc.%s [" % (R.randint(1, 30), R.randint(2, 250), R.choice(RNS)[0]), ts_nginx(),
          "] \"GET /transfer/api/patients/search?lastName=", P("name", pt.last.replace(" ", "%20").replace("'", "%27")),
          "&dob=", P("date", pt.dob.isoformat()), "&zip=", P("zip", pt.zip), " HTTP/1.1\" 200 %d \"-\" \"Mozilla/5.0\" rt=0.%03d" % (R.randint(200, 4000), R.randint(10, 999)))
    return [L]


def g_nginx_noise():
    tick(1, 6)
    L = Line("nginx_access")
    k = R.randint(0, 3)
    if k == 0:
        L.t("10.40.2.%d - - [%s] \"GET /actuator/health HTTP/1.1\" 200 49 \"-\" \"kube-probe/1.29\" rt=0.00%d" % (R.randint(2, 40), ts_nginx(), R.randint(1, 9)))
    elif k == 1:
        L.t("10.40.%d.%d - tc.%s [%s] \"GET /bedboard/api/v1/availability?unit=%s&isolation=%s HTTP/1.1\" 200 %d \"-\" \"Mozilla/5.0\" rt=0.%03d"
            % (R.randint(1, 30), R.randint(2, 250), R.choice(RNS)[0], ts_nginx(), R.choice(["MICU", "NSICU", "CVICU", "TICU", "BURN"]),
               R.choice(["none", "airborne", "contact"]), R.randint(200, 900), R.randint(10, 400)))
    elif k == 2:
        f = fac()
        L.t("%s%d - - [%s] \"GET /request HTTP/1.1\" 200 %d \"-\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64)\" rt=0.%03d"
            % (f["net"], R.randint(2, 250), ts_nginx(), R.randint(9000, 14000), R.randint(10, 200)))
    else:
        L.t("10.40.9.12 - - [%s] \"GET /metrics HTTP/1.1\" 200 %d \"-\" \"Prometheus/2.51.2\" rt=0.0%d" % (ts_nginx(), R.randint(20000, 40000), R.randint(10, 99)))
    return [L]


def g_emtala_phi():
    pt, f, (sv, unit, amd, au) = Pt(), fac(), svc()
    tick()
    L = Line("emtala_pipe")
    L.add("EMTALA|", ts_iso_local(), "|", P("other_id", pt.tc), "|", R.choice(["ACCEPTED", "ACCEPTED", "DECLINED_NO_CAPACITY", "ACCEPTED_CONDITIONAL"]),
          "|accepting=", amd, " (", sv, ")|sending=", R.choice(REF_MD), " @ ", f["name"], "|pt=", P("name", pt.nm(R.choice([1, 2, 6]))),
          "|dob=", P("date", fmt_date(pt.dob, R.choice([0, 1, 2]))), "|age=", age_item(pt),
          "|reason=Higher level of care: ", R.choice(DX), "|stable_for_transfer=", R.choice("YN"), "|cert=signed|mode=", R.choice(["RW", "FW", "GROUND_CCT"]))
    return [L]


def g_emtala_noise():
    tick()
    L = Line("emtala_pipe")
    L.t("EMTALA|%s|SYSTEM|AUDIT|records=%d|missing_cert=%d|late_acceptance_gt_30m=%d|report=s3://chs-tc-audit/emtala/%s.csv|sha1=%s" % (
        ts_iso_local(), R.randint(30, 80), R.randint(0, 2), R.randint(0, 4), NOW.strftime("%Y%m%d"), hexs(40)))
    return [L]


FLIGHT_HDR = "mission_no,aircraft,base,type,lift,pickup,pickup_lat,pickup_lon,destination,pt_name,pt_age,pt_sex,pt_wt_kg,crew_wt_kg,fuel_lb,takeoff_wt_lb,max_gw_lb,flight_min,status"


def flight_row():
    tick(30, 300)
    pt, f = Pt(), fac()
    ac, model, base = R.choice(AIRCRAFT)
    scene = R.random() < 0.3
    named = R.random() < 0.35
    L = Line("flight_log_csv")
    L.t("AM-24-%04d,%s,%s,%s,%s," % (R.randint(3000, 3999), ac, base.split()[0], "SCENE" if scene else "IFT", (NOW - timedelta(minutes=R.randint(10, 80))).strftime("%H:%M")))
    if scene:
        L.add("\"", P("address", "%s-%d MM %d" % (R.choice(["KY", "US"]), R.choice([15, 80, 119, 421]), R.randint(1, 60))), "\",",
              P("address", "%.4f" % R.uniform(36.8, 37.9)), ",", P("address", "%.4f" % R.uniform(-83.9, -82.4)), ",")
    else:
        L.t("\"%s\",%.4f,%.4f," % (f["name"], R.uniform(36.8, 37.9), R.uniform(-83.9, -82.4)))
    L.t("CHS Level I Trauma Center,")
    L.add(P("name", pt.nm(R.choice([1, 2, 8]))) if named else "", ",")
    L.add(age_item(pt), ",", pt.sex, ",", "%.1f" % pt.weight, ",", str(R.randint(240, 290)), ",", str(R.randint(400, 800)), ",",
          str(R.randint(5400, 6900)), ",7165,", str(R.randint(18, 75)), ",", R.choice(["COMPLETE", "COMPLETE", "ABORT_WX", "CANCELLED"]))
    return L


def g_flight_block():
    out = [Line("flight_log_csv").t(FLIGHT_HDR)]
    for _ in range(R.randint(2, 5)):
        out.append(flight_row())
    return out


def g_cad_phi():
    pt, f = Pt(), fac()
    tick()
    L = Line("cad_rfc5424")
    L.add("<134>1 ", ts_iso_local(), " cad01.chs.local ccTransportCAD 4121 DISPATCH [meta unit=\"CCT-%d\" mission=\"GT-24-%05d\"] " % (R.randint(1, 9), R.randint(0, 99999)),
          "Unit assigned to ", P("other_id", pt.tc), ", pickup ", f["name"], R.choice([" ICU", " ED", " 3W"]), ", pt ", P("name", pt.nm(R.choice([4, 2, 0]))),
          ", age ", age_item(pt), ", wt ", str(int(pt.weight)), " kg, ", R.choice(["vent", "2 drips", "IABP", "BiPAP", "none"]))
    return [L]


def g_cad_noise():
    tick()
    L = Line("cad_rfc5424")
    ac, model, base = R.choice(AIRCRAFT)
    L.t("<%d>1 %s cad01.chs.local %s %d %s " % (R.choice([134, 133, 132]), ts_iso_local(), R.choice(["flightOps", "ccTransportCAD"]), R.randint(3000, 5000),
                                                 R.choice(["STATUS", "WX", "FUEL"])))
    L.t(R.choice([
        "[meta tail=\"%s\"] %s %s status=AVAILABLE crew=3 fuel_lb=%d" % (ac, ac, model, R.randint(500, 900)),
        "[meta station=\"KLEX\"] WX hold: ceiling %d ft vis %.1f SM; minimums 800/2 day VFR" % (R.randint(300, 900), R.uniform(0.5, 3)),
        "[meta tail=\"%s\"] W&B computed empty_lb=%d crew_lb=%d fuel_lb=%d medical_kit_lb=%d cg_in=%.1f" % (ac, R.randint(3900, 4300), R.randint(480, 620), R.randint(500, 800), R.randint(90, 140), R.uniform(150, 160)),
        "[meta unit=\"CCT-%d\"] unit back in service at Lexington station, odometer %d" % (R.randint(1, 9), R.randint(60000, 200000))]))
    return [L]


def g_x12_block():
    pt = Pt()
    tick()
    out = []
    ctl = "%09d" % R.randint(0, 999999999)
    trn = "%d-%06d" % (R.randint(10000, 99999), R.randint(0, 999999))
    env = R.random() < 0.5
    d = NOW.strftime("%Y%m%d")
    if env:
        out.append(Line("x12_271").t("ISA*00*          *00*          *ZZ*AVAILITY       *ZZ*CHSTRANSFER    *%s*%s*^*00501*%s*0*P*:~" % (NOW.strftime("%y%m%d"), NOW.strftime("%H%M"), ctl)))
        out.append(Line("x12_271").t("GS*HB*AVAILITY*CHSTRANSFER*%s*%s*%d*X*005010X279A1~" % (d, NOW.strftime("%H%M"), R.randint(1, 9999))))
    out.append(Line("x12_271").t("ST*271*0001*005010X279A1~"))
    out.append(Line("x12_271").t("BHT*0022*11*%s*%s*%s~" % (hexs(10).upper(), d, NOW.strftime("%H%M%S"))))
    out.append(Line("x12_271").t("NM1*PR*2*%s*****PI*%s~" % (pt.payer, pt.payer_id)))
    out.append(Line("x12_271").t("NM1*1P*2*COMMONWEALTH HEALTH*****XX*1487%06d~" % R.randint(0, 999999)))
    out.append(Line("x12_271").t("TRN*2*%s*9877281234~" % trn))
    L = Line("x12_271").add("NM1*IL*1*", P("name", pt.last.upper()), "*", P("name", pt.first.upper()), "*")
    if pt.mi:
        L.add(P("name", pt.mi))
    L.add("***MI*", P("health_plan", pt.member), "~")
    out.append(L)
    if R.random() < 0.6:
        out.append(Line("x12_271").add("N3*", P("address", pt.street.upper()), "~"))
        out.append(Line("x12_271").add("N4*", P("address", pt.city.upper()), "*", pt.state, "*", P("zip", pt.zip + ("%04d" % R.randint(0, 9999) if R.random() < 0.5 else "")), "~"))
    out.append(Line("x12_271").add("DMG*D8*", P("date", pt.dob.strftime("%Y%m%d")), "*", pt.sex, "~"))
    out.append(Line("x12_271").add("DTP*291*D8*", P("date", d), "~"))
    out.append(Line("x12_271").t("EB*1*IND*30**%s~" % R.choice(["MEDICARE ADVANTAGE HMO", "PPO", "MEDICAID MCO", "POS"])))
    out.append(Line("x12_271").t("EB*C*IND*30***23*%d~" % R.choice([1000, 2500, 5000, 7500])))
    if R.random() < 0.5:
        out.append(Line("x12_271").t("MSG*PREAUTHORIZATION REQUIRED FOR INPATIENT ADMISSION WITHIN 24 HOURS~"))
    out.append(Line("x12_271").t("SE*%d*0001~" % (len(out) + 1 - (2 if env else 0))))
    if env:
        out.append(Line("x12_271").t("GE*1*%d~" % R.randint(1, 9999)))
        out.append(Line("x12_271").t("IEA*1*%s~" % ctl))
    return out


def g_pino_phi():
    pt = Pt()
    tick()
    L = Line("elig_pino_json")
    obj = {"level": 30, "time": int((NOW - datetime(1970, 1, 1) + timedelta(hours=5)).total_seconds() * 1000),
           "pid": 1, "hostname": "eligibility-7f9c%s" % hexs(5), "reqId": "req-%s" % hexs(4), "msg": "271 parsed",
           "caseNo": P("other_id", pt.tc), "payer": pt.payer}
    if pt.age >= 65 and R.random() < 0.6:
        obj["mbi"] = P("health_plan", pt.mbi)
    else:
        obj["memberId"] = P("health_plan", pt.member)
    obj.update({"subscriberDob": P("date", pt.dob.isoformat()), "coverageActive": R.choice([True, True, False]),
                "authRequired": R.choice([True, False]), "responseTime": R.randint(300, 4000)})
    L.jd(obj)
    return [L]


def g_pino_noise():
    tick()
    L = Line("elig_pino_json")
    L.jd({"level": R.choice([30, 40, 50]), "time": int((NOW - datetime(1970, 1, 1) + timedelta(hours=5)).total_seconds() * 1000), "pid": 1,
          "hostname": "eligibility-7f9c%s" % hexs(5),
          "msg": R.choice(["payer endpoint latency", "token refreshed", "availity rate limit", "server listening"]),
          "payer": R.choice([p[0] for p in PAYERS]), "p95Ms": R.randint(400, 5000), "port": 3000, "version": "2.14.%d" % R.randint(0, 9)})
    return [L]


def g_teams_phi():
    pt, f, (sv, unit, amd, au) = Pt(), fac(), svc()
    tick()
    L = Line("teams_webhook_pylog")
    L.t(NOW.strftime("%Y-%m-%d %H:%M:%S,") + ms(NOW) + " INFO teams_notifier: POST webhook payload=")
    facts = [{"name": "Case", "value": P("other_id", pt.tc)},
             {"name": "Patient", "value": P("name", pt.nm(R.choice([1, 2, 7])))},
             {"name": "Age/Sex", "value": [age_item(pt), "/", pt.sex]},
             {"name": "Sending", "value": f["name"]},
             {"name": "Service", "value": sv},
             {"name": "Waiting", "value": "%d min" % R.randint(10, 70)}]
    # MessageCard emitted by hand: "Age/Sex" is a composite string value
    L.t('{"@type":"MessageCard","@context":"https://schema.org/extensions","themeColor":"D83B01","summary":"Transfer pending acceptance",'
        '"sections":[{"activityTitle":"Pending transfer > SLA","facts":[')
    for i, fct in enumerate(facts):
        if i:
            L.t(",")
        L.t('{"name":' + json.dumps(fct["name"]) + ',"value":')
        v = fct["value"]
        if isinstance(v, list):
            L.t('"').add(v).t('"')
        else:
            L.jd(v, ascii_=True)
        L.t("}")
    L.t("]}]}")
    return [L]


def g_teams_noise():
    tick()
    L = Line("teams_webhook_pylog")
    L.t(NOW.strftime("%Y-%m-%d %H:%M:%S,") + ms(NOW) + " ")
    L.t(R.choice([
        "DEBUG urllib3.connectionpool: https://commonwealthhealth.webhook.office.com:443 \"POST /webhookb2/%s@%s/IncomingWebhook/%s/%s HTTP/1.1\" 200 1" % (uuid4(), uuid4(), hexs(32), uuid4()),
        "WARNING teams_notifier: 429 Too Many Requests from webhook.office.com, retry in %ds (attempt %d/5)" % (R.randint(1, 8), R.randint(1, 4)),
        "INFO teams_notifier: daily digest posted to #tc-leadership: transfers=%d accepted=%d declined=%d median_decision_min=%d" % (R.randint(30, 60), R.randint(25, 50), R.randint(1, 8), R.randint(8, 25))]))
    return [L]


CENSUS_HDR = "Transfer #,Transfer Date,Patient Name,MRN,Age,Sex,Sending Facility,Referring MD,Accepting Service,Accepting MD,Level of Care,Mode,Status,Bed Assigned,Decision Time (min)"


def census_row():
    pt, f, (sv, unit, amd, au) = Pt(), fac(), svc()
    L = Line("census_csv")
    td = TODAY - timedelta(days=1)
    status = R.choice(["Accepted", "Accepted", "Arrived", "Declined", "Cancelled"])
    L.add(P("other_id", pt.tc), ",", P("date", fmt_date(td, R.choice([0, 7]))), ",\"", P("name", pt.nm(R.choice([1, 2, 6]))), "\",=\"",
          P("mrn", pt.mrn), "\",", age_item(pt), ",", pt.sex, ",", f["name"], ",\"", R.choice(REF_MD), "\",", sv, ",\"", amd, "\",",
          R.choice(["ICU", "IMC", "Acute"]), ",", R.choice(["Air", "Ground CCT", "ALS", "Private vehicle"]), ",", status, ",",
          ("%s-%d%s" % (unit, R.randint(401, 480), R.choice("AB"))) if status in ("Accepted", "Arrived") else "", ",", str(R.randint(4, 95)))
    return L


def g_census_block():
    out = [Line("census_csv").t("Commonwealth Health Transfer & Access Center - Daily Transfer Census,,,,,,,,,,,,,,"),
           Line("census_csv").t("Report run: %s,,Census day: %s,,,,,,,,,,,," % (NOW.strftime("%m/%d/%Y %I:%M %p"), (TODAY - timedelta(days=1)).strftime("%m/%d/%Y"))),
           Line("census_csv").t(CENSUS_HDR)]
    n = R.randint(5, 9)
    for _ in range(n):
        out.append(census_row())
    out.append(Line("census_csv").t(",,,,,,,,,,,,,,"))
    out.append(Line("census_csv").t("Total,%d,,,,,,,,,,Accepted: %d,Declined: %d,,Median: %d" % (n, R.randint(1, n), R.randint(0, 2), R.randint(10, 40))))
    return out


def g_pd_phi():
    pt, (sv, unit, amd, au) = Pt(), svc()
    tick()
    L = Line("pagerduty_json")
    L.t("POST https://events.pagerduty.com/v2/enqueue ")
    obj = {"routing_key": "R0%s" % hexs(30).upper(), "event_action": "trigger", "dedup_key": ["transfer-", P("other_id", pt.tc)],
           "payload": {"summary": ["Transfer ", P("other_id", pt.tc), " awaiting accepting MD > 15 min (", sv, ")"],
                       "source": "transfer-app", "severity": "critical", "component": "acceptance-sla",
                       "custom_details": {"patient_initials": P("name", pt.initials()), "age": age_item(pt),
                                          "csn": P("other_id", pt.csn), "unit": unit, "wait_min": R.randint(16, 60)}}}
    # composite strings handled via emit
    def emit(o):
        if isinstance(o, dict):
            L.t("{")
            for i, (k, v) in enumerate(o.items()):
                if i:
                    L.t(",")
                L.t(json.dumps(k) + ":")
                emit(v)
            L.t("}")
        elif isinstance(o, list):
            L.t('"').add(o).t('"')
        elif isinstance(o, P) and o.cat == "age" or (isinstance(o, P) and o.cat is None):
            L.add(o)
        else:
            L.jd(o)
    emit(obj)
    return [L]


def g_pd_noise():
    tick()
    L = Line("pd_escalator_kv")
    (sv, unit, amd, au) = svc()
    k = R.randint(0, 3)
    if k == 0:
        L.t('%s pd-escalator level=warn msg="escalating" incident=Q%s policy="Transfer Center - Accepting MD" escalation_level=%d target="%s (%s)" waited=%dm'
            % (ts_utc_z(frac=False), hexs(12).upper(), R.randint(2, 3), amd, sv, R.randint(15, 40)))
    elif k == 1:
        L.t('%s pd-escalator level=info msg="incident.acknowledged" incident=Q%s by="%s" ack_after=%ds'
            % (ts_utc_z(frac=False), hexs(12).upper(), amd, R.randint(20, 900)))
    elif k == 2:
        L.t('%s pd-escalator level=info msg="incident.resolved" incident=Q%s dedup_key=bedboard-sync-stale service=PXXX%s'
            % (ts_utc_z(frac=False), hexs(12).upper(), hexs(3).upper()))
    else:
        L = Line("pagerduty_json")
        L.t("webhook received ")
        L.jd({"event": {"id": "01%s" % hexs(24).upper(), "event_type": "incident.escalated", "resource_type": "incident",
                        "occurred_at": ts_utc_z(), "agent": {"type": "service_reference", "summary": "transfer-app"},
                        "data": {"number": R.randint(10000, 30000), "urgency": "high", "escalation_policy": {"summary": "Transfer Center - House Supervisor"},
                                 "assignees": [{"summary": R.choice(["Rodney Howard", "Misty Keeton", "Nursing Supervisor On-Call"])}]}}})
    return [L]


def pg_prefix(L, pid):
    return L.t("%s.%s EST [%d] transfer_app@transfer " % (NOW.strftime("%Y-%m-%d %H:%M:%S"), ms(NOW), pid))


def g_pg_phi():
    pt = Pt()
    tick()
    pid = R.randint(20000, 40000)
    k = R.randint(0, 1)
    L1 = pg_prefix(Line("postgres"), pid)
    if k == 0:
        L1.t("LOG:  duration: %.3f ms  execute <unnamed>: select p.id, p.mrn, p.last_name, p.first_name, p.birth_date from patient p where p.last_name ilike $1 and p.birth_date = $2" % R.uniform(3, 900))
        L2 = pg_prefix(Line("postgres"), pid).add("DETAIL:  parameters: $1 = '", P("name", pt.last.lower() if R.random() < 0.5 else pt.last), "%', $2 = '",
                                                   P("date", pt.dob.isoformat()), "'")
    else:
        L1.t("ERROR:  null value in column \"sending_facility_id\" of relation \"transfer_request\" violates not-null constraint")
        L2 = pg_prefix(Line("postgres"), pid).add("DETAIL:  Failing row contains (", str(R.randint(80000, 99999)), ", ", P("other_id", pt.tc), ", ",
                                                   P("name", pt.first), ", ", P("name", pt.last), ", ", P("date", pt.dob.isoformat()), ", null, PENDING, ",
                                                   P("phone", pt.kin_phone), ").")
    return [L1, L2]


def g_pg_noise():
    tick()
    L = pg_prefix(Line("postgres"), R.randint(1000, 40000))
    L.t(R.choice([
        "LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=0.0%d s, total=%.3f s" % (
            R.randint(100, 3000), R.uniform(0.1, 5), R.randint(0, 3), R.uniform(1, 30), R.randint(1, 9), R.uniform(1, 30)),
        "LOG:  automatic vacuum of table \"transfer.public.bed_snapshot\": index scans: 1, tuples: %d removed, %d remain" % (R.randint(100, 9000), R.randint(1000, 90000)),
        "LOG:  duration: %.3f ms  statement: select unit_code, count(*) filter (where status = 'OPEN') from bed group by unit_code" % R.uniform(1, 300),
        "FATAL:  terminating connection due to idle-in-transaction timeout"]))
    return [L]


def g_k8s_noise():
    tick()
    L = Line("k8s_event")
    L.t(R.choice([
        '{"kind":"Event","reason":"Pulled","message":"Container image \\"registry.chs.local/transfer/transfer-app:4.18.%d\\" already present on machine","involvedObject":{"name":"transfer-app-%s-%s","namespace":"tc-prod"},"count":1}' % (R.randint(0, 9), hexs(9), hexs(5)),
        '{"kind":"Event","reason":"Unhealthy","message":"Readiness probe failed: HTTP probe failed with statuscode: 503","involvedObject":{"name":"bedmatch-%s-%s","namespace":"tc-prod"},"count":%d}' % (hexs(9), hexs(5), R.randint(1, 6)),
        '{"kind":"Event","reason":"ScalingReplicaSet","message":"Scaled up replica set eligibility-%s to %d","involvedObject":{"name":"eligibility","namespace":"tc-prod"},"count":1}' % (hexs(9), R.randint(2, 4))]))
    return [L]


PHI_GENS = [(g_spring_phi, 8), (g_loguru_phi, 6), (g_hl7_phi, 4), (g_vocera_phi, 4), (g_mivr_phi, 2), (g_intake_phi, 8),
            (g_webform_phi, 5), (g_nginx_phi, 2), (g_emtala_phi, 4), (g_cad_phi, 3), (g_x12_block, 2), (g_pino_phi, 3),
            (g_teams_phi, 3), (g_pd_phi, 3), (g_pg_phi, 3), (g_ccdr_block, 2), (g_flight_block, 1), (g_census_block, 1)]
NOISE_GENS = [(g_spring_noise, 10), (g_loguru_noise, 7), (g_hl7_noise, 3), (g_vocera_noise, 5), (g_mivr_noise, 4),
              (g_intake_noise, 3), (g_nginx_noise, 6), (g_emtala_noise, 2), (g_cad_noise, 4), (g_pino_noise, 3),
              (g_teams_noise, 3), (g_pd_noise, 4), (g_pg_noise, 4), (g_k8s_noise, 3)]
BLOCK_LIMIT = {g_census_block: 2, g_ccdr_block: 3, g_flight_block: 3, g_x12_block: 4}


def pick(gens, used):
    pool = [(g, w) for g, w in gens if used.get(g, 0) < BLOCK_LIMIT.get(g, 10 ** 9)]
    tot = sum(w for _, w in pool)
    x = R.uniform(0, tot)
    for g, w in pool:
        x -= w
        if x <= 0:
            return g
    return pool[-1][0]


def main():
    lines, used = [], {}
    while len(lines) < N_LINES:
        nophi = sum(1 for l in lines if not l.spans)
        frac = nophi / len(lines) if lines else 1.0
        g = pick(NOISE_GENS if frac < TARGET_NOPHI else PHI_GENS, used)
        block = g()
        if len(lines) + len(block) > N_LINES:
            continue
        used[g] = used.get(g, 0) + 1
        lines.extend(block)
    fams = set()
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="") as flog, \
            open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="") as flab:
        out_lines = []
        for i, L in enumerate(lines, 1):
            b = bytes(L.b)
            s = b.decode("utf-8")
            assert "\n" not in s and "\r" not in s and s.strip(), (i, s)
            prev = 0
            for sp in L.spans:
                assert b[sp["s"]:sp["e"]].decode("utf-8") == sp["_v"], (i, sp)
                assert sp["s"] >= prev and sp["e"] > sp["s"], (i, sp)
                prev = sp["e"]
            fams.add(L.fam)
            out_lines.append(s)
            flab.write(json.dumps({"line": i, "family": L.fam,
                                   "spans": [{"s": sp["s"], "e": sp["e"], "cat": sp["cat"]} for sp in L.spans]},
                                  ensure_ascii=False) + "\n")
        flog.write("\n".join(out_lines))
    assert len(lines) == N_LINES and len(fams) >= 12


if __name__ == "__main__":
    main()
