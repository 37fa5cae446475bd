#!/usr/bin/env python3
"""gen_lp.py - synthetic, labeled log corpus for a PHI detector.

Theme: a workplace (DOT and non-DOT) and court-ordered drug & alcohol testing
laboratory with its collection sites.  One interleaved log stream, as a log
shipper would store it, from: eCCF gateway (XML and JSON custody-and-control
forms), collection-site kiosk (Electron), evidential breath testing devices,
LIMS (LC-MS/MS batch CSV exports, immunoassay analyzer ASTM E1394 middleware,
HL7 ORU to the MRO system), MRO case notes, donor callback / SMS service,
employer portal API (Node, pino + morgan), probation portal API (.NET console,
JSON console and Serilog), court result fax cover sheets (HylaFAX), DOT MIS
report generator, random selection job, chain-of-custody audit trail, nginx
and syslog.

Everything is synthetic (fixed seed, standard library only).  Writes lp.log
(500 lines) and lp.labels.jsonl next to this script.

Labeling decisions:
- Subjects are donors: employees, applicants and court/probation participants
  (plus their relatives or emergency contacts when named about the donor).
  Their identifiers are labeled wherever they appear.
- Not labeled: MROs, collectors, breath alcohol technicians, certifying
  scientists, lab/IT staff and their usernames/IPs, employer DERs, probation
  officers, judges, interpreters; employer, court, lab, pharmacy and clinic
  names, addresses, phones and faxes; CLIA/SAMHSA/USDOT numbers, NPI of staff,
  instrument and collection-site EBT serials, reagent/dry-gas lots, batch,
  run, plate, well, QC and calibrator IDs, fax job IDs, courier tracking
  numbers, trace/span/request IDs, UUIDs of forms and hashes.
- other_id: CCF specimen IDs and lab accession numbers (each names one donor's
  test), employee IDs, donor/participant/client IDs, donor portal usernames,
  MRO case numbers, court cause/docket numbers, kiosk appointment codes,
  pharmacy Rx numbers, hospital encounter numbers.  Form UUIDs (ccfId) are not labeled.
- ssn: any full SSN, with or without dashes.  Partially masked values
  (***-**-1234, card ************4242) are not labeled.
- date: dates of birth, collection dates and date-times, MRO verification
  dates, appointment/deadline dates, accident dates, Rx fill dates, missed-test
  dates, split-request dates.  Not labeled: log timestamps, instrument run and
  acquisition times, lab receipt and audit event timestamps, report periods,
  calibration due dates, reagent expiry dates.
- age: only ages over 89.  Younger ages stay unlabeled.
- address: street line, city and county are labeled address (one span per
  field when the format separates them, one span for "street, city" when it is
  written as one free-text string); state is not labeled; ZIP (5 or 9 digit)
  is a separate zip span.
- name: the whole name as one span in any form (First Last, LAST, FIRST,
  HL7 LAST^FIRST^M); when a format splits first and last into separate fields
  (XML <Last>/<First>, AAMVA DCS/DAC, JSON firstName/lastName) each field is
  its own span.
- phone / fax: donor's numbers, also when spelled out in words in a voicemail
  transcript; a donor's home fax is fax.
- license: driver's licence and CDL numbers of donors (number only, not the
  state prefix).
- ip: donor-side public IPs (donor self-scheduling site, remote e-consent);
  private/internal IPs and employer/court/staff client IPs are not labeled.
- url: personal profile URLs of a donor.  API/request URLs are not labeled as
  url; identifiers inside them are labeled with their own category.
- device: donor-worn or donor-owned monitoring devices (SCRAM bracelet, remote
  breath device, ignition interlock) serials.  Collection site EBTs, kiosks,
  printers and analyzers are not labeled.
- vehicle: VIN and plate of a donor's personal vehicle (interlock orders) or
  of the vehicle the donor was driving in a post-accident test.  Employer
  fleet unit numbers are not labeled.
- biometric: kiosk fingerprint templates (ISO 19794-2 FMR, base64).
  photo: base64 JPEG face captures of the donor.
- account: full card PANs of self-pay donors, donor billing/fee accounts.
- health_plan: Medicaid / plan member IDs of donors.  mrn: hospital MRNs of
  donors (post-accident collections at an ED).
- Test results alone (NEGATIVE, 0.042, ng/mL values) are health information
  but not identifiers; a result line without an identifier has no span.
"""
import base64
import calendar
import json
import os
import random
import re
import unicodedata
from datetime import datetime, date, timedelta

SEED = 0x1F0221
R = random.Random(SEED)
ID = "lp"
N_LINES = 500
NOISE_TARGET = 0.55
HERE = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------- line builder
class Ln:
    """A log line built from segments; labeled segments become spans."""

    def __init__(self, fam):
        self.fam = fam
        self.segs = []

    def t(self, s):
        self.segs.append((str(s), None))
        return self

    def p(self, s, cat):
        s = str(s)
        assert s, "empty labeled value"
        self.segs.append((s, cat))
        return self

    def x(self, other):
        self.segs.extend(other.segs)
        return self

    def text(self):
        return "".join(s for s, _ in self.segs)

    def spans(self):
        out, n = [], 0
        for s, c in self.segs:
            b = len(s.encode("utf-8"))
            if c:
                out.append({"s": n, "e": n + b, "cat": c, "v": s})
            n += b
        return out


PH = re.compile(r"\{\{(\w+)\}\}")


def L(fam, tpl, **kw):
    """Template with {{key}} holes; a value is str (plain) or (value, cat)."""
    ln = Ln(fam)
    pos = 0
    for m in PH.finditer(tpl):
        ln.t(tpl[pos:m.start()])
        v = kw[m.group(1)]
        if isinstance(v, tuple):
            if v[1]:
                ln.p(v[0], v[1])
            else:
                ln.t(v[0])
        else:
            ln.t(v)
        pos = m.end()
    ln.t(tpl[pos:])
    return ln


# ---------------------------------------------------------------- clock
T = datetime(2024, 3, 11, 5, 41, 7)
MS = 0


def tick(lo=1, hi=45):
    global T, MS
    T += timedelta(seconds=R.randint(lo, hi))
    MS = R.randint(0, 999)


def utc():
    return T + timedelta(hours=4)  # EDT (DST began 2024-03-10)


def ts_iso_z():
    return utc().strftime("%Y-%m-%dT%H:%M:%S.") + f"{MS:03d}Z"


def ts_local_off():
    return T.strftime("%Y-%m-%dT%H:%M:%S.") + f"{MS:03d}-04:00"


def ts_py():
    return T.strftime("%Y-%m-%d %H:%M:%S,") + f"{MS:03d}"


def ts_dot():
    return T.strftime("%Y-%m-%d %H:%M:%S.") + f"{MS:03d}"


def ts_syslog():
    return T.strftime("%b ") + f"{T.day:>2}" + T.strftime(" %H:%M:%S")


def ts_nginx():
    return T.strftime("%d/%b/%Y:%H:%M:%S -0400")


def ts_nginx_err():
    return T.strftime("%Y/%m/%d %H:%M:%S")


def epoch_ms():
    return calendar.timegm(utc().timetuple()) * 1000 + MS


def ts_compact(dt=None):
    return (dt or T).strftime("%Y%m%d%H%M%S")


# ---------------------------------------------------------------- value helpers
def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:32]}"


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s):
    return re.sub(r"[^a-z]", "", ascii_fold(s).lower())


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]


def fd(d, style=None):
    if style is None:
        style = R.choice(["us", "iso", "dmy_mon", "long", "us_short", "us_dash", "mon_d_y"])
    if style == "us":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "dmy_mon":
        return f"{d.day:02d}-{MON[d.month-1]}-{d.year}"
    if style == "long":
        return f"{MONTH[d.month-1]} {d.day}, {d.year}"
    if style == "us_short":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "us_dash":
        return f"{d.month:02d}-{d.day:02d}-{d.year}"
    if style == "mon_d_y":
        return f"{MON[d.month-1]} {d.day} {d.year}"
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "mmddyyyy":
        return d.strftime("%m%d%Y")
    if style == "dmy":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "upper":
        return f"{d.day:02d}{MON[d.month-1].upper()}{d.year}"
    raise ValueError(style)


def fphone(d10, style=None):
    a, b, c = d10[:3], d10[3:6], d10[6:]
    if style is None:
        style = R.choice(["paren", "dash", "dot", "plain", "e164", "intl", "dash", "paren"])
    return {"paren": f"({a}) {b}-{c}", "dash": f"{a}-{b}-{c}", "dot": f"{a}.{b}.{c}",
            "plain": d10, "e164": f"+1{d10}", "intl": f"+1 {a} {b} {c}",
            "one": f"1-{a}-{b}-{c}"}[style]


def mk_phone(area):
    while True:
        ex = f"{R.randint(2, 9)}{R.randint(0, 9)}{R.randint(0, 9)}"
        if ex != "555" and not ex.endswith("11"):
            return area + ex + digits(4)


def mk_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def luhn_pan(prefix, length=16):
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


VIN_VAL = {**{str(i): i for i in range(10)},
           "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8, "J": 1, "K": 2,
           "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6,
           "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def mk_vin():
    wmi = R.choice(["1FT", "1GC", "3N1", "1HG", "2T1", "1C6", "5FN", "1FM", "3GN"])
    v = wmi + "".join(R.choice(VIN_CH) for _ in range(5)) + "0" + R.choice("FGHJKLMN") + \
        R.choice("ABCDKLR") + digits(6)
    s = sum(VIN_VAL[c] * w for c, w in zip(v, VIN_W)) % 11
    return v[:8] + ("X" if s == 10 else str(s)) + v[9:]


def mk_plate(state):
    if state == "IN":
        return f"{R.randint(100, 999)}{''.join(R.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(3))}"
    if state == "IL":
        return f"{''.join(R.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(2))} {R.randint(10000, 99999)}"
    if state == "OH":
        return f"{''.join(R.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(3))} {R.randint(1000, 9999)}"
    return f"{''.join(R.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(3))}{R.randint(1000, 9999)}"


def jpeg_b64(n=180):
    hdr = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00\xff\xdb\x00C\x00"
    body = bytes(R.randrange(256) for _ in range(n))
    return base64.b64encode(hdr + body).decode()


def fmr_b64(n=120):
    hdr = b"FMR\x00 20\x00" + bytes([0, 0, 1, R.randrange(256)]) + b"\x00\x00\x01\x3c\x01\xf4\x00\xc5\x00\xc5\x01\x00\x00\x00"
    body = bytes(R.randrange(256) for _ in range(n))
    return base64.b64encode(hdr + body).decode()


def dn_esc(s):
    """System.Text.Json default encoder (JsonConsoleFormatter) escaping."""
    out = []
    for c in s:
        if ord(c) > 126 or c in "'+<>&`":
            out.append(f"\\u{ord(c):04X}")
        elif c == '"':
            out.append('\\"')
        elif c == "\\":
            out.append("\\\\")
        else:
            out.append(c)
    return "".join(out)


# ---------------------------------------------------------------- pools
FIRST = [("Oluwaseun", "M"), ("Thandiwe", "F"), ("Dariusz", "M"), ("José", "M"), ("Siobhán", "F"),
         ("Mei-Ling", "F"), ("Rahul", "M"), ("Krzysztof", "M"), ("Aaliyah", "F"), ("Björn", "M"),
         ("Fatima", "F"), ("Ngozi", "F"), ("Kenji", "M"), ("Marisol", "F"), ("DeShawn", "M"),
         ("Anastasia", "F"), ("Mohammed", "M"), ("Leilani", "F"), ("Giuseppe", "M"), ("Priya", "F"),
         ("Yusuf", "M"), ("Camille", "F"), ("Zofia", "F"), ("Hemi", "M"), ("Aroha", "F"),
         ("Dmitri", "M"), ("Chloé", "F"), ("Ximena", "F"), ("Bao", "M"), ("Kwame", "M"),
         ("Ingrid", "F"), ("Tyrone", "M"), ("Brittany", "F"), ("Cody", "M"), ("Jolene", "F"),
         ("Héctor", "M"), ("Thúy", "F"), ("Ahmad", "M"), ("Rosalind", "F"), ("Ezekiel", "M"),
         ("Wren", "F"), ("Santiago", "M"), ("Lakshmi", "F"), ("Otis", "M"), ("Nadia", "F"),
         ("Jean-Luc", "M"), ("Mary Kate", "F"), ("Tevita", "M"), ("Esperanza", "F"), ("Luca", "M"),
         ("Bobbie Jo", "F"), ("Arjun", "M"), ("Soo-ah", "F"), ("Radu", "M"), ("Imani", "F")]
LAST = ["Okonkwo", "van der Berg", "O'Sullivan", "García-Márquez", "Nakamura", "Al-Rashid",
        "De La Cruz", "MacAllister", "Nguyen", "Kowalczyk", "Abernathy-Cole", "Dubois",
        "Papadopoulos", "St. Clair", "Chukwuemeka", "Haugen", "Ramírez", "Schmidt",
        "Bhattacharya", "Le", "Wójcik", "Fitzgerald", "Mbeki", "da Silva", "ten Brink", "Yılmaz",
        "Tanaka", "Johnson", "Whitehorse", "Castellanos", "Kaur", "Petrov", "Ó Briain",
        "Fa'amausili", "Lindqvist-Ruiz", "Hollister", "Baptiste", "Kim", "Delacroix", "Vasquez",
        "Runningwater", "Ashworth", "Begay", "Mahlangu", "Szabó", "Toussaint", "Quispe",
        "Friedman", "Oyelaran", "McAllister-Pike", "Popescu", "Hernández Soto", "Jaramillo"]
CITIES = [("Gary", "Lake", "IN", "46404", "219"), ("Hammond", "Lake", "IN", "46320", "219"),
          ("Indianapolis", "Marion", "IN", "46219", "317"), ("Indianapolis", "Marion", "IN", "46227", "463"),
          ("Fort Wayne", "Allen", "IN", "46806", "260"), ("Kokomo", "Howard", "IN", "46901", "765"),
          ("Elkhart", "Elkhart", "IN", "46516", "574"), ("Bloomington", "Monroe", "IN", "47403", "812"),
          ("Lafayette", "Tippecanoe", "IN", "47905", "765"), ("Joliet", "Will", "IL", "60435", "815"),
          ("Cicero", "Cook", "IL", "60804", "708"), ("Aurora", "Kane", "IL", "60505", "630"),
          ("Toledo", "Lucas", "OH", "43609", "419"), ("Dayton", "Montgomery", "OH", "45410", "937"),
          ("Kalamazoo", "Kalamazoo", "MI", "49048", "269"), ("Louisville", "Jefferson", "KY", "40211", "502"),
          ("Merrillville", "Lake", "IN", "46410", "219"), ("Speedway", "Marion", "IN", "46224", "317"),
          ("Beech Grove", "Marion", "IN", "46107", "317"), ("Oregon", "Lucas", "OH", "43616", "419")]
STREETS = ["Kedzie", "Broadway", "Calumet", "Michigan", "Washington", "Keystone", "Lafayette",
           "Maple", "Sycamore", "Coldwater", "Shadeland", "Monroe", "Cass", "Pleasant Run",
           "Martin Luther King Jr", "Elm", "Lincoln", "Hohman", "Ridge", "Wabash", "Oak Hill",
           "Dixie", "Jefferson", "Prairie", "Old Trail", "Navarre", "Wayne Trace"]
SUFFIX = ["St", "Ave", "Rd", "Blvd", "Dr", "Ln", "Ct", "Pkwy", "Way", "Pl"]
UNITS = ["", "", "", "", " Apt 3B", " Unit 12", " #204", " Lot 41", " Trlr 7", " Apt. 1F"]
MAILDOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com",
           "comcast.net", "att.net", "protonmail.com", "sbcglobal.net"]


