#!/usr/bin/env python3
"""Deterministic generator of a labeled ED-operations log corpus with synthetic PHI.

Writes el.log and el.labels.jsonl next to this file. Standard library only.
All people, identifiers, addresses and numbers are invented.
"""
import base64
import datetime as dt
import json
import os
import random

SEED = 18052024
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
N_CLEAN = 275  # 55 % of lines without PHI


# --------------------------------------------------------------------------
# line builder with byte-offset span bookkeeping
# --------------------------------------------------------------------------
class Line:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []  # (s, e, cat, expected_bytes)

    def t(self, s):
        self.buf += s.encode("utf-8")
        return self

    def p(self, s, cat):
        b = s.encode("utf-8")
        st = len(self.buf)
        self.buf += b
        self.spans.append((st, len(self.buf), cat, b))
        return self

    def seq(self, parts):
        """parts: str (plain) or (str, cat) tuples"""
        for x in parts:
            if isinstance(x, tuple):
                self.p(x[0], x[1])
            else:
                self.t(x)
        return self


class P:  # PHI value inside a JSON structure
    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class S:  # composite JSON string made of plain parts and P parts
    def __init__(self, *parts):
        self.parts = parts


class Raw:  # literal JSON text (e.g. formatted float)
    def __init__(self, s):
        self.s = s


def jesc(s, ascii_only=False):
    return json.dumps(s, ensure_ascii=ascii_only)[1:-1]


def jdump(L, o, ascii_only=False):
    if isinstance(o, P):
        if isinstance(o.v, str):
            L.t('"')
            L.p(jesc(o.v, ascii_only), o.cat)
            L.t('"')
        else:
            L.p(json.dumps(o.v), o.cat)
    elif isinstance(o, S):
        L.t('"')
        for part in o.parts:
            if isinstance(part, P):
                L.p(jesc(str(part.v), ascii_only), part.cat)
            else:
                L.t(jesc(part, ascii_only))
        L.t('"')
    elif isinstance(o, Raw):
        L.t(o.s)
    elif isinstance(o, dict):
        L.t("{")
        first = True
        for k, v in o.items():
            if not first:
                L.t(",")
            first = False
            L.t(json.dumps(k) + ":")
            jdump(L, v, ascii_only)
        L.t("}")
    elif isinstance(o, (list, tuple)):
        L.t("[")
        for i, v in enumerate(o):
            if i:
                L.t(",")
            jdump(L, v, ascii_only)
        L.t("]")
    else:
        L.t(json.dumps(o, ensure_ascii=ascii_only))


# --------------------------------------------------------------------------
# identifier helpers (valid check digits where real ones have them)
# --------------------------------------------------------------------------
def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def digits(n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def imei():
    tac = rng.choice(["35391110", "35875710", "35328311", "86718104", "35420208"])
    body = tac + digits(6)
    return body + luhn_digit(body)


def card():
    body = rng.choice(["4", "4", "51", "37"])
    ln = 15 if body == "37" else 16
    body += digits(ln - 1 - len(body))
    return body + luhn_digit(body)


def npi():
    body = rng.choice("12") + digits(8)
    chk = luhn_digit("80840" + body)
    return body + chk


VIN_TR = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(rng.choice(["1HG", "1FT", "2T1", "3VW", "JTD", "5YJ", "1G1", "KMH", "4S4", "WBA"]))
    v += [rng.choice(al) for _ in range(5)]
    v += ["0"]
    v += [rng.choice("HJKLMNPR")]  # model year code
    v += [rng.choice("ABCDEFGHKNPRSTUZ")]
    v += list(digits(6))
    tot = 0
    for i, ch in enumerate(v):
        val = int(ch) if ch.isdigit() else VIN_TR[ch]
        tot += val * VIN_W[i]
    c = tot % 11
    v[8] = "X" if c == 10 else str(c)
    return "".join(v)


def mbi():
    L_ = "ACDEFGHJKMNPQRTUVWXY"
    AN = L_ + "0123456789"
    return (rng.choice("123456789") + rng.choice(L_) + rng.choice(AN) + str(rng.randint(0, 9))
            + rng.choice(L_) + rng.choice(AN) + str(rng.randint(0, 9)) + rng.choice(L_)
            + rng.choice(L_) + str(rng.randint(0, 9)) + str(rng.randint(0, 9)))


def ssn():
    while True:
        a = rng.randint(101, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def phone_local():
    area = rng.choice(["503", "971", "360", "541", "206", "425"])
    return area, "555", "01%02d" % rng.randint(0, 99)


def fmt_phone(ph, style):
    a, b, c = ph
    if style == 0:
        return "(%s) %s-%s" % (a, b, c)
    if style == 1:
        return "%s-%s-%s" % (a, b, c)
    if style == 2:
        return "%s%s%s" % (a, b, c)
    if style == 3:
        return "+1%s%s%s" % (a, b, c)
    if style == 4:
        return "(%s)%s-%s" % (a, b, c)
    return "%s.%s.%s" % (a, b, c)


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def b64rand(n, header=b""):
    raw = header + bytes(rng.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


# --------------------------------------------------------------------------
# world: staff, places, patients
# --------------------------------------------------------------------------
HOSP = "St. Brendan Regional Medical Center"
HDOM = "stbrendan-health.org"
REF = dt.date(2024, 11, 8)

NURSES = [("Adaeze", "Okonkwo"), ("Brianna", "Castellanos"), ("Minh Chau", "Pham"), ("Gunnar", "Eriksen"),
          ("Rosalind", "Achebe"), ("Tevita", "Fifita"), ("Kirsten", "Lindgren"), ("Jae-won", "Cho")]
DOCS = [("Tomasz", "Wiśniewski"), ("Farah", "Qureshi"), ("Olusegun", "Bakare"), ("Keiko", "Matsuda"),
        ("Rafael", "Ibarra"), ("Ingeborg", "Solberg"), ("Anand", "Venkataraman")]
DOC_NPI = {d: npi() for d in DOCS}
SCRIBES = [("Jordan", "Pike"), ("Mei-Ling", "Sato"), ("Dario", "Lombardi"), ("Ayasha", "Redcloud")]
RADS = [("Hyun-woo", "Baek"), ("Lucinda", "Marsh"), ("Pieter", "van Rijn")]
OFFICERS = [("Ofc.", "D. Marchetti", "4471"), ("Sgt.", "L. Haugen", "2290"), ("Dep.", "R. Okafor-Lindahl", "8813"),
            ("Ofc.", "T. Nakashima", "5127")]
LE_AGENCIES = ["Harbor City PD", "Clatsop Bend County Sheriff", "State Police Dist. 4"]
EMS_AGENCIES = ["Harbor County Fire District", "Tri-River Ambulance", "Cascade Bend Fire & Rescue", "LifeLine Air 2"]
EMS_UNITS = ["Medic 14", "Medic 7", "M22", "Rescue 3", "Medic 31", "Ambulance 612", "LifeLine 2"]


def uname(first, last):
    return (first[0] + last).lower().replace(" ", "").replace("-", "").replace("ś", "s").replace("'", "")


ROOMS = (["ED-%02d" % i for i in range(1, 33)] + ["TR1", "TR2", "TR3"] + ["HALL-%d" % i for i in range(1, 7)]
         + ["FT-%d" % i for i in range(1, 9)] + ["PEDS-%d" % i for i in range(1, 5)] + ["RES-1", "RES-2"])
INPT_BEDS = ["4W-12A", "4W-14B", "5E-08B", "5E-21A", "ICU3-04", "ICU3-09", "6N-30A", "TELE-2-17", "OBS-11"]
CC = ["chest pain", "abd pain", "SOB", "fall", "syncope", "headache", "laceration L hand", "fever", "AMS",
      "MVC", "back pain", "dizziness", "N/V/D", "GSW R thigh", "allergic rxn", "sz", "ETOH intox",
      "SI", "weakness", "palpitations", "ankle inj", "dental pain", "stroke sx"]
MODALITIES = [("CT HEAD WO CONTRAST", "CT"), ("CTA CHEST PE PROTOCOL", "CT"), ("XR CHEST 1V", "XR"),
              ("US RUQ", "US"), ("CT ABD/PELVIS W CONTRAST", "CT"), ("XR ANKLE 3V LEFT", "XR"),
              ("MRI BRAIN STROKE PROTOCOL", "MR"), ("CT C-SPINE WO", "CT")]
DRUGS = [("amoxicillin 500 mg cap", "30"), ("ondansetron 4 mg ODT", "12"), ("ibuprofen 600 mg tab", "20"),
         ("cephalexin 500 mg cap", "28"), ("prednisone 20 mg tab", "10"), ("albuterol HFA 90 mcg", "1"),
         ("oxycodone 5 mg tab", "8"), ("famotidine 20 mg tab", "30"), ("naproxen 500 mg tab", "20")]

FIRST_F = ["Thi Lan", "Adaeze", "Ingrid", "Xiomara", "Priyanka", "Oksana", "Leilani", "Dagny", "Aurélie", "Nasrin",
           "Ekaterina", "Siobhán", "Efua", "Zofia", "Ifeoma", "Yasmin", "Mariam", "Soo-ah", "Guadalupe", "Hine"]
FIRST_M = ["Marek", "Sione", "Yusuf", "Kwabena", "Haruto", "Tomás", "Mehmet", "Chidi", "Bogdan", "Joaquín",
           "Kalani", "Wen", "Rustam", "Lars", "Mateus", "Dmitri", "Emeka", "Arjun", "Niall", "Koa"]
LASTS = ["Kowalczyk", "Nwachukwu", "Nguyen", "Tuilagi", "Özdemir", "Halvorsen", "Castañeda", "Mensah",
         "Raghunathan", "Takahashi", "Hrytsenko", "Villanueva", "Kahananui", "Lindqvist", "O'Sullivan",
         "Szabó", "Ferreira", "Mahmoudi", "Volkov", "Adeyemi", "Achterberg", "Delacroix", "Bianchi",
         "Tran", "Rasmussen", "Abubakar", "Kekumu", "Papadakis", "Ramírez-Soto", "Janowski", "Oyelaran"]
STREETS = ["SE Alder St", "NW Quimby St", "Harbor View Rd", "Cedar Hollow Ln", "NE Klickitat St", "Old Mill Way",
           "Rosewood Ct", "Bayshore Dr", "SW Vermont St", "Huckleberry Loop", "N Interstate Ave", "Pine Ridge Rd",
           "Skyline Blvd", "Marigold Ter", "Fir Crest Pl", "Wapato Ave"]
CITIES = [("Harbor City", "OR", "971"), ("Port Ellison", "OR", "973"), ("Cedar Bend", "OR", "970"),
          ("Millbrook", "WA", "986"), ("Astoria Flats", "OR", "971"), ("Klaskanine", "OR", "971"),
          ("Vancouver", "WA", "986"), ("Longview", "WA", "986")]
PLANS = [("REGENCE BCBS", "BCBS"), ("PROVIDENCE HEALTH PLAN", "PHP"), ("MODA HEALTH", "MODA"),
         ("OREGON HEALTH PLAN", "OHP"), ("AETNA", "AET"), ("MEDICARE PART A/B", "MCR"), ("KAISER NW", "KPNW")]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "proton.me", "icloud.com", "comcast.net"]
DOE_ALIASES = ["TRAUMA, QUEBEC", "TRAUMA, ZULU", "DOE, *", "UNKNOWN, ECHO", "TRAUMA, KILO", "ZZTRAUMA, OSCAR",
               "UNKNOWN, TANGO"]

used_mrn = set()


def new_mrn():
    while True:
        m = "%08d" % rng.randint(1000000, 9999999)
        if m not in used_mrn:
            used_mrn.add(m)
            return m


def member_id(plan_code, age):
    if plan_code == "MCR" or age >= 65 and rng.random() < 0.7:
        return mbi()
    if plan_code == "BCBS":
        return rng.choice(["ZGP", "XJH", "RGW"]) + digits(9)
    if plan_code == "AET":
        return "W" + digits(9)
    if plan_code == "OHP":
        return rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(6) + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    if plan_code == "KPNW":
        return digits(9)
    return digits(9) + "-0" + str(rng.randint(1, 4))


def dl_number(state):
    if state == "WA":
        al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return "WDL" + "".join(rng.choice(al) for _ in range(9))
    return digits(rng.choice([7, 8, 9]))


def plate(state):
    if state == "WA":
        return "%s%s%s%s" % (rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"),
                             rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), digits(4))
    return digits(3) + " " + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))


