#!/usr/bin/env python3
"""gen_ib.py - synthetic, labeled log corpus for a PHI detector.

Theme: revenue cycle of a physician practice management company ("Midwest
Physician Partners"): claim scrubber (Java/logback rule hits quoting claim
fields), X12 837P / 835 segment dumps, UiPath eligibility bot logs (with
evidence screenshot file names), denial work-queue CSV exports, Laravel patient
portal logs + nginx access log, card terminal / payment middleware logs,
collections agency placement files (pipe-delimited, header + trailer),
call-center notes (English / Spanish), Python OCR pipeline for paper EOBs,
OpenAS2 file-transfer logs and statement-vendor XML.

Everything is synthetic.  Standard library only, fixed seed, writes ib.log and
ib.labels.jsonl next to this script.  Spans are UTF-8 byte offsets, e exclusive.

Labeling decisions:
- People labeled: patients, subscribers/insureds, guarantors, relatives, POAs and
  other callers speaking for a patient.  Not labeled: billing staff, agents, bot
  service accounts, clinicians (rendering/referring providers and their NPIs),
  payers, the practice, vendors, agencies, employers (employer names are
  business names), and every business address/phone/fax/e-mail.
- Names: a contiguous name string ("GARCIA, MARIA L", "Maria L. Garcia") is one
  span including a middle initial; where a format separates name parts (X12
  NM1 elements, CSV/pipe columns, underscore-joined file names) each part is its
  own span, a lone middle-initial element included.  OCR-garbled names
  ("GARClA") are still names.
- Addresses: street line(s) and city are labeled "address" (apartment/unit
  parts are inside the street span or their own span when in their own field);
  state alone is not labeled; ZIP / ZIP+4 (also as 9 digits) is "zip".
- Dates: birth dates, dates of service (DTP*472, DTM*232/233/472, DOS columns),
  admission/onset dates and a person's own payment dates (last payment date,
  "paid on 3/4") are "date", also URL-encoded.  Not labeled: log timestamps,
  ISA/GS/BHT/BPR/DTM*405 envelope and remittance production dates, placement,
  statement cycle and due dates (also payment-plan due dates), work-queue
  "last touch" dates (staff activity), card expiry dates, years alone.
  Coverage termination dates of a member are labeled.
- Ages: only ages over 89 are labeled; younger ages stay as unlabeled look-alikes.
- Accounts ("account"): patient/guarantor account numbers, the 837 CLM01 / 835
  CLP01 patient control number (it embeds the account), unmasked card PANs
  (also inside track data), bank account numbers of patients (MICR on-us field,
  ACH autopay).  Masked or truncated PANs (****1881, 471628******2875) and
  "last4" values are NOT labeled.  Provider/payer bank accounts in BPR are
  business data, not labeled.  Public test card numbers are not labeled.
- Payer claim control numbers (835 CLP07 / ICN, EOB claim number), collection
  agency account numbers, bankruptcy case numbers, portal usernames, encounter
  numbers tied to one patient and dispute case numbers are "other_id".  Internal surrogate keys
  (user_id=88213, queue item GUIDs, work-item IDs, call IDs, batch/job IDs,
  statement IDs, gateway transaction IDs, clearinghouse REF*D9 trace numbers,
  trace/span IDs) are not labeled.
- Member/subscriber IDs, Medicare MBI/legacy HICN, Medicaid IDs -> health_plan.
  Group numbers (shared by an employer group) are not labeled.
- Patient-side IPs: public client IPs of requests on the patient portal vhost and
  IPs logged with a patient login/payment are "ip"; internal 10.x/172.16/192.168
  addresses, load balancers, monitoring probes and scanners are not labeled.
- Personalised pay links (tokenised short URL of one patient's statement) and
  a patient's social-media profile URL found by skip tracing are "url".
- A patient's own device identifiers (mobile-app device ID, home CPAP serial)
  are "device"; card terminal serials, PIN-pad KSNs and server hardware are not.
- Driver's licence numbers of guarantors (check verification, ID check) are
  "license"; licence plates and VINs from skip tracing are "vehicle".
- Card-terminal signature capture data (base64 signature vector) is
  "biometric"; a base64 selfie / photo-ID image is "photo" (the payload only,
  not the "data:image/jpeg;base64," prefix).
- Identifiers are labeled in whatever encoding the line carries them
  (URL-encoded name/DOB/e-mail in query strings, JSON-escaped, upper-cased).
- Screenshot/attachment file names are labeled inside (name parts, member ID,
  DOS) when the bot or user put PHI into them.
"""
import base64
import datetime as dt
import json
import os
import random
import re
import unicodedata

ID = "ib"
R = random.Random(20240311)
HERE = os.path.dirname(os.path.abspath(__file__))
TARGET_LINES = 500
TARGET_NOPHI = 0.55


# --------------------------------------------------------------------------
# line builder
# --------------------------------------------------------------------------
class LB:
    def __init__(self, fam):
        self.fam = fam
        self.buf = bytearray()
        self.spans = []

    def t(self, s):
        self.buf += s.encode("utf-8")
        return self

    def p(self, s, cat):
        if cat is None:
            return self.t(s)
        a = len(self.buf)
        self.buf += s.encode("utf-8")
        self.spans.append((a, len(self.buf), cat, s))
        return self

    def tpl(self, _fmt, **kw):
        """'{key}' placeholders; kw value is str (plain) or (value, cat)."""
        s = _fmt
        pos = 0
        for m in re.finditer(r"\{(\w+)\}", s):
            self.t(s[pos:m.start()])
            v = kw[m.group(1)]
            if isinstance(v, tuple):
                self.p(v[0], v[1])
            else:
                self.t(str(v))
            pos = m.end()
        self.t(s[pos:])
        return self

    def check(self):
        b = bytes(self.buf)
        text = b.decode("utf-8")
        assert "\n" not in text and "\r" not in text, text
        assert text.strip(), "empty line"
        for a, e, cat, s in self.spans:
            assert b[a:e] == s.encode("utf-8"), (b[a:e], s)
            assert s == s.strip() and s, (cat, s)
        return text


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


# --------------------------------------------------------------------------
# clock (local time is EDT, DST started 2024-03-10)
# --------------------------------------------------------------------------
class Clock:
    def __init__(self):
        self.now = dt.datetime(2024, 3, 11, 5, 57, 12)
        self.ms = 0

        self.burst = False

    def tick(self):
        if self.burst:  # lines of one dump are written milliseconds apart
            self.now += dt.timedelta(milliseconds=R.randint(0, 18))
        else:
            self.now += dt.timedelta(seconds=R.randint(0, 41), milliseconds=R.randint(0, 999))
        self.ms = self.now.microsecond // 1000
        return self.now.replace(microsecond=0)


C = Clock()


def ts_java():
    d = C.tick()
    return f"{d:%Y-%m-%d %H:%M:%S}.{C.ms:03d}"


def ts_py():
    d = C.tick()
    return f"{d:%Y-%m-%d %H:%M:%S},{C.ms:03d}"


def ts_lara():
    return f"[{C.tick():%Y-%m-%d %H:%M:%S}]"


def ts_nginx():
    return f"{C.tick():%d/%b/%Y:%H:%M:%S} -0400"


def ts_term():
    d = C.tick()
    return f"{d:%m/%d/%y %H:%M:%S}.{C.ms:03d}"


def ts_uipath():
    d = C.tick()
    return f"{d:%Y-%m-%dT%H:%M:%S}.{C.ms:03d}{R.randint(0, 9999):04d}-04:00"


# --------------------------------------------------------------------------
# generators for identifiers
# --------------------------------------------------------------------------
def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def uuid4():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:32]}"


def luhn_digit(p):
    tot = 0
    for i, ch in enumerate(reversed(p)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def card_pan():
    kind = R.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if kind == "visa":
        body = "4" + R.choice(["716", "147", "532", "003", "815"]) + digits(11)
    elif kind == "mc":
        body = "5" + R.choice("12345") + digits(13)
    elif kind == "mc2":
        body = "22" + R.choice(["23", "31", "47"]) + digits(11)
    elif kind == "amex":
        body = R.choice(["34", "37"]) + digits(12)
    else:
        body = "6011" + digits(11)
    return body + luhn_digit(body)


def brand(pan):
    return {"4": "VISA", "5": "MASTERCARD", "2": "MASTERCARD", "3": "AMEX", "6": "DISCOVER"}[pan[0]]


def npi():
    nine = "1" + digits(8)
    return nine + luhn_digit("80840" + nine)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}", f"{R.randint(1, 99):02d}", f"{R.randint(1, 9999):04d}"


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mbi():
    s = (R.choice("123456789") + R.choice(MBI_A) + R.choice(MBI_AN) + R.choice("0123456789")
         + R.choice(MBI_A) + R.choice(MBI_AN) + R.choice("0123456789") + R.choice(MBI_A)
         + R.choice(MBI_A) + digits(2))
    return s


VIN_MAP = {**{str(i): i for i in range(10)},
           "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
           "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
           "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(R.choice(["1HG", "4T1", "1FT", "3VW", "JTD", "KM8", "1G1", "5NP", "2T3"])
             + "".join(R.choice(chars) for _ in range(5)) + "0"
             + R.choice("DEFGHJKL") + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(6))
    tot = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W))
    v[8] = "X" if tot % 11 == 10 else str(tot % 11)
    return "".join(v)


def plate():
    return R.choice([f"{R.choice('HJKDGP')}{R.choice('ABCKLRTX')}{R.choice('QJMNRW')} {digits(4)}",
                     f"{R.choice('JFGH')}{R.choice('KLRT')}{R.choice('NPXZ')}-{digits(4)}",
                     f"{digits(3)}{R.choice('ABCX')}{R.choice('KTRJ')}{digits(2)}"])


def fake_jpeg_b64(n=96):
    head = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00"
    return base64.b64encode(head + bytes(R.randint(0, 255) for _ in range(n))).decode()


def sig_b64():
    return base64.b64encode(b"\x00\x03\x01\x00" + bytes(R.randint(0, 255) for _ in range(R.randint(45, 75)))).decode()


def fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def x12n(s):
    return fold(s).upper()


