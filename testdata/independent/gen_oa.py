#!/usr/bin/env python3
"""Generator for the held-out corpus "oa" (synthetic PHI, labeled).

Theme: a pediatric dental and orthodontic practice group ("Little Smiles Pediatric
Dentistry & Orthodontics", Houston area, offices BEL / PAS / KTY).  The log mixes what
the group's systems write: Dentrix-like audit trail and Enterprise replication service,
Open Dental-like securitylog exports, MySQL general / slow / error (replication) logs,
panoramic X-ray and imaging bridges (log4net, DICOM dcmdump tag dumps), intraoral camera
TWAIN capture logs, orthodontic aligner case submissions (JSON), CDT-coded X12 837D and
835 segments, an attachment API, Medicaid/CHIP eligibility (worker key=value and raw
271), a Node.js recall/texting service (pino JSON, debug module, Twilio), DocuSign-like
consent webhooks (XML and JSON), school sealant program spreadsheets (CSV with and
without headers, Spanish semicolon export), a Laravel booking site (Monolog, nginx
access log), Windows workstation events (Snare and XML), Sophos firewall logs and
patient-portal messages written by parents in English, Spanish and Vietnamese.

Everything is synthetic.  Standard library only, deterministic (fixed seed).
Writes oa.log (500 lines) and oa.labels.jsonl next to this script.

Labeling decisions:
- Patients are children; their parents/guardians, guarantors, subscribers, emergency
  contacts and other relatives are labeled the same way as the patient.
- Staff (dentists, orthodontist, hygienists, front desk, their usernames such as
  jreyes / LNGUYEN), the practice, payers, vendors, clearinghouses, schools and
  school districts are never labeled (names, NPIs, TINs, phones, faxes, e-mails,
  addresses, bank accounts in BPR, device serials of practice equipment).
- name: every rendered form of a person's name (one span for "Last, First",
  "LAST^FIRST", "Garcia_Sofia" in a path, Vietnamese family-first order; separate
  spans when the format has separate fields such as X12 NM1 or JSON first/last).
  The name part of device hostnames (guest Wi-Fi "Marias-iPhone" -> "Maria") is name.
- address: street line and city (and county) are separate address spans; state is not
  labeled; geocodes (lat/lng of a home) are address; ZIP / ZIP+4 are zip.
- date: birth dates, dates of service, study/scan dates, appointment dates, consent
  signature dates given as data, dates inside file names of a patient's images.  Only
  the date part is labeled (a time of day next to it is not).  Log timestamps, record
  timestamps (LogDateTime, submittedAt, envelope timestamps, SET timestamp), report
  ranges, batch/payment/EFT dates, file creation dates and insurance coverage
  periods/termination dates (plan-level, e.g. DTP*291, term=) are not labeled.
- age: only ages over 89 (the digits only).  Children's ages (DICOM 007Y etc.) are not.
- mrn: practice patient identifiers: Open Dental PatNum (also in SQL, paths, URLs),
  Dentrix chart numbers and PATIDs, DICOM PatientID, the digits of folder ids (P10442).
  PatNum 0 ("no patient") is not labeled.
- health_plan: Medicaid/CHIP IDs and commercial member/subscriber IDs.
- account: claim patient-control numbers (CLM01 / CLP01 / claimRef), full card
  numbers (PAN) and personal bank account numbers.  Card last-4 is not labeled.
- license: a guardian's driver's licence number.  vehicle: plates and VINs of a family.
- device: devices issued to or owned by a patient/guardian (aligner monitoring
  ScanBox serials, MAC addresses of a parent's phone on the guest Wi-Fi).
- ip: public IPs of parents (booking site, portal, DocuSign signer).  Private IPs,
  Twilio/DocuSign/crawler/monitoring IPs are not labeled.
- url: personal pages (social profiles) and person-specific links (portal/consent links
  carrying a patient token or PatNum).  Generic practice/vendor URLs are not labeled.
- photo: base64 face photos (aligner extraoral photos).  biometric: fingerprint
  templates from the guardian pick-up kiosk.
- other_id: per-person case/claim/enrolment identifiers: aligner case IDs, payer claim
  control numbers (CLP07 / ICN), sealant program student IDs, parent portal usernames.
  Transaction identifiers (X12 control/trace numbers, Twilio SIDs, DocuSign envelope
  IDs, upload/request UUIDs, attachment transmission ids, batch numbers) are not.
"""
import json
import os
import random
import unicodedata
import datetime as dt

SEED = 20240311
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "oa"
N_LINES = 500


# ----------------------------------------------------------------------------- builder
class Ln:
    """One log line; records byte offsets of PHI values as they are appended."""

    def __init__(self, fam):
        self.fam = fam
        self.b = bytearray()
        self.sp = []  # (s, e, cat, value)

    def __call__(self, *parts):
        for p in parts:
            if isinstance(p, tuple):
                v, c = p
                if c is None:
                    self.b += v.encode("utf-8")
                    continue
                s = len(self.b)
                self.b += v.encode("utf-8")
                self.sp.append((s, len(self.b), c, v))
            elif isinstance(p, Ln):
                raise TypeError("nested line")
            else:
                self.b += str(p).encode("utf-8")
        return self

    def text(self):
        return self.b.decode("utf-8")


class PParts:
    """A JSON string assembled from plain text and (value, cat) tuples."""

    def __init__(self, parts):
        self.parts = parts


class PV:
    """A PHI value inside a structure rendered by jemit()."""

    def __init__(self, v, c):
        self.v = v
        self.c = c


def jemit(ln, obj, sep=(",", ":")):
    if isinstance(obj, dict):
        ln("{")
        first = True
        for k, v in obj.items():
            if not first:
                ln(sep[0])
            first = False
            ln(json.dumps(k, ensure_ascii=False), sep[1])
            jemit(ln, v, sep)
        ln("}")
    elif isinstance(obj, list):
        ln("[")
        for i, v in enumerate(obj):
            if i:
                ln(sep[0])
            jemit(ln, v, sep)
        ln("]")
    elif isinstance(obj, PParts):
        ln('"')
        for p in obj.parts:
            if isinstance(p, tuple):
                ln((json.dumps(p[0], ensure_ascii=False)[1:-1], p[1]))
            else:
                ln(json.dumps(p, ensure_ascii=False)[1:-1])
        ln('"')
    elif isinstance(obj, PV):
        if isinstance(obj.v, str):
            ln('"', (json.dumps(obj.v, ensure_ascii=False)[1:-1], obj.c), '"')
        else:
            ln((json.dumps(obj.v), obj.c))
    else:
        ln(json.dumps(obj, ensure_ascii=False))
    return ln


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ----------------------------------------------------------------------------- clock
class Clock:
    def __init__(self):
        self.t = dt.datetime(2024, 3, 11, 6, 2, 17, 118000)

    def tick(self, lo=2, hi=400):
        self.t += dt.timedelta(seconds=R.randint(lo, hi), milliseconds=R.randint(0, 999))
        return self.t

    def small(self):
        self.t += dt.timedelta(milliseconds=R.randint(1, 900))
        return self.t

    def loc(self):
        return self.t

    def utc(self):
        return self.t + dt.timedelta(hours=5)


CLK = Clock()


def ms3(t):
    return "%03d" % (t.microsecond // 1000)


def epoch_ms(t_utc):
    return int((t_utc - dt.datetime(1970, 1, 1)).total_seconds() * 1000)


# ----------------------------------------------------------------------------- people
def fold(s):
    s = s.replace("Đ", "D").replace("đ", "d")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


ORIGINS = [
    ("hisp", 30), ("viet", 22), ("anglo", 9), ("black", 8), ("african", 7),
    ("sasian", 6), ("arab", 5), ("easian", 6), ("euro", 5), ("native", 2),
]
POOL = {
    "hisp": dict(
        last=["García", "Hernández", "Martínez-López", "De la Cruz", "Ramírez", "Reyes-Ortiz",
              "Vásquez", "de León", "Castillo", "Sánchez", "Gutiérrez", "Del Río", "Ibarra", "Zúñiga"],
        kid=["Sofía", "Mateo", "Santiago", "Ximena", "Valentina", "José Luis", "María José",
             "Camila", "Emiliano", "Renata", "Iker", "Guadalupe", "Dylan", "Itzel"],
        adult=["María Elena", "Guadalupe", "Rosa", "Juan Carlos", "Alejandro", "Yesenia",
               "Maricela", "Jesús", "Leticia", "Ana Luisa", "Rigoberto"],
        lang="es"),
    "viet": dict(
        last=["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Hoàng", "Dương"],
        kid=["Minh Khoa", "Bảo Ngọc", "Gia Hân", "Anh Thư", "Đức Huy", "Khánh Linh", "Tuấn Kiệt",
             "Bảo", "Quang Minh", "Ngọc Hân", "Thiên Ân"],
        adult=["Thị Mai", "Ngọc Lan", "Văn Hùng", "Thị Thu Hà", "Minh Tuấn", "Thanh Hương",
               "Quốc Bảo", "Thị Hồng"],
        lang="vi"),
    "anglo": dict(
        last=["O'Brien", "McAllister", "Fitzgerald", "Johnson", "Smith-Jones", "St. Clair",
              "Whitaker", "Callahan", "MacKenzie"],
        kid=["Liam", "Harper", "Mason", "Kaylee", "Brantley", "Paisley", "Wyatt", "Addison"],
        adult=["Jennifer", "Michael", "Ashley", "Brandon", "Crystal", "Dustin", "Heather"],
        lang="en"),
    "black": dict(
        last=["Washington", "Jefferson", "Brooks", "Coleman", "Jackson-Hill", "Thibodeaux"],
        kid=["Jayden", "Aaliyah", "DeShawn", "Imani", "Zion", "Nevaeh", "Amari"],
        adult=["Tamika", "Darnell", "Keisha", "LaToya", "Marcus", "Shanice"],
        lang="en"),
    "african": dict(
        last=["Okafor", "Adeyemi", "Abdi", "Mohamud", "Mensah", "Nwosu", "Oyelaran-Bello"],
        kid=["Chidi", "Amara", "Olamide", "Ifeoma", "Kwame", "Hodan", "Tobi"],
        adult=["Chinwe", "Emeka", "Fadumo", "Abdirahman", "Adaeze", "Kofi"],
        lang="en"),
    "sasian": dict(
        last=["Patel", "Shah", "Reddy", "Chaudhry", "Venkataraman", "Siddiqui"],
        kid=["Arjun", "Priya", "Ayaan", "Anika", "Vihaan", "Zara"],
        adult=["Deepa", "Rahul", "Sunita", "Imran", "Lakshmi"],
        lang="en"),
    "arab": dict(
        last=["Al-Masri", "Haddad", "El-Sayed", "Nasser", "Abu-Khalil"],
        kid=["Omar", "Noor", "Yusuf", "Layla", "Adam", "Maryam"],
        adult=["Kareem", "Rania", "Samir", "Hala"],
        lang="en"),
    "easian": dict(
        last=["Kim", "Park", "Chen", "Wong", "Yamamoto", "Zhang", "Choi"],
        kid=["Seo-yeon", "Ji-ho", "Mei", "Kenji", "Hana", "Ethan", "Yu-na"],
        adult=["Ji-hoon", "Xiaoling", "Hyun-woo", "Wei", "Naoko"],
        lang="en"),
    "euro": dict(
        last=["van der Berg", "Kowalski", "Nowak", "Ivanova", "Rossi", "Delacroix", "dos Santos",
              "von Hagen"],
        kid=["Luca", "Aleksandra", "Dmitri", "Zofia", "Léa", "Matteo", "Sven"],
        adult=["Oksana", "Piotr", "Giulia", "Pieter", "Élodie"],
        lang="en"),
    "native": dict(
        last=["Begay", "Tsosie", "Yazzie"],
        kid=["Kai", "Ahanu", "Nizhoni"],
        adult=["Shandiin", "Darrell"],
        lang="en"),
}
FEMALE = {"Sofía", "Ximena", "Valentina", "María José", "Camila", "Renata", "Guadalupe", "Itzel", "Bảo Ngọc", "Gia Hân",
          "Anh Thư", "Khánh Linh", "Ngọc Hân", "Harper", "Kaylee", "Paisley", "Addison", "Aaliyah", "Imani", "Nevaeh",
          "Amara", "Ifeoma", "Hodan", "Priya", "Anika", "Zara", "Noor", "Layla", "Maryam", "Seo-yeon", "Mei", "Hana",
          "Yu-na", "Aleksandra", "Zofia", "Léa", "Nizhoni", "María Elena", "Rosa", "Yesenia", "Maricela", "Leticia",
          "Ana Luisa", "Thị Mai", "Ngọc Lan", "Thị Thu Hà", "Thanh Hương", "Thị Hồng", "Jennifer", "Ashley", "Crystal",
          "Heather", "Tamika", "Keisha", "LaToya", "Shanice", "Chinwe", "Fadumo", "Adaeze", "Deepa", "Sunita",
          "Lakshmi", "Rania", "Hala", "Xiaoling", "Naoko", "Oksana", "Giulia", "Élodie", "Shandiin"}
UNISEX = {"Amari", "Zion", "Kai", "Dylan", "Tobi", "Thiên Ân"}


def sex_of(first):
    if first in UNISEX:
        return R.choice("MF")
    return "F" if first in FEMALE else "M"


STREETS = ["Bellaire Blvd", "Bissonnet St", "Beechnut St", "Wilcrest Dr", "S Gessner Rd",
           "Hillcroft Ave", "Telephone Rd", "Spencer Hwy", "Red Bluff Rd", "Fry Rd", "Mason Rd",
           "Westheimer Rd", "Airline Dr", "Aldine Mail Rte", "Gulfton St", "Renwick Dr",
           "W Airport Blvd", "Harwin Dr", "Fondren Rd", "Old Spanish Trl", "Cullen Blvd"]
UNITS = ["", "", "", " Apt 214", " Apt 3108", " #12B", " Unit 7", " Apt G-4", " Lot 19"]
CITYZIP = [("Houston", "77036", "Harris"), ("Houston", "77072", "Harris"), ("Houston", "77099", "Harris"),
           ("Houston", "77081", "Harris"), ("Houston", "77017", "Harris"), ("Houston", "77093", "Harris"),
           ("Pasadena", "77506", "Harris"), ("Pasadena", "77502", "Harris"), ("Katy", "77449", "Harris"),
           ("Katy", "77494", "Fort Bend"), ("Sugar Land", "77478", "Fort Bend"),
           ("Stafford", "77477", "Fort Bend"), ("Pearland", "77581", "Brazoria"),
           ("South Houston", "77587", "Harris"), ("Baytown", "77520", "Harris"),
           ("Missouri City", "77489", "Fort Bend")]
AREAS = ["713", "281", "832", "346", "409", "979", "936"]
MAILDOM = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "att.net",
           "comcast.net", "live.com"]
