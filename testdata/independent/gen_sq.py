#!/usr/bin/env python3
"""Synthetic labeled log corpus "sq": Santa Aurelia County Ocean Lifeguards
(SACOL), a coastal county's beach lifeguard service, and its EMS hand-offs.
One summer Saturday (2024-07-13, local time PDT, -07:00) as exported from the
county's log archive (all sources shipped to one place, sorted by time).

Writes sq.log (500 lines) and sq.labels.jsonl in the current directory.
Standard library only; fixed seed; byte-identical across runs.

Systems simulated (family names in the labels):
  cad        - county 911 CAD vendor pipe export (CADX|...) incident create,
               unit status, narrative, close
  radiolog   - RFC 5424 syslog from the radio gateway with dispatcher/
               lifeguard transcriptions (free text)
  rr_api     - rescue-report web API (Node/pino JSON, epoch-ms time)
  nemsis     - ePCR export, NEMSIS 3.5 PatientCareReport XML, one line
  hl7        - HL7 v2.5.1 ADT^A04 pre-arrival notification to the receiving
               ED plus ACKs (one segment per line)
  fhir       - hospital FHIR R4 Patient / Encounter JSON returned to ePCR
  nginx      - junior lifeguard (JG) registration portal access log
  jg_csv     - JG programme medical-form export (CSV, header + rows)
  sms        - reunification SMS gateway (Twilio-style webhook JSON)
  lostchild  - lost-child / reunification tracker (logfmt)
  buoy       - surf/rip-current sensor feed (logfmt)
  postgres   - JG portal database log (statements, errors, autovacuum)
  java       - ePCR state-submission service (log4j line + stack trace)
  stripe     - JG programme fee payment webhooks (JSON)
  chat       - supervisors' Slack channel export (text)
  fixedwidth - tower daily activity report (fixed columns)
  x12        - 837P ambulance claim batch to the clearinghouse (per segment)
  syslog     - BSD syslog: sshd, sudo, staff timeclock, fax gateway
  aed        - AED fleet telemetry (key=value)
  firstaid   - tower first-aid tracker (TSV: jellyfish, stingray, etc.)

Labeling decisions (grey cases):
  * Lifeguards, dispatchers, paramedics, ED staff, physicians (including the
    child's pediatrician on a JG medical form and her clinic phone), the
    medical director and vendors are staff/at work: never labeled.
  * SACOL, its towers, beach zones, HQ address/phones/emails, hospitals and
    ambulance companies are the organisation/sites: not labeled. The
    incident location on the beach or in the water (tower, access point,
    GPS of the rescue) is a public work site, not the person's address:
    not labeled. A patient's or guardian's home street, city, county (also
    as FIPS code) is `address`; ZIP is always its own `zip` span.
  * 911 callers (usually the companion/relative who saw the swimmer), lost-
    child reporters, guardians, spouses and emergency contacts are treated
    as relatives/contacts: their names, phones, emails, licences are PHI.
  * IDs of a record about one person are `other_id`: rescue-report no.
    (RR..), PCR no., first-aid no. (FA..), lost-child case (LC..),
    wristband (WB-..), JG participant ID (JG24-....), medical examiner case,
    property tag, FHIR Patient logical id. Event IDs that cover a whole call
    (CAD incident no., unit IDs, HL7 message control IDs, Encounter ids,
    trace/request ids) are not labeled.
  * Hospital MRN -> `mrn`; HL7 visit number / X12 patient control no. /
    Stripe customer id / card numbers -> `account`. A card's last4 alone is
    not labeled. Invalid (junk) card numbers typed by a payer are still
    labeled `account`.
  * Dates: DOB, incident/treatment/admit/death dates in clinical fields
    (eTimes, PV1-44, DTP*472, FA tx date) are `date` even when they equal
    the log day; the line's own write timestamp (syslog header, MSH-7,
    ISA/GS/BHT dates, pino time, ts=) is not.
  * Ages are labeled only when over 89 (e.g. "91yo"); all other ages not.
  * Names: one span per contiguous run of name parts regardless of
    delimiter (HL7 "Last^First^M", X12 "LAST*FIRST*M", "Last, First").
    A child's first name alone in an SMS is `name`.
  * URLs: a link whose purpose is to point to one person's record (SMS/
    email link with a token) is one `url` span. In access logs the
    identifying values inside the request path/query are labeled with their
    own category at their (possibly percent-encoded) bytes.
  * Portal client IPs (public) are the registrants'/guardians': `ip`.
    Internal 10.x addresses, load balancers, uptime monitors, server and
    vendor public IPs are not labeled.
  * Devices the person carries/uses: insulin pump and CGM serials on JG
    forms, smartwatch IMEI in the 911 supplemental data -> `device`.
    SACOL's AEDs, radios and jet skis are org equipment: not labeled
    (an AED record's PCR reference is labeled `other_id`).
  * Patient vehicle plate/VIN (car left in the beach lot) -> `vehicle`;
    SACOL truck plates and unit numbers are not labeled.
  * Base64 JG badge photo -> `photo`. Staff timeclock fingerprint template
    hashes are staff biometrics: not labeled.
  * Fax: a guardian faxing a form from home -> fax number `fax`, the fax
    CSID naming the family -> `name`.
"""
import base64
import json
import random
import unicodedata
from datetime import datetime, timedelta, timezone
from urllib.parse import quote, unquote
from xml.sax.saxutils import escape as xesc

R = random.Random(71324)
PDT = timezone(timedelta(hours=-7))
UTC = timezone.utc
DAY = datetime(2024, 7, 13, 0, 0, 0, tzinfo=PDT)
TOTAL = 500


