#!/usr/bin/env python3
"""gen_md.py -- synthetic, labeled log corpus for a PHI detector.

Theme: a hospital cardiac catheterization lab and structural heart program
(hemodynamic recording logs, NCDR CathPCI / TVT registry exports, implant
inventory GS1 scans, DICOM XA dcmdump, HL7 SIU and JSON case scheduling,
contrast / radiation dose reports, physician dictation, remote device clinic
interrogation summaries, PowerShell / .NET service logs, Windows event logs).

Writes md.log (500 lines) and md.labels.jsonl next to this script.
Deterministic: fixed seed, standard library only, no clock or OS randomness.
All people, addresses and identifiers are synthetic.

Labeling decisions:
- Label identifiers of patients and of the people around them whose health
  information the line is about (relatives, guarantors, emergency contacts).
  Clinicians, technologists, nurses, device-clinic staff, service accounts,
  vendors, the hospital, its NPIs, phones, faxes, e-mails and address are
  NOT labeled.
- Names: one span per written name ("Last, First", "LAST^FIRST^M" HL7 XPN or
  DICOM PN including the ^ separators, "First Last", initials + last).
  Honorifics (Mr./Mrs./Ms.) stay outside the span. Separate XML/CSV fields
  (last / first / middle) are separate spans.
- Dates: birth, arrival/admission, procedure/study (service) dates, discharge,
  scheduled appointment start, follow-up, implant and transmission dates of
  a patient are "date". When a time is attached in the same token
  (2024-03-21T07:30:00-04:00, 202403210730) the whole token is the span.
  Log line timestamps, build dates, lot expiry dates, certificate dates and
  report-generation times are not labeled. Times alone are not labeled.
- Ages: only ages over 89 are labeled, number only ("92" in "92-year-old",
  "091" in DICOM "091Y"). Ages 89 and under are left as is.
- MRN (hospital medical record number, DICOM PatientID, PID-3, NCDR "Other ID"
  when it carries the MRN) -> mrn.
- other_id: case numbers (CL24-...), accession numbers, encounter/visit
  numbers (PV1-19), scheduling appointment IDs (SCH-1/SCH-2, appointmentId),
  NCDR Patient IDs, device-vendor patient IDs, patient portal usernames.
  Machine keys are NOT labeled: GUIDs, trace/span IDs, HL7 message control
  IDs, DICOM Study/Series/SOP Instance UIDs, transmission/job/batch IDs.
- device: serial numbers of a patient's implanted devices and leads, serials
  of a patient's home remote monitor/communicator, MAC of a patient's home
  monitor, and GS1 UDI strings that contain an AI(21) serial when the scan is
  tied to a patient case. Lot-only UDIs (stents, balloons, sheaths), lot
  numbers, GTINs, model numbers and serials of lab equipment (amplifiers,
  C-arms, ACT analyzers, modality DeviceSerialNumber) are not labeled;
  stock-receiving scans without a patient are not labeled.
- health_plan: Medicare MBI / HIC, Medicaid IDs, commercial member and
  subscriber IDs. Payer names and group numbers are not labeled.
- account: hospital account (HAR / PID-18) numbers and payment card numbers.
- address: street line, city and county are separate "address" spans when
  written in separate fields; a one-string address is one span up to (not
  including) the state; the state alone is never labeled; ZIP -> zip.
- ip: public IP of a patient's own browser / home monitor. Private (10.x,
  172.16-31.x, 192.168.x) addresses of hospital hosts and modalities are not
  labeled.
- phone / fax / email / url: only those belonging to the patient or family.
- license: patient's driver's licence number; vehicle: patient's plate / VIN.
- biometric: palm-vein template payloads; photo: base64 face image payloads
  (span = the base64 characters only).
- ssn: full SSNs; masked forms (***-**-1234, last-4 only) are not labeled.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random

ID = "md"
R = random.Random(0x4D442025)
HERE = os.path.dirname(os.path.abspath(__file__))
NLINES = 500
NOISE_TARGET = 0.55

# ----------------------------------------------------------------------------
# line builder with byte-offset spans
# ----------------------------------------------------------------------------


class P:
    """A PHI value to be inserted (and labeled) verbatim."""
    __slots__ = ("v", "cat", "raw")

    def __init__(self, v, cat, raw=False):
        self.v, self.cat, self.raw = str(v), cat, raw


class Line:
    def __init__(self, fam):
        self.fam = fam
        self.buf = []
        self.n = 0
        self.spans = []

    def t(self, s):
        s = str(s)
        self.buf.append(s)
        self.n += len(s.encode("utf-8"))

    def p(self, s, cat):
        s = str(s)
        if cat is None:
            return self.t(s)
        b = len(s.encode("utf-8"))
        self.spans.append((self.n, self.n + b, cat, s))
        self.buf.append(s)
        self.n += b

    def add(self, x):
        if isinstance(x, P):
            self.p(x.v, x.cat)
        elif isinstance(x, (list, tuple)):
            for y in x:
                self.add(y)
        elif x is None:
            pass
        else:
            self.t(x)

    @property
    def text(self):
        return "".join(self.buf)


class Cat(list):
    """Parts that together form one JSON string value."""


def L(fam, *parts):
    ln = Line(fam)
    for x in parts:
        ln.add(x)
    return ln


def J(obj, sep=(",", ":")):
    """JSON serializer returning builder parts; P values become spans."""
    out = []

    def emit(v):
        if isinstance(v, P):
            if v.raw:
                out.append(v)
            else:
                enc = json.dumps(v.v, ensure_ascii=False)
                assert enc[1:-1] == v.v, v.v
                out.extend(['"', v, '"'])
        elif isinstance(v, Cat):
            out.append('"')
            for x in v:
                xs = x.v if isinstance(x, P) else x
                assert json.dumps(xs, ensure_ascii=False)[1:-1] == xs, xs
                out.append(x)
            out.append('"')
        elif isinstance(v, dict):
            out.append("{")
            for i, (k, val) in enumerate(v.items()):
                if i:
                    out.append(sep[0])
                out.append(json.dumps(k) + sep[1])
                emit(val)
            out.append("}")
        elif isinstance(v, list):
            out.append("[")
            for i, val in enumerate(v):
                if i:
                    out.append(sep[0])
                emit(val)
            out.append("]")
        else:
            out.append(json.dumps(v, ensure_ascii=False))
    emit(obj)
    return out


def maybe(v, cat, cond):
    return P(v, cat) if cond else str(v)

# ----------------------------------------------------------------------------
# clock and formatting
# ----------------------------------------------------------------------------


CLOCK = [dt.datetime(2024, 3, 14, 5, 41, 7, 113000)]
REF = dt.date(2024, 3, 14)


def tick(lo=2, hi=70):
    CLOCK[0] += dt.timedelta(seconds=R.randint(lo, hi), milliseconds=R.randint(0, 999))
    return CLOCK[0]


def ms(t):
    return f"{t.microsecond // 1000:03d}"


def ts_comma(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + ms(t)


def ts_dot(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + ms(t)


def ts_isoz(t):
    u = t + dt.timedelta(hours=4)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + ms(u) + "Z"


def ts_isooff(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms(t) + "-04:00"


def ts_win(t):
    h = t.hour % 12 or 12
    return f"{t.month}/{t.day}/{t.year} {h}:{t:%M:%S} {'AM' if t.hour < 12 else 'PM'}"


def ts_clf(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S -0400")


def fdate(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "usn":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "dmy":
        return d.strftime("%d.%m.%Y")
    if style == "mon":
        return d.strftime("%d-%b-%Y").upper()
    if style == "long":
        return f"{d:%B} {d.day}, {d.year}"
    if style == "us2":
        return d.strftime("%m/%d/%y")
    raise ValueError(style)


def fphone(d, style=None):
    style = style if style is not None else R.randrange(6)
    a, b, c = d[:3], d[3:6], d[6:]
    return [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}{b}{c}", f"+1 {a} {b} {c}",
            f"{a}.{b}.{c}", f"({a}){b}-{c}"][style]


def rdig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def guid():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:32]}"


def luhn_complete(prefix, length):
    digits = prefix + rdig(length - len(prefix) - 1)
    s = 0
    for i, ch in enumerate(reversed(digits)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return digits + str((10 - s % 10) % 10)


def mk_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mk_mbi():
    an = MBI_L + "0123456789"
    return (str(R.randint(1, 9)) + R.choice(MBI_L) + R.choice(an) + str(R.randint(0, 9)) +
            R.choice(MBI_L) + R.choice(an) + str(R.randint(0, 9)) + R.choice(MBI_L) +
            R.choice(MBI_L) + str(R.randint(0, 9)) + str(R.randint(0, 9)))


VIN_T = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7,
         "H": 8, "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4,
         "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def mk_vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(R.choice(["1G4", "1HG", "2T1", "1FA", "5NP", "JTD", "3VW"]) +
             "".join(R.choice(chars) for _ in range(5)) + "0" + R.choice("EFGHJ") +
             R.choice(chars) + rdig(6))
    s = sum(VIN_T[c] * w for c, w in zip(v, VIN_W))
    v[8] = "X" if s % 11 == 10 else str(s % 11)
    return "".join(v)


def pub_ip():
    return f"{R.choice([24, 67, 68, 71, 73, 74, 75, 76, 98, 99, 107, 108, 173, 174, 184])}." \
           f"{R.randint(1, 254)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def priv_ip():
    return f"10.{R.choice([14, 14, 22, 40])}.{R.randint(1, 12)}.{R.randint(2, 250)}"


def mk_mac():
    return ":".join(f"{R.randint(0, 255):02X}" for _ in range(6))


def b64_photo():
    head = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00"
    body = bytes(R.randint(0, 255) for _ in range(R.choice([99, 114, 129])))
    return base64.b64encode(head + body).decode()


def b64_template():
    body = b"PVT2" + bytes(R.randint(0, 255) for _ in range(R.choice([45, 54, 60])))
    return base64.b64encode(body).decode()

# ----------------------------------------------------------------------------
# people
# ----------------------------------------------------------------------------


FIRST_F = ["Teresa", "Mei-Ling", "Siobhan", "Aaliyah", "Guadalupe", "Ingrid", "Fatima", "Hodan",
           "Yuki", "Priya", "Marguerite", "Olga", "Nkechi", "Rosa María", "Dagmar", "Leilani",
           "Zofia", "Beatriz", "Agnieszka", "Thi Hoa", "Bernadette", "Esperanza", "Gisèle",
           "Ifeoma", "Annelise", "Rukhsana", "Constance", "Wilhelmina"]
FIRST_M = ["Hiroshi", "José", "Dmitri", "Andrzej", "Kwame", "Tomás", "Rajesh", "Seamus",
           "Abdullahi", "Giuseppe", "Bjørn", "Chukwuemeka", "Wen", "Mateo", "Ibrahim", "Lars",
           "Ezekiel", "Van Thanh", "Reginald", "Jean-Baptiste", "Kofi", "Arturo", "Stanisław",
           "Elijah", "Haruto", "Ömer", "Dashiell", "Anand", "Clarence"]
LAST = ["Kowalczyk", "Nakamura", "de la Cruz", "O'Connor", "van der Berg", "Okafor", "Haddad",
        "García-Márquez", "McAllister", "Nguyen", "Papadopoulos", "Ben-David", "St. John",
        "Øvergaard", "Müller", "Abdi", "Castellanos", "Fitzgerald-Hughes", "Yilmaz", "Mensah",
        "Dubois", "Ramírez", "Kaur", "Takahashi", "Van Houten", "Al-Masri", "Oyelaran", "Szabó",
        "MacLeod", "Wójcik", "D'Angelo", "Iwu", "Petrov", "Chaudhry", "LeBlanc", "Achterberg",
        "Nwachukwu", "Hernández Ruiz", "Lindgren", "Bouchard"]
REL_F = ["Marisol", "Keiko", "Leila", "Ana Lucía", "Hannelore", "Sunita", "Nadia", "Chiamaka", "Mary-Kate"]
REL_M = ["Marek", "Tunde", "Colm", "Dariusz", "Bashir", "Jamal", "Pieter", "Callum", "Jean-Luc"]
STREETS = ["Birchwood Ave", "Pearl Rd", "W 117th St", "Chagrin Ridge Ct", "Lake Shore Blvd",
           "Detroit Ave", "Mayfield Rd", "Ridge Rd", "Royalton Rd", "Center Ridge Rd",
           "Som Center Rd", "Warrensville Center Rd", "E 185th St", "Snow Rd", "Fulton Pkwy",
           "Cedar Point Rd", "Hilliard Blvd", "Fairmount Blvd", "Avon Belden Rd",
           "Chestnut Commons Dr", "Chapelside Dr", "Orchard Hill Dr", "Bagley Rd", "Wooster Pike"]
CITIES = [("Parma", "OH", "44134", "Cuyahoga"), ("Lakewood", "OH", "44107", "Cuyahoga"),
          ("Euclid", "OH", "44123", "Cuyahoga"), ("Strongsville", "OH", "44136", "Cuyahoga"),
          ("Mentor", "OH", "44060", "Lake"), ("Elyria", "OH", "44035", "Lorain"),
          ("Akron", "OH", "44310", "Summit"), ("Medina", "OH", "44256", "Medina"),
          ("Sandusky", "OH", "44870", "Erie"), ("Erie", "PA", "16502", "Erie"),
          ("Cleveland Heights", "OH", "44118", "Cuyahoga"), ("Westlake", "OH", "44145", "Cuyahoga"),
          ("Solon", "OH", "44139", "Cuyahoga"), ("Lorain", "OH", "44052", "Lorain"),
          ("Painesville", "OH", "44077", "Lake"), ("Lyndhurst", "OH", "44124", "Cuyahoga"),
          ("North Olmsted", "OH", "44070", "Cuyahoga"), ("Ashtabula", "OH", "44004", "Ashtabula"),
          ("Wadsworth", "OH", "44281", "Medina"), ("Chardon", "OH", "44024", "Geauga")]
AREA = ["216", "440", "330", "419", "814", "234"]
MAILDOM = ["gmail.com", "yahoo.com", "aol.com", "outlook.com", "sbcglobal.net", "icloud.com",
           "windstream.net", "hotmail.com"]

USED = set()


def uniq(fn):
    while True:
        v = fn()
        if v not in USED:
            USED.add(v)
            return v


def ascii_fold(s):
    src, dst = "áéíóúñçèêëüöøåäłśźżÁÉÍÓÚÑÇÈÖÜØÅÄŁŚ", "aeiounceeeuooaalszzAEIOUNCEOUOAALS"
    assert len(src) == len(dst)
    return s.translate(str.maketrans(src, dst))


class Person:
    pass


def mk_person(i):
    p = Person()
    p.sex = R.choice("MF")
    p.first = R.choice(FIRST_F if p.sex == "F" else FIRST_M)
    p.last = LAST[i % len(LAST)]
    p.mi = R.choice("ABCDEFGHJKLMNPRSTW")
    old = R.random() < 0.38
    y = R.randint(1926, 1933) if old else R.randint(1937, 1971)
    p.dob = dt.date(y, R.randint(1, 12), R.randint(1, 28))
    p.age = REF.year - p.dob.year - ((REF.month, REF.day) < (p.dob.month, p.dob.day))
    p.mrn = uniq(lambda: str(R.randint(10100000, 19899999)))
    p.case = uniq(lambda: f"CL24-{R.randint(7100, 9899):06d}")
    p.acc = uniq(lambda: f"CV240314{R.randint(0, 99999):05d}")
    p.csn = uniq(lambda: "55" + rdig(8))
    p.appt = uniq(lambda: str(R.randint(4400000, 4499999)))
    p.har = uniq(lambda: "44" + rdig(8))
    p.ncdr = uniq(lambda: str(R.randint(10900000, 11999999)))
    p.ssn = mk_ssn()
    p.medicare = p.age >= 65 or R.random() < 0.1
    p.plan = mk_mbi() if p.medicare else R.choice(["XEH", "YPB", "ZGN", "W"]) + rdig(9)
    p.payer = "MEDICARE PART A/B" if p.medicare else R.choice(
        ["ANTHEM BCBS OH", "MEDICAL MUTUAL OF OHIO", "AETNA PPO", "UNITEDHEALTHCARE"])
    c = R.choice(CITIES)
    p.street = f"{R.randint(3, 29999)} {R.choice(STREETS)}" + R.choice(
        ["", "", "", f" Apt {R.randint(1, 12)}{R.choice('ABCD')}", f" Unit {R.randint(100, 1800)}"])
    p.city, p.state, p.zip, p.county = c
    p.zip4 = p.zip + "-" + rdig(4)
    p.phone = R.choice(AREA) + str(R.randint(2, 9)) + rdig(2) + rdig(4)
    p.cell = R.choice(AREA) + str(R.randint(2, 9)) + rdig(2) + rdig(4)
    base = ascii_fold((p.first.split()[0] + "." + p.last.replace(" ", "").replace("'", "")).lower())
    p.email = R.choice([base, base + str(p.dob.year % 100), ascii_fold(p.first[0].lower()) +
                        ascii_fold(p.last.replace(" ", "").replace("'", "").lower()) +
                        str(R.randint(1, 99))]) + "@" + R.choice(MAILDOM)
    p.user = ascii_fold(p.first[0].lower() + "." + p.last.replace(" ", "").replace("'", "").lower()) + str(p.dob.year % 100)
    rel_sex = R.choice("MF")
    p.rel_first = R.choice(REL_F if rel_sex == "F" else REL_M)
    p.rel_last = p.last if R.random() < 0.7 else R.choice(LAST)
    p.rel_role = R.choice({"F": ["daughter", "niece", "sister", "neighbor", "spouse"],
                           "M": ["son", "nephew", "brother", "neighbor", "spouse"]}[rel_sex])
    if p.rel_role == "spouse":
        p.rel_role = "wife" if rel_sex == "F" else "husband"
    p.rel_phone = R.choice(AREA) + str(R.randint(2, 9)) + rdig(2) + rdig(4)
    p.fax = R.choice(AREA) + str(R.randint(2, 9)) + rdig(2) + rdig(4)
    p.dl = R.choice("ABCDEFGHJKLMNPRST") + R.choice("ABCDEFGHJKLMNPRST") + rdig(6) if p.state == "OH" else rdig(8)
    # implanted rhythm device
    v = R.randrange(4)
    if v == 0:
        p.vendor, p.model = "Medtronic", R.choice(["Azure XT DR MRI W1DR01", "Cobalt XT DR DDPB3D4", "Micra AV2 MC2AVR1"])
        p.dev_sn = uniq(lambda: R.choice(["RNB", "PZT", "BLF"]) + rdig(6) + R.choice("SGH"))
        p.mon_sn = uniq(lambda: "RLE" + rdig(7) + "N")
        p.mon_model = "MyCareLink Smart 25000"
    elif v == 1:
        p.vendor, p.model = "Boston Scientific", R.choice(["ACCOLADE MRI L331", "RESONATE EL ICD D433", "VIGILANT X4 CRT-D G247"])
        p.dev_sn = uniq(lambda: rdig(6))
        p.mon_sn = uniq(lambda: rdig(6))
        p.mon_model = "LATITUDE Communicator 6290"
    elif v == 2:
        p.vendor, p.model = "Abbott", R.choice(["Assurity MRI PM2272", "Gallant HF CDHFA500Q", "Aveir DR LSP201A"])
        p.dev_sn = uniq(lambda: str(R.randint(2, 9)) + rdig(6))
        p.mon_sn = uniq(lambda: "MH" + rdig(8))
        p.mon_model = "Merlin@home EX1150"
    else:
        p.vendor, p.model = "BIOTRONIK", R.choice(["Edora 8 DR-T", "Rivacor 7 VR-T", "Amvia Sky DR-T"])
        p.dev_sn = uniq(lambda: "6" + rdig(7))
        p.mon_sn = uniq(lambda: rdig(9))
        p.mon_model = "CardioMessenger Smart"
    p.lead_sn = uniq(lambda: R.choice(["PJN", "LFK", "BBL"]) + rdig(7) + R.choice(["V", "", ""]))
    p.mon_mac = mk_mac()
    p.ip = pub_ip()
    p.vendor_pid = uniq(lambda: R.choice(["CL", "LT", "MN", "HM"]) + rdig(7))
    # transcatheter valve
    if R.random() < 0.5:
        p.valve = ("Edwards SAPIEN 3 Ultra RESILIA", "9755RSL" + R.choice(["20", "23", "26", "29"]), "00690103" + rdig(6))
        p.valve_sn = uniq(lambda: rdig(7))
    else:
        p.valve = ("Medtronic Evolut FX+", "EVFXP-" + R.choice(["23", "26", "29", "34"]), "00763000" + rdig(6))
        p.valve_sn = uniq(lambda: R.choice(["VNB", "VNC"]) + rdig(5) + "R")
    p.valve_lot = R.choice(["", "B"]) + rdig(7)
    p.sched = dt.datetime(2024, R.choice([3, 3, 4]), R.randint(15, 29), R.choice([7, 7, 8, 9, 10, 12, 13]), R.choice([0, 30]))
    p.arrival = dt.datetime(2024, 3, R.choice([13, 14, 14]), R.randint(5, 8), R.choice([5, 12, 40, 45]))
    p.disch = REF + dt.timedelta(days=R.randint(1, 5))
    p.height = R.randint(150, 190)
    p.weight = R.randint(51, 121)
    return p


PEOPLE = [mk_person(i) for i in range(40)]
OLD = [p for p in PEOPLE if p.age > 89]


def pick(old_bias=0.0):
    if OLD and R.random() < old_bias:
        return R.choice(OLD)
    return R.choice(PEOPLE)


def nm(p, style):
    if style == "first_last":
        return f"{p.first} {p.last}"
    if style == "last_first":
        return f"{p.last}, {p.first}"
    if style == "LAST_FIRST":
        return f"{p.last.upper()}, {p.first.upper()}"
    if style == "LAST_FIRST_MI":
        return f"{p.last.upper()}, {p.first.upper()} {p.mi}"
    if style == "hl7":
        return f"{p.last.upper()}^{p.first.upper()}^{p.mi}"
    if style == "dicom":
        return f"{ascii_fold(p.last).upper()}^{ascii_fold(p.first).upper()}"
    if style == "init":
        return f"{p.first[0]}. {p.last}"
    if style == "lower":
        return f"{p.first.lower()} {p.last.lower()}"
    if style == "caps":
        return f"{p.first.upper()} {p.last.upper()}"
    raise ValueError(style)


def rel_name(p):
    return f"{p.rel_first} {p.rel_last}"


def age_p(p):
    return P(p.age, "age") if p.age > 89 else str(p.age)


def honor(p):
    return "Mrs. " if p.sex == "F" else "Mr. "


def pron(p):
    return ("woman", "she", "her") if p.sex == "F" else ("man", "he", "his")


# staff / business data (not labeled)
DOCS = [("Patel", "Anika", "1447823901"), ("Moreno", "Rafael", "1730291845"),
        ("Oduya", "Catherine", "1285746630"), ("Brennan", "Liam", "1902837465"),
        ("Whitfield", "Samuel", "1366104728"), ("Sørensen", "Kirsten", "1518093377")]
STAFF = ["mferreira", "kabernathy", "jlindqvist", "dkessler", "prao", "tbui", "cokonkwo"]
STAFF_FULL = ["M. Ferreira RN", "K. Abernathy CVT", "J. Lindqvist RT(R)", "Donna Kessler RN",
              "Priyanka Rao CCDS", "T. Bui RCIS", "C. Okonkwo RN"]
ROOMS = ["CATH1", "CATH2", "CATH3", "EP1", "HYB-1"]
HOSP = "St. Mark's Regional Heart Institute"
HOSP_ADDR = "2200 Lakeshore Medical Pkwy, Cleveland, OH 44113"
HOSP_PHONE = "(216) 844-7100"
HOSP_FAX = "(216) 844-7199"
CLINIC_PHONE = "216-844-7260"
HOSTS = ["CVLAPP01", "CVLAPP02", "CVLSQL01", "CATH3-ACQ", "CATH2-REV", "CVL-INV01", "DEVCLIN01"]


def doc():
    return R.choice(DOCS)

# ----------------------------------------------------------------------------
# family: Mac-Lab-like hemodynamic recording log (pipe)
# ----------------------------------------------------------------------------


MACLAB_PID = [4412]


def ml_pre(lvl, comp, t=None):
    t = t or tick(1, 25)
    return f"{t:%m/%d/%Y %H:%M:%S}.{ms(t)}|MLCS|{MACLAB_PID[0]}|{lvl}|{comp}|"


def ml_noise():
    k = R.randrange(11)
    room = R.choice(ROOMS[:3])
    if k == 0:
        site = R.choice(["AO", "LV", "RA", "RV", "PA", "PCW"])
        s, d = R.randint(18, 160), R.randint(2, 80)
        return L("maclab", ml_pre("INFO", "ProcLog"), f"t={R.randint(0, 1):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d} site={site} p={s}/{d}/{(s + 2 * d) // 3} HR={R.randint(52, 104)} SpO2={R.randint(89, 99)} note=\"{site} pressure recorded\"")
    if k == 1:
        return L("maclab", ml_pre("INFO", "Amp"), f"ZeroCal transducer=P{R.randint(1, 4)} offset={R.choice(['-', ''])}{R.randint(0, 9) / 10:.1f} mmHg result=OK module=AMP-{R.randint(1, 2)} fw=4.2.{R.randint(0, 3)}")
    if k == 2:
        co = R.randint(32, 71) / 10
        return L("maclab", ml_pre("INFO", "HemoCalc"), f"Fick CO={co:.1f} L/min CI={co / 1.9:.2f} L/min/m2 VO2=125 mL/min/m2 (assumed) Hb={R.randint(95, 148) / 10:.1f} g/dL SaO2={R.randint(92, 99)}% SvO2={R.randint(55, 74)}%")
    if k == 3:
        return L("maclab", ml_pre("INFO", "Meds"), f"Heparin {R.choice([3000, 5000, 7000])} units IV given by {R.choice(STAFF_FULL)} (room {room})")
    if k == 4:
        return L("maclab", ml_pre("INFO", "Lab"), f"ACT result {R.randint(180, 340)} sec analyzer=Hemochron Signature Elite SN HS{rdig(5)} cartridge lot J{rdig(4)}")
    if k == 5:
        pk = R.randint(20, 75)
        return L("maclab", ml_pre("INFO", "HemoCalc"), f"Gradient LV-AO peak-to-peak={pk} mmHg mean={pk - R.randint(3, 9)} mmHg AVA(Gorlin)={R.randint(45, 95) / 100:.2f} cm2 AVA(Hakki)={R.randint(45, 95) / 100:.2f} cm2")
    if k == 6:
        return L("maclab", ml_pre("WARN", "Amp"), f"ECG lead V{R.randint(1, 6)} impedance high ({R.randint(21, 60)} kOhm); check electrode")
    if k == 7:
        return L("maclab", ml_pre("INFO", "CaseTimer"), f"room={room} event={R.choice(['SheathIn', 'ProcStart', 'FirstCine', 'SheathOut', 'ProcEnd', 'PtOutOfRoom'])} elapsed={R.randint(1, 140)} min")
    if k == 8:
        return L("maclab", ml_pre("INFO", "Inventory"), f"charged item='{R.choice(['Glidesheath Slender 6F', 'Runthrough NS 0.014 190cm', 'JL4 6F diagnostic', 'TR Band regular', 'Emerald 0.035 J 150cm'])}' qty=1 bin=CATH-B{R.randint(1, 4)}-{R.randint(1, 20):02d}")
    if k == 9:
        return L("maclab", ml_pre("DEBUG", "Export"), f"DICOM waveform export job={R.randint(20000, 29999)} objects={R.randint(1, 40)} dest=CVPACS@{priv_ip()}:104 status=SUCCESS {R.randint(200, 3000)}ms")
    return L("maclab", ml_pre("INFO", "System"), f"Disk D: free {R.randint(120, 900)} GB; archive queue {R.randint(0, 12)}; uptime {R.randint(1, 40)}d{R.randint(0, 23)}h")


def ml_phi():
    p = pick(0.3)
    room = R.choice(ROOMS[:3])
    out = [L("maclab", ml_pre("INFO", "ADTLink"), 'Study opened Patient="', P(nm(p, "LAST_FIRST_MI"), "name"),
             '" PID=', P(p.mrn, "mrn"), " DOB=", P(fdate(p.dob, "us"), "date"), f" Sex={p.sex} Acc=",
             P(p.acc, "other_id"), " Case=", P(p.case, "other_id"), f" Room={room}")]
    bsa = ((p.height * p.weight) / 3600) ** 0.5
    out.append(L("maclab", ml_pre("INFO", "HemoCalc"), "Demographics Age=", age_p(p),
                 f" Ht={p.height} cm Wt={p.weight} kg BSA={bsa:.2f} m2 (Mosteller)"))
    for _ in range(R.randint(1, 3)):
        out.append(ml_noise())
    if R.random() < 0.5:
        out.append(L("maclab", ml_pre("INFO", "ProcLog"), f"Note: pt c/o chest pressure {R.randint(3, 7)}/10, NTG 200 mcg IC; {p.rel_role} ",
                     P(rel_name(p), "name"), " updated at ", P(fphone(p.rel_phone), "phone"), f" by {R.choice(STAFF_FULL)}"))
    out.append(L("maclab", ml_pre("INFO", "ADTLink"), "Study closed Case=", P(p.case, "other_id"),
                 f" duration={R.randint(25, 140)}min cine_runs={R.randint(6, 30)} fluoro={R.randint(30, 400) / 10:.1f}min; PACS export queued"))
    return out

# ----------------------------------------------------------------------------
# family: Xper-like hemo / IM log (log4j style)
# ----------------------------------------------------------------------------


def xp_pre(lvl, thread, logger):
    t = tick(1, 30)
    return f"[{ts_comma(t)}] {lvl:<5} [{thread}] {logger} - "


def xp_noise():
    k = R.randrange(8)
    if k == 0:
        ch = R.choice(["P1 (AO)", "P2 (RA)", "P3 (LV)", "P4 (PA)"])
        return L("xper", xp_pre("INFO", f"HemoAcq-{R.randint(1, 4)}", "Xper.Hemo.ChannelManager"), f"Channel {ch} zeroed, offset {R.randint(-9, 9) / 10:.1f} mmHg")
    if k == 1:
        return L("xper", xp_pre("INFO", "RecCtl", "Xper.Hemo.Recorder"), f"Recording started run={R.randint(1, 40)} sweep={R.choice([25, 50, 100])} mm/s channels=ECG-II,ECG-V5,P1,P3")
    if k == 2:
        return L("xper", xp_pre("DEBUG", "BufWriter", "Xper.Hemo.WaveformStore"), f"flushed {R.choice([4096, 8192, 16384])} samples to segment {hexs(8)}.wfm ({R.randint(10, 99)} KB)")
    if k == 3:
        return L("xper", xp_pre("INFO", "pool-3-thread-2", "Xper.IM.DicomSender"), f"C-STORE to CVPACS ({priv_ip()}:104) completed: {R.randint(1, 60)} instances, 0 failures, {R.randint(300, 9000)} ms")
    if k == 4:
        return L("xper", xp_pre("INFO", "main", "Xper.Licensing"), f"License check OK: XperFlex Cardio R2.{R.randint(0, 4)} seats={R.randint(4, 16)} expires 2025-06-30")
    if k == 5:
        return L("xper", xp_pre("WARN", "NTP", "Xper.Sys.TimeSync"), f"clock drift {R.randint(120, 950)} ms vs ntp1.stmark.local, resync scheduled")
    if k == 6:
        return L("xper", xp_pre("ERROR", "WL-Poll", "Xper.IM.WorklistQuery"), f"C-FIND to RIS-MWL ({priv_ip()}:4006) timed out after 30000 ms (attempt {R.randint(1, 3)}/3)")
    return L("xper", xp_pre("INFO", "HemoAcq-1", "Xper.Hemo.ArrhythmiaDetector"), f"PVC count={R.randint(0, 30)} last 60s; HR {R.randint(55, 110)} bpm; no alarm")


def xp_phi():
    p = pick(0.2)
    k = R.randrange(3)
    if k == 0:
        return [L("xper", xp_pre("INFO", "UI", "Xper.Hemo.PatientContext"), "Loaded patient '", P(nm(p, "dicom"), "name"),
                  "' id=", P(p.mrn, "mrn"), " birth=", P(fdate(p.dob, "hl7"), "date"), f" sex={p.sex} accession=", P(p.acc, "other_id")), xp_noise()]
    if k == 1:
        return [L("xper", xp_pre("INFO", "WL-Poll", "Xper.IM.WorklistQuery"), "MWL returned 1 item(s): [", P(nm(p, "hl7"), "name"), ", ",
                  P(p.mrn, "mrn"), ", ", P(fdate(p.dob, "iso"), "date"), ", ", R.choice(["LHC", "RHC/LHC", "PCI", "TAVR", "BAV"]), ", sched ",
                  P(p.sched.strftime("%Y-%m-%d %H:%M"), "date"), "]")]
    return [L("xper", xp_pre("WARN", "UI", "Xper.Hemo.PatientContext"), "Demographic mismatch for accession ", P(p.acc, "other_id"),
              ": MWL name '", P(nm(p, "dicom"), "name"), "' vs local '", P(ascii_fold(p.last).upper() + "^" + ascii_fold(p.first).upper()[0], "name"),
              "'; operator override by ", R.choice(STAFF))]

# ----------------------------------------------------------------------------
# family: NCDR CathPCI v5 XML submission (pretty printed, one element a line)
# ----------------------------------------------------------------------------


def el(code, disp, vtype, value, cat=None, indent="      "):
    return L("ncdr_xml", f'{indent}<element code="{code}" displayName="{disp}"><value xsi:type="{vtype}" value="',
             P(value, cat) if cat else value, '"/></element>')


def ncdr_noise():
    k = R.randrange(6)
    if k == 0:
        return L("ncdr_xml", f'      <element code="{R.choice([4001, 4030, 4130, 4150])}" displayName="{R.choice(["Hypertension", "Dyslipidemia", "Prior MI", "Current/Recent Smoker"])}"><value xsi:type="BL" value="{R.choice(["true", "false"])}"/></element>')
    if k == 1:
        code, disp, unit, lo, hi = R.choice([(6030, "Hemoglobin", "g/dL", 80, 160), (6050, "Creatinine", "mg/dL", 6, 30), (6090, "Troponin I", "ng/mL", 0, 90)])
        return L("ncdr_xml", f'      <element code="{code}" displayName="{disp}"><value xsi:type="PQ" value="{R.randint(lo, hi) / 10}" unit="{unit}"/></element>')
    if k == 2:
        return L("ncdr_xml", f'      <element code="7400" displayName="Contrast Volume"><value xsi:type="PQ" value="{R.randint(40, 260)}" unit="mL"/></element>')
    if k == 3:
        return L("ncdr_xml", f'      <element code="7210" displayName="Cumulative Air Kerma"><value xsi:type="PQ" value="{R.randint(150, 5200)}" unit="mGy"/></element>')
    if k == 4:
        code, disp = R.choice([("HISTORY", "History and Risk Factors"), ("PROCLAB", "Cath Lab Visit"), ("LESIONS", "Lesions and Devices"), ("DISCHARGE", "Discharge")])
        return L("ncdr_xml", f'    <section code="{code}" displayName="{disp}">')
    return L("ncdr_xml", '    </section>')


def ncdr_phi():
    p = pick(0.2)
    out = []
    if R.random() < 0.4:
        out.append(L("ncdr_xml", '<?xml version="1.0" encoding="UTF-8"?>'))
        out.append(L("ncdr_xml", f'<submission xmlns="urn:ncdr:cathpci:5.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" registryId="ACC-NCDR-CathPCI-5.0" participantId="260417" timeFrame="2024Q1" vendorId="SMRHI-CVIS" softwareVersion="5.0.3.1184">'))
    out.append(L("ncdr_xml", '  <patient ncdrPatientId="', P(p.ncdr, "other_id"), '">'))
    out.append(L("ncdr_xml", '    <section code="DEMOGRAPHICS" displayName="Demographics">'))
    out.append(el(2000, "Last Name", "LN", p.last.upper(), "name"))
    out.append(el(2010, "First Name", "FN", p.first.upper(), "name"))
    if R.random() < 0.5:
        out.append(el(2020, "Middle Name", "MN", p.mi, "name"))
    if R.random() < 0.7:
        out.append(el(2030, "SSN", "ST", p.ssn.replace("-", ""), "ssn"))
    else:
        out.append(el(2031, "SSN N/A", "BL", "true"))
    out.append(el(2045, "Other ID", "ST", p.mrn, "mrn"))
    out.append(el(2050, "Birth Date", "DT", fdate(p.dob, "iso"), "date"))
    out.append(L("ncdr_xml", f'      <element code="2060" displayName="Sex"><value xsi:type="CD" code="{p.sex}" codeSystem="2.16.840.1.113883.5.1"/></element>'))
    out.append(el(2065, "Patient Zip Code", "ST", p.zip, "zip"))
    if p.medicare and R.random() < 0.6:
        out.append(el(3005, "Health Insurance Claim Number (HIC)", "ST", p.plan, "health_plan"))
    out.append(L("ncdr_xml", '    </section>'))
    out.append(el(3001, "Arrival Date/Time", "TS", p.arrival.strftime("%Y-%m-%dT%H:%M:00"), "date"))
    for _ in range(R.randint(1, 3)):
        out.append(ncdr_noise())
    if R.random() < 0.6:
        out.append(el(10100, "Discharge Date/Time", "TS", p.disch.strftime("%Y-%m-%dT") + f"{R.randint(10, 17)}:{R.choice(['00', '15', '30', '45'])}:00", "date"))
    out.append(L("ncdr_xml", '  </patient>'))
    return out


def ncdr_dqr():
    p = pick()
    return [L("ncdr_dqr", f"DQR {R.choice(['2024Q1', '2023Q4'])} participant=260417 record={R.randint(1, 300)} ncdrPatientId=", P(p.ncdr, "other_id"),
              f" severity={R.choice(['ERROR', 'WARNING'])} element=2050 msg=\"Birth Date ", P(fdate(p.dob, "iso"), "date"),
              " makes age at arrival ", age_p(p), " (check)\"")]


def ncdr_dqr_noise():
    return L("ncdr_dqr", f"DQR {R.choice(['2024Q1', '2023Q4'])} participant=260417 summary records={R.randint(120, 310)} errors={R.randint(0, 9)} warnings={R.randint(0, 40)} completeness={R.randint(940, 1000) / 10}% status={R.choice(['ACCEPTED', 'PENDING', 'ACCEPTED'])} file=CathPCI_260417_2024Q1_{rdig(6)}.xml")

# ----------------------------------------------------------------------------
# family: TVT registry CSV (headered) and follow-up CSV (semicolon)
# ----------------------------------------------------------------------------


TVT_HDR = "ParticipantID,NCDRPatientID,OtherID,LastName,FirstName,MidName,SSN,SSNNA,DOB,Sex,ZipCode,ArrivalDate,ProcedureDate,DischargeDate,AgeAtProc,STSPROM,ValveModel,ValveSize,ValveSerialNumber,AccessSite,DischargeStatus"


def tvt_phi():
    out = []
    if R.random() < 0.5:
        out.append(L("tvt_csv", TVT_HDR))
    for _ in range(R.randint(1, 3)):
        p = pick(0.6)
        ssn = R.random() < 0.6
        row = ["260417,", P(p.ncdr, "other_id"), ",", P(p.mrn, "mrn"), ",", P(p.last, "name"), ",", P(p.first, "name"), ",",
               P(p.mi, "name"), ",", P(p.ssn, "ssn") if ssn else "", ",", "N" if ssn else "Y", ",",
               P(fdate(p.dob, "us"), "date"), f",{p.sex},", P(p.zip, "zip"), ",", P(fdate(p.arrival.date(), "us"), "date"), ",",
               P(fdate(REF, "us"), "date"), ",", P(fdate(p.disch, "us"), "date"), ",", age_p(p),
               f",{R.randint(15, 120) / 10:.1f},{p.valve[1]},{p.valve[1][-2:]},", P(p.valve_sn, "device"),
               f",{R.choice(['Transfemoral', 'Transfemoral', 'Subclavian/Axillary', 'Transcarotid'])},{R.choice(['Alive', 'Alive', 'Alive', 'Deceased'])}"]
        out.append(L("tvt_csv", *row))
    return out


def tvt_fu_phi():
    out = []
    if R.random() < 0.5:
        out.append(L("tvt_fu_csv", "ncdr_pt_id;tvt_fu_date;fu_method;fu_status;kccq12_overall;nyha;contact_note"))
    p = pick(0.5)
    note = R.choice([["left VM at ", P(fphone(p.phone), "phone")],
                      ["KCCQ faxed back by patient from ", P(fphone(p.fax, 0), "fax")],
                      [f"{p.rel_role} ", P(rel_name(p), "name"), " answered"],
                      ["no answer"]])
    out.append(L("tvt_fu_csv", P(p.ncdr, "other_id"), ";", P(fdate(REF + dt.timedelta(days=R.randint(-40, -25)), "iso"), "date"),
                 f";{R.choice(['Phone', 'Office Visit', 'Letter'])};{R.choice(['Alive', 'Alive', 'Lost to FU'])};{R.randint(20, 100)};{R.choice(['I', 'II', 'III'])};", note))
    return out


def tvt_noise():
    return L("tvt_export", f"{ts_dot(tick())} INFO TvtExport: batch {R.randint(300, 399)} wrote {R.randint(8, 60)} rows to TVT_260417_2024Q1_{R.choice(['BASE', 'FU30', 'FU1Y'])}.csv sha256={hexs(16)}... ({R.randint(3, 90)} KB, {R.randint(40, 900)} ms)")

# ----------------------------------------------------------------------------
# family: implant inventory GS1 scans
# ----------------------------------------------------------------------------


STENTS = [("Resolute Onyx 3.0x18mm", "00643169007221"), ("XIENCE Skypoint 3.5x23mm", "08717648213418"),
          ("Synergy XD 2.75x16mm", "08714729961541"), ("Onyx Frontier 4.0x30mm", "00763000493125")]


def gs1_ts():
    return ts_isooff(tick(1, 40))


def gs1_noise():
    name, gtin = R.choice(STENTS)
    exp = dt.date(R.choice([2025, 2026]), R.randint(1, 12), 1)
    lot = rdig(10)
    sep = R.choice(["(01)%s(17)%s(10)%s", "01%s17%s10%s"])
    raw = sep % (gtin, exp.strftime("%y%m%d"), lot)
    k = R.randrange(3)
    if k == 0:
        return L("gs1_scan", f"{gs1_ts()} INV-SCAN ws=CVL-SUP-SCN0{R.randint(1, 3)} user={R.choice(STAFF)} action=RECEIVE raw=\"{raw}\" gtin={gtin} desc=\"{name}\" lot={lot} exp={exp} bin=CATH-B{R.randint(1, 4)}-{R.randint(1, 20):02d} onhand={R.randint(1, 12)} par={R.randint(4, 8)}")
    if k == 1:
        return L("gs1_scan", f"{gs1_ts()} INV-SCAN ws=CVL-SUP-SCN0{R.randint(1, 3)} action=EXPIRY_CHECK gtin={gtin} lot={lot} exp={exp} days_left={R.randint(5, 60)} flag=RELOCATE_FRONT")
    return L("gs1_scan", f"{gs1_ts()} INV-SCAN ws=CVL-SUP-SCN0{R.randint(1, 3)} action=DECODE_FAIL raw=\"]d2{rdig(12)}\" reason=\"GS1 check digit mismatch AI(01)\" retries={R.randint(1, 3)}")


def gs1_phi():
    p = pick(0.4)
    out = []
    room = R.choice(ROOMS)
    if R.random() < 0.5:
        name, gtin = R.choice(STENTS)
        exp = dt.date(R.choice([2025, 2026]), R.randint(1, 12), 1)
        lot = rdig(10)
        out.append(L("gs1_scan", f"{gs1_ts()} INV-SCAN ws={room}-SCN01 user={R.choice(STAFF)} action=IMPLANT raw=\"(01){gtin}(17){exp:%y%m%d}(10){lot}\" desc=\"{name}\" lot={lot} case=",
                     P(p.case, "other_id"), " mrn=", P(p.mrn, "mrn"), f" vessel={R.choice(['pLAD', 'mRCA', 'OM1', 'D1', 'pCx'])}"))
    vname, vmodel, vgtin = p.valve
    exp = dt.date(R.choice([2025, 2026, 2027]), R.randint(1, 12), 28)
    gs = R.choice(["<GS>", "\\x1d", "^]"])
    raw = f"]d201{vgtin}17{exp:%y%m%d}10{p.valve_lot}{gs}21{p.valve_sn}"
    out.append(L("gs1_scan", f"{gs1_ts()} INV-SCAN ws=HYB-1-SCN01 user={R.choice(STAFF)} action=IMPLANT raw=\"", P(raw, "device"),
                 f"\" gtin={vgtin} model={vmodel} lot={p.valve_lot} sn=", P(p.valve_sn, "device"), f" exp={exp} case=", P(p.case, "other_id"),
                 " pt=\"", P(nm(p, "last_first"), "name"), "\""))
    if R.random() < 0.4:
        out.append(L("gs1_scan", f"{gs1_ts()} INV-SYNC POST /api/v2/implant-log -> 201 id={guid()} caseRef=", P(p.case, "other_id"),
                     f" items={len(out)} udiRecorded=true epicIRL=queued"))
    return out

# ----------------------------------------------------------------------------
# family: DICOM XA dcmdump
# ----------------------------------------------------------------------------


def dd(tag, vr, val, length, name, cat=None, bracket=True):
    """dcmdump line; length is recomputed (even-padded) from the value."""
    v = P(val, cat) if cat else val
    n = len(str(val).encode("utf-8"))
    n += n % 2
    shown = len(f"[{val}]")
    pad = " " * max(1, 40 - shown)
    return L("dcmdump", f"({tag}) {vr} ", "[", v, "]", pad, f"# {n:>3}, 1 {name}")


def dd_parts(tag, vr, parts, n, name):
    shown = 2 + sum(len(x.v if isinstance(x, P) else x) for x in parts)
    n += n % 2
    return L("dcmdump", f"({tag}) {vr} [", parts, "]", " " * max(1, 40 - shown), f"# {n:>3}, 1 {name}")


def dcm_block():
    p = pick(0.3)
    out = []
    t = tick(5, 90)
    uid_root = "1.2.840.113619.2.55.3." + rdig(10) + "." + str(R.randint(100, 999)) + "." + str(int(t.timestamp()))
    if R.random() < 0.6:
        out.append(L("dcmdump", f"# Dicom-File-Format"))
        out.append(L("dcmdump", "# Dicom-Meta-Information-Header"))
        out.append(L("dcmdump", "# Used TransferSyntax: Little Endian Explicit"))
        out.append(dd("0002,0010", "UI", "1.2.840.10008.1.2.4.70", 22, "TransferSyntaxUID"))
    out.append(L("dcmdump", "# Dicom-Data-Set"))
    out.append(dd("0008,0016", "UI", "1.2.840.10008.5.1.4.1.1.12.1", 28, "SOPClassUID"))
    out.append(dd("0008,0020", "DA", p.arrival.strftime("%Y%m%d") if R.random() < 0.2 else "20240314", 8, "StudyDate", "date"))
    out.append(dd("0008,0030", "TM", t.strftime("%H%M%S"), 6, "StudyTime"))
    out.append(dd("0008,0050", "SH", p.acc, len(p.acc), "AccessionNumber", "other_id"))
    out.append(dd("0008,0060", "CS", "XA", 2, "Modality"))
    out.append(dd("0008,0080", "LO", "ST MARKS REGIONAL HEART", 24, "InstitutionName"))
    d = doc()
    out.append(dd("0008,0090", "PN", f"{d[0].upper()}^{d[1].upper()}", len(d[0]) + len(d[1]) + 1, "ReferringPhysicianName"))
    out.append(dd("0008,1010", "SH", R.choice(ROOMS[:3]) + "_AZURION", 14, "StationName"))
    pn = nm(p, "dicom")
    out.append(dd("0010,0010", "PN", pn, len(pn), "PatientName", "name"))
    out.append(dd("0010,0020", "LO", p.mrn, 8, "PatientID", "mrn"))
    out.append(dd("0010,0030", "DA", fdate(p.dob, "hl7"), 8, "PatientBirthDate", "date"))
    out.append(dd("0010,0040", "CS", p.sex, 2, "PatientSex"))
    if R.random() < 0.3:
        out.append(dd("0010,1000", "LO", "SMH" + p.mrn[2:], 9, "OtherPatientIDs", "mrn"))
    if R.random() < 0.7:
        a = f"{p.age:03d}"
        out.append(dd_parts("0010,1010", "AS", [P(a, "age") if p.age > 89 else a, "Y"], 4, "PatientAge"))
    out.append(dd("0010,1030", "DS", str(p.weight), len(str(p.weight)), "PatientWeight"))
    if R.random() < 0.25:
        addr = f"{p.street}^^{p.city}^{p.state}^{p.zip}"
        out.append(dd_parts("0010,1040", "LO", [P(f"{p.street}^^{p.city}", "address"), f"^{p.state}^", P(p.zip, "zip")], len(addr.encode()), "PatientAddress"))
    if R.random() < 0.2:
        ph = fphone(p.phone, 1)
        out.append(dd("0010,2154", "SH", ph, len(ph), "PatientTelephoneNumbers", "phone"))
    out.append(dd("0018,0060", "DS", str(R.randint(68, 110)), 2, "KVP"))
    out.append(dd("0018,1000", "LO", "XCT" + rdig(6), 9, "DeviceSerialNumber"))
    out.append(dd("0018,1030", "LO", R.choice(["Left Heart Cath", "Coronary Angio", "PCI", "TAVR"]), 14, "ProtocolName"))
    out.append(dd("0018,115e", "DS", f"{R.randint(50, 9000) / 100:.2f}", 6, "ImageAndFluoroscopyAreaDoseProduct"))
    out.append(dd("0020,000d", "UI", uid_root, len(uid_root), "StudyInstanceUID"))
    out.append(L("dcmdump", f"(0028,0010) US 512{' ' * 37}#   2, 1 Rows"))
    if R.random() < 0.3:
        out.append(dd("0038,0010", "LO", p.csn, 10, "AdmissionID", "other_id"))
    if R.random() < 0.3:
        out.append(L("dcmdump", f"(7fe0,0010) OB (PixelSequence #={R.randint(20, 120)})          # u/l, 1 PixelData"))
    return out


def dcm_noise():
    k = R.randrange(6)
    if k == 0:
        return L("dcmdump", f"W: DcmItem: Non-standard VR '  ' (0a\\00) encountered while parsing element (0019,{R.randint(0x1000, 0x1fff):04x}), assuming 4 byte length field")
    if k == 1:
        return L("dcmdump", "E: DcmElement: Unknown Tag & Data (0009,1010) found, treating as UN")
    if k == 2:
        return L("dcmdump", f"I: dcmdump v3.6.7 2022-04-22 $dcmtk: DCMTK-3.6.7 $, file XA_{rdig(6)}.dcm ({R.randint(2, 90)}.{R.randint(0, 9)} MB)")
    if k == 3:
        v = f"{R.randint(6, 15)}.{R.randint(0, 9)}"
        return dd("0018,1154", "DS", v, 0, "AveragePulseWidth")
    if k == 4:
        return dd("0018,1155", "CS", "SC", 0, "RadiationSetting")
    return dd("0018,1510", "DS", str(R.randint(-45, 45)), 0, "PositionerPrimaryAngle")

# ----------------------------------------------------------------------------
# family: HL7 v2 SIU (one segment a line) and Mirth engine log (escaped \r)
# ----------------------------------------------------------------------------


def hl7_siu():
    p = pick(0.3)
    d = doc()
    t = tick(5, 60)
    ctl = str(R.randint(8800000, 8899999))
    evt = R.choice(["S12", "S12", "S13", "S14"])
    end = p.sched + dt.timedelta(minutes=R.choice([60, 90, 120, 180]))
    proc = R.choice([("93458", "LHC W/CORONARY ANGIO"), ("93460", "R&L HRT CATH W/ANGIO"), ("33361", "TAVR PERC FEMORAL"), ("92928", "PCI STENT 1 ART")])
    out = [L("hl7_siu", f"MSH|^~\\&|EPIC|SMRHI|CVIS|CVL|{t:%Y%m%d%H%M%S}||SIU^{evt}|{ctl}|P|2.5.1|||AL|NE")]
    out.append(L("hl7_siu", "SCH|", P(p.appt, "other_id"), "^EPIC|", P(p.appt, "other_id"), f"^CVIS||||{R.choice(['ROUTINE', 'URGENT'])}|{proc[1]}|CATH|{int((end - p.sched).seconds / 60)}|MIN|^^{int((end - p.sched).seconds / 60)}^",
                 P(p.sched.strftime("%Y%m%d%H%M"), "date"), "^", P(end.strftime("%Y%m%d%H%M"), "date"), f"|||||{d[2]}^{d[0].upper()}^{d[1].upper()}^^^^MD|{HOSP_PHONE}|||{d[2]}^{d[0].upper()}^{d[1].upper()}|||||Booked"))
    if R.random() < 0.5:
        out.append(L("hl7_siu", "NTE|1||Pt ", R.choice(["hard of hearing", "uses walker", "needs Polish interpreter", "allergic to iodinated contrast - premed"]),
                     f"; {p.rel_role} ", P(p.rel_first, "name"), " ", P(fphone(p.rel_phone), "phone"), " to accompany"))
    pid = ["PID|1||", P(p.mrn, "mrn"), "^^^SMRHI^MR~", P(p.ssn, "ssn"), "^^^USSSA^SS||", P(nm(p, "hl7"), "name"), "||",
           P(fdate(p.dob, "hl7"), "date"), f"|{p.sex}|||", P(p.street, "address"), "^^", P(p.city, "address"), f"^{p.state}^",
           P(p.zip4 if R.random() < 0.4 else p.zip, "zip"), "^USA^H^^", P(p.county.upper(), "address"), "||", P(fphone(p.phone, 0), "phone"),
           "^PRN^PH~", P(p.email, "email"), "^NET^Internet|||", R.choice(["M", "W", "S", "D"]), "||", P(p.har, "account")]
    out.append(L("hl7_siu", *pid))
    out.append(L("hl7_siu", f"PV1|1|O|CVL^{R.choice(ROOMS)}^01^SMRHI||||{d[2]}^{d[0].upper()}^{d[1].upper()}|||CAR||||1|||{d[2]}^{d[0].upper()}^{d[1].upper()}|OP|", P(p.csn, "other_id")))
    if R.random() < 0.4:
        out.append(L("hl7_siu", "NK1|1|", P(f"{p.rel_last.upper()}^{p.rel_first.upper()}", "name"), f"|{p.rel_role[:3].upper()}^{p.rel_role.title()}|", "|", P(fphone(p.rel_phone, 0), "phone"), "||EC^Emergency Contact"))
    if R.random() < 0.4:
        out.append(L("hl7_siu", f"IN1|1|{'MCR' if p.medicare else 'COM'}|{R.randint(10000, 99999)}|{p.payer}||||||||||||", P(nm(p, "hl7"), "name"), "|SEL|",
                     P(fdate(p.dob, "hl7"), "date"), "||||||||||||||||||", P(p.plan, "health_plan")))
    out.append(L("hl7_siu", "RGS|1|A"))
    out.append(L("hl7_siu", f"AIS|1|A|{proc[0]}^{proc[1]}^CPT|", P(p.sched.strftime("%Y%m%d%H%M"), "date"), f"|0|MIN|{int((end - p.sched).seconds / 60)}|MIN|Booked"))
    out.append(L("hl7_siu", f"AIP|1|A|{d[2]}^{d[0].upper()}^{d[1].upper()}^^^^MD|ATT^Attending"))
    out.append(L("hl7_siu", f"AIL|1|A|CVL^{R.choice(ROOMS)}^^SMRHI|ROOM"))
    return out


def mirth_pre(ch, lvl="INFO", cls="c.m.c.s.d.DonkeyEngineController"):
    return f"{ts_comma(tick(1, 20))} {lvl:<5} [{ch}] {cls}: "


def mirth_phi():
    p = pick(0.2)
    t = tick()
    ctl = str(R.randint(8800000, 8899999))
    parts = [mirth_pre("SIU_Inbound Source", cls="c.m.c.s.channel.Channel"), f"message {ctl} received ({R.randint(900, 2200)} bytes): ",
             f"MSH|^~\\\\&|EPIC|SMRHI|CVIS|CVL|{t:%Y%m%d%H%M%S}||SIU^S12|{ctl}|P|2.5.1\\r",
             "SCH|", P(p.appt, "other_id"), "^EPIC||||||", R.choice(["TAVR", "LHC", "PCI", "WATCHMAN LAAO"]), "||||^^90^", P(p.sched.strftime("%Y%m%d%H%M"), "date"), "\\r",
             "PID|1||", P(p.mrn, "mrn"), "^^^SMRHI^MR||", P(nm(p, "hl7"), "name"), "||", P(fdate(p.dob, "hl7"), "date"), f"|{p.sex}|||",
             P(f"{p.street}^^{p.city}", "address"), f"^{p.state}^", P(p.zip, "zip"), "||", P(fphone(p.phone, 2), "phone"), "\\rPV1|1|O|CVL\\r"]
    out = [L("mirth", *parts)]
    if R.random() < 0.5:
        out.append(L("mirth", mirth_pre("SIU_Inbound Destination 1", "WARN", "c.m.c.s.c.js.JavaScriptFilterTransformer"),
                     "filter: SCH-25 status 'Booked' but AIL missing for appointment ", P(p.appt, "other_id"), "; routed to ERROR queue"))
    return out


def mirth_noise():
    k = R.choice([0, 0, 1, 1, 1, 2, 3, 3])
    ctl = str(R.randint(8800000, 8899999))
    if k == 0:
        return L("mirth", mirth_pre(R.choice(["SIU_Inbound", "ADT_Inbound", "ORU_Hemo_Out"]), cls="c.m.c.s.c.ChannelStatisticsUpdater"),
                 f"stats received={R.randint(1000, 9000)} filtered={R.randint(0, 90)} queued={R.randint(0, 5)} sent={R.randint(1000, 9000)} errored={R.randint(0, 3)}")
    if k == 1:
        return L("mirth", mirth_pre("SIU_Inbound Source", cls="c.m.c.c.tcp.TcpReceiver"),
                 f"sent ACK MSH|^~\\\\&|CVIS|CVL|EPIC|SMRHI|{tick(0, 1):%Y%m%d%H%M%S}||ACK^S12|A{ctl}|P|2.5.1\\rMSA|AA|{ctl}")
    if k == 2:
        return L("mirth", mirth_pre("main", cls="c.m.c.s.Mirth"), f"Mirth Connect 4.4.{R.randint(0, 2)} (Built on 2023-09-19) server successfully started; {R.randint(8, 30)} channels deployed")
    return L("mirth", mirth_pre("ORU_Hemo_Out Destination 1", "ERROR", "c.m.c.c.tcp.TcpDispatcher"),
             f"Error sending to {priv_ip()}:6661: java.net.ConnectException: Connection refused (attempt {R.randint(1, 5)})")

# ----------------------------------------------------------------------------
# family: scheduling JSON (structured heart scheduler service)
# ----------------------------------------------------------------------------


def sched_phi():
    p = pick(0.4)
    d = doc()
    t = tick()
    k = R.randrange(4)
    if k == 0:
        o = {"ts": ts_isoz(t), "level": "info", "svc": "shp-scheduler", "event": "case.booked", "traceId": hexs(32),
             "appointmentId": P(p.appt, "other_id"), "caseId": P(p.case, "other_id"),
             "patient": {"mrn": P(p.mrn, "mrn"), "name": P(nm(p, "last_first"), "name"), "dob": P(fdate(p.dob, "iso"), "date"),
                         "phone": P(fphone(p.cell), "phone"), "email": P(p.email, "email")},
             "procedure": R.choice(["TAVR", "TEER (MitraClip)", "LAAO (Watchman FLX Pro)", "BAV", "PFO closure"]),
             "room": "HYB-1", "scheduledStart": P(p.sched.strftime("%Y-%m-%dT%H:%M:00-04:00"), "date"),
             "durationMin": R.choice([120, 150, 180]), "attending": f"{d[1]} {d[0]}, MD", "heartTeamReview": True}
    elif k == 1:
        new = p.sched + dt.timedelta(days=R.randint(1, 9))
        o = {"ts": ts_isoz(t), "level": "info", "svc": "shp-scheduler", "event": "case.rescheduled", "appointmentId": P(p.appt, "other_id"),
             "from": P(p.sched.strftime("%Y-%m-%dT%H:%M"), "date"), "to": P(new.strftime("%Y-%m-%dT%H:%M"), "date"),
             "reason": R.choice(["CT TAVR protocol pending", "patient request", "anticoagulation hold not met", "proctor availability"]),
             "notify": {"sms": P(fphone(p.cell, 2), "phone"), "channel": "twilio", "sid": "SM" + hexs(32)}}
    elif k == 2:
        o = {"ts": ts_isoz(t), "level": "info", "svc": "shp-intake", "event": "preop.checklist.completed", "mrn": P(p.mrn, "mrn"),
             "pt_name": P(nm(p, "caps"), "name"), "age": P(p.age, "age", raw=True) if p.age > 89 else p.age,
             "sts_prom": round(R.uniform(1.5, 12), 1), "frailty_5m_walk_s": round(R.uniform(5, 11), 1),
             "ctaDate": P(fdate(REF - dt.timedelta(days=R.randint(5, 30)), "iso"), "date"),
             "insurance": {"payer": p.payer, "memberId": P(p.plan, "health_plan"), "group": str(R.randint(100000, 999999))},
             "emergencyContact": {"name": P(rel_name(p), "name"), "rel": p.rel_role, "phone": P(fphone(p.rel_phone), "phone")}}
    else:
        plate = R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + rdig(4)
        o = {"ts": ts_isoz(t), "level": "info", "svc": "shp-intake", "event": "transport.arranged", "caseId": P(p.case, "other_id"),
             "pickup": {"street": P(p.street, "address"), "city": P(p.city, "address"), "state": p.state, "zip": P(p.zip, "zip")},
             "pickupAt": P((p.sched - dt.timedelta(hours=2)).strftime("%Y-%m-%d %H:%M"), "date")}
        if R.random() < 0.5:
            o.update({"mode": "wheelchair van", "vendor": "Lake Erie MedTrans", "notes": R.choice(["ring bell twice", "steep driveway", "gate code at desk"])})
        else:
            o.update({"mode": "family vehicle", "driver": P(rel_name(p), "name"), "parkingPermit": {"garage": "P2", "plate": P(plate, "vehicle"), "plateState": p.state}})
    return [L("sched_json", J(o))]


def sched_noise():
    t = tick()
    k = R.randrange(4)
    if k == 0:
        o = {"ts": ts_isoz(t), "level": "info", "svc": "shp-scheduler", "event": "room.utilization", "room": R.choice(ROOMS),
             "date": "2024-03-14", "bookedMin": R.randint(200, 600), "availableMin": 600, "pct": round(R.uniform(40, 99), 1)}
    elif k == 1:
        o = {"ts": ts_isoz(t), "level": "debug", "svc": "shp-scheduler", "event": "epic.sync", "pulled": R.randint(0, 40),
             "upserted": R.randint(0, 40), "durationMs": R.randint(100, 4000), "cursor": guid(), "spanId": hexs(16)}
    elif k == 2:
        d = doc()
        o = {"ts": ts_isoz(t), "level": "info", "svc": "shp-scheduler", "event": "block.released", "room": R.choice(ROOMS),
             "owner": f"{d[0]}, {d[1]} MD", "npi": d[2], "released": f"2024-03-{R.randint(18, 29)} PM", "by": R.choice(STAFF)}
    else:
        o = {"ts": ts_isoz(t), "level": "warn", "svc": "shp-intake", "event": "http.retry", "url": "https://epic-icp.stmark.local/api/FHIR/R4/Appointment",
             "status": R.choice([429, 502, 503]), "attempt": R.randint(1, 4), "requestId": guid()}
    return L("sched_json", J(o))

# ----------------------------------------------------------------------------
# family: contrast / radiation dose
# ----------------------------------------------------------------------------


DOSE_HDR = "StudyDate,AccessionNumber,PatientID,PatientName,Room,FluoroTime_min,CumAirKerma_mGy,KAP_Gycm2,ContrastAgent,Contrast_mL,eGFR,Operator"


def dose_phi():
    p = pick(0.3)
    k = R.randrange(4)
    ka = R.randint(180, 6400)
    if k == 0:
        out = []
        if R.random() < 0.4:
            out.append(L("dose_csv", DOSE_HDR))
        d = doc()
        out.append(L("dose_csv", P("20240314", "date"), ",", P(p.acc, "other_id"), ",", P(p.mrn, "mrn"), ",", P(nm(p, "dicom"), "name"),
                     f",{R.choice(ROOMS[:3])},{R.randint(20, 500) / 10:.1f},{ka},{ka * R.uniform(0.05, 0.12):.2f},Iohexol 350,{R.randint(40, 280)},{R.randint(18, 95)},{d[0]} {d[1][0]}"))
        return out
    if k == 1:
        return [L("dose_rdsr", f"{ts_dot(tick())} RDSR-Parser INFO summary acc=", P(p.acc, "other_id"), f" station={R.choice(ROOMS[:3])}_AZURION fluoro={R.randint(20, 500) / 10:.1f}min Ka,r={ka}mGy KAP={ka * 0.08:.1f}Gy·cm² irradiation_events={R.randint(8, 60)} patient=",
                  P(nm(p, "dicom"), "name"))]
    if k == 2:
        egfr = R.randint(18, 95)
        vol = R.randint(40, 260)
        cr = R.randint(7, 25) / 10
        return [L("dose_contrast", f"{ts_dot(tick())} ContrastTracker case=", P(p.case, "other_id"), f" agent=\"Omnipaque 350\" total={vol}mL eGFR={egfr} Cr={cr} ratio={vol / egfr:.2f} MACD={min(300, 5 * p.weight / cr):.0f}mL status={'OVER' if vol / egfr > 3.7 else 'OK'}")]
    ka = R.randint(5001, 7800)
    return [L("dose_rdsr", f"{ts_dot(tick())} DoseMonitor WARN SRDL exceeded Ka,r={ka:,} mGy (> 5,000 mGy) acc=", P(p.acc, "other_id"),
              "; skin follow-up letter queued for ", P(nm(p, "first_last"), "name"), ", ", P(p.street, "address"), ", ", P(p.city, "address"),
              f", {p.state} ", P(p.zip, "zip"), "; call ", P(fphone(p.phone), "phone"), f" at 2 and 4 weeks (physicist: R. Castellano, ext 4471)")]


def dose_noise():
    k = R.randrange(4)
    if k == 0:
        return L("dose_rdsr", f"{ts_dot(tick())} DoseMonitor INFO daily room={R.choice(ROOMS[:3])} studies={R.randint(3, 14)} median_Kar={R.randint(300, 1100)}mGy p75_Kar={R.randint(900, 2500)}mGy max_fluoro={R.randint(10, 70)}.{R.randint(0, 9)}min")
    if k == 1:
        return L("dose_rdsr", f"{ts_dot(tick())} DoseMonitor INFO config SRDL Ka,r=5000mGy KAP=500Gy·cm² fluoro=60min peak_skin=3000mGy notify=cvl-physics@stmarkheart.org")
    if k == 2:
        return L("dose_rdsr", f"{ts_dot(tick())} RDSR-Parser ERROR C-STORE SR from {priv_ip()} rejected: TID 10001 missing (0040,a730) ContentSequence; sop={'1.2.840.113619.2.55.3.' + rdig(10) + '.' + rdig(4)}")
    return L("dose_contrast", f"{ts_dot(tick())} ContrastTracker INFO injector=ACIST CVi SN {rdig(6)} room={R.choice(ROOMS[:3])} reservoir={R.randint(20, 100)}mL syringe_changes={R.randint(0, 3)} selftest=PASS")

# ----------------------------------------------------------------------------
# family: physician dictation snippets (PowerScribe / Fluency segments)
# ----------------------------------------------------------------------------


def dict_pre(job, seg, author):
    return f"{ts_comma(tick(2, 40))} [Fluency.DictationService] job={job} author={author} seg={seg:02d} text=\""


def dict_phi():
    p = pick(0.5)
    d = doc()
    job = f"DX-{R.randint(70000, 79999)}"
    author = (d[1][0] + d[0]).lower()
    w, he, his = pron(p)
    seg = 1
    out = [L("dictation", dict_pre(job, seg, author), "HISTORY: ", honor(p), P(p.last, "name"), f" is a ", age_p(p),
             f"-year-old {w} with {R.choice(['severe symptomatic aortic stenosis', 'NSTEMI', 'exertional angina', 'ischemic cardiomyopathy', 'severe MR'])}, referred by Dr. {doc()[0]}.\"")]
    seg += 1
    for txt in R.sample(["PROCEDURE: Left heart catheterization, selective coronary angiography, LV gram via right radial 6F.",
                         "FINDINGS: Left main is large caliber without significant disease.",
                         f"LAD: {R.randint(50, 99)}% proximal stenosis, TIMI 3 flow.",
                         f"HEMODYNAMICS: AO {R.randint(100, 160)}/{R.randint(50, 90)}, LVEDP {R.randint(8, 28)} mmHg.",
                         f"Mean aortic valve gradient {R.randint(30, 60)} mmHg, AVA {R.randint(5, 9) / 10} cm squared.",
                         "IMPRESSION: Severe single vessel CAD, successful PCI with one drug-eluting stent.",
                         "No immediate complications. Estimated blood loss minimal."], R.randint(1, 3)):
        out.append(L("dictation", dict_pre(job, seg, author), txt, "\""))
        seg += 1
    k = R.randrange(4)
    if k == 0:
        out.append(L("dictation", dict_pre(job, seg, author), f"PLAN: Heart team review. Discussed with {his} {p.rel_role} ", P(rel_name(p), "name"),
                     ", reachable at ", P(fphone(p.rel_phone, 1), "phone"), ".\""))
    elif k == 1:
        out.append(L("dictation", dict_pre(job, seg, author), "Social: lives alone at ", P(p.street, "address"), " in ", P(p.city, "address"),
                     f"; {he} follows a family blog at ", P("https://www.caringbridge.org/visit/" + ascii_fold(p.first.split()[0] + p.last).lower().replace(" ", "").replace("'", ""), "url"), ".\""))
    elif k == 2:
        vin = mk_vin()
        out.append(L("dictation", dict_pre(job, seg, author), f"Addendum: {his} car (VIN ", P(vin, "vehicle"), ") left in ED lot; ", p.rel_role, " ",
                     P(p.rel_first, "name"), " to retrieve. Procedure date ", P(fdate(REF, "long"), "date"), ".\""))
    else:
        out.append(L("dictation", dict_pre(job, seg, author), f"Follow up in structural clinic on ", P(fdate(p.sched.date(), "usn"), "date"),
                     ". cc: patient portal, ", P(p.email, "email"), ".\""))
    out.append(L("dictation", f"{ts_comma(tick(1, 10))} [Fluency.DictationService] job={job} status=SIGNED segments={seg} words={R.randint(180, 900)} tat={R.randint(3, 90)}min"))
    return out


def dict_noise():
    k = R.randrange(3)
    if k == 0:
        return L("dictation", f"{ts_comma(tick())} [Fluency.SpeechEngine] model=cardiology-en-US v{R.randint(11, 13)}.{R.randint(0, 9)} latency={R.randint(80, 900)}ms wer_est={R.randint(2, 9)}.{R.randint(0, 9)}%")
    if k == 1:
        return L("dictation", f"{ts_comma(tick())} [Fluency.DictationService] job=DX-{R.randint(70000, 79999)} author={R.choice(['apatel', 'rmoreno', 'coduya'])} seg=0{R.randint(1, 5)} text=\"{R.choice(['RCA: dominant, mild luminal irregularities.', 'Circumflex: 40% mid stenosis, not flow limiting.', 'Closure with TR band, good hemostasis.', 'Recommend dual antiplatelet therapy for 12 months.', 'Aspirin and high-intensity statin continued.'])}\"")
    return L("dictation", f"{ts_comma(tick())} [Fluency.Sync] pushed {R.randint(1, 20)} signed reports to EHR (HL7 ORU^R01), queue depth {R.randint(0, 9)}")

# ----------------------------------------------------------------------------
# family: remote device clinic (vendor portals, Paceart import)
# ----------------------------------------------------------------------------


def devclin_phi():
    p = pick(0.3)
    tx = dt.datetime(2024, 3, R.randint(10, 14), R.randint(0, 5), R.randint(0, 59))
    k = {"Medtronic": 0, "Boston Scientific": 1, "Abbott": 2, "BIOTRONIK": 4}[p.vendor] if R.random() < 0.6 else R.choice([3, 5])
    if k == 0:
        return [L("carelink", "CareLink Network | ", P(tx.strftime("%m/%d/%Y %H:%M"), "date"), f" EDT | {R.choice(['Scheduled', 'Patient-initiated', 'CareAlert'])} transmission | Patient: ",
                  P(nm(p, "LAST_FIRST"), "name"), " | DOB: ", P(fdate(p.dob, "us"), "date"), f" | Device: {p.model} SN ", P(p.dev_sn, "device"),
                  f" | Battery {R.randint(20, 130) / 10:.1f} yr | AT/AF burden {R.randint(0, 400) / 10:.1f}% | Vp {R.randint(1, 99)}% | Monitor SN ", P(p.mon_sn, "device"))]
    if k == 1:
        return [L("latitude", f"LATITUDE NXT | {R.choice(['RED', 'YELLOW'])} alert | \"{R.choice(['Ventricular tachyarrhythmia episode', 'Shock delivered', 'Lead impedance out of range', 'Weight gain 2.3 kg/3d'])}\" | pt=",
                  P(nm(p, "last_first"), "name"), " | dob=", P(fdate(p.dob, "iso"), "date"), f" | {p.model} sn=", P(p.dev_sn, "device"),
                  " | communicator sn=", P(p.mon_sn, "device"), " | clinic=St. Mark's Device Clinic | ack=", R.choice(["dkessler", "prao", "pending"]))]
    if k == 2:
        out = []
        if R.random() < 0.5:
            out.append(L("merlin_csv", '"Patient Name","Date of Birth","Patient ID","Device","Serial Number","Last Transmission","Alert","Phone"'))
        out.append(L("merlin_csv", '"', P(nm(p, "last_first"), "name"), '","', P(fdate(p.dob, "usn"), "date"), '","', P(p.vendor_pid, "other_id"), f'","{p.model}","',
                     P(p.dev_sn, "device"), '","', P(tx.strftime("%m/%d/%Y"), "date"), f'","{R.choice(["AT/AF > 6h", "None", "RV pacing > 40%", "Battery ERI"])}","',
                     P(fphone(p.phone, 1), "phone"), '"'))
        return out
    if k == 3:
        return [L("paceart", f"{ts_dot(tick())} [INF] Paceart.Integration.Importer: matched transmission {guid()} to patient '", P(nm(p, "last_first"), "name"),
                  "' (MRN ", P(p.mrn, "mrn"), ") via device serial ", P(p.dev_sn, "device"), f" ({p.vendor} {p.model}); lead RA serial ", P(p.lead_sn, "device"))]
    if k == 4:
        return [L("hmsc", f"BIOTRONIK HMSC {ts_isoz(tick())} EventMessage id={R.randint(1000000, 9999999)} type=\"{R.choice(['Atrial burden > 25%', 'Ventricular episode', 'Transmission gap > 3d'])}\" patient=\"",
                  P(nm(p, "LAST_FIRST"), "name"), "\" born=", P(fdate(p.dob, "dmy"), "date"), " implant=", P(fdate(dt.date(R.randint(2016, 2023), R.randint(1, 12), R.randint(1, 28)), "dmy"), "date"),
                  " sn=", P(p.dev_sn, "device"), " cm_mac=", P(p.mon_mac, "device"), " cm_ip=", P(p.ip, "ip"))]
    return [L("paceart", f"{ts_dot(tick())} [INF] Paceart.Enrollment: remote enrollment created for ", P(nm(p, "first_last"), "name"), " mrn=", P(p.mrn, "mrn"),
              f" monitor={p.mon_model} sn=", P(p.mon_sn, "device"), " ship_to=\"", P(f"{p.street}, {p.city}", "address"), f", {p.state} ", P(p.zip, "zip"),
              "\" phone=", P(fphone(p.phone), "phone"), " alt=", P(fphone(p.cell), "phone"), " fax=", P(fphone(p.fax, 1), "fax") if R.random() < 0.3 else "none",
              " by ", R.choice(STAFF))]


def dc_note():
    p = pick(0.3)
    t = tick()
    nid = R.randint(300000, 399999)
    k = R.choice([0, 1, 2, 3, 3])
    pre = f"{ts_dot(t)} [INF] Paceart.Notes: note_id={nid} author={R.choice(['dkessler', 'prao', 'cokonkwo'])} type=PHONE text=\""
    if k == 0:
        body = ["pt called re: shock last night ~2300, felt fine after. spoke w/ pt ", P(nm(p, "init"), "name"), " directly, cb ",
                P(fphone(p.cell, 3), "phone"), ". last shock prior ", P(fdate(REF - dt.timedelta(days=R.randint(40, 400)), "us2"), "date"), ". sent manual tx req.\""]
    elif k == 1:
        body = ["spoke with ", p.rel_role, " ", P(f"{p.rel_first.lower()} {p.rel_last.lower()}", "name"), " re ", P(nm(p, "lower"), "name"),
                " (DOB ", P(fdate(p.dob, "mon"), "date"), "): monitor unplugged since move to ", P(p.city, "address"), ". new landline ",
                P(fphone(p.phone, 4), "phone"), ". re-pair scheduled.\""]
    elif k == 2:
        body = ["VM left for pt ", P(nm(p, "last_first"), "name"), " re missed remote ", P(fdate(REF - dt.timedelta(days=R.randint(3, 20)), "usn"), "date"),
                f". Clinic # {CLINIC_PHONE}. Letter to follow.\""]
    else:
        body = [P(nm(p, "first_last"), "name"), f" asked that ", pron(p)[2], " ", p.rel_role, " get the reports: ",
                P(rel_name(p), "name"), " <", P(ascii_fold(p.rel_first.split()[0].lower()) + "." + ascii_fold(p.rel_last.replace(" ", "").replace("'", "").lower()) + "@" + R.choice(MAILDOM), "email"),
                ">. ", "Updates also on ", P("https://www.caringbridge.org/visit/" + ascii_fold(p.first.split()[0] + p.last).lower().replace(" ", "").replace("'", ""), "url"),
                ". ROI form on file.\""]
    return [L("paceart", pre, body)]


def devclin_noise():
    k = R.randrange(6)
    if k == 0:
        return L("paceart", f"{ts_dot(tick())} [INF] Paceart.Integration.Importer: batch {R.randint(4000, 4999)} done transmissions={R.randint(20, 90)} alerts={R.randint(0, 9)} unmatched={R.randint(0, 3)} failed=0 elapsed={R.randint(5, 200)}s")
    if k == 1:
        return L("paceart", f"{ts_dot(tick())} [WRN] Paceart.Integration.LatitudeClient: GET https://api.latitude.bsci.example/v3/transmissions?since={R.randint(1710000000, 1710400000)} -> 503, retry in {R.choice([30, 60, 120])}s")
    if k == 2:
        n = R.randint(1, 15)
        return L("paceart", f"{ts_dot(tick())} [INF] Paceart.Integration.MerlinSftp: pulled {2 * n} files (pdf={n} xml={n}) from sftp.merlin.example:22 as stmark_devclinic")
    if k == 3:
        return L("carelink", f"CareLink Network | clinic export | clinic=St. Mark's Device Clinic ({CLINIC_PHONE}) | rows={R.randint(30, 240)} | generated {ts_isoz(tick())} | format=CSV v2")
    if k == 4:
        return L("hmsc", f"BIOTRONIK HMSC {ts_isoz(tick())} Heartbeat clinic=SMRHI-DC status=OK pending_events={R.randint(0, 12)} api=2.{R.randint(0, 4)}")
    return L("paceart", f"{ts_dot(tick())} [ERR] Paceart.Integration.Importer: XML schema validation failed for file IEEE11073_{rdig(8)}.xml: element 'MDC_IDC_SESS_DTM' missing")

# ----------------------------------------------------------------------------
# family: PowerShell transcript / script output
# ----------------------------------------------------------------------------


def ps_noise():
    k = R.randrange(9)
    if k == 0:
        t = tick()
        return [L("powershell", "**********************"), L("powershell", "Windows PowerShell transcript start"),
                L("powershell", f"Start time: {t:%Y%m%d%H%M%S}"), L("powershell", "Username: STMARK\\svc_ncdr_export"),
                L("powershell", "RunAs User: STMARK\\svc_ncdr_export"), L("powershell", f"Machine: {R.choice(HOSTS[:2])} (Microsoft Windows NT 10.0.17763.0)"),
                L("powershell", "Host Application: C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe -NoProfile -File C:\\Scripts\\Registry\\Export-NcdrCathPci.ps1"),
                L("powershell", f"Process ID: {R.randint(1000, 30000)}"), L("powershell", "PSVersion: 5.1.17763.5458"), L("powershell", "**********************")]
    if k == 1:
        return L("powershell", f"Start time: {tick():%Y%m%d%H%M%S}")
    if k == 2:
        return L("powershell", f"Username: STMARK\\svc_ncdr_export")
    if k == 3:
        return L("powershell", f"Machine: {R.choice(HOSTS[:2])} (Microsoft Windows NT 10.0.17763.0)")
    if k == 4:
        return L("powershell", f"PS C:\\Scripts\\Registry> .\\Export-NcdrCathPci.ps1 -Quarter 2024Q1 -Participant 260417 -Verbose")
    if k == 5:
        return L("powershell", f"VERBOSE: Connecting to CVLSQL01\\CVIS (database CathLabDW) as STMARK\\svc_ncdr_export")
    if k == 6:
        return L("powershell", f"VERBOSE: Query returned {R.randint(90, 320)} cases in {R.randint(300, 9000)} ms")
    if k == 7:
        return L("powershell", "Invoke-Sqlcmd : Execution Timeout Expired.  The timeout period elapsed prior to completion of the operation or the server is not responding.")
    return L("powershell", f"Exported {R.randint(90, 320)} records to \\\\fs01\\ncdr$\\CathPCI\\2024Q1\\CathPCI_260417_2024Q1_{rdig(4)}.xml (SHA256 {hexs(64).upper()})")


def ps_phi():
    p = pick(0.3)
    k = R.randrange(4)
    if k == 0:
        return [L("powershell", "VERBOSE: Processing case ", P(p.case, "other_id"), " (MRN ", P(p.mrn, "mrn"), ")")]
    if k == 1:
        return [L("powershell", "WARNING: Skipping case ", P(p.case, "other_id"), " (", P(nm(p, "LAST_FIRST"), "name"), "): missing element 10100 Discharge Date; arrival ",
                  P(p.arrival.strftime("%m/%d/%Y %H:%M"), "date"))]
    if k == 2:
        return [L("powershell", "Write-Error: SSN format invalid for NCDR patient ", P(p.ncdr, "other_id"), ": '", P(p.ssn.replace("-", " "), "ssn"), "' (expected 9 digits)"),
                L("powershell", "    + CategoryInfo          : InvalidData: (:) [Write-Error], WriteErrorException"),
                L("powershell", "    + FullyQualifiedErrorId : Microsoft.PowerShell.Commands.WriteErrorException,Export-NcdrCathPci.ps1")]
    return [L("powershell", "PS C:\\Scripts\\DeviceClinic> Get-RemotePatient -Serial ", P(p.dev_sn, "device"), " | Format-List"),
            L("powershell", "Name        : ", P(nm(p, "first_last"), "name")),
            L("powershell", "Mrn         : ", P(p.mrn, "mrn")),
            L("powershell", "BirthDate   : ", P(fdate(p.dob, "usn") + " 12:00:00 AM", "date")),
            L("powershell", f"Vendor      : {p.vendor}"),
            L("powershell", f"Followup    : {R.choice(['91d', '182d', '31d'])}")]

# ----------------------------------------------------------------------------
# family: .NET service logs (Serilog, NLog, Microsoft.Extensions.Logging)
# ----------------------------------------------------------------------------


def net_noise():
    k = R.randrange(9)
    t = tick()
    if k == 0:
        return [L("dotnet_mel", "info: Microsoft.Hosting.Lifetime[0]"), L("dotnet_mel", "      Application started. Press Ctrl+C to shut down.")]
    if k == 1:
        return [L("dotnet_mel", f"info: CathLab.Hl7Listener.MllpService[1001]"), L("dotnet_mel", f"      Listening on 0.0.0.0:{R.choice([6661, 6662, 2575])} (TLS={R.choice(['true', 'false'])})")]
    if k == 2:
        return [L("serilog", f"[{t:%H:%M:%S} INF] CathLab.InventoryBridge.Workers.SyncWorker Sync cycle {R.randint(1000, 9999)} completed in {R.randint(40, 4000)} ms; pushed {R.randint(0, 30)} usage rows (RequestId: {guid()})")]
    if k == 3:
        return [L("nlog", f"{t:%Y-%m-%d %H:%M:%S}.{ms(t)}|ERROR|CathLab.Hl7Listener.MllpServer|Connection reset by peer {priv_ip()}:{R.randint(49152, 65535)}")]
    if k == 4:
        return [L("nlog", f"{t:%Y-%m-%d %H:%M:%S}.{ms(t)}|ERROR|CathLab.NcdrExport.Worker|System.Data.SqlClient.SqlException (0x80131904): Transaction (Process ID {R.randint(50, 200)}) was deadlocked on lock resources with another process and has been chosen as the deadlock victim."),
                L("nlog", "   at System.Data.SqlClient.SqlConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)"),
                L("nlog", f"   at CathLab.NcdrExport.Data.CaseRepository.GetQuarterAsync(String quarter) in D:\\a\\1\\s\\src\\CathLab.NcdrExport\\Data\\CaseRepository.cs:line {R.randint(40, 300)}")]
    if k == 5:
        return [L("serilog", f"[{t:%H:%M:%S} WRN] CathLab.InventoryBridge.Epic.IrlClient HTTP POST /api/epic/2014/Clinical/Patient/ADDIMPLANT responded 429 after {R.randint(100, 900)} ms; backing off {R.choice([2, 4, 8])}s")]
    if k == 6:
        return [L("serilog", f"[{t:%H:%M:%S} INF] HealthChecks sql=Healthy({R.randint(2, 40)}ms) mllp=Healthy rabbitmq={R.choice(['Healthy', 'Degraded'])} version=3.{R.randint(1, 9)}.{R.randint(0, 40)}+build.{R.randint(1000, 9999)}")]
    if k == 7:
        return [L("dotnet_mel", "warn: Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager[35]"), L("dotnet_mel", "      No XML encryptor configured. Key {" + guid() + "} may be persisted to storage in unencrypted form.")]
    return [L("nlog", f"{t:%Y-%m-%d %H:%M:%S}.{ms(t)}|INFO|CathLab.DoseCollector.Service|RDSR received from {priv_ip()} AE=CATH{R.randint(1, 3)}_AZURION sop={'1.3.46.670589.28.' + rdig(12) + '.' + rdig(5)}")]


def net_phi():
    p = pick(0.3)
    t = tick()
    k = R.randrange(5)
    if k == 0:
        return [L("dotnet_mel", "fail: CathLab.NcdrExport.Mapping.RecordMapper[2002]"),
                L("dotnet_mel", "      Patient '", P(nm(p, "last_first"), "name"), "' (MRN ", P(p.mrn, "mrn"), ") has invalid ZIP '", P(p.zip[:4], "zip"), "'; element 2065 left blank")]
    if k == 1:
        return [L("serilog", f"[{t:%H:%M:%S} INF] CathLab.InventoryBridge.ScanHandler Implant recorded ", J({"CaseId": P(p.case, "other_id"), "Mrn": P(p.mrn, "mrn"), "Gtin": p.valve[2],
                                                                                                             "Serial": P(p.valve_sn, "device"), "Lot": p.valve_lot, "Room": "HYB-1"}, (", ", ": ")))]
    if k == 2:
        return [L("nlog", f"{t:%Y-%m-%d %H:%M:%S}.{ms(t)}|WARN|CathLab.Hl7Listener.PatientMatcher|Duplicate match for ", P(nm(p, "hl7"), "name"), " DOB ",
                  P(fdate(p.dob, "hl7"), "date"), ": candidates MRN ", P(p.mrn, "mrn"), ", ", P(str(int(p.mrn) + R.randint(1, 900)), "mrn"), "; message held")]
    if k == 3:
        return [L("serilog", f"[{t:%H:%M:%S} ERR] CathLab.DeviceClinic.Portal.EnrollController Enrollment failed for ", P(p.email, "email"), f": System.ArgumentException: Monitor serial '",
                  P(p.mon_sn, "device"), "' already assigned")]
    return [L("serilog", f"[{t:%H:%M:%S} INF] CathLab.DeviceClinic.Portal.AuthController Patient portal sign-in user=", P(p.user, "other_id"),
              " ip=", P(p.ip, "ip"), f" mfa=sms result=Success SessionId={hexs(24)}")]


def kiosk_phi():
    p = pick(0.3)
    t = tick()
    ph = b64_photo()
    tpl = b64_template()
    k = R.randrange(2)
    if k == 0:
        return [L("kiosk", f"{ts_isooff(t)} REG-KIOSK-{R.randint(1, 3)} checkin mrn=", P(p.mrn, "mrn"), " palmvein=MATCH score=0.9", str(R.randint(51, 99)), " template=",
                  P(tpl, "biometric"), " id_scan=DL state=", p.state, " dl_no=", P(p.dl, "license"), " valet_plate=",
                  P("".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + rdig(4), "vehicle"))]
    return [L("kiosk", f"[{t:%H:%M:%S} DBG] CathLab.Registration.KioskApi POST /checkin {{\"mrn\":\"", P(p.mrn, "mrn"), "\",\"name\":\"", P(nm(p, "first_last"), "name"),
              "\",\"photo\":\"data:image/jpeg;base64,", P(ph, "photo"), "\",\"consentSigned\":true}")]


def kiosk_noise():
    t = tick()
    return L("kiosk", f"{ts_isooff(t)} REG-KIOSK-{R.randint(1, 3)} heartbeat fw=PS-{R.randint(4, 6)}.{R.randint(0, 9)}.{R.randint(0, 30)} scanner=OK printer={R.choice(['OK', 'PAPER_LOW'])} queue={R.randint(0, 4)} uptime={R.randint(1, 900)}m")

# ----------------------------------------------------------------------------
# family: Windows event log (Event Viewer CSV export and NXLog JSON)
# ----------------------------------------------------------------------------


def win_noise():
    t = tick()
    k = R.randrange(6)
    if k == 0:
        return L("winevent_csv", f"Information,{ts_win(t)},Service Control Manager,7036,None,\"The CathLab HL7 Listener service entered the running state.\"")
    if k == 1:
        return L("winevent_csv", f"Error,{ts_win(t)},Application Error,1000,(100),\"Faulting application name: MacLab.Review.exe, version: 6.9.{R.randint(1, 9)}.{R.randint(0, 900)}, time stamp: 0x{hexs(8)} Faulting module name: ntdll.dll, exception code: 0xc0000005\"")
    if k == 2:
        return L("winevent_json", J({"EventTime": t.strftime("%Y-%m-%d %H:%M:%S"), "Hostname": R.choice(HOSTS), "EventID": 4624, "SourceName": "Microsoft-Windows-Security-Auditing",
                                     "Channel": "Security", "Severity": "INFO", "TargetUserName": R.choice(STAFF), "TargetDomainName": "STMARK", "LogonType": R.choice([2, 3, 10]),
                                     "IpAddress": priv_ip(), "Message": "An account was successfully logged on."}))
    if k == 3:
        return L("winevent_json", J({"EventTime": t.strftime("%Y-%m-%d %H:%M:%S"), "Hostname": "CVLSQL01", "EventID": 17137, "SourceName": "MSSQLSERVER", "Channel": "Application",
                                     "Severity": "INFO", "Message": f"Starting up database '{R.choice(['CathLabDW', 'CVIS', 'DoseWatch', 'Paceart'])}'."}))
    if k == 4:
        return L("winevent_csv", f"Warning,{ts_win(t)},Microsoft-Windows-Time-Service,36,None,\"The time service has not synchronized the system time for 86400 seconds because none of the time service providers provided a usable time stamp.\"")
    return L("winevent_json", J({"EventTime": t.strftime("%Y-%m-%d %H:%M:%S"), "Hostname": R.choice(HOSTS), "EventID": 4625, "SourceName": "Microsoft-Windows-Security-Auditing",
                                 "Channel": "Security", "Severity": "WARNING", "TargetUserName": R.choice(STAFF + ["administrator"]), "Status": "0xC000006D", "IpAddress": priv_ip(),
                                 "Message": "An account failed to log on."}))


def win_phi():
    p = pick(0.2)
    t = tick()
    if R.random() < 0.5:
        return [L("winevent_csv", f"Error,{ts_win(t)},CathLab.Hl7Listener,3002,None,\"Message rejected: PID-3 '", P(p.mrn, "mrn"), "' not found in CVIS; patient ",
                  P(nm(p, "hl7"), "name"), " DOB ", P(fdate(p.dob, "hl7"), "date"), ". See queue item ", str(R.randint(10000, 99999)), ".\"")]
    return [L("winevent_json", J({"EventTime": t.strftime("%Y-%m-%d %H:%M:%S"), "Hostname": "CVLAPP01", "EventID": 2101, "SourceName": "MacLabDicomService", "Channel": "Application",
                                  "Severity": "ERROR", "Message": Cat(["Study transfer failed for ", P(nm(p, "dicom"), "name"), " (", P(p.mrn, "mrn"), ") accession ", P(p.acc, "other_id"),
                                                                       " to AE CVPACS: 0xA700 Out of resources"])}))]

# ----------------------------------------------------------------------------
# family: ATNA audit over syslog (RFC 5424 + DICOM audit XML)
# ----------------------------------------------------------------------------


def atna_phi():
    p = pick(0.2)
    t = tick()
    user = R.choice(STAFF)
    return [L("atna_syslog", f"<85>1 {ts_isoz(t)} {R.choice(['cath3-acq', 'cvl-xper01', 'cvlapp01'])} XperIM {R.randint(1000, 9999)} IHE+RFC-3881 - ",
              f"<?xml version=\"1.0\"?><AuditMessage><EventIdentification EventActionCode=\"R\" EventDateTime=\"{ts_isoz(t)}\" EventOutcomeIndicator=\"0\"><EventID csd-code=\"110110\" codeSystemName=\"DCM\" originalText=\"Patient Record\"/></EventIdentification>",
              f"<ActiveParticipant UserID=\"{user}\" UserIsRequestor=\"true\" NetworkAccessPointID=\"{priv_ip()}\" NetworkAccessPointTypeCode=\"2\"/>",
              "<ParticipantObjectIdentification ParticipantObjectID=\"", P(p.mrn, "mrn"), "\" ParticipantObjectTypeCode=\"1\" ParticipantObjectTypeCodeRole=\"1\"><ParticipantObjectIDTypeCode csd-code=\"2\"/><ParticipantObjectName>",
              P(nm(p, "dicom"), "name"), "</ParticipantObjectName></ParticipantObjectIdentification></AuditMessage>")]


def atna_noise():
    t = tick()
    return L("atna_syslog", f"<86>1 {ts_isoz(t)} {R.choice(['cath3-acq', 'cvl-xper01', 'cvlapp01'])} XperIM {R.randint(1000, 9999)} IHE+RFC-3881 - <?xml version=\"1.0\"?><AuditMessage><EventIdentification EventActionCode=\"E\" EventDateTime=\"{ts_isoz(t)}\" EventOutcomeIndicator=\"0\"><EventID csd-code=\"{R.choice(['110120', '110122'])}\" codeSystemName=\"DCM\" originalText=\"{R.choice(['Application Start', 'Login'])}\"/></EventIdentification><ActiveParticipant UserID=\"{R.choice(STAFF)}\" UserIsRequestor=\"true\"/></AuditMessage>")

# ----------------------------------------------------------------------------
# family: patient portal (nginx access) for remote monitoring
# ----------------------------------------------------------------------------


UA = ["Mozilla/5.0 (iPad; CPU OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Linux; Android 14; SM-A146U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.178 Mobile Safari/537.36"]


def portal_phi():
    p = pick(0.2)
    t = tick()
    path = R.choice(["/api/remote-monitoring/enroll", "/mychart/remote/transmissions", "/api/remote-monitoring/symptom-report", "/mychart/messages/send"])
    return [L("nginx", P(p.ip, "ip"), " - ", P(p.user, "other_id"), f" [{ts_clf(t)}] \"POST {path} HTTP/1.1\" {R.choice([200, 201, 302])} {R.randint(120, 4000)} \"https://myheart.stmarkheart.org/mychart/\" \"{R.choice(UA)}\" rt={R.randint(10, 900) / 1000:.3f}")]


def portal_noise():
    t = tick()
    if R.random() < 0.6:
        return L("nginx", f"{priv_ip()} - - [{ts_clf(t)}] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.27\" rt=0.00{R.randint(1, 9)}")
    return L("nginx", f"{priv_ip()} - - [{ts_clf(t)}] \"GET /static/js/main.{hexs(8)}.js HTTP/1.1\" 304 0 \"https://myheart.stmarkheart.org/\" \"{R.choice(UA)}\" rt=0.0{R.randint(10, 99)}")

# ----------------------------------------------------------------------------
# family: charge capture / patient payments (pipe delimited)
# ----------------------------------------------------------------------------


def charge_phi():
    p = pick(0.3)
    d = doc()
    if R.random() < 0.7:
        return [L("charge_pipe", f"CHG|{tick():%Y%m%d%H%M}|", P(p.case, "other_id"), "|", P(p.har, "account"), f"|{R.choice(['93458', '93460', '92928', '33361', 'C1874', 'C1725'])}|{R.choice(['1', '1', '2'])}|{R.choice(['26', 'TC', ''])}|{d[2]}|CVL|POSTED")]
    pre = R.choice(["4", "51", "53", "37"])
    card = luhn_complete(pre, 15 if pre == "37" else 16)
    return [L("payment", f"{ts_isooff(tick())} PayGateway auth approved txn=ch_{hexs(24)} amount={R.randint(50, 900)}.00 USD card=", P(card, "account"),
              f" exp={R.randint(1, 12):02d}/{R.randint(25, 29)} cardholder=\"", P(rel_name(p) if R.random() < 0.5 else nm(p, "first_last"), "name"),
              "\" guarantor_for_har=", P(p.har, "account"))]


def charge_noise():
    if R.random() < 0.5:
        return L("charge_pipe", f"BHS|^~\\&|CVIS|CVL|EPIC|SMRHI|{tick():%Y%m%d%H%M%S}||CHG_BATCH_{R.randint(1000, 9999)}|records={R.randint(10, 200)}")
    return L("payment", f"{ts_isooff(tick())} PayGateway settlement batch={R.randint(100000, 999999)} count={R.randint(3, 60)} total={R.randint(1000, 40000)}.{R.randint(0, 99):02d} USD status=SETTLED merchant=SMRHI-CARDIO-PFS")


# ----------------------------------------------------------------------------
# family: X12 270/271 eligibility (prior auth for structural cases), one
# interchange a line as logged by the clearinghouse client
# ----------------------------------------------------------------------------


def x12_phi():
    p = pick(0.3)
    t = tick()
    ctl = f"{R.randint(1, 999999999):09d}"
    pre = f"{ts_comma(t)} INFO  [EligibilityClient] Availity 271 response ({R.randint(600, 3000)} ms): "
    seg = [f"ISA*00*          *00*          *ZZ*AVAILITY       *ZZ*SMRHI0417      *{t:%y%m%d}*{t:%H%M}*^*00501*{ctl}*0*P*:~",
           f"GS*HB*AVAILITY*SMRHI0417*{t:%Y%m%d}*{t:%H%M}*{R.randint(1, 99999)}*X*005010X279A1~ST*271*0001*005010X279A1~",
           f"BHT*0022*11*{hexs(10).upper()}*{t:%Y%m%d}*{t:%H%M%S}~HL*1**20*1~NM1*PR*2*{p.payer}*****PI*{R.randint(10000, 99999)}~",
           "HL*2*1*21*1~NM1*1P*2*ST MARKS REGIONAL HEART INSTITUTE*****XX*1093817466~HL*3*2*22*0~",
           "NM1*IL*1*", P(p.last.upper(), "name"), "*", P(p.first.upper(), "name"), "*", P(p.mi, "name"), "***MI*", P(p.plan, "health_plan"), "~",
           "N3*", P(p.street.upper(), "address"), "~N4*", P(p.city.upper(), "address"), f"*{p.state}*", P(p.zip, "zip"), "~",
           "DMG*D8*", P(fdate(p.dob, "hl7"), "date"), f"*{p.sex}~DTP*291*D8*{t:%Y%m%d}~",
           f"EB*1*IND*30**{'MEDICARE PART B' if p.medicare else 'PPO'}~EB*C*IND*30***23*{R.choice([0, 240, 500, 1500])}~SE*14*0001~GE*1*1~IEA*1*{ctl}~"]
    return [L("x12_271", pre, seg)]


def x12_noise():
    t = tick()
    return L("x12_271", f"{ts_comma(t)} {R.choice(['INFO ', 'WARN '])} [EligibilityClient] Availity 999 ack batch={R.randint(1000, 9999)} accepted={R.randint(1, 40)} rejected={R.randint(0, 2)} AK9*A*1*1*1~ (endpoint https://api.availity.example/v1/coverages, {R.randint(200, 2500)} ms)")


# ----------------------------------------------------------------------------
# assembly
# ----------------------------------------------------------------------------

PHI_GENS = [(ml_phi, 5), (xp_phi, 5), (ncdr_phi, 1.3), (ncdr_dqr, 2), (tvt_phi, 3), (tvt_fu_phi, 3), (gs1_phi, 5),
            (dcm_block, 1.5), (hl7_siu, 2), (mirth_phi, 3), (sched_phi, 9), (dose_phi, 6), (dict_phi, 3),
            (devclin_phi, 10), (dc_note, 4), (ps_phi, 4), (net_phi, 5), (kiosk_phi, 4), (win_phi, 4), (atna_phi, 2),
            (portal_phi, 3), (charge_phi, 4), (x12_phi, 4)]
NOISE_GENS = [(ml_noise, 7), (xp_noise, 6), (ncdr_noise, 2), (ncdr_dqr_noise, 2), (tvt_noise, 2), (gs1_noise, 5),
              (dcm_noise, 3), (mirth_noise, 4), (sched_noise, 6), (dose_noise, 4), (dict_noise, 4), (devclin_noise, 6),
              (ps_noise, 2), (net_noise, 6), (kiosk_noise, 2), (win_noise, 6), (atna_noise, 1.5), (portal_noise, 4),
              (charge_noise, 3), (x12_noise, 2)]


def wpick(gens):
    tot = sum(w for _, w in gens)
    x = R.uniform(0, tot)
    for g, w in gens:
        x -= w
        if x <= 0:
            return g
    return gens[-1][0]


def as_list(x):
    return x if isinstance(x, list) else [x]


CAP = 36  # max lines contributed by one generator, keeps the family mix varied


def build():
    lines = []
    used = {}
    while len(lines) < NLINES:
        phi = sum(1 for l in lines if l.spans)
        noise_frac = 1 - phi / len(lines) if lines else 1.0
        gen = wpick(NOISE_GENS if noise_frac < NOISE_TARGET + 0.005 else PHI_GENS)
        if used.get(gen.__name__, 0) >= CAP:
            continue
        blk = as_list(gen())
        if len(lines) + len(blk) > NLINES:
            continue
        used[gen.__name__] = used.get(gen.__name__, 0) + len(blk)
        lines.extend(blk)
    return lines


def main():
    lines = build()
    assert len(lines) == NLINES
    log_out, lab_out = [], []
    for i, ln in enumerate(lines, 1):
        text = ln.text
        assert text and "\n" not in text and "\r" not in text, (i, text)
        b = text.encode("utf-8")
        spans = []
        for s, e, cat, val in ln.spans:
            assert b[s:e] == val.encode("utf-8"), (i, val)
            spans.append({"s": s, "e": e, "cat": cat})
        log_out.append(text)
        lab_out.append(json.dumps({"line": i, "family": ln.fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, f"{ID}.log"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(log_out))
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lab_out) + "\n")


if __name__ == "__main__":
    main()
