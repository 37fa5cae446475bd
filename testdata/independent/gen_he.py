#!/usr/bin/env python3
"""Deterministic generator of a labeled PHI test corpus (id: he).

Theme: rural critical access hospital on a Meditech-like legacy system.
Writes he.log and he.labels.jsonl next to this file. Standard library only.
"""
import base64
import calendar
import datetime as dt
import json
import os
import random

random.seed(7306118)
R = random

HERE = os.path.dirname(os.path.abspath(__file__))
ID = "he"
N_LINES = 500


# ---------------------------------------------------------------- line builder
class Line:
    def __init__(self, fam):
        self.fam = fam
        self.buf = []
        self.nb = 0          # byte length so far
        self.nc = 0          # char length so far
        self.origin = 0      # char column origin for col()
        self.spans = []      # (s, e, cat, value)

    def t(self, s):
        s = str(s)
        self.buf.append(s)
        self.nb += len(s.encode("utf-8"))
        self.nc += len(s)
        return self

    def p(self, s, cat):
        s = str(s)
        if not cat:
            return self.t(s)
        st = self.nb
        self.t(s)
        self.spans.append((st, self.nb, cat, s))
        return self

    def mark(self):
        self.origin = self.nc
        return self

    def col(self, n):
        tgt = self.origin + n
        if self.nc < tgt:
            self.t(" " * (tgt - self.nc))
        else:
            self.t(" ")
        return self

    def fw(self, s, width, cat=None):
        """fixed width left aligned field (value truncated), pad not in span"""
        s = str(s)[:width]
        self.p(s, cat)
        if len(s) < width:
            self.t(" " * (width - len(s)))
        return self

    def rj(self, s, width, cat=None):
        s = str(s)
        if len(s) < width:
            self.t(" " * (width - len(s)))
        return self.p(s, cat)

    def text(self):
        return "".join(self.buf)


LINES = []


def emit(L):
    LINES.append(L)
    return L


# ---------------------------------------------------------------- identifiers
REF = dt.date(2024, 3, 18)


def mdy(d):
    return d.strftime("%m/%d/%y")


def ymd(d):
    return d.strftime("%Y%m%d")


_used = set()


def uniq(fn):
    while True:
        v = fn()
        if v not in _used:
            _used.add(v)
            return v


def mk_ssn():
    def f():
        a = R.randint(100, 665)
        return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))
    return uniq(f)


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"
MBI_ALNUM = MBI_ALPHA + "0123456789"


def mk_mbi():
    def f():
        D = "0123456789"
        return "".join([R.choice("123456789"), R.choice(MBI_ALPHA), R.choice(MBI_ALNUM),
                        R.choice(D), R.choice(MBI_ALPHA), R.choice(MBI_ALNUM), R.choice(D),
                        R.choice(MBI_ALPHA), R.choice(MBI_ALPHA), R.choice(D), R.choice(D)])
    return uniq(f)


def mk_phone(area):
    return uniq(lambda: "(%s)555-01%02d" % (area, R.randint(10, 99)))


def luhn_digit(partial):
    s = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def mk_card():
    p = "4" + "".join(R.choice("0123456789") for _ in range(14))
    return p + luhn_digit(p)


def gs1_check(digits13):
    s = 0
    for i, ch in enumerate(reversed(digits13)):
        s += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - s % 10) % 10)


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def astm_cs(body):
    # checksum over frame number .. ETX inclusive
    return "%02X" % ((sum(body.encode("latin-1")) + 0x03) % 256)


# ---------------------------------------------------------------- staff (not PHI)
PHYS = [("PATR", "Patel,Ravi MD", "PATEL^RAVI"), ("OKOA", "Okonkwo,Adaeze DO", "OKONKWO^ADAEZE"),
        ("LINE", "Lindqvist,Erik PA-C", "LINDQVIST^ERIK"), ("HADS", "Haddad,Samir MD", "HADDAD^SAMIR"),
        ("BRAC", "Bramwell,Cora APRN", "BRAMWELL^CORA"), ("RUIJ", "Ruiz,Javier MD", "RUIZ^JAVIER")]
REG_USERS = ["REG.MJ", "REG.TS", "REG.AL", "ADM.NIGHT"]
WIN_USERS = ["mjohnson", "tsalas", "kdvorak", "alindgren", "rwebb", "bkucera", "svc_mtprint"]
HOSP = "PRAIRIE BLUFF COMMUNITY HOSPITAL"
HOSP_ADDR = "1200 N 9TH ST  WILBER, NE 68465"
HOSP_PH = "(402)555-0100"

TOWNS = [("WILBER", "SALINE", "68465", "402"), ("CRETE", "SALINE", "68333", "402"),
         ("FRIEND", "SALINE", "68359", "402"), ("DORCHESTER", "SALINE", "68343", "402"),
         ("DEWITT", "SALINE", "68341", "402"), ("WESTERN", "SALINE", "68464", "402"),
         ("GENEVA", "FILLMORE", "68361", "402"), ("EXETER", "FILLMORE", "68351", "402"),
         ("MILLIGAN", "FILLMORE", "68406", "402"), ("FAIRBURY", "JEFFERSON", "68352", "402"),
         ("TOBIAS", "SALINE", "68453", "402"), ("SWANTON", "SALINE", "68445", "402"),
         ("HEBRON", "THAYER", "68370", "402")]
STREETS = ["COUNTY ROAD %d" % n for n in (5, 12, 1700, 2250, 38)] + \
    ["%s ST" % s for s in ("MAIN", "ELM", "OAK", "CEDAR", "WALNUT", "HICKORY", "PRAIRIE", "LIBERTY")] + \
    ["%s AVE" % s for s in ("LINCOLN", "JEFFERSON", "PARK", "RAILROAD", "GRANT")] + \
    ["RD %d" % n for n in (740, 2100)]

# last, first, mi, sex, age, status, unit, room, adm-offset(days before REF) or date, extra
SPEC = [
    ("KOWALCZYK", "TERESA", "M", "F", 92, "IN", "2W", "204-A", 4, dict(g=("STANLEY", "J", "SP"), lang="POL")),
    ("VASQUEZ-ORTIZ", "ROSALIA", "", "F", 67, "DIS", None, None, 6, dict(g=("HUMBERTO", "", "SP"), lang="SPA", disp="SNF")),
    ("ABDI", "HAWA", "K", "F", 34, "ER", None, None, 1, dict(g=None, lang="SOM", cc="ABD PAIN", disp="HOME")),
    ("NGUYEN", "THANH", "V", "M", 78, "IN", "2W", "206-A", 2, dict(g=("LAN", "T", "SP"), lang="VIE")),
    ("TWO BULLS", "LEONARD", "R", "M", 58, "IN", "2W", "210-A", 1, dict(g=None, lang="ENG", cc="CHEST PAIN", disp="ADMIT")),
    ("SCHUETTLER", "WILHELMINA", "A", "F", 97, "SWG", "SWG", "112", 16, dict(g=("DIETER", "K", "CH"), lang="ENG")),
    ("VANG", "PAO", "", "M", 45, "ER", None, None, 1, dict(g=None, lang="HMN", cc="HAND LAC - WORK", disp="HOME", wc=True)),
    ("O'DONNELL", "MAUREEN", "T", "F", 90, "IN", "2W", "208-B", 3, dict(g=("PATRICK", "", "CH"), lang="ENG")),
    ("VANDERPLOEG", "GERRIT", "J", "M", 101, "SWG", "SWG", "114", 13, dict(g=("ANNEKE", "", "CH"), lang="ENG")),
    ("DENG", "AKECH", "", "F", 29, "IN", "OB", "301", 1, dict(g=("GARANG", "", "SP"), lang="DIN")),
    ("TANAKA", "HIROSHI", "", "M", 88, "DIS", None, None, 5, dict(g=("EMIKO", "", "SP"), lang="ENG", disp="HOME")),
    ("HAUGLAND", "INGRID", "E", "F", 94, "OBS", "2W", "202-A", 1, dict(g=("SOLVEIG", "M", "CH"), lang="ENG", cc="FALL/HIP PAIN", disp="OBS")),
    ("DELA CRUZ", "MARICEL", "B", "F", 52, "ER", None, None, 1, dict(g=None, lang="TGL", cc="MVC", disp="HOME")),
    ("HRYTSENKO", "OLEKSANDR", "", "M", 63, "ER", None, None, 1, dict(g=None, lang="UKR", cc="SOB", disp="XFER", passport=True)),
    ("HTOO", "PAW", "", "F", 41, "DIS", None, None, 3, dict(g=None, lang="KAR", disp="HOME")),
    ("KHALAF", "NADIA", "S", "F", 19, "ER", None, None, 1, dict(g=("SAMIR", "", "FA"), lang="ARA", cc="SORE THROAT", disp="LWBS")),
    ("BERTOLUCCI", "ANTHONY", "P", "M", 91, "IN", "2W", "212-A", 4, dict(g=("GINA", "", "CH"), lang="ENG", implant=True)),
    ("MENSAH", "KWAME", "A", "M", 71, "DIS", None, None, 4, dict(g=("ABENA", "", "SP"), lang="ENG", disp="HHC")),
    ("PRYCE", "GWENDOLYN", "R", "F", 99, "SWG", "SWG", "116", 20, dict(g=("RHIAN", "", "CH"), lang="ENG")),
    ("FURTADO", "JOAO", "M", "M", 84, "IN", "2W", "214-A", 1, dict(g=("ISABEL", "", "SP"), lang="POR", cc="WEAKNESS", disp="ADMIT")),
    ("AL-RAWI", "YUSUF", "H", "M", 6, "ER", None, None, 1, dict(g=("HASSAN", "M", "FA"), lang="ARA", cc="FEVER", disp="HOME")),
    ("NOVOTNY", "LUDMILA", "", "F", 89, "SWG", "SWG", "118", 10, dict(g=("PAVEL", "", "CH"), lang="CZE")),
    ("XICARA", "ESTEBAN", "", "M", 37, "ER", None, None, 1, dict(g=None, lang="SPA", cc="MVC", disp="HOME", dpi=True, uni="XICARÁ")),
    ("BRZEZINSKI", "FRANCES", "C", "F", 96, "DIS", None, None, 8, dict(g=("WALTER", "", "CH"), lang="ENG", disp="EXPIRED")),
    ("MUELLER", "KLAUS", "D", "M", 76, "IN", "2W", "216-A", 5, dict(g=("BRIGITTE", "", "SP"), lang="GER", uni="MÜLLER")),
]