class Patient:
    pass


def mk_patient():
    p = Patient()
    p.sex = rng.choice("MF")
    p.first = rng.choice(FIRST_M if p.sex == "M" else FIRST_F)
    p.last = rng.choice(LASTS)
    r = rng.random()
    if r < 0.16:
        p.age = rng.randint(90, 102)
    elif r < 0.24:
        p.age = rng.randint(2, 17)
    else:
        p.age = rng.randint(18, 88)
    bd = REF.replace(year=REF.year - p.age) - dt.timedelta(days=rng.randint(1, 360))
    p.dob = bd
    p.mrn = new_mrn()
    p.fin = "24" + digits(8)
    p.ssn = ssn()
    p.street_no = str(rng.randint(12, 28999))
    p.street = rng.choice(STREETS)
    apt = rng.random()
    p.unit = (" Apt %d" % rng.randint(1, 420)) if apt < 0.25 else ""
    p.city, p.state, z3 = rng.choice(CITIES)
    p.zip = z3 + "%02d" % rng.randint(1, 99)
    p.zip4 = digits(4)
    p.phone = phone_local()
    p.cell = phone_local()
    fn = p.first.lower().replace(" ", "").replace("é", "e").replace("á", "a").replace("í", "i").replace("-", "")
    ln = p.last.lower().replace("'", "").replace("ö", "o").replace("ñ", "n").replace("í", "i").replace("á", "a").replace("-", "").replace("ó", "o")
    p.email = rng.choice(["%s.%s%d" % (fn, ln, rng.randint(1, 99)), "%s%s" % (fn[0], ln), "%s_%s" % (ln, fn),
                          "%s%d" % (fn, p.dob.year % 100)]) + "@" + rng.choice(EMAIL_DOM)
    p.portal_user = rng.choice(["%s.%s" % (fn, ln), "%s%s%d" % (fn[0], ln, rng.randint(1, 999)), "%s_%s" % (fn, ln[:3])])
    p.plan, p.plan_code = rng.choice(PLANS)
    if p.age >= 65 and rng.random() < 0.6:
        p.plan, p.plan_code = "MEDICARE PART A/B", "MCR"
    p.member = member_id(p.plan_code, p.age)
    p.group = "GRP" + digits(6)
    p.dl = dl_number(p.state)
    p.plate = plate(p.state)
    p.vin = vin()
    p.imei = imei()
    p.tag = "T-%06d" % rng.randint(100000, 199999)
    p.ec_first = rng.choice(FIRST_M + FIRST_F)
    p.ec_last = p.last if rng.random() < 0.6 else rng.choice(LASTS)
    p.ec_rel = rng.choice(["SPOUSE", "DAUGHTER", "SON", "MOTHER", "FRIEND", "SISTER", "BROTHER", "GUARDIAN"])
    p.ec_phone = phone_local()
    p.enc = str(rng.randint(30000000, 39999999))
    p.room = rng.choice(ROOMS)
    p.esi = rng.choices([1, 2, 3, 4, 5], [1, 6, 10, 5, 2])[0]
    p.cc = rng.choice(CC)
    p.arrival = dt.datetime(2024, 11, 8, rng.randint(12, 17), rng.randint(0, 59))
    p.ip = "%d.%d.%d.%d" % (rng.choice([24, 50, 67, 71, 73, 76, 97, 98, 174, 184]), rng.randint(1, 254),
                            rng.randint(1, 254), rng.randint(1, 254))
    p.doe = None
    p.temp_mrn = None
    return p


PATIENTS = [mk_patient() for _ in range(34)]
# John Doe trauma patients: alias + temp MRN, later identified as a real patient record
DOES = []
for i, alias in enumerate(DOE_ALIASES[:6]):
    real = PATIENTS[i * 5 + 2]
    real.doe = alias.replace("*", "JOHN" if real.sex == "M" else "JANE")
    real.temp_mrn = "T%07d" % rng.randint(100000, 9999999)
    real.esi = rng.choice([1, 2])
    real.room = rng.choice(["TR1", "TR2", "TR3", "RES-1", "RES-2"])
    real.run = "%s-%07d" % (rng.choice(["24", "2024"]), rng.randint(10000, 99999))
    DOES.append(real)
for p in PATIENTS:
    if not hasattr(p, "run"):
        p.run = rng.choice(["24-%07d" % rng.randint(10000, 99999), "R%d" % rng.randint(2400000, 2499999),
                            "HCF24%06d" % rng.randint(0, 999999)])
seen_doe = set()      # alias created (EMS pre-notification or tracking board)
resolved_doe = set()  # real identity known
merged_doe = set()    # temp MRN merged by the reconcile job


def pick_patient():
    # skewed reuse: some patients appear a lot; unidentified trauma patients only under their alias
    while True:
        p = PATIENTS[min(int(rng.expovariate(1 / 11.0)), len(PATIENTS) - 1)]
        if p.doe is None or id(p) in resolved_doe:
            return p


def pick_doe_new():
    c = [p for p in DOES if id(p) not in seen_doe]
    p = rng.choice(c) if c else rng.choice(DOES)
    seen_doe.add(id(p))
    return p


def pick_doe(state):
    """state: 'created' (alias exists, not resolved), 'resolved' (resolved)"""
    if state == "created":
        c = [p for p in DOES if id(p) in seen_doe and id(p) not in resolved_doe]
    else:
        c = [p for p in DOES if id(p) in resolved_doe]
    return rng.choice(c) if c else None


# --------------------------------------------------------------------------
# clock
# --------------------------------------------------------------------------
CLOCK = [dt.datetime(2024, 11, 8, 18, 57, 3, 118000)]


def tick():
    CLOCK[0] += dt.timedelta(seconds=rng.randint(1, 75), microseconds=rng.randint(0, 999) * 1000)
    return CLOCK[0]


def since(p, lo, hi):
    """a patient-related event time in the recent past (after arrival, before now)"""
    t = CLOCK[0] - dt.timedelta(minutes=rng.randint(lo, hi), seconds=rng.randint(0, 59))
    return max(t, p.arrival + dt.timedelta(minutes=rng.randint(3, 40)))


