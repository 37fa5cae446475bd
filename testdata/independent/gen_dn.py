#!/usr/bin/env python3
"""Deterministic generator for the 'dn' PHI test corpus.

Theme: inpatient medication management (ADC cabinets, carousels, IV robots,
BCMA, IHE PCD pump messages, telepharmacy queue, diversion analytics,
pharmacy services and SQL Server jobs).

Writes dn.log and dn.labels.jsonl next to this file.  Standard library only.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata
import urllib.parse

R = random.Random(1818)
ID = "dn"
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
N_NOPHI = 275  # 55 %

CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"}


# --------------------------------------------------------------------------
# line builder with byte-offset spans
# --------------------------------------------------------------------------
class Line:
    def __init__(self, family):
        self.family = family
        self.parts = []

    def t(self, s):
        self.parts.append((str(s), None))
        return self

    def p(self, s, cat):
        s = str(s)
        assert s, "empty PHI value"
        assert cat in CATS, cat
        self.parts.append((s, cat))
        return self

    def build(self):
        buf = bytearray()
        spans = []
        for s, cat in self.parts:
            b = s.encode("utf-8")
            if cat:
                spans.append((len(buf), len(buf) + len(b), cat, b))
            buf += b
        raw = bytes(buf)
        assert b"\n" not in raw and b"\r" not in raw
        assert len(raw) <= 4000, (self.family, len(raw))
        out = []
        last_e = -1
        for s, e, cat, b in spans:
            assert raw[s:e] == b, (self.family, s, e)
            assert s >= last_e, "overlap"
            last_e = e
            out.append({"s": s, "e": e, "cat": cat})
        return raw, out


class O(list):
    """ordered JSON object: list of (key, value[, cat])"""


class S(list):
    """composite string: list of (text, cat-or-None)"""


def emit_json(L, v, cat=None, ea=False, sep=(",", ":")):
    if isinstance(v, O):
        L.t("{")
        for i, item in enumerate(v):
            k, val = item[0], item[1]
            c = item[2] if len(item) > 2 else None
            if i:
                L.t(sep[0])
            L.t(json.dumps(k, ensure_ascii=ea) + sep[1])
            emit_json(L, val, c, ea, sep)
        L.t("}")
    elif isinstance(v, S):
        L.t('"')
        for text, c in v:
            enc = json.dumps(text, ensure_ascii=ea)[1:-1]
            if c:
                L.p(enc, c)
            else:
                L.t(enc)
        L.t('"')
    elif isinstance(v, list):
        L.t("[")
        for i, x in enumerate(v):
            if i:
                L.t(sep[0])
            emit_json(L, x, cat, ea, sep)
        L.t("]")
    elif isinstance(v, str):
        enc = json.dumps(v, ensure_ascii=ea)
        if cat:
            L.t('"').p(enc[1:-1], cat).t('"')
        else:
            L.t(enc)
    elif v is None:
        L.t("null")
    elif isinstance(v, bool):
        L.t("true" if v else "false")
    else:
        s = json.dumps(v)
        if cat:
            L.p(s, cat)
        else:
            L.t(s)


def emit_py(L, v, cat=None):
    """python repr()-style dict/list rendering"""
    if isinstance(v, O):
        L.t("{")
        for i, item in enumerate(v):
            k, val = item[0], item[1]
            c = item[2] if len(item) > 2 else None
            if i:
                L.t(", ")
            L.t(repr(k) + ": ")
            emit_py(L, val, c)
        L.t("}")
    elif isinstance(v, list):
        L.t("[")
        for i, x in enumerate(v):
            if i:
                L.t(", ")
            emit_py(L, x, cat)
        L.t("]")
    elif isinstance(v, str):
        r = repr(v)
        if cat:
            L.t(r[0]).p(r[1:-1], cat).t(r[-1])
        else:
            L.t(r)
    else:
        s = repr(v)
        if cat:
            L.p(s, cat)
        else:
            L.t(s)


# --------------------------------------------------------------------------
# identifier helpers
# --------------------------------------------------------------------------
def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_number(prefix, length):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    return body + luhn_digit(body)


VIN_MAP = {**{str(i): i for i in range(10)},
           "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
           "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
           "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def make_vin(wmi, vds, year_code):
    plant = R.choice("ABCDEFGHKLMNPRSTUVWXYZ")
    serial = "".join(R.choice("0123456789") for _ in range(6))
    v = wmi + vds + "0" + year_code + plant + serial
    tot = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W))
    chk = tot % 11
    chk = "X" if chk == 10 else str(chk)
    v = v[:8] + chk + v[9:]
    assert len(v) == 17
    return v


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def make_mbi():
    d = "0123456789"
    return (R.choice("123456789") + R.choice(MBI_A) + R.choice(MBI_AN) + R.choice(d)
            + R.choice(MBI_A) + R.choice(MBI_AN) + R.choice(d) + R.choice(MBI_A)
            + R.choice(MBI_A) + R.choice(d) + R.choice(d))


def make_ssn():
    while True:
        a = R.randint(101, 665)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(10, 99), R.randint(1000, 9999))


def make_iban_dk():
    bank = "%04d" % R.randint(1000, 9999)
    acct = "%010d" % R.randint(10 ** 8, 10 ** 10 - 1)
    bban = bank + acct
    num = int(bban + "1320" + "00")  # D=13 K=20
    chk = 98 - num % 97
    s = "DK%02d%s" % (chk, bban)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def HEXS(n):
    return "".join(R.choice("0123456789ABCDEF") for _ in range(n))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def fake_jpeg_b64(n):
    head = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    body = bytes(R.randrange(256) for _ in range(n))
    return base64.b64encode(head + body + b"\xff\xd9").decode()


def fake_png_b64(n):
    head = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x60\x00\x00\x00\x60\x08\x02\x00\x00\x00"
    body = bytes(R.randrange(256) for _ in range(n))
    return base64.b64encode(head + body).decode()


def fake_template_b64(n, magic=b"FMR\x00 20\x00"):
    body = bytes(R.randrange(256) for _ in range(n))
    return base64.b64encode(magic + body).decode()


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
STREETS = ["Wilmington Pike", "Shroyer Rd", "Brown St", "Salem Ave", "Patterson Rd",
           "Linden Ave", "Smithville Rd", "Kinsey Rd", "Stroop Rd", "Hoover Ave",
           "Burkhardt Rd", "N Main St", "E Third St", "Wayne Ave", "Keowee St",
           "Siebenthaler Ave", "Catalpa Dr", "Old Troy Pike", "Ridgeway Rd", "Marshall Rd"]
CITIES = [("Dayton", "OH", "45405", "Montgomery"), ("Kettering", "OH", "45429", "Montgomery"),
          ("Beavercreek", "OH", "45431", "Greene"), ("Xenia", "OH", "45385", "Greene"),
          ("Fairborn", "OH", "45324", "Greene"), ("Huber Heights", "OH", "45424", "Montgomery"),
          ("Centerville", "OH", "45459", "Montgomery"), ("Miamisburg", "OH", "45342", "Montgomery"),
          ("Troy", "OH", "45373", "Miami"), ("Springfield", "OH", "45503", "Clark"),
          ("Vandalia", "OH", "45377", "Montgomery"), ("Yellow Springs", "OH", "45387", "Greene"),
          ("Richmond", "IN", "47374", "Wayne")]
AREA = ["937", "937", "937", "513", "765", "614"]
MAILDOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com"]

# first, last, middle, sex, birth-year (None -> random), extra national id kind
PAT_SPEC = [
    ("Adaeze", "Okonkwo", "N", "F", 1951, None),
    ("Yusuf", "Haddad", "K", "M", 1932, None),
    ("Marta", "Wiśniewska", "E", "F", 1964, "PESEL"),
    ("Lan", "Nguyễn", "T", "F", 1978, None),
    ("Søren", "Kjærgaard", "B", "M", 1959, "CPR"),
    ("José Luis", "Ramírez Ortega", "", "M", 1983, None),
    ("Priya", "Raghunathan", "S", "F", 1990, None),
    ("Hiroshi", "Tanabe", "", "M", 1931, None),
    ("Fatima", "Al-Sayegh", "M", "F", 1972, None),
    ("Declan", "O'Shea", "P", "M", 1968, None),
    ("Ingrid", "Lindqvist", "A", "F", 1947, "PNR"),
    ("Kwame", "Asante", "O", "M", 1956, None),
    ("Zofia", "Brzęczek", "", "F", 1988, None),
    ("Mateus", "Gonçalves", "R", "M", 1975, None),
    ("Mei-Ling", "Chao", "", "F", 1961, None),
    ("Ruth", "Feldman", "H", "F", 1929, None),
    ("Walter", "Pruitt", "J", "M", 1933, None),
    ("Anahera", "Ngata", "", "F", 1995, None),
    ("Giulia", "Ferraro", "L", "F", 1980, None),
    ("Dmitri", "Volkov", "A", "M", 1953, None),
    ("Esperanza", "Villanueva", "C", "F", 1944, None),
    ("Emeka", "Nwosu", "I", "M", 1966, None),
    ("Aigerim", "Sadykova", "", "F", 1993, None),
    ("Beatriz", "Esteves", "M", "F", 1939, None),
]
REL_FIRST = ["Chiamaka", "Omar", "Katarzyna", "Minh", "Mette", "Ana Sofía", "Arjun", "Keiko",
             "Layla", "Siobhan", "Erik", "Ama", "Piotr", "Luana", "Wei", "Miriam", "Linda",
             "Tama", "Marco", "Irina", "Carlos", "Ngozi", "Daniyar", "Inês"]
REL_KIND = ["daughter", "son", "spouse", "brother", "sister", "niece", "caregiver"]

TODAY = dt.date(2024, 3, 14)


class Patient:
    pass


def mk_patients():
    pts = []
    used_mrn = set()
    for i, (first, last, mid, sex, by, nat) in enumerate(PAT_SPEC):
        p = Patient()
        p.first, p.last, p.mid, p.sex = first, last, mid, sex
        p.dob = dt.date(by, R.randint(1, 12), R.randint(1, 28))
        p.age = TODAY.year - p.dob.year - ((TODAY.month, TODAY.day) < (p.dob.month, p.dob.day))
        while True:
            m = "%08d" % R.randint(100000, 9999999)
            if m not in used_mrn:
                used_mrn.add(m)
                break
        p.mrn = m
        p.ssn = make_ssn()
        p.acct = "A" + digits(9)
        city = CITIES[12] if i == 4 else R.choice(CITIES[:12])
        p.city, p.state, p.zip, p.county = city
        p.street = "%d %s" % (R.randint(12, 9870), R.choice(STREETS))
        p.unit = R.choice(["", "", "", "Apt 3", "Apt 12B", "Unit 4", "Lot 27"])
        p.area = R.choice(AREA)
        p.phone_tail = "555-01%02d" % R.randint(1, 99)
        p.cell_tail = "555-01%02d" % R.randint(1, 99)
        p.fax_tail = "555-01%02d" % R.randint(1, 99)
        asc = (first.split()[0] + "." + last.split()[0]).lower()
        asc = "".join(c for c in unicodedata.normalize("NFKD", asc) if not unicodedata.combining(c))
        for a, b in (("ś", "s"), ("ễ", "e"), ("ø", "o"), ("æ", "ae"), ("í", "i"), ("ę", "e"),
                     ("ç", "c"), ("'", "")):
            asc = asc.replace(a, b)
        p.asc = asc
        p.email = R.choice([asc, asc + str(p.dob.year % 100), asc.replace(".", "_"),
                            first[0].lower() + asc.split(".")[1] + str(R.randint(1, 99))]) + "@" + R.choice(MAILDOM)
        p.portal_user = R.choice([asc, asc.replace(".", ""), asc.split(".")[1] + str(p.dob.year)])
        p.medicare = p.age >= 65
        p.member = make_mbi() if p.medicare else R.choice(["XEH", "WKX", "ZGP", "MHB", "YRC"]) + digits(9)
        p.plan = R.choice(["Medicare Part A/B", "Humana Gold Plus HMO", "AARP Medicare Advantage"]) if p.medicare \
            else R.choice(["Anthem Blue Access PPO", "CareSource Medicaid", "Medical Mutual SuperMed", "UnitedHealthcare Choice Plus"])
        p.group = "GRP" + digits(5) if not p.medicare else ""
        pre = R.choice(["4", "51", "53", "37"])
        p.card = luhn_number(pre, 15 if pre == "37" else 16)
        p.dl = R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(6)
        p.plate = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + digits(4)
        p.vin = make_vin(R.choice(["1HG", "5J6", "1FM", "2T1", "JTD", "1G1", "KM8", "3VW"]),
                         "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(5)),
                         R.choice("EFGHJKLMN"))
        p.imei = luhn_number(R.choice(["35", "86", "01"]) + digits(6), 15)
        p.cgm_mac = ":".join(HEXS(2) for _ in range(6))
        p.pump_sn = "NG" + digits(7) + R.choice("HKM")
        p.udi = "(01)0%013d(17)%02d%02d%02d(21)%s" % (R.randint(10 ** 11, 10 ** 12), R.randint(26, 31),
                                                       R.randint(1, 12), R.randint(1, 28), "PJN" + digits(7))
        p.ip = R.choice(["198.51.100.", "203.0.113.", "73.42.%d." % R.randint(0, 255),
                         "24.166.%d." % R.randint(0, 255), "107.77.%d." % R.randint(0, 255)]) + str(R.randint(2, 250))
        p.kit = "PGX-" + R.choice("KMR") + digits(7)
        if nat == "PESEL":
            p.natid = ("PESEL", "%02d%02d%02d%s" % (p.dob.year % 100, p.dob.month, p.dob.day, digits(5)))
        elif nat == "CPR":
            p.natid = ("CPR", "%02d%02d%02d-%s" % (p.dob.day, p.dob.month, p.dob.year % 100, digits(4)))
        elif nat == "PNR":
            p.natid = ("personnummer", "%d%02d%02d-%s" % (p.dob.year, p.dob.month, p.dob.day, digits(4)))
        else:
            p.natid = None
        p.iban = make_iban_dk() if nat == "CPR" else None
        p.admit = TODAY - dt.timedelta(days=R.randint(0, 9))
        p.room = "%s-%d%s" % (R.choice(["3W", "4N", "5E", "ICU", "CVICU", "6S", "ONC"]), R.randint(301, 640), R.choice("AB"))
        rf = REL_FIRST[i]
        p.rel_first = rf
        p.rel_last = last if R.random() < 0.7 else R.choice(["Haskins", "Mbeki", "Kaminski", "Tran", "Holm", "Vega"])
        p.rel_kind = R.choice(REL_KIND)
        p.rel_phone = "%s-555-01%02d" % (R.choice(AREA), R.randint(1, 99))
        pts.append(p)
    return pts


PATIENTS = mk_patients()
PAT_W = [9, 7, 5, 4, 4, 4, 3, 5, 4, 4, 3, 3, 2, 3, 3, 4, 4, 2, 2, 3, 3, 3, 2, 3]


def pick_pt():
    return R.choices(PATIENTS, weights=PAT_W)[0]


class Staff:
    def __init__(self, first, last, role, uid):
        self.first, self.last, self.role, self.uid = first, last, role, uid
        self.badge = digits(6)
        self.email = "%s.%s@stbrigid-health.org" % (first.lower().replace("í", "i").replace("ú", "u"),
                                                    last.lower().replace(" ", ""))


STAFF = [Staff("Jun", "Nakamura", "RN", "jnakamura"), Staff("Rosa", "Alvarez", "RN", "ralvarez"),
         Staff("Katerina", "Ivanova", "RN", "kivanova"), Staff("Ahmed", "Hassan", "RN", "ahassan"),
         Staff("Bjorn", "Eriksen", "RN", "beriksen"), Staff("Hannah", "Whitfield", "RN", "hwhitfield"),
         Staff("Aoife", "Brennan", "RN", "abrennan"), Staff("Samuel", "Osei", "RN", "sosei"),
         Staff("Lucía", "Paredes", "RN", "lparedes2"), Staff("Deshawn", "Pryor", "LPN", "dpryor"),
         Staff("Marta", "Kowalczyk", "PharmD", "mkowalczyk"), Staff("Ravi", "Subramanian", "PharmD", "rsubramanian"),
         Staff("Elena", "Paredes", "PharmD", "eparedes"), Staff("Thomas", "Achterberg", "RPh", "tachterberg"),
         Staff("Tyrone", "Greene", "CPhT", "tgreene"), Staff("Chidi", "Eze", "CPhT", "ceze"),
         Staff("Yuki", "Morimoto", "CPhT", "ymorimoto"), Staff("Brianna", "Koch", "CPhT", "bkoch")]
NURSES = [s for s in STAFF if s.role in ("RN", "LPN")]
RPHS = [s for s in STAFF if s.role in ("PharmD", "RPh")]
TECHS = [s for s in STAFF if s.role == "CPhT"]
PRESCRIBERS = [("Abernathy", "Daniel", "1487302291"), ("Qureshi", "Farah", "1093877410"),
               ("van Dijk", "Pieter", "1629051187"), ("Mensah", "Abena", "1750443902")]

# --------------------------------------------------------------------------
# meds / equipment
# --------------------------------------------------------------------------
MEDS = [  # adc label, ndc, schedule, generic for orders
    ("HYDROMORPHONE 1MG/ML 1ML SYR", "0409-1283-31", "CII", "HYDROmorphone 0.5 mg IV q3h PRN"),
    ("FENTANYL 50MCG/ML 2ML VIAL", "0409-9094-22", "CII", "fentaNYL 25 mcg IV q1h PRN"),
    ("MORPHINE 4MG/ML 1ML CARPUJECT", "0409-1891-01", "CII", "morphine 2 mg IV q4h PRN"),
    ("OXYCODONE 5MG TAB", "0406-0552-62", "CII", "oxyCODONE 5 mg PO q4h PRN"),
    ("LORAZEPAM 2MG/ML 1ML VIAL", "0641-6044-25", "CIV", "LORazepam 1 mg IV q6h PRN"),
    ("MIDAZOLAM 1MG/ML 2ML VIAL", "0409-2305-17", "CIV", "midazolam 2 mg IV once"),
    ("KETAMINE 50MG/ML 10ML VIAL", "42023-0113-10", "CIII", "ketamine 0.15 mg/kg/h IV"),
    ("ONDANSETRON 4MG/2ML VIAL", "0409-4755-03", "", "ondansetron 4 mg IV q6h PRN"),
    ("HEPARIN 5000UNIT/ML 1ML VIAL", "63323-0262-01", "", "heparin 5,000 units SC q8h"),
    ("ACETAMINOPHEN 325MG TAB", "0904-6733-61", "", "acetaminophen 650 mg PO q6h PRN"),
    ("ENOXAPARIN 40MG/0.4ML SYR", "0075-0624-40", "", "enoxaparin 40 mg SC daily"),
    ("PANTOPRAZOLE 40MG VIAL", "0008-0923-55", "", "pantoprazole 40 mg IV daily"),
    ("POTASSIUM CL 20MEQ/100ML", "0338-0709-48", "", "potassium chloride 20 mEq IV once"),
    ("INSULIN REGULAR 100U/ML 10ML", "0169-1833-11", "", "insulin regular sliding scale SC AC/HS"),
    ("DIPHENHYDRAMINE 50MG/ML VIAL", "0641-0376-21", "", "diphenhydrAMINE 25 mg IV q6h PRN"),
]
CS_MEDS = [m for m in MEDS if m[2]]
STATIONS = ["3W-MS01", "3W-MS02", "4N-MS01", "5E-MS01", "ICU-MS01", "ICU-MS02", "CVICU-MS01",
            "ED-MS03", "PACU-MS01", "ONC-MS01", "6S-MS01"]
IV_DRUGS = ["vancomycin 1.25 g in NS 250 mL", "cefazolin 2 g in D5W 100 mL", "piperacillin-tazobactam 3.375 g in NS 100 mL",
            "norepinephrine 4 mg in NS 250 mL", "heparin 25,000 units in D5W 250 mL", "meropenem 1 g in NS 100 mL",
            "magnesium sulfate 2 g in SWFI 50 mL", "micafungin 100 mg in NS 100 mL"]
PUMPS = [("ACDE48234567%04X" % R.randint(0, 0xFFFF), str(R.randint(18000000, 19999999))) for _ in range(14)]
PRIV_IPS = ["10.40.2.15", "10.40.2.21", "10.40.8.12", "10.41.0.7", "172.20.14.33", "192.168.50.14", "10.40.1.22"]

# --------------------------------------------------------------------------
# clock
# --------------------------------------------------------------------------
CLOCK = [dt.datetime(2024, 3, 14, 6, 58, 3, 114000)]
UTC_OFF = dt.timedelta(hours=4)  # EDT


def tick():
    CLOCK[0] += dt.timedelta(seconds=R.randint(1, 75), microseconds=R.randint(0, 999999))
    return CLOCK[0]


def now():
    return CLOCK[0]


def utc():
    return CLOCK[0] + UTC_OFF


def ms(d):
    return "%03d" % (d.microsecond // 1000)


def fmt_date(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "dmy":
        return d.strftime("%d-%b-%Y").upper()
    if style == "long":
        return "%s %d, %d" % (d.strftime("%b"), d.day, d.year)
    raise ValueError(style)


def pt_name_style(L, p, style):
    if style == "LF":
        L.p("%s, %s" % (p.last, p.first), "name")
    elif style == "LFU":
        L.p("%s, %s" % (p.last.upper(), p.first.upper()), "name")
    elif style == "FL":
        L.p("%s %s" % (p.first, p.last), "name")
    elif style == "LFM":
        L.p(("%s, %s %s" % (p.last.upper(), p.first.upper(), p.mid)).strip(), "name")


def phone_fmt(area, tail, style):
    a, b = tail.split("-")
    if style == 0:
        return "(%s) %s-%s" % (area, a, b)
    if style == 1:
        return "%s-%s-%s" % (area, a, b)
    if style == 2:
        return "+1%s%s%s" % (area, a, b)
    if style == 3:
        return "%s%s%s" % (area, a, b)
    return "(%s)%s-%s" % (area, a, b)


# --------------------------------------------------------------------------
# families
# --------------------------------------------------------------------------
TXN_NO = [884120900]


def txn_no():
    TXN_NO[0] += R.randint(1, 40)
    return TXN_NO[0]


def f_pyxis(phi):
    L = Line("pyxis-medstation")
    d = now()
    st = R.choice(STATIONS)
    med = R.choice(MEDS)
    pocket = "D%d-P%02d" % (R.randint(1, 9), R.randint(1, 24))
    beg = R.randint(2, 30)
    if phi:
        u = R.choice(NURSES)
        p = pick_pt()
        txn = R.choice(["REMOVE", "REMOVE", "REMOVE", "OVERRIDE REMOVE", "RETURN", "CANCEL REMOVE"])
        q = R.choice([1, 1, 1, 2])
        end = beg + q if txn in ("RETURN", "CANCEL REMOVE") else beg - q
        L.t("%s MEDSTATION %s %-15s User:%s, %s (%s)  Pt:" % (d.strftime("%m/%d/%Y %H:%M:%S"), st, txn,
                                                            u.last.upper(), u.first.upper(), u.uid))
        pt_name_style(L, p, R.choice(["LFU", "LFM"]))
        L.t("  MRN:").p(p.mrn, "mrn")
        if R.random() < 0.35:
            L.t("  DOB:").p(fmt_date(p.dob, "us"), "date")
        if R.random() < 0.3:
            L.t("  Age:")
            if p.age > 89:
                L.p("%dY" % p.age, "age")
            else:
                L.t("%dY" % p.age)
        L.t("  Rm:%s  Med:%s  Qty:%d  Pkt:%s  BegCnt:%d EndCnt:%d  Txn#:%d" % (
            p.room, med[0], q, pocket, beg, end, txn_no()))
        if txn == "OVERRIDE REMOVE":
            L.t("  OvrRsn:%s" % R.choice(["EMERGENCY", "STAT ORDER", "CODE BLUE", "PHARMACY NOT YET VERIFIED"]))
    else:
        u = R.choice(TECHS + NURSES[:3])
        txn = R.choice(["REFILL", "REFILL", "LOAD", "UNLOAD", "INVENTORY", "OUTDATE", "BLIND COUNT", "EMPTY RTN BIN"])
        q = R.randint(1, 20)
        end = beg + q if txn in ("REFILL", "LOAD") else (beg if txn in ("INVENTORY", "BLIND COUNT") else max(0, beg - q))
        L.t("%s MEDSTATION %s %-15s User:%s, %s (%s)  Pt:<NONE>  Med:%s  Qty:%d  Pkt:%s  BegCnt:%d EndCnt:%d  Txn#:%d" % (
            d.strftime("%m/%d/%Y %H:%M:%S"), st, txn, u.last.upper(), u.first.upper(), u.uid, med[0], q,
            pocket, beg, end, txn_no()))
        if txn == "OUTDATE":
            L.t("  Lot:%s  Exp:%s" % (HEXS(2) + digits(4), (TODAY + dt.timedelta(days=R.randint(-3, 20))).strftime("%m/%d/%Y")))
    return L


def f_omnicell(phi):
    L = Line("omnicell-xt-json")
    d = utc()
    cab = "OMC-%s-%s" % (R.choice(["4N", "5E", "ED", "ONC", "L&D", "PEDS"]), R.choice("ABC"))
    med = R.choice(MEDS)
    if phi:
        u = R.choice(NURSES)
        p = pick_pt()
        evt = R.choice(["Issue", "Issue", "Override", "Return", "Waste"])
        ptobj = O([("mrn", p.mrn, "mrn"), ("lastName", p.last, "name"), ("firstName", p.first, "name")])
        if R.random() < 0.5:
            ptobj.append(("birthDate", fmt_date(p.dob, "hl7"), "date"))
        ptobj.append(("room", p.room))
        obj = O([("timestamp", d.strftime("%Y-%m-%dT%H:%M:%S.") + ms(d) + "Z"), ("cabinetName", cab),
                 ("eventType", evt), ("txnId", txn_no()), ("userId", u.uid.upper()),
                 ("userName", "%s, %s" % (u.last, u.first)), ("patient", ptobj),
                 ("item", O([("itemId", "%06d" % R.randint(1000, 99999)), ("description", med[0]),
                             ("ndc", med[1]), ("controlled", bool(med[2]))])),
                 ("qty", R.choice([1, 1, 2])), ("bin", "%d.%d.%d" % (R.randint(1, 6), R.randint(1, 4), R.randint(1, 12)))])
        if evt == "Override":
            obj.append(("overrideReason", R.choice(["Emergent", "Physician at bedside", "Rapid response"])))
        if evt == "Waste":
            w = R.choice(STAFF[:8])
            obj.append(("witnessId", w.uid.upper()))
        emit_json(L, obj)
    else:
        u = R.choice(TECHS)
        evt = R.choice(["Restock", "CycleCount", "DrawerFault", "Login", "Discrepancy", "SyncComplete"])
        obj = O([("timestamp", d.strftime("%Y-%m-%dT%H:%M:%S.") + ms(d) + "Z"), ("cabinetName", cab),
                 ("eventType", evt), ("txnId", txn_no())])
        if evt in ("Restock", "CycleCount", "Discrepancy"):
            obj += [("userId", u.uid.upper()), ("userName", "%s, %s" % (u.last, u.first)), ("patient", None),
                    ("item", O([("itemId", "%06d" % R.randint(1000, 99999)), ("description", med[0]),
                                ("ndc", med[1]), ("controlled", bool(med[2]))])),
                    ("expected", R.randint(3, 20)), ("counted", R.randint(3, 20))]
        elif evt == "DrawerFault":
            obj += [("drawer", R.randint(1, 8)), ("faultCode", "E%03d" % R.randint(100, 450)),
                    ("firmware", "XT-%d.%d.%d" % (R.randint(3, 5), R.randint(0, 9), R.randint(0, 30)))]
        elif evt == "Login":
            obj += [("userId", u.uid.upper()), ("method", R.choice(["BioID", "Password", "BadgeTap"])),
                    ("badge", u.badge), ("result", "OK")]
        else:
            obj += [("server", "omnicell-ocs01.stbrigid.local"), ("records", R.randint(100, 4000)),
                    ("durationMs", R.randint(200, 9000))]
        emit_json(L, obj)
    return L


def f_adc_disc(phi):
    L = Line("adc-discrepancy-logfmt")
    d = utc()
    st = R.choice(STATIONS)
    med = R.choice(CS_MEDS)
    u1, u2 = R.sample(NURSES, 2)
    L.t('time=%s level=%s svc=adc-recon ' % (d.strftime("%Y-%m-%dT%H:%M:%S.") + ms(d) + "Z", R.choice(["warn", "info"])))
    disc = "D-%s-%04d" % (d.strftime("%y%m%d"), R.randint(1, 400))
    if phi:
        p = pick_pt()
        exp = R.randint(3, 20)
        L.t('msg="discrepancy opened" disc_id=%s station=%s pocket=%d-%d-%s ndc=%s expected=%d counted=%d user=%s witness=%s last_pt_mrn=' % (
            disc, st, R.randint(1, 9), R.randint(1, 6), R.choice("ABC"), med[1], exp, exp - 1, u1.uid, u2.uid))
        L.p(p.mrn, "mrn")
        L.t(' last_pt="')
        pt_name_style(L, p, "LFU")
        L.t('" last_txn=%d trace_id=%s' % (txn_no(), hexs(32)))
    else:
        kind = R.choice(["opened", "resolved", "resolved", "escalated", "auto_closed"])
        exp = R.randint(3, 20)
        if kind == "opened":
            L.t('msg="discrepancy opened" disc_id=%s station=%s pocket=%d-%d-%s ndc=%s expected=%d counted=%d user=%s witness=%s trace_id=%s' % (
                disc, st, R.randint(1, 9), R.randint(1, 6), R.choice("ABC"), med[1], exp, exp + R.choice([-1, 1, -2]),
                u1.uid, u2.uid, hexs(32)))
        elif kind == "resolved":
            L.t('msg="discrepancy resolved" disc_id=%s station=%s resolution=%s resolved_by=%s witness=%s open_minutes=%d' % (
                disc, st, R.choice(["DOCUMENTATION_ERROR", "MISCOUNT", "RETURN_NOT_DOCUMENTED", "WASTE_NOT_DOCUMENTED"]),
                u1.uid, u2.uid, R.randint(4, 700)))
        elif kind == "escalated":
            L.t('msg="discrepancy not resolved by end of shift; escalated" disc_id=%s station=%s notify=rx-diversion@stbrigid-health.org manager="%s, %s" hours_open=%.1f' % (
                disc, st, RPHS[0].last, RPHS[0].first, R.uniform(8, 14)))
        else:
            L.t('msg="auto-closed after recount" disc_id=%s station=%s recount_user=%s delta=0' % (disc, st, R.choice(TECHS).uid))
    return L


def f_waste(phi):
    L = Line("waste-witness-syslog")
    d = now()
    host = R.choice(["adc-srv01", "adc-srv02"])
    med = R.choice(CS_MEDS)
    u, w = R.sample(NURSES, 2)
    ts = d.strftime("%Y-%m-%dT%H:%M:%S.") + ms(d) + "-04:00"
    pid = R.randint(1800, 4400)
    if phi:
        p = pick_pt()
        amt = R.choice(["25 mcg", "50 mcg", "0.5 mg", "1 mg", "2 mg", "0.5 mL"])
        L.t('<134>1 %s %s WasteSvc %d WASTE [waste@27389 med="%s" amt="%s" user="%s" witness="%s" pt_mrn="' % (
            ts, host, pid, med[0], amt, u.uid, w.uid))
        L.p(p.mrn, "mrn")
        L.t('"] Waste documented for ')
        pt_name_style(L, p, R.choice(["LF", "FL"]))
        L.t(" by %s %s %s, witnessed by %s %s %s" % (u.first[0] + ".", u.last, u.role, w.first[0] + ".", w.last, w.role))
    else:
        kind = R.choice(["pending", "timeout", "expired", "ok"])
        if kind == "pending":
            L.t('<132>1 %s %s WasteSvc %d WITNESS_PENDING [waste@27389 med="%s" user="%s"] Witness required within 30 min for CII waste (txn %d)' % (
                ts, host, pid, med[0], u.uid, txn_no()))
        elif kind == "timeout":
            L.t('<131>1 %s %s WasteSvc %d WITNESS_TIMEOUT [waste@27389 med="%s" user="%s" elapsed="00:31:12"] Undocumented waste flagged for review; notified %s' % (
                ts, host, pid, med[0], u.uid, "rx-diversion@stbrigid-health.org"))
        elif kind == "expired":
            L.t('<134>1 %s %s WasteSvc %d WASTE [waste@27389 med="%s" amt="%d ea" user="%s" witness="%s" reason="EXPIRED STOCK"] Returned to reverse distributor bin RD-%02d lot %s' % (
                ts, host, pid, med[0], R.randint(1, 6), R.choice(TECHS).uid, R.choice(RPHS).uid, R.randint(1, 9), HEXS(2) + digits(5)))
        else:
            L.t('<134>1 %s %s WasteSvc %d WASTE_OK [waste@27389 user="%s" witness="%s" txn="%d"] Dual-sign waste completed (%s)' % (
                ts, host, pid, u.uid, w.uid, txn_no(), med[0]))
    return L


def f_carousel(phi):
    L = Line("carousel-spdlog")
    d = now()
    L.t("[%s.%s] [carousel_ctl] [%s] " % (d.strftime("%Y-%m-%d %H:%M:%S"), ms(d), "info"))
    med = R.choice(MEDS)
    if phi:
        p = pick_pt()
        L.t("first-dose pick task=PT-%07d shelf=C%d bin=%02d-%02d ndc=%s qty=%d label=\"" % (
            R.randint(90000, 99999), R.randint(1, 4), R.randint(1, 40), R.randint(1, 12), med[1], R.randint(1, 3)))
        pt_name_style(L, p, "LFU")
        L.t(" | MRN ").p(p.mrn, "mrn")
        L.t(" | %s\" tube_station=PT-%02d operator=%s" % (p.room, R.randint(1, 30), R.choice(TECHS).uid))
    else:
        kind = R.choice(["pick", "putaway", "restock", "homing", "light"])
        if kind == "pick":
            L.t("pick task=PT-%07d shelf=C%d bin=%02d-%02d ndc=%s qty=%d dest=%s operator=%s elapsed_ms=%d" % (
                R.randint(90000, 99999), R.randint(1, 4), R.randint(1, 40), R.randint(1, 12), med[1],
                R.randint(1, 40), R.choice(STATIONS), R.choice(TECHS).uid, R.randint(900, 9000)))
        elif kind == "putaway":
            L.t("putaway po=PO-%d ndc=%s lot=%s exp=%s qty=%d bin=%02d-%02d verified_by=%s" % (
                R.randint(4500000, 4599999), med[1], HEXS(2) + digits(4),
                (TODAY + dt.timedelta(days=R.randint(60, 700))).isoformat(), R.randint(10, 200),
                R.randint(1, 40), R.randint(1, 12), R.choice(TECHS).uid))
        elif kind == "restock":
            L.t("restock batch RB-%s-%02d generated: %d lines for %d cabinets (par-level run)" % (
                d.strftime("%Y%m%d"), R.randint(1, 12), R.randint(40, 400), R.randint(8, 60)))
        elif kind == "homing":
            L.t("carousel C%d homing complete in %d ms, encoder=%d, plc=%s:%d fw=%d.%d.%d" % (
                R.randint(1, 4), R.randint(800, 5000), R.randint(0, 65535), R.choice(PRIV_IPS), 502,
                R.randint(2, 4), R.randint(0, 9), R.randint(0, 99)))
        else:
            L.t("pick-to-light module %02d-%02d acknowledged, latency=%dms" % (R.randint(1, 40), R.randint(1, 12), R.randint(3, 80)))
    return L


def f_ivrobot(phi):
    L = Line("iv-robot-pipe")
    d = now()
    lvl = "INFO "
    dose = "%s-%04d" % (d.strftime("%y%m%d"), R.randint(1, 600))
    drug = R.choice(IV_DRUGS)
    if phi:
        p = pick_pt()
        L.t("%s.%s | %s | LabelPrinter | Label %s printed: " % (d.strftime("%Y-%m-%d %H:%M:%S"), ms(d), lvl, dose))
        pt_name_style(L, p, "LFU")
        L.t("  MRN ").p(p.mrn, "mrn")
        L.t("  DOB ").p(fmt_date(p.dob, "us"), "date")
        L.t("  %s  %s  BUD %s" % (p.room, drug, (d + dt.timedelta(hours=R.choice([24, 30, 48]))).strftime("%m/%d/%Y %H:%M")))
    else:
        kind = R.choice(["done", "grav", "reject", "clean"])
        if kind == "done":
            L.t("%s.%s | %s | DoseCompleter | Dose %s completed: %s, grav dev %.1f%%, bay %d, cycle %.1fs" % (
                d.strftime("%Y-%m-%d %H:%M:%S"), ms(d), lvl, dose, drug, R.uniform(0.1, 3.9), R.randint(1, 6), R.uniform(40, 140)))
        elif kind == "grav":
            L.t("%s.%s | WARN  | GravCheck | Dose %s gravimetric deviation %.1f%% exceeds 5.0%% tolerance; routed to manual review (rph=%s)" % (
                d.strftime("%Y-%m-%d %H:%M:%S"), ms(d), dose, R.uniform(5.1, 9.0), R.choice(RPHS).uid))
        elif kind == "reject":
            L.t("%s.%s | ERROR | VialScanner | Vial barcode mismatch on dose %s: expected GTIN 0%s got 0%s" % (
                d.strftime("%Y-%m-%d %H:%M:%S"), ms(d), dose, digits(13), digits(13)))
        else:
            L.t("%s.%s | INFO  | Cleanroom | UV cycle complete, particle count %d/m3 (ISO 5 limit 3520), operator %s" % (
                d.strftime("%Y-%m-%d %H:%M:%S"), ms(d), R.randint(100, 2800), R.choice(TECHS).uid))
    return L


def f_bcma(phi):
    L = Line("bcma-serilog-clef")
    d = utc()
    t = d.strftime("%Y-%m-%dT%H:%M:%S.") + "%07d" % (d.microsecond * 10 + R.randint(0, 9)) + "Z"
    u = R.choice(NURSES)
    unit = R.choice(["3W", "4N", "5E", "ICU", "CVICU", "6S", "ONC"])
    if phi:
        p = pick_pt()
        kind = R.choice(["wristband", "wristband", "mismatch", "drugpt"])
        if kind == "wristband":
            obj = O([("@t", t), ("@mt", "BCMA scan {ScanType} result {Result}"), ("ScanType", "Wristband"),
                     ("Result", "Match"), ("PatientMrn", p.mrn, "mrn"),
                     ("ScannedData", S([("MRN", None), (p.mrn, "mrn"), ("^", None), (p.last.upper(), "name"),
                                        ("^", None), (p.first.upper(), "name"), ("^", None),
                                        (fmt_date(p.dob, "hl7"), "date")])),
                     ("NurseId", u.uid), ("Unit", unit), ("ScannerId", "HS-%s-%02d" % (unit, R.randint(1, 20))),
                     ("SourceContext", "StBrigid.Bcma.ScanService")])
        elif kind == "mismatch":
            q = pick_pt()
            while q is p:
                q = pick_pt()
            obj = O([("@t", t), ("@mt", "Wrong patient: wristband {ScannedMrn} does not match active chart {ChartMrn}"),
                     ("@l", "Warning"), ("ScannedMrn", q.mrn, "mrn"), ("ChartMrn", p.mrn, "mrn"),
                     ("ChartPatient", "%s, %s" % (p.last, p.first), "name"), ("NurseId", u.uid), ("Unit", unit),
                     ("AlertId", uuid4()), ("SourceContext", "StBrigid.Bcma.PatientVerifier")])
        else:
            med = R.choice(MEDS)
            obj = O([("@t", t), ("@mt", "Drug scan {Ndc} rejected for {PatientMrn}: {Reason}"), ("@l", "Warning"),
                     ("Ndc", med[1]), ("PatientMrn", p.mrn, "mrn"),
                     ("Reason", R.choice(["NoActiveOrder", "DoseTooEarly", "WrongStrength", "AllergyConflict"])),
                     ("NurseId", u.uid), ("OrderId", "ORD-%d" % R.randint(55000000, 55999999)),
                     ("SourceContext", "StBrigid.Bcma.MedVerifier")])
        emit_json(L, obj)
    else:
        kind = R.choice(["drug", "drug", "battery", "override", "latency"])
        med = R.choice(MEDS)
        if kind == "drug":
            obj = O([("@t", t), ("@mt", "BCMA scan {ScanType} result {Result}"), ("ScanType", "Medication"),
                     ("Result", "Match"), ("Gtin", "00" + med[1].replace("-", "") + digits(1)),
                     ("Lot", HEXS(2) + digits(3)), ("Expiry", (TODAY + dt.timedelta(days=R.randint(30, 600))).isoformat()),
                     ("NurseId", u.uid), ("Unit", unit), ("SourceContext", "StBrigid.Bcma.ScanService")])
        elif kind == "battery":
            obj = O([("@t", t), ("@mt", "Scanner {ScannerId} battery at {Pct}%"), ("@l", "Warning"),
                     ("ScannerId", "HS-%s-%02d" % (unit, R.randint(1, 20))), ("Pct", R.randint(3, 15)),
                     ("Mac", "00:1C:7B:%s:%s:%s" % (HEXS(2), HEXS(2), HEXS(2))), ("SourceContext", "StBrigid.Bcma.DeviceMonitor")])
        elif kind == "override":
            obj = O([("@t", t), ("@mt", "Scan override by {NurseId} reason {Reason}"), ("@l", "Warning"),
                     ("NurseId", u.uid), ("Reason", R.choice(["BarcodeUnreadable", "ItemNotInFormulary", "WristbandDamaged"])),
                     ("CosignRequired", True), ("SourceContext", "StBrigid.Bcma.OverrideService")])
        else:
            obj = O([("@t", t), ("@mt", "EHR order lookup took {Elapsed} ms"), ("Elapsed", R.randint(40, 3000)),
                     ("Endpoint", "https://ehr-fhir.stbrigid.local/api/FHIR/R4/MedicationRequest"),
                     ("RequestId", "0HMVD" + HEXS(7) + ":%08X" % R.randint(1, 99)), ("SourceContext", "StBrigid.Bcma.EhrClient")])
        emit_json(L, obj)
    return L


def hl7_ts(d):
    return d.strftime("%Y%m%d%H%M%S") + "-0400"


def pid_segment(L, p, rich=False, setid=""):
    """emit a PID segment; rich adds address/phone/ssn/account"""
    L.t("PID|%s||" % setid).p(p.mrn, "mrn").t("^^^STBRIGID^MR||")
    L.p(p.last.upper() if rich else p.last, "name").t("^").p(p.first.upper() if rich else p.first, "name")
    L.t("^%s^^^^L||" % p.mid).p(fmt_date(p.dob, "hl7"), "date").t("|%s" % p.sex)
    if not rich:
        return
    L.t("|||").p(p.street, "address").t("^")
    if p.unit:
        L.p(p.unit, "address")
    L.t("^").p(p.city, "address").t("^%s^" % p.state).p(p.zip, "zip").t("^USA^H^^").p(p.county, "address")
    L.t("||").p(phone_fmt(p.area, p.phone_tail, 4), "phone").t("^PRN^PH")
    if R.random() < 0.5:
        L.t("~").p(phone_fmt(p.area, p.cell_tail, 4), "phone").t("^PRN^CP")
    if R.random() < 0.4:
        L.t("~").p(phone_fmt(p.area, p.fax_tail, 4), "fax").t("^PRN^FX")
    if R.random() < 0.4:
        L.t("~^NET^Internet^").p(p.email, "email")
    L.t("||%s|%s||" % (R.choice(["ENG", "SPA", "POL", "VIE", "ARA", "JPN", ""]), R.choice(["M", "S", "W", "D"])))
    L.p(p.acct, "account").t("|").p(p.ssn, "ssn")


def mirth_prefix(channel):
    d = now()
    return "INFO  %s,%s [%s] c.m.c.s.channel.SourceConnector: " % (d.strftime("%Y-%m-%d %H:%M:%S"), ms(d), channel)


def f_pcd01(phi):
    L = Line("ihe-pcd01-hl7")
    d = now()
    pump, sn = R.choice(PUMPS)
    ctrl = "PCD%s" % digits(10)
    drug = R.choice(IV_DRUGS)
    rate = R.choice(["12.5", "25", "50", "100", "125", "166.7", "200"])
    L.t(mirth_prefix("PCD-01 DOC Listener Thread"))
    msh = "MSH|^~\\&|ACME_IDOC^%s^EUI-64|ACME|EHR_DOR^STBRIGID|STBRIGID|%s||ORU^R01^ORU_R01|%s|P|2.6|||AL|NE||UNICODE UTF-8|||IHE_PCD_001^IHE PCD^1.3.6.1.4.1.19376.1.6.1.1.1^ISO" % (
        pump, hl7_ts(d), ctrl)
    if phi:
        p = pick_pt()
        L.t("Received ORU^R01: " + msh + "\\r")
        pid_segment(L, p)
        L.t("\\rPV1||I|%s^^STBRIGID" % p.room.replace("-", "^", 1))
    else:
        if R.random() < 0.5:
            L.t("Sent ACK: MSH|^~\\&|EHR_DOR^STBRIGID|STBRIGID|ACME_IDOC^%s^EUI-64|ACME|%s||ACK^R01^ACK|ACK%s|P|2.6\\rMSA|AA|%s" % (
                pump, hl7_ts(d), digits(8), ctrl))
            return L
        L.t("Received ORU^R01 (unassociated): " + msh + "\\rPID|||")
    L.t("\\rOBR|1|%s^ACME_IDOC^%s^EUI-64|%s^ACME_IDOC^%s^EUI-64|69986^MDC_DEV_PUMP_INFUS_MDS^MDC" % (
        ctrl, pump, ctrl, pump))
    L.t("\\rOBX|1||69986^MDC_DEV_PUMP_INFUS_MDS^MDC|1.0.0.0|||||||X|||||||%s^^%s^EUI-64~SN%s" % (pump, pump, sn))
    L.t("\\rOBX|2|ST|184504^MDC_PUMP_MODE^MDC|1.1.1.0|%s||||||R" % R.choice(["MDC_PUMP_MODE_NOMINAL", "MDC_PUMP_MODE_STANDBY"]))
    L.t("\\rOBX|3|ST|184330^MDC_PUMP_STAT^MDC|1.1.1.0|%s||||||R" % R.choice(["pump-status-infusing", "pump-status-paused", "pump-status-alarm"]))
    L.t("\\rOBX|4|NM|157784^MDC_FLOW_FLUID_PUMP^MDC|1.1.1.1|%s|265266^MDC_DIM_MILLI_L_PER_HR^MDC|||||R" % rate)
    L.t("\\rOBX|5|ST|184330^MDC_DRUG_NAME_TYPE^MDC|1.1.1.2|%s||||||R" % drug)
    return L


def f_pcd03(phi):
    L = Line("ihe-pcd03-rgv")
    d = now()
    pump, sn = R.choice(PUMPS)
    ctrl = "%d" % R.randint(700000000, 799999999)
    drug = R.choice(IV_DRUGS)
    L.t("%s.%s [pcd03-outbound] " % (d.strftime("%Y-%m-%d %H:%M:%S"), ms(d)))
    if phi:
        p = pick_pt()
        rate = R.choice(["25", "50", "100", "166.7", "250"])
        L.t("TX RGV^O15 to %s: MSH|^~\\&|EHR^STBRIGID|STBRIGID|ACME_IDOC^ACME|STBRIGID|%s||RGV^O15^RGV_O15|%s|P|2.6|||AL|ER||UNICODE UTF-8|||IHE_PCD_PIV_001^IHE PCD^1.3.6.1.4.1.19376.1.6.1.3.1^ISO\\r" % (
            R.choice(PRIV_IPS[:4]) + ":3001", hl7_ts(d), ctrl))
        pid_segment(L, p, setid="1")
        pr = R.choice(PRESCRIBERS)
        L.t("\\rPV1|1|I|%s^^STBRIGID\\rORC|RE|%d^EHR||||||||||%s^%s^%s^^^^MD" % (
            p.room.replace("-", "^", 1), R.randint(55000000, 55999999), pr[2], pr[0].upper(), pr[1].upper()))
        L.t("\\rRXG|1|1|||^%s^RxNorm|%s||mL/h^mL/h^UCUM\\rRXR|IV^Intravenous^HL70162" % (drug, rate))
        L.t("\\rOBX|1|NM|157784^MDC_FLOW_FLUID_PUMP^MDC|1.1.1.1|%s|265266^MDC_DIM_MILLI_L_PER_HR^MDC|||||F|||||||%s^EUI-64" % (rate, pump))
    else:
        kind = R.choice(["ack", "reject", "timeout"])
        if kind == "ack":
            L.t("RX RRG^O16 from %s: MSA|AA|%s  (pump accepted program, channel %s)" % (pump, ctrl, R.choice("ABCD")))
        elif kind == "reject":
            L.t("RX RRG^O16 from %s: MSA|AE|%s\\rERR|||207^Application internal error^HL70357|E||||Rate exceeds hard limit for %s profile %s" % (
                pump, ctrl, drug.split(" ")[0], R.choice(["ADULT ICU", "ADULT MED-SURG", "ONCOLOGY"])))
        else:
            L.t("WARN no RRG^O16 from %s (SN%s) within 30000 ms for ctrl %s, retry 1/3" % (pump, sn, ctrl))
    return L


def f_telepharm(phi):
    L = Line("telepharm-python")
    d = now()
    L.t("%s,%s %s [verifyq.%s] " % (d.strftime("%Y-%m-%d %H:%M:%S"), ms(d),
                                    "INFO" if not phi else R.choice(["INFO", "INFO", "WARNING"]),
                                    "dispatcher" if phi else R.choice(["dispatcher", "metrics", "worker"])))
    site = R.choice(["LAKEVIEW-CAH", "GREENE-MEM", "STBRIGID-MAIN", "PREBLE-CAH"])
    oid = "ORD-%d" % R.randint(55000000, 55999999)
    if phi:
        p = pick_pt() if R.random() < 0.55 else R.choice([q for q in PATIENTS if q.age >= 85])
        med = R.choice(MEDS)
        L.t("enqueue order ")
        ptd = O([("name", "%s, %s" % (p.last, p.first), "name"), ("mrn", p.mrn, "mrn")])
        ptd.append(("age", p.age, "age" if p.age > 89 else None))
        if R.random() < 0.5:
            ptd.append(("dob", fmt_date(p.dob, "iso"), "date"))
        ptd.append(("wt_kg", round(R.uniform(42, 118), 1)))
        obj = O([("order_id", oid), ("site", site), ("priority", R.choice(["STAT", "ROUTINE", "NOW", "ROUTINE"])),
                 ("patient", ptd), ("drug", med[3]), ("prescriber", "%s, %s MD" % R.choice(PRESCRIBERS)[:2]),
                 ("crcl_ml_min", round(R.uniform(14, 110), 1))])
        if R.random() < 0.4:
            obj.append(("admit_date", fmt_date(p.admit, "iso"), "date"))
        emit_py(L, obj)
    else:
        kind = R.choice(["claim", "verify", "depth", "sla"])
        r = R.choice(RPHS)
        if kind == "claim":
            L.t("order %s claimed by rph=%s (%s %s, %s) site=%s wait=%s" % (
                oid, r.uid, r.first, r.last, r.role, site, "00:%02d:%02d" % (R.randint(0, 20), R.randint(0, 59))))
        elif kind == "verify":
            L.t("order %s verified outcome=%s interventions=%d rph=%s elapsed_s=%.1f" % (
                oid, R.choice(["APPROVED", "APPROVED", "MODIFIED", "REJECTED"]), R.randint(0, 2), r.uid, R.uniform(20, 600)))
        elif kind == "depth":
            L.t("queue depth=%d stat=%d routine=%d oldest_age_s=%d pharmacists_online=%d" % (
                R.randint(0, 40), R.randint(0, 4), R.randint(0, 36), R.randint(5, 1900), R.randint(1, 5)))
        else:
            L.t("SLA breach: %d STAT orders > 15 min at %s; paging on-call %s via pager 937-555-0100" % (
                R.randint(1, 3), site, r.uid))
    return L


DIV_HDR_DONE = [False]


def f_diversion(phi):
    L = Line("diversion-csv-export")
    if phi:
        p = pick_pt()
        u = R.choice(NURSES)
        med = R.choice(CS_MEDS)
        L.t("DIV-2024-%04d,%s,%s," % (R.randint(1, 180), u.uid, u.badge))
        L.p(p.mrn, "mrn").t(',"')
        pt_name_style(L, p, "LFU")
        L.t('",').p(fmt_date(p.admit, "iso"), "date")
        L.t(",%s,%s,%d,%s,%s" % (med[0], med[2], R.randint(1, 4), "%02d:%02d" % (R.randint(0, 23), R.randint(0, 59)),
                                 R.choice(["UNDOCUMENTED_WASTE", "REMOVE_AFTER_DISCHARGE", "NO_ADMIN_WITHIN_60M",
                                           "EXCESS_PRN_VS_PEERS", "CANCEL_AFTER_REMOVE"])))
    else:
        kind = R.choice(["row", "row", "row", "hdr", "hdr2", "meta"])
        if kind == "hdr":
            L.t("user_id,user_name,role,unit,period_start,period_end,cs_removals,waste_events,override_pct,peer_z,risk_tier")
        elif kind == "hdr2":
            L.t("case_id,employee_uid,badge,patient_mrn,patient_name,pt_admit_dt,med,schedule,qty,removal_hhmm,anomaly")
        elif kind == "meta":
            L.t("# export=DiversionAnalytics v4.12.0 generated=%s tz=America/New_York rows=%d source=RXSQL01.RxOps" % (
                now().strftime("%Y-%m-%dT%H:%M:%S"), R.randint(200, 5000)))
        else:
            u = R.choice(NURSES)
            z = R.uniform(-1.5, 4.2)
            L.t('%s,"%s, %s",%s,%s,2024-02-01,2024-02-29,%d,%d,%.1f,%.2f,%s' % (
                u.uid, u.last, u.first, u.role, R.choice(["3 West", "4 North", "ICU", "ED", "PACU", "Oncology"]),
                R.randint(40, 400), R.randint(3, 60), R.uniform(0, 12), z, "HIGH" if z > 3 else ("MED" if z > 2 else "LOW")))
    return L


def f_nlog(phi):
    L = Line("rx-interface-nlog")
    d = now()
    ts = d.strftime("%Y-%m-%d %H:%M:%S.") + "%04d" % (d.microsecond // 100)
    if phi:
        kind = R.choice(["sync", "beers", "beers", "allergy"])
        p = pick_pt() if kind != "beers" else R.choice([q for q in PATIENTS if q.age >= 75])
        if kind == "sync":
            L.t("%s|INFO|StBrigid.Rx.AdcInterface.ProfileSync|Profile pushed to MedStation ES for MRN " % ts)
            L.p(p.mrn, "mrn").t(" name=")
            pt_name_style(L, p, "LFM")
            L.t(" unit=%s orders=%d allergies=%d" % (p.room.split("-")[0], R.randint(1, 30), R.randint(0, 4)))
        elif kind == "beers":
            L.t("%s|WARN|StBrigid.Rx.Cds.BeersRule|Beers criteria hit for patient " % ts)
            L.p(p.mrn, "mrn").t(" (age ")
            if p.age > 89:
                L.p(str(p.age), "age")
            else:
                L.t(str(p.age))
            L.t(") drug=%s recommendation=%s" % (R.choice(["diphenhydrAMINE", "LORazepam", "zolpidem", "hydrOXYzine"]),
                                                 "AVOID"))
        else:
            L.t("%s|INFO|StBrigid.Rx.AllergyFeed|Allergy update received for " % ts)
            pt_name_style(L, p, "FL")
            L.t(" (").p(p.mrn, "mrn").t(") allergen=%s reaction=%s severity=%s" % (
                R.choice(["Penicillins", "Sulfonamides", "Morphine", "Latex", "Iodinated contrast"]),
                R.choice(["Hives", "Anaphylaxis", "Nausea", "Rash"]), R.choice(["Mild", "Moderate", "Severe"])))
    else:
        kind = R.choice(["batch", "conn", "cfg", "ex"])
        if kind == "batch":
            L.t("%s|INFO|StBrigid.Rx.AdcInterface.ProfileSync|Batch %d processed %d profiles in 00:00:%02d.%04d" % (
                ts, R.randint(1000, 1999), R.randint(20, 600), R.randint(0, 30), R.randint(0, 9999)))
        elif kind == "conn":
            L.t("%s|WARN|StBrigid.Rx.Data.SqlRetryPolicy|Transient error 40613 talking to RXSQL01 (%s:1433); retry 2/5 in 00:00:04" % (
                ts, R.choice(PRIV_IPS)))
        elif kind == "cfg":
            L.t("%s|INFO|StBrigid.Rx.Host.Program|Starting StBrigid.Rx.AdcInterface 3.8.%d (build 2024-02-27, commit %s) on RXAPP02" % (
                ts, R.randint(0, 40), hexs(7)))
        else:
            L.t("%s|ERROR|StBrigid.Rx.AdcInterface.Listener|System.IO.IOException: Unable to read data from the transport connection: An existing connection was forcibly closed by the remote host. (HL7 listener port 6661, peer %s)" % (
                ts, R.choice(PRIV_IPS)))
    return L


def f_sqlagent(phi):
    L = Line("sqlagent-jobhistory-csv")
    d = now()
    job = R.choice(["ADC_Nightly_Reconcile", "RxOps_PatientProfile_Merge", "Diversion_Feed_Extract",
                    "Carousel_Inventory_Snapshot", "Pump_Assoc_Archive"])
    L.t("%s,%s," % (d.strftime("%m/%d/%Y %H:%M:%S"), job))
    if phi:
        p = pick_pt()
        L.t("Failed,1,RXSQL01,%s,Merge patient profile,,Executed as user: STBRIGID\\svc_rxagent. Violation of PRIMARY KEY constraint 'PK_AdcPatientProfile'. Cannot insert duplicate key in object 'dbo.AdcPatientProfile'. The duplicate key value is (" % job)
        L.p(p.mrn, "mrn").t(", ").p(fmt_date(p.admit, "iso"), "date")
        L.t("). [SQLSTATE 23000] (Error 2627)  The statement has been terminated. [SQLSTATE 01000] (Error 3621).  The step failed.,00:00:%02d,14,0,,,,0" % R.randint(1, 40))
    else:
        ok = R.random() < 0.8
        if ok:
            L.t("Succeeded,1,RXSQL01,%s,%s,,Executed as user: STBRIGID\\svc_rxagent. (%d rows affected) [SQLSTATE 01000] (Message 0).  The step succeeded.,00:%02d:%02d,0,0,,,,0" % (
                job, R.choice(["Extract", "Merge", "Rebuild indexes", "Purge > 400 days"]), R.randint(10, 90000),
                R.randint(0, 12), R.randint(0, 59)))
        else:
            L.t("Failed,1,RXSQL01,%s,Extract,,Executed as user: STBRIGID\\svc_rxagent. Login timeout expired [SQLSTATE HYT00] (Error 0)  A network-related or instance-specific error has occurred while establishing a connection to SQL Server. [SQLSTATE 08001] (Error 53).  The step failed.,00:00:%02d,0,0,,,,0" % (
                job, R.randint(15, 45)))
    return L


def f_errorlog(phi):
    assert not phi
    L = Line("mssql-errorlog")
    d = now()
    ts = d.strftime("%Y-%m-%d %H:%M:%S.") + "%02d" % (d.microsecond // 10000)
    kind = R.choice(["login", "backup", "dbcc", "deadlock"])
    if kind == "login":
        L.t("%s Logon       Login failed for user 'STBRIGID\\%s'. Reason: Password did not match that for the login provided. [CLIENT: %s]" % (
            ts, R.choice(["svc_pyxis", "svc_omni", "svc_rxagent"]), R.choice(PRIV_IPS)))
    elif kind == "backup":
        L.t("%s Backup      Log was backed up. Database: RxOps, creation date(time): 2019/06/11(22:14:07), first LSN: %d:%d:1, last LSN: %d:%d:1, number of dump devices: 1, device information: (FILE=1, TYPE=DISK: {'\\\\nas02\\sqlbak\\RXSQL01\\RxOps_LOG_%s.trn'}). This is an informational message only. No user action is required." % (
            ts, R.randint(100000, 999999), R.randint(100, 999), R.randint(100000, 999999), R.randint(100, 999), d.strftime("%Y%m%d_%H%M%S")))
    elif kind == "dbcc":
        L.t("%s spid%d      DBCC CHECKDB (RxOps) WITH no_infomsgs executed by STBRIGID\\svc_rxagent found 0 errors and repaired 0 errors. Elapsed time: 0 hours %d minutes %d seconds.  Internal database snapshot has split point LSN = %08x:%08x:0001 and first LSN = %08x:%08x:0001." % (
            ts, R.randint(51, 140), R.randint(0, 40), R.randint(0, 59), R.randint(0, 99999), R.randint(0, 99999), R.randint(0, 99999), R.randint(0, 99999)))
    else:
        L.t("%s spid%ds     deadlock-list victim=process%s  (RxOps.dbo.AdcTransaction, index PK_AdcTransaction, mode=X)" % (
            ts, R.randint(10, 30), hexs(12)))
    return L


def f_adt(phi):
    L = Line("adt-to-adc-hl7")
    d = now()
    ctrl = digits(12)
    evt = R.choice(["A01", "A08", "A03", "A02"])
    if phi:
        p = pick_pt()
        L.t("%s.%s ADTRouter -> PYXIS_ES  " % (d.strftime("%Y-%m-%d %H:%M:%S"), ms(d)))
        L.t("MSH|^~\\&|EPIC|STBRIGID|PYXIS|STBRIGID|%s||ADT^%s|%s|P|2.3\\rEVN|%s|%s\\r" % (
            d.strftime("%Y%m%d%H%M%S"), evt, ctrl, evt, d.strftime("%Y%m%d%H%M%S")))
        pid_segment(L, p, rich=True, setid="1")
        pr = R.choice(PRESCRIBERS)
        L.t("\\rPV1|1|I|%s^STBRIGID||||%s^%s^%s^^^^MD|||MED||||1|||%s^%s^%s^^^^MD|IN||%s|||||||||||||||||||STBRIGID|||||" % (
            p.room.replace("-", "^", 1), pr[2], pr[0].upper(), pr[1].upper(), pr[2], pr[0].upper(), pr[1].upper(),
            R.choice(["MCR", "COM", "MCD", "SELF"])))
        L.p(p.admit.strftime("%Y%m%d") + "%02d%02d" % (R.randint(0, 23), R.randint(0, 59)), "date")
        if evt == "A03":
            L.t("|").p(TODAY.strftime("%Y%m%d") + now().strftime("%H%M"), "date")
        if R.random() < 0.4:
            L.t("\\rNK1|1|").p(p.rel_last.upper(), "name").t("^").p(p.rel_first.upper(), "name")
            L.t("|%s|||" % p.rel_kind.upper()[:3]).p(p.rel_phone, "phone")
        L.t("\\rAL1|1|DA|%s^%s|%s" % (digits(5), R.choice(["PENICILLIN", "SULFA", "CODEINE", "NKA"]), R.choice(["SV", "MO", "MI"])))
    else:
        L.t("%s.%s ADTRouter -> PYXIS_ES  ACK %s for ctrl %s in %d ms (queue=%d)" % (
            d.strftime("%Y-%m-%d %H:%M:%S"), ms(d), R.choice(["AA", "AA", "AA", "AE"]), ctrl, R.randint(4, 900), R.randint(0, 50)))
    return L


def f_dft(phi):
    L = Line("dft-charge-hl7")
    d = now()
    ctrl = "DFT" + digits(9)
    if phi:
        p = pick_pt()
        med = R.choice(MEDS)
        L.t("[%s] charge-interface OUT " % d.strftime("%d/%b/%Y:%H:%M:%S -0400"))
        L.t("MSH|^~\\&|RXCHG|STBRIGID|PB|STBRIGID|%s||DFT^P03|%s|P|2.5.1\\rEVN|P03|%s\\r" % (
            d.strftime("%Y%m%d%H%M%S"), ctrl, d.strftime("%Y%m%d%H%M%S")))
        pid_segment(L, p, rich=True, setid="1")
        L.t("\\rFT1|1|||").p(TODAY.strftime("%Y%m%d"), "date")
        L.t("||CG|%s^%s^NDC||%d|||%s|||%s" % (med[1].replace("-", ""), med[0], R.randint(1, 3),
                                              "%.2f" % R.uniform(2, 380), "ADC-" + R.choice(STATIONS)))
        L.t("\\rIN1|1|%s|%s|%s|PO BOX %d^^COLUMBUS^OH^432%02d||(800) 555-01%02d|%s||||||||" % (
            "MCR" if p.medicare else "COM%d" % R.randint(10, 99), R.randint(100, 999), p.plan, R.randint(1000, 99999),
            R.randint(10, 99), R.randint(0, 99), p.group))
        ins_self = R.random() < 0.7
        if ins_self:
            L.p(p.last.upper(), "name").t("^").p(p.first.upper(), "name").t("|SEL|").p(fmt_date(p.dob, "hl7"), "date")
        else:
            L.p(p.rel_last.upper(), "name").t("^").p(p.rel_first.upper(), "name").t("|%s|" % p.rel_kind[:3].upper())
        L.t("||||||||||||||||||").p(p.member, "health_plan")
        if R.random() < 0.5:
            L.t("\\rGT1|1||").p(p.rel_last.upper() if not ins_self else p.last.upper(), "name").t("^")
            L.p(p.rel_first.upper() if not ins_self else p.first.upper(), "name").t("||")
            L.p(p.street, "address").t("^^").p(p.city, "address").t("^%s^" % p.state).p(p.zip, "zip")
            L.t("|").p(p.rel_phone if not ins_self else phone_fmt(p.area, p.phone_tail, 1), "phone")
    else:
        L.t("[%s] charge-interface IN  MSH|^~\\&|PB|STBRIGID|RXCHG|STBRIGID|%s||ACK^P03|A%s|P|2.5.1\\rMSA|%s|%s" % (
            d.strftime("%d/%b/%Y:%H:%M:%S -0400"), d.strftime("%Y%m%d%H%M%S"), digits(9),
            R.choice(["AA", "AA", "AR"]), ctrl))
    return L


def f_m2b(phi):
    L = Line("meds-to-beds-structlog")
    d = utc()
    ts = d.strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % d.microsecond
    if phi:
        p = pick_pt() if R.random() < 0.6 else R.choice([q for q in PATIENTS if not (q.first + q.last).isascii()])
        kind = R.choice(["sched", "sched", "pay", "track", "refund", "idcheck"])
        if kind == "refund" and not p.iban:
            kind = "pay"
        if kind == "sched":
            addr = S([(p.street + (" " + p.unit if p.unit else ""), "address"), (", ", None), (p.city, "address"),
                      (", %s " % p.state, None), (p.zip, "zip")])
            obj = O([("event", "delivery_scheduled"), ("patient_name", "%s %s" % (p.first, p.last), "name"),
                     ("mrn", p.mrn, "mrn"), ("callback", phone_fmt(p.area, p.cell_tail, R.choice([0, 1, 2])), "phone"),
                     ("deliver_to", "bedside" if R.random() < 0.5 else addr), ("rx_count", R.randint(1, 7)),
                     ("pharmacy_phone", "(937) 555-0100"), ("level", "info"), ("timestamp", ts)])
        elif kind == "pay":
            obj = O([("event", "copay_authorized"), ("mrn", p.mrn, "mrn"), ("amount", "%.2f" % R.uniform(0, 145)),
                     ("card_number", p.card, "account"), ("processor_ref", "ch_" + hexs(24)),
                     ("cardholder", "%s %s" % (p.first, p.last), "name"), ("level", "info"), ("timestamp", ts)])
        elif kind == "track":
            url = "https://rx.stbrigid-health.org/m2b/track?pt=%s-%s&dob=%s" % (
                urllib.parse.quote(p.last.lower().replace(" ", "-").replace("'", "")),
                urllib.parse.quote(p.first.lower().replace(" ", "-")), fmt_date(p.dob, "hl7"))
            obj = O([("event", "sms_link_sent"), ("to", phone_fmt(p.area, p.cell_tail, 2), "phone"),
                     ("tracking_url", url, "url"), ("provider", "twilio"), ("sid", "SM" + hexs(32)),
                     ("level", "info"), ("timestamp", ts)])
        elif kind == "idcheck":
            obj = O([("event", "cs_pickup_id_verified"), ("mrn", p.mrn, "mrn"),
                     ("id_type", "drivers_license"), ("id_state", p.state), ("id_number", p.dl, "license"),
                     ("id_exp", (TODAY + dt.timedelta(days=R.randint(100, 1400))).isoformat()),
                     ("verified_by", R.choice(RPHS).uid), ("level", "info"), ("timestamp", ts)])
        else:
            obj = O([("event", "copay_refund_issued"), ("mrn", p.mrn, "mrn"), ("amount", "%.2f" % R.uniform(5, 60)),
                     ("iban", p.iban, "account"), ("account_holder", "%s %s" % (p.first, p.last), "name"),
                     ("level", "info"), ("timestamp", ts)])
        emit_json(L, obj, ea=True, sep=(", ", ": "))
    else:
        kind = R.choice(["route", "sms_fail", "inventory"])
        if kind == "route":
            obj = O([("event", "route_batch_closed"), ("batch", "M2B-%s-%02d" % (d.strftime("%Y%m%d"), R.randint(1, 9))),
                     ("deliveries", R.randint(2, 20)), ("courier", R.choice(TECHS).uid),
                     ("pharmacy_address", "4100 Far Hills Ave, Kettering, OH 45429"),
                     ("level", "info"), ("timestamp", ts)])
        elif kind == "sms_fail":
            obj = O([("event", "sms_provider_error"), ("status", 429), ("retry_after_s", R.randint(1, 30)),
                     ("sid", "SM" + hexs(32)), ("level", "warning"), ("timestamp", ts)])
        else:
            obj = O([("event", "outpatient_inventory_sync"), ("skus", R.randint(800, 2400)),
                     ("elapsed_ms", R.randint(300, 9000)), ("level", "info"), ("timestamp", ts)])
        emit_json(L, obj, ea=True, sep=(", ", ": "))
    return L


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
       "StBrigidMyMeds/5.4.1 (iOS 17.3.1; iPhone14,5)"]


def f_nginx(phi):
    L = Line("refill-portal-nginx")
    d = now()
    ts = d.strftime("[%d/%b/%Y:%H:%M:%S -0400]")
    if phi:
        p = pick_pt()
        L.p(p.ip, "ip").t(" - ").p(p.portal_user, "other_id").t(" %s \"" % ts)
        kind = R.choice(["refills", "meds", "post"])
        if kind == "post":
            L.t("POST /api/v2/patients/").p(p.mrn, "mrn").t("/refill-requests HTTP/2.0\" 201 %d \"" % R.randint(80, 400))
        else:
            L.t("GET /api/v2/patients/").p(p.mrn, "mrn").t("/%s HTTP/2.0\" 200 %d \"" % (
                "refills" if kind == "refills" else "medications?active=true", R.randint(300, 9000)))
        if R.random() < 0.5:
            L.p("https://mychart.stbrigid-health.org/patients/%s/medications" % p.portal_user, "url")
        else:
            L.t("-")
        L.t("\" \"%s\" rt=%.3f uct=0.00%d" % (R.choice(UAS), R.uniform(0.01, 1.4), R.randint(1, 9)))
    else:
        kind = R.choice(["health", "static", "metrics"])
        ip = R.choice(PRIV_IPS)
        if kind == "health":
            L.t("%s - - %s \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.27\" rt=0.001 uct=0.000" % (ip, ts))
        elif kind == "static":
            L.t("%s - - %s \"GET /static/js/main.%s.js HTTP/1.1\" 304 0 \"https://mychart.stbrigid-health.org/\" \"%s\" rt=0.000 uct=-" % (
                ip, ts, hexs(8), R.choice(UAS)))
        else:
            L.t("%s - - %s \"GET /metrics HTTP/1.1\" 200 %d \"-\" \"Prometheus/2.49.1\" rt=0.004 uct=0.001" % (ip, ts, R.randint(4000, 9000)))
    return L


def f_glog(phi):
    L = Line("pump-gateway-glog")
    d = now()
    pump, sn = R.choice(PUMPS)
    tid = R.randint(4000, 4999)
    pre = lambda lv, f, n: "%s%s %s.%06d %6d %s:%d] " % (lv, d.strftime("%m%d"), d.strftime("%H:%M:%S"), d.microsecond, tid, f, n)
    if phi:
        p = pick_pt()
        if R.random() < 0.7:
            L.t(pre("I", "assoc_manager.cc", 212))
            L.t("Associated pump %s (SN %s) channel %s to patient_id=" % (pump, sn, R.choice("ABCD")))
            L.p(p.mrn, "mrn").t(" [")
            L.p(p.last.upper(), "name").t("^").p(p.first.upper(), "name")
            L.t("] bed %s via %s" % (p.room, R.choice(["BCMA", "manual", "ADT"])))
        else:
            L.t(pre("W", "assoc_manager.cc", 347))
            L.t("Disassociating pump %s: ADT A03 discharge for patient_id=" % pump)
            L.p(p.mrn, "mrn").t(" discharged ").p(fmt_date(TODAY, "iso"), "date")
    else:
        kind = R.choice(["hb", "reconn", "alarm", "lib"])
        if kind == "hb":
            L.t(pre("I", "heartbeat.cc", 58) + "heartbeat: %d pumps online, %d infusing, %d alarming, lag_ms=%d" % (
                R.randint(380, 460), R.randint(20, 140), R.randint(0, 6), R.randint(1, 300)))
        elif kind == "reconn":
            L.t(pre("W", "doc_client.cc", 88) + "DOC %s:3000 connection reset; reconnect attempt %d backoff=%dms" % (
                R.choice(PRIV_IPS), R.randint(1, 5), R.choice([250, 500, 1000, 2000])))
        elif kind == "alarm":
            L.t(pre("I", "alarm_router.cc", 131) + "pump %s alarm %s priority=%s forwarded to ACM (IHE PCD-04)" % (
                pump, R.choice(["AIR_IN_LINE", "OCCLUSION_DOWNSTREAM", "INFUSION_COMPLETE", "CHANNEL_IDLE"]),
                R.choice(["PH", "PM", "PL"])))
        else:
            L.t(pre("I", "druglib_sync.cc", 40) + "drug library %s v%d.%d pushed to %d pumps, %d pending" % (
                R.choice(["ADULT_2024Q1", "PEDS_2024Q1"]), R.randint(20, 40), R.randint(0, 9), R.randint(300, 450), R.randint(0, 40)))
    return L


def f_curbside(phi):
    L = Line("curbside-pickup-python")
    d = now()
    L.t("%s,%s - curbside.checkin - %s - " % (d.strftime("%Y-%m-%d %H:%M:%S"), ms(d), "INFO"))
    if phi:
        p = pick_pt()
        kind = R.choice(["arrive", "cii", "vin"])
        if kind == "arrive":
            L.t("arrival pt_mrn=").p(p.mrn, "mrn").t(" plate=").p(p.plate, "vehicle")
            L.t(" state=%s bay=%d eta_min=%d" % (p.state, R.randint(1, 4), R.randint(0, 12)))
        elif kind == "cii":
            rel = R.random() < 0.6
            L.t("CII pickup ID check ok: id_type=DL issuer=%s id_no=" % p.state)
            L.p(p.dl, "license").t(" holder=\"")
            if rel:
                L.p("%s %s" % (p.rel_first, p.rel_last), "name").t("\" relation=%s patient_mrn=" % p.rel_kind)
            else:
                L.p("%s %s" % (p.first, p.last), "name").t("\" relation=self patient_mrn=")
            L.p(p.mrn, "mrn").t(" verified_by=%s" % R.choice(RPHS).uid)
        else:
            L.t("vehicle registered for recurring pickup mrn=").p(p.mrn, "mrn")
            L.t(" vin=").p(p.vin, "vehicle").t(" plate=").p(p.plate, "vehicle").t(" (%s)" % p.state)
    else:
        L.t(R.choice(["bay %d cleared by %s after %d min" % (R.randint(1, 4), R.choice(TECHS).uid, R.randint(2, 15)),
                      "queue stats waiting=%d avg_wait_min=%.1f p95=%.1f" % (R.randint(0, 9), R.uniform(2, 9), R.uniform(8, 20)),
                      "camera LPR-%02d offline (rtsp://10.41.0.%d:554/stream1)" % (R.randint(1, 4), R.randint(20, 60))]))
    return L


PHOTO_N = [0]


def f_photo(phi):
    L = Line("bcma-photo-serilog")
    d = now()
    L.t("[%s %s] " % (d.strftime("%H:%M:%S"), "INF"))
    if phi:
        p = pick_pt()
        PHOTO_N[0] += 1
        if PHOTO_N[0] % 2 == 1:
            L.t("Patient photo loaded for wristband verification Mrn=").p(p.mrn, "mrn").t(" Photo=")
            if R.random() < 0.6:
                L.p("data:image/jpeg;base64," + fake_jpeg_b64(R.randint(150, 300)), "photo")
            else:
                L.p(fake_png_b64(R.randint(150, 300)), "photo")
        else:
            L.t("PatientSecure palm-vein match Mrn=").p(p.mrn, "mrn").t(" score=%.3f Template=" % R.uniform(0.9, 0.999))
            L.p(fake_template_b64(R.randint(120, 260), magic=b"PVT2\x00\x01"), "biometric")
    else:
        u = R.choice(NURSES)
        L.t(R.choice(["Photo cache hit ratio %.2f (n=%d, evictions=%d)" % (R.uniform(0.7, 0.99), R.randint(100, 900), R.randint(0, 40)),
                      "BioID verify User=%s Station=%s Score=%.3f TemplateHash=sha256:%s Result=Accept" % (
                          u.uid, R.choice(STATIONS), R.uniform(0.9, 0.999), hexs(64)),
                      "Photo service GET https://imaging-api.stbrigid.local/v1/photos/%s -> 404 in %d ms" % (uuid4(), R.randint(3, 90))]))
    return L


def f_pgx(phi):
    L = Line("pgx-lab-kv")
    d = now()
    L.t("%s %2d %s labsrv03 pgx-intake[%d]: " % (d.strftime("%b"), d.day, d.strftime("%H:%M:%S"), R.randint(900, 3000)))
    if phi:
        p = pick_pt()
        L.t("kit received kit_id=").p(p.kit, "other_id").t(" mrn=").p(p.mrn, "mrn")
        L.t(" collected=").p(fmt_date(TODAY - dt.timedelta(days=R.randint(1, 4)), R.choice(["iso", "us"])), "date")
        L.t(" panel=%s specimen=buccal ordering_rph=%s" % (R.choice(["CYP2C19", "CYP2D6/CYP2C9/VKORC1", "TPMT/NUDT15"]), R.choice(RPHS).uid))
        if p.natid and R.random() < 0.7:
            L.t(" intl_id_type=%s intl_id=" % p.natid[0]).p(p.natid[1], "other_id")
    else:
        L.t("plate PGX-PL-%04d run complete on QS7-%02d: %d samples, %d no-calls, QC=%s" % (
            R.randint(1, 999), R.randint(1, 3), R.randint(20, 94), R.randint(0, 3), R.choice(["PASS", "PASS", "REVIEW"])))
    return L


def f_homedev(phi):
    L = Line("medrec-pino-json")
    t = int((utc() - dt.datetime(1970, 1, 1)).total_seconds() * 1000)
    base = [("level", 30), ("time", t), ("pid", R.randint(20, 90)), ("hostname", "medrec-api-%s-%s" % (hexs(10), hexs(5))),
            ("reqId", "req-%s" % R.randint(1, 9999))]
    if phi:
        p = pick_pt()
        kind = R.choice(["pump", "cgm", "phone", "udi"])
        if kind == "pump":
            dev = O([("type", "insulin_pump"), ("mfr", "Medtronic"), ("model", "MiniMed 780G"), ("serial", p.pump_sn, "device")])
        elif kind == "cgm":
            dev = O([("type", "cgm_reader"), ("mfr", "Dexcom"), ("model", "G7"), ("btMac", p.cgm_mac, "device")])
        elif kind == "phone":
            dev = O([("type", "patient_phone"), ("purpose", "MyMeds app"), ("imei", p.imei, "device")])
        else:
            dev = O([("type", "implant"), ("desc", "dual-chamber pacemaker"), ("udi", p.udi, "device")])
        obj = O(base + [("msg", "home device recorded"), ("mrn", p.mrn, "mrn"), ("device", dev),
                        ("recordedBy", R.choice(RPHS + TECHS).uid)])
    else:
        kind = R.choice(["done", "scanner"])
        if kind == "done":
            obj = O(base + [("res", O([("statusCode", R.choice([200, 200, 201, 304, 404]))])),
                            ("responseTime", R.randint(3, 400)), ("msg", "request completed")])
        else:
            obj = O(base + [("msg", "unit scanner registered"), ("assetTag", "BME-%06d" % R.randint(1, 99999)),
                            ("mac", "00:1C:7B:%s:%s:%s" % (HEXS(2), HEXS(2), HEXS(2))), ("unit", R.choice(STATIONS)[:-5])])
    emit_json(L, obj)
    return L


def f_postfix(phi):
    L = Line("postfix-notify")
    d = now()
    day = d.strftime("%b ") + ("%2d" % d.day) + d.strftime(" %H:%M:%S")
    qid = HEXS(10)
    if phi:
        p = pick_pt()
        L.t("%s mail01 postfix/smtp[%d]: %s: to=<" % (day, R.randint(2000, 9000), qid))
        L.p(p.email, "email")
        L.t(">, relay=%s[%s]:25, delay=%.2f, delays=0.01/0/0.4/%.2f, dsn=2.0.0, status=sent (250 2.0.0 OK  %d %s - gsmtp)" % (
            "mx." + p.email.split("@")[1],
            R.choice(["142.250.%d.%d" % (R.randint(1, 250), R.randint(1, 250)), "67.195.%d.%d" % (R.randint(1, 250), R.randint(1, 250))]),
            R.uniform(0.3, 2), R.uniform(0.1, 1), R.randint(1710000000, 1710500000), hexs(20)))
    else:
        L.t(R.choice([
            "%s mail01 postfix/qmgr[1187]: %s: from=<noreply@stbrigid-health.org>, size=%d, nrcpt=1 (queue active)" % (day, qid, R.randint(1500, 9000)),
            "%s mail01 postfix/smtp[%d]: %s: to=<rx-diversion@stbrigid-health.org>, relay=exch01.stbrigid.local[10.40.1.30]:25, delay=0.12, dsn=2.0.0, status=sent (250 2.6.0 Queued mail for delivery)" % (day, R.randint(2000, 9000), qid),
            "%s mail01 postfix/smtp[%d]: %s: to=<%s>, relay=exch01.stbrigid.local[10.40.1.30]:25, delay=0.09, dsn=2.0.0, status=sent (250 2.6.0 Queued mail for delivery)" % (day, R.randint(2000, 9000), qid, R.choice(RPHS).email),
            "%s mail01 postfix/cleanup[%d]: %s: message-id=<%s@rxapp02.stbrigid.local>" % (day, R.randint(2000, 9000), qid, uuid4()),
        ]))
    return L


QUOTAS = {  # fn: (lines with PHI, lines without PHI)
    f_pyxis: (17, 25), f_omnicell: (15, 20), f_adc_disc: (6, 12), f_waste: (12, 12),
    f_carousel: (6, 17), f_ivrobot: (8, 10), f_bcma: (20, 20), f_pcd01: (10, 10),
    f_pcd03: (7, 8), f_telepharm: (14, 14), f_diversion: (8, 18), f_nlog: (9, 14),
    f_sqlagent: (4, 10), f_errorlog: (0, 8), f_adt: (12, 6), f_dft: (10, 5),
    f_m2b: (12, 8), f_nginx: (10, 12), f_glog: (6, 12), f_curbside: (10, 6),
    f_photo: (10, 6), f_pgx: (6, 4), f_homedev: (8, 8), f_postfix: (5, 10),
}


def main():
    plan = []
    for fn, (n_phi, n_no) in QUOTAS.items():
        plan += [(fn, True)] * n_phi + [(fn, False)] * n_no
    assert len(plan) == N_LINES and sum(1 for _, ph in plan if not ph) == N_NOPHI
    R.shuffle(plan)
    log_lines, labels = [], []
    for i, (fn, phi) in enumerate(plan, 1):
        tick()
        L = fn(phi)
        raw, spans = L.build()
        assert bool(spans) == phi, (L.family, phi, raw)
        raw.decode("utf-8")
        log_lines.append(raw)
        labels.append({"line": i, "family": L.family, "spans": spans})
    assert len(log_lines) == N_LINES
    with open(os.path.join(HERE, ID + ".log"), "wb") as f:
        f.write(b"\n".join(log_lines) + b"\n")
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