# ----------------------------------------------------------------- builders
class P:
    """A PHI value to be placed (labeled)."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class S:
    """A JSON string assembled of text and P parts."""
    def __init__(self, *parts):
        self.parts = parts


class Line:
    def __init__(self, fam):
        self.fam = fam
        self.b = bytearray()
        self.spans = []

    def add(self, *parts):
        for x in parts:
            if isinstance(x, P):
                self.p(x.v if isinstance(x.v, str) else str(x.v), x.cat)
            else:
                self.b += x.encode("utf-8")
        return self

    def p(self, v, cat, raw=None):
        if not v:
            raise ValueError("empty span value")
        s = len(self.b)
        self.b += v.encode("utf-8")
        self.spans.append((s, len(self.b), cat, v, raw))
        return self


def L(fam, *parts):
    return Line(fam).add(*parts)


def jw(line, obj, asc=False, sp=False):
    cs, ks = (", ", ": ") if sp else (",", ":")
    if isinstance(obj, P):
        if isinstance(obj.v, str):
            enc = json.dumps(obj.v, ensure_ascii=asc)[1:-1]
            line.add('"')
            line.p(enc, obj.cat, raw=("json", obj.v))
            line.add('"')
        else:
            line.p(json.dumps(obj.v), obj.cat)
    elif isinstance(obj, S):
        line.add('"')
        for x in obj.parts:
            if isinstance(x, P):
                enc = json.dumps(x.v, ensure_ascii=asc)[1:-1]
                line.p(enc, x.cat, raw=("json", x.v))
            else:
                line.add(json.dumps(x, ensure_ascii=asc)[1:-1])
        line.add('"')
    elif isinstance(obj, dict):
        line.add("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                line.add(cs)
            line.add(json.dumps(k, ensure_ascii=asc) + ks)
            jw(line, v, asc, sp)
        line.add("}")
    elif isinstance(obj, list):
        line.add("[")
        for i, v in enumerate(obj):
            if i:
                line.add(cs)
            jw(line, v, asc, sp)
        line.add("]")
    else:
        line.add(json.dumps(obj, ensure_ascii=asc))
    return line


def J(fam, obj, asc=False, sp=False):
    return jw(Line(fam), obj, asc, sp)


def XP(v, cat):
    return P(xesc(v), cat)


def pct(line, v, cat):
    enc = quote(v, safe="")
    line.p(enc, cat, raw=("pct", v))
    return line


# ------------------------------------------------------------ time formats
def iso(t, ms=True):
    s = t.strftime("%Y-%m-%dT%H:%M:%S")
    if ms:
        s += ".%03d" % (t.microsecond // 1000)
    return s + "-07:00"


def isoz(t):
    u = t.astimezone(UTC)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (u.microsecond // 1000)


def sysl(t):
    return t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if t.day < 10 else t.strftime("%b %d %H:%M:%S")


def clf(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S -0700")


def epoch_ms(t):
    return int(t.timestamp() * 1000)


def hl7ts(t):
    return t.strftime("%Y%m%d%H%M%S-0700")


def pgts(t):
    u = t.astimezone(UTC)
    return u.strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC" % (u.microsecond // 1000)


# ------------------------------------------------------- synthetic values
FIRST_M = ["Mateo", "Siosaia", "Keanu", "Dmitri", "José Luis", "Hunter", "Reed",
           "Chidi", "Oluwaseun", "Søren", "Liam", "Yusuf", "Kai", "Tomás",
           "Rahul", "Haruto", "Declan", "Ezekiel", "Bao", "Joaquín", "Malakai",
           "Theo", "Abdirahman", "Colt", "Ignacio", "Pita", "Rowan", "Ali"]
FIRST_F = ["Aaliyah", "Zoë", "Priya", "Ángela", "Summer", "Brook", "Rose",
           "Autumn", "Amara", "Leilani", "Ingrid", "Beatriz", "Marisol", "Wren",
           "Mei-Ling", "Fatima", "Ximena", "Nalani", "Skye", "Dolores",
           "Guadalupe", "Hope", "Ebony", "Thảo", "Siobhán", "Paz", "June",
           "Lupita"]
LAST = ["Okonkwo-Bell", "de la Cruz", "Van der Berg", "Nguyễn", "Quispe",
        "Whitehorse", "Fonoti", "Abernathy-Cruz", "O'Sullivan", "Baker",
        "Hunter", "Rivers", "Marsh", "Castellanos Reyes", "Haddad",
        "Kowalczyk", "Tanaka", "Mahlangu", "Fairweather", "Stone", "Wolfe",
        "Bishop", "Gutiérrez-Lima", "Al-Masri", "Ó Briain", "Papadopoulos",
        "Sandoval", "Kealoha", "Johansson", "Park", "Featherstone", "Lamb",
        "Moon", "Pike", "Salmon", "Hernández Ruiz", "St. Clair", "Mbeki-Owens",
        "Tuilagi", "Vo", "Delacroix", "Brightwater", "MacLeod", "Ferreira"]
STAFF = ["K. Ortega", "M. Baptiste", "W. Tran", "A. Pham", "D. Whitcomb",
         "J. Sato", "R. Ibarra", "T. Kahananui", "S. Lindqvist", "B. Osei"]
STAFF_FULL = ["Kenji Ortega", "Marguerite Baptiste", "Winnie Tran", "Anh Pham",
              "Dana Whitcomb", "Jo Ellen Sato", "Rafael Ibarra",
              "Tevita Kahananui", "Sigrid Lindqvist", "Bernard Osei"]
SLACK_USERS = ["rafael.ibarra", "joellen.sato", "dana.whitcomb", "b.osei",
               "sigrid.l", "dispatch-north", "tevita.k"]
LOCAL = [("Port Aurelia", "CA", "93456"), ("Las Conchas", "CA", "93445"),
         ("Mirador Beach", "CA", "93449"), ("Pelican Point", "CA", "93452"),
         ("Oceano Vista", "CA", "93420")]
VISIT = [("Visalia", "CA", "93277"), ("Fresno", "CA", "93722"),
         ("Bakersfield", "CA", "93309"), ("Henderson", "NV", "89052"),
         ("Scottsdale", "AZ", "85251"), ("Tulare", "CA", "93274"),
         ("Porterville", "CA", "93257"), ("Clovis", "CA", "93611"),
         ("Lancaster", "CA", "93536"), ("Hanford", "CA", "93230")]
STREETS = ["Kelp Ln", "Sandpiper Ct", "Calle Marea", "Tidepool Way", "Dune Rd",
           "W Ocean Ave", "Mesa Verde Dr", "Harbor View Ter", "N Mooney Blvd",
           "E Shaw Ave", "Paseo del Mar", "Willow St", "Jacaranda Pl",
           "S Chestnut Ave", "Ming Ave", "Avenida Las Palmas"]
TOWERS = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11",
          "12", "14", "HQ"]
AREA = ["805", "805", "805", "559", "559", "661", "661", "818", "702", "480"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "icloud.com", "outlook.com",
             "hotmail.com", "sbcglobal.net", "aol.com", "proton.me"]
PAYERS = [("MEDI-CAL", "MC"), ("ANTHEM BLUE CROSS", "CI"), ("KAISER", "HM"),
          ("AETNA", "CI"), ("MEDICARE PART B", "MB"), ("HEALTH NET", "HM")]


def luhn_check(digits):
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def npi():
    base = R.choice("12") + "".join(R.choice("0123456789") for _ in range(8))
    return base + luhn_check("80840" + base)


def imei():
    base = "35" + "".join(R.choice("0123456789") for _ in range(12))
    return base + luhn_check(base)


def card(valid=True):
    base = "4" + "".join(R.choice("0123456789") for _ in range(14))
    c = luhn_check(base)
    if not valid:
        c = str((int(c) + R.randint(1, 9)) % 10)
    return base + c


VIN_T = {**{str(i): i for i in range(10)},
         **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
         "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = R.choice(["1HG", "JTD", "5YJ", "1FT", "3VW", "KM8", "2T1"])
    v = list(wmi + "".join(R.choice(al) for _ in range(5)) + "0" + R.choice("LMNPR") +
             R.choice(al) + "".join(R.choice("0123456789") for _ in range(6)))
    tot = sum(VIN_T[c] * w for c, w in zip(v, VIN_W))
    v[8] = "X" if tot % 11 == 10 else str(tot % 11)
    return "".join(v)


def mbi():
    L_ = "ACDEFGHJKMNPQRTUVWXY"
    A = L_ + "0123456789"
    D = "0123456789"
    return (R.choice("123456789") + R.choice(L_) + R.choice(A) + R.choice(D) +
            R.choice(L_) + R.choice(A) + R.choice(D) + R.choice(L_) + R.choice(L_) +
            R.choice(D) + R.choice(D))


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def phone_parts():
    a = R.choice(AREA)
    while True:
        e = R.randint(201, 989)
        if e % 100 != 11:
            break
    return a, "%03d" % e, digits(4)


def fmt_phone(pp, style=None):
    a, e, n = pp
    style = style if style is not None else R.randint(0, 4)
    return [f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"+1{a}{e}{n}", f"{a}.{e}.{n}",
            f"{a}{e}{n}"][style]


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"


def deacc(s):
    s = s.replace("ø", "o").replace("Ø", "O").replace("đ", "d")
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


class Person:
    def __init__(self, kind, sex=None, local=None):
        self.sex = sex or R.choice("MF")
        if kind == "child":
            self.age = R.randint(3, 15)
        elif kind == "teen":
            self.age = R.randint(9, 15)
        elif kind == "elder":
            self.age = R.choice([91, 92, 94, 90, 93])
        else:
            self.age = R.randint(17, 68)
        self.first = R.choice(FIRST_M if self.sex == "M" else FIRST_F)
        self.last = R.choice(LAST)
        self.mi = R.choice("ABCDEFGJKLMRST")
        by = 2024 - self.age - (1 if R.random() < 0.5 else 0)
        self.dob = datetime(by, R.randint(1, 12), R.randint(1, 28))
        if self.dob.replace(year=2024) > datetime(2024, 7, 13):
            self.dob = self.dob.replace(year=2024 - self.age - 1)
        else:
            self.dob = self.dob.replace(year=2024 - self.age)
        city = R.choice(LOCAL) if (local if local is not None else R.random() < 0.4) else R.choice(VISIT)
        self.city, self.state, self.zip = city
        self.street = f"{R.randint(100, 9899)} {R.choice(STREETS)}"
        if R.random() < 0.3:
            self.street += R.choice([" Apt ", " Unit ", " #", " Spc "]) + str(R.randint(1, 40)) + R.choice(["", "B", "A"])
        self.phone = phone_parts()
        lo = deacc(self.last).lower().replace(" ", "").replace("'", "")
        fo = deacc(self.first).lower().replace(" ", "")
        self.email = R.choice([f"{fo}.{lo}", f"{fo[0]}{lo}{R.randint(1, 99)}",
                               f"{lo}.fam", f"{fo}{lo[:4]}{R.randint(70, 99)}"]) + "@" + R.choice(EMAIL_DOM)
        self.mrn = "ACM" + digits(7)
        self.pcr = f"PCR24-0713-{R.randint(60, 140):04d}"
        self.rr = f"RR24-{R.randint(4100, 4999):05d}"
        self.payer = R.choice(PAYERS)
        if self.age > 64:
            self.payer = PAYERS[4]
        self.member = mbi() if self.payer[1] == "MB" else (
            digits(8) + R.choice("ABCDEFGH") if self.payer[1] == "MC" else
            R.choice(["XEH", "KBX", "W"]) + digits(9))
        self.dl = R.choice("ABCDEFGHJKMNSTVWY") + digits(7)
        self.ssn = ssn()

    def name(self, style):
        f, l = self.first, self.last
        return {"lf": f"{l}, {f}", "fl": f"{f} {l}", "LF": f"{l.upper()}, {f.upper()}",
                "flm": f"{f} {self.mi}. {l}", "hl7": f"{l}^{f}^{self.mi}",
                "x12": f"{deacc(l).upper()}*{deacc(f).upper()}*{self.mi}",
                "f": f}[style]


def guardian_of(child):
    g = Person("adult", local=None)
    g.last = child.last if R.random() < 0.7 else R.choice(LAST)
    g.city, g.state, g.zip, g.street = child.city, child.state, child.zip, child.street
    g.age = R.randint(28, 52)
    g.rel = R.choice(["father", "stepfather", "grandfather", "uncle"] if g.sex == "M" else
                     ["mother", "mother", "grandmother", "aunt", "stepmother"])
    lo = deacc(g.last).lower().replace(" ", "").replace("'", "")
    g.email = f"{deacc(g.first).lower().replace(' ', '')}.{lo}@{R.choice(EMAIL_DOM)}"
    return g


# ------------------------------------------------------------ line makers
def cad_hdr(t, evt):
    return f"CADX|3.2.7|{t.strftime('%Y-%m-%d %H:%M:%S')}|EVT={evt}|"


def rad(t, host, txt_parts):
    pid = R.choice([2231, 2231, 2240])
    return L("radiolog", f"<134>1 {iso(t)} {host} radiolog {pid} - - ", *txt_parts)


def pino(t, msg, extra=None, level=30):
    o = {"level": level, "time": epoch_ms(t), "pid": 7,
         "hostname": "rr-api-7d9c5b-" + R.choice(["x2kqp", "m8v4t", "q0zzr"]),
         "reqId": "req-" + hexs(6)}
    if extra:
        o.update(extra)
    o["msg"] = msg
    return J("rr_api", o)


def syslog(t, host, prog, *parts):
    return L("syslog", f"<{R.choice([38, 86, 134])}>{sysl(t)} {host} {prog}[{R.randint(300, 29000)}]: ", *parts)


def logfmt_q(v):
    return '"' + v + '"' if (" " in v or "," in v) else v


NARR_WATER = ["2 SWIMMERS CAUGHT IN RIP N OF TWR", "SWIMMER WAVING ARMS OUTSIDE BREAK",
              "BODYBOARDER PULLED OUT BY RIP", "CHILD ON FLOATIE DRIFTING OUT",
              "SURFER HIT BY BOARD, DAZED"]


# ------------------------------------------------------------- incidents
EVENTS = []          # (time, seq, [Line,...])
SEQ = [0]
TRANSPORTED = []     # persons for the evening X12 batch


def emit(t, lines):
    SEQ[0] += 1
    EVENTS.append((t, SEQ[0], lines))


def jitter(t, lo, hi):
    return t + timedelta(seconds=R.randint(lo, hi), milliseconds=R.randint(0, 999))


def inc_no(t):
    return f"24-0713{R.randint(1, 9):02d}-{R.randint(10, 999):04d}"


def rip_rescue(t):
    kind = R.choice(["child", "teen", "adult", "adult"])
    p = Person(kind)
    twr = R.choice(TOWERS[:-1])
    inc = inc_no(t)
    unit = "LG" + twr
    l = L("cad", cad_hdr(t, "CREATE"), f"INC={inc}|NAT=WATER RESCUE-RIP|PRI=2|LOC=TWR {twr} ",
          R.choice(["OCEAN BCH N", "OCEAN BCH S", "PIER N", "LAS CONCHAS COVE"]),
          f"|UNITS={unit}|SRC=")
    if R.random() < 0.5:
        l.add("LG SELF-INIT|NARR=", R.choice(NARR_WATER))
    else:
        c = Person("adult")
        l.add("911|CALLER=", P(c.name("LF"), "name"), "|CBN=", P(fmt_phone(c.phone, 4), "phone"),
              "|NARR=", R.choice(NARR_WATER))
    emit(t, [l])
    t2 = jitter(t, 20, 90)
    emit(t2, [rad(t2, "radio-gw01", [f"[CH3 OPS-{R.choice('NS')}] {unit}: ", R.choice([
        "code 3 rescue, rip current, going out with the can",
        "in the water, one victim, rip at the groin",
        "rescue complete, victim on the sand, no medical",
        "two in the rip, need backup from jet ski"])])])
    t3 = jitter(t, 300, 1200)
    emit(t3, [L("cad", cad_hdr(t3, "CLOSE"), f"INC={inc}|DISPO=RESCUE-NO TX|UNITS={unit}|DUR={R.randint(5, 40)}m")])
    t4 = jitter(t, 900, 3000)
    pt = {"nm": P(p.name(R.choice(["lf", "fl"])), "name"), "age": p.age, "sex": p.sex}
    if R.random() < 0.6:
        pt["dob"] = P(p.dob.strftime("%Y-%m-%d"), "date")
    pt["res"] = {"city": P(p.city, "address"), "st": p.state, "zip": P(p.zip, "zip")}
    if R.random() < 0.3:
        pt["ph"] = P(fmt_phone(p.phone, 1), "phone")
    emit(t4, [pino(t4, "rescue report created", {"rr": {
        "no": P(p.rr, "other_id"), "inc": inc, "type": "RIP_CURRENT", "twr": twr, "pt": pt,
        "eq": R.choice(["rescue_can", "rescue_board", "pwc"]), "outcome": "RELEASED_ON_SCENE",
        "lg": R.sample(STAFF, 2)}})])


def near_drowning(t, elder=False, fatal=False):
    p = Person("elder" if elder else R.choice(["adult", "child", "adult"]))
    twr = R.choice(TOWERS[:-1])
    inc = inc_no(t)
    medic = R.choice(["M41", "M43", "M47"])
    caller = Person("adult")
    caller.last = p.last if R.random() < 0.6 else caller.last
    l = L("cad", cad_hdr(t, "CREATE"), f"INC={inc}|NAT=DROWNING/NEAR DROWNING|PRI=1|LOC=TWR {twr} ",
          "OCEAN BCH|UNITS=LG", twr, f",R3,{medic},E21|SRC=911|CALLER=", P(caller.name("LF"), "name"),
          "|CBN=", P(fmt_phone(caller.phone, 4), "phone"), "|NARR=",
          R.choice(["PT PULLED FROM WATER UNRESP", "SPOUSE STATES PT WENT UNDER", "CPR IN PROGRESS BY LG"]))
    emit(t, [l])
    if R.random() < 0.35:
        ti = jitter(t, 5, 30)
        im = imei()
        emit(ti, [L("cad", cad_hdr(ti, "SUPPL"), f"INC={inc}|ADDL_DATA=DEVICE SOS; TYPE=SMARTWATCH; IMEI=",
                    P(im, "device"), f"; LAT=35.{R.randint(10000, 99999)}; LON=-120.{R.randint(10000, 99999)}; UNC={R.randint(5, 60)}m")])
    for k, st in enumerate(["DISP", "ENRT", "ONSC"]):
        tu = jitter(t, 10 + k * 120, 60 + k * 180)
        emit(tu, [L("cad", cad_hdr(tu, "UNIT_STATUS"), f"INC={inc}|UNIT={medic}|ST={st}|AVL=35.{R.randint(10000, 99999)},-120.{R.randint(10000, 99999)}")])
    tr = jitter(t, 60, 240)
    if elder:
        txt = [f"[CH1 MED] R3: {medic} be advised, {'male' if p.sex == 'M' else 'female'} ", P(str(p.age), "age"),
               " years old, pulled from surf, GCS 13, on O2"]
    elif R.random() < 0.4:
        txt = [f"[CH1 MED] LG{twr}: pt is conscious, says his name is ", P(p.name("fl"), "name"),
               ", DOB ", P(p.dob.strftime("%-m/%-d/%Y"), "date")]
    else:
        txt = [f"[CH1 MED] LG{twr}: ", R.choice(["CPR in progress, AED applied, no shock advised",
                                               "pt vomiting seawater, breathing, GCS 14",
                                               "ROSC after 1 shock, bagging"])]
    emit(tr, [rad(tr, "radio-gw01", txt)])
    if R.random() < 0.6:
        ta = jitter(t, 150, 400)
        emit(ta, [L("aed", f"{iso(ta)} aedlink event=CLINICAL_USE sn=X16A-{R.randint(100, 999):05d} site=TWR-{twr} ",
                    f"shocks={R.randint(0, 2)} cpr_ccf={R.randint(70, 92)}% case_ref=", P(p.pcr, "other_id"),
                    f" upload=OK bytes={R.randint(40000, 90000)}")])
    if fatal:
        tf = jitter(t, 3000, 4000)
        me = f"ME24-{R.randint(300, 399):04d}"
        emit(tf, [L("chat", f"[{tf.strftime('%Y-%m-%d %H:%M:%S')}] #south-ops <joellen.sato> ",
                    "Twr ", twr, " call: pt pronounced at ACMC, TOD ", P(tf.strftime("%m/%d/%Y"), "date"),
                    " ", (tf - timedelta(minutes=20)).strftime("%H%M"),
                    ". Coroner case ", P(me, "other_id"), ". CISM debrief for crew at 1900, HQ conf room")])
    # HL7 prenotification
    th = jitter(t, 600, 1200)
    mcid = f"SAC{th.strftime('%H%M%S')}{R.randint(10, 99)}"
    visit = "V" + digits(9)
    doc = R.choice(["Haugen^Priscilla", "Obi^Nnamdi", "Castillo^Renata"])
    lines = [
        L("hl7", f"MSH|^~\\&|SACOL-EPCR|SACOL|EDIS|ACMC|{hl7ts(th)}||ADT^A04^ADT_A01|{mcid}|P|2.5.1|||AL|NE"),
        L("hl7", f"EVN|A04|{hl7ts(th)}|||{R.choice(['LGOPS','R3'])}"),
        L("hl7", "PID|1||", P(p.mrn, "mrn"), "^^^ACMC^MR~", P(p.pcr, "other_id"), "^^^SACOL^PCR||",
          P(p.name("hl7"), "name"), "||", P(p.dob.strftime("%Y%m%d"), "date"), f"|{p.sex}|||",
          P(p.street + "^^" + p.city, "address"), f"^{p.state}^", P(p.zip, "zip"), "^USA||",
          P(fmt_phone(p.phone, 4), "phone"), *(["||||||", P(p.ssn.replace("-", ""), "ssn")] if R.random() < 0.4 else [])),
    ]
    kin = Person("adult")
    kin.last = p.last
    lines.append(L("hl7", "NK1|1|", P(kin.name("hl7"), "name"), "|", R.choice(["SPO^Spouse", "CHD^Child", "PAR^Parent", "SIB^Sibling"]),
                   "||", P(fmt_phone(kin.phone, 4), "phone"), "||EC^Emergency Contact"))
    lines.append(L("hl7", f"PV1|1|E|ED^^^ACMC||||{npi()}^{doc}^^^^MD|||EMS||||7|||||", P(visit, "account"),
                   f"|||||||||||||||||||||||||", P(hl7ts(t)[:12], "date")))
    for i, (code, nm, val, unit) in enumerate([("8867-4", "Heart rate", R.randint(58, 140), "/min"),
                                                ("59408-5", "SpO2", R.randint(82, 99), "%"),
                                                ("9269-2", "GCS total", R.randint(6, 15), "{score}")], 1):
        lines.append(L("hl7", f"OBX|{i}|NM|{code}^{nm}^LN||{val}|{unit}|||||F|||{hl7ts(th)}"))
    emit(th, lines)
    tk = jitter(th, 1, 4)
    emit(tk, [L("hl7", f"MSH|^~\\&|EDIS|ACMC|SACOL-EPCR|SACOL|{hl7ts(tk)}||ACK^A04^ACK|ACK{hexs(8).upper()}|P|2.5.1"),
              L("hl7", f"MSA|AA|{mcid}|Message accepted")])
    # FHIR back from hospital
    tf = jitter(t, 1800, 3600)
    pid = uuid4()
    pat = {"resourceType": "Patient", "id": P(pid, "other_id"),
           "meta": {"versionId": "1", "lastUpdated": isoz(tf)},
           "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.7421.1", "type": {"coding": [{"code": "MR"}]}, "value": P(p.mrn, "mrn")}],
           "name": [{"family": P(p.last, "name"), "given": [P(p.first, "name")]}],
           "telecom": [{"system": "phone", "value": P(fmt_phone(p.phone, 1), "phone"), "use": "mobile"}],
           "gender": {"M": "male", "F": "female"}[p.sex], "birthDate": P(p.dob.strftime("%Y-%m-%d"), "date"),
           "address": [{"line": [P(p.street, "address")], "city": P(p.city, "address"), "state": p.state, "postalCode": P(p.zip, "zip")}]}
    emit(tf, [J("fhir", pat, asc=True)])
    tf2 = jitter(tf, 1, 5)
    enc = {"resourceType": "Encounter", "id": uuid4(), "status": "in-progress",
           "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "EMER"},
           "subject": {"reference": S("Patient/", P(pid, "other_id"))},
           "period": {"start": P(iso(th, ms=False), "date")},
           "hospitalization": {"admitSource": {"coding": [{"code": "emd"}]}},
           "serviceProvider": {"display": "Aurelia Coast Medical Center"}}
    emit(tf2, [J("fhir", enc, asc=True)])
    # NEMSIS XML
    tn = jitter(t, 4000, 9000)
    nx = L("nemsis", '<PatientCareReport xmlns="http://www.nemsis.org" UUID="', uuid4(), '"><eRecord><eRecord.01>',
           P(p.pcr, "other_id"), "</eRecord.01><eRecord.SoftwareApplicationGroup><eRecord.02>SACOL Field ePCR</eRecord.02><eRecord.03>4.12.",
           str(R.randint(0, 9)), "</eRecord.03></eRecord.SoftwareApplicationGroup></eRecord><eResponse><eResponse.03>", inc,
           f"</eResponse.03><eResponse.13>{medic}</eResponse.13></eResponse><eTimes><eTimes.03>",
           P(iso(jitter(t, 5, 30), ms=False), "date"), "</eTimes.03></eTimes><ePatient><ePatient.PatientNameGroup><ePatient.02>",
           XP(p.last, "name"), "</ePatient.02><ePatient.03>", XP(p.first, "name"), "</ePatient.03></ePatient.PatientNameGroup><ePatient.05>",
           XP(p.street, "address"), "</ePatient.05><ePatient.06>", XP(p.city, "address"), "</ePatient.06>")
    if p.city in [c[0] for c in LOCAL]:
        nx.add("<ePatient.07>", P("06079", "address"), "</ePatient.07>")
    nx.add(f"<ePatient.08>{p.state}</ePatient.08><ePatient.09>", P(p.zip, "zip"), "</ePatient.09>")
    if R.random() < 0.3:
        nx.add("<ePatient.12>", P(p.ssn.replace("-", ""), "ssn"), "</ePatient.12>")
    nx.add(f'<ePatient.AgeGroup><ePatient.15>', P(str(p.age), "age") if p.age > 89 else str(p.age),
           "</ePatient.15><ePatient.16>2516009</ePatient.16></ePatient.AgeGroup><ePatient.17>",
           P(p.dob.strftime("%Y-%m-%d"), "date"), "</ePatient.17>")
    if p.age >= 16 and R.random() < 0.5:
        nx.add(f"<ePatient.20>{p.state}</ePatient.20><ePatient.21>", P(p.dl, "license"), "</ePatient.21>")
    nx.add("</ePatient><eSituation><eSituation.11>T75.1XXA</eSituation.11></eSituation><eDisposition><eDisposition.02>Aurelia Coast Medical Center</eDisposition.02><eDisposition.12>4212033</eDisposition.12></eDisposition></PatientCareReport>")
    emit(tn, [nx])
    if R.random() < 0.5:
        tj = jitter(tn, 2, 20)
        bad = P(p.dl[:5], "license")
        emit(tj, [
            L("java", f"{tj.strftime('%Y-%m-%d %H:%M:%S')},{R.randint(100, 999)} ERROR [nemsis-export-{R.randint(1, 4)}] c.s.epcr.export.StateSubmitter - Submission rejected by CEMSIS for ",
              P(p.pcr, "other_id"), " (attempt 1/3)"),
            L("java", "com.sacol.epcr.export.SchematronException: [E-ePatient.21] Driver license '", bad,
              "' does not match pattern for state ", p.state),
            L("java", "\tat com.sacol.epcr.export.SchematronValidator.validate(SchematronValidator.java:212)"),
            L("java", "\tat com.sacol.epcr.export.StateSubmitter.submit(StateSubmitter.java:88)"),
            L("java", "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)"),
            L("java", "\t... 3 more"),
        ])
    # chat about vehicle / family
    if R.random() < 0.55:
        tc = jitter(t, 1200, 5000)
        u = R.choice(SLACK_USERS)
        if R.random() < 0.5:
            pl = R.choice("5678") + "".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)) + digits(3)
            parts = [f"[{tc.strftime('%Y-%m-%d %H:%M:%S')}] #north-ops <{u}> ", f"pt from the Twr {twr} call left a car in Lot C, CA ",
                     P(pl, "vehicle")]
            if R.random() < 0.5:
                parts += [" / VIN ", P(vin(), "vehicle")]
            parts += [". PD says leave it, family picking up keys at HQ"]
        else:
            parts = [f"[{tc.strftime('%Y-%m-%d %H:%M:%S')}] #north-ops <{u}> ", "family of ",
                     P(p.name(R.choice(["fl", "f"])), "name"),
                     f" (Twr {twr} near-drowning) at HQ asking for updates, callback ",
                     P(fmt_phone(kin.phone, R.randint(0, 3)), "phone"), " - sending them to ACMC ED"]
        emit(tc, [L("chat", *parts)])
    TRANSPORTED.append((p, t, visit))


def first_aid(t):
    p = Person(R.choice(["child", "adult", "teen"]))
    twr = R.choice(TOWERS[:-1])
    kind, part, tx = R.choice([
        ("STINGRAY", "L foot", "hot water immersion 43C 40 min, pain 8->2"),
        ("STINGRAY", "R heel", "hot water immersion 30 min, wound irrigated"),
        ("JELLYFISH", "both legs", "vinegar rinse, tentacles removed w/ card, cold pack"),
        ("JELLYFISH", "R forearm", "seawater rinse, hydrocortisone"),
        ("LACERATION", "L hand", "cleaned, steri-strips, advised tetanus check"),
        ("SUNBURN/HEAT", "--", "shade, oral fluids, cool towels")])
    fa = f"FA24-{R.randint(1100, 1399):04d}"
    disp = R.choice(["RELEASED TO PARENT" if p.age < 16 else "RELEASED", "REFERRED URGENT CARE", "REFUSED EMS"])
    l = L("firstaid", P(fa, "other_id"), "\t", P(t.strftime("%Y-%m-%d"), "date"), "\t", t.strftime("%H:%M"),
          f"\tTWR{twr}\t{kind}\t{part}\t{tx}\t")
    if R.random() < 0.2:
        l.add("DECLINED")
    else:
        l.add(P(p.name("lf"), "name"))
    l.add("\t", P(str(p.age), "age") if p.age > 89 else str(p.age), f"\t{disp}\t{R.choice(STAFF)}")
    emit(t, [l])


def lost_child(t):
    c = Person("child")
    c.age = R.randint(3, 9)
    g = guardian_of(c)
    case = f"LC0713-{R.randint(1, 30):02d}"
    twr = R.choice(TOWERS[:-1])
    wb = f"WB-{R.randint(1000, 9999):06d}"
    desc = R.choice(["green rash guard, shark hat", "pink swimsuit, braids", "blue trunks, no shirt",
                     "yellow life vest, crocs", "Spiderman shirt, red shorts"])
    ts = iso(t)
    emit(t, [L("lostchild", f"ts={ts} svc=reunite evt=case_open case=", P(case, "other_id"),
               f" type={R.choice(['LOST_CHILD', 'FOUND_CHILD'])} child=\"", P(c.name("fl"), "name"),
               f"\" age={c.age} sex={c.sex} desc=\"{desc}\" last_seen=TWR-{twr} reporter=\"",
               P(g.name("fl"), "name"), f"\" rel={g.rel} cb=", P(fmt_phone(g.phone, 2), "phone"),
               " wb=", P(wb, "other_id"), " status=OPEN")])
    t2 = jitter(t, 20, 60)
    emit(t2, [rad(t2, "radio-gw01", [f"[CH2 ALL TWRS] HQ: all towers, missing {'boy' if c.sex == 'M' else 'girl'} age {c.age}, {desc}, last seen Twr {twr}, hold and advise"])])
    t2b = jitter(t2, 5, 30)
    emit(t2b, [L("lostchild", f"ts={iso(t2b)} svc=reunite evt=pa_announce zone={R.choice(['N', 'S', 'PIER'])} template=LOST_CHILD_GENERIC repeats=3 ok=true")])
    t3 = jitter(t, 300, 1500)
    msid = "SM" + hexs(32)
    tok = "".join(R.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(7))
    emit(t3, [J("sms", {"ts": isoz(t3), "svc": "reunite-sms", "dir": "outbound", "From": "+18055550100",
                        "To": P(fmt_phone(g.phone, 2), "phone"),
                        "Body": S("SACOL Lifeguards: ", P(c.first, "name"), " is safe with lifeguards at ",
                                  R.choice(["Main Tower (Pier)", "HQ", f"Tower {twr}"]),
                                  ". Bring photo ID. Status: ", P(f"https://reunite.sacol.org/r/{tok}", "url")),
                        "MessageSid": msid, "Status": "queued", "NumSegments": "2"})])
    t3b = jitter(t3, 3, 9)
    emit(t3b, [J("sms", {"ts": isoz(t3b), "svc": "reunite-sms", "evt": "status_callback", "MessageSid": msid,
                         "MessageStatus": "delivered", "ErrorCode": None, "ApiVersion": "2010-04-01"})])
    if R.random() < 0.6:
        t4 = jitter(t3, 40, 200)
        emit(t4, [J("sms", {"ts": isoz(t4), "svc": "reunite-sms", "dir": "inbound", "From": P(fmt_phone(g.phone, 2), "phone"),
                            "To": "+18055550100",
                            "Body": S(R.choice(["omw!! thank you so much - ", "on my way, which tower?? - ", "THANK YOU. im at the pier parking. -"]),
                                      P(g.first, "name")), "MessageSid": "SM" + hexs(32)}, asc=True)])
    t5 = jitter(t, 1200, 2800)
    emit(t5, [L("lostchild", f"ts={iso(t5)} svc=reunite evt=case_close case=", P(case, "other_id"),
                f" status=REUNIFIED verified_by=\"{R.choice(STAFF)}\" id_type=CA_DL id_no=", P(g.dl, "license"),
                f" elapsed_min={int((t5 - t).total_seconds() // 60)}")])


def jg_activity(t, force=None):
    c = Person("teen", local=R.random() < 0.8)
    g = guardian_of(c)
    jid = f"JG24-{R.randint(100, 999):04d}"
    ip = f"{R.choice([73, 76, 98, 107, 174, 47])}.{R.randint(1, 254)}.{R.randint(0, 254)}.{R.randint(1, 254)}"
    ua = R.choice(['"Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"',
                   '"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36"',
                   '"Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.122 Mobile Safari/537.36"'])
    n = R.randint(1, 3)
    tt = t
    for i in range(n):
        tt = jitter(tt, 2, 40)
        l = L("nginx", P(ip, "ip"), f" - - [{clf(tt)}] \"")
        r = R.random()
        if r < 0.35:
            l.add("GET /api/v2/participants/", P(jid, "other_id"), "/medical-form HTTP/2.0\" 200 ", str(R.randint(900, 4000)))
        elif r < 0.55:
            l.add("GET /api/v2/participants/search?last=")
            pct(l, c.last, "name")
            l.add("&dob=", P(c.dob.strftime("%Y-%m-%d"), "date"), " HTTP/2.0\" 200 ", str(R.randint(200, 900)))
        elif r < 0.75:
            l.add("POST /api/v2/participants/", P(jid, "other_id"), "/documents HTTP/2.0\" 201 ", str(R.randint(80, 200)))
        else:
            l.add(R.choice(["GET /register/session-2 HTTP/2.0\" 200 ", "GET /static/css/main.7c1e0a.css HTTP/2.0\" 200 ",
                            "GET /forms/medical-release-2024.pdf HTTP/2.0\" 200 "]), str(R.randint(2000, 90000)))
        l.add(' "https://jg.sacol.org/account" ', ua, f" rt={R.randint(2, 400) / 1000:.3f} uct=0.000 upstream=10.40.3.{R.randint(10, 14)}:8080")
        emit(tt, [l])
    r = R.random() if force is None else force
    if r < 0.3:
        tp = jitter(t, 10, 60)
        cus = "cus_" + "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))
        emit(tp, [J("stripe", {"id": "evt_3P" + hexs(22), "object": "event", "api_version": "2024-06-20", "created": int(tp.timestamp()),
                               "type": "charge.succeeded", "data": {"object": {"id": "ch_3P" + hexs(22), "amount": R.choice([42500, 39500, 15000]),
                               "currency": "usd", "customer": P(cus, "account"), "description": "Junior Lifeguards 2024 Session 2",
                               "billing_details": {"name": P(g.name("fl"), "name"), "email": P(g.email, "email"),
                                                   "address": {"line1": P(g.street, "address"), "city": P(g.city, "address"),
                                                               "state": g.state, "postal_code": P(g.zip, "zip"), "country": "US"}},
                               "payment_method_details": {"card": {"brand": "visa", "last4": digits(4), "exp_year": 2027}},
                               "metadata": {"participant_id": P(jid, "other_id")}}}})])
    elif r < 0.4:
        tp = jitter(t, 10, 60)
        valid = R.random() < 0.5
        emit(tp, [L("java", f"{tp.strftime('%Y-%m-%d %H:%M:%S')},{R.randint(100, 999)} WARN  [pay-gw-2] c.s.jg.pay.LegacyGateway - decline code=",
                    "incorrect_number" if not valid else "card_declined", " pan=", P(card(valid), "account"),
                    " payer=", P(g.name("LF"), "name"), " order=JGO-", digits(6))])
    elif r < 0.65:
        tp = jitter(t, 5, 40)
        emit(tp, [L("postgres", f"{pgts(tp)} [{R.randint(2000, 9000)}] jgapp@jgprod LOG:  duration: {R.randint(1, 90)}.{R.randint(100, 999)} ms  statement: UPDATE jg_medical SET epipen = {R.choice(['true', 'false'])}, inhaler = {R.choice(['true', 'false'])}, updated_at = now() WHERE participant_id = '",
                    P(jid, "other_id"), "'")])
    elif r < 0.78:
        tp = jitter(t, 5, 40)
        emit(tp, [L("postgres", f"{pgts(tp)} [{R.randint(2000, 9000)}] jgapp@jgprod ERROR:  duplicate key value violates unique constraint \"jg_participant_name_dob_key\""),
                  L("postgres", f"{pgts(tp)} [{R.randint(2000, 9000)}] jgapp@jgprod DETAIL:  Key (last_name, first_name, dob)=(",
                    P(f"{c.last}, {c.first}", "name"), ", ", P(c.dob.strftime("%Y-%m-%d"), "date"), ") already exists.")])
    elif r < 0.86:
        tp = jitter(t, 5, 40)
        raw = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(R.randint(0, 255) for _ in range(60))
        emit(tp, [L("postgres", f"{pgts(tp)} [{R.randint(2000, 9000)}] jgapp@jgprod LOG:  statement: INSERT INTO jg_badge (participant_id, photo_b64, taken_at) VALUES ('",
                    P(jid, "other_id"), "', '", P(base64.b64encode(raw).decode(), "photo"), "...(truncated 48211 chars)', now())")])
    else:
        tp = jitter(t, 5, 40)
        fx = phone_parts()
        emit(tp, [syslog(tp, "faxgw01", "faxd", "RECV FAX: from ", P(fmt_phone(fx, 2), "fax"), ' CSID "',
                         P(deacc(g.last).upper(), "name"), f' FAMILY" pages={R.randint(1, 4)} time=0:{R.randint(20, 59)} -> queue jg-forms job {R.randint(1000, 9999)}')])


JG_HDR = "participant_id,last_name,first_name,dob,session,guardian_name,guardian_rel,guardian_cell,guardian_email,swim_test,allergies,meds,epipen,inhaler,diabetes_device_sn,physician,physician_phone,ins_carrier,ins_member_id,photo_consent"


def jg_export(t):
    lines = [L("jg_csv", JG_HDR)]
    for _ in range(R.randint(4, 7)):
        c = Person("teen", local=R.random() < 0.8)
        g = guardian_of(c)
        l = L("jg_csv", P(f"JG24-{R.randint(100, 999):04d}", "other_id"), ",")
        if "," in c.last or " " in c.last:
            l.add('"', P(c.last, "name"), '"')
        else:
            l.add(P(c.last, "name"))
        l.add(",", P(c.first, "name"), ",", P(c.dob.strftime("%m/%d/%Y"), "date"), ",",
              R.choice(["S1-NORTH", "S2-NORTH", "S2-SOUTH", "S3-PIER"]), ",",
              P(g.name("fl"), "name"), f",{g.rel},", P(fmt_phone(g.phone, 1), "phone"), ",",
              P(g.email, "email"), ",", R.choice(["PASS", "PASS", "RETEST"]), ",")
        alg = R.choice(["NKA", "peanuts", "bee stings", "penicillin", "latex", "NKA"])
        l.add(alg, ",", R.choice(["", "albuterol PRN", "cetirizine", "insulin", "methylphenidate"]), ",",
              R.choice(["Y", "N"]), ",", R.choice(["Y", "N"]), ",")
        if R.random() < 0.2:
            l.add(R.choice(["Tandem t:slim X2 SN ", "Omnipod 5 PDM ", "Dexcom G7 SN "]), P(R.choice(["", "TS"]) + digits(8), "device"))
        l.add(",", R.choice(["Dr. Priya Raman MD", "Dr. Alan Cheung", "Coastal Pediatrics - Dr. Ruiz", "Dr. Hollis Greer"]),
              ",", R.choice(["805-555-0161", "805-555-0188", "559-555-0123"]), ",")
        pay = R.choice(PAYERS[:4] + [PAYERS[5]])
        l.add(pay[0], ",", P(R.choice(["XEH", "KBX", "W", ""]) + digits(9), "health_plan"), ",", R.choice(["Y", "N"]))
        lines.append(l)
    emit(t, lines)


def x12_batch(t):
    ic = f"{R.randint(4000, 4999):09d}"
    lines = [L("x12", f"ISA*00*          *00*          *ZZ*SACOLEMS       *ZZ*CLAIMSHUB      *{t.strftime('%y%m%d')}*{t.strftime('%H%M')}*^*00501*{ic}*0*P*:~"),
             L("x12", f"GS*HC*SACOLEMS*CLAIMSHUB*{t.strftime('%Y%m%d')}*{t.strftime('%H%M')}*{int(ic)}*X*005010X222A1~"),
             L("x12", "ST*837*0001*005010X222A1~"),
             L("x12", f"BHT*0019*00*{int(ic)}*{t.strftime('%Y%m%d')}*{t.strftime('%H%M')}*CH~"),
             L("x12", f"NM1*85*2*SANTA AURELIA COUNTY EMS*****XX*{npi()}~"),
             L("x12", "N3*2200 HARBOR PATROL RD~"), L("x12", "N4*PORT AURELIA*CA*934561207~"),
             L("x12", "REF*EI*956000" + digits(3) + "~")]
    hl = 1
    for p, ti, visit in TRANSPORTED[:3]:
        hl += 1
        lines.append(L("x12", f"HL*{hl}*1*22*0~"))
        lines.append(L("x12", f"SBR*P*18*******{p.payer[1]}~"))
        lines.append(L("x12", "NM1*IL*1*", P(p.name("x12"), "name"), "***MI*", P(p.member, "health_plan"), "~"))
        lines.append(L("x12", "N3*", P(deacc(p.street).upper(), "address"), "~"))
        lines.append(L("x12", "N4*", P(p.city.upper(), "address"), f"*{p.state}*", P(p.zip, "zip"), "~"))
        lines.append(L("x12", "DMG*D8*", P(p.dob.strftime("%Y%m%d"), "date"), f"*{p.sex}~"))
        lines.append(L("x12", f"NM1*PR*2*{p.payer[0]}*****PI*{R.randint(10000, 99999)}~"))
        lines.append(L("x12", "CLM*", P("SAC" + ti.strftime("%y%m%d") + digits(5), "account"), f"*{R.choice(['1850', '2140', '1675'])}.00***41:B:1*Y*A*Y*Y~"))
        lines.append(L("x12", "HI*ABK:T751XXA~"))
        lines.append(L("x12", "LX*1~"))
        lines.append(L("x12", f"SV1*HC:A0427:RH*1450*UN*1***1~"))
        lines.append(L("x12", "DTP*472*D8*", P(ti.strftime("%Y%m%d"), "date"), "~"))
    lines.append(L("x12", f"SE*{len(lines) - 1}*0001~"))
    lines.append(L("x12", f"GE*1*{int(ic)}~"))
    lines.append(L("x12", f"IEA*1*{ic}~"))
    emit(t, lines)


# -------------------------------------------------------- background (no PHI)
def bg_buoy(t):
    return [L("buoy", f"ts={isoz(t)} level=info src=buoy-{R.choice(['46219', '46011', 'SACOL-N2', 'SACOL-S1'])} "
              f"wave_ht_ft={R.randint(20, 70) / 10} period_s={R.randint(7, 16)} dir_deg={R.randint(240, 300)} "
              f"water_temp_f={R.randint(610, 690) / 10} wind_kt={R.randint(2, 22)} rip_risk={R.choice(['MODERATE', 'HIGH', 'HIGH'])} "
              f"flag={R.choice(['YELLOW', 'RED', 'YELLOW'])} seq={R.randint(10000, 99999)}")]


def bg_syslog(t):
    r = R.random()
    if r < 0.35:
        return [syslog(t, "ops-bastion", "sshd", f"Accepted publickey for {R.choice(['svc-cad', 'deploy', 'jsato', 'ribarra'])} from 10.40.{R.randint(1, 9)}.{R.randint(2, 250)} port {R.randint(30000, 65000)} ssh2: ED25519 SHA256:{base64.b64encode(bytes(R.randint(0, 255) for _ in range(32))).decode().rstrip('=')}")]
    if r < 0.55:
        return [syslog(t, "hq-timeclock", "timeclockd", f"PUNCH {R.choice(['IN', 'OUT'])} emp={R.randint(10400, 10999)} name=\"{R.choice(STAFF_FULL)}\" site={R.choice(['HQ', 'TWR-07', 'TWR-12', 'PIER'])} method=FP match=0.{R.randint(90, 99)} tmpl_sha1={hexs(40)}")]
    if r < 0.7:
        return [syslog(t, "epcr-app01", "sudo", f"  {R.choice(['deploy', 'ribarra'])} : TTY=pts/{R.randint(0, 3)} ; PWD=/opt/epcr ; USER=root ; COMMAND=/usr/bin/systemctl restart epcr-sync.service")]
    if r < 0.85:
        return [syslog(t, "faxgw01", "faxd", f"SEND FAX: to 805-555-01{R.randint(10, 99)} (ACMC ED) job {R.randint(1000, 9999)} pages={R.randint(1, 6)} status=DONE")]
    return [syslog(t, "fw-hq", "kernel", f"[UFW BLOCK] IN=eth0 OUT= SRC=185.{R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(1, 254)} DST=198.51.100.20 LEN=44 PROTO=TCP SPT={R.randint(1024, 65000)} DPT={R.choice([22, 23, 3389, 5900])}")]


def bg_aed(t):
    if R.random() < 0.7:
        return [L("aed", f"{iso(t)} aedlink event=SELF_TEST sn=X16A-{R.randint(100, 999):05d} model=\"ZOLL AED Plus\" site=TWR-{R.choice(TOWERS[:-1])} "
                  f"result=PASS batt={R.randint(55, 100)}% pads_lot=PD23{R.randint(10, 12)}-{R.randint(100, 999)} pads_exp=2026-0{R.randint(1, 9)}-{R.randint(10, 28)} fw=3.4.{R.randint(0, 3)}")]
    return [L("aed", f"{iso(t)} aedlink event=INVENTORY po=PO-2024-{R.randint(7000, 7999)} vendor=\"Henry Schein\" sku={R.choice(['8900-0802-01', 'VIN-16OZ-12', 'HOTPK-STG'])} qty={R.randint(2, 24)} lot={R.choice(['23B114', 'LT8842A', '2406-77'])} site=HQ")]


def bg_nginx(t):
    r = R.random()
    if r < 0.5:
        return [L("nginx", f"10.40.3.{R.randint(2, 5)} - - [{clf(t)}] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\" rt=0.001 uct=0.000 upstream=10.40.3.{R.randint(10, 14)}:8080")]
    if r < 0.75:
        return [L("nginx", f"216.144.250.150 - - [{clf(t)}] \"HEAD / HTTP/1.1\" 200 0 \"-\" \"Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)\" rt=0.0{R.randint(10, 60)} uct=0.000 upstream=10.40.3.{R.randint(10, 14)}:8080")]
    return [L("nginx", f"10.40.3.2 - - [{clf(t)}] \"GET /api/v2/sessions?year=2024&status=open HTTP/1.1\" 200 {R.randint(800, 2000)} \"-\" \"sacol-ops-dashboard/2.3.1\" rt=0.0{R.randint(10, 90)} uct=0.000 upstream=10.40.3.11:8080")]


def bg_rr(t):
    r = R.random()
    if r < 0.4:
        return [pino(t, "request completed", {"req": {"method": "GET", "url": R.choice(["/healthz", "/api/v1/towers/status", "/api/v1/conditions"])},
                                              "res": {"statusCode": 200}, "responseTime": R.randint(1, 80)})]
    if r < 0.6:
        return [pino(t, "tide table cache refreshed", {"station": "9412110", "entries": R.randint(200, 260), "trace_id": hexs(32), "span_id": hexs(16)})]
    if r < 0.8:
        return [pino(t, "daily counters", {"rescues": R.randint(10, 60), "first_aid": R.randint(20, 90), "lost_child": R.randint(1, 9), "prev_actions": R.randint(200, 1400)})]
    return [pino(t, "upstream CAD poll slow", {"durMs": R.randint(1500, 6000), "endpoint": "https://cad-api.aureliacounty.gov/v3/incidents", "attempt": R.randint(1, 3)}, level=40)]


def bg_pg(t):
    r = R.random()
    if r < 0.4:
        return [L("postgres", f"{pgts(t)} [{R.randint(2000, 9000)}] LOG:  automatic vacuum of table \"jgprod.public.jg_audit\": index scans: 1, pages: 0 removed, {R.randint(900, 2000)} remain, tuples: {R.randint(10, 900)} removed")]
    if r < 0.7:
        return [L("postgres", f"{pgts(t)} [{R.randint(2000, 9000)}] LOG:  checkpoint complete: wrote {R.randint(100, 3000)} buffers ({R.randint(1, 9)}.{R.randint(0, 9)}%); 0 WAL file(s) added, 0 removed, {R.randint(0, 3)} recycled; write={R.randint(1, 99)}.{R.randint(100, 999)} s")]
    return [L("postgres", f"{pgts(t)} [{R.randint(2000, 9000)}] jgapp@jgprod LOG:  duration: {R.randint(100, 900)}.{R.randint(100, 999)} ms  statement: SELECT session_code, count(*) FROM jg_enrollment WHERE season = 2024 GROUP BY session_code")]


def bg_chat(t):
    u = R.choice(SLACK_USERS)
    return [L("chat", f"[{t.strftime('%Y-%m-%d %H:%M:%S')}] #{R.choice(['north-ops', 'south-ops', 'logistics'])} <{u}> " + R.choice([
        "Twr 9 is out of vinegar, can someone run 2 jugs up from HQ",
        "PWC-2 going in for fuel, 15 min",
        "NWS upgraded rip current risk to HIGH until 8pm, red flags N of pier",
        "reminder: JG session 2 swim test moved to 0800 Monday at the pier",
        "anyone seen the key for the Twr 4 lockbox?",
        "Resusci Anne QCPR manikin #3 has a torn chest skin, tagged it out",
        "Henry Schein order PO-2024-7731 arrived, 3 cases of hot packs",
        "Truck 12 (CA exempt 1473922) has a soft tire, heading to county yard",
        "lunch relief running 20 min late at Twr 6",
        "stingray shuffle signs are up at Las Conchas Cove"]))]


def bg_cad(t):
    u = R.choice(["LG03", "LG07", "LG12", "R3", "PWC2", "M41", "E21", "SUP1"])
    return [L("cad", cad_hdr(t, "UNIT_STATUS"), f"INC=|UNIT={u}|ST={R.choice(['AVL', 'AOS', 'OOS-FUEL', 'AVL'])}|AVL=35.{R.randint(10000, 99999)},-120.{R.randint(10000, 99999)}")]


def bg_radio(t):
    u = R.choice(["LG03", "LG07", "LG12", "R3", "PWC2", "SUP1", "HQ"])
    return [rad(t, "radio-gw01", [f"[CH{R.choice('23')} OPS-{R.choice('NS')}] {u}: " + R.choice([
        "10-8, back in service", "moving swimmers away from the pier pilings",
        "preventive action, 6 swimmers out of the rip at the groin",
        "requesting relief for lunch", "jet ski in the water, heading north",
        "radio check", "red flag up, closing water N of tower"])])]


def bg_java(t):
    return [L("java", f"{t.strftime('%Y-%m-%d %H:%M:%S')},{R.randint(100, 999)} ERROR [cad-poller-1] c.s.epcr.cad.CadClient - poll failed, retrying in 30s"),
            L("java", "java.net.SocketTimeoutException: Read timed out"),
            L("java", "\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)"),
            L("java", "\tat org.apache.hc.core5.http.impl.io.SessionInputBufferImpl.fillBuffer(SessionInputBufferImpl.java:149)"),
            L("java", "\tat com.sacol.epcr.cad.CadClient.poll(CadClient.java:77)")]


def bg_fixed(t):
    lines = [L("fixedwidth", f"SACOL TOWER DAILY ACTIVITY  RUN {t.strftime('%m/%d/%y %H%M')}  PGM TWRD010  PAGE 001"),
             L("fixedwidth", "TWR  ZONE        RESC  PREV  MED  LOSTC  ATTEND  FLAG")]
    for tw in R.sample(TOWERS[:-1], 4):
        lines.append(L("fixedwidth", f"{tw:<5}{R.choice(['NORTH BCH', 'SOUTH BCH', 'PIER', 'COVE']):<12}{R.randint(0, 12):>4}{R.randint(10, 300):>6}{R.randint(0, 15):>5}{R.randint(0, 3):>7}{R.randint(500, 9000):>8}  {R.choice(['RED', 'YEL'])}"))
    return lines


def bg_hl7_ack(t):
    return [L("hl7", f"MSH|^~\\&|EDIS|ACMC|SACOL-EPCR|SACOL|{hl7ts(t)}||ACK^A08^ACK|ACK{hexs(8).upper()}|P|2.5.1"),
            L("hl7", f"MSA|AA|SAC{t.strftime('%H%M%S')}{R.randint(10, 99)}|Message accepted")]


BG = [(bg_buoy, 12), (bg_syslog, 10), (bg_aed, 6), (bg_nginx, 9), (bg_rr, 9), (bg_pg, 6),
      (bg_chat, 7), (bg_cad, 8), (bg_radio, 9), (bg_java, 1), (bg_hl7_ack, 1)]


def main():
    # incidents through the day
    for h, m in [(9, 41), (11, 5), (12, 48), (14, 22), (15, 50), (16, 33)]:
        near_drowning(DAY.replace(hour=h, minute=m, second=R.randint(0, 59)), elder=(h in (11, 16)),
                      fatal=(h == 14))
    for _ in range(16):
        rip_rescue(DAY + timedelta(hours=R.uniform(9.5, 18.5)))
    for _ in range(24):
        first_aid(DAY + timedelta(hours=R.uniform(9.5, 18.8)))
    for _ in range(7):
        lost_child(DAY + timedelta(hours=R.uniform(10.5, 18)))
    for _ in range(18):
        jg_activity(DAY + timedelta(hours=R.uniform(6.2, 19.8)))
    jg_activity(DAY.replace(hour=8, minute=17, second=40), force=0.8)
    jg_activity(DAY.replace(hour=13, minute=2, second=11), force=0.8)
    jg_export(DAY.replace(hour=6, minute=30, second=4))
    jg_export(DAY.replace(hour=19, minute=30, second=3))
    x12_batch(DAY.replace(hour=18, minute=5, second=0))
    bg_fixed_t = [DAY.replace(hour=12, minute=0, second=2), DAY.replace(hour=17, minute=0, second=2)]
    for tt in bg_fixed_t:
        emit(tt, bg_fixed(tt))
    # drop empty placeholders
    EVENTS[:] = [e for e in EVENTS if e[2]]
    n = sum(len(e[2]) for e in EVENTS)
    if n > TOTAL:
        raise SystemExit(f"incident lines {n} exceed {TOTAL}")
    funcs = [f for f, w in BG for _ in range(w)]
    while n < TOTAL:
        t = DAY + timedelta(hours=R.uniform(6.0, 20.0))
        t = t.replace(microsecond=R.randint(0, 999) * 1000)
        f = R.choice(funcs)
        ls = f(t)
        if n + len(ls) > TOTAL:
            continue
        emit(t, ls)
        n += len(ls)
    EVENTS.sort(key=lambda e: (e[0], e[1]))
    out = [ln for e in EVENTS for ln in e[2]]
    assert len(out) == TOTAL
    with open("sq.log", "wb") as f, open("sq.labels.jsonl", "w", encoding="utf-8") as g:
        for i, ln in enumerate(out, 1):
            b = bytes(ln.b)
            if b"\n" in b or b"\r" in b or not b:
                raise SystemExit(f"bad line {i}")
            b.decode("utf-8")
            last = 0
            spans = []
            for s, e, cat, v, raw in sorted(ln.spans):
                if not (0 <= s < e <= len(b)):
                    raise SystemExit(f"line {i}: span out of range {s}-{e}")
                if s < last:
                    raise SystemExit(f"line {i}: overlapping spans")
                last = e
                if b[s:e].decode("utf-8") != v:
                    raise SystemExit(f"line {i}: span text mismatch {b[s:e]!r} != {v!r}")
                if raw is not None:
                    kind, rv = raw
                    back = json.loads('"' + v + '"') if kind == "json" else unquote(v)
                    if back != rv:
                        raise SystemExit(f"line {i}: decoded span mismatch {back!r} != {rv!r}")
                spans.append({"s": s, "e": e, "cat": cat})
            f.write(b + b"\n")
            g.write(json.dumps({"line": i, "family": ln.fam, "spans": spans}) + "\n")


if __name__ == "__main__":
    main()
