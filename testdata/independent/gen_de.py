#!/usr/bin/env python3
"""Deterministic generator for test set 'de': a rural critical access hospital
with legacy systems side by side (Cache/MUMPS EHR, IBM i patient accounting,
HylaFAX, ASTM lab interface, Windows event CSV, Perl CGI portal on Apache 2.2,
COBOL batch on JES2, telehealth cart, Postfix relay).  Standard library only."""
import base64
import datetime as dt
import json
import os
import random

ID = "de"
HERE = os.path.dirname(os.path.abspath(__file__))
random.seed(18042)
rnd = random.Random(18042)
N_LINES = 500


# --------------------------------------------------------------------------
# line builder
# --------------------------------------------------------------------------
class Ln:
    def __init__(self, fam):
        self.fam = fam
        self.b = bytearray()
        self.sp = []

    def add(self, *pieces):
        for pc in pieces:
            if isinstance(pc, list):
                self.add(*pc)
            elif isinstance(pc, tuple):
                v, cat = pc
                bb = v.encode("utf-8")
                if cat is None or not bb:
                    self.b += bb
                    continue
                s = len(self.b)
                self.b += bb
                self.sp.append((s, len(self.b), cat, bytes(bb)))
            else:
                self.b += pc.encode("utf-8")
        return self


def P(v, cat):
    return (v, cat)


def flat(pieces):
    out = []
    for pc in pieces:
        if isinstance(pc, list):
            out.append(flat(pc))
        elif isinstance(pc, tuple):
            out.append(pc[0])
        else:
            out.append(pc)
    return "".join(out)


def padl(pc, w):
    """left-justify a piece (or list of pieces) in a fixed-width column"""
    n = len(flat([pc]))
    return [pc, " " * max(0, w - n)]


def padr(pc, w):
    n = len(flat([pc]))
    return [" " * max(0, w - n), pc]


def esc_pieces(pieces, fn):
    """apply an escaping function to text and values alike"""
    out = []
    for pc in pieces:
        if isinstance(pc, list):
            out.extend(esc_pieces(pc, fn))
        elif isinstance(pc, tuple):
            out.append((fn(pc[0]), pc[1]))
        else:
            out.append(fn(pc))
    return out


def csvfield(pieces):
    txt = flat(pieces)
    if any(c in txt for c in ',"'):
        return ['"'] + esc_pieces(pieces, lambda s: s.replace('"', '""')) + ['"']
    return pieces


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jv(v, cat=None):
    return ['"', (jesc(v), cat), '"']


_CYC = {}


def cyc(name, options):
    """deterministic round-robin over a shuffled option list"""
    q = _CYC.get(name)
    if not q:
        q = list(options)
        rnd.shuffle(q)
        _CYC[name] = q
    return q.pop()


def ch(seq):
    return rnd.choice(seq)


def ri(a, b):
    return rnd.randint(a, b)


# --------------------------------------------------------------------------
# identifiers with check digits
# --------------------------------------------------------------------------
def luhn_digit(body):
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def mk_card():
    body = ch(["4", "5"]) + "".join(str(ri(0, 9)) for _ in range(14))
    if body[0] == "5":
        body = "5" + str(ri(1, 5)) + body[2:]
    return body + luhn_digit(body)


def mk_imei():
    body = ch(["35", "86", "01"]) + "".join(str(ri(0, 9)) for _ in range(12))
    return body + luhn_digit(body)


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mk_mbi():
    return (str(ri(1, 9)) + ch(MBI_A) + ch(MBI_AN) + str(ri(0, 9)) + ch(MBI_A) +
            ch(MBI_AN) + str(ri(0, 9)) + ch(MBI_A) + ch(MBI_A) + str(ri(0, 9)) + str(ri(0, 9)))