class Person:
    pass


def mk_dl(state):
    if state == "IN":
        return f"{R.randint(0, 9999):04d}-{R.randint(0, 99):02d}-{R.randint(0, 9999):04d}"
    if state == "IL":
        return f"{R.choice('ABCDGHKMNPRSTW')}{R.randint(100, 999)}-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}"
    if state == "OH":
        return f"{R.choice('ABRSTW')}{R.choice('ABCDEFGHJK')}{R.randint(100000, 999999)}"
    if state == "MI":
        return f"{R.choice('BCDHKMRSW')} {R.randint(100, 999)} {R.randint(100, 999)} {R.randint(100, 999)} {R.randint(100, 999)}"
    return f"{R.choice('KLMS')}{R.randint(10, 99)}-{R.randint(100, 999)}-{R.randint(100, 999)}"


def mk_person(old=False):
    p = Person()
    p.first, p.sex = R.choice(FIRST)
    p.last = R.choice(LAST)
    p.mi = R.choice("ABCDEFGHJKLMNPRSTW")
    y = R.randint(1931, 1933) if old else R.randint(1958, 2004)
    p.dob = date(y, R.randint(1, 12), R.randint(1, 28))
    p.age = 2024 - y - (1 if (p.dob.month, p.dob.day) > (3, 11) else 0)
    c = R.choice(CITIES)
    p.city, p.county, p.state, p.zip, area = c
    if R.random() < 0.1:
        p.street = f"PO Box {R.randint(10, 9999)}"
    else:
        p.street = f"{R.randint(100, 9899)} {R.choice(['', '', 'N ', 'S ', 'E ', 'W '])}{R.choice(STREETS)} {R.choice(SUFFIX)}{R.choice(UNITS)}"
    p.phone = mk_phone(area)
    p.phone2 = mk_phone(R.choice([area, area, "317", "219", "312", "773"]))
    fl, ll = slug(p.first), slug(p.last)
    p.email = R.choice([f"{fl}.{ll}{R.randint(1, 99)}", f"{fl[0]}{ll}", f"{fl}_{ll[:4]}{y % 100:02d}",
                        f"{ll}.{fl}", f"{fl}{ll}{R.randint(100, 999)}"]) + "@" + R.choice(MAILDOM)
    p.ssn = mk_ssn()
    p.empid = R.choice([f"E{R.randint(1000, 99999):05d}", f"{R.randint(10000000, 99999999)}",
                        f"EMP-{R.randint(100000, 999999)}", f"{R.choice('ABCHT')}{R.randint(100, 999)}{R.randint(10, 99)}"])
    p.dl = mk_dl(p.state)
    p.user = R.choice([f"{fl[0]}{ll}{R.randint(1, 99)}", f"{fl}.{ll}", f"{ll}{fl[0]}"])
    p.fax = mk_phone(area)
    return p


def nm(p, style=None):
    """Render a donor's name in a given style."""
    if style is None:
        style = R.choice(["fl", "LF", "lfm", "fml", "il", "lower", "FL", "lf"])
    f, l_ = p.first, p.last
    return {"fl": f"{f} {l_}", "LF": f"{l_.upper()}, {f.upper()}", "lfm": f"{l_}, {f} {p.mi}.",
            "fml": f"{f} {p.mi}. {l_}", "il": f"{f[0]}. {l_}", "lower": f"{f} {l_}".lower(),
            "FL": f"{f} {l_}".upper(), "lf": f"{l_}, {f}", "hl7": f"{l_.upper()}^{f.upper()}^{p.mi}"}[style]


DONORS = [mk_person() for _ in range(62)] + [mk_person(old=True) for _ in range(3)]

EMPLOYERS = [
    dict(name="Tri-County Freight LLC", code="TCF-0093", agency="FMCSA", usdot="2298841", der="Karen Blythe", derph="219-874-3302"),
    dict(name="Bluewater Transit Authority", code="BWTA-0012", agency="FTA", usdot=None, der="Jorge Almanza", derph="419-243-7710"),
    dict(name="Cascade Pipeline Services Inc.", code="CPS-0148", agency="PHMSA", usdot="1102934", der="Dana Whitfield", derph="260-447-0931"),
    dict(name="Northstar Aviation Maintenance", code="NSA-0207", agency="FAA", usdot=None, der="Priscilla Odom", derph="317-486-2200"),
    dict(name="Hoosier Rail Services", code="HRS-0031", agency="FRA", usdot=None, der="Ted Lundqvist", derph="765-288-4100"),
    dict(name="Lakeshore Health System", code="LHS-0400", agency=None, usdot=None, der="HR Benefits Desk", derph="219-934-2000"),
    dict(name="Amberline Logistics", code="AML-0077", agency="FMCSA", usdot="3318270", der="Ray Okafor", derph="815-744-1610"),
]
COURTS = [
    dict(name="Marion County Superior Court, Drug Treatment Court (Div. 12)", short="MCSC-DTC", phone="317-327-4400", fax="317-327-4391",
         cause=lambda: f"49D12-24{R.randint(1, 3):02d}-{R.choice(['F6', 'CM', 'F5', 'F4'])}-{R.randint(100, 19999):06d}"),
    dict(name="Lake County Adult Probation Dept.", short="LCAP", phone="219-755-3520", fax="219-755-3547",
         cause=lambda: f"45G0{R.randint(1, 4)}-23{R.randint(1, 12):02d}-{R.choice(['CM', 'F6'])}-{R.randint(100, 9999):06d}"),
    dict(name="Toledo Municipal Court - OVI Intensive Supervision", short="TMC-OVI", phone="419-245-1900", fax="419-245-1915",
         cause=lambda: f"CRB-24-{R.randint(1000, 29999):05d}"),
    dict(name="Will County Drug Court", short="WCDC", phone="815-727-8592", fax="815-727-8800",
         cause=lambda: f"2023 DT {R.randint(100, 2999):06d}"),
]
SITES = [("CS-0417", "Meridian PSC Speedway"), ("CS-0422", "Meridian PSC Merrillville"),
         ("CS-0510", "OccuCare Toledo (3rd party)"), ("CS-0388", "Lafayette Mobile Unit 3"),
         ("CS-0455", "Meridian PSC Fort Wayne")]
COLLECTORS = ["Tonya Greaves", "R. Patel", "Miguel Ocampo", "Shawna Pruitt", "D. Kowalski"]
MROS = [("Alan Whitcombe, MD", "awhitcombe"), ("Renée Baptiste-Hall, DO", "rbaptiste"),
        ("Sunil Varadarajan, MD", "svaradarajan")]
SCI = [("L. Hoang", "lhoang"), ("B. Castellano", "bcastellano"), ("M. Koenig", "mkoenig"),
       ("A. Oduya", "aoduya"), ("J. Sorensen", "jsorensen")]
JUDGES = ["Hon. Evelyn Ruiz-Park", "Hon. Thomas K. Albright", "Magistrate C. Oyler"]
POS = ["PO Marcus Tidwell", "PO Janelle Ferris", "PO D. Ostrowski", "Case Mgr. Alicia Nuñez"]
PHARM = ["CVS #6612", "Walgreens #4412", "Kroger Pharmacy #931", "Meijer Pharmacy #187", "Walmart Pharmacy 10-2281"]
RX = [("hydrocodone/APAP 10-325 mg", "OPI/HYC"), ("Adderall XR 20 mg", "AMP"), ("Vyvanse 40 mg", "AMP"),
      ("oxycodone 5 mg", "OXYC"), ("Tylenol #3 (codeine)", "COD"), ("dronabinol 2.5 mg", "THC"),
      ("lorazepam 1 mg", "BZO"), ("Desoxyn 5 mg", "MAMP"), ("tramadol 50 mg", "TRAM")]
PANELS = ["THC,COC,PCP,OPI,AMP", "THC,COC,PCP,OPI,AMP,6AM,OXY", "10-PANEL+EtG", "THC/COC only", "5-PANEL DOT"]
REASONS = ["PRE_EMPLOYMENT", "RANDOM", "POST_ACCIDENT", "REASONABLE_SUSPICION", "RETURN_TO_DUTY", "FOLLOW_UP"]
ANALYTES = [("THCA", 15, 2.81), ("BZE", 100, 1.92), ("AMP", 250, 1.21), ("MAMP", 250, 1.34),
            ("MDMA", 250, 1.66), ("COD", 2000, 1.48), ("MOR", 2000, 1.02), ("6-AM", 10, 1.55),
            ("OXYC", 100, 1.77), ("OXYM", 100, 1.30), ("HYC", 100, 1.69), ("HYM", 100, 1.12),
            ("PCP", 25, 2.35), ("EtG", 500, 0.88), ("EtS", 100, 0.74)]


# ---------------------------------------------------------------- test events
class Ev:
    pass


EVENTS = []


def new_event(court=None):
    ev = Ev()
    ev.p = R.choice(DONORS)
    ev.court = (R.random() < 0.3) if court is None else court
    if ev.court:
        ev.org = R.choice(COURTS)
        ev.cause = ev.org["cause"]()
        ev.client = f"PRB-{R.randint(10000, 999999):07d}"
        ev.reason = "COURT_ORDERED"
        ev.panel = R.choice(["10-PANEL+EtG", "EtG/EtS", "12-PANEL+FENT"])
    else:
        ev.org = R.choice(EMPLOYERS)
        ev.reason = R.choice(REASONS)
        ev.panel = R.choice(PANELS)
    ev.spec = R.choice([f"{R.randint(1000000, 9999999)}", f"Q{R.randint(10000000, 99999999)}",
                        f"{R.randint(1000000, 9999999)}", f"MT{R.randint(100000000, 999999999)}"])
    ev.acc = R.choice([f"24-0{R.randint(68, 71)}-{R.randint(100, 3999):05d}",
                       f"MTL24{R.randint(100000, 999999)}", f"A{R.randint(2400000, 2499999)}"])
    ev.coll = T - timedelta(hours=R.randint(3, 60), minutes=R.randint(0, 59))
    ev.case = f"MRO-24-{R.randint(100, 9999):05d}"
    ev.site = R.choice(SITES)
    ev.collector = R.choice(COLLECTORS)
    ev.mro = R.choice(MROS)
    ev.use_ssn = R.random() < 0.4
    EVENTS.append(ev)
    return ev


def pick_event(court=None):
    cands = [e for e in EVENTS if court is None or e.court == court]
    if cands and R.random() < 0.55:
        return R.choice(cands[-25:])
    return new_event(court)


def coll_str(ev, style=None):
    d = ev.coll
    style = style or R.choice(["iso", "us_hm", "isooff", "compact"])
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us_hm":
        return d.strftime("%m/%d/%Y %H:%M")
    if style == "isooff":
        return d.strftime("%Y-%m-%dT%H:%M:00-04:00" if d >= datetime(2024, 3, 10, 3) else "%Y-%m-%dT%H:%M:00-05:00")
    if style == "compact":
        return d.strftime("%Y%m%d%H%M")
    return fd(d.date(), style)


def pub_ip():
    while True:
        a = R.choice([24, 50, 67, 68, 71, 73, 74, 75, 76, 96, 98, 99, 107, 108, 162, 166, 172, 174, 184])
        b = R.randint(0, 255)
        if a == 172 and 16 <= b <= 31:
            continue
        return f"{a}.{b}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def priv_ip():
    return R.choice([f"10.{R.randint(0, 60)}.{R.randint(0, 20)}.{R.randint(2, 250)}",
                     f"172.{R.randint(16, 31)}.{R.randint(0, 9)}.{R.randint(2, 250)}",
                     f"192.168.{R.randint(0, 9)}.{R.randint(2, 250)}"])


# ================================================================ emitters
# Each returns a list of Ln.  Registered with (weight, max_lines).

# ---------------- eCCF XML
def e_eccf_xml_compact():
    tick()
    ev = new_event(court=False) if R.random() < 0.8 else pick_event(court=False)
    p = ev.p
    use_ssn = ev.use_ssn
    ln = L("eccf_xml",
           "{{ts}} eccf-gw[2214]: DEBUG inbound copy=2 payload=<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
           "<eCCF version=\"2.1\" xmlns=\"urn:hhs:samhsa:eccf:2017\"><SpecimenID>{{spec}}</SpecimenID><Step1>"
           "<Employer><Name>{{emp}}</Name><DERPhone>{{derph}}</DERPhone></Employer><MRO><Name>{{mro}}</Name></MRO>"
           "<DonorID type=\"{{idt}}\">{{did}}</DonorID><ReasonForTest>{{reason}}</ReasonForTest>"
           "<Regulated agency=\"{{ag}}\"/><Tests>{{panel}}</Tests><CollectionSite code=\"{{site}}\"/></Step1>"
           "<Step5><DonorName><Last>{{last}}</Last><First>{{first}}</First></DonorName><DOB>{{dob}}</DOB>"
           "<DaytimePhone>{{ph}}</DaytimePhone><EveningPhone>{{ph2}}</EveningPhone><DateSigned>{{ds}}</DateSigned>"
           "</Step5></eCCF>",
           ts=ts_iso_z(), spec=(ev.spec, "other_id"), emp=ev.org["name"].replace("&", "&amp;"), derph=ev.org["derph"],
           mro=ev.mro[0], idt="SSN" if use_ssn else "EMPLOYEE_ID",
           did=(p.ssn.replace("-", "") if (use_ssn and R.random() < 0.5) else (p.ssn if use_ssn else p.empid),
                "ssn" if use_ssn else "other_id"),
           reason=ev.reason, ag=ev.org["agency"] or "NONE", panel=ev.panel, site=ev.site[0],
           last=(p.last, "name"), first=(p.first, "name"), dob=(fd(p.dob, "us"), "date"),
           ph=(fphone(p.phone, "dash"), "phone"), ph2=(fphone(p.phone2, "dash"), "phone"),
           ds=(fd(ev.coll.date(), "us"), "date"))
    return [ln]


