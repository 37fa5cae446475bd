#!/usr/bin/env python3
"""gen_rv.py - synthetic labeled log corpus "rv".

Organisation: Marrowstone Oceanographic Institution (MOI, fictional), fleet
medical program for its research vessels R/V KESTREL BANK (KB), R/V ELLEN
VOSS (EV) and R/V TERN LEDGE (TL).  The people served (patients) are the
scientists, students and ship's crew who sail.  Everything is synthetic.

Writes rv.log (500 lines) and rv.labels.jsonl in the current directory.
Standard library only, fixed seed -> byte-identical output on every run.

Systems simulated (family names used in the labels)
  medclear     pre-cruise medical clearance portal, Python JSON logger
               (ensure_ascii -> non-ASCII names appear as \\uXXXX escapes)
  smo_log      ship medical officer's log at sea, free-text SOAP notes
  bwt_json     BlueWater TeleHealth satellite telemedicine webhook (camelCase JSON)
  bwt_logfmt   telemedicine gateway metrics / uploads, logfmt
  medevac_kv   medevac coordination tool, key=value
  medevac_xml  medevac SITREP messages to/from the rescue coordination centre, XML
  berthing_csv science-party berthing export, CSV
  manifest     manifest system (pipe rows for CBP/port state eNOA/D feed)
  x12_834      HR/benefits enrollment file, X12 834, one segment per line
  hl7v2        shore occupational-health clinic ADT/ORU, one segment per line
  fhir         EHR FHIR R4 resources (Encounter/Patient/Observation)
  syslog       shipboard servers (sshd, chronyd, VSAT modem, kernel)
  nginx        access log of the clearance portal
  java_trace   manifest-sync Java service, log line + stack frames
  pgaudit      PostgreSQL pgaudit lines of the medical database
  iridium_sms  Iridium SBD / SMS gateway, message bodies
  chat         fleet-medical chat channel export (JSON)
  medlocker    fixed-width medical locker inventory / dispense records
  benefits_api HR/benefits interface (Workday-style JSON)
  sso          staff single-sign-on audit (key=value)

Labeling decisions (grey cases)
  * Patients = scientists, students, crew and guests when they are the
    subject of a record (clearance, sick call, consult, medevac, berth,
    manifest row, enrollment).  Crew acting in their job (captain
    authorising a medevac, medical officer, PA, nurse, telemedicine
    physician, HR analyst, bosun reporting) are staff: not PHI.
  * Emergency contacts / next of kin: names and phones are PHI (name/phone).
  * Institute MRN (MOI-nnnnnn) and clinic MRNs -> mrn.  Clearance IDs
    (MC-yy-nnnnn), telemedicine case refs (BWT-nnnnnnn), medevac case
    numbers (MV-yy-nnnn), FHIR Patient ids, student IDs, the patient's own
    employee/worker ID (E00nnnnn) -> other_id.  Staff user names, staff
    employee IDs, message control IDs, trace/span IDs, sessions -> not PHI.
  * Passport numbers, merchant mariner credential (MMC) numbers, TWIC card
    numbers, scientific-diver certification numbers -> license.
  * Personal locator beacon (PLB/MOB) UINs and pulse-oximeter serials
    issued to a named person -> device.  Ship's devices (Iridium IMEI of
    the ship terminal, VSAT modem serial, AED serial) -> not PHI.
  * Pier-parking plate and VIN of a person's own car -> vehicle (also when
    the VIN is junk/fails its check digit).
  * Vessel names, MMSI, call signs, cruise IDs, berth/cabin numbers and the
    vessel's position (lat/lon) -> not PHI (the organisation's site, public
    via AIS), even in a medevac record.
  * Embark/disembark dates in a person's berthing/manifest row are tied to
    that person (like admission/discharge) -> date.  Cruise schedule dates
    with no person -> not PHI.  Log record timestamps -> never PHI.  Dates
    inside a note (onset, exam, visit) -> date even when equal to log day.
  * Ages labeled only when over 89 (emeritus guest on a day cruise).
  * Home institution / affiliation, nationality, sex, diet, diagnosis,
    vitals, ranks and ship roles -> not PHI.
  * Portal access logs: the client IP of a request by the applicant to a
    self-service endpoint -> ip; a URL path holding the applicant's
    clearance ID -> url (whole path).  Staff/internal 10.x IPs -> not PHI.
  * Foreign postal codes are labeled zip; city/street as address.
  * X12 834: REF*0F subscriber number and member IDs -> health_plan, NM1
    id qualifier 34 -> ssn, DTP dates of the member -> date; envelope,
    group policy numbers (REF*1L) and sponsor IDs -> not PHI.
  * Personal email addresses of patients -> email; institute staff
    mailboxes and vendor addresses -> not PHI.
  * Invalid/junk values a real system would log on validation failure
    (SSN with area 000, VIN with bad check digit) are still labeled.
"""
import json
import random
import sys
from datetime import datetime, timedelta

SEED = 2324
R = random.Random(SEED)
N_LINES = 500


# ---------------------------------------------------------------- builder
class Ln:
    def __init__(self, fam):
        self.fam = fam
        self.buf = bytearray()
        self.spans = []

    def t(self, x):
        self.buf += x.encode("utf-8")
        return self

    def p(self, x, cat):
        b = x.encode("utf-8")
        st = len(self.buf)
        self.buf += b
        self.spans.append((st, st + len(b), cat, x))
        return self

    def seq(self, *items):
        for it in items:
            if isinstance(it, str):
                self.t(it)
            else:
                v, c = it
                if c:
                    self.p(v, c)
                else:
                    self.t(v)
        return self


class P:
    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class S:
    def __init__(self, *pieces):
        self.pieces = pieces


def jenc(x, ea):
    return json.dumps(x, ensure_ascii=ea)[1:-1]


def jemit(ln, obj, ea=False, sep=(", ", ": ")):
    if isinstance(obj, dict):
        ln.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                ln.t(sep[0])
            ln.t(json.dumps(k, ensure_ascii=ea))
            ln.t(sep[1])
            jemit(ln, v, ea, sep)
        ln.t("}")
    elif isinstance(obj, list):
        ln.t("[")
        for i, v in enumerate(obj):
            if i:
                ln.t(sep[0])
            jemit(ln, v, ea, sep)
        ln.t("]")
    elif isinstance(obj, P):
        if isinstance(obj.v, str):
            ln.t('"').p(jenc(obj.v, ea), obj.cat).t('"')
        else:
            ln.p(json.dumps(obj.v), obj.cat)
    elif isinstance(obj, S):
        ln.t('"')
        for pc in obj.pieces:
            if isinstance(pc, P):
                ln.p(jenc(pc.v, ea), pc.cat)
            else:
                ln.t(jenc(pc, ea))
        ln.t('"')
    else:
        ln.t(json.dumps(obj, ensure_ascii=ea))
    return ln


def J(fam, obj, ea=False, sep=(", ", ": "), prefix=""):
    ln = Ln(fam)
    ln.t(prefix)
    return jemit(ln, obj, ea, sep)


# ---------------------------------------------------------------- clock
T0 = datetime(2024, 3, 11, 6, 0, 0)
_now = [T0]


def tick(lo=5, hi=420):
    _now[0] += timedelta(seconds=R.randint(lo, hi), milliseconds=R.randint(0, 999))
    return _now[0]


def now():
    return _now[0]


def iso(t=None, ms=True):
    t = t or now()
    if ms:
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


