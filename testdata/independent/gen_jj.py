#!/usr/bin/env python3
"""Synthetic labeled log corpus "jj": an ambulatory surgery center (Northwest
Surgery Center, NWSC) and its anesthesia group (Cascade Anesthesia Partners, CAP).

Systems imitated: HST-like CSV schedule export, SIS-like XML case export, HL7 v2
SIU^S12 / ACK from the interface engine, pre-admission call notes (free text and
pipe export), Asterisk dialer, Node (pino) SMS notifier, Twilio-style status
callbacks, post-op next-day call notes, DeviceBridge anesthesia device feed
(JSON vitals) and AIMS event key=value lines, Java implant tracker, syslog tray
tracking (SPD), anesthesia billing PSV claim rows and X12 837P, .NET NLog
Windows services and Serilog CLEF, Windows Event Log export, Python ETL logs
and tracebacks, SQL Server ERRORLOG with trace-flag-1222 deadlock graphs, IIS
W3C logs of the pre-op portal, logfmt access audit, check-in kiosk JSON.

Everything is synthetic. Phones use 555-01xx, SSNs are random in the valid
ranges, cards pass Luhn, UDIs/VINs carry correct check digits.

Labeling decisions:
- Patients, their relatives, drivers/escorts, guarantors, subscribers and
  emergency contacts are labeled. Surgeons, anesthesiologists, CRNAs, nurses,
  techs, vendor reps, their usernames, pagers, NPIs and DEA numbers are not.
- Facility, group, payer and clearinghouse names/addresses/phones/emails/tax
  IDs are not labeled.
- Surgical case numbers (e.g. 24-018832) and visit/encounter numbers are
  other_id wherever they appear; patient portal usernames are other_id.
- Internal claim IDs, batch IDs, HL7 message control IDs, call/message SIDs,
  trace/span IDs and run IDs are not labeled (they identify transactions).
- Patient account numbers, PID-18, X12 CLM01 (patient control number) and
  full card numbers are account; card last-4 alone is not labeled.
- Member/subscriber IDs and Medicare MBIs are health_plan; group numbers and
  payer IDs are not.
- Dates labeled: birth dates, date of service/surgery, appointment and
  arrival dates/datetimes, scheduled start, anesthesia start/stop and in/out
  of room datetimes, recall surgery dates. Not labeled: log timestamps,
  device observation sample timestamps ("ts"/obs time), file/batch dates,
  implant/lot expiry dates, time-of-day alone (07:41), query date windows.
- HL7 XPN names (FAMILY^GIVEN^MIDDLE) are one name span; XAD street (with
  other designator) and city are address spans, zip is zip, state/country
  are not labeled. Same split for X12 N3/N4 and free-text addresses.
- HL7 XTN with use code FX is fax; other patient numbers are phone. Dialed
  digits in Asterisk lines are labeled without the outside-line prefix "9".
- Implant UDIs (whole GS1/HIBCC string) and implant or patient-owned device
  serials (pacemaker, CPAP) are device; lot/REF numbers alone are not.
  Anesthesia machines' and monitors' serials (facility equipment) are not.
- Patient's public IPs are ip; private 10.x addresses are not. Personalized
  pre-op questionnaire links (full URL or tokenized IIS path) are url.
- Python reprs of anesthesia start datetimes (datetime.datetime(2024, 10,
  11, 14, 19)) are labeled date on the argument list.
- Ages are labeled only when over 89. Kiosk face embeddings are biometric;
  kiosk base64 JPEG photos are photo; a scanned driver's licence number is
  license; an escort's car plate or VIN is vehicle.
"""
import datetime as dt
import json
import os
import random
import unicodedata

R = random.Random(20241016)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "jj"


class L:
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
        self.spans.append((self.n, self.n + b, cat, s))
        self.buf.append(s)
        self.n += b
        return self

    def text(self):
        return "".join(self.buf)


# ----------------------------------------------------------------- helpers
def ascii_up(s):
    s = s.replace("ı", "i").replace("ł", "l").replace("ø", "o").replace("ß", "ss")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().upper()


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:32]}"


def fmt_date(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "usn":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "us2":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "eu":
        return d.strftime("%d.%m.%Y")
    if style == "mon":
        return d.strftime("%b %d, %Y").replace(" 0", " ")
    if style == "dmy":
        return d.strftime("%d-%b-%Y").upper()
    if style == "md":
        return f"{d.month}/{d.day}"
    raise ValueError(style)


def fmt_phone(p, style):
    a, b, c = p[:3], p[3:6], p[6:]
    return {
        "paren": f"({a}) {b}-{c}",
        "dash": f"{a}-{b}-{c}",
        "dot": f"{a}.{b}.{c}",
        "plain": p,
        "e164": f"+1{p}",
        "intl": f"+1 {a} {b} {c}",
        "space": f"{a} {b} {c}",
        "one": f"1-{a}-{b}-{c}",
    }[style]


def luhn_card(prefix, length=16):
    digits = [int(x) for x in prefix]
    while len(digits) < length - 1:
        digits.append(R.randint(0, 9))
    tot = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 0:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        tot += dgt
    digits.append((10 - tot % 10) % 10)
    return "".join(map(str, digits))


def gtin14():
    body = "0" + "0888" + "".join(str(R.randint(0, 9)) for _ in range(8))
    body = body[:13]
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return body + str((10 - s % 10) % 10)


VIN_T = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6,
         "G": 7, "H": 8, "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2,
         "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(R.choice(["1HG", "JF2", "5YJ", "1FT", "2T3", "WVW"]) + "".join(R.choice(al) for _ in range(5))
             + "0" + R.choice("KLMNP") + R.choice(al) + "".join(str(R.randint(0, 9)) for _ in range(6)))
    s = sum(VIN_T[c] * w for c, w in zip(v, VIN_W)) % 11
    v[8] = "X" if s == 10 else str(s)
    return "".join(v)


def mbi():
    alpha = "ACDEFGHJKMNPQRTUVWXY"
    an = alpha + "0123456789"
    return (str(R.randint(1, 9)) + R.choice(alpha) + R.choice(an) + str(R.randint(0, 9)) + R.choice(alpha)
            + R.choice(an) + str(R.randint(0, 9)) + R.choice(alpha) + R.choice(alpha)
            + str(R.randint(0, 9)) + str(R.randint(0, 9)))


def ssn():
    while True:
        a = R.randint(1, 665)
        if a != 0 and a != 666:
            break
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def b64(n):
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(R.choice(al) for _ in range(n))


# ----------------------------------------------------------------- people
NAMES = [  # first, middle, last, sex
    ("Thi Lan", "", "Nguyễn", "F"), ("María José", "", "García-López", "F"),
    ("Pieter", "J", "van der Berg", "M"), ("Siobhan", "M", "O'Neill", "F"),
    ("Chidi", "", "Okonkwo", "M"), ("Fatima", "Z", "Al-Sayed", "F"),
    ("Jürgen", "", "Müller", "M"), ("Agnieszka", "K", "Kowalczyk", "F"),
    ("Hiroshi", "", "Tanaka", "M"), ("Luis", "A", "de la Cruz", "M"),
    ("Aroha", "", "Ngata", "F"), ("Priya", "S", "Raghunathan", "F"),
    ("DeShawn", "L", "Whitaker", "M"), ("Eleanor", "R", "Fitzgerald-Hughes", "F"),
    ("Mehmet", "", "Yılmaz", "M"), ("Olga", "V", "Ivanova", "F"),
    ("Kwame", "", "Mensah", "M"), ("Rosa", "I", "Delgado", "F"),
    ("Haruto", "", "Sato", "M"), ("Mary-Kate", "", "McAllister", "F"),
    ("Dmitri", "P", "Sokolov", "M"), ("Amara", "", "Diallo", "F"),
    ("Sun-Hee", "", "Park", "F"), ("Jean-Baptiste", "", "Lefèvre", "M"),
    ("Wei", "", "Zhang", "M"), ("Isabella", "C", "Rossi", "F"),
    ("Tomás", "", "Ó Briain", "M"), ("Noa", "", "Ben-David", "F"),
    ("Guadalupe", "E", "Ramírez", "F"), ("Harold", "W", "Becker", "M"),
    ("Gertrude", "A", "Vance", "F"), ("Ahmad", "", "Karimi", "M"),
    ("Lakshmi", "", "Iyer", "F"), ("Luis", "F", "Morales", "M"),
]
REL_NAMES = [("Ana Ruiz", "F"), ("Tomás Delgado", "M"), ("Linh Nguyen", "F"), ("Kofi Mensah", "M"), ("Beth Becker", "F"),
             ("Marco Rossi", "M"), ("Yuki Tanaka", "F"), ("Samira Al-Sayed", "F"), ("Greg O'Neill", "M"),
             ("Ines van der Berg", "F"), ("Oksana Ivanova", "F"), ("Ravi Raghunathan", "M"), ("Jolene Whitaker", "F"),
             ("Deirdre Fitzgerald", "F"), ("Emre Yılmaz", "M"), ("Aiyana Ngata", "F"), ("Paul Vance", "M"),
             ("Min-jun Park", "M"), ("Claire Lefèvre", "F"), ("Hana Ben-David", "F"), ("Bruno Müller", "M"),
             ("Jacek Kowalczyk", "M"), ("Fatou Diallo", "F"), ("Chen Zhang", "M"), ("Reza Karimi", "M"), ("Meera Iyer", "F")]
RELS = {"F": ["daughter", "wife", "sister", "neighbor", "friend", "partner", "niece"],
        "M": ["son", "husband", "brother", "neighbor", "friend", "partner", "nephew"]}
ES_REL = {"daughter": "la hija", "son": "el hijo", "wife": "la esposa", "husband": "el esposo", "sister": "la hermana",
          "brother": "el hermano", "neighbor": "el vecino", "friend": "el amigo", "partner": "la pareja",
          "niece": "la sobrina", "nephew": "el sobrino"}
CITIES = [("Portland", ["97206", "97213", "97219", "97229", "97202"]), ("Beaverton", ["97005", "97006"]),
          ("Lake Oswego", ["97034", "97035"]), ("Tigard", ["97223"]), ("Gresham", ["97030", "97080"]),
          ("Hillsboro", ["97124", "97123"]), ("Vancouver", ["98682", "98661"]), ("Milwaukie", ["97222"]),
          ("Happy Valley", ["97086"]), ("Oregon City", ["97045"]), ("West Linn", ["97068"]), ("Camas", ["98607"])]
STREETS = ["Division St", "Hawthorne Blvd", "Alberta St", "Canyon Rd", "Boones Ferry Rd", "Sandy Blvd",
           "Burnside St", "Murray Blvd", "Powell Blvd", "Fourth Plain Blvd", "Macadam Ave", "Stark St",
           "Killingsworth St", "Barbur Blvd", "Cornell Rd", "Sunnyside Rd", "Mill Plain Blvd", "Kings Rd"]
PAYERS = [("Regence BlueCross BlueShield of Oregon", "00851", "XQH"), ("Aetna", "60054", "W"),
          ("Moda Health", "93009", "M"), ("Providence Health Plan", "PHP01", "PH"),
          ("Medicare Part B (Noridian JF)", "02402", "MBI"), ("Oregon Health Plan (Medicaid)", "OHP01", "OHP"),
          ("Kaiser Permanente NW", "KPNW1", "KP"), ("UnitedHealthcare", "87726", "U")]
PROCS = [("47562", "LAP CHOLECYSTECTOMY", "00790", 7, "K80.20"),
         ("29827", "ARTHROSCOPIC ROTATOR CUFF REPAIR", "01630", 5, "M75.121"),
         ("29881", "KNEE ARTHROSCOPY W MENISCECTOMY", "01400", 4, "S83.241A"),
         ("45378", "COLONOSCOPY DIAGNOSTIC", "00811", 4, "Z12.11"),
         ("43239", "EGD WITH BIOPSY", "00731", 5, "K21.9"),
         ("66984", "CATARACT EXTRACTION W IOL", "00142", 4, "H25.11"),
         ("64721", "CARPAL TUNNEL RELEASE", "01810", 3, "G56.01"),
         ("49505", "INGUINAL HERNIA REPAIR", "00830", 4, "K40.90"),
         ("19120", "EXCISION BREAST LESION", "00400", 3, "N63.10"),
         ("30520", "SEPTOPLASTY", "00160", 5, "J34.2"),
         ("28296", "BUNIONECTOMY W OSTEOTOMY", "01480", 3, "M20.11"),
         ("52000", "CYSTOURETHROSCOPY", "00910", 3, "R31.9")]
SURGEONS = [("Okafor", "Emeka", "1457", "1184039275"), ("Feinstein", "Rachel", "1502", "1306892214"),
            ("Haddad", "Karim", "1533", "1558321047"), ("Brennan-Sato", "Julia", "1611", "1962774103")]
ANESTH = [("Cho", "Helen", "2104", "1487603925"), ("Patel-Moore", "Sanjay", "2117", "1023984471"),
          ("Abernathy", "Cole", "2130", "1750662198")]
CRNAS = [("Lindqvist", "Anna", "crna.alindqvist", "1669874302"), ("Bell", "Marcus", "crna.mbell", "1891447620"),
         ("Ruiz-Tan", "Carmen", "crna.cruiztan", "1245509873")]
NURSES = [("rn.mlopez", "M. Lopez RN"), ("kbrennan", "K. Brennan RN"), ("rn.tokafor", "T. Okafor RN"),
          ("rn.jwu", "J. Wu RN")]
ROOMS = ["OR1", "OR2", "OR3", "OR4", "PROC1"]

used_phones = {"0100", "0162", "0133", "0148", "0105", "0110"}


