#!/usr/bin/env python3
"""
gen_jt.py - synthetic, labeled log corpus for a PHI detector.

Theme: hospital neurodiagnostics department (routine/long-term video EEG,
EMG/nerve conduction, polysomnography) at a fictional "Lakeshore Regional
Medical Center" (LRMC).  Acquisition/review station logs (log4net, NLog),
EDF/EDF+ header dumps (field dump, pyedflib, MNE, xxd), spike/seizure
detection service logs, video archive jobs (robocopy, rsync to NAS), DICOM
(dcmtk storescu / dcmdump), HL7 v2 ORU/SIU interface traffic, technologist
notes and EMU event logs, scheduling CSV exports, sleep scoring exports,
amplifier/device firmware logs, Windows event exports, fax server, kiosk,
Serilog JSON from the remote review / home sleep test portal.

Everything is synthetic.  Standard library only, deterministic (fixed seed).
Writes jt.log (500 lines) and jt.labels.jsonl next to this script.

Labeling decisions:
- Patients, their relatives / emergency contacts, guarantors and subscribers
  are labeled.  Technologists, physicians, nurses, vendors, the hospital, the
  payers (name, PO box, phone) and departmental contact data are not.
- A person's name written contiguously is ONE name span, whatever the form:
  "Last, First M", "LAST^FIRST^M" (HL7/DICOM PN), "Last~ First" (study folder
  names), "Last_First" (EDF+), "first.last" is an e-mail/username, not a name.
  Honorifics/relationship words ("mom", "Mrs.") are outside the span.
- Dates tied to the patient are labeled as date: birth dates, study/recording
  start dates (EDF startdate, DICOM StudyDate, MNE meas_date, OBR-7),
  appointment dates, admission dates, return-due dates, and dates embedded in
  export file names that encode the study date.  The span is the whole value
  as written (date + time when written as one token such as 20240311081422).
  Log line timestamps, file mtimes, job start/end times, ages of files and
  clock times alone (event onset "02:14:55") are not labeled.
- Ages are labeled only when > 89; the span is the number only ("95" in
  "95 y.o.", "Age: 91"), except DICOM AS values where the whole value ("095Y")
  is the span.  Ages <= 89 are not labeled.
- MRN: the hospital MR number in any form (PID-3, EDF+ patient code, DICOM
  PatientID, MNE his_id, file/folder names).  Hospital account numbers
  (PID-18, HAR) -> account.  Card numbers -> account.
- Encounter/visit numbers (PV1-19, CSN) and patient portal usernames ->
  other_id.  Order numbers, accession numbers, departmental study numbers
  (LTM-2024-00873, EEG24-0412, PSG-24-0331), report numbers, DICOM UIDs,
  study GUIDs and job/trace IDs are NOT labeled (operational record keys).
- health_plan: payer member/subscriber IDs, Medicare MBI, Medicaid IDs.
  Group numbers and payer IDs are not labeled.
- device: serials of devices issued to / implanted in / worn at home by a
  specific patient (ambulatory EEG recorder, home sleep test unit, VNS
  generator) when the line ties them to the patient.  Serials of hospital
  amplifiers, cameras, photic stimulators, workstations are not labeled.
- ip: a patient's public IP (home study uploads, portal).  Internal 10.x /
  hospital addresses of stations and servers are not labeled.
- url: personal links supplied by patients/families (shared home videos).
- phone/fax: patient / relative numbers only; department, clinic, payer and
  vendor numbers are not labeled.  Release-of-information faxes to a
  patient's home fax -> fax.
- address: street line, unit (Apt 8), city and county are separate address spans;
  state is not labeled; ZIP -> zip.
- license: patient's driver's licence / CDL number.  vehicle: patient's plate.
- biometric: palm-vein template identifiers (PatientSecure-style).
- photo: base64 payload of a face snapshot (video EEG thumbnail).
- xxd dumps: only the ASCII column is labeled; a field split across rows is
  labeled as one fragment per row; the hex column is not labeled.
- Python reprs (pyedflib / MNE): the argument list inside datetime.date(...)
  / datetime.datetime(...) is the date span.
- German partner-site export: Versichertennummer (KVNR) -> health_plan.
- A surname alone ("KAHANANUI rm EMU-12") and a relative's first name alone
  ("mother (Rosa)") are still name spans.
- Sex, diagnoses, medications, semiology, room/bed codes, staff initials and
  staff logins (rpatel, KD) are not labeled.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata

ID = "jt"
R = random.Random(238)
HERE = os.path.dirname(os.path.abspath(__file__))
STUDY_DAY = dt.date(2024, 3, 11)


# ---------------------------------------------------------------- builder
class Ln:
    def __init__(self, fam):
        self.fam = fam
        self.b = bytearray()
        self.sp = []

    def t(self, x):
        self.b += x.encode("utf-8")
        return self

    def p(self, x, cat):
        assert x, cat
        st = len(self.b)
        self.b += x.encode("utf-8")
        self.sp.append((st, len(self.b), cat, x))
        return self


def L(fam, *parts):
    ln = Ln(fam)
    for x in parts:
        if isinstance(x, tuple):
            v, c = x
            if c is None:
                ln.t(v)
            else:
                ln.p(v, c)
        else:
            ln.t(x)
    return ln


def N(x): return (x, "name")
def D(x): return (x, "date")
def M(x): return (x, "mrn")
def PH(x): return (x, "phone")
def AD(x): return (x, "address")
def Z(x): return (x, "zip")
def OI(x): return (x, "other_id")
def HP(x): return (x, "health_plan")
def AC(x): return (x, "account")
def DV(x): return (x, "device")
def AG(x): return (x, "age")


# ---------------------------------------------------------------- helpers
def rc(seq):
    return R.choice(seq)


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.replace("ł", "l").replace("Ł", "L").replace("ı", "i")


MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MONL = ["January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"]


def d_us(d): return "%02d/%02d/%04d" % (d.month, d.day, d.year)
def d_us_s(d): return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
def d_iso(d): return d.strftime("%Y-%m-%d")
def d_hl7(d): return d.strftime("%Y%m%d")
def d_edf(d): return "%02d-%s-%04d" % (d.day, MON[d.month - 1], d.year)
def d_dots(d): return "%02d.%02d.%02d" % (d.day, d.month, d.year % 100)
def d_de(d): return "%02d.%02d.%04d" % (d.day, d.month, d.year)
def d_long(d): return "%s %d, %d" % (MONL[d.month - 1][:3], d.day, d.year)
def d_eu(d): return "%02d/%02d/%04d" % (d.day, d.month, d.year)


def age_on(dob, ref=STUDY_DAY):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


def digits(n):
    return "".join(rc("0123456789") for _ in range(n))


def hexs(n, up=False):
    s = "".join(rc("0123456789abcdef") for _ in range(n))
    return s.upper() if up else s


def guid():
    return "%s-%s-%s-%s-%s" % (hexs(8), hexs(4), "4" + hexs(3), rc("89ab") + hexs(3), hexs(12))


AREAS = ["608", "414", "262", "920", "715", "847", "312", "773", "815", "630"]


def mk_phone():
    return (rc(AREAS), str(R.randint(201, 989)), "%04d" % R.randint(0, 9999))


def fphone(ph, style=None):
    a, e, n = ph
    style = style if style is not None else R.randint(0, 6)
    return [
        "(%s) %s-%s" % (a, e, n), "%s-%s-%s" % (a, e, n), "%s%s%s" % (a, e, n),
        "+1 %s %s %s" % (a, e, n), "%s.%s.%s" % (a, e, n), "(%s)%s-%s" % (a, e, n),
        "1-%s-%s-%s" % (a, e, n)][style]


def mk_ssn():
    while True:
        a = R.randint(1, 899)
        if a in (0, 666):
            continue
        return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mk_mbi():
    an = MBI_A + "0123456789"
    s = (str(R.randint(1, 9)) + rc(MBI_A) + rc(an) + rc("0123456789") + rc(MBI_A)
         + rc(an) + rc("0123456789") + rc(MBI_A) + rc(MBI_A) + rc("0123456789") + rc("0123456789"))
    return s


def luhn_card(prefix, length=16):
    body = prefix + digits(length - len(prefix) - 1)
    tot = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return body + str((10 - tot % 10) % 10)


# ---------------------------------------------------------------- people
PEOPLE = [
    ("Chidi", "E", "Okonkwo", "M"), ("Xochitl", "", "Castillo", "F"),
    ("Harold", "J", "Abernathy", "M"), ("Hiroshi", "", "Nakamura", "M"),
    ("Thi", "Lan", "Nguyen", "F"), ("Ilona", "", "Szabó", "F"),
    ("Jean-Baptiste", "", "Lefèvre", "M"), ("Siobhán", "M", "O'Connell", "F"),
    ("Pieter", "", "van der Berg", "M"), ("María José", "", "de la Cruz", "F"),
    ("Fatima", "Z", "Al-Rashid", "F"), ("Łukasz", "", "Kowalczyk", "M"),
    ("Oluwaseun", "A", "Adeyemi", "M"), ("Priya", "", "Ramanathan", "F"),
    ("Dmitri", "V", "Petrov", "M"), ("Anne-Marie", "", "St. John", "F"),
    ("Kwame", "", "Osei", "M"), ("Leilani", "K", "Kahananui", "F"),
    ("Mateo", "", "Fernández-López", "M"), ("Ingrid", "", "Lindqvist", "F"),
    ("Yusuf", "", "Yılmaz", "M"), ("Zoë", "R", "Papadopoulos", "F"),
    ("Giovanni", "", "Bianchi", "M"), ("Mei-Ling", "", "Chen", "F"),
    ("Tomasz", "", "Wiśniewski", "M"), ("Esperanza", "", "Quispe Mamani", "F"),
    ("Rosalind", "", "MacLeod", "F"), ("Bogdan", "", "Ionescu", "M"),
    ("Aaliyah", "N", "Washington", "F"), ("Ravi", "", "Subramaniam", "M"),
    ("Ulrike", "", "von Hagen", "F"), ("Amara", "", "Nwosu-Bello", "F"),
    ("Seo-yeon", "", "Park", "F"), ("Jamal", "", "Haddad", "M"),
    ("Ebba", "", "Åkesson", "F"), ("Dong", "", "Vu", "M"),
    ("Carmen", "L", "Villanueva", "F"), ("Nikolaos", "", "Georgiou", "M"),
    ("Wilhelmina", "", "Achterberg", "F"), ("Tariq", "", "Mahmood", "M"),
    ("Beatrix", "", "Du Plessis", "F"), ("Kofi", "", "Mensah", "M"),
]
REL_F = ["Rosa", "Margaret", "Keiko", "Claire", "Annelies", "Agnieszka", "Folake", "Lakshmi",
         "Olga", "Ama", "Lucía", "Elif", "Eleni", "Paola", "Wen", "Halina", "Fiona", "Chiamaka",
         "Marie-Claude", "Nomvula", "Dagny", "Parisa"]
REL_M = ["Tunde", "Minh", "Gábor", "Declan", "Juan Carlos", "Omar", "Marcus", "Kalani", "Sven",
         "Rufino", "Radu", "DeShawn", "Arjun", "Dieter", "Ilya", "Tevita", "Hamid", "Bao"]
REL_SP_F = ["Rosa", "Lucía", "Paola", "Guadalupe", "Maricela", "Ximena"]
REL_FIRST = ["Rosa", "Tunde", "Margaret", "Keiko", "Minh", "Gábor", "Claire", "Declan",
             "Annelies", "Juan Carlos", "Omar", "Agnieszka", "Folake", "Lakshmi", "Olga",
             "Marcus", "Ama", "Kalani", "Lucía", "Sven", "Elif", "Eleni", "Paola", "Wen",
             "Halina", "Rufino", "Fiona", "Radu", "DeShawn", "Arjun", "Dieter", "Chiamaka"]
RELS = ["mother", "father", "wife", "husband", "daughter", "son", "sister", "brother",
        "partner", "grandmother", "guardian"]
CITIES = [("Milwaukee", "Milwaukee", "WI", "532"), ("Madison", "Dane", "WI", "537"),
          ("Waukesha", "Waukesha", "WI", "531"), ("Racine", "Racine", "WI", "534"),
          ("Kenosha", "Kenosha", "WI", "531"), ("Janesville", "Rock", "WI", "535"),
          ("Green Bay", "Brown", "WI", "543"), ("Appleton", "Outagamie", "WI", "549"),
          ("Sheboygan", "Sheboygan", "WI", "530"), ("West Allis", "Milwaukee", "WI", "532"),
          ("Oak Creek", "Milwaukee", "WI", "531"), ("Evanston", "Cook", "IL", "602"),
          ("Rockford", "Winnebago", "IL", "611"), ("Wauwatosa", "Milwaukee", "WI", "532"),
          ("Cedarburg", "Ozaukee", "WI", "530"), ("Fond du Lac", "Fond du Lac", "WI", "549")]
STREETS = ["N Prospect Ave", "W Lincoln Ave", "S 27th St", "E Capitol Dr", "Atwood Ave",
           "W Greenfield Ave", "Monroe St", "Old World 3rd St", "N Humboldt Blvd",
           "W Forest Home Ave", "Sheridan Rd", "E North Ave", "Packers Ave", "Lake Dr",
           "W Oklahoma Ave", "Regent St", "N Oakland Ave", "Durand Ave", "Kinnickinnic Ave",
           "Birch Ridge Ct", "Mill Pond Ln", "County Rd K"]
PAYERS = [("BCBS OF WISCONSIN", "BCBSWI", lambda: "XKW" + digits(9)),
          ("UNITEDHEALTHCARE", "UHC", lambda: digits(9)),
          ("MEDICARE PART B", "MCR", mk_mbi),
          ("WI MEDICAID FORWARDHEALTH", "MCD", lambda: digits(10)),
          ("AETNA", "AET", lambda: "W" + digits(9)),
          ("HUMANA MEDICARE ADV", "HUM", lambda: "H" + digits(8)),
          ("QUARTZ HEALTH", "QTZ", lambda: "QZ" + digits(7) + "01")]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "charter.net",
             "att.net", "protonmail.com", "hotmail.com", "wi.rr.com"]


class P:
    pass


def mk_person(first, mid, last, sex, idx):
    p = P()
    p.first, p.mid, p.last, p.sex = first, mid, last, sex
    # age mix: 7 very old (>89), 11 pediatric, rest adults
    if idx % 6 == 2:
        p.dob = dt.date(R.randint(1926, 1933), R.randint(1, 12), R.randint(1, 28))
    elif idx % 4 == 1:
        p.dob = dt.date(R.randint(2008, 2021), R.randint(1, 12), R.randint(1, 28))
    else:
        p.dob = dt.date(R.randint(1940, 2001), R.randint(1, 12), R.randint(1, 28))
    p.age = age_on(p.dob)
    p.mrn = "%08d" % R.randint(100000, 9999999)
    p.acct = "4" + digits(9)
    p.csn = "13" + digits(8)
    p.ssn = mk_ssn()
    p.phone = mk_phone()
    p.mobile = mk_phone()
    fa = ascii_fold(first).lower().replace(" ", "").replace("-", "")
    la = ascii_fold(last).lower().replace(" ", "").replace("'", "").replace(".", "")
    p.email = rc(["%s.%s%02d", "%s%s%02d", "%s_%s%02d"]) % (fa, la, p.dob.year % 100) + "@" + rc(EMAIL_DOM)
    p.portal = rc(["%s.%s", "%s%s", "%s_%s%d"]).replace("%d", str(R.randint(1, 99))) % (fa[:6], la[:5])
    c = rc(CITIES)
    p.city, p.county, p.state = c[0], c[1], c[2]
    p.zip = c[3] + "%02d" % R.randint(1, 99)
    p.street = "%d %s" % (R.randint(100, 9899), rc(STREETS))
    p.apt = rc(["", "", "", "Apt %d" % R.randint(1, 40), "Unit %s" % rc("ABCD"), "#%d" % R.randint(100, 420)])
    while True:
        pay = rc(PAYERS)
        senior = pay[1] in ("MCR", "HUM")
        if senior == (p.age >= 65) or (p.age >= 65 and R.random() < 0.3):
            break
    p.payer, p.payer_code, p.member = pay[0], pay[1], pay[2]()
    p.fax = mk_phone()
    p.rel_last = last if R.random() < 0.7 else rc(["Moreno", "Baker", "Kowalski", "Tran", "Olson", "Ndiaye"])
    if p.age < 18:
        p.rel = rc(["mother", "mother", "father", "guardian", "grandmother"])
    else:
        p.rel = rc(["spouse", "spouse", "partner", "daughter", "son", "sister", "brother"] + (["mother", "father"] if p.age < 50 else []))
        if p.rel == "spouse":
            p.rel = "wife" if p.sex == "M" else "husband"
    if p.rel in ("mother", "wife", "daughter", "sister", "grandmother"):
        p.rel_first = rc(REL_F)
    elif p.rel in ("father", "husband", "son", "brother"):
        p.rel_first = rc(REL_M)
    else:
        p.rel_first = rc(REL_F + REL_M)
    p.ltm = "LTM-2024-%05d" % R.randint(600, 999)
    p.rel_phone = mk_phone()
    p.dl = rc("ABCDEFGHJKLMNOPRSTW") + "%03d-%04d-%04d-%02d" % (R.randint(0, 999), R.randint(0, 9999), R.randint(0, 9999), R.randint(0, 99))
    p.study = rc(["LTM-2024-%05d" % R.randint(600, 999), "EEG24-%04d" % R.randint(300, 1800),
                  "PSG-24-%04d" % R.randint(100, 700), "EMG24-%04d" % R.randint(100, 900)])
    p.gid = guid()
    p.bed = R.randint(1, 12)
    return p


PATS = [mk_person(f, m, l, s, i) for i, (f, m, l, s) in enumerate(PEOPLE)]
OLD = [p for p in PATS if p.age > 89]
assert len(OLD) >= 5


def nm_lf(p):     # "Last, First M"
    return "%s, %s%s" % (p.last, p.first, (" " + p.mid[0]) if p.mid else "")


def nm_fl(p):
    return "%s %s" % (p.first, p.last)


def nm_hl7(p):
    s = "%s^%s" % (ascii_fold(p.last).upper(), ascii_fold(p.first).upper())
    if p.mid:
        s += "^" + ascii_fold(p.mid).upper()
    return s


def nm_up(p):
    return "%s, %s" % (p.last.upper(), p.first.upper())


def nm_folder(p):
    return "%s~ %s" % (p.last, p.first)


def nm_edf(p):
    return ("%s_%s" % (ascii_fold(p.last), ascii_fold(p.first))).replace(" ", "_").replace("'", "")


def rel_name(p):
    return "%s %s" % (p.rel_first, p.rel_last)


STAFF = ["R. Patel, R. EEG T.", "Kim Delacroix, CLTM", "J. Brennan", "Marisol Ortega, RPSGT",
         "T. Abara", "Hannah Weiss, R.NCS.T.", "S. Lindgren"]
STAFF_ID = ["rpatel", "kdelacroix", "jbrennan", "mortega", "tabara", "hweiss", "slindgren"]
STAFF_INI = ["RP", "KD", "JB", "MO", "TA", "HW", "SL"]
MDS = [("Okafor", "Ngozi"), ("Hwang", "Lukas"), ("Moreau", "Amélie"), ("Sandoval", "Rafael"),
       ("Brandt", "Kirsten")]
DEPT_PHONE = "(414) 805-3650"
DEPT_FAX = "(414) 805-3659"
DEPT_MAIL = "neurodx-scheduling@lrmc.org"

# ---------------------------------------------------------------- clock
class Clock:
    def __init__(self):
        self.t = dt.datetime(2024, 3, 11, 5, 52, 7, 118000)

    def tick(self, a=1, b=45):
        self.t += dt.timedelta(seconds=R.randint(a, b), microseconds=R.randint(0, 999999))
        return self.t


CK = Clock()


def ts_l4n(t): return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)
def ts_nlog(t): return t.strftime("%Y-%m-%d %H:%M:%S.") + "%04d" % (t.microsecond // 100)
def ts_iso(t): return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)
def ts_us(t): return t.strftime("%m/%d/%Y %H:%M:%S.") + "%03d" % (t.microsecond // 1000)


# ================================================================ families
def acq_prefix(lvl, logger, thr=None):
    t = CK.tick(1, 40)
    return "%s [%d] %-5s %s - " % (ts_l4n(t), thr or R.randint(3, 48), lvl, logger)


ACQ_LOG = ["NeuroAcq.Service.RecordingManager", "NeuroAcq.Hardware.AmpLink",
           "NeuroAcq.Video.CaptureWorker", "NeuroAcq.Storage.SegmentWriter",
           "NeuroAcq.Adt.DemographicsSync", "NeuroAcq.Service.Heartbeat"]


def acq_noise():
    k = R.randint(0, 11)
    if k == 0:
        return L("log4net", acq_prefix("INFO", ACQ_LOG[5]), "Heartbeat seq=%d amp=EMU40EX ch=128 fs=512Hz state=Recording" % R.randint(10000, 99999))
    if k == 1:
        return L("log4net", acq_prefix("INFO", ACQ_LOG[1]), "Impedance check complete: %d/%d electrodes < 10 kOhm (max %.1f kOhm at %s)" % (21, 21, R.uniform(3, 9.9), rc(["T8", "O1", "Fp2", "A1", "Cz"])))
    if k == 2:
        return L("log4net", acq_prefix("INFO", ACQ_LOG[3]), "Disk space D:\\ free=%.1f GB (%d%%) threshold=50 GB" % (R.uniform(60, 900), R.randint(8, 70)))
    if k == 3:
        return L("log4net", acq_prefix("INFO", ACQ_LOG[2]), "cam%d 1920x1080@30fps H.264 bitrate=%d kbps dropped=%d buffer=%d%%" % (R.randint(1, 2), R.choice([2048, 3072, 4096]), R.randint(0, 4), R.randint(5, 40)))
    if k == 4:
        return L("log4net", acq_prefix("INFO", ACQ_LOG[3]), "Segment rollover: wrote %s_%04d.erd (%d MB) in %d ms" % (hexs(8), R.randint(1, 60), R.randint(900, 2100), R.randint(40, 900)))
    if k == 5:
        return L("log4net", acq_prefix("WARN", ACQ_LOG[1]), "Electrode %s impedance %.1f kOhm exceeds limit 10 kOhm (bed EMU-%02d)" % (rc(["T3", "T7", "F8", "P4", "Pz"]), R.uniform(10.5, 40), R.randint(1, 12)))
    if k == 6:
        return L("log4net", acq_prefix("INFO", ACQ_LOG[0]), "Sync check: EEG/video offset %d ms (tolerance 40 ms) photic=PS-800 on COM%d" % (R.randint(2, 30), R.randint(3, 6)))
    if k == 7:
        return L("log4net", acq_prefix("DEBUG", ACQ_LOG[4]), "ADT poll http://adt-gw.lrmc.local:8085/api/v2/census?unit=EMU returned 200 in %d ms (rows=%d)" % (R.randint(20, 400), R.randint(4, 12)))
    if k == 8:
        return L("log4net", acq_prefix("ERROR", ACQ_LOG[4]), "[Microsoft][ODBC Driver 17 for SQL Server]Login timeout expired (server=SQLNEURO02\\NEURO, db=NeuroDB, retry 2/5)")
    if k == 9:
        return L("log4net", acq_prefix("INFO", ACQ_LOG[0]), "Config reloaded from C:\\ProgramData\\NeuroAcq\\acq.config sha1=%s build=9.4.0.%d" % (hexs(40), R.randint(1100, 1999)))
    if k == 10:
        return L("log4net", acq_prefix("INFO", ACQ_LOG[0]), "WCF endpoint net.tcp://acq-emu%02d.lrmc.local:8732/AcqControl listening" % R.randint(1, 12))
    return L("log4net", acq_prefix("WARN", ACQ_LOG[2]), "Frame timestamp discontinuity %d ms on cam%d, resynced" % (R.randint(41, 900), R.randint(1, 2)))


def blk_acq():
    out = []
    for _ in range(R.randint(0, 1)):
        out.append(acq_noise())
    for _k in range(R.randint(1, 3)):
        out += acq_phi(rc(PATS))
    for _ in range(R.randint(0, 1)):
        out.append(acq_noise())
    return out


def acq_phi(p):
    out = []
    k = R.randint(0, 5)
    if k == 0:
        out.append(L("log4net", acq_prefix("INFO", ACQ_LOG[0]), 'Recording started: patient="', N(nm_lf(p)), '" MRN=', M(p.mrn), " bed=EMU-%02d study=%s amp=EMU40EX" % (p.bed, p.study)))
    elif k == 1:
        out.append(L("log4net", acq_prefix("INFO", ACQ_LOG[4]), "Demographics pushed from ADT: ", N(nm_hl7(p)), " DOB ", D(d_us(p.dob)), " sex=%s acct=" % p.sex, AC(p.acct), " csn=", OI(p.csn)))
    elif k == 2:
        out.append(L("log4net", acq_prefix("INFO", ACQ_LOG[0]), "Recording stopped for MRN ", M(p.mrn), ": duration %02d:%02d:%02d, %d segments, %.1f GB" % (R.randint(1, 71), R.randint(0, 59), R.randint(0, 59), R.randint(4, 70), R.uniform(4, 300))))
    elif k == 3:
        out.append(L("log4net", acq_prefix("WARN", ACQ_LOG[4]), "Demographics mismatch for bed EMU-%02d: station has '" % p.bed, N(nm_up(p)), "' DOB ", D(d_iso(p.dob)), ", ADT has DOB ", D(d_iso(p.dob + dt.timedelta(days=R.choice([1, 31, 365])))), " - manual reconciliation required"))
    elif k == 4:
        # exception with stack trace, one physical line per frame
        out.append(L("log4net", acq_prefix("ERROR", ACQ_LOG[3]), "Failed to flush segment to \\\\nas-neuro01\\live\\", N(nm_folder(p)), "_%s\\%s_0012.erd" % (p.gid, p.gid[:8])))
        out.append(L("log4net", "System.IO.IOException: The specified network name is no longer available."))
        out.append(L("log4net", "   at System.IO.__Error.WinIOError(Int32 errorCode, String maybeFullPath)"))
        out.append(L("log4net", "   at System.IO.FileStream.WriteCore(Byte[] buffer, Int32 offset, Int32 count)"))
        out.append(L("log4net", "   at NeuroAcq.Storage.SegmentWriter.Flush(Boolean final) in C:\\build\\agent\\_work\\7\\s\\src\\Storage\\SegmentWriter.cs:line 214"))
    else:
        out.append(L("log4net", acq_prefix("INFO", ACQ_LOG[2]), "Snapshot cam1 -> C:\\NeuroAcq\\Snap\\%s\\evt_%03d.jpg (patient " % (p.gid[:8], R.randint(1, 60)), N(nm_fl(p)), ", ", AG(str(p.age)) if p.age > 89 else (str(p.age), None), " y)"))
    return out


# ---- NLog review station
def nl(lvl, logger):
    return "%s|%s|%s|" % (ts_nlog(CK.tick(2, 60)), lvl, logger)


def review_noise():
    k = R.randint(0, 8)
    u = rc(STAFF_ID)
    if k == 0:
        return L("nlog", nl("INFO", "ReviewStation.Montage"), "Montage 'LB 18.3 Double Banana' applied (18 derivations, HFF 70 Hz, LFF 1 Hz, notch on)")
    if k == 1:
        return L("nlog", nl("INFO", "ReviewStation.StudyBrowser"), "Study %s opened read-only by %s (lock held by ACQ-EMU%02d)" % (rc(PATS).study, u, R.randint(1, 12)))
    if k == 2:
        return L("nlog", nl("DEBUG", "ReviewStation.VideoIndex"), "Cache hit ratio %.2f, %d keyframes indexed, %d ms" % (R.uniform(0.6, 0.99), R.randint(1000, 90000), R.randint(10, 700)))
    if k == 3:
        return L("nlog", nl("INFO", "ReviewStation.Auth"), "User %s signed out after %02d:%02d:%02d idle (session %s)" % (u, 0, R.randint(10, 59), R.randint(0, 59), hexs(16)))
    if k == 4:
        return L("nlog", nl("ERROR", "ReviewStation.Reports"), "Template 'EEG_Adult_v4.2.dotx' not found in \\\\fs01\\neurodx\\templates; using default")
    if k == 5:
        return L("nlog", nl("WARN", "ReviewStation.Render"), "GPU memory %d MB of %d MB used; falling back to software decode for 4K stream" % (R.randint(3000, 3900), 4096))
    if k == 6:
        return L("nlog", nl("INFO", "ReviewStation.Notes"), "Annotation 'Pt push button' added at +%02d:%02d:%02d by %s" % (R.randint(0, 71), R.randint(0, 59), R.randint(0, 59), u))
    if k == 7:
        return L("nlog", nl("INFO", "ReviewStation.Sync"), "Pulled %d annotations from %s for %s (etag W/\"%s\")" % (R.randint(1, 80), "P14Svc", rc(PATS).study, hexs(12)))
    return L("nlog", nl("INFO", "ReviewStation.Print"), "Report %s-R%d printed to \\\\print01\\NDX-HP-M607 (%d pages)" % (rc(PATS).study, R.randint(1, 3), R.randint(2, 9)))


def blk_review():
    out = [review_noise() for _ in range(R.randint(0, 1))]
    for _k in range(R.randint(1, 3)):
        out += review_phi(rc(PATS))
    out += [review_noise() for _ in range(R.randint(0, 1))]
    return out


def review_phi(p):
    out = []
    if R.random() < 0.25:
        p = rc(OLD)
    k = R.randint(0, 4)
    md = rc(MDS)
    if k == 0:
        out.append(L("nlog", nl("INFO", "ReviewStation.StudyBrowser"), "Opened study '", N(nm_up(p)), "' DOB=", D(d_iso(p.dob)), " MRN ", M(p.mrn), " (%s, %d files)" % (p.study, R.randint(3, 90))))
    elif k == 1:
        out.append(L("nlog", nl("INFO", "ReviewStation.Reports"), "Report finalized: pt ", N("%s %s" % (p.last, p.first)), ", ", (AG(str(p.age)) if p.age > 89 else (str(p.age), None)), " y.o., MRN ", M(p.mrn), ", reading MD %s, %s" % (md[0], md[1])))
    elif k == 2:
        sd = STUDY_DAY - dt.timedelta(days=R.randint(0, 3))
        fn = "%s_%s" % (ascii_fold(p.last).replace(" ", ""), ascii_fold(p.first).replace(" ", ""))
        out.append(L("nlog", nl("INFO", "ReviewStation.Export"), "Export to EDF+ C:\\Exports\\", N(fn), "_", M(p.mrn), "_", D(d_hl7(sd)), ".edf (%d ch, anonymize=False)" % R.randint(19, 32)))
    elif k == 3:
        out.append(L("nlog", nl("ERROR", "ReviewStation.Reports"), "HL7 send failed for ", N(nm_lf(p)), " (", M(p.mrn), "): System.Net.Sockets.SocketException (10061): No connection could be made because the target machine actively refused it 10.40.7.21:6661"))
    else:
        out.append(L("nlog", nl("INFO", "ReviewStation.Notes"), "Annotation '%s (" % p.rel, N(p.rel_first), ") reports staring spell' added at +%02d:%02d:%02d by %s" % (R.randint(0, 71), R.randint(0, 59), R.randint(0, 59), rc(STAFF_ID))))
    return out


# ---- EDF header field dump
def pad(s, n):
    b = s.encode("ascii")
    assert len(b) <= n, s
    return s + " " * (n - len(b))


def edf_fields(p, anon=False):
    sd = STUDY_DAY - dt.timedelta(days=R.randint(0, 4))
    code = rc(["LRMC-" + p.mrn, p.mrn, "MRN" + p.mrn])
    sex = p.sex
    name = rc([nm_edf(p), nm_edf(p).upper()])
    tech = rc(["RP", "KD", "JB", "MO"])
    equip = rc(["NK_EEG-1200", "XLTEK_EMU40EX", "Grael_4K", "Nicolet_v44"])
    if anon:
        pf = [("X", None), (" ", None), ("X", None), (" ", None), ("X", None), (" ", None), ("X", None)]
        rf = [("Startdate X X X X", None)]
    else:
        pf = [(code, "mrn"), (" %s " % sex, None), (d_edf(p.dob), "date"), (" ", None), (name, "name")]
        rf = [("Startdate ", None), (d_edf(sd), "date"), (" %s %s %s" % (p.study, tech, equip), None)]
    return pf, rf, sd


def blk_edf():
    p = rc(PATS)
    anon = R.random() < 0.2
    pf, rf, sd = edf_fields(p, anon)
    path = "/srv/eeg/export/%s.edf" % (p.study if anon else p.gid[:8])
    fam = "edf_hdr"
    out = [L(fam, "==> %s <==" % path), L(fam, "version         : '0       '")]

    def quoted(label, fields, n):
        ln = Ln(fam)
        ln.t(label + ": '")
        used = 0
        for v, c in fields:
            used += len(v.encode())
            if c:
                ln.p(v, c)
            else:
                ln.t(v)
        ln.t(" " * (n - used) + "'")
        return ln

    out.append(quoted("patient_id      ", pf, 80))
    out.append(quoted("recording_id    ", rf, 80))
    if anon:
        out.append(L(fam, "startdate       : '01.01.85'"))
    else:
        out.append(L(fam, "startdate       : '", D(d_dots(sd)), "'"))
    ns = rc([21, 23, 27, 33])
    out.append(L(fam, "starttime       : '%02d.%02d.%02d'" % (R.randint(7, 22), R.randint(0, 59), R.randint(0, 59))))
    out.append(L(fam, "header_bytes    : '%-8d'" % (256 * (ns + 1))))
    out.append(L(fam, "reserved        : '%-44s'" % "EDF+C"))
    out.append(L(fam, "n_records       : '%-8d'" % R.randint(1200, 86400)))
    out.append(L(fam, "record_duration : '1       '"))
    out.append(L(fam, "n_signals       : '%-4d'" % ns))
    for i, ch in enumerate(rc([["Fp1", "Fp2"], ["C3"], ["T7", "T8"]])):
        out.append(L(fam, "  signal[%d] label='EEG %-12s' transducer='AgAgCl cup electrode' physdim='uV' pmin=-3276.8 pmax=3276.7 dmin=-32768 dmax=32767 prefilt='HP:0.53Hz LP:70Hz N:60Hz' spr=256" % (i, ch + "-REF")))
    if R.random() < 0.5:
        out.append(L(fam, "  signal[%d] label='EDF Annotations ' transducer='' physdim='' pmin=-1 pmax=1 dmin=-32768 dmax=32767 prefilt='' spr=%d" % (ns - 1, rc([30, 60]))))
    return out


def blk_pyedflib():
    p = rc(PATS)
    sd = STUDY_DAY - dt.timedelta(days=R.randint(0, 3))
    fam = "pyedflib"
    out = [L(fam, ">>> f = pyedflib.EdfReader('/mnt/neuro/export/%s.edf')" % p.study),
           L(fam, ">>> f.getHeader()")]
    bd = "%02d %s %d" % (p.dob.day, MONL[p.dob.month - 1][:3].lower(), p.dob.year)
    out.append(L(fam, "{'technician': '%s', 'recording_additional': '%s', 'patientname': '" % (rc(STAFF_INI), p.study),
                 N(nm_edf(p)), "', 'patient_additional': '', 'patientcode': '", M(p.mrn),
                 "', 'equipment': 'XLTEK_EMU40EX', 'admincode': '', 'sex': '%s', 'startdate': datetime.datetime(" % ("Female" if p.sex == "F" else "Male"),
                 D("%d, %d, %d, %d, %d, %d" % (sd.year, sd.month, sd.day, R.randint(7, 21), R.randint(0, 59), R.randint(0, 59))),
                 "), 'birthdate': '", D(bd), "', 'gender': '%s'}" % ("Female" if p.sex == "F" else "Male")))
    out.append(L(fam, ">>> f.signals_in_file, f.getSampleFrequency(0), f.file_duration"))
    out.append(L(fam, "(%d, 256.0, %d)" % (rc([21, 23, 27]), R.randint(1200, 86400))))
    return out


def blk_mne():
    p = rc(PATS)
    sd = STUDY_DAY - dt.timedelta(days=R.randint(0, 2))
    fam = "mne"
    n = R.randint(400000, 22118399)
    out = [L(fam, "Extracting EDF parameters from /data/emu/edf/%s.edf..." % p.study),
           L(fam, "EDF file detected"),
           L(fam, "Setting channel info structure..."),
           L(fam, "Creating raw.info structure..."),
           L(fam, "Reading 0 ... %d  =      0.000 ... %.3f secs..." % (n, n / 256.0))]
    if R.random() < 0.65:
        out.append(L(fam, "<Info | 8 non-empty values"))
        out.append(L(fam, " bads: []"))
        out.append(L(fam, " ch_names: Fp1, Fp2, F3, F4, C3, C4, P3, P4, O1, O2, F7, F8, T7, T8, P7, ..."))
        out.append(L(fam, " meas_date: ", D("%s %02d:%02d:%02d UTC" % (d_iso(sd), R.randint(7, 21), R.randint(0, 59), R.randint(0, 59)))))
        out.append(L(fam, " subject_info: 6 items (dict)"))
        out.append(L(fam, ">"))
    out.append(L(fam, ">>> raw.info['subject_info']"))
    out.append(L(fam, "{'id': 0, 'his_id': '", M(p.mrn), "', 'last_name': '", N(p.last), "', 'first_name': '", N(p.first),
                 "', 'sex': %d, 'birthday': datetime.date(" % (2 if p.sex == "F" else 1),
                 D("%d, %d, %d" % (p.dob.year, p.dob.month, p.dob.day)), "), 'hand': 1}"))
    return out


def blk_xxd():
    p = rc(PATS)
    pf, rf, sd = edf_fields(p)
    hdr = bytearray(b"0       ")
    spans = []

    def add(fields, n):
        start = len(hdr)
        for v, c in fields:
            b = v.encode("ascii")
            if c:
                spans.append((len(hdr), len(hdr) + len(b), c))
            hdr.extend(b)
        hdr.extend(b" " * (n - (len(hdr) - start)))

    add(pf, 80)
    add(rf, 80)
    add([(d_dots(sd), "date")], 8)
    add([("%02d.%02d.%02d" % (R.randint(7, 21), R.randint(0, 59), R.randint(0, 59)), None)], 8)
    add([("5632", None)], 8)
    add([("EDF+C", None)], 44)
    add([("86400", None)], 8)
    add([("1", None)], 8)
    add([("21", None)], 4)
    assert len(hdr) == 256
    fam = "xxd"
    out = [L(fam, "$ head -c 256 /srv/eeg/export/%s.edf | xxd" % p.gid[:8])]
    for off in range(0, 256, 16):
        chunk = hdr[off:off + 16]
        hx = " ".join(chunk[i:i + 2].hex() for i in range(0, 16, 2))
        ln = Ln(fam)
        ln.t("%08x: %s  " % (off, hx))
        asc = "".join(chr(c) if 32 <= c < 127 else "." for c in chunk)
        pos = 0
        for a, b, c in spans:
            lo, hi = max(a, off), min(b, off + 16)
            if lo < hi:
                ln.t(asc[pos:lo - off])
                ln.p(asc[lo - off:hi - off], c)
                pos = hi - off
        ln.t(asc[pos:])
        out.append(ln)
    return out


# ---- spike / seizure detection service
def pz(lvl, comp):
    return "%s | %-5s | %-16s | " % (ts_us(CK.tick(1, 50)), lvl, comp)


def persyst_noise():
    k = R.randint(0, 7)
    s = rc(PATS).ltm
    if k == 0:
        return L("detect_svc", pz("INFO", "DetectionService"), "Queue depth=%d, workers=%d/4 busy, avg block latency %d ms" % (R.randint(0, 9), R.randint(1, 4), R.randint(200, 4000)))
    if k == 1:
        return L("detect_svc", pz("INFO", "SpikeDetector"), "%s: 1h block %d processed, %d spikes (sens=Medium, perception=0.%d), max cluster %s" % (s, R.randint(1, 72), R.randint(0, 400), R.randint(30, 80), rc(["F7/T7", "T8/P8", "Fp1/F3", "Cz"])))
    if k == 2:
        a = dt.datetime(2024, 3, 11, R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
        b = a + dt.timedelta(seconds=R.randint(25, 240))
        return L("detect_svc", pz("WARN", "SeizureDetector"), "%s: possible seizure %s-%s (prob 0.%02d, %s), alarm -> EMU-NURSE-0%d" % (s, a.strftime("%H:%M:%S"), b.strftime("%H:%M:%S"), R.randint(60, 99), rc(["L hemisphere", "R temporal", "generalized", "bifrontal"]), R.randint(1, 3)))
    if k == 3:
        return L("detect_svc", pz("ERROR", "LicenseClient"), "License server lic01.lrmc.local:27000 unreachable (timeout 5000 ms), %d seats cached" % R.randint(2, 12))
    if k == 4:
        return L("detect_svc", pz("INFO", "Trends"), "%s: qEEG trends updated (FFT spectrogram, rhythmicity, aEEG, artifact reduction=On) %d ms" % (s, R.randint(90, 3000)))
    if k == 5:
        return L("detect_svc", pz("INFO", "NeuralNet"), "Model sz-det v3.%d.%d loaded (onnx, sha256 %s...)" % (R.randint(0, 9), R.randint(0, 20), hexs(16)))
    if k == 6:
        return L("detect_svc", pz("DEBUG", "StudyWatcher"), "Scan \\\\nas-neuro01\\live complete: %d studies, %d new, %d closed" % (R.randint(5, 30), R.randint(0, 2), R.randint(0, 3)))
    return L("detect_svc", pz("INFO", "SpikeDetector"), "%s: spike index %.1f/h (prior 24h %.1f/h), %d%% %s" % (s, R.uniform(0, 90), R.uniform(0, 90), R.randint(40, 99), rc(["left temporal", "right frontal", "bilateral independent"])))


def blk_persyst():
    out = [persyst_noise() for _ in range(R.randint(0, 2))]
    for _k in range(R.randint(1, 2)):
        out += persyst_phi(rc(PATS))
    out += [persyst_noise() for _ in range(R.randint(0, 1))]
    return out


def persyst_phi(p):
    out = []
    k = R.randint(0, 2)
    if k == 0:
        out.append(L("detect_svc", pz("INFO", "StudyWatcher"), "New study detected: \\\\nas-neuro01\\live\\", N(nm_folder(p)), "_%s\\ (pt " % p.gid, N(nm_lf(p)), "; MRN ", M(p.mrn), ")"))
    elif k == 1:
        out.append(L("detect_svc", pz("INFO", "TrendExport"), "Trend export written: E:\\Trends\\", N(("%s_%s" % (ascii_fold(p.last), ascii_fold(p.first))).upper().replace(" ", "")), "_", M(p.mrn), ".csv (rows=%d)" % R.randint(3600, 259200)))
    elif k == 2:
        out.append(L("detect_svc", pz("WARN", "SeizureDetector"), "Alarm acknowledged at EMU-NURSE-01 by %s for bed EMU-%02d (" % (rc(STAFF_ID), p.bed), N(nm_fl(p)), ")"))
    return out


# ---- robocopy
def blk_robocopy():
    fam = "robocopy"
    t = CK.tick(60, 600)
    dayname = t.strftime("%A, %B ") + str(t.day) + ", %d %d:%s" % (t.year, (t.hour % 12) or 12, t.strftime("%M:%S %p"))
    out = [L(fam, "-" * 79),
           L(fam, "   ROBOCOPY     ::     Robust File Copy for Windows                              "),
           L(fam, "-" * 79),
           L(fam, "  Started : " + dayname),
           L(fam, "   Source : D:\\Neuroworks\\Data\\"),
           L(fam, "     Dest : \\\\nas-neuro01\\eeg_archive\\%d\\%02d\\" % (t.year, t.month)),
           L(fam, "    Files : *.*"),
           L(fam, "  Options : *.* /S /E /DCOPY:DA /COPY:DAT /Z /MT:8 /R:2 /W:5 /NP /LOG+:E:\\logs\\vid_archive.log")]
    for _ in range(R.randint(1, 2)):
        p = rc(PATS)
        out.append(L(fam, "\t  New Dir          %d\tD:\\Neuroworks\\Data\\" % R.randint(4, 30), N(nm_folder(p)), "_%s\\" % p.gid))
        for i in range(R.randint(2, 4)):
            ext = rc(["_%04d.avi" % (i + 1), ".erd", ".vtc", ".snc", ".etc", ".stc"])
            big = ext.endswith("avi") or ext == ".erd"
            out.append(L(fam, "\t    New File  \t\t   %.1f %s\t" % (R.uniform(0.4, 3.9) if big else R.uniform(2, 900), "g" if big else "k"), N(nm_folder(p)), "_%s%s" % (p.gid, ext)))
        if R.random() < 0.4:
            out.append(L(fam, "%s ERROR 32 (0x00000020) Copying File D:\\Neuroworks\\Data\\" % CK.tick(30, 300).strftime("%Y/%m/%d %H:%M:%S"), N(nm_folder(p)), "_%s\\" % p.gid, N(nm_folder(p)), "_%s.erd" % p.gid))
            out.append(L(fam, "The process cannot access the file because it is being used by another process."))
    for _ in range(R.randint(0, 2)):
        out.append(L(fam, "\t    *EXTRA File \t\t  %d\tThumbs.db" % R.randint(4096, 90000)))
    e = CK.tick(600, 2400)
    out += [L(fam, "               Total    Copied   Skipped  Mismatch    FAILED    Extras"),
            L(fam, "    Dirs :        %3d         %d        %3d         0         0         0" % (R.randint(20, 90), R.randint(1, 3), R.randint(18, 80))),
            L(fam, "   Files :       %4d        %2d       %4d         0         %d         %d" % (R.randint(200, 900), R.randint(2, 30), R.randint(180, 800), R.randint(0, 1), R.randint(0, 2))),
            L(fam, "   Bytes :  %.2f g   %.2f g  %.2f g         0         0         0" % (R.uniform(100, 900), R.uniform(1, 40), R.uniform(90, 860))),
            L(fam, "   Speed :           %d Bytes/sec." % R.randint(40000000, 120000000)),
            L(fam, "   Ended : " + e.strftime("%A, %B ") + str(e.day) + ", %d %d:%s" % (e.year, (e.hour % 12) or 12, e.strftime("%M:%S %p")))]
    return out


def blk_rsync():
    fam = "rsync"
    pid = R.randint(2000, 40000)

    def pre():
        return "%s [%d] " % (CK.tick(1, 30).strftime("%Y/%m/%d %H:%M:%S"), pid)
    out = [L(fam, pre(), "building file list"), L(fam, pre(), "receiving file list")]
    for _ in range(R.randint(1, 3)):
        p = rc(PATS)
        folder = "%s_%s_%s" % (ascii_fold(p.last).upper().replace(" ", "_"), ascii_fold(p.first).upper().replace(" ", "_"), p.mrn)
        kind = R.random()
        if kind < 0.8:
            out.append(L(fam, pre(), ">f+++++++++ 2024/03/", N(folder[:folder.rfind("_")]), "_", M(p.mrn), "/video/cam%d_%04d.mp4" % (R.randint(1, 2), R.randint(1, 60))))
        else:
            out.append(L(fam, pre(), ">f..t...... studies/%s/%s.erd" % (p.study, p.gid)))
    if R.random() < 0.4:
        p = rc(PATS)
        out.append(L(fam, pre(), 'rsync: [sender] send_files failed to open "/mnt/emu/live/', N(nm_folder(p)), '_%s/%s.vtc": Permission denied (13)' % (p.gid, p.gid[:8])))
    out.append(L(fam, pre(), "sent %s bytes  received %s bytes  %s bytes/sec" % (format(R.randint(10**8, 10**11), ","), format(R.randint(1000, 90000), ","), format(round(R.uniform(1e6, 1.2e8), 2), ",.2f"))))
    out.append(L(fam, pre(), "total size is %s  speedup is %.2f" % (format(R.randint(10**11, 10**13), ","), R.uniform(1, 60))))
    return out


# ---- DICOM dcmtk
def blk_storescu():
    fam = "dcmtk_storescu"
    p = rc(PATS)
    sd = STUDY_DAY - dt.timedelta(days=R.randint(0, 3))
    out = [L(fam, "I: checking input files ..."),
           L(fam, "I: Requesting Association"),
           L(fam, "I: Association Accepted (Max Send PDV: 16372)")]
    if R.random() < 0.6:
        out.append(L(fam, "I: Sending file: /var/spool/eegpdf/RPT_", M(p.mrn), "_", D(d_hl7(sd)), ".dcm"))
    else:
        out.append(L(fam, "I: Sending file: /var/spool/eegpdf/%s.dcm" % hexs(24)))
    out += [L(fam, "I: Converting transfer syntax: Little Endian Explicit -> Little Endian Explicit"),
            L(fam, "I: Sending Store Request (MsgID %d, DOC)" % R.randint(1, 30)),
            L(fam, "XMIT: " + "." * R.randint(8, 40)),
            L(fam, "I: Received Store Response (%s)" % rc(["Success", "Success", "Warning (B000)"])),
            L(fam, "I: Releasing Association")]
    if R.random() < 0.3:
        out.append(L(fam, "E: Association Request Failed: 0006:0317 Peer aborted Association (or never connected)"))
    return out


def blk_dcmdump():
    fam = "dcmdump"
    p = rc(PATS)
    sd = STUDY_DAY - dt.timedelta(days=R.randint(0, 3))
    uid = "1.2.840.113619.2.%d.%d.%d.%d" % (R.randint(10, 400), R.randint(1000, 99999), R.randint(100, 999), R.randint(1700000000, 1710200000))

    def el(tag, vr, val, cat, name):
        n = len(val.encode()) + (len(val.encode()) % 2)
        body = "(%s) %s [" % (tag, vr)
        pad_ = max(1, 40 - len(body) - len(val) - 1)
        return L(fam, body, (val, cat), "]" + " " * pad_ + "# %3d, 1 %s" % (n, name))
    out = [L(fam, "# Dicom-File-Format"),
           L(fam, ""),  # placeholder replaced below
           el("0002,0002", "UI", "1.2.840.10008.5.1.4.1.1.104.1", None, "MediaStorageSOPClassUID"),
           el("0008,0020", "DA", d_hl7(sd), "date", "StudyDate"),
           el("0008,0050", "SH", "A" + digits(9), None, "AccessionNumber"),
           el("0008,0060", "CS", "DOC", None, "Modality"),
           el("0008,0070", "LO", "Lakeshore Neurodiagnostics", None, "Manufacturer"),
           el("0008,0090", "PN", "%s^%s" % (rc(MDS)[0].upper(), "MD"), None, "ReferringPhysicianName"),
           el("0010,0010", "PN", nm_hl7(p), "name", "PatientName"),
           el("0010,0020", "LO", p.mrn, "mrn", "PatientID"),
           el("0010,0030", "DA", d_hl7(p.dob), "date", "PatientBirthDate"),
           el("0010,0040", "CS", p.sex, None, "PatientSex")]
    out[1] = L(fam, "# Dicom-Meta-Information-Header")
    if p.age > 89 or R.random() < 0.3:
        out.append(el("0010,1010", "AS", "%03dY" % p.age, "age" if p.age > 89 else None, "PatientAge"))
    out += [el("0020,000d", "UI", uid, None, "StudyInstanceUID"),
            el("0042,0011", "OB", "(PixelSequence)", None, "EncapsulatedDocument")]
    return out


# ---- HL7
def hl7_ts(t): return t.strftime("%Y%m%d%H%M%S")


def pid_seg(p, with_ssn=True, with_mail=True):
    addr = [AD(p.street)]
    parts = ["PID|1||", M(p.mrn), "^^^LRMC^MR"]
    if with_ssn:
        parts += ["~", (p.ssn, "ssn"), "^^^USSSA^SS"]
    parts += ["||", N(nm_hl7(p)), "^^^^L||", D(d_hl7(p.dob)), "|%s|||" % p.sex, AD(p.street), "^"]
    if p.apt:
        parts += [AD(p.apt)]
    parts += ["^", AD(p.city), "^%s^" % p.state, Z(p.zip), "^USA^H^^", AD(p.county), "||",
              PH(fphone(p.phone, 0)), "^PRN^PH"]
    if with_mail:
        parts += ["~^NET^Internet^", (p.email, "email")]
    parts += ["|||||", AC(p.acct), "|"]
    if with_ssn:
        parts += [(p.ssn.replace("-", ""), "ssn")]
    parts += ["|"]
    return L("hl7_oru", *parts)


REPORT_TXT = {
    "EEG": ["CLINICAL HISTORY: Episodes of behavioral arrest, r/o focal epilepsy.",
            "TECHNIQUE: 21-channel digital EEG, 10-20 system, with video. Photic stimulation and hyperventilation performed.",
            "BACKGROUND: Posterior dominant rhythm 9 Hz, reactive to eye opening. Normal sleep architecture.",
            "ABNORMALITIES: Intermittent left temporal slowing, 2-3 Hz, maximal T7.",
            "Sharp waves seen over the right frontotemporal region (F8/T8), approx 6/hr during sleep.",
            "IMPRESSION: Abnormal EEG due to focal slowing; no epileptiform discharges."],
    "VEEG": ["TECHNIQUE: Continuous video EEG, 23 channels incl. EKG, automated spike and seizure detection reviewed.",
             "Three typical events captured (push button), each with left temporal rhythmic theta evolving to delta, 60-90 s.",
             "No electrographic seizures. Push-button events x3 without EEG correlate.",
             "IMPRESSION: Left temporal onset focal seizures with impaired awareness."],
    "PSG": ["PSG: AHI 31.2/h, SpO2 nadir 81%, REM-predominant obstructive events. CPAP titration recommended.",
            "Sleep efficiency 78%, N3 8%, REM 16%. PLM index 4/h.",
            "IMPRESSION: Moderate obstructive sleep apnea."],
    "NCS": ["NCS: Prolonged distal latency L median motor (4.9 ms), reduced sensory amplitude.",
            "Needle EMG: no active denervation in C5-T1 myotomes.",
            "IMPRESSION: Findings c/w moderate left carpal tunnel syndrome."],
}


def blk_hl7_oru():
    p = rc(PATS)
    t = CK.tick(20, 200)
    md = rc(MDS)
    ctl = "NDX%08d" % R.randint(1, 99999999)
    sd = STUDY_DAY - dt.timedelta(days=R.randint(0, 3))
    obs_ts = dt.datetime(sd.year, sd.month, sd.day, R.randint(7, 20), R.randint(0, 59), R.randint(0, 59))
    fam = "hl7_oru"
    kind, proc, loc, cls = rc([("EEG", "95819^EEG AWAKE AND ASLEEP^CPT", "NDX EEG", "O"), ("VEEG", "95720^VEEG EA 12-26 HR CONT MNTR^CPT", "EMU^%02d" % p.bed, "I"),
                               ("PSG", "95810^POLYSOMNOGRAPHY 4 OR MORE^CPT", "SLEEP LAB", "O"), ("NCS", "95910^NRV CNDJ TEST 7-8 STUDIES^CPT", "NDX EMG", "O")])
    out = [L(fam, "MSH|^~\\&|NEURODX|LRMC_NDX|EPIC|LRMC|%s||ORU^R01^ORU_R01|%s|P|2.5.1|||AL|NE" % (hl7_ts(t), ctl))]
    out.append(pid_seg(p, with_ssn=R.random() < 0.6, with_mail=R.random() < 0.5))
    out.append(L(fam, "PV1|1|%s|%s^^^LRMC||||%d^%s^%s^^^^MD|||NEU||||||||" % (cls, loc, R.randint(1000000, 9999999), md[0].upper(), ascii_fold(md[1]).upper()), OI(p.csn), "|||||||||||||||||||||||||", D(hl7_ts(obs_ts - dt.timedelta(hours=R.randint(1, 30))))))
    on = "ORD%07d" % R.randint(1, 9999999)
    out.append(L(fam, "ORC|RE|%s|%s||CM" % (on, "RPT%06d" % R.randint(1, 999999))))
    out.append(L(fam, "OBR|1|%s|RPT%06d|%s|||" % (on, R.randint(1, 999999), proc), D(hl7_ts(obs_ts)), "||||||||%d^%s^%s|||||||%s|F" % (R.randint(1000000, 9999999), md[0].upper(), ascii_fold(md[1]).upper(), hl7_ts(t))))
    for i, txt in enumerate(R.sample(REPORT_TXT[kind], R.randint(1, 3))):
        out.append(L(fam, "OBX|%d|TX|&GDT^Report Text||%s||||||F" % (i + 1, txt)))
    if R.random() < 0.5:
        if p.age > 89:
            out.append(L(fam, "OBX|%d|TX|&GDT^Report Text||HISTORY: " % (i + 2), N(nm_fl(p)), " is a ", AG(str(p.age)), "-year-old %s with new-onset confusion.||||||F" % ("woman" if p.sex == "F" else "man")))
        else:
            out.append(L(fam, "OBX|%d|TX|&GDT^Report Text||HISTORY: %d-year-old %s, %s reports events at home.||||||F" % (i + 2, p.age, "female" if p.sex == "F" else "male", p.rel)))
    return out


def blk_hl7_siu():
    p = rc(PATS)
    fam = "hl7_siu"
    t = CK.tick(20, 200)
    code, room = rc([("EEG", "EEG RM 2"), ("LTM48", "EMU BED 07"), ("PSG", "SLEEP RM 4"), ("EMG", "EMG RM 1")])
    ap = dt.datetime(2024, 3, R.randint(12, 29), 20 if code == "PSG" else rc([7, 8, 9, 10, 13, 14]), rc([0, 15, 30, 45]))
    out = [L(fam, "MSH|^~\\&|EPIC|LRMC|NEURODX|LRMC_NDX|%s||SIU^S12|%d|P|2.3" % (hl7_ts(t), R.randint(10**7, 10**8))),
           L(fam, "SCH|%d|%d|||||ROUTINE|%s|60|min|^^60^" % (R.randint(10**6, 10**7), R.randint(10**6, 10**7), code), D(hl7_ts(ap)), "^", D(hl7_ts(ap + dt.timedelta(hours=1))), "|||||||||||||Booked")]
    out.append(pid_seg(p, with_ssn=False, with_mail=R.random() < 0.5))
    out[-1].fam = fam
    if R.random() < 0.7:
        out.append(L(fam, "NK1|1|", N("%s^%s" % (ascii_fold(p.rel_last).upper(), ascii_fold(p.rel_first).upper())), "|%s^%s|" % ({"mother": "MTH", "father": "FTH", "wife": "SPO", "husband": "SPO", "daughter": "DAU", "son": "SON", "sister": "SIS", "brother": "BRO", "partner": "DOM", "grandmother": "GRP", "guardian": "GRD"}[p.rel], p.rel.upper()), AD(p.street), "^^", AD(p.city), "^%s^" % p.state, Z(p.zip), "|", PH(fphone(p.rel_phone, 2)), "||EC^EMERGENCY CONTACT"))
    out.append(L(fam, "IN1|1|%s|%d|%s|PO BOX %d^^%s^%s^%s||800%s|%s|||||||" % (p.payer_code, R.randint(10000, 99999), p.payer, R.randint(1000, 99999), "ATLANTA", "GA", "30348", digits(7), "GRP" + digits(6)),
                 N(nm_hl7(p)), "|SEL|", D(d_hl7(p.dob)), "|||||||||||||||||", HP(p.member)))
    out.append(L(fam, "AIL|1||NDX^%s^LRMC|%s" % (room, code)))
    return out


def blk_mirth():
    fam = "mirth"
    out = []
    t = CK.tick(2, 60)
    lvl = rc(["INFO ", "INFO ", "WARN ", "DEBUG"])
    out.append(L(fam, " %s %s [Channel: EEG_ORU_Outbound] Destination 1 - TCP Sender: Connection established to 10.40.7.21:6661" % (lvl, ts_l4n(t))))
    p = rc(PATS)
    if R.random() < 0.75:
        out.append(L(fam, " DEBUG %s [Channel: ADT_to_Neuro] JavaScriptFilter: inbound=MSH|^~\\&|EPIC|LRMC|NEURODX|LRMC_NDX|%s||ADT^A08|%d|P|2.3\\rEVN|A08|%s\\rPID|1||" % (ts_l4n(CK.tick(1, 5)), hl7_ts(t), R.randint(10**7, 10**8), hl7_ts(t)),
                       M(p.mrn), "^^^LRMC^MR||", N(nm_hl7(p)), "||", D(d_hl7(p.dob)), "|%s\\rPV1|1|O|NDX EEG" % p.sex))
    else:
        out.append(L(fam, " ERROR %s [Channel: EEG_ORU_Outbound] ACK timeout after 30000 ms, message %d queued (queue size %d)" % (ts_l4n(CK.tick(30, 40)), R.randint(100000, 999999), R.randint(1, 40))))
    out.append(L(fam, " INFO  %s [Channel: EEG_ORU_Outbound] Received ACK: MSH|^~\\&|EPIC|LRMC|NEURODX|LRMC_NDX|%s||ACK^R01|%d|P|2.5.1\\rMSA|AA|NDX%08d" % (ts_l4n(CK.tick(1, 3)), hl7_ts(t), R.randint(10**6, 10**7), R.randint(1, 99999999))))
    return out


# ---- technologist notes / EMU event log (free text typed by staff)
NOTES_CLEAN = [
    "Pt asleep, no events. Re-glued O1, T8. Impedances < 5k.",
    "HV x3 min good effort, no change. Photic 1-30 Hz, driving at 10-14 Hz bilat.",
    "Event btn pushed, pt states 'felt funny' - no clinical change seen on video, no EEG change.",
    "Clinical event: head turn to R, L arm extension, ~70 s, then GTC 1:10. RN gave lorazepam 2 mg IV per order. Post-ictal, O2 sat 94% RA.",
    "Cam 2 angle adjusted, bed rails padded. Seizure precautions in place.",
    "AEDs: levetiracetam tapered to 500 mg BID per Dr. Hwang. 2 events so far on this admit.",
    "Electrode check q12h done. Skin intact under collodion, slight erythema at Fp1.",
    "Amp disconnected 15 min for bathroom, reconnected 14:32. Gap annotated.",
    "Sleep deprived study, pt awake 24h per report. Stage 2 sleep reached at 22 min.",
    "Pt very drowsy, several episodes of eye flutter - annotated as 'flutter?', no correlate.",
    "PSG: lights out 22:41, pt c/o unable to sleep; split-night criteria not met by 01:00.",
    "CPAP started 01:52 at 5 cmH2O, titrated to 11 cmH2O, mask FFM medium (ResMed F20).",
    "NCS: L hand temp 30.8 C, warmed to 32.4 C before sensory studies.",
    "Needle EMG deferred - pt on apixaban, MD notified.",
    "Note: video file for night 2 split in 4 parts due to NAS outage 03:10-03:40.",
]


def tn_prefix(style):
    t = CK.tick(60, 900)
    ini = rc(STAFF_INI)
    if style == 0:
        return "[%s] %s (CLTM): " % (t.strftime("%Y-%m-%d %H:%M"), ini)
    if style == 1:
        return "%s %s %s - " % (t.strftime("%m/%d/%y"), t.strftime("%H%M"), ini)
    if style == 2:
        return "EVT#%02d %s  " % (R.randint(1, 30), t.strftime("%H:%M:%S"))
    return "%s | tech=%s | note: " % (t.strftime("%d.%m.%Y %H:%M"), rc(STAFF_ID))


def blk_technotes():
    fam = "tech_note"
    out = []
    style = R.randint(0, 3)
    for _ in range(R.randint(0, 1)):
        out.append(L(fam, tn_prefix(style), rc(NOTES_CLEAN)))
    for _k in range(R.randint(1, 3)):
        out += technote_phi(rc(PATS), style)
    if R.random() < 0.4:
        out.append(L(fam, tn_prefix(style), rc(NOTES_CLEAN)))
    return out


def technote_phi(p, style):
    fam = "tech_note"
    out = []
    k = R.randint(0, 8)
    pre = tn_prefix(style)
    if k == 0:
        out.append(L(fam, pre, "Pt's %s " % p.rel, N(p.rel_first), " at bedside, pushed button x2 for staring. Wants call when done: ", PH(fphone(p.rel_phone)), "."))
    elif k == 1:
        out.append(L(fam, pre, "Mom sent home video of events via link ", ("https://photos.app.goo.gl/" + "".join(rc("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") for _ in range(17)), "url"), " - saved to chart per Dr. %s." % rc(MDS)[0]))
    elif k == 2:
        op = rc(OLD)
        out.append(L(fam, pre, "Pt is ", AG(str(op.age)), " yo, HOH, daughter ", N("%s %s" % (rc(REL_F), op.rel_last)), " interprets. Fall risk, bed alarm on."))
    elif k == 3:
        out.append(L(fam, pre, "Wrong pt label on cap bag - relabeled ", N(nm_up(p)), " / ", M(p.mrn), ", DOB ", D(d_us_s(p.dob)), ". Incident report filed."))
    elif k == 4:
        out.append(L(fam, pre, "Intérprete (español) presente. La mamá ", N("%s %s" % (rc(REL_SP_F), p.last)), " dice que las crisis empezaron el ", D(d_eu(STUDY_DAY - dt.timedelta(days=R.randint(20, 300)))), "."))
    elif k == 5:
        out.append(L(fam, pre, "Pt's son left car in ED circle, plate ", (rc(["WI ", "", "IL "]) + rc(["ABC", "KTR", "MWL", "PZE"]) + "-" + digits(4), "vehicle"), ", security notified."))
    elif k == 6:
        out.append(L(fam, pre, "Pt ", N(nm_fl(p)), " refused repeat electrode placement, AMA form signed. Dr. %s aware." % rc(MDS)[0]))
    elif k == 7:
        out.append(L(fam, pre, "VNS magnet swiped by pt at onset (Model 106, SN ", DV(str(R.randint(10000, 99999))), "). Marked on record."))
    elif k == 8:
        out.append(L(fam, pre, "Transfer from 6W: adm ", D(d_us(STUDY_DAY - dt.timedelta(days=R.randint(1, 6)))), ", ", N(p.last.upper()), " rm EMU-%02d, MRN " % p.bed, M(p.mrn), "."))
    return out


def blk_eventcsv():
    fam = "event_csv"
    p = rc(PATS)
    study = p.ltm
    out = [L(fam, "EventNo,Study,Day,ClockTime,Elapsed,Type,Semiology,PushButton,EEGCorrelate,By")]
    start = dt.datetime(2024, 3, 8, R.randint(8, 16), R.randint(0, 59), R.randint(0, 59))
    els = sorted(R.randint(600, 96 * 3600) for _ in range(7))
    for i in range(R.randint(3, 6)):
        el = els[i]
        ct = start + dt.timedelta(seconds=el)
        day = 1 + (ct.date() - start.date()).days
        elapsed = "+%02d:%02d:%02d" % (el // 3600, el % 3600 // 60, el % 60)
        typ = rc(["FIAS", "FAS", "FBTCS", "PNES?", "Push button", "Subclinical"])
        sem = rc(["L hand automatisms; unresponsive", "R head version -> GTC", "staring 20s", "\"felt dizzy\"; no change",
                  "bilateral arm jerks", "none (electrographic only)", "eye flutter, pelvic thrusting"])
        if sem.startswith('"'):
            sem = '"' + sem.replace('"', '""') + '"'
        elif ";" in sem or "," in sem:
            sem = '"%s"' % sem
        out.append(L(fam, "%d,%s,%d,%s,%s,%s,%s,%s,%s,%s" % (i + 1, study, day, ct.strftime("%H:%M:%S"), elapsed, typ, sem, rc("YN"), rc(["Y", "N", "?"]), rc(STAFF_INI))))
    if R.random() < 0.5:
        el = els[i + 1]
        ct = start + dt.timedelta(seconds=el)
        out.append(L(fam, "%d,%s,%d,%s,+%02d:%02d:%02d,Push button,\"per %s " % (i + 2, study, 1 + (ct.date() - start.date()).days, ct.strftime("%H:%M:%S"), el // 3600, el % 3600 // 60, el % 60, rc(["husband", "father", "brother"])), N(rc(REL_M)), " same as home events\",Y,N,%s" % rc(STAFF_INI)))
    return out


def blk_sched():
    fam = "sched_csv"
    out = []
    v = R.randint(0, 1)
    if v == 0:
        out.append(L(fam, "Appt Date,Appt Time,Dept,Resource,Procedure,Pt Name,MRN,DOB,Home Phone,Mobile,Email,Payer,Member ID,Referring,Status"))
    else:
        out.append(L(fam, "ApptDate;Start;Resource;Proc;PatientName;PatId;BirthDate;Phone;Plan;SubscriberId;Status"))
    for _ in range(R.randint(3, 6)):
        ap = dt.date(2024, 3, R.randint(12, 29))
        res, proc = rc([("EEG RM 2", "EEG ROUTINE"), ("EEG RM 3", "EEG SLEEP DEP"), ("EMU BED 07", "LTM 48H"),
                        ("EMU BED 03", "VEEG ADMIT 5D"), ("SLEEP RM 4", "PSG SPLIT"), ("SLEEP RM 2", "MSLT"),
                        ("HST POOL", "HST"), ("EMG RM 1", "NCS/EMG UE"), ("EMG RM 1", "NCS/EMG LE")])
        if proc.startswith("PSG"):
            tm = "%d:%02d PM" % (rc([7, 8, 9]), rc([0, 15, 30]))
        else:
            h = rc([7, 8, 9, 10, 11, 12, 13, 14, 15])
            tm = "%d:%02d %s" % (h if h <= 12 else h - 12, rc([0, 15, 30, 45]), "AM" if h < 12 else "PM")
        if R.random() < 0.2:
            if v == 0:
                out.append(L(fam, "%s,%s,NEURODX,%s,BLOCK - equipment PM,,,,,,,,,,BLOCKED" % (d_us(ap), tm, res)))
            else:
                out.append(L(fam, "%s;%s;%s;BLOCK;;;;;;;BLOCKED" % (d_iso(ap), tm, res)))
            continue
        p = rc(PATS)
        st = rc(["Scheduled", "Confirmed", "Left Msg", "Cancelled", "Arrived"])
        if v == 0:
            md = rc(MDS)
            out.append(L(fam, D(d_us(ap)), ",%s,NEURODX,%s,%s,\"" % (tm, res, proc), N(nm_lf(p)), "\",", M(p.mrn), ",", D(d_us_s(p.dob)), ",",
                         PH(fphone(p.phone, 1)), ",", PH(fphone(p.mobile, 2)), ",", (p.email, "email"), ",%s," % p.payer, HP(p.member), ",\"%s, %s MD\",%s" % (md[0], md[1][0], st)))
        else:
            out.append(L(fam, D(d_iso(ap)), ";%s;%s;%s;" % (tm, res, proc), N(nm_hl7(p).replace("^", " ", 1).replace("^", " ")), ";", M(p.mrn), ";", D(d_iso(p.dob)), ";", PH(fphone(p.mobile, 4)), ";%s;" % p.payer_code, HP(p.member), ";%s" % st.upper()))
    out.append(L(fam, "# exported %s by SCHED_BATCH rows=%d contact %s %s" % (CK.tick(5, 30).strftime("%Y-%m-%d %H:%M"), len(out) - 1, DEPT_MAIL, DEPT_PHONE)))
    return out


DE_PEOPLE = [("Müller-Lüdenscheidt", "Jürgen"), ("Öztürk", "Ayşe"), ("Schäfer", "Hannelore"),
             ("Nowak", "Krzysztof"), ("Becker", "Lina"), ("von Bülow", "Friedrich"), ("Yıldırım", "Emre"),
             ("Weiß", "Charlotte"), ("Kaya", "Mehmet"), ("Zimmermann", "Gisela")]
DE_PATS = []
for _ln, _fn in DE_PEOPLE:
    _q = P()
    _q.last, _q.first = _ln, _fn
    _q.dob = dt.date(R.randint(1931, 2019), R.randint(1, 12), R.randint(1, 28))
    _q.kvnr = rc("ABCDEFGHKLMNPRSTUVWZ") + digits(9)
    _q.kasse = rc(["AOK Bayern", "TK", "Barmer", "DAK-Gesundheit", "IKK classic"])
    _q.tel = rc(["0%d %s" % (R.randint(30, 9999), digits(7)), "+49 15%d %s" % (R.randint(1, 9), digits(7)), "0%d/%s" % (R.randint(30, 999), digits(6))])
    DE_PATS.append(_q)


def blk_sched_de():
    # partner site in Germany, tele-EEG reading service export
    fam = "sched_csv_de"
    out = [L(fam, "Termin;Uhrzeit;Untersuchung;Patientenname;Geburtsdatum;Versichertennummer;Kasse;Telefon;Bemerkung")]
    for _ in range(R.randint(2, 4)):
        p = rc(DE_PATS)
        ap = dt.date(2024, 3, R.randint(12, 29))
        out.append(L(fam, d_de(ap), ";%02d:%02d;%s;" % (R.randint(7, 16), rc([0, 30]), rc(["Routine-EEG", "Schlafentzugs-EEG", "Langzeit-EEG 24h", "NLG/EMG"])), N("%s, %s" % (p.last, p.first)), ";", D(d_de(p.dob)), ";", HP(p.kvnr), ";%s;" % p.kasse, PH(p.tel), ";%s" % rc(["", "Dolmetscher nötig", "Rollstuhl", "Befund an Hausarzt"])))
    return out


# ---- sleep
def blk_sleep_report():
    fam = "sleep_report"
    p = rc(OLD) if R.random() < 0.35 else rc(PATS)
    sd = STUDY_DAY - dt.timedelta(days=R.randint(0, 4))
    out = [L(fam, "==== Polysomnography Summary Report (exported %s) ====" % CK.tick(30, 300).strftime("%m/%d/%Y %H:%M"))]
    age_part = AG(str(p.age)) if p.age > 89 else ("%d" % p.age, None)
    out.append(L(fam, "Patient Name: ", N(nm_lf(p)), "    DOB: ", D(d_us(p.dob)), "    Age: ", age_part, "    Sex: %s" % p.sex))
    out.append(L(fam, "Study Date: ", D(d_long(sd)), "    Study #: PSG-24-%04d    MRN: " % R.randint(100, 700), M(p.mrn)))
    md = rc(MDS)
    out.append(L(fam, "Referring: Dr. %s, %s    Scored by: %s    Interpreting: Dr. %s" % (md[0], md[1], rc(STAFF[3:4] + STAFF[6:]), rc(MDS)[0])))
    hcm, wkg = R.randint(150, 195), R.uniform(50, 140)
    out.append(L(fam, "Height: %d cm  Weight: %.1f kg  BMI: %.1f  Neck: %.1f cm  ESS: %d/24" % (hcm, wkg, wkg / (hcm / 100.0) ** 2, R.uniform(32, 48), R.randint(2, 22))))
    out.append(L(fam, "TST %.1f min  SE %.1f%%  SOL %.1f min  REM lat %.1f min  WASO %.1f min" % (R.uniform(200, 440), R.uniform(55, 96), R.uniform(2, 60), R.uniform(60, 200), R.uniform(10, 120))))
    out.append(L(fam, "AHI %.1f/h  RDI %.1f/h  ODI 3%% %.1f/h  SpO2 mean %d%%  nadir %d%%  T<88%% %.1f min" % (R.uniform(1, 70), R.uniform(3, 75), R.uniform(1, 60), R.randint(90, 97), R.randint(70, 90), R.uniform(0, 90))))
    out.append(L(fam, "PLMS index %.1f/h  Arousal index %.1f/h  HR mean %d bpm" % (R.uniform(0, 40), R.uniform(5, 50), R.randint(55, 90))))
    if 21 <= p.age <= 70 and R.random() < 0.6:
        out.append(L(fam, "DOT/FMCSA OSA evaluation - CDL holder, licence ", (p.dl, "license"), " (%s); employer notified only with written consent." % p.state))
    if R.random() < 0.35:
        out.append(L(fam, "HST device: WatchPAT ONE SN ", DV(rc(["2N7K", "8P3Q", "5T1M"]) + digits(5)), " returned by pt ", D(d_us(sd + dt.timedelta(days=1))), "; data complete 7.2 h."))
    out.append(L(fam, "Questions: NeuroDx Sleep Lab %s, fax %s" % (DEPT_PHONE, DEPT_FAX)))
    return out


def blk_sleep_epochs():
    fam = "sleep_epochs_csv"
    st = dt.datetime(2024, 3, 10, 22, R.randint(30, 59), rc([0, 30]))
    e0 = R.randint(1, 700)
    out = [L(fam, "Epoch,Start,Stage,Arousal,RespEvent,SpO2,Position")]
    for i in range(R.randint(3, 6)):
        t = st + dt.timedelta(seconds=30 * (e0 + i))
        out.append(L(fam, "%d,%s,%s,%s,%s,%d,%s" % (e0 + i, t.strftime("%H:%M:%S"), rc(["W", "N1", "N2", "N2", "N3", "R"]), rc(["", "", "RERA", "Spont"]), rc(["", "", "OA", "HYP 3%", "CA"]), R.randint(82, 98), rc(["Supine", "Left", "Right", "Prone"]))))
    return out


def blk_sleep_xml():
    fam = "sleep_xml"
    out = []
    p = rc(PATS)
    if R.random() < 0.8:
        out.append(L(fam, "<PatientInfo><Name>", N(nm_lf(p)), "</Name><DOB>", D(d_iso(p.dob)), "</DOB><Gender>%s</Gender><HospitalID>" % ("Female" if p.sex == "F" else "Male"), M(p.mrn), "</HospitalID></PatientInfo>"))
    out.append(L(fam, "<EpochLength>30</EpochLength>"))
    for _ in range(R.randint(2, 4)):
        ev = rc([("Respiratory|Respiratory", "Obstructive apnea|Obstructive Apnea"), ("Respiratory|Respiratory", "Hypopnea|Hypopnea"),
                 ("Arousals|Arousals", "Arousal|Arousal ()"), ("Limb Movement|Limb Movement", "Limb movement - left|Limb Movement (Left)"),
                 ("Respiratory|Respiratory", "SpO2 desaturation|SpO2 desaturation")])
        out.append(L(fam, "<ScoredEvent><EventType>%s</EventType><EventConcept>%s</EventConcept><Start>%.1f</Start><Duration>%.1f</Duration><SignalLocation>%s</SignalLocation></ScoredEvent>" % (ev[0], ev[1], R.uniform(100, 30000), R.uniform(3, 60), rc(["Airflow", "SpO2", "EEG(sec)", "LEG(L)", "ABDO RES"]))))
    return out


# ---- device / amplifier / firmware
def blk_device():
    fam = "amp_fw"
    host = "acq-emu%02d" % R.randint(1, 12)
    pid = R.randint(1000, 9000)

    def pre():
        return "%s %s amp-agent[%d]: " % (ts_iso(CK.tick(1, 20)), host, pid)
    out = []
    noise = [
        lambda: "enumerate usb: VID_%s PID_%s serial=EX40-%06d model=EMU40EX fw=3.2.%d hw=C" % (hexs(4, True), hexs(4, True), R.randint(1, 999999), R.randint(10, 16)),
        lambda: "firmware check: current 3.2.14 latest 3.2.16 (channel=stable), scheduled for maintenance window Sun 02:00",
        lambda: "flashing JE-921A S/N %07d bank B 100%% crc=0x%s OK (%.1f s)" % (R.randint(10000, 9999999), hexs(8, True), R.uniform(20, 90)),
        lambda: "photic PS-800 S/N %d self-test PASS, lamp hours %d" % (R.randint(100000, 999999), R.randint(100, 4000)),
        lambda: "headbox HB-64 S/N HB%s link up 1000BASE-T MAC 00:1b:%s:%s:%s:%s" % (digits(6), hexs(2), hexs(2), hexs(2), hexs(2)),
        lambda: "battery pack BP-2 cycles=%d health=%d%% temp=%.1fC" % (R.randint(50, 900), R.randint(60, 100), R.uniform(22, 41)),
        lambda: "SpO2 module Nonin 3012LP S/N %s detected on AUX2, fw %d.%d" % (digits(9), R.randint(1, 4), R.randint(0, 9)),
        lambda: "camera AXIS M3067-P S/N ACCC8E%s fw 10.12.%d reachable at 10.40.%d.%d" % (hexs(6, True), R.randint(100, 240), R.randint(10, 30), R.randint(2, 250)),
    ]
    for _ in range(R.randint(1, 2)):
        out.append(L(fam, pre(), rc(noise)()))
    dpid = R.randint(1000, 9000)

    def pre2():
        return "%s ndx-app02 devtrack[%d]: " % (ts_iso(CK.tick(1, 20)), dpid)
    for _k in range(R.randint(1, 2)):
        out += device_phi(rc(PATS), pre2)
    out.append(L(fam, pre(), rc(noise)()))
    return out


def device_phi(p, pre):
    fam = "amp_fw"
    out = []
    k = R.randint(0, 2)
    if k == 0:
        out.append(L(fam, pre(), "ambulatory kit AMB-%02d recorder S/N " % R.randint(1, 30), DV("TMK3-%06d" % R.randint(1, 999999)), " issued to MRN ", M(p.mrn), " (", N(nm_lf(p)), "), return due ", D(d_us(STUDY_DAY + dt.timedelta(days=R.randint(1, 3))))))
    elif k == 1:
        out.append(L(fam, pre(), "HST unit WatchPAT ONE SN ", DV(rc(["2N7K", "8P3Q"]) + digits(5)), " paired to portal user ", OI(p.portal), " (fw 2.%d.%d)" % (R.randint(0, 9), R.randint(0, 30))))
    elif k == 2:
        out.append(L(fam, pre(), "VNS interrogation via wand: generator Model 1000 SN ", DV(str(R.randint(10000, 99999))), " pt ", N(nm_up(p)), " output 1.75 mA, 30s on/5 min off, IFI=NO, battery >50%"))
    return out


def blk_wevt():
    fam = "wevt_csv"
    out = []
    if R.random() < 0.3:
        out.append(L(fam, "\"Level\",\"Date and Time\",\"Source\",\"Event ID\",\"Task Category\",\"Message\""))
    msgs = [("Information", "Service Control Manager", 7036, "None", "The NeuroWorks Database Service service entered the running state."),
            ("Information", "Service Control Manager", 7036, "None", "The NeuroAcq Recording Service service entered the stopped state."),
            ("Error", "Service Control Manager", 7031, "None", "The P14 Detection Service service terminated unexpectedly.  It has done this 1 time(s).  The following corrective action will be taken in 60000 milliseconds: Restart the service."),
            ("Warning", "Microsoft-Windows-Time-Service", 129, "None", "NtpClient was unable to set a domain peer to use as a time source because of discovery error."),
            ("Information", "MSSQL$NEURO", 17137, "Server", "Starting up database 'NeuroDB'."),
            ("Error", "Disk", 153, "None", "The IO operation at logical block address 0x1a2f3c for Disk 2 (PDO name: \\Device\\00000034) was retried."),
            ("Warning", "NeuroAcq", 3004, "Storage", "Archive path \\\\nas-neuro01\\eeg_archive not reachable; buffering locally."),
            ("Information", "Microsoft-Windows-Winlogon", 7001, "(1101)", "User Logon Notification for Customer Experience Improvement Program")]
    for _ in range(R.randint(2, 4)):
        m = rc(msgs)
        t = CK.tick(5, 120)
        out.append(L(fam, "\"%s\",\"%s\",\"%s\",\"%d\",\"%s\",\"%s\"" % (m[0], "%d/%d/%d %d:%s" % (t.month, t.day, t.year, (t.hour % 12) or 12, t.strftime("%M:%S %p")), m[1], m[2], m[3], m[4])))
    return out


def blk_ncs():
    fam = "ncs_report"
    p = rc(OLD) if R.random() < 0.35 else rc(PATS)
    sd = STUDY_DAY - dt.timedelta(days=R.randint(0, 2))
    out = [L(fam, "NERVE CONDUCTION STUDIES / EMG  -  Lakeshore Regional Medical Center, Neurodiagnostics")]
    age_part = AG(str(p.age)) if p.age > 89 else (str(p.age), None)
    out.append(L(fam, "Patient: ", N(nm_up(p)), "   ID: ", M(p.mrn), "   DOB: ", D(d_us(p.dob)), "   Age: ", age_part, "   Sex: %s" % p.sex))
    out.append(L(fam, "Test date: ", D(d_us(sd)), "   Referring: Dr. %s   Tech: %s   Temp: %.1f C (L hand)" % (rc(MDS)[0], rc(STAFF[5:6] + STAFF[2:3]), R.uniform(30.5, 33.5))))
    out.append(L(fam, "Nerve / Sites        Rec.  Lat ms  Amp mV  CV m/s  Dist cm"))
    for nv, site in R.sample([("L Median - APB", "Wrist"), ("L Ulnar - ADM", "Wrist"), ("R Median - APB", "Wrist"), ("L Ulnar - ADM", "B Elbow"),
                              ("L Peroneal - EDB", "Ankle"), ("L Tibial - AH", "Ankle"), ("L Sural - Ankle", "Calf")], R.randint(3, 5)):
        out.append(L(fam, "%-20s %-7s %5.1f   %5.1f   %5s   %4.1f" % (nv, site, R.uniform(2.1, 6.2), R.uniform(0.3, 12), rc(["", "%.0f" % R.uniform(35, 62)]), R.uniform(7, 30))))
    out.append(L(fam, "Needle EMG: L FDI, APB, biceps, triceps, C6-7 paraspinals - no fibs/PSWs; normal MUAP recruitment."))
    return out


def serilog(t, mt, props):
    return {"@t": ts_iso(t), "@mt": mt, **props}


def blk_serilog():
    fam = "serilog_json"
    out = []

    def js(ln, obj, phi):
        # obj is list of (key, value, cat) -> build JSON with spans
        ln.t("{")
        for i, (k, v, c) in enumerate(obj):
            if i:
                ln.t(",")
            ln.t(json.dumps(k) + ":")
            if isinstance(v, str):
                enc = json.dumps(v, ensure_ascii=False)
                if c:
                    ln.t('"').p(enc[1:-1], c).t('"')
                else:
                    ln.t(enc)
            else:
                ln.t(json.dumps(v))
        ln.t("}")
        return ln
    for _ in range(R.randint(0, 2)):
        t = CK.tick(2, 90)
        k = R.randint(0, 3)
        if k == 0:
            obj = [("@t", ts_iso(t), None), ("@mt", "Remote review session opened by {User} for study {StudyNo}", None), ("User", rc(STAFF_ID), None), ("StudyNo", rc(PATS).study, None), ("ClientIp", "10.20.%d.%d" % (R.randint(1, 9), R.randint(2, 250)), None), ("TraceId", hexs(32), None), ("SpanId", hexs(16), None)]
        elif k == 1:
            obj = [("@t", ts_iso(t), None), ("@mt", "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms", None), ("RequestMethod", "GET", None), ("RequestPath", "/health/ready", None), ("StatusCode", 200, None), ("Elapsed", round(R.uniform(0.5, 40), 4), None), ("SourceContext", "Serilog.AspNetCore.RequestLoggingMiddleware", None)]
        elif k == 2:
            obj = [("@t", ts_iso(t), None), ("@mt", "Video proxy transcode finished {JobId} {Seconds}s", None), ("@l", "Information", None), ("JobId", guid(), None), ("Seconds", R.randint(30, 900), None), ("Codec", "h264_nvenc", None)]
        else:
            obj = [("@t", ts_iso(t), None), ("@mt", "Token refresh failed for client {ClientId}", None), ("@l", "Warning", None), ("ClientId", "review-web", None), ("@x", "Microsoft.IdentityModel.Tokens.SecurityTokenExpiredException: IDX10223: Lifetime validation failed.", None)]
        out.append(js(Ln(fam), obj, False))
    p = rc(PATS)
    t = CK.tick(2, 90)
    k = R.randint(0, 3)
    if k == 0:
        obj = [("@t", ts_iso(t), None), ("@mt", "Home study upload received from {RemoteIp} for {PortalUser}", None), ("RemoteIp", "%d.%d.%d.%d" % (rc([73, 24, 98, 174, 66, 107]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)), "ip"),
               ("PortalUser", p.portal, "other_id"), ("Bytes", R.randint(10**6, 9 * 10**8), None), ("DeviceSerial", rc(["2N7K", "8P3Q"]) + digits(5), "device")]
    elif k == 1:
        obj = [("@t", ts_iso(t), None), ("@mt", "Appointment reminder sent to {Email}", None), ("Email", p.email, "email"), ("Channel", "smtp", None), ("MessageId", "<%s@mail.lrmc.org>" % hexs(20), None)]
    elif k == 2:
        obj = [("@t", ts_iso(t), None), ("@mt", "Video snapshot stored for {Mrn}", None), ("Mrn", p.mrn, "mrn"), ("Bed", "EMU-%02d" % p.bed, None),
               ("thumbJpeg", "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/" + base64.b64encode(bytes(R.randint(0, 255) for _ in range(R.randint(120, 240)))).decode(), "photo")]
    else:
        obj = [("@t", ts_iso(t), None), ("@mt", "Portal login {PortalUser} succeeded", None), ("PortalUser", p.portal, "other_id"), ("RemoteIp", "%d.%d.%d.%d" % (rc([73, 24, 98, 174, 66, 107]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)), "ip"), ("Mfa", "sms", None)]
    out.append(js(Ln(fam), obj, True))
    return out


def blk_fax():
    fam = "fax_log"
    out = []
    for _ in range(R.randint(0, 1)):
        t = CK.tick(10, 300)
        out.append(L(fam, "%s RFSrv  Job %d status=Sent to=+1%s pages=%d csid=\"LRMC NEURODX\" dest=\"%s\" dur=%ds" % (t.strftime("%m/%d/%Y %H:%M:%S"), R.randint(80000, 99999), "414" + str(R.randint(200, 989)) + digits(4), R.randint(1, 9), rc(["Froedtert Neurology Clinic", "Aurora Sleep Ctr", "Dr. Sandoval office", "Ascension Columbia St. Mary's"]), R.randint(30, 200))))
    p = rc(PATS)
    t = CK.tick(10, 300)
    if R.random() < 0.8:
        out.append(L(fam, "%s RFSrv  Job %d status=Queued to=" % (t.strftime("%m/%d/%Y %H:%M:%S"), R.randint(80000, 99999)), ("+1" + "".join(p.fax), "fax"), " pages=%d dest=\"" % R.randint(2, 9), N(nm_fl(p)), " (home fax)\" note=\"ROI-2024-%04d EEG report per pt request\"" % R.randint(1, 999)))
    else:
        out.append(L(fam, "%s RFSrv  Job %d status=Failed(No answer) to=+1%s retries=3 dest=\"Lakeshore Peds Neurology\"" % (t.strftime("%m/%d/%Y %H:%M:%S"), R.randint(80000, 99999), "262" + str(R.randint(200, 989)) + digits(4))))
    return out


def blk_kiosk():
    fam = "kiosk_json"
    p = rc(PATS)
    t = CK.tick(10, 300)
    out = []
    if R.random() < 0.5:
        out.append(L(fam, '{"ts":"%s","kiosk":"NDX-LOBBY-1","event":"heartbeat","printer":"ok","scanner":"ok","build":"5.3.%d"}' % (ts_iso(t), R.randint(100, 999))))
    parts = ['{"ts":"%s","kiosk":"NDX-LOBBY-%d","event":"checkin","mrn":"' % (ts_iso(CK.tick(1, 60)), R.randint(1, 2)), M(p.mrn), '","appt":"',
             D("%sT%02d:%02d:00" % (d_iso(STUDY_DAY), R.randint(7, 16), rc([0, 15, 30, 45]))), '"']
    if p.age >= 16:
        parts += [',"dlScanned":true,"dlNumber":"', (p.dl, "license"), '"']
    else:
        parts += [',"dlScanned":false,"guardianPresent":true']
    if R.random() < 0.6:
        parts += [',"parkingPlate":"', (rc(["", "WI-"]) + rc(["AKR", "MTZ", "BNQ", "ZXW"]) + digits(4), "vehicle"), '"']
    if R.random() < 0.5:
        parts += [',"palmVein":{"match":true,"score":0.99%d,"templateId":"' % R.randint(0, 9), ("PV-" + hexs(16, True), "biometric"), '"}']
    if R.random() < 0.3:
        parts += [',"copay":{"card":"', AC(luhn_card(rc(["4", "51", "37"]), 15 if False else 16)), '","amount":40.00}']
    parts += ["}"]
    out.append(L(fam, *parts))
    return out


def blk_ps():
    fam = "ps_transcript"
    t = CK.tick(30, 300)
    out = [L(fam, "**********************"),
           L(fam, "Windows PowerShell transcript start"),
           L(fam, "Start time: %s" % t.strftime("%Y%m%d%H%M%S")),
           L(fam, "Username: LRMC\\svc_ndxarchive"),
           L(fam, "Machine: NDX-ARCH01 (Microsoft Windows NT 10.0.17763.0)"),
           L(fam, "PS>.\\Archive-Video.ps1 -Source D:\\Neuroworks\\Data -Dest \\\\nas-neuro01\\eeg_archive -OlderThanDays 14 -WhatIf:$false")]
    n = R.randint(1, 3)
    for _ in range(n):
        p = rc(PATS)
        if R.random() < 0.5:
            out.append(L(fam, "VERBOSE: Moving 'D:\\Neuroworks\\Data\\", N(nm_folder(p)), "_%s' (%.1f GB, last write %s)" % (p.gid, R.uniform(4, 300), (t - dt.timedelta(days=R.randint(15, 60))).strftime("%m/%d/%Y"))))
        else:
            out.append(L(fam, "VERBOSE: Skipping '%s' - study still open on ACQ-EMU%02d" % (p.gid, R.randint(1, 12))))
    out.append(L(fam, "Archived %d studies, %.1f GB freed, %d errors" % (n, R.uniform(10, 800), R.randint(0, 2))))
    return out


GENS = [(blk_acq, 9), (blk_review, 7), (blk_edf, 3), (blk_pyedflib, 1.5), (blk_mne, 1.2), (blk_persyst, 6),
        (blk_robocopy, 1.6), (blk_rsync, 3), (blk_storescu, 1.2), (blk_dcmdump, 1.5), (blk_hl7_oru, 3), (blk_hl7_siu, 2),
        (blk_mirth, 3), (blk_technotes, 6), (blk_eventcsv, 2.5), (blk_sched, 2), (blk_sched_de, 0.8), (blk_sleep_report, 2),
        (blk_sleep_epochs, 1.5), (blk_sleep_xml, 2.5), (blk_device, 5), (blk_wevt, 4), (blk_ncs, 2), (blk_serilog, 5),
        (blk_fax, 2.5), (blk_kiosk, 2), (blk_ps, 1.2)]


# families whose blocks carry mostly patient context (used to keep the share of
# PHI-free lines near 55 %)
DENSE = [(blk_sched, 2), (blk_sched_de, 0.5), (blk_hl7_siu, 2.5), (blk_serilog, 3), (blk_persyst, 3),
         (blk_technotes, 5), (blk_acq, 4), (blk_review, 4), (blk_kiosk, 3), (blk_fax, 1.5), (blk_device, 2.5),
         (blk_hl7_oru, 2)]


def main():
    lines = []
    first = [g for g, _ in GENS] + [blk_xxd]
    R.shuffle(first)
    queue = list(first)
    tries = 0
    while len(lines) < 500:
        rem = 500 - len(lines)
        clean = sum(1 for x in lines if not x.sp)
        if queue:
            g = queue.pop()
        elif R.random() < 0.1:
            g = R.choices([g for g, _ in GENS], weights=[w for _, w in GENS])[0]
        elif clean > 0.52 * len(lines):
            g = R.choices([g for g, _ in DENSE], weights=[w for _, w in DENSE])[0]
        else:
            g = R.choices([g for g, _ in GENS], weights=[w for _, w in GENS])[0]
        blk = g()
        if len(blk) <= rem and (sum(1 for x in lines if x.fam == blk[0].fam) + len(blk) <= 48 or rem < 20):
            lines.extend(blk)
            tries = 0
        else:
            tries += 1
            if tries > 40:
                lines.append(rc([acq_noise, review_noise, persyst_noise])())
    assert len(lines) == 500
    log_out, lab_out = [], []
    for i, ln in enumerate(lines, 1):
        s = ln.b.decode("utf-8")
        assert s and "\n" not in s and "\r" not in s, (i, s)
        for st, en, cat, val in ln.sp:
            assert bytes(ln.b[st:en]) == val.encode("utf-8"), (i, val)
        log_out.append(s)
        lab_out.append(json.dumps({"line": i, "family": ln.fam,
                                   "spans": [{"s": st, "e": en, "cat": cat} for st, en, cat, _ in ln.sp]}))
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(log_out))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lab_out) + "\n")


if __name__ == "__main__":
    main()
