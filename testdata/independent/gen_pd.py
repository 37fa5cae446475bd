#!/usr/bin/env python3
"""gen_pd.py - synthetic, labeled log corpus "pd".

Organisation: the (fictional) Sky Butte Tribe, New Mexico. It runs the
Sky Butte Tribal Health Clinic next to the IHS "Dry Wash Service Unit"
(Dry Wash Indian Health Center, ASUFAC 202710).  Both use an RPMS-like
MUMPS/FileMan system on InterSystems IRIS; the tribe's IT team also runs
cloud services.  All people, numbers and places are invented.

Writes pd.log (500 lines) and pd.labels.jsonl in the current directory.
Standard library only, fixed seed: two runs give byte-identical output.

Systems simulated (family names in the labels file)
 1 iris_messages  IRIS/Cache messages.log of the RPMS server, incl. XTER
                  error-trap variable dumps and <SUBSCRIPT> errors
 2 fileman_audit  FileMan audit trail (^DIA) extract, pipe delimited
 3 pcc_visit      PCC visit / V-file extract (APCD), pipe + key=value
 4 hl7v2          HL7 v2.5.1 VXU to the state IIS, ADT^A08 to the HIE,
                  ORU^R01 from the reference lab (one segment per line)
 5 prc_auth       Purchased/Referred Care authorisation app, RFC5424
                  syslog with key=value payload
 6 pharmacy       pharmacy automation bridge, Python JSON logger
 7 dental         dental practice-management CSV export (with header)
 8 chr_app        Community Health Representative mobile API, ECS JSON
                  (home visits, remote BP-cuff readings)
 9 sms_gateway    appointment reminder SMS service, logfmt
10 portal_nginx   patient portal (PHR) nginx access log
11 entra_signin   Entra ID / Azure AD sign-in logs (staff), JSON
12 cloudtrail     AWS CloudTrail (backup/archive bucket), JSON
13 fortigate      FortiGate firewall traffic/utm logs, key=value
14 x12            X12 005010 270 / 837P segments, one segment per line
15 fhir           FHIR R4 facade gateway JSON log (resources inlined)
16 stacktrace     .NET log4net exceptions (PRC app, BMXNet) and a Python
                  traceback (enrolment sync), one frame per line
17 teams_chat     Teams compliance export, TSV (staff chat)
18 pg_log         PostgreSQL log of the tribal enrolment database
19 enroll_fw      fixed-width enrolment roster delta file
20 veeam          Veeam backup syslog

Labeling decisions (grey cases)
 - RPMS HRN (chart number, with or without facility prefix "DW"), DFN
   (internal ^DPT entry number, also used as FHIR Patient.id and in portal
   URLs' path outside a labeled url) and dental chart numbers -> mrn.
 - Tribal enrolment numbers (any format) -> other_id.  Tribe of
   membership, blood quantum, eligibility status, race -> not PHI.
 - Record numbers that a person can use to look up one patient's record
   -> other_id: PCC visit IENs, Rx numbers, order/accession numbers, PRC
   authorisation numbers, appointment IDs, CHR referral IDs.  Billing
   record numbers (X12 CLM01 patient control number, card PANs) ->
   account.  Pure transport IDs (HL7 MSH-10, X12 ISA/GS/ST/BHT/TRN
   numbers, SMS SIDs, trace/request/correlation IDs, batch IDs) -> not
   labeled.
 - RPMS pseudo-SSNs (9 digits + "P") sit in the SSN field and identify
   the patient -> ssn.  Junk SSNs logged for a patient are still ssn.
 - Community of residence, city, enrolment district of residence and GPS
   coordinates of a home visit (lat and lon each one span) -> address.
   Rural route / HC box / PO box street lines -> address.
 - Dates tied to the patient (birth, visit, service, appointment,
   collection, eligibility, pick-up) -> date, in every format (FileMan
   3250304, HL7 20250304, "3/11").  FileMan/HL7 timestamps that are the
   message/record-write time (MSH-7, EVN, log timestamps) -> not PHI.
   Vaccine lot expiry dates, drug lot expiries -> not PHI.
 - Ages over 89 -> age; ages 89 and under are left unlabeled.
 - Names of relatives, emergency contacts, people picking up meds -> name.
   Staff (providers, CHRs, pharmacists, clerks, IT), vendors and the
   clinic itself (addresses, phones, NPIs, fax, the billing-provider
   N3/N4 in X12, staff biometric template IDs at the Pyxis) -> not PHI,
   even when a staff surname equals a patient surname.
 - Portal client IPs of patient sessions -> ip; scanner/bot, health check,
   staff and server IPs -> not PHI.  Portal/FHIR URLs carrying a patient
   identifier -> one url span (path + query); the id inside is not
   labeled separately.
 - Patient devices: glucometer and BP-cuff serials/IMEIs -> device.
   Clinic devices (CHR tablets, dental sensors, pharmacy robot) -> not.
 - Patient's vehicle plate / VIN on a PRC travel claim -> vehicle; tribal
   fleet vans -> not PHI.  Patient driver's licence -> license.
 - S3 object keys embedding a patient name and auth number: name -> name,
   auth -> other_id.  Base64 registration photo in FHIR -> photo.
 - A malformed DOB in a traceback (19880229X): the 8 date digits -> date.
"""
import base64
import html
import json
import random
import re
import sys
import unicodedata
import urllib.parse
from datetime import date, datetime, timedelta

SEED = 20250304
R = random.Random(SEED)
N_LINES = 500

# ---------------------------------------------------------------- markers
REG = []


def P(v, cat):
    """Mark a PHI value; returns the value wrapped in private-use markers."""
    v = str(v)
    REG.append((cat, v))
    return "\ue000%d\ue001%s\ue002" % (len(REG) - 1, v)


MK = re.compile("\ue000(\\d+)\ue001(.*?)\ue002", re.S)


def decodes(placed, orig):
    if placed == orig:
        return True
    try:
        if json.loads('"' + placed + '"') == orig:
            return True
    except ValueError:
        pass
    if urllib.parse.unquote(placed) == orig:
        return True
    if html.unescape(placed) == orig:
        return True
    return False


def finish(marked):
    out, spans, checks = [], [], []
    pos = 0
    bpos = 0
    for m in MK.finditer(marked):
        pre = marked[pos:m.start()]
        out.append(pre)
        bpos += len(pre.encode("utf-8"))
        cat, orig = REG[int(m.group(1))]
        placed = m.group(2)
        b = len(placed.encode("utf-8"))
        spans.append({"s": bpos, "e": bpos + b, "cat": cat})
        checks.append((bpos, bpos + b, orig))
        out.append(placed)
        bpos += b
        pos = m.end()
    out.append(marked[pos:])
    line = "".join(out)
    lb = line.encode("utf-8")
    if any(c in line for c in "\ue000\ue001\ue002\n\r") or not line.strip():
        raise SystemExit("bad line: %r" % line)
    last_e = 0
    for sp, (s, e, orig) in zip(spans, checks):
        if not (0 <= s < e <= len(lb)):
            raise SystemExit("span out of range %r in %r" % (sp, line))
        if s < last_e:
            raise SystemExit("overlap %r in %r" % (sp, line))
        last_e = e
        if not decodes(lb[s:e].decode("utf-8"), orig):
            raise SystemExit("span %r does not decode to %r in %r" % (sp, orig, line))
    return line, spans


def jd(o, ascii_=False, sep=(",", ":")):
    s = json.dumps(o, ensure_ascii=False, separators=sep)
    if ascii_:
        s = "".join(c if ord(c) < 128 or "\ue000" <= c <= "\ue002" else "\\u%04x" % ord(c) for c in s)
    return s


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---------------------------------------------------------------- clock
clk = [datetime(2025, 3, 4, 6, 2, 11, 0)]
TODAY = date(2025, 3, 4)


def tick(a=3, b=60):
    clk[0] += timedelta(seconds=R.randint(a, b), milliseconds=R.randint(0, 999))
    return clk[0]


