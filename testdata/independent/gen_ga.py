#!/usr/bin/env python3
"""Deterministic generator for the 'ga' held-out PHI test corpus.

Theme: a hospital's printing and labelling infrastructure (CUPS, Windows
PrintService, PaperCut-like job logs, ZPL/EPL label payloads, a PDF rendering
service, Zebra printer status, a label template service, nginx, HylaFAX).
All people, numbers and addresses are synthetic.
Standard library only.  Writes ga.log and ga.labels.jsonl next to itself.
"""
import base64
import datetime as dt
import json
import os
import random
import struct
import unicodedata
import zlib

random.seed(180218)

ID = "ga"
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip", "biometric",
        "photo", "other_id"}


# ----------------------------------------------------------------------------
# segment helpers
# ----------------------------------------------------------------------------
def T(s):
    return (str(s), None)


def P(s, cat):
    assert cat in CATS, cat
    return (str(s), cat)


def js(s):
    """JSON string body escaping (no surrounding quotes)."""
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jsegs(segs):
    out = []
    for text, cat in segs:
        e = js(text)
        if cat is not None:
            assert e == text, (text, e)
        out.append((e, cat))
    return out


def csv_field(segs):
    txt = "".join(s for s, _ in segs)
    assert '"' not in txt
    if "," in txt:
        return [T('"')] + list(segs) + [T('"')]
    return list(segs)


def plain(segs):
    return "".join(s for s, _ in segs)


def has_phi(segs):
    return any(c for _, c in segs)


# ----------------------------------------------------------------------------
# check-digit helpers
# ----------------------------------------------------------------------------
def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def imei():
    body = random.choice(["35", "86", "01", "35"]) + "".join(random.choice("0123456789") for _ in range(12))
    return body + luhn_digit(body)


def gtin14():
    body = "0" + "0" + "".join(random.choice("0123456789") for _ in range(11))
    total = 0
    for i, ch in enumerate(reversed(body)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return body + str((10 - total % 10) % 10)


VIN_MAP = {**{str(i): i for i in range(10)},
           "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
           "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
           "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin():
    wmi = random.choice(["1HG", "2T1", "5YJ", "1FA", "JTD", "3VW", "KNA", "1C4"])
    rest = [random.choice(VIN_CH) for _ in range(14)]
    v = list(wmi) + rest
    v[9] = random.choice("EFGHJKLMNPR")  # model year 2014-2024
    v[8] = "0"
    total = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W))
    r = total % 11
    v[8] = "X" if r == 10 else str(r)
    s = "".join(v)
    assert sum(VIN_MAP[c] * w for c, w in zip(s, VIN_W)) % 11 == (10 if s[8] == "X" else int(s[8]))
    return s


MBI_L = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_L + "0123456789"


def mbi():
    D = "0123456789"
    c = [random.choice("123456789"), random.choice(MBI_L), random.choice(MBI_AN), random.choice(D),
         random.choice(MBI_L), random.choice(MBI_AN), random.choice(D), random.choice(MBI_L),
         random.choice(MBI_L), random.choice(D), random.choice(D)]
    return "".join(c)


def nhs_number():
    while True:
        d = [random.randint(0, 9) for _ in range(9)]
        d[0] = random.randint(4, 6)
        s = sum(x * w for x, w in zip(d, range(10, 1, -1)))
        chk = 11 - s % 11
        if chk == 11:
            chk = 0
        if chk == 10:
            continue
        n = "".join(map(str, d)) + str(chk)
        return f"{n[:3]} {n[3:6]} {n[6:]}"


def ssn():
    while True:
        a = random.randint(101, 772)
        if a == 666:
            continue
        g = random.randint(1, 99)
        s = random.randint(1, 9999)
        return f"{a:03d}-{g:02d}-{s:04d}"


def crc16_ccitt(data):
    crc = 0
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xFFFF
    return crc