PLANS = [("TX Medicaid", "DentaQuest", "medicaid"), ("TX Medicaid", "MCNA Dental", "medicaid"),
         ("CHIP", "DentaQuest", "chip"), ("CHIP", "United Healthcare Dental", "chip"),
         ("Delta Dental PPO", "Delta Dental of Texas", "delta"), ("MetLife PDP", "MetLife", "met"),
         ("Cigna Dental DPPO", "Cigna", "cigna"), ("United Concordia", "United Concordia", "ucci")]
CAR = ["silver Honda Odyssey", "white Toyota Sienna", "gray Nissan Rogue", "black Chevy Tahoe",
       "red Kia Sorento", "blue Ford Explorer"]


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def mk_phone():
    a = R.choice(AREAS)
    if R.random() < 0.65:
        return a + "555" + "01" + digits(2)
    ex = str(R.randint(2, 9)) + digits(2)
    if ex == "555":
        ex = "556"
    return a + ex + digits(4)


def phone_fmt(p, style=None):
    style = style or R.choice(["paren", "dash", "dot", "plain", "e164", "plus1sp", "space", "paren2"])
    a, b, c = p[:3], p[3:6], p[6:]
    return {"paren": f"({a}) {b}-{c}", "paren2": f"({a}){b}-{c}", "dash": f"{a}-{b}-{c}",
            "dot": f"{a}.{b}.{c}", "plain": p, "e164": f"+1{p}", "plus1sp": f"+1 {a}-{b}-{c}",
            "space": f"{a} {b} {c}"}[style]


def mk_ssn():
    while True:
        a = R.randint(100, 665)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return body + str((10 - tot % 10) % 10)


def mk_vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    trans = {**{str(i): i for i in range(10)},
             **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
             **dict(zip("STUVWXYZ", range(2, 10)))}
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    while True:
        v = list(R.choice(["1HG", "5FN", "2T3", "1FM", "5XY", "3GN"]) + "".join(R.choice(chars) for _ in range(5))
                 + "0" + R.choice("RPN") + R.choice("ABCDEFGH") + digits(6))
        s = sum(trans[c] * w[i] for i, c in enumerate(v))
        cd = s % 11
        v[8] = "X" if cd == 10 else str(cd)
        return "".join(v)


def mk_plate():
    L = "BCDFGHJKLMNPRSTVWXYZ"
    return R.choice(["{}{}{}-{}", "{}{}{}{}", "{}{}{} {}"]).format(R.choice(L), R.choice(L), R.choice(L), digits(4))


def mk_mac(oui=None):
    oui = oui or R.choice(["a4:83:e7", "f0:18:98", "3c:22:fb", "d0:c6:37", "8c:f5:a3", "b8:7b:c5"])
    return oui + ":" + ":".join("%02x" % R.randint(0, 255) for _ in range(3))


PUB_NETS = ["73.166", "73.76", "98.195", "99.104", "108.203", "172.58", "174.78", "67.11", "70.121",
            "24.28", "162.233"]


def mk_pub_ip():
    return "%s.%d.%d" % (R.choice(PUB_NETS), R.randint(1, 254), R.randint(1, 254))


def mk_date(y0, y1):
    start = dt.date(y0, 1, 1).toordinal()
    end = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(R.randint(start, end))


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
       "octubre", "noviembre", "diciembre"]


def dfmt(d, style):
    return {
        "iso": d.strftime("%Y-%m-%d"), "us": d.strftime("%m/%d/%Y"),
        "us_short": f"{d.month}/{d.day}/{d.year}", "d8": d.strftime("%Y%m%d"),
        "long": f"{MONTH[d.month - 1]} {d.day}, {d.year}", "dmon": f"{d.day:02d}-{MON[d.month - 1]}-{d.year}",
        "es": f"{d.day} de {MES[d.month - 1]} de {d.year}", "vi": f"ngày {d.day} tháng {d.month} năm {d.year}",
        "md": f"{d.month}/{d.day}", "es_md": f"{d.day} de {MES[d.month - 1]}",
        "vi_md": f"{d.day}/{d.month}", "us2": d.strftime("%m/%d/%y"), "dot": f"{d.day}.{d.month}.{d.year}",
        "mon_d": f"{MON[d.month - 1]} {d.day}",
    }[style]


class Person:
    pass


def mk_family(i):
    origin = R.choices([o for o, _ in ORIGINS], weights=[w for _, w in ORIGINS])[0]
    pool = POOL[origin]
    f = Person()
    f.origin = origin
    f.lang = pool["lang"] if R.random() < 0.8 else "en"
    f.last = R.choice(pool["last"])
    f.kid = R.choice(pool["kid"])
    f.sex = sex_of(f.kid)
    f.mid = R.choice(["", "", "A", "J", "M", "R", "L"])
    f.dob = mk_date(2009, 2020)
    if R.random() < 0.7:
        f.glast = f.last
    elif R.random() < 0.5:
        f.glast = R.choice(pool["last"])
    else:
        f.glast = f.last if "-" in f.last else f.last + "-" + R.choice(POOL[R.choice(list(POOL))]["last"]).split()[-1]
    f.gfirst = R.choice(pool["adult"])
    f.gsex = sex_of(f.gfirst)
    f.grel = R.choice(["mother", "mother", "mother", "grandmother", "aunt", "legal guardian"] if f.gsex == "F"
                      else ["father", "father", "grandfather", "uncle", "legal guardian"])
    f.gdob = mk_date(1972, 1998)
    f.patnum = R.randint(2100, 48999)
    f.gpatnum = f.patnum - R.randint(1, 3)
    f.patid = R.randint(200001, 289999)
    c3 = fold(f.last).upper().replace(" ", "").replace("'", "").replace("-", "").replace(".", "")
    f.chart = (c3[:3] + fold(f.kid).upper().replace(" ", "")[:2] + "%03d" % R.randint(0, 120))
    f.phone = mk_phone()
    f.phone2 = mk_phone()
    gf = fold(f.gfirst).lower().split()[0]
    gl = fold(f.glast).lower().replace(" ", "").replace("'", "").replace(".", "")
    f.email = R.choice([f"{gf}.{gl}{R.randint(1, 99)}", f"{gf[0]}{gl}", f"{gl}{gf}{f.gdob.year % 100:02d}",
                        f"{gf}_{gl[:4]}{R.randint(100, 999)}", f"mom.of.{fold(f.kid).lower().split()[0]}"]) + "@" + R.choice(MAILDOM)
    num = R.randint(100, 19999)
    f.street = f"{num} {R.choice(STREETS)}{R.choice(UNITS)}"
    f.city, f.zip, f.county = R.choice(CITYZIP)
    if R.random() < 0.3:
        f.zip4 = f.zip + "-" + digits(4)
    else:
        f.zip4 = f.zip
    f.plan, f.payer, f.ptype = R.choice(PLANS)
    if f.ptype in ("medicaid", "chip"):
        f.member = str(R.randint(5, 7)) + digits(8)
        f.sub_is_child = True
    else:
        f.sub_is_child = False
        f.member = {"delta": lambda: digits(11), "met": lambda: digits(9),
                    "cigna": lambda: "U" + digits(8) + "01", "ucci": lambda: digits(9) + "01"}[f.ptype]()
    f.medicaid = f.member if f.ptype == "medicaid" else str(R.randint(5, 7)) + digits(8)
    f.ssn = mk_ssn()
    f.gssn = mk_ssn()
    f.dl = digits(8)
    f.plate = mk_plate()
    f.car = R.choice(CAR)
    f.ip = mk_pub_ip()
    f.mac = mk_mac()
    f.case = "LSO-24-%04d-%04d" % (R.randint(100, 1231), R.randint(1, 9999))
    f.student = "S" + digits(7)
    f.username = (gf[:1] + gl)[:10] + str(R.randint(1, 99))
    _pfx = R.choice(["4", "51", "53", "37"])
    f.card = luhn_complete(_pfx, 15 if _pfx == "37" else 16)
    f.appt = dt.date(2024, 3, 12) + dt.timedelta(days=R.randint(0, 75))
    f.dos = dt.date(2024, 3, 11) - dt.timedelta(days=R.randint(0, 40))
    f.gage = None
    f.school = R.randrange(4)
    return f


FAMS = []


def init_state(seed):
    """Reset every piece of generator state for one attempt with this seed."""
    R.seed(seed)
    CLK.__init__()
    CTRL[0] = 4200
    OD_HEADER_DONE[0] = False
    FAMS[:] = [mk_family(i) for i in range(70)]
    for _f in R.sample(FAMS, 4):
        _f.gage = R.randint(90, 96)
        _f.grel = "great-grandmother" if _f.gsex == "F" else "great-grandfather"


def fam():
    return R.choice(FAMS)


def kid_name(f, style, native=False):
    last = f.last if native else fold(f.last)
    first = f.kid if native else fold(f.kid)
    if f.origin == "viet" and native and style in ("first_last", "natural"):
        return f"{f.last} {f.kid}"
    return {
        "last_first": f"{last}, {first}", "LAST_FIRST": f"{last.upper()}, {first.upper()}",
        "first_last": f"{first} {last}", "natural": f"{first} {last}", "upper": f"{first.upper()} {last.upper()}",
        "lower": f"{first.lower()} {last.lower()}", "initial": f"{first[0]}. {last}",
        "dicom": f"{last.upper().replace(' ', '')}^{first.upper()}" + (f"^{f.mid}" if f.mid else ""),
        "under": f"{last.replace(' ', '')}_{first.replace(' ', '')}",
        "lfm": f"{last}, {first}" + (f" {f.mid}." if f.mid else ""),
    }[style]


def g_name(f, style, native=False):
    last = f.glast if native else fold(f.glast)
    first = f.gfirst if native else fold(f.gfirst)
    if f.origin == "viet" and native and style in ("first_last", "natural"):
        return f"{f.glast} {f.gfirst}"
    return {"last_first": f"{last}, {first}", "LAST_FIRST": f"{last.upper()}, {first.upper()}",
            "first_last": f"{first} {last}", "natural": f"{first} {last}",
            "upper": f"{first.upper()} {last.upper()}", "lower": f"{first.lower()} {last.lower()}",
            "first": first.split()[0] if f.origin != "viet" else first.split()[-1],
            "initial": f"{first[0]}. {last}"}[style]


NAME, ADDR, ZIP, DATE, AGE, PHONE, FAX, EMAIL, SSN, MRN, PLAN, ACCT, LIC, VEH, DEV, URL, IP, BIO, PHOTO, OID = (
    "name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health_plan", "account",
    "license", "vehicle", "device", "url", "ip", "biometric", "photo", "other_id")

STAFF_USERS = ["jreyes", "kmiller", "lnguyen", "pgomez", "btran", "aortega", "mwhitfield", "araman", "dsmith2"]
WORKST = ["BEL-FD01", "BEL-FD02", "BEL-OP3", "BEL-OP4", "PAS-FD01", "PAS-OP2", "KTY-FD01", "KTY-OP1", "BEL-PANO"]
PROVS = [("RAMAN", "Anjali", "1538290114"), ("WHITFIELD", "Marcus", "1932104456"), ("ORTEGA", "Lucia", "1699887120"),
         ("TRAN", "Kim", "1467012285")]
PRACTICE = "LITTLE SMILES PEDIATRIC DENTISTRY"
CDT = [("D0120", "Periodic oral evaluation", 38), ("D0150", "Comprehensive oral evaluation", 52),
       ("D1120", "Prophylaxis - child", 42), ("D1206", "Topical fluoride varnish", 30),
       ("D1351", "Sealant - per tooth", 31), ("D0272", "Bitewings - two films", 34),
       ("D0330", "Panoramic radiographic image", 71), ("D2930", "Prefab SS crown - primary", 160),
       ("D3220", "Therapeutic pulpotomy", 118), ("D7140", "Extraction, erupted tooth", 95),
       ("D8080", "Comprehensive ortho - adolescent", 4850), ("D8670", "Periodic ortho treatment visit", 120),
       ("D1510", "Space maintainer - fixed, unilateral", 210), ("D9920", "Behavior management", 40)]


def uuid4():
    h = "%032x" % R.getrandbits(128)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:32]}"


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def b64s(n):
    return "".join(R.choice(B64) for _ in range(n))


# ============================================================================ generators
# Each generator returns a list of Ln.  phi=True asks for a line with PHI when the
# format allows it; block generators return a mixture.

