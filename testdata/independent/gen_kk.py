#!/usr/bin/env python3
"""Synthetic labeled log corpus "kk": a health system's privacy office handling
patient-rights requests.

Systems simulated (Northbridge Health System, fictitious; consumer app "PulsePath"):
  * DSAR tool webhooks (OneTrust-like JSON: REQUEST_CREATED, stage changes) and
    identity-verification vendor results (JSON, with selfie / document data)
  * DSAR connector workers (Python logging) and data-discovery results (JSON)
  * Camunda-style workflow engine logs (Spring Boot 2 logback pattern)
  * Restriction / confidential-communication service (Spring Boot 3 pattern),
    PostgreSQL exceptions with Java stack traces
  * Mirth-style interface engine log with HL7 v2 ADT^A31 (segments escaped "\\r")
  * Release-of-information vendor exchange: pipe manifests, SFTP server syslog,
    vendor REST status JSON
  * HIPAA access-request intake (logfmt key=value), amendment requests (XML),
    accounting-of-disclosures extract (CSV with header)
  * Breach investigation worksheet rows (markdown table export) and risk
    assessment JSON (four-factor assessment, affected-individual records)
  * Privacy complaint intake e-mails (raw RFC 5322 lines, English/Spanish) and
    call notes (ServiceNow-like JSON with escaped newlines; plain text)
  * EHR access-audit extract (CSV) and snooping-analytics alerts (JSON),
    investigator review notes
  * Noise: nginx access logs, Prometheus exposition, k8s events, config dumps,
    job statistics, privacy-tool audit trail (key=value)

Labeling decisions:
  - Labeled persons: patients, app consumers / data subjects, requesters acting
    for themselves or as family / personal representatives, relatives, other
    patients named in complaints, affected individuals of a breach.
  - Never labeled: workforce members (privacy analysts, HIM staff, clinicians,
    employees under snooping investigation - their names, user IDs, workstation
    IDs, e-mails), businesses, law firms, agencies, vendors, facility addresses,
    phone/fax numbers of departments, internal 10.x/172.16.x/192.168.x IPs, and
    the IPs of vendors' SFTP clients.
  - Names: a full name is one span (also "LAST, FIRST M", HL7 LAST^FIRST^M); when
    first and last name are separate fields each field is its own span.
  - Address: street line (with apt/unit) is one span; city is its own span;
    county and geocodes (lat/lon pair as one span) are address; the state is
    not labeled; ZIP / ZIP+4 is zip.  PO boxes count as street lines.
  - Dates labeled: birth, death, admission, discharge, service / date-of-service
    ranges (each end), appointment, disclosure dates in an accounting of
    disclosures, the date an incident happened to the person as told in a
    complaint.  Not labeled: log timestamps, e-mail Date headers, system
    instants (createdAt/eventTime/deadline with time of day), EHR audit access
    instants, SLA due dates, breach discovery / reporting dates, years alone.
  - Age labeled only when > 89.  Younger ages are left unlabeled.
  - other_id: request / case numbers created for one individual (DSAR refIds,
    privacy case numbers, ROI request numbers, amendment numbers, ServiceNow
    case numbers), encounter CSNs, consumer-app user IDs, portal usernames.
    Not labeled: breach incident IDs (INC-...), snooping alert IDs, process
    instance / task / trace / event UUIDs, batch and invoice numbers.
  - MRN (current "E" + 7 digits and legacy 9-digit) is mrn, also inside HL7 CX
    and file names.  Member IDs, Medicaid IDs, Medicare MBIs are health_plan.
  - account: hospital account (HAR) numbers, guarantor / billing accounts, full
    payment-card numbers.  A card or SSN last-4 fragment alone is NOT labeled.
  - license: the driver's licence / state ID number of the person (from ID
    verification).  device: IMEI, MAC, CGM / pump serials of the person's
    devices.  vehicle: VIN and licence plates of the person's car.
  - url: personal profile URLs of the person.  ip: public IP the person used
    (submitting a request, portal access).  photo: base64 selfie/ID image
    payload.  biometric: voiceprint / face / fingerprint template values.
  - Masked values (***-**-1234, j***@gmail.com) are not labeled.
"""
import base64
import datetime as dt
import json
import os
import random
import string
import unicodedata

SEED = 21210611
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "kk"

# ----------------------------------------------------------------- builder
class P:
    """A labeled value inside a JSON structure."""
    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class C:
    """A JSON string composed of plain text and labeled parts."""
    def __init__(self, *parts):
        self.parts = parts


def esc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def J(o, sep=(",", ":")):
    out = []

    def w(x):
        if isinstance(x, P):
            if isinstance(x.v, str):
                out.extend(['"', (esc(x.v), x.cat), '"'])
            else:
                out.append((json.dumps(x.v), x.cat))
        elif isinstance(x, C):
            out.append('"')
            for part in x.parts:
                if isinstance(part, P):
                    out.append((esc(part.v), part.cat))
                else:
                    out.append(esc(part))
            out.append('"')
        elif isinstance(x, dict):
            out.append("{")
            for i, (k, v) in enumerate(x.items()):
                if i:
                    out.append(sep[0])
                out.append(json.dumps(k, ensure_ascii=False) + sep[1])
                w(v)
            out.append("}")
        elif isinstance(x, list):
            out.append("[")
            for i, v in enumerate(x):
                if i:
                    out.append(sep[0])
                w(v)
            out.append("]")
        else:
            out.append(json.dumps(x, ensure_ascii=False))
    w(o)
    return out


def build(pieces):
    buf = bytearray()
    spans = []
    for pc in pieces:
        if isinstance(pc, str):
            buf += pc.encode("utf-8")
        else:
            text, cat = pc
            b = str(text).encode("utf-8")
            s = len(buf)
            buf += b
            spans.append((s, len(buf), cat, str(text)))
    line = buf.decode("utf-8")
    assert "\n" not in line and "\r" not in line, line
    assert line.strip() != "", "empty line"
    for s, e, cat, text in spans:
        assert bytes(buf[s:e]) == text.encode("utf-8"), (text, cat)
        assert text.strip() == text and text, (text, cat)
    return line, [{"s": s, "e": e, "cat": c} for s, e, c, _ in spans]


def X(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ----------------------------------------------------------------- data pools
FIRST = ["María José", "Thi Hoa", "Oluwaseun", "Siobhán", "Jürgen", "Aarav", "Mei-Ling",
         "Dmitri", "Fatima", "Kwame", "Guadalupe", "Ji-woo", "Priya", "Mohammed",
         "Ana Lucía", "Tomasz", "Ngozi", "Keanu", "Björn", "Chloé", "Zainab", "Hiroshi",
         "Esperanza", "Bao", "Ryan", "Linda", "Darnell", "Shira", "Giovanni", "Ayşe",
         "Rahul", "Leilani", "Marguerite", "José", "Yusuf", "Rosa Elena", "Chinedu",
         "Kateryna", "Tyrone", "Nadia", "Wei", "Ignacio", "Amara", "Seamus", "Dolores",
         "Hamid", "Lucía", "Kai", "Beatriz", "Emeka", "Sunita", "Pablo", "Harriet",
         "Ximena", "Lars", "Jean-Baptiste", "Anh", "Reuben", "Consuelo", "Olga", "DeShawn"]
LAST = ["García-Márquez", "van der Berg", "O'Connor", "Nguyen", "Al-Rashid", "de la Cruz",
        "Okonkwo", "Kowalczyk", "Papadopoulos", "Singh", "Yamamoto", "MacLeod", "Schmidt",
        "Haddad", "Ramírez", "Chen", "Johnson", "Mbeki", "Delacroix", "Petrov", "St. John",
        "Abernathy-Cole", "Fernández", "Kim", "Begay", "Tran", "Öztürk", "Washington",
        "Dubois", "Ivanova", "da Silva", "Lopez", "Kahale", "Ben-David", "del Río",
        "Okafor", "Hernández Soto", "Lindqvist", "Mwangi", "Castellanos", "Greene",
        "Bello", "Nakamura", "Przybylski", "Quispe", "Fitzgerald", "Ochoa", "Szabo"]
HISP = {"María José", "Guadalupe", "Ana Lucía", "Esperanza", "José", "Rosa Elena",
        "Ignacio", "Dolores", "Lucía", "Beatriz", "Pablo", "Ximena", "Consuelo",
        "García-Márquez", "de la Cruz", "Ramírez", "Fernández", "Lopez", "del Río",
        "Hernández Soto", "Castellanos", "Quispe", "Ochoa"}
CITIES = [("Oakland", "CA", "946", "510"), ("Hialeah", "FL", "330", "305"),
          ("Cicero", "IL", "608", "708"), ("Dearborn", "MI", "481", "313"),
          ("Tucson", "AZ", "857", "520"), ("Gresham", "OR", "970", "503"),
          ("Yonkers", "NY", "107", "914"), ("Brownsville", "TX", "785", "956"),
          ("Evanston", "IL", "602", "847"), ("Waukegan", "IL", "600", "224"),
          ("Kenosha", "WI", "531", "262"), ("Milwaukee", "WI", "532", "414"),
          ("Chicago", "IL", "606", "773"), ("Joliet", "IL", "604", "815"),
          ("Racine", "WI", "534", "262"), ("Aurora", "IL", "605", "630"),
          ("Bellevue", "WA", "980", "425"), ("Spokane", "WA", "992", "509"),
          ("Fresno", "CA", "937", "559"), ("Hartford", "CT", "061", "860"),
          ("Las Vegas", "NV", "891", "702"), ("Berwyn", "IL", "604", "708"),
          ("Skokie", "IL", "600", "847"), ("Elgin", "IL", "601", "847")]
COUNTY = {"Chicago": "Cook County", "Cicero": "Cook County", "Evanston": "Cook County",
          "Berwyn": "Cook County", "Skokie": "Cook County", "Waukegan": "Lake County",
          "Joliet": "Will County", "Aurora": "Kane County", "Elgin": "Kane County",
          "Milwaukee": "Milwaukee County", "Kenosha": "Kenosha County", "Racine": "Racine County"}
STREETS = ["N Racine Ave", "W Cermak Rd", "Maple St", "S Pulaski Rd", "Elm Street",
           "Calle Ocho", "Sheridan Rd", "W 26th St", "Lakeview Dr", "Greenleaf Ave",
           "Old Mill Ln", "N Kedzie Blvd", "Washington Blvd", "E Ogden Ave",
           "Cottage Grove Ave", "Sunnyslope Rd", "Birch Ct", "W Devon Ave",
           "Prairie Ave", "Rue Dauphine", "SE Stark St", "Martin Luther King Jr Dr"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com",
             "proton.me", "aol.com", "comcast.net", "att.net"]
STAFF = [("Karina Morales", "kmorales", "KXM2231"), ("Dana Whitfield", "dwhitfield", "DLW0871"),
         ("Luis Ortega", "lortega", "LOO5510"), ("Brianna Foster", "bfoster", "BNF1192"),
         ("Tobias Engel", "tengel", "TXE7730"), ("Precious Adeyemi", "padeyemi", "PAA4017")]
EMPLOYEES = [("KOWALSKI, JOANNA P", "JPK4412", "5W MED SURG"), ("REYES, MARCO A", "MAR0931", "ED MAIN"),
             ("LINDGREN, ERIK", "EXL2207", "PATIENT ACCESS"), ("PATEL, NEHA", "NXP6650", "REGISTRATION"),
             ("BOATENG, KOFI", "KYB3318", "PHARMACY"), ("MORRISON, TESS L", "TLM7741", "4E ONCOLOGY"),
             ("ZHOU, ALICE", "AXZ5020", "HIM CODING"), ("DUARTE, FELIPE", "FXD1184", "RADIOLOGY")]
FACILITIES = ["NBH-STM", "NBH-LKS", "NBH-WPK", "NBH-CLN-BERWYN"]


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii())


