#!/usr/bin/env python3
"""Deterministic generator for the perioperative / anesthesia PHI test corpus (gg).

Writes gg.log and gg.labels.jsonl next to this file. Standard library only.
"""
import base64
import datetime as dt
import json
import os
import random

random.seed(180518)

HERE = os.path.dirname(os.path.abspath(__file__))
ID = "gg"
N_LINES = 500
N_NO_PHI = 276


# ---------------------------------------------------------------- line builder
class Line:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []

    def t(self, s):
        self.buf += str(s).encode("utf-8")
        return self

    def p(self, s, cat):
        b = str(s).encode("utf-8")
        st = len(self.buf)
        self.buf += b
        self.spans.append((st, len(self.buf), cat, b))
        return self

    def v(self, s, cat=None):
        """plain or PHI depending on cat"""
        return self.p(s, cat) if cat else self.t(s)

    # JSON helpers -----------------------------------------------------------
    def js(self, s, cat=None, ascii_=False):
        """JSON string value with quotes; span covers content only"""
        enc = json.dumps(str(s), ensure_ascii=ascii_)
        self.t('"')
        self.v(enc[1:-1], cat)
        self.t('"')
        return self

    def finish(self):
        for s, e, cat, b in self.spans:
            assert bytes(self.buf[s:e]) == b, (self.family, s, e, cat)
            assert e > s
        prev = 0
        for s, e, _, _ in sorted(self.spans):
            assert s >= prev, "overlap"
            prev = e
        assert b"\n" not in self.buf and b"\r" not in self.buf
        assert len(self.buf) <= 4000, (self.family, len(self.buf))
        return self


class J:
    """Ordered JSON object writer onto a Line (compact or python-style separators)."""

    def __init__(self, line, sep=",", kv=":", ascii_=False):
        self.l = line
        self.first = True
        self.sep = sep
        self.kv = kv
        self.ascii = ascii_

    def open(self):
        self.l.t("{")
        self.first = True
        return self

    def close(self):
        self.l.t("}")
        self.first = False
        return self

    def key(self, k):
        if not self.first:
            self.l.t(self.sep)
        self.first = False
        self.l.t(json.dumps(k) + self.kv)
        return self

    def s(self, k, val, cat=None):
        self.key(k)
        self.l.js(val, cat, self.ascii)
        return self

    def n(self, k, val, cat=None):
        self.key(k)
        if isinstance(val, bool):
            self.l.t("true" if val else "false")
        elif val is None:
            self.l.t("null")
        else:
            self.l.v(json.dumps(val), cat)
        return self

    def obj(self, k):
        self.key(k)
        self.l.t("{")
        self.first = True
        return self

    def arr_raw(self, k, raw):
        self.key(k)
        self.l.t(raw)
        return self


# ---------------------------------------------------------------- helpers
TODAY = dt.date(2024, 3, 12)
OFFSET = "-05:00"  # CDT (DST started 2024-03-10)


def rdigits(n):
    return "".join(random.choice("0123456789") for _ in range(n))


def rhex(n):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))


def luhn_check(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_number(prefix, length):
    body = prefix + rdigits(length - len(prefix) - 1)
    return body + luhn_check(body)


def gs1_check(d):
    # d: digits without check digit
    total = 0
    for i, ch in enumerate(reversed(d)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - total % 10) % 10)


def gtin14(prefix):
    body = prefix + rdigits(13 - len(prefix))
    return body + gs1_check(body)


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    a = MBI_ALPHA
    an = MBI_ALPHA + "0123456789"
    return (random.choice("123456789") + random.choice(a) + random.choice(an) +
            random.choice("0123456789") + random.choice(a) + random.choice(an) +
            random.choice("0123456789") + random.choice(a) + random.choice(a) +
            random.choice("0123456789") + random.choice("0123456789"))


def fake_ssn():
    while True:
        area = random.randint(101, 665)
        if area != 666:
            break
    return "%03d-%02d-%04d" % (area, random.randint(1, 99), random.randint(1, 9999))


def age_on(dob, ref=TODAY):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


# ---------------------------------------------------------------- people
PATIENT_NAMES = [
    ("Yusuf", "Haddad", "M"), ("Thị Lan", "Nguyễn", "F"), ("Agnieszka", "Kowalczyk", "F"),
    ("Oluwaseun", "Adeyemi", "M"), ("Siobhan", "Fitzgerald", "F"), ("Joaquín", "Ramírez", "M"),
    ("Yuki", "Takahashi", "F"), ("Henrik", "Bergström", "M"), ("Priya", "Chowdhury", "F"),
    ("Dolores", "Castellanos", "F"), ("Kofi", "Mensah", "M"), ("Leilani", "Kealoha", "F"),
    ("Zeynep", "Yılmaz", "F"), ("Bogdan", "Petrov", "M"), ("Ruth", "Achterberg", "F"),
    ("Walter", "Brzezinski", "M"), ("Ngozi", "Okonkwo", "F"), ("Mateus", "Carvalho", "M"),
    ("Ingrid", "Sørensen", "F"), ("Dmitri", "Volkonsky", "M"), ("Mei-Ling", "Tsai", "F"),
    ("Eero", "Mäkinen", "M"), ("Fatima", "Benali", "F"), ("Abebe", "Tesfaye", "M"),
    ("Chiara", "Lombardi", "F"), ("Gulnara", "Sadykova", "F"), ("Tomasz", "Wójcik", "M"),
    ("Aaliyah", "Washington", "F"), ("Rafael", "Quispe", "M"), ("Hemi", "Parata", "M"),
]
RELATIVE_FIRST = ["Samir", "Minh", "Paweł", "Funke", "Declan", "Lucía", "Haruto", "Astrid", "Rohan",
                  "Marisol", "Ama", "Kainoa", "Emre", "Vesna", "Pieter", "Halina", "Chidi", "Beatriz",
                  "Nils", "Olga", "Wen", "Aino", "Karim", "Selam", "Giulia", "Timur", "Marta",
                  "Denise", "Rosa", "Aroha"]
RELATIONS = ["son", "daughter", "spouse", "wife", "husband", "brother", "sister", "niece", "grandson",
             "partner"]
STREETS = ["N Kedzie Ave", "W Belmont Ave", "S Halsted St", "N Lincoln Ave", "W Addison St",
           "E 53rd St", "N Sheridan Rd", "W Foster Ave", "S Pulaski Rd", "N Milwaukee Ave",
           "Maple Ct", "Ridgeland Ave", "W Irving Park Rd", "Forest Glen Dr", "N Damen Ave"]
CITIES = [("Chicago", "60625"), ("Chicago", "60618"), ("Evanston", "60201"), ("Oak Park", "60302"),
          ("Skokie", "60076"), ("Cicero", "60804"), ("Berwyn", "60402"), ("Des Plaines", "60016"),
          ("Chicago", "60640"), ("Park Ridge", "60068"), ("Chicago", "60617"), ("Niles", "60714")]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com"]
PUBLIC_IP_PREFIX = ["73.162", "98.213", "24.14", "174.51", "67.175", "108.77", "76.229", "99.38"]


def ascii_fold(s):
    table = {"ễ": "e", "ị": "i", "í": "i", "ö": "o", "ø": "o", "ä": "a", "ó": "o", "ı": "i",
             "ł": "l", "ú": "u", "é": "e", "Ø": "O", "ś": "s"}
    return "".join(table.get(c, c) for c in s)


class Patient:
    pass