def g_dentrix_audit(phi):
    t = CLK.tick()
    ln = Ln("dentrix_audit")
    ln(t.strftime("%m/%d/%Y %I:%M:%S %p"), " | ", R.choice(WORKST), " | ", R.choice(STAFF_USERS).upper(), " | ")
    if not phi:
        d = t.day - 1
        ev = R.choice([
            "System | User Logon | Logon successful; Dentrix G7.4 (Build 7.4.1.1622) on SQL DXSRV01\\DENTRIX",
            f"Office Manager | Fee Schedule Changed | Fee Schedule 3 \"TX Medicaid 2024\": {R.randint(3, 60)} fees updated",
            f"Office Manager | Report Generated | Day Sheet (Charges) 03/{d:02d}/2024-03/{d:02d}/2024 Providers: ALL Clinics: BEL,PAS",
            "Practice Definitions | Definition Changed | Appointment Reason \"SEAL\" renamed to \"Sealants (D1351)\"",
            f"Appointment Book | Operatory Setup Changed | Op BEL-OP{R.randint(1, 6)} hours 07:30-17:00, provider DDS2",
            f"System | Audit Trail Archived | {R.randint(10000, 90000)} records archived to \\\\DXSRV01\\DXArchive\\audit_2024Q1.dat",
            f"eClaims | Batch Sent | Batch #{R.randint(1000, 9999)}: {R.randint(3, 40)} claims sent to DentalXChange (ERA enabled)",
            "System | User Logoff | Session idle timeout (15 min)",
            f"Security | Password Changed | User {R.choice(STAFF_USERS).upper()} password reset by PGOMEZ",
        ])
        ln(ev)
        return [ln]
    f = fam() if R.random() < 0.85 else R.choice([x for x in FAMS if x.gage])
    who = kid_name(f, R.choice(["last_first", "LAST_FIRST", "lfm"]))
    kind = 0 if f.gage else R.randint(0, 5)
    if kind == 0:
        field = "Emergency Contact" if f.gage else R.choice(["Home Phone", "Mobile Phone", "E-Mail", "Address", "Birthdate", "SS#", "Drivers License #",
                          "Medicaid ID", "Emergency Contact"])
        ln("Family File | Patient Information Changed | Patient: ", (who, NAME), " (", (f.chart, MRN), ") | ", field, ": '")
        if field in ("Home Phone", "Mobile Phone"):
            st = R.choice(["paren", "dash"])
            ln((phone_fmt(f.phone2, st), PHONE), "' -> '", (phone_fmt(f.phone, st), PHONE), "'")
        elif field == "E-Mail":
            ln("' -> '", (f.email, EMAIL), "'")
        elif field == "Address":
            ln((f.street, ADDR), ", ", (f.city, ADDR), ", TX ", (f.zip, ZIP), "' -> '", (f"{R.randint(100, 9999)} {R.choice(STREETS)}", ADDR),
               ", ", (f.city, ADDR), ", TX ", (f.zip4, ZIP), "'")
        elif field == "Birthdate":
            ln((dfmt(f.dob + dt.timedelta(days=R.choice([-31, 1, 365])), "us"), DATE), "' -> '", (dfmt(f.dob, "us"), DATE), "'")
        elif field == "SS#":
            ln("' -> '", (f.ssn, SSN), "'")
        elif field == "Drivers License #":
            ln("' -> '", (f"TX {f.dl}", LIC), "' (guarantor ", (g_name(f, "last_first"), NAME), ")")
        elif field == "Medicaid ID":
            ln("' -> '", (f.medicaid, PLAN), "'")
        elif f.gage:
            ln("' -> '", (g_name(f, "natural"), NAME), " (", f.grel, ", age ", (str(f.gage), AGE), ") ", (phone_fmt(f.phone, "dash"), PHONE), "'")
        else:
            ln("' -> '", (g_name(f, "natural"), NAME), " (", f.grel, ") ", (phone_fmt(f.phone, "dash"), PHONE), "'")
    elif kind == 1:
        p = R.choice(PROVS)
        codes = " ".join(c[0] for c in R.sample(CDT[:7], 3))
        ln("Appointment Book | Appointment Scheduled | Patient: ", (who, NAME), " (", (f.chart, MRN), ") | ",
           (dfmt(f.appt, "us"), DATE), R.choice([" 03:40 PM", " 08:00 AM", " 10:20 AM", " 01:10 PM"]),
           f", BEL-OP{R.randint(1, 6)}, Prov {p[0]}, {codes}")
    elif kind == 2:
        ln("Patient Chart | Chart Opened | Patient: ", (who, NAME), " (", (f.chart, MRN), ") | PatID ", (str(f.patid), MRN))
    elif kind == 3:
        ln("Ledger | Payment Entered | Guarantor: ", (g_name(f, "last_first"), NAME), " | $", f"{R.randint(10, 250)}.00",
           " Visa x", digits(4), " applied to ", (kid_name(f, "natural"), NAME), " DOS ", (dfmt(f.dos, "us"), DATE))
    elif kind == 4:
        ln("Treatment Planner | Case Status Changed | Patient: ", (who, NAME), " | Case 'Phase I ortho' -> Accepted | Ins: ",
           f.payer, " ID ", (f.member, PLAN))
    else:
        ln("Family File | Patient Archived | Patient: ", (who, NAME), " (", (f.chart, MRN), ") DOB ", (dfmt(f.dob, "us"), DATE),
           " | reason: moved out of area")
    return [ln]


def g_dxe_repl(phi):
    t = CLK.tick()
    ln = Ln("dxe_repl")
    ln(t.strftime("%Y-%m-%d %H:%M:%S."), ms3(t), " [DXEReplSvc] ")
    site = R.choice(["BEL", "PAS", "KTY"])
    if not phi:
        ln(R.choice([
            f"INFO  Batch {R.randint(50000, 59999)} applied src=CENTRAL dst={site} tables=PATIENT,APPT,PROCLOG rows={R.randint(1, 900)} lag=00:00:{R.randint(1, 59):02d}",
            f"WARN  Site {site} unreachable (tcp 10.{R.randint(20, 40)}.1.10:1433), retry {R.randint(1, 9)}/10 in 60s",
            f"INFO  Heartbeat CENTRAL<->{site} ok rtt={R.randint(8, 90)}ms queue={R.randint(0, 40)}",
            f"INFO  Snapshot DXE_{site}_20240311 verified checksum=0x{hexs(8).upper()} size={R.randint(2, 9)}.{R.randint(0, 9)}GB",
            f"ERROR Batch {R.randint(50000, 59999)} rejected: deadlock victim (SQL 1205), requeued",
        ]))
        return [ln]
    f = fam()
    col = R.choice(["LASTNAME", "BIRTHDATE", "HPHONE", "ADDRESS1", "FIRSTNAME"])
    ln(f"WARN  Conflict table=PATIENT key=PATID:", (str(f.patid), MRN), f" col={col} central='")
    if col == "LASTNAME":
        ln((fold(f.last).upper(), NAME), "' site='", (f.last.upper(), NAME))
    elif col == "FIRSTNAME":
        ln((fold(f.kid).upper(), NAME), "' site='", (fold(f.kid).upper().split()[0], NAME))
    elif col == "BIRTHDATE":
        ln((dfmt(f.dob, "iso"), DATE), "' site='", (dfmt(f.dob.replace(day=min(f.dob.month, 28), month=min(f.dob.day, 12)), "iso"), DATE))
    elif col == "HPHONE":
        ln((phone_fmt(f.phone2, "plain"), PHONE), "' site='", (phone_fmt(f.phone, "plain"), PHONE))
    else:
        ln((f.street.upper(), ADDR), "' site='", (f.street, ADDR))
    ln(f"' resolution={R.choice(['SITE_WINS', 'CENTRAL_WINS', 'MANUAL_REVIEW'])} site={site}")
    return [ln]


OD_HEADER_DONE = [False]


def g_od_seclog(phi):
    out = []
    if not OD_HEADER_DONE[0]:
        OD_HEADER_DONE[0] = True
        out.append(Ln("od_securitylog")("SecurityLogNum\tPermType\tUserNum\tLogDateTime\tPatNum\tCompName\tFKey\tLogSource\tLogText"))
    t = CLK.tick()
    ln = Ln("od_securitylog")
    ln(str(R.randint(5510000, 5599999)), "\t")
    if not phi:
        perm, text = R.choice([
            ("UserLogOnOff", f"User: {R.choice(STAFF_USERS)} has logged on."),
            ("UserLogOnOff", f"User: {R.choice(STAFF_USERS)} has logged off."),
            ("Setup", "Preferences changed: RecallDaysPast 30 -> 45"),
            ("SecurityAdmin", "Group 'Front Desk' permission 'ClaimSentEdit' granted"),
            ("Setup", "Clinic 'Katy' fee schedule set to 'TX Medicaid 2024'"),
            ("ReportProdInc", "Production and Income report run for 03/01/2024 - 03/10/2024"),
        ])
        ln(perm, "\t", str(R.randint(2, 40)), "\t", t.strftime("%Y-%m-%d %H:%M:%S"), "\t0\t", R.choice(WORKST), "\t0\tNone\t", text)
        out.append(ln)
        return out
    f = fam()
    perm = R.choice(["AppointmentEdit", "AppointmentCreate", "PatientEdit", "ImageDelete", "ClaimSend", "ProcComplEdit", "PatientPortal"])
    ln(perm, "\t", str(R.randint(2, 40)), "\t", t.strftime("%Y-%m-%d %H:%M:%S"), "\t", (str(f.patnum), MRN), "\t", R.choice(WORKST), "\t",
       str(R.randint(100000, 999999)), "\tNone\t")
    nm = kid_name(f, R.choice(["last_first", "natural"]), native=R.random() < 0.4)
    if perm.startswith("Appointment"):
        ln("Appointment on ", (dfmt(f.appt, "us_short"), DATE), " 3:40:00 PM ", "edited" if perm.endswith("Edit") else "created",
           " for ", (nm, NAME), ", Op: ", f"OP{R.randint(1, 6)}")
    elif perm == "PatientEdit":
        ln((nm, NAME), " Birthdate changed from ", (dfmt(f.dob + dt.timedelta(days=1), "us_short"), DATE), " to ",
           (dfmt(f.dob, "us_short"), DATE))
    elif perm == "ImageDelete":
        ln("Image deleted: ", (kid_name(f, "under"), NAME), "_", (dfmt(f.dos, "d8"), DATE), "_BW2.jpg from category 'X-Rays'")
    elif perm == "ClaimSend":
        ln("Claim sent for ", (nm, NAME), ", date of service ", (dfmt(f.dos, "us_short"), DATE), ", carrier ", f.payer)
    elif perm == "ProcComplEdit":
        ln("D1351 #", str(R.choice([3, 14, 19, 30])), " edited for ", (nm, NAME), ", ProcDate ", (dfmt(f.dos, "us_short"), DATE))
    else:
        ln("Patient portal access granted to ", (f.username, OID), " (", (f.email, EMAIL), ") for ", (nm, NAME))
    out.append(ln)
    return out


def g_mysql_error(phi):
    t = CLK.tick() + dt.timedelta(hours=5)
    ln = Ln("mysql_error")
    ln(t.strftime("%Y-%m-%dT%H:%M:%S."), "%06d" % (t.microsecond + R.randint(0, 999)), "Z ", str(R.randint(2, 60)), " ")
    if not phi:
        ln(R.choice([
            f"[System] [MY-010562] [Repl] Replica I/O thread for channel '': connected to source 'repl@10.20.1.10:3306',replication started in log 'mysql-bin.{R.randint(400, 420):06d}' at position {R.randint(100000, 9000000)}",
            "[Warning] [MY-010897] [Repl] Storing MySQL user name or password information in the connection metadata repository is not secure and is therefore not recommended.",
            f"[Note] [MY-010581] [Repl] Replica SQL thread for channel '' initialized, starting replication in log 'mysql-bin.{R.randint(400, 420):06d}' at position {R.randint(4, 9000000)}, relay log './od-relay-bin.000002' position: 4",
            f"[Warning] [MY-012111] [InnoDB] Trying to access missing tablespace {R.randint(1000, 9000)}",
            f"[ERROR] [MY-010584] [Repl] Replica I/O for channel '': error reconnecting to source 'repl@10.20.1.10:3306' - retry-time: 60 retries: {R.randint(1, 20)}, Error_code: MY-002003",
            "[System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '8.0.36'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.",
        ]))
        return [ln]
    f = fam()
    if R.random() < 0.6:
        ln("[ERROR] [MY-010584] [Repl] Replica SQL for channel '': Worker 1 failed executing transaction 'ANONYMOUS' at source log mysql-bin.000412, end_log_pos ",
           str(R.randint(100000, 9000000)), "; Could not execute Write_rows event on table opendental.patient; Duplicate entry '",
           (str(f.patnum), MRN), "' for key 'patient.PRIMARY', Error_code: 1062; handler error HA_ERR_FOUND_DUPP_KEY, Error_code: MY-001062")
    else:
        ln("[ERROR] [MY-010584] [Repl] Replica SQL for channel '': Could not execute Update_rows event on table opendental.patient; Can't find record in 'patient' (PatNum=",
           (str(f.patnum), MRN), ", LName='", (fold(f.last), NAME), "'), Error_code: 1032; handler error HA_ERR_KEY_NOT_FOUND")
    return [ln]


def g_mysql_general(phi):
    t = CLK.tick(1, 60) + dt.timedelta(hours=5)
    ln = Ln("mysql_general")
    tid = R.randint(12, 180)
    ln(t.strftime("%Y-%m-%dT%H:%M:%S."), "%06d" % (t.microsecond + R.randint(0, 999)), "Z\t", "%5d" % tid, " ")
    if not phi:
        ln(R.choice([
            f"Connect\topendental@10.20.1.{R.randint(20, 60)} on opendental using TCP/IP",
            "Query\tSET NAMES utf8mb4",
            "Query\tSELECT ValueString FROM preference WHERE PrefName='ProgramVersion'",
            f"Query\tSELECT * FROM signalod WHERE SigDateTime > '{(t - dt.timedelta(hours=5, seconds=8)).strftime('%Y-%m-%d %H:%M:%S')}' AND SigDateTime <= '{(t - dt.timedelta(hours=5)).strftime('%Y-%m-%d %H:%M:%S')}'",
            f"Query\tSELECT COUNT(*) FROM appointment WHERE AptDateTime BETWEEN '2024-03-{t.day:02d}' AND '2024-03-{t.day + 1:02d}' AND AptStatus=1 AND ClinicNum={R.randint(1, 3)}",
            "Quit\t",
            "Query\tCOMMIT",
            f"Query\tUPDATE computer SET LastHeartBeat=NOW() WHERE CompName='{R.choice(WORKST)}'",
            f"Query\tSELECT * FROM userod WHERE UserNum={R.randint(2, 40)}",
        ]))
        return [ln]
    f = fam()
    k = R.randint(0, 5)
    ln("Query\t")
    if k == 0:
        ln("SELECT * FROM patient WHERE PatNum=", (str(f.patnum), MRN))
    elif k == 1:
        ln("SELECT PatNum,LName,FName,MiddleI,Birthdate,Guarantor FROM patient WHERE LName LIKE '", (fold(f.last), NAME),
           "%' AND FName LIKE '", (fold(f.kid).split()[0], NAME), "%' AND PatStatus IN (0,1) ORDER BY LName,FName LIMIT 101")
    elif k == 2:
        ln("UPDATE patient SET HmPhone='", (phone_fmt(f.phone, "paren"), PHONE), "',WirelessPhone='", (phone_fmt(f.phone2, "dash"), PHONE),
           "',Email='", (f.email, EMAIL), "',TxtMsgOk=1 WHERE PatNum=", (str(f.gpatnum), MRN))
    elif k == 3:
        ln("INSERT INTO appointment (PatNum,AptStatus,Pattern,Confirmed,Op,ProvNum,AptDateTime,ProcDescript,ClinicNum) VALUES (",
           (str(f.patnum), MRN), ",1,'/XXXX/',19,", str(R.randint(1, 9)), ",2,'", (dfmt(f.appt, "iso"), DATE), " 15:40:00','PerEx, ChPro, Flo',1)")
    elif k == 4:
        ln("SELECT PatNum FROM patient WHERE Birthdate='", (dfmt(f.dob, "iso"), DATE), "' AND LName='", (fold(f.last), NAME), "'")
    else:
        ln("UPDATE patient SET Address='", (f.street, ADDR), "',City='", (f.city, ADDR), "',State='TX',Zip='", (f.zip, ZIP),
           "',MedicaidID='", (f.medicaid, PLAN), "',SSN='", (f.ssn.replace("-", ""), SSN), "' WHERE PatNum=", (str(f.patnum), MRN))
    return [ln]


