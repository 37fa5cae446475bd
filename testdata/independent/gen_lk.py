#!/usr/bin/env python3
"""Synthetic labeled log corpus "lk": a state medical cannabis program (patient
registry / caregiver cards) and a chain of licensed dispensaries.

Writes lk.log (500 lines) and lk.labels.jsonl next to this script.
Standard library only, deterministic (fixed seed, fixed start clock).
All people, cards, numbers and addresses are synthetic.

Labeling decisions:
- Patients, caregivers (designated caregivers are treated like relatives /
  guarantors of the patient) and relatives/emergency contacts named in a
  patient record are labeled. Budtenders, delivery drivers, managers,
  registry/service accounts, certifying physicians (name, NPI, clinic phone
  and fax), dispensaries, growers, vendors and the state agency are NOT.
- State medical cannabis patient licence numbers, caregiver card numbers,
  driver's licence / state ID numbers and physician certification form
  numbers of a patient -> license.
- AAMVA document discriminator (DCF) and registry application numbers ->
  other_id; POS customer ids, patient-portal usernames and registry
  patient ids -> other_id. Order, receipt, sale, cart, upload, trace,
  span and job ids are NOT labeled (they identify transactions, not people).
- Loyalty account numbers, bank accounts (also masked with last 4 digits)
  and payment card numbers (full or masked to last 4) of a patient -> account.
  SSN fragments (last 4) of a patient -> ssn.
- SoonerCare (Medicaid) member ids and Medicare MBIs -> health_plan.
  Clinic chart numbers on a physician certification -> mrn.
- Dates tied to the person are labeled date: birth dates, card/licence
  issue and expiration dates, certification exam/sign dates, caregiver
  designation dates, and sale/delivery (service) date-times in a record
  that identifies the patient. Log line timestamps, file dates and report
  run dates are not labeled.
- Ages are labeled only when over 89; younger ages stay unlabeled.
- Addresses: street line and city are separate address spans; county is an
  address span; state is never labeled; ZIP (5 or 9 digits, incl. the
  AAMVA zero-padded form) -> zip. Geocodes are labeled address only when
  they are a patient's drop-off / home location; a driver's own GPS
  fixes en route are not labeled. Dispensary/business addresses are not.
- Phone numbers, fax numbers and e-mails of patients/caregivers are
  labeled; store, staff, physician and no-reply contacts are not.
- Public IP of a patient (portal logins, e-mail open events) -> ip;
  internal 10.x/172.16.x/192.168.x addresses and relay/server IPs are not.
- Patient phone/app device ids (Android ID, IDFV, push device ids) ->
  device; POS terminal, scanner, printer and driver-handset serials are not.
- Patient vehicle licence plates (curbside pickup) -> vehicle; delivery
  fleet plates are not.
- Base64 portrait images from the ID scanner -> photo; face-match
  templates -> biometric.
- Personalized referral URLs containing a patient's handle -> url.
- A name given as only a first name in a message to/about the patient is
  still labeled name.
"""
import base64
import json
import os
import random
import unicodedata
from datetime import date, datetime, timedelta

R = random.Random(0x1C4A1)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "lk"
N_LINES = 500
REF_DAY = date(2024, 5, 17)


# ----------------------------------------------------------------- builder
class P:
    """A PHI value inside a line (cat None -> plain text)."""
    __slots__ = ("v", "c")

    def __init__(self, v, c):
        self.v = str(v)
        self.c = c


def _flat(parts):
    for p in parts:
        if isinstance(p, (list, tuple)):
            yield from _flat(p)
        else:
            yield p


def mk(family, *parts):
    buf = bytearray()
    spans = []
    for p in _flat(parts):
        if isinstance(p, P):
            b = p.v.encode("utf-8")
            st = len(buf)
            buf += b
            if p.c:
                spans.append({"s": st, "e": len(buf), "cat": p.c, "_v": p.v})
        else:
            buf += str(p).encode("utf-8")
    return {"family": family, "buf": bytes(buf), "spans": spans}


def J(obj, sep=(",", ":")):
    """JSON serialise obj into parts; P values become spans."""
    out = []

    def enc(x):
        if isinstance(x, P):
            d = json.dumps(x.v, ensure_ascii=False)
            assert d[1:-1] == x.v, x.v
            out.extend(['"', x, '"'])
        elif isinstance(x, N):
            out.append(x.p)
        elif isinstance(x, dict):
            out.append("{")
            for i, (k, v) in enumerate(x.items()):
                if i:
                    out.append(sep[0])
                out.append(json.dumps(k) + sep[1])
                enc(v)
            out.append("}")
        elif isinstance(x, (list, tuple)):
            out.append("[")
            for i, v in enumerate(x):
                if i:
                    out.append(sep[0])
                enc(v)
            out.append("]")
        else:
            out.append(json.dumps(x, ensure_ascii=False))

    enc(obj)
    return out


class N:
    """A labeled bare JSON number."""
    __slots__ = ("p",)

    def __init__(self, v, c):
        self.p = P(v, c)


# ------------------------------------------------------------------ clock
T = [datetime(2024, 5, 17, 5, 52, 10, 118000)]
TZ = "-05:00"


def tick(lo=1, hi=95):
    T[0] += timedelta(seconds=R.randint(lo, hi), milliseconds=R.randint(0, 999))


def now(ms_add=0):
    return T[0] + timedelta(milliseconds=ms_add)


def ts_iso(d=None, tz=True):
    d = d or now()
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d" % (d.microsecond // 1000) + (TZ if tz else "")