def ms(t):
    return "%03d" % (t.microsecond // 1000)


def name_lf(p):  # LAST, FIRST uppercase
    return "%s, %s" % (p.last.upper(), p.first.upper())


def age_part(L, age, prefix="", suffix=""):
    L.t(prefix)
    if age > 89:
        L.p(str(age), "age")
    else:
        L.t(str(age))
    L.t(suffix)


def P_age(age):
    return P(age, "age") if age > 89 else age


def dob_fmt(d, style):
    if style == 0:
        return d.strftime("%Y-%m-%d")
    if style == 1:
        return d.strftime("%m/%d/%Y")
    if style == 2:
        return d.strftime("%Y%m%d")
    if style == 3:
        return d.strftime("%d-%b-%Y").upper()
    return d.strftime("%Y-%m-%dT00:00:00")


def staff(lst):
    f, l = rng.choice(lst)
    return f, l


# ==========================================================================
# FAMILY: trackboard  (pipe-delimited ED tracking board event log)
# ==========================================================================
def tb_prefix(L, lvl="INFO"):
    t = tick()
    L.t(t.strftime("%m/%d/%Y %H:%M:%S.") + ms(t) + "|TRKBRD|" + lvl + "|")


def tb_phi():
    L = Line("trackboard")
    k = rng.choice(["arrival", "triage", "room", "doe", "resolve", "dispo", "arrival", "triage"])
    if k == "resolve":
        p = pick_doe("created")
        if p is None or rng.random() < 0.3:
            k = "doe"
    if k == "doe":
        p = pick_doe_new()
        tb_prefix(L, "WARN")
        L.t("DOE_CREATE|enc=%s|pt=\"" % p.enc).p(p.doe, "name").t("\"|mrn=").p(p.temp_mrn, "mrn")
        L.t("|mode=EMS|agency=\"%s\"|unit=\"%s\"|run=" % (rng.choice(EMS_AGENCIES), rng.choice(EMS_UNITS)))
        L.p(p.run, "other_id").t("|esi=%d|loc=%s|trauma_lvl=%s|by=%s" % (p.esi, p.room, rng.choice(["I", "II"]),
                                                                          uname(*staff(NURSES))))
        return L
    if k == "resolve":
        resolved_doe.add(id(p))
        tb_prefix(L)
        L.t("ALIAS_RESOLVED|enc=%s|alias=\"" % p.enc).p(p.doe, "name").t("\"|temp_mrn=").p(p.temp_mrn, "mrn")
        L.t("|pt=\"").p(name_lf(p), "name").t("\"|mrn=").p(p.mrn, "mrn").t("|dob=").p(dob_fmt(p.dob, 1), "date")
        L.t("|merge_req=MRQ-%d|by=%s (REG)" % (rng.randint(40000, 49999), rng.choice(["kfolau", "bmwangi", "reg_nights2"])))
        return L
    p = pick_patient()
    if k == "arrival":
        tb_prefix(L)
        L.t("ARRIVAL|enc=%s|pt=\"" % p.enc).p(name_lf(p), "name").t("\"|mrn=").p(p.mrn, "mrn")
        age_part(L, p.age, "|age=", "|sex=%s" % p.sex)
        L.t("|mode=%s|cc=\"%s\"|loc=WR" % (rng.choice(["AMB", "WALKIN", "EMS", "PRIV_VEH"]), p.cc))
    elif k == "triage":
        tb_prefix(L)
        n = staff(NURSES)
        L.t("TRIAGE_COMPLETE|enc=%s|mrn=" % p.enc).p(p.mrn, "mrn")
        L.t("|esi=%d|hr=%d|bp=%d/%d|spo2=%d|temp_c=%.1f|pain=%d|rn=\"%s, %s RN\"" % (
            p.esi, rng.randint(58, 132), rng.randint(92, 186), rng.randint(48, 110), rng.randint(86, 100),
            rng.uniform(36.1, 39.6), rng.randint(0, 10), n[1], n[0]))
        if rng.random() < 0.5:
            L.t("|pt=\"").p(name_lf(p), "name").t("\"")
    elif k == "room":
        tb_prefix(L)
        L.t("ROOM_ASSIGN|enc=%s|pt=\"" % p.enc).p("%s, %s" % (p.last, p.first[0]), "name")
        L.t(".\"|from=%s|to=%s|esi=%d|md=\"Dr. %s\"|scribe=%s" % (
            rng.choice(["WR", "TRIAGE-2", "HALL-3"]), p.room, p.esi, staff(DOCS)[1], uname(*staff(SCRIBES))))
    else:
        tb_prefix(L)
        dd = since(p, 0, 6)
        L.t("DISPO|enc=%s|mrn=" % p.enc).p(p.mrn, "mrn")
        L.t("|dispo=%s|dispo_dt=" % rng.choice(["DISCHARGE", "ADMIT", "TRANSFER", "AMA", "LWBS"]))
        L.p(dd.strftime("%m/%d/%Y %H:%M"), "date")
        L.t("|los_min=%d|room=%s|md=\"Dr. %s\"" % (rng.randint(60, 600), p.room, staff(DOCS)[1]))
    return L


def tb_clean():
    L = Line("trackboard")
    k = rng.randint(0, 5)
    if k == 0:
        tb_prefix(L)
        L.t("BOARD_REFRESH|rows=%d|waiting=%d|in_room=%d|lwbs_rate_pct=%.1f|door_to_doc_med_min=%d|pods=A,B,C,FT" % (
            rng.randint(30, 58), rng.randint(3, 22), rng.randint(20, 40), rng.uniform(0.5, 4.8), rng.randint(9, 44)))
    elif k == 1:
        tb_prefix(L)
        n, d = staff(NURSES), staff(DOCS)
        L.t("STAFF_ASSIGN|room=%s|rn=\"%s %s RN\"|md=\"Dr. %s %s\"|shift=1900-0730" % (rng.choice(ROOMS), n[0], n[1], d[0], d[1]))
    elif k == 2:
        tb_prefix(L)
        L.t("ROOM_STATUS|room=%s|status=%s|evs_ticket=EVS-%d|tat_min=%d" % (
            rng.choice(ROOMS), rng.choice(["DIRTY->CLEAN", "CLEAN->READY", "OCCUPIED->DIRTY", "BLOCKED->READY"]),
            rng.randint(880000, 899999), rng.randint(6, 48)))
    elif k == 3:
        tb_prefix(L)
        L.t("ESI_CENSUS|esi1=%d|esi2=%d|esi3=%d|esi4=%d|esi5=%d|boarders=%d" % (
            rng.randint(0, 2), rng.randint(2, 9), rng.randint(8, 20), rng.randint(2, 10), rng.randint(0, 4), rng.randint(3, 14)))
    elif k == 4:
        tb_prefix(L)
        s = staff(SCRIBES)
        L.t("SESSION|user=%s|role=SCRIBE|ws=EDWS-%02d|ip=10.41.%d.%d|action=%s" % (
            uname(*s), rng.randint(1, 40), rng.randint(1, 8), rng.randint(2, 250), rng.choice(["LOGIN", "LOGOUT", "LOCK"])))
    else:
        tb_prefix(L, "WARN")
        L.t("DIVERSION|status=%s|reason=\"%s\"|set_by=\"Dr. %s\"|ems_notified=%s" % (
            rng.choice(["ON", "OFF"]), rng.choice(["CT down", "no monitored beds", "saturation"]), staff(DOCS)[1],
            ",".join(rng.sample(EMS_AGENCIES, 2))))
    return L


# ==========================================================================
# FAMILY: emsfeed (JSON pre-arrival notification / quick-reg ambulance feed)
# ==========================================================================
def ems_ts():
    t = tick()
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms(t) + "-08:00"


def ems_phi():
    L = Line("emsfeed")
    k = rng.randint(0, 3)
    if k == 0:
        p = pick_doe_new() if rng.random() < 0.4 else pick_patient()
        o = {"type": "EMS_PRENOTIFY", "receivedAt": ems_ts(), "agency": rng.choice(EMS_AGENCIES),
             "unit": rng.choice(EMS_UNITS), "runNumber": P(p.run, "other_id"),
             "eta": (CLOCK[0] + dt.timedelta(minutes=rng.randint(4, 25))).strftime("%H:%M"),
             "priority": rng.choice(["P1", "P2", "P3"]),
             "patient": {"ageYears": P_age(p.age), "sex": p.sex, "chiefComplaint": p.cc},
             "vitals": {"hr": rng.randint(50, 140), "sbp": rng.randint(80, 190), "rr": rng.randint(10, 32),
                        "spo2": rng.randint(82, 100), "gcs": rng.randint(6, 15)},
             "traumaActivation": rng.choice([True, False])}
        jdump(L, o)
    elif k == 1:
        p = pick_patient()
        o = {"type": "QUICK_REG", "receivedAt": ems_ts(), "runNumber": P(p.run, "other_id"),
             "unit": rng.choice(EMS_UNITS),
             "patient": {"lastName": P(p.last, "name"), "firstName": P(p.first, "name"),
                         "dob": P(dob_fmt(p.dob, 0), "date"), "sex": p.sex,
                         "homePhone": P(fmt_phone(p.phone, 1), "phone")},
             "assignedMrn": P(p.mrn, "mrn"), "bay": rng.choice(["AMB-1", "AMB-2", "AMB-3"]), "regClerk": "reg_nights2"}
        jdump(L, o)
    elif k == 2:
        p = pick_patient()
        o = {"type": "PCR_ATTACHED", "receivedAt": ems_ts(), "runNumber": P(p.run, "other_id"),
             "pcrDocId": "pcr_" + hexs(12), "pages": rng.randint(2, 7),
             "encounter": p.enc, "mrn": P(p.mrn, "mrn"), "agency": rng.choice(EMS_AGENCIES),
             "crewLead": "PM %s" % rng.choice(["J. Aldana", "K. Whitford", "S. Oyelowo", "B. Tanaka"])}
        jdump(L, o)
    else:
        p = pick_patient()
        o = {"type": "PATIENT_ARRIVED", "receivedAt": ems_ts(), "unit": rng.choice(EMS_UNITS),
             "runNumber": P(p.run, "other_id"),
             "patientName": S(P(p.first, "name"), " ", P(p.last, "name")),
             "age": P_age(p.age), "wallTimeMin": rng.randint(3, 74), "room": p.room}
        jdump(L, o)
    return L


def ems_clean():
    L = Line("emsfeed")
    k = rng.randint(0, 2)
    if k == 0:
        o = {"type": "HEARTBEAT", "receivedAt": ems_ts(), "feed": "ems-bridge", "peer": "10.60.1.%d:8443" % rng.randint(2, 40),
             "lagMs": rng.randint(40, 900), "queued": rng.randint(0, 5)}
    elif k == 1:
        o = {"type": "UNIT_STATUS", "receivedAt": ems_ts(), "agency": rng.choice(EMS_AGENCIES), "unit": rng.choice(EMS_UNITS),
             "status": rng.choice(["AT_HOSPITAL", "TRANSFER_OF_CARE", "AVAILABLE", "EN_ROUTE"]),
             "wallTimeMin": rng.randint(0, 90), "apotTargetMin": 20}
    else:
        o = {"type": "APOT_SUMMARY", "receivedAt": ems_ts(), "window": "1h", "arrivals": rng.randint(3, 14),
             "apot90Min": rng.randint(14, 88), "overTarget": rng.randint(0, 6),
             "byAgency": {a: rng.randint(0, 6) for a in rng.sample(EMS_AGENCIES, 3)}}
    jdump(L, o)
    return L


# ==========================================================================
# FAMILY: hl7engine (interface engine log lines carrying ADT messages)
# ==========================================================================
def ie_prefix(L, lvl, chan, conn):
    t = tick()
    L.t("%-5s %s,%s [%s < %s] " % (lvl, t.strftime("%Y-%m-%d %H:%M:%S"), ms(t), chan, conn))
    return t


def hl7_name(L, p):
    L.p(p.last.upper(), "name").t("^").p(p.first.upper(), "name")


def pid_segment(L, p, with_ssn=True, with_fax=False, mrn=None):
    mrn = mrn or p.mrn
    L.t("PID|1||").p(mrn, "mrn").t("^^^SBRMC^MR~")
    L.p(p.member, "health_plan").t("^^^%s^HP||" % p.plan_code)
    hl7_name(L, p)
    L.t("^^^^^L||").p(dob_fmt(p.dob, 2), "date").t("|%s|||" % p.sex)
    L.p(p.street_no + " " + p.street + p.unit, "address").t("^^").p(p.city, "address")
    L.t("^%s^" % p.state).p(p.zip, "zip").t("^USA^H||")
    L.p("(%s)%s-%s" % p.phone, "phone").t("^PRN^PH~")
    if with_fax:
        L.p("(%s)%s-%s" % p.cell, "fax").t("^WPN^FX")
    else:
        L.p("(%s)%s-%s" % p.cell, "phone").t("^PRN^CP")
    L.t("~^NET^Internet^").p(p.email, "email").t("||%s|%s||" % (rng.choice(["ENG", "SPA", "VIE", "RUS", "TUR"]),
                                                            rng.choice(["M", "S", "W", "D"])))
    L.p(p.fin, "account").t("^^^SBRMC^AN|")
    if with_ssn:
        L.p(p.ssn.replace("-", ""), "ssn")
    L.t("|")
    L.p(p.dl, "license").t("^%s" % p.state)


def pv1_segment(L, p, admit=True):
    d = staff(DOCS)
    L.t("PV1|1|E|SBED^%s^01^SBRMC||||%s^%s^%s^^^MD|||EM||||7|||%s^%s^%s^^^MD|ER|" % (
        p.room, DOC_NPI[d], d[1].upper(), d[0].upper(), DOC_NPI[d], d[1].upper(), d[0].upper()))
    L.t(p.enc + "^^^SBRMC^VN|||||||||||||||||||||||||")
    if admit:
        L.p(p.arrival.strftime("%Y%m%d%H%M"), "date")


HL7_STRUCT = {"A04": "ADT_A01", "A08": "ADT_A01", "A17": "ADT_A17", "A34": "ADT_A30"}


def hl7_msh(L, ev, t):
    ctl = "SBR%s%04d" % (t.strftime("%y%m%d%H%M%S"), rng.randint(0, 9999))
    L.t("MSH|^~\\&|EPIC|SBRMC_ED|TRACKBOARD|SBRMC|%s||ADT^%s^%s|%s|P|2.5.1\\rEVN|%s|%s\\r" % (
        t.strftime("%Y%m%d%H%M%S"), ev, HL7_STRUCT[ev], ctl, ev, t.strftime("%Y%m%d%H%M%S")))


def hl7_phi():
    L = Line("hl7engine")
    k = rng.choice(["A04", "A08", "A17", "A34", "A04", "A08", "A34"])
    if k == "A34":
        p = pick_doe("resolved")
        if p is None:
            k = "A04"
    t = ie_prefix(L, "INFO", "ADT_IN_Epic_ED", "TCP Listener on 0.0.0.0:6661")
    if k == "A04":
        p = pick_patient()
        L.t("received msg id=%d: " % rng.randint(880000, 999999))
        hl7_msh(L, "A04", t)
        pid_segment(L, p, with_ssn=rng.random() < 0.7)
        L.t("\\rNK1|1|").p(p.ec_last.upper(), "name").t("^").p(p.ec_first.upper(), "name")
        L.t("|%s||" % p.ec_rel).p("(%s)%s-%s" % p.ec_phone, "phone").t("\\r")
        pv1_segment(L, p)
        L.t("\\rIN1|1|%s|%s|%s||||" % (p.plan_code, rng.randint(100, 999), p.plan)).t(p.group + "||||||||")
        L.p(p.last.upper(), "name").t("^").p(p.first.upper(), "name").t("|SEL|||||||||||||||||||||||||")
        L.p(p.member, "health_plan")
    elif k == "A08":
        p = pick_patient()
        L.t("received msg id=%d: " % rng.randint(880000, 999999))
        hl7_msh(L, "A08", t)
        pid_segment(L, p, with_ssn=False, with_fax=rng.random() < 0.5)
        L.t("\\r")
        pv1_segment(L, p, admit=rng.random() < 0.5)
    elif k == "A17":
        a = pick_patient()
        b = pick_patient()
        while b is a:
            b = pick_patient()
        L.t("received msg id=%d: " % rng.randint(880000, 999999))
        hl7_msh(L, "A17", t)
        for q in (a, b):
            L.t("PID|1||").p(q.mrn, "mrn").t("^^^SBRMC^MR||")
            hl7_name(L, q)
            L.t("||").p(dob_fmt(q.dob, 2), "date").t("|%s\\rPV1|1|E|SBED^%s^01^SBRMC\\r" % (q.sex, rng.choice(ROOMS)))
    else:
        L.t("received msg id=%d: " % rng.randint(880000, 999999))
        hl7_msh(L, "A34", t)
        L.t("PID|1||").p(p.mrn, "mrn").t("^^^SBRMC^MR||")
        hl7_name(L, p)
        L.t("||").p(dob_fmt(p.dob, 2), "date").t("|%s\\rMRG|" % p.sex).p(p.temp_mrn, "mrn").t("^^^SBRMC^MR||||||")
        last, first = p.doe.split(", ")
        L.p(last, "name").t("^").p(first, "name")
    return L


def hl7_clean():
    L = Line("hl7engine")
    k = rng.randint(0, 4)
    if k == 0:
        t = ie_prefix(L, "INFO", "ADT_IN_Epic_ED", "TCP Listener on 0.0.0.0:6661")
        L.t("sent ACK: MSH|^~\\&|TRACKBOARD|SBRMC|EPIC|SBRMC_ED|%s||ACK^%s|ACK%d|P|2.5.1\\rMSA|AA|SBR%s%04d" % (
            t.strftime("%Y%m%d%H%M%S"), rng.choice(["A04", "A08", "A34"]), rng.randint(100000, 999999),
            t.strftime("%y%m%d%H%M%S"), rng.randint(0, 9999)))
    elif k == 1:
        ie_prefix(L, "INFO", "ADT_IN_Epic_ED", "Queue Monitor")
        L.t("stats received=%d filtered=%d queued=%d errored=%d avgProcMs=%d" % (
            rng.randint(1000, 3000), rng.randint(5, 60), rng.randint(0, 4), rng.randint(0, 2), rng.randint(3, 40)))
    elif k == 2:
        ie_prefix(L, "INFO", "ADT_OUT_RTLS", "HTTP Sender")
        L.t("POST https://rtls-core.%s/api/v2/adt 202 in %dms (msgId=%d)" % (HDOM, rng.randint(18, 340), rng.randint(880000, 999999)))
    elif k == 3:
        ie_prefix(L, "WARN", "ADT_IN_Epic_ED", "TCP Listener on 0.0.0.0:6661")
        L.t("connection from 10.40.2.%d:%d reset by peer; reconnect attempt %d" % (
            rng.randint(2, 60), rng.randint(49152, 65000), rng.randint(1, 4)))
    else:
        ie_prefix(L, "INFO", "ADT_IN_Epic_ED", "Filter")
        L.t("msg %d filtered: event ADT^%s not routed to destination 3 (Sepsis Engine)" % (
            rng.randint(880000, 999999), rng.choice(["A31", "A28", "A60", "A12"])))
    return L


# ==========================================================================
# FAMILY: sepsis (python logging style scoring engine)
# ==========================================================================
def sep_prefix(L, lvl, mod):
    t = tick()
    L.t("%s,%s %s [sepsis-engine] %s: " % (t.strftime("%Y-%m-%d %H:%M:%S"), ms(t), lvl, mod))


def sepsis_phi():
    L = Line("sepsis")
    p = pick_patient()
    k = rng.randint(0, 2)
    if k == 0:
        sep_prefix(L, "WARNING", "score_eval")
        score = rng.randint(6, 12)
        L.t("enc=%s mrn=" % p.enc).p(p.mrn, "mrn")
        age_part(L, p.age, " age=")
        lc = since(p, 20, 90)
        L.t(" sirs=%d/4 qsofa=%d lactate=%.1f lactate_collected=" % (rng.randint(2, 4), rng.randint(1, 3), rng.uniform(2.1, 6.4)))
        L.p(lc.strftime("%Y-%m-%dT%H:%M:00"), "date")
        L.t(" wbc=%.1f map=%d score=%d threshold=6 -> ALERT id=SA-%d notify=\"Dr. %s\" pager=%d" % (
            rng.uniform(2.1, 24.0), rng.randint(52, 70), score, rng.randint(700000, 799999), staff(DOCS)[1], rng.randint(4000, 4999)))
    elif k == 1:
        sep_prefix(L, "INFO", "bundle_timer")
        L.t("SEP-1 bundle clock started for ").p(name_lf(p), "name").t(" (").p(p.mrn, "mrn")
        L.t(") time_zero=").p(since(p, 5, 60).strftime("%m/%d/%Y %H:%M"), "date")
        L.t(" abx_due_in=180m cultures_pending=%d" % rng.randint(0, 2))
    else:
        sep_prefix(L, "DEBUG", "feature_vector")
        L.t("mrn=").p(p.mrn, "mrn").t(" features={")
        L.t("'age': ")
        if p.age > 89:
            L.p(str(p.age), "age")
        else:
            L.t(str(p.age))
        L.t(", 'hr': %d, 'rr': %d, 'temp': %.1f, 'sbp': %d, 'wbc': %.1f, 'on_abx': %s, 'esi': %d}" % (
            rng.randint(60, 140), rng.randint(12, 34), rng.uniform(35.4, 40.1), rng.randint(70, 170),
            rng.uniform(3, 22), rng.choice(["True", "False"]), p.esi))
    return L


def sepsis_clean():
    L = Line("sepsis")
    k = rng.randint(0, 3)
    if k == 0:
        sep_prefix(L, "INFO", "scheduler")
        L.t("eval cycle done: scored=%d alerts=%d suppressed=%d duration_ms=%d model=sepsis-gbm v2.3.1" % (
            rng.randint(25, 60), rng.randint(0, 3), rng.randint(0, 4), rng.randint(180, 1400)))
    elif k == 1:
        sep_prefix(L, "INFO", "alert_ack")
        d = staff(DOCS)
        L.t("alert SA-%d acknowledged by %s (Dr. %s %s) latency=%dm%02ds action=%s" % (
            rng.randint(700000, 799999), uname(*d), d[0], d[1], rng.randint(0, 14), rng.randint(0, 59),
            rng.choice(["ORDERSET_OPENED", "DISMISSED_NOT_SEPSIS", "ALREADY_TREATING"])))
    elif k == 2:
        sep_prefix(L, "WARNING", "lab_feed")
        L.t("lactate results delayed: last ORU at %s, lag=%ds, source=lab-ie02.%s:6670" % (
            (CLOCK[0] - dt.timedelta(minutes=rng.randint(3, 20))).strftime("%H:%M:%S"), rng.randint(120, 900), HDOM))
    else:
        sep_prefix(L, "INFO", "config")
        L.t("thresholds reloaded alert=6 reassess=4 suppress_hours=12 from /etc/sepsis/thresholds.yaml (sha256 %s)" % hexs(16))
    return L


# ==========================================================================
# FAMILY: radiology (syslog RFC3164 from RIS)
# ==========================================================================
def sys_prefix(L, host, proc):
    t = tick()
    L.t("<%d>%s %2d %s %s %s[%d]: " % (rng.choice([134, 142, 131]), t.strftime("%b"), t.day, t.strftime("%H:%M:%S"),
                                       host, proc, rng.choice([4412, 4418, 5120])))


def rad_phi():
    L = Line("radiology")
    p = pick_patient()
    proc, mod = rng.choice(MODALITIES)
    k = rng.randint(0, 2)
    if k == 0:
        sys_prefix(L, "ris-app02", "risd")
        d = staff(DOCS)
        L.t("ORDER_NEW ord=ORD%d acc=SB%s%05d proc=\"%s\" mod=%s pri=%s pt=\"" % (
            rng.randint(60000000, 69999999), CLOCK[0].strftime("%y%m%d"), rng.randint(0, 99999), proc, mod,
            rng.choice(["STAT", "URGENT", "ROUTINE"])))
        L.p(name_lf(p), "name").t("\" mrn=").p(p.mrn, "mrn").t(" dob=").p(dob_fmt(p.dob, 1), "date")
        L.t(" ordering=\"%s, %s MD\" loc=%s" % (d[1].upper(), d[0].upper(), p.room))
    elif k == 1:
        sys_prefix(L, "ris-app02", "risd")
        L.t("EXAM_COMPLETE acc=SB%s%05d mrn=" % (CLOCK[0].strftime("%y%m%d"), rng.randint(0, 99999)))
        L.p(p.mrn, "mrn").t(" tech=%s modality=%s%d dose_dlp=%d" % (
            rng.choice(["rt_mkeane", "rt_asuarez", "rt_pnovak"]), mod, rng.randint(1, 3), rng.randint(200, 1600)))
        if rng.random() < 0.6:
            L.t(" implant_check=\"").t(rng.choice(["pacemaker", "ICD", "neurostim"])).t(" SN ")
            L.p(rng.choice(["PJN", "RNR", "NBF"]) + digits(6), "device").t(" MR-conditional\"")
    else:
        sys_prefix(L, "pacs-gw01", "worklistd")
        L.t("MWL C-FIND rsp: PatientName=").p(p.last.upper() + "^" + p.first.upper(), "name")
        L.t(" PatientID=").p(p.mrn, "mrn").t(" PatientBirthDate=").p(dob_fmt(p.dob, 2), "date")
        L.t(" AccessionNumber=SB%s%05d ScheduledStationAETitle=%s_%d" % (
            CLOCK[0].strftime("%y%m%d"), rng.randint(0, 99999), mod, rng.randint(1, 3)))
    return L


def rad_clean():
    L = Line("radiology")
    k = rng.randint(0, 3)
    sys_prefix(L, rng.choice(["ris-app02", "pacs-gw01"]), rng.choice(["risd", "worklistd"]))
    proc, mod = rng.choice(MODALITIES)
    if k == 0:
        r = staff(RADS)
        L.t("READ_STATUS acc=SB%s%05d status=%s reader=\"%s %s MD\" tat_min=%d proc=\"%s\"" % (
            CLOCK[0].strftime("%y%m%d"), rng.randint(0, 99999), rng.choice(["PRELIM", "FINAL", "ADDENDUM"]),
            r[0], r[1], rng.randint(8, 95), proc))
    elif k == 1:
        L.t("worklist sync station=%s_%d items=%d oldest_wait_min=%d" % (mod, rng.randint(1, 3), rng.randint(0, 16), rng.randint(0, 70)))
    elif k == 2:
        L.t("ORU^R01 out ctl=RAD%d -> EPIC 10.40.2.%d:6675 ACK AA in %dms" % (rng.randint(1000000, 9999999), rng.randint(2, 60), rng.randint(8, 90)))
    else:
        L.t("modality %s_%d status=%s reason=\"%s\"" % (mod, rng.randint(1, 3), rng.choice(["DOWN", "UP"]),
                                                      rng.choice(["tube warmup", "scheduled QA", "detector fault E-1142"])))
    return L


# ==========================================================================
# FAMILY: bedboard (logfmt: bed requests and boarding metrics)
# ==========================================================================
def lf_prefix(L, lvl="info"):
    t = tick()
    L.t("ts=%sZ level=%s svc=bedflow " % ((t + dt.timedelta(hours=8)).strftime("%Y-%m-%dT%H:%M:%S.") + ms(t), lvl))


def bed_phi():
    L = Line("bedboard")
    p = pick_patient()
    k = rng.randint(0, 2)
    if k == 0:
        lf_prefix(L)
        L.t("msg=\"bed request created\" req_id=BR-%d mrn=" % rng.randint(200000, 299999)).p(p.mrn, "mrn")
        L.t(" unit=%s bed_type=%s iso=%s admit_decision_at=" % (
            rng.choice(["4W", "5E", "ICU3", "TELE2", "OBS"]), rng.choice(["MEDSURG", "TELE", "ICU", "STEPDOWN"]),
            rng.choice(["none", "contact", "droplet"])))
        L.p((since(p, 10, 200) + dt.timedelta(hours=8)).strftime("%Y-%m-%dT%H:%M:%SZ"), "date")
        L.t(" requester=%s" % uname(*staff(DOCS)))
    elif k == 1:
        lf_prefix(L, "warn")
        L.t("msg=\"boarder over threshold\" mrn=").p(p.mrn, "mrn").t(" pt=\"").p("%s %s" % (p.first, p.last), "name")
        L.t("\" ed_room=%s boarding_min=%d threshold_min=240 assigned_bed=%s" % (
            p.room, rng.randint(241, 1200), rng.choice(INPT_BEDS + ["none"])))
        if p.age > 89:
            L.t(" age=").p(str(p.age), "age").t(" fall_risk=high")
    else:
        lf_prefix(L)
        L.t("msg=\"patient departed ED\" enc=%s mrn=" % p.enc).p(p.mrn, "mrn")
        L.t(" to_bed=%s depart_at=" % rng.choice(INPT_BEDS))
        L.p((since(p, 0, 3) + dt.timedelta(hours=8)).strftime("%Y-%m-%dT%H:%M:%SZ"), "date")
        L.t(" transport=%s" % rng.choice(["TRN-%d" % rng.randint(100, 999), "self"]))
    return L


def bed_clean():
    L = Line("bedboard")
    k = rng.randint(0, 3)
    if k == 0:
        lf_prefix(L)
        L.t("msg=\"boarding metrics\" window=1h boarders=%d median_board_min=%d p90_board_min=%d ed_occupancy=%.2f pending_requests=%d" % (
            rng.randint(3, 16), rng.randint(120, 400), rng.randint(300, 900), rng.uniform(0.8, 1.4), rng.randint(2, 14)))
    elif k == 1:
        lf_prefix(L)
        L.t("msg=\"bed assigned\" req_id=BR-%d bed=%s evs_ready=%s assign_min=%d" % (
            rng.randint(200000, 299999), rng.choice(INPT_BEDS), rng.choice(["true", "false"]), rng.randint(5, 240)))
    elif k == 2:
        lf_prefix(L)
        L.t("msg=\"unit capacity\" unit=%s staffed=%d occupied=%d blocked=%d pending_dc=%d" % (
            rng.choice(["4W", "5E", "ICU3", "TELE2", "6N"]), rng.randint(20, 32), rng.randint(15, 32), rng.randint(0, 3), rng.randint(0, 8)))
    else:
        lf_prefix(L, "error")
        L.t("msg=\"capacity feed timeout\" upstream=http://10.52.8.%d:8080/census err=\"context deadline exceeded\" retry_in=30s" % rng.randint(2, 250))
    return L


# ==========================================================================
# FAMILY: rxprint (discharge prescriptions printed)
# ==========================================================================
def rx_prefix(L, lvl="INFO"):
    t = tick()
    L.t("[%s.%s] [RxPrint.Worker] [%s] " % (t.strftime("%Y-%m-%d %H:%M:%S"), ms(t), lvl))


def rx_phi():
    L = Line("rxprint")
    p = pick_patient()
    drug, qty = rng.choice(DRUGS)
    d = staff(DOCS)
    k = rng.randint(0, 2)
    rx_prefix(L)
    if k == 0:
        L.t("printed rx=%d job=%d printer=ED-RX-PRN%02d drug=\"%s\" qty=%s refills=0 patient=\"" % (
            rng.randint(6000000, 6999999), rng.randint(1000, 9999), rng.randint(1, 4), drug, qty))
        L.p("%s %s" % (p.first, p.last), "name").t("\" dob=").p(dob_fmt(p.dob, 1), "date")
        L.t(" addr=\"").p(p.street_no + " " + p.street + p.unit, "address").t(", ").p(p.city, "address")
        L.t(", %s " % p.state).p(p.zip + "-" + p.zip4, "zip").t("\" prescriber=\"%s %s, MD\" npi=%s" % (d[0], d[1], DOC_NPI[d]))
    elif k == 1:
        L.t("discharge packet mrn=").p(p.mrn, "mrn").t(" svc_date=").p(p.arrival.strftime("%m/%d/%Y"), "date")
        L.t(" items=[AVS, Rx x%d, work note] pages=%d printer=ED-DC-PRN01 (10.20.4.%d)" % (
            rng.randint(1, 3), rng.randint(3, 9), rng.randint(20, 80)))
    else:
        L.t("eRx fallback to paper for ").p(name_lf(p), "name").t(" phone=").p(fmt_phone(p.phone, 0), "phone")
        L.t(" pharmacy=\"Harbor Drug #%d\" pharmacy_ph=(503) 555-01%02d reason=\"EPCS token timeout\"" % (
            rng.randint(10, 99), rng.randint(0, 99)))
    return L


def rx_clean():
    L = Line("rxprint")
    k = rng.randint(0, 3)
    if k == 0:
        rx_prefix(L, "WARN")
        L.t("printer ED-RX-PRN%02d tray 2 low (security paper), sheets_left=%d" % (rng.randint(1, 4), rng.randint(5, 40)))
    elif k == 1:
        rx_prefix(L)
        L.t("job %d spooled pages=%d to 10.20.4.%d:9100 in %dms" % (rng.randint(1000, 9999), rng.randint(1, 6), rng.randint(20, 80), rng.randint(90, 2400)))
    elif k == 2:
        rx_prefix(L)
        d = staff(DOCS)
        L.t("EPCS 2FA ok prescriber=\"%s %s\" npi=%s user=%s token=hid-%s" % (d[0], d[1], DOC_NPI[d], uname(*d), hexs(6)))
    else:
        rx_prefix(L)
        L.t("header template v7 loaded: \"%s, 2200 Lakeview Pkwy, Harbor City, OR 97103, Tel (503) 555-0100, Fax (503) 555-0109\"" % HOSP)
    return L


# ==========================================================================
# FAMILY: rtls (tracking badge gateway)
# ==========================================================================
def rtls_prefix(L):
    t = tick()
    L.t("%s.%s RTLS-GW%02d " % (t.strftime("%Y-%m-%d %H:%M:%S"), ms(t), rng.randint(1, 6)))


def rtls_phi():
    L = Line("rtls")
    p = pick_patient()
    k = rng.randint(0, 2)
    rtls_prefix(L)
    if k == 0:
        L.t("evt=ASSOCIATE tag=").p(p.tag, "device").t(" type=PATIENT_BAND mrn=").p(p.mrn, "mrn")
        L.t(" enc=%s room=%s by=%s" % (p.enc, p.room, uname(*staff(NURSES))))
    elif k == 1:
        L.t("evt=ZONE_CHANGE tag=").p(p.tag, "device").t(" assigned=PATIENT:").p(p.mrn, "mrn")
        L.t(" from=%s to=%s dwell_s=%d" % (p.room, rng.choice(["RAD-CT1", "RAD-XR2", "ED-HALL-B", "ELEV-3", "4W-ENTRY"]), rng.randint(30, 4000)))
    else:
        L.t("evt=BATTERY_LOW tag=").p(p.tag, "device").t(" assigned=PATIENT pt=\"").p(name_lf(p), "name")
        L.t("\" batt_v=%.2f pct=%d action=\"swap band at %s\"" % (rng.uniform(2.4, 2.7), rng.randint(3, 15), p.room))
    return L


def rtls_clean():
    L = Line("rtls")
    k = rng.randint(0, 4)
    rtls_prefix(L)
    if k == 0:
        L.t("evt=BATTERY_LOW tag=T-%06d assigned=NONE batt_v=%.2f pct=%d location=CHARGER-BANK-%s" % (
            rng.randint(100000, 199999), rng.uniform(2.4, 2.8), rng.randint(2, 20), rng.choice("ABC")))
    elif k == 1:
        n = staff(NURSES)
        L.t("evt=ZONE_CHANGE tag=S-%06d assigned=STAFF:%s (RN %s) from=%s to=%s" % (
            rng.randint(200000, 299999), uname(*n), n[1], rng.choice(ROOMS), rng.choice(ROOMS)))
    elif k == 2:
        L.t("evt=ASSET_LOCATE tag=E-%05d asset=\"%s\" zone=%s last_seen_s=%d" % (
            rng.randint(10000, 99999), rng.choice(["IV pump Alaris 8015", "portable monitor", "bariatric stretcher", "bladder scanner"]),
            rng.choice(ROOMS + ["SOILED-UTIL", "EQUIP-B"]), rng.randint(1, 900)))
    elif k == 3:
        L.t("evt=HEARTBEAT fw=4.12.7 readers_online=%d/%d uplink=10.70.0.%d rssi_avg=%d" % (
            rng.randint(40, 48), 48, rng.randint(2, 30), -rng.randint(55, 80)))
    else:
        L.t("evt=DISASSOCIATE tag=T-%06d reason=DISCHARGE_SCAN returned_to=CHARGER-BANK-%s batt_pct=%d" % (
            rng.randint(100000, 199999), rng.choice("ABC"), rng.randint(20, 100)))
    return L


# ==========================================================================
# FAMILY: winston (Node.js backend: tracking API, quick registration, online check-in)
# ==========================================================================
def iso_z(t):
    return (t + dt.timedelta(hours=8)).strftime("%Y-%m-%dT%H:%M:%S.") + ms(t) + "Z"


def win_phi():
    L = Line("winston")
    p = pick_patient()
    k = rng.randint(0, 4)
    t = tick()
    if k == 0:
        o = {"service": "ed-quickreg", "route": "POST /api/v1/quickreg", "reqId": hexs(16),
             "payload": {"lastName": P(p.last, "name"), "firstName": P(p.first, "name"),
                         "dob": P(dob_fmt(p.dob, 0), "date"), "sex": p.sex,
                         "ssn": P(p.ssn, "ssn"), "phone": P(fmt_phone(p.cell, 1), "phone"),
                         "address": {"line1": P(p.street_no + " " + p.street + p.unit, "address"),
                                     "city": P(p.city, "address"), "state": p.state, "zip": P(p.zip, "zip")},
                         "cc": p.cc, "arrivalMode": "WALKIN"},
             "level": "debug", "message": "quick registration payload", "timestamp": iso_z(t)}
    elif k == 1:
        o = {"service": "ed-checkin-web", "reqId": hexs(16), "clientIp": P(p.ip, "ip"),
             "userAgent": rng.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15",
                                      "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 Chrome/129.0.0.0 Mobile"]),
             "portalUser": P(p.portal_user, "other_id"), "email": P(p.email, "email"),
             "slot": "%02d:%02d" % (rng.randint(19, 23), rng.choice([0, 15, 30, 45])),
             "level": "info", "message": "online check-in slot reserved", "timestamp": iso_z(t)}
    elif k == 2:
        L.t("%s [ed-api] warn: duplicate candidate for quickreg: mrn=" % iso_z(t)).p(p.mrn, "mrn")
        L.t(" score=0.%d name=\"" % rng.randint(82, 99)).p("%s %s" % (p.first, p.last), "name")
        L.t("\" dob=").p(dob_fmt(p.dob, 1), "date").t(" reviewer_queue=HIM-DUPS")
        return L
    elif k == 3:
        o = {"service": "ed-quickreg", "reqId": hexs(16), "mrn": P(p.mrn, "mrn"),
             "insurance": {"payer": p.plan, "memberId": P(p.member, "health_plan"), "groupNo": p.group},
             "eligibility": rng.choice(["ACTIVE", "ACTIVE", "INACTIVE", "UNKNOWN"]), "durationMs": rng.randint(300, 4200),
             "level": "info", "message": "270/271 eligibility response", "timestamp": iso_z(t)}
    else:
        o = {"service": "ed-checkin-web", "reqId": hexs(16), "provider": "twilio",
             "level": "info", "message": S("sms confirmation queued to ", P(fmt_phone(p.cell, 3), "phone"),
                                           " link ", P("https://checkin.%s/v/%s?n=%s" % (HDOM, hexs(10), p.portal_user), "url")),
             "timestamp": iso_z(t)}
    jdump(L, o)
    return L


