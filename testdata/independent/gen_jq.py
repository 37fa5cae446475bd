#!/usr/bin/env python3
"""Synthetic labeled log corpus "jq": a home oxygen / respiratory therapy DME supplier
(Keystone Home Respiratory, fictional) -- concentrator telemetry over cellular modems,
liquid-oxygen routes and driver handhelds, CPAP/BiPAP compliance downloads, ventilator
home-visit notes, CMS-484 CMNs, Medicare DMEPOS claims (X12 837P/835) and rental cycles,
a Django/Celery order system, plus the ordinary noise of those systems.

Everything is synthetic. Standard library only, deterministic (fixed seed, no clock).
Writes jq.log (500 lines) and jq.labels.jsonl next to this script.

Labeling decisions:
- Patients, their relatives/caregivers/POAs, guarantors and subscribers are labeled. Drivers,
  RTs, dispatchers, billing staff, physicians (names, NPIs, phones, faxes), the supplier, payers
  and vendors are not labeled.
- name: any written form of a person's name (First Last, LAST, FIRST, initials+last, lower case,
  HL7 LAST^FIRST^M as one span). In X12 NM1 the last and first name elements are separate spans.
  A first name alone that refers to a patient/caregiver ("wife Dolores") is labeled.
- address: street line (with apt/lot/unit) one span, city one span, county one span; GPS of a
  patient's home or a delivery stop at it is address (lat,lon as one span when written together,
  else one span each). State is never labeled. zip: 5-digit or ZIP+4 always its own span.
- date: DOB, service/DOS, rental start, setup, qualifying test, visit, delivery window date,
  compliance window of one patient, coverage effective dates, next-visit dates. Not labeled:
  log/message/file timestamps (incl. HL7 MSH-7, X12 ISA/GS/BHT dates), telemetry reading
  timestamps, batch windows not tied to one person, build dates, device manufacture dates.
- age: only ages over 89 are labeled (the number with its unit, e.g. "92 y/o", "93 años");
  ages 89 and under stay unlabeled.
- mrn: the supplier's patient number (Django Patient pk, e.g. 48213, as pt=, patient_id,
  /patients/48213/) and a referring hospital's MRN (HL7 PID-3).
- health_plan: Medicare MBI, legacy HICN (even though SSN-based), Medicaid IDs, Medicare
  Advantage/commercial member IDs.
- account: supplier billing account number (A########), X12 CLM01/CLP01 patient control
  numbers, HL7 PID-18, full card PANs. Masked cards (****1234) are not labeled.
- device: serial numbers, IMEI, ICCID, Bluetooth MAC and UDI of equipment deployed to a patient
  (concentrators, POCs, LOX reservoirs/portables, CPAP/BiPAP, ventilators, their modems),
  including telemetry lines. Units in the repair depot / warehouse stock (not assigned) are not
  labeled.
- other_id: patient portal usernames, vendor patient IDs (AirView/Care Orchestrator ecosystem
  IDs), prior-auth UTNs, RT visit encounter IDs, payment-processor customer IDs of patients,
  voice-print enrollment IDs. Not labeled: order numbers (SO-), CMN document numbers, claim
  ICNs/TRNs, route/stop/ticket/fax job numbers, Celery task IDs, trace IDs, UUIDs of jobs.
- ip: a patient's/caregiver's public IP (portal logins). Cluster IPs, staff workstation IPs,
  carrier CGNAT modem addresses and scanner IPs are not labeled.
- license: a patient's driver licence or state ID / disability placard number.
- vehicle: plates/VINs of a patient's or relative's vehicle; company delivery trucks are not.
- url: personal URLs (a patient's CaringBridge/fundraiser page, a patient-specific portal URL).
- photo: base64 face images (ID photo at intake). biometric: recipient signature captures on
  proof-of-delivery and IVR voice-print templates.
- phone/fax/email: those of patients and caregivers only. ssn: SSNs of patients/guarantors.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import unicodedata

R = random.Random(20240311)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "jq"
N_LINES = 500


# ----------------------------------------------------------------------------- line builder
class P:
    """A piece of text; labeled when c is a category. raw=True: emitted unquoted in JSON."""
    __slots__ = ("v", "c", "raw")

    def __init__(self, v, c=None, raw=False):
        self.v = str(v)
        self.c = c
        self.raw = raw


class Line:
    def __init__(self, fam):
        self.fam = fam
        self.b = bytearray()
        self.sp = []

    def add(self, *parts):
        for x in parts:
            if isinstance(x, P):
                s = len(self.b)
                self.b += x.v.encode("utf-8")
                if x.c:
                    self.sp.append((s, len(self.b), x.c, x.v))
            else:
                self.b += str(x).encode("utf-8")
        return self


def mk(fam, *parts):
    return Line(fam).add(*parts)


def emit(line, o, sep=(",", ":"), py=False):
    """JSON (or Python repr) serializer that keeps offsets of labeled values."""
    if isinstance(o, dict):
        line.add("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                line.add(sep[0])
            line.add(repr(k) if py else json.dumps(k), sep[1])
            emit(line, v, sep, py)
        line.add("}")
    elif isinstance(o, list):
        line.add("[")
        for i, v in enumerate(o):
            if i:
                line.add(sep[0])
            emit(line, v, sep, py)
        line.add("]")
    elif isinstance(o, P):
        if o.raw:
            line.add(o)
        else:
            enc = repr(o.v) if py else json.dumps(o.v, ensure_ascii=False)
            assert enc[1:-1] == o.v, enc
            line.add(enc[0], o, enc[-1])
    elif o is None:
        line.add("None" if py else "null")
    elif isinstance(o, bool):
        line.add(("True" if o else "False") if py else ("true" if o else "false"))
    elif isinstance(o, (int, float)):
        line.add(repr(o))
    else:
        enc = repr(o) if py else json.dumps(o, ensure_ascii=False)
        line.add(enc)
    return line


def J(fam, prefix, obj, suffix="", sep=(",", ":"), py=False):
    ln = Line(fam)
    if isinstance(prefix, (list, tuple)):
        ln.add(*prefix)
    else:
        ln.add(prefix)
    emit(ln, obj, sep, py)
    ln.add(suffix)
    return ln


def kv(line, pairs, sep=" ", eq="=", quote=False):
    for i, (k, v) in enumerate(pairs):
        if i:
            line.add(sep)
        line.add(k, eq)
        vs = v.v if isinstance(v, P) else str(v)
        q = quote and (" " in vs or vs == "")
        if q:
            line.add('"')
        line.add(v if isinstance(v, P) else vs)
        if q:
            line.add('"')
    return line


# ----------------------------------------------------------------------------- clock
NOW = dt.datetime(2024, 3, 11, 6, 41, 12, 118000)


def tick(a=5, b=145):
    global NOW
    NOW += dt.timedelta(seconds=R.randint(a, b), microseconds=R.randint(0, 999999))
    return NOW


def ms(d):
    return "%03d" % (d.microsecond // 1000)


def t_py(d=None):
    d = d or tick()
    return d.strftime("%Y-%m-%d %H:%M:%S") + "," + ms(d)


def t_iso(d=None, frac=True):
    d = d or tick()
    u = d + dt.timedelta(hours=4)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + ("." + ms(u) if frac else "") + "Z"


def t_isoz(d=None):
    d = d or tick()
    return d.strftime("%Y-%m-%dT%H:%M:%S") + "." + ms(d) + "-04:00"


def t_clf(d=None):
    d = d or tick()
    return d.strftime("%d/%b/%Y:%H:%M:%S") + " -0400"


def t_sys(d=None):
    d = d or tick()
    return "%s %2d %s" % (d.strftime("%b"), d.day, d.strftime("%H:%M:%S"))


def t_logcat(d=None):
    d = d or tick()
    return d.strftime("%m-%d %H:%M:%S") + "." + ms(d)


def t_pg(d=None):
    d = d or tick()
    return d.strftime("%Y-%m-%d %H:%M:%S") + "." + ms(d) + " EDT"


def t_gunicorn(d=None):
    d = d or tick()
    return d.strftime("[%Y-%m-%d %H:%M:%S -0400]")


def t_redis(d=None):
    d = d or tick()
    return d.strftime("%d %b %Y %H:%M:%S") + "." + ms(d)


TODAY = dt.date(2024, 3, 11)


# ----------------------------------------------------------------------------- pools
FIRST_M = ["Harold", "Walter", "Eugene", "Raymond", "Wei", "Jianguo", "Oluwaseun", "Chidi",
           "Rajesh", "Mohammed", "José", "Tomasz", "Dmitri", "Kenji", "Hoang", "Abebe",
           "Giuseppe", "Seamus", "DeShawn", "Earl", "Lorenzo", "Kwame", "Ahmad", "Yusuf",
           "Bohdan", "Luis", "Thanh", "Pedro", "Francis", "Jean-Pierre", "Łukasz", "Mustafa",
           "Elmer", "Virgil", "Aurelio", "Clarence"]
FIRST_F = ["Dolores", "Margaret", "Evelyn", "Bernice", "Xiaoling", "Ngozi", "Priya", "Fatima",
           "Guadalupe", "Agnieszka", "Svetlana", "Yoko", "Thi Lan", "Almaz", "Rosaria",
           "Siobhan", "LaTonya", "Mildred", "Zoë", "Maribel", "Aisha", "Hye-jin", "Olena",
           "Carmen", "Mei", "Ruth", "Imelda", "Marie-Claire", "Nkechi", "Inés", "Opal",
           "Wilhelmina", "Beatriz", "Gertrude"]
LASTS = ["Kowalski", "O'Brien", "McAllister", "van der Berg", "De La Cruz", "Abu-Bakr",
         "Smith-Jones", "St. Pierre", "Yamamoto", "Kim", "Park", "Ivanova", "Papadopoulos",
         "Haile", "Tesfaye", "Begay", "Tsosie", "Kealoha", "Nguyen", "Tran", "Okafor",
         "Adeyemi", "Patil", "Chaudhry", "Gonzalez", "Hernández", "Núñez", "Müller",
         "Schwartz", "Lindqvist", "Washington", "Goldberg", "Rosenthal", "Castellanos",
         "Da Silva", "Fitzgerald", "Oyelaran", "Zhang", "Liu", "Wiśniewski", "Baptiste",
         "LaRue", "Dubois", "Petrov", "Sato", "Al-Khouri", "Ben-David", "MacLeod", "Vu",
         "Pham", "Lopez-Garcia", "del Rosario", "Yazzie", "Hrabowski", "Szabo", "Mensah",
         "Ferrante", "Kaczmarek", "Obi", "Delgado", "Brennan", "Stoltzfus", "Yoder"]
# city, county, state, zips, area codes, lat, lon
CITIES = [("Akron", "Summit", "OH", ["44305", "44310", "44312", "44320"], ["330", "234"], 41.081, -81.519),
          ("Canton", "Stark", "OH", ["44702", "44705", "44708"], ["330"], 40.799, -81.378),
          ("Youngstown", "Mahoning", "OH", ["44502", "44511"], ["330", "234"], 41.100, -80.650),
          ("Wooster", "Wayne", "OH", ["44691"], ["330"], 40.805, -81.935),
          ("Mansfield", "Richland", "OH", ["44903", "44906"], ["419", "567"], 40.758, -82.515),
          ("Zanesville", "Muskingum", "OH", ["43701"], ["740"], 39.940, -82.013),
          ("Steubenville", "Jefferson", "OH", ["43952", "43953"], ["740"], 40.370, -80.634),
          ("Wheeling", "Ohio", "WV", ["26003"], ["304"], 40.064, -80.721),
          ("Weirton", "Hancock", "WV", ["26062"], ["304"], 40.419, -80.589),
          ("New Castle", "Lawrence", "PA", ["16101", "16105"], ["724"], 41.004, -80.347),
          ("Sharon", "Mercer", "PA", ["16146"], ["724"], 41.233, -80.493),
          ("Ashtabula", "Ashtabula", "OH", ["44004"], ["440"], 41.865, -80.790),
          ("Massillon", "Stark", "OH", ["44646", "44647"], ["330"], 40.797, -81.521),
          ("Cuyahoga Falls", "Summit", "OH", ["44221", "44223"], ["330"], 41.134, -81.485),
          ("Barberton", "Summit", "OH", ["44203"], ["330"], 41.013, -81.605),
          ("Medina", "Medina", "OH", ["44256"], ["330"], 41.138, -81.864),
          ("Alliance", "Stark", "OH", ["44601"], ["330"], 40.915, -81.106),
          ("Marietta", "Washington", "OH", ["45750"], ["740"], 39.415, -81.455),
          ("Cambridge", "Guernsey", "OH", ["43725"], ["740"], 40.031, -81.588),
          ("Millersburg", "Holmes", "OH", ["44654"], ["330"], 40.554, -81.918),
          ("East Liverpool", "Columbiana", "OH", ["43920"], ["330"], 40.619, -80.577),
          ("Ravenna", "Portage", "OH", ["44266"], ["330"], 41.157, -81.242),
          ("Dover", "Tuscarawas", "OH", ["44622"], ["330"], 40.520, -81.474),
          ("Coshocton", "Coshocton", "OH", ["43812"], ["740"], 40.272, -81.860)]
STREETS = ["W Market St", "Tallmadge Ave", "E Tuscarawas St", "Maple Ave NW", "Canfield Rd",
           "Mahoning Ave", "State Route 39", "County Road 12", "Cleveland Ave SW", "Portage Trl",
           "Kenmore Blvd", "N Main St", "Bellows Ave", "Shady Acres Dr", "Elm St",
           "Indian Run Rd", "Fulton Dr NW", "Glenwood Ave", "Poland Ave", "Lake Rd E",
           "Township Road 371", "Market Ave N", "Applegrove St NW", "Sunset Blvd",
           "Chestnut Ridge Rd", "Orchard Hill Ln", "Wabash Ave", "Lincoln Way E"]
UNITS = ["", "", "", "", " Apt 3B", " Unit 12", " Lot 41", " #204", " Apt 2", " Rm 118"]
RELS = ["wife", "husband", "daughter", "son", "niece", "grandson", "granddaughter", "neighbor",
        "POA", "sister", "son-in-law"]
REL_ES = {"wife": "esposa", "husband": "esposo", "daughter": "hija", "son": "hijo", "niece": "sobrina",
          "grandson": "nieto", "granddaughter": "nieta", "neighbor": "vecino/a", "POA": "apoderado/a",
          "sister": "hermana", "son-in-law": "yerno"}
MAILDOM = ["aol.com", "att.net", "sbcglobal.net", "yahoo.com", "gmail.com", "frontier.com",
           "windstream.net", "roadrunner.com", "outlook.com", "icloud.com"]
LETTERS = "ACDEFGHJKMNPQRTUVWXY"
DIGITS = "0123456789"

# staff (never labeled)
DRIVERS = [("Marcus Bell", "mbell", "D-114"), ("Tina Kuhn", "tkuhn", "D-102"),
           ("Rob Sferra", "rsferra", "D-121"), ("Andre Whitfield", "awhitfield", "D-109")]
RTS = [("Theresa Reyes, RRT", "treyes"), ("Jamal Pruitt, RRT", "jpruitt"),
       ("Kristin Ober, CRT", "kober"), ("Luz Marte, RRT", "lmarte")]
MDS = [("PATEL", "ANJALI", "1689723441", "3305550190"), ("HUSSAIN", "OMAR", "1326045718", "3305550177"),
       ("BRANDT", "ELLEN", "1851394620", "7405550164"), ("OKONKWO", "IFEANYI", "1215987340", "3045550119"),
       ("GRUBER", "PAUL", "1902837465", "7245550150")]
STAFF_USERS = ["treyes", "jpruitt", "kober", "lmarte", "billing.smurphy", "intake.dchen",
               "csr.aortiz", "dispatch.kwalsh", "admin"]
CO = "Keystone Home Respiratory"
CO_DOM = "keystonehomeresp.com"


def ri(a, b):
    return R.randint(a, b)


def pick(x):
    return R.choice(x)


def digits(n):
    return "".join(R.choice(DIGITS) for _ in range(n))


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


def fold(s):
    s = s.replace("Ł", "L").replace("ł", "l")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isalnum() and ord(c) < 128)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], pick("89ab"), h[17:20], h[20:32])


def mbi():
    an = LETTERS + DIGITS
    return (pick("123456789") + pick(LETTERS) + pick(an) + pick(DIGITS) + pick(LETTERS) +
            pick(an) + pick(DIGITS) + pick(LETTERS) + pick(LETTERS) + pick(DIGITS) + pick(DIGITS))


def ssn():
    while True:
        a = ri(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, ri(1, 99), ri(1, 9999))


def imei():
    s = pick(["35", "86", "01"]) + digits(12)
    return s + luhn_digit(s)


def iccid():
    s = "8901" + pick(["260", "410", "480"]) + digits(11)
    return s + luhn_digit(s)


def pan():
    s = pick(["4", "51", "37"])
    ln = 15 if s == "37" else 16
    s += digits(ln - len(s) - 1)
    return s + luhn_digit(s)


def mac():
    return ":".join("%02X" % ri(0, 255) for _ in range(6))


CONC = [("Respironics EverFlo", lambda: "EF%07d" % ri(10 ** 6, 10 ** 7 - 1)),
        ("Invacare Perfecto2 V", lambda: "%02d%s%06d" % (ri(15, 22), pick(LETTERS) + pick(LETTERS), ri(0, 999999))),
        ("AirSep VisionAire 5", lambda: "VA5-%06d" % ri(0, 999999)),
        ("DeVilbiss 5 Series", lambda: "DV5%08d" % ri(0, 10 ** 8 - 1)),
        ("Drive 525 Series", lambda: "525DS-%07d" % ri(0, 10 ** 7 - 1))]
POC = [("Inogen One G5", lambda: "G5%s%06d" % (pick(LETTERS), ri(0, 999999))),
       ("CAIRE FreeStyle Comfort", lambda: "FSC%07d" % ri(0, 10 ** 7 - 1)),
       ("Philips SimplyGo Mini", lambda: "SGM%07d" % ri(0, 10 ** 7 - 1))]
PAP = [("AirSense 10 AutoSet", "E0601", lambda: "2316%07d" % ri(0, 10 ** 7 - 1)),
       ("AirSense 11 AutoSet", "E0601", lambda: "2321%07d" % ri(0, 10 ** 7 - 1)),
       ("DreamStation 2 Auto", "E0601", lambda: "J%010d%s" % (ri(0, 10 ** 10 - 1), pick(LETTERS))),
       ("AirCurve 10 VAuto", "E0470", lambda: "2317%07d" % ri(0, 10 ** 7 - 1)),
       ("BiPAP A40 Pro", "E0471", lambda: "A40%07d" % ri(0, 10 ** 7 - 1))]
VENT = [("Trilogy Evo", lambda: "TV%08d" % ri(0, 10 ** 8 - 1)),
        ("Astral 150", lambda: "2218%07d" % ri(0, 10 ** 7 - 1)),
        ("VOCSN Unified", lambda: "VC%07d" % ri(0, 10 ** 7 - 1))]


def phone_digits(area):
    return area + "555" + "%04d" % ri(100, 199)


def phfmt(d, style=None):
    style = style if style is not None else ri(0, 6)
    a, b, c = d[:3], d[3:6], d[6:]
    return [f"({a}) {b}-{c}", f"{a}-{b}-{c}", d, f"+1{d}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}",
            f"1-{a}-{b}-{c}"][style]


def dfmt(d, style=None):
    style = style if style is not None else ri(0, 9)
    return [d.strftime("%Y-%m-%d"), d.strftime("%m/%d/%Y"), d.strftime("%m/%d/%y"),
            "%d/%d/%d" % (d.month, d.day, d.year), d.strftime("%Y%m%d"),
            d.strftime("%d-%b-%Y").upper(), d.strftime("%b %d, %Y"), d.strftime("%d %b %Y"),
            d.strftime("%m-%d-%Y"), "%d/%d/%s" % (d.month, d.day, d.strftime("%y"))][style]


class Person:
    pass


def make_person(pk):
    p = Person()
    p.sex = pick("MF")
    p.first = pick(FIRST_M if p.sex == "M" else FIRST_F)
    p.last = pick(LASTS)
    p.mi = pick("ABCDEFGHJKLMNPRSTW")
    p.age = pick([ri(61, 89), ri(61, 89), ri(90, 101)])
    m, d = ri(1, 12), ri(1, 28)
    y = 2024 - p.age - (1 if (m, d) > (3, 11) else 0)
    p.dob = dt.date(y, m, d)
    c = pick(CITIES)
    p.city, p.county, p.st, p.zip = c[0], c[1], c[2], pick(c[3])
    p.zip4 = p.zip + "-" + "%04d" % ri(1000, 9999)
    p.lat = round(c[5] + R.uniform(-0.05, 0.05), 5)
    p.lon = round(c[6] + R.uniform(-0.05, 0.05), 5)
    p.street = "%d %s%s" % (ri(12, 9870), pick(STREETS), pick(UNITS))
    p.area = pick(c[4])
    p.phone = phone_digits(p.area)
    p.cell = phone_digits(pick(c[4]))
    base = fold(p.first).lower() + pick([".", "", "_"]) + fold(p.last).lower()
    p.email = base + pick(["", str(p.dob.year % 100), str(ri(1, 99))]) + "@" + pick(MAILDOM)
    p.username = pick([fold(p.first).lower()[0] + fold(p.last).lower() + str(p.dob.year),
                       fold(p.first).lower() + "." + fold(p.last).lower() + str(p.dob.year % 100),
                       fold(p.last).lower() + str(ri(10, 99))])
    p.pk = pk
    p.acct = "A%08d" % ri(10 ** 6, 10 ** 8 - 1)
    p.mbi = mbi()
    p.ssn = ssn()
    p.hicn = p.ssn.replace("-", "") + pick(["A", "B", "D", "C1"])
    p.medicaid = {"OH": lambda: digits(12), "PA": lambda: digits(10),
                  "WV": lambda: digits(11)}[p.st]() if R.random() < 0.35 else None
    p.ma_id = pick(["H%08d" % ri(0, 10 ** 8 - 1), "W%09d" % ri(0, 10 ** 9 - 1),
                    "%09d01" % ri(0, 10 ** 9 - 1), "XOH%09d" % ri(0, 10 ** 9 - 1)])
    p.hosp_mrn = pick(["E%07d" % ri(0, 10 ** 7 - 1), "%08d" % ri(0, 10 ** 8 - 1), "MR%06d" % ri(0, 999999)])
    p.conc_model, f = pick(CONC)
    p.conc_sn = f()
    p.poc_model, f = pick(POC)
    p.poc_sn = f()
    p.pap_model, p.pap_hcpcs, f = pick(PAP)
    p.pap_sn = f()
    p.vent_model, f = pick(VENT)
    p.vent_sn = f()
    p.lox_sn = "L%s-%06d" % (pick(["30", "45"]), ri(0, 999999))
    p.loxp_sn = "H850%06d" % ri(0, 999999)
    p.imei = imei()
    p.iccid = iccid()
    p.bt_mac = mac()
    p.av_id = "%08d-%s" % (ri(0, 10 ** 8 - 1), hexs(4))
    p.cg_rel = pick(RELS)
    cgsex = "F" if p.cg_rel in ("wife", "daughter", "niece", "granddaughter", "sister") else (
        "M" if p.cg_rel in ("husband", "son", "grandson", "son-in-law") else pick("MF"))
    p.cg_first = pick(FIRST_F if cgsex == "F" else FIRST_M)
    p.cg_last = p.last if p.cg_rel in ("wife", "husband", "son", "daughter", "grandson") and R.random() < 0.8 else pick(LASTS)
    p.cg_phone = phone_digits(pick(c[4]))
    p.cg_email = fold(p.cg_first).lower() + pick([".", ""]) + fold(p.cg_last).lower() + "@" + pick(MAILDOM)
    p.setup = TODAY - dt.timedelta(days=ri(20, 1300))
    p.dl = {"OH": lambda: pick(LETTERS) + pick(LETTERS) + digits(6), "PA": lambda: digits(8),
            "WV": lambda: pick(LETTERS) + digits(6)}[p.st]()
    p.md = pick(MDS)
    p.ip = "%d.%d.%d.%d" % (pick([24, 50, 65, 66, 67, 68, 69, 71, 72, 73, 74, 75, 76, 96, 97, 98, 99, 107, 108, 172]),
                            ri(1, 254), ri(0, 254), ri(1, 254))
    return p


PEOPLE = [make_person(pk) for pk in R.sample(range(30100, 61999), 70)]


def person():
    return pick(PEOPLE)


def nm(p, style=None):
    f, l, mi = p.first, p.last, p.mi
    style = style if style is not None else ri(0, 9)
    return [f"{f} {l}", f"{l}, {f}", f"{l.upper()}, {f.upper()}", f"{f} {mi}. {l}", f"{f[0]}. {l}",
            f"{f} {l}".lower(), f"{l.upper()} {f.upper()}", f"{l}, {f} {mi}", f"{f} {l}",
            f"{l.upper()},{f.upper()}"][style]


def cgname(p, style=None):
    style = style if style is not None else ri(0, 3)
    return [f"{p.cg_first} {p.cg_last}", p.cg_first, f"{p.cg_last}, {p.cg_first}",
            f"{p.cg_first} {p.cg_last}".upper()][style]


def agestr(p, style=None):
    style = style if style is not None else ri(0, 4)
    return [f"{p.age} y/o", f"{p.age}yo", f"{p.age} yo", f"{p.age}-year-old", f"age {p.age}"][style]


def age_parts(p, style=None):
    """age as labeled piece only when > 89."""
    s = agestr(p, style)
    if p.age > 89:
        if s.startswith("age "):
            return ["age ", P(s[4:], "age")]
        return [P(s, "age")]
    return [s]


def rdate(back=400, fwd=0):
    return TODAY + dt.timedelta(days=ri(-back, fwd))


def order_no():
    return "SO-%d-%06d" % (pick([2022, 2023, 2024]), ri(1000, 199999))


def task_id():
    return uuid4()


def b64blob(n, magic):
    raw = magic + bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


# ============================================================================ NOISE generators
def n_gunicorn():
    ip = pick(["10.42.3.17", "10.42.1.8", "10.42.6.21", "127.0.0.1"])
    path, code, size, ua = pick([
        ("/healthz", 200, 2, "kube-probe/1.28"),
        ("/readyz", 200, 15, "kube-probe/1.28"),
        ("/api/v1/orders/%s/status/" % order_no(), 200, ri(300, 900), "python-requests/2.31.0"),
        ("/static/admin/css/base.css", 304, 0, "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"),
        ("/admin/jsi18n/", 200, 3187, "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0"),
        ("/api/v1/routes/R-%s-%02d/manifest/" % (NOW.strftime("%m%d"), ri(1, 9)), 200, ri(4000, 22000), "okhttp/4.12.0"),
        ("/metrics", 200, ri(18000, 26000), "Prometheus/2.49.1"),
        ("/api/v1/hcpcs/?q=E14", 200, 611, "python-requests/2.31.0"),
        ("/wp-login.php", 404, 179, "Mozilla/5.0 zgrab/0.x"),
        ("/api/v1/telemetry/ingest/", 202, 23, "khr-iot-bridge/1.9.3"),
    ])
    meth = "POST" if "ingest" in path else "GET"
    return [mk("gunicorn_access", f'{ip} - - [{t_clf()}] "{meth} {path} HTTP/1.1" {code} {size} "-" "{ua}" {ri(1, 480)}ms')]


def n_gunicorn_boot():
    t = t_gunicorn()
    c = ri(0, 4)
    if c == 0:
        s = f"{t} [1] [INFO] Starting gunicorn 21.2.0"
    elif c == 1:
        s = f"{t} [1] [INFO] Listening at: http://0.0.0.0:8000 (1)"
    elif c == 2:
        s = f"{t} [{ri(7, 60)}] [INFO] Booting worker with pid: {ri(7, 60)}"
    elif c == 3:
        s = f"{t} [1] [CRITICAL] WORKER TIMEOUT (pid:{ri(7, 60)})"
    else:
        s = f"{t} [1] [INFO] Using worker: gthread"
    return [mk("gunicorn", s)]


def n_django():
    t = t_py()
    c = ri(0, 7)
    if c == 0:
        ip = "%d.%d.%d.%d" % (ri(45, 195), ri(1, 254), ri(1, 254), ri(1, 254))
        s = f"WARNING {t} base 19 140233419 Invalid HTTP_HOST header: '{ip}'. You may need to add '{ip}' to ALLOWED_HOSTS."
    elif c == 1:
        st = pick(["PENDING_CMN", "READY_TO_BILL", "ON_HOLD_AUTH", "DELIVERED"])
        s = (f'DEBUG {t} utils {ri(10, 60)} 1402334{ri(10000, 99999)} ({ri(1, 90) / 1000:.3f}) SELECT "orders_order"."id", '
             f'"orders_order"."number", "orders_order"."status" FROM "orders_order" WHERE "orders_order"."status" = '
             f"'{st}' ORDER BY \"orders_order\".\"created_at\" DESC LIMIT 21; args=('{st}',); alias=default")
    elif c == 2:
        s = f"WARNING {t} log {ri(10, 60)} 1402334{ri(10000, 99999)} Not Found: /favicon.ico"
    elif c == 3:
        s = f"INFO {t} orders.signals order {order_no()} status DELIVERED -> READY_TO_BILL (by dispatch.kwalsh)"
    elif c == 4:
        s = f"ERROR {t} log {ri(10, 60)} 1402334{ri(10000, 99999)} Internal Server Error: /api/v1/routes/optimize/"
    elif c == 5:
        s = f"INFO {t} django.utils.autoreload Watching for file changes with StatReloader"
    elif c == 6:
        s = f"WARNING {t} orders.hcpcs fee schedule DMEPOS 2024Q1 missing for E1392:RR:KX in OH non-rural; using 2023Q4"
    else:
        s = f"INFO {t} cmn.services CMN queue depth=87 oldest_unsigned={ri(3, 40)}d faxes_pending=12"
    return [mk("django", s)]


def n_celery():
    t = t_py()
    w = pick(["MainProcess", "ForkPoolWorker-%d" % ri(1, 8)])
    tid = task_id()
    task, res = pick([
        ("billing.tasks.advance_rental_cycles", "{'advanced': %d, 'capped': %d, 'held': %d}" % (ri(300, 500), ri(2, 20), ri(5, 30))),
        ("compliance.tasks.pull_airview", "{'fetched': %d, 'errors': %d}" % (ri(1200, 2000), ri(0, 5))),
        ("compliance.tasks.pull_care_orchestrator", "{'fetched': %d, 'errors': %d}" % (ri(300, 700), ri(0, 5))),
        ("telemetry.tasks.rollup_hourly", "{'units': %d, 'readings': %d}" % (ri(3100, 3400), ri(60000, 90000))),
        ("routes.tasks.optimize_lox_routes", "{'routes': %d, 'stops': %d, 'km': %.1f}" % (ri(4, 9), ri(60, 140), R.uniform(300, 900))),
        ("cmn.tasks.recert_sweep", "{'due_30d': %d, 'faxed': %d}" % (ri(20, 80), ri(5, 40))),
        ("billing.tasks.build_837_batch", "'B%d'" % ri(4000, 4999)),
        ("billing.tasks.post_835", "{'claims': %d, 'denials': %d}" % (ri(40, 200), ri(0, 12))),
        ("notifications.tasks.flush_sms_queue", "None"),
        ("orders.tasks.expire_stale_quotes", "%d" % ri(0, 14))])
    c = ri(0, 7)
    if c == 0:
        s = f"[{t}: INFO/MainProcess] Task {task}[{tid}] received"
    elif c == 1:
        s = f"[{t}: INFO/{w}] Task {task}[{tid}] succeeded in {R.uniform(0.01, 90):.6f}s: {res}"
    elif c == 2:
        s = f"[{t}: INFO/MainProcess] Scheduler: Sending due task {task.split('.')[-1].replace('_', '-')} ({task})"
    elif c == 3:
        s = (f"[{t}: WARNING/MainProcess] consumer: Connection to broker lost. Trying to re-establish the "
             f"connection...")
    elif c == 4:
        s = f"[{t}: INFO/MainProcess] celery@worker-{pick(['billing', 'compliance', 'iot', 'default'])}-{ri(0, 3)} ready."
    elif c == 5:
        s = f"[{t}: INFO/MainProcess] Connected to redis://redis-master.khr.svc:6379/0"
    elif c == 6:
        s = (f"[{t}: ERROR/{w}] Task {task}[{tid}] raised unexpected: OperationalError('could not connect to "
             f"server: Connection timed out')")
    else:
        s = f"[{t}: INFO/{w}] Task {task}[{tid}] retry: Retry in {pick([30, 60, 120, 300])}s: ReadTimeout()"
    return [mk("celery", s)]


def n_telemetry():
    c = ri(0, 4)
    if c == 0:
        s = (f"{t_iso()} level=info svc=iot-bridge msg=\"batch ingested\" batch={hexs(12)} msgs={ri(900, 2600)} "
             f"dup={ri(0, 9)} dropped={ri(0, 4)} p95_ms={ri(12, 90)}")
    elif c == 1:
        s = (f"{t_iso()} level=warn svc=iot-bridge msg=\"payload schema mismatch\" fw=3.0.2 field=o2_pct "
             f"expected=float got=string count={ri(1, 40)}")
    elif c == 2:
        s = (f"{t_iso()} level=info svc=iot-bridge msg=\"fleet rollup\" hour={NOW.strftime('%Y-%m-%dT%H')} "
             f"units_reporting={ri(3100, 3400)} units_silent_24h={ri(40, 120)} alarms_open={ri(5, 30)}")
    elif c == 3:
        s = (f"{t_iso()} level=error svc=iot-bridge msg=\"mqtt publish failed\" broker=mqtts://iot.{CO_DOM}:8883 "
             f"err=\"EOF\" retry_in=5s")
    else:
        s = (f"{t_iso()} level=debug svc=iot-bridge msg=\"kafka commit\" topic=o2.telemetry.v2 partition={ri(0, 11)} "
             f"offset={ri(10 ** 7, 10 ** 8)}")
    return [mk("iot_bridge", s)]


def n_modem():
    h = pick(["iot-gw-01", "iot-gw-02"])
    c = ri(0, 5)
    if c == 0:
        s = f"{t_sys()} {h} modemd[{ri(900, 1300)}]: AT+CSQ -> +CSQ: {ri(5, 28)},99"
    elif c == 1:
        s = f"{t_sys()} {h} modemd[{ri(900, 1300)}]: AT+CEREG? -> +CEREG: 0,1"
    elif c == 2:
        s = f"{t_sys()} {h} mosquitto[{ri(400, 800)}]: New connection from 100.{ri(64, 127)}.{ri(0, 255)}.{ri(1, 254)}:{ri(30000, 60000)} on port 8883."
    elif c == 3:
        s = f"{t_sys()} {h} modemd[{ri(900, 1300)}]: PDP context up apn=m2m.khr.vzwentp ip=100.{ri(64, 127)}.{ri(0, 255)}.{ri(1, 254)}"
    elif c == 4:
        s = f"{t_sys()} {h} kernel: [{ri(10000, 99999)}.{ri(100000, 999999)}] cdc_ether 2-1:1.0 usb0: link up"
    else:
        s = f"{t_sys()} {h} smsd[{ri(1000, 2000)}]: provisioning SMS queue empty, {ri(0, 12)} OTA jobs pending"
    return [mk("syslog_modem", s)]


def n_handheld():
    pid = ri(3000, 9000)
    c = ri(0, 5)
    if c == 0:
        s = f"{t_logcat()}  {pid}  {pid + ri(10, 90)} I RouteSync: uploaded {ri(3, 40)} events in {ri(80, 900)}ms (queue=0)"
    elif c == 1:
        s = f"{t_logcat()}  {pid}  {pid} D OkHttp  : --> POST https://api.{CO_DOM}/api/v1/routes/R-{NOW.strftime('%m%d')}-{ri(1, 9):02d}/events ({ri(1, 9)}.{ri(0, 9)}-kB body)"
    elif c == 2:
        s = f"{t_logcat()}  {pid}  {pid + 3} W GnssLocationProvider: Unable to inject time, NTP server unreachable"
    elif c == 3:
        d = pick(DRIVERS)
        s = f"{t_logcat()}  {pid}  {pid} I LoginActivity: driver {d[2]} ({d[1]}) signed in, truck T-{ri(10, 40)}, app 4.{ri(2, 6)}.{ri(0, 20)} build {ri(400, 900)}"
    elif c == 4:
        s = f"{t_logcat()}  {pid}  {pid + 12} I BatteryMonitor: level={ri(12, 100)}% temp=31.{ri(0, 9)}C charging=false"
    else:
        s = f"{t_logcat()}  {pid}  {pid} I LoxScale: tare ok, dewar D-{ri(1, 9)} weight {R.uniform(120, 480):.1f} kg"
    return [mk("android_logcat", s)]


def n_route_header():
    d = pick(DRIVERS)
    r = f"R-{NOW.strftime('%m%d')}-{ri(1, 9):02d}"
    c = ri(0, 2)
    if c == 0:
        s = "route_id,stop,patient_name,street,city,zip,phone,product,liters,window,notes"
    elif c == 1:
        s = (f"# LOX manifest {r} driver={d[0]} ({d[2]}) truck=T-{ri(10, 40)} depot=Akron-Triplett "
             f"stops={ri(12, 24)} bulk_start_L={ri(900, 1800)}")
    else:
        s = f"# generated {t_iso()} by routes.tasks.optimize_lox_routes v2.3 solver=or-tools 9.8 objective={ri(30000, 90000)}"
    return [mk("lox_manifest_csv", s)]


def n_compliance():
    c = ri(0, 3)
    if c == 0:
        s = (f"{t_py()} INFO compliance.airview pull window=2024-02-10..2024-03-10 patients={ri(1700, 1900)} "
             f"fetched={ri(1600, 1700)} errors={ri(0, 5)} elapsed={R.uniform(40, 120):.1f}s")
    elif c == 1:
        s = f"{t_py()} WARNING compliance.care_orchestrator HTTP 429 Too Many Requests, backing off {ri(2, 60)}s (x-ratelimit-remaining=0)"
    elif c == 2:
        s = f"{t_py()} INFO compliance.report 90-day cohort: setups={ri(80, 140)} compliant={ri(50, 100)} at_risk={ri(5, 25)} non_compliant={ri(3, 15)}"
    else:
        return [mk("compliance_csv", "Patient ID,Last Name,First Name,DOB,Device Serial,Setup Date,Days Used,Days >= 4 hrs,Compliance %,AHI,Large Leak %")]
    return [mk("compliance", s)]


def n_billing():
    c = ri(0, 6)
    t = t_py()
    if c == 0:
        s = f"{t} INFO billing.rental cycle run complete advanced={ri(300, 500)} capped={ri(2, 20)} held_no_cmn={ri(5, 30)} held_no_f2f={ri(0, 9)} duration={R.uniform(10, 60):.1f}s"
    elif c == 1:
        s = f"{t} INFO billing.edi 837P batch B{ri(4000, 4999)} built claims={ri(80, 300)} total_charge={R.uniform(20000, 90000):.2f} file=KHR_837P_{NOW.strftime('%Y%m%d')}_{ri(1, 9)}.x12"
    elif c == 2:
        s = f"{t} INFO billing.edi 999 received for batch B{ri(4000, 4999)}: IK5*A (accepted) AK9*A*1*1*1"
    elif c == 3:
        s = f"{t} WARNING billing.edi 277CA batch B{ri(4000, 4999)}: {ri(1, 9)} claims rejected A7:562 (Entity's NPI)"
    elif c == 4:
        s = f"{t} INFO billing.era 835 posted check/EFT TRN {ri(10 ** 8, 10 ** 9)} amount={R.uniform(5000, 60000):.2f} claims={ri(40, 200)} payer=CGS JB"
    elif c == 5:
        s = f"{t} INFO billing.rental oxygen 36-month caps reached this cycle: {ri(5, 40)}; E1390 moved to service-only billing"
    else:
        s = f"{t} DEBUG billing.fees loaded DMEPOS fee schedule 2024 Q1 rows={ri(12000, 16000)} sha256={hexs(16)}"
    return [mk("billing_log", s)]


def n_postgres():
    c = ri(0, 4)
    t = t_pg()
    pid = ri(1000, 60000)
    if c == 0:
        s = f"{t} [{pid}] LOG:  checkpoint complete: wrote {ri(100, 9000)} buffers ({R.uniform(0, 9):.1f}%); 0 WAL file(s) added, 0 removed, {ri(0, 5)} recycled; write={R.uniform(1, 200):.3f} s"
    elif c == 1:
        s = f"{t} [{pid}] LOG:  automatic vacuum of table \"khr_orders.public.telemetry_reading\": index scans: 1"
    elif c == 2:
        s = f"{t} [{pid}] khr_app@khr_orders LOG:  duration: {R.uniform(500, 9000):.3f} ms  statement: SELECT count(*) FROM billing_rentalcycle WHERE status = 'OPEN'"
    elif c == 3:
        s = f"{t} [{pid}] khr_app@khr_orders ERROR:  canceling statement due to statement timeout"
    else:
        s = f"{t} [{pid}] [unknown]@[unknown] LOG:  connection received: host=10.42.{ri(0, 9)}.{ri(1, 254)} port={ri(30000, 60000)}"
    return [mk("postgres", s)]


def n_infra():
    c = ri(0, 6)
    if c == 0:
        s = f"1:M {t_redis()} * Background saving started by pid {ri(100, 900)}"
    elif c == 1:
        s = f"1:M {t_redis()} * DB saved on disk"
    elif c == 2:
        b = f"{NOW.strftime('%Y.%m.%d')}-{ri(300, 500)}"
        s = f"{t_iso()} deploy khr-orders build={b} sha={hexs(7)} image=registry.{CO_DOM}/khr-orders:{b} replicas=3/3"
    elif c == 3:
        s = f'{t_iso()} {{"level":"info","logger":"kubelet","msg":"Readiness probe succeeded","pod":"khr-orders-{hexs(10)}-{hexs(5)}","container":"web"}}'
    elif c == 4:
        s = f"{t_iso()} certbot: certificate for portal.{CO_DOM} valid until 2024-05-{ri(10, 30)} (renewal not due)"
    elif c == 5:
        s = f"{t_py()} INFO settings loaded: TIME_ZONE=America/New_York CELERY_BROKER_URL=redis://redis-master.khr.svc:6379/0 AIRVIEW_BASE=https://api.airview.example/v2 DEBUG=False"
    else:
        s = f"{t_iso()} traceparent=00-{hexs(32)}-{hexs(16)}-01 span=orders.create duration_ms={ri(20, 900)} status=OK"
    return [mk("infra", s)]


def n_fax_out():
    md = pick(MDS)
    t = t_py()
    c = ri(0, 2)
    if c == 0:
        s = f"{t} INFO cmn.fax outbound job=FX-{NOW.strftime('%Y%m%d')}-{ri(1, 999):04d} to={phfmt(md[3], 3)} (Dr. {md[1].title()} {md[0].title()}, NPI {md[2]}) pages={ri(2, 6)} status=delivered csid=\"{md[0]} CLINIC\""
    elif c == 1:
        s = f"{t} WARNING cmn.fax outbound job=FX-{NOW.strftime('%Y%m%d')}-{ri(1, 999):04d} to={phfmt(md[3], 1)} status=busy attempt={ri(1, 3)}/5"
    else:
        s = f"{t} INFO intake.fax inbound job=FX-{NOW.strftime('%Y%m%d')}-{ri(1, 999):04d} from={phfmt(md[3], 3)} pages={ri(1, 9)} queued for OCR"
    return [mk("fax", s)]


def n_staff():
    d = pick(DRIVERS)
    c = ri(0, 2)
    if c == 0:
        s = f"{t_py()} INFO routes.dispatch on-call driver tonight: {d[0]} cell 330-555-01{ri(10, 99)} (dispatch: dispatch@{CO_DOM}, 330-555-0100 x2)"
    elif c == 1:
        rt = pick(RTS)
        s = f"{t_py()} INFO scheduling RT on-call rotation week 11: {rt[0]} <{rt[1]}@{CO_DOM}> pager 330-555-0{ri(100, 199)}"
    else:
        s = f"{t_py()} INFO notifications.email sent daily AR summary to billing-team@{CO_DOM} (cc cfo@{CO_DOM}) size={ri(20, 90)}kB"
    return [mk("django", s)]


def n_depot():
    model, f = pick(CONC + POC)
    c = ri(0, 1)
    if c == 0:
        s = (f"{t_py()} INFO depot.qc {model} SN {f()} passed: O2 {R.uniform(91, 96):.1f}% @ 5 LPM, hours={ri(1000, 30000)}, "
             f"sieve beds ok, filters replaced; status READY_STOCK bin=AK-{ri(1, 40)}")
    else:
        s = f"{t_py()} WARNING depot.qc {model} SN {f()} failed purity {R.uniform(70, 85):.1f}% -> RMA to vendor, ticket TCK-{ri(50000, 59999)}"
    return [mk("depot", s)]


def n_traceback():
    t = t_py()
    lines = [mk("python_traceback", f"{t} ERROR compliance.tasks pull_airview failed"),
             mk("python_traceback", "Traceback (most recent call last):"),
             mk("python_traceback", '  File "/app/khr_orders/compliance/clients/airview.py", line 142, in fetch_usage'),
             mk("python_traceback", "    resp = self.session.get(url, params=params, timeout=30)"),
             mk("python_traceback", '  File "/usr/local/lib/python3.11/site-packages/requests/sessions.py", line 602, in get'),
             mk("python_traceback", "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='api.airview.example', port=443): Read timed out. (read timeout=30)")]
    return lines


NOISE = [(n_gunicorn, 12), (n_gunicorn_boot, 3), (n_django, 9), (n_celery, 12), (n_telemetry, 7),
         (n_modem, 7), (n_handheld, 6), (n_route_header, 3), (n_compliance, 4), (n_billing, 8),
         (n_postgres, 5), (n_infra, 7), (n_fax_out, 4), (n_staff, 3), (n_depot, 3), (n_traceback, 1)]


# ============================================================================ PHI generators
def p_gunicorn():
    p = person()
    ip = pick(["10.42.3.17", "10.42.1.8", "10.42.6.21"])
    c = ri(0, 3)
    ln = Line("gunicorn_access")
    ln.add(f'{ip} - - [{t_clf()}] "')
    if c == 0:
        ln.add("GET /api/v1/patients/", P(p.pk, "mrn"), "/ HTTP/1.1\" 200 ", str(ri(900, 4000)))
    elif c == 1:
        ln.add("GET /patients/", P(p.pk, "mrn"), "/cmn/ HTTP/1.1\" 200 ", str(ri(9000, 30000)))
    elif c == 2:
        ln.add("GET /api/v1/eligibility/?mbi=", P(p.mbi, "health_plan"), "&dos=",
               P(rdate(20).strftime("%Y-%m-%d"), "date"), " HTTP/1.1\" 200 ", str(ri(300, 800)))
    else:
        ln.add("POST /api/v1/patients/", P(p.pk, "mrn"), "/compliance/refresh/ HTTP/1.1\" 202 ", "41")
    ln.add(' "-" "', pick(["python-requests/2.31.0", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"]), f'" {ri(3, 900)}ms')
    return [ln]


def p_django():
    p = person()
    t = t_py()
    c = ri(0, 6)
    if c == 0:
        return [mk("django", f"ERROR {t} log {ri(10, 60)} 1402334{ri(10000, 99999)} Internal Server Error: /patients/",
                   P(p.pk, "mrn"), "/cmn/", f"CMN-{ri(100000, 999999)}", "/sign/")]
    if c == 1:
        return [mk("django", f"INFO {t} orders.views order {order_no()} created for patient ", P(p.pk, "mrn"), " (",
                   P(nm(p, pick([1, 7])), "name"), ", ", *age_parts(p, pick([1, 4])), ") hcpcs=E1390,E0431 dx=J44.9 by intake.dchen")]
    if c == 2:
        return [mk("django", f"WARNING {t} patients.address USPS verify mismatch for pt=", P(p.pk, "mrn"), ": input='",
                   P(p.street.upper(), "address"), " ", P(p.city.upper(), "address"), f" {p.st} ", P(p.zip, "zip"),
                   "' suggested ZIP+4 ", P(p.zip4, "zip"), " dpv=Y")]
    if c == 3:
        return [mk("django", f"INFO {t} accounts.signals user_logged_in username=", P(p.username, "other_id"),
                   " ip=", P(p.ip, "ip"), f" mfa={pick(['sms', 'email', 'none'])} portal=my.{CO_DOM}")]
    if c == 4:
        return [mk("django", f"INFO {t} patients.merge duplicate resolved keep=", P(p.pk, "mrn"), " drop=",
                   P(p.pk + ri(1, 900), "mrn"), " match=[mbi,dob,last] dob=", P(p.dob.strftime("%Y-%m-%d"), "date"),
                   " by admin")]
    if c == 5:
        return [mk("django", f"INFO {t} orders.delivery scheduled {order_no()} for ", P(nm(p, 0), "name"), " on ",
                   P(dfmt(rdate(0, 5), 1), "date"), f" window {pick(['08:00-12:00', '12:00-16:00', '09:00-13:00'])} tech=", pick(DRIVERS)[1])]
    init = rdate(10)
    return [mk("django", f"WARNING {t} cmn.validators 484 Q1b test date ", P(dfmt(init - dt.timedelta(days=ri(31, 70)), 0), "date"),
               " older than 30 days before initial date ", P(dfmt(init, 0), "date"), " for pt=", P(p.pk, "mrn"),
               " (", P(p.mbi, "health_plan"), ")")]


def p_login():
    p = person()
    t = t_py()
    if R.random() < 0.5:
        return [mk("django", f"INFO {t} accounts.signals user_logged_in username=", P(p.username, "other_id"),
                   " ip=", P(p.ip, "ip"), f" mfa={pick(['sms', 'email', 'none'])} portal=my.{CO_DOM}")]
    return [mk("django", f"WARNING {t} axes.watch_login AXES: Repeated login failure by {{username: \"", P(p.username, "other_id"),
               "\", ip_address: \"", P(p.ip, "ip"), "\", path_info: \"/accounts/login/\"}. Count = ", str(ri(2, 5)), " of 5.")]


def p_celery():
    p = person()
    t = t_py()
    tid = task_id()
    w = "ForkPoolWorker-%d" % ri(1, 8)
    c = ri(0, 5)
    if c == 0:
        obj = {"patient_id": P(p.pk, "mrn", raw=True), "serial": P(p.pap_sn, "device"),
               "days_used": ri(15, 30), "days_over_4h": ri(10, 30), "avg_min": ri(180, 480), "ahi": round(R.uniform(0.5, 12), 1)}
        return [J("celery", f"[{t}: INFO/{w}] Task compliance.tasks.pull_device_usage[{tid}] succeeded in {R.uniform(0.2, 4):.6f}s: ",
                  obj, sep=(", ", ": "), py=True)]
    if c == 1:
        return [mk("celery", f"[{t}: INFO/MainProcess] Task cmn.tasks.send_cmn_fax[{tid}] received args=(",
                   P(p.pk, "mrn"), f", 'CMN-{ri(100000, 999999)}') kwargs={{'beneficiary': '", P(p.mbi, "health_plan"), "'}")]
    if c == 2:
        return [mk("celery", f"[{t}: ERROR/{w}] Task eligibility.tasks.check_hets[{tid}] raised unexpected: "
                   "EligibilityError('AAA*Y**72*C - subscriber not found: ", P(f"{p.last.upper()}, {p.first.upper()}", "name"),
                   " dob=", P(p.dob.strftime("%Y%m%d"), "date"), " mbi=", P(p.mbi, "health_plan"), "')")]
    if c == 3:
        obj = {"order": order_no(), "patient_id": P(p.pk, "mrn", raw=True), "hcpcs": "E1390", "mods": ["RR", "KX"],
               "month": ri(1, 36), "cap": 36, "dos": P(rdate(30).replace(day=1).isoformat(), "date")}
        return [J("celery", f"[{t}: INFO/{w}] Task billing.tasks.advance_rental[{tid}] succeeded in {R.uniform(0.05, 1):.6f}s: ",
                  obj, sep=(", ", ": "), py=True)]
    if c == 4:
        return [mk("celery", f"[{t}: WARNING/{w}] notifications.tasks.send_sms[{tid}]: Twilio 21610 (unsubscribed) to ",
                   P(phfmt(p.cell, 3), "phone"), " for patient ", P(p.pk, "mrn"), "; falling back to IVR call")]
    return [mk("celery", f"[{t}: INFO/{w}] Task telemetry.tasks.open_alarm_ticket[{tid}] received args=('",
               P(p.conc_sn, "device"), "',) kwargs={'code': 'LOW_O2_PURITY', 'patient_id': ", P(p.pk, "mrn"), "}")]


def p_telemetry():
    p = person()
    c = ri(0, 3)
    if c <= 1:
        obj = {"ts": t_iso(frac=False), "imei": P(p.imei, "device"), "iccid": P(p.iccid, "device"),
               "dev": {"model": p.conc_model, "sn": P(p.conc_sn, "device"), "fw": "3.%d.%d" % (ri(0, 2), ri(0, 9))},
               "hrs_total": round(R.uniform(800, 30000), 1), "hrs_24h": round(R.uniform(0, 24), 1),
               "flow_set": pick([1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0]), "o2_pct": round(R.uniform(86, 95.6), 1),
               "alarms": pick([[], [], ["LOW_O2_PURITY"], ["POWER_FAIL"], ["HIGH_TEMP", "FILTER"]]),
               "rssi": -ri(70, 112)}
        if c == 1:
            obj["pt"] = P(p.pk, "mrn", raw=True)
        return [J("telemetry_json", "", obj)]
    if c == 2:
        ln = mk("telemetry_kv", f"{t_iso()} level=warn svc=iot-bridge msg=\"alarm\" code={pick(['LOW_O2_PURITY', 'NO_FLOW', 'POWER_FAIL'])} sn=",
                P(p.conc_sn, "device"), " pt=", P(p.pk, "mrn"), f" purity={R.uniform(70, 86):.1f} ticket=TCK-{ri(50000, 59999)} assigned=oncall-rt")
        return [ln]
    ln = mk("telemetry_kv", f"O2TLM v2 {NOW.strftime('%y%m%d%H%M%S')} sn=", P(p.poc_sn, "device"),
            f" hrs={ri(100, 9000)} set={ri(1, 5)} purity={ri(87, 95)} batt={ri(5, 100)}% err={pick(['0', 'E07', 'E12', '0'])} cell={-ri(80, 115)}dBm")
    return [ln]


def p_modem():
    p = person()
    h = pick(["iot-gw-01", "iot-gw-02"])
    c = ri(0, 2)
    if c == 0:
        return [mk("syslog_modem", f"{t_sys()} {h} modemd[{ri(900, 1300)}]: rx imei=", P(p.imei, "device"), " iccid=",
                   P(p.iccid, "device"), f" rat=LTE-M band={pick([4, 13, 12])} rsrp=-{ri(90, 125)} payload={ri(40, 120)}B")]
    if c == 1:
        return [mk("syslog_modem", f"{t_sys()} {h} smsd[{ri(1000, 2000)}]: OTA fw 3.1.7 queued for imei ", P(p.imei, "device"),
                   " (", p.conc_model, " ", P(p.conc_sn, "device"), ")")]
    return [mk("syslog_modem", f"{t_sys()} {h} modemd[{ri(900, 1300)}]: unit silent >48h imei=", P(p.imei, "device"),
               " last_cell=", f"{ri(310, 311)}-{ri(10, 480)}-{ri(1000, 60000)}", " home_geo=",
               P(f"{p.lat},{p.lon}", "address"), " -> courtesy call task")]


def p_manifest():
    p = person()
    r = f"R-{NOW.strftime('%m%d')}-{ri(1, 9):02d}"
    ln = Line("lox_manifest_csv")
    note = pick(["", "", "side door", "dog in yard", "call 30 min ahead", "ring twice - HOH", "back porch reservoir"])
    street = p.street
    ln.add(r, ",", str(ri(1, 22)), ",")
    nmv = nm(p, pick([0, 2, 1, 6]))
    if "," in nmv:
        ln.add('"', P(nmv, "name"), '"')
    else:
        ln.add(P(nmv, "name"))
    ln.add(",", P(street, "address"), ",", P(p.city, "address"), ",", P(p.zip, "zip"), ",",
           P(phfmt(p.phone, pick([1, 2, 4])), "phone"), ",", pick(["LOX-L30", "LOX-L45", "LOX-L30+H850"]), ",",
           str(ri(20, 45)), ",", pick(["08-12", "12-16", "AM", "PM"]), ",", note)
    return [ln]


def p_handheld():
    p = person()
    pid = ri(3000, 9000)
    c = ri(0, 5)
    pre = f"{t_logcat()}  {pid}  {pid + ri(0, 60)} "
    if c == 0:
        return [mk("android_logcat", pre + f"I RouteSync: stop {ri(1, 20)}/{ri(18, 24)} arrived lat=", P(f"{p.lat:.5f}", "address"),
                   " lon=", P(f"{p.lon:.5f}", "address"), f" acc={R.uniform(3, 15):.1f}m")]
    if c == 1:
        sig = b64blob(60, b"\x89PNG\r\n\x1a\n")
        return [mk("android_logcat", pre + "D DeliveryActivity: POD captured recipient=\"", P(cgname(p, 0), "name"),
                   f"\" rel={p.cg_rel} sig=", P(sig, "biometric"))]
    if c == 2:
        return [mk("android_logcat", pre + "I LoxFill: reservoir ", P(p.lox_sn, "device"),
                   f" pre={ri(3, 30)}% post={ri(92, 100)}% delivered={R.uniform(15, 40):.1f}L pt=", P(p.pk, "mrn"))]
    if c == 3:
        plate = pick(LETTERS) + pick(LETTERS) + pick(LETTERS) + " " + digits(4)
        return [mk("android_logcat", pre + "I DeliveryNote: \"pt ", p.cg_rel, "'s truck plate ", P(plate, "vehicle"),
                   " blocks drive, call ", P(phfmt(p.cg_phone, 1), "phone"), " before arrival\"")]
    if c == 4:
        return [mk("android_logcat", pre + "W RouteSync: geocode drift 212m for stop ", P(p.street, "address"), ", ",
                   P(p.city, "address"), " ", P(p.zip, "zip"), " - using driver pin")]
    return [mk("android_logcat", pre + "I StopDetail: ", P(nm(p, 2), "name"), " (", P(str(p.age), "age") if p.age > 89 else str(p.age), ") | ", P(phfmt(p.phone, 0), "phone"),
               " | portable ", P(p.loxp_sn, "device"), " | \"", pick(["uses 2L continuous", "3L w/ exertion", "1.5L at night"]), "\"")]


def p_cpap():
    p = person()
    c = ri(0, 2)
    start = TODAY - dt.timedelta(days=ri(31, 80))
    setup = start - dt.timedelta(days=ri(0, 3))
    end = start + dt.timedelta(days=29)
    if c == 0:
        du = ri(12, 30)
        obj = {"patientId": P(p.pk, "mrn"), "ecosystemId": P(p.av_id, "other_id"), "firstName": P(p.first, "name"),
               "lastName": P(p.last, "name"), "dob": P(p.dob.isoformat(), "date"),
               "device": {"serialNumber": P(p.pap_sn, "device"), "type": p.pap_model},
               "setupDate": P(setup.isoformat(), "date"),
               "usage": {"periodStart": P(start.isoformat(), "date"), "periodEnd": P(end.isoformat(), "date"),
                         "daysUsed": du, "daysOver4h": ri(6, du), "avgUsageMin": ri(150, 500),
                         "ahi": round(R.uniform(0.4, 14), 1), "leak95": round(R.uniform(2, 40), 1)},
               "compliant": pick([True, False])}
        return [J("compliance_json", f"{t_py()} DEBUG compliance.airview usage payload: ", obj)]
    if c == 1:
        du = ri(10, 30)
        d4 = ri(6, du)
        ln = Line("compliance_csv")
        ln.add(P(p.pk, "mrn"), ",", P(p.last, "name"), ",", P(p.first, "name"), ",", P(p.dob.strftime("%m/%d/%Y"), "date"), ",",
               P(p.pap_sn, "device"), ",", P(setup.strftime("%m/%d/%Y"), "date"), f",{du},{d4},{100 * d4 // 30},{R.uniform(0.5, 15):.1f},{R.uniform(0, 12):.1f}")
        return [ln]
    d4 = ri(15, 30)
    ok = d4 >= 21
    return [mk("compliance", f"{t_py()} INFO compliance.rules pt=", P(p.pk, "mrn"), " ", p.pap_hcpcs,
               " ", P(p.pap_sn, "device"), f" best 30-day window ", P(start.strftime("%m/%d"), "date"), "-",
               P(end.strftime("%m/%d/%Y"), "date"), f": {d4}/30 nights >=4h -> {'MEETS' if ok else 'FAILS'} CMS 90-day adherence; F2F re-eval due by ",
               P(dfmt(setup + dt.timedelta(days=91), 1), "date"))]


def p_rt_note():
    p = person()
    rt = pick(RTS)
    vd = rdate(6)
    nv = vd + dt.timedelta(days=pick([28, 30, 14, 7]))
    c = ri(0, 2)
    if c == 2:
        ln = Line("rt_visit_note")
        ln.add("NOTA RT (es): Visita domiciliaria ", P(vd.strftime("%d/%m/%Y"), "date"), ". Paciente ",
               P(f"{p.first} {p.last}", "name"), ", ")
        if p.age > 89:
            ln.add(P(f"{p.age} años", "age"))
        else:
            ln.add(f"{p.age} años")
        ln.add(", ventilador ", p.vent_model, " SN ", P(p.vent_sn, "device"), f". Modo AC/PC, FiO2 {ri(25, 40)}%, SpO2 {ri(89, 98)}%. ",
               "Cuidadora " if p.cg_first in FIRST_F else "Cuidador ", P(cgname(p, 1), "name"), " (", REL_ES[p.cg_rel], ") entrenada en succión; tel " if p.cg_first in FIRST_F else ") entrenado en succión; tel ", P(phfmt(p.cg_phone, 1), "phone"),
               ". Próxima visita ", P(nv.strftime("%d/%m/%Y"), "date"), ". -- ", rt[0])
        return [ln]
    ln = Line("rt_visit_note")
    ln.add(f"{t_py()} INFO notes.visit saved encounter=", P("VN-%07d" % ri(10 ** 5, 10 ** 7 - 1), "other_id"),
           f" author={rt[1]} body=\"Home vent visit ", P(dfmt(vd, pick([1, 3, 9])), "date"), " - ", P(nm(p, pick([0, 3, 4])), "name"), ", ")
    ln.add(*age_parts(p))
    ln.add(f" {p.sex}, ", p.vent_model, " SN ", P(p.vent_sn, "device"),
           f". Settings AC/PC IPAP {ri(14, 24)} EPAP {ri(5, 8)} RR {ri(10, 18)} Ti 1.{ri(0, 2)}, O2 bleed-in {ri(1, 5)} LPM. "
           f"Circuit/filters changed, alarms tested OK. SpO2 {ri(88, 98)}%, HR {ri(60, 110)}. ")
    ln.add(p.cg_rel.capitalize() if p.cg_rel != "POA" else "POA", " ", P(p.cg_first, "name"),
           " trained on backup vent & ambu; call ", P(phfmt(p.cg_phone), "phone"), " w/ issues. Next visit ",
           P(dfmt(nv, pick([1, 3])), "date"), f". -- {rt[0]}\"")
    return [ln]


def p_cmn_xml():
    p = person()
    md = pick(MDS)
    test = rdate(60)
    init = test + dt.timedelta(days=ri(1, 20))
    ln = Line("cmn_xml")
    ln.add(f'{t_py()} DEBUG cmn.esmd outbound <CMN form="CMS-484" rev="03/2023" id="CMN-{ri(100000, 999999)}" type="',
           pick(["INITIAL", "RECERT", "REVISED"]), '"><Supplier npi="1457382910" name="', CO.upper(), ' LLC"/>',
           "<Beneficiary><Name><Last>", P(p.last.upper(), "name"), "</Last><First>", P(p.first.upper(), "name"),
           "</First><MI>", p.mi, "</MI></Name><MBI>", P(p.mbi, "health_plan"), "</MBI><DOB>", P(p.dob.strftime("%m/%d/%Y"), "date"),
           "</DOB><Addr><Line1>", P(p.street, "address"), "</Line1><City>", P(p.city, "address"), "</City><State>", p.st,
           "</State><Zip>", P(p.zip, "zip"), "</Zip></Addr><Phone>", P(p.phone, "phone"), "</Phone></Beneficiary>",
           "<InitialDate>", P(init.strftime("%m/%d/%Y"), "date"), "</InitialDate><LON>", pick(["99", "12"]), "</LON>",
           "<HCPCS>E1390</HCPCS><HCPCS>E0431</HCPCS><SectionB><Q1a unit=\"SpO2%\">", str(ri(80, 88)), "</Q1a><Q1b>",
           P(test.strftime("%m/%d/%Y"), "date"), "</Q1b><Q2>", pick(["1", "2"]), "</Q2><Q3>", pick(["1", "2", "3"]),
           "</Q3><Q4>Y</Q4><Q5 unit=\"LPM\">", str(ri(1, 4)), "</Q5></SectionB><Physician npi=\"", md[2], "\"><Name>",
           md[1].title(), " ", md[0].title(), ", MD</Name></Physician></CMN>")
    return [ln]


def p_cmn_kv():
    p = person()
    test = rdate(60)
    ln = Line("cmn_log")
    ln.add(f"{t_py()} INFO cmn.qualify ")
    kv(ln, [("pt", P(p.pk, "mrn")), ("mbi", P(p.mbi, "health_plan")), ("test", pick(["ONO", "spot_rest", "exercise_6mwt"])),
            ("spo2_nadir", str(ri(78, 88))), ("t88_min", str(ri(5, 90))), ("test_date", P(test.isoformat(), "date")),
            ("facility", pick(["AKRON GEN SLEEP LAB", "KHR in-home ONO", "MERCY PULM CLINIC"])),
            ("group", pick(["I", "I", "II"])), ("result", "QUALIFIES")], quote=True)
    return [ln]


def seg(fam, *parts):
    return mk(fam, *parts)


def p_x12_837():
    F = "x12_837p"
    out = []
    now = tick()
    ctl = ri(1000, 9999)
    out.append(seg(F, f"ISA*00*          *00*          *ZZ*KHR0042        *ZZ*CGSJB          *{now.strftime('%y%m%d')}*{now.strftime('%H%M')}*^*00501*00000{ctl}*0*P*:~"))
    out.append(seg(F, f"GS*HC*KHR0042*CGSJB*{now.strftime('%Y%m%d')}*{now.strftime('%H%M')}*{ctl}*X*005010X222A1~"))
    out.append(seg(F, "ST*837*0001*005010X222A1~"))
    out.append(seg(F, f"BHT*0019*00*B{ctl}-0001*{now.strftime('%Y%m%d')}*{now.strftime('%H%M')}*CH~"))
    out.append(seg(F, "HL*1**20*1~"))
    out.append(seg(F, "NM1*85*2*KEYSTONE HOME RESPIRATORY LLC*****XX*1457382910~"))
    out.append(seg(F, "N3*1800 TRIPLETT BLVD~"))
    out.append(seg(F, "N4*AKRON*OH*443061234~"))
    out.append(seg(F, "REF*EI*341872065~"))
    n = ri(1, 2)
    for i in range(n):
        p = person()
        md = pick(MDS)
        dos = rdate(60).replace(day=1)
        eom = (dos.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        month = ri(1, 36)
        km = "KH" if month == 1 else ("KI" if month <= 3 else "KJ")
        out.append(seg(F, f"HL*{i + 2}*1*22*0~"))
        out.append(seg(F, "SBR*P*18*******MB~"))
        out.append(seg(F, "NM1*IL*1*", P(p.last.upper(), "name"), "*", P(p.first.upper(), "name"), f"*{p.mi}***MI*",
                       P(p.mbi, "health_plan"), "~"))
        out.append(seg(F, "N3*", P(p.street.upper(), "address"), "~"))
        out.append(seg(F, "N4*", P(p.city.upper(), "address"), f"*{p.st}*", P(p.zip4.replace("-", ""), "zip"), "~"))
        out.append(seg(F, "DMG*D8*", P(p.dob.strftime("%Y%m%d"), "date"), f"*{p.sex}~"))
        out.append(seg(F, "CLM*", P(f"{p.acct}-{dos.strftime('%m%y')}", "account"), f"*{R.uniform(60, 260):.2f}***12:B:1*Y*A*Y*Y~"))
        out.append(seg(F, "DTP*461*D8*", P((dos - dt.timedelta(days=30 * (month - 1))).strftime("%Y%m%d"), "date"), "~"))
        out.append(seg(F, f"HI*ABK:{pick(['J449', 'J441', 'J9611', 'J84112'])}*ABF:{pick(['G4733', 'I2720', 'R0902'])}~"))
        out.append(seg(F, f"NM1*DK*1*{md[0]}*{md[1]}****XX*{md[2]}~"))
        out.append(seg(F, "LX*1~"))
        out.append(seg(F, f"SV1*HC:E1390:RR:KX:{km}*{R.uniform(150, 200):.2f}*UN*1***1~"))
        out.append(seg(F, "DTP*472*RD8*", P(dos.strftime("%Y%m%d"), "date"), "-", P(eom.strftime("%Y%m%d"), "date"), "~"))
        if R.random() < 0.5:
            out.append(seg(F, f"CR5*{pick(['I', 'R'])}*99*******{ri(78, 88)}*E1*03~"))
    out.append(seg(F, f"SE*{len(out) - 1}*0001~"))
    out.append(seg(F, f"GE*1*{ctl}~"))
    out.append(seg(F, f"IEA*1*00000{ctl}~"))
    return out


def p_x12_835():
    F = "x12_835"
    out = []
    now = tick()
    trn = ri(10 ** 8, 10 ** 9)
    out.append(seg(F, f"ST*835*{ri(1000, 9999)}~"))
    out.append(seg(F, f"BPR*I*{R.uniform(900, 9000):.2f}*C*ACH*CCP*01*041215663*DA*{digits(10)}*1811101112**01*041000124*DA*{digits(9)}*{now.strftime('%Y%m%d')}~"))
    out.append(seg(F, f"TRN*1*{trn}*1811101112~"))
    out.append(seg(F, "N1*PR*CGS ADMINISTRATORS LLC~"))
    out.append(seg(F, "N1*PE*KEYSTONE HOME RESPIRATORY LLC*XX*1457382910~"))
    out.append(seg(F, "LX*1~"))
    for _ in range(ri(1, 2)):
        p = person()
        dos = rdate(90).replace(day=1)
        ch = R.uniform(150, 260)
        paid = ch * R.uniform(0.5, 0.8)
        out.append(seg(F, "CLP*", P(f"{p.acct}-{dos.strftime('%m%y')}", "account"),
                       f"*1*{ch:.2f}*{paid:.2f}**MB*{digits(14)}*12~"))
        out.append(seg(F, "NM1*QC*1*", P(p.last.upper(), "name"), "*", P(p.first.upper(), "name"), f"*{p.mi}***MI*",
                       P(p.mbi, "health_plan"), "~"))
        out.append(seg(F, "DTM*232*", P(dos.strftime("%Y%m%d"), "date"), "~"))
        out.append(seg(F, f"SVC*HC:{pick(['E1390:RR', 'E0431:RR', 'E0601:RR:KJ', 'E0439:RR'])}*{ch:.2f}*{paid:.2f}**1~"))
        out.append(seg(F, f"CAS*CO*45*{ch - paid - 1:.2f}~"))
        out.append(seg(F, f"CAS*PR*2*{1:.2f}~"))
        out.append(seg(F, f"AMT*B6*{paid:.2f}~"))
    out.append(seg(F, f"SE*{len(out) + 1}*0001~"))
    return out


def hl7_segments(p):
    md = pick(MDS)
    now = tick()
    mcid = "MSG%08d" % ri(0, 10 ** 8 - 1)
    obs = rdate(3)
    segs = []
    segs.append([f"MSH|^~\\&|EPIC|{pick(['AKRONGEN', 'AULTMAN', 'MERCYHLTH', 'STJOEWRN'])}|KHR_ORDERS|KHR|{now.strftime('%Y%m%d%H%M%S')}||ORM^O01|{mcid}|P|2.3"])
    segs.append(["PID|1||", P(p.hosp_mrn, "mrn"), "^^^EPI^MR||", P(f"{p.last.upper()}^{p.first.upper()}^{p.mi}", "name"), "||",
                 P(p.dob.strftime("%Y%m%d"), "date"), f"|{p.sex}|||", P(p.street.upper(), "address"), "^^",
                 P(p.city.upper(), "address"), f"^{p.st}^", P(p.zip, "zip"), "^USA||", P(phfmt(p.phone, 0), "phone"),
                 "|||||", P("%010d" % ri(10 ** 8, 10 ** 10 - 1), "account"), "|", P(p.ssn, "ssn")])
    segs.append([f"PV1|1|I|{pick(['4WEST', '5EAST', 'ICU2', 'PCU'])}^{ri(100, 599)}^A|||||{md[2]}^{md[0]}^{md[1]}^^^MD"])
    segs.append([f"ORC|NW|ORD{ri(10000, 99999)}||||||||||{md[2]}^{md[0]}^{md[1]}"])
    segs.append([f"OBR|1|ORD{ri(10000, 99999)}||E1390^OXYGEN CONCENTRATOR^HCPCS|||", P(obs.strftime("%Y%m%d") + "%02d%02d" % (ri(0, 23), ri(0, 59)), "date")])
    segs.append([f"OBX|1|NM|59408-5^SpO2 RA at rest^LN||{ri(80, 88)}|%|88-100|L|||F|||", P(obs.strftime("%Y%m%d"), "date")])
    segs.append([f"DG1|1||{pick(['J44.1^COPD W ACUTE EXACERBATION', 'J96.11^CHRONIC RESP FAILURE W HYPOXIA', 'J84.10^PULMONARY FIBROSIS UNSP'])}^I10"])
    segs.append(["IN1|1|MCR|CGSJB|MEDICARE PART B|||||||||||", P(f"{p.last.upper()}^{p.first.upper()}^{p.mi}", "name"),
                 "|01|", P(p.dob.strftime("%Y%m%d"), "date"), "||||||||||||||||||", P(p.mbi, "health_plan")])
    return segs


def p_hl7():
    p = person()
    segs = hl7_segments(p)
    if R.random() < 0.5:
        out = [mk("hl7_v2", f"{t_py()} INFO interfaces.hl7 inbound ORM^O01 from {segs[0][0].split('|')[3]} ({len(segs)} segments)")]
        for s in segs:
            out.append(mk("hl7_v2", *s))
        return out
    ln = Line("hl7_mirth")
    ln.add(f"[{t_py()}]  INFO (com.mirth.connect.connectors.tcp.TcpReceiver:312): channel 'EPIC_ORM_IN' received message: ")
    for i, s in enumerate(segs[:6]):
        if i:
            ln.add("\\r")
        ln.add(*s)
    return [ln]


def p_billing():
    p = person()
    t = t_py()
    c = ri(0, 4)
    month = ri(1, 36)
    if c == 0:
        return [mk("billing_log", f"{t} INFO billing.rental advance_cycle order={order_no()} hcpcs=E1390 mods=RR,KX month={month}/36 mbi=",
                   P(p.mbi, "health_plan"), " dos=", P(rdate(20).replace(day=1).isoformat(), "date"), f" allowed={R.uniform(150, 200):.2f}")]
    if c == 1:
        return [mk("billing_log", f"{t} WARNING billing.rental cap reached (36/36) pt=", P(p.pk, "mrn"), " acct=", P(p.acct, "account"),
                   " E1390 -> maintenance-only; next PM visit ", P(dfmt(rdate(0, 180), 1), "date"))]
    if c == 2:
        return [mk("billing_log", f"{t} WARNING billing.holds claim held: no valid CMN for ", P(nm(p, 7), "name"), " (MBI ",
                   P(p.mbi, "health_plan"), ") rental month ", str(month), "; initial CMN expired ", P(dfmt(rdate(200), 0), "date"))]
    if c == 3:
        plan = {"OH": pick(["Ohio Medicaid", "CareSource MyCare"]), "PA": "PA Medical Assistance",
                "WV": "WV Medicaid"}[p.st] if p.medicaid else pick(["AARP Medicare Supplement", "Anthem MediBlue Supp", "Medical Mutual Medigap"])
        return [mk("billing_log", f"{t} INFO billing.secondary crossover to {plan} member=",
                   P(p.medicaid or p.ma_id, "health_plan"), " for acct ", P(p.acct, "account"), f" coins={R.uniform(10, 60):.2f}")]
    return [mk("billing_log", f"{t} INFO billing.pa UTN ", P("%s%012d" % (pick(["JB", "JC"]), ri(0, 10 ** 12 - 1)), "other_id"),
               f" affirmed for {p.pap_hcpcs} pt=", P(p.pk, "mrn"), " valid through ", P(dfmt(rdate(0, 120), 0), "date"))]


def p_postgres():
    p = person()
    pid = ri(1000, 60000)
    t = t_pg()
    return [mk("postgres", f"{t} [{pid}] khr_app@khr_orders ERROR:  duplicate key value violates unique constraint \"patients_patient_mbi_key\""),
            mk("postgres", f"{t} [{pid}] khr_app@khr_orders DETAIL:  Key (mbi)=(", P(p.mbi, "health_plan"), ") already exists."),
            mk("postgres", f"{t} [{pid}] khr_app@khr_orders STATEMENT:  INSERT INTO \"patients_patient\" (\"first_name\", \"last_name\", \"dob\", \"mbi\", \"created_at\") VALUES ('",
               P(p.first, "name"), "', '", P(p.last.replace("'", "''"), "name"), "', '", P(p.dob.isoformat(), "date"), "'::date, '", P(p.mbi, "health_plan"), "', now())")]


def p_sms():
    p = person()
    t = t_py()
    c = ri(0, 2)
    if c == 0:
        return [mk("twilio_sms", f"{t} INFO notifications.sms twilio sid=SM{hexs(32)} to=", P("+1" + p.cell, "phone"),
                   " status=queued tmpl=lox_eta body=\"KHR: your liquid oxygen delivery is on the way, ETA ",
                   f"{ri(8, 15)}:{pick(['00', '15', '30', '45'])}. Reply STOP to opt out.\"")]
    if c == 1:
        body = pick(["this is", "Hi its"])
        # split body so names are labeled
        ln = mk("twilio_sms", f"{t} INFO notifications.sms inbound from=", P("+1" + p.cell, "phone"), " body=\"")
        if body.startswith("this is"):
            ln.add("this is ", P(f"{p.cg_first.lower()} {p.last.lower()}", "name"), " ", P(p.first.lower() + "s", "name"),
                   f" {p.cg_rel} {'he' if p.sex == 'M' else 'she'} is on the backup tank can you come earlier\"")
        else:
            ln.add("Hi its ", P(f"{p.first} {p.last}", "name"), " my machine is beeping red light again\"")
        return [ln]
    return [mk("twilio_sms", f"{t} INFO notifications.sms delivered sid=SM{hexs(32)} to=", P("+1" + p.cg_phone, "phone"),
               " tmpl=cpap_resupply_reminder pt=", P(p.pk, "mrn"))]


def p_fax_in():
    p = person()
    md = pick(MDS)
    ln = Line("fax_ocr")
    ln.add(f"{t_py()} INFO intake.fax job=FX-{NOW.strftime('%Y%m%d')}-{ri(1, 999):04d} from={phfmt(md[3], 3)} pages={ri(2, 8)} ocr_conf=0.{ri(70, 98)} text=\"",
           f"{md[0]} PULMONARY ASSOC  DME ORDER  PATIENT: ", P(f"{p.last.upper()}, {p.first.upper()}", "name"), "  DOB: ",
           P(p.dob.strftime("%m/%d/%Y"), "date"), "  AGE: ", P(str(p.age), "age") if p.age > 89 else str(p.age), "  MBI: ", P(p.mbi, "health_plan"), "  PH: ", P(phfmt(p.phone, 0), "phone"),
           f"  DX J44.9  ORDER: O2 {ri(1, 4)} LPM NC continuous, conc + portable  SpO2 {ri(80, 88)}% RA on ",
           P(dfmt(rdate(20), 2), "date"), f"  LON 99 mo  SIG: {md[1][0]}. {md[0].title()} MD NPI {md[2]}\"")
    return [ln]


def p_traceback():
    p = person()
    t = t_py()
    return [mk("python_traceback", f"{t} ERROR django.request Internal Server Error: /api/v1/cmn/generate/"),
            mk("python_traceback", "Traceback (most recent call last):"),
            mk("python_traceback", '  File "/app/khr_orders/cmn/pdf.py", line 77, in render_484'),
            mk("python_traceback", "    ctx['dob'] = patient.dob.strftime('%m/%d/%Y')"),
            mk("python_traceback", "AttributeError: 'NoneType' object has no attribute 'strftime'"),
            mk("python_traceback", "  local vars: patient=<Patient: ", P(nm(p, 1), "name"), " (", P(p.pk, "mrn"), ")> order='",
               order_no(), "' cmn_type='484'")]


def p_audit():
    p = person()
    obj = {"ts": t_iso(), "actor": pick(STAFF_USERS), "actor_ip": "10.20.%d.%d" % (ri(1, 9), ri(2, 250)),
           "action": pick(["view", "update", "export_pdf", "print"]), "model": "patients.Patient",
           "object_id": P(p.pk, "mrn", raw=True), "fields": pick([["phone", "address"], ["mbi"], [], ["dob"]]),
           "request_id": uuid4()}
    return [J("audit_json", "", obj)]


def p_payment():
    p = person()
    t = t_py()
    c = ri(0, 2)
    if c == 0:
        return [mk("payments", f"{t} INFO payments.stripe charge ok ch_3O{hexs(22)} amount={ri(800, 9000)} currency=usd customer=",
                   P("cus_" + "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14)), "other_id"),
                   " desc=\"coins ", pick(["E1390", "E0601", "A7030"]), " acct ", P(p.acct, "account"), "\" card=****", digits(4))]
    if c == 1:
        return [mk("payments", f"{t} WARNING ivr.pay unmasked PAN found in DTMF capture log caller=", P(phfmt(p.phone, 2), "phone"),
                   " pan=", P(pan(), "account"), " exp=", f"{ri(1, 12):02d}{ri(25, 29)}", " -> redacted in store, incident SEC-", str(ri(100, 999)))]
    return [mk("payments", f"{t} INFO billing.statements guarantor ", P(cgname(p, 2), "name"), " for acct ", P(p.acct, "account"),
               " autopay ACH acct ", P(digits(pick([9, 10, 12])), "account"), " rtn 041000124 balance=", f"{R.uniform(10, 400):.2f}")]


def p_intake():
    p = person()
    photo = b64blob(90, b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    obj = {"form": "self_referral", "submitted": t_iso(),
           "patient": {"name": {"given": P(p.first, "name"), "family": P(p.last, "name")},
                       "dob": P(p.dob.strftime("%m/%d/%Y"), "date"), "ssn": P(p.ssn.replace("-", "") if R.random() < 0.5 else p.ssn, "ssn"),
                       "phone": P(phfmt(p.phone, 1), "phone"), "email": P(p.email, "email"),
                       "dl": {"state": p.st, "number": P(p.dl, "license")}},
           "photo_id_b64": P(photo, "photo"),
           "emergency_contact": {"name": P(cgname(p, 0), "name"), "relationship": p.cg_rel,
                                 "phone": P(phfmt(p.cg_phone, 0), "phone")},
           "equipment": ["concentrator", "portable"], "source": "web"}
    return [J("intake_json", f"{t_py()} DEBUG intake.api POST /api/v1/intake/ payload=", obj)]


def p_intake2():
    p = person()
    c = ri(0, 3)
    t = t_py()
    if c == 0:
        return [mk("intake_log", f"{t} INFO intake.forms legacy fax-back form: guarantor SSN ", P(p.ssn, "ssn"), " HICN ",
                   P(p.hicn, "health_plan"), " (converted to MBI ", P(p.mbi, "health_plan"), ")")]
    if c == 1:
        return [mk("intake_log", f"{t} INFO intake.forms caregiver ", P(cgname(p, 0), "name"), " <", P(p.cg_email, "email"),
                   "> added as portal proxy for pt=", P(p.pk, "mrn"), "; shared page ",
                   P(f"https://www.caringbridge.org/site/{fold(p.first).lower()}{fold(p.last).lower()}", "url"))]
    if c == 2:
        vin = "1" + pick("FGHNJ") + "".join(pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(15))
        return [mk("intake_log", f"{t} INFO intake.poc DC car-adapter registration pt=", P(p.pk, "mrn"), " ", p.poc_model, " ",
                   P(p.poc_sn, "device"), " vehicle_vin=", P(vin, "vehicle"), " placard=", P(pick(LETTERS) + digits(7), "license"))]
    return [mk("intake_log", f"{t} INFO intake.forms home fax on file for ", P(nm(p, 4), "name"), ": ", P(phfmt(p.phone, 1), "fax"),
               " (pt prefers fax for statements) portal ", P(f"https://my.{CO_DOM}/u/{p.username}/therapy", "url"))]


def p_ivr():
    p = person()
    tpl = b64blob(48, b"VPT1")
    return [mk("ivr", f"{t_py()} INFO ivr.auth caller=", P(phfmt(p.phone, 3), "phone"), " matched pt=", P(p.pk, "mrn"),
               " voiceprint_id=", P("VP-" + hexs(10), "other_id"), f" score=0.{ri(80, 99)} template=", P(tpl, "biometric"))]


def p_eligibility():
    p = person()
    ln = Line("eligibility")
    ln.add(f"{t_py()} INFO eligibility.hets 270/271 trace={ri(10 ** 8, 10 ** 9)} ")
    kv(ln, [("mbi", P(p.mbi, "health_plan")), ("name", P(f"{p.last.upper()},{p.first.upper()}", "name")),
            ("dob", P(p.dob.strftime("%Y%m%d"), "date")), ("partB_eff", P(dt.date(p.dob.year + 65, p.dob.month, 1).strftime("%Y%m%d"), "date")),
            ("mco", pick(["N", "N", "Y"])), ("hospice", "N"), ("snf", "N"),
            ("last_E1390_dos", P(rdate(60).strftime("%Y%m%d"), "date")), ("result", "ACTIVE")])
    return [ln]


def p_callcenter():
    p = person()
    if R.random() < 0.3:
        return [mk("callcenter_psv", "fecha_llamada|agente|nombre_paciente|fecha_nac|telefono|motivo")]
    ln = Line("callcenter_psv")
    ln.add(f"{NOW.strftime('%d/%m/%Y %H:%M')}|{pick(['aortiz', 'mgarcia', 'jlopez'])}|", P(nm(p, pick([0, 2])), "name"), "|",
           P(p.dob.strftime("%d/%m/%Y"), "date"), "|", P(phfmt(p.phone, pick([1, 2])), "phone"), "|",
           pick(["concentrador con alarma", "pide entrega de oxígeno líquido", "mascarilla CPAP rota",
                 "cambio de dirección", "pregunta sobre factura de Medicare"]))
    tick()
    return [ln]


def p_handheld_route_json():
    p = person()
    obj = {"routeId": f"R-{NOW.strftime('%m%d')}-{ri(1, 9):02d}", "stopSeq": ri(1, 22), "ticket": f"DT-{ri(100000, 999999)}",
           "patient": {"id": P(p.pk, "mrn", raw=True), "name": P(nm(p, 1), "name"), "addr": P(p.street, "address"),
                       "city": P(p.city, "address"), "zip": P(p.zip, "zip"), "phone": P(p.phone, "phone")},
           "items": [{"sku": "LOX-L30", "serial": P(p.lox_sn, "device"), "liters": ri(20, 31)}],
           "windowDate": P(rdate(0, 2).isoformat(), "date"), "status": pick(["DELIVERED", "NO_ANSWER", "PARTIAL"])}
    pid = ri(3000, 9000)
    return [J("android_logcat", f"{t_logcat()}  {pid}  {pid + 5} D RouteRepo: cache put ", obj)]


def p_bt():
    p = person()
    pid = ri(3000, 9000)
    return [mk("android_logcat", f"{t_logcat()}  {pid}  {pid + 2} I CareLinkBle: paired {p.pap_model} ", P(p.bt_mac, "device"),
               " sn=", P(p.pap_sn, "device"), " for setup visit pt=", P(p.pk, "mrn"), " udi=",
               P("(01)00%012d(11)%s(21)%s" % (ri(0, 10 ** 12 - 1), (TODAY - dt.timedelta(days=ri(100, 900))).strftime("%y%m%d"), p.pap_sn), "device"))]


PHI = [(p_gunicorn, 6), (p_django, 9), (p_login, 3), (p_celery, 8), (p_telemetry, 14), (p_modem, 5), (p_manifest, 9),
       (p_handheld, 9), (p_cpap, 8), (p_rt_note, 6), (p_cmn_xml, 3), (p_cmn_kv, 3), (p_x12_837, 2),
       (p_x12_835, 2), (p_hl7, 2), (p_billing, 7), (p_postgres, 1), (p_sms, 5), (p_fax_in, 3),
       (p_traceback, 1), (p_audit, 4), (p_payment, 3), (p_intake, 2), (p_intake2, 6), (p_ivr, 2),
       (p_eligibility, 3), (p_callcenter, 3), (p_handheld_route_json, 3), (p_bt, 2)]


CAPS = {p_x12_837: 2, p_x12_835: 2, p_hl7: 3, p_postgres: 2, p_traceback: 2, n_traceback: 2,
        p_cmn_xml: 4, p_intake: 3, p_ivr: 3, p_bt: 3}
USED = {}


def wpick(gens):
    gens = [(g, w) for g, w in gens if USED.get(g, 0) < CAPS.get(g, 10 ** 6)]
    tot = sum(w for _, w in gens)
    x = R.uniform(0, tot)
    for g, w in gens:
        x -= w
        if x <= 0:
            return g
    return gens[-1][0]


def main():
    lines = []
    target_phi = 0.45
    FIRST = [g for g, _ in PHI] + [p_hl7]
    R.shuffle(FIRST)
    while len(lines) < N_LINES:
        rem = N_LINES - len(lines)
        nphi = sum(1 for ln in lines if ln.sp)
        want_phi = nphi < target_phi * (len(lines) + 1)
        if want_phi and FIRST:
            g = FIRST.pop()
        else:
            g = wpick(PHI if want_phi else NOISE)
        blk = g()
        if len(blk) > rem:
            continue
        USED[g] = USED.get(g, 0) + 1
        lines.extend(blk)
    assert len(lines) == N_LINES
    out_log, out_lab = [], []
    for i, ln in enumerate(lines, 1):
        raw = bytes(ln.b)
        text = raw.decode("utf-8")
        assert "\n" not in text and "\r" not in text and text.strip(), (i, text)
        spans = []
        last_e = -1
        for s, e, c, v in sorted(ln.sp):
            assert raw[s:e].decode("utf-8") == v, (i, v)
            assert s >= last_e, ("overlap", i)
            last_e = e
            spans.append({"s": s, "e": e, "cat": c})
        out_log.append(text)
        out_lab.append(json.dumps({"line": i, "family": ln.fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_log))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_lab))


if __name__ == "__main__":
    main()