def luhn_digit(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    trans = {**{str(i): i for i in range(10)},
             **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
             "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    while True:
        wmi = R.choice(["1HG", "1FT", "2T1", "3VW", "5YJ", "JTD", "KMH", "1G1", "WBA"])
        v = list(wmi + "".join(R.choice(chars) for _ in range(5)) + "0" +
                 R.choice("JKLMNPRS") + R.choice(chars) + "".join(R.choice("0123456789") for _ in range(6)))
        s = sum(trans[c] * w for c, w in zip(v, weights)) % 11
        v[8] = "X" if s == 10 else str(s)
        return "".join(v)


def uuid():
    h = "%032x" % R.getrandbits(128)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[R.randint(0, 3)]}{h[17:20]}-{h[20:]}"


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def public_ip():
    while True:
        a = R.choice([24, 47, 50, 67, 68, 71, 73, 76, 98, 99, 104, 107, 108, 172, 174, 184, 198, 208])
        b = R.randint(0, 255)
        if a == 172 and 16 <= b <= 31:
            continue
        if a == 198 and b in (18, 19, 51):
            continue
        return f"{a}.{b}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def internal_ip():
    return R.choice([f"10.{R.randint(0, 60)}.{R.randint(0, 255)}.{R.randint(2, 250)}",
                     f"172.20.{R.randint(0, 31)}.{R.randint(2, 250)}"])


def photo_b64():
    raw = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(
        R.getrandbits(8) for _ in range(R.randint(90, 180)))
    return base64.b64encode(raw).decode()


# ----------------------------------------------------------------- people
class Person:
    def __init__(self, old=False):
        self.first = R.choice(FIRST)
        self.last = R.choice(LAST)
        self.mi = R.choice("ABCDEFGHJKLMNPRSTW")
        self.es = self.first in HISP or self.last in HISP
        y = R.randint(1926, 1934) if old else R.randint(1941, 2005)
        self.dob = dt.date(y, R.randint(1, 12), R.randint(1, 28))
        self.age = 2024 - y - (1 if (self.dob.month, self.dob.day) > (5, 6) else 0)
        self.city, self.state, z3, self.area = R.choice(CITIES)
        self.county = COUNTY.get(self.city)
        st = f"{R.randint(12, 9870)} {R.choice(STREETS)}"
        r = R.random()
        if r < 0.2:
            st += f" Apt {R.randint(1, 30)}{R.choice('ABCD')}"
        elif r < 0.3:
            st += f", Unit {R.randint(100, 920)}"
        elif r < 0.36:
            st = f"PO Box {R.randint(100, 9999)}"
        self.street = st
        self.zip = z3 + f"{R.randint(1, 99):02d}"
        if R.random() < 0.25:
            self.zip += f"-{R.randint(1000, 9999)}"
        self.ph = (self.area, str(R.randint(201, 989)), digits(4))
        self.ph2 = (R.choice(["312", "773", "872", "708", "630"]), str(R.randint(201, 989)), digits(4))
        fa, la = fold(self.first).lower().replace(" ", "").replace("-", ""), fold(self.last).lower().replace(" ", "").replace("'", "").replace(".", "")
        self.email = R.choice([f"{fa}.{la}", f"{fa[0]}{la}{R.randint(1, 99)}", f"{la}.{fa}{R.randint(60, 99)}",
                               f"{fa}{la[:3]}{R.randint(1960, 2005)}", f"{fa}_{la}"]) + "@" + R.choice(EMAIL_DOM)
        self.username = R.choice([f"{fa[:4]}{la[:4]}{R.randint(1, 99)}", f"{fa}{R.randint(70, 99)}", f"{la}{fa[0]}"])
        self.mrn = "E" + str(R.randint(1000000, 1999999))
        self.legacy_mrn = "00" + digits(7)
        self.csn = "7" + digits(9)
        self.har = "300" + digits(7)
        self.member = R.choice(["XGH", "W", "ZCP", "H", "MCD"]) + digits(R.choice([8, 9]))
        A = "ACDEFGHJKMNPQRTUVWXY"
        self.mbi = (f"{R.randint(1, 9)}{R.choice(A)}{R.choice(A + '0123456789')}{R.randint(0, 9)}"
                    f"{R.choice(A)}{R.choice(A + '0123456789')}{R.randint(0, 9)}{R.choice(A)}{R.choice(A)}{R.randint(0, 9)}{R.randint(0, 9)}")
        if R.random() < 0.5:
            self.mbi = f"{self.mbi[:4]}-{self.mbi[4:7]}-{self.mbi[7:]}"
        while True:
            a = R.randint(1, 899)
            if a != 666:
                break
        self.ssn = f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"
        self.dl = R.choice([R.choice("ABCDGKMNRSW") + digits(7), f"{R.choice('BGKMS')}{digits(3)}-{digits(4)}-{digits(4)}",
                            "WDL" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9))])
        self.dl_state = R.choice(["CA", "IL", "WA", "WI", "NV", "CT"])
        self.ip = public_ip()
        self.app_uid = "ppu_" + "".join(R.choice(string.ascii_lowercase + string.digits) for _ in range(10))
        self.dsar = f"PP-DSAR-2024-{R.randint(1000, 29999):05d}"
        self.priv = f"PRIV-24-{R.randint(100, 1999):05d}"
        self.roi = str(R.randint(540000, 589999))
        self.amd = f"AMD-2024-{R.randint(1, 999):05d}"
        self.snow = f"PRIVCASE{R.randint(10000, 99999):07d}"
        card = "4" + digits(14)
        self.card = card + luhn_digit(card + "0")
        imei = R.choice(["35", "86", "01", "49"]) + digits(12)
        self.imei = imei + luhn_digit(imei + "0")
        self.mac = ":".join("%02X" % R.getrandbits(8) for _ in range(6))
        self.cgm = R.choice(["SM" + digits(8), "8" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(5)),
                             "NG" + digits(7) + "H"])
        self.vin = vin()
        self.plate = R.choice([f"{R.randint(1, 9)}{''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{digits(3)}",
                               f"{''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(2))} {digits(5)}",
                               f"{''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}-{digits(4)}"])
        self.url = R.choice([f"https://www.facebook.com/{fa}.{la}.{R.randint(10, 999)}",
                             f"https://instagram.com/{self.username}", f"https://linktr.ee/{fa}{la}",
                             f"https://www.tiktok.com/@{self.username}", f"https://{fa}{la}.blogspot.com"])
        self.voice = "VP2:" + base64.b64encode(bytes(R.getrandbits(8) for _ in range(R.randint(24, 40)))).decode()

    # ---- renderers
    def name(self, style=None):
        style = style or R.choice(["full", "full", "lf", "LF", "LFM", "init", "lower", "fmil"])
        if style == "full":
            return f"{self.first} {self.last}"
        if style == "fmil":
            return f"{self.first} {self.mi}. {self.last}"
        if style == "lf":
            return f"{self.last}, {self.first}"
        if style == "LF":
            return f"{self.last.upper()}, {self.first.upper()}"
        if style == "LFM":
            return f"{self.last.upper()}, {self.first.upper()} {self.mi}"
        if style == "init":
            return f"{self.first[0]}. {self.last}"
        if style == "lower":
            return f"{self.first} {self.last}".lower()
        if style == "hl7":
            return f"{self.last.upper()}^{self.first.upper()}^{self.mi}"
        raise ValueError(style)

    def phone(self, style=None):
        a, b, c = self.ph
        return fmt_phone(a, b, c, style)


def fmt_phone(a, b, c, style=None):
    style = style or R.choice(["paren", "dash", "dot", "raw", "intl", "e164", "one", "paren2"])
    return {"paren": f"({a}) {b}-{c}", "paren2": f"({a}){b}-{c}", "dash": f"{a}-{b}-{c}",
            "dot": f"{a}.{b}.{c}", "raw": f"{a}{b}{c}", "intl": f"+1 {a} {b} {c}",
            "e164": f"+1{a}{b}{c}", "one": f"1-{a}-{b}-{c}"}[style]


def fmt_date(d, style=None):
    style = style or R.choice(["iso", "us", "us_short", "eu", "mon", "oracle", "compact", "long"])
    if style == "iso":
        return d.isoformat()
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_short":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "eu":
        return d.strftime("%d.%m.%Y")
    if style == "mon":
        return d.strftime("%b %d, %Y").replace(" 0", " ")
    if style == "oracle":
        return d.strftime("%d-%b-%Y").upper()
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "long":
        return d.strftime("%B %d, %Y").replace(" 0", " ")
    if style == "es":
        return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    raise ValueError(style)