def ts_utc(d=None):
    d = (d or now()) + timedelta(hours=5)
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (d.microsecond // 1000)


def ts_sp(d=None):
    d = d or now()
    return d.strftime("%Y-%m-%d %H:%M:%S")


def ts_comma(d=None):
    d = d or now()
    return d.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (d.microsecond // 1000)


def ts_logcat(d=None):
    d = d or now()
    return d.strftime("%m-%d %H:%M:%S.") + "%03d" % (d.microsecond // 1000)


def ts_clf(d=None):
    d = d or now()
    return d.strftime("%d/%b/%Y:%H:%M:%S -0500")


def ts_syslog(d=None):
    d = d or now()
    return d.strftime("%b %d %H:%M:%S")


def ts_win(d=None):
    d = d or now()
    h = d.hour % 12 or 12
    return "%d/%d/%d %d:%02d:%02d %s" % (d.month, d.day, d.year, h, d.minute, d.second,
                                        "AM" if d.hour < 12 else "PM")


def epoch_ms(d=None):
    d = (d or now()) + timedelta(hours=5)
    return int((d - datetime(1970, 1, 1)).total_seconds() * 1000)


# ------------------------------------------------------------------ pools
FIRST = ["Rosa", "Chidi", "Mei-Ling", "Dmitri", "Aaliyah", "Tomás", "Siobhán", "Oluwaseun",
         "Priya", "Kwame", "Hiroshi", "Fatima", "Jean-Luc", "Björn", "Ngozi", "Anh", "Lakshmi",
         "Mateo", "Wren", "Delores", "Earl", "Bobbie Jo", "Cheyenne", "Tallulah", "Yusuf",
         "Ximena", "Lars", "Nadia", "Giovanni", "Thanh", "Esperanza", "Rhiannon", "Tyrell",
         "Ifeoma", "Kateri", "Wilhelmina", "Otis", "Mildred", "Eun-ji", "Ravi", "Zofia", "Dawit",
         "Consuelo", "Henrik", "Marisol", "Jolene", "Cletus", "Maeve", "Darnell", "Sung-min",
         "Imani", "Luis Ángel", "Opal", "Vernon", "Hoang", "Beatriz"]
LAST = ["Garcia", "Okafor", "Nguyễn", "Washington", "Al-Farsi", "O'Connor-Reyes", "de la Cruz",
        "van der Berg", "Kowalczyk", "Ramírez", "Yazzie", "Chen", "Patel", "Haddad", "Schmidt",
        "Johansson", "Mbeki", "Tanaka", "Lefèvre", "Begay", "Smith-Whitehorse", "Rodríguez Peña",
        "MacLeod", "Abernathy", "Pham", "Kim", "Dubois", "Novak", "Tsosie", "Fitzgerald",
        "St. Clair", "Mendoza", "Bui", "Adeyemi", "Castellanos", "Iyer", "Horvath", "Whitfield",
        "Le", "Ali", "Goldberg", "Standing Bear", "Hernández-Ortiz", "D'Angelo", "LaRue",
        "Oyelaran", "Tran", "Kaczmarek", "Bighorse", "Sørensen", "McAlester", "Quiñones"]
MIDDLE = ["M", "J", "A", "L", "R", "T", "E", "K", "D", "S", "Marie", "Lee", "Ann", "Ray", "", "", "", ""]

CITIES = [
    ("Oklahoma City", "Oklahoma", ["73103", "73106", "73107", "73112", "73118", "73120", "73122", "73132"], 35.4676, -97.5164),
    ("Tulsa", "Tulsa", ["74104", "74105", "74112", "74115", "74120", "74133", "74136"], 36.1540, -95.9928),
    ("Norman", "Cleveland", ["73069", "73071", "73072"], 35.2226, -97.4395),
    ("Edmond", "Oklahoma", ["73003", "73013", "73034"], 35.6528, -97.4781),
    ("Broken Arrow", "Tulsa", ["74011", "74012", "74014"], 36.0526, -95.7908),
    ("Lawton", "Comanche", ["73501", "73505", "73507"], 34.6036, -98.3959),
    ("Moore", "Cleveland", ["73160", "73170"], 35.3395, -97.4867),
    ("Stillwater", "Payne", ["74074", "74075"], 36.1156, -97.0584),
    ("Muskogee", "Muskogee", ["74401", "74403"], 35.7479, -95.3697),
    ("Enid", "Garfield", ["73701", "73703"], 36.3956, -97.8784),
    ("Shawnee", "Pottawatomie", ["74801", "74804"], 35.3273, -96.9253),
    ("Tahlequah", "Cherokee", ["74464"], 35.9154, -94.9700),
    ("Midwest City", "Oklahoma", ["73110", "73130"], 35.4495, -97.3967),
    ("Sand Springs", "Tulsa", ["74063"], 36.1398, -96.1089),
    ("Guthrie", "Logan", ["73044"], 35.8789, -97.4253),
]
OOS_CITIES = {
    "TX": [("Wichita Falls", "Wichita", ["76301", "76308"], 33.9137, -98.4934), ("Amarillo", "Potter", ["79106", "79109"], 35.2220, -101.8313)],
    "KS": [("Wichita", "Sedgwick", ["67202", "67212"], 37.6872, -97.3301), ("Coffeyville", "Montgomery", ["67337"], 37.0373, -95.6164)],
    "AR": [("Fort Smith", "Sebastian", ["72901", "72903"], 35.3859, -94.3985)],
}
STREETS = ["NW 36th St", "N Classen Blvd", "S Yale Ave", "E 71st St", "N May Ave", "SW 44th St",
           "W Britton Rd", "E Admiral Pl", "S Peoria Ave", "Cedar Ridge Dr", "Lakeview Ct",
           "N Porter Ave", "E Lindsey St", "Sooner Rd", "W Main St", "Quail Creek Rd",
           "S Boulder Ave", "County Road 1350", "Rock Creek Rd", "N Aspen Ave", "E Robinson St",
           "Persimmon Ln", "Redbud Cir", "Timber Trl", "NE 23rd St", "S Harvard Ave"]
UNITS = ["", "", "", "", " Apt 4B", " Unit 12", " #207", " Lot 31", " Apt 1102"]
AREAS = ["405", "918", "580", "539", "572"]
MAILDOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "proton.me",
           "cox.net", "att.net", "sbcglobal.net"]
STRAINS = ["Blue Dream", "Gelato #41", "Ghost Train Haze", "GMO Cookies", "Wedding Cake",
           "Purple Punch", "Sour Diesel", "Granddaddy Purple", "Runtz", "Durban Poison"]
CONDS = ["chronic pain", "insomnia", "PTSD", "anxiety", "migraine", "nausea", "glaucoma"]

STORES = [
    ("midtown", "GreenLeaf Wellness - Midtown", "DAAA-7HQF-21KD", "1200 N Walker Ave, Oklahoma City, OK 73103", "(405) 555-0100"),
    ("cherry-st", "GreenLeaf Wellness - Cherry Street", "DAAA-2MXC-88TR", "1536 E 15th St, Tulsa, OK 74120", "(918) 555-0117"),
    ("campus", "GreenLeaf Wellness - Campus Corner", "DAAA-9PLE-43WB", "740 Asp Ave, Norman, OK 73069", "(405) 555-0131"),
]
BUDTENDERS = [("Kayla Morales", "kmorales"), ("Jamal Price", "jprice"), ("Sierra Whitebird", "swhitebird"),
              ("Trevor Nix", "tnix"), ("Ana Lucía Vega", "avega"), ("Brittany Osei", "bosei")]
DRIVERS = [("Devonte Hicks", "dhicks", "OK FLT-2291"), ("Cody Ballard", "cballard", "OK FLT-2307")]
PHYS = [("Dr. Anjali Raman, DO", "1497758544", "Sooner Wellness Evaluations", "(405) 555-0177"),
        ("Dr. Marcus T. Feld, MD", "1063512897", "Green Country Cannabis Clinic", "(918) 555-0162"),
        ("Dr. Leilani Kahale, DO", "1821094476", "Red Dirt Medical Evaluations", "(580) 555-0149")]


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace("ø", "o").replace("Ø", "O")


def alnum(n, chars="ABCDEFGHJKLMNPQRSTUVWXYZ23456789"):
    return "".join(R.choice(chars) for _ in range(n))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def luhn_complete(prefix, length=16):
    num = prefix + digits(length - len(prefix) - 1)
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return num + str((10 - tot % 10) % 10)


def ssn():
    while True:
        a = R.randint(100, 772)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    A = L + "0123456789"
    s = (str(R.randint(1, 9)) + R.choice(L) + R.choice(A) + str(R.randint(0, 9)) + R.choice(L) +
         R.choice(A) + str(R.randint(0, 9)) + R.choice(L) + R.choice(L) + digits(2))
    return s


def pub_ip():
    return "%d.%d.%d.%d" % (R.choice([24, 47, 63, 68, 70, 72, 98, 107, 108, 174, 184, 199, 207]),
                            R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def dlnum(st):
    if st == "OK":
        return R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(9)
    if st == "TX":
        return digits(8)
    if st == "KS":
        return "K" + digits(8)
    return digits(9)


class Person:
    pass


def make_person(old=False, kind="patient"):
    p = Person()
    p.first = R.choice(FIRST)
    p.last = R.choice(LAST)
    p.mi = R.choice(MIDDLE)
    if old:
        p.dob = date(R.randint(1928, 1933), R.randint(1, 12), R.randint(1, 28))
    else:
        p.dob = date(R.randint(1944, 2005), R.randint(1, 12), R.randint(1, 28))
    p.age = REF_DAY.year - p.dob.year - ((REF_DAY.month, REF_DAY.day) < (p.dob.month, p.dob.day))
    p.st = R.choice(["OK"] * 12 + ["TX", "KS", "AR"])
    p.state = p.st
    city = R.choice(CITIES) if p.st == "OK" else R.choice(OOS_CITIES[p.st])
    p.city, p.county = city[0], city[1]
    p.zip = R.choice(city[2])
    p.zip4 = p.zip + "-" + digits(4)
    p.street = "%d %s%s" % (R.randint(100, 19999), R.choice(STREETS), R.choice(UNITS))
    p.lat = round(city[3] + R.uniform(-0.07, 0.07), 5)
    p.lng = round(city[4] + R.uniform(-0.07, 0.07), 5)
    p.area = R.choice(AREAS)
    p.phone10 = p.area + "555" + "%04d" % R.choice(list(range(100, 200)) + list(range(2000, 9999, 7)))
    p.fax10 = p.area + "555" + "%04d" % R.randint(100, 199)
    f, l = fold(p.first).lower().replace(" ", "").replace("-", ""), fold(p.last).lower().replace(" ", "").replace("'", "").replace(".", "")
    p.email = R.choice([f + "." + l, f[0] + l + str(p.dob.year % 100), l + f[:3], f + l[:1] + str(R.randint(1, 999)),
                        f + "_" + l]) + "@" + R.choice(MAILDOM)
    p.user = R.choice([f + l[:1] + str(p.dob.year % 100), f[0] + l, l + str(R.randint(10, 99)), f + "." + l])
    p.dl = dlnum(p.st)
    p.lic = "PA" + alnum(2) + "-" + alnum(4) + "-" + alnum(4) if kind == "patient" else "CG" + alnum(2) + "-" + alnum(4) + "-" + alnum(4)
    p.lic_issue = date(R.choice([2022, 2023, 2023, 2024]), R.randint(1, 12), R.randint(1, 28))
    if p.lic_issue > REF_DAY:
        p.lic_issue = date(2023, p.lic_issue.month, p.lic_issue.day)
    p.lic_exp = date(p.lic_issue.year + 2, p.lic_issue.month, p.lic_issue.day)
    p.dl_iss = date(R.randint(2017, 2023), R.randint(1, 12), R.randint(1, 28))
    p.dl_exp = date(p.dl_iss.year + 4, p.dob.month, p.dob.day)
    if p.dl_exp <= REF_DAY:
        p.dl_exp = date(p.dl_exp.year + 4, p.dob.month, p.dob.day)
    p.dcf = digits(R.randint(10, 14)) if R.random() < .5 else alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(9)
    p.cust = R.randint(10010, 98990)
    p.loyalty = "GL" + digits(9)
    p.medicaid = digits(9) if R.random() < .35 else ""
    p.mbi = mbi() if (not p.medicaid and p.age >= 65) else ""
    p.phys = R.randrange(3)
    p.mrn = ["SWE-", "GCC", "RD-"][p.phys] + digits(6)
    p.cert = "PC-" + digits(4) + "-" + alnum(5)
    p.app = "APP-2024-%07d" % R.randint(100000, 9999999)
    p.ssn = ssn()
    p.ip = pub_ip()
    p.dev = R.choice([digits(0) + "".join(R.choice("0123456789abcdef") for _ in range(16)),
                      "-".join("".join(R.choice("0123456789ABCDEF") for _ in range(n)) for n in (8, 4, 4, 4, 12))])
    p.plate = R.choice(["%s-%s" % (alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ"), digits(3)), alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(3),
                        digits(3) + alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ")])
    p.pan = luhn_complete(R.choice(["4", "51", "52", "6011"]))
    p.bank4 = digits(4)
    p.sex = R.choice(["1", "2"])
    p.fem = p.sex == "2"
    p.cg = None
    return p


PATIENTS = [make_person(old=(i % 11 == 3)) for i in range(64)]
CAREGIVERS = [make_person(kind="caregiver") for _ in range(22)]
for i, cg in enumerate(CAREGIVERS):
    pt = PATIENTS[(i * 3) % len(PATIENTS)]
    pt.cg = cg
    cg.desig = date(R.choice([2023, 2024]), R.randint(1, 4), R.randint(1, 28))
    if R.random() < .6:  # caregiver lives with / near patient
        cg.last = pt.last


def pt():
    return R.choice(PATIENTS)


def pt_cg():
    return R.choice([p for p in PATIENTS if p.cg])


def pt_old():
    return R.choice([p for p in PATIENTS if p.age > 89])


# --------------------------------------------------------------- formatting
def nm(p, style=None):
    style = style or R.choice(["full", "full", "fml", "lf", "LFU", "up", "low", "init", "first_last_mi"])
    mi = p.mi
    if style == "full":
        return "%s %s" % (p.first, p.last)
    if style == "fml":
        return "%s %s%s %s" % (p.first, mi, "." if len(mi) == 1 else "", p.last) if mi else "%s %s" % (p.first, p.last)
    if style == "lf":
        return "%s, %s" % (p.last, p.first)
    if style == "LFU":
        return ("%s, %s %s" % (p.last, p.first, mi[:1])).upper().rstrip()
    if style == "up":
        return ("%s %s" % (p.first, p.last)).upper()
    if style == "low":
        return ("%s %s" % (p.first, p.last)).lower()
    if style == "init":
        return "%s. %s" % (p.first[0], p.last)
    return "%s %s %s" % (p.first, p.last, mi[:1]) if mi else "%s %s" % (p.first, p.last)


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"]


def df(d, style=None):
    style = style or R.choice(["iso", "us", "us_short", "compact", "dmy_mon", "long", "slash_iso"])
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_short":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "aamva":
        return d.strftime("%m%d%Y")
    if style == "dmy_mon":
        return "%02d-%s-%d" % (d.day, MON[d.month - 1], d.year)
    if style == "DMY_MON":
        return ("%02d-%s-%d" % (d.day, MON[d.month - 1], d.year)).upper()
    if style == "long":
        return "%s %d, %d" % (MONTH[d.month - 1], d.day, d.year)
    if style == "slash_iso":
        return d.strftime("%Y/%m/%d")
    if style == "us2":
        return d.strftime("%m-%d-%Y")
    raise ValueError(style)


def ph(p, style=None, fax=False):
    n = p.fax10 if fax else p.phone10
    style = style or R.choice(["paren", "dash", "dot", "plain", "e164", "e164", "one"])
    a, b, c = n[:3], n[3:6], n[6:]
    return {"paren": "(%s) %s-%s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c), "dot": "%s.%s.%s" % (a, b, c),
            "plain": n, "e164": "+1" + n, "one": "1-%s-%s-%s" % (a, b, c)}[style]


def card_fmt(p, style=None):
    style = style or R.choice(["dash", "dash", "plain"])
    return p.lic if style == "dash" else p.lic.replace("-", "")


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def pkg_tag():
    return "1A40603000%s%s" % (alnum(4, "0123456789ABCDEF"), digits(10))


def store():
    return R.choice(STORES)


def bud():
    return R.choice(BUDTENDERS)


def ulid():
    return "01HY" + alnum(22, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def order_no():
    return "ORD-240517-%04d" % R.randint(20, 400)


def rcpt():
    return "S-%d" % R.randint(88000, 89999)


def age_part(p):
    """Age as text: labeled only when > 89."""
    return P(p.age, "age" if p.age > 89 else None)


# ======================================================= PHI generators
def g_registry_verify():
    p = pt()
    s = store()
    ms = R.randint(90, 900)
    body = {"licenseNumber": P(p.lic, "license"), "licenseType": "PATIENT", "status": "ACTIVE",
            "firstName": P(p.first, "name"), "lastName": P(p.last, "name"),
            "dateOfBirth": P(df(p.dob, "iso"), "date"), "county": P(p.county, "address"),
            "issueDate": P(df(p.lic_issue, "iso"), "date"), "expirationDate": P(df(p.lic_exp, "iso"), "date")}
    if p.medicaid:
        body["reducedFeeProgram"] = "SOONERCARE"
        body["soonerCareMemberId"] = P(p.medicaid, "health_plan")
    elif p.mbi:
        body["reducedFeeProgram"] = "MEDICARE"
        body["medicareBeneficiaryId"] = P(p.mbi, "health_plan")
    else:
        body["reducedFeeProgram"] = None
    body["caregiverLicenseNumbers"] = [P(p.cg.lic, "license")] if p.cg else []
    if R.random() < .3:
        body["photo"] = {"contentType": "image/jpeg", "base64": P(b64img(R.randint(90, 180)), "photo"), "truncated": True}
    return [mk("registry_json", ts_iso(), " [registry-client] INFO  GET https://api.mmj-registry.ok.example/v2/patients/",
               P(p.lic, "license"), "/verify store=%s -> 200 (%d ms) body=" % (s[0], ms), J(body))]


def g_registry_caregiver():
    p = pt_cg()
    cg = p.cg
    body = {"caregiverCardNumber": P(cg.lic, "license"), "cardStatus": "Active",
            "caregiver": {"name": {"given": P(cg.first, "name"), "family": P(cg.last, "name")},
                          "dob": P(df(cg.dob, "us"), "date"), "phone": P(ph(cg), "phone"),
                          "fax": P(ph(cg, "dash", fax=True), "fax") if R.random() < .3 else None,
                          "mailingAddress": {"line1": P(cg.street, "address"), "city": P(cg.city, "address"),
                                             "state": cg.state, "postalCode": P(cg.zip, "zip")}},
            "designatedPatients": [{"patientLicense": P(p.lic, "license"),
                                    "designationDate": P(df(cg.desig, "us"), "date")}],
            "maxPatients": 1}
    return [mk("registry_json", "[", ts_sp(), "] registry.caregiver.lookup status=200 trace_id=", hexs(32), " resp=",
               J(body, (", ", ": ")))]


def g_registry_404():
    p = pt()
    s = store()
    return [mk("registry_json", ts_iso(), " [registry-client] WARN  GET /v2/patients/", P(card_fmt(p), "license"),
               "/verify -> 404 ",
               '{"error":"LICENSE_NOT_FOUND","message":"No patient license matches ', P(card_fmt(p), "license"),
               '","requestId":"', uuid4(), '"} register=REG-0%d store=%s' % (R.randint(1, 5), s[0]))]


def g_registry_portal_app():
    p = pt()
    fee = "104.30" if not (p.medicaid or p.mbi) else "20.00"
    parts = [ts_comma(), " INFO  [https-jsse-nio-8443-exec-%d] g.o.m.portal.ApplicationService - Application " % R.randint(1, 40),
             P(p.app, "other_id"), " submitted: applicant=", P(nm(p, R.choice(["full", "fml"])), "name"),
             " ssn=", P(p.ssn, "ssn"), " dob=", P(df(p.dob, "iso"), "date"), " email=", P(p.email, "email"),
             " county=", P(p.county, "address"), " fee=", fee]
    if p.medicaid:
        parts += [" reducedFee=SOONERCARE(", P(p.medicaid, "health_plan"), ")"]
    elif p.mbi:
        parts += [" reducedFee=MEDICARE(", P(p.mbi, "health_plan"), ")"]
    if R.random() < .35:
        parts += [" fax=", P(ph(p, "dash", fax=True), "fax")]
    return [mk("registry_portal", *parts)]


def g_registry_portal_val():
    p = pt()
    last4 = p.ssn[-4:]
    return [mk("registry_portal", ts_comma(), " WARN  [https-jsse-nio-8443-exec-%d] g.o.m.portal.IdentityProofing - " % R.randint(1, 40),
               "LexID mismatch for application ", P(p.app, "other_id"), ": ssn_last4=", P(last4, "ssn"),
               " name='", P(nm(p, "LFU"), "name"), "' dob=", P(df(p.dob, "us"), "date"),
               " addr='", P(fold(p.street).upper(), "address"), " ", P(p.city.upper(), "address"), " %s " % p.state,
               P(p.zip, "zip"), "' score=%d threshold=70 -> MANUAL_REVIEW" % R.randint(20, 69))]


def soap_env_single(p, cg):
    return ['<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>',
            '<ns2:VerifyCaregiverResponse xmlns:ns2="urn:ok:omma:registry:caregiver:v1"><ns2:Result>VALID</ns2:Result>',
            '<ns2:CaregiverCard><ns2:CardNumber>', P(cg.lic, "license"), '</ns2:CardNumber><ns2:LastName>',
            P(cg.last.upper(), "name"), '</ns2:LastName><ns2:FirstName>', P(cg.first.upper(), "name"),
            '</ns2:FirstName><ns2:ExpirationDate>', P(df(cg.lic_exp, "iso"), "date"),
            '</ns2:ExpirationDate></ns2:CaregiverCard><ns2:Patient><ns2:LicenseNumber>', P(p.lic, "license"),
            '</ns2:LicenseNumber><ns2:DateOfBirth>', P(df(p.dob, "iso"), "date"),
            '</ns2:DateOfBirth></ns2:Patient></ns2:VerifyCaregiverResponse></soap:Body></soap:Envelope>']


def g_soap_single():
    p = pt_cg()
    return [mk("registry_soap", ts_comma(), " INFO  [org.apache.cxf.services.CaregiverVerificationService.CaregiverVerificationPort.RESP_IN] - RESP_IN\\n",
               "    Address: https://soap.mmj-registry.ok.example/CaregiverVerification.svc\\n    Content-Type: text/xml; charset=utf-8\\n",
               "    ResponseCode: 200\\n    ExchangeId: ", uuid4(), "\\n    Payload: ", soap_env_single(p, p.cg))]


def g_soap_multi():
    p = pt_cg()
    cg = p.cg
    out = []
    F = "registry_soap"
    out.append(mk(F, ts_comma(), " DEBUG [pool-3-thread-%d] RegistrySoapClient - <<< VerifyCaregiverResponse (%d ms)" % (R.randint(1, 8), R.randint(120, 2400))))
    out.append(mk(F, '<?xml version="1.0" encoding="utf-8"?>'))
    out.append(mk(F, '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">'))
    out.append(mk(F, '  <s:Header><ActivityId CorrelationId="', uuid4(), '" xmlns="http://schemas.microsoft.com/2004/09/ServiceModel/Diagnostics">', uuid4(), '</ActivityId></s:Header>'))
    out.append(mk(F, '  <s:Body>'))
    out.append(mk(F, '    <VerifyCaregiverResult xmlns="urn:ok:omma:registry:caregiver:v1" xmlns:i="http://www.w3.org/2001/XMLSchema-instance">'))
    out.append(mk(F, '      <CardNumber>', P(cg.lic, "license"), '</CardNumber>'))
    out.append(mk(F, '      <CardStatus>ACTIVE</CardStatus>'))
    out.append(mk(F, '      <HolderName>', P(nm(cg, R.choice(["LFU", "up"])), "name"), '</HolderName>'))
    out.append(mk(F, '      <HolderDOB>', P(df(cg.dob, "iso") + "T00:00:00", "date"), '</HolderDOB>'))
    if R.random() < .5:
        out.append(mk(F, '      <HolderPhone>', P(ph(cg, "plain"), "phone"), '</HolderPhone>'))
    if R.random() < .4:
        out.append(mk(F, '      <HolderFax>', P(ph(cg, "plain", fax=True), "fax"), '</HolderFax>'))
    out.append(mk(F, '      <Patients>'))
    out.append(mk(F, '        <PatientRef><LicenseNumber>', P(p.lic, "license"), '</LicenseNumber><LastName>',
                  P(p.last.upper(), "name"), '</LastName><DesignatedOn>', P(df(cg.desig, "iso"), "date"), '</DesignatedOn></PatientRef>'))
    out.append(mk(F, '      </Patients>'))
    out.append(mk(F, '      <Expiration>', P(df(cg.lic_exp, "iso") + "T23:59:59", "date"), '</Expiration>'))
    out.append(mk(F, '    </VerifyCaregiverResult>'))
    out.append(mk(F, '  </s:Body>'))
    out.append(mk(F, '</s:Envelope>'))
    return out


def g_cert_upload():
    p = pt()
    ph_ = PHYS[p.phys]
    d = REF_DAY - timedelta(days=R.randint(1, 25))
    ctx = {"upload_id": ulid(), "patient_id": N(p.cust, "other_id"), "patient_name": P(nm(p, R.choice(["full", "lf"])), "name"),
           "patient_dob": P(df(p.dob, "us"), "date"), "physician": ph_[0], "physician_npi": ph_[1],
           "clinic_chart_no": P(p.mrn, "mrn"), "cert_number": P(p.cert, "license"), "signed_on": P(df(d, "iso"), "date"),
           "file": "certs/2024/05/17/%s.pdf" % hexs(12), "bytes": R.randint(90000, 2400000), "mime": "application/pdf"}
    return [mk("cert_upload", "[", ts_sp(), "] production.INFO: Physician certification uploaded ", J(ctx), " []")]


def g_cert_ocr():
    p = pt()
    ph_ = PHYS[p.phys]
    d = REF_DAY - timedelta(days=R.randint(1, 40))
    return [mk("cert_ocr", ts_syslog(), " certsvc01 cert-ocr[%d]: job=ocr-%d page=1/2 conf=0.%d extracted: " % (R.randint(2000, 9000), R.randint(7000, 9999), R.randint(81, 99)),
               "PATIENT NAME: ", P(nm(p, "LFU"), "name"), " | DOB: ", P(df(p.dob, R.choice(["DMY_MON", "us"])), "date"),
               " | ADDRESS: ", P(fold(p.street).upper(), "address"), " ", P(p.city.upper(), "address"), " %s " % p.state, P(p.zip, "zip"),
               " | PHONE: ", P(ph(p, "paren"), "phone"), " | CHART #: ", P(p.mrn, "mrn"), " | PHYSICIAN: ", fold(ph_[0]).upper(),
               " | NPI: ", ph_[1], " | EXAM DATE: ", P(df(d, "us"), "date"))]


def g_nginx_portal():
    p = pt()
    path = R.choice(["/account/profile?u=%s", "/api/v1/users/%s/orders?limit=10", "/u/%s/rewards"])
    pre, post = path.split("%s")
    ua = R.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
                   "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.179 Mobile Safari/537.36",
                   "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"])
    return [mk("nginx", P(p.ip, "ip"), " - - [", ts_clf(), '] "GET ', pre, P(p.user, "other_id"), post,
               ' HTTP/2.0" 200 %d "https://shop.greenleafok.example/" "%s" rt=%.3f uct="0.000"' % (R.randint(800, 40000), ua, R.uniform(0.01, 0.6)))]


def g_metrc_receipt():
    p = pt()
    s = store()
    sd = now(-R.randint(5000, 90000))
    tx = []
    for _ in range(R.randint(1, 3)):
        tx.append({"PackageLabel": pkg_tag(), "Quantity": R.choice([1, 2, 3.5, 7, 1.0]),
                   "UnitOfMeasure": R.choice(["Each", "Grams"]), "TotalAmount": round(R.uniform(8, 120), 2)})
    body = [{"SalesDateTime": P(sd.strftime("%Y-%m-%dT%H:%M:%S.000"), "date"), "SalesCustomerType": "Patient",
             "PatientLicenseNumber": P(p.lic, "license"),
             "CaregiverLicenseNumber": P(p.cg.lic, "license") if (p.cg and R.random() < .6) else None,
             "IdentificationMethod": R.choice(["OK Driver License", "State ID", "Passport"]),
             "PatientAddressMethod": None, "Transactions": tx}]
    return [mk("metrc_api", ts_comma(), " INFO  c.g.metrc.MetrcClient - POST https://api-ok.metrc.com/sales/v2/receipts?licenseNumber=",
               s[2], " body=", J(body), " -> 200 (%d ms)" % R.randint(200, 3000))]


def g_metrc_reject():
    p = pt()
    s = store()
    return [mk("metrc_sync", "[metrc-sync] ", ts_utc(), " ERROR receipt ", rcpt(), " store=", s[0], ' rejected: 400 [{"row":0,"message":"PatientLicenseNumber ',
               P(p.lic, "license"), ' is not valid for SalesDateTime ', P(df(REF_DAY, "iso"), "date"),
                ' (expired ', P(df(REF_DAY - timedelta(days=R.randint(1, 60)), "iso"), "date"), ')"}] attempt=%d/5 next_retry=%ds' % (R.randint(1, 4), R.choice([60, 120, 300])))]


def g_laravel_checkin():
    p = pt()
    s = store()
    ctx = {"customer_id": N(p.cust, "other_id"), "name": P(nm(p, R.choice(["full", "fml", "lf"])), "name"),
           "mmj_card": P(p.lic, "license"), "card_expires": P(df(p.lic_exp, "iso"), "date"),
           "queue": R.choice(["walk-in", "online-pickup", "express"]), "position": R.randint(1, 9), "store": s[0]}
    return [mk("laravel", "[", ts_sp(), "] production.INFO: Customer checked in ", J(ctx), " []")]


def g_laravel_sql():
    p = R.choice([x for x in PATIENTS if "'" not in x.first + x.last])
    ts = ts_sp()
    return [mk("laravel", "[", ts, "] production.ERROR: SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '",
               P(p.lic, "license"), "' for key 'customers_mmj_card_unique' (SQL: insert into `customers` (`first_name`, `last_name`, `dob`, `mmj_card`, `phone`, `updated_at`, `created_at`) values (",
               P(p.first, "name"), ", ", P(p.last, "name"), ", ", P(df(p.dob, "iso"), "date"), ", ", P(p.lic, "license"), ", ",
               P(p.phone10, "phone"), ", ", ts, ", ", ts, ")) {\"userId\":%d,\"exception\":\"[object] (Illuminate\\\\Database\\\\QueryException(code: 23000): SQLSTATE[23000] at /var/www/pos/vendor/laravel/framework/src/Illuminate/Database/Connection.php:795)\"}" % R.randint(3, 40))] + n_laravel_trace(True)


def g_laravel_limit():
    p = pt()
    ctx = {"customer_id": N(p.cust, "other_id"), "card": P(p.lic, "license"), "category": R.choice(["flower", "concentrate", "edible"]),
           "rolling_30d_g": round(R.uniform(60, 84), 2), "cart_g": R.choice([3.5, 7.0, 14.0]), "limit_g": 85.05,
           "register": "REG-0%d" % R.randint(1, 5)}
    return [mk("laravel", "[", ts_sp(), "] production.WARNING: Purchase limit exceeded, cart blocked ", J(ctx), " []")]


def g_pino_loyalty():
    p = pt()
    rec = {"level": 30, "time": epoch_ms(), "pid": R.randint(20, 99), "hostname": "loyalty-api-6f9c7d%s-%s" % (hexs(3), alnum(5, "bcdfghjklmnpqrstvwxz2456789")),
           "reqId": "req-%s" % hexs(4), "module": "loyalty", "msg": "points accrued",
           "member": {"accountNo": P(p.loyalty, "account"), "phone": P(ph(p, "e164"), "phone"), "tier": R.choice(["green", "gold", "platinum"])},
           "points": R.randint(5, 200), "balance": R.randint(50, 4200), "receipt": rcpt()}
    return [mk("node_pino", J(rec))]


def g_pino_order():
    p = pt_ok()
    dd = REF_DAY + timedelta(days=R.randint(0, 2))
    rec = {"level": 30, "time": epoch_ms(), "pid": R.randint(20, 99), "hostname": "orders-api-1", "reqId": "req-%s" % hexs(4),
           "msg": "delivery order created",
           "order": {"id": order_no(), "customerId": N(p.cust, "other_id"),
                     "deliveryAddress": {"street": P(p.street, "address"), "city": P(p.city, "address"), "state": "OK", "zip": P(p.zip, "zip")},
                     "deliveryDate": P(df(dd, "iso"), "date"), "window": R.choice(["10:00-12:00", "14:00-16:00", "17:00-19:00"]),
                     "items": R.randint(1, 6), "subtotal": round(R.uniform(20, 260), 2)}}
    return [mk("node_pino", J(rec))]


def g_pino_login():
    p = pt()
    rec = {"level": 30, "time": epoch_ms(), "pid": R.randint(20, 99), "hostname": "portal-web-2", "reqId": "req-%s" % hexs(4),
           "msg": "login ok", "user": P(p.user, "other_id"), "ip": P(p.ip, "ip"),
           "mfa": R.choice(["sms", "none", "totp"]), "responseTime": R.randint(30, 500)}
    return [mk("node_pino", J(rec))]


def g_pino_device():
    p = pt()
    rec = {"level": 30, "time": epoch_ms(), "pid": R.randint(20, 99), "hostname": "loyalty-api-2", "module": "push",
           "msg": "push device registered", "customerId": N(p.cust, "other_id"), "deviceId": P(p.dev, "device"),
           "platform": "android" if p.dev.islower() else "ios", "appVersion": R.choice(["3.8.1", "3.9.0", "3.7.4"])}
    return [mk("node_pino", J(rec))]


def g_pino_referral():
    p = pt()
    handle = fold(p.first).lower().replace(" ", "") + "-" + fold(p.last).lower().replace(" ", "").replace("'", "")[:3] + digits(2)
    return [mk("node_pino", '{"level":30,"time":%d,"pid":%d,"hostname":"loyalty-api-4","module":"referrals","msg":"referral link issued","accountNo":"' % (epoch_ms(), R.randint(20, 99)),
               P(p.loyalty, "account"), '","url":"', P("https://greenleafok.example/r/" + handle, "url"), '","campaign":"refer-a-friend-q2"}')]


def g_pdf417_raw():
    p = pt()
    iin = {"OK": "636058", "TX": "636015", "KS": "636022", "AR": "636021"}[p.st]
    ver = R.choice(["08", "09", "10"])
    z = p.zip + "0000"
    mi = p.mi.upper() if p.mi else "NONE"
    E = "\\n"
    parts = [ts_iso(), " [ScannerService] DEBUG raw PDF417 (COM4, Honeywell Xenon 1952g SN 19324B%s): @%s\\x1e\\rANSI %s%s0002DL00410278ZO03190008DL" % (digits(4), E, iin, ver),
             "DAQ", P(p.dl, "license"), E, "DCS", P(fold(p.last).upper(), "name"), E, "DDEN", E, "DAC", P(fold(p.first).upper(), "name"), E,
             "DDFN", E, "DAD", mi if mi == "NONE" else P(mi, "name"), E, "DDGN", E, "DCAD", E, "DCBNONE", E, "DCDNONE", E,
             "DBD", P(df(p.dl_iss, "aamva"), "date"), E, "DBB", P(df(p.dob, "aamva"), "date"), E, "DBA", P(df(p.dl_exp, "aamva"), "date"), E,
             "DBC", p.sex, E, "DAU%03d IN" % R.randint(59, 76), E, "DAY", R.choice(["BRO", "BLU", "GRN", "HAZ"]), E,
             "DAG", P(fold(p.street).upper(), "address"), E, "DAI", P(fold(p.city).upper(), "address"), E, "DAJ", p.st, E,
             "DAK", P(z, "zip"), E, "DCF", P(p.dcf, "other_id"), E, "DCGUSA", E, "DDAF", E, "DDB09012016", E, "ZOZOAN", E, "ZOB", "\\r"]
    return [mk("pdf417", *parts)]


def g_idscan_parsed():
    p = pt_old() if R.random() < .3 else pt()
    rec = {"documentType": "DL", "issuer": p.st, "licenseNumber": P(p.dl, "license"), "lastName": P(p.last, "name"),
           "firstName": P(p.first, "name"), "dateOfBirth": P(df(p.dob, "iso"), "date"), "age": N(p.age, "age" if p.age > 89 else None),
           "expirationDate": P(df(p.dl_exp, "iso"), "date"), "isExpired": False, "address1": P(fold(p.street), "address"),
           "city": P(p.city, "address"), "jurisdictionCode": p.st, "postalCode": P(p.zip4 if R.random() < .4 else p.zip, "zip"),
           "over21": p.age >= 21, "parseMs": R.randint(3, 40)}
    return [mk("idscan", ts_iso(), " [IdScanPlugin] INFO  parsed license ", J(rec, (", ", ": ")))]


def b64img(n):
    raw = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00\xff\xdb\x00C\x00" + bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


def g_facematch(kind=None):
    p = pt()
    if kind == "photo" or (kind is None and R.random() < .4):
        img = b64img(R.randint(150, 260))
        return [mk("idscan", ts_iso(), " [FaceMatch] DEBUG capture customer=", P(p.cust, "other_id"), " score=0.%d portrait_jpeg_b64=" % R.randint(80, 99),
                   P(img, "photo"), "...(truncated %d bytes)" % R.randint(18000, 42000))]
    tmpl = base64.b64encode(bytes(R.getrandbits(8) for _ in range(R.randint(72, 120)))).decode()
    return [mk("idscan", ts_iso(), " [FaceMatch] INFO  enrolled template model=arcface-r50 v=2.1 license=", P(p.dl, "license"),
               " template=", P(tmpl, "biometric"), " quality=0.%d" % R.randint(60, 98))]


def g_limit_logfmt():
    p = pt()
    used = round(R.uniform(5, 80), 2)
    req = R.choice([3.5, 7.0, 14.0, 28.0, 1.0])
    dec = "ALLOW" if used + req <= 85.05 else "DENY"
    parts = ["ts=", ts_iso(), " level=info svc=limits msg=\"purchase limit check\" patient_license=", P(card_fmt(p), "license")]
    if p.age > 89 and R.random() < .7:
        parts += [" patient_age=", P(p.age, "age")]
    parts += [" window=rolling_30d flower_g=%.2f/85.05 conc_g=%.1f/28.0 edible_mg=%d/1800 requested_g=%.1f decision=%s rule_ver=2024.05.1 span_id=%s" % (
        used, R.uniform(0, 20), R.randint(0, 1500), req, dec, hexs(16))]
    return [mk("limit_logfmt", *parts)]


def g_limit_legacy():
    p = pt()
    parts = [ts_sp(), " LMTCHK PTLIC=", P(p.lic.replace("-", ""), "license"), " PTDOB=", P(df(p.dob, "compact"), "date")]
    if p.cg and R.random() < .6:
        parts += [" CGLIC=", P(p.cg.lic.replace("-", ""), "license")]
    else:
        parts += [" CGLIC="]
    parts += [" PRD=FLWR QTY=%07.2f LMT=0085.05 YTD=%07.2f RC=00" % (R.choice([3.5, 7, 14, 28]), R.uniform(100, 900))]
    return [mk("limit_logfmt", *parts)]


def g_twilio_send():
    p = pt()
    s = store()
    lang = R.random()
    if lang < .2:
        body = ["Hola ", P(p.first, "name"), ", tienes %d puntos GreenLeaf. 20%% de descuento en flores hoy en %s. Responde STOP para cancelar" % (R.randint(100, 900), s[1].split(" - ")[1])]
    elif lang < .3:
        body = ["Chào ", P(p.first, "name"), ", đơn hàng của bạn đã sẵn sàng tại GreenLeaf. Trả lời STOP để hủy"]
    else:
        body = ["GreenLeaf: Hi ", P(p.first, "name"), ", your %d points expire 05/31. Show this text for 15%% off pre-rolls. Reply STOP to opt out" % R.randint(100, 900)]
    return [mk("twilio", ts_sp(), " INFO [sms-campaigns] twilio POST /2010-04-01/Accounts/AC", hexs(32), "/Messages.json To=",
               P(ph(p, "e164"), "phone"), " MessagingServiceSid=MG", hexs(32), ' Body="', body, '" -> 201 sid=SM', hexs(32))]


def g_twilio_status():
    p = pt()
    st = R.choice([("delivered", ""), ("undelivered", " ErrorCode=30006"), ("failed", " ErrorCode=30003"), ("delivered", "")])
    return [mk("twilio", "127.0.0.1 - - [", ts_clf(), '] "POST /webhooks/twilio/status HTTP/1.1" 204 0 "-" "TwilioProxy/1.1" ',
               "MessageSid=SM", hexs(32), "&MessageStatus=", st[0], st[1].replace(" ", "&"), "&To=%2B1", P(p.phone10, "phone"),
               "&AccountSid=AC", hexs(32))]


def g_twilio_inbound():
    p = pt()
    body = R.choice(["STOP", "stop", "UNSUBSCRIBE", "Is the Midtown store open til 9?", "wrong number", "YES", "START"])
    return [mk("twilio", ts_sp(), " INFO [sms-inbound] From=", P(ph(p, "e164"), "phone"), ' Body="', body,
               '" matched_customer=', P(p.cust, "other_id"), " action=%s" % ("opt_out" if body.lower() in ("stop", "unsubscribe") else "route_to_inbox"))]


def g_sendgrid():
    p = pt()
    ev = R.choice(["delivered", "open", "click", "bounce", "unsubscribe"])
    rec = {"email": P(p.email, "email"), "timestamp": epoch_ms() // 1000, "smtp-id": "<%s@ismtpd0%d.sendgrid.net>" % (hexs(20), R.randint(1, 9)),
           "event": ev, "category": ["loyalty", R.choice(["may-promo", "memorial-day", "new-drops"])],
           "sg_event_id": base64.urlsafe_b64encode(bytes(R.getrandbits(8) for _ in range(16))).decode().rstrip("="),
           "sg_message_id": "%s.filterdrecv-%s-%d" % (alnum(22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), hexs(8), R.randint(1, 9))}
    if ev in ("open", "click"):
        rec["useragent"] = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"
        rec["ip"] = P(p.ip, "ip")
    if ev == "click":
        rec["url"] = "https://greenleafok.example/deals?utm_source=email&utm_campaign=may-promo"
    if ev == "bounce":
        rec["reason"] = "550 5.1.1 The email account that you tried to reach does not exist."
        rec["status"] = "5.1.1"
    return [mk("sendgrid", "sendgrid-webhook ", ts_iso(), " event=", J([rec]))]


def g_postfix():
    p = pt()
    qid = alnum(10, "0123456789ABCDEF")
    relay = R.choice(["gmail-smtp-in.l.google.com[142.250.114.27]:25", "mta6.am0.yahoodns.net[67.195.204.77]:25",
                      "outlook-com.olc.protection.outlook.com[52.101.40.2]:25"])
    return [mk("postfix", ts_syslog(), " mail01 postfix/smtp[%d]: %s: to=<" % (R.randint(2000, 32000), qid), P(p.email, "email"),
               ">, relay=%s, delay=%.1f, delays=0.1/0/0.4/0.%d, dsn=2.0.0, status=sent (250 2.0.0 OK  %d %s - gsmtp)" % (
                   relay, R.uniform(0.5, 3), R.randint(1, 9), R.randint(1715900000, 1715990000), alnum(12, "abcdefghijklmnopqrstuvwxyz0123456789")))]


def pt_ok():
    return R.choice([x for x in PATIENTS if x.st == "OK"])


def g_logcat_stop():
    p = pt_ok()
    pid = R.randint(4000, 9000)
    return [mk("logcat", ts_logcat(), "  %d  %d D OrderDetailVM: stop %d/%d order=%s customer=\"" % (pid, pid, R.randint(1, 6), R.randint(6, 9), order_no()),
               P(nm(p, R.choice(["full", "init", "fml"])), "name"), "\" addr=\"", P(p.street, "address"), ", ", P(p.city, "address"), ", OK ",
               P(p.zip, "zip"), "\" phone=", P(ph(p, "plain"), "phone"), " dropoff=", P("%.5f,%.5f" % (p.lat, p.lng), "address"))]


def g_logcat_idcheck():
    p = pt_ok()
    pid = R.randint(4000, 9000)
    return [mk("logcat", ts_logcat(), "  %d  %d I IdVerify: door check order=%s scanned %s DL " % (pid, pid + R.randint(10, 60), order_no(), p.st),
               P(p.dl, "license"), " dob=", P(df(p.dob, "aamva"), "date"), " mmj=", P(p.lic, "license"), " nameMatch=true ageOk=true")]


def g_logcat_dropoff():
    p = pt_ok()
    pid = R.randint(4000, 9000)
    return [mk("logcat", ts_logcat(), "  %d  %d I DeliveryTracker: delivered order=%s dest lat=" % (pid, pid + R.randint(10, 60), order_no()),
               P("%.5f" % p.lat, "address"), " lng=", P("%.5f" % p.lng, "address"), " geofence=50m sig=captured recipient=\"",
               P(nm(p, R.choice(["full", "up"])), "name"), "\"")]


CSV_HDR = "Receipt #,Sale Date,Customer Type,Patient Name,Patient License,Caregiver License,DOB,Item,Package Tag,Qty,UoM,Total,Budtender"


def _bi():
    b = bud()[0].split()
    return b[0][0] + ". " + b[-1]


def csv_row(p):
    sd = datetime(2024, 5, 16, R.randint(9, 20), R.randint(0, 59))
    nmv = nm(p, R.choice(["lf", "LFU", "full"]))
    nparts = ['"', P(nmv, "name"), '"'] if "," in nmv else [P(nmv, "name")]
    cg = [P(p.cg.lic, "license")] if (p.cg and R.random() < .5) else []
    return ["%s," % rcpt(), P(sd.strftime("%m/%d/%Y %H:%M"), "date"), ",Patient,", nparts, ",", P(p.lic, "license"), ",", cg, ",",
            P(df(p.dob, "us"), "date"), ",%s 3.5g,%s,1,Each,%.2f,%s" % (R.choice(STRAINS), pkg_tag(), R.uniform(15, 60), _bi())]


def g_csv_block():
    out = [mk("compliance_csv", CSV_HDR)]
    for _ in range(R.randint(2, 5)):
        out.append(mk("compliance_csv", csv_row(pt())))
    return out


def g_csv_row():
    return [mk("compliance_csv", csv_row(pt()))]


def pipe_row(p, seq):
    return ["D|%06d|20240516|" % seq, P(p.lic.replace("-", ""), "license"), "|", P(fold(p.last).upper(), "name"), "|",
            P(fold(p.first).upper(), "name"), "|", P(df(p.dob, "compact"), "date"), "|", P(p.zip, "zip"), "|",
            R.choice(["FLOWER|3.50|G", "PREROLL|2.00|EA", "EDIBLE|100.00|MG", "CONC|1.00|G"]), "|%.2f|" % R.uniform(10, 90),
            pkg_tag()]


def g_pipe_block():
    s = store()
    n = R.randint(2, 5)
    out = [mk("state_pipe", "H|%s|%s|20240516|DAILY_SALES|v3.1|%s" % (s[2], fold(s[1]).upper(), hexs(8).upper()))]
    for i in range(n):
        out.append(mk("state_pipe", pipe_row(pt(), R.randint(1, 400))))
    out.append(mk("state_pipe", "T|%06d|%d|%.2f" % (n, R.randint(100, 300), R.uniform(4000, 12000))))
    return out


def g_pipe_row():
    return [mk("state_pipe", pipe_row(pt(), R.randint(1, 400)))]


def g_winevt_queue():
    p = pt()
    return [mk("win_evt", "Warning,", ts_win(), ",GreenPOS Sync,3012,Offline Queue,\"Queued sale ", rcpt(), " for customer ",
               P(nm(p, R.choice(["up", "LFU", "full"])), "name"), " (", P(p.lic, "license"),
               ") - Metrc endpoint unreachable, will retry. Terminal: POS-%s-0%d\"" % (store()[0].upper(), R.randint(1, 5)))]


def g_nxlog():
    p = pt()
    s = store()
    msg = ["Receipt printed for ", P(nm(p, "full"), "name"), ", DOB ", P(df(p.dob, "us"), "date"), ", card ", P(p.lic, "license"),
           ". Printer: Star TSP143IV"]
    return [mk("nxlog_json", '{"EventTime":"', ts_sp(), '","Hostname":"POS-%s-0%d","EventID":1104,"SourceName":"GreenPOS","Channel":"Application","Severity":"INFO","Message":"' % (s[0].upper(), R.randint(1, 5)),
               msg, '"}')]


def g_payment():
    p = pt()
    if R.random() < .6:
        return [mk("payment", ts_iso(), " payment-gw INFO ach_debit approved txn=CP", digits(10), " amount=%.2f customer=" % R.uniform(10, 300),
                   P(p.cust, "other_id"), " bank_acct=", P("****" + p.bank4, "account"), " routing=103000648 provider=canpay-sandbox")]
    return [mk("payment", ts_iso(), " payment-gw ERROR cashless-atm decline code=05 DO_NOT_HONOR pan=", P(p.pan, "account"),
               " exp=**/** amount=%.2f terminal=ATM-MID-02 stan=%06d (PAN logged by debug flag PAYMENT_TRACE=1)" % (R.uniform(20, 200), R.randint(1, 999999)))]


def g_curbside():
    p = pt()
    car = R.choice(["silver Honda CR-V", "black F-150", "white Camry", "red Jeep Wrangler", "blue Kia Soul", "gray Tahoe"])
    return [mk("laravel", "[", ts_sp(), "] production.INFO: Curbside arrival ", J({"order": order_no(), "customer_id": N(p.cust, "other_id"),
                                                                                  "plate": P(p.plate, "vehicle"), "vehicle": car,
                                                                                  "spot": R.randint(1, 6), "notify": P(ph(p, "e164"), "phone")}), " []")]


def note_texts(p):
    cg = p.cg
    T_ = []
    s = R.choice(STRAINS)
    T_.append(["Pt ", P(p.first, "name"), " says the %s helped w/ sleep but too couchlocked during day. Suggested 1:1 tincture, start 2.5mg." % s])
    T_.append([P(nm(p, "LFU"), "name"), " came in w/ expired card (exp ", P(df(REF_DAY - timedelta(days=R.randint(2, 90)), "us_short"), "date"),
               "). Told them to renew on portal, held cart C-%d till 6pm. Call back at " % R.randint(1000, 9999), P(ph(p, "dash"), "phone")])
    T_.append(["Paciente ", P(nm(p, "full"), "name"), " pidio promociones en espanol al ", P(ph(p, "dot"), "phone"),
               ". Vive en ", P(p.city, "address"), ", prefiere entrega a domicilio."])
    T_.append(["Delivery note: gate code %d#, house on " % R.randint(1000, 9999), P(p.street, "address"), ", dog in yard. Ask for ",
               P(p.first, "name"), " not the roommate."])
    T_.append(["Veteran, 100% disabled - reduced fee. SoonerCare # ", P(p.medicaid or digits(9), "health_plan"), " on file for fee waiver, ",
               P(nm(p, "init"), "name"), " brings VA letter each renewal."])
    T_.append([P(p.first, "name"), " asked us to take ", P(p.email, "email"), " off all promo emails + texts. Unsubscribed in Alpine, loyalty kept."])
    T_.append(["Returned defective vape cart (tag %s). Refunded to card ending " % pkg_tag(), P(p.pan[-4:], "account"), ". Customer ",
               P(nm(p, "full"), "name"), ", approved by B. Osei."])
    T_.append(["Does curbside Tuesdays, plate ", P(p.plate, "vehicle"), ". Text ", P(ph(p, "paren"), "phone"), " when bagged."])
    T_.append(["ID name on DL (", P(nm(p, "LFU"), "name"), ") didn't match registry; DL ", P(p.dl, "license"),
               " ok'd by manager after seeing marriage cert."])
    if cg:
        T_.append(["Caregiver ", P(nm(cg, "full"), "name"), " (", P(ph(cg, "paren"), "phone"), ") picks up Fridays w/ card ",
                   P(cg.lic, "license"), ". Patient ", P(p.first, "name"), " is homebound since hip surgery."])
        T_.append(["caregiver ", P(cg.first.lower(), "name"), " says pt ", P(nm(p, "low"), "name"), " moved to ",
                   P(p.street, "address"), " ", P(p.city, "address"), " ", P(p.zip, "zip"), " - update delivery addr"])
    if p.age > 89:
        T_.append(["Sweet pt, ", age_part(p), " yrs old, hard of hearing. DOB ", P(df(p.dob, "us"), "date"),
                   ". Prefers low-dose 5mg gummies, no smoking products."])
        T_.append(["Pt is ", age_part(p), " and uses walker, bring order to the car. Emergency contact daughter ",
                   P(R.choice(FIRST) + " " + p.last, "name"), " ", P(p.area + "555" + "%04d" % R.randint(100, 199), "phone")])
    return T_


def g_note():
    p = pt_old() if R.random() < .18 else pt()
    txt = R.choice(note_texts(p))
    b = bud()
    if R.random() < .5:
        return [mk("budtender_note", "crm.notes id=%d store=%s author=%s created=%s customer=" % (R.randint(4000, 9999), store()[0], b[1], ts_iso()),
                   P(p.cust, "other_id"), ' body="', txt, '"')]
    return [mk("budtender_note", '{"noteId":%d,"authorUser":"%s","customerRef":' % (R.randint(4000, 9999), b[1]), N(p.cust, "other_id").p,
               ',"pinned":%s,"text":"' % R.choice(["true", "false"]), txt, '"}')]


def g_idscan_age():
    p = pt_old()
    return [mk("idscan", ts_iso(), " [AgeVerify] INFO  dob=", P(df(p.dob, "us"), "date"), " computed_age=", age_part(p),
               " min_age=18 result=PASS customer=", P(p.cust, "other_id"))]


PHI_GENS = [
    (g_registry_verify, 6), (g_registry_caregiver, 4), (g_registry_404, 2), (g_registry_portal_app, 5), (g_registry_portal_val, 2),
    (g_soap_single, 3), (g_cert_upload, 5), (g_cert_ocr, 4), (g_nginx_portal, 4),
    (g_metrc_receipt, 5), (g_metrc_reject, 3), (g_laravel_checkin, 5), (g_laravel_sql, 1.5), (g_laravel_limit, 3),
    (g_pino_loyalty, 4), (g_pino_order, 4), (g_pino_login, 3), (g_pino_device, 5), (g_pino_referral, 4),
    (g_pdf417_raw, 4), (g_idscan_parsed, 4), (g_facematch, 5), (g_idscan_age, 3), (g_limit_logfmt, 5), (g_limit_legacy, 3),
    (g_twilio_send, 5), (g_twilio_status, 3), (g_twilio_inbound, 3), (g_sendgrid, 5), (g_postfix, 3),
    (g_logcat_stop, 4), (g_logcat_idcheck, 3), (g_logcat_dropoff, 3), (g_csv_block, 1), (g_csv_row, 2),
    (g_pipe_block, 0.8), (g_pipe_row, 2), (g_winevt_queue, 3), (g_nxlog, 2), (g_payment, 3), (g_curbside, 4),
    (g_note, 10),
]
MULTI = {g_soap_multi, g_csv_block, g_pipe_block, g_laravel_sql}


# ===================================================== noise generators
def n_health():
    svc = R.choice(["pos-api", "loyalty-api", "orders-api", "portal-web", "metrc-bridge"])
    ip = "10.%d.%d.%d" % (R.randint(0, 40), R.randint(0, 255), R.randint(2, 250))
    return [mk("nginx", ip, " - - [", ts_clf(), '] "GET /healthz HTTP/1.1" 200 %d "-" "kube-probe/1.29" rt=0.00%d upstream=%s:%d' % (
        R.randint(2, 60), R.randint(1, 9), svc, R.choice([3000, 8080, 9000])))]


def n_nginx_menu():
    ip = "10.20.%d.%d" % (R.randint(0, 9), R.randint(2, 250))
    path = R.choice(["/api/menu?store=midtown&category=flower", "/api/menu?store=cherry-st&page=2", "/static/js/app.8f3c2e1b.js",
                     "/api/v2/orders/%s/status" % order_no(), "/favicon.ico", "/api/stores/hours"])
    return [mk("nginx", ip, " - - [", ts_clf(), '] "GET %s HTTP/1.1" %d %d "-" "okhttp/4.12.0" rt=%.3f' % (
        path, R.choice([200, 200, 200, 304, 404]), R.randint(0, 90000), R.uniform(0.001, 0.4)))]


def n_prom():
    s = store()
    if R.random() < .6:
        m = R.choice([
            "pos_sales,store=%s,register=REG-0%d count=%di,gross=%.2f" % (s[0], R.randint(1, 5), R.randint(20, 900), R.uniform(500, 30000)),
            "metrc_sync,store=%s lag_seconds=%.1f,queue=%di" % (s[0], R.uniform(0, 400), R.randint(0, 50)),
            "registry_verify,endpoint=rest,code=%d count=%di,p95_ms=%di" % (R.choice([200, 404, 503]), R.randint(1, 900), R.randint(80, 3000)),
            "sms_outbound,campaign=may-promo queue_depth=%di,rate=%.1f" % (R.randint(0, 5000), R.uniform(0, 30)),
            "mem,host=pos-api-1 used_percent=%.2f,available=%di" % (R.uniform(20, 95), R.randint(10**8, 8 * 10**9))])
        return [mk("metrics", m, " %d" % (epoch_ms() * 1000000))]
    m = R.choice([
        'pos_sales_total{store="%s",register="REG-0%d"} %d' % (s[0], R.randint(1, 5), R.randint(20, 900)),
        'metrc_sync_lag_seconds{store="%s"} %.1f' % (s[0], R.uniform(0, 400)),
        'http_request_duration_seconds_bucket{route="/api/menu",le="0.25"} %d' % R.randint(1000, 90000),
        'registry_verify_errors_total{code="503"} %d' % R.randint(0, 40),
        'sms_outbound_queue_depth %d' % R.randint(0, 5000),
        'process_resident_memory_bytes %d' % R.randint(80_000_000, 900_000_000)])
    return [mk("prometheus", 'ts=', ts_utc(), ' caller=scrape.go:1330 level=warn component="scrape manager" scrape_pool=%s target=http://%s-exporter:9100/metrics msg="Error on ingesting samples with different value but same timestamp" num_dropped=1 sample=\'%s\'' % (s[0], s[0], m.replace('"', '\\"')))]


def n_metrc_pkg():
    s = store()
    r = R.random()
    if r < .35:
        return [mk("metrc_api", ts_comma(), " INFO  c.g.metrc.MetrcClient - GET https://api-ok.metrc.com/packages/v2/active?licenseNumber=%s&lastModifiedStart=%s&lastModifiedEnd=%s -> 200 items=%d (%d ms)" % (
            s[2], ts_iso(now(-900000)), ts_iso(), R.randint(0, 500), R.randint(300, 4000)))]
    if r < .6:
        return [mk("metrc_api", ts_comma(), " INFO  c.g.metrc.MetrcClient - POST https://api-ok.metrc.com/packages/v2/adjust?licenseNumber=%s body=" % s[2],
                   J([{"Label": pkg_tag(), "Quantity": -round(R.uniform(0.1, 2), 2), "UnitOfMeasure": "Grams",
                       "AdjustmentReason": R.choice(["Drying", "Scale Variance", "Waste (Unusable Product)"]),
                       "AdjustmentDate": "2024-05-17", "ReasonNote": "weekly recount"}]), " -> 200")]
    if r < .8:
        return [mk("metrc_api", ts_comma(), " WARN  c.g.metrc.MetrcClient - GET /transfers/v2/incoming?licenseNumber=%s -> 429 Too Many Requests retry-after=%d" % (s[2], R.randint(1, 30)))]
    return [mk("metrc_api", ts_comma(), " INFO  c.g.metrc.MetrcClient - GET https://api-ok.metrc.com/facilities/v2/ -> 200 facilities=3 vendorKey=****%s (%d ms)" % (hexs(4), R.randint(100, 900)))]


def n_metrc_sync():
    s = store()
    return [mk("metrc_sync", "[metrc-sync] ", ts_utc(), " INFO job=%s store=%s batch=%d queued=%d pushed=%d failed=%d duration=%.2fs" % (
        R.choice(["receipts-push", "packages-pull", "items-pull", "transfers-pull", "lab-results-pull"]), s[0], R.randint(1, 999),
        R.randint(0, 40), R.randint(0, 40), R.choice([0, 0, 0, 1, 2]), R.uniform(0.2, 30)))]


def n_laravel_job():
    job = R.choice(["App\\Jobs\\PushReceiptToMetrc", "App\\Jobs\\SyncInventory", "App\\Jobs\\SendLoyaltyBlast", "App\\Jobs\\RebuildMenuCache",
                    "App\\Jobs\\ExportDailyComplianceReport"])
    r = R.random()
    if r < .5:
        dots = "." * R.randint(8, 40)
        return [mk("laravel", "  %s %s %s %s" % (ts_sp(), job, dots, R.choice(["RUNNING", "%d ms DONE" % R.randint(3, 4000), "%.2fs DONE" % R.uniform(1, 30)])))]
    if r < .75:
        return [mk("laravel", "[", ts_sp(), "] production.INFO: Running scheduled command: '/usr/bin/php8.2' 'artisan' %s > '/dev/null' 2>&1" % R.choice(
            ["metrc:sync-receipts", "metrc:pull-packages", "loyalty:expire-points", "reports:daily-state --date=2024-05-16", "queue:prune-failed"]))]
    return [mk("laravel", "[", ts_sp(), "] production.NOTICE: Cache miss for key menu:%s:v%d, rebuilt in %dms" % (store()[0], R.randint(100, 999), R.randint(10, 900)))]


TRACE = ["/var/www/pos/vendor/laravel/framework/src/Illuminate/Database/Connection.php(760): Illuminate\\Database\\Connection->runQueryCallback()",
         "/var/www/pos/vendor/laravel/framework/src/Illuminate/Database/Connection.php(567): Illuminate\\Database\\Connection->run()",
         "/var/www/pos/vendor/laravel/framework/src/Illuminate/Database/Query/Builder.php(3338): Illuminate\\Database\\Connection->insert()",
         "/var/www/pos/app/Services/CustomerService.php(88): Illuminate\\Database\\Eloquent\\Model->save()",
         "/var/www/pos/app/Http/Controllers/CheckInController.php(41): App\\Services\\CustomerService->createFromScan()",
         "/var/www/pos/vendor/laravel/framework/src/Illuminate/Routing/Controller.php(54): App\\Http\\Controllers\\CheckInController->store()",
         "/var/www/pos/public/index.php(51): Illuminate\\Foundation\\Http\\Kernel->handle()"]


def n_laravel_trace(short=False):
    out = [mk("laravel", "[stacktrace]")]
    k = R.randint(2, 4) if short else R.randint(3, 6)
    for i in range(k):
        out.append(mk("laravel", "#%d %s" % (i, TRACE[i])))
    out.append(mk("laravel", "#%d {main}" % k))
    return out


def n_laravel_exc():
    head = mk("laravel", "[", ts_sp(), "] production.ERROR: SQLSTATE[HY000] [2002] Connection timed out (SQL: select * from `inventory_items` where `store_id` = %d and `qty` > 0) {\"exception\":\"[object] (Illuminate\\\\Database\\\\QueryException(code: 2002))\"}" % R.randint(1, 3))
    return [head] + n_laravel_trace(True)


def n_laravel_err():
    e = R.choice(["production.ERROR: cURL error 28: Operation timed out after 30001 milliseconds with 0 bytes received (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://api-ok.metrc.com/sales/v2/receipts",
                  "production.ERROR: Connection refused (Connection: redis, SQL: ...) {\"exception\":\"[object] (Predis\\\\Connection\\\\ConnectionException(code: 111): Connection refused [tcp://10.20.4.12:6379])\"}",
                  "production.WARNING: Registry verify circuit OPEN after 5 failures, falling back to cached card status (ttl=900s)",
                  "production.ERROR: Allowed memory size of 268435456 bytes exhausted (tried to allocate 20480 bytes)"])
    return [mk("laravel", "[", ts_sp(), "] ", e)]


def n_pino():
    r = R.random()
    if r < .55:
        rec = {"level": 30, "time": epoch_ms(), "pid": R.randint(20, 99), "hostname": R.choice(["pos-api-1", "orders-api-1", "loyalty-api-2"]),
               "reqId": "req-%s" % hexs(4), "res": {"statusCode": R.choice([200, 200, 201, 204, 400, 404])}, "responseTime": round(R.uniform(1, 900), 3),
               "msg": "request completed"}
    elif r < .75:
        rec = {"level": 40, "time": epoch_ms(), "pid": R.randint(20, 99), "hostname": "orders-api-1",
               "msg": "slow query", "durationMs": R.randint(500, 6000), "sql": "select * from inventory where store_id = ? and qty > ?", "traceId": hexs(32)}
    elif r < .9:
        rec = {"level": 30, "time": epoch_ms(), "pid": R.randint(20, 99), "hostname": "loyalty-api-2", "module": "campaigns",
               "msg": "batch enqueued", "campaign": R.choice(["may-promo", "memorial-day", "new-drops"]), "batch": R.randint(1, 60),
               "size": 500, "rateLimitPerSec": 30}
    else:
        rec = {"level": 50, "time": epoch_ms(), "pid": R.randint(20, 99), "hostname": "orders-api-1",
               "err": {"type": "FetchError", "message": "request to https://api.mmj-registry.ok.example/v2/health failed, reason: getaddrinfo EAI_AGAIN",
                       "code": "EAI_AGAIN"}, "msg": "registry health check failed"}
    return [mk("node_pino", J(rec))]


def n_registry():
    r = R.random()
    if r < .4:
        return [mk("registry_json", ts_iso(), " [registry-client] INFO  POST https://auth.mmj-registry.ok.example/oauth2/token -> 200 ",
                   J({"token_type": "Bearer", "expires_in": 3600, "scope": "patient.verify caregiver.verify"}), " client_id=greenleaf-pos-prod")]
    if r < .7:
        return [mk("registry_json", ts_iso(), " [registry-client] WARN  GET https://api.mmj-registry.ok.example/v2/health -> 503 retry=%d backoff=%dms x-ratelimit-remaining=%d" % (
            R.randint(1, 3), R.choice([200, 400, 800, 1600]), R.randint(0, 600)))]
    return [mk("registry_soap", ts_comma(), " ERROR [pool-3-thread-%d] RegistrySoapClient - SOAP Fault: <faultcode>s:Server</faultcode><faultstring xml:lang=\"en-US\">Server was unable to process request. ---&gt; Timeout expired.</faultstring> endpoint=https://soap.mmj-registry.ok.example/CaregiverVerification.svc" % R.randint(1, 8))]


def n_soap_req():
    F = "registry_soap"
    out = [mk(F, ts_comma(), " DEBUG [pool-3-thread-%d] RegistrySoapClient - >>> VerifyCaregiver" % R.randint(1, 8))]
    out.append(mk(F, '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:v1="urn:ok:omma:registry:caregiver:v1">'))
    out.append(mk(F, '  <soapenv:Header><wsse:Security xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"><wsse:UsernameToken><wsse:Username>gl-%s-svc</wsse:Username><wsse:Password Type="#PasswordText">********</wsse:Password></wsse:UsernameToken></wsse:Security></soapenv:Header>' % store()[0]))
    out.append(mk(F, '  <soapenv:Body><v1:VerifyCaregiver><v1:DispensaryLicense>%s</v1:DispensaryLicense><v1:CardNumber>?</v1:CardNumber></v1:VerifyCaregiver></soapenv:Body>' % store()[2]))
    out.append(mk(F, '</soapenv:Envelope>'))
    return out


def n_cert():
    r = R.random()
    if r < .35:
        return [mk("cert_upload", "[", ts_sp(), "] production.WARNING: Certification upload rejected ",
                   J({"upload_id": ulid(), "reason": "file_too_large", "bytes": R.randint(10_500_000, 30_000_000), "limit": 10485760}), " []")]
    if r < .65:
        return [mk("cert_ocr", ts_syslog(), " certsvc01 clamd[%d]: /srv/uploads/tmp/%s.pdf: OK (scanned in %dms)" % (R.randint(800, 999), ulid(), R.randint(20, 900)))]
    ph_ = R.choice(PHYS)
    return [mk("cert_upload", "[", ts_sp(), "] production.INFO: Physician directory sync ", J({"npi": ph_[1], "name": ph_[0], "clinic": ph_[2],
                                                                                           "fax": ph_[3], "omma_registered": True, "changed": ["fax"]}), " []")]


def n_scanner():
    m = R.choice(["[ScannerService] INFO  device attached COM4 Honeywell Xenon 1952g fw=BK000459BAA serial=19324B%s" % digits(4),
                  "[ScannerService] WARN  decode failed: no PDF417 symbol found in frame (glare=0.%d)" % R.randint(40, 99),
                  "[IdScanPlugin] INFO  AAMVA parser loaded v7.3.1, jurisdictions=69",
                  "[FaceMatch] INFO  model arcface-r50 warmed up in %dms (gpu=false)" % R.randint(200, 3000),
                  "[ScannerService] ERROR serial port COM4 closed unexpectedly, reconnecting in 5s"])
    return [mk("idscan", ts_iso(), " ", m)]


def n_limits():
    m = R.choice(['level=info svc=limits msg="limit rules reloaded" rules=14 source=s3://gl-config/limits/limits-2024-05.json version=2024.05.1',
                  'level=warn svc=limits msg="registry purchase history stale" age_s=%d threshold_s=600' % R.randint(600, 4000),
                  'level=info svc=limits msg="equivalency table" flower_g=1 preroll_g=1 concentrate_g=1 edible_mg=1 tincture_ml=1',
                  'level=debug svc=limits msg="cache stats" hits=%d misses=%d evictions=0' % (R.randint(1000, 90000), R.randint(10, 900))])
    return [mk("limit_logfmt", "ts=", ts_iso(), " ", m)]


def n_twilio():
    r = R.random()
    s = store()
    if r < .5:
        sent = R.randint(1000, 12000)
        failed = R.randint(0, 300)
        return [mk("twilio", ts_sp(), " INFO [sms-campaigns] campaign=%s sent=%d delivered=%d failed=%d opt_outs=%d segments=%d" % (
            R.choice(["may-promo", "memorial-day", "new-drops"]), sent, sent - failed - R.randint(0, 40), failed,
            R.randint(0, 60), sent * R.choice([1, 1, 2])))]
    if r < .75:
        return [mk("twilio", ts_sp(), " WARN [sms-campaigns] 429 from api.twilio.com, throttling to %d msg/s (10DLC brand B%s campaign C%s)" % (
            R.randint(5, 30), alnum(6), alnum(6)))]
    return [mk("twilio", ts_sp(), " INFO [sms-campaigns] store line %s %s registered to MessagingService MG%s" % (s[0], s[4], hexs(32)))]


def n_mail():
    r = R.random()
    qid = alnum(10, "0123456789ABCDEF")
    if r < .3:
        return [mk("postfix", ts_syslog(), " mail01 postfix/qmgr[1187]: %s: from=<noreply@greenleafok.example>, size=%d, nrcpt=1 (queue active)" % (qid, R.randint(8000, 60000)))]
    if r < .5:
        return [mk("postfix", ts_syslog(), " mail01 postfix/qmgr[1187]: %s: removed" % qid)]
    if r < .7:
        return [mk("postfix", ts_syslog(), " mail01 postfix/smtpd[%d]: connect from app-worker-3.internal[10.20.6.%d]" % (R.randint(2000, 30000), R.randint(2, 250)))]
    if r < .85:
        b = bud()
        return [mk("sendgrid", "sendgrid-webhook ", ts_iso(), " stats ", J({"date": "2024-05-17", "category": "loyalty", "requests": R.randint(1000, 9000),
                                                                                "delivered": R.randint(900, 8900), "opens": R.randint(100, 3000),
                                                                                "unique_clicks": R.randint(10, 400), "reply_to": "%s@greenleafok.example" % b[1]}))]
    return [mk("postfix", ts_syslog(), " mail01 postfix/smtp[%d]: %s: host mx.example-isp.net[203.0.113.%d] said: 421 4.7.0 Try again later (in reply to end of DATA command)" % (
        R.randint(2000, 30000), qid, R.randint(2, 250)))]


def n_logcat():
    pid = R.randint(4000, 9000)
    r = R.random()
    d = R.choice(DRIVERS)
    if r < .45:
        return [mk("logcat", ts_logcat(), "  %d  %d I DeliveryTracker: fix lat=%.5f lng=%.5f acc=%.1fm bearing=%d speed=%.1fm/s provider=fused driver=%s" % (
            pid, pid + 34, 35.4676 + R.uniform(-.1, .1), -97.5164 + R.uniform(-.1, .1), R.uniform(3, 30), R.randint(0, 359), R.uniform(0, 25), d[1]))]
    if r < .6:
        return [mk("logcat", ts_logcat(), "  %d  %d D OkHttp  : <-- 200 https://driver.greenleafok.example/api/v1/route/%s (%dms, %d-byte body)" % (
            pid, pid + 51, order_no(), R.randint(40, 900), R.randint(200, 9000)))]
    if r < .7:
        return [mk("logcat", ts_logcat(), "  1402  1517 W GnssHAL_GnssInterface: gnssSvStatusCb: b: %d, a: %d, e: %d" % (R.randint(10, 40), R.randint(0, 1), R.randint(0, 1)))]
    if r < .8:
        return [mk("logcat", ts_logcat(), "  %d  %d I BatteryStats: level=%d%% plugged=%s vehicle=%s" % (pid, pid, R.randint(5, 100), R.choice(["usb", "none"]), d[2]))]
    lines = [mk("logcat", ts_logcat(), "  %d  %d E AndroidRuntime: FATAL EXCEPTION: main" % (pid, pid)),
             mk("logcat", ts_logcat(), "  %d  %d E AndroidRuntime: Process: com.greenleaf.driver, PID: %d" % (pid, pid, pid)),
             mk("logcat", ts_logcat(), "  %d  %d E AndroidRuntime: java.lang.IllegalStateException: Fragment RouteMapFragment not attached to a context." % (pid, pid)),
             mk("logcat", ts_logcat(), "  %d  %d E AndroidRuntime: \tat androidx.fragment.app.Fragment.requireContext(Fragment.java:972)" % (pid, pid)),
             mk("logcat", ts_logcat(), "  %d  %d E AndroidRuntime: \tat com.greenleaf.driver.route.RouteMapFragment.onLocation(RouteMapFragment.kt:211)" % (pid, pid))]
    return lines


INV_HDR = "Package Tag,Item,Category,Qty,UoM,Room,Lab Test,Last Modified"


def n_csv():
    out = []
    if R.random() < .4:
        out.append(mk("compliance_csv", INV_HDR))
    for _ in range(R.randint(1, 3)):
        out.append(mk("compliance_csv", "%s,%s %s,%s,%.2f,%s,%s,%s,2024-05-%02d" % (
            pkg_tag(), R.choice(STRAINS), R.choice(["3.5g", "1g Pre-Roll", "Live Resin 1g"]), R.choice(["Flower", "Pre-Roll", "Concentrate"]),
            R.uniform(0, 400), R.choice(["Each", "Grams"]), R.choice(["Vault", "Sales Floor", "Quarantine"]),
            R.choice(["TestPassed", "TestPassed", "NotSubmitted"]), R.randint(1, 16))))
    return out


def n_pipe():
    s = store()
    r = R.random()
    if r < .5:
        return [mk("state_pipe", "I|%s|%s|%.3f|G|%s|20240516" % (s[2], pkg_tag(), R.uniform(0, 900), R.choice(["ACTIVE", "ONHOLD", "DESTROYED"])))]
    return [mk("state_pipe", "ACK|%s|20240516|DAILY_SALES|ACCEPTED|records=%d|batch=%s" % (s[2], R.randint(50, 400), hexs(12).upper()))]


def n_winevt():
    s = store()
    b = bud()
    r = R.random()
    if r < .25:
        return [mk("win_evt", "Information,", ts_win(), ",GreenPOS Client,1000,None,\"Register REG-0%d shift opened by %s, drawer $200.00\"" % (R.randint(1, 5), b[1]))]
    if r < .45:
        return [mk("win_evt", "Error,", ts_win(), ",Application Error,1000,(100),\"Faulting application name: GreenPOS.exe, version: 4.12.3.0, time stamp: 0x65f2a1c4 Faulting module name: KERNELBASE.dll, version: 10.0.19041.4355, exception code: 0xe0434352, fault offset: 0x000000000002c3c9, process id: 0x%x\"" % R.randint(1000, 60000))]
    if r < .6:
        return [mk("win_evt", "Warning,", ts_win(), ",PrintService,372,Printing a document,\"The document Receipt %s, owned by %s, failed to print on printer Star TSP143IV (USB001). Win32 error code: 0x0000001F\"" % (rcpt(), b[1]))]
    if r < .8:
        return [mk("win_evt", "Audit Success,", ts_win(), ",Microsoft-Windows-Security-Auditing,4624,Logon,\"An account was successfully logged on. Account Name: %s Account Domain: GLWELL Logon Type: 2 Workstation Name: POS-%s-0%d Source Network Address: 10.20.%d.%d\"" % (
            b[1], s[0].upper(), R.randint(1, 5), R.randint(1, 9), R.randint(2, 250)))]
    return [mk("nxlog_json", '{"EventTime":"', ts_sp(), '","Hostname":"POS-%s-0%d","EventID":7036,"SourceName":"Service Control Manager","Channel":"System","Severity":"INFO","Message":"The GreenPOS Sync Agent service entered the %s state."}' % (
        s[0].upper(), R.randint(1, 5), R.choice(["running", "stopped"])))]


NOISE_NOTES = ["Shift handoff: REG-02 drawer short $4.25, recounted, ok. Tag %s needs Metrc adjustment (moisture loss 0.4g)." % "1A4060300002EE1000018821",
               "Reminder: OMMA inspector visit moved to Thursday, make sure the waste log binder is current.",
               "Printer on REG-03 jamming again, ticket INC-20488 opened with vendor (Star TSP143IV SN 2581120041422).",
               "Low stock: Gelato 3.5g (12 left), Ghost Train Haze pre-rolls (8 left). PO-7731 arriving Fri.",
               "Nobody home for 2nd delivery window, order returned to vault, manifest updated in Metrc.",
               "New budtender Trevor starts Monday, pair him with Kayla on REG-01 for ID scanning training.",
               "Scale 3 failed daily calibration (off by 0.03g), swapped with spare, cert in binder.",
               "Call from Metrc support (case 00418832): receipts API outage 2:10-2:40pm, re-push queued sales after.",
               "Vendor rep from Red Dirt Extracts dropping samples Wed 3pm, call Brittany at (405) 555-0108 if late.",
               "Remember: caregivers must show their own card AND patient card, no exceptions per SOP 4.2."]


def n_note():
    b = bud()
    t = R.choice(NOISE_NOTES)
    if R.random() < .5:
        return [mk("budtender_note", 'crm.notes id=%d store=%s author=%s created=%s customer= body="%s"' % (R.randint(4000, 9999), store()[0], b[1], ts_iso(), t))]
    return [mk("budtender_note", '{"noteId":%d,"authorUser":"%s","customerRef":null,"pinned":true,"text":"%s"}' % (R.randint(4000, 9999), b[1], t))]


def n_config():
    s = store()
    m = R.choice(["config loaded: METRC_BASE_URL=https://api-ok.metrc.com METRC_VENDOR_KEY=**** STORE_LICENSE=%s TZ=America/Chicago APP_VERSION=4.12.3+build.%d" % (s[2], R.randint(1000, 9999)),
                  "config loaded: REGISTRY_SOAP_URL=https://soap.mmj-registry.ok.example/CaregiverVerification.svc REGISTRY_TIMEOUT_MS=8000 CACHE_TTL=900",
                  "store profile: %s | %s | %s | license %s | support it-help@greenleafok.example" % (s[1], s[3], s[4], s[2]),
                  "feature flags: curbside=on delivery=on loyalty_sms=on face_match=%s payment_trace=off" % R.choice(["on", "off"])])
    return [mk("config", ts_iso(), " [boot] ", m)]


def n_payment():
    return [mk("payment", ts_iso(), " payment-gw INFO settlement batch=%d store=%s count=%d total=%.2f status=%s" % (
        R.randint(1000, 9999), store()[0], R.randint(20, 400), R.uniform(800, 30000), R.choice(["SUBMITTED", "SETTLED"])))]


NOISE_GENS = [(n_health, 7), (n_nginx_menu, 5), (n_prom, 5), (n_metrc_pkg, 7), (n_metrc_sync, 6), (n_laravel_job, 4),
              (n_laravel_err, 3), (n_laravel_exc, 1), (n_pino, 7), (n_registry, 5), (n_soap_req, 0.3), (n_cert, 4),
              (n_scanner, 4), (n_limits, 4), (n_twilio, 4), (n_mail, 6), (n_logcat, 8), (n_csv, 2), (n_pipe, 3),
              (n_winevt, 6), (n_note, 4), (n_config, 3), (n_payment, 3)]
MULTI |= {n_laravel_exc, n_soap_req, n_csv, n_logcat}


def pick(gens, near_end):
    pool = [(g, w) for g, w in gens if not (near_end and g in MULTI)]
    tot = sum(w for _, w in pool)
    x = R.uniform(0, tot)
    for g, w in pool:
        x -= w
        if x <= 0:
            return g
    return pool[-1][0]


def main():
    lines = []
    noise = 0
    forced = set()
    FORCE = [(90, g_soap_multi), (160, g_pipe_block), (230, n_soap_req), (300, g_csv_block),
             (360, n_laravel_exc), (400, g_soap_single), (430, g_pdf417_raw),
             (60, g_pino_referral), (250, lambda: g_facematch("template")), (330, lambda: g_facematch("photo")),
             (470, lambda: g_facematch("template"))]
    TARGET = 0.56
    while len(lines) < N_LINES:
        tick()
        frac = noise / len(lines) if lines else TARGET
        p_noise = min(0.95, max(0.05, TARGET + (TARGET - frac) * 4))
        gens = NOISE_GENS if R.random() < p_noise else PHI_GENS
        near_end = len(lines) > N_LINES - 20
        g = pick(gens, near_end)
        for k, (at, fg) in enumerate(FORCE):
            if len(lines) >= at and k not in forced:
                forced.add(k)
                g = fg
                break
        produced = g()
        for ln in produced:
            if len(lines) >= N_LINES:
                break
            lines.append(ln)
            if not ln["spans"]:
                noise += 1
            T[0] += timedelta(milliseconds=R.randint(1, 40))

    log_bytes = []
    labels = []
    for i, ln in enumerate(lines, 1):
        b = ln["buf"]
        assert b, i
        assert b"\n" not in b and b"\r" not in b, (i, b)
        b.decode("utf-8")
        spans = []
        last_e = -1
        for sp in sorted(ln["spans"], key=lambda x: x["s"]):
            assert b[sp["s"]:sp["e"]].decode("utf-8") == sp["_v"], (i, sp)
            assert sp["e"] > sp["s"], (i, sp)
            assert sp["s"] >= last_e, (i, sp)
            last_e = sp["e"]
            spans.append({"s": sp["s"], "e": sp["e"], "cat": sp["cat"]})
        log_bytes.append(b)
        labels.append(json.dumps({"line": i, "family": ln["family"], "spans": spans}, ensure_ascii=False))
    assert len(log_bytes) == N_LINES
    with open(os.path.join(HERE, ID + ".log"), "wb") as f:
        f.write(b"\n".join(log_bytes))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(labels) + "\n")


if __name__ == "__main__":
    main()