def make_patients():
    pats = []
    old_idx = {0, 9, 14, 15, 19}  # 90+ patients
    for i, (first, last, sex) in enumerate(PATIENT_NAMES):
        p = Patient()
        p.first, p.last, p.sex = first, last, sex
        p.mi = random.choice("ABCDEFGHJKLMNPRSTW")
        if i in old_idx:
            y = random.randint(1926, 1933)
        else:
            y = random.randint(1946, 2004)
        p.dob = dt.date(y, random.randint(1, 12), random.randint(1, 28))
        p.age = age_on(p.dob)
        p.mrn = str(random.randint(30000000, 49999999))
        p.har = "7" + rdigits(9)
        p.ssn = fake_ssn()
        p.street = "%d %s" % (random.randint(120, 9899), random.choice(STREETS))
        p.city, p.zip = random.choice(CITIES)
        p.phone = "312-555-01%02d" % random.randint(1, 87) if random.random() < 0.6 else \
            "%s-555-01%02d" % (random.choice(["773", "847", "708", "630"]), random.randint(1, 87))
        fl = ascii_fold(first).lower().replace(" ", "").replace("-", "")
        ll = ascii_fold(last).lower()
        p.email = random.choice(["%s.%s%d" % (fl, ll, p.dob.year % 100), "%s%s" % (fl[0], ll),
                                 "%s_%s" % (ll, fl)]) + "@" + random.choice(EMAIL_DOMAINS)
        p.portal_user = "%s%s%02d" % (fl[:1], ll[:7], random.randint(1, 99))
        if p.age >= 65 and random.random() < 0.8:
            p.plan = "Medicare"
            p.member = mbi()
        else:
            p.plan = random.choice(["BCBSIL PPO", "Aetna Choice POS II", "UnitedHealthcare Choice Plus",
                                    "Cigna OAP", "Humana Gold Plus HMO", "IL Medicaid - Meridian"])
            if p.plan.startswith("BCBS"):
                p.member = random.choice(["XOF", "XOD", "ZGP"]) + rdigits(9)
            elif p.plan.startswith("IL Medicaid"):
                p.member = rdigits(9)
            elif p.plan.startswith("Aetna"):
                p.member = "W" + rdigits(9)
            elif p.plan.startswith("United"):
                p.member = rdigits(9) + "01"
            else:
                p.member = "U" + rdigits(8)
        p.group = rdigits(6)
        p.dl = random.choice("ABCDKLMNPRSTW") + rdigits(11)
        p.plate = random.choice(["%s %s" % ("".join(random.choice("ABCDEGHKLMNPRSTVWXY") for _ in range(2)), rdigits(5)),
                                 "%s%s" % (rdigits(3), "".join(random.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)))])
        rf = RELATIVE_FIRST[i]
        p.rel_name = "%s %s" % (rf, last if random.random() < 0.7 else random.choice(
            ["Moreno", "Kaplan", "Osei", "Lindqvist", "Dubois", "Harrington"]))
        p.rel_rel = random.choice(RELATIONS)
        p.rel_phone = "%s-555-01%02d" % (random.choice(["312", "773", "847", "224"]), random.randint(1, 87))
        p.ip = "%s.%d.%d" % (random.choice(PUBLIC_IP_PREFIX), random.randint(1, 254), random.randint(1, 254))
        pre = random.choice(["4", "51", "37"])
        p.card = luhn_number(pre, 15 if pre == "37" else 16)
        p.cied = None
        p.pump = None
        p.weight = round(random.uniform(48, 118), 1)
        p.height = random.randint(150, 192)
        pats.append(p)
    # cardiac implantable devices / insulin pumps (patient-owned)
    for i in (0, 5, 14, 19, 22):
        mfr = random.choice(["Medtronic", "Boston Scientific", "Abbott"])
        if mfr == "Medtronic":
            model, sn = random.choice(["Azure XT DR MRI W1DR01", "Advisa DR MRI A3DR01"]), \
                "RNB" + rdigits(6) + "S"
        elif mfr == "Boston Scientific":
            model, sn = "ACCOLADE MRI L331", rdigits(6)
        else:
            model, sn = "Assurity MRI PM2272", rdigits(7)
        pats[i].cied = (mfr, model, sn)
    for i in (3, 11, 17, 26):
        pats[i].pump = (random.choice(["Tandem t:slim X2", "Omnipod 5 PDM", "MiniMed 780G"]),
                        random.choice(["", "NG", "PDM-"]) + rdigits(7))
    # an international patient with passport
    pats[21].passport = "P" + rdigits(7)  # Finnish-style passport no.
    pats[25].passport = "N" + rdigits(8)
    return pats


PATIENTS = make_patients()

# staff (not PHI)
SURGEONS = [("Helena", "Vasquez"), ("Rajesh", "Iyer"), ("Marcus", "Feldman"), ("Adaeze", "Nwosu"),
            ("Kenji", "Mori"), ("Colette", "Brossard"), ("Tobias", "Lindgren"), ("Ana Lúcia", "Ferraz")]
ANESTH = [("Samuel", "Oduya"), ("Irina", "Volkova"), ("Daniel", "Whitcombe"), ("Sunita", "Rao"),
          ("Farid", "Rahimi")]
CRNAS = [("Jolene", "Parrish"), ("Miguel", "Santos"), ("Hyejin", "Park"), ("Trevor", "Aldana")]
RNS = [("Tamsin", "Okafor"), ("Brendan", "Doyle"), ("Lucia", "Moretti"), ("Precious", "Dlamini"),
       ("Kyle", "Horvath"), ("Noor", "Siddiqui")]
PACU_RNS = [("Grace", "Liang"), ("Owen", "Delacroix"), ("Marisa", "Trujillo")]


def uname(person):
    return (ascii_fold(person[0])[0] + ascii_fold(person[1]).replace(" ", "")).lower()


def npi():
    body = "1" + rdigits(8)
    # NPI check digit: Luhn over "80840" + 9 digits
    chk = luhn_check("80840" + body)
    return body + chk


STAFF_NPI = {p: npi() for p in SURGEONS + ANESTH}

PROCS = [("Laparoscopic cholecystectomy", "47562", 90), ("Total knee arthroplasty, right", "27447", 120),
         ("Lumbar laminectomy L4-L5", "63047", 150), ("CABG x3", "33533", 300),
         ("TURP", "52601", 75), ("ORIF distal radius, left", "25607", 80),
         ("Robotic-assisted radical prostatectomy", "55866", 210),
         ("Hip hemiarthroplasty, left", "27125", 110), ("Pacemaker generator change", "33228", 60),
         ("Total thyroidectomy", "60240", 140), ("Laparoscopic appendectomy", "44970", 60),
         ("Carotid endarterectomy, right", "35301", 160), ("Cataract extraction w/ IOL, left", "66984", 30),
         ("Reverse total shoulder arthroplasty", "23472", 150)]

ROOMS = ["MOR-%02d" % i for i in range(1, 19)] + ["ASC-OR%d" % i for i in range(1, 5)]

MONITOR_MODELS = [("Philips", "IntelliVue MX800"), ("Philips", "IntelliVue MX750"),
                  ("GE", "CARESCAPE B850")]
MACHINE_MODELS = [("Dräger", "Perseus A500"), ("GE", "Aisys CS2"), ("Dräger", "Fabius GS premium")]


def monitor_sn(vendor):
    if vendor == "Philips":
        return "DE" + rdigits(8)
    return "SFA" + rdigits(8) + "HA"


def machine_sn(vendor):
    if vendor == "Dräger":
        return "ASF" + random.choice("DEFKL") + "-" + rdigits(4)
    return "ANBT" + rdigits(5)


def mac(oui):
    return oui + ":" + ":".join("%02X" % random.randint(0, 255) for _ in range(3))


class Case:
    pass


def proc_for(p):
    while True:
        pr = random.choice(PROCS)
        if p.sex == "F" and pr[1] in ("52601", "55866"):
            continue
        return pr