def win_clean():
    L = Line("winston")
    t = tick()
    k = rng.randint(0, 4)
    if k == 0:
        L.t("%s [ed-api] info: GET /api/board?pod=%s 200 %dms - %s" % (iso_z(t), rng.choice("ABC"), rng.randint(8, 300), uname(*staff(NURSES))))
    elif k == 1:
        o = {"service": "ed-api", "clients": rng.randint(20, 60), "pid": rng.randint(1000, 9000),
             "level": "info", "message": "socket.io clients connected", "timestamp": iso_z(t)}
        jdump(L, o)
    elif k == 2:
        o = {"service": "ed-quickreg", "err": {"code": "ECONNREFUSED", "address": "10.52.8.%d" % rng.randint(2, 250), "port": 6379},
             "attempt": rng.randint(1, 5), "level": "error", "message": "redis connection lost, retrying", "timestamp": iso_z(t)}
        jdump(L, o)
    elif k == 3:
        L.t("%s [ed-checkin-web] info: mail sent from noreply@%s via smtp-relay.%s:587 messageId=<%s@%s>" % (
            iso_z(t), HDOM, HDOM, hexs(20), HDOM))
    else:
        o = {"service": "ed-api", "user": uname(*staff(SCRIBES)), "role": "scribe", "responseTime": rng.randint(20, 500),
             "level": "http", "message": "POST /api/v1/scribe/notes 201", "timestamp": iso_z(t)}
        jdump(L, o)
    return L