# ---------------------------------------------------------------- checksums
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
    base = "1" + "".join(str(R.randint(0, 9)) for _ in range(8))
    return base + luhn_digit("80840" + base)


def imei(prefix="300434"):
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(14 - len(prefix)))
    return body + luhn_digit(body)


def card(prefix="4"):
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(15 - len(prefix)))
    return body + luhn_digit(body)


def ssn(valid=True):
    if not valid:
        return "000-%02d-%04d" % (R.randint(1, 99), R.randint(1, 9999))
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


VIN_MAP = {**{str(d): d for d in range(10)},
           "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
           "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
           "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(valid=True):
    wmi = R.choice(["1HG", "1FT", "JTD", "5YJ", "3VW", "4T1", "1C4", "WBA"])
    s = list(wmi + "".join(R.choice(VIN_CH) for _ in range(5)) + "0" +
             R.choice("LMNPR") + R.choice(VIN_CH) + "".join(str(R.randint(0, 9)) for _ in range(6)))
    tot = sum(VIN_MAP[c] * w for c, w in zip(s, VIN_W))
    cd = tot % 11
    cd = "X" if cd == 10 else str(cd)
    if not valid:
        cd = R.choice([c for c in "0123456789X" if c != cd])
    s[8] = cd
    return "".join(s)


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    A = L + "0123456789"
    d = lambda: str(R.randint(0, 9))
    return (str(R.randint(1, 9)) + R.choice(L) + R.choice(A) + d() + R.choice(L) +
            R.choice(A) + d() + R.choice(L) + R.choice(L) + d() + d())


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


# ---------------------------------------------------------------- people
FIRST = ["Adaeze", "Kenji", "Sigrún", "Mateo", "Priya", "Tomasz", "Coral", "Marina",
         "Heath", "Robin", "Joy", "Brook", "Dmitri", "Aroha", "Fatima", "Luca",
         "Ngozi", "Ebba", "Santiago", "Mei-Lin", "Hamid", "Isla", "Wiremu", "Noelani",
         "Björn", "Chloé", "Oluwaseun", "Yusuf", "Anneliese", "Rowan", "Kai", "Summer",
         "Skye", "Dale", "Cliff", "Thandiwe", "Linh", "Esperanza", "Declan", "Saoirse"]
LAST = ["Okonkwo-Bell", "Tanaka", "Ólafsdóttir", "Rivera Castillo", "Raghunathan",
        "Wiśniewski", "Fisher", "Baker", "Waters", "Moss", "Marsh", "Strand",
        "van der Linde", "de la Cruz", "MacAskill", "Nguyễn", "Haddad", "Kowalczyk-Reyes",
        "Tuilagi", "Lindqvist", "Achterberg", "Oyelaran", "Brightwater", "Stone", "Hill",
        "Young", "Small", "Park", "Ahn-Sorensen", "Mbeki", "O'Callaghan", "Delacroix-Payne",
        "Hale", "Winter", "Kealoha", "Bianchi", "Sato", "Runningwater", "Ferreira da Silva"]
MIDDLE = ["J.", "Marie", "A.", "Lee", "T.", "Rose", "K.", ""]
US_CITIES = [("Port Townsend", "WA", "98368", "Jefferson"), ("Seattle", "WA", "98107", "King"),
             ("Bellingham", "WA", "98225", "Whatcom"), ("Newport", "OR", "97365", "Lincoln"),
             ("Corvallis", "OR", "97330", "Benton"), ("Woods Hole", "MA", "02543", "Barnstable"),
             ("Narragansett", "RI", "02882", "Washington"), ("La Jolla", "CA", "92037", "San Diego"),
             ("Hilo", "HI", "96720", "Hawaii"), ("Sitka", "AK", "99835", "Sitka"),
             ("Anacortes", "WA", "98221", "Skagit"), ("Astoria", "OR", "97103", "Clatsop")]
STREETS = ["Oak St", "Water St", "Harbor View Dr", "Kelp Ln", "NW 56th St", "Ballard Ave NW",
           "Seaview Rd", "Lighthouse Way", "Cedar Ave", "SE Bay Blvd", "Tideflat Rd", "Fir Ct",
           "Ocean Ave", "Madrona Pl"]
FOREIGN = [("Storgata {n}", "9008", "Tromsø", "NOR", "+47 9{a} {b} {c}"),
           ("{n} Harbour Road", "AB11 5DN", "Aberdeen", "GBR", "+44 7700 9{a}{c}"),
           ("Calle del Puerto {n}", "36202", "Vigo", "ESP", "+34 6{a} {b} {c}"),
           ("{n} Marine Parade", "7010", "Nelson", "NZL", "+64 21 {a}{b} {c}")]
AFFIL = ["MOI", "Univ. of Washington", "Oregon State Univ.", "UiT Tromsø", "Univ. of Rhode Island",
         "Scripps", "NOAA PMEL", "Univ. of Aberdeen", "Univ. de Vigo", "NIWA"]
ROLES = ["SCI", "SCI", "STU", "STU", "TECH", "CREW", "CREW", "GUEST"]
CREW_JOBS = ["AB", "OS", "Oiler", "2/M", "3/E", "Cook", "Steward", "Bosun", "ET", "3/M"]
MAILS = ["gmail.com", "proton.me", "outlook.com", "uw.edu", "oregonstate.edu", "yahoo.com", "icloud.com"]
REL = ["spouse", "mother", "father", "partner", "sister", "brother", "son", "daughter"]


def us_phone(style=0):
    a = R.choice(["206", "360", "425", "503", "541", "508", "401", "858", "808", "907"])
    e = R.randint(201, 989)
    n = R.randint(0, 9999)
    return ["(%s) %03d-%04d" % (a, e, n), "%s-%03d-%04d" % (a, e, n),
            "+1%s%03d%04d" % (a, e, n), "%s.%03d.%04d" % (a, e, n)][style % 4]


def strip_acc(s):
    tr = str.maketrans("ÓóúíéñśőễãöüåøæÉ", "OouienseeaouaoaE")
    return s.translate(tr)


class Person:
    def __init__(self, i):
        self.first = R.choice(FIRST)
        self.last = R.choice(LAST)
        self.mid = R.choice(MIDDLE)
        self.sex = R.choice("FM")
        self.role = ROLES[i % len(ROLES)]
        self.job = R.choice(CREW_JOBS) if self.role == "CREW" else ""
        yr = R.randint(1955, 2003) if self.role != "STU" else R.randint(1996, 2004)
        if self.role == "GUEST" and i % 16 == 7:
            yr = R.randint(1930, 1933)
        self.dob = datetime(yr, R.randint(1, 12), R.randint(1, 28))
        self.age = 2024 - yr - (1 if self.dob.month > 3 else 0)
        self.foreign = R.random() < 0.25
        n = R.randint(2, 4800)
        if self.foreign:
            st, pc, city, nat, ph = R.choice(FOREIGN)
            self.street = st.format(n=R.randint(1, 120))
            self.zip, self.city, self.state, self.nat = pc, city, "", nat
            self.phone = ph.format(a="%d" % R.randint(10, 99), b="%02d" % R.randint(0, 99),
                                   c="%03d" % R.randint(0, 999))
            self.ssn = None
        else:
            city, stt, z, county = R.choice(US_CITIES)
            self.street = "%d %s" % (n, R.choice(STREETS)) + (R.choice(["", "", " Apt %d" % R.randint(1, 40), " Unit %s" % R.choice("ABCD")]))
            self.zip, self.city, self.state, self.nat, self.county = z, city, stt, "USA", county
            self.phone = us_phone(R.randint(0, 3))
            self.ssn = ssn()
        u = strip_acc(self.first + "." + self.last).lower().replace(" ", "").replace("'", "")
        self.email = R.choice([u, u.replace(".", "_"), strip_acc(self.first[0] + self.last).lower().replace(" ", "").replace("'", "") + str(R.randint(1, 99))]) + "@" + R.choice(MAILS)
        self.mrn = "MOI-%06d" % R.randint(1000, 99999)
        self.cid = "MC-24-%05d" % R.randint(100, 3999)
        self.emp = "E00%05d" % R.randint(10000, 99999) if self.role in ("CREW", "TECH") or R.random() < .3 else None
        self.stu = "S%07d" % R.randint(1000000, 9999999) if self.role == "STU" else None
        self.member = "CXM%09d" % R.randint(10 ** 8, 10 ** 9 - 1)
        self.passport = (R.choice(["", "", "X", "P", "FH"]) + "%08d" % R.randint(0, 99999999))[:9]
        self.mmc = "%07d" % R.randint(1000000, 9999999) if self.role == "CREW" else None
        self.dive = "AAUS-%s-%04d" % (R.choice(["MOI", "UW", "OSU"]), R.randint(100, 9999)) if R.random() < .35 else None
        self.plb = "".join(R.choice("0123456789ABCDEF") for _ in range(15))
        self.plb = "2DC" + self.plb[3:]
        self.affil = "MOI" if self.role in ("CREW", "TECH") else R.choice(AFFIL)
        self.nok = (R.choice(FIRST) + " " + (self.last if R.random() < .6 else R.choice(LAST)),
                    R.choice(REL), us_phone(R.randint(0, 3)) if not self.foreign else self.phone[:-3] + "%03d" % R.randint(0, 999))
        self.plate = "%s%s%s%04d" % (R.choice("ABCDEFGHJK"), R.choice("BCDKRTX"), R.choice("ACFHLR"), R.randint(0, 9999))
        self.fhir = uuid()

    def full(self):
        return (self.first + " " + (self.mid + " " if self.mid else "") + self.last)

    def lf(self):
        return self.last + ", " + self.first


PEOPLE = [Person(i) for i in range(48)]
OLD = [p for p in PEOPLE if p.age > 89]


def pick():
    return R.choice(PEOPLE)


def dstr(d, fmt="%Y-%m-%d"):
    return d.strftime(fmt)


def near_date(back=0, fwd=20):
    return (now() + timedelta(days=R.randint(-back, fwd))).replace(hour=0, minute=0, second=0, microsecond=0)


VESSELS = [("KB", "KESTREL BANK", "367412880", "WKBX4", "KB24-07"),
           ("EV", "ELLEN VOSS", "367553190", "WDE7731", "EV24-03"),
           ("TL", "TERN LEDGE", "367098445", "WTL2209", "TL24-11")]
SMO = {"KB": "I. Solberg-Haas MD", "EV": "R. Okafor PA-C", "TL": "M. Lavoie RN"}
SMO_USER = {"KB": "isolberghaas", "EV": "rokafor", "TL": "mlavoie"}
TELEDOCS = ["Dr. Hanne Krogh", "Dr. Prakash Venkataraman", "Dr. Amara Ellison-Tate"]
CAPT = {"KB": "Capt. Tomas Ferreira", "EV": "Capt. Ruth Abernathy", "TL": "Capt. Joon-ho Bae"}
ORG_ADDR = "4400 Quarry Point Rd, Nordland, WA 98358"
ORG_PHONE = "(360) 385-2100"
SHIP_IMEI = {v[0]: imei() for v in VESSELS}
COMPLAINTS = [("seasickness, emesis x6", "motion sickness w/ mild dehydration", "ondansetron 4mg ODT q8h PRN"),
              ("R index finger laceration 3cm from sample knife", "simple laceration", "irrigation, 4x 4-0 nylon, Td UTD"),
              ("RLQ pain 14h, anorexia, T 38.4", "r/o appendicitis", "NPO, IV NS 1L, ceftriaxone 2g IV, telemed consult"),
              ("L ankle inversion on wet deck", "ankle sprain, Ottawa neg", "RICE, ibuprofen 600mg q6h"),
              ("chest tightness on exertion", "atypical CP, ECG NSR", "ASA 324mg chewed, telemed consult"),
              ("dental pain LL6", "dental abscess", "amoxicillin 500mg TID x7d"),
              ("crush injury L 3rd finger on A-frame block", "closed fx distal phalanx suspected", "splint, ice, telemed w/ image"),
              ("eye irritation after CTD rosette wash", "chemical conjunctivitis", "irrigation 1L NS, erythromycin ointment"),
              ("insomnia, low mood 2wk", "adjustment disorder", "sleep hygiene, follow-up ashore, EAP info given")]


def vessel():
    return R.choice(VESSELS)


# ---------------------------------------------------------------- generators
def g_medclear(phi):
    tick()
    base = {"timestamp": iso(), "level": "info", "logger": "medclear.review"}
    if not phi:
        k = R.randint(0, 3)
        if k == 0:
            base.update({"event": "pdf.render", "template": "PQ-2.%d" % R.randint(1, 4), "pages": R.randint(2, 9),
                         "duration_ms": R.randint(80, 2400), "request_id": uuid()})
        elif k == 1:
            v = vessel()
            base.update({"logger": "medclear.tasks", "event": "reminder.batch", "cruise": v[4],
                         "sent": R.randint(3, 40), "failed": R.randint(0, 2), "task_id": uuid()})
        elif k == 2:
            base.update({"level": "warning", "logger": "medclear.db", "event": "slow_query",
                         "elapsed_ms": R.randint(900, 6000), "table": "clearance_form", "pool": "pg-primary:5432"})
        else:
            v = vessel()
            base.update({"event": "cruise.requirements.updated", "cruise": v[4],
                         "requirements": ["PQ-1", "PQ-2", "TB_IGRA", "dental"], "by": "camundsen",
                         "contact": "fleetmed@moi-ocean.org"})
        return [J("medclear", base, ea=True)]
    p = pick()
    v = vessel()
    k = R.randint(0, 4)
    if k == 0:
        st = R.choice(["APPROVED", "APPROVED_RESTRICTED", "DEFERRED", "NOT_FIT"])
        base.update({"event": "clearance.status_changed", "clearance_id": P(p.cid, "other_id"),
                     "applicant": P(p.full(), "name"), "dob": P(dstr(p.dob), "date"), "cruise": v[4],
                     "from": "PENDING_MD", "to": st, "reviewer": R.choice(["isolberghaas", "camundsen"])})
        if st == "APPROVED_RESTRICTED":
            base["restriction"] = R.choice(["no_dive", "no_small_boat", "must_carry_epipen"])
        if p.age > 89:
            base["age"] = P(p.age, "age")
    elif k == 1:
        base.update({"event": "form.submitted", "form": "PQ-2 Physical Exam", "clearance_id": P(p.cid, "other_id"),
                     "exam_date": P(dstr(near_date(40, 0)), "date"), "examiner_npi": npi(),
                     "applicant_email": P(p.email, "email"), "ip": "10.20.%d.%d" % (R.randint(0, 9), R.randint(2, 250))})
    elif k == 2:
        base.update({"logger": "medclear.profile", "event": "emergency_contact.updated", "mrn": P(p.mrn, "mrn"),
                     "nok": {"name": P(p.nok[0], "name"), "relationship": p.nok[1], "phone": P(p.nok[2], "phone")}})
    elif k == 3:
        base.update({"logger": "medclear.profile", "event": "address.verified", "clearance_id": P(p.cid, "other_id"),
                     "home": {"line1": P(p.street, "address"), "city": P(p.city, "address"),
                              "postal": P(p.zip, "zip"), "country": p.nat}, "verifier": "smarty-us-street-api" if p.state else "loqate-intl"})
    else:
        if p.dive:
            base.update({"event": "dive.cert.checked", "clearance_id": P(p.cid, "other_id"),
                         "cert_no": P(p.dive, "license"), "result": "valid", "expires_year": 2025})
        else:
            base.update({"level": "warning", "event": "validation.failed", "field": "ssn", "clearance_id": P(p.cid, "other_id"),
                         "value": P(ssn(False), "ssn"), "reason": "area number 000 not issued"})
    return [J("medclear", base, ea=True)]


def g_smo(phi):
    tick(60, 1800)
    v = vessel()
    t = now()
    head = "[%s][SMO] %s %sL | " % (v[4], t.strftime("%Y-%m-%d"), t.strftime("%H%M"))
    ln = Ln("smo_log").t(head)
    if not phi:
        ln.t(R.choice([
            "Daily | Med locker checked, AED (ZOLL AED Plus s/n X%02dJ%06d) self-test PASS, O2 cyl D #3 %d psi | " % (R.randint(10, 19), R.randint(0, 999999), R.randint(1500, 2000)),
            "Sick call 0800 | no pts | ",
            "Drill | Abandon ship + MOB drill, %d POB mustered in %d min, 2 stretcher carries | " % (R.randint(28, 52), R.randint(4, 9)),
            "Sanitation | potable water Cl2 %.1f ppm, galley temps in range | " % (R.uniform(0.3, 1.4)),
            "Telemed link test w/ BlueWater, video OK @ %d kbps | " % R.randint(256, 768),
        ]))
        ln.t(SMO[v[0]])
        return [ln]
    p = pick()
    c = R.choice(COMPLAINTS)
    onset = now() - timedelta(hours=R.randint(2, 60))
    role = ("crew, " + p.job) if p.role == "CREW" else {"SCI": "scientist", "STU": "student", "TECH": "marine tech", "GUEST": "guest"}[p.role]
    style = R.randint(0, 2)
    if style == 0:
        ln.seq("Sick call | Pt ", (p.lf(), "name"), ", ", (str(p.age), "age" if p.age > 89 else None), "yo %s (%s, berth %d-%02d) DOB " % (
                   {"F": "F", "M": "M"}[p.sex], role, R.randint(1, 3), R.randint(1, 24)),
               (dstr(p.dob, "%d-%b-%Y"), "date"), " MRN ", (p.mrn, "mrn"), " | S: %s O: HR %d BP %d/%d T %.1f A: %s P: %s | " % (
                   c[0], R.randint(62, 118), R.randint(100, 150), R.randint(60, 95), R.uniform(36.4, 38.6), c[1], c[2]))
    elif style == 1:
        ln.seq("Injury | ", (p.first + " " + p.last, "name"), " (%s) onset " % role, (onset.strftime("%d %b"), "date"),
               " %s | %s. A: %s. P: %s. Cpt notified. | " % (onset.strftime("%H%M"), c[0], c[1], c[2]))
    else:
        ln.seq("F/U | ", (p.last.upper() + " " + p.first, "name"), " seen again, orig visit ", (dstr(onset, "%m/%d"), "date"),
               "; %s improving. NOK " % c[1], (p.nok[0], "name"), " (%s) to be called via sat phone at " % p.nok[1],
               (p.nok[2], "phone"), " if no improvement | ")
    ln.t(SMO[v[0]])
    return [ln]


def g_bwt(phi):
    tick()
    v = vessel()
    if not phi:
        if R.random() < .6:
            ln = Ln("bwt_logfmt").t("ts=%s level=info svc=bwt-gateway session=%s vessel=%s link=VSAT-Ku kbps_up=%d kbps_down=%d rtt_ms=%d jitter_ms=%d loss_pct=%.1f codec=h264 res=640x360" % (
                iso(), hexs(16), v[0], R.randint(128, 512), R.randint(512, 2048), R.randint(540, 720), R.randint(8, 90), R.uniform(0, 3)))
            return [ln]
        return [J("bwt_json", {"eventType": "heartbeat", "vessel": {"name": v[1], "mmsi": v[2]}, "terminal": SHIP_IMEI[v[0]],
                                "uptimeSec": R.randint(1000, 900000), "apiVersion": "3.14.2", "sentAt": iso()})]
    p = pick()
    case = "BWT-%07d" % R.randint(1000000, 9999999)
    c = R.choice(COMPLAINTS)
    k = R.randint(0, 2)
    if k == 0:
        o = {"eventType": "consult.opened", "caseRef": P(case, "other_id"), "vessel": {"name": v[1], "mmsi": v[2]},
             "patient": {"familyName": P(p.last, "name"), "givenName": P(p.first, "name"), "birthDate": P(dstr(p.dob), "date"),
                         "sex": p.sex, "employer": p.affil},
             "chiefComplaint": c[0], "priority": R.choice(["ROUTINE", "URGENT", "EMERGENT"]),
             "requestedBy": SMO[v[0]], "sentAt": iso()}
        return [J("bwt_json", o)]
    if k == 1:
        o = {"eventType": "vitals.stream", "caseRef": P(case, "other_id"),
             "device": {"model": "Nonin 3150 WristOx2", "serial": P("%03d%07d" % (R.randint(500, 599), R.randint(0, 9999999)), "device"),
                        "fw": "2.1.%d" % R.randint(0, 9)},
             "spo2": R.randint(88, 99), "hr": R.randint(58, 120), "sentAt": iso()}
        return [J("bwt_json", o)]
    ln = Ln("bwt_logfmt").seq("ts=%s level=info svc=bwt-media msg=\"image uploaded\" case=" % iso(), (case, "other_id"),
                              " file=IMG_%04d.jpg bytes=%d sha256=%s consultant=\"%s\"" % (R.randint(1, 9999), R.randint(200000, 3000000), hexs(64), R.choice(TELEDOCS)))
    return [ln]


def g_medevac(phi):
    tick()
    v = vessel()
    lat = "%d %04.1fN" % (R.randint(40, 57), R.uniform(0, 59.9))
    lon = "%03d %04.1fW" % (R.randint(124, 160), R.uniform(0, 59.9))
    if not phi:
        if R.random() < .5:
            return [Ln("medevac_kv").t("%s medevac-coord evt=WX_CHECK vessel=%s pos=\"%s %s\" sea_state=%d wind_kt=%d ceiling_ft=%d helo=\"CG %d\" status=%s" % (
                iso(ms=False), v[1].replace(" ", "_"), lat, lon, R.randint(2, 7), R.randint(5, 40), R.randint(400, 5000), R.randint(6001, 6040), R.choice(["HOLD", "GO", "DIVERT"])))]
        return [Ln("medevac_xml").t('<sitrep xmlns="urn:moi:fleet:medevac:1" seq="%d"><vessel mmsi="%s">%s</vessel><pos>%s %s</pos><rcc>JRCC Victoria</rcc><status>COMMS_CHECK</status><auth>%s</auth></sitrep>' % (
            R.randint(1, 30), v[2], v[1], lat, lon, CAPT[v[0]]))]
    p = pick()
    case = "MV-24-%04d" % R.randint(1, 80)
    c = R.choice(COMPLAINTS)
    if R.random() < .55:
        ln = Ln("medevac_kv").seq("%s medevac-coord evt=%s case=" % (iso(ms=False), R.choice(["MRCC_NOTIFY", "PT_UPDATE", "HANDOVER"])),
                                  (case, "other_id"), " vessel=%s pos=\"%s %s\" rcc=\"JRCC Victoria\" pt=\"" % (v[1].replace(" ", "_"), lat, lon),
                                  (p.lf(), "name"), "\" age=", (str(p.age), "age" if p.age > 89 else None), " dob=", (dstr(p.dob), "date"),
                                  " dx=\"%s\" nok=\"" % c[1], (p.nok[0], "name"), "\" nok_tel=\"", (p.nok[2], "phone"),
                                  "\" auth=\"%s\"" % CAPT[v[0]])
        return [ln]
    ln = Ln("medevac_xml").seq('<sitrep xmlns="urn:moi:fleet:medevac:1" seq="%d"><case>' % R.randint(1, 30), (case, "other_id"),
                               '</case><vessel mmsi="%s">%s</vessel><pos>%s %s</pos><pt><name>' % (v[2], v[1], lat, lon),
                               (p.full(), "name"), '</name><dob>', (dstr(p.dob, "%Y%m%d"), "date"), '</dob><mrn>', (p.mrn, "mrn"),
                               '</mrn><plb>', (p.plb, "device"), '</plb></pt><transfer to="Olympic Coast Regional Medical Center" eta="%s"/><auth>%s</auth></sitrep>' % (
                                   iso(now() + timedelta(hours=3), ms=False), CAPT[v[0]]))
    return [ln]


def g_berth(phi):
    tick(2, 60)
    v = vessel()
    if not phi:
        return [Ln("berthing_csv").t(R.choice([
            "cruise,berth,last,first,role,affil,embark,disembark,diet,plb_uin",
            "%s,%d-%02d,VACANT,,,,,,," % (v[4], R.randint(1, 3), R.randint(1, 24)),
            "%s,1-01,--PILOT (harbor)--,,PILOT,PSP,,,STD," % v[4],
            "# export %s by berthing-svc 4.2.0 rows=%d" % (iso(ms=False), R.randint(20, 40)),
        ]))]
    p = pick()
    emb = near_date(3, 10)
    dis = emb + timedelta(days=R.randint(6, 30))
    ln = Ln("berthing_csv").seq("%s,%d-%02d," % (v[4], R.randint(1, 3), R.randint(1, 24)), (p.last, "name"), ",", (p.first, "name"),
                                ",%s,%s," % (p.role, '"' + p.affil + '"' if "," in p.affil else p.affil), (dstr(emb), "date"), ",",
                                (dstr(dis), "date"), ",%s," % R.choice(["STD", "VEG", "VGN", "HALAL", "GF", "NUT-FREE"]), (p.plb, "device"))
    return [ln]


def g_manifest(phi):
    tick(2, 90)
    v = vessel()
    if not phi:
        if R.random() < .5:
            return [Ln("manifest").t("HDR|%s|VESSEL=%s|CALLSIGN=%s|PORT=%s|ETD=%s|POB=%d|VER=%d" % (
                v[4], v[1], v[3], R.choice(["NEWPORT OR", "SEATTLE WA", "ASTORIA OR"]), dstr(near_date(0, 10), "%Y-%m-%dT16:00"), R.randint(28, 52), R.randint(1, 9)))]
        return [Ln("manifest").t("TRL|%s|REC=%d|CRC=0x%s|GEN=manifest-svc/2.8.%d" % (v[4], R.randint(20, 52), hexs(6).upper(), R.randint(0, 20)))]
    p = pick()
    seq = "%03d" % R.randint(1, 52)
    if R.random() < .2:
        good = R.random() < .7
        ln = Ln("manifest").seq("PRK|%s|%s|%s|" % (v[4], seq, p.state or "WA"), (p.plate, "vehicle"), "|VIN ", (vin(good), "vehicle"),
                                "|LOT B|%s" % ("OK" if good else "WARN:VIN_CHECKDIGIT"))
        return [ln]
    ln = Ln("manifest").seq("MAN|%s|%s|" % (v[4], seq), (strip_acc(p.last).upper() + "^" + strip_acc(p.first).upper(), "name"), "|",
                            (dstr(p.dob, "%Y%m%d"), "date"), "|%s|" % p.nat, (p.passport, "license"), "|%d-%02d-%02d|%s|" % (
                                R.randint(2025, 2033), R.randint(1, 12), R.randint(1, 28), p.role))
    if p.mmc:
        ln.seq("MMC ", (p.mmc, "license"))
    elif p.stu:
        ln.seq("STUID ", (p.stu, "other_id"))
    else:
        ln.t(p.affil)
    return [ln]


X12_CTR = [1000]


def g_834(phi):
    tick(1, 5)
    X12_CTR[0] += 1
    if not phi:
        return [Ln("x12_834").t(R.choice([
            "ISA*00*          *00*          *ZZ*MOIHRIS        *ZZ*CASCADIAMUT    *%s*%s*^*00501*%09d*0*P*:~" % (now().strftime("%y%m%d"), now().strftime("%H%M"), X12_CTR[0]),
            "GS*BE*MOIHRIS*CASCADIAMUT*%s*%s*%d*X*005010X220A1~" % (now().strftime("%Y%m%d"), now().strftime("%H%M"), X12_CTR[0]),
            "ST*834*%04d*005010X220A1~" % (X12_CTR[0] % 10000),
            "BGN*00*MOI%s*%s*%s****4~" % (now().strftime("%y%m%d"), now().strftime("%Y%m%d"), now().strftime("%H%M")),
            "N1*P5*MARROWSTONE OCEANOGRAPHIC INST*FI*91%07d~" % 1432207,
            "N1*IN*CASCADIA MUTUAL HEALTH*XV*CXM01~",
            "REF*38*GRP-OCN-4410~",
            "SE*%d*%04d~" % (R.randint(20, 200), X12_CTR[0] % 10000),
        ]))]
    p = pick()
    out = []
    out.append(Ln("x12_834").t("INS*Y*18*%s*XN*A*E**FT~" % R.choice(["021", "001", "030"])))
    out.append(Ln("x12_834").seq("REF*0F*", (p.member, "health_plan"), "~"))
    out.append(Ln("x12_834").t("REF*1L*GRP-OCN-4410~"))
    if p.emp:
        out.append(Ln("x12_834").seq("REF*ZZ*", (p.emp, "other_id"), "~"))
    l = Ln("x12_834")
    # NM1 carries last and first as separate elements: one name span each
    l.t("NM1*IL*1*").p(strip_acc(p.last).upper(), "name").t("*").p(strip_acc(p.first).upper(), "name").t("*%s***" % (p.mid[:1] if p.mid else ""))
    if p.ssn:
        l.t("34*").p(p.ssn.replace("-", ""), "ssn")
    else:
        l.t("ZZ*").p(p.passport, "license")
    l.t("~")
    out.append(l)
    ph = "".join(ch for ch in p.phone if ch.isdigit())
    out.append(Ln("x12_834").seq("PER*IP**HP*", (ph, "phone"), "*EM*", (p.email, "email"), "~"))
    out.append(Ln("x12_834").seq("N3*", (strip_acc(p.street).upper(), "address"), "~"))
    out.append(Ln("x12_834").seq("N4*", (strip_acc(p.city).upper(), "address"), "*%s*" % (p.state or "ZZ"), (p.zip, "zip"),
                                 "~" if p.state else "*%s~" % p.nat[:2]))
    out.append(Ln("x12_834").seq("DMG*D8*", (dstr(p.dob, "%Y%m%d"), "date"), "*%s~" % p.sex))
    out.append(Ln("x12_834").t("HD*030**HLT*PPO-OCEAN-%s*EMP~" % R.choice(["A", "B"])))
    out.append(Ln("x12_834").seq("DTP*348*D8*", (dstr(near_date(0, 25), "%Y%m%d"), "date"), "~"))
    return out


HL7_CTR = [5000]


def g_hl7(phi):
    tick(5, 60)
    HL7_CTR[0] += 1
    ts = now().strftime("%Y%m%d%H%M%S")
    if not phi:
        return [Ln("hl7v2").t("MSH|^~\\&|OCCHLTH|PORTOCC^2.16.840.1.113883.3.%d|MOIEHR|MOI|%s||ACK^A04|ACK%08d|P|2.5.1" % (R.randint(1000, 9999), ts, HL7_CTR[0])),
                Ln("hl7v2").t("MSA|AA|OH%08d|message accepted" % (HL7_CTR[0] - 1))]
    p = pick()
    typ = R.choice(["ADT^A04", "ORU^R01"])
    out = [Ln("hl7v2").t("MSH|^~\\&|OCCHLTH|PORTOCC|MOIEHR|MOI|%s||%s|OH%08d|P|2.5.1" % (ts, typ, HL7_CTR[0]))]
    pid = Ln("hl7v2").t("PID|1||").p(p.mrn, "mrn").t("^^^MOI^MR~").p("PO%07d" % R.randint(0, 9999999), "mrn").t("^^^PORTOCC^PI||")
    pid.p(strip_acc(p.last).upper() + "^" + strip_acc(p.first).upper() + ("^" + p.mid.strip(".").upper() if p.mid else ""), "name")
    pid.t("||").p(dstr(p.dob, "%Y%m%d"), "date").t("|%s|||" % p.sex)
    if p.state:
        pid.p(strip_acc(p.street), "address").t("^^").p(p.city, "address").t("^%s^" % p.state).p(p.zip, "zip").t("^USA")
    else:
        pid.p(strip_acc(p.street), "address").t("^^").p(strip_acc(p.city), "address").t("^^").p(p.zip, "zip").t("^%s" % p.nat)
    pid.t("||").p(p.phone, "phone").t("^PRN^PH|||||").p("A%09d" % R.randint(0, 999999999), "account").t("|")
    if p.ssn:
        pid.p(p.ssn, "ssn")
    pid.t("|")
    out.append(pid)
    if typ == "ADT^A04":
        out.append(Ln("hl7v2").seq("NK1|1|", (p.nok[0].split()[-1].upper() + "^" + p.nok[0].split()[0].upper(), "name"),
                                   "|%s|||" % {"spouse": "SPO", "mother": "MTH", "father": "FTH", "partner": "DOM", "sister": "SIS", "brother": "BRO", "son": "CHD", "daughter": "CHD"}[p.nok[1]],
                                   (p.nok[2], "phone"), "||EC"))
        out.append(Ln("hl7v2").seq("PV1|1|O|PORTOCC^EXAM3^^PORTOCC||||%s^NAKASHIMA^GRACE^^^MD|||OCC||||||||||" % npi(),
                                   ("V%08d" % R.randint(0, 99999999), "account"), "|||||||||||||||||||||||||", (now().strftime("%Y%m%d") + "0900", "date")))
        out.append(Ln("hl7v2").seq("IN1|1|PPO-OCEAN|CXM01|CASCADIA MUTUAL HEALTH|PO BOX 34120^^SEATTLE^WA^98124||||GRP-OCN-4410|||||||",
                                   (strip_acc(p.last).upper() + "^" + strip_acc(p.first).upper(), "name"), "|SEL|||||||||||||||||", (p.member, "health_plan")))
    else:
        out.append(Ln("hl7v2").t("OBR|1|ORD%07d|FIL%07d|AUDIO^Pure tone audiogram^L|||%s|||||||||%s^NAKASHIMA^GRACE^^^MD" % (R.randint(0, 9999999), R.randint(0, 9999999), ts, npi())))
        out.append(Ln("hl7v2").t("OBX|1|NM|AUD-4K-R^Right 4kHz threshold^L||%d|dB HL|0-25|%s|||F" % (R.randint(5, 55), R.choice(["N", "H"]))))
        out.append(Ln("hl7v2").t("OBX|2|ST|FIT^Fit for sea duty^L||%s||||||F" % R.choice(["FIT", "FIT WITH RESTRICTION", "TEMP UNFIT"])))
    return out


def g_fhir(phi):
    tick()
    if not phi:
        o = {"resourceType": "Bundle", "type": "transaction-response", "id": uuid(), "meta": {"lastUpdated": iso()},
             "entry": [{"response": {"status": "201 Created", "location": "Encounter/%s/_history/1" % uuid(), "etag": 'W/"1"'}}]}
        return [J("fhir", o, sep=(",", ":"))]
    p = pick()
    v = vessel()
    if R.random() < .5:
        o = {"resourceType": "Encounter", "id": uuid(), "status": "finished", "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "VR", "display": "virtual"},
             "subject": {"reference": S("Patient/", P(p.fhir, "other_id")), "display": P(p.full(), "name")},
             "period": {"start": P(dstr(now()) + "T" + now().strftime("%H:%M:00Z"), "date")},
             "serviceProvider": {"display": "BlueWater TeleHealth"}, "location": [{"location": {"display": "R/V %s sickbay" % v[1].title()}}]}
    else:
        addr = {"line": [P(p.street, "address")], "city": P(p.city, "address"), "postalCode": P(p.zip, "zip"), "country": p.nat}
        if p.state:
            addr["state"] = p.state
            if R.random() < .5:
                addr["district"] = P(p.county + " County", "address")
        o = {"resourceType": "Patient", "id": P(p.fhir, "other_id"),
             "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.7731.1", "value": P(p.mrn, "mrn")}],
             "name": [{"family": P(p.last, "name"), "given": [P(p.first, "name")]}], "gender": {"F": "female", "M": "male"}[p.sex],
             "birthDate": P(dstr(p.dob), "date"), "address": [addr],
             "telecom": [{"system": "email", "value": P(p.email, "email")}]}
    return [J("fhir", o, sep=(",", ":"))]


