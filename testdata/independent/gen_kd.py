#!/usr/bin/env python3
"""gen_kd.py - synthetic labeled log corpus "kd".

Theme: an area agency on aging (fictitious "Bayview Senior Services", Santa Clara
County, CA) running home-delivered meals (HDM) and an adult day health center
(ADHC/CBAS): Django web app + Celery workers, a Flutter driver app (logcat), route
sheets (CSV), wellness no-answer alerts (JSON, Slack text), intake and nutrition risk
screening (CSV, JSON, hospital referral JSON), Older Americans Act reporting exports
(fixed-width and pipe), adult day attendance/vitals (key=value, HL7 v2 ORU), medication
reminders and pill-dispenser IoT events, caregiver SMS (Twilio webhooks) and voicemail
transcripts in English, Spanish and Vietnamese, volunteer scheduling, donations and
billing (Stripe, NACHA, MICR/OCR, X12 837P), plus nginx/gunicorn/postgres/redis noise.

All people, numbers and addresses are synthetic. Standard library only, deterministic.
Writes kd.log (500 lines) and kd.labels.jsonl next to this script.

Labeling decisions:
- Clients (meal recipients, adult day participants) and their relatives, caregivers,
  emergency contacts and payers of client contributions are labeled.
- Staff doing their work are NOT labeled: drivers, volunteers, nurses, case managers,
  dietitians, intake workers, billing clerks, hospital discharge planners, physicians
  (names, usernames, phones, faxes, emails, driver IDs, vehicle plates, driver-license
  numbers of volunteers, phone IMEIs/FCM tokens). Agency, vendor, business donor and
  facility names/phones/NPIs are not labeled.
- The agency client number (104xxx, CL-104xxx, zero padded 0000104xxx) and the adult
  day participant number (ADH-xxxx) are `mrn`; a hospital MRN in a referral is `mrn`.
- Case/referral/APS numbers, hospital referral IDs, HL7 visit numbers, CBAS TAR / prior
  authorization numbers and caregiver portal usernames are `other_id`.
- Medi-Cal CIN and Medicare MBI are `health_plan`.
- X12 CLM01 patient control number, HL7 PID-18 patient account, bank account numbers
  of clients/payers (NACHA, MICR) are `account`. Bank routing numbers are not labeled.
  Stripe customer/charge IDs are not labeled.
- Address: street line and city are labeled `address` (one span each when they are
  separate fields, one span "street, city" when written together); the state is not
  labeled; ZIP is its own `zip` span. County of residence, census tract/block of a
  client's home, and GPS coordinates recorded at a client's stop (check-in, no-answer,
  geocoder results) are `address` (lat and lon as separate spans). Driver breadcrumb
  GPS pings not tied to a stop are not labeled. Route IDs and stop numbers are not
  labeled.
- Dates tied to a client (birth, intake, referral, discharge, admission, appointment,
  service/delivery/attendance dates incl. the delivery date on a route sheet row,
  HL7 OBR observation date, a client's Medi-Cal eligibility end date) are `date`, in whatever form written (incl. "13 de junio",
  "13 tháng 6"). Log timestamps, epoch ms, file/export periods, schedule dates of
  volunteer shifts and kitchen production dates are not labeled.
- Ages are labeled `age` only when over 89 (JSON "age", OAA AGE columns incl. zero
  padded "093", "Pt is 94 y/o"); ages 89 and under are left unlabeled, even in the
  same column.
- Client SSNs are `ssn`; a masked SSN showing only the last four digits has just the
  four visible digits labeled `ssn`.
- Client/caregiver phone numbers are `phone` (also inside URL-encoded bodies, where
  the span is the encoded text, e.g. %2B1669...); a caregiver's home fax is `fax`.
- Caregiver/client email addresses are `email`; client/caregiver public IPs (portal
  access, home pill dispenser) are `ip`; private 10.x addresses and scanner IPs are not.
- Pill dispenser / personal emergency pendant serials and the dispenser's Wi-Fi MAC are
  `device`. A caregiver's or client's car plate is `vehicle`; agency vans are not.
- A client's or authorized pickup person's driver licence / CA ID number is `license`.
- Fingerprint templates (base64 ISO FMR) are `biometric`; base64 JPEG client ID photos
  are `photo` (the base64 text only, not the truncation marker).
- A personal CaringBridge page URL of a client is `url`.
- Names: one span per contiguous name as written ("Nguyen, Hoa", "NGUYEN^HOA^T",
  "Nguyễn Thị Hoa"); honorifics/titles (Mrs., Sra., bà, ông, Rev.) are not included.
  Separate fields are separate spans. Lower-case ASR names are labeled as well.
- URL-encoded / JSON-escaped values are labeled as they appear in the line.
- Twilio's FromCity of a caregiver's inbound SMS is a city tied to the person -> `address`.
- A middle initial in its own column (intake CSV "mi") is labeled `name`.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata
import urllib.parse

ID = "kd"
HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(2024061101)
NLINES = 500
NOISE_TARGET = 0.55


# ---------------------------------------------------------------- line builder
class Ln:
    def __init__(self, fam):
        self.fam = fam
        self.b = bytearray()
        self.sp = []

    def t(self, *parts):
        for s in parts:
            self.b += s.encode("utf-8")
        return self

    def p(self, s, cat):
        if not cat:
            return self.t(s)
        st = len(self.b)
        self.b += s.encode("utf-8")
        self.sp.append((st, len(self.b), cat, s))
        return self

    def x(self, seq):
        for it in seq:
            if isinstance(it, tuple):
                self.p(it[0], it[1])
            else:
                self.t(it)
        return self


class P:
    """tagged JSON leaf"""
    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class T:
    """JSON string made of parts (str or (str, cat))"""
    def __init__(self, parts):
        self.parts = parts


def jesc(s, ascii_=False):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def jdump(ln, obj, sep=(",", ":"), ascii_=False):
    if isinstance(obj, dict):
        ln.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                ln.t(sep[0])
            ln.t('"' + jesc(k, ascii_) + '"' + sep[1])
            jdump(ln, v, sep, ascii_)
        ln.t("}")
    elif isinstance(obj, list):
        ln.t("[")
        for i, v in enumerate(obj):
            if i:
                ln.t(sep[0])
            jdump(ln, v, sep, ascii_)
        ln.t("]")
    elif isinstance(obj, P):
        if isinstance(obj.v, str):
            ln.t('"').p(jesc(obj.v, ascii_), obj.cat).t('"')
        else:
            ln.p(json.dumps(obj.v), obj.cat)
    elif isinstance(obj, T):
        ln.t('"')
        for it in obj.parts:
            if isinstance(it, tuple):
                ln.p(jesc(it[0], ascii_), it[1])
            else:
                ln.t(jesc(it, ascii_))
        ln.t('"')
    else:
        ln.t(json.dumps(obj, ensure_ascii=ascii_))
    return ln


def url_parts(ln, parts):
    for it in parts:
        if isinstance(it, tuple):
            ln.p(urllib.parse.quote_plus(it[0]), it[1])
        else:
            ln.t(urllib.parse.quote_plus(it))
    return ln


def plain(parts):
    return "".join(i[0] if isinstance(i, tuple) else i for i in parts)


# ---------------------------------------------------------------- clock
TZ = "-07:00"
clock = [dt.datetime(2024, 6, 11, 6, 2, 7, 114000)]
TODAY = dt.date(2024, 6, 11)


def tick(a=5, b=175):
    clock[0] += dt.timedelta(seconds=rng.randint(a, b), milliseconds=rng.randint(0, 999))


def now():
    return clock[0]


def ms(d=None):
    d = d or now()
    return "%03d" % (d.microsecond // 1000)


def ts_django():
    return now().strftime("%Y-%m-%d %H:%M:%S,") + ms()


def ts_iso():
    return now().strftime("%Y-%m-%dT%H:%M:%S.") + ms() + TZ


def ts_isoz():
    u = now() + dt.timedelta(hours=7)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + ms(u) + "Z"


def ts_clf():
    return now().strftime("%d/%b/%Y:%H:%M:%S -0700")


def ts_pg():
    return now().strftime("%Y-%m-%d %H:%M:%S.") + ms() + " PDT"


def ts_logcat():
    return now().strftime("%m-%d %H:%M:%S.") + ms()


def ts_syslog():
    return now().strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if now().day < 10 else now().strftime("%b %d %H:%M:%S")


def epoch_ms():
    u = now() + dt.timedelta(hours=7)
    return int((u - dt.datetime(1970, 1, 1)).total_seconds() * 1000)


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])


def alnum(n, chars="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(rng.choice(chars) for _ in range(n))


# ---------------------------------------------------------------- formats
def ascii_fold(s):
    s = s.replace("Đ", "D").replace("đ", "d")
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def fmt_phone(d, style=None):
    a, b, c = d[:3], d[3:6], d[6:]
    styles = [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", d, f"+1{d}",
              f"+1 {a} {b} {c}", f"1-{a}-{b}-{c}", f"({a}){b}-{c}", f"{a} {b} {c}"]
    if style is None:
        return rng.choice(styles)
    return styles[style]


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
DIA = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
THU = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
       "septiembre", "octubre", "noviembre", "diciembre"]


def fmt_date(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_nz":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "us_short":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "md":
        return f"{d.month}/{d.day}"
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "mon":
        return f"{MON[d.month-1]} {d.day}, {d.year}"
    if style == "oracle":
        return f"{d.day:02d}-{MON[d.month-1].upper()}-{d.year}"
    if style == "long":
        return f"{MONTH[d.month-1]} {d.day}, {d.year}"
    raise ValueError(style)


def age_of(dob):
    return TODAY.year - dob.year - ((TODAY.month, TODAY.day) < (dob.month, dob.day))


# ---------------------------------------------------------------- people
CITIES = {
    "San Jose": ((37.3382, -121.8863), ["95110", "95111", "95112", "95116", "95121", "95122", "95125", "95127", "95148"]),
    "Milpitas": ((37.4323, -121.8996), ["95035"]),
    "Santa Clara": ((37.3541, -121.9552), ["95050", "95051"]),
    "Sunnyvale": ((37.3688, -122.0363), ["94085", "94086", "94087"]),
    "Campbell": ((37.2872, -121.9500), ["95008"]),
    "Gilroy": ((37.0058, -121.5683), ["95020"]),
    "Morgan Hill": ((37.1305, -121.6544), ["95037"]),
}
STREETS = {
    "San Jose": ["Alum Rock Ave", "Story Rd", "Tully Rd", "King Rd", "Senter Rd", "McLaughlin Ave",
                 "E Santa Clara St", "Monterey Rd", "Quimby Rd", "Aborn Rd", "N 13th St", "Lincoln Ave",
                 "S White Rd", "Jackson Ave", "Lucretia Ave", "Capitol Expy"],
    "Milpitas": ["Calaveras Blvd", "Jacklin Rd", "Escuela Pkwy"],
    "Santa Clara": ["El Camino Real", "Homestead Rd", "Benton St"],
    "Sunnyvale": ["Mathilda Ave", "Fair Oaks Ave", "Remington Dr"],
    "Campbell": ["Winchester Blvd", "Union Ave"],
    "Gilroy": ["Monterey St", "Church St", "Welburn Ave"],
    "Morgan Hill": ["Monterey Rd", "Dunne Ave", "Tennant Ave"],
}

# family, given, middle, sex, lang, caregiver full, caregiver first, relationship
RAW = [
    ("Nguyễn", "Hoa", "Thị", "F", "vi", "Trần Thu Trang", "Trang", "daughter"),
    ("Trần", "Minh", "Văn", "M", "vi", "Linh Tran", "Linh", "daughter"),
    ("Phạm", "Lan", "Thị", "F", "vi", "Kevin Pham", "Kevin", "son"),
    ("Lê", "Đức", "Quang", "M", "vi", "Lê Thị Ngọc Anh", "Ngọc Anh", "daughter"),
    ("Huỳnh", "Mai", "Thị", "F", "vi", "Huỳnh Văn Tâm", "Tâm", "son"),
    ("Võ", "Bích Ngọc", "", "F", "vi", "Đặng Quốc Bảo", "Bảo", "grandson"),
    ("Hernández-Ortiz", "María Guadalupe", "", "F", "es", "Yesenia Ortiz", "Yesenia", "daughter"),
    ("de la Cruz", "José Luis", "", "M", "es", "Luis Alberto de la Cruz", "Luis Alberto", "son"),
    ("Saldaña", "Refugio", "", "M", "es", "Rosalba Saldaña", "Rosalba", "wife"),
    ("Villaseñor Ramírez", "Socorro", "", "F", "es", "Marisol Peña-Ruiz", "Marisol", "niece"),
    ("Peña", "Ana Lucía", "", "F", "es", "Héctor Peña", "Héctor", "son"),
    ("Quiñones", "Esperanza", "", "F", "es", "Tomás Quiñones", "Tomás", "brother"),
    ("Núñez Baeza", "Ignacio", "", "M", "es", "Guadalupe Baeza", "Lupe", "daughter"),
    ("O'Brien", "Eleanor", "M", "F", "en", "Kathleen O'Brien-Shaw", "Kathleen", "daughter"),
    ("Washington-Pierce", "Harold", "J", "M", "en", "Denise Pierce", "Denise", "daughter-in-law"),
    ("McAllister", "Dorothy", "A", "F", "en", "Mark McAllister", "Mark", "son"),
    ("Kowalczyk", "Walter", "", "M", "en", "Tom Kowalczyk", "Tom", "son"),
    ("van der Berg", "Gertrude", "", "F", "en", "Anneke Smit", "Anneke", "niece"),
    ("Jefferson", "Leroy", "T", "M", "en", "Bernice Jefferson", "Bernice", "wife"),
    ("Tubbs", "Mae Ellen", "", "F", "en", "Calvin Tubbs", "Calvin", "son"),
    ("Graves", "Thelma", "L", "F", "en", "Shirley Graves-Moody", "Shirley", "daughter"),
    ("St. Clair", "Bernard", "", "M", "en", "Julien St. Clair", "Julien", "son"),
    ("D'Alessandro", "Rosa", "", "F", "en", "Vincent D'Alessandro", "Vincent", "son"),
    ("Rahimi", "Fatemeh", "", "F", "en", "Dariush Rahimi", "Dariush", "son"),
    ("Sandhu", "Gurpreet", "Kaur", "F", "en", "Harjit Singh Sandhu", "Harjit", "son"),
    ("Farah", "Mohamed", "Abdi", "M", "en", "Hodan Farah", "Hodan", "daughter"),
    ("Chang", "Wei-Lin", "", "F", "en", "Jenny Chang-Liu", "Jenny", "daughter"),
    ("Li", "Guoqiang", "", "M", "en", "Li Mei", "Mei", "daughter"),
    ("Kim", "Soon-ja", "", "F", "en", "Daniel Kim", "Daniel", "son"),
    ("dela Paz", "Corazon", "", "F", "en", "Maricel dela Paz-Santos", "Maricel", "daughter"),
    ("Bautista", "Rogelio", "", "M", "en", "Lorna Bautista", "Lorna", "wife"),
    ("Ivanova", "Svetlana", "", "F", "en", "Olga Petrenko", "Olga", "neighbor"),
    ("Shevchenko", "Anatoliy", "", "M", "en", "Iryna Shevchenko", "Iryna", "daughter"),
    ("Petrosyan", "Armen", "", "M", "en", "Ani Petrosyan", "Ani", "daughter"),
    ("Adeyemi", "Oluwaseun", "", "M", "en", "Funmilayo Adeyemi", "Funmilayo", "wife"),
    ("Tanaka", "Hiroshi", "", "M", "en", "Emi Tanaka-Brooks", "Emi", "daughter"),
]

MBI_L = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_L + "0123456789"


def gen_mbi():
    return (str(rng.randint(1, 9)) + rng.choice(MBI_L) + rng.choice(MBI_AN) + str(rng.randint(0, 9)) +
            rng.choice(MBI_L) + rng.choice(MBI_AN) + str(rng.randint(0, 9)) + rng.choice(MBI_L) +
            rng.choice(MBI_L) + str(rng.randint(0, 9)) + str(rng.randint(0, 9)))


def fmt_mbi(m, dash):
    return f"{m[:4]}-{m[4:7]}-{m[7:]}" if dash else m


def gen_phone():
    area = rng.choice(["408", "408", "408", "669", "650", "831", "510"])
    if rng.random() < 0.35:
        return area + "555" + "01%02d" % rng.randint(0, 99)
    return area + str(rng.randint(2, 9)) + "%02d" % rng.randint(0, 99) + "%04d" % rng.randint(0, 9999)


def gen_ssn():
    while True:
        a = rng.randint(1, 772)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def gen_dl():
    return rng.choice("ABCDEFGNSTWY") + "%07d" % rng.randint(0, 9999999)


def gen_plate():
    return str(rng.randint(5, 9)) + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "%03d" % rng.randint(0, 999)


def email_for(first, last):
    f = ascii_fold(first).lower().replace(" ", "").replace("'", "")
    l = ascii_fold(last).lower().replace(" ", "").replace("'", "").replace("-", "")
    dom = rng.choice(["gmail.com", "yahoo.com", "comcast.net", "icloud.com", "hotmail.com", "sbcglobal.net"])
    form = rng.choice(["{f}.{l}", "{f}{l}{n}", "{fi}{l}", "{l}.{f}{n}", "{f}_{l}"])
    return form.format(f=f, l=l, fi=f[0], n=rng.randint(1, 99)) + "@" + dom


CLIENTS = []
_used = set()
ROUTES = ["R03", "R07", "R11", "R14", "R19", "R22"]
DIETS = ["REG", "DIAB", "RENAL", "LOW NA", "MECH SOFT", "PUREE", "HEART", "VEG"]
for fam, giv, mid, sex, lang, cg, cgf, rel in RAW:
    while True:
        cid = rng.randint(104100, 104999)
        if cid not in _used:
            _used.add(cid)
            break
    if rng.random() < 0.38:
        y = rng.randint(1921, 1933)
    else:
        y = rng.randint(1934, 1961)
    dob = dt.date(y, rng.randint(1, 12), rng.randint(1, 28))
    city = "San Jose" if rng.random() < 0.55 else rng.choice(list(CITIES)[1:])
    (lat0, lon0), zips = CITIES[city]
    unit = rng.choice([None, None, "Apt %d" % rng.randint(1, 30), "#%d" % rng.randint(100, 320),
                       "Unit %s" % rng.choice("ABCD"), "Spc %d" % rng.randint(1, 90)])
    street = "%d %s" % (rng.randint(100, 4999), rng.choice(STREETS[city]))
    c = dict(fam=fam, giv=giv, mid=mid, sex=sex, lang=lang, cg=cg, cgf=cgf, rel=rel,
             fam_a=ascii_fold(fam), giv_a=ascii_fold(giv), mid_a=ascii_fold(mid),
             id=cid, dob=dob, city=city, zip=rng.choice(zips), street=street, unit=unit,
             lat=round(lat0 + rng.uniform(-0.03, 0.03), 6), lon=round(lon0 + rng.uniform(-0.03, 0.03), 6),
             phone=gen_phone(), cg_phone=gen_phone(), mbi=gen_mbi(),
             cin="9%07d%s" % (rng.randint(0, 9999999), rng.choice("ABCDEFGH")),
             ssn=gen_ssn(), dl=gen_dl(), route=rng.choice(ROUTES), stop=rng.randint(1, 18),
             diet=rng.choice(DIETS), adh="ADH-%04d" % rng.randint(1000, 2999),
             cg_email=None, tract="06085%06d" % rng.randint(500100, 513000),
             block="%d%03d" % (rng.randint(1, 3), rng.randint(0, 40)),
             pendant="MXD3-%07d" % rng.randint(0, 9999999),
             dispenser="PD4-%s" % alnum(7, "0123456789ABCDEF"),
             mac=":".join("%02X" % rng.randint(0, 255) for _ in range(6)),
             plate=gen_plate(), acct="BV%d" % cid, score=rng.randint(0, 17))
    native_order = cg.endswith(cgf) and not cg.startswith(cgf)
    c["cg_email"] = email_for(cgf, cg.split()[0] if native_order else cg.split()[-1])
    c["cg_user"] = c["cg_email"].split("@")[0]
    c["addr"] = street + (" " + unit if unit else "")
    c["age"] = age_of(dob)
    CLIENTS.append(c)

OLD = [c for c in CLIENTS if c["age"] > 89]
ADH = CLIENTS[::3]


def C():
    return rng.choice(CLIENTS)


def name_of(c, style):
    g, f, m = c["giv_a"], c["fam_a"], c["mid_a"]
    if style == "fl":
        return f"{g} {f}"
    if style == "lf":
        return f"{f}, {g}"
    if style == "LFM":
        return f"{f.upper()}, {g.upper()}" + (f" {m[0]}" if m else "")
    if style == "native":
        if c["lang"] == "vi":
            return " ".join(x for x in (c["fam"], c["mid"], c["giv"]) if x)
        return f"{c['giv']} {c['fam']}"
    if style == "init":
        return f"{g[0]}. {f}"
    if style == "lower":
        return f"{g} {f}".lower()
    if style == "FL":
        return f"{g} {f}".upper()
    raise ValueError(style)


def cnames(c):
    return rng.choice(["fl", "lf", "LFM", "native", "init", "fl", "native"])


DRIVERS = [("Marcus Bell", "D-017", "VAN-3"), ("Thuy Vo", "D-022", "VAN-5"), ("Daniel Ochoa", "D-009", "CAR-2"),
           ("Reggie Fontaine", "D-031", "VAN-1"), ("Anh Tuan Hoang", "D-040", "VAN-7")]
VOLS = [("Priya Raman", "V-0381", "4085550173"), ("Ken Whitaker", "V-0112", "6505550129"),
        ("Beatriz Solano", "V-0457", "4082217740"), ("Gloria Nakamura", "V-0299", "4089316652"),
        ("Sam O'Connell", "V-0510", "6693028815"), ("Huong Dinh", "V-0533", "4085550147")]
STAFF = ["jmartinez", "tle", "aferreira", "skim", "rpatel", "mgonzalez-ruiz", "bnguyen"]
STAFF_NAMES = {"jmartinez": "Julia Martinez", "tle": "Tina Le", "aferreira": "Alicia Ferreira, RN",
               "skim": "Sarah Kim, RD", "rpatel": "Raj Patel", "mgonzalez-ruiz": "Maribel Gonzalez-Ruiz",
               "bnguyen": "Bao Nguyen"}
DOCS = [("Samuel Okafor", "1467503921", "4085550190"), ("Linda Hsu", "1902845561", "4085550192"),
        ("Ramón Echeverría", "1336201847", "6505550144")]
WORKERS = ["ForkPoolWorker-%d" % i for i in range(1, 9)]
AG_PHONE = "4085550100"
DOMAIN = "meals.bayviewseniors.org"


def cel(level, who=None):
    return f"[{ts_django()}: {level}/{who or rng.choice(WORKERS)}] "


def dj(level, logger, lineno=None):
    return f"[{ts_django()}] {level} [{logger}:{lineno or rng.randint(20, 400)}] "


def logcat(tag="flutter", lvl="I", pid="23811", prefix=None):
    if prefix is None:
        prefix = rng.random() < 0.5
    return (ts_logcat() + " " if prefix else "") + f"{lvl}/{tag} ({pid}): "


def fut_date(a=1, b=12):
    return TODAY + dt.timedelta(days=rng.randint(a, b))


def past_date(a=1, b=20):
    return TODAY - dt.timedelta(days=rng.randint(a, b))


def addr_parts(c, sep=", ", zipsep=" ", state=True):
    return [(c["addr"], "address"), sep, (c["city"], "address"), (", CA" if state else ""), zipsep, (c["zip"], "zip")]


# ================================================================= NOISE generators
def n_health():
    tick(1, 30)
    ip = "10.42.%d.%d" % (rng.randint(0, 3), rng.randint(2, 250))
    path = rng.choice(["/healthz/", "/readyz/", "/healthz/?full=1", "/api/v2/ping/"])
    return [Ln("gunicorn_access").t(f'{ip} - - [{ts_clf()}] "GET {path} HTTP/1.1" 200 {rng.choice([2, 15, 48])} "-" "kube-probe/1.28"')]


def n_static():
    tick()
    asset = rng.choice(["admin/css/base.%s.css" % hexs(8), "admin/js/jquery.init.%s.js" % hexs(8),
                        "dist/app.%s.js" % hexs(10), "img/logo-bayview.svg", "fonts/Inter-Regular.woff2"])
    return [Ln("nginx").t(f'10.42.0.{rng.randint(10, 40)} - - [{ts_clf()}] "GET /static/{asset} HTTP/2.0" 200 {rng.randint(900, 90000)} '
                          f'"https://{DOMAIN}/admin/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36" '
                          f'rt=0.00{rng.randint(1, 9)} ua="-" us="-"')]


def n_django_api():
    tick()
    r = rng.choice(ROUTES)
    path = rng.choice([f"/api/v2/routes/?date={TODAY.isoformat()}", f"/api/v2/routes/{r}/stops/?include=diet",
                       "/api/v2/menus/current/", f"/api/v2/routes/{r}/manifest.pdf", "/admin/jsi18n/",
                       "/api/v2/volunteers/shifts/?week=24", "/api/v2/kitchen/production/"])
    code = rng.choice([200, 200, 200, 304, 200, 404])
    return [Ln("django").t(dj("INFO", "django.server", 213) + f'"GET {path} HTTP/1.1" {code} {rng.randint(2, 40000)}')]


def n_celery_beat():
    tick()
    t = rng.choice([("build-route-sheets", "meals.tasks.build_route_sheets"), ("send-med-reminders", "reminders.tasks.dispatch_due_reminders"),
                    ("sync-volunteer-calendar", "volunteers.tasks.sync_calendar"), ("oaa-nightly-export", "reporting.tasks.export_spr"),
                    ("expire-portal-sessions", "portal.tasks.clearsessions"), ("heat-advisory-check", "outreach.tasks.heat_advisory_check")])
    return [Ln("celery").t(cel("INFO", "MainProcess") + f"Scheduler: Sending due task {t[0]} ({t[1]})")]


def n_celery_ok():
    tick(1, 40)
    tid = uuid4()
    r = rng.choice(ROUTES)
    opts = [("meals.tasks.optimize_route", "{'route': '%s', 'stops': %d, 'distance_km': %.1f, 'solver': 'ortools'}" % (r, rng.randint(9, 22), rng.uniform(20, 70))),
            ("meals.tasks.build_route_sheets", "{'routes': 6, 'stops': %d, 'pdfs': 6}" % rng.randint(80, 140)),
            ("reminders.tasks.dispatch_due_reminders", "{'queued': %d, 'skipped_quiet_hours': %d}" % (rng.randint(3, 40), rng.randint(0, 5))),
            ("volunteers.tasks.sync_calendar", "{'events': %d, 'conflicts': 0}" % rng.randint(20, 70)),
            ("reporting.tasks.export_spr", "'s3://bayview-exports/spr/2024-05/SPR_19X_202405.dat'"),
            ("outreach.tasks.heat_advisory_check", "{'zone': 'CAZ513', 'level': 'none'}")]
    name, res = rng.choice(opts)
    out = [Ln("celery").t(cel("INFO", "MainProcess") + f"Task {name}[{tid}] received")]
    tick(1, 20)
    out.append(Ln("celery").t(cel("INFO") + f"Task {name}[{tid}] succeeded in {rng.uniform(0.01, 9):.3f}s: {res}"))
    return out


def n_celery_misc():
    tick()
    host = "celery@worker-meals-%s-%s" % (hexs(9), alnum(5, "abcdefghijklmnopqrstuvwxyz0123456789"))
    msg = rng.choice([f"Connected to redis://redis-master.aaa-prod.svc.cluster.local:6379/0",
                      "mingle: searching for neighbors", "mingle: all alone", f"{host} ready.",
                      f"missed heartbeat from {host}", "Events of group {task} enabled by remote.",
                      "Substantial drift from celery@worker-reminders-6c9f8 may mean clocks are out of sync.  Current drift is 17 seconds."])
    lvl = "WARNING" if "drift" in msg or "missed" in msg else "INFO"
    return [Ln("celery").t(cel(lvl, "MainProcess") + msg)]


def n_pg():
    tick()
    pid = rng.randint(20000, 40000)
    msg = rng.choice([
        f"LOG:  checkpoint complete: wrote {rng.randint(200, 4000)} buffers ({rng.uniform(1, 20):.1f}%); 0 WAL file(s) added, 0 removed, {rng.randint(0, 3)} recycled; write={rng.uniform(10, 200):.3f} s, sync=0.0{rng.randint(10, 99)} s, total={rng.uniform(10, 200):.3f} s",
        "LOG:  automatic vacuum of table \"aaa_prod.public.meals_routestop\": index scans: 1",
        f"LOG:  duration: {rng.uniform(500, 4000):.3f} ms  execute <unnamed>: SELECT \"meals_routestop\".\"id\", \"meals_routestop\".\"client_id\" FROM \"meals_routestop\" WHERE \"meals_routestop\".\"route_date\" = $1 ORDER BY \"meals_routestop\".\"seq\" ASC",
        "LOG:  connection authorized: user=meals_app database=aaa_prod application_name=celery SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)",
        "LOG:  disconnection: session time: 0:04:12.881 user=meals_app database=aaa_prod host=10.42.2.17 port=50412",
        "WARNING:  there is no transaction in progress"])
    return [Ln("postgres").t(f"{ts_pg()} [{pid}] " + msg)]


def n_redis():
    tick()
    msg = rng.choice(["* 100 changes in 300 seconds. Saving...", f"* Background saving started by pid {rng.randint(100, 900)}",
                      "* DB saved on disk", "* Background saving terminated with success",
                      f"* Fork CoW for RDB: current {rng.randint(1, 9)} MB, peak {rng.randint(1, 9)} MB, average {rng.randint(1, 5)} MB"])
    d = now()
    return [Ln("redis").t(f"1:{rng.choice('MC')} {d.day} {MON[d.month-1]} {d.year} {d.strftime('%H:%M:%S')}.{ms()} {msg}")]


def n_flutter():
    tick(1, 30)
    r = rng.choice(ROUTES)
    opts = [("flutter", "I", f"[RouteRepository] synced {rng.randint(9, 20)} stops for route {r} (etag W/\"{hexs(6)}\") in {rng.randint(80, 900)}ms"),
            ("flutter", "I", f"[Connectivity] status=ConnectivityResult.{rng.choice(['mobile', 'wifi', 'none'])} queued_events={rng.randint(0, 12)}"),
            ("flutter", "I", f"[OfflineQueue] flushed {rng.randint(1, 9)} check-ins, {rng.randint(0, 2)} photos (bytes={rng.randint(10000, 900000)})"),
            ("FlutterGeolocator", "D", "Geolocator position updates started"),
            ("Choreographer", "I", f"Skipped {rng.randint(30, 90)} frames!  The application may be doing too much work on its main thread."),
            ("flutter", "I", f"[Auth] token refreshed for driver D-0{rng.randint(10, 40)} exp_in=3600s"),
            ("flutter", "E", "[ERROR:flutter/runtime/dart_vm_initializer.cc(41)] Unhandled Exception: DioException [connection timeout]: The request connection took longer than 0:00:15.000000 and it was aborted."),
            ("FlutterJNI", "W", "FlutterJNI.loadLibrary called more than once"),
            ("flutter", "I", "[Sentry] [debug] Envelope sent successfully. (event_id: %s)" % hexs(32)),
            ("flutter", "I", f"[App] bayview_driver 3.8.{rng.randint(0, 4)}+{rng.randint(180, 220)} flavor=prod dart=3.3.4 engine=c4cd48e186"),
            ("flutter", "I", "[ProofOfDelivery] uploaded pod_%s_%d_%d.jpg size=%dKB" % (r, rng.randint(1, 18), epoch_ms() // 1000, rng.randint(90, 400)))]
    tag, lvl, msg = rng.choice(opts)
    return [Ln("flutter_logcat").t(logcat(tag, lvl) + msg)]


def n_breadcrumb():
    tick(5, 60)
    name, did, van = rng.choice(DRIVERS)
    (la, lo), _ = CITIES[rng.choice(list(CITIES))]
    return [Ln("flutter_logcat").t(logcat() + f"[LocationService] ping driverId={did} vehicle={van} lat={la + rng.uniform(-.05, .05):.5f} "
                                   f"lng={lo + rng.uniform(-.05, .05):.5f} spd={rng.uniform(0, 18):.1f}m/s hdg={rng.randint(0, 359)} bat={rng.randint(20, 100)}%")]


def n_dio():
    tick(1, 20)
    r = rng.choice(ROUTES)
    out = [Ln("flutter_logcat").t(logcat(prefix=False) + "*** Request ***"),
           Ln("flutter_logcat").t(logcat(prefix=False) + f"uri: https://api.bayviewseniors.org/v2/routes/{r}/stops?date={TODAY.isoformat()}&include=diet,notes"),
           Ln("flutter_logcat").t(logcat(prefix=False) + f"statusCode: {rng.choice([200, 200, 304, 502])}")]
    return out


def n_kitchen():
    tick()
    return [Ln("django").t(dj("INFO", "kitchen.production") + f"production.summary date={fmt_date(fut_date(0, 1), 'iso')} site=CENTRAL-KITCHEN "
                                                                f"regular={rng.randint(300, 450)} diabetic={rng.randint(80, 160)} renal={rng.randint(15, 40)} "
                                                                f"mech_soft={rng.randint(10, 30)} puree={rng.randint(2, 12)} frozen_wknd={rng.randint(150, 260)} "
                                                                f"milk_cartons={rng.randint(400, 600)} temp_log=OK")]


def n_vendor():
    tick()
    po = "PO-2024-06-%04d" % rng.randint(800, 999)
    v = rng.choice(["Sysco Central California", "US Foods Livermore", "Berkeley Farms Dairy", "Pactiv Evergreen (trays)"])
    return [Ln("django").t(dj("INFO", "purchasing.orders") + f"{po} submitted vendor=\"{v}\" lines={rng.randint(4, 40)} total=${rng.uniform(800, 14000):,.2f} "
                                                               f"deliver_by={fmt_date(fut_date(2, 6), 'iso')} buyer=rpatel contact=purchasing@bayviewseniors.org")]


def n_volunteer():
    tick()
    name, vid, ph = rng.choice(VOLS)
    r = rng.choice(ROUTES)
    k = rng.random()
    if k < 0.4:
        ln = Ln("volunteer_json")
        sd = fut_date(1, 7)
        jdump(ln, {"ts": ts_iso(), "event": "shift.confirmed", "shift_id": f"SH-{sd.strftime('%y%m%d')}-{r}",
                   "route": r, "date": fmt_date(sd, "iso"), "start": "09:30", "end": "12:30",
                   "volunteer": {"id": vid, "name": name, "phone": fmt_phone(ph), "email": email_for(name.split()[0], name.split()[-1])},
                   "bg_check": {"status": "clear", "dl": "CA " + gen_dl(), "expires": "2026-01-31"}})
        return [ln]
    if k < 0.7:
        return [Ln("django").t(dj("INFO", "volunteers.scheduler") + f"shift filled route={r} date={fmt_date(fut_date(1, 7), 'iso')} volunteer_id={vid} "
                                                                    f"name=\"{name}\" mobile={fmt_phone(ph)} mileage_reimb=true")]
    out = [Ln("ical").t("BEGIN:VEVENT"),
           Ln("ical").t("DTSTART;TZID=America/Los_Angeles:%sT093000" % fut_date(1, 7).strftime("%Y%m%d")),
           Ln("ical").t(f"SUMMARY:HDM {r} – {name.split()[0]} {name.split()[-1][0]}. (driver assist)"),
           Ln("ical").t(f"ORGANIZER;CN=Volunteer Desk:mailto:volunteers@bayviewseniors.org"),
           Ln("ical").t("END:VEVENT")]
    return out


def n_vol_sms():
    tick()
    name, vid, ph = rng.choice(VOLS)
    r = rng.choice(ROUTES)
    return [Ln("django").t(dj("INFO", "volunteers.notify") + f"reminder sms to={'+1' + ph} vol={vid} body=\"Hi {name.split()[0]}! Reminder: {r} "
                                                             f"pickup 9:15am at Central Kitchen, 1150 N 1st St. Reply C to confirm.\" sid=SM{hexs(32)}")]


def n_stripe():
    tick()
    k = rng.random()
    if k < 0.35:
        return [Ln("stripe").t(f"{ts_django()} INFO stripe message='Request to Stripe api' method=post url=https://api.stripe.com/v1/payment_intents")]
    if k < 0.7:
        return [Ln("stripe").t(f"{ts_django()} INFO stripe message='Stripe API response' path=https://api.stripe.com/v1/payment_intents "
                               f"response_code=200 request_id=req_{alnum(14, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}")]
    donor = rng.choice(["Rotary Club of Milpitas", "Silicon Valley Community Foundation", "Anonymous", "Kiwanis of Gilroy"])
    return [Ln("stripe").t(dj("INFO", "donations.webhooks") + f"event=charge.succeeded id=evt_{alnum(24, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')} "
                                                              f"amount={rng.choice([2500, 5000, 10000, 25000, 100000])} currency=usd campaign=meals-on-wheels-2024 donor=\"{donor}\"")]


def n_config():
    tick(0, 3)
    line = rng.choice(["settings: DEBUG=False ALLOWED_HOSTS=['meals.bayviewseniors.org', 'api.bayviewseniors.org'] TIME_ZONE=America/Los_Angeles",
                       "settings: CELERY_BROKER_URL=redis://redis-master.aaa-prod.svc.cluster.local:6379/0 CELERY_TASK_ACKS_LATE=True",
                       "settings: DATABASES.default=postgresql://meals_app:***@pg-aaa-prod.internal:5432/aaa_prod CONN_MAX_AGE=60",
                       "settings: TWILIO_MESSAGING_SERVICE_SID=MG%s TWILIO_FROM=+1%s" % (hexs(32), AG_PHONE),
                       "settings: SPR_PSA=19X SPR_PROVIDER_ID=000417 SPR_LAYOUT=v3.2 OAA_FISCAL_YEAR=2023-24",
                       "settings: SENTRY_DSN=https://%s@o42117.ingest.sentry.io/5566123 traces_sample_rate=0.05" % hexs(32)])
    return [Ln("django").t(dj("INFO", "bayview.settings", 88) + line)]


def n_migrate():
    tick(0, 5)
    m = rng.choice(["meals.0042_routestop_eta_window", "clients.0117_client_preferred_language_idx", "adh.0031_vitals_spo2",
                    "reminders.0009_reminder_quiet_hours", "reporting.0014_sprrecord_first_service_date"])
    return [Ln("django").t(f"  Applying {m}... OK")]


def n_prom():
    tick(0, 10)
    name = rng.choice(["reminders.tasks.send_med_reminder", "meals.tasks.optimize_route", "wellness.tasks.escalate_no_answer"])
    return [Ln("prometheus").t(rng.choice([
        f'celery_tasks_total{{name="{name}",state="SUCCESS",hostname="worker-meals-0"}} {rng.randint(100, 9000)}',
        f'celery_task_runtime_seconds_bucket{{name="{name}",le="2.5"}} {rng.randint(100, 9000)}',
        f'django_http_requests_latency_seconds_by_view_method_count{{method="GET",view="routes-detail"}} {rng.randint(1000, 90000)}',
        f'hdm_deliveries_total{{route="{rng.choice(ROUTES)}",status="delivered"}} {rng.randint(5, 20)}']))]


def n_sentry():
    tick()
    return [Ln("django").t(f"{ts_django()} DEBUG sentry_sdk.errors [Tracing] Adding sentry-trace header {hexs(32)}-{hexs(16)}-1 "
                           f"to outgoing request to https://api.twilio.com/2010-04-01/Accounts/AC{hexs(32)}/Messages.json.")]


def n_heat():
    tick()
    return [Ln("celery").t(cel("WARNING") + f"outreach.heat: NWS Heat Advisory CAZ513 {fut_date(1, 2).strftime('%a %b %d')} 11:00-20:00; "
                                            f"cooling centers: Seven Trees Community Center, Roosevelt CC; robocall list size={rng.randint(300, 600)}")]


def n_osrm():
    tick()
    r = rng.choice(ROUTES)
    return [Ln("celery").t(cel("INFO") + f"routing.osrm: {r} legs={rng.randint(9, 20)} distance={rng.uniform(15, 70):.1f}km duration={rng.randint(60, 180)}min "
                                         f"profile=car osrm=http://osrm.aaa-prod.svc:5000 hint_cache_hits={rng.randint(5, 20)}")]


def n_census():
    tick()
    site = rng.choice(["EASTSIDE-ADHC", "GILROY-ADHC"])
    return [Ln("adh_kv").t(f"{ts_iso()} adh.census site={site} enrolled={rng.randint(50, 80)} present={rng.randint(30, 55)} "
                           f"capacity=60 staff_ratio=1:{rng.randint(5, 7)} rn_on_site=1 lunch_served={rng.randint(30, 55)}")]


def n_disallowed():
    tick()
    ip = "%d.%d.%d.%d" % (rng.choice([45, 185, 193, 89]), rng.randint(1, 254), rng.randint(1, 254), rng.randint(1, 254))
    return [Ln("django").t(dj("ERROR", "django.security.DisallowedHost") + f"Invalid HTTP_HOST header: '{ip}'. You may need to add '{ip}' to ALLOWED_HOSTS.")]


def n_login_fail():
    tick()
    u = rng.choice(STAFF)
    return [Ln("django").t(dj("WARNING", "axes.watch_login") + f"AXES: New login failure by {{username: \"{u}\", ip_address: \"10.42.1.{rng.randint(2, 200)}\", "
                                                               f"user_agent: \"Mozilla/5.0\", path_info: \"/admin/login/\"}}. Failures: {rng.randint(1, 4)}.")]


def n_cron():
    tick()
    return [Ln("syslog").t(f"{ts_syslog()} web-01 CRON[{rng.randint(1000, 9999)}]: (www-data) CMD (/srv/aaa/venv/bin/python manage.py "
                           f"{rng.choice(['clearsessions', 'purge_expired_tokens', 'refresh_menu_cache'])} >> /var/log/aaa/cron.log 2>&1)")]


def n_route_summary():
    tick()
    r = rng.choice(ROUTES)
    n = rng.randint(9, 20)
    na = rng.randint(0, 2)
    return [Ln("django").t(dj("INFO", "meals.routes") + f"route {r} closed by D-0{rng.randint(10, 40)}: {n - na}/{n} delivered, {na} no-answer, "
                                                          f"{rng.randint(0, 3)} shelf-stable left, odometer_delta={rng.randint(20, 70)}mi, returned {now().strftime('%H:%M')}")]


def n_menu():
    tick()
    return [Ln("django").t(dj("INFO", "menus.loader") + f"cycle=Summer-B week={rng.randint(1, 4)} items={rng.randint(28, 40)} "
                                                          f"allergens=[milk,wheat,soy] approved_by=skim (Sarah Kim, RD) sodium_avg_mg={rng.randint(600, 800)}")]


def n_k8s():
    tick()
    return [Ln("k8s").t(rng.choice([
        f'{ts_isoz()} INFO deployment.apps/meals-web image=registry.bayviewseniors.org/meals-web:2024.06.{rng.randint(1, 11)}-{hexs(7)} rolled out (3/3 ready)',
        f'{ts_isoz()} INFO horizontalpodautoscaler/meals-celery scaled from {rng.randint(2, 3)} to {rng.randint(3, 5)} (cpu=81%)',
        f'{ts_isoz()} WARN pod/meals-celery-{hexs(10)}-{alnum(5, "abcdefghijklmnopqrstuvwxyz0123456789")} OOMKilled restartCount={rng.randint(1, 3)}']))]


def n_twilio_status():
    tick()
    return [Ln("django").t(dj("INFO", "messaging.webhooks") + f"status callback MessageSid=SM{hexs(32)} MessageStatus={rng.choice(['sent', 'delivered', 'delivered', 'undelivered'])} "
                                                               f"ErrorCode={rng.choice(['', '', '30003', '30005'])} ApiVersion=2010-04-01")]


def n_twilio_http():
    tick(0, 2)
    return [Ln("twilio").t(f"{ts_django()} INFO twilio.http_client -- BEGIN Twilio API Request --"),
            Ln("twilio").t(f"{ts_django()} INFO twilio.http_client POST Request: https://api.twilio.com/2010-04-01/Accounts/AC{hexs(32)}/Messages.json"),
            Ln("twilio").t(f"{ts_django()} INFO twilio.http_client -- END Twilio API Request --"),
            Ln("twilio").t(f"{ts_django()} INFO twilio.http_client Response Status Code: 201")]


def n_sendgrid_staff():
    tick()
    u = rng.choice(STAFF)
    ln = Ln("sendgrid_json")
    jdump(ln, [{"email": f"{u}@bayviewseniors.org", "timestamp": epoch_ms() // 1000, "event": "delivered",
                "category": ["daily_digest"], "sg_event_id": alnum(22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
                "smtp-id": f"<{hexs(12)}@ismtpd0042p1mdw1.sendgrid.net>"}])
    return [ln]


def n_hl7_ack():
    tick()
    return [Ln("hl7").t(f"{ts_django()} DEBUG hl7.mllp ACK received: MSH|^~\\&|PCPGW|SCVHHS|BAYVIEW_ADH|EASTSIDE|{now().strftime('%Y%m%d%H%M%S')}||ACK^R01^ACK|"
                        f"{rng.randint(10000000, 99999999)}|P|2.5.1\\rMSA|AA|ADH{now().strftime('%y%m%d')}{rng.randint(100, 999):05d}|message accepted")]


def n_edi_999():
    tick()
    return [Ln("x12").t(f"AK1*HC*{rng.randint(800, 900)}*005010X222A1~"), Ln("x12").t("IK5*A~"), Ln("x12").t(f"AK9*A*1*1*1~")]


NOISE = [(n_health, 10), (n_static, 4), (n_django_api, 8), (n_celery_beat, 4), (n_celery_ok, 6), (n_celery_misc, 3),
         (n_pg, 5), (n_redis, 3), (n_flutter, 9), (n_breadcrumb, 5), (n_dio, 2), (n_kitchen, 2), (n_vendor, 2),
         (n_volunteer, 3), (n_vol_sms, 2), (n_stripe, 3), (n_config, 2), (n_migrate, 1), (n_prom, 3), (n_sentry, 2),
         (n_heat, 1), (n_osrm, 2), (n_census, 2), (n_disallowed, 1), (n_login_fail, 1), (n_cron, 2), (n_route_summary, 2),
         (n_menu, 1), (n_k8s, 2), (n_twilio_status, 2), (n_twilio_http, 1), (n_sendgrid_staff, 1), (n_hl7_ack, 1), (n_edi_999, 1)]


# ================================================================= PHI generators
def csv_field(ln, v, cat=None):
    if any(ch in v for ch in ',"'):
        ln.t('"').p(v.replace('"', '""'), cat).t('"')
    else:
        ln.p(v, cat)


def csv_row(ln, fields):
    for i, f in enumerate(fields):
        if i:
            ln.t(",")
        if isinstance(f, tuple):
            csv_field(ln, f[0], f[1])
        else:
            csv_field(ln, f)
    return ln


NOTES_PLAIN = ["Knock loud - HOH", "Gate code 4411#", "Dog in yard, wait at gate", "Leave in cooler on porch if no answer",
               "Uses walker - give extra time", "Ring bell twice", "", "", "Side door", "No stairs access - ground unit"]
NOTES_LANG = {"es": "Spanish only", "vi": "Vietnamese only"}


def route_note(c):
    k = rng.random()
    if k < 0.25:
        ab = {"daughter": "dtr", "son": "son", "wife": "wife", "niece": "niece", "brother": "bro", "grandson": "grandson",
              "daughter-in-law": "DIL", "neighbor": "neighbor"}[c["rel"]]
        return [f"Call {rng.choice([ab, ab, 'cg', 'EC'])} ", (c["cgf"], "name"), " ", (fmt_phone(c["cg_phone"], rng.choice([1, 0, 2])), "phone"), " if no answer"]
    if k < 0.33:
        return ["Car in driveway ", (c["plate"], "vehicle"), " = home"]
    if c["lang"] in NOTES_LANG and rng.random() < 0.5:
        return [NOTES_LANG[c["lang"]]]
    return [rng.choice(NOTES_PLAIN)]


def p_route_block():
    tick()
    out = []
    r = rng.choice(ROUTES)
    with_header = rng.random() < 0.6
    style = rng.choice(["LFM", "lf", "fl"])
    if with_header:
        out.append(Ln("route_csv").t("route_id,delivery_date,stop_seq,client_id,client_name,street,city,zip,phone,diet,hot,frozen,milk,instructions"))
    k = rng.randint(3, 6)
    picks = rng.sample(CLIENTS, k)
    for i, c in enumerate(picks, 1):
        ln = Ln("route_csv")
        csv_row(ln, [r, (fmt_date(TODAY, "iso" if with_header else "us"), "date"), str(i), (str(c["id"]), "mrn"), (name_of(c, style), "name"),
                     (c["addr"], "address"), (c["city"], "address"), (c["zip"], "zip"), (fmt_phone(c["phone"], rng.choice([0, 1, 3])), "phone"),
                     c["diet"], "1", str(rng.choice([0, 0, 2, 5])), "1"])
        ln.t(",")
        note = route_note(c)
        txt = plain(note)
        if "," in txt or '"' in txt:
            ln.t('"').x(note).t('"')
        else:
            ln.x(note)
        out.append(ln)
    return out


def p_flutter_checkin():
    tick(20, 200)
    c = C()
    st = rng.choice(["DELIVERED", "DELIVERED", "DELIVERED", "NO_ANSWER", "REFUSED", "LEFT_WITH_NEIGHBOR"])
    la = round(c["lat"] + rng.uniform(-0.0002, 0.0002), 6)
    lo = round(c["lon"] + rng.uniform(-0.0002, 0.0002), 6)
    ln = Ln("flutter_logcat")
    ln.t(logcat() + f"[CheckInService] stop={c['stop']}/{rng.randint(c['stop'], 20)} route={c['route']} clientId=").p(str(c["id"]), "mrn")
    ln.t(f" status={st}" + (f" attempt={rng.randint(1, 2)}" if st == "NO_ANSWER" else "") + " lat=").p(f"{la:.6f}", "address")
    ln.t(" lng=").p(f"{lo:.6f}", "address").t(f" acc={rng.uniform(3, 25):.1f}m ts={epoch_ms()}")
    return [ln]


def p_flutter_noanswer():
    tick(20, 120)
    c = C()
    pre = logcat(prefix=False)
    bar = "─" * 60
    dots = "┄" * 60
    head = [Ln("flutter_logcat").t(pre + "┌" + bar),
           Ln("flutter_logcat").t(pre + f"│ #0   NoAnswerFlow.start (package:bayview_driver/features/stops/no_answer_flow.dart:{rng.randint(60, 140)}:12)"),
           Ln("flutter_logcat").t(pre + "├" + dots),
           Ln("flutter_logcat").t(pre + f"│ {now().strftime('%H:%M:%S')}.{ms()} (+{rng.randint(1, 4)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}.{rng.randint(100, 999)})"),
           Ln("flutter_logcat").t(pre + "├" + dots)]
    out = []
    ln = Ln("flutter_logcat").t(pre + f"│ ⚠️  No answer at stop {c['stop']} — ").p(name_of(c, rng.choice(["lf", "fl"])), "name").t(" (#").p(str(c["id"]), "mrn")
    ln.t(") — dialing client ").p(fmt_phone(c["phone"], 3), "phone")
    out.append(ln)
    if rng.random() < 0.5:
        out.append(Ln("flutter_logcat").t(pre + "│ 💡 fallback: emergency contact ").p(c["cgf"], "name").t(" ").p(fmt_phone(c["cg_phone"], 4), "phone"))
    tail = [Ln("flutter_logcat").t(pre + "└" + bar)]
    if rng.random() < 0.5:
        return head[:1] + out + tail
    return head + out + tail


def p_wellness_json():
    tick()
    c = C()
    ln = Ln("wellness_json")
    did = rng.choice(DRIVERS)[1]
    obj = {"ts": ts_iso(), "level": "WARNING", "logger": "wellness.alerts", "event": "no_answer_escalated",
           "route": c["route"], "stop": c["stop"], "service_date": P(fmt_date(TODAY, "iso"), "date"),
           "client": {"id": P(c["id"], "mrn"), "name": P(name_of(c, rng.choice(["fl", "native"])), "name"),
                      "addr": T([(c["addr"], "address"), ", ", (c["city"], "address"), ", CA ", (c["zip"], "zip")]),
                      "phone": P(fmt_phone(c["phone"], 4), "phone"), "lives_alone": rng.choice([True, False])},
           "attempts": rng.randint(2, 3), "gps": {"lat": P(c["lat"], "address"), "lon": P(c["lon"], "address")},
           "emergency_contact": {"name": P(c["cg"], "name"), "rel": c["rel"], "phone": P(fmt_phone(c["cg_phone"], 0), "phone")},
           "assigned_to": rng.choice(STAFF[:2]), "driver_id": did, "trace_id": hexs(32)}
    jdump(ln, obj, ascii_=rng.random() < 0.5)
    return [ln]


def p_wellness_slack():
    tick()
    c = C()
    d = rng.choice(DRIVERS)
    ln = Ln("slack_webhook")
    ln.t(f"{ts_django()} DEBUG slack_sdk.webhook.client Sending a request - url: https://hooks.slack.com/services/T04BV7Q2L/B06HDM0ALRT/****, body: ")
    parts = [":warning: *No answer* at ", (c["addr"], "address"), ", ", (c["city"], "address"), " for ", (name_of(c, "fl"), "name"),
             " (CL-", (str(c["id"]), "mrn"), "). Driver ", d[0].split()[0], " ", d[0].split()[-1][0], ". knocked 2x, called ",
             (fmt_phone(c["phone"], 1), "phone"), " no pickup."]
    if rng.random() < 0.5:
        parts += [" Car (", (c["plate"], "vehicle"), ") is in the driveway."]
    parts += [" Contacting ", c["rel"], " ", (c["cgf"], "name"), " at ", (fmt_phone(c["cg_phone"], 0), "phone"), ". <@U03JMARTINEZ>"]
    jdump(ln, {"text": T(parts), "channel": "#wellness-alerts", "unfurl_links": False}, sep=(", ", ": "))
    ln.t(", headers: {}")
    return [ln]


INTAKE_HDR = "intake_id,client_id,last_name,first_name,mi,dob,sex,street,city,zip,phone,lives_alone,primary_lang,medi_cal_cin,mbi,ssn_last4,determine_score,nutr_risk,referral_src,intake_dt"


def p_intake_csv_block():
    tick()
    out = [Ln("intake_csv").t(INTAKE_HDR)] if rng.random() < 0.65 else []
    for c in rng.sample(CLIENTS, rng.randint(2, 4)):
        ln = Ln("intake_csv")
        s = c["score"]
        csv_row(ln, ["IN-24-%05d" % rng.randint(1000, 9999), (str(c["id"]), "mrn"), (c["fam_a"], "name"), (c["giv_a"], "name"),
                     (c["mid_a"][:1], "name") if c["mid_a"] else "", (fmt_date(c["dob"], "us"), "date"), c["sex"],
                     (c["addr"], "address"), (c["city"], "address"), (c["zip"], "zip"), (fmt_phone(c["phone"], rng.choice([1, 3, 0])), "phone"),
                     rng.choice(["Y", "N"]), c["lang"], (c["cin"], "health_plan") if rng.random() < 0.6 else "",
                     (c["mbi"], "health_plan"), (c["ssn"][-4:], "ssn"), str(s), "HIGH" if s >= 6 else ("MOD" if s >= 3 else "LOW"),
                     rng.choice(["Hospital D/C", "Self", "Family", "211", "Case Mgmt", "PCP"]), (fmt_date(past_date(0, 10), "iso"), "date")])
        out.append(ln)
    return out


DETERMINE = ["illness_changed_food", "fewer_than_2_meals", "few_fruits_veg_milk", "alcohol_3plus", "tooth_mouth_problems",
             "not_enough_money", "eats_alone_most", "three_plus_drugs", "weight_change_10lb", "cannot_shop_cook"]
DET_PTS = [2, 3, 2, 2, 2, 4, 1, 1, 2, 2]


def fake_b64(header, n):
    raw = header + bytes(rng.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


def p_intake_json():
    tick()
    c = C()
    ans = {}
    score = 0
    for k, pts in zip(DETERMINE, DET_PTS):
        v = rng.random() < 0.35
        ans[k] = v
        score += pts if v else 0
    client = {"client_id": P(c["id"], "mrn"), "first_name": P(c["giv"], "name"), "last_name": P(c["fam"], "name"),
              "dob": P(fmt_date(c["dob"], "iso"), "date")}
    if c["age"] > 89:
        client["age"] = P(c["age"], "age")
    else:
        client["age"] = c["age"]
    client.update({"sex": c["sex"], "address": {"line1": P(c["addr"], "address"), "city": P(c["city"], "address"), "state": "CA",
                                                "zip": P(c["zip"], "zip"), "county": P("Santa Clara", "address")},
                   "phone": P(fmt_phone(c["phone"], 1), "phone"), "preferred_language": c["lang"],
                   "medicare_mbi": P(fmt_mbi(c["mbi"], True), "health_plan")})
    if rng.random() < 0.4:
        client["ssn"] = P(c["ssn"], "ssn")
    if rng.random() < 0.35:
        client["state_id"] = {"type": rng.choice(["CA_DL", "CA_ID"]), "number": P(c["dl"], "license")}
    if rng.random() < 0.3:
        client["pers_pendant_sn"] = P(c["pendant"], "device")
    cgobj = {"name": P(c["cg"], "name"), "relationship": c["rel"], "phone": P(fmt_phone(c["cg_phone"], 2), "phone"),
             "email": P(c["cg_email"], "email")}
    if rng.random() < 0.35:
        cgobj["fax"] = P(fmt_phone(gen_phone(), 0), "fax")
    obj = {"event": "intake.completed", "intake_id": "IN-24-%05d" % rng.randint(1000, 9999), "intake_date": P(fmt_date(TODAY, "iso"), "date"),
           "worker": rng.choice(["tle", "jmartinez", "bnguyen"]), "program": rng.choice(["HDM", "HDM", "ADHC"]),
           "client": client, "caregiver": cgobj,
           "screening": {"tool": "DETERMINE", "version": "NSI-1992", "answers": ans, "score": score,
                         "risk": "high" if score >= 6 else ("moderate" if score >= 3 else "low")},
           "diet_order": {"type": c["diet"], "ordered_by": "Dr. " + rng.choice(DOCS)[0], "fax": fmt_phone(rng.choice(DOCS)[2], 0)}}
    if rng.random() < 0.45:
        obj["photo"] = {"mime": "image/jpeg", "b64": P(fake_b64(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00\xff\xdb\x00C\x00", 90), "photo"),
                        "truncated": True, "orig_len": rng.randint(30000, 90000)}
    if rng.random() < 0.35:
        obj["family_page"] = P("https://www.caringbridge.org/visit/" + (c["giv_a"] + c["fam_a"]).lower().replace(" ", "").replace("'", ""), "url")
    ln = Ln("intake_json")
    jdump(ln, obj, sep=rng.choice([(",", ":"), (", ", ": ")]), ascii_=rng.random() < 0.5)
    return [ln]


def p_referral_json():
    tick()
    c = C()
    dc = past_date(1, 6)
    planner = rng.choice(["Karen Liu, MSW", "Oscar Villanueva, RN CM", "Deepa Natarajan, LCSW"])
    obj = {"resourceType": "ServiceRequest", "referralId": P("RF-%s-%04d" % (TODAY.strftime("%Y%m%d"), rng.randint(1, 80)), "other_id"),
           "source": "Regional Medical Center San Jose", "patient": {"firstName": P(c["giv_a"], "name"), "lastName": P(c["fam_a"], "name"),
                                                                        "dateOfBirth": P(fmt_date(c["dob"], "us"), "date"), "mrn": P("E%08d" % rng.randint(0, 99999999), "mrn"),
                                                                        "homePhone": P(fmt_phone(c["phone"], 5), "phone"),
                                                                        "medicareId": P(c["mbi"], "health_plan")},
           "dischargeDate": P(fmt_date(dc, "iso"), "date"), "dxSummary": rng.choice(["CHF exacerbation", "hip fx s/p ORIF", "COPD", "CVA w/ L hemiparesis"]),
           "requested": ["HDM", "nutrition counseling"],
           "caregiver": {"name": P(c["cg"], "name"), "relationship": c["rel"], "phone": P(fmt_phone(c["cg_phone"], 4), "phone")},
           "dischargePlanner": {"name": planner, "phone": fmt_phone("4085550160", 1)}}
    if rng.random() < 0.5:
        obj["caregiver"]["fax"] = P(fmt_phone(gen_phone(), 1), "fax")
    ln = Ln("referral_json")
    jdump(ln, obj)
    return [ln]


def pad(s, n, right=False):
    s = s[:n]
    return s.rjust(n) if right else s.ljust(n)


def p_oaa_fixed_block():
    tick()
    out = []
    if rng.random() < 0.5:
        out.append(Ln("oaa_fixed").t("H1" + "19X" + "000417" + "20240501" + "20240531" + pad("BAYVIEW SENIOR SERVICES", 30) + "V3.2"))
    rows = rng.sample(CLIENTS, rng.randint(3, 5))
    units = 0
    for c in rows:
        ln = Ln("oaa_fixed")
        u = rng.randint(10, 31)
        units += u
        last = c["fam_a"].upper()[:20]
        first = c["giv_a"].upper()[:15]
        ln.t("D1" + "19X" + "000417").p("%010d" % c["id"], "mrn")
        ln.p(last, "name").t(" " * (20 - len(last))).p(first, "name").t(" " * (15 - len(first)))
        ln.t(c["mid_a"][:1] or " ").p(fmt_date(c["dob"], "compact"), "date")
        a = "%03d" % c["age"]
        ln.p(a, "age" if c["age"] > 89 else None)
        ln.t(c["sex"]).p(c["zip"], "zip")
        ln.t(rng.choice("1235") + rng.choice("12") + rng.choice("NY") + rng.choice("NY") + rng.choice("NY") + str(rng.randint(0, 4)) + str(rng.randint(0, 6)))
        ln.t("H" if c["score"] >= 6 else "L").t("C2 ").p(fmt_date(TODAY - dt.timedelta(days=rng.randint(40, 900)), "compact"), "date").t("%06d" % u)
        out.append(ln)
    if rng.random() < 0.6:
        out.append(Ln("oaa_fixed").t("T1" + "%06d" % rng.randint(200, 400) + "%010d" % (units * 17)))
    return out


PIPE_HDR = "CLIENT_ID|LAST_NM|FIRST_NM|BIRTH_DT|AGE|GENDER|ZIP5|COUNTY|RACE_CD|ETHN_CD|LIVES_ALONE|NUTR_RISK|ADL_CT|IADL_CT|SVC_CD|SVC_DT|UNITS"


def p_oaa_pipe_block():
    tick()
    out = [Ln("oaa_pipe").t(PIPE_HDR)] if rng.random() < 0.7 else []
    for c in rng.sample(CLIENTS, rng.randint(3, 5)):
        ln = Ln("oaa_pipe")
        ln.p(str(c["id"]), "mrn").t("|").p(c["fam_a"].upper(), "name").t("|").p(c["giv_a"].upper(), "name").t("|")
        ln.p(fmt_date(c["dob"], "us"), "date").t("|").p(str(c["age"]), "age" if c["age"] > 89 else None).t("|" + c["sex"] + "|")
        ln.p(c["zip"], "zip").t("|").p("SANTA CLARA", "address").t(f"|{rng.randint(1, 7)}|{rng.choice('12')}|{rng.choice('YN')}|{'H' if c['score'] >= 6 else 'L'}|")
        ln.t(f"{rng.randint(0, 4)}|{rng.randint(0, 6)}|{rng.choice(['C2', 'C2', 'ADH', 'NC'])}|").p(fmt_date(TODAY - dt.timedelta(days=rng.randint(0, 30)), "us"), "date")
        ln.t("|%d" % rng.randint(1, 22))
        out.append(ln)
    return out


def p_adh_attendance():
    tick(10, 90)
    c = rng.choice(ADH)
    ln = Ln("adh_kv")
    ev = rng.choice(["check_in", "check_in", "check_out"])
    ln.t(f"{ts_iso()} adh.attendance site=EASTSIDE-ADHC event={ev} participant_id=").p(c["adh"], "mrn").t(" client_id=").p(str(c["id"]), "mrn")
    ln.t(' name="').p(name_of(c, rng.choice(["fl", "lf", "native"])), "name").t('"')
    ln.t(" svc_date=").p(fmt_date(TODAY, "iso"), "date")
    ln.t(f" {'arrived' if ev == 'check_in' else 'departed'}={now().strftime('%H:%M')} transport={rng.choice(['agency_van', 'family', 'paratransit'])} "
         f"van={rng.choice(['VAN-3', 'VAN-5', '-'])} meal={rng.choice(['REG', 'DIAB', 'PUREE'])} staff=aferreira")
    return [ln]


def p_adh_vitals():
    tick(10, 90)
    c = rng.choice(ADH)
    ln = Ln("adh_kv")
    ln.t(f"{ts_iso()} adh.vitals participant_id=").p(c["adh"], "mrn")
    ln.t(f" bp={rng.randint(110, 170)}/{rng.randint(60, 98)} pulse={rng.randint(58, 98)} temp_f={rng.uniform(97.0, 99.4):.1f} spo2={rng.randint(90, 99)} "
         f"wt_lb={rng.uniform(95, 220):.1f} bg_mgdl={rng.randint(80, 240)} taken_by=A.Ferreira,RN")
    if rng.random() < 0.5:
        ln.t(' note="c/o dizziness after lunch; notify ').p(c["cgf"], "name").t(" (" + c["rel"] + ") at ").p(fmt_phone(c["cg_phone"], 1), "phone").t('"')
    else:
        ln.t(' note="no complaints"')
    return [ln]


def hl7_pid(ln, c):
    ln.t("PID|1||").p(str(c["id"]), "mrn").t("^^^BAYVIEW^MR~").p(c["cin"], "health_plan").t("^^^CAMCAL^MA||")
    ln.p(f"{c['fam_a'].upper()}^{c['giv_a'].upper()}" + (f"^{c['mid_a'][:1].upper()}" if c["mid_a"] else ""), "name").t("||").p(fmt_date(c["dob"], "compact"), "date")
    ln.t(f"|{c['sex']}|||").p(c["addr"].upper(), "address").t("^^").p(c["city"].upper(), "address").t("^CA^").p(c["zip"], "zip").t("^USA^H||")
    ln.p(fmt_phone(c["phone"], 7), "phone").t("|||||").p(c["acct"] + "-" + TODAY.strftime("%m%d"), "account")


OBX = [("8480-6", "Systolic blood pressure", "mm[Hg]", "90-139", 110, 170), ("8462-4", "Diastolic blood pressure", "mm[Hg]", "60-89", 60, 98),
       ("8867-4", "Heart rate", "/min", "60-100", 56, 104), ("8310-5", "Body temperature", "[degF]", "97.0-99.5", 97, 99),
       ("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", "%", "95-100", 90, 99),
       ("29463-7", "Body weight", "[lb_av]", "", 95, 220), ("2339-0", "Glucose [Mass/volume] in Blood", "mg/dL", "70-140", 80, 240)]


def p_hl7_block():
    tick()
    c = rng.choice(ADH)
    doc = rng.choice(DOCS)
    cid = "ADH%s%05d" % (now().strftime("%y%m%d"), rng.randint(100, 999))
    msh = f"MSH|^~\\&|BAYVIEW_ADH|EASTSIDE|PCPGW|SCVHHS|{now().strftime('%Y%m%d%H%M%S')}-0700||ORU^R01^ORU_R01|{cid}|P|2.5.1|||AL|NE"
    obs_dt = now().strftime("%Y%m%d%H%M")
    visit = "V%s%05d" % (now().strftime("%y%m%d"), rng.randint(0, 99999))
    obx = rng.sample(OBX, rng.randint(2, 4))
    if rng.random() < 0.35:
        ln = Ln("hl7")
        ln.t(f"{ts_django()} DEBUG hl7.mllp sent {rng.randint(600, 1200)} bytes: " + msh + "\\r")
        hl7_pid(ln, c)
        ln.t("\\r" + f"PV1|1|O|EASTSIDE^ADH^01||||{doc[1]}^{ascii_fold(doc[0].split()[-1]).upper()}^{ascii_fold(doc[0].split()[0]).upper()}^^^DR^MD" + "|" * 12).p(visit, "other_id")
        for i, o in enumerate(obx, 1):
            ln.t(f"\\rOBX|{i}|NM|{o[0]}^{o[1]}^LN||{rng.randint(o[4], o[5])}|{o[2]}|{o[3]}||||F")
        return [ln]
    out = [Ln("hl7").t(msh)]
    ln = Ln("hl7")
    hl7_pid(ln, c)
    out.append(ln)
    out.append(Ln("hl7").t(f"PV1|1|O|EASTSIDE^ADH^01||||{doc[1]}^{ascii_fold(doc[0].split()[-1]).upper()}^{ascii_fold(doc[0].split()[0]).upper()}^^^DR^MD" + "|" * 12).p(visit, "other_id"))
    out.append(Ln("hl7").t("OBR|1||%s|85353-1^Vital signs panel^LN|||" % hexs(10).upper()).p(obs_dt, "date"))
    for i, o in enumerate(obx, 1):
        out.append(Ln("hl7").t(f"OBX|{i}|NM|{o[0]}^{o[1]}^LN||{rng.randint(o[4], o[5])}|{o[2]}|{o[3]}|{rng.choice(['', '', 'H'])}|||F"))
    return out


def p_x12_block():
    tick()
    c = rng.choice(ADH)
    ctl = rng.randint(800, 999)
    d6 = TODAY.strftime("%y%m%d")
    d8 = TODAY.strftime("%Y%m%d")
    hm = now().strftime("%H%M")
    out = []
    if rng.random() < 0.35:
        out += [Ln("x12").t(f"ISA*00*          *00*          *ZZ*BAYVIEWSS      *ZZ*610442         *{d6}*{hm}*^*00501*{ctl:09d}*0*P*:~"),
                Ln("x12").t(f"GS*HC*BAYVIEWSS*610442*{d8}*{hm}*{ctl}*X*005010X222A1~"),
                Ln("x12").t("ST*837*0001*005010X222A1~"),
                Ln("x12").t(f"BHT*0019*00*BV{d6}{ctl:03d}*{d8}*{hm}*CH~"),
                Ln("x12").t("NM1*85*2*BAYVIEW ADULT DAY HEALTH EASTSIDE*****XX*1578902344~"),
                Ln("x12").t("HL*2*1*22*0~"), Ln("x12").t("SBR*P*18*******MC~")]
    out.append(Ln("x12").t("NM1*IL*1*").p(c["fam_a"].upper(), "name").t("*").p(c["giv_a"].upper(), "name").t("****MI*").p(c["cin"], "health_plan").t("~"))
    out.append(Ln("x12").t("N3*").p(c["addr"].upper(), "address").t("~"))
    out.append(Ln("x12").t("N4*").p(c["city"].upper(), "address").t("*CA*").p(c["zip"], "zip").t("~"))
    out.append(Ln("x12").t("DMG*D8*").p(fmt_date(c["dob"], "compact"), "date").t("*" + c["sex"] + "~"))
    amt = rng.choice(["76.27", "152.54", "228.81"])
    out.append(Ln("x12").t("CLM*").p(c["acct"] + "-" + TODAY.strftime("%m%d"), "account").t(f"*{amt}***99:B:1*Y*A*Y*Y~"))
    out.append(Ln("x12").t("REF*G1*").p("%011d" % rng.randint(0, 99999999999), "other_id").t("~"))
    out.append(Ln("x12").t("DTP*472*D8*").p(fmt_date(TODAY - dt.timedelta(days=rng.randint(0, 3)), "compact"), "date").t("~"))
    out += [Ln("x12").t("LX*1~"), Ln("x12").t(f"SV1*HC:S5102:U1*{amt}*UN*{int(float(amt) // 76.27)}***1~")]
    if rng.random() < 0.5:
        out.append(Ln("x12").t(f"SE*{rng.randint(20, 30)}*0001~"))
    return out


def p_twilio_reminder():
    tick()
    c = C()
    med = rng.choice(["Metformin 500mg", "Lisinopril 10mg", "Furosemide 20mg", "Eliquis 5mg", "Donepezil 10mg", "Amlodipine 5mg"])
    ln = Ln("django")
    ln.t(dj("INFO", "reminders.tasks") + "[send_med_reminder] to=").p("+1" + c["phone"], "phone").t(" client=").p(str(c["id"]), "mrn")
    ln.t(f" lang={c['lang'] if c['lang'] in ('es', 'vi') else 'en'} body=\"")
    if c["lang"] == "vi":
        ln.x([("Bà " if c["sex"] == "F" else "Ông "), (c["giv"], "name"), f" ơi, đến giờ uống thuốc {med}. Trả lời 1 khi đã uống."])
    elif c["lang"] == "es":
        ln.x([("Sra. " if c["sex"] == "F" else "Sr. "), (c["fam"], "name"), f", es hora de tomar {med}. Responda 1 cuando la tome."])
    else:
        ln.x(["Hi ", (c["giv_a"], "name"), f", time to take your {med} with lunch. Reply 1 when taken, 2 to snooze."])
    ln.t(f"\" sid=SM{hexs(32)}")
    return [ln]


def p_dispenser():
    tick()
    c = C()
    ln = Ln("iot_json" if rng.random() < 0.5 else "iot_kv")
    st = rng.choice(["MISSED", "TAKEN_LATE", "TAMPER", "LOW_BATTERY", "OFFLINE"])
    if ln.fam == "iot_kv":
        ln.t(dj("WARNING", "iot.dispenser") + "device_sn=").p(c["dispenser"], "device").t(" client_id=").p(str(c["id"]), "mrn")
        ln.t(f" slot={rng.randint(1, 28)} window=12:00-13:00 status={st} battery={rng.randint(5, 100)} fw=2.8.{rng.randint(0, 3)} mac=").p(c["mac"], "device")
        ln.t(" remote_ip=").p("%d.%d.%d.%d" % (rng.choice([73, 98, 24, 67, 76]), rng.randint(1, 254), rng.randint(1, 254), rng.randint(1, 254)), "ip")
    else:
        jdump(ln, {"ts": ts_isoz(), "src": "dispenser-gw", "deviceSerial": P(c["dispenser"], "device"), "clientRef": P("CL-%d" % c["id"], "mrn"),
                   "event": st, "slot": rng.randint(1, 28), "rssi": -rng.randint(40, 85), "fw": "2.8.1",
                   "escalateTo": P("+1" + c["cg_phone"], "phone")})
    return [ln]


# ---- caregiver messages
REL_ES = {"daughter": "hija", "son": "hijo", "wife": "esposa", "niece": "sobrina", "brother": "hermano", "grandson": "nieto", "daughter-in-law": "nuera", "neighbor": "vecina"}
REL_VI = {"daughter": "con gái", "son": "con trai", "wife": "vợ", "niece": "cháu", "brother": "em trai", "grandson": "cháu nội", "daughter-in-law": "con dâu", "neighbor": "hàng xóm"}


# how the caregiver refers to the client: rel -> lang -> (client male, client female)
REFS = {"daughter": {"en": ("father", "mother"), "es": ("papá", "mamá"), "vi": ("ba", "mẹ")},
        "son": {"en": ("father", "mother"), "es": ("papá", "mamá"), "vi": ("ba", "mẹ")},
        "daughter-in-law": {"en": ("father-in-law", "mother-in-law"), "es": ("suegro", "suegra"), "vi": ("ba chồng", "mẹ chồng")},
        "wife": {"en": ("husband", "husband"), "es": ("esposo", "esposo"), "vi": ("chồng", "chồng")},
        "niece": {"en": ("uncle", "aunt"), "es": ("tío", "tía"), "vi": ("chú", "cô")},
        "brother": {"en": ("brother", "sister"), "es": ("hermano", "hermana"), "vi": ("anh", "chị")},
        "grandson": {"en": ("grandfather", "grandmother"), "es": ("abuelo", "abuela"), "vi": ("ông", "bà")},
        "neighbor": {"en": ("neighbor", "neighbor"), "es": ("vecino", "vecina"), "vi": ("ông hàng xóm", "bà hàng xóm")}}


def ref(c, lang):
    return REFS[c["rel"]][lang][0 if c["sex"] == "M" else 1]


def msg_parts(c, kind):
    lang = c["lang"] if c["lang"] in ("es", "vi") else "en"
    fd = fut_date(1, 9)
    pd_ = past_date(1, 6)
    ph = fmt_phone(c["cg_phone"], rng.choice([0, 1, 8, 3]))
    he = c["sex"] == "M"
    if lang == "en":
        k = rng.choice([0, 1, 2, 4] + ([3, 3] if kind == "vm" else []))
        par = ref(c, "en")
        short = {"father": "Dad", "mother": "Mom"}.get(par, "My " + par)
        if k == 0:
            return lang, ["Hi this is ", (c["cgf"], "name"), ", ", (name_of(c, "fl"), "name"), "'s ", c["rel"], ". ", short,
                          " has a doctor appt on ", (f"{MONTH[fd.month-1]} {fd.day}", "date"), " so please skip ", "his" if he else "her",
                          " meal that day. Call me at ", (ph, "phone"), " if questions. Thanks"]
        if k == 1:
            return lang, ["This is ", (c["cg"], "name"), " calling for my ", par, ", client number ", (str(c["id"]), "mrn"),
                          ". ", "He" if he else "She", " was admitted to Regional on ", (fmt_date(pd_, "md"), "date"),
                          ". Please hold deliveries until further notice. My number is ", (ph, "phone"), "."]
        if k == 2:
            return lang, ["STOP meals for ", (name_of(c, "fl"), "name"), " thru ", (fmt_date(fd, "md"), "date"), " - in rehab at Alum Rock Post-Acute. -", (c["cgf"], "name")]
        if k == 3:
            return lang, ["hi this is ", (c["cg"].lower(), "name"), " calling about my ", par, " ", (c["giv_a"].lower(), "name"),
                          " the driver said nobody answered today ", "he" if he else "she", " was just at the um dialysis place ", "he's" if he else "she's", " fine sorry call me back at ", (ph, "phone")]
        return lang, ["Can you add ", (name_of(c, "fl"), "name"), " back on the route starting ", (fmt_date(fd, "us_short"), "date"),
                      "? ", "He" if he else "She", " got home from the hospital ", (fmt_date(pd_, "mon"), "date"), ". Address ", (c["addr"], "address"), " same as before."]
    if lang == "es":
        rel = REL_ES[c["rel"]]
        k = rng.randint(0, 2)
        if k == 0:
            return lang, ["Hola, soy ", (c["cgf"], "name"), ", ", rel, " de ", (name_of(c, "native"), "name"), ". Mi ", ref(c, "es"),
                          " no estará el " + DIA[fd.weekday()] + " ", (f"{fd.day} de {MES[fd.month-1]}", "date"), " porque tiene cita con el doctor. Mi número es ", (ph, "phone"), ". Gracias."]
        if k == 1:
            return lang, ["Buenas tardes, habla ", (c["cg"], "name"), ". Le hablo por ", "el señor " if he else "la señora ", (name_of(c, "native"), "name"),
                          ", salió del hospital el ", (f"{pd_.day:02d}/{pd_.month:02d}", "date"), " y ya puede recibir la comida otra vez. Dirección: ",
                          (c["addr"], "address"), ", ", (c["city"], "address"), "."]
        return lang, ["Mi ", ref(c, "es") + " ", (c["giv"], "name"), " ya no puede masticar bien, ¿pueden cambiar su dieta a comida suave? Gracias, ", (c["cgf"], "name")]
    rel = REL_VI[c["rel"]]
    k = rng.randint(0, 2)
    if k == 0:
        return lang, ["Alô, tôi là ", (c["cgf"], "name"), ", ", rel, " của ", "ông " if he else "bà ", (name_of(c, "native"), "name"), ". " + THU[fd.weekday()] + ", ngày ",
                      (f"{fd.day} tháng {fd.month}", "date"), " ", ref(c, "vi"), " tôi đi khám bác sĩ nên không cần giao cơm. Xin gọi lại số ", (ph, "phone"), ". Cảm ơn."]
    if k == 1:
        return lang, ["Chào anh chị, tôi là ", (c["cg"], "name"), ". ", ref(c, "vi").capitalize(), " tôi là ", (name_of(c, "native"), "name"), " nhập viện ngày ",
                      (f"{pd_.day}/{pd_.month}", "date"), ", xin ngưng giao cơm đến khi có thông báo."]
    return lang, ["Cô ơi, hôm nay tài xế không tới nhà ", "ông " if he else "bà ", (c["giv"], "name"), " ở ", (c["addr"], "address"), ". Gọi cho con số ", (ph, "phone"), " nhé."]


def C_msg():
    if rng.random() < 0.6:
        return rng.choice([c for c in CLIENTS if c["lang"] in ("es", "vi")])
    return C()


def p_sms_inbound():
    tick()
    c = C_msg()
    lang, parts = msg_parts(c, "sms")
    if rng.random() < 0.55:
        ln = Ln("twilio_webhook")
        ln.t(dj("INFO", "messaging.webhooks") + f"inbound POST /webhooks/twilio/sms/ body=ToCountry=US&ToState=CA&SmsMessageSid=SM{hexs(32)}&NumMedia=0&Body=")
        url_parts(ln, parts)
        ln.t("&FromCity=").p(urllib.parse.quote_plus(c["city"].upper()), "address").t("&FromState=CA&From=").p(urllib.parse.quote_plus("+1" + c["cg_phone"]), "phone")
        ln.t("&To=%2B1" + AG_PHONE + "&ApiVersion=2010-04-01")
        return [ln]
    ln = Ln("sms_kv")
    ln.t(dj("INFO", "messaging.inbox") + "sms.inbound from=").p("+1" + c["cg_phone"], "phone").t(" matched_client=").p(str(c["id"]), "mrn")
    ln.t(f" lang={lang} routed_to={rng.choice(STAFF[:2])} text=\"").x(parts).t('"')
    return [ln]


def p_voicemail():
    tick()
    c = C_msg()
    lang, parts = msg_parts(c, "vm")
    ln = Ln("voicemail_json")
    obj = {"CallSid": "CA" + hexs(32), "RecordingSid": "RE" + hexs(32), "From": P("+1" + c["cg_phone"], "phone"), "To": "+1" + AG_PHONE,
           "RecordingDuration": str(rng.randint(12, 80)), "TranscriptionStatus": "completed",
           "language": {"en": "en-US", "es": "es-US", "vi": "vi-VN"}[lang], "confidence": round(rng.uniform(0.6, 0.97), 2),
           "TranscriptionText": T(parts)}
    ln.t(dj("INFO", "voicemail.transcribe") + "transcription received: ")
    jdump(ln, obj, sep=(", ", ": "), ascii_=rng.random() < 0.4)
    return [ln]


def p_celery_fail():
    tick()
    c = C()
    k = rng.random()
    tid = uuid4()
    ln = Ln("celery")
    if k < 0.4:
        ln.t(cel("ERROR") + f"Task meals.tasks.geocode_client[{tid}] raised unexpected: GeocodeError(\"no match for '")
        ln.x(addr_parts(c)).t("' (client_id=").p(str(c["id"]), "mrn").t(")\")")
    elif k < 0.75:
        ln.t(cel("WARNING") + f"Task reminders.tasks.send_med_reminder[{tid}] retry: Retry in 300s: TwilioRestException(\"HTTP 400 error: Unable to create record: "
                              "The 'To' number ").p("+1" + c["phone"], "phone").t(" is not a valid mobile number.\")")
    else:
        ln.t(cel("ERROR") + f"Task portal.tasks.send_weekly_menu[{tid}] raised unexpected: SMTPRecipientsRefused({{'").p(c["cg_email"], "email")
        ln.t("': (550, b'5.1.1 The email account that you tried to reach does not exist.')})")
    return [ln]


def p_validation_error():
    tick()
    c = C()
    out = [Ln("django").t(dj("WARNING", "django.request", 241) + "Bad Request: /api/v2/clients/").p(str(c["id"]), "mrn").t("/")]
    bad = f"{c['dob'].month}/{c['dob'].day}/{c['dob'].year % 100:02d}"
    ln = Ln("django").t(dj("WARNING", "api.clients") + "client update rejected errors={'dob': ['Date has wrong format. Use one of these formats instead: YYYY-MM-DD.'], "
                                                       "'phone': ['Enter a valid phone number.']} submitted_dob='").p(bad, "date")
    ln.t("' submitted_phone='").p(c["phone"][:3] + "-" + c["phone"][3:6] + "-" + c["phone"][6:9], "phone").t(f"' user={rng.choice(STAFF)}")
    out.append(ln)
    return out


def p_pg_dup():
    tick()
    c = C()
    pid = rng.randint(20000, 40000)
    pre = f"{ts_pg()} [{pid}] meals_app@aaa_prod "
    col = rng.choice(["medicare_mbi", "medi_cal_cin", "ssn"])
    val = {"medicare_mbi": (c["mbi"], "health_plan"), "medi_cal_cin": (c["cin"], "health_plan"), "ssn": (c["ssn"].replace("-", ""), "ssn")}[col]
    out = [Ln("postgres").t(pre + f'ERROR:  duplicate key value violates unique constraint "clients_client_{col}_key"'),
           Ln("postgres").t(pre + f"DETAIL:  Key ({col})=(").p(*val).t(") already exists."),
           Ln("postgres").t(pre + f'STATEMENT:  INSERT INTO "clients_client" ("first_name", "last_name", "dob", "{col}", "created_at") VALUES ($1, $2, $3, $4, $5) RETURNING "clients_client"."id"')]
    return out


def p_audit_csv():
    tick()
    c = C()
    ln = Ln("audit_csv")
    ln.t(f'"{now().strftime("%Y-%m-%d %H:%M:%S")}.{ms()}-07","{rng.choice(STAFF)}","update","clients.client","').p(str(c["id"]), "mrn").t('","')
    k = rng.random()
    if k < 0.4:
        ln.t('{""phone"": [""').p(fmt_phone(c["phone"], 0), "phone").t('"", ""').p(fmt_phone(gen_phone(), 1), "phone").t('""]}"')
    elif k < 0.7:
        ln.t('{""street"": [""').p(c["addr"], "address").t('"", ""').p("%d %s" % (rng.randint(100, 4999), rng.choice(STREETS[c["city"]])), "address").t('""], ""route"": [""R07"", ""R11""]}"')
    else:
        ln.t('{""status"": [""active"", ""on_hold""], ""hold_reason"": [""None"", ""hospitalized ').p(fmt_date(past_date(), "us"), "date").t('""]}"')
    return [ln]


def p_nginx_portal():
    tick()
    c = C()
    ip = "%d.%d.%d.%d" % (rng.choice([73, 98, 24, 67, 108, 172, 76]), rng.randint(1, 254), rng.randint(1, 254), rng.randint(1, 254))
    ln = Ln("nginx")
    ln.p(ip, "ip").t(" - ").p(c["cg_user"], "other_id").t(f" [{ts_clf()}] \"GET /portal/clients/").p(str(c["id"]), "mrn")
    ln.t(f"/{rng.choice(['deliveries', 'menu', 'messages', 'invoices'])}/?month=2024-06 HTTP/2.0\" 200 {rng.randint(2000, 30000)} \"https://{DOMAIN}/portal/\" "
         f"\"Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1\" rt=0.{rng.randint(20, 400):03d}")
    return [ln]


def p_geocoder():
    tick()
    c = C()
    ln = Ln("django")
    ln.t(dj("INFO", "geo.census") + "geocoded client=").p(str(c["id"]), "mrn").t(' "').x(addr_parts(c)).t('" -> (')
    ln.p(f"{c['lat']:.5f}", "address").t(",").p(f"{c['lon']:.5f}", "address").t(") tract=").p(c["tract"], "address").t(" block=").p(c["block"], "address")
    ln.t(" match=" + rng.choice(["Exact", "Exact", "Non_Exact"]) + " benchmark=Public_AR_Current")
    return [ln]


def p_contribution():
    tick()
    c = C()
    ln = Ln("django")
    ln.t(dj("INFO", "billing.contributions") + "recorded contribution client=").p("CL-%d" % c["id"], "mrn").t(' name="').p(name_of(c, "lf"), "name")
    ln.t(f"\" amount={rng.choice(['3.00', '5.00', '2.50', '10.00', '20.00'])} method={rng.choice(['cash', 'check', 'envelope'])} envelope=ENV-0611-{rng.randint(1, 99):03d} "
         f"route={c['route']} suggested=3.00 means_test=false")
    return [ln]


def p_nacha():
    tick()
    c = C()
    acct = "%012d" % rng.randint(0, 999999999999)
    payer = (c["cg"].split()[-1] + " " + c["cg"].split()[0]).upper() if c["lang"] != "vi" else ascii_fold(c["cg"]).upper()
    payer = ascii_fold(payer)[:22]
    ln = Ln("nacha")
    ln.t(dj("DEBUG", "billing.ach") + "entry: 627" + "32117485" + "1").p(acct, "account").t(" " * (17 - len(acct))).t("%010d" % rng.choice([300, 500, 1000]))
    cid = str(c["id"])
    ln.p(cid, "mrn").t(" " * (15 - len(cid))).p(payer, "name").t(" " * (22 - len(payer))).t("  0" + "121000350000%03d" % rng.randint(1, 999))
    return [ln]


def p_micr():
    tick()
    c = C()
    acct = "%010d" % rng.randint(0, 9999999999)
    ln = Ln("ocr_kv")
    ln.t(dj("INFO", "ocr.envelopes") + f"envelope ENV-0611-{rng.randint(1, 99):03d} parsed conf=0.{rng.randint(80, 99)} payer=\"").p(name_of(c, "fl"), "name")
    ln.t(f"\" amount=${rng.choice(['5.00', '10.00', '25.00'])} micr=\"⑆321174851⑆ ").p(acct, "account").t(f"⑈ {rng.randint(1000, 9999)}\" for_client=").p(str(c["id"]), "mrn")
    return [ln]


def p_sendgrid_cg():
    tick()
    c = C()
    ln = Ln("sendgrid_json")
    jdump(ln, [{"email": P(c["cg_email"], "email"), "timestamp": epoch_ms() // 1000, "event": rng.choice(["delivered", "open", "bounce"]),
                "category": ["weekly_menu"], "client_id": P(str(c["id"]), "mrn"),
                "sg_event_id": alnum(22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
                "sg_message_id": alnum(22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + ".filterdrecv-7bf5c69d5-" + alnum(5, "abcdefghijklmnopqrstuvwxyz0123456789")}])
    return [ln]


def p_casenote():
    tick()
    c = C()
    d1 = past_date(5, 12)
    d2 = d1 + dt.timedelta(days=rng.randint(1, 4))
    d3 = d2 + dt.timedelta(days=1)
    ln = Ln("casenote")
    ln.t(dj("INFO", "casemgmt.notes") + f"note saved by {rng.choice(STAFF[:2])} for client ").p(str(c["id"]), "mrn").t(': "')
    k = rng.randint(0, 2)
    if k == 0:
        ln.t("Spoke w/ " + c["rel"] + " ").p(c["cgf"], "name")
        ln.t(" re: fall on ").p(fmt_date(d1, "us_short"), "date").t(", seen at Regional ER, d/c home ").p(fmt_date(d2, "md"), "date").t(". Pt is ")
        if c["age"] > 89:
            ln.p(str(c["age"]), "age").t(" y/o")
        else:
            ln.t(f"{c['age']} y/o")
        ln.t(", HOH, lives alone. Resume HDM ").p(fmt_date(d3, "md"), "date").t(". PCP Dr. " + rng.choice(DOCS)[0].split()[-1] + " faxed diet order (" + fmt_phone(rng.choice(DOCS)[2], 1) + ')."')
    elif k == 1:
        ln.t("Home visit. ").p(name_of(c, "fl"), "name").t(" reassessed, DETERMINE " + str(c["score"]) + ", wt loss ~8 lb since ").p(fmt_date(d1 - dt.timedelta(days=60), "mon"), "date")
        ln.t(". Family updates posted at ").p("https://www.caringbridge.org/visit/" + (c["giv_a"] + c["fam_a"]).lower().replace(" ", "").replace("'", "").replace("-", ""), "url")
        ln.t(" per " + c["rel"] + ". Referred to RD (skim) for supplements.\"")
    else:
        ln.t("TC from ").p(c["cg"], "name").t(" (" + c["rel"] + ", ").p(fmt_phone(c["cg_phone"], 1), "phone").t("): ")
        ln.t("he" if c["sex"] == "M" else "she").t(" is ")
        if c["age"] > 89:
            ln.p(str(c["age"]), "age")
        else:
            ln.t(str(c["age"]))
        ln.t(" and no longer safe alone per family; ADHC tour sched ").p(fmt_date(fut_date(2, 9), "us_nz"), "date").t(' 10am. Sent CBAS packet."')
    return [ln]


def p_aps():
    tick()
    c = C()
    ln = Ln("django")
    ln.t(dj("WARNING", "casemgmt.referrals") + "APS referral created case=").p("APS-24-%06d" % rng.randint(10000, 99999), "other_id").t(" client=").p(str(c["id"]), "mrn")
    ln.t(f" reason={rng.choice(['self-neglect', 'hoarding', 'suspected financial abuse'])} reporter=driver {rng.choice(DRIVERS)[1]} county_worker=\"SCC DAAS intake\" "
         f"hotline=1-800-414-2002 ticket=HD-{rng.randint(10000, 99999)}")
    return [ln]


def p_pickup_auth():
    tick()
    c = rng.choice(ADH)
    ln = Ln("adh_kv")
    ln.t(f"{ts_iso()} adh.transport authorized_pickup participant_id=").p(c["adh"], "mrn").t(' by="').p(c["cg"], "name").t(f'" rel={c["rel"]} dl=CA ')
    ln.p(gen_dl(), "license").t(" plate=").p(c["plate"], "vehicle").t(f' vehicle="{rng.choice(["2019 Honda CR-V gray", "2016 Toyota Sienna white", "2021 Kia Soul red"])}" verified_by=front_desk')
    return [ln]


def p_biometric():
    tick()
    c = rng.choice(ADH)
    ln = Ln("adh_kv")
    tpl = fake_b64(b"FMR\x00 20\x00\x00\x00\x01\x62\x00\x00\x01\x40\x01\xe0\x00\xc5\x00\xc5\x01\x00\x00\x00", 60)
    ev = rng.choice(["match", "enroll"])
    ln.t(f"{ts_iso()} adh.kiosk fingerprint_{ev} participant_id=").p(c["adh"], "mrn").t((f" score=0.{rng.randint(80, 99)}" if ev == "match" else f" nfiq2={rng.randint(45, 90)}") + " finger=R_INDEX template=").p(tpl, "biometric")
    ln.t(" kiosk=EASTSIDE-LOBBY-1")
    return [ln]


def p_volunteer_visit():
    tick()
    c = C()
    v = rng.choice(VOLS)
    ln = Ln("django")
    ln.t(dj("INFO", "volunteers.visits") + f"friendly visit logged volunteer={v[1]} ({v[0]}) client=").p(str(c["id"]), "mrn").t(' summary="Played cards w/ ')
    ln.t("Mr. " if c["sex"] == "M" else "Mrs. ").p(c["fam_a"], "name").t(", mentioned " + ("his " if c["sex"] == "M" else "her ") + c["rel"] + " ").p(c["cgf"], "name")
    ln.t(f' visits Sundays. Seemed more confused than last week." dur={rng.choice([45, 60, 90])}m mileage=7.4')
    return [ln]


def p_birthday():
    tick()
    cs = [rng.choice(OLD), rng.choice(CLIENTS)]
    if cs[0] is cs[1]:
        cs = cs[:1]
    tid = uuid4()
    ln = Ln("celery")
    ln.t(cel("INFO") + f"Task outreach.tasks.monthly_birthday_list[{tid}] succeeded in 0.{rng.randint(100, 900)}s: [")
    for i, c in enumerate(cs):
        if i:
            ln.t(", ")
        ln.t("{'client_id': ").p(str(c["id"]), "mrn").t(", 'name': '").p(name_of(c, "fl"), "name").t("', 'dob': '").p(fmt_date(c["dob"], "iso"), "date")
        ln.t("', 'age': ").p(str(c["age"]), "age" if c["age"] > 89 else None).t("}")
    ln.t("]")
    return [ln]


def p_driver_note():
    tick()
    c = C()
    ln = Ln("flutter_logcat")
    ln.t(logcat() + f"[StopNote] route={c['route']} stop={c['stop']} author={rng.choice(DRIVERS)[1]} note=\"")
    d = fut_date(1, 6)
    if c["lang"] == "es":
        ln.x(["Sra. " if c["sex"] == "F" else "Sr. ", (c["fam"], "name"), " dijo que su ", REL_ES[c["rel"]], " ", (c["cgf"], "name"),
              " lo lleva al doctor el " if c["sex"] == "M" else " la lleva al doctor el ", (f"{d.day:02d}/{d.month:02d}", "date"), ", no entregar"])
    elif c["lang"] == "vi":
        ln.x(["Bà " if c["sex"] == "F" else "Ông ", (c["giv"], "name"), " nói ", REL_VI[c["rel"]], " ", (c["cgf"], "name"), " đón đi bác sĩ ngày ",
              (f"{d.day}/{d.month}", "date"), " - no delivery"])
    else:
        ln.x([(c["giv_a"], "name"), " says ", c["rel"], " ", (c["cgf"], "name"), " taking ", "him" if c["sex"] == "M" else "her", " to cardiology ",
              (fmt_date(d, "mon"), "date"), ", skip that day"])
    ln.t('" synced=false')
    return [ln]


def p_elig():
    tick()
    c = C()
    ln = Ln("django")
    ln.t(dj("INFO", "eligibility.medi_cal") + "270/271 ok subscriber=").p(c["fam_a"].upper() + "*" + c["giv_a"].upper(), "name").t(" cin=").p(c["cin"], "health_plan")
    ln.t(" dob=").p(fmt_date(c["dob"], "oracle"), "date").t(" aid_code=" + rng.choice(["10", "14", "1H", "16"]) + " soc=$0 plan=\"SCFHP Medi-Cal\" elig_thru=")
    ln.p(fmt_date(dt.date(2024, 6, 30), "iso"), "date")
    return [ln]


def p_intake_csv_noheader_b():
    return p_intake_csv_block()


PHI = [(p_route_block, 5), (p_flutter_checkin, 9), (p_flutter_noanswer, 3), (p_wellness_json, 4), (p_wellness_slack, 3),
       (p_intake_csv_block, 3), (p_intake_json, 7), (p_referral_json, 2), (p_oaa_fixed_block, 3), (p_oaa_pipe_block, 3),
       (p_adh_attendance, 5), (p_adh_vitals, 4), (p_hl7_block, 3), (p_x12_block, 2), (p_twilio_reminder, 5), (p_dispenser, 5),
       (p_sms_inbound, 9), (p_voicemail, 9), (p_celery_fail, 4), (p_validation_error, 2), (p_pg_dup, 2), (p_audit_csv, 3),
       (p_nginx_portal, 4), (p_geocoder, 3), (p_contribution, 2), (p_nacha, 2), (p_micr, 2), (p_sendgrid_cg, 2), (p_casenote, 5),
       (p_aps, 2), (p_pickup_auth, 2), (p_biometric, 3), (p_volunteer_visit, 2), (p_birthday, 2), (p_driver_note, 4), (p_elig, 2)]


USES = {}


def wpick(pool):
    # weight decays with use so that formats stay spread over the file
    ws = [(f, w / (1.0 + USES.get(f, 0) / w)) for f, w in pool]
    tot = sum(w for _, w in ws)
    r = rng.uniform(0, tot)
    pick = ws[-1][0]
    for f, w in ws:
        r -= w
        if r <= 0:
            pick = f
            break
    USES[pick] = USES.get(pick, 0) + 1
    return pick


# ---------------------------------------------------------------- assemble
def build():
    lines = []
    # startup block
    for f in (n_config, n_config, n_migrate, n_celery_misc, n_celery_misc):
        lines += f()
    # make sure every PHI generator appears at least once, in a shuffled order merged with the weighted stream
    must = [f for f, _ in PHI]
    rng.shuffle(must)
    while len(lines) < NLINES:
        noise_n = sum(1 for l in lines if not l.sp)
        frac = noise_n / max(1, len(lines))
        want_noise = rng.random() < min(0.95, max(0.05, NOISE_TARGET + (NOISE_TARGET - frac) * 4))
        if want_noise:
            chunk = wpick(NOISE)()
        else:
            f = must.pop() if must and rng.random() < 0.5 else wpick(PHI)
            chunk = f()
        if len(lines) + len(chunk) > NLINES:
            continue
        lines += chunk
    return lines


def main():
    lines = build()
    assert len(lines) == NLINES, len(lines)
    out_log, out_lab = [], []
    for i, ln in enumerate(lines, 1):
        raw = bytes(ln.b)
        text = raw.decode("utf-8")
        assert "\n" not in text and "\r" not in text and text.strip(), (i, text)
        spans = []
        prev = -1
        for s, e, cat, val in ln.sp:
            assert raw[s:e] == val.encode("utf-8"), (i, val)
            assert s >= prev and e > s, (i, val)
            prev = e
            spans.append({"s": s, "e": e, "cat": cat})
        out_log.append(text)
        out_lab.append(json.dumps({"line": i, "family": ln.fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, f"{ID}.log"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out_log))
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out_lab) + "\n")
    # summary
    from collections import Counter
    cats = Counter(sp[2] for ln in lines for sp in ln.sp)
    fams = Counter(ln.fam for ln in lines)
    nophi = sum(1 for ln in lines if not ln.sp)
    print(f"lines={len(lines)} no_phi={nophi} ({100 * nophi / len(lines):.1f}%)")
    print("cats", dict(sorted(cats.items(), key=lambda kv: -kv[1])))
    print("families", len(fams), dict(sorted(fams.items(), key=lambda kv: -kv[1])))


if __name__ == "__main__":
    main()
