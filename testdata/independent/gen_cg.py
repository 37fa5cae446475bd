#!/usr/bin/env python3
"""Deterministic generator for the `cg` held-out PHI corpus.

Theme: medical transcription / coding / CDI vendor ("ScribeLine HIS").
Writes cg.log and cg.labels.jsonl next to this file.  Standard library only.
Every line is built by concatenating pieces; a piece is either plain text or
(text, category).  Byte offsets are recorded while building and asserted.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import unicodedata

SEED = 101
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
PHI_SHARE = 0.45

# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------


def flat(pieces):
    out = []
    for p in pieces:
        if isinstance(p, list):
            out.extend(flat(p))
        else:
            out.append(p)
    return out


def build(pieces):
    parts, spans, n = [], [], 0
    for p in flat(pieces):
        if isinstance(p, tuple):
            txt, cat = p
            b = txt.encode("utf-8")
            if cat:
                spans.append((n, n + len(b), cat, b))
        else:
            b = p.encode("utf-8")
        parts.append(b)
        n += len(b)
    line = b"".join(parts)
    assert b"\n" not in line and b"\r" not in line, line
    for s, e, c, v in spans:
        assert line[s:e] == v, (line, s, e, v)
        assert e > s
    for a, b2 in zip(spans, spans[1:]):
        assert a[1] <= b2[0], "overlap"
    return line, [{"s": s, "e": e, "cat": c} for s, e, c, v in spans]


def J(s):
    """JSON-escape a string without surrounding quotes (UTF-8 kept)."""
    return json.dumps(s, ensure_ascii=False)[1:-1]


TRANSLIT = str.maketrans({"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss"})


def ascii_up(s):
    return unicodedata.normalize("NFKD", s.translate(TRANSLIT)).encode("ascii", "ignore").decode().upper()


def ascii_lo(s):
    return unicodedata.normalize("NFKD", s.translate(TRANSLIT)).encode("ascii", "ignore").decode().lower()


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


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


VIN_MAP = {**{str(i): i for i in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
           "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def make_vin(wmi, vds, year_code):
    serial = "".join(R.choice("0123456789") for _ in range(6))
    plant = R.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    v = wmi + vds + "0" + year_code + plant + serial
    assert len(v) == 17
    tot = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W))
    cd = "X" if tot % 11 == 10 else str(tot % 11)
    v = v[:8] + cd + v[9:]
    assert vin_ok(v)
    return v


def vin_ok(v):
    tot = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W))
    return ("X" if tot % 11 == 10 else str(tot % 11)) == v[8]


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def make_mbi():
    a = MBI_ALPHA
    an = a + "0123456789"
    d = "0123456789"
    return (R.choice("123456789") + R.choice(a) + R.choice(an) + R.choice(d)
            + R.choice(a) + R.choice(an) + R.choice(d)
            + R.choice(a) + R.choice(a) + R.choice(d) + R.choice(d))


def make_npi():
    body = R.choice("12") + "".join(R.choice("0123456789") for _ in range(8))
    return body + luhn_digit("80840" + body)


def make_card(prefix, length=16):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    num = body + luhn_digit(body)
    assert luhn_ok(num)
    return num


def make_imei():
    body = R.choice(["35", "86", "01", "35"]) + "".join(R.choice("0123456789") for _ in range(12))
    num = body + luhn_digit(body)
    assert luhn_ok(num)
    return num


def make_ssn():
    while True:
        area = R.randint(101, 899)
        if area != 666:
            break
    return "%03d-%02d-%04d" % (area, R.randint(1, 99), R.randint(1, 9999))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def rb(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def jpeg_b64(n=700):
    head = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00"
    return base64.b64encode(head + rb(n) + b"\xff\xd9").decode()


def png_b64(n=600):
    head = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\xa0\x00\x00\x00\xc8\x08\x02\x00\x00\x00"
    return base64.b64encode(head + rb(n)).decode()


def pdf_b64(n=500):
    return base64.b64encode(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog" + rb(n)).decode()


def public_ip():
    first = R.choice([24, 47, 67, 68, 71, 73, 74, 75, 76, 96, 97, 98, 99, 107, 108, 162, 173, 174, 184])
    return "%d.%d.%d.%d" % (first, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def private_ip():
    k = R.random()
    if k < 0.6:
        return "10.%d.%d.%d" % (R.choice([20, 40, 60, 88]), R.randint(0, 31), R.randint(2, 250))
    if k < 0.85:
        return "192.168.%d.%d" % (R.randint(0, 20), R.randint(2, 250))
    return "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 250))


# --------------------------------------------------------------------------
# clock (system timestamps, never labeled)
# --------------------------------------------------------------------------
T = dt.datetime(2024, 3, 11, 10, 2, 17, 118000)   # UTC
REF_DAY = dt.date(2024, 3, 11)


def tick():
    global T
    T += dt.timedelta(seconds=R.randint(1, 140), microseconds=R.randint(0, 999999))
    return T


def t_serilog(t):
    loc = t - dt.timedelta(hours=5)
    return loc.strftime("%Y-%m-%d %H:%M:%S.") + "%03d -05:00" % (loc.microsecond // 1000)


def t_py(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def t_nlog(t):
    loc = t - dt.timedelta(hours=5)
    return loc.strftime("%Y-%m-%d %H:%M:%S.") + "%04d" % (loc.microsecond // 100)


def t_iso_ms(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def t_clef(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d" % t.microsecond + "%dZ" % R.randint(0, 9)


def t_syslog(t):
    return t.strftime("%b ") + "%2d" % t.day + t.strftime(" %H:%M:%S")


def t_rmq(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%06d+00:00" % t.microsecond


def t_sql(t):
    loc = t - dt.timedelta(hours=5)
    return loc.strftime("%Y-%m-%d %H:%M:%S.") + "%02d" % (loc.microsecond // 10000)


def t_hl7(t):
    return (t - dt.timedelta(hours=5)).strftime("%Y%m%d%H%M%S")


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
FACILITIES = {
    "MWMC": dict(name="Mercy West Medical Center", area=["614", "380"],
                 cities=[("Columbus", "OH", "43215", "Franklin"), ("Westerville", "OH", "43081", "Franklin"),
                         ("Grove City", "OH", "43123", "Franklin"), ("Delaware", "OH", "43015", "Delaware")]),
    "SBR": dict(name="St. Brigid Regional Hospital", area=["612", "651", "952"],
                cities=[("Minneapolis", "MN", "55407", "Hennepin"), ("Bloomington", "MN", "55420", "Hennepin"),
                        ("St. Paul", "MN", "55104", "Ramsey"), ("Roseville", "MN", "55113", "Ramsey")]),
    "LKH": dict(name="Lakeshore Health", area=["608"],
                cities=[("Madison", "WI", "53704", "Dane"), ("Sun Prairie", "WI", "53590", "Dane"),
                        ("Middleton", "WI", "53562", "Dane"), ("Fitchburg", "WI", "53711", "Dane")]),
    "PVH": dict(name="Pima Valley Hospital", area=["520"],
                cities=[("Tucson", "AZ", "85719", "Pima"), ("Marana", "AZ", "85653", "Pima"),
                        ("Oro Valley", "AZ", "85737", "Pima"), ("Sahuarita", "AZ", "85629", "Pima")]),
}

PAT_SPEC = [
    # first, last, middle, sex, elderly(>=90)
    ("Chidi", "Okafor", "Emeka", "M", False),
    ("Mei-Ling", "Chen", "", "F", False),
    ("Oksana", "Kowalczyk", "Maria", "F", True),
    ("Mateo", "Gutiérrez", "Andrés", "M", False),
    ("Siobhán", "Gallagher", "Áine", "F", False),
    ("Priya", "Raghunathan", "", "F", False),
    ("Tomasz", "Wiśniewski", "Jan", "M", False),
    ("Lan", "Nguyễn", "Thị", "F", False),
    ("Fatima", "Al-Hashimi", "Noor", "F", False),
    ("Kwame", "Mensah", "Kofi", "M", False),
    ("Ingrid", "Solberg", "Marit", "F", True),
    ("José", "Ramírez", "Luis", "M", False),
    ("Zeynep", "Aydın", "", "F", False),
    ("Björn", "Lindqvist", "Erik", "M", True),
    ("Leilani", "Kahananui", "", "F", False),
    ("Dmitri", "Sokolov", "Ivanovich", "M", False),
    ("Thandiwe", "Dlamini", "", "F", False),
    ("Giulia", "Ferraro", "Rosa", "F", True),
    ("Hyun-woo", "Park", "", "M", False),
    ("Eero", "Virtanen", "Juhani", "M", False),
    ("Aroha", "Ngata", "", "F", False),
    ("Rosa", "D'Angelo", "Maria", "F", True),
    ("Yusuf", "Demir", "Emre", "M", False),
    ("Margarethe", "Voss", "Liesel", "F", True),
    ("Santiago", "Quispe Mamani", "", "M", False),
    ("Amara", "Eze", "Chioma", "F", False),
]
STREETS = ["Larkspur Ln", "Maple Ridge Dr", "W 38th St", "Cedar Bluff Rd", "Old Orchard Ct", "N Campbell Ave",
           "Juniper Hollow Way", "E Johnson St", "Prairie View Blvd", "Willow Creek Dr", "Sandhill Crane Rd",
           "Riverbend Pkwy", "Lake Mendota Dr", "S Kolb Rd", "Harriet Ave", "Bryant Ave S", "Grandview Ter",
           "Hollyhock Pl", "Desert Marigold Trl", "Ashford Glen", "Kittredge Loop", "Ferndale Ave"]
RELS = [("SPO", "Spouse"), ("DAU", "Daughter"), ("SON", "Son"), ("SIS", "Sister"), ("BRO", "Brother"),
        ("MTH", "Mother"), ("FTH", "Father"), ("GRD", "Guardian")]
NK_FIRST = [("Adaeze", "F"), ("Wei", "M"), ("Pavel", "M"), ("Lucía", "F"), ("Ciarán", "M"), ("Anand", "M"),
            ("Agnieszka", "F"), ("Minh", "M"), ("Khalid", "M"), ("Efua", "F"), ("Lars", "M"), ("Carmen", "F"),
            ("Emre", "M"), ("Astrid", "F"), ("Keoni", "M"), ("Natalya", "F"), ("Sipho", "M"), ("Marco", "M"),
            ("Ji-yeon", "F"), ("Aino", "F"), ("Wiremu", "M"), ("Paolo", "M"), ("Elif", "F"), ("Jürgen", "M"),
            ("Lucia", "F"), ("Obinna", "M")]
RELS_BY_SEX = {"F": [("SPO", "Spouse"), ("DAU", "Daughter"), ("SIS", "Sister"), ("MTH", "Mother"), ("GRD", "Guardian")],
               "M": [("SPO", "Spouse"), ("SON", "Son"), ("BRO", "Brother"), ("FTH", "Father"), ("GRD", "Guardian")]}

PATIENTS = []


def mk_patient(i, spec):
    first, last, middle, sex, elderly = spec
    fac = list(FACILITIES)[i % 4]
    f = FACILITIES[fac]
    if elderly:
        age = R.randint(90, 97)
    else:
        age = R.randint(19, 86)
    dob = dt.date(REF_DAY.year - age - 1, 1, 1) + dt.timedelta(days=R.randint(0, 364))
    # compute exact age at REF_DAY
    age = REF_DAY.year - dob.year - ((REF_DAY.month, REF_DAY.day) < (dob.month, dob.day))
    if elderly:
        assert age > 89
    city, st, zp, county = R.choice(f["cities"])
    if fac == "MWMC":
        mrn = "E" + "%07d" % R.randint(1000000, 1999999)
    elif fac == "SBR":
        mrn = "00" + "%06d" % R.randint(100000, 999999)
    elif fac == "LKH":
        mrn = "LK" + "%07d" % R.randint(1000000, 9999999)
    else:
        mrn = "PV" + "%06d" % R.randint(100000, 999999)
    area = R.choice(f["area"])
    phone_local = "555-01%02d" % R.randint(0, 99)
    if st == "OH":
        dl = R.choice("ABCDEFGHJKLMNPRSTUW") + R.choice("ABCDEFGHJKLMNPRSTUW") + "%06d" % R.randint(0, 999999)
    elif st == "MN":
        dl = R.choice("ABCDEFGHJKLMNPRSTUW") + "%012d" % R.randint(0, 10 ** 12 - 1)
    elif st == "WI":
        dl = last[0].upper() + "%013d" % R.randint(0, 10 ** 13 - 1)
    else:
        dl = R.choice("ABDY") + "%08d" % R.randint(0, 10 ** 8 - 1)
    if age >= 65:
        plan = ("MEDICARE", make_mbi())
    elif R.random() < 0.35:
        plan = ("MEDICAID", {"OH": "%012d" % R.randint(10 ** 11, 10 ** 12 - 1),
                             "MN": "%08d" % R.randint(10 ** 7, 10 ** 8 - 1),
                             "WI": "%010d" % R.randint(10 ** 9, 10 ** 10 - 1),
                             "AZ": "A%08d" % R.randint(0, 10 ** 8 - 1)}[st])
    else:
        plan = (R.choice(["BCBS", "AETNA", "UHC", "CIGNA"]),
                R.choice(["XOF", "YRH", "ZGP", "W", "U"]) + "%09d" % R.randint(0, 10 ** 9 - 1))
    em_user = ascii_lo(first).replace("-", "") + R.choice([".", "_", ""]) + ascii_lo(last).replace(" ", "").replace("'", "")
    if R.random() < 0.5:
        em_user += str(R.randint(1, 99))
    email = em_user + "@" + R.choice(["example.com", "example.net", "mail.example.org", "inbox.example.com"])
    nk_first, nk_sex = NK_FIRST[i]
    rel = R.choice(RELS_BY_SEX[nk_sex])
    nk_last = last if rel[0] not in ("GRD",) else R.choice(["Hoffmann", "Bakker", "Oyelaran", "Castillo"])
    p = dict(first=first, last=last, middle=middle, sex=sex, dob=dob, age=age, fac=fac,
             mrn=mrn, acct=str(R.randint(10 ** 9, 10 ** 10 - 1)) if fac != "SBR" else "%08d" % R.randint(10 ** 7, 10 ** 8 - 1),
             ssn=make_ssn(), street="%d %s" % (R.randint(12, 9899), R.choice(STREETS)),
             apt=R.choice(["", "", "", "Apt 2B", "Unit 14", "#305"]),
             city=city, state=st, zip=zp, zip4=zp + "-%04d" % R.randint(1, 9999) if R.random() < 0.4 else zp,
             county=county, area=area, phone_local=phone_local,
             phone="(%s) %s" % (area, phone_local), email=email, plan=plan, dl=dl,
             nk_first=nk_first, nk_last=nk_last, nk_rel=rel,
             nk_phone="(%s) 555-01%02d" % (R.choice(f["area"]), R.randint(0, 99)),
             portal_user=ascii_lo(first[0] + last).replace(" ", "").replace("'", "") + str(R.randint(10, 99)),
             admit=REF_DAY - dt.timedelta(days=R.randint(2, 12)))
    p["disch"] = p["admit"] + dt.timedelta(days=R.randint(1, 9))
    if p["disch"] >= REF_DAY:
        p["disch"] = REF_DAY - dt.timedelta(days=1)
    p["dos"] = p["admit"] + dt.timedelta(days=R.randint(0, max(0, (p["disch"] - p["admit"]).days)))
    return p


for _i, _s in enumerate(PAT_SPEC):
    PATIENTS.append(mk_patient(_i, _s))

# device / vehicle holders
for p in PATIENTS:
    p["icd_serial"] = R.choice(["PZX", "RNB", "BLN", "PJN"]) + "%06d" % R.randint(0, 999999) + R.choice("SHG")
    p["icd_model"] = R.choice(["DVFB1D4", "DTPB2QQ", "W1DR01", "D384TRG"])
    p["gtin"] = R.choice(["00643169", "00763000", "00885074"]) + "%06d" % R.randint(0, 999999)
    p["udi_exp"] = "%02d%02d%02d" % (R.randint(25, 29), R.randint(1, 12), R.randint(1, 28))
    p["vin"] = make_vin(R.choice(["1HG", "1FT", "2T1", "3VW", "5YJ", "1G1", "JTD"]),
                        "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(5)),
                        R.choice("BCDEFGHJKLMNPR"))
    p["plate"] = R.choice(["%s%s%s%d%d%d%d", "%d%s%s%s%d%d%d", "%s%s%s-%d%d%d%d"])
    p["plate"] = "".join(c for c in p["plate"] if c != "%")
    p["plate"] = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "s" else (str(R.randint(0, 9)) if c == "d" else c)
                         for c in p["plate"])
    p["mac"] = ":".join("%02X" % b for b in [0x00, 0x1B, 0x44] + [R.randint(0, 255) for _ in range(3)])
    p["imei"] = make_imei()
    p["card"] = make_card(R.choice(["4", "51", "37"]), 15 if False else 16)
    p["tumor_acc"] = "2024%06d" % R.randint(100, 4000)
    p["wc_claim"] = "WC-%02d-%07d" % (R.randint(20, 24), R.randint(0, 9999999))

STAFF_PHYS = [("Rafael", "Ortiz"), ("Sunita", "Menon"), ("Olumide", "Adeyemi"), ("Hannah", "Brandt"),
              ("Kenji", "Watanabe"), ("Camille", "Dubois"), ("Arjun", "Bhatt"), ("Natalia", "Herrera"),
              ("Grace", "Lindholm"), ("Tariq", "Haddad")]
PHYS = [dict(first=f, last=l, npi=make_npi(), author=R.randint(40000, 49999),
             fax="(%s) 555-01%02d" % (R.choice(["614", "612", "608", "520"]), R.randint(0, 99))) for f, l in STAFF_PHYS]
MTS = [("tmwangi", "Tabitha Mwangi"), ("lquispe", "Lucía Quispe"), ("abalogun", "Adebayo Balogun"),
       ("jmorrison", "Jill Morrison"), ("spatil", "Sneha Patil"), ("ekovacs", "Eszter Kovács")]
QAS = [("rkapoor", "Rahul Kapoor"), ("dkeller", "Dana Keller"), ("mlaurent", "Mathilde Laurent")]
CODERS = [("jdiaz", "Jessica Diaz"), ("mokoro", "Mary Okoro"), ("bsantos", "Bruno Santos"), ("hyamada", "Hiroshi Yamada")]
CDS = [("cruiz", "Carmen Ruiz"), ("aholm", "Anders Holm"), ("pbeaulieu", "Pascale Beaulieu")]
WORKTYPES = [("DS", "Discharge Summary"), ("HP", "History and Physical"), ("CON", "Consultation"),
             ("OP", "Operative Report"), ("PN", "Progress Note"), ("ED", "ED Provider Note"),
             ("RAD", "Radiology Report"), ("ECHO", "Echocardiogram Report")]
LOINC = {"DS": ("18842-5", "Discharge summary"), "HP": ("34117-2", "History and physical note"),
         "CON": ("11488-4", "Consult note"), "OP": ("11504-8", "Surgical operation note"),
         "PN": ("11506-3", "Progress note"), "ED": ("34111-5", "Emergency department note"),
         "RAD": ("18748-4", "Diagnostic imaging study"), "ECHO": ("34552-0", "Cardiac 2D echo report")}
HOSTS_APP = ["TXAPP01", "TXAPP02", "CDIAPP01", "CACNLP02", "IFACE01"]
ICD = [("I50.23", "Acute on chronic systolic (congestive) heart failure"), ("N17.9", "Acute kidney failure, unspecified"),
       ("E87.1", "Hypo-osmolality and hyponatremia"), ("J96.01", "Acute respiratory failure with hypoxia"),
       ("A41.9", "Sepsis, unspecified organism"), ("E11.65", "Type 2 diabetes mellitus with hyperglycemia"),
       ("I48.91", "Unspecified atrial fibrillation"), ("D62", "Acute posthemorrhagic anemia"),
       ("E43", "Unspecified severe protein-calorie malnutrition"), ("G93.41", "Metabolic encephalopathy"),
       ("J18.9", "Pneumonia, unspecified organism"), ("I10", "Essential (primary) hypertension"),
       ("S72.001A", "Fracture of unspecified part of neck of right femur, initial encounter"),
       ("C50.412", "Malignant neoplasm of upper-outer quadrant of left female breast"),
       ("I63.512", "Cerebral infarction due to unspecified occlusion or stenosis of left middle cerebral artery")]
CPT = [("33249", "Insertion or replacement of permanent implantable defibrillator system"),
       ("93306", "Echocardiography, transthoracic, complete"), ("27236", "Open treatment of femoral fracture, proximal end, neck"),
       ("99223", "Initial hospital inpatient care, high"), ("71046", "Radiologic examination, chest; 2 views"),
       ("19303", "Mastectomy, simple, complete"), ("92928", "Percutaneous transcatheter placement of intracoronary stent")]
DRGS = [("291", "05", "HEART FAILURE AND SHOCK WITH MCC", "1.3411"), ("292", "05", "HEART FAILURE AND SHOCK WITH CC", "0.8984"),
        ("871", "18", "SEPTICEMIA OR SEVERE SEPSIS WITHOUT MV >96 HOURS WITH MCC", "1.8564"),
        ("872", "18", "SEPTICEMIA OR SEVERE SEPSIS WITHOUT MV >96 HOURS WITHOUT MCC", "1.0793"),
        ("190", "04", "CHRONIC OBSTRUCTIVE PULMONARY DISEASE WITH MCC", "1.1702"),
        ("481", "08", "HIP AND FEMUR PROCEDURES EXCEPT MAJOR JOINT WITH CC", "1.4388"),
        ("064", "01", "INTRACRANIAL HEMORRHAGE OR CEREBRAL INFARCTION WITH MCC", "1.8430"),
        ("683", "11", "RENAL FAILURE WITH CC", "0.8876")]


def pat():
    return R.choice(PATIENTS)


def old_pat():
    return R.choice([p for p in PATIENTS if p["age"] > 89])


def phys():
    return R.choice(PHYS)


def job_id():
    return "DJ-%s-%06d" % (T.strftime("%y%m%d"), R.randint(1000, 99999))


def enc_id():
    return R.randint(700000, 999999)


def dfmt(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "long":
        return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")
    if style == "dmy":
        return d.strftime("%d-%b-%Y")
    raise ValueError(style)


def name_disp(p, style):
    if style == "fl":
        return p["first"] + " " + p["last"]
    if style == "LF":
        return ascii_up(p["last"]) + ", " + ascii_up(p["first"])
    if style == "Lf":
        return p["last"] + ", " + p["first"]
    raise ValueError(style)


def title(p):
    return {"M": "Mr.", "F": R.choice(["Ms.", "Mrs."])}[p["sex"]]


# --------------------------------------------------------------------------
# families.  Each returns a list of lines; each line is a list of pieces.
# --------------------------------------------------------------------------

def fam_dictation_api(phi):
    t = tick()
    ts = t_serilog(t)
    ph = phys()
    jid = job_id()
    wt = R.choice(WORKTYPES)[0]
    if not phi:
        k = R.randint(0, 4)
        if k == 0:
            return [[ts, " [INF] Request starting HTTP/1.1 POST https://dictate.scribelinehis.com/api/v3/dictations multipart/form-data; boundary=----WebKitFormBoundary%s %d" % (
                "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(16)), R.randint(400000, 9000000))]]
        if k == 1:
            return [[ts, ' [INF] Dictation "%s" received from author %d ("Dr. %s %s") via "%s" duration %.1fs size %d bytes worktype "%s"' % (
                jid, ph["author"], ph["first"], ph["last"], R.choice(["PowerMic Mobile 4.2.1", "SL Recorder 11.0.3", "Philips SpeechMike III", "iOS DictateApp 8.7"]),
                R.uniform(20, 900), R.randint(200000, 9000000), wt)]]
        if k == 2:
            return [[ts, " [INF] Request finished HTTP/1.1 POST https://dictate.scribelinehis.com/api/v3/dictations - %d - application/json;+charset=utf-8 %.4fms" % (
                R.choice([201, 201, 201, 400, 413]), R.uniform(40, 2400))]]
        if k == 3:
            return [[ts, ' [WRN] Upload chunk %d/%d retry for job "%s" (attempt %d) after %dms: The operation was canceled.' % (
                R.randint(2, 6), 7, jid, R.randint(2, 4), R.choice([500, 1500, 4500]))]]
        return [[ts, ' [INF] Author %d profile "author_%d_v%d" loaded from cache in %.1fms (acoustic model "sl-med-en-US-7.3.1", %d custom words)' % (
            ph["author"], ph["author"], R.randint(3, 20), R.uniform(0.3, 12), R.randint(40, 900))]]
    p = pat()
    k = R.randint(0, 2)
    if k == 0:
        return [[ts, ' [INF] Demographics resolved for job "%s": Patient="' % jid, (name_disp(p, "LF"), "name"),
                 '" Mrn="', (p["mrn"], "mrn"), '" Dob=', (dfmt(p["dob"], "us"), "date"),
                 ' Facility="%s" Author=%d' % (p["fac"], ph["author"])]]
    if k == 1:
        other = R.choice([q for q in PATIENTS if q["fac"] == p["fac"] and q is not p])
        return [[ts, ' [WRN] Patient match ambiguous for job "%s": dictated name "' % jid, (p["last"], "name"),
                 '" DOS ', (dfmt(p["dos"], "iso"), "date"), ' candidates ["', (p["mrn"], "mrn"), '","', (other["mrn"], "mrn"),
                 '"] -> routed to HIM review']]
    return [[ts, ' [INF] Dictation "%s" linked to encounter %d for patient ' % (jid, enc_id()), (p["mrn"], "mrn"),
             ' (admit ', (dfmt(p["admit"], "iso"), "date"), ") worktype \"%s\" author %d" % (wt, ph["author"])]]


def fam_asr(phi):
    t = tick()
    ts = t_py(t)
    jid = job_id()
    if not phi:
        k = R.randint(0, 4)
        if k == 0:
            return [[ts, " INFO asr.worker[pid=%d]: job=%s model=sl-med-en-US-7.3.1 audio_sec=%.1f rtf=%.2f avg_conf=%.3f words=%d gpu=%d" % (
                R.randint(3000, 9000), jid, R.uniform(30, 900), R.uniform(0.1, 0.5), R.uniform(0.8, 0.97), R.randint(200, 4000), R.randint(0, 3))]]
        if k == 1:
            return [[ts, " INFO asr.queue: pulled %d jobs from queue asr.inbound (prefetch=16) consumer=asr-worker-%02d host=asrgpu%02d.sl.local" % (
                R.randint(1, 16), R.randint(1, 8), R.randint(1, 4))]]
        if k == 2:
            return [[ts, " WARNING asr.audio: job=%s sample_rate=8000 below recommended 16000; resampling (codec=%s, channels=1)" % (
                jid, R.choice(["amr-nb", "g711u", "dss", "ds2"]))]]
        if k == 3:
            return [[ts, " INFO asr.postproc: job=%s applied %d author-specific substitutions profile=author_%d_v%d template=SL-%s-TEMPLATE-v%d" % (
                jid, R.randint(2, 40), phys()["author"], R.randint(2, 19), R.choice(WORKTYPES)[0], R.randint(2, 7))]]
        return [[ts, " INFO ambient.session: session=AMB-%s encounter=%d speakers=%d duration=%ds consent=verbal_recorded diarization=pyannote-3.1" % (
            hexs(10), enc_id(), R.randint(2, 4), R.randint(300, 1800))]]
    p = pat()
    k = R.choice([0, 2, 3])
    if k == 0:
        wrong = p["last"][:-2] + R.choice(["ik", "ek", "y", "er"])
        return [[ts, " WARNING asr.postproc: job=%s low-confidence proper noun token='" % jid, (wrong, "name"),
                 "' conf=%.2f at=00:00:%06.3f replaced_with='" % (R.uniform(0.2, 0.5), R.uniform(2, 40)), (p["last"], "name"),
                 "' source=adt_demographics"]]
    if k == 1:
        emb = base64.b64encode(rb(R.choice([256, 384, 512]))).decode()
        return [[ts, " INFO ambient.diarize: session=AMB-%s speaker=S%d role=PATIENT voiceprint_dim=%d voiceprint_b64=" % (
            hexs(10), R.randint(1, 3), 128), (emb, "biometric"), " sim_to_clinician=%.2f" % R.uniform(0.05, 0.3)]]
    if k == 2:
        q = old_pat()
        return [[ts, " INFO asr.nlu: job=%s header fields extracted patient_name='" % jid, (q["first"] + " " + q["last"], "name"),
                 "' dob='", (dfmt(q["dob"], "iso"), "date"), "' age_spoken=", (str(q["age"]), "age"), " mrn_spoken=None"]]
    return [[ts, " DEBUG asr.nlu: job=%s spoken header: \"this is Dr. %s dictating %s on patient " % (jid, phys()["last"], (lambda w: ("an " if w[0] in "aeiou" else "a ") + w)(R.choice(WORKTYPES)[1].lower())),
             (p["first"] + " " + p["last"], "name"), ", medical record number ", (p["mrn"], "mrn"), ", date of service ",
             (dfmt(p["dos"], "long"), "date"), '"']]


# ---- HL7 ---------------------------------------------------------------

def hl7_pid(p, full=True):
    f = ["PID", "1", ""]
    f.append([(p["mrn"], "mrn"), "^^^%s^MR" % p["fac"]])
    f.append("")
    nm = [(ascii_up(p["last"]), "name"), "^", (ascii_up(p["first"]), "name")]
    if p["middle"]:
        nm += ["^", (ascii_up(p["middle"]), "name")]
    f.append(nm)
    f.append("")
    f.append([(dfmt(p["dob"], "hl7"), "date")])
    f.append(p["sex"])
    f.append("")
    f.append(R.choice(["2106-3", "2054-5", "2028-9", "2131-1"]) + "^^HL70005")
    addr = [(ascii_up(p["street"]), "address"), "^"]
    if p["apt"]:
        addr += [(ascii_up(p["apt"]), "address")]
    addr += ["^", (ascii_up(p["city"]), "address"), "^" + p["state"] + "^", (p["zip4"], "zip"), "^USA^H"]
    f.append(addr)
    f.append("")
    ph = [(p["phone"], "phone"), "^PRN^PH"]
    if full:
        ph += ["~^NET^Internet^", (p["email"], "email")]
    f.append(ph)
    f.append("")
    f.append("eng^English^HL70296")
    f.append(R.choice(["M", "S", "W", "D"]))
    f.append("")
    f.append([(p["acct"], "account"), "^^^%s^AN" % p["fac"]])
    f.append([(p["ssn"].replace("-", "") if R.random() < 0.5 else p["ssn"], "ssn")])
    if full and R.random() < 0.6:
        f.append([(p["dl"], "license"), "^" + p["state"]])
    out = []
    for i, x in enumerate(f):
        if i:
            out.append("|")
        out.append(x)
    return out


def hl7_pv1(p, ph):
    pieces = ["PV1|1|", R.choice(["I", "O", "E"]), "|%s^%d^%s^%s||||%s^%s^%s^^^DR^^^NPI" % (
        R.choice(["4W", "5E", "ICU", "ED"]), R.randint(100, 650), R.choice("AB"), p["fac"], ph["npi"], ascii_up(ph["last"]), ascii_up(ph["first"]))]
    pieces += ["|||MED||||1|||%s^%s^%s^^^DR^^^NPI|IP||||||||||||||||||||||||||" % (ph["npi"], ascii_up(ph["last"]), ascii_up(ph["first"]))]
    pieces += [(dfmt(p["admit"], "hl7") + "%02d%02d" % (R.randint(0, 23), R.randint(0, 59)), "date")]
    return pieces


def hl7_nk1(p):
    return ["NK1|1|", (ascii_up(p["nk_last"]), "name"), "^", (ascii_up(p["nk_first"]), "name"),
            "|%s^%s^HL70063||" % p["nk_rel"], (p["nk_phone"], "phone"), "||EC^Emergency Contact^HL70131"]


def hl7_in1(p):
    ptype, mid = p["plan"]
    comp = {"MEDICARE": ("MCR01", "CMS", "MEDICARE PART A AND B", "PO BOX 6703^^INDIANAPOLIS^IN^46206-6703"),
            "MEDICAID": ("MCD%s" % p["state"], "MCD", "STATE MEDICAID", "PO BOX 1461^^COLUMBUS^OH^43216"),
            "BCBS": ("BC100", "BCBS", "BLUE CROSS BLUE SHIELD", "PO BOX 105187^^ATLANTA^GA^30348"),
            "AETNA": ("AET22", "AETNA", "AETNA HEALTH", "PO BOX 981106^^EL PASO^TX^79998"),
            "UHC": ("UHC04", "UHC", "UNITEDHEALTHCARE", "PO BOX 740800^^ATLANTA^GA^30374"),
            "CIGNA": ("CIG09", "CIGNA", "CIGNA HEALTHCARE", "PO BOX 188061^^CHATTANOOGA^TN^37422")}[ptype]
    grp = "" if ptype in ("MEDICARE", "MEDICAID") else "%06d" % R.randint(0, 999999)
    f = ["IN1", "1", comp[0], comp[1], comp[2], comp[3], "", "(800)555-01%02d" % R.randint(0, 99), grp, "", "", "", "", "", "",
         ptype[:3],
         [(ascii_up(p["last"]), "name"), "^", (ascii_up(p["first"]), "name")], "SEL^Self^HL70063",
         [(dfmt(p["dob"], "hl7"), "date")], "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
         [(mid, "health_plan")]]
    out = []
    for i, x in enumerate(f):
        if i:
            out.append("|")
        out.append(x)
    return out


def msh(tt, typ, ctrl, app="SCRIBELINE", fac="SL_TX", rapp="EPIC", rfac="MWMC"):
    return "MSH|^~\\&|%s|%s|%s|%s|%s||%s|%s|P|2.5.1|||AL|NE" % (app, fac, rapp, rfac, tt, typ, ctrl)


SEP = "\\r"


def report_sentence(p, wt):
    ph = phys()
    age_piece = (str(p["age"]), "age") if p["age"] > 89 else str(p["age"])
    tt = title(p)
    opts = [
        ["HISTORY OF PRESENT ILLNESS: ", tt, " ", (p["last"], "name"), " is a ", age_piece, "-year-old ",
         {"M": "male", "F": "female"}[p["sex"]], " with ", R.choice(["HFrEF (EF 25%)", "CKD stage 3b", "type 2 diabetes", "COPD on 2L home O2", "atrial fibrillation on apixaban"]),
         " who presented on ", (dfmt(p["admit"], "us"), "date"), " with ", R.choice(["worsening dyspnea", "fever and confusion", "a mechanical fall", "chest pressure"]), "."],
        ["HOSPITAL COURSE: ", (p["first"] + " " + p["last"], "name"), " was admitted ", (dfmt(p["admit"], "long"), "date"),
         " and discharged ", (dfmt(p["disch"], "long"), "date"), " to ", R.choice(["home with home health", "skilled nursing facility", "home"]),
         ". Follow up with Dr. %s in 1 week." % ph["last"]],
        ["IMPRESSION: ", R.choice(["Acute on chronic systolic heart failure", "Sepsis due to pneumonia", "Right femoral neck fracture", "Left MCA territory infarct"]),
         ". Discussed with patient and ", p["nk_rel"][1].lower(), " ", (p["nk_first"] + " " + p["nk_last"], "name"), " at bedside."],
    ]
    return R.choice(opts)


def fam_hl7_mdm(phi):
    t = tick()
    ts = t_py(t)
    ch = "MDM_OUT_%s" % R.choice(list(FACILITIES))
    ctrl = "SL%s%04d" % (t_hl7(t)[2:], R.randint(1, 9999))
    if not phi:
        k = R.randint(0, 3)
        if k == 0:
            return [[ts, " INFO  [%s] com.scribeline.iface.MllpSender - Sending MDM^T02 ctrl=%s bytes=%d to %s:%d" % (
                ch, ctrl, R.randint(1500, 9000), private_ip(), R.choice([6661, 6662, 7701, 5010]))]]
        if k == 1:
            rt = t_hl7(t + dt.timedelta(seconds=1))
            return [[ts, " INFO  [%s] com.scribeline.iface.MllpSender - ACK received: %s%sMSA|AA|%s" % (
                ch, msh(rt, "ACK^T02^ACK", str(R.randint(100000, 999999)), "EPIC", ch[-4:].strip("_"), "SCRIBELINE", "SL_TX"), SEP, ctrl)]]
        if k == 2:
            return [[ts, " WARN  [%s] com.scribeline.iface.MllpSender - ACK timeout after 30000 ms for ctrl=%s, retry %d/5 (connection %s:%d)" % (
                ch, ctrl, R.randint(1, 4), private_ip(), 6661)]]
        return [[ts, " ERROR [%s] com.scribeline.iface.MllpSender - NAK received: MSA|AE|%s|Document type 'ECHO' not mapped in receiving system%sERR|||207^Application internal error^HL70357|E" % (
            ch, ctrl, SEP)]]
    p = pat()
    ph = phys()
    ch = "MDM_OUT_%s" % p["fac"]
    wt, wtn = R.choice(WORKTYPES)
    tt = t_hl7(t)
    doc = "SLDOC%09d" % R.randint(0, 10 ** 9 - 1)
    act = dfmt(p["dos"], "hl7") + "%02d%02d" % (R.randint(6, 20), R.randint(0, 59))
    segs = [
        [msh(tt, "MDM^T02^MDM_T02", ctrl, rfac=p["fac"])],
        ["EVN|T02|" + tt],
        hl7_pid(p, full=R.random() < 0.5),
        hl7_pv1(p, ph),
        ["TXA|1|%s^%s|TX|" % (wt, wtn), (act, "date"), "|%s^%s^%s|||%s||||%s||||AU||AV" % (ph["npi"], ascii_up(ph["last"]), ascii_up(ph["first"]), tt, doc)],
        ["OBX|1|TX|%s^%s^LN||" % LOINC[wt], report_sentence(p, wt), "||||||F"],
    ]
    out = [ts, " INFO  [%s] com.scribeline.iface.MessageLogger - Outbound MDM^T02 ctrl=%s: " % (ch, ctrl)]
    for i, s in enumerate(segs):
        if i:
            out.append(SEP)
        out.append(s)
    return [out]


def fam_hl7_oru(phi):
    t = tick()
    ts = t_py(t)
    ch = "ORU_OUT_%s" % R.choice(list(FACILITIES))
    ctrl = "SLR%s%04d" % (t_hl7(t)[2:], R.randint(1, 9999))
    if not phi:
        k = R.randint(0, 2)
        if k == 0:
            nbytes = R.randint(20000, 400000)
            return [[ts, " INFO  [%s] com.scribeline.iface.MessageLogger - Outbound ORU^R01 ctrl=%s OBX count=%d, ED attachment application/pdf %d bytes (base64 %d chars)" % (
                ch, ctrl, R.randint(2, 40), nbytes, (nbytes + 2) // 3 * 4)]]
        if k == 1:
            pdf = pdf_b64(R.randint(300, 600))
            return [[ts, " DEBUG [%s] com.scribeline.iface.MessageLogger - OBX|2|ED|PDF^Report^L||^AP^PDF^Base64^%s||||||F" % (ch, pdf)]]
        return [[ts, " INFO  [%s] com.scribeline.iface.Router - Filter rejected ORU ctrl=%s: OBR-25 result status 'P' not routable to %s" % (
            ch, ctrl, R.choice(list(FACILITIES)))]]
    p = pat()
    ph = phys()
    ch = "ORU_OUT_%s" % p["fac"]
    tt = t_hl7(t)
    k = R.randint(0, 2)
    order = "%s%08d" % (R.choice(["ORD", "RAD", "EC"]), R.randint(0, 10 ** 8 - 1))
    coll = dfmt(p["dos"], "hl7") + "%02d%02d" % (R.randint(0, 23), R.randint(0, 59))
    obr = ["OBR|1|%s|%s|%s||" % (order, "F%09d" % R.randint(0, 10 ** 9 - 1),
                                  R.choice(["93306^ECHO TTE COMPLETE^CPT", "71046^XR CHEST 2 VIEWS^CPT", "93289^ICD DEVICE INTERROGATION^CPT"])),
           "|", (coll, "date"), "|||||||||%s^%s^%s||||||%s||CD|F" % (ph["npi"], ascii_up(ph["last"]), ascii_up(ph["first"]), tt)]
    if k == 0:
        obx = ["OBX|1|TX|%s^%s^LN||" % LOINC["ECHO"], report_sentence(p, "ECHO"), "||||||F"]
    elif k == 1:
        img = jpeg_b64(R.randint(500, 900)) if R.random() < 0.7 else png_b64(R.randint(400, 800))
        obx = ["OBX|1|ED|PTPHOTO^Patient identification photo^L||^IM^", "JPEG" if img.startswith("/9j") else "PNG", "^Base64^", (img, "photo"), "||||||F"]
    else:
        obx = ["OBX|1|ST|DEVSN^Device serial^L||", (p["icd_serial"], "device"), "||||||F", SEP,
               "OBX|2|ST|DEVMAC^Home monitor MAC^L||", (p["mac"], "device"), "||||||F", SEP,
               "OBX|3|NM|8867-4^Heart rate^LN||%d|/min|60-100|N|||F" % R.randint(55, 110)]
    segs = [[msh(tt, "ORU^R01^ORU_R01", ctrl, rfac=p["fac"])], hl7_pid(p, full=False), obr, obx]
    if R.random() < 0.4:
        segs.insert(2, hl7_nk1(p))
    if R.random() < 0.35:
        segs.insert(2, hl7_in1(p))
    out = [ts, " INFO  [%s] com.scribeline.iface.MessageLogger - Outbound ORU^R01 ctrl=%s: " % (ch, ctrl)]
    for i, s in enumerate(segs):
        if i:
            out.append(SEP)
        out.append(s)
    return [out]


def fam_queue(phi):
    t = tick()
    ts = t_nlog(t)
    jn = R.randint(8800000, 8899999)
    mt = R.choice(MTS)
    qa = R.choice(QAS)
    if not phi:
        k = R.randint(0, 4)
        if k == 0:
            return [[ts, "|INFO|ScribeLine.Queue.Dispatcher|Job %d WorkType=%s Priority=%s TAT=%dh assigned to MT %s (%s) pool=%s-%s" % (
                jn, R.choice(WORKTYPES)[0], R.choice(["ROUTINE", "STAT", "ROUTINE"]), R.choice([2, 4, 12, 24]), mt[0], mt[1],
                R.choice(list(FACILITIES)), R.choice(["ACUTE", "CARDIO-MT2", "RAD", "CLINIC"]))]]
        if k == 1:
            return [[ts, "|INFO|ScribeLine.Queue.QA|Job %d routed to QA editor %s (%s): blanks=%d flags=[%s] accuracy=%.2f%%" % (
                jn, qa[0], qa[1], R.randint(0, 6), ",".join(R.sample(["DRUG_NAME", "DOSAGE", "LATERALITY", "SOUND_ALIKE", "HEADER"], 2)), R.uniform(96, 99.9))]]
        if k == 2:
            h = R.randint(0, 3)
            return [[ts, "|WARN|ScribeLine.Queue.Tat|Job %d TAT breach risk: %02d:%02d:%02d remaining, %s, pool %s depth=%d" % (
                jn, h, R.randint(0, 59), R.randint(0, 59), R.choice(["STAT", "ROUTINE"]), R.choice(["CARDIO-MT2", "MWMC-ACUTE", "PVH-RAD"]), R.randint(5, 90))]]
        if k == 3:
            return [[ts, "|INFO|ScribeLine.Queue.Productivity|Shift summary %s lines=%d (65-char) keystrokes=%d jobs=%d avg_tat=%s" % (
                mt[0], R.randint(600, 1600), R.randint(40000, 120000), R.randint(10, 40), "%d:%02d:%02d" % (R.randint(1, 9), R.randint(0, 59), R.randint(0, 59)))]]
        return [[ts, "|INFO|ScribeLine.Queue.Editor|%s released job %d to client inbox %s (signed_by_author=false, cc=%d)" % (
            qa[0], jn, R.choice(list(FACILITIES)), R.randint(0, 3))]]
    p = pat()
    k = R.randint(0, 1)
    if k == 0:
        d2 = p["dob"] + dt.timedelta(days=1)
        return [[ts, "|WARN|ScribeLine.Queue.QA|Job %d demographics mismatch: header says \"" % jn, (name_disp(p, "Lf"), "name"),
                 "\" DOB ", (dfmt(d2, "us"), "date"), ", ADT has MRN ", (p["mrn"], "mrn"), " DOB ", (dfmt(p["dob"], "us"), "date"),
                 " -> feedback to %s" % mt[0]]]
    return [[ts, "|INFO|ScribeLine.Queue.Editor|%s released job %d (pt: " % (qa[0], jn), (name_disp(p, "Lf"), "name"),
             "; DOS ", (dfmt(p["dos"], "us"), "date"), ") to client inbox %s" % p["fac"]]]


def fam_cac(phi):
    t = tick()
    head = '{"ts":"%s","level":"info","service":"cac-nlp","host":"CACNLP0%d","doc_id":"%s","encounter_id":%d,' % (
        t_iso_ms(t), R.randint(1, 3), uuid4(), enc_id())
    if not phi:
        k = R.randint(0, 2)
        if k == 0:
            return [[head, '"msg":"document processed","engine":"cac-engine 5.14.2","source":"https://fhir.%s.example.org/R4/DocumentReference/%s","findings":%d,"icd10cm":%d,"icd10pcs":%d,"cpt":%d,"elapsed_ms":%d}' % (
                R.choice(list(FACILITIES)).lower(), uuid4(), R.randint(4, 30), R.randint(2, 20), R.randint(0, 4), R.randint(0, 6), R.randint(120, 4000))]]
        code, desc = R.choice(ICD if R.random() < 0.7 else CPT)
        b = R.randint(100, 9000)
        snip = R.choice(["EF 25% on TTE, BNP 1,240 pg/mL", "creatinine 2.4 from baseline 1.1", "lactate 4.1, blood cultures x2 drawn",
                         "sodium 127 on admission, corrected slowly", "albumin 2.1, BMI 16.8, temporal wasting noted",
                         "s/p right hip hemiarthroplasty POD#1", "new onset AF with RVR, rate 142"])
        sysn = "ICD-10-CM" if "." in code or code[0].isalpha() else "CPT"
        return [[head, '"finding":{"code":"%s","system":"%s","desc":"%s","begin":%d,"end":%d,"confidence":%.2f,"negated":false,"snippet":"%s"}}' % (
            code, sysn, J(desc), b, b + len(snip), R.uniform(0.6, 0.99), J(snip))]]
    p = pat()
    code, desc = R.choice([c for c in ICD if p["sex"] == "F" or not c[0].startswith("C50")])
    b = R.randint(100, 9000)
    k = R.randint(0, 3)
    nm = title(p) + " "
    if k == 0:
        age_p = (str(p["age"]), "age") if p["age"] > 89 else str(p["age"])
        sn = [J(nm), (J(p["last"]), "name"), " is a ", age_p, "-year-old with ", J(desc.lower())]
    elif k == 1:
        sn = ["Pt ", (J(p["first"] + " " + p["last"]), "name"), " admitted ", (dfmt(p["admit"], "us"), "date"), " for ", J(desc.split(",")[0].lower())]
    elif k == 2:
        sn = ["spoke with ", J(p["nk_rel"][1].lower()), " (", (J(p["nk_first"]), "name"), ") re: ", (J(p["first"]), "name"), "'s ",
              J(desc.split(",")[0].lower())]
    else:
        q = old_pat()
        sn = [(J(q["first"] + " " + q["last"]), "name"), ", ", (str(q["age"]), "age"), " y/o, DOB ", (dfmt(q["dob"], "us"), "date"), ", ", J(desc.split(",")[0].lower())]
    ln = len(build(sn)[0].decode())
    key_b, key_e = R.choice([("begin", "end"), ("begin_offset", "end_offset"), ("startChar", "endChar")])
    return [[head, '"finding":{"code":"%s","system":"ICD-10-CM","desc":"%s","%s":%d,"%s":%d,"confidence":%.2f,"negated":false,"snippet":"' % (
        code, J(desc), key_b, b, key_e, b + ln, R.uniform(0.6, 0.99)), sn, '"}}']]


def fam_query(phi):
    t = tick()
    tt = t_clef(t)
    qid = "QRY-24-%06d" % R.randint(1000, 99999)
    cds = R.choice(CDS)
    ph = phys()
    tail = ',"SourceContext":"ScribeLine.Cdi.Queries.QueryService","MachineName":"CDIAPP01","ThreadId":%d}' % R.randint(4, 80)
    if not phi:
        k = R.randint(0, 3)
        if k == 0:
            return [['{"@t":"%s","@mt":"CDI query {QueryId} created by {Cds} for encounter {EncounterId} type {QueryType}","QueryId":"%s","Cds":"%s","EncounterId":%d,"QueryType":"%s"%s' % (
                tt, qid, cds[0], enc_id(), R.choice(["CLINICAL_VALIDATION", "SPECIFICITY", "POA", "CONFLICTING_DOC"]), tail)]]
        if k == 1:
            return [['{"@t":"%s","@mt":"Query {QueryId} unanswered after {Hours}h, escalating to {Escalation}","@l":"Warning","QueryId":"%s","Hours":%d,"Escalation":"physician_advisor"%s' % (
                tt, qid, R.choice([48, 72, 96]), tail)]]
        if k == 2:
            return [['{"@t":"%s","@mt":"Query {QueryId} answered by {Provider}: {Response} (impact {DrgFrom} -> {DrgTo})","QueryId":"%s","Provider":"Dr. %s %s","Response":"AGREE","DrgFrom":"%s","DrgTo":"%s"%s' % (
                tt, qid, ph["first"], ph["last"], R.choice(DRGS)[0], R.choice(DRGS)[0], tail)]]
        return [['{"@t":"%s","@mt":"Query template {Template} v{Version} rendered in {Elapsed} ms","QueryId":"%s","Template":"AHIMA-%s","Version":"%d.%d","Elapsed":%.3f%s' % (
            tt, qid, R.choice(["HF-ACUITY", "SEPSIS-VALID", "MALNUTRITION", "ENCEPHALOPATHY"]), R.randint(1, 4), R.randint(0, 9), R.uniform(1, 80), tail)]]
    p = pat()
    k = R.randint(0, 1)
    if k == 0:
        return [['{"@t":"%s","@mt":"Query {QueryId} delivered to {Provider} via {Channel}","QueryId":"%s","Provider":"Dr. %s %s","Channel":"EHR_INBASKET","Patient":{"$type":"PatientRef","Name":"' % (
            tt, qid, ph["first"], ph["last"]), (J(name_disp(p, "Lf")), "name"), '","Mrn":"', (p["mrn"], "mrn"), '","AdmitDate":"',
            (dfmt(p["admit"], "iso"), "date"), '"}', tail]]
    txt = ["Based on the clinical indicators (Na 127, BNP 1,240, EF 25%) documented for ", title(p), " ", (J(p["last"]), "name"),
           " on ", (dfmt(p["dos"], "us"), "date"), ", please clarify the acuity and type of heart failure."]
    return [['{"@t":"%s","@mt":"Query {QueryId} body saved ({Length} chars)","@l":"Debug","QueryId":"%s","Length":%d,"QueryText":"' % (
        tt, qid, len(build(txt)[0].decode())), txt, '"', tail]]


def fam_drg(phi):
    t = tick()
    ts = t_py(t)
    d = R.choice(DRGS)
    if not phi:
        k = R.randint(0, 2)
        if k == 0:
            sd = R.sample(ICD, 3)
            return [[ts, " INFO drg.grouper: encounter=%d grouper=MS-DRG v41.1 drg=%s mdc=%s rw=%s gmlos=%.1f amlos=%.1f pdx=%s sdx=[%s] poa=%s" % (
                enc_id(), d[0], d[1], d[3], R.uniform(2, 6), R.uniform(3, 8), R.choice(ICD)[0], ",".join(c for c, _ in sd),
                ",".join(R.choice("YYYNW") for _ in sd))]]
        if k == 1:
            return [[ts, " INFO drg.grouper: loaded grouper tables MS-DRG v41.1 (FY2024, effective 2023-10-01) APR-DRG v40 in %.2fs" % R.uniform(0.4, 3)]]
        return [[ts, ' INFO drg.worklist: coder=%s pulled %d encounters from worklist "DNFB > 3 days" oldest_discharge_age_days=%d' % (
            R.choice(CODERS)[0], R.randint(5, 40), R.randint(3, 12))]]
    p = pat()
    k = R.randint(0, 1)
    if k == 0:
        d2 = R.choice(DRGS)
        return [[ts, " INFO drg.finalize: acct=", (p["acct"], "account"), ' pt="', (name_disp(p, "LF"), "name"), '" admit=',
                 (dfmt(p["admit"], "iso"), "date"), " disch=", (dfmt(p["disch"], "iso"), "date"),
                 " los=%d drg %s->%s (rw delta %+.4f) coder=%s" % ((p["disch"] - p["admit"]).days, d[0], d2[0], float(d2[3]) - float(d[3]), R.choice(CODERS)[0])]]
    q = old_pat()
    return [[ts, " WARNING drg.edits: MCE edit 'Age conflict' pdx=%s age=" % R.choice(["O80", "P07.30", "Q21.1"]), (str(q["age"]), "age"),
             " sex=%s acct=" % q["sex"], (q["acct"], "account"), " -> held for coder review"]]


def fam_registry(phi):
    t = tick()
    ts = t_py(t)
    if not phi:
        k = R.randint(0, 2)
        if k == 0:
            return [[ts, " INFO registry.submit: %s %s batch %d submitted records=%d errors=%d dqr=pending endpoint=https://%s/api/submissions" % (
                R.choice(["NCDR CathPCI", "NCDR EP Device", "GWTG-Stroke", "NTDB/TQIP", "NAACCR"]), R.choice(["Q4-2023", "Q1-2024"]), R.randint(1, 40),
                R.randint(20, 400), R.randint(0, 3), R.choice(["submit.ncdr.example.org", "tqip.example.org", "registry-gw.scribelinehis.com"]))]]
        if k == 1:
            return [[ts, " INFO registry.naaccr: layout v24 record length 24194 validated %d records edits_failed=%d abstractor=%s" % (
                R.randint(10, 300), R.randint(0, 5), R.choice(CDS)[0])]]
        return [[ts, " WARNING registry.ncdr: field 'DischargeStatus' (seq 10105) missing on %d of %d abstracts; defaulting to null per v3.0 spec" % (
            R.randint(1, 9), R.randint(50, 200))]]
    p = pat()
    k = R.randint(0, 3)
    if k == 0:
        dx = p["admit"] - dt.timedelta(days=R.randint(20, 200))
        return [[ts, " INFO registry.naaccr: abstract complete accession=", (p["tumor_acc"], "other_id"),
                 " seq=00 primary_site=C50.4 histology=8500/3 dx_date=", (dfmt(dx, "hl7"), "date"),
                 " county_at_dx=", (p["county"], "address"), " abstractor=%s" % R.choice(CDS)[0]]]
    if k == 1:
        udi = "(01)" + p["gtin"] + "(17)" + p["udi_exp"] + "(21)" + p["icd_serial"]
        return [[ts, ' INFO registry.ncdr: abstract payload {"registry":"NCDR-EP-Device","version":"3.0","pt_mrn":"', (p["mrn"], "mrn"),
                 '","birth_dt":"', (dfmt(p["dob"], "iso"), "date"), '","implant_dt":"', (dfmt(p["dos"], "iso"), "date"),
                 '","device":{"mfr":"Medtronic","model":"%s","serial":"' % p["icd_model"], (p["icd_serial"], "device"),
                 '","udi":"', (udi, "device"), '"},"implanter_npi":"%s"}' % phys()["npi"]]]
    if k == 2:
        return [[ts, ' INFO registry.ntdb: trauma abstract {"incident_dt":"', (dfmt(p["admit"], "iso"), "date"),
                 '","mechanism":"MVC-driver","patient_zip":"', (p["zip"], "zip"), '","vehicle_vin":"', (p["vin"], "vehicle"),
                 '","plate":"', (p["plate"], "vehicle"), '","plate_state":"%s","iss":%d,"gcs":%d,"tx_facility":"%s"}' % (
                     p["state"], R.randint(4, 34), R.randint(6, 15), p["fac"])]]
    q = old_pat()
    return [[ts, " INFO registry.gwtg: stroke abstract mrn=", (q["mrn"], "mrn"), " age=", (str(q["age"]), "age"),
             " lkw=", (dfmt(q["dos"], "iso") + "T%02d:%02d" % (R.randint(0, 23), R.randint(0, 59)), "date"),
             " arrival_to_ct_min=%d tpa=%s nihss=%d" % (R.randint(9, 60), R.choice(["Y", "N"]), R.randint(2, 24))]]


SFTP_USERS = {"MWMC": "mercy_west", "SBR": "stbrigid_him", "LKH": "lakeshore", "PVH": "pvh_hiim"}
SFTP_STATE = {}


def fam_sftp(phi):
    t = tick()
    ts = t_syslog(t)
    fac = R.choice(list(FACILITIES))
    user = SFTP_USERS[fac]
    pid = R.randint(20000, 65000)
    ip = "10.88.%d.%d" % (list(FACILITIES).index(fac), R.randint(10, 40))
    if not phi:
        k = R.randint(0, 4)
        if k == 0:
            return [[ts, " sftp-gw01 sshd[%d]: Accepted publickey for %s from %s port %d ssh2: RSA SHA256:%s" % (
                pid - 3, user, ip, R.randint(40000, 65000), base64.b64encode(rb(32)).decode().rstrip("="))]]
        if k == 1:
            return [[ts, " sftp-gw01 internal-sftp[%d]: session opened for local user %s from [%s]" % (pid, user, ip)],
                    [t_syslog(t + dt.timedelta(seconds=1)), ' sftp-gw01 internal-sftp[%d]: opendir "/outbound/%s"' % (pid, T.strftime("%Y-%m-%d"))]]
        if k == 2:
            return [[ts, " sftp-gw01 internal-sftp[%d]: session closed for local user %s from [%s]" % (pid, user, ip)]]
        if k == 3:
            return [["@fam:py-delivery", t_py(t), " INFO delivery.batch: client=%s batch=DLV-%s-%s-%02d files=%d bytes=%d manifest=manifest_DLV-%s-%s.csv sha256=%s" % (
                fac, t.strftime("%Y%m%d"), fac, R.randint(1, 4), R.randint(20, 400), R.randint(10 ** 6, 10 ** 8), t.strftime("%Y%m%d"), fac, hexs(64))]]
        return [[ts, ' sftp-gw01 internal-sftp[%d]: open "/outbound/%s/manifest_DLV-%s-%s.csv" flags READ mode 0666' % (
            pid, t.strftime("%Y-%m-%d"), t.strftime("%Y%m%d"), fac)]]
    ps = [q for q in PATIENTS if q["fac"] == fac]
    p = R.choice(ps)
    fac = p["fac"]
    wt = R.choice(WORKTYPES)[0]
    base = "/outbound/%s/" % t.strftime("%Y-%m-%d")
    fn_style = R.randint(0, 1)
    last = ascii_up(p["last"]).replace(" ", "-").replace("'", "")
    first = ascii_up(p["first"]).replace(" ", "-")
    if fn_style == 0:
        fn = [wt + "_", (last, "name"), "_", (first, "name"), "_", (p["mrn"], "mrn"), "_", (dfmt(p["dos"], "hl7"), "date"), ".pdf"]
    else:
        fn = [(p["mrn"], "mrn"), "_", (last, "name"), "_", (first, "name"), "_%s_" % wt, (dfmt(p["dos"], "hl7"), "date"), ".rtf"]
    k = R.randint(0, 2)
    if k == 0:
        n = R.randint(8000, 400000)
        return [[ts, ' sftp-gw01 internal-sftp[%d]: open "%s' % (pid, base), fn, '" flags READ mode 0666'],
                [t_syslog(t + dt.timedelta(seconds=R.randint(0, 2))), ' sftp-gw01 internal-sftp[%d]: close "%s' % (pid, base), fn, '" bytes read %d written 0' % n]]
    if k == 1:
        return [["@fam:py-delivery", t_py(t), " INFO delivery.batch: staged /data/outbound/%s/%s/" % (fac.lower(), t.strftime("%Y%m%d")), fn, " (%d bytes, sha256=%s...)" % (
            R.randint(8000, 400000), hexs(12))]]
    return [[ts, ' sftp-gw01 internal-sftp[%d]: remove name "%s' % (pid, base), fn, '"']]


def fam_rabbit(phi):
    t = tick()
    if not phi:
        ts = t_rmq(t)
        pid = "<0.%d.0>" % R.randint(1000, 60000)
        src = private_ip()
        k = R.randint(0, 4)
        if k == 0:
            return [[ts, " [info] %s accepting AMQP connection %s (%s:%d -> 10.20.1.12:5672)" % (pid, pid, src, R.randint(40000, 65000))]]
        if k == 1:
            return [[ts, " [info] %s connection %s (%s:%d -> 10.20.1.12:5672): user '%s' authenticated and granted access to vhost '/cdi'" % (
                pid, pid, src, R.randint(40000, 65000), R.choice(["cac-svc", "asr-svc", "iface-svc", "cdi-api"]))]]
        if k == 2:
            return [[ts, " [warning] %s closing AMQP connection %s (%s:%d -> 10.20.1.12:5672, vhost: '/cdi', user: 'cac-svc'):" % (
                pid, pid, src, R.randint(40000, 65000))],
                    [ts, " [warning] %s client unexpectedly closed TCP connection" % pid]]
        if k == 3:
            return [[ts, " [info] <0.%d.0> Waiting for Mnesia tables for 30000 ms, 9 retries left" % R.randint(200, 900)]]
        return [["@fam:serilog-masstransit", t_serilog(t), " [INF] Bus started: rabbitmq://mq01.sl.local/cdi (MassTransit 8.1.3) endpoints=[coding.findings, query.events, asr.completed] prefetch=%d" % R.choice([16, 32, 64])]]
    p = pat()
    mid = uuid4()
    body = ['{"docId":"%s","patientMrn":"' % uuid4(), (p["mrn"], "mrn"), '","patientName":"', (J(name_disp(p, "fl")), "name"),
            '","dob":"', (dfmt(p["dob"], "iso"), "date"), '","dos":"', (dfmt(p["dos"], "iso"), "date"), '","workType":"%s"}' % R.choice(WORKTYPES)[0]]
    return [["@fam:serilog-masstransit", t_serilog(t), " [ERR] R-FAULT rabbitmq://mq01.sl.local/cdi/coding.findings %s ScribeLine.Contracts.DocumentReady System.Text.Json.JsonException: The JSON value could not be converted to System.DateOnly. Path: $.dos | Body: " % mid, body]]


def fam_sql(phi):
    t = tick()
    ts = t_sql(t)
    spid = "spid%d" % R.randint(51, 180)
    if not phi:
        k = R.randint(0, 4)
        if k == 0:
            return [[ts, " Logon       Login failed for user 'SL\\%s'. Reason: Password did not match that for the login provided. [CLIENT: %s]" % (
                R.choice(["svc_cac", "svc_queue", R.choice(CODERS)[0]]), private_ip())]]
        if k == 1:
            return [[ts, " Backup      Database backed up. Database: %s, creation date(time): 2019/06/14(11:02:33), pages dumped: %d, first LSN: %d:%d:1, last LSN: %d:%d:1, number of dump devices: 1, device information: (FILE=1, TYPE=DISK: {'\\\\bkp01\\sql\\%s_FULL_%s.bak'}). This is an informational message only. No user action is required." % (
                db := R.choice(["TxCore", "CdiWorkflow", "CacFindings"]), R.randint(10 ** 5, 10 ** 7), R.randint(1000, 9000), R.randint(100, 999), R.randint(1000, 9000), R.randint(100, 999), db, t.strftime("%Y%m%d"))]]
        if k == 2:
            return [[ts, " %s      Deadlock encountered .... Printing deadlock information" % spid]]
        if k == 3:
            return [[ts, " %s      I/O is frozen on database CdiWorkflow. No user action is required. However, if I/O is not resumed promptly, you could cancel the backup." % spid]]
        return [[ts, " Server      SQL Server is starting at normal priority base (=7). This is an informational message only. No user action is required."]]
    p = pat()
    k = R.randint(0, 1)
    if k == 0:
        return [[ts, " %s      inputbuf: (@p0 nvarchar(20),@p1 nvarchar(60),@p2 date)UPDATE dbo.PatientHeader SET LastName=@p1, BirthDate=@p2 WHERE Mrn=@p0 | exec sp_executesql N'...',@p0=N'" % spid,
                 (p["mrn"], "mrn"), "',@p1=N'", (p["last"].replace("'", "''"), "name"), "',@p2='", (dfmt(p["dob"], "iso"), "date"), "'"]]
    return [[ts, " %s      inputbuf: Proc [Database Id = 7 Object Id = 1301579675] @Mrn=N'" % spid, (p["mrn"], "mrn"),
             "', @Ssn=N'", (p["ssn"], "ssn"), "', @FacilityCode=N'%s'" % p["fac"]]]


def fam_efcore(phi):
    t = tick()
    ts = t_serilog(t)
    ms = R.randint(1, 400)
    if not phi:
        k = R.randint(0, 2)
        if k == 0:
            return [[ts, " [INF] Executed DbCommand (%dms) [Parameters=[@__jobId_0='?' (DbType = Int64)], CommandType='Text', CommandTimeout='30'] SELECT TOP(1) [j].[JobId], [j].[Status], [j].[AssignedTo] FROM [dbo].[TxJob] AS [j] WHERE [j].[JobId] = @__jobId_0" % ms]]
        if k == 1:
            return [[ts, " [WRN] Sensitive data logging is enabled. Log entries and exception messages may include sensitive application data; this mode should only be enabled during development."]]
        return [[ts, " [INF] Executed DbCommand (%dms) [Parameters=[@__encounterId_0='%d', @__status_1='OPEN' (Size = 16)], CommandType='Text', CommandTimeout='30'] SELECT [q].[QueryId], [q].[CreatedUtc] FROM [cdi].[Query] AS [q] WHERE [q].[EncounterId] = @__encounterId_0 AND [q].[Status] = @__status_1" % (ms, enc_id())]]
    p = pat()
    k = R.randint(0, 1)
    if k == 0:
        return [[ts, " [INF] Executed DbCommand (%dms) [Parameters=[@__mrn_0='" % ms, (p["mrn"], "mrn"), "' (Size = 20), @__dob_1='",
                 (dfmt(p["dob"], "iso") + "T00:00:00.0000000", "date"),
                 "' (DbType = DateTime2)], CommandType='Text', CommandTimeout='30'] SELECT TOP(1) [p].[PatientKey], [p].[LastName], [p].[FirstName] FROM [dbo].[Patient] AS [p] WHERE [p].[Mrn] = @__mrn_0 AND [p].[BirthDate] = @__dob_1"]]
    return [[ts, " [ERR] Failed executing DbCommand (%dms) [Parameters=[@p0='" % ms, (p["first"], "name"), "' (Size = 60), @p1='",
             (p["last"], "name"), "' (Size = 60), @p2='", (p["phone"], "phone"), "' (Size = 25), @p3='", (p["email"], "email"),
             "' (Size = 120)], CommandType='Text', CommandTimeout='30'] INSERT INTO [roi].[Requester] ([FirstName], [LastName], [Phone], [Email]) VALUES (@p0, @p1, @p2, @p3);"]]


def fam_winevent(phi):
    t = tick()
    loc = t - dt.timedelta(hours=5)
    et = loc.strftime("%Y-%m-%d %H:%M:%S")
    host = R.choice(HOSTS_APP) + ".sl.local"
    rec = R.randint(100000, 9999999)
    if not phi:
        k = R.randint(0, 3)
        if k == 0:
            return [['{"EventTime":"%s","Hostname":"%s","Keywords":-9214364837600034816,"EventType":"AUDIT_FAILURE","SeverityValue":4,"Severity":"ERROR","EventID":4625,"SourceName":"Microsoft-Windows-Security-Auditing","ProviderGuid":"{54849625-5478-4994-A5BA-3E3B0328C30D}","Version":0,"TaskValue":12544,"OpcodeValue":0,"RecordNumber":%d,"ProcessID":%d,"ThreadID":%d,"Channel":"Security","Message":"An account failed to log on.","TargetUserName":"%s","TargetDomainName":"SL","Status":"0xc000006d","SubStatus":"0xc000006a","LogonType":"3","IpAddress":"%s","IpPort":"%d"}' % (
                et, host, rec, R.randint(500, 900), R.randint(1000, 9000), R.choice(MTS + CODERS)[0], private_ip(), R.randint(40000, 65000))]]
        if k == 1:
            return [['{"EventTime":"%s","Hostname":"%s","Keywords":36028797018963968,"EventType":"INFO","SeverityValue":2,"Severity":"INFO","EventID":7036,"SourceName":"Service Control Manager","ProviderGuid":"{555908D1-A6D7-4695-8E1E-26931D2012F4}","Version":0,"TaskValue":0,"OpcodeValue":0,"RecordNumber":%d,"ProcessID":%d,"ThreadID":%d,"Channel":"System","Message":"The %s service entered the %s state.","param1":"%s","param2":"%s"}' % (
                et, host, rec, R.randint(500, 900), R.randint(1000, 9000), s := R.choice(["ScribeLine Queue Dispatcher", "ScribeLine HL7 Listener", "World Wide Web Publishing Service"]),
                st := R.choice(["running", "stopped"]), s, st)]]
        if k == 2:
            return [['{"EventTime":"%s","Hostname":"%s","Keywords":36028797018963968,"EventType":"ERROR","SeverityValue":4,"Severity":"ERROR","EventID":1026,"SourceName":".NET Runtime","RecordNumber":%d,"Channel":"Application","Message":"Application: ScribeLine.CodingWorker.exe\\r\\nCoreCLR Version: 8.0.224.6711\\r\\n.NET Version: 8.0.2\\r\\nDescription: The process was terminated due to an unhandled exception.\\r\\nException Info: System.InvalidOperationException: Sequence contains no elements\\r\\n   at ScribeLine.Coding.FindingMapper.Map(FindingDto dto) in D:\\\\a\\\\1\\\\s\\\\src\\\\Coding\\\\FindingMapper.cs:line %d"}' % (
                et, host, rec, R.randint(40, 300))]]
        return [['{"EventTime":"%s","Hostname":"%s","EventType":"WARNING","SeverityValue":3,"Severity":"WARNING","EventID":2013,"SourceName":"srv","RecordNumber":%d,"Channel":"System","Message":"The D: disk is at or near capacity.  You may need to delete some files."}' % (
            et, host, rec)]]
    p = pat()
    last = ascii_lo(p["last"]).replace(" ", "%20").replace("'", "%27")
    return [['{"EventTime":"%s","Hostname":"%s","EventType":"WARNING","SeverityValue":3,"Severity":"WARNING","EventID":1309,"SourceName":"ASP.NET 4.0.30319.0","RecordNumber":%d,"Channel":"Application","Message":"Event code: 3005 \\r\\nEvent message: An unhandled exception has occurred. \\r\\n...\\r\\nRequest information: \\r\\n    Request URL: https://txportal.scribelinehis.com:443/TxPortal/Search.aspx?lname=' % (et, host, rec),
             (last, "name"), "&dob=", (dfmt(p["dob"], "us").replace("/", "%2F"), "date"), "&mrn=", (p["mrn"], "mrn"),
             ' \\r\\n    Request path: /TxPortal/Search.aspx \\r\\n    User host address: %s \\r\\n    User: SL\\\\%s \\r\\n    Is authenticated: True \\r\\n"}' % (private_ip(), R.choice(MTS)[0])]]


UAS = ["Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/122.0.0.0+Safari/537.36+Edg/122.0.0.0",
       "Mozilla/5.0+(iPhone;+CPU+iPhone+OS+17_3_1+like+Mac+OS+X)+AppleWebKit/605.1.15+(KHTML,+like+Gecko)+Version/17.3+Mobile/15E148+Safari/604.1",
       "Mozilla/5.0+(Macintosh;+Intel+Mac+OS+X+10_15_7)+AppleWebKit/605.1.15+(KHTML,+like+Gecko)+Version/17.2+Safari/605.1.15",
       "SLRecorder/11.0.3+(Windows+NT+10.0)", "python-requests/2.31.0"]


def fam_iis(phi):
    t = tick()
    ts = t.strftime("%Y-%m-%d %H:%M:%S")
    sip = "10.20.1.%d" % R.randint(30, 60)
    if not phi:
        k = R.randint(0, 3)
        if k == 0:
            return [[ts, " %s GET /TxPortal/api/jobs/%d/status - 443 SL\\%s %s %s - 200 0 0 %d" % (
                sip, R.randint(8800000, 8899999), R.choice(MTS)[0], private_ip(), UAS[0], R.randint(5, 300))]]
        if k == 1:
            return [[ts, " %s POST /api/v3/dictations - 443 - %s %s - %d 0 0 %d" % (
                sip, private_ip(), UAS[3], R.choice([201, 201, 413]), R.randint(200, 9000))]]
        if k == 2:
            return [[ts, " %s GET /healthz - 80 - 10.20.0.5 kube-probe/1.28 - 200 0 0 %d" % (sip, R.randint(0, 4))]]
        return [["#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken"]]
    p = pat()
    k = R.randint(0, 2)
    if k == 0:
        return [[ts, " %s GET /TxPortal/api/patients/search lastName=" % sip, (ascii_lo(p["last"]).replace(" ", "+").replace("'", "%27"), "name"),
                 "&dob=", (dfmt(p["dob"], "iso"), "date"), " 443 SL\\%s %s %s https://txportal.scribelinehis.com/TxPortal/Search - 200 0 0 %d" % (
                     R.choice(CODERS + MTS)[0], private_ip(), UAS[0], R.randint(20, 900))]]
    if k == 1:
        return [[ts, " %s POST /roi/api/requests/verify - 443 " % sip, (p["portal_user"], "other_id"), " ", (public_ip(), "ip"),
                 " %s https://roi.scribelinehis.com/request - 200 0 0 %d" % (R.choice(UAS[:3]), R.randint(50, 2000))]]
    return [[ts, " %s GET /roi/status ref=ROI-2024-%06d&email=" % (sip, R.randint(1000, 99999)), (p["email"].replace("@", "%40"), "email"),
             " 443 - ", (public_ip(), "ip"), " %s - 200 0 0 %d" % (R.choice(UAS[:3]), R.randint(10, 400))]]


def fam_celery(phi):
    t = tick()
    ts = "[%s: %s/ForkPoolWorker-%d]" % (t_py(t), "%s", R.randint(1, 8))
    tid = uuid4()
    if not phi:
        k = R.randint(0, 3)
        if k == 0:
            return [[ts % "INFO", " Task cdi.tasks.score_encounter[%s] succeeded in %.3fs: {'encounter_id': %d, 'opportunities': %d, 'model': 'cdi-prio-2.4'}" % (
                tid, R.uniform(0.1, 5), enc_id(), R.randint(0, 5))]]
        if k == 1:
            return [[ts % "INFO", " Task cdi.tasks.refresh_worklist[%s] received" % tid]]
        if k == 2:
            return [[ts % "WARNING", " Task cac.tasks.reindex_findings[%s] retry: Retry in %ds: OperationalError('(pyodbc.OperationalError) (\\'HYT00\\', \\'[HYT00] [Microsoft][ODBC Driver 18 for SQL Server]Login timeout expired (0) (SQLDriverConnect)\\')')" % (
                tid, R.choice([10, 30, 60]))]]
        return [["[%s: INFO/MainProcess] Connected to amqp://cdi-worker:**@mq01.sl.local:5672/cdi" % t_py(t)]]
    p = pat()
    k = R.randint(0, 1)
    if k == 0:
        return [[ts % "INFO", " Task cdi.tasks.build_abstract[%s] received: args=('" % tid, (p["mrn"], "mrn"), "',) kwargs={'registry': 'GWTG', 'dob': '",
                 (dfmt(p["dob"], "iso"), "date"), "', 'zip': '", (p["zip"], "zip"), "'}"]]
    return [[ts % "ERROR", " Task roi.tasks.send_records[%s] raised unexpected: SMTPRecipientsRefused({'" % tid, (p["email"], "email"),
             "': (550, b'5.1.1 mailbox unavailable')})"]]


def structlog_line(t, level, event, kv):
    # structlog ConsoleRenderer (no colors)
    return [t.strftime("%Y-%m-%d %H:%M:%S") + " [%-9s] %-30s " % (level, event)] + kv


def fam_roi(phi):
    t = tick()
    rid = "ROI-2024-%06d" % R.randint(1000, 99999)
    if not phi:
        k = R.randint(0, 2)
        if k == 0:
            return [structlog_line(t, "info", "roi.request.status", ["request_id=%s status=%s fulfilled_by=%s pages=%d fee_usd=%.2f" % (
                rid, R.choice(["FULFILLED", "IN_REVIEW", "AWAITING_PAYMENT"]), R.choice(CODERS)[0], R.randint(3, 400), R.uniform(6.5, 60))])]
        if k == 1:
            return [structlog_line(t, "info", "roi.payment.captured", ["request_id=%s card=************%04d brand=%s amount=%.2f processor_ref=ch_%s" % (
                rid, R.randint(0, 9999), R.choice(["visa", "mastercard", "amex"]), R.uniform(6.5, 60), hexs(24))])]
        if k == 2:
            return [structlog_line(t, "warning", "roi.notify.skipped", ["request_id=%s reason=no_contact_channel support=1-800-555-0163 from=noreply@scribelinehis.com" % rid])]
    p = pat()
    k = R.choice([0, 1, 2, 4, 4])
    if k == 0:
        return [structlog_line(t, "info", "roi.request.created", ["request_id=%s requester_type=PATIENT requester_email=" % rid, (p["email"], "email"),
                                                                  " username=", (p["portal_user"], "other_id"), " client_ip=", (public_ip(), "ip"),
                                                                  " dob_supplied=", (dfmt(p["dob"], "iso"), "date")])]
    if k == 1:
        return [structlog_line(t, "info", "roi.identity.verified", ["request_id=%s method=dl_scan dl_number=" % rid, (p["dl"], "license"),
                                                                    " dl_state=%s selfie_match=%.3f selfie=data:image/jpeg;base64," % (p["state"], R.uniform(0.8, 0.99)),
                                                                    (jpeg_b64(R.randint(400, 800)), "photo")])]
    if k == 2:
        return [structlog_line(t, "error", "roi.payment.declined", ["request_id=%s card_number=" % rid, (p["card"], "account"),
                                                                     " exp=**/** avs_zip=", (p["zip"], "zip"), " decline_code=insufficient_funds"])]
    url = "https://roi.scribelinehis.com/r/%s/%s-%s" % (p["fac"].lower(), ascii_lo(p["first"]).replace(" ", "-"), ascii_lo(p["last"]).replace(" ", "-").replace("'", ""))
    return [structlog_line(t, "info", "roi.delivery.link_sent", ["request_id=%s to=" % rid, (p["email"], "email"), " link=", (url, "url"),
                                                                 " expires_in=7d mailer=noreply@scribelinehis.com"])]


def fam_fax(phi):
    t = tick()
    rid = "ROI-2024-%06d" % R.randint(1000, 99999)
    if not phi:
        ph = phys()
        if R.random() < 0.5:
            return [[t_serilog(t), ' [INF] Fax job %d queued to %s ("Dr. %s %s office") pages=%d cover=CC_PROVIDER via RightFax 21.2' % (
                R.randint(50000, 59999), ph["fax"], ph["first"], ph["last"], R.randint(1, 12))]]
        return [[t_serilog(t), ' [INF] Fax job %d status DELIVERED remote_csid="%s" duration=%ds pages=%d/%d' % (
            R.randint(50000, 59999), R.choice(["MWMC HIM", "SBR MEDREC", "LAKESHORE CARDIO", "PVH ROI"]), R.randint(20, 400), 4, 4)]]
    p = pat()
    if R.random() < 0.5:
        return [[t_serilog(t), ' [INF] Fax job %d queued to ' % R.randint(50000, 59999), ("+1 " + p["phone"], "fax"),
                 ' ("patient home fax", %s) pages=%d cover=ROI_STD via RightFax 21.2' % (rid, R.randint(2, 60))]]
    return [[t_serilog(t), ' [WRN] Fax job %d to ' % R.randint(50000, 59999), (p["area"] + "-" + p["phone_local"], "fax"),
             ' failed: NO ANSWER (attempt %d/3), recipient "' % R.randint(1, 3), (name_disp(p, "fl"), "name"), '" request %s' % rid]]


def fam_ambient(phi):
    t = tick()
    ts = t_py(t)
    if not phi:
        if R.random() < 0.5:
            return [[ts, " INFO ambient.session: session=AMB-%s encounter=%d speakers=%d duration=%ds consent=verbal_recorded diarization=pyannote-3.1" % (
                hexs(10), enc_id(), R.randint(2, 4), R.randint(300, 1800))]]
        return [[ts, " INFO ambient.diarize: session=AMB-%s speaker=S1 role=CLINICIAN matched_profile=author_%d sim=%.2f" % (
            hexs(10), phys()["author"], R.uniform(0.7, 0.95))]]
    emb = base64.b64encode(rb(R.choice([256, 384, 512]))).decode()
    if R.random() < 0.6:
        return [[ts, " INFO ambient.diarize: session=AMB-%s speaker=S%d role=PATIENT voiceprint_dim=128 voiceprint_b64=" % (
            hexs(10), R.randint(2, 3)), (emb, "biometric"), " sim_to_clinician=%.2f" % R.uniform(0.05, 0.3)]]
    p = pat()
    return [[ts, " DEBUG ambient.enroll: patient_mrn=", (p["mrn"], "mrn"), " consent=Y template_format=ecapa-tdnn-192 template=", (emb, "biometric")]]


def fam_audit(phi):
    t = tick()
    ts = t.strftime("%Y-%m-%dT%H:%M:%SZ")
    u = R.choice(MTS + CODERS + QAS + CDS)[0]
    if not phi:
        k = R.randint(0, 1)
        if k == 0:
            return [[ts + ",AUDIT,LOGIN,%s,%s,-,-,%s,SUCCESS" % (u, private_ip(), R.choice(["TxPortal", "CdiWorkbench", "CoderWorkbench"]))]]
        return [[ts + ",AUDIT,EXPORT_WORKLIST,%s,%s,WL-%d,-,CoderWorkbench,SUCCESS" % (u, private_ip(), R.randint(100, 999))]]
    p = pat()
    act = R.choice(["VIEW_REPORT", "EDIT_REPORT", "PRINT", "VIEW_DEMOGRAPHICS"])
    return [[ts + ",AUDIT,%s,%s,%s,%s," % (act, u, private_ip(), uuid4()), (p["mrn"], "mrn"), ",%s,SUCCESS" % p["fac"]]]


def fam_wc(phi):
    # coding for workers' comp / auto no-fault claims (python service, key=value)
    t = tick()
    ts = t_py(t)
    if not phi:
        if R.random() < 0.4:
            return [[ts, " INFO coding.elig: 270 batch sent to clearinghouse isa13=%09d gs06=%d inquiries=%d endpoint=sftp://edi.clearinghouse.example.com/inbound" % (
                R.randint(0, 10 ** 9), R.randint(1000, 99999), R.randint(5, 300))]]
        return [[ts, " INFO coding.payer: claim_type=%s edits_passed=%d ncci_pairs_checked=%d mue_flags=%d payer_id=%s" % (
            R.choice(["WC", "AUTO_PIP", "COMMERCIAL"]), R.randint(5, 40), R.randint(10, 200), R.randint(0, 2), R.choice(["16003", "TWCCP", "87726", "60054"]))]]
    p = pat()
    k = R.randint(0, 2)
    if k == 2:
        ptype, mid = p["plan"]
        return [[ts, " INFO coding.elig: 271 received trn=TRN*2*%d*9SCRIBELN payer=%s subscriber_id=" % (R.randint(10 ** 8, 10 ** 9), ptype),
                 (mid, "health_plan"), " subscriber_dob=", (dfmt(p["dob"], "hl7"), "date"), " eb=1 (active coverage) svc_type=30 isa13=%09d" % R.randint(0, 10 ** 9)]]
    if k == 0:
        return [[ts, " INFO coding.payer: claim_type=WC claim_no=", (p["wc_claim"], "other_id"), " injury_date=", (dfmt(p["admit"], "iso"), "date"),
                 " employer=\"Tri-County Logistics LLC\" member_id=", (p["plan"][1], "health_plan"), " cpt=%s" % R.choice(CPT)[0]]]
    return [[ts, " INFO coding.payer: claim_type=AUTO_PIP insured=\"", (name_disp(p, "fl"), "name"), "\" vin=", (p["vin"], "vehicle"),
             " loss_date=", (dfmt(p["admit"], "us"), "date"), " policy_holder_phone=", (p["phone"], "phone")]]


def fam_stack(phi):
    t = tick()
    ts = t_serilog(t)
    lines = [[ts, " [ERR] Unhandled exception while processing message %s on queue coding.findings" % uuid4()],
             ["System.Data.SqlClient.SqlException (0x80131904): Transaction (Process ID %d) was deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction." % R.randint(51, 180)],
             ["   at System.Data.SqlClient.SqlConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)"],
             ["   at ScribeLine.Cac.Persistence.FindingRepository.UpsertAsync(IReadOnlyList`1 findings, CancellationToken ct) in D:\\a\\1\\s\\src\\Cac.Persistence\\FindingRepository.cs:line %d" % R.randint(40, 400)],
             ["   at ScribeLine.Cac.Consumers.DocumentReadyConsumer.Consume(ConsumeContext`1 context) in D:\\a\\1\\s\\src\\Cac.Worker\\Consumers\\DocumentReadyConsumer.cs:line %d" % R.randint(20, 200)],
             ["ClientConnectionId:%s" % uuid4()],
             ["Error Number:1205,State:51,Class:13"]]
    n = R.randint(3, len(lines))
    return lines[:n]


def fam_python_tb(phi):
    t = tick()
    ts = t_py(t)
    return [[ts, " ERROR cac.worker: failed to persist findings for doc_id=%s" % uuid4()],
            ["Traceback (most recent call last):"],
            ['  File "/opt/scribeline/cac/worker.py", line %d, in handle' % R.randint(50, 300)],
            ["    self.repo.save(findings, batch_id=batch_id)"],
            ['  File "/opt/scribeline/cac/repo.py", line %d, in save' % R.randint(20, 120)],
            ["pyodbc.IntegrityError: ('23000', \"[23000] [Microsoft][ODBC Driver 18 for SQL Server][SQL Server]Violation of PRIMARY KEY constraint 'PK_Finding'. Cannot insert duplicate key in object 'cac.Finding'. The duplicate key value is (%d, %d). (2627) (SQLExecDirectW)\")" % (enc_id(), R.randint(1, 40))]]


FAMILIES = {
    # name: (fn, weight_phi, weight_clean)
    "serilog-dictation": (fam_dictation_api, 6, 8),
    "py-asr": (fam_asr, 6, 8),
    "hl7-mdm": (fam_hl7_mdm, 8, 5),
    "hl7-oru": (fam_hl7_oru, 6, 3),
    "nlog-queue": (fam_queue, 3, 9),
    "json-cac": (fam_cac, 9, 6),
    "clef-cdi-query": (fam_query, 5, 6),
    "py-drg": (fam_drg, 4, 5),
    "py-registry": (fam_registry, 7, 4),
    "syslog-sftp": (fam_sftp, 6, 6),
    "rabbitmq": (fam_rabbit, 2, 6),
    "mssql-errorlog": (fam_sql, 2, 4),
    "efcore-serilog": (fam_efcore, 3, 3),
    "nxlog-winevent": (fam_winevent, 2, 4),
    "iis-w3c": (fam_iis, 4, 5),
    "celery": (fam_celery, 3, 4),
    "structlog-roi": (fam_roi, 7, 4),
    "csv-audit": (fam_audit, 3, 3),
    "serilog-fax": (fam_fax, 2, 2),
    "py-ambient": (fam_ambient, 2, 2),
    "py-payer-coding": (fam_wc, 4, 2),
    "dotnet-stacktrace": (fam_stack, 0, 1.2),
    "py-traceback": (fam_python_tb, 0, 0.8),
}


def pick(phi):
    names = [n for n in FAMILIES if FAMILIES[n][1 if phi else 2] > 0]
    ws = [FAMILIES[n][1 if phi else 2] for n in names]
    return R.choices(names, ws)[0]


def main():
    out_lines, labels = [], []
    while len(out_lines) < N_LINES:
        have_phi = sum(1 for l in labels if l["spans"])
        # steer toward the target share of PHI lines
        target = PHI_SHARE * (len(out_lines) + 1)
        want = R.random() < (0.7 if have_phi < target else 0.25)
        fam = pick(want)
        block = FAMILIES[fam][0](want)
        if len(out_lines) + len(block) > N_LINES:
            continue
        for pieces in block:
            lf = fam
            if isinstance(pieces[0], str) and pieces[0].startswith("@fam:"):
                lf = pieces[0][5:]
                pieces = pieces[1:]
            line, spans = build(pieces)
            assert len(line) <= 4000, (fam, len(line))
            out_lines.append(line)
            labels.append({"line": len(out_lines), "family": lf, "spans": spans})
    assert len(out_lines) == N_LINES
    with open(os.path.join(HERE, "cg.log"), "wb") as f:
        f.write(b"".join(l + b"\n" for l in out_lines))
    with open(os.path.join(HERE, "cg.labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    # self check: re-read and verify
    data = open(os.path.join(HERE, "cg.log"), "rb").read().split(b"\n")
    assert data[-1] == b"" and len(data) == N_LINES + 1
    clean = sum(1 for l in labels if not l["spans"])
    cats = {}
    for l in labels:
        for s in l["spans"]:
            cats[s["cat"]] = cats.get(s["cat"], 0) + 1
    print("lines=%d no_phi=%d (%.1f%%)" % (N_LINES, clean, 100.0 * clean / N_LINES))
    print(json.dumps(dict(sorted(cats.items())), indent=None))


if __name__ == "__main__":
    main()