def g_mysql_slow(phi):
    t = CLK.tick() + dt.timedelta(hours=5)
    qt = R.uniform(1.2, 9.5)
    out = [Ln("mysql_slow")("# Time: ", t.strftime("%Y-%m-%dT%H:%M:%S."), "%06d" % (t.microsecond + R.randint(0, 999)), "Z"),
           Ln("mysql_slow")(f"# User@Host: opendental[opendental] @  [10.20.1.{R.randint(20, 60)}]  Id: {R.randint(10, 300):5d}"),
           Ln("mysql_slow")(f"# Query_time: {qt:.6f}  Lock_time: {R.uniform(0, 0.01):.6f} Rows_sent: {R.randint(0, 500)}  Rows_examined: {R.randint(10000, 2000000)}")]
    if R.random() < 0.3:
        out.append(Ln("mysql_slow")("use opendental;"))
    out.append(Ln("mysql_slow")(f"SET timestamp={int((t - dt.datetime(1970, 1, 1)).total_seconds())};"))
    q = Ln("mysql_slow")
    if not phi:
        q(R.choice([
            "SELECT procedurelog.ProvNum,SUM(procedurelog.ProcFee) FROM procedurelog WHERE ProcStatus=2 AND ProcDate BETWEEN '2024-03-01' AND '2024-03-10' GROUP BY procedurelog.ProvNum;",
            "SELECT claim.ClaimNum,claim.ClaimStatus FROM claim INNER JOIN insplan ON insplan.PlanNum=claim.PlanNum WHERE claim.ClaimStatus='S' AND claim.DateSent < '2024-02-10';",
            "SELECT recall.RecallNum,recall.PatNum,recall.DateDue FROM recall WHERE recall.DateDue BETWEEN '2024-03-01' AND '2024-04-30' AND recall.IsDisabled=0;",
            "DELETE FROM signalod WHERE SigDateTime < DATE_SUB(NOW(),INTERVAL 2 DAY);",
        ]))
    else:
        f = fam()
        if R.random() < 0.5:
            p = f.phone
            q("SELECT PatNum,LName,FName FROM patient WHERE REPLACE(REPLACE(REPLACE(HmPhone,'(',''),')',''),'-','') LIKE '%",
              (p, PHONE), "%' OR REPLACE(REPLACE(WirelessPhone,'-',''),' ','') LIKE '%", (p, PHONE), "%';")
        else:
            q("select * from `bookings` where `guardian_email` = '", (f.email, EMAIL), "' and `child_dob` = '", (dfmt(f.dob, "iso"), DATE),
              "' and `deleted_at` is null order by `slot_start` desc;")
    out.append(q)
    return out


def dcm(tag, vr, val, kw, cat=None):
    ln = Ln("dcmdump")
    raw = val
    if val is None:
        ln(f"({tag}) {vr} (no value available)")
        pad = 52 - len(f"({tag}) {vr} (no value available)")
        ln(" " * max(pad, 1), f"#   0, 0 {kw}")
        return ln
    ln(f"({tag}) {vr} [", (raw, cat), "]")
    w = len(f"({tag}) {vr} [{raw}]")
    L = len(raw) + (len(raw) % 2)
    ln(" " * max(52 - w, 1), f"# {L:3d}, 1 {kw}")
    return ln


def g_dcmdump(phi):
    CLK.tick()
    f = fam()
    out = []
    if R.random() < 0.5:
        out += [Ln("dcmdump")("# Dicom-File-Format"), Ln("dcmdump")("# Dicom-Meta-Information-Header"),
                Ln("dcmdump")("# Used TransferSyntax: Little Endian Explicit"),
                Ln("dcmdump")("(0002,0002) UI =DigitalXRayImageStorageForPresentation #  28, 1 MediaStorageSOPClassUID"),
                Ln("dcmdump")("(0002,0010) UI =LittleEndianExplicit                    #  20, 1 TransferSyntaxUID"),
                Ln("dcmdump")("# Dicom-Data-Set")]
    mod = R.choice(["PX", "IO", "PX"])
    tags = [("0008,0020", "DA", dfmt(f.dos, "d8"), "StudyDate", DATE),
            ("0008,0050", "SH", None, "AccessionNumber", None),
            ("0008,0060", "CS", mod, "Modality", None),
            ("0008,0070", "LO", "Planmeca" if mod == "PX" else "Sirona", "Manufacturer", None),
            ("0008,0090", "PN", "RAMAN^ANJALI", "ReferringPhysicianName", None),
            ("0010,0010", "PN", kid_name(f, "dicom"), "PatientName", NAME),
            ("0010,0020", "LO", str(f.patnum), "PatientID", MRN),
            ("0010,0030", "DA", dfmt(f.dob, "d8"), "PatientBirthDate", DATE),
            ("0010,0040", "CS", f.sex, "PatientSex", None),
            ("0010,1010", "AS", "%03dY" % (2024 - f.dob.year), "PatientAge", None),
            ("0018,1000", "LO", "PM2D-7A118842" if mod == "PX" else "SCH6-0412277", "DeviceSerialNumber", None),
            ("0018,1020", "LO", "Romexis 6.4.7.R" if mod == "PX" else "Sidexis 4.3.1", "SoftwareVersions", None),
            ("0020,000d", "UI", f"1.2.246.512.1.1.0.{R.randint(1000, 9999)}.{R.randint(100000, 999999)}.1", "StudyInstanceUID", None)]
    if not phi:
        tags = [x for x in tags if x[4] is None]
    for tg in tags[: R.randint(6, len(tags))] if phi else tags[:R.randint(3, 6)]:
        out.append(dcm(tg[0], tg[1], tg[2], tg[3], tg[4]))
    if R.random() < 0.5:
        out.append(Ln("dcmdump")("(7fe0,0010) OW 0000\\0000\\0000\\0000\\0000\\0000\\0000\\0000\\0000... # 5767168, 1 PixelData"))
    return out


def g_imaging_bridge(phi):
    t = CLK.tick()
    ln = Ln("imaging_bridge")
    ln(t.strftime("%Y-%m-%d %H:%M:%S,"), ms3(t), f" [{R.randint(1, 40)}] ")
    if not phi:
        ln(R.choice([
            f"INFO  PanoBridge.Dicom - C-ECHO to ORTHANC@10.20.1.40:4242 OK ({R.randint(3, 40)} ms)",
            f"INFO  PanoBridge.Worklist - MWL query AE=PM2002CC returned {R.randint(0, 12)} items",
            f"INFO  PanoBridge.Exposure - kVp=66 mA=8 s=14.1 DAP={R.uniform(40, 95):.1f} mGy*cm2 device=ProMax2D s/n PM2D-7A118842",
            f"WARN  PanoBridge.Store - C-STORE retry 1/3 to ORTHANC: association rejected (0x0002), transient",
            f"INFO  PanoBridge.Queue - import queue depth=0 processed={R.randint(1, 60)} failed=0",
            "INFO  PanoBridge.License - seats in use 6/8, expires 2025-01-31",
            f"DEBUG PanoBridge.Dicom - Assoc accepted calling=PM2002CC called=ODBRIDGE maxPDU=16384 ctx=1.2.840.10008.5.1.4.1.1.1.1",
        ]))
        return [ln]
    f = fam()
    k = R.randint(0, 3)
    if k == 0:
        ln("INFO  OpenDentBusiness.Bridges.Romexis - Launching \"C:\\Program Files\\Planmeca\\Romexis\\pmbridge\\Program\\DxStart.exe\" \"",
           (str(f.patnum), MRN), "\" \"", (fold(f.last), NAME), "\" \"", (fold(f.kid), NAME), "\" \"", (dfmt(f.dob, "d8"), DATE), "\"")
    elif k == 1:
        ln("INFO  OpenDentBusiness.Bridges.Sirona - SIDEXIS slida.sdx written: NN=", (fold(f.last), NAME), " VN=", (fold(f.kid), NAME),
           " GD=", (dfmt(f.dob, "dot"), DATE), " PN=", (str(f.patnum), MRN), " GS=", "W" if f.sex == "F" else "M")
    elif k == 2:
        ln("INFO  PanoBridge.Store - C-STORE rsp 0000 SOPInstanceUID=1.2.246.512.1.1.0.", str(R.randint(1000, 9999)), ".", str(R.randint(100000, 999999)),
           ".1.1 PatientID=", (str(f.patnum), MRN), " PatientName=", (kid_name(f, "dicom"), NAME))
    else:
        ln("ERROR PanoBridge.Match - No Open Dental match for PatientName=", (kid_name(f, "dicom"), NAME), " BirthDate=",
           (dfmt(f.dob, "d8"), DATE), "; image parked in \\\\BEL-SRV01\\PanoInbox\\unmatched")
    return [ln]


def g_twain(phi):
    t = CLK.tick()
    ln = Ln("twain_capture")
    ln("[", t.strftime("%Y-%m-%d %H:%M:%S."), ms3(t), "] ")
    if not phi:
        ln(R.choice([
            "[TWAIN] DSM_Entry DG_CONTROL/DAT_IDENTITY/MSG_OPENDS -> TWRC_SUCCESS (\"SOPRO 717 First\" 2.4.0, TWAINDSM 2.5.0)",
            f"[TWAIN] DG_IMAGE/DAT_IMAGENATIVEXFER/MSG_GET -> TWRC_XFERDONE 1280x1024 24bpp {R.randint(150, 400)}KB",
            f"[TWAIN] TWRC_FAILURE TWCC_BUMMER: device not responding (USB\\VID_1E6E&PID_0402), reset #{R.randint(1, 4)}",
            "[TWAIN] DG_CONTROL/DAT_USERINTERFACE/MSG_DISABLEDS -> TWRC_SUCCESS",
            f"[Camera] button press -> freeze frame {R.randint(1, 12)}, autofocus {R.randint(40, 300)} ms",
            "[Camera] firmware 3.1.7 s/n SO717-2211804 on op " + R.choice(["BEL-OP3", "BEL-OP4", "PAS-OP2"]),
        ]))
        return [ln]
    f = fam()
    if R.random() < 0.5:
        ln("[Store] saved \\\\BEL-IMG01\\DXImages\\", (kid_name(f, "under"), NAME), "_", (f.chart, MRN), "\\", (dfmt(f.dos, "d8"), DATE),
           f"\\IO_{R.randint(1, 20):04d}.jpg ({R.randint(150, 400)} KB) teeth=", R.choice(["#A,#B", "#3", "#14,#15", "#19", "#K,#L"]))
    else:
        ln("[Bridge] Acquire requested by Dentrix for PatID=", (str(f.patid), MRN), " \"", (kid_name(f, "LAST_FIRST"), NAME), "\" DOB ",
           (dfmt(f.dob, "us"), DATE), " folder P", (str(f.patnum), MRN))
    return [ln]


def jpeg_b64(n):
    return "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/" + b64s(n)


def g_aligner(phi):
    t = CLK.tick()
    ln = Ln("aligner_json")
    iso = (t + dt.timedelta(hours=5)).strftime("%Y-%m-%dT%H:%M:%S.") + ms3(t) + "Z"
    if not phi:
        jemit(ln, R.choice([
            {"event": "upload.part", "ts": iso, "uploadId": uuid4(), "part": R.randint(1, 7), "of": 7, "bytes": 5242880, "etag": hexs(32)},
            {"event": "webhook.retry", "ts": iso, "attempt": R.randint(1, 5), "status": R.choice([502, 503, 504]), "latencyMs": R.randint(2000, 30000)},
            {"event": "token.refresh", "ts": iso, "clientId": "lspd-prod", "scope": "cases:write files:write", "expiresIn": 3600},
            {"event": "catalog.sync", "ts": iso, "products": ["Teen Comprehensive", "Lite", "Retainers 3-pack"], "priceListVersion": "2024.03"},
            {"event": "upload.completed", "ts": iso, "uploadId": uuid4(), "bytes": R.randint(8000000, 40000000), "sha256": hexs(64)},
        ]))
        return [ln]
    f = fam()
    k = R.randint(0, 3)
    if k == 0:
        scan_d = f.dos
        obj = {"event": "case.submitted", "ts": iso, "caseId": PV(f.case, OID),
               "doctor": {"npi": "1932104456", "name": "Marcus Whitfield DMD", "office": "BEL"},
               "patient": {"firstName": PV(fold(f.kid) if R.random() < 0.5 else f.kid, NAME), "lastName": PV(f.last, NAME),
                           "dateOfBirth": PV(dfmt(f.dob, "iso"), DATE), "sex": f.sex, "externalId": PV(str(f.patnum), MRN)},
               "treatment": {"product": "Teen Comprehensive", "arches": "both", "iprAllowed": R.random() < 0.5,
                             "eruptionCompensation": ["UR5", "UL5"], "notes": "Class II div 1, mild crowding"},
               "scans": [{"arch": a, "format": "STL", "fileName": None, "bytes": R.randint(9000000, 30000000),
                          "scanner": "iTero Element 5D", "scannerSn": "E5D-118842"} for a in ("upper", "lower")]}
        # fileName carries PatNum and scan date
        for s in obj["scans"]:
            s["fileName"] = "__FN__"
        obj["scanDate"] = PV(dfmt(scan_d, "iso"), DATE)
        # render with custom file names
        _emit_aligner(ln, obj, f, scan_d)
    elif k == 1:
        jemit(ln, {"event": "case.status_changed", "ts": iso, "caseId": PV(f.case, OID), "from": "SUBMITTED",
                   "to": R.choice(["IN_TREATMENT_PLANNING", "CLINCHECK_READY", "SHIPPED"]), "trackingNo": "1Z" + hexs(16).upper()})
    elif k == 2:
        jemit(ln, {"event": "photos.attached", "ts": iso, "caseId": PV(f.case, OID),
                   "photos": {"extraoral_frontal_smile": PV("data:image/jpeg;base64," + jpeg_b64(R.randint(80, 160)) + "...", PHOTO),
                              "intraoral_upper_occlusal": "s3://lspd-aligner/cases/u/" + uuid4() + ".jpg"}})
    else:
        jemit(ln, {"event": "monitoring.enrolled", "ts": iso, "caseId": PV(f.case, OID),
                   "patient": {"name": PV(kid_name(f, "natural"), NAME), "guardianPhone": PV(phone_fmt(f.phone, "e164"), PHONE)},
                   "scanBoxSerial": PV("DMSB-22-%06d" % R.randint(1, 999999), DEV), "appPlatform": "iOS 17.3.1", "scanEveryDays": 7})
    return [ln]