def fd(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_np":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "us_short":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "x12":
        return d.strftime("%Y%m%d")
    if style == "dmon":
        return d.strftime("%d-%b-%Y")
    if style == "DMON":
        return d.strftime("%d-%b-%Y").upper()
    if style == "long":
        return f"{d.strftime('%B')} {d.day}, {d.year}"
    if style == "mon":
        return f"{d.strftime('%b')} {d.day} {d.year}"
    if style == "es":
        m = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"][d.month - 1]
        return f"{d.day} de {m} de {d.year}"
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "md":
        return f"{d.month}/{d.day}"
    raise ValueError(style)


def fp(ph, style=None):
    a, b, c = ph[:3], ph[3:6], ph[6:]
    style = style or R.choice(["paren", "dash", "plain", "dot", "intl", "one"])
    return {"paren": f"({a}) {b}-{c}", "dash": f"{a}-{b}-{c}", "plain": ph,
            "dot": f"{a}.{b}.{c}", "intl": f"+1 {a} {b} {c}", "one": f"1-{a}-{b}-{c}"}[style]


# --------------------------------------------------------------------------
# people and business data
# --------------------------------------------------------------------------
FIRST = ["Maria", "Thanh", "Chinedu", "Piotr", "Siobhan", "Anika", "Ahmed", "Jürgen", "Eleni",
         "Lucía", "Leilani", "Harpreet", "Priyanka", "Olga", "Thabo", "Keanu", "Mei", "Ji-woo",
         "Oluwaseun", "Björn", "Fatima", "Giuseppe", "Emre", "Rania", "Hoang", "Marisol",
         "Dmitri", "Aiyana", "Kwame", "Ingrid", "DeShawn", "Mary-Kate", "Jean-Luc", "Ngozi",
         "Tomás", "Yuki", "Carmen", "Bao", "Gertrude", "Wilhelmina", "Earl", "Dolores",
         "Hyun-woo", "Saoirse", "Zainab", "Rosalind", "Abdirahman", "Guadalupe", "Vusi",
         "Agnieszka", "Cletus", "Imani", "Reza", "Noor"]
LAST = ["Garcia", "Nguyen", "Okafor", "Kowalski", "O'Brien", "van der Berg", "de la Cruz",
        "Al-Rashid", "Müller", "Papadopoulos", "Hernández-López", "Kahale", "Singh",
        "Chatterjee", "Ivanova", "Dubois", "Rossi", "Yilmaz", "Haddad", "Kim", "Tran",
        "Castillo", "Adeyemi", "Björklund", "St. Clair", "McAllister", "Nowak", "Santos",
        "Ferreira", "Ben-David", "Zhou", "D'Angelo", "Mahmoud", "Begay", "Tsosie", "Kealoha",
        "Wójcik", "Petrov", "Mukherjee", "Le", "Ng", "Abernathy-Cole", "Warsame", "Oyelaran",
        "MacDonald", "Villanueva", "Schwartz", "Jankowski", "Ortiz", "Pham", "Dlamini",
        "Fitzgerald-Osei", "Du Plessis", "Achterberg"]
STREETS = ["W Lane Ave", "Oak St", "N High St", "Cleveland Ave", "Brice Rd", "Sawmill Rd",
           "Morse Rd", "E Broad St", "Riverside Dr", "Kenny Rd", "Maple Grove Ct",
           "Olentangy River Rd", "Karl Rd", "Livingston Ave", "Refugee Rd", "Hamilton Rd",
           "Stelzer Rd", "Bethel Rd", "Parsons Ave", "Schrock Rd", "Chatterton Rd",
           "Winchester Pike", "Frantz Rd", "Polaris Pkwy", "Hard Rd", "Lockbourne Rd",
           "Smoky Row Rd", "Tuttle Crossing Blvd"]
UNITS = ["Apt 3B", "Apt 204", "Unit 12", "#7", "Lot 17", "Apt C", "Ste 4", "Apt 1102"]
CITIES = [("Columbus", "OH", "432", "614"), ("Westerville", "OH", "43081", "614"),
          ("Dublin", "OH", "43017", "614"), ("Grove City", "OH", "43123", "614"),
          ("Hilliard", "OH", "43026", "614"), ("Reynoldsburg", "OH", "43068", "614"),
          ("Gahanna", "OH", "43230", "614"), ("Delaware", "OH", "43015", "740"),
          ("Lancaster", "OH", "43130", "740"), ("Newark", "OH", "43055", "740"),
          ("Marysville", "OH", "43040", "937"), ("Dayton", "OH", "454", "937"),
          ("Huntington", "WV", "257", "304"), ("Richmond", "IN", "47374", "765"),
          ("Zanesville", "OH", "43701", "740"), ("Chillicothe", "OH", "45601", "740"),
          ("Canal Winchester", "OH", "43110", "614"), ("Mount Vernon", "OH", "43050", "740")]
PAYERS = [("AETNA", "Aetna", "60054"), ("UNITEDHEALTHCARE", "UnitedHealthcare", "87726"),
          ("ANTHEM BCBS OH", "Anthem Blue Cross", "00834"), ("CGS MEDICARE J15", "Medicare Part B", "15202"),
          ("OHIO MEDICAID", "Ohio Medicaid", "MMISODJFS"), ("HUMANA", "Humana", "61101"),
          ("CIGNA", "Cigna", "62308"), ("CARESOURCE OHIO", "CareSource", "31114"),
          ("MEDICAL MUTUAL OF OHIO", "Medical Mutual", "29076")]
STAFF = [("kwhitfield", "Karen Whitfield"), ("tnakamura", "Tomoko Nakamura"),
         ("rgreene", "Rashad Greene"), ("icalderon", "Inés Calderón"),
         ("bokonkwo", "Blessing Okonkwo"), ("jpatel2", "Jay Patel"), ("msorensen", "Mette Sorensen"),
         ("lbrandt", "Lukas Brandt")]
PROVIDERS = [("REYES", "ALAN", "Alan Reyes, MD"), ("VENKATARAMAN", "PRIYA", "Priya Venkataraman, DO"),
             ("OSEI", "SAMUEL", "Samuel Osei, NP"), ("LINDQVIST", "ERIK", "Erik Lindqvist, MD"),
             ("HARGROVE", "DENISE", "Denise Hargrove, PA-C")]
PROV_NPI = {p[2]: npi() for p in PROVIDERS}
PRACTICES = [("RIVERSIDE FAMILY MEDICINE", "4400 KNIGHTSBRIDGE BLVD STE 200", "COLUMBUS", "432142456"),
             ("OLENTANGY ORTHOPEDICS", "3535 OLENTANGY RIVER RD", "COLUMBUS", "432142912"),
             ("SCIOTO VALLEY CARDIOLOGY", "1010 HOSPITAL DR STE 300", "CHILLICOTHE", "456011611"),
             ("NORTHPOINTE PEDIATRICS", "8405 N POINTE PKWY", "WESTERVILLE", "430819876")]
PRACTICE_NPI = {p[0]: npi() for p in PRACTICES}
PRACTICE_TIN = {p[0]: digits(9) for p in PRACTICES}
CPTS = [("99213", "75.00"), ("99214", "180.00"), ("99215", "245.00"), ("97110", "62.00"),
        ("93000", "48.00"), ("20610", "210.00"), ("J1100", "12.50"), ("99396", "260.00"),
        ("71046", "95.00"), ("36415", "18.00"), ("G0439", "175.00"), ("E0601", "98.00")]
ICDS = ["M545", "M5450", "I10", "E119", "Z0000", "J0190", "M1711", "R0789", "G4733", "F411", "E785", "Z23"]
CARC = [("CO", "16", "MA130"), ("CO", "197", "N54"), ("CO", "22", "MA04"), ("PR", "27", "N30"),
        ("CO", "50", "N115"), ("CO", "29", "N211"), ("CO", "4", "M114"), ("CO", "11", "M76"),
        ("CO", "97", "M15"), ("PR", "204", "N130")]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "att.net",
             "hotmail.com", "columbus.rr.com", "protonmail.com", "wowway.com"]


class Person:
    def __init__(self, old=False, child=False):
        self.first = R.choice(FIRST)
        last = R.choice(LAST)
        if R.random() < 0.08 and "-" not in last and " " not in last:
            last = last + "-" + R.choice(["Smith", "Ortiz", "Chen", "Baker", "Reyes"])
        self.last = last
        self.mi = R.choice("ABCDEFGHJKLMNPRSTW") if R.random() < 0.7 else ""
        self.sex = R.choice("FM")
        if old:
            y = R.randint(1926, 1933)
        elif child:
            y = R.randint(2009, 2021)
        else:
            y = R.randint(1941, 2004)
        self.dob = dt.date(y, R.randint(1, 12), R.randint(1, 28))
        ref = dt.date(2024, 3, 11)
        self.age = ref.year - y - ((ref.month, ref.day) < (self.dob.month, self.dob.day))
        self.street = f"{R.randint(12, 9899)} {R.choice(STREETS)}"
        self.unit = R.choice(UNITS) if R.random() < 0.35 else ""
        city, st, zp, ac = R.choice(CITIES)
        self.city, self.state, self.ac = city, st, ac
        self.zip5 = zp + digits(5 - len(zp))
        self.zip4 = digits(4)
        self.phone = ac + str(R.randint(2, 9)) + digits(2) + digits(4)
        self.cell = R.choice([ac, "380", "614", "937", "513"]) + str(R.randint(2, 9)) + digits(2) + digits(4)
        f, l = fold(self.first).lower().replace("-", ""), re.sub(r"[^a-z]", "", fold(self.last).lower())
        self.email = R.choice([f"{f}.{l}@", f"{f[0]}{l}{self.dob.year % 100:02d}@", f"{l}{f[:3]}@",
                               f"{f}{R.randint(2, 999)}@", f"{f}_{l[:5]}{R.randint(1, 99)}@"]) + R.choice(EMAIL_DOM)
        self.username = R.choice([f"{f[0]}{l}{self.dob.year % 100:02d}", f"{f}.{l[:6]}",
                                  f"{l}{f[0]}{R.randint(1, 99)}", f"{f}{l[:1]}{self.dob.year}"])
        self.ssn = ssn()
        self.payer = R.choice(PAYERS)
        if self.age >= 65 and R.random() < 0.7:
            self.payer = PAYERS[3]
        self.member = self.mk_member(self.payer[2])
        n = R.randint(10000, 9999999)
        self.acct = R.choice([f"{n:08d}", f"PA-{n:07d}", f"A{n:07d}", f"{n}", f"G{n:07d}"])
        self.mrn = R.choice([f"E{digits(7)}", f"{R.randint(100000, 9999999):08d}", f"MR{digits(6)}"])
        self.dos = dt.date(2023, 6, 1) + dt.timedelta(days=R.randint(0, 270))
        self.pcn_n = 0

    def mk_member(self, pid):
        if pid == "60054":
            return "W" + digits(9)
        if pid == "87726":
            return digits(9) + R.choice(["", "01", "02"])
        if pid == "00834":
            return R.choice(["YRH", "XOD", "JQW", "ZGP"]) + digits(9)
        if pid == "15202":
            return mbi()
        if pid == "MMISODJFS":
            return "1" + digits(11)
        if pid == "61101":
            return "H" + digits(8)
        if pid == "62308":
            return "U" + digits(8) + "01"
        if pid == "31114":
            return digits(11)
        return "ZMM" + digits(9)

    def pcn(self):
        self.pcn_n += 1
        base = re.sub(r"\D", "", self.acct)
        return f"{base}A{self.dos:%m%d}{self.pcn_n}"

    # name renderings -------------------------------------------------
    def full(self):
        return f"{self.first} {self.last}"

    def lf(self, up=True, mi=True):
        s = f"{self.last}, {self.first}" + (f" {self.mi}" if mi and self.mi else "")
        return x12n(s) if up else s

    def any_name(self):
        k = R.randint(0, 7)
        if k == 0:
            return self.full()
        if k == 1:
            return self.lf(up=True)
        if k == 2:
            return self.lf(up=False, mi=False)
        if k == 3:
            return f"{self.first[0]}. {self.last}"
        if k == 4:
            return self.full().lower()
        if k == 5:
            return f"{self.first} {self.mi + '. ' if self.mi else ''}{self.last}"
        if k == 6:
            return self.full().upper()
        return f"{self.last.upper()} {self.first}"

    def ssn_f(self, style=None):
        a, g, s = self.ssn
        style = style or R.choice(["dash", "plain", "space"])
        return {"dash": f"{a}-{g}-{s}", "plain": a + g + s, "space": f"{a} {g} {s}"}[style]

    def street_full(self):
        return self.street + (f" {self.unit}" if self.unit else "")


POOL = [Person() for _ in range(60)] + [Person(old=True) for _ in range(10)] + [Person(child=True) for _ in range(8)]
OLD = [p for p in POOL if p.age > 89]


def pick(old=False):
    if old and OLD:
        return R.choice(OLD)
    return R.choice(POOL)


def pick_adult(lo=18, hi=200, commercial=False):
    c = [x for x in POOL if lo <= x.age <= hi and (not commercial or x.payer[2] != "15202")]
    return R.choice(c)


def staff():
    return R.choice(STAFF)


def prov():
    return R.choice(PROVIDERS)


def practice():
    return R.choice(PRACTICES)


def cpt():
    return R.choice(CPTS)