def e_eccf_xml_pretty():
    tick()
    ev = new_event()
    p = ev.p
    F = "eccf_xml"
    ind = "  "
    out = [L(F, "<?xml version=\"1.0\" encoding=\"utf-8\"?>"),
           L(F, "<CustodyControlForm formType=\"{{ft}}\" copy=\"2\" ccfId=\"{{u}}\">",
             ft="NON_FEDERAL" if ev.court else "FEDERAL", u=uuid4()),
           L(F, ind + "<SpecimenId barcode=\"Code128\">{{s}}</SpecimenId>", s=(ev.spec, "other_id")),
           L(F, ind + "<Reason>{{r}}</Reason>", r=ev.reason)]
    if ev.court:
        out.append(L(F, ind + "<Referral agency=\"{{a}}\" causeNo=\"{{c}}\"/>", a=ev.org["short"], c=(ev.cause, "other_id")))
    out.append(L(F, ind + "<Donor>"))
    out.append(L(F, ind * 2 + "<Name>{{n}}</Name>", n=(nm(p, R.choice(["lf", "LF", "lfm"])), "name")))
    if ev.use_ssn:
        out.append(L(F, ind * 2 + "<SSN>{{s}}</SSN>", s=(p.ssn, "ssn")))
    else:
        out.append(L(F, ind * 2 + "<EmployeeId>{{s}}</EmployeeId>", s=(p.empid, "other_id")))
    out.append(L(F, ind * 2 + "<DateOfBirth>{{d}}</DateOfBirth>", d=(fd(p.dob, "iso"), "date")))
    out.append(L(F, ind * 2 + "<Phone type=\"day\">{{d}}</Phone>", d=(fphone(p.phone), "phone")))
    out.append(L(F, ind * 2 + "<PhotoId type=\"DL\" state=\"{{st}}\">{{d}}</PhotoId>", st=p.state, d=(p.dl, "license")))
    out.append(L(F, ind + "</Donor>"))
    out.append(L(F, ind + "<Collection site=\"{{s}}\" split=\"{{sp}}\">", s=ev.site[0], sp=R.choice(["true", "false"])))
    out.append(L(F, ind * 2 + "<CollectedOn>{{d}}</CollectedOn>", d=(coll_str(ev, "isooff"), "date")))
    out.append(L(F, ind * 2 + "<Temperature inRange=\"true\" observedWithin=\"4min\"/>"))
    out.append(L(F, ind * 2 + "<Collector name=\"{{c}}\" phone=\"317-871-{{x}}\"/>", c=ev.collector, x=digits(4)))
    out.append(L(F, ind + "</Collection>"))
    out.append(L(F, "</CustodyControlForm>"))
    return out


def e_eccf_xml_noise():
    tick()
    F = "eccf_xml"
    c = R.randint(0, 4)
    if c == 0:
        return [L(F, "{{ts}} eccf-gw[2214]: WARN schema validation failed: cvc-complex-type.2.4.a: Invalid content was found starting with element 'CollectorPhone'. One of '{\"urn:hhs:samhsa:eccf:2017\":CollectorName}' is expected. (line 1, col {{c}}) transmission={{u}}",
                  ts=ts_iso_z(), c=str(R.randint(300, 1900)), u=uuid4())]
    if c == 1:
        return [L(F, "<Ack status=\"ACCEPTED\" transmissionId=\"{{u}}\" receivedUtc=\"{{t}}\" forms=\"{{n}}\" lab=\"MTL-IN\" hhsCert=\"HHS-0117\"/>",
                  u=uuid4(), t=ts_iso_z(), n=str(R.randint(1, 40)))]
    if c == 2:
        return [L(F, "{{ts}} eccf-gw[2214]: INFO poll https://eccf-hub.example-ccf.net/api/v2/outbound?since={{s}} -> 200 forms=0 elapsed={{e}}ms",
                  ts=ts_iso_z(), s=str(epoch_ms() - 300000), e=str(R.randint(80, 900)))]
    if c == 3:
        return [L(F, "<Nack status=\"REJECTED\" code=\"E-114\" reason=\"SpecimenID check digit mismatch\" transmissionId=\"{{u}}\"/>", u=uuid4())]
    return [L(F, "{{ts}} eccf-gw[2214]: INFO XSD cache refreshed: eCCF_v2.1.xsd sha256={{h}} ({{n}} types)",
              ts=ts_iso_z(), h=hexs(64), n=str(R.randint(80, 140)))]


# ---------------- eCCF JSON
def e_eccf_json():
    tick()
    ev = new_event() if R.random() < 0.8 else pick_event()
    p = ev.p
    F = "eccf_json"
    if R.random() < 0.5:
        extra = ""
        kw = {}
        if ev.reason == "POST_ACCIDENT":
            extra = ",\"accident\":{\"date\":\"{{ad}}\",\"vehicleVin\":\"{{vin}}\",\"fleetUnit\":\"{{unit}}\",\"fatality\":false,\"collectedAt\":\"St. Vincent ED\",\"edMrn\":\"{{mrn}}\"}"
            kw = dict(ad=(fd((ev.coll - timedelta(hours=R.randint(1, 7))).date(), "iso"), "date"),
                      vin=(mk_vin(), "vehicle"), unit=f"Unit {R.randint(100, 9999)}", mrn=(f"SV{R.randint(10000000, 99999999)}", "mrn"))
        tpl = ("{\"ccfId\":\"{{u}}\",\"specimenId\":\"{{spec}}\",\"formVersion\":\"OMB 0930-0158 exp 2026-05-31\",\"regulated\":{{reg}},"
               "\"reasonForTest\":\"{{reason}}\",\"donor\":{\"firstName\":\"{{fn}}\",\"lastName\":\"{{ln}}\",\"ssnOrEmployeeId\":\"{{id}}\","
               "\"dob\":\"{{dob}}\",\"dayPhone\":\"{{ph}}\",\"email\":\"{{em}}\"},\"employer\":{\"name\":\"{{emp}}\",\"derPhone\":\"{{derph}}\"},"
               "\"collector\":{\"name\":\"{{col}}\"},\"collectedAt\":\"{{ca}}\",\"temperatureInRange\":true" + extra + "}")
        org = ev.org
        return [L(F, tpl, u=uuid4(), spec=(ev.spec, "other_id"), reg="false" if ev.court or not org.get("agency") else "true",
                  reason=ev.reason, fn=(p.first, "name"), ln=(p.last, "name"),
                  id=(p.ssn, "ssn") if ev.use_ssn else (p.empid, "other_id"),
                  dob=(fd(p.dob, "iso"), "date"), ph=(fphone(p.phone, "e164"), "phone"), em=(p.email, "email"),
                  emp=org["name"], derph=org.get("derph", org.get("phone")), col=ev.collector,
                  ca=(coll_str(ev, "isooff"), "date"), **kw)]
    tpl = ("{\"event\":\"ccf.submitted\",\"ts\":\"{{ts}}\",\"specimen_id\":\"{{spec}}\",\"donor_last_name\":\"{{ln}}\","
           "\"donor_first_name\":\"{{fn}}\",\"donor_dob\":\"{{dob}}\",\"donor_phone_evening\":\"{{ph}}\",\"test_reason\":\"{{r}}\","
           "\"collection_date\":\"{{cd}}\",\"site_code\":\"{{site}}\",\"courier\":\"FedEx\",\"tracking\":\"{{trk}}\"}")
    return [L(F, tpl, ts=ts_iso_z(), spec=(ev.spec, "other_id"), ln=(p.last.upper(), "name"), fn=(p.first.upper(), "name"),
              dob=(fd(p.dob, "us"), "date"), ph=(fphone(p.phone2, "plain"), "phone"), r=ev.reason.lower(),
              cd=(fd(ev.coll.date(), "us"), "date"), site=ev.site[0], trk=f"7749 {digits(4)} {digits(4)}")]


def e_eccf_json_noise():
    tick()
    F = "eccf_json"
    c = R.randint(0, 3)
    if c == 0:
        return [L(F, "{\"event\":\"ccf.status\",\"ccfId\":\"{{u}}\",\"status\":\"{{s}}\",\"courier\":\"{{c}}\",\"tracking\":\"{{t}}\",\"ts\":\"{{ts}}\"}",
                  u=uuid4(), s=R.choice(["IN_TRANSIT", "RECEIVED_AT_LAB", "SEAL_VERIFIED"]), c=R.choice(["FedEx", "UPS", "LabCourier"]),
                  t=R.choice([f"7749 {digits(4)} {digits(4)}", f"1Z{digits(6)}03{digits(8)}"]), ts=ts_iso_z())]
    if c == 1:
        return [L(F, "{\"msg\":\"eCCF sync complete\",\"accepted\":{{a}},\"rejected\":{{r}},\"durationMs\":{{d}},\"lab\":\"MTL-IN\",\"build\":\"eccf-sync@4.7.{{b}}\"}",
                  a=str(R.randint(5, 80)), r=str(R.randint(0, 3)), d=str(R.randint(400, 9000)), b=str(R.randint(10, 99)))]
    if c == 2:
        return [L(F, "{\"event\":\"ccf.validation_error\",\"ccfId\":\"{{u}}\",\"field\":\"step2.temperature\",\"error\":\"required when split=true\",\"site\":\"{{s}}\"}",
                  u=uuid4(), s=R.choice(SITES)[0])]
    return [L(F, "{\"event\":\"ccf.pdf_rendered\",\"ccfId\":\"{{u}}\",\"copies\":[1,2,3,4,5],\"bytes\":{{b}},\"renderer\":\"wkhtmltopdf 0.12.6\",\"ms\":{{m}}}",
              u=uuid4(), b=str(R.randint(90000, 400000)), m=str(R.randint(200, 1900)))]


# ---------------- kiosk (electron-log)
def kts():
    return f"[{ts_dot()}]"


def e_kiosk_phi(force=None):
    tick()
    F = "kiosk"
    if R.random() < 0.6:
        ev = new_event()
        ev.coll = T
    else:
        ev = pick_event()
    p = ev.p
    k = f"kiosk-{R.randint(1, 12):02d}"
    c = R.randint(0, 9) if force is None else force
    if c == 8:
        return [L(F, "{{ts}} [debug] [{{k}}] facematch: ArcFace r100 embedding dims=512 live=0.98 id_photo_score=0.{{sc}} appt={{a}} emb={{e}}",
                  ts=kts(), k=k, sc=str(R.randint(71, 97)), a=(f"AP{R.randint(100000, 999999)}", "other_id"),
                  e=(base64.b64encode(bytes(R.randrange(256) for _ in range(R.randint(60, 96)))).decode(), "biometric"))]
    if c == 9:
        ev2 = pick_event(court=True)
        payer, key, mid = R.choice([("IN Medicaid (HIP 2.0)", "memberId", f"{R.randint(100000000000, 999999999999)}"),
                                    ("Ohio Medicaid / CareSource", "member_no", f"{R.randint(100000000000, 999999999999)}"),
                                    ("IL HFS Medicaid", "RIN", f"{R.randint(100000000, 999999999)}"),
                                    ("Anthem BCBS IN", "subscriberId", f"{R.choice(['YRK', 'XIW', 'JQP'])}{R.randint(100000000, 999999999)}"),
                                    ("MDwise Hoosier Healthwise", "memberId", f"{R.randint(100000000000, 999999999999)}")])
        return [L(F, "{{ts}} [info]  [{{k}}] billing: payer=\"{{py}}\" {{key}}={{mid}} client={{cl}} program={{pg}} copay={{cp}}",
                  ts=kts(), k=k, py=payer, key=key, mid=(mid, "health_plan"), cl=(ev2.client, "other_id"), pg=ev2.org["short"],
                  cp=R.choice(["0.00", "0.00", "5.00"]))]
    if c == 0:
        dak = p.zip + ("0000" if R.random() < 0.5 else digits(4))
        return [L(F, "{{ts}} [info]  [{{k}}] IDScan: parsed AAMVA v09 IIN=6360{{iin}} DAQ={{dl}} DCS={{ln}} DAC={{fn}} DAD={{mi}} DBB={{dob}} DBA=0{{exp}} DAG={{st}} DAI={{city}} DAJ={{state}} DAK={{zip}}",
                  ts=kts(), k=k, iin=digits(2), dl=(p.dl, "license"), ln=(ascii_fold(p.last).upper(), "name"),
                  fn=(ascii_fold(p.first).upper(), "name"), mi=p.mi, dob=(fd(p.dob, "mmddyyyy"), "date"),
                  exp=f"{R.randint(1, 9)}15202{R.randint(5, 9)}", st=(ascii_fold(p.street).upper(), "address"),
                  city=(p.city.upper(), "address"), state=p.state, zip=(dak, "zip"))]
    if c == 1:
        return [L(F, "{{ts}} [info]  [{{k}}] checkin ok donor=\"{{n}}\" appt={{a}} employer={{e}} reason={{r}} lang={{lg}} site={{s}}",
                  ts=kts(), k=k, n=(nm(p), "name"), a=(f"AP{R.randint(100000, 999999)}", "other_id"),
                  e=ev.org.get("code", ev.org.get("short")), r=ev.reason, lg=R.choice(["en-US", "es-US", "en-US"]), s=ev.site[0])]
    if c == 2:
        return [L(F, "{{ts}} [debug] [{{k}}] camera: captured donor photo 640x480 q=82 donorRef={{id}} b64={{img}}…(truncated)",
                  ts=kts(), k=k, id=(p.empid, "other_id"), img=(jpeg_b64(R.randint(120, 200)), "photo"))]
    if c == 3:
        return [L(F, "{{ts}} [debug] [{{k}}] fp-reader: U.are.U 4500 template captured quality=NFIQ2:{{q}} donor={{n}} fmr={{t}}",
                  ts=kts(), k=k, q=str(R.randint(45, 90)), n=(nm(p, "lf"), "name"), t=(fmr_b64(R.randint(80, 140)), "biometric"))]
    if c == 4:
        pan = luhn_pan(R.choice(["4", "51", "53", "6011"]), 16)
        return [L(F, "{{ts}} [info]  [{{k}}] payment: self-pay {{amt}} donor={{id}} card={{pan}} exp={{exp}} avs={{zip}} result=APPROVED auth={{auth}}",
                  ts=kts(), k=k, amt=R.choice(["$55.00", "$65.00", "$89.00", "$40.00"]), id=(p.user, "other_id"),
                  pan=(pan, "account"), exp=f"{R.randint(1, 12):02d}/{R.randint(25, 29)}", zip=(p.zip, "zip"), auth=digits(6))]
    if c == 5:
        return [L(F, "{{ts}} [info]  [{{k}}] formulario: nombre_donante=\"{{n}}\" fecha_nac={{d}} tel={{ph}} motivo=orden_judicial expediente={{cause}}",
                  ts=kts(), k=k, n=(nm(p, "fl"), "name"), d=(fd(p.dob, "dmy"), "date"), ph=(fphone(p.phone, "dash"), "phone"),
                  cause=(ev.cause if ev.court else f"TMC-{digits(6)}", "other_id"))]
    if c == 6:
        return [L(F, "{{ts}} [info]  [{{k}}] esign: consent form DOT-40.25 signed by \"{{n}}\" sigHash=sha256:{{h}} device=Topaz T-LBK462 emergencyContact=\"{{ec}}\" ecPhone={{ph}}",
                  ts=kts(), k=k, n=(nm(p, "fml"), "name"), h=hexs(64),
                  ec=(f"{R.choice(FIRST)[0]} {R.choice([p.last, R.choice(LAST)])}", "name"), ph=(fphone(mk_phone(p.phone[:3]), "paren"), "phone"))]
    return [L(F, "{{ts}} [warn]  [{{k}}] address mismatch: CCF street \"{{a}}\" vs ID \"{{b}}\", city {{c}}; collector override by {{col}}",
              ts=kts(), k=k, a=(p.street, "address"), b=(ascii_fold(p.street).upper(), "address"), c=(p.city, "address"), col=ev.collector)]