def _emit_aligner(ln, obj, f, scan_d):
    ln("{")
    keys = list(obj.keys())
    for i, k in enumerate(keys):
        if i:
            ln(",")
        ln(json.dumps(k), ":")
        if k == "scans":
            ln("[")
            for j, s in enumerate(obj["scans"]):
                if j:
                    ln(",")
                ln("{")
                for m, (sk, sv) in enumerate(s.items()):
                    if m:
                        ln(",")
                    ln(json.dumps(sk), ":")
                    if sk == "fileName":
                        ln('"', (str(f.patnum), MRN), "_", s["arch"][0].upper(), "_", (dfmt(scan_d, "d8"), DATE), '.stl"')
                    else:
                        jemit(ln, sv)
                ln("}")
            ln("]")
        else:
            jemit(ln, obj[k])
    ln("}")


# ---------------------------------------------------------------- X12
def seg(fam_, *parts):
    return Ln(fam_)(*parts)


CTRL = [4200]


def g_837d(phi):
    CLK.tick()
    t = CLK.loc()
    CTRL[0] += 1
    c = CTRL[0]
    F = "x12_837d"
    out = [seg(F, f"ISA*00*          *00*          *ZZ*LSPD001        *ZZ*DXC            *{t:%y%m%d}*{t:%H%M}*^*00501*{c:09d}*0*P*:~"),
           seg(F, f"GS*HC*LSPD001*DXC*{t:%Y%m%d}*{t:%H%M}*{c}*X*005010X224A2~"),
           seg(F, "ST*837*0001*005010X224A2~"),
           seg(F, f"BHT*0019*00*{c}-0001*{t:%Y%m%d}*{t:%H%M}*CH~"),
           seg(F, f"NM1*41*2*{PRACTICE}*****46*LSPD001~"),
           seg(F, "PER*IC*BILLING OFFICE*TE*7135550100*FX*7135550101~"),
           seg(F, "HL*1**20*1~"),
           seg(F, f"NM1*85*2*{PRACTICE}*****XX*1487652309~"),
           seg(F, "N3*6200 BELLAIRE BLVD STE 210~"),
           seg(F, "N4*HOUSTON*TX*770814425~"),
           seg(F, "REF*EI*760512348~")]
    nclaims = 1 if R.random() < 0.6 else 2
    for n in range(nclaims):
        f = fam()
        hl = 2 + n * 2
        child_sub = f.sub_is_child
        out.append(seg(F, f"HL*{hl}*1*22*{0 if child_sub else 1}~"))
        out.append(seg(F, f"SBR*P*{'18' if child_sub else ''}*{'' if child_sub else 'GRP' + digits(6)}******{'MC' if child_sub else 'CI'}~"))
        if child_sub:
            out.append(seg(F, "NM1*IL*1*", (fold(f.last).upper(), NAME), "*", (fold(f.kid).upper(), NAME), "*", (f.mid, NAME) if f.mid else "",
                           "***MI*", (f.member, PLAN), "~"))
        else:
            out.append(seg(F, "NM1*IL*1*", (fold(f.glast).upper(), NAME), "*", (fold(f.gfirst).upper(), NAME), "****MI*", (f.member, PLAN), "~"))
        out.append(seg(F, "N3*", (f.street.upper(), ADDR), "~"))
        out.append(seg(F, "N4*", (f.city.upper(), ADDR), "*TX*", (f.zip4.replace("-", ""), ZIP), "~"))
        if child_sub:
            out.append(seg(F, "DMG*D8*", (dfmt(f.dob, "d8"), DATE), "*", f.sex, "~"))
        else:
            out.append(seg(F, "DMG*D8*", (dfmt(f.gdob, "d8"), DATE), "*", R.choice("MF"), "~"))
        out.append(seg(F, f"NM1*PR*2*{f.payer.upper()}*****PI*{R.randint(10000, 99999)}~"))
        if not child_sub:
            out.append(seg(F, f"HL*{hl + 1}*{hl}*23*0~"))
            out.append(seg(F, "PAT*19~"))
            out.append(seg(F, "NM1*QC*1*", (fold(f.last).upper(), NAME), "*", (fold(f.kid).upper(), NAME), "~"))
            out.append(seg(F, "DMG*D8*", (dfmt(f.dob, "d8"), DATE), "*", f.sex, "~"))
        procs = R.sample(CDT[:7], R.randint(2, 4))
        tot = sum(p[2] for p in procs)
        out.append(seg(F, "CLM*", (f"{f.patnum}/{R.randint(20000, 99999)}", ACCT), f"*{tot}***11:B:1*Y*A*Y*Y~"))
        out.append(seg(F, "DTP*472*D8*", (dfmt(f.dos, "d8"), DATE), "~"))
        prov = R.choice(PROVS[:3])
        out.append(seg(F, f"NM1*82*1*{prov[0]}*{prov[1].upper()}****XX*{prov[2]}~"))
        for i, p in enumerate(procs, 1):
            out.append(seg(F, f"LX*{i}~"))
            out.append(seg(F, f"SV3*AD:{p[0]}*{p[2]}***1~"))
            if p[0] == "D1351":
                out.append(seg(F, f"TOO*JP*{R.choice([3, 14, 19, 30])}~"))
    out.append(seg(F, f"SE*{len(out) - 1}*0001~"))
    out.append(seg(F, f"GE*1*{c}~"))
    out.append(seg(F, f"IEA*1*{c:09d}~"))
    return out


def g_835(phi):
    CLK.tick()
    t = CLK.loc()
    CTRL[0] += 1
    c = CTRL[0]
    F = "x12_835"
    payer = R.choice(["TEXAS MEDICAID DENTAL (DENTAQUEST)", "MCNA DENTAL PLANS", "DELTA DENTAL OF TEXAS", "METLIFE"])
    amt = R.randint(80, 900)
    out = [seg(F, f"ISA*00*          *00*          *ZZ*DXC            *ZZ*LSPD001        *{t:%y%m%d}*{t:%H%M}*^*00501*{c:09d}*0*P*:~"),
           seg(F, f"GS*HP*DXC*LSPD001*{t:%Y%m%d}*{t:%H%M}*{c}*X*005010X221A1~"),
           seg(F, "ST*835*0001~"),
           seg(F, f"BPR*I*{amt}.00*C*ACH*CCP*01*111000025*DA*0004412558*1760512348**01*113994547*DA*4412558801*{t:%Y%m%d}~"),
           seg(F, f"TRN*1*EFT{t:%m%d}{R.randint(100000, 999999)}*1760512348~"),
           seg(F, f"DTM*405*{t:%Y%m%d}~"),
           seg(F, f"N1*PR*{payer}~"),
           seg(F, f"N1*PE*{PRACTICE}*XX*1487652309~")]
    for i in range(R.randint(1, 2)):
        f = fam()
        procs = R.sample(CDT[:7], 2)
        tot = sum(p[2] for p in procs)
        paid = round(tot * 0.78, 2)
        out.append(seg(F, f"LX*{i + 1}~"))
        out.append(seg(F, "CLP*", (f"{f.patnum}/{R.randint(20000, 99999)}", ACCT), f"*1*{tot}*{paid}**MC*", (digits(14), OID), "*11~"))
        out.append(seg(F, "NM1*QC*1*", (fold(f.last).upper(), NAME), "*", (fold(f.kid).upper(), NAME), "****MI*", (f.member, PLAN), "~"))
        out.append(seg(F, "DTM*232*", (dfmt(f.dos, "d8"), DATE), "~"))
        for p in procs:
            out.append(seg(F, f"SVC*AD:{p[0]}*{p[2]}*{round(p[2] * 0.78, 2)}**1~"))
            out.append(seg(F, "DTM*472*", (dfmt(f.dos, "d8"), DATE), "~"))
            out.append(seg(F, f"CAS*CO*45*{round(p[2] * 0.22, 2)}~"))
    out.append(seg(F, f"PLB*1487652309*{t.year}1231*WO:{digits(10)}*-12.50~"))
    out.append(seg(F, f"SE*{len(out) - 1}*0001~"))
    out.append(seg(F, f"GE*1*{c}~"))
    out.append(seg(F, f"IEA*1*{c:09d}~"))
    return out


def g_elig(phi):
    t = CLK.tick()
    ln = Ln("elig_worker")
    ln((t + dt.timedelta(hours=5)).strftime("%Y-%m-%dT%H:%M:%S."), ms3(t), "Z elig-worker[", str(R.randint(1800, 1900)), "]: ")
    if not phi:
        ln(R.choice([
            (lambda a, b, c: f"INFO batch run=nightly checked={a + b + c} active={a} inactive={b} errors={c} elapsed_s={R.randint(60, 900)}")(R.randint(120, 300), R.randint(3, 20), R.randint(0, 9)),
            "WARN payer=TXMCD gateway=TMHP circuit=open reason=\"AAA*Y**42*Y (unable to respond at current time)\" retry_in=300s",
            f"INFO payer=DELTA_TX svc_type=35 latency_p95_ms={R.randint(400, 3000)} window=5m",
            "DEBUG x12 270 envelope ISA13=%09d GS06=%d ST02=0001 bytes=%d" % (R.randint(1, 999999), R.randint(1, 9999), R.randint(300, 900)),
            f"INFO cache hit ratio={R.uniform(0.4, 0.95):.2f} ttl=86400 size={R.randint(100, 5000)}",
        ]))
        return [ln]
    f = fam()
    rid = uuid4()
    k = R.randint(0, 2)
    if k == 0:
        ln(f"INFO request_id={rid} payer=TXMCD svc_type=35 member_id=", (f.medicaid, PLAN), " dob=", (dfmt(f.dob, "iso"), DATE), " last=",
           (fold(f.last).upper(), NAME), " first=", (fold(f.kid).upper(), NAME), " -> status=",
           R.choice(["ACTIVE plan=CHIP", "ACTIVE plan=STAR_KIDS", "ACTIVE plan=MEDICAID_STAR", "INACTIVE term=2024-02-29"]),
           f" elapsed_ms={R.randint(300, 3000)}")
    elif k == 1:
        ln(f"WARN request_id={rid} payer=TXMCD AAA*Y**73*C~ (invalid/missing subscriber name) subscriber=\"", (kid_name(f, "last_first"), NAME),
           "\" dob=", (dfmt(f.dob, "us"), DATE), " lookup_by=ssn ssn=", (f.ssn, SSN))
    else:
        ln(f"INFO request_id={rid} raw271=ISA*00*...~NM1*IL*1*", (fold(f.last).upper(), NAME), "*", (fold(f.kid).upper(), NAME), "****MI*",
           (f.medicaid, PLAN), "~N3*", (f.street.upper(), ADDR), "~N4*", (f.city.upper(), ADDR), "*TX*", (f.zip, ZIP), "~DMG*D8*",
           (dfmt(f.dob, "d8"), DATE), "~EB*1*IND*35*MC*CHIP DENTAL~DTP*291*RD8*20240101-20241231~")
    return [ln]


def g_attach(phi):
    t = CLK.tick()
    ln = Ln("attachment_api")
    ln(t.strftime("%Y-%m-%d %H:%M:%S."), ms3(t), " ")
    if not phi:
        ln(R.choice([
            f"INFO  [attach-svc] OAuth token refreshed client=lspd-ortho expires_in=3600",
            f"DEBUG [attach-svc] upload chunk {R.randint(1, 5)}/5 bytes=524288 sha1={hexs(40)} txn={uuid4()}",
            f"INFO  [attach-svc] GET /v2/payers/{R.randint(10000, 99999)}/attachment-rules -> 200 ({R.randint(40, 400)} ms) cached=false",
            f"INFO  [attach-svc] batch {R.randint(100, 999)} uploaded {R.randint(2, 30)} images {R.uniform(0.5, 9):.1f} MB to NEA FastAttach",
            "WARN  [attach-svc] payer 'DELTA DENTAL OF TEXAS' requires narrative for D2930 > 2 per quadrant",
            f"ERROR [attach-svc] POST /v2/attachments -> 503 Service Unavailable (retry {R.randint(1, 3)}/3, backoff {R.choice([2, 4, 8])}s)",
        ]))
        return [ln]
    ln("INFO  [attach-svc] ")
    f = fam()
    ln("POST /v2/attachments type=", R.choice(["RADIOGRAPH", "PERIO_CHART", "NARRATIVE", "PHOTO"]), " images=", str(R.randint(1, 4)),
       " claimRef=", (f"{f.patnum}/{R.randint(20000, 99999)}", ACCT), " patient=\"", (kid_name(f, R.choice(["last_first", "upper"])), NAME),
       "\" dob=", (dfmt(f.dob, R.choice(["us", "iso", "us2"])), DATE), " subscriberId=", (f.member, PLAN), " payer=\"", f.payer,
       f"\" -> 201 txn=NEA{R.randint(10000000, 99999999)}")
    return [ln]


# ---------------------------------------------------------------- Node.js texting / Twilio
def pino_head(lvl=30):
    t = CLK.tick(1, 120)
    return {"level": lvl, "time": epoch_ms(t + dt.timedelta(hours=5)), "pid": 2231, "hostname": "recall-worker-7b9cf5d8c-x2kqp"}