def patient_ip():
    return R.choice([f"{R.choice([73, 98, 24, 174, 66, 107, 99, 71, 108, 76])}.{R.randint(1, 254)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"2600:1702:{hexs(4)}:{hexs(4)}::{hexs(2)}"])


def internal_ip():
    return R.choice([f"10.20.{R.randint(0, 15)}.{R.randint(2, 250)}", f"172.16.{R.randint(0, 9)}.{R.randint(2, 250)}",
                     f"192.168.{R.randint(0, 3)}.{R.randint(2, 250)}"])


def batch_id():
    return f"B240311-{R.randint(1, 14):02d}"


def trace_id():
    return hexs(32)


# --------------------------------------------------------------------------
# family: claim scrubber (logback)
# --------------------------------------------------------------------------
SCRUB_LOG = ["c.m.rcm.scrubber.RuleEngine", "c.m.rcm.scrubber.rules.PayerMaskRule",
             "c.m.rcm.scrubber.rules.DemographicRule", "c.m.rcm.scrubber.rules.DuplicateClaimRule"]


def scrub_head(lb, level="WARN", logger=None):
    lb.t(f"{ts_java()} {level:<5} [scrub-pool-{R.randint(1, 8)}] {logger or R.choice(SCRUB_LOG)} - ")
    return lb


def scrub_phi():
    p = pick()
    lb = LB("scrubber")
    k = R.randint(0, 9)
    if k == 0:
        scrub_head(lb, "WARN", "c.m.rcm.scrubber.rules.PayerMaskRule")
        lb.tpl('RULE_HIT ruleId=ELIG-ID-{pid} severity=ERROR batch={b} pcn={pcn} loop=2010BA seg=NM1 field=NM109 '
               'value="{mem}" msg="Subscriber ID does not match payer mask for {pn} ({pid}); claim held"',
               pid=p.payer[2], b=batch_id(), pcn=(p.pcn(), "account"), mem=(p.member, "health_plan"), pn=p.payer[1])
    elif k == 1:
        c = R.choice(["99392", "99382", "99460", "99394"])
        scrub_head(lb, "WARN", "c.m.rcm.scrubber.rules.DemographicRule")
        lb.tpl('RULE_HIT ruleId=DEMO-AGE-011 severity=ERROR pcn={pcn} seg=DMG field=DMG02 value="{dob}" '
               'ref=DTP03:"{dos}" msg="Age on DOS ({age}) outside allowed range for CPT {c}"',
               pcn=(p.pcn(), "account"), dob=(fd(p.dob, "x12"), "date"), dos=(fd(p.dos, "x12"), "date"),
               age=(str(p.age), "age") if p.age > 89 else str(p.age), c=c)
    elif k == 2:
        cand = [q for q in POOL if fold(q.last) != q.last or fold(q.first) != q.first]
        q = R.choice(cand)
        bad_last = fold(q.last) != q.last
        raw = (q.last if bad_last else q.first).upper()
        fld = "NM103" if bad_last else "NM104"
        scrub_head(lb, "INFO", "c.m.rcm.scrubber.rules.CharsetRule")
        lb.tpl('RULE_HIT ruleId=X12-CHARSET-003 severity=FIXED pcn={pcn} loop=2010CA seg=NM1 field={f} value="{raw}" '
               "msg=\"Non-basic character set; auto-corrected to '{fx}'\"",
               pcn=(q.pcn(), "account"), f=fld, raw=(raw, "name"), fx=(x12n(raw), "name"))
    elif k == 3:
        scrub_head(lb, "WARN", "c.m.rcm.scrubber.rules.AddressRule")
        lb.tpl('RULE_HIT ruleId=ADDR-ZIP4-002 severity=WARN pcn={pcn} seg=N4 field=N403 value="{z5}" '
               'msg="ZIP+4 required by payer {pid}; USPS lookup -> {z9}"',
               pcn=(p.pcn(), "account"), z5=(p.zip5, "zip"), pid=p.payer[2], z9=(p.zip5 + p.zip4, "zip"))
    elif k == 4:
        scrub_head(lb, "WARN", "c.m.rcm.scrubber.rules.DuplicateClaimRule")
        c = cpt()[0]
        lb.tpl('RULE_HIT ruleId=DUP-001 severity=WARN pcn={pcn} msg="Possible duplicate of pcn={pcn2} '
               '(member {mem}, DOS {dos}, CPT {c}, billed {amt}); route to WQ DUPES"',
               pcn=(p.pcn(), "account"), pcn2=(p.pcn(), "account"), mem=(p.member, "health_plan"),
               dos=(fd(p.dos, "iso"), "date"), c=c, amt=cpt()[1])
    elif k == 5:
        q = R.choice([x for x in POOL if x.age >= 65])
        scrub_head(lb, "ERROR", "c.m.rcm.scrubber.rules.MedicareIdRule")
        lb.tpl('RULE_HIT ruleId=MCR-MBI-001 severity=ERROR pcn={pcn} seg=NM1 field=NM109 value="{hicn}" '
               'msg="HICN no longer accepted; MBI on file {mbi}"',
               pcn=(q.pcn(), "account"), hicn=("".join(q.ssn) + R.choice(["A", "B", "D", "C1"]), "health_plan"),
               mbi=(R.choice([mbi(), q.member if q.payer[2] == "15202" else mbi()]), "health_plan"))
    elif k == 6:
        scrub_head(lb, "WARN", "c.m.rcm.scrubber.rules.AddressRule")
        lb.tpl("RULE_HIT ruleId=ADDR-CASS-004 severity=WARN pcn={pcn} seg=N3 field=N301 value=\"{st}\" "
               "msg=\"CASS DPV=N (undeliverable); suggestion '{sug}', {city} {z}\"",
               pcn=(p.pcn(), "account"), st=(x12n(p.street), "address"),
               sug=(x12n(p.street).replace(" RD", " ROAD").replace(" ST", " STREET") + " " + R.choice(["N", "S", "E", "W"]), "address"),
               city=(p.city.upper(), "address"), z=(p.zip5, "zip"))
    elif k == 7:
        q = pick(old=True)
        scrub_head(lb, "INFO", "c.m.rcm.scrubber.rules.MspRule")
        lb.tpl('RULE_HIT ruleId=MSP-065 severity=INFO pcn={pcn} msg="Patient age {age}, primary payer {pn} '
               '(commercial); MSP questionnaire required before billing"',
               pcn=(q.pcn(), "account"), age=(str(q.age), "age") if q.age > 89 else str(q.age),
               pn=R.choice([x for x in PAYERS if x[2] not in ("15202", "MMISODJFS")])[1])
    elif k == 8:
        d = pick()
        kid = R.choice([x for x in POOL if x.age < 30])
        scrub_head(lb, "WARN", "c.m.rcm.scrubber.rules.DependentRule")
        lb.tpl('RULE_HIT ruleId=ELIG-DEP-026 severity=WARN pcn={pcn} loop=2000C msg="Dependent {kn} (PAT01=19) '
               'DOB {kd} not found on subscriber {mem} roster (271 EB*6)"',
               pcn=(kid.pcn(), "account"), kn=(kid.lf(), "name"), kd=(fd(kid.dob, "iso"), "date"),
               mem=(d.member, "health_plan"))
    else:
        scrub_head(lb, "WARN", "c.m.rcm.scrubber.rules.OnsetDateRule")
        onset = p.dos - dt.timedelta(days=R.randint(3, 60))
        lb.tpl('RULE_HIT ruleId=ACC-431 severity=WARN pcn={pcn} seg=DTP field=DTP03 qual=431 value="{on}" '
               'msg="Accident indicator set (CLM11=AA) but onset date missing state code; patient {nm}"',
               pcn=(p.pcn(), "account"), on=(fd(onset, "x12"), "date"), nm=(p.lf(up=True, mi=False), "name"))
    return [lb]


def scrub_noise():
    lb = LB("scrubber")
    k = R.randint(0, 11)
    if k == 0:
        n = R.randint(180, 900)
        e = R.randint(5, 60)
        scrub_head(lb, "INFO", "c.m.rcm.scrubber.BatchRunner")
        lb.t(f"batch={batch_id()} claims={n} passed={n - e} edits={e} rejects={R.randint(0, 6)} autofixed={R.randint(0, e)} elapsed={R.randint(4000, 60000)}ms")
    elif k == 1:
        scrub_head(lb, "INFO", "c.m.rcm.scrubber.RuleCache")
        lb.t(f"loaded {R.randint(2400, 3100)} rules (NCCI PTP v30.1, MUE 2024Q1, LCD L33831/L35036, payer masks rev 118) from s3://mpm-rcm-rules/prod/2024-03-01/ in {R.randint(300, 2000)}ms")
    elif k == 2:
        pr = prov()
        scrub_head(lb, "WARN", "c.m.rcm.scrubber.rules.NpiRule")
        lb.t(f'RULE_HIT ruleId=PRV-NPI-002 severity=WARN batch={batch_id()} seq={R.randint(1, 700):04d} loop=2310B seg=NM1 field=NM109 value="{PROV_NPI[pr[2]]}" msg="Rendering provider {pr[2]} not enrolled with payer {R.choice(PAYERS)[2]} (PECOS check)"')
    elif k == 3:
        scrub_head(lb, "WARN", "c.m.rcm.scrubber.rules.IcdRule")
        lb.t(f'RULE_HIT ruleId=ICD-SPEC-007 severity=ERROR batch={batch_id()} seq={R.randint(1, 700):04d} seg=HI field=HI01 value="ABK:M545" msg="M54.5 deleted eff. 2021-10-01; use M54.50/M54.51/M54.59"')
    elif k == 4:
        scrub_head(lb, "WARN", "c.m.rcm.scrubber.rules.ModifierRule")
        lb.t(f'RULE_HIT ruleId=MOD-GP-014 severity=ERROR batch={batch_id()} seq={R.randint(1, 700):04d} seg=SV1 field=SV101 value="HC:97110" msg="Therapy code requires GP/GO/GN modifier for payer 15202"')
    elif k == 5:
        scrub_head(lb, "DEBUG", "com.zaxxer.hikari.pool.HikariPool")
        lb.t(f"scrubberPool - Pool stats (total=20, active={R.randint(1, 20)}, idle={R.randint(0, 10)}, waiting={R.randint(0, 4)})")
    elif k == 6:
        scrub_head(lb, "ERROR", "c.m.rcm.scrubber.PayerRulesClient")
        lb.t(f"GET https://payer-rules.internal.midwestpp.net/api/v2/payers/{R.choice(PAYERS)[2]}/edits failed: 503 Service Unavailable (attempt {R.randint(1, 5)}/5) traceId={trace_id()} spanId={hexs(16)}")
    elif k == 7:
        scrub_head(lb, "INFO", "c.m.rcm.scrubber.BatchRunner")
        lb.t(f"rule hit summary batch={batch_id()}: NCCI-PTP={R.randint(0, 20)} MUE={R.randint(0, 9)} LCD={R.randint(0, 5)} ELIG-ID={R.randint(0, 5)} DEMO={R.randint(0, 4)} ADDR={R.randint(0, 8)} DUP={R.randint(0, 3)}")
    elif k == 8:
        s = staff()
        scrub_head(lb, "INFO", "c.m.rcm.scrubber.OverrideService")
        lb.t(f"edit override ruleId=NCCI-PTP-0041 batch={batch_id()} seq={R.randint(1, 700):04d} by={s[0]} ({s[1]}) reason=\"modifier 59 documented, distinct site\"")
    elif k == 9:
        scrub_head(lb, "WARN", "c.m.rcm.scrubber.rules.MueRule")
        lb.t(f'RULE_HIT ruleId=MUE-97110 severity=ERROR batch={batch_id()} seq={R.randint(1, 700):04d} seg=SV1 field=SV104 value="{R.randint(5, 8)}" msg="Units exceed MUE (4, MAI=3) for CPT 97110"')
    elif k == 10:
        scrub_head(lb, "INFO", "o.a.k.clients.consumer.internals.ConsumerCoordinator")
        lb.t(f"[Consumer clientId=scrubber-{R.randint(1, 4)}, groupId=claim-scrubber] Setting offset for partition claims.ready-{R.randint(0, 11)} to the committed offset FetchPosition{{offset={R.randint(100000, 999999)}, offsetEpoch=Optional[{R.randint(10, 40)}]}}")
    else:
        scrub_head(lb, "WARN", "c.m.rcm.scrubber.rules.PosRule")
        lb.t(f'RULE_HIT ruleId=POS-10-003 severity=WARN batch={batch_id()} seq={R.randint(1, 700):04d} seg=CLM field=CLM05-1 value="10" msg="POS 10 (telehealth in home) requires modifier 95 for payer 87726 after 2024-01-01"')
    return [lb]


# --------------------------------------------------------------------------
# family: X12 837P dump
# --------------------------------------------------------------------------
ICN_COUNTER = [4216]


def x837_block():
    ICN_COUNTER[0] += 1
    icn = f"{ICN_COUNTER[0]:09d}"
    style = R.choice(["java", "raw"])
    pr = practice()
    rp = prov()
    pat = None
    if R.random() < 0.4:
        sub = pick_adult(26, 64, commercial=True)
        pat = R.choice([x for x in POOL if x.age < 26 and x is not sub])
    else:
        sub = pick_adult()
    who = pat or sub
    pcn = who.pcn()
    c, amt = cpt()
    ic = R.sample(ICDS, 2)
    segs = []  # list of list-of-(text,cat)

    def S(*parts):
        segs.append(parts)

    S((f"ISA*00*          *00*          *ZZ*MPMCORP        *ZZ*AVAILITY       *240311*{C.now:%H%M}*^*00501*{icn}*1*P*:~", None))
    S((f"GS*HC*MPMCORP*AVAILITY*20240311*{C.now:%H%M}*{int(icn)}*X*005010X222A1~", None))
    S(("ST*837*0001*005010X222A1~", None))
    S((f"BHT*0019*00*{batch_id()}*20240311*{C.now:%H%M}*CH~", None))
    S(("NM1*41*2*MIDWEST PHYSICIAN PARTNERS LLC*****46*MPMCORP~", None))
    S(("PER*IC*EDI SUPPORT*TE*6144300100*EM*edi@midwestpp.example~", None))
    S(("NM1*40*2*AVAILITY*****46*030240928~", None))
    S(("HL*1**20*1~", None))
    S((f"NM1*85*2*{pr[0]}*****XX*{PRACTICE_NPI[pr[0]]}~", None))
    S((f"N3*{pr[1]}~", None))
    S((f"N4*{pr[2]}*OH*{pr[3]}~", None))
    S((f"REF*EI*{PRACTICE_TIN[pr[0]]}~", None))
    S((f"HL*2*1*22*{1 if pat else 0}~", None))
    S((f"SBR*P*{'' if pat else '18'}*GRP{digits(6)}******{'MB' if sub.payer[2] == '15202' else 'CI'}~", None))
    parts = [("NM1*IL*1*", None), (x12n(sub.last), "name"), ("*", None), (x12n(sub.first), "name"), ("*", None)]
    if sub.mi:
        parts.append((sub.mi, "name"))
    parts += [("***MI*", None), (sub.member, "health_plan"), ("~", None)]
    S(*parts)
    if sub.unit:
        S(("N3*", None), (x12n(sub.street), "address"), ("*", None), (x12n(sub.unit), "address"), ("~", None))
    else:
        S(("N3*", None), (x12n(sub.street), "address"), ("~", None))
    S(("N4*", None), (x12n(sub.city), "address"), (f"*{sub.state}*", None), (sub.zip5 + (sub.zip4 if R.random() < 0.6 else ""), "zip"), ("~", None))
    S(("DMG*D8*", None), (fd(sub.dob, "x12"), "date"), (f"*{sub.sex}~", None))
    S((f"NM1*PR*2*{sub.payer[0]}*****PI*{sub.payer[2]}~", None))
    if pat:
        S((f"HL*3*2*23*0~", None))
        S(("PAT*19~", None))
        S(("NM1*QC*1*", None), (x12n(pat.last), "name"), ("*", None), (x12n(pat.first), "name"), ("~", None))
        S(("N3*", None), (x12n(sub.street), "address"), ("~", None))
        S(("N4*", None), (x12n(sub.city), "address"), (f"*{sub.state}*", None), (sub.zip5, "zip"), ("~", None))
        S(("DMG*D8*", None), (fd(pat.dob, "x12"), "date"), (f"*{pat.sex}~", None))
    S(("CLM*", None), (pcn, "account"), (f"*{amt}***11:B:1*Y*A*Y*Y~", None))
    if R.random() < 0.4:
        S(("DTP*431*D8*", None), (fd(who.dos - dt.timedelta(days=R.randint(2, 40)), "x12"), "date"), ("~", None))
    S((f"REF*D9*{digits(12)}~", None))
    S((f"HI*ABK:{ic[0]}*ABF:{ic[1]}~", None))
    S((f"NM1*82*1*{rp[0]}*{rp[1]}****XX*{PROV_NPI[rp[2]]}~", None))
    S(("PRV*PE*PXC*207Q00000X~", None))
    S(("LX*1~", None))
    S((f"SV1*HC:{c}{R.choice(['', ':25', ':59'])}*{amt}*UN*1***1:2~", None))
    S(("DTP*472*D8*", None), (fd(who.dos, "x12"), "date"), ("~", None))
    S(("REF*6R*0001~", None))
    S((f"SE*{len(segs) - 1}*0001~", None))
    S((f"GE*1*{int(icn)}~", None))
    S((f"IEA*1*{icn}~", None))
    # dump a window of the interchange (a whole dump is long)
    if R.random() < 0.8:
        lo = R.randint(0, 12)
        hi = R.randint(len(segs) - 10, len(segs))
        segs = segs[lo:hi]
    out = []
    C.tick()
    C.burst = True
    thr = f"edi-out-{R.randint(1, 3)}"
    if style == "raw":
        lb = LB("x12_837p")
        lb.t(f"{ts_java()} DEBUG [{thr}] c.m.rcm.edi.X12Writer - dumping 837P ICN {icn} ({len(segs)} segments) to /data/edi/out/837P_MPM_20240311_{int(icn) % 100:02d}.x12")
        out.append(lb)
    for i, sg in enumerate(segs):
        lb = LB("x12_837p")
        if style == "java":
            lb.t(f"{ts_java()} TRACE [{thr}] c.m.rcm.edi.X12Writer - 837P ICN {icn} seg {i + 1:04d}: ")
        for txt, cat in sg:
            lb.p(txt, cat)
        out.append(lb)
    C.burst = False
    return out


# --------------------------------------------------------------------------
# family: X12 835 (ERA poster, python)
# --------------------------------------------------------------------------
def x835_block():
    era = f"{R.randint(300, 399)}{R.randint(1000, 9999)}"
    pay = R.choice(PAYERS)
    pr = practice()
    trn = f"EFT{digits(9)}"
    segs = []

    def S(*parts):
        segs.append(parts)

    S((f"ISA*00*          *00*          *ZZ*{pay[2]:<15}*ZZ*MPMCORP        *240309*1412*^*00501*{digits(9)}*0*P*:~", None))
    S((f"GS*HP*{pay[2]}*MPMCORP*20240309*1412*{R.randint(1000, 99999)}*X*005010X221A1~", None))
    S(("ST*835*0001~", None))
    S((f"BPR*I*{R.randint(1000, 30000)}.{digits(2)}*C*ACH*CCP*01*{digits(9)}*DA*{digits(10)}*1{digits(9)}**01*{digits(9)}*DA*{digits(8)}*20240311~", None))
    S((f"TRN*1*{trn}*1{digits(9)}~", None))
    S(("DTM*405*20240309~", None))
    S((f"N1*PR*{pay[0]}~", None))
    S((f"N1*PE*{pr[0]}*XX*{PRACTICE_NPI[pr[0]]}~", None))
    same = [x for x in POOL if x.payer == pay] or POOL
    for _ in range(R.randint(1, 2)):
        p = R.choice(same)
        c, amt = cpt()
        paid = f"{float(amt) * R.uniform(0.0, 0.85):.2f}"
        ca = R.choice(CARC)
        icn = R.choice([f"{digits(13)}", f"E{digits(12)}", f"{C.now:%Y%j}{digits(6)}"])
        S(("LX*1~", None))
        S(("CLP*", None), (p.pcn(), "account"), (f"*{R.choice(['1', '2', '4', '22'])}*{amt}*{paid}*{R.choice(['0', '20', '35'])}*{'MB' if pay[2] == '15202' else '12'}*", None),
          (icn, "other_id"), ("*11*1~", None))
        parts = [("NM1*QC*1*", None), (x12n(p.last), "name"), ("*", None), (x12n(p.first), "name"), ("*", None)]
        if p.mi:
            parts.append((p.mi, "name"))
        parts += [("***MI*", None), (p.member, "health_plan"), ("~", None)]
        S(*parts)
        if R.random() < 0.3:
            sb = R.choice(same)
            S(("NM1*IL*1*", None), (x12n(sb.last), "name"), ("*", None), (x12n(sb.first), "name"), ("****MI*", None), (sb.member, "health_plan"), ("~", None))
        rp = prov()
        S((f"NM1*82*1*{rp[0]}*{rp[1]}****XX*{PROV_NPI[rp[2]]}~", None))
        S(("DTM*232*", None), (fd(p.dos, "x12"), "date"), ("~", None))
        S((f"SVC*HC:{c}*{amt}*{paid}**1~", None))
        S(("DTM*472*", None), (fd(p.dos, "x12"), "date"), ("~", None))
        S((f"CAS*{ca[0]}*{ca[1]}*{float(amt) - float(paid):.2f}~", None))
        S((f"LQ*HE*{ca[2]}~", None))
    S((f"PLB*{PRACTICE_NPI[pr[0]]}*20241231*L6:INTEREST*-{R.randint(1, 9)}.{digits(2)}~", None))
    S((f"SE*{len(segs) - 1}*0001~", None))
    if R.random() < 0.5:
        segs = segs[R.randint(0, 5):]
    out = []
    C.tick()
    C.burst = True
    lb = LB("x12_835")
    lb.t(f"{ts_py()} INFO era_poster.loader: ERA {era} from {pay[1]} trn={trn} file=/data/edi/in/835_{pay[2]}_20240311_{era}.edi segments={len(segs)}")
    out.append(lb)
    for i, sg in enumerate(segs):
        lb = LB("x12_835")
        lb.t(f"{ts_py()} DEBUG era_poster.parse: [{era}] {i + 1:04d} ")
        for txt, cat in sg:
            lb.p(txt, cat)
        out.append(lb)
    C.burst = False
    return out


def x835_noise():
    lb = LB("x12_835")
    k = R.randint(0, 4)
    pay = R.choice(PAYERS)
    if k == 0:
        lb.t(f"{ts_py()} INFO era_poster.post: ERA {R.randint(3000000, 3999999)} posted claims={R.randint(3, 140)} paid=${R.randint(400, 30000)}.{digits(2)} adj={R.randint(1, 90)} unmatched={R.randint(0, 4)} took={R.uniform(0.4, 9):.2f}s")
    elif k == 1:
        lb.t(f"{ts_py()} WARNING era_poster.recon: EFT trace {'EFT' + digits(9)} amount mismatch vs BAI2 deposit ({R.randint(100, 9000)}.{digits(2)} != {R.randint(100, 9000)}.{digits(2)}), payer={pay[2]}")
    elif k == 2:
        lb.t(f"{ts_py()} ERROR era_poster.parse: 999 rejected: IK3*CLP*{R.randint(10, 90)}**8~ IK4*7**7*{R.choice(['XX', 'ZZ'])}~ (payer {pay[1]}, control {digits(9)})")
    elif k == 3:
        lb.t(f"{ts_py()} INFO era_poster.loader: polling sftp://edi.availity.com/outbound/835/ -> {R.randint(0, 6)} new files, {R.randint(0, 2)} skipped (already loaded)")
    else:
        lb.t(f"{ts_py()} DEBUG era_poster.codes: CARC {R.choice(CARC)[1]} mapped to adjustment code ADJ-{R.randint(100, 199)} ({R.choice(['contractual', 'patient resp', 'denial'])})")
    return [lb]


# --------------------------------------------------------------------------
# family: UiPath eligibility bot (JSON)
# --------------------------------------------------------------------------
def uipath_line(msg_parts, level="Information", extra=None):
    lb = LB("rpa_uipath")
    lb.t('{"message":"')
    for txt, cat in msg_parts:
        lb.p(jesc(txt), cat)
    lb.t(f'","level":"{level}","logType":"User","timeStamp":"{ts_uipath()}","fingerprint":"{uuid4()}",'
         f'"windowsIdentity":"MPMCORP\\\\svc_rpa0{R.randint(1, 4)}","machineName":"RPA-VM-0{R.randint(1, 9)}",'
         f'"fileName":"{R.choice(["CheckEligibility", "Process", "CaptureEvidence", "LoginAvaility"])}",'
         f'"processName":"Elig_Availity_Daily_Env","processVersion":"1.4.12","jobId":"{uuid4()}",'
         f'"robotName":"ELIG_BOT_0{R.randint(1, 4)}","machineId":{R.randint(110, 130)},"organizationUnitId":3')
    if extra:
        lb.t("," + extra)
    lb.t("}")
    return lb


def uipath_phi():
    p = pick()
    k = R.randint(0, 5)
    if k == 0:
        return [uipath_line([("Searching eligibility: payer=" + p.payer[1] + " memberId=", None), (p.member, "health_plan"),
                             (" dob=", None), (fd(p.dob, "us"), "date"), (" dos=", None),
                             (fd(dt.date(2024, 3, R.randint(11, 22)), "us"), "date"), (" (appt)", None)])]
    if k == 1:
        return [uipath_line([("Patient found: ", None), (p.lf(), "name"), (" | Coverage: ACTIVE | Plan: ", None),
                             (R.choice(["Choice POS II", "Medicare Part B", "Blue Access PPO", "Gold HMO", "Open Access Plus"]), None),
                             (" | Copay $" + R.choice(["20", "35", "50"]), None)])]
    if k == 2:
        d = "20240311"
        last, first = x12n(p.last).replace(" ", "").replace("'", ""), x12n(p.first)
        return [uipath_line([(f"TakeScreenshot saved: C:\\RPA\\Evidence\\{d}\\ELIG_", None), (last, "name"), ("_", None),
                             (first, "name"), ("_", None), (p.member, "health_plan"), (f"_0{R.randint(1, 3)}.png", None)])]
    if k == 3 and R.random() < 0.5:
        return [uipath_line([("Writing coverage back to PM: MRN=", None), (p.mrn, "mrn"),
                             (f" insPlanId={R.randint(100, 999)} copay=25.00 verifiedBy=ELIG_BOT", None)])]
    if k == 3:
        return [uipath_line([("Queue item set to Successful (Reference: ", None), (p.acct, "account"),
                             (f", QueueItemId: {uuid4()})", None)])]
    if k == 4:
        return [uipath_line([("Eligibility mismatch: PM system DOB ", None), (fd(p.dob, "iso"), "date"),
                             (" vs payer DOB ", None), (fd(p.dob + dt.timedelta(days=R.choice([1, 31, 365])), "us"), "date"),
                             (" for ", None), (p.full(), "name"), ("; flagged for registration review", None)], level="Warn")]
    if k == 5 and R.random() < 0.4:
        q = pick(old=True)
        return [uipath_line([("Hospice election found (EB*X) for ", None), (q.lf(up=False), "name"), (", age ", None),
                             (str(q.age), "age" if q.age > 89 else None), ("; route to Medicare team, do not bill MA plan", None)], level="Warn")]
    d = f"{C.now:%Y%m%d}"
    term = dt.date(2023, 12, 31) + dt.timedelta(days=R.choice([0, 31, 60]))
    return [uipath_line([("Inactive coverage for subscriber ", None), (p.member, "health_plan"),
                         ("; term date ", None), (fd(term, "iso"), "date"),
                         (f"; evidence C:\\RPA\\Evidence\\{d}\\", None), (p.acct, "account"),
                         ("_", None), (x12n(p.last).replace(" ", ""), "name"), ("_termed.png", None)], level="Warn")]


def uipath_noise():
    k = R.randint(0, 6)
    if k == 0:
        return [uipath_line([("Elig_Availity_Daily_Env execution started", None)])]
    if k == 1:
        secs = R.randint(600, 9000)
        return [uipath_line([("Elig_Availity_Daily_Env execution ended", None)],
                            extra=f'"totalExecutionTimeInSeconds":{secs},"totalExecutionTime":"{secs // 3600:02d}:{secs % 3600 // 60:02d}:{secs % 60:02d}"')]
    if k == 2:
        return [uipath_line([(f"Processing Transaction Number: {R.randint(1, 240)}", None)])]
    if k == 3:
        return [uipath_line([(f"Retry {R.randint(1, 3)}/3: Availity portal did not respond within 30000 ms (selector <webctrl id='patientSearchBtn' />)", None)], level="Warn")]
    if k == 4:
        return [uipath_line([(f"System exception: UiPath.Core.SelectorNotFoundException; screenshot C:\\RPA\\Evidence\\{C.now:%Y%m%d}\\exc_ELIG_BOT_0{R.randint(1, 4)}_{C.now:%H%M%S}.png", None)], level="Error")]
    if k == 5:
        return [uipath_line([("Login to Availity Essentials succeeded as svc_mpm_rpa (MFA via CyberArk)", None)])]
    return [uipath_line([(f"Queue 'ELIG_DAILY' stats: new={R.randint(0, 300)} inProgress={R.randint(0, 4)} successful={R.randint(0, 900)} businessExc={R.randint(0, 30)} appExc={R.randint(0, 10)}", None)])]


# --------------------------------------------------------------------------
# family: denial work queue CSV export
# --------------------------------------------------------------------------
def csvq(s):
    return '"' + s.replace('"', '""') + '"' if ("," in s or '"' in s) else s


def denial_block():
    out = []
    variant = R.choice(["A", "B"])
    if variant == "A":
        h = LB("denial_csv")
        h.t("WorkQueue,ItemId,PCN,PatientName,DOB,Payer,MemberID,DOS,CPT,CARC,RARC,Billed,Denied,AssignedTo,AgeDays,NextAction")
        out.append(h)
        for _ in range(R.randint(3, 6)):
            p = pick()
            c, amt = cpt()
            ca = R.choice(CARC)
            lb = LB("denial_csv")
            nm = p.lf()
            lb.t(f"DENIALS-{R.choice(['COB', 'AUTH', 'ELIG', 'CODING', 'TIMELY'])},WQ-{R.randint(100000, 199999)},")
            lb.p(p.pcn(), "account").t(",")
            lb.t('"' if "," in nm else "").p(nm, "name").t('"' if "," in nm else "").t(",")
            lb.p(fd(p.dob, "us"), "date").t(f",{csvq(p.payer[1])},").p(p.member, "health_plan").t(",")
            lb.p(fd(p.dos, "us"), "date")
            lb.t(f",{c},{ca[1]},{ca[2]},{amt},{amt},{staff()[0]},{R.randint(3, 200)},{R.choice(['Verify other coverage', 'Request auth retro', 'Appeal w/ notes', 'Corrected claim', 'Bill patient'])}")
            out.append(lb)
        if R.random() < 0.6:
            f = LB("denial_csv")
            f.t(f"TOTAL,{len(out) - 1} items,,,,,,,,,,{R.randint(400, 3000)}.00,{R.randint(400, 3000)}.00,,,")
            out.append(f)
    else:
        h = LB("denial_csv")
        h.t("wq_name,acct_no,pt_last,pt_first,pt_dob,svc_dt,ins_id,mrn,denial_cd,denial_desc,bal,owner,last_touch")
        out.append(h)
        for _ in range(R.randint(3, 5)):
            p = pick()
            ca = R.choice(CARC)
            lb = LB("denial_csv")
            lb.t(f"{R.choice(['Denials - Medicare', 'Denials - Commercial', 'Auth Denials', 'COB Follow-up'])},")
            lb.p(p.acct, "account").t(",").p(csvq(p.last), "name").t(",").p(csvq(p.first), "name").t(",")
            lb.p(fd(p.dob, "iso"), "date").t(",").p(fd(p.dos, "iso"), "date").t(",").p(p.member, "health_plan").t(",")
            lb.p(p.mrn, "mrn")
            desc = {"16": "Claim lacks info", "197": "Precert/auth absent", "22": "May be covered by another payer",
                    "27": "Expenses after coverage terminated", "50": "Not medically necessary", "29": "Timely filing",
                    "4": "Modifier inconsistent", "11": "Dx inconsistent w/ procedure", "97": "Bundled",
                    "204": "Not covered under benefit plan"}[ca[1]]
            lb.t(f",{ca[0]}-{ca[1]},\"{desc}\",{R.randint(20, 900)}.{digits(2)},{staff()[0]},{fd(dt.date(2024, 3, R.randint(1, 10)), 'iso')}")
            out.append(lb)
    return out


# --------------------------------------------------------------------------
# family: Laravel patient portal
# --------------------------------------------------------------------------
def lara(lb, level, msg, env="production"):
    lb.t(f"{ts_lara()} {env}.{level}: {msg} ")
    return lb


def laravel_phi():
    p = pick()
    lb = LB("laravel")
    k = R.randint(0, 10)
    if k == 0:
        lara(lb, "INFO", "Payment captured")
        lb.t(f'{{"statement_id":"S-2024-{R.randint(10000, 99999):07d}","patient_account":"').p(p.acct, "account")
        lb.t(f'","amount":"{R.randint(10, 600)}.{digits(2)}","gateway":"authorize_net","trans_id":"{R.randint(60000000000, 69999999999)}","last4":"{digits(4)}","ip":"').p(patient_ip(), "ip")
        lb.t(f'","user_id":{R.randint(1000, 99999)}}} []')
    elif k == 1:
        lara(lb, "WARNING", "Failed login attempt")
        lb.t('{"username":"').p(p.username, "other_id").t('","ip":"').p(patient_ip(), "ip")
        lb.t(f'","attempts":{R.randint(2, 5)},"guard":"patient"}} []')
    elif k == 2:
        lara(lb, "INFO", "Mail sent")
        lb.t('{"mailable":"App\\\\Mail\\\\StatementReady","to":"').p(p.email, "email")
        lb.t(f'","driver":"ses","message_id":"<{hexs(24)}@email.amazonses.com>"}} []')
    elif k == 3:
        period = "2024-03"
        lb.t(f"{ts_lara()} production.ERROR: SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '")
        lb.p(p.acct, "account").t(f"-{period}' for key 'statements_account_period_unique' (SQL: insert into `statements` (`account_no`, `period`, `balance`) values (")
        lb.p(p.acct, "account").t(f", {period}, {R.randint(10, 900)}.{digits(2)})) {{\"exception\":\"[object] (Illuminate\\\\Database\\\\QueryException(code: 23000): SQLSTATE[23000] at /var/www/portal/vendor/laravel/framework/src/Illuminate/Database/Connection.php:760)")
        out = [lb]
        for l in ["[stacktrace]",
                  "#0 /var/www/portal/vendor/laravel/framework/src/Illuminate/Database/Connection.php(720): Illuminate\\Database\\Connection->runQueryCallback('insert into `st...', Array, Object(Closure))",
                  "#1 /var/www/portal/app/Services/StatementService.php(88): Illuminate\\Database\\Connection->insert('insert into `st...', Array)",
                  "#2 /var/www/portal/app/Jobs/GenerateStatementPdf.php(41): App\\Services\\StatementService->persist(Object(App\\Models\\Guarantor))",
                  "#3 {main}",
                  '"} ']:
            s = LB("laravel")
            s.t(l.rstrip() if l.strip() != '"}' else '"}')
            out.append(s)
        return out
    elif k == 4:
        lara(lb, "INFO", "Statement link opened")
        tok = "".join(R.choice("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
        lb.t('{"link":"').p(f"https://pay.midwestpp.example/s/{tok}", "url").t('","account":"').p(p.acct, "account")
        lb.t('","ip":"').p(patient_ip(), "ip").t('","ua":"Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15"} []')
    elif k == 5:
        lara(lb, "DEBUG", "IdentityVerification payload")
        b = fake_jpeg_b64()
        lb.t('{"account":"').p(p.acct, "account").t('","doc_type":"drivers_license","selfie":"data:image/jpeg;base64,')
        lb.p(b, "photo").t(f'...(truncated {R.randint(40000, 190000)} bytes)"}} []')
    elif k == 6:
        lara(lb, "INFO", "Mobile device registered")
        dev = R.choice([uuid4().upper(), hexs(16)])
        lb.t('{"username":"').p(p.username, "other_id").t(f'","platform":"{R.choice(["ios", "android"])}","device_id":"')
        lb.p(dev, "device").t(f'","push_token":"{hexs(20)}...","app_version":"3.{R.randint(0, 9)}.{R.randint(0, 20)}"}} []')
    elif k == 7:
        lara(lb, "ERROR", "Validation failed")
        lb.t('{"errors":{"dob":["The dob does not match the format m/d/Y."]},"input":{"account":"').p(p.acct, "account")
        lb.t('","dob":"').p(fd(p.dob, "iso"), "date").t('","last_name":"').p(jesc(p.last), "name").t('"}} []')
    elif k == 8:
        lara(lb, "DEBUG", "ACH autopay enrollment")
        lb.t('{"guarantor":"').p(jesc(p.full()), "name").t(f'","routing":"{R.choice(["044000037", "041215663", "042000314"])}","account_number":"')
        lb.p(digits(R.randint(9, 12)), "account").t(f'","type":"checking","draft_day":{R.randint(1, 28)}}} []')
    elif k == 9:
        lara(lb, "INFO", "Payment plan created")
        lb.t('{"account":"').p(p.acct, "account").t('","guarantor_email":"').p(p.email, "email")
        lb.t(f'","installments":{R.randint(3, 12)},"amount":"{R.randint(25, 150)}.00","first_due":"2024-04-0{R.randint(1, 9)}"}} []')
    else:
        lara(lb, "NOTICE", "Profile updated")
        lb.t('{"user_id":').t(str(R.randint(1000, 99999))).t(',"changes":{"phone":["').p(fp(p.phone, "dash"), "phone")
        lb.t('","').p(fp(p.cell, "dash"), "phone").t('"],"address_line1":["').p(jesc(p.street), "address").t('","')
        q = pick()
        lb.p(jesc(q.street), "address").t('"]},"ip":"').p(patient_ip(), "ip").t('"} []')
    return [lb]


def laravel_noise():
    lb = LB("laravel")
    k = R.randint(0, 8)
    if k == 0:
        lara(lb, "INFO", f"Horizon: job App\\Jobs\\GenerateStatementPdf processed in {R.randint(80, 2000)}ms")
        lb.t(f'{{"queue":"statements","attempts":1,"uuid":"{uuid4()}"}} []')
    elif k == 1:
        lara(lb, "INFO", "Running scheduled command: '/usr/bin/php8.2' 'artisan' statements:cycle --cycle=C03 > '/dev/null' 2>&1")
        lb.t("[] []")
    elif k == 2:
        lara(lb, "ERROR", "Connection refused [tcp://10.20.4.17:6379]")
        lb.t('{"exception":"[object] (Predis\\\\Connection\\\\ConnectionException(code: 111): Connection refused [tcp://10.20.4.17:6379] at /var/www/portal/vendor/predis/predis/src/Connection/AbstractConnection.php:155)"} []')
    elif k == 3:
        lara(lb, "DEBUG", "Gateway response")
        lb.t(f'{{"responseCode":"1","authCode":"{hexs(6, True)}","avsResultCode":"Y","cvvResultCode":"M","transId":"{R.randint(60000000000, 69999999999)}","accountNumber":"XXXX{digits(4)}","accountType":"{R.choice(["Visa", "MasterCard", "Discover"])}"}} []')
    elif k == 4:
        lara(lb, "INFO", "Health check passed")
        lb.t(f'{{"db":"ok","redis":"ok","queue_depth":{R.randint(0, 400)},"disk_free_gb":{R.randint(20, 200)}}} []')
    elif k == 5:
        lara(lb, "WARNING", "Slow query detected")
        lb.t(f'{{"sql":"select * from `statements` where `account_no` = ? and `period` = ? limit 1","bindings_count":2,"time_ms":{R.randint(800, 5000)}}} []')
    elif k == 6:
        s = staff()
        lara(lb, "INFO", "Admin login")
        lb.t(f'{{"admin":"{s[0]}@midwestpp.example","ip":"{internal_ip()}","role":"billing_supervisor"}} []')
    elif k == 7:
        lara(lb, "INFO", "Statement cycle C03 queued")
        lb.t(f'{{"count":{R.randint(2000, 6000)},"vendor":"printcorp","batch":"C03-{C.now:%Y%m%d}","eta_min":{R.randint(10, 90)}}} []')
    else:
        lara(lb, "ERROR", "cURL error 28: Operation timed out after 30001 milliseconds with 0 bytes received (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://api.authorize.net/xml/v1/request.api", env="production")
        lb.t("[] []")
    return [lb]


# --------------------------------------------------------------------------
# family: nginx access log (portal)
# --------------------------------------------------------------------------
UAS = ['"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"',
       '"Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1"',
       '"Mozilla/5.0 (Linux; Android 14; SM-S911U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.178 Mobile Safari/537.36"',
       '"MPMPatientApp/3.4.1 (com.midwestpp.patient; build:812; iOS 17.2.1) Alamofire/5.8.1"']


def nginx_phi():
    p = pick()
    lb = LB("nginx_portal")
    lb.p(patient_ip(), "ip").t(f" - - [{ts_nginx()}] \"")
    k = R.randint(0, 4)
    if k == 0:
        lb.t("GET /guest-pay?acct=").p(p.acct, "account").t("&zip=").p(p.zip5, "zip").t(" HTTP/2.0\"")
    elif k == 1:
        lb.t("GET /lookup?last_name=").p(re.sub(r"[ ']", lambda m: "%20" if m.group() == " " else "%27", fold(p.last)), "name").t("&dob=")
        lb.p(fd(p.dob, "us").replace("/", "%2F"), "date").t(" HTTP/1.1\"")
    elif k == 2:
        lb.t(f"POST /api/v1/payments HTTP/2.0\"")
    elif k == 3:
        lb.t(f"GET /statements/S-2024-{R.randint(10000, 99999):07d}/pdf HTTP/2.0\"")
    else:
        lb.t("GET /account/verify?email=").p(p.email.replace("@", "%40"), "email").t(" HTTP/1.1\"")
    lb.t(f" {R.choice([200, 200, 200, 302, 422])} {R.randint(300, 90000)} \"https://pay.midwestpp.example/\" {R.choice(UAS)} rt={R.uniform(0.005, 1.2):.3f} uct=0.000 upstream=127.0.0.1:9000")
    return [lb]


def nginx_noise():
    lb = LB("nginx_portal")
    k = R.randint(0, 4)
    if k == 0:
        lb.t(f"{internal_ip()} - - [{ts_nginx()}] \"GET /healthz HTTP/1.1\" 200 17 \"-\" \"ELB-HealthChecker/2.0\" rt=0.002 uct=0.000 upstream=127.0.0.1:9000")
    elif k == 1:
        lb.t(f"{R.choice(['185.180.143.', '45.148.10.', '194.165.16.'])}{R.randint(2, 250)} - - [{ts_nginx()}] \"GET /wp-login.php HTTP/1.1\" 404 153 \"-\" \"Mozilla/5.0 zgrab/0.x\" rt=0.000 uct=- upstream=-")
    elif k == 2:
        lb.t(f"{R.choice(['76.72.167.', '178.255.154.'])}{R.randint(2, 250)} - - [{ts_nginx()}] \"HEAD / HTTP/1.1\" 200 0 \"-\" \"Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)\" rt=0.011 uct=0.001 upstream=127.0.0.1:9000")
    elif k == 3:
        lb.t(f"{C.tick():%Y/%m/%d %H:%M:%S} [error] {R.randint(1000, 9999)}#0: *{R.randint(100000, 999999)} upstream timed out (110: Connection timed out) while reading response header from upstream, client: {internal_ip()}, server: pay.midwestpp.example, request: \"GET /api/v1/status HTTP/1.1\", upstream: \"fastcgi://unix:/run/php/php8.2-fpm.sock\"")
    else:
        lb.t(f"{internal_ip()} - - [{ts_nginx()}] \"GET /build/assets/app-{hexs(8)}.js HTTP/1.1\" 304 0 \"-\" \"Go-http-client/1.1\" rt=0.001 uct=0.000 upstream=-")
    return [lb]


# --------------------------------------------------------------------------
# family: card terminal / payment middleware
# --------------------------------------------------------------------------
TERM_SN = [digits(9) for _ in range(4)]


def term_head(lb):
    lb.t(f"{ts_term()} [LANE-0{R.randint(1, 4)} SN:{R.choice(TERM_SN)}] ")
    return lb


def terminal_phi():
    p = pick()
    lb = LB("terminal")
    k = R.randint(0, 5)
    pan = card_pan()
    ch = x12n(p.last).replace("'", "") + "/" + x12n(p.first) + (f" {p.mi}" if p.mi else "")
    if k == 0:
        term_head(lb).tpl('<TXN> SALE ${amt} {em} {br} {mask} APPR {auth} AID=A0000000031010 TVR=0000008000 TSI=E800 NAME="{ch}"',
                          amt=f"{R.randint(10, 500)}.{digits(2)}", em=R.choice(["CHIP", "CTLS", "SWIPE"]), br=brand(pan),
                          mask="*" * (len(pan) - 4) + pan[-4:], auth=digits(6), ch=(ch, "name"))
    elif k == 1:
        lb.t(f"{ts_py()} DEBUG tripos.Device: DeviceResponse={{\"cardNumber\":\"").p(pan, "account")
        lb.t("\",\"cardholderName\":\"").p(ch, "name").t(f"\",\"expirationMonth\":\"{R.randint(1, 12):02d}\",\"expirationYear\":\"{R.randint(25, 30)}\",\"entryMode\":\"Swiped\",\"laneId\":{R.randint(1, 4)}}}")
    elif k == 2:
        term_head(lb).t("MSR RAW T1=%B").p(pan, "account").t("^").p(ch, "name").t(f"^{R.randint(25, 30)}{R.randint(1, 12):02d}101000000000000000000? T2=;").p(pan, "account").t(f"={R.randint(25, 30)}{R.randint(1, 12):02d}1010000000000000?")
    elif k == 3:
        term_head(lb).t(f"SIGCAP format=3BA points={R.randint(200, 900)} len={R.randint(600, 2400)} data=").p(sig_b64(), "biometric").t(f" txn={R.randint(1000, 9999)}")
    elif k == 4:
        st = R.choice(["OH", "OH", "IN", "WV"])
        dl = R.choice([f"{R.choice('ABCDEFGHJKLMNPRST')}{R.choice('ABCDEFGHJKLMNPRST')}{digits(6)}", digits(13), f"{R.choice('ABCDEFGHJKLMNPRST')}{digits(12)}"])
        term_head(lb).t(f"CHECK VERIFY micr=t{R.choice(['044000037', '041215663', '042000314'])}t ").p(digits(R.randint(9, 11)), "account")
        lb.t(f"o {R.randint(1001, 9999)} dl={st}:").p(dl, "license").t(f" amt={R.randint(20, 400)}.00 resp={R.choice(['APPROVED', 'DECLINE-CODE3', 'APPROVED'])}")
    else:
        term_head(lb).t(f"<TXN> REFUND ${R.randint(10, 300)}.{digits(2)} KEYED PAN=").p(pan, "account").t(f" EXP=**/** ref=RF{digits(8)} clerk={staff()[0]} note=\"overpayment acct ").p(p.acct, "account").t("\"")
    return [lb]


def terminal_noise():
    lb = LB("terminal")
    k = R.randint(0, 6)
    pan = card_pan()
    if k == 0:
        term_head(lb).t(f"BATCH CLOSE #{R.randint(100, 999):04d} count={R.randint(5, 80)} sale=${R.randint(300, 9000)}.{digits(2)} refund=${R.randint(0, 200)}.{digits(2)} host=FDRC resp=GB")
    elif k == 1:
        term_head(lb).t(f"TMS heartbeat ok fw=UPP 6.{R.randint(0, 9)}.{R.randint(0, 40)} emvparam=v{R.randint(20, 40)} uptime={R.randint(1, 900)}h")
    elif k == 2:
        term_head(lb).t(f"PIN KSN=FFFF{hexs(6, True)}E{digits(5)} key slot 1 ok")
    elif k == 3:
        term_head(lb).t("TEST MODE sale 4111111111111111 exp 12/25 approved (sandbox host cert.firstdata.example)")
    elif k == 4:
        term_head(lb).tpl("<TXN> SALE ${a} CHIP {b} {m} DECLINED 05 DO NOT HONOR", a=f"{R.randint(10, 500)}.{digits(2)}", b=brand(pan), m=pan[:6] + "*" * (len(pan) - 10) + pan[-4:])
    elif k == 5:
        lb.t(f"{ts_py()} INFO tripos.Lane: lane {R.randint(1, 4)} status=Idle device=Ingenico Lane/3000 serial={R.choice(TERM_SN)} p2pe=enabled")
    else:
        lb.t(f"{ts_py()} ERROR tripos.Host: Express host timeout after 45000ms (TransactionID {R.randint(100000000, 999999999)}), reversal queued")
    return [lb]


# --------------------------------------------------------------------------
# family: collections agency placement (pipe, header, trailer)
# --------------------------------------------------------------------------
COLL_HDR = "RECORD_TYPE|CLIENT_ID|PLACEMENT_DATE|ACCOUNT_NO|GUAR_LAST|GUAR_FIRST|GUAR_MI|GUAR_SSN|GUAR_DOB|ADDR1|ADDR2|CITY|STATE|ZIP|HOME_PHONE|CELL_PHONE|EMAIL|PATIENT_NAME|DOS_FIRST|DOS_LAST|ORIG_BAL|CUR_BAL|LAST_PAY_DT|LAST_PAY_AMT|EMPLOYER"


def coll_block():
    out = []
    h = LB("collections_psv")
    h.t(COLL_HDR)
    out.append(h)
    n = R.randint(2, 5)
    tot = 0.0
    for _ in range(n):
        g = pick_adult()
        pt = g if R.random() < 0.6 else pick()
        lb = LB("collections_psv")
        lb.t("D|MPM01|20240311|").p(g.acct, "account").t("|").p(x12n(g.last), "name").t("|").p(x12n(g.first), "name").t("|")
        if g.mi:
            lb.p(g.mi, "name")
        lb.t("|").p(g.ssn_f(R.choice(["dash", "plain"])), "ssn").t("|").p(fd(g.dob, "x12"), "date").t("|")
        lb.p(x12n(g.street), "address").t("|")
        if g.unit:
            lb.p(x12n(g.unit), "address")
        lb.t("|").p(x12n(g.city), "address").t(f"|{g.state}|").p(g.zip5 + (g.zip4 if R.random() < 0.4 else ""), "zip").t("|")
        lb.p(g.phone, "phone").t("|")
        if R.random() < 0.6:
            lb.p(g.cell, "phone")
        lb.t("|")
        if R.random() < 0.5:
            lb.p(g.email.upper(), "email")
        lb.t("|").p(pt.lf(), "name").t("|")
        d1 = pt.dos - dt.timedelta(days=R.randint(20, 120))
        lb.p(fd(d1, "x12"), "date").t("|").p(fd(pt.dos, "x12"), "date")
        ob = R.randint(150, 4000) + R.randint(0, 99) / 100
        cb = ob - R.randint(0, 100)
        tot += cb
        lb.t(f"|{ob:.2f}|{cb:.2f}|")
        if R.random() < 0.5:
            lb.p(fd(dt.date(2024, R.randint(1, 2), R.randint(1, 28)), "x12"), "date").t(f"|{R.randint(10, 50)}.00|")
        else:
            lb.t("||")
        lb.t(R.choice(["KROGER CO", "", "NATIONWIDE", "SELF EMPLOYED", "OHIO STATE UNIVERSITY", "", "HONDA OF AMERICA MFG"]))
        out.append(lb)
    t = LB("collections_psv")
    t.t(f"T|MPM01|20240311|{n:06d}|{tot:012.2f}")
    out.append(t)
    return out


def coll_misc():
    g = pick()
    lb = LB("collections_psv")
    k = R.randint(0, 2)
    if k == 0:
        lb.t("R|MPM01|20240311|").p(g.acct, "account").t("|BANKRUPTCY CH7|").p(f"{R.randint(1, 2)}:24-bk-{R.randint(50000, 59999)}", "other_id").t("|S.D. OHIO")
    elif k == 1:
        lb.t("A|MPM01|20240311|").p(g.acct, "account").t("|AGENCY_ACCT=").p(f"CRA{digits(8)}", "other_id").t(f"|STATUS=ACCEPTED|SCORE={R.randint(300, 850)}")
    else:
        lb.t("S|MPM01|20240311|").p(g.acct, "account").t("|SKIPTRACE|NEW_ADDR=").p(x12n(pick().street), "address").t("|").p(x12n(g.city), "address").t(f"|{g.state}|").p(g.zip5, "zip").t("|NEW_PHONE=").p(g.cell, "phone")
    return [lb]


def coll_noise():
    lb = LB("collections_psv")
    k = R.randint(0, 2)
    if k == 0:
        lb.t(f"H|MPM01|MIDWEST PHYSICIAN PARTNERS|20240311|PLACEMENT|V2.3|CONTACT=Rashad Greene|6144300188")
    elif k == 1:
        lb.t(f"ACK|MPM01|20240311|FILE=MPM01_PLACE_20240311.psv|RECEIVED={R.randint(20, 200)}|ACCEPTED={R.randint(20, 190)}|REJECTED={R.randint(0, 5)}")
    else:
        err, fld = R.choice([("ZIP_INVALID", "ZIP"), ("SSN_MISSING", "GUAR_SSN"), ("DUP_ACCOUNT", "ACCOUNT_NO"), ("BAL_BELOW_MIN", "CUR_BAL")])
        lb.t(f"E|MPM01|20240311|LINE {R.randint(2, 200)}|ERR_{err}|FIELD {fld}")
    return [lb]


# --------------------------------------------------------------------------
# family: call center notes
# --------------------------------------------------------------------------
def call_head(lb):
    s = staff()
    lb.t(f"{C.tick():%Y-%m-%d %H:%M:%S} | CALL-{R.randint(800000, 899999)} | agent={s[0]} | {R.choice(['INBOUND', 'INBOUND', 'OUTBOUND'])} | ")
    return lb


def callnotes_phi():
    p = pick()
    lb = LB("callnotes")
    k = R.randint(0, 11)
    if k == 0:
        call_head(lb).tpl("Caller {n} (self) verified DOB {dob} + last 4 SSN. Asked about stmt for DOS {dos}, states {pn} should have paid. Advised we resubmitted to member ID {mem}. Callback {ph} after 5pm.",
                          n=(p.full(), "name"), dob=(fd(p.dob, "us_short"), "date"), dos=(fd(p.dos, "us"), "date"),
                          pn=p.payer[1], mem=(p.member, "health_plan"), ph=(fp(p.cell), "phone"))
    elif k == 1:
        rel = pick()
        call_head(lb).tpl("Spoke w/ daughter {rn} (POA on file) re: {par} {n}, acct {a}. She requests itemized stmt by fax to {fx} (home fax). Sent.",
                          rn=(f"{rel.first} {p.last}", "name"), par="mother" if p.sex == "F" else "father", n=(p.any_name(), "name"), a=(p.acct, "account"), fx=(fp(rel.phone), "fax"))
    elif k == 2:
        call_head(lb).tpl("Paciente {n} llamó, habla español. Dice que ya pagó $50 el {pd} con tarjeta terminación {l4}. Fecha de nacimiento {dob}. Se le explicó el saldo de la cuenta {a}.",
                          n=(p.full(), "name"), pd=(fd(dt.date(2024, 3, R.randint(1, 8)), "es"), "date"), l4=digits(4),
                          dob=(fd(p.dob, "dmy"), "date"), a=(p.acct, "account"))
    elif k == 3:
        q = pick(old=True)
        call_head(lb).tpl("Pt is {age} y/o, hard of hearing; spoke with son {sn} at {ph}. Medicare {mbi} primary, no secondary on file. Set up 6-mo payment plan.",
                          age=(str(q.age), "age") if q.age > 89 else str(q.age), sn=(f"{R.choice(FIRST)} {q.last}", "name"),
                          ph=(fp(q.phone), "phone"), mbi=(q.member if q.payer[2] == "15202" else mbi(), "health_plan"))
    elif k == 4:
        call_head(lb).tpl("Skip trace for acct {a}: new addr {st}, {c} {s} {z}; vehicle {veh}, plate {st2} {pl}, VIN {v}. FB profile {u}",
                          a=(p.acct, "account"), st=(p.street_full(), "address"), c=(p.city, "address"), s=p.state,
                          z=(p.zip5, "zip"), veh=R.choice(["2016 Toyota Camry", "2012 Ford F-150", "2019 Honda CR-V", "2010 Chevy Malibu"]),
                          st2=p.state, pl=(plate(), "vehicle"), v=(vin(), "vehicle"),
                          u=(f"https://www.facebook.com/{fold(p.first).lower()}.{re.sub(r'[^a-z]', '', fold(p.last).lower())}.{R.randint(10, 9999)}", "url"))
    elif k == 5:
        call_head(lb).tpl("{n} disputes balance on acct {a}; says DOS {dos} was a no-show. Opened dispute case {cs}, hold 30 days. Email confirmation to {em}",
                          n=(p.lf(up=False, mi=False), "name"), a=(p.acct, "account"), dos=(fd(p.dos, "mon"), "date"),
                          cs=(f"DSP-{R.randint(10000, 99999)}", "other_id"), em=(p.email, "email"))
    elif k == 6:
        call_head(lb).tpl("CPAP rental (E0601) denied CO-50; pt {n} says machine SN {sn} returned to DME. Need pickup ticket. MRN {mrn}.",
                          n=(p.any_name(), "name"), sn=(f"{R.choice(['23', '22'])}{digits(9)}", "device"), mrn=(p.mrn, "mrn"))
    elif k == 7:
        call_head(lb).tpl("Guarantor paying by check over phone; verified DL {st} {dl}, acct ending bank {ba}. {n}, {ph}.",
                          st=p.state, dl=(f"{R.choice('ABCDEFGHJKLMN')}{R.choice('ABCDEFGHJKLMN')}{digits(6)}", "license"),
                          ba=(digits(10), "account"), n=(p.lf(up=False, mi=False), "name"), ph=(fp(p.phone), "phone"))
    elif k == 8:
        call_head(lb).tpl("wrong # for {n} at {ph} - lady said she moved. removed phone, sent letter to {st}, {c}.",
                          n=(p.full().lower(), "name"), ph=(fp(p.phone, "plain"), "phone"), st=(p.street_full(), "address"), c=(p.city, "address"))
    elif k == 9:
        call_head(lb).tpl("Adm {ad} / disch {dc} at Riverside Methodist billed under wrong pt. Encounter {enc} belongs to {n} DOB {dob}, not the guarantor. Reassigned.",
                          ad=(fd(p.dos, "us_np"), "date"), dc=(fd(p.dos + dt.timedelta(days=R.randint(1, 6)), "us_np"), "date"),
                          enc=(f"ENC{digits(9)}", "other_id"), n=(p.any_name(), "name"), dob=(fd(p.dob, "dmon"), "date"))
    elif k == 10:
        call_head(lb).tpl("Portal lockout: user {u} reset, temp pw sent to {em}. Caller verified zip {z} and SSN {sl}.",
                          u=(p.username, "other_id"), em=(p.email, "email"), z=(p.zip5, "zip"), sl=(p.ssn_f("dash"), "ssn"))
    else:
        lb.t(f"[NOTE] ts={C.tick():%Y-%m-%dT%H:%M:%S} acct=").p(p.acct, "account").t(f" by={staff()[0]} type=COLLECTIONS text=\"")
        lb.tpl("LM on VM for {n} at {ph}; 2nd attempt. Final notice mailed to {st} {c} {z}. Pt is {age}\"",
               n=(p.first, "name"), ph=(fp(p.cell), "phone"), st=(p.street_full(), "address"), c=(p.city, "address"),
               z=(p.zip5, "zip"), age=(str(p.age), "age") if p.age > 89 else str(p.age))
    return [lb]


def callnotes_noise():
    lb = LB("callnotes")
    k = R.randint(0, 5)
    if k == 0:
        call_head(lb).t("Caller hung up before verification. No account accessed.")
    elif k == 1:
        call_head(lb).t(f"Rep from {R.choice(PAYERS)[1]} provider services (ref# {digits(11)}) confirmed claims mailing address change to PO Box {R.randint(1000, 99999)}, eff 4/1.")
    elif k == 2:
        call_head(lb).t(f"Dr. office ({R.choice(PROVIDERS)[2]}) asked for fax # for records dept: 614-430-{R.randint(1000, 9999)}. Gave main line.")
    elif k == 3:
        lb.t(f"{C.tick():%Y-%m-%d %H:%M:%S} | QUEUE | ACD stats: calls_offered={R.randint(20, 200)} answered={R.randint(20, 190)} abandoned={R.randint(0, 20)} ASA={R.randint(10, 300)}s AHT={R.randint(200, 700)}s")
    elif k == 4:
        call_head(lb).t("Caller asked for hours of the billing office and how to pay online; gave pay.midwestpp.example and 1-800-555-0177.")
    else:
        call_head(lb).t(f"Vendor PrintCorp called re: returned-mail file for cycle C0{R.randint(1, 4)}; will resend via SFTP tonight.")
    return [lb]


# --------------------------------------------------------------------------
# family: Python OCR pipeline for paper EOBs
# --------------------------------------------------------------------------
def garble(s):
    return s.replace("I", "l", 1) if "I" in s else s.replace("O", "0", 1) if "O" in s else s.replace("S", "5", 1) if "S" in s else s + "."


def ocr_phi():
    p = pick()
    lb = LB("eob_ocr")
    k = R.randint(0, 5)
    pre = f"{ts_py()} {{}} eob_ocr.{{}}: "
    if k == 0:
        raw = p.lf(up=True, mi=False)
        lb.t(pre.format("DEBUG", "extract")).t("field=patient_name raw='").p(garble(raw), "name").t("' normalized='").p(raw, "name").t(f"' conf={R.uniform(0.5, 0.99):.2f} bbox=({R.randint(50, 300)},{R.randint(200, 900)},{R.randint(400, 900)},{R.randint(220, 950)})")
    elif k == 1:
        m = p.member
        if "1" in m[1:]:
            i = m.index("1", 1)
            raw, fix = m[:i] + "l" + m[i + 1:], "l->1"
        elif "0" in m[1:]:
            i = m.index("0", 1)
            raw, fix = m[:i] + "O" + m[i + 1:], "O->0"
        else:
            raw, fix = m[:-1] + "S", "S->5" if m[-1] == "5" else "checkdigit"
        lb.t(pre.format("DEBUG", "extract")).t("field=member_id raw='").p(raw, "health_plan").t("' -> '").p(m, "health_plan").t(f"' (fix {fix}) conf={R.uniform(0.5, 0.9):.2f}")
    elif k == 2:
        lb.t(pre.format("WARNING", "match")).t("no claim match for patient_account='").p(p.acct.replace("-", " "), "account").t("' dos=").p(fd(p.dos, "us"), "date").t(f" billed=${cpt()[1]}; sent to manual queue EOB-MANUAL")
    elif k == 3:
        rp = repr(p.lf(up=False, mi=False))
        lb.t(pre.format("INFO", "extract")).t("{'claim_number': '").p(digits(13), "other_id").t("', 'patient': " + rp[0]).p(rp[1:-1], "name").t(rp[0] + ", 'dos': '").p(fd(p.dos, "iso"), "date").t(f"', 'billed': {cpt()[1]}, 'paid': {R.randint(0, 150)}.0, 'carc': ['{R.choice(CARC)[1]}']}}")
    elif k == 4:
        lb.t(pre.format("DEBUG", "layout")).t(f"page 1 header line 4: 'PATIENT: ").p(x12n(p.full()), "name").t("   ID: ").p(p.member, "health_plan").t("   ACCT: ").p(p.acct, "account").t("'")
    else:
        lb.t(pre.format("INFO", "match")).t("matched EOB line to pcn=").p(p.pcn(), "account").t(f" score={R.uniform(0.8, 1):.3f} (name+dos+amount) dos=").p(fd(p.dos, "dmon"), "date")
    return [lb]


def ocr_noise():
    k = R.randint(0, 5)
    if k == 5:
        out = []
        for l in ["Traceback (most recent call last):",
                  f'  File "/opt/eob_ocr/eob_ocr/extract.py", line {R.randint(100, 400)}, in parse_amounts',
                  "    amt = float(cell.text.replace('$', '').replace(',', ''))",
                  f"ValueError: could not convert string to float: '{R.choice(['S1O.00', '1,2O4.5O', '--'])}'"]:
            lb = LB("eob_ocr")
            lb.t(l)
            out.append(lb)
        return out
    lb = LB("eob_ocr")
    if k == 0:
        lb.t(f"{ts_py()} INFO eob_ocr.pipeline: batch=PAPER-EOB-0311 file=scan_{R.randint(1, 999):06d}.tif page={R.randint(1, 4)}/4 engine=tesseract-5.3.3 dpi=300 deskew={R.uniform(-2, 2):.1f}deg")
    elif k == 1:
        lb.t(f"{ts_py()} INFO eob_ocr.pipeline: batch=PAPER-EOB-0311 done pages={R.randint(20, 300)} eobs={R.randint(10, 100)} auto_posted={R.randint(5, 80)} manual={R.randint(0, 20)} mean_conf={R.uniform(0.7, 0.95):.3f} elapsed={R.randint(30, 900)}s")
    elif k == 2:
        lb.t(f"{ts_py()} WARNING eob_ocr.layout: template '{R.choice(['aetna_v3', 'uhc_2022', 'humana_eob_b', 'medicare_mrn_2019'])}' fallback; table detected with {R.randint(3, 12)} cols (expected 9)")
    elif k == 3:
        lb.t(f"{ts_py()} DEBUG eob_ocr.storage: uploaded s3://mpm-eob-scans/2024/03/11/scan_{R.randint(1, 999):06d}.tif sha256={hexs(64)} size={R.randint(200000, 4000000)}")
    else:
        lb.t(f"{ts_py()} INFO eob_ocr.extract: payer detected '{R.choice(PAYERS)[1]}' (logo match {R.uniform(0.8, 0.99):.2f}), check #{digits(8)} amount ${R.randint(100, 9000)}.{digits(2)}")
    return [lb]


# --------------------------------------------------------------------------
# family: OpenAS2
# --------------------------------------------------------------------------
def as2_ts():
    return f"{ts_java()}"


def as2_msgid():
    return f"<OPENAS2-{C.now:%d%m%Y%H%M%S}-0400-{R.randint(1000, 9999)}@MPMCORP_AVAILITY>"


def as2_noise():
    lb = LB("as2")
    k = R.randint(0, 6)
    if k == 0:
        lb.t(f"{as2_ts()} INFO  [AS2SenderModule] message sent {as2_msgid()} file=837P_MPM_20240311_{R.randint(1, 20):02d}.x12 size={R.randint(4000, 900000)} sign=SHA256 encrypt=AES256_CBC")
    elif k == 1:
        lb.t(f"{as2_ts()} INFO  [MDNReceiver] MDN received for {as2_msgid()} disposition=automatic-action/MDN-sent-automatically; processed MIC={base64.b64encode(bytes(R.randint(0, 255) for _ in range(32))).decode()}, sha-256 ok")
    elif k == 2:
        lb.t(f"{as2_ts()} WARN  [CertificateFactory] certificate alias 'availity_2023' expires in {R.randint(3, 40)} days (notAfter=2024-04-{R.randint(1, 28):02d}T23:59:59Z)")
    elif k == 3:
        lb.t(f"{as2_ts()} ERROR [AS2SenderModule] HTTP 503 from https://as2.availity.com/as2 (partnership MPMCORP-AVAILITY), retry {R.randint(1, 5)} in 300s")
    elif k == 4:
        lb.t(f"{as2_ts()} INFO  [DirectoryPollingModule] polling /opt/openas2/data/toAvaility: {R.randint(0, 5)} file(s) found")
    elif k == 5:
        lb.t(f"{as2_ts()} INFO  [AS2ReceiverHandler] received {as2_msgid()} from CHANGEHC file=835_{R.choice(PAYERS)[2]}_{R.randint(1000000, 9999999)}.edi size={R.randint(3000, 300000)} -> /opt/openas2/data/inbox")
    else:
        lb.t(f"{as2_ts()} DEBUG [HTTPUtil] connection from {R.choice(['199.231.', '204.61.'])}{R.randint(0, 255)}.{R.randint(1, 254)}:{R.randint(30000, 65000)} TLSv1.3 TLS_AES_256_GCM_SHA384")
    return [lb]


def as2_phi():
    p = pick()
    lb = LB("as2")
    last, first = x12n(p.last).replace(" ", "").replace("'", ""), x12n(p.first)
    k = R.randint(0, 1)
    if k == 0:
        lb.t(f"{as2_ts()} INFO  [AS2SenderModule] message sent {as2_msgid()} file=275_attach_").p(last, "name").t("_").p(first, "name").t("_DOS").p(fd(p.dos, "x12"), "date").t(f".pdf size={R.randint(40000, 900000)} partnership=MPMCORP-{R.choice(['AETNA', 'HUMANA'])}")
    else:
        lb.t(f"{as2_ts()} ERROR [DirectoryPollingModule] rejected file /opt/openas2/data/toAvaility/records_request_").p(p.acct, "account").t("_").p(last, "name").t(".pdf: no partnership for extension .pdf")
    return [lb]


# --------------------------------------------------------------------------
# family: statement vendor XML
# --------------------------------------------------------------------------
def stmt_phi():
    p = pick()
    lb = LB("stmt_xml")
    bal = f"{R.randint(20, 2000)}.{digits(2)}"
    tok = "".join(R.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(8))
    lb.t(f'<Stmt id="S-2024-{R.randint(10000, 99999):07d}" cycle="C03"><Guarantor acct="').p(p.acct, "account")
    lb.t('"><Name>').p(x12n(p.full()) if R.random() < 0.5 else p.full(), "name").t("</Name><Addr1>").p(p.street, "address").t("</Addr1>")
    if p.unit:
        lb.t("<Addr2>").p(p.unit, "address").t("</Addr2>")
    lb.t("<City>").p(p.city, "address").t(f"</City><St>{p.state}</St><Zip>").p(f"{p.zip5}-{p.zip4}", "zip").t("</Zip></Guarantor>")
    lb.t(f'<Balance due="{bal}" dueDate="2024-04-05"/><Svc dos="').p(fd(p.dos, "iso"), "date").t(f'" cpt="{cpt()[0]}" ins="{p.payer[1]}"/><PayUrl>').p(f"https://pay.midwestpp.example/s/{tok}", "url").t("</PayUrl></Stmt>")
    return [lb]


def stmt_noise():
    lb = LB("stmt_xml")
    k = R.randint(0, 2)
    if k == 0:
        lb.t(f'<BatchSummary cycle="C03" vendor="PrintCorp" count="{R.randint(2000, 6000)}" pages="{R.randint(3000, 9000)}" suppressed="{R.randint(0, 90)}" ncoa="{R.randint(0, 40)}" generated="2024-03-11T{C.tick():%H:%M:%S}-04:00"/>')
    elif k == 1:
        lb.t(f'<Remit><Name>Midwest Physician Partners</Name><Addr1>PO Box {R.randint(1000, 9999)}</Addr1><City>Columbus</City><St>OH</St><Zip>43216-{R.randint(1000, 9999)}</Zip><Phone>1-800-555-0177</Phone></Remit>')
    else:
        lb.t(f'<Error code="ADDR-{R.randint(100, 199)}" batch="C03-{C.now:%Y%m%d}" seq="{R.randint(1, 6000)}">NCOA move-update returned no match; statement suppressed</Error>')
    return [lb]


# --------------------------------------------------------------------------
# assembly
# --------------------------------------------------------------------------
PHI_GENS = [(7, scrub_phi), (3, x837_block), (2, x835_block), (6, uipath_phi), (2, denial_block),
            (8, laravel_phi), (4, nginx_phi), (6, terminal_phi), (2, coll_block), (3, coll_misc),
            (10, callnotes_phi), (6, ocr_phi), (2, as2_phi), (4, stmt_phi)]
NOISE_GENS = [(8, scrub_noise), (4, x835_noise), (6, uipath_noise), (8, laravel_noise), (6, nginx_noise),
              (6, terminal_noise), (3, coll_noise), (5, callnotes_noise), (6, ocr_noise), (7, as2_noise),
              (3, stmt_noise)]


def wpick(gens):
    tot = sum(w for w, _ in gens)
    x = R.uniform(0, tot)
    for w, g in gens:
        x -= w
        if x <= 0:
            return g
    return gens[-1][1]


CAPS = {"x837_block": 2, "x835_block": 2, "denial_block": 3, "coll_block": 3}


def main():
    used = {}
    lines = []
    while len(lines) < TARGET_LINES:
        nophi = sum(1 for l in lines if not l.spans)
        frac = nophi / len(lines) if lines else 1.0
        gens = NOISE_GENS if frac < TARGET_NOPHI else PHI_GENS
        g = wpick(gens)
        while used.get(g.__name__, 0) >= CAPS.get(g.__name__, 10 ** 6):
            g = wpick(gens)
        used[g.__name__] = used.get(g.__name__, 0) + 1
        block = g()
        room = TARGET_LINES - len(lines)
        lines.extend(block[:room])
    texts = [l.check() for l in lines]
    assert len(texts) == TARGET_LINES
    with open(os.path.join(HERE, f"{ID}.log"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(texts))
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="") as f:
        for i, l in enumerate(lines, 1):
            f.write(json.dumps({"line": i, "family": l.fam,
                                "spans": [{"s": a, "e": e, "cat": c} for a, e, c, _ in l.spans]},
                               ensure_ascii=False) + "\n")
    # re-verify from disk
    raw = open(os.path.join(HERE, f"{ID}.log"), "rb").read().split(b"\n")
    labs = [json.loads(x) for x in open(os.path.join(HERE, f"{ID}.labels.jsonl"), encoding="utf-8")]
    assert len(raw) == len(labs) == TARGET_LINES
    for b, lab, l in zip(raw, labs, lines):
        for sp, (_, _, _, val) in zip(lab["spans"], l.spans):
            assert b[sp["s"]:sp["e"]].decode("utf-8") == val


if __name__ == "__main__":
    main()