def make_cases():
    cases = []
    rooms = random.sample(ROOMS, 16)
    for i in range(16):
        c = Case()
        c.pt = PATIENTS[i]
        c.no = "24-%07d" % random.randint(110000, 139999)
        c.log_id = random.randint(880000, 899999)
        c.record = str(random.randint(88000000, 88999999))
        c.room = rooms[i]
        c.surgeon = random.choice(SURGEONS)
        c.anes = random.choice(ANESTH)
        c.crna = random.choice(CRNAS)
        c.rn = random.choice(RNS)
        c.pacu_rn = random.choice(PACU_RNS)
        c.proc = proc_for(c.pt)
        if c.pt.cied:
            c.proc = PROCS[8]
        c.asa = random.choice([2, 2, 3, 3, 3, 4])
        mv = random.choice(MONITOR_MODELS)
        c.mon = (mv[0], mv[1], monitor_sn(mv[0]), mac("00:09:FB" if mv[0] == "Philips" else "00:1E:8F"),
                 "10.42.%d.%d" % (random.randint(6, 9), random.randint(20, 240)))
        av = random.choice(MACHINE_MODELS)
        c.mach = (av[0], av[1], machine_sn(av[0]), mac("00:1B:5C" if av[0] == "Dräger" else "00:19:7D"),
                  "10.42.%d.%d" % (random.randint(6, 9), random.randint(20, 240)))
        c.bis = "BIS-" + rdigits(6)
        c.pump_sn = rdigits(8)  # hospital Alaris channel, not PHI
        c.bay = "PACU-%02d" % random.randint(1, 24)
        c.status_idx = 0
        c.track = "%04d" % random.randint(1000, 9999)
        cases.append(c)
    return cases


CASES = make_cases()
STATUSES = ["SCHEDULED", "PRE_OP", "IN_ROOM", "ANESTHESIA_START", "TIME_OUT", "PROCEDURE_START",
            "CLOSING", "PROCEDURE_END", "OUT_OF_ROOM", "PACU_IN", "PACU_READY", "DISCHARGED"]
STATUS_HUMAN = {"SCHEDULED": "Scheduled", "PRE_OP": "In Pre-Op", "IN_ROOM": "In Room",
                "ANESTHESIA_START": "Anesthesia Start", "TIME_OUT": "Time Out", "PROCEDURE_START":
                    "Procedure Started", "CLOSING": "Closing", "PROCEDURE_END": "Procedure Complete",
                "OUT_OF_ROOM": "Out of Room", "PACU_IN": "In Recovery", "PACU_READY": "Ready for Discharge",
                "DISCHARGED": "Discharged"}

# ---------------------------------------------------------------- clock
CLOCK = [dt.datetime(2024, 3, 12, 5, 41, 7, 118000)]


def tick():
    CLOCK[0] += dt.timedelta(seconds=random.randint(4, 70), milliseconds=random.randint(0, 999))
    return CLOCK[0]