def ms(t):
    return "%03d" % (t.microsecond // 1000)


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms(t) + "-07:00"


def utcz(t):
    u = t + timedelta(hours=7)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + ms(u) + "Z"


def utcz_s(t):
    u = t + timedelta(hours=7)
    return u.strftime("%Y-%m-%dT%H:%M:%SZ")


def fm_date(d):
    return "%d%02d%02d" % (d.year - 1700, d.month, d.day)


def fm_dt(t):
    s = "%d%02d%02d.%02d%02d%02d" % (t.year - 1700, t.month, t.day, t.hour, t.minute, t.second)
    return s.rstrip("0").rstrip(".")


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uid():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


# ---------------------------------------------------------------- checksums
def luhn_digit(payload):
    tot = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def npi():
    base = R.choice("12") + digits(8)
    return base + luhn_digit("80840" + base)


def card(valid=True):
    base = R.choice(["4", "51", "52", "6011"])
    base += digits(15 - len(base))
    d = luhn_digit(base)
    if not valid:
        d = str((int(d) + R.randint(1, 9)) % 10)
    return base + d


def imei():
    base = R.choice(["35", "86", "01"]) + digits(12)
    return base + luhn_digit(base)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    an = lambda: R.choice(MBI_A + "0123456789")
    return (R.choice("123456789") + R.choice(MBI_A) + an() + R.choice("0123456789") + R.choice(MBI_A)
            + an() + R.choice("0123456789") + R.choice(MBI_A) + R.choice(MBI_A) + digits(2))


VIN_T = {str(d): d for d in range(10)}
VIN_T.update(dict(A=1, B=2, C=3, D=4, E=5, F=6, G=7, H=8, J=1, K=2, L=3, M=4, N=5, P=7, R=9,
                  S=2, T=3, U=4, V=5, W=6, X=7, Y=8, Z=9))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(R.choice(["1GC", "1FT", "3GT", "5TF", "1N6", "2T3"]) + "".join(R.choice(al) for _ in range(5))
             + "0" + R.choice("GHJKLMNPR") + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(6))
    c = sum(VIN_T[ch] * w for ch, w in zip(v, VIN_W)) % 11
    v[8] = "X" if c == 10 else str(c)
    return "".join(v)


# ---------------------------------------------------------------- people
F_FIRST = ["Winona", "Marisol", "Shandiin", "Jolene", "Kateri", "Nizhoni", "Loretta", "Bernadine",
           "Esperanza", "Thanh", "Siobhan", "Priya", "Rosalind", "Ione", "Wilma", "Dawn", "Summer",
           "Hope", "Inés", "Zoë", "Autumn", "Cheyenne", "Lupe", "Faith", "Mai", "Hodan"]
M_FIRST = ["Delbert", "Raymond", "Vernon", "Harlan", "Clarence", "Eldon", "Levi", "Jaxon", "Dakota",
           "Sage", "Ignacio", "Darnell", "José", "Klaus", "Abdi", "Tyrell", "Hunter", "Wade", "Lorenzo",
           "Cody", "Truman", "Duc"]
LAST = ["Two Bulls", "Yellow Horse", "Runs-Above", "Little Crow", "Kills Enemy", "Bearheart",
        "Whitehorse", "Tsinnijinnie", "Etsitty", "Archuleta", "Martínez-Lucero", "García", "dela Cruz",
        "O'Connell", "Nguyen", "Warsame", "Schreiber", "Hunter", "Rose", "Strong", "Bird", "Sky", "Fox",
        "Silversmith", "Chee", "Morningstar", "Blackwater", "Lonewolf", "Goodshield", "Many Horses",
        "Red Cloud-Hernández", "Peña", "Castillo-Tso", "Tahbone", "Koinva", "Deschenie", "Smallcanyon",
        "Long", "Baker", "Tso"]
COMMUNITIES = [("Sandstone", "87320"), ("Juniper Flat", "87321"), ("Bitter Spring", "87325"),
               ("Coyote Wash", "87326"), ("Red Willow", "87328"), ("Piñon Ridge", "87323"),
               ("Whiterock", "87327"), ("Gallina Mesa", "87324")]
STREETS = ["Juniper Rd", "Cedar Loop", "Mesa View Dr", "Old Mission Rd", "Sage St", "Eagle Ridge Ct",
           "Tribal Route 7", "Canyon Ln", "Piñon Way", "Horse Camp Rd"]
AREAS = ["505", "505", "505", "575", "928"]


def phone_num():
    return R.choice(AREAS), str(R.randint(2, 9)) + digits(2), digits(4)


def fmt_phone(p, style=None):
    a, x, n = p
    style = style if style is not None else R.randint(0, 3)
    return ["(%s) %s-%s" % (a, x, n), "%s-%s-%s" % (a, x, n), a + x + n, "+1" + a + x + n][style]


def street():
    r = R.random()
    if r < 0.5:
        return "%d %s" % (R.randint(2, 2999), R.choice(STREETS))
    if r < 0.7:
        return "HC %d Box %d" % (R.choice([61, 62, 64]), R.randint(100, 4999))
    if r < 0.85:
        return "PO Box %d" % R.randint(10, 1999)
    return "NHA Home Site %d Unit %s" % (R.randint(1, 80), R.choice("ABCD"))


def public_ip():
    while True:
        a = R.choice([24, 63, 67, 69, 71, 72, 75, 97, 98, 99, 107, 166, 172, 174, 208])
        b = R.randint(0, 255)
        if a == 172 and 16 <= b <= 31:
            continue
        return "%d.%d.%d.%d" % (a, b, R.randint(0, 255), R.randint(1, 254))


class Pt:
    pass


def mk_patient(i):
    p = Pt()
    p.sex = R.choice("FM")
    p.first = R.choice(F_FIRST if p.sex == "F" else M_FIRST)
    p.last = R.choice(LAST)
    r = R.random()
    p.mid = "" if r < 0.2 else (R.choice("ABCDEJLMRSTW") if r < 0.8 else R.choice(["Rose", "Lee", "Ann", "James", "Marie"]))
    if i % 8 == 0:
        p.dob = date(R.randint(1929, 1934), R.randint(1, 12), R.randint(1, 28))
    else:
        p.dob = date(R.randint(1940, 2021), R.randint(1, 12), R.randint(1, 28))
    if i == 5:
        p.dob = date(1988, 2, 29)
    p.age = TODAY.year - p.dob.year - ((TODAY.month, TODAY.day) < (p.dob.month, p.dob.day))
    p.hrn = str(R.randint(100000, 139999))
    p.dfn = str(R.randint(1200, 98000))
    p.ssn = ssn() if R.random() < 0.85 else digits(9) + "P"
    p.street = street()
    p.city, p.zip = R.choice(COMMUNITIES)
    p.phone = phone_num()
    dom = R.choice(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com"])
    p.email = "%s%s%s@%s" % (fold(p.first).lower(), R.choice([".", "_", ""]),
                             fold(p.last).lower().replace(" ", "").replace("'", ""), dom)
    if R.random() < 0.4:
        p.email = "%s%s%d@%s" % (fold(p.first).lower()[0], fold(p.last).lower().replace(" ", "").replace("'", ""),
                                 R.randint(1, 99), dom)
    p.enroll = R.choice(["SBT-%06d" % R.randint(1, 9999), "SBT%05d" % R.randint(1, 9999),
                         "%03dU%06d" % (R.randint(100, 999), R.randint(1, 99999))])
    p.medicaid = R.choice(["1", "2"]) + digits(10)
    p.mbi = mbi() if p.age >= 65 else None
    ec = Pt()
    ec.last = p.last if R.random() < 0.6 else R.choice(LAST)
    ec.rel = R.choice([("DAU", "Daughter"), ("SON", "Son"), ("MTH", "Mother"), ("FTH", "Father"),
                       ("SPO", "Spouse"), ("GRD", "Guardian"), ("GCH", "Grandchild"), ("SIS", "Sister")])
    if ec.rel[0] in ("DAU", "MTH", "SIS"):
        ec.first = R.choice(F_FIRST)
    elif ec.rel[0] in ("SON", "FTH"):
        ec.first = R.choice(M_FIRST)
    else:
        ec.first = R.choice(F_FIRST + M_FIRST)
    ec.phone = phone_num()
    p.ec = ec
    p.ip = public_ip()
    p.dl = digits(9)
    return p


PATS = [mk_patient(i) for i in range(44)]


ELDERS = [p for p in PATS if p.age > 89]


def pt(elder=0.0):
    if R.random() < elder:
        return R.choice(ELDERS)
    return R.choice(PATS)


def full(p, mid=False):
    return p.first + (" " + p.mid if mid and p.mid else "") + " " + p.last


def fmname(p):
    s = fold(p.last).upper() + "," + fold(p.first).upper()
    if p.mid:
        s += " " + fold(p.mid).upper()
    return s


def hl7name(p):
    return "%s^%s^%s" % (fold(p.last).upper(), fold(p.first).upper(), fold(p.mid).upper())


def mdy(d, yy=False):
    return "%d/%d/%s" % (d.month, d.day, ("%02d" % (d.year % 100)) if yy else d.year)


def visit_day():
    return TODAY - timedelta(days=R.choice([0, 0, 0, 1, 2, 7, 14, 30, 61]))


def appt_day():
    return TODAY + timedelta(days=R.randint(1, 45))


# staff / org (not PHI)
STAFF = [("Marchetti", "Evelyn", "MD"), ("Kee", "Rochelle", "FNP"), ("Lindqvist", "Anders", "PA-C"),
         ("Oyelaran", "Samuel", "DDS"), ("Holiday", "Grace", "PharmD"), ("Benally", "Carla", "RN"),
         ("Tohee", "Dwayne", "PRC"), ("Nakai", "Priscilla", "HIM"), ("Begay", "Jerome", "IT"),
         ("Two Bulls", "Marvin", "CHR"), ("Yazzie", "Tomasina", "CHR"), ("Running Water", "Delia", "CHR"),
         ("Watchman", "Leonard", "CHR"), ("Okafor", "Chinedu", "RPh")]
STAFF_NPI = {s[0]: npi() for s in STAFF}
PROV = [s for s in STAFF if s[2] in ("MD", "FNP", "PA-C")]
CHRS = [s for s in STAFF if s[2] == "CHR"]
CLINIC_NPI = npi()
VENDORS = [("Mesa Regional Medical Center", npi(), "1850 College Dr, Farmington NM 87402", "(505) 555-0199"),
           ("High Desert Imaging LLC", npi(), "4410 Comanche Rd NE, Albuquerque NM 87110", "(505) 555-0142"),
           ("Four Corners Dialysis Partners", npi(), "220 W Aztec Ave, Gallup NM 87301", "(505) 555-0177"),
           ("Southwest Eye Associates", npi(), "9 Medical Plaza, Grants NM 87020", "(505) 555-0110"),
           ("Cibola Ambulance Service", npi(), "301 Roosevelt Ave, Grants NM 87020", "(505) 555-0168")]
CLINIC_IP = "63.147.212.18"
SERVER_IPS = ["52.35.118.20", "20.118.44.7", "34.213.9.161", "13.107.42.14", "52.96.165.2"]
UPN = {"Benally": "cbenally", "Tohee": "dtohee", "Nakai": "pnakai", "Begay": "jbegay-adm",
       "Marchetti": "emarchetti", "Holiday": "gholiday", "Kee": "rkee", "Yazzie": "tyazzie",
       "Okafor": "cokafor"}
auth_seq = [410]
rx_seq = [2210400]


def auth_no():
    auth_seq[0] += R.randint(1, 4)
    return "25-DW-%05d" % auth_seq[0]


def rx_no():
    rx_seq[0] += R.randint(1, 30)
    return str(rx_seq[0])


def visit_ien():
    return str(R.randint(1930000, 1949999))


def L(fam, s):
    return (fam, s)


# ================================================================ generators
def g_iris():
    t = tick()
    ts = t.strftime("%m/%d/%y-%H:%M:%S:") + ms(t)
    pid = R.randint(1000, 65000)
    r = R.random()
    if r < 0.72:
        c = R.randint(0, 6)
        if c == 0:
            n = R.randint(1, 9)
            s = "%s (%d) 0 [Generic.Event] Journal file has been switched from /rpms/jrnl/%s.%03d to /rpms/jrnl/%s.%03d" % (
                ts, pid, t.strftime("%Y%m%d"), n, t.strftime("%Y%m%d"), n + 1)
        elif c == 1:
            s = "%s (%d) 0 [Utility.Event] TASKMAN: Task #%d (%s) completed, elapsed 00:%02d:%02d" % (
                ts, pid, R.randint(8800000, 8899999), R.choice(["BGP NIGHTLY GPRA EXTRACT", "XQ XUTL $J NODES",
                                                                  "BDW DATA WAREHOUSE EXPORT", "AG PURGE TEMP GLOBALS",
                                                                  "BPXRM NIGHTLY TASK"]), R.randint(0, 12), R.randint(0, 59))
        elif c == 2:
            s = "%s (%d) 1 [Generic.Event] ECP connection to RPMSAPP02 (10.20.1.12:1972) lost; reconnected after %d ms" % (
                ts, pid, R.randint(80, 4000))
        elif c == 3:
            s = "%s (%d) 2 [Generic.Event] Process %d (JobType=Application,Dir=/rpms/db/rpmsdb/) caught exception <UNDEFINED>%s *%s" % (
                ts, pid, pid, R.choice(["EN+12^BDGREG1", "LIST+4^BMXRPC", "PRT+22^APCHS8"]), R.choice(["BDGADM", "BMXY", "APCHSX"]))
        elif c == 4:
            s = "%s (%d) 0 [Utility.Event] LMF Info:  Licensed for 250 users. Current license usage %d" % (ts, pid, R.randint(90, 240))
        elif c == 5:
            s = "%s (%d) 1 [Utility.Event] Write daemon cycle took %.1f seconds (WDPass=%d)" % (ts, pid, R.uniform(1.1, 9.9), R.randint(1000, 9000))
        else:
            s = "%s (%d) 0 [Utility.Event] BMXNet listener on port 10501 accepted connection from 10.20.4.%d" % (ts, pid, R.randint(10, 250))
        return [L("iris_messages", s)]
    p = pt()
    if r < 0.86:
        s = "%s (%d) 2 [Generic.Event] Process %d caught <SUBSCRIPT>GETV+7^APCLVL ^AUPNVSIT(%s,0) DFN=%s" % (
            ts, pid, pid, P(visit_ien(), "other_id"), P(p.dfn, "mrn"))
    else:
        s = '%s (%d) 2 [Utility.Event] XTER #%d $ZE=<UNDEFINED>PRNT+9^BPHRRPT *BPHRX DUZ=%d DFN=%s VAR("NAME")="%s" VAR("DOB")=%s VAR("HRN")=%s' % (
            ts, pid, R.randint(100, 999), R.randint(1100, 1300), P(p.dfn, "mrn"), P(fmname(p), "name"),
            P(fm_date(p.dob), "date"), P(p.hrn, "mrn"))
    return [L("iris_messages", s)]


def g_fileman():
    t = tick()
    p = pt()
    if R.random() < 0.3:
        duz = R.randint(1100, 1300)
        c = R.choice([(".132", "OFFICE PHONE", "505-555-01%02d" % R.randint(10, 99), "505-555-01%02d" % R.randint(10, 99)),
                      ("8", "TITLE", "CHR", "CHR SUPERVISOR"),
                      ("29", "SERVICE/SECTION", "PHARMACY", "PRC"),
                      (".151", "EMAIL ADDRESS", "it-helpdesk@skybuttehealth.org", "servicedesk@skybuttehealth.org")])
        s = "DIA|200|%d|%s|%s|%s|%s|%s|%d|XUSEREDIT" % (duz, c[0], c[1], c[2], c[3], fm_dt(t), R.randint(1100, 1300))
        return [L("fileman_audit", s)]
    f = R.randint(0, 9)
    ph_old, ph_new = fmt_phone(phone_num(), 1), fmt_phone(p.phone, 1)
    rows = [
        ("2", ".111", "STREET ADDRESS [LINE 1]", P(fold(street()).upper(), "address"), P(fold(p.street).upper(), "address")),
        ("2", ".114", "CITY", P(fold(R.choice(COMMUNITIES)[0]).upper(), "address"), P(fold(p.city).upper(), "address")),
        ("2", ".1112", "ZIP+4", P(R.choice(COMMUNITIES)[1], "zip"), P(p.zip, "zip")),
        ("2", ".131", "PHONE NUMBER [RESIDENCE]", P(ph_old, "phone"), P(ph_new, "phone")),
        ("2", ".133", "EMAIL ADDRESS", "", P(p.email.upper(), "email")),
        ("2", ".211", "K-NAME OF PRIMARY NOK", "", P(fold(p.ec.last).upper() + "," + fold(p.ec.first).upper(), "name")),
        ("2", ".219", "K-PHONE NUMBER", "", P(fmt_phone(p.ec.phone, 1), "phone")),
        ("9000001", "1108", "COMMUNITY OF RESIDENCE", P(fold(R.choice(COMMUNITIES)[0]).upper(), "address"),
         P(fold(p.city).upper(), "address")),
        ("9000001", "1112", "ELIGIBILITY STATUS", "DIRECT ONLY", "CHS & DIRECT"),
        ("9000001", "1116", "TRIBE ENROLLMENT NUMBER", "", P(p.enroll, "other_id")),
    ][f]
    s = "DIA|%s|%s|%s|%s|%s|%s|%s|%d|%s" % (rows[0], P(p.dfn, "mrn"), rows[1], rows[2], rows[3], rows[4],
                                         fm_dt(t), R.randint(1100, 1300), R.choice(["AG EDIT", "AGED", "AG REGISTER A PATIENT"]))
    return [L("fileman_audit", s)]


CLINICS = ["01 GENERAL", "06 DIABETIC", "56 DENTAL", "89 EVENING", "13 INTERNAL MED", "A3 CHR", "39 PHARMACY"]
ICD = ["E11.9", "I10", "E11.65", "J06.9", "Z00.00", "M54.50", "F32.A", "K02.52", "Z23", "E66.9", "N18.3"]


def g_pcc():
    t = tick()
    if R.random() < 0.25:
        s = "APCD|BATCH|%s|MERGE COMPLETE|VISITS=%d|V FILES=%d|ERRORS=%d|ELAPSED=00:%02d:%02d|DUZ=%d" % (
            fm_dt(t), R.randint(20, 400), R.randint(100, 3000), R.randint(0, 5), R.randint(0, 9), R.randint(0, 59), R.randint(1100, 1300))
        return [L("pcc_visit", s)]
    p = pt()
    pr = R.choice(PROV)
    vd = visit_day()
    vdt = datetime(vd.year, vd.month, vd.day, R.randint(7, 16), R.choice([0, 15, 30, 45]))
    v = visit_ien()
    out = []
    s = "APCD|VISIT|V=%s|DT=%s|SC=A|TYPE=%s|LOC=202710|CLN=%s|PAT=%s|HRN=%s|POV=%s|PRV=%s,%s|MOD=%s" % (
        P(v, "other_id"), P(fm_dt(vdt), "date"), R.choice("ITC"), R.choice(CLINICS), P(p.dfn, "mrn"),
        P("DW" + p.hrn, "mrn"), R.choice(ICD), pr[0].upper(), pr[1].upper(), R.choice(["ADD", "EDIT"]))
    out.append(L("pcc_visit", s))
    if R.random() < 0.5:
        tick(1, 3)
        m = R.choice([("WT", "%.1f" % R.uniform(45, 130), "KG"), ("BP", "%d/%d" % (R.randint(100, 170), R.randint(60, 100)), "MMHG"),
                      ("HT", "%.1f" % R.uniform(140, 190), "CM"), ("PU", "%d" % R.randint(55, 110), "BPM")])
        out.append(L("pcc_visit", "APCD|V MEASUREMENT|V=%s|TYPE=%s|VAL=%s|UNIT=%s|ENC PRV=%s" % (
            P(v, "other_id"), m[0], m[1], m[2], STAFF_NPI[pr[0]])))
    return out


def g_hl7():
    t = tick()
    p = pt()
    ts = t.strftime("%Y%m%d%H%M%S")
    ctrl = "DW" + t.strftime("%Y%m%d%H%M%S") + digits(3)
    k = R.randint(0, 2)
    pr = R.choice(PROV)
    out = []
    a, x, n = p.phone
    if k == 0:
        vd = visit_day()
        out.append("MSH|^~\\&|RPMS-IZ|DRY WASH IHC^202710^L|NMSIIS|NMDOH|%s-0700||VXU^V04^VXU_V04|%s|P|2.5.1|||ER|AL|||||Z22^CDCPHINVS" % (ts, ctrl))
        out.append("PID|1||%s^^^DW^MR||%s^^^^L||%s|%s||1002-5^American Indian or Alaska Native^CDCREC|%s^^%s^NM^%s^USA^L||^PRN^PH^^^%s|||||||||2186-5^Not Hispanic or Latino^CDCREC" % (
            P(p.hrn, "mrn"), P(hl7name(p), "name"), P(p.dob.strftime("%Y%m%d"), "date"), p.sex,
            P(fold(p.street).upper(), "address"), P(fold(p.city).upper(), "address"), P(p.zip, "zip"), P(a + "^" + x + n, "phone")))
        out.append("PD1|||||||||||02^Reminder/Recall - any method^HL70215|||||A")
        if R.random() < 0.7:
            out.append("NK1|1|%s^%s^^^^^L|%s^%s^HL70063||||||||||||||||||||||||||||^PRN^PH^^^%s" % (
                P(fold(p.ec.last).upper(), "name"), P(fold(p.ec.first).upper(), "name"), p.ec.rel[0], p.ec.rel[1].upper(), P(p.ec.phone[0] + "^" + p.ec.phone[1] + p.ec.phone[2], "phone")))
        out.append("ORC|RE||%s^DW|||||||||%s^%s^%s^^^^^^NPI" % (P("IZ" + digits(6), "other_id"), STAFF_NPI[pr[0]], pr[0].upper(), pr[1].upper()))
        vax = R.choice([("141", "Influenza, seasonal, injectable", "SKB", "GSK"), ("309", "COVID-19, mRNA, bivalent", "MOD", "Moderna US, Inc."),
                        ("115", "Tdap", "PMC", "sanofi pasteur"), ("187", "zoster recombinant", "SKB", "GSK")])
        out.append("RXA|0|1|%s||%s^%s^CVX|0.5|mL^mL^UCUM||00^New immunization record^NIP001|%s^%s^%s||^^^DW-IMM||||%s|%s|%s^%s^MVX|||CP|A" % (
            P(vd.strftime("%Y%m%d"), "date"), vax[0], vax[1], STAFF_NPI["Benally"], "BENALLY", "CARLA",
            R.choice("ABCDEFGHKMNPRTUVWXYZ") + digits(4) + R.choice("ABCDEFGH"), "2025%02d%02d" % (R.randint(6, 12), R.randint(1, 28)), vax[2], vax[3]))
        out.append("OBX|1|CE|64994-7^Vaccine funding program eligibility category^LN|1|V04^VFC eligible - American Indian/Alaska Native^HL70064||||||F|||%s|||VXC40^Eligibility captured at the immunization level^CDCPHINVS" % (
            P(vd.strftime("%Y%m%d"), "date")))
    elif k == 1:
        vdt = datetime(TODAY.year, TODAY.month, TODAY.day, R.randint(7, 11), R.randint(0, 59))
        out.append("MSH|^~\\&|RPMS|DW^202710^L|HIE-SW|SWHIE|%s-0700||ADT^A08^ADT_A01|%s|P|2.5.1|||AL|NE" % (ts, ctrl))
        out.append("EVN|A08|%s|||%d^NAKAI^PRISCILLA" % (ts, R.randint(1100, 1300)))
        ins = P(p.mbi, "health_plan") + "^^^CMS^MC" if p.mbi else P(p.medicaid, "health_plan") + "^^^NMMAD^MA"
        out.append("PID|1||%s^^^DW^MR~%s||%s^^^^L||%s|%s|||%s^^%s^NM^%s^USA^H||%s^PRN^PH~^NET^Internet^%s||ENG|%s|||%s|||||||||" % (
            P(p.hrn, "mrn"), ins, P(hl7name(p), "name"), P(p.dob.strftime("%Y%m%d"), "date"), p.sex,
            P(fold(p.street).upper(), "address"), P(fold(p.city).upper(), "address"), P(p.zip, "zip"),
            P("(%s)%s-%s" % p.phone, "phone"), P(p.email, "email"), R.choice(["M", "S", "W", "D"]), P(p.ssn, "ssn")))
        out.append("PV1|1|O|DW-PC^^^DW||||%s^%s^%s^^^^MD||||||||||||%s^^^DW^VN|||||||||||||||||||||||||%s" % (
            STAFF_NPI[pr[0]], pr[0].upper(), pr[1].upper(), P(visit_ien(), "other_id"), P(vdt.strftime("%Y%m%d%H%M"), "date")))
        if R.random() < 0.6:
            out.append("IN1|1|MCD^NM MEDICAID|NMMAD|NEW MEXICO HUMAN SERVICES DEPT|PO BOX 2348^^SANTA FE^NM^87504||(505)827-3100||||||||%s|18^Self|%s||||||||||||||||||||%s" % (
                P(hl7name(p), "name"), P(p.dob.strftime("%Y%m%d"), "date"), P(p.medicaid, "health_plan")))
    else:
        cd = visit_day()
        cdt = datetime(cd.year, cd.month, cd.day, R.randint(7, 11), R.randint(0, 59))
        out.append("MSH|^~\\&|MRL|MESA REF LAB^32D0991734^CLIA|RPMS-LAB|DW|%s-0700||ORU^R01^ORU_R01|MRL%s|P|2.5.1" % (ts, digits(9)))
        out.append("PID|1||%s^^^DW^MR||%s||%s|%s" % (P(p.hrn, "mrn"), P(hl7name(p), "name"), P(p.dob.strftime("%Y%m%d"), "date"), p.sex))
        test = R.choice([("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "%.1f" % R.uniform(5.2, 11.8), "%", "4.0-5.6"),
                         ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "%.2f" % R.uniform(0.6, 2.4), "mg/dL", "0.57-1.00"),
                         ("2093-3", "Cholesterol [Mass/volume] in Serum or Plasma", str(R.randint(130, 290)), "mg/dL", "100-199")])
        out.append("OBR|1|%s^DW|%s^MRL|%s^%s^LN|||%s|||||||||%s^%s^%s" % (
            P("L" + digits(7), "other_id"), P("MR25-" + digits(6), "other_id"), test[0], test[1], P(cdt.strftime("%Y%m%d%H%M"), "date"),
            STAFF_NPI[pr[0]], pr[0].upper(), pr[1].upper()))
        out.append("OBX|1|NM|%s^%s^LN||%s|%s^^UCUM|%s|%s|||F|||%s" % (
            test[0], test[1], test[2], test[3], test[4], R.choice(["H", "N", ""]), P(cdt.strftime("%Y%m%d%H%M"), "date")))
        out.append("NTE|1|L|Performed at Mesa Reference Laboratory, 4410 Comanche Rd NE, Albuquerque NM 87110. Lab director: H. Varga MD PhD")
    return [L("hl7v2", s) for s in out]


def syslog5424(t, host, app, pid):
    return "<134>1 %s %s %s %d - -" % (iso(t), host, app, pid)


def g_prc():
    t = tick()
    hdr = syslog5424(t, "prc-app01", "prc-web", R.randint(2000, 2400))
    r = R.random()
    if r < 0.35:
        c = R.randint(0, 3)
        if c == 0:
            s = '%s level=info event=fi.batch.export batch=FI-%s-%02d docs=%d total_amt=%.2f fi="BCBS-NM Fiscal Intermediary" sftp_host=sftp.fi-claims.net dur_ms=%d' % (
                hdr, t.strftime("%Y%m%d"), R.randint(1, 4), R.randint(5, 60), R.uniform(2000, 90000), R.randint(300, 9000))
        elif c == 1:
            v = R.choice(VENDORS)
            s = '%s level=info event=vendor.sync vendor_id=V-%05d name="%s" npi=%s addr="%s" phone="%s" fax="(505) 555-01%02d" status=ACTIVE' % (
                hdr, R.randint(100, 900), v[0], v[1], v[2], v[3], R.randint(10, 99))
        elif c == 2:
            s = "%s level=info event=obligation.summary fy=2025 obj_class=25.3 committed=%.2f expended=%.2f remaining=%.2f" % (
                hdr, R.uniform(1e6, 2e6), R.uniform(5e5, 1e6), R.uniform(1e5, 9e5))
        else:
            s = "%s level=warn event=session.timeout user=dtohee idle_s=%d ip=10.20.4.%d" % (hdr, R.randint(900, 3600), R.randint(10, 250))
        return [L("prc_auth", s)]
    p = pt()
    c = R.randint(0, 4)
    if c == 0:
        v = R.choice(VENDORS)
        s = '%s level=info event=auth.created auth_no=%s fy=2025 hrn=%s pt="%s" dos=%s vendor="%s" vendor_npi=%s obj_class=25.3 est_amt=%.2f priority=%s chsda_res=Y community="%s" enroll_no=%s clerk=dtohee' % (
            hdr, P(auth_no(), "other_id"), P(p.hrn, "mrn"), P(fmname(p), "name"), P(appt_day().isoformat(), "date"), v[0], v[1],
            R.uniform(150, 25000), R.choice(["I", "II", "III"]), P(fold(p.city).upper(), "address"), P(p.enroll, "other_id"))
    elif c == 1:
        s = "%s level=info event=auth.status auth_no=%s old=PENDING new=%s committee=PRC-REVIEW reviewer=%s" % (
            hdr, P("25-DW-%05d" % R.randint(300, auth_seq[0]), "other_id"), R.choice(["APPROVED", "DEFERRED", "DENIED"]), R.choice(["dtohee", "emarchetti"]))
    elif c == 2:
        s = "%s level=info event=alt_resource.check hrn=%s payer=NM_MEDICAID member_id=%s eligible=%s as_of=%s src=270/271" % (
            hdr, P(p.hrn, "mrn"), P(p.medicaid, "health_plan"), R.choice(["Y", "N"]), P(TODAY.isoformat(), "date"))
    elif c == 3:
        s = '%s level=warn event=auth.denied auth_no=%s hrn=%s reason="residence outside PRCDA" res_addr="%s, %s NM %s" dos=%s' % (
            hdr, P(auth_no(), "other_id"), P(p.hrn, "mrn"), P(fold(p.street), "address"), P(fold(p.city), "address"), P(p.zip, "zip"),
            P(visit_day().isoformat(), "date"))
    else:
        s = "%s level=info event=travel.reimb hrn=%s auth_no=%s miles=%d rate=0.21 veh_plate=%s veh_vin=%s dl_no=%s dl_state=NM" % (
            hdr, P(p.hrn, "mrn"), P(auth_no(), "other_id"), R.randint(20, 240),
            P(R.choice(["", "NM "]) + "%s%s%s %03d" % (R.choice("ABCDE"), R.choice("ABCDEFGH"), R.choice("ABCDJKLM"), R.randint(0, 999)), "vehicle"),
            P(vin(), "vehicle"), P(p.dl, "license"))
    return [L("prc_auth", s)]


DRUGS = [("00093-7214-01", "METFORMIN HCL 500MG TAB"), ("00378-0181-01", "LISINOPRIL 10MG TAB"),
         ("00071-0155-23", "ATORVASTATIN 40MG TAB"), ("00088-2220-33", "INSULIN GLARGINE 100U/ML PEN"),
         ("00781-5180-01", "AMOXICILLIN 500MG CAP"), ("59762-3304-1", "SERTRALINE 50MG TAB")]


def g_pharm():
    t = tick()
    at = t.strftime("%Y-%m-%d %H:%M:%S,") + ms(t)
    r = R.random()
    base = {"asctime": at}
    if r < 0.4:
        c = R.randint(0, 3)
        if c == 0:
            d = dict(base, levelname="INFO", name="scriptpro.robot", message="robot status",
                     device="SP-Central-200", serial="SPC200-%05d" % R.randint(10000, 99999), vials_today=R.randint(50, 400),
                     cells_low=R.randint(0, 6), fw="4.12.3")
        elif c == 1:
            ndc, drug = R.choice(DRUGS)
            d = dict(base, levelname="INFO", name="rx.inventory", message="NDC received", ndc=ndc, drug=drug,
                     lot=R.choice("ABCDEFGHKM") + digits(5) + R.choice("ABC"), exp="2026-%02d" % R.randint(1, 12),
                     qty=R.choice([100, 500, 1000, 90]), po="PO-25-%05d" % R.randint(1000, 9999), vendor="McKesson")
        elif c == 2:
            d = dict(base, levelname="INFO", name="pyxis.cs", message="controlled substance count ok",
                     station="PYX-ED-1", pharmacist=R.choice(["GHOLIDAY", "COKAFOR"]), witness="CBENALLY",
                     bio_auth="fingerprint", template_id="BIO-" + hexs(8), discrepancies=0)
        else:
            d = dict(base, levelname="WARNING", name="scriptpro.bridge", message="HL7 ack timeout, retrying",
                     host="10.20.3.40", port=6661, attempt=R.randint(1, 3), timeout_ms=5000)
        return [L("pharmacy", jd(d))]
    p = pt()
    c = R.randint(0, 3)
    ndc, drug = R.choice(DRUGS)
    if c == 0:
        d = dict(base, levelname="INFO", name="rx.fill", message="fill queued", rx_num=P(rx_no(), "other_id"), fill=R.randint(0, 5),
                 pt={"hrn": P(p.hrn, "mrn"), "nm": P(full(p), "name"), "dob": P(p.dob.isoformat(), "date")},
                 ndc=ndc, drug=drug, qty=R.choice([30, 60, 90, 180]), days=R.choice([30, 90]), rph="GHOLIDAY")
        return [L("pharmacy", jd(d, ascii_=True))]
    if c == 1:
        d = dict(base, levelname="INFO", name="rx.willcall", message="picked up", rx_num=P(rx_no(), "other_id"),
                 picked_up_by=P(p.ec.first + " " + p.ec.last, "name"), relationship=p.ec.rel[1].lower(),
                 pickup_dt=P(TODAY.isoformat(), "date"), id_checked=True, clerk="LTSO")
        return [L("pharmacy", jd(d))]
    if c == 2:
        d = dict(base, levelname="ERROR", name="pos.payment", message="card declined for non-beneficiary copay",
                 pan=P(card(valid=R.random() < 0.8), "account"), exp="%02d/%02d" % (R.randint(1, 12), R.randint(25, 30)),
                 amount=round(R.uniform(4, 80), 2), rx_num=P(rx_no(), "other_id"), gateway_code="05", terminal="POS-RX-2")
        return [L("pharmacy", jd(d))]
    d = dict(base, levelname="INFO", name="rx.label", message="label printed", rx_num=P(rx_no(), "other_id"),
             sig="TAKE 1 TABLET BY MOUTH TWICE DAILY WITH MEALS", printer="ZEBRA-RX-01", ndc=ndc)
    return [L("pharmacy", jd(d))]


dental_hdr = [False]
CDT = ["D0120", "D1110", "D0274", "D2391", "D2140", "D7140", "D1206", "D0150", "D4341"]


def g_dental():
    out = []
    if not dental_hdr[0]:
        dental_hdr[0] = True
        out.append(L("dental", "timestamp,event,operatory,chart_no,patient,appt_dt,cdt_codes,provider,status,note"))
    t = tick()
    ts = t.strftime("%Y-%m-%d %H:%M:%S")
    if R.random() < 0.35:
        c = R.randint(0, 2)
        if c == 0:
            s = '%s,IMAGING_SYNC,OP%d,,,,,,OK,"Dexis sensor SN %s fw 2.3.1, %d images"' % (ts, R.randint(1, 4), "%04d-%04d-%s" % (R.randint(1000, 9999), R.randint(1000, 9999), R.choice(["AB", "AC", "BF"])), R.randint(1, 40))
        elif c == 1:
            s = '%s,EOD_CLOSE,,,,,,,OK,"ledger batch %s posted %d txns"' % (ts, t.strftime("%Y%m%d"), R.randint(10, 60))
        else:
            s = "%s,SCHED_TEMPLATE,OP%d,,,,,OYELARAN S,UPDATED,block 13:00-17:00 emergency only" % (ts, R.randint(1, 4))
        out.append(L("dental", s))
        return out
    p = pt()
    ev = R.choice(["APPT_BOOKED", "APPT_BOOKED", "TX_POSTED", "NO_SHOW", "APPT_CONFIRMED"])
    d = appt_day() if ev in ("APPT_BOOKED", "APPT_CONFIRMED") else visit_day()
    adt = "%s %02d:%s" % (d.isoformat(), R.randint(8, 16), R.choice(["00", "30"]))
    codes = "|".join(R.sample(CDT, R.randint(1, 3)))
    note = R.choice(["", "", '"#30 MO composite"', '"pt prefers Spanish"', "premed required", '"call ' + P(fmt_phone(p.phone, 1), "phone") + ' if cancel"'])
    s = '%s,%s,OP%d,%s,"%s",%s,%s,%s,%s,%s' % (
        ts, ev, R.randint(1, 4), P("C%07d" % int(p.dfn), "mrn"), P(p.last + ", " + p.first, "name"), P(adt, "date"), codes,
        R.choice(["OYELARAN S", "KEE R", "HYG-MARTINEZ"]), {"APPT_BOOKED": "SCHEDULED", "TX_POSTED": "COMPLETE",
                                                          "NO_SHOW": "BROKEN", "APPT_CONFIRMED": "CONFIRMED"}[ev], note)
    out.append(L("dental", s))
    return out


def g_chr():
    t = tick()
    c0 = R.choice(CHRS)
    base = {"@timestamp": utcz(t), "log.level": "info", "service.name": "chr-mobile-api", "service.version": "3.8.2",
            "trace.id": hexs(32)}
    r = R.random()
    if r < 0.4:
        c = R.randint(0, 2)
        if c == 0:
            d = dict(base, **{"event.action": "sync.completed", "chr.id": "CHR-%02d" % R.randint(1, 14),
                              "records.uploaded": R.randint(0, 30), "records.failed": 0, "duration_ms": R.randint(300, 9000)})
        elif c == 1:
            d = dict(base, **{"event.action": "mdm.checkin", "device.serial": "R9" + hexs(8).upper(), "device.model": "Galaxy Tab Active3",
                              "os.version": "Android 13", "battery.pct": R.randint(10, 100), "assigned_to": c0[1] + " " + c0[0]})
        else:
            d = dict(base, **{"log.level": "warn", "event.action": "offline.queue", "chr.id": "CHR-%02d" % R.randint(1, 14),
                              "queue.depth": R.randint(1, 40), "signal.dbm": -R.randint(95, 120), "cell.site": "SBT-TWR-%d" % R.randint(1, 6)})
        return [L("chr_app", jd(d))]
    p = pt(elder=0.3)
    if R.random() < 0.35:
        d = dict(base, **{"event.action": "rpm.reading", "device.imei": P(imei(), "device"), "device.model": "BodyTrace BT105",
                          "client.hrn": P(p.hrn, "mrn"), "reading": {"sys": R.randint(110, 190), "dia": R.randint(60, 110), "pulse": R.randint(50, 110)},
                          "alert": R.choice([False, False, True])})
        return [L("chr_app", jd(d))]
    age = P(p.age, "age") if p.age > 89 else str(p.age)
    ad = appt_day()
    note = R.choice([
        "Home visit w/ elder, %s y/o, lives w/ %s %s; needs ride to PRC appt %s at Mesa Regional. FBG %d." % (
            age, p.ec.rel[1].lower(), P(p.ec.first, "name"), P(mdy(ad)[:-5], "date"), R.randint(90, 260)),
        "Med reconciliation done, pt out of test strips. Meter SN %s replaced. %s y/o." % (P("GL" + digits(10), "device"), age),
        "No answer at door, left card. Neighbor says pt staying w/ %s in %s." % (P(p.ec.first + " " + p.ec.last, "name"), P(R.choice(COMMUNITIES)[0], "address")),
        "Wound check L foot, referred to clinic. %s's cell %s." % (p.ec.rel[1], P(fmt_phone(p.ec.phone, 1), "phone")),
    ])
    d = dict(base, **{"event.action": "home_visit.submitted", "chr.id": "CHR-%02d" % R.randint(1, 14), "chr.name": c0[1] + " " + c0[0],
                      "client": {"hrn": P(p.hrn, "mrn"), "name": P(full(p), "name"), "referral_id": P("CHR-R-%05d" % R.randint(1, 9999), "other_id")},
                      "geo.location": "__GEO__",
                      "visit.date": P(TODAY.isoformat(), "date"), "notes": note})
    # geo with marked numbers: build string manually so markers stay around unquoted numbers
    lat = "%.5f" % R.uniform(35.2, 36.1)
    lon = "-%.5f" % R.uniform(107.9, 108.9)
    s = jd(d, ascii_=True).replace('"__GEO__"', '{"lat":%s,"lon":%s}' % (P(lat, "address"), P(lon, "address")))
    return [L("chr_app", s)]


def g_sms():
    t = tick()
    sid = "SM" + hexs(32)
    hdr = "time=%s level=info app=appt-reminder" % t.strftime("%Y-%m-%dT%H:%M:%S-07:00")
    r = R.random()
    if r < 0.3:
        if R.random() < 0.5:
            s = '%s msg="rate window" queued=%d sent=%d failed=%d window_s=60' % (hdr, R.randint(0, 30), R.randint(0, 30), R.randint(0, 2))
        else:
            s = '%s msg="webhook signature ok" path=/hooks/sms/status remote=54.172.60.%d dur=%dms' % (hdr, R.randint(1, 250), R.randint(1, 40))
        return [L("sms_gateway", s)]
    p = pt()
    to = "+1" + "".join(p.phone)
    if r < 0.7:
        ad = appt_day()
        hh = R.choice(["%d:%s am" % (R.randint(8, 11), R.choice(["00", "30", "15"])), "%d:%s pm" % (R.randint(1, 4), R.choice(["00", "30", "15"]))])
        if R.random() < 0.7:
            body = "Hi %s, reminder: %s appt %s at %s at Sky Butte Tribal Health Clinic. Reply C to confirm, R to reschedule. (505) 555-0143" % (
                P(p.first, "name"), R.choice(["Dental", "Diabetes clinic", "Eye", "Well child"]), P("%d/%d" % (ad.month, ad.day), "date"), hh)
        else:
            body = "Hola %s, recordatorio: cita %s el %s a las %s en la clínica. Responda C para confirmar." % (
                P(p.first, "name"), R.choice(["dental", "médica"]), P("%02d/%02d" % (ad.day, ad.month), "date"), hh)
        s = '%s msg="sms queued" sid=%s to=%s from=+15055550143 segments=%d appt_id=%s body="%s"' % (
            hdr, sid, P(to, "phone"), 1 if len(body) < 160 else 2, P("AP%07d" % R.randint(1, 9999999), "other_id"), body.replace('"', '\\"'))
    elif r < 0.88:
        s = '%s msg="status callback" sid=%s status=%s to=%s err=%s' % (
            hdr, sid, R.choice(["delivered", "delivered", "undelivered", "sent"]), P(to, "phone"), R.choice(["-", "-", "30003"]))
    else:
        s = '%s msg="inbound sms" from=%s to=+15055550143 body="%s" matched_appt=%s' % (
            hdr, P(to, "phone"), R.choice(["C", "c", "R", "STOP", "ok thank you"]), P("AP%07d" % R.randint(1, 9999999), "other_id"))
    return [L("sms_gateway", s)]


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 14; SM-A146U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.66"]


def g_portal():
    t = tick(1, 20)
    ts = t.strftime("%d/%b/%Y:%H:%M:%S -0700")
    r = R.random()
    if r < 0.4:
        c = R.randint(0, 2)
        if c == 0:
            s = '10.20.0.%d - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "ELB-HealthChecker/2.0" rt=0.001 uct=0.000' % (R.randint(4, 6), ts)
        elif c == 1:
            s = '%s - - [%s] "GET /%s HTTP/1.1" 404 153 "-" "Mozilla/5.0 zgrab/0.x" rt=0.000 uct=-' % (
                R.choice(["45.148.10.92", "185.224.128.17", "194.26.29.113"]), ts, R.choice(["wp-login.php", ".env", "cgi-bin/luci", "phpmyadmin/"]))
        else:
            s = '%s - - [%s] "GET /phr/status HTTP/1.1" 200 61 "-" "UptimeRobot/2.0" rt=0.004 uct=0.001' % (R.choice(["216.144.250.150", "69.162.124.230"]), ts)
        return [L("portal_nginx", s)]
    p = pt()
    ua = R.choice(UAS)
    c = R.randint(0, 3)
    if c == 0:
        path = P("/phr/api/v1/patients/%s/%s" % (p.dfn, R.choice(["appointments", "labs?since=2024-01-01", "meds", "immunizations"])), "url")
        s = '%s - - [%s] "GET %s HTTP/1.1" 200 %d "https://myhealth.skybuttehealth.org/phr/" "%s" rt=%.3f uct=0.001' % (
            P(p.ip, "ip"), ts, path, R.randint(300, 9000), ua, R.uniform(0.02, 0.9))
    elif c == 1:
        s = '%s - - [%s] "POST /phr/login HTTP/1.1" %d %d "https://myhealth.skybuttehealth.org/phr/login" "%s" rt=%.3f uct=0.001' % (
            P(p.ip, "ip"), ts, R.choice([302, 302, 401]), R.randint(0, 400), ua, R.uniform(0.1, 0.6))
    elif c == 2:
        s = '%s - - [%s] "GET /static/js/app.%s.js HTTP/1.1" 304 0 "https://myhealth.skybuttehealth.org/phr/" "%s" rt=0.000 uct=-' % (
            P(p.ip, "ip"), ts, hexs(8), ua)
    else:
        path = P("/phr/messages/new?hrn=%s&to=clinic-nurse" % p.hrn, "url")
        s = '%s - - [%s] "GET %s HTTP/1.1" 200 %d "-" "%s" rt=%.3f uct=0.002' % (P(p.ip, "ip"), ts, path, R.randint(1000, 5000), ua, R.uniform(0.05, 0.4))
    return [L("portal_nginx", s)]


def g_entra():
    t = tick()
    st = R.choice([s for s in STAFF if s[0] in UPN])
    ok = R.random() < 0.85
    d = {"time": utcz(t), "resourceId": "/tenants/7c1f3a52-19be-4d1e-9a44-2f0c9d8e6b13/providers/Microsoft.aadiam",
         "operationName": "Sign-in activity", "category": "SignInLogs", "resultType": "0" if ok else "50126",
         "callerIpAddress": CLINIC_IP if R.random() < 0.7 else public_ip(), "correlationId": uid(), "identity": st[1] + " " + st[0],
         "properties": {"userPrincipalName": UPN[st[0]] + "@skybuttehealth.org", "appDisplayName": R.choice(["Citrix Workspace", "Microsoft Teams", "Office 365 Exchange Online", "AWS IAM Identity Center"]),
                        "clientAppUsed": "Browser", "conditionalAccessStatus": "success" if ok else "notApplied",
                        "location": {"city": "Sandstone", "state": "New Mexico", "countryOrRegion": "US"},
                        "deviceDetail": {"operatingSystem": "Windows10", "browser": "Edge 122.0.0", "trustType": "Hybrid Azure AD joined"},
                        "status": {"errorCode": 0 if ok else 50126, "failureReason": "Other." if ok else "Invalid username or password."}}}
    return [L("entra_signin", jd(d))]


def g_cloudtrail():
    t = tick()
    p = None
    key = R.choice(["rpms/iris/backup/RPMSDB-FULL-%s.cbk.%03d" % (t.strftime("%Y%m%d"), R.randint(1, 80)),
                    "rpms/jrnl/%s.%03d.gz" % (t.strftime("%Y%m%d"), R.randint(1, 9)),
                    "veeam/SBT-VBR01/blocks/%s.blk" % hexs(16)])
    if R.random() < 0.25:
        p = pt()
        key = "prc/referrals/2025/03/%s_%s.pdf" % (P(auth_no(), "other_id"), P(fold(p.last).upper().replace(" ", "-") + "_" + fold(p.first).upper(), "name"))
    d = {"eventVersion": "1.09", "userIdentity": {"type": "AssumedRole", "principalId": "AROA4XKZ7Q2M3VN8LBT5E:i-0b7c41e2f9a3d6c18",
                                                  "arn": "arn:aws:sts::418273650912:assumed-role/sbt-archive-writer/i-0b7c41e2f9a3d6c18", "accountId": "418273650912"},
         "eventTime": utcz_s(t), "eventSource": "s3.amazonaws.com", "eventName": R.choice(["PutObject", "PutObject", "CompleteMultipartUpload"]),
         "awsRegion": "us-west-2", "sourceIPAddress": CLINIC_IP, "userAgent": "[aws-sdk-go-v2/1.25.2 os/linux lang/go#1.21.7]",
         "requestParameters": {"bucketName": "sbt-health-archive", "key": key, "x-amz-server-side-encryption": "aws:kms"},
         "responseElements": None, "requestID": hexs(16).upper(), "eventID": uid(), "readOnly": False,
         "eventType": "AwsApiCall", "recipientAccountId": "418273650912"}
    return [L("cloudtrail", jd(d))]


def g_forti():
    t = tick(1, 15)
    src = "10.20.%d.%d" % (R.choice([3, 4, 5, 8]), R.randint(10, 250))
    dst = R.choice(SERVER_IPS)
    if R.random() < 0.8:
        s = 'date=%s time=%s devname="SBT-FG100F" devid="FG100FTK2201%04d" eventtime=%d tz="-0700" logid="0000000013" type="traffic" subtype="forward" level="notice" vd="root" srcip=%s srcport=%d srcintf="clinic-lan" dstip=%s dstport=443 dstintf="wan1" sessionid=%d proto=6 action="close" policyid=%d service="HTTPS" duration=%d sentbyte=%d rcvdbyte=%d app="%s"' % (
            t.strftime("%Y-%m-%d"), t.strftime("%H:%M:%S"), 3417, ((t + timedelta(hours=7) - datetime(1970, 1, 1)) // timedelta(microseconds=1)) * 1000 + R.randint(0, 999),
            src, R.randint(40000, 65000), dst, R.randint(10 ** 7, 10 ** 8), R.choice([4, 12, 18]), R.randint(1, 600),
            R.randint(500, 90000), R.randint(500, 900000), R.choice(["Microsoft.Office.365", "Amazon.AWS", "Citrix.ICA", "HTTPS.BROWSER"]))
    else:
        s = 'date=%s time=%s devname="SBT-FG100F" devid="FG100FTK22013417" logid="0419016384" type="utm" subtype="ips" level="alert" srcip=%s dstip=%s srcport=%d dstport=443 attack="Apache.Log4j.Error.Log.Remote.Code.Execution" action="dropped" crscore=50 craction=4096' % (
            t.strftime("%Y-%m-%d"), t.strftime("%H:%M:%S"), R.choice(["45.148.10.92", "185.224.128.17"]), "%s" % CLINIC_IP, R.randint(40000, 65000))
    return [L("fortigate", s)]


x12_ctl = [4500]


def g_x12():
    t = tick()
    p = pt()
    x12_ctl[0] += 1
    c = x12_ctl[0]
    ln = fold(p.last).upper()
    fn = fold(p.first).upper()
    out = []
    if R.random() < 0.45:
        out.append("ISA*00*          *00*          *ZZ*SBTHEALTH      *ZZ*NMMEDICAID     *%s*%s*^*00501*%09d*0*P*:~" % (t.strftime("%y%m%d"), t.strftime("%H%M"), c))
        out.append("GS*HS*SBTHEALTH*NMMEDICAID*%s*%s*%d*X*005010X279A1~" % (t.strftime("%Y%m%d"), t.strftime("%H%M"), c))
        out.append("ST*270*0001*005010X279A1~")
        out.append("BHT*0022*13*%s*%s*%s~" % (hexs(10).upper(), t.strftime("%Y%m%d"), t.strftime("%H%M")))
        out.append("NM1*PR*2*NEW MEXICO MEDICAID*****PI*NMMED~")
        out.append("NM1*1P*2*DRY WASH INDIAN HEALTH CENTER*****XX*%s~" % CLINIC_NPI)
        out.append("TRN*1*%s*9SBTHEALTH~" % digits(10))
        out.append("NM1*IL*1*%s*%s****MI*%s~" % (P(ln, "name"), P(fn, "name"), P(p.medicaid, "health_plan")))
        out.append("DMG*D8*%s*%s~" % (P(p.dob.strftime("%Y%m%d"), "date"), p.sex))
        out.append("DTP*291*D8*%s~" % P(TODAY.strftime("%Y%m%d"), "date"))
        out.append("EQ*30~")
        out.append("SE*11*0001~")
    else:
        dos = visit_day()
        amt = R.choice([94, 138, 184, 212, 265])
        out.append("ST*837*%04d*005010X222A1~" % R.randint(1, 9999))
        out.append("BHT*0019*00*%s*%s*%s*CH~" % (digits(8), t.strftime("%Y%m%d"), t.strftime("%H%M")))
        out.append("NM1*85*2*DRY WASH INDIAN HEALTH CENTER*****XX*%s~" % CLINIC_NPI)
        out.append("N3*100 HOSPITAL LOOP~")
        out.append("N4*SANDSTONE*NM*873209998~")
        out.append("SBR*P*18*******MC~")
        out.append("NM1*IL*1*%s*%s****MI*%s~" % (P(ln, "name"), P(fn, "name"), P(p.medicaid, "health_plan")))
        out.append("N3*%s~" % P(fold(p.street).upper(), "address"))
        out.append("N4*%s*NM*%s~" % (P(fold(p.city).upper(), "address"), P(p.zip, "zip")))
        out.append("DMG*D8*%s*%s~" % (P(p.dob.strftime("%Y%m%d"), "date"), p.sex))
        out.append("CLM*%s*%d***11:B:1*Y*A*Y*Y~" % (P("DW" + dos.strftime("%y%m%d") + digits(5), "account"), amt))
        out.append("DTP*472*D8*%s~" % P(dos.strftime("%Y%m%d"), "date"))
        out.append("HI*ABK:%s*ABF:I10~" % R.choice(["E119", "E1165", "J069", "M5450"]))
        out.append("SV1*HC:%s*%d*UN*1***1~" % (R.choice(["99213", "99214", "99396"]), amt))
    return [L("x12", s) for s in out]


def jpeg_b64():
    raw = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(R.randint(0, 255) for _ in range(90))
    return base64.b64encode(raw).decode()


def g_fhir():
    t = tick()
    base = {"ts": iso(t), "lvl": "info", "svc": "fhir-facade", "req_id": uid()}
    r = R.random()
    if r < 0.4:
        c = R.randint(0, 2)
        if c == 0:
            d = dict(base, method="GET", path="/fhir/r4/metadata", status=200, dur_ms=R.randint(3, 30), client="10.20.6.%d" % R.randint(2, 50))
        elif c == 1:
            d = dict(base, msg="token issued", client_id=R.choice(["chr-mobile", "phr-portal", "bulk-export-gpra"]),
                     scope="system/Observation.read system/Patient.read", exp_s=300, jti=hexs(24))
        else:
            d = dict(base, lvl="warn", msg="rpms broker slow", rpc="BMX FHIR SEARCH", dur_ms=R.randint(2000, 9000), broker="10.20.1.10:10501")
        return [L("fhir", jd(d))]
    p = pt()
    if r < 0.7:
        d = dict(base, method="GET", path=P("/fhir/r4/Patient?identifier=urn:oid:2.16.840.1.113883.3.4710.202710|%s" % p.hrn, "url"),
                 status=200, dur_ms=R.randint(40, 900), total=1, client="phr-portal")
        return [L("fhir", jd(d))]
    a, x, n = p.phone
    res = {"resourceType": "Patient", "id": P(p.dfn, "mrn"),
           "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.4710.202710", "value": P(p.hrn, "mrn")},
                          {"system": "http://hl7.org/fhir/sid/us-ssn", "value": P(p.ssn, "ssn")},
                          {"system": "urn:sbt:enrollment", "value": P(p.enroll, "other_id")}],
           "name": [{"use": "official", "family": P(p.last, "name"), "given": [P(p.first, "name")]}],
           "telecom": [{"system": "phone", "value": P("%s-%s-%s" % (a, x, n), "phone"), "use": "mobile"},
                       {"system": "email", "value": P(p.email, "email")}],
           "gender": "female" if p.sex == "F" else "male", "birthDate": P(p.dob.isoformat(), "date"),
           "address": [{"line": [P(p.street, "address")], "city": P(p.city, "address"), "state": "NM", "postalCode": P(p.zip, "zip")}]}
    if R.random() < 0.4:
        res["photo"] = [{"contentType": "image/jpeg", "data": P(jpeg_b64(), "photo")}]
    if R.random() < 0.4:
        res["identifier"].append({"type": {"text": "NM driver license"}, "value": P(p.dl, "license")})
    d = dict(base, method="PUT", path="/fhir/r4/Patient/%s" % P(p.dfn, "mrn"), status=200, dur_ms=R.randint(40, 900), body=res)
    return [L("fhir", jd(d, ascii_=True))]


def g_stack():
    t = tick()
    ts = t.strftime("%Y-%m-%d %H:%M:%S,") + ms(t)
    r = R.random()
    out = []
    if r < 0.4:
        out.append("%s [%d] ERROR BMXNet.BMXNetSessionConnection - RPC BMX AUTHENTICATE timed out after 30000 ms (server 10.20.1.10:10501)" % (ts, R.randint(4, 40)))
        out.append("BMXNet.BMXNetException: Connection to RPMS broker timed out")
        out.append("   at BMXNet.BMXNetSessionSocketConnection.ReceiveString(TcpClient tcpClient)")
        out.append("   at BMXNet.BMXNetSessionSocketConnection.TransmitRPC(String inputString)")
        out.append("   at IndianHealthService.BMXNet.Ado.BMXNetDataAdapter.Fill(DataSet dataSet)")
    elif r < 0.75:
        p = pt()
        a = auth_no()
        out.append("%s [%d] ERROR SBT.Prc.Web.Controllers.AuthorizationController - Save failed for auth %s (HRN %s)" % (
            ts, R.randint(4, 40), P(a, "other_id"), P("DW" + p.hrn, "mrn")))
        out.append("System.Data.SqlClient.SqlException (0x80131904): Cannot insert duplicate key row in object 'dbo.Authorization' with unique index 'UX_Authorization_AuthNo'. The duplicate key value is (%s)." % P(a, "other_id"))
        out.append("   at System.Data.SqlClient.SqlConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)")
        out.append("   at System.Data.SqlClient.SqlCommand.ExecuteNonQuery()")
        out.append("   at SBT.Prc.Data.AuthorizationRepository.Insert(Authorization auth) in D:\\build\\prc\\src\\SBT.Prc.Data\\AuthorizationRepository.cs:line 214")
        out.append("   at SBT.Prc.Web.Controllers.AuthorizationController.Save(AuthorizationViewModel vm) in D:\\build\\prc\\src\\SBT.Prc.Web\\Controllers\\AuthorizationController.cs:line 88")
        out.append("ClientConnectionId:%s" % uid())
        out.append("Error Number:2601,State:1,Class:14")
    else:
        p = PATS[5]
        out.append("%s ERROR enroll_sync.job: row %d rejected (enroll_no=%s)" % (ts, R.randint(2, 400), P(p.enroll, "other_id")))
        out.append("Traceback (most recent call last):")
        out.append('  File "/opt/enroll-sync/enroll_sync/job.py", line 148, in process_row')
        out.append("    dob = parse_dob(row['DOB'])")
        out.append('  File "/opt/enroll-sync/enroll_sync/parse.py", line 31, in parse_dob')
        out.append("    return datetime.strptime(s, '%Y%m%d').date()")
        out.append('  File "/usr/lib/python3.11/_strptime.py", line 352, in _strptime')
        out.append("    raise ValueError(\"unconverted data remains: %s\" %")
        out.append("ValueError: unconverted data remains: X (value '%sX')" % P(p.dob.strftime("%Y%m%d"), "date"))
    return [L("stacktrace", s) for s in out]


def g_teams():
    t = tick()
    snd = R.choice(STAFF)
    sender = snd[1] + " " + snd[0]
    r = R.random()
    if r < 0.45:
        ch, msg = R.choice([
            ("IT Help", "citrix session frozen again on front desk pc 3, ticket INC00%d" % R.randint(41000, 41999)),
            ("CHR Program", "CHR van #3 (plate SBT %d) needs oil change before Thursday" % R.randint(1000, 1999)),
            ("IT Help", "RPMS down 18:00-18:30 tonight for IRIS 2024.1.2 (Build 398) patch, please log off"),
            ("Clinic Ops", "Dr. Marchetti is out today, Rochelle Kee covering walk-ins"),
            ("PRC Team", "PRC committee moved to 2pm in conf room B"),
            ("Pharmacy", "robot SP-200 jammed on cell 14, ScriptPro case %d opened, ETA 4h" % R.randint(841000, 849999)),
            ("IT Help", "fax line (505) 555-0188 is back up, thanks Jerome"),
            ("Clinic Ops", "reminder: GPRA data due to the Area 3/15, run BGP reports by Friday"),
        ])
    else:
        p = pt(elder=0.25)
        mrs, she = ("Mrs.", "she") if p.sex == "F" else ("Mr.", "he")
        ch, msg = R.choice([
            ("PRC Team", "can someone call back %s %s at %s? %s missed the PRC appt %s at Mesa Regional" % (
                mrs, P(p.last, "name"), P(fmt_phone(p.phone, 1), "phone"), she, P(mdy(visit_day())[:-5], "date"))),
            ("PRC Team", "auth %s for %s (DOB %s) is stuck in the fax queue, who has it?" % (
                P(auth_no(), "other_id"), P(full(p), "name"), P(mdy(p.dob, yy=True), "date"))),
            ("Clinic Ops", "FYI pt %s HRN %s was a no-show for dental again, please don't double book" % (P(full(p), "name"), P(p.hrn, "mrn"))),
            ("CHR Program", "elder %s is %s and family is asking for a home visit - %s (%s) %s" % (
                P(full(p), "name"), P(p.age, "age") if p.age > 89 else str(p.age), P(p.ec.first, "name"), p.ec.rel[1].lower(), P(fmt_phone(p.ec.phone, 0), "phone"))),
            ("Pharmacy", "rx %s for %s returned to stock, never picked up" % (P(rx_no(), "other_id"), P(p.last, "name"))),
            ("Clinic Ops", "%s walked in asking about Medicaid renewal, ID %s shows terminated 2/28" % (P(p.first + " " + p.last, "name"), P(p.medicaid, "health_plan"))),
        ])
    s = "%s\t19:%s@thread.tacv2\t%s\t%s\t%s" % (utcz(t), hexs(32), ch, sender, msg)
    return [L("teams_chat", s)]


def g_pg():
    t = tick()
    pid = R.randint(10000, 30000)
    hdr = "%s.%s MST [%d]" % (t.strftime("%Y-%m-%d %H:%M:%S"), ms(t), pid)
    r = R.random()
    if r < 0.45:
        c = R.randint(0, 2)
        if c == 0:
            w, sy = R.uniform(1, 30), R.uniform(0, 1)
            s = "%s LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=%.3f s, total=%.3f s" % (
                hdr, R.randint(100, 9000), R.uniform(0.1, 9), R.randint(0, 3), w, sy, w + sy + R.uniform(0.001, 0.05))
        elif c == 1:
            s = "%s LOG:  automatic vacuum of table \"tribal_enroll.public.%s\": index scans: 1, pages: 0 removed, %d remain" % (
                hdr, R.choice(["members", "member_addresses", "audit_events"]), R.randint(100, 9000))
        else:
            s = "%s enroll_app@tribal_enroll LOG:  connection authorized: user=enroll_app database=tribal_enroll application_name=enroll-sync SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)" % hdr
        return [L("pg_log", s)]
    p = pt()
    c = R.randint(0, 2)
    if c == 0:
        s = "%s enroll_app@tribal_enroll LOG:  duration: %.3f ms  statement: SELECT m.enroll_no, m.last_name, m.first_name, m.blood_quantum FROM members m WHERE lower(m.last_name) = '%s' AND m.birth_date = '%s'" % (
            hdr, R.uniform(200, 4000), P(fold(p.last).lower().replace("'", "''"), "name"), P(p.dob.isoformat(), "date"))
        return [L("pg_log", s)]
    if c == 1:
        s = "%s enroll_app@tribal_enroll LOG:  duration: %.3f ms  statement: UPDATE member_addresses SET line1 = '%s', city = '%s', zip = '%s' WHERE enroll_no = '%s'" % (
            hdr, R.uniform(200, 4000), P(p.street, "address"), P(p.city, "address"), P(p.zip, "zip"), P(p.enroll, "other_id"))
        return [L("pg_log", s)]
    s1 = '%s enroll_app@tribal_enroll ERROR:  duplicate key value violates unique constraint "members_enroll_no_key"' % hdr
    s2 = "%s enroll_app@tribal_enroll DETAIL:  Key (enroll_no)=(%s) already exists." % (hdr, P(p.enroll, "other_id"))
    return [L("pg_log", s1), L("pg_log", s2)]


DISTRICTS = ["JUNIPER FLAT", "BITTER SPRING", "COYOTE WASH", "RED WILLOW", "WHITEROCK", "SANDSTONE"]


def g_enroll():
    t = tick()
    if R.random() < 0.2:
        if R.random() < 0.5:
            s = "H SBT-ENROLL ROSTER DELTA %s %s SEQ %06d" % (t.strftime("%Y%m%d"), t.strftime("%H%M"), R.randint(100, 200))
        else:
            s = "T %06d RECORDS  CHK %s" % (R.randint(10, 90), hexs(8).upper())
        return [L("enroll_fw", s)]
    p = pt()
    en = p.enroll
    ln = fold(p.last).upper()[:20]
    fn = fold(p.first).upper()[:15]
    mi = fold(p.mid[:1]).upper() if p.mid else " "
    dist = R.choice(DISTRICTS)
    s = ("D" + P(en, "other_id") + " " * (10 - len(en)) + P(ln, "name") + " " * (20 - len(ln)) + P(fn, "name") + " " * (15 - len(fn))
         + mi + P(p.dob.strftime("%Y%m%d"), "date") + p.sex + R.choice(["4/4  ", "1/2  ", "3/4  ", "1/4  ", "7/8  ", "15/16"])
         + P(dist, "address") + " " * (14 - len(dist)) + R.choice("AAAD") + R.choice("UUNC"))
    return [L("enroll_fw", s)]


def g_veeam():
    t = tick()
    job = R.choice(["RPMS-IRIS-Nightly", "FileSrv-Daily", "PRC-SQL-Hourly", "EHR-Citrix-VMs"])
    r = R.random()
    if r < 0.6:
        s = '<134>%s %2d %s sbt-vbr01 Veeam_MP: [origin enterpriseId="31023"] [categoryId=0 instanceId=190 JobID="%s" JobName="%s" JobType="0" SessionID="%s" JobResult="0" Description="Backup job finished with Success. Processed %d.%d GB, transferred %d.%d GB, duration 00:%02d:%02d"]' % (
            t.strftime("%b"), t.day, t.strftime("%H:%M:%S"), uid(), job, uid(), R.randint(10, 900), R.randint(0, 9), R.randint(1, 90), R.randint(0, 9), R.randint(1, 59), R.randint(0, 59))
    else:
        s = '<132>%s %2d %s sbt-vbr01 Veeam_MP: [origin enterpriseId="31023"] [categoryId=0 instanceId=150 JobName="%s" VmName="%s" Description="Changed block tracking cannot be enabled: snapshot exists. Retrying in %d s"]' % (
            t.strftime("%b"), t.day, t.strftime("%H:%M:%S"), job, R.choice(["RPMSDB01", "RPMSAPP02", "PRCSQL01", "CTX-VDA-04"]), R.randint(30, 300))
    return [L("veeam", s)]


GENS = [  # (fn, weight, phi-heavy?)  weights allow for lines per record
    (g_iris, 7, False), (g_fileman, 5, True), (g_pcc, 5, True), (g_hl7, 1.3, True), (g_prc, 7, True),
    (g_pharm, 6, True), (g_dental, 5, True), (g_chr, 6, True), (g_sms, 5, True), (g_portal, 8, False),
    (g_entra, 5, False), (g_cloudtrail, 4, False), (g_forti, 7, False), (g_x12, 1.0, True), (g_fhir, 4, True),
    (g_stack, 1.2, False), (g_teams, 6, True), (g_pg, 4, False), (g_enroll, 4, True), (g_veeam, 3, False),
]
TARGET_PHI = 0.44


def main():
    lines = []  # (fam, line, spans)
    while len(lines) < N_LINES:
        n_phi = sum(1 for x in lines if x[2])
        share = n_phi / len(lines) if lines else TARGET_PHI
        pool = GENS
        if len(lines) > 30:
            if share > TARGET_PHI + 0.015:
                pool = [g for g in GENS if not g[2]]
            elif share < TARGET_PHI - 0.015:
                pool = [g for g in GENS if g[2]]
        fn = R.choices([g[0] for g in pool], weights=[g[1] for g in pool])[0]
        recs = fn()
        if len(lines) + len(recs) > N_LINES:
            continue
        for fam, marked in recs:
            line, spans = finish(marked)
            lines.append((fam, line, spans))
    with open("pd.log", "w", encoding="utf-8", newline="\n") as f:
        for _, line, _ in lines:
            f.write(line + "\n")
    with open("pd.labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for i, (fam, _, spans) in enumerate(lines, 1):
            f.write(json.dumps({"line": i, "family": fam, "spans": spans}) + "\n")
    # final self-check against the written files
    with open("pd.log", "rb") as f:
        raw = f.read().split(b"\n")[:-1]
    assert len(raw) == N_LINES, len(raw)
    assert all(raw), "empty line"
    cats = {}
    for (fam, line, spans), rb in zip(lines, raw):
        assert rb == line.encode("utf-8")
        for sp in spans:
            cats[sp["cat"]] = cats.get(sp["cat"], 0) + 1
    no_phi = sum(1 for x in lines if not x[2])
    sys.stderr.write("lines=%d no_phi=%d (%.1f%%) spans=%s\n" % (len(lines), no_phi, 100.0 * no_phi / len(lines),
                                                            json.dumps(dict(sorted(cats.items())))))


if __name__ == "__main__":
    main()
