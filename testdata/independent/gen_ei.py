#!/usr/bin/env python3
"""Deterministic generator for a labeled POCT (point-of-care testing) log corpus.

Writes ei.log and ei.labels.jsonl next to this file. Standard library only.
All people, IDs, addresses and phone numbers are synthetic.

Labeling decisions:
  - accession numbers, result IDs, order numbers (POC......), LOINC codes,
    device serials of hospital-owned analyzers, reagent/QC lots and their expiry
    dates, unit/bed codes, operator badges and names (staff) are NOT labeled.
  - patient IDs (incl. mistyped IDs that end up in the unmatched queue) -> mrn
  - FIN / visit number / PID-18 -> account
  - serials of patient-owned devices (home meter, CGM, pump) -> device
  - passport numbers in PID-3 -> other_id
"""
import datetime as dt
import json
import os
import random

random.seed(1818)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500


# ---------------------------------------------------------------- line builder
class Line:
    def __init__(self, fam):
        self.fam = fam
        self.buf = bytearray()
        self.spans = []
        self.vals = []

    def t(self, s):
        self.buf += s.encode("utf-8")
        return self

    def p(self, s, cat=None):
        if cat is None:
            return self.t(s)
        b = s.encode("utf-8")
        st = len(self.buf)
        self.buf += b
        self.spans.append({"s": st, "e": len(self.buf), "cat": cat})
        self.vals.append(b)
        return self

    def f(self, items):
        for it in items:
            if isinstance(it, tuple):
                self.p(*it)
            else:
                self.t(it)
        return self


OUT = []


def emit(L):
    OUT.append(L)


def phi_lines():
    return sum(1 for L in OUT if L.spans)


# ---------------------------------------------------------------- clock
NOW = dt.datetime(2024, 3, 11, 5, 0, 1, 118000)
UTC_OFF = dt.timedelta(hours=4)  # EDT


def tick(a=0.05, b=3.0):
    global NOW
    NOW += dt.timedelta(seconds=random.uniform(a, b))
    return NOW