SMS_TPL = {
    "en": ["Hi {g}! {k} is due for a 6-month checkup at Little Smiles. Book: {url} Reply STOP to opt out",
           "Reminder: {k} has an appointment {d} at 3:40pm, Bellaire office. Reply C to confirm."],
    "es": ["¡Hola {g}! {k} tiene cita el {d} a las 3:40pm en Little Smiles Bellaire. Responda C para confirmar.",
           "{k} necesita su limpieza de 6 meses. Haga su cita: {url}"],
    "vi": ["Chào {g}, bé {k} có hẹn khám răng ngày {d} lúc 3:40 chiều tại Little Smiles. Nhắn C để xác nhận.",
           "Bé {k} đã đến hạn khám răng 6 tháng. Đặt lịch: {url}"],
}


def render_tpl(tpl, f, lang):
    """Split template into parts with PHI tuples."""
    parts = []
    i = 0
    while i < len(tpl):
        j = tpl.find("{", i)
        if j < 0:
            parts.append(tpl[i:])
            break
        parts.append(tpl[i:j])
        k = tpl.index("}", j)
        key = tpl[j + 1:k]
        native = lang != "en" or R.random() < 0.5
        if key == "g":
            parts.append((g_name(f, "first", native=native), NAME))
        elif key == "k":
            parts.append((fold(f.kid).split()[0] if lang == "en" and f.origin != "viet" else (f.kid if native else fold(f.kid)), NAME))
        elif key == "d":
            parts.append((dfmt(f.appt, {"en": R.choice(["md", "mon_d", "us"]), "es": "es_md", "vi": "vi_md"}[lang]), DATE))
        elif key == "url":
            parts.append(("https://book.littlesmilestx.com/r/" + hexs(10), URL))
        i = k + 1
    return parts


def g_pino(phi):
    ln = Ln("node_pino")
    if not phi:
        h = pino_head(R.choice([30, 30, 30, 50]))
        extra = R.choice([
            {"msg": "recall batch complete", "processed": R.randint(100, 500), "sent": R.randint(80, 400), "optedOut": R.randint(0, 20), "failed": R.randint(0, 15), "durationMs": R.randint(5000, 60000)},
            {"level": 40, "msg": "Twilio rate limit, backing off", "code": 20429, "retryInMs": 2000},
            {"msg": "cron tick", "job": "recall-sweep", "next": "2024-03-12T11:00:00.000Z"},
            {"level": 40, "msg": "redis reconnected", "host": "redis-recall.internal", "attempt": R.randint(1, 5)},
            {"msg": "template cache loaded", "templates": 14, "locales": ["en", "es", "vi"]},
            {"msg": "request completed", "req": {"method": "GET", "url": "/healthz"}, "res": {"statusCode": 200}, "responseTime": R.randint(1, 9)},
        ])
        if h["level"] == 50:
            extra = {"msg": "status callback signature invalid", "err": {"type": "Error", "message": "X-Twilio-Signature mismatch", "stack": "Error: X-Twilio-Signature mismatch\n    at validate (/srv/recall/src/twilio/webhook.js:41:11)"}}
        h.update(extra)
        jemit(ln, h)
        return [ln]
    f = fam()
    h = pino_head()
    k = R.randint(0, 3)
    if k <= 1:
        lang = f.lang
        tpl = R.choice(SMS_TPL[lang])
        parts = render_tpl(tpl, f, lang)
        h.update({"msg": "sms queued", "to": PV(phone_fmt(f.phone, "e164"), PHONE), "messagingServiceSid": "MG" + hexs(32),
                  "sid": "SM" + hexs(32), "template": "recall_6mo" if "6" in tpl else "appt_confirm", "locale": lang,
                  "patientId": PV(f.patnum, MRN), "body": PParts(parts)})
        jemit(ln, h)
    elif k == 2:
        h.update({"level": 50, "msg": "send failed", "err": {"code": R.choice([21610, 21211, 30003]),
                  "message": None}, "to": PV(phone_fmt(f.phone, "e164"), PHONE)})
        code = h["err"]["code"]
        h["err"]["message"] = {21610: "Attempt to send to unsubscribed recipient", 21211: "The 'To' number is not a valid phone number.",
                               30003: "Unreachable destination handset"}[code]
        h["guardian"] = PV(g_name(f, "natural"), NAME)
        jemit(ln, h)
    else:
        h.update({"msg": "status callback", "MessageStatus": R.choice(["delivered", "undelivered", "sent"]), "To": PV(phone_fmt(f.phone, "e164"), PHONE),
                  "From": "+17135550100", "SmsSid": "SM" + hexs(32), "ErrorCode": None})
        jemit(ln, h)
    return [ln]


MSG = {
    "en": [
        ["Hi this is ", "G", ", ", "K1", "'s ", "REL", ". Can we move the appt on ", "APPT", "? Call me at ", "PHONE"],
        ["My email changed to ", "EMAIL", " please send the consent form there"],
        ["Please fax the insurance form to my work fax ", "FAX", " attn ", "G"],
        ["We're here, in the ", "CAR", ", plate ", "PLATE", ", spot 4"],
        ["her aligner tray cracked on the left side, is it ok to wear the old one until Friday?"],
        ["The accident report for ", "K1", "'s chipped tooth lists our car VIN ", "VIN", ", the insurance adjuster asked for it"],
        ["here is my facebook if easier to reach me ", "FB"],
        ["Thank you Dr. Raman, he was so brave today!"],
        ["", "K", " (DOB ", "DOB", ") has Medicaid ", "MCD", " now, not Delta anymore"],
        ["", "HIS", " great-grandma is ", "AGE", " and will bring ", "HIM", " Tuesday, she is hard of hearing please speak slowly"],
        ["we moved! new address ", "STREET", ", ", "CITY", " TX ", "ZIP"],
        ["front desk asked for my drivers license # for the payment plan, it's ", "DL", " (Texas)"],
    ],
    "es": [
        ["Hola, soy ", "G", ". ¿Puedo cambiar la cita de ", "K", " del ", "APPT", "? Mi número nuevo es ", "PHONE"],
        ["Mi ", "HIJO", " ", "K", " nació el ", "DOB", ". Su número de Medicaid es ", "MCD"],
        ["Nos mudamos a ", "STREET", ", ", "CITY", " ", "ZIP", ", favor de actualizar"],
        ["Su bisabuela de ", "AGE", " años ", "LO", " va a traer a la cita, ella no maneja inglés"],
        ["Estoy afuera en la ", "CAR_ES", ", placas ", "PLATE", ", avísenme cuando pueda entrar"],
        ["Gracias por todo, la niña ya no tiene dolor 🙏"],
        ["¿Aceptan CHIP? A mi hija le salió un absceso y no puede comer"],
        ["Mi correo es ", "EMAIL", " para mandar el consentimiento"],
        ["Me pueden mandar la forma del seguro por fax al ", "FAX", ", es el fax de mi trabajo"],
        ["En recepción me pidieron mi licencia de manejo: TX ", "DL", ". Soy ", "G", ", la tutora legal"],
    ],
    "vi": [
        ["Chào phòng khám, tôi là phụ huynh của bé ", "K", ". Cháu có hẹn ", "APPT", " nhưng bị sốt, cho tôi dời lịch được không? SĐT ", "PHONE"],
        ["Bé ", "K", " sinh ", "DOB", ", mã Medicaid ", "MCD", ". Xin kiểm tra bảo hiểm giúp tôi."],
        ["Niềng răng của con tôi bị gãy một mắc cài, đau lắm. Có thể gặp bác sĩ sớm không?"],
        ["Bà cố của cháu ", "AGE", " tuổi sẽ đưa cháu đến, bà không nói được tiếng Anh."],
        ["Cảm ơn bác sĩ nhiều!"],
        ["Địa chỉ mới của chúng tôi: ", "STREET", ", ", "CITY", ", TX ", "ZIP"],
        ["Email của tôi là ", "EMAIL", ", xin gửi giấy đồng ý qua email."],
        ["Tôi đang đậu xe ở ngoài, biển số ", "PLATE", ", khi nào bé vào được thì nhắn tôi nhé."],
        ["Xin fax giấy bảo hiểm đến số ", "FAX", " (fax chỗ làm của tôi)."],
    ],
}


def msg_parts(f, lang, tpl):
    ks = [x for x in tpl if x in ("AGE",)]
    parts = []
    for x in tpl:
        native = lang != "en" or R.random() < 0.3
        if x == "G":
            parts.append((g_name(f, "natural", native=native), NAME))
        elif x == "K":
            parts.append((kid_name(f, "natural", native=native) if R.random() < 0.6 else (f.kid if native else fold(f.kid)), NAME))
        elif x == "REL":
            parts.append({"mother": "mom", "father": "dad", "grandmother": "grandma", "grandfather": "grandpa"}.get(f.grel, f.grel))
        elif x == "HIS":
            parts.append("Her" if f.sex == "F" else "His")
        elif x == "HIM":
            parts.append("her" if f.sex == "F" else "him")
        elif x == "HIJO":
            parts.append("hija" if f.sex == "F" else "hijo")
        elif x == "LO":
            parts.append("la" if f.sex == "F" else "lo")
        elif x == "K1":
            parts.append((fold(f.kid).split()[0], NAME))
        elif x == "APPT":
            parts.append((dfmt(f.appt, {"en": R.choice(["md", "mon_d", "us2"]), "es": R.choice(["es_md", "md"]), "vi": R.choice(["vi_md", "vi"])}[lang]), DATE))
        elif x == "DOB":
            parts.append((dfmt(f.dob, {"en": R.choice(["us", "long", "us_short"]), "es": R.choice(["es", "us_short"]), "vi": R.choice(["vi", "us_short"])}[lang]), DATE))
        elif x == "PHONE":
            parts.append((phone_fmt(f.phone2, R.choice(["dash", "plain", "space", "dot", "paren"])), PHONE))
        elif x == "FAX":
            parts.append((phone_fmt(mk_phone(), "dash"), FAX))
        elif x == "EMAIL":
            parts.append((f.email, EMAIL))
        elif x == "CAR":
            parts.append(f.car)
        elif x == "CAR_ES":
            parts.append(R.choice(["camioneta gris", "Honda blanca", "van roja"]))
        elif x == "PLATE":
            parts.append((f.plate, VEH))
        elif x == "VIN":
            parts.append((mk_vin(), VEH))
        elif x == "FB":
            parts.append(("https://www.facebook.com/" + fold(f.gfirst).lower().split()[0] + "." + fold(f.glast).lower().replace(" ", "").replace("'", "") + "." + str(R.randint(10, 9999)), URL))
        elif x == "DL":
            parts.append((f.dl, LIC))
        elif x == "MCD":
            parts.append((f.medicaid, PLAN))
        elif x == "AGE":
            parts.append((str(f.gage or R.randint(90, 95)), AGE))
        elif x == "STREET":
            parts.append((f.street, ADDR))
        elif x == "CITY":
            parts.append((f.city, ADDR))
        elif x == "ZIP":
            parts.append((f.zip, ZIP))
        else:
            parts.append(x)
    return parts


PH_KEYS = ["DL", "G", "K", "K1", "APPT", "DOB", "PHONE", "FAX", "EMAIL", "PLATE", "VIN", "FB", "MCD", "AGE", "STREET", "CITY", "ZIP"]


def has_phi(tpl):
    return any(x in PH_KEYS for x in tpl)


def pick_msg(f, phi):
    lang = f.lang
    cands = [t for t in MSG[lang] if has_phi(t) == phi]
    return lang, R.choice(cands)


def g_portal_msg(phi):
    t = CLK.tick()
    f = fam()
    lang, tpl = pick_msg(f, phi)
    ln = Ln("portal_msg")
    ln(t.strftime("%Y-%m-%d %H:%M:%S"), f" msg_id=PM-{R.randint(10000, 99999)} thread=T-{R.randint(1000, 9999)} channel=portal lang={lang} ")
    if phi:
        ln('from="', (g_name(f, R.choice(["natural", "last_first"]), native=lang != "en"), NAME), '" ')
    else:
        ln("from_user=[redacted] ")
    ln('text="')
    for p in msg_parts(f, lang, tpl):
        ln(p if isinstance(p, tuple) else p.replace('"', "'"))
    ln('"')
    return [ln]


def g_twilio_inbound(phi):
    t = CLK.tick()
    ln = Ln("node_debug")
    ln((t + dt.timedelta(hours=5)).strftime("%Y-%m-%dT%H:%M:%S."), ms3(t), "Z twilio:webhook ")
    if not phi:
        ln(R.choice([
            f"POST /twilio/status 204 {R.randint(2, 30)}ms",
            f"signature ok url=https://recall.littlesmilestx.com/twilio/inbound +{R.randint(0, 9)}ms",
            f"inbound body keyword=STOP optout recorded sid=SM{hexs(32)} +1ms",
            f"queue depth={R.randint(0, 30)} workers=4 +{R.randint(1, 30)}ms",
        ]))
        return [ln]
    f = fam()
    lang, tpl = pick_msg(f, R.random() < 0.5)
    ln("inbound MessageSid=SM", hexs(32), " From=", (phone_fmt(f.phone, "e164"), PHONE), " To=+17135550100 Body=\"")
    for p in msg_parts(f, lang, tpl):
        ln(p if isinstance(p, tuple) else p.replace('"', "'"))
    ln(f"\" NumMedia=0 +{R.randint(0, 9)}ms")
    return [ln]


# ---------------------------------------------------------------- DocuSign-like consent
CONSENTS = ["Consent for Treatment and Nitrous Oxide", "Orthodontic Informed Consent", "Sealant Program Parental Consent",
            "Consentimiento para Tratamiento Dental", "HIPAA Acknowledgment", "Đồng ý Điều trị Nha khoa"]


