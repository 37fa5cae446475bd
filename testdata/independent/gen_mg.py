#!/usr/bin/env python3
"""gen_mg.py - synthetic labeled log corpus "mg" (synthetic PHI, standard library only).

Theme: an aviation medical examiner (AME) practice ("Lakeside Aviation Medicine") and a
regional airline's ("Cascadia Regional Air", CRA) pilot and crew medical program.
Writes mg.log (500 lines) and mg.labels.jsonl next to this script. Deterministic (fixed seed).

Families: medxpress_json, medxpress_xml (one-line and pretty-printed), form8500_dump,
si_hims_csv, si_hims_track, dot_mro_feed, crewsched_log4j2 (incl. Java stack traces),
ecg_muse_xml, ecg_csv, audiometry_csv, frms_fatigue_json, exchange_msgtrack,
sharepoint_audit_json, etl_python (incl. pandas repr + tracebacks), airflow_task,
crew_fixedwidth (records + JES job messages), ame_notes, portal_nginx, ehr_audit_kv, billing_kv.

Labeling decisions:
- Subjects are the airmen/crew members (applicants, pilots, flight attendants) whose medical,
  testing, fatigue or fitness data the system holds, plus their relatives and emergency
  contacts. Crew identifiers are labeled wherever they appear, including purely operational
  scheduling lines, because every line of these logs belongs to the crew-medical data set.
- Names: every written form (First Last, "Last, First", upper case, LAST/FIRST, LAST^FIRST,
  initials + surname, lower case, file-name form Last_First) is one "name" span; middle names
  written inside the full name stay in that span; a separate middleName field is its own span.
- Not labeled: AMEs, MROs, HIMS AMEs, collectors, BATs, coordinators, schedulers and other staff
  (their names, usernames, designee/AME numbers, e-mails, phones), businesses, the clinic's and
  the airline's addresses/phones/faxes, facility and vendor data, aircraft registrations,
  flight/pairing numbers, clinic equipment serials (ECG cart, audiometer, breath-alcohol EBT),
  internal 10.x IPs, message IDs, trace/span IDs, UUIDs of audit events, batch and job IDs.
- license: airman certificate numbers, medical certificate serial numbers, SODA serials and
  driver's licence numbers of the subject.
- other_id: MedXPress confirmation numbers, FAA PI numbers, SI/HIMS case numbers, DOT CCF
  specimen IDs, FRMS fatigue report IDs, crew employee numbers, the subject's own portal
  usernames, EHR encounter numbers, when they identify one subject.
- mrn: the AME practice chart number (also used as PatientID by the ECG and audiometry devices).
- account: patient billing accounts at the practice and payment card numbers (a logged last-4
  of the subject's card is labeled too).
- health_plan: the subject's insurer member/subscriber IDs (EAP/HIMS treatment billing).
- device: serials of a subject's own medical devices (CPAP, CGM, insulin pump, hearing aid,
  pacemaker); vehicle: plates and VINs in DUI/motor-vehicle history.
- date: dates tied to the subject (birth, exam, service, collection, verification, issuance and
  expiry of the subject's medical/authorisation, fatigue event date, last-application month);
  never log/record timestamps, file-generation dates, calibration dates or the year alone.
- age: only ages over 89 (e.g. a parent's age in family history); younger ages are not labeled.
- address: street line and city are separate "address" spans; state is not labeled; ZIP is "zip".
- ip: a subject's own public IP (portal access, MedXPress submission); url: personal web URLs.
- photo: base64 JPEG of the subject; biometric: base64 fingerprint template of the donor.
- A value is labeled each time it appears (also inside URLs, file names and subjects).
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import unicodedata

SEED = 2021_0521
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "mg"
N_LINES = 500


# --------------------------------------------------------------------------- line builder
class B:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []

    def t(self, s):
        self.buf += s.encode("utf-8")
        return self

    def p(self, s, cat):
        s = str(s)
        st = len(self.buf)
        self.buf += s.encode("utf-8")
        self.spans.append((st, len(self.buf), cat, s))
        return self

    def seq(self, parts):
        for x in parts:
            if isinstance(x, P):
                self.p(x.v, x.cat)
            else:
                self.t(x)
        return self


class P:
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class S(list):
    """A JSON string value made of text parts and P parts."""


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jemit(b, o, sp=False):
    cs, ks = (", ", ": ") if sp else (",", ":")
    if isinstance(o, dict):
        b.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                b.t(cs)
            b.t(json.dumps(k) + ks)
            jemit(b, v, sp)
        b.t("}")
    elif isinstance(o, list) and not isinstance(o, S):
        b.t("[")
        for i, v in enumerate(o):
            if i:
                b.t(cs)
            jemit(b, v, sp)
        b.t("]")
    elif isinstance(o, S):
        b.t('"')
        for x in o:
            if isinstance(x, P):
                assert jesc(str(x.v)) == str(x.v), x.v
                b.p(x.v, x.cat)
            else:
                b.t(jesc(x))
        b.t('"')
    elif isinstance(o, P):
        if isinstance(o.v, str):
            assert jesc(o.v) == o.v, o.v
            b.t('"').p(o.v, o.cat).t('"')
        else:
            b.p(str(o.v), o.cat)
    else:
        b.t(json.dumps(o, ensure_ascii=False))


# --------------------------------------------------------------------------- data pools
FIRST = ["James", "Maria", "Adewale", "Chidi", "Mei-Ling", "Hiroshi", "Priya", "Aarav", "Fatima",
         "Oluwaseun", "Siobhan", "Zoë", "Łukasz", "Ingrid", "Björn", "José", "Ana Lucía", "Minh",
         "Thi Lan", "Kwame", "Aisha", "Dmitri", "Svetlana", "Rafael", "Camille", "Mateo", "Sofía",
         "Tariq", "Yusuf", "Eleni", "Giorgos", "Kenji", "Haruka", "Jae-won", "Seo-yeon", "Emeka",
         "Ngozi", "Liam", "Aoife", "Pedro", "Inês", "Rahul", "Anjali", "Tomasz", "Agnieszka",
         "Omar", "Layla", "Henrik", "Astrid", "Jean-Luc", "Marie-Claire", "Darnell", "Keisha",
         "Connor", "Madison", "Tyler", "Brittany", "Wei", "Xiaoling", "Santiago", "Valentina",
         "Kofi", "Amara", "Hamid", "Parisa", "Ayşe", "Mehmet", "Dakota", "Nadia", "Bartholomew",
         "Chloé", "Rosalind", "Tevita", "Leilani", "Ikaika", "Gwendolyn", "Ruth", "Elijah"]
MIDDLE = ["", "", "", "A", "J", "Marie", "Lee", "R", "Ann", "Oluwatobi", "K", "Elena", "T",
          "Xavier", "M", "Grace", "D", "Ifeoma", "Louise", "S"]
LAST = ["García-López", "Nguyễn", "O'Neill", "McAllister", "van der Berg", "de la Cruz",
        "Okonkwo", "Balogun", "Wojciechowski", "Kowalczyk", "Dimitriou", "Papadopoulos",
        "Tanaka", "Yamamoto", "Kim", "Park", "Patel", "Sharma", "Chatterjee", "Al-Hashimi",
        "El-Amin", "Haddad", "Johansson", "Lindqvist", "Müller", "Schröder", "Rossi", "Esposito",
        "Fernández", "Núñez", "Silva", "Santos", "Ferreira", "Mensah", "Asante", "Ivanova",
        "Petrov", "Kuznetsov", "Murphy", "Fitzgerald", "Washington", "Smith", "Johnson",
        "Williams", "Brown", "Miller", "Davis", "Rodríguez", "Hernandez", "Lopez", "Wilson",
        "Anderson", "Thompson", "Harris", "Robinson", "Walker", "Young", "Wright", "Torres",
        "Flores", "Rivera", "Mitchell", "Carter", "Yılmaz", "Demir", "Chen", "Wang", "Liu",
        "Zhang", "Huang", "Delacroix", "Lefebvre", "St. Pierre", "Ben-David", "Cohen",
        "Abernathy-Cole", "Whitehorse", "Nakamura-Price", "Diallo", "Traoré", "Kaur", "Singh",
        "Reyes", "Bautista", "Zhou", "Fonoti", "Kahananui", "MacLeod", "D'Souza", "Vu",
        "Oyelaran-Smith", "dos Santos", "von Hagen", "Le"]
STREETS = ["Elm St", "Oak Hollow Dr", "N MacArthur Blvd", "Valley View Ln", "SW 152nd St",
           "Maple Ave", "Cedar Ridge Ct", "E Lake Sammamish Pkwy SE", "Willow Bend Rd",
           "Jefferson St NE", "Via del Sol", "Prairie Rose Trl", "Old Denton Rd", "Calle Loíza",
           "Harbor Pointe Dr", "County Road 1120", "Bluebonnet Cir", "W Diversey Pkwy",
           "Kingfisher Way", "Rue Saint-Denis", "Hillcrest Dr Apt 4B", "Ponderosa Pine Ln Unit 12"]
CITIES = [("Irving", "TX", "75062"), ("Grapevine", "TX", "76051"), ("Coppell", "TX", "75019"),
          ("Keller", "TX", "76248"), ("Des Plaines", "IL", "60016"),
          ("Elk Grove Village", "IL", "60007"), ("Renton", "WA", "98057"), ("Kent", "WA", "98032"),
          ("Federal Way", "WA", "98003"), ("Aurora", "CO", "80012"), ("Parker", "CO", "80134"),
          ("Eagan", "MN", "55121"), ("Bloomington", "MN", "55425"), ("Sandy", "UT", "84070"),
          ("Fort Mill", "SC", "29715"), ("Matthews", "NC", "28105"), ("Mooresville", "NC", "28117"),
          ("Saint Paul", "MN", "55105"), ("Coeur d'Alene", "ID", "83814"), ("San Juan", "PR", "00907"),
          ("Hialeah", "FL", "33012"), ("Las Cruces", "NM", "88001"), ("Bellevue", "WA", "98004"),
          ("Kapolei", "HI", "96707"), ("Flower Mound", "TX", "75028"), ("Arlington Heights", "IL", "60004")]
AREA = ["972", "214", "817", "469", "847", "630", "425", "206", "253", "303", "720", "651",
        "952", "801", "704", "980", "787", "305", "575", "808", "312"]
MAILDOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "proton.me",
           "comcast.net", "aol.com"]
BASES = ["DFW", "ORD", "SEA", "DEN", "MSP", "SLC", "CLT"]
MEDS = [("lisinopril", "10 mg"), ("sertraline", "50 mg"), ("atorvastatin", "20 mg"),
        ("metformin", "500 mg"), ("levothyroxine", "75 mcg"), ("escitalopram", "10 mg"),
        ("losartan", "50 mg"), ("tamsulosin", "0.4 mg"), ("omeprazole", "20 mg"),
        ("fluticasone nasal", "50 mcg")]
CONDITIONS = [("OSA", "CACI-OSA"), ("Hypertension", "CACI-HTN"), ("Alcohol use disorder", "HIMS"),
              ("SSRI (depression)", "HIMS-SSRI"), ("Coronary artery disease", "SI-CAD"),
              ("Type 2 diabetes on insulin", "ITDM"), ("Atrial fibrillation", "SI-AFIB"),
              ("Kidney stone", "SI-RENAL"), ("ADHD history", "SI-NEUROPSYCH")]
NEXT_ITEM = {"CACI-OSA": "CPAP compliance report", "CACI-HTN": "BP log + treating MD letter",
             "HIMS": "Monthly peer monitor report", "HIMS-SSRI": "Psychiatrist status report",
             "SI-CAD": "Stress test + cardiology eval", "ITDM": "A1c + CGM download",
             "SI-AFIB": "Holter + echo", "SI-RENAL": "Renal ultrasound", "SI-NEUROPSYCH": "Neuropsych testing report"}
AMES = [("Margaret", "Holloway", "mholloway", "12487"), ("Rajesh", "Venkataraman", "rvenkataraman", "30911"),
        ("Anneliese", "Vogt", "avogt", "22650"), ("Samuel", "Osei", "sosei", "41873")]
STAFF = [("Karen", "Obi", "k.obi"), ("Jordan", "Whitfield", "j.whitfield"), ("Priscilla", "Tanui", "p.tanui"),
         ("Marcus", "Lindgren", "m.lindgren"), ("Dolores", "Achebe", "d.achebe"), ("Ravi", "Menon", "r.menon")]
CO_DOM = "cascadiaregional.aero"
AME_DOM = "lakesideavmed.com"


def hexd(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexd(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:32]}"


def ascii_fold(s):
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def gen_ssn():
    while True:
        a = rng.randint(1, 899)
        if a == 666 or a == 78:
            continue
        g = rng.randint(1, 99)
        s = rng.randint(1, 9999)
        if (a, g, s) == (219, 9, 9999) or (a, g, s) == (123, 45, 6789):
            continue
        return f"{a:03d}-{g:02d}-{s:04d}"


def luhn_card(prefix, length=16):
    digits = [int(c) for c in prefix]
    while len(digits) < length - 1:
        digits.append(rng.randint(0, 9))
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    digits.append((10 - total % 10) % 10)
    return "".join(map(str, digits))


VIN_MAP = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7,
           "H": 8, "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4,
           "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def gen_vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(rng.choice(["1FT", "1G1", "2T1", "3VW", "5YJ", "JTD", "1HG", "KMH"]) +
             "".join(rng.choice(al) for _ in range(5)) + "0" + rng.choice("KLMNPR") +
             rng.choice("ABCDEFGH") + "".join(rng.choice("0123456789") for _ in range(6)))
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W)) % 11
    v[8] = "X" if s == 10 else str(s)
    return "".join(v)


def fdate(d, style=None):
    style = style or rng.choice(["iso", "us", "eu", "dmon_up", "long", "compact", "us_short",
                                 "dmon", "usdash"])
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "eu":
        return d.strftime("%d.%m.%Y")
    if style == "dmon_up":
        return d.strftime("%d-%b-%Y").upper()
    if style == "long":
        return f"{d.strftime('%B')} {d.day}, {d.year}"
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "us_short":
        return f"{d.month}/{d.day}/{d.strftime('%y')}"
    if style == "dmon":
        return d.strftime("%d %b %Y")
    if style == "usdash":
        return d.strftime("%m-%d-%Y")
    raise ValueError(style)


def fphone(num, style=None):
    a, b, c = num[:3], num[3:6], num[6:]
    style = style if style is not None else rng.randrange(6)
    return [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}{b}{c}", f"+1 {a} {b} {c}", f"{a}.{b}.{c}",
            f"+1-{a}-{b}-{c}"][style]


class Person:
    def __init__(self):
        r = rng
        self.first = r.choice(FIRST)
        self.last = r.choice(LAST)
        self.middle = r.choice(MIDDLE)
        self.sex = r.choice("MF")
        self.dob = dt.date(r.randint(1958, 2002), r.randint(1, 12), r.randint(1, 28))
        self.ssn = gen_ssn()
        self.street = f"{r.randint(12, 19870)} {r.choice(STREETS)}"
        self.city, self.state, self.zip = r.choice(CITIES)
        self.phone = r.choice(AREA) + str(r.randint(200, 989)) + f"{r.randint(0, 9999):04d}"
        self.fax = r.choice(AREA) + str(r.randint(200, 989)) + f"{r.randint(0, 9999):04d}"
        fl, ll = ascii_fold(self.first).lower().replace(" ", ""), ascii_fold(self.last).lower().replace(" ", "").replace("'", "")
        self.email = r.choice([f"{fl}.{ll}", f"{fl[0]}{ll}{r.randint(1, 99)}", f"{ll}.{fl}",
                               f"capt.{ll}", f"{fl}{self.dob.year % 100:02d}", f"fly{ll}"]) + "@" + r.choice(MAILDOM)
        self.user = r.choice([f"{fl[0]}{ll}{self.dob.year % 100:02d}", f"{ll}.{fl}", f"{fl}_{ll[:4]}",
                              f"{ll}{r.randint(10, 999)}"])
        self.airman = str(r.randint(1000000, 9999999)) if r.random() < 0.6 else str(r.randint(2000000000, 3999999999))
        self.medser = f"{r.randint(1, 9999999):07d}" if r.random() < 0.5 else f"{r.choice('ABCDEFGH')}{r.randint(100000, 999999)}"
        self.emp = str(r.randint(10200, 88999))
        self.conf = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
        self.pi = str(r.randint(100000, 1999999))
        self.base = r.choice(BASES)
        self.seat = r.choice(["CA", "FO", "FO", "FA"])
        self.chart = f"{r.randint(100, 99999):06d}"
        self.acct = f"PA-{r.randint(1000, 99999):07d}"
        self.cond = r.choice(CONDITIONS)
        self.case = f"{'HIMS' if 'HIMS' in self.cond[1] else 'SI'}-{r.choice([2022, 2023, 2024])}-{r.randint(1, 999):05d}"
        self.ip = f"{r.choice([73, 98, 174, 24, 67, 71, 76, 99, 108, 172, 184])}.{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(1, 254)}"
        self.exam = dt.date(2024, 5, 14) - dt.timedelta(days=r.choice([0, 0, 0, 1, 2, 6, 13, 27, 60]))
        self.medexp = dt.date(self.exam.year + (1 if self.seat != "FA" else 2), self.exam.month, 28)
        self.spouse = (r.choice(FIRST), self.last if r.random() < 0.6 else r.choice(LAST))
        self.dl = r.choice([f"{r.randint(10000000, 49999999)}", f"{r.choice('ABDFGKLMNPRSTW')}{r.randint(100, 999)}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
                            f"WDL{''.join(r.choice('ABCDEFGHJKLMNPQRSTVWXYZ0123456789') for _ in range(9))}"])
        self.plate = r.choice([f"{''.join(r.choice('BCDFGHJKLMNPRSTVWXYZ') for _ in range(3))}-{r.randint(1000, 9999)}",
                               f"{r.randint(1, 9)}{''.join(r.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(3))}{r.randint(100, 999)}",
                               f"{''.join(r.choice('BCDFGHJKLMNPRSTVWXYZ') for _ in range(2))}{r.randint(1, 9)} {r.randint(1000, 9999)}"])
        self.vin = gen_vin()
        self.hp = r.choice([f"W{r.randint(100000000, 999999999)}", f"XGP{r.randint(100000000, 999999999)}",
                            f"9{r.randint(10000000, 99999999)}01", f"ZCA{r.randint(10000000, 99999999)}"])
        self.card = luhn_card(r.choice(["4", "51", "55", "37"]), 15 if False else 16)

    def name(self, style=None):
        f, l, m = self.first, self.last, self.middle
        style = style or rng.choice(["fl", "lf", "LF", "lfm", "fml", "il", "lower", "LFsp", "fl", "lf"])
        if style == "fl":
            return f"{f} {l}"
        if style == "lf":
            return f"{l}, {f}"
        if style == "LF":
            return f"{l.upper()}, {f.upper()}"
        if style == "lfm":
            return f"{l}, {f} {m[0]}." if m else f"{l}, {f}"
        if style == "fml":
            return f"{f} {m} {l}" if m else f"{f} {l}"
        if style == "il":
            return f"{f[0]}. {l}"
        if style == "lower":
            return f"{f} {l}".lower()
        if style == "LFsp":
            return f"{l.upper()} {f.upper()}"
        if style == "slash":
            return f"{l.upper()}/{f.upper()}"
        if style == "hl7":
            return f"{l.upper()}^{f.upper()}"
        if style == "file":
            return f"{ascii_fold(l).replace(' ', '').replace(chr(39), '')}_{ascii_fold(f).replace(' ', '')}"
        raise ValueError(style)


POOL = []


def person():
    if POOL and rng.random() < 0.42:
        return rng.choice(POOL)
    pp = Person()
    POOL.append(pp)
    return pp


def pilot():
    pils = [x for x in POOL if x.seat != "FA"]
    if pils and rng.random() < 0.42:
        return rng.choice(pils)
    while True:
        pp = Person()
        POOL.append(pp)
        if pp.seat != "FA":
            return pp


def ame():
    return rng.choice(AMES)


def staff():
    return rng.choice(STAFF)


def dprev(days_lo, days_hi, ref=dt.date(2024, 5, 14)):
    return ref - dt.timedelta(days=rng.randint(days_lo, days_hi))


def iso_ms(ts):
    return ts.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ts.microsecond // 1000:03d}Z"


def pairing():
    return f"{rng.choice('DRT')}{rng.randint(1000, 4999)}"


def flight():
    return f"CRA{rng.randint(3001, 4999)}"


# --------------------------------------------------------------------------- families
def g_mxp_json(ts, phi):
    b = B("medxpress_json")
    if not phi:
        v = rng.randrange(4)
        if v == 0:
            obj = {"level": "info", "ts": iso_ms(ts), "logger": "mxp.import", "msg": "batch imported",
                   "batchId": f"MXP-{ts:%Y%m%d}-{rng.randint(1, 999):04d}", "records": rng.randint(3, 40),
                   "rejected": rng.choice([0, 0, 0, 1, 2]), "durationMs": rng.randint(800, 9000),
                   "sha256": hexd(64)}
        elif v == 1:
            obj = {"level": "warn", "ts": iso_ms(ts), "logger": "mxp.client", "msg": "retrying export download",
                   "attempt": rng.randint(2, 4), "maxAttempts": 5, "backoffMs": rng.choice([2000, 4000, 8000]),
                   "endpoint": "https://amcs-gw.internal:8443/api/v3/exports", "httpStatus": rng.choice([502, 503, 504])}
        elif v == 2:
            obj = {"event": "schema.validate", "schemaVersion": "8500-8/2023-06", "errors": 0,
                   "warnings": rng.randint(0, 5), "traceId": hexd(32), "spanId": hexd(16), "elapsed": f"{rng.randint(3, 90)}ms"}
        else:
            obj = {"level": "info", "ts": iso_ms(ts), "logger": "mxp.poller", "msg": "no new applications",
                   "cursor": f"{rng.randint(10**11, 10**12)}", "nextPollSec": 300, "version": "3.14.2+build.887"}
        jemit(b, obj, sp=rng.random() < 0.3)
        return [b]
    p = pilot()
    app = {"firstName": P(p.first, "name"), "lastName": P(p.last, "name")}
    if p.middle:
        app["middleName"] = P(p.middle, "name")
    if rng.random() < 0.7:
        app["ssn"] = P(p.ssn if rng.random() < 0.6 else p.ssn.replace("-", ""), "ssn")
    else:
        app["ssnDeclined"] = True
    app["dateOfBirth"] = P(fdate(p.dob, rng.choice(["iso", "us"])), "date")
    app["address"] = {"street1": P(p.street, "address"), "city": P(p.city, "address"),
                      "state": p.state, "postalCode": P(p.zip, "zip"), "country": "USA"}
    app["phoneNumber"] = P(fphone(p.phone), "phone")
    if rng.random() < 0.8:
        app["email"] = P(p.email, "email")
    app.update({"hairColor": rng.choice(["BROWN", "BLACK", "BLOND", "GRAY", "RED", "BALD"]),
                "eyeColor": rng.choice(["BROWN", "BLUE", "HAZEL", "GREEN"]), "sex": p.sex})
    obj = {"confirmationNumber": P(p.conf, "other_id"), "applicationType": "MEDICAL_CERTIFICATE",
           "classRequested": rng.choice(["FIRST", "FIRST", "SECOND", "THIRD"]),
           "submittedDateTime": iso_ms(ts - dt.timedelta(days=rng.randint(1, 20))), "applicant": app}
    if p.seat != "FA":
        obj["airmanCertificates"] = [{"type": rng.choice(["AIRLINE_TRANSPORT", "COMMERCIAL"]),
                                      "number": P(p.airman, "license")}]
    obj["occupation"] = "PILOT" if p.seat != "FA" else "FLIGHT ATTENDANT"
    obj["employer"] = "Cascadia Regional Air"
    obj["totalPilotTime"] = rng.randint(350, 21000)
    if rng.random() < 0.7:
        obj["lastApplicationDate"] = P(fdate(dprev(180, 400), "iso"), "date")
    if rng.random() < 0.6:
        m = rng.choice(MEDS)
        obj["medications"] = [{"name": m[0], "dose": m[1], "previouslyReported": rng.random() < 0.5}]
    hist = {k: "N" for k in "abcdefghijklmnopqrstuvwxy"[:rng.randint(6, 25)]}
    if rng.random() < 0.5:
        hist["h"] = "Y"
    obj["medicalHistory"] = hist
    if rng.random() < 0.6:
        a = ame()
        obj["healthProfessionalVisits"] = [{"date": P(fdate(dprev(30, 900), "iso"), "date"),
                                             "provider": f"Dr. {rng.choice(['Farah Qureshi', 'Tom Brandt', 'Lucía Ortega', 'Ben Adeyemi'])}",
                                             "reason": rng.choice(["annual physical", "sleep study", "kidney stone ER visit", "counseling"])}]
    if rng.random() < 0.3:
        obj["submitterIp"] = P(p.ip, "ip")
    jemit(b, obj, sp=rng.random() < 0.3)
    return [b]


def g_mxp_xml(ts, phi, allow_multi=True):
    if not phi:
        b = B("medxpress_xml")
        v = rng.randrange(3)
        if v == 0:
            n = rng.randint(2, 30)
            b.t(f'<ImportAck batch="MXP-{ts:%Y%m%d}-{rng.randint(1, 999):04d}" received="{n}" accepted="{n}" rejected="0" ts="{ts:%Y-%m-%dT%H:%M:%S}"/>')
        elif v == 1:
            b.t(f'<Heartbeat node="amcs-gw0{rng.randint(1, 3)}" seq="{rng.randint(100000, 999999)}" status="OK" latencyMs="{rng.randint(4, 250)}"/>')
        else:
            b.t(f'<Fault code="AMCS-{rng.choice([1103, 2201, 4090])}" severity="WARN"><Message>Signature timestamp skew {rng.randint(1, 40)}s exceeds tolerance; resync NTP</Message><Host>lake-int01</Host></Fault>')
        return [b]
    p = pilot()
    if allow_multi and rng.random() < 0.14:
        # pretty printed export stored by the shipper one physical line at a time
        out = []
        dob = fdate(p.dob, "us")

        def ln(parts):
            bb = B("medxpress_xml")
            bb.seq(parts)
            out.append(bb)
        ln([f'<MedXPressApplication xmlns="urn:faa:amcs:medxpress:v3" confirmationNumber="', P(p.conf, "other_id"), '" status="SUBMITTED">'])
        ln(["  <Applicant>"])
        ln(["    <Name><Last>", P(p.last, "name"), "</Last><First>", P(p.first, "name"), "</First></Name>"])
        ln(["    <DOB>", P(dob, "date"), "</DOB>"])
        ln(["    <Address><Street>", P(p.street, "address"), "</Street><City>", P(p.city, "address"),
            f"</City><State>{p.state}</State><Zip>", P(p.zip, "zip"), "</Zip></Address>"])
        ln(["  </Applicant>"])
        m = rng.choice(MEDS)
        ln([f'  <Item17><Medication name="{m[0]}" dose="{m[1]}" reported="Y"/></Item17>'])
        ln(["</MedXPressApplication>"])
        return out
    b = B("medxpress_xml")
    b.t(f'<MedXPressApplication xmlns="urn:faa:amcs:medxpress:v3" confirmationNumber="').p(p.conf, "other_id")
    b.t('" status="SUBMITTED"><Applicant><Name><Last>').p(p.last.upper(), "name").t("</Last><First>").p(p.first.upper(), "name").t("</First>")
    if p.middle:
        b.t("<Middle>").p(p.middle.upper(), "name").t("</Middle>")
    b.t("</Name>")
    if rng.random() < 0.6:
        b.t("<SSN>").p(p.ssn, "ssn").t("</SSN>")
    b.t("<DOB>").p(fdate(p.dob, "us"), "date").t("</DOB><Address><Street>").p(p.street, "address")
    b.t("</Street><City>").p(p.city, "address").t(f"</City><State>{p.state}</State><Zip>").p(p.zip, "zip").t("</Zip></Address>")
    b.t("<Phone>").p(fphone(p.phone, 2), "phone").t("</Phone>")
    if rng.random() < 0.3:
        b.t("<Fax>").p(fphone(p.fax, 1), "fax").t("</Fax>")
    if rng.random() < 0.35:
        img = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00\xff\xdb\x00C\x00" + bytes(rng.randrange(256) for _ in range(rng.randint(90, 150)))
        b.t('<ApplicantPhoto mime="image/jpeg" encoding="base64">').p(base64.b64encode(img).decode(), "photo").t("</ApplicantPhoto>")
    b.t("</Applicant>")
    if p.seat != "FA":
        b.t('<Item10 type="ATP" certNo="').p(p.airman, "license").t('"/>')
    b.t(f"<Item12>Cascadia Regional Air</Item12><Item14 total=\"{rng.randint(400, 19000)}\" last6mo=\"{rng.randint(0, 500)}\"/></MedXPressApplication>")
    return [b]


def g_8500(ts, phi):
    b = B("form8500_dump")
    if not phi:
        v = rng.randrange(3)
        if v == 0:
            b.t(f"8500-8 SCHEMA v2023.06 fields=64 required=41 crc32={hexd(8).upper()} loaded_from=/opt/amcs/schema/8500-8.xsd")
        elif v == 1:
            item = rng.choice([("I55", "NNN/NNN", "60-250/30-150"), ("I21", "NN", "48-90"), ("I22", "NNN", "80-450"),
                               ("I50", "20/NNN", "20/10-20/800"), ("I56", "NNN", "30-200")])
            b.t(f"FLD {item[0]} fmt={item[1]} range={item[2]} mandatory=Y edit=E{rng.randint(100, 999)}")
        else:
            b.t(f"8500-8 TX SUMMARY ame={rng.choice(AMES)[3]} transmitted={rng.randint(3, 25)} deferred={rng.randint(0, 3)} denied=0 pending_ecg={rng.randint(0, 4)} elapsed={rng.randint(2, 40)}.{rng.randint(0, 999):03d}s")
        return [b]
    p = pilot()
    a = ame()
    if rng.random() < 0.7:
        b.t("8500-8|CONF=").p(p.conf, "other_id").t("|I03=").p(p.name("LF") if rng.random() < 0.7 else p.name("LFsp"), "name")
        if rng.random() < 0.7:
            b.t("|I04=").p(p.ssn.replace("-", "") if rng.random() < 0.4 else p.ssn, "ssn")
        b.t("|I05=").p(p.street.upper(), "address").t(", ").p(p.city.upper(), "address").t(f", {p.state} ").p(p.zip, "zip")
        b.t("|I06=").p(fdate(p.dob, "us"), "date").t(f"|I09={p.sex}")
        if p.seat != "FA":
            b.t("|I10=ATP#").p(p.airman, "license")
        b.t(f"|I14={rng.randint(400, 19000)}|I15=").p(dprev(200, 500).strftime("%m/%Y"), "date")
        b.t(f"|I21={rng.randint(60, 77)}|I22={rng.randint(120, 260)}|I55={rng.randint(104, 150)}/{rng.randint(62, 95)}|I56={rng.randint(48, 96)}")
        b.t("|I58=").p(fdate(p.exam, "us"), "date")
        b.t(f"|I64={a[3]} {a[1].upper()}, {a[0].upper()}|DISP={rng.choice(['ISSUED', 'ISSUED', 'DEFERRED'])}|CLASS={rng.choice('123')}")
        if rng.random() < 0.5:
            b.t("|MEDSER=").p(p.medser, "license")
    else:
        v = rng.randrange(3)
        if v == 0:
            b.t("FLD I18V conf=").p(p.conf, "other_id").t(" ans=Y expl='DWI ").p(fdate(dprev(2000, 4000), "us"), "date")
            b.t(", DL ").p(p.dl, "license").t(f" ({p.state}) suspended 90 days, plate ").p(p.plate, "vehicle").t(" impounded; NDR match'")
        elif v == 1:
            b.t("FLD I17 conf=").p(p.conf, "other_id").t(f" med='{rng.choice(MEDS)[0]}' since=").p(dprev(100, 1500).strftime("%m/%Y"), "date").t(" prescriber='Dr. Lucía Ortega' reported_prev=N")
        else:
            b.t("FLD I24 conf=").p(p.conf, "other_id").t(" soda_serial=").p(f"SODA-{rng.randint(100000, 999999)}", "license").t(" defect='monocular vision, OS' issued=").p(fdate(dprev(900, 4000), "iso"), "date")
    return [b]


SI_HDR_DONE = [False]


def g_si_csv(ts, phi):
    b = B("si_hims_csv")
    if not phi:
        v = rng.randrange(2)
        if v == 0 or not SI_HDR_DONE[0]:
            SI_HDR_DONE[0] = True
            b.t("case_no,pi_no,airman_name,dob,condition,protocol,class,auth_letter_dt,auth_exp_dt,hims_ame,next_item_due,status")
        else:
            b.t(f"# export si_cases_{ts:%Y%m%d}.csv rows={rng.randint(300, 480)} open={rng.randint(200, 330)} closed_ytd={rng.randint(20, 90)} generated_by=sitrack 4.2.1")
        return [b]
    p = pilot()
    a = ame()
    b.p(p.case, "other_id").t(",").p(p.pi, "other_id").t(',"').p(p.name(rng.choice(["lf", "LF", "lfm"])), "name").t('",')
    b.p(fdate(p.dob, "iso"), "date").t(f",{p.cond[0]},{p.cond[1]},{rng.choice('123')},")
    auth = dprev(20, 700)
    b.p(fdate(auth, "iso"), "date").t(",").p(fdate(auth + dt.timedelta(days=rng.choice([365, 365, 180, 730])), "iso"), "date")
    b.t(f",Dr. {a[0]} {a[1]},{NEXT_ITEM[p.cond[1]]},{rng.choice(['OPEN', 'OPEN', 'PENDING_FAA', 'OVERDUE'])}")
    return [b]


def g_si_track(ts, phi):
    b = B("si_hims_track")
    pre = f"{ts:%b %d %H:%M:%S} lake-app02 sitrack[{rng.randint(1800, 4200)}]: "
    b.t(pre.replace(" 0", "  ", 1) if ts.day < 10 else pre)
    if not phi:
        b.t(rng.choice([f"nightly reminder job: {rng.randint(10, 60)} items due within 30 days, {rng.randint(0, 9)} overdue, mail queued={rng.randint(10, 70)}",
                        f"sync with AMCS status endpoint ok (HTTP 200, {rng.randint(80, 900)} ms, etag W/\"{hexd(12)}\")",
                        f"template 'HIMS_monthly_v7.docx' cache refreshed sha1={hexd(40)}",
                        "config reload: reminder.leadDays=30 reminder.escalateDays=7 smtp.relay=mail.lakesideavmed.com:587"]))
        return [b]
    p = pilot()
    v = rng.randrange(5)
    if v == 4:
        b.t("case=").p(p.case, "other_id").t(" event=PEER_MONITOR_NOTE flagged public post url=").p(rng.choice([f"https://www.facebook.com/{ascii_fold(p.first).lower().replace(' ', '')}.{ascii_fold(p.last).lower().replace(' ', '').replace(chr(39), '')}.{rng.randint(10, 99)}", f"https://x.com/{p.user}", f"https://{ascii_fold(p.last).lower().replace(' ', '').replace(chr(39), '')}aviation.blogspot.com/2024/05/layover.html"]), "url").t(" action=HIMS_AME_REVIEW")
    elif v == 0:
        b.t("case=").p(p.case, "other_id").t(" pi=").p(p.pi, "other_id").t(f" event=MONITOR_REPORT_RECEIVED source=peer_monitor next_due=").p(fdate(dt.date(2024, 6, 14), "iso"), "date")
    elif v == 1:
        b.t("case=").p(p.case, "other_id").t(' airman="').p(p.name("LF"), "name").t('" status OPEN->PENDING_FAA letter_dt=').p(fdate(dprev(0, 10), "us"), "date")
    elif v == 2:
        b.t("WARN overdue item case=").p(p.case, "other_id").t(f" item='{NEXT_ITEM[p.cond[1]]}' due=").p(fdate(dprev(1, 30), "iso"), "date").t(" notify=").p(p.email, "email")
    else:
        typ, ser = rng.choice([("CPAP", str(rng.randint(22000000000, 23999999999))), ("INSULIN_PUMP", f"NG{rng.randint(1000000, 9999999)}H"),
                               ("PACEMAKER", f"PJN{rng.randint(100000, 999999)}S"), ("CGM", f"{hexd(2).upper()}{rng.randint(10000000, 99999999)}")])
        b.t("device registered case=").p(p.case, "other_id").t(f" type={typ} serial=").p(ser, "device").t(" owner_pi=").p(p.pi, "other_id")
    return [b]


def g_dot(ts, phi):
    b = B("dot_mro_feed")
    if not phi:
        v = rng.randrange(4)
        if v == 0:
            b.t(f"RANDOM|POOL=FAA-CRA-SAFETY|PERIOD=2024-Q2|ELIGIBLE={rng.randint(1700, 1900)}|DRUG_RATE=25%|ALC_RATE=10%|DRUG_SEL={rng.randint(100, 130)}|ALC_SEL={rng.randint(40, 55)}|SEED={hexd(16)}|RUN_BY=tpa-batch")
        elif v == 1:
            b.t(f"CLEARINGHOUSE|QUERY_BATCH={ts:%Y%m%d}-{rng.randint(1, 9)}|TYPE=LIMITED|COUNT={rng.randint(10, 80)}|HITS=0|CONSENTS_PENDING={rng.randint(0, 5)}|RESP_MS={rng.randint(200, 3000)}")
        elif v == 2:
            rc, nn = rng.randint(20, 90), rng.randint(0, 2)
            b.t(f"LABSTAT|LAB=Quest Diagnostics Lenexa KS|RECEIVED={rc}|NEG={rc - nn}|NONNEG={nn}|REJECTED=0|TAT_H_AVG={rng.randint(18, 40)}.{rng.randint(0, 9)}")
        else:
            b.t(f"EBT|DEVICE=Intoximeters EC/IR II|SN={rng.randint(10000, 99999)}|CAL_CHECK=PASS|REF=0.040|READ=0.04{rng.randint(0, 2)}|SITE=DFW Hangar 5 collection room|BAT=Renee Castillo")
        return [b]
    p = person()
    v = rng.randrange(3)
    if v < 2:
        b.t("MROFEED|V2|CCF=").p(str(rng.randint(1000000, 9999999)) if rng.random() < 0.6 else f"{rng.choice('ABCX')}{rng.randint(1000000, 9999999)}", "other_id")
        b.t("|DONOR=").p(p.name("hl7"), "name")
        if rng.random() < 0.5:
            b.t("|DONOR_ID=").p(p.ssn.replace("-", ""), "ssn")
        else:
            b.t("|DONOR_ID=").p(p.emp, "other_id")
        b.t(f"|EMPLOYER=CASCADIA REGIONAL AIR|DOT_AGENCY=FAA|REASON={rng.choice(['RANDOM', 'RANDOM', 'PRE-EMPLOYMENT', 'POST-ACCIDENT', 'RETURN-TO-DUTY', 'FOLLOW-UP'])}|COLL_DT=")
        coll = dprev(2, 9)
        b.p(fdate(coll, "compact"), "date").t(f"|COLL_SITE=Concentra DFW Airport|LAB=Quest Lenexa|RESULT=")
        res = rng.choice(["NEGATIVE", "NEGATIVE", "NEGATIVE", "NEGATIVE-DILUTE", "POSITIVE", "CANCELLED", "REFUSAL-ADULTERATED"])
        b.t(res)
        if res == "POSITIVE":
            b.t(f"|ANALYTE={rng.choice(['THC', 'AMPHETAMINE', 'OXYCODONE'])}|SAP_REFERRAL=Y")
        b.t("|MRO=FELD, LAWRENCE DO|VERIFIED_DT=").p(fdate(coll + dt.timedelta(days=rng.randint(1, 4)), "compact"), "date")
    else:
        b.t(f"BAT|TEST_NO={rng.randint(1, 9999):04d}|DEVICE_SN={rng.randint(10000, 99999)}|DONOR=\"").p(p.name("fl"), "name").t("\"|EMP=").p(p.emp, "other_id")
        b.t(f"|SCREEN=0.0{rng.randint(0, 3)}{rng.randint(0, 9)}|CONFIRM=")
        if rng.random() < 0.3:
            b.t(f"0.0{rng.randint(2, 4)}{rng.randint(0, 9)}")
        b.t("|ID_VERIFY=fingerprint|FP_TEMPLATE=")
        tpl = b"FMR\x00 20\x00" + bytes(rng.randrange(256) for _ in range(rng.randint(40, 70)))
        b.p(base64.b64encode(tpl).decode(), "biometric").t("|BAT_NAME=Renee Castillo")
    return [b]


JAVA_LOGGERS_NOISE = ["o.s.b.w.embedded.tomcat.TomcatWebServer", "com.zaxxer.hikari.HikariDataSource",
                      "o.a.k.c.c.internals.ConsumerCoordinator", "c.c.crew.legality.Far117LegalityEngine",
                      "c.c.crew.roster.RosterPublisher", "c.c.crew.sched.PairingCacheRefresher",
                      "o.s.s.c.ThreadPoolTaskScheduler", "c.c.crew.api.HealthController"]


def j_prefix(b, ts, level, thread, logger):
    b.t(f"{ts:%Y-%m-%d %H:%M:%S}.{ts.microsecond // 1000:03d} {level:<5} [{thread}] {logger} - ")


def g_log4j(ts, phi, allow_multi=True):
    if not phi:
        if allow_multi and rng.random() < 0.18:
            out = []
            b = B("crewsched_log4j2")
            j_prefix(b, ts, "ERROR", f"crewsched-worker-{rng.randint(1, 8)}", "c.c.crew.sched.PairingCacheRefresher")
            b.t(f"Failed to refresh pairing cache for bid period 2024-06 (attempt {rng.randint(1, 3)}/3)")
            out.append(b)
            exc = rng.choice([("java.net.SocketTimeoutException: Read timed out", "java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)"),
                              ("org.springframework.dao.DataAccessResourceFailureException: HikariPool-1 - Connection is not available, request timed out after 30000ms.",
                               "org.springframework.jdbc.support.SQLStateSQLExceptionTranslator.doTranslate(SQLStateSQLExceptionTranslator.java:107)"),
                              ("java.lang.IllegalStateException: Pairing D0000 has no legs", "com.cascadia.crew.sched.model.Pairing.validate(Pairing.java:212)")])
            for txt in [exc[0], f"\tat {exc[1]}",
                        f"\tat com.cascadia.crew.sched.PairingCacheRefresher.refresh(PairingCacheRefresher.java:{rng.randint(60, 200)})",
                        "\tat org.springframework.scheduling.support.ScheduledMethodRunnable.run(ScheduledMethodRunnable.java:84)",
                        "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
                        f"\t... {rng.randint(8, 30)} common frames omitted"]:
                bb = B("crewsched_log4j2")
                bb.t(txt)
                out.append(bb)
            return out
        b = B("crewsched_log4j2")
        v = rng.randrange(8)
        if v == 0:
            j_prefix(b, ts, "INFO", "main", "c.c.crew.CrewSchedApplication")
            b.t(f"Started CrewSchedApplication in {rng.randint(9, 30)}.{rng.randint(100, 999)} seconds (process running for {rng.randint(31, 40)}.{rng.randint(1, 9)})")
        elif v == 1:
            j_prefix(b, ts, "INFO", "main", "com.zaxxer.hikari.HikariDataSource")
            b.t("HikariPool-1 - Start completed.")
        elif v == 2:
            j_prefix(b, ts, "INFO", f"crewsched-worker-{rng.randint(1, 8)}", "c.c.crew.legality.Far117LegalityEngine")
            b.t(f"Legality OK pairing={pairing()} fdp={rng.randint(8, 12)}h{rng.randint(0, 59):02d}m limit=13h00m rest={rng.randint(10, 14)}h{rng.randint(0, 59):02d}m legs={rng.randint(2, 5)} tail=N{rng.randint(100, 999)}{rng.choice(['RG', 'CA', 'SK'])}")
        elif v == 3:
            j_prefix(b, ts, "INFO", "kafka-coordinator-heartbeat-thread | crew-events", "o.a.k.c.c.internals.ConsumerCoordinator")
            b.t(f"[Consumer clientId=crewsched-{rng.randint(1, 3)}, groupId=crew-events] Adding newly assigned partitions: crew.events-0, crew.events-1, crew.events-2")
        elif v == 4:
            j_prefix(b, ts, "INFO", "scheduling-1", "c.c.crew.roster.RosterPublisher")
            b.t(f"Published roster snapshot v={ts:%Y%m%d}.{rng.randint(1, 9)} crews={rng.randint(1700, 1900)} pairings={rng.randint(550, 650)} sha1={hexd(40)} in {rng.randint(200, 4000)}ms")
        elif v == 5:
            j_prefix(b, ts, "WARN", f"http-nio-8080-exec-{rng.randint(1, 20)}", "c.c.crew.api.RateLimiter")
            b.t(f"Rate limit exceeded for client=ops-dashboard path=/api/v2/pairings/{pairing()}/legs traceId={hexd(32)} spanId={hexd(16)}")
        elif v == 6:
            j_prefix(b, ts, "DEBUG", f"http-nio-8080-exec-{rng.randint(1, 20)}", "c.c.crew.api.HealthController")
            b.t(f"GET /actuator/health -> UP (db=UP, kafka=UP, diskSpace=UP free={rng.randint(20, 90)}GB) {rng.randint(1, 30)}ms")
        else:
            j_prefix(b, ts, "INFO", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer")
            b.t(f"Tomcat started on port(s): 8080 (http) 8081 (https) with context path '/crewsched' [build 5.8.{rng.randint(0, 20)}-{hexd(7)}]")
        return [b]
    b = B("crewsched_log4j2")
    v = rng.randrange(6)
    p = pilot() if v in (0, 1, 4) else person()
    thread = rng.choice([f"crewsched-worker-{rng.randint(1, 8)}", f"http-nio-8080-exec-{rng.randint(1, 20)}", "med-status-consumer-0"])
    if v == 0:
        j_prefix(b, ts, "WARN", thread, "c.c.crew.sched.PairingService")
        b.t("Crew ").p(p.emp, "other_id").t(" ").p(p.name("slash"), "name").t(f" removed from pairing {pairing()} (").p(fdate(dt.date(2024, 5, rng.randint(15, 31)), "iso"), "date").t(") reason=MED_CERT_EXPIRING medExp=").p(fdate(dt.date(2024, 5, 31), "iso"), "date")
    elif v == 1:
        j_prefix(b, ts, "INFO", thread, "c.c.crew.medical.MedicalStatusListener")
        b.t("Medical status update crewId=").p(p.emp, "other_id").t(f" class={rng.choice('123')} examDate=").p(fdate(p.exam, "iso"), "date").t(" expires=").p(fdate(p.medexp, "iso"), "date").t(" limitations='")
        lim = rng.randrange(3)
        if lim == 0:
            b.t("MUST WEAR CORRECTIVE LENSES'")
        elif lim == 1:
            b.t("NONE'")
        else:
            b.t("NOT VALID FOR ANY CLASS AFTER ").p(fdate(p.medexp + dt.timedelta(days=rng.choice([90, 180])), "us"), "date").t("'")
    elif v == 2:
        j_prefix(b, ts, "INFO", thread, "c.c.crew.frms.FatigueCallHandler")
        b.t("Fatigue call logged employee=").p(p.emp, "other_id").t(" (").p(p.name("lf"), "name").t(f") pairing={pairing()} leg={rng.randint(1, 4)} action=REMOVE_NO_PAY_LOSS ticket=").p(f"FR-2024-{rng.randint(100, 1999):05d}", "other_id")
    elif v == 3:
        j_prefix(b, ts, "INFO", thread, "c.c.crew.reserve.CalloutService")
        b.t("Sick call crewMemberId=").p(p.emp, "other_id").t(' name="').p(p.name("fl"), "name").t('" callback=').p(fphone(p.phone), "phone").t(f" coverage=RES-{p.base}-{rng.randint(1, 30):02d}{rng.randint(1, 12):02d}")
    elif v == 4:
        j_prefix(b, ts, "ERROR", thread, "c.c.crew.medical.MedicalStatusListener")
        b.t("Cannot map medical certificate serial=").p(p.medser, "license").t(" airmanCert=").p(p.airman, "license").t(" to any crew record (lastName=").p(p.last.upper(), "name").t(") - message parked on crew.medical.dlq")
    else:
        j_prefix(b, ts, "INFO", thread, "c.c.crew.dot.TestingNotifier")
        b.t("Random test notification sent to emp#").p(p.emp, "other_id").t(" via SMS ").p(fphone(p.phone, 3), "phone").t(f" report by {(ts + dt.timedelta(hours=2)):%H:%M} local, site=Concentra {p.base}")
    return [b]


def g_ecg(ts, phi):
    if not phi:
        b = B(rng.choice(["ecg_csv", "ecg_muse_xml"]))
        if b.family == "ecg_csv":
            b.t(f"ECGEXP;v2.1;DEVSTAT;SN=AT102-{rng.randint(1000000, 9999999)};SELFTEST=PASS;LEADS=OK;BATT={rng.randint(40, 100)}%;FW=2.{rng.randint(0, 9)}.{rng.randint(10, 99)};PAPER={rng.randint(5, 99)}%")
        else:
            n = rng.randint(0, 20)
            b.t(f"<MuseSync><Site>1</Site><Queued>{n}</Queued><Sent>{n}</Sent><Failed>0</Failed><Elapsed>00:00:{rng.randint(1, 59):02d}.{rng.randint(0, 999):03d}</Elapsed><MuseVersion>9.0.10.18167</MuseVersion></MuseSync>")
        return [b]
    p = pilot()
    a = ame()
    hr, pr, qrs, qt = rng.randint(48, 96), rng.randint(120, 210), rng.randint(76, 118), rng.randint(360, 430)
    acq = p.exam
    if rng.random() < 0.5:
        b = B("ecg_muse_xml")
        age = (acq - p.dob).days // 365
        b.t("<RestingECG><MuseInfo><MuseVersion>9.0.10.18167</MuseVersion></MuseInfo><PatientDemographics><PatientID>").p(p.chart, "mrn")
        b.t(f"</PatientID><PatientAge>{age}</PatientAge><AgeUnits>YEARS</AgeUnits><DateofBirth>").p(fdate(p.dob, "usdash"), "date")
        b.t(f"</DateofBirth><Gender>{'MALE' if p.sex == 'M' else 'FEMALE'}</Gender><PatientLastName>").p(p.last.upper(), "name")
        b.t("</PatientLastName><PatientFirstName>").p(p.first.upper(), "name").t("</PatientFirstName></PatientDemographics>")
        b.t(f"<TestDemographics><DataType>RESTING</DataType><Site>1</Site><AcquisitionDevice>MAC5500</AcquisitionDevice><AcquisitionDate>").p(fdate(acq, "usdash"), "date")
        b.t(f"</AcquisitionDate><AcquisitionTime>{rng.randint(7, 16):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}</AcquisitionTime><OrderingMDLastName>{a[1].upper()}</OrderingMDLastName></TestDemographics>")
        b.t(f"<RestingECGMeasurements><VentricularRate>{hr}</VentricularRate><PRInterval>{pr}</PRInterval><QRSDuration>{qrs}</QRSDuration><QTInterval>{qt}</QTInterval><QTCorrected>{qt + rng.randint(-10, 30)}</QTCorrected></RestingECGMeasurements></RestingECG>")
    else:
        b = B("ecg_csv")
        b.t(f"ECGEXP;v2.1;REC;SN=AT102-{rng.randint(1000000, 9999999)};PID=").p(p.chart, "mrn").t(";NAME=").p(p.name("hl7"), "name").t(";DOB=").p(fdate(p.dob, "compact"), "date")
        b.t(";ACQ=").p(fdate(acq, "compact"), "date").t(f"T{rng.randint(7, 16):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d};HR={hr};PR={pr};QRS={qrs};QT={qt};AXIS={rng.randint(-30, 90)};INTERP={rng.choice(['Normal sinus rhythm', 'Sinus bradycardia', 'NSR with 1st degree AV block', 'Incomplete RBBB'])};FAA_APPID=")
        b.p(p.conf, "other_id").t(f";MD={a[1].upper()}")
    return [b]


AUD_HDR = [False]


def g_audio(ts, phi):
    b = B("audiometry_csv")
    if not phi:
        if not AUD_HDR[0] or rng.random() < 0.4:
            AUD_HDR[0] = True
            b.t("PatID;Name;DOB;TestDate;Ear;250;500;1000;2000;3000;4000;6000;8000;Examiner;AudiometerSN")
        else:
            b.t(f"CAL;AD629-{rng.randint(1100000, 1199999)};biological check {ts:%Y-%m-%d} PASS;ambient dB(A)={rng.randint(26, 38)}.{rng.randint(0, 9)};next cal due 2024-11-30")
        return [b]
    p = pilot()
    a = ame()
    ear = rng.choice("RL")
    th = ";".join(str(rng.choice([0, 5, 10, 10, 15, 20, 25, 30, 40, 55])) for _ in range(8))
    b.p(p.chart, "mrn").t(";").p(p.name("LF"), "name").t(";").p(fdate(p.dob, "eu"), "date").t(";").p(fdate(p.exam, "eu"), "date")
    b.t(f";{ear};{th};{a[2]};AD629-{rng.randint(1100000, 1199999)}")
    if rng.random() < 0.25:
        b.t(";HA_SN=").p(f"{rng.choice(['PH', 'OT', 'SG'])}{rng.randint(10000000, 99999999)}", "device")
    return [b]


def g_frms(ts, phi):
    b = B("frms_fatigue_json")
    if not phi:
        obj = rng.choice([
            {"metric": "frms.reports.weekly", "week": f"2024-W{rng.randint(18, 21)}", "count": rng.randint(10, 40),
             "fatigueCalls": rng.randint(2, 15), "avgKss": round(rng.uniform(5, 7.5), 1), "base": rng.choice(BASES)},
            {"level": "INFO", "component": "frms-ingest", "msg": "biomathematical model run complete",
             "model": "SAFTE-FAST 3.2", "pairingsScored": rng.randint(500, 650), "flaggedBelow77": rng.randint(0, 12),
             "durationSec": round(rng.uniform(20, 120), 2)},
            {"level": "INFO", "component": "frms-ingest", "msg": "FRMS review board agenda exported",
             "meeting": "2024-05-21", "items": rng.randint(4, 12), "file": "FRRB_2024-05-21.pdf", "sha256": hexd(64)},
            {"level": "WARN", "component": "frms-ingest", "msg": "roster feed lag", "lagSec": rng.randint(60, 900),
             "topic": "crew.roster.v2", "partition": rng.randint(0, 5), "offset": rng.randint(10**6, 10**7)},
            {"level": "DEBUG", "component": "frms-api", "msg": "GET /frms/v1/reports?status=OPEN", "status": 200,
             "items": rng.randint(0, 50), "ms": rng.randint(5, 300), "traceparent": f"00-{hexd(32)}-{hexd(16)}-01"}])
        jemit(b, obj, sp=True)
        return [b]
    p = person()
    ev = dprev(0, 12)
    narr = S([rng.choice(["Woke at 0230 after ", "Only ", "Hotel noise, got "]), f"{rng.randint(3, 5)}.{rng.choice('05')} h sleep. "])
    r = rng.random()
    if r < 0.3:
        narr += ["Called in fatigued before report. Reach me at ", P(fphone(p.phone), "phone"), "."]
    elif r < 0.5:
        narr += ["Spouse ", P(f"{p.spouse[0]} {p.spouse[1]}", "name"), " was in the ER overnight, I was not fit to fly."]
    elif r < 0.6:
        narr += ["Posted the hotel noise video on ", P(f"https://www.instagram.com/{ascii_fold(p.last).lower().replace(' ', '').replace(chr(39), '')}.flies", "url"), " before I knew it was restricted."]
    else:
        narr += ["Back-to-back 5-leg days, KSS 8 on final into MSY."]
    obj = {"reportId": P(f"FR-2024-{rng.randint(100, 1999):05d}", "other_id"), "submitted": iso_ms(ts),
           "reporter": {"employeeId": P(p.emp, "other_id"), "name": P(p.name(rng.choice(["fl", "lf", "il"])), "name"),
                        "position": p.seat, "base": p.base},
           "event": {"date": P(fdate(ev, "iso"), "date"), "pairing": pairing(), "flight": flight(),
                     "dep": p.base, "arr": rng.choice(["MSY", "BOI", "GEG", "OKC", "RAP", "MKE", "CHS"])},
           "sleep": {"prior24h": round(rng.uniform(3, 6), 1), "prior48h": round(rng.uniform(8, 13), 1)},
           "kss": rng.randint(6, 9), "samnPerelli": rng.randint(4, 7), "narrative": narr,
           "removedFromDuty": rng.random() < 0.6}
    jemit(b, obj, sp=rng.random() < 0.5)
    return [b]


EXCH_HDR = [False]
EXCH_FIELDS = "date-time,client-ip,client-hostname,server-ip,server-hostname,source-context,connector-id,source,event-id,internal-message-id,message-id,network-message-id,recipient-address,recipient-status,total-bytes,recipient-count,related-recipient-address,reference,message-subject,sender-address,return-path,message-info,directionality,tenant-id,original-client-ip,original-server-ip,custom-data"


def exch_head(b, ts, ev):
    b.t(f"{iso_ms(ts)},10.40.3.{rng.randint(10, 40)},CRA-EXCH0{rng.randint(1, 3)},10.40.3.{rng.randint(10, 40)},CRA-EXCH0{rng.randint(1, 3)},")
    b.t(f"{hexd(16).upper()};250 2.0.0 OK,CRA-EXCH01\\Default Frontend CRA-EXCH01,SMTP,{ev},{rng.randint(10**12, 10**13)},<{hexd(32)}@CRA-EXCH01.{CO_DOM}>,{uuid4()},")


def exch_tail(b, sender, size):
    b.t(f",{sender},{sender},{ts_fake()},Originating,{uuid4()},10.40.2.{rng.randint(10, 200)},10.40.3.{rng.randint(10, 40)},S:DeliveryPriority=Normal")


def ts_fake():
    return f"2024-05-14T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d}Z"


def g_exch(ts, phi, allow_multi=True):
    if not EXCH_HDR[0] and allow_multi:
        EXCH_HDR[0] = True
        out = []
        for txt in ["#Software: Microsoft Exchange Server", "#Version: 15.02.1544.004", "#Log-type: Message Tracking Log",
                    f"#Date: {ts:%Y-%m-%d}T00:00:01.274Z", "#Fields: " + EXCH_FIELDS]:
            bb = B("exchange_msgtrack")
            bb.t(txt)
            out.append(bb)
        return out
    b = B("exchange_msgtrack")
    if not phi:
        ev = rng.choice(["RECEIVE", "DELIVER", "SEND", "FAIL"])
        exch_head(b, ts, ev)
        s1, s2 = staff(), staff()
        b.t(f"{s1[2]}@{CO_DOM},{'250 2.1.5 Recipient OK' if ev != 'FAIL' else '550 5.1.10 RESOLVER.ADR.RecipientNotFound'},{rng.randint(8000, 900000)},1,,,")
        subj = rng.choice(["AME clinic schedule wk 21", "FW: Updated CACI worksheets (Guide for AMEs 04/2024)",
                           "Random testing pool Q2 - TPA confirmation", "Crew medical program KPIs April",
                           "RE: SharePoint permissions CrewMedical site", "Invoice INV-2024-04418 Lakeside Aviation Medicine"])
        b.t(f'"{subj}"' if "," in subj else subj)
        exch_tail(b, f"{s2[2]}@{rng.choice([CO_DOM, AME_DOM])}", 0)
        return [b]
    p = person()
    exch_head(b, ts, rng.choice(["SEND", "DELIVER", "RECEIVE"]))
    b.p(p.email, "email").t(f",250 2.0.0 OK,{rng.randint(20000, 4000000)},1,,,")
    v = rng.randrange(3)
    if v == 0:
        b.t('"HIMS monthly - ').p(p.name("lf"), "name").t(" - case ").p(p.case, "other_id").t('"')
    elif v == 1:
        b.t('"Your FAA medical: PI ').p(p.pi, "other_id").t(" - status letter dated ").p(fdate(dprev(0, 10), "us"), "date").t('"')
    else:
        b.t("Random DOT test selection - emp ").p(p.emp, "other_id").t(" ").p(p.name("LFsp"), "name")
    s = staff()
    exch_tail(b, f"{s[2]}@{rng.choice([CO_DOM, AME_DOM])}", 0)
    return [b]


SP_BASE = "https://cascadiaregional.sharepoint.com/sites/CrewMedical"


def g_sp(ts, phi):
    b = B("sharepoint_audit_json")
    s = staff()
    base = {"CreationTime": ts.strftime("%Y-%m-%dT%H:%M:%S"), "Id": uuid4(),
            "Operation": rng.choice(["FileAccessed", "FileDownloaded", "FileModified", "FileUploaded", "FilePreviewed"]),
            "OrganizationId": "5d1f2b7c-90ae-4e3f-b1a3-2f0c6d8e4a11", "RecordType": 6,
            "UserKey": f"i:0h.f|membership|10032000{hexd(8)}@live.com", "UserType": 0, "Version": 1,
            "Workload": "SharePoint", "ClientIP": f"10.40.{rng.randint(1, 9)}.{rng.randint(2, 250)}",
            "UserId": f"{s[2]}@{CO_DOM}", "CorrelationId": uuid4(), "EventSource": "SharePoint", "ItemType": "File",
            "Site": "b6a1c2d3-4e5f-4a6b-9c7d-8e9f0a1b2c3d",
            "UserAgent": rng.choice(["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0",
                                     "Microsoft Office Word 2014 (16.0.17531) Windows NT 10.0", "OneDriveMpc-Transform_Thumbnail/1.0"])}
    if not phi:
        fn, folder = rng.choice([("Form 8500-8 Instructions 2024.pdf", "Shared Documents/AME Policies"),
                                 ("Clinic Rota Q2.xlsx", "Shared Documents/Admin"),
                                 ("HIMS Program Manual v7.docx", "Shared Documents/HIMS/Program"),
                                 ("Random Testing SOP rev12.pdf", "Shared Documents/DOT"),
                                 ("FRMS Policy 2024.pdf", "Shared Documents/FRMS"),
                                 ("SI tracking dashboard.aspx", "SitePages"),
                                 ("AME Designee List 2024.xlsx", "Shared Documents/AME Policies"),
                                 ("HIMS peer monitor training deck.pptx", "Shared Documents/HIMS/Training")])
        base["ObjectId"] = f"{SP_BASE}/{folder}/{fn}"
        base["SiteUrl"] = SP_BASE + "/"
        base["SourceFileExtension"] = fn.rsplit(".", 1)[1]
        base["SourceFileName"] = fn
        base["SourceRelativeUrl"] = folder
        jemit(b, base)
        return [b]
    p = pilot()
    nm = p.name("file")
    kind = rng.choice(["SI", "HIMS", "DOT", "8500"])
    if kind in ("SI", "HIMS"):
        folder = f"Shared Documents/{'HIMS' if kind == 'HIMS' else 'SI Cases'}/2024"
        parts = [P(nm, "name"), "_", P(p.case, "other_id"), f"_{rng.choice(['CPAP', 'monitoring', 'psych_eval', 'auth_letter', 'A1c'])}.pdf"]
    elif kind == "DOT":
        folder = "Shared Documents/DOT/MRO Results"
        parts = [P(str(rng.randint(1000000, 9999999)), "other_id"), "_", P(nm, "name"), ".pdf"]
    else:
        folder = "Shared Documents/AME Files/8500-8"
        parts = [P(nm, "name"), "_", P(fdate(p.dob, "compact"), "date"), "_8500-8.pdf"]
    base["ObjectId"] = S([f"{SP_BASE}/{folder}/"] + parts)
    base["SiteUrl"] = SP_BASE + "/"
    base["SourceFileExtension"] = "pdf"
    base["SourceFileName"] = S(list(parts))
    base["SourceRelativeUrl"] = folder
    jemit(b, base)
    return [b]


def py_prefix(b, ts, level, name, style):
    if style == 0:
        b.t(f"{ts:%Y-%m-%d %H:%M:%S},{ts.microsecond // 1000:03d} {level} [{name}] ")
    else:
        b.t(f"{ts:%Y-%m-%d %H:%M:%S},{ts.microsecond // 1000:03d} - {name} - {level} - ")


def g_etl(ts, phi, allow_multi=True):
    st = rng.randrange(2)
    name = rng.choice(["etl.medcert_to_dw", "etl.crew_roster_sync", "etl.dot_results_load"])
    if not phi:
        if allow_multi and rng.random() < 0.15:
            out = []
            for txt in ["Traceback (most recent call last):",
                        '  File "/opt/etl/jobs/medcert_to_dw.py", line 214, in load',
                        "    df.to_sql(\"fact_medical_exam\", engine, schema=\"dw\", if_exists=\"append\", index=False, chunksize=5000)",
                        f"sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at \"dw-pg01.internal\" (10.40.8.12), port 5432 failed: timeout expired"]:
                bb = B("etl_python")
                bb.t(txt)
                out.append(bb)
            return out
        b = B(rng.choice(["etl_python", "etl_python", "airflow_task"]))
        if b.family == "airflow_task":
            b.t(f"[{ts:%Y-%m-%d, %H:%M:%S} UTC] {{taskinstance.py:{rng.choice([1157, 1380, 2479])}}} INFO - ")
            b.t(rng.choice([f"Dependencies all met for <TaskInstance: crew_medical_dw.load_exams scheduled__{ts:%Y-%m-%d}T02:00:00+00:00 [queued]>",
                            f"Marking task as SUCCESS. dag_id=crew_medical_dw, task_id=load_exams, execution_date={ts:%Y%m%d}T020000, start_date={ts:%Y%m%d}T020004, end_date={ts:%Y%m%d}T0{rng.randint(2, 4)}{rng.randint(10, 59)}12",
                            f"Starting attempt {rng.randint(1, 3)} of 3",
                            "Exporting env vars: AIRFLOW_CTX_DAG_OWNER='data-eng' AIRFLOW_CTX_DAG_ID='crew_medical_dw' AIRFLOW_CTX_TASK_ID='load_exams'"]))
            return [b]
        py_prefix(b, ts, rng.choice(["INFO", "INFO", "WARNING"]), name, st)
        b.t(rng.choice([f"extracted {rng.randint(200, 5000):,} rows from amcs_export_{ts:%Y%m%d}.csv in {rng.uniform(0.2, 4):.2f}s",
                        f"loaded {rng.randint(200, 5000)} rows into dw.fact_medical_exam (upsert) in {rng.uniform(1, 9):.2f}s; {rng.randint(0, 5)} rejected",
                        "pandas 2.2.2, numpy 1.26.4, SQLAlchemy 2.0.30, psycopg2 2.9.9",
                        "/opt/etl/jobs/medcert_to_dw.py:188: SettingWithCopyWarning: A value is trying to be set on a copy of a slice from a DataFrame.",
                        "/opt/etl/venv/lib/python3.11/site-packages/pandas/core/tools/datetimes.py:1047: UserWarning: Parsing dates in %d/%m/%Y format when dayfirst=False (the default) was specified.",
                        f"dq check 'med_exp_after_exam' passed: 0 violations / {rng.randint(1000, 5000)} rows",
                        f"watermark advanced to {ts:%Y-%m-%dT%H:%M:%S}Z (run_id={uuid4()})"]))
        return [b]
    if allow_multi and rng.random() < 0.22:
        out = []
        b = B("etl_python")
        py_prefix(b, ts, "DEBUG", name, st)
        b.t("preview after merge (df.head()):")
        out.append(b)
        rows = [person() for _ in range(rng.randint(2, 4))]
        w_last = max(9, max(len(r.last) for r in rows))
        w_first = max(10, max(len(r.first) for r in rows))
        hdr = B("etl_python")
        hdr.t(f"   crew_id {'last_name':>{w_last}} {'first_name':>{w_first}}    med_exp  class")
        out.append(hdr)
        for i, r in enumerate(rows):
            bb = B("etl_python")
            bb.t(f"{i}    ").p(r.emp, "other_id").t(" " + " " * (w_last - len(r.last))).p(r.last, "name")
            bb.t(" " + " " * (w_first - len(r.first))).p(r.first, "name").t(" ").p(fdate(r.medexp, "iso"), "date").t(f"      {rng.choice('123')}")
            out.append(bb)
        return out
    b = B("etl_python")
    p = person()
    v = rng.randrange(4)
    if v == 0:
        py_prefix(b, ts, "WARNING", name, st)
        bad = f"{p.dob.year + 100}-{p.dob.month:02d}-{p.dob.day:02d}"
        b.t(f"row {rng.randint(2, 4000)} rejected: dob out of range value='").p(bad, "date").t("' airman_cert_no=").p(p.airman, "license").t(" last_name='").p(p.last, "name").t("'")
    elif v == 1:
        py_prefix(b, ts, "ERROR", name, st)
        b.t('IntegrityError: duplicate key value violates unique constraint "dim_airman_pkey"\\nDETAIL:  Key (ssn)=(').p(p.ssn, "ssn").t(") already exists.\\n[SQL: INSERT INTO dw.dim_airman ...]")
    elif v == 2:
        py_prefix(b, ts, "INFO", name, st)
        b.t("SCD2 change dim_crew crew_id=").p(p.emp, "other_id").t(" address: '").p(p.street, "address").t(", ").p(p.city, "address").t(f" {p.state} ").p(p.zip, "zip").t("' -> effective ").p(fdate(dprev(0, 20), "iso"), "date")
    else:
        py_prefix(b, ts, "WARNING", name, st)
        rec = {"crew_id": P(p.emp, "other_id"), "name": P(p.name("LF"), "name"), "hp_member_id": P(p.hp, "health_plan"),
               "eap_episode": rng.randint(1, 3), "claim_dos": P(fdate(dprev(5, 90), "iso"), "date")}
        b.t("unmatched EAP claim, sending to review queue: ")
        # python dict repr style
        b.t("{")
        for i, (k, v2) in enumerate(rec.items()):
            if i:
                b.t(", ")
            b.t(f"'{k}': ")
            if isinstance(v2, P):
                b.t("'").p(v2.v, v2.cat).t("'")
            else:
                b.t(str(v2))
        b.t("}")
    return [b]


def g_fixed(ts, phi, allow_multi=True):
    if not phi or not allow_multi:
        b = B("crew_fixedwidth")
        jn = f"JOB{rng.randint(10000, 99999):05d}"
        b.t(rng.choice([f"{ts:%H.%M.%S} {jn}  IEF403I CRWMX01 - STARTED - TIME={ts:%H.%M.%S}",
                        f"{ts:%H.%M.%S} {jn}  IEF142I CRWMX01 EXTR010 - STEP WAS EXECUTED - COND CODE 0000",
                        f"{ts:%H.%M.%S} {jn}  IEF404I CRWMX01 - ENDED - TIME={ts:%H.%M.%S}",
                        f"{ts:%H.%M.%S} {jn}  $HASP395 CRWMX01  ENDED - RC=0000",
                        f"{ts:%H.%M.%S} {jn}  IGD104I CRA.PROD.CREWMED.EXTRACT.G{rng.randint(1000, 9999):04d}V00 RETAINED, DDNAME=CRWOUT"]))
        return [b]
    out = []
    h = B("crew_fixedwidth")
    h.t(f"HDR CRWMEDX1 CASCADIA REGIONAL AIR    {ts:%Y%m%d} {ts:%H%M%S} V03 LRECL=120 RECFM=FB DSN=CRA.PROD.CREWMED.EXTRACT(+1)")
    out.append(h)
    n = rng.randint(2, 5)
    seen = set()
    for _ in range(n):
        p = person()
        while p.emp in seen:
            p = person()
        seen.add(p.emp)
        b = B("crew_fixedwidth")
        last = ascii_fold(p.last).upper()[:18]
        first = ascii_fold(p.first).upper()[:14]
        b.t("CMR").p(f"{int(p.emp):06d}", "other_id").p(last, "name").t(" " * (18 - len(last))).p(first, "name").t(" " * (14 - len(first)))
        b.t(p.middle[:1].upper() if p.middle else " ")
        b.p(fdate(p.dob, "compact"), "date").t(p.base + p.seat + (rng.choice("12") if p.seat != "FA" else "0"))
        if p.seat != "FA":
            b.p(fdate(p.exam, "compact"), "date").p(fdate(p.medexp, "compact"), "date")
            b.p(f"{int(p.airman):010d}", "license")
        else:
            b.t("00000000" * 2 + "0000000000")
        b.p(p.ssn.replace("-", ""), "ssn").t(rng.choice(["AC", "AC", "AC", "ML", "LA"]))
        b.t(f"{rng.randint(1, 99999):06d}")
        out.append(b)
    t = B("crew_fixedwidth")
    t.t(f"TRL {n:06d} RECS CHKSUM {rng.randint(1000000, 9999999)} JOB=CRWMX01 RC=0000 STEP=EXTR010")
    out.append(t)
    return out


def g_notes(ts, phi):
    b = B("ame_notes")
    a = ame()
    if not phi:
        b.t(rng.choice([
            f"[NOTE] clinic: audiometer booth recalibrated by Hearing Tech Services (tech #A-221); next due 11/2024. -{a[2]}",
            "[NOTE] Reminder to all AMEs: Guide for AMEs update 04/24 revised the HTN CACI worksheet; use v2024.04 from SharePoint.",
            f"AME contact card: Dr. {a[0]} {a[1]}, Lakeside Aviation Medicine, 2100 W Airport Fwy Ste 210, Irving TX 75062, tel (972) 555-0140, fax (972) 555-0141, {a[2]}@{AME_DOM}",
            f"[NOTE] ECG cart in exam room 2 (MAC5500 SN 55012{rng.randint(100, 999)}) out of paper again - ordered 10 packs, PO 4500{rng.randint(10000, 99999)}.",
            "[NOTE] AMCS outage 13:10-13:55 CT per FAA status page; applications queued locally and transmitted after restore.",
            f"[NOTE] Crew medical hotline for program questions: (817) 555-0199 / crewmedical@{CO_DOM} (Mon-Fri 0700-1700)"]))
        return [b]
    p = pilot()
    v = rng.randrange(5)
    age = (p.exam - p.dob).days // 365
    if v == 0:
        b.t(f"[AME NOTE] ").p(fdate(p.exam, "us"), "date").t(f" {a[1]}: {age} yo {p.sex} {'ATP' if p.seat != 'FA' else 'FA'} ").p(p.name("fl"), "name").t(" (DOB ").p(fdate(p.dob, "us_short"), "date")
        b.t(f") for {rng.choice(['1st', '1st', '2nd'])} class. Hx OSA dx 2021, ResMed AirSense 11 S/N ").p(str(rng.randint(23100000000, 23299999999)), "device")
        b.t(f", compliance {rng.randint(78, 99)}% nights >4h. BP {rng.randint(110, 145)}/{rng.randint(68, 92)}. Issued under CACI.")
    elif v == 1:
        b.t("Progress note (").t(f"{a[1]}, {a[0][0]}. MD").t("): Pt ").p(p.name("lf"), "name").t(f", PI ").p(p.pi, "other_id")
        b.t(". FHx: father alive at ").p(str(rng.randint(90, 97)), "age").t(f", mother d. age {rng.randint(70, 88)} (CVA). Spoke w/ pt's {rng.choice(['wife', 'husband', 'partner'])} ").p(f"{p.spouse[0]} {p.spouse[1]}", "name").t(" re: records release; call back ").p(fphone(p.phone), "phone").t(".")
    elif v == 2:
        hims = p.case.startswith("HIMS")
        b.t(f"[AME NOTE] {'HIMS' if hims else 'SI'} f/u ").p(fdate(p.exam, "dmon"), "date").t(" - ").p(p.name("LF"), "name").t(f" case ").p(p.case, "other_id")
        if hims:
            b.t(f": abstinent per monitor, PEth <8 ng/mL on {rng.randint(3, 9)} samples, attends aftercare weekly. Ins: ")
        else:
            b.t(f": {p.cond[0]}, stable; {NEXT_ITEM[p.cond[1]]} reviewed, no change. Ins: ")
        b.p(p.hp, "health_plan").t(". Recommend continue SI.")
    elif v == 3:
        b.t("[AME NOTE] ITDM protocol review for ").p(p.name("il"), "name").t(" chart ").p(p.chart, "mrn").t(f": Dexcom G7 sensor/receiver SN ").p(f"{rng.randint(1000000000, 9999999999)}", "device")
        b.t(f", TIR {rng.randint(70, 95)}%, no <54 mg/dL events in 90d. Pump ").p(f"NG{rng.randint(1000000, 9999999)}H", "device").t(". Next 6-mo report due ").p(fdate(p.exam + dt.timedelta(days=182), "long"), "date").t(".")
    else:
        b.t("[AME NOTE] 18v hx for ").p(p.name("fml"), "name").t(": DUI ").p(fdate(dprev(2500, 5000), "dmon_up"), "date").t(", vehicle VIN ").p(p.vin, "vehicle")
        b.t(", DL ").p(p.dl, "license").t(f" reinstated; no further MVAs. Address on file ").p(p.street, "address").t(", ").p(p.city, "address").t(f", {p.state} ").p(p.zip, "zip").t(". Personal fax ").p(fphone(p.fax, 0), "fax").t(".")
    return [b]


def g_nginx(ts, phi):
    b = B("portal_nginx")
    stamp = ts.strftime("%d/%b/%Y:%H:%M:%S +0000")
    if not phi:
        v = rng.randrange(3)
        if v == 0:
            b.t(f'10.40.1.{rng.randint(2, 9)} - - [{stamp}] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28" rt=0.00{rng.randint(1, 9)} uct=0.000 upstream=10.40.5.{rng.randint(10, 30)}:8080')
        elif v == 1:
            b.t(f'10.40.2.{rng.randint(10, 200)} - - [{stamp}] "GET /static/js/app.{hexd(8)}.js HTTP/2.0" 200 {rng.randint(20000, 400000)} "https://portal.{AME_DOM}/app" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36" rt=0.0{rng.randint(10, 99)}')
        else:
            b.t(f'10.40.2.{rng.randint(10, 200)} - - [{stamp}] "POST /api/v3/auth/token HTTP/1.1" {rng.choice([200, 401, 429])} {rng.randint(80, 900)} "-" "python-requests/2.31.0" rt=0.{rng.randint(10, 999):03d} req_id={hexd(32)}')
        return [b]
    p = pilot()
    ua = rng.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
                     "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
                     "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36"])
    b.p(p.ip, "ip").t(" - ")
    if rng.random() < 0.6:
        b.p(p.user, "other_id")
    else:
        b.t("-")
    path_v = rng.randrange(3)
    b.t(f' [{stamp}] "')
    if path_v == 0:
        b.t("GET /medxpress/api/v3/applications/").p(p.conf, "other_id").t("/summary HTTP/1.1")
    elif path_v == 1:
        b.t("GET /portal/documents/si/").p(p.case, "other_id").t("/auth_letter.pdf HTTP/2.0")
    else:
        b.t("GET /portal/appointments?email=").p(p.email.replace("@", "%40"), "email").t(" HTTP/1.1")
    b.t(f'" 200 {rng.randint(400, 90000)} "https://portal.{AME_DOM}/app" "{ua}" rt=0.{rng.randint(10, 999):03d}')
    return [b]


def g_ehr(ts, phi):
    b = B("ehr_audit_kv")
    a = ame()
    b.t(f"ts={iso_ms(ts)} app=aeromed-ehr ")
    if not phi:
        b.t(rng.choice([f'level=info msg="session pool stats" active={rng.randint(2, 20)} idle={rng.randint(0, 8)} p95_ms={rng.randint(40, 400)}',
                        f'level=info user={a[2]} role=AME action=login result=success mfa=totp src_ip=10.40.2.{rng.randint(10, 200)}',
                        f'level=warn msg="slow query" query_id={hexd(16)} table=encounter duration_ms={rng.randint(800, 5000)}',
                        f'level=info msg="backup complete" target=s3://lake-ehr-backup/{ts:%Y/%m/%d}/ size_mb={rng.randint(800, 4000)} sha256={hexd(64)}']))
        return [b]
    p = pilot()
    b.t(f"level=info user={a[2]} role=AME action={rng.choice(['chart.view', 'chart.update', 'document.print', 'encounter.sign'])} chart_no=").p(p.chart, "mrn")
    b.t(' patient="').p(p.name("lf"), "name").t('" enc=').p(f"E-{p.exam:%Y%m%d}-{rng.randint(1, 60):04d}", "other_id")
    if rng.random() < 0.4:
        b.t(" dob=").p(fdate(p.dob, "iso"), "date")
    b.t(f" src_ip=10.40.2.{rng.randint(10, 200)}")
    return [b]


def g_billing(ts, phi):
    b = B("billing_kv")
    if not phi:
        b.t(rng.choice([f"billing: daily settlement batch {ts:%Y%m%d} count={rng.randint(10, 40)} total={rng.randint(1500, 8000)}.00 USD status=SETTLED gateway=authnet txn_batch={rng.randint(100000000, 999999999)}",
                        f"billing: invoice INV-2024-{rng.randint(1000, 9999):05d} to Cascadia Regional Air AP (ap@{CO_DOM}) amount={rng.randint(3000, 30000)}.00 terms=NET30 po=PO-{rng.randint(100000, 999999)}",
                        f"billing: fee schedule reloaded class1=195.00 class2=165.00 class3=150.00 hims_eval=650.00 version=2024.2"]))
        return [b]
    p = pilot()
    if rng.random() < 0.5:
        b.t("billing: exam fee posted acct=").p(p.acct, "account").t(' payer="').p(p.name("lf"), "name").t(f'" amount={rng.choice(["195.00", "165.00", "650.00"])} dos=').p(fdate(p.exam, "iso"), "date").t(" method=card last4=").p(p.card[-4:], "account")
    else:
        b.t("billing: gateway error E00027 ")
        obj = {"refId": f"{rng.randint(10000000, 99999999)}", "customerProfileId": P(p.acct, "account"),
               "billTo": {"firstName": P(p.first, "name"), "lastName": P(p.last, "name"), "zip": P(p.zip, "zip")},
               "payment": {"creditCard": {"cardNumber": P(p.card, "account"), "expirationDate": f"20{rng.randint(25, 29)}-{rng.randint(1, 12):02d}"}},
               "messages": {"resultCode": "Error", "text": "The transaction was unsuccessful."}}
        jemit(b, obj)
    return [b]


FAMILIES = [
    (g_mxp_json, 8), (g_mxp_xml, 5), (g_8500, 7), (g_si_csv, 5), (g_si_track, 5), (g_dot, 7),
    (g_log4j, 11), (g_ecg, 5), (g_audio, 4), (g_frms, 5), (g_exch, 6), (g_sp, 6), (g_etl, 9),
    (g_fixed, 3), (g_notes, 8), (g_nginx, 6), (g_ehr, 5), (g_billing, 4),
]
MULTI = {g_mxp_xml, g_log4j, g_exch, g_etl, g_fixed}


def main():
    lines = []
    clock = dt.datetime(2024, 5, 14, 1, 58, 7, 114000)
    phi_n = 0
    fams, weights = zip(*FAMILIES)
    while len(lines) < N_LINES:
        clock += dt.timedelta(seconds=rng.randint(3, 75), microseconds=rng.randint(0, 999) * 1000)
        want_phi = phi_n < 0.45 * (len(lines) + 1)
        f = rng.choices(fams, weights)[0]
        remaining = N_LINES - len(lines)
        if f in MULTI:
            out = f(clock, want_phi, allow_multi=remaining > 10)
        else:
            out = f(clock, want_phi)
        for b in out:
            if len(lines) >= N_LINES:
                break
            lines.append(b)
            if b.spans:
                phi_n += 1
    # write
    log_lines, labels = [], []
    for i, b in enumerate(lines, 1):
        raw = bytes(b.buf)
        text = raw.decode("utf-8")
        assert "\n" not in text and "\r" not in text and text.strip(), (i, text)
        spans = sorted(b.spans, key=lambda x: x[0])
        prev_e = -1
        for s, e, cat, val in spans:
            assert raw[s:e].decode("utf-8") == val, (i, val, raw[s:e])
            assert s >= prev_e, (i, "overlap", val)
            prev_e = e
        log_lines.append(text)
        labels.append({"line": i, "family": b.family, "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _ in spans]})
    assert len(log_lines) == N_LINES
    with open(os.path.join(HERE, f"{ID}.log"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(log_lines))
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # stats
    cats, famc = {}, {}
    nophi = sum(1 for r in labels if not r["spans"])
    for r in labels:
        famc[r["family"]] = famc.get(r["family"], 0) + 1
        for sp in r["spans"]:
            cats[sp["cat"]] = cats.get(sp["cat"], 0) + 1
    print(f"lines={len(labels)} no_phi={nophi} ({100 * nophi / len(labels):.1f}%) families={len(famc)}")
    print("families:", dict(sorted(famc.items())))
    print("spans:", dict(sorted(cats.items(), key=lambda x: -x[1])), "total", sum(cats.values()))


if __name__ == "__main__":
    main()
