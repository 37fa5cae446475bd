#!/usr/bin/env python3
"""Synthetic labeled log corpus "jf": homeless health care & supportive housing program.

Systems imitated (all people and identifiers are synthetic; program, shelter, pharmacy and
OTP names are fictional):
  - street medicine outreach app (React Native: Android logcat ReactNativeJS/OkHttp lines,
    iOS os_log lines, offline outbox / WatermelonDB sync queue)
  - HMIS exports (HUD CSV: Export, Client, Enrollment, Exit, Assessment, AssessmentQuestions,
    Project; header lines and rows) and the Python export job's logging
  - coordinated entry (VI-SPDAT-like JSON assessments with notes, matcher log)
  - shelter bed check-in kiosk (key=value logs, QR/ID scans, fingerprint enrolment)
  - mobile clinic van EHR (HL7 v2.5.1 ADT segments one per line, Spring Boot sync service,
    CUPS page_log/error_log, ZPL wristband labels)
  - benefits (SOAR/SSI, Medi-Cal) status e-mails one physical line per header/body line,
    postfix mail log, X12 270/271 eligibility segments
  - pharmacy / methadone (OTP) coordination: fax OCR service, HylaFAX xferfaxlog,
    pharmacy webhook JSON, Twilio SMS webhooks
  - case notes written by people (nicknames, approximate dates, Spanish)
  - safe-parking lot log, Lifeline phone issue log, CGM device sync, document-upload portal
    (nginx), postgres, syslog/systemd, kube probes, prometheus, sentry noise.

Labeling decisions:
  - Only identifiers of clients/patients and of their relatives, emergency contacts and
    payees are labeled. Staff (outreach workers, RNs, NPs, case managers, SOAR specialists,
    pharmacists, OTP counselors, assessors), vendors, agencies, shelters, pharmacies, the
    clinic van, and their phones/faxes/e-mails/addresses/NPIs/user IDs are not labeled.
  - Street names / nicknames ("Smokey", "Big Mike") of clients are labeled name. Names are
    labeled per token group as written: "Last, First" is one span; "First Last" one span;
    delimited fields (HL7 XPN "LAST^FIRST^M", X12 "LAST*FIRST", file names
    "LAST_FIRST") are one span from family name through the last non-empty component.
    A greeting first name ("Hi Ray") is labeled.
  - address: street lines, encampment spots / cross streets / landmarks where a client
    sleeps or was seen, the client's city, and GPS lat/lng of a client encounter (lat and
    lng each a span when in separate fields, one span when written as "lat,lng"). State
    alone is not labeled. ZIP codes of a client -> zip. Shelter/facility addresses are not.
  - date: DOB, entry/exit/engagement/move-in, assessment, service, admission, dose,
    appointment, pickup, coverage, claim and ID-card expiry dates tied to a client, in any format,
    including HL7/X12 compact dates and approximate dates that still name a month, day
    or holiday ("early Feb", "around the 5th", "Thanksgiving"). Not labeled: log/message/
    record-audit timestamps (MSH-7, EVN, DateCreated/DateUpdated, e-mail Date:, ISA/GS),
    relative dates ("last week"), bare years (YearEnteredService), export periods.
  - age: only ages 90 and over are labeled; younger ages are left unlabeled.
  - ssn: full SSNs in any format and HMIS partial SSNs ("xxxxx4821") are labeled ssn.
  - mrn: EHR MRN, OTP (methadone clinic) patient number, pharmacy patient number.
  - health_plan: Medi-Cal CIN, Medicare MBI, plan member IDs (HL7 IN1-36, X12 NM1 MI).
  - account: patient account numbers (HL7 PID-18), guarantor billing accounts, payee bank
    account and Direct Express card numbers (bank routing numbers are not labeled).
  - license: a client's driver licence / state ID card number.
  - vehicle: plate and VIN of a vehicle a client lives in; the clinic van's plate/VIN not.
  - device: IMEI of a Lifeline phone issued to a client, serials of a client's CGM.
  - other_id: numbers/codes assigned to a client or their case: HMIS PersonalID,
    EnrollmentID, HouseholdID, ExitID, AssessmentID, CE assessment numbers, kiosk card
    numbers, EHR visit/encounter numbers, Rx numbers, SSA BNC numbers, Medi-Cal case /
    application numbers, portal usernames of clients. Not labeled: random UUID record keys,
    outbox item ids, message control ids, trace/span ids, job ids, fax job ids, bed
    numbers, ProjectID/ExportID/UserID.
  - ip: public IP of a client using the document-upload portal; private/internal IPs,
    probes and vendor relays are not labeled.
  - url: a client's personal URL (fundraiser page, social profile).
  - fax: a relative's fax number; business faxes (pharmacy, OTP, SSA) are not labeled.
  - photo: base64 payload of a client face photo (data-URI prefix excluded);
    biometric: base64 fingerprint template payload.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import uuid as _uuid

ID = "jf"
R = random.Random(2107)
HERE = os.path.dirname(os.path.abspath(__file__))
CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip", "biometric",
        "photo", "other_id"}


# ----------------------------------------------------------------- line builder
class Line:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []

    def add(self, p):
        if p is None:
            return
        if isinstance(p, str):
            self.buf += p.encode("utf-8")
        elif isinstance(p, tuple):
            val, cat = p
            if cat is None:
                self.buf += str(val).encode("utf-8")
                return
            assert cat in CATS, cat
            val = str(val)
            assert val and "\n" not in val
            s = len(self.buf)
            self.buf += val.encode("utf-8")
            self.spans.append((s, len(self.buf), cat, val))
        elif isinstance(p, list):
            for q in p:
                self.add(q)
        else:
            raise TypeError(p)


def mk(family, *pieces):
    ln = Line(family)
    for p in pieces:
        ln.add(p)
    return ln


# ----------------------------------------------------------------- JSON helpers
class Obj:
    def __init__(self, *kv):
        self.kv = kv


class Arr:
    def __init__(self, *items):
        self.items = items


class Txt:
    """a JSON string made of pieces (str or labeled tuples); text is JSON-escaped."""
    def __init__(self, *pieces):
        self.pieces = pieces


def esc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def J(v, sp=False):
    cs, ks = (", ", ": ") if sp else (",", ":")
    if isinstance(v, Obj):
        out = ["{"]
        for i, (k, val) in enumerate(v.kv):
            if i:
                out.append(cs)
            out.append(json.dumps(k) + ks)
            out.append(J(val, sp))
        out.append("}")
        return out
    if isinstance(v, Arr):
        out = ["["]
        for i, val in enumerate(v.items):
            if i:
                out.append(cs)
            out.append(J(val, sp))
        out.append("]")
        return out
    if isinstance(v, Txt):
        out = ['"']
        for p in v.pieces:
            if isinstance(p, str):
                out.append(esc(p))
            else:
                assert esc(str(p[0])) == str(p[0]), p
                out.append(p)
        out.append('"')
        return out
    if isinstance(v, tuple):
        val, cat = v
        if isinstance(val, str):
            assert esc(val) == val, val
            return ['"', (val, cat), '"']
        return [(json.dumps(val), cat)]
    return json.dumps(v, ensure_ascii=False)


def csv_row(vals, sep=","):
    out = []
    for i, v in enumerate(vals):
        if i:
            out.append(sep)
        if isinstance(v, tuple):
            s, cat = v
            s = str(s)
            if cat and (sep in s or '"' in s):
                assert '"' not in s
                out += ['"', (s, cat), '"']
            else:
                out.append((s, cat))
        else:
            s = "" if v is None else str(v)
            if sep in s or '"' in s:
                s = '"' + s.replace('"', '""') + '"'
            out.append(s)
    return out


# ----------------------------------------------------------------- clock & formats
CLK = [dt.datetime(2024, 3, 11, 5, 48, 12, 311000)]


def tick(lo=4, hi=760):
    CLK[0] += dt.timedelta(seconds=R.randint(lo, hi), milliseconds=R.randint(0, 999))
    return CLK[0]


def now():
    return CLK[0]


def _ms(t):
    return "%03d" % (t.microsecond // 1000)


def ts_iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + _ms(t) + "-07:00"


def ts_z(t):
    u = t + dt.timedelta(hours=7)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + _ms(u) + "Z"


def ts_zs(t):
    u = t + dt.timedelta(hours=7)
    return u.strftime("%Y-%m-%dT%H:%M:%SZ")


def ts_logcat(t):
    return t.strftime("%m-%d %H:%M:%S.") + _ms(t)


def ts_ios(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%06d" % t.microsecond + "-0700"


def ts_sys(t):
    return "%s %2d %s" % (t.strftime("%b"), t.day, t.strftime("%H:%M:%S"))


def ts_clf(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S -0700")


def ts_py(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + _ms(t)


def ts_spring(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + _ms(t)


def ts_pg(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + _ms(t) + " PDT"


def ts_hl7(t):
    return t.strftime("%Y%m%d%H%M%S")


def ts_mail(t):
    return t.strftime("%a, %d %b %Y %H:%M:%S -0700")


def ts_csv(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


DATE_STYLES = ["iso", "us", "us_nz", "us_short", "text", "long", "dmy", "oracle", "compact", "eu"]


def fd(d, style=None):
    style = style or R.choice(DATE_STYLES)
    if style == "iso":
        return d.isoformat()
    if style == "us":
        return "%02d/%02d/%d" % (d.month, d.day, d.year)
    if style == "us_nz":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "us_short":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if style == "text":
        return "%s %d, %d" % (d.strftime("%b"), d.day, d.year)
    if style == "long":
        return "%s %d, %d" % (d.strftime("%B"), d.day, d.year)
    if style == "dmy":
        return "%d %s %d" % (d.day, d.strftime("%B"), d.year)
    if style == "oracle":
        return ("%02d-%s-%d" % (d.day, d.strftime("%b"), d.year)).upper()
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "eu":
        return "%02d.%02d.%d" % (d.day, d.month, d.year)
    if style == "md":
        return "%d/%d" % (d.month, d.day)
    raise ValueError(style)


def fp(p, style=None):
    a, b, c = p
    style = style if style is not None else R.randint(0, 7)
    return ["(%s) %s-%s", "%s-%s-%s", "%s%s%s", "+1%s%s%s", "+1 %s %s %s", "%s.%s.%s",
            "(%s)%s-%s", "1-%s-%s-%s"][style] % (a, b, c)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    return str(_uuid.UUID(int=R.getrandbits(128), version=4))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def luhn_check(payload):
    tot = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


VIN_MAP = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(prefix):
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(prefix + "".join(R.choice(chars) for _ in range(8 - len(prefix))) + "0" +
             R.choice("WXY123456789ABCDEFGHJ") + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(6))
    tot = sum((int(ch) if ch.isdigit() else VIN_MAP[ch]) * w for ch, w in zip(v, VIN_W))
    cd = tot % 11
    v[8] = "X" if cd == 10 else str(cd)
    return "".join(v)


def b64blob(prefix, n):
    raw = bytes(R.getrandbits(8) for _ in range(n))
    return prefix + base64.b64encode(raw).decode()[: n]


# ----------------------------------------------------------------- people
NAMES = [
    ("Darnell", "J", "Whitaker", "Smokey", "M"), ("Marta", "Elena", "Rosales", None, "F"),
    ("Bao", "", "Tran", "Bobby", "M"), ("Keisha", "", "Brown", None, "F"),
    ("Ahmad", "", "Rahimi", None, "M"), ("Mariam", "", "Haile", None, "F"),
    ("Tevita", "", "Fifita", "Big T", "M"), ("Siobhan", "M", "O'Connell", None, "F"),
    ("Jean-Baptiste", "", "Moreau", "JB", "M"), ("Lan", "Thị", "Nguyễn", None, "F"),
    ("Luis Alberto", "", "García-López", "Güero", "M"), ("Olumide", "", "Adeyemi", None, "M"),
    ("Dmitri", "", "Volkov", "Dima", "M"), ("Priya", "", "Raman", None, "F"),
    ("Wei", "", "Chen", None, "M"), ("Rosa María", "", "de la Cruz", "Mama Rosa", "F"),
    ("Hendrik", "", "van der Berg", None, "M"), ("Kalani", "", "Kahananui", None, "F"),
    ("Yusuf", "", "Abdi", None, "M"), ("Fatima", "", "Al-Sayed", None, "F"),
    ("Joseph", "R", "Whitehorse", "Joe", "M"), ("Raymond", "", "LeBlanc", "Ray", "M"),
    ("Tamika", "", "Jefferson-Hayes", None, "F"), ("Gustavo", "", "Ibarra", "Tavo", "M"),
    ("Ilse", "", "Müller", None, "F"), ("Marisol", "", "Peña", None, "F"),
    ("Kwame", "", "Mensah", None, "M"), ("Bernard", "T", "McAllister", "Preacher", "M"),
    ("Consuelo", "", "Barajas", None, "F"), ("Dong-hyun", "", "Park", None, "M"),
    ("Ngozi", "", "Eze", None, "F"), ("Edwin", "", "Castillo", None, "M"),
    ("Amara", "", "Diallo", None, "F"), ("Tomasz", "", "Wiśniewski", "Tommy", "M"),
    ("Lakshmi", "", "Subramanian", None, "F"), ("Patrick", "", "Doyle", "Red", "M"),
    ("Beatriz", "", "da Silva", None, "F"), ("Mohammed", "", "El Amrani", None, "M"),
    ("Hung", "", "Vo", "Tiny", "M"), ("Earl", "W", "Pettaway", None, "M"),
    ("Dolores", "", "Ybarra", None, "F"), ("Michael", "", "Okonkwo", "Big Mike", "M"),
    ("Shauna-Lee", "", "Baptiste", "Sunny", "F"), ("Cody", "", "Two Bulls", None, "M"),
    ("Ana Lucía", "", "Quispe Mamani", None, "F"),
]
OLD = {"Consuelo": dt.date(1932, 8, 19), "Earl": dt.date(1930, 11, 2), "Ilse": dt.date(1933, 5, 27)}

# (as written, given, family, gender)
RELATIVES = [("Lorraine Whitaker", "Lorraine", "Whitaker", "F"), ("Gloria Rosales", "Gloria", "Rosales", "F"),
             ("Minh Tran", "Minh", "Tran", "M"), ("DeShawn Brown", "DeShawn", "Brown", "M"),
             ("Sima Rahimi", "Sima", "Rahimi", "F"), ("Selam Haile", "Selam", "Haile", "F"),
             ("Mele Fifita", "Mele", "Fifita", "F"), ("Aoife O'Connell", "Aoife", "O'Connell", "F"),
             ("Claudine Moreau", "Claudine", "Moreau", "F"), ("Nguyễn Văn Hùng", "Hùng", "Nguyễn", "M"),
             ("Yolanda García", "Yolanda", "García", "F"), ("Funmi Adeyemi", "Funmi", "Adeyemi", "F"),
             ("Irina Volkova", "Irina", "Volkova", "F"), ("Arjun Raman", "Arjun", "Raman", "M"),
             ("Chen Mei", "Mei", "Chen", "F"), ("Josefina de la Cruz", "Josefina", "de la Cruz", "F"),
             ("Marieke van der Berg", "Marieke", "van der Berg", "F"), ("Leilani Kahananui", "Leilani", "Kahananui", "F"),
             ("Hodan Abdi", "Hodan", "Abdi", "F"), ("Omar Al-Sayed", "Omar", "Al-Sayed", "M"),
             ("Bernadette Whitehorse", "Bernadette", "Whitehorse", "F"), ("Lucille LeBlanc", "Lucille", "LeBlanc", "F"),
             ("Andre Hayes", "Andre", "Hayes", "M"), ("Rocío Ibarra", "Rocío", "Ibarra", "F"),
             ("Greta Müller", "Greta", "Müller", "F"), ("Inés Peña", "Inés", "Peña", "F"),
             ("Abena Mensah", "Abena", "Mensah", "F"), ("Ruth McAllister", "Ruth", "McAllister", "F"),
             ("Teresa Barajas", "Teresa", "Barajas", "F"), ("Park Ji-woo", "Ji-woo", "Park", "F"),
             ("Chidi Eze", "Chidi", "Eze", "M"), ("Maribel Castillo", "Maribel", "Castillo", "F"),
             ("Fatoumata Diallo", "Fatoumata", "Diallo", "F"), ("Agnieszka Wiśniewska", "Agnieszka", "Wiśniewska", "F"),
             ("Meena Subramanian", "Meena", "Subramanian", "F"), ("Kathleen Doyle", "Kathleen", "Doyle", "F"),
             ("Joana da Silva", "Joana", "da Silva", "F"), ("Khadija El Amrani", "Khadija", "El Amrani", "F"),
             ("Vo Thi Mai", "Mai", "Vo", "F"), ("Denise Pettaway", "Denise", "Pettaway", "F"),
             ("Ramón Ybarra", "Ramón", "Ybarra", "M"), ("Chioma Okonkwo", "Chioma", "Okonkwo", "F"),
             ("Marcel Baptiste", "Marcel", "Baptiste", "M"), ("Vera Two Bulls", "Vera", "Two Bulls", "F"),
             ("Wilfredo Quispe", "Wilfredo", "Quispe", "M")]
REL_KIND = {"F": ["sister", "mother", "daughter", "aunt", "cousin", "niece", "wife", "partner"],
            "M": ["brother", "son", "uncle", "cousin", "nephew", "husband", "partner", "father"]}
REL_ES = {"sister": "hermana", "mother": "mamá", "daughter": "hija", "aunt": "tía", "cousin": "primo/a",
          "niece": "sobrina", "wife": "esposa", "partner": "pareja", "brother": "hermano", "son": "hijo",
          "uncle": "tío", "nephew": "sobrino", "husband": "esposo", "father": "papá"}
SPOTS = ["Wood St & 26th St", "under I-880 at 5th Ave", "Lake Merritt pergola",
         "E 12th St & 23rd Ave", "Mandela Pkwy near 32nd St", "Home Depot lot on Alameda Ave",
         "High St & Coliseum Way", "San Pablo Ave & 35th St", "MacArthur BART overpass",
         "Union Point Park", "Brush St & 7th St", "Fruitvale Ave & E 7th St",
         "behind the Safeway on Broadway", "Embarcadero under the 880", "Athol Plaza",
         "Martin Luther King Jr Way & 27th", "Coliseum BART lot", "E 14th St & 98th Ave"]
STREETS = ["1450 E 12th St Apt 3", "2719 Foothill Blvd", "908 Castro St #2", "3321 Market St",
           "5720 International Blvd Apt 14", "1187 36th Ave", "414 Hegenberger Rd", "67 Fairmount Ave Unit B",
           "2204 Seminary Ave", "1902 Linden St", "3560 Fruitvale Ave Apt 6", "811 Clay St Rm 410",
           "4127 Telegraph Ave", "160 Grand Ave Apt 1207", "9815 MacArthur Blvd", "1355 Kirkham St"]
CITIES = ["Oakland", "Oakland", "Oakland", "San Leandro", "Hayward", "Berkeley", "Emeryville",
          "Richmond", "Fresno", "Stockton", "Alameda", "Vallejo"]
ZIPS = ["94601", "94603", "94605", "94606", "94607", "94608", "94609", "94610", "94612",
        "94621", "94577", "94541", "94702", "93706", "95205"]
AREAS = ["510", "341", "925", "415", "209", "559", "707"]


class Client:
    pass


def mk_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def mk_mbi():
    A = "ACDEFGHJKMNPQRTUVWXY"
    N = "0123456789"
    return (R.choice("123456789") + R.choice(A) + R.choice(A + N) + R.choice(N) + R.choice(A)
            + R.choice(A + N) + R.choice(N) + R.choice(A) + R.choice(A) + R.choice(N) + R.choice(N))


CLIENTS = []
for i, (f, m, l, nick, sex) in enumerate(NAMES):
    c = Client()
    c.first, c.middle, c.last, c.nick, c.sex = f, m, l, nick, sex
    c.dob = OLD.get(f) or dt.date(R.randint(1952, 2002), R.randint(1, 12), R.randint(1, 28))
    c.ssn = mk_ssn()
    c.mrn = "00" + str(R.randint(400000, 499999))
    c.pid = str(R.randint(400100, 439999))
    c.eid = str(R.randint(70000, 79999))
    c.hh = "HH" + str(R.randint(50000, 59999))
    c.cin = "9" + digits(7) + R.choice("ABCDEFGH")
    c.mbi = mk_mbi()
    c.phone = (R.choice(AREAS), "555", "01%02d" % R.randint(0, 99))
    c.email = R.choice(["%s.%s%d@gmail.com", "%s%s%d@yahoo.com", "%s_%s%d@outlook.com"]) % (
        f.split()[0].lower().replace("-", "").replace("í", "i"),
        l.split()[-1].lower().replace("'", "").replace("-", "").replace("ñ", "n").replace("ü", "u")
        .replace("ś", "s").replace("ễ", "e"), R.randint(1, 99))
    c.zip = R.choice(ZIPS)
    c.street = R.choice(STREETS)
    c.city = R.choice(CITIES)
    c.spot = R.choice(SPOTS)
    c.lat = round(R.uniform(37.745, 37.828), 5)
    c.lng = round(R.uniform(-122.295, -122.175), 5)
    c.otp = "HP-2" + digits(4)
    c.rph = "FCP-" + digits(5)
    c.dl = R.choice("ABCDEFGNY") + digits(7)
    c.card = "SB-" + digits(5)
    c.rel, c.rel_given, c.rel_family, g_ = RELATIVES[i]
    c.rel_kind = R.choice(REL_KIND[g_])
    c.rel_phone = (R.choice(AREAS), "555", "01%02d" % R.randint(0, 99))
    c.acct = "77" + digits(8)
    base_f = f.split()[0].lower().replace("-", "").replace("í", "i")
    base_l = (l.split()[-1].lower().replace("'", "").replace("-", "").replace("ñ", "n").replace("ü", "u")
              .replace("ś", "s").replace("ễ", "e"))
    c.username = R.choice(["%s.%s%d" % (base_f, base_l, R.randint(50, 99)), base_f[0] + base_l,
                           "%s_%s%02d" % (base_f, base_l, R.randint(10, 99))])
    CLIENTS.append(c)


def age_of(c, on=None):
    on = on or now().date()
    return on.year - c.dob.year - ((on.month, on.day) < (c.dob.month, c.dob.day))


OLD_CLIENTS = [c for c in CLIENTS if c.first in OLD]


def pick(old_p=0.0):
    if old_p and R.random() < old_p:
        return R.choice(OLD_CLIENTS)
    return R.choice(CLIENTS)


def nm(c, style=None):
    """return (text) of a client name in a chosen style"""
    style = style if style is not None else R.randint(0, 8)
    f, l = c.first, c.last
    if style == 0:
        return "%s %s" % (f, l)
    if style == 1:
        return "%s, %s" % (l, f)
    if style == 2:
        return "%s, %s" % (l.upper(), f.upper())
    if style == 3:
        return "%s %s" % (f.upper(), l.upper())
    if style == 4:
        return "%s. %s" % (f[0], l)
    if style == 5:
        return "%s %s" % (f.lower(), l.lower())
    if style == 6:
        return "%s %s." % (f, l[0])
    if style == 7:
        return ("%s %s %s" % (f, c.middle, l)) if c.middle else "%s %s" % (f, l)
    if style == 8:
        return "%s,%s" % (l.upper(), f.upper())
    raise ValueError


def svc_date(back=40):
    return now().date() - dt.timedelta(days=R.randint(0, back))


def fut_date(lo=1, hi=45):
    return now().date() + dt.timedelta(days=R.randint(lo, hi))


STAFF = ["Marcus Bell", "Jenny Alvarez", "Patrice Dubois RN", "Alejandro Ruiz NP", "Hannah Lindqvist",
         "Kenji Ishikawa PharmD", "Dr. Farah Siddiqui", "Teo Salazar", "Anita Vargas", "Samira Haddad",
         "Owen Fitzgerald", "Grace Oyelaran"]
STAFF_SHORT = ["M.Bell", "J.Alvarez", "PDubois", "ARuiz", "hlindqvist", "kishikawa", "fsiddiqui",
               "tsalazar", "avargas", "shaddad", "ofitz", "goyelaran"]
STAFF_MAIL = ["mbell", "jalvarez", "pdubois", "aruiz", "hlindqvist", "kishikawa", "fsiddiqui",
              "tsalazar", "avargas", "shaddad", "ofitzgerald", "goyelaran"]
DOM = "esmc-streetmed.org"
API = "https://api.esmc-streetmed.org"
APP_PID = [4412]


# ================================================================= generators (PHI)
def g_rn_outbox():
    c = pick()
    t = tick()
    disp = c.nick if (c.nick and R.random() < 0.6) else nm(c, R.choice([0, 1, 6]))
    svc = R.sample(["wound_care", "naloxone_kit", "bp_check", "hep_c_screen", "socks_hygiene",
                    "bupe_induction", "glucose", "referral_soar", "tb_screen"], 2)
    payload = Obj(("clientId", (c.pid, "other_id")), ("displayName", (disp, "name")),
                  ("dob", (fd(c.dob, "iso"), "date")),
                  ("serviceDate", (fd(svc_date(2), "iso"), "date")),
                  ("loc", Obj(("lat", (c.lat, "address")), ("lng", (c.lng, "address")), ("acc", R.randint(5, 40)))),
                  ("services", Arr(*svc)), ("staffId", R.randint(100, 160)))
    return [mk("rn_logcat", "%s  %d  %d I ReactNativeJS: [OfflineQueue] enqueue " % (ts_logcat(t), APP_PID[0], R.randint(4420, 4520)),
               J(Obj(("op", "encounter.create"), ("localId", uuid4()), ("attempt", 0), ("payload", payload))))]


def g_rn_retry():
    c = pick()
    t = tick()
    n = R.randint(2, 5)
    kind = R.choice(["vitals.create", "encounter.update", "note.create", "referral.create"])
    return [mk("rn_logcat", "%s  %d  %d W ReactNativeJS: [OfflineQueue] retry %d/5 item=%s type=%s client=\"" % (
        ts_logcat(t), APP_PID[0], R.randint(4420, 4520), n, uuid4()[:8], kind), (nm(c, R.choice([1, 2, 0])), "name"),
        "\" err=%s backoff=%dms" % (R.choice(["Network request failed", "timeout of 15000ms exceeded", "Request failed with status code 502"]), 2 ** n * 1000))]


def g_rn_conflict():
    c = pick()
    t = tick()
    d2 = c.dob.replace(day=c.dob.month) if c.dob.month <= 28 else c.dob
    field = R.choice(["dob", "lastName", "phone"])
    if field == "dob":
        loc, rem, cat = fd(c.dob, "iso"), fd(d2 if d2 != c.dob else c.dob + dt.timedelta(days=365), "iso"), "date"
    elif field == "lastName":
        loc, rem, cat = c.last, c.last.upper(), "name"
    else:
        loc, rem, cat = fp(c.phone, 2), fp(c.phone, 2)[:-1] + str((int(c.phone[2][-1]) + 1) % 10), "phone"
    return [mk("rn_logcat", "%s  %d  %d E ReactNativeJS: [Sync] conflict clients/" % (ts_logcat(t), APP_PID[0], R.randint(4420, 4520)),
               (c.pid, "other_id"), " field=%s local=" % field, (loc, cat), " remote=", (rem, cat),
               " resolution=%s" % R.choice(["server_wins", "manual_review"]))]


def g_rn_draft():
    c = pick(0.2)
    t = tick()
    notes = Txt("Found at ", (c.spot, "address"), ". Says ", (c.rel_given, "name"), " (", c.rel_kind, ") ",
                "still has his meds" if c.sex == "M" else "still has her meds", ".\nDeclined shelter tonight.")
    draft = Obj(("nickname", (c.nick or c.first, "name")), ("firstName", (c.first, "name")),
                ("lastName", ""), ("approxAge", age_of(c) if age_of(c) < 90 else (age_of(c), "age")),
                ("notes", notes), ("consentVerbal", True))
    return [mk("rn_logcat", "%s  %d  %d I ReactNativeJS: action ENCOUNTER/SAVE_DRAFT @ %s " % (
        ts_logcat(t), APP_PID[0], R.randint(4420, 4520), t.strftime("%H:%M:%S.") + _ms(t)), J(Obj(("draft", draft))))]


def g_ios_photo():
    c = pick()
    t = tick()
    blob = b64blob("/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8U", 120)
    return [mk("rn_ios", "%s StreetMed[812:%d] [javascript] PhotoCapture.upload " % (ts_ios(t), R.randint(20000, 29999)),
               J(Obj(("clientId", (c.pid, "other_id")), ("consent", True), ("mime", "image/jpeg"),
                     ("w", 480), ("h", 640), ("data", Txt("data:image/jpeg;base64,", (blob, "photo"))))))]


def g_ios_lookup():
    c = pick()
    t = tick()
    return [mk("rn_ios", "%s StreetMed[812:%d] [javascript] [ClientSearch] q=\"" % (ts_ios(t), R.randint(20000, 29999)),
               (c.nick.lower() if c.nick else c.last.lower(), "name"), "\" results=%d top={id:" % R.randint(1, 4), (c.pid, "other_id"),
               ", dob:", (fd(c.dob, "us"), "date"), ", lastSeen:'", (c.spot, "address"), "'} %dms" % R.randint(12, 300))]


# ---- HMIS CSV
EXPORT_ID = "ESMC-20240311"
CLIENT_HDR = ("PersonalID,FirstName,MiddleName,LastName,NameSuffix,NameDataQuality,SSN,SSNDataQuality,DOB,"
              "DOBDataQuality,AmIndAKNative,Asian,BlackAfAmerican,HispanicLatinaeo,MidEastNAfrican,NativeHIPacific,"
              "White,RaceNone,AdditionalRaceEthnicity,Woman,Man,NonBinary,CulturallySpecific,Transgender,Questioning,"
              "DifferentIdentity,GenderNone,DifferentIdentityText,VeteranStatus,YearEnteredService,YearSeparated,"
              "WorldWarII,KoreanWar,VietnamWar,DesertStorm,AfghanistanOEF,IraqOIF,IraqOND,OtherTheater,MilitaryBranch,"
              "DischargeStatus,DateCreated,DateUpdated,UserID,DateDeleted,ExportID")
ENR_HDR = ("EnrollmentID,PersonalID,ProjectID,EntryDate,HouseholdID,RelationshipToHoH,EnrollmentCoC,LivingSituation,"
           "LengthOfStay,LOSUnderThreshold,PreviousStreetESSH,DateToStreetESSH,TimesHomelessPastThreeYears,"
           "MonthsHomelessPastThreeYears,DisablingCondition,DateOfEngagement,MoveInDate,DateOfPATHStatus,"
           "ClientEnrolledInPATH,ReasonNotEnrolled,LastPermanentStreet,LastPermanentCity,LastPermanentState,"
           "LastPermanentZIP,AddressDataQuality,DateCreated,DateUpdated,UserID,DateDeleted,ExportID")
EXIT_HDR = ("ExitID,EnrollmentID,PersonalID,ExitDate,Destination,DestinationSubsidyType,OtherDestination,"
            "HousingAssessment,SubsidyInformation,ProjectCompletionStatus,DateCreated,DateUpdated,UserID,DateDeleted,ExportID")
ASMT_HDR = ("AssessmentID,EnrollmentID,PersonalID,AssessmentDate,AssessmentLocation,AssessmentType,AssessmentLevel,"
            "PrioritizationStatus,DateCreated,DateUpdated,UserID,DateDeleted,ExportID")
AQ_HDR = ("AssessmentQuestionID,AssessmentID,EnrollmentID,PersonalID,AssessmentQuestionGroup,AssessmentQuestionOrder,"
          "AssessmentQuestion,AssessmentAnswer,DateCreated,DateUpdated,UserID,DateDeleted,ExportID")
EXPORT_HDR = ("ExportID,SourceType,SourceID,SourceName,SourceContactFirst,SourceContactLast,SourceContactPhone,"
              "SourceContactExtension,SourceContactEmail,ExportDate,ExportStartDate,ExportEndDate,SoftwareName,"
              "SoftwareVersion,CSVVersion,ExportPeriodType,ExportDirective,HashStatus,ImplementationID")
PROJ_HDR = ("ProjectID,OrganizationID,ProjectName,ProjectCommonName,OperatingStartDate,OperatingEndDate,ContinuumProject,"
            "ProjectType,HousingType,RRHSubType,ResidentialAffiliation,TargetPopulation,HOPWAMedAssistedLivingFac,PITCount,"
            "DateCreated,DateUpdated,UserID,DateDeleted,ExportID")


def audit():
    c1 = dt.datetime(2023, R.randint(1, 12), R.randint(1, 28), R.randint(8, 18), R.randint(0, 59), R.randint(0, 59))
    c2 = now() - dt.timedelta(hours=R.randint(1, 400), minutes=R.randint(0, 59))
    return [ts_csv(c1), ts_csv(c2), str(R.randint(101, 168)), "", EXPORT_ID]


def g_hmis_client():
    out = [mk("hmis_csv", CLIENT_HDR)]
    for c in R.sample(CLIENTS, R.randint(3, 5)):
        tick(0, 2)
        r = R.random()
        if r < 0.55:
            ssn, q = (c.ssn.replace("-", ""), "ssn"), "1"
        elif r < 0.8:
            ssn, q = ("xxxxx" + c.ssn[-4:], "ssn"), "2"
        else:
            ssn, q = "", "99"
        race = [0] * 7
        race[R.randint(0, 6)] = 1
        g = [0] * 8
        g[0 if c.sex == "F" else 1] = 1
        vet = 1 if R.random() < 0.15 and c.sex == "M" else 0
        yrs = [str(c.dob.year + 19), str(c.dob.year + 23)] if vet else ["", ""]
        th = ["0"] * 8 if vet else [""] * 8
        if vet:
            th[R.randint(2, 6)] = "1"
        vals = [(c.pid, "other_id"), (c.first, "name"), (c.middle, "name") if c.middle else "", (c.last, "name"), "", "1",
                ssn, q, (fd(c.dob, "iso"), "date"), "1"] + [str(x) for x in race] + ["", ""] + [str(x) for x in g] + \
               ["", str(vet)] + yrs + th + (["1", "1"] if vet else ["", ""]) + audit()
        assert len(vals) == len(CLIENT_HDR.split(",")), len(vals)
        out.append(mk("hmis_csv", csv_row(vals)))
    return out


def g_hmis_enrollment():
    out = [mk("hmis_csv", ENR_HDR)]
    for c in R.sample(CLIENTS, R.randint(3, 4)):
        entry = svc_date(200)
        street_since = entry - dt.timedelta(days=R.randint(60, 2000))
        eng = entry + dt.timedelta(days=R.randint(0, 20))
        has_addr = R.random() < 0.6
        vals = [(c.eid, "other_id"), (c.pid, "other_id"), R.choice(["1207", "1211", "1302"]), (fd(entry, "iso"), "date"),
                (c.hh, "other_id"), "1", "CA-502", "116", R.choice(["4", "5"]), "", "1", (fd(street_since, "iso"), "date"),
                "4", R.choice(["109", "110", "111", "112", "113"]), R.choice(["0", "1"]), (fd(eng, "iso"), "date"), "",
                (fd(eng, "iso"), "date"), "1", "",
                (c.street, "address") if has_addr else "", (c.city, "address") if has_addr else "",
                "CA" if has_addr else "", (c.zip, "zip"), "1" if has_addr else "2"] + audit()
        assert len(vals) == len(ENR_HDR.split(","))
        out.append(mk("hmis_csv", csv_row(vals)))
    return out


def g_hmis_exit():
    out = [mk("hmis_csv", EXIT_HDR)]
    for c in R.sample(CLIENTS, R.randint(2, 3)):
        vals = [("X" + digits(6), "other_id"), (c.eid, "other_id"), (c.pid, "other_id"), (fd(svc_date(60), "iso"), "date"),
                R.choice(["435", "410", "116", "101", "215", "30"]), R.choice(["", "419", "439"]), "", R.choice(["", "1", "3"]),
                "", ""] + audit()
        out.append(mk("hmis_csv", csv_row(vals)))
    return out


def g_hmis_assessment():
    out = [mk("hmis_csv", ASMT_HDR)]
    for c in R.sample(CLIENTS, R.randint(2, 4)):
        vals = [("A24-" + digits(5), "other_id"), (c.eid, "other_id"), (c.pid, "other_id"), (fd(svc_date(90), "iso"), "date"),
                R.choice(["ESMC Mobile Van 2", "St. Brigid's Navigation Center", "Oakland CE Access Point - Downtown"]),
                R.choice(["1", "2", "3"]), R.choice(["1", "2"]), R.choice(["1", "2"])] + audit()
        out.append(mk("hmis_csv", csv_row(vals)))
    return out


def g_hmis_aq():
    out = [mk("hmis_csv", AQ_HDR)]
    c = pick()
    aid = "A24-" + digits(5)
    qs = [("Where do you sleep most frequently?", [(c.spot, "address")]),
          ("How many times have you received health care at an emergency department in the past six months?", str(R.randint(0, 9))),
          ("Is there a person or place we can contact to find you?", [(c.rel, "name"), " (%s) " % c.rel_kind, (fp(c.rel_phone), "phone")]),
          ("Total VI-SPDAT score", str(R.randint(4, 17))),
          ("Do you have any legal stuff going on right now?", R.choice(["No", "Yes", "Refused"])),
          ("Last permanent address", [(c.street, "address"), ", ", (c.city, "address"), " CA ", (c.zip, "zip")])]
    for i, (q, a) in enumerate(R.sample(qs, 4)):
        if isinstance(a, str):
            aval = [a]
        else:
            aval = a
        # quote answers that are lists (contain commas / free text)
        row = csv_row([digits(7), (aid, "other_id"), (c.eid, "other_id"), (c.pid, "other_id"), "VI-SPDAT", str(i + 1), q]) + \
            [",", '"'] + aval + ['"', ","] + csv_row(audit())
        out.append(mk("hmis_csv", row))
    return out


# ---- coordinated entry
def g_ce_json():
    c = pick(0.2)
    t = tick()
    subs = Obj(("A_history_of_housing", R.randint(0, 2)), ("B_risks", R.randint(0, 5)),
               ("C_socialization", R.randint(0, 4)), ("D_wellness", R.randint(0, 6)))
    tot = sum(v for _, v in subs.kv)
    a = age_of(c)
    approx = R.choice([
        lambda: (fd(dt.date(2023, R.randint(1, 12), 1), "text")[:3] + " 2023"),
        lambda: "early " + R.choice(["Jan", "Feb", "March"]),
        lambda: "Thanksgiving 2023",
        lambda: "around " + fd(svc_date(120), "md"),
    ])()
    notes = Txt("Usual sleeping spot: ", (c.spot, "address"), ", outside since ", (approx, "date"), ". Best contact: ",
                c.rel_kind, " ", (c.rel, "name"), " ", (fp(c.rel_phone), "phone"),
                ".\nER x%d in 6 mo. " % R.randint(1, 7), R.choice(["Has Medi-Cal.", "Medi-Cal lapsed.", "No ID."]))
    rec = Obj(("event", "assessment.completed"), ("assessment_id", ("CE-24-%05d" % R.randint(100, 9999), "other_id")),
              ("tool", "VI-SPDAT"), ("tool_version", "2.0"), ("hmis_personal_id", (c.pid, "other_id")),
              ("client_name", (nm(c, R.choice([0, 1, 7])), "name")), ("dob", (fd(c.dob, R.choice(["iso", "us"])), "date")),
              ("age", (a, "age") if a >= 90 else a), ("assessed_on", (fd(svc_date(5), "us"), "date")),
              ("assessor", R.choice(STAFF[:4] + STAFF[8:])), ("scores", subs), ("total", tot),
              ("acuity", "high" if tot >= 10 else "moderate" if tot >= 5 else "low"), ("notes", notes),
              ("contact_email", (c.email, "email") if R.random() < 0.4 else None), ("trace_id", hexs(32)))
    return [mk("ce_json", "%s ce-api[%d]: " % (ts_iso(t), R.randint(7, 9)), J(rec))]


def g_ce_match():
    c = pick()
    t = tick()
    return [mk("ce_log", "%s ce-matcher INFO match offer %s unit %s -> client " % (
        ts_zs(t), R.choice(["PSH", "RRH", "EHV"]), R.choice(["4B", "212", "3C", "B-07", "118"])),
        (c.pid, "other_id"), " (score %d, rank %d) expires " % (R.randint(8, 17), R.randint(1, 9)),
        (fd(fut_date(5, 14), R.choice(["us", "iso"])), "date"), " navigator=%s" % R.choice(STAFF_SHORT))]


# ---- kiosk
def g_kiosk_checkin():
    c = pick(0.25)
    t = tick()
    a = age_of(c)
    parts = ["%s kiosk-sb-0%d checkin[%d]: level=info evt=checkin method=%s card=" % (
        ts_iso(t), R.randint(1, 3), R.randint(2200, 2299), R.choice(["qr", "qr", "barcode", "manual"])),
        (c.card, "other_id"), " result=match client_id=", (c.pid, "other_id"), ' name="', (nm(c, 2), "name"),
        '" dob=', (fd(c.dob, "us"), "date")]
    if a >= 90:
        parts += [" age=", (str(a), "age"), " flags=ada,lower_bunk"]
    parts += [" bed=%s-%02d curfew=22:00" % (R.choice("WMA"), R.randint(1, 60))]
    return [mk("kiosk_kv", *parts)]


def g_kiosk_idscan():
    c = pick()
    t = tick()
    return [mk("kiosk_kv", "%s kiosk-sb-01 idscan[%d]: level=info evt=pdf417_parsed doc=%s dl_num=" % (
        ts_iso(t), R.randint(300, 399), R.choice(["CA_DL", "CA_ID"])), (c.dl, "license"),
        " last=", (c.last.upper(), "name"), " first=", (c.first.upper(), "name"), " dob=", (fd(c.dob, "compact"), "date"),
        " addr=", ("%s, %s" % (c.street.upper(), c.city.upper()), "address"), " zip=", (c.zip, "zip"),
        " exp=", ("%d%02d%02d" % (R.randint(2024, 2029), c.dob.month, c.dob.day), "date"), " linked_client=", (c.pid, "other_id"))]


def g_kiosk_fp():
    c = pick()
    t = tick()
    tpl = b64blob("Rk1SACAyMAAAAAE", 96)
    return [mk("kiosk_kv", "%s kiosk-sb-02 fpd[%d]: level=info evt=fp_enroll client_id=" % (ts_iso(t), R.randint(500, 599)),
               (c.pid, "other_id"), " finger=%s fmt=ISO19794-2 quality=%d template=" % (R.choice(["R_INDEX", "L_INDEX", "R_THUMB"]), R.randint(55, 98)),
               (tpl, "biometric"), " bytes=%d" % R.randint(480, 820))]


# ---- HL7 (mobile clinic van EHR)
def g_hl7():
    c = pick()
    t = tick()
    ctl = "MSG%08d" % R.randint(41000, 49999)
    out = [mk("hl7", "MSH|^~\\&|ESMC_VAN_EHR|ESMC^VAN2|ALCO_HIE|ACHCSA|%s||ADT^A04^ADT_A01|%s|P|2.5.1" % (ts_hl7(t), ctl)),
           mk("hl7", "EVN|A04|%s|||%s" % (ts_hl7(t), R.choice(STAFF_SHORT).upper()))]
    xpn = "%s^%s^%s" % (c.last.upper(), c.first.upper(), c.middle.upper()) if c.middle else "%s^%s" % (c.last.upper(), c.first.upper())
    if R.random() < 0.5:
        addr = [(c.spot.upper(), "address"), "^^", (R.choice(["OAKLAND", "OAKLAND", "SAN LEANDRO"]), "address"), "^CA^", (c.zip, "zip"), "^^H"]
    else:
        addr = [(c.street.upper(), "address"), "^^", (c.city.upper(), "address"), "^CA^", (c.zip, "zip"), "^^P"]
    out.append(mk("hl7", "PID|1||", (c.mrn, "mrn"), "^^^ESMC^MR~", (c.pid, "other_id"), "^^^HMIS^PI||", (xpn, "name"), "||",
                  (fd(c.dob, "compact"), "date"), "|%s|||" % c.sex, addr, "||", (fp(c.phone, 6), "phone"), "^PRN^CP|||||",
                  (c.acct, "account"), "|", (c.ssn, "ssn")))
    vis = "V%s-%04d" % (t.strftime("%y%m%d"), R.randint(1, 200))
    out.append(mk("hl7", "PV1|1|O|VAN2^^^ESMC||||1730594821^SIDDIQUI^FARAH^^^MD||||||||||||", (vis, "other_id"),
                  "|||||||||||||||||||||||||", (ts_hl7(t)[:12], "date")))
    if R.random() < 0.6:
        out.append(mk("hl7", "DG1|1||%s||" % R.choice(["L97.419^Non-pressure chronic ulcer of right heel^I10", "F11.20^Opioid dependence, uncomplicated^I10",
                                                      "E11.65^Type 2 diabetes mellitus with hyperglycemia^I10", "I10^Essential hypertension^I10",
                                                      "B18.2^Chronic viral hepatitis C^I10"]), (fd(t.date(), "compact"), "date"), "|W"))
    out.append(mk("hl7", "IN1|1|MCAL01|610442|MEDI-CAL ALAMEDA||||||||", (fd(dt.date(2023, R.randint(1, 12), 1), "compact"), "date"),
                  "|||", (xpn, "name"), "|01|", (fd(c.dob, "compact"), "date"), "|||||||||||||||||||", (c.cin, "health_plan")))
    if R.random() < 0.7:
        rx = "%s^%s" % (c.rel_family.upper(), c.rel_given.upper())
        out.append(mk("hl7", "NK1|1|", (rx, "name"), "|%s||" % {"sister": "SIS", "mother": "MTH", "brother": "BRO", "daughter": "DAU",
                                                               "son": "SON", "wife": "SPO", "husband": "SPO", "father": "FTH",
                                                               "partner": "DOM", "aunt": "AUN", "uncle": "UNC"}.get(c.rel_kind, "OTH"),
                      (fp(c.rel_phone, 6), "phone"), "||EC^Emergency Contact"))
    return out


def g_hl7_ack():
    t = tick(0, 3)
    ctl = "MSG%08d" % R.randint(41000, 49999)
    return [mk("hl7", "MSH|^~\\&|ALCO_HIE|ACHCSA|ESMC_VAN_EHR|ESMC^VAN2|%s||ACK^A04^ACK|%s|P|2.5.1" % (ts_hl7(t), "HIE" + digits(9))),
            mk("hl7", "MSA|AA|%s|Message accepted" % ctl)]


# ---- printer logs
def g_cups():
    c = pick()
    t = tick()
    job = R.randint(380, 990)
    out = [mk("cups", "I [%s] [Job %d] Queued on \"ZD421-VAN2\" by \"esmc-van\"." % (ts_clf(t), job)),
           mk("cups", "D [%s] [Job %d] ^XA^CI28^FO40,30^A0N,34,34^FD" % (ts_clf(t), job), (nm(c, 2), "name"),
              "^FS^FO40,72^A0N,26,26^FDDOB ", (fd(c.dob, "us"), "date"), "  MRN ", (c.mrn, "mrn"),
              "^FS^FO40,110^BCN,50,N^FD", (c.mrn, "mrn"), "^FS^XZ"),
           mk("cups", "ZD421-VAN2 esmc-van %d [%s] total 1 - 10.42.0.%d wristband_" % (job, ts_clf(tick(1, 4)), R.randint(10, 30)),
              ("%s_%s" % (c.last.upper().replace(" ", "-"), c.first.upper().replace(" ", "-")), "name"), "_",
              (fd(c.dob, "compact"), "date"), ".zpl - -")]
    return out


def g_rxlabel():
    c = pick()
    t = tick()
    rx = str(R.randint(6000000, 6099999))
    return [mk("cups", "QL820-VAN2 esmc-van %d [%s] 1 1 - 10.42.0.%d Rx%s " % (R.randint(380, 990), ts_clf(t), R.randint(10, 30), ""),
               (rx, "other_id"), " ", (nm(c, 1), "name"), " - 62x100")]


# ---- EHR sync (Spring Boot)
def g_spring_dup():
    c = pick()
    t = tick()
    return [mk("spring", "%s  WARN 1 --- [   scheduling-1] o.e.ehr.sync.PatientMatchService         : Potential duplicate: MRN " % ts_spring(t),
               (c.mrn, "mrn"), " ~ MRN ", ("00" + str(R.randint(400000, 499999)), "mrn"), " (score=0.%d, last=" % R.randint(82, 97),
               (c.last, "name"), ", dob=", (fd(c.dob, "iso"), "date"), ") queued for HIM review")]


def g_spring_hl7err():
    c = pick()
    t = tick()
    bad = fd(c.dob, "compact")[:-1]
    return [mk("spring", "%s ERROR 1 --- [nio-8080-exec-%d] o.e.ehr.hl7.AdtInboundHandler            : PID-7 '" % (ts_spring(t), R.randint(1, 9)),
               (bad, "date"), "' not a valid DTM for patient ", ("%s^%s" % (c.last.upper(), c.first.upper()), "name"),
               " (MRN ", (c.mrn, "mrn"), "); message %s rejected with AE" % ("MSG%08d" % R.randint(41000, 49999)))]


def g_spring_cgm():
    c = pick()
    t = tick()
    sn = R.choice(["MX", "0M", "3N"]) + "".join(R.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(9))
    return [mk("spring", "%s  INFO 1 --- [   cgm-poller-2] o.e.ehr.device.CgmUploadService          : reader sn=" % ts_spring(t),
               (sn, "device"), " linked to MRN ", (c.mrn, "mrn"), " readings=%d lastGlucose=%d mg/dL" % (R.randint(40, 300), R.randint(70, 340)))]


# ---- benefits e-mails
def g_email_soar():
    c = pick()
    t = tick()
    bnc = "24" + R.choice(["OK", "AL", "SF"]) + digits(7)
    ce = fut_date(5, 30)
    st = R.randint(0, 11)
    sname = STAFF[4]
    out = [mk("email", "From: \"SOAR Tracker\" <soar-tracker@%s>" % DOM),
           mk("email", "To: %s@%s, %s@%s" % (STAFF_MAIL[4], DOM, STAFF_MAIL[1], DOM)),
           mk("email", "Subject: [SOAR] Status update: ", (nm(c, 1), "name"), " - SSI initial claim - BNC# ", (bnc, "other_id")),
           mk("email", "Date: %s" % ts_mail(t)),
           mk("email", "Message-ID: <%s.%s@mail.%s>" % (hexs(16), hexs(8), DOM)),
           mk("email", "Hi %s, DDS (examiner ext. 4%03d) requested a consultative exam for " % (sname.split()[0], st),
              (nm(c, 0), "name"), " (DOB ", (fd(c.dob, "us"), "date"), ") on ", (fd(ce, "long"), "date"),
              " at %d:%02d AM." % (R.randint(8, 11), R.choice([0, 15, 30, 45]))),
           mk("email", "Best way to reach " + ("him" if c.sex == "M" else "her") + " is through " + ("his" if c.sex == "M" else "her") +
              " %s " % c.rel_kind, (c.rel, "name"), " at ", (fp(c.rel_phone), "phone"),
              ". Medical records from Highland received; SSA-827 on file."),
           mk("email", "-- SOAR Tracker (automated). Do not reply; contact %s, (510) 555-0148." % sname)]
    return out


def g_email_medical():
    c = pick()
    t = tick()
    case = "ALA-24-%07d" % R.randint(0, 9999999)
    es = R.random() < 0.35
    out = [mk("email", "From: Alameda County SSA <noreply-benefits@acgov-ssa.example>"),
           mk("email", "To: %s@%s" % (R.choice(STAFF_MAIL[:5]), DOM)),
           mk("email", "Subject: Medi-Cal Application %s - Case #" % ("Aprobada" if es else "Approved"), (case, "other_id")),
           mk("email", "Date: %s" % ts_mail(t))]
    start = dt.date(2024, R.randint(2, 4), 1)
    if es:
        out.append(mk("email", "La solicitud de ", (nm(c, 3), "name"), " (fecha de nacimiento ", (fd(c.dob, "eu"), "date"),
                      ") fue aprobada. CIN: ", (c.cin, "health_plan"), ". Cobertura a partir del ",
                      ("%d de %s de %d" % (start.day, ["enero", "febrero", "marzo", "abril", "mayo"][start.month - 1], start.year), "date"), "."))
    else:
        out.append(mk("email", "The application for ", (nm(c, 3), "name"), " (DOB ", (fd(c.dob, "us_nz"), "date"),
                      ") has been approved. CIN ", (c.cin, "health_plan"), " assigned; coverage begins ", (fd(start, "us"), "date"),
                      ", retro requested to ", (fd(dt.date(2023, 12, 1), "us"), "date"), "."))
    out.append(mk("email", "Mailing address on file: ", R.choice(["c/o ESMC, 1520 Broadway Ste 200, Oakland CA 94612 (program mail drop)",
                                                                 "General Delivery, Oakland Main Post Office, 1675 7th St"])))
    if R.random() < 0.5:
        out.append(mk("email", "Electronic notices will also be sent to ", (c.email, "email"), " per the applicant's request."))
    out.append(mk("email", "Questions: Eligibility Worker unit 14, (510) 555-0171, M-F 8-5."))
    return out


def g_email_reply():
    c = pick()
    t = tick()
    return [mk("email", "> On %s, %s <%s@%s> wrote:" % (t.strftime("%b %d, %Y, at %I:%M %p").replace(" 0", " "), STAFF[1], STAFF_MAIL[1], DOM)),
            mk("email", "> ", (c.nick or c.first, "name"), " came by the van today, signed the 1696 and the 827. ",
               ("His" if c.sex == "M" else "Her"), " new phone is ", (fp(c.phone), "phone"), " (Lifeline)."),
            mk("email", "Thanks Jenny - updated in the tracker. Next step is the SSA-3368 interview on ", (fd(fut_date(), "us_short"), "date"), ".")]


def g_postfix():
    t = tick()
    qid = hexs(10).upper()
    return [mk("postfix", "%s mail01 postfix/smtp[%d]: %s: to=<%s@%s>, relay=aspmx.l.google.com[142.250.141.%d]:25, delay=%.1f, delays=0.1/0/0.4/0.7, dsn=2.0.0, status=sent (250 2.0.0 OK  %d %s.%d - gsmtp)" % (
        ts_sys(t), R.randint(20000, 29999), qid, R.choice(STAFF_MAIL), DOM, R.randint(2, 250), R.uniform(0.6, 3.0),
        int(t.timestamp()), hexs(12), R.randint(1, 9)))]


# ---- X12 270/271
def g_x12():
    c = pick()
    t = tick()
    ctl = "%09d" % R.randint(4000, 9999)
    out = [mk("x12", "ISA*00*          *00*          *ZZ*ACDHCS         *ZZ*ESMC0412       *%s*%s*^*00501*%s*0*P*:~" % (t.strftime("%y%m%d"), t.strftime("%H%M"), ctl)),
           mk("x12", "GS*HB*ACDHCS*ESMC0412*%s*%s*%d*X*005010X279A1~" % (t.strftime("%Y%m%d"), t.strftime("%H%M"), int(ctl))),
           mk("x12", "ST*271*0001*005010X279A1~"),
           mk("x12", "BHT*0022*11*%s*%s*%s~" % (hexs(10).upper(), t.strftime("%Y%m%d"), t.strftime("%H%M"))),
           mk("x12", "HL*1**20*1~"),
           mk("x12", "NM1*PR*2*CALIFORNIA DHCS*****PI*610442~"),
           mk("x12", "HL*2*1*21*1~"),
           mk("x12", "NM1*1P*2*EAST BAY STREET MEDICINE COLLABORATIVE*****XX*1588044217~"),
           mk("x12", "HL*3*2*22*0~"),
           mk("x12", "NM1*IL*1*", ("%s*%s" % (c.last.upper(), c.first.upper()), "name"), "****MI*", (c.cin, "health_plan"), "~"),
           mk("x12", "DMG*D8*", (fd(c.dob, "compact"), "date"), "*%s~" % c.sex),
           mk("x12", "DTP*291*D8*", (fd(dt.date(2024, R.randint(1, 3), 1), "compact"), "date"), "~"),
           mk("x12", "EB*1*IND*30**MC~"),
           mk("x12", "SE*13*0001~"),
           mk("x12", "GE*1*%d~" % int(ctl)),
           mk("x12", "IEA*1*%s~" % ctl)]
    return out


# ---- faxes
def g_fax_ocr():
    c = pick()
    t = tick()
    job = "F%s-%04d" % (t.strftime("%y%m%d"), R.randint(1, 400))
    dose = R.choice([40, 55, 60, 75, 85, 90, 110, 120])
    last = svc_date(3)
    out = [mk("fax_ocr", "%s faxocr[%d] INFO job=%s from=+15105550%03d csid=\"HARBOR POINT OTP\" pages=2 dpi=204x196" % (
        ts_py(t), R.randint(3000, 3999), job, R.randint(900, 999))),
        mk("fax_ocr", "%s faxocr[%d] INFO job=%s p1 text=\"GUEST DOSING / DOSE VERIFICATION  Pt: " % (ts_py(tick(1, 5)), R.randint(3000, 3999), job),
           (nm(c, 2), "name"), "  DOB: ", (fd(c.dob, "us"), "date"), "  OTP#: ", (c.otp, "mrn"),
           "  Current dose: %d mg methadone  Last dosed: " % dose, (fd(last, "us_short"), "date"),
           "  Take-homes: none  Counselor: %s\"" % STAFF[8])]
    if R.random() < 0.6:
        out.append(mk("fax_ocr", "%s faxocr[%d] WARN job=%s p2 low confidence (0.%d) text=\"...verify pt photo ID (CA ID " % (
            ts_py(tick(1, 5)), R.randint(3000, 3999), job, R.randint(41, 69)), (c.dl, "license"),
            ") before dosing. Pharmacy fax (510) 555-0199 ...\""))
    return out


def g_fax_cover():
    c = pick()
    t = tick()
    a, b = svc_date(20), svc_date(2)
    if a > b:
        a, b = b, a
    return [mk("fax_ocr", "%s faxocr[%d] INFO job=F%s-%04d p1 text=\"FAX COVER  To: Fruitvale Community Pharmacy  Fax: 510-555-0199  From: ESMC Van 2 RN  Re: " % (
        ts_py(t), R.randint(3000, 3999), t.strftime("%y%m%d"), R.randint(1, 400)), (nm(c, 0), "name"), " pt# ", (c.rph, "mrn"),
        " - please send MAR for ", (fd(a, "md"), "date"), "-", (fd(b, "md"), "date"), ", bubble pack started ", (fd(a, "us_short"), "date"), "\"")]


def g_hylafax():
    c = pick()
    t = tick()
    tag = "Rx-reconcile %s %s" % (c.last, c.first[0])
    cut = len("Rx-reconcile ")
    return [mk("hylafax", "%s\tSEND\t%08d\tttyACM0\t%08d\t\"" % (ts_fax_(t), R.randint(800, 999), R.randint(400, 700)), "Rx-reconcile ",
               (tag[cut:], "name"), "\"\t%s@%s\t\"15105550199\"\t\"FRUITVALE COMM PHARM\"\t%d\t%d\t0:%02d\t0:%02d\t\"\"" % (
                   R.choice(STAFF_MAIL[:4]), DOM, R.choice([196, 204]), R.randint(1, 4), R.randint(20, 59), R.randint(15, 50)))]


def ts_fax_(t):
    return t.strftime("%m/%d/%y %H:%M")


# ---- pharmacy / SMS
def g_pharm():
    c = pick()
    t = tick()
    rec = Obj(("event", R.choice(["rx.ready", "rx.delivered", "rx.refill_due"])),
              ("rxNumber", (str(R.randint(6000000, 6099999)), "other_id")),
              ("patient", Obj(("id", (c.rph, "mrn")), ("name", (nm(c, 1), "name")), ("dob", (fd(c.dob, "iso"), "date")))),
              ("drug", R.choice(["buprenorphine-naloxone 8-2 mg film", "lisinopril 10 mg tab", "metformin 500 mg tab",
                                 "naloxone 4 mg nasal spray", "sofosbuvir-velpatasvir 400-100 mg", "olanzapine 10 mg"])),
              ("qty", R.choice([7, 14, 28, 30, 60])), ("deliverTo", "ESMC Van 2"),
              ("pickupBy", (fd(fut_date(1, 6), "iso"), "date")), ("pharmacistNpi", "1467753201"))
    return [mk("pharm_json", "%s INFO webhook.pharmacy " % ts_z(t), J(rec, sp=R.random() < 0.5))]


def g_twilio():
    c = pick()
    t = tick()
    d = fut_date(1, 10)
    spot = R.choice(["Wood St & 26th", "Lake Merritt pergola", "E 12th & 23rd Ave", "Coliseum BART lot"])
    if R.random() < 0.3:
        body = ["Hola ", (c.first.split()[0], "name"), ", la clínica móvil estará en %s el " % spot, (fd(d, "md"), "date"),
                " a las 10am. Responda STOP para cancelar."]
    else:
        body = ["Hi ", ((c.nick or c.first).split()[0] if c.nick != "Big Mike" and c.nick != "Big T" and c.nick != "Mama Rosa" else c.nick, "name"),
                ", it's %s from ESMC. Van will be at %s %s " % (R.choice(["Marcus", "Patrice", "Teo"]), spot, d.strftime("%a")),
                (fd(d, "md"), "date"), " 10am. Reply STOP to opt out"]
    return [mk("twilio", "%s twilio.webhook status=%s MessageSid=SM%s To=" % (ts_iso(t), R.choice(["delivered", "sent", "delivered"]), hexs(32)),
               (fp(c.phone, 3), "phone"), " From=+15105550100 Body=\"", body, "\"")]


def g_lifeline():
    c = pick()
    t = tick()
    imei = "35" + digits(12)
    imei += luhn_check(imei)
    return [mk("syslog", "%s inventory-svc[%d]: lifeline.issue imei=" % (ts_sys(t), R.randint(900, 999)), (imei, "device"),
               " msisdn=", (fp(c.phone, 3), "phone"), " carrier=%s client=" % R.choice(["SafeLink", "Assurance", "Tag Mobile"]),
               (c.pid, "other_id"), " issued_by=%s" % R.choice(STAFF_SHORT))]


# ---- portal / parking / case notes
def g_portal():
    c = pick()
    t = tick()
    ip = "%d.%d.%d.%d" % (R.choice([73, 98, 107, 172, 24, 67, 71]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    if ip.startswith("172."):
        ip = "174" + ip[3:]
    return [mk("nginx", (ip, "ip"), " - ", (c.username, "other_id"), " [%s] \"POST /api/v1/documents/upload?type=%s HTTP/2.0\" 201 %d \"https://docs.%s/upload\" \"Mozilla/5.0 (Linux; Android %d; %s) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Mobile Safari/537.36\" rt=%.3f" % (
        ts_clf(t), R.choice(["state_id", "ssa_letter", "birth_cert", "award_letter", "dd214"]), R.randint(80, 900), DOM,
        R.randint(10, 14), R.choice(["moto g pure", "SM-A136U", "Pixel 6a", "REVVL 6 5G"]), R.uniform(0.1, 2.5)))]


def g_parking():
    c = pick()
    t = tick()
    pl = str(R.randint(4, 9)) + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + digits(3)
    v = vin(R.choice(["1FD", "1GB", "1FT", "3N1", "JN8", "1HG"]))
    return [mk("safepark", "%s safe-parking lot=%s space=%d evt=checkin plate=" % (ts_iso(t), R.choice(["Lot-B", "Lot-C", "Coliseum"]), R.randint(1, 40)),
               (pl, "vehicle"), " st=CA vin=", (v, "vehicle"), " occupant=\"", (nm(c, R.choice([0, 1])), "name"),
               "\" vehicle=\"%s\" pets=%d" % (R.choice(["2004 Ford E-350 RV", "2011 Chevy Express", "1999 Winnebago Brave", "2008 Nissan Rogue"]), R.randint(0, 2)))]


NOTE_ORDER = []


def note_time(t):
    """people write notes in daytime; a log line at 03:00 carries a note authored the day before"""
    if 7 <= t.hour <= 20:
        return t
    return (t - dt.timedelta(days=1 if t.hour < 7 else 0)).replace(hour=R.randint(15, 19), minute=R.randint(0, 59))


def g_casenote():
    if not NOTE_ORDER:
        NOTE_ORDER.extend(R.sample(range(18), 18))
    k = NOTE_ORDER.pop()
    c = pick(0.3 if k in (2, 9) else 0.0)
    t = note_time(tick())
    auth = R.choice(STAFF_SHORT)
    disp = c.nick or c.first
    he, his, him = ("he", "his", "him") if c.sex == "M" else ("she", "her", "her")
    hdr = "[casenote] %s author=%s client=" % (t.strftime("%Y-%m-%d %H:%M"), auth)
    a = age_of(c)
    if k == 0:
        who = ["\"", (c.nick, "name"), "\" (", (nm(c, 6), "name"), ")"] if c.nick else [(nm(c, 6), "name")]
        return [mk("casenote", hdr, (c.pid, "other_id"), " :: Saw ", who, " at ",
                   (c.spot, "address"), " ~%dpm. Says %s got out of Highland around the " % (R.randint(1, 5), he),
                   ("%d%s" % (R.choice([3, 5, 8, 12]), "th"), "date"), ". Wound on L shin looks better, redressed. Gave 2 narcan kits.")]
    if k == 1:
        return [mk("casenote", "CM NOTE %d/%d - " % (t.month, t.day), (nm(c, 2), "name"), " - phone call w/ %s " % c.rel_kind, (c.rel, "name"), " ",
                   (fp(c.rel_phone), "phone"), ". Last saw %s " % him, ("early " + R.choice(["Jan", "Feb"]), "date"),
                   ", thinks %s was staying near " % he, (c.spot, "address"), ". Will ask outreach to look. -%s" % auth)]
    if k == 2:
        ag = [(str(a), "age"), " y/o"] if a >= 90 else ["%d y/o" % a]
        tail = [" Pt goes by \"", (c.nick, "name"), "\"."] if c.nick else [" Pt prefers ", (c.first.split()[0], "name"), "."]
        return [mk("casenote", "%s\tSOAP\t%s\tS: " % (t.strftime("%m/%d/%Y %H:%M"), auth), ag, " %s seen at " % c.sex,
                   (c.spot, "address"), ", c/o foot pain x1wk. O: BP %d/%d, HR %d, T 98.%d. A: cellulitis R foot. P: keflex x7d, f/u van " % (
                       R.randint(110, 170), R.randint(60, 100), R.randint(60, 110), R.randint(0, 9)), (fd(fut_date(2, 7), "md"), "date"), ".", tail)]
    if k == 3:
        return [mk("casenote", "nota %s (%s): " % (t.strftime("%d/%m"), auth), (c.first.split()[0], "name"), " ", (c.last, "name"),
                   " perdió su identificación otra vez, %s vimos cerca de " % ("lo" if c.sex == "M" else "la"), (c.spot, "address"),
                   ". Cita en DMV el ", (fd(fut_date(), "eu")[:5], "date"), ". Su %s " % REL_ES[c.rel_kind],
                   (c.rel, "name"), " tiene copia del acta de nacimiento.")]
    if k == 4:
        url = "gofundme.com/f/help-%s-%s-get-housed" % (c.first.split()[0].lower().replace("í", "i").replace("-", ""),
                                                        c.last.split()[-1].lower().replace("'", "").replace("ñ", "n").replace("ü", "u").replace("ś", "s").replace("ễ", "e"))
        return [mk("casenote", hdr, (c.pid, "other_id"), " :: %s's %s set up https://www." % (disp, c.rel_kind), (url, "url"),
                   " - raised ~$%d for deposit. Asked that we NOT share. Entry date for RRH slot was " % R.randint(300, 2400),
                   (fd(svc_date(30), "text"), "date"), ".")]
    if k == 5:
        return [mk("casenote", "%s | %s | %s " % (t.strftime("%Y-%m-%d"), auth, c.rel_kind.capitalize()), (c.rel, "name"),
                   " wants discharge summary faxed to work, fax ", (fp(c.rel_phone, R.choice([0, 1])), "fax"), ". ROI signed for ",
                   (nm(c, 0), "name"), ", DOB ", (fd(c.dob, "us_short"), "date"), ".")]
    if k == 6:
        card = "5115" + digits(11)
        card += luhn_check(card)
        return [mk("casenote", hdr, (c.pid, "other_id"), " :: Payee paperwork for SSI: direct deposit to acct ", ("0" + digits(10), "account"),
                   " (routing 121000358). ", (disp, "name"), " also has Direct Express card ", (card, "account"),
                   ", wants it closed after deposit starts ", (fd(fut_date(10, 40), "text"), "date"), ".")]
    if k == 7:
        return [mk("casenote", "[casenote] %s author=%s :: " % (t.strftime("%Y-%m-%d %H:%M"), auth), (nm(c, 5), "name"),
                   " (aka ", ((c.nick or c.first).lower(), "name"), ") finally has an email for the housing portal: ", (c.email, "email"),
                   ". been outside since ", ("thanksgiving", "date"), " or so, before that couch surfing in ", (c.city, "address"), ".")]
    if k == 8:
        return [mk("casenote", hdr, (c.pid, "other_id"), " :: Called Harbor Point OTP (spoke w/ counselor %s) re " % STAFF[8].split()[0],
                   (nm(c, 4), "name"), " OTP# ", (c.otp, "mrn"), ". Dose %dmg, last dosed " % R.choice([60, 80, 95, 110]),
                   (fd(svc_date(6), R.choice(["md", "us_short"])), "date"), ", missed %d days -> needs re-eval before next dose." % R.randint(3, 5))]
    if k == 9:
        ag = [(str(a), "age")] if a >= 90 else [str(a)]
        return [mk("casenote", "%s [%s] shelter note: " % (t.strftime("%m/%d %I:%M%p").lower(), auth), (c.last.upper(), "name"),
                   " (", ag, R.choice(["yo", " yrs", "y"]), ") refused top bunk again, moved to ADA row. ", ("His" if c.sex == "M" else "Her"),
                   " %s " % c.rel_kind, (c.rel_given, "name"), " visits Sundays, number on file ", (fp(c.rel_phone, 1), "phone"), ".")]
    if k == 10:
        adm = svc_date(6)
        return [mk("casenote", hdr, (c.pid, "other_id"), " :: Highland ED called - pt ", (nm(c, 1), "name"), " MRN ", (c.mrn, "mrn"),
                   " admitted ", (fd(adm, R.choice(["us", "md", "text"])), "date"), " w/ cellulitis, d/c expected ",
                   (fd(adm + dt.timedelta(days=R.randint(3, 6)), R.choice(["md", "text"])), "date"), ". Van will pick up at discharge, bring clean clothes (XL).")]
    if k == 11:
        return [mk("casenote", "SOAR narrative draft (%s): " % auth, (nm(c, 7), "name"), " was born ", (fd(c.dob, "long"), "date"),
                   " in ", R.choice(["Guatemala City", "Lagos", "Oakland", "Manila", "Fresno", "Addis Ababa"]), ", worked construction until ~",
                   str(R.randint(2008, 2019)), ". First homeless ", (R.choice(["summer 2016", "fall 2019", "Christmas 2020"]), "date"),
                   ". SSA-1696 signed ", (fd(svc_date(20), "us_nz"), "date"), ".")]
    if k == 12:
        pl = str(R.randint(4, 9)) + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + digits(3)
        return [mk("casenote", hdr, (c.pid, "other_id"), " :: ", (disp, "name"), "'s RV (CA ", (pl, "vehicle"), ") got towed from ",
                   (c.spot, "address"), " ", (R.choice(["Tues", "last Thurs", "over the weekend"]), None), ", ~$%d to get it out of impound. Asked OPD re hardship waiver." % R.randint(400, 1900))]
    if k == 13:
        return [mk("casenote", hdr, (c.pid, "other_id"), " :: New # for ", (disp, "name"), ": ", (fp(c.phone), "phone"),
                   " (old one stolen at ", (c.spot, "address"), "). Voicemail not set up - text only.")]
    if k == 14:
        return [mk("casenote", "%s - %s - Medi-Cal renewal for " % (t.strftime("%m/%d/%y"), auth), (nm(c, 0), "name"), " (CIN ",
                   (c.cin, "health_plan"), ") due ", (fd(fut_date(10, 60), R.choice(["us", "text"])), "date"),
                   ". Packet mailed to program address, will go over it at the van.")]
    if k == 15:
        wrong = c.dob.replace(year=c.dob.year + 1)
        return [mk("casenote", hdr, (c.pid, "other_id"), " :: Talked to %s " % c.rel_kind, (c.rel, "name"), " at ", (fp(c.rel_phone), "phone"),
                   " - pt's real DOB is ", (fd(c.dob, "us_nz"), "date"), " not ", (fd(wrong, "us_nz"), "date"), " like HMIS has. Fixed, told data team.")]
    if k == 16:
        return [mk("casenote", "%s\t%s\tOUTREACH\t" % (t.strftime("%Y%m%d"), auth), (c.nick or nm(c, 6), "name"), " @ ", (c.spot, "address"),
                   " (", ("%.5f, %.5f" % (c.lat, c.lng), "address"), ") - alert, ambulatory, sober. wants detox bed, none avail. will try again ",
                   (R.choice(["Mon", "tmrw", "Friday"]), None), ".")]
    # 17: escaped multi-line note as exported from EHR
    return [mk("casenote", "ehr.note.export id=%s pt=" % hexs(12), (c.mrn, "mrn"), " text=\"Pt ", (nm(c, 0), "name"), " seen ",
               (fd(svc_date(3), "us"), "date"), " on van.\\nHep C Ab+, RNA pending.\\nF/u ", (fd(fut_date(7, 21), "us"), "date"),
               ", contact via ", c.rel_kind, " ", (c.rel, "name"), " ", (fp(c.rel_phone), "phone"), ".\"")]


def g_pg_dup():
    c = pick()
    t = tick()
    pid = R.randint(15000, 19999)
    key = R.choice([("enrollment_pkey", "enrollment_id", c.eid), ("client_pkey", "personal_id", c.pid)])
    return [mk("postgres", "%s [%d] hmis@hmis_prod ERROR:  duplicate key value violates unique constraint \"%s\"" % (ts_pg(t), pid, key[0])),
            mk("postgres", "%s [%d] hmis@hmis_prod DETAIL:  Key (%s)=(" % (ts_pg(t), pid, key[1]), (key[2], "other_id"), ") already exists."),
            mk("postgres", "%s [%d] hmis@hmis_prod STATEMENT:  INSERT INTO %s (%s, project_id, entry_date, user_id) VALUES ($1, $2, $3, $4)" % (
                ts_pg(t), pid, key[0].split("_")[0], key[1]))]


def g_py_validate():
    c = pick()
    t = tick()
    k = R.randint(0, 2)
    if k == 0:
        return [mk("py_export", "%s WARNING [hmis_export.validate] Client.csv row %d: DOBDataQuality=1 but DOB empty (PersonalID=" % (ts_py(t), R.randint(2, 1500)),
                   (c.pid, "other_id"), ")")]
    if k == 1:
        bad = dt.date(2024, 3, R.randint(11, 31))
        return [mk("py_export", "%s ERROR [hmis_export.validate] Enrollment " % ts_py(t), (c.eid, "other_id"), ": EntryDate ",
                   (fd(bad, "iso"), "date"), " after ExportEndDate 2024-03-10")]
    return [mk("py_export", "%s WARNING [hmis_export.dedup] possible duplicate clients " % ts_py(t), (c.pid, "other_id"), ",",
               (str(R.randint(400100, 439999)), "other_id"), " match on name='", (nm(c, 0), "name"), "' dob=",
               (fd(c.dob, "iso"), "date"), " (jaro=0.9%d)" % R.randint(1, 9))]


# ================================================================= noise generators
def n_rn():
    t = tick(1, 200)
    tid = R.randint(4420, 4520)
    pre = "%s  %d  %d " % (ts_logcat(t), APP_PID[0], tid)
    k = R.randint(0, 11)
    s = [
        'I ReactNativeJS: [NetInfo] state changed {"type":"cellular","isConnected":true,"isInternetReachable":%s,"details":{"cellularGeneration":"%s","carrier":"T-Mobile"}}' % (R.choice(["true", "false"]), R.choice(["4g", "5g", "3g"])),
        "I ReactNativeJS: [OfflineQueue] flush done sent=%d failed=%d remaining=%d elapsed=%dms" % (R.randint(0, 30), R.randint(0, 3), R.randint(0, 9), R.randint(200, 9000)),
        "D OkHttp  : --> POST %s/v2/sync/batch (%d-byte body)" % (API, R.randint(900, 60000)),
        "D OkHttp  : <-- %s %s/v2/sync/batch (%dms)" % (R.choice(["200 OK", "200 OK", "502 Bad Gateway", "401 Unauthorized"]), API, R.randint(80, 4000)),
        "W ReactNativeJS: Require cycle: src/db/models/Encounter.ts -> src/db/index.ts -> src/db/models/Encounter.ts",
        "I ReactNativeJS: [WatermelonDB] [Sync] pullChanges lastPulledAt=%d changes=%d ms=%d" % (int(t.timestamp() * 1000) - R.randint(10 ** 5, 10 ** 7), R.randint(0, 80), R.randint(40, 900)),
        "E ReactNativeJS: [Sentry] Captured exception: TypeError: undefined is not an object (evaluating 'route.params.clientId') event_id=%s" % hexs(32),
        'I ReactNativeJS: Running "StreetMedOutreach" with {"rootTag":%d,"initialProps":{}}' % R.choice([1, 11, 21]),
        "W ReactNativeJS: Possible Unhandled Promise Rejection (id: %d): Error: Request failed with status code 503" % R.randint(0, 9),
        "I ReactNativeJS: [Location] watchPosition started accuracy=balanced interval=60000 provider=fused",
        "D ReactNativeJS: [AppState] background -> active; pending outbox=%d, mmkv=%.1fKB" % (R.randint(0, 20), R.uniform(1, 60)),
        "I chromium: [INFO:CONSOLE(1)] \"Download the React DevTools for a better development experience\", source: index.android.bundle (1)",
    ][k]
    return [mk("rn_logcat", pre + s)]


def n_ios():
    t = tick(1, 200)
    s = R.choice([
        "[connection] nw_connection_get_connected_socket [C%d] Client called nw_connection_get_connected_socket on unconnected nw_connection" % R.randint(1, 40),
        "[javascript] [OfflineQueue] persisted %d items to MMKV (%.1f KB)" % (R.randint(0, 25), R.uniform(0.5, 40)),
        "[javascript] [CodePush] Checking for update. deploymentKey=%s... current label=v%d" % (hexs(6), R.randint(40, 60)),
        "[BackgroundTask] Background Task %d (\"RCTBackgroundSync\"), was created over 30 seconds ago." % R.randint(10, 99),
        "[javascript] [Auth] token refreshed expires_in=3600 scope=\"outreach:write hmis:read\"",
    ])
    return [mk("rn_ios", "%s StreetMed[812:%d] %s" % (ts_ios(t), R.randint(20000, 29999), s))]


def n_hmis_export():
    t = tick(1, 30)
    return [mk("hmis_csv", EXPORT_HDR),
            mk("hmis_csv", "%s,3,ESMC-HMIS,East Bay Street Medicine Collaborative,Samira,Haddad,5105550162,214,shaddad@%s,%s,2023-10-01,2024-03-10,Clarity Human Services,2024.1.2,2024 v1.4,3,2,1,CA502-ESMC" % (
                EXPORT_ID, DOM, ts_csv(t)))]


def n_hmis_project():
    out = [mk("hmis_csv", PROJ_HDR)]
    for pid, nmx, ptype in [("1207", "ESMC Street Outreach", "4"), ("1211", "ESMC PATH Outreach", "4"), ("1302", "Coliseum Connections PSH", "3"),
                            ("1310", "St. Brigid's Navigation Center", "1")][: R.randint(2, 4)]:
        out.append(mk("hmis_csv", csv_row([pid, "88", nmx, "", "2019-07-01", "", "1", ptype, R.choice(["1", "2", ""]), "", "0", "", "", "",
                                           "2019-06-14 10:02:11", ts_csv(now() - dt.timedelta(days=R.randint(3, 90))), str(R.randint(101, 168)), "", EXPORT_ID])))
    return out


def n_py_export():
    t = tick(1, 60)
    return [mk("py_export", R.choice([
        "%s INFO [hmis_export.runner] Export %s started period=2023-10-01..2024-03-10 projects=7 csv_version=2024v1.4" % (ts_py(t), EXPORT_ID),
        "%s INFO [hmis_export.writer] wrote %s rows=%d bytes=%d sha256=%s" % (ts_py(t), R.choice(["Client.csv", "Enrollment.csv", "Exit.csv", "Services.csv", "Assessment.csv", "IncomeBenefits.csv"]), R.randint(100, 9000), R.randint(10 ** 4, 10 ** 7), hexs(64)),
        "%s INFO [hmis_export.upload] sftp put CA502-ESMC-%s.zip -> hmis-import.example.org:22/inbound (%.1f MB, %.1fs)" % (ts_py(t), t.strftime("%Y%m%d"), R.uniform(1, 30), R.uniform(2, 40)),
        "%s WARNING [hmis_export.validate] Project 1310: OperatingEndDate empty but HousingType missing (HMIS 2.02.D)" % ts_py(t),
        "%s INFO [hmis_export.validate] %d warnings, 0 errors in %.2fs" % (ts_py(t), R.randint(0, 40), R.uniform(1, 20)),
    ]))]


def n_kiosk():
    t = tick(1, 300)
    k = R.randint(0, 5)
    host = "kiosk-sb-0%d" % R.randint(1, 3)
    s = [
        "checkin[%d]: level=info evt=heartbeat scanner=ok printer=ok uptime=%dd%dh temp_c=%.1f fw=2.%d.%d" % (R.randint(2200, 2299), R.randint(0, 9), R.randint(0, 23), R.uniform(35, 52), R.randint(3, 5), R.randint(0, 20)),
        "checkin[%d]: level=info evt=inventory beds_total=120 occupied=%d women=%d men=%d ada_open=%d" % (R.randint(2200, 2299), R.randint(80, 120), R.randint(20, 35), R.randint(50, 80), R.randint(0, 4)),
        "checkin[%d]: level=warn evt=scan result=no_match method=qr reason=card_not_found attempts=%d" % (R.randint(2200, 2299), R.randint(1, 3)),
        "fpd[%d]: level=error evt=sensor_reset device=/dev/hidraw%d vendor=0x1c7a product=0x0603 err=\"LIBUSB_ERROR_TIMEOUT\"" % (R.randint(500, 599), R.randint(0, 3)),
        "checkin[%d]: level=info evt=curfew_roll beds_released=%d released_at=22:15 policy=hold_till_2215" % (R.randint(2200, 2299), R.randint(0, 9)),
        "printer[%d]: level=info evt=ticket_printed template=bed_slip v3 ms=%d" % (R.randint(600, 699), R.randint(90, 400)),
    ][k]
    return [mk("kiosk_kv", "%s %s %s" % (ts_iso(t), host, s))]


def n_cups():
    t = tick(1, 300)
    j = R.randint(380, 990)
    return [mk("cups", R.choice([
        "E [%s] [Job %d] Printer not connected; will retry in 30 seconds." % (ts_clf(t), j),
        "I [%s] [Job %d] Job completed." % (ts_clf(t), j),
        "I [%s] Expiring subscriptions..." % ts_clf(t),
        "W [%s] [Job %d] Media empty or jammed: \"62mm continuous\" (QL820-VAN2)" % (ts_clf(t), j),
        "D [%s] [Job %d] Sent %d bytes..." % (ts_clf(t), j, R.randint(200, 9000)),
        "I [%s] Saving printers.conf..." % ts_clf(t),
    ]))]


def n_spring():
    t = tick(1, 300)
    return [mk("spring", "%s %s" % (ts_spring(t), R.choice([
        " INFO 1 --- [           main] com.zaxxer.hikari.HikariDataSource       : HikariPool-1 - Start completed.",
        " INFO 1 --- [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat started on port(s): 8080 (http) with context path ''",
        " WARN 1 --- [nio-8080-exec-%d] com.zaxxer.hikari.pool.PoolBase          : HikariPool-1 - Failed to validate connection org.postgresql.jdbc.PgConnection@%s (This connection has been closed.)" % (R.randint(1, 9), hexs(8)),
        " INFO 1 --- [   scheduling-1] o.e.ehr.sync.HieOutboundJob              : sent=%d acked=%d nacked=%d pending=%d in %dms" % (R.randint(0, 40), R.randint(0, 40), R.randint(0, 2), R.randint(0, 8), R.randint(100, 9000)),
        "DEBUG 1 --- [   scheduling-1] o.e.ehr.sync.HieOutboundJob              : mllp connect hie-gw.acgov.example:6661 tls=true cipher=TLS_AES_256_GCM_SHA384",
        " INFO 1 --- [           main] o.e.ehr.EhrVanApplication                : Started EhrVanApplication in %.3f seconds (process running for %.3f)" % (R.uniform(4, 12), R.uniform(5, 14)),
        "ERROR 1 --- [   scheduling-1] o.e.ehr.sync.HieOutboundJob              : java.net.SocketTimeoutException: Connect timed out (hie-gw.acgov.example:6661) attempt %d/5" % R.randint(1, 5),
    ])))]


def n_pg():
    t = tick(1, 400)
    return [mk("postgres", "%s [%d] %s" % (ts_pg(t), R.randint(15000, 19999), R.choice([
        "LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=0.%03d s, total=%.3f s" % (R.randint(100, 4000), R.uniform(0.1, 20), R.randint(0, 3), R.uniform(1, 200), R.randint(1, 999), R.uniform(1, 200)),
        "LOG:  automatic vacuum of table \"hmis_prod.public.service\": index scans: 1, pages: 0 removed, %d remain" % R.randint(1000, 90000),
        "hmis@hmis_prod LOG:  duration: %.3f ms  statement: REFRESH MATERIALIZED VIEW CONCURRENTLY ce_by_name_list" % R.uniform(200, 9000),
        "LOG:  connection received: host=10.42.3.%d port=%d" % (R.randint(2, 40), R.randint(30000, 60000)),
        "hmis@hmis_prod FATAL:  remaining connection slots are reserved for non-replication superuser connections",
    ])))]


def n_syslog():
    t = tick(1, 400)
    return [mk("syslog", "%s %s %s" % (ts_sys(t), R.choice(["van2-gw", "sb-kiosk-hub", "esmc-app01"]), R.choice([
        "systemd[1]: Started Daily apt upgrade and clean activities.",
        "CRON[%d]: (root) CMD (/opt/hmis/bin/export.sh --coc CA-502 >> /var/log/hmis_export.log 2>&1)" % R.randint(10000, 40000),
        "kernel: [%d.%06d] usb 1-1.3: new full-speed USB device number %d using xhci_hcd" % (R.randint(1000, 900000), R.randint(0, 999999), R.randint(2, 20)),
        "wpa_supplicant[%d]: wlan0: CTRL-EVENT-CONNECTED - Connection to %s completed [id=0 id_str=]" % (R.randint(400, 900), ":".join(hexs(2) for _ in range(6))),
        "ModemManager[%d]: <info>  [modem0] signal quality updated (%d%%)" % (R.randint(400, 900), R.randint(10, 99)),
        "chronyd[%d]: Selected source 162.159.200.%d (time.cloudflare.com)" % (R.randint(400, 900), R.randint(1, 254)),
        "sshd[%d]: Accepted publickey for deploy from 10.42.0.%d port %d ssh2: ED25519 SHA256:%s" % (R.randint(1000, 9999), R.randint(2, 60), R.randint(30000, 60000), base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode()[:43]),
        "gpsd[%d]: gpsd_activate(2): activated GPS (fd 7) on /dev/ttyACM1 (van telematics)" % R.randint(400, 900),
    ])))]


def n_nginx():
    t = tick(1, 200)
    return [mk("nginx", R.choice([
        '10.42.1.%d - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28" rt=0.00%d' % (R.randint(2, 40), ts_clf(t), R.randint(1, 9)),
        '10.42.1.%d - - [%s] "GET /readyz HTTP/1.1" 503 19 "-" "kube-probe/1.28" rt=0.0%02d' % (R.randint(2, 40), ts_clf(t), R.randint(1, 99)),
        '10.42.2.%d - svc-sync [%s] "POST /v2/sync/batch HTTP/1.1" 200 %d "-" "okhttp/4.12.0" rt=%.3f' % (R.randint(2, 40), ts_clf(t), R.randint(100, 9000), R.uniform(0.05, 3)),
        '10.42.2.%d - - [%s] "GET /static/js/main.%s.js HTTP/2.0" 304 0 "https://docs.%s/" "Mozilla/5.0" rt=0.001' % (R.randint(2, 40), ts_clf(t), hexs(8), DOM),
    ]))]


def n_postfix():
    return g_postfix()


def n_prom():
    t = tick(1, 120)
    return [mk("metrics", R.choice([
        'outbox_pending_items{app="streetmed",platform="android",build="%d"} %d %d' % (R.randint(400, 460), R.randint(0, 40), int(t.timestamp() * 1000)),
        'hmis_export_duration_seconds{coc="CA-502",file="Client.csv"} %.2f' % R.uniform(1, 60),
        'kiosk_checkins_total{site="st-brigid",kiosk="0%d"} %d' % (R.randint(1, 3), R.randint(1000, 40000)),
        'fax_jobs_total{direction="inbound",status="ok"} %d' % R.randint(100, 5000),
        'http_request_duration_seconds_bucket{route="/v2/sync/batch",le="0.5"} %d' % R.randint(1000, 90000),
        'hl7_messages_total{type="ADT^A04",result="AA"} %d' % R.randint(100, 9000),
    ]))]


def n_sentry():
    t = tick(1, 300)
    return [mk("sentry", json.dumps({"timestamp": ts_z(t), "level": R.choice(["warning", "error"]), "release": "streetmed@3.%d.%d+%d" % (R.randint(0, 9), R.randint(0, 20), R.randint(400, 460)),
                                     "environment": "production", "trace_id": hexs(32), "span_id": hexs(16), "transaction": R.choice(["/v2/sync/batch", "EncounterForm", "ClientSearch"]),
                                     "message": R.choice(["Slow frame rate detected", "Network request failed", "MMKV write failed: disk full", "ANR 5200ms"]),
                                     "device": dict(zip(("model", "os"), R.choice([("SM-T227U", "Android 13"), ("iPad (9th gen)", "iPadOS 17.3"), ("moto g stylus", "Android 12")])))}))]


def n_fax():
    t = tick(1, 300)
    return [mk("hylafax", R.choice([
        "%s\tRECV\t%08d\tttyACM0\t\t\"\"\tfax\t\"\"\t\"HARBOR POINT OTP\"\t196\t%d\t0:%02d\t0:%02d\t\"\"" % (ts_fax_(t), R.randint(800, 999), R.randint(1, 4), R.randint(20, 59), R.randint(15, 50)),
        "%s\tSEND\t%08d\tttyACM0\t%08d\t\"esmc-rx\"\tfax@%s\t\"15105550199\"\t\"\"\t196\t0\t0:45\t0:00\t\"No carrier detected\"" % (ts_fax_(t), R.randint(800, 999), R.randint(400, 700), DOM),
    ]))] if R.random() < 0.5 else [mk("fax_ocr", "%s faxocr[%d] %s" % (ts_py(t), R.randint(3000, 3999), R.choice([
        "INFO tesseract 5.3.4 lang=eng+spa psm=6 warm pool=4",
        "INFO job=F%s-%04d p1 text=\"THIS FAX MAY CONTAIN PROTECTED HEALTH INFORMATION. If received in error call (510) 555-0190.\"" % (t.strftime("%y%m%d"), R.randint(1, 400)),
        "ERROR job=F%s-%04d tiff decode failed: Unexpected end of file (G3 2D) - requeued" % (t.strftime("%y%m%d"), R.randint(1, 400)),
        "INFO queue depth=%d oldest=%ds" % (R.randint(0, 9), R.randint(0, 900)),
    ])))]


def n_twilio():
    t = tick(1, 200)
    return [mk("twilio", "%s twilio.webhook status=%s MessageSid=SM%s ErrorCode=%s AccountSid=AC%s" % (
        ts_iso(t), R.choice(["failed", "undelivered", "queued"]), hexs(32), R.choice(["30003", "30005", "30006", "21610"]), hexs(32)))]


def n_config():
    t = tick(1, 200)
    return [mk("config", R.choice([
        "[config] fax.outbound.csid=\"ESMC STREET MED\" fax.number=+1-510-555-0190 fax.retry=3",
        "[config] soar.coordinator=\"%s\" <%s@%s> phone=(510) 555-0148" % (STAFF[4], STAFF_MAIL[4], DOM),
        "[config] pharmacy.partner=\"Fruitvale Community Pharmacy\" npi=1467753201 fax=510-555-0199 addr=\"3301 E 12th St, Oakland CA 94601\"",
        "[config] otp.partner=\"Harbor Point OTP\" phone=(510) 555-0193 dosing_window=06:00-11:30",
        "[config] van.plate=8ZKW214 van.vin=1FDWE3FS5HDC41873 van.name=\"Van 2\" depot=\"2600 Mandela Pkwy\"",
        "[config] hmis.sftp=hmis-import.example.org:22 coc=CA-502 export_cron=\"0 2 * * *\" csv_spec=2024v1.4",
        "[config] medical_director=\"%s\" npi=1730594821 on_call=(510) 555-0111" % STAFF[6],
        "[config] build=%d git=%s node=18.19.1 rn=0.73.4 hermes=true" % (R.randint(400, 460), hexs(7)),
    ]))]


def n_x12_ack():
    t = tick(1, 120)
    return [mk("x12", "TA1*%09d*%s*%s*A*000~" % (R.randint(4000, 9999), t.strftime("%y%m%d"), t.strftime("%H%M")))]


def n_ce():
    t = tick(1, 300)
    return [mk("ce_log", "%s ce-matcher %s" % (ts_zs(t), R.choice([
        "INFO by-name list rebuilt: %d clients, %d chronic, top score %d" % (R.randint(250, 400), R.randint(30, 90), R.randint(14, 18)),
        "INFO vacancy feed: %d units open (PSH %d, RRH %d) from 6 providers" % (R.randint(2, 20), R.randint(0, 8), R.randint(0, 12)),
        "WARN offer %s expired without response; returning unit to pool" % ("OF-" + digits(6)),
        "INFO case conferencing agenda generated for %s, 14 items" % fd(fut_date(1, 7), "iso"),
    ])))]


def n_ce_json():
    t = tick(1, 300)
    return [mk("ce_json", "%s ce-api[%d]: " % (ts_iso(t), R.randint(7, 9)),
               json.dumps({"event": "tool.config", "tool": "VI-SPDAT", "tool_version": "2.0", "max_score": 17,
                           "thresholds": {"psh": 8, "rrh": 4}, "trace_id": hexs(32)}, separators=(",", ":")))]


NOISE = [(n_rn, 9), (n_ios, 3), (n_py_export, 4), (n_kiosk, 6), (n_cups, 4), (n_spring, 6), (n_pg, 4), (n_syslog, 6),
         (n_nginx, 5), (n_postfix, 3), (n_prom, 4), (n_sentry, 3), (n_fax, 4), (n_twilio, 2), (n_config, 3),
         (n_x12_ack, 1), (n_ce, 3), (n_ce_json, 1), (g_hl7_ack, 1)]
PHI = [(g_rn_outbox, 5), (g_rn_retry, 4), (g_rn_conflict, 3), (g_rn_draft, 3), (g_ios_photo, 2), (g_ios_lookup, 2),
       (g_ce_json, 4), (g_ce_match, 3), (g_kiosk_checkin, 6), (g_kiosk_idscan, 2), (g_kiosk_fp, 2), (g_hl7, 3),
       (g_cups, 2), (g_rxlabel, 2), (g_spring_dup, 2), (g_spring_hl7err, 2), (g_spring_cgm, 2), (g_email_soar, 0.3),
       (g_email_medical, 0.3), (g_email_reply, 0.4), (g_x12, 0.2), (g_fax_ocr, 3), (g_fax_cover, 2), (g_hylafax, 2),
       (g_pharm, 3), (g_twilio, 3), (g_lifeline, 2), (g_portal, 3), (g_parking, 2), (g_casenote, 10), (g_pg_dup, 2),
       (g_py_validate, 3)]
ONCE = [g_hmis_client, g_hmis_enrollment, g_hmis_exit, g_hmis_assessment, g_hmis_aq, n_hmis_export, n_hmis_project,
        g_hmis_client, g_hmis_aq] + [f for f, _ in PHI] + [g_casenote] * 16


def wchoice(pool):
    tot = sum(w for _, w in pool)
    x = R.uniform(0, tot)
    for f, w in pool:
        x -= w
        if x <= 0:
            return f
    return pool[-1][0]


def main():
    TOTAL = 500
    lines = []
    once = list(ONCE)
    R.shuffle(once)
    once_at = sorted(R.sample(range(5, 470), len(once)))
    while len(lines) < TOTAL:
        if once and len(lines) >= once_at[0]:
            once_at.pop(0)
            chunk = once.pop(0)()
        elif R.random() < 0.34:
            chunk = wchoice(PHI)()
        else:
            chunk = wchoice(NOISE)()
        if len(lines) + len(chunk) > TOTAL:
            continue
        lines += chunk
    assert len(lines) == TOTAL
    log_out, lab_out = [], []
    for i, ln in enumerate(lines, 1):
        b = bytes(ln.buf)
        txt = b.decode("utf-8")
        assert "\n" not in txt and "\r" not in txt and txt.strip(), (i, txt)
        for s, e, cat, val in ln.spans:
            assert b[s:e].decode("utf-8") == val, (i, val)
        spans = sorted(ln.spans)
        for a, bb in zip(spans, spans[1:]):
            assert a[1] <= bb[0], (i, a, bb)
        log_out.append(txt)
        lab_out.append(json.dumps({"line": i, "family": ln.family,
                                   "spans": [{"s": s, "e": e, "cat": cat} for s, e, cat, _ in spans]}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(log_out))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lab_out) + "\n")
    # stats
    nophi = sum(1 for ln in lines if not ln.spans)
    cats = {}
    for ln in lines:
        for _, _, cat, _ in ln.spans:
            cats[cat] = cats.get(cat, 0) + 1
    fams = {}
    for ln in lines:
        fams[ln.family] = fams.get(ln.family, 0) + 1
    print("lines", len(lines), "no-PHI", nophi, "%.1f%%" % (100.0 * nophi / len(lines)))
    print("cats", dict(sorted(cats.items())))
    print("families", len(fams), dict(sorted(fams.items())))


if __name__ == "__main__":
    main()