def g_docusign(phi):
    t = CLK.tick()
    env = uuid4()
    if R.random() < 0.5:
        ln = Ln("docusign_xml")
        if not phi:
            ln('<?xml version="1.0" encoding="utf-8"?><DocuSignEnvelopeInformation xmlns="http://www.docusign.net/API/3.0"><EnvelopeStatus><EnvelopeID>',
               env, "</EnvelopeID><Status>", R.choice(["Sent", "Delivered", "Voided"]), "</Status><Created>",
               t.strftime("%Y-%m-%dT%H:%M:%S.") + "%02d" % R.randint(0, 99), "</Created><Subject>", xesc(R.choice(CONSENTS[4:5])),
               "</Subject><UserName>Front Desk BEL</UserName><Email>frontdesk@littlesmilestx.com</Email><ACStatus>Original</ACStatus></EnvelopeStatus></DocuSignEnvelopeInformation>")
            return [ln]
        f = fam()
        ln('<DocuSignEnvelopeInformation xmlns="http://www.docusign.net/API/3.0"><EnvelopeStatus><RecipientStatuses><RecipientStatus><Type>Signer</Type><Email>',
           (f.email, EMAIL), "</Email><UserName>", (xesc(g_name(f, "natural", native=R.random() < 0.5)), NAME), "</UserName><Status>Completed</Status><Signed>",
           t.strftime("%Y-%m-%dT%H:%M:%S.") + "%02d" % R.randint(0, 99), "</Signed><RecipientIPAddress>", (f.ip, IP),
           "</RecipientIPAddress></RecipientStatus></RecipientStatuses><EnvelopeID>", env, "</EnvelopeID><Subject>", xesc(R.choice(CONSENTS)),
           "</Subject><CustomFields><CustomField><Name>PatientName</Name><Value>", (xesc(kid_name(f, "natural")), NAME),
           "</Value></CustomField><CustomField><Name>PatNum</Name><Value>", (str(f.patnum), MRN),
           "</Value></CustomField><CustomField><Name>DOB</Name><Value>", (dfmt(f.dob, "us"), DATE),
           "</Value></CustomField></CustomFields><Status>Completed</Status></EnvelopeStatus></DocuSignEnvelopeInformation>")
        return [ln]
    ln = Ln("docusign_json")
    iso = (t + dt.timedelta(hours=5)).strftime("%Y-%m-%dT%H:%M:%S.") + "%07dZ" % R.randint(0, 9999999)
    if not phi:
        jemit(ln, {"event": R.choice(["envelope-sent", "envelope-delivered", "recipient-autoresponded"]), "apiVersion": "v2.1",
                   "uri": f"/restapi/v2.1/accounts/{uuid4()}/envelopes/{env}", "retryCount": R.randint(0, 3),
                   "configurationId": R.randint(10000000, 19999999), "generatedDateTime": iso,
                   "data": {"accountId": uuid4(), "envelopeId": env, "envelopeSummary": {"status": "sent", "emailSubject": R.choice(CONSENTS[4:5]),
                            "sender": {"userName": "Front Desk PAS", "email": "frontdesk@littlesmilestx.com"}}}})
        return [ln]
    f = fam()
    subj = R.choice(CONSENTS)
    jemit(ln, {"event": "recipient-completed", "apiVersion": "v2.1", "uri": f"/restapi/v2.1/accounts/{uuid4()}/envelopes/{env}",
               "retryCount": 0, "configurationId": R.randint(10000000, 19999999), "generatedDateTime": iso,
               "data": {"envelopeId": env, "recipientId": "1",
                        "envelopeSummary": {"status": "completed",
                                            "emailSubject": PParts([subj + " – ", (kid_name(f, "natural", native=True), NAME)]),
                                            "recipients": {"signers": [{"name": PV(g_name(f, "natural", native=True), NAME),
                                                                        "email": PV(f.email, EMAIL), "clientUserId": PV(str(f.gpatnum), MRN),
                                                                        "status": "completed", "deliveryMethod": "sms",
                                                                        "phoneNumber": PV(phone_fmt(f.phone, "plain"), PHONE)}]},
                                            "consentDate": PV(dfmt(f.dos, "iso"), DATE)}}})
    return [ln]


# ---------------------------------------------------------------- sealant program spreadsheets
SCHOOLS = [("ALF-104", "Roosevelt Elementary", "Alief ISD"), ("PAS-221", "Jessup Elementary", "Pasadena ISD"),
           ("HOU-318", "Bonham Elementary", "Houston ISD"), ("KTY-045", "Morton Ranch Elementary", "Katy ISD")]


def sealant_kids(si, n):
    pool = [f for f in FAMS if f.school == si and 2014 <= f.dob.year <= 2017] or [f for f in FAMS if f.school == si]
    return R.sample(pool, min(n, len(pool)))


def grade_of(f):
    return max(1, min(5, 2024 - f.dob.year - 6 + (0 if f.dob.month > 8 else 1) - 1))


def g_sealant(phi):
    CLK.tick()
    si = R.randrange(4)
    sc = SCHOOLS[si]
    out = []
    if R.random() < 0.65:
        F = "sealant_csv"
        if R.random() < 0.7:
            out.append(Ln(F)("site_code,school,district,grade,student_id,last_name,first_name,dob,sex,guardian,guardian_phone,medicaid_chip_id,consent_on_file,d1351_teeth,d1206,screen_result"))
        for f in sealant_kids(si, R.randint(2, 6)):
            ln = Ln(F)
            consent = R.choice(["Y", "Y", "Y", "N", "PENDING"])
            last = fold(f.last) if R.random() < 0.6 else f.last
            nm_last = f'"{last}"' if "," in last else last
            ln(sc[0], ",", sc[1], ",", sc[2], ",", str(grade_of(f)), ",", (f.student, OID), ",", (nm_last, NAME), ",",
               (fold(f.kid) if R.random() < 0.5 else f.kid, NAME), ",", (dfmt(f.dob, R.choice(["us_short", "iso", "us"])), DATE), ",", f.sex, ",\"",
               (g_name(f, "last_first"), NAME), "\",", (phone_fmt(f.phone, R.choice(["plain", "dash", "paren"])), PHONE), ",")
            if f.ptype in ("medicaid", "chip"):
                ln((f.member, PLAN))
            ln(",", consent, ",")
            if consent == "Y":
                ln("\"", ";".join(str(x) for x in R.sample([3, 14, 19, 30], R.randint(1, 4))), "\",Y,", R.choice(["no obvious decay", "early care", "urgent care"]))
            else:
                ln(",N,not screened")
            out.append(ln)
        if R.random() < 0.6:
            out.append(Ln(F)(f"# totals site={sc[0]} screened={R.randint(40, 200)} sealed={R.randint(20, 150)} teeth={R.randint(80, 500)} referrals_urgent={R.randint(0, 9)} export=sealant_{sc[0]}_2024-03.csv"))
    else:
        F = "sealant_csv_es"
        out.append(Ln(F)("Escuela;Grado;Alumno;Fecha de nacimiento;Padre/Madre/Tutor;Teléfono;Dirección;Consentimiento;Observaciones"))
        for f in sealant_kids(si, R.randint(2, 4)):
            ln = Ln(F)
            ln(sc[1], ";", str(grade_of(f)), "°;", (kid_name(f, "natural", native=True), NAME), ";", (dfmt(f.dob, R.choice(["dot", "us_short"])).replace(".", "/"), DATE), ";",
               (g_name(f, "natural", native=True), NAME), ";", (phone_fmt(f.phone, "space"), PHONE), ";", (f.street, ADDR), ", ", (f.city, ADDR), ";",
               R.choice(["Sí", "Sí", "No"]), ";", R.choice(["caries en 84", "sin observaciones", "alergia al látex", "usa brackets"]))
            out.append(ln)
    return out


# ---------------------------------------------------------------- Laravel + nginx
def mono_head(ln, level):
    t = CLK.tick(1, 200)
    ln("[", t.strftime("%Y-%m-%d %H:%M:%S"), "] production.", level, ": ")
    return t


def g_laravel(phi):
    ln = Ln("laravel_monolog")
    if not phi:
        lvl = R.choice(["INFO", "INFO", "DEBUG", "WARNING", "ERROR"])
        mono_head(ln, lvl)
        ln({"INFO": R.choice(["Queue worker started {\"connection\":\"redis\",\"queue\":\"default,notifications\"} []",
                               f"Availability computed {{\"location\":\"{R.choice(['BEL', 'PAS', 'KTY'])}\",\"slots\":{R.randint(0, 40)},\"ms\":{R.randint(20, 400)}}} []",
                               "Scheduled command finished {\"command\":\"bookings:prune-holds\",\"deleted\":7} []"]),
            "DEBUG": f"Cache hit {{\"key\":\"availability:BEL:2024-03-{R.randint(12, 29)}\"}} []",
            "WARNING": "Open Dental API slow response {\"endpoint\":\"/api/v1/appointments/Slots\",\"ms\":4120} []",
            "ERROR": "cURL error 28: Operation timed out after 10001 milliseconds with 0 bytes received (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://api.opendental.com/api/v1/appointments/Slots {\"exception\":\"[object] (GuzzleHttp\\\\Exception\\\\ConnectException(code: 0): cURL error 28 at /var/www/booking/vendor/guzzlehttp/guzzle/src/Handler/CurlFactory.php:275)\"} []"}[lvl])
        return [ln]
    f = fam()
    k = R.choices([0, 1, 2, 3, 4], weights=[3, 2, 2, 4, 2])[0]
    if k == 0:
        mono_head(ln, "INFO")
        ln("Booking confirmed ")
        jemit(ln, {"booking_id": R.randint(80000, 99999), "location": R.choice(["BEL", "PAS", "KTY"]), "slot_date": PV(dfmt(f.appt, "iso"), DATE),
                   "slot_time": "15:40", "child": {"first_name": PV(f.kid, NAME), "last_name": PV(f.last, NAME), "dob": PV(dfmt(f.dob, R.choice(["us", "iso"])), DATE)},
                   "guardian_email": PV(f.email, EMAIL), "guardian_phone": PV(phone_fmt(f.phone, "dash"), PHONE), "insurance": f.plan,
                   "ip": PV(f.ip, IP)})
        ln(' {"uid":"', hexs(7), '"}')
    elif k == 1:
        mono_head(ln, "WARNING")
        ln("Validation failed on /book/details ")
        jemit(ln, {"errors": {"medicaid_id": ["The medicaid id must be 9 digits."]},
                   "input": {"child_name": PV(kid_name(f, "natural", native=True), NAME), "medicaid_id": PV(f.medicaid[:-1], PLAN),
                             "home_address": PV(f.street, ADDR), "city": PV(f.city, ADDR), "zip": PV(f.zip4, ZIP),
                             "geo": {"lat": PV(round(29.6 + R.random() * 0.3, 5), ADDR), "lng": PV(round(-95.7 + R.random() * 0.5, 5), ADDR)}}})
        ln(" []")
    elif k == 2:
        mono_head(ln, "ERROR")
        ln("Stripe\\Exception\\CardException: Your card was declined. ")
        jemit(ln, {"user_id": R.randint(1000, 9999), "username": PV(f.username, OID), "payment": {"card_number": PV(f.card, ACCT), "exp": "%02d/%02d" % (R.randint(1, 12), R.randint(25, 29)),
                   "name_on_card": PV(g_name(f, "upper"), NAME)}, "amount": R.randint(20, 300) * 100})
        ln(" []")
    elif k == 3:
        mono_head(ln, "INFO")
        ln("Guardian pick-up verified ")
        if R.random() < 0.5:
            jemit(ln, {"kiosk": "BEL-LOBBY-1", "guardian": PV(g_name(f, "natural"), NAME), "child_patnum": PV(f.patnum, MRN),
                       "fingerprint_template": PV("Rk1SACAyMAAAAAE" + b64s(R.randint(60, 110)), BIO), "match_score": round(R.uniform(0.9, 0.99), 3)})
        else:
            jemit(ln, {"kiosk": "PAS-LOBBY-1", "method": "id_scan", "guardian": PV(g_name(f, "upper"), NAME),
                       "id_type": "TX DL", "id_number": PV(f.dl, LIC), "id_dob": PV(dfmt(f.gdob, "us"), DATE), "child_patnum": PV(f.patnum, MRN)})
        ln(" []")
    else:
        mono_head(ln, "INFO")
        ln("Portal password reset link sent ")
        jemit(ln, {"email": PV(f.email, EMAIL), "link": PV(f"https://portal.littlesmilestx.com/reset/{hexs(40)}?pat={f.patnum}", URL),
                   "expires_min": 60})
        ln(" []")
    return [ln]


LARAVEL_TRACE = [
    "#0 /var/www/booking/vendor/laravel/framework/src/Illuminate/Database/Connection.php(783): Illuminate\\Database\\Connection->runQueryCallback()",
    "#1 /var/www/booking/vendor/laravel/framework/src/Illuminate/Database/Connection.php(576): Illuminate\\Database\\Connection->run()",
    "#2 /var/www/booking/vendor/laravel/framework/src/Illuminate/Database/Query/Builder.php(3549): Illuminate\\Database\\Connection->insert()",
    "#3 /var/www/booking/app/Http/Controllers/BookingController.php(142): Illuminate\\Database\\Eloquent\\Model->save()",
    "#4 /var/www/booking/vendor/laravel/framework/src/Illuminate/Routing/Controller.php(54): App\\Http\\Controllers\\BookingController->store()",
    "#5 {main}",
]


def g_laravel_trace(phi):
    f = fam()
    ln = Ln("laravel_monolog")
    tt = mono_head(ln, "ERROR").strftime("%Y-%m-%d %H:%M:%S")
    if phi:
        ln("SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '", (f.email, EMAIL),
           "' for key 'guardians.guardians_email_unique' (Connection: mysql, SQL: insert into `guardians` (`name`, `email`, `phone`, `updated_at`, `created_at`) values (",
           (g_name(f, "natural", native=True), NAME), ", ", (f.email, EMAIL), ", ", (phone_fmt(f.phone, "plain"), PHONE),
           f", {tt}, {tt})) {{\"exception\":\"[object] (Illuminate\\\\Database\\\\UniqueConstraintViolationException(code: 23000): SQLSTATE[23000] at /var/www/booking/vendor/laravel/framework/src/Illuminate/Database/Connection.php:817)")
    else:
        ln("SQLSTATE[HY000] [2002] Connection refused (Connection: mysql, SQL: select * from `locations` where `active` = 1) {\"exception\":\"[object] (Illuminate\\\\Database\\\\QueryException(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/booking/vendor/laravel/framework/src/Illuminate/Database/Connection.php:813)")
    out = [ln, Ln("laravel_monolog")("[stacktrace]")]
    for tr in LARAVEL_TRACE:
        out.append(Ln("laravel_monolog")(tr))
    out.append(Ln("laravel_monolog")("\"} "))
    return out


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 14; SM-A146U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.0.0"]


