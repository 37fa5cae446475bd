#!/usr/bin/env python3
"""Synthetic labeled log corpus "kw": a military treatment facility (MTF) and a TRICARE
managed-care support contractor.

Formats (families): DEERS eligibility responses as JSON and as a fixed-width extract,
MHS GENESIS-like Cerner Millennium server logs, HL7 v2 ADT from the GENESIS interface
engine, CHCS-like MUMPS roll-and-scroll terminal captures (script(1) output, FileMan
globals), TRICARE X12 837P claims and X12 835 remittances (one segment per line),
deployment health assessments (DD 2795/2796/2900 text), line-of-duty forms (DA 2173 /
AF 348 text), Navy ship sick-call logs with rate and rank, 9-line MEDEVAC requests from a
chat capture, Java Spring Boot (Logback) logs, .NET (Microsoft.Extensions.Logging console,
Serilog text and CLEF JSON) logs, base exchange pharmacy POS journal, dependents' school
and sports physicals (CSV and notes), APO/FPO mail-order shipment and address validation
logs, nginx / infrastructure noise.

Everything is synthetic.  Deterministic: fixed seed, no clock, no OS randomness.
Writes kw.log and kw.labels.jsonl next to this script.

Labeling decisions:
- Patients, sponsors (the service member whose SSN/DBN the family uses), spouses,
  children, guarantors/subscribers and next of kin are labeled.  Clinicians, corpsmen,
  investigating officers, commanders, cashiers, pharmacists, contractor staff (including
  their application user names such as PowerChart user=WHITFIELDA), payers,
  MTFs, ships, units, vendors and their phones/emails/NPIs/TINs/bank accounts are not.
- Rank, rate, pay grade, branch, unit, ship, UIC and division are not labeled; only the
  name that follows a rank/rate is ("ABH3 GARCIA-MOLINA, J." -> name span on the name).
- Sponsor SSN written with the family member prefix (FMP), e.g. "30/512-38-9021": the FMP
  prefix and the slash are not labeled, the SSN digits are (ssn).  SSNs without dashes and
  inside fixed-width records are ssn too.  "Last four" of an SSN (L4, ssnLast4, masked
  ***-**-1234) is labeled ssn because it is used as a patient identifier in the services.
  Masked card numbers showing only the last four digits are NOT labeled (PCI truncation).
- DoD ID / EDIPI (10 digits) -> other_id.  DoD Benefits Number (DBN, 11 digits) and any
  TRICARE member/subscriber ID (X12 NM1*IL / NM1*QC MI, IN1 insured ID) and the Medicare
  MBI of TRICARE For Life beneficiaries -> health_plan.
- MHS GENESIS MRN, Cerner person_id and CHCS patient IEN (DFN, ^DPT subscript) -> mrn.
  Cerner FIN (financial number, HL7 PID-18/PV1-19), CLM01/CLP01 patient control numbers,
  CHCS inpatient register numbers, Military Star card and full card numbers -> account.
- Other person-level identifiers -> other_id: encntr_id, claim ICN / contractor claim ID,
  Rx numbers, LOD case numbers, ZAP / battle roster numbers, DoDEA student IDs,
  DS Logon / portal usernames.  Transaction-level identifiers (POS transaction numbers,
  mail-order order numbers, HL7 MSH-10, X12 control numbers, trace/span IDs, UUIDs,
  batch/job IDs, EFT trace numbers) are not labeled.
- Dates tied to a person are labeled date: birth, service, admission, appointment,
  enrollment/eligibility begin and end, deployment arrival/departure, injury, exam,
  signature on the person's form.  FileMan internal dates (2870412) count.  A date and
  time written as one token (20240314081255, "21 Mar 2024@0830") is one span.  Log
  timestamps, file/batch/production dates, sick-call log header dates and sentinel end
  dates (99991231) are not labeled.
- Phone numbers split over HL7 components (area code / number) are two spans; a fax
  repetition (PID-13 ...^FX^...) is fax.  Staff DSN numbers and helpdesk numbers are not labeled.
- Ages are labeled only when over 89 (retirees on TRICARE For Life); other ages are not.
- Addresses: street line (with apartment) is one address span, city is a separate address
  span, state is not labeled, ZIP (with +4) is zip.  APO/FPO/DPO mailing addresses: the
  Unit/PSC/CMR + Box line is address, the APO/FPO/DPO token is address (city position),
  AE/AP/AA is not labeled (state position), ZIP is zip.  The place of a line-of-duty injury
  given as streets and town is address.  Unit, ship and base addresses are not labeled.
  MGRS grids in 9-line MEDEVAC requests are tactical pick-up locations, not labeled.
- Vehicles of the patient (VIN, plate) -> vehicle; patient's driver's licence number
  (also when logged as ID for pseudoephedrine sales) -> license; the patient's own medical
  devices (insulin pump, CGM, CPAP, hearing aid serials) -> device.
- RAPIDS fingerprint templates (base64 ISO 19794-2) -> biometric; base64 CAC photos ->
  photo; patient portal client public IPs -> ip; personal links a member submits -> url.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import unicodedata

SEED = 20240314
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
NOW = dt.datetime(2024, 3, 14, 5, 58, 11, 412000)
TODAY = dt.date(2024, 3, 14)
N_LINES = 500


# --------------------------------------------------------------------------- builder
class Ln:
    def __init__(self, fam):
        self.fam = fam
        self.buf = []
        self.n = 0
        self.spans = []

    def t(self, s):
        s = str(s)
        self.buf.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        b = len(s.encode("utf-8"))
        if cat:
            self.spans.append((self.n, self.n + b, cat, s))
        self.buf.append(s)
        self.n += b
        return self

    def add(self, *parts):
        for x in parts:
            if isinstance(x, tuple):
                self.p(x[0], x[1])
            else:
                self.t(x)
        return self

    def text(self):
        return "".join(self.buf)


def L(fam, *parts):
    return Ln(fam).add(*parts)


class P:
    """A labeled value inside a JSON structure."""
    def __init__(self, v, c):
        self.v, self.c = v, c


def ej(ln, o, sep=(",", ":")):
    if isinstance(o, P):
        if isinstance(o.v, str):
            ln.t('"')
            ln.p(json.dumps(o.v, ensure_ascii=False)[1:-1], o.c)
            ln.t('"')
        else:
            ln.p(json.dumps(o.v), o.c)
    elif isinstance(o, dict):
        ln.t("{")
        first = True
        for k, v in o.items():
            if not first:
                ln.t(sep[0])
            first = False
            ln.t(json.dumps(k) + sep[1])
            ej(ln, v, sep)
        ln.t("}")
    elif isinstance(o, list):
        ln.t("[")
        for i, v in enumerate(o):
            if i:
                ln.t(sep[0])
            ej(ln, v, sep)
        ln.t("]")
    else:
        ln.t(json.dumps(o, ensure_ascii=False))
    return ln


CYC = {}


def cyc(name, n):
    CYC[name] = CYC.get(name, -1) + 1
    return CYC[name] % n


def clk(lo=1, hi=55):
    global NOW
    NOW += dt.timedelta(seconds=rng.randint(lo, hi), milliseconds=rng.randint(0, 999))
    return NOW


def ms(ts):
    return f"{ts.microsecond // 1000:03d}"


def ascii_up(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.upper()


def uuid4():
    b = bytearray(rng.getrandbits(8) for _ in range(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def digits(n, first="123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def luhn_complete(prefix, length):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def fd(d, style):
    """Format a date in one of many written forms."""
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "ymd":
        return d.strftime("%Y%m%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_short":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "dmy_mil":
        return f"{d.day:02d} {MON[d.month - 1]} {d.year}"
    if style == "dmy_mil_title":
        return f"{d.day:02d} {MON[d.month - 1].title()} {d.year}"
    if style == "dmyy":
        return f"{d.day:02d}{MON[d.month - 1]}{d.year % 100:02d}"
    if style == "dmyyyy":
        return f"{d.day:02d}{MON[d.month - 1]}{d.year}"
    if style == "fileman":
        return f"{d.year - 1700}{d.month:02d}{d.day:02d}"
    if style == "oracle":
        return f"{d.day:02d}-{MON[d.month - 1]}-{d.year} 00:00:00"
    if style == "dash_us":
        return d.strftime("%m-%d-%Y")
    if style == "dot_eu":
        return d.strftime("%d.%m.%Y")
    raise ValueError(style)


def age_at(dob, on=TODAY):
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


def rdate(y0, y1):
    start = dt.date(y0, 1, 1).toordinal()
    end = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))


def recent(days_back=40, days_fwd=0):
    return TODAY + dt.timedelta(days=rng.randint(-days_back, days_fwd))


# --------------------------------------------------------------------------- people
LAST = ["Okafor", "Nguyen", "García-Molina", "Reyes", "dela Cruz", "Santos", "Bautista",
        "Villanueva", "Taitano", "Camacho", "Tuiasosopo", "Faleolo", "Kowalski", "Brzezinski",
        "O'Connell", "McAllister", "St. Clair", "Van der Berg", "de la Fuente", "Al-Hashimi",
        "Haddad", "Patel", "Chaudhry", "Kim", "Park", "Yamamoto", "Washington", "Jefferson",
        "Thompson-Reyes", "Begay", "Yazzie", "Nakamura", "Abubakar", "Mensah", "Osei",
        "Adeyemi", "Müller", "Peña", "Núñez", "Ibáñez", "Lindqvist", "Petrov", "Hernández",
        "Castillo", "LeBlanc", "Boudreaux", "Tran", "Pham", "Ramírez", "Zhang", "Gutierrez",
        "Mahoney", "Harper-Lowe", "Fitzgerald", "Kealoha", "Akana", "Johnson", "Williams",
        "Brooks", "Sandoval", "Delgado", "Aguon", "Quitugua", "Oyelaran", "Szymański",
        "MacLeod", "DuBose", "von Ahn", "Le", "Cordero", "Whitehorse", "Ivanova"]
FIRST_M = ["Chidi", "Minh", "José", "Mark Anthony", "John Paul", "Tavita", "Sione", "Jakub",
           "Liam", "Darnell", "DeShawn", "Tyrone", "Hiroshi", "Kwame", "Emeka", "Ahmed", "Omar",
           "Rajesh", "Arjun", "Min-jun", "Jae-hyun", "Travis", "Cody", "Dakota", "Ethan",
           "Mateo", "Santiago", "Björn", "Luis", "Andre", "Keoni", "Rey", "Bayani", "Ivan",
           "Connor", "Malik", "Tomasz", "Jesús", "Dmitri", "Wyatt"]
FIRST_F = ["Ngozi", "Mai", "Maria Luisa", "Rosario", "Leilani", "Malia", "Agnieszka",
           "Siobhan", "Aaliyah", "Keisha", "Yuki", "Ama", "Fatima", "Priya", "Ji-woo",
           "Seo-yeon", "Brittany", "Kayla", "Ashley", "Sofía", "Camila", "Ingrid", "Chantal",
           "Noelani", "Hannah", "Anh", "Marisol", "Destiny", "Imani", "Zofia", "Renée",
           "Teresita", "Lani", "Olga", "Shanice", "Guadalupe"]
KID_M = ["Aiden", "Jayden", "Elijah", "Kai", "Luca", "Mateo", "Noah", "Amari", "Ezekiel",
         "Kenji", "Dominic", "Isaiah", "Bao", "Tanoa"]
KID_F = ["Sophia", "Olivia", "Zoe", "Mia", "Nova", "Amara", "Isabella", "Hana", "Leilani",
         "Chloe", "Esperanza", "Adaeze", "Aroha", "Maya"]
MID = "ABCDEFGHIJKLMNOPRSTVW"

CONUS = [("Fayetteville", "NC", "28303"), ("Spring Lake", "NC", "28390"),
         ("Jacksonville", "NC", "28546"), ("San Diego", "CA", "92136"),
         ("Chula Vista", "CA", "91910"), ("Oceanside", "CA", "92057"),
         ("Norfolk", "VA", "23503"), ("Virginia Beach", "VA", "23462"),
         ("Chesapeake", "VA", "23320"), ("Killeen", "TX", "76542"),
         ("Harker Heights", "TX", "76548"), ("Colorado Springs", "CO", "80916"),
         ("Fountain", "CO", "80817"), ("Lakewood", "WA", "98499"), ("Oak Harbor", "WA", "98277"),
         ("Bremerton", "WA", "98312"), ("Honolulu", "HI", "96818"), ("Ewa Beach", "HI", "96706"),
         ("Clarksville", "TN", "37042"), ("Fort Walton Beach", "FL", "32547"),
         ("Pensacola", "FL", "32506"), ("Columbus", "GA", "31907"), ("Hinesville", "GA", "31313"),
         ("El Paso", "TX", "79924"), ("Watertown", "NY", "13601"), ("Junction City", "KS", "66441"),
         ("Dededo", "GU", "96929"), ("Yigo", "GU", "96929"), ("Beaufort", "SC", "29906")]
STREETS = ["Bragg Blvd", "Reilly Rd", "Yadkin Rd", "Western Blvd", "Gum Branch Rd",
           "Rosecrans St", "Hancock St", "Little Creek Rd", "Hampton Blvd", "Rancier Ave",
           "Stan Schlueter Loop", "Academy Blvd", "Steilacoom Blvd", "Midway Ave",
           "Kamehameha Hwy", "Fort Campbell Blvd", "Eglin Pkwy", "Victory Dr",
           "General Screven Way", "Dyer St", "Arsenal St", "Grant Ave", "Marine Dr",
           "Chalan Santo Papa", "Parris Island Gtwy", "Honeycutt Rd", "Lejeune Blvd"]
APOS = [("CMR 480 Box {n}", "APO", "AE", "09128"), ("Unit {u} Box {n}", "APO", "AE", "09096"),
        ("PSC 817 Box {n}", "FPO", "AE", "09622"), ("PSC 473 Box {n}", "FPO", "AP", "96349"),
        ("PSC 557 Box {n}", "FPO", "AP", "96379"), ("Unit {u} Box {n}", "APO", "AP", "96338"),
        ("PSC 80 Box {n}", "APO", "AP", "96367"), ("PSC 1005 Box {n}", "FPO", "AE", "09593"),
        ("Unit {u} Box {n}", "DPO", "AE", "09777"), ("PSC 819 Box {n}", "FPO", "AE", "09645")]
AREA = {"NC": ["910", "252"], "CA": ["619", "858", "760"], "VA": ["757"], "TX": ["254", "915"],
        "CO": ["719"], "WA": ["253", "360"], "HI": ["808"], "TN": ["931"], "FL": ["850", "904"],
        "GA": ["706", "912"], "NY": ["315"], "KS": ["785"], "GU": ["671"], "SC": ["843"]}

NAVY_RATES = [("BM3", "E-4"), ("ABH2", "E-5"), ("ET1", "E-6"), ("OS2", "E-5"), ("MM3", "E-4"),
              ("GM2", "E-5"), ("LS1", "E-6"), ("CS3", "E-4"), ("IT2", "E-5"), ("HT3", "E-4"),
              ("EMN3", "E-4"), ("AO2", "E-5"), ("ABE3", "E-4"), ("YN2", "E-5"), ("SN", "E-3"),
              ("AN", "E-3"), ("FN", "E-3"), ("AD1", "E-6"), ("BMC", "E-7"), ("LTJG", "O-2"),
              ("ENS", "O-1"), ("LT", "O-3"), ("PS2", "E-5"), ("MA3", "E-4")]
ARMY = [("PFC", "E-3"), ("SPC", "E-4"), ("SGT", "E-5"), ("SSG", "E-6"), ("SFC", "E-7"),
        ("2LT", "O-1"), ("1LT", "O-2"), ("CPT", "O-3"), ("PV2", "E-2"), ("CW2", "W-2")]
USMC = [("LCpl", "E-3"), ("Cpl", "E-4"), ("Sgt", "E-5"), ("SSgt", "E-6"), ("PFC", "E-2"),
        ("1stLt", "O-2"), ("GySgt", "E-7")]
USAF = [("A1C", "E-3"), ("SrA", "E-4"), ("SSgt", "E-5"), ("TSgt", "E-6"), ("Capt", "O-3"),
        ("MSgt", "E-7")]
UNITS = {"USN": ["USS MAKIN ISLAND (LHD 8)", "USS CARL VINSON (CVN 70)", "USS ARLEIGH BURKE (DDG 51)",
                 "NAVSTA ROTA", "HSC-25", "NMRTC SAN DIEGO", "USS BATAAN (LHD 5)"],
         "USA": ["2-504 PIR, 82nd ABN DIV", "1-5 CAV, 2ABCT, 1CD", "3rd MP BN", "1-75 RGR",
                 "2-8 FA, 1-25 SBCT"],
         "USMC": ["1/5 MARINES", "2D MLG", "VMM-262", "BLT 1/5, 15TH MEU", "3D RECON BN"],
         "USAF": ["4th FW", "18th WG", "1st SOW", "316th WG", "86th AW"]}


class Person:
    pass


def gen_ssn():
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        g = rng.randint(1, 99)
        s = rng.randint(1, 9999)
        v = f"{a:03d}-{g:02d}-{s:04d}"
        if v in ("123-45-6789", "078-05-1120", "219-09-9999"):
            continue
        return v


def gen_phone(st):
    area = rng.choice(AREA.get(st, ["910"]))
    return area + str(rng.randint(2, 9)) + digits(2, "0123456789") + digits(4, "0123456789")


def fphone(p, style=None):
    style = style or rng.choice(["paren", "dash", "dot", "plain", "intl"])
    a, b, c = p[:3], p[3:6], p[6:]
    return {"paren": f"({a}) {b}-{c}", "dash": f"{a}-{b}-{c}", "dot": f"{a}.{b}.{c}",
            "plain": p, "intl": f"+1 {a} {b} {c}"}[style]


def gen_addr():
    a = {}
    if rng.random() < 0.27:
        tpl, city, st, z = rng.choice(APOS)
        a["line1"] = tpl.format(u=rng.randint(2050, 8400), n=rng.randint(10, 4999))
        a["line2"] = ""
        a["city"], a["st"], a["zip"] = city, st, z
        a["zip4"] = z + "-" + f"{rng.randint(1, 9999):04d}"
        a["apo"] = True
    else:
        city, st, z = rng.choice(CONUS)
        a["line1"] = f"{rng.randint(100, 9899)} {rng.choice(STREETS)}"
        a["line2"] = rng.choice(["", "", "", f"Apt {rng.randint(1, 40)}{rng.choice('ABCD')}",
                                 f"Unit {rng.randint(100, 999)}", f"#{rng.randint(101, 420)}"])
        a["city"], a["st"], a["zip"] = city, st, z
        a["zip4"] = z + "-" + f"{rng.randint(1, 9999):04d}"
        a["apo"] = False
    return a


def email_for(first, last):
    f = ascii_up(first).lower().replace(" ", "").replace("-", "")
    l_ = ascii_up(last).lower().replace(" ", "").replace("'", "").replace("-", "").replace(".", "")
    dom = rng.choice(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com",
                      "aol.com", "protonmail.com"])
    pat = rng.choice(["{f}.{l}", "{f}{l}{n}", "{fi}{l}{n}", "{l}.{f}{n}", "{f}_{l}"])
    return pat.format(f=f, l=l_, fi=f[0], n=rng.randint(1, 99)) + "@" + dom


def new_person(sex, dob, last, addr, branch=None):
    p = Person()
    p.sex = sex
    p.first = rng.choice(FIRST_M if sex == "M" else FIRST_F)
    p.mi = rng.choice(MID)
    p.last = last
    p.dob = dob
    p.ssn = gen_ssn()
    p.edipi = str(rng.randint(1012000000, 1699999999))
    p.dbn = digits(11)
    p.mrn = str(rng.randint(10000000, 99999999))
    p.person_id = str(rng.randint(12000000, 39999999)) + ".00"
    p.dfn = str(rng.randint(1200, 998000))
    p.addr = addr
    p.phone = gen_phone(addr["st"] if not addr["apo"] else "VA")
    p.email = email_for(p.first, p.last)
    p.user = (ascii_up(p.first).lower().replace(" ", "").replace("-", "")[:1] +
              ascii_up(p.last).lower().replace(" ", "").replace("'", "").replace("-", "").replace(".", "")
              + str(rng.randint(1, 999)))
    p.branch = branch
    p.rank = p.grade = p.unit = None
    p.fmp = "20"
    return p


def make_family(retiree=False):
    addr = gen_addr()
    last = rng.choice(LAST)
    branch = rng.choice(["USN", "USN", "USA", "USA", "USMC", "USAF"])
    sex = "M" if rng.random() < 0.78 else "F"
    if retiree:
        dob = rdate(1930, 1933) if rng.random() < 0.6 else rdate(1950, 1962)
    else:
        dob = rdate(1980, 2004)
    table = {"USN": NAVY_RATES, "USA": ARMY, "USMC": USMC, "USAF": USAF}[branch]
    rank, grade = rng.choice(table)
    if not retiree:
        lvl = int(grade[2:])
        if grade.startswith("E"):
            dob = rdate(1998, 2004) if lvl <= 4 else rdate(1988, 1999) if lvl <= 6 else rdate(1978, 1990)
        else:
            dob = rdate(1994, 2001) if lvl <= 2 else rdate(1984, 1995)
    s = new_person(sex, dob, last, addr, branch)
    if sex == "F":
        s.first = rng.choice(FIRST_F)
    s.rank, s.grade = rank, grade
    s.unit = rng.choice(UNITS[branch])
    s.status = "RET" if retiree else rng.choice(["AD", "AD", "AD", "RES", "NG"])
    s.sponsor = s
    fam = [s]
    if rng.random() < 0.7:
        sp = new_person("F" if sex == "M" else "M",
                        dob + dt.timedelta(days=rng.randint(-1500, 1500)),
                        last if rng.random() < 0.7 else rng.choice(LAST), addr, branch)
        sp.fmp, sp.sponsor, sp.status = "30", s, s.status
        fam.append(sp)
        if not retiree and dob.year <= 1998:
            for i in range(rng.randint(0, 3)):
                ks = rng.choice("MF")
                kdob = rdate(max(dob.year + 20, 2006), 2020)
                k = new_person(ks, kdob, last, addr, branch)
                k.first = rng.choice(KID_M if ks == "M" else KID_F)
                k.fmp, k.sponsor, k.status = f"{i + 1:02d}", s, s.status
                fam.append(k)
    return fam


FAMS = [make_family() for _ in range(70)] + [make_family(retiree=True) for _ in range(12)]
EVERYONE = [p for f in FAMS for p in f]
SPONSORS = [f[0] for f in FAMS]
AD_SPONSORS = [s for s in SPONSORS if s.status != "RET"]
NAVY_AD = [s for s in AD_SPONSORS if s.branch in ("USN", "USMC")]
KIDS = [p for p in EVERYONE if p.fmp not in ("20", "30") and 4 <= age_at(p.dob) <= 17]
OLD = [p for p in EVERYONE if age_at(p.dob) > 89]
DEPS = [p for p in EVERYONE if p.fmp != "20"]


def anyone():
    r = rng.random()
    if r < 0.12 and OLD:
        return rng.choice(OLD)
    return rng.choice(EVERYONE)


# name renderings: (text) -- always a single name span
def nm(p, style=None):
    style = style or rng.choice(["last_first", "first_last", "LAST_FIRST", "chcs", "upper_fl",
                                 "init_last", "lower"])
    f, l_ = p.first, p.last
    if style == "last_first":
        return f"{l_}, {f}"
    if style == "first_last":
        return f"{f} {l_}"
    if style == "LAST_FIRST":
        return f"{l_.upper()}, {f.upper()}"
    if style == "chcs":
        return f"{ascii_up(l_)},{ascii_up(f)} {p.mi}"
    if style == "upper_fl":
        return f"{f.upper()} {p.mi}. {l_.upper()}"
    if style == "init_last":
        return f"{f[0]}. {l_}"
    if style == "lower":
        return f"{f.lower()} {l_.lower()}"
    if style == "last_init":
        return f"{l_.upper()}, {f[0]}."
    if style == "fml":
        return f"{f} {p.mi}. {l_}"
    raise ValueError(style)


STAFF = ["LCDR Amanda Whitfield, MC, USN", "CPT Rafael Ortiz, MD", "Dr. Helen Park",
         "LT Dana Kowal, NC, USN", "MAJ Priscilla Odom, MC", "Capt Brendan Huang, USAF, MC",
         "Ms. Rochelle Barnes, PA-C", "CDR Victor Almeida, MC, USN", "Dr. Samuel Achebe"]
CORPSMEN = ["HM2 Sato", "HM3 Alvarez", "HM1 Pacheco", "HN Brooks", "HMC Delacroix", "HM3 Mbeki"]
NPIS = [luhn_complete("80840", 15)[5:] for _ in range(6)]
PROV_NAMES = ["WHITFIELD^AMANDA", "ORTIZ^RAFAEL", "PARK^HELEN", "ALMEIDA^VICTOR", "ACHEBE^SAMUEL"]
MTF = ["NMCSD", "WOMACK AMC", "NMC PORTSMOUTH", "MADIGAN AMC", "CRDAMC", "NH OKINAWA",
       "BAMC", "EVANS ACH", "NH GUAM", "USNH ROTA"]


# --------------------------------------------------------------------------- families
SPRING_PID = 41877


def spring_pre(ln, lvl, thread, logger):
    ts = clk(1, 20)
    ln.t(f"{ts:%Y-%m-%d %H:%M:%S}.{ms(ts)} {lvl:>5} {SPRING_PID} --- [{thread[-15:]:>15}] "
         f"{logger[-40:]:<40} : ")
    return ln


def blk_spring():
    out = []
    th = lambda: rng.choice(["nio-8443-exec-" + str(rng.randint(1, 40)), "scheduling-1",
                             "task-" + str(rng.randint(1, 8)), "main", "batch-exec-2",
                             "reactor-http-epoll-3"])
    for _ in range(rng.randint(3, 7)):
        r = rng.random()
        ln = Ln("spring_boot")
        if r < 0.50:
            kind = rng.randint(0, 13)
            if kind == 0:
                spring_pre(ln, "INFO", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool")
                ln.t(f"HikariPool-1 - Pool stats (total=20, active={rng.randint(0, 9)}, idle={rng.randint(8, 20)}, waiting=0)")
            elif kind == 1:
                spring_pre(ln, "INFO", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer")
                ln.t("Tomcat started on port(s): 8443 (https) with context path '/elig'")
            elif kind == 2:
                spring_pre(ln, "INFO", "scheduling-1", "o.s.b.c.l.support.SimpleJobLauncher")
                ln.t(f"Job: [SimpleJob: [name=deersDailyDeltaLoad]] completed with the following parameters: "
                     f"[{{run.date=2024-03-14, file=DEERS_DELTA_20240314_{rng.randint(1, 4):02d}.dat}}] and the "
                     f"following status: [COMPLETED] in {rng.randint(1, 9)}m{rng.randint(0, 59)}s{rng.randint(0, 999)}ms")
            elif kind == 3:
                spring_pre(ln, "DEBUG", th(), "m.h.t.elig.client.DeersRealtimeClient")
                ln.t(f"DRE call traceId={hexs(32)} spanId={hexs(16)} latencyMs={rng.randint(80, 2400)} http=200")
            elif kind == 4:
                spring_pre(ln, "WARN", th(), "i.g.r.c.i.CircuitBreakerStateMachine")
                ln.t("CircuitBreaker 'deersRealtime' changed state from CLOSED to OPEN (failureRate=57.5%, calls=40)")
            elif kind == 5:
                spring_pre(ln, "ERROR", th(), "o.h.engine.jdbc.spi.SqlExceptionHelper")
                ln.t("An I/O error occurred while sending to the backend. SQLState: 08006")
            elif kind == 6:
                spring_pre(ln, "INFO", th(), "o.s.web.servlet.DispatcherServlet")
                ln.t(f"Completed initialization in {rng.randint(1, 9)} ms")
            elif kind == 7:
                spring_pre(ln, "INFO", "main", "m.h.t.elig.EligibilityServiceApplication")
                ln.t(f"Started EligibilityServiceApplication in {rng.uniform(9, 30):.3f} seconds (process running for {rng.uniform(31, 40):.3f})")
            elif kind == 8:
                spring_pre(ln, "WARN", th(), "o.s.w.s.m.s.DefaultHandlerExceptionResolver")
                ln.t("Resolved [org.springframework.web.HttpMediaTypeNotSupportedException: Content-Type 'text/plain;charset=UTF-8' is not supported]")
            elif kind == 9:
                spring_pre(ln, "INFO", th(), "m.h.t.claims.batch.ClaimFileWriter")
                ln.t(f"Wrote 837P batch TRIEAST_{rng.randint(100000, 999999)}.x12 claims={rng.randint(80, 900)} bytes={rng.randint(200000, 900000)} sha256={hexs(64)}")
            elif kind == 10:
                spring_pre(ln, "INFO", th(), "m.h.t.elig.config.DeersProperties")
                ln.t("deers.endpoint=https://dre-gw.internal.tricare.example:9443/dre/v3 timeoutMs=5000 retries=3 build=4.18.2-b1177")
            elif kind == 11:
                spring_pre(ln, "WARN", th(), "m.h.t.elig.client.DeersRealtimeClient")
                ln.t(f"Retrying DRE call attempt=2 backoffMs=800 correlationId={uuid4()}")
            elif kind == 12:
                spring_pre(ln, "INFO", "scheduling-1", "o.s.batch.core.step.AbstractStep")
                ln.t(f"Step: [loadBeneficiaries] executed in {rng.randint(1, 8)}m{rng.randint(0, 59)}s read={rng.randint(20000, 90000)} skipped={rng.randint(0, 14)}")
            else:
                ln2 = Ln("spring_boot")
                ln2.t(f"\tat org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator.doTranslate(SQLErrorCodeSQLExceptionTranslator.java:{rng.randint(200, 260)})")
                spring_pre(ln, "ERROR", th(), "o.a.c.c.C.[.[.[/].[dispatcherServlet]")
                ln.t("Servlet.service() for servlet [dispatcherServlet] threw exception [Request processing failed: org.springframework.dao.QueryTimeoutException] with root cause")
                out.append(ln)
                ln = ln2
        else:
            p = anyone()
            kind = rng.randint(0, 8)
            if kind == 8:
                p = rng.choice(OLD)
                mbi = (rng.choice("123456789") + rng.choice("ACDEFGHJKMNPQRTUVWXY") + rng.choice("ACDEFGHJKMNPQRTUVWXY0123456789") +
                       rng.choice("0123456789") + "-" + rng.choice("ACDEFGHJKMNPQRTUVWXY") + rng.choice("ACDEFGHJKMNPQRTUVWXY0123456789") +
                       rng.choice("0123456789") + "-" + rng.choice("ACDEFGHJKMNPQRTUVWXY") + rng.choice("ACDEFGHJKMNPQRTUVWXY") +
                       rng.choice("0123456789") + rng.choice("0123456789"))
                spring_pre(ln, "INFO", th(), "m.h.t.claims.tfl.MedicareCrossoverService")
                ln.add("TFL crossover: beneficiary ", (nm(p, "LAST_FIRST"), "name"), " age ", (str(age_at(p.dob)), "age"),
                       " MBI ", (mbi, "health_plan"), " Part A/B active, WPS-TFL secondary claim queued")
            elif kind == 0:
                spring_pre(ln, "INFO", th(), "m.h.t.elig.web.EligibilityController")
                ln.add("Eligibility inquiry edipi=", (p.edipi, "other_id"), " fmp=", p.fmp, " dos=",
                       (fd(recent(20, 10), "iso"), "date"),
                       f" -> status=ELIGIBLE plan={rng.choice(['PRIME', 'SELECT', 'TFL', 'PRIME_REMOTE'])} region=EAST")
            elif kind == 1:
                spring_pre(ln, "DEBUG", th(), "m.h.t.elig.mapper.DeersRecordMapper")
                ln.add("Converted DEERS record: BeneficiaryDto(edipi=", (p.edipi, "other_id"),
                       ", lastName=", (ascii_up(p.last), "name"), ", firstName=", (ascii_up(p.first), "name"),
                       ", dateOfBirth=", (fd(p.dob, "iso"), "date"), ", sponsorSsn=",
                       (p.sponsor.ssn.replace("-", ""), "ssn"), ", fmpCode=", p.fmp, ", zipCode=",
                       (p.addr["zip"], "zip"), ", pcmNpi=", rng.choice(NPIS), ")")
            elif kind == 2:
                spring_pre(ln, "ERROR", th(), "m.h.t.elig.batch.BeneficiaryItemWriter")
                ln.add("Failed to persist beneficiary: org.springframework.dao.DataIntegrityViolationException: "
                       "could not execute statement; SQL [n/a]; constraint [uk_bene_sponsor_fmp]; Detail: Key (sponsor_ssn, fmp_cd)=(",
                       (p.sponsor.ssn.replace("-", ""), "ssn"), f", {p.fmp}) already exists.")
            elif kind == 3:
                spring_pre(ln, "TRACE", th(), "o.h.type.descriptor.sql.BasicBinder")
                ln.add(f"binding parameter [{rng.randint(1, 4)}] as [VARCHAR] - [", (p.dbn, "health_plan"), "]")
            elif kind == 4:
                spring_pre(ln, "INFO", th(), "m.h.t.elig.service.SponsorLookupService")
                ln.add("Sponsor lookup ssnLast4=", (p.sponsor.ssn[-4:], "ssn"), " lastName=",
                       (ascii_up(p.sponsor.last), "name"), f" matched {rng.randint(1, 5)} family members in {rng.randint(4, 90)}ms")
            elif kind == 5:
                spring_pre(ln, "WARN", th(), "m.h.t.elig.client.DeersRealtimeClient")
                ln.add("DRE returned PN_NOT_FOUND for dbn=", (p.dbn, "health_plan"), " birthDate=",
                       (fd(p.dob, "ymd"), "date"), " — falling back to nightly extract")
            elif kind == 6:
                spring_pre(ln, "INFO", th(), "m.h.t.claims.web.ClaimStatusController")
                ln.add("276/277 status claimId=", ("TCL" + digits(10), "other_id"), " patientAcct=",
                       ("PA" + digits(8), "account"), " memberId=", (p.dbn, "health_plan"),
                       f" status=A2:20 payer=HUMANA_MIL elapsed={rng.randint(30, 900)}ms")
            else:
                spring_pre(ln, "WARN", th(), "o.s.v.b.MethodValidationInterceptor")
                ln.add("Validation failed for object='eligibilityRequest'. Field error in object 'eligibilityRequest' on field 'dateOfBirth': rejected value [",
                       (fd(p.dob, "us"), "date"), "]; codes [Past.eligibilityRequest.dateOfBirth]; default message [must be a past date]")
        out.append(ln)
    return out


def blk_dotnet():
    out = []
    for _ in range(rng.randint(2, 5)):
        style = rng.random()
        phi = rng.random() < 0.45
        p = anyone()
        if style < 0.35:
            # Microsoft.Extensions.Logging console formatter: 2 physical lines
            if not phi:
                c = rng.choice([("info", "Microsoft.Hosting.Lifetime[14]", "Now listening on: https://[::]:5001"),
                                ("info", "Microsoft.Hosting.Lifetime[0]", "Application started. Press Ctrl+C to shut down."),
                                ("info", "Microsoft.Hosting.Lifetime[0]", "Hosting environment: Production"),
                                ("warn", "Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager[35]",
                                 "No XML encryptor configured. Key {%s} may be persisted to storage in unencrypted form." % uuid4()),
                                ("info", "Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService[100]",
                                 f"Health check 'sqlserver' completed after {rng.uniform(1, 30):.4f}ms with status Healthy"),
                                ("fail", "Tricare.Portal.Api.Middleware.ExceptionMiddleware[0]",
                                 f"Unhandled exception TraceId={hexs(32)}: System.TimeoutException: The operation has timed out after 00:00:30")])
                out.append(L("dotnet_console", f"{c[0]}: {c[1]}"))
                out.append(L("dotnet_console", "      " + c[2]))
            else:
                k = cyc("dotnet_console", 3)
                if k == 0:
                    out.append(L("dotnet_console", "fail: Microsoft.EntityFrameworkCore.Database.Command[20102]"))
                    out.append(L("dotnet_console", f"      Failed executing DbCommand ({rng.randint(20, 30000)}ms) [Parameters=[@__dbn_0='",
                                 (p.dbn, "health_plan"), "' (Size = 11), @__dob_1='", (fd(p.dob, "us") + " 00:00:00", "date"),
                                 "'], CommandType='Text', CommandTimeout='30']"))
                elif k == 1:
                    out.append(L("dotnet_console", "warn: Tricare.Portal.Api.Controllers.SecureMessageController[0]"))
                    out.append(L("dotnet_console", f"      Message {rng.randint(1000, 99999)} from beneficiary ",
                                 (p.dbn, "health_plan"), " (", (nm(p, "first_last"), "name"),
                                 f") rejected: attachment too large ({rng.uniform(10, 40):.1f} MB)"))
                else:
                    out.append(L("dotnet_console", "info: Tricare.Claims.Appeals.AppealIntakeService[1204]"))
                    out.append(L("dotnet_console", "      Appeal received for claim ", ("24" + digits(13, "0123456789"), "other_id"),
                                 " beneficiary=", (nm(p, "LAST_FIRST"), "name"), " fax=", (fphone(gen_phone(p.addr['st'] if not p.addr['apo'] else 'VA'), 'dash'), "fax"),
                                 " pages=", str(rng.randint(2, 30))))
        elif style < 0.7:
            ts = clk(1, 25)
            pre = f"[{ts:%Y-%m-%d %H:%M:%S}.{ms(ts)} -05:00 "
            if not phi:
                msg = rng.choice([
                    f"INF] HTTP GET /healthz responded 200 in {rng.uniform(0.3, 4):.4f} ms",
                    f"INF] HTTP POST /api/v2/claims/status responded 200 in {rng.uniform(20, 900):.4f} ms",
                    f"WRN] Polly retry 2/3 for DeersClient after {rng.choice([200, 400, 800])}ms: HttpRequestException 503",
                    f"INF] Hangfire job {rng.randint(100000, 999999)} 'ReconcileEftJob' succeeded in {rng.randint(1, 90)}s",
                    f"ERR] Redis connection 'portal-cache:6380' failed: It was not possible to connect to the redis server(s). ConnectTimeout",
                    f"INF] Outbound 270 batch {uuid4()} queued transactions={rng.randint(10, 400)}"])
                out.append(L("dotnet_serilog", pre + msg))
            else:
                k = rng.randint(0, 2)
                ip = f"{rng.choice([71, 98, 174, 24, 68, 172, 108])}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"
                if k == 0:
                    out.append(L("dotnet_serilog", pre + "INF] Portal login succeeded for ", (p.user, "other_id"),
                                 " from ", (ip, "ip"), f" (method=DSLogon, mfa=true, session={hexs(16)})"))
                elif k == 1:
                    out.append(L("dotnet_serilog", pre + "WRN] Profile update for beneficiary ", (p.dbn, "health_plan"),
                                 ": email changed to ", (p.email, "email"), ", mobile ", (fphone(p.phone), "phone")))
                else:
                    out.append(L("dotnet_serilog", pre + "INF] Appointment booked patient=", (p.edipi, "other_id"),
                                 " slot=", (fd(recent(0, 30), "iso") + "T" + rng.choice(["08:00", "09:20", "13:40", "15:00"]), "date"),
                                 f" clinic=\"{rng.choice(['FAMILY MED', 'PEDS', 'OPTOMETRY', 'DERM'])}\" mtf=\"{rng.choice(MTF)}\""))
        else:
            ts = clk(1, 25)
            t = ts.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ts.microsecond:06d}0Z"
            if not phi:
                o = {"@t": t, "@mt": "Processed {Count} 835 remittances for {Payer} in {Elapsed} ms",
                     "Count": rng.randint(10, 500), "Payer": "HUMANA_MIL", "Elapsed": rng.randint(200, 9000),
                     "SourceContext": "Tricare.Claims.Era.EraIngestWorker", "MachineName": f"clm-era-{rng.randint(1, 4)}"}
                out.append(ej(Ln("dotnet_clef"), o))
            else:
                o = {"@t": t, "@mt": "Beneficiary {BeneficiaryId} portal login from {ClientIp}",
                     "@l": "Information", "BeneficiaryId": P(p.dbn, "health_plan"),
                     "ClientIp": P(f"{rng.choice([73, 99, 107, 47, 162])}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}", "ip"),
                     "UserName": P(p.user, "other_id"), "SourceContext": "Tricare.Portal.Auth.LoginHandler",
                     "RequestId": f"0HMV{hexs(8).upper()}:0000000{rng.randint(1, 9)}"}
                out.append(ej(Ln("dotnet_clef"), o))
    return out


def blk_cerner():
    out = []
    for _ in range(rng.randint(3, 6)):
        ts = clk(1, 30)
        pre = f"{ts:%Y-%m-%d %H:%M:%S}.{ms(ts)} [P5{rng.choice(['41', '42'])}] "
        if rng.random() < 0.5:
            msg = rng.choice([
                f"SCP: entry 51 (CPM Script Batch) instances=4 restarting=0 uptime={rng.randint(1, 300)}h",
                f"RRD: device NMCSD_LAB_ZEBRA{rng.randint(1, 9):02d} queue depth 0 status=READY",
                f"OEN: comserver ESO_OUT_HL7 connected to 10.42.{rng.randint(1, 30)}.{rng.randint(2, 250)}:5501 seq={rng.randint(10000, 99999)}",
                "CCL: compile object mp_get_orders group=1 result=success elapsed=0.84s",
                f"CPM.SCRIPT.{rng.randint(4000, 4099)} pid={rng.randint(10000, 65000)} WARN  script mp_get_labs exceeded 5000ms (6121ms) rows=0",
                f"SRV 080 (Discern Expert) heap={rng.randint(200, 900)}MB threads={rng.randint(20, 80)} GC=ok",
                f"Millennium domain P541.NMCSD node {rng.choice(['mhsgapp', 'mhsgweb'])}{rng.randint(1, 12):02d} heartbeat ok",
                "OEN: ESI_IN_ADT backlog=0 processed_last_5m=214 errors=0"])
            out.append(L("cerner_millennium", pre + msg))
            continue
        p = anyone()
        k = rng.randint(0, 5)
        if k == 5:
            dev = rng.choice([("ResMed AirSense 11 CPAP", "2321" + digits(7, "0123456789")),
                              ("Phonak Audeo P90 hearing aid L", digits(4, "0123456789") + "X" + digits(5, "0123456789")),
                              ("Dexcom G7 receiver", "PG" + digits(8, "0123456789")),
                              ("Medtronic Azure pacemaker", "RWB" + digits(6, "0123456789") + "H")])
            out.append(L("cerner_millennium", pre + f"DeviceAssoc: patient-owned \"{dev[0]}\" serial=", (dev[1], "device"),
                         " linked to person_id=", (p.person_id, "mrn"), f" by {rng.choice(['RT_JONESK', 'AUDIO_LEEM', 'CARDIO_PATELN'])}"))
        elif k == 0:
            ln = L("cerner_millennium", pre + f"CPM.SCRIPT.{rng.randint(4000, 4099)} pid={rng.randint(10000, 65000)} INFO  mp_pat_search: person_id=",
                   (p.person_id, "mrn"), ' name_full_formatted="', (nm(p, "LAST_FIRST"), "name"), '" mrn=', (p.mrn, "mrn"),
                   " birth_dt_tm=", (fd(p.dob, "oracle"), "date"))
            a = age_at(p.dob)
            if a > 89:
                ln.add(" age=", (str(a), "age"), " Years")
            else:
                ln.t(f" age={a} Years")
            out.append(ln)
        elif k == 1:
            out.append(L("cerner_millennium", pre + "ESI: ADT^A08 processed contributor_system_cd=JLV_INBOUND encntr_id=",
                         (str(rng.randint(70000000, 99999999)) + ".00", "other_id"), " fin_nbr=", (digits(10), "account"),
                         " reg_dt_tm=", (fd(recent(5), "oracle"), "date")))
        elif k == 2:
            out.append(L("cerner_millennium", pre + f"PowerChart: user={rng.choice(['WHITFIELDA', 'ORTIZR', 'KOWALD', 'ACHEBES'])} position=\"Physician - Family Medicine\" opened chart person_id=",
                         (p.person_id, "mrn"), " encntr_id=", (str(rng.randint(70000000, 99999999)) + ".00", "other_id"),
                         " reason=\"Acute visit\""))
        elif k == 3:
            out.append(L("cerner_millennium", pre + "Discern rule OPS_SEPSIS_SIRS fired for encntr_id=",
                         (str(rng.randint(70000000, 99999999)) + ".00", "other_id"), " (MRN ", (p.mrn, "mrn"),
                         ") qSOFA=2 notify=RN_CHARGE_5W"))
        else:
            out.append(L("cerner_millennium", pre + "ERROR PM_ENS_PERSON: duplicate candidate ", (nm(p, "chcs"), "name"),
                         " DOB ", (fd(p.dob, "dmy_mil"), "date"), " EDIPI ", (p.edipi, "other_id"),
                         " vs person_id ", (rng.choice(EVERYONE).person_id, "mrn"), " score=0.91 queued for HIM review"))
    return out


def blk_hl7():
    out = []
    p = anyone()
    s = p.sponsor
    ts = clk(1, 20)
    stamp = ts.strftime("%Y%m%d%H%M%S")
    evt = rng.choice(["A04", "A08", "A01", "A03"])
    fac = rng.choice(["NMCSD", "WAMC", "MAMC", "NHOKI"])
    out.append(L("hl7v2", f"MSH|^~\\&|MHSG|{fac}^0{rng.randint(10, 99)}^DMIS|TRIEAST_ELIG|HUMANA|{stamp}||ADT^{evt}^ADT_A01|MG{digits(9)}|P|2.5.1|||AL|NE"))
    out.append(L("hl7v2", f"EVN|{evt}|{stamp}|||{rng.choice(['WHITFIELDA', 'REGCLERK07', 'ORTIZR'])}"))
    a = p.addr
    street = a["line1"].upper() + ("^" + a["line2"].upper() if a["line2"] else "^")
    out.append(L("hl7v2", "PID|1||", (p.mrn, "mrn"), f"^^^{fac}^MR~", (p.edipi, "other_id"), "^^^USDOD^EDIPI~",
                 (p.dbn, "health_plan"), "^^^TRICARE^HC||", (ascii_up(p.last), "name"), "^", (ascii_up(p.first), "name"),
                 "^", p.mi, "^^^^L||", (fd(p.dob, "ymd"), "date"), f"|{p.sex}|||",
                 (a["line1"].upper(), "address"), "^", (a["line2"].upper(), "address") if a["line2"] else "", "^",
                 (a["city"].upper(), "address"), f"^{a['st']}^", (a["zip"], "zip"), "^USA^H||^PRN^PH^^1^",
                 (p.phone[:3], "phone"), "^", (p.phone[3:], "phone"),
                 *(("~^PRN^FX^^1^", (p.phone[:3], "fax"), "^", (str(int(p.phone[3:]) + 1), "fax")) if cyc("pidfax", 3) == 0 else ()),
                 "|||", rng.choice(["M", "S", "D"]), "||",
                 (digits(10), "account"), "|", (p.ssn.replace("-", ""), "ssn")))
    if p is not s:
        out.append(L("hl7v2", "NK1|1|", (ascii_up(s.last), "name"), "^", (ascii_up(s.first), "name"),
                     "^^^^^L|SPO^Sponsor^L|", (fphone(s.phone, "paren"), "phone"), "|||SP^Sponsor"))
    else:
        out.append(L("hl7v2", "NK1|1|", (ascii_up(rng.choice(LAST)), "name"), "^", (ascii_up(rng.choice(FIRST_F)), "name"),
                     "^^^^^L|EMC^Emergency Contact^HL70063|", (fphone(gen_phone("VA"), "paren"), "phone")))
    adm = (ts - dt.timedelta(hours=rng.randint(1, 50))).strftime("%Y%m%d%H%M")
    out.append(L("hl7v2", f"PV1|1|{rng.choice(['O', 'I', 'E'])}|FMC^EXAM{rng.randint(1, 30):02d}^01^{fac}||||{rng.choice(NPIS)}^{rng.choice(PROV_NAMES)}^^^^MD|||FM||||||||",
                 (digits(10), "account"), f"|||||||||||||||||||||||{fac}|||||", (adm, "date")))
    out.append(L("hl7v2", f"IN1|1|{rng.choice(['TRIPRM^TRICARE PRIME', 'TRISEL^TRICARE SELECT', 'TFL^TRICARE FOR LIFE'])}|HUMMIL|HUMANA MILITARY|PO BOX 7981^^MADISON^WI^53707||||||||||",
                 (ascii_up(s.last), "name"), "^", (ascii_up(s.first), "name"), f"|{'18' if p is s else '01' if p.fmp == '30' else '19'}|",
                 (fd(s.dob, "ymd"), "date"), "|||||||||||||||||", (s.dbn, "health_plan")))
    if rng.random() < 0.5:
        out.append(L("hl7v2", f"OBX|1|NM|29463-7^Body weight^LN||{rng.randint(40, 120)}|kg|||||F"))
    return out


def blk_chcs():
    out = []
    p = anyone()
    s = p.sponsor
    ts = clk(5, 60)
    out.append(L("chcs_term", f"Script started on {ts:%a %b %d %H:%M:%S %Y}"))
    out.append(L("chcs_term", f"CHCS  V4.6.3  {rng.choice(['NMCSD', 'WAMC', 'NH GUAM'])} PROD   Device: TNA{rng.randint(100, 999)}  UCI: CHCS,{rng.choice(['MTF', 'NMC'])}"))
    out.append(L("chcs_term", "Select Patient Appointment System Option: MAKE APPOINTMENT"))
    st = p.status if hasattr(p, "status") else "AD"
    out.append(L("chcs_term", "Select PATIENT NAME: ", (ascii_up(p.last)[:4].rstrip(" ."), "name"), "          ",
                 (nm(p, "chcs"), "name"), "     ", p.fmp, "/", (s.ssn, "ssn"), "   ",
                 (fd(p.dob, "dmy_mil_title"), "date"), f"   {p.sex}  {s.branch}  {st}"))
    a = age_at(p.dob)
    out.append(L("chcs_term", f"  DFN: ", (p.dfn, "mrn"), "   AGE: ", (str(a), "age" if a > 89 else None),
                 f"   PCM: {rng.choice(['WHITFIELD,AMANDA', 'ORTIZ,RAFAEL', 'PARK,HELEN'])}   ENROLLED: PRIME"))
    if rng.random() < 0.6:
        out.append(L("chcs_term", "  Home Phone: ", (fphone(p.phone, "dash"), "phone"), "   Duty Phone: DSN 312-",
                     f"{rng.randint(200, 999)}-{rng.randint(1000, 9999)}"))
    out.append(L("chcs_term", f"Select CLINIC NAME: {rng.choice(['FAMILY PRACTICE CLINIC', 'PEDIATRICS', 'ORTHO', 'OPTOMETRY CLINIC'])}//"))
    ad = recent(0, 21)
    out.append(L("chcs_term", "APPOINTMENT DATE/TIME: ", (f"{ad.day} {MON[ad.month - 1].title()} {ad.year}@{rng.choice(['0730', '0830', '1015', '1300', '1445'])}", "date")))
    out.append(L("chcs_term", "  ...OK? YES//   (Yes)"))
    if rng.random() < 0.55:
        out.append(L("chcs_term", "^DPT(", (p.dfn, "mrn"), ',0)="', (nm(p, "chcs"), "name"), f"^{p.sex}^",
                     (fd(p.dob, "fileman"), "date"), "^^^^^^", (p.ssn.replace("-", ""), "ssn")))
    if rng.random() < 0.45:
        a = p.addr
        out.append(L("chcs_term", "^DPT(", (p.dfn, "mrn"), ',.11)="', (ascii_up(a["line1"]), "address"),
                     "^^^", (ascii_up(a["city"]), "address"), f"^{a['st']}^", (a["zip"], "zip")))
    if rng.random() < 0.5:
        out.append(L("chcs_term", f"<UNDEFINED>INI+{rng.randint(2, 9)}^SDAM1 *^SC({rng.randint(1000, 3000)},\"ST\",{rng.choice(['3240315', '3240318', '3240320'])},1)"))
    out.append(L("chcs_term", "Enter RETURN to continue or '^' to exit: "))
    out.append(L("chcs_term", f"Script done on {clk(20, 90):%a %b %d %H:%M:%S %Y}"))
    return out


def seg_isa(sender, recv, ts, ctrl):
    return (f"ISA*00*          *00*          *ZZ*{sender:<15}*ZZ*{recv:<15}*{ts:%y%m%d}*{ts:%H%M}*^*00501*{ctrl:09d}*0*P*:~")


def blk_837():
    out = []
    ts = clk(5, 60)
    ctrl = rng.randint(1000, 999999)
    F = "x12_837"
    out.append(L(F, seg_isa("TRIEASTCLRH", "HUMANAMIL", ts, ctrl)))
    out.append(L(F, f"GS*HC*TRIEASTCLRH*HUMANAMIL*{ts:%Y%m%d}*{ts:%H%M}*{ctrl}*X*005010X222A1~"))
    out.append(L(F, f"ST*837*{rng.randint(1, 9999):04d}*005010X222A1~"))
    out.append(L(F, f"BHT*0019*00*{hexs(10).upper()}*{ts:%Y%m%d}*{ts:%H%M}*CH~"))
    out.append(L(F, "NM1*41*2*CAPE FEAR ORTHOPAEDIC CLINIC*****46*TRIEAST0412~"))
    out.append(L(F, f"PER*IC*BILLING OFFICE*TE*910555{rng.randint(1000, 9999)}*EM*billing@cfoc-example.com~"))
    out.append(L(F, "NM1*40*2*HUMANA MILITARY*****46*HUMANAMIL~"))
    hl = 1
    out.append(L(F, f"HL*{hl}**20*1~"))
    out.append(L(F, f"NM1*85*2*CAPE FEAR ORTHOPAEDIC CLINIC*****XX*{rng.choice(NPIS)}~"))
    out.append(L(F, "N3*1341 WALTER REED RD~"))
    out.append(L(F, "N4*FAYETTEVILLE*NC*283044216~"))
    out.append(L(F, f"REF*EI*{rng.randint(10, 99)}{rng.randint(1000000, 9999999)}~"))
    for _ in range(rng.randint(1, 2)):
        p = rng.choice(DEPS) if rng.random() < 0.6 else rng.choice(SPONSORS)
        s = p.sponsor
        parent = hl
        hl += 1
        dep = p is not s
        out.append(L(F, f"HL*{hl}*{parent}*22*{1 if dep else 0}~"))
        out.append(L(F, f"SBR*P*{'' if dep else '18'}*******CH~"))
        out.append(L(F, "NM1*IL*1*", (ascii_up(s.last), "name"), "*", (ascii_up(s.first), "name"), "*", s.mi,
                     "***MI*", (s.dbn, "health_plan"), "~"))
        if not dep:
            a = s.addr
            out.append(L(F, "N3*", (ascii_up(a["line1"]), "address"), "~"))
            out.append(L(F, "N4*", (ascii_up(a["city"]), "address"), f"*{a['st']}*", (a["zip4"].replace("-", ""), "zip"), "~"))
            out.append(L(F, "DMG*D8*", (fd(s.dob, "ymd"), "date"), f"*{s.sex}~"))
        if rng.random() < 0.4:
            out.append(L(F, "REF*SY*", (s.ssn.replace("-", ""), "ssn"), "~"))
        out.append(L(F, "NM1*PR*2*TRICARE EAST*****PI*HUMANAMIL~"))
        if dep:
            hl += 1
            out.append(L(F, f"HL*{hl}*{hl - 1}*23*0~"))
            out.append(L(F, f"PAT*{'01' if p.fmp == '30' else '19'}~"))
            out.append(L(F, "NM1*QC*1*", (ascii_up(p.last), "name"), "*", (ascii_up(p.first), "name"), "~"))
            a = p.addr
            out.append(L(F, "N3*", (ascii_up(a["line1"]), "address"),
                         *(("*", (ascii_up(a["line2"]), "address")) if a["line2"] else ()), "~"))
            out.append(L(F, "N4*", (ascii_up(a["city"]), "address"), f"*{a['st']}*", (a["zip"], "zip"), "~"))
            out.append(L(F, "DMG*D8*", (fd(p.dob, "ymd"), "date"), f"*{p.sex}~"))
        amt = rng.choice([125, 185, 240, 310, 455])
        out.append(L(F, "CLM*", (f"{ascii_up(p.last)[:3]}{digits(7, '0123456789')}", "account"),
                     f"*{amt}***11:B:1*Y*A*Y*Y~"))
        dos = recent(30)
        out.append(L(F, "DTP*431*D8*", (fd(dos - dt.timedelta(days=rng.randint(1, 20)), "ymd"), "date"), "~"))
        out.append(L(F, f"HI*ABK:{rng.choice(['S8390XA', 'M545', 'J069', 'S93401A', 'M25561'])}~"))
        out.append(L(F, "LX*1~"))
        out.append(L(F, f"SV1*HC:{rng.choice(['99213', '99214', '73610', '97110'])}*{amt}*UN*1***1~"))
        out.append(L(F, "DTP*472*D8*", (fd(dos, "ymd"), "date"), "~"))
        if rng.random() < 0.3:
            out.append(L(F, f"REF*6R*{digits(9)}~"))
    out.append(L(F, f"SE*{rng.randint(30, 60)}*{rng.randint(1, 9999):04d}~"))
    out.append(L(F, f"GE*1*{ctrl}~"))
    out.append(L(F, f"IEA*1*{ctrl:09d}~"))
    return out


def blk_835():
    out = []
    F = "x12_835"
    ts = clk(5, 60)
    ctrl = rng.randint(1000, 999999)
    out.append(L(F, seg_isa("HUMANAMIL", "TRIEASTCLRH", ts, ctrl)))
    out.append(L(F, f"GS*HP*HUMANAMIL*TRIEASTCLRH*{ts:%Y%m%d}*{ts:%H%M}*{ctrl}*X*005010X221A1~"))
    out.append(L(F, f"ST*835*{rng.randint(1, 9999):04d}~"))
    total = rng.uniform(300, 9000)
    out.append(L(F, f"BPR*I*{total:.2f}*C*ACH*CCP*01*061000104*DA*{digits(10)}*1{digits(9)}**01*053000196*DA*{digits(12)}*{ts:%Y%m%d}~"))
    out.append(L(F, f"TRN*1*{digits(15)}*1{digits(9)}~"))
    out.append(L(F, f"DTM*405*{ts:%Y%m%d}~"))
    out.append(L(F, "N1*PR*HUMANA MILITARY~"))
    out.append(L(F, "N3*PO BOX 7981~"))
    out.append(L(F, "N4*MADISON*WI*537077981~"))
    out.append(L(F, f"N1*PE*CAPE FEAR ORTHOPAEDIC CLINIC*XX*{rng.choice(NPIS)}~"))
    for i in range(rng.randint(1, 2)):
        p = anyone()
        s = p.sponsor
        out.append(L(F, f"LX*{i + 1}~"))
        billed = rng.choice([125, 185, 240, 310])
        paid = round(billed * rng.uniform(0.5, 0.9), 2)
        out.append(L(F, "CLP*", (f"{ascii_up(p.last)[:3]}{digits(7, '0123456789')}", "account"),
                     f"*1*{billed}*{paid}*{rng.choice([0, 12, 20])}*12*", ("24" + digits(12, "0123456789"), "other_id"), "*11*1~"))
        out.append(L(F, "NM1*QC*1*", (ascii_up(p.last), "name"), "*", (ascii_up(p.first), "name"), "*", p.mi,
                     "***MI*", (p.dbn, "health_plan"), "~"))
        if p is not s:
            out.append(L(F, "NM1*IL*1*", (ascii_up(s.last), "name"), "*", (ascii_up(s.first), "name"), "****MI*",
                         (s.dbn, "health_plan"), "~"))
        dos = recent(45)
        out.append(L(F, "DTM*232*", (fd(dos, "ymd"), "date"), "~"))
        out.append(L(F, f"SVC*HC:{rng.choice(['99213', '99214', '73610'])}*{billed}*{paid}**1~"))
        out.append(L(F, "DTM*472*", (fd(dos, "ymd"), "date"), "~"))
        out.append(L(F, f"CAS*CO*45*{billed - paid:.2f}~"))
        out.append(L(F, f"AMT*B6*{paid}~"))
    out.append(L(F, f"PLB*{rng.choice(NPIS)}*{ts.year}1231*L6:{digits(6)}*-{rng.uniform(1, 9):.2f}~"))
    out.append(L(F, f"SE*{rng.randint(20, 50)}*{rng.randint(1, 9999):04d}~"))
    out.append(L(F, f"GE*1*{ctrl}~"))
    out.append(L(F, f"IEA*1*{ctrl:09d}~"))
    return out


VIN_TR = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def make_vin(wmi_vds, year):
    ycode = "ABCDEFGHJKLMNP"[year - 2010]
    body = wmi_vds + "0" + ycode + rng.choice("ABCDEFGHKLMNRSTUVW") + digits(6, "0123456789")
    tot = sum((int(c) if c.isdigit() else VIN_TR[c]) * w for c, w in zip(body, VIN_W))
    chk = tot % 11
    return body[:8] + ("X" if chk == 10 else str(chk)) + body[9:]


def fake_b64(prefix_bytes, n):
    raw = prefix_bytes + bytes(rng.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


def blk_deers_json():
    out = []
    for _ in range(rng.randint(2, 4)):
        ts = clk(1, 20)
        r = rng.random()
        ln = Ln("deers_json")
        if r < 0.4:
            noise = rng.choice([
                {"status": "UP", "components": {"db": {"status": "UP", "details": {"database": "PostgreSQL", "validationQuery": "isValid()"}},
                                                "dre": {"status": "UP", "details": {"latencyMs": rng.randint(40, 900)}}, "diskSpace": {"status": "UP"}}},
                {"transactionId": uuid4(), "responseCode": "12", "responseText": "PERSON NOT FOUND", "elapsedMs": rng.randint(100, 3000)},
                {"batch": f"DEERS_DELTA_{ts:%Y%m%d}_02", "recordsRead": rng.randint(20000, 80000), "recordsRejected": rng.randint(0, 40),
                 "sha1": hashlib.sha1(str(rng.random()).encode()).hexdigest()},
                {"transactionId": uuid4(), "responseCode": "99", "responseText": "DEERS UNAVAILABLE - RETRY", "retryAfterSec": 30}])
            ln.t(f"{ts:%Y-%m-%dT%H:%M:%S}.{ms(ts)}Z deers-proxy INFO response=")
            ej(ln, noise)
            out.append(ln)
            continue
        p = anyone()
        s = p.sponsor
        a = p.addr
        if r < 0.7:
            bd = recent(200)
            o = {"transactionId": uuid4(), "responseCode": "00",
                 "person": {"dodEdiPersonId": P(p.edipi, "other_id"), "dbn": P(p.dbn, "health_plan"),
                            "name": {"last": P(ascii_up(p.last), "name"), "first": P(ascii_up(p.first), "name"), "middle": p.mi},
                            "birthDate": P(fd(p.dob, "iso"), "date"), "gender": p.sex,
                            "sponsor": {"ssn": P(s.ssn.replace("-", ""), "ssn"), "fmp": p.fmp,
                                        "personnelCategory": "A" if s.status == "AD" else "R", "branch": s.branch[-1]},
                            "eligibility": [{"plan": rng.choice(["TRICARE PRIME", "TRICARE SELECT", "TRICARE FOR LIFE"]),
                                             "beginDate": P(fd(bd, "iso"), "date"), "endDate": "9999-12-31"}],
                            "residentialAddress": {"line1": P(a["line1"], "address"), "city": P(a["city"], "address"),
                                                   "state": a["st"], "zipCode": P(a["zip"], "zip")}}}
            ln.t(f"{ts:%Y-%m-%dT%H:%M:%S}.{ms(ts)}Z deers-proxy DEBUG response=")
            ej(ln, o)
        elif r < 0.8:
            o = {"PN_ID": P(s.ssn.replace("-", ""), "ssn"), "PN_ID_TYP_CD": "S", "DOD_EDI_PN_ID": P(p.edipi, "other_id"),
                 "PN_LST_NM": P(ascii_up(p.last), "name"), "PN_1ST_NM": P(ascii_up(p.first), "name"),
                 "PN_BRTH_DT": P(fd(p.dob, "ymd"), "date"), "MBR_REL_CD": {"20": "S", "30": "W"}.get(p.fmp, "C"),
                 "FMP_CD": p.fmp, "MED_COV_BGN_DT": P(fd(recent(400), "ymd"), "date"), "MED_COV_END_DT": "99991231",
                 "MAIL_ADR_LN1_TX": P(a["line1"].upper(), "address"), "MAIL_ADR_CTY_NM": P(a["city"].upper(), "address"),
                 "MAIL_ADR_ST_CD": a["st"], "MAIL_ADR_ZIP_CD": P(a["zip"], "zip"),
                 "HM_TEL_NR": P(p.phone, "phone"), "PN_EMAIL_ADR": P(p.email, "email")}
            ej(ln, o, (", ", ": "))
        else:
            o = {"rapidsSite": f"{rng.randint(100000, 999999)}", "workstation": f"RAP-{rng.randint(1, 9)}",
                 "edipi": P(p.edipi, "other_id"), "captureType": ["PHOTO", "FINGERPRINT"][cyc("rapids", 2)]}
            if o["captureType"] == "PHOTO":
                o["format"] = "image/jpeg"
                o["data"] = P(fake_b64(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00", 90), "photo")
            else:
                o["format"] = "ISO19794-2"
                o["finger"] = rng.choice(["R_INDEX", "L_INDEX"])
                o["template"] = P(fake_b64(b"FMR\x00 20\x00\x00\x00\x01\x2c", 75), "biometric")
            o["operator"] = f"rapids.op{rng.randint(10, 99)}"
            ln.t(f"{ts:%Y-%m-%dT%H:%M:%S}.{ms(ts)}Z rapids-sync INFO capture=")
            ej(ln, o)
        out.append(ln)
    return out


def blk_deers_fixed():
    out = []
    F = "deers_fixed"
    ts = clk(1, 10)
    out.append(L(F, f"H1DEERSELIG {ts:%Y%m%d} {ts:%H%M} SEQ{rng.randint(1, 9999):06d} HUMANA-MIL EAST  V03.2".ljust(122)))
    cnt = 0
    for _ in range(rng.randint(3, 6)):
        p = anyone()
        s = p.sponsor
        ln = Ln(F)
        ln.t("D1")
        ln.p(s.ssn.replace("-", ""), "ssn")
        ln.t(p.fmp)
        ln.p(p.edipi, "other_id")
        ln_last = ascii_up(p.last)[:26]
        ln.p(ln_last, "name").t(" " * (26 - len(ln_last)))
        fn = ascii_up(p.first)[:20]
        ln.p(fn, "name").t(" " * (20 - len(fn)))
        ln.t(p.mi)
        ln.p(fd(p.dob, "ymd"), "date")
        ln.t(p.sex)
        ln.t(rng.choice(["A1", "R1", "D2", "V1"]))
        ln.t(rng.choice(["PRM", "SEL", "TFL", "PRR"]))
        ln.p(fd(recent(500), "ymd"), "date")
        if rng.random() < 0.6:
            ln.t("99991231")
        else:
            ln.p(fd(TODAY + dt.timedelta(days=rng.randint(30, 700)), "ymd"), "date")
        ln.p(p.addr["zip4"].replace("-", ""), "zip")
        ln.p(p.phone, "phone")
        ln.t(" " * 3)
        assert ln.n == 122, ln.n
        out.append(ln)
        cnt += 1
    if rng.random() < 0.5:
        out.append(L(F, f"E1{rng.randint(100000000, 899999999)}99REJECT FMP CODE INVALID".ljust(122)))
    out.append(L(F, f"T1RECCNT={cnt:09d} HASHTOT={digits(12)} END".ljust(122)))
    return out


def blk_dha():
    out = []
    F = "dha_form"
    p = rng.choice(AD_SPONSORS)
    form = rng.choice([("DD FORM 2796", "POST-DEPLOYMENT HEALTH ASSESSMENT (PDHA)", "JAN 2015"),
                       ("DD FORM 2795", "PRE-DEPLOYMENT HEALTH ASSESSMENT", "JAN 2015"),
                       ("DD FORM 2900", "POST-DEPLOYMENT HEALTH RE-ASSESSMENT (PDHRA)", "JAN 2015")])
    clk(5, 90)
    out.append(L(F, f"{form[0]}, {form[1]}, {form[2]} -- ePDHA export v3.1 page 1/3"))
    out.append(L(F, "1. Last Name: ", (ascii_up(p.last), "name"), "   First Name: ", (ascii_up(p.first), "name"), "   MI: ", p.mi))
    out.append(L(F, "2. DoD ID Number: ", (p.edipi, "other_id"), "   3. Date of Birth (YYYYMMDD): ", (fd(p.dob, "ymd"), "date")))
    out.append(L(F, f"4. Gender: {p.sex}   5. Service Branch: {p.branch}   6. Component: {'Active Duty' if p.status == 'AD' else 'Reserve/Guard'}   7. Pay Grade: {p.grade}"))
    dep = recent(150) - dt.timedelta(days=20)
    arr = dep - dt.timedelta(days=rng.randint(150, 280))
    out.append(L(F, f"8. Location of operation: {rng.choice(['Camp Lemonnier, Djibouti', 'Al Asad AB, Iraq', 'Camp Arifjan, Kuwait', 'Rzeszow, Poland', 'USS BATAAN (LHD 5), 5th Fleet AOR'])}"
                 "   Date arrived theater: ", (fd(arr, "ymd"), "date"), "   Date departed theater: ", (fd(dep, "ymd"), "date")))
    if rng.random() < 0.6:
        out.append(L(F, "9. Contact after deployment -- Phone: ", (fphone(p.phone), "phone"), "   Email: ", (p.email, "email")))
        a = p.addr
        out.append(L(F, "   Mailing address: ", (a["line1"], "address"),
                     *((", ", (a["line2"], "address")) if a["line2"] else ()), ", ", (a["city"], "address"),
                     f" {a['st']} ", (a["zip"], "zip")))
    out.append(L(F, f"12. Exposure concerns: burn pit smoke ({rng.choice('YN')}), JP-8 fuel ({rng.choice('YN')}), loud noise ({rng.choice('YN')}), depleted uranium (N), sand/dust ({rng.choice('YN')})"))
    out.append(L(F, f"PHQ-2 total={rng.randint(0, 6)}   PC-PTSD-5 total={rng.randint(0, 5)}   AUDIT-C={rng.randint(0, 9)}   TBI screen: {rng.choice(['negative', 'positive - referred'])}"))
    out.append(L(F, f"Reviewing provider: {rng.choice(STAFF)}   NPI {rng.choice(NPIS)}   Date signed: ",
                 (fd(recent(20), rng.choice(["ymd", "dmyyyy", "us"])), "date")))
    if rng.random() < 0.4:
        out.append(L(F, f"Referral(s): {rng.choice(['Audiology', 'Behavioral Health', 'Pulmonary', 'none'])}   MTF: {rng.choice(MTF)}"))
    return out


def blk_lod():
    out = []
    F = "lod_form"
    k = cyc("lod", 3)
    pool = [x for x in AD_SPONSORS if not x.addr["apo"]] if k == 0 else AD_SPONSORS
    p = rng.choice(pool)
    clk(5, 90)
    air = p.branch == "USAF"
    if air:
        out.append(L(F, "AF FORM 348, LINE OF DUTY DETERMINATION -- ECT LOD Module export"))
        out.append(L(F, "Case #: ", (f"LOD-{TODAY.year}-{rng.randint(100, 9999):05d}", "other_id"), "   Member: ",
                     (nm(p, "LAST_FIRST"), "name"), f"   Grade: {p.grade}   Unit: {p.unit}"))
        out.append(L(F, "Member SSN: ", (p.ssn, "ssn"), "   DOB: ", (fd(p.dob, "dmyyyy"), "date"), "   Duty status at time of incident: Title 10 AD"))
    else:
        out.append(L(F, "DA FORM 2173, STATEMENT OF MEDICAL EXAMINATION AND DUTY STATUS"))
        out.append(L(F, f"1. TO: Commander, {p.unit}   2. FROM: {rng.choice(MTF)} Emergency Department"))
        out.append(L(F, "3. NAME (Last, First, MI): ", (f"{ascii_up(p.last)}, {ascii_up(p.first)} {p.mi}", "name"),
                     "   4. SSN: ", (p.ssn, "ssn"), f"   5. GRADE: {p.rank}"))
    doi = recent(30)
    out.append(L(F, "8. DATE AND HOUR OF INJURY: ", (fd(doi, rng.choice(["dmy_mil", "dmyyyy", "us"])), "date"),
                 f" / {rng.randint(0, 23):02d}{rng.choice(['00', '15', '30', '45'])}"))
    a = p.addr
    if k == 0:
        st = a["st"]
        plate = f"{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}-{rng.randint(1000, 9999)}"
        year = rng.randint(2012, 2023)
        model, wmi = rng.choice([("Ford F-150", "1FTEW1EP"), ("Honda Civic", "2HGFC2F5"), ("Jeep Wrangler", "1C4HJXDG"),
                                 ("Tesla Model 3", "5YJ3E1EA"), ("Chevy Silverado", "3GCUYDED")])
        vin = make_vin(wmi, year)
        out.append(L(F, "9. PLACE: Intersection of ", (f"{rng.choice(STREETS)} and {rng.choice(STREETS)}", "address"), ", ",
                     (a["city"], "address"), f" {st}"))
        lic = rng.choice(["D", "T", ""]) + digits(8, "0123456789")
        out.append(L(F, f"10. DETAILS: SM was operating POV ({year} {model}, {st} tag ",
                     (plate, "vehicle"), ", VIN ", (vin, "vehicle"), ") when struck at low speed by a second vehicle. SM's "
                     f"{st} OL# ", (lic, "license"), " verified by MP. SM c/o neck pain, ambulatory at scene."))
        out.append(L(F, f"11. BAC/drug screen: {rng.choice(['0.00', 'not indicated'])}   MP report #{TODAY.year}-{rng.randint(1000, 9999)}-MPC-{rng.randint(100, 999)}"))
    elif k == 1:
        out.append(L(F, f"9. PLACE: {rng.choice(['Motor pool, Bldg 2-1141', 'Flight deck, spot 6', 'Obstacle course, Range 37', 'Gym, Bldg 8-3371'])}"))
        out.append(L(F, f"10. DETAILS: SM {rng.choice(['fell approx 6 ft from vehicle deck', 'inverted L ankle during unit PT run', 'struck L hand with 10-lb sledge', 'twisted R knee dismounting LMTV'])}. "
                     f"X-ray {rng.choice(['negative', 'shows non-displaced fx'])}. Profile issued x{rng.choice([14, 30, 45])} days."))
    else:
        out.append(L(F, "9. PLACE: Off-post residence, ", (a["line1"], "address"), ", ", (a["city"], "address")))
        out.append(L(F, "10. DETAILS: SM reports laceration to R forearm while doing yard work; SM submitted photos via ",
                     (f"https://www.dropbox.com/s/{hexs(15)}/{ascii_up(p.last).lower().replace(' ', '')}_injury.zip?dl=0", "url"),
                     f" -- sutures x{rng.randint(3, 9)}, tetanus updated."))
    out.append(L(F, f"13. IN LINE OF DUTY: {rng.choice(['YES', 'YES', 'NOT IN LOD - DUE TO OWN MISCONDUCT'])}   Investigating officer: "
                 f"{rng.choice(['1LT Gregory Lam', 'CPT Naomi Feld', 'Maj Dwight Coleman, USAF'])}"))
    return out


def blk_sickcall():
    out = []
    F = "navy_sickcall"
    ship = rng.choice(["USS MAKIN ISLAND (LHD 8)", "USS CARL VINSON (CVN 70)", "USS ARLEIGH BURKE (DDG 51)", "USS BATAAN (LHD 5)"])
    clk(20, 200)
    d = recent(10)
    out.append(L(F, f"{ship} MEDICAL DEPARTMENT - DAILY SICK CALL LOG - {fd(d, 'dmyyyy')} - UIC {rng.randint(20000, 23999)}"))
    pipe = rng.random() < 0.55
    if pipe:
        out.append(L(F, "TIME|RATE/RANK|NAME|DIV|L4|COMPLAINT|VITALS|DISPO|SEEN BY"))
    seen = 0
    pts = rng.sample(NAVY_AD, rng.randint(3, 6))
    times = sorted(f"{rng.randint(6, 10):02d}{rng.randint(0, 59):02d}" for _ in pts)
    for p, t in zip(pts, times):
        seen += 1
        cc = rng.choice(["L ankle inversion on flight deck", "sore throat x3d", "lower back pain after lifting",
                         "R hand lac from chipping hammer", "HA/nausea, motion sickness", "rash L forearm",
                         "cough x5d, no fever", "dental pain #19"])
        dispo = rng.choice(["RTD", "LLD x72H", "SIQ 24H", "RTD w/ Motrin 800 #30", "F/U 48H", "LLD x7D no ladders"])
        div = rng.choice(["V-1", "OI", "DECK", "A-GANG", "RX", "WEPS", "S-2", "E-DIV", "AIMD"])
        if p.branch == "USMC":
            div = rng.choice(["BLT 1/5", "ACE", "CLB-15"])
        doc = rng.choice(CORPSMEN)
        if pipe:
            out.append(L(F, f"{t}|{p.rank}|", (nm(p, rng.choice(["LAST_FIRST", "last_init"])), "name"), f"|{div}|",
                         (p.ssn[-4:], "ssn"), f"|{cc}|T {rng.uniform(97.5, 100.8):.1f} HR {rng.randint(58, 110)} BP {rng.randint(104, 148)}/{rng.randint(62, 94)}|{dispo}|{doc}"))
        else:
            out.append(L(F, f"{t} {p.rank} ", (f"{p.last} {p.first[0]}.{p.mi}.", "name"), f" ({div}{'' if p.branch == 'USMC' else ' div'}) c/o {cc}. {dispo}. Seen by {doc}."))
    if rng.random() < 0.5:
        out.append(L(F, f"SICK CALL TOTALS: seen={seen + rng.randint(10, 40)} SIQ={rng.randint(0, 4)} LLD={rng.randint(0, 9)} RTD={rng.randint(8, 30)} MEDEVAC=0 COD signed {rng.choice(['LCDR Whitfield', 'LT Kowal'])}"))
    return out


def blk_medevac():
    out = []
    F = "medevac_9line"
    nr = f"{TODAY.year % 100}-{rng.randint(1, 140):03d}"
    op = rng.choice(["TF_MED_OPS", "PEDRO_OPS", "DUSTOFF_TOC", "BDE_MED_NCO"])
    def c(*parts):
        ts = clk(5, 40)
        return L(F, f"[{ts:%Y-%m-%d %H:%M:%S}Z] <{op}> ", *parts)
    out.append(c(f"9-LINE MEDEVAC REQ #{nr}"))
    out.append(c(f"L1: 38S MB {rng.randint(10000, 99999)} {rng.randint(10000, 99999)}"))
    out.append(c(f"L2: {rng.uniform(30, 88):.3f} / {rng.choice(['DUSTOFF 26', 'BLACKHAWK 11', 'PEDRO 83'])}"))
    n_a = rng.randint(1, 2)
    out.append(c(f"L3: {n_a}A {rng.randint(0, 2)}B"))
    out.append(c(f"L4: {rng.choice(['A (none)', 'B (hoist)', 'C (extraction equip)'])}"))
    out.append(c(f"L5: L{n_a} A{rng.randint(0, 2)}"))
    out.append(c(f"L6: {rng.choice(['N (no enemy)', 'P (possible enemy)', 'E (enemy in area)'])}"))
    out.append(c(f"L7: {rng.choice(['C (smoke)', 'B (panels)', 'D (none)'])}"))
    out.append(c("L8: A (US MIL)"))
    out.append(c(f"L9: {rng.choice(['N (none)', 'Flat, sand, no obstacles'])}"))
    out.append(c(f"MIST M: {rng.choice(['IED blast, dismounted', 'GSW', 'vehicle rollover', 'fall from height 4m'])}"))
    out.append(c(f"MIST I: {rng.choice(['R leg traumatic amputation BKA, TBI suspected', 'GSW L thigh, through-and-through', 'closed head injury, L femur deformity'])}"))
    out.append(c(f"MIST S: HR {rng.randint(90, 140)} RR {rng.randint(16, 30)} BP {rng.randint(80, 120)}/{rng.randint(45, 80)} SpO2 {rng.randint(88, 99)}%"))
    out.append(c(f"MIST T: CAT tourniquet {rng.randint(10, 23):02d}{rng.randint(0, 59):02d}Z, TXA 2g, fentanyl OTFC 800mcg"))
    for _ in range(n_a):
        p = rng.choice([s for s in AD_SPONSORS if s.branch in ("USA", "USMC")])
        zap = ascii_up(p.last)[0] + ascii_up(p.first)[0] + ascii_up(p.last)[1] + p.ssn[-4:]
        out.append(c("PT: ZAP ", (zap, "other_id"), f" / {p.rank} ", (nm(p, "last_init"), "name"),
                     f" / {p.unit} / {rng.choice(['O POS', 'A NEG', 'B POS', 'O NEG'])} / NKDA"))
    out.append(c(f"ACK #{nr} launched {rng.choice(['DUSTOFF 26', 'PEDRO 83'])} wheels up, ETA 14 mikes"))
    return out


def blk_px():
    out = []
    F = "px_pos"
    store = rng.choice(["NEX-SD-0417", "AAFES-FTLIB-0211", "NEX-NORVA-0102", "AAFES-JBLM-0355", "NEX-YOKO-0801"])
    reg = f"REG{rng.randint(1, 12):02d}"
    txn = rng.randint(1000, 99999)
    for _ in range(rng.randint(3, 7)):
        ts = clk(3, 60)
        pre = f"{ts:%Y-%m-%d %H:%M:%S}|{store}|{reg}|TXN{txn:06d}|"
        r = rng.random()
        if r < 0.5:
            m = rng.choice([f"SALE|UPC {digits(12, '0')}|ACETAMINOPHEN 500MG 100CT|1|6.49|TAX 0.00",
                            f"SALE|UPC {digits(12, '0')}|LORATADINE 10MG 30CT|1|9.97|TAX 0.00",
                            f"SALE|UPC {digits(12, '0')}|SPF50 SUNSCREEN 8OZ|2|7.25|TAX 0.00",
                            f"TENDER|VISA|************{rng.randint(1000, 9999)}|AUTH {rng.randint(100000, 999999)}|{rng.uniform(5, 90):.2f}",
                            f"TOTAL|{rng.uniform(5, 120):.2f}|ITEMS {rng.randint(1, 9)}|CSHR {rng.randint(1000, 9999)}",
                            f"PRICEFILE|v2024.03.{rng.randint(10, 14)}.{rng.randint(1, 5)}|items={rng.randint(40000, 60000)}",
                            f"EOD|Z-REPORT|gross={rng.uniform(2000, 9000):.2f}|txns={rng.randint(100, 400)}|voids={rng.randint(0, 6)}"])
            out.append(L(F, pre + m))
            txn += rng.randint(0, 1)
            continue
        p = anyone()
        k = rng.randint(0, 3)
        if k == 0:
            out.append(L(F, pre, "PATRON_ID_SCAN|type=CAC|dodid=", (p.edipi, "other_id"), "|cat=",
                         "AD" if p.fmp == "20" else "DEP", "|name=", (f"{ascii_up(p.last)}/{ascii_up(p.first)}", "name")))
        elif k == 1:
            out.append(L(F, pre, "TENDER|MILSTAR|", (luhn_complete("601944", 16), "account"),
                         f"|AUTH {rng.randint(100000, 999999)}|{rng.uniform(5, 90):.2f}"))
        elif k == 2:
            p = rng.choice([x for x in EVERYONE if age_at(x.dob) >= 18])
            a = p.addr
            addr_parts = ('addr="', (a["line1"], "address"), ", ", (a["city"], "address"), f" {a['st']} ", (a["zip"], "zip"), '"')
            idt = rng.choice(["DL", "CAC"])
            idv = (rng.choice(["D", "A", "S", ""]) + digits(7, "0123456789")) if idt == "DL" else p.edipi
            out.append(L(F, pre, "PSE_LOG|product=SUDAFED 12HR 120MG 10CT|grams=1.2|buyer=\"", (nm(p, "LAST_FIRST"), "name"),
                         "\"|dob=", (fd(p.dob, "us"), "date"), f"|id_type={idt}|id_no=",
                         (idv, "license" if idt == "DL" else "other_id"), "|", *addr_parts, "|30d_total_g=2.4"))
        else:
            out.append(L(F, pre, "RX_PICKUP|rx#=", (str(rng.randint(6000000, 6999999)), "other_id"), "|patient=",
                         (nm(p, "last_first"), "name"), "|dob_verified=", (fd(p.dob, "us_short"), "date"),
                         f"|copay=0.00|pharmacist={rng.choice(['RPh D. Ng', 'RPh L. Moreau'])}"))
    return out


def blk_school():
    out = []
    F = "school_physical"
    if rng.random() < 0.6:
        out.append(L(F, "student_id,last_name,first_name,dob,grade,school,sponsor_edipi,fmp,exam_dt,ht_in,wt_lb,bp,vision_od,vision_os,hearing,immunizations_utd,sports_clearance,examiner"))
        for k in rng.sample(KIDS, rng.randint(2, 4)):
            if not hasattr(k, "student_id"):
                k.student_id = f"S{digits(9, '0123456789')}"
            ag = age_at(k.dob)
            grade = max(0, min(12, ag - 5))
            school = rng.choice(["Kadena ES", "Rota ES", "Vilseck ES", "Stowers ES", "Bitburg ES"] if grade <= 5 else
                                ["Ramstein MS", "Kadena MS", "Lester MS"] if grade <= 8 else ["Humphreys HS", "Kubasaki HS", "Lejeune HS", "Vicenza HS"])
            ht = int(36 + 2.4 * ag + rng.randint(-3, 3))
            wt = int(ht * ht / 703 * rng.uniform(14.5, 23))
            out.append(L(F, (k.student_id, "other_id"), ",", (ascii_up(k.last) if rng.random() < 0.5 else k.last, "name"),
                         ",", (k.first, "name"), ",", (fd(k.dob, rng.choice(["iso", "us"])), "date"), f",{'K' if grade == 0 else grade},{school},",
                         (k.sponsor.edipi, "other_id"), f",{k.fmp},", (fd(recent(25), "iso"), "date"),
                         f",{ht},{wt},{rng.randint(90, 122)}/{rng.randint(50, 80)},20/{rng.choice([20, 25, 30, 40])},20/{rng.choice([20, 25, 30])},pass,Y,{rng.choice(['cleared', 'cleared w/ restriction', 'not cleared'])},{rng.choice(['R. Barnes PA-C', 'H. Park MD'])}"))
    else:
        k = rng.choice(KIDS)
        s = k.sponsor
        mom = next((x for x in FAMS if x[0] is s), [s])
        par = mom[1] if len(mom) > 1 and mom[1].fmp == "30" else s
        ag = age_at(k.dob)
        out.append(L(F, f"DoDEA SPORTS/SCHOOL PHYSICAL NOTE -- {rng.choice(MTF)} Pediatrics"))
        out.append(L(F, "Pt: ", (nm(k, rng.choice(["first_last", "fml"])), "name"), f", {ag}yo {k.sex}, DOB ", (fd(k.dob, rng.choice(['us', 'dmy_mil', 'dash_us'])), "date"),
                     ", FMP ", k.fmp, "/", (s.ssn, "ssn"), f". Requested for {rng.choice(['soccer', 'cross country', 'JROTC', 'wrestling', 'school entry'])}."))
        if cyc("school_dev", 2) == 0:
            out.append(L(F, f"Hx T1DM on pump (Tandem t:slim X2 SN ", (digits(8, "0123456789"), "device"), "), CGM Dexcom G7 SN ",
                         (digits(10, "0123456789").upper()[:10], "device"), f", A1c {rng.uniform(6.4, 8.9):.1f}%. School nurse given DoDEA 2942 med authorization."))
        else:
            out.append(L(F, f"No cardiac red flags on AHA 14-element screen; exam normal; BMI {rng.uniform(15, 27):.1f}. Cleared without restriction."))
        out.append(L(F, "Parent/guardian: ", (nm(par, "first_last"), "name"), " (", ("mother" if par.sex == "F" else "father"), "), cell ",
                     (fphone(par.phone), "phone"), ", ", (par.email, "email")))
        if rng.random() < 0.5:
            out.append(L(F, "Immunization record uploaded by parent: ",
                         (f"https://drive.google.com/file/d/1{''.join(rng.choice('abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_-') for _ in range(32))}/view?usp=sharing", "url"),
                         " -- verified against ASIMS, Tdap/MenACWY current."))
        out.append(L(F, "Next well-child due ", (fd(k.dob.replace(year=2025) if not (k.dob.month == 2 and k.dob.day == 29) else dt.date(2025, 3, 1), "us"), "date"),
                     f". Signed {rng.choice(['Ms. Rochelle Barnes, PA-C', 'Dr. Helen Park'])}."))
    return out


def blk_apo():
    out = []
    F = "apo_mail"
    apo_people = [x for x in EVERYONE if x.addr["apo"]]
    for _ in range(rng.randint(2, 5)):
        ts = clk(2, 60)
        pre = f"{ts:%Y-%m-%dT%H:%M:%S}Z hd-ship[{rng.randint(2000, 9000)}]: "
        r = rng.random()
        if r < 0.45:
            m = rng.choice([
                "USPS military ZIP table loaded: ranges 09002-09898 (AE), 34002-34099 (AA), 96201-96698 (AP); rows=1274",
                f"Shipment hold order=ESI-{digits(8)} reason=COLD_CHAIN_TRANSIT_GT_7D dest_class=APO_AE",
                f"Carrier manifest closed carrier=USPS service=PRIORITY_MAIL_MILITARY pieces={rng.randint(40, 600)} manifest={digits(12)}",
                f"Address validation service p95={rng.randint(40, 300)}ms errors={rng.randint(0, 3)} cache_hit=0.{rng.randint(70, 99)}",
                f"Unit mail routing: USS CARL VINSON (CVN 70) FPO AP 96629-2840 bags={rng.randint(4, 30)}",
                "Restricted item rule HAZMAT_LITHIUM applied to dest_class=FPO_AP"])
            out.append(L(F, pre + m))
            continue
        p = rng.choice(apo_people)
        a = p.addr
        if r < 0.75:
            out.append(L(F, pre + f"SHIPMENT order=ESI-{digits(8)} rx_count={rng.randint(1, 4)} service=PRIORITY_MILITARY ship_to=\"",
                         (nm(p, "LAST_FIRST"), "name"), "\" addr1=\"", (a["line1"].upper(), "address"), "\" city=",
                         (a["city"], "address"), f" state={a['st']} zip=", (a["zip4"], "zip"), " cold_chain=N"))
        else:
            out.append(L(F, pre + "AddressValidation input='", (a["line1"], "address"), ", ", (a["city"], "address"),
                         f" {a['st']} ", (a["zip"], "zip"), "' result=VALID_MILITARY member=", (p.dbn, "health_plan")))
    return out


def blk_infra():
    out = []
    for _ in range(rng.randint(2, 4)):
        ts = clk(1, 15)
        r = rng.random()
        if r < 0.12:
            p = anyone()
            ip = f"{rng.choice([73, 98, 174, 24, 68, 108, 47])}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"
            path = rng.choice(["/portal/secure-messages", "/portal/api/v1/appointments", "/portal/api/v1/lab-results?page=1", "/portal/rx/refill"])
            out.append(L("nginx_access", (ip, "ip"), " - ", (p.user, "other_id"), f' [{ts:%d/%b/%Y:%H:%M:%S} -0500] "GET {path} HTTP/1.1" 200 {rng.randint(300, 40000)} '
                         f'"https://portal.tricare-east.example/portal/home" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)" rt={rng.uniform(0.01, 0.9):.3f}'))
        elif r < 0.5:
            ip = f"10.{rng.randint(10, 60)}.{rng.randint(0, 254)}.{rng.randint(2, 250)}"
            path = rng.choice(["/actuator/health", "/healthz", "/metrics", "/api/v2/claims/status/batch", "/elig/actuator/prometheus", "/static/js/main.7f3a9c.js"])
            out.append(L("nginx_access", f'{ip} - - [{ts:%d/%b/%Y:%H:%M:%S} -0500] "GET {path} HTTP/1.1" {rng.choice([200, 200, 200, 304, 503])} {rng.randint(0, 40000)} "-" "{rng.choice(["kube-probe/1.27", "Prometheus/2.45.0", "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"])}" rt={rng.uniform(0.001, 0.9):.3f}'))
        elif r < 0.8:
            out.append(L("k8s_event", f"{ts:%Y-%m-%dT%H:%M:%S}Z kubelet {rng.choice(['Normal', 'Warning'])} {rng.choice(['Pulled', 'Started', 'BackOff', 'Unhealthy'])} pod/{rng.choice(['elig-api', 'claims-api', 'portal-web', 'era-worker'])}-{hexs(10)}-{hexs(5)} "
                         f"image=registry.dha.example/tricare/{rng.choice(['elig-api', 'claims-api'])}:4.{rng.randint(10, 20)}.{rng.randint(0, 9)} node=ip-10-{rng.randint(1, 60)}-{rng.randint(0, 254)}-{rng.randint(1, 254)}"))
        else:
            out.append(L("k8s_event", f"{ts:%Y-%m-%dT%H:%M:%S}Z cronjob/deers-delta-pull Completed job deers-delta-pull-{rng.randint(28000000, 28999999)} succeeded=1 duration={rng.randint(30, 900)}s "
                         f"helpdesk=tricare.ops@contractor-example.com (800) 555-{rng.randint(100, 199):04d}"))
    return out


BLOCKS = {
    "spring": blk_spring, "dotnet": blk_dotnet, "cerner": blk_cerner, "hl7": blk_hl7, "chcs": blk_chcs,
    "837": blk_837, "835": blk_835, "deers_json": blk_deers_json, "deers_fixed": blk_deers_fixed, "dha": blk_dha,
    "lod": blk_lod, "sickcall": blk_sickcall, "medevac": blk_medevac, "px": blk_px, "school": blk_school,
    "apo": blk_apo, "infra": blk_infra,
}
BASE = {"spring": 9, "dotnet": 7, "cerner": 7, "hl7": 3, "chcs": 3, "837": 1, "835": 1, "deers_json": 6,
        "deers_fixed": 2, "dha": 3, "lod": 4, "sickcall": 3, "medevac": 1, "px": 4, "school": 4, "apo": 4,
        "infra": 6}
EXTRA = ["spring", "dotnet", "cerner", "infra", "px", "apo", "deers_json", "infra", "spring", "dotnet",
         "cerner", "infra", "apo", "deers_json", "px", "infra", "spring", "infra", "dotnet", "infra"]


def main():
    base = [k for k, n in BASE.items() for _ in range(n)]
    rng.shuffle(base)
    extra = EXTRA[:]
    rng.shuffle(extra)
    sched = [(k, True) for k in base]
    for k in extra[:8]:
        sched.insert(rng.randint(0, len(sched)), (k, False))
    sched += [(k, False) for k in extra[8:]]
    lines = []
    for k, must in sched:
        if len(lines) >= N_LINES:
            break
        blk = BLOCKS[k]()
        if len(lines) + len(blk) > N_LINES:
            assert not must, ("base block did not fit", k, len(lines))
            blk = blk[:N_LINES - len(lines)] if k in ("infra", "spring", "px", "apo") else []
        lines.extend(blk)
    while len(lines) < N_LINES:
        lines.extend(blk_infra()[:N_LINES - len(lines)])
    assert len(lines) == N_LINES, len(lines)

    log_out, lab_out = [], []
    for no, ln in enumerate(lines, 1):
        text = ln.text()
        assert "\n" not in text and "\r" not in text and text.strip(), (no, text)
        raw = text.encode("utf-8")
        spans = []
        for s, e, cat, val in ln.spans:
            assert raw[s:e].decode("utf-8") == val, (no, s, e, val)
            assert val.strip() == val and val, (no, val)
            spans.append({"s": s, "e": e, "cat": cat})
        spans.sort(key=lambda d: d["s"])
        for a, b in zip(spans, spans[1:]):
            assert a["e"] <= b["s"], (no, spans)
        log_out.append(text)
        lab_out.append(json.dumps({"line": no, "family": ln.fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, "kw.log"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(log_out))
    with open(os.path.join(HERE, "kw.labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lab_out) + "\n")


if __name__ == "__main__":
    main()