HOSTS = ["kb-srv01", "kb-vsat", "ev-srv01", "ev-vsat", "tl-srv02", "moi-medclear-1", "moi-mft"]


def g_syslog(phi):
    tick()
    h = R.choice(HOSTS)
    t = now().strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1)
    pid = R.randint(200, 39999)
    msg = R.choice([
        "sshd[%d]: Accepted publickey for %s from 10.%d.%d.%d port %d ssh2: ED25519 SHA256:%s" % (pid, R.choice(["ops", "netadmin", "rokafor", "backup"]), R.randint(10, 30), R.randint(0, 9), R.randint(2, 250), R.randint(40000, 65000), hexs(20)),
        "chronyd[%d]: Selected source 192.0.2.%d (gps-pps)" % (pid, R.randint(1, 20)),
        "kernel: [%d.%06d] eth1: link up, 1000Mbps, full-duplex" % (R.randint(1000, 999999), R.randint(0, 999999)),
        "iDirect-modem[%d]: SN 4%07d Rx SNR %.1f dB Tx power %.1f dBm beam %d" % (pid, R.randint(0, 9999999), R.uniform(4, 12), R.uniform(-20, -5), R.randint(1, 40)),
        "CRON[%d]: (root) CMD (/opt/moi/bin/sync-manifest --vessel %s)" % (pid, h[:2].upper()),
        "postfix/smtp[%d]: %s: to=<fleetmed@moi-ocean.org>, relay=mx1.moi-ocean.org[198.51.100.25]:25, delay=%.1f, status=sent" % (pid, hexs(10).upper(), R.uniform(0.1, 40)),
        "systemd[1]: Started medlocker-sync.service - Medical locker inventory sync.",
    ])
    return [Ln("syslog").t("<%d>%s %s %s" % (R.choice([13, 30, 38, 86]), t, h, msg))]