def ts_iso(now, ms=True):
    return now.strftime("%Y-%m-%dT%H:%M:%S") + (".%03d" % (now.microsecond // 1000) if ms else "") + OFFSET


def ts_utc(now):
    u = now + dt.timedelta(hours=5)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % (u.microsecond // 1000)


def ts_log4j(now):
    return now.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % (now.microsecond // 1000)


def epoch_ms(now):
    u = now + dt.timedelta(hours=5)
    e = (u - dt.datetime(1970, 1, 1)).total_seconds()
    return int(round(e * 1000))


def ts_syslog(now):
    return now.strftime("%b ") + ("%2d" % now.day) + now.strftime(" %H:%M:%S")


def ts_hl7(now):
    return now.strftime("%Y%m%d%H%M%S")


def ts_nginx(now):
    return now.strftime("[%d/%b/%Y:%H:%M:%S -0500]")


def future_date():
    return TODAY + dt.timedelta(days=random.randint(3, 60))


_ROT = {}


def rot(key, n):
    v = _ROT.get(key, random.randrange(n))
    _ROT[key] = (v + 1) % n
    return v


def pick_case(active=True):
    return random.choice(CASES)


def pick_pt():
    return random.choice(PATIENTS)


def name_lf(p, upper=False):
    s = "%s, %s" % (p.last, p.first)
    return s.upper() if upper else s


# ================================================================ families
# Each returns a finished Line. phi=True must produce >=1 span, False none.

def fam_orboard(now, phi):
    c = pick_case()
    L = Line("orboard-json")
    j = J(L)
    j.open()
    j.s("ts", ts_utc(now)).s("level", "info").s("svc", "orboard-events")
    r = random.random()
    if r < 0.7 or phi:
        old = STATUSES[c.status_idx]
        if c.status_idx < len(STATUSES) - 1:
            c.status_idx += 1
        new = STATUSES[c.status_idx]
        j.s("event", "case.status.changed").s("caseId", c.no).s("room", c.room)
        j.s("from", old).s("to", new)
        if phi:
            v = random.random()
            if v < 0.4:
                j.s("patientName", name_lf(c.pt), "name").s("mrn", c.pt.mrn, "mrn")
            elif v < 0.7:
                j.obj("patient").s("display", "%s, %s." % (c.pt.last, c.pt.first[0]), "name")
                j.n("ageYears", c.pt.age, "age" if c.pt.age > 89 else None)
                j.s("mrn", c.pt.mrn, "mrn").close()
            else:
                j.s("pt_mrn", c.pt.mrn, "mrn").s("surgeryDate", TODAY.isoformat(), "date")
        j.s("surgeon", "%s, %s MD" % (c.surgeon[1], c.surgeon[0]))
        j.s("anesthesia", "%s, %s MD" % (c.anes[1], c.anes[0]))
        j.s("circulator", "%s, %s RN" % (c.rn[1], c.rn[0]))
        j.n("seq", random.randint(1000, 9999)).s("boardVersion", "5.14.2")
    elif r < 0.85:
        j.s("event", "room.turnover").s("room", c.room).s("prevCase", c.no)
        j.n("turnoverMin", random.randint(18, 55)).n("targetMin", 30).s("evs", "EVS-%02d" % random.randint(1, 12))
    else:
        j.s("event", "board.refresh").s("unit", random.choice(["MAIN_OR", "ASC", "CVOR"]))
        j.n("rooms", random.randint(4, 18)).n("activeCases", random.randint(3, 16))
        j.n("latencyMs", random.randint(12, 480)).s("client", "10.42.%d.%d" % (random.randint(1, 9), random.randint(2, 250)))
    j.close()
    return L


def fam_aims(now, phi):
    c = pick_case()
    L = Line("aims-log4j")
    thread = random.choice(["ajp-nio-8009-exec-%d" % random.randint(1, 40), "pool-3-thread-%d" % random.randint(1, 16),
                            "DeviceIngest-%d" % random.randint(1, 8)])
    if phi:
        choice = rot(512, 6)
        lvl = "INFO "
        cls = "c.i.aims.record.PatientContext"
        if choice == 4:
            lvl, cls = "ERROR", "c.i.aims.adt.AdtMatcher"
        if choice == 5:
            lvl, cls = "WARN ", "c.i.aims.preop.PreopImporter"
        L.t(ts_log4j(now) + " " + lvl + " [" + cls + "] (" + thread + ") ")
        p = c.pt
        if choice == 0:
            L.t("Patient context set for record %s: mrn=" % c.record).p(p.mrn, "mrn").t(" name=\"")
            L.p(name_lf(p, True), "name").t("\" dob=").p(p.dob.isoformat(), "date")
            L.t(" wt=%.1fkg ht=%dcm room=%s" % (p.weight, p.height, c.room))
        elif choice == 1:
            L.t("Allergy reconciliation complete for ").p(name_lf(p, True), "name").t(" (MRN ").p(p.mrn, "mrn")
            L.t("): %s; reviewed by %s" % (random.choice(["penicillin (rash)", "NKDA", "latex", "sulfa (hives)",
                                                          "morphine (nausea)"]), uname(c.anes)))
        elif choice == 2:
            L.t("Case %s linked to encounter: patient=" % c.no).p(p.mrn, "mrn").t(" dos=").p(TODAY.strftime("%m/%d/%Y"), "date")
            L.t(" har=").p(p.har, "account").t(" asa=%d" % c.asa)
        elif choice == 3:
            L.t("Preop summary loaded record=%s age=" % c.record)
            L.v(str(p.age), "age" if p.age > 89 else None).t(" sex=%s ASA=%d" % (p.sex, c.asa))
            L.t(" mrn=").p(p.mrn, "mrn")
        elif choice == 4:
            L.t("ADT match failed for mrn=").p(p.mrn, "mrn").t(" dob=").p(p.dob.strftime("%Y%m%d"), "date")
            L.t(": %d candidate encounters, manual selection required (case %s)" % (random.randint(2, 3), c.no))
        else:
            if p.cied:
                L.t("CIED documented for ").p(name_lf(p), "name").t(": %s %s SN " % (p.cied[0], p.cied[1]))
                L.p(p.cied[2], "device").t(", programmed DDD 60, magnet response asynchronous; EP consult on file")
            else:
                L.t("Height missing in preop import for mrn ").p(p.mrn, "mrn").t(", defaulting BMI calc to null")
        return L
    choice = random.randint(0, 7)
    lvl, cls = "INFO ", "c.i.aims.record.RecordService"
    if choice == 1:
        cls = "c.i.aims.device.VitalsAutoDoc"
    if choice == 3:
        lvl, cls = "WARN ", "c.i.aims.device.VitalsAutoDoc"
    if choice == 4:
        cls = "c.i.aims.record.MedAdmin"
    L.t(ts_log4j(now) + " " + lvl + " [" + cls + "] (" + thread + ") ")
    if choice == 0:
        L.t("Record %s opened for case %s room %s by user %s (workstation AIMS-WS-%s, %s)" % (
            c.record, c.no, c.room, uname(c.anes), c.room[-2:], "10.42.%d.%d" % (random.randint(6, 9), random.randint(20, 240))))
    elif choice == 1:
        L.t("Auto-documented %d vitals from device %s (%s) for record %s interval=%ds" % (
            random.randint(5, 15), c.mon[2], c.mon[1], c.record, random.choice([15, 30, 60])))
    elif choice == 2:
        L.t("Event %s charted at %s for case %s by %s" % (random.choice(["ANES_START", "INDUCTION", "INTUBATION",
                                                                         "EMERGENCE", "EXTUBATION", "ANES_END"]),
                                                         now.strftime("%H:%M"), c.no, uname(c.crna)))
    elif choice == 3:
        L.t("Vitals gap detected record=%s device=%s gap=%ds threshold=180s" % (c.record, c.mach[2], random.randint(181, 420)))
    elif choice == 4:
        L.t("MedAdmin record=%s drug=%s dose=%s route=%s by=%s lot=%s" % (
            c.record, *random.choice([("propofol", "150 mg", "IV"), ("fentanyl", "100 mcg", "IV"),
                                      ("rocuronium", "50 mg", "IV"), ("cefazolin", "2 g", "IV"),
                                      ("ondansetron", "4 mg", "IV"), ("sugammadex", "200 mg", "IV"),
                                      ("dexamethasone", "8 mg", "IV")]), uname(c.crna),
            random.choice(["", "A"]) + rdigits(6)))
    elif choice == 5:
        L.t("Record %s finalized, signed by %s; %d events, %d gaps > 5 min, anesthesia time %d min" % (
            c.record, uname(c.anes), random.randint(120, 600), random.randint(0, 2), random.randint(45, 320)))
    elif choice == 6:
        L.t("Handoff %s -> %s recorded for record %s (I-PASS)" % (uname(c.crna), uname(random.choice(CRNAS)), c.record))
    else:
        L.t("Quality measure AQI-%d evaluated record=%s result=%s" % (random.choice([48, 56, 62, 68]), c.record,
                                                                       random.choice(["MET", "MET", "EXCLUDED", "NOT_MET"])))
    return L


OBX_PARAMS = [("150456^MDC_PULS_OXIM_SAT_O2^MDC", "262688^MDC_DIM_PERCENT^MDC", (93, 100)),
              ("147842^MDC_ECG_HEART_RATE^MDC", "264864^MDC_DIM_BEAT_PER_MIN^MDC", (48, 110)),
              ("150301^MDC_PRESS_CUFF_SYS^MDC", "266016^MDC_DIM_MMHG^MDC", (92, 165)),
              ("150302^MDC_PRESS_CUFF_DIA^MDC", "266016^MDC_DIM_MMHG^MDC", (48, 95)),
              ("151708^MDC_CONC_AWAY_CO2_ET^MDC", "266016^MDC_DIM_MMHG^MDC", (30, 44)),
              ("150344^MDC_TEMP^MDC", "268192^MDC_DIM_DEGC^MDC", (35, 37))]


def fam_hl7(now, phi):
    c = pick_case()
    p = c.pt
    L = Line("hl7-oru-devgw")
    src = "10.42.%d.%d:%d" % (random.randint(2, 3), random.randint(10, 60), random.choice([6661, 2575, 7001]))
    ctrl = "CG" + ts_hl7(now)[2:] + rdigits(5)
    if not phi and random.random() < 0.35:
        L.t(ts_iso(now) + " devgw-hl7[%d]: INFO outbound ACK to %s raw=" % (random.randint(2000, 4000), src))
        L.t("MSH|^~\\&|AIMS|LMMC|CAPSULE|DEVGW01|%s||ACK^R01^ACK|A%s|P|2.6\\rMSA|AA|%s" % (ts_hl7(now), rdigits(9), ctrl))
        return L
    L.t(ts_iso(now) + " devgw-hl7[%d]: INFO inbound ORU^R01 from %s ctrl=%s raw=" % (random.randint(2000, 4000), src, ctrl))
    L.t("MSH|^~\\&|CAPSULE|DEVGW01|AIMS|LMMC|%s||ORU^R01^ORU_R01|%s|P|2.6|||AL|NE\\r" % (ts_hl7(now), ctrl))
    if phi:
        L.t("PID|1||").p(p.mrn, "mrn").t("^^^LMMC^MR||").p("%s^%s^%s" % (p.last.upper(), p.first.upper(), p.mi), "name")
        L.t("||").p(p.dob.strftime("%Y%m%d"), "date").t("|%s|||" % p.sex)
        if random.random() < 0.5:
            L.p(p.street, "address").t("^^").p(p.city, "address").t("^IL^").p(p.zip, "zip")
        L.t("||")
        if random.random() < 0.5:
            ph = p.phone.replace("-", "")
            L.p("(%s)%s-%s" % (ph[:3], ph[3:6], ph[6:]), "phone").t("^PRN^PH")
        L.t("|||||")
        if random.random() < 0.6:
            L.p(p.har, "account").t("^^^LMMC^AN")
        if random.random() < 0.3:
            L.t("|").p(p.ssn.replace("-", ""), "ssn")
        L.t("\\r")
        s = c.surgeon
        L.t("PV1|1|O|MOR^%s^1^LMMC||||%s^%s^%s^^^^^NPI|\\r" % (c.room, STAFF_NPI[s], s[1].upper(), s[0].upper()))
    else:
        L.t("PV1|1|O|MOR^%s^1^LMMC|\\r" % c.room)
    L.t("OBR|1||%s^CAPSULE|182777000^monitoring of patient^SCT|||%s\\r" % (rdigits(10), ts_hl7(now)))
    nobx = random.randint(2, 4)
    for k, (code, unit, (lo, hi)) in enumerate(random.sample(OBX_PARAMS, nobx)):
        val = random.randint(lo, hi) if "TEMP" not in code else "%.1f" % random.uniform(lo, hi)
        L.t("OBX|%d|NM|%s||%s|%s|||||R|||%s||||%s^%s^%s" % (k + 1, code, val, unit, ts_hl7(now), c.mon[2],
                                                            c.mon[0], c.mon[1].replace(" ", "_")))
        if k < nobx - 1:
            L.t("\\r")
    return L


def fam_vitals(now, phi):
    c = pick_case()
    L = Line("vitals-ndjson")
    j = J(L)
    j.open()
    j.n("t", epoch_ms(now))
    if random.random() < 0.6 or phi:
        j.s("src", "intellibridge" if c.mon[0] == "Philips" else "carescape-gw").s("bed", c.room)
        j.s("sn", c.mon[2]).s("model", c.mon[1]).n("seq", random.randint(100000, 999999))
        if phi:
            j.s("patientId", c.pt.mrn, "mrn")
            if random.random() < 0.3:
                j.s("patientName", "%s^%s" % (c.pt.last.upper(), c.pt.first.upper()), "name")
        j.obj("vitals").n("HR", random.randint(50, 105)).n("SpO2", random.randint(93, 100))
        sys_ = random.randint(95, 160)
        dia = random.randint(50, 90)
        j.n("NIBP_S", sys_).n("NIBP_D", dia).n("NIBP_M", (sys_ + 2 * dia) // 3)
        j.n("EtCO2", random.randint(30, 44)).n("RR", random.randint(8, 18)).n("Temp", round(random.uniform(35.4, 37.2), 1)).close()
        j.s("caseId", c.no)
    else:
        j.s("src", "drager-medibus" if c.mach[0] == "Dräger" else "ge-s5-com").s("sn", c.mach[2])
        j.s("model", c.mach[1]).s("bed", c.room)
        j.obj("vent").s("mode", random.choice(["VC-CMV", "PC-CMV", "PC-AC", "SIMV-VC", "PSV"]))
        j.n("VT", random.choice([380, 420, 450, 480, 500, 550])).n("RR", random.randint(8, 16))
        j.n("PEEP", random.choice([4, 5, 6, 8])).n("FiO2", random.choice([0.4, 0.5, 0.6, 1.0]))
        j.n("Ppeak", random.randint(14, 28)).n("etSEVO", round(random.uniform(1.2, 2.4), 1))
        j.n("MAC", round(random.uniform(0.7, 1.2), 2)).n("freshGasLpm", random.choice([0.5, 1.0, 2.0])).close()
    j.close()
    return L


def fam_devgw_syslog(now, phi):
    c = pick_case()
    L = Line("devgw-syslog5424")
    host = random.choice(["devgw01", "devgw02"]) + ".periop.lmmc.local"
    proc = random.choice(["capsule-gw", "dim-agent", "medibus-bridge"])
    L.t("<%d>1 %s %s %s %d - - " % (random.choice([134, 134, 132, 131]), ts_iso(now, ms=True), host, proc,
                                    random.randint(1100, 9000)))
    if phi:
        L.t("Device association created: bed=%s sn=%s -> patient mrn=" % (c.room, c.mon[2])).p(c.pt.mrn, "mrn")
        if random.random() < 0.5:
            L.t(" name=\"").p("%s %s" % (c.pt.first, c.pt.last), "name").t("\"")
        L.t(" by=%s source=ADT-A01 case=%s" % (uname(c.rn), c.no))
        return L
    k = random.randint(0, 5)
    d = random.choice([c.mon, c.mach])
    if k == 0:
        L.t("Device connected: vendor=%s model=\"%s\" sn=%s mac=%s ip=%s port=%d fw=%s" % (
            d[0], d[1], d[2], d[3], d[4], random.choice([4001, 24105, 2575]),
            random.choice(["3.20.1", "M.02.15", "L.01.22", "2.4.7"])))
    elif k == 1:
        L.t("Heartbeat lost sn=%s ip=%s after %dms, retry %d/5" % (d[2], d[4], random.choice([5000, 10000, 15000]),
                                                                   random.randint(1, 5)))
    elif k == 2:
        L.t("Device association released: bed=%s sn=%s case=%s reason=CASE_END" % (c.room, c.mon[2], c.no))
    elif k == 3:
        L.t("Time sync drift sn=%s offset=%+dms ntp=10.40.0.%d" % (d[2], random.randint(-1800, 1800), random.randint(2, 9)))
    elif k == 4:
        L.t("Alarm forwarded sn=%s bed=%s code=%s prio=%s ack_by=%s" % (
            c.mon[2], c.room, random.choice(["SpO2_LOW", "HR_HIGH", "NBP_S_HIGH", "ApneaCO2", "LEADS_OFF"]),
            random.choice(["HIGH", "MED", "LOW"]), uname(c.crna)))
    else:
        L.t("Queue stats: pending=%d sent=%d failed=%d p95_ms=%d" % (random.randint(0, 40), random.randint(1000, 90000),
                                                                     random.randint(0, 12), random.randint(8, 300)))
    return L


def fam_orsched(now, phi):
    L = Line("orsched-pylog")
    mod = random.choice(["orsched.api.requests", "orsched.api.blocks", "orsched.workers.confirm"])
    rid = rhex(32)
    if phi:
        p = random.choice(PATIENTS[10:] + PATIENTS[:4])
        s = random.choice(SURGEONS)
        proc = proc_for(p)
        k = rot(710, 4)
        if k == 3:
            L.t(ts_log4j(now) + " INFO orsched.workers.roi: records release queued request_id=%s mrn=" % rid).p(p.mrn, "mrn")
            L.t(" docs=[op_note,anesthesia_record] method=fax to=").p("%s-555-01%02d" % (p.phone[:3], random.randint(1, 87)), "fax")
            L.t(" requester=self cover_from=\"LMMC HIM (312) 555-0188 fax (312) 555-0189\"")
            return L
        if k == 0:
            L.t(ts_log4j(now) + " INFO orsched.api.requests: POST /api/v2/case-requests status=201 request_id=%s payload=" % rid)
            j = J(L, sep=", ", kv=": ", ascii_=True)
            j.open()
            j.obj("patient").s("name", "%s %s" % (p.first, p.last), "name").s("mrn", p.mrn, "mrn")
            j.s("dob", p.dob.isoformat(), "date").s("sex", p.sex)
            if random.random() < 0.25:
                j.s("ssn", p.ssn, "ssn")
            if random.random() < 0.5:
                j.s("phone", p.phone, "phone")
            if random.random() < 0.4:
                j.s("email", p.email, "email")
            if random.random() < 0.35:
                j.s("portalUsername", p.portal_user, "other_id")
            j.close()
            j.s("requestedDate", future_date().isoformat(), "date").s("procedure", proc[0]).s("cpt", proc[1])
            j.n("estDurationMin", proc[2]).s("surgeonNpi", STAFF_NPI[s]).s("location", random.choice(["MAIN_OR", "ASC"]))
            j.obj("coverage").s("payer", p.plan).s("memberId", p.member, "health_plan").s("groupNumber", p.group).close()
            j.s("anesthesiaType", random.choice(["GA", "MAC", "Regional", "GA+Block"])).n("needsICUBed", random.random() < 0.2)
            j.close()
        elif k == 1:
            L.t(ts_log4j(now) + " INFO orsched.workers.confirm: confirmation sent request_id=%s channel=email to=" % rid)
            L.p(p.email, "email").t(" surgery_date=").p(future_date().isoformat(), "date")
            L.t(" arrive=%s location=\"1200 W Harrison St, Chicago, IL 60607\" from=noreply@lmmc.org" % random.choice(
                ["05:30", "06:00", "06:30", "09:45", "11:15"]))
            if random.random() < 0.5:
                L.t(" preop_link=").p("https://portal.lmmc.org/preop/%s" % p.portal_user, "url")
        else:
            L.t(ts_log4j(now) + " WARNING orsched.api.requests: duplicate request suspected for mrn=").p(p.mrn, "mrn")
            L.t(" patient=").p(name_lf(p), "name").t(" existing_case=%s requested=" % ("24-%07d" % random.randint(140000, 149999)))
            L.p(future_date().strftime("%m/%d/%Y"), "date").t(" surgeon=%s" % uname(s))
        return L
    k = random.randint(0, 4)
    if k == 0:
        rm = random.choice(ROOMS)
        d = future_date()
        L.t(ts_log4j(now) + " INFO orsched.api.blocks: GET /api/v2/blocks?room=%s&date=%s status=200 request_id=%s elapsed_ms=%d" % (
            rm, d.isoformat(), rid, random.randint(8, 240)))
    elif k == 1:
        s = random.choice(SURGEONS)
        L.t(ts_log4j(now) + " INFO orsched.api.blocks: block released room=%s date=%s start=07:30 end=15:30 owner=\"%s, %s MD\" released_by=%s" % (
            random.choice(ROOMS), future_date().isoformat(), s[1], s[0], uname(s)))
    elif k == 2:
        L.t(ts_log4j(now) + " INFO orsched.api.requests: GET /api/v2/case-requests?status=PENDING&page=%d status=200 count=%d request_id=%s" % (
            random.randint(1, 4), random.randint(0, 50), rid))
    elif k == 3:
        L.t(ts_log4j(now) + " INFO orsched.workers.confirm: batch complete sent=%d failed=%d smtp=smtp.lmmc.org:587 from=noreply@lmmc.org" % (
            random.randint(5, 80), random.randint(0, 3)))
    elif k == 4 and random.random() < 0.5:
        s = random.choice(SURGEONS)
        L.t(ts_log4j(now) + " INFO orsched.workers.confirm: H&P request faxed to office of %s %s fax=312-555-01%02d pages=%d job=%s" % (
            s[0], s[1], random.randint(90, 97), random.randint(1, 6), "FX" + rdigits(8)))
    else:
        L.t(ts_log4j(now) + " ERROR orsched.api.requests: POST /api/v2/case-requests status=422 request_id=%s error=\"surgeonNpi %s not credentialed for CPT %s\"" % (
            rid, STAFF_NPI[random.choice(SURGEONS)], random.choice(PROCS)[1]))
    return L


IMPLANTS = [("Stryker", "Triathlon CR Femoral Component #5", "5510-F-501", "07613327"),
            ("Zimmer Biomet", "Persona Tibial Plate Size E", "42-5320-071-00", "00889024"),
            ("DePuy Synthes", "Variable Angle LCP Distal Radius Plate", "02.111.530", "07611819"),
            ("Medtronic", "CD Horizon Solera Screw 6.5x45", "54840006545", "00643169"),
            ("Smith+Nephew", "POLAR3 Femoral Stem Size 4", "75100404", "03596010"),
            ("Abbott", "Assurity MRI Pacemaker", "PM2272", "05414734"),
            ("Arthrex", "Univers Revers Humeral Stem 9mm", "AR-9501-09", "00888867")]


def udi(gtin, exp, lot, sn):
    return "(01)%s(17)%s(10)%s(21)%s" % (gtin, exp.strftime("%y%m%d"), lot, sn)


def fam_implant(now, phi):
    c = pick_case()
    L = Line("implant-log")
    imp = random.choice(IMPLANTS)
    gt = gtin14("0" + imp[3])
    exp = dt.date(random.randint(2026, 2030), random.randint(1, 12), 28)
    lot = random.choice(["", "L"]) + rdigits(random.choice([6, 7]))
    sn = random.choice(["", "SN"]) + rdigits(random.choice([7, 8]))
    ts = now.strftime("%Y-%m-%dT%H:%M:%S")
    if phi:
        k = rot(795, 3)
        if k == 0:
            L.t("%s|IMPLANT_SCAN|case=%s|room=%s|udi=" % (ts, c.no, c.room)).p(udi(gt, exp, lot, sn), "device")
            L.t("|mfr=%s|ref=%s|desc=%s|qty=1|site=%s|by=%s" % (imp[0], imp[2], imp[1], random.choice(["Right", "Left", "N/A"]), uname(c.rn)))
        elif k == 1:
            L.t("%s|IMPLANT_RECORD|case=%s|mrn=" % (ts, c.no)).p(c.pt.mrn, "mrn").t("|patient=").p(name_lf(c.pt, True), "name")
            L.t("|mfr=%s|ref=%s|lot=%s|serial=" % (imp[0], imp[2], lot)).p(sn, "device").t("|exp=%s|implant_date=" % exp.isoformat())
            L.p(TODAY.isoformat(), "date").t("|surgeon=%s" % uname(c.surgeon))
        else:
            L.t("%s|TISSUE_IMPLANT|case=%s|mrn=" % (ts, c.no)).p(c.pt.mrn, "mrn")
            L.t("|product=%s|bank=%s|inv_rec=%s|storage_temp_c=%s|thawed_by=%s" % (
                random.choice(["Cancellous chips 30cc", "Achilles tendon allograft", "Amniotic membrane 4x4cm",
                               "Femoral head allograft"]), random.choice(["MTF Biologics", "LifeNet Health", "AlloSource"]),
                rdigits(6), random.choice(["-80", "2-8", "ambient"]), uname(c.rn)))
        return L
    k = random.randint(0, 3)
    if k == 0:
        L.t("%s|INV_RECEIVE|loc=SPD-IMPLANT-CAB-%d|udi=%s|mfr=%s|ref=%s|po=PO%s|qty=1" % (
            ts, random.randint(1, 6), udi(gt, exp, lot, sn), imp[0], imp[2], rdigits(7)))
    elif k == 1:
        L.t("%s|IMPLANT_WASTE|case=%s|room=%s|ref=%s|lot=%s|reason=%s|by=%s|credit_req=%s" % (
            ts, c.no, c.room, imp[2], lot, random.choice(["wrong size opened", "contaminated", "packaging breach"]),
            uname(c.rn), "CR" + rdigits(6)))
    elif k == 2:
        L.t("%s|TISSUE_RECEIVE|din=W%s %s %s|product=%s|bank=%s|exp=%s|freezer=TF-%d|temp_c=%.1f" % (
            ts, rdigits(4), "24", rdigits(6), random.choice(["Cancellous chips 30cc", "Fascia lata 4x14cm",
                                                             "Amniotic membrane 4x4cm"]),
            random.choice(["MTF Biologics", "LifeNet Health", "AlloSource"]), exp.isoformat(), random.randint(1, 3),
            random.uniform(-82, -76)))
    else:
        L.t("%s|FREEZER_TEMP|unit=TF-%d|temp_c=%.1f|alarm=%s|probe=%s" % (ts, random.randint(1, 3), random.uniform(-82, -70),
                                                                       random.choice(["none", "none", "HIGH"]), "PRB-" + rdigits(5)))
    return L


def fam_checklist(now, phi):
    c = pick_case()
    L = Line("checklist-logrus")
    L.t('time="%s" ' % now.strftime("%Y-%m-%dT%H:%M:%S" + OFFSET))
    if phi:
        p = c.pt
        k = rot(836, 3)
        if k == 0:
            L.t('level=info msg="identity verified" phase=SIGN_IN case_id=%s room=%s patient="' % (c.no, c.room))
            L.p(name_lf(p), "name").t('" dob=').p(p.dob.isoformat(), "date").t(" wristband_mrn=").p(p.mrn, "mrn")
            L.t(" method=%s verified_by=%s" % (random.choice(["verbal+band", "band_scan", "verbal+band+photo"]), uname(c.rn)))
        elif k == 1:
            L.t('level=warning msg="consent discrepancy" phase=SIGN_IN case_id=%s mrn=' % c.no).p(p.mrn, "mrn")
            sd = random.choice(["left", "right"])
            L.t(' field=laterality consent_side=%s scheduled_side=%s resolved=false surgeon=%s' % (
                sd, "right" if sd == "left" else "left", uname(c.surgeon)))
        else:
            L.t('level=info msg="sign in complete" phase=SIGN_IN case_id=%s patient_age=' % c.no)
            L.v(str(p.age), "age" if p.age > 89 else None)
            L.t(' dos=').p(TODAY.isoformat(), "date").t(' allergies_reviewed=true airway_risk=%s blood_loss_risk=%s' % (
                random.choice(["false", "true"]), random.choice(["false", "true"])))
        return L
    k = random.randint(0, 3)
    if k == 0:
        L.t('level=info msg="checklist phase completed" phase=TIME_OUT case_id=%s room=%s surgeon=%s anesthesia=%s circulator=%s items_total=12 items_confirmed=12 antibiotic_within_60=true site_marked=true duration_s=%d' % (
            c.no, c.room, uname(c.surgeon), uname(c.anes), uname(c.rn), random.randint(40, 180)))
    elif k == 1:
        L.t('level=info msg="checklist phase completed" phase=SIGN_OUT case_id=%s counts_correct=%s specimen_labeled=%s equipment_issues=%d duration_s=%d' % (
            c.no, random.choice(["true", "true", "false"]), random.choice(["true", "n/a"]), random.randint(0, 1), random.randint(30, 140)))
    elif k == 2:
        L.t('level=warning msg="time out incomplete" phase=TIME_OUT case_id=%s missing="[imaging_displayed implant_available]" room=%s' % (
            c.no, c.room))
    else:
        L.t('level=debug msg="checklist template loaded" template=WHO-SSC-LMMC version=2023.4 items=%d tenant=lmmc' % random.randint(19, 24))
    return L


def fam_pacu(now, phi):
    c = pick_case()
    L = Line("pacu-syslog3164")
    L.t("%s pacu-app%02d pacu-discharge[%d]: " % (ts_syslog(now), random.randint(1, 2), random.randint(2000, 6000)))
    if phi:
        p = c.pt
        k = rot(872, 3)
        if k == 0:
            L.t("escort verified case=%s name=\"" % c.no).p(p.rel_name, "name").t("\" rel=%s phone=" % p.rel_rel)
            L.p(p.rel_phone, "phone")
            if random.random() < 0.8:
                L.t(" vehicle_plate=\"IL ").p(p.plate, "vehicle").t("\"")
            L.t(" by=%s" % uname(c.pacu_rn))
        elif k == 1:
            L.t("phase II discharge case=%s mrn=" % c.no).p(p.mrn, "mrn").t(" age=")
            L.v(str(p.age), "age" if p.age > 89 else None)
            L.t(" discharge_date=").p(TODAY.isoformat(), "date").t(" disposition=%s rn=%s" % (
                random.choice(["home", "home_with_escort", "inpatient_floor", "ICU"]), uname(c.pacu_rn)))
        else:
            L.t("criteria not met case=%s patient=\"" % c.no).p(name_lf(p), "name").t("\" aldrete=%d pain_nrs=%d reason=%s" % (
                random.randint(6, 8), random.randint(5, 9), random.choice(["PONV", "SpO2<92 on RA", "pain uncontrolled",
                                                                            "unable to void"])))
        return L
    k = random.randint(0, 3)
    if k <= 1:
        a, r, ci, co, s = [random.choice([1, 2, 2]) for _ in range(5)]
        L.t("case=%s bay=%s aldrete=%d act=%d resp=%d circ=%d cons=%d spo2=%d pain_nrs=%d ponv=%s criteria_met=%s rn=%s" % (
            c.no, c.bay, a + r + ci + co + s, a, r, ci, co, s, random.randint(0, 6), random.choice(["none", "mild"]),
            "true" if a + r + ci + co + s >= 9 else "false", uname(c.pacu_rn)))
    elif k == 2:
        L.t("PADSS case=%s vitals=2 ambulation=%d nausea=%d pain=%d bleeding=2 total=%d threshold=9" % (
            c.no, random.randint(1, 2), random.randint(1, 2), random.randint(1, 2), random.randint(7, 10)))
    else:
        L.t("bay %s status=%s los_min=%d census=%d/%d" % (c.bay, random.choice(["OCCUPIED", "CLEANING", "READY"]),
                                                       random.randint(20, 190), random.randint(4, 22), 24))
    return L


UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 14; SM-S911U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.64 Mobile Safari/537.36",
       "ORBoardKiosk/5.14.2 (Windows 10; x64)"]


def fam_nginx(now, phi):
    c = pick_case()
    L = Line("nginx-combined")
    if phi:
        ip = c.pt.ip
        L.p(ip, "ip").t(" - - %s \"GET /family/status/%s HTTP/2.0\" 200 %d \"-\" \"%s\" rt=%.3f" % (
            ts_nginx(now), c.track, random.randint(900, 4000), random.choice(UAS[1:3]), random.uniform(0.005, 0.2)))
        return L
    ip = "10.42.%d.%d" % (random.randint(1, 9), random.randint(2, 250))
    path = random.choice(["/api/board/rooms?unit=MOR", "/api/board/cases/%s" % c.no, "/api/board/rooms/%s/status" % c.room,
                          "/static/js/board.5f2c1a.js", "/healthz", "/api/board/pacu?unit=PACU"])
    st = 200 if random.random() < 0.9 else random.choice([304, 401, 502])
    L.t("%s - %s %s \"GET %s HTTP/1.1\" %d %d \"-\" \"%s\" rt=%.3f" % (
        ip, random.choice(["-", uname(random.choice(RNS))]), ts_nginx(now), path, st, random.randint(120, 40000),
        random.choice([UAS[0], UAS[3]]), random.uniform(0.001, 0.4)))
    return L


def fam_notify(now, phi):
    c = pick_case()
    L = Line("notify-pino")
    j = J(L)
    j.open()
    j.n("level", 30).n("time", epoch_ms(now)).n("pid", random.randint(20, 90)).s("hostname", "notify-%s-%s" % (rhex(9), rhex(5)))
    if phi:
        p = c.pt
        k = rot(936, 2)
        if k == 0:
            j.s("msg", "sms queued").s("to", "+1" + p.rel_phone.replace("-", ""), "phone").s("from", "+13125550100")
            j.s("template", "family_status_update").obj("vars").s("recipient", p.rel_name.split(" ")[0], "name")
            j.s("status", STATUS_HUMAN[STATUSES[c.status_idx]]).s("tracking", c.track).close()
        else:
            j.s("msg", "email queued").s("to", p.email, "email").s("from", "noreply@lmmc.org")
            j.s("template", "preop_instructions").obj("vars").s("firstName", p.first, "name")
            j.s("arrivalTime", random.choice(["05:30", "06:00", "10:15"])).close()
        if k == 0:
            j.s("provider", "twilio").s("sid", "SM" + rhex(32))
        else:
            j.s("provider", "sendgrid").s("messageId", "%s.filterdrecv-%s-%s-1-%s-%d.0" % (
                base64.urlsafe_b64encode(bytes(random.getrandbits(8) for _ in range(16))).decode().rstrip("="),
                rhex(10), rhex(5), rhex(8), random.randint(1, 40)))
    else:
        k = random.randint(0, 2)
        if k == 0:
            j.s("msg", "delivery callback").s("sid", "SM" + rhex(32)).s("status", random.choice(["delivered", "sent", "undelivered"]))
            j.n("errorCode", random.choice([None, None, 30003, 30005]))
        elif k == 1:
            j.s("msg", "rate limit window").n("sent", random.randint(10, 300)).n("limit", 600).s("window", "60s")
        else:
            j.s("msg", "template rendered").s("template", random.choice(["family_status_update", "preop_instructions",
                                                                          "pacu_ready_pickup"])).s("locale", random.choice(["en-US", "es-US", "pl-PL", "vi-VN"]))
            j.n("renderMs", random.randint(1, 40))
    j.close()
    return L


def fake_jpeg_b64(n):
    hdr = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    body = bytes(random.getrandbits(8) for _ in range(n))
    return base64.b64encode(hdr + body + b"\xff\xd9").decode()


def fake_template_b64(n):
    hdr = b"PSV1" + bytes([0x02, 0x00])
    return base64.b64encode(hdr + bytes(random.getrandbits(8) for _ in range(n))).decode()


def fam_checkin(now, phi):
    L = Line("preop-checkin-json")
    j = J(L)
    j.open()
    j.s("@timestamp", ts_utc(now)).s("log.level", "info").s("service.name", "preop-checkin")
    kiosk = "KIOSK-PREOP-%02d" % random.randint(1, 6)
    if phi:
        p = random.choice(PATIENTS[:16])
        k = rot(980, 4)
        if k == 0:
            j.s("event.action", "palm_vein_match").s("kiosk", kiosk).s("mrn", p.mrn, "mrn")
            j.n("matchScore", round(random.uniform(0.91, 0.999), 3)).s("template", fake_template_b64(random.randint(120, 240)), "biometric")
        elif k == 1:
            j.s("event.action", "photo_captured").s("kiosk", kiosk).s("patientMrn", p.mrn, "mrn")
            j.s("image", "data:image/jpeg;base64," + fake_jpeg_b64(random.randint(200, 420)), "photo")
        elif k == 2:
            j.s("event.action", "id_document_scanned").s("kiosk", kiosk).obj("document").s("type", "DL").s("state", "IL")
            j.s("number", p.dl, "license").s("name", "%s %s" % (p.first.upper(), p.last.upper()), "name")
            j.s("dob", p.dob.strftime("%m%d%Y"), "date").s("address", p.street.upper(), "address").s("city", p.city.upper(), "address")
            j.s("zip", p.zip, "zip").close()
        else:
            j.s("event.action", "insurance_verified").s("kiosk", kiosk).s("mrn", p.mrn, "mrn").s("payer", p.plan)
            j.s("subscriberId", p.member, "health_plan").s("group", p.group).s("eligibility", "ACTIVE")
            j.n("copay", random.choice([0, 50, 100, 250]))
        j.s("trace.id", rhex(32))
    else:
        k = random.randint(0, 2)
        if k == 0:
            j.s("event.action", "kiosk_heartbeat").s("kiosk", kiosk).s("ip", "10.42.1.%d" % random.randint(20, 60))
            j.s("version", "2.9.%d" % random.randint(0, 6)).n("uptimeSec", random.randint(1000, 900000))
        elif k == 1:
            j.s("event.action", "palm_vein_match").s("kiosk", kiosk).s("result", "NO_MATCH").n("attempt", random.randint(1, 3))
            j.s("scanner", "PS-" + rdigits(8))
        else:
            j.s("event.action", "queue_update").s("area", "PREOP").n("waiting", random.randint(0, 14))
            j.n("avgWaitMin", random.randint(3, 40))
        j.s("trace.id", rhex(32))
    j.close()
    return L


def fam_preop(now, phi):
    L = Line("preop-serilog")
    L.t("[%s %s] " % (now.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (now.microsecond // 1000), OFFSET))
    c = pick_case()
    if phi:
        p = random.choice(PATIENTS)
        k = rot(1019, 4)
        if k == 0 and p.cied:
            L.t("[INF] PreopImport: CIED on file for MRN ").p(p.mrn, "mrn").t(": %s %s serial " % (p.cied[0], p.cied[1]))
            L.p(p.cied[2], "device").t("; interrogation %s" % random.choice(["within 90 days", "within 6 months"]))
        elif k == 1 and p.pump:
            L.t("[WRN] PreopImport: patient-owned insulin pump %s SN " % p.pump[0]).p(p.pump[1], "device")
            L.t(" - plan: continue basal, endocrine notified (MRN ").p(p.mrn, "mrn").t(")")
        elif k == 2:
            if random.random() < 0.5:
                p = random.choice([q for q in PATIENTS if q.age > 89])
            L.t("[INF] PreopImport: Assessment %s imported for " % random.randint(50000, 59999)).p("%s %s" % (p.first, p.last), "name")
            L.t(" age ").v(str(p.age), "age" if p.age > 89 else None).t(" ASA %d Mallampati %s STOP-BANG %d" % (
                random.randint(1, 4), random.choice(["I", "II", "III", "IV"]), random.randint(0, 8)))
        else:
            if getattr(p, "passport", None):
                L.t("[INF] PreopImport: international patient, passport ").p(p.passport, "other_id")
                L.t(" recorded, interpreter=%s MRN " % random.choice(["fi", "ru", "kk"])).p(p.mrn, "mrn")
            else:
                L.t("[INF] PreopImport: NPO confirmed for MRN ").p(p.mrn, "mrn").t(" last solids 22:00 last clears %s" % random.choice(
                    ["04:30", "05:00", "05:15"]))
        return L
    k = random.randint(0, 3)
    if k == 0:
        L.t("[INF] PreopImport: batch %s imported %d assessments in %dms" % (rhex(8), random.randint(5, 40), random.randint(80, 2400)))
    elif k == 1:
        L.t("[INF] PreopImport: Assessment %d for case %s: ASA %d airway=%s age %d" % (
            random.randint(50000, 59999), c.no, c.asa, random.choice(["normal", "difficult-anticipated"]), random.randint(18, 89)))
    elif k == 2:
        L.t("[WRN] PreopImport: Lab K+ %.1f mmol/L outside window for case %s (collected > 30 d)" % (random.uniform(3.1, 5.6), c.no))
    else:
        L.t("[DBG] HttpClient: GET https://ehr-fhir.lmmc.local/R4/Questionnaire/anes-preop-v7 200 in %dms" % random.randint(20, 300))
    return L


def fam_billing(now, phi):
    c = pick_case()
    L = Line("anes-billing-csv")
    ts = now.strftime("%Y-%m-%d %H:%M:%S")
    base = random.choice([3, 4, 5, 7, 8, 18])
    units = base + random.randint(2, 20)
    if phi:
        p = c.pt
        L.t("%s,CHARGE," % ts).p(p.har, "account").t(",%s," % c.no).p(TODAY.strftime("%m/%d/%Y"), "date")
        L.t(",%s,%s,%d,%d," % (random.choice(["00790", "01402", "00562", "00914", "01630", "00320"]),
                               random.choice(["AA", "QK", "QX", "QZ"]), base, units))
        L.t("%s,%s," % (p.plan, STAFF_NPI[c.anes])).p(p.member, "health_plan")
        if random.random() < 0.2:
            L.t(",pay=").p(p.card, "account")
        return L
    k = random.randint(0, 1)
    if k == 0:
        L.t("%s,BATCH,%s,%d charges,total=%.2f,status=%s" % (ts, "B" + rdigits(7), random.randint(5, 60),
                                                               random.uniform(3000, 90000), random.choice(["SUBMITTED", "HELD"])))
    else:
        L.t("%s,CFVALUE,payer=%s,cf=%.2f,effective=2024-01-01" % (ts, random.choice(["MCR-IL", "BCBSIL", "AETNA", "UHC"]),
                                                                 random.uniform(20, 80)))
    return L


FAMILIES = [
    (fam_orboard, 10), (fam_aims, 11), (fam_hl7, 8), (fam_vitals, 11), (fam_devgw_syslog, 7),
    (fam_orsched, 9), (fam_implant, 8), (fam_checklist, 7), (fam_pacu, 7), (fam_nginx, 5),
    (fam_notify, 6), (fam_checkin, 8), (fam_preop, 7), (fam_billing, 5),
]


def main():
    flags = [False] * N_NO_PHI + [True] * (N_LINES - N_NO_PHI)
    random.shuffle(flags)
    fns = [f for f, _ in FAMILIES]
    ws = [w for _, w in FAMILIES]
    out_log = bytearray()
    out_lab = []
    for i, phi in enumerate(flags):
        now = tick()
        while True:
            fn = random.choices(fns, ws)[0]
            L = fn(now, phi)
            if bool(L.spans) == phi:
                break
        L.finish()
        out_log += bytes(L.buf) + b"\n"
        out_lab.append(json.dumps({"line": i + 1, "family": L.family,
                                   "spans": [{"s": s, "e": e, "cat": cat} for s, e, cat, _ in L.spans]},
                                  ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "wb") as f:
        f.write(bytes(out_log))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_lab) + "\n")


if __name__ == "__main__":
    main()
