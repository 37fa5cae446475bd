#!/usr/bin/env python3
"""Deterministic generator of a labeled synthetic-PHI log corpus.

Theme: health-system privacy monitoring / EHR access auditing
(access-audit analytics ingesting Epic Clarity ACCESS_LOG extracts, Cerner
audit XML, snooping rule hits, break-the-glass events, privacy case notes,
SQL Server Agent job output, Databricks df.show() output, e-mail notifier).

Writes ha.log and ha.labels.jsonl next to this file. Standard library only.
All people, numbers and addresses are invented.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random

ID = "ha"
HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20240312)
TOTAL = 500

LINES = []  # (family, [segment...]); segment = str | (value, category)

CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip",
        "biometric", "photo", "other_id"}


def emit(fam, segs):
    LINES.append((fam, list(segs)))


# ---------------------------------------------------------------- helpers
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


def luhn_ok(num):
    return luhn_check(num[:-1]) == num[-1]


VIN_VAL = {str(i): i for i in range(10)}
VIN_VAL.update(dict(A=1, B=2, C=3, D=4, E=5, F=6, G=7, H=8, J=1, K=2, L=3, M=4, N=5,
                    P=7, R=9, S=2, T=3, U=4, V=5, W=6, X=7, Y=8, Z=9))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def make_vin(wmi_vds, vis):
    s = wmi_vds + "0" + vis
    r = sum(VIN_VAL[c] * w for c, w in zip(s, VIN_W)) % 11
    return wmi_vds + ("X" if r == 10 else str(r)) + vis


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
DIG = "0123456789"


def make_mbi():
    return "".join([rng.choice("123456789"), rng.choice(MBI_A), rng.choice(MBI_A + DIG),
                    rng.choice(DIG), rng.choice(MBI_A), rng.choice(MBI_A + DIG), rng.choice(DIG),
                    rng.choice(MBI_A), rng.choice(MBI_A), rng.choice(DIG), rng.choice(DIG)])


def make_pesel(dob, female):
    yy = dob.year % 100
    mm = dob.month + (20 if dob.year >= 2000 else 0)
    base = "%02d%02d%02d" % (yy, mm, dob.day) + "%03d" % rng.randint(0, 999)
    sexd = rng.choice("02468" if female else "13579")
    base += sexd
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(base, w)) % 10) % 10
    return base + str(c)


def make_nhs():
    while True:
        d = [rng.randint(0, 9) for _ in range(9)]
        d[0] = rng.randint(4, 6)
        s = sum(x * (10 - i) for i, x in enumerate(d))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        return "".join(map(str, d)) + str(c)


def make_imei(tac):
    body = tac + "".join(rng.choice(DIG) for _ in range(6))
    return body + luhn_check(body)


def make_pan(prefix, length):
    body = prefix + "".join(rng.choice(DIG) for _ in range(length - len(prefix) - 1))
    return body + luhn_check(body)


def make_ssn():
    while True:
        a = rng.randint(100, 665)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def digits(n, first="123456789"):
    return rng.choice(first) + "".join(rng.choice(DIG) for _ in range(n - 1))


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])


def phone_fmt(p, style):
    a, b, c = p
    if style == 0:
        return "(%s) %s-%s" % (a, b, c)
    if style == 1:
        return "%s-%s-%s" % (a, b, c)
    if style == 2:
        return "%s.%s.%s" % (a, b, c)
    if style == 3:
        return "%s%s%s" % (a, b, c)
    return "+1 %s %s %s" % (a, b, c)


def dfmt(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_short":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "ora":
        return d.strftime("%d-%b-%Y").upper()
    if style == "long":
        return d.strftime("%b ") + str(d.day) + d.strftime(", %Y")
    raise ValueError(style)


EPIC_EPOCH = dt.datetime(1840, 12, 31)


def epic_instant(t):
    return str(int((t - EPIC_EPOCH).total_seconds()))


def jstr(s):
    """JSON string body escaping (raw UTF-8 kept, as Jackson/structlog emit it)."""
    return s.replace("\\", "\\\\").replace('"', '\\"')


# ---------------------------------------------------------------- people
class P(object):
    pass


def patient(first, middle, last, sex, dob, street, city, county, zip_, phone, **kw):
    p = P()
    p.first, p.middle, p.last, p.sex, p.dob = first, middle, last, sex, dob
    p.street, p.city, p.county, p.zip, p.phone = street, city, county, zip_, phone
    p.mrn = digits(7, "1234567").zfill(8)
    p.pat_id = "Z" + digits(7)
    p.person_id = digits(8, "12")
    p.har = "40" + digits(8, DIG)
    p.fin = "44" + digits(8, DIG)
    p.ssn = make_ssn()
    p.emp_id = None
    p.vip = False
    p.dod = None
    p.email = None
    p.username = None
    p.pub_ip = None
    p.plan = None
    p.member = None
    p.mbi = None
    p.admit = None
    p.disch = None
    p.contact = None  # (relation, name, phone)
    for k, v in kw.items():
        setattr(p, k, v)
    return p


def full(p):
    return p.first + " " + p.last


def full_mid(p):
    return p.first + (" " + p.middle[0] + "." if p.middle else "") + " " + p.last


def epic_name(p):
    return (p.last + "," + p.first + (" " + p.middle if p.middle else "")).upper()


def epic_name_short(p):
    return (p.last + "," + p.first).upper()


def cerner_name(p):
    return (p.last + ", " + p.first + (" " + p.middle[0] if p.middle else "")).upper()


def hl7_segs(p):
    segs = [(p.last.upper(), "name"), "^", (p.first.upper(), "name"), "^"]
    if p.middle:
        segs.append((p.middle.upper(), "name"))
    return segs


def age_on(p, d):
    return d.year - p.dob.year - ((d.month, d.day) < (p.dob.month, p.dob.day))


D = dt.date
TODAY = D(2024, 3, 12)
ACCESS_DAY = dt.datetime(2024, 3, 11)

PT = {}
PT["nguyen"] = patient("Thi Lan", None, "Nguyen", "F", D(1987, 3, 14), "1422 Birchwood Ln", "Perrysburg",
                       "Wood County", "43551", ("419", "555", "0142"),
                       email="thilan.nguyen87@gmail.com", plan="Buckeye Health Plan",
                       member="BHP" + digits(9, DIG), admit=D(2024, 3, 4), disch=D(2024, 3, 8))
PT["kowalczyk"] = patient("Lena", "Maria", "Kowalczyk", "F", D(1953, 7, 2), "88 Pulaski St", "Toledo",
                          "Lucas County", "43608", ("419", "555", "0167"),
                          email="lena.kowalczyk53@outlook.com", username="lkowalczyk53",
                          pub_ip="73.118.22.41", plan="Medicare", admit=D(2024, 3, 8),
                          contact=("son", "Piotr Kowalczyk", ("419", "555", "0177")))
PT["kowalczyk"].mbi = make_mbi()
PT["kowalczyk"].pesel = make_pesel(PT["kowalczyk"].dob, True)
PT["bondarenko"] = patient("Oleksandr", None, "Bondarenko", "M", D(1979, 11, 23), "3107 Heatherdowns Blvd",
                           "Toledo", "Lucas County", "43614", ("567", "555", "0119"),
                           plan="Paramount", member="P" + digits(10, DIG), admit=D(2024, 3, 10))
PT["ramirez"] = patient("Lucía", None, "Ramírez Peña", "F", D(2001, 5, 30), "615 Broadway St", "Toledo",
                        "Lucas County", "43604", ("419", "555", "0181"),
                        email="lucia.rpena01@yahoo.com", plan="Ohio Medicaid", member=digits(12, "9"))
PT["okonkwo"] = patient("Adaeze", None, "Okonkwo", "F", D(1990, 8, 9), "2745 Glendale Ave", "Toledo",
                        "Lucas County", "43614", ("419", "555", "0134"), emp_id="E118842",
                        plan="Anthem BCBS", member="XOH" + digits(9, DIG), admit=D(2024, 2, 29),
                        disch=D(2024, 3, 2))
PT["whitaker"] = patient("Marcus", "DeShawn", "Whitaker", "M", D(1984, 1, 17), "9 Quail Hollow Ct", "Sylvania",
                         "Lucas County", "43560", ("419", "555", "0108"), vip=True,
                         admit=D(2024, 3, 9), plan="Aetna", member="W" + digits(9, DIG))
PT["hutchins"] = patient("Eleanor", "Grace", "Hutchins", "F", D(1930, 2, 11), "4102 Indian Rd", "Ottawa Hills",
                         "Lucas County", "43615", ("419", "555", "0150"), vip=True, plan="Medicare",
                         admit=D(2024, 3, 7))
PT["hutchins"].mbi = make_mbi()
PT["haddad"] = patient("Samira", None, "Haddad", "F", D(1975, 4, 22), "2290 Secor Rd", "Toledo",
                       "Lucas County", "43606", ("419", "555", "0126"), email="samira.haddad75@gmail.com",
                       plan="UnitedHealthcare", member=digits(9, "9"))
PT["yang"] = patient("Bao", None, "Yang", "M", D(1996, 12, 2), "517 Elm St", "Fremont", "Sandusky County",
                     "43420", ("419", "555", "0193"))
PT["osullivan"] = patient("Siobhán", None, "O'Sullivan", "F", D(1962, 10, 19), "36 Kenwood Blvd", "Toledo",
                          "Lucas County", "43610", ("419", "555", "0171"), email="siobhan.osull@icloud.com")
PT["mensah"] = patient("Kwame", "Kofi", "Mensah", "M", D(1958, 6, 25), "1180 Dorr St", "Toledo",
                       "Lucas County", "43607", ("419", "555", "0159"), dod=D(2024, 2, 27))
PT["park"] = patient("Ji-woo", None, "Park", "F", D(1999, 3, 8), "4420 Talmadge Rd Apt 12", "Toledo",
                     "Lucas County", "43623", ("567", "555", "0102"))
PT["pemberton"] = patient("Oliver", None, "Pemberton-Hale", "M", D(1971, 9, 9), "220 N Summit St", "Toledo",
                          "Lucas County", "43604", ("419", "555", "0145"),
                          email="o.pemberton-hale@btinternet.com")
PT["pemberton"].nhs = make_nhs()
PT["warsame"] = patient("Fatuma", "Abdi", "Warsame", "F", D(1993, 2, 27), "1515 Woodville Rd", "Oregon",
                        "Lucas County", "43616", ("419", "555", "0138"))
PT["toussaint"] = patient("Jean-Baptiste", None, "Toussaint", "M", D(1947, 5, 5), "710 Monroe St", "Maumee",
                          "Lucas County", "43537", ("419", "555", "0186"), plan="Medicare")
PT["toussaint"].mbi = make_mbi()
PT["virtanen"] = patient("Aino", None, "Virtanen", "F", D(1988, 10, 1), "3030 Starr Ave", "Oregon",
                         "Lucas County", "43616", ("419", "555", "0112"))
PT["papadakis"] = patient("Dimitrios", None, "Papadakis", "M", D(1939, 12, 12), "57 Main St", "Bowling Green",
                          "Wood County", "43402", ("419", "555", "0124"))
PT["alves"] = patient("Beatriz", "Conceição", "Alves", "F", D(1972, 3, 3), "2604 Lagrange St", "Toledo",
                      "Lucas County", "43608", ("419", "555", "0197"))
PT["tanaka"] = patient("Hiroshi", None, "Tanaka", "M", D(1931, 6, 18), "6 Riverside Dr", "Perrysburg",
                       "Wood County", "43551", ("419", "555", "0161"), plan="Medicare")
PT["tanaka"].mbi = make_mbi()
PT["lindqvist"] = patient("Zoë", None, "Müller-Lindqvist", "F", D(2008, 8, 20), "812 Greenwood Ave", "Sylvania",
                          "Lucas County", "43560", ("419", "555", "0115"),
                          contact=("mother", "Anna Lindqvist", ("419", "555", "0116")))
PT["quispe"] = patient("Mateo", None, "Quispe Huamán", "M", D(1965, 4, 4), "1909 Nebraska Ave", "Toledo",
                       "Lucas County", "43607", ("567", "555", "0131"))
PT["dlamini"] = patient("Nokuthula", None, "Dlamini", "F", D(1986, 11, 11), "445 Navarre Ave", "Oregon",
                        "Lucas County", "43616", ("419", "555", "0174"))
PT["cruz"] = patient("Marisol", "Esperanza", "Cruz", "F", D(1958, 2, 14), "3318 Airport Hwy", "Toledo",
                     "Lucas County", "43609", ("419", "555", "0149"), emp_id="E120377")
PT["malhotra"] = patient("Arjun", None, "Malhotra", "M", D(1992, 9, 29), "7740 Sylvania Ave", "Sylvania",
                         "Lucas County", "43560", ("567", "555", "0188"), emp_id="E131905")
PT["kamau"] = patient("Wanjiru", None, "Kamau", "F", D(1983, 5, 16), "150 Ford St", "Fremont",
                      "Sandusky County", "43420", ("419", "555", "0109"), email="w.kamau83@yahoo.com")
PT["ferreira"] = patient("Gustavo", "Henrique", "Ferreira", "M", D(1977, 7, 7), "925 Fearing Blvd", "Toledo",
                         "Lucas County", "43607", ("419", "555", "0153"))

PT["kowalczyk"].plate = "HJK" + digits(4, DIG)
PT["kowalczyk"].vin = make_vin("1HGCV1F3", "KA" + digits(6, DIG))
PT["alves"].pan = make_pan("4", 16)
PT["toussaint"].imei = make_imei("35391110")
PT["virtanen"].mac = ":".join("%02X" % rng.randrange(256) for _ in range(6))
PT["virtanen"].pump = "NG" + digits(7, DIG) + "H"
PT["park"].username = "jpark0308"
PT["park"].pub_ip = "2600:1702:4a10:9e0:%x:%x::1f" % (rng.randint(4096, 65535), rng.randint(4096, 65535))
PT["tanaka"].contact = ("daughter-in-law", "Keiko Tanaka", ("419", "555", "0162"))
PT["quispe"].fax = ("567", "555", "0132")
for _p in (PT["alves"], PT["toussaint"]):
    assert luhn_ok(_p.pan if hasattr(_p, "pan") else _p.imei)
PKEYS = list(PT.keys())

# staff: never PHI
class E(object):
    pass


def emp(first, last, eid, uid, title, dept, dname, ws, prsnl):
    e = E()
    e.first, e.last, e.eid, e.uid, e.title, e.dept, e.dname, e.ws, e.prsnl = \
        first, last, eid, uid, title, dept, dname, ws, prsnl
    e.ip = "10.%d.%d.%d" % (rng.choice([42, 44, 61, 88]), rng.randint(1, 254), rng.randint(2, 250))
    return e


EM = {}
EM["hnguyen"] = emp("Hoang", "Nguyen", "E104233", "HNGUYEN3", "RN", "101010230", "4 WEST MED SURG", "WS4WNS12", "12874401")
EM["kbond"] = emp("Kateryna", "Bondarenko", "E109871", "KBONDARE", "Patient Access Rep", "101090110",
                  "CENTRAL REGISTRATION", "REGWS0217", "12874417")
EM["dramirez"] = emp("Diego", "Ramírez", "E115604", "DRAMIREZ2", "Medical Assistant", "102030410",
                     "SYLVANIA FAMILY MED", "SFMCLIN09", "12875022")
EM["cokafor"] = emp("Chidi", "Okafor", "E107722", "COKAFOR", "Pharmacist", "101070020", "INPATIENT PHARMACY",
                    "RXWS0031", "12874451")
EM["yhaddad"] = emp("Yusuf", "Haddad", "E121450", "YHADDAD", "Unit Clerk", "101020330", "5 NORTH ORTHO",
                    "WS5NUC02", "12876610")
EM["rpatel"] = emp("Ravi", "Patel", "E203114", "RPATEL2", "Emergency Physician", "101040110", "EMERGENCY DEPT",
                   "HSYSL04412", "12870093")
EM["jshea"] = emp("Joanna", "Shea", "E110932", "JOSHEA1", "RN", "101040110", "EMERGENCY DEPT", "EDWS0007",
                  "12874988")
EM["tbaptiste"] = emp("Tyrone", "Baptiste", "E125518", "TBAPTIST", "Coder II", "101110050", "HIM CODING",
                      "HIMWS0114", "12877105")
EM["mchou"] = emp("Mei-Ling", "Chou", "E119006", "MCHOU", "Med Lab Scientist", "101060200", "CORE LAB",
                  "LABWS0042", "12876001")
EM["shalvorsen"] = emp("Sven", "Halvorsen", "E130022", "SHALVORS", "CT Technologist", "101080010", "RADIOLOGY CT",
                       "RADCT0003", "12877930")
EM["gadeyemi"] = emp("Grace", "Adeyemi", "E114410", "GADEYEMI", "Social Worker", "101130020", "CASE MANAGEMENT",
                     "CMWS0019", "12875533")
EM["bkowalski"] = emp("Brandon", "Kowalski", "E126734", "BKOWALSK", "Patient Transporter", "101150010",
                      "PATIENT TRANSPORT", "TRNWS0002", "12877421")
EM["lhosseini"] = emp("Laila", "Hosseini", "E128890", "LHOSSEIN", "Billing Rep", "103010010",
                      "PATIENT FINANCIAL SVCS", "PFSWS0221", "12877688")
EM["cfitz"] = emp("Connor", "Fitzgerald", "E131277", "CFITZGER", "Resident Physician", "101010230",
                  "4 WEST MED SURG", "WOW4W07", "12878002")
EM["ahmadi"] = emp("Farid", "Ahmadi", "E117350", "FAHMADI", "Hospitalist", "101010230", "4 WEST MED SURG",
                   "WS4WDR03", "12875790")
EM["lindahl"] = emp("Karin", "Lindahl", "E102281", "KLINDAHL", "Emergency Physician", "101040110",
                    "EMERGENCY DEPT", "EDWS0011", "12870140")
EKEYS = list(EM.keys())
SNOOPERS = ["hnguyen", "kbond", "dramirez", "cokafor", "yhaddad", "bkowalski", "lhosseini"]
CLIN = ["rpatel", "jshea", "cfitz", "ahmadi", "lindahl", "mchou", "shalvorsen", "gadeyemi", "tbaptiste"]

ANALYSTS = [("mwhitfield", "Marcy Whitfield"), ("oeze", "Obinna Eze"), ("hkobayashi", "Hana Kobayashi"),
            ("rsolis", "Ricardo Solís")]
MANAGERS = [("Dana Ortiz", "dana.ortiz@glrh.org", "Nurse Manager, 4W"),
            ("Phil Nakamura", "phil.nakamura@glrh.org", "Director of Pharmacy"),
            ("Renee Castellano", "renee.castellano@glrh.org", "Supervisor, Central Registration"),
            ("Tom Brzezinski", "tom.brzezinski@glrh.org", "Manager, Patient Transport")]

# the snooping scenarios: (employee key, patient key, rule id, case number)
SCEN = [("hnguyen", "nguyen", "SNP-SAME-LNAME", "PO-2024-000187"),
        ("kbond", "bondarenko", "SNP-SAME-LNAME", "PO-2024-000188"),
        ("dramirez", "ramirez", "SNP-SAME-LNAME", "PO-2024-000189"),
        ("cokafor", "okonkwo", "SNP-COWORKER", "PO-2024-000190"),
        ("yhaddad", "haddad", "SNP-SAME-ADDR", "PO-2024-000191"),
        ("bkowalski", "kowalczyk", "SNP-REPEAT-NOTX", "PO-2024-000192"),
        ("lhosseini", "whitaker", "SNP-VIP", "PO-2024-000193"),
        ("tbaptiste", "mensah", "SNP-DECEASED", "PO-2024-000194"),
        ("jshea", "hutchins", "SNP-VIP", "PO-2024-000195"),
        ("shalvorsen", "malhotra", "SNP-COWORKER", "PO-2024-000196"),
        ("gadeyemi", "cruz", "SNP-COWORKER", "PO-2024-000197"),
        ("kbond", "lindqvist", "SNP-NEIGHBOR", "PO-2024-000198")]

METRICS_PAT = [(17001, "Chart Review Encounters Tab"), (17005, "Chart Review Notes Tab"),
               (17030, "Results Review"), (20012, "Demographics Viewed"), (34009, "MAR Opened"),
               (17044, "Problem List Viewed"), (21003, "Insurance/Coverage Viewed"),
               (17062, "Media Tab - Patient Photo")]
METRICS_NOPAT = [(10001, "Login"), (10002, "Logout"), (30105, "In Basket Opened"),
                 (45020, "Report Run - My Reports"), (30212, "Secure Chat Opened"),
                 (52001, "Department Schedule Viewed"), (10017, "Workstation Unlock")]


def stable(p, attr, fn):
    """Per-person identifier generated once and reused (real systems log the same value)."""
    if getattr(p, attr, None) is None:
        setattr(p, attr, fn())
    return getattr(p, attr)


def pick_pat():
    return PT[rng.choice(PKEYS)]


def pick_emp(pool=None):
    return EM[rng.choice(pool or EKEYS)]


# ---------------------------------------------------------------- BTG syslog
def fam_btg(n):
    t = dt.datetime(2024, 3, 11, 0, 12, 5)
    seq = 448700
    fwd = 0
    out = 0
    sessions = []
    comments_plain = ["pt unresponsive, ED bay 7", "covering for Dr. Lindahl", "consult requested by hospitalist",
                      "trauma activation level 2", "rapid response 4W rm 12", "sepsis alert follow-up",
                      "cross-cover night team", "stroke alert - tele-neuro"]
    while out < n:
        t += dt.timedelta(seconds=rng.randint(300, 3400))
        pre = t.strftime("%b ") + ("%2d" % t.day) + t.strftime(" %H:%M:%S") + " epic-btg01 btgfwd[3312]: "
        r = rng.random()
        if r < 0.52:
            e = EM[rng.choice(["rpatel", "jshea", "cfitz", "lindahl", "ahmadi", "gadeyemi"])]
            p = pick_pat()
            seq += 1
            sess = "btg-" + hexs(6)
            sessions.append((sess, e))
            exp = t + dt.timedelta(hours=4)
            segs = [pre, "BTG_ACCESS seq=%d session=%s user=%s emp=%s ws=%s ip=%s dept=%s pat_id=" % (
                seq, sess, e.uid, e.eid, e.ws, e.ip, e.dept), (p.pat_id, "mrn"), " mrn=", (p.mrn, "mrn"),
                    " reason_c=%d reason=\"%s\" comment=\"" % rng.choice(
                        [(3, "Emergency treatment"), (1, "Direct patient care"), (5, "Consult"),
                         (7, "Coverage - patient assigned to me")])]
            k = rng.random()
            if k < 0.25 and p.contact:
                rel, cname, cph = p.contact
                segs += ["spoke w/ pt's %s " % rel, (cname, "name"), " ", (phone_fmt(cph, 1), "phone")]
            elif k < 0.45:
                segs += ["DOB ", (dfmt(p.dob, "us"), "date"), " verified w/ wristband"]
            elif k < 0.55:
                segs += ["pt ", (p.last.upper(), "name"), " transferred from St. Vincent ED"]
            else:
                segs += [rng.choice(comments_plain)]
            segs += ["\" expires=%s" % exp.strftime("%Y-%m-%dT%H:%M:%S")]
            emit("btg_syslog", segs)
        elif r < 0.68 and sessions:
            sess, e = sessions.pop(0)
            emit("btg_syslog", [pre + "BTG_END session=%s user=%s duration=00:%02d:%02d actions=%d reason=%s" % (
                sess, e.uid, rng.randint(1, 59), rng.randint(0, 59), rng.randint(3, 80),
                rng.choice(["LOGOUT", "TIMEOUT", "EXPIRED"]))])
        elif r < 0.80:
            fwd += rng.randint(20, 90)
            emit("btg_syslog", [pre + "forwarded %d events to privacywatch-ingest.glrh.local:6514 (tls) "
                                      "last_seq=%d queue_depth=%d" % (fwd, seq, rng.randint(0, 4))])
        elif r < 0.88:
            e = pick_emp(CLIN)
            p = pick_pat()
            seq += 1
            emit("btg_syslog", [pre, "BTG_DENIED seq=%d user=%s emp=%s ws=%s pat_id=" % (seq, e.uid, e.eid, e.ws),
                                (p.pat_id, "mrn"), " reason_c=0 msg=\"reason required\""])
        elif r < 0.94:
            t2 = t.strftime("%b ") + ("%2d" % t.day) + t.strftime(" %H:%M:%S")
            emit("btg_syslog", [t2 + " epic-btg01 rsyslogd: [origin software=\"rsyslogd\" swVersion=\"8.2102.0\" "
                                     "x-pid=\"1187\" x-info=\"https://www.rsyslog.com\"] rsyslogd was HUPed"])
        else:
            t2 = t.strftime("%b ") + ("%2d" % t.day) + t.strftime(" %H:%M:%S")
            emit("btg_syslog", [t2 + " epic-btg01 systemd[1]: Started BTG forwarder health check "
                                     "(btgfwd-health.service)."])
        out += 1


# ---------------------------------------------------------------- Cerner audit XML
def b64_photo():
    head = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    body = bytes(rng.randrange(256) for _ in range(rng.randint(420, 640)))
    return base64.b64encode(head + body + b"\xff\xd9").decode()


def b64_template():
    head = b"PSV2\x01\x00\x02\x00"
    body = bytes(rng.randrange(256) for _ in range(rng.randint(180, 260)))
    return base64.b64encode(head + body).decode()


def fam_cerner(n):
    t = dt.datetime(2024, 3, 11, 6, 40, 0)
    out = 0
    batch_open = False
    while out < n:
        t += dt.timedelta(seconds=rng.randint(40, 900))
        iso = t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d-05:00" % rng.randint(0, 999)
        if not batch_open and (out == 0 or rng.random() < 0.08) and out < n - 2:
            emit("cerner_xml", ['<AuditBatch xmlns="urn:cerner:p2sentinel:audit:2.1" batchId="%s" '
                                'source="MILLENNIUM-PROD" node="cernapp0%d.glrh.local" count="%d" '
                                'from="%s">' % (uuid4(), rng.randint(1, 4), rng.randint(180, 260), iso)])
            batch_open = True
            out += 1
            continue
        if batch_open and rng.random() < 0.07:
            emit("cerner_xml", ["</AuditBatch>"])
            batch_open = False
            out += 1
            continue
        e = pick_emp()
        head = '<AuditEvent id="%s" dateTime="%s" outcome="0">' % (uuid4(), iso)
        forced = {5: 0.85, 11: 0.60, 17: 0.70, 23: 0.66, 29: 0.85, 35: 0.75, 41: 0.60, 46: 0.80}
        user = '<Participant role="user" prsnlId="%s" username="%s" name="%s, %s" position="%s"/>' % (
            e.prsnl, e.uid[:8], e.last.upper(), e.first.upper(), e.title)
        ws = '<Workstation id="CERN-%s" ip="%s"/>' % (e.ws, e.ip)
        r = rng.random()
        r = forced.get(out, r)
        p = pick_pat()
        pat = ['<Patient personId="', (p.person_id, "mrn"), '" mrn="', (p.mrn, "mrn"), '" name="',
               (cerner_name(p), "name"), '" birthDate="', (dfmt(p.dob, "iso"), "date"), '" gender="%s"/>' % p.sex]
        if r < 0.17:
            emit("cerner_xml", [head, user, ws, '<Action type="Security" subtype="%s" app="%s"/></AuditEvent>' % (
                rng.choice(["Logon", "Logoff", "Session Timeout", "Password Change"]),
                rng.choice(["PowerChart", "FirstNet", "SurgiNet", "PharmNet"]))])
        elif r < 0.24:
            emit("cerner_xml", ['<AuditHeartbeat node="cernapp0%d.glrh.local" seq="%d" dateTime="%s" '
                                'queued="%d" lagMs="%d"/>' % (rng.randint(1, 4), rng.randint(900000, 999999), iso,
                                                             rng.randint(0, 40), rng.randint(80, 2400))])
        elif r < 0.29:
            emit("cerner_xml", [head, user, ws, '<Action type="Report" subtype="Census Print" unit="%s" '
                                                'rows="%d"/></AuditEvent>' % (e.dname, rng.randint(12, 38))])
        elif r < 0.55:
            segs = [head, user, ws, '<Action type="Query" subtype="%s"/>' % rng.choice(
                ["PowerChart Open", "Results Viewer", "Clinical Notes", "Orders Profile", "MAR Summary"])] + pat
            if rng.random() < 0.5 and p.admit:
                segs += ['<Encounter finNbr="', (p.fin, "account"), '" type="Inpatient" regDate="',
                         (dfmt(p.admit, "iso"), "date"), '"/>']
            segs += ["</AuditEvent>"]
            emit("cerner_xml", segs)
        elif r < 0.63:
            mem = p.mbi if p.mbi else stable(p, "member", lambda: "XOH" + digits(9, DIG))
            payer = p.plan or "Anthem BCBS"
            segs = [head, user, ws, '<Action type="Query" subtype="Insurance Coverage"/>'] + pat + \
                   ['<Coverage payer="%s" memberId="' % payer, (mem, "health_plan"),
                    '" groupNbr="%s" priority="1"/></AuditEvent>' % ("GRP-" + digits(6))]
            emit("cerner_xml", segs)
        elif r < 0.67:
            segs = [head, user, ws, '<Action type="Query" subtype="Patient Photo"/>'] + pat + \
                   ['<Media type="image/jpeg"><Data>', ("data:image/jpeg;base64," + stable(p, "photo", b64_photo),
                                                        "photo"),
                    "</Data></Media></AuditEvent>"]
            emit("cerner_xml", segs)
        elif r < 0.73:
            segs = [head, user, ws, '<Action type="Identify" subtype="PatientSecure Palm Match" score="0.%d"/>' %
                    rng.randint(930, 999)] + pat + ['<Biometric format="PSV2"><Template>',
                                                    (b64_template(), "biometric"), "</Template></Biometric></AuditEvent>"]
            emit("cerner_xml", segs)
        elif r < 0.77:
            if rng.random() < 0.5:
                dev = stable(p, "udi", lambda: '(01)00643169%06d(17)%s(21)' % (rng.randint(0, 999999), "271130") +
                             rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(8, DIG))
                kind = "Implanted Device Record"
            else:
                dev = stable(p, "pm_serial", lambda: "PJN" + digits(6, DIG) + rng.choice("HSR"))
                kind = "Device Interrogation"
            segs = [head, user, ws, '<Action type="Query" subtype="%s"/>' % kind] + pat + \
                   ['<Device serial="', (dev, "device"), '" model="%s"/></AuditEvent>' % rng.choice(
                       ["Azure XT DR MRI", "Evera MRI XT", "t:slim X2", "MiniMed 780G"])]
            emit("cerner_xml", segs)
        elif r < 0.83:
            if rng.random() < 0.5:
                crit = [("SSN:", None), (p.ssn.replace("-", ""), "ssn")]
            else:
                crit = [("NAME:", None), (p.last.upper() + "," + p.first[0].upper(), "name")]
            segs = [head, user, ws, '<Action type="Search" subtype="Person Search"/><Criteria>', crit[0][0],
                    crit[1], '</Criteria><Result count="%d"/></AuditEvent>' % rng.randint(1, 6)]
            emit("cerner_xml", segs)
        elif r < 0.88:
            st = stable(p, "dl_state", lambda: rng.choice(["OH", "OH", "MI"]))
            dl = stable(p, "dl", lambda: (rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + rng.choice(
                "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(6, DIG)) if st == "OH" else (p.last[0].upper() + digits(12, DIG)))
            segs = [head, user, ws, '<Action type="Query" subtype="Scanned Document" docType="Driver License"/>'] + \
                pat + ['<DocumentIndex state="%s" number="' % st, (dl, "license"), '"/></AuditEvent>']
            emit("cerner_xml", segs)
        else:
            emit("cerner_xml", [head, user, ws, '<Action type="Query" subtype="Worklist" list="%s" patients="%d"/>'
                                                '</AuditEvent>' % (e.dname, rng.randint(6, 30))])
        out += 1
    # make sure the batch is closed visually in the next family is not required


# ---------------------------------------------------------------- SQL Server Agent
def fam_sqlagent():
    job = "Clarity_Nightly_ETL"
    srv = "GLRH-CLARSQL01"
    t = dt.datetime(2024, 3, 12, 2, 0, 0)

    def step(no, name):
        emit("sqlagent", ["Job '%s' : Step %d, '%s' : Began Executing %s" % (job, no, name,
                                                                             t.strftime("%Y-%m-%d %H:%M:%S"))])

    step(1, "Check Clarity ETL completion")
    emit("sqlagent", ["Clarity ETL status for 2024-03-11: COMPLETE (ETL_RUN_ID 88213, finished 01:42:17) "
                      "[SQLSTATE 01000] (Message 50000)"])
    emit("sqlagent", ["(1 rows affected)"])
    t += dt.timedelta(seconds=4)
    step(2, "Truncate staging")
    emit("sqlagent", ["(0 rows affected)"])
    t += dt.timedelta(seconds=1)
    step(3, "Load ACCESS_LOG")
    emit("sqlagent", ["usp_Load_AccessLog: window 2024-03-11 00:00:00 -> 2024-03-12 00:00:00 batch=50000 "
                      "[SQLSTATE 01000] (Message 50000)"])
    for i in range(3):
        emit("sqlagent", ["(%d rows affected)" % (50000 if i < 2 else 34233)])
    p = PT["nguyen"]
    inst = epic_instant(dt.datetime(2024, 3, 11, 14, 22, 7))
    emit("sqlagent", ["Msg 2627, Level 14, State 1, Server %s, Procedure usp_Load_AccessLog, Line 212 "
                      "[Batch Start Line 0]" % srv])
    emit("sqlagent", ["Violation of PRIMARY KEY constraint 'PK_ACCESS_LOG_STG'. Cannot insert duplicate key in "
                      "object 'dbo.ACCESS_LOG_STG'. The duplicate key value is (", (p.pat_id, "mrn"),
                      ", %s, 17001). [SQLSTATE 23000] (Error 2627)" % inst])
    emit("sqlagent", ["usp_Load_AccessLog: duplicate handling = SKIP, 1 row(s) diverted to dbo.ACCESS_LOG_DUPES "
                      "[SQLSTATE 01000] (Message 50000)"])
    emit("sqlagent", ["usp_Load_AccessLog: loaded 184233 rows for 2024-03-11 in 00:12:44 "
                      "[SQLSTATE 01000] (Message 50000)"])
    t += dt.timedelta(minutes=12, seconds=44)
    step(4, "SSIS - Load patient and employee dimensions")
    emit("sqlagent", ["Executed as user: GLRH\\svc_clarity_etl. Microsoft (R) SQL Server Execute Package Utility"])
    emit("sqlagent", ["Version 15.0.4335.1 for 64-bit"])
    emit("sqlagent", ["Copyright (C) 2019 Microsoft. All rights reserved."])
    emit("sqlagent", ["Started:  %s" % t.strftime("%I:%M:%S %p").lstrip("0")])
    pt = t
    for src, msg in [("DFT Load PATIENT_DIM", "Validating: 0% complete"),
                     ("DFT Load PATIENT_DIM", "Execute: 50% complete"),
                     ("DFT Load EMPLOYEE_DIM", "Execute: 100% complete")]:
        pt += dt.timedelta(seconds=rng.randint(20, 200))
        emit("sqlagent", ["Progress: %s.%02d" % (pt.strftime("%Y-%m-%d %H:%M:%S"), rng.randint(0, 99))])
        emit("sqlagent", ["   Source: %s " % src])
        emit("sqlagent", ["   %s" % msg])
        emit("sqlagent", ["End Progress"])
    pt += dt.timedelta(seconds=31)
    emit("sqlagent", ["Warning: %s.%02d" % (pt.strftime("%Y-%m-%d %H:%M:%S"), rng.randint(0, 99))])
    emit("sqlagent", ["   Code: 0x802092A7"])
    emit("sqlagent", ["   Source: DFT Load PATIENT_DIM OLE DB Destination [112]"])
    emit("sqlagent", ["   Description: Truncation may occur due to inserting data from data flow column "
                      "\"ADDR_LINE_1\" with a length of 100 to database column \"ADDR_LINE_1\" with a length of 20."])
    emit("sqlagent", ["End Warning"])
    pt += dt.timedelta(seconds=12)
    q = PT["park"]
    emit("sqlagent", ["Error: %s.%02d" % (pt.strftime("%Y-%m-%d %H:%M:%S"), rng.randint(0, 99))])
    emit("sqlagent", ["   Code: 0xC0202009"])
    emit("sqlagent", ["   Source: DFT Load PATIENT_DIM OLE DB Destination [112]"])
    emit("sqlagent", ["   Description: SSIS Error Code DTS_E_OLEDBERROR.  An OLE DB error has occurred. Error code: "
                      "0x80004005.  An OLE DB record is available.  Source: \"Microsoft OLE DB Driver for SQL "
                      "Server\"  Hresult: 0x80004005  Description: \"String or binary data would be truncated in "
                      "table 'Clarity_Audit.dbo.PATIENT_DIM', column 'ADDR_LINE_1'. Truncated value: '",
                      (q.street[:20], "address"), "'.\"."])
    emit("sqlagent", ["End Error"])
    emit("sqlagent", ["DTExec: The package execution returned DTSER_SUCCESS (0)."])
    emit("sqlagent", ["Started:  %s" % t.strftime("%I:%M:%S %p").lstrip("0")])
    t = pt + dt.timedelta(seconds=rng.randint(30, 90))
    emit("sqlagent", ["Finished: %s" % t.strftime("%I:%M:%S %p").lstrip("0")])
    emit("sqlagent", ["Elapsed:  %.3f seconds" % (t - (pt - dt.timedelta(seconds=400))).total_seconds()])
    t += dt.timedelta(seconds=3)
    step(5, "Build VIP and employee-patient crosswalk")
    emit("sqlagent", ["Warning: Null value is eliminated by an aggregate or other SET operation. "
                      "[SQLSTATE 01003] (Message 8153)"])
    emit("sqlagent", ["(1204 rows affected)"])
    b = PT["bondarenko"]
    emit("sqlagent", ["Conversion failed when converting the nvarchar value '", (epic_name(b), "name"),
                      "' to data type int. [SQLSTATE 22018] (Error 245).  The step failed."])
    t += dt.timedelta(seconds=9)
    emit("sqlagent", ["%s,%s,Failed,5,%s,%s,Build VIP and employee-patient crosswalk,,Executed as user: "
                      "GLRH\\svc_clarity_etl. Conversion failed when converting the nvarchar value '" % (
                          t.strftime("%m/%d/%Y %H:%M:%S"), job, srv, job), (epic_name(b), "name"),
                      "' to data type int. [SQLSTATE 22018] (Error 245).  The step failed.,00:00:09,16,0,,,,0"])
    emit("sqlagent", ["%s,%s,Failed,0,%s,%s,(Job outcome),,The job failed.  The Job was invoked by Schedule 12 "
                      "(Nightly 0200).  The last step to run was step 5 (Build VIP and employee-patient "
                      "crosswalk).,00:14:51,0,0,,,,0" % (t.strftime("%m/%d/%Y %H:%M:%S"), job, srv, job)])
    # DBA maintenance job (Ola Hallengren style) - no PHI
    t2 = dt.datetime(2024, 3, 12, 3, 15, 0)
    emit("sqlagent", ["Job 'DBA - IndexOptimize - Clarity_Audit' : Step 1, 'IndexOptimize' : Began Executing %s" %
                      t2.strftime("%Y-%m-%d %H:%M:%S")])
    emit("sqlagent", ["Date and time: %s" % t2.strftime("%Y-%m-%d %H:%M:%S")])
    emit("sqlagent", ["Server: %s" % srv])
    emit("sqlagent", ["Version: 15.0.4335.1"])
    emit("sqlagent", ["Edition: Enterprise Edition: Core-based Licensing (64-bit)"])
    for ix, pages, frag in [("IX_ACCESS_LOG_USER_TIME", 412883, 38.1172), ("IX_ACCESS_LOG_PAT", 398120, 31.0044)]:
        t2 += dt.timedelta(seconds=rng.randint(60, 240))
        emit("sqlagent", ["Date and time: %s" % t2.strftime("%Y-%m-%d %H:%M:%S")])
        emit("sqlagent", ["Command: ALTER INDEX [%s] ON [Clarity_Audit].[dbo].[ACCESS_LOG_STG] REBUILD WITH "
                          "(SORT_IN_TEMPDB = OFF, ONLINE = ON, MAXDOP = 4)" % ix])
        emit("sqlagent", ["Comment: ObjectType: Table, IndexType: NonClustered, ImageText: No, NewLOB: No, "
                          "FileStream: No, ColumnStore: No, AllowPageLocks: Yes, PageCount: %d, "
                          "Fragmentation: %.4f" % (pages, frag)])
        emit("sqlagent", ["Outcome: Succeeded"])
        emit("sqlagent", ["Duration: 00:0%d:%02d" % (rng.randint(1, 4), rng.randint(0, 59))])
    # re-run of failed job step after fix
    t3 = dt.datetime(2024, 3, 12, 7, 5, 12)
    emit("sqlagent", ["Job '%s' : Step 5, 'Build VIP and employee-patient crosswalk' : Began Executing %s" % (
        job, t3.strftime("%Y-%m-%d %H:%M:%S"))])
    emit("sqlagent", ["usp_Build_VIP_Xwalk: VIP flags=1204 employee-patients=3871 MRN collisions=0 "
                      "[SQLSTATE 01000] (Message 50000)"])
    c = PT["cruz"]
    emit("sqlagent", ["usp_Build_VIP_Xwalk: WARN employee ", (c.emp_id, "other_id"), " matched 2 MRNs (",
                      (c.mrn, "mrn"), ", ", (PT["cruz"].pat_id, "mrn"),
                      ") - kept oldest [SQLSTATE 01000] (Message 50000)"])
    emit("sqlagent", ["(3871 rows affected)"])


# ---------------------------------------------------------------- ingest service
def fam_ingest_a():
    t = dt.datetime(2024, 3, 12, 3, 0, 2, 117000)

    def pre(lvl, thr, lg):
        return "%sZ %-5s [%s] %s - " % (t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d" % (t.microsecond // 1000),
                                       lvl, thr, lg)

    emit("ingest", [pre("INFO", "ingest-clarity-1", "o.g.pw.ingest.FileWatcher") +
                    "picked up /data/inbound/clarity/ACCESS_LOG_20240311.csv (size=48213377 bytes, "
                    "mtime=2024-03-12T02:47:13Z)"])
    t += dt.timedelta(milliseconds=412)
    emit("ingest", [pre("INFO", "ingest-clarity-1", "o.g.pw.ingest.CsvAccessLogParser") +
                    "header OK: 13 columns, dialect=excel, encoding=UTF-8"])


def fam_ingest_b():
    t = dt.datetime(2024, 3, 12, 3, 6, 41, 20000)

    def pre(lvl, thr, lg):
        return "%sZ %-5s [%s] %s - " % (t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d" % (t.microsecond // 1000),
                                       lvl, thr, lg)

    p = PT["quispe"]
    e = EM["mchou"]
    row_t = "2024-03-11 25:02:19"
    emit("ingest", [pre("WARN", "ingest-clarity-1", "o.g.pw.ingest.CsvAccessLogParser"),
                    "row 88123 rejected (UNPARSEABLE_ACCESS_TIME) raw=\"66061901339,%s,88931,%s,\\\"%s,%s\\\","
                    "%s,17030,Results Review," % (row_t, e.uid, e.last.upper(), e.first.upper(), e.ws),
                    (p.pat_id, "mrn"), ",", (p.mrn, "mrn"), ",\\\"", (epic_name(p), "name"),
                    "\\\",%s,1\"" % e.dept])
    t += dt.timedelta(seconds=2, milliseconds=77)
    emit("ingest", [pre("WARN", "ingest-clarity-1", "o.g.pw.ingest.CsvAccessLogParser") +
                    "row 131877 rejected (COLUMN_COUNT expected=13 actual=12)"])
    t += dt.timedelta(seconds=38, milliseconds=310)
    emit("ingest", [pre("INFO", "ingest-clarity-1", "o.g.pw.ingest.FileWatcher") +
                    "ACCESS_LOG_20240311.csv done rows=184231 rejected=2 dupes=1 elapsed=398.2s "
                    "sha256=" + hashlib.sha256(b"ACCESS_LOG_20240311").hexdigest()])
    t += dt.timedelta(milliseconds=90)
    emit("ingest", [pre("INFO", "kafka-producer-network-thread | pw-ingest", "o.a.k.c.p.internals.Sender") +
                    "[Producer clientId=pw-ingest] flushed topic=access-events partitions=12 "
                    "lastOffset=99128834"])
    t += dt.timedelta(seconds=5)
    emit("ingest", [pre("INFO", "ingest-clarity-2", "o.g.pw.ingest.FileWatcher") +
                    "picked up /data/inbound/clarity/ACCESS_LOG_20240311.txt (pipe, size=51004412 bytes)"])


def fam_ingest_c():
    t = dt.datetime(2024, 3, 12, 3, 21, 9, 540000)

    def pre(lvl, thr, lg):
        return "%sZ %-5s [%s] %s - " % (t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d" % (t.microsecond // 1000),
                                       lvl, thr, lg)

    emit("ingest", [pre("INFO", "ingest-cerner-1", "o.g.pw.ingest.P2SentinelXmlReader") +
                    "parsed 2214 AuditEvent from cern_audit_20240311_*.xml (11 files), heartbeats=96"])
    t += dt.timedelta(milliseconds=233)
    p = PT["pemberton"]
    emit("ingest", [pre("WARN", "ingest-cerner-1", "o.g.pw.ingest.EmpiResolver"),
                    "personId=", (p.person_id, "mrn"), " not found in EMPI crosswalk; created provisional "
                    "identity (name=", (cerner_name(p), "name"), ", dob=", (dfmt(p.dob, "iso"), "date"), ")"])
    t += dt.timedelta(seconds=1, milliseconds=12)
    emit("ingest", [pre("INFO", "ingest-cerner-1", "o.g.pw.ingest.Deduper") +
                    "dropped 1204 duplicate events (window=300s, key=prsnlId+personId+action)"])
    t += dt.timedelta(seconds=14)
    k = PT["kowalczyk"]
    emit("ingest", [pre("INFO", "ingest-portal-1", "o.g.pw.ingest.MyChartAuditReader") +
                    "loaded 8841 patient-portal audit rows for 2024-03-11 (source=mychart-audit-prod)"])
    t += dt.timedelta(milliseconds=640)
    emit("ingest", [pre("DEBUG", "ingest-portal-1", "o.g.pw.ingest.MyChartAuditReader"),
                    "portal_event login=", (k.username, "other_id"), " src_ip=", (k.pub_ip, "ip"),
                    " action=WHO_ACCESSED_MY_CHART result=SUCCESS ua=\"Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 "
                    "like Mac OS X) AppleWebKit/605.1.15\""])
    t += dt.timedelta(milliseconds=5)
    emit("ingest", [pre("DEBUG", "ingest-portal-1", "o.g.pw.ingest.MyChartAuditReader"),
                    "portal_event login=", (k.username, "other_id"), " src_ip=", (k.pub_ip, "ip"),
                    " action=SEND_MESSAGE to_pool=PRIVACY_OFFICE result=SUCCESS"])
    t += dt.timedelta(seconds=3)
    emit("ingest", [pre("INFO", "ingest-portal-1", "o.g.pw.ingest.MyChartAuditReader") +
                    "gateway 10.61.4.20 forwarded 8841 rows, 0 parse errors"])


# ---------------------------------------------------------------- Epic CSV
def fam_epic_csv(n_rows):
    emit("epic_access_csv", ["ACCESS_INSTANT,ACCESS_TIME,PROCESS_ID,USER_ID,USER_NAME,WORKSTATION_ID,METRIC_ID,"
                             "METRIC_NAME,PAT_ID,PAT_MRN_ID,PAT_NAME,DEPARTMENT_ID,ACCESS_ACTION_C"])
    t = dt.datetime(2024, 3, 11, 7, 2, 11)
    scen_iter = [s for s in SCEN]
    for i in range(n_rows):
        t += dt.timedelta(seconds=rng.randint(20, 1500))
        r = rng.random()
        if scen_iter and r < 0.22:
            ek, pk, _, _ = scen_iter.pop(0)
            e, p = EM[ek], PT[pk]
        else:
            e, p = pick_emp(), (pick_pat() if r < 0.66 else None)
        pref = "%s,%s,%d,%s,\"%s,%s\",%s," % (epic_instant(t), t.strftime("%Y-%m-%d %H:%M:%S"),
                                             rng.randint(10000, 99999), e.uid, e.last.upper(), e.first.upper(),
                                             e.ws)
        if p is not None:
            m = rng.choice(METRICS_PAT)
            emit("epic_access_csv", [pref + "%d,%s," % m, (p.pat_id, "mrn"), ",", (p.mrn, "mrn"), ",\"",
                                     (epic_name(p), "name"), "\",%s,1" % e.dept])
        else:
            m = rng.choice(METRICS_NOPAT)
            emit("epic_access_csv", [pref + "%d,%s,,,,%s,%d" % (m[0], m[1], e.dept, rng.choice([1, 2, 1]))])


def fam_fw_csv(n_rows):
    emit("fw_feed_csv", ['"event_dt","source_sys","user_login","emp_nbr","user_full_name","patient_id",'
                         '"patient_last","patient_first","patient_dob","enc_date","dept_cd","action","wks"'])
    t = dt.datetime(2024, 3, 11, 9, 15, 0)
    for i in range(n_rows):
        t += dt.timedelta(seconds=rng.randint(40, 2400))
        e = pick_emp()
        pre = '"%s","%s","%s","%s","%s %s",' % (t.strftime("%m/%d/%Y %H:%M:%S"), rng.choice(["EPIC", "EPIC", "CERNER"]),
                                              e.uid.lower(), e.eid[1:], e.first, e.last)
        if rng.random() < 0.62:
            p = pick_pat()
            enc = p.admit or (TODAY - dt.timedelta(days=rng.randint(1, 40)))
            emit("fw_feed_csv", [pre + '"', (p.mrn, "mrn"), '","', (p.last, "name"), '","', (p.first, "name"),
                                 '","', (dfmt(p.dob, "us"), "date"), '","', (dfmt(enc, "us"), "date"),
                                 '","%s","%s","%s"' % (e.dept, rng.choice(["VIEW", "PRINT", "VIEW", "MODIFY"]), e.ws)])
        else:
            emit("fw_feed_csv", [pre + '"","","","","","%s","%s","%s"' % (
                e.dept, rng.choice(["LOGIN", "LOGOUT", "RPT_RUN", "INBASKET"]), e.ws)])


# ---------------------------------------------------------------- Epic pipe
def fam_epic_pipe(n_rows):
    emit("epic_access_pipe", ["HDR|GLRH_CLARITY_ACCESS|20240311|000001|v3.2|glrh-clarsql01"])
    t = dt.datetime(2024, 3, 11, 13, 4, 44)
    nrec = 0
    for i in range(n_rows):
        t += dt.timedelta(seconds=rng.randint(15, 900))
        e = pick_emp()
        base = "%s|%s|%s|%s|" % (t.strftime("%Y%m%d%H%M%S"), e.uid, e.eid, e.ws)
        r = rng.random()
        nrec += 1
        if r < 0.45:
            p = pick_pat()
            m = rng.choice(METRICS_PAT)
            emit("epic_access_pipe", ["D|" + base + "%d|%s|" % (m[0], m[1].upper().replace(" ", "_")),
                                      (p.pat_id, "mrn"), "|", (p.mrn, "mrn"), "|"] + hl7_segs(p) + ["|",
                                      (dfmt(p.dob, "compact"), "date"), "|%s|%s" % (e.dept, e.dname)])
        elif r < 0.60:
            p = pick_pat()
            if rng.random() < 0.5:
                crit = [("SSN=", None), (p.ssn, "ssn")]
            else:
                crit = [("NAME=", None), (epic_name_short(p), "name"), (";DOB=", None),
                        (dfmt(p.dob, "us"), "date")]
            segs = ["S|" + base + "17010|PATIENT_STATION_SEARCH|"]
            for v, c in crit:
                segs.append(v if c is None else (v, c))
            segs.append("|%d|%s|%s" % (rng.randint(0, 7), e.dept, e.dname))
            emit("epic_access_pipe", segs)
        else:
            m = rng.choice(METRICS_NOPAT)
            emit("epic_access_pipe", ["D|" + base + "%d|%s||||||%s|%s" % (m[0], m[1].upper().replace(" ", "_")
                                                                          .replace("-", "").replace("__", "_"),
                                                                          e.dept, e.dname)])
    emit("epic_access_pipe", ["TRL|%d|0x%08X|%s" % (nrec, rng.randint(0, 0xFFFFFFFF), "END")])


# ---------------------------------------------------------------- rule engine JSON
def jl_java(t, lvl, msg, thread, fields):
    segs = ['{"@timestamp":"%s","@version":"1","message":"%s","logger_name":"org.glrh.privacywatch.rules.'
            'RuleEngine","thread_name":"%s","level":"%s","level_value":%d' % (
                t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d-05:00" % (t.microsecond // 1000), msg, thread, lvl,
                {"INFO": 20000, "WARN": 30000, "DEBUG": 10000, "ERROR": 40000}[lvl])]
    for k, v, c in fields:
        segs.append(',"%s":' % k)
        if isinstance(v, str):
            segs.append('"')
            segs.append((jstr(v), c) if c else jstr(v))
            segs.append('"')
        elif v is None:
            segs.append("null")
        elif isinstance(v, bool):
            segs.append("true" if v else "false")
        else:
            segs.append((str(v), c) if c else str(v))
    segs.append("}")
    return segs


def fam_rules():
    t = dt.datetime(2024, 3, 12, 6, 0, 0, 214000)

    def tick(a=1, b=40):
        nonlocal t
        t += dt.timedelta(milliseconds=rng.randint(a * 1000, b * 1000))
        return t

    emit("rule_json", jl_java(tick(), "INFO", "Rule run started", "main",
                              [("runId", "20240312-0600", None), ("rulesetVersion", "4.12.0", None),
                               ("window", "2024-03-11T00:00:00/2024-03-12T00:00:00", None),
                               ("eventCount", 186445, None)]))
    for rid, n in [("SNP-SAME-LNAME", 31), ("SNP-SAME-ADDR", 12), ("SNP-COWORKER", 3871), ("SNP-VIP", 1204),
                   ("SNP-DECEASED", 412), ("SNP-NEIGHBOR", 5820), ("SNP-REPEAT-NOTX", 0)]:
        emit("rule_json", jl_java(tick(0, 1), "DEBUG", "Rule loaded", "main",
                                  [("ruleId", rid, None), ("lookupRows", n, None), ("enabled", True, None)]))
    hit_no = 55100
    for ek, pk, rid, case in SCEN:
        e, p = EM[ek], PT[pk]
        hit_no += rng.randint(3, 60)
        score = rng.randint(62, 98)
        f = [("ruleId", rid, None), ("hitId", "H%d" % hit_no, None), ("riskScore", score, None),
             ("empId", e.eid, None), ("userId", e.uid, None), ("empName", e.first + " " + e.last, None),
             ("deptId", e.dept, None), ("patMrn", p.mrn, "mrn"), ("patName", full(p), "name")]
        if rid == "SNP-SAME-ADDR":
            f += [("matchedOn", "ADDRESS_NORMALIZED", None), ("patAddrLine1", p.street, "address"),
                  ("patCity", p.city, "address"), ("patZip", p.zip, "zip")]
        elif rid == "SNP-COWORKER":
            f += [("patIsEmployee", True, None), ("patEmpId", p.emp_id, "other_id"),
                  ("sameDept", ek == "cokafor", None)]
        elif rid == "SNP-VIP":
            a = age_on(p, TODAY)
            f += [("vipReason", "PUBLIC_FIGURE", None), ("patAge", a, "age" if a > 89 else None),
                  ("harId", p.har, "account")]
        elif rid == "SNP-DECEASED":
            f += [("patDeathDate", dfmt(p.dod, "iso"), "date"), ("daysSinceDeath", (TODAY - p.dod).days, None)]
        elif rid == "SNP-NEIGHBOR":
            f += [("distanceMeters", rng.randint(40, 180), None), ("patZip", p.zip, "zip")]
        elif rid == "SNP-REPEAT-NOTX":
            f += [("distinctDays", 6, None), ("treatmentRelationship", "NONE", None)]
        else:
            f += [("matchedOn", "LAST_NAME", None)]
        f += [("accessCount", rng.randint(1, 14), None), ("caseNo", None, None)]
        msg = "Rule hit"
        emit("rule_json", jl_java(tick(), "WARN", msg, "rules-worker-%d" % rng.randint(1, 8), f))
        if rng.random() < 0.5:
            emit("rule_json", jl_java(tick(0, 2), "INFO", "Case opened", "case-linker",
                                      [("hitId", "H%d" % hit_no, None), ("caseNo", case, None),
                                       ("assignee", rng.choice(ANALYSTS)[0], None), ("priority", "P2", None)]))
    # suppressed/dismissed hits - no PHI except some
    for i in range(6):
        e = pick_emp(CLIN)
        if rng.random() < 0.5:
            emit("rule_json", jl_java(tick(), "INFO", "Hit suppressed", "rules-worker-%d" % rng.randint(1, 8),
                                      [("ruleId", rng.choice(["SNP-SAME-LNAME", "SNP-NEIGHBOR"]), None),
                                       ("userId", e.uid, None), ("reason", "TREATMENT_RELATIONSHIP", None),
                                       ("encounterDept", e.dept, None)]))
        else:
            p = pick_pat()
            emit("rule_json", jl_java(tick(), "INFO", "Hit suppressed", "rules-worker-%d" % rng.randint(1, 8),
                                      [("ruleId", "SNP-SAME-LNAME", None), ("userId", e.uid, None),
                                       ("patMrn", p.mrn, "mrn"), ("reason", "ASSIGNED_CARE_TEAM", None)]))
    emit("rule_json", jl_java(tick(), "INFO", "Rule run finished", "main",
                              [("runId", "20240312-0600", None), ("hits", 17, None), ("suppressed", 312, None),
                               ("durationMs", 412877, None), ("heapMb", 3120, None)]))


def fam_rules_py(n):
    """structlog JSON output of the python 'relationship matcher' sidecar."""
    t = dt.datetime(2024, 3, 12, 6, 9, 12, 0)
    for i in range(n):
        t += dt.timedelta(milliseconds=rng.randint(200, 9000))
        ts = t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % rng.randint(0, 999999)
        r = rng.random()
        if r < 0.35:
            p = pick_pat()
            e = pick_emp(SNOOPERS)
            segs = ['{"event": "candidate_pair", "level": "debug", "timestamp": "%s", "logger": "relmatch.pairs", '
                    '"employee_id": "%s", "mrn": "' % (ts, e.eid), (p.mrn, "mrn"),
                    '", "signals": {"last_name": %s, "address": %s, "phone": %s}, "score": 0.%02d}' % (
                        rng.choice(["true", "false"]), rng.choice(["false", "false", "true"]),
                        rng.choice(["false", "true"]), rng.randint(10, 99))]
            emit("rule_json_py", segs)
        elif r < 0.50:
            p = PT[rng.choice(["kowalczyk", "lindqvist"])]
            rel, cname, cph = p.contact
            segs = ['{"event": "emergency_contact_match", "level": "info", "timestamp": "%s", '
                    '"logger": "relmatch.contacts", "mrn": "' % ts, (p.mrn, "mrn"),
                    '", "contact_relation": "%s", "contact_name": "' % rel, (cname, "name"),
                    '", "contact_phone": "', (phone_fmt(cph, 3), "phone"), '", "employee_match": false}']
            emit("rule_json_py", segs)
        elif r < 0.62:
            p = PT[rng.choice(["hutchins", "tanaka"])]
            a = age_on(p, TODAY)
            segs = ['{"event": "vip_age_flag", "level": "info", "timestamp": "%s", "logger": "relmatch.vip", '
                    '"mrn": "' % ts, (p.mrn, "mrn"), '", "age": ', (str(a), "age"), ', "dob": "',
                    (dfmt(p.dob, "iso"), "date"), '", "flag": "ELDERLY_VIP"}']
            emit("rule_json_py", segs)
        else:
            emit("rule_json_py", ['{"event": "%s", "level": "info", "timestamp": "%s", "logger": "relmatch.%s", '
                                  '%s}' % rng.choice([
                                      ("batch_done", ts, "pairs", '"batch": %d, "pairs": %d, "elapsed_s": %.2f' % (
                                          rng.randint(1, 40), rng.randint(900, 5000), rng.uniform(1, 9))),
                                      ("geocoder_cache", ts, "geo", '"hits": %d, "misses": %d, "provider": '
                                                                    '"census-geocoder"' % (
                                                                        rng.randint(5000, 9000),
                                                                        rng.randint(1, 90))),
                                      ("employee_roster_loaded", ts, "hr", '"rows": 14228, "source": '
                                                                           '"workday_export_20240311.csv", '
                                                                           '"terminated_excluded": 612'),
                                      ("heartbeat", ts, "svc", '"pid": 2210, "rss_mb": %d' % rng.randint(300, 600))])])


# ---------------------------------------------------------------- notify e-mail (Spring Boot)
def fam_notify(n, start):
    t = start
    pid = 4821
    out = 0
    scen = list(SCEN)
    while out < n:
        t += dt.timedelta(milliseconds=rng.randint(150, 60000))
        thread = rng.choice(["notify-pool-1", "notify-pool-2", "notify-pool-3", "scheduling-1", "main"])
        ts = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % rng.randint(0, 999)

        def pre(lvl, logger):
            return "%s %5s %d --- [%15.15s] %-40.40s : " % (ts, lvl, pid, thread, logger)

        r = rng.random()
        mid = "<%s.%d.%d@notify.glrh.org>" % (t.strftime("%Y%m%d%H%M%S"), pid, rng.randint(1, 999))
        if r < 0.22 and scen:
            ek, pk, rid, case = scen.pop(0)
            e, p = EM[ek], PT[pk]
            if rng.random() < 0.5:
                segs = [pre("INFO", "o.g.privacywatch.notify.MailDispatcher"),
                        "Sent alert to=[privacy-office@glrh.org] from=noreply@glrh.org subject=\"[PrivacyWatch]"
                        "[HIGH] %s: user %s / MRN " % (rid, e.uid), (p.mrn, "mrn"),
                        "\" messageId=%s smtpStatus=250" % mid]
            else:
                segs = [pre("INFO", "o.g.privacywatch.notify.MailDispatcher"),
                        "Sent alert to=[privacy-office@glrh.org] from=noreply@glrh.org subject=\"[PrivacyWatch]"
                        "[HIGH] %s %s viewed chart of " % (rid, e.uid), (epic_name_short(p), "name"),
                        "\" messageId=%s smtpStatus=250" % mid]
            emit("notify", segs)
        elif r < 0.30:
            m = rng.choice(MANAGERS)
            emit("notify", [pre("INFO", "o.g.privacywatch.notify.MailDispatcher") +
                            "Manager notification to=[%s] template=MGR_ACK_REQUEST case=PO-2024-%06d "
                            "messageId=%s smtpStatus=250" % (m[1], rng.randint(187, 198), mid)])
        elif r < 0.40:
            emit("notify", [pre("DEBUG", "o.g.privacywatch.notify.SmtpClient") +
                            "connect relay0%d.glrh.local:587 STARTTLS ok (TLSv1.3, TLS_AES_256_GCM_SHA384) in %dms" % (
                                rng.randint(1, 2), rng.randint(8, 90))])
        elif r < 0.47:
            emit("notify", [pre("WARN", "o.g.privacywatch.notify.RetryPolicy") +
                            "retry %d/5 for messageId=%s after 421 4.7.0 Try again later (backoff=%ds)" % (
                                rng.randint(1, 3), mid, rng.choice([30, 60, 120]))])
        elif r < 0.54:
            emit("notify", [pre("INFO", "o.g.privacywatch.notify.DigestJob") +
                            "Daily digest sent to=[privacy-analysts@glrh.org] items=%d openCases=%d overdue=%d" % (
                                rng.randint(20, 60), rng.randint(30, 80), rng.randint(0, 6))])
        elif r < 0.62:
            p = PT[rng.choice(["kowalczyk", "haddad", "nguyen", "okonkwo"])]
            emit("notify", [pre("INFO", "o.g.privacywatch.notify.LetterService"),
                            "Queued breach notice letterId=LTR-2024-%04d recipient=\"" % rng.randint(30, 60),
                            (full_mid(p), "name"), "\" mailTo=\"", (p.street, "address"), ", ", (p.city, "address"),
                            ", OH ", (p.zip, "zip"), "\" vendor=printmail-v2 batch=%s" % t.strftime("%Y%m%d")])
        elif r < 0.70:
            p = PT[rng.choice(["kowalczyk", "haddad", "nguyen", "ramirez", "osullivan"])]
            emit("notify", [pre("INFO", "o.g.privacywatch.notify.MailDispatcher"),
                            "Sent patient notice to=[", (p.email, "email"), "] template=BREACH_NOTICE_V2 "
                                                                            "messageId=%s smtpStatus=250" % mid])
        elif r < 0.75:
            p = PT[rng.choice(["kamau", "pemberton"])]
            emit("notify", [pre("ERROR", "o.g.privacywatch.notify.BounceHandler"),
                            "Delivery failed for <", (p.email, "email"), ">: 550 5.1.1 The email account that you "
                                                                         "tried to reach does not exist "
                                                                         "(messageId=%s)" % mid])
        elif r < 0.83:
            emit("notify", [pre("INFO", "o.g.privacywatch.notify.TemplateCache") +
                            "loaded %d templates from classpath:/templates/mail (locale=en_US, rev=%s)" % (
                                rng.randint(12, 19), hexs(7))])
        elif r < 0.90:
            emit("notify", [pre("INFO", "o.s.b.a.e.web.EndpointLinksResolver") +
                            "Exposing 3 endpoint(s) beneath base path '/actuator'"])
        else:
            a = rng.choice(ANALYSTS)
            emit("notify", [pre("INFO", "o.g.privacywatch.notify.MailDispatcher") +
                            "Assignment notice to=[%s@glrh.org] case=PO-2024-%06d due=2024-03-%02d "
                            "messageId=%s smtpStatus=250" % (a[0], rng.randint(187, 198), rng.randint(14, 29), mid)])
        out += 1
    return t


# ---------------------------------------------------------------- Databricks
def df_show(cols, rows):
    """Emulate pyspark DataFrame.show() (truncate=True: cells right-aligned, max 20 chars)."""
    w = []
    for i, c in enumerate(cols):
        m = max([3, len(c)] + [len(r[i][0]) for r in rows])
        w.append(m)
    for r in rows:
        for v, _ in r:
            assert len(v) <= 20, v
    border = "+" + "+".join("-" * x for x in w) + "+"
    emit("databricks", [border])
    emit("databricks", ["|" + "|".join(c.rjust(x) for c, x in zip(cols, w)) + "|"])
    emit("databricks", [border])
    for r in rows:
        segs = ["|"]
        for (v, cat), x in zip(r, w):
            segs.append(" " * (x - len(v)))
            segs.append((v, cat) if cat else v)
            segs.append("|")
        emit("databricks", segs)
    emit("databricks", [border])


def dbx_footer(t, who, secs):
    emit("databricks", ["Command took %.2f seconds -- by %s@glrh.org at %d/%d/%d, %s on privacy-analytics-shared" % (
        secs, who, t.month, t.day, t.year, t.strftime("%I:%M:%S %p").lstrip("0"))])


def fam_databricks():
    t = dt.datetime(2024, 3, 12, 9, 41, 7)
    who = "hkobayashi"
    emit("databricks", ["(3) Spark Jobs"])
    emit("databricks", ["access_df:pyspark.sql.dataframe.DataFrame = [access_ts: timestamp, user_id: string ... "
                        "9 more fields]"])
    emit("databricks", ["Out[3]: 186445"])
    dbx_footer(t, who, 4.21)
    # table 1: dept summary (no PHI)
    t += dt.timedelta(minutes=2, seconds=13)
    rows = []
    for e in [EM[k] for k in ["hnguyen", "kbond", "dramirez", "cokafor", "yhaddad", "rpatel", "tbaptiste",
                              "lhosseini"]]:
        rows.append([(e.dept, None), (e.dname[:20], None), (str(rng.randint(18, 240)), None),
                     (str(rng.randint(2000, 40000)), None), (str(rng.randint(0, 5)), None)])
    emit("databricks", ["(2) Spark Jobs"])
    df_show(["dept_id", "dept_name", "n_users", "n_events", "n_hits"], rows)
    dbx_footer(t, who, 6.87)
    # table 2: same-last-name candidates (PHI)
    t += dt.timedelta(minutes=3, seconds=40)
    rows = []
    for ek, pk in [("hnguyen", "nguyen"), ("kbond", "bondarenko"), ("dramirez", "ramirez"), ("yhaddad", "haddad")]:
        e, p = EM[ek], PT[pk]
        rows.append([(e.uid, None), (e.last.upper(), None), (p.mrn, "mrn"), (epic_name_short(p), "name"),
                     (dfmt(p.dob, "iso"), "date"), (str(rng.randint(1, 9)), None)])
    emit("databricks", ["(1) Spark Jobs"])
    df_show(["emp_user_id", "emp_last", "pat_mrn", "pat_name", "birth_date", "n_access"], rows)
    dbx_footer(t, who, 3.02)
    # table 3: high-volume users (no PHI)
    t += dt.timedelta(minutes=6, seconds=2)
    rows = []
    for k in ["bkowalski", "lhosseini", "tbaptiste", "mchou", "jshea", "cfitz"]:
        e = EM[k]
        rows.append([(e.uid, None), (e.eid, None), (str(rng.randint(30, 400)), None),
                     (str(rng.randint(300, 4000)), None), ("%.2f" % rng.uniform(-0.5, 4.8), None)])
    emit("databricks", ["(4) Spark Jobs"])
    df_show(["user_id", "emp_id", "n_patients", "n_events", "z_score"], rows)
    emit("databricks", ["only showing top 6 rows"])
    dbx_footer(t, who, 11.4)
    # table 4: VIP accesses (PHI: mrn)
    t += dt.timedelta(minutes=4, seconds=19)
    rows = []
    for i in range(7):
        p = PT[rng.choice(["whitaker", "hutchins"])]
        e = pick_emp()
        at = dt.datetime(2024, 3, 11, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
        rows.append([(p.mrn, "mrn"), ("Y", None), (e.uid, None), (at.strftime("%Y-%m-%d %H:%M:%S"), None),
                     (str(rng.choice([17001, 17005, 17030, 20012])), None), (rng.choice(["true", "false"]), None)])
    emit("databricks", ["(2) Spark Jobs"])
    df_show(["pat_mrn", "vip", "user_id", "access_ts", "metric_id", "has_tx_rel"], rows)
    dbx_footer(t, who, 2.55)
    # table 5: same-address (PHI)
    t += dt.timedelta(minutes=9, seconds=51)
    who = "oeze"
    rows = []
    for ek, pk in [("yhaddad", "haddad"), ("kbond", "lindqvist"), ("hnguyen", "nguyen")]:
        e, p = EM[ek], PT[pk]
        rows.append([(e.eid, None), (p.mrn, "mrn"), (p.street, "address"), (p.city, "address"), (p.zip, "zip"),
                     ("%.3f" % rng.uniform(0.86, 1.0), None)])
    emit("databricks", ["(3) Spark Jobs"])
    df_show(["emp_id", "pat_mrn", "pat_addr_line1", "pat_city", "pat_zip", "addr_sim"], rows)
    dbx_footer(t, who, 8.93)
    t += dt.timedelta(minutes=1, seconds=5)
    emit("databricks", ["AnalysisException: [UNRESOLVED_COLUMN.WITH_SUGGESTION] A column or function parameter "
                        "with name `pat_addr` cannot be resolved. Did you mean one of the following? "
                        "[`pat_addr_line1`, `pat_city`, `pat_zip`, `emp_id`, `pat_mrn`].; line 1 pos 7;"])
    dbx_footer(t, who, 0.41)


# ---------------------------------------------------------------- case notes
def note_pre(t, lvl, case, author, ntype):
    return "%s,%03d %-5s privacy.cases.notes [%s] author=%s type=%s text=\"" % (
        t.strftime("%Y-%m-%d %H:%M:%S"), rng.randint(0, 999), lvl, case, author, ntype)


def case_note_phi(t, idx):
    """Return segments of a case note containing PHI. idx selects template."""
    a = ANALYSTS[idx % len(ANALYSTS)][0]
    k = idx % 26
    if k == 0:
        e, p, case = EM["hnguyen"], PT["nguyen"], "PO-2024-000187"
        body = ["Interviewed %s %s (%s, %s 4W). States she viewed chart of " % (e.first, e.last, e.eid, e.title),
                (full(p), "name"), " (MRN ", (p.mrn, "mrn"), ") to check discharge date ",
                (dfmt(p.disch, "us"), "date"), " at family request. Patient is employee's sister-in-law."]
        ntype = "INTERVIEW"
    elif k == 1:
        p, case = PT["kowalczyk"], "PO-2024-000192"
        body = ["Patient ", (full_mid(p), "name"), " (DOB ", (dfmt(p.dob, "us"), "date"),
                ") called privacy line from ", (phone_fmt(p.phone, 0), "phone"),
                "; requests accounting of disclosures. Send to her fax ",
                (phone_fmt(("419", "555", "0168"), 1), "fax"), "."]
        ntype = "PHONE"
    elif k == 2:
        p, case = PT["kowalczyk"], "PO-2024-000192"
        body = ["MyChart audit: login ", (p.username, "other_id"), " from ", (p.pub_ip, "ip"),
                " opened 'Who accessed my chart' 3/11 21:14; patient then messaged privacy office."]
        ntype = "EVIDENCE"
    elif k == 3:
        p, case = PT["kowalczyk"], "PO-2024-000192"
        plate, v = p.plate, p.vin
        body = ["Security (Ofc. R. Dunn) reports transporter B. Kowalski waited by patient's car in Garage C; "
                "plate OH ", (plate, "vehicle"), ", VIN ", (v, "vehicle"), " per valet ticket. Referred to HR."]
        ntype = "EVIDENCE"
    elif k == 4:
        e, p, case = EM["yhaddad"], PT["haddad"], "PO-2024-000191"
        body = ["Same-address hit confirmed: employee %s and patient " % e.eid, (p.first + " " + p.last, "name"),
                " both list ", (p.street, "address"), ", ", (p.city, "address"), " OH ", (p.zip, "zip"),
                ". Employee states they are separated spouses; no treatment role on 5N."]
        ntype = "INTERVIEW"
    elif k == 5:
        p, case = PT["hutchins"], "PO-2024-000195"
        body = ["VIP review: ", (full(p), "name"), ", age ", (str(age_on(p, TODAY)), "age"),
                ", former county commissioner; 14 accesses by 9 users 3/8-3/11, 2 without treatment relationship. "
                "Medicare MBI ", (p.mbi, "health_plan"), " confirmed on coverage."]
        ntype = "REVIEW"
    elif k == 6:
        p, case = PT["okonkwo"], "PO-2024-000190"
        body = ["Employee-patient ", (full(p), "name"), " (", (p.emp_id, "other_id"),
                ", Pharmacy Tech) states coworker C. Okafor mentioned her admission (", (dfmt(p.admit, "us"), "date"),
                ") at huddle. Chart accessed 3x on 3/11 from RXWS0031."]
        ntype = "COMPLAINT"
    elif k == 7:
        p, case = PT["mensah"], "PO-2024-000194"
        body = ["Decedent chart: ", (full(p), "name"), " (MRN ", (p.mrn, "mrn"), ") died ",
                (dfmt(p.dod, "us"), "date"), "; accessed 3/11 by TBAPTIST during final coding - "
                                             "appropriate, close as no violation."]
        ntype = "DISPOSITION"
    elif k == 8:
        p, case = PT["lindqvist"], "PO-2024-000198"
        rel, cname, cph = p.contact
        body = ["Patient's mother ", (cname, "name"), " (guarantor, ", (phone_fmt(cph, 0), "phone"),
                ") asked who viewed daughter ", (p.first, "name"), "'s chart; neighbor K. Bondarenko flagged."]
        ntype = "PHONE"
    elif k == 9:
        p, case = PT["alves"], "PO-2024-000199"
        pan = p.pan
        body = ["DLP alert: full card number ", (pan, "account"), " typed into chart comment for ",
                (p.last, "name"), ", HAR ", (p.har, "account"),
                "; comment redacted, PFS notified, card brand notified per PCI runbook."]
        ntype = "INCIDENT"
    elif k == 10:
        p, case = PT["toussaint"], "PO-2024-000200"
        imei = p.imei
        body = ["Device clinic record opened by non-care user: pacemaker for ", (epic_name_short(p), "name"),
                ", remote monitor IMEI ", (imei, "device"), ". Medicare ID ", (p.mbi, "health_plan"), " on file."]
        ntype = "REVIEW"
    elif k == 11:
        p, case = PT["pemberton"], "PO-2024-000201"
        body = ["International patient ", (full(p), "name"), " (NHS no. ", (p.nhs, "other_id"),
                ") emailed from ", (p.email, "email"), " re: records requested by UK insurer."]
        ntype = "CORRESPONDENCE"
    elif k == 12:
        p, case = PT["bondarenko"], "PO-2024-000188"
        body = ["Patient Station search by KBONDARE used SSN ", (p.ssn, "ssn"), " for ", (full(p), "name"),
                " (brother-in-law); no registration task open in Cadence."]
        ntype = "EVIDENCE"
    elif k == 13:
        p, case = PT["kowalczyk"], "PO-2024-000192"
        body = ["Polish PESEL ", (p.pesel, "other_id"), " on ", (p.last.upper(), "name"),
                " registration matches passport copy; address ", (p.street, "address"), ", ",
                (p.county, "address"), "."]
        ntype = "EVIDENCE"
    elif k == 14:
        p, case = PT["ramirez"], "PO-2024-000189"
        slug = "lucia.rpena"
        body = ["Patient ", (p.first + " " + p.last, "name"), " reports photo of her discharge paperwork posted at ",
                ("https://www.instagram.com/" + slug + "01/", "url"), " by cousin; appointment ",
                (dfmt(dt.date(2024, 3, 18), "us"), "date"), " at Sylvania FM."]
        ntype = "COMPLAINT"
    elif k == 15:
        p, case = PT["virtanen"], "PO-2024-000202"
        body = ["CGM pairing audit for ", (full(p), "name"), ": receiver MAC ", (p.mac, "device"),
                ", pump SN ", (p.pump, "device"), " viewed by MCHOU (lab) - outside role."]
        ntype = "REVIEW"
    elif k == 16:
        p, case = PT["haddad"], "PO-2024-000191"
        body = ["Returned call to patient ", (full(p), "name"), " at ", (phone_fmt(p.phone, 1), "phone"),
                "; she requests restriction on ex-spouse's access. Confidential flag set by HIM (ticket HIM-20931)."]
        ntype = "PHONE"
    elif k == 17:
        p, case = PT["whitaker"], "PO-2024-000193"
        body = ["VIP protocol: ", (full_mid(p), "name"), " (MRN ", (p.mrn, "mrn"), ") admitted ",
                (dfmt(p.admit, "us"), "date"), " under alias; 22 accesses reviewed, 1 by PFS without account task."]
        ntype = "REVIEW"
    elif k == 18:
        p, case = PT["tanaka"], "PO-2024-000203"
        rel, cname, cph = p.contact
        body = ["Patient ", (full(p), "name"), ", ", (str(age_on(p, TODAY)), "age"), ", on hospice; ", rel, " ",
                (cname, "name"), " (POA) consented to chart review, reachable ", (phone_fmt(cph, 2), "phone"), "."]
        ntype = "CONSENT"
    elif k == 19:
        p, case = PT["warsame"], "PO-2024-000204"
        body = ["Registration edit: ", (full(p), "name"), " (DOB ", (dfmt(p.dob, "us"), "date"),
                ") address changed to ", (p.street, "address"), ", ", (p.city, "address"), " OH ", (p.zip, "zip"),
                " by KBONDARE with no request on file."]
        ntype = "EVIDENCE"
    elif k == 20:
        p, case = PT["papadakis"], "PO-2024-000205"
        body = ["Access to ", (full(p), "name"), " (84 y/o) tied to CT order for visit ",
                (dfmt(D(2024, 3, 5), "us"), "date"), "; SHALVORS was performing tech. Dismiss."]
        ntype = "DISPOSITION"
    elif k == 21:
        p, case = PT["ramirez"], "PO-2024-000189"
        body = ["Coverage screen: Ohio Medicaid ID ", (p.member, "health_plan"), " for ",
                (epic_name_short(p), "name"), " opened by LHOSSEIN (PFS) - account work queue item, within role."]
        ntype = "REVIEW"
    elif k == 22:
        p, case = PT["kamau"], "PO-2024-000206"
        body = ["Letter re-mailed: ", (full(p), "name"), " email ", (p.email, "email"), " bounced; reached by phone ",
                (phone_fmt(p.phone, 0), "phone"), ", confirmed ", (p.street, "address"), ", ", (p.city, "address"),
                " ", (p.zip, "zip"), "."]
        ntype = "CORRESPONDENCE"
    elif k == 23:
        p, case = PT["park"], "PO-2024-000207"
        body = ["Patient ", (full(p), "name"), " (portal user ", (p.username, "other_id"), ", last login from ",
                (p.pub_ip, "ip"), ") disputes 3/11 access by HNGUYEN3; ED visit ",
                (dfmt(D(2024, 3, 7), "us"), "date"), " explains it."]
        ntype = "COMPLAINT"
    elif k == 24:
        p, case = PT["quispe"], "PO-2024-000208"
        body = ["ROI request from ", (full(p), "name"), " received by fax from ", (phone_fmt(p.fax, 1), "fax"),
                "; identity verified against DOB ", (dfmt(p.dob, "us"), "date"), " and MRN ", (p.mrn, "mrn"), "."]
        ntype = "ROI"
    else:
        p, case = PT["okonkwo"], "PO-2024-000190"
        body = ["Coworker posted about ", (p.first, "name"), "'s stay on ",
                ("https://www.facebook.com/adaeze.okonkwo.90", "url"), "; screenshot attached, HR notified."]
        ntype = "EVIDENCE"
    return [note_pre(t, "INFO", case, a, ntype)] + body + ['"']


NOTE_PLAIN = [
    ("STATUS", "Case status OPEN -> UNDER_REVIEW; SLA clock started (30 days)."),
    ("STATUS", "Case status UNDER_REVIEW -> CLOSED_NO_VIOLATION."),
    ("MANAGER", "Manager Dana Ortiz (Nurse Manager, 4W) notified; interview scheduled 03/13/2024 10:00 HR conf rm B."),
    ("SANCTION", "Sanction level 2 applied per policy PRIV-114 rev 7; HR ticket HR-558213 opened."),
    ("ATTACH", "Attached Clarity report AUD_ACCESS_DTL_20240311.xlsx (412 rows)."),
    ("REVIEW", "Treatment relationship found (ADT census 4W bed 4W-12); hit dismissed as false positive."),
    ("TRAINING", "Employee E104233 completed HIPAA refresher (LMS course HIPAA-201, score 92%)."),
    ("ESCALATE", "Escalated to Privacy Officer Ellen Marsh; breach risk assessment due 2024-05-10 (60 days)."),
    ("PHONE", "Called employee at ext. 4-5521, left voicemail; second attempt tomorrow 08:30."),
    ("DISPOSITION", "Low probability of compromise (4-factor assessment); OCR log entry only, <500 individuals."),
    ("LINK", "Linked cases PO-2024-000181 and PO-2024-000187 (same user, 7 days apart)."),
    ("REVIEW", "Reviewed 31 accesses by DRAMIREZ2 between 07:02 and 16:44 on 3/11; 29 tied to clinic schedule."),
    ("MANAGER", "Phil Nakamura (Director of Pharmacy) acknowledged; employee on admin leave pending review."),
    ("ATTACH", "Attached Cerner P2Sentinel export cern_audit_20240311_1400.xml (sha1 9f2c1e07ab)."),
    ("STATUS", "Reassigned from oeze to rsolis (workload balancing)."),
    ("REVIEW", "Workstation RXWS0031 is shared (3 users per shift); confirmed COKAFOR badge-in at 06:58 via Lenel."),
    ("DISPOSITION", "Substantiated - employee accessed without business need. Letter to patient required (state law)."),
    ("HR", "HR confirms final written warning issued 2024-03-14; employee acknowledged policy."),
    ("REVIEW", "Badge data (Lenel) shows KBONDARE on site 07:58-16:31; accesses at 12:14 and 12:16 during lunch."),
    ("ATTACH", "Attached screenshot IMG_0412.PNG (1.2 MB) from manager; stored in case vault, retention 6 yrs."),
    ("STATUS", "Awaiting employee statement; reminder sent via noreply@glrh.org, due 2024-03-19."),
    ("REVIEW", "Epic user HNGUYEN3 template RN_MEDSURG_4W; security class allows chart review - access technically permitted."),
    ("LEGAL", "Counsel (J. Abernathy, Office of General Counsel) advises no state AG notice required."),
    ("DISPOSITION", "Unsubstantiated - user on assigned care team per Epic treatment team report 3/11 07:00-19:00."),
]


def fam_case_notes(n_phi, n_plain, start):
    t = start
    kinds = ["P"] * n_phi + ["N"] * n_plain
    rng.shuffle(kinds)
    ip = 0
    plain = list(NOTE_PLAIN)
    for k in kinds:
        t += dt.timedelta(seconds=rng.randint(60, 1500))
        if k == "P":
            emit("case_note", case_note_phi(t, ip))
            ip += 1
        else:
            ntype, text = plain.pop(0) if plain else rng.choice(NOTE_PLAIN)
            a = rng.choice(ANALYSTS)[0]
            emit("case_note", [note_pre(t, "INFO", "PO-2024-%06d" % rng.randint(181, 202), a, ntype) + text + '"'])
    return t


# ---------------------------------------------------------------- assemble
fam_btg(40)
fam_cerner(50)
fam_sqlagent()
fam_ingest_a()
fam_epic_csv(56)
fam_ingest_b()
fam_epic_pipe(40)
fam_ingest_c()
fam_fw_csv(18)
fam_rules()
fam_rules_py(26)
tn = fam_notify(26, dt.datetime(2024, 3, 12, 6, 20, 1))
fam_databricks()
tc = fam_case_notes(26, 24, dt.datetime(2024, 3, 12, 10, 5, 0))
remaining = TOTAL - len(LINES) - 0
assert remaining > 0, remaining
fam_notify(remaining, max(tn, tc))
assert len(LINES) == TOTAL, len(LINES)

# ---------------------------------------------------------------- write
log_lines = []
labels = []
for i, (fam, segs) in enumerate(LINES, 1):
    buf = b""
    spans = []
    for s in segs:
        if isinstance(s, tuple):
            v, c = s
            assert c in CATS, c
            b = v.encode("utf-8")
            st = len(buf)
            buf += b
            spans.append({"s": st, "e": len(buf), "cat": c})
            assert buf[st:len(buf)] == b
        else:
            buf += s.encode("utf-8")
    assert b"\n" not in buf and b"\r" not in buf, i
    assert len(buf) <= 4000, (i, len(buf))
    for a, b2 in zip(spans, spans[1:]):
        assert a["e"] <= b2["s"]
    for sp in spans:
        assert sp["e"] > sp["s"]
    log_lines.append(buf)
    labels.append({"line": i, "family": fam, "spans": spans})

with open(os.path.join(HERE, ID + ".log"), "wb") as f:
    f.write(b"\n".join(log_lines) + b"\n")
with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
    for rec in labels:
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    import collections
    nophi = sum(1 for r in labels if not r["spans"])
    cnt = collections.Counter(sp["cat"] for r in labels for sp in r["spans"])
    fams = collections.Counter(r["family"] for r in labels)
    print("lines", len(labels), "no-PHI share %.3f" % (nophi / len(labels)))
    print(dict(sorted(cnt.items())))
    print(dict(fams))