def g_nginx(phi):
    t = CLK.tick(1, 120)
    ln = Ln("nginx_access")
    ts = t.strftime("[%d/%b/%Y:%H:%M:%S -0500]")
    if not phi:
        c = R.choice([
            ("10.40.0.12", f'"GET /up HTTP/1.1" 200 2{R.randint(10, 99)} "-" "kube-probe/1.28"'),
            ("66.249.66." + str(R.randint(1, 200)), f'"GET /robots.txt HTTP/1.1" 200 67 "-" "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"'),
            ("10.40.0.7", f'"GET /build/assets/app-{hexs(8)}.js HTTP/1.1" 200 {R.randint(20000, 90000)} "-" "Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/122.0"'),
            ("52.89.214." + str(R.randint(1, 250)), '"GET /api/availability?loc=KTY&date=2024-03-19 HTTP/1.1" 200 1841 "-" "UptimeRobot/2.0"'),
        ])
        ln(c[0], " - - ", ts, " ", c[1])
        return [ln]
    f = fam()
    path = R.choice(["POST /book/confirm", "GET /book/slots?loc=BEL&date=" + dfmt(f.appt, "iso"), "POST /portal/login", "GET /portal/messages",
                     "GET /consent/" + hexs(24) + "?pat=" + str(f.patnum)])
    ln((f.ip, IP), " - - ", ts, ' "')
    if path.startswith("GET /consent/"):
        tok = path.split("/consent/")[1].split("?")[0]
        ln("GET ", ("/consent/" + tok + "?pat=" + str(f.patnum), URL))
    elif "slots" in path:
        ln("GET /book/slots?loc=BEL&date=", (dfmt(f.appt, "iso"), DATE))
    else:
        ln(path)
    ln(f' HTTP/2.0" {R.choice([200, 302, 200])} {R.randint(0, 9000)} "https://book.littlesmilestx.com/book" "{R.choice(UAS)}"')
    return [ln]


# ---------------------------------------------------------------- Windows events
def g_win(phi):
    t = CLK.tick()
    host = R.choice(WORKST)
    if R.random() < 0.55:
        ln = Ln("win_snare")
        ln("<14>", t.strftime("%b ") + ("%2d" % t.day) + t.strftime(" %H:%M:%S"), f" {host} MSWinEventLog\t1\t")
        rec = R.randint(10000, 99999)
        tstr = t.strftime("%a %b %d %H:%M:%S %Y")
        u = R.choice(STAFF_USERS)
        if not phi:
            ev = R.choice([
                f"Security\t{rec}\t{tstr}\t4624\tMicrosoft-Windows-Security-Auditing\tLSPD\\{u}\tN/A\tSuccess Audit\t{host}.lspd.local\tLogon\t\tAn account was successfully logged on.    Subject:   Security ID:  S-1-5-18   Account Name:  {host}$   Logon Type:   2   New Logon:   Account Name:  {u}   Account Domain:  LSPD\t{rec}",
                f"System\t{rec}\t{tstr}\t7036\tService Control Manager\tN/A\tN/A\tInformation\t{host}.lspd.local\tNone\t\tThe Dentrix Image Service service entered the running state.\t{rec}",
                f"Application\t{rec}\t{tstr}\t1000\tApplication Error\tN/A\tN/A\tError\t{host}.lspd.local\t(100)\t\tFaulting application name: Dentrix.exe, version: 7.4.1.1622, faulting module name: ntdll.dll, exception code: 0xc0000374, fault offset: 0x00000000000ff1c9\t{rec}",
                f"Security\t{rec}\t{tstr}\t4740\tMicrosoft-Windows-Security-Auditing\tLSPD\\{u}\tN/A\tSuccess Audit\tDC01.lspd.local\tUser Account Management\t\tA user account was locked out.  Account Name: {u}  Caller Computer Name: {host}\t{rec}",
                f"System\t{rec}\t{tstr}\t41\tMicrosoft-Windows-Kernel-Power\tN/A\tN/A\tCritical\t{host}.lspd.local\t(63)\t\tThe system has rebooted without cleanly shutting down first.\t{rec}",
            ])
            ln(ev)
            return [ln]
        f = fam()
        ln(f"Security\t{rec}\t{tstr}\t4663\tMicrosoft-Windows-Security-Auditing\tLSPD\\{u}\tN/A\tSuccess Audit\t{host}.lspd.local\tFile System\t\tAn attempt was made to access an object.  Object Type: File  Object Name: C:\\Users\\{u}\\Desktop\\Exports\\",
           (kid_name(f, "under"), NAME), "_", (dfmt(f.dob, "iso"), DATE), "_pano.dcm  Accesses: WriteData (or AddFile)  Process Name: C:\\Windows\\explorer.exe\t", str(rec))
        return [ln]
    ln = Ln("win_xml")
    sysxml = lambda prov, eid, lvl: (f"<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='{prov}'/><EventID>{eid}</EventID>"
                                     f"<Level>{lvl}</Level><TimeCreated SystemTime='{(t + dt.timedelta(hours=5)).strftime('%Y-%m-%dT%H:%M:%S.')}{R.randint(0, 9999999):07d}Z'/>"
                                     f"<EventRecordID>{R.randint(1000, 99999)}</EventRecordID><Computer>{host}.lspd.local</Computer></System>")
    if not phi:
        ln(sysxml("Microsoft-Windows-GroupPolicy", 1502, 4),
           f"<EventData><Data Name='SupportInfo1'>1</Data><Data Name='DCName'>\\\\DC01.lspd.local</Data><Data Name='NumberOfGroupPolicyObjects'>{R.randint(3, 9)}</Data></EventData></Event>")
        return [ln]
    f = fam()
    doc = R.choice(["Treatment Plan - {n}.pdf", "Ortho Contract {n}.docx", "Sealant Consent - {n}.pdf", "Walkout {n}.pdf"])
    pre, post = doc.split("{n}")
    ln(sysxml("Microsoft-Windows-PrintService", 307, 4),
       "<UserData><DocumentPrinted xmlns='http://manifests.microsoft.com/win/2005/08/windows/printing/spooler/core/events'><Param1>",
       str(R.randint(2, 90)), "</Param1><Param2>", pre, (kid_name(f, R.choice(["last_first", "natural"])), NAME), post,
       "</Param2><Param3>", R.choice(STAFF_USERS), "</Param3><Param4>\\\\", host, "</Param4><Param5>HP LaserJet M404 Front</Param5><Param6>USB001</Param6><Param7>",
       str(R.randint(20000, 400000)), "</Param7><Param8>", str(R.randint(1, 12)), "</Param8></DocumentPrinted></UserData></Event>")
    return [ln]


# ---------------------------------------------------------------- Sophos firewall
def g_sophos(phi):
    t = CLK.tick(1, 200)
    ln = Ln("sophos_fw")
    ln(f'device="SFW" date={t:%Y-%m-%d} time={t:%H:%M:%S} timezone="CDT" device_name="XGS2100" device_id=X21005L7GK9QQ8D log_id=')
    if not phi:
        c = R.choice([
            f'010101600001 log_type="Firewall" log_component="Firewall Rule" log_subtype="Allowed" status="Allow" priority=Information duration={R.randint(0, 120)} fw_rule_id={R.randint(2, 20)} fw_rule_name="LAN to WAN" policy_type=1 user_name="" in_interface="Port1" out_interface="Port2" src_ip=10.20.1.{R.randint(20, 80)} dst_ip=52.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)} protocol="TCP" src_port={R.randint(49152, 65535)} dst_port=443 sent_bytes={R.randint(100, 90000)} recv_bytes={R.randint(100, 900000)}',
            f'010102600002 log_type="Firewall" log_component="Firewall Rule" log_subtype="Denied" status="Deny" priority=Information fw_rule_id=0 in_interface="Port2" src_ip={R.randint(45, 200)}.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)} dst_ip=38.104.22.10 protocol="TCP" src_port={R.randint(1024, 65535)} dst_port={R.choice([3389, 22, 1433, 445])}',
            '062910617701 log_type="Event" log_component="IPsec" log_subtype="System" priority=Notice message="KTY-to-BEL: IKEv2 SA established" connectionname="KTY-to-BEL" localgateway=38.104.22.10 remotegateway=24.153.90.12',
            f'050901616001 log_type="Content Filtering" log_component="HTTP" log_subtype="Denied" status="" priority=Information fw_rule_id=7 user_name="" category="Games" url="http://www.miniclip.com/" src_ip=10.20.3.{R.randint(2, 200)} http_category_type="Unproductive"',
            f'010101600001 log_type="Firewall" log_component="Firewall Rule" log_subtype="Allowed" status="Allow" priority=Information fw_rule_id=12 fw_rule_name="OD Replication" src_ip=10.30.1.10 dst_ip=10.20.1.10 protocol="TCP" src_port={R.randint(49152, 65535)} dst_port=3306',
        ])
        ln(c)
        return [ln]
    f = fam()
    if R.random() < 0.5:
        hn = fold(g_name(f, "first")).replace(" ", "-")
        ln('063110617701 log_type="Event" log_component="DHCP Server" log_subtype="System" priority=Information status="Lease" message="Lease IP 192.168.50.',
           str(R.randint(10, 250)), " for MAC ", (f.mac, DEV), " client ", (hn, NAME), R.choice(["s-iPhone", "-Galaxy-A14", "-iPad", "s-Pixel-7"]),
           ' (Guest-WiFi BEL lobby)" ')
    else:
        ln('062209617501 log_type="Event" log_component="Hotspot" log_subtype="Authentication" status="Successful" priority=Information user_name="',
           (f.email, EMAIL), '" usergroupname="Guest Lobby" auth_client="Captive Portal" auth_mechanism="Voucher" src_ip=192.168.50.', str(R.randint(10, 250)),
           ' src_mac=', (f.mac, DEV), ' message="Hotspot user logged in"')
    return [ln]


# ============================================================================ assembly
SINGLES = [  # (gen, weight, can_phi, can_clean)
    (g_dentrix_audit, 9, True, True), (g_dxe_repl, 4, True, True), (g_od_seclog, 7, True, True),
    (g_mysql_error, 4, True, True), (g_mysql_general, 9, True, True), (g_imaging_bridge, 6, True, True),
    (g_twain, 5, True, True), (g_aligner, 6, True, True), (g_elig, 6, True, True), (g_attach, 4, True, True),
    (g_pino, 8, True, True), (g_portal_msg, 8, True, True), (g_twilio_inbound, 5, True, True), (g_docusign, 5, True, True),
    (g_laravel, 7, True, True), (g_nginx, 6, True, True), (g_win, 7, True, True), (g_sophos, 7, True, True),
]
BLOCKS = [(g_837d, 3), (g_835, 3), (g_mysql_slow, 4), (g_dcmdump, 3), (g_sealant, 5), (g_laravel_trace, 2)]
BLOCK_CAP = {g_837d: 50, g_835: 36, g_mysql_slow: 30, g_dcmdump: 26, g_sealant: 34, g_laravel_trace: 18}


def build():
    lines = []
    used = {g: 0 for g, _ in BLOCKS}
    while len(lines) < N_LINES:
        rem = N_LINES - len(lines)
        phi_n = sum(1 for l in lines if l.sp)
        if R.random() < 0.07 and rem > 30:
            gen = R.choices([b[0] for b in BLOCKS], weights=[b[1] for b in BLOCKS])[0]
            blk = gen(R.random() < 0.6)
            if used[gen] + len(blk) > BLOCK_CAP[gen]:
                continue
            used[gen] += len(blk)
        else:
            want_phi = (phi_n / max(1, len(lines))) < 0.45
            gen = R.choices([s[0] for s in SINGLES], weights=[s[1] for s in SINGLES])[0]
            blk = gen(want_phi)
        if len(blk) > rem:
            continue
        lines.extend(blk)
    return lines


MIN_CATS = {"age": 3, "ssn": 4, "license": 3, "fax": 2, "vehicle": 3, "photo": 2, "biometric": 2, "url": 4,
            "ip": 6, "device": 5, "other_id": 10, "account": 8, "zip": 8}
MIN_FAMS = {"sealant_csv": 8, "sealant_csv_es": 3, "docusign_json": 3, "win_xml": 3, "win_snare": 3}


def acceptable(lines):
    from collections import Counter
    cats = Counter(s[2] for l in lines for s in l.sp)
    fams = Counter(l.fam for l in lines)
    clean = sum(1 for l in lines if not l.sp) / len(lines)
    return (0.545 <= clean <= 0.56 and all(cats[c] >= n for c, n in MIN_CATS.items())
            and all(fams[f] >= n for f, n in MIN_FAMS.items()))


def main():
    # deterministic search: the first seed from SEED whose corpus meets the quotas
    for seed in range(SEED, SEED + 500):
        init_state(seed)
        lines = build()
        if acceptable(lines):
            break
    else:
        raise SystemExit("no acceptable seed")
    print("seed", seed)
    assert len(lines) == N_LINES
    logb = []
    labels = []
    for i, ln in enumerate(lines, 1):
        b = bytes(ln.b)
        txt = b.decode("utf-8")
        assert "\n" not in txt and "\r" not in txt and txt.strip() != "", (i, txt)
        prev = 0
        spans = []
        for s, e, c, v in ln.sp:
            assert b[s:e].decode("utf-8") == v, (i, s, e, v)
            assert s >= prev and e > s, (i, s, e)
            prev = e
            spans.append({"s": s, "e": e, "cat": c})
        logb.append(b)
        labels.append(json.dumps({"line": i, "family": ln.fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, f"{ID}.log"), "wb") as fh:
        fh.write(b"\n".join(logb) + b"\n")
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(labels) + "\n")
    # stats
    from collections import Counter
    cats = Counter(s[2] for l in lines for s in l.sp)
    fams = Counter(l.fam for l in lines)
    clean = sum(1 for l in lines if not l.sp)
    print(f"lines={len(lines)} clean={clean} ({100.0 * clean / len(lines):.1f}%) spans={sum(cats.values())}")
    print("cats:", dict(sorted(cats.items())))
    print("families:", len(fams), dict(sorted(fams.items())))


if __name__ == "__main__":
    main()