def new_phone():
    while True:
        c = f"01{R.randint(1, 99):02d}"
        num = R.choice(["503", "971", "360", "503"]) + "555" + c
        if c not in used_phones and num not in used_phones:
            used_phones.add(num)
            return num


EMAIL_DOM = ["gmail.com", "yahoo.com", "comcast.net", "outlook.com", "icloud.com", "hotmail.com", "proton.me"]
REF_DATE = dt.date(2024, 10, 16)


class Pt:
    pass


PTS = []
for i, (first, mid, last, sex) in enumerate(NAMES):
    p = Pt()
    p.first, p.mid, p.last, p.sex = first, mid, last, sex
    if last in ("Becker", "Vance", "Ó Briain"):
        p.dob = dt.date(R.randint(1928, 1934), R.randint(1, 12), R.randint(1, 28))
    else:
        p.dob = dt.date(R.randint(1941, 2004), R.randint(1, 12), R.randint(1, 28))
    p.age = REF_DATE.year - p.dob.year - ((REF_DATE.month, REF_DATE.day) < (p.dob.month, p.dob.day))
    p.mrn = f"00{R.randint(400000, 599999)}"
    p.case = f"24-0{R.randint(18700, 19400)}"
    p.visit = f"V{R.randint(1000000, 9999999)}"
    p.acct = f"2000{R.randint(10000, 99999)}"
    p.phone = new_phone()
    p.phone2 = new_phone()
    loc = ascii_up(first.split()[0].split("-")[0]).lower()
    p.email = R.choice([f"{loc}.{ascii_up(last).replace(' ', '').replace(chr(39), '').lower()}{R.randint(1, 99)}",
                        f"{loc[0]}{ascii_up(last).replace(' ', '').replace('-', '').replace(chr(39), '').lower()}",
                        f"{loc}{p.dob.year % 100:02d}"]) + "@" + R.choice(EMAIL_DOM)
    city, zips = R.choice(CITIES)
    p.city = city
    p.state = "WA" if city in ("Vancouver", "Camas") else "OR"
    p.zip = R.choice(zips) + (f"-{R.randint(1000, 9999)}" if R.random() < 0.25 else "")
    pre = R.choice(["SE ", "NE ", "NW ", "SW ", "N ", ""])
    p.street = f"{R.randint(100, 19999)} {pre}{R.choice(STREETS)}"
    p.unit = R.choice(["", "", "", f"Apt {R.randint(1, 40)}", f"Unit {R.choice('ABCD')}{R.randint(1, 9)}"])
    p.ssn = ssn()
    pay = R.choice([x for x in PAYERS if x[2] != "MBI"])
    if p.age >= 65 and R.random() < 0.7:
        pay = PAYERS[4]
    p.payer, p.payer_id, pref = pay
    if pref == "MBI":
        p.member = mbi()
    elif pref == "OHP":
        p.member = f"{R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{R.randint(10000, 99999)}{R.choice('ABCDEFGH')}"
    elif pref == "W":
        p.member = f"W{R.randint(100000000, 999999999)}"
    else:
        p.member = f"{pref}{R.randint(100000000, 999999999)}"
    p.group = f"{R.randint(10000, 99999)}-{R.randint(10, 99)}"
    p.proc = R.choice(PROCS)
    p.surgeon = R.choice(SURGEONS)
    p.anes = R.choice(ANESTH)
    p.crna = R.choice(CRNAS)
    p.room = R.choice(ROOMS)
    p.dos = dt.date(2024, 10, R.choice([14, 15, 16, 16, 17, 17, 18, 21, 22]))
    h = R.randint(7, 14)
    m = R.choice([0, 15, 30, 45])
    p.appt = dt.datetime(p.dos.year, p.dos.month, p.dos.day, h, m)
    p.anes_start = p.appt + dt.timedelta(minutes=R.randint(-12, 8))
    p.minutes = R.randint(22, 140)
    p.anes_end = p.anes_start + dt.timedelta(minutes=p.minutes)
    r, g = R.choice(REL_NAMES)
    p.rel_name, p.rel = r, R.choice(RELS[g])
    if p.rel == "neighbor" and g == "F":
        p.es_rel = "la vecina"
    elif p.rel == "friend" and g == "F":
        p.es_rel = "la amiga"
    else:
        p.es_rel = ES_REL[p.rel]
    p.rel_phone = new_phone()
    p.portal = R.choice([f"{loc}.{ascii_up(last).split()[-1].lower().replace(chr(39), '')}{p.dob.year % 100:02d}",
                         f"{loc[0]}{ascii_up(last).replace(' ', '').replace(chr(39), '').lower()}{R.randint(1, 999)}"])
    p.ip = f"{R.choice([24, 50, 67, 71, 73, 76, 97, 98, 174, 184])}.{R.randint(1, 254)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    p.token = b64(10).replace("+", "k").replace("/", "Q")
    if p.state == "WA":
        p.dl = R.choice([f"WDL{''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(9))}",
                         f"{(ascii_up(last).replace(' ', '').replace(chr(39), '') + '*****')[:5]}{ascii_up(first)[0]}{(p.mid or '*')[0]}{R.randint(100, 999)}{R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{R.randint(0, 9)}"])
    else:
        p.dl = str(R.randint(1000000, 9999999)) if R.random() < 0.7 else str(R.randint(100000000, 999999999))
    p.plate = R.choice([f"{R.randint(100, 999)} {R.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{R.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{R.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}",
                        f"{R.choice('ABCDEFGH')}{R.choice('ABCDEFGH')}{R.choice('ABCDEFGH')}{R.randint(1000, 9999)}"])
    p.ps = R.choice(["P1", "P2", "P2", "P3"])
    p.pacer = f"PJN{R.randint(100000, 999999)}H"
    p.cpap = f"2314{R.randint(1000000, 9999999)}"
    PTS.append(p)

_old = [i for i, p in enumerate(PTS) if p.age > 89]
_idx = [i for i in range(len(PTS)) if i not in _old]
R.shuffle(_idx)
_idx = [_old[0]] + _idx[:8] + [_old[1]] + _idx[8:20] + [_old[2]] + _idx[20:]
for j, i in enumerate(_idx):
    p = PTS[i]
    if j < 9:
        p.grp, p.dos = "past", dt.date(2024, 10, 11)
        h = R.randint(7, 14)
    elif j < 22:
        p.grp, p.dos = "today", dt.date(2024, 10, 14)
        h = R.randint(6, 12)
    else:
        p.grp, p.dos = "future", dt.date(2024, 10, R.choice([15, 15, 16, 16, 17, 18, 21, 22]))
        h = R.randint(7, 14)
    p.appt = dt.datetime(p.dos.year, p.dos.month, p.dos.day, h, R.choice([0, 15, 30, 45]))
    p.anes_start = p.appt + dt.timedelta(minutes=R.randint(-12, 8))
    p.anes_end = p.anes_start + dt.timedelta(minutes=p.minutes)


def nm(p, style):
    f, m, l = p.first, p.mid, p.last
    if style == "fl":
        return f"{f} {l}"
    if style == "lf":
        return f"{l}, {f}"
    if style == "LF":
        return f"{ascii_up(l)}, {ascii_up(f)}"
    if style == "LFc":
        return f"{ascii_up(l)},{ascii_up(f)}" + (f" {m}" if m else "")
    if style == "hl7":
        return f"{ascii_up(l)}^{ascii_up(f)}" + (f"^{m}" if m else "")
    if style == "init":
        return f"{f[0]}. {l}"
    if style == "lower":
        return f"{f} {l}".lower()
    if style == "FL":
        return f"{ascii_up(f)} {ascii_up(l)}"
    if style == "lfi":
        return f"{ascii_up(l)}, {ascii_up(f)[0]}" if not m else f"{ascii_up(l)}, {ascii_up(f)} {m}"
    if style == "title":
        return ("Mr. " if p.sex == "M" else "Ms. ") + l
    raise ValueError(style)


def pick(*grps):
    if not grps:
        return R.choice(PTS)
    return R.choice([p for p in PTS if p.grp in grps])


def pick_old(*grps):
    return R.choice([p for p in PTS if p.age > 89 and (not grps or p.grp in grps)])


# ----------------------------------------------------------------- clock
CLK = [dt.datetime(2024, 10, 14, 6, 24, 11, 118000)]


def tick(lo=1, hi=95):
    CLK[0] += dt.timedelta(seconds=R.randint(lo, hi), milliseconds=R.randint(0, 999))
    return CLK[0]


