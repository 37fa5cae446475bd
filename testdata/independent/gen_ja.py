#!/usr/bin/env python3
"""gen_ja.py -- synthetic, labeled log corpus (ID=ja).

Theme: an eDiscovery / litigation-support vendor ("Lexbridge Discovery Services",
fictional) processing the records of a fictional hospital ("Mercy Meridian Hospital",
MMH) for medical-malpractice suits.  Mixed output of the vendor's systems: processing
and OCR job logs, Concordance DAT load files (thorn/pilcrow delimited, with header
rows), OPT image cross-references, privilege logs (CSV), redaction audit logs (JSON),
e-mail threads extracted to text (one physical line per text line), Bates page
metadata (JSON), custodian-interview notes, docket and subpoena trackers,
release-of-information (ROI) request logs (CSV, pipe, app log, XML, HL7 query
results), plus worker stats, indexing, dedup hashes, HTTP access logs, config lines,
Python and Java tracebacks.

Standard library only; deterministic (fixed seeds).  Writes ja.log and
ja.labels.jsonl next to this script.  Every person, number and address is synthetic.

Labeling decisions:
- Labeled persons: patients, their relatives / guarantors / emergency contacts, and
  plaintiffs or decedents named in case captions (they are the patients).  Not
  labeled: hospital staff, custodians, reviewers, attorneys, judges, paralegals,
  process servers, vendors, law firms, courts, the hospital and their contact data
  (business e-mails, phones, faxes, addresses, usernames).
- A full name is one span (titles Mr./Mrs./Dr. excluded; middle initials, particles and
  hyphens included).  "Last, First", "LAST^FIRST^M" (HL7) and "Last_First" (file
  names) are one span each.  XML <Family>/<Given> elements are separate spans.  A
  surname alone (e.g. "Mr. Halvorsen", a redaction search term) is labeled name.
- Addresses: street line (with unit) is one address span, city is a separate address
  span, state is not labeled, ZIP is zip.
- Dates labeled only when tied to the patient: birth, admission, discharge, death,
  service/encounter, incident (the night of a fall), requested record date ranges.  Not
  labeled: log timestamps, e-mail sent dates, document dates in privilege logs and DAT
  DATESENT, court filing / deadline / service-of-subpoena dates, ROI received dates.
  OCR-garbled dates (e.g. 03/O9/1972) are still labeled date.
- Ages: only ages over 89 labeled (age); younger ages left unlabeled.
- mrn: hospital medical record numbers in any written form.  other_id: encounter /
  CSN numbers, court case numbers of a patient's lawsuit, insurer claim numbers,
  patient-portal usernames.  Not labeled: workflow identifiers (ROI request numbers,
  job/batch/doc IDs, Bates numbers, privilege-log entry numbers, incident report
  numbers, subpoena tracking IDs, matter numbers).
- account: hospital account (HAR / PID-18), patient account numbers, full card
  numbers of a patient or guarantor.  Masked cards (only last 4 visible) not labeled.
- health_plan: Medicare MBI, Medicaid and commercial member IDs.
- license: a patient's driver's licence number.  vehicle: plates and VINs of a
  patient's/relative's vehicle.  device: serials / UDIs of devices implanted in or
  used by a patient.  Scanner and server serials are not labeled.
- ip: public IP of a patient using the ROI portal; private 10.x/172.16/192.168
  addresses of servers not labeled.  url: personal URLs (fundraiser, social profile)
  of a patient or relative.  email/phone/fax: only a patient's or relative's.
- biometric: fingerprint templates captured for ROI identity verification.  photo:
  base64 JPEG thumbnails of a patient's face (redaction previews).
- Hashes, Bates numbers, UUIDs, trace ids, ports, versions and durations are never
  labeled.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata

ID = "ja"
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
N_NOISE = 275
R = random.Random(0)          # reseeded per unit
PR = random.Random(71021)     # people pool
PLAN_R = random.Random(880213)


# ----------------------------------------------------------------------------- lines
class Line:
    __slots__ = ("fam", "b", "spans")

    def __init__(self, fam):
        self.fam = fam
        self.b = bytearray()
        self.spans = []

    def t(self, x):
        self.b += x.encode("utf-8")
        return self

    def p(self, x, cat):
        assert x, "empty span"
        st = len(self.b)
        self.b += x.encode("utf-8")
        self.spans.append((st, len(self.b), cat, x))
        return self

    def add(self, x):
        if isinstance(x, tuple):
            if x[1] is None:
                self.t(x[0])
            else:
                self.p(x[0], x[1])
        elif isinstance(x, list):
            for y in x:
                self.add(y)
        else:
            self.t(x)
        return self


def mk(fam, *parts):
    ln = Line(fam)
    for x in parts:
        ln.add(x)
    return ln


def flat_text(parts):
    out = []
    for x in parts if isinstance(parts, list) else [parts]:
        if isinstance(x, tuple):
            out.append(x[0])
        elif isinstance(x, list):
            out.append(flat_text(x))
        else:
            out.append(x)
    return "".join(out)


def dat_row(fam, fields):
    """Concordance DAT row: thorn text qualifier, pilcrow field separator."""
    ln = Line(fam)
    for i, f in enumerate(fields):
        if i:
            ln.t("\u00b6")
        ln.t("\u00fe")
        ln.add(f)
        ln.t("\u00fe")
    return ln


def csv_row(fam, fields, sep=","):
    ln = Line(fam)
    for i, f in enumerate(fields):
        if i:
            ln.t(sep)
        txt = flat_text(f)
        if sep == "," and ("," in txt or '"' in txt):
            ln.t('"')
            for x in (f if isinstance(f, list) else [f]):
                if isinstance(x, tuple):
                    assert '"' not in x[0]
                    ln.add(x)
                else:
                    ln.t(x.replace('"', '""'))
            ln.t('"')
        else:
            ln.add(f)
    return ln


class Raw(str):
    pass


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jobj(fam, items, prefix=""):
    ln = Line(fam)
    ln.t(prefix + "{")
    for i, it in enumerate(items):
        k, v = it[0], it[1]
        cat = it[2] if len(it) > 2 else None
        if i:
            ln.t(",")
        ln.t(json.dumps(k) + ":")
        if isinstance(v, Raw):
            ln.t(v)
        elif isinstance(v, list):
            ln.t('"')
            for x in v:
                if isinstance(x, tuple):
                    if x[1] is None:
                        ln.t(jesc(x[0]))
                    else:
                        ln.p(jesc(x[0]), x[1])
                else:
                    ln.t(jesc(x))
            ln.t('"')
        elif isinstance(v, str):
            ln.t('"')
            if cat:
                ln.p(jesc(v), cat)
            else:
                ln.t(jesc(v))
            ln.t('"')
        elif cat:
            ln.p(json.dumps(v), cat)
        else:
            ln.t(json.dumps(v))
    ln.t("}")
    return ln


# ----------------------------------------------------------------------------- clock
class Clock:
    def __init__(self):
        self.t = dt.datetime(2024, 3, 18, 7, 52, 3, 118000)

    def tick(self, lo=0.05, hi=6.0):
        self.t += dt.timedelta(seconds=R.uniform(lo, hi))
        return self.t


C = Clock()
UTC = dt.timedelta(hours=5)  # CDT on 2024-03-18
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
WDAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ms(t):
    return "%03d" % (t.microsecond // 1000)


def ts_serilog():
    t = C.tick()
    return t.strftime("%Y-%m-%d %H:%M:%S.") + ms(t) + " -05:00"


def ts_py():
    t = C.tick()
    return t.strftime("%Y-%m-%d %H:%M:%S,") + ms(t)


def ts_java():
    t = C.tick()
    return t.strftime("%Y-%m-%d %H:%M:%S.") + ms(t)


def ts_z():
    t = C.tick() + UTC
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms(t) + "Z"


def ts_access():
    t = C.tick()
    return t.strftime("%d/") + MON[t.month - 1] + t.strftime("/%Y:%H:%M:%S -0500")


def ts_es():
    t = C.tick() + UTC
    return t.strftime("%Y-%m-%dT%H:%M:%S,") + ms(t)


def ts_iso_local():
    t = C.tick()
    return t.strftime("%Y-%m-%dT%H:%M:%S-05:00")


# ----------------------------------------------------------------------------- values
def fdate(d, st):
    if st == 0:
        return "%02d/%02d/%d" % (d.month, d.day, d.year)
    if st == 1:
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if st == 2:
        return d.isoformat()
    if st == 3:
        return "%02d-%s-%d" % (d.day, MON[d.month - 1].upper(), d.year)
    if st == 4:
        return "%s %d, %d" % (MONTH[d.month - 1], d.day, d.year)
    if st == 5:
        return "%d%02d%02d" % (d.year, d.month, d.day)
    if st == 6:
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if st == 7:
        return "%s %02d %d" % (MON[d.month - 1], d.day, d.year)
    return "%d %s %d" % (d.day, MON[d.month - 1], d.year)


def rdate(d, choices=(0, 1, 2, 3, 4, 6, 7, 8)):
    return fdate(d, R.choice(choices))


def fphone(d, st=None):
    if st is None:
        st = R.randrange(7)
    a, b, c = d[:3], d[3:6], d[6:]
    return ["(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), d, "%s.%s.%s" % (a, b, c),
            "+1 %s %s %s" % (a, b, c), "+1" + d, "1-%s-%s-%s" % (a, b, c)][st]


def asc(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def hexs(n):
    return "%0*x" % (n, R.getrandbits(4 * n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], "89ab"[R.randrange(4)], h[17:20], h[20:])


def luhn(prefix, length, rng):
    digits = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return digits + str((10 - s % 10) % 10)


VT = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7,
      "H": 8, "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4,
      "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VW = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VCH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def gen_vin(rng):
    wmi = rng.choice(["1HG", "2T1", "5FN", "JTD", "1FT", "3VW", "KNA", "1G1", "4T1", "5YJ"])
    v = wmi + "".join(rng.choice(VCH) for _ in range(5)) + "0" + rng.choice("GHJKLMN") + \
        rng.choice("ABCNLSTU") + "".join(rng.choice("0123456789") for _ in range(6))
    s = sum(VT[c] * w for c, w in zip(v, VW)) % 11
    return v[:8] + ("X" if s == 10 else str(s)) + v[9:]


def gen_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            return "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def gen_mbi(rng):
    A = "ACDEFGHJKMNPQRTUVWXY"
    AN = A + "0123456789"
    return (str(rng.randint(1, 9)) + rng.choice(A) + rng.choice(AN) + str(rng.randint(0, 9)) +
            rng.choice(A) + rng.choice(AN) + str(rng.randint(0, 9)) + rng.choice(A) + rng.choice(A) +
            str(rng.randint(0, 9)) + str(rng.randint(0, 9)))


def gen_phone(rng):
    area = rng.choice(["312", "773", "872", "708", "630", "847", "219", "815", "779"])
    ex = rng.randint(201, 989)
    while ex % 100 == 11:
        ex += 1
    if rng.random() < 0.35:
        return area + "555" + "01%02d" % rng.randint(0, 99)
    return area + str(ex) + "%04d" % rng.randint(0, 9999)


FIRST_F = ["Marisol", "Yolanda", "Siobhán", "Mei-Ling", "Aaliyah", "Fatima", "Ingrid", "Chiamaka",
           "Priya", "Lucía", "Olga", "Thảo", "Ewa", "Zoë", "Rosa", "Keisha", "Hannah", "Noor",
           "Ayesha", "Colleen", "Esperanza", "Dagny", "Guadalupe", "Tamar", "Renée", "Asha",
           "Margit", "Bernadette", "Wanjiru", "Sun-hee", "Ilse", "Graciela"]
FIRST_M = ["Teodoro", "Chidi", "Harold", "Jean-Luc", "Luis", "Tadeusz", "Kenji", "Omar", "Dmitri",
           "Ravi", "Seamus", "Kwame", "Anders", "José", "Mohammed", "Bao", "Giuseppe", "Tyrone",
           "Elias", "Hamza", "Matthias", "Rafael", "Desmond", "Arjun", "Cornelius", "Yusuf",
           "Viktor", "Thanh", "Pieter", "Obadiah", "Åke", "Ignatius"]
LAST = ["Villanueva", "Okonkwo", "Bjornstad", "Dubois", "Hernández", "Kowalczyk", "Takahashi",
        "Abernathy", "Vasquez-Ortiz", "van der Berg", "de la Cruz", "O'Neill", "Al-Rashid",
        "Nguyen", "St. Pierre", "MacLeod", "dos Santos", "Ben-David", "Papadopoulos",
        "Fitzgerald-Obi", "Halvorsen", "Mbeki", "Chaudhry", "Rosenthal", "Delgado", "Yilmaz",
        "Fairweather-Ngata", "Kim", "Ivanova", "Lindqvist", "Oyelaran", "Petrosyan", "Castellanos",
        "Nakamura", "Achterberg", "Müller", "Ferreira", "Szabó", "Adeyemi", "Gallagher", "Le",
        "Haddad", "Moreau", "Wiśniewski", "Ramírez", "Jankowski", "Tran", "Sandoval",
        "Whitehorse", "Kaur"]
CITIES = [("Chicago", "IL", ["60608", "60617", "60625", "60629", "60640", "60647", "60651"]),
          ("Evanston", "IL", ["60201", "60202"]), ("Oak Park", "IL", ["60302", "60304"]),
          ("Cicero", "IL", ["60804"]), ("Berwyn", "IL", ["60402"]), ("Skokie", "IL", ["60076"]),
          ("Joliet", "IL", ["60432", "60435"]), ("Des Plaines", "IL", ["60016"]),
          ("Aurora", "IL", ["60505"]), ("Hammond", "IN", ["46320", "46324"]),
          ("Gary", "IN", ["46408"]), ("Blue Island", "IL", ["60406"]), ("Maywood", "IL", ["60153"])]
STREETS = ["W Argyle St", "N Kedzie Ave", "S Pulaski Rd", "W 26th St", "N Milwaukee Ave",
           "S Halsted St", "Ridge Ave", "Oak Park Ave", "Dempster St", "W Cermak Rd", "Chicago Ave",
           "E 79th St", "N Sheridan Rd", "Harlem Ave", "W Belmont Ave", "Hohman Ave", "Broadway",
           "S Western Ave", "Greenleaf St", "W Division St", "N Lincoln Ave", "Laramie Ave"]
RELS = ["daughter", "son", "wife", "husband", "niece", "grandson", "sister", "brother"]
PLANS = [("BCBSIL", lambda r: "XOH" + "%09d" % r.randint(0, 999999999)),
         ("Aetna", lambda r: "W" + "%09d" % r.randint(0, 999999999)),
         ("IL Medicaid", lambda r: "%09d" % r.randint(100000000, 999999999)),
         ("UnitedHealthcare", lambda r: "%09d-01" % r.randint(100000000, 999999999)),
         ("Cigna", lambda r: "U" + "%08d" % r.randint(0, 99999999) + " 01")]


def rand_date(rng, a, b):
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


def mk_person(rng, last):
    sex = rng.choice("FM")
    first = rng.choice(FIRST_F if sex == "F" else FIRST_M)
    p = {"first": first, "last": last, "mi": rng.choice("ABCDEFGHJKLMNPRSTW"), "sex": sex}
    admit = rand_date(rng, dt.date(2018, 5, 1), dt.date(2021, 11, 30))
    if rng.random() < 0.35:
        dob = rand_date(rng, dt.date(1923, 1, 1), dt.date(1930, 12, 31))
    else:
        dob = rand_date(rng, dt.date(1938, 1, 1), dt.date(2004, 12, 31))
    p["dob"] = dob
    p["admit"] = admit
    p["disch"] = admit + dt.timedelta(days=rng.randint(1, 19))
    p["event"] = admit + dt.timedelta(days=rng.randint(0, (p["disch"] - admit).days))
    p["age"] = admit.year - dob.year - ((admit.month, admit.day) < (dob.month, dob.day))
    p["dod"] = p["disch"] + dt.timedelta(days=rng.randint(0, 40))
    p["mrn"] = "%08d" % rng.randint(100000, 9999999)
    p["csn"] = str(rng.randint(1040000000, 1099999999))
    p["har"] = "71" + "%08d" % rng.randint(0, 99999999)
    p["ssn"] = gen_ssn(rng)
    p["phone"] = gen_phone(rng)
    p["fax"] = gen_phone(rng)
    num = rng.randint(12, 9850)
    st = "%d %s" % (num, rng.choice(STREETS))
    if rng.random() < 0.3:
        st += rng.choice([" Apt 3R", " Unit 2B", " #407", " Apt 1F", " Fl 2"])
    p["street"] = st
    city, state, zips = rng.choice(CITIES)
    p["city"], p["state"], p["zip"] = city, state, rng.choice(zips)
    fl = asc(first).lower().replace("-", "")
    ll = asc(last).lower().replace(" ", "").replace("'", "").replace(".", "").replace("-", "")
    p["email"] = rng.choice(["%s.%s%d@gmail.com" % (fl, ll, rng.randint(1, 99)),
                             "%s%s@yahoo.com" % (fl[0], ll),
                             "%s_%s@outlook.com" % (ll, fl),
                             "%s%s%d@comcast.net" % (fl, ll[:4], rng.randint(40, 89)),
                             "%s.%s@icloud.com" % (fl, ll)])
    plan, fn = rng.choice(PLANS)
    p["plan"], p["member"] = plan, fn(rng)
    p["mbi"] = gen_mbi(rng)
    p["dl"] = "%s%03d-%04d-%04d" % (asc(last).upper()[0] if asc(last)[0].isalpha() else "X",
                                    rng.randint(100, 999), rng.randint(0, 9999), rng.randint(0, 9999))
    p["card"] = luhn(rng.choice(["4", "51", "55", "4147", "5425"]), 16, rng)
    p["vin"] = gen_vin(rng)
    p["plate"] = rng.choice(["%s %05d" % ("".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)), rng.randint(0, 99999)),
                             "%d%s%03d" % (rng.randint(1, 9), "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), rng.randint(0, 999)),
                             "%03d %04d" % (rng.randint(100, 999), rng.randint(0, 9999))])
    p["ip"] = "%d.%d.%d.%d" % (rng.choice([73, 98, 24, 67, 174, 76, 108, 71, 99]), rng.randint(0, 255),
                               rng.randint(0, 255), rng.randint(1, 254))
    p["portal"] = rng.choice(["%s.%s%d" % (fl[:4], ll[:6], rng.randint(10, 99)),
                              "%s%s" % (fl[0], ll), "%s_%d" % (ll, dob.year % 100)])
    dkind = rng.choice(["pacemaker", "pump", "icd", "cgm"])
    if dkind == "pacemaker":
        p["device"] = ("Azure XT DR MRI pacemaker", "PJN%06dH" % rng.randint(0, 999999))
    elif dkind == "pump":
        p["device"] = ("MiniMed 770G insulin pump", "NG%07dH" % rng.randint(0, 9999999))
    elif dkind == "icd":
        p["device"] = ("Evera MRI XT ICD", "BWB%06dS" % rng.randint(0, 999999))
    else:
        p["device"] = ("Dexcom G6 transmitter", "8G%s" % "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(4)))
    p["udi_gtin"] = "00%012d" % rng.randint(0, 999999999999)
    rs = rng.choice(["F", "M"])
    rel = {"first": rng.choice(FIRST_F if rs == "F" else FIRST_M),
           "rel": rng.choice(["daughter", "niece", "wife", "sister"] if rs == "F" else ["son", "husband", "grandson", "brother"])}
    rel["last"] = rng.choice([last, last, rng.choice(LAST), last + "-" + rng.choice(["Reyes", "Moore", "Obi", "Santos", "Klein"])]) \
        if "-" not in last and " " not in last else last
    rel["phone"] = gen_phone(rng)
    rfl = asc(rel["first"]).lower().replace("-", "")
    rll = asc(rel["last"]).lower().replace(" ", "").replace("'", "").replace(".", "").replace("-", "")
    rel["email"] = rng.choice(["%s%s%d@gmail.com" % (rfl[0], rll, rng.randint(60, 99)),
                               "%s.%s@hotmail.com" % (rfl, rll), "%s%s@att.net" % (rfl, rll[:3])])
    p["rel"] = rel
    p["case"] = rng.choice(["20%dL%06d" % (rng.choice([22, 23]), rng.randint(1000, 14000)),
                            "20%d L %06d" % (rng.choice([22, 23]), rng.randint(1000, 14000)),
                            "1:2%d-cv-%05d" % (rng.choice([2, 3]), rng.randint(1000, 9999))])
    p["claim"] = "LC-%d-%07d" % (rng.choice([2019, 2020, 2021]), rng.randint(0, 9999999))
    slug = "%s-%s" % (asc(first).lower(), ll)
    p["url"] = rng.choice(["https://www.gofundme.com/f/justice-for-%s" % slug,
                           "https://www.facebook.com/%s.%s.%d" % (rfl, rll, rng.randint(1, 99)),
                           "https://www.caringbridge.org/visit/%s%s" % (asc(first).lower(), ll),
                           "https://%s%s.wordpress.com/2019/our-story" % (rfl, rll)])
    p["deceased"] = rng.random() < 0.4
    return p


PAT = [mk_person(PR, ln) for ln in PR.sample(LAST, 44)]
PLAINTIFFS = PAT[:7]

STAFF = [
    {"name": "Karen Baptiste", "lf": "Baptiste, Karen", "mail": "kbaptiste@mercymeridian.org", "title": "RN, Nurse Manager, 4 West", "tel": "312-555-0143", "cust": "CUST014"},
    {"name": "Sandra Whitfield", "lf": "Whitfield, Sandra", "mail": "swhitfield@mercymeridian.org", "title": "Director, Risk Management", "tel": "312-555-0117", "cust": "CUST021"},
    {"name": "Feng Liu", "lf": "Liu, Feng", "mail": "fliu@mercymeridian.org", "title": "MD, Hospitalist", "tel": "312-555-0152", "cust": "CUST003"},
    {"name": "Anita Rao", "lf": "Rao, Anita", "mail": "arao@mercymeridian.org", "title": "MD, Critical Care", "tel": "312-555-0158", "cust": "CUST017"},
    {"name": "Marcus Oyelowo", "lf": "Oyelowo, Marcus", "mail": "moyelowo@mercymeridian.org", "title": "ROI Supervisor, Health Information Management", "tel": "312-555-0131", "cust": "CUST009"},
    {"name": "Grzegorz Nowak", "lf": "Nowak, Grzegorz", "mail": "gnowak@mercymeridian.org", "title": "Biomedical Engineering Manager", "tel": "312-555-0166", "cust": "CUST025"},
]
COUNSEL = {"name": "Thomas J. Keane", "mail": "tkeane@hallorankeane.com", "firm": "Halloran Keane LLP"}
PARALEGAL = {"name": "Denise Albright", "mail": "dalbright@hallorankeane.com"}
PL_COUNSEL = {"name": "Priscilla Osei", "mail": "posei@brandtosei.com", "firm": "Brandt & Osei PC", "fax": "312-555-0188"}
REVIEWERS = ["mtanaka", "jrobles", "apatel2", "sokafor", "lchen", "bweiss"]
HOSTS = ["lbx-proc-w0%d" % i for i in range(1, 9)]
VOLS = ["MMH_PROD002", "MMH_PROD003", "MMH_PROD004"]

COUNTERS = {}


def reset_counters():
    COUNTERS.clear()
    COUNTERS.update({"bates": 18801, "doc": 4402, "job": 1048213, "roi": 1161, "priv": 38, "ocr": 41})


def next_bates(n=1):
    b = COUNTERS["bates"]
    COUNTERS["bates"] += n
    return b


def bates(b, pre="MMH"):
    return "%s%07d" % (pre, b)


def next_doc():
    COUNTERS["doc"] += R.randint(1, 7)
    return "DOC-%07d" % COUNTERS["doc"]


def roi_id():
    COUNTERS["roi"] += R.randint(1, 4)
    return "ROI-24-%05d" % COUNTERS["roi"]


def pick():
    return R.choice(PAT)


OLD = [q for q in PAT if q["age"] > 89]


def pick_old(prob=1.0):
    return R.choice(OLD) if R.random() < prob else R.choice(PAT)


def age_tag(p):
    return (str(p["age"]), "age") if p["age"] > 89 else str(p["age"])


def pname(p, st=None):
    """Name in a random written form; returns (text, 'name')."""
    f, l, m = p["first"], p["last"], p["mi"]
    forms = [f + " " + l, l + ", " + f, l.upper() + ", " + f.upper(), "%s %s. %s" % (f, m, l),
             f[0] + ". " + l, (l + ", " + f).lower(), "%s, %s %s." % (l, f, m), (f + " " + l).upper(),
             "%s %s" % (f.lower(), l.lower())]
    if st is None:
        st = R.choice([0, 0, 1, 1, 2, 3, 4, 5, 6, 7, 8])
    return (forms[st], "name")


def rname(p, st=None):
    r = p["rel"]
    f, l = r["first"], r["last"]
    forms = [f + " " + l, l + ", " + f, (f + " " + l).upper(), f]
    if st is None:
        st = R.choice([0, 0, 1, 2])
    return (forms[st], "name")


def kin_of(p):
    """What the relative calls the patient ("my mother", ...)."""
    f = p["sex"] == "F"
    return {"daughter": "mother" if f else "father", "son": "mother" if f else "father",
            "wife": "wife" if f else "husband", "husband": "wife" if f else "husband",
            "niece": "aunt" if f else "uncle", "grandson": "grandmother" if f else "grandfather",
            "sister": "sister" if f else "brother", "brother": "sister" if f else "brother"}[p["rel"]["rel"]]


def dtag(d, ch=None):
    return (rdate(d) if ch is None else rdate(d, ch), "date")


def bpath_name(p):
    return asc(p["last"]).replace(" ", "").replace("'", "") + "_" + asc(p["first"]).replace("-", "")


def fake_jpeg_b64(n):
    hdr = bytes.fromhex("FFD8FFE000104A46494600010101004800480000FFDB0043000806060706050806070709"
                        "0908 0A0C140D0C0B0B0C1912130F141D1A1F1E1D1A1C1C20242E2720222C231C1C2837292C30"
                        "313434341F27393D38323C2E333432".replace(" ", ""))
    body = bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(hdr + body).decode()


def fake_fmr_b64(n):
    hdr = b"FMR\x00 20\x00" + bytes([0, 0, 1, 0x2c, 0, 0, 1, 0x90, 1, 0xf4, 0, 0xc5, 0, 0xc5, 1, 0])
    body = bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(hdr + body).decode()


def hms(sec):
    return "%02d:%02d:%02d" % (sec // 3600, sec // 60 % 60, sec % 60)


# ============================================================================ families
# ---- Relativity-like processing job log (serilog style)
PROC_CLS = ["Lexbridge.Processing.Discovery", "Lexbridge.Processing.TextExtraction",
            "Lexbridge.Processing.Publish", "Lexbridge.Processing.Dedup",
            "Lexbridge.Processing.Worker", "Lexbridge.Processing.Inventory"]


def proc_prefix(lvl, cls):
    return "%s [%s] %s %s JobID=%d " % (ts_serilog(), lvl, R.choice(HOSTS) + "/ProcWorker-%02d" % R.randint(1, 16),
                                       cls, COUNTERS["job"])


def proc_noise():
    s = R.choice(STAFF)
    k = R.randrange(11)
    if k == 0:
        m = "Discovery started for processing set PS-%04d \"MMH Med-Mal %s\" source=\\\\lbx-fs02\\ingest\\MMH\\%s_%s\\" % (
            R.randint(30, 45), s["cust"], s["cust"], s["lf"].split(",")[0])
        return [mk("relativity_processing", proc_prefix("INF", PROC_CLS[0]), m)]
    if k == 1:
        return [mk("relativity_processing", proc_prefix("INF", PROC_CLS[0]),
                   "Discovered %s files (%.2f GB); containers=%d; expanded items=%s" % (
                       format(R.randint(400, 90000), ","), R.uniform(0.2, 60), R.randint(1, 40), format(R.randint(1000, 200000), ",")))]
    if k == 2:
        return [mk("relativity_processing", proc_prefix("INF", PROC_CLS[1]),
                   "Text extraction complete: %s files, %d errors, elapsed %s, avg %d ms/file" % (
                       format(R.randint(500, 40000), ","), R.randint(0, 90), hms(R.randint(60, 20000)), R.randint(40, 900)))]
    if k == 3:
        cat, msg, ext = R.choice([("Password Protected", "The file is encrypted (0x80040154)", "xlsx"),
                                  ("Corrupt Container", "Unable to open PST: header checksum mismatch", "pst"),
                                  ("Unsupported", "No extraction engine registered for type 'application/x-dicom'", "dcm"),
                                  ("Timeout", "Extraction exceeded 00:05:00", "pdf"),
                                  ("Corrupt File", "Invalid OLE compound document (sector 0x3A2 out of range)", "doc")])
        return [mk("relativity_processing", proc_prefix("WRN", PROC_CLS[1]),
                   "FileID=%d-%06d ErrorCategory=\"%s\" Message=\"%s\" Extension=%s" % (
                       COUNTERS["job"], R.randint(1, 90000), cat, msg, ext))]
    if k == 4:
        return [mk("relativity_processing", proc_prefix("INF", PROC_CLS[3]),
                   "Deduplication method=Global scope=Workspace hash=SHA256 duplicates_suppressed=%s primary_retained=%s" % (
                       format(R.randint(100, 20000), ","), format(R.randint(1000, 50000), ",")))]
    if k == 5:
        return [mk("relativity_processing", proc_prefix("INF", PROC_CLS[2]),
                   "Publish batch %d/%d completed: %d documents in %d ms, workspace artifact %d" % (
                       R.randint(1, 40), 40, R.randint(200, 1000), R.randint(2000, 90000), R.randint(1030000, 1039999)))]
    if k == 6:
        return [mk("relativity_processing", proc_prefix("DBG", PROC_CLS[4]),
                   "Heartbeat ok threads=%d/16 workingSet=%d MB queue=%d agent=ProcessingAgent v12.3.%d" % (
                       R.randint(8, 16), R.randint(3000, 15000), R.randint(0, 4000), R.randint(100, 999)))]
    if k == 7:
        return [mk("relativity_processing", proc_prefix("INF", PROC_CLS[5]),
                   "Inventory filter applied: Field=DateSent Operator=Between Values=[2018-01-01, 2021-12-31] excluded=%s" % format(R.randint(100, 90000), ","))]
    if k == 8:
        return [mk("relativity_processing", proc_prefix("WRN", PROC_CLS[4]),
                   "Retrying FileID=%d-%06d (attempt %d/3) after IOException: The specified network name is no longer available." % (
                       COUNTERS["job"], R.randint(1, 90000), R.randint(1, 3)))]
    if k == 9:
        return [mk("relativity_processing", proc_prefix("INF", PROC_CLS[0]),
                   "Settings: TimeZone=\"(UTC-06:00) Central Time (US & Canada)\" OCR=Enabled Languages=English,Spanish DeNIST=On ExtractEmbedded=True")]
    return [mk("relativity_processing", proc_prefix("ERR", PROC_CLS[2]),
               "SQL timeout publishing to EDDS1048213.dbo.Document (-2); batch %d will be retried in 120s" % R.randint(1, 40))]


def proc_phi():
    p = pick()
    k = R.randrange(5)
    fid = "FileID=%d-%06d " % (COUNTERS["job"], R.randint(1, 90000))
    if k == 0:
        return [mk("relativity_processing", proc_prefix("WRN", PROC_CLS[1]), fid,
                   "ErrorCategory=\"Password Protected\" Path=\\\\lbx-fs02\\ingest\\MMH\\CUST009_HIM\\Scans\\",
                   (bpath_name(p), "name"), "_", (fdate(p["dob"], 5), "date"), ".pdf")]
    if k == 1:
        return [mk("relativity_processing", proc_prefix("INF", PROC_CLS[1]),
                   "Extracted attachment \"Discharge Summary - ", (p["first"] + " " + p["last"], "name"),
                   " - MRN ", (p["mrn"], "mrn"), ".docx\" parent=%s size=%d KB" % (next_doc(), R.randint(30, 900)))]
    if k == 2:
        return [mk("relativity_processing", proc_prefix("WRN", PROC_CLS[0]),
                   "Container item skipped (embedded object > 2 GB) Subject=\"FW: ", pname(p, 2), " DOB ",
                   dtag(p["dob"], (0, 6)), " - ROI\" EntryID=00000000%s" % hexs(40).upper())]
    if k == 3:
        return [mk("relativity_processing", proc_prefix("DBG", PROC_CLS[5]),
                   "Native name normalized: '", (p["last"] + ", " + p["first"], "name"), " ", (p["mrn"], "mrn"),
                   " chart %d.pdf' -> '%s.pdf'" % (p["admit"].year, next_doc()))]
    return [mk("relativity_processing", proc_prefix("WRN", PROC_CLS[1]), fid,
               "Partial text: OCR fallback for image-only PDF \\\\lbx-fs02\\ingest\\MMH\\CUST017_Rao\\ICU\\",
               (asc(p["last"]).upper().replace(" ", ""), "name"), "-", (fdate(p["admit"], 2), "date"), "-flowsheet.pdf")]


# ---- OCR job log (python logging)
def ocr_pre(lvl, logger):
    return "%s %s [ocr-%d] %s: " % (ts_py(), lvl, R.randint(1, 4), logger)


def ocr_noise():
    b = bates(R.randint(18000, 26000))
    k = R.randrange(6)
    if k == 0:
        n = R.randint(1, 60)
        return [mk("ocr_job", ocr_pre("INFO", "ocrsvc.worker"),
                   "job=OCR-20240318-%04d doc=%s page=%d/%d engine=tesseract/5.3.1 lang=eng+spa psm=3 dpi=300 conf=%.2f dur_ms=%d" % (
                       R.randint(1, 300), b, R.randint(1, n), n, R.uniform(70, 99), R.randint(300, 4000)))]
    if k == 1:
        return [mk("ocr_job", ocr_pre("WARNING", "ocrsvc.preproc"),
                   "deskew angle %.1f\u00b0 exceeds 5.0 on %s p%d; applied rotation, binarize=sauvola" % (R.uniform(5, 14), b, R.randint(1, 9)))]
    if k == 2:
        return [mk("ocr_job", ocr_pre("INFO", "ocrsvc.lang"),
                   "detected spa (p=%.2f) on %s; re-queued with lang=spa" % (R.uniform(0.7, 0.99), b))]
    if k == 3:
        return [mk("ocr_job", ocr_pre("ERROR", "ocrsvc.worker"),
                   "%s p%d: Leptonica Error in pixReadStreamTiff: tiff page %d not found" % (b, R.randint(2, 9), R.randint(2, 9)))]
    if k == 4:
        return [mk("ocr_job", ocr_pre("INFO", "ocrsvc.zones"),
                   "handwriting region on %s p%d bbox=[%d,%d,%d,%d] routed=manual_review queue=HW-%d" % (
                       b, R.randint(1, 9), R.randint(50, 400), R.randint(500, 1500), R.randint(1200, 2400), R.randint(1600, 3200), R.randint(1, 3)))]
    return [mk("ocr_job", ocr_pre("INFO", "ocrsvc.stats"),
               "batch done pages=%d avg_conf=%.1f low_conf_pages=%d blank_pages=%d throughput=%.1f pages/min" % (
                   R.randint(200, 5000), R.uniform(85, 96), R.randint(0, 90), R.randint(0, 40), R.uniform(40, 240)))]


def garble(s):
    s2 = s.replace("0", "O", 1) if "0" in s else s.replace("1", "l", 1)
    return s2


def ocr_phi():
    p = pick_old(0.2)
    b = bates(R.randint(18000, 26000))
    k = R.randrange(4)
    if k == 0:
        return [mk("ocr_job", ocr_pre("WARNING", "ocrsvc.postproc"),
                   "low-confidence header on %s p1 conf=%.1f text='PATIENT: " % (b, R.uniform(40, 69)),
                   pname(p, 2), "  MRN: ", (p["mrn"], "mrn"), "  DOB: ", (garble(fdate(p["dob"], 0)), "date"), "'")]
    if k == 1:
        return [mk("ocr_job", ocr_pre("DEBUG", "ocrsvc.tokens"),
                   "%s p%d tokens[0:8]=['Pt', 'narne:', '" % (b, R.randint(1, 5)), (p["last"] + ",", "name"), "', '",
                   (p["first"], "name"), "', 'Adm:', '", (fdate(p["admit"], 6), "date"), "', 'Rm', '4%02dB']" % R.randint(1, 30))]
    if k == 2:
        return [mk("ocr_job", ocr_pre("INFO", "ocrsvc.fields"),
                   "form=HIM-101 (Authorization for Release) %s patient_name=\"" % b, pname(p, 0),
                   "\" dob=", dtag(p["dob"], (0, 2)), " ssn_last4=**** signature_present=%s" % R.choice(["true", "false"]))]
    return [mk("ocr_job", ocr_pre("INFO", "ocrsvc.fields"),
               "form=FACE_SHEET %s fields={'pt_name': '" % b, pname(p, 2), "', 'pt_addr': '", (p["street"].upper(), "address"),
               "', 'pt_city': '", (p["city"].upper(), "address"), "', 'pt_zip': '", (p["zip"], "zip"), "', 'pt_age': '", age_tag(p), "', 'guarantor_ph': '",
               (fphone(p["rel"]["phone"], 1), "phone"), "'}")]


# ---- Concordance DAT load files
DAT_EMAIL_HDR = ["BEGBATES", "ENDBATES", "BEGATTACH", "ENDATTACH", "CUSTODIAN", "DATESENT", "FROM", "TO",
                 "SUBJECT", "FILENAME", "MD5HASH", "PAGECOUNT"]
NOISE_SUBJ = ["4 West staffing grid - week 14", "Fall prevention policy 4.12 revision", "Pyxis override report Q1",
              "Code Blue debrief schedule", "RE: bed alarm vendor demo", "Litigation hold acknowledgment",
              "FW: Joint Commission tracer prep", "Night shift huddle notes template", "RE: Epic downtime 03/02 0200-0400",
              "Sepsis bundle compliance - Feb"]


def blk_dat_email():
    fam = "concordance_dat"
    out = [dat_row(fam, DAT_EMAIL_HDR)]
    s = R.choice(STAFF)
    for _ in range(R.randint(4, 6)):
        n = R.randint(1, 6)
        b0 = next_bates(n)
        beg, end = bates(b0), bates(b0 + n - 1)
        sent = "%02d/%02d/%d" % (R.randint(1, 12), R.randint(1, 28), R.choice([2018, 2019, 2020]))
        to = "%s; %s" % (R.choice(STAFF)["name"], R.choice(STAFF)["name"])
        md5 = hexs(32).upper()
        r = R.random()
        if r < 0.45:
            out.append(dat_row(fam, [beg, end, beg, end, s["lf"], sent, s["name"], to, R.choice(NOISE_SUBJ), "", md5, str(n)]))
        elif r < 0.75:
            p = pick()
            subj = R.choice([["RE: ", (p["last"], "name"), " family meeting"],
                             ["pt ", (p["first"] + " " + p["last"], "name"), " - transfer to ICU ", (fdate(p["event"], 6), "date")],
                             ["Records request - ", pname(p, 2), " (MRN ", (p["mrn"], "mrn"), ")"],
                             ["FW: ", pname(p, 4), " rm 418B fall ", (fdate(p["event"], 1), "date")]])
            out.append(dat_row(fam, [beg, end, beg, bates(b0 + n), s["lf"], sent, s["name"], to, subj, "", md5, str(n)]))
            out.append(dat_row(fam, [bates(b0 + n), bates(b0 + n), beg, bates(b0 + n), s["lf"], "", "", "", "",
                                     [(bpath_name(p), "name"), "_incident_followup.docx"], hexs(32).upper(), "1"]))
            next_bates(1)
        else:
            p = pick()
            rel = p["rel"]
            out.append(dat_row(fam, [beg, end, beg, end, "Whitfield, Sandra", sent,
                                     [rname(p, 0), " <", (rel["email"], "email"), ">"], "Patient Relations",
                                     ["Complaint about care of my ", kin_of(p), " ", (p["first"], "name")],
                                     "", md5, str(n)]))
    return out


DAT_MED_HDR = ["BEGBATES", "ENDBATES", "RECORDTYPE", "PATIENTNAME", "MRN", "DOB", "CSN", "SERVICEDATE", "DEPARTMENT",
               "PAGECOUNT", "TEXTPATH"]


def blk_dat_med():
    fam = "concordance_dat"
    out = [dat_row(fam, DAT_MED_HDR)]
    p = pick()
    for _ in range(R.randint(3, 5)):
        n = R.randint(1, 40)
        b0 = next_bates(n)
        rt = R.choice(["H&P", "Progress Note", "Nursing Flowsheet", "MAR", "Discharge Summary", "Radiology Report",
                       "Fall Risk Assessment", "Consent", "Lab Results"])
        d = p["admit"] + dt.timedelta(days=R.randint(0, max(0, (p["disch"] - p["admit"]).days)))
        out.append(dat_row(fam, [bates(b0), bates(b0 + n - 1), rt, (p["last"].upper() + ", " + p["first"].upper(), "name"),
                                 (p["mrn"], "mrn"), (fdate(p["dob"], 0), "date"), (p["csn"], "other_id"),
                                 (fdate(d, 0), "date"), R.choice(["4 WEST MED/SURG", "MICU", "ED", "RADIOLOGY", "5 NORTH"]),
                                 str(n), "TEXT\\TEXT%03d\\%s.txt" % (b0 // 1000, bates(b0))]))
    return out


# ---- OPT image cross reference
def blk_opt():
    out = []
    vol = R.choice(VOLS)
    for _ in range(R.randint(1, 2)):
        n = R.randint(2, 5)
        b0 = next_bates(n)
        for i in range(n):
            b = bates(b0 + i)
            out.append(mk("opt_xref", "%s,%s,D:\\%s\\IMAGES\\IMG%04d\\%s.tif,%s,,,%s" % (
                b, vol, vol, (b0 + i) // 1000, b, "Y" if i == 0 else "", str(n) if i == 0 else "")))
    return out


# ---- privilege log CSV
PRIV_HDR = "PrivID,BegBates,EndBates,DocDate,DocType,Author,Recipients,CC,PrivilegeType,Description"
NOISE_PRIV = ["Email requesting legal advice of counsel regarding event reporting obligations under 210 ILCS 85",
              "Draft root cause analysis prepared at direction of counsel",
              "Memorandum from counsel re: litigation hold scope and custodians",
              "Email chain reflecting legal advice regarding bed-alarm policy revisions",
              "Patient Safety Work Product submitted to PSO (42 U.S.C. 299b-22)"]


def blk_priv():
    fam = "privilege_log_csv"
    out = [mk(fam, PRIV_HDR)]
    for _ in range(R.randint(4, 6)):
        COUNTERS["priv"] += 1
        n = R.randint(1, 12)
        b0 = next_bates(n)
        dd = "%02d/%02d/%d" % (R.randint(1, 12), R.randint(1, 28), R.choice([2019, 2020, 2021]))
        a = R.choice(STAFF)
        rec = "%s (%s)" % (COUNSEL["name"], COUNSEL["firm"])
        typ = R.choice(["Attorney-Client", "Attorney-Client; Work Product", "Medical Studies Act", "PSWP"])
        if R.random() < 0.45:
            desc = R.choice(NOISE_PRIV)
        else:
            p = pick()
            desc = R.choice([["Email from Risk Management to counsel regarding care of patient ", pname(p, 4), " (MRN ",
                              (p["mrn"], "mrn"), ") and anticipated claim"],
                             ["Peer review committee minutes discussing ", (p["last"], "name"), "'s ", (fdate(p["admit"], 6), "date"),
                              " admission; 735 ILCS 5/8-2101"],
                             ["Counsel's notes of interview re: fall of ", pname(p, 0), " on ", (fdate(p["event"], 4), "date")],
                             ["Claim file correspondence, claim no. ", (p["claim"], "other_id"), ", insured ", pname(p, 1)]])
        out.append(csv_row(fam, ["PRIV-%04d" % COUNTERS["priv"], bates(b0, "MMH-PRIV-"), bates(b0 + n - 1, "MMH-PRIV-"), dd,
                                 R.choice(["Email", "Memo", "Minutes", "Spreadsheet", "Email w/ attachment"]),
                                 a["lf"] + " (" + a["title"] + ")", rec, R.choice(["", PARALEGAL["name"]]), typ, desc]))
    return out


# ---- redaction audit log (JSON lines)
def red_noise():
    b = bates(R.randint(18000, 26000))
    x, y = R.randint(50, 2000), R.randint(50, 3000)
    k = R.randrange(4)
    if k == 0:
        return [jobj("redaction_audit_json", [("ts", ts_z()), ("event", "redaction.applied"), ("batchId", "RDX-2024-%03d" % R.randint(20, 40)),
                                              ("docId", next_doc()), ("bates", b), ("page", R.randint(1, 30)),
                                              ("reasonCode", R.choice(["PHI-NonParty", "PII-SSN", "PHI-Dx", "Privileged-AC", "PSWP"])),
                                              ("rect", Raw("[%d,%d,%d,%d]" % (x, y, x + R.randint(40, 600), y + R.randint(14, 60)))),
                                              ("reviewer", R.choice(REVIEWERS)), ("qcStatus", R.choice(["pending", "passed", "returned"]))])]
    if k == 1:
        return [jobj("redaction_audit_json", [("ts", ts_z()), ("event", "redaction.burn"), ("volume", R.choice(VOLS)),
                                              ("pagesBurned", R.randint(100, 9000)), ("failed", R.randint(0, 4)),
                                              ("durationMs", R.randint(10000, 900000)), ("engine", "imgburn/3.8.2")])]
    if k == 2:
        return [jobj("redaction_audit_json", [("ts", ts_z()), ("event", "redaction.qc.sample"), ("batchId", "RDX-2024-%03d" % R.randint(20, 40)),
                                              ("sampleSize", R.randint(50, 400)), ("defects", R.randint(0, 6)),
                                              ("aql", 1.0), ("result", R.choice(["ACCEPT", "ACCEPT", "REJECT"])), ("qcBy", R.choice(REVIEWERS))])]
    return [jobj("redaction_audit_json", [("ts", ts_z()), ("event", "redaction.removed"), ("docId", next_doc()), ("bates", b),
                                          ("page", R.randint(1, 20)), ("reasonCode", "PHI-NonParty"),
                                          ("note", "over-redaction of attending signature block"), ("reviewer", R.choice(REVIEWERS))])]


def red_phi(k=None):
    b = bates(R.randint(18000, 26000))
    p = pick()
    if k is None:
        k = R.randrange(6)
    if k == 4:
        return [jobj("redaction_audit_json", [("ts", ts_z()), ("event", "redaction.applied"), ("docId", next_doc()), ("bates", b),
                                              ("page", R.randint(1, 12)), ("reasonCode", "PII-Contact"),
                                              ("matchedText", R.choice([p["email"], p["rel"]["email"]]), "email"),
                                              ("reviewer", R.choice(REVIEWERS))])]
    if k == 5:
        return [jobj("redaction_audit_json", [("ts", ts_z()), ("event", "redaction.applied"), ("docId", next_doc()), ("bates", b),
                                              ("page", R.randint(1, 12)), ("reasonCode", "PII-SocialMedia"),
                                              ("matchedText", p["url"], "url"), ("reviewer", R.choice(REVIEWERS))])]
    if k == 0:
        return [jobj("redaction_audit_json", [("ts", ts_z()), ("event", "redaction.term_hit"), ("searchTermSet", "NonPartyPatients_v4"),
                                              ("term", p["last"], "name"), ("hits", R.randint(1, 60)), ("docs", R.randint(1, 20)),
                                              ("autoRedact", True)])]
    if k == 1:
        return [jobj("redaction_audit_json", [("ts", ts_z()), ("event", "redaction.applied"), ("docId", next_doc()), ("bates", b),
                                              ("page", R.randint(1, 12)), ("reasonCode", "PII-SSN"),
                                              ("matchedText", R.choice([p["ssn"], p["ssn"].replace("-", "")]), "ssn"),
                                              ("pattern", "\\b\\d{3}-?\\d{2}-?\\d{4}\\b"), ("reviewer", R.choice(REVIEWERS))])]
    if k == 2:
        return [jobj("redaction_audit_json", [("ts", ts_z()), ("event", "redaction.image"), ("docId", next_doc()), ("bates", b),
                                              ("page", R.randint(1, 4)), ("reasonCode", "PHI-FacePhoto"),
                                              ("previewB64", fake_jpeg_b64(R.randint(90, 150)), "photo"), ("previewTruncated", True)])]
    return [jobj("redaction_audit_json", [("ts", ts_z()), ("event", "redaction.applied"), ("docId", next_doc()), ("bates", b),
                                          ("page", R.randint(1, 12)), ("reasonCode", "PHI-NonParty"),
                                          ("matchedText", ["MRN ", (p["mrn"], "mrn"), " ", pname(p, 1)]), ("reviewer", R.choice(REVIEWERS))])]


# ---- extracted e-mail threads (one physical line per text line)
def sent_line(d):
    h = R.randint(6, 22)
    return "Sent: %s, %s %d, %d %d:%02d %s" % (WDAY[d.weekday()], MONTH[d.month - 1], d.day, d.year,
                                               (h - 1) % 12 + 1, R.randint(0, 59), "AM" if h < 12 else "PM")


def sig(s):
    return "%s | %s | Mercy Meridian Hospital | %s" % (s["name"], s["title"], s["tel"])


def blk_email_fall():
    fam = "email_text"
    p = pick_old(0.7)
    nm, rm, risk, doc = STAFF[0], STAFF[1], STAFF[1], STAFF[2]
    rel = p["rel"]
    he = "She" if p["sex"] == "F" else "He"
    sent = p["event"] + dt.timedelta(days=1)
    age = p["age"]
    out = [mk(fam, "From: %s <%s>" % (nm["name"], nm["mail"])),
           mk(fam, sent_line(sent)),
           mk(fam, "To: %s <%s>" % (rm["name"], rm["mail"])),
           mk(fam, "Cc: %s <%s>" % (doc["name"], doc["mail"])),
           mk(fam, "Subject: RE: event report %d-%04d - pt fall 4 West rm 4%02dB" % (sent.year % 100, R.randint(100, 999), R.randint(1, 30))),
           mk(fam, "Sandra - following up on the fall. Patient is ", pname(p, R.choice([0, 3, 6])), ", ",
              ((str(age), "age") if age > 89 else str(age)), " y/o, MRN ", (p["mrn"], "mrn"), ", admitted ",
              dtag(p["admit"], (1, 6, 0)), " for CHF exacerbation."),
           mk(fam, he + " was found on the floor at approx 0240 on ", dtag(p["event"], (1, 6, 4)),
              "; bed alarm was not engaged per the night RN. No LOC, CT head neg."),
           mk(fam, "The ", rel["rel"], ", ", rname(p, 0), ", was notified by phone at ", (fphone(rel["phone"]), "phone"),
              " and is asking for a meeting with the team."),
           mk(fam, "I have the huddle sheet and will send the staffing grid for that night separately."),
           mk(fam, "Thanks,"),
           mk(fam, sig(nm))]
    if R.random() < 0.6:
        out += [mk(fam, "-----Original Message-----"),
                mk(fam, "From: %s <%s>" % (rm["name"], rm["mail"])),
                mk(fam, "Can you pull the fall risk scores (Morse) for the 72h prior and confirm whether a sitter was requested? Please do not forward outside RM.")]
    return out


def blk_email_family():
    fam = "email_text"
    p = pick()
    rel = p["rel"]
    spanish = R.random() < 0.35
    sent = p["disch"] + dt.timedelta(days=R.randint(3, 30))
    out = [mk(fam, "From: ", rname(p, 0), " <", (rel["email"], "email"), ">"),
           mk(fam, sent_line(sent)),
           mk(fam, "To: Patient Relations <patientrelations@mercymeridian.org>")]
    if spanish:
        out += [mk(fam, "Subject: Queja sobre la atención de ", (p["first"] + " " + p["last"], "name")),
                mk(fam, "Buenas tardes, mi familiar ", (p["first"] + " " + p["last"], "name"), " (fecha de nacimiento ",
                   dtag(p["dob"], (0, 8)), ") estuvo internado del ", dtag(p["admit"], (0, 6)), " al ", dtag(p["disch"], (0, 6)), "."),
                mk(fam, "Nadie nos explicó la úlcera por presión hasta el día del alta. Quiero una copia completa del expediente."),
                mk(fam, "Pueden llamarme al ", (fphone(rel["phone"]), "phone"), " o escribirme a ", (p["street"], "address"), ", ",
                   (p["city"], "address"), ", ", p["state"], " ", (p["zip"], "zip"), "."),
                mk(fam, "Atentamente, ", rname(p, 0))]
    else:
        out += [mk(fam, "Subject: Complaint about care of ", (p["first"] + " " + p["last"], "name"), " - MRN ", (p["mrn"], "mrn")),
                mk(fam, "To whom it may concern, my ", kin_of(p), " ",
                   pname(p, 0), " (DOB ", dtag(p["dob"], (0, 6, 1)), ") was in your ICU from ", dtag(p["admit"], (6, 1)),
                   " to ", dtag(p["disch"], (6, 1)), "."),
                mk(fam, "Nobody told us about the pressure injury until the day of discharge to Rosewood Rehab. I want the complete chart."),
                mk(fam, "You can reach me at ", (fphone(rel["phone"]), "phone"), " or by mail at ", (p["street"], "address"), ", ",
                   (p["city"], "address"), ", ", p["state"], " ", (p["zip"], "zip"), "."),
                mk(fam, rname(p, 3)),
                mk(fam, "Sent from my iPhone")]
    return out


def blk_email_hold():
    fam = "email_text"
    p = R.choice(PLAINTIFFS)
    dev_name, serial = p["device"]
    sent = dt.date(2024, R.randint(1, 2), R.randint(1, 28))
    cap = ("Estate of " if p["deceased"] else "") + p["first"] + " " + p["last"]
    out = [mk(fam, "From: %s <%s>" % (COUNSEL["name"], COUNSEL["mail"])),
           mk(fam, sent_line(sent)),
           mk(fam, "To: %s <%s>; %s <%s>" % (STAFF[1]["name"], STAFF[1]["mail"], STAFF[5]["name"], STAFF[5]["mail"])),
           mk(fam, "Cc: %s <%s>" % (PARALEGAL["name"], PARALEGAL["mail"])),
           mk(fam, "Subject: Litigation hold - ", ("Estate of " if p["deceased"] else ""), (p["first"] + " " + p["last"], "name"),
              " v. Mercy Meridian - Case No. ", (p["case"], "other_id")),
           mk(fam, "Please ensure the explanted %s (serial " % dev_name, (serial, "device"), ") and the interrogation/download for ",
              pname(p, 4), " are preserved by Biomed; do not return the device to the manufacturer."),
           mk(fam, "Plaintiff's family has been posting about the case publicly, see ", (p["url"], "url"), " - please do not respond or comment."),
           mk(fam, "Dates of care at issue: ", dtag(p["admit"], (0, 4)), " through ", dtag(p["disch"], (0, 4)), "."),
           mk(fam, "This message is a privileged and confidential attorney-client communication."),
           mk(fam, "%s | Partner | %s | 233 S. Wacker Dr., Suite 4400, Chicago, IL 60606 | T 312.555.0160 | F 312.555.0177" % (
               COUNSEL["name"], COUNSEL["firm"]))]
    return out


def blk_email_it():
    fam = "email_text"
    lh = "LH-2024-%03d" % R.randint(3, 12)
    return [mk(fam, "From: IT Service Desk <itsd@mercymeridian.org>"),
            mk(fam, sent_line(dt.date(2024, 3, R.randint(1, 15)))),
            mk(fam, "To: %s <%s>" % (STAFF[1]["name"], STAFF[1]["mail"])),
            mk(fam, "Subject: PST export for legal hold %s complete (INC%07d)" % (lh, R.randint(400000, 499999))),
            mk(fam, "The mailbox exports for %d custodians are on \\\\mmh-fs07\\legal\\%s (%.1f GB). MD5 manifest attached." % (
                R.randint(3, 9), lh, R.uniform(40, 600))),
            mk(fam, "Vocera message logs are only retained 30 days and could not be exported for the requested range."),
            mk(fam, "The ticket will auto-close in 3 business days. Reply to reopen."),
            mk(fam, "IT Service Desk | x4-HELP | Mercy Meridian Hospital")]


# ---- text extraction JSON with escaped newlines
def textx_phi():
    p = pick_old(0.4)
    d = p["admit"] + dt.timedelta(days=R.randint(0, 3))
    return [jobj("text_extract_json", [("docId", next_doc()), ("bates", bates(R.randint(18000, 26000))), ("extractor", "ExtractText/7.4.1182"),
                                       ("chars", R.randint(800, 6000)),
                                       ("text", ["MERCY MERIDIAN HOSPITAL\nNURSING PROGRESS NOTE\nPatient: ", pname(p, 1), "   MRN: ", (p["mrn"], "mrn"),
                                                 "   DOB: ", (fdate(p["dob"], 0), "date"), "\nDate of Service: ", (fdate(d, 0), "date"),
                                                 "\nAge: ", age_tag(p), "  Sex: " + p["sex"] + "\nPt resting, VSS, denies pain. Bed alarm on. Call light in reach.\n"]),
                                       ("truncated", True)])]


def textx_noise():
    return [jobj("text_extract_json", [("docId", next_doc()), ("bates", bates(R.randint(18000, 26000))), ("extractor", "ExtractText/7.4.1182"),
                                       ("chars", R.randint(800, 6000)),
                                       ("text", "MERCY MERIDIAN HOSPITAL\nPOLICY 4.12 - FALL PREVENTION\nEffective: 01/2019   Owner: Nursing Practice Council\n1. All inpatients are screened with the Morse Fall Scale on admission and every shift.\n"),
                                       ("truncated", True)])]


# ---- Bates page metadata JSON
def bates_noise():
    b = bates(R.randint(18000, 26000))
    return [jobj("bates_page_meta", [("bates", b), ("prodVol", R.choice(VOLS)), ("docId", next_doc()), ("pageNo", R.randint(1, 30)),
                                     ("pageCount", R.randint(30, 60)), ("img", "IMAGES/IMG%04d/%s.tif" % (R.randint(18, 26), b)),
                                     ("wPx", 2550), ("hPx", 3300), ("dpi", 300), ("sha1", hexs(40)), ("ocrConf", round(R.uniform(0.7, 0.99), 2)),
                                     ("redacted", R.choice([True, False])), ("endorse", "CONFIDENTIAL - SUBJECT TO PROTECTIVE ORDER")])]


def bates_phi():
    p = pick_old(0.25)
    b = bates(R.randint(18000, 26000))
    k = R.randrange(4)
    if k == 3:
        return [jobj("bates_page_meta", [("bates", b), ("docId", next_doc()), ("pageNo", R.randint(1, 9)), ("recType", "Device Interrogation"),
                                         ("pt", [pname(p, 2)]), ("deviceModel", p["device"][0]), ("deviceSerial", p["device"][1], "device"),
                                         ("interrogatedOn", fdate(p["event"], 0), "date"), ("ocrConf", round(R.uniform(0.7, 0.99), 2))])]
    if k == 0:
        return [jobj("bates_page_meta", [("bates", b), ("prodVol", R.choice(VOLS)), ("pageNo", R.randint(1, 30)),
                                         ("hdrText", ["MERCY MERIDIAN HOSPITAL  PATIENT: ", pname(p, 2), "  MRN: ", (p["mrn"], "mrn"),
                                                      "  DOB: ", (fdate(p["dob"], 0), "date")]),
                                         ("ocrConf", round(R.uniform(0.7, 0.99), 2)), ("redacted", False)])]
    if k == 1:
        return [jobj("bates_page_meta", [("bates", b), ("docId", next_doc()), ("pageNo", 1), ("recType", "Face Sheet"),
                                         ("patientName", p["last"] + ", " + p["first"], "name"), ("mrn", p["mrn"], "mrn"),
                                         ("encounterCsn", p["csn"], "other_id"), ("admitDt", fdate(p["admit"], 2), "date"),
                                         ("ageAtAdmit", p["age"], "age" if p["age"] > 89 else None),
                                         ("payer", p["plan"]), ("memberId", p["member"], "health_plan")])]
    return [jobj("bates_page_meta", [("bates", b), ("docId", next_doc()), ("pageNo", R.randint(1, 9)), ("recType", "Billing Statement"),
                                     ("guarantor", [rname(p, 1)]), ("har", p["har"], "account"),
                                     ("svcFrom", fdate(p["admit"], 0), "date"), ("svcTo", fdate(p["disch"], 0), "date"), ("balanceDue", round(R.uniform(20, 9000), 2))])]


# ---- custodian interviews
def blk_interview():
    fam = "custodian_interview"
    s = R.choice(STAFF)
    p = pick()
    rel = p["rel"]
    ci = "CI-%03d" % R.randint(10, 40)
    p = pick_old(0.5)
    rel = p["rel"]
    out = [mk(fam, "=== Custodian Interview %s | Custodian: %s (%s) | Interviewer: D. Albright, %s | %s CST ===" % (
        ci, s["name"], s["title"], COUNSEL["firm"], "2024-02-%02d %02d:%02d" % (R.randint(5, 28), R.randint(8, 16), R.choice([0, 15, 30, 45]))))]
    pool = [
        [mk(fam, "[%s] Q: Which systems did you use for documentation in 2019? A: Epic for charting, Vocera for calls, the unit shared drive S:\\4West, and the Kronos staffing module." % ci)],
        [mk(fam, "[%s] Q: Any paper records? A: Fall huddle sheets were kept in a binder at the station and shredded after 90 days per unit practice." % ci)],
        [mk(fam, "[%s] Note: custodian has a personal iPhone used for Vocera backup texting; counsel to decide on collection. No action today." % ci)],
        [mk(fam, "[%s] Q: Did you keep any personal notes? A: A notebook with assignments only, no patient identifiers. Produced as CUSTNB-0001." % ci)],
        [mk(fam, "[%s] A: I remember " % ci, ("Mr. " if p["sex"] == "M" else "Mrs. "), (p["last"], "name"), " in 4%02dB; " % R.randint(1, 30),
            ("he" if p["sex"] == "M" else "she"), " was ", ((str(p["age"]), "age") if p["age"] > 89 else str(p["age"])),
            " and very unsteady, and the ", rel["rel"], " ", rname(p, 3), " visited nightly.")],
        [mk(fam, "[%s] A: The night of " % ci, dtag(p["event"], (4, 1, 7)), " the ", rel["rel"], " called me on my cell from ",
            (fphone(rel["phone"]), "phone"), "; I texted back once and told %s to call the unit line." % ("her" if rel["rel"] in ("daughter", "niece", "wife", "sister") else "him"))],
        [mk(fam, "[%s] A: Patient Relations later forwarded a letter from the family's auto insurer about the car, VIN " % ci, (p["vin"], "vehicle"),
            "; I never saw the vehicle myself.")],
        [mk(fam, "[%s] A: The %s drove %s in that morning, a gray Honda CR-V, plate " % (ci, rel["rel"], "him" if p["sex"] == "M" else "her"),
            (p["plate"], "vehicle"), ". Security should have it on the ambulance bay camera.")],
        [mk(fam, "[%s] A: Biomed took the pump after the event; the serial on the sticker was " % ci, (p["device"][1], "device"),
            ", I wrote it on the event report for ", pname(p, 4), ".")],
        [mk(fam, "[%s] A: I was told the family put up a fundraiser page (" % ci, (p["url"], "url"), ") naming me. I have not responded.")],
    ]
    sel = R.sample(pool[:4], R.randint(2, 3)) + R.sample(pool[4:], R.randint(2, 4))
    R.shuffle(sel)
    for x in sel:
        out += x
    out.append(mk(fam, "[%s] End of interview %s. Follow-ups: confirm Kronos export range; request Vocera vendor retention letter." % (ci, "%02d:%02d" % (R.randint(9, 17), R.randint(0, 59)))))
    return out


# ---- docket tracker (pipe) and subpoena tracker
DOCKET_HDR = "MatterNo|CaseNumber|Court|Caption|DktEntry|FiledDate|Description|NextDeadline|RespAtty"
DKT_TXT = ["Agreed HIPAA Qualified Protective Order entered", "Plaintiff's First Request for Production served",
           "Case Management Order: fact discovery closes", "Notice of deposition of Karen Baptiste, RN",
           "Motion to compel production of incident reports - briefing schedule set", "Rule 213(f)(3) disclosures due",
           "Order on motion to quash subpoena to Lexbridge Discovery Services", "Stipulated ESI protocol entered"]


def blk_docket():
    fam = "docket_tracker_psv"
    out = [mk(fam, DOCKET_HDR)]
    for _ in range(R.randint(3, 5)):
        p = R.choice(PLAINTIFFS)
        court = "N.D. Ill." if p["case"].startswith("1:") else "Cook Cty Cir Ct - Law Div"
        cap = ["Estate of " if p["deceased"] else "", (p["first"] + " " + p["last"], "name"), " v. Mercy Meridian Hospital et al."]
        fd = dt.date(2024, 1, 2) + dt.timedelta(days=R.randint(0, 72))
        dl = fd + dt.timedelta(days=R.choice([14, 21, 28, 35, 60]))
        out.append(mk(fam, "MMH-LIT-%04d|" % (100 + PLAINTIFFS.index(p)), (p["case"], "other_id"), "|", court, "|", cap,
                      "|%d|%s|%s|%s|%s" % (R.randint(12, 90), fd.strftime("%m/%d/%Y"), R.choice(DKT_TXT), dl.strftime("%m/%d/%Y"),
                                           R.choice(["TJK", "TJK", "MRD", "ALS"]))))
    return out


def subp_pre(lvl):
    t = C.tick()
    return "%s lbx-lit01 subpoena-tracker[%d]: %s " % (t.strftime("%b %d %H:%M:%S"), R.randint(2000, 3000), lvl)


def subp_noise():
    k = R.randrange(4)
    if k == 0:
        return [mk("subpoena_tracker", subp_pre("INFO"), "reminder sweep: open=%d due_7d=%d overdue=%d next_run=2024-03-19T06:00:00-05:00" % (
            R.randint(3, 12), R.randint(0, 4), R.randint(0, 1)))]
    if k == 1:
        return [mk("subpoena_tracker", subp_pre("WARN"), "SMTP relay 10.40.2.25:587 timeout sending due-date digest to litsupport@lexbridge-ds.com; retry in 300s")]
    if k == 2:
        return [mk("subpoena_tracker", subp_pre("INFO"), "efile sync (odyssey gateway) pulled %d new docket entries in %.1fs; 0 failures; cursor=%s" % (
            R.randint(0, 30), R.uniform(0.4, 6), hexs(16)))]
    return [mk("subpoena_tracker", subp_pre("INFO"), "id=SUBP-24-%04d kind=DEPO witness=\"%s\" issuer=\"%s\" served_on=2024-0%d-%02d status=SCHEDULED" % (
        R.randint(100, 300), R.choice(STAFF)["name"], PL_COUNSEL["firm"], R.randint(1, 3), R.randint(1, 28)))]


def subp_phi():
    p = pick()
    sv = dt.date(2024, R.randint(1, 3), R.randint(1, 28))
    k = R.randrange(3)
    if k == 2:
        return [mk("subpoena_tracker", subp_pre("INFO"),
                   "id=SUBP-24-%04d kind=SDT issuer=\"Illinois State Police - District Chicago\" re_patient=\"" % R.randint(100, 300),
                   pname(p, 0), "\" incident=MVA dos=", (fdate(p["admit"], 2), "date"), " vehicle_plate=\"", (p["plate"], "vehicle"),
                   "\" vin=", (p["vin"], "vehicle"), " scope=\"ED record, BAC lab\" status=%s" % R.choice(["OPEN", "PRODUCED"]))]
    if k == 0:
        return [mk("subpoena_tracker", subp_pre("INFO"),
                   "id=SUBP-24-%04d kind=SDT issuer=\"%s\" court=\"Circuit Court of Cook County\" served_on=%s due=%s records_of=\"" % (
                       R.randint(100, 300), PL_COUNSEL["firm"], sv.isoformat(), (sv + dt.timedelta(days=28)).isoformat()),
                   pname(p, 1), "\" dob=", (fdate(p["dob"], 2), "date"), " date_range=\"", (fdate(p["admit"], 0), "date"), " to ",
                   (fdate(p["disch"], 0), "date"), "\" status=%s" % R.choice(["OPEN", "PRODUCED", "OBJECTION_SERVED"]))]
    q = R.choice(PLAINTIFFS)
    return [mk("subpoena_tracker", subp_pre("INFO"),
               "id=SUBP-24-%04d kind=RECORDS_DEPO case=" % R.randint(100, 300), (q["case"], "other_id"), " deponent=\"Keeper of Records, Mercy Meridian Hospital\" re_patient=\"",
               pname(q, 0), "\" ssn_on_subpoena=", (q["ssn"], "ssn"), " action=redact_before_filing")]


# ---- ROI request logs
ROI_HDR = "RequestID,Received,RequesterType,Requester,PatientName,DOB,MRN,RecordsRequested,DateRange,DeliveryMethod,DeliverTo,Status,Fee"
ROI_HDR2 = "REQ_NO|RCV_DT|RQSTR_TYP|RQSTR_NM|PT_NM|PT_DOB|MRN|ENC_NO|DLVR_MTHD|DLVR_ADDR|STAT_CD"


def blk_roi_csv():
    fam = "roi_request_csv"
    legacy = R.random() < 0.5
    out = [mk(fam, ROI_HDR2 if legacy else ROI_HDR)]
    for _ in range(R.randint(4, 6)):
        p = pick()
        rid = roi_id()
        rcv = "%02d/%02d/2024" % (R.randint(1, 3), R.randint(1, 28))
        rt = R.choice(["SELF", "SELF", "ATTORNEY", "INSURER", "SSA-DISABILITY"])
        if rt == "SELF":
            req = "Self"
            meth = R.choice(["EMAIL", "FAX", "MAIL", "PORTAL"])
            to = {"EMAIL": (p["email"], "email"), "FAX": (fphone(p["fax"], 1), "fax"),
                  "MAIL": [(p["street"], "address"), " ", (p["city"], "address"), " ", p["state"], " ", (p["zip"], "zip")],
                  "PORTAL": ("portal:" + p["portal"])}[meth]
            if meth == "PORTAL":
                to = ["portal:", (p["portal"], "other_id")]
        elif rt == "ATTORNEY":
            req, meth, to = PL_COUNSEL["firm"], "FAX", PL_COUNSEL["fax"]
        elif rt == "INSURER":
            req, meth, to = "Liberty Casualty Claims", "SECUREMAIL", "claims-intake@libertycasualty.example"
        else:
            req, meth, to = "SSA DDS Springfield", "ERE", "DDS-IL-ERE"
        if legacy:
            out.append(csv_row(fam, [rid.replace("ROI-24-", "24"), rcv.replace("/", ""), rt[:4], req.upper(),
                                     (p["last"].upper() + "," + p["first"].upper(), "name"), (fdate(p["dob"], 5), "date"),
                                     (p["mrn"], "mrn"), (p["csn"], "other_id"), meth, to, R.choice(["C", "P", "H", "V"])], sep="|"))
        else:
            out.append(csv_row(fam, [rid, rcv, rt, req, pname(p, R.choice([0, 1, 6])), (fdate(p["dob"], 0), "date"), (p["mrn"], "mrn"),
                                     R.choice(["Complete chart", "H&P; Discharge Summary; MAR", "Itemized bill", "Radiology images (CD)"]),
                                     [(fdate(p["admit"], 0), "date"), "-", (fdate(p["disch"], 0), "date")], meth, to,
                                     R.choice(["Completed", "Pending Auth", "In QA", "On Legal Hold"]), "%.2f" % R.uniform(0, 90)]))
    return out


ROI_POOL = {"roi.queue": "sched", "roi.billing": "billing", "roi.fulfil": "fulfil", "roi.hl7": "hl7", "roi.auth": "intake",
            "roi.intake": "intake", "roi.idv": "intake", "roi.query": "fulfil"}


def roi_pre(lvl, logger):
    return "%s %-5s [roi-%s-%d] %s: " % (ts_py(), lvl, ROI_POOL[logger], R.randint(1, 4), logger)


def roi_noise():
    k = R.randrange(6)
    if k == 0:
        return [mk("roi_app_log", roi_pre("INFO", "roi.queue"), "open=%d awaiting_auth=%d legal_hold=%d oldest=ROI-24-%05d (%d days)" % (
            R.randint(20, 60), R.randint(0, 12), R.randint(0, 5), R.randint(900, 1000), R.randint(10, 29)))]
    if k == 1:
        return [mk("roi_app_log", roi_pre("INFO", "roi.billing"), "req=%s charge approved amount=%.2f card=************%04d auth=%06d processor=authnet" % (
            roi_id(), R.uniform(6.5, 90), R.randint(0, 9999), R.randint(0, 999999)))]
    if k == 2:
        return [mk("roi_app_log", roi_pre("WARN", "roi.fulfil"), "req=%s page count mismatch expected=%d rendered=%d; re-render scheduled" % (
            roi_id(), R.randint(50, 400), R.randint(10, 49)))]
    if k == 3:
        return [mk("roi_app_log", roi_pre("INFO", "roi.fulfil"), "req=%s released to requester_type=ATTORNEY via fax %s pages=%d bates=%s-%s" % (
            roi_id(), PL_COUNSEL["fax"], R.randint(20, 300), bates(R.randint(18000, 20000)), bates(R.randint(20001, 22000))))]
    if k == 4:
        return [mk("roi_app_log", roi_pre("DEBUG", "roi.hl7"), "MLLP connect 10.40.6.12:6661 ok; keepalive=30s; outstanding=0")]
    return [mk("roi_app_log", roi_pre("INFO", "roi.auth"), "req=%s authorization form HIM-101 rev 2021-06 validated: expiry_ok=true witness_ok=true" % roi_id())]


def roi_phi(k=None):
    p = pick()
    if k is None:
        k = R.randrange(10)
    rid = roi_id()
    if k == 8:
        return [mk("roi_app_log", roi_pre("INFO", "roi.fulfil"), "req=%s released to requester_type=SELF via fax to " % rid,
                   (fphone(p["fax"]), "fax"), " pages=%d cover=HIM-FAX-02" % R.randint(3, 120))]
    if k == 9:
        p = pick_old()
        return [mk("roi_app_log", roi_pre("INFO", "roi.intake"), "req=%s requester_type=POA elder_flag=true patient_age=" % rid, age_tag(p),
                   " dob=", (fdate(p["dob"], 2), "date"), " poa_name=\"", rname(p, 0), "\" poa_phone=", (fphone(p["rel"]["phone"], 2), "phone"))]
    if k == 0:
        return [mk("roi_app_log", roi_pre("INFO", "roi.intake"), "req=%s source=portal requester=SELF client_ip=" % rid, (p["ip"], "ip"),
                   " user=", (p["portal"], "other_id"), " patient_mrn=", (p["mrn"], "mrn"), " auth_form=HIM-101 signed=true")]
    if k == 1:
        return [mk("roi_app_log", roi_pre("INFO", "roi.idv"), "req=%s id_type=DL id_state=IL id_number=" % rid, (p["dl"], "license"),
                   " name_match=%.2f dob_match=true" % R.uniform(0.8, 1))]
    if k == 2:
        return [mk("roi_app_log", roi_pre("INFO", "roi.idv"), "req=%s method=fingerprint scanner=DP-4500 sn=U%09d template=" % (rid, R.randint(0, 999999999)),
                   (fake_fmr_b64(R.randint(45, 80)), "biometric"), " match_score=%d" % R.randint(40, 200))]
    if k == 3:
        return [mk("roi_app_log", roi_pre("ERROR", "roi.billing"), "req=%s gateway decline 402 payload={card_number=" % rid,
                   (p["card"], "account"), ", exp=%02d/%02d, cardholder=\"" % (R.randint(1, 12), R.randint(25, 29)), pname(p, 7), "\"}")]
    if k == 4:
        return [mk("roi_app_log", roi_pre("INFO", "roi.fulfil"), "req=%s sent via SecureMail to " % rid, (p["email"], "email"),
                   " pages=%d expires=7d" % R.randint(5, 400))]
    if k == 5:
        return [mk("roi_app_log", roi_pre("INFO", "roi.query"), "ADT^A19 for MRN ", (p["mrn"], "mrn"), " returned %d encounters (CSN " % R.randint(1, 4),
                   (p["csn"], "other_id"), " adm ", (fdate(p["admit"], 2), "date"), ")")]
    if k == 6:
        return [mk("roi_app_log", roi_pre("WARN", "roi.intake"), "req=%s requester_type=SELF name mismatch: form says '" % rid,
                   pname(p, 0), "' chart says '", pname(p, 2), "'; dob ", dtag(p["dob"], (0, 2)), " matches; routed to QA")]
    return [mk("roi_app_log", roi_pre("INFO", "roi.intake"), "req=%s payer verification %s member_id=" % (rid, "Medicare" if p["age"] >= 65 else p["plan"]),
               ((p["mbi"], "health_plan") if p["age"] >= 65 else (p["member"], "health_plan")), " eligible=true")]


def roi_xml_phi():
    p = pick()
    rid = roi_id()
    mcare = p["age"] >= 65
    return [mk("roi_xml", "<RoiRequest id=\"%s\" received=\"2024-03-%02d\"><Requester type=\"ATTORNEY\"><Org>Brandt &amp; Osei PC</Org><Fax>%s</Fax></Requester>" % (
        rid, R.randint(1, 17), PL_COUNSEL["fax"]),
        "<Patient><Name><Family>", (p["last"], "name"), "</Family><Given>", (p["first"], "name"), "</Given></Name><BirthDate>",
        (p["dob"].isoformat(), "date"), "</BirthDate><MRN>", (p["mrn"], "mrn"), "</MRN>",
        "<MedicareMBI>" if mcare else "<MemberId>", ((p["mbi"] if mcare else p["member"]), "health_plan"),
        "</MedicareMBI>" if mcare else "</MemberId>",
        "</Patient><Scope from=\"", (p["admit"].isoformat(), "date"), "\" to=\"", (p["disch"].isoformat(), "date"),
        "\">ALL</Scope><Authorization form=\"HIPAA-AUTH\" signed=\"true\"/></RoiRequest>")]


def hl7_phi():
    p = pick()
    t = C.tick()
    ts = t.strftime("%Y%m%d%H%M%S")
    nm = "%s^%s^%s" % (asc(p["last"]).upper(), asc(p["first"]).upper(), p["mi"])
    ph = p["phone"]
    return [mk("roi_hl7_query", roi_pre("DEBUG", "roi.hl7"), "recv ADR^A19 len=%d: MSH|^~\\&|EPIC|MMH|ROIQ|LBX|%s||ADR^A19|Q%06d|P|2.5.1\\rMSA|AA|Q%06d\\rPID|1||" % (
        R.randint(600, 1400), ts, R.randint(0, 999999), R.randint(0, 999999)),
        (p["mrn"], "mrn"), "^^^MMH^MR||", (nm, "name"), "||", (fdate(p["dob"], 5), "date"), "|%s|||" % p["sex"],
        (p["street"].upper(), "address"), "^^", (p["city"].upper(), "address"), "^%s^" % p["state"], (p["zip"], "zip"),
        "||", ("(%s)%s-%s" % (ph[:3], ph[3:6], ph[6:]), "phone"), "|||||", (p["har"], "account"), "|", (p["ssn"].replace("-", ""), "ssn"),
        "\\rPV1|1|I|4W^4%02d^B||||1234^LIU^FENG^^^MD|||MED||||||||||" % R.randint(1, 30), (p["csn"], "other_id"),
        "|||||||||||||||||||||||", (fdate(p["admit"], 5) + "%02d%02d" % (R.randint(0, 23), R.randint(0, 59)), "date"))]


def hl7_noise():
    t = C.tick()
    return [mk("roi_hl7_query", roi_pre("DEBUG", "roi.hl7"), "send ACK: MSH|^~\\&|ROIQ|LBX|EPIC|MMH|%s||ACK^A19|A%06d|P|2.5.1\\rMSA|AA|Q%06d" % (
        t.strftime("%Y%m%d%H%M%S"), R.randint(0, 999999), R.randint(0, 999999)))]


# ---- noise-only systems
def worker_stats():
    return [mk("worker_stats", "%s worker-stats host=%s pool=%s active=%d idle=%d queued=%s docs_per_min=%s cpu=%.1f%% mem_rss=%.1fGiB disk_free=%dGiB" % (
        ts_z(), R.choice(HOSTS), R.choice(["processing", "ocr", "imaging", "publish"]), R.randint(0, 16), R.randint(0, 8),
        format(R.randint(0, 9000), ","), format(R.randint(0, 4000), ","), R.uniform(3, 99), R.uniform(1, 30), R.randint(20, 900)))]


def index_log():
    k = R.randrange(3)
    t = C.tick()
    if k == 0:
        return [mk("index_build", "[%s] IndexBuild[MMH_ALL_v3] INFO batch %d/42 committed: docs=%s words=%s noise_words_skipped=%s elapsed=%s frag=%.1f%%" % (
            t.strftime("%Y-%m-%d %H:%M:%S"), R.randint(1, 42), format(R.randint(1000, 20000), ","), format(R.randint(10 ** 6, 10 ** 8), ","),
            format(R.randint(10 ** 4, 10 ** 6), ","), hms(R.randint(60, 3000)), R.uniform(0, 9)))]
    if k == 1:
        return [mk("index_build", "[%s] IndexBuild[MMH_ALL_v3] WARN %d documents exceeded 2,000,000 words and were partially indexed" % (
            t.strftime("%Y-%m-%d %H:%M:%S"), R.randint(1, 9)))]
    return [mk("index_build", "[%s] AnalyticsIndex[MMH_CA_v2] INFO population complete: %s docs, conceptual dims=100, training set=%s, build time %s" % (
        t.strftime("%Y-%m-%d %H:%M:%S"), format(R.randint(10 ** 4, 10 ** 6), ","), format(R.randint(10 ** 4, 10 ** 5), ","), hms(R.randint(600, 20000))))]


def index_phi():
    t = C.tick()
    ps = R.sample(PAT, 3)
    return [mk("index_build", "[%s] IndexBuild[MMH_ALL_v3] DEBUG dictionary sample (rare terms): ['4west', " % t.strftime("%Y-%m-%d %H:%M:%S"),
               "'", (asc(ps[0]["last"]).lower().replace(" ", ""), "name"), "', 'morse', '", (ps[1]["mrn"], "mrn"), "', '",
               (asc(ps[2]["last"]).lower().replace(" ", ""), "name"), "', 'sitter']")]


def es_log():
    idx = "mmh-docs-v3"
    node = "lbx-es-0%d" % R.randint(1, 3)
    k = R.randrange(4)
    if k == 0:
        return [mk("es_cluster", "[%s][INFO ][o.e.c.m.MetadataMappingService] [%s] [%s/%s] update_mapping [_doc]" % (
            ts_es(), node, idx, base64.urlsafe_b64encode(bytes(R.getrandbits(8) for _ in range(16))).decode()[:22]))]
    if k == 1:
        return [mk("es_cluster", "[%s][WARN ][o.e.m.j.JvmGcMonitorService] [%s] [gc][%d] overhead, spent [%dms] collecting in the last [1s]" % (
            ts_es(), node, R.randint(10000, 99999), R.randint(300, 900)))]
    if k == 2:
        return [mk("es_cluster", "[%s][INFO ][o.e.c.r.a.AllocationService] [%s] Cluster health status changed from [YELLOW] to [GREEN] (reason: [shards started [[%s][%d]]])." % (
            ts_es(), node, idx, R.randint(0, 4)))]
    return [mk("es_cluster", "[%s][INFO ][o.e.i.s.IndexShard] [%s] [%s][%d] primary-replica resync completed with %d operations" % (
        ts_es(), node, idx, R.randint(0, 4), R.randint(0, 900)))]


def dedup_log():
    k = R.randrange(3)
    pre = "%s dedup[%s] " % (ts_java(), R.choice(HOSTS))
    if k == 0:
        return [mk("dedup_hash", pre, "INFO scope=global algo=MD5 docid=%s md5=%s sha1=%s status=DUPLICATE master=%s dupe_custodians=%s;%s" % (
            next_doc(), hexs(32), hexs(40), bates(R.randint(18000, 26000)), *sorted(q["cust"] for q in R.sample(STAFF, 2))))]
    if k == 1:
        return [mk("dedup_hash", pre, "INFO scope=custodial algo=SHA256 docid=%s sha256=%s status=UNIQUE family=%s" % (
            next_doc(), hexs(64), "FAM-%06d" % R.randint(0, 999999)))]
    return [mk("dedup_hash", pre, "WARN near-dup cluster %d: %d members, similarity>=%.2f, pivot=%s (textual, not suppressed)" % (
        R.randint(1000, 9999), R.randint(2, 40), R.uniform(0.9, 0.99), next_doc()))]


UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15"]


def access_noise():
    k = R.randrange(3)
    if k == 0:
        return [mk("http_access", "10.20.0.%d - - [%s] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.27\" rt=0.00%d" % (
            R.randint(2, 9), ts_access(), R.randint(1, 9)))]
    if k == 1:
        return [mk("http_access", "10.20.4.%d - %s [%s] \"GET /review/api/v2/documents/%s/pages/%d?fmt=png HTTP/1.1\" 200 %d \"-\" \"%s\" rt=%.3f" % (
            R.randint(10, 80), R.choice(REVIEWERS), ts_access(), next_doc(), R.randint(1, 30), R.randint(20000, 200000), R.choice(UA), R.uniform(0.01, 0.9)))]
    return [mk("http_access", "10.20.4.%d - %s [%s] \"POST /review/api/v2/coding/batch HTTP/1.1\" %d %d \"-\" \"%s\" rt=%.3f trace=%s" % (
        R.randint(10, 80), R.choice(REVIEWERS), ts_access(), R.choice([200, 200, 204, 409]), R.randint(0, 900), R.choice(UA), R.uniform(0.01, 2), hexs(32)))]


def access_phi():
    p = pick()
    return [mk("http_access", (p["ip"], "ip"), " - ", (p["portal"], "other_id"), " [%s] \"POST /roi/portal/api/requests HTTP/1.1\" 201 %d \"https://roi.mercymeridian.org/portal/new\" \"%s\" rt=%.3f" % (
        ts_access(), R.randint(200, 900), R.choice(UA), R.uniform(0.05, 1.5)))]


def config_log():
    k = R.randrange(3)
    if k == 0:
        return [mk("config", "%s config: loaded /etc/lexbridge/processing.yaml profile=\"MMH Default\" ocr.enabled=true ocr.langs=[eng,spa] dedupe.scope=global tz=America/Chicago build=7.4.1182 (git %s)" % (
            ts_iso_local(), hexs(7)))]
    if k == 1:
        return [mk("config", "%s config: feature flags redaction.autoTerms=on redaction.burnOnExport=on roi.portal.idv=fingerprint,dl hl7.mllp.port=6661 max_workers=16" % ts_iso_local())]
    return [mk("config", "%s config: connection string EDDS=Server=lbx-sql02,1433;Database=EDDS1048213;Integrated Security=SSPI;Max Pool Size=200" % ts_iso_local())]


# ---- tracebacks
def blk_py_tb():
    fam = "python_traceback"
    p = pick()
    k = R.randrange(5)
    if k == 0:
        d = fdate(p["dob"], R.choice([2, 3, 8]))
        return [mk(fam, "%s ERROR [roi-intake-1] roi.ingest: failed to parse row %d of roi_export_20240318.csv" % (ts_py(), R.randint(2, 400))),
                mk(fam, "Traceback (most recent call last):"),
                mk(fam, "  File \"/opt/lexbridge/roi/ingest.py\", line 212, in parse_row"),
                mk(fam, "    dob = datetime.strptime(row[\"DOB\"], \"%m/%d/%Y\").date()"),
                mk(fam, "  File \"/usr/lib/python3.11/_strptime.py\", line 568, in _strptime_datetime"),
                mk(fam, "    tt, fraction, gmtoff_fraction = _strptime(data_string, format)"),
                mk(fam, "  File \"/usr/lib/python3.11/_strptime.py\", line 349, in _strptime"),
                mk(fam, "    raise ValueError(\"time data %r does not match format %r\" %"),
                mk(fam, "ValueError: time data '", (d, "date"), "' does not match format '%m/%d/%Y'")]
    if k == 1:
        return [mk(fam, "%s ERROR [roi-intake-3] roi.db: upsert failed for req=%s" % (ts_py(), roi_id())),
                mk(fam, "Traceback (most recent call last):"),
                mk(fam, "  File \"/opt/lexbridge/roi/db.py\", line 88, in upsert_patient"),
                mk(fam, "    cur.execute(SQL_INSERT_PATIENT, rec)"),
                mk(fam, "psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint \"roi_patient_mrn_key\""),
                mk(fam, "DETAIL:  Key (mrn)=(", (p["mrn"], "mrn"), ") already exists.")]
    if k == 2:
        return [mk(fam, "%s ERROR [ocr-2] ocrsvc.client: submit failed for %s, will retry" % (ts_py(), bates(R.randint(18000, 26000)))),
                mk(fam, "Traceback (most recent call last):"),
                mk(fam, "  File \"/opt/lexbridge/ocr/client.py\", line 141, in submit"),
                mk(fam, "    resp = self.session.post(url, files=files, timeout=30)"),
                mk(fam, "  File \"/opt/lexbridge/venv/lib/python3.11/site-packages/requests/adapters.py\", line 713, in send"),
                mk(fam, "    raise ReadTimeout(e, request=request)"),
                mk(fam, "requests.exceptions.ReadTimeout: HTTPConnectionPool(host='10.40.3.18', port=8884): Read timed out. (read timeout=30)")]
    if k == 3:
        return [mk(fam, "%s DEBUG [roi-intake-2] roi.ingest: row={'PatientName': '" % ts_py(), pname(p, 1), "', 'DOB': '",
                   (fdate(p["dob"], 0), "date"), "', 'MRN': '", (p["mrn"], "mrn"), "', 'Phone': '", (fphone(p["phone"], 2), "phone"), "'}"),
                mk(fam, "%s ERROR [roi-intake-2] roi.ingest: unexpected export layout" % ts_py()),
                mk(fam, "Traceback (most recent call last):"),
                mk(fam, "  File \"/opt/lexbridge/roi/ingest.py\", line 231, in parse_row"),
                mk(fam, "    svc_from, svc_to = row[\"DateRange\"].split(\"-\")"),
                mk(fam, "KeyError: 'DateRange'")]
    vol = R.choice(VOLS)
    return [mk(fam, "%s ERROR [redact-1] redaction.export: burn failed for volume %s" % (ts_py(), vol)),
            mk(fam, "Traceback (most recent call last):"),
            mk(fam, "  File \"/opt/lexbridge/redaction/burn.py\", line 57, in burn_page"),
            mk(fam, "    img = Image.open(src).convert(\"1\")"),
            mk(fam, "  File \"/opt/lexbridge/venv/lib/python3.11/site-packages/PIL/Image.py\", line 3309, in open"),
            mk(fam, "    raise UnidentifiedImageError(msg)"),
            mk(fam, "PIL.UnidentifiedImageError: cannot identify image file 'D:\\\\%s\\\\IMAGES\\\\IMG%04d\\\\%s.tif'" % (
                vol, R.randint(18, 26), bates(R.randint(18000, 26000))))]


def blk_java_tb():
    fam = "java_stacktrace"
    p = pick()
    k = R.randrange(4)
    tail = [mk(fam, "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)"),
            mk(fam, "\tat java.base/java.lang.Thread.run(Thread.java:840)")]
    if k == 0:
        b0 = R.randint(18000, 26000)
        return [mk(fam, "%s ERROR [load-worker-2] c.l.load.ConcordanceLoader - Load failed for volume %s at line %d" % (ts_java(), R.choice(VOLS), R.randint(10, 9000))),
                mk(fam, "com.lexbridge.load.DatParseException: Expected 12 fields but found 11 in record: \u00fe%s\u00fe\u00b6\u00fe%s\u00fe\u00b6\u00fe\u00fe\u00b6\u00feRE: " % (
                    bates(b0), bates(b0 + 3)), pname(p, 0), " discharge summary\u00fe\u00b6\u00fe\u00fe"),
                mk(fam, "\tat com.lexbridge.load.ConcordanceParser.readRecord(ConcordanceParser.java:211)"),
                mk(fam, "\tat com.lexbridge.load.ConcordanceLoader.load(ConcordanceLoader.java:96)"),
                mk(fam, "\tat com.lexbridge.load.LoadJob.run(LoadJob.java:54)")] + tail
    if k == 1:
        return [mk(fam, "%s WARN  [imaging-7] c.l.imaging.TiffConverter - Conversion failed, falling back to Ghostscript" % ts_java()),
                mk(fam, "java.lang.OutOfMemoryError: Java heap space"),
                mk(fam, "\tat java.desktop/java.awt.image.DataBufferByte.<init>(DataBufferByte.java:76)"),
                mk(fam, "\tat com.lexbridge.imaging.TiffConverter.rasterize(TiffConverter.java:188)"),
                mk(fam, "\tat com.lexbridge.imaging.ImagingJob.call(ImagingJob.java:73)")] + tail
    if k == 2:
        dev, serial = p["device"]
        return [mk(fam, "%s ERROR [biomed-import-1] c.l.biomed.UdiParser - Rejected device record" % ts_java()),
                mk(fam, "java.lang.IllegalArgumentException: Invalid GS1 UDI \"(01)%s(17)%02d%02d%02d(21)" % (p["udi_gtin"], R.randint(24, 28), R.randint(1, 12), R.randint(1, 28)),
                   (serial, "device"), "\" for MRN ", (p["mrn"], "mrn"), " (explant ", dtag(p["event"], (2, 0)), ")"),
                mk(fam, "\tat com.lexbridge.biomed.UdiParser.parse(UdiParser.java:64)"),
                mk(fam, "\tat com.lexbridge.biomed.DeviceImport.row(DeviceImport.java:119)")] + tail
    return [mk(fam, "%s ERROR [publish-3] c.l.publish.DocumentPublisher - batch %d failed" % (ts_java(), R.randint(1, 40))),
            mk(fam, "org.springframework.dao.DataAccessResourceFailureException: Unable to acquire JDBC Connection"),
            mk(fam, "\tat org.springframework.jdbc.support.SQLStateSQLExceptionTranslator.doTranslate(SQLStateSQLExceptionTranslator.java:105)"),
            mk(fam, "\tat com.lexbridge.publish.DocumentPublisher.flush(DocumentPublisher.java:242)"),
            mk(fam, "Caused by: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms."),
            mk(fam, "\t... %d common frames omitted" % R.randint(8, 30))]


# ============================================================================ assembly
BLOCKS = ([blk_email_fall] * 2 + [blk_email_family] * 2 + [blk_email_hold] * 2 + [blk_email_it] * 2 +
          [blk_dat_email] * 2 + [blk_dat_med] * 2 + [blk_opt] * 4 + [blk_priv] * 2 + [blk_roi_csv] * 2 +
          [blk_docket] * 2 + [blk_interview] * 3 + [blk_py_tb] * 5 + [blk_java_tb] * 4)
NOISE1 = [(proc_noise, 14), (ocr_noise, 10), (red_noise, 7), (bates_noise, 7), (roi_noise, 7), (subp_noise, 4),
          (worker_stats, 10), (index_log, 5), (es_log, 5), (dedup_log, 9), (access_noise, 10), (config_log, 3),
          (textx_noise, 2), (hl7_noise, 2)]
PHI1 = [(proc_phi, 10), (ocr_phi, 9), (red_phi, 8), (bates_phi, 9), (roi_phi, 16), (roi_xml_phi, 5), (hl7_phi, 5),
        (subp_phi, 7), (textx_phi, 6), (index_phi, 1), (access_phi, 2),
        (lambda: roi_phi(2), 2), (lambda: red_phi(2), 1.5), (lambda: roi_phi(1), 1.5)]


def wchoice(rng, items):
    tot = sum(w for _, w in items)
    x = rng.uniform(0, tot)
    for f, w in items:
        x -= w
        if x <= 0:
            return f
    return items[-1][0]


def run_unit(fn, seed):
    R.seed(seed)
    C.tick(1, 90)
    lines = fn()
    for ln in lines:
        assert b"\n" not in ln.b and b"\r" not in ln.b, ln.b
    return lines


def main():
    # pass 1: sizes of multi-line blocks
    reset_counters()
    units = []
    for i, fn in enumerate(BLOCKS):
        seed = 7919 * i + 1000003
        lines = run_unit(fn, seed)
        units.append((fn, seed, len(lines), sum(1 for l in lines if not l.spans)))
    blk_lines = sum(u[2] for u in units)
    blk_noise = sum(u[3] for u in units)
    n_single = N_LINES - blk_lines
    n_noise1 = N_NOISE - blk_noise
    n_phi1 = n_single - n_noise1
    assert n_noise1 > 0 and n_phi1 > 0, (blk_lines, blk_noise)
    for j in range(n_noise1):
        units.append((wchoice(PLAN_R, NOISE1), 104729 * j + 5000011, 1, 1))
    for j in range(n_phi1):
        units.append((wchoice(PLAN_R, PHI1), 130363 * j + 9000041, 1, 0))
    PLAN_R.shuffle(units)
    # pass 2: generate in final order with a monotonic clock
    reset_counters()
    C.t = dt.datetime(2024, 3, 18, 7, 52, 3, 118000)
    out = []
    for fn, seed, n, nn in units:
        lines = run_unit(fn, seed)
        assert len(lines) == n and sum(1 for l in lines if not l.spans) == nn, fn.__name__
        out += lines
    assert len(out) == N_LINES
    log_lines, labels = [], []
    for i, ln in enumerate(out, 1):
        s = ln.b.decode("utf-8")
        assert s.strip(), i
        for st, en, cat, val in ln.spans:
            assert ln.b[st:en].decode("utf-8") == val, (i, val)
        log_lines.append(s)
        labels.append({"line": i, "family": ln.fam,
                       "spans": [{"s": st, "e": en, "cat": cat} for st, en, cat, _ in ln.spans]})
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(log_lines))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(json.dumps(x, ensure_ascii=False) for x in labels) + "\n")


if __name__ == "__main__":
    main()