VIN_MAP = {**{str(d): d for d in range(10)},
           "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
           "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
           "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def mk_vin():
    wmi = ch(["1FT", "1GC", "3GN", "1C6", "2T1", "5TD", "1HG", "4T1", "1FM"])
    vds = "".join(ch(VIN_CH) for _ in range(5))
    yr = ch("ABCDEFGHJKLMN")
    plant = ch("ABCDEFGKLMNPRSTUVWXYZ")
    serial = "".join(str(ri(0, 9)) for _ in range(6))
    v = wmi + vds + "0" + yr + plant + serial
    s = sum(VIN_MAP[c] * VIN_W[i] for i, c in enumerate(v))
    cd = s % 11
    cd = "X" if cd == 10 else str(cd)
    return v[:8] + cd + v[9:]


def mk_ssn():
    while True:
        a = ri(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, ri(1, 99), ri(1, 9999))


def fmt_ssn(s):
    return s[:3] + "-" + s[3:5] + "-" + s[5:]


CURP_ST = ["CH", "JC", "MN", "ZS", "GT", "DG"]


def mk_curp(last, first, dob, sex):
    l = last.split()[0]
    vow = [c for c in l[1:] if c in "AEIOU"]
    cons = [c for c in l[1:] if c not in "AEIOU"]
    fcons = [c for c in first[1:] if c not in "AEIOU"]
    l2 = last.split()[1] if len(last.split()) > 1 else "X"
    return (l[0] + (vow[0] if vow else "X") + l2[0] + first[0] +
            dob.strftime("%y%m%d") + ("H" if sex == "M" else "M") + ch(CURP_ST) +
            (cons[0] if cons else "X") + ([c for c in l2[1:] if c not in "AEIOU"] + ["X"])[0] +
            (fcons[0] if fcons else "X") + "0" + str(ri(0, 9)))


# --------------------------------------------------------------------------
# date helpers
# --------------------------------------------------------------------------
H0 = dt.date(1840, 12, 31)
TODAY = dt.date(2025, 3, 14)


def hday(d):
    return (d - H0).days


def fileman(d):
    return "%d%02d%02d" % (d.year - 1700, d.month, d.day)


def cyymmdd(d):
    return "%d%02d%02d%02d" % ((d.year - 1900) // 100, d.year % 100, d.month, d.day)


def mdy(d):
    return d.strftime("%m/%d/%y")


def mdy4(d):
    return d.strftime("%m/%d/%Y")


def mmddyy(d):
    return d.strftime("%m%d%y")


MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def ext_fm(d):
    return "%s %d,%d" % (MON[d.month - 1], d.day, d.year)


def age_on(dob, ref=TODAY):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
ORIGINS = [
    (["KOWALCZYK", "JANKOWSKI", "WISNIEWSKI"], ["MAREK", "TOMASZ", "ZBIGNIEW"], ["AGNIESZKA", "TERESA", "HALINA"]),
    (["RAMIREZ GUTIERREZ", "FIGUEROA", "ORTEGA"], ["JOSE", "LUIS", "RAFAEL"], ["GUADALUPE", "XIMENA", "MARISOL"]),
    (["NGUYEN", "TRAN", "PHAM"], ["DUC", "MINH", "QUANG"], ["NGOC", "THUY", "LAN"]),
    (["OKONKWO", "ADEYEMI"], ["CHIDI", "EMEKA", "OLUWASEUN"], ["ADAEZE", "CHIAMAKA", "FOLAKE"]),
    (["SCHROEDER", "HOFFMANN", "BRUNNER"], ["DIETER", "HANS", "WENDELL"], ["GRETCHEN", "MARGIT", "LOIS"]),
    (["LINDQVIST", "HALVORSEN", "THORSON"], ["OLE", "LARS", "ELMER"], ["INGRID", "SOLVEIG", "ARLENE"]),
    (["PATEL", "KRISHNAMURTHY"], ["RAJESH", "ARJUN"], ["PRIYA", "LAKSHMI"]),
    (["WARSAME", "HASSAN"], ["ABDIRAHMAN", "YUSUF"], ["FARHIYA", "HODAN"]),
    (["VANG", "XIONG"], ["TOUA", "KOUA"], ["MAI", "PA"]),
    (["VAN DER BERG", "DEKKER"], ["PIETER", "JOOST"], ["ANNEKE", "MARIEKE"]),
    (["DVORAK", "NOVOTNY"], ["JAROSLAV", "VACLAV"], ["ZDENKA", "JARMILA"]),
    (["O'CONNELL", "MCALLISTER"], ["SEAMUS", "VERNON"], ["SIOBHAN", "DELORES"]),
    (["LITTLE ELK", "TWO BULLS"], ["DEWAYNE", "HAROLD"], ["WILMA", "ROSALIND"]),
]
ACCENT = {"RAMIREZ GUTIERREZ": "Ramírez Gutiérrez", "NGUYEN": "Nguyễn", "DVORAK": "Dvořák",
          "NOVOTNY": "Novotný", "JOSE": "José", "XIMENA": "Ximena", "ZDENKA": "Zdeňka",
          "WISNIEWSKI": "Wiśniewski", "PHAM": "Phạm", "TRAN": "Trần", "VACLAV": "Václav"}

CITIES = [("CEDAR BLUFF", "LOUP", "NE", "68823", "308"), ("WESTFORK", "GARFIELD", "NE", "68862", "308"),
          ("KIRKTON", "VALLEY", "NE", "68859", "308"), ("ELM SPRINGS", "CUSTER", "NE", "68822", "308"),
          ("HADLEY", "SHERMAN", "NE", "68853", "308"), ("NEW TABOR", "HOWARD", "NE", "68873", "308"),
          ("VOSS", "WHEELER", "NE", "68637", "402"), ("MILLBROOK", "BLAINE", "NE", "68833", "308"),
          ("ANTELOPE WELLS", "TODD", "SD", "57555", "605"), ("SHELDON GROVE", "PHILLIPS", "KS", "67661", "785")]
STREETS = ["W 3RD ST", "N MAIN ST", "E 5TH ST", "S PINE AVE", "ELM ST", "RAILROAD AVE", "PRAIRIE VIEW DR",
           "CEDAR LN", "O ST", "N 7TH ST", "LINCOLN AVE", "CHURCH ST"]
MAILDOM = ["gmail.com", "yahoo.com", "outlook.com", "windstream.net", "hotmail.com", "nctc.net", "icloud.com"]
ISP_PREFIX = ["73.{}.{}.{}", "24.{}.{}.{}", "71.{}.{}.{}", "184.{}.{}.{}", "174.{}.{}.{}", "67.{}.{}.{}",
              "98.{}.{}.{}", "108.{}.{}.{}", "75.{}.{}.{}", "166.{}.{}.{}"]

_used_phone = set()


def mk_phone(area):
    while True:
        n = "%s555%04d" % (area, ri(110, 199))
        if n not in _used_phone:
            _used_phone.add(n)
            return n


def fph(n, style):
    if style == 0:
        return "(%s)%s-%s" % (n[:3], n[3:6], n[6:])
    if style == 1:
        return "%s-%s-%s" % (n[:3], n[3:6], n[6:])
    if style == 2:
        return n
    if style == 3:
        return "(%s) %s-%s" % (n[:3], n[3:6], n[6:])
    return "%s.%s.%s" % (n[:3], n[3:6], n[6:])


def tcase(s):
    out = []
    for w in s.split(" "):
        w2 = w.capitalize()
        if w.startswith("O'"):
            w2 = "O'" + w[2:].capitalize()
        if w.startswith("MC"):
            w2 = "Mc" + w[2:].capitalize()
        out.append(w2)
    return " ".join(out)


class Person:
    pass


def mk_person(i, oi, used_last):
    o = ORIGINS[oi]
    p = Person()
    cands = [l for l in o[0] if l not in used_last] or o[0]
    p.last = ch(cands)
    used_last.add(p.last)
    p.sex = ch("MF")
    p.first = ch(o[1] if p.sex == "M" else o[2])
    p.mi = ch("ABCDEFGHJKLMNPRSTW")
    if i % 7 == 3:
        y = ri(1929, 1934)
    else:
        y = ch([ri(1936, 1958), ri(1936, 1958), ri(1959, 1995), ri(1996, 2019)])
    p.dob = dt.date(y, ri(1, 12), ri(1, 28))
    p.age = age_on(p.dob)
    p.ssn = mk_ssn()
    p.dfn = ri(10200, 98800)
    p.mrn = "%08d" % ri(100000, 699999)
    p.acct = "%09d" % ri(400000, 489999)
    p.guar = "%07d" % ri(10000, 99999)
    c = ch(CITIES)
    p.city, p.county, p.state, p.zip, area = c
    k = ri(0, 3)
    if k == 0:
        p.street = "RR %d BOX %d" % (ri(1, 4), ri(10, 380))
    elif k == 1:
        p.street = "%d %dTH RD" % (ri(41000, 89999), ri(410, 890))
    elif k == 2:
        p.street = "PO BOX %d" % ri(12, 640)
    else:
        p.street = "%d %s" % (ri(101, 1899), ch(STREETS))
    p.phone = mk_phone(area)
    p.cell = mk_phone(ch(["308", "402", "605", "785"]))
    p.fax = mk_phone(area) if i % 5 == 1 else None
    lo = p.first.lower().split()[0]
    la = p.last.lower().replace(" ", "").replace("'", "")
    p.email = ch(["%s.%s%02d" % (lo, la, p.dob.year % 100), "%s%s" % (lo[0], la), "%s_%s%d" % (lo, la[:5], ri(1, 99)),
                  "%s%s%d" % (la, lo[0], ri(10, 999))]) + "@" + ch(MAILDOM)
    p.user = ch(["%s%s%02d" % (lo[0], la[:8], p.dob.year % 100), "%s.%s" % (lo, la[:6]), "%s%s" % (la[:6], ri(1, 999))])
    p.ip = ch(ISP_PREFIX).format(ri(1, 254), ri(0, 254), ri(1, 254))
    if p.age >= 65:
        p.fc, p.ins = "MC", mk_mbi()
    else:
        p.fc, p.ins = ch([("MD", "%010d" % ri(1000000000, 9999999999)),
                          ("BC", ch(["YNB", "XQP", "ZGE"]) + "%09d" % ri(100000000, 999999999)),
                          ("CM", "W%09d" % ri(100000000, 999999999)),
                          ("SP", "")])
    p.group = "%06d" % ri(100000, 999999) if p.fc in ("BC", "CM") else ""
    p.dl = ch("ABCEGHV") + "%07d" % ri(1000000, 9999999)
    rel_sex = ch("MF")
    rel_first = ch(o[1] if rel_sex == "M" else o[2])
    rel_last = p.last if ri(0, 2) else ch(o[0])
    p.rel = (rel_last, rel_first, ch("ABCDEFGHJKLMNPRST"))
    p.relation = ch(["SPOUSE", "SON", "FATHER", "BROTHER"] if rel_sex == "M" else ["SPOUSE", "DAUGHTER", "MOTHER", "SISTER"])
    p.relphone = mk_phone(ch(["308", "402", "605", "785"]))
    p.adm = TODAY - dt.timedelta(days=ri(0, 12))
    p.dis = min(TODAY, p.adm + dt.timedelta(days=ri(0, 4)))
    p.appt = TODAY + dt.timedelta(days=ri(2, 30))
    p.admtime = ri(3600, 85000)
    p.vin = mk_vin() if i % 6 == 2 else None
    p.plate = "%d-%s%03d" % (ri(10, 93), ch("ABCDEFGHJK"), ri(1, 999)) if p.vin else None
    p.imei = mk_imei() if i % 4 == 1 else None
    p.mac = ":".join("%02X" % ri(0, 255) for _ in range(6)) if p.imei else None
    p.rpm = ch(["5140", "6240", "A7", "BP"]) + "%08d" % ri(10000000, 99999999)
    p.card = mk_card() if i % 5 == 2 else None
    p.curp = mk_curp(p.last, p.first, p.dob, p.sex) if oi == 1 else None
    p.claim = "MVA-%02d-%05d" % (ri(20, 25), ri(1000, 99999)) if p.vin else None
    return p


PEOPLE = []
_used_last = set()
for _i in range(28):
    PEOPLE.append(mk_person(_i, _i % len(ORIGINS), _used_last))


def pname(p, style="LF"):
    """name strings as legacy systems print them"""
    if style == "LF":      # KOWALCZYK,MAREK J
        return "%s,%s %s" % (p.last, p.first, p.mi)
    if style == "LFs":     # KOWALCZYK, MAREK J
        return "%s, %s %s" % (p.last, p.first, p.mi)
    if style == "ASTM":
        return "%s^%s^%s" % (p.last, p.first, p.mi)
    if style == "mixed":   # Marek Kowalczyk (with diacritics)
        return "%s %s" % (ACCENT.get(p.first, tcase(p.first)), ACCENT.get(p.last, tcase(p.last)))
    if style == "mixedLF":
        return "%s, %s" % (ACCENT.get(p.last, tcase(p.last)), ACCENT.get(p.first, tcase(p.first)))
    if style == "UP":
        return "%s %s" % (p.first, p.last)
    if style == "LFsp":    # JANKOWSKI TERESA A
        return "%s %s %s" % (p.last, p.first, p.mi)
    raise ValueError(style)


def relname(p, style="LF"):
    l, f, m = p.rel
    if style == "LF":
        return "%s,%s" % (l, f)
    if style == "LFs":
        return "%s, %s %s" % (l, f, m)
    return "%s %s" % (tcase(f), tcase(l))


OLDEST = [q for q in PEOPLE if q.age > 89]


def pat():
    if ri(0, 9) == 0:
        return ch(OLDEST)
    return ch(PEOPLE)


# staff and organisations (look-alikes, never labelled)
STAFF = [("RAO", "ANJALI", "arao", "Dr. Anjali Rao"), ("VOGEL", "PETER", "pvogel", "Dr. Peter Vogel"),
         ("BRANDT", "KAREN", "kbrandt", "Karen Brandt"), ("FISCHER", "JOLENE", "jfischer", "Jolene Fischer RN"),
         ("ARANDA", "MIGUEL", "maranda", "Miguel Aranda"), ("OLSON", "BETH", "bolson", "Beth Olson"),
         ("MWANGI", "GRACE", "gmwangi", "Grace Mwangi PA-C"), ("KRUSE", "DALE", "dkruse", "Dale Kruse"),
         ("SANTOS", "MARIBEL", "msantos", "Maribel Santos RN"), ("HEIN", "TRAVIS", "thein", "Dr. Travis Hein")]
ORGFAX = [("3085550100", "PRMH ADMITTING"), ("3085550101", "PRMH HIM"), ("3083455500", "GI CLINIC KEARNEY"),
          ("4025590100", "MIDWEST ORTHO ASSOC"), ("3085550102", "CEDAR BLUFF PHARMACY"),
          ("8005550199", "BCBSNE PRECERT"), ("4025550107", "NE DHHS MEDICAID"), ("3082370142", "GOOD SAMARITAN IMAGING")]
HOSP = "PRAIRIE RIDGE MEMORIAL HOSPITAL"
STFIPS = {"NE": "31", "SD": "46", "KS": "20"}
CLIN = [x for x in STAFF if x[3].startswith("Dr.") or x[3].endswith(("RN", "PA-C"))]

# --------------------------------------------------------------------------
# clock (system timestamps, not PHI)
# --------------------------------------------------------------------------
NOW = [dt.datetime(2025, 3, 13, 21, 58, 4)]


def tick(a=1, b=30):
    NOW[0] += dt.timedelta(seconds=ri(a, b), microseconds=ri(0, 999999))
    return NOW[0]


def ampm(t):
    h = t.hour % 12 or 12
    return "%d/%d/%d %d:%02d:%02d %s" % (t.month, t.day, t.year, h, t.minute, t.second, "AM" if t.hour < 12 else "PM")


def syslog_ts(t):
    return "%s %2d %s" % (t.strftime("%b"), t.day, t.strftime("%H:%M:%S"))


def hnow(t):
    return "%d,%d" % (hday(t.date()), t.hour * 3600 + t.minute * 60 + t.second)


# ==========================================================================
# 1. Cache / MUMPS error trap
# ==========================================================================
PAT_ERRS = [("<UNDEFINED>", "EN+14^PRADT01", " *PTNAME"), ("<UNDEFINED>", "DEM+7^PRREG02", " *PRDOB"),
            ("<SUBSCRIPT>", "GET+3^PRLAB02", "SUB"), ("<MAXSTRING>", "BLD+22^PRHL7OUT", ""),
            ("<DIVIDE>", "CALC+5^PRBMI", ""), ("<EDITED>", "ADD+2^PRORD01", ""),
            ("<UNDEFINED>", "NOK+4^PRREG03", " *PRNOK(2)"), ("<INVALID OREF>", "%Save+9^PR.Visit.1", "")]
SYS_ERRS = [("<NETWORK>", "READ+4^%ZISTCP", ""), ("<PROTECT>", "SET+2^PRSEC01", " ^PRAUD(1,0),c:\\intersystems\\cache\\mgr\\praud\\"),
            ("<STORE>", "LOOP+31^PRBULK", ""), ("<WRITE>", "OUT+3^PRFAXQ", ""), ("<NOLINE>", "EN^PRRPT99", ""),
            ("<FILEFULL>", "SAV+8^PRSTAT", " ^PRSTAT"), ("<READ>", "RD+12^PRLABCOM", ""), ("<ZSOCK>", "CON+2^PRHL7TCP", "")]
ERRN = [12]


def fam_mumps():
    out = []
    t = tick(40, 600)
    ERRN[0] += 1
    patient = cyc("mumps", [1, 1, 1, 1, 1, 0, 0])
    p = pat()
    if patient:
        e = ch(PAT_ERRS)
    else:
        e = ch(SYS_ERRS)
    dev = ch(["|TNT|10.20.4.%d:%d|%d" % (ri(20, 90), ri(1024, 9000), ri(2000, 9000)), "|TCP|7001", "//./nul",
              "|TRM|:|%d" % ri(2000, 9000), "_LTA%d:" % ri(1, 40)])
    job = ri(1100, 9800)
    duz = ri(40, 420)
    L = Ln("cache-errtrap")
    ze = [e[0], e[1]]
    if e[2] == "SUB":
        ze += [" ^PRPAT(", P(str(p.dfn), "mrn"), ',"LAB","")']
    else:
        ze += [e[2]]
    L.add(t.strftime("%m/%d/%y %H:%M:%S"), "  ERR#%04d  $J=%d  $I=%s  DUZ=%d  UCI=PRHIS,PRHIS  $ZE=" % (ERRN[0], job, dev, duz), ze)
    out.append(L)
    if ri(0, 2) == 0:
        out.append(Ln("cache-errtrap").add("  $H=%s  $ZV=Cache for Windows (x86-64) 2016.2.3 (Build 907_11_20446U) Thu Nov 12 2020 16:56:45 EST" % hnow(t)))
    if patient:
        gr = ch([["^PRPAT(", P(str(p.dfn), "mrn"), ",0)"], ["^PRPAT(", P(str(p.dfn), "mrn"), ",.11)"],
                 ['^PRPAT("B","', P(pname(p), "name"), '",', P(str(p.dfn), "mrn"), ")"],
                 ["^PRVIS(%d,0)" % ri(300000, 399999)]])
        out.append(Ln("cache-errtrap").add("  LAST GLOBAL REF: ", gr))
        vars_ = []
        vars_.append(["  DFN=", P(str(p.dfn), "mrn")])
        vars_.append(['  PTNAME="', P(pname(p), "name"), '"'])
        vars_.append(['  VADM(1)="', P(pname(p), "name"), '"'])
        vars_.append(['  VADM(2)="', P(p.ssn, "ssn"), "^", P(fmt_ssn(p.ssn), "ssn"), '"'])
        vars_.append(['  VADM(3)="', P(fileman(p.dob), "date"), "^", P(ext_fm(p.dob), "date"), '"'])
        vars_.append(["  VADM(4)=", P(str(p.age), "age" if p.age > 89 else None)])
        vars_.append(['  VADM(5)="%s^%s"' % (p.sex, "MALE" if p.sex == "M" else "FEMALE")])
        vars_.append(["  ^PRPAT(", P(str(p.dfn), "mrn"), ',0)="', P(pname(p), "name"), "^%s^" % p.sex,
                      P(fileman(p.dob), "date"), "^^^^^^", P(p.ssn, "ssn"), '^^^^"'])
        vars_.append(["  ^PRPAT(", P(str(p.dfn), "mrn"), ',.11)="', P(p.street, "address"), "^^^",
                      P(p.city, "address"), "^%s^" % STFIPS[p.state], P(p.zip, "zip"), '^^^^^0%d"' % ri(10, 99)])
        vars_.append(["  ^PRPAT(", P(str(p.dfn), "mrn"), ',.13)="', P(fph(p.phone, 0), "phone"), "^",
                      P(fph(p.cell, 0), "phone"), '"'])
        vars_.append(["  PRADM=", P("%d,%d" % (hday(p.adm), p.admtime), "date")])
        vars_.append(['  PRMRN="', P(p.mrn, "mrn"), '"'])
        vars_.append(['  PRNOK="', P(relname(p), "name"), "^%s^" % p.relation, P(p.relphone, "phone"), '"'])
        if p.fc == "MC":
            vars_.append(['  PRINS="MCR^', P(p.ins, "health_plan"), '^^A"'])
        vars_.append(["  PRDOB=", P(str(hday(p.dob)), "date")])
        nv = rnd.sample(vars_, min(len(vars_), ri(3, 7)))
        fill = [["  DUZ=%d" % duz], ['  DUZ(0)="@"'], ["  DT=%s" % fileman(t.date())], ['  U="^"'],
                ['  XQY0="PRADT REGISTER^Register a Patient^^R"'], ["  IO=%s" % dev.split("|")[1] if "|" in dev else "  IO=0"],
                ["  %%ZT=\"ERR^%s\"" % e[1].split("^")[1]], ["  PRSITE=\"PRMH^CAH^7031\""], ["  PRVER=\"4.2;PRADT;**118**;Oct 02, 2019\""]]
        nv += rnd.sample(fill, ri(0, 2))
        rnd.shuffle(nv)
        for v in nv:
            out.append(Ln("cache-errtrap").add(v))
    else:
        out.append(Ln("cache-errtrap").add("  LAST GLOBAL REF: ^PRSTAT(%d,\"Q\",%d)" % (hday(t.date()), ri(1, 400))))
        fill = ["  DUZ=%d" % duz, "  DT=%s" % fileman(t.date()), '  U="^"', "  ZTSK=%d" % ri(800000, 999999),
                "  %%H=%s" % hnow(t), '  PRHOST="10.20.1.%d"' % ri(10, 60), '  PRPORT=%d' % ch([5000, 5001, 6661, 7001]),
                '  POP=1', '  ZTQUEUED=1', '  XQY="%d"' % ri(1000, 9000), '  PRRTN="%s"' % e[1].split("^")[1]]
        for v in rnd.sample(fill, ri(2, 4)):
            out.append(Ln("cache-errtrap").add(v))
    return out


# ==========================================================================
# 2. Cache journal dump (^JRNDUMP)
# ==========================================================================
JADDR = [131396]
JDIR = ["c:\\intersy~\\prhis\\", "c:\\intersy~\\prlab\\", "c:\\intersy~\\praud\\"]


def jrow(pid, op, d, glo, val=None):
    JADDR[0] += ri(40, 420)
    L = Ln("cache-journal")
    L.add("%10d%10d %-2s " % (JADDR[0], pid, op))
    if d is None:
        return L
    L.add("%-19s" % d, glo)
    if val is not None:
        L.add(" = ", val)
    return L


def fam_journal():
    out = []
    t = tick(20, 400)
    if ri(0, 6) == 0:
        out.append(Ln("cache-journal").add("Journal: c:\\intersystems\\cache\\mgr\\journal\\%s.%03d" % (t.strftime("%Y%m%d"), ri(1, 3))))
        out.append(Ln("cache-journal").add("   Address   Proc ID Op Directory        Global & Value"))
        out.append(Ln("cache-journal").add("=" * 79))
    pid = ri(1100, 9800)
    out.append(jrow(pid, "BT", None, None))
    p = pat()
    kind = cyc("jrn", [0, 0, 1, 1, 2, 2, 3, 3, 4, 5])
    if kind == 0:
        out.append(jrow(pid, "S", JDIR[0], ["^PRPAT(", P(str(p.dfn), "mrn"), ",0)"],
                        ['"', P(pname(p), "name"), "^%s^" % p.sex, P(fileman(p.dob), "date"), "^^^^^^", P(p.ssn, "ssn"), '"']))
        out.append(jrow(pid, "S", JDIR[0], ['^PRPAT("B","', P(pname(p), "name"), '",', P(str(p.dfn), "mrn"), ")"], '""'))
        out.append(jrow(pid, "S", JDIR[0], ['^PRPAT("SSN","', P(p.ssn, "ssn"), '",', P(str(p.dfn), "mrn"), ")"], '""'))
    elif kind == 1:
        vis = ri(300000, 399999)
        out.append(jrow(pid, "S", JDIR[0], "^PRVIS(%d,0)" % vis,
                        ['"', P(str(p.dfn), "mrn"), "^", P("%d,%d" % (hday(p.adm), p.admtime), "date"), "^^I^%s-%02d^%d\"" % (ch(["2W", "3W", "OB", "ER"]), ri(1, 24), ri(40, 420))]))
        out.append(jrow(pid, "S", JDIR[0], ['^PRVIS("AD",', P(str(hday(p.adm)), "date"), ",%d)" % vis], '""'))
        out.append(jrow(pid, "S", JDIR[0], '^PRSTAT(%d,"ADM")' % hday(t.date()), str(ri(1, 9))))
    elif kind == 2:
        acc = ri(880000, 899999)
        out.append(jrow(pid, "S", JDIR[1], "^PRLAB(%d,0)" % acc,
                        ['"', P(str(p.dfn), "mrn"), "^", P("%d,%d" % (hday(t.date()), ri(20000, 40000)), "date"), "^%s^%s\"" % (ch(["GLU", "K", "TROP", "HGB", "INR"]), ri(3, 180))]))
        out.append(jrow(pid, "S", JDIR[1], ['^PRLAB("AC",', P(str(hday(t.date())), "date"), ",%d)" % acc], '""'))
    elif kind == 3:
        out.append(jrow(pid, "S", JDIR[0], ["^PRPAT(", P(str(p.dfn), "mrn"), ",.11)"],
                        ['"', P(p.street, "address"), "^^^", P(p.city, "address"), "^%s^" % STFIPS[p.state], P(p.zip, "zip"), '"']))
        out.append(jrow(pid, "K", JDIR[0], "^XTMP(\"PRREG\",%d,%d)" % (hday(t.date()), pid)))
    elif kind == 4:
        out.append(jrow(pid, "S", JDIR[2], "^PRAUD(%d,%d)" % (hday(t.date()), ri(10000, 86000)),
                        '"%d^PRADT01^EDIT^%s"' % (ri(40, 420), ch(["3W-12", "ER-04", "HIM"]))))
        out.append(jrow(pid, "S", JDIR[0], '^XTMP("PRADT",%d,%d)' % (hday(t.date()), pid),
                        '"%s^%s^ADT WORK"' % (fileman(t.date()), fileman(t.date() + dt.timedelta(days=1)))))
    else:
        out.append(jrow(pid, "S", JDIR[0], '^%%ZSESS(%d)' % ri(100000, 999999), '"%s^%d^10.20.4.%d"' % (hnow(t), ri(40, 420), ri(20, 90))))
        out.append(jrow(pid, "K", JDIR[0], '^%%ZSESS(%d)' % ri(100000, 999999)))
        out.append(jrow(pid, "S", JDIR[0], '^PRSTAT(%d,"LOGIN")' % hday(t.date()), str(ri(20, 300))))
    out.append(jrow(pid, "CT", None, None))
    return out


# ==========================================================================
# 3. Cache console log (messages.log / cconsole.log)
# ==========================================================================
def fam_console():
    out = []
    for _ in range(ri(2, 4)):
        t = tick(5, 300)
        ts = "%s-%s:%03d" % (t.strftime("%m/%d/%y"), t.strftime("%H:%M:%S"), t.microsecond // 1000)
        pid = ri(1100, 9800)
        L = Ln("cache-console")
        k = ri(0, 11)
        if k == 0:
            L.add("%s (%d) 0 [Utility.Event] Journaling switched to: c:\\intersystems\\cache\\mgr\\journal\\%s.%03d" % (ts, pid, t.strftime("%Y%m%d"), ri(2, 4)))
        elif k == 1:
            L.add("%s (%d) 1 [SYSTEM MONITOR] DiskPercentFull Warning: Disk c:\\intersystems\\cache\\mgr\\prhis\\ is %d%% full" % (ts, pid, ri(81, 93)))
        elif k == 2:
            L.add("%s (%d) 0 [Generic.Event] LMF Info:  Licensed for %d users." % (ts, pid, ch([50, 75, 100])))
        elif k == 3:
            L.add("%s (%d) 0 [Database.MountedRW] Mounted database c:\\intersystems\\cache\\mgr\\prlab\\ (SFN %d) read-write." % (ts, pid, ri(3, 9)))
        elif k == 4:
            L.add("%s (%d) 2 [Utility.Event] ERROR #5002: ObjectScript error: <UNDEFINED>%s *%s" % (ts, pid, ch(["EN+14^PRADT01", "RD+12^PRLABCOM", "BLD+22^PRHL7OUT"]), ch(["PTNAME", "X", "PRSEG"])))
        elif k == 5:
            L.add("%s (%d) 1 [Utility.Event] [SYSTEM MONITOR] CSPSessions Alert: CSPSessions = %d, %d, %d (Max value is %d)." % (ts, pid, ri(90, 140), ri(90, 140), ri(90, 140), 150))
        elif k == 6:
            L.add("%s (%d) 0 [Utility.Event] Purging old journal files: removed %s.001 through %s.004" % (ts, pid, (t - dt.timedelta(days=3)).strftime("%Y%m%d"), (t - dt.timedelta(days=3)).strftime("%Y%m%d")))
        elif k == 7:
            L.add("%s (%d) 0 [Utility.Event] ECP client connection to PRMHECP01:1972 re-established after %d seconds" % (ts, pid, ri(2, 40)))
        elif k == 8:
            p = pat()
            L.add("%s (%d) 2 [Utility.Event] PRHL7IN: ADT^A08 rejected, PID|1||" % (ts, pid), P(p.mrn, "mrn"), "^^^PRMH^MR||",
                  P(pname(p, "ASTM"), "name"), "||", P(p.dob.strftime("%Y%m%d"), "date"), "|%s - unknown PV1-3 location %s" % (p.sex, ch(["3WST", "ERX", "OBS2"])))
        elif k == 9:
            p = pat()
            L.add("%s (%d) 1 [Utility.Event] TaskMgr task %d (PRFAX OUTBOUND) error for DFN=" % (ts, pid, ri(800000, 999999)), P(str(p.dfn), "mrn"), ": <WRITE>OUT+3^PRFAXQ")
        elif k == 10:
            L.add("%s (%d) 0 [Utility.Event] Backup.General.ExternalFreeze: System is frozen (WIJ flush complete), job %d" % (ts, pid, ri(1100, 9800)))
        else:
            L.add("%s (%d) 0 [Utility.Event] Write daemon cycle: %d buffers in %d ms" % (ts, pid, ri(200, 9000), ri(30, 900)))
        out.append(L)
    return out


# ==========================================================================
# 4. IBM i job log (QPJOBLOG printout)
# ==========================================================================
def joblog_msg(msgid, typ, sev, t, frm, flib, inst, to, tlib, tinst):
    L = Ln("ibmi-joblog")
    L.add(" %-10s %-24s%-5s%-10s%-17s%-13s%-12s%-9s%-12s%-12s%s" % (
        msgid, typ, sev, t.strftime("%m/%d/%y"), t.strftime("%H:%M:%S.") + "%06d" % t.microsecond, frm, flib, inst, to, tlib, tinst))
    return L


DLAB = {"Message": "Message . . . . :   ", "Cause": "Cause . . . . . :   ", "Recovery": "Recovery  . . . :   "}


def detail(label, pieces):
    return Ln("ibmi-joblog").add(" " * 38 + DLAB[label], pieces)


def fam_joblog():
    out = []
    t = tick(60, 900)
    jobn = ri(400000, 489999)
    jname, pgm = ch([("PAB310J", "PAB310"), ("PAC410J", "PAC410"), ("PAR620J", "PAR620"), ("PAS900J", "PAS900"),
                     ("PAE271J", "PAE271")])
    user = ch(["PABATCH", "PABATCH", "BOLSON", "DKRUSE"])
    if ri(0, 3) == 0:
        out.append(Ln("ibmi-joblog").add(" 5770SS1 V7R4M0  190621                    Display Job Log                        PRMHAS4   %s  %s CDT     Page    1" % (t.strftime("%m/%d/%y"), t.strftime("%H:%M:%S"))))
        out.append(Ln("ibmi-joblog").add("  Job name . . . . . . . . . . :   %-16sUser  . . . . . . :   %-13sNumber . . . . . . . . . . . :   %d" % (jname, user, jobn)))
        out.append(Ln("ibmi-joblog").add("  Job description  . . . . . . :   %-16sLibrary . . . . . :   PALIB" % "PABATCH"))
        out.append(Ln("ibmi-joblog").add(" MSGID      TYPE                    SEV  DATE      TIME             FROM PGM     LIBRARY     INST     TO PGM      LIBRARY     INST"))
        out.append(joblog_msg("CPF1124", "Information", "00", t, "QWTPIIPP", "QSYS", "0695", "*EXT", "", "*N"))
        out.append(detail("Message", "Job %d/%s/%s started on %s at %s in subsystem QBATCH in QSYS. Job entered system on %s at %s." % (
            jobn, user, jname, t.strftime("%m/%d/%y"), t.strftime("%H:%M:%S"), t.strftime("%m/%d/%y"), t.strftime("%H:%M:%S"))))
        t = tick(0, 2)
        out.append(joblog_msg("*NONE", "Request", "", t, "QWTSCSBJ", "", "*N", "QCMD", "QSYS", "0195"))
        out.append(detail("Message", "-CALL PGM(PALIB/%s) PARM('%s' 'ALL')" % (pgm, cyymmdd(t.date() - dt.timedelta(days=1)))))
    for _ in range(ri(2, 4)):
        t = tick(1, 90)
        p = pat()
        k = cyc("joblog", [0, 1, 2, 3, 4, 5, 6, 7, 8, 8, 9, 10, 11, 11, 12, 12, 13, 1, 2, 0])
        if k == 0:
            out.append(joblog_msg("PAB0412", "Diagnostic", "30", t, pgm, "PALIB", "*STMT", pgm, "PALIB", "*STMT"))
            out.append(detail("Message", ["Guarantor SSN ", P(fmt_ssn(p.ssn), "ssn"), " does not match patient master for account ", P(p.acct, "account"), "."]))
        elif k == 1:
            out.append(joblog_msg("PAB0420", "Diagnostic", "20", t, pgm, "PALIB", "*STMT", pgm, "PALIB", "*STMT"))
            out.append(detail("Message", ["Account ", P(p.acct, "account"), " ", P(pname(p, "LFs"), "name"), " admitted ",
                                          P(cyymmdd(p.adm), "date"), " has no primary payer; defaulted to SELF PAY."]))
        elif k == 2:
            out.append(joblog_msg("PAE0431", "Diagnostic", "30", t, pgm, "PALIB", "*STMT", pgm, "PALIB", "*STMT"))
            out.append(detail("Message", ["271 not found for member ", P(p.ins or p.mrn, "health_plan" if p.ins else "mrn"),
                                          " DOB ", P(cyymmdd(p.dob), "date"), " - eligibility pending."]))
        elif k == 3:
            out.append(joblog_msg("PAS0455", "Information", "10", t, pgm, "PALIB", "*STMT", pgm, "PALIB", "*STMT"))
            out.append(detail("Message", ["Statement suppressed, returned mail for guarantor ", P(relname(p, "LFs"), "name"), " ",
                                          P(p.street, "address"), " ", P(p.city, "address"), " %s " % p.state, P(p.zip, "zip"), "."]))
        elif k == 4:
            out.append(joblog_msg("CPF5026", "Diagnostic", "30", t, "QDBSIGN", "QSYS", "04AF", pgm, "PALIB", "*STMT"))
            out.append(detail("Message", "Duplicate key not allowed for member PATMSTP."))
            out.append(detail("Cause", ["Record %d in member PATMSTP file PATMSTP in library PADATA has the same key value as ACCTNO " % ri(1000, 40000),
                                        P(p.acct, "account"), "."]))
            out.append(detail("Recovery", "Change the key value and try the request again."))
        elif k == 5:
            out.append(joblog_msg("CPF5027", "Diagnostic", "30", t, "QDBGETKY", "QSYS", "0C3D", pgm, "PALIB", "*STMT"))
            out.append(detail("Message", "Record %d in use by job %d/QUSER/QZDASOINIT." % (ri(100, 40000), ri(400000, 489999))))
        elif k == 6:
            out.append(joblog_msg("MCH1202", "Escape", "40", t, pgm, "PALIB", "*STMT", pgm, "PALIB", "*STMT"))
            out.append(detail("Message", "Decimal data error."))
            out.append(detail("Cause", "The sign or digit codes of the packed or the zoned decimal operand is in error. Valid signs are hex A-F, valid digit range is hex 0-9."))
        elif k == 7:
            out.append(joblog_msg("RNQ1218", "Inquiry", "99", t, "QRNXIE", "QSYS", "*STMT", "QRNXIE", "QSYS", "*STMT"))
            out.append(detail("Message", "Unable to allocate a record in file PATMSTP (R C G D F)."))
            out.append(Ln("ibmi-joblog").add(" %-10s %-24s%-5s%-10s%-17s" % ("*NONE", "Reply", "", t.strftime("%m/%d/%y"), t.strftime("%H:%M:%S.%f"))))
            out.append(detail("Message", "R"))
        elif k == 8:
            out.append(joblog_msg("PAC0460", "Information", "00", t, pgm, "PALIB", "*STMT", pgm, "PALIB", "*STMT"))
            out.append(detail("Message", ["Claim for account ", P(p.acct, "account"), " written to CLMOUTP; charges %s.%02d service date " % (ri(80, 40000), ri(0, 99)),
                                          P(cyymmdd(p.adm), "date"), "."]))
        elif k == 9:
            out.append(joblog_msg("CPC2206", "Completion", "00", t, "QLIDLOBJ", "QSYS", "07E4", pgm, "PALIB", "*STMT"))
            out.append(detail("Message", "Ownership of object PATWRK in QTEMP type *FILE changed."))
        elif k == 13:
            out.append(joblog_msg("PAB0433", "Diagnostic", "10", t, pgm, "PALIB", "*STMT", pgm, "PALIB", "*STMT"))
            out.append(detail("Message", ["Guarantor ID ", P(p.dl, "license"), " (DL %s) for account " % p.state, P(p.acct, "account"),
                                          " expired; registration flagged for rescan."]))
        elif k == 12:
            p = ch(OLDEST)
            out.append(joblog_msg("PAB0425", "Diagnostic", "20", t, pgm, "PALIB", "*STMT", pgm, "PALIB", "*STMT"))
            out.append(detail("Message", ["Patient age ", P(str(p.age), "age"), " exceeds edit limit 089 for account ", P(p.acct, "account"),
                                          "; verify birth date ", P(cyymmdd(p.dob), "date"), "."]))
        elif k == 11:
            p = ch([q for q in PEOPLE if q.vin])
            out.append(joblog_msg("PAR0480", "Information", "00", t, pgm, "PALIB", "*STMT", pgm, "PALIB", "*STMT"))
            out.append(detail("Message", ["TPL case ", P(p.claim, "other_id"), " opened for account ", P(p.acct, "account"), " VIN ",
                                          P(p.vin, "vehicle"), " plate ", P(p.plate, "vehicle"), " date of loss ", P(cyymmdd(p.adm), "date"), "."]))
        else:
            out.append(joblog_msg("CPC1221", "Completion", "00", t, "QWTCCSBJ", "QSYS", "0330", pgm, "PALIB", "*STMT"))
            out.append(detail("Message", "Job %d/PABATCH/PAE271J submitted to job queue QBATCH in library QGPL." % (jobn + ri(1, 9))))
    if ri(0, 2) == 0:
        t = tick(10, 600)
        out.append(joblog_msg("CPF1164", "Completion", "00", t, "QWTMCEOJ", "QSYS", "00DB", "*EXT", "", "*N"))
        out.append(detail("Message", "Job %d/%s/%s ended on %s at %s; %d seconds used; end code 0 ." % (
            jobn, user, jname, t.strftime("%m/%d/%y"), t.strftime("%H:%M:%S"), ri(1, 90))))
    return out


# ==========================================================================
# 5. IBM i spooled file printouts (RPG reports)
# ==========================================================================
PAGE = [3]


def sp(*pieces):
    return Ln("ibmi-spool").add(*pieces)


def fam_spool():
    out = []
    t = tick(60, 900)
    PAGE[0] += ri(1, 6)
    k = cyc("spool", [0, 1, 2, 3, 4, 5])
    title = {0: ("PAR410R", "DAILY ADMISSION/DISCHARGE REGISTER"), 1: ("PAR620R", "AGED TRIAL BALANCE BY GUARANTOR"),
             2: ("PAC310R", "UB-04 CLAIM EDIT LISTING"), 3: ("PAS900R", "STATEMENT MAILER EXTRACT"),
             4: ("PAR715R", "THIRD PARTY LIABILITY / MVA LOG"), 5: ("PAR120R", "REGISTRATION QA AUDIT")}[k]
    out.append(sp(" %-8s  %-12s%-40s RUN DATE %s   PAGE %5d" % (title[0], "", HOSP, t.strftime("%m/%d/%y"), PAGE[0])))
    out.append(sp(" %-8s  %-12s%-40s RUN TIME %s   %s" % ("PABATCH", "", title[1], t.strftime("%H:%M:%S"), cyymmdd(t.date()))))
    if ri(0, 1):
        out.append(sp(" SELECTION: FC=ALL  DATE RANGE %s-%s  FACILITY 01  COPIES 1" % (cyymmdd(t.date() - dt.timedelta(days=14)), cyymmdd(t.date()))))
    n = ri(2, 5)
    ppl = rnd.sample(PEOPLE, n)
    if k == 0:
        out.append(sp(" ACCOUNT    MRN       PATIENT NAME                 SX BIRTH      AGE ADMIT  DISCH  FC PRIMARY INS ID    ROOM"))
        out.append(sp(" --------- -------- ---------------------------- -- ---------- --- ------ ------ -- ---------------- -----"))
        for p in ppl:
            out.append(sp(" ", padl(P(p.acct, "account"), 10), padl(P(p.mrn, "mrn"), 9), padl(P(pname(p, "LFs"), "name"), 29),
                          "%-3s" % p.sex, padl(P(mdy4(p.dob), "date"), 11), padr(P(str(p.age), "age" if p.age > 89 else None), 3), " ",
                          padl(P(mmddyy(p.adm), "date"), 7), padl(P(mmddyy(p.dis), "date") if p.dis <= TODAY else "", 7),
                          "%-3s" % p.fc, padl(P(p.ins, "health_plan") if p.ins else "SELF PAY", 17),
                          "%s-%02d" % (ch(["2W", "3W", "OB", "SB"]), ri(1, 24))))
        out.append(sp(" *** ADMISSIONS %4d   DISCHARGES %4d   CENSUS %4d   SWING BED %3d" % (ri(1, 9), ri(1, 9), ri(6, 25), ri(0, 6))))
    elif k == 1:
        out.append(sp(" GUAR NO  ACCOUNT   GUARANTOR NAME               PHONE           CURRENT     31-60     61-90    91-120  OVER 120"))
        out.append(sp(" ------- --------- ---------------------------- ------------ --------- --------- --------- --------- ---------"))
        for p in ppl:
            gname = P(relname(p, "LFs"), "name") if ri(0, 1) else P(pname(p, "LFs"), "name")
            amts = "".join("%10s" % ("%d.%02d" % (ri(0, 3000), ri(0, 99)) if ri(0, 2) else ".00") for _ in range(5))
            out.append(sp(" ", padl(P(p.guar, "account"), 8), padl(P(p.acct, "account"), 10), padl(gname, 29),
                          padl(P(fph(p.phone if ri(0, 1) else p.relphone, 1), "phone"), 12), amts))
        out.append(sp(" *** REPORT TOTALS ***  GUARANTORS %5d  ACCOUNTS %5d %14s" % (ri(200, 900), ri(300, 1500), "{:,}.{:02d}".format(ri(100000, 900000), ri(0, 99)))))
    elif k == 2:
        out.append(sp(" ACCOUNT   SQ PATIENT NAME                 SUBSCRIBER ID    PAYER FROM   THRU   EDIT  DESCRIPTION"))
        out.append(sp(" --------- -- ---------------------------- ---------------- ----- ------ ------ ----- ------------------------------"))
        edits = [("E045", "OCCURRENCE CODE 11 REQUIRES DATE"), ("E102", "HCPCS 36415 UNITS EXCEED MUE"),
                 ("E210", "ATTENDING NPI NOT ON FILE"), ("E318", "VALUE CODE 80 COVERED DAYS MISMATCH"),
                 ("E077", "SUBSCRIBER ID FAILS PAYER FORMAT"), ("E009", "TOB 0111 REQUIRES DISCHARGE HOUR")]
        for p in ppl:
            e = ch(edits)
            out.append(sp(" ", P(p.acct, "account"), " %02d " % ri(1, 3), padl(P(pname(p, "LFs"), "name"), 29),
                          padl(P(p.ins, "health_plan") if p.ins else "", 17), "%-6s" % {"MC": "MCR", "MD": "MCD", "BC": "BCBS", "CM": "COMM", "SP": "SELF"}[p.fc],
                          padl(P(mmddyy(p.adm), "date"), 7), padl(P(mmddyy(p.dis), "date"), 7), "%-6s%s" % e))
        out.append(sp(" CLAIMS READ %6d   PASSED %6d   HELD %6d   TOTAL CHARGES %14s" % (ri(40, 200), ri(30, 180), ri(1, 20), "{:,}.{:02d}".format(ri(50000, 600000), ri(0, 99)))))
    elif k == 3:
        out.append(sp(" STMT ACCOUNT   GUARANTOR NAME / ADDRESS                                                 CYCLE  AMT DUE   DUE DATE"))
        for p in ppl:
            out.append(sp(" S01  ", P(p.acct, "account"), " ", padl(P(pname(p, "LFsp"), "name"), 28), padl(P(p.street, "address"), 24),
                          padl(P(p.city, "address"), 16), "%s " % p.state, P(p.zip, "zip"), "  %02d %10s  %s" % (ri(1, 4), "%d.%02d" % (ri(10, 4000), ri(0, 99)), cyymmdd(t.date() + dt.timedelta(days=25)))))
        out.append(sp(" *** STATEMENTS %5d   SUPPRESSED %4d   RETURN MAIL %3d   OUTPUT FILE STMTOUT MBR S%s" % (ri(200, 900), ri(0, 30), ri(0, 9), cyymmdd(t.date())[1:])))
    elif k == 4:
        out.append(sp(" ACCOUNT   PATIENT                      DOL    CLAIM/CASE NO   VIN               PLATE     CARRIER"))
        out.append(sp(" --------- ---------------------------- ------ --------------- ----------------- --------- ---------------"))
        ppl = [p for p in PEOPLE if p.vin][:n] or ppl
        for p in ppl:
            if p.vin:
                out.append(sp(" ", padl(P(p.acct, "account"), 10), padl(P(pname(p, "LFs"), "name"), 29), padl(P(mmddyy(p.adm - dt.timedelta(days=ri(0, 2))), "date"), 7),
                              padl(P(p.claim, "other_id"), 16), padl(P(p.vin, "vehicle"), 18), padl(P(p.plate, "vehicle"), 10),
                              ch(["FARM BUREAU", "STATE FARM", "PROGRESSIVE", "SHELTER INS"])))
        out.append(sp(" *** OPEN TPL CASES %4d   SUBROGATION REFERRALS %3d" % (ri(5, 40), ri(0, 9))))
    else:
        out.append(sp(" ACCOUNT   PATIENT                      ID TYPE  ID NUMBER           EXP   CLERK      RESULT"))
        out.append(sp(" --------- ---------------------------- -------- ------------------- ----- ---------- ----------"))
        for p in ppl:
            if p.curp and ri(0, 1):
                idt, idv, cat, exp = "CURP", p.curp, "other_id", "    "
            else:
                idt, idv, cat, exp = "DL %s" % p.state, p.dl, "license", "%02d%02d" % (ri(1, 12), ri(25, 31))
            out.append(sp(" ", padl(P(p.acct, "account"), 10), padl(P(pname(p, "LFs"), "name"), 29), "%-9s" % idt, padl(P(idv, cat), 20),
                          "%-6s%-11s%s" % (exp, ch(STAFF)[0][:8], ch(["VERIFIED", "SCANNED", "MISMATCH", "NO PHOTO"]))))
    if ri(0, 2) == 0:
        out.append(sp(" %s*** END OF REPORT ***" % (" " * 44)))
    return out


# ==========================================================================
# 6. HylaFAX (syslog + xferfaxlog)
# ==========================================================================
FAXJOB = [811]
COMMID = [4120]


def fam_fax():
    out = []
    t = tick(30, 900)
    FAXJOB[0] += 1
    COMMID[0] += 1
    job, cid = FAXJOB[0], COMMID[0]
    st = ch(STAFF)
    p = pat()
    to_patient = ri(0, 9) < 4
    if to_patient:
        p = ch([q for q in PEOPLE if q.fax])
        dest = P(p.fax, "fax")
        tag = ["ROI ", P(p.last + " " + p.first, "name"), " MRN ", P(p.mrn, "mrn")]
    else:
        num, org = ch(ORGFAX[2:])
        dest = num
        tag = ch([["ROI ", P(p.last + " " + p.first, "name"), " MRN ", P(p.mrn, "mrn")], ["REFERRAL ", P(p.last, "name"), " DOB ", P(mdy(p.dob), "date")],
                  ["LAB RESULTS ACC %d" % ri(880000, 899999)], ["PRECERT REQ %s" % ri(100000, 999999)], ["DISCH SUMMARY"], ["RX REFILL AUTH"],
                  ["CONSULT ", P(p.last, "name"), ",", P(p.first, "name"), " ACCT ", P(p.acct, "account")]])
    host = "prmhfax01"
    if ri(0, 3) == 0:
        # xferfaxlog records (tab separated)
        L = Ln("hylafax-xferlog")
        L.add(t.strftime("%m/%d/%y %H:%M"), "\tSEND\t%08d\tttyACM0\t%d\t\"" % (cid, job), tag, "\"\t%s@prmh.local\t\"" % st[2], dest,
              "\"\t\"%s\"\t3220\t%d\t%d:%02d\t%d:%02d\t\"\"\t\"\"\t\"\"\t\"\"\t\"%s\"\t\"\"\t\"\"" % (
                  ch(["PRMH HIM FAX", "+1 308 555 0101", ""]), ri(1, 12), 0, ri(10, 59), 0, ri(10, 59), st[2]))
        out.append(L)
        t = tick(30, 300)
        num, org = ch(ORGFAX)
        L = Ln("hylafax-xferlog")
        L.add(t.strftime("%m/%d/%y %H:%M"), "\tRECV\t%08d\tttyACM0\tfax%08d.tif\t\"\"\tfax\t\"%s\"\t\"%s\"\t3220\t%d\t0:%02d\t0:%02d\t\"\"\t\"\"\t\"%s\"\t\"\"\t\"\"" % (
            cid + 1, ri(4000, 4999), num, org, ri(1, 9), ri(10, 59), ri(10, 59), num))
        COMMID[0] += 1
        out.append(L)
        return out
    L = Ln("hylafax-syslog")
    L.add(syslog_ts(t), " %s FaxQueuer[1022]: JOB %d (ready dest " % (host, job), dest,
          " pri 127 tts 0:00 killtime 2:59:59): CREATE")
    out.append(L)
    if ri(0, 2):
        L = Ln("hylafax-syslog")
        L.add(syslog_ts(t), " %s FaxQueuer[1022]: SUBMIT JOB %d jobtag \"" % (host, job), tag, "\"")
        out.append(L)
    t = tick(1, 20)
    L = Ln("hylafax-syslog")
    L.add(syslog_ts(t), " %s FaxSend[%d]: SEND FAX: JOB %d DEST " % (host, 2700 + job % 300, job), dest,
          " COMMID %08d DEVICE '/dev/ttyACM0' FROM '%s <%s@prmh.local>' USER %s" % (cid, st[3], st[2], st[2]))
    out.append(L)
    t = tick(10, 90)
    res = ri(0, 4)
    L = Ln("hylafax-syslog")
    if res == 0:
        L.add(syslog_ts(t), " %s FaxSend[%d]: SEND FAILED: JOB %d DEST " % (host, 2700 + job % 300, job), dest,
              " ERR No answer from remote (T.30 T1 timeout)")
    else:
        L.add(syslog_ts(t), " %s FaxSend[%d]: SEND FAX (%08d): FROM %s@prmh.local TO " % (host, 2700 + job % 300, cid, st[2]), dest,
              " (page %d of %d sent in 0:%02d)" % (res, res, ri(12, 59)))
    out.append(L)
    if ri(0, 3) == 0:
        t = tick(2, 30)
        L = Ln("hylafax-syslog")
        L.add(syslog_ts(t), " %s FaxGetty[%d]: MODEM Multi-Tech Systems MT9234ZBA/0116, ATI %d, 14400 bit/s, 2-D MR" % (host, ri(900, 999), ri(100, 999)))
        out.append(L)
    return out


# ==========================================================================
# 7. ASTM E1381/E1394 serial interface trace
# ==========================================================================
INSTR = [("COM3", "AU480^01", "ast1", True), ("COM4", "XN-550^00-22^%d^^^^BV%06d" % (ri(10000, 99999), ri(100000, 999999)), "ast2", False),
         ("COM5", "cobas c 111^V3.2.1^CC111-%d" % ri(1000, 9999), "ast1", True)]
TESTS = [("GLU", "mg/dL", 70, 99, 0, 60, 260), ("BUN", "mg/dL", 7, 20, 0, 5, 48), ("CREA", "mg/dL", 0.6, 1.3, 2, 0.5, 3.4),
         ("K", "mmol/L", 3.5, 5.1, 1, 3.0, 6.2), ("NA", "mmol/L", 135, 145, 0, 126, 149), ("WBC", "10*3/uL", 4.0, 11.0, 1, 2.8, 19.0),
         ("HGB", "g/dL", 12.0, 17.5, 1, 7.9, 17.9), ("PLT", "10*3/uL", 150, 400, 0, 88, 455), ("TROP", "ng/L", 0, 14, 0, 2, 95)]


def astm_line(port, style, direction, pieces, fn=None, final=True, t=None):
    t = t or tick(0, 1)
    L = Ln("astm-serial")
    if style == "ast1":
        L.add(t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d [%s] %s " % (t.microsecond // 1000, port, "RX" if direction == "<" else "TX"))
    else:
        L.add(t.strftime("%m/%d/%Y %H:%M:%S") + "  %s  %s  " % (port, "<-" if direction == "<" else "->"))
    if fn is None:
        L.add(pieces)
        return L
    body = "%d%s\r%s" % (fn, flat(pieces), "\x03" if final else "\x17")
    cs = "%02X" % (sum(body.encode("latin-1")) % 256)
    L.add("<STX>%d" % fn, pieces, "<CR>%s%s<CR><LF>" % ("<ETX>" if final else "<ETB>", cs))
    return L


def fam_astm():
    out = []
    port, sender, style, send_dates = ch(INSTR)

    def frame(pieces, n):
        out.append(astm_line(port, style, "<", pieces, n))
        if style == "ast1":
            out.append(astm_line(port, style, ">", "<ACK>"))
    t = tick(20, 500)
    out.append(astm_line(port, style, "<", "<ENQ>", t=t))
    out.append(astm_line(port, style, ">", "<ACK>"))
    fn = 1
    tsm = t.strftime("%Y%m%d%H%M%S")
    frame(["H|\\^&|||%s|||||||P|1394-97|%s" % (sender, tsm)], fn); fn += 1
    spec = "%s-%04d" % (t.strftime("%y%j"), ri(1, 900))
    p = pat()
    query = ri(0, 4) == 0
    if query:
        frame(["Q|1|^%s||^^^ALL||||||||O" % spec], fn); fn += 1
    else:
        ptn = ["P|1|", P(p.mrn, "mrn"), "|", P(str(p.dfn), "mrn"), "||", P(pname(p, "ASTM"), "name"), "||",
               P(p.dob.strftime("%Y%m%d"), "date"), "|%s|" % p.sex]
        if ri(0, 2) == 0:
            doc = ch(STAFF)
            ptn += ["|", P(p.street, "address"), "^", P(p.city, "address"), "^%s^" % p.state, P(p.zip, "zip"), "||",
                    P(p.phone, "phone"), "|%s^%s" % (doc[0], doc[1])]
        else:
            doc = ch(STAFF)
            ptn += ["||||%s^%s" % (doc[0], doc[1])]
        frame(ptn, fn); fn += 1
        coll = t - dt.timedelta(minutes=ri(20, 140))
        tests = rnd.sample(TESTS, ri(1, 3))
        frame(["O|1|%s||%s|R|" % (spec, "\\".join("^^^" + x[0] for x in tests)),
                                                 P(coll.strftime("%Y%m%d%H%M%S"), "date"), "|||||N||||%s" % ch(["SERUM", "WB", "PLASMA"])], fn); fn += 1
        for i, tt in enumerate(tests):
            v = round(tt[5] + rnd.random() * (tt[6] - tt[5]), tt[4])
            flag = "H" if v > tt[3] else ("L" if v < tt[2] else "N")
            fmt = "%%.%df" % tt[4]
            rng = "%s to %s" % (fmt % tt[2], fmt % tt[3])
            rr = ["R|%d|^^^%s|%s|%s|%s|%s||F||%s|" % (i + 1, tt[0], fmt % v, tt[1], rng, flag, ch(["LAB1", "MLT02", "KS"]))]
            if send_dates:
                rr += ["|", P((t - dt.timedelta(seconds=ri(30, 400))).strftime("%Y%m%d%H%M%S"), "date"), "|%s" % sender.split("^")[0]]
            frame(rr, fn); fn = (fn + 1) % 8
        if ri(0, 3) == 0:
            frame(["C|1|I|Sample hemolyzed^HIL %d|G" % ri(1, 4)], fn); fn = (fn + 1) % 8
    frame(["L|1|N"], fn)
    if style != "ast1":
        out.append(astm_line(port, style, ">", "<ACK>"))
    out.append(astm_line(port, style, "<", "<EOT>"))
    return out


# ==========================================================================
# 8. Windows Server event log saved as CSV (Event Viewer "Save All Events As")
# ==========================================================================
def wrow(level, t, source, eid, task, desc):
    L = Ln("windows-evt-csv")
    L.add(level, ",", ampm(t), ",", csvfield([source]), ",", str(eid), ",", csvfield([task]), ",", csvfield(desc))
    return L


def fam_wevt():
    out = []
    if ri(0, 6) == 0:
        out.append(Ln("windows-evt-csv").add("Level,Date and Time,Source,Event ID,Task Category"))
    for _ in range(ri(2, 4)):
        t = tick(3, 240)
        st = ch(STAFF)
        p = pat()
        k = cyc("wevt", [0, 1, 2, 3, 3, 4, 4, 5, 5, 6, 7, 8, 9, 10, 10, 11, 12, 13, 13, 14, 15])
        ws = "PRMH-WS%02d" % ri(1, 40)
        if k == 0:
            out.append(wrow("Information", t, "Microsoft-Windows-Security-Auditing", 4624, "Logon",
                            ["An account was successfully logged on. Subject: Security ID: SYSTEM Account Name: PRMH-APP01$ Account Domain: PRMH Logon ID: 0x3E7 Logon Type: 10 New Logon: Security ID: PRMH\\%s Account Name: %s Account Domain: PRMH Logon ID: 0x%X Network Information: Workstation Name: %s Source Network Address: 10.20.4.%d Source Port: %d" % (st[2], st[2], ri(0x100000, 0xFFFFFFF), ws, ri(20, 90), ri(49152, 65000))]))
        elif k == 1:
            out.append(wrow("Information", t, "Microsoft-Windows-Security-Auditing", 4625, "Logon",
                            ["An account failed to log on. Account For Which Logon Failed: Account Name: %s Account Domain: PRMH Failure Information: Failure Reason: Unknown user name or bad password. Status: 0xC000006D Sub Status: 0xC000006A Network Information: Workstation Name: %s Source Network Address: 10.20.4.%d Source Port: 0" % (st[2], ws, ri(20, 90))]))
        elif k == 2:
            out.append(wrow("Information", t, "Service Control Manager", 7036, "None",
                            ["The %s service entered the %s state." % (ch(["Print Spooler", "Windows Update", "PRMH HL7 Gateway", "HylaFAX Client Agent", "Cache Controller for CACHE"]), ch(["running", "stopped"]))]))
        elif k == 3:
            out.append(wrow("Information", t, "Microsoft-Windows-PrintService", 307, "Printing a document",
                            ["Document %d, Microsoft Word - ROI_" % ri(10, 400), P(p.last.replace(" ", "_"), "name"), "_", P(p.first, "name"),
                             ".docx owned by %s on \\\\%s was printed on HIM-LJ01 through port IP_10.20.6.41. Size in bytes: %d. Pages printed: %d. No user action is required." % (st[2], ws, ri(40000, 900000), ri(1, 14))]))
        elif k == 4:
            out.append(wrow("Error", t, "PRMH HL7 Gateway", 1001, "None",
                            ["ADT^A08 rejected by PRHIS: PID-7 birth date '", P(p.dob.strftime("%Y%m%d"), "date"), "' conflicts with master for MRN ",
                             P(p.mrn, "mrn"), " (", P(pname(p, "ASTM"), "name"), "). Control ID %s%04d" % (t.strftime("%Y%m%d%H%M%S"), ri(1, 9999))]))
        elif k == 5:
            out.append(wrow("Information", t, "OnBase", 2000, "Import",
                            ["Document handle %d imported. DocType: ROI REQUEST. Keywords: MRN=" % ri(4000000, 4999999), P(p.mrn, "mrn"),
                             "; Patient Name=", P(pname(p, "LFs"), "name"), "; Svc Date=", P(mdy4(p.adm), "date"), "; Batch=%d" % ri(10000, 99999)]))
        elif k == 6:
            out.append(wrow("Error", t, "MSSQL$PRMH", 18456, "Logon",
                            ["Login failed for user 'portal_app'. Reason: Password did not match that for the login provided. [CLIENT: 10.20.2.15]"]))
        elif k == 7:
            out.append(wrow("Error", t, "Application Error", 1000, "(100)",
                            ["Faulting application name: PRMHScan.exe, version: 3.2.0.114, time stamp: 0x5f3a2b1c Faulting module name: ntdll.dll, version: 10.0.17763.5329, time stamp: 0x8e1b2a2f Exception code: 0xc0000374 Fault offset: 0x00000000000ff6b9 Faulting process id: 0x%x" % ri(0x100, 0x3fff)]))
        elif k == 8:
            out.append(wrow("Warning", t, "Microsoft-Windows-Time-Service", 129, "None",
                            ["NtpClient was unable to set a domain peer to use as a time source because of discovery error. NtpClient will try again in %d minutes and double the reattempt interval thereafter." % ri(15, 60)]))
        elif k == 9:
            out.append(wrow("Information", t, "VSS", 8224, "None", ["The VSS service is shutting down due to idle timeout."]))
        elif k == 10:
            out.append(wrow("Warning", t, "PRMH HL7 Gateway", 1003, "None",
                            ["ORU^R01 for patient ", P(pname(p, "ASTM"), "name"), " acct ", P(p.acct, "account"), " queued; downstream PRHIS:5001 not responding (retry %d/5)" % ri(1, 5)]))
        elif k == 11:
            out.append(wrow("Information", t, "Microsoft-Windows-GroupPolicy", 1500, "None",
                            ["The Group Policy settings for the computer were processed successfully. There were no changes detected since the last successful processing of Group Policy."]))
        elif k == 13:
            out.append(wrow("Information", t, "PRMH Kiosk", 3010, "Check-In",
                            ["Self check-in completed for ", P(pname(p, "LFs"), "name"), " DOB ", P(mdy4(p.dob), "date"), " phone ",
                             P(fph(p.cell, 3), "phone"), " appt ", P(mdy4(p.appt), "date"), " %s kiosk LOBBY-0%d" % (ch(["08:15", "09:40", "13:20"]), ri(1, 3))]))
        elif k == 15:
            png = base64.b64encode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\xa0\x00\x00\x00\xc8\x08\x02\x00\x00\x00" +
                                   bytes(rnd.randrange(256) for _ in range(ri(400, 800))) + b"\x00\x00\x00\x00IEND\xaeB`\x82").decode()
            out.append(wrow("Information", t, "PRMH Kiosk", 3014, "Photo",
                            ["Registration photo stored for MRN ", P(p.mrn, "mrn"), " (%d bytes) src=data:image/png;base64," % ri(30000, 90000), P(png, "photo")]))
        elif k == 14:
            out.append(wrow("Information", t, "PRMH Kiosk", 3012, "ID Scan",
                            ["Driver license scanned for ", P(pname(p, "LFs"), "name"), ": %s DL " % p.state, P(p.dl, "license"),
                             " EXP %02d/%d; barcode PDF417 parsed OK, kiosk LOBBY-0%d" % (ri(1, 12), ri(2025, 2031), ri(1, 3))]))
        else:
            out.append(wrow("Information", t, "Backup Exec", 34112, "None",
                            ["Backup Exec Alert: Job Success (Server: \"PRMH-BKP01\") (Job: \"PRHIS-Nightly-Full\") PRHIS-Nightly-Full -- The job completed successfully. %d,%03d,%03d bytes." % (ri(1, 90), ri(0, 999), ri(0, 999))]))
    return out


# ==========================================================================
# 9. Perl CGI patient portal on Apache 2.2 (access + error log)
# ==========================================================================
UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 14; SM-A146U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.178 Mobile Safari/537.36",
       "Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Safari/605.1.15"]
PORTAL = "https://portal.prmh.org"


def acc_line(ip, t, req, status, size, ref, ua):
    L = Ln("apache-access")
    L.add(P(ip, "ip"), " - - [", t.strftime("%d/%b/%Y:%H:%M:%S"), " -0500] \"", req,
          " HTTP/1.1\" %d %s \"" % (status, size), ref, "\" \"%s\"" % ua)
    return L


def fam_apache():
    out = []
    p = pat()
    ua = ch(UAS)
    t = tick(10, 600)
    k = ri(0, 5)
    if k == 5:
        # internal health check / static / staff admin (no PHI)
        for _ in range(ri(2, 4)):
            t = tick(1, 60)
            r = ri(0, 3)
            if r == 0:
                out.append(Ln("apache-access").add("10.20.1.5 - - [%s -0500] \"GET /cgi-bin/portal/ping.pl HTTP/1.0\" 200 2 \"-\" \"check_http/v2.2.1 (nagios-plugins 2.2.1)\"" % t.strftime("%d/%b/%Y:%H:%M:%S")))
            elif r == 1:
                out.append(Ln("apache-access").add("10.20.4.%d - %s [%s -0500] \"GET /portal-admin/queue.pl?status=PEND HTTP/1.1\" 200 %d \"-\" \"%s\"" % (ri(20, 90), ch(STAFF)[2], t.strftime("%d/%b/%Y:%H:%M:%S"), ri(2000, 40000), UAS[0])))
            elif r == 2:
                out.append(Ln("apache-error").add("[%s] [notice] Apache/2.2.15 (Unix) DAV/2 mod_ssl/2.2.15 OpenSSL/1.0.1e-fips mod_perl/2.0.4 Perl/v5.10.1 configured -- resuming normal operations" % t.strftime("%a %b %d %H:%M:%S %Y")))
            else:
                out.append(Ln("apache-error").add("[%s] [warn] RSA server certificate CommonName (CN) `portal.prmh.local' does NOT match server name!?" % t.strftime("%a %b %d %H:%M:%S %Y")))
        return out
    ip = p.ip
    out.append(acc_line(ip, t, "GET /cgi-bin/portal/login.pl", 200, ri(3000, 6000), "-", ua))
    t = tick(5, 40)
    if ri(0, 2) == 0:
        out.append(acc_line(ip, t, ["POST /cgi-bin/portal/login.pl"], 302, "-", PORTAL + "/cgi-bin/portal/login.pl", ua))
        t = tick(0, 2)
        L = Ln("apache-error")
        L.add("[", t.strftime("%a %b %d %H:%M:%S %Y"), "] [error] [client ", P(ip, "ip"), "] portal: login failed for user '", P(p.user, "other_id"),
              "' (bad password, attempt %d of 5), referer: %s/cgi-bin/portal/login.pl" % (ri(1, 5), PORTAL))
        out.append(L)
    t = tick(5, 40)
    r = ri(0, 6)
    sess = "%032x" % rnd.getrandbits(128)
    if r == 0:
        out.append(acc_line(ip, t, ["GET /cgi-bin/portal/appt.pl?action=list&pid=", P(p.mrn, "mrn"), "&sid=%s" % sess[:16]], 200, ri(4000, 12000),
                            PORTAL + "/cgi-bin/portal/home.pl", ua))
    elif r == 1:
        out.append(acc_line(ip, t, ["GET /cgi-bin/portal/statement.pl?acct=", P(p.acct, "account"), "&fmt=pdf"], 200, ri(40000, 190000),
                            PORTAL + "/cgi-bin/portal/billing.pl", ua))
    elif r == 2:
        out.append(acc_line(ip, t, ["GET /cgi-bin/portal/verify.pl?lname=", P(p.last.replace(" ", "+"), "name"), "&dob=", P(p.dob.strftime("%m%d%Y"), "date"),
                                    "&zip=", P(p.zip, "zip")], 200, ri(900, 3000), PORTAL + "/cgi-bin/portal/register.pl", ua))
    elif r == 3:
        out.append(acc_line(ip, t, ["GET /cgi-bin/portal/pwreset.pl?email=", P(p.email.replace("@", "%40"), "email")], 200, ri(900, 3000),
                            PORTAL + "/cgi-bin/portal/login.pl", ua))
    elif r == 4:
        out.append(acc_line(ip, t, ["POST /cgi-bin/portal/msg.pl"], 500, 538, PORTAL + "/cgi-bin/portal/inbox.pl", ua))
        t = tick(0, 1)
        L = Ln("apache-error")
        L.add("[", t.strftime("%a %b %d %H:%M:%S %Y"), "] [error] [client ", P(ip, "ip"), "] DBD::ODBC::st execute failed: [unixODBC][FreeTDS][SQL Server]String or binary data would be truncated. (SQL-22001) [for Statement \"INSERT INTO PortalMsg (PatMRN, Subj, Body) VALUES (?,?,?)\" with ParamValues: 1='",
              P(p.mrn, "mrn"), "', 2='Refill request', 3=...] at /var/www/cgi-bin/portal/msg.pl line %d., referer: %s/cgi-bin/portal/inbox.pl" % (ri(100, 400), PORTAL))
        out.append(L)
    elif r == 5:
        out.append(acc_line(ip, t, ["GET /cgi-bin/portal/appt.pl?action=book&slot=%d" % ri(10000, 99999)], 500, 538, PORTAL + "/cgi-bin/portal/appt.pl", ua))
        t = tick(0, 1)
        L = Ln("apache-error")
        L.add("[", t.strftime("%a %b %d %H:%M:%S %Y"), "] [error] [client ", P(ip, "ip"), "] Use of uninitialized value $dob in concatenation (.) or string at /var/www/cgi-bin/portal/appt.pl line %d., referer: %s/cgi-bin/portal/appt.pl?action=list" % (ri(90, 300), PORTAL))
        out.append(L)
        L = Ln("apache-error")
        L.add("[", t.strftime("%a %b %d %H:%M:%S %Y"), "] [error] [client ", P(ip, "ip"), "] Premature end of script headers: appt.pl, referer: %s/cgi-bin/portal/appt.pl?action=list" % PORTAL)
        out.append(L)
    else:
        out.append(acc_line(ip, t, ["GET /cgi-bin/portal/profile.pl?u=", P(p.user, "other_id")], 200, ri(4000, 9000), P(PORTAL + "/u/" + p.user + "/home.html", "url"), ua))
    for _ in range(ri(0, 2)):
        t = tick(0, 3)
        out.append(acc_line(ip, t, ch(["GET /portal/img/prmh_logo.gif", "GET /portal/css/portal.css", "GET /portal/js/jquery-1.4.2.min.js", "GET /favicon.ico"]),
                            *(lambda c: (c, "-" if c == 304 else str(ri(300, 60000))))(ch([200, 200, 304])), PORTAL + "/cgi-bin/portal/home.pl", ua))
    return out


# ==========================================================================
# 10. COBOL batch on z/OS JES2 (JESMSGLG + SYSOUT DISPLAY)
# ==========================================================================
JOBNUM = [4500]


def fam_jes():
    out = []
    t = tick(60, 900)
    JOBNUM[0] += ri(1, 12)
    jn = "JOB%05d" % JOBNUM[0]
    job, step, prog = ch([("PRCLM01N", "STEP010", "PRCLM310"), ("PRREM02N", "STEP020", "PRREM220"),
                          ("PRELG03N", "STEP010", "PRELG110"), ("PRCHG04N", "STEP030", "PRCHG405")])

    def jl(txt_pieces, tt=None):
        tt = tt or tick(0, 3)
        return Ln("jes2-cobol").add("%s %s  " % (tt.strftime("%H.%M.%S"), jn), txt_pieces)
    if ri(0, 2) == 0:
        out.append(Ln("jes2-cobol").add("%s %s ---- %s ----" % (t.strftime("%H.%M.%S"), jn, t.strftime("%A, %d %b %Y").upper().replace(",", ",   ", 1)[:28].rstrip())))
        out.append(jl("IRR010I  USERID PRBATCH  IS ASSIGNED TO THIS JOB.", t))
    out.append(jl("$HASP373 %s STARTED - INIT %d    - CLASS A        - SYS PRM1" % (job, ri(1, 6))))
    out.append(jl("IEF403I %s - STARTED - TIME=%s" % (job, NOW[0].strftime("%H.%M.%S"))))
    out.append(jl("+%s0310I PROCESSING BATCH %s-%02d  RECORDS=%06d" % (prog[:5], t.strftime("%y%m%d"), ri(1, 9), ri(40, 900))))
    for _ in range(ri(1, 3)):
        p = pat()
        k = cyc("jes", [0, 1, 2, 3, 4, 5, 6, 7, 8])
        if k == 4:
            p = ch([q for q in PEOPLE if q.card])
        if k == 7:
            p = ch(OLDEST)
        if k == 8:
            p = ch([q for q in PEOPLE if q.vin])
        if k == 0:
            out.append(jl(["+%s0342W SUBSCRIBER ID INVALID ACCT=" % prog[:5], P(p.acct, "account"), " PAT=", padl(P(pname(p), "name"), 26),
                           "ID=", P(p.ins, "health_plan") if p.ins else "**NONE**"]))
        elif k == 1:
            out.append(jl(["+%s0351E DOB/SEX CONFLICT MRN=" % prog[:5], P(p.mrn, "mrn"), " DOB=", P(p.dob.strftime("%Y%m%d"), "date"), " SEX=%s DX=%s" % (p.sex, "O80" if p.sex == "M" else "N40.0")]))
        elif k == 2:
            out.append(jl(["+%s0360W SSN ON FILE DIFFERS FROM 270 RESP ACCT=" % prog[:5], P(p.acct, "account"), " SSN=", P(p.ssn, "ssn")]))
        elif k == 3:
            out.append(jl(["+%s0399E BAD PACKED DATA IN CLM-CHG-AMT, RECORD FOLLOWS:" % prog[:5]]))
            rec = [P(p.acct, "account"), padl(P(pname(p), "name"), 30), P(p.dob.strftime("%Y%m%d"), "date"), padl(P(p.ins, "health_plan") if p.ins else "", 15),
                   P(p.ssn, "ssn"), P(p.adm.strftime("%Y%m%d"), "date"), "0111", "%07d" % ri(0, 999999), "...{.....0.."]
            out.append(jl(["+", rec]))
        elif k == 7:
            out.append(jl(["+%s0115W AGE " % prog[:5], P(str(p.age), "age"), " > 89 ENTITLEMENT RECHECK ACCT=", P(p.acct, "account"),
                           " MBI=", P(p.ins, "health_plan"), " PART A EFF ", P(cyymmdd(dt.date(p.dob.year + 65, p.dob.month, 1)), "date")]))
        elif k == 8:
            out.append(jl(["+%s0405W TPL HOLD ACCT=" % prog[:5], P(p.acct, "account"), " VIN=", P(p.vin, "vehicle"), " LIC=", P(p.plate, "vehicle"),
                           " CASE=", P(p.claim, "other_id")]))
        elif k == 6:
            out.append(jl(["+%s0221I ADDR CHG ACCT=" % prog[:5], P(p.acct, "account"), " ", padl(P(p.street, "address"), 22), padl(P(p.city, "address"), 16),
                           p.state, " ", P(p.zip, "zip"), " CNTY=", P(p.county, "address")]))
        elif k == 4:
            out.append(jl(["+%s0412E CARD AUTH DECLINED ACCT=" % prog[:5], P(p.acct, "account"), " PAN=", P(p.card, "account"), " EXP=%02d%02d RC=05" % (ri(1, 12), ri(25, 30))]))
        else:
            out.append(jl(["+%s0377I REMIT MATCHED ICN %d%010d AMT %d.%02d" % (prog[:5], ri(10, 29), ri(0, 9999999999), ri(10, 9000), ri(0, 99))]))
    r = ri(0, 5)
    if r == 0:
        out.append(jl("IGZ0035S There was an unsuccessful OPEN or CLOSE of file CLMOUT in program %s at relative location X'%04X'. Neither FILE STATUS nor an ERROR declarative were specified. The status code was 35." % (prog, ri(0x400, 0x3FFF))))
        out.append(jl("CEE3250C The system or user abend U4038 R=00000000 was issued."))
        out.append(jl("IEF450I %s %s - ABEND=S000 U4038 REASON=00000001" % (job, step)))
        out.append(jl("$HASP395 %s ENDED - ABEND=U4038" % job))
    elif r == 1:
        out.append(jl("CEE3207S The system detected a data exception (System Completion Code=0C7)."))
        out.append(jl("IEF450I %s %s - ABEND=S0C7 U0000 REASON=00000007" % (job, step)))
        out.append(jl("$HASP395 %s ENDED - ABEND=S0C7" % job))
    else:
        cc = ch(["0000", "0000", "0004", "0008"])
        out.append(jl("IEF142I %s %s - STEP WAS EXECUTED - COND CODE %s" % (job, step, cc)))
        out.append(jl("IEF404I %s - ENDED - TIME=%s" % (job, NOW[0].strftime("%H.%M.%S"))))
        out.append(jl("$HASP395 %s ENDED - RC=%s" % (job, cc)))
    return out


# ==========================================================================
# 11. Telehealth cart (log4j text + JSON telemetry)
# ==========================================================================
CART = ["TC-01", "TC-03", "TC-ED1"]


def b64jpeg(n):
    raw = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00" + bytes(rnd.randrange(256) for _ in range(n)) + b"\xff\xd9"
    return base64.b64encode(raw).decode()


def b64tmpl(n):
    raw = b"FIR\x00020\x00" + bytes(rnd.randrange(256) for _ in range(n))
    return base64.b64encode(raw).decode()


def fam_tele():
    out = []
    cart = ch(CART)
    p = pat()
    if ri(0, 4) < 2:
        p = ch([q for q in PEOPLE if q.first in ACCENT or q.last in ACCENT])
    st = ch(CLIN)
    visit = "V%s-%04d" % (NOW[0].strftime("%y%m%d"), ri(1, 400))

    def l4(level, logger, thread, pieces):
        t = tick(0, 20)
        return Ln("telecart-log4j").add("%s,%03d %-5s [%s] (%s) " % (t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000, level, logger, thread), pieces)

    def js(pairs):
        t = tick(0, 20)
        tu = t + dt.timedelta(hours=5)
        pcs = ['{"ts":"%s.%03dZ","lvl":"info","cart":"%s"' % (tu.strftime("%Y-%m-%dT%H:%M:%S"), t.microsecond // 1000, cart)]
        for k, v in pairs:
            pcs.append(',"%s":' % k)
            if isinstance(v, list):
                pcs.append(v)
            elif isinstance(v, (int, float)):
                pcs.append(json.dumps(v))
            else:
                pcs.append(jv(v))
        pcs.append("}")
        return Ln("telecart-json").add(pcs)
    k = cyc("tele", [0, 1, 2, 2, 3, 3, 4, 4, 5, 6])
    if k == 3 and ri(0, 1):
        p = ch([q for q in PEOPLE if q.imei])
    if k <= 1:
        out.append(l4("INFO", "cart.session", "main", "Session %s requested by %s; consult=%s" % (visit, st[3], ch(["TELESTROKE", "TELEPSYCH", "INFECTIOUS DZ", "WOUND CARE"]))))
        out.append(js([("evt", "visit.open"), ("visitId", visit),
                       ("pt", ['{"mrn":', jv(p.mrn, "mrn"), ',"name":', jv(pname(p, "mixedLF"), "name"), ',"dob":', jv(p.dob.isoformat(), "date"),
                               ',"age":', P(str(p.age), "age" if p.age > 89 else None), ',"sex":"%s"}' % p.sex]),
                       ("provider", st[3]), ("room", "%s-%02d" % (ch(["ER", "3W", "2W"]), ri(1, 20)))]))
        out.append(l4("INFO", "cart.media", "pool-2-thread-%d" % ri(1, 8), "WebRTC connected: local 10.20.9.%d:%d <-> remote 52.%d.%d.%d:3478 (TURN/TLS) codec=H264 %s@30" % (ri(10, 60), ri(40000, 60000), ri(0, 255), ri(0, 255), ri(1, 254), ch(["1280x720", "1920x1080", "640x360"]))))
        if ri(0, 2):
            out.append(l4("DEBUG", "cart.capture", "camera-0", ["Snapshot attached to visit %s patientPhoto=data:image/jpeg;base64," % visit, P(b64jpeg(ri(300, 700)), "photo")]))
        out.append(l4("INFO", "cart.session", "main", "Session %s closed after %d s, packets lost %.2f%%" % (visit, ri(300, 3600), rnd.random() * 2)))
    elif k == 2:
        # home patient joining from own device
        link = "https://tele.prmh.org/v/%s-%s-%s" % (p.last.lower().replace(" ", "-").replace("'", ""), p.first.lower(), p.appt.strftime("%m%d"))
        out.append(l4("INFO", "cart.invite", "main", ["Invite sent to ", P(p.email, "email"), " link=", P(link, "url"), " appt=", P(p.appt.strftime("%Y-%m-%d"), "date"), " 10:30"]))
        out.append(js([("evt", "peer.join"), ("visitId", visit), ("peerIp", jv(p.ip, "ip")),
                       ("ua", "Safari/17.3 iOS"), ("rtt_ms", ri(30, 180))]))
    elif k == 3:
        # remote patient monitoring kit pairing
        if p.imei:
            out.append(l4("INFO", "rpm.gateway", "ble-1", ["Cellular hub online imei=", P(p.imei, "device"), " patient=", P(p.mrn, "mrn"), " rssi=-%d" % ri(60, 100)]))
            out.append(js([("evt", "rpm.pair"), ("hubMac", jv(p.mac, "device")), ("periph", "A&D UA-651BLE"),
                           ("periphSn", jv(p.rpm, "device")), ("batt", ri(40, 100))]))
        else:
            out.append(js([("evt", "rpm.reading"), ("deviceSerial", jv(p.rpm, "device")), ("mrn", jv(p.mrn, "mrn")),
                           ("sys", ri(100, 180)), ("dia", ri(60, 100)), ("pulse", ri(50, 110))]))
    elif k == 4:
        out.append(l4("INFO", "cart.idverify", "main", ["Face match for visit %s score=0.%03d template=" % (visit, ri(700, 999)), P(b64tmpl(ri(120, 240)), "biometric")]))
        out.append(l4("INFO", "cart.idverify", "main", ["Identity confirmed: ", P(pname(p, "mixed"), "name"), " (", P(p.mrn, "mrn"), ")"]))
    else:
        for _ in range(ri(2, 3)):
            r = ri(0, 4)
            if r == 0:
                out.append(js([("evt", "health"), ("batt", ri(20, 100)), ("charging", ch([True, False])), ("wifi", [json.dumps({"ssid": "PRMH-CLIN", "rssi": -ri(45, 80), "bssid": "a4:%02x:%02x:%02x:%02x:%02x" % tuple(ri(0, 255) for _ in range(5))}, separators=(",", ":"))]), ("fw", "4.12.%d" % ri(0, 9))]))
            elif r == 1:
                out.append(l4("WARN", "cart.media", "pool-2-thread-%d" % ri(1, 8), "Jitter buffer underrun, %d ms; bitrate reduced to %d kbps" % (ri(40, 300), ri(400, 1800))))
            elif r == 2:
                out.append(l4("INFO", "cart.periph", "usb-2", "Peripheral attached: Eko CORE 500 stethoscope sn=EKO-%d fw 2.%d.%d" % (ri(100000, 999999), ri(0, 9), ri(0, 20))))
            elif r == 3:
                out.append(l4("INFO", "cart.ntp", "timer-0", "NTP sync ok with 10.20.1.2 offset=%d ms" % ri(-40, 40)))
            else:
                out.append(l4("ERROR", "cart.update", "updater", "OTA check failed: https://updates.vendor-tele.example/api/v2/carts/%s/manifest returned HTTP 503" % cart))
    return out


# ==========================================================================
# 12. Postfix relay (maillog)
# ==========================================================================
def qid():
    return "%X" % rnd.getrandbits(40)


MX = {"gmail.com": ("gmail-smtp-in.l.google.com", "142.250.%d.%d"), "yahoo.com": ("mta7.am0.yahoodns.net", "67.195.%d.%d"),
      "outlook.com": ("outlook-com.olc.protection.outlook.com", "52.101.%d.%d"), "hotmail.com": ("hotmail-com.olc.protection.outlook.com", "52.101.%d.%d"),
      "windstream.net": ("mx.windstream.net", "162.39.%d.%d"), "nctc.net": ("mx1.nctc.net", "204.116.%d.%d"),
      "icloud.com": ("mx01.mail.icloud.com", "17.57.%d.%d")}


def mx_reply(dom):
    if dom == "gmail.com":
        return "250 2.0.0 OK  %d %s.%d - gsmtp" % (ri(1741900000, 1742000000), "%x" % rnd.getrandbits(44), ri(1, 600))
    if dom == "yahoo.com":
        return "250 ok dirdel"
    if dom in ("outlook.com", "hotmail.com"):
        return "250 2.6.0 <%s@prmh.org> [InternalId=%d, Hostname=BN8NAM12HT%03d.eop-nam12.prod.protection.outlook.com] %d bytes in 0.%03d, %.3f KB/sec Queued mail for delivery" % (
            "%X" % rnd.getrandbits(48), ri(10 ** 12, 10 ** 13), ri(1, 300), ri(2000, 90000), ri(100, 999), rnd.random() * 900)
    if dom == "icloud.com":
        return "250 2.0.0 Ok: queued as %s" % ("%08x-%04x" % (rnd.getrandbits(32), rnd.getrandbits(16)))
    return "250 2.0.0 Ok: queued as %s" % qid()


def fam_postfix():
    out = []
    q = qid()
    host = "prmhrelay01"
    src = ch([("prmhportal01.prmh.local", "10.20.2.15"), ("prmhfax01.prmh.local", "10.20.2.21"), ("PRMH-APP01.prmh.local", "10.20.2.30")])
    pid = ri(2000, 9000)

    def ml(proc, pieces):
        t = tick(0, 2)
        return Ln("postfix-maillog").add("%s %s postfix/%s: " % (syslog_ts(t), host, proc), pieces)
    tick(20, 700)
    out.append(ml("smtpd[%d]" % pid, "connect from %s[%s]" % src))
    out.append(ml("smtpd[%d]" % pid, "%s: client=%s[%s]" % ((q,) + src)))
    out.append(ml("cleanup[%d]" % (pid + 2), "%s: message-id=<%s.%s@%s>" % (q, NOW[0].strftime("%Y%m%d%H%M%S"), q, src[0])))
    p = pat()
    to_pat = ri(0, 2) > 0
    if to_pat:
        rcpt = P(p.email, "email")
        frm = ch(["noreply@prmh.org", "portal-notify@prmh.org", "billing-noreply@prmh.org"])
        if ri(0, 1):
            subj = ch([["Appointment reminder: ", P(pname(p, "UP"), "name"), " ", P(p.appt.strftime("%m/%d/%Y"), "date"), " 10:30"],
                       ["Your statement for account ", P(p.acct, "account"), " is ready"],
                       ["New secure message for ", P(pname(p, "UP"), "name")]])
            out.append(ml("cleanup[%d]" % (pid + 2), ["%s: warning: header Subject: " % q, subj, " from %s[%s]; from=<%s> to=<" % (src[0], src[1], frm), rcpt,
                                                       "> proto=ESMTP helo=<%s>" % src[0].split(".")[0]]))
    else:
        rcpt = ch(["him@prmh.org", "ithelpdesk@prmh.org", "edi-support@clearinghouse-example.com", "alerts@prmh.org"])
        frm = ch(["root@prmhfax01.prmh.local", "cache@prmh-app01.prmh.local", "noreply@prmh.org"])
    out.append(ml("qmgr[1890]", "%s: from=<%s>, size=%d, nrcpt=1 (queue active)" % (q, frm, ri(900, 90000))))
    if to_pat:
        dom = p.email.split("@")[1]
        mx = MX[dom]
        if ri(0, 4) == 0:
            out.append(ml("smtp[%d]" % (pid + 5), ["%s: to=<" % q, rcpt, ">, relay=%s[%s]:25, delay=%.1f, delays=0.1/0.01/0.4/%.1f, dsn=5.1.1, status=bounced (host %s[%s] said: 550 5.1.1 <" % (
                mx[0], mx[1] % (ri(0, 255), ri(1, 254)), rnd.random() * 3, rnd.random(), mx[0], mx[1] % (ri(0, 255), ri(1, 254))),
                P(p.email, "email"), ">: Recipient address rejected: User unknown (in reply to RCPT TO command))"]))
            out.append(ml("bounce[%d]" % (pid + 7), "%s: sender non-delivery notification: %s" % (q, qid())))
        else:
            out.append(ml("smtp[%d]" % (pid + 5), ["%s: to=<" % q, rcpt, ">, relay=%s[%s]:25, delay=%.1f, delays=0.1/0.01/0.4/%.1f, dsn=2.0.0, status=sent (%s)" % (
                mx[0], mx[1] % (ri(0, 255), ri(1, 254)), rnd.random() * 3, rnd.random(), mx_reply(dom))]))
    else:
        out.append(ml("smtp[%d]" % (pid + 5), "%s: to=<%s>, relay=10.20.2.40[10.20.2.40]:25, delay=0.3, delays=0.02/0/0.1/0.2, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as %s)" % (q, rcpt, qid())))
    out.append(ml("qmgr[1890]", "%s: removed" % q))
    out.append(ml("smtpd[%d]" % pid, "disconnect from %s[%s] ehlo=1 mail=1 rcpt=1 data=1 quit=1 commands=5" % src))
    return out


# ==========================================================================
# assemble
# ==========================================================================
FAMS = [(fam_mumps, 8), (fam_journal, 6), (fam_console, 5), (fam_joblog, 6), (fam_spool, 6), (fam_fax, 10),
        (fam_astm, 3), (fam_wevt, 15), (fam_apache, 16), (fam_jes, 5), (fam_tele, 17), (fam_postfix, 5)]


def main():
    lines = []
    sched = [f for f, n in FAMS for _ in range(n)]
    rnd.shuffle(sched)
    funcs = [f for f, _ in FAMS]
    weights = [w for _, w in FAMS]
    while len(lines) < N_LINES:
        f = sched.pop(0) if sched else rnd.choices(funcs, weights)[0]
        lines.extend(f())
    lines = lines[:N_LINES]
    logb = bytearray()
    labs = []
    for n, L in enumerate(lines, 1):
        b = bytes(L.b)
        st = b.rstrip(b" ")
        if all(e <= len(st) for _, e, _, _ in L.sp):
            b = st
        assert b"\n" not in b and b"\r" not in b, (n, b)
        assert len(b) <= 4000, (n, len(b))
        b.decode("utf-8")
        prev = 0
        spans = []
        for s, e, cat, val in sorted(L.sp):
            assert s >= prev, ("overlap", n)
            assert b[s:e] == val, ("mismatch", n, b[s:e], val)
            assert e > s
            prev = e
            spans.append({"s": s, "e": e, "cat": cat})
        logb += b + b"\n"
        labs.append(json.dumps({"line": n, "family": L.fam, "spans": spans}))
    with open(os.path.join(HERE, ID + ".log"), "wb") as fh:
        fh.write(bytes(logb))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(labs) + "\n")


if __name__ == "__main__":
    main()