# ==========================================================================
# FAMILY: log4net (C# services: law-enforcement hold, palm-vein ID, photo capture)
# ==========================================================================
def l4n_prefix(L, lvl, logger):
    t = tick()
    L.t("%s,%s [%d] %-5s %s - " % (t.strftime("%Y-%m-%d %H:%M:%S"), ms(t), rng.randint(4, 48), lvl, logger))


def l4n_phi():
    L = Line("log4net")
    k = rng.randint(0, 4)
    if k == 3:
        pd = pick_doe("created")
        if pd is None:
            k = 0
    if k in (0, 1):
        p = pick_patient()
        o_t, o_n, badge = rng.choice(OFFICERS)
        l4n_prefix(L, "INFO", "SBRMC.ED.LeHold.HoldFormService")
        L.t("Hold form LEH-2024-%05d submitted: officer=\"%s %s\" badge=%s agency=\"%s\" caseNo=" % (
            rng.randint(100, 2000), o_t, o_n, badge, rng.choice(LE_AGENCIES)))
        L.p("%d-%06d" % (rng.choice([24, 2024]), rng.randint(1, 999999)), "other_id")
        L.t(" subject=\"").p(name_lf(p), "name").t("\" dob=").p(dob_fmt(p.dob, 1), "date")
        if k == 0:
            L.t(" odl=").p(p.dl, "license").t("/%s veh_plate=" % p.state).p(p.plate, "vehicle")
            L.t(" veh_vin=").p(p.vin, "vehicle")
        else:
            L.t(" property=[\"cell phone IMEI ").p(p.imei, "device").t("\", \"wallet\", \"keys\"] hold_type=%s" % rng.choice(["CUSTODY", "BLOOD_DRAW_WARRANT", "PROTECTIVE"]))
    elif k == 2:
        p = pick_patient()
        l4n_prefix(L, "DEBUG", "SBRMC.ED.Identity.PalmVeinEnrollment")
        L.t("enroll ok mrn=").p(p.mrn, "mrn").t(" hand=%s quality=%d template=" % (rng.choice(["L", "R"]), rng.randint(60, 99)))
        L.p(b64rand(rng.choice([216, 264, 312]), b"PVT2"), "biometric")
    elif k == 3:
        p = pd
        l4n_prefix(L, "INFO", "SBRMC.ED.Identity.UnknownPatientPhoto")
        L.t("photo captured for alias=\"").p(p.doe, "name").t("\" tempMrn=").p(p.temp_mrn, "mrn")
        L.t(" device=EDCAM-%02d bytes=%d data=" % (rng.randint(1, 4), rng.randint(900, 1400)))
        img = b64rand(rng.choice([700, 900, 1050]), b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
        L.p("data:image/jpeg;base64," + img, "photo")
    else:
        p = pick_patient()
        l4n_prefix(L, "INFO", "SBRMC.ED.Registration.IdScanHandler")
        o = {"Source": "KioskScanner-02", "DocType": "DL", "IssuingState": p.state,
             "DocumentNumber": P(p.dl, "license"), "LastName": P(p.last.upper(), "name"),
             "FirstName": P(p.first.upper(), "name"), "DateOfBirth": P(dob_fmt(p.dob, 0), "date"),
             "Street": P(p.street_no + " " + p.street.upper(), "address"), "City": P(p.city.upper(), "address"),
             "PostalCode": P(p.zip + p.zip4, "zip"), "MatchedMrn": P(p.mrn, "mrn")}
        L.t("ID scan parsed ")
        jdump(L, o, ascii_only=True)
    return L


def l4n_clean():
    L = Line("log4net")
    k = rng.randint(0, 4)
    if k == 0:
        l4n_prefix(L, "INFO", "SBRMC.ED.LeHold.HoldFormService")
        L.t("PDF rendered for form LEH-2024-%05d in %d ms, emailed to ed-charge@%s from noreply@%s" % (
            rng.randint(100, 2000), rng.randint(80, 900), HDOM, HDOM))
    elif k == 1:
        l4n_prefix(L, "WARN", "SBRMC.ED.Identity.PalmVeinEnrollment")
        L.t("scanner PV-%s firmware 3.1.4 reports temperature 41C, throttling" % hexs(6).upper())
    elif k == 2:
        l4n_prefix(L, "ERROR", "SBRMC.ED.Registration.AdtPublisher")
        L.t("System.TimeoutException: The operation has timed out after 00:00:30 connecting to tcp://10.40.2.%d:6661 (attempt %d of 5)" % (
            rng.randint(2, 60), rng.randint(1, 5)))
    elif k == 3:
        l4n_prefix(L, "INFO", "SBRMC.ED.LeHold.Program")
        L.t("Service starting, version 4.2.%d, .NET 8.0.%d, config=C:\\ProgramData\\SBRMC\\LeHold\\appsettings.Production.json" % (
            rng.randint(0, 9), rng.randint(1, 11)))
    else:
        l4n_prefix(L, "DEBUG", "SBRMC.ED.LeHold.AuditWriter")
        o_t, o_n, badge = rng.choice(OFFICERS)
        L.t("audit row written Id=%d Actor=%s Action=VIEW_FORM Officer=\"%s %s #%s\" Duration=00:00:00.0%d" % (
            rng.randint(100000, 999999), rng.choice(["svc_lehold", "cnolan_charge", "kfolau"]), o_t, o_n, badge, rng.randint(1000, 9999)))
    return L


# ==========================================================================
# FAMILY: sqlagent (SQL Server Agent job output / SQLAGENT.OUT)
# ==========================================================================
def sqa_job_hdr(L, job, step, stepname):
    t = tick()
    L.t("Job '%s' : Step %d, '%s' : Began Executing %s" % (job, step, stepname, t.strftime("%Y-%m-%d %H:%M:%S")))


def sqa_phi():
    L = Line("sqlagent")
    k = rng.randint(0, 2)
    tick()
    if k == 0:
        p = pick_doe("resolved")
        if p is None:
            k = 1
    if k == 0:
        if id(p) in merged_doe:
            L.t("Temp MRN ").p(p.temp_mrn, "mrn").t(" already merged into ").p(p.mrn, "mrn")
            L.t(", skipping (merge_req MRQ-%d) [SQLSTATE 01000] (Message 50003)" % rng.randint(40000, 49999))
            return L
        merged_doe.add(id(p))
        L.t("Merged temp MRN ").p(p.temp_mrn, "mrn").t(" (").p(p.doe, "name").t(") -> ").p(p.mrn, "mrn")
        L.t(" rows moved: orders=%d results=%d notes=%d [SQLSTATE 01000] (Message 50001)" % (
            rng.randint(1, 30), rng.randint(0, 60), rng.randint(0, 12)))
    elif k == 1:
        p = pick_patient()
        L.t("Possible duplicate: ").p(p.mrn, "mrn").t(" / ").p(new_mrn(), "mrn").t(" (").p(name_lf(p), "name")
        L.t(" ").p(dob_fmt(p.dob, 0), "date").t(") score 0.%d [SQLSTATE 01000] (Message 50002)" % rng.randint(80, 99))
    else:
        p = pick_patient()
        L.t("Msg 2627, Level 14, State 1, Server EDSQL01, Procedure usp_ED_LoadArrivals, Line %d [Batch Start Line 0]: Violation of PRIMARY KEY constraint 'PK_EdArrival'. Cannot insert duplicate key in object 'dbo.EdArrival'. The duplicate key value is (" % rng.randint(40, 300))
        L.p(p.mrn, "mrn").t(", ").p(p.arrival.strftime("%Y-%m-%d %H:%M:00.000"), "date").t("). [SQLSTATE 23000] (Error 2627)")
    return L


def sqa_clean():
    L = Line("sqlagent")
    k = rng.randint(0, 4)
    jobs = [("ED_Boarding_Metrics_Hourly", "Rollup boarding"), ("ED_TempMRN_Merge_Reconcile", "Apply merges"),
            ("ED_Tracking_Archive_Nightly", "Archive closed encounters"), ("RTLS_Tag_Battery_Report", "Build report")]
    job, stepname = rng.choice(jobs)
    if k == 0:
        sqa_job_hdr(L, job, rng.randint(1, 3), stepname)
    elif k == 1:
        tick()
        L.t("Executed as user: CORP\\svc_sqlagent. (%d rows affected) [SQLSTATE 01000] (Message 0). The step succeeded." % rng.randint(0, 4000))
    elif k == 2:
        t = tick()
        L.t("%s - ? [%d] Job %s completed, duration %02d:%02d:%02d, outcome=%s" % (
            t.strftime("%Y-%m-%d %H:%M:%S"), rng.choice([180, 393, 412]), job, 0, rng.randint(0, 5), rng.randint(0, 59),
            rng.choice(["Succeeded", "Succeeded", "Failed"])))
    elif k == 3:
        t = tick()
        L.t("%s - ! [298] SQLServer Error: 1205, Transaction (Process ID %d) was deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction. [SQLSTATE 40001]" % (
            t.strftime("%Y-%m-%d %H:%M:%S"), rng.randint(51, 190)))
    else:
        tick()
        L.t("Boarding rollup %s: encounters=%d boarders=%d median_min=%d written to dbo.EdBoardingHourly [SQLSTATE 01000] (Message 50010)" % (
            CLOCK[0].strftime("%Y-%m-%d %H:00"), rng.randint(20, 60), rng.randint(2, 15), rng.randint(100, 500)))
    return L


# ==========================================================================
# FAMILY: apm (Elastic APM intake v2 ndjson)
# ==========================================================================
def epoch_us():
    t = tick()
    return int((t + dt.timedelta(hours=8) - dt.datetime(1970, 1, 1)).total_seconds() * 1000000)


def apm_phi():
    L = Line("apm")
    p = pick_patient()
    k = rng.randint(0, 2)
    if k == 0:
        mrn_path = "/api/v1/patients/"
        o = {"transaction": {"id": hexs(16), "trace_id": hexs(32), "name": "GET /api/v1/patients/:mrn/encounters",
                             "type": "request", "timestamp": epoch_us(), "duration": round(rng.uniform(5, 400), 3),
                             "result": "HTTP 2xx", "sampled": True, "span_count": {"started": rng.randint(1, 9), "dropped": 0},
                             "context": {"request": {"method": "GET",
                                                     "url": {"pathname": S(mrn_path, P(p.mrn, "mrn"), "/encounters"),
                                                             "full": S("https://edapi.%s%s" % (HDOM, mrn_path), P(p.mrn, "mrn"), "/encounters")},
                                                     "socket": {"remote_address": "10.41.%d.%d" % (rng.randint(1, 8), rng.randint(2, 250))}},
                                         "user": {"id": "u%d" % rng.randint(1000, 9999), "username": uname(*staff(NURSES))}}}}
    elif k == 1:
        o = {"span": {"id": hexs(16), "transaction_id": hexs(16), "parent_id": hexs(16), "trace_id": hexs(32),
                      "name": "SELECT FROM dbo.Patient", "type": "db", "subtype": "mssql", "action": "query",
                      "timestamp": epoch_us(), "duration": round(rng.uniform(1, 90), 3),
                      "context": {"db": {"instance": "EDTRACK", "type": "sql",
                                         "statement": S("SELECT TOP 25 MRN, LastName, FirstName, DOB FROM dbo.Patient WHERE LastName LIKE '",
                                                        P(p.last, "name"), "%' AND DOB = '", P(dob_fmt(p.dob, 0), "date"), "'")},
                                  "destination": {"service": {"resource": "mssql"}}}}}
    else:
        o = {"transaction": {"id": hexs(16), "trace_id": hexs(32), "name": "POST /checkin/confirm", "type": "request",
                             "timestamp": epoch_us(), "duration": round(rng.uniform(20, 900), 3), "result": "HTTP 2xx",
                             "sampled": True,
                             "context": {"request": {"method": "POST", "socket": {"remote_address": P(p.ip, "ip")},
                                                     "headers": {"x-forwarded-for": P(p.ip, "ip")}},
                                         "user": {"username": P(p.portal_user, "other_id"), "email": P(p.email, "email")}}}}
    jdump(L, o)
    return L


def apm_clean():
    L = Line("apm")
    k = rng.randint(0, 3)
    if k == 0:
        o = {"metadata": {"service": {"name": rng.choice(["ed-api", "ed-quickreg", "ed-checkin-web"]), "environment": "production",
                                      "version": "3.%d.%d" % (rng.randint(0, 14), rng.randint(0, 9)),
                                      "agent": {"name": "nodejs", "version": "4.7.3"},
                                      "runtime": {"name": "node", "version": "20.17.0"}},
                          "process": {"pid": rng.randint(1000, 60000), "title": "node"},
                          "system": {"hostname": "ed-api-%02d.%s" % (rng.randint(1, 6), HDOM), "architecture": "x64", "platform": "linux"}}}
        tick()
    elif k == 1:
        o = {"span": {"id": hexs(16), "transaction_id": hexs(16), "parent_id": hexs(16), "trace_id": hexs(32),
                      "name": "SELECT FROM dbo.EdEncounter", "type": "db", "subtype": "mssql", "action": "query",
                      "timestamp": epoch_us(), "duration": round(rng.uniform(1, 90), 3),
                      "context": {"db": {"instance": "EDTRACK", "type": "sql",
                                         "statement": "SELECT EncounterId, RoomCode, Esi, ArrivalUtc FROM dbo.EdEncounter WHERE PodCode = @p0 AND DispoUtc IS NULL"}}}}
    elif k == 2:
        o = {"span": {"id": hexs(16), "transaction_id": hexs(16), "parent_id": hexs(16), "trace_id": hexs(32),
                      "name": "POST rtls-core.%s" % HDOM, "type": "external", "subtype": "http",
                      "timestamp": epoch_us(), "duration": round(rng.uniform(5, 300), 3),
                      "context": {"http": {"method": "POST", "url": "https://rtls-core.%s/api/v2/tags/T-%06d/battery" % (HDOM, rng.randint(100000, 199999)),
                                           "status_code": 200},
                                  "destination": {"service": {"resource": "rtls-core.%s:443" % HDOM}}}}}
    else:
        o = {"metricset": {"timestamp": epoch_us(), "samples": {"system.cpu.total.norm.pct": {"value": round(rng.uniform(0.05, 0.9), 4)},
                                                                "nodejs.eventloop.delay.avg.ms": {"value": round(rng.uniform(0.5, 40), 3)},
                                                                "nodejs.handles.active": {"value": rng.randint(20, 200)}},
                           "tags": {"pod": "ed-api-%s" % hexs(5)}}}
    jdump(L, o)
    return L


# --------------------------------------------------------------------------
FAMILIES = [
    ("trackboard", tb_phi, tb_clean, 11),
    ("emsfeed", ems_phi, ems_clean, 7),
    ("hl7engine", hl7_phi, hl7_clean, 9),
    ("sepsis", sepsis_phi, sepsis_clean, 7),
    ("radiology", rad_phi, rad_clean, 7),
    ("bedboard", bed_phi, bed_clean, 7),
    ("rxprint", rx_phi, rx_clean, 6),
    ("rtls", rtls_phi, rtls_clean, 7),
    ("winston", win_phi, win_clean, 9),
    ("log4net", l4n_phi, l4n_clean, 8),
    ("sqlagent", sqa_phi, sqa_clean, 6),
    ("apm", apm_phi, apm_clean, 7),
]


def main():
    flags = [False] * N_CLEAN + [True] * (N_LINES - N_CLEAN)
    rng.shuffle(flags)
    weights = [f[3] for f in FAMILIES]
    out_lines, out_labels = [], []
    for i, has_phi in enumerate(flags, start=1):
        fam = rng.choices(FAMILIES, weights)[0]
        L = fam[1]() if has_phi else fam[2]()
        b = bytes(L.buf)
        assert b"\n" not in b and b"\r" not in b, (i, b)
        assert len(b) <= 4000, (i, len(b))
        b.decode("utf-8")
        prev_e = -1
        spans = []
        for s, e, cat, exp in sorted(L.spans):
            assert b[s:e] == exp, (i, s, e, exp)
            assert s >= prev_e, ("overlap", i)
            assert e > s
            prev_e = e
            spans.append({"s": s, "e": e, "cat": cat})
        assert (len(spans) > 0) == has_phi, (i, fam[0], has_phi)
        out_lines.append(b)
        out_labels.append(json.dumps({"line": i, "family": L.family, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, "el.log"), "wb") as f:
        f.write(b"\n".join(out_lines) + b"\n")
    with open(os.path.join(HERE, "el.labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_labels) + "\n")


if __name__ == "__main__":
    main()