def e_kiosk_noise():
    tick()
    F = "kiosk"
    k = f"kiosk-{R.randint(1, 12):02d}"
    c = R.randint(0, 8)
    tpls = [
        ("{{ts}} [info]  [{{k}}] heartbeat site={{s}} uptime={{h}}h{{m}}m rss={{mem}}MB queue=0 ver=3.14.2", {}),
        ("{{ts}} [info]  [{{k}}] printer: Zebra ZD421 (USB 0a5f:0166) status=READY labels_remaining={{n}}", {}),
        ("{{ts}} [warn]  [{{k}}] network: probe https://api.meridiantox.com/ping timed out after 5000ms (attempt 2/3)", {}),
        ("{{ts}} [info]  [{{k}}] autoUpdater: update-not-available latest=3.14.2 sha512={{h64}}", {}),
        ("{{ts}} [error] [{{k}}] Error: connect ECONNREFUSED 127.0.0.1:9231 (stack: Error: connect ECONNREFUSED 127.0.0.1:9231\\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16))", {}),
        ("{{ts}} [debug] [{{k}}] temp-strip: reading {{t}}°F within 90-100°F, observed 3m after void", {}),
        ("{{ts}} [info]  [{{k}}] session: idle timeout 300s, returning to attract screen", {}),
        ("{{ts}} [info]  [{{k}}] i18n: loaded locale {{loc}} ({{n}} keys)", {}),
        ("{{ts}} [info]  [{{k}}] queue: {{q}} waiting, avg wait {{m}}m{{h}}s, collectors on shift={{c}} site={{s}}", {}),
    ]
    tpl, _ = tpls[c]
    return [L(F, tpl, ts=kts(), k=k, s=R.choice(SITES)[0], h=str(R.randint(1, 300)), m=str(R.randint(0, 59)),
              mem=str(R.randint(180, 620)), n=str(R.randint(40, 800)), h64=base64.b64encode(bytes(R.randrange(256) for _ in range(48))).decode(),
              t=f"{R.uniform(92.0, 98.8):.1f}", loc=R.choice(["es-US", "en-US", "vi-VN"]), q=str(R.randint(0, 9)), c=str(R.randint(1, 4)))]


# ---------------- breath alcohol devices
def e_ebt_ticket():
    tick()
    F = "ebt_device"
    ev = new_event(court=False)
    p = ev.p
    sn = R.choice(["ARAA-0417", "ARAJ-1182", "104522", "045117"])
    dev = R.choice(["Draeger Alcotest 6820", "Lifeloc EV30", "Intox EC/IR II"])
    tn = f"{R.randint(100, 9999):06d}"
    pre = f"PRN {dev.split()[0].upper()} SN={sn} |"
    conf = R.random() < 0.35
    out = [L(F, "{{pre}} {{dev}}  TEST# {{tn}}", pre=pre, dev=dev.upper(), tn=tn),
           L(F, "{{pre}} DATE {{d}}  TIME {{t}}", pre=pre, d=T.strftime("%m/%d/%Y"), t=T.strftime("%H:%M")),
           L(F, "{{pre}} SUBJ: {{n}}", pre=pre, n=(nm(p, "LF"), "name")),
           L(F, "{{pre}} SUBJ ID: {{id}}", pre=pre, id=(p.empid, "other_id") if R.random() < 0.7 else (p.ssn, "ssn")),
           L(F, "{{pre}} BAT: {{b}}  EMPLOYER: {{e}}", pre=pre, b=ev.collector.upper(), e=ev.org["code"]),
           L(F, "{{pre}} AIR BLANK .000   SCREEN {{s}}", pre=pre, s="0.024" if conf else ".000")]
    if conf:
        out.append(L(F, "{{pre}} WAIT 15:00  CONFIRM {{c}}  (>=0.02 REMOVE FROM SAFETY-SENSITIVE)", pre=pre, c=f"0.0{R.randint(20, 49)}"))
    out.append(L(F, "{{pre}} ---- END OF TICKET ----", pre=pre))
    return out