def rdate(y0=2022, y1=2024, before=dt.date(2024, 5, 1)):
    while True:
        d = dt.date(R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28))
        if d <= before:
            return d


POOL = []


def person(old=None):
    if POOL and R.random() < 0.3 and old is None:
        return R.choice(POOL)
    p = Person(old=(R.random() < 0.2) if old is None else old)
    POOL.append(p)
    return p


# ----------------------------------------------------------------- clock
CLOCK = [dt.datetime(2024, 5, 6, 7, 52, 11, 118000)]


def tick():
    CLOCK[0] += dt.timedelta(seconds=R.randint(1, 95), milliseconds=R.randint(0, 999))
    return CLOCK[0]


def ts_iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def ts_off(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}-05:00"


def ts_sp(t, comma=False):
    return t.strftime("%Y-%m-%d %H:%M:%S") + ("," if comma else ".") + f"{t.microsecond // 1000:03d}"


def ts_sys(t):
    return t.strftime("%b ") + f"{t.day:2d}" + t.strftime(" %H:%M:%S")


def ts_ngx(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S -0500")


def sb2(t, level, thread, logger):
    thread = thread[-15:]
    if len(logger) > 40:
        logger = logger[:40]
    return f"{ts_sp(t)} {level:>5} 1 --- [{thread:>15}] {logger:<40} : "


def sb3(t, level, thread, logger, app="restriction-svc"):
    thread = thread[-15:]
    return f"{ts_off(t)} {level:>5} 4211 --- [{app}] [{thread:>15}] {logger:<40} : "


# ================================================================= PHI generators
def g_ot_created():
    p = person()
    t = tick()
    st = R.choice([("California", "CPRA"), ("Washington", "MHMDA"), ("Connecticut", "CTDPA"),
                   ("Nevada", "NV-SB370"), ("Oregon", "OCPA")])
    rt = R.choice(["Deletion", "Deletion", "Access", "Correction", "Delete Consumer Health Data"])
    data = {"requestQueueRefId": P(p.dsar, "other_id"), "requestQueueId": uuid(),
            "workflowName": f"{st[1]} Consumer Health Data - PulsePath", "requestTypes": [rt],
            "subjectTypes": ["Consumer"], "firstName": P(p.first, "name"), "lastName": P(p.last, "name"),
            "email": P(p.email, "email")}
    if R.random() < 0.55:
        data["phone"] = P(p.phone(R.choice(["e164", "raw", "dash"])), "phone")
    data["country"] = "United States"
    data["stateOrProvince"] = st[0]
    af = {"pulsepathUserId": P(p.app_uid, "other_id"), "confirmResidency": True,
          "appVersion": R.choice(["5.12.0 (4481)", "5.11.3 (4402)", "5.12.1 (4490)"])}
    if R.random() < 0.35:
        af["profileUrl"] = P(p.url, "url")
    if R.random() < 0.3:
        af["deviceId"] = P(p.imei, "device")
    data["additionalFields"] = af
    data["language"] = "es-us" if p.es and R.random() < 0.6 else "en-us"
    data["dateCreated"] = ts_iso(t)
    data["deadline"] = (t + dt.timedelta(days=45)).strftime("%Y-%m-%dT00:00:00Z")
    data["ipAddress"] = P(p.ip, "ip")
    obj = {"eventType": "REQUEST_CREATED", "eventId": uuid(), "eventTime": ts_iso(t), "data": data}
    if R.random() < 0.5:
        return [("dsar_webhook_json", J(obj))]
    return [("dsar_webhook_json", [f"{ts_sp(t, True)} INFO  [webhook-receiver] ot.inbound - payload=", *J(obj, (", ", ": "))])]


def g_ot_stage():
    p = person()
    t = tick()
    stage = R.choice(["Verify Identity", "Data Discovery", "Legal Review", "Respond", "Closed - Completed",
                      "Closed - Unable to Verify"])
    obj = {"eventType": "REQUEST_STAGE_CHANGED", "eventId": uuid(), "eventTime": ts_iso(t),
           "requestQueueRefId": P(p.dsar, "other_id"), "previousStage": "New", "currentStage": stage,
           "assignee": R.choice(STAFF)[1] + "@northbridgehealth.org"}
    if R.random() < 0.5:
        obj["subject"] = {"email": P(p.email, "email"), "displayName": P(p.name("full"), "name")}
    return [("dsar_webhook_json", J(obj))]


def g_idv():
    p = person()
    t = tick()
    status = R.choice(["approved", "approved", "approved", "declined", "resubmission_requested"])
    pers = {"firstName": P(p.first.upper(), "name"), "lastName": P(p.last.upper(), "name"),
            "dateOfBirth": P(p.dob.isoformat(), "date"), "idNumber": P(p.dl, "license"),
            "documentType": "DRIVERS_LICENSE", "issuingState": p.dl_state,
            "addressLine1": P(p.street.upper(), "address"), "city": P(p.city.upper(), "address"),
            "postalCode": P(p.zip, "zip"), "expiryDate": f"{R.randint(2025, 2030)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}"}
    obj = {"type": "verification.completed", "verificationId": "vrf_" + hexs(24),
           "vendorData": P(p.dsar, "other_id"), "status": status,
           "reasonCode": None if status == "approved" else R.choice([102, 105, 201]),
           "person": pers, "decisionScore": round(R.uniform(0.4, 0.99), 3),
           "technicalData": {"ip": P(p.ip, "ip")}}
    if R.random() < 0.55:
        obj["faceMatch"] = {"similarity": round(R.uniform(0.62, 0.995), 3), "selfieImage": P(photo_b64(), "photo")}
    elif R.random() < 0.4:
        obj["faceMatch"] = {"similarity": round(R.uniform(0.62, 0.995), 3), "faceTemplate": P(p.voice.replace("VP2", "FT1"), "biometric")}
    return [("idv_webhook_json", [f"{ts_sp(t, True)} DEBUG [idv-callback] idv.client - body=", *J(obj)])]


def g_connector():
    p = person()
    t = tick()
    sysname = R.choice(["braze", "snowflake", "segment", "zendesk", "amplitude", "s3_exports"])
    r = R.random()
    if r < 0.4:
        msg = ["erase subject external_id=", (p.app_uid, "other_id"), f" status={R.choice([200, 202, 204])} request_id={uuid()} elapsed_ms={R.randint(80, 4000)}"]
    elif r < 0.7:
        msg = [f"Deleted {R.randint(1, 9000)} rows from PULSEPATH.RAW.APP_EVENTS where user_email = '", (p.email, "email"), "'"]
    else:
        msg = ["lookup by email ", (p.email, "email"), " returned 0 profiles; falling back to phone ", (p.phone("e164"), "phone")]
    return [("dsar_connector_py", [f"{ts_sp(t, True)} {'INFO' if r < 0.7 else 'WARNING'} [dsar.connectors.{sysname}] ", *msg])]


def g_discovery():
    p = person()
    t = tick()
    systems = [{"system": "pulsepath-core", "records": R.randint(1, 40), "categories": ["profile", "cycle_tracking"]}]
    plat = R.choice(["iOS", "Android"])
    dev = {"platform": plat, "model": R.choice(["iPhone 14", "iPhone 15 Pro", "iPhone 12 mini"] if plat == "iOS" else ["Pixel 8", "SM-S918U", "moto g stylus 5G"])}
    if R.random() < 0.5:
        dev["imei"] = P(p.imei, "device")
    else:
        dev["wifiMac"] = P(p.mac, "device")
    obj = {"subjectId": P(p.app_uid, "other_id"), "refId": P(p.dsar, "other_id"), "scanId": uuid(),
           "systems": systems, "devices": [dev]}
    if R.random() < 0.5:
        obj["pairedSensors"] = [{"type": "CGM", "serial": P(p.cgm, "device")}]
    if R.random() < 0.5:
        obj["voiceJournal"] = {"enrolled": True, "voiceprintTemplate": P(p.voice, "biometric")}
    if R.random() < 0.4:
        obj["profile"] = {"birthDate": P(fmt_date(p.dob, "iso"), "date"), "zip": P(p.zip[:5], "zip")}
        if R.random() < 0.5:
            obj["profile"]["socialLink"] = P(p.url, "url")
    return [("dsar_discovery_json", [f"{ts_sp(t, True)} INFO [dsar.discovery] result ", *J(obj, (", ", ": "))])]


def g_camunda():
    p = person()
    t = tick()
    pi = uuid()
    r = R.random()
    if r < 0.3:
        return [("workflow_engine", [sb2(t, "INFO", "aTaskExecutor-" + str(R.randint(1, 8)), "c.n.privacy.dsar.StartDsarDelegate"),
                                     f"Started process instance dsarFulfillment:12:{pi} businessKey=", (p.dsar, "other_id"),
                                     " subject=", (p.app_uid, "other_id")])]
    if r < 0.55:
        sd = fmt_date(p.dob, R.choice(["iso", "us"]))
        return [("workflow_engine", [sb2(t, "WARN", "job-executor-tp-" + str(R.randint(1, 4)), "c.n.privacy.dsar.IdentityGateDelegate"),
                                     "identity check result=FAILED requestRef=", (p.dsar, "other_id"),
                                     " reason=DOB_MISMATCH submittedDob=", (sd, "date"), f" attempts={R.randint(1, 3)}"])]
    if r < 0.8:
        return [("workflow_engine", [sb2(t, "DEBUG", "http-nio-8080-exec-" + str(R.randint(1, 9)), "c.n.privacy.access.AccessRequestListener"),
                                     f"setVariables processInstanceId={pi} {{requesterName=", (p.name("full"), "name"),
                                     ", requesterRelationship=Self, mrn=", (p.mrn, "mrn"), ", deliveryMethod=",
                                     R.choice(["PORTAL", "EMAIL", "CD_MAIL", "PAPER_PICKUP"]), ", caseNumber=", (p.priv, "other_id"), "}"])]
    return [("workflow_engine", [sb2(t, "INFO", "aTaskExecutor-" + str(R.randint(1, 8)), "c.n.privacy.amend.AmendmentRouter"),
                                 "routing amendment ", (p.amd, "other_id"), f" to candidateGroup=HIM-AMEND (dueDate={(t + dt.timedelta(days=60)).date().isoformat()})"])]


def g_roi_manifest():
    t = tick()
    batch = f"ROI_{t.strftime('%Y%m%d')}_{R.randint(1, 40):03d}"
    out = [("roi_manifest_psv", ["REQ_ID|FACILITY|PT_LAST|PT_FIRST|DOB|MRN|REQ_TYPE|REQUESTOR|DOS_FROM|DOS_TO|PAGES|STATUS|DELIVERY"])]
    n = R.randint(2, 5)
    for _ in range(n):
        p = person()
        d1 = rdate(2021, 2023)
        d2 = min(d1 + dt.timedelta(days=R.randint(0, 400)), dt.date(2024, 4, 30))
        rq = R.choice(["SELF", "SELF", "MORALES & KANE LLP", "SSA-DDS", "AETNA SIU", "SELF"])
        typ = {"SELF": "PATIENT ACCESS", "MORALES & KANE LLP": "ATTORNEY", "SSA-DDS": "DISABILITY",
               "AETNA SIU": "PAYER AUDIT"}[rq]
        ds = R.choice(["us", "iso"])
        out.append(("roi_manifest_psv", [(p.roi, "other_id"), "|", R.choice(FACILITIES), "|", (p.last.upper(), "name"), "|",
                                         (p.first.upper(), "name"), "|", (fmt_date(p.dob, ds), "date"), "|", (p.mrn, "mrn"), "|",
                                         typ, "|", rq, "|", (fmt_date(d1, ds), "date"), "|", (fmt_date(d2, ds), "date"), "|",
                                         str(R.randint(3, 900)), "|", R.choice(["SHIPPED", "QA_HOLD", "INVOICED", "PENDING_AUTH"]), "|",
                                         R.choice(["ePortal", "SFTP", "CD-ROM", "USPS"])]))
    out.append(("roi_manifest_psv", [f"TRL|ROWS={n}|BATCH={batch}|SHA256={hexs(64)}"]))
    return out


def g_sftp_file():
    p = person()
    t = tick()
    pid = R.randint(20000, 32000)
    nm = fold(p.last).upper().replace(" ", "-").replace("'", "")
    fn = [f'open "/outbound/roi/{t.strftime("%Y-%m")}/ROI-', (p.roi, "other_id"), "_", (p.mrn, "mrn"), "_",
          (nm, "name"), f'_{R.choice(["MR", "BILL", "IMG"])}.pdf" flags {R.choice(["READ", "WRITE,CREATE,TRUNCATE"])} mode 0640']
    return [("sftp_syslog", [f"{ts_sys(t)} roi-sftp01 sftp-server[{pid}]: ", *fn])]


def g_roi_api():
    p = person()
    t = tick()
    r = R.random()
    inv = {"number": f"INV-{R.randint(200000, 299999)}", "amount": R.choice([6.5, 0.0, 24.75, 6.5]),
           "currency": "USD"}
    if r < 0.35:
        inv["payment"] = {"method": "card", "pan": P(p.card, "account"), "exp": f"{R.randint(1, 12):02d}/{R.randint(25, 29)}"}
    else:
        inv["payment"] = {"method": "card", "last4": p.card[-4:]}
    obj = {"requestNumber": P(p.roi, "other_id"), "status": R.choice(["INVOICED", "RELEASED", "ON_HOLD"]),
           "patient": {"mrn": P(p.legacy_mrn, "mrn"), "dob": P(fmt_date(p.dob, "us"), "date"),
                       "harNumber": P(p.har, "account")}, "invoice": inv}
    if R.random() < 0.4:
        obj["patient"]["medicaidId"] = P(p.member, "health_plan")
    return [("roi_vendor_api", [f"{ts_iso(t)} [roi-sync] GET /v2/requests/", (p.roi, "other_id"),
                                f" 200 {R.randint(40, 900)}ms body=", *J(obj, (", ", ": "))])]


def g_access_kv():
    p = person()
    t = tick()
    dm = R.choice(["fax", "email", "portal", "mail", "fax", "fax"])
    parts = [f"time={ts_iso(t)} level=info svc=him-intake msg=\"access request received\" case=", (p.priv, "other_id"),
             " patient=\"", (p.name(R.choice(["full", "LF", "lf"])), "name"), "\" dob=", (fmt_date(p.dob, R.choice(["iso", "us", "us_short", "oracle", "compact"])), "date"),
             " mrn=", (p.mrn, "mrn"), f" scope=\"{R.choice(['full designated record set', 'labs 2023', 'imaging CD', 'billing records'])}\" delivery={dm}"]
    if dm == "fax":
        parts += [" fax_to=", (fmt_phone(*p.ph2, R.choice(["dash", "raw", "paren"])), "fax")]
    elif dm == "email":
        parts += [" email_to=", (p.email, "email"), " unencrypted_ok=true"]
    elif dm == "mail":
        parts += [" mail_to=\"", (p.street, "address"), ", ", (p.city, "address"), f", {p.state} ", (p.zip, "zip"), "\""]
    else:
        parts += [" portal_user=", (p.username, "other_id")]
    if R.random() < 0.3:
        parts += [" guarantor_acct=", (p.har, "account")]
    if R.random() < 0.3:
        parts += [" ins_member_id=", (p.member, "health_plan")]
    parts += [f" fee_waived={R.choice(['true', 'false'])}"]
    return [("access_request_logfmt", parts)]


def g_amend_xml():
    p = person()
    t = tick()
    dos = rdate(2023, 2024)
    change = R.choice(["Remove diagnosis F33.1 entered in error", "Correct allergy: patient is NOT allergic to penicillin",
                       "Change documented tobacco use to never-smoker", "Correct spelling of legal name",
                       "Remove statement about alcohol use from ED note"])
    dec = R.choice(["ACCEPTED", "DENIED", "PENDING", "PARTIAL"])
    pieces = [f'<AmendmentRequest id="', (p.amd, "other_id"), f'" received="{t.date().isoformat()}" status="{dec}"><Patient><Name>',
              (X(p.name(R.choice(["full", "fmil", "lf"]))), "name"), "</Name><MRN>", (p.mrn, "mrn"), "</MRN><BirthDate>",
              (p.dob.isoformat(), "date"), "</BirthDate></Patient><Encounter csn=\"", (p.csn, "other_id"), "\" serviceDate=\"",
              (dos.isoformat(), "date"), f"\"/><RequestedChange>{X(change)}</RequestedChange><Reviewer>{R.choice(['Dr. A. Whitcombe', 'Dr. S. Nwachukwu', 'HIM Director R. Ilves', 'Dr. P. Castaño'])}</Reviewer>"]
    if dec == "DENIED":
        pieces.append("<DenialBasis>45 CFR 164.526(a)(2)(iv) accurate and complete</DenialBasis><StatementOfDisagreement allowed=\"true\"/>")
    pieces.append("</AmendmentRequest>")
    if R.random() < 0.5:
        pieces = [f"{ts_off(t)} DEBUG amendment-svc AmendmentExporter - xml=", *pieces]
    return [("amendment_xml", pieces)]


def g_aod():
    out = [("aod_csv", ["disclosure_date,patient_mrn,patient_name,recipient,recipient_address,purpose,description,legal_authority"])]
    for _ in range(R.randint(2, 4)):
        p = person()
        dd = rdate(2021, 2024)
        rec = R.choice([("Illinois Dept of Public Health", "525 W Jefferson St, Springfield IL 62761", "Public health reporting",
                         "Communicable disease report (lab result)", "164.512(b)"),
                        ("Chicago Police Department - District 19", "850 W Addison St, Chicago IL 60613", "Law enforcement",
                         "ED visit info re: MVC; patient vehicle plate {plate}", "164.512(f)"),
                        ("Cook County Medical Examiner", "2121 W Harrison St, Chicago IL 60612", "Decedent",
                         "Records for decedent; date of death {dod}", "164.512(g)"),
                        ("IL DCFS Hotline", "406 E Monroe St, Springfield IL 62701", "Abuse/neglect report",
                         "Suspected neglect report", "164.512(c)"),
                        ("Circuit Court of Cook County", "50 W Washington St, Chicago IL 60602", "Judicial proceeding",
                         "Subpoena duces tecum No. 2024-L-00{n}", "164.512(e)")])
        desc = rec[3]
        dpieces = [desc]
        if "{plate}" in desc:
            dpieces = [desc.split("{plate}")[0], (p.plate, "vehicle")]
        elif "{dod}" in desc:
            dpieces = [desc.split("{dod}")[0], (fmt_date(rdate(2024, 2024), "us"), "date")]
        elif "{n}" in desc:
            dpieces = [desc.replace("2024-L-00{n}", f"{dd.year}-L-00{digits(4)}")]
        out.append(("aod_csv", [(fmt_date(dd, "iso"), "date"), ",", (p.mrn, "mrn"), ",\"", (p.name(R.choice(["lf", "LF", "LFM"])), "name"),
                                f"\",{rec[0]},\"{rec[1]}\",{rec[2]},\"", *dpieces, f"\",45 CFR {rec[4]}"]))
    return out


def g_restriction():
    p = person()
    t = tick()
    r = R.random()
    th = f"nio-8443-exec-{R.randint(1, 10)}"
    if r < 0.4:
        return [("spring_restriction", [sb3(t, "INFO", th, "o.n.p.restrict.RestrictionController"),
                                        "restriction saved id=", f"RR-{R.randint(10000, 99999)} mrn=", (p.mrn, "mrn"), " har=",
                                        (p.har, "account"), f" type=SELF_PAY_OUT_OF_POCKET payerNotify=false encounterDate=",
                                        (fmt_date(rdate(2024, 2024), "iso"), "date"), " paidInFull=true"])]
    if r < 0.8:
        alt = R.random()
        pcs = [sb3(t, "INFO", th, "o.n.p.confcomm.ConfidentialCommService"), "alternate contact stored patientId=", (p.mrn, "mrn"),
               " altAddress='", (p.street, "address"), ", ", (p.city, "address"), f", {p.state} ", (p.zip, "zip"), "'"]
        if alt < 0.6:
            pcs += [" altPhone=", (fmt_phone(*p.ph2, "raw"), "phone")]
        pcs += [f" suppressHomeMail=true suppressVoicemail={R.choice(['true', 'false'])} reason=CONFIDENTIAL_COMMUNICATION"]
        return [("spring_restriction", pcs)]
    return [("spring_restriction", [sb3(t, "WARN", th, "o.n.p.restrict.PayerFeedFilter"),
                                    "claim suppressed for restricted encounter csn=", (p.csn, "other_id"), " memberId=",
                                    (p.member, "health_plan"), " payer=BCBSIL"])]


def g_pg_exception():
    p = person()
    t = tick()
    out = [("java_stacktrace", [sb3(t, "ERROR", f"nio-8443-exec-{R.randint(1, 10)}", "o.h.engine.jdbc.spi.SqlExceptionHelper"),
                                'ERROR: duplicate key value violates unique constraint "uq_confcomm_patient_email"'])]
    out.append(("java_stacktrace", ["  Detail: Key (patient_id, email_normalized)=(", (p.mrn, "mrn"), ", ", (p.email.lower(), "email"), ") already exists."]))
    out.append(("java_stacktrace", ["org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [uq_confcomm_patient_email]"]))
    for fr in R.sample(["\tat org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:290)",
                        "\tat org.springframework.orm.jpa.JpaTransactionManager.doCommit(JpaTransactionManager.java:565)",
                        "\tat org.nbh.privacy.confcomm.ConfidentialCommService.save(ConfidentialCommService.java:118)",
                        "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)"], R.randint(2, 3)):
        out.append(("java_stacktrace", [fr]))
    return out


def g_hl7():
    p = person()
    t = tick()
    msgid = f"NBHPRV{R.randint(100000, 999999)}"
    ph = p.phone(R.choice(["paren2", "raw"]))
    seg = [f"MSH|^~\\&|PRIVACY|NBH|EPIC|NBH|{t.strftime('%Y%m%d%H%M%S')}||ADT^A31^ADT_A05|{msgid}|P|2.5.1\\r",
           "EVN|A31|", t.strftime("%Y%m%d%H%M%S"), "\\rPID|1||", (p.mrn, "mrn"), "^^^NBH^MR~", (p.legacy_mrn, "mrn"), "^^^NBHLEG^MR||",
           (X(p.name("hl7")).replace("&", "\\T\\"), "name"), "||", (p.dob.strftime("%Y%m%d"), "date"), f"|{R.choice('MFU')}|||",
           (p.street.upper().replace(",", ""), "address"), "^^", (p.city.upper(), "address"), f"^{p.state}^", (p.zip, "zip"),
           "^USA^C||", (ph, "phone"), "^PRN^PH|||||", (p.har, "account"), "|", (p.ssn.replace("-", "") if R.random() < 0.5 else p.ssn, "ssn"), "\\rPD1|||||||||||02^Reminder/Recall - no calls^HL70215|Y\\r"]
    pre = f"INFO  {ts_sp(t, True)} [CONF_COMM_ADT_OUT Dispatcher < pool-4-thread-{R.randint(1, 6)}] com.mirth.connect.connectors.tcp.TcpDispatcher: Sending message: "
    return [("mirth_hl7", [pre, *seg])]


def g_breach_ws():
    inc = f"INC-2024-{R.randint(300, 499):04d}"
    out = [("breach_worksheet", [f"| # | Affected individual | DOB | Age | Address | ZIP | Data elements | Identifiers ({inc}) |"]),
           ("breach_worksheet", ["|---|---|---|---|---|---|---|---|"])]
    for i in range(R.randint(2, 4)):
        p = person(old=R.random() < 0.4)
        els = R.sample(["name", "DOB", "MRN", "SSN", "Dx codes", "insurance ID", "vehicle"], 3)
        agec = (str(p.age), "age") if p.age > 89 else str(p.age)
        addr = [(p.street, "address"), ", ", (p.city, "address")]
        if p.county and R.random() < 0.5:
            addr += [", ", (p.county, "address")]
        row = [f"| {i + 1} | ", (p.name(R.choice(["lf", "full", "LF"])), "name"), " | ", (fmt_date(p.dob, R.choice(["iso", "us"])), "date"),
               " | ", agec, " | ", *addr, f", {p.state} | ", (p.zip, "zip"), " | ", ", ".join(els), " | "]
        ids = []
        if "SSN" in els:
            ids.append(["SSN ", (p.ssn, "ssn")])
        if "MRN" in els:
            ids.append(["MRN ", (p.legacy_mrn, "mrn")])
        if "vehicle" in els:
            ids.append(["plate ", (p.plate, "vehicle")])
        if "insurance ID" in els:
            ids.append(["plan ", (p.member, "health_plan")])
        if not ids:
            row.append("n/a")
        for k, it in enumerate(ids):
            if k:
                row.append("; ")
            row += it
        row.append(" |")
        out.append(("breach_worksheet", row))
    return out


def g_risk_ind():
    p = person(old=R.random() < 0.25)
    t = tick()
    inc = f"INC-2024-{R.randint(300, 499):04d}"
    ind = {"fullName": P(p.name("full"), "name"), "mailingAddress": {"line1": P(p.street, "address"), "city": P(p.city, "address"),
           "state": p.state, "zip": P(p.zip, "zip")}, "dob": P(fmt_date(p.dob, "iso"), "date")}
    if p.age > 89:
        ind["ageAtIncident"] = P(p.age, "age")
    r = R.random()
    els = ["name", "address"]
    if r < 0.3:
        ind["ssn"] = P(p.ssn if R.random() < 0.6 else p.ssn.replace("-", ""), "ssn")
        els.append("ssn")
    elif r < 0.62:
        ind["vehicle"] = {"vin": P(p.vin, "vehicle"), "plate": P(p.plate, "vehicle")}
        els.append("vehicle")
    elif r < 0.8:
        ind["medicareMbi"] = P(p.mbi, "health_plan")
        els.append("health_plan")
    else:
        ind["bankAccount"] = P(digits(R.randint(9, 12)), "account")
        ind["routing"] = "071000013"
        els.append("financial")
    obj = {"incidentId": inc, "individualSeq": R.randint(1, 400), "individual": ind, "dataElements": els,
           "notificationMethod": R.choice(["first-class mail", "substitute notice", "email"]),
           "creditMonitoringOffered": "ssn" in els}
    return [("risk_assessment_json", J(obj))]


def g_complaint_email():
    p = person()
    t = tick()
    msgid = f"<CA+{''.join(R.choice(string.ascii_letters + string.digits) for _ in range(22))}@mail.gmail.com>"
    fam = "complaint_email"
    ev = rdate(2024, 2024)
    es = p.es and R.random() < 0.8
    out = [(fam, ["From: ", (p.name("full"), "name"), " <", (p.email, "email"), ">"]),
           (fam, ["To: Privacy Office <privacy@northbridgehealth.org>"]),
           (fam, ["Subject: " + (R.choice(["Queja de privacidad - mi expediente", "Queja: divulgación de mi información médica"]) if es
                                 else R.choice(["Privacy complaint - my records", "Someone looked at my chart", "HIPAA complaint re: discharge papers"]))]),
           (fam, [f"Date: {t.strftime('%a, %d %b %Y %H:%M:%S')} -0500".replace(", 0", ", ")]),
           (fam, [f"Message-ID: {msgid}"])]
    if es:
        body = [["Buenos días:"],
                ["Me llamo ", (p.name("full"), "name"), " y soy paciente de Northbridge (MRN ", (p.mrn, "mrn"), ")."],
                ["El ", (fmt_date(ev, "es"), "date"), " tuve una cita en la clínica de ", (p.city, "address"),
                 " y una recepcionista leyó mi diagnóstico en voz alta en la sala de espera."],
                ["Además mi vecina, que trabaja en el hospital, sabía de mis resultados antes que yo."]
                if R.random() < 0.5 else
                ["Además alguien del hospital comentó sobre mi diagnóstico en mi página ", (p.url, "url")],
                ["Quiero poner una queja formal y saber quién ha visto mi expediente."],
                ["Pueden llamarme al ", (p.phone(R.choice(["dash", "paren", "dot"])), "phone"), " después de las 5 de la tarde."],
                ["Atentamente,"], [(p.name("full"), "name")],
                ["Fecha de nacimiento: ", (fmt_date(p.dob, "dmy"), "date")]]
    else:
        rel = person(old=True)
        other = person(old=False)
        body = [["Hello,"],
                ["I am writing on behalf of my parent, ", (rel.name("full"), "name"), " (DOB ", (fmt_date(rel.dob, "us"), "date"), "), who is ",
                 (str(rel.age), "age"), " and hard of hearing. I am the healthcare POA."],
                ["At discharge on ", (fmt_date(ev, R.choice(["long", "us"])), "date"),  " the packet we were given included another patient's medication list,"],
                ["with the name ", (other.name(R.choice(["LF", "full"])), "name"), " and MRN ", (other.mrn, "mrn"), " printed at the top."],
                ["I have the page and will bring it in. Please call me at ", (p.phone(), "phone"), "."],
                ["Thank you,"], [(p.name(R.choice(["full", "fmil"])), "name")]]
    out += [(fam, b) for b in body]
    return out


def g_snow_call():
    p = person()
    t = tick()
    es = p.es and R.random() < 0.75
    agent = R.choice(STAFF)
    if es:
        notes = C("Llamada entrante ", t.strftime("%H:%M"), ". Paciente ", P(p.name(R.choice(["full", "lf"])), "name"),
                  " llama porque recibió una carta de otra persona en su sobre.\nDice que la carta era para ",
                  P(person().name("full"), "name"), " y la dirección era ", P(p.street, "address"), ", ",
                  P(p.city, "address"), ".\nSolicita comunicación confidencial: enviar todo a su correo ", P(p.email, "email"),
                  " y no dejar mensajes en casa.\nSe le explicó el proceso de queja; se envía formulario en español.")
        sd = "Queja de privacidad - llamada (ES)"
    else:
        notes = C("Inbound call ", t.strftime("%H:%M"), ". Caller ", P(p.name("full"), "name"), " (DOB ",
                  P(fmt_date(p.dob, R.choice(["us", "us_short", "mon", "long"])), "date"), ") reports that an ex-spouse who is a nurse at Lakeshore ",
                  "knew about the caller's ", R.choice(["pregnancy", "HIV test", "psych admission"]), ".\nRequests accounting of disclosures and an access ",
                  "audit for MRN ", P(p.mrn, "mrn"), ".\nCallback ", P(p.phone(R.choice(["dash", "raw", "paren"])), "phone"),
                  " after 6pm only.\nAdvised 60-day response; case routed to investigations.", *([
                      "\nCaller says a coworker of the nurse commented on caller's page ", P(p.url, "url")] if R.random() < 0.4 else []))
        sd = "Privacy complaint - phone intake"
    obj = {"number": P(p.snow, "other_id"), "short_description": sd, "u_language": "Spanish" if es else "English",
           "contact_type": "phone", "assignment_group": "Privacy Office", "work_notes": notes,
           "sys_updated_by": agent[1], "sys_updated_on": t.strftime("%Y-%m-%d %H:%M:%S")}
    return [("servicenow_case_json", J(obj))]


def g_call_plain():
    p = person(old=R.random() < 0.35)
    t = tick()
    agent = R.choice(STAFF)
    es = p.es and R.random() < 0.7
    if es:
        txt = [f"{t.strftime('%m/%d/%Y %H:%M')} NOTA agente={agent[1]} idioma=ES | Llamó la hija de ", (p.name("full"), "name"),
               ", paciente de ", (str(p.age), "age") if p.age > 89 else str(p.age),
               " años. Pide copia del expediente completo; se le indicó que necesita poder notarial (POA). Tel ",
               (p.phone("dash"), "phone"), ". Caso ", (p.priv, "other_id")]
    else:
        txt = [f"{t.strftime('%m/%d/%Y %H:%M')} CALLNOTE agent={agent[1]} lang=EN | Spoke w/ pt ", (p.name(R.choice(["init", "lf", "full"])), "name"),
               " re amendment ", (p.amd, "other_id"), ". Pt disputes ED note from ", (fmt_date(rdate(2023, 2024), R.choice(["us_short", "mon"])), "date"),
               ". Explained statement of disagreement option. Pt verified w/ DOB ", (fmt_date(p.dob, R.choice(["us", "eu", "mon", "oracle", "long"])), "date"),
               " and last4 SSN ", p.ssn[-4:], "."]
        if R.random() < 0.3:
            txt += [" Wants copies faxed to ", (fmt_phone(*p.ph2, R.choice(["dash", "paren", "dot"])), "fax"), " (home fax)."]
    return [("call_note_text", txt)]


def g_audit_extract():
    out = [("ehr_audit_csv", ["ACCESS_INSTANT,USER_ID,USER_NAME,USER_DEPT,WORKSTATION_ID,PAT_MRN_ID,PAT_NAME,PAT_DOB,ACCESS_ACTION,METRIC_NAME,CSN"])]
    emp = R.choice(EMPLOYEES)
    p = person()
    base = dt.datetime(2024, 4, R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
    for _ in range(R.randint(2, 5)):
        base += dt.timedelta(seconds=R.randint(3, 400))
        act, met = R.choice([("Chart Review", "Snapshot"), ("Chart Review", "Results Review"), ("Report Viewed", "Demographics"),
                             ("Chart Review", "Notes Activity"), ("Print", "After Visit Summary"), ("Search", "Patient Lookup")])
        out.append(("ehr_audit_csv", [base.strftime("%Y-%m-%d %H:%M:%S"), f",{emp[1]},\"{emp[0]}\",{emp[2]},WS{R.randint(1000, 9999)},",
                                      (p.mrn, "mrn"), ",\"", (p.name("LFM"), "name"), "\",", (fmt_date(p.dob, "us"), "date"), f",{act},{met},",
                                      (p.csn, "other_id")]))
    return out


def g_snoop_alert():
    p = person()
    t = tick()
    emp = R.choice(EMPLOYEES)
    rule = R.choice(["FAMILY_MEMBER_SAME_LAST_NAME", "NEIGHBOR_PROXIMITY", "COWORKER_RECORD", "VIP_ACCESS", "HOUSEHOLD_MEMBER"])
    pat = {"mrn": P(p.mrn, "mrn"), "name": P(p.name("full"), "name")}
    if rule == "NEIGHBOR_PROXIMITY":
        pat["homeGeo"] = P(f"{R.uniform(41.6, 42.3):.4f},{R.uniform(-88.2, -87.5):.4f}", "address")
        pat["distanceMeters"] = R.randint(20, 400)
    else:
        pat["address"] = P(p.street, "address")
        pat["zip"] = P(p.zip[:5], "zip")
    obj = {"alertId": f"PRT-{R.randint(80000, 99999)}", "rule": rule, "riskScore": R.randint(55, 99),
           "employee": {"userId": emp[1], "name": emp[0], "department": emp[2]}, "patient": pat,
           "accessCount": R.randint(1, 40), "treatmentRelationship": False, "createdAt": ts_iso(t)}
    return [("snooping_alert_json", J(obj, (", ", ": ")))]


def g_review_note():
    p = person(old=R.random() < 0.3)
    t = tick()
    emp = R.choice(EMPLOYEES)
    rv = R.choice(STAFF)
    agetxt = [", age ", (str(p.age), "age")] if p.age > 89 else []
    txt = [f"[{ts_sp(t)}] review by {rv[1]}: {R.randint(2, 30)} accesses by {emp[0]} ({emp[1]}) to ", (p.name(R.choice(["LF", "lf"])), "name"),
           " (", (p.mrn, "mrn"), *agetxt, "); no treatment relationship found; ",
           R.choice(["employee is patient's ex-spouse", "employee and patient share address " , "patient is employee's neighbor",
                     "access within job duties (scheduling) - close as appropriate"])]
    if txt[-1].endswith("address "):
        txt[-1] = txt[-1].rstrip()
        txt += [" ", (p.street, "address")]
    txt.append(f". Finding={R.choice(['SUBSTANTIATED', 'UNSUBSTANTIATED', 'REFERRED_TO_HR'])}")
    return [("investigation_note", txt)]


def g_nginx_phi():
    p = person()
    t = tick()
    r = R.random()
    if r < 0.5:
        em = p.email.replace("@", "%40")
        path = ["/api/v1/privacy-requests/lookup?email=", (em, "email"), "&dob=", (p.dob.isoformat(), "date")]
    else:
        path = ["/portal/records/download?req=", (p.priv, "other_id"), "&fmt=pdf"]
    return [("nginx_access", [(p.ip, "ip"), f" - - [{ts_ngx(t)}] \"GET ", *path,
                              f" HTTP/1.1\" {R.choice([200, 200, 302, 404])} {R.randint(200, 90000)} \"https://mychart.northbridgehealth.org/\" \"Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/124.0.0.0 Mobile Safari/537.36\" {R.uniform(0.01, 2.5):.3f}"])]


def g_audit_kv_phi():
    p = person()
    t = tick()
    staff = R.choice(STAFF)
    act = R.choice(["ATTACH_DOCUMENT", "SEND_RESPONSE", "EXTEND_DEADLINE", "VERIFY_IDENTITY_MANUAL"])
    parts = [f"ts={ts_iso(t)} actor={staff[1]}@northbridgehealth.org action={act} request=", (p.dsar if R.random() < 0.5 else p.priv, "other_id")]
    if act == "SEND_RESPONSE":
        parts += [" recipient=", (p.email, "email"), " channel=secure_email"]
    elif act == "VERIFY_IDENTITY_MANUAL":
        parts += [" method=callback phone=", (p.phone("raw"), "phone"), " result=PASS"]
    else:
        parts += [f" doc={R.choice(['authorization_signed.pdf', 'poa.pdf', 'response_letter.docx'])} sha256={hexs(64)}"]
    return [("privacy_audit_kv", parts)]


# ================================================================= noise generators
def n_nginx():
    t = tick()
    src = internal_ip()
    path, ua = R.choice([("/actuator/health", "kube-probe/1.28"), ("/healthz", "kube-probe/1.28"), ("/metrics", "Prometheus/2.51.1"),
                         ("/api/v1/requests/stats?window=24h", "python-requests/2.31.0"), ("/static/js/main.8c1f2a.js", "Mozilla/5.0")])
    return [("nginx_access", [f"{src} - - [{ts_ngx(t)}] \"GET {path} HTTP/1.1\" 200 {R.randint(20, 40000)} \"-\" \"{ua}\" {R.uniform(0.001, 0.09):.3f}"])]


def n_prom():
    t = tick()
    m = R.choice([f'dsar_requests_open{{queue="deletion",jurisdiction="{R.choice(["CA", "WA", "CT", "NV"])}"}} {R.randint(0, 90)}',
                  f'dsar_requests_overdue_total{{queue="access"}} {R.randint(0, 7)}',
                  f'roi_batch_pages_total{{vendor="releasepoint"}} {R.randint(10000, 99000)}',
                  f'http_server_requests_seconds_count{{method="POST",uri="/restrictions",status="201"}} {R.randint(100, 5000)}',
                  f'camunda_job_executor_jobs_acquired_total {R.randint(1000, 90000)}',
                  f'idv_verification_latency_seconds_bucket{{le="2.5"}} {R.randint(100, 4000)}',
                  f'jvm_memory_used_bytes{{area="heap",id="G1 Old Gen"}} {R.randint(100000000, 900000000)}'])
    return [("prometheus_text", [m + f" {int(t.timestamp() * 1000)}"])]


def n_camunda():
    t = tick()
    ex = "org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor"
    msg = R.choice([("INFO", "main", "org.camunda.bpm.engine.jobexecutor", f"ENGINE-14014 Starting up the JobExecutor[{ex}]."),
                    ("INFO", "JobExecutor[org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor]", "org.camunda.bpm.engine.jobexecutor",
                     f"ENGINE-14018 JobExecutor[{ex}] starting to acquire jobs"),
                    ("WARN", f"aTaskExecutor-{R.randint(1, 8)}", "org.camunda.bpm.engine.jobexecutor",
                     f"ENGINE-14006 Exception while executing job {uuid()}: org.camunda.bpm.engine.OptimisticLockingException: ENGINE-03005 Execution of 'UPDATE VariableInstanceEntity[{uuid()}]' failed. Entity was updated by another transaction concurrently."),
                    ("ERROR", f"aTaskExecutor-{R.randint(1, 8)}", "org.camunda.bpm.engine.context",
                     "ENGINE-16004 Exception while closing command context: Unknown property used in expression: ${requester.mailingAddress}. Cause: Cannot resolve identifier 'requester'"),
                    ("INFO", "main", "org.camunda.bpm.engine", "ENGINE-00001 Process Engine default created."),
                    ("DEBUG", f"http-nio-8080-exec-{R.randint(1, 9)}", "org.camunda.bpm.engine.cmd",
                     "ENGINE-13005 Starting command -------------------- CompleteTaskCmd ----------------------"),
                    ("INFO", f"aTaskExecutor-{R.randint(1, 8)}", "c.n.privacy.dsar.SlaTimer",
                     f"timer fired for {R.randint(3, 40)} requests nearing statutory deadline (45d CPRA / 30d HIPAA); escalation mail to privacy@northbridgehealth.org"),
                    ("INFO", f"http-nio-8080-exec-{R.randint(1, 9)}", "c.n.privacy.tasks.TaskAssigner",
                     f"task 'Verify HIPAA authority' taskId={uuid()} assigned to {R.choice(STAFF)[1]} candidateGroup=HIM-ROI")])
    return [("workflow_engine", [sb2(t, msg[0], msg[1], msg[2]) + msg[3]])]


def n_spring():
    t = tick()
    msg = R.choice([("INFO", "main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Start completed."),
                    ("INFO", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat started on port 8443 (https) with context path '/'"),
                    ("INFO", "main", "o.n.p.RestrictionServiceApplication", "Started RestrictionServiceApplication in {0:.3f} seconds (process running for {1:.2f})".format(*(lambda a: (a, a + R.uniform(0.6, 1.9)))(R.uniform(6, 14)))),
                    ("WARN", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool", f"HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta={R.randint(1, 3)}m{R.randint(1, 59)}s)."),
                    ("INFO", f"nio-8443-exec-{R.randint(1, 10)}", "o.n.p.confcomm.ConfidentialCommService", f"nightly suppression list exported: {R.randint(300, 2000)} patients, file=confcomm_{t.strftime('%Y%m%d')}.csv.pgp"),
                    ("DEBUG", f"nio-8443-exec-{R.randint(1, 10)}", "o.n.p.restrict.RestrictionController", f"GET /restrictions/summary 200 in {R.randint(3, 300)} ms traceId={hexs(32)} spanId={hexs(16)}"),
                    ("INFO", f"scheduling-{R.randint(1, 2)}", "o.n.p.restrict.RestrictionExpiryJob", f"expired {R.randint(0, 12)} restrictions past end date; next run in PT24H"),
                    ("WARN", f"nio-8443-exec-{R.randint(1, 10)}", "o.s.w.s.m.s.DefaultHandlerExceptionResolver", "Resolved [org.springframework.web.HttpMediaTypeNotSupportedException: Content-Type 'text/plain;charset=UTF-8' is not supported]"),
                    ("INFO", f"kafka-consumer-{R.randint(1, 3)}", "o.n.p.confcomm.AdtEventConsumer", f"partition privacy.adt-2 offset {R.randint(100000, 999999)} committed, lag={R.randint(0, 40)}"),
                    ("DEBUG", f"nio-8443-exec-{R.randint(1, 10)}", "o.s.security.web.FilterChainProxy", "Secured POST /confidential-communications"),
                    ("ERROR", f"nio-8443-exec-{R.randint(1, 10)}", "o.n.p.restrict.PayerFeedFilter", f"payer feed SFTP put failed: sftp://edi.bcbsil.example.com:22/in/837 (Auth fail), batch 837P-{R.randint(10000, 99999)} requeued")])
    return [("spring_restriction", [sb3(t, *msg[:3]) + msg[3]])]


def n_sftp():
    t = tick()
    pid = R.randint(20000, 32000)
    vendor_ip = R.choice(["52.14.201.77", "18.224.90.13", "3.139.18.254"])
    msg = R.choice([f"session opened for local user nbh_roi from [{vendor_ip}]",
                    f"session closed for local user nbh_roi from [{vendor_ip}]",
                    f'close "/outbound/roi/{t.strftime("%Y-%m")}/ROI_{t.strftime("%Y%m%d")}_{R.randint(1, 40):03d}.psv" bytes read 0 written {R.randint(1000, 900000)}',
                    f'opendir "/inbound/invoices"', f'rename old "/inbound/tmp/INV-{R.randint(200000, 299999)}.xml" new "/inbound/invoices/INV-{R.randint(200000, 299999)}.xml"'])
    return [("sftp_syslog", [f"{ts_sys(t)} roi-sftp01 sftp-server[{pid}]: {msg}"])]


RCV = [412, 2]


def n_mirth():
    t = tick()
    RCV[0] += R.randint(5, 60)
    RCV[1] += R.randint(0, 1)
    msg = R.choice([f"ERROR {ts_sp(t, True)} [CONF_COMM_ADT_OUT Dispatcher] com.mirth.connect.connectors.tcp.TcpDispatcher: ACK AE received: MSA|AE|NBHPRV{R.randint(100000, 999999)}|PID-3 identifier assigning authority not recognized",
                    f"INFO  {ts_sp(t, True)} [Main Server Thread] com.mirth.connect.server.Mirth: Mirth Connect 4.4.1 (Built on November 2, 2023) server successfully started.",
                    f"WARN  {ts_sp(t, True)} [pool-4-thread-{R.randint(1, 6)}] com.mirth.connect.connectors.tcp.TcpDispatcher: Connection to epic-adt-in.nbh.local:6661 timed out, retry {R.randint(1, 5)}/5",
                    f"INFO  {ts_sp(t, True)} [Statistics Updater] com.mirth.connect.donkey.server.Statistics: CONF_COMM_ADT_OUT received={RCV[0]} sent={RCV[0] - RCV[1]} errored={RCV[1]}"])
    return [("mirth_hl7", [msg])]


def n_ot():
    t = tick()
    obj = R.choice([{"eventType": "WEBHOOK_DELIVERY", "subscriptionId": uuid(), "status": "SUCCESS", "httpStatus": 200,
                     "latencyMs": R.randint(40, 900), "retryCount": 0, "eventTime": ts_iso(t)},
                    {"eventType": "WEBHOOK_DELIVERY", "subscriptionId": uuid(), "status": "FAILED", "httpStatus": 503,
                     "latencyMs": 30000, "retryCount": R.randint(1, 5), "nextRetryAt": ts_iso(t + dt.timedelta(minutes=5))},
                    {"eventType": "QUEUE_METRICS", "workflow": "CPRA Consumer Health Data - PulsePath", "open": R.randint(10, 200),
                     "overdue": R.randint(0, 9), "avgDaysToClose": round(R.uniform(4, 30), 1), "eventTime": ts_iso(t)},
                    {"eventType": "TOKEN_REFRESH", "clientId": "nbh-privacy-integration", "expiresIn": 3600, "scope": "DSAR_REQUEST_READ DSAR_REQUEST_WRITE"}])
    return [("dsar_webhook_json", J(obj))]


def n_connector():
    t = tick()
    s = R.choice(["braze", "snowflake", "segment", "zendesk", "amplitude"])
    msg = R.choice([f"INFO [dsar.connectors.{s}] connector heartbeat ok ({R.randint(20, 600)}ms)",
                    f"WARNING [dsar.connectors.{s}] rate limited (429), backing off {R.choice([2, 4, 8, 16])}s; retry-after header present",
                    f"INFO [dsar.worker] batch {uuid()} complete: erased={R.randint(0, 40)} not_found={R.randint(0, 10)} errors=0",
                    f"ERROR [dsar.connectors.{s}] HTTPSConnectionPool(host='api.{s}.example.net', port=443): Read timed out. (read timeout=30)"])
    return [("dsar_connector_py", [f"{ts_sp(t, True)} {msg}"])]


def n_k8s():
    t = tick()
    pod = f"dsar-worker-{hexs(9)}-{''.join(R.choice(string.ascii_lowercase + string.digits) for _ in range(5))}"
    msg = R.choice([f"Normal   Pulled     pod/{pod}   Successfully pulled image \"registry.nbh.local/privacy/dsar-worker:2.14.{R.randint(0, 9)}\" in {R.uniform(0.5, 4):.3f}s",
                    f"Warning  BackOff    pod/{pod}   Back-off restarting failed container dsar-worker in pod {pod}_privacy({uuid()})",
                    f"Normal   Scheduled  pod/{pod}   Successfully assigned privacy/{pod} to aks-nodepool1-{R.randint(10000000, 99999999)}-vmss00000{R.randint(0, 9)}"])
    return [("k8s_events", [f"{t.strftime('%Y-%m-%dT%H:%M:%SZ')}  {msg}"])]


def n_config():
    t = tick()
    msg = R.choice([f"config loaded: retention.days=2555 roi.vendor.baseUrl=https://api.releasepoint.example.com/v2 sftp.port=22 batch.cron=\"0 15 2 * * ?\" build=2024.05.1+b{R.randint(1000, 1999)}",
                    "config: idv.provider=veriff idv.minScore=0.82 idv.selfie.required=true webhook.hmac.alg=HS256",
                    f"feature flags: mhmda_geofence_check=on aod_self_service=off confcomm_sms_opt=on release={R.randint(2, 3)}.{R.randint(0, 20)}.{R.randint(0, 9)}",
                    "escalation contacts: Privacy Officer Dana Whitfield (312) 555-0148 dana.whitfield@northbridgehealth.org; HIM ROI fax 312-555-0190"])
    return [("config_dump", [f"{ts_sp(t)} {msg}"])]


def n_jobstats():
    t = tick()
    msg = R.choice([f"job=aod_nightly_extract status=SUCCEEDED rows={R.randint(5000, 40000)} duration=00:0{R.randint(1, 9)}:{R.randint(10, 59)} run_id={uuid()}",
                    f"job=roi_invoice_post status=SUCCEEDED batch=INV-2024-05-{R.randint(1, 99):04d} invoices={R.randint(5, 60)} total_usd={R.uniform(100, 3000):.2f} gl=6120-400",
                    f"job=ehr_audit_pull status=SUCCEEDED source=clarity.ACCESS_LOG rows={R.randint(800000, 3000000)} window=24h checksum=md5:{hexs(32)}",
                    f"job=snoop_scoring status=PARTIAL alerts_created={R.randint(0, 30)} rules=14 model=v{R.randint(3, 5)}.{R.randint(0, 9)} skipped_vip=0",
                    f"job=dsar_sla_report status=FAILED error=\"smtp relay mail.nbh.local:25 connection refused\" attempt={R.randint(1, 3)}"])
    return [("job_stats_kv", [f"{ts_iso(t)} {msg}"])]


def n_audit_kv():
    t = tick()
    staff = R.choice(STAFF)
    msg = R.choice([f"actor={staff[1]}@northbridgehealth.org action=LOGIN_SUCCESS src={internal_ip()} mfa=push",
                    f"actor=svc-dsar action=API_TOKEN_ROTATED key_id=k_{hexs(12)}",
                    f"actor=svc-dsar action=IDV_RETRY_SCHEDULED subject_email={R.choice('abcdefghjkmnprstwz')}***@{R.choice(EMAIL_DOM)} ssn_last4=***-**-{R.randint(1000, 9999)} attempt={R.randint(2, 3)}",
                    f"actor={staff[1]}@northbridgehealth.org action=EXPORT_REPORT report=\"Open requests by stage\" rows={R.randint(10, 300)}",
                    f"actor={staff[1]}@northbridgehealth.org action=TEMPLATE_UPDATED template=access_denial_letter_es version={R.randint(2, 9)}"])
    return [("privacy_audit_kv", [f"ts={ts_iso(t)} {msg}"])]


def n_breach_ws():
    inc = f"INC-2024-{R.randint(300, 499):04d}"
    rows = [f"| Incident | {inc} | Misdirected fax of discharge summaries to wrong clinic | Discovered 04/{R.randint(10, 28)}/2024 |",
            f"| Factor 1 - Nature/extent of PHI | Names, DOB, MRN, diagnoses for {R.randint(2, 400)} individuals | Moderate |",
            "| Factor 2 - Unauthorized recipient | Covered entity (HIPAA-obligated clinic) | Low |",
            "| Factor 3 - Acquired/viewed | Recipient attested pages were shredded, not copied | Low |",
            "| Factor 4 - Mitigation | Attestation of destruction received; fax numbers re-validated | Low |",
            f"| Conclusion | Low probability of compromise: {R.choice(['YES', 'NO'])} | HHS log by 03/01/2025 |"]
    k = R.randint(2, 4)
    return [("breach_worksheet", [r]) for r in rows[:k]]


def n_risk():
    t = tick()
    obj = {"incidentId": f"INC-2024-{R.randint(300, 499):04d}", "assessmentVersion": R.randint(1, 4),
           "factors": {"natureExtent": R.choice(["low", "moderate", "high"]), "recipient": R.choice(["covered_entity", "unknown", "workforce"]),
                       "acquiredOrViewed": R.choice([True, False]), "mitigation": "attestation"},
           "lowProbabilityOfCompromise": R.choice([True, False]), "affectedCount": R.randint(1, 3000),
           "mediaNoticeRequired": False, "stateAgNotice": ["IL", "WI"], "assessor": R.choice(STAFF)[1], "updatedAt": ts_iso(t)}
    return [("risk_assessment_json", J(obj))]


def n_snoop():
    t = tick()
    obj = {"job": "alert_triage", "queue": "privacy-investigations", "openAlerts": R.randint(5, 120),
           "closedToday": R.randint(0, 40), "falsePositiveRate": round(R.uniform(0.4, 0.8), 2), "ts": ts_iso(t)}
    return [("snooping_alert_json", J(obj, (", ", ": ")))]


def n_postfix():
    t = tick()
    qid = "".join(R.choice("0123456789ABCDEF") for _ in range(10))
    msg = R.choice([f"postfix/smtpd[{R.randint(1000, 9999)}]: {qid}: client=mail-yw1-f170.google.com[209.85.128.170]",
                    f"postfix/cleanup[{R.randint(1000, 9999)}]: {qid}: message-id=<{hexs(16)}@mail.gmail.com>",
                    f"postfix/lmtp[{R.randint(1000, 9999)}]: {qid}: to=<privacy@northbridgehealth.org>, relay=intake.nbh.local[10.8.2.14]:24, delay=0.{R.randint(10, 99)}, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued)",
                    f"amavis[{R.randint(1000, 9999)}]: ({R.randint(10000, 99999)}-{R.randint(10, 99)}) Passed CLEAN {{RelayedInbound}}, <> -> <privacy@northbridgehealth.org>, Hits: -{R.uniform(0, 3):.3f}, size: {R.randint(4000, 90000)}",
                    f"intake-poller[{R.randint(1000, 9999)}]: mailbox privacy@ polled: {R.randint(0, 9)} new, {R.randint(0, 3)} auto-replies suppressed, next poll in 60s"])
    return [("postfix_syslog", [f"{ts_sys(t)} mx02 {msg}"])]


def n_hl7_ack():
    t = tick()
    return [("mirth_hl7", [f"INFO  {ts_sp(t, True)} [CONF_COMM_ADT_OUT Dispatcher < pool-4-thread-{R.randint(1, 6)}] com.mirth.connect.connectors.tcp.TcpDispatcher: Received response: "
                           f"MSH|^~\\&|EPIC|NBH|PRIVACY|NBH|{t.strftime('%Y%m%d%H%M%S')}||ACK^A31^ACK|{R.randint(10000000, 99999999)}|P|2.5.1\\rMSA|AA|NBHPRV{R.randint(100000, 999999)}"])]


def n_roi_api():
    t = tick()
    msg = R.choice([f"POST /v2/batches 201 {R.randint(100, 900)}ms batch=ROI_{t.strftime('%Y%m%d')}_{R.randint(1, 40):03d} items={R.randint(3, 60)}",
                    f"GET /v2/requests?status=PENDING_AUTH&page={R.randint(1, 9)} 200 {R.randint(40, 900)}ms items=50 next_cursor={hexs(20)}",
                    f"POST /oauth/token 200 {R.randint(40, 300)}ms client_id=nbh-roi-sync expires_in=1800",
                    f"GET /v2/invoices/summary?month={t.strftime('%Y-%m')} 200 {R.randint(40, 900)}ms total=$ {R.uniform(2000, 9000):.2f} open={R.randint(0, 40)}",
                    f"WARN retrying GET /v2/requests/changes after 502 Bad Gateway (attempt {R.randint(1, 3)}/3, x-request-id={uuid()})"])
    return [("roi_vendor_api", [f"{ts_iso(t)} [roi-sync] {msg}"])]


def n_idv():
    t = tick()
    obj = R.choice([{"type": "verification.started", "verificationId": "vrf_" + hexs(24), "status": "started", "attemptId": uuid()},
                    {"type": "verification.submitted", "verificationId": "vrf_" + hexs(24), "status": "submitted", "documentPages": 2},
                    {"type": "webhook.ping", "status": "ok", "apiVersion": "v1", "sentAt": ts_iso(t)}])
    return [("idv_webhook_json", [f"{ts_sp(t, True)} DEBUG [idv-callback] idv.client - body=", *J(obj)])]


def n_pytrace():
    t = tick()
    s = R.choice(["braze", "segment", "zendesk"])
    return [("dsar_connector_py", [f"{ts_sp(t, True)} ERROR [dsar.worker] task erase_subject failed, will retry"]),
            ("dsar_connector_py", ["Traceback (most recent call last):"]),
            ("dsar_connector_py", [f'  File "/app/dsar/connectors/{s}.py", line {R.randint(40, 300)}, in erase']),
            ("dsar_connector_py", ["    resp.raise_for_status()"]),
            ("dsar_connector_py", [f"requests.exceptions.HTTPError: 500 Server Error: Internal Server Error for url: https://api.{s}.example.net/v2/users/delete"])]


def n_audit_hdr():
    emp = R.choice(EMPLOYEES)
    return [("ehr_audit_csv", [f"# clarity_access_log_extract v3.2 | requested_by={R.choice(STAFF)[1]} | target_user={emp[1]} | window=2024-04-01..2024-04-30 | rows={R.randint(0, 2000)} | sha1={hexs(40)}"])]


PHI_GENS = [(5, g_ot_created), (3, g_ot_stage), (5, g_idv), (4, g_connector), (4, g_discovery), (5, g_camunda),
            (1, g_roi_manifest), (3, g_sftp_file), (3, g_roi_api), (6, g_access_kv), (3, g_amend_xml), (1, g_aod),
            (4, g_restriction), (1, g_pg_exception), (3, g_hl7), (1, g_breach_ws), (4, g_risk_ind), (1, g_complaint_email),
            (4, g_snow_call), (4, g_call_plain), (1, g_audit_extract), (3, g_snoop_alert), (3, g_review_note),
            (3, g_nginx_phi), (3, g_audit_kv_phi)]
NOISE_GENS = [(6, n_nginx), (4, n_prom), (6, n_camunda), (5, n_spring), (3, n_sftp), (3, n_mirth), (3, n_ot), (3, n_connector),
              (3, n_k8s), (2, n_config), (4, n_jobstats), (3, n_audit_kv), (1, n_breach_ws), (2, n_risk), (1, n_snoop), (3, n_postfix), (2, n_hl7_ack), (3, n_roi_api), (2, n_idv), (1, n_pytrace), (1, n_audit_hdr)]


DECKS = {}


def wchoice(gens):
    """Draw from a shuffled deck holding each generator `weight` times (even spread)."""
    deck = DECKS.setdefault(id(gens), [])
    if not deck:
        deck.extend(f for w, f in gens for _ in range(w))
        R.shuffle(deck)
    return deck.pop()


def main():
    N = 500
    rows = []
    phi = 0
    while len(rows) < N:
        share = phi / len(rows) if rows else 0
        gens = PHI_GENS if share < 0.45 else NOISE_GENS
        block = None
        for _ in range(60):
            b = wchoice(gens)()
            if len(rows) + len(b) <= N:
                block = b
                break
        if block is None:
            block = n_prom()
        for fam, pieces in block:
            line, spans = build(pieces)
            rows.append((fam, line, spans))
            phi += bool(spans)
    assert len(rows) == N
    with open(os.path.join(HERE, f"{ID}.log"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(r[1] for r in rows))
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="") as f:
        for i, (fam, line, spans) in enumerate(rows, 1):
            f.write(json.dumps({"line": i, "family": fam, "spans": spans}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