def tiny_png(w=16, h=16):
    raw = b"".join(b"\x00" + bytes(random.randint(0, 255) for _ in range(w)) for _ in range(h))

    def chunk(typ, data):
        c = struct.pack(">I", len(data)) + typ + data
        return c + struct.pack(">I", zlib.crc32(typ + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def tiny_jpeg(n=260):
    head = bytes.fromhex("FFD8FFE000104A46494600010101004800480000FFDB004300")
    return head + bytes(random.randint(0, 255) for _ in range(n)) + b"\xff\xd9"


def ascii_fold(s):
    s = s.replace("ı", "i").replace("ø", "o").replace("Ø", "O").replace("å", "a").replace("Å", "A")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def hexid(n):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexid(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{random.choice('89ab')}{h[17:20]}-{h[20:32]}"


# ----------------------------------------------------------------------------
# world: hospital, staff, printers
# ----------------------------------------------------------------------------
HOSP = "St. Brigid Regional Medical Center"
HOSP_ADDR = "1200 Meridian Pkwy, Columbus, OH 43215"
HOSP_PHONE = "(614) 555-0100"
HOSP_FAX = "(614) 555-0109"
DOMAIN = "stbrigid-health.org"

STAFF_USERS = ["jmorales", "rpatel2", "kchen", "abrennan", "tnguyen4", "mwilliams", "lsantos",
               "okwarteng", "dfischer", "hwatanabe1", "svc_lis", "svc_labelagent", "bkaminski", "eroth"]
ATTENDINGS = ["Marsh", "Osei", "Ferraro", "Menon", "Goldberg", "Adebayo", "Lindgren", "Castellanos"]
STAFF_FULL = ["Dr. Helen Marsh", "Dr. Kwabena Osei", "Dr. Lucia Ferraro", "Dr. Arjun Menon",
              "Dr. Sarah Goldberg", "Karen Chen, RN", "Luis Santos, CMA", "Dr. Tomasz Adebayo"]
WORKSTATIONS = ["WS-ED-TRI01", "WS-ED-REG03", "WS-4W-NS02", "WS-5E-NS01", "WS-LAB-DRW2", "WS-HIM-07",
                "WS-ADMIT-01", "WS-PEDS-3N", "WS-CM-11", "WS-PHARM-02"]

PRINTERS = {
    "ED-TRIAGE-ZD621": ("10.20.4.31", "zpl", "D4J214701234"),
    "ED-REG-ZD621": ("10.20.4.32", "zpl", "D4J214700877"),
    "ADMIT-01-HC100": ("10.20.2.18", "zpl", "C2K193301552"),
    "4W-NURSE-ZD421": ("10.20.12.61", "zpl", "D9N220112045"),
    "5E-NURSE-ZD421": ("10.20.13.61", "zpl", "D9N220110981"),
    "PEDS-3N-ZD621": ("10.20.15.40", "zpl", "D4J221905513"),
    "LAB-DRAW-1-GK420": ("10.20.30.16", "epl", "28J183402217"),
    "LAB-DRAW-2-GK420": ("10.20.30.17", "epl", "28J183402290"),
    "PHARM-ZT410": ("10.20.40.12", "zpl", "18J174500812"),
    "4W-NURSE-HP-M608": ("10.20.12.45", "pcl", "PHBCM1R0K2"),
    "ED-HP-M507": ("10.20.4.50", "pcl", "PHBCL3Q07T"),
    "REG-FRONT-HP-M611": ("10.20.2.40", "pcl", "PHCDN4T1X9"),
    "HIM-MFP-E87660": ("10.20.50.21", "pcl", "CNB1R7P0W3"),
    "CASE-MGMT-HP-M479": ("10.20.51.33", "pcl", "VNB3L12345"),
}
LABEL_PRINTERS = [k for k, v in PRINTERS.items() if v[1] == "zpl"]
EPL_PRINTERS = [k for k, v in PRINTERS.items() if v[1] == "epl"]
PAGE_PRINTERS = [k for k, v in PRINTERS.items() if v[1] == "pcl"]


def zebra_mac():
    return "00:07:4d:%02x:%02x:%02x" % (random.randint(0, 255), random.randint(0, 255), random.randint(0, 255))


PRINTER_MAC = {k: zebra_mac() for k in PRINTERS}


def ws_ip():
    return "10.20.%d.%d" % (random.choice([2, 4, 12, 13, 15, 30, 40, 50, 51]), random.randint(60, 220))


# ----------------------------------------------------------------------------
# patients
# ----------------------------------------------------------------------------
PEOPLE = [
    ("Anna", "Kowalski", "F"), ("Thanh", "Nguyen", "M"), ("Chidi", "Okafor", "M"), ("María", "García", "F"),
    ("Rahul", "Sharma", "M"), ("Yuki", "Tanaka", "F"), ("Olga", "Ivanova", "F"), ("Siobhan", "O'Brien", "F"),
    ("Jürgen", "Müller", "M"), ("Fatima", "Haddad", "F"), ("Mateo", "Alvarez", "M"), ("Aisha", "Abubakar", "F"),
    ("Wei", "Zhang", "M"), ("Kwame", "Mensah", "M"), ("Ingrid", "Lindqvist", "F"), ("Dmitri", "Petrov", "M"),
    ("Leilani", "Kahale", "F"), ("Priya", "Iyer", "F"), ("Tomás", "Sánchez", "M"), ("Nadia", "Rahimi", "F"),
    ("Hiroshi", "Watanabe", "M"), ("Zeynep", "Yılmaz", "F"), ("Emeka", "Eze", "M"), ("Sofía", "Domínguez", "F"),
    ("Bjørn", "Sørensen", "M"), ("Amara", "Diallo", "F"), ("Tariq", "Qureshi", "M"), ("Mei-Ling", "Chen", "F"),
    ("Giuseppe", "Esposito", "M"), ("Noa", "Ben-David", "F"), ("Oluwaseun", "Adeyemi", "M"),
    ("Svetlana", "Volkova", "F"), ("Kofi", "Boateng", "M"), ("Camille", "Lefèvre", "F"),
    ("Dong-hyun", "Kim", "M"), ("Esperanza", "Villanueva", "F"), ("Henrik", "Håkansson", "M"),
    ("Parisa", "Tehrani", "F"),
]
CITIES = [("Columbus", "43204"), ("Columbus", "43209"), ("Columbus", "43214"), ("Columbus", "43224"),
          ("Columbus", "43229"), ("Westerville", "43081"), ("Dublin", "43017"), ("Grove City", "43123"),
          ("Reynoldsburg", "43068"), ("Hilliard", "43026"), ("Gahanna", "43230"), ("Worthington", "43085"),
          ("Delaware", "43015"), ("Newark", "43055"), ("Lancaster", "43130"), ("Pickerington", "43147")]
STREETS = ["Maple Ridge Dr", "E Livingston Ave", "Sawmill Rd", "Karl Rd", "Cleveland Ave", "N High St",
           "Parsons Ave", "Hamilton Rd", "Brice Rd", "Olentangy River Rd", "Schrock Rd", "Lazelle Rd",
           "Stelzer Rd", "Westerville Rd", "Sullivant Ave", "Morse Rd", "Refugee Rd", "Bellows Ave",
           "Kenny Rd", "Indianola Ave", "Walnut Creek Ct", "Thornapple Ln"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com"]
PAYERS = [("Anthem Blue Cross", "XEH"), ("Aetna", "W"), ("UnitedHealthcare", ""), ("Medical Mutual", "MMO"),
          ("CareSource Medicaid", "")]
PUBLIC_NETS = ["73.162", "98.28", "24.193", "174.104", "172.58", "107.77", "66.61", "71.79", "184.57", "99.106"]
REL_NAMES = [("Piotr", "Kowalski"), ("Linh", "Nguyen"), ("Ngozi", "Okafor"), ("Luis", "García"),
             ("Sunita", "Sharma"), ("Kenji", "Tanaka"), ("Marek", "Ivanov"), ("Declan", "O'Brien"),
             ("Heike", "Müller"), ("Omar", "Haddad"), ("Rosa", "Alvarez"), ("Ibrahim", "Abubakar")]

REF_DAY = dt.date(2024, 3, 18)


class Patient:
    pass


def make_patient(i, first, last, sex):
    p = Patient()
    p.first, p.last, p.sex = first, last, sex
    p.FIRST, p.LAST = first.upper(), last.upper()
    if p.LAST == "YILMAZ":
        p.LAST = "YILMAZ"
    r = random.random()
    if r < 0.16:
        y = random.randint(1926, 1933)
    elif r < 0.24:
        y = random.randint(2009, 2021)
    else:
        y = random.randint(1938, 2003)
    p.dob = dt.date(y, random.randint(1, 12), random.randint(1, 28))
    p.age = REF_DAY.year - p.dob.year - ((REF_DAY.month, REF_DAY.day) < (p.dob.month, p.dob.day))
    p.mrn = "%08d" % random.randint(200000, 9899999)
    p.fin = "40" + "%08d" % random.randint(0, 99999999)
    city, z = random.choice(CITIES)
    p.street = f"{random.randint(12, 9870)} {random.choice(STREETS)}"
    if random.random() < 0.3:
        p.street += f" Apt {random.randint(1, 40)}{random.choice('ABCD')}"
    p.city, p.zip = city, z
    area = random.choice(["614", "614", "740", "380"])
    p.phone = f"({area}) 555-01{random.randint(0, 99):02d}"
    p.phone_e164 = "+1" + area + "55501" + p.phone[-2:]
    p.fax_e164 = "+1" + area + "55501" + "%02d" % random.randint(0, 99)
    fa = ascii_fold(first).lower().replace("-", "")
    la = ascii_fold(last).lower().replace("'", "").replace("-", "")
    p.email = random.choice([f"{fa}.{la}{p.dob.year % 100:02d}", f"{fa[0]}{la}{random.randint(1, 99)}",
                             f"{la}.{fa}", f"{fa}{la[0]}{p.dob.year}"]) + "@" + random.choice(EMAIL_DOM)
    p.portal_user = random.choice([f"{fa[0]}{la}{p.dob.year}", f"{fa}.{la[:4]}", f"{la}{fa[0]}{random.randint(10, 99)}"])
    p.ip = f"{random.choice(PUBLIC_NETS)}.{random.randint(1, 254)}.{random.randint(1, 254)}"
    p.ssn = ssn()
    if p.age >= 65:
        p.payer, p.member = "Medicare", mbi()
    else:
        payer, pre = random.choice(PAYERS)
        if payer.startswith("CareSource"):
            p.member = "%012d" % random.randint(10 ** 11, 10 ** 12 - 1)
        else:
            p.member = pre + "%09d" % random.randint(0, 999999999)
        p.payer = payer
    p.group = "%07d" % random.randint(10000, 9999999)
    p.dl = random.choice("ABCDEFGHJKLMNPRST") + random.choice("ABCDEFGHJKLMNPRST") + "%06d" % random.randint(0, 999999)
    p.plate = random.choice(["J", "K", "H", "G"]) + random.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + random.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + "%04d" % random.randint(0, 9999)
    p.vin = vin()
    p.vehicle = random.choice(["2017 Honda CR-V", "2021 Toyota Camry", "2019 Ford Escape", "2015 Chevrolet Malibu",
                               "2022 Hyundai Tucson", "2018 Subaru Outback", "2020 Kia Sorento"])
    p.imei = imei()
    p.pump_sn = random.choice(["NG", "PT", "TS"]) + "%07d" % random.randint(0, 9999999) + random.choice("HKLM")
    rel = random.choice(REL_NAMES)
    p.contact = (rel[0], last if random.random() < 0.7 else rel[1])
    p.contact_rel = random.choice(["Spouse", "Daughter", "Son", "Mother", "Father", "Sibling"])
    p.contact_phone = f"({random.choice(['614', '740', '937'])}) 555-01{random.randint(0, 99):02d}"
    p.kit = "KT-%05d-%s" % (random.randint(10000, 99999), random.choice("ABCDEFGHJK"))
    p.nhs = nhs_number() if i % 9 == 4 else None
    return p


PATIENTS = [make_patient(i, *x) for i, x in enumerate(PEOPLE)]
PWEIGHTS = [1.0 / (i + 1) ** 0.6 for i in range(len(PATIENTS))]


def pick():
    return random.choices(PATIENTS, PWEIGHTS)[0]


def us_date(d):
    return d.strftime("%m/%d/%Y")


def iso_date(d):
    return d.strftime("%Y-%m-%d")


# ----------------------------------------------------------------------------
# clock (log timestamps are system timestamps: never labelled)
# ----------------------------------------------------------------------------
CLOCK = [dt.datetime(2024, 3, 18, 5, 52, 7, 118000)]
UTC_OFF = dt.timedelta(hours=4)  # EDT


def tick():
    CLOCK[0] += dt.timedelta(seconds=random.randint(3, 380), microseconds=random.randint(0, 999999))
    return CLOCK[0]


def ts_cups(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S -0400")


def ts_syslog(t):
    return t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if t.day < 10 else t.strftime("%b %d %H:%M:%S")


def ts_iso_utc(t, digits=3):
    u = t + UTC_OFF
    frac = "%06d" % u.microsecond
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + frac[:digits] + "Z"


def ts_spring(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)


def ts_pylog(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def epoch_ms(t):
    u = t + UTC_OFF
    return int((u - dt.datetime(1970, 1, 1)).total_seconds() * 1000)


JOB = [48190]


def next_job():
    JOB[0] += random.randint(1, 4)
    return JOB[0]


WINJOB = [211]


def next_winjob():
    WINJOB[0] += random.randint(1, 3)
    return WINJOB[0]


DECKS = {}


def deal(name, spec):
    """Balanced variant selection: shuffled deck, refilled when empty."""
    if not DECKS.get(name):
        d = []
        for k, n in spec:
            d += [k] * n
        random.shuffle(d)
        DECKS[name] = d
    return DECKS[name].pop()


def accession(t):
    return "%s%03d-%05d" % (t.strftime("%y"), t.timetuple().tm_yday, random.randint(100, 99999))


def order_no():
    return "ORD%09d" % random.randint(100000000, 999999999)


# ----------------------------------------------------------------------------
# document / job titles
# ----------------------------------------------------------------------------
NOPHI_TITLES = [
    "Shift Report - 4W Days.pdf", "Census_5E_0700.pdf", "Microsoft Word - Crash Cart Checklist Rev12.docx",
    "Test Page", "Pharmacy Pick List 0315", "OR Schedule 03-19-2024.xlsx", "Microsoft Outlook - Memo Style",
    "Invoice_Medline_88412093.pdf", "Label Calibration", "Staffing Grid Week 12.xlsx",
    "Hand Hygiene Audit Q1.pdf", "Formulary Update March 2024.pdf", "Blank Wristband Test",
    "Untitled - Notepad", "Code Blue Drill Debrief.docx", "Specimen Label Test 2x1",
    "Sepsis Bundle Pocket Card.pdf", "Discharge Instructions Template v9.dotx",
    "Patient Education - Heart Failure (EN).pdf", "Patient Education - Diabetes (ES).pdf",
    "Bed Board Snapshot 0600.pdf", "PO-2024-118842 Cardinal Health.pdf", "Courier Manifest 1Z84F1190342771863.pdf",
    "Fall Risk Signage 11x17.pdf", "Visitor Policy Update.pdf",
]


def title_segs(p, t, kind=None):
    kind = kind or random.choice(["wb", "spec", "avs", "dc", "face", "word", "ltr", "rx", "avs2"])
    if kind == "wb":
        return [T("Wristband - "), P(f"{p.LAST}, {p.FIRST}", "name"), T(" (MRN "), P(p.mrn, "mrn"), T(")")]
    if kind == "spec":
        return [T("SPEC_"), P(f"{p.LAST}_{p.FIRST}".replace(" ", "_"), "name"), T("_"), P(p.mrn, "mrn"),
                T("_" + accession(t))]
    if kind == "avs":
        return [T("AVS_"), P(f"{p.last}_{p.first}".replace(" ", "_"), "name"), T("_"),
                P(t.strftime("%Y%m%d"), "date"), T(".pdf")]
    if kind == "avs2":
        return [T("After Visit Summary - "), P(f"{p.last}, {p.first}", "name"), T(" - "),
                P(us_date(t.date()), "date"), T(".pdf")]
    if kind == "dc":
        return [T("Discharge Instructions - "), P(f"{p.last}, {p.first}", "name"), T(".pdf")]
    if kind == "face":
        return [T("Facesheet "), P(f"{p.LAST}, {p.FIRST}", "name"), T(" DOB "), P(us_date(p.dob), "date")]
    if kind == "word":
        return [T("Microsoft Word - Discharge_"), P(f"{p.last}_{p.first}".replace(" ", "_"), "name"), T(".docx")]
    if kind == "ltr":
        ap = t.date() + dt.timedelta(days=random.randint(5, 40))
        return [T("ApptLetter_"), P(f"{p.last}{p.first}".replace(" ", ""), "name"), T("_"),
                P(iso_date(ap), "date"), T(".docx")]
    if kind == "rx":
        return [T("Rx Label "), P(f"{p.LAST}, {p.FIRST}", "name"), T(" MRN"), P(p.mrn, "mrn")]
    raise ValueError(kind)


# ----------------------------------------------------------------------------
# families
# ----------------------------------------------------------------------------
def f_cups_access(phi):
    t = tick()
    q = random.choice(list(PRINTERS))
    r = random.random()
    if r < 0.35:
        host, user = ws_ip(), random.choice(STAFF_USERS)
        op = random.choice(["Print-Job", "Create-Job", "Send-Document", "Validate-Job"])
        line = f'{host} - {user} [{ts_cups(t)}] "POST /printers/{q} HTTP/1.1" 200 {random.randint(180, 96000)} {op} successful-ok'
    elif r < 0.5:
        line = f'localhost - - [{ts_cups(t)}] "POST / HTTP/1.1" 200 {random.choice([176, 183, 366, 1942, 7741])} {random.choice(["Renew-Subscription", "CUPS-Get-Printers", "Get-Notifications", "CUPS-Get-Default"])} successful-ok'
    elif r < 0.65:
        line = f'{random.choice(["10.20.1.15", "10.20.1.16"])} - - [{ts_cups(t)}] "POST /printers/{q} HTTP/1.1" 200 {random.randint(300, 4200)} Get-Printer-Attributes successful-ok'
    elif r < 0.75:
        j = random.randint(JOB[0] - 40, JOB[0])
        line = f'{ws_ip()} - - [{ts_cups(t)}] "GET /jobs/{j} HTTP/1.1" 200 {random.randint(2000, 9000)} - -'
    elif r < 0.83:
        line = f'{random.choice(["10.20.9.3", "10.20.9.4"])} - - [{ts_cups(t)}] "GET /admin HTTP/1.1" 401 {random.randint(300, 500)} - -'
    elif r < 0.9:
        line = f'{random.choice(["10.20.9.3", "10.20.9.4"])} - root [{ts_cups(t)}] "POST /admin/ HTTP/1.1" 200 {random.randint(2000, 6000)} {random.choice(["CUPS-Add-Modify-Printer", "CUPS-Accept-Jobs", "Resume-Printer"])} successful-ok'
    elif r < 0.95:
        j = random.randint(JOB[0] - 20, JOB[0])
        line = f'{ws_ip()} - {random.choice(STAFF_USERS)} [{ts_cups(t)}] "POST /jobs HTTP/1.1" 200 {random.randint(120, 200)} Cancel-Job successful-ok'
    else:
        line = f'{ws_ip()} - {random.choice(STAFF_USERS)} [{ts_cups(t)}] "POST /printers/{q} HTTP/1.1" 200 {random.randint(120, 400)} Print-Job {random.choice(["client-error-not-possible", "server-error-printer-is-deactivated", "client-error-document-format-not-supported"])}'
    return "cups-access", [T(line)]


def f_cups_error(phi):
    t = tick()
    j = next_job() if random.random() < 0.6 else JOB[0]
    q = random.choice(list(PRINTERS))
    ip = PRINTERS[q][0]
    ts = ts_cups(t)
    if phi:
        p = pick()
        tsegs = title_segs(p, t)
        return "cups-error", [T(f'D [{ts}] [Job {j}] argv[3]="')] + tsegs + [T('"')]
    user = random.choice(STAFF_USERS)
    opts = [
        f'I [{ts}] [Job {j}] Queued on "{q}" by "{user}".',
        f'I [{ts}] [Job {j}] File of type {random.choice(["application/pdf", "application/vnd.cups-raster", "application/octet-stream", "text/plain"])} queued by "{user}".',
        f'I [{ts}] [Job {j}] Adding start banner page "none".',
        f'I [{ts}] [Job {j}] Started filter /usr/lib/cups/filter/{random.choice(["rastertolabel", "pdftopdf", "gstoraster", "rastertoezpl"])} (PID {random.randint(20000, 65000)})',
        f'I [{ts}] [Job {j}] Started backend /usr/lib/cups/backend/socket (PID {random.randint(20000, 65000)})',
        f'D [{ts}] [Job {j}] Connecting to {ip}:9100',
        f'D [{ts}] [Job {j}] Connected to printer.',
        f'D [{ts}] [Job {j}] argv[0]="{q}"',
        f'D [{ts}] [Job {j}] argv[2]="{user}"',
        f'D [{ts}] [Job {j}] argv[5]="media=w{random.choice([144, 72, 288])}h{random.choice([72, 792, 2160])} job-uuid=urn:uuid:{uuid4()} job-originating-host-name={ws_ip()} date-time-at-creation= date-time-at-processing= time-at-creation={epoch_ms(t) // 1000} time-at-processing={epoch_ms(t) // 1000}"',
        f'D [{ts}] [Job {j}] Set job-printer-state-message to "Printing page 1, {random.randint(3, 99)}%", current level=INFO',
        f'I [{ts}] [Job {j}] Job completed.',
        f'E [{ts}] [Job {j}] Unable to locate printer "{q.lower()}.sbrmc.local".',
        f'W [{ts}] [Job {j}] The printer is not responding.',
        f'E [{ts}] [Job {j}] Job stopped due to filter errors; please consult the error_log file for details.',
        f'I [{ts}] [Job {j}] Canceled by "{user}".',
        f'I [{ts}] Saving printers.conf...',
        f'I [{ts}] Expiring subscriptions...',
        f'E [{ts}] [cups-deactivate-printer] Printer "{q}" is now disabled.',
        f'D [{ts}] [Job {j}] PPD uses qualifier "Direct Thermal Media.203dpi."',
        f'D [{ts}] [Job {j}] Wrote {random.randint(1, 4)} pages, {random.randint(900, 180000)} bytes.',
        f'I [{ts}] [Client {random.randint(3, 90)}] Print-Job ipp://cups01.sbrmc.local:631/printers/{q}',
    ]
    return "cups-error", [T(random.choice(opts))]


def f_cups_page(phi):
    t = tick()
    j = next_job()
    if phi:
        p = pick()
        kind = random.choice(["wb", "spec", "rx", "wb", "avs", "face"])
        q = random.choice(LABEL_PRINTERS if kind in ("wb", "spec", "rx") else PAGE_PRINTERS)
        tsegs = title_segs(p, t, kind)
    else:
        q = random.choice(list(PRINTERS))
        tsegs = [T(random.choice(NOPHI_TITLES))]
    media = "oe_wristband_1x11in" if "ZD" in q or "HC100" in q else ("oe_2x1-label_2x1in" if "GK" in q else "na_letter_8.5x11in")
    sides = "one-sided" if media != "na_letter_8.5x11in" else random.choice(["one-sided", "two-sided-long-edge"])
    user = random.choice(STAFF_USERS)
    head = f"{q} {user} {j} [{ts_cups(t)}] {random.choice(['total', '1'])} {random.randint(1, 3)} - {ws_ip()} "
    return "cups-page", [T(head)] + tsegs + [T(f" {media} {sides}")]


SNARE_HOST = "PRTSRV01.sbrmc.local"


def print_msg(eid, j, tsegs, user, ws, printer, port, size, pages):
    if eid == 307:
        return ([T(f"Document {j}, ")] + tsegs + [T(f" owned by {user} on \\\\{ws} was printed on {printer} through port {port}.  Size in bytes: {size}. Pages printed: {pages}. No user action is required.")])
    if eid == 310:
        return [T(f"Document {j}, ")] + tsegs + [T(f" owned by {user} was deleted on {printer}. No user action is required.")]
    if eid == 372:
        return ([T("The document ")] + tsegs + [T(f", owned by {user}, failed to print on printer {printer}. Try to print the document again, or restart the print spooler. Data type: NT EMF 1.008. Size of the spool file in bytes: {size}. Number of bytes: 0. Total number of pages: {pages}. Number of pages printed: 0. Client computer: \\\\{ws}. Win32 error code returned by the print processor: 0x4f1. The handle is invalid.")])
    if eid == 805:
        return [T(f"Rendering job {j}.")]
    if eid == 842:
        return [T(f"The print job {j} was sent through the print processor winprint on printer {printer}, driver HP Universal Printing PCL 6, and the print monitor Standard TCP/IP Port. The data type was RAW. Win32 error code returned by the print processor: 0x0.")]
    if eid == 800:
        return [T(f"Spooling job {j}.")]
    if eid == 801:
        return [T(f"Printing job {j}.")]
    raise ValueError


def f_winevt(phi):
    t = tick()
    j = next_winjob()
    user = random.choice([u for u in STAFF_USERS if not u.startswith("svc")])
    ws = random.choice(WORKSTATIONS)
    printer = random.choice(PAGE_PRINTERS + ["ADMIT-01-HC100", "ED-REG-ZD621"])
    ip = PRINTERS[printer][0]
    port = random.choice([ip, "IP_" + ip])
    size = random.randint(20000, 2400000)
    pages = random.randint(1, 14)
    if phi:
        p = pick()
        eid = random.choice([307, 307, 307, 310, 372])
        tsegs = title_segs(p, t, random.choice(["avs", "avs2", "dc", "face", "word", "ltr", "wb"]))
    else:
        eid = random.choice([805, 842, 800, 801, 307, 307, 310])
        tsegs = [T(random.choice(NOPHI_TITLES))]
    msg = print_msg(eid, j, tsegs, user, ws, printer, port, size, pages)
    level = "Error" if eid == 372 else "Information"
    task = {307: "Printing a document", 310: "Deleting a document", 372: "Printing a document", 805: "Print job diagnostics",
            842: "Print job diagnostics", 800: "Print job diagnostics", 801: "Print job diagnostics"}[eid]
    rec = 880000 + j * 7 + random.randint(0, 5)
    if random.random() < 0.5:
        head = (f"<{11 if eid == 372 else 14}>{ts_syslog(t)} {SNARE_HOST} MSWinEventLog\t1\tMicrosoft-Windows-PrintService/"
                f"{'Admin' if eid == 372 else 'Operational'}\t{rec}\t{t.strftime('%a %b %d %H:%M:%S %Y')}\t{eid}\t"
                f"Microsoft-Windows-PrintService\t{user if eid in (307, 310) else 'SYSTEM'}\t{'User' if eid in (307, 310) else 'Well Known Group'}\t{level}\t{SNARE_HOST}\t{task}\t\t")
        return "winevt-printservice-snare", [T(head)] + msg + [T(f"\t{random.randint(1000, 99999)}")]
    # NXLog JSON
    segs = [T('{"EventTime":"' + t.strftime("%Y-%m-%d %H:%M:%S") + f'","Hostname":"{SNARE_HOST}","Keywords":"{"-9223372036854775808" if eid != 372 else "4611686018427387904"}",'
              f'"EventType":"{"ERROR" if eid == 372 else "INFO"}","SeverityValue":{4 if eid == 372 else 2},"Severity":"{"ERROR" if eid == 372 else "INFO"}",'
              f'"EventID":{eid},"SourceName":"Microsoft-Windows-PrintService","ProviderGuid":"{{747EF6FD-E535-4D16-B510-42C90F6873A1}}",'
              f'"Version":0,"Task":{26 if eid in (307, 372) else 27},"OpcodeValue":{11 if eid == 307 else 0},"RecordNumber":{rec},'
              f'"ProcessID":{random.choice([2112, 3340, 4488])},"ThreadID":{random.randint(1000, 9000)},'
              f'"Channel":"Microsoft-Windows-PrintService/{"Admin" if eid == 372 else "Operational"}","Domain":"SBRMC",'
              f'"AccountName":"{user}","UserID":"S-1-5-21-3623811015-3361044348-30300820-{random.randint(1100, 9900)}",'
              f'"AccountType":"User","Category":"{task}","Opcode":"{"Spooler Operation Succeeded" if eid == 307 else "Info"}","Message":"')]
    segs += jsegs(msg)
    segs.append(T('"'))
    if eid in (307, 310):
        segs.append(T(f',"Param1":"{j}","Param2":"'))
        segs += jsegs(tsegs)
        segs.append(T(f'","Param3":"{user}","Param4":"{js(chr(92) * 2 + ws)}","Param5":"{printer}","Param6":"{port}","Param7":"{size}","Param8":"{pages}"'))
    segs.append(T(f',"EventReceivedTime":"{(t + dt.timedelta(seconds=1)).strftime("%Y-%m-%d %H:%M:%S")}","SourceModuleName":"in_printsvc","SourceModuleType":"im_msvistalog"}}'))
    return "winevt-printservice-nxlog", segs


PC_HEADER = "Time,User,Pages,Copies,Printer,Document Name,Client,Paper Size,Language,Height,Width,Duplex,Grayscale,Size"


def f_papercut(phi):
    t = tick()
    user = random.choice([u for u in STAFF_USERS if not u.startswith("svc")])
    if random.random() < 0.6:
        # Print Logger CSV
        if not phi and random.random() < 0.12:
            return "papercut-csv", [T(random.choice([PC_HEADER, "PaperCut Print Logger : http://www.papercut.com/"]))]
        if phi:
            p = pick()
            kind = random.choice(["avs", "avs2", "dc", "face", "word", "ltr", "wb", "rx"])
            tsegs = title_segs(p, t, kind)
        else:
            kind = None
            tsegs = [T(random.choice(NOPHI_TITLES))]
        label = kind in ("wb", "rx")
        printer = random.choice(["ADMIT-01-HC100", "ED-REG-ZD621"]) if label else random.choice(PAGE_PRINTERS)
        pages = 1 if label else random.randint(1, 12)
        paper = "Custom" if label else "LETTER"
        h, w = ("11.0in", "1.0in") if label else ("11.0in", "8.5in")
        lang = "ZPL" if label else random.choice(["PCL6", "PostScript", "PCL5"])
        segs = [T(f"{t.strftime('%Y-%m-%d %H:%M:%S')},{user},{pages},{random.choice([1, 1, 1, 2])},\\\\prtsrv01\\{printer},")]
        segs += csv_field(tsegs)
        segs.append(T(f",{random.choice(WORKSTATIONS)},{paper},{lang},{h},{w},{'NOT DUPLEX' if label or random.random() < 0.5 else 'DUPLEX'},{random.choice(['GRAYSCALE', 'NOT GRAYSCALE'])},{random.randint(6, 40) if label else random.randint(40, 4200)}kb"))
        return "papercut-csv", segs
    # application server log
    thr = random.choice(["PrintMonitor-prtsrv01-3", "http-nio-9191-exec-14", "JobReleaseService-2", "ServerCommandProxy-7"])
    head = f"{ts_pylog(t)} INFO  "
    if phi:
        p = pick()
        tsegs = title_segs(p, t, random.choice(["avs", "avs2", "dc", "face", "word", "ltr"]))
        printer = random.choice(PAGE_PRINTERS)
        if random.random() < 0.5:
            segs = [T(head + f"PrintJobProcessor - Job \"")] + tsegs + [T(f"\" from user \"{user}\" printed on \"prtsrv01\\{printer}\" - {random.randint(1, 12)} page(s), cost: $0.00 [{thr}]")]
        else:
            segs = [T(head + f"HoldReleaseQueueManager - Job held for release: user={user}, printer=prtsrv01\\{printer}, document=\"")] + tsegs + [T(f"\", pages={random.randint(1, 12)} [{thr}]")]
        return "papercut-server", segs
    opts = [
        f"DeviceManager - Device \"HIM-MFP-E87660\" (10.20.50.21) came online [{thr}]",
        f"HoldReleaseQueueManager - {random.randint(1, 9)} job(s) pending release for user {user} [{thr}]",
        f"UserGroupSyncService - Sync with Active Directory completed: {random.randint(1300, 1500)} users, 0 errors, {random.randint(4, 40)} groups [{thr}]",
        f"LicenseManager - License check OK (sites: 3, devices: {random.randint(40, 90)}) [{thr}]",
        f"HoldReleaseQueueManager - Job deleted: timeout in hold/release queue (job id {random.randint(110000, 130000)}) [{thr}]",
        f"PrintJobProcessor - Job \"{random.choice(NOPHI_TITLES)}\" from user \"{user}\" printed on \"prtsrv01\\{random.choice(PAGE_PRINTERS)}\" - {random.randint(1, 30)} page(s), cost: $0.00 [{thr}]",
        f"BackupService - Scheduled backup completed: backups/export-{t.strftime('%Y-%m-%d')}.zip ({random.randint(80, 300)} MB) [{thr}]",
    ]
    return "papercut-server", [T(head + random.choice(opts))]


# ---------------- ZPL / EPL payloads ----------------
ALLERGIES = ["NKDA", "PCN", "Sulfa", "Latex", "Codeine", "Shellfish", "NKA"]


def age_segs(p):
    if p.age > 89:
        return [P(str(p.age), "age"), T("Y")]
    if p.age < 2:
        return [T("18M")]
    return [T(f"{p.age}Y")]


def zpl_wristband(p, t, photo=False, guardian=False):
    adm = t.date() - dt.timedelta(days=random.randint(0, 5))
    att = random.choice(ATTENDINGS)
    segs = []
    if photo:
        png = tiny_png()
        b64 = base64.b64encode(png).decode()
        crc = "%04X" % crc16_ccitt(b64.encode())
        segs += [T(f"~DYR:PTPHOTO.PNG,P,P,{len(png)},,:B64:"), P(b64, "photo"), T(f":{crc}")]
    segs += [T("^XA^CI28^PW305^LL3300^LH0,0^FWR"),
             T("^FO230,380^A0R,42,42^FD"), P(f"{p.LAST}, {p.FIRST}", "name"), T("^FS"),
             T("^FO185,380^A0R,30,30^FDMRN: "), P(p.mrn, "mrn"), T("  FIN: "), P(p.fin, "account"), T("^FS"),
             T("^FO145,380^A0R,30,30^FDDOB: "), P(us_date(p.dob), "date"), T("  ")] + age_segs(p) + [
             T(f" {p.sex}^FS"),
             T("^FO105,380^A0R,26,26^FDAdm: "), P(us_date(adm), "date"), T(f"  Att: Dr. {att}^FS"),
             T(f"^FO65,380^A0R,24,24^FDAllergies: {random.choice(ALLERGIES)}^FS")]
    if guardian:
        gf, gl = p.contact
        segs += [T("^FO30,380^A0R,22,22^FDGuardian: "), P(f"{gf} {gl}", "name"), T(" "), P(p.contact_phone, "phone"), T("^FS")]
    if photo:
        segs += [T("^FO60,2700^XGR:PTPHOTO.PNG,1,1^FS")]
    segs += [T("^BY3,3,90^FO150,1500^BCR,90,N,N,N^FD"), P(p.mrn, "mrn"), T("^FS"),
             T("^FO40,2050^BQN,2,5^FDMA,"), P(p.mrn, "mrn"), T("|"), P(p.fin, "account"), T("^FS"),
             T("^PQ1,0,1,Y^XZ")]
    return segs


TUBES = [("LAV", "CBC"), ("LT GRN", "CMP"), ("LT BLUE", "PT/INR"), ("GOLD", "LIPID"), ("LAV", "HGBA1C"),
         ("RED", "TYPE&SCRN"), ("GRAY", "LACTATE"), ("BLUE", "D-DIMER"), ("URINE", "UA W/REFLEX")]


def zpl_specimen(p, t):
    acc = accession(t)
    tube, test = random.choice(TUBES)
    ini = random.choice(["JM", "LS", "KC", "AB", "OK", "DF"])
    return [T("^XA^CI28^PW406^LL203^FO20,12^A0N,28,28^FD"), P(f"{p.LAST}, {p.FIRST}", "name"), T("^FS"),
            T("^FO20,44^A0N,22,22^FD"), P(p.mrn, "mrn"), T("  "), P(us_date(p.dob), "date"), T(f"  {p.sex}^FS"),
            T(f"^FO20,70^BY2^BCN,60,N,N,N^FD{acc}^FS"),
            T(f"^FO20,136^A0N,22,22^FD{acc} {tube} {test}^FS"),
            T("^FO20,162^A0N,20,20^FDColl: "), P(us_date(t.date()), "date"), T(f" {t.strftime('%H:%M')} {ini}^FS^XZ")]


def zpl_mailing(p):
    return [T("^XA^CI28^PW812^LL406^FO40,30^A0N,26,26^FD"), T(HOSP), T("^FS^FO40,60^A0N,22,22^FD1200 Meridian Pkwy, Columbus, OH 43215^FS"),
            T("^FO160,170^A0N,34,34^FD"), P(f"{p.first} {p.last}", "name"), T("^FS"),
            T("^FO160,212^A0N,34,34^FD"), P(p.street, "address"), T("^FS"),
            T("^FO160,254^A0N,34,34^FD"), P(p.city, "address"), T(" OH "), P(p.zip, "zip"), T("^FS"),
            T("^FO40,330^A0N,20,20^FDCONFIDENTIAL - ROI PATIENT COPY^FS^XZ")]


def zpl_belongings(p, t):
    segs = [T("^XA^CI28^PW812^LL609^FO30,30^A0N,36,36^FDPATIENT BELONGINGS^FS^FO30,80^A0N,30,30^FD"),
            P(f"{p.LAST}, {p.FIRST}", "name"), T("  MRN "), P(p.mrn, "mrn"), T("^FS"),
            T("^FO30,130^A0N,24,24^FDItems: ")]
    if random.random() < 0.5:
        segs += [T("cell phone IMEI "), P(p.imei, "device")]
    else:
        segs += [T("insulin pump SN "), P(p.pump_sn, "device")]
    segs += [T(f", wallet, {random.choice(['glasses', 'dentures (upper)', 'hearing aid L', 'keys'])}^FS"),
             T(f"^FO30,170^A0N,22,22^FDBag #{random.randint(100, 999)}  Rec'd {t.strftime('%H:%M')} by {random.choice(['JM', 'LS', 'KC'])}^FS^XZ")]
    return segs


def zpl_implant(p, t):
    g = gtin14()
    exp = (t.date() + dt.timedelta(days=random.randint(300, 1500))).strftime("%y%m%d")
    lot = "L" + "%06d" % random.randint(0, 999999)
    sn = "%010d" % random.randint(0, 9999999999)
    udi = f"(01){g}(17){exp}(10){lot}(21){sn}"
    return [T("^XA^CI28^PW812^LL406^FO30,20^A0N,30,30^FDIMPLANT RECORD^FS^FO30,60^A0N,26,26^FD"),
            P(f"{p.LAST}, {p.FIRST}", "name"), T("  MRN "), P(p.mrn, "mrn"), T("^FS"),
            T("^FO30,95^A0N,24,24^FDImplant date: "), P(us_date(t.date()), "date"), T(f"  Surgeon: Dr. {random.choice(ATTENDINGS)}^FS"),
            T("^FO30,130^A0N,22,22^FDUDI: "), P(udi, "device"), T("^FS"),
            T("^FO30,170^BY2^BCN,70,N,N,N^FD"), P(udi.replace("(", "").replace(")", ""), "device"), T("^FS^XZ")]


def zpl_kit(p):
    return [T("^XA^CI28^PW812^LL609^FO40,40^A0N,28,28^FDHOME COLLECTION KIT - RETURN BY MAIL^FS"),
            T("^FO40,90^A0N,26,26^FDKit ID: "), P(p.kit, "other_id"), T("^FS"),
            T("^FO40,130^BY2^BCN,70,Y,N,N^FD"), P(p.kit, "other_id"), T("^FS"),
            T("^FO40,250^A0N,32,32^FD"), P(f"{p.first} {p.last}", "name"), T("^FS"),
            T("^FO40,290^A0N,32,32^FD"), P(p.street, "address"), T("^FS"),
            T("^FO40,330^A0N,32,32^FD"), P(f"{p.city}", "address"), T(", OH "), P(p.zip, "zip"), T("^FS^XZ")]


ZPL_NOPHI = [
    "^XA^JUS^XZ", "~JC", "^XA^HH^XZ", "~HS", "~HI", "~WC",
    "^XA^MNW^MTD^PR4,4~SD15^JUS^XZ",
    "^XA^PON^LH0,0^JMA^PR4,4~SD15^LRN^CI28^XZ",
    "^XA^FO50,50^A0N,40,40^FDTEST PRINT {q}^FS^FO50,100^A0N,24,24^FD{ts}^FS^XZ",
    "^XA^DFE:WBADULT.ZPL^FS^CI28^FO230,380^A0R,42,42^FN1^FS^FO185,380^A0R,30,30^FN2^FS^FO145,380^A0R,30,30^FN3^FS^BY3,3,90^FO150,1500^BCR,90,N,N,N^FN4^FS^XZ",
    "^XA^IDE:PTPHOTO.PNG^FS^XZ",
    "^XA^FO20,12^A0N,28,28^FDQC LOT {lot} EXP 2025-01-31^FS^FO20,70^BY2^BCN,60,N,N,N^FD{lot}^FS^XZ",
    "^XA^FO30,30^A0N,30,30^FDPHARMACY BIN {bin}^FS^FO30,80^BY2^BCN,60,N,N,N^FDNDC00409488801^FS^XZ",
]


def f_zpl(phi):
    t = tick()
    q = random.choice(LABEL_PRINTERS)
    ip = PRINTERS[q][0]
    if phi:
        p = pick()
        r = deal("zpl", [("wb", 14), ("photo", 4), ("spec", 12), ("mail", 5), ("belong", 5), ("implant", 3), ("kit", 2)])
        if r == "wb":
            kind, body = "WB", zpl_wristband(p, t, guardian=(p.age < 18))
            q = random.choice(["ADMIT-01-HC100", "ED-REG-ZD621", "ED-TRIAGE-ZD621"] + (["PEDS-3N-ZD621"] if p.age < 18 else []))
        elif r == "photo":
            kind, body = "WB", zpl_wristband(p, t, photo=True)
            q = "ADMIT-01-HC100"
        elif r == "spec":
            kind, body = "SPEC", zpl_specimen(p, t)
            q = random.choice(["4W-NURSE-ZD421", "5E-NURSE-ZD421", "ED-TRIAGE-ZD621"])
        elif r == "mail":
            kind, body = "MAIL", zpl_mailing(p)
            q = "PHARM-ZT410"
        elif r == "belong":
            kind, body = "BELONG", zpl_belongings(p, t)
            q = random.choice(["ED-TRIAGE-ZD621", "ED-REG-ZD621"])
        elif r == "implant":
            kind, body = "IMPLANT", zpl_implant(p, t)
            q = "PHARM-ZT410"
        else:
            kind, body = "KIT", zpl_kit(p)
            q = "PHARM-ZT410"
        ip = PRINTERS[q][0]
    else:
        kind = "CTRL"
        body = [T(random.choice(ZPL_NOPHI).format(q=q, ts=t.strftime("%Y-%m-%d %H:%M"), lot="QC%06d" % random.randint(0, 999999), bin=random.randint(100, 999)))]
    nbytes = len(plain(body).encode())
    if random.random() < 0.55:
        head = f"{ts_pylog(t)} {'DEBUG' if kind != 'CTRL' else random.choice(['DEBUG', 'INFO'])} label_agent.sender: sent {nbytes} bytes to {ip}:9100 printer={q} job={kind.lower()}-{hexid(6)} payload="
        return "zpl-agent-python", [T(head)] + body
    head = f"{ts_spring(t)} DEBUG {random.choice([2231, 2231, 2240])} --- [pool-{random.randint(2, 6)}-thread-{random.randint(1, 8)}] c.s.l.zebra.ZplSocketWriter              : >> {q} ({ip}) {nbytes}B "
    return "zpl-socketwriter-java", [T(head)] + body


def f_epl(phi):
    t = tick()
    q = random.choice(EPL_PRINTERS)
    ip = PRINTERS[q][0]
    head = f"{t.strftime('%Y-%m-%d %H:%M:%S')} [lis-labeler] {'INFO ' if phi else random.choice(['INFO ', 'DEBUG', 'WARN '])} EPL -> {q} ({ip}:9100): "
    if phi:
        p = pick()
        acc = accession(t)
        tube, test = random.choice(TUBES)
        name = ascii_fold(f"{p.LAST}, {p.FIRST}")
        segs = [T("N\\nq406\\nQ203,24\\nS3\\nD8\\nZT\\n"),
                T('A10,8,0,3,1,1,N,"'), P(name, "name"), T('"\\n'),
                T('A10,36,0,2,1,1,N,"'), P(p.mrn, "mrn"), T(" "), P(us_date(p.dob), "date"), T(" ")]
        if p.age > 89:
            segs += [P(str(p.age), "age"), T("Y")]
        else:
            segs += [T(f"{p.age}Y")]
        segs += [T(f' {p.sex}"\\n'),
                 T(f'B10,60,0,1,2,6,70,N,"{acc}"\\n'),
                 T(f'A10,136,0,2,1,1,N,"{acc} {tube} {test}"\\n'),
                 T('A10,160,0,1,1,1,N,"Coll '), P(us_date(t.date()), "date"), T(f' {t.strftime("%H:%M")} {order_no()}"\\n'),
                 T("P1\\n")]
        return "epl-lis-labeler", [T(head)] + segs
    opts = [
        "N\\nOD\\nq406\\nQ203,24\\nS3\\nD8\\nJF\\nZT\\n",
        "UQ",
        "^ee",
        "N\\nA10,8,0,3,1,1,N,\"LABEL TEST " + q + "\"\\nB10,60,0,1,2,6,70,N,\"0000000000\"\\nP1\\n",
        "xa",
        "N\\nI8,A,001\\nQ203,24\\nq406\\nOD\\nP1\\n",
        "<- status: 00 (no error) head=ok paper=ok ribbon=n/a",
        "<- status: 07 (paper out) retry in 30s",
    ]
    return "epl-lis-labeler", [T(head + random.choice(opts))]


# ---------------- PDF render service ----------------
PDF_HOSTS = ["pdf-render-6d8b9c-x2k4q", "pdf-render-6d8b9c-m7t2z", "pdf-render-6d8b9c-q9wlp"]
TEMPLATES_PHI = ["avs_v3", "discharge_papers_v7", "avs_v3", "roi_release_v2", "appt_reminder_v1"]


def f_pdf(phi):
    t = tick()
    host = random.choice(PDF_HOSTS)
    pid = 1
    req = "req-" + hexid(5)
    pre = f'{{"level":%d,"time":{epoch_ms(t)},"pid":{pid},"hostname":"{host}","reqId":"{req}"'
    if phi:
        p = pick()
        v = deal("pdf", [("slog", 4), ("render", 9), ("email", 5), ("portal", 5), ("url", 4), ("fax", 3), ("meta", 3)])
        if v == "slog":
            # structlog (python worker) variant
            title = random.choice(["Entlassungsbericht — ", "Discharge Papers — ", "After Visit Summary — "])
            segs = [T(f"{ts_iso_utc(t, 6)} [info     ] pdf.rendered                   [pdfsvc.worker] doc_title='{title}"),
                    P(f"{p.last}, {p.first}", "name"), T("' dob="), P(iso_date(p.dob), "date"),
                    T(f" pages={random.randint(2, 9)} template={random.choice(TEMPLATES_PHI)} trace_id={hexid(32)}")]
            return "pdf-render-structlog", segs
        if v == "render":
            tt = random.choice(["After Visit Summary – ", "Discharge Papers - ", "AVS: "])
            segs = [T((pre % 30) + f',"msg":"render complete","template":"{random.choice(TEMPLATES_PHI)}","doc":{{"title":"{js(tt)}'),
                    P(f"{p.last}, {p.first}", "name"), T('","subject":"Visit '), P(us_date(t.date()), "date"),
                    T('","keywords":"AVS;MRN '), P(p.mrn, "mrn"), T(";HAR "), P(p.fin, "account"),
                    T(f'","author":"{HOSP}","creator":"Chromium 122.0.6261.94","producer":"Skia/PDF m122"}},"pages":{random.randint(2, 11)},"bytes":{random.randint(60000, 900000)},"durationMs":{random.randint(300, 4000)}}}')]
            return "pdf-render-pino", segs
        if v == "email":
            segs = [T((pre % 30) + f',"msg":"delivered","channel":"email","docId":"{uuid4()}","recipientType":"patient","recipient":"'),
                    P(p.email, "email"), T(f'","from":"noreply@{DOMAIN}","smtpId":"<{hexid(16)}@mta01.sbrmc.local>"}}')]
            return "pdf-render-pino", segs
        if v == "portal":
            segs = [T((pre % 30) + ',"msg":"portal print request","clientIp":"'), P(p.ip, "ip"),
                    T('","portalUser":"'), P(p.portal_user, "other_id"),
                    T(f'","docType":"AVS","visitDate":"'), P(iso_date(t.date() - dt.timedelta(days=random.randint(0, 20))), "date"),
                    T(f'","ua":"Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1"}}')]
            return "pdf-render-pino", segs
        if v == "url":
            d = t.date() - dt.timedelta(days=random.randint(0, 30))
            url = f"https://myhealth.{DOMAIN}/u/{p.portal_user}/docs/avs-{d.strftime('%Y%m%d')}.pdf"
            segs = [T((pre % 30) + ',"msg":"signed link issued","url":"'), P(url, "url"),
                    T(f'","sig":"{hexid(40)}","expiresIn":900}}')]
            return "pdf-render-pino", segs
        if v == "fax":
            segs = [T((pre % 30) + f',"msg":"queued fax","jobId":"fx-{random.randint(4000, 9999)}","recipientType":"patient","faxTo":"'),
                    P(p.fax_e164, "fax"), T(f'","coverSheet":"ROI-patient-copy","pages":{random.randint(2, 20)},"from":"{HOSP_FAX}"}}')]
            return "pdf-render-pino", segs
        dd = t.date() - dt.timedelta(days=random.randint(0, 1))
        fu = t.date() + dt.timedelta(days=random.randint(5, 30))
        segs = [T((pre % 30) + ',"msg":"pdf metadata set","meta":{"Title":"Discharge Papers - '), P(f"{p.first} {p.last}", "name"),
                T('","DischargeDate":"'), P(iso_date(dd), "date"), T('","FollowUpAppt":"'), P(iso_date(fu), "date"),
                T(f'","Attending":"{random.choice(STAFF_FULL)}","Facility":"{HOSP}, {HOSP_ADDR}","FacilityPhone":"{HOSP_PHONE}"}}}}')]
        return "pdf-render-pino", segs
    opts = [
        (30, '"msg":"browser pool ready","size":4,"chromium":"122.0.6261.94"'),
        (40, f'"msg":"slow render","template":"census_report","durationMs":{random.randint(6000, 15000)}'),
        (30, f'"msg":"request completed","res":{{"statusCode":200}},"responseTime":{random.randint(80, 3000)}.{random.randint(100, 999)}'),
        (30, f'"msg":"render complete","template":"education_handout","doc":{{"title":"Patient Education - {random.choice(["Heart Failure", "COPD", "Wound Care", "Warfarin"])} (EN)","author":"{random.choice(STAFF_FULL)}","creator":"Chromium 122.0.6261.94"}},"pages":{random.randint(1, 6)}'),
        (50, f'"msg":"render failed","err":{{"type":"TimeoutError","message":"Navigation timeout of 30000 ms exceeded"}},"template":"avs_v3","docId":"{uuid4()}"'),
        (30, f'"msg":"template cache warmed","count":{random.randint(20, 40)},"version":"3.14.2"'),
        (40, f'"msg":"font fallback","family":"Noto Sans","missing":"U+{random.randint(0x0600, 0x06ff):04X}","template":"discharge_papers_v7"'),
        (30, f'"msg":"queue depth","queue":"render","depth":{random.randint(0, 40)},"oldestMs":{random.randint(0, 9000)}'),
        (30, f'"msg":"delivered","channel":"fax","docId":"{uuid4()}","recipientType":"provider","faxTo":"+1614555{random.randint(200, 999):04d}","from":"{HOSP_FAX}"'),
    ]
    lvl, body = random.choice(opts)
    return "pdf-render-pino", [T((pre % lvl) + "," + body + "}")]


# ---------------- Zebra status ----------------
ALERTS = ["PAPER OUT", "RIBBON OUT", "HEAD OPEN", "HEAD TOO HOT", "HEAD COLD", "PRINTER PAUSED", "CUTTER FAULT",
          "PQ JOB COMPLETED", "COLD START", "MEDIA LOW", "CLEAN PRINTHEAD", "REPLACE PRINTHEAD", "POWER ON"]


def f_zebra(phi):
    t = tick()
    q = random.choice(LABEL_PRINTERS)
    ip, _, sn = PRINTERS[q]
    r = random.random()
    if r < 0.35:
        a = random.choice(ALERTS)
        line = f"<{random.choice([131, 132, 134])}>{ts_syslog(t)} {ip} {q}: ALERT: {a} {random.choice(['SET', 'CLEARED'])} [SN:{sn}]"
        return "zebra-syslog", [T(line)]
    if r < 0.55:
        a = random.choice(ALERTS)
        line = (f"{t.strftime('%Y-%m-%d %H:%M:%S')} {q.lower()}.sbrmc.local [UDP: [{ip}]:161->[10.20.1.5]:162]:\t"
                f"SNMPv2-MIB::sysUpTime.0 = Timeticks: ({random.randint(100000, 90000000)}) {random.randint(0, 9)} days, {random.randint(0, 23)}:{random.randint(0, 59):02d}:{random.randint(0, 59):02d}.{random.randint(0, 99):02d}\t"
                f"SNMPv2-MIB::snmpTrapOID.0 = OID: SNMPv2-SMI::enterprises.10642.0.{random.randint(1, 9)}\t"
                f"SNMPv2-SMI::enterprises.10642.1.1.0 = STRING: \"{a}\"")
        return "zebra-snmptrap", [T(line)]
    if r < 0.72:
        hs1 = f"030,{random.choice([0, 1])},{random.choice([0, 1])},{random.choice(['0245', '1218', '0406'])},000,0,0,0,000,0,0,0"
        hs2 = f"000,0,{random.choice([0, 1])},0,1,2,{random.choice([4, 6])},0,00000000,1,000"
        line = f"{ts_pylog(t)} INFO label_agent.monitor: {q} {ip} ~HS -> \"{hs1}\" \"{hs2}\" \"{random.randint(1000, 9999)},0\""
        return "zebra-hoststatus", [T(line)]
    model = q.split("-")[-1]
    line = ("{" + f'"ts":"{ts_iso_utc(t)}","printer":"{q}","model":"{model}","serial":"{sn}","ip":"{ip}","mac":"{PRINTER_MAC[q]}",'
            f'"fw":"{random.choice(["V93.21.26Z", "V84.20.23Z", "V92.21.39Z"])}","status":"{random.choice(["ready", "ready", "paused", "error"])}",'
            f'"odometerIn":{random.randint(10000, 900000)},"headCleanDue":{random.choice(["false", "true"])},"mediaType":"{random.choice(["direct-thermal", "thermal-transfer"])}","labelsSinceBoot":{random.randint(0, 3000)}' + "}")
    return "zebra-fleet-json", [T(line)]


# ---------------- label template service (Spring Boot) ----------------
def spring_head(t, level, thread, logger):
    return f"{ts_spring(t)} {level:>5} 2231 --- [{thread:>15}] {logger:<40} : "


def f_label_tpl(phi):
    t = tick()
    thread = f"nio-8443-exec-{random.randint(1, 10)}"
    if phi:
        v = deal("tpl", [("vars", 7), ("valet", 4), ("addr", 5), ("idscan", 4), ("palm", 3), ("photo", 3), ("kit", 1), ("nhs", 1)])
        p = pick() if v != "nhs" else random.choice([x for x in PATIENTS if x.nhs])
        if v == "vars":
            head = spring_head(t, "DEBUG", thread, "c.s.l.render.TemplateRenderer")
            tpl = random.choice(["WB_ADULT_1X11", "WB_ADULT_1X11", "SPEC_2X1", "RX_BAG_3X2"])
            segs = [T(head + f"render template={tpl} v={random.randint(9, 16)} vars={{patientName="), P(f"{p.LAST}, {p.FIRST}", "name"),
                    T(", mrn="), P(p.mrn, "mrn"), T(", dob="), P(iso_date(p.dob), "date"), T(", fin="), P(p.fin, "account")]
            if p.age > 89:
                segs += [T(", ageDisplay="), P(str(p.age), "age"), T("Y")]
            else:
                segs += [T(f", ageDisplay={p.age}Y")]
            segs += [T(f", attending=Dr. {random.choice(ATTENDINGS)}, allergies={random.choice(ALLERGIES)}, printer={random.choice(LABEL_PRINTERS)}}}")]
            return "labeltpl-spring", segs
        if v == "valet":
            head = spring_head(t, "INFO", thread, "c.s.l.render.TemplateRenderer")
            segs = [T(head + "render template=VALET_TAG v=3 vars={guestName="), P(f"{p.first} {p.last}", "name"),
                    T(", plate="), P(p.plate, "vehicle"), T(" (OH), vehicle=" + p.vehicle + ", vin="), P(p.vin, "vehicle"),
                    T(", smsTo="), P(p.phone, "phone"), T(f", ticket=V{random.randint(10000, 99999)}, garage=B2}}")]
            return "labeltpl-spring", segs
        if v == "addr":
            head = spring_head(t, "DEBUG", thread, "c.s.l.render.TemplateRenderer")
            gf, gl = p.contact
            segs = [T(head + "render template=ADDRESSOGRAPH_LEGACY v=2 vars={name="), P(f"{p.LAST}, {p.FIRST}", "name"),
                    T(", mrn="), P(p.mrn, "mrn"), T(", ssn="), P(p.ssn, "ssn"),
                    T(", addr1="), P(p.street, "address"), T(", city="), P(p.city, "address"), T(", st=OH, zip="), P(p.zip, "zip"),
                    T(f", plan={p.payer}, memberId="), P(p.member, "health_plan"), T(f", group={p.group}"),
                    T(", guarantor="), P(f"{gf} {gl}", "name"), T(f" ({p.contact_rel}), guarantorPhone="), P(p.contact_phone, "phone"), T("}")]
            return "labeltpl-spring", segs
        if v == "idscan":
            head = spring_head(t, "INFO", thread, "c.s.l.idscan.AamvaParser")
            segs = [T(head + "parsed PDF417 from registration scanner ED-REG-03: DAQ="), P(p.dl, "license"),
                    T(" DCS="), P(ascii_fold(p.LAST), "name"), T(" DAC="), P(ascii_fold(p.FIRST), "name"),
                    T(" DBB="), P(p.dob.strftime("%m%d%Y"), "date"), T(" DAG="), P(ascii_fold(p.street).upper(), "address"),
                    T(" DAI="), P(p.city.upper(), "address"), T(" DAJ=OH DAK="), P(p.zip, "zip"), T(" DCG=USA")]
            return "labeltpl-spring", segs
        if v == "palm":
            head = spring_head(t, "DEBUG", thread, "c.s.l.bio.PalmVeinBridge")
            tpl = base64.b64encode(bytes(random.randint(0, 255) for _ in range(random.choice([192, 240, 256])))).decode()
            segs = [T(head + "confirm-print enrollment mrn="), P(p.mrn, "mrn"), T(" template_b64="), P(tpl, "biometric"),
                    T(f" quality={random.randint(60, 99)} device=PVS-{random.randint(100, 999)}")]
            return "labeltpl-spring", segs
        if v == "photo":
            head = spring_head(t, "DEBUG", thread, "o.s.w.s.m.m.a.HttpEntityMethodProcessor")
            jpg = base64.b64encode(tiny_jpeg()).decode()
            segs = [T(head + 'Read "application/json;charset=UTF-8" to [WristbandRequest(template=WB_PHOTO_1X11, patientName='),
                    P(f"{p.LAST}, {p.FIRST}", "name"), T(", mrn="), P(p.mrn, "mrn"), T(", photo=data:image/jpeg;base64,"),
                    P(jpg, "photo"), T(")]")]
            return "labeltpl-spring", segs
        if v == "kit":
            head = spring_head(t, "INFO", thread, "c.s.l.render.TemplateRenderer")
            segs = [T(head + "render template=KIT_MAILER v=5 vars={kitId="), P(p.kit, "other_id"), T(", recipient="),
                    P(f"{p.first} {p.last}", "name"), T(", email="), P(p.email, "email"), T(f", returnTo={HOSP} Lab Services}}")]
            return "labeltpl-spring", segs
        head = spring_head(t, "INFO", thread, "c.s.l.render.TemplateRenderer")
        segs = [T(head + "render template=WB_INTL_1X11 v=2 vars={patientName="), P(f"{p.LAST}, {p.FIRST}", "name"),
                T(", mrn="), P(p.mrn, "mrn"), T(", nhsNumber="), P(p.nhs, "other_id"), T(", dob="), P(iso_date(p.dob), "date"), T("}")]
        return "labeltpl-spring", segs
    lvl, logger, msg = random.choice([
        ("INFO", "c.s.l.api.TemplateController", f"POST /api/v2/render template={random.choice(['WB_ADULT_1X11', 'SPEC_2X1', 'VALET_TAG'])} printer={random.choice(LABEL_PRINTERS)} requestedBy={random.choice(STAFF_USERS)} requestId={uuid4()}"),
        ("INFO", "c.s.l.tpl.TemplateRegistry", f"Template WB_ADULT_1X11 v{random.randint(14, 16)} published by kchen (sha256={hexid(16)})"),
        ("WARN", "c.s.l.tpl.TemplateValidator", "Template SPEC_2X1 field ^FN4 exceeds printable width at 203dpi (412 > 406 dots)"),
        ("INFO", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Start completed."),
        ("INFO", "c.s.l.render.TemplateRenderer", f"rendered {random.randint(1, 4)} label(s) in {random.randint(3, 80)} ms (requestId={uuid4()})"),
        ("ERROR", "c.s.l.zebra.ZplSocketWriter", f"Connection refused to {PRINTERS[random.choice(LABEL_PRINTERS)][0]}:9100 after 3 attempts; job requeued"),
        ("INFO", "o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat started on port(s): 8443 (https) with context path ''"),
        ("INFO", "c.s.l.tpl.TemplateCache", f"Loaded {random.randint(30, 60)} templates from git@git.sbrmc.local:labels/templates.git@{hexid(7)}"),
        ("DEBUG", "c.s.l.api.HealthController", "GET /actuator/health -> UP"),
    ])
    return "labeltpl-spring", [T(spring_head(t, lvl, thread, logger) + msg)]


# ---------------- nginx in front of label API / portal print ----------------
UA_JAVA = "Apache-HttpClient/4.5.13 (Java/17.0.8)"
UA_IOS = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1"
UA_WIN = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"


def urlenc(s):
    out = []
    for b in s.encode("utf-8"):
        c = chr(b)
        if c.isalnum() and b < 128 or c in "-._~":
            out.append(c)
        else:
            out.append("%%%02X" % b)
    return "".join(out)


def f_nginx(phi):
    t = tick()
    rt = f"{random.uniform(0.004, 1.9):.3f}"
    if phi:
        p = pick()
        v = deal("nginx", [("mrn", 4), ("name", 4), ("ip", 4)])
        if v == "mrn":
            segs = [T(f'{ws_ip()} - - [{ts_cups(t)}] "GET /api/v2/labels/preview?tpl=WB_ADULT_1X11&mrn='), P(p.mrn, "mrn"),
                    T(f' HTTP/1.1" 200 {random.randint(2000, 9000)} "-" "{UA_JAVA}" {rt}')]
        elif v == "name":
            segs = [T(f'{ws_ip()} - - [{ts_cups(t)}] "GET /api/v2/labels/print?tpl=SPEC_2X1&name='), P(urlenc(f"{p.LAST}, {p.FIRST}"), "name"),
                    T("&dob="), P(iso_date(p.dob), "date"), T(f'&copies={random.randint(1, 4)}&printer={random.choice(LABEL_PRINTERS)} HTTP/1.1" 200 {random.randint(100, 400)} "https://labels.sbrmc.local/ui/print" "{UA_WIN}" {rt}')]
        else:
            segs = [P(p.ip, "ip"), T(f' - - [{ts_cups(t)}] "GET /portal/api/documents/avs/{uuid4()}/print HTTP/2.0" 200 {random.randint(80000, 900000)} "https://myhealth.{DOMAIN}/app/visits" "{UA_IOS}" {rt}')]
        return "nginx-access", segs
    opts = [
        f'{ws_ip()} - - [{ts_cups(t)}] "POST /api/v2/render HTTP/1.1" 200 {random.randint(300, 3000)} "-" "{UA_JAVA}" {rt}',
        f'10.20.1.9 - - [{ts_cups(t)}] "GET /actuator/health HTTP/1.1" 200 15 "-" "kube-probe/1.28" {rt}',
        f'10.20.1.12 - - [{ts_cups(t)}] "GET /metrics HTTP/1.1" 200 {random.randint(9000, 20000)} "-" "Prometheus/2.49.1" {rt}',
        f'{ws_ip()} - - [{ts_cups(t)}] "GET /api/v2/templates?active=true HTTP/1.1" 200 {random.randint(3000, 9000)} "https://labels.sbrmc.local/ui/templates" "{UA_WIN}" {rt}',
        f'{ws_ip()} - - [{ts_cups(t)}] "GET /api/v2/printers/{random.choice(LABEL_PRINTERS)}/status HTTP/1.1" 200 {random.randint(200, 400)} "-" "{UA_JAVA}" {rt}',
        f'{ws_ip()} - - [{ts_cups(t)}] "POST /api/v2/render HTTP/1.1" 502 157 "-" "{UA_JAVA}" {rt}',
        f'{ws_ip()} - - [{ts_cups(t)}] "GET /ui/static/js/main.{hexid(8)}.js HTTP/1.1" 304 0 "https://labels.sbrmc.local/ui/" "{UA_WIN}" {rt}',
    ]
    return "nginx-access", [T(random.choice(opts))]


# ---------------- HylaFAX xferfaxlog ----------------
CLINIC_FAX = [("16145550147", "Columbus Cardiology Assoc"), ("16145550162", "Northside Family Med"),
              ("17405550133", "Licking Co. Home Health"), ("16145550188", "OrthoOne Westerville"),
              ("13805550121", "Brightview SNF")]


def f_fax(phi):
    t = tick()
    commid = "%08d" % random.randint(12000, 19999)
    jobid = random.randint(4000, 9999)
    pages = random.randint(1, 18)
    jt = f"0:{random.randint(0, 4):02d}:{random.randint(0, 59):02d}"
    ct = f"0:{random.randint(0, 3):02d}:{random.randint(0, 59):02d}"
    head = f"{t.strftime('%m/%d/%y %H:%M')}\tSEND\t{commid}\tttyACM0\t{jobid}\t"
    if phi:
        p = pick()
        num = p.fax_e164[1:]
        segs = [T(head + '"ROI patient copy '), P(f"{p.last} {p.first[0]}", "name"),
                T(f'"\thim@prtsrv01\t"'), P(num, "fax"), T('"\t""\t32798\t' + f'{pages}\t{jt}\t{ct}\t""\t""\t""\t"him"\t""\t{pages}/0/1/1/1/0/3')]
        return "hylafax-xferfaxlog", segs
    num, who = random.choice(CLINIC_FAX)
    reason = random.choice(['""', '""', '"No answer from remote"', '"Busy signal detected"'])
    line = head + f'"Referral packet {who}"\tcm@prtsrv01\t"{num}"\t"+1 {num[1:4]} {num[4:7]} {num[7:]}"\t32798\t{pages}\t{jt}\t{ct}\t{reason}\t""\t""\t"casemgmt"\t""\t{pages}/0/1/1/1/0/3'
    return "hylafax-xferfaxlog", [T(line)]


# ----------------------------------------------------------------------------
# allocation: (generator, lines with PHI, lines without PHI)
# ----------------------------------------------------------------------------
ALLOC = [
    (f_cups_access, 0, 50),
    (f_cups_error, 20, 37),
    (f_cups_page, 20, 10),
    (f_winevt, 22, 23),
    (f_papercut, 20, 20),
    (f_zpl, 45, 10),
    (f_epl, 20, 5),
    (f_pdf, 33, 22),
    (f_zebra, 0, 48),
    (f_label_tpl, 28, 17),
    (f_nginx, 12, 18),
    (f_fax, 5, 15),
]


def build(parts):
    buf = bytearray()
    spans = []
    for text, cat in parts:
        b = text.encode("utf-8")
        s = len(buf)
        buf += b
        if cat is not None:
            assert b, "empty PHI value"
            e = len(buf)
            assert bytes(buf[s:e]) == text.encode("utf-8")
            spans.append({"s": s, "e": e, "cat": cat})
    return bytes(buf), spans


def main():
    slots = []
    for fn, n_phi, n_no in ALLOC:
        slots += [(fn, True)] * n_phi + [(fn, False)] * n_no
    assert len(slots) == N_LINES, len(slots)
    random.shuffle(slots)
    lines, labels = [], []
    for i, (fn, phi) in enumerate(slots, 1):
        family, parts = fn(phi)
        data, spans = build(parts)
        assert (len(spans) > 0) == phi, (family, phi, data)
        assert b"\n" not in data and b"\r" not in data
        assert len(data) <= 4000, (family, len(data))
        prev = 0
        for sp in spans:
            assert sp["s"] >= prev and sp["e"] > sp["s"]
            prev = sp["e"]
        lines.append(data)
        labels.append({"line": i, "family": family, "spans": spans})
    with open(os.path.join(HERE, f"{ID}.log"), "wb") as f:
        f.write(b"".join(l + b"\n" for l in lines))
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