def e_ebt_phi(force=None):
    tick()
    F = "ebt_device"
    ev = pick_event()
    p = ev.p
    c = R.randint(0, 3) if force is None else force
    if c == 3:
        el = timedelta(minutes=R.randint(50, 470))
        return [L(F, "{{ts}} bat-app INFO ATF post-accident donor={{id}} accident_dt={{ad}} vehicle_plate={{st}}-{{pl}} vin={{vin}} elapsed_since_accident={{h}}h{{m}}m (<8h OK)",
                  ts=ts_iso_z(), id=(p.empid, "other_id"), ad=((T - el).strftime("%Y-%m-%d %H:%M"), "date"),
                  st=p.state, pl=(mk_plate(p.state), "vehicle"), vin=(mk_vin(), "vehicle"), h=str(el.seconds // 3600), m=str(el.seconds % 3600 // 60))]
    if c == 0:
        return [L(F, "EV30-104522,{{tn}},{{d}},{{t}},SCREEN,0.000,NEG,BAT=TGREAVES,DONOR={{n}},DONOR_ID={{id}},EMP={{e}}",
                  tn=f"{R.randint(1, 9999):06d}", d=T.strftime("%Y-%m-%d"), t=T.strftime("%H:%M:%S"),
                  n=(f"{ascii_fold(p.last).upper()}/{ascii_fold(p.first).upper()}", "name"),
                  id=(p.ssn.replace("-", ""), "ssn") if ev.use_ssn else (p.empid, "other_id"),
                  e=ev.org.get("code", ev.org.get("short")))]
    if c == 1:
        # remote breath device of a court participant (donor-owned device)
        ev2 = pick_event(court=True)
        return [L(F, "{{ts}} rbt-ingest INFO device={{sn}} client={{cl}} scheduled=07:00 sample=0.000 facematch=PASS(0.97) lat=41.6{{a}} lon=-83.5{{b}}",
                  ts=ts_iso_z(), sn=(f"SL-{R.choice(['A', 'B', 'C'])}{digits(7)}", "device"), cl=(ev2.client, "other_id"),
                  a=(digits(3), None), b=(digits(3), None))]
    ev2 = pick_event(court=True)
    return [L(F, "{{ts}} scram-gw WARN TAC event client={{cl}} bracelet={{sn}} peakTAC=0.0{{tac}} start={{st}} duration=3h{{m}}m tamper=N confirmed_by=analyst",
              ts=ts_iso_z(), cl=(ev2.client, "other_id"), sn=(f"CAM{R.randint(100000, 999999)}", "device"),
              tac=str(R.randint(20, 89)), st=(T - timedelta(hours=R.randint(6, 20))).strftime("%Y-%m-%dT%H:%M"), m=str(R.randint(0, 59)))]


def e_ebt_noise():
    tick()
    F = "ebt_device"
    c = R.randint(0, 5)
    sn = R.choice(["ARAA-0417", "ARAJ-1182", "104522", "045117"])
    tpls = [
        "EV30 SN={{sn}} FW=2.08 SELF-TEST PASS BATT={{b}}% SENSOR=OK {{d}}",
        "CAL-CHECK dry gas lot DG2311-0{{l}} target 0.040 result 0.0{{r}} PASS (tol +/-0.005) SN={{sn}}",
        "PRN DRAEGER SN={{sn}} | AIR BLANK .000 OK",
        "Alco-Sensor FST SN 045117 calibration due 2024-04-02 ({{n}} tests since cal)",
        "EBT {{sn}} QAP: NHTSA CPL listed, last accuracy check {{d}} PASS, next due in {{n}} days",
        "PRN DRAEGER SN={{sn}} | TEST# {{tn}} ABORTED: INSUFFICIENT BREATH VOLUME (retry 1/3)",
    ]
    return [L(F, tpls[c], sn=sn, b=str(R.randint(30, 99)), d=T.strftime("%Y-%m-%d %H:%M"), l=str(R.randint(1, 9)),
              r=R.choice(["39", "40", "41"]), n=str(R.randint(2, 300)), tn=f"{R.randint(100, 9999):06d}")]


# ---------------- LC-MS/MS batch CSV
BATCH = {"id": None}


def batch_id():
    if BATCH["id"] is None or R.random() < 0.15:
        BATCH["id"] = f"B{T.strftime('%y%m%d')}-LC0{R.randint(1, 4)}"
    return BATCH["id"]


def e_lc_rows():
    tick()
    F = "lcmsms_csv"
    b = batch_id()
    out = []
    if R.random() < 0.4:
        out.append(L(F, "Batch ID,Sample Name,Sample Type,Accession,Specimen ID,Vial Pos,Analyte,RT (min),Area,IS Area,Area Ratio,Calc. Conc. (ng/mL),Cutoff,Result"))
    for _ in range(R.randint(1, 4)):
        a = R.choice(ANALYTES)
        if R.random() < 0.45:
            kind = R.choice(["CAL-", "QC-LOW-", "QC-HIGH-", "NEG-CTRL", "BLANK", "CUTOFF-"])
            nme = kind + (str(R.randint(1, 6)) if kind.endswith("-") else "")
            area = R.randint(20000, 900000)
            isa = R.randint(700000, 1200000)
            out.append(L(F, "{{b}},{{n}},{{t}},,,{{v}},{{an}},{{rt}},{{ar}},{{isa}},{{ratio}},{{c}},{{cut}},",
                         b=b, n=nme, t="Standard" if nme.startswith("CAL") else "Quality Control" if nme.startswith("QC") or nme.startswith("CUT") else "Blank",
                         v=f"{R.choice('AB')}{R.randint(1, 12)}", an=a[0], rt=f"{a[2] + R.uniform(-0.03, 0.03):.2f}",
                         ar=str(area), isa=str(isa), ratio=f"{area / isa:.4f}", c=f"{a[1] * area / 500000:.1f}", cut=str(a[1])))
        else:
            ev = pick_event()
            area = R.choice([0, R.randint(100, 9000), R.randint(100000, 1500000)])
            isa = R.randint(700000, 1200000)
            conc = a[1] * area / 500000
            res = "POS" if conc >= a[1] else "NEG"
            out.append(L(F, "{{b}},{{acc}},Unknown,{{acc2}},{{spec}},{{v}},{{an}},{{rt}},{{ar}},{{isa}},{{ratio}},{{c}},{{cut}},{{res}}",
                         b=b, acc=(ev.acc, "other_id"), acc2=(ev.acc, "other_id"), spec=(ev.spec, "other_id"),
                         v=f"{R.choice('CDEFGH')}{R.randint(1, 12)}", an=a[0], rt=f"{a[2] + R.uniform(-0.05, 0.05):.2f}" if area else "",
                         ar=str(area), isa=str(isa), ratio=f"{area / isa:.4f}", c=f"{conc:.1f}" if area else "< LLOQ",
                         cut=str(a[1]), res=res))
    return out


def e_lc_noise():
    tick()
    F = "lcmsms_csv"
    b = batch_id()
    c = R.randint(0, 4)
    tpls = [
        "# Analyst 1.7.3 export | Batch {{b}} | Instrument QTRAP 6500+ SN BL{{sn}} | Method THC_CONF_v4.dam | Acquired {{d}}",
        "# Ion ratio check {{b}}: {{an}} QC-HIGH-2 qualifier/quantifier 0.{{x}} outside +/-20% window -> reinject",
        "# {{b}} reviewed by certifying scientist {{sci}}; 92 injections, 0 carryover flags, IS recovery 88-104%",
        "\"#\",\"Name\",\"Type\",\"Std. Conc\",\"RT\",\"Area\",\"IS Area\",\"Response\",\"ng/mL\"",
        "{{b}},SST-01,System Suitability,,,A1,{{an}},{{rt}},{{ar}},{{isa}},,,,PASS",
    ]
    a = R.choice(ANALYTES)
    return [L(F, tpls[c], b=b, sn=digits(8), d=T.strftime("%m/%d/%Y %I:%M:%S %p"), an=a[0], x=digits(3),
              sci=R.choice(SCI)[0], rt=f"{a[2]:.2f}", ar=str(R.randint(20000, 900000)), isa=str(R.randint(700000, 1200000)))]


# ---------------- ASTM E1394 middleware
def astm_cs(fn, rec, etx="\x03"):
    body = f"{fn}{rec}\r{etx}"
    return f"{sum(body.encode('utf-8')) % 256:02X}"


def astm_line(inst, direction, fn, rec_ln):
    rec = rec_ln.text()
    ln = Ln("astm")
    ln.t(f"{ts_dot()} {inst} {direction} <STX>{fn}")
    ln.x(rec_ln)
    ln.t(f"<CR><ETX>{astm_cs(fn, rec)}<CR><LF>")
    return ln


def S(tpl, **kw):
    return L(None, tpl, **kw)


def e_astm_msg():
    tick()
    ev = pick_event()
    inst = R.choice(["AU680-2", "AU5812-1", "cobas-c502", "Indiko+ SN842"])
    tests = R.sample(["AMP500", "COC150", "THC50", "OPI2000", "PCP25", "OXY100", "ETG500", "6AM10", "CREA", "SG", "PH"], R.randint(2, 4))
    out = [Ln("astm").t(f"{ts_dot()} {inst} RX <ENQ>"), ]
    fn = 1
    out.append(astm_line(inst, "RX", fn, S("H|\\^&|||{{i}}^V{{v}}|||||LIS||P|1|{{t}}", i=inst.split("-")[0], v=f"{R.randint(2, 6)}.{R.randint(0, 9)}", t=ts_compact())))
    fn += 1
    if ev.court and R.random() < 0.6:
        p = ev.p
        out.append(astm_line(inst, "RX", fn, S("P|1|{{acc}}|||{{n}}||{{dob}}|{{sx}}", acc=(ev.acc, "other_id"), n=(nm(p, "hl7"), "name"),
                                               dob=(fd(p.dob, "hl7"), "date"), sx=p.sex)))
    else:
        out.append(astm_line(inst, "RX", fn, S("P|1||{{spec}}||^|||U", spec=(ev.spec, "other_id"))))
    fn += 1
    out.append(astm_line(inst, "RX", fn % 8, S("O|1|{{spec}}||{{t}}|R||||||N||||URINE", spec=(ev.spec, "other_id"),
                                                 t="\\".join(f"^^^{x}" for x in tests))))
    fn += 1
    for i, tcode in enumerate(tests, 1):
        if tcode == "SG":
            val, flag = f"{R.uniform(1.002, 1.030):.3f}", "N"
        elif tcode == "PH":
            val, flag = f"{R.uniform(4.6, 8.4):.1f}", "N"
        elif tcode == "CREA":
            val = f"{R.uniform(8, 260):.1f}"
            flag = "L" if float(val) < 20 else "N"
        else:
            val = R.choice([f"{R.uniform(-0.5, 0.9):.3f}", f"{R.uniform(-0.5, 0.9):.3f}", f"{R.uniform(1.2, 3.5):.3f}"])
            flag = "N" if float(val) < 1 else "H"
        out.append(astm_line(inst, "RX", fn % 8, S("R|{{i}}|^^^{{t}}|{{v}}|{{u}}||{{f}}||F||||{{ts}}", i=str(i), t=tcode, v=val,
                                                     u="mg/dL" if tcode == "CREA" else "" if tcode in ("SG", "PH") else "Rate", f=flag,
                                                     ts=ts_compact(T - timedelta(seconds=R.randint(5, 200))))))
        fn += 1
    out.append(astm_line(inst, "RX", fn % 8, S("L|1|N")))
    out.append(Ln("astm").t(f"{ts_dot()} {inst} RX <EOT>"))
    return out


def e_astm_noise():
    tick()
    inst = R.choice(["AU680-2", "AU5812-1", "cobas-c502", "Indiko+ SN842"])
    c = R.randint(0, 4)
    if c == 0:
        return [Ln("astm").t(f"{ts_dot()} {inst} TX <ACK>")]
    if c == 1:
        return [Ln("astm").t(f"{ts_dot()} {inst} link: ENQ contention, LIS yields (retry in 20s)")]
    if c == 2:
        return [Ln("astm").t(f"{ts_dot()} {inst} middleware: reagent lot change {R.choice(['AMP500', 'COC150', 'THC50', 'ETG500'])} lot {R.randint(2300000, 2409999)} exp 2025-0{R.randint(1, 9)}-28 cal required")]
    if c == 3:
        return [astm_line(inst, "RX", R.randint(1, 7), S("R|1|^^^{{t}}|{{v}}|Rate||N||F||||{{ts}}", t=R.choice(["THC50", "COC150", "OPI2000"]),
                                                          v=f"{R.uniform(-0.5, 0.9):.3f}", ts=ts_compact()))]
    return [astm_line(inst, "RX", R.randint(1, 7), S("Q|1|^ALL||||||||||O"))]


# ---------------- HL7 ORU to MRO (Mirth)
def e_hl7():
    tick()
    F = "hl7_oru"
    ev = pick_event()
    p = ev.p
    cid = f"MTL{ts_compact()}{R.randint(100, 999)}"
    pid3 = S("{{s}}^^^MTL^SPEC", s=(ev.spec, "other_id"))
    if R.random() < 0.5:
        pid3.t("~").x(S("{{ssn}}^^^SSA^SS", ssn=(p.ssn, "ssn")))
    if ev.reason == "POST_ACCIDENT" or R.random() < 0.15:
        pid3.t("~").x(S("{{mrn}}^^^STVIN^MR", mrn=(f"{R.randint(10000000, 99999999)}", "mrn")))
    pid = S("PID|1||").x(pid3).x(S("||{{n}}||{{dob}}|{{sx}}|||{{st}}^^{{c}}^{{state}}^{{z}}||{{ph}}",
                                   n=(nm(p, "hl7"), "name"), dob=(fd(p.dob, "hl7"), "date"), sx=p.sex,
                                   st=(p.street, "address"), c=(p.city, "address"), state=p.state, z=(p.zip, "zip"),
                                   ph=(fphone(p.phone, "paren"), "phone")))
    msh = S("MSH|^~\\&|MERIDIAN_LIMS|MTL^14D0123456^CLIA|MROLINK|{{m}}|{{t}}||ORU^R01^ORU_R01|{{cid}}|P|2.5.1",
            m=ev.mro[1].upper(), t=ts_compact(), cid=cid)
    obr = S("OBR|1|{{spec}}|{{acc}}|DOTDRUG^{{panel}}^L|||{{cd}}|||||||||||||||{{rt}}|||F",
            spec=(ev.spec, "other_id"), acc=(ev.acc, "other_id"), panel=ev.panel.replace(",", "/"),
            cd=(ev.coll.strftime("%Y%m%d%H%M"), "date"), rt=ts_compact())
    obxs = []
    for i, (code, name, cut) in enumerate(R.sample([("3426-4", "Tetrahydrocannabinol", "50"), ("3397-7", "Cocaine", "150"),
                                                     ("19261-7", "Amphetamines", "500"), ("3879-4", "Opiates", "2000"),
                                                     ("3936-2", "Phencyclidine", "25"), ("58378-1", "Ethyl glucuronide", "500")], 3), 1):
        obxs.append(S("OBX|{{i}}|ST|{{c}}^{{n}}^LN||{{r}}||{{cut}} ng/mL||||F|||{{t}}", i=str(i), c=code, n=name,
                      r=R.choice(["NEGATIVE", "NEGATIVE", "NEGATIVE", "POSITIVE"]), cut=cut, t=ts_compact()))
    if R.random() < 0.45:
        ln = Ln(F).t(f"INFO  {ts_py()} [MRO Outbound Writer] c.m.connect.donkey.server.channel.DestinationConnector: sent ")
        segs = [msh, pid, obr] + obxs[:1]
        for i, s in enumerate(segs):
            if i:
                ln.t("\\r")
            ln.x(s)
        return [ln]
    out = [Ln(F).t(f"INFO  {ts_py()} [MRO Outbound Writer] channel 'LIMS_to_MRO' message {R.randint(10000, 99999)} content (ENCODED):")]
    for s in [msh, pid, obr] + obxs:
        out.append(Ln(F).x(s))
    return out


def e_hl7_noise():
    tick()
    F = "hl7_oru"
    c = R.randint(0, 3)
    if c == 0:
        return [L(F, "INFO  {{ts}} [Main Server] c.m.server.Mirth: Mirth Connect 4.4.1 (Built on January 23, 2024) server successfully started.", ts=ts_py())]
    if c == 1:
        return [L(F, "INFO  {{ts}} [Channel Stats] LIMS_to_MRO received={{a}} filtered=0 queued={{q}} sent={{s}} errored={{e}}",
                  ts=ts_py(), a=str(R.randint(300, 900)), q=str(R.randint(0, 9)), s=str(R.randint(290, 890)), e=str(R.randint(0, 3)))]
    if c == 2:
        return [L(F, "ERROR {{ts}} [MRO Outbound Writer] c.m.connect.connectors.tcp.TcpDispatcher: Error connecting to mrolink.example-mro.com:6661 (java.net.SocketTimeoutException: connect timed out)", ts=ts_py())]
    return [L(F, "MSA|AA|MTL{{t}}{{n}}|Message accepted", t=ts_compact(), n=str(R.randint(100, 999)))]


# ---------------- MRO notes
def mro_pre(ev):
    return S("{{ts}} [MROCase] note case={{c}} author={{a}}: ", ts=ts_dot()[:19], c=(ev.case, "other_id"), a=ev.mro[1])


def e_mro_note(force=None):
    tick()
    F = "mro_note"
    ev = pick_event()
    p = ev.p
    c = R.randint(0, 8) if force is None else force
    ln = Ln(F).x(mro_pre(ev))
    fill = (ev.coll - timedelta(days=R.randint(3, 40))).date()
    rx = R.choice(RX)
    if c == 0:
        ln.x(S("Verification interview w/ donor {{n}} (DOB {{dob}}) at {{ph}}. Donor reports {{rx}} prescribed by Dr. K. Lindqvist, filled {{fd}} at {{ph2}}, Rx# {{rxn}}. Pharmacy verified. {{an}} reported NEGATIVE (legitimate medical explanation).",
               n=(nm(p), "name"), dob=(fd(p.dob), "date"), ph=(fphone(p.phone), "phone"), rx=rx[0], fd=(fd(fill), "date"),
               ph2=R.choice(PHARM), rxn=(f"{R.randint(1000000, 9999999)}", "other_id"), an=rx[1]))
    elif c == 1:
        ln.x(S("3 attempts to reach donor at {{ph}} and {{ph2}} w/o success. DER {{der}} ({{derph}}) told to direct donor to contact MRO. Will verify as positive (no contact) after {{d}}.",
               ph=(fphone(p.phone), "phone"), ph2=(fphone(p.phone2), "phone"), der=ev.org.get("der", R.choice(POS)),
               derph=ev.org.get("derph", ev.org.get("phone")), d=(fd((T + timedelta(days=R.randint(3, 10))).date()), "date")))
    elif c == 2:
        old = R.choice(DONORS[-3:])
        ev = new_event(court=True)
        ev.p = old
        ln = Ln(F).x(mro_pre(ev))
        ln.x(S("Donor {{n}} is {{age}}" + R.choice([" y/o", " years old", "yo"]) + ", court-ordered monitoring; reports {{rx}} for anxiety, verified via {{ph}}. Collected {{cd}}. No safety concern communicated.",
               n=(nm(old, "fl"), "name"), age=(str(old.age), "age"), rx="lorazepam 0.5 mg", ph=R.choice(PHARM),
               cd=(fd(ev.coll.date()), "date")))
    elif c == 3:
        ln.x(S("Entrevista con intérprete (línea de idiomas, ID 4471). Donante {{n}}, fecha de nacimiento {{dob}}, confirma receta de {{rx}}; tel. {{ph}}. Resultado verificado NEGATIVO.",
               n=(nm(p, "fl"), "name"), dob=(fd(p.dob, "dmy"), "date"), rx=rx[0], ph=(fphone(p.phone, "dash"), "phone")))
    elif c == 4:
        ln.x(S("Donor requested split specimen (Bottle B) test on {{d}}; fee paid by card ending {{l4}}. Bottle B to be sent to Omega Split Lab, specimen {{s}}.",
               d=(fd(T.date()), "date"), l4=digits(4), s=(ev.spec, "other_id")))
    elif c == 5:
        rel = f"{R.choice(FIRST)[0]} {p.last}"
        ln.x(S("Donor's {{rel}} {{rn}} called from {{ph}} asking about result for {{n}}; no information released (no written consent on file).",
               rel=R.choice(["wife", "husband", "mother", "brother", "partner", "daughter"]), rn=(rel, "name"),
               ph=(fphone(mk_phone(p.phone[:3])), "phone"), n=(nm(p, "il"), "name")))
    elif c == 6:
        ln.x(S("Donor {{n}} (employee ID {{id}}) states post-accident collection was at St. Vincent ED, MRN {{mrn}}; ED records requested for dilaudid administered {{d}}.",
               n=(nm(p, "fl"), "name"), id=(p.empid, "other_id"), mrn=(R.choice([f"{R.randint(1000000, 9999999)}", f"SV{R.randint(10000000, 99999999)}", f"00{R.randint(100000, 999999)}"]), "mrn"),
               d=(fd(ev.coll.date()), "date")))
    elif c == 7:
        ln.x(S("Donor asked result copy be faxed to home fax {{fx}}; sent per 49 CFR 40.329 request signed {{d}}. Address on request: {{a}}, {{c}} {{st}} {{z}}.",
               fx=(fphone(p.fax, R.choice(["paren", "dash"])), "fax"), d=(fd(T.date()), "date"), a=(p.street, "address"),
               c=(p.city, "address"), st=p.state, z=(p.zip, "zip")))
    else:
        ln.x(S("Dilute specimen (creat {{cr}} mg/dL, SG 1.00{{sg}}). Negative-dilute reported to DER; employer policy requires recollection under direct observation, appt {{ap}}.",
               cr=f"{R.uniform(2.1, 19.9):.1f}", sg=str(R.randint(1, 2)), ap=(fd((T + timedelta(days=1)).date()), "date")))
    return [ln]


def e_mro_noise():
    tick()
    F = "mro_note"
    c = R.randint(0, 3)
    tpls = [
        "{{ts}} [MROCase] queue stats: pending={{a}} verified_today={{b}} oldest_age=2d{{h}}h reviewers_online={{r}}",
        "{{ts}} [MROCase] policy loaded: 49 CFR Part 40 Subpart G rules v2024.1 ({{n}} rules), HHS MG 2017",
        "{{ts}} [MROCase] nightly: {{n}} negatives auto-released under 40.129(c) staff review by {{s}}",
        "{{ts}} [MROCase] WARN stale lock on review queue released after 900s (holder={{u}})",
    ]
    return [L(F, tpls[c], ts=ts_dot()[:19], a=str(R.randint(3, 40)), b=str(R.randint(20, 200)), h=str(R.randint(0, 23)),
              r=str(R.randint(1, 3)), n=str(R.randint(50, 400)), s=R.choice(["staff reviewer J. Ito", "staff reviewer M. Abdi"]),
              u=R.choice(MROS)[1])]


# ---------------- donor callbacks
def e_callback():
    tick()
    F = "donor_callback"
    ev = pick_event()
    p = ev.p
    c = R.randint(0, 4)
    if c == 0:
        return [L(F, "{{ts}} callback-svc INFO attempt={{a}} to={{to}} from=+13174873100 callSid=CA{{sid}} status={{st}} duration={{d}} caseRef={{case}}",
                  ts=ts_local_off(), a=str(R.randint(1, 3)), to=(fphone(p.phone, "e164"), "phone"), sid=hexs(32),
                  st=R.choice(["no-answer", "busy", "completed", "voicemail"]), d=str(R.randint(0, 300)), case=(ev.case, "other_id"))]
    if c == 1:
        return [L(F, "{{ts}} callback-svc DEBUG twilio POST /2010-04-01/Accounts/AC{{acct}}/Messages.json To=%2B1{{to}}&From=%2B13174873100&Body=Meridian+MRO%3A+please+call+317-487-3100+re+your+recent+test.+Ref+{{case}}",
                  ts=ts_local_off(), acct=hexs(32), to=(p.phone, "phone"), case=(ev.case, "other_id"))]
    if c == 2:
        words = {"0": "zero", "1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven", "8": "eight", "9": "nine"}
        d = p.phone
        spoken = " ".join(words[x] for x in d[:3]) + ", " + " ".join(words[x] for x in d[3:6]) + ", " + " ".join(words[x] for x in d[6:])
        return [L(F, "{{ts}} callback-svc INFO vm transcript rec=RE{{sid}} conf=0.81 text=\"hi this is {{n}} returning a call from the doctor about my test uh my number is {{sp}} thanks\"",
                  ts=ts_local_off(), sid=hexs(32), n=(nm(p, "lower"), "name"), sp=(spoken, "phone"))]
    if c == 3:
        return [L(F, "{{ts}} callback-svc INFO inbound call from={{fr}} matched donor={{n}} case={{case}} routed_to=mro_queue wait={{w}}s",
                  ts=ts_local_off(), fr=(fphone(p.phone2, "e164"), "phone"), n=(nm(p, "lf"), "name"), case=(ev.case, "other_id"), w=str(R.randint(3, 400)))]
    return [L(F, "{{ts}} callback-svc INFO email fallback queued to={{em}} template=mro_contact_request_v3 case={{case}}",
              ts=ts_local_off(), em=(p.email, "email"), case=(ev.case, "other_id"))]


def e_callback_noise():
    tick()
    F = "donor_callback"
    c = R.randint(0, 3)
    tpls = [
        "{{ts}} callback-svc INFO worker heartbeat queue=mro_callbacks depth={{d}} lag_ms={{l}} pid={{p}}",
        "{{ts}} callback-svc DEBUG webhook X-Twilio-Signature valid path=/hooks/voice/status sid=CA{{h}}",
        "{{ts}} callback-svc WARN 429 Too Many Requests from api.twilio.com, retry in {{r}}s (code 20429)",
        "{{ts}} callback-svc INFO business hours window 08:00-18:00 America/Indiana/Indianapolis, {{d}} callbacks deferred",
    ]
    return [L(F, tpls[c], ts=ts_local_off(), d=str(R.randint(0, 30)), l=str(R.randint(10, 900)), p=str(R.randint(1000, 40000)),
              h=hexs(32), r=str(R.randint(1, 8)))]


# ---------------- employer portal (Node: pino + morgan)
def pino(level, body):
    return f"{{\"level\":{level},\"time\":{epoch_ms()},\"pid\":{R.choice([2291, 2292, 2307])},\"hostname\":\"emp-portal-api-6c9f7{R.choice('abcdx')}\","


def e_node_phi(force=None):
    tick()
    F = "portal_node"
    ev = pick_event(court=False)
    p = ev.p
    c = R.randint(0, 7) if force is None else force
    if c == 7:
        return [L(F, pino(30, "") + "\"reqId\":\"req-{{r}}\",\"msg\":\"post-accident hospital collection linked\",\"employeeId\":\"{{id}}\",\"hospital\":\"St. Vincent Evansville ED\",\"patientMrn\":\"{{mrn}}\",\"encounterNo\":\"{{enc}}\",\"bloodAlcohol\":\"pending\"}",
                  r=hexs(4), id=(p.empid, "other_id"), mrn=(f"{R.randint(10000000, 99999999)}", "mrn"), enc=(f"E{R.randint(100000000, 999999999)}", "other_id"))]
    if c == 6:
        return [L(F, pino(30, "") + "\"reqId\":\"req-{{r}}\",\"msg\":\"applicant created\",\"applicant\":{\"fullName\":\"{{n}}\",\"email\":\"{{em}}\",\"mobile\":\"{{ph}}\",\"linkedin\":\"{{u}}\",\"position\":\"CDL-A Driver\"},\"employerId\":\"{{e}}\",\"testOrdered\":\"PRE_EMPLOYMENT\"}",
                  r=hexs(4), n=(nm(p, "fl"), "name"), em=(p.email, "email"), ph=(fphone(p.phone, "dot"), "phone"),
                  u=(f"https://www.linkedin.com/in/{slug(p.first)}-{slug(p.last)}-{hexs(6)}", "url"), e=ev.org["code"])]
    if c == 0:
        return [L(F, pino(30, "") + "\"reqId\":\"req-{{r}}\",\"msg\":\"result published\",\"employerId\":\"{{e}}\",\"donor\":{\"name\":\"{{n}}\",\"employeeId\":\"{{id}}\"},\"specimenId\":\"{{s}}\",\"result\":\"{{res}}\",\"mroVerifiedOn\":\"{{d}}\"}",
                  r=hexs(4), e=ev.org["code"], n=(nm(p, R.choice(["fl", "lf", "fml"])), "name"), id=(p.empid, "other_id"),
                  s=(ev.spec, "other_id"), res=R.choice(["NEGATIVE", "NEGATIVE", "NEGATIVE_DILUTE", "POSITIVE", "REFUSAL_ADULTERATED"]),
                  d=(fd(T.date(), "iso"), "date"))]
    if c == 1:
        return [L(F, "{{ip}} - - [{{ts}}] \"GET /api/v2/donors?lastName={{ln}}&dob={{dob}}&employerId={{e}} HTTP/1.1\" 200 {{b}} \"https://employer.meridiantox.com/donors\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/122.0.0.0\"",
                  ip=f"::ffff:{priv_ip()}", ts=ts_nginx(), ln=(ascii_fold(p.last).replace(" ", "%20"), "name"), dob=(fd(p.dob, "iso"), "date"),
                  e=ev.org["code"], b=str(R.randint(300, 4000)))]
    if c == 2:
        return [L(F, pino(50, "") + "\"reqId\":\"req-{{r}}\",\"err\":{\"type\":\"ValidationError\",\"message\":\"Donor SSN {{ssn}} already linked to employee {{id}} ({{e}})\",\"stack\":\"ValidationError: Donor SSN already linked\\n    at DonorService.link (/app/src/services/donor.js:88:13)\\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)\"},\"msg\":\"donor import row failed\"}",
                  r=hexs(4), ssn=(p.ssn, "ssn"), id=(p.empid, "other_id"), e=ev.org["name"])]
    if c == 3:
        return [L(F, "{{ts}} emp-portal:clearinghouse query type=limited CDL={{st}} {{cdl}} consent=on-file employerId={{e}} result=NO_VIOLATIONS queryId={{q}}",
                  ts=ts_iso_z(), st=p.state, cdl=(p.dl, "license"), e=ev.org["code"], q=uuid4())]
    if c == 4:
        return [L(F, pino(30, "") + "\"reqId\":\"req-{{r}}\",\"msg\":\"random roster upload row\",\"row\":{\"emp_no\":\"{{id}}\",\"last_nm\":\"{{ln}}\",\"first_nm\":\"{{fn}}\",\"birth_dt\":\"{{dob}}\",\"home_zip\":\"{{z}}\",\"safety_sensitive\":true}}",
                  r=hexs(4), id=(p.empid, "other_id"), ln=(p.last, "name"), fn=(p.first, "name"), dob=(fd(p.dob, "us"), "date"), z=(p.zip, "zip"))]
    return [L(F, pino(40, "") + "\"reqId\":\"req-{{r}}\",\"msg\":\"DER downloaded CCF copy 4\",\"user\":\"der_{{u}}\",\"specimenId\":\"{{s}}\",\"donorEmail\":\"{{em}}\"}",
              r=hexs(4), u=slug(ev.org["der"].split()[0]), s=(ev.spec, "other_id"), em=(p.email, "email"))]


def e_node_noise():
    tick()
    F = "portal_node"
    c = R.randint(0, 5)
    if c == 0:
        return [L(F, pino(30, "") + "\"reqId\":\"req-{{r}}\",\"req\":{\"method\":\"GET\",\"url\":\"/healthz\",\"remoteAddress\":\"{{ip}}\",\"remotePort\":{{port}}},\"res\":{\"statusCode\":200},\"responseTime\":{{rt}},\"msg\":\"request completed\"}",
                  r=hexs(4), ip=priv_ip(), port=str(R.randint(30000, 65000)), rt=str(R.randint(1, 9)))]
    if c == 1:
        return [L(F, pino(30, "") + "\"msg\":\"Server listening at http://0.0.0.0:3000\",\"version\":\"2.18.{{v}}\",\"node\":\"v20.11.1\"}", v=str(R.randint(0, 9)))]
    if c == 2:
        return [L(F, "{{ip}} - - [{{ts}}] \"GET /api/v2/results?employerId={{e}}&status=pending&page={{pg}} HTTP/1.1\" 200 {{b}} \"-\" \"axios/1.6.7\"",
                  ip=f"::ffff:{priv_ip()}", ts=ts_nginx(), e=R.choice(EMPLOYERS)["code"], pg=str(R.randint(1, 5)), b=str(R.randint(200, 9000)))]
    if c == 3:
        return [L(F, pino(20, "") + "\"msg\":\"pg pool stats\",\"total\":{{t}},\"idle\":{{i}},\"waiting\":0,\"traceparent\":\"00-{{tr}}-{{sp}}-01\"}",
                  t=str(R.randint(10, 20)), i=str(R.randint(1, 9)), tr=hexs(32), sp=hexs(16))]
    if c == 4:
        return [L(F, pino(30, "") + "\"msg\":\"JWT verified\",\"sub\":\"der_{{u}}\",\"scope\":\"results:read ccf:read\",\"exp\":{{e}}}",
                  u=slug(R.choice(EMPLOYERS)["der"].split()[0]), e=str(epoch_ms() // 1000 + 3600))]
    return [L(F, pino(40, "") + "\"msg\":\"slow query\",\"query\":\"SELECT r.* FROM results r JOIN ccf c ON c.id = r.ccf_id WHERE c.employer_id = $1 AND r.released_at > $2\",\"durationMs\":{{d}}}",
              d=str(R.randint(800, 6000)))]


# ---------------- probation portal (.NET)
def e_dotnet_phi(force=None):
    tick()
    F = "portal_dotnet"
    ev = pick_event(court=True)
    p = ev.p
    c = R.randint(0, 6) if force is None else force
    if c == 0:
        return [L(F, "info: Microsoft.AspNetCore.Hosting.Diagnostics[1]"),
                L(F, "      Request starting HTTP/1.1 GET http://probation-portal/api/clients/{{cl}}/results?from={{d}} - - -",
                  cl=(ev.client, "other_id"), d=(T - timedelta(days=30)).strftime("%Y-%m-%d"))]
    if c == 1:
        miss = (T - timedelta(days=R.randint(1, 3))).date()
        return [L(F, "warn: CourtLink.Services.ComplianceMonitor[2003]"),
                L(F, "      Participant {{n}} (cause {{c}}) missed scheduled color-code test on {{d}}; flagged NON_COMPLIANT for {{po}}",
                  n=(nm(p, R.choice(["fl", "LF", "lf"])), "name"), c=(ev.cause, "other_id"), d=(fd(miss, "us"), "date"), po=R.choice(POS))]
    if c == 2:
        # JsonConsoleFormatter escapes non-ASCII and ' + < > &
        return [L(F, "{\"Timestamp\":\"{{ts}}\",\"EventId\":4102,\"LogLevel\":\"Information\",\"Category\":\"CourtLink.Services.ResultsPublisher\",\"Message\":\"Result for {{n1}} sent to {{po}}\",\"State\":{\"Message\":\"Result for {{n2}} sent to {{po}}\",\"ClientName\":\"{{n3}}\",\"ClientId\":\"{{cl}}\",\"CauseNumber\":\"{{c}}\",\"Result\":\"{{res}}\",\"{OriginalFormat}\":\"Result for {ClientName} sent to {Officer}\"}}",
                  ts=ts_iso_z(), n1=(dn_esc(nm(p, "fl")), "name"), n2=(dn_esc(nm(p, "fl")), "name"), n3=(dn_esc(nm(p, "fl")), "name"),
                  po=R.choice(POS), cl=(ev.client, "other_id"), c=(ev.cause, "other_id"),
                  res=R.choice(["NEGATIVE", "POSITIVE-EtG", "POSITIVE-THC", "DILUTE", "NO-SHOW"]))]
    if c == 3:
        vin = mk_vin()
        return [L(F, "[{{t}} INF] Interlock report client {{cl}}: device {{dev}} in {{car}} VIN {{vin}} plate {{st}} {{pl}}; {{n}} failed starts (BrAC 0.0{{a}}, 0.0{{b}})",
                  t=T.strftime("%H:%M:%S"), cl=(ev.client, "other_id"), dev=(f"{R.choice(['LF', 'SA', 'IID'])}{R.randint(100000, 999999)}", "device"),
                  car=R.choice(["2016 Ford F-150", "2011 Honda Civic", "2019 Chevrolet Equinox", "2008 Toyota Camry"]), vin=(vin, "vehicle"),
                  st=p.state, pl=(mk_plate(p.state), "vehicle"), n=str(R.randint(1, 4)), a=str(R.randint(20, 45)), b=str(R.randint(20, 45)))]
    if c == 4:
        if R.random() < 0.3:
            p = R.choice(DONORS[-3:])
        if p.age > 89:
            return [L(F, "[{{t}} INF] Enrolled participant {{n}} age {{ag}} addr \"{{a}}\" county={{co}} feeAcct={{fa}} note=\"hearing impaired, use relay\"",
                      t=T.strftime("%H:%M:%S"), n=(nm(p, "LF"), "name"), ag=(str(p.age), "age"), a=(f"{p.street}, {p.city}", "address"),
                      co=(p.county, "address"), fa=(f"FA-{R.randint(100000, 999999)}", "account"))]
        return [L(F, "[{{t}} INF] Enrolled participant {{n}} DOB {{dob}} addr \"{{a}}, {{st}} {{z}}\" county={{co}} Medicaid={{mcd}} feeAcct={{fa}}",
                  t=T.strftime("%H:%M:%S"), n=(nm(p, "LF"), "name"), dob=(fd(p.dob, "us"), "date"),
                  a=(f"{p.street}, {p.city}", "address"), st=p.state, z=(p.zip, "zip"), co=(p.county, "address"),
                  mcd=(R.choice([f"{R.randint(100000000000, 999999999999)}", f"IN{R.randint(1000000000, 9999999999)}", f"{R.choice('ABCDEFGHJ')}{R.randint(10000000, 99999999)}"]), "health_plan"),
                  fa=(f"FA-{R.randint(100000, 999999)}", "account"))]
    if c == 5:
        return [L(F, "{\"@t\":\"{{ts}}\",\"@mt\":\"Social check for {ClientId}: profile {ProfileUrl} flagged by {Officer}\",\"ClientId\":\"{{cl}}\",\"ProfileUrl\":\"{{u}}\",\"Officer\":\"{{po}}\",\"SourceContext\":\"CourtLink.Services.SupervisionNotes\"}",
                  ts=ts_iso_z().replace("Z", "0000Z"), cl=(ev.client, "other_id"),
                  u=(R.choice([f"https://www.facebook.com/{slug(p.first)}.{slug(p.last)}.{R.randint(1, 99)}", f"https://instagram.com/{slug(p.first)}_{slug(p.last)[:5]}",
                               f"https://www.tiktok.com/@{slug(p.last)}{R.randint(10, 99)}"]), "url"), po=R.choice(POS))]
    return [L(F, "{\"@t\":\"{{ts}}\",\"@mt\":\"Portal login {UserName} from {RemoteIp}\",\"@l\":\"Information\",\"UserName\":\"{{u}}\",\"RemoteIp\":\"{{ip}}\",\"ClientId\":\"{{cl}}\",\"SourceContext\":\"CourtLink.Auth\"}",
              ts=ts_iso_z().replace("Z", "0000Z"), u=(p.user, "other_id"), ip=(pub_ip(), "ip"), cl=(ev.client, "other_id"))]


def e_dotnet_noise():
    tick()
    F = "portal_dotnet"
    c = R.randint(0, 5)
    if c == 0:
        return [L(F, "info: Microsoft.Hosting.Lifetime[14]"), L(F, "      Now listening on: http://[::]:8080")]
    if c == 1:
        return [L(F, "info: Microsoft.EntityFrameworkCore.Database.Command[20101]"),
                L(F, "      Executed DbCommand ({{ms}}ms) [Parameters=[@__clientId_0='?' (Size = 32)], CommandType='Text', CommandTimeout='30']", ms=str(R.randint(1, 90)))]
    if c == 2:
        return [L(F, "fail: CourtLink.Services.CourtFaxService[5001]"),
                L(F, "      System.Net.Http.HttpRequestException: Connection refused (fax-gw.internal:4559)"),
                L(F, "         at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)"),
                L(F, "         at CourtLink.Services.CourtFaxService.SendAsync(FaxJob job, CancellationToken ct) in /src/CourtLink/Services/CourtFaxService.cs:line 142")]
    if c == 3:
        return [L(F, "[{{t}} INF] HTTP GET /health responded 200 in {{ms}} ms", t=T.strftime("%H:%M:%S"), ms=f"{R.uniform(0.3, 9):.4f}")]
    if c == 4:
        return [L(F, "[{{t}} WRN] Hangfire job {{j}} (ScramSync) retry {{n}}/10: vendor API returned 503", t=T.strftime("%H:%M:%S"), j=str(R.randint(10000, 99999)), n=str(R.randint(1, 5)))]
    return [L(F, "{\"Timestamp\":\"{{ts}}\",\"EventId\":14,\"LogLevel\":\"Information\",\"Category\":\"Microsoft.Hosting.Lifetime\",\"Message\":\"Hosting environment: Production\",\"State\":{\"Message\":\"Hosting environment: Production\",\"EnvName\":\"Production\"}}",
              ts=ts_iso_z())]


# ---------------- court fax cover sheets
def e_fax_cover():
    tick()
    F = "fax_cover"
    ev = pick_event(court=True)
    p = ev.p
    job = str(R.randint(1000, 9999))
    pre = f"faxq[{R.randint(800, 990)}]: COVER job={job} |"
    return [L(F, "{{pre}} MERIDIAN TOXICOLOGY LABORATORIES - CONFIDENTIAL COURT RESULTS", pre=pre),
            L(F, "{{pre}} To: {{j}} / Coordinator, {{c}}", pre=pre, j=R.choice(JUDGES), c=ev.org["name"]),
            L(F, "{{pre}} Fax: {{fx}}   Phone: {{ph}}", pre=pre, fx=ev.org["fax"], ph=ev.org["phone"]),
            L(F, "{{pre}} From: Court Services Results Desk  Fax: 317-487-3177  Date: {{d}}", pre=pre, d=T.strftime("%m/%d/%Y")),
            L(F, "{{pre}} Re: Participant {{n}}   DOB {{dob}}   Cause No. {{c}}", pre=pre, n=(nm(p, "LF"), "name"),
              dob=(fd(p.dob, R.choice(["us", "us_short"])), "date"), c=(ev.cause, "other_id")),
            L(F, "{{pre}} Collected {{d}}   Specimen {{s}}   Panel {{pn}}   Result: {{r}}", pre=pre,
              d=(fd(ev.coll.date(), "us"), "date"), s=(ev.spec, "other_id"), pn=ev.panel, r=R.choice(["NEGATIVE", "POSITIVE (EtG 1,840 ng/mL)", "POSITIVE (THCA 61 ng/mL)"])),
            L(F, "{{pre}} Pages: {{n}} (including cover)", pre=pre, n=str(R.randint(2, 5))),
            L(F, "{{pre}} CONFIDENTIALITY NOTICE: This facsimile contains information protected by 42 CFR Part 2 and HIPAA. If received in error call 317-487-3100.", pre=pre)]


def e_fax_phi():
    tick()
    F = "fax_cover"
    ev = pick_event()
    p = ev.p
    return [L(F, "faxq[{{pid}}]: JOB {{j}}: sendfax -n -d {{fx}} -c \"donor copy\" queued by rbaptiste (donor {{n}}, case {{c}})",
              pid=str(R.randint(800, 990)), j=str(R.randint(1000, 9999)), fx=(fphone(p.fax, R.choice(["plain", "one"])).replace("-", ""), "fax"),
              n=(nm(p, "lf"), "name"), c=(ev.case, "other_id"))]


def e_fax_noise():
    tick()
    F = "fax_cover"
    c = R.randint(0, 3)
    org = R.choice(COURTS)
    if c == 0:
        return [L(F, "{{d}}\tSEND\t0000{{h}}\tttyIAX0\t{{j}}\t\"results\"\t1{{fx}}\t\"\"\t9600\t1728\t0:{{s}}\t{{p}}\t\"\"", d=T.strftime("%m/%d/%y %H:%M"),
                  h=hexs(4), j=str(R.randint(1000, 9999)), fx=org["fax"].replace("-", ""), s=f"{R.randint(0, 3)}:{R.randint(10, 59)}", p=str(R.randint(2, 6)))]
    if c == 1:
        return [L(F, "faxq[{{p}}]: JOB {{j}} (dest {{fx}}): SEND completed in {{t}}, {{n}} pages, 14400 bps", p=str(R.randint(800, 990)), j=str(R.randint(1000, 9999)),
                  fx=org["fax"], t=f"1:{R.randint(10, 59)}", n=str(R.randint(2, 6)))]
    if c == 2:
        return [L(F, "faxq[{{p}}]: JOB {{j}}: NO CARRIER after 3 tries to {{fx}}; requeued for +15m", p=str(R.randint(800, 990)), j=str(R.randint(1000, 9999)), fx=org["fax"])]
    return [L(F, "faxgetty[{{p}}]: MODEM IAXmodem 1.3.4 ready, class 1.0, ttyIAX{{n}}", p=str(R.randint(100, 400)), n=str(R.randint(0, 3)))]


# ---------------- DOT MIS
def e_mis():
    tick()
    F = "dot_mis"
    org = R.choice([e for e in EMPLOYERS if e["agency"]])
    c = R.randint(0, 4)
    if c == 0:
        return [L(F, "agency,calendar_year,employer,usdot_no,covered_employees,drug_tests_pre_employment,drug_tests_random,drug_tests_post_accident,verified_positive,refusals,alcohol_tests_random,alcohol_ge_0.04")]
    if c == 1:
        ce = R.randint(40, 900)
        return [L(F, "{{a}},2023,\"{{e}}\",{{u}},{{ce}},{{pe}},{{r}},{{pa}},{{vp}},{{rf}},{{ar}},{{ag}}", a=org["agency"], e=org["name"], u=org["usdot"] or "",
                  ce=str(ce), pe=str(R.randint(10, 200)), r=str(ce // 2), pa=str(R.randint(0, 9)), vp=str(R.randint(0, 6)), rf=str(R.randint(0, 2)),
                  ar=str(ce // 10), ag=str(R.randint(0, 1)))]
    if c == 2:
        return [L(F, "{{ts}} mis-report INFO generated MIS_2023_{{a}}_{{c}}.xml for DAMIS upload, sha256={{h}}, certifying official {{d}} ({{ph}})",
                  ts=ts_py(), a=org["agency"], c=org["code"].split("-")[0], h=hexs(64), d=org["der"], ph=org["derph"])]
    if c == 3:
        mn = {"FMCSA": 50, "FTA": 50, "FAA": 25, "FRA": 25, "PHMSA": 25}[org["agency"]]
        return [L(F, "{{ts}} mis-report WARN {{c}}: random rate {{r}}% below {{a}} minimum {{m}}% for CY2023 (tests={{t}}, avg pool={{p}})",
                  ts=ts_py(), c=org["code"], r=f"{mn - R.uniform(0.3, 4):.1f}", a=org["agency"], m=str(mn), t=str(R.randint(20, 300)), p=str(R.randint(60, 700)))]
    return [L(F, "I. Employer: {{e}}  DOT Agency: {{a}}  Covered Employees: {{n}}  Contractor/C-TPA: Meridian Compliance Services, 7725 Zionsville Rd, Indianapolis IN 46268",
              e=org["name"], a=org["agency"], n=str(R.randint(40, 900)))]


# ---------------- random selection job
def e_random_sel():
    tick()
    F = "random_select"
    org = R.choice([e for e in EMPLOYERS if e["agency"]])
    pool = f"{org['code'].split('-')[0]}-{org['agency']}"
    size = R.randint(60, 600)
    out = [L(F, "{{ts}} INFO  [quartz-worker-{{w}}] c.m.random.SelectionJob - start pool={{p}} size={{s}} period=2024Q1 drugRate=50% alcRate=10% seed=0x{{sd}} algo=SHA1PRNG",
             ts=ts_py(), w=str(R.randint(1, 4)), p=pool, s=str(size), sd=hexs(16))]
    for i in range(R.randint(1, 4)):
        p = R.choice(DONORS)
        out.append(L(F, "{{ts}} INFO  [quartz-worker-{{w}}] c.m.random.SelectionJob - selected #{{i}} emp={{id}} name=\"{{n}}\" test={{t}} notify_by={{d}}",
                     ts=ts_py(), w=str(R.randint(1, 4)), i=str(i + 1), id=(p.empid, "other_id"), n=(nm(p, R.choice(["LF", "lf", "fl"])), "name"),
                     t=R.choice(["DRUG", "DRUG", "ALCOHOL", "DRUG+ALCOHOL"]), d=(fd((T + timedelta(days=R.randint(1, 7))).date(), "iso"), "date")))
    if R.random() < 0.4:
        p = R.choice(DONORS)
        out.append(L(F, "{{ts}} WARN  [quartz-worker-1] c.m.random.SelectionJob - {{id}} ({{n}}) on leave until {{d}}; alternate drawn per policy 4.2",
                     ts=ts_py(), id=(p.empid, "other_id"), n=(nm(p, "il"), "name"), d=(fd((T + timedelta(days=R.randint(10, 60))).date(), "us"), "date")))
    out.append(L(F, "{{ts}} INFO  [quartz-worker-{{w}}] c.m.random.SelectionJob - done pool={{p}} drawn={{d}} alternates={{a}} elapsed={{e}}ms",
                 ts=ts_py(), w=str(R.randint(1, 4)), p=pool, d=str(size // 8), a=str(R.randint(0, 3)), e=str(R.randint(40, 900))))
    return out


def e_random_noise():
    tick()
    F = "random_select"
    c = R.randint(0, 3)
    tpls = [
        "{{ts}} INFO  [main] o.quartz.core.QuartzScheduler - Scheduler meridianRandom_$_NON_CLUSTERED started.",
        "{{ts}} INFO  [quartz-worker-2] c.m.random.PoolImport - imported {{n}} rows from sftp://roster/{{c}}_roster_{{d}}.csv, {{r}} rejected (missing hire date)",
        "{{ts}} DEBUG [quartz-worker-3] c.m.random.SelectionJob - next fire time {{nf}} (cron 0 0 2 1 1/3 ?)",
        "{{ts}} INFO  [quartz-worker-1] c.m.random.AuditExport - selection audit PDF signed sha256={{h}} retained 2y per 40.333",
    ]
    return [L(F, tpls[c], ts=ts_py(), n=str(R.randint(50, 900)), c=R.choice(EMPLOYERS)["code"], d=T.strftime("%Y%m%d"), r=str(R.randint(0, 5)),
              nf="2024-04-01T02:00:00-04:00", h=hexs(64))]


# ---------------- chain of custody audit
def e_coc():
    tick()
    F = "coc_audit"
    ev = pick_event()
    sci = R.choice(SCI)
    c = R.randint(0, 3)
    if c == 0:
        return [L(F, "AUDIT|{{ts}}|lims-app01|{{ev}}|acc={{acc}}|spec={{s}}|user={{u}}|seal={{seal}}|bottle={{b}}|from={{f}}|to={{t}}|sha256={{h}}",
                  ts=ts_iso_z(), ev=R.choice(["ACCESSION", "ALIQUOT", "TRANSFER", "RETURN_TO_STORAGE", "REOPEN"]), acc=(ev.acc, "other_id"), s=(ev.spec, "other_id"),
                  u=sci[1], seal=R.choice(["INTACT", "INTACT", "INTACT", "BROKEN-REJECT"]), b=R.choice("AB"),
                  f=R.choice(["Receiving", "Accessioning", "Screening"]), t=R.choice(["Screening", "Confirmation-LC03", "Freezer F-2"]), h=hexs(64))]
    if c == 1:
        return [L(F, "{\"auditId\":{{a}},\"action\":\"SPECIMEN_TRANSFER\",\"specimenId\":\"{{s}}\",\"accession\":\"{{acc}}\",\"custodian\":\"{{u}}\",\"purpose\":\"LC-MS/MS confirmation\",\"at\":\"{{ts}}\"}",
                  a=str(R.randint(1000000, 9999999)), s=(ev.spec, "other_id"), acc=(ev.acc, "other_id"), u=sci[1], ts=ts_iso_z())]
    if c == 2:
        p = ev.p
        return [L(F, "AUDIT|{{ts}}|lims-app01|CCF_DISCREPANCY|spec={{s}}|user={{u}}|note=Donor name on CCF copy 1 present ({{n}}); redacted per 40.83(c)(6), MRO notified",
                  ts=ts_iso_z(), s=(ev.spec, "other_id"), u=sci[1], n=(nm(p, "LF"), "name"))]
    return [L(F, "custody_event ts={{ts}} specimen_id={{s}} event=LONG_TERM_STORAGE location=F-2/R{{r}}/B{{b}} retain_until={{d}} user={{u}}",
              ts=ts_iso_z(), s=(ev.spec, "other_id"), r=str(R.randint(1, 40)), b=str(R.randint(1, 99)), d=(T + timedelta(days=365)).strftime("%Y-%m-%d"), u=sci[1])]


def e_coc_noise():
    tick()
    F = "coc_audit"
    sci = R.choice(SCI)
    c = R.randint(0, 4)
    tpls = [
        "AUDIT|{{ts}}|lims-app01|BATCH_SEAL|batch={{b}}|user={{u}}|count={{n}}|sha256={{h}}",
        "AUDIT|{{ts}}|lims-app01|FRIDGE_TEMP|unit=R-0{{r}}|temp={{t}}C|range=2-8C|ok",
        "AUDIT|{{ts}}|lims-app01|LOGIN|user={{u}}|ip={{ip}}|mfa=totp|result=SUCCESS",
        "AUDIT|{{ts}}|lims-app01|QC_REVIEW|batch={{b}}|user={{u}}|result=ACCEPTED|westgard=1-2s,1-3s,2-2s pass",
        "custody_event ts={{ts}} event=COURIER_RECEIPT bag=FX-{{bag}} specimens={{n}} seals_intact={{n}} user={{u}}",
    ]
    return [L(F, tpls[c], ts=ts_iso_z(), b=batch_id(), u=sci[1], n=str(R.randint(10, 96)), h=hexs(64), r=str(R.randint(1, 6)),
              t=f"{R.uniform(2.5, 7.5):.1f}", ip=priv_ip(), bag=digits(10))]


# ---------------- nginx
def e_nginx_phi():
    tick()
    F = "nginx"
    ev = pick_event()
    p = ev.p
    c = R.randint(0, 3)
    ua = R.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
                   "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
                   "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.0.0"])
    if c == 0:
        return [L(F, "{{ip}} - - [{{ts}}] \"POST /schedule/confirm?appt={{a}}&site={{s}} HTTP/2.0\" 302 0 \"https://donor.meridiantox.com/schedule\" \"{{ua}}\" rt={{rt}}",
                  ip=(pub_ip(), "ip"), ts=ts_nginx(), a=(f"AP{R.randint(100000, 999999)}", "other_id"), s=R.choice(SITES)[0], ua=ua, rt=f"{R.uniform(0.01, 0.9):.3f}")]
    if c == 1:
        return [L(F, "{{ip}} - - [{{ts}}] \"GET /donor/lookup?email={{em}}&dob={{dob}} HTTP/1.1\" 200 {{b}} \"-\" \"{{ua}}\"",
                  ip=(pub_ip(), "ip"), ts=ts_nginx(), em=(p.email.replace("@", "%40"), "email"), dob=(fd(p.dob, "iso"), "date"), b=str(R.randint(200, 3000)), ua=ua)]
    if c == 2:
        ap = f"AP{R.randint(100000, 999999)}"
        return [L(F, "{{t}} [error] 1123#1123: *{{n}} upstream timed out (110: Connection timed out) while reading response header from upstream, client: {{ip}}, server: donor.meridiantox.com, request: \"GET /api/appointments/{{a}} HTTP/2.0\", upstream: \"http://10.40.2.15:8080/api/appointments/{{a2}}\"",
                  t=ts_nginx_err(), n=str(R.randint(1000, 99999)), ip=(pub_ip(), "ip"), a=(ap, "other_id"), a2=(ap, "other_id"))]
    return [L(F, "{{ip}} - - [{{ts}}] \"POST /consent/esign HTTP/2.0\" 201 88 \"https://donor.meridiantox.com/consent?u={{u}}\" \"{{ua}}\"",
              ip=(pub_ip(), "ip"), ts=ts_nginx(), u=(p.user, "other_id"), ua=ua)]


def e_nginx_noise():
    tick()
    F = "nginx"
    c = R.randint(0, 5)
    tpls = [
        "{{ip}} - - [{{ts}}] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.28\"",
        "{{ip}} - - [{{ts}}] \"GET /static/js/main.{{h}}.js HTTP/2.0\" 200 {{b}} \"https://donor.meridiantox.com/\" \"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Version/17.2 Safari/605.1.15\"",
        "{{ip}} - - [{{ts}}] \"GET /api/v2/results?employerId={{e}}&since={{s}} HTTP/1.1\" 200 {{b}} \"-\" \"python-requests/2.31.0\" rt={{rt}} uct=0.001",
        "{{t}} [warn] 1123#1123: *{{n}} an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/{{n2}}/00/00000{{n}} while reading upstream",
        "{{ip}} - - [{{ts}}] \"GET /wp-login.php HTTP/1.1\" 404 153 \"-\" \"Mozilla/5.0 zgrab/0.x\"",
        "{{t}} [notice] 1#1: signal 1 (SIGHUP) received from 3141, reconfiguring",
    ]
    return [L(F, tpls[c], ip=priv_ip(), ts=ts_nginx(), h=hexs(8), b=str(R.randint(1000, 900000)), e=R.choice(EMPLOYERS)["code"],
              s=str(epoch_ms() // 1000 - 86400), rt=f"{R.uniform(0.01, 0.9):.3f}", t=ts_nginx_err(), n=str(R.randint(100, 99999)), n2=str(R.randint(1, 9)))]


# ---------------- syslog
def e_syslog_phi():
    tick()
    F = "syslog"
    ev = pick_event()
    p = ev.p
    c = R.randint(0, 2)
    if c == 0:
        return [L(F, "{{ts}} mail01 postfix/smtp[{{pid}}]: {{q}}: to=<{{em}}>, relay={{relay}}, delay={{d}}, delays=0.1/0/0.4/0.7, dsn=2.0.0, status=sent (250 2.0.0 OK  {{n}} - gsmtp)",
                  ts=ts_syslog(), pid=str(R.randint(1000, 30000)), q=hexs(10).upper(), em=(p.email, "email"),
                  relay=R.choice(["gmail-smtp-in.l.google.com[142.250.4.27]:25", "mta7.am0.yahoodns.net[67.195.204.72]:25", "outlook-com.olc.protection.outlook.com[52.101.8.40]:25"]),
                  d=f"{R.uniform(0.5, 3):.1f}", n=str(R.randint(1700000000, 1799999999)))]
    if c == 1:
        return [L(F, "<134>1 {{ts}} {{k}} kioskd {{pid}} CHECKIN [meta site=\"{{s}}\" donor=\"{{n}}\" idType=\"DL\" idNo=\"{{dl}}\"] donor checked in",
                  ts=ts_local_off(), k=f"kiosk-{R.randint(1, 12):02d}", pid=str(R.randint(1000, 9000)), s=ev.site[0], n=(nm(p, "fl"), "name"), dl=(p.dl, "license"))]
    return [L(F, "{{ts}} mail01 postfix/smtp[{{pid}}]: {{q}}: to=<{{em}}>, relay=none, delay=30, status=deferred (connect to {{dom}}[{{ip}}]:25: Connection timed out)",
              ts=ts_syslog(), pid=str(R.randint(1000, 30000)), q=hexs(10).upper(), em=(p.email, "email"), dom=p.email.split("@")[1], ip=f"{R.randint(20, 200)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}")]


def e_syslog_noise():
    tick()
    F = "syslog"
    c = R.randint(0, 7)
    tpls = [
        "{{ts}} lims-app01 CRON[{{pid}}]: (root) CMD (/opt/lims/bin/rotate-audit.sh >/dev/null 2>&1)",
        "{{ts}} lims-db01 postgres[{{pid}}]: [2-1] LOG:  checkpoint complete: wrote {{n}} buffers (1.1%); 0 WAL file(s) added, 0 removed, 1 recycled; write=26.9 s, sync=0.004 s, total=27.0 s",
        "{{ts}} lims-app01 sshd[{{pid}}]: Accepted publickey for {{u}} from {{ip}} port {{port}} ssh2: ED25519 SHA256:{{h}}",
        "{{ts}} kiosk-0{{k}} kernel: [{{up}}] usb 1-1.2: new full-speed USB device number 7 using xhci_hcd",
        "{{ts}} lims-app01 systemd[1]: Started lims-worker@{{n}}.service - LIMS result worker.",
        "{{ts}} lims-app01 chronyd[{{pid}}]: Selected source 10.0.0.2 (ntp1.meridiantox.local)",
        "<30>1 {{iso}} lims-app01 lims-worker {{pid}} - - released {{n}} results to MRO queue in {{ms}} ms",
        "{{ts}} mail01 postfix/qmgr[{{pid}}]: {{q}}: from=<no-reply@meridiantox.com>, size={{n}}, nrcpt=1 (queue active)",
    ]
    return [L(F, tpls[c], ts=ts_syslog(), pid=str(R.randint(300, 40000)), n=str(R.randint(3, 4000)), u=R.choice(SCI)[1], ip=priv_ip(),
              port=str(R.randint(30000, 65000)), h=base64.b64encode(bytes(R.randrange(256) for _ in range(32))).decode().rstrip("="),
              k=str(R.randint(1, 9)), up=f"{R.uniform(100, 90000):.6f}", iso=ts_local_off(), ms=str(R.randint(10, 2000)), q=hexs(10).upper())]


# ================================================================ driver
PHI_EMITTERS = [
    (e_eccf_xml_compact, 4, 1), (e_eccf_xml_pretty, 2, 17), (e_eccf_json, 5, 1),
    (e_kiosk_phi, 12, 1), (e_ebt_ticket, 2, 9), (e_ebt_phi, 3, 1),
    (e_lc_rows, 4, 5), (e_astm_msg, 2, 10), (e_hl7, 3, 8),
    (e_mro_note, 9, 1), (e_callback, 6, 1), (e_node_phi, 7, 1),
    (e_dotnet_phi, 8, 2), (e_fax_cover, 2, 8), (e_fax_phi, 2, 1),
    (e_random_sel, 2, 7), (e_coc, 5, 1), (e_nginx_phi, 5, 1), (e_syslog_phi, 4, 1),
]
NOISE_EMITTERS = [
    (e_eccf_xml_noise, 3, 1), (e_eccf_json_noise, 3, 1), (e_kiosk_noise, 5, 1), (e_ebt_noise, 4, 1),
    (e_lc_noise, 3, 1), (e_lc_rows, 2, 5), (e_astm_noise, 4, 1), (e_astm_msg, 1, 10), (e_hl7_noise, 3, 1),
    (e_mro_noise, 3, 1), (e_callback_noise, 3, 1), (e_node_noise, 6, 1), (e_dotnet_noise, 5, 4),
    (e_fax_noise, 4, 1), (e_mis, 5, 1), (e_random_noise, 3, 1), (e_coc_noise, 5, 1),
    (e_nginx_noise, 7, 1), (e_syslog_noise, 7, 1),
]


CAP = {e_eccf_xml_pretty: 2, e_astm_msg: 4, e_ebt_ticket: 3, e_fax_cover: 3, e_random_sel: 3, e_hl7: 6, e_lc_rows: 9}
USED = {}


def choose(pool, rem):
    cands = [(f, w) for f, w, mx in pool if mx <= rem and USED.get(f, 0) < CAP.get(f, 10 ** 6)]
    tot = sum(w for _, w in cands)
    x = R.uniform(0, tot)
    for f, w in cands:
        x -= w
        if x <= 0:
            return f
    return cands[-1][0]


RARE = {
    "age": (4, lambda: e_mro_note(2)), "biometric": (5, lambda: e_kiosk_phi(R.choice([3, 8]))),
    "photo": (5, lambda: e_kiosk_phi(2)), "device": (6, lambda: e_ebt_phi(R.choice([1, 2])) if R.random() < 0.7 else e_dotnet_phi(3)),
    "mrn": (5, lambda: e_mro_note(6) if R.random() < 0.5 else e_node_phi(7)), "url": (5, lambda: R.choice([e_dotnet_phi(5), e_node_phi(6)])),
    "fax": (6, lambda: R.choice([e_mro_note(7), e_fax_phi()])), "health_plan": (6, lambda: e_kiosk_phi(9)),
    "account": (6, lambda: e_kiosk_phi(4)), "vehicle": (6, lambda: R.choice([e_dotnet_phi(3), e_ebt_phi(3)])),
    "ip": (8, lambda: e_nginx_phi()), "license": (8, lambda: e_kiosk_phi(0)),
    "address": (30, lambda: R.choice([lambda: e_kiosk_phi(0), lambda: e_kiosk_phi(7), lambda: e_mro_note(7), lambda: e_dotnet_phi(4)])()),
    "ssn": (14, lambda: e_node_phi(2)),
}


def main():
    lines = []
    while len(lines) < N_LINES:
        rem = N_LINES - len(lines)
        noise = sum(1 for ln in lines if not ln.spans())
        frac = noise / len(lines) if lines else 0.5
        pool = NOISE_EMITTERS if frac < NOISE_TARGET else PHI_EMITTERS
        f = choose(pool, rem)
        if pool is PHI_EMITTERS and R.random() < 0.25:
            have = {}
            for ln in lines:
                for sp in ln.spans():
                    have[sp["cat"]] = have.get(sp["cat"], 0) + 1
            missing = [c for c, (mn, _) in RARE.items() if have.get(c, 0) < mn * (len(lines) + 40) / N_LINES]
            if missing:
                f = RARE[R.choice(missing)][1]
        USED[f] = USED.get(f, 0) + 1
        out = f()
        assert len(out) <= rem, out
        lines.extend(out)
    assert len(lines) == N_LINES

    texts, labels = [], []
    for i, ln in enumerate(lines, 1):
        txt = ln.text()
        assert txt and "\n" not in txt and "\r" not in txt, (i, txt)
        b = txt.encode("utf-8")
        spans = []
        for sp in ln.spans():
            assert b[sp["s"]:sp["e"]].decode("utf-8") == sp["v"], (i, sp)
            spans.append({"s": sp["s"], "e": sp["e"], "cat": sp["cat"]})
        texts.append(txt)
        labels.append(json.dumps({"line": i, "family": ln.fam, "spans": spans}, ensure_ascii=False))

    with open(os.path.join(HERE, f"{ID}.log"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(texts))
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(labels) + "\n")

    clean = sum(1 for l in labels if '"spans": []' in l)
    cats, fams = {}, {}
    for ln in lines:
        fams[ln.fam] = fams.get(ln.fam, 0) + 1
        for sp in ln.spans():
            cats[sp["cat"]] = cats.get(sp["cat"], 0) + 1
    print(f"lines={len(lines)} no_phi={clean} ({100 * clean / len(lines):.1f}%)")
    print("families:", dict(sorted(fams.items())))
    print("spans:", dict(sorted(cats.items())))


if __name__ == "__main__":
    main()
