#!/usr/bin/env python3
"""Synthetic labeled log corpus "lu": a rural hospital's legacy systems and
their migration to a new EHR.

Systems imitated: IBM i (AS/400) patient accounting (job logs with CPF/MCH/RNQ
messages, fixed-width spool reports with page headers), an EBCDIC-to-ASCII
extract converter, a MUMPS (VistA-style, GT.M) clinical system (ZWRITE global
dumps, ^%ZTER error-trap displays), a Python/pandas reconciliation tool
(logging, tracebacks, DataFrame reprs, unified diffs, CSV mismatch report,
JSON lines), Informatica PowerCenter session logs and reject (.bad) files,
SQL Server BULK INSERT / bcp messages and error files, pdftotext output of
printed patient statements, Windows file-share audit events (Snare, NXLog JSON,
event XML), TN5250 screen scrapes and help-desk ticket work notes.

All people, numbers and addresses are synthetic.  Standard library only,
deterministic (fixed seed).  Writes lu.log and lu.labels.jsonl beside itself.

Labeling decisions:
- Labeled people: patients, guarantors, subscribers, relatives and emergency
  contacts.  Not labeled: clinicians (attending physicians), hospital staff and
  their user profiles / Windows accounts / e-mail, the hospital's own address,
  phone and PO box, payers, vendors, job users (PABATCH, svc_infa ...).
- Names: "Last, First M" / "LAST,FIRST M" / "First Last" is one span; when a
  file name joins name parts with "_" each part is its own span.  Names
  mangled by code-page conversion ("MU?OZ, CARLOS") are still names.  Hex
  dumps: only the readable character column is labeled, never the hex bytes.
- Address: street line, city and county are separate "address" spans; the
  state is not labeled; ZIP / ZIP+4 is "zip".  Facility addresses not labeled.
- Dates labeled: birth, admission, discharge, service, accident, implant and
  appointment dates and the MUMPS "date entered into file" (registration)
  of a patient, in any notation (MM/DD/YY, ISO, CYYMMDD, FileMan 2311104,
  FileMan date-time 3240312.143, "NOV 4,1931"), also malformed DOB values
  that come from a patient's field (02/30/1951).  Not labeled: log timestamps,
  report run / "as of" / statement / bill / due dates (billing-cycle dates
  shared by every account in the run), years alone.
- Age labeled only when > 89 (e.g. "92", "096Y" -> the digits only).
- mrn: legacy 7-digit medical record numbers and the new EHR's PVnnnnnnnn.
  account: legacy patient/visit account numbers and guarantor accounts, card
  numbers.  health_plan: Medicare MBI, Medicaid IDs, member/subscriber IDs
  (group numbers are plan-wide and not labeled).  other_id: MUMPS DFN (the
  patient's internal entry number), new-EHR encounter numbers, portal user
  names, auto-insurance claim numbers of the patient's accident.
- Not labeled: relative record numbers, row numbers and file offsets in
  load errors, job numbers, batch/run ids, trace ids, hashes, masked values
  showing at most 4 digits (XXX-XX-9037), hex-encoded bytes.
- ssn: with or without dashes/spaces; the MUMPS external form "411-82-9037"
  and internal "411829037" are separate spans.
- device: patient implant serials / UDI; vehicle: VIN and plate of the
  patient's car in an accident claim; license: patient/guarantor driver's
  licence; ip: the patient's public IP from the portal; biometric: palm-vein
  template; photo: base64 face JPEG; url: personal fundraising page.
- Truncated values (e-mail cut by SQL truncation) are labeled with the
  category of the full value.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import string
import unicodedata

import random

HERE = os.path.dirname(os.path.abspath(__file__))
ID = "lu"
R = random.Random(20240316 * 21 + 7)
TARGET = 500


# --------------------------------------------------------------------------
# line builder with byte offsets
class Line:
    def __init__(self, fam):
        self.fam = fam
        self.parts = []
        self.nb = 0
        self.spans = []

    def t(self, s):
        s = str(s)
        self.parts.append(s)
        self.nb += len(s.encode("utf-8"))

    def p(self, s, cat):
        s = str(s)
        if cat is None:
            return self.t(s)
        b = len(s.encode("utf-8"))
        self.spans.append((self.nb, self.nb + b, cat, s))
        self.parts.append(s)
        self.nb += b

    def text(self):
        return "".join(self.parts)


def mk(fam, *items):
    ln = Line(fam)

    def add(it):
        if isinstance(it, tuple):
            ln.p(it[0], it[1])
        elif isinstance(it, list):
            for x in it:
                add(x)
        else:
            ln.t(it)

    for it in items:
        add(it)
    return ln


def lj(v, w, cat=None):
    v = str(v)
    pad = " " * max(0, w - len(v))
    return [(v, cat), pad] if cat else v + pad


def rj(v, w, cat=None):
    v = str(v)
    pad = " " * max(0, w - len(v))
    return [pad, (v, cat)] if cat else pad + v


# --------------------------------------------------------------------------
# clock (log timestamps only; never labeled)
class Clock:
    def __init__(self):
        self.t = dt.datetime(2024, 3, 16, 0, 41, 7, 118000)

    def tick(self, a=1, b=40):
        self.t += dt.timedelta(seconds=R.randint(a, b), microseconds=R.randint(0, 999999))
        return self.t


CLK = Clock()
RUN_DATE = dt.date(2024, 3, 16)
MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def mdy2(d):
    return d.strftime("%m/%d/%y")


def mdy4(d):
    return d.strftime("%m/%d/%Y")


def mdy_np(d):
    return "%d/%d/%02d" % (d.month, d.day, d.year % 100)


def iso(d):
    return d.strftime("%Y-%m-%d")


def ymd8(d):
    return d.strftime("%Y%m%d")


def cyymmdd(d):
    return "%d%02d%02d%02d" % (0 if d.year < 2000 else 1, d.year % 100, d.month, d.day)


def fileman(d):
    return "%d%02d%02d" % (d.year - 1700, d.month, d.day)


def fm_ext(d):
    return "%s %d,%d" % (MON[d.month - 1], d.day, d.year)


def dmy_mon(d):
    return "%02d-%s-%d" % (d.day, MON[d.month - 1], d.year)


def age_on(dob, on=RUN_DATE):
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


# --------------------------------------------------------------------------
# people
PAT_TPL = [
    ("Clyde", "Roy", "Hatfield", "M", 1931),
    ("María", "Elena", "Gutiérrez-López", "F", None),
    ("Sean", "Patrick", "McAllister", "M", None),
    ("Thi Thanh", "", "Nguyen", "F", None),
    ("Jan-Willem", "", "van der Berg", "M", None),
    ("Oluwaseun", "T", "Adeyemi", "M", None),
    ("Ludmila", "", "Nováková", "F", None),
    ("Yusuf", "", "Al-Hashimi", "M", None),
    ("Bridget", "Anne", "O'Connor", "F", None),
    ("Carlos", "Alberto", "Muñoz", "M", None),
    ("Zofia", "", "Wiśniewska", "F", None),
    ("Tevita", "", "Fifita", "M", None),
    ("Mehmet", "Ali", "Yılmaz", "M", None),
    ("Leilani", "K", "Kahananui", "F", None),
    ("D'Andre", "L", "Washington", "M", None),
    ("Annaliese", "", "St. Clair", "F", None),
    ("Björn", "", "Ekström", "M", None),
    ("Fatima Zahra", "", "Benali", "F", None),
    ("Wendell", "Ray", "Pruitt", "M", None),
    ("Ethel", "Mae", "Crenshaw", "F", 1927),
    ("Delbert", "J", "Yoder", "M", None),
    ("Verna", "", "Hochstetler", "F", 1932),
    ("Amos", "", "Stoltzfus", "M", None),
    ("Wei-Ling", "", "Cheng", "F", None),
    ("Siobhan", "", "MacNeil", "F", None),
    ("Rafael", "", "Quiñones-Ortiz", "M", None),
    ("Eun-ji", "", "Park", "F", None),
    ("Kwame", "", "Mensah", "M", None),
    ("Gustavo", "", "da Silva", "M", None),
    ("Marguerite", "", "LaFleur", "F", 1957),
    ("Hollis", "Dean", "Blevins", "M", None),
    ("Opal", "Louise", "Whitaker", "F", 1929),
    ("Lorenzo", "", "Di Stefano", "M", None),
    ("Priya", "", "Raghunathan", "F", None),
    ("Hiroshi", "", "Tanaka", "M", 1933),
    ("Rosa", "Isela", "Espinoza", "F", 1951),
    ("Ingrid", "", "Solberg", "F", None),
    ("Jean-Baptiste", "", "de la Cruz", "M", None),
    ("Arlene", "", "Schumacher", "F", 1930),
    ("Vo Minh", "", "Khoa", "M", None),
]

CITIES = [
    ("HOLYROOD", "67450", "ELLSWORTH"), ("LORRAINE", "67459", "ELLSWORTH"),
    ("WILSON", "67490", "ELLSWORTH"), ("DORRANCE", "67634", "RUSSELL"),
    ("BUNKER HILL", "67626", "RUSSELL"), ("SYLVAN GROVE", "67481", "LINCOLN"),
    ("ELLSWORTH", "67439", "ELLSWORTH"), ("KANOPOLIS", "67454", "ELLSWORTH"),
    ("LUCAS", "67648", "RUSSELL"), ("CLAFLIN", "67525", "BARTON"),
    ("MARQUETTE", "67464", "MCPHERSON"), ("TESCOTT", "67484", "OTTAWA"),
]

SPECIAL = {"ı": "I", "ł": "L", "ø": "O", "Ø": "O", "ß": "SS"}


def ascii_up(s):
    s = "".join(SPECIAL.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.upper()


def gen_ssn():
    while True:
        a = R.randint(1, 665)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def gen_vin():
    wmi = R.choice(["1FT", "1GC", "3GN", "2T1", "1HG", "5NP", "1C6"])
    body = "".join(R.choice(VIN_CH) for _ in range(5))
    yr = R.choice("EFGHJKLM")
    return wmi + body + R.choice("0123456789X") + yr + R.choice("ABCDEFGHKL") + "%06d" % R.randint(0, 999999)


def gen_mbi():
    alpha = "ACDEFGHJKMNPQRTUVWXY"
    an = alpha + "0123456789"
    return (str(R.randint(1, 9)) + R.choice(alpha) + R.choice(an) + str(R.randint(0, 9)) +
            R.choice(alpha) + R.choice(an) + str(R.randint(0, 9)) + R.choice(alpha) +
            R.choice(alpha) + str(R.randint(0, 9)) + str(R.randint(0, 9)))


def street():
    k = R.randrange(6)
    if k == 0:
        return "RR %d BOX %d" % (R.randint(1, 4), R.randint(10, 399))
    if k == 1:
        return "%d COUNTY ROAD %d" % (R.randint(100, 2999), R.randint(1, 40))
    if k == 2:
        return "%d %s %s %s" % (R.randint(10, 999), R.choice("NSEW"),
                                R.choice(["MAIN", "ELM", "OAK", "KANSAS", "LINCOLN", "DOUGLAS", "3RD", "7TH"]),
                                R.choice(["ST", "AVE"]))
    if k == 3:
        return "HC %d BOX %d" % (R.randint(60, 80), R.randint(1, 99))
    if k == 4:
        return "%d %s" % (R.randint(1000, 9999), R.choice(["AVENUE K", "AVE M", "20TH RD", "ROAD 190", "PRAIRIE VIEW LN", "OLD HWY 40"]))
    return "%d %s %s APT %d" % (R.randint(100, 899), R.choice(["CEDAR", "WALNUT", "COTTONWOOD", "SUNFLOWER"]),
                                R.choice(["DR", "CT", "LN"]), R.randint(1, 12))


def title_addr(s):
    w = string.capwords(s.lower())
    for a, b in (("Rr ", "RR "), ("Hc ", "HC "), ("Apt ", "Apt "), (" N ", " N "), ("Ave M", "Ave M")):
        w = w.replace(a, b)
    return w


class P:
    pass


def make_people():
    out = []
    used_mrn = set()
    for i, (fn, mn, ln, sex, yr) in enumerate(PAT_TPL):
        p = P()
        p.first, p.middle, p.last, p.sex = fn, mn, ln, sex
        y = yr if yr else R.randint(1936, 2019)
        p.dob = dt.date(y, R.randint(1, 12), R.randint(1, 28))
        p.age = age_on(p.dob)
        p.ssn = gen_ssn()
        while True:
            m = "%07d" % R.randint(100000, 999999)
            if m not in used_mrn:
                used_mrn.add(m)
                break
        p.mrn = m
        p.nmrn = "PV" + m.rjust(8, "0")
        p.acct = str(R.randint(100100000, 100899999))
        p.acct2 = str(R.randint(100100000, 100899999))
        p.enc = "ENC-%07d" % R.randint(7000000, 7999999)
        p.dfn = str(R.randint(1200, 98000))
        p.street = street()
        p.city, p.zip, p.county = R.choice(CITIES)
        p.zip4 = p.zip + "-%04d" % R.randint(1000, 9899)
        area = R.choice(["785", "785", "620", "785"])
        exch = R.choice([x for x in range(212, 989) if x != 555])
        p.ph = (area, "%03d" % exch, "%04d" % R.randint(0, 9999))
        p.ph2 = (area, "%03d" % R.choice([x for x in range(212, 989) if x != 555]), "%04d" % R.randint(0, 9999))
        lo = ascii_up(ln).lower().replace(" ", "").replace("'", "")
        fo = ascii_up(fn).lower().replace(" ", "").replace("'", "")
        p.email = R.choice([
            "%s.%s@gmail.com" % (fo, lo), "%s%s%02d@yahoo.com" % (fo[0], lo, p.dob.year % 100),
            "%s%s@ruraltel.net" % (lo, fo[0]), "%s_%s%d@outlook.com" % (fo, lo, R.randint(1, 99)),
            "%s%s%d@hotmail.com" % (fo, lo, p.dob.year)])
        p.portal = "%s%s%02d" % (fo[0], lo[:10], R.randint(1, 99))
        ins = R.random()
        if p.age >= 65 or ins < 0.2:
            p.plan = ("MCR", "MEDICARE PART A", gen_mbi())
        elif ins < 0.5:
            p.plan = ("MCD", "KANCARE", "%010d" % R.randint(1000000000, 9999999999))
        elif ins < 0.8:
            p.plan = ("BCBS", "BCBS OF KANSAS", "XKP%09d" % R.randint(0, 999999999))
        else:
            p.plan = ("AETNA", "AETNA CHOICE POS II", "W%09d" % R.randint(0, 999999999))
        p.adm = dt.date(2024, R.randint(1, 3), R.randint(1, 14))
        p.dis = p.adm + dt.timedelta(days=R.randint(0, 6))
        p.bal = R.randint(1200, 950000) / 100.0
        p.dl = "K%08d" % R.randint(0, 99999999)
        out.append(p)
    return out


PEOPLE = make_people()
# a few relatives / guarantors (names only + phones)
REL_FIRST = ["Jose", "Doris", "Mai", "Pieter", "Folake", "Brendan", "Rukhsana", "Klaus", "Nalani", "Tomasz", "Earl", "Gloria"]


def pick():
    return R.choice(PEOPLE)


def legacy_name(p, comma=", "):
    s = "%s%s%s" % (ascii_up(p.last), comma, ascii_up(p.first))
    if p.middle:
        s += " " + ascii_up(p.middle)[0]
    return s[:25].rstrip()


def vista_name(p):
    s = "%s,%s" % (ascii_up(p.last), ascii_up(p.first))
    if p.middle:
        s += " " + ascii_up(p.middle)
    return s[:30].rstrip()


def full_name(p):
    return "%s %s" % (p.first, p.last)


def new_name(p):
    return "%s, %s" % (p.last, p.first + (" " + p.middle if p.middle else ""))


def phone_fmt(ph, k=None):
    a, e, l = ph
    k = R.randrange(6) if k is None else k
    return ["(%s) %s-%s" % ph, "%s-%s-%s" % ph, a + e + l, "%s.%s.%s" % ph, "%s %s %s" % ph, "+1" + a + e + l][k]


def ssn_fmt(s, k=None):
    k = R.randrange(3) if k is None else k
    return [s, "%s-%s-%s" % (s[:3], s[3:5], s[5:]), "%s %s %s" % (s[:3], s[3:5], s[5:])][k]


STAFF = ["lhartman", "kbrandt", "dmoody", "jtorres", "apfannenstiel", "rvoss"]
DOCS = ["PATEL, RAMESH MD", "LINDQVIST, KAREN DO", "OKAFOR, CHIDI MD", "BRUNGARDT, ELAINE APRN", "HUSSAIN, TARIQ MD"]
FAC = "PINE VALLEY COMMUNITY HOSPITAL"


def hx(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


# ==========================================================================
# families
def fam_joblog():
    F = "ibmi_joblog"
    L = []
    t = CLK.tick()
    jobno = R.randint(400000, 499999)
    job = R.choice(["PA1000NITE", "PA4110ATB", "PAEXTRACT", "PAPURGE", "PACLOSE"])
    user = R.choice(["PABATCH", "PABATCH", "QPGMR"])
    d = t.strftime("%m/%d/%y")
    L.append(mk(F, "5770SS1 V7R4M0  190419                    Display Job Log                      PUBV400A  %s  %s CST     Page    %d" % (d, t.strftime("%H:%M:%S"), R.randint(1, 9))))
    L.append(mk(F, " Job name . . . . . . . . . . :   %-10s      User  . . . . . . :   %-10s   Number . . . . . . . . . . . :   %d" % (job, user, jobno)))
    if R.random() < 0.5:
        L.append(mk(F, " Job description  . . . . . . :   PAJOBD          Library . . . . . :   PALIB"))
    L.append(mk(F, "MSGID      TYPE                    SEV  DATE      TIME             FROM PGM     LIBRARY     INST     TO PGM      LIBRARY     INST"))

    def hdr(msgid, typ, sev, frm, flib, inst, to="*EXT", tlib="", tinst="*N"):
        tt = CLK.tick(0, 3)
        return mk(F, "%-10s %-23s %2s   %s  %s  %-12s %-11s %-8s %-11s %-11s %s" % (
            msgid, typ, sev, tt.strftime("%m/%d/%y"), tt.strftime("%H:%M:%S.%f"), frm, flib, inst, to, tlib, tinst))

    pad = "                                     "
    L.append(hdr("CPF1124", "Information", "00", "QWTPIIPP", "QSYS", "0663"))
    L.append(mk(F, pad + "Message . . . . :   Job %d/%s/%s started on %s at %s in subsystem QBATCH in QSYS. Job entered system on %s at %s." % (
        jobno, user, job, d, t.strftime("%H:%M:%S"), d, (t - dt.timedelta(seconds=1)).strftime("%H:%M:%S"))))
    opts = list(range(10)) + [2, 3, 9]
    R.shuffle(opts)
    for o in list(dict.fromkeys(opts))[:R.randint(2, 4)]:
        p = pick()
        if o == 0:
            L.append(hdr("CPF5029", "Diagnostic", "30", "QDBSIGEX", "QSYS", "0B1C", "PA1010R", "PALIB", "0118"))
            L.append(mk(F, pad + "Message . . . . :   Data mapping error on member PATMAST."))
            L.append(mk(F, pad + "Cause . . . . . :   A data mapping error occurred on field PMDOB in record number %d, record format PATMASTR, member number 1, file PATMAST in library PALIB, because of error code 1." % R.randint(1000, 48213)))
        elif o == 1:
            L.append(hdr("MCH1202", "Escape", "40", "PA1010R", "PALIB", "*STMT", "PA1010R", "PALIB", "*STMT"))
            L.append(mk(F, pad + "Message . . . . :   Decimal data error."))
        elif o == 2:
            L.append(hdr("CPF9898", "Diagnostic", "40", "PA1010R", "PALIB", "*STMT", "PA1000C", "PALIB", "*STMT"))
            L.append(mk(F, pad + "Message . . . . :   PA1010R: Patient ", (p.mrn, "mrn"), " ", (legacy_name(p, ","), "name"), " DOB ",
                        (cyymmdd(p.dob)[1:], "date"), " balance %.2f does not match ledger %.2f." % (p.bal, p.bal - R.randint(1, 90))))
        elif o == 3:
            L.append(hdr("PAM0042", "Diagnostic", "20", "PA2200R", "PALIB", "*STMT", "PA2200R", "PALIB", "*STMT"))
            L.append(mk(F, pad + "Message . . . . :   Guarantor SSN ", (p.ssn, "ssn"), " on account ", (p.acct, "account"), " not found in file GUARMAST."))
        elif o == 4:
            L.append(hdr("CPF5027", "Diagnostic", "30", "QDBGETKY", "QSYS", "0E6A", "PA1010R", "PALIB", "0204"))
            L.append(mk(F, pad + "Message . . . . :   Record %d in use by job %d/%s/QPADEV%04d." % (R.randint(1000, 48213), R.randint(400000, 499999), R.choice(STAFF).upper()[:10], R.randint(1, 40))))
        elif o == 5:
            L.append(hdr("SQL0803", "Diagnostic", "30", "QSQINS", "QSYS", "0B0A", "PAMIGR01", "PALIB", "00A4"))
            L.append(mk(F, pad + "Message . . . . :   Duplicate key value specified."))
            L.append(mk(F, pad + "Cause . . . . . :   A unique index or unique constraint *N in *N exists over one or more columns of table PATXREF in PALIB. The operation cannot be performed because one or more values would have produced a duplicate key in the unique index or constraint."))
        elif o == 6:
            L.append(hdr("CPC2206", "Completion", "00", "QSYCHGOW", "QSYS", "0C2E", "QCMD", "QSYS", "01C7"))
            L.append(mk(F, pad + "Message . . . . :   Ownership of object PATMASTX in PALIB type *FILE changed."))
        elif o == 7:
            L.append(hdr("CPF9898", "Information", "00", "PA4110R", "PALIB", "*STMT", "PA4110R", "PALIB", "*STMT"))
            L.append(mk(F, pad + "Message . . . . :   PA4110R: MVA liability acct ", (p.acct2, "account"), " accident date ", (mdy2(p.adm - dt.timedelta(days=R.randint(1, 30))), "date"),
                        " VIN ", (gen_vin(), "vehicle"), " claim ", ("24-%07d" % R.randint(0, 9999999), "other_id"), " moved to FC 11."))
        elif o == 9:
            L.append(hdr("PAM0107", "Diagnostic", "20", "PA2200R", "PALIB", "*STMT", "PA2200R", "PALIB", "*STMT"))
            L.append(mk(F, pad + "Message . . . . :   Statement suppressed for guarantor ", (legacy_name(p), "name"), " acct ", (p.acct, "account"), ": returned mail, address ",
                        (p.street, "address"), " ", (p.city, "address"), " KS ", (p.zip, "zip"), " flagged BAD ADDR."))
        else:
            L.append(hdr("CPF4128", "Diagnostic", "40", "QDMCOPEN", "QSYS", "0294", "PA1010R", "PALIB", "0031"))
            L.append(mk(F, pad + "Message . . . . :   Not able to allocate objects needed for file PATHIST in library PALIB member or program device PATHIST."))
    tt = CLK.tick(1, 9)
    L.append(hdr("CPF1164", "Completion", "00", "QWTMCEOJ", "QSYS", "00BC"))
    L.append(mk(F, pad + "Message . . . . :   Job %d/%s/%s ended on %s at %s; %d seconds used; end code %d ." % (
        jobno, user, job, d, tt.strftime("%H:%M:%S"), R.randint(1, 400), R.choice([0, 0, 10, 20]))))
    return L


def spool_header(F, prog, title, page, extra=None):
    d = mdy2(RUN_DATE)
    L = [mk(F, "%-7s %-37s %-40s RUN DATE %s  PAGE %4d" % (prog, FAC, title, d, page))]
    if extra:
        L.append(mk(F, extra))
    return L


def fam_spool_atb():
    F = "ibmi_spool"
    L = spool_header(F, "PA4110", "DETAIL AGED TRIAL BALANCE - SELF PAY", R.randint(2, 40),
                     "        AS OF %s                                          FINANCIAL CLASS: 08 SELF PAY" % mdy2(RUN_DATE - dt.timedelta(days=1)))
    L.append(mk(F, "PATIENT NO  PATIENT NAME               ADM DATE  DIS DATE  FC      0-30     31-60     61-90    91-120  OVER 120   TOTAL BAL"))
    L.append(mk(F, "----------  -------------------------  --------  --------  --  --------  --------  --------  --------  --------  ----------"))
    tot = 0.0
    for _ in range(R.randint(3, 6)):
        p = pick()
        buckets = [0.0] * 5
        buckets[R.randrange(5)] = p.bal
        tot += p.bal
        fb = ["%8s" % ("%.2f" % b if b else ".00") for b in buckets]
        L.append(mk(F, lj(p.acct, 12, "account"), lj(legacy_name(p), 27, "name"), (mdy2(p.adm), "date"), "  ", (mdy2(p.dis), "date"),
                    "  08  ", "  ".join(fb), "  %10.2f" % p.bal))
        if R.random() < 0.45:
            L.append(mk(F, "            GUAR: ", lj("%s, %s" % (ascii_up(p.last), R.choice(REL_FIRST).upper()), 26, "name"), "PH ", (phone_fmt(p.ph, 4), "phone"),
                        "   REL: %s" % R.choice(["SPOUSE", "PARENT", "CHILD", "OTHER"])))
    L.append(mk(F, "                                   ** FINANCIAL CLASS 08 TOTAL **                                       %12.2f" % (tot * R.randint(9, 30))))
    if R.random() < 0.5:
        L.append(mk(F, "                                              *** END OF REPORT ***"))
    return L


def fam_spool_census():
    F = "ibmi_spool"
    L = spool_header(F, "PA2030", "DAILY INPATIENT CENSUS", 1)
    L.append(mk(F, "ROOM-BED  MED REC  PATIENT NAME               AGE  SX  ADMIT     ATTENDING                 FC"))
    L.append(mk(F, "--------  -------  -------------------------  ---  --  --------  ------------------------  --"))
    n = 0
    olds = [p for p in PEOPLE if p.age > 89]
    for _ in range(R.randint(3, 6)):
        p = R.choice(olds) if R.random() < 0.35 else pick()
        n += 1
        room = R.choice(["ICU 01-A", "ICU 02-A", "MS  104A", "MS  106B", "MS  111A", "SWG 120A", "SWG 122B"] + (["OB  201A"] if p.sex == "F" and 16 < p.age < 45 else []))
        age = "%03d" % p.age
        agei = [(age, "age") if p.age > 89 else age]
        L.append(mk(F, room, "  ", (p.mrn, "mrn"), "  ", lj(legacy_name(p), 27, "name"), agei, "  ", p.sex, "   ",
                    (mdy2(p.adm), "date"), "  ", "%-24s  %s" % (R.choice(DOCS), R.choice(["02", "03", "05", "08"]))))
    L.append(mk(F, "TOTAL PATIENTS: %4d   ICU: %2d   MED/SURG: %2d   SWING: %2d   OBS: %2d" % (R.randint(9, 18), R.randint(0, 3), R.randint(4, 12), R.randint(0, 3), R.randint(0, 2))))
    return L


def fam_spool_ub():
    F = "ibmi_spool"
    L = spool_header(F, "PA3120", "UB-04 CLAIM EDIT LIST", R.randint(1, 12),
                     "        BILL CYCLE %s    PAYER GROUP: ALL" % mdy2(RUN_DATE - dt.timedelta(days=1)))
    L.append(mk(F, "ACCOUNT    PATIENT NAME               PAYER  SUBSCRIBER ID     FROM      THRU      EDIT  DESCRIPTION"))
    for _ in range(R.randint(2, 5)):
        if R.random() < 0.3:
            L.append(mk(F, "                                                                                   E%03d  %s" % (
                R.randint(900, 999), R.choice(["PAYER FILE BCBSKS MISSING TAXONOMY 282NC2000X", "FACILITY NPI NOT ON FILE FOR PAYER 00431",
                                               "REV CODE 0450 REQUIRES HCPCS - TABLE REVHCP OUT OF DATE", "CONDITION CODE TABLE CC LOCKED BY JOB 418201"]))))
            continue
        p = pick()
        L.append(mk(F, lj(p.acct, 11, "account"), lj(legacy_name(p), 27, "name"), lj(p.plan[0], 7), lj(p.plan[2], 18, "health_plan"),
                    (mdy2(p.adm), "date"), "  ", (mdy2(p.dis), "date"), "  ", "E%03d  %s" % R.choice([
                        (44, "OCCURRENCE CODE 11 DATE MISSING"), (12, "PATIENT STATUS INVALID FOR TOB 0111"),
                        (71, "SUBSCRIBER ID FAILS PAYER FORMAT"), (38, "ADMIT DX MISSING")])))
    L.append(mk(F, "CLAIMS EDITED: %5d   PASSED: %5d   FAILED: %4d   HELD: %3d" % (R.randint(100, 300), R.randint(80, 250), R.randint(5, 30), R.randint(0, 9))))
    return L


def fam_ebcdic():
    F = "ebcdic_conv"
    L = []

    def ts():
        return CLK.tick(0, 6).strftime("%Y-%m-%d %H:%M:%S")

    files = [("PATMAST", 412, 48213), ("GUARMAST", 288, 39102), ("CHGHIST", 160, 1882231), ("INSMAST", 220, 51877), ("PATNOTE", 512, 220914)]
    f, rl, rc = R.choice(files)
    L.append(mk(F, "%s [e2a] INFO  opened /migr/in/%s.SAVF member %s ccsid=037 reclen=%d records=%d layout=/migr/layouts/%s.cpy" % (ts(), f, f, rl, rc, f.lower())))
    for _ in range(R.randint(2, 5)):
        k = R.randrange(8)
        p = pick()
        if k == 0:
            L.append(mk(F, "%s [e2a] WARN  rec=%d fld=PMDOB off=118 len=4 packed decimal invalid sign nibble: hex=%s -> treating as zoned" % (ts(), R.randint(1, rc), "F%dF%dF%dF%d" % tuple(R.randint(0, 9) for _ in range(4)))))
        elif k == 1:
            nm = legacy_name(p)
            src = ascii_up(p.last)
            raw = p.last.upper()
            if raw != src:
                bad = "".join(c if c in string.ascii_uppercase + " -'," else "?" for c in raw)
                shown = bad + ", " + ascii_up(p.first)
            else:
                shown = nm.replace("A", "?", 1) if "A" in nm else nm[:-1] + "?"
            L.append(mk(F, "%s [e2a] WARN  rec=%d substitution char 0x3F in PMNAME cols 1-25: '" % (ts(), R.randint(1, rc)), (shown, "name"), "' (src ccsid 037 x'%s' unmapped)" % R.choice(["49", "6A", "A1", "5F"])))
        elif k == 2:
            L.append(mk(F, "%s [e2a] INFO  %s: %d/%d records converted, %d substitutions, %d rejects, %.1f MB/s" % (ts(), f, rc, rc, R.randint(0, 40), R.randint(0, 12), R.uniform(8, 60))))
        elif k == 3:
            nm = legacy_name(p)[:16].rstrip().rstrip(",")
            ebc = nm.encode("cp037")
            h = " ".join("%02X%02X" % (ebc[i], ebc[i + 1]) if i + 1 < len(ebc) else "%02X" % ebc[i] for i in range(0, len(ebc), 2))
            L.append(mk(F, "%s [e2a] DEBUG rec=%d dump 00000000: %-40s  " % (ts(), R.randint(1, rc), h), (nm, "name")))
        elif k == 4:
            L.append(mk(F, "%s [e2a] ERROR rec=%d fld=PMSSN expected zoned(9) got x'404040404040404040' (blanks) acct=" % (ts(), R.randint(1, rc)), (p.acct, "account"), " -> NULL"))
        elif k == 5:
            L.append(mk(F, "iconv: conversion from `IBM037' unsupported, retrying with IBM-037 (glibc %s)" % R.choice(["2.31", "2.35"])))
        elif k == 6:
            L.append(mk(F, "%s [e2a] WARN  rec=%d fld=PMZIP zoned '%s' has embedded blank, addr='" % (ts(), R.randint(1, rc), p.zip[:3] + " " + p.zip[3:]),
                        (p.street, "address"), " ", (p.city, "address"), " KS' kept as text"))
        else:
            L.append(mk(F, "CPYTOIMPF FROMFILE(PALIB/%s) TOSTMF('/migr/out/%s.csv') MBROPT(*REPLACE) STMFCCSID(1208) RCDDLM(*LF) DTAFMT(*DLM) STRDLM(*DBLQUOTE) FLDDLM('|') DATFMT(*ISO)" % (f, f.lower())))
            L.append(mk(F, "CPF2817    Escape    40  Copy command ended because of error." if R.random() < 0.3 else "CPCA083    Completion 00  %d records copied to stream file /migr/out/%s.csv." % (rc, f.lower())))
    L.append(mk(F, "%s [e2a] INFO  sha256(/migr/out/%s.csv)=%s" % (ts(), f.lower(), hx(64))))
    return L


def fam_mumps_zwr():
    F = "mumps_zwr"
    L = []
    t = CLK.tick()
    L.append(mk(F, "GT.M MUPIP EXTRACT"))
    L.append(mk(F, "%s  ZWR" % t.strftime("%d-%b-%Y  %H:%M:%S").upper()))
    for _ in range(R.randint(1, 2)):
        p = pick()
        d = p.dfn
        L.append(mk(F, "^DPT(", (d, "other_id"), ",0)=\"", (vista_name(p), "name"), "^%s^" % p.sex, (fileman(p.dob), "date"),
                    "^^^^^^", (p.ssn, "ssn"), "^^^^^^^^^^", (fileman(dt.date(2019, R.randint(1, 12), R.randint(1, 28))), "date"), "\""))
        if R.random() < 0.8:
            L.append(mk(F, "^DPT(", (d, "other_id"), ",.11)=\"", (p.street, "address"), "^^^", (p.city, "address"), "^20^", (p.zip, "zip"), "^^^^^^^^^^^^^^^^^^^^^^\""))
        if R.random() < 0.6:
            L.append(mk(F, "^DPT(", (d, "other_id"), ",.13)=\"", (phone_fmt(p.ph, 0), "phone"), "^", (phone_fmt(p.ph2, 1), "phone"), "\""))
        if R.random() < 0.5:
            L.append(mk(F, "^DPT(\"B\",\"", (vista_name(p), "name"), "\",", (d, "other_id"), ")=\"\""))
        if R.random() < 0.4:
            L.append(mk(F, "^DPT(\"SSN\",\"", (p.ssn, "ssn"), "\",", (d, "other_id"), ")=\"\""))
        if R.random() < 0.4:
            L.append(mk(F, "^AUPNPAT(", (d, "other_id"), ",41,1,0)=\"1^", ("HR" + p.mrn[-5:], "mrn"), "\""))
        if R.random() < 0.4:
            adm = dt.datetime.combine(p.adm, dt.time(R.randint(0, 23), R.randint(0, 59)))
            fmdt = fileman(adm.date()) + (".%02d%02d" % (adm.hour, adm.minute)).rstrip("0")
            L.append(mk(F, "^DGPM(%d,0)=\"" % R.randint(19000, 29999), (fmdt, "date"), "^1^", (d, "other_id"), "^^^^^%d^^^^^^^^^^%d\"" % (R.randint(1, 40), R.randint(1, 9))))
        if R.random() < 0.25:
            imp = dt.date(R.randint(2012, 2023), R.randint(1, 12), R.randint(1, 28))
            sn = R.choice(["PJN", "RNB", "BLV"]) + "%06d" % R.randint(0, 999999) + R.choice("HSG")
            L.append(mk(F, "^ZZIMPL(", (d, "other_id"), ",1,0)=\"PACEMAKER^MEDTRONIC AZURE XT DR^", (sn, "device"), "^", (fileman(imp), "date"), "\""))
    for _ in range(R.randint(2, 4)):
        L.append(mk(F, R.choice([
            "^DD(2,.01,0)=\"NAME^RFX^^0;1^K:$L(X)>30!($L(X)<3) X D:$D(X) ^DPTNAME\"",
            "^DD(2,.03,0)=\"DATE OF BIRTH^RDXOa^^0;3^S %%DT=\"\"EP\"\" D ^%%DT S X=Y K:X>DT!(X<1700000) X\"",
            "^%ZOSF(\"OS\")=\"GT.M (Unix)^19\"",
            "^%ZOSF(\"PROD\")=\"PVCH,VISTA\"",
            "^XMB(\"NETNAME\")=\"PVCH.MED.VA.GOV\"",
            "^XTMP(\"ZZPVMIG\",0)=\"3240330^3240316^PV EHR MIGRATION EXTRACT\"",
            "^XTMP(\"ZZPVMIG\",\"CNT\")=%d" % R.randint(1000, 48000),
            "^%%ZTSK(%d,0)=\"EN^ZZPVMIG1^%d^^^^^^^^\"" % (R.randint(90000, 99999), R.randint(1, 2000)),
            "^XUSEC(\"ZZMIG\",%d)=\"\"" % R.randint(1, 2000),
        ])))
    return L


def fam_mumps_err():
    F = "mumps_errtrap"
    L = []
    t = CLK.tick()
    p = pick()
    pid = R.randint(2000, 32000)
    L.append(mk(F, "Error Trap Display: %s #%d" % (fm_ext(t.date()).replace(",", ", "), R.randint(1, 12))))
    L.append(mk(F, "Process ID:  %d (%d)          %s@%s" % (pid, pid, fm_ext(t.date()).replace(",", ", "), t.strftime("%H:%M:%S"))))
    err = R.choice(["EN+14^ZZPVMIG1,%GTM-E-UNDEF, Undefined local variable: ZZADDR",
                    "ADDR+3^ZZPVMIG1,%GTM-E-GVUNDEF, Global variable undefined: ^DPT(" ,
                    "WRT+22^ZZPVMIG2,%GTM-E-MAXSTRLEN, Maximum string length exceeded",
                    "DEM^VADPT+9,%GTM-E-LVUNDEF, Undefined local variable: VAERR"])
    if err.endswith("^DPT("):
        L.append(mk(F, "$ZSTATUS=\"150372994,", err, (p.dfn, "other_id"), ",.13)\""))
    else:
        L.append(mk(F, "$ZSTATUS=\"%d,%s\"" % (R.choice([150373850, 150372994, 150373066]), err)))
    L.append(mk(F, "Last Global Ref: ^DPT(", (p.dfn, "other_id"), ",.11)"))
    L.append(mk(F, "DFN=", (p.dfn, "other_id")))
    ssn = p.ssn
    L.append(mk(F, "VADM(1)=\"", (vista_name(p), "name"), "\""))
    L.append(mk(F, "VADM(2)=\"", (ssn, "ssn"), "^", (ssn_fmt(ssn, 1), "ssn"), "\""))
    L.append(mk(F, "VADM(3)=\"", (fileman(p.dob), "date"), "^", (fm_ext(p.dob), "date"), "\""))
    L.append(mk(F, "VADM(4)=", (str(p.age), "age") if p.age > 89 else str(p.age)))
    L.append(mk(F, "VADM(5)=\"%s^%s\"" % (p.sex, "MALE" if p.sex == "M" else "FEMALE")))
    if R.random() < 0.5:
        L.append(mk(F, "VAPA(1)=\"", (p.street, "address"), "\""))
        L.append(mk(F, "VAPA(4)=\"", (p.city, "address"), "\""))
        L.append(mk(F, "VAPA(6)=\"", (p.zip, "zip"), "\""))
    for s in R.sample(["DUZ=%d" % R.randint(50, 2000), "DUZ(0)=\"@\"", "DUZ(2)=500", "IO=\"/dev/null\"", "IOM=80", "U=\"^\"",
                       "ZZCNT=%d" % R.randint(100, 48000), "ZZFILE=\"/migr/out/dpt_extract_%s.txt\"" % t.strftime("%Y%m%d"),
                       "DT=%s" % fileman(t.date()), "$ZVERSION=\"GT.M V6.3-011 Linux x86_64\"", "$J=%d" % pid], R.randint(3, 6)):
        L.append(mk(F, s))
    return L


def fam_pylog():
    F = "py_recon"
    L = []

    def ts():
        t = CLK.tick(0, 8)
        return t.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % (t.microsecond // 1000)

    for _ in range(R.randint(3, 7)):
        k = R.randrange(16)
        p = pick()
        if k == 0:
            L.append(mk(F, "%s INFO [recon.loader] Loaded legacy extract patmast.csv: %d rows x 37 cols in %.2fs" % (ts(), R.randint(40000, 49000), R.uniform(1, 9))))
        elif k == 1:
            L.append(mk(F, "%s WARNING [recon.match] fuzzy match score=%.2f legacy_mrn=" % (ts(), R.uniform(0.7, 0.95)), (p.mrn, "mrn"), " harmony_mrn=", (p.nmrn, "mrn"),
                        " name_legacy='", (legacy_name(p), "name"), "' name_new='", (new_name(p), "name"), "'"))
        elif k == 2:
            L.append(mk(F, "/opt/recon/venv/lib/python3.11/site-packages/pandas/core/tools/datetimes.py:1047: UserWarning: Parsing dates in %d/%m/%Y format when dayfirst=False (the default) was specified. Pass `dayfirst=True` or specify a format to silence this warning."))
        elif k == 3:
            L.append(mk(F, "%s ERROR [recon.normalize] row %d: cannot parse PMDOB" % (ts(), R.randint(1, 48000))))
            L.append(mk(F, "Traceback (most recent call last):"))
            L.append(mk(F, "  File \"/opt/recon/recon/normalize.py\", line 88, in to_date"))
            L.append(mk(F, "    return dt.datetime.strptime(raw, \"%m/%d/%Y\").date()"))
            bad = "02/30/%d" % p.dob.year if R.random() < 0.5 else "%02d/%02d/%d" % (p.dob.month + 12, p.dob.day, p.dob.year)
            L.append(mk(F, "ValueError: time data '", (bad, "date"), "' does not match format '%m/%d/%Y'"))
        elif k == 4:
            L.append(mk(F, "%s INFO [recon.match] pass=%s matched=%d unmatched_legacy=%d unmatched_new=%d elapsed=%.1fs" % (ts(), R.choice(["exact_mrn", "ssn_dob", "name_dob_zip"]), R.randint(30000, 47000), R.randint(10, 900), R.randint(5, 400), R.uniform(2, 80))))
        elif k == 5:
            L.append(mk(F, "/opt/recon/recon/match.py:141: SettingWithCopyWarning: "))
            L.append(mk(F, "A value is trying to be set on a copy of a slice from a DataFrame."))
            L.append(mk(F, "Try using .loc[row_indexer,col_indexer] = value instead"))
        elif k == 6:
            L.append(mk(F, "%s DEBUG [recon.match] blocking key=" % ts(), (ascii_up(p.last).lower().replace(" ", ""), "name"), "|", (ascii_up(p.first).lower().split()[0], "name"), "|",
                        (ymd8(p.dob), "date"), " candidates=%d" % R.randint(1, 4)))
        elif k == 7:
            L.append(mk(F, "         mrn_legacy     mrn_new    field            legacy                   new"))
            for _ in range(R.randint(2, 3)):
                q = pick()
                fld = R.choice(["dob", "addr1", "phone", "zip"])
                if fld == "dob":
                    a, b = iso(q.dob), iso(q.dob.replace(day=q.dob.month, month=q.dob.day) if q.dob.day <= 12 else q.dob + dt.timedelta(days=1))
                    ca = "date"
                elif fld == "addr1":
                    a, b, ca = q.street, title_addr(q.street), "address"
                elif fld == "phone":
                    a, b, ca = phone_fmt(q.ph, 2), phone_fmt(q.ph, 0), "phone"
                else:
                    a, b, ca = q.zip, q.zip4, "zip"
                L.append(mk(F, "%-8d   " % R.randint(100, 48000), (q.mrn, "mrn"), "  ", (q.nmrn, "mrn"), "    ", lj(fld, 8), " ", rj(a, 17, ca), " ", rj(b, 21, ca)))
            L.append(mk(F, "[%d rows x 5 columns]" % R.randint(40, 900)))
        elif k == 8:
            L.append(mk(F, "%s INFO [recon.report] wrote /migr/recon/mismatch_%s.csv (%d rows, sha1 %s)" % (ts(), RUN_DATE.strftime("%Y%m%d"), R.randint(100, 3000), hx(40))))
        elif k == 9:
            L.append(mk(F, "%s WARNING [recon.match] SSN collision: legacy accts " % ts(), (p.acct, "account"), ", ", (p.acct2, "account"), " share ssn=", (ssn_fmt(p.ssn, 1), "ssn"),
                        " but dob differs (", (mdy4(p.dob), "date"), " vs ", (mdy4(p.dob.replace(year=p.dob.year + 1)), "date"), ")"))
        elif k == 10:
            L.append(mk(F, "%s INFO [recon.db] connected mssql+pyodbc://svc_recon@PVCHSQL02:1433/MigrStage?driver=ODBC+Driver+17+for+SQL+Server pool_size=5" % ts()))
        elif k == 11:
            L.append(mk(F, "pandas.errors.MergeError: Merge keys are not unique in left dataset; not a one-to-one merge"))
        elif k == 13:
            sn = R.choice(["PJN", "RNB", "BLV", "ZXE"]) + "%06d" % R.randint(0, 999999) + R.choice("HSG")
            L.append(mk(F, "%s WARNING [recon.implants] UDI not parsed for mrn=" % ts(), (p.nmrn, "mrn"), " udi='", ("(01)00643169%06d(17)%s(21)%s" % (R.randint(0, 999999), (dt.date(2026, 1, 1) + dt.timedelta(days=R.randint(0, 900))).strftime("%y%m%d"), sn), "device"),
                        "' serial=", (sn, "device"), " implanted=", (iso(p.adm - dt.timedelta(days=R.randint(200, 3000))), "date")))
        elif k == 14:
            L.append(mk(F, "%s INFO [recon.vehicles] MVA claim xref acct=" % ts(), (p.acct2, "account"), " plate=", ("KS " + "%03d %s" % (R.randint(0, 999), "".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3))), "vehicle"),
                        " vin=", (gen_vin(), "vehicle"), " carrier=PROGRESSIVE"))
        else:
            L.append(mk(F, "%s WARNING [recon.portal] orphan portal account user=" % ts(), (p.portal, "other_id"), " email=", (p.email, "email"), " last_login_ip=",
                        ("%d.%d.%d.%d" % (R.choice([174, 70, 98, 24, 66]), R.randint(1, 254), R.randint(0, 254), R.randint(1, 254)), "ip"), " -> link by mrn ", (p.nmrn, "mrn")))
    return L


def fam_diff():
    F = "recon_diff"
    p = pick()
    L = [mk(F, "diff -u legacy/PATMAST/", (p.mrn, "mrn"), ".json harmony/Patient/", (p.nmrn, "mrn"), ".json"),
         mk(F, "--- legacy/PATMAST/", (p.mrn, "mrn"), ".json\t2024-03-16 02:11:40.000000000 -0500"),
         mk(F, "+++ harmony/Patient/", (p.nmrn, "mrn"), ".json\t2024-03-16 05:02:18.000000000 -0500"),
         mk(F, "@@ -%d,%d +%d,%d @@" % (R.randint(2, 6), 7, R.randint(2, 6), 8))]
    L.append(mk(F, "   \"sex\": \"%s\"," % p.sex))
    ch = R.sample(["dob", "addr", "phone", "name", "fax", "ins"], R.randint(1, 3))
    for c in ch:
        if c == "dob":
            L.append(mk(F, "-  \"birthDate\": \"", (mdy4(p.dob), "date"), "\","))
            L.append(mk(F, "+  \"birthDate\": \"", (iso(p.dob), "date"), "\","))
        elif c == "addr":
            L.append(mk(F, "-  \"line\": [\"", (p.street, "address"), "\"],"))
            L.append(mk(F, "+  \"line\": [\"", (title_addr(p.street), "address"), "\"],"))
            L.append(mk(F, "   \"city\": \"", (p.city.title(), "address"), "\", \"district\": \"", (p.county.title() + " County", "address"), "\", \"state\": \"KS\","))
            L.append(mk(F, "-  \"postalCode\": \"", (p.zip, "zip"), "\""))
            L.append(mk(F, "+  \"postalCode\": \"", (p.zip4, "zip"), "\""))
        elif c == "phone":
            L.append(mk(F, "-  \"phone\": \"", (phone_fmt(p.ph, 2), "phone"), "\","))
            L.append(mk(F, "+  \"telecom\": [{\"system\": \"phone\", \"value\": \"", (phone_fmt(p.ph, 0), "phone"), "\", \"use\": \"home\"}],"))
        elif c == "fax":
            L.append(mk(F, "+  \"telecom\": [{\"system\": \"fax\", \"value\": \"", (phone_fmt(p.ph2, 1), "fax"), "\"}],"))
        elif c == "name":
            L.append(mk(F, "-  \"name\": \"", (legacy_name(p), "name"), "\","))
            L.append(mk(F, "+  \"name\": [{\"family\": \"", (p.last, "name"), "\", \"given\": [\"", (p.first, "name"), "\"]}],"))
        else:
            L.append(mk(F, "-  \"primaryIns\": {\"payer\": \"%s\", \"memberId\": \"" % p.plan[0], (p.plan[2], "health_plan"), "\", \"group\": \"%s\"}," % R.choice(["00431", "KSE1002", "", "GRP88120"])))
            L.append(mk(F, "+  \"coverage\": [{\"payor\": \"%s\", \"subscriberId\": \"" % p.plan[1].title(), (p.plan[2], "health_plan"), "\", \"relationship\": \"self\"}],"))
    L.append(mk(F, "   \"active\": true"))
    return L


def fam_csv():
    F = "recon_csv"
    L = [mk(F, "run_id,legacy_acct,harmony_enc,mrn,last_name,first_name,field,legacy_value,new_value,status")]
    run = "R%s-%02d" % (RUN_DATE.strftime("%Y%m%d"), R.randint(1, 4))
    for _ in range(R.randint(2, 5)):
        p = pick()
        fld = R.choice(["zip", "dob", "home_phone", "email", "member_id", "admit_dt"])
        if fld == "zip":
            a, b, c = p.zip, p.zip4, "zip"
        elif fld == "dob":
            a, b, c = cyymmdd(p.dob), iso(p.dob), "date"
        elif fld == "home_phone":
            a, b, c = phone_fmt(p.ph, 2), phone_fmt(p.ph, 5), "phone"
        elif fld == "email":
            a, b, c = "", p.email, "email"
        elif fld == "member_id":
            a, b, c = p.plan[2], p.plan[2], "health_plan"
        else:
            a, b, c = mdy2(p.adm), iso(p.adm), "date"
        last = ascii_up(p.last)
        lastq = '"%s"' % last if " " in last else last
        st = R.choice(["AUTO_FIXED", "REVIEW", "REVIEW", "MATCH", "DROPPED"])
        L.append(mk(F, run, ",", (p.acct, "account"), ",", (p.enc, "other_id"), ",", (p.mrn, "mrn"), ",", (lastq, "name"), ",", (ascii_up(p.first), "name"), ",", fld, ",",
                    (a, c) if a else "", ",", (b, c), ",", st))
    return L


def fam_jsonl():
    F = "recon_jsonl"
    L = []
    for _ in range(R.randint(2, 4)):
        t = CLK.tick(0, 5)
        ts = t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)
        k = R.randrange(7)
        p = pick()
        if k == 0:
            L.append(mk(F, json.dumps({"event": "chunk_done", "chunk": R.randint(1, 10), "rows": 5000, "elapsed_ms": R.randint(900, 4000),
                                       "rss_mb": R.randint(300, 1900), "level": "info", "logger": "recon.loader", "timestamp": ts})))
        elif k == 1:
            L.append(mk(F, '{"event": "record_skipped", "reason": "no_match", "legacy": {"PMACCT": "', (p.acct, "account"), '", "PMNAME": "', (legacy_name(p), "name"),
                        '", "PMDOB": "', (cyymmdd(p.dob), "date"), '", "PMSSN": "', (p.ssn, "ssn"), '"}, "level": "warning", "logger": "recon.match", "timestamp": "%s"}' % ts))
        elif k == 2:
            L.append(mk(F, '{"event": "patient_upsert", "resourceType": "Patient", "id": "', (p.nmrn, "mrn"), '", "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.8821.1", "value": "',
                        (p.mrn, "mrn"), '"}], "birthDate": "', (iso(p.dob), "date"), '", "address": [{"line": ["', (title_addr(p.street), "address"), '"], "city": "', (p.city.title(), "address"),
                        '", "state": "KS", "postalCode": "', (p.zip, "zip"), '"}], "telecom": [{"system": "phone", "value": "', (phone_fmt(p.ph, 1), "phone"), '"}',
                        [', {"system": "fax", "value": "', (phone_fmt(p.ph2, 1), "fax"), '"}'] if R.random() < 0.5 else "", '], "http_status": 201, "timestamp": "%s"}' % ts))
        elif k == 3:
            img = base64.b64encode(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00\xff\xdb\x00C\x00" + bytes(R.randrange(256) for _ in range(60))).decode()
            L.append(mk(F, '{"event": "attachment_migrated", "patient": "', (p.nmrn, "mrn"), '", "photo": {"contentType": "image/jpeg", "data": "', (img, "photo"),
                        '"}, "bytes": %d, "level": "info", "timestamp": "%s"}' % (R.randint(18000, 90000), ts)))
        elif k == 4:
            tpl = base64.b64encode(bytes(R.randrange(256) for _ in range(48))).decode()
            L.append(mk(F, '{"event": "biometric_enrollment_copied", "mrn": "', (p.nmrn, "mrn"), '", "vendor": "palmvein", "templateFormat": "PV-2.1", "template": "', (tpl, "biometric"),
                        '", "level": "info", "timestamp": "%s"}' % ts))
        elif k == 5:
            L.append(mk(F, json.dumps({"event": "http_request", "method": "POST", "path": "/fhir/r4/Patient/$validate", "status": R.choice([200, 200, 422, 503]),
                                       "duration_ms": R.randint(12, 900), "trace_id": hx(32), "span_id": hx(16), "level": "info", "timestamp": ts})))
        else:
            L.append(mk(F, '{"event": "guarantor_linked", "guarantorAccount": "', (p.acct, "account"), '", "guarantor": {"name": "', (R.choice(REL_FIRST) + " " + p.last, "name"),
                        '", "ssn": "', (ssn_fmt(gen_ssn(), 1), "ssn"), '", "driversLicense": {"state": "KS", "number": "', (p.dl, "license"), '"}}, "patientId": "', (p.nmrn, "mrn"),
                        '", "relationship": "%s", "level": "info", "timestamp": "%s"}' % (R.choice(["spouse", "parent", "child"]), ts)))
    return L


def fam_infa():
    F = "infa_session"
    L = []
    pid = R.randint(10000, 39999)
    node = "node01_pvchetl01"
    sess = R.choice(["s_m_LOAD_PATIENT_MASTER", "s_m_LOAD_GUARANTOR", "s_m_LOAD_ENCOUNTER", "s_m_LOAD_COVERAGE"])

    def pre(level, thread):
        t = CLK.tick(0, 4)
        return "%s : %s : (%d | %s) : (IS | IS_HOSP_MIGR) : %s : " % (t.strftime("%Y-%m-%d %H:%M:%S"), level, pid, thread, node)

    t0 = CLK.t
    L.append(mk(F, pre("INFO", "DIRECTOR"), "TM_6014 : Initializing session [%s] at [%s]." % (sess, t0.strftime("%a %b %d %H:%M:%S %Y"))))
    L.append(mk(F, pre("INFO", "MAPPING"), "TM_6101 : Mapping name: m_%s [version %d]." % (sess[4:], R.randint(3, 14))))
    for _ in range(R.randint(2, 5)):
        k = R.randrange(8)
        p = pick()
        if k == 0:
            L.append(mk(F, pre("INFO", "READER_1_1_1"), "RR_4010 : SQ instance [SQ_PATMAST] SQL Query [SELECT PATMAST.PMACCT, PATMAST.PMMRN, PATMAST.PMNAME, PATMAST.PMDOB, PATMAST.PMSSN, PATMAST.PMZIP FROM PATMAST WHERE PMSTAT <> 'P']"))
        elif k == 1:
            L.append(mk(F, pre("ERROR", "TRANSF_1_1_1"), "TE_7007 : Transformation Evaluation Error [<<Expression Error>> [TO_DATE]: invalid string for converting to Date ... i:TO_DATE(u:'",
                        ("02/30/%d" % p.dob.year, "date"), "',u:'MM/DD/YYYY')]"))
        elif k == 2:
            L.append(mk(F, pre("ERROR", "WRITER_1_*_1"), "WRT_8229 : Database errors occurred: Microsoft SQL Server Native Client 11.0: Violation of PRIMARY KEY constraint 'PK_PATIENT'. Cannot insert duplicate key in object 'dbo.PATIENT'. The duplicate key value is (",
                        (p.nmrn, "mrn"), "). SQL State: 23000\tNative Error: 2627"))
        elif k == 3:
            L.append(mk(F, pre("INFO", "WRITER_1_*_1"), "WRT_8167 : Start loading table [%s] at: %s" % (R.choice(["PATIENT", "GUARANTOR", "ENCOUNTER"]), CLK.t.strftime("%a %b %d %H:%M:%S %Y"))))
        elif k == 4:
            L.append(mk(F, pre("INFO", "TRANSF_1_1_1"), "CMN_1053 : EXP_CLEANSE: : ERROR: PHONE_HOME [", (phone_fmt(p.ph, 4), "phone"), "] failed LKP_NANP for PMACCT [", (p.acct, "account"), "] - row set to default NULL"))
        elif k == 5:
            L.append(mk(F, pre("WARNING", "TRANSF_1_1_1"), "TT_11019 : There is an error in the port [OUT_ZIP]: The default value for the port is set to: ERROR(<<Expression Error>> [ERROR]: bad zip ... nl:ERROR(u:'bad zip'))."))
        elif k == 6:
            L.append(mk(F, pre("INFO", "LKPDP_2"), "TE_7212 : Increasing [Index Cache] size for transformation [LKP_XREF_MRN] from [1000000] to [%d]." % R.randint(2000000, 8000000)))
        else:
            L.append(mk(F, pre("INFO", "MANAGER"), "PETL_24031 : ***** RUN INFO FOR TGT LOAD ORDER GROUP [1], CONCURRENT SET [1] *****"))
    ok = R.randint(30000, 48000)
    tg = "TGT_" + sess.split("LOAD_")[1].replace("_MASTER", "")
    L.append(mk(F, pre("INFO", "WRITER_1_*_1"), "WRT_8036 : Target: %s (Instance Name: [%s]) Output Rows [%d], Affected Rows [%d], Applied Rows [%d], Rejected Rows [%d]" % (tg, tg, ok, ok - 12, ok - 12, R.randint(3, 200))))
    L.append(mk(F, pre("INFO", "DIRECTOR"), "TM_6020 : Session [%s] completed at [%s]." % (sess, CLK.t.strftime("%a %b %d %H:%M:%S %Y"))))
    return L


def fam_badfile():
    F = "infa_badfile"
    L = [mk(F, "==> /infa/BadFiles/tgt_patient1.bad <==")]
    for _ in range(R.randint(2, 4)):
        p = pick()
        ln = legacy_name(p)
        L.append(mk(F, R.choice(["0", "0", "1"]), ",D,", (p.acct, "account"), ",D,", (p.mrn, "mrn"), ",D,", (ln, "name"), ",",
                    "D,", (mdy4(p.dob), "date") if R.random() < 0.7 else ("02/30/%d" % p.dob.year, "date"), ",",
                    R.choice(["D,", "N,"]), (p.ssn, "ssn"), ",D,", (p.zip, "zip"), ",D,", (phone_fmt(p.ph, 2), "phone"), ",T"))
    return L


def fam_mssql():
    F = "mssql_msgs"
    L = []
    fn = R.choice(["patmast", "guarmast", "insmast", "chghist"])
    tbl = {"patmast": "stg_PatientMaster", "guarmast": "stg_Guarantor", "insmast": "stg_Coverage", "chghist": "stg_ChargeHistory"}[fn]
    L.append(mk(F, "BULK INSERT dbo.%s FROM '\\\\pvchfs01\\migr$\\out\\%s_20240316.txt' WITH (FIELDTERMINATOR = '|', ROWTERMINATOR = '0x0a', CODEPAGE = '65001', FIRSTROW = 2, MAXERRORS = 250, TABLOCK, ERRORFILE = '\\\\pvchfs01\\migr$\\err\\%s_20240316.err');" % (tbl, fn, fn)))
    for _ in range(R.randint(2, 4)):
        k = R.randrange(7)
        p = pick()
        ln = R.randint(1, 40)
        if k == 0:
            L.append(mk(F, "Msg 4864, Level 16, State 1, Line %d" % ln))
            L.append(mk(F, "Bulk load data conversion error (type mismatch or invalid character for the specified codepage) for row %d, column %d (%s)." % (R.randint(2, 48000), R.randint(2, 12), R.choice(["BirthDate", "AdmitDate", "ZipCode", "Balance"]))))
        elif k == 1:
            L.append(mk(F, "Msg 2627, Level 14, State 1, Line %d" % ln))
            L.append(mk(F, "Violation of PRIMARY KEY constraint 'PK_%s'. Cannot insert duplicate key in object 'dbo.%s'. The duplicate key value is (" % (tbl, tbl), (p.mrn, "mrn"), ")."))
        elif k == 2:
            L.append(mk(F, "Msg 2628, Level 16, State 1, Line %d" % ln))
            L.append(mk(F, "String or binary data would be truncated in table 'MigrStage.dbo.%s', column '%s'. Truncated value: '" % (tbl, "GuarEmail" if tbl == "stg_Guarantor" else "EmailAddress"), (p.email[:20], "email"), "'."))
        elif k == 3:
            L.append(mk(F, "Msg 7399, Level 16, State 1, Line %d" % ln))
            L.append(mk(F, "The OLE DB provider \"BULK\" for linked server \"(null)\" reported an error. The provider did not give any information about the error."))
            L.append(mk(F, "Msg 7330, Level 16, State 2, Line %d" % ln))
            L.append(mk(F, "Cannot fetch a row from OLE DB provider \"BULK\" for linked server \"(null)\"."))
        elif k == 4:
            L.append(mk(F, "Msg 547, Level 16, State 0, Line %d" % ln))
            L.append(mk(F, "The INSERT statement conflicted with the FOREIGN KEY constraint \"FK_Encounter_Patient\". The conflict occurred in database \"MigrStage\", table \"dbo.stg_PatientMaster\", column 'MRN'."))
        elif k == 5:
            L.append(mk(F, "Msg 4863, Level 16, State 1, Line %d" % ln))
            L.append(mk(F, "Bulk load data conversion error (truncation) for row %d, column 3 (LastName)." % R.randint(2, 48000)))
        else:
            L.append(mk(F, "Warning: Null value is eliminated by an aggregate or other SET operation."))
    L.append(mk(F, "(%d rows affected)" % R.randint(1000, 48000)))
    t = CLK.tick()
    L.append(mk(F, "Completion time: %s.%07d-05:00" % (t.strftime("%Y-%m-%dT%H:%M:%S"), R.randint(0, 9999999))))
    return L


def fam_bcp():
    F = "bcp_out"
    L = []
    k = R.random()
    if k < 0.55:
        L.append(mk(F, "bcp MigrStage.dbo.stg_Guarantor in D:\\migr\\out\\guarmast_20240316.txt -S PVCHSQL02 -T -c -t\"|\" -C 65001 -e D:\\migr\\err\\guarmast.err -m 500 -b 1000"))
        L.append(mk(F, "Starting copy..."))
        n = R.randint(30000, 40000)
        for _ in range(R.randint(1, 2)):
            L.append(mk(F, "SQLState = %s" % R.choice(["22008, NativeError = 0", "22001, NativeError = 0", "22005, NativeError = 0"])))
            L.append(mk(F, "Error = [Microsoft][ODBC Driver 17 for SQL Server]%s" % R.choice(["Invalid date format", "String data, right truncation", "Invalid character value for cast specification"])))
        L.append(mk(F, "1000 rows sent to SQL Server. Total sent: %d" % (n // 1000 * 1000)))
        L.append(mk(F, "%d rows copied." % n))
        L.append(mk(F, "Network packet size (bytes): 4096"))
        ms = R.randint(8000, 30000)
        L.append(mk(F, "Clock Time (ms.) Total     : %d   Average : (%.2f rows per sec.)" % (ms, n / (ms / 1000.0))))
    else:
        L.append(mk(F, "#@ Row %d, Column %d: Invalid date format @#" % (R.randint(2, 40000), R.randint(2, 9))))
        for _ in range(R.randint(1, 3)):
            p = pick()
            rel = R.choice(REL_FIRST)
            L.append(mk(F, (p.acct, "account"), "|", (ascii_up(p.last), "name"), "|", (rel.upper(), "name"), "|", (ssn_fmt(gen_ssn(), 0), "ssn"), "|",
                        ("%02d/%02d/%d" % (R.randint(1, 12), R.randint(29, 31), R.randint(1940, 1990)), "date") if R.random() < 0.5 else (mdy4(p.dob), "date"),
                        "|", (p.street, "address"), "|", (p.city, "address"), "|KS|", (p.zip, "zip"), "|", (phone_fmt(p.ph, 2), "phone"), "|",
                        (p.dl, "license"), "|", R.choice(["SP", "PA", "CH", "SE"])))
    return L


def fam_stmt():
    F = "stmt_pdftext"
    p = pick()
    L = []
    sp = " " * 58
    L.append(mk(F, sp + FAC))
    L.append(mk(F, sp + "400 HOSPITAL DRIVE  PO BOX 118"))
    L.append(mk(F, sp + "ELLSWORTH KS 67439-0118"))
    L.append(mk(F, "STATEMENT DATE        ACCOUNT NUMBER        AMOUNT DUE        PAY THIS AMOUNT"))
    L.append(mk(F, mdy4(RUN_DATE - dt.timedelta(days=6)), "            ", lj(p.acct, 22, "account"), "$%-16.2f  $________" % p.bal))
    gname = "%s %s" % (ascii_up(p.first), ascii_up(p.last))
    L.append(mk(F, "    ", (gname, "name")))
    L.append(mk(F, "    ", (p.street, "address")))
    L.append(mk(F, "    ", (p.city, "address"), " KS ", (p.zip4, "zip")))
    L.append(mk(F, "PATIENT: ", lj("%s %s" % (p.first.upper(), p.last.upper()), 34, "name"), "MED REC #: ", (p.mrn, "mrn")))
    L.append(mk(F, "DATE OF SERVICE  DESCRIPTION                          CHARGES   PAYMENTS/ADJ      BALANCE"))
    d = p.adm
    for _ in range(R.randint(2, 4)):
        desc, amt = R.choice([("EMERGENCY DEPT LEVEL 3", 612.0), ("CBC W/AUTO DIFF", 48.5), ("XR CHEST 2 VIEWS", 221.0), ("ROOM & BOARD SEMI-PVT", 1480.0),
                              ("BCBS KS PAYMENT", -469.82), ("MEDICARE CONTRACTUAL ADJ", -812.4), ("PATIENT PAYMENT - THANK YOU", -45.0)])
        col = "%10.2f" % amt if amt > 0 else " " * 10 + "   %12.2f" % amt
        L.append(mk(F, (mdy2(d), "date"), "         ", "%-35s  %s" % (desc, col)))
        d = d + dt.timedelta(days=R.randint(0, 2))
    L.append(mk(F, "Questions? Call Patient Financial Services (785) 472-5561, Mon-Fri 8:00 AM - 4:30 PM, or pay online at https://pay.pinevalleyhealth.org"))
    L.append(mk(F, "Page 1 of %d" % R.randint(1, 2)))
    return L


def fam_winaudit():
    F = "win_audit"
    L = []
    for _ in range(R.randint(2, 4)):
        t = CLK.tick(0, 30)
        k = R.randrange(6)
        p = pick()
        staff = R.choice(STAFF)
        src = "10.20.%d.%d" % (R.randint(1, 9), R.randint(10, 240))
        if k == 0:
            fn_last = ascii_up(p.last).replace(" ", "")
            L.append(mk(F, "PVCHFS01.pvch.local\tMSWinEventLog\t1\tSecurity\t%d\t%s\t5145\tMicrosoft-Windows-Security-Auditing\tPVCH\\%s\tN/A\tSuccess Audit\tPVCHFS01.pvch.local\tDetailed File Share\t\tA network share object was checked to see whether client can be granted desired access.    Subject:   Security ID:  PVCH\\%s   Account Name:  %s   Account Domain:  PVCH   Logon ID:  0x%X    Network Information:    Object Type:  File   Source Address:  %s   Source Port:  %d    Share Information:    Share Name:  \\\\*\\HIM   Share Path:  \\??\\D:\\Shares\\HIM   Relative Target Name:  Scans\\2024\\03\\" % (
                R.randint(100000, 999999), t.strftime("%a %b %d %H:%M:%S %Y"), staff, staff, staff, R.randint(0x100000, 0xFFFFFFF), src, R.randint(49152, 65535)),
                (fn_last, "name"), "_", (ascii_up(p.first).replace(" ", ""), "name"), "_", (p.mrn, "mrn"), "_%s.pdf    Access Request Information:    Access Mask:  0x120089   Accesses:  READ_CONTROL SYNCHRONIZE ReadData (or ListDirectory)\t%d" % (
                    R.choice(["ConsentToTreat", "FaceSheet", "DNR", "InsuranceCard"]), R.randint(1000, 9999))))
        elif k == 1:
            L.append(mk(F, '{"EventTime":"%s","Hostname":"PVCHFS01.pvch.local","EventID":4663,"SourceName":"Microsoft-Windows-Security-Auditing","SubjectUserName":"%s","SubjectDomainName":"PVCH","ObjectType":"File","ObjectName":"D:\\\\Shares\\\\BusinessOffice\\\\Collections\\\\' % (t.strftime("%Y-%m-%d %H:%M:%S"), staff),
                        (new_name(p).split(" ")[0] + " " + p.first, "name"), " - ", (p.acct, "account"), '.xlsx","AccessMask":"0x2","ProcessName":"C:\\\\Program Files\\\\Microsoft Office\\\\root\\\\Office16\\\\EXCEL.EXE","Keywords":"Audit Success"}'))
        elif k == 2:
            L.append(mk(F, "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Security-Auditing'/><EventID>4660</EventID><TimeCreated SystemTime='%s'/><Computer>PVCHFS01.pvch.local</Computer></System><EventData><Data Name='SubjectUserName'>%s</Data><Data Name='ObjectName'>D:\\Shares\\HIM\\Release\\" % (
                t.strftime("%Y-%m-%dT%H:%M:%S.%f0Z"), staff), (p.mrn, "mrn"), " ", (p.first + " " + p.last, "name"), " DOB ", (p.dob.strftime("%m-%d-%Y"), "date"),
                ".tif</Data><Data Name='HandleId'>0x%x</Data><Data Name='ProcessName'>C:\\Windows\\explorer.exe</Data></EventData></Event>" % R.randint(0x100, 0xfff)))
        elif k == 3:
            L.append(mk(F, '{"EventTime":"%s","Hostname":"PVCHDC01.pvch.local","EventID":4624,"TargetUserName":"%s","LogonType":3,"IpAddress":"%s","IpPort":"%d","AuthenticationPackageName":"Kerberos","Keywords":"Audit Success"}' % (
                t.strftime("%Y-%m-%d %H:%M:%S"), staff, src, R.randint(49152, 65535))))
        elif k == 4:
            L.append(mk(F, "PVCHFS01.pvch.local\tMSWinEventLog\t1\tSecurity\t%d\t%s\t5140\tMicrosoft-Windows-Security-Auditing\tPVCH\\svc_infa\tN/A\tSuccess Audit\tPVCHFS01.pvch.local\tFile Share\t\tA network share object was accessed.    Share Name:  \\\\*\\migr$   Share Path:  \\??\\E:\\migr   Source Address:  10.20.2.15\t%d" % (
                R.randint(100000, 999999), t.strftime("%a %b %d %H:%M:%S %Y"), R.randint(1000, 9999))))
        else:
            L.append(mk(F, '{"EventTime":"%s","Hostname":"PVCHFS01.pvch.local","EventID":4663,"SubjectUserName":"%s","ObjectName":"D:\\\\Shares\\\\IT\\\\migration\\\\runbook_cutover_v%d.docx","AccessMask":"0x6","ProcessName":"C:\\\\Program Files\\\\Microsoft Office\\\\root\\\\Office16\\\\WINWORD.EXE"}' % (
                t.strftime("%Y-%m-%d %H:%M:%S"), staff, R.randint(3, 11))))
    return L


def fam_5250():
    F = "tn5250_scrape"
    t = CLK.tick()
    L = []
    n = R.randint(10, 200)
    if R.random() < 0.3:
        L.append(mk(F, "===== PVSESS%d screen %04d captured %s cursor=(06,53) =====" % (R.randint(1, 4), n, t.strftime("%Y-%m-%d %H:%M:%S"))))
        for row in ["                                 Sign On", "                                          System  . . . . . :   PUBV400A",
                    "                                          Subsystem . . . . :   QINTER", "                                          Display . . . . . :   QPADEV%04d" % R.randint(1, 40),
                    "                 User  . . . . . . . . . . . . . .   __________", "                 Password  . . . . . . . . . . . .",
                    "                                     (C) COPYRIGHT IBM CORP. 1980, 2018."]:
            L.append(mk(F, row))
        return L
    p = pick()
    L.append(mk(F, "===== PVSESS%d screen %04d captured %s cursor=(04,28) =====" % (R.randint(1, 4), n, t.strftime("%Y-%m-%d %H:%M:%S"))))
    L.append(mk(F, " PAR0100                 %s                %s" % (FAC, mdy_np(t.date()))))
    L.append(mk(F, " PAINQ                       Patient Account Inquiry                     %s" % t.strftime("%H:%M:%S")))
    L.append(mk(F, " Account number . . . . :  ", lj(p.acct, 15, "account"), "Patient number . :  ", (p.mrn, "mrn")))
    L.append(mk(F, " Patient name . . . . . :  ", (legacy_name(p), "name")))
    ag = str(p.age)
    L.append(mk(F, " Birth date . . . . . . :  ", lj(mdy2(p.dob), 15, "date"), "Age . . :  ", (ag, "age") if p.age > 89 else ag, "   Sex . :  %s" % p.sex))
    L.append(mk(F, " Address  . . . . . . . :  ", (p.street, "address")))
    L.append(mk(F, "                           ", lj(p.city, 21, "address"), "KS  ", (p.zip, "zip")))
    L.append(mk(F, " Home phone . . . . . . :  ", (phone_fmt(p.ph, 4), "phone")))
    L.append(mk(F, " Admit date . . . . . . :  ", lj(mdy_np(p.adm), 15, "date"), "Disch date . . :  ", (mdy_np(p.dis), "date") if R.random() < 0.7 else "0/00/00"))
    L.append(mk(F, " Fin class  . . . . . . :  %-2s  %-10s Primary ins . :  %-5s " % (R.choice(["02", "05", "08"]), p.plan[0], p.plan[0]), (p.plan[2], "health_plan")))
    L.append(mk(F, " Balance  . . . . . . . :  %14s" % "{:,.2f}".format(p.bal)))
    if R.random() < 0.4:
        L.append(mk(F, " Note: ", R.choice([["PT REQ PAYMENT PLAN $25/MO - DAUGHTER ", (R.choice(REL_FIRST).upper() + " " + ascii_up(p.last), "name"), " CALLS ", (phone_fmt(p.ph2, 1), "phone")],
                                            ["DL VERIFIED ", (p.dl, "license"), " KS - SELF PAY DISCOUNT APPLIED"],
                                            ["CHARITY APP PENDING, SEE FUNDRAISER ", ("https://www.gofundme.com/f/help-%s-%s-medical-bills" % (ascii_up(p.first).lower().split()[0], ascii_up(p.last).lower().replace(" ", "-")), "url")]])))
    L.append(mk(F, " F3=Exit   F5=Refresh   F10=Charges   F11=Payments   F12=Cancel"))
    L.append(mk(F, " MA  a                                                          04/028"))
    return L


def fam_ticket():
    F = "ticket_note"
    L = []
    inc = "INC%07d" % R.randint(48000, 49999)
    for _ in range(R.randint(1, 3)):
        t = CLK.tick(10, 600)
        who = R.choice(STAFF)
        p = pick()
        k = R.randrange(10)
        head = "%s work_notes %s %s: " % (inc, t.strftime("%Y-%m-%d %H:%M:%S"), who)
        if k == 0:
            L.append(mk(F, head, "HIM says pt ", (full_name(p), "name"), " dob ", (mdy_np(p.dob), "date"), " has two MRNs (", (p.mrn, "mrn"), " and ",
                        ("%07d" % (int(p.mrn) + R.randint(1, 9)), "mrn"), ") in PATMAST - please merge before cutover"))
        elif k == 1:
            L.append(mk(F, head, "re-ran s_m_LOAD_COVERAGE after fixing the CCSID on INSMAST, rejects went from %d to %d. Nothing patient-specific left in the bad file." % (R.randint(100, 400), R.randint(0, 20))))
        elif k == 2:
            olds = [q for q in PEOPLE if q.age > 89]
            q = R.choice(olds)
            L.append(mk(F, head, "called back mrs ", (ascii_up(q.last).lower(), "name"), " (", (str(q.age), "age"), "yo) about the statement with the wrong address - she still lives at ",
                        (title_addr(q.street), "address"), ", ", (q.city.title(), "address"), " ", (q.zip, "zip"), ". Corrected in Harmony, legacy left as is"))
        elif k == 3:
            L.append(mk(F, head, "Vendor ticket %08d opened with Harmony support (support@harmonyehr.example, 1-800-555-0199) for FHIR 422 on %s" % (R.randint(2290000, 2299999), R.choice(["Coverage.subscriberId", "Patient.address.district", "Encounter.period"]))))
        elif k == 4:
            L.append(mk(F, head, "Emergency contact for ", (p.first[0] + ". " + p.last, "name"), " migrated as ", (R.choice(REL_FIRST) + " " + p.last, "name"), " ", (phone_fmt(p.ph2), "phone"),
                        " but legacy GUARMAST has ", (phone_fmt(p.ph), "phone"), " - which one is right?"))
        elif k == 5:
            L.append(mk(F, head, "cutover checklist step 14 done: PA1000NITE held, QBATCH ended *CNTRLD, journal receivers PAJRN0412-0419 saved to tape VOL PV0316"))
        elif k == 7:
            L.append(mk(F, head, "Rec'd POA by fax for ", (ascii_up(p.first).title() + " " + p.last, "name"), " from son's home fax ", (phone_fmt(p.ph2, R.choice([0, 1, 3])), "fax"),
                        " - scanned to HIM share, please link to ", (p.nmrn, "mrn"), " in Harmony"))
        elif k == 9:
            slug = "%s%s" % (ascii_up(p.first).lower().split()[0], ascii_up(p.last).lower().replace(" ", "").replace("'", ""))
            L.append(mk(F, head, "family asked that updates go through the CaringBridge page (", ("https://www.caringbridge.org/site/" + slug, "url"), ") instead of calling ",
                        (p.first.split()[0] + " " + p.last, "name"), " at home; added to Harmony comm prefs"))
        elif k == 8:
            L.append(mk(F, head, "FYI the 5250 sessions on PVTERM03 keep dropping (TN5250E negotiation timeout after 30s). Restarted QTVTELNET, no data loss"))
        else:
            L.append(mk(F, head, "appt for ", (new_name(p), "name"), " on ", (dt.date(2024, 3, R.randint(18, 29)).strftime("%b %d"), "date"),
                        " did not come across; enc ", (p.enc, "other_id"), " shows status cancelled in Harmony"))
    return L


FAMS = [
    (fam_joblog, 4), (fam_spool_atb, 3), (fam_spool_census, 2), (fam_spool_ub, 2), (fam_ebcdic, 4), (fam_mumps_zwr, 3),
    (fam_mumps_err, 2), (fam_pylog, 7), (fam_diff, 4), (fam_csv, 4), (fam_jsonl, 6), (fam_infa, 4), (fam_badfile, 3),
    (fam_mssql, 3), (fam_bcp, 3), (fam_stmt, 2), (fam_winaudit, 6), (fam_5250, 5), (fam_ticket, 8),
]


def main():
    lines = []
    first = [f for f, w in FAMS]
    R.shuffle(first)
    rest = [f for f, w in FAMS for _ in range(w - 1)]
    R.shuffle(rest)
    for f in first + rest:
        lines.extend(f())
        if len(lines) >= TARGET:
            break
    assert len(lines) >= TARGET, len(lines)
    lines = lines[:TARGET]

    out_log = []
    out_lab = []
    for i, ln in enumerate(lines, 1):
        s = ln.text()
        assert len(s.splitlines()) == 1 and s.strip(), (i, s)
        b = s.encode("utf-8")
        spans = []
        for (a, e, cat, val) in ln.spans:
            assert b[a:e].decode("utf-8") == val, (i, val)
            assert val.strip() == val and val, (i, val)
            spans.append({"s": a, "e": e, "cat": cat})
        out_log.append(s)
        out_lab.append(json.dumps({"line": i, "family": ln.fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(out_log))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(out_lab) + "\n")


if __name__ == "__main__":
    main()