def ts_nlog():
    return NOW.strftime("%Y-%m-%d %H:%M:%S.") + "%04d" % (NOW.microsecond // 100)


def ts_rals():
    return NOW.strftime("%m/%d/%Y %H:%M:%S.") + "%03d" % (NOW.microsecond // 1000)


def ts_l4n():
    return NOW.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (NOW.microsecond // 1000)


def ts_ms():
    return NOW.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (NOW.microsecond // 1000)


def ts_sql():
    return NOW.strftime("%Y-%m-%d %H:%M:%S.") + "%02d" % (NOW.microsecond // 10000)


def ts_clf():
    u = NOW + UTC_OFF
    return u.strftime("%d/%b/%Y:%H:%M:%S +0000")


def ts_iso_z():
    u = NOW + UTC_OFF
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (u.microsecond // 1000)


def ts_hl7(t=None):
    return (t or NOW).strftime("%Y%m%d%H%M%S")


def iso_local(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + "-04:00"


# ---------------------------------------------------------------- reference data
TODAY = dt.date(2024, 3, 11)

PT_NAMES = [
    ("OKAFOR", "CHIDINMA", "A", "F"), ("NAKAMURA", "HIROSHI", "K", "M"),
    ("GONZALEZ RUIZ", "MARIELA", "", "F"), ("NGUYEN", "THI LAN", "", "F"),
    ("ABERNATHY", "WALTER", "J", "M"), ("HAUGEN", "SIGRID", "E", "F"),
    ("AL-MASRI", "YOUSEF", "", "M"), ("BHATTACHARYA", "ANANYA", "", "F"),
    ("O'SULLIVAN", "DECLAN", "P", "M"), ("MÜLLER", "JÜRGEN", "", "M"),
    ("DE LA CRUZ", "ROSALINDA", "M", "F"), ("OKONKWO-BAPTISTE", "FABIENNE", "", "F"),
    ("PETROV", "DMITRI", "A", "M"), ("KAHANANUI", "LEILANI", "", "F"),
    ("ŞAHIN", "EMRE", "", "M"), ("FITZGERALD", "MAUREEN", "T", "F"),
    ("TRAN", "MINH", "Q", "M"), ("ESPINOZA", "JOAQUÍN", "", "M"),
    ("LINDQVIST", "ASTRID", "", "F"), ("MWANGI", "WANJIRU", "", "F"),
    ("ZHANG", "WEI", "", "M"), ("RAHIMI", "PARISA", "", "F"),
    ("BROOKS", "TERRENCE", "L", "M"), ("VAN DER WESTHUIZEN-MOK", "ELIZE", "", "F"),
    ("IYER", "KAVYA", "", "F"), ("CZAJKOWSKI", "BOLESŁAW", "", "M"),
    ("ADEBAYO", "FOLASADE", "O", "F"), ("RODRÍGUEZ", "ESPERANZA", "", "F"),
    ("HOLLOWAY", "EUGENE", "R", "M"), ("KIM", "SOON-JA", "", "F"),
]
NK_FIRST = {"F": ["EMEKA", "TOMÁS", "ARJUN", "BJØRN", "DAVID", "KENJI", "OMAR", "PAUL"],
            "M": ["YUKI", "LARISA", "FATIMA", "GRACE", "ELENA", "NADIA", "RUTH", "MEI"]}
NK_CHILD = ["DANIEL", "SOFIA", "PRIYA", "LUCAS", "AMARA", "HANNAH", "MATEO", "ANIKA"]

STREETS = ["Larkspur Ln", "N Main St", "Wayne Ave", "Far Hills Ave", "Brown St",
           "Salem Ave", "Linden Ave", "Shroyer Rd", "E Stroop Rd", "Wilmington Pike",
           "Kettering Blvd", "Patterson Rd", "Smithville Rd", "Watervliet Ave",
           "Old Troy Pike", "Bellbrook Ave", "Mad River Rd", "Philadelphia Dr"]
CITIES = [("Dayton", "45402"), ("Dayton", "45406"), ("Dayton", "45410"),
          ("Kettering", "45429"), ("Beavercreek", "45431"), ("Huber Heights", "45424"),
          ("Centerville", "45459"), ("Xenia", "45385"), ("Fairborn", "45324"),
          ("Miamisburg", "45342"), ("Trotwood", "45426"), ("Vandalia", "45377"),
          ("Springfield", "45503"), ("West Carrollton", "45449")]
LANGS = {"NAKAMURA": "JPN", "GONZALEZ RUIZ": "SPA", "NGUYEN": "VIE", "ESPINOZA": "SPA",
         "RODRÍGUEZ": "SPA", "DE LA CRUZ": "SPA", "ZHANG": "CHI", "AL-MASRI": "ARA",
         "KIM": "KOR", "ŞAHIN": "TUR", "RAHIMI": "PER"}
PASSPORT = {"AL-MASRI": ("JOR", "N", 7), "ŞAHIN": ("TUR", "U", 8),
            "MÜLLER": ("DEU", "C", 8), "RAHIMI": ("CAN", "AB", 6)}
UNITS = [("4W", 401, 432), ("5E", 501, 530), ("MICU", 1, 20), ("CVICU", 1, 16),
         ("ED", 1, 40), ("L&D", 1, 14), ("PACU", 1, 18), ("6N", 601, 636)]

STAFF = [
    ("48213", "KOWALCZYK", "ANNA", "RN", "akowalczyk"), ("51220", "ADEYEMI", "TOLULOPE", "RN", "tadeyemi"),
    ("39017", "MORENO", "LUIS", "RRT", "lmoreno"), ("22871", "CHEN", "GRACE", "MLS", "gchen2"),
    ("60412", "SCHMIDT", "KLAUS", "PCT", "kschmidt"), ("55108", "HASSAN", "AMINA", "RN", "ahassan"),
    ("47730", "O'BRIEN", "KATHLEEN", "RN", "kobrien"), ("58861", "LEBLANC", "MARIE-CLAIRE", "RN", "mleblanc"),
    ("31194", "JOHANSSON", "ERIK", "RRT", "ejohansson"), ("62245", "SANTOS", "BEATRIZ", "LPN", "bsantos"),
    ("57003", "KIM", "JIWOO", "RN", "jkim14"), ("44512", "OYELARAN", "DAMILOLA", "RN", "doyelaran"),
    ("36620", "VARGHESE", "SHEBA", "MLS", "svarghese"), ("61837", "NOWAK", "PIOTR", "PCT", "pnowak"),
]
COORD = ("22871", "CHEN", "GRACE", "MLS", "gchen2")
DOCS = [("1528374690", "PATEL", "RAJESH"), ("1093817465", "OYELOWO", "ADAEZE"),
        ("1740295836", "BERGSTROM", "HENRIK"), ("1366029471", "FERREIRA", "LUCIANA"),
        ("1982736450", "HWANG", "DANIEL"), ("1207718394", "MENSAH", "KWAME")]

GLU_METERS = {u: ["UU%08d" % random.randint(10000000, 29999999) for _ in range(3)] for u, _, _ in UNITS}
ISTATS = {"ED": ["3%05d" % random.randint(10000, 99999) for _ in range(2)],
          "MICU": ["3%05d" % random.randint(10000, 99999)], "CVICU": ["3%05d" % random.randint(10000, 99999)]}
GEM = {"MICU": "21093455", "CVICU": "21104487", "ED": "20988012"}
ABL = {"CVICU": "754R2213N004", "L&D": "754R1987N011"}
COAG = {"CVICU": "UP4720581", "ED": "UP4733902", "6N": "UP4698817", "4W": "UP4701256"}
CLINITEK = {"ED": "40219", "L&D": "40577", "5E": "39951"}
DOCKS = {u: "DS-%s-%02d" % (u.replace("&", ""), i) for i, (u, _, _) in enumerate(UNITS, 1)}
DOCK_IP = {u: "10.44.%d.%d" % (8 + i, 100 + i * 3) for i, (u, _, _) in enumerate(UNITS)}
DOCK_MAC = {u: "00:0E:8C:%02X:%02X:%02X" % (random.randint(0, 255), random.randint(0, 255), random.randint(0, 255))
            for u, _, _ in UNITS}
STRIP_LOTS = [("497512", "2024-11-30"), ("498106", "2025-01-31"), ("496877", "2024-08-31")]
QC_LOTS = [("24031A", "2024-08-31"), ("24031B", "2024-08-31"), ("23118C", "2024-04-30")]
ISTAT_LOTS = [("N24051", "2024-06-14"), ("N23337", "2024-04-02")]
COAG_LOTS = [("71183412", "2024-07-31"), ("71190577", "2024-09-30")]
HCG_LOTS = [("HCG3120418", "2024-09-30"), ("HCG3120925", "2025-02-28")]
STREP_LOTS = [("STA4021187", "2024-10-31"), ("STA4030512", "2025-01-31")]
UA_LOTS = [("3J04A", "2024-12-31")]


def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def rdigits(n):
    return "".join(random.choice("0123456789") for _ in range(n))


def make_ssn():
    while True:
        a = random.randint(101, 772)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, random.randint(1, 99), random.randint(1, 9999))


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def make_mbi():
    an = MBI_ALPHA + "0123456789"
    c = [random.choice("123456789"), random.choice(MBI_ALPHA), random.choice(an),
         random.choice("0123456789"), random.choice(MBI_ALPHA), random.choice(an),
         random.choice("0123456789"), random.choice(MBI_ALPHA), random.choice(MBI_ALPHA),
         random.choice("0123456789"), random.choice("0123456789")]
    return "".join(c)


def make_phone():
    return "(%s)555-01%02d" % (random.choice(["937", "937", "937", "513", "614"]), random.randint(0, 99))


RACE = {"OKAFOR": "2054-5^Black or African American^CDCREC", "ADEBAYO": "2054-5^Black or African American^CDCREC",
        "MWANGI": "2054-5^Black or African American^CDCREC", "OKONKWO-BAPTISTE": "2054-5^Black or African American^CDCREC",
        "BROOKS": "2054-5^Black or African American^CDCREC", "NAKAMURA": "2028-9^Asian^CDCREC",
        "NGUYEN": "2028-9^Asian^CDCREC", "BHATTACHARYA": "2028-9^Asian^CDCREC", "ZHANG": "2028-9^Asian^CDCREC",
        "IYER": "2028-9^Asian^CDCREC", "KIM": "2028-9^Asian^CDCREC", "TRAN": "2028-9^Asian^CDCREC",
        "KAHANANUI": "2076-8^Native Hawaiian or Other Pacific Islander^CDCREC",
        "GONZALEZ RUIZ": "2131-1^Other Race^CDCREC", "ESPINOZA": "2131-1^Other Race^CDCREC",
        "RODRÍGUEZ": "2131-1^Other Race^CDCREC", "DE LA CRUZ": "2131-1^Other Race^CDCREC"}


def translit(s):
    return s.translate(str.maketrans({"ş": "s", "ü": "ue", "í": "i", "ł": "l", "ó": "o", "ø": "o", "á": "a"}))


def age_of(dob):
    return TODAY.year - dob.year - ((TODAY.month, TODAY.day) < (dob.month, dob.day))


PATIENTS = []


def build_patients():
    used_mrn = set()
    for i, (last, first, mid, sex) in enumerate(PT_NAMES):
        while True:
            mrn = "E" + str(random.randint(1000000, 9999999))
            if mrn not in used_mrn:
                used_mrn.add(mrn)
                break
        r = random.random()
        if i in (1, 4, 15, 28, 29) or r < 0.05:
            dob = dt.date(random.randint(1926, 1933), random.randint(1, 12), random.randint(1, 28))
        elif r < 0.5:
            dob = dt.date(random.randint(1938, 1962), random.randint(1, 12), random.randint(1, 28))
        else:
            dob = dt.date(random.randint(1963, 2004), random.randint(1, 12), random.randint(1, 28))
        city, zc = random.choice(CITIES)
        street = "%d %s" % (random.randint(12, 9870), random.choice(STREETS))
        apt = random.choice(["", "", "", "Apt %d" % random.randint(1, 40), "Unit %s" % random.choice("ABCD")])
        age = age_of(dob)
        if age >= 65:
            plan = ("MCR", "MEDICARE PART A", "CGS MEDICARE", "PO BOX 20010^^NASHVILLE^TN^37202", "", make_mbi())
        elif random.random() < 0.35:
            plan = ("MCD", "OHIO MEDICAID", "OHIO DEPT OF MEDICAID", "PO BOX 1461^^COLUMBUS^OH^43216", "",
                    "9" + rdigits(11))
        else:
            ins = random.choice([
                ("ANT", "ANTHEM BCBS OH PPO", "ANTHEM BLUE CROSS", "PO BOX 105187^^ATLANTA^GA^30348",
                 "GRP" + rdigits(6), random.choice(["YRH", "XJH", "ZGP"]) + rdigits(9)),
                ("AET", "AETNA OPEN ACCESS", "AETNA", "PO BOX 981106^^EL PASO^TX^79998",
                 rdigits(9) + "-010-00001", "W" + rdigits(9)),
                ("UHC", "UNITEDHEALTHCARE CHOICE PLUS", "UNITEDHEALTHCARE", "PO BOX 740800^^ATLANTA^GA^30374",
                 rdigits(6), rdigits(9) + "01"),
                ("MMO", "MEDICAL MUTUAL SUPERMED", "MEDICAL MUTUAL OF OHIO", "PO BOX 6018^^CLEVELAND^OH^44101",
                 "G" + rdigits(7), rdigits(3) + "M" + rdigits(8)),
            ])
            plan = ins
        pp = None
        if last in PASSPORT:
            cc, pre, n = PASSPORT[last]
            pp = (cc, pre + rdigits(n))
        unit, lo, hi = random.choice(UNITS)
        bed = random.randint(lo, hi)
        bedcode = ("%d" % bed) if bed > 99 else ("%02d" % bed)
        adm = dt.datetime(2024, 3, random.choice([7, 8, 9, 10, 10, 11]), random.randint(0, 23),
                          random.randint(0, 59))
        nk_sex = "M" if sex == "F" else "F"
        if age >= 70 and random.random() < 0.6:
            nk = (last + "^" + random.choice(NK_CHILD), random.choice(["CHD^Child", "DAU^Daughter", "SON^Son"]))
        else:
            nk = (last + "^" + random.choice(NK_FIRST[sex]), "SPO^Spouse")
        fl = translit(first.split()[0].lower().replace("'", ""))
        ll = translit(last.split()[0].lower().replace("'", "").replace("-", ""))
        email = None
        if random.random() < 0.55:
            email = random.choice(["%s.%s@example.com", "%s%s@example.net", "%s_%s@mail.example.org"]) % (
                fl.encode("ascii", "ignore").decode() or "pt", ll.encode("ascii", "ignore").decode() or "x")
        p = dict(last=last, first=first, mid=mid, sex=sex, mrn=mrn,
                 fin="8" + rdigits(10), dob=dob, age=age, street=street, apt=apt, city=city, zip=zc,
                 phone=make_phone(), email=email, ssn=make_ssn() if random.random() < 0.7 else None,
                 dl=(random.choice("ABCDEFGHJKLMPRST") + random.choice("ABCDEFGHJKLMPRST") + rdigits(6))
                 if (random.random() < 0.45 and age < 85) else None,
                 plan=plan, pp=pp, unit=unit, bed=bedcode, adm=adm,
                 nk_name=nk[0], nk_rel=nk[1], nk_phone=make_phone(),
                 doc=random.choice(DOCS), lang=LANGS.get(last, "ENG"),
                 pdev=None, admitted=False, bedlet=random.choice("AB"), pdev_checks=0,
                 race=RACE.get(last, "2106-3^White^CDCREC"), marital=random.choice(["M", "S", "W", "D"]))
        PATIENTS.append(p)
    # patient-owned devices for a few diabetics
    for idx, kind in ((3, "meter"), (4, "cgm"), (10, "pump"), (16, "cgm"), (21, "meter"), (26, "meter")):
        if kind == "meter":
            PATIENTS[idx]["pdev"] = ("OneTouch Verio Reflect", "C" + "".join(
                random.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8)))
        elif kind == "cgm":
            PATIENTS[idx]["pdev"] = ("Dexcom G7", "".join(
                random.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(10)))
        else:
            PATIENTS[idx]["pdev"] = ("Tandem t:slim X2", rdigits(7))


build_patients()


def hl7name(p):
    return p["last"] + "^" + p["first"] + ("^" + p["mid"] if p["mid"] else "")


def dispname(p):
    return p["last"] + ", " + p["first"] + (" " + p["mid"] if p["mid"] else "")


def loc(p):
    return "%s^%s^%s^MERCY" % (p["unit"], p["bed"], p["bedlet"] if p["unit"] in ("4W", "5E", "6N") else "")


# ---------------------------------------------------------------- HL7 helpers
def hl7(L, segs, sep="\\r"):
    for i, seg in enumerate(segs):
        if i:
            L.t(sep)
        for j, fld in enumerate(seg):
            if j:
                L.t("|")
            if isinstance(fld, str):
                L.t(fld)
            elif isinstance(fld, tuple):
                L.p(*fld)
            else:
                L.f(fld)


def seg(name, n, m):
    s = [name] + [""] * n
    for k, v in m.items():
        s[k] = v
    while len(s) > 1 and s[-1] == "":
        s.pop()
    return s


CTRL = [84412000]


def ctrl():
    CTRL[0] += random.randint(1, 40)
    return str(CTRL[0])


def pid_seg(p, full=True):
    ids = [(p["mrn"], "mrn"), "^^^MERCY^MR"]
    if full and p["pp"]:
        ids += ["~", (p["pp"][1], "other_id"), "^^^%s^PPN" % p["pp"][0]]
    m = {1: "1", 3: ids, 5: [(hl7name(p), "name")], 7: [(p["dob"].strftime("%Y%m%d"), "date")], 8: p["sex"]}
    if full:
        addr = [(p["street"], "address"), "^" + p["apt"] + "^", (p["city"], "address"), "^OH^",
                (p["zip"], "zip"), "^USA^H"]
        m[10] = p["race"]
        m[11] = addr
        ph = [(p["phone"], "phone"), "^PRN^PH"]
        if p["email"]:
            ph += ["~^NET^Internet^", (p["email"], "email")]
        m[13] = ph
        m[15] = p["lang"]
        m[16] = p["marital"]
        m[18] = [(p["fin"], "account")]
        if p["ssn"]:
            m[19] = [(p["ssn"].replace("-", "") if random.random() < 0.6 else p["ssn"], "ssn")]
        if p["dl"]:
            m[20] = [(p["dl"], "license"), "^OH^" + (TODAY.replace(year=TODAY.year + random.randint(1, 4))
                                                      ).strftime("%Y%m%d")]
    return seg("PID", 30, m)


def pv1_seg(p, with_adm=True, disch=None):
    d = p["doc"]
    m = {1: "1", 2: "E" if p["unit"] == "ED" else "I", 3: loc(p), 4: random.choice(["E", "U", "R"]),
         7: "%s^%s^%s^^^^MD^^^^NPI" % d, 10: random.choice(["MED", "CAR", "OBS", "SUR", "EMR"]),
         14: random.choice(["7", "1", "2"]), 18: "IN" if p["unit"] != "ED" else "ER",
         19: [(p["fin"], "account")], 20: random.choice(["MCR", "COM", "MCD"])}
    if with_adm:
        m[44] = [(ts_hl7(p["adm"]), "date")]
    if disch:
        m[45] = [(ts_hl7(disch), "date")]
        m[36] = "01"
    return seg("PV1", 50, m)


def msh(sending, recv, typ, cid):
    return ["MSH", "^~\\&", sending[0], sending[1], recv[0], recv[1], ts_hl7(), "", typ, cid, "P", "2.5.1"]


# ---------------------------------------------------------------- line kinds
def nlog(level, logger, msg_items, fam="nlog"):
    L = Line(fam)
    L.t("%s|%s|%s|" % (ts_nlog(), level, logger))
    L.f(msg_items)
    return L


def rals(level, thread, logger, msg_items, fam="rals"):
    L = Line(fam)
    L.t("%s [%d] %-5s %s - " % (ts_rals(), thread, level, logger))
    L.f(msg_items)
    return L


def l4n(level, thread, logger, msg_items, fam="poct1a"):
    L = Line(fam)
    L.t("%s [%s] %-5s %s - " % (ts_l4n(), thread, level, logger))
    L.f(msg_items)
    return L


def sqlline(src, msg_items):
    L = Line("sql-errorlog")
    L.t("%s %s" % (ts_sql(), src.ljust(12)))
    L.f(msg_items)
    return L


UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.66",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0",
    "Mozilla/5.0 (iPad; CPU OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
]
WS_IPS = ["10.40.12.88", "10.40.12.91", "10.40.31.17", "10.41.3.204", "172.20.8.45", "10.40.12.102"]
ADMIN = "https://poct-admin.mercyhealth.local"


USER_NET = {}


def net_for(user):
    if user not in USER_NET:
        USER_NET[user] = (random.choice(WS_IPS), random.choice(UAS))
    return USER_NET[user]


def morgan(method, url_items, status, size, ref_items=None, user=None, remote_user="-"):
    ip, ua = net_for(user or random.choice(STAFF)[4])
    L = Line("morgan-combined")
    L.t("::ffff:%s - %s [%s] \"%s " % (ip, remote_user, ts_clf(), method))
    L.f(url_items)
    L.t(" HTTP/1.1\" %d %s \"" % (status, size if size is not None else "-"))
    if ref_items is None:
        L.t("-")
    else:
        L.f(ref_items)
    L.t("\" \"%s\"" % ua)
    return L


def morgan_dev(method, url_items, status, size):
    L = Line("morgan-dev")
    L.t("%s " % method)
    L.f(url_items)
    L.t(" %d %.3f ms - %s" % (status, random.uniform(1.5, 480.0), size if size else "-"))
    return L


def wjson(level, message, fields):
    """winston json(): level, message, meta..., timestamp. fields: list of (key, value, cat)."""
    L = Line("winston-json")
    L.t('{"level":"%s","message":%s' % (level, json.dumps(message)))
    for k, v, cat in fields:
        L.t(',"%s":' % k)
        if isinstance(v, dict):
            L.t("{")
            first = True
            for k2, v2, c2 in v["_items"]:
                if not first:
                    L.t(",")
                first = False
                L.t('"%s":' % k2)
                put_json_val(L, v2, c2)
            L.t("}")
        else:
            put_json_val(L, v, cat)
    L.t(',"timestamp":"%s"}' % ts_iso_z())
    return L


def put_json_val(L, v, cat):
    if isinstance(v, str):
        enc = json.dumps(v, ensure_ascii=False)
        L.t('"')
        L.p(enc[1:-1], cat)
        L.t('"')
    elif v is None:
        L.t("null")
    elif isinstance(v, bool):
        L.t("true" if v else "false")
    else:
        L.p(str(v), cat)


def staff():
    return random.choice(STAFF)


def staff_for(unit):
    if unit in ("MICU", "CVICU"):
        return random.choice([s for s in STAFF if s[3] in ("RN", "RRT")])
    return random.choice([s for s in STAFF if s[3] in ("RN", "PCT", "LPN")])


RESULT_ID = [2219300]
ACC = [370]
POC_CTRL = [10200]


def next_result():
    RESULT_ID[0] += random.randint(1, 9)
    return RESULT_ID[0]


def next_acc():
    ACC[0] += random.randint(1, 4)
    return "24071-%06d" % ACC[0]


def next_pctrl():
    POC_CTRL[0] += 1
    return str(POC_CTRL[0])


def thread():
    return random.choice([4, 7, 9, 12, 14, 17, 21])


# ---------------------------------------------------------------- events
def ev_service_start():
    emit(nlog("INFO", "PocConnect.Host.Program",
              ["PocConnect Interface Service 7.4.2.1187 starting (pid 4412, .NET 6.0.27, host MERCY-POC-APP01)"]))
    tick()
    emit(nlog("INFO", "PocConnect.Data.Db",
              ["Connected to MERCY-SQL03\\POC database RALS_POC (compat 150, pool max 40)"]))
    tick()
    emit(nlog("INFO", "PocConnect.Hl7.MllpListener", ["MLLP listener ADT_IN bound 0.0.0.0:6661, ack mode ORIGINAL"]))
    tick()
    emit(nlog("INFO", "PocConnect.Hl7.MllpSender", ["Outbound channel LIS_ORU -> 10.40.2.22:7710 (keepalive 60s) ready"]))
    tick()
    emit(nlog("WARN", "PocConnect.Config",
              ["Setting 'Adt.UnmatchedRetentionDays' not found in appsettings.Production.json, using default 14"]))
    tick()
    emit(nlog("INFO", "PocConnect.Notify.Smtp",
              ["SMTP relay smtp.mercyhealth.local:25 from noreply-poct@mercyhealth.org, coordinator list poct-coordinators@mercyhealth.org"]))
    tick()
    L = Line("winston-json")
    L.t('{"level":"info","message":"poct-admin-api listening on :3001","env":"production","pid":2231,"version":"2.18.4","timestamp":"%s"}' % ts_iso_z())
    emit(L)
    tick()
    emit(sqlline("Server", ["Microsoft SQL Server 2019 (RTM-CU22) (KB5027702) - 15.0.4322.2 (X64) "]))
    emit(sqlline("Server", ["UTC adjustment: -4:00"]))
    emit(sqlline("Server", ["The service account is 'MERCYHEALTH\\svc_sqlpoc'. This is an informational message; no user action is required."]))
    tick()
    emit(sqlline("spid11s", ["Starting up database 'RALS_POC'."]))


def ev_admit(p, typ="A01"):
    tick(5, 90)
    cid = ctrl()
    n = random.randint(700, 1400)
    emit(nlog("INFO", "PocConnect.Hl7.MllpListener",
              ["Received ADT^%s ctrl=%s from 10.40.2.15:%d (%d bytes)" % (typ, cid, random.randint(49152, 65000), n)]))
    tick(0.01, 0.2)
    L = nlog("DEBUG", "PocConnect.Hl7.MllpListener", ["<< "], fam="nlog-hl7")
    segs = [msh(("EPIC", "MERCY"), ("POCCONNECT", "MERCY_POC"), "ADT^%s^ADT_A01" % typ, cid),
            ["EVN", typ, "", "", "", "ADTIFACE"],
            pid_seg(p)]
    if random.random() < 0.8:
        segs.append(["NK1", "1", [(p["nk_name"], "name")], p["nk_rel"] + "^HL70063", "",
                     [(p["nk_phone"], "phone"), "^PRN^PH"]])
    segs.append(pv1_seg(p))
    pl = p["plan"]
    in1 = {1: "1", 2: pl[0] + "^" + pl[1], 3: rdigits(5), 4: pl[2], 5: pl[3], 7: "(800)555-01%02d" % random.randint(0, 99)}
    if pl[4]:
        in1[8] = pl[4]
    in1[16] = [(hl7name(p), "name")]
    in1[17] = "SEL^Self"
    in1[18] = [(p["dob"].strftime("%Y%m%d"), "date")]
    in1[36] = [(pl[5], "health_plan")]
    segs.append(seg("IN1", 40, in1))
    hl7(L, segs)
    emit(L)
    tick(0.01, 0.3)
    emit(nlog("INFO", "PocConnect.Adt.CensusWriter",
              ["Census upsert MRN=", (p["mrn"], "mrn"), " FIN=", (p["fin"], "account"),
               " Loc=%s/%s Attending=%s" % (p["unit"], p["bed"], p["doc"][0])]))
    tick(0.01, 0.1)
    emit(nlog("DEBUG", "PocConnect.Hl7.MllpListener", ["ACK AA sent ctrl=%s in %d ms" % (cid, random.randint(4, 40))]))
    p["admitted"] = True


def ev_a08(p):
    tick(5, 120)
    cid = ctrl()
    emit(nlog("INFO", "PocConnect.Hl7.MllpListener",
              ["Received ADT^A08 ctrl=%s from 10.40.2.15:%d (%d bytes)" % (cid, random.randint(49152, 65000),
                                                                            random.randint(500, 1100))]))
    old = "%s/%s" % (p["unit"], p["bed"])
    changed = random.choice(["loc", "phone"])
    if changed == "loc":
        unit, lo, hi = random.choice(UNITS)
        b = random.randint(lo, hi)
        p["unit"], p["bed"] = unit, ("%d" % b) if b > 99 else ("%02d" % b)
    else:
        p["phone"] = make_phone()
    L = nlog("DEBUG", "PocConnect.Hl7.MllpListener", ["<< "], fam="nlog-hl7")
    segs = [msh(("EPIC", "MERCY"), ("POCCONNECT", "MERCY_POC"), "ADT^A08^ADT_A01", cid),
            ["EVN", "A08", "", "", "", "ADTIFACE"], pid_seg(p), pv1_seg(p)]
    hl7(L, segs)
    tick(0.01, 0.2)
    emit(L)
    rowid = random.randint(50000, 59999)
    if changed == "loc":
        emit(nlog("INFO", "PocConnect.Adt.CensusWriter",
                  ["A08 applied to census row %d: PV1-3 %s -> %s/%s" % (rowid, old, p["unit"], p["bed"])]))
    else:
        emit(nlog("INFO", "PocConnect.Adt.CensusWriter",
                  ["A08 applied to census row %d: 1 field(s) changed [PID-13]" % rowid]))


def ev_discharge(p):
    tick(5, 90)
    cid = ctrl()
    ddt = NOW - dt.timedelta(minutes=random.randint(1, 20))
    L = nlog("DEBUG", "PocConnect.Hl7.MllpListener", ["<< "], fam="nlog-hl7")
    hl7(L, [msh(("EPIC", "MERCY"), ("POCCONNECT", "MERCY_POC"), "ADT^A03^ADT_A03", cid),
            ["EVN", "A03", "", "", "", "ADTIFACE"], pid_seg(p, full=False), pv1_seg(p, disch=ddt)])
    emit(L)
    tick(0.01, 0.2)
    emit(nlog("INFO", "PocConnect.Adt.CensusWriter",
              ["Discharge: MRN ", (p["mrn"], "mrn"), " removed from active census; POC results after ",
               (ddt.strftime("%Y-%m-%d %H:%M"), "date"), " will route to Unmatched"]))
    p["admitted"] = False


def poct_obs_xml(L, role, obs_dt, pid_item, opr, dev, obs, rgt, extra_pt=None):
    L.t('<OBS.R01><HDR><HDR.control_id V="%s"/><HDR.version_id V="POCT1"/><HDR.creation_dttm V="%s"/></HDR>'
        % (next_pctrl(), iso_local(NOW)))
    L.t('<SVC><SVC.role_cd V="%s"/><SVC.observation_dttm V="' % role)
    if pid_item is not None:
        L.p(iso_local(obs_dt), "date")
    else:
        L.t(iso_local(obs_dt))
    L.t('"/>')
    if pid_item is not None:
        L.t('<PT><PT.patient_id V="')
        L.p(*pid_item)
        L.t('"/>')
        if extra_pt:
            L.f(extra_pt)
    for oid, sn, val, unit, flag in obs:
        L.t('<OBS><OBS.observation_id V="%s" SN="%s"/><OBS.value V="%s" U="%s"/>' % (oid, sn, val, unit))
        if flag:
            L.t('<OBS.interpretation_cd V="%s"/>' % flag)
        L.t("</OBS>")
    if pid_item is not None:
        L.t("</PT>")
    L.t('<OPR><OPR.operator_id V="%s"/></OPR>' % opr)
    L.t(rgt)
    L.t('</SVC></OBS.R01>')


def oru(p, pocid, acc, tests, obs_dt, opr, dev_serial, dev_model, panel=None):
    if panel is None:
        panel = "%s^%s^LN" % (tests[0][0], tests[0][1])
    cid = "POC%07d" % random.randint(1000000, 9999999)
    L = nlog("DEBUG", "PocConnect.Hl7.MllpSender", [">> "], fam="nlog-hl7")
    d = random.choice(DOCS)
    o = opr
    segs = [msh(("POCCONNECT", "MERCY_POC"), ("SUNQUEST", "MERCY_LAB"), "ORU^R01^ORU_R01", cid),
            pid_seg(p, full=False),
            seg("PV1", 20, {1: "1", 2: "E" if p["unit"] == "ED" else "I", 3: loc(p), 19: [(p["fin"], "account")]}),
            ["ORC", "RE", pocid, acc, "", "CM"],
            seg("OBR", 25, {1: "1", 2: pocid, 3: acc, 4: panel, 7: [(ts_hl7(obs_dt) + "-0400", "date")],
                            16: "%s^%s^%s^^^^MD" % d, 25: "F"})]
    for i, (loinc, text, val, units, rng, flag) in enumerate(tests, 1):
        segs.append(seg("OBX", 19, {1: str(i), 2: "NM" if val.replace(".", "").isdigit() else "ST",
                                    3: "%s^%s^LN" % (loinc, text), 5: val, 6: units, 7: rng, 8: flag, 11: "F",
                                    14: [(ts_hl7(obs_dt) + "-0400", "date")],
                                    16: "%s^%s^%s" % (o[0], o[1], o[2]), 18: "%s^%s" % (dev_serial, dev_model)}))
    hl7(L, segs)
    return L, cid


def ev_glucose(p, critical=False):
    tick(20, 240)
    unit = p["unit"]
    meter = random.choice(GLU_METERS[unit])
    op = staff_for(unit)
    obs_dt = NOW - dt.timedelta(minutes=random.randint(2, 50), seconds=random.randint(0, 59))
    lot, exp = random.choice(STRIP_LOTS)
    if random.random() < 0.6:
        emit(Line("dock").t("[%s] INFO  DockMgr  %s port %d: meter %s docked; %d results, %d QC, %d events pending (fw 03.02.05, batt %d%%)"
                            % (ts_ms(), DOCKS[unit], random.randint(1, 4), meter, random.randint(1, 14),
                               random.randint(0, 2), random.randint(0, 3), random.randint(35, 100))))
        tick(0.2, 2)
    if critical:
        val = random.choice([random.randint(22, 39), random.randint(452, 590)])
    else:
        val = random.randint(68, 320)
    flag = "L" if val < 70 else ("H" if val > 180 else "N")
    L = l4n("DEBUG", "ObsRcv-%s" % DOCKS[unit], "Poct1aListener", ["RX "])
    poct_obs_xml(L, "OBS", obs_dt, (p["mrn"], "mrn"), op[0], meter,
                 [("Glucose", "ROCHE", str(val), "mg/dL", flag if flag != "N" else None)],
                 '<RGT><RGT.name V="ACCU-CHEK Inform II Test Strips"/><RGT.lot_number V="%s"/><RGT.expiration_date V="%s"/></RGT>' % (lot, exp))
    emit(L)
    tick(0.01, 0.2)
    if random.random() < 0.5:
        emit(l4n("DEBUG", "ObsRcv-%s" % DOCKS[unit], "Poct1aListener",
                 ['TX <ACK.R01><HDR><HDR.control_id V="%s"/><HDR.version_id V="POCT1"/></HDR><ACK><ACK.type_cd V="AA"/><ACK.ack_control_id V="%d"/></ACK></ACK.R01>'
                  % (next_pctrl(), POC_CTRL[0] - 1)]))
    rid = next_result()
    acc = next_acc()
    tick(0.05, 0.5)
    emit(rals("INFO", thread(), "ResultRouter",
              ["Result %d accepted: GLU %d mg/dL (%s) pt=" % (rid, val, flag), (p["mrn"], "mrn"),
               " op=%s dev=%s loc=%s/%s strip lot %s -> LIS queue" % (op[0], meter, unit, p["bed"], lot)]))
    if critical:
        tick(1, 30)
        nurse = staff_for(unit)
        emit(rals("WARN", thread(), "CriticalValueNotifier",
                  ["Critical GLU %d mg/dL for " % val, (dispname(p), "name"), " (", (p["mrn"], "mrn"), ", ",
                   (str(p["age"]), "age" if p["age"] >= 90 else None),
                   "y) unit %s: notified %s, %s %s (op %s), read-back confirmed" % (unit, nurse[1], nurse[2], nurse[3], nurse[0])]))
    if random.random() < 0.75:
        tick(0.1, 2)
        L, cid = oru(p, "POC%d" % rid, acc, [("41653-7", "Glucose [Mass/volume] in Capillary blood by Glucometer",
                                            str(val), "mg/dL", "70-99", flag)], obs_dt, op, meter, "ACCU-CHEK INFORM II")
        emit(L)
        tick(0.1, 0.6)
        emit(nlog("INFO", "PocConnect.Hl7.MllpSender",
                  ["LIS ACK AA ctrl=%s POC%d acc %s (rtt %d ms)" % (cid, rid, acc, random.randint(40, 400))]))


def ev_unmatched(p):
    tick(20, 200)
    unit = p["unit"]
    meter = random.choice(GLU_METERS[unit])
    op = staff_for(unit)
    # mistyped ID: drop the E, or transpose two digits
    digits = p["mrn"][1:]
    if random.random() < 0.5:
        bad = digits
    else:
        i = random.randint(0, len(digits) - 2)
        bad = "E" + digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:]
        if bad == p["mrn"]:
            bad = digits
    obs_dt = NOW - dt.timedelta(minutes=random.randint(1, 30))
    val = random.randint(70, 260)
    lot, exp = random.choice(STRIP_LOTS)
    L = l4n("DEBUG", "ObsRcv-%s" % DOCKS[unit], "Poct1aListener", ["RX "])
    poct_obs_xml(L, "OBS", obs_dt, (bad, "mrn"), op[0], meter, [("Glucose", "ROCHE", str(val), "mg/dL", None)],
                 '<RGT><RGT.name V="ACCU-CHEK Inform II Test Strips"/><RGT.lot_number V="%s"/><RGT.expiration_date V="%s"/></RGT>' % (lot, exp))
    emit(L)
    rid = next_result()
    depth = random.randint(3, 19)
    tick(0.05, 0.5)
    emit(rals("WARN", thread(), "PatientMatcher",
              ["Patient ID '", (bad, "mrn"), "' not found in ADT census (dev %s, op %s, unit %s); result %d -> Unmatched queue (depth %d)"
               % (meter, op[0], unit, rid, depth)]))
    tick(30, 400)
    user = random.choice([COORD, op])
    emit(morgan("GET", ["/api/v1/unmatched?unit=%s&status=open&page=1&pageSize=25" % unit.replace("&", "%26")], 200,
                random.randint(2000, 9000), [ADMIN + "/unmatched"], user=user[4]))
    tick(1, 20)
    emit(morgan("GET", ["/api/v1/unmatched/%d" % rid], 200, random.randint(600, 1400), [ADMIN + "/unmatched"], user=user[4]))
    tick(2, 60)
    scan = random.choice(["pipe", "caret", "raw"])
    if scan == "raw":
        scan_items = [(p["mrn"], "mrn")]
    else:
        sepc = "|" if scan == "pipe" else "^"
        scan_items = [(p["mrn"], "mrn"), sepc, (p["fin"], "account")]
    L = Line("winston-json")
    L.t('{"level":"info","message":"wristband scan resolved","resultId":%d,"scan":"' % rid)
    L.f(scan_items)
    L.t('","resolved":{"mrn":"')
    L.p(p["mrn"], "mrn")
    L.t('","name":"')
    L.p(dispname(p), "name")
    L.t('","dob":"')
    L.p(p["dob"].isoformat(), "date")
    L.t('","age":')
    L.p(str(p["age"]), "age" if p["age"] >= 90 else None)
    L.t(',"unit":"%s","bed":"%s"},"user":"%s","timestamp":"%s"}' % (unit, p["bed"], user[4], ts_iso_z()))
    emit(L)
    tick(0.5, 10)
    emit(morgan("POST", ["/api/v1/unmatched/%d/match" % rid], 200, random.randint(80, 200),
                [ADMIN + "/unmatched/%d" % rid], user=user[4]))
    tick(0.05, 0.4)
    emit(rals("INFO", thread(), "PatientMatcher",
              ["Unmatched result %d reassigned to " % rid, (p["mrn"], "mrn"),
               " by %s (method=WRISTBAND); released to LIS" % user[4]]))


def ev_bloodgas(p):
    tick(20, 240)
    unit = p["unit"] if p["unit"] in ("MICU", "CVICU", "ED", "L&D") else random.choice(["MICU", "CVICU", "ED"])
    op = random.choice([s for s in STAFF if s[3] in ("RRT", "RN")])
    obs_dt = NOW - dt.timedelta(minutes=random.randint(1, 15))
    ph = round(random.uniform(7.18, 7.52), 3)
    pco2 = round(random.uniform(28, 62), 1)
    po2 = random.randint(55, 190)
    hco3 = round(random.uniform(16, 31), 1)
    lac = round(random.uniform(0.6, 6.2), 1)
    if unit in ABL:
        sn, model = ABL[unit], "ABL90 FLEX PLUS"
    else:
        sn, model = GEM.get(unit, "21093455"), "GEM Premier 5000"
    sample = random.randint(1000, 4999)
    items = ["%s SN %s sample %d pt " % (model, sn, sample), (p["mrn"], "mrn"), " ", (dispname(p), "name"), " age "]
    items.append((str(p["age"]), "age") if p["age"] >= 90 else str(p["age"]))
    items += ["y sex %s type %s pH %.3f pCO2 %.1f mmHg pO2 %d mmHg HCO3 %.1f Lac %.1f FiO2 %d%% sampled " %
              (p["sex"], random.choice(["ARTERIAL", "ARTERIAL", "VENOUS", "MIXED VENOUS"]), ph, pco2, po2, hco3, lac,
               random.choice([21, 30, 40, 50, 60, 100])), (obs_dt.strftime("%m/%d/%Y %H:%M"), "date"),
              " op %s" % op[0]]
    emit(rals("INFO", thread(), "BloodGasHandler", items))
    if lac > 4.0:
        tick(0.5, 5)
        emit(rals("WARN", thread(), "CriticalValueNotifier",
                  ["Critical LACT %.1f mmol/L pt " % lac, (p["mrn"], "mrn"),
                   " unit %s: page sent to %s charge RN (x%d), ack pending" % (unit, unit, random.randint(4100, 4899))]))
    if random.random() < 0.6:
        tick(0.1, 2)
        rid = next_result()
        L, cid = oru(p, "POC%d" % rid, next_acc(),
                     [("2744-1", "pH of Arterial blood", "%.3f" % ph, "[pH]", "7.35-7.45", "L" if ph < 7.35 else ("H" if ph > 7.45 else "N")),
                      ("2019-8", "Carbon dioxide [Partial pressure] in Arterial blood", "%.1f" % pco2, "mm[Hg]", "35-45", ""),
                      ("2703-7", "Oxygen [Partial pressure] in Arterial blood", str(po2), "mm[Hg]", "80-100", ""),
                      ("2524-7", "Lactate [Moles/volume] in Serum or Plasma", "%.1f" % lac, "mmol/L", "0.5-2.2", "H" if lac > 2.2 else "N")],
                     obs_dt, op, sn, model.upper(), panel="24336-0^Gas panel - Arterial blood^LN")
        emit(L)


def ev_istat(p):
    tick(20, 240)
    unit = p["unit"] if p["unit"] in ISTATS else "ED"
    sn = random.choice(ISTATS[unit])
    op = staff_for(unit)
    obs_dt = NOW - dt.timedelta(minutes=random.randint(1, 25))
    lot, exp = random.choice(ISTAT_LOTS)
    L = l4n("DEBUG", "ObsRcv-ISTAT-%s" % unit, "Poct1aListener", ["RX "])
    extra = None
    if random.random() < 0.5:
        extra = ['<PT.birth_date V="', (p["dob"].isoformat(), "date"), '"/>']
    poct_obs_xml(L, "OBS", obs_dt, (p["mrn"], "mrn"), op[0], sn,
                 [("2951-2", "LN", str(random.randint(128, 148)), "mmol/L", None),
                  ("2823-3", "LN", "%.1f" % random.uniform(3.1, 5.6), "mmol/L", None),
                  ("2075-0", "LN", str(random.randint(96, 112)), "mmol/L", None),
                  ("6299-2", "LN", str(random.randint(8, 40)), "mg/dL", None),
                  ("38483-4", "LN", "%.1f" % random.uniform(0.6, 2.4), "mg/dL", None)],
                 '<RGT><RGT.name V="CHEM8+"/><RGT.lot_number V="%s"/><RGT.expiration_date V="%s"/></RGT>' % (lot, exp),
                 extra_pt=extra)
    emit(L)
    tick(0.05, 0.4)
    rid = next_result()
    emit(rals("INFO", thread(), "ResultRouter",
              ["Result %d accepted: CHEM8+ (5 analytes) pt=" % rid, (p["mrn"], "mrn"),
               " op=%s dev=i-STAT %s cartridge lot %s exp %s" % (op[0], sn, lot, exp)]))


def ev_coag(p):
    tick(20, 240)
    unit = p["unit"] if p["unit"] in COAG else random.choice(list(COAG))
    sn = COAG[unit]
    op = staff_for(unit)
    obs_dt = NOW - dt.timedelta(minutes=random.randint(1, 40))
    lot, exp = random.choice(COAG_LOTS)
    inr = round(random.uniform(0.9, 4.6), 1)
    L = l4n("DEBUG", "ObsRcv-%s" % DOCKS.get(unit, "DS-CV-01"), "Poct1aListener", ["RX "])
    poct_obs_xml(L, "OBS", obs_dt, (p["mrn"], "mrn"), op[0], sn,
                 [("6301-6", "LN", "%.1f" % inr, "{INR}", "H" if inr > 1.1 else None),
                  ("5902-2", "LN", "%.1f" % (inr * 11.2), "s", None)],
                 '<RGT><RGT.name V="CoaguChek XS PT Test PST"/><RGT.lot_number V="%s"/><RGT.expiration_date V="%s"/></RGT>' % (lot, exp))
    emit(L)
    tick(0.05, 0.4)
    rid = next_result()
    emit(rals("INFO", thread(), "ResultRouter",
              ["Result %d accepted: INR %.1f pt=" % (rid, inr), (p["mrn"], "mrn"),
               " op=%s dev=CoaguChek XS Pro %s test strip lot %s" % (op[0], sn, lot)]))
    if inr > 4.0:
        tick(0.5, 4)
        emit(rals("WARN", thread(), "CriticalValueNotifier",
                  ["Critical INR %.1f: " % inr, (dispname(p), "name"), " DOB ", (p["dob"].strftime("%m/%d/%Y"), "date"),
                   " unit %s bed %s; provider notification queued" % (unit, p["bed"])]))


def astm_frame(fn, rec):
    body = "%d%s\r\x03" % (fn, rec)
    cs = sum(body.encode("utf-8")) % 256
    return "%02X" % cs


def ev_urinalysis(p):
    tick(20, 300)
    unit = p["unit"] if p["unit"] in CLINITEK else "ED"
    sn = CLINITEK[unit]
    com = {"ED": "COM4", "L&D": "COM6", "5E": "COM3"}[unit]
    op = staff_for(unit)
    obs_dt = NOW - dt.timedelta(minutes=random.randint(1, 10))

    def ser(direction, items):
        L = Line("serial-astm")
        L.t("%s %s %s " % (ts_ms(), com, direction))
        L.f(items)
        return L

    emit(ser("RX", ["<ENQ>"]))
    tick(0.01, 0.05)
    emit(ser("TX", ["<ACK>"]))
    fn = 1
    recs = []
    h = "H|\\^&|||CLINITEK Status+^%s^2.4.1||||||||E1394-97" % sn
    recs.append([h])
    precs = ["P|1|", (p["mrn"], "mrn"), "|||", (p["last"] + "^" + p["first"], "name"), "||",
             (p["dob"].strftime("%Y%m%d"), "date"), "|" + p["sex"]]
    recs.append(precs)
    specid = "%04d" % random.randint(1, 9999)
    recs.append(["O|1|%s||^^^UA10|R|%s|||||||||URINE" % (specid, ts_hl7(obs_dt))])
    res = [("GLU", random.choice(["NEG", "NEG", "100", "250"]), "mg/dL"), ("PRO", random.choice(["NEG", "30", "TRACE"]), "mg/dL"),
           ("SG", random.choice(["1.010", "1.015", "1.020", "1.025"]), ""), ("PH", random.choice(["5.5", "6.0", "6.5", "7.0"]), ""),
           ("LEU", random.choice(["NEG", "SMALL", "MODERATE"]), ""), ("NIT", random.choice(["NEG", "NEG", "POS"]), "")]
    for i, (a, v, u) in enumerate(random.sample(res, 3), 1):
        recs.append(["R|%d|^^^%s|%s|%s||||F||%s|" % (i, a, v, u, op[0])])
    recs.append(["L|1|N"])
    # the O record carries the specimen collection time -> labeled as date
    for r in recs:
        tick(0.02, 0.08)
        L = Line("serial-astm")
        L.t("%s %s RX <STX>%d" % (ts_ms(), com, fn % 8))
        text = "".join(x if isinstance(x, str) else x[0] for x in r)
        if r[0].startswith("O|1|"):
            L.t("O|1|%s||^^^UA10|R|" % specid)
            L.p(ts_hl7(obs_dt), "date")
            L.t("|||||||||URINE")
        else:
            L.f(r)
        L.t("<CR><ETX>%s<CR><LF>" % astm_frame(fn % 8, text))
        emit(L)
        fn += 1
        if random.random() < 0.35:
            emit(ser("TX", ["<ACK>"]))
    tick(0.01, 0.05)
    emit(ser("RX", ["<EOT>"]))
    tick(0.05, 0.4)
    rid = next_result()
    emit(rals("INFO", thread(), "ResultRouter",
              ["Result %d accepted: UA dipstick (3 analytes) pt=" % rid, (p["mrn"], "mrn"),
               " op=%s dev=Clinitek Status+ %s strip lot %s" % (op[0], sn, UA_LOTS[0][0])]))


def ev_manual(p):
    tick(20, 300)
    unit = p["unit"]
    op = staff_for(unit)
    ws = "WS-%s-%s" % (unit.replace("&", ""), random.choice(["TRIAGE1", "TRIAGE2"] if unit in ("ED", "L&D") else ["NS1", "NS2"]))
    if p["sex"] == "F" and p["age"] < 52 and random.random() < 0.7:
        test, lot = "HCG-U", random.choice(HCG_LOTS)
        res = random.choice(["NEGATIVE", "NEGATIVE", "POSITIVE"])
        loinc = "2106-3"
    else:
        test, lot = "STREP-A", random.choice(STREP_LOTS)
        res = random.choice(["NEGATIVE", "POSITIVE"])
        loinc = "78012-2"
    L = Line("qml")
    L.t("%s QuickLinc[%s] ManualEntry: test=%s loinc=%s result=%s ptid=" % (ts_ms(), ws, test, loinc, res))
    L.p(p["mrn"], "mrn")
    L.t(" pt=\"")
    L.p(dispname(p), "name")
    L.t("\" ptAge=")
    L.p(str(p["age"]), "age" if p["age"] >= 90 else None)
    L.t(" ptSex=%s op=%s kitLot=%s kitExp=%s intCtl=PASS" % (p["sex"], op[0], lot[0], lot[1]))
    emit(L)
    tick(0.05, 0.5)
    emit(Line("qml").t("%s QuickLinc[%s] LotCheck: %s lot %s exp %s OK (external QC last run %s, next due %s)"
                       % (ts_ms(), ws, test, lot[0], lot[1],
                          (TODAY - dt.timedelta(days=random.randint(1, 20))).isoformat(),
                          (TODAY + dt.timedelta(days=random.randint(3, 25))).isoformat())))


def ev_home_meter(p):
    tick(20, 200)
    model, serial = p["pdev"]
    meter = random.choice(GLU_METERS[p["unit"]])
    home = random.randint(90, 260)
    poc = home + random.randint(-25, 25)
    diff = abs(home - poc) / poc * 100
    if model.startswith("OneTouch"):
        emit(rals("INFO", thread(), "HomeMeterCompare",
                  ["Patient-owned meter check pt=", (p["mrn"], "mrn"), " home %s SN " % model, (serial, "device"),
                   " %d mg/dL vs POC %d mg/dL (%s) diff %.1f%% -> %s" % (home, poc, meter, diff,
                                                                      "ACCEPTABLE" if diff <= 15 else "NOT ACCEPTABLE")]))
    else:
        L = Line("winston-json")
        key = random.choice(["patientDevice", "ptOwnedDevice"])
        msg = "patient-owned device documented" if p["pdev_checks"] <= 1 else "patient-owned device re-verified after site change"
        L.t('{"level":"info","message":"%s","patientId":"' % msg)
        L.p(p["mrn"], "mrn")
        L.t('","%s":{"type":"%s","model":"%s","serialNumber":"' % (key, "CGM" if "Dexcom" in model else "INSULIN_PUMP", model))
        L.p(serial, "device")
        L.t('","policy":"PT-OWN-DEV-07"},"verifiedBy":"%s","timestamp":"%s"}' % (random.choice(STAFF)[4], ts_iso_z()))
        emit(L)


def ev_ui_patient(p):
    tick(10, 200)
    user = random.choice(STAFF[:4] + [COORD])
    mode = random.choice(["results", "search", "search_last", "detail"])
    if mode == "results":
        emit(morgan("GET", ["/api/v1/patients/", (p["mrn"], "mrn"), "/results?since=48h&includeQc=false"], 200,
                    random.randint(1500, 12000), [ADMIN + "/patients/", (p["mrn"], "mrn")], user=user[4]))
    elif mode == "search":
        q = (p["last"].title() + ", " + p["first"].title())
        from urllib.parse import quote
        emit(morgan("GET", ["/api/v1/patients/search?q=", (quote(q), "name"), "&limit=20"], 200,
                    random.randint(300, 2000), [ADMIN + "/patients"], user=user[4]))
    elif mode == "search_last":
        from urllib.parse import quote
        emit(morgan_dev("GET", ["/api/v1/patients/search?lastName=", (quote(p["last"].title()), "name"),
                                "&dob=", (p["dob"].isoformat(), "date")], 200, random.randint(300, 1200)))
    else:
        emit(morgan_dev("GET", ["/api/v1/patients/", (p["mrn"], "mrn")], 304, None))
    if random.random() < 0.5:
        tick(0.1, 1)
        emit(morgan("GET", ["/static/js/main.8f3c2a1d.js"], 304, None, [ADMIN + "/"], user=user[4]))


def ev_sql_phi(p):
    tick(30, 600)
    spid = "spid%d" % random.randint(51, 140)
    kind = random.choice(["dup", "trunc"])
    if kind == "dup":
        emit(sqlline(spid, ["Error: 2601, Severity: 14, State: 1."]))
        emit(sqlline(spid, ["Cannot insert duplicate key row in object 'dbo.PatientCensus' with unique index 'IX_PatientCensus_MRN_FIN'. The duplicate key value is (",
                            (p["mrn"], "mrn"), ", ", (p["fin"], "account"), ")."]))
    else:
        emit(sqlline(spid, ["Error: 2628, Severity: 16, State: 1."]))
        tv = dispname(p)[:18]
        nm = tv.rstrip(" ,")
        emit(sqlline(spid, ["String or binary data would be truncated in table 'RALS_POC.dbo.Patient', column 'DisplayName'. Truncated value: '",
                            (nm, "name"), tv[len(nm):] + "'."]))


def ev_sql_clean():
    tick(30, 900)
    k = random.random()
    spid = "spid%d" % random.randint(51, 140)
    if k < 0.3:
        emit(sqlline("Logon", ["Error: 18456, Severity: 14, State: 8."]))
        emit(sqlline("Logon", ["Login failed for user 'MERCYHEALTH\\svc_poc_rpt'. Reason: Password did not match that for the login provided. [CLIENT: 10.40.2.%d]" % random.randint(20, 60)]))
    elif k < 0.5:
        emit(sqlline("Backup", ["Log was backed up. Database: RALS_POC, creation date(time): 2019/06/12(10:14:33), first LSN: %d:%d:1, last LSN: %d:%d:1, number of dump devices: 1, device information: (FILE=1, TYPE=DISK: {'\\\\mercy-bak02\\sql\\RALS_POC\\RALS_POC_%s.trn'}). This is an informational message only. No user action is required."
                                % (random.randint(88000, 89000), random.randint(100, 999), random.randint(89001, 90000),
                                   random.randint(100, 999), NOW.strftime("%Y%m%d%H%M"))]))
    elif k < 0.65:
        emit(sqlline(spid, ["Error: 1205, Severity: 13, State: 51."]))
        emit(sqlline(spid, ["Transaction (Process ID %d) was deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction." % random.randint(51, 140)]))
    elif k < 0.8:
        emit(sqlline(spid, ["Using 'dbghelp.dll' version '4.0.5'"] if random.random() < 0.2 else
                     ["SQL Server has encountered %d occurrence(s) of I/O requests taking longer than 15 seconds to complete on file [E:\\SQLData\\RALS_POC.mdf] in database id 7." % random.randint(1, 6)]))
    else:
        emit(sqlline(spid, ["DBCC CHECKDB (RALS_POC) WITH no_infomsgs executed by MERCYHEALTH\\svc_sqlagent found 0 errors and repaired 0 errors. Elapsed time: 0 hours %d minutes %d seconds." % (random.randint(0, 9), random.randint(0, 59))]))


def ev_opcert():
    tick(10, 400)
    s = random.choice(STAFF)
    k = random.random()
    unit = random.choice(UNITS)[0]
    if k < 0.25:
        meter = random.choice(GLU_METERS[unit])
        emit(rals("WARN", thread(), "OperatorManager",
                  ["Operator %s %s, %s (%s, %s) locked out on %s: competency 'Glucose - ACCU-CHEK Inform II' expired %s"
                   % (s[0], s[1], s[2], s[3], unit, meter, (TODAY - dt.timedelta(days=random.randint(1, 30))).isoformat())]))
        tick(0.2, 2)
        emit(nlog("INFO", "PocConnect.Notify.Smtp",
                  ["Lockout notice for operator %s sent to %s@mercyhealth.org, cc poct-coordinators@mercyhealth.org (msgid <%s.%d@poct-app01.mercyhealth.local>)"
                   % (s[0], s[4], NOW.strftime("%Y%m%d%H%M%S"), random.randint(1000, 9999))]))
    elif k < 0.45:
        emit(rals("INFO", thread(), "OperatorManager",
                  ["Certification expiring: op %s %s, %s %s - %s due %s (%d days), reminder #%d queued"
                   % (s[0], s[1], s[2], s[3], random.choice(["i-STAT CHEM8+", "CoaguChek XS Pro", "Clinitek Status+", "hCG Urine (manual)", "Strep A (manual)"]),
                      (TODAY + dt.timedelta(days=random.randint(3, 30))).isoformat(), random.randint(3, 30), random.randint(1, 3))]))
    elif k < 0.6:
        L = l4n("DEBUG", "OplPush-%s" % DOCKS[unit], "Poct1aListener", ["TX "])
        L.t('<OPL.R01><HDR><HDR.control_id V="%s"/><HDR.version_id V="POCT1"/><HDR.creation_dttm V="%s"/></HDR>'
            % (next_pctrl(), iso_local(NOW)))
        for s2 in random.sample(STAFF, 2):
            L.t('<OPR><OPR.operator_id V="%s"/><OPR.name V="%s, %s"/><ACC><ACC.method_cd V="ALL"/></ACC></OPR>' % (s2[0], s2[1], s2[2]))
        L.t('<LST><LST.list_type_cd V="INC"/><LST.item_count V="2"/></LST></OPL.R01>')
        emit(L)
    elif k < 0.75:
        emit(morgan("PUT", ["/api/v1/operators/%s/certifications/%d" % (s[0], random.randint(100, 999))], 200,
                    random.randint(200, 600), [ADMIN + "/operators/%s" % s[0]], user=COORD[4]))
        tick(0.05, 0.3)
        L = Line("winston-json")
        L.t('{"level":"info","message":"certification renewed","operatorId":"%s","operatorName":"%s, %s","credential":"%s","licenseNo":"%s.%d","device":"%s","expires":"%s","by":"%s","timestamp":"%s"}'
            % (s[0], s[1].title(), s[2].title(), s[3], {"RN": "RN", "LPN": "PN", "RRT": "RCP", "MLS": "MLS", "PCT": "STNA"}[s[3]],
               random.randint(300000, 499999),
               random.choice(["Inform II", "i-STAT", "CoaguChek XS Pro"]),
               (TODAY + dt.timedelta(days=365)).isoformat(), COORD[4], ts_iso_z()))
        emit(L)
    else:
        emit(rals("INFO", thread(), "OperatorListSync",
                  ["OPL.R01 pushed to %d devices (%d active operators, %d locked, %d expiring within 30d)"
                   % (random.randint(38, 46), random.randint(1150, 1220), random.randint(12, 40), random.randint(30, 90))]))


def ev_qc():
    tick(10, 400)
    k = random.random()
    unit = random.choice(UNITS)[0]
    if k < 0.3:
        meter = random.choice(GLU_METERS[unit])
        lot, exp = random.choice(QC_LOTS)
        lvl = random.choice([1, 2])
        rng = (35, 65) if lvl == 1 else (280, 360)
        val = random.choice([random.randint(rng[0] - 20, rng[0] - 1), random.randint(rng[1] + 1, rng[1] + 40), random.randint(*rng)])
        ok = rng[0] <= val <= rng[1]
        L = l4n("DEBUG", "ObsRcv-%s" % DOCKS[unit], "Poct1aListener", ["RX "])
        poct_obs_xml(L, "LQC", NOW - dt.timedelta(minutes=random.randint(1, 30)), None, random.choice(STAFF)[0], meter,
                     [("Glucose", "ROCHE", str(val), "mg/dL", None if ok else "A")],
                     '<CTC><CTC.name V="ACCU-CHEK Inform II Control %d"/><CTC.lot_number V="%s"/><CTC.expiration_date V="%s"/></CTC>' % (lvl, lot, exp))
        emit(L)
        tick(0.05, 0.4)
        if ok:
            emit(rals("INFO", thread(), "QcEvaluator", ["QC PASS dev %s level %d lot %s value %d mg/dL range %d-%d" % (meter, lvl, lot, val, rng[0], rng[1])]))
        else:
            emit(rals("WARN", thread(), "QcEvaluator", ["QC FAIL dev %s level %d lot %s value %d mg/dL range %d-%d; device locked for patient testing until QC passes" % (meter, lvl, lot, val, rng[0], rng[1])]))
    elif k < 0.45:
        u = random.choice(list(GEM))
        emit(rals("WARN", thread(), "QcEvaluator",
                  ["QC FAIL GEM Premier 5000 SN %s analyte pO2 level %d lot %d value %.1f mmHg expected %.1f-%.1f; analyte disabled"
                   % (GEM[u], random.randint(1, 3), random.randint(4700, 4799), random.uniform(60, 90), 92.0, 104.0)]))
    elif k < 0.6:
        sn = random.choice(sum(ISTATS.values(), []))
        emit(rals("ERROR", thread(), "LinearityStudy",
                  ["Linearity study LIN-2024-%03d i-STAT %s cartridge CHEM8+ lot %s failed at level %d (recovery %.1f%%, allowable 90-110%%)"
                   % (random.randint(20, 60), sn, random.choice(ISTAT_LOTS)[0], random.randint(4, 5), random.uniform(80, 89.9))]))
    elif k < 0.75:
        lot, exp = random.choice(QC_LOTS)
        emit(rals("WARN", thread(), "LotManager",
                  ["Control lot %s expires %s (%d days); %d devices still reference it" % (lot, exp,
                   (dt.date.fromisoformat(exp) - TODAY).days, random.randint(3, 30))]))
    elif k < 0.88:
        emit(morgan("GET", ["/api/v1/qc/lots/%s/levey-jennings?analyte=GLU&days=30" % random.choice(QC_LOTS)[0]], 200,
                    random.randint(4000, 30000), [ADMIN + "/qc"]))
    else:
        L = Line("winston-json")
        lot, exp = random.choice(STRIP_LOTS)
        L.t('{"level":"warn","message":"new reagent lot pending acceptance","lot_number":"%s","reagent":"ACCU-CHEK Inform II Test Strips","exp_date":"%s","parallelTesting":{"required":20,"completed":%d},"timestamp":"%s"}'
            % (lot, exp, random.randint(0, 19), ts_iso_z()))
        emit(L)


def ev_idle():
    tick(5, 200)
    k = random.random()
    unit = random.choice(UNITS)[0]
    if k < 0.2:
        emit(Line("dock").t("[%s] INFO  DockMgr  %s (%s, MAC %s) heartbeat ok, %d/4 ports occupied, uptime %dh"
                            % (ts_ms(), DOCKS[unit], DOCK_IP[unit], DOCK_MAC[unit], random.randint(0, 4), random.randint(10, 900))))
    elif k < 0.3:
        emit(Line("dock").t("[%s] WARN  DockMgr  %s port %d: meter %s undocked before transfer complete (%d of %d records)"
                            % (ts_ms(), DOCKS[unit], random.randint(1, 4), random.choice(GLU_METERS[unit]),
                               random.randint(1, 8), random.randint(9, 20))))
    elif k < 0.4:
        L = l4n("DEBUG", "ObsRcv-%s" % DOCKS[unit], "Poct1aListener", ["RX "])
        m = random.choice(GLU_METERS[unit])
        L.t('<HEL.R01><HDR><HDR.control_id V="%s"/><HDR.version_id V="POCT1"/><HDR.creation_dttm V="%s"/></HDR><DCP><DCP.application_timeout V="30"/></DCP><DSC><DSC.connection_profile_cd V="SA"/><DSC.topics_supported_cd V="OPL"/></DSC><DEV><DEV.device_id V="%s"/><DEV.vendor_id V="ROCHE"/><DEV.model_id V="Inform II"/><DEV.serial_id V="%s"/><DEV.sw_version V="03.02.05"/><DEV.device_name V="GLU-%s-%02d"/></DEV></HEL.R01>'
            % (next_pctrl(), iso_local(NOW), m, m, unit.replace("&", ""), GLU_METERS[unit].index(m) + 1))
        emit(L)
    elif k < 0.5:
        L = l4n("DEBUG", "ObsRcv-%s" % DOCKS[unit], "Poct1aListener", ["RX "])
        L.t('<DST.R01><HDR><HDR.control_id V="%s"/><HDR.version_id V="POCT1"/><HDR.creation_dttm V="%s"/></HDR><DST><DST.status_dttm V="%s"/><DST.new_observations_qty V="%d"/><DST.new_events_qty V="%d"/><DST.condition_cd V="R"/></DST></DST.R01>'
            % (next_pctrl(), iso_local(NOW), iso_local(NOW), random.randint(0, 14), random.randint(0, 3)))
        emit(L)
    elif k < 0.58:
        emit(Line("serial-astm").t("%s %s TX <ENQ> (poll, no response after 3 retries, timeout 15000 ms)" % (ts_ms(), random.choice(["COM3", "COM4", "COM6"]))))
    elif k < 0.7:
        emit(nlog("INFO", "PocConnect.Health", ["Heartbeat: adt_in=UP lis_oru=UP queue_depth=%d unmatched_open=%d db_latency=%dms mem=%dMB"
                                                 % (random.randint(0, 12), random.randint(3, 25), random.randint(2, 40), random.randint(180, 420))]))
    elif k < 0.8:
        path, size = random.choice([("/api/v1/dashboard/summary", 2210), ("/api/v1/devices?type=glucose&status=locked", 6120),
                                    ("/api/v1/devices/%s/status" % random.choice(GLU_METERS[unit]), 512),
                                    ("/api/v1/operators?locked=true", 4821), ("/api/v1/health", 61)])
        if random.random() < 0.5:
            emit(morgan("GET", [path], 200, size, [ADMIN + "/dashboard"]))
        else:
            emit(morgan_dev("GET", [path], 200, size))
    elif k < 0.88:
        emit(nlog("WARN", "PocConnect.Hl7.MllpSender",
                  ["LIS_ORU ack timeout after 30000 ms (ctrl POC%07d), retry 1/3" % random.randint(1000000, 9999999)]))
    elif k < 0.94:
        emit(morgan("POST", ["/api/v1/auth/login"], random.choice([200, 200, 401]), random.choice([412, 88]), [ADMIN + "/login"]))
    else:
        L = Line("winston-json")
        L.t('{"level":"error","message":"ECONNRESET while polling middleware","service":"rals-bridge","host":"mercy-poc-app01.mercyhealth.local","port":8443,"retryInMs":5000,"requestId":"%s","timestamp":"%s"}'
            % ("%08x-%04x-4%03x-a%03x-%012x" % (random.getrandbits(32), random.getrandbits(16), random.getrandbits(12),
                                                random.getrandbits(12), random.getrandbits(48)), ts_iso_z()))
        emit(L)


def ev_nlog_phi_misc(p):
    tick(10, 200)
    k = random.random()
    if p["pp"] and k < 0.4:
        emit(nlog("INFO", "PocConnect.Adt.IdentityVerifier",
                  ["Secondary identifier PPN ", (p["pp"][1], "other_id"), " (%s) linked to MRN " % p["pp"][0],
                   (p["mrn"], "mrn"), "; wristband reprint not required"]))
    elif k < 0.6:
        emit(nlog("WARN", "PocConnect.Adt.IdentityVerifier",
                  ["Identity mismatch on ORU hold: device DOB ", (p["dob"].strftime("%Y%m%d"), "date"),
                   " vs census for MRN ", (p["mrn"], "mrn"), "; result held for review"]))
    else:
        emit(nlog("INFO", "PocConnect.Adt.IdentityVerifier",
                  ["Patient ", (hl7name(p), "name"), " (", (p["mrn"], "mrn"), ") verified against ADT, age ",
                   (str(p["age"]), "age") if p["age"] >= 90 else str(p["age"]), ", loc %s/%s" % (p["unit"], p["bed"])]))


# ---------------------------------------------------------------- main loop
def main():
    ev_service_start()
    pool = list(PATIENTS)
    random.shuffle(pool)
    special = [p for p in pool if p["pp"] or p["pdev"] or p["age"] >= 90]
    rest = [p for p in pool if p not in special]
    kinds = {}
    for p in special:
        if p["pdev"]:
            kinds.setdefault(p["pdev"][0], p)
    first = list(kinds.values())
    first += [p for p in special if p not in first][:4]
    first += rest[:3]
    random.shuffle(first)
    for p in first:
        ev_admit(p)
    pending = [p for p in pool if p not in first]
    phi_events = [(ev_glucose, 30), (ev_unmatched, 7), (ev_bloodgas, 8), (ev_istat, 6), (ev_coag, 7),
                  (ev_urinalysis, 2), (ev_manual, 8), (ev_home_meter, 6), (ev_ui_patient, 10), (ev_sql_phi, 3),
                  (ev_a08, 5), (ev_admit, 6), (ev_discharge, 2), (ev_nlog_phi_misc, 5)]
    clean_events = [(ev_opcert, 5), (ev_qc, 5), (ev_idle, 10), (ev_sql_clean, 3)]
    crit_done = 0
    while len(OUT) < N_LINES:
        share = phi_lines() / max(1, len(OUT))
        if share > 0.44:
            fn = random.choices([e for e, _ in clean_events], [w for _, w in clean_events])[0]
            fn()
            continue
        fn = random.choices([e for e, _ in phi_events], [w for _, w in phi_events])[0]
        adm = [p for p in PATIENTS if p["admitted"]]
        if fn is ev_admit:
            if not pending:
                continue
            ev_admit(pending.pop(0))
        elif fn is ev_home_meter:
            c = [p for p in adm if p["pdev"] and p["pdev_checks"] < 2]
            if c:
                q = random.choice(c)
                q["pdev_checks"] += 1
                ev_home_meter(q)
        elif fn is ev_discharge:
            if len(adm) > 6:
                ev_discharge(random.choice(adm))
        elif fn is ev_glucose:
            c = random.random() < 0.12
            ev_glucose(random.choice(adm), critical=c)
        elif fn in (ev_bloodgas, ev_nlog_phi_misc, ev_manual) and random.random() < 0.35:
            old = [p for p in adm if p["age"] >= 90 or p["pp"]]
            fn(random.choice(old or adm))
        else:
            fn(random.choice(adm))
    del OUT[N_LINES:]

    log_path = os.path.join(HERE, "ei.log")
    lab_path = os.path.join(HERE, "ei.labels.jsonl")
    with open(log_path, "wb") as fl, open(lab_path, "w", encoding="utf-8", newline="\n") as fj:
        for n, L in enumerate(OUT, 1):
            b = bytes(L.buf)
            assert b"\n" not in b and b"\r" not in b, n
            assert len(b) <= 4000, (n, len(b))
            b.decode("utf-8")
            last = 0
            for sp, v in zip(L.spans, L.vals):
                assert b[sp["s"]:sp["e"]] == v, (n, sp, v)
                assert sp["s"] >= last and sp["e"] > sp["s"], (n, sp)
                last = sp["e"]
            fl.write(b + b"\n")
            fj.write(json.dumps({"line": n, "family": L.fam, "spans": L.spans}) + "\n")


if __name__ == "__main__":
    main()