UA = ["Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"]


def pub_ip():
    return "%d.%d.%d.%d" % (R.choice([24, 67, 73, 98, 174, 71, 83, 212]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def g_nginx(phi):
    tick(1, 120)
    t = now().strftime("[%d/%b/%Y:%H:%M:%S +0000]")
    if not phi:
        path, ua, ip = R.choice([("/healthz", "kube-probe/1.28", "10.42.%d.%d" % (R.randint(0, 3), R.randint(2, 250))),
                                 ("/static/js/app.%s.js" % hexs(8), R.choice(UA), "10.20.%d.%d" % (R.randint(0, 9), R.randint(2, 250))),
                                 ("/api/v2/cruises/KB24-07/requirements", R.choice(UA), "10.20.%d.%d" % (R.randint(0, 9), R.randint(2, 250))),
                                 ("/robots.txt", "Mozilla/5.0 (compatible; bingbot/2.0)", "157.55.39.%d" % R.randint(1, 250))])
        return [Ln("nginx").t('%s - - %s "GET %s HTTP/1.1" 200 %d "-" "%s" rt=%.3f' % (ip, t, path, R.randint(60, 90000), ua, R.uniform(0.001, 0.4)))]
    p = pick()
    path = R.choice(["/api/v2/clearances/%s/forms/PQ-%d" % (p.cid, R.randint(1, 3)), "/me/clearances/%s/upload" % p.cid,
                     "/api/v2/clearances/%s/status" % p.cid])
    meth = "POST" if "upload" in path else "GET"
    ln = Ln("nginx").seq((pub_ip(), "ip"), " - - %s \"%s " % (t, meth), (path, "url"), ' HTTP/1.1" %d %d "https://clearance.moi-ocean.org/me" "%s" rt=%.3f' % (
        R.choice([200, 200, 201, 304, 413]), R.randint(200, 40000), R.choice(UA), R.uniform(0.01, 2.5)))
    return [ln]


def g_java(phi):
    tick()
    ts = now().strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (now().microsecond // 1000)
    frames = ["\tat com.moi.fleet.manifest.sync.EnoadClient.submit(EnoadClient.java:%d)" % R.randint(80, 300),
              "\tat com.moi.fleet.manifest.sync.SyncJob.run(SyncJob.java:%d)" % R.randint(40, 200),
              "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)",
              "\tat java.base/java.lang.Thread.run(Thread.java:1583)"]
    out = []
    if not phi:
        out.append(Ln("java_trace").t("%s ERROR [manifest-sync-%d] c.m.f.manifest.sync.SyncJob - push to eNOAD failed (attempt %d/5) traceId=%s" % (ts, R.randint(1, 8), R.randint(1, 5), hexs(32))))
        out.append(Ln("java_trace").t("java.net.SocketTimeoutException: Read timed out after %d ms" % R.choice([30000, 60000])))
    else:
        p = pick()
        out.append(Ln("java_trace").seq("%s WARN  [manifest-sync-%d] c.m.f.manifest.ManifestValidator - rejected row for " % (ts, R.randint(1, 8)),
                                        (p.lf(), "name"), " dob=", (dstr(p.dob), "date"), " traceId=%s" % hexs(32)))
        out.append(Ln("java_trace").seq("com.moi.fleet.manifest.ValidationException: duplicate travel document '", (p.passport, "license"),
                                        "' on cruise %s" % vessel()[4]))
        frames[0] = "\tat com.moi.fleet.manifest.ManifestValidator.checkDocs(ManifestValidator.java:%d)" % R.randint(60, 200)
    for f in frames[:R.randint(2, 4)]:
        out.append(Ln("java_trace").t(f))
    return out


def g_pg(phi):
    tick()
    ts = now().strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC" % (now().microsecond // 1000)
    pre = "%s [%d] medapp@moimed LOG:  AUDIT: SESSION,%d,1,READ,SELECT,,," % (ts, R.randint(1000, 60000), R.randint(1, 900))
    if not phi:
        return [Ln("pgaudit").t(pre + R.choice(['"SELECT count(*) FROM clearance WHERE cruise_id = $1 AND status = \'PENDING_MD\'",<not logged>',
                                                 '"SELECT id, sku, lot, exp FROM locker_item WHERE vessel = \'KB\' AND exp < now() + interval \'90 days\'",<not logged>',
                                                 '"VACUUM ANALYZE encounter",<none>']))]
    p = pick()
    if R.random() < .5:
        return [Ln("pgaudit").seq(pre, "\"SELECT * FROM encounter e JOIN patient p ON p.id = e.patient_id WHERE p.mrn = '", (p.mrn, "mrn"), "'\",<not logged>")]
    return [Ln("pgaudit").seq(pre.replace("READ,SELECT", "WRITE,UPDATE"), "\"UPDATE patient SET phone = '", (p.phone, "phone"),
                              "', updated_by = '%s' WHERE last_name = '" % R.choice(list(SMO_USER.values())), (p.last.replace("'", "''"), "name"),
                              "' AND dob = '", (dstr(p.dob), "date"), "'\",<not logged>")]


def g_sms(phi):
    tick()
    v = vessel()
    pre = "%s iridium-gw MO imei=%s momsn=%d from=\"%s bridge\" to=fleetmed@moi-ocean.org body=\"" % (iso(ms=False), SHIP_IMEI[v[0]], R.randint(100, 9999), v[1])
    if not phi:
        return [Ln("iridium_sms").t(pre + R.choice(["Noon pos %d %04.1fN %03d %04.1fW, all well, POB %d" % (R.randint(40, 57), R.uniform(0, 59), R.randint(124, 160), R.uniform(0, 59), R.randint(28, 52)),
                                                    "VSAT down since 0300Z, using Iridium only. Telemed via voice if needed.",
                                                    "Med locker reorder: ondansetron ODT x2 box, 4-0 nylon x1, SKU MOI-ML-%04d" % R.randint(1, 999)]) + "\"")]
    p = pick()
    return [Ln("iridium_sms").seq(pre, "Pls call NOK of ", (p.first + " " + p.last, "name"), " (", (p.nok[0], "name"), ", ", (p.nok[2], "phone"),
                                  "), pt stable, medevac case ", ("MV-24-%04d" % R.randint(1, 80), "other_id"), " pending wx. -%s\"" % SMO[v[0]])]


def g_chat(phi):
    tick()
    base = {"ts": "%d.%06d" % (int((now() - datetime(1970, 1, 1)).total_seconds()), R.randint(0, 999999)), "channel": "#fleet-med",
            "user": "U0%s" % hexs(8).upper()}
    if not phi:
        base["text"] = R.choice(["VSAT back up on KB, telemed test at 1400Z?", "reminder: TB IGRA results must be in before EV24-03 sails",
                                 "BlueWater changed their on-call number to +1 (844) 555-0199, updating the binder",
                                 "who has the key for the Zoll cabinet on TL? asking for the drill"])
        return [J("chat", base)]
    p = pick()
    k = R.randint(0, 2)
    if k == 0:
        base["text"] = S("clearance for ", P(p.first + " " + p.last, "name"), " still missing dental, can someone nudge? ", P(p.email, "email"))
    elif k == 1:
        base["text"] = S("FYI ", P(p.first, "name"), " (", P(p.cid, "other_id"), ") is pregnant, restricted from small boat ops on ", vessel()[4])
    else:
        base["text"] = S("<@U0%s> pt " % hexs(8).upper(), P(p.mrn, "mrn"), " DOB ", P(dstr(p.dob, "%m/%d/%Y"), "date"), " needs her EpiPen listed before the 18th")
    return [J("chat", base)]


ITEMS = [("0093-7180-56", "ONDANSETRON 4MG ODT"), ("0536-1016-10", "ASPIRIN 81MG CHEW"), ("0049-3960-20", "CEFTRIAXONE 1G VIAL"),
         ("49502-500-02", "EPINEPHRINE AUTOINJ 0.3MG"), ("0904-5853-61", "MECLIZINE 25MG TAB"), ("0338-0049-04", "SOD CHL 0.9% 1000ML")]


def g_locker(phi):
    tick()
    v = vessel()
    ndc, name = R.choice(ITEMS)
    lot = "%s%04d%s" % (R.choice("KLMN"), R.randint(0, 9999), R.choice("ABC"))
    if not phi:
        return [Ln("medlocker").t("%s %-2s INV  NDC %-13s LOT %-8s EXP %s QTY %4d  %-28s%s" % (
            now().strftime("%Y%m%d%H%M"), v[0], ndc, lot, "20%d-%02d" % (R.randint(24, 28), R.randint(1, 12)), R.randint(0, 60), name, SMO_USER[v[0]]))]
    p = pick()
    return [Ln("medlocker").seq("%s %-2s DISP NDC %-13s LOT %-8s QTY %4d  %-28s PT " % (now().strftime("%Y%m%d%H%M"), v[0], ndc, lot, R.randint(1, 12), name),
                                (p.mrn, "mrn"), " ", (strip_acc(p.last).upper()[:14], "name"),
                                " " * (15 - len(strip_acc(p.last).upper()[:14])), SMO_USER[v[0]])]


def g_benefits(phi):
    tick()
    if not phi:
        return [J("benefits_api", {"time": iso(), "level": "INFO", "component": "hris-bridge", "msg": R.choice(["834 batch built", "EOI sync complete", "token refreshed"]),
                                   "batch": "B%s-%03d" % (now().strftime("%Y%m%d"), R.randint(1, 40)), "records": R.randint(0, 140), "tenant": "moi_prod",
                                   "endpoint": "https://wd5-services1.myworkday.com/ccx/service/moi/Benefits_Administration/v41.1"})]
    p = pick()
    k = R.randint(0, 2)
    if k == 0:
        o = {"time": iso(), "level": "INFO", "component": "hris-bridge", "msg": "leave.case.created", "worker_id": P(p.emp or "E00%05d" % R.randint(10000, 99999), "other_id"),
             "worker_name": P(p.lf(), "name"), "leave_type": "MED_LOA_AT_SEA_INJURY", "effective": P(dstr(near_date(3, 2)), "date"),
             "analyst": "mdelacroix"}
    elif k == 1:
        o = {"time": iso(), "level": "INFO", "component": "hris-bridge", "msg": "hsa.reimbursement.queued", "worker_id": P(p.emp or "E00%05d" % R.randint(10000, 99999), "other_id"),
             "card_last4": "****", "card": P(card(R.choice(["4", "51", "37"])) if R.random() < .8 else card("6011"), "account"),
             "bank_acct": P("%d" % R.randint(10 ** 9, 10 ** 12), "account"), "routing": "125000024", "amount": round(R.uniform(12, 900), 2)}
        if o["card"].v.startswith("37"):
            o["card"] = P(o["card"].v[:15], "account")
    else:
        o = {"time": iso(), "level": "WARN", "component": "hris-bridge", "msg": "dependent.mismatch", "subscriber": P(p.member, "health_plan"),
             "dependent_name": P(p.nok[0], "name"), "relationship": p.nok[1].upper(), "dependent_dob": P(dstr(datetime(R.randint(1960, 2015), R.randint(1, 12), R.randint(1, 28))), "date")}
        if OLD and R.random() < .4:
            q = R.choice(OLD)
            o = {"time": iso(), "level": "INFO", "component": "hris-bridge", "msg": "guest.medicare.recorded", "guest": P(q.full(), "name"),
                 "age": P(q.age, "age"), "mbi": P(mbi(), "health_plan"), "cruise": "TL24-DAY2"}
    return [J("benefits_api", o)]


def g_sso(phi):
    tick()
    u = R.choice(["isolberghaas", "rokafor", "mlavoie", "camundsen", "mdelacroix", "hkrogh.bwt"])
    return [Ln("sso").t("time=%s app=okta event=user.session.start actor=%s@moi-ocean.org outcome=SUCCESS client_ip=%s ua=\"%s\" mfa=push session=%s" % (
        iso(ms=False), u, pub_ip(), R.choice(UA), hexs(24)))]


GENS = [  # (gen, weight, can_phi, can_clean)
    (g_medclear, 10, True, True), (g_smo, 8, True, True), (g_bwt, 8, True, True), (g_medevac, 5, True, True),
    (g_berth, 7, True, True), (g_manifest, 7, True, True), (g_834, 3, True, True), (g_hl7, 3, True, True),
    (g_fhir, 5, True, True), (g_syslog, 8, False, True), (g_nginx, 7, True, True), (g_java, 2, True, True),
    (g_pg, 4, True, True), (g_sms, 4, True, True), (g_chat, 5, True, True), (g_locker, 5, True, True),
    (g_benefits, 5, True, True), (g_sso, 4, False, True)]


def main():
    lines = []
    while len(lines) < N_LINES:
        phi = R.random() < 0.47
        cands = [(g, w) for g, w, cp, cc in GENS if (cp if phi else cc)]
        tot = sum(w for _, w in cands)
        x = R.uniform(0, tot)
        for g, w in cands:
            x -= w
            if x <= 0:
                break
        lines.extend(g(phi))
    lines = lines[:N_LINES]
    with open("rv.log", "wb") as f, open("rv.labels.jsonl", "w", encoding="utf-8") as fl:
        for i, ln in enumerate(lines, 1):
            b = bytes(ln.buf)
            if b"\n" in b or b"\r" in b or not b.strip():
                raise SystemExit("line %d bad newline/empty" % i)
            b.decode("utf-8")
            last = 0
            spans = []
            for s, e, c, v in sorted(ln.spans):
                if not (0 <= s < e <= len(b)):
                    raise SystemExit("line %d span out of range" % i)
                if s < last:
                    raise SystemExit("line %d overlapping spans" % i)
                if b[s:e].decode("utf-8") != v:
                    raise SystemExit("line %d span text mismatch %r" % (i, v))
                last = e
                spans.append({"s": s, "e": e, "cat": c})
            f.write(b + b"\n")
            fl.write(json.dumps({"line": i, "family": ln.fam, "spans": spans}) + "\n")


if __name__ == "__main__":
    main()