def ts_nlog(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + f"{t.microsecond // 100:04d}"


def ts_py(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + f"{t.microsecond // 1000:03d}"


def ts_sql(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + f"{t.microsecond // 10000:02d}"


def ts_utc(t, frac=3):
    u = t + dt.timedelta(hours=7)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + (f"{u.microsecond:06d}" + "0")[:frac] + "Z"


def ts_evt(t):
    h = t.hour % 12 or 12
    return f"{t.month}/{t.day}/{t.year} {h}:{t.minute:02d}:{t.second:02d} {'AM' if t.hour < 12 else 'PM'}"


def ts_sys(t):
    return t.strftime("%b ") + f"{t.day:2d}" + t.strftime(" %H:%M:%S")


def ts_local_iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}-07:00"


def hl7ts(t):
    return t.strftime("%Y%m%d%H%M%S")


# ----------------------------------------------------------------- families
# Each generator returns a list of L.

def g_nlog_noise():
    t = tick()
    lg, lvl, msg = R.choice([
        ("SurgiSync.HL7.MllpListener", "INFO", f"MLLP listener bound to 0.0.0.0:6661 (maxConnections=32, ackMode=ORIGINAL, encoding=UTF-8)"),
        ("SurgiSync.HL7.MllpListener", "INFO", f"Accepted connection from 10.20.4.{R.randint(10, 60)}:{R.randint(49152, 65000)}"),
        ("SurgiSync.HL7.Router", "INFO", f"Message HST{R.randint(10000000, 99999999)} (SIU^S12) routed to ANESBILL,AIMS in {R.randint(4, 60)} ms"),
        ("SurgiSync.HL7.Router", "DEBUG", f"Route table v{R.randint(30, 48)} loaded: 14 routes, 3 filters, 2 transforms"),
        ("SurgiSync.Service.Heartbeat", "INFO", f"Heartbeat ok: queue depth={R.randint(0, 4)} inflight={R.randint(0, 2)} uptime=3.{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d} ws={R.randint(180, 260)}MB"),
        ("SurgiSync.Import.HstFolderWatcher", "INFO", f"Polling \\\\nwsc-fs01\\exports\\hst\\daily for *.csv: {R.choice([0, 0, 0, 1])} new file(s)"),
        ("CAP.BillingExport.Agent", "INFO", f"SQL pool stats: active={R.randint(1, 6)} idle={R.randint(2, 9)} max=50 server=NWSC-SQL01\\PROD db=CAPBilling"),
        ("CAP.BillingExport.Agent", "WARN", f"Retrying SFTP upload to sftp.clearinghouse.example.com:22 (attempt {R.randint(2, 4)}/5) after 00:00:{R.randint(5, 30):02d}"),
        ("CAP.BillingExport.Agent", "INFO", f"Uploaded 837P_CAP_{t:%Y%m%d}_{R.randint(1, 4):02d}.txt ({R.randint(20, 90)} KB, sha256={hexs(16)}...)"),
        ("DeviceBridge.Collector.SerialPortReader", "INFO", f"COM{R.randint(3, 8)} (Draeger Perseus A500 SN ASRF-{R.randint(100, 999):04d}) link up 115200 8N1 proto=MEDIBUS"),
        ("DeviceBridge.Collector.SerialPortReader", "WARN", f"COM{R.randint(3, 8)} no data for 30s, reopening port (bed=OR{R.randint(1, 4)})"),
        ("PreAdmit.Dialer.Scheduler", "INFO", f"Worklist refreshed: {R.randint(8, 40)} calls due, {R.randint(0, 6)} callbacks, window 09:00-17:30"),
        ("SurgiSync.Config", "INFO", f"Configuration reloaded from C:\\ProgramData\\SurgiSync\\appsettings.json (sha1 {hexs(40)})"),
        ("SurgiSync.Security", "WARN", f"Certificate CN=nwsc-int01.nwsc.local thumbprint {hexs(40).upper()} expires 2025-03-02 (137 days)"),
        ("CAP.BillingExport.Agent", "ERROR", f"System.Data.SqlClient.SqlException (0x80131904): Execution Timeout Expired.  The timeout period elapsed prior to completion of the operation or the server is not responding. ClientConnectionId:{uuid4()}"),
        ("SurgiSync.Service.Host", "INFO", f"SurgiSync Interface Service 4.12.{R.randint(1, 9)}+build.{R.randint(8000, 8999)} starting on NWSC-INT01 (.NET Framework 4.8.9181.0)"),
    ])
    return [L("nlog_service").t(f"{ts_nlog(t)}|{lvl}|{lg}|{msg}")]


def g_nlog_phi():
    t = tick()
    k = R.randint(0, 7)
    p = pick("today") if k == 3 else (pick_old("future") if k == 4 and R.random() < 0.6 else pick("future"))
    l = L("nlog_service").t(f"{ts_nlog(t)}|")
    if k == 0:
        l.t("ERROR|SurgiSync.HL7.PatientMatcher|Patient match failed: PID ").p(nm(p, "hl7"), "name").t(" DOB ").p(fmt_date(p.dob, "hl7"), "date") \
            .t(" MRN ").p(p.mrn, "mrn").t(f" matched {R.randint(2, 3)} candidates; routed to review queue EMPI-REVIEW")
    elif k == 1:
        l.t("WARN|SurgiSync.HL7.Router|Duplicate SIU^S12 for case ").p(p.case, "other_id").t(" start ").p(p.appt.strftime("%Y-%m-%d %H:%M"), "date").t(" ignored (filler status BOOKED unchanged)")
    elif k == 2:
        l.t("INFO|PreAdmit.Dialer.Scheduler|Queued pre-admission call for ").p(nm(p, "LF"), "name").t(" at ").p(fmt_phone(p.phone, "paren"), "phone").t(f" slot={R.randint(9, 16)}:{R.choice(['00', '30'])} attempt=1")
    elif k == 3:
        card = luhn_card(R.choice(["4", "51", "4"]))
        l.t("ERROR|CAP.Payments.CopayProcessor|Authorization declined (code 05) for guarantor acct ").p(p.acct, "account").t(" card=").p(card, "account").t(" amount=$" + f"{R.choice([50, 75, 100, 250])}.00 gateway=CardConnect")
    elif k == 4:
        l.t("WARN|SurgiSync.HL7.Validator|PID-7 DOB ").p(fmt_date(p.dob, "hl7"), "date").t(" implies age ").t(str(p.age) if p.age <= 89 else "")
        if p.age > 89:
            l.p(str(p.age), "age")
        l.t(" for MRN ").p(p.mrn, "mrn").t("; flagged GERIATRIC_PREOP" if p.age >= 80 else "; no flag")
    elif k == 5:
        l.t("INFO|CAP.BillingExport.Agent|Eligibility 270/271 ok for subscriber ").p(p.member, "health_plan").t(f" payer={p.payer_id} status=1 (Active) plan='{p.payer}' copay=$0.00")
    elif k == 6:
        l.t("INFO|SurgiSync.HL7.AdtHandler|A08 demographics update MRN ").p(p.mrn, "mrn").t(": PID-11 changed to '").p(ascii_up(p.street), "address")
        if p.unit:
            l.t(" ").p(ascii_up(p.unit), "address")
        l.t("^").p(ascii_up(p.city), "address").t(f"^{p.state}^").p(p.zip, "zip").t("', PID-13 changed to '").p(fmt_phone(p.phone, "paren"), "phone").t("'")
    else:
        l.t("WARN|SurgiSync.Empi.Matcher|Possible duplicate: SSN ").p(p.ssn, "ssn").t(" on incoming ").p(nm(p, "hl7"), "name").t(" already linked to MRN ").p(p.mrn, "mrn").t(f" (score {R.uniform(0.80, 0.97):.2f}, threshold 0.90)")
    return [l]


def g_winevt_noise():
    t = tick()
    lvl, src, eid, cat, msg = R.choice([
        ("Information", "Service Control Manager", "7036", "None", "The SurgiSync HL7 Listener service entered the running state."),
        ("Information", "Service Control Manager", "7036", "None", "The DeviceBridge Collector service entered the stopped state."),
        ("Error", "Service Control Manager", "7031", "None", "The CAP Billing Export Agent service terminated unexpectedly.  It has done this 1 time(s).  The following corrective action will be taken in 60000 milliseconds: Restart the service."),
        ("Error", ".NET Runtime", "1026", "None", "Application: CAP.BillingExport.Agent.exe Framework Version: v4.0.30319 Description: The process was terminated due to an unhandled exception. Exception Info: System.InvalidOperationException at CAP.BillingExport.ClaimBuilder.Build(System.Data.DataRow)"),
        ("Warning", "MSSQLSERVER", "833", "Server", "SQL Server has encountered 2 occurrence(s) of I/O requests taking longer than 15 seconds to complete on file [E:\\MSSQL\\Data\\SurgiCenter.mdf] in database id 7."),
        ("Audit Success", "Microsoft-Windows-Security-Auditing", "4624", "Logon", "An account was successfully logged on. Subject: Security ID: SYSTEM Account Name: NWSC-INT01$ Logon Type: 5 New Logon: Account Name: svc_surgisync Account Domain: NWSC"),
        ("Information", "Microsoft-Windows-RestartManager", "10000", "None", f"Starting session {R.randint(0, 3)} - {t.strftime('%Y-%m-%dT%H:%M:%S')}.{R.randint(1000000, 9999999)}Z."),
        ("Warning", "DeviceBridge", "3002", "Collector", f"Gateway devbridge-0{R.randint(1, 2)} clock skew {R.randint(600, 2400)} ms vs ntp nwsc-dc01.nwsc.local"),
        ("Information", "MsiInstaller", "1033", "None", f"Windows Installer installed the product. Product Name: DeviceBridge Collector. Product Version: 2.7.{R.randint(10, 30)}. Product Language: 1033. Manufacturer: NWSC IT. Installation success or error status: 0."),
    ])
    return [L("win_eventlog").t(f"{lvl}\t{ts_evt(t)}\t{src}\t{eid}\t{cat}\t{msg}")]


def g_winevt_phi():
    t = tick()
    p = pick("past")
    l = L("win_eventlog").t(f"Error\t{ts_evt(t)}\tCAP Billing Export Agent\t1000\tNone\t")
    if R.random() < 0.5:
        l.t("Claim build failed for account ").p(p.acct, "account").t(": subscriber DOB missing for ").p(nm(p, "LF"), "name").t(" (member ").p(p.member, "health_plan").t(")")
    else:
        l.t("Unhandled exception processing case ").p(p.case, "other_id").t(": System.FormatException: String '").p(fmt_date(p.anes_end, "us") + p.anes_end.strftime(" %H%M"), "date").t("' was not recognized as a valid DateTime.")
    return [l]


def g_py_noise():
    t = tick()
    run = uuid4()
    lg, lvl, msg = R.choice([
        ("anes_etl.main", "INFO", f"Starting run run_id={run} source=NWSC-SQL01\\PROD target=CAPBilling mode=incremental"),
        ("anes_etl.extract", "INFO", f"Extracted {R.randint(200, 600)} rows from dbo.AnesRecord where CaseDate >= '2024-10-{R.randint(10, 16)}' in {R.uniform(0.8, 4):.2f}s"),
        ("anes_etl.units", "INFO", f"Computed time units for {R.randint(20, 60)} cases (unit_minutes=15, rounding=0.1, base_table=ASA_RVG_2024)"),
        ("anes_etl.load", "INFO", f"Loaded {R.randint(20, 60)} rows into stg.AnesClaims (chunksize=500, fast_executemany=True) in {R.uniform(0.2, 2):.2f}s"),
        ("anes_etl.main", "INFO", f"Run finished status=success rows_in={R.randint(200, 600)} rows_out={R.randint(20, 60)} rejected={R.randint(0, 3)} elapsed=00:00:{R.randint(3, 59):02d}.{R.randint(100, 999)}"),
        ("anes_etl.db", "WARNING", f"pyodbc connect retry 1/3: ('08S01', '[08S01] [Microsoft][ODBC Driver 17 for SQL Server]Communication link failure (0) (SQLDriverConnect)')"),
        ("anes_etl.config", "INFO", f"Using config /opt/etl/conf/anes_etl.yaml (version 3.8.{R.randint(0, 4)}, git {hexs(7)})"),
        ("hst_import.reader", "INFO", f"Parsed hst_daily_{t:%Y%m%d}.csv: {R.randint(20, 45)} rows, 18 columns, encoding=cp1252, delimiter=','"),
        ("postop_calls.sync", "INFO", f"Pulled {R.randint(5, 30)} call outcomes from PostOpCall API page=1/1 in {R.randint(120, 900)} ms"),
        ("postop_calls.sync", "DEBUG", f"GET https://api.postopcall.example.com/v2/outcomes?since={(t + dt.timedelta(hours=7)):%Y-%m-%dT%H:%M:%SZ}&page_size=100 -> 200 ({R.randint(2, 40)} KB)"),
        ("anes_etl.units", "WARNING", f"ASA base unit table missing code 0{R.randint(1000, 1999)}; defaulting to crosswalk value"),
        ("anes_etl.extract", "DEBUG", f"SQL: SELECT CaseNo, AnesStart, AnesStop, AsaCode, PhysStatus FROM dbo.AnesRecord WITH (NOLOCK) WHERE BillStatus = 'READY' -- {R.randint(20, 60)} rows"),
    ])
    return [L("py_etl").t(f"{ts_py(t)} {lvl:<8} {lg}: {msg}")]


def g_py_phi():
    t = tick()
    k = R.randint(0, 6)
    p = pick("past") if k in (0, 2, 4) else pick("future")
    l = L("py_etl").t(f"{ts_py(t)} ")
    if k == 0:
        l.t("WARNING  anes_etl.units: Rejected case ").p(p.case, "other_id").t(f": anes_stop ({p.anes_start:%H:%M}) before anes_start ({p.anes_end:%H:%M}); patient ").p(nm(p, "LF"), "name").t(" mrn=").p(p.mrn, "mrn")
    elif k == 1:
        l.t("ERROR    anes_etl.eligibility: Eligibility mismatch for member ").p(p.member, "health_plan").t(" (dob ").p(fmt_date(p.dob, "iso"), "date").t(f"): payer {p.payer_id} returned INACTIVE as of 2024-09-30")
    elif k == 2:
        l.t("INFO     postop_calls.sync: outcome case=").p(p.case, "other_id").t(f" reached=Y spoke_with='{p.rel} (").p(p.rel_name, "name").t(")' callback=").p(fmt_phone(p.rel_phone, "dot"), "phone")
    elif k == 3:
        l.t(f"WARNING  hst_import.reader: row {R.randint(2, 40)}: DOB ").p(fmt_date(p.dob, "us"), "date").t(" and Sex for ").p(nm(p, "lf"), "name").t(" differ from EMPI (MRN ").p(p.mrn, "mrn").t("); keeping HST values")
    elif k == 4:
        l.t("INFO     anes_etl.load: claim row acct=").p(p.acct, "account").t(" dos=").p(fmt_date(p.dos, "iso"), "date").t(f" asa={p.proc[2]} units={round(p.proc[3] + p.minutes / 15, 1)}")
    elif k == 5:
        l.t("WARNING  hst_import.address: USPS verify failed (DPV N) for MRN ").p(p.mrn, "mrn").t(": '").p(p.street + (" " + p.unit if p.unit else ""), "address").t(", ").p(p.city, "address").t(f", {p.state} ").p(p.zip, "zip").t("' -> kept as entered")
    else:
        l.t("INFO     hst_import.empi: linked ").p(nm(p, "LFc"), "name").t(" ssn=").p(p.ssn, "ssn").t(" dob=").p(fmt_date(p.dob, "hl7"), "date").t(" -> mrn ").p(p.mrn, "mrn").t(" (exact match)")
    return [l]


def g_py_traceback():
    t = tick()
    p = pick("past")
    out = []
    out.append(L("py_etl").t(f"{ts_py(t)} ERROR    anes_etl.main: Unhandled exception in run {uuid4()}"))
    out.append(L("py_traceback").t("Traceback (most recent call last):"))
    if R.random() < 0.5:
        out.append(L("py_traceback").t('  File "/opt/etl/anes_etl/main.py", line 88, in run'))
        out.append(L("py_traceback").t("    rows = transform.compute_units(batch)"))
        out.append(L("py_traceback").t('  File "/opt/etl/anes_etl/transform.py", line 214, in compute_units'))
        out.append(L("py_traceback").t("    minutes = (rec['anes_stop'] - rec['anes_start']).total_seconds() / 60"))
        out.append(L("py_traceback").t("KeyError: 'anes_stop'"))
    else:
        out.append(L("py_traceback").t('  File "/opt/etl/anes_etl/main.py", line 94, in run'))
        out.append(L("py_traceback").t("    load.upsert(conn, rows)"))
        out.append(L("py_traceback").t('  File "/opt/etl/anes_etl/load.py", line 61, in upsert'))
        out.append(L("py_traceback").t("    cur.executemany(SQL_UPSERT, params)"))
        out.append(L("py_traceback").t("pyodbc.Error: ('40001', '[40001] [Microsoft][ODBC Driver 17 for SQL Server][SQL Server]Transaction (Process ID 57) was deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction. (1205) (SQLExecDirectW)')"))
    if R.random() < 0.6:
        l = L("py_etl").t(f"{ts_py(tick(0, 1))} ERROR    anes_etl.main: last record: {{'case_no': '").p(p.case, "other_id").t("', 'mrn': '").p(p.mrn, "mrn") \
            .t("', 'anes_start': datetime.datetime(").p(f"{p.anes_start.year}, {p.anes_start.month}, {p.anes_start.day}, {p.anes_start.hour}, {p.anes_start.minute}", "date").t(f"), 'asa_code': '{p.proc[2]}'}}")
        out.append(l)
    return out


def g_sql_noise():
    t = tick()
    sp, msg = R.choice([
        ("Server", "Microsoft SQL Server 2019 (RTM-CU25-GDR) (KB5036335) - 15.0.4355.3 (X64)"),
        (f"spid{R.randint(20, 40)}s", f"This instance of SQL Server has been using a process ID of 4120 since 10/2/2024 3:14:22 AM (local) 10/2/2024 10:14:22 AM (UTC). This is an informational message only; no user action is required."),
        ("Logon", f"Login succeeded for user 'NWSC\\svc_etl'. Connection made using Windows authentication. [CLIENT: 10.20.4.31]"),
        ("Logon", "Error: 18456, Severity: 14, State: 8."),
        ("Logon", f"Login failed for user 'capbill_ro'. Reason: Password did not match that for the login provided. [CLIENT: 10.20.4.{R.randint(60, 90)}]"),
        ("Backup", f"Log was backed up. Database: SurgiCenter, creation date(time): 2019/06/11(09:42:17), first LSN: 188211:{R.randint(4000, 4500)}:1, last LSN: 188211:{R.randint(4501, 4900)}:1, number of dump devices: 1, device information: (FILE=1, TYPE=DISK: {{'\\\\nwsc-bk01\\sql\\SurgiCenter_LOG_{t:%Y%m%d_%H%M}.trn'}}). This is an informational message only. No user action is required."),
        (f"spid{R.randint(50, 99)}", "Error: 1205, Severity: 13, State: 51."),
        (f"spid{R.randint(50, 99)}", f"Transaction (Process ID {R.randint(50, 99)}) was deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction."),
        (f"spid{R.randint(50, 99)}", f"CHECKDB for database 'CAPBilling' finished without errors on 2024-10-13 01:00:04.117 (local time). This is an informational message only; no user action is required."),
        (f"spid{R.randint(5, 12)}s", f"SQL Server has encountered {R.randint(1, 4)} occurrence(s) of I/O requests taking longer than 15 seconds to complete on file [E:\\MSSQL\\Data\\SurgiCenter.mdf] in database [SurgiCenter] (7).  The OS file handle is 0x0000000000000B2C.  The offset of the latest long I/O is: 0x00000{hexs(7)}.  The duration of the long I/O is: {R.randint(15000, 30000)} ms."),
        (f"spid{R.randint(50, 99)}", "Setting database option RECOVERY to FULL for database 'CAPBilling_Staging'."),
        (f"spid{R.randint(50, 99)}", "DBCC TRACEON 1222, server process ID (SPID) 58. This is an informational message only; no user action is required."),
    ])
    return [L("mssql_errorlog").t(f"{ts_sql(t)} {sp:<11} {msg}")]


def g_sql_phi():
    t = tick()
    p = pick()
    sp = f"spid{R.randint(50, 99)}"
    k = R.randint(0, 2)
    out = []
    if k == 0:
        out.append(L("mssql_errorlog").t(f"{ts_sql(t)} {sp:<11} Error: 2627, Severity: 14, State: 1."))
        out.append(L("mssql_errorlog").t(f"{ts_sql(t)} {sp:<11} Violation of PRIMARY KEY constraint 'PK_AnesClaim'. Cannot insert duplicate key in object 'dbo.AnesClaim'. The duplicate key value is (").p(p.acct, "account").t(", 1)."))
    elif k == 1:
        out.append(L("mssql_errorlog").t(f"{ts_sql(t)} {sp:<11} Error: 2628, Severity: 16, State: 1."))
        tv = (ascii_up(p.last) if R.random() < 0.5 else p.last) + "-" + R.choice(["Anderson", "Whitfield", "Montgomery"])
        out.append(L("mssql_errorlog").t(f"{ts_sql(t)} {sp:<11} String or binary data would be truncated in table 'SurgiCenter.dbo.Patient', column 'LastName'. Truncated value: '").p(tv[:24], "name").t("'."))
    else:
        out.append(L("mssql_errorlog").t(f"{ts_sql(t)} {sp:<11} Error: 547, Severity: 16, State: 0."))
        out.append(L("mssql_errorlog").t(f"{ts_sql(t)} {sp:<11} The INSERT statement conflicted with the FOREIGN KEY constraint \"FK_CaseSchedule_Patient\". The conflict occurred in database \"SurgiCenter\", table \"dbo.Patient\", column 'MRN'. (MRN=").p(p.mrn, "mrn").t(")"))
    return out


DL_COUNT = [0]


def g_deadlock():
    DL_COUNT[0] += 1
    if DL_COUNT[0] > 3:
        return g_sql_noise()
    t = tick()
    pre = f"{ts_sql(t)} spid{R.randint(15, 30)}s     "
    v1 = f"process{hexs(9)}"
    v2 = f"process{hexs(9)}"
    hobt = f"7205759404{R.randint(1000000, 9999999)}"
    p = pick()
    adhoc = DL_COUNT[0] % 2 == 1
    F = "mssql_deadlock"
    out = [L(F).t(pre + "deadlock-list"), L(F).t(pre + f" deadlock victim={v1}"), L(F).t(pre + "  process-list")]
    out.append(L(F).t(pre + f"   process id={v1} taskpriority=0 logused=0 waitresource=KEY: 7:{hobt} ({hexs(12)}) waittime={R.randint(1000, 5000)} ownerId={R.randint(80000000, 99999999)} transactionname=user_transaction lasttranstarted={t:%Y-%m-%dT%H:%M:%S}.103 XDES=0x{hexs(10)} lockMode=U schedulerid=3 kpid={R.randint(2000, 9000)} status=suspended spid=57 sbid=0 ecid=0 priority=0 trancount=2 clientapp=python-pyodbc hostname=NWSC-ETL01 hostpid=4412 loginname=NWSC\\svc_etl isolationlevel=read committed (2) xactid={R.randint(80000000, 99999999)} currentdb=7 currentdbname=SurgiCenter lockTimeout=4294967295"))
    out.append(L(F).t(pre + "    executionStack"))
    out.append(L(F).t(pre + f"     frame procname=adhoc line=1 stmtstart=58 stmtend=412 sqlhandle=0x02000000{hexs(40)}0000000000000000000000000000000000000000"))
    out.append(L(F).t(pre + "UPDATE dbo.AnesRecord SET BillStatus = @P1 WHERE CaseNo = @P2"))
    out.append(L(F).t(pre + "    inputbuf"))
    out.append(L(F).t(pre + "(@P1 nvarchar(16),@P2 nvarchar(12))UPDATE dbo.AnesRecord SET BillStatus = @P1 WHERE CaseNo = @P2"))
    if adhoc:
        out.append(L(F).t(pre + f"   process id={v2} taskpriority=0 logused=1320 waitresource=KEY: 7:{hobt} ({hexs(12)}) waittime={R.randint(1000, 5000)} lockMode=S status=suspended spid={R.randint(60, 99)} clientapp=Microsoft SQL Server Management Studio - Query hostname=CAP-BILL-WS07 loginname=NWSC\\jhartley isolationlevel=repeatable read (3) currentdbname=SurgiCenter"))
        out.append(L(F).t(pre + "    inputbuf"))
        l = L(F).t(pre + "SELECT a.*, p.* FROM dbo.AnesRecord a JOIN dbo.Patient p ON p.MRN = a.MRN WHERE p.LastName = '").p(ascii_up(p.last) if R.random() < 0.4 else p.last, "name") \
            .t("' AND p.DOB = '").p(fmt_date(p.dob, "iso"), "date").t("'")
        out.append(l)
    else:
        out.append(L(F).t(pre + f"   process id={v2} taskpriority=0 logused=2240 waitresource=KEY: 7:{hobt} ({hexs(12)}) waittime={R.randint(1000, 5000)} lockMode=X status=suspended spid={R.randint(60, 99)} clientapp=SurgiSync hostname=NWSC-INT01 loginname=NWSC\\svc_surgisync isolationlevel=read committed (2) currentdbname=SurgiCenter"))
        out.append(L(F).t(pre + "     frame procname=SurgiCenter.dbo.usp_Case_UpdateStatus line=22 stmtstart=1204 stmtend=1530 sqlhandle=0x03000700" + hexs(32)))
        out.append(L(F).t(pre + "UPDATE dbo.CaseSchedule SET Status = @Status, ArrivedAt = SYSDATETIME() WHERE CaseNo = @CaseNo"))
        out.append(L(F).t(pre + "    inputbuf"))
        out.append(L(F).t(pre + "Proc [Database Id = 7 Object Id = 1154103152]"))
    out.append(L(F).t(pre + "  resource-list"))
    out.append(L(F).t(pre + f"   keylock hobtid={hobt} dbid=7 objectname=SurgiCenter.dbo.AnesRecord indexname=PK_AnesRecord id=lock{hexs(10)} mode=X associatedObjectId={hobt}"))
    out.append(L(F).t(pre + "    owner-list"))
    out.append(L(F).t(pre + f"     owner id={v2} mode=X"))
    out.append(L(F).t(pre + "    waiter-list"))
    out.append(L(F).t(pre + f"     waiter id={v1} mode=U requestType=wait"))
    return out


def g_iis_header():
    t = tick()
    return [L("iis_w3c").t("#Software: Microsoft Internet Information Services 10.0"), L("iis_w3c").t("#Version: 1.0"),
            L("iis_w3c").t(f"#Date: {(t + dt.timedelta(hours=7)):%Y-%m-%d} 00:00:00"),
            L("iis_w3c").t("#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken")]


UAS = ["Mozilla/5.0+(iPhone;+CPU+iPhone+OS+17_6+like+Mac+OS+X)+AppleWebKit/605.1.15+(KHTML,+like+Gecko)+Version/17.6+Mobile/15E148+Safari/604.1",
       "Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/129.0.0.0+Safari/537.36",
       "Mozilla/5.0+(Linux;+Android+14;+SM-S918U)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/129.0.6668.81+Mobile+Safari/537.36",
       "Mozilla/5.0+(Macintosh;+Intel+Mac+OS+X+10_15_7)+AppleWebKit/605.1.15+(KHTML,+like+Gecko)+Version/18.0+Safari/605.1.15"]


def g_iis_noise():
    t = tick() + dt.timedelta(hours=7)
    k = R.randint(0, 3)
    if k == 0:
        s = f"{t:%Y-%m-%d %H:%M:%S} 10.20.1.15 GET /health - 443 - 10.20.0.{R.randint(2, 9)} ELB-HealthChecker/2.0 - 200 0 0 {R.randint(1, 6)}"
    elif k == 1:
        s = f"{t:%Y-%m-%d %H:%M:%S} 10.20.1.15 GET /preop/static/js/app.{hexs(8)}.js - 443 - 10.20.0.{R.randint(2, 9)} {R.choice(UAS)} - 304 0 0 {R.randint(1, 12)}"
    elif k == 2:
        s = f"{t:%Y-%m-%d %H:%M:%S} 10.20.1.15 POST /preop/api/telemetry - 443 - 10.20.0.{R.randint(2, 9)} okhttp/4.12.0 - 204 0 0 {R.randint(3, 30)}"
    else:
        s = f"{t:%Y-%m-%d %H:%M:%S} 10.20.1.15 GET /wp-login.php - 443 - 185.{R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(1, 254)} Mozilla/5.0+zgrab/0.x - 404 0 2 {R.randint(1, 5)}"
    return [L("iis_w3c").t(s)]


def g_iis_phi():
    t = tick() + dt.timedelta(hours=7)
    p = pick("future", "today")
    l = L("iis_w3c").t(f"{t:%Y-%m-%d %H:%M:%S} 10.20.1.15 ")
    k = R.randint(0, 2)
    if k == 0:
        l.t("GET ").p(f"/preop/q/{p.token}", "url").t(" - 443 - ").p(p.ip, "ip").t(f" {R.choice(UAS)} - 200 0 0 {R.randint(40, 300)}")
    elif k == 1:
        l.t("POST /preop/api/questionnaire/submit - 443 ").p(p.portal, "other_id").t(" ").p(p.ip, "ip").t(f" {R.choice(UAS)} https://nwsc.example-portal.com/preop/q/ 200 0 0 {R.randint(80, 900)}")
    else:
        l.t("GET /preop/api/lookup mrn=").p(p.mrn, "mrn").t("&dob=").p(fmt_date(p.dob, "iso"), "date").t(" 443 - ").p(p.ip, "ip").t(f" {R.choice(UAS)} - 404 0 0 {R.randint(10, 60)}")
    return [l]


def g_ast_noise():
    t = tick()
    th = R.randint(1800, 1900)
    c = f"C-0000{hexs(4)}"
    s = R.choice([
        f"[{t:%Y-%m-%d %H:%M:%S}] VERBOSE[{th}] res_pjsip_registrar.c: Added contact 'sip:20{R.randint(30, 49)}@10.20.6.{R.randint(20, 60)}:5060;transport=udp' to AOR '20{R.randint(30, 49)}' with expiration of 3600 seconds",
        f"[{t:%Y-%m-%d %H:%M:%S}] VERBOSE[{R.randint(20000, 23000)}][{c}] app_queue.c: Called PJSIP/20{R.randint(30, 49)}",
        f"[{t:%Y-%m-%d %H:%M:%S}] VERBOSE[{R.randint(20000, 23000)}][{c}] pbx.c: Executing [s@macro-hangupcall:3] Hangup(\"PJSIP/20{R.randint(30, 49)}-0000{hexs(4)}\", \"\") in new stack",
        f"[{t:%Y-%m-%d %H:%M:%S}] WARNING[{th}] res_rtp_asterisk.c: 169.254.{R.randint(1, 254)}.{R.randint(1, 254)}:{R.randint(10000, 20000)} -- Strict RTP learning complete - Locking on source address",
        f"[{t:%Y-%m-%d %H:%M:%S}] NOTICE[{th}] res_pjsip/pjsip_distributor.c: Request 'OPTIONS' from '<sip:ping@198.51.100.{R.randint(1, 254)}>' failed for '198.51.100.{R.randint(1, 254)}:5060' (callid: {hexs(20)}) - No matching endpoint found",
        f"[{t:%Y-%m-%d %H:%M:%S}] VERBOSE[{th}] asterisk.c: Remote UNIX connection",
    ])
    return [L("asterisk").t(s)]


def g_ast_phi():
    t = tick()
    p = pick("future", "past")
    th = R.randint(20000, 23000)
    c = f"C-0000{hexs(4)}"
    ext = f"20{R.randint(30, 49)}"
    ch = f"PJSIP/{ext}-0000{hexs(4)}"
    l = L("asterisk").t(f"[{t:%Y-%m-%d %H:%M:%S}] VERBOSE[{th}][{c}] ")
    k = R.randint(0, 2)
    num = "1" + p.phone
    if k == 0:
        l.t("pbx.c: Executing [9").p(num, "phone").t(f"@from-internal:1] Macro(\"{ch}\", \"dialout-trunk,1,").p(num, "phone").t(",,off\") in new stack")
    elif k == 1:
        l.t("pbx.c: Executing [s@from-trunk:2] Set(\"PJSIP/trunk-0000" + hexs(4) + "\", \"CALLERID(name)=").p(ascii_up(p.rel_name), "name").t("\") in new stack")
    else:
        l.t("app_dial.c: Called PJSIP/").p(p.phone, "phone").t("@flowroute-trunk")
    return [l]


def g_sms_noise():
    t = tick()
    ms = int((t + dt.timedelta(hours=7)).replace(tzinfo=dt.timezone.utc).timestamp() * 1000)
    s = R.choice([
        {"level": 30, "time": ms, "pid": 2214, "hostname": "notify-01", "msg": "delivery receipt", "messageSid": "SM" + hexs(32), "status": R.choice(["delivered", "sent", "undelivered"]), "errorCode": None},
        {"level": 40, "time": ms, "pid": 2214, "hostname": "notify-01", "msg": "rate limited by provider", "retryAfterMs": 1000, "queueDepth": R.randint(2, 30)},
        {"level": 30, "time": ms, "pid": 2214, "hostname": "notify-01", "msg": "batch scheduled", "template": "ARRIVAL_REMINDER", "count": R.randint(10, 40), "sendAt": "17:00", "tz": "America/Los_Angeles"},
        {"level": 30, "time": ms, "pid": 2214, "hostname": "notify-01", "req": {"method": "GET", "url": "/healthz"}, "res": {"statusCode": 200}, "responseTime": R.randint(1, 4), "msg": "request completed"},
    ])
    return [L("pino_sms").t(json.dumps(s, separators=(",", ":")))]


def g_sms_phi():
    t = tick()
    p = pick("future")
    ms = int((t + dt.timedelta(hours=7)).replace(tzinfo=dt.timezone.utc).timestamp() * 1000)
    l = L("pino_sms").t(f'{{"level":30,"time":{ms},"pid":2214,"hostname":"notify-01","reqId":"req-{hexs(4)}",')
    k = R.randint(0, 2)
    if k == 0:
        es = R.random() < 0.35
        l.t('"msg":"sms queued","to":"').p(fmt_phone(p.phone, "e164"), "phone").t('","template":"' + ("ARRIVAL_REMINDER_ES" if es else "ARRIVAL_REMINDER") + '","body":"')
        arr = (p.appt - dt.timedelta(minutes=90))
        if es:
            l.t("Hola ").p(p.first, "name").t(", le recordamos su procedimiento en Northwest Surgery Center el ").p(f"{p.dos.day}/{p.dos.month}", "date") \
                .t(f". Llegue a las {arr.hour}:{arr.minute:02d}. No coma ni beba despues de medianoche. Formulario: ").p(f"https://nwsc.example-portal.com/preop/q/{p.token}", "url")
        else:
            l.t("Hi ").p(p.first, "name").t(", reminder: your procedure at Northwest Surgery Center is on ").p(fmt_date(p.dos, "md"), "date") \
                .t(f". Please arrive at {arr.hour % 12 or 12}:{arr.minute:02d} {'AM' if arr.hour < 12 else 'PM'}. Nothing to eat after midnight. Reply C to confirm. Pre-op form: ").p(f"https://nwsc.example-portal.com/preop/q/{p.token}", "url")
        l.t('","segments":2}')
    elif k == 1:
        l.t('"msg":"inbound sms","from":"').p(fmt_phone(p.rel_phone, "e164"), "phone").t('","body":"C - confirmed. my ' + p.rel + " ").p(p.rel_name.split()[0], "name").t(' will drive me"}')
    else:
        l.t('"msg":"opt-out received","from":"').p(fmt_phone(p.phone, "e164"), "phone").t('","keyword":"STOP","patientId":"').p(p.mrn, "mrn").t('"}')
    return [l]


def g_twilio():
    t = tick()
    p = pick()
    st = R.choice(["completed", "no-answer", "busy", "completed"])
    l = L("twilio_callback").t(f"{t:%Y-%m-%d %H:%M:%S} [hooks] POST /hooks/twilio/status body=\"AccountSid=AC{hexs(32)}&CallSid=CA{hexs(32)}&To=").p("%2B1" + p.phone, "phone") \
        .t(f"&From=%2B15035550100&CallStatus={st}&CallDuration={R.randint(0, 400) if st == 'completed' else 0}&Direction=outbound-api&ApiVersion=2010-04-01\"")
    return [l]


def g_twilio_noise():
    t = tick()
    return [L("twilio_callback").t(f"{t:%Y-%m-%d %H:%M:%S} [hooks] POST /hooks/twilio/status 204 {R.randint(2, 15)}ms signature=valid queue=postop-outreach retries=0")]


def g_preadmit_note():
    p = pick("future")
    t = tick(30, 300)
    nurse = R.choice(NURSES)[1]
    st = R.choice(["A", "A", "B"])
    arr = p.appt - dt.timedelta(minutes=90)
    if st == "A":
        l = L("preadmit_note").t(f"[{t:%m/%d/%Y} {t.hour % 12 or 12}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}] PreAdmit > Call note ({nurse}): ")
    else:
        l = L("preadmit_export").t(f"PAC|pac-{t:%Y%m%d}-{R.randint(100, 999):04d}|").p(p.case, "other_id").t("|").p(p.mrn, "mrn").t(f"|{t:%Y%m%d%H%M}|{R.choice(NURSES)[0]}|OUTCOME={R.choice(['REACHED', 'LVM', 'REACHED'])}|NOTE=")
    k = R.randint(0, 7)
    if k == 2 and R.random() < 0.3:
        p = pick_old("future")
    if k == 0:
        l.t("Called pt ").p(nm(p, "fl"), "name").t(" at ").p(fmt_phone(p.phone, R.choice(["paren", "dash", "dot"])), "phone").t(", 2 identifiers verified (name/DOB ").p(fmt_date(p.dob, R.choice(["us", "us2", "usn"])), "date") \
            .t(f"). NPO after midnight reviewed. Arrival {arr:%H%M} on ").p(fmt_date(p.dos, "md"), "date").t(f". Ride home: {p.rel} ").p(p.rel_name, "name").t(" ").p(fmt_phone(p.rel_phone, R.choice(["plain", "dash", "space"])), "phone").t(".")
    elif k == 1:
        l.t("LVM x2 for pt @ ").p(fmt_phone(p.phone, R.choice(["dash", "paren", "plain"])), "phone").t("; no answer on alt #").p(fmt_phone(p.phone2, "dash"), "phone").t(". Will retry tomorrow AM. Surgery ").p(fmt_date(p.dos, "us"), "date").t(".")
    elif k == 2:
        l.t(f"Spoke w/ {p.rel} ").p(p.rel_name, "name").t(" (HCPOA) re: pt ").p(nm(p, "fl"), "name").t(", ")
        if p.age > 89:
            l.p(str(p.age), "age").t("yo")
        else:
            l.t(f"{p.age}yo")
        l.t(", hx AFib on apixaban - hold 48h per Dr. Haddad. Pacemaker Medtronic Azure XT SN ").p(p.pacer, "device").t("; rep Jake Moran (503) 555-0133 notified for interrogation.")
    elif k == 3:
        l.t(f"Pt requests Spanish interpreter. Hablé con {p.es_rel} ").p(p.rel_name, "name").t(" al ").p(fmt_phone(p.rel_phone, "paren"), "phone").t("; confirma ayuno desde medianoche y llegada a las " + f"{arr.hour}:{arr.minute:02d}" + " el ").p(fmt_date(p.dos, "eu"), "date").t(". Interpreter booked (LanguageLine).")
    elif k == 4:
        l.t("Pt states no latex allergy. Last A1c 6.9. Hold metformin AM of surgery. Instructions emailed to ").p(p.email, "email").t(". Verified DOB ").p(fmt_date(p.dob, R.choice(["mon", "dmy", "iso"])), "date").t(".")
    elif k == 5:
        l.t(f"Ride: {p.rel} ").p(p.rel_name, "name").t(f", driving {R.choice(['silver 2016 Subaru Outback', 'blue Honda CR-V', 'white Toyota Sienna', 'black Ford F-150'])}, plate ").p(p.plate, "vehicle").t(f" ({p.state}). Will wait in lot; cell ").p(fmt_phone(p.rel_phone, "dot"), "phone").t(".")
    elif k == 6:
        l.p(nm(p, "title"), "name").t(" uses CPAP nightly (ResMed AirSense 11, SN ").p(p.cpap, "device").t(") - instructed to bring device. OSA, STOP-BANG 5. Address on file ").p(p.street, "address").t(", ").p(p.city, "address").t(" confirmed.")
    else:
        l.t("Unable to reach; faxed pre-op packet to pt's home fax ").p(fmt_phone(p.phone2, "dash"), "fax").t(" per prior request. Pt ").p(nm(p, "lf"), "name").t(" to call back main line 503-555-0100 ext 2.")
    return [l]


def g_serilog_noise():
    t = tick()
    rid = f"0HN7{hexs(8).upper()}:0000000{R.randint(1, 9)}"
    d = R.choice([
        {"@t": ts_utc(t, 7), "@mt": "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms", "RequestMethod": "GET", "RequestPath": "/api/worklist", "StatusCode": 200, "Elapsed": round(R.uniform(5, 90), 4), "SourceContext": "Serilog.AspNetCore.RequestLoggingMiddleware", "RequestId": rid, "TraceId": hexs(32), "SpanId": hexs(16)},
        {"@t": ts_utc(t, 7), "@mt": "Worklist built with {Count} calls for {Date}", "Count": R.randint(8, 40), "Date": f"{t:%Y-%m-%d}", "SourceContext": "PreAdmit.Calls.WorklistService", "MachineName": "NWSC-APP02", "ThreadId": R.randint(4, 30)},
        {"@t": ts_utc(t, 7), "@mt": "Hangfire job {JobId} {JobName} succeeded in {Ms} ms", "JobId": str(R.randint(10000, 99999)), "JobName": "PostOpOutreach.Enqueue", "Ms": R.randint(100, 3000), "SourceContext": "Hangfire.Server.Worker"},
        {"@t": ts_utc(t, 7), "@mt": "Health check {HealthCheckName} completed with status {HealthStatus}", "@l": "Warning", "HealthCheckName": "sqlserver", "HealthStatus": "Degraded", "SourceContext": "Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService"},
        {"@t": ts_utc(t, 7), "@mt": "Now listening on: {address}", "address": "https://[::]:5001", "SourceContext": "Microsoft.Hosting.Lifetime"},
    ])
    return [L("serilog_clef").t(json.dumps(d, ensure_ascii=False, separators=(",", ":")))]


def g_serilog_phi():
    t = tick()
    k = R.randint(0, 2)
    p = pick("today") if k == 2 else pick("future")
    l = L("serilog_clef").t('{"@t":"' + ts_utc(t, 7) + '",')
    if k == 0:
        nurse = R.choice(NURSES)[0]
        l.t('"@mt":"Pre-admission call {CallId} completed for case {CaseNo} by {Nurse}","CallId":"pac-' + f"{t:%Y%m%d}-{R.randint(100, 999):04d}" + '","CaseNo":"').p(p.case, "other_id") \
            .t(f'","Nurse":"{nurse}","Outcome":"REACHED","SourceContext":"PreAdmit.Calls.CallService","MachineName":"NWSC-APP02","ThreadId":{R.randint(4, 30)}}}')
    elif k == 1:
        raw = fmt_phone(p.phone, "plain")[:-1] + "O"
        l.t('"@mt":"Could not normalize phone {Raw} for patient {Mrn}","@l":"Error","@x":"System.FormatException: Input string was not in a correct format.\\r\\n   at PreAdmit.Calls.PhoneNormalizer.Normalize(String raw) in D:\\\\a\\\\1\\\\s\\\\src\\\\PreAdmit.Calls\\\\PhoneNormalizer.cs:line 37\\r\\n   at PreAdmit.Calls.WorklistService.BuildAsync(DateOnly date) in D:\\\\a\\\\1\\\\s\\\\src\\\\PreAdmit.Calls\\\\WorklistService.cs:line 112","Raw":"') \
            .p(raw, "phone").t('","Mrn":"').p(p.mrn, "mrn").t('","SourceContext":"PreAdmit.Calls.WorklistService"}')
    else:
        l.t('"@mt":"Post-op call scheduled for {Patient} on {CallDate} (surgery {Dos})","Patient":"').p(nm(p, "fl"), "name").t('","CallDate":"').p(fmt_date(p.dos + dt.timedelta(days=1), "iso"), "date") \
            .t('","Dos":"').p(fmt_date(p.dos, "iso"), "date").t('","SourceContext":"PostOpOutreach.Scheduler"}')
    return [l]


def g_postop_note():
    p = pick("past")
    t = tick(30, 400)
    nurse = R.choice(NURSES)[1]
    l = L("postop_note").t(f"{t:%m/%d/%Y %H:%M} | POD1 | {nurse} | ")
    k = R.randint(0, 5)
    if k == 5:
        p = pick_old("past")
        l.t("Spoke w/ pt ").p(nm(p, "init"), "name").t(" (").p(str(p.age), "age").t(f" y/o) and {p.rel} ").p(p.rel_name, "name").t(". Some confusion overnight per family, now oriented x3. Fall precautions reviewed; home health referral faxed to agency.")
    elif k == 0:
        l.t("Spoke w/ pt ").p(nm(p, "fl"), "name").t(f". Pain {R.randint(1, 6)}/10, tolerating PO, voiding, no N/V. Dressing CDI. F/u w/ Dr. {p.surgeon[0]} ").p(fmt_date(p.dos + dt.timedelta(days=R.choice([7, 10, 14])), "md"), "date").t(".")
    elif k == 1:
        l.t(f"Pt unavailable; spoke with {p.rel} ").p(p.rel_name, "name").t(" at ").p(fmt_phone(p.rel_phone, "paren"), "phone").t(". Mild sore throat, PONV resolved w/ ondansetron. Reinforced ice/elevation.")
    elif k == 2:
        l.t("No answer x2 at ").p(fmt_phone(p.phone, R.choice(["dash", "plain", "dot"])), "phone").t("; LVM with callback 503-555-0100. Will send portal msg to ").p(p.portal, "other_id").t(".")
    elif k == 3:
        l.t("Pt ").p(nm(p, "LF"), "name").t(f" (MRN ").p(p.mrn, "mrn").t(") reports fever 38.4 since last night, incision erythema. Advised ED eval; Dr. " + p.surgeon[0] + " paged via 503-555-0162.")
    else:
        l.t("Completed. Pt satisfied, NPS 10. Nerve block wearing off, taking oxycodone 5 mg q6h prn. Case ").p(p.case, "other_id").t(" closed.")
    return [l]


def g_postop_noise():
    t = tick(30, 400)
    nurse = R.choice(NURSES)[1]
    s = R.choice([f"Worklist: {R.randint(10, 30)} POD1 calls assigned, {R.randint(0, 4)} carried over from Friday.",
                  "Dialer outage 09:10-09:25, calls resumed manually. IT ticket INC0041877.",
                  "Reminder: document PONV and pain score on every call (QA measure ASC-4).",
                  f"Survey template v{R.randint(3, 6)} in use; Spanish script reviewed by interpreter services."])
    return [L("postop_note").t(f"{t:%m/%d/%Y %H:%M} | ADMIN | {nurse} | {s}")]


def g_device_noise():
    t = tick(1, 20)
    bed = R.choice(ROOMS)
    if R.random() < 0.6:
        d = {"ts": ts_utc(t), "gw": f"devbridge-0{R.randint(1, 2)}", "dev": "GE-CARESCAPE-B650", "devSn": f"SJM2{R.randint(1000000, 9999999)}HA", "loc": f"NWSC^{bed}", "assoc": None,
             "obs": {"HR": R.randint(52, 98), "SpO2": R.randint(94, 100), "NIBP_S": R.randint(98, 150), "NIBP_D": R.randint(55, 92), "EtCO2": R.randint(30, 42), "RR": R.randint(8, 18), "Temp": round(R.uniform(35.8, 37.2), 1)}}
    else:
        d = {"ts": ts_utc(t), "gw": f"devbridge-0{R.randint(1, 2)}", "dev": "Draeger-Perseus-A500", "devSn": f"ASRF-{R.randint(100, 999):04d}", "loc": f"NWSC^{bed}", "assoc": None,
             "obs": {"Sevo_Et": round(R.uniform(0.8, 2.4), 1), "MAC": round(R.uniform(0.5, 1.2), 2), "FiO2": R.choice([40, 50, 60]), "PEEP": 5, "Ppeak": R.randint(14, 26), "TV": R.randint(380, 560), "MV": round(R.uniform(4, 7.5), 1)}}
    return [L("devicebridge_json").t(json.dumps(d, separators=(",", ":")))]


def g_device_phi():
    t = tick(1, 20)
    run = [p for p in PTS if p.case in AIMS_STARTED and p.case not in AIMS_ENDED]
    p = R.choice(run) if run else pick("today")
    l = L("devicebridge_json").t('{"ts":"' + ts_utc(t) + '","gw":"devbridge-0' + str(R.randint(1, 2)) + '","dev":"GE-CARESCAPE-B650","devSn":"SJM2' + str(R.randint(1000000, 9999999)) + 'HA","loc":"NWSC^' + p.room + '","assoc":{"caseNo":"') \
        .p(p.case, "other_id").t('","mrn":"').p(p.mrn, "mrn").t('"},"obs":{' + f'"HR":{R.randint(52, 98)},"SpO2":{R.randint(94, 100)},"NIBP_S":{R.randint(98, 150)},"NIBP_D":{R.randint(55, 92)},"EtCO2":{R.randint(30, 42)}' + "}}")
    return [l]


DRUGS = [("propofol", "mg", [100, 150, 200]), ("fentanyl", "mcg", [50, 100]), ("midazolam", "mg", [1, 2]),
         ("ondansetron", "mg", [4]), ("dexamethasone", "mg", [4, 8]), ("rocuronium", "mg", [30, 50]),
         ("sugammadex", "mg", [200]), ("cefazolin", "g", [2, 3]), ("ketorolac", "mg", [15, 30]),
         ("phenylephrine", "mcg", [80, 100]), ("lidocaine", "mg", [60, 80])]


AIMS_STARTED, AIMS_ENDED = set(), set()


def g_aims():
    today = [p for p in PTS if p.grp == "today"]
    can_start = [p for p in today if p.case not in AIMS_STARTED and p.case not in AIMS_ENDED]
    running = [p for p in today if p.case in AIMS_STARTED and p.case not in AIMS_ENDED]
    out = []
    t = tick(5, 60)
    start = t.replace(second=0, microsecond=0) - dt.timedelta(minutes=R.randint(0, 3))
    if can_start and (t.hour < 8 or not running or R.random() < 0.5):
        p = R.choice(can_start)
        AIMS_STARTED.add(p.case)
        who = p.crna[2]
        agel = L("aims_kv").t(f"{ts_nlog(t)} INFO  AIMS.EventSink bed={p.room} action=ASSOCIATE caseNo=").p(p.case, "other_id").t(" mrn=").p(p.mrn, "mrn").t(' patient="').p(nm(p, "LFc"), "name").t('" age=')
        if p.age > 89:
            agel.p(str(p.age), "age")
        else:
            agel.t(str(p.age))
        agel.t(f" sex={p.sex} by={who}")
        out.append(agel)
        out.append(L("aims_kv").t(f"{ts_nlog(tick(1, 30))} INFO  AIMS.EventSink event=ANES_START caseNo=").p(p.case, "other_id").t(" at=").p(start.strftime("%Y-%m-%dT%H:%M:00-07:00"), "date").t(f" asa={p.proc[2]} ps={p.ps} type={R.choice(['GA', 'MAC', 'GA/ETT', 'GA/LMA', 'REGIONAL+MAC'])} by={who}"))
        for _ in range(R.randint(1, 3)):
            dname, unit, doses = R.choice(DRUGS)
            tm = tick(20, 120)
            out.append(L("aims_kv").t(f"{ts_nlog(tm)} INFO  AIMS.EventSink event=DRUG_ADMIN bed={p.room} drug={dname} dose={R.choice(doses)} unit={unit} route=IV time={tm:%H:%M} lot={R.choice('ABCDEFGHK')}{R.randint(10000, 99999)} ndc={R.randint(10000, 99999)}-{R.randint(100, 999):04d}-{R.randint(10, 99)} by={who}"))
    else:
        if not running:
            return g_aims_noise()
        p = R.choice(running)
        AIMS_ENDED.add(p.case)
        who = p.crna[2]
        for _ in range(R.randint(0, 2)):
            dname, unit, doses = R.choice(DRUGS[3:])
            tm = tick(20, 120)
            out.append(L("aims_kv").t(f"{ts_nlog(tm)} INFO  AIMS.EventSink event=DRUG_ADMIN bed={p.room} drug={dname} dose={R.choice(doses)} unit={unit} route=IV time={tm:%H:%M} lot={R.choice('ABCDEFGHK')}{R.randint(10000, 99999)} ndc={R.randint(10000, 99999)}-{R.randint(100, 999):04d}-{R.randint(10, 99)} by={who}"))
        t2 = tick(5, 60)
        end = t2.replace(second=0, microsecond=0)
        mins = R.randint(25, 130)
        out.append(L("aims_kv").t(f"{ts_nlog(t2)} INFO  AIMS.EventSink event=ANES_END caseNo=").p(p.case, "other_id").t(" at=").p(end.strftime("%Y-%m-%dT%H:%M:00-07:00"), "date").t(f" total_min={mins} time_units={mins / 15:.1f} by={who}"))
        out.append(L("aims_kv").t(f"{ts_nlog(tick(1, 20))} INFO  AIMS.EventSink bed={p.room} action=DISASSOCIATE caseNo=").p(p.case, "other_id").t(f" reason=OUT_OF_ROOM by={who}"))
    return out


def g_aims_noise():
    t = tick(1, 30)
    s = R.choice([f"event=VITALS_GAP bed={R.choice(ROOMS)} gap_s={R.randint(30, 120)} source=GE-B650 resolved=true",
                  f"event=SYNC_OK records={R.randint(3, 20)} target=CAPBilling latency_ms={R.randint(20, 200)}",
                  f"event=DRUG_LIBRARY_LOADED version=2024.10.{R.randint(1, 9)} items={R.randint(380, 420)} checksum={hexs(12)}",
                  f"event=TIME_SYNC ntp=nwsc-dc01.nwsc.local offset_ms={R.randint(-40, 40)}"])
    return [L("aims_kv").t(f"{ts_nlog(t)} INFO  AIMS.EventSink {s}")]


IMPLANTS = [("Arthrex SwiveLock C 4.75mm", "AR-2324-BCC"), ("Arthrex FiberTak 1.6mm", "AR-3650"),
            ("Alcon AcrySof IQ SN60WF 21.0D", "SN60WF.210"), ("DePuy Synthes LCP 2.7 plate 6H", "04.112.106"),
            ("Medtronic Bard 3DMax mesh L", "0117311"), ("Stryker Biosure PK 8x23", "234-0810")]


IMPLANT_BY_CPT = {"29827": ([IMPLANTS[0], IMPLANTS[1]], "shoulder"), "66984": ([IMPLANTS[2]], "eye"),
                  "49505": ([IMPLANTS[4]], "groin"), "28296": ([IMPLANTS[3], ("Arthrex Compression FT screw 3.0x24", "AR-8930-24")], "foot"),
                  "29881": ([IMPLANTS[5]], "knee")}


def implant_pt(grp):
    c = [p for p in PTS if p.grp == grp and p.proc[0] in IMPLANT_BY_CPT]
    return R.choice(c or [p for p in PTS if p.proc[0] in IMPLANT_BY_CPT])


def g_implant_phi():
    t = tick()
    k = R.randint(0, 2)
    p = implant_pt("past" if k == 2 else "today")
    imps, site = IMPLANT_BY_CPT[p.proc[0]]
    desc, ref = R.choice(imps)
    site = R.choice(["R ", "L "]) + site
    lot = f"{R.choice('KLMN')}{R.randint(1000, 9999)}{R.choice('ABC')}"
    sn = f"{R.choice('AB')}{R.randint(10000, 99999)}"
    exp = f"{R.randint(26, 29)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}"
    thr = f"http-nio-8443-exec-{R.randint(1, 10)}"
    l = L("implant_java").t(f"{ts_py(t)} ")
    if k == 0:
        udi = f"(01){gtin14()}(17){exp}(10){lot}(21){sn}"
        l.t(f"INFO  [{thr}] c.n.implant.ScanService - UDI scan accepted caseNo=").p(p.case, "other_id").t(" mrn=").p(p.mrn, "mrn").t(" udi=").p(udi, "device") \
            .t(f" desc='{desc}' site='{site}' qty=1 user=scrub.tjohnson")
    elif k == 1:
        l.t(f"INFO  [{thr}] c.n.implant.ImplantLogService - implant recorded ref={ref} lot={lot} serial=").p(sn, "device").t(" patient=").p(nm(p, "LF"), "name").t(" dos=").p(fmt_date(p.dos, "us"), "date").t(" surgeon=" + ascii_up(p.surgeon[0]))
    else:
        l.t("WARN  [scheduling-1] c.n.implant.RecallService - recall Z-0412-2024 matched implanted unit SN ").p(sn, "device").t(" (lot " + lot + ") in patient mrn=").p(p.mrn, "mrn").t(" surgery ").p(fmt_date(p.dos, "iso"), "date").t("; notify surgeon " + p.surgeon[1] + " " + p.surgeon[0])
    return [l]


def g_implant_noise():
    t = tick()
    desc, ref = R.choice(IMPLANTS)
    lot = f"{R.choice('KLMN')}{R.randint(1000, 9999)}{R.choice('ABC')}"
    s = R.choice([
        f"INFO  [scheduling-1] c.n.implant.InventoryService - Received PO-{R.randint(4400000, 4499999)} line {R.randint(1, 6)}: REF {ref} lot {lot} exp 20{R.randint(26, 29)}-{R.randint(1, 12):02d}-28 qty={R.randint(1, 10)} bin=IMP-B{R.randint(1, 12):02d}",
        f"WARN  [scheduling-1] c.n.implant.RecallService - FDA recall Z-{R.randint(100, 999):04d}-2024 matched 0 implanted units, {R.randint(0, 3)} in stock (lot {lot}) -> quarantined",
        f"INFO  [http-nio-8443-exec-{R.randint(1, 10)}] c.n.implant.ScanService - GS1 parse ok gtin={gtin14()} ai=[01,17,10] source=zebra-ds8178 ms={R.randint(2, 30)}",
        f"ERROR [http-nio-8443-exec-{R.randint(1, 10)}] c.n.implant.ScanService - GUDID lookup failed for DI {gtin14()}: java.net.SocketTimeoutException: Read timed out (accessgudid.nlm.nih.gov)",
        f"INFO  [main] o.s.b.w.embedded.tomcat.TomcatWebServer - Tomcat started on port(s): 8443 (https) with context path '/implant'",
        f"INFO  [scheduling-1] c.n.implant.ExpiryJob - {R.randint(0, 5)} items expiring within 60 days (report ImplantExpiry_{t:%Y%m%d}.pdf)",
    ])
    return [L("implant_java").t(f"{ts_py(t)} {s}")]


TRAYS = ["LAPCHOLE-03", "ARTHRO-SHLDR-02", "ARTHRO-KNEE-01", "MINOR-HAND-04", "CATARACT-07", "HERNIA-02", "ENT-SEPTO-01", "FOOT-BUNION-01"]


def g_tray_noise():
    t = tick()
    tr = R.choice(TRAYS)
    s = R.choice([
        f"TRAY_SCAN tray={tr} barcode=T{R.randint(1000, 9999):07d} event=ASSEMBLED tech=rortega count={(c := R.randint(18, 64))}/{c} missing=0",
        f"STERILIZER load=AMSCO4-{t:%Y%m%d}-{R.randint(1, 9):02d} cycle=PREVAC 270F/4min dry=20min result=PASS BI=3M-1492V ci=class5 operator=rortega",
        f"TRAY_RETURN tray={tr} washer=WD{R.randint(1, 3)} cycle=CLEAN-STD result=PASS duration={R.randint(40, 65)}m",
        f"LOANER tray=SYNTHES-LCP-SM vendor='DePuy Synthes' rep='Jake Moran' (503) 555-0133 due={(t + dt.timedelta(days=2)):%Y-%m-%d} 08:00 status=CHECKED_IN",
        f"BI_RESULT load=AMSCO4-{t:%Y%m%d}-{R.randint(1, 9):02d} incubator=ATTEST-490 read=24m result=NEG",
        f"TRAY_SCAN tray={tr} barcode=T{R.randint(1000, 9999):07d} event=MISSING_ITEM item='Kerrison rongeur 3mm' count={R.randint(30, 60)} tech=rortega",
    ])
    return [L("tray_syslog").t(f"{ts_sys(t)} spd-app01 censitrac[2231]: {s}")]


def g_tray_phi():
    t = tick()
    p = pick("today")
    return [L("tray_syslog").t(f"{ts_sys(t)} spd-app01 censitrac[2231]: TRAY_ASSIGN tray={R.choice(TRAYS)} case=").p(p.case, "other_id").t(f" room={p.room} sched=").p(p.appt.strftime("%m/%d %H:%M"), "date").t(" status=DELIVERED")]


CSV_HDR = "CaseNo,ApptDate,ApptTime,Room,PatientLast,PatientFirst,DOB,Sex,MRN,HomePhone,CPT,ProcDesc,Surgeon,Anesthesia,AnesType,PrimaryIns,MemberID,Status"


def csvq(s):
    return f'"{s}"' if ("," in s or '"' in s) else s


def g_hst_csv():
    out = [L("hst_csv").t(CSV_HDR)]
    ds = sorted({p.dos for p in PTS if p.grp == "future" and p.dos not in CSV_DATES})
    d = R.choice(ds or sorted({p.dos for p in PTS if p.grp == "future"}))
    CSV_DATES.add(d)
    grp = [p for p in PTS if p.dos == d]
    R.shuffle(grp)
    for p in sorted(grp[:R.randint(2, 5)], key=lambda x: x.appt):
        l = L("hst_csv")
        l.p(p.case, "other_id").t(",").p(fmt_date(p.dos, "us"), "date").t(f",{p.appt:%H:%M},{p.room},").p(p.last, "name").t(",").p(p.first, "name").t(",") \
            .p(fmt_date(p.dob, "us"), "date").t(f",{p.sex},").p(p.mrn, "mrn").t(",").p(fmt_phone(p.phone, R.choice(["paren", "dash", "plain"])), "phone") \
            .t(f",{p.proc[0]},{csvq(p.proc[1])},{csvq(p.surgeon[0] + ', ' + p.surgeon[1])},{csvq(p.anes[0] + ', ' + p.anes[1])},{R.choice(['GA', 'MAC', 'REG'])},{csvq(p.payer)},").p(p.member, "health_plan") \
            .t("," + R.choice(["Confirmed", "Scheduled", "Pre-Admit Done", "Cancelled"]))
        out.append(l)
    return out


def g_sis_xml():
    p = pick("future", "today")
    l = L("sis_xml").t(f'<Case CaseID="').p(p.case, "other_id").t(f'" Room="{p.room}" SchedStart="').p(p.appt.strftime("%Y-%m-%dT%H:%M:%S"), "date") \
        .t(f'" DurMin="{R.choice([30, 45, 60, 90, 120])}"><Patient MRN="').p(p.mrn, "mrn").t('" Last="').p(ascii_up(p.last), "name").t('" First="').p(ascii_up(p.first), "name") \
        .t('" DOB="').p(fmt_date(p.dob, "iso"), "date").t(f'" Sex="{p.sex}"/><Proc CPT="{p.proc[0]}" Desc="{p.proc[1]}"/><Staff Surgeon="{ascii_up(p.surgeon[0])}, {ascii_up(p.surgeon[1])}" Anesthesiologist="{ascii_up(p.anes[0])}, {ascii_up(p.anes[1])}"/></Case>')
    return [l]


def g_sis_noise():
    t = tick()
    return [L("sis_xml").t(f'<ExportHeader System="SIS Complete" Version="7.3.{R.randint(1, 9)}" Site="NWSC" Generated="{t:%Y-%m-%dT%H:%M:%S}" Cases="{R.randint(20, 45)}" Checksum="{hexs(32)}"/>')]


def hl7_msh(t, typ, ctl):
    return L("hl7_siu").t(f"MSH|^~\\&|HSTPATHWAYS|NWSC^1437219058^NPI|SURGISYNC|CAP|{hl7ts(t)}||{typ}|{ctl}|P|2.5.1|||AL|NE")


SIU_SEEN = set()
CSV_DATES = set()


def g_siu():
    t = tick()
    p = pick("future")
    if p.case in SIU_SEEN and R.random() < 0.7:
        p = pick("future")
    trig = R.choice(["S14", "S14", "S15"]) if p.case in SIU_SEEN else "S12"
    SIU_SEEN.add(p.case)
    ctl = f"HST{R.randint(10000000, 99999999)}"
    out = [hl7_msh(t, f"SIU^{trig}^SIU_S12", ctl)]
    end = p.appt + dt.timedelta(minutes=90)
    stat = {"S12": "BOOKED^Booked", "S14": "BOOKED^Booked", "S15": "CANCELLED^Cancelled"}[trig]
    out.append(L("hl7_siu").t("SCH|").p(p.case, "other_id").t("^HST|").p(p.case, "other_id").t(f"^HST|||||{p.proc[0]}^{p.proc[1]}^CPT|ROUTINE|90|min|^^90^").p(hl7ts(p.appt)[:12], "date").t("^").p(hl7ts(end)[:12], "date")
               .t(f"|||||{p.surgeon[2]}^{ascii_up(p.surgeon[0])}^{ascii_up(p.surgeon[1])}^^^^MD||||||||||{stat}"))
    pid = L("hl7_siu").t("PID|1||").p(p.mrn, "mrn").t("^^^NWSC^MR||").p(nm(p, "hl7"), "name").t("^^^^L||").p(fmt_date(p.dob, "hl7"), "date").t(f"|{p.sex}|||").p(ascii_up(p.street), "address").t("^")
    if p.unit:
        pid.p(ascii_up(p.unit), "address")
    pid.t("^").p(ascii_up(p.city), "address").t(f"^{p.state}^").p(p.zip, "zip").t("^USA^H||").p(f"({p.phone[:3]}){p.phone[3:6]}-{p.phone[6:]}", "phone").t("^PRN^PH^^1^").p(f"{p.phone[:3]}^{p.phone[3:]}", "phone")
    if R.random() < 0.3:
        pid.t("~^PRN^FX^^1^").p(f"{p.phone2[:3]}^{p.phone2[3:]}", "fax")
    if R.random() < 0.6:
        pid.t("~^NET^Internet^").p(p.email, "email")
    pid.t("|||||").p(p.acct, "account").t("^^^NWSC^AN|")
    if R.random() < 0.7:
        pid.p(p.ssn, "ssn")
    out.append(pid)
    out.append(L("hl7_siu").t(f"PV1|1|O|{p.room}^^^NWSC||||{p.surgeon[2]}^{ascii_up(p.surgeon[0])}^{ascii_up(p.surgeon[1])}^^^^MD|||SUR||||1|||||").p(p.visit, "other_id").t("^^^NWSC^VN"))
    if R.random() < 0.5:
        out.append(L("hl7_siu").t(f"IN1|1|{p.payer_id}^{ascii_up(p.payer)[:20]}|{p.payer_id}|{ascii_up(p.payer)}|||||{p.group}||||||").p(nm(p, "hl7"), "name").t("|SEL|").p(fmt_date(p.dob, "hl7"), "date").t("|||||||||||||||||||").p(p.member, "health_plan"))
    out.append(L("hl7_siu").t("RGS|1|A"))
    out.append(L("hl7_siu").t(f"AIS|1|A|{p.proc[0]}^{p.proc[1]}^CPT|").p(hl7ts(p.appt), "date").t("|0|min|90|min"))
    out.append(L("hl7_siu").t(f"AIG|1|A|{p.anes[2]}^{ascii_up(p.anes[0])}^{ascii_up(p.anes[1])}^^^^MD|ANES^Anesthesiologist"))
    out.append(L("hl7_siu").t(f"AIL|1|A|{p.room}^^^NWSC|OR^Operating Room"))
    out.append(L("hl7_siu").t(f"AIP|1|A|{p.surgeon[2]}^{ascii_up(p.surgeon[0])}^{ascii_up(p.surgeon[1])}^^^^MD|SURG^Surgeon"))
    return out


def g_ack():
    t = tick()
    ctl = f"HST{R.randint(10000000, 99999999)}"
    return [L("hl7_ack").t(f"MSH|^~\\&|SURGISYNC|CAP|HSTPATHWAYS|NWSC|{hl7ts(t)}||ACK^S12^ACK|ACK{R.randint(100000, 999999)}|P|2.5.1"),
            L("hl7_ack").t(f"MSA|{R.choice(['AA', 'AA', 'AA', 'AE'])}|{ctl}")]


PSV_HDR = "claim_id|pat_acct|pat_name|pat_dob|dos|asa_code|cpt|base_u|anes_start|anes_stop|min|time_u|ps|mods|total_u|conv_factor|charge|payer_id|member_id|rendering_npi"


def g_claim_psv():
    out = [L("claim_psv").t(PSV_HDR)]
    for p in R.sample([q for q in PTS if q.grp == "past"], R.randint(2, 4)):
        tu = round(p.minutes / 15, 1)
        psu = {"P1": 0, "P2": 0, "P3": 1}[p.ps]
        tot = round(p.proc[3] + tu + psu, 1)
        mods = R.choice(["AA", "QK QX", "QZ", "AA QS", "QK QX QS"])
        cf = R.choice([58.0, 62.0, 66.5])
        npi = p.anes[3] if "AA" in mods or "QK" in mods else p.crna[3]
        l = L("claim_psv").t(f"CL{p.dos:%y%m%d}{R.randint(1000, 9999)}|").p(p.acct, "account").t("|").p(nm(p, "lfi"), "name").t("|").p(fmt_date(p.dob, "us"), "date").t("|").p(fmt_date(p.dos, "us"), "date") \
            .t(f"|{p.proc[2]}|{p.proc[0]}|{p.proc[3]}|{p.anes_start:%H%M}|{p.anes_end:%H%M}|{p.minutes}|{tu}|{p.ps}|{mods}|{tot}|{cf:.2f}|{tot * cf:.2f}|{p.payer_id}|").p(p.member, "health_plan").t(f"|{npi}")
        out.append(l)
    return out


def g_claim_noise():
    t = tick()
    return [L("claim_psv").t(f"#TRAILER|rows={R.randint(20, 60)}|total_charge={R.randint(20000, 90000)}.{R.randint(0, 99):02d}|generated={t:%Y-%m-%dT%H:%M:%S}|by=anes_etl 3.8.2")]


def g_837():
    t = tick()
    F = "x12_837p"
    ic = f"{R.randint(1, 999999):09d}"
    gc = str(R.randint(1000, 9999))
    out = []
    seg = lambda s: out.append(L(F).t(s))
    seg(f"ISA*00*          *00*          *ZZ*CAP0193        *ZZ*CLEARHOUSE     *{t:%y%m%d}*{t:%H%M}*^*00501*{ic}*0*P*:~")
    seg(f"GS*HC*CAP0193*CLEARHOUSE*{t:%Y%m%d}*{t:%H%M}*{gc}*X*005010X222A1~")
    seg("ST*837*0001*005010X222A1~")
    seg(f"BHT*0019*00*{R.randint(100000, 999999)}*{t:%Y%m%d}*{t:%H%M}*CH~")
    seg("NM1*41*2*CASCADE ANESTHESIA PARTNERS*****46*CAP0193~")
    seg("PER*IC*BILLING OFFICE*TE*5035550148*EM*billing@cascadeanes.example.com~")
    seg("NM1*40*2*CLEARHOUSE*****46*CLEARHOUSE~")
    seg("HL*1**20*1~")
    seg("NM1*85*2*CASCADE ANESTHESIA PARTNERS*****XX*1932144870~")
    seg("N3*9200 SW BARNES RD STE 310~")
    seg("N4*PORTLAND*OR*972251044~")
    seg("REF*EI*931847220~")
    hl = 2
    for p in R.sample([q for q in PTS if q.grp == "past"], R.randint(1, 2)):
        other = R.random() < 0.35
        seg(f"HL*{hl}*1*22*{1 if other else 0}~")
        seg(f"SBR*P*{'01' if other else '18'}*{p.group}******{'MB' if p.payer_id == '02402' else 'CI'}~")
        if other:
            sub_last = p.rel_name.split()[-1]
            sub_first = p.rel_name.split()[0]
            out.append(L(F).t("NM1*IL*1*").p(ascii_up(sub_last), "name").t("*").p(ascii_up(sub_first), "name").t("****MI*").p(p.member, "health_plan").t("~"))
        else:
            out.append(L(F).t("NM1*IL*1*").p(ascii_up(p.last), "name").t("*").p(ascii_up(p.first), "name").t("*" + (p.mid or "") + "***MI*").p(p.member, "health_plan").t("~"))
        n3 = L(F).t("N3*").p(ascii_up(p.street), "address")
        if p.unit:
            n3.t("*").p(ascii_up(p.unit), "address")
        n3.t("~")
        out.append(n3)
        out.append(L(F).t("N4*").p(ascii_up(p.city), "address").t(f"*{p.state}*").p(p.zip.replace("-", ""), "zip").t("~"))
        if not other:
            out.append(L(F).t("DMG*D8*").p(fmt_date(p.dob, "hl7"), "date").t(f"*{p.sex}~"))
        seg(f"NM1*PR*2*{ascii_up(p.payer)[:35]}*****PI*{p.payer_id}~")
        hl_sub = hl
        if other:
            hl += 1
            seg(f"HL*{hl}*{hl_sub}*23*0~")
            seg("PAT*01~")
            out.append(L(F).t("NM1*QC*1*").p(ascii_up(p.last), "name").t("*").p(ascii_up(p.first), "name").t("~"))
            out.append(L(F).t("DMG*D8*").p(fmt_date(p.dob, "hl7"), "date").t(f"*{p.sex}~"))
        tu = round(p.minutes / 15, 1)
        ch = round((p.proc[3] + tu) * 62, 2)
        out.append(L(F).t("CLM*").p(p.acct, "account").t(f"*{ch:.2f}***24:B:1*Y*A*Y*Y~"))
        out.append(L(F).t("DTP*472*D8*").p(fmt_date(p.dos, "hl7"), "date").t("~"))
        out.append(L(F).t("REF*EA*").p(p.mrn, "mrn").t("~"))
        seg(f"HI*ABK:{p.proc[4].replace('.', '')}~")
        seg(f"NM1*82*1*{ascii_up(p.anes[0])}*{ascii_up(p.anes[1])}****XX*{p.anes[3]}~")
        seg("PRV*PE*PXC*207L00000X~")
        seg("LX*1~")
        seg(f"SV1*HC:{p.proc[2]}:{R.choice(['AA', 'QK', 'QZ'])}:{p.ps}*{ch:.2f}*MJ*{p.minutes}***1~")
        hl += 1
    seg(f"SE*{len(out) - 1}*0001~")
    seg(f"GE*1*{gc}~")
    seg(f"IEA*1*{ic}~")
    return out


def g_audit_noise():
    t = tick()
    s = R.choice([
        f"level=info app=preadmit user={R.choice(NURSES)[0]} action=login method=kerberos src_ip=10.20.3.{R.randint(20, 90)} outcome=success session={hexs(16)}",
        f"level=warn app=capbill user=jhartley action=export resource=report/ar_aging rows={R.randint(500, 3000)} outcome=allow",
        f"level=info app=aims user=crna.mbell action=sign resource=AnesRecord count=1 outcome=success",
        f"level=error app=preadmit user=unknown action=login method=password src_ip=10.20.3.{R.randint(20, 90)} outcome=failure reason=bad_password",
        f"level=info app=implant user=scrub.tjohnson action=logout src_ip=10.20.5.{R.randint(10, 40)} outcome=success duration_s={R.randint(60, 7200)}",
    ])
    return [L("audit_logfmt").t(f"ts={ts_local_iso(t)} {s}")]


def g_audit_phi():
    t = tick()
    p = pick()
    l = L("audit_logfmt").t(f"ts={ts_local_iso(t)} ")
    k = R.randint(0, 3)
    if k == 0:
        l.t(f"level=info app=preadmit user={R.choice(NURSES)[0]} action=view resource=Patient/").p(p.mrn, "mrn").t(f" fields=\"demographics,allergies,meds\" src_ip=10.20.3.{R.randint(20, 90)} outcome=allow")
    elif k == 1:
        l.t("level=warn app=capbill user=jhartley action=break_glass resource=Account/").p(p.acct, "account").t(' reason="payer audit" patient="').p(nm(p, "LF"), "name").t('" outcome=allow')
    elif k == 2:
        l.t("level=info app=portal user=").p(p.portal, "other_id").t(" action=login method=otp src_ip=").p(p.ip, "ip").t(" outcome=success")
    else:
        l.t("level=info app=portal user=").p(p.portal, "other_id").t(" action=password_reset channel=email to=").p(p.email, "email").t(" src_ip=").p(p.ip, "ip").t(" outcome=sent")
    return [l]


def g_kiosk(k=None):
    t = tick()
    p = pick("today")
    k = R.randint(0, 2) if k is None else k
    l = L("kiosk_json").t('{"event":"checkin","kiosk":"NWSC-KIOSK-0' + str(R.randint(1, 2)) + '","ts":"' + ts_utc(t) + '","caseNo":"').p(p.case, "other_id").t('",')
    if k == 0:
        st = p.state
        l.t('"idScan":{"type":"DL","state":"' + st + '","number":"').p(p.dl, "license").t('","nameMatch":true},"photo":"data:image/jpeg;base64,').p("/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8U" + b64(88), "photo").t('...","photoBytes":' + str(R.randint(18000, 60000)) + "}")
    elif k == 1:
        emb = ",".join(f"{R.uniform(-0.2, 0.2):.4f}" for _ in range(12))
        l.t('"faceMatch":{"model":"arcface-r100","score":' + f"{R.uniform(0.6, 0.95):.3f}" + ',"embedding":"').p(f"[{emb},...]", "biometric").t('"},"verified":true}')
    else:
        card = luhn_card(R.choice(["4", "52", "6011"]))
        l.t('"copay":{"amount":' + str(R.choice([0, 50, 100])) + ',"pan":"').p(card, "account").t('","last4":"' + card[-4:] + '","status":"APPROVED"},"guarantor":"').p(nm(p, "fl") if R.random() < 0.5 else p.rel_name, "name").t('"}')
    return [l]


def g_curbside():
    t = tick()
    p = pick("today")
    k = R.randint(0, 2)
    l = L("curbside_json").t('{"svc":"curbside-notify","ts":"' + ts_local_iso(t) + '",')
    if k == 0:
        l.t('"event":"escort_registered","caseNo":"').p(p.case, "other_id").t('","escort":{"name":"').p(p.rel_name, "name").t('","relation":"' + p.rel + '","mobile":"').p(fmt_phone(p.rel_phone, "e164"), "phone") \
            .t('","vehicle":{"desc":"' + R.choice(["gray Honda Civic", "red Mazda CX-5", "white Tesla Model Y", "green Subaru Forester"]) + '","plate":"').p(p.plate, "vehicle").t('","state":"' + p.state + '"}}}')
    elif k == 1:
        l.t('"event":"ready_for_pickup","caseNo":"').p(p.case, "other_id").t('","bay":' + str(R.randint(1, 4)) + ',"sms_to":"').p(fmt_phone(p.rel_phone, "e164"), "phone").t('","status":"sent"}')
    else:
        l.t('"event":"lpr_match","camera":"ENTRY-CAM-1","plate":"').p(p.plate, "vehicle").t('","confidence":' + f"{R.uniform(0.82, 0.99):.2f}" + ',"caseNo":"').p(p.case, "other_id").t('"}')
    return [l]


def g_curbside_noise():
    t = tick()
    s = R.choice(['"event":"heartbeat","bays_free":' + str(R.randint(0, 4)) + ',"queue":' + str(R.randint(0, 3)),
                  '"event":"lpr_no_match","camera":"ENTRY-CAM-1","confidence":0.41,"action":"ignored"',
                  '"event":"config","sms_provider":"twilio","from":"+15035550100","quiet_hours":"21:00-07:00"'])
    return [L("curbside_json").t('{"svc":"curbside-notify","ts":"' + ts_local_iso(t) + '",' + s + "}")]


def g_kiosk_noise():
    t = tick()
    d = R.choice([{"event": "heartbeat", "kiosk": "NWSC-KIOSK-01", "ts": ts_utc(t), "printer": "OK", "scanner": "OK", "app": "CheckInKiosk 2.3.1", "uptime_s": R.randint(1000, 90000)},
                  {"event": "idle_reset", "kiosk": "NWSC-KIOSK-02", "ts": ts_utc(t), "reason": "timeout", "screen": "consent_sign"},
                  {"event": "scanner_error", "kiosk": "NWSC-KIOSK-01", "ts": ts_utc(t), "device": "Honeywell Xenon 1950g", "code": "E-212", "msg": "PDF417 decode failed"}])
    return [L("kiosk_json").t(json.dumps(d, separators=(",", ":")))]


def g_staff_contact():
    t = tick()
    s = R.choice([f"On-call anesthesia today: Dr. Helen Cho pager 503-555-0162, backup Dr. Cole Abernathy 971-555-0105",
                  f"CRNA schedule published: A. Lindqvist OR2, M. Bell OR3, C. Ruiz-Tan PROC1 (questions: scheduling@cascadeanes.example.com)",
                  f"SPD supervisor Raul Ortega ext 4410, after hours 503-555-0110"])
    return [L("nlog_service").t(f"{ts_nlog(t)}|INFO|CAP.Notifications.Broadcast|{s}")]


NOISE = [(g_nlog_noise, 10), (g_winevt_noise, 6), (g_py_noise, 9), (g_sql_noise, 9), (g_deadlock, 0.5), (g_iis_noise, 5),
         (g_iis_header, 0.6), (g_ast_noise, 4), (g_sms_noise, 4), (g_twilio_noise, 2), (g_serilog_noise, 5), (g_postop_noise, 2),
         (g_device_noise, 9), (g_aims_noise, 3), (g_implant_noise, 4), (g_tray_noise, 6), (g_sis_noise, 1), (g_ack, 3),
         (g_claim_noise, 1), (g_audit_noise, 4), (g_kiosk_noise, 2), (g_staff_contact, 1.5), (g_curbside_noise, 1.5)]
PHI = [(g_nlog_phi, 5), (g_winevt_phi, 2), (g_py_phi, 5), (g_py_traceback, 1.2), (g_sql_phi, 2), (g_deadlock, 0.4),
       (g_iis_phi, 4), (g_ast_phi, 3), (g_sms_phi, 4), (g_twilio, 2), (g_preadmit_note, 9), (g_serilog_phi, 4),
       (g_postop_note, 6), (g_device_phi, 3), (g_aims, 3), (g_implant_phi, 4), (g_tray_phi, 2), (g_hst_csv, 1.5),
       (g_sis_xml, 3), (g_siu, 2.2), (g_claim_psv, 1.5), (g_audit_phi, 4), (g_kiosk, 3), (g_curbside, 0.6)]


CAPS = {g_837: 0, g_hst_csv: 2, g_claim_psv: 2, g_deadlock: 2, g_siu: 5, g_py_traceback: 3, g_iis_header: 0, g_aims: 7}


def wchoice(pool):
    tot = sum(w for _, w in pool)
    x = R.uniform(0, tot)
    for f, w in pool:
        x -= w
        if x <= 0:
            return f
    return pool[-1][0]


def main():
    N = 500
    lines = []
    lines += g_nlog_noise()
    lines += g_iis_header()
    nophi = sum(1 for l in lines if not l.spans)
    counts = {}
    forced = [g_837, g_siu, g_siu, g_siu, g_hst_csv, g_claim_psv, lambda: g_kiosk(0), lambda: g_kiosk(0),
              lambda: g_kiosk(0), lambda: g_kiosk(1), lambda: g_kiosk(2), g_curbside, g_curbside, g_curbside,
              g_sis_xml, g_preadmit_note, g_preadmit_note, g_preadmit_note, g_py_traceback]
    R.shuffle(forced)
    while len(lines) < N:
        frac = nophi / max(1, len(lines))
        pool = NOISE if frac < 0.55 else PHI
        for _ in range(60):
            if pool is PHI and forced and R.random() < 0.2:
                f = forced.pop()
            else:
                f = wchoice(pool)
                if counts.get(f, 0) >= CAPS.get(f, 10 ** 6):
                    continue
            counts[f] = counts.get(f, 0) + 1
            new = f()
            if len(lines) + len(new) <= N:
                break
        else:
            new = new[: N - len(lines)]
        lines += new
        nophi += sum(1 for l in new if not l.spans)
    assert len(lines) == N
    log_out, lab_out = [], []
    for i, l in enumerate(lines, 1):
        s = l.text()
        assert "\n" not in s and "\r" not in s and s.strip(), (i, s)
        b = s.encode("utf-8")
        spans = []
        for (a, e, cat, val) in l.spans:
            assert b[a:e].decode("utf-8") == val, (i, val)
            assert cat in CATS, cat
            spans.append({"s": a, "e": e, "cat": cat})
        log_out.append(s)
        lab_out.append(json.dumps({"line": i, "family": l.fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, f"{ID}.log"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(log_out))
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(lab_out) + "\n")


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health_plan", "account",
        "license", "vehicle", "device", "url", "ip", "biometric", "photo", "other_id"}

if __name__ == "__main__":
    main()
