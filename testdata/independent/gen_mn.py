#!/usr/bin/env python3
"""Synthetic labeled log corpus "mn": a mobile mammography / breast imaging program.

Screening vans (VAN2, VAN3) visit workplaces, churches and rural towns in southern
New Mexico / west Texas.  The file interleaves what the program's systems write:
van event rosters (CSV with and without header, Excel/TSV exports), Flutter check-in
tablets (logcat), dcm4che modality worklist / MPPS traces with dataset dumps, a
Hologic-like acquisition workstation log, PowerScribe-like log4net logs and HL7 ORU
segments, MQSA lay-letter mail merge + Ghostscript/PDF logs, rendered letter text
(density notification), callback tracker JSON, grant eligibility logfmt records, X12
270/271, Ruby Sinatra (Logger + Rack CommonLogger) and Puma logs, .NET Windows service
logs, satellite modem syslog and technologists' free-text notes in English and Spanish.

All people and identifiers are synthetic.  Standard library only, deterministic.

Labeling decisions:
- Patients, their relatives / household members / emergency contacts are labeled;
  technologists, radiologists, referring physicians, schedulers, coordinators (names,
  user names, NPIs, work phones, work e-mails) are staff and are NOT labeled.
- Businesses, churches, employers, vans and facilities (names, addresses, hotline and
  fax numbers, van VIN / plate, modem ESN, tablet serials, van IPs) are NOT labeled.
- Names: a whole written name is one span (including DICOM/HL7 "LAST^FIRST^M", the
  trailing HL7 name-type components are not included); "Dear Ms. Quispe" labels only
  the surname; names inside file names are labeled as name.
- Dates tied to a patient are labeled date: birth, exam/service (incl. DICOM StudyDate,
  scheduled / performed step dates, HL7 OBR-7/OBR-22 datetimes), appointment slot
  dates, callback due dates, prior-exam dates, letter dates of a patient's letter.
  Log timestamps, event dates on rosters without a patient, config dates, years alone
  and dates embedded in event codes (EV24-0309-HCH) are NOT labeled.
- Ages are labeled only when over 89 (e.g. DICOM AS "091Y", "92 y/o"); younger ages no.
- MRN (program patient ID "MV#######", DICOM PatientID, HL7 PID-3 MR) -> mrn.
  Medicaid IDs, Medicare MBIs, commercial member IDs -> health_plan.
  Patient account numbers (HL7 PID-18) and payment card numbers -> account.
  Driver's licence numbers (AAMVA DAQ, ID scans) -> license.
  Accession numbers, HL7 visit numbers, callback case numbers, grant application IDs,
  patient portal user names and DICOM/X12 trace numbers tied to one patient -> other_id.
  DICOM Study/SOP Instance UIDs and MPPS step IDs are treated as technical object IDs
  and are NOT labeled.
- Masked values (***-**-4821, ****1234) are NOT labeled.
- Street, city, county (each its own span when separated by a field delimiter, one
  span when written as one free-text address) -> address; ZIP/ZIP+4 -> zip.  A state
  alone is not labeled.
- Public IPs of patients using the self-scheduling portal -> ip; private/internal IPs
  (10.x, 100.64.x, 127.0.0.1) are NOT labeled.
- A per-patient tokenized letter link and a patient's social profile URL -> url.
- Breast implant UDIs / serials and pacemaker serials of a patient -> device.
- A patient's car plate written in a note -> vehicle.
- Base64 ID-photo thumbnails captured at check-in -> photo.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import unicodedata

ID = "mn"
R = random.Random(21_0309_2024)
HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------- helpers


def mk(fam, *items):
    """Build one line. items: str (plain) or (value, category|None)."""
    parts, spans, n = [], [], 0
    for it in items:
        if isinstance(it, tuple):
            v, cat = it
            v = str(v)
            b = len(v.encode("utf-8"))
            if cat and v:
                spans.append((n, n + b, cat, v))
            parts.append(v)
            n += b
        else:
            s = str(it)
            parts.append(s)
            n += len(s.encode("utf-8"))
    return (fam, "".join(parts), spans)


def N(v): return (v, "name")
def A(v): return (v, "address")
def Z(v): return (v, "zip")
def D(v): return (v, "date")
def AG(v): return (v, "age")
def PH(v): return (v, "phone")
def FX(v): return (v, "fax")
def EM(v): return (v, "email")
def SS(v): return (v, "ssn")
def MR(v): return (v, "mrn")
def HP(v): return (v, "health_plan")
def AC(v): return (v, "account")
def LI(v): return (v, "license")
def VE(v): return (v, "vehicle")
def DV(v): return (v, "device")
def UR(v): return (v, "url")
def IP(v): return (v, "ip")
def PHO(v): return (v, "photo")
def OI(v): return (v, "other_id")


def strip_acc(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def ri(a, b):
    return R.randint(a, b)


def pick(seq):
    return R.choice(seq)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def luhn_complete(prefix, length=16):
    digits = [int(c) for c in prefix]
    while len(digits) < length - 1:
        digits.append(ri(0, 9))
    s = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    digits.append((10 - s % 10) % 10)
    return "".join(map(str, digits))


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    an = MBI_A + "0123456789"
    return (str(ri(1, 9)) + pick(MBI_A) + pick(an) + str(ri(0, 9)) + pick(MBI_A) + pick(an)
            + str(ri(0, 9)) + pick(MBI_A) + pick(MBI_A) + str(ri(0, 9)) + str(ri(0, 9)))


def ssn():
    while True:
        a = ri(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, ri(1, 99), ri(1, 9999))


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre"]


def df(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_short":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "us2":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if style == "eu":
        return d.strftime("%d/%m/%Y")
    if style == "dcm":
        return d.strftime("%Y%m%d")
    if style == "aamva":
        return d.strftime("%m%d%Y")
    if style == "long":
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == "mon":
        return "%s %d, %d" % (MONTHS[d.month - 1][:3], d.day, d.year)
    if style == "oracle":
        return "%02d-%s-%d" % (d.day, MONTHS[d.month - 1][:3].upper(), d.year)
    if style == "es":
        return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)
    if style == "eu_dot":
        return d.strftime("%d.%m.%Y")
    raise ValueError(style)


# --------------------------------------------------------------------------- people

FIRST_F = [("María", "es"), ("Guadalupe", "es"), ("Rosa Elvira", "es"), ("Thi Lan", "vi"),
           ("Mai", "vi"), ("Ji-yeon", "en"), ("Hodan", "so"), ("Fartun", "so"),
           ("Pa Nhia", "hmn"), ("Yer", "hmn"), ("Agnieszka", "en"), ("Siobhan", "en"),
           ("LaToya", "en"), ("Keisha", "en"), ("Dolores", "es"), ("Aiyana", "en"),
           ("Darlene", "en"), ("Fatima", "en"), ("Amira", "en"), ("Lakshmi", "en"),
           ("Maricel", "en"), ("Marie-Claude", "en"), ("Nadège", "en"), ("Ngozi", "en"),
           ("Bernadette", "en"), ("Yolanda", "es"), ("Consuelo", "es"), ("Xiomara", "es"),
           ("Leilani", "en"), ("Mercedes", "es"), ("Imelda", "es"), ("Wanda", "en"),
           ("Esperanza", "es"), ("Soledad", "es"), ("Huong", "vi"), ("Sun-hee", "en"),
           ("Khadija", "so"), ("Beatriz", "es"), ("Juana", "es"), ("Edna", "en"),
           ("Loretta", "en"), ("Chiamaka", "en"), ("Tamar", "en"), ("Olga", "en"),
           ("Ma. Teresa", "es"), ("Annie Mae", "en")]
FIRST_M = [("Tomás", "es"), ("Jerome", "en")]
LAST = ["García", "Nguyen", "Nguyễn", "Kim", "Warsame", "Yusuf", "Vang", "Xiong",
        "Kowalczyk", "O'Sullivan", "Washington", "Tsosie", "Begay", "Yazzie", "Haddad",
        "Al-Masri", "Raghunathan", "Dela Cruz", "de la Cruz", "Santos", "van der Merwe",
        "Ramírez-Ortiz", "Smith-Okafor", "Baptiste", "Pierre-Louis", "Cohen", "Ivanova",
        "Quispe", "Muñoz", "Villanueva", "Castillo", "Tran", "Abdi", "Chávez", "Benally",
        "MacLeod", "Delgado", "Hernández", "Mendoza", "St. Clair", "Nakamura", "Ochoa",
        "Whitehorse", "Lucero-Baca", "Trujillo", "Okonkwo", "Fajardo", "Domínguez",
        "Da Silva", "Jaramillo"]
MIDS = ["", "", "", "A", "M", "L", "J", "E", "R", "C", "T", "G"]

CITIES = [("Hatch", "NM", "Doña Ana County", "879"), ("Deming", "NM", "Luna County", "880"),
          ("Columbus", "NM", "Luna County", "880"), ("Lordsburg", "NM", "Hidalgo County", "880"),
          ("Truth or Consequences", "NM", "Sierra County", "879"),
          ("Anthony", "NM", "Doña Ana County", "880"), ("Chaparral", "NM", "Otero County", "880"),
          ("Sunland Park", "NM", "Doña Ana County", "880"), ("Las Cruces", "NM", "Doña Ana County", "880"),
          ("Silver City", "NM", "Grant County", "880"), ("Bayard", "NM", "Grant County", "880"),
          ("Fabens", "TX", "El Paso County", "798"), ("Van Horn", "TX", "Culberson County", "798"),
          ("Sierra Blanca", "TX", "Hudspeth County", "798"), ("Presidio", "TX", "Presidio County", "798"),
          ("Socorro", "TX", "El Paso County", "799"), ("Tornillo", "TX", "El Paso County", "798")]
STREETS = ["{n} W Pine St", "{n} Calle del Sol", "HC {a} Box {b}", "{n} County Road {c}",
           "{n} E Hadley Ave Apt {apt}", "{n} N Copper St", "Rural Route {r} Box {b}",
           "{n} Camino Real", "{n} Avenida de Mesilla", "{n} S Gold Ave", "{n} Tumbleweed Ln",
           "{n} Calle Bonita #{apt}", "{n} Franklin Ave Trlr {apt}", "{n} Mesquite Rd",
           "{n} Ocotillo Dr", "{n} Old Hwy 26"]
AREAS = ["575", "575", "575", "505", "915", "915", "432", "520"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "windstream.net"]


def exch():
    while True:
        e = ri(201, 989)
        if e != 555 and e % 100 != 11:
            return "%03d" % e


def phone_fmt(t, style):
    a, b, c = t
    return {"paren": "(%s) %s-%s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c),
            "plain": a + b + c, "e164": "+1" + a + b + c, "dot": "%s.%s.%s" % (a, b, c),
            "space": "%s %s %s" % (a, b, c), "paren_nosp": "(%s)%s-%s" % (a, b, c),
            "one": "1-%s-%s-%s" % (a, b, c)}[style]


class Person:
    used = set()

    def __init__(self, old=False, male=False):
        while True:
            f, lang = pick(FIRST_M) if male else pick(FIRST_F)
            last = pick(LAST)
            if (f, last) not in Person.used:
                Person.used.add((f, last))
                break
        self.first, self.last, self.lang = f, last, lang
        if lang == "en" and last in ("García", "Muñoz", "Hernández", "Quispe", "Domínguez"):
            self.lang = "es"
        self.mi = pick(MIDS)
        self.sex = "M" if male else "F"
        if old:
            self.dob = dt.date(ri(1929, 1933), ri(1, 12), ri(1, 28))
        else:
            self.dob = dt.date(ri(1940, 1984), ri(1, 12), ri(1, 28))
        self.mrn = "MV%07d" % ri(10000, 990000)
        city, st, county, zp = pick(CITIES)
        self.city, self.state, self.county = city, st, county
        self.zip = zp + "%02d" % ri(1, 99)
        self.zip4 = "%04d" % ri(1, 9999)
        self.street = pick(STREETS).format(n=ri(12, 9870), a=ri(31, 79), b=ri(3, 499),
                                           c=ri(1, 599), apt=pick(["2", "B", "14", "3C", "7"]),
                                           r=ri(1, 6))
        self.phone = (pick(AREAS), exch(), "%04d" % ri(0, 9999))
        self.alt_phone = (pick(AREAS), exch(), "%04d" % ri(0, 9999))
        base = strip_acc(self.first.split()[0].replace("-", "").replace(".", "")).lower()
        lb = strip_acc(self.last.replace(" ", "").replace("'", "").replace("-", "")).lower()
        self.email = pick(["{f}.{l}{y}", "{f}{l}", "{fi}{l}{y}", "{l}.{f}", "{f}_{l}{n}"]).format(
            f=base, l=lb, fi=base[0], y=str(self.dob.year)[2:], n=ri(1, 99)) + "@" + pick(EMAIL_DOM)
        self.ssn = ssn()
        self.medicaid = "%010d" % ri(1000000000, 9999999999)
        self.mbi = mbi()
        self.member = pick(["XJH", "BCN", "MOL", "PHS"]) + "%09d" % ri(0, 999999999)
        self.acct = "PA%08d" % ri(1000000, 99999999)
        self.dl = "%09d" % ri(100000000, 999999999) if st == "NM" else "%08d" % ri(10000000, 49999999)
        self.acc = "MA24%06d" % ri(10000, 999999)
        self.visit = "V24%07d" % ri(1000000, 9999999)
        self.cb = "CB-2024-%05d" % ri(100, 2999)
        self.app = "UC-24-%05d" % ri(1000, 9999)
        self.user = pick(["{f}{l}{y}", "{fi}{l}", "{l}{fi}{n}"]).format(
            f=base, l=lb[:8], fi=base[0], y=str(self.dob.year)[2:], n=ri(1, 99))
        self.ins = pick(["UNINS", "UNINS", "UNINS", "MCD", "MCR", "COMM"])
        self.exam = None
        self.rel_first = pick([x[0] for x in FIRST_F if x[0] != f])
        self.has_cb = False

    def age(self, on):
        return on.year - self.dob.year - ((on.month, on.day) < (self.dob.month, self.dob.day))

    def name(self, style="fl"):
        f, l, m = self.first, self.last, self.mi
        if style == "fl":
            return "%s %s" % (f, l)
        if style == "fml":
            return "%s %s. %s" % (f, m, l) if m else "%s %s" % (f, l)
        if style == "lf":
            return "%s, %s" % (l, f)
        if style == "LF":
            return ("%s, %s" % (l, f)).upper()
        if style == "lfm":
            return "%s, %s %s" % (l, f, m) if m else "%s, %s" % (l, f)
        if style == "dcm":
            s = "%s^%s" % (strip_acc(l).upper(), strip_acc(f).upper())
            return s + ("^" + m if m else "")
        if style == "lower":
            return ("%s %s" % (f, l)).lower()
        if style == "init":
            return "%s. %s" % (f[0], l)
        if style == "FL":
            return ("%s %s" % (f, l)).upper()
        if style == "ascii_up_last":
            return strip_acc(l).upper().replace(" ", "").replace("'", "")
        raise ValueError(style)

    def addr1(self):
        return "%s, %s, %s %s" % (self.street, self.city, self.state, self.zip)


POOL_TODAY = [Person() for _ in range(40)] + [Person(old=True) for _ in range(3)]
POOL_PAST = [Person() for _ in range(26)] + [Person(old=True) for _ in range(2)] + [Person(male=True)]
R.shuffle(POOL_TODAY)
R.shuffle(POOL_PAST)
_pi = {"today": 0, "past": 0}


def patient(pool="today"):
    lst = POOL_TODAY if pool == "today" else POOL_PAST
    p = lst[_pi[pool] % len(lst)]
    _pi[pool] += 1
    return p


_oi = {"today": 0, "past": 0}


def old_patient(pool="today"):
    lst = [p for p in (POOL_TODAY if pool == "today" else POOL_PAST) if p.dob.year < 1934]
    p = lst[_oi[pool] % len(lst)]
    _oi[pool] += 1
    return p


class Cycler:
    """Shuffled round-robin over variants so that consecutive blocks differ."""

    def __init__(self, n):
        self.n, self.q = n, []

    def __call__(self):
        if not self.q:
            self.q = list(range(self.n))
            R.shuffle(self.q)
        return self.q.pop()


# --------------------------------------------------------------------------- clock

T = [dt.datetime(2024, 3, 8, 6, 12, 4, 117000)]


def tick(a=3, b=140):
    t = T[0] + dt.timedelta(seconds=ri(a, b), microseconds=ri(0, 999999))
    if t.hour >= 19:
        t = dt.datetime(t.year, t.month, t.day, 6, ri(0, 40), ri(0, 59), ri(0, 999) * 1000) + dt.timedelta(days=1)
    T[0] = t
    return t


def today():
    return T[0].date()


def exam_today(p):
    p.exam = today()
    return p.exam


def exam_past(p):
    if p.exam is None:
        p.exam = today() - dt.timedelta(days=ri(2, 12))
    return p.exam


def ts_iso(t=None, z="-07:00"):
    t = t or T[0]
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d" % (t.microsecond // 1000) + z


def ts_sp(t=None):
    t = t or T[0]
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def ts_dot(t=None):
    t = t or T[0]
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)


def ts_hms(t=None):
    t = t or T[0]
    return t.strftime("%H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def ts_syslog(t=None):
    t = t or T[0]
    return t.strftime("%b ") + ("%2d" % t.day) + t.strftime(" %H:%M:%S")


def ts_clf(t=None):
    t = t or T[0]
    return t.strftime("%d/%b/%Y:%H:%M:%S -0700")


def ts_ruby(t=None):
    t = t or T[0]
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d" % t.microsecond


# --------------------------------------------------------------------------- world

TECHS = ["dlucero", "mbarraza", "kfoster", "tbegaye"]
TECH_NAMES = {"dlucero": "Diana Lucero, RT(R)(M)", "mbarraza": "Marisol Barraza, RT(M)",
              "kfoster": "Kelly Foster, RT(R)(M)", "tbegaye": "Tina Begaye, RT(M)"}
RADS = [("hcastaneda", "CASTANEDA", "HELEN", "1750392211"),
        ("rmenon", "MENON", "RAJIV", "1487766523"),
        ("foyelaran", "OYELARAN", "FUNMILAYO", "1326049987")]
SITES = [("HCH", "Iglesia Bautista El Calvario", "Hatch"),
         ("DMG", "Luna County Fairgrounds", "Deming"),
         ("SPF", "Sunbelt Pecan Processing", "Anthony"),
         ("GMZ", "Greater Mt. Zion AME Church", "Las Cruces"),
         ("COL", "Columbus Community Center", "Columbus"),
         ("VHN", "Van Horn Distribution Center", "Van Horn"),
         ("STA", "St. Anne Catholic Church", "Truth or Consequences"),
         ("FAB", "Fabens ISD Admin Bldg", "Fabens")]
VANS = {"VAN2": ("1FDUF5HT8NDA41277", "G41277"), "VAN3": ("1FDUF5HT2MDA20914", "G20914")}
PID_RB = [4312]
PID_DROID = [21873]


def site():
    return pick(SITES)


def event_id(s):
    return "EV24-%02d%02d-%s" % (today().month, today().day, s[0])


def cur_van():
    return "VAN2" if today().day % 2 == 0 else "VAN3"


# =========================================================================== generators
# Each returns a list of lines.  Noise generators (no PHI) and PHI generators (mixed).

# ---------------------------------------------------------------- roster CSV with header
def g_roster_csv():
    out = []
    s = site()
    tick()
    out.append(mk("roster_csv", "event_id,van,site_name,slot_time,mrn,last_name,first_name,dob,phone,lang,ins_status,checked_in"))
    t = dt.datetime.combine(today(), dt.time(8, 0))
    for _ in range(ri(4, 7)):
        t += dt.timedelta(minutes=20)
        if R.random() < 0.35:
            out.append(mk("roster_csv", event_id(s), ",", cur_van(), ',"', s[1], ", ", s[2], '",',
                          t.strftime("%H:%M"), ",,,,,,,,OPEN"))
            continue
        p = patient()
        exam_today(p)
        last = p.last
        q = '"' if "," in last or " " in last else ""
        out.append(mk("roster_csv", event_id(s), ",", cur_van(), ',"', s[1], ", ", s[2], '",',
                      t.strftime("%H:%M"), ",", MR(p.mrn), ",", q, N(p.last), q, ",", q and '"',
                      N(p.first), q and '"', ",", D(df(p.dob, pick(["us", "iso", "us_short"]))), ",",
                      PH(phone_fmt(p.phone, pick(["paren", "dash", "plain"]))), ",", p.lang, ",",
                      p.ins, ",", pick(["Y", "N", ""])))
    return out


# ---------------------------------------------------------------- roster CSV without header
def g_roster_nohdr():
    """Church coordinator sign-up sheet export (no header), one row per line."""
    out = []
    s = site()
    tick()
    for _ in range(ri(3, 5)):
        tick(1, 4)
        p = patient()
        ap = today() + dt.timedelta(days=ri(3, 20))
        style = ri(0, 2)
        if style == 0:
            out.append(mk("roster_csv_nohdr", '"', N(p.name("lf")), '",', D(df(p.dob, "iso")), ",",
                          PH(phone_fmt(p.phone, "dot")), ',"', A(p.street + ", " + p.city), '",',
                          Z(p.zip), ",", pick(["yes", "no"]), ",", pick(["walk-in", "appt", "appt"]),
                          ",", D(df(ap, "us")), ",", s[0]))
        elif style == 1:
            out.append(mk("roster_csv_nohdr", s[0], ",", D(df(ap, "iso")), ",",
                          pick(["08:20", "09:00", "10:40", "13:20"]), ",", N(p.name("FL")), ",",
                          D(df(p.dob, "us_short")), ",", PH(phone_fmt(p.phone, "plain")), ",",
                          EM(p.email) if R.random() < 0.5 else "", ",", p.lang.upper()))
        else:
            out.append(mk("roster_csv_nohdr", '"', N(p.last), '","', N(p.first), '","',
                          D(df(p.dob, "us")), '","', PH(phone_fmt(p.phone, "dash")), '","',
                          pick(["Medicaid", "none", "Medicare", "none"]), '","', s[1], '","',
                          D(df(ap, "mon")), '"'))
    out.append(mk("roster_csv_nohdr", ",,,,,TOTAL,%d" % len(out)))
    return out


# ---------------------------------------------------------------- Excel export (TSV)
def g_xlsx_export():
    out = []
    tick()
    fn = "Roster_%s_%s.xlsx" % (cur_van(), today().strftime("%Y-%m-%d"))
    out.append(mk("xlsx_export", ts_dot(), " -07:00 [INF] ClosedXML export started sheet=\"Inscripciones\" file=",
                  "\"C:\\ProgramData\\MammoVan\\exports\\", fn, "\""))
    out.append(mk("xlsx_export", "Apellido\tNombre\tFecha de nacimiento\tTeléfono\tCódigo postal\tTamaño del hogar\tIngreso anual\tElegible\tNotas"))
    n = ri(3, 5)
    for _ in range(n):
        p = patient()
        notes = pick(["", "", "primera vez", "necesita intérprete", "trae hija", "ultima mamografía hace 5 años"])
        out.append(mk("xlsx_export", N(p.last), "\t", N(p.first), "\t", D(df(p.dob, "eu")), "\t",
                      PH(phone_fmt(p.phone, pick(["space", "dash", "paren"]))), "\t=\"", Z(p.zip), "\"\t",
                      str(ri(1, 7)), "\t$", "{:,}".format(ri(8, 48) * 1000 + pick([0, 400, 650])),
                      "\t", pick(["Sí", "Sí", "No", "Pendiente"]), "\t", notes))
    tick(1, 3)
    out.append(mk("xlsx_export", ts_dot(), " -07:00 [INF] ClosedXML export finished rows=%d cols=9 bytes=%d elapsed=%dms"
                  % (n, ri(9000, 16000), ri(80, 400))))
    return out


# ---------------------------------------------------------------- Flutter tablet
def droid(level="I", tag="flutter"):
    return "%s/%-8s(%5d): " % (level, tag, PID_DROID[0])


def g_flutter_noise():
    out = []
    for _ in range(ri(3, 6)):
        tick(1, 30)
        k = ri(0, 8)
        if k == 0:
            out.append(mk("flutter_logcat", droid(), "[ConnectivityService] status=wifi ssid=%s-TABLETS rssi=-%d" % (cur_van(), ri(48, 79))))
        elif k == 1:
            out.append(mk("flutter_logcat", droid("W", "Choreographer"), "Skipped %d frames!  The application may be doing too much work on its main thread." % ri(31, 90)))
        elif k == 2:
            out.append(mk("flutter_logcat", droid("D", "EGL_emulation"), "app_time_stats: avg=%.2fms min=%.2fms max=%.2fms count=%d" % (R.uniform(14, 20), R.uniform(2, 5), R.uniform(30, 90), ri(50, 61))))
        elif k == 3:
            out.append(mk("flutter_logcat", droid(), "[SyncQueue] pending=%d lastSync=%sZ ok" % (ri(0, 6), (T[0] + dt.timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S"))))
        elif k == 4:
            out.append(mk("flutter_logcat", droid(), "\U0001F4A1 [AppVersion] checkin_tablet 3.8.2+142 (release) device=SM-X200 serial=R9TW40%s android=13" % hexs(5).upper()))
        elif k == 5:
            out.append(mk("flutter_logcat", droid(), "[Kiosk] idle timeout, returning to WelcomeScreen (language picker en/es/vi)"))
        elif k == 6:
            out.append(mk("flutter_logcat", droid("I", "ViewRootImpl@%s[MainActivity]" % hexs(7)), "ViewPostIme pointer 1"))
        elif k == 7:
            out.append(mk("flutter_logcat", droid(), "[HttpClient] GET https://api.mesavanbreast.org/api/v1/events/%s/slots -> 200 (%dms) trace=%s" % (event_id(site()), ri(600, 1900), hexs(16))))
        else:
            out.append(mk("flutter_logcat", droid("W", "FlutterJNI"), "Tried to send a platform message to Flutter, but FlutterJNI was detached from native C++. Could not send. Channel: plugins.flutter.io/camera_android"))
    return out


def b64photo():
    raw = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(R.getrandbits(8) for _ in range(ri(90, 140)))
    return base64.b64encode(raw).decode()


CYC_FL = Cycler(5)


def g_flutter_checkin():
    out = []
    p = patient()
    exam_today(p)
    tick()
    k = CYC_FL()
    if k == 0:
        out.append(mk("flutter_logcat", droid(), "[CheckInBloc] Transition { currentState: CheckInIdle(), event: CheckInSubmitted(patientId: ",
                      MR(p.mrn), ", name: ", N(p.name("fl")), ", dob: ", D(df(p.dob, "iso")), ", lang: ", p.lang,
                      "), nextState: CheckInInProgress() }"))
        tick(1, 3)
        out.append(mk("flutter_logcat", droid(), "[CheckInBloc] Transition { currentState: CheckInInProgress(), event: _ApiResult(201), nextState: CheckInDone() }"))
    elif k == 1:
        bar = "─" * 60
        out.append(mk("flutter_logcat", droid(), "┌" + bar))
        out.append(mk("flutter_logcat", droid(), "│ #0   CheckInRepository.submit (package:checkin_tablet/data/checkin_repository.dart:88:12)"))
        out.append(mk("flutter_logcat", droid(), "├" + "┄" * 60))
        body = ['│ \U0001F41B POST /api/v1/checkins {"mrn":"', MR(p.mrn), '","firstName":"', N(p.first),
                '","lastName":"', N(p.last), '","dob":"', D(df(p.dob, "iso")), '","mobile":"',
                PH(phone_fmt(p.phone, "plain")), '"']
        if R.random() < 0.6:
            body += [',"email":"', EM(p.email), '"']
        body += [',"consentSigned":true,"interpreter":', "true" if p.lang != "en" else "false", "}"]
        out.append(mk("flutter_logcat", droid(), *body))
        out.append(mk("flutter_logcat", droid(), "└" + bar))
    elif k == 2:
        bad = "%02d/%02d/%d" % (p.dob.month, p.dob.day, p.dob.year)
        out.append(mk("flutter_logcat", droid("E"), "[ERROR:flutter/runtime/dart_vm_initializer.cc(41)] Unhandled Exception: FormatException: Invalid date format"))
        out.append(mk("flutter_logcat", droid("E"), D(bad)))
        out.append(mk("flutter_logcat", droid("E"), "#0      DateTime.parse (dart:core/date_time.dart:347:7)"))
        out.append(mk("flutter_logcat", droid("E"), "#1      _DemographicsFormState._submit (package:checkin_tablet/screens/demographics_form.dart:212:31)"))
        out.append(mk("flutter_logcat", droid("E"), "<asynchronous suspension>"))
    elif k == 3:
        jur = p.state
        out.append(mk("flutter_logcat", droid(), "[IdScan] PDF417 ok jurisdiction=", jur, " DAQ=", LI(p.dl), " DCS=",
                      N(strip_acc(p.last).upper()), " DAC=", N(strip_acc(p.first).upper()), " DBB=",
                      D(df(p.dob, "aamva")), " DAG=", A(strip_acc(p.street).upper()), " DAI=",
                      A(strip_acc(p.city).upper()), " DAJ=", jur, " DAK=", Z(p.zip + "0000")))
        tick(1, 5)
        out.append(mk("flutter_logcat", droid(), "[IdCapture] uploaded front id image patientId=", MR(p.mrn),
                      " bytes=", str(ri(38000, 61000)), " thumb=data:image/jpeg;base64,", PHO(b64photo())))
    else:
        out.append(mk("flutter_logcat", droid(), "[Demographics] address changed for ", MR(p.mrn), ": '",
                      A(p.street.lower()), "' -> '", A(p.street), "', ", A(p.city), " ", p.state, " ", Z(p.zip)))
        out.append(mk("flutter_logcat", droid(), "[Analytics] screen_view name=/demographics/confirm duration_ms=%d" % ri(4000, 90000)))
    return out


# ---------------------------------------------------------------- dcm4che MWL / MPPS
AE = {"VAN2": "VAN2_AWS", "VAN3": "VAN3_AWS"}
MWL_IP = "10.40.2.10"


def dcm(msg, lvl="INFO"):
    return "%s %-5s - %s" % (ts_hms(), lvl, msg)


def g_dcm_assoc():
    out = []
    ae = AE[cur_van()]
    n = ri(1, 9)
    tick()
    lp = ri(49152, 65000)
    out.append(mk("dcm4che", dcm("Initiate connection from 0.0.0.0/0.0.0.0:0 to %s:11112" % MWL_IP)))
    tick(0, 1)
    out.append(mk("dcm4che", dcm("Established connection Socket[addr=/%s,port=11112,localport=%d]" % (MWL_IP, lp))))
    out.append(mk("dcm4che", dcm("%s(%d) << A-ASSOCIATE-RQ" % (ae, n))))
    out.append(mk("dcm4che", dcm("%s(%d) >> A-ASSOCIATE-AC" % (ae, n))))
    out.append(mk("dcm4che", dcm("%s(%d) << 1:C-ECHO-RQ[pcid=1, cuid=1.2.840.10008.1.1 - Verification SOP Class, tsuid=1.2.840.10008.1.2 - Implicit VR Little Endian]" % (ae, n))))
    out.append(mk("dcm4che", dcm("%s(%d) >> 1:C-ECHO-RSP[pcid=1, status=0H, tsuid=1.2.840.10008.1.2 - Implicit VR Little Endian]" % (ae, n))))
    out.append(mk("dcm4che", dcm("%s(%d) << A-RELEASE-RQ" % (ae, n))))
    if R.random() < 0.4:
        out.append(mk("dcm4che", dcm("/%s:%d<-/%s:11112(%d): enter state: Sta13 - Awaiting Transport Connection Close Indication" % ("10.40.2.21", lp, MWL_IP, n), "DEBUG")))
    return out


def uid():
    return "1.2.826.0.1.3680043.9.7433.%d.%d.%d" % (ri(1, 9), int(T[0].strftime("%Y%m%d%H%M%S")), ri(1000, 99999))


def g_mwl():
    out = []
    ae = AE[cur_van()]
    n = ri(1, 9)
    p = old_patient() if R.random() < 0.35 else patient()
    ex = exam_today(p)
    tick()
    out.append(mk("dcm4che", dcm("%s(%d) >> 1:C-FIND-RSP[pcid=1, status=ff00H, tsuid=1.2.840.10008.1.2.1 - Explicit VR Little Endian]" % (ae, n))))
    out.append(mk("dcm4che", dcm("Dataset:", "DEBUG")))
    out.append(mk("dcm4che", "(0008,0005) CS [ISO_IR 192] SpecificCharacterSet"))
    out.append(mk("dcm4che", "(0008,0050) SH [", OI(p.acc), "] AccessionNumber"))
    out.append(mk("dcm4che", "(0008,0090) PN [%s^%s] ReferringPhysicianName" % (pick(RADS)[1], "WILLIAM" if R.random() < 0.3 else "ANA")))
    out.append(mk("dcm4che", "(0010,0010) PN [", N(p.name("dcm")), "] PatientName"))
    out.append(mk("dcm4che", "(0010,0020) LO [", MR(p.mrn), "] PatientID"))
    out.append(mk("dcm4che", "(0010,0030) DA [", D(df(p.dob, "dcm")), "] PatientBirthDate"))
    out.append(mk("dcm4che", "(0010,0040) CS [%s] PatientSex" % p.sex))
    a = p.age(ex)
    if a > 89:
        out.append(mk("dcm4che", "(0010,1010) AS [", AG("%03dY" % a), "] PatientAge"))
    else:
        out.append(mk("dcm4che", "(0010,1010) AS [%03dY] PatientAge" % a))
    if R.random() < 0.5:
        out.append(mk("dcm4che", "(0010,2154) SH [", PH(phone_fmt(p.phone, "dash")), "] PatientTelephoneNumbers"))
    out.append(mk("dcm4che", "(0020,000D) UI [%s] StudyInstanceUID" % uid()))
    out.append(mk("dcm4che", "(0032,1060) LO [%s] RequestedProcedureDescription" % pick(
        ["MAMMO SCREENING BILATERAL W/TOMO", "MAMMO SCREENING BILAT 2D", "MAMMO DX UNILAT LEFT W/TOMO"])))
    out.append(mk("dcm4che", "(0040,0100) SQ [1 Items] ScheduledProcedureStepSequence"))
    out.append(mk("dcm4che", ">(0008,0060) CS [MG] Modality"))
    out.append(mk("dcm4che", ">(0040,0001) AE [%s] ScheduledStationAETitle" % ae))
    out.append(mk("dcm4che", ">(0040,0002) DA [", D(df(ex, "dcm")), "] ScheduledProcedureStepStartDate"))
    out.append(mk("dcm4che", ">(0040,0003) TM [%02d%02d00] ScheduledProcedureStepStartTime" % (ri(8, 15), pick([0, 20, 40]))))
    out.append(mk("dcm4che", ">(0040,0009) SH [SPS%s] ScheduledProcedureStepID" % hexs(6).upper()))
    return out


def g_mpps():
    out = []
    ae = AE[cur_van()]
    n = ri(1, 9)
    p = patient()
    ex = exam_today(p)
    tick()
    iuid = uid()
    out.append(mk("dcm4che", dcm("%s(%d) << 1:N-CREATE-RQ[pcid=1, cuid=1.2.840.10008.3.1.2.3.3 - Modality Performed Procedure Step SOP Class, iuid=%s, tsuid=1.2.840.10008.1.2.1 - Explicit VR Little Endian]" % (ae, n, iuid))))
    out.append(mk("dcm4che", "(0008,0050) SH [", OI(p.acc), "] AccessionNumber"))
    out.append(mk("dcm4che", "(0010,0010) PN [", N(p.name("dcm")), "] PatientName"))
    out.append(mk("dcm4che", "(0010,0020) LO [", MR(p.mrn), "] PatientID"))
    out.append(mk("dcm4che", "(0040,0244) DA [", D(df(ex, "dcm")), "] PerformedProcedureStepStartDate"))
    out.append(mk("dcm4che", "(0040,0252) CS [IN PROGRESS] PerformedProcedureStepStatus"))
    out.append(mk("dcm4che", "(0040,0253) SH [PPS%s] PerformedProcedureStepID" % T[0].strftime("%y%m%d%H%M")))
    out.append(mk("dcm4che", dcm("%s(%d) >> 1:N-CREATE-RSP[pcid=1, status=0H, iuid=%s]" % (ae, n, iuid))))
    tick(300, 900)
    out.append(mk("dcm4che", dcm("%s(%d) << 2:N-SET-RQ[pcid=1, cuid=1.2.840.10008.3.1.2.3.3 - Modality Performed Procedure Step SOP Class, iuid=%s]" % (ae, n, iuid))))
    out.append(mk("dcm4che", "(0040,0252) CS [COMPLETED] PerformedProcedureStepStatus"))
    out.append(mk("dcm4che", "(0040,0300) SQ [1 Items] ExposureDoseSequence"))
    out.append(mk("dcm4che", ">(0018,0060) DS [%d] KVP" % ri(26, 34)))
    out.append(mk("dcm4che", ">(0040,8302) DS [%.2f] EntranceDoseInmGy" % R.uniform(4.5, 11.0)))
    out.append(mk("dcm4che", dcm("%s(%d) >> 2:N-SET-RSP[pcid=1, status=0H]" % (ae, n))))
    return out


# ---------------------------------------------------------------- Hologic-like AWS
def aws(lvl, comp, msg):
    return "%s [%s] %-5s %s" % (ts_dot(), comp, lvl, msg)


def g_aws_noise():
    out = []
    for _ in range(ri(3, 6)):
        tick(5, 90)
        k = ri(0, 7)
        if k == 0:
            view = pick(["RCC", "LCC", "RMLO", "LMLO", "RXCCL", "LMLO ID"])
            out.append(mk("aws_log", aws("INFO", "Acq", "Exposure complete view=%s kVp=%d mAs=%.1f AGD=%.2fmGy CBT=%dmm force=%.1fdaN T/F=W/%s" % (
                view, ri(26, 34), R.uniform(60, 220), R.uniform(0.9, 2.6), ri(28, 82), R.uniform(6, 16), pick(["Rh", "Ag", "Al"])))))
        elif k == 1:
            out.append(mk("aws_log", aws("INFO", "Detector", "Temperature %.1fC humidity %d%% (van HVAC %s)" % (R.uniform(24, 31), ri(18, 44), pick(["ON", "ECO"])))))
        elif k == 2:
            out.append(mk("aws_log", aws("INFO", "QC", "Daily flat-field passed SNR=%.1f CNR=%.2f uniformity=%.1f%% DDE-SN 7744%s" % (R.uniform(45, 60), R.uniform(8, 12), R.uniform(1, 4), hexs(4).upper()))))
        elif k == 3:
            out.append(mk("aws_log", aws("INFO", "Recon", "Tomo reconstruction completed in %.1fs (%d slices, 1mm)" % (R.uniform(9, 20), ri(40, 85)))))
        elif k == 4:
            out.append(mk("aws_log", aws("WARN", "Gen", "Tube heat %d%% - waiting %ds before next exposure" % (ri(70, 88), ri(10, 60)))))
        elif k == 5:
            out.append(mk("aws_log", aws("INFO", "Store", "Sent %d objects to PACS_ARCHIVE@%s:104 (%.1f MB) in %.1fs" % (ri(4, 12), MWL_IP, R.uniform(80, 900), R.uniform(2, 40)))))
        elif k == 6:
            out.append(mk("aws_log", aws("INFO", "QC", "ACR DM phantom weekly: fibers=%d specks=%d masses=%d -> PASS" % (ri(4, 6), ri(3, 4), ri(3, 5)))))
        else:
            out.append(mk("aws_log", aws("ERROR", "Store", "Association rejected by PACS_ARCHIVE (reason 2: application-context-name-not-supported); queued for retry #%d" % ri(1, 5))))
    return out


def g_aws_patient():
    out = []
    p = patient()
    ex = exam_today(p)
    tick()
    out.append(mk("aws_log", aws("INFO", "Worklist", "Patient selected ID="), MR(p.mrn), " Name=", N(p.name("dcm")),
                  " DOB=", D(df(p.dob, "us")), " Acc=", OI(p.acc), " Proc=\"Screening Bilateral Tomo\""))
    tick(20, 60)
    if R.random() < 0.35:
        out.append(mk("aws_log", aws("INFO", "Acq", "Implant protocol enabled for "), MR(p.mrn), " (implant displaced views added: RCC ID, LCC ID, RMLO ID, LMLO ID)"))
    out.append(mk("aws_log", aws("INFO", "Acq", "Exposure complete view=RCC kVp=%d mAs=%.1f AGD=%.2fmGy CBT=%dmm" % (ri(26, 33), R.uniform(60, 200), R.uniform(0.9, 2.4), ri(30, 75)))))
    tick(200, 600)
    out.append(mk("aws_log", aws("INFO", "Study", "Study closed for "), N(p.name("lfm")), " on ", D(df(ex, "us")),
                  " by %s, 4 views + tomo, total AGD %.2f mGy" % (pick(TECHS), R.uniform(4, 9))))
    return out


# ---------------------------------------------------------------- HL7 ORU from PowerScribe-like
def g_hl7_oru():
    out = []
    p = patient("past")
    ex = exam_past(p)
    rad = pick(RADS)
    tick()
    ctrl = "PS%s" % hexs(10).upper()
    out.append(mk("hl7_oru", ts_sp(), " INFO  [PS_ORU_OUT] Sending message to RIS_MVBH (", ctrl, "):"))
    out.append(mk("hl7_oru", "MSH|^~\\&|POWERSCRIBE|MVBH_RAD|RIS|MVBH|%s||ORU^R01|%s|P|2.3" % (T[0].strftime("%Y%m%d%H%M%S"), ctrl)))
    hp = {"MCD": (p.medicaid, "NMMCD^MA"), "MCR": (p.mbi, "CMS^MC"), "COMM": (p.member, "BCBSNM^MB")}.get(p.ins)
    pid = ["PID|1||", MR(p.mrn), "^^^MVBH^MR"]
    if hp:
        pid += ["~", HP(hp[0]), "^^^" + hp[1]]
    pid += ["||", N(p.name("dcm")), "^^^^L||", D(df(p.dob, "dcm")), "|", p.sex, "|||",
            A(strip_acc(p.street).upper()), "^^", A(strip_acc(p.city).upper()), "^", p.state, "^", Z(p.zip),
            "^USA^H^^", A(strip_acc(p.county).upper().replace(" COUNTY", "")), "||",
            PH(phone_fmt(p.phone, "paren_nosp")), "|||||", AC(p.acct), "|"]
    if R.random() < 0.7:
        pid += [SS(p.ssn)]
    out.append(mk("hl7_oru", *pid))
    out.append(mk("hl7_oru", "PV1|1|O|%s^^^MVBH||||%s^%s^%s^^^^MD||||||||||||" % (cur_van(), rad[3], rad[1], rad[2]), OI(p.visit)))
    birads = pick(["1", "1", "2", "2", "0", "0", "3"])
    obr7 = df(ex, "dcm") + "%02d%02d" % (ri(8, 15), ri(0, 59))
    obr22 = df(today(), "dcm") + T[0].strftime("%H%M")
    out.append(mk("hl7_oru", "OBR|1|", OI(p.acc), "|", OI(p.acc), "|77067^SCREENING MAMMOGRAPHY BILAT W CAD^CPT|||", D(obr7),
                  "|||||||||%s^%s^%s^^^^MD||||||" % (rad[3], rad[1], rad[2]), D(obr22), "|||F"))
    imp = {"0": "BI-RADS 0: INCOMPLETE. NEED ADDITIONAL IMAGING EVALUATION.",
           "1": "BI-RADS 1: NEGATIVE.", "2": "BI-RADS 2: BENIGN.",
           "3": "BI-RADS 3: PROBABLY BENIGN. SHORT-INTERVAL FOLLOW-UP SUGGESTED."}[birads]
    dens = pick([("A", "Almost entirely fatty"), ("B", "Scattered fibroglandular"), ("C", "Heterogeneously dense"), ("D", "Extremely dense")])
    out.append(mk("hl7_oru", "OBX|1|CE|36625-2^Breast density^LN||%s^%s^ACR||||||F" % dens))
    if R.random() < 0.6:
        prior = ex - dt.timedelta(days=ri(360, 900))
        out.append(mk("hl7_oru", "OBX|2|TX|MG-CMP^Comparison^L||Comparison made to prior exam(s) dated ", D(df(prior, "us")), ".||||||F"))
    out.append(mk("hl7_oru", "OBX|3|TX|MG-IMP^Impression^L||%s||||||F" % imp))
    return out


# ---------------------------------------------------------------- PowerScribe-like log4net
def ps(lvl, logger, msg):
    return "%s [%d] %-5s %s - %s" % (ts_sp(), ri(1, 40), lvl, logger, msg)


def g_ps_noise():
    out = []
    for _ in range(ri(2, 4)):
        tick(10, 200)
        r = pick(RADS)[0]
        k = ri(0, 4)
        if k == 0:
            out.append(mk("powerscribe_log", ps("INFO", "Nuance.Speech.Recognizer", "Acoustic profile loaded for %s (model v12.4, %d ms)" % (r, ri(180, 900)))))
        elif k == 1:
            out.append(mk("powerscribe_log", ps("WARN", "Nuance.Radiology.AutoText", "AutoText \"MAMMO_CALLBACK_ES\" not found for user %s; using site default" % r)))
        elif k == 2:
            out.append(mk("powerscribe_log", ps("INFO", "Nuance.Radiology.Worklist", "Worklist \"MG Screening - Vans\" refreshed: %d unread, %d in progress, %d signed today" % (ri(0, 60), ri(0, 5), ri(5, 90)))))
        elif k == 3:
            out.append(mk("powerscribe_log", ps("ERROR", "Nuance.Radiology.Interface", "HL7 outbound ACK timeout after 30000 ms (host=ris-int.mvbh.local:6661), will retry")))
        else:
            out.append(mk("powerscribe_log", ps("INFO", "Nuance.Radiology.Session", "User %s logged in from workstation RAD-RR%02d (session %s)" % (r, ri(1, 9), hexs(8)))))
    return out


def g_ps_report():
    out = []
    p = patient("past")
    ex = exam_past(p)
    r = pick(RADS)
    tick()
    b = pick(["0", "1", "2", "0", "3"])
    out.append(mk("powerscribe_log", ps("INFO", "Nuance.Radiology.ReportManager", "Report signed Accession="), OI(p.acc),
                  " BIRADS=%s Density=%s Signer=%s Patient=" % (b, pick("ABCD"), r[0]), N(p.name("LF")), " MRN=", MR(p.mrn)))
    if R.random() < 0.5:
        tick(1, 5)
        o = "MA24%06d" % ri(10000, 999999)
        out.append(mk("powerscribe_log", ps("WARN", "Nuance.Radiology.OrderMerge", "2 orders found for MRN "), MR(p.mrn), " on ",
                      D(df(ex, "us")), " (", OI(p.acc), ", ", OI(o), "); linked as multi-accession report"))
    return out


# ---------------------------------------------------------------- mail merge / PDF
def mm(lvl, msg):
    return "%s %-5s [lay_letters] %s" % (ts_sp(), lvl, msg)


def g_mm_noise():
    out = []
    tick(200, 2000)
    out.append(mk("mailmerge_log", mm("INFO", "Template MQSA_LayLetter_%s_%s_v7.docx loaded (merge fields: %d)" % (pick(["Normal", "Callback", "Dense"]), pick(["EN", "ES"]), ri(11, 18)))))
    out.append(mk("mailmerge_log", "GPL Ghostscript 10.02.1 (2023-11-01)"))
    out.append(mk("mailmerge_log", "Copyright (C) 2023 Artifex Software, Inc.  All rights reserved."))
    out.append(mk("mailmerge_log", "This software is supplied under the GNU AGPLv3 and comes with NO WARRANTY:"))
    out.append(mk("mailmerge_log", "see the file COPYING for details."))
    np_ = ri(1, 2)
    out.append(mk("mailmerge_log", "Processing pages 1 through %d." % np_))
    for i in range(np_):
        out.append(mk("mailmerge_log", "Page %d" % (i + 1)))
    tick(5, 30)
    out.append(mk("mailmerge_log", mm("INFO", "Batch %s complete: %d letters (%d es, %d vi), %d returned-mail holds, 0 errors, USPS job %s" % (
        today().strftime("%Y%m%d"), ri(20, 80), ri(3, 20), ri(0, 3), ri(0, 4), hexs(8).upper()))))
    return out


def g_mm_letter():
    out = []
    p = patient("past")
    ex = exam_past(p)
    tick(2, 20)
    kind = pick(["Normal", "Callback", "Dense"])
    lang = "ES" if p.lang == "es" else "EN"
    out.append(mk("mailmerge_log", mm("INFO", "record %d/%d mrn=" % (ri(1, 60), ri(60, 80))), MR(p.mrn), " template=%s_%s recipient=\"" % (kind, lang),
                  N(p.name("fml")), "\" exam=", D(df(ex, "iso")), " birads=%s" % {"Normal": "1", "Callback": "0", "Dense": "2"}[kind]))
    if R.random() < 0.5:
        raw = strip_acc("%s %s %s" % (p.street, p.city, p.state)).lower()
        out.append(mk("mailmerge_log", mm("INFO", "CASS standardized \""), A(raw), "\" -> \"",
                      A(strip_acc(p.street).upper() + ", " + strip_acc(p.city).upper()), " ", p.state, " ",
                      Z(p.zip + "-" + p.zip4), "\" (DPV Y)"))
    fn_last = p.name("ascii_up_last")
    out.append(mk("mailmerge_log", mm("INFO", "pdf written /srv/letters/out/%s/%s/LAY_" % (today().strftime("%Y-%m-%d"), lang.lower())), MR(p.mrn),
                  "_", N(fn_last), "_", D(df(p.dob, "dcm")), ".pdf pages=2 bytes=%d sha1=%s" % (ri(31000, 72000), hexs(40))))
    return out


# ---------------------------------------------------------------- rendered letter text (escaped newlines)
def g_letter_text():
    p = patient("past")
    ex = exam_past(p)
    tick(2, 20)
    lid = "LTR-%06d" % ri(1000, 999999)
    sal_last = p.last
    if p.lang == "es":
        tok = base64.urlsafe_b64encode(bytes(R.getrandbits(8) for _ in range(9))).decode()
        items = ["letter.preview id=%s lang=es text=\"" % lid, D(df(today(), "es")), "\\n", N(p.name("fl")), "\\n",
                 A(p.street), "\\n", A(p.city), ", ", p.state, " ", Z(p.zip), "\\n\\n%s " % ("Estimada Sra." if p.sex == "F" else "Estimado Sr."), N(sal_last),
                 ":\\nGracias por hacerse su mamografía el ", D(df(ex, "es")),
                 " en nuestra unidad móvil. Los resultados no muestran señales de cáncer.\\n",
                 "Densidad mamaria: Su tejido mamario es denso. El tejido denso es común y no es anormal, pero puede dificultar la detección del cáncer en una mamografía.\\n",
                 "Vea su carta en línea: ", UR("https://cartas.mesavanbreast.org/l/" + tok), "\\nLínea de ayuda 1-800-555-0142\""]
    else:
        items = ["letter.preview id=%s lang=en text=\"" % lid, D(df(today(), "long")), "\\n", N(p.name("fml")), "\\n",
                 A(p.street), "\\n", A(p.city), ", ", p.state, " ", Z(p.zip + "-" + p.zip4), "\\n\\nDear %s " % ("Ms." if p.sex == "F" else "Mr."), N(sal_last),
                 ":\\nThank you for having your mammogram on ", D(df(ex, "long")),
                 ". Your results show no sign of breast cancer.\\n",
                 "Breast Density: Your breast tissue is dense. Dense breast tissue is very common and is not abnormal. However, dense breast tissue can make it harder to find cancer on a mammogram.\\n",
                 "Questions? Call the program office at (575) 523-7710.\""]
    return [mk("letter_text", *items)]


def g_density_notice_noise():
    tick(1, 10)
    return [mk("letter_text", "letter.template id=DENSE_%s_v3 rule=21CFR900.12(c)(6) effective=2024-09-10 fields=[density_cat,exam_date,recipient] checksum=%s" % (pick(["EN", "ES"]), hexs(12)))]


# ---------------------------------------------------------------- callback tracker JSON
def g_callback():
    out = []
    p = old_patient("past") if R.random() < 0.3 else patient("past")
    while p.has_cb:
        p = patient("past")
    p.has_cb = True
    ex = exam_past(p)
    tick()
    due = ex + dt.timedelta(days=ri(10, 30))
    rec = ['{"ts":"', ts_iso(), '","level":"info","svc":"callback-tracker","event":"callback.created","caseNo":"',
           OI(p.cb), '","patient":{"mrn":"', MR(p.mrn), '","name":"', N(p.name("lf")), '","dob":"',
           D(df(p.dob, "iso")), '","age":']
    a = p.age(ex)
    rec += [AG(str(a)) if a > 89 else str(a)]
    rec += [',"phone":"', PH(phone_fmt(p.phone, "plain")), '"']
    if R.random() < 0.4:
        rec += [',"altContact":{"name":"', N("%s %s" % (p.rel_first, p.last)), '","rel":"', pick(["daughter", "son", "sister", "niece"]),
                '","phone":"', PH(phone_fmt(p.alt_phone, "dash")), '"}']
    rec += ['},"birads":"0","examDate":"', D(df(ex, "iso")), '","recall":"', pick(["dx_mammo_us_left", "dx_mammo_right", "us_bilateral"]),
            '","dueBy":"', D(df(due, "iso")), '","assignedTo":"', pick(["jramos", "navigator2", "ebustamante"]), '"}']
    out.append(mk("callback_json", *rec))
    for _ in range(ri(0, 2)):
        tick(600, 7000)
        out.append(mk("callback_json", '{"ts":"', ts_iso(), '","level":"info","svc":"callback-tracker","event":"callback.attempt","caseNo":"',
                      OI(p.cb), '","channel":"%s","outcome":"%s","attempt":%d,"by":"%s"}' % (
                          pick(["phone", "sms", "letter"]), pick(["left_voicemail", "no_answer", "scheduled", "wrong_number"]), ri(1, 3), pick(["jramos", "ebustamante"]))))
    if R.random() < 0.4:
        ap = today() + dt.timedelta(days=ri(2, 14))
        out.append(mk("callback_json", '{"ts":"', ts_iso(), '","level":"info","svc":"callback-tracker","event":"callback.scheduled","caseNo":"',
                      OI(p.cb), '","appt":{"date":"', D(df(ap, "us")), '","site":"Memorial Medical Center Breast Center","exam":"DX MAMMO + US"}}'))
    return out


def g_callback_noise():
    tick(60, 900)
    out = [mk("callback_json", '{"ts":"%s","level":"info","svc":"callback-tracker","msg":"overdue sweep","open":%d,"overdue":%d,"lostToFollowUp":%d,"durationMs":%d}' % (
        ts_iso(), ri(8, 40), ri(0, 9), ri(0, 3), ri(90, 900)))]
    if R.random() < 0.5:
        out.append(mk("callback_json", '{"ts":"%s","level":"warn","svc":"callback-tracker","msg":"MQSA 30-day lay letter SLA at risk","casesDueIn48h":%d,"traceId":"%s"}' % (ts_iso(), ri(1, 7), hexs(32))))
    return out


# ---------------------------------------------------------------- eligibility logfmt
def g_elig():
    out = []
    p = patient()
    tick()
    hh = ri(1, 6)
    inc = ri(6, 55) * 1000 + pick([0, 250, 600])
    limit = 15060 + 5380 * (hh - 1)
    pct = round(inc * 100 / limit)
    dec = "ELIGIBLE" if pct <= 250 and p.ins == "UNINS" else ("INELIGIBLE" if p.ins != "UNINS" else "INELIGIBLE_INCOME")
    out.append(mk("eligibility_kv", "time=", ts_iso(), " level=info msg=\"eligibility decision\" app_id=", OI(p.app),
                  " applicant=\"", N(p.name(pick(["fl", "lf", "lower"]))), "\" dob=", D(df(p.dob, "iso")), " age=",
                  AG(str(p.age(today()))) if p.age(today()) > 89 else str(p.age(today())),
                  " hh_size=%d hh_income_annual=%d fpl_pct=%d limit_pct=250 insurance=%s decision=%s fund=NBCCEDP_NM_2024" % (
                      hh, inc, pct, {"UNINS": "none", "MCD": "medicaid", "MCR": "medicare", "COMM": "commercial"}[p.ins], dec)))
    for i in range(min(hh - 1, ri(0, 2))):
        rel = pick(["spouse", "child", "grandchild", "parent", "partner", "child"])
        mem_first = pick([x[0] for x in FIRST_F + FIRST_M] + ["Rubén", "José Luis", "Efraín", "Abdirahman", "Tou", "Minh"])
        y = p.dob.year
        my = {"spouse": y + ri(-8, 8), "partner": y + ri(-8, 8), "child": y + ri(18, 40), "grandchild": y + ri(40, 60),
              "parent": y - ri(18, 32)}[rel]
        mdob = dt.date(min(my, 2016), ri(1, 12), ri(1, 28))
        out.append(mk("eligibility_kv", "time=", ts_iso(), " level=debug msg=\"household member\" app_id=", OI(p.app),
                      " member=%d name=\"" % (i + 2), N("%s %s" % (mem_first, p.last)), "\" rel=%s dob=" % rel,
                      D(df(mdob, "us")), " income=%d" % (pick([0, 0, ri(5, 30) * 1000]))))
    if p.ins == "MCD":
        out.append(mk("eligibility_kv", "time=", ts_iso(), " level=info msg=\"redirected to Medicaid billing\" app_id=", OI(p.app),
                      " medicaid_id=", HP(p.medicaid), " ssn=***-**-%s" % p.ssn[-4:]))
    elif R.random() < 0.65:
        out.append(mk("eligibility_kv", "time=", ts_iso(), " level=info msg=\"identity verified\" app_id=", OI(p.app),
                      " doc=ssn_card ssn=", SS(p.ssn), " verified_by=%s" % pick(["ebustamante", "navigator2"])))
    return out


def g_elig_noise():
    tick(30, 600)
    out = [mk("eligibility_kv", "time=%s level=info msg=\"fpl table loaded\" year=2024 base=15060 per_additional=5380 ak_base=18810 hi_base=17310 limit_pct=250 source=HHS" % ts_iso())]
    if R.random() < 0.5:
        out.append(mk("eligibility_kv", "time=%s level=info msg=\"grant utilization\" fund=NBCCEDP_NM_2024 screened=%d budget_used_pct=%.1f remaining_usd=%d" % (ts_iso(), ri(400, 1800), R.uniform(20, 90), ri(10000, 180000))))
    return out


# ---------------------------------------------------------------- X12 270/271
def g_x12():
    out = []
    p = patient()
    ex = exam_today(p)
    tick()
    ctl = "%09d" % ri(1000, 99999)
    trn = "%d-%06d" % (ri(10000, 99999), ri(1, 999999))
    out.append(mk("x12_271", ts_sp(), " INFO  [x12.clearinghouse] 270 batch ctl=%s sent (%d inquiries) to Availity, waiting for 271" % (ctl, ri(1, 14))))
    tick(5, 60)
    l = strip_acc(p.last).upper()
    f = strip_acc(p.first).upper()
    out.append(mk("x12_271",
                  "ISA*00*          *00*          *ZZ*NMMEDICAID     *ZZ*MESAVANBH      *%s*%s*^*00501*%s*0*P*:~" % (T[0].strftime("%y%m%d"), T[0].strftime("%H%M"), ctl),
                  "GS*HB*NMMEDICAID*MESAVANBH*%s*%s*%d*X*005010X279A1~ST*271*0001*005010X279A1~BHT*0022*11*%s*%s*%s~" % (
                      T[0].strftime("%Y%m%d"), T[0].strftime("%H%M"), ri(1, 9999), hexs(8).upper(), T[0].strftime("%Y%m%d"), T[0].strftime("%H%M")),
                  "HL*1**20*1~NM1*PR*2*NEW MEXICO MEDICAID*****PI*NM0001~HL*2*1*21*1~NM1*1P*2*MESA VAN BREAST HEALTH*****XX*1588667790~",
                  "HL*3*2*22*0~TRN*2*", OI(trn), "*9877281234~NM1*IL*1*", N(l), "*", N(f), "****MI*", HP(p.medicaid), "~N3*",
                  A(strip_acc(p.street).upper()), "~N4*", A(strip_acc(p.city).upper()), "*", p.state, "*", Z(p.zip), "~DMG*D8*",
                  D(df(p.dob, "dcm")), "*", p.sex, "~DTP*291*D8*", D(df(ex, "dcm")), "~EB*%s**30~SE*14*0001~GE*1*1~IEA*1*%s~" % (
                      "1" if p.ins == "MCD" else "6", ctl)))
    return out


# ---------------------------------------------------------------- Ruby: Sinatra / Rack / Puma
def rb(lvl, msg_parts):
    L = {"I": "INFO", "W": "WARN", "E": "ERROR", "D": "DEBUG"}[lvl]
    return ["%s, [%s #%d] %5s -- : " % (lvl, ts_ruby(), PID_RB[0] + ri(3, 4), L)] + list(msg_parts)


def pub_ip():
    return "%d.%d.%d.%d" % (pick([174, 71, 67, 24, 97, 166, 107, 73]), ri(1, 254), ri(0, 254), ri(1, 254))


def g_puma_boot():
    PID_RB[0] = ri(3000, 9000)
    tick(30, 400)
    pr = "[%d] " % PID_RB[0]
    L = ["Puma starting in cluster mode...", "* Puma version: 6.4.2 (ruby 3.2.3-p157) (\"The Eagle of Durango\")",
         "*  Min threads: 3", "*  Max threads: 3", "*  Environment: production", "*   Master PID: %d" % PID_RB[0],
         "*      Workers: 2", "*     Restarts: (\u2714) hot (\u2716) phased", "* Preloading application",
         "* Listening on http://0.0.0.0:9292", "Use Ctrl-C to stop"]
    out = [mk("puma", pr + x) for x in L]
    for w in range(2):
        out.append(mk("puma", pr + "- Worker %d (PID: %d) booted in %.2fs, phase: 0" % (w, PID_RB[0] + 3 + w, R.uniform(0.3, 1.4))))
    return out


def g_rack_noise():
    out = []
    for _ in range(ri(3, 6)):
        tick(5, 120)
        k = ri(0, 5)
        if k == 0:
            out.append(mk("sinatra_rack", "%s - - [%s] \"GET /health HTTP/1.1\" 200 15 %.4f" % (pick(["10.20.0.14", "127.0.0.1", "10.20.0.15"]), ts_clf(), R.uniform(0.0008, 0.004))))
        elif k == 1:
            out.append(mk("sinatra_rack", "10.20.0.%d - - [%s] \"GET /assets/app-%s.css HTTP/1.1\" 304 - %.4f" % (ri(2, 40), ts_clf(), hexs(8), R.uniform(0.001, 0.01))))
        elif k == 2:
            out.append(mk("sinatra_rack", *rb("I", ["Roster sync complete event=%s appointments=%d conflicts=%d took=%dms" % (event_id(site()), ri(12, 44), ri(0, 2), ri(40, 900))])))
        elif k == 3:
            out.append(mk("sinatra_rack", *rb("I", ["Sidekiq-lite: ReminderJob jid=%s queued=%d sent=%d failed=%d" % (hexs(24), ri(10, 80), ri(10, 80), ri(0, 3))])))
        elif k == 4:
            out.append(mk("sinatra_rack", *rb("W", ["Sequel::PoolTimeout: timeout: 5.0, elapsed: 5.0012 (pool size 5, host=db-primary.mvbh.local:5432)"])))
        else:
            out.append(mk("sinatra_rack", "10.20.0.%d - - [%s] \"POST /api/v1/vans/%s/telemetry HTTP/1.1\" 204 - %.4f" % (ri(2, 40), ts_clf(), cur_van(), R.uniform(0.002, 0.05))))
    return out


CYC_RACK = Cycler(6)


def g_rack_phi():
    out = []
    p = patient()
    tick()
    ip = pub_ip()
    k = CYC_RACK()
    if k == 0:
        out.append(mk("sinatra_rack", IP(ip), " - - [", ts_clf(), "] \"GET /appointments/lookup?last_name=", N(strip_acc(p.last).lower().replace(" ", "+")),
                      "&dob=", D(df(p.dob, "iso")), "&zip=", Z(p.zip), " HTTP/1.1\" 200 %d %.4f" % (ri(300, 2200), R.uniform(0.01, 0.2))))
    elif k == 1:
        out.append(mk("sinatra_rack", IP(ip), " - ", OI(p.user), " [", ts_clf(), "] \"POST /self-schedule/confirm HTTP/1.1\" 302 - %.4f" % R.uniform(0.02, 0.3)))
        out.append(mk("sinatra_rack", *rb("I", ["Self-schedule confirmed user=", OI(p.user), " email=", EM(p.email), " event=%s slot=%s" % (event_id(site()), pick(["09:20", "10:00", "13:40"]))])))
    elif k == 2:
        out.append(mk("sinatra_rack", *rb("E", ["Sequel::UniqueConstraintViolation: PG::UniqueViolation: ERROR:  duplicate key value violates unique constraint \"patients_mrn_key\""])))
        out.append(mk("sinatra_rack", "DETAIL:  Key (mrn)=(", MR(p.mrn), ") already exists."))
        out.append(mk("sinatra_rack", "\t/usr/local/bundle/gems/sequel-5.77.0/lib/sequel/adapters/postgres.rb:171:in `exec'"))
    elif k == 3:
        bad = phone_fmt(p.phone, "e164")[:-1]
        out.append(mk("sinatra_rack", *rb("W", ["Twilio::REST::RestError: [HTTP 400] 21211 : Unable to create record: The 'To' number ", PH(bad), " is not a valid phone number. https://www.twilio.com/docs/errors/21211"])))
    elif k == 4:
        ap = today() + dt.timedelta(days=ri(1, 3))
        out.append(mk("sinatra_rack", *rb("I", ["SMS reminder queued to=", PH(phone_fmt(p.phone, "e164")), " name=\"", N(p.first),
                                                "\" appt=", D(ap.strftime("%Y-%m-%d")), "T%s site=\"%s\" lang=%s sid=SM%s" % (pick(["08:40", "09:20", "11:00", "14:00"]), site()[1], p.lang, hexs(32))])))
    else:
        out.append(mk("puma", ts_dot().replace(".", " ")[:19], " -0700 Rack app (\"POST /api/v1/checkins\" - (", IP(ip), ")): #<NoMethodError: undefined method `strftime' for nil:NilClass>"))
        out.append(mk("sinatra_rack", *rb("E", ["checkin payload rejected: {\"mrn\"=>\"", MR(p.mrn), "\", \"dob\"=>\"", D(df(p.dob, "us2")),
                                                "\", \"exam_date\"=>nil, \"card\"=>\"", AC(luhn_complete("4" + str(ri(10000, 99999)))), "\"}"])))
    return out


# ---------------------------------------------------------------- .NET Windows services
def serilog(lvl, parts):
    return ["%s -07:00 [%s] " % (ts_dot(), lvl)] + list(parts)


def g_dotnet_noise():
    out = []
    k = ri(0, 3)
    tick()
    if k == 0:
        out.append(mk("dotnet_service", "info: Microsoft.Hosting.Lifetime[0]"))
        out.append(mk("dotnet_service", "      Application started. Hosting environment: Production; Content root path: C:\\Program Files\\MammoVan\\DicomForwarder\\"))
        out.append(mk("dotnet_service", "info: MammoVan.DicomForwarder.Worker[0]"))
        out.append(mk("dotnet_service", "      Worker running at: %s -07:00" % T[0].strftime("%m/%d/%Y %H:%M:%S")))
    elif k == 1:
        out.append(mk("dotnet_service", *serilog("INF", ["Upload batch %d: %d instances, %.1f MB to https://pacs-gw.mvbh.org/dicomweb/studies in %.1fs (link=%s)" % (
            ri(1, 99), ri(4, 60), R.uniform(40, 1400), R.uniform(5, 400), pick(["satellite", "LTE", "site-wifi"]))])))
        out.append(mk("dotnet_service", *serilog("WRN", ["Satellite link throughput below threshold: %.2f Mbps < 3.00 Mbps, deferring %d studies" % (R.uniform(0.3, 2.9), ri(1, 12))])))
    elif k == 2:
        out.append(mk("dotnet_service", *serilog("ERR", ["Upload failed for batch %d" % ri(1, 99)])))
        out.append(mk("dotnet_service", "System.Net.Http.HttpRequestException: A connection attempt failed because the connected party did not properly respond after a period of time. (pacs-gw.mvbh.org:443)"))
        out.append(mk("dotnet_service", " ---> System.Net.Sockets.SocketException (10060): A connection attempt failed because the connected party did not properly respond after a period of time."))
        out.append(mk("dotnet_service", "   at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)"))
        out.append(mk("dotnet_service", "   at MammoVan.DicomForwarder.Upload.StowClient.SendAsync(UploadBatch batch, CancellationToken ct) in D:\\a\\mammovan\\src\\DicomForwarder\\Upload\\StowClient.cs:line 142"))
    else:
        out.append(mk("dotnet_service", "Service Control Manager  EventID=7036  The MammoVan Dicom Forwarder service entered the %s state." % pick(["running", "stopped"])))
        out.append(mk("dotnet_service", *serilog("INF", ["Config reloaded: OutboxPath=D:\\Outbox RetryMax=8 ChunkSizeKB=512 Van=%s VIN=%s" % (cur_van(), VANS[cur_van()][0])])))
    return out


CYC_DN = Cycler(3)


def g_dotnet_phi():
    out = []
    p = patient()
    ex = exam_today(p)
    tick()
    k = CYC_DN()
    folder = "%s_%s_%s_%s" % (p.mrn, strip_acc(p.last).upper().replace(" ", "").replace("'", ""), strip_acc(p.first.split()[0]).upper(), df(ex, "dcm"))
    if k == 0:
        out.append(mk("dotnet_service", *serilog("INF", ["Study queued for upload {\"AccessionNumber\": \"", OI(p.acc), "\", \"PatientId\": \"", MR(p.mrn),
                                                        "\", \"PatientName\": \"", N(p.name("dcm")), "\", \"Instances\": %d, \"SizeMB\": %.1f}" % (ri(4, 12), R.uniform(90, 900))])))
    elif k == 1:
        parts = folder.split("_")
        out.append(mk("dotnet_service", *serilog("ERR", ["Failed to move study folder"])))
        out.append(mk("dotnet_service", "System.IO.IOException: The process cannot access the file 'D:\\Outbox\\", MR(parts[0]), "_",
                      N(parts[1]), "_", N(parts[2]), "_", D(parts[3]), "\\%s.dcm' because it is being used by another process." % uid()))
        out.append(mk("dotnet_service", "   at System.IO.FileSystem.MoveDirectory(String sourceFullPath, String destFullPath, Boolean isDirectory)"))
        out.append(mk("dotnet_service", "   at MammoVan.DicomForwarder.Outbox.Archive(StudyFolder folder) in D:\\a\\mammovan\\src\\DicomForwarder\\Outbox.cs:line 77"))
    else:
        out.append(mk("dotnet_service", "warn: MammoVan.DicomForwarder.Reconciler[12]"))
        out.append(mk("dotnet_service", "      Patient demographics mismatch for ", MR(p.mrn), ": RIS name '", N(p.name("LF")), "' DOB ",
                      D(df(p.dob, "us")), " vs image header '", N(p.name("dcm")), "' DOB ", D(df(p.dob + dt.timedelta(days=pick([1, 30, 365])), "dcm")), "; holding study"))
    return out


# ---------------------------------------------------------------- satellite modem syslog
def g_satcom():
    out = []
    host = "%s-ht2010" % cur_van().lower()
    for _ in range(ri(3, 7)):
        tick(5, 200)
        k = ri(0, 7)
        pre = "%s %s " % (ts_syslog(), host)
        if k == 0:
            out.append(mk("satmodem_syslog", pre + "modemd[812]: Rx lock SQF=%d EsNo=%.1fdB beam=%d sat=JUPITER2 outroute=%d" % (ri(60, 99), R.uniform(5, 12), ri(40, 60), ri(1, 4))))
        elif k == 1:
            out.append(mk("satmodem_syslog", pre + "modemd[812]: TCP accel sessions=%d spoofed=%d web_accel=on" % (ri(10, 90), ri(8, 80))))
        elif k == 2:
            out.append(mk("satmodem_syslog", pre + "fapd[840]: plan usage %.1f/%.1f GB (%.1f%%) anytime bucket" % (R.uniform(1, 40), 50.0, R.uniform(2, 80))))
        elif k == 3:
            out.append(mk("satmodem_syslog", pre + "dhclient[1102]: DHCPACK of 100.64.%d.%d from 100.64.0.1" % (ri(0, 40), ri(2, 250))))
        elif k == 4:
            out.append(mk("satmodem_syslog", pre + "pingmon[901]: 8.8.8.8 rtt min/avg/max/mdev = %.1f/%.1f/%.1f/%.1f ms loss=%d%%" % (R.uniform(540, 600), R.uniform(600, 700), R.uniform(700, 900), R.uniform(10, 60), ri(0, 8))))
        elif k == 5:
            out.append(mk("satmodem_syslog", pre + "modemd[812]: terminal ESN=0041-%04d-%02d SAN=HTS%06d sw=6.9.0.42 state=%s" % (ri(1000, 9999), ri(10, 99), ri(100000, 999999), pick(["ONLINE", "RANGING", "ONLINE"]))))
        elif k == 6:
            out.append(mk("satmodem_syslog", pre + "pointd[777]: dish re-peak after van leveling: az=%.1f el=%.1f pol=%.1f gain +%.1fdB" % (R.uniform(150, 220), R.uniform(40, 55), R.uniform(-20, 20), R.uniform(0.2, 3))))
        else:
            out.append(mk("satmodem_syslog", pre + "modemd[812]: WARN Tx disabled: rain fade, Es/No %.1fdB below threshold 3.0dB" % R.uniform(0.5, 2.9)))
    return out


# ---------------------------------------------------------------- technologists' notes
NOTE_NOISE_EN = ["Generator ran 45 min over lunch, compressor fault cleared after reset. No patients affected.",
                 "Van leveling jack #3 slow again, reported to fleet ticket FLT-2291.",
                 "Site contact at church said parking lot gravel ok for lift, use east side next time.",
                 "Weekly phantom done before first pt, all passed. Sat link down 08:10-08:35, images queued.",
                 "Ran out of Spanish consent forms, printed 30 more from the tablet. Need toner.",
                 "Workplace event: HR provided private room for changing, 6 no-shows out of 22 booked.",
                 "Tablet #2 battery swelling, pulled from service. Serial R9TW40KX2 sent back to IT.",
                 "Compression paddle 24x29 cracked corner, swapped to spare, logged with service (case 00417733).",
                 "Dr. Menon asked that all implant pts get ID views even if pt declines tomo. FYI for all techs."]
NOTE_NOISE_ES = ["Nota: el calentador de la van no funciona, las pacientes esperaron adentro de la iglesia.",
                 "Se terminó el papel de la impresora de etiquetas, se usó rollo de reserva.",
                 "Coordinadora de la iglesia pide regresar en mayo, muchas señoras no alcanzaron cita.",
                 "Internet satelital muy lento hoy, se subieron las imágenes al llegar a la oficina.",
                 "Recordatorio: las cartas de densidad en español usan la plantilla DENSE_ES_v3 desde el lunes.",
                 "Se atendieron 19 pacientes, 4 sin cita, 2 reprogramadas por falta de tiempo."]


def note_hdr(es=False):
    tech = pick(TECHS)
    if es:
        return "[NOTA %s téc=%s van=%s] " % (T[0].strftime("%Y-%m-%d %H:%M"), tech, cur_van())
    return "[NOTE %s tech=%s van=%s] " % (T[0].strftime("%Y-%m-%d %H:%M"), tech, cur_van())


def g_note_noise():
    tick(30, 900)
    es = R.random() < 0.45
    return [mk("tech_note", note_hdr(es) + (pick(NOTE_NOISE_ES) if es else pick(NOTE_NOISE_EN)))]


CYC_NOTE_ES = Cycler(7)
CYC_NOTE_EN = Cycler(10)


def udi():
    return "(01)00%011d(17)%s(21)%d" % (ri(10**9, 10**10), pick(["270131", "290630", "310228"]), ri(10**7, 10**8))


def g_note_phi():
    es = R.random() < 0.42
    k = CYC_NOTE_ES() if es else CYC_NOTE_EN()
    if (es and k == 5) or (not es and k == 1):
        p = old_patient() if R.random() < 0.7 else patient()
    else:
        p = patient()
    ex = exam_today(p)
    tick(30, 600)
    rel = "%s %s" % (p.rel_first, p.last)
    a = p.age(ex)
    age_item = AG(str(a)) if a > 89 else str(a)
    H = note_hdr(es)
    if es:
        if k == 0:
            return [mk("tech_note", H, "Paciente ", N(p.name("fl")), " (fecha de nac. ", D(df(p.dob, pick(["eu", "es"]))),
                       ") refiere bulto en mama izquierda, cuadrante superior externo, desde hace 2 meses. Se marcó con BB. Hija ",
                       N(rel), " tel ", PH(phone_fmt(p.alt_phone, "dash")), " traduce.")]
        if k == 1:
            return [mk("tech_note", H, "Sra. ", N(p.last), " tiene implantes salinos, se hicieron vistas de Eklund. UDI del implante: ",
                       DV(udi()), ". Expediente ", MR(p.mrn), ".")]
        if k == 2:
            return [mk("tech_note", H, "La paciente ", N(p.name("lower")), " no tiene seguro, vive en ", A(p.street + ", " + p.city),
                       ", solicitó programa gratuito. Ingreso del hogar aprox. $%d/mes, %d personas." % (ri(900, 3200), ri(1, 7)))]
        if k == 3:
            return [mk("tech_note", H, "Mamografía de ", N(p.name("fl")), " hoy ", D(df(ex, "eu")),
                        "; última mamografía el ", D(df(ex - dt.timedelta(days=ri(700, 2500)), "eu")), " en Juárez, pidió que le llamen al ",
                        PH(phone_fmt(p.phone, "space")), " después de las 5.")]
        if k == 4:
            return [mk("tech_note", H, "Sra. ", N(p.name("lf")), " llegó sin cita. Nació el ", D(df(p.dob, "es")),
                       ". Su esposo ", N(pick(["Rubén", "José Luis", "Efraín", "Jesús"]) + " " + p.last), " la espera en el carro; tel. de casa ",
                       PH(phone_fmt(p.phone, pick(["paren", "plain"]))), ".")]
        if k == 5:
            return [mk("tech_note", H, "Pte. ", N(p.name("FL")), " de ", age_item, " años, usa andadera, solo se tomaron vistas CC. ",
                       "Nieta ", N(p.rel_first + " " + p.last), " firmó el consentimiento como testigo.")]
        return [mk("tech_note", H, "Dirección actualizada en la tableta: ", A(p.street), ", ", A(p.city), ", ", A(p.county), ", ",
                   p.state, " ", Z(p.zip), ". Correo: ", EM(p.email), ". Prefiere cartas en español.")]
    if k == 0:
        return [mk("tech_note", H, "Pt ", N(p.name("fml")), " (DOB ", D(df(p.dob, pick(["us_short", "us2", "us"]))),
                    ") c/o palpable lump L breast 2 o'clock, skin marker placed. Daughter ", N(rel), " cell ",
                    PH(phone_fmt(p.alt_phone, pick(["paren", "dot"]))), " is emergency contact.")]
    if k == 1:
        return [mk("tech_note", H, N(p.name("init")), ", ", age_item, " y/o, came with granddaughter, wheelchair; CC views only, MLO not tolerated. MRN ",
                   MR(p.mrn), ".")]
    if k == 2:
        return [mk("tech_note", H, "Pacemaker L chest (", DV("SN RNB%06dH" % ri(100000, 999999)), ") - pt ", N(p.name("lf")),
                    ", did R side routine, L with pacer displaced. Rad aware.")]
    if k == 3:
        plate = "%s%d%s" % (pick(["B", "A", "C"]), ri(10, 99), "".join(pick("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)))
        return [mk("tech_note", H, "Pt ", N(p.name("fl")), "'s truck (NM plate ", VE(plate), ") was blocking the van lift, asked her to move it before we leveled.")]
    if k == 4:
        return [mk("tech_note", H, "Pt prefers contact through Facebook Messenger: ", UR("https://www.facebook.com/" + p.user + "." + str(ri(1, 99))),
                    " - no reliable phone. Lives at ", A(p.addr1().rsplit(" ", 1)[0]), " ", Z(p.zip), ".")]
    if k == 5:
        return [mk("tech_note", H, "Callback pt ", N(p.name("lfm")), " (", MR(p.mrn), ") no show for dx appt ", D(df(ex, "mon")),
                    ", 3rd attempt; navigator notified. Sister ", N(rel), " says she works nights at the pecan plant.")]
    if k == 6:
        return [mk("tech_note", H, "Showed ID (", p.state, " DL ", LI(p.dl), ") because name on roster misspelled: corrected ",
                    N(strip_acc(p.last).lower()), " -> ", N(p.last), ". Medicare MBI ", HP(p.mbi), " on file.")]
    if k == 7:
        return [mk("tech_note", H, "Pt ", N(p.name("fl")), " wants results faxed to her home fax ", FX(phone_fmt(p.alt_phone, "dash")),
                    " (no email). Copy to PCP at Ben Archer Health Center, fax 575-267-3388.")]
    if k == 8:
        return [mk("tech_note", H, "FHx: mother and sister (", N(rel), ", dx at %d) breast ca. Pt " % ri(38, 52), N(p.name("init")), " DOB ",
                    D(df(p.dob, "oracle")), " asks for genetic counseling referral, send info to ", EM(p.email), ".")]
    return [mk("tech_note", H, "pt ", N(p.name("lower")), " states prior L breast biopsy at UMC El Paso on ",
                D(df(ex - dt.timedelta(days=ri(200, 1500)), "us2")), ", benign per pt. Records requested. Medicaid ", HP(p.medicaid), ".")]


# ---------------------------------------------------------------- roster empty / schedule noise
def g_schedule_noise():
    out = []
    tick(60, 900)
    s = site()
    d = today() + dt.timedelta(days=ri(1, 30))
    out.append(mk("roster_csv", "event_id,van,site_name,site_contact,contact_phone,event_date,start,end,capacity,booked"))
    for _ in range(ri(1, 3)):
        s = site()
        d = d + dt.timedelta(days=ri(1, 5))
        out.append(mk("roster_csv", "EV24-%02d%02d-%s,%s,\"%s, %s\",%s,%s,%s,08:00,15:40,%d,%d" % (
            d.month, d.day, s[0], pick(list(VANS)), s[1], s[2], pick(["Pastor Ruben Olivas", "HR - Dana Kirk", "Sr. Irma Cota", "Town Clerk"]),
            pick(["(575) 267-3300", "575-546-2211", "(915) 764-0190"]), d.isoformat(), ri(18, 26), ri(0, 26))))
    return out


def g_puma_noise():
    tick(30, 900)
    pr = "[%d] " % PID_RB[0]
    k = ri(0, 3)
    if k == 0:
        w = ri(0, 1)
        return [mk("puma", pr + "! Terminating timed out worker (Worker %d failed to check in within 60 seconds): %d" % (w, PID_RB[0] + 3 + w)),
                mk("puma", pr + "- Worker %d (PID: %d) booted in %.2fs, phase: 0" % (w, PID_RB[0] + ri(20, 90), R.uniform(0.3, 1.4)))]
    if k == 1:
        return [mk("puma", "%s -0700 HTTP parse error, malformed request: #<Puma::HttpParserError: Invalid HTTP format, parsing fails. Are you trying to open an SSL connection to a non-SSL Puma?>" % T[0].strftime("%Y-%m-%d %H:%M:%S"))]
    if k == 2:
        return [mk("puma", pr + "- Gracefully shutting down workers..."), mk("puma", pr + "=== puma shutdown: %s -0700 ===" % T[0].strftime("%Y-%m-%d %H:%M:%S")),
                mk("puma", pr + "- Goodbye!")]
    return [mk("puma", pr + "* Restarting..."), mk("puma", pr + "- Stopping %d for phased upgrade..." % (PID_RB[0] + 3))]


CYC_EVT = Cycler(4)


def evtx(provider, eid, level, data_items):
    t = T[0] + dt.timedelta(hours=7)
    head = ('<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><Provider Name="%s" /><EventID Qualifiers="0">%d</EventID>'
            '<Level>%d</Level><Task>0</Task><Keywords>0x80000000000000</Keywords><TimeCreated SystemTime="%s.%07dZ" /><EventRecordID>%d</EventRecordID>'
            '<Channel>Application</Channel><Computer>MVBH-PRINT01.mvbh.local</Computer><Security /></System><EventData><Data>') % (
        provider, eid, level, t.strftime("%Y-%m-%dT%H:%M:%S"), t.microsecond * 10, ri(40000, 90000))
    return ["windows_evtx_xml", head] + list(data_items) + ["</Data></EventData></Event>"]


def g_evtx_noise():
    tick(60, 900)
    k = ri(0, 2)
    if k == 0:
        it = evtx("MammoVan.LetterPrint", 100, 4, ["Service started. Version 2.14.0.311, queue=\\\\MVBH-PRINT01\\Mailroom_MS826, poll=30s"])
    elif k == 1:
        it = evtx("MammoVan.LetterPrint", 210, 4, ["Printed batch %s: %d letters, %d pages, duplex, tray 2 (#10 window envelopes)" % (today().strftime("%Y%m%d"), ri(20, 80), ri(40, 160))])
    else:
        it = evtx("Microsoft-Windows-PrintService", 372, 2, ["The document Print Document, owned by svc_letters, failed to print on printer Mailroom_MS826. Win32 error code returned by the print processor: 0x80070005."])
    return [mk(*it)]


def g_evtx_phi():
    tick(30, 600)
    p = patient("past")
    exam_past(p)
    k = CYC_EVT()
    if k == 0:
        it = evtx("MammoVan.LetterPrint", 1002, 2, ["Print failed for letter LTR-%06d (" % ri(1000, 999999), MR(p.mrn), ", ", N(p.name("LF")),
                                                   "): printer Mailroom_MS826 offline, requeued"])
    elif k == 1:
        it = evtx("MammoVan.LetterPrint", 1010, 3, ["Returned mail recorded for ", N(p.name("fl")), " - old address ", A(p.street), ", ", A(p.city),
                                                   " ", p.state, " ", Z(p.zip), "; USPS reason: Attempted - Not Known"])
    elif k == 2:
        it = evtx("MammoVan.LetterPrint", 1004, 3, ["Density letter suppressed: patient ", MR(p.mrn), " exam ", D(df(p.exam, "us")),
                                                   " already notified by callback letter on ", D(df(p.exam + dt.timedelta(days=ri(3, 9)), "us"))])
    else:
        it = evtx("MammoVan.LetterPrint", 1020, 2, ["Merge field NOMBRE_COMPLETO empty for record ", OI(p.app), " (", N(p.name("lower")), ", DOB ",
                                                   D(df(p.dob, "iso")), "); letter skipped"])
    return [mk(*it)]


# =========================================================================== assembly

NOISE_GENS = [(g_puma_boot, 1), (g_rack_noise, 4), (g_satcom, 5), (g_dotnet_noise, 4), (g_aws_noise, 4),
              (g_dcm_assoc, 3), (g_flutter_noise, 4), (g_mm_noise, 2), (g_elig_noise, 2), (g_ps_noise, 3),
              (g_callback_noise, 2), (g_note_noise, 3), (g_schedule_noise, 2), (g_density_notice_noise, 1),
              (g_puma_noise, 2), (g_evtx_noise, 2)]
PHI_GENS = [(g_roster_csv, 2), (g_roster_nohdr, 2), (g_xlsx_export, 1), (g_flutter_checkin, 5), (g_mwl, 2),
            (g_mpps, 1), (g_aws_patient, 3), (g_hl7_oru, 2), (g_ps_report, 3), (g_mm_letter, 3),
            (g_letter_text, 2), (g_callback, 3), (g_elig, 3), (g_x12, 1), (g_rack_phi, 6), (g_dotnet_phi, 3),
            (g_note_phi, 9), (g_evtx_phi, 3)]


def wpick(gens):
    tot = sum(w for _, w in gens)
    x = R.uniform(0, tot)
    for g, w in gens:
        x -= w
        if x <= 0:
            return g
    return gens[-1][0]


def main():
    TARGET = 500
    lines = []
    lines += g_satcom()
    lines += g_puma_boot()
    guard = 0
    while len(lines) < TARGET:
        guard += 1
        assert guard < 5000
        nonphi = sum(1 for l in lines if not l[2])
        frac = nonphi / max(1, len(lines))
        gens = NOISE_GENS if frac < 0.55 else PHI_GENS
        block = wpick(gens)()
        remaining = TARGET - len(lines)
        if len(block) > remaining:
            # near the end: fall back to single lines of the needed kind
            if remaining <= 0:
                break
            if frac < 0.55:
                cand = [l for l in g_satcom() if not l[2]]
            else:
                cand = [l for l in g_note_phi() if l[2]]
            lines += cand[:remaining]
            continue
        lines += block
    assert len(lines) == TARGET, len(lines)

    # ------------------------------------------------------------------ verify + write
    counts = {}
    fams = set()
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="") as fl, \
            open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="") as fj:
        out_lines = []
        for i, (fam, text, spans) in enumerate(lines, 1):
            assert text and "\n" not in text and "\r" not in text, (i, text)
            assert text.strip() != ""
            b = text.encode("utf-8")
            prev = 0
            for s, e, cat, v in sorted(spans):
                assert b[s:e].decode("utf-8") == v, (i, s, e, v)
                assert s >= prev, ("overlap", i, v)
                prev = e
                counts[cat] = counts.get(cat, 0) + 1
            fams.add(fam)
            out_lines.append(text)
            fj.write(json.dumps({"line": i, "family": fam,
                                 "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _ in spans]},
                                ensure_ascii=False) + "\n")
        fl.write("\n".join(out_lines))
    nophi = sum(1 for l in lines if not l[2])
    print("lines=%d no_phi=%d (%.1f%%) families=%d" % (len(lines), nophi, 100.0 * nophi / len(lines), len(fams)))
    print("families:", ", ".join(sorted(fams)))
    for k in sorted(counts):
        print("  %-12s %d" % (k, counts[k]))
    for fn in (ID + ".log", ID + ".labels.jsonl"):
        with open(os.path.join(HERE, fn), "rb") as f:
            print(hashlib.md5(f.read()).hexdigest(), fn)


if __name__ == "__main__":
    main()