EMAIL_DOM = ["gmail.com", "windstream.net", "yahoo.com", "hotmail.com", "outlook.com", "neb.rr.com"]


class Pt:
    pass


PTS = []
for i, (last, first, mi, sex, age, st, unit, room, admoff, ex) in enumerate(SPEC):
    p = Pt()
    p.i = i
    p.last, p.first, p.mi, p.sex, p.age = last, first, mi, sex, age
    p.status, p.unit, p.room = st, unit, room
    p.ex = ex
    m, d = R.randint(1, 12), R.randint(1, 28)
    y = REF.year - age
    if (m, d) > (REF.month, REF.day):
        y -= 1
    p.dob = dt.date(y, m, d)
    town = R.choice(TOWNS)
    p.city, p.county, p.zip, p.area = town
    p.street = "%d %s" % (R.choice([R.randint(100, 999), R.randint(1000, 4999)]), R.choice(STREETS))
    p.phone = mk_phone(p.area)
    p.cell = mk_phone(R.choice(["402", "308", "531"])) if R.random() < 0.5 else None
    p.ssn = mk_ssn()
    p.mrn = uniq(lambda: "M000" + "%06d" % R.randint(100000, 699999))
    p.ed = st == "ER" or "cc" in ex
    pref = "E" if st == "ER" else "V"
    p.acct = uniq(lambda: pref + "000" + "%08d" % R.randint(1000000, 9999999))
    p.adm = REF - dt.timedelta(days=admoff)
    p.adm_time = "%02d%02d" % (R.randint(0, 23), R.choice(range(0, 60)))
    p.dc = REF - dt.timedelta(days=1) if st in ("DIS", "ER") else None
    p.mbi = mk_mbi() if age >= 65 else None
    p.medicaid = uniq(lambda: "%010d" % R.randint(1000000000, 9999999999)) if (age < 65 and R.random() < 0.5) or age == 6 else None
    p.bcbs = uniq(lambda: R.choice(["XNB", "ZGN", "NEB"]) + digits(9)) if R.random() < 0.55 else None
    p.grp = "%07d" % R.randint(1000, 99999)
    p.dl = uniq(lambda: R.choice("ABEGHKLV") + digits(8)) if 16 <= age else None
    p.email = None
    if age < 90 and age > 15 and R.random() < 0.7:
        p.email = "%s%s%d@%s" % (first.lower()[:R.randint(1, 5)], last.lower().replace(" ", "").replace("'", "").replace("-", "")[:6],
                                 R.randint(1, 99), R.choice(EMAIL_DOM))
    p.attend = R.choice(PHYS[:2] + PHYS[3:4] + PHYS[5:])
    p.pcp = R.choice(PHYS)
    g = ex.get("g")
    if g:
        gf, gmi, rel = g
        p.g_name = "%s,%s%s" % (last, gf, (" " + gmi) if gmi else "")
        p.g_rel = rel
        p.g_phone = p.phone if rel == "SP" else mk_phone(R.choice(["402", "308", "712"]))
        p.g_same_addr = rel in ("SP", "FA")
        if not p.g_same_addr:
            t2 = R.choice(TOWNS)
            p.g_street = "%d %s" % (R.randint(100, 4999), R.choice(STREETS))
            p.g_city, p.g_county, p.g_zip = t2[0], t2[1], t2[2]
        else:
            p.g_street, p.g_city, p.g_county, p.g_zip = p.street, p.city, p.county, p.zip
    else:
        p.g_name, p.g_rel, p.g_phone = None, "SE", p.phone
    p.fc = "MA" if p.mbi else ("MD" if p.medicaid else ("BC" if p.bcbs else "SP"))
    if ex.get("wc"):
        p.fc = "WC"
        p.wc_claim = "WC-24-%06d" % R.randint(100000, 999999)
    if ex.get("implant"):
        p.dev_sn = "RNH%06dS" % R.randint(100000, 999999)
        gt = "0064316" + digits(6)
        p.udi = "(01)" + gt + gs1_check(gt) + "(17)261130(10)" + digits(6) + "(21)" + p.dev_sn
        p.impl_date = p.adm + dt.timedelta(days=1)
    if ex.get("dpi"):
        p.dpi = "%s %s %s" % (digits(4), digits(5), "0101")
    if ex.get("passport"):
        p.passport = "F" + R.choice("ABCEHKMN") + digits(6)
    if p.ed:
        p.ed_arr = REF - dt.timedelta(days=1)
        p.ed_time = "%02d%02d" % (R.randint(0, 22), R.randint(0, 59))
        p.adm_time = p.ed_time
        p.ed_acct = p.acct
        p.esi = R.choice("2333445")
        p.ed_prov = R.choice(PHYS)
        arr = int(p.ed_time[:2]) * 60 + int(p.ed_time[2:])
        p.ed_out = arr + R.randint(40, 300)
        if st == "ER":
            p.dc_time = "%02d%02d" % ((p.ed_out % 1440) // 60, p.ed_out % 60)
            if p.ed_out >= 1440:
                p.dc = p.dc + dt.timedelta(days=1)
    if st == "DIS":
        p.dc_time = "%02d%02d" % (R.randint(9, 16), R.randint(0, 59))
    if p.ex.get("cc") == "MVC":
        p.plate = "%d-%s%d" % (R.choice([3, 17, 30, 76]), R.choice("ABCDEHKLNP"), R.randint(1000, 9999))
    p.marital = R.choice("MWSD") if age > 17 else "S"
    p.hl7name = "%s^%s^%s" % (last, first, mi) if mi else "%s^%s" % (last, first)
    PTS.append(p)


def mt_name(p):
    return "%s,%s%s" % (p.last, p.first, (" " + p.mi) if p.mi else "")


def comma_name(p, uni=False):
    last = p.ex.get("uni", p.last) if uni else p.last
    return "%s, %s%s" % (last, p.first, (" " + p.mi) if p.mi else "")


def age_field(L, p, suffix=""):
    L.p(str(p.age), "age" if p.age > 89 else None)
    if suffix:
        L.t(suffix)


def by_status(*sts):
    return [p for p in PTS if p.status in sts]


# ---------------------------------------------------------------- clocks
class Clock:
    def __init__(self, h, m, s=0):
        self.t = dt.datetime(2024, 3, 18, h, m, s)

    def adv(self, lo=1, hi=30):
        self.t += dt.timedelta(seconds=R.randint(lo, hi), milliseconds=R.randint(0, 999))
        return self.t


CNT = {"fax": 18807, "prt": 112, "faxn": 0}
CLK = {
    "scr": Clock(7, 2), "lab": Clock(1, 41), "fax": Clock(5, 58), "img": Clock(6, 22),
    "prt": Clock(6, 50), "bkp": Clock(0, 59, 58), "hie": Clock(0, 12), "rpt": Clock(5, 0),
}


def ms(t):
    return "%03d" % (t.microsecond // 1000)


# ================================================================ FAMILY: mt-screen
def scr_prefix(L, t, tty, scr, row):
    L.t("%s %s %-7s %-14s R%02d|" % (t.strftime("%m/%d/%y"), t.strftime("%H:%M:%S"), tty, scr, row))
    L.mark()


def scr_end(L):
    L.col(80)
    L.t("|")
    return emit(L)


def screen_reg(p):
    c = CLK["scr"]
    t = c.adv(20, 240)
    tty = R.choice(["MTT014", "MTT022", "MTT031", "VT220-7"])
    user = R.choice(REG_USERS[:3])
    scr = "ADM.REG.PAT"
    rows = []

    def r(n):
        L = Line("mt-screen")
        scr_prefix(L, t, tty, scr, n)
        return L

    L = r(1)
    L.t(" PBCH LIVE/ADM   Registration - %s" % {"IN": "Inpatient", "SWG": "Swing Bed", "OBS": "Observation",
                                                "ER": "Emergency", "DIS": "Inpatient"}[p.status])
    L.col(52).t(t.strftime("%m/%d/%y %H:%M")).col(70).t("PAGE 1 OF 3")
    rows.append(L)
    L = r(3)
    L.t(" Pt Name: ").p(mt_name(p), "name").col(42).t("Unit#: ").p(p.mrn, "mrn").col(61).t("Acct#: ").p(p.acct, "account")
    rows.append(L)
    L = r(4)
    L.t(" Birthdate: ").p(mdy(p.dob), "date").col(24).t("Age: ")
    age_field(L, p, "Y")
    L.col(36).t("Sex: " + p.sex).col(46).t("Marital: " + p.marital).col(60).t("Lang: " + p.ex["lang"])
    rows.append(L)
    L = r(5)
    L.t(" Address: ").p(p.street, "address").col(50).t("City: ").p(p.city, "address")
    rows.append(L)
    L = r(6)
    L.t(" State: NE").col(14).t("Zip: ").p(p.zip, "zip").col(27).t("County: ").p(p.county, "address") \
        .col(50).t("Home Ph: ").p(p.phone, "phone")
    rows.append(L)
    L = r(7)
    L.t(" SSN: ").p(p.ssn, "ssn")
    if p.dl:
        L.col(22).t("DL#: ").p(p.dl, "license").t(" NE")
    if p.email:
        L.col(42).t("Email: ").p(p.email, "email")
    elif p.cell:
        L.col(42).t("Cell Ph: ").p(p.cell, "phone")
    rows.append(L)
    L = r(8)
    L.t(" Adm: ").p(mdy(p.adm), "date").t(" " + p.adm_time).col(24).t("Type: " + {"ER": "ER", "OBS": "OBS", "SWG": "SWB"}.get(p.status, "IN"))
    L.col(35).t("Svc: " + ("EMR" if p.status == "ER" else "MED")).col(48).t("Loc: " + (p.unit or "ED"))
    L.col(60).t("Rm/Bed: " + (p.room or "ED-%02d" % R.randint(1, 6)))
    rows.append(L)
    L = r(9)
    L.t(" Attend: %-4s  %s" % p.attend[:2]).col(42).t("PCP: %-4s  %s" % p.pcp[:2])
    rows.append(L)
    L = r(10)
    if p.g_name:
        L.t(" Guar: ").p(p.g_name, "name").col(36).t("Rel: " + p.g_rel).col(48).t("Guar Ph: ").p(p.g_phone, "phone")
    else:
        L.t(" Guar: ").p(mt_name(p), "name").col(36).t("Rel: SE").col(48).t("Guar Ph: ").p(p.phone, "phone")
    rows.append(L)
    if p.g_name and not p.g_same_addr:
        L = r(11)
        L.t(" Guar Addr: ").p(p.g_street, "address").t(", ").p(p.g_city, "address").t(" NE ").p(p.g_zip, "zip")
        rows.append(L)
    L = r(12)
    if p.mbi:
        L.t(" Ins1: MCRA  Medicare Part A").col(36).t("Pol#: ").p(p.mbi, "health_plan").col(58).t("Grp#:")
    elif p.ex.get("wc"):
        L.t(" Ins1: WCMP  Workers Comp").col(36).t("Claim#: ").p(p.wc_claim, "other_id").col(58).t("Emp: PRAIRIE PORK LLC")
    elif p.medicaid:
        L.t(" Ins1: NEMC  NE Medicaid HH").col(36).t("Pol#: ").p(p.medicaid, "health_plan").col(58).t("Grp#:")
    elif p.bcbs:
        L.t(" Ins1: BCNE  BCBS Nebraska").col(36).t("Pol#: ").p(p.bcbs, "health_plan").col(58).t("Grp#: " + p.grp)
    else:
        L.t(" Ins1: SELF  Self Pay").col(36).t("Pol#:").col(58).t("Grp#:")
    rows.append(L)
    if p.mbi and p.bcbs:
        L = r(13)
        L.t(" Ins2: BCNE  BCBS Medsupp F").col(36).t("Pol#: ").p(p.bcbs, "health_plan").col(58).t("Grp#: " + p.grp)
        rows.append(L)
    if p.ex.get("dpi") or p.ex.get("passport"):
        L = r(14)
        if p.ex.get("dpi"):
            L.t(" Alt ID Type: DPI (GT)").col(36).t("Alt ID: ").p(p.dpi, "other_id")
        else:
            L.t(" Alt ID Type: PASSPORT UA").col(36).t("Alt ID: ").p(p.passport, "other_id")
        rows.append(L)
    L = r(22)
    L.t(" F9=File  F12=Exit  F4=Lookup  F11=Next Pg").col(50).t("Last edit %s %s" % (t.strftime("%m/%d/%y %H:%M"), user))
    rows.append(L)
    if R.random() < 0.6:
        L = r(24)
        L.t(" Msg: Elig 270/271 sent %s trace %s - %s" % (t.strftime("%H:%M"), digits(9),
                                                            R.choice(["Active Coverage", "AAA 72 Invalid Member ID", "Active Coverage"])))
        rows.append(L)
    # scraper captures a subset of rows (changed rows only), keep header + most
    keep = [rows[0]] + [x for x in rows[1:] if R.random() < 0.8 or any(sp[2] == "other_id" for sp in x.spans)]
    for L in keep:
        scr_end(L)


def screen_bar(p):
    c = CLK["scr"]
    t = c.adv(20, 300)
    tty = R.choice(["MTT009", "MTT040", "VT220-3"])
    scr = "BAR.ACCT.INQ"

    def r(n):
        L = Line("mt-screen")
        scr_prefix(L, t, tty, scr, n)
        return L
    L = r(1)
    L.t(" PBCH LIVE/BAR   Account Inquiry").col(52).t(t.strftime("%m/%d/%y %H:%M")).col(70).t("PAGE 1 OF 1")
    scr_end(L)
    L = r(3)
    L.t(" Acct#: ").p(p.acct, "account").col(24).t("Pt: ").p(mt_name(p), "name").col(58).t("Unit#: ").p(p.mrn, "mrn")
    scr_end(L)
    L = r(5)
    L.t(" Svc Dt: ").p(mdy(p.adm), "date").t(" - ")
    if p.dc:
        L.p(mdy(p.dc), "date")
    L.col(32).t("FC: " + p.fc).col(44).t("Stat: " + ("DIS" if p.dc else "IN")).col(60).t("Bill Hold: " + R.choice("NNY"))
    scr_end(L)
    chg = R.randint(80000, 4800000) / 100.0
    pm = R.choice([0.0, 25.0, 100.0, 250.0])
    L = r(7)
    L.t(" Charges: %12s" % format(chg, ",.2f")).col(30).t("Pmts: %10s" % format(pm, ",.2f")).col(55).t("Adj: %10s" % "0.00")
    scr_end(L)
    L = r(8)
    est = round(chg * 0.8, 2)
    L.t(" Balance: %12s" % format(chg - pm, ",.2f")).col(30).t("Ins Est: %10s" % format(est, ",.2f")) \
        .col(55).t("Pt Resp: %8s" % format(chg - pm - est, ",.2f"))
    scr_end(L)
    if pm and R.random() < 0.7:
        L = r(10)
        L.t(" Last Pmt Rcpt# %07d  %s  VISA ****%s  Drawer 02" % (R.randint(70000, 79999), format(pm, ",.2f"), digits(4)))
        scr_end(L)
    if R.random() < 0.35:
        # cashier posting row exposes the full card number
        L = r(12)
        L.t(" Card#: ").p(mk_card(), "account").col(28).t("Exp: %02d/%02d" % (R.randint(1, 12), R.randint(25, 29))) \
            .col(42).t("Name: ").p(p.g_name or mt_name(p), "name")
        scr_end(L)
    L = r(23)
    L.t(" F1=Txn Detail  F2=Ins  F5=Notes  F12=Exit").col(52).t("Txns: %d  Claims: %d" % (R.randint(3, 60), R.randint(0, 3)))
    scr_end(L)


def screen_ed(p):
    c = CLK["scr"]
    t = c.adv(20, 300)
    tty = R.choice(["MTT051", "MTT052"])
    scr = "EDM.TRIAGE"

    def r(n):
        L = Line("mt-screen")
        scr_prefix(L, t, tty, scr, n)
        return L
    L = r(1)
    L.t(" PBCH LIVE/EDM   ED Tracker - Triage").col(52).t(t.strftime("%m/%d/%y %H:%M")).col(70).t("PAGE 1 OF 2")
    scr_end(L)
    L = r(3)
    L.t(" Pt: ").p(mt_name(p), "name").col(34).t("Unit#: ").p(p.mrn, "mrn").col(56).t("Acct#: ").p(p.acct, "account")
    scr_end(L)
    L = r(4)
    L.t(" Arrival: ").p(mdy(p.ed_arr), "date").t(" " + p.ed_time).col(28)
    mode = "EMS" if p.ex["cc"] in ("MVC", "CHEST PAIN", "FALL/HIP PAIN") else R.choice(["WALK", "POV"])
    L.t("Mode: " + mode)
    if mode == "EMS":
        L.col(42).t("Unit: RESCUE %d  Run#: 24-%04d" % (R.randint(1, 6), R.randint(100, 900)))
    scr_end(L)
    L = r(5)
    L.t(" CC: " + p.ex["cc"])
    if getattr(p, "plate", None):
        L.col(36).t("Veh Plate: NE ").p(p.plate, "vehicle").t("  Restrained: Y")
    scr_end(L)
    L = r(6)
    L.t(" Age: ")
    age_field(L, p, "Y")
    L.col(14).t("Sex: " + p.sex).col(24).t("Wt: %.1f kg" % R.uniform(18, 110) if p.age > 10 else "Wt: %.1f kg" % R.uniform(18, 26))
    L.col(42).t("Allergies: " + R.choice(["NKDA", "PCN", "SULFA", "NKDA"]))
    scr_end(L)
    L = r(7)
    L.t(" ESI: %s" % p.esi).col(14).t("Triage RN: " + R.choice(["Salas,Teresa RN", "Kucera,Beth RN", "Webb,Ron RN"])) \
        .col(50).t("Prov: %s" % p.ed_prov[1])
    scr_end(L)
    L = r(8)
    L.t(" BP 1%02d/%02d  P %d  R %d  T %.1f  SpO2 %d%%" % (R.randint(0, 60), R.randint(60, 95), R.randint(58, 128),
                                                            R.randint(12, 28), R.uniform(36.2, 39.4), R.randint(88, 100)))
    scr_end(L)
    L = r(22)
    L.t(" F9=File  F6=Orders  F8=Track Board  F12=Exit").col(56).t("Bed: ED-%02d" % R.randint(1, 6))
    scr_end(L)


def screen_implant(p):
    c = CLK["scr"]
    t = c.adv(20, 300)
    tty = "MTT061"
    scr = "SUR.IMPLANT"

    def r(n):
        L = Line("mt-screen")
        scr_prefix(L, t, tty, scr, n)
        return L
    L = r(1)
    L.t(" PBCH LIVE/SUR   Implant Log").col(52).t(t.strftime("%m/%d/%y %H:%M")).col(70).t("PAGE 1 OF 1")
    scr_end(L)
    L = r(3)
    L.t(" Pt: ").p(mt_name(p), "name").col(34).t("Unit#: ").p(p.mrn, "mrn").col(56).t("Acct#: ").p(p.acct, "account")
    scr_end(L)
    L = r(5)
    L.t(" Proc Dt: ").p(mdy(p.impl_date), "date").col(22).t("Surgeon: HADS Haddad,Samir MD").col(60).t("Room: OR1")
    scr_end(L)
    L = r(6)
    L.t(" Implant: PACEMAKER DUAL CHAMBER  Mfr: MEDTRONIC  Model: W1DR01")
    scr_end(L)
    L = r(7)
    L.t(" Serial#: ").p(p.dev_sn, "device").col(24).t("Lot#: %s" % digits(6)).col(42).t("Exp: 11/30/26").col(58).t("Qty: 1")
    scr_end(L)
    L = r(8)
    L.t(" UDI: ").p(p.udi, "device")
    scr_end(L)
    L = r(9)
    L.t(" Leads: 5076-52cm x2  Rep: Meyers,Dana (Medtronic) 402-555-0277")
    scr_end(L)
    L = r(22)
    L.t(" F9=File  F12=Exit   Recalled: N   Charge: 0318-IMP-0042").col(66).t("SUR.RN2")
    scr_end(L)


def screen_msg():
    c = CLK["scr"]
    t = c.adv(5, 60)
    L = Line("mt-screen")
    scr_prefix(L, t, R.choice(["MTT014", "MTT022", "MTT031"]), "SYS.MSG", 24)
    L.t(R.choice([" ** Broadcast: LIVE downtime 03/24/24 0100-0300 for MAGIC upgrade 5.67 **",
                  " Print job queued to ADM-LASER1 (#%d)" % R.randint(100, 999),
                  " Session idle 14:59 - press any key",
                  " Lock held on ADM.PAT by REG.TS  (wait 3s)",
                  " ** Census Worksheet printed for 2W  Page 2 of 2 **",
                  " Unit 2W bed 208-A status DIRTY -> CLEAN by EVS.JM"]))
    scr_end(L)


# ================================================================ FAMILY: spool reports
def spool_header(fam, pg, title, run_t, sub):
    L = Line(fam)
    L.t("1PBCH LIVE/ADM").col(30).t(HOSP).col(96).t("PAGE %3d" % pg)
    emit(L)
    L = Line(fam)
    L.t(" RUN DATE: %s %s" % (run_t.strftime("%m/%d/%y"), run_t.strftime("%H%M"))).col(34).t(title).col(88).t("RUN BY: ADM.NIGHT")
    emit(L)
    if sub:
        L = Line(fam)
        L.t(" " + sub)
        emit(L)


def census_report():
    fam = "spool-census"
    run_t = dt.datetime(2024, 3, 18, 5, 0, 4)
    units = [("2W", "MED/SURG  (BEDS 201-218)", 18), ("OB", "OBSTETRICS  (BEDS 301-303)", 3),
             ("SWG", "SWING BED  (BEDS 110-120)", 8)]
    pg = 1
    for u, desc, beds in units:
        pts = [p for p in PTS if p.unit == u]
        pts.sort(key=lambda p: p.room)
        spool_header(fam, pg, "MIDNIGHT CENSUS BY NURSING UNIT", run_t, None)
        pg += 1
        L = Line(fam)
        L.t(" NURSING UNIT: %-4s %s" % (u, desc))
        emit(L)
        L = Line(fam)
        L.t(" RM-BED  PATIENT NAME               AGE SX UNIT#       ACCT#          ADM DATE  ATTENDING            FC ST")
        emit(L)
        L = Line(fam)
        L.t(" ------- -------------------------- --- -- ----------- -------------- --------  -------------------- -- ---")
        emit(L)
        for p in pts:
            L = Line(fam)
            L.t(" ").fw(p.room, 7).t(" ").fw(mt_name(p), 26, "name").t(" ")
            L.rj(str(p.age), 3, "age" if p.age > 89 else None)
            L.t(" %-2s " % p.sex).fw(p.mrn, 11, "mrn").t(" ").fw(p.acct, 14, "account").t(" ")
            L.p(mdy(p.adm), "date").t("  ").fw(p.attend[1], 20).t(" %-2s %-3s" % (p.fc, p.status))
            emit(L)
        L = Line(fam)
        occ = len(pts)
        L.t(" UNIT %s TOTAL: %3d OCCUPIED %3d VACANT   OCC %5.1f%%   ADMITS %d  DISCH %d  XFER 0" %
            (u, occ, beds - occ, 100.0 * occ / beds, sum(1 for p in pts if p.adm == REF - dt.timedelta(days=1)), R.randint(0, 2)))
        emit(L)
    spool_header(fam, pg, "MIDNIGHT CENSUS BY NURSING UNIT", run_t, None)
    L = Line(fam)
    tot = sum(1 for p in PTS if p.unit)
    L.t(" HOSPITAL TOTAL: %d OF 25 LICENSED BEDS  (ACUTE %d  SWING %d  OBS %d)   AVG DAILY CENSUS MTD 11.4" %
        (tot, sum(1 for p in PTS if p.status == "IN"), sum(1 for p in PTS if p.status == "SWG"),
         sum(1 for p in PTS if p.status == "OBS")))
    emit(L)
    L = Line(fam)
    L.t(" ** END OF REPORT **  ADM.CENSUS.MIDNIGHT  %d LINES  SPOOL #%d" % (R.randint(40, 60), R.randint(40000, 49999)))
    emit(L)


def edlog_report():
    fam = "spool-edlog"
    run_t = dt.datetime(2024, 3, 18, 5, 30, 11)
    pts = [p for p in PTS if p.ed]
    pts.sort(key=lambda p: p.ed_time)
    L = Line(fam)
    L.t("1PBCH LIVE/EDM").col(30).t(HOSP).col(96).t("PAGE   1")
    emit(L)
    L = Line(fam)
    L.t(" ED LOG  03/17/24 0000 THRU 03/17/24 2359").col(50).t("RUN: %s" % run_t.strftime("%m/%d/%y %H%M")).col(88).t("USER: EDM.NIGHT")
    emit(L)
    L = Line(fam)
    L.t(" ARRIVE   TIME PATIENT                  AGE SX UNIT#       ACCT#          COMPLAINT          ESI PROV DISP   OUT")
    emit(L)
    L = Line(fam)
    L.t(" -------- ---- ------------------------ --- -- ----------- -------------- ------------------ --- ---- ----- ----")
    emit(L)
    for n, p in enumerate(pts):
        if n == 6:
            L = Line(fam)
            L.t("1PBCH LIVE/EDM").col(30).t(HOSP).col(96).t("PAGE   2")
            emit(L)
        L = Line(fam)
        L.t(" ").p(mdy(p.ed_arr), "date").t(" " + p.ed_time + " ").fw(mt_name(p), 24, "name").t(" ")
        L.rj(str(p.age), 3, "age" if p.age > 89 else None)
        L.t(" %-2s " % p.sex).fw(p.mrn, 11, "mrn").t(" ").fw(p.acct, 14, "account").t(" ")
        out = p.ed_out % 1440
        L.fw(p.ex["cc"], 18).t(" %-3s %-4s %-5s %02d%02d" % (p.esi, p.ed_prov[0], p.ex["disp"][:5], out // 60, out % 60))
        emit(L)
    L = Line(fam)
    L.t(" TOTALS: VISITS %d  ADMIT %d  OBS %d  XFER %d  LWBS %d  AMA 0   MEDIAN LOS 2:%02d   MEDIAN DTP 0:%02d" %
        (len(pts), sum(1 for p in pts if p.ex["disp"] == "ADMIT"), sum(1 for p in pts if p.ex["disp"] == "OBS"),
         sum(1 for p in pts if p.ex["disp"] == "XFER"), sum(1 for p in pts if p.ex["disp"] == "LWBS"),
         R.randint(0, 59), R.randint(10, 40)))
    emit(L)
    L = Line(fam)
    L.t(" ** END OF REPORT **  EDM.LOG.DAILY  SPOOL #%d" % R.randint(40000, 49999))
    emit(L)


def dclist_report():
    fam = "spool-dclist"
    run_t = dt.datetime(2024, 3, 18, 5, 15, 40)
    pts = [p for p in PTS if p.status == "DIS"]
    L = Line(fam)
    L.t("1PBCH LIVE/ADM").col(30).t(HOSP).col(96).t("PAGE   1")
    emit(L)
    L = Line(fam)
    L.t(" RUN DATE: %s @ %s" % (run_t.strftime("%m/%d/%y"), run_t.strftime("%H%M"))).col(34) \
        .t("DISCHARGE LIST FOR 03/17/24").col(88).t("RUN BY: HIM.KD")
    emit(L)
    L = Line(fam)
    L.t(" PATIENT NAME             UNIT#       ACCT#          ADMIT     DISCH     LOS DISP     ATTEND   FC   ACCT TOTAL")
    emit(L)
    L = Line(fam)
    L.t(" ------------------------ ----------- -------------- --------  --------  --- -------- -------- -- ------------")
    emit(L)
    total = 0.0
    for p in pts:
        L = Line(fam)
        amt = R.randint(450000, 4200000) / 100.0
        total += amt
        L.t(" ").fw(mt_name(p), 24, "name").t(" ").fw(p.mrn, 11, "mrn").t(" ").fw(p.acct, 14, "account").t(" ")
        L.p(mdy(p.adm), "date").t("  ").p(mdy(p.dc), "date").t("  ")
        L.t("%3d %-8s %-8s %-2s %12s" % ((p.dc - p.adm).days, p.ex["disp"], p.attend[0], p.fc, format(amt, ",.2f")))
        emit(L)
    L = Line(fam)
    L.t(" TOTAL DISCHARGES: %d   TOTAL PATIENT DAYS: %d   AVG LOS: %.1f   TOTAL CHARGES: %s" %
        (len(pts), sum((p.dc - p.adm).days for p in pts), sum((p.dc - p.adm).days for p in pts) / len(pts),
         format(total, ",.2f")))
    emit(L)
    L = Line(fam)
    L.t(" ** END OF REPORT **  ADM.DISCH.LIST  PRINTED TO HIM-LASER2  SPOOL #%d" % R.randint(40000, 49999))
    emit(L)


# ================================================================ FAMILY: lablink-dos
INSTR = [("SYSMEX", "XS-1000i", "CBC", [("WBC", "10*3/uL", 4.0, 11.0), ("RBC", "10*6/uL", 3.8, 5.4), ("HGB", "g/dL", 9.5, 16.0),
                                        ("HCT", "%", 30, 48), ("PLT", "10*3/uL", 150, 400)]),
         ("VITROS", "350", "BMP", [("NA", "mmol/L", 132, 146), ("K", "mmol/L", 3.2, 5.4), ("CL", "mmol/L", 96, 110),
                                   ("CO2", "mmol/L", 20, 31), ("BUN", "mg/dL", 7, 40), ("CREA", "mg/dL", 0.5, 2.2),
                                   ("GLU", "mg/dL", 70, 240)]),
         ("ACL", "ELITE", "PT/INR", [("PT", "sec", 10.5, 28.0), ("INR", "", 0.9, 3.1)])]


def lab_line(t, txt, phi_parts=None):
    L = Line("lablink-dos")
    L.t("%s  " % t.strftime("%m-%d-%y %H:%M:%S"))
    if phi_parts is None:
        L.t(txt)
    else:
        for s, cat in phi_parts:
            L.p(s, cat)
    return emit(L)


def lab_frame(t, fn, parts, direction="<-", port="COM1"):
    """parts: list of (text, cat). frame = [STX]fn + record + [CR][ETX]cs[CR][LF]"""
    body = str(fn) + "".join(s for s, _ in parts) + "\r"
    cs = astm_cs(body)
    L = Line("lablink-dos")
    L.t("%s  %s %s [STX]%d" % (t.strftime("%m-%d-%y %H:%M:%S"), port, direction, fn))
    for s, cat in parts:
        L.p(s, cat)
    L.t("[CR][ETX]%s[CR][LF]" % cs)
    return emit(L)


def lab_session():
    c = CLK["lab"]
    vendor, model, test, analytes = R.choice(INSTR)
    port = {"SYSMEX": "COM2", "VITROS": "COM1", "ACL": "COM3"}[vendor]
    p = R.choice([q for q in PTS if q.status in ("IN", "SWG", "OBS", "ER")])
    acc = "0318:%s%05d" % ({"SYSMEX": "H", "VITROS": "C", "ACL": "C"}[vendor], R.randint(10, 140))
    t = c.adv(60, 900)
    if R.random() < 0.3:
        lab_line(t, "LABLINK 3.11  (c)1994-97 DataBridge Systems  build 06/02/97  mem free 412K")
        lab_line(t, "%s open 9600,8,N,1  instrument %s %s  timeout 15s" % (port, vendor, model))
    lab_line(t, "%s <- [ENQ]" % port)
    lab_line(t, "%s -> [ACK]" % port)
    fn = 1
    lab_frame(t, fn, port=port, parts=[("H|\\^&|||%s^%s^%s^^^^%s||||||||E1394-97" % (vendor, model, digits(5), digits(8)), None)])
    fn += 1
    t = c.adv(0, 2)
    with_name = vendor != "ACL" or R.random() < 0.5
    parts = [("P|1||", None), (p.mrn, "mrn"), ("||", None)]
    if with_name:
        parts += [(p.hl7name, "name"), ("||", None), (ymd(p.dob), "date"), ("|" + p.sex, None)]
    else:
        parts += [("||", None)]
    lab_frame(t, fn, parts, port=port)
    fn += 1
    coll = dt.datetime.combine(REF, dt.time(R.randint(0, 1) if t.hour < 2 else R.randint(1, max(1, t.hour - 1)), R.randint(0, 59)))
    lab_frame(t, fn, port=port, parts=[("O|1|%s^1^%d||^^^^%s^1|R|" % (acc, R.randint(1, 9), test), None),
                      (coll.strftime("%Y%m%d%H%M%S"), "date"), ("|||||N||||||||||||||F", None)])
    fn += 1
    seq = 0
    for k, (an, unit, lo, hi) in enumerate(analytes):
        if k > 3 and R.random() < 0.5:
            continue
        seq += 1
        t = c.adv(0, 1)
        v = R.uniform(lo * 0.85, hi * 1.1)
        val = ("%.2f" % v) if hi < 20 else ("%.0f" % v)
        flag = "H" if v > hi else ("L" if v < lo else "N")
        lab_frame(t, fn % 8, [("R|%d|^^^^%s^1|%s|%s||%s||F||||" % (seq, an, val, unit, flag), None)], port=port)
        fn += 1
        if R.random() < 0.08:
            lab_line(t, "%s CHKSUM ERR frame %d -> [NAK] retry 1/6" % (port, (fn - 1) % 8))
    t = c.adv(0, 1)
    lab_frame(t, fn % 8, [("L|1|N", None)], port=port)
    lab_line(t, "%s <- [EOT]" % port)
    lab_line(t, "UPLOAD %s -> MT LAB.RES.ENTRY  %d results  OK  file C:\\LABLINK\\OUT\\%s.HL7" %
             (acc, seq, acc.replace(":", "")[2:10]))
    if R.random() < 0.3:
        lab_line(t, "WARN %s result for %s unverified - tech LAB.RW must release" % (test, acc))


def lab_misc():
    c = CLK["lab"]
    t = c.adv(30, 400)
    lab_line(t, R.choice(["COM1 line idle 300s, sending keepalive [ENQ]",
                          "QC LOT 24031 L1 WBC 4.1 L2 WBC 7.8 L3 WBC 18.2 -- within 2SD",
                          "Disk C: free 18,432 KB  LABLINK.LOG 1,022 KB  rotating at 1,024 KB",
                          "COM3 <- [ENQ] -> [ACK] <- [EOT] (empty session)",
                          "Host MT link: TCP 10.20.1.22:4101 reconnect OK after 3 attempts"]))


# ================================================================ FAMILY: fax-server
OFFICES = [("FILLMORE CO MEDICAL CLINIC", "+14025550231"), ("BRYAN HEALTH HIM", "+14025550262"),
           ("CRETE AREA MEDICAL CTR", "+14025550248"), ("SALINE CO HOME HEALTH", "+14025550219"),
           ("TABITHA REHAB ADMISSIONS", "+14025550286"), ("CHI ST ELIZABETH TRANSFER CTR", "+14025550294")]


def fax_line(t, lvl, thread, msg_parts):
    L = Line("fax-server")
    L.t("%s,%s %-5s [%s] " % (t.strftime("%Y-%m-%d %H:%M:%S"), ms(t), lvl, thread))
    for s, cat in msg_parts:
        L.p(s, cat)
    return emit(L)


def fax_job():
    c = CLK["fax"]
    t = c.adv(30, 600)
    CNT["fax"] += R.randint(1, 4)
    job = CNT["fax"]
    line = R.randint(1, 4)
    self_req = CNT["faxn"] % 4 == 1
    CNT["faxn"] += 1
    p = R.choice([q for q in PTS if q.status in ("DIS", "IN", "SWG", "ER")])
    if self_req:
        num = "+1" + p.phone.replace("(", "").replace(")", "").replace("-", "")
        dest, cat = "PATIENT REQUEST - SELF", "fax"
    else:
        dest, num = R.choice(OFFICES)
        cat = None
    user = R.choice(["HIM.KD", "HIM.LS", "CM.BR", "svc_mtfax"])
    cover = "ROI_STD" if self_req else R.choice(["ROI_STD", "CM_REFERRAL", "DC_SUMMARY", "TRANSFER_PKT"])
    parts = [("Job %d submitted by %s: dest=" % (job, user), None), (num, cat),
             (" (%s) pages=%d cover=%s priority=NORMAL" % (dest, R.randint(2, 18), cover), None)]
    if R.random() < 0.5:
        parts += [(" attach=\"D:\\FaxOut\\%s_" % cover.split("_")[0], None), (p.last.replace(" ", "").replace("'", ""), "name"),
                  ("_", None), (p.first, "name"), ("_%s.pdf\"" % t.strftime("%m%d"), None)]
    fax_line(t, "INFO", "OutboundQueue-%d" % line, parts)
    if R.random() < 0.9:
        fax_line(t, "DEBUG", "OutboundQueue-%d" % line,
                 [("Job %d cover fields: RE=\"" % job, None), (comma_name(p), "name"), ("\" DOB=\"", None),
                  (mdy(p.dob), "date"), ("\" MRN=\"", None), (p.mrn, "mrn"), ("\" FROM=\"HIM Dept %s\"" % HOSP_PH, None)])
    t = c.adv(5, 60)
    dial = "9" + num[1:]
    fax_line(t, "INFO", "Line-%d" % line, [("Job %d dialing " % job, None), (dial, cat)])
    t = c.adv(10, 40)
    outcome = R.random()
    if outcome < 0.75:
        csid = num[2:5] + " " + num[5:8] + " " + num[8:]
        fax_line(t, "INFO", "Line-%d" % line, [("Job %d connected V.17 14400 ECM remote CSID=\"" % job, None), (csid, cat), ("\"", None)])
        t = c.adv(20, 120)
        fax_line(t, "INFO", "Line-%d" % line, [("Job %d complete status=0 (Success) duration=00:0%d:%02d" %
                                                (job, R.randint(0, 4), R.randint(0, 59)), None)])
    else:
        fax_line(t, "WARN", "Line-%d" % line, [("Job %d attempt %d/3 failed: %s, next retry %s" %
                                                (job, R.randint(1, 2), R.choice(["NO ANSWER (0x2A)", "BUSY (0x11)", "T.30 DCN (0x44)"]),
                                                 (t + dt.timedelta(seconds=300)).strftime("%H:%M:%S")), None)])


def fax_inbound():
    c = CLK["fax"]
    t = c.adv(30, 600)
    fid = "IN0318-%04d" % R.randint(30, 99)
    src = R.choice([("PBCH RADIOLOGY READS", "3085550288"), ("BRYAN LAB", "4025550263"), ("DR HALVORSEN CLINIC", "4025550240"),
                    ("", "")])
    fax_line(t, "INFO", "Inbound", [("Fax RX id=%s CSID=\"%s\" ANI=%s pages=%d DID=4025550109 -> queue HIM_INBOX" %
                                     (fid, src[0], src[1] or "unknown", R.randint(1, 9)), None)])
    t = c.adv(1, 5)
    if R.random() < 0.6:
        p = R.choice(PTS)
        fax_line(t, "INFO", "OCR-Router", [("%s barcode found: unit=" % fid, None), (p.mrn, "mrn"), (" acct=", None),
                                           (p.acct, "account"), (" -> filed to imaging doctype=OUTSIDE_RESULT", None)])
    else:
        fax_line(t, "WARN", "OCR-Router", [("%s no barcode on page 1, confidence 0.%02d < 0.80, routed to HIM_QA" %
                                            (fid, R.randint(10, 79)), None)])


def fax_misc():
    c = CLK["fax"]
    t = c.adv(30, 900)
    fax_line(t, R.choice(["INFO", "INFO", "WARN"]), R.choice(["Scheduler", "LineMonitor", "SMTPGateway"]), [(R.choice([
        "Line-2 offline: no dial tone (check POTS 402-555-0107)",
        "Queue depth out=%d in=%d, 4 lines, 1 busy" % (R.randint(0, 9), R.randint(0, 4)),
        "Purged 112 completed jobs older than 30 days from FAXDB",
        "Delivery notice sent to noreply-fax@prairiebluffhosp.org for job %d" % R.randint(18800, 18999),
        "License check OK: 4 channels, expires 2025-06-30",
        "Dialing rules loaded: outside line prefix 9, LD prefix 1, local 402"]), None)])


# ================================================================ FAMILY: doc-imaging
def jpeg_b64(n):
    raw = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01,
                 0x00, 0x00, 0xFF, 0xDB, 0x00, 0x43, 0x00]) + bytes(R.randint(0, 255) for _ in range(n))
    return base64.b64encode(raw).decode()


def img_line(t, comp, lvl, parts):
    L = Line("doc-imaging")
    L.t("%s.%s [%s] %-5s " % (t.strftime("%m/%d/%Y %H:%M:%S"), ms(t), comp, lvl))
    for s, cat in parts:
        L.p(s, cat)
    return emit(L)


DOCTYPES = [("CONS", "CONSENT TO TREAT"), ("DCS", "DISCHARGE SUMMARY"), ("HP", "HISTORY AND PHYSICAL"),
            ("MAR", "MEDICATION ADMIN RECORD"), ("ADV", "ADVANCE DIRECTIVE"), ("INS", "INSURANCE CARD"),
            ("EKG", "EKG TRACING"), ("OUT", "OUTSIDE RECORDS")]


def img_batch(force=None):
    c = CLK["img"]
    t = c.adv(30, 400)
    batch = "HIM-0318-%03d" % R.randint(1, 40)
    user = R.choice(["kdvorak", "lsvoboda", "bkucera"])
    station = R.choice(["SCAN01", "SCAN02", "REGSCAN3"])
    npg = R.randint(4, 30)
    img_line(t, station, "INFO", [("Batch %s opened by %s, profile=HIM_LOOSE_DOCS, %d pages, 300dpi bitonal" % (batch, user, npg), None)])
    for k in range(len(force) if force else R.randint(2, 3)):
        p = force[k] if force else R.choice(PTS)
        dtc, dtn = R.choice(DOCTYPES)
        t = c.adv(2, 20)
        pg = R.randint(1, npg)
        img_line(t, station, "INFO", [("p%d barcode C128 \"" % pg, None), (p.mrn, "mrn"), ("^", None), (p.acct, "account"),
                                      ("^%s\" -> DocType=%s" % (dtc, dtn.replace(" ", "_")), None)])
        t = c.adv(0, 2)
        docid = "%08d" % R.randint(990000, 999999)
        uni = "uni" in p.ex
        img_line(t, "IDX", "INFO", [("DocID=%s Unit=" % docid, None), (p.mrn, "mrn"), (" Acct=", None), (p.acct, "account"),
                                    (" Name=\"", None), (comma_name(p, uni), "name"), ("\" DOS=", None),
                                    (mdy(p.adm), "date"), (" Type=\"%s\" Pages=%d" % (dtn, R.randint(1, 6)), None)])
        t = c.adv(1, 20)
        img_line(t, "OSM", "INFO", [("Committed \\\\PBCH-IMG01\\DG3\\V%04d\\2024\\03\\18\\%s.TIF %s bytes" %
                                     (R.randint(40, 45), docid, format(R.randint(40000, 900000), ",")), None)])
    if R.random() < 0.5:
        t = c.adv(1, 10)
        img_line(t, "IDX", "WARN", [("p%d no barcode, routed to queue HIM_QA (batch %s)" % (R.randint(1, npg), batch), None)])
    t = c.adv(1, 10)
    img_line(t, station, "INFO", [("Batch %s closed: %d pages, %d docs, elapsed 00:0%d:%02d" %
                                   (batch, npg, R.randint(1, 5), R.randint(1, 9), R.randint(0, 59)), None)])


def img_capture(kind):
    c = CLK["img"]
    t = c.adv(30, 400)
    p = R.choice([q for q in PTS if q.status in ("ER", "IN", "OBS")])
    ws = R.choice(["REG01", "REG02", "ED-REG"])
    if kind == "photo":
        b = jpeg_b64(R.randint(150, 330))
        img_line(t, "REGCAM", "INFO", [("Photo captured ws=%s unit=" % ws, None), (p.mrn, "mrn"),
                                       (" 320x240 q=60 fmt=jpeg thumb_b64=", None), (b, "photo")])
        t = c.adv(0, 2)
        img_line(t, "IDX", "INFO", [("DocID=%08d DocType=PATIENT_PHOTO linked unit=" % R.randint(990000, 999999), None),
                                    (p.mrn, "mrn"), (" by %s" % R.choice(["REG.MJ", "REG.TS"]), None)])
    else:
        tmpl = base64.b64encode(bytes(R.randint(0, 255) for _ in range(R.randint(96, 180)))).decode()
        img_line(t, "PALMID", "INFO", [("Enroll ws=%s unit=" % ws, None), (p.mrn, "mrn"),
                                       (" hand=R quality=%d tmpl=" % R.randint(70, 99), None), (tmpl, "biometric")])
        t = c.adv(0, 2)
        img_line(t, "PALMID", "INFO", [("Match service ack enroll id=%d in %dms (host palmsrv01 10.20.3.40)" %
                                        (R.randint(50000, 59999), R.randint(80, 400)), None)])


def img_url():
    c = CLK["img"]
    t = c.adv(30, 400)
    p = R.choice(PTS)
    nm = p.last.replace(" ", "%20").replace("'", "%27") + "%2C" + p.first
    url = "http://pbch-img01/imgviewer/Patient.aspx?unit=%s&name=%s" % (p.mrn, nm)
    img_line(t, "WEBVIEW", "INFO", [("Launch from MT by %s: " % R.choice(["HADS", "PATR", "OKOA", "kdvorak"]), None), (url, "url")])


def img_misc():
    c = CLK["img"]
    t = c.adv(30, 400)
    img_line(t, R.choice(["OSM", "IDX", "SVC"]), R.choice(["INFO", "WARN"]), [(R.choice([
        "DiskGroup DG3 volume V0044 at 91% (28.4 GB free), next volume V0045 prepared",
        "COLD feed ADM.DISCH.LIST spool #%d imported 3 pages" % R.randint(40000, 49999),
        "HL7 ADT listener 10.20.1.31:6670 idle 900s",
        "Full text index rebuild finished, 1,204,883 docs, 00:41:17",
        "Queue HIM_QA depth 14 (oldest 03/15/2024 16:02)"]), None)])


# ================================================================ FAMILY: win-print
def prt_line(t, lvl, eid, task, parts):
    L = Line("win-print")
    L.t("%s\t%d/%d/%d %d:%s %s\tMicrosoft-Windows-PrintService\t%d\t%s\t" %
        (lvl, t.month, t.day, t.year, (t.hour % 12) or 12, t.strftime("%M:%S"), "AM" if t.hour < 12 else "PM", eid, task))
    for s, cat in parts:
        L.p(s, cat)
    return emit(L)


PRINTERS = [("ADM-LASER1", "10.20.4.31", "WS-ADM-03"), ("ED-LASER", "10.20.4.45", "WS-ED-02"),
            ("HIM-LASER2", "10.20.4.33", "WS-HIM-01"), ("ADM-ZEBRA1", "10.20.4.36", "WS-ADM-01"),
            ("2W-NURSE", "10.20.4.52", "WS-2W-04")]


def prt_job():
    c = CLK["prt"]
    t = c.adv(10, 500)
    pr, ip, ws = R.choice([x for x in PRINTERS if "ZEBRA" not in x[0]])
    user = R.choice(WIN_USERS)
    CNT["prt"] += R.randint(1, 9)
    jid = CNT["prt"]
    kind = R.random()
    p = R.choice(PTS)
    size = R.randint(8000, 900000)
    pages = R.randint(1, 6)
    if kind < 0.28:
        docparts = [("MEDITECH - ADM.FACESHEET ", None), (mt_name(p), "name")]
    elif kind < 0.42:
        p = R.choice([q for q in PTS if q.status in ("IN", "OBS", "SWG", "ER")])
        size, pages = R.randint(9000, 24000), 1
        docparts = [("Wristband ", None), (p.mrn, "mrn"), (" ", None), (mt_name(p)[:20], "name")]
        pr, ip, ws = PRINTERS[3]
    elif kind < 0.55:
        last = p.ex.get("uni", p.last).title()
        docparts = [("ROI_", None), (last.replace(" ", "") + "_" + p.first.title(), "name"), ("_", None), (ymd(p.dob), "date"),
                    (".pdf - Adobe Acrobat Reader (64-bit)", None)]
    else:
        docparts = [(R.choice(["Microsoft Word - ER Staffing March 2024.docx", "Census 2W 0318", "ADM.CENSUS.MIDNIGHT",
                               "Microsoft Outlook - Memo Style", "Print Document", "EDM.LOG.DAILY",
                               "Microsoft Excel - Supply Order 03-18.xlsx", "Test Page"]), None)]
    prt_line(t, "Information", 307, "Printing a document",
             [("Document %d, " % jid, None)] + docparts +
             [(" owned by %s on \\\\%s was printed on %s through port IP_%s.  Size in bytes: %d. Pages printed: %d. No user action is required." %
               (user, ws, pr, ip, size, pages), None)])
    if R.random() < 0.4:
        prt_line(t, "Information", 842, "Isolating printer drivers and other plug-ins",
                 [("The print job %d was sent through the print processor winprint on printer %s, driver HP Universal Printing PCL 6 (v7.0.1), in the isolation mode 1 (0 - loading in the spooler, 1 - loading in shared sandbox, 2 - loading in isolated sandbox)." % (jid, pr), None)])


def prt_err():
    c = CLK["prt"]
    t = c.adv(10, 500)
    pr, ip, ws = R.choice([x for x in PRINTERS if "ZEBRA" not in x[0]])
    prt_line(t, "Error", 372, "Printing a document",
             [("The document Microsoft Word - Document%d, owned by %s, failed to print on printer %s. Try to print the document again, or restart the print spooler. Data type: NT EMF 1.008. Size of the spool file in bytes: %d. Number of bytes: 0. Total pages: 1. Number of pages printed: 0. Client computer: \\\\%s. Win32 error code returned by the print processor: 0. The operation completed successfully." %
               (R.randint(1, 9), R.choice(WIN_USERS), pr, R.randint(10000, 300000), ws), None)])


# ================================================================ FAMILY: backup-job
def bkp_line(t, thr, lvl, parts):
    L = Line("backup-job")
    L.t("[%s] <%3d> %-8s " % (t.strftime("%d.%m.%Y %H:%M:%S"), thr, lvl))
    for s, cat in parts:
        L.p(s, cat)
    return emit(L)


def backup_job(name, server, ip, phi_skips):
    c = CLK["bkp"]
    t = c.adv(1, 5)
    bkp_line(t, 1, "Info", [("Job [%s] started, type: Backup, mode: %s, repository: PBCH-REPO01" %
                             (name, R.choice(["Incremental", "Incremental", "Synthetic Full"])), None)])
    bkp_line(t, 1, "Info", [("Retention: 14 restore points, GFS weekly 4, tape copy job NIGHTLY-TAPE linked", None)])
    t = c.adv(2, 20)
    bkp_line(t, 7, "Info", [("Processing %s (%s)" % (server, ip), None)])
    t = c.adv(5, 40)
    bkp_line(t, 7, "Info", [("Creating VSS snapshot for volumes C:\\, D:\\ on %s" % server, None)])
    for _ in range(phi_skips):
        t = c.adv(60, 900)
        p = R.choice([q for q in PTS if q.status in ("DIS", "IN", "SWG")])
        folder = R.choice(["D:\\HIM\\ROI\\Outgoing\\", "D:\\Shares\\CaseMgmt\\Referrals\\", "D:\\HIM\\Scans\\Unindexed\\"])
        L = bkp_line(t, R.randint(8, 40), "Warning", [("Failed to backup file ", None), (folder, None),
                                                      (p.last.replace(" ", "").replace("'", ""), "name"), ("_", None),
                                                      (p.first, "name"), ("_", None), (p.mrn, "mrn"),
                                                      (R.choice(["_ROI.pdf", "_referral.docx", ".tif"]), None),
                                                      (": The process cannot access the file because it is being used by another process.", None)])
    t = c.adv(300, 2400)
    rd = R.uniform(40, 300)
    bkp_line(t, 7, "Info", [("Processed %.1f GB, read %.1f GB, transferred %.1f GB (%.1fx), duration %s" %
                             (rd, rd * 0.12, rd * 0.05, R.uniform(1.6, 3.2), str(dt.timedelta(seconds=R.randint(600, 5000)))), None)])
    t = c.adv(1, 5)
    bkp_line(t, 1, "Info", [("Job finished with %s, restore point %s created, %d files" %
                             ("warning" if phi_skips else "success", t.strftime("%Y-%m-%d %H:%M:%S"), R.randint(20000, 600000)), None)])
    bkp_line(t, 1, "Info", [("Email notification sent to it-alerts@prairiebluffhosp.org via 10.20.1.12:25", None)])


def backup_tape():
    c = CLK["bkp"]
    t = c.adv(30, 300)
    bkp_line(t, 3, "Info", [("Tape job [NIGHTLY-TAPE] loading media PB%04dL6 from slot %d (library HPE MSL2024 SN 3UH%s)" %
                             (R.randint(1, 40), R.randint(1, 24), digits(6)), None)])
    t = c.adv(600, 2400)
    bkp_line(t, 3, "Info", [("Tape job [NIGHTLY-TAPE] wrote %s MB at %d MB/s, media PB00%02dL6 ejected to I/E slot" %
                             (format(R.randint(90000, 400000), ","), R.randint(90, 160), R.randint(10, 40)), None)])


def backup_mt():
    c = CLK["bkp"]
    t = c.adv(30, 600)
    for msg in ["MAGIC BACKUP.DAILY started on MTFS01 dataset LIVE.ADM LIVE.BAR LIVE.LAB LIVE.EDM",
                "BACKUP.DAILY wrote 41,882 blocks to \\\\PBCH-REPO01\\MT\\20240318\\LIVE.BKP",
                "BACKUP.DAILY verify pass OK  CRC 0x%s  elapsed 00:%02d:%02d" % ("%08X" % R.getrandbits(32), R.randint(5, 30), R.randint(0, 59))]:
        bkp_line(t, 12, "Info", [(msg, None)])
        t = c.adv(30, 600)


# ================================================================ FAMILY: hie-adt
def hie_line(t, lvl, parts, chan="ADT_OUT_STATEHIE"):
    L = Line("hie-adt")
    L.t("%s,%s %-5s [%s] " % (t.strftime("%Y-%m-%d %H:%M:%S"), ms(t), lvl, chan))
    for s, cat in parts:
        L.p(s, cat)
    return emit(L)


def hl7_phone(ph):
    return ph


def hie_msg():
    c = CLK["hie"]
    t = c.adv(60, 1500)
    p = R.choice(PTS)
    if p.status == "DIS":
        evt = R.choice(["A03", "A08"])
    elif p.status == "ER":
        evt = R.choice(["A04", "A03"])
    else:
        evt = R.choice(["A01", "A08", "A08"])
    ctrl = "MT" + t.strftime("%y%m%d%H%M%S") + "%04d" % R.randint(1, 9999)
    if R.random() < 0.5:
        hie_line(t, "INFO", [("Received from MT_ADT_IN ctrl=%s evt=%s unit=" % (ctrl, evt), None), (p.mrn, "mrn"),
                             (" acct=", None), (p.acct, "account")])
    else:
        hie_line(t, "INFO", [("Received from MT_ADT_IN ctrl=%s evt=%s" % (ctrl, evt), None)])
    tstamp = t.strftime("%Y%m%d%H%M%S")
    hie_line(t, "DEBUG", [("  MSH|^~\\&|MEDITECH|PBCH|STATEHIE|NEHIE|%s||ADT^%s^ADT_A01|%s|P|2.5.1|||AL|NE" % (tstamp, evt, ctrl), None)])
    if R.random() < 0.35:
        hie_line(t, "DEBUG", [("  EVN|%s|%s|||%s" % (evt, tstamp, R.choice(REG_USERS)), None)])
    pid = [("  PID|1||", None), (p.mrn, "mrn"), ("^^^PBCH^MR", None)]
    if R.random() < 0.5:
        pid += [("~", None), (p.ssn.replace("-", ""), "ssn"), ("^^^SSA^SS", None)]
    pid += [("||", None), (p.hl7name, "name"), ("^^^^L||", None), (ymd(p.dob), "date"), ("|%s|||" % p.sex, None),
            (p.street, "address"), ("^^", None), (p.city, "address"), ("^NE^", None), (p.zip, "zip"),
            ("^USA^H^^", None), (p.county, "address"), ("||", None), (p.phone, "phone"), ("^PRN^PH", None)]
    if p.cell:
        pid += [("~", None), (p.cell, "phone"), ("^PRN^CP", None)]
    if p.email and R.random() < 0.8:
        pid += [("~^NET^Internet^", None), (p.email, "email")]
    pid += [("|||%s|||" % (p.marital), None), (p.acct, "account"), ("|", None), (p.ssn, "ssn")]
    if p.dl and R.random() < 0.6:
        pid += [("|", None), (p.dl, "license"), ("^NE", None)]
    hie_line(t, "DEBUG", pid)
    if p.g_name and R.random() < 0.7:
        gl, gf = p.g_name.split(",", 1)
        nk = [("  NK1|1|", None), (gl + "^" + gf.replace(" ", "^"), "name"),
              ("|%s^%s^HL70063|" % ({"SP": "SPO", "CH": "CHD", "FA": "FTH"}[p.g_rel],
                                    {"SP": "SPOUSE", "CH": "CHILD", "FA": "FATHER"}[p.g_rel]), None),
              (p.g_street, "address"), ("^^", None), (p.g_city, "address"), ("^NE^", None), (p.g_zip, "zip"),
              ("|", None), (p.g_phone, "phone"), ("||EC^EMERGENCY CONTACT", None)]
        hie_line(t, "DEBUG", nk)
    pc = "I" if p.status in ("IN", "SWG", "DIS") else ("O" if p.status == "OBS" else "E")
    loc = "%s^%s^%s^PBCH" % (p.unit, p.room.split("-")[0], p.room.split("-")[1] if "-" in p.room else "") if p.unit else "ED^^^PBCH"
    pv1 = [("  PV1|1|%s|%s||||%s^%s^^^^MD|||%s||||7|||%s^%s^^^^MD|%s|" %
            (pc, loc, p.attend[0], p.attend[2], "MED" if pc != "E" else "EMR", p.attend[0], p.attend[2],
             {"I": "IP", "O": "OBS", "E": "ER"}[pc]), None),
           (p.acct, "account"), ("^^^PBCH^VN|||||||||||||||||", None),
           ({"HOME": "01", "SNF": "03", "HHC": "06", "EXPIRED": "20", "XFER": "02", "LWBS": "07"}.get(p.ex.get("disp"), ""), None),
           ("||||||||", None)]
    adm_ts = p.adm.strftime("%Y%m%d") + p.adm_time + "00"
    pv1 += [(adm_ts, "date")]
    if p.dc and evt == "A03":
        pv1 += [("|", None), (p.dc.strftime("%Y%m%d") + p.dc_time + "00", "date")]
    hie_line(t, "DEBUG", pv1)
    if R.random() < 0.6:
        if p.mbi:
            ins = [("  IN1|1|MCRA^MEDICARE PART A|CMS|CENTERS FOR MEDICARE AND MEDICAID||||||||||||", None),
                   (p.hl7name, "name"), ("|01^SELF|", None), (ymd(p.dob), "date"), ("|||||||||||||||||", None), (p.mbi, "health_plan")]
        elif p.medicaid:
            ins = [("  IN1|1|NEMC^NE MEDICAID HERITAGE HEALTH|NEDHHS|||||||||||||", None),
                   (p.hl7name, "name"), ("|01^SELF|", None), (ymd(p.dob), "date"), ("|||||||||||||||||", None), (p.medicaid, "health_plan")]
        elif p.bcbs:
            ins = [("  IN1|1|BCNE^BLUE CROSS BLUE SHIELD NE|BCBSNE|||||%s|||||||" % p.grp, None),
                   (p.hl7name, "name"), ("|01^SELF|", None), (ymd(p.dob), "date"), ("|||||||||||||||||", None), (p.bcbs, "health_plan")]
        else:
            ins = [("  IN1|1|SELF^SELF PAY|||||||||||||||01^SELF", None)]
        hie_line(t, "DEBUG", ins)
    t = c.adv(0, 1)
    size = R.randint(900, 2600)
    hie_line(t, "INFO", [("Sent %d bytes to 203.0.113.45:5061 (adt.statehie-ne.example.org) MLLP, ctrl=%s in %dms" %
                          (size, ctrl, R.randint(20, 300)), None)])
    t = c.adv(0, 2)
    r = R.random()
    if r < 0.8:
        hie_line(t, "INFO", [("ACK MSA|AA|%s  latency=%dms" % (ctrl, R.randint(200, 1600)), None)])
        if R.random() < 0.45:
            hie_json_ack(t, p, ctrl)
    elif r < 0.92:
        hie_line(t, "WARN", [("ACK MSA|AE|%s|PID-11.9 county code invalid for state NE; message accepted with warnings" % ctrl, None)])
    else:
        hie_line(t, "ERROR", [("ACK timeout after 30000ms ctrl=%s, queued for retry #1 (queue depth %d)" % (ctrl, R.randint(1, 12)), None)])


def hie_json_ack(t, p, ctrl):
    """the HIE gateway's REST status poller logs one JSON document per message (keys vary by service)"""
    L = Line("hie-adt")
    style = R.choice(["camel", "snake"])
    if style == "camel":
        L.t('{"timestamp":"%sZ","level":"INFO","service":"hie-ack-poller","msgCtrlId":"%s","ackCode":"AA","enterpriseId":"' %
            (t.strftime("%Y-%m-%dT%H:%M:%S.") + ms(t), ctrl))
        L.p("NE%09d" % (int(p.mrn[4:]) * 7 % 999999999), "mrn")
        L.t('","localMrn":"').p(p.mrn, "mrn")
        L.t('","facilityOid":"2.16.840.1.113883.3.%d.1","latencyMs":%d}' % (R.randint(1000, 9999), R.randint(150, 900)))
    else:
        L.t('{"ts":%d.%s,"lvl":"info","logger":"statehie.gateway","msg":"mpi_link","msg_ctrl_id":"%s","pt_mrn":"' %
            (calendar.timegm(t.timetuple()), ms(t), ctrl))
        L.p(p.mrn, "mrn")
        L.t('","hie_mpi":"').p("NE%09d" % (int(p.mrn[4:]) * 7 % 999999999), "mrn")
        L.t('","match_score":0.%02d,"http_status":202,"trace_id":"%032x"}' % (R.randint(80, 99), R.getrandbits(128)))
    emit(L)


def hie_misc():
    c = CLK["hie"]
    t = c.adv(30, 900)
    hie_line(t, R.choice(["INFO", "INFO", "WARN"]), [(R.choice([
        "Channel stats: received=%d filtered=%d sent=%d errored=%d queued=0" % (R.randint(200, 400), R.randint(10, 40), R.randint(180, 360), R.randint(0, 3)),
        "Filtered A08 ctrl=MT%s%04d: no demographic change (hash match)" % (t.strftime("%y%m%d%H%M%S"), R.randint(1, 9999)),
        "MLLP connection to 203.0.113.45:5061 re-established after 2 retries",
        "TLS session resumed, cert CN=adt.statehie-ne.example.org expires 2024-11-02",
        "Heartbeat from MT_ADT_IN 10.20.1.22:6661 OK",
        "Queue ADT_OUT_STATEHIE depth 0, oldest n/a"]), None)], chan=R.choice(["ADT_OUT_STATEHIE", "ENGINE", "MT_ADT_IN"]))


# ================================================================ assemble
def main():
    # chronological-ish plan of blocks
    plan = []
    plan += [lambda: backup_job("NIGHTLY-MTFS01", "PBCH-MTFS01", "10.20.1.15", 2),
             backup_mt,
             lambda: backup_job("NIGHTLY-HIMSRV", "PBCH-HIM01", "10.20.1.19", 3),
             lambda: backup_job("NIGHTLY-DC01", "PBCH-DC01", "10.20.1.10", 0),
             backup_tape]
    night = [lab_session] * 2 + [lab_misc] * 1 + [hie_msg] * 5 + [hie_misc] * 1
    R.shuffle(night)
    plan += night
    plan += [census_report, dclist_report, edlog_report]
    day = ([fax_job] * 8 + [fax_inbound] * 4 + [fax_misc] * 2 + [img_batch] * 4 + [lambda: img_batch([PTS[24], PTS[22]])] + [lambda: img_capture("photo")] * 2 + [lambda: img_capture("palm")] * 2 + [img_url] * 2 +
           [img_misc] * 2 + [prt_job] * 18 + [prt_err] * 2 + [hie_msg] * 8 + [hie_misc] * 2 + [lab_session] * 1 + [lab_misc] * 2 +
           [screen_msg] * 3)
    pts_reg = [PTS[i] for i in (0, 22, 16, 13, 11, 20, 6, 9, 24)]
    for p in pts_reg:
        day.append(lambda p=p: screen_reg(p))
    for p in (PTS[23], PTS[1], PTS[8]):
        day.append(lambda p=p: screen_bar(p))
    day.append(lambda: screen_ed(PTS[22]))
    day.append(lambda: screen_ed(PTS[11]))
    day.append(lambda: screen_ed(PTS[12]))
    day.append(lambda: screen_implant(PTS[16]))
    R.shuffle(day)
    plan += day
    for blk in plan:
        blk()
    extra = [prt_job, img_misc, fax_misc, hie_misc, lab_misc, screen_msg]
    while len(LINES) < N_LINES:
        R.choice(extra)()
    lines = LINES[:N_LINES]

    out_log = []
    out_lab = []
    for n, L in enumerate(lines, 1):
        txt = L.text()
        b = txt.encode("utf-8")
        assert "\n" not in txt and "\r" not in txt, n
        assert len(b) <= 4000, n
        prev = 0
        spans = []
        for s, e, cat, val in L.spans:
            assert s >= prev, (n, s, prev)
            assert b[s:e] == val.encode("utf-8"), (n, val)
            assert e > s
            prev = e
            spans.append({"s": s, "e": e, "cat": cat})
        out_log.append(txt)
        out_lab.append(json.dumps({"line": n, "family": L.fam, "spans": spans}, separators=(", ", ": ")))
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_log) + "\n")
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_lab) + "\n")


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health_plan", "account",
        "license", "vehicle", "device", "url", "ip", "biometric", "photo", "other_id"}

if __name__ == "__main__":
    main()
    for L in LINES[:N_LINES]:
        for sp in L.spans:
            assert sp[2] in CATS, sp
