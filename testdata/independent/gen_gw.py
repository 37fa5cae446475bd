#!/usr/bin/env python3
"""Deterministic generator of a labeled synthetic-PHI log corpus (340B program administrator theme).

Writes gw.log and gw.labels.jsonl next to this file. Standard library only.
All persons, identifiers, addresses and numbers are synthetic.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import unicodedata
from urllib.parse import quote

ID = "gw"
R = random.Random(340_2024_0312)
HERE = os.path.dirname(os.path.abspath(__file__))
RUN_DATE = dt.date(2024, 3, 12)


def P(value, cat):
    """A labeled segment."""
    return (value, cat)


# ----------------------------------------------------------------------------
# check-digit helpers
# ----------------------------------------------------------------------------
def luhn_check(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def make_npi():
    base = R.choice("12") + digits(8)
    return base + luhn_check("80840" + base)


def make_dea(first_letter, second_letter):
    d = [R.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first_letter + second_letter + "".join(map(str, d)) + str(chk)


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def make_mbi():
    an = MBI_ALPHA + "0123456789"
    return (str(R.randint(1, 9)) + R.choice(MBI_ALPHA) + R.choice(an) + str(R.randint(0, 9))
            + R.choice(MBI_ALPHA) + R.choice(an) + str(R.randint(0, 9)) + R.choice(MBI_ALPHA)
            + R.choice(MBI_ALPHA) + str(R.randint(0, 9)) + str(R.randint(0, 9)))


VIN_VAL = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def make_vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = R.choice(["1HG", "2T1", "3FA", "1FT", "5NP", "1C4", "JTD", "KNA"])
    vds = "".join(R.choice(chars) for _ in range(5))
    year = R.choice("JKLMN")
    plant = R.choice("ABCDEFGHKLMNPRSTUVWXYZ")
    serial = digits(6)
    v = wmi + vds + "0" + year + plant + serial
    tot = 0
    for i, ch in enumerate(v):
        val = int(ch) if ch.isdigit() else VIN_VAL[ch]
        tot += val * VIN_W[i]
    c = tot % 11
    c = "X" if c == 10 else str(c)
    return v[:8] + c + v[9:]


def make_imei():
    base = R.choice(["35391110", "35875708", "86429303", "01326300"]) + digits(6)
    return base + luhn_check(base)


def make_visa():
    base = "4" + digits(14)
    return base + luhn_check(base)


def gtin14_check(s13):
    tot = 0
    for i, ch in enumerate(reversed(s13)):
        tot += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - tot % 10) % 10)


def make_udi():
    g13 = "0" + "0386270" + digits(5)
    gtin = g13 + gtin14_check(g13)
    exp = dt.date(2025, R.randint(1, 12), R.randint(1, 28)).strftime("%y%m%d")
    lot = "L" + digits(6)
    sn = R.choice(["SM", "RX", "PL"]) + digits(8)
    return "(01)%s(17)%s(10)%s(21)%s" % (gtin, exp, lot, sn)


def make_ssn():
    while True:
        area = R.randint(1, 665)
        if area != 666:
            break
    return "%03d-%02d-%04d" % (area, R.randint(1, 99), R.randint(1, 9999))


def rb(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64_jpeg(n):
    hdr = bytes.fromhex("FFD8FFE000104A46494600010101004800480000FFDB004300")
    return base64.b64encode(hdr + rb(n)).decode()


def b64_png(n):
    hdr = bytes.fromhex("89504E470D0A1A0A0000000D49484452000000600000006008020000")
    return base64.b64encode(hdr + rb(n)).decode()


def b64_fmr(n):
    # ISO/IEC 19794-2 finger minutiae record header "FMR\0 20\0"
    hdr = b"FMR\x00 20\x00" + rb(4)
    return base64.b64encode(hdr + rb(n)).decode()


def b64_blob(n):
    return base64.b64encode(rb(n)).decode()


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return s.replace("\u02bb", "")


def money(x):
    return "%.2f" % x


def money_c(x):
    return "{:,.2f}".format(x)


def rdate(a, b):
    da = a.toordinal()
    db = b.toordinal()
    return dt.date.fromordinal(R.randint(da, db))


def age_on(dob, on=RUN_DATE):
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


# ----------------------------------------------------------------------------
# reference data
# ----------------------------------------------------------------------------
CES = [
    dict(key="MV", id="DSH450612", name="Mercy Vale Medical Center", state="TX", ehr="MERCYVALE_EPIC",
         cities=[("Waco", "767"), ("Temple", "765"), ("Belton", "765"), ("Killeen", "765")],
         areas=["254"], domain="mercyvale.org"),
    dict(key="RC", id="DSH050219", name="Riverside Community Hospital", state="CA", ehr="RCH_CERNER",
         cities=[("Riverside", "925"), ("Moreno Valley", "925"), ("Perris", "925"), ("Corona", "928")],
         areas=["951", "909"], domain="rchmed.org"),
    dict(key="LS", id="CH061784", name="Lone Star Family Health Center", state="TX", ehr="LSFHC_ECW",
         cities=[("San Antonio", "782"), ("Seguin", "781"), ("New Braunfels", "781"), ("Pleasanton", "780")],
         areas=["210", "830"], domain="lonestarfhc.org"),
    dict(key="SB", id="PED330145", name="St. Brigid Children's Hospital", state="NY", ehr="SBCH_MEDITECH",
         cities=[("Albany", "122"), ("Troy", "121"), ("Schenectady", "123"), ("Cohoes", "120")],
         areas=["518"], domain="stbrigidkids.org"),
]
CE_BY = {c["key"]: c for c in CES}

PRESCRIBERS = {
    "MV": [("Anjali", "Raghunathan", "Cardiology"), ("Robert", "Pham", "Internal Medicine"),
           ("Olga", "Szymańska", "Endocrinology"), ("Marcus", "Whitfield", "Infectious Disease")],
    "RC": [("Helen", "Ochoa", "Family Medicine"), ("David", "Kessler", "Rheumatology"),
           ("Nnamdi", "Eze", "Hematology/Oncology")],
    "LS": [("Carmen", "Villarreal", "Family Medicine"), ("Tuan", "Le", "Internal Medicine"),
           ("Rebecca", "Strand", "HIV Primary Care")],
    "SB": [("Amira", "Farouk", "Pediatric Endocrinology"), ("Liam", "Gallagher", "Pediatric Pulmonology"),
           ("Sunita", "Bose", "Pediatric GI")],
}
for k in PRESCRIBERS:
    PRESCRIBERS[k] = [dict(first=f, last=l, spec=s, npi=make_npi(), dea=make_dea("F", l[0].upper()))
                      for f, l, s in PRESCRIBERS[k]]
UNROSTERED_NPIS = [make_npi() for _ in range(6)]

PHARMACIES = [
    dict(code="WAG04417", name="Walgreens #04417", ncpdp="4517730", fmt="pipe", ces=["MV"], user="cp_wag04417",
         ip="10.44.2.17", wh="Cardinal Health", whacct="2033891", dea=make_dea("B", "W"), rph="Linh Tran, RPh"),
    dict(code="CVS07782", name="CVS Pharmacy #07782", ncpdp="0512345", fmt="fixed", ces=["RC"], user="cp_cvs07782",
         ip="172.20.8.41", wh="McKesson", whacct="0412887331", dea=make_dea("B", "C"), rph="Samuel Adeyemi, PharmD"),
    dict(code="CPT2211", name="CarePoint Pharmacy #2211", ncpdp="4539021", fmt="pipe", ces=["LS"], user="cp_cpt2211",
         ip="10.44.2.63", wh="Cencora", whacct="100045127", dea=make_dea("B", "C"), rph="Rosa Villanueva, RPh"),
    dict(code="ALAMO01", name="Alamo Specialty Rx", ncpdp="4561188", fmt="fixed", ces=["LS", "MV"], user="cp_alamorx",
         ip="172.20.9.12", wh="McKesson", whacct="0419002176", dea=make_dea("B", "A"), rph="Kevin O'Rourke, PharmD"),
    dict(code="HVA3301", name="Hudson Valley Apothecary", ncpdp="3322087", fmt="pipe", ces=["SB"], user="cp_hva3301",
         ip="10.44.3.9", wh="Cencora", whacct="100071842", dea=make_dea("B", "H"), rph="Miriam Goldfarb, RPh"),
]
PH_BY = {p["code"]: p for p in PHARMACIES}

DRUGS = [
    ("00169-4132-12", "OZEMPIC 2MG/3ML PEN", 3.0, 28, 1.5),
    ("61958-2501-01", "BIKTARVY 50-200-25MG TAB", 30.0, 30, 30.0),
    ("00003-0894-21", "ELIQUIS 5MG TAB", 60.0, 30, 60.0),
    ("00074-0554-02", "HUMIRA PEN 40MG/0.4ML", 2.0, 28, 2.0),
    ("00002-1433-80", "TRULICITY 1.5MG/0.5ML PEN", 2.0, 28, 2.0),
    ("00006-0277-31", "JANUVIA 100MG TAB", 30.0, 30, 30.0),
    ("61958-2002-01", "DESCOVY 200-25MG TAB", 30.0, 30, 30.0),
    ("00597-0152-30", "JARDIANCE 25MG TAB", 30.0, 30, 30.0),
    ("00186-0370-20", "SYMBICORT 160-4.5MCG INH", 10.2, 30, 10.2),
    ("50458-0579-30", "XARELTO 20MG TAB", 30.0, 30, 30.0),
    ("00002-7510-01", "HUMALOG KWIKPEN 100U/ML", 15.0, 30, 15.0),
    ("08627-0077-01", "DEXCOM G7 SENSOR", 3.0, 30, 1.0),
    ("65162-0102-10", "METFORMIN HCL 500MG TAB", 60.0, 30, 1000.0),
]
DME_NDCS = {"08627-0077-01"}

PLANS = [
    dict(kind="commercial", payer="CVS Caremark", bin="004336", pcn="ADV", group=lambda: "RX" + digits(4),
         card=lambda: R.choice(["ZGP", "XKQ", "WPC"]) + digits(9)),
    dict(kind="commercial", payer="Express Scripts", bin="003858", pcn="A4", group=lambda: "BCTX" + digits(3),
         card=lambda: R.choice(["W", "H"]) + digits(9)),
    dict(kind="commercial", payer="OptumRx", bin="610097", pcn="9999", group=lambda: "UHC" + digits(5),
         card=lambda: digits(9) + "01"),
    dict(kind="partd", payer="Humana Part D", bin="015581", pcn="03200000", group=lambda: "X" + digits(4),
         card=lambda: "H" + digits(8)),
    dict(kind="partd", payer="SilverScript", bin="004336", pcn="MEDDADV", group=lambda: "RX8" + digits(3),
         card=lambda: "SLV" + digits(8)),
]
MEDICAID = {
    "TX": dict(payer="Texas Medicaid VDP", bin="610084", pcn="DRTXPROD", group=lambda: "TXMCD", card=lambda: "5" + digits(8)),
    "CA": dict(payer="Medi-Cal Rx", bin="022659", pcn="6334225", group=lambda: "MEDICAL",
               card=lambda: "9" + digits(7) + R.choice("ABCDEFGH")),
    "NY": dict(payer="NY Medicaid FFS", bin="004740", pcn="", group=lambda: "NYMCD",
               card=lambda: "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + digits(5)
               + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ")),
}

FIRST_F = ["Marisol", "Ngozi", "Thi Hoa", "Aaliyah", "Keiko", "Guadalupe", "Fatima", "Leilani", "Agnieszka",
           "Soo-jin", "Esperanza", "Mei-Ling", "Zainab", "Ilse", "Nomvula", "Beatriz", "Ayesha", "Imani", "Ruth",
           "Hilda", "Luz", "Anahí", "Priya", "Oksana", "Siobhán"]
FIRST_M = ["Chidi", "Wojciech", "Yusuf", "Siddharth", "Dmitri", "Tomasz", "Oluwaseun", "Björn", "Hamza", "Kwame",
           "Declan", "Rafael", "Tevita", "Joaquín", "Henrik", "Darnell", "Ezekiel", "Minh", "Arjun", "Mateo",
           "Kenji", "Lior", "Emeka", "Ignacio", "Bashir"]
LASTS = ["Santos-Oyelaran", "Okafor", "Nguyễn", "Kowalczyk", "Haddad", "Tanaka", "Castañeda", "Müller",
         "O'Connell", "Al-Masri", "Begay", "Fonoti", "Mahlangu", "Sørensen", "Ibáñez", "Osei", "Delacroix",
         "Przybylski", "Yılmaz", "Fitzgerald", "Hernández", "Vũ", "Petrov", "Eriksson", "Cohen-Adler",
         "Baptiste", "Achterberg", "Ramírez", "Onyekachi", "Kaʻahanui", "Whitehorse", "Chowdhury", "Tran",
         "Abernathy", "De la Cruz", "Novak", "Ferreira", "Mbatha", "Lindqvist", "Quispe", "Papadopoulos", "Iwu"]
STREETS = ["Cedar Elm Dr", "W Alabama St", "Calle Pescadero", "Kessler Blvd", "Old Mill Rd", "Brazos Ave",
           "Magnolia Ct", "Jurupa Ave", "Pecan Valley Dr", "Madison Ave", "Quail Run", "Lark St",
           "Mission Grove Pkwy", "Nopal Ln", "Van Rensselaer Blvd", "Bosque Blvd", "Fulton St", "Arroyo Seco Way"]
UNITS = ["", "", "", " Apt 4B", " Unit 12", " #207", " Apt 1"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com"]
STATES_DL = {"TX": lambda: digits(8), "CA": lambda: R.choice("ABCDEFGHJKLMNPRSTVWY") + digits(7),
             "NY": lambda: digits(9)}


def make_mrn(ce):
    k = ce["key"]
    if k == "MV":
        return "E" + str(R.randint(1000000, 9999999))
    if k == "RC":
        return "RCH" + "00" + digits(6)
    if k == "LS":
        return str(R.randint(10000, 99999))
    return "M00" + digits(7)


def slug(s):
    return ascii_fold(s).lower().replace("'", "").replace(" ", "-")


PATIENTS = []
used_last = set()
for i in range(44):
    ce = CES[i % 4]
    sex = "F" if i % 2 == 0 else "M"
    first = R.choice(FIRST_F if sex == "F" else FIRST_M)
    last = LASTS[i % len(LASTS)] if i < len(LASTS) else R.choice(LASTS)
    if ce["key"] == "SB":
        dob = rdate(dt.date(2007, 1, 1), dt.date(2021, 12, 31))
    elif i in (5, 14, 24, 33):
        dob = rdate(dt.date(1927, 1, 1), dt.date(1933, 12, 31))  # age > 89
    else:
        dob = rdate(dt.date(1941, 1, 1), dt.date(1999, 12, 31))
    city, zp = R.choice(ce["cities"])
    zipc = zp + digits(2)
    street = "%d %s%s" % (R.randint(100, 9899), R.choice(STREETS), R.choice(UNITS))
    area = R.choice(ce["areas"])
    phone = "%s-555-01%02d" % (area, R.randint(0, 99))
    fslug = ascii_fold(first).lower().replace(" ", "").replace("-", "")
    lslug = ascii_fold(last).lower().replace(" ", "").replace("'", "").replace("-", "")
    efmt = R.randrange(3)
    if efmt == 0:
        email = "%s.%s%02d" % (fslug, lslug, dob.year % 100)
    elif efmt == 1:
        email = "%s%s%d" % (fslug[0], lslug, R.randint(1, 99))
    else:
        email = "%s_%s" % (fslug, lslug)
    email += "@" + R.choice(EMAIL_DOM)
    if age_on(dob) >= 65 and ce["key"] != "SB":
        plan = dict(R.choice([p for p in PLANS if p["kind"] == "partd"]))
    elif R.random() < 0.4:
        plan = dict(MEDICAID[ce["state"]])
        plan["kind"] = "medicaid"
    else:
        plan = dict(R.choice([p for p in PLANS if p["kind"] == "commercial"]))
    plan["group"] = plan["group"]()
    plan["card"] = plan["card"]()
    rel_first = R.choice(FIRST_F + FIRST_M)
    pt = dict(
        idx=i, ce=ce["key"], first=first, last=last, mi=R.choice("ABCDEFGHJKLMNPRSTW"), sex=sex, dob=dob,
        mrn=make_mrn(ce), city=city, state=ce["state"], zip=zipc, street=street, phone=phone, email=email,
        ssn=make_ssn(), plan=plan, person_code=R.choice(["01", "01", "01", "02", "03"]),
        mbi=make_mbi() if age_on(dob) >= 65 else None,
        har=str(R.randint(7000000000, 7099999999)), dl=STATES_DL[ce["state"]](),
        rel_first=rel_first, rel_last=last if R.random() < 0.7 else R.choice(LASTS),
        rel_kind=R.choice(["SPOUSE", "DAUGHTER", "SON", "CAREGIVER"]) if ce["key"] != "SB" else R.choice(["MOTHER", "FATHER", "GUARDIAN"]),
        rel_phone="%s-555-01%02d" % (area, R.randint(0, 99)), rel_dl=STATES_DL[ce["state"]](),
        plate=R.choice(["%s%s%s-%s" % (R.choice("BCDFGHJKLMNPRSTVWXYZ"), R.choice("BCDFGHJKLMNPRSTVWXYZ"),
                                     R.choice("BCDFGHJKLMNPRSTVWXYZ"), digits(4)),
                        "%d%s%s%s%s" % (R.randint(5, 9), R.choice("ABCDEFGHJKLMNPRSTUVWXYZ"),
                                        R.choice("ABCDEFGHJKLMNPRSTUVWXYZ"),
                                        R.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), digits(3))]),
        curp=None,
        sliding_app="SF-2024-%05d" % R.randint(100, 9999),
        pat_id=str(R.randint(100000000, 999999999)),
        username=(fslug[:1] + lslug[:7] + str(R.randint(1, 99))),
        fax="%s-555-01%02d" % (area, R.randint(0, 99)),
    )
    if ce["key"] == "LS" and i % 3 == 0:
        # Mexican CURP (synthetic): 4 letters, yymmdd, H/M, state, 3 consonants, homoclave, digit
        cons = "BCDFGHJKLMNPRSTVXZ"
        pt["curp"] = (ascii_fold(last)[0].upper() + "AEIOU"[i % 5] + ascii_fold(last)[-1].upper()
                      + ascii_fold(first)[0].upper() + dob.strftime("%y%m%d") + ("M" if sex == "F" else "H")
                      + R.choice(["CH", "NL", "JC", "GT", "MN", "DF"]) + "".join(R.choice(cons) for _ in range(3))
                      + R.choice("0ABC") + str(R.randint(0, 9)))
    PATIENTS.append(pt)

PTS_BY_CE = {c["key"]: [p for p in PATIENTS if p["ce"] == c["key"]] for c in CES}
OLD_PTS = [p for p in PATIENTS if age_on(p["dob"]) >= 90]


def pharm_for(pt):
    return R.choice([p for p in PHARMACIES if pt["ce"] in p["ces"]])


def make_claim(pt=None, lo=dt.date(2024, 2, 1), hi=dt.date(2024, 3, 10)):
    pt = pt or R.choice(PATIENTS)
    ph = pharm_for(pt)
    drug = R.choice(DRUGS)
    fill = rdate(lo, hi)
    visit = fill - dt.timedelta(days=R.randint(1, 120))
    pr = R.choice(PRESCRIBERS[pt["ce"]])
    ing = round(R.uniform(8, 6200), 2)
    fee = round(R.choice([0.5, 1.75, 2.0, 10.64, 12.5]), 2)
    copay = round(R.choice([0, 0, 3.5, 5, 10, 25, 47.16]), 2)
    c = dict(pt=pt, ph=ph, rx=str(R.randint(1000000, 9999999)), refill=R.randint(0, 11), fill=fill, visit=visit,
             written=visit, ndc=drug[0], drug=drug[1], qty=drug[2], days=drug[3], pkg=drug[4], pr=pr,
             ing=ing, fee=fee, copay=copay, paid=round(ing + fee - copay, 2), auth=digits(12),
             claim_id="C" + digits(10))
    c["ref"] = "%s-%s-%02d" % (ph["code"], c["rx"], c["refill"])
    return c


CLAIMS = [make_claim() for _ in range(110)]
AUDIT_CE = CE_BY["MV"]
AUDIT_CLAIMS = [make_claim(R.choice(PTS_BY_CE["MV"]), dt.date(2023, 10, 1), dt.date(2023, 12, 31)) for _ in range(50)]


def pick_claim(fmt=None, pts=None):
    pool = [c for c in CLAIMS if (fmt is None or c["ph"]["fmt"] == fmt) and (pts is None or c["pt"] in pts)]
    return R.choice(pool)


# staff (not PHI)
AUDITORS = ["Denise Abernathy-Cole", "Harold Nakamura", "Yvette Baptiste-Moore"]
ANALYSTS = [("Rafael Mendoza", "r.mendoza@mercyvale.org", "u_1842", "MV"),
            ("Brenda Kowalski", "bkowalski@rchmed.org", "u_0977", "RC"),
            ("Tomás Echeverría", "techeverria@lonestarfhc.org", "u_2210", "LS"),
            ("Grace Oduya", "goduya@stbrigidkids.org", "u_1305", "SB"),
            ("Priya Natarajan", "pnatarajan@admin340b.example", "u_0004", None)]
WHOLESALERS = {"McKesson": ("MCKESSON", "0417612"), "Cardinal Health": ("CARDINALHLTH", "0820744"),
               "Cencora": ("CENCORA", "0933381")}
PUBLIC_IPS = ["73.162.44.201", "98.201.17.66", "24.28.113.9", "172.58.141.20", "99.47.210.133",
              "67.11.203.54", "108.235.6.77", "47.186.92.14", "76.187.30.210", "104.187.55.3"]
PRIVATE_IPS = ["10.8.1.12", "10.8.1.40", "10.12.0.21", "192.168.40.17", "172.16.5.23", "10.8.2.5"]
UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36 Edg/121.0.2277.128"]


# ----------------------------------------------------------------------------
# timestamp formatting
# ----------------------------------------------------------------------------
def ts_py(ts):
    return ts.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % (ts.microsecond // 1000)


def ts_ms(ts):
    return ts.strftime("%Y-%m-%d %H:%M:%S") + ".%03d" % (ts.microsecond // 1000)


def ts_isoz(ts):
    return ts.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def ts_sys(ts):
    return ts.strftime("%b ") + ("%2d" % ts.day) + ts.strftime(" %H:%M:%S")


def ts_epoch(ts):
    return int(ts.replace(tzinfo=dt.timezone.utc).timestamp() * 1000)


def d8(d):
    return d.strftime("%Y%m%d")


def diso(d):
    return d.isoformat()


def dus(d):
    return d.strftime("%m/%d/%Y")


def drepr(d):
    return "%d, %d, %d" % (d.year, d.month, d.day)


def jesc(s, ascii_=False):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def fname_for(ph, d=RUN_DATE - dt.timedelta(days=1), seq=1):
    if ph["fmt"] == "pipe":
        return "%s_340B_CLM_%s_%02d.txt" % (ph["code"], d8(d), seq)
    return "%s_340B_%s_FW.dat" % (ph["code"], d8(d))


# ----------------------------------------------------------------------------
# record builders (return segment lists)
# ----------------------------------------------------------------------------
def pipe_record(c):
    pt, pl = c["pt"], c["pt"]["plan"]
    return ["D|%s|%s|%02d|" % (c["ph"]["ncpdp"], c["rx"], c["refill"]), P(d8(c["fill"]), "date"),
            "|%s|%.3f|%d|" % (c["ndc"].replace("-", ""), c["qty"], c["days"]),
            P(pt["last"].upper(), "name"), "|", P(pt["first"].upper(), "name"), "|", P(d8(pt["dob"]), "date"),
            "|%s|" % pt["sex"], P(pl["card"], "health_plan"),
            "|%s|%s|%s|%s|%s|%s|%s|%s|%s|P|%s" % (pt["person_code"], pl["bin"], pl["pcn"], pl["group"],
                                                 c["pr"]["npi"], money(c["ing"]), money(c["fee"]), money(c["copay"]),
                                                 money(c["paid"]), CE_BY[pt["ce"]]["id"])]


def fw(v, n, right=False, fill=" "):
    v = str(v)[:n]
    return v.rjust(n, fill) if right else v.ljust(n, fill)


def fixed_record(c):
    pt, pl = c["pt"], c["pt"]["plan"]
    last = ascii_fold(pt["last"]).upper()[:20]
    first = ascii_fold(pt["first"]).upper()[:15]
    card = pl["card"][:20]
    segs = ["02" + c["ph"]["ncpdp"] + fw(c["rx"], 12, True, "0") + "%02d" % c["refill"], P(d8(c["fill"]), "date"),
            c["ndc"].replace("-", "") + fw(int(round(c["qty"] * 1000)), 10, True, "0") + fw(c["days"], 3, True, "0"),
            P(last, "name"), " " * (20 - len(last)), P(first, "name"), " " * (15 - len(first)),
            P(d8(pt["dob"]), "date"), pt["sex"], P(card, "health_plan"), " " * (20 - len(card)),
            fw(pl["bin"], 6) + fw(pl["pcn"], 10) + fw(pl["group"], 15) + c["pr"]["npi"]
            + fw(int(round(c["paid"] * 100)), 10, True, "0")]
    return segs


# ----------------------------------------------------------------------------
# families
# ----------------------------------------------------------------------------
SFTP_PIDS = {p["code"]: (R.randint(20000, 32000), R.randint(2001, 2099)) for p in PHARMACIES}


def f_sftp(ts, phi):
    ph = R.choice(PHARMACIES)
    pid, uid = SFTP_PIDS[ph["code"]]
    host = "sftp-gw01"
    pre = "%s %s " % (ts_sys(ts), host)
    fn = fname_for(ph, seq=R.randint(1, 2))
    port = R.randint(40000, 65000)
    if phi:
        pt = R.choice(PTS_BY_CE[ph["ces"][0]])
        last = ascii_fold(pt["last"]).upper().replace(" ", "").replace("'", "")
        first = ascii_fold(pt["first"]).upper().replace(" ", "")
        kind = R.choice(["reversal", "PA_letter", "ID_copy"])
        path_pre = '/inbound/manual/'
        tail = "_%s.pdf" % kind
        segs = [pre, "internal-sftp[%d]: " % (pid + 5)]
        if R.random() < 0.5:
            segs += ['open "', path_pre, P(last, "name"), "_", P(first, "name"), "_DOB", P(d8(pt["dob"]), "date"),
                     tail, '" flags WRITE,CREATE,TRUNCATE mode 0640']
        else:
            segs += ['close "', path_pre, P(last, "name"), "_", P(first, "name"), "_DOB", P(d8(pt["dob"]), "date"),
                     tail, '" bytes read 0 written %d' % R.randint(80000, 900000)]
        return "syslog-sftp", segs
    t = R.randrange(13)
    if t == 0:
        fp = base64.b64encode(rb(32)).decode().rstrip("=")
        m = "sshd[%d]: Accepted publickey for %s from %s port %d ssh2: ED25519 SHA256:%s" % (pid, ph["user"], ph["ip"], port, fp)
    elif t == 1:
        m = "sshd[%d]: pam_unix(sshd:session): session opened for user %s(uid=%d) by (uid=0)" % (pid, ph["user"], uid)
    elif t == 2:
        m = "internal-sftp[%d]: session opened for local user %s from [%s]" % (pid + 5, ph["user"], ph["ip"])
    elif t == 3:
        m = 'internal-sftp[%d]: open "/inbound/%s.filepart" flags WRITE,CREATE,TRUNCATE mode 0640' % (pid + 5, fn)
    elif t == 4:
        m = 'internal-sftp[%d]: close "/inbound/%s.filepart" bytes read 0 written %d' % (pid + 5, fn, R.randint(400000, 9000000))
    elif t == 5:
        m = 'internal-sftp[%d]: rename old "/inbound/%s.filepart" new "/inbound/%s"' % (pid + 5, fn, fn)
    elif t == 6:
        m = "internal-sftp[%d]: session closed for local user %s from [%s]" % (pid + 5, ph["user"], ph["ip"])
    elif t == 7:
        m = "sshd[%d]: Received disconnect from %s port %d:11: disconnected by user" % (pid, ph["ip"], port)
    elif t == 8:
        m = "sshd[%d]: Connection closed by authenticating user %s %s port %d [preauth]" % (pid + 90, ph["user"], ph["ip"], port)
    elif t == 9:
        m = 'internal-sftp[%d]: opendir "/outbound/remit"' % (pid + 5)
    elif t == 10:
        m = "sshd[%d]: Disconnected from user %s %s port %d" % (pid, ph["user"], ph["ip"], port)
    elif t == 11:
        ce = R.choice(CES)
        m = 'internal-sftp[%d]: open "/outbound/%s/elig_match_%s.csv.pgp" flags READ mode 0666' % (
            pid + 7, ce["id"], d8(RUN_DATE - dt.timedelta(days=R.randint(1, 3))))
    else:
        m = "sshd[%d]: pam_unix(sshd:session): session closed for user %s" % (pid, ph["user"])
    return "syslog-sftp", [pre + m]


AS2_PARTNERS = [("CVS07782", "172.20.8.41"), ("ALAMO01", "172.20.9.12")]


def f_as2(ts, phi):
    code, ip = R.choice(AS2_PARTNERS)
    ph = PH_BY[code]
    mid = "OPENAS2-%s-%04d@%s_ADMIN340B" % (ts.strftime("%d%m%Y%H%M%S"), R.randint(0, 9999), code)
    thr = "AS2ReceiverThread-%d" % R.randint(1, 8)
    t = R.randrange(8)
    lvl = "INFO "
    if t == 0:
        m = "org.openas2.processor.receiver.AS2ReceiverHandler - incoming connection [%s] [%d] [%s]" % (ip, R.randint(40000, 65000), thr)
    elif t == 1:
        n = R.randint(300000, 9000000)
        s = R.uniform(0.4, 9.0)
        m = "org.openas2.processor.receiver.AS2ReceiverHandler - received %d bytes in %.3f seconds at %.2f KB/s [%s]" % (n, s, n / 1024 / s, mid)
    elif t == 2:
        m = "org.openas2.processor.receiver.AS2MDNSenderModule - MDN sent to %s for <%s> disposition: automatic-action/MDN-sent-automatically; processed" % (code, mid)
    elif t == 3:
        m = 'org.openas2.lib.helper.BCCryptoHelper - decrypted data using private key alias "admin340b-prod-2024" [%s]' % mid
    elif t == 4:
        mic = base64.b64encode(rb(32)).decode()
        m = 'org.openas2.lib.helper.BCCryptoHelper - signature verified using certificate alias "%s-as2-2023" MIC: %s, sha-256' % (code.lower(), mic)
    elif t == 5:
        m = "org.openas2.processor.storage.MessageFileModule - stored message to /opt/openas2/data/inbox/%s/%s [%s]" % (code, fname_for(ph), mid)
    elif t == 6:
        lvl = "WARN "
        m = "org.openas2.processor.resender.DirectoryResenderModule - resend scheduled for <%s> retry %d of 5 in 300s (HTTP 503 from https://as2.%s.example:4080/as2)" % (mid, R.randint(1, 4), code.lower())
    else:
        m = "org.openas2.cert.PKCS12CertificateFactory - certificate %s-as2-2023 expires 2024-09-30T23:59:59Z (%d days)" % (code.lower(), (dt.date(2024, 9, 30) - RUN_DATE).days)
    return "openas2", ["%s %s [%s] %s" % (ts_ms(ts), lvl, thr, m)]


REJECT_REASONS = [("E207", "NDC not in CE formulary map"), ("E305", "BIN/PCN not on carve-in list"),
                  ("E118", "prescriber NPI inactive per NPPES"), ("E402", "negative copay amount"),
                  ("E221", "days supply > 90"), ("E330", "CE 340B ID terminated on OPAIS")]


def f_pipe(ts, phi):
    ph = R.choice([p for p in PHARMACIES if p["fmt"] == "pipe"])
    fn = fname_for(ph)
    lg = "claims.ingest.pipe"

    def pre(lvl):
        return "%s %-8s [%s] " % (ts_py(ts), lvl, lg)

    recno = R.randint(2, 24000)
    if phi:
        t = R.choice(["rej", "rej", "dbg", "dbg", "dup", "cii", "cii", "dme", "dme", "pan", "pan", "rev", "mcd", "mcd"])
        if t in ("rej", "dbg"):
            c = pick_claim("pipe")
            if t == "rej":
                code, why = R.choice(REJECT_REASONS)
                return "py-claims-pipe", [pre("WARNING"), "rejected rec %d file=%s code=%s (%s); raw=\"" % (recno, fname_for(c["ph"]), code, why)] + pipe_record(c) + ['"']
            return "py-claims-pipe", [pre("DEBUG"), "rec %d: " % recno] + pipe_record(c)
        if t == "dup":
            c = pick_claim("pipe")
            return "py-claims-pipe", [pre("WARNING"), "duplicate rx=%s fill=%02d cardholder=" % (c["rx"], c["refill"]),
                                      P(c["pt"]["plan"]["card"], "health_plan"),
                                      " prior_batch=%s-%02d; keeping latest (paid $%s)" % (d8(RUN_DATE - dt.timedelta(days=R.randint(2, 6))), R.randint(1, 3), money(c["paid"]))]
        if t == "cii":
            c = pick_claim()
            pt = c["pt"]
            segs = [pre("INFO"), "CII pickup rec %d rx=%s ndc=%s: " % (recno, c["rx"], c["ndc"])]
            if R.random() < 0.5:
                segs += ["picked_up_by=SELF name=\"", P("%s, %s" % (pt["last"].upper(), pt["first"].upper()), "name"),
                         "\" id_type=DL id_state=%s id_no=" % pt["state"], P(pt["dl"], "license")]
            else:
                segs += ["picked_up_by=%s name=\"" % pt["rel_kind"],
                         P("%s, %s" % (pt["rel_last"].upper(), pt["rel_first"].upper()), "name"),
                         "\" id_type=DL id_state=%s id_no=" % pt["state"], P(pt["rel_dl"], "license")]
            if R.random() < 0.6:
                segs += [" drive_thru=Y plate=%s-" % pt["state"], P(pt["plate"], "vehicle")]
            elif R.random() < 0.6:
                segs += [" kiosk_fp_tmpl=", P(b64_fmr(R.randint(120, 200)), "biometric")]
            segs += [" verified_by=\"%s\"" % c["ph"]["rph"]]
            return "py-claims-pipe", segs
        if t == "dme":
            c = pick_claim()
            pt = c["pt"]
            segs = [pre("INFO"), "DME rec %d rx=%s ndc=08627-0077-01 qty=3 cardholder=" % (recno, c["rx"]),
                    P(pt["plan"]["card"], "health_plan"), " device_udi=", P(make_udi(), "device")]
            if R.random() < 0.5:
                segs += [" receiver_sn=", P("G7R" + digits(8), "device")]
            else:
                segs += [" hub_imei=", P(make_imei(), "device")]
            return "py-claims-pipe", segs
        if t == "pan":
            c = pick_claim("pipe")
            pt = c["pt"]
            return "py-claims-pipe", [pre("WARNING"),
                                      "rec %d field 31 pos_tender contains unmasked PAN for rx=%s patient " % (recno, c["rx"]),
                                      P("%s,%s" % (pt["last"].upper(), pt["first"].upper()), "name"), ": ",
                                      P(make_visa(), "account"), " -- masking before stage load (PCI)"]
        if t == "rev":
            c = pick_claim("pipe")
            return "py-claims-pipe", [pre("INFO"), "reversal B2 rx=%s fill_dt=" % c["rx"], P(d8(c["fill"]), "date"),
                                      " matched original %s auth=%s patient_dob=" % (c["claim_id"], c["auth"]),
                                      P(d8(c["pt"]["dob"]), "date"), " amount=-%s" % money(c["paid"])]
        # mcd
        pt = R.choice([p for p in PATIENTS if p["plan"]["kind"] == "medicaid"])
        c = make_claim(pt)
        pl = pt["plan"]
        return "py-claims-pipe", [pre("INFO"), "Medicaid FFS carve-out: excluded rx=%s BIN %s PCN %s medicaid_id=" % (c["rx"], pl["bin"], pl["pcn"] or "(none)"),
                                  P(pl["card"], "health_plan"), " fill=", P(d8(c["fill"]), "date"),
                                  " (duplicate-discount prevention, MEF %s)" % pt["state"]]
    t = R.randrange(9)
    if t == 0:
        m = pre("INFO") + "header H|ADMIN340B|%s|%s|%s|3.2 file=%s" % (ph["ncpdp"], d8(RUN_DATE - dt.timedelta(days=1)), "2315%02d" % R.randint(0, 59), fn)
    elif t == 1:
        n = R.randint(4000, 24000)
        m = pre("INFO") + "trailer T|%d|%s parsed=%d ok" % (n, money(R.uniform(200000, 2900000)), n)
    elif t == 2:
        n = R.randint(4000, 24000)
        m = pre("INFO") + "loaded %d records from %s in %.2fs (rejected %d, reversals %d)" % (n, fn, R.uniform(1, 30), R.randint(0, 60), R.randint(0, 200))
    elif t == 3:
        pl = R.choice(PLANS)
        m = pre("DEBUG") + "BIN %s PCN %s group %s mapped to payer_class=%s" % (pl["bin"], pl["pcn"], pl["group"](), pl["kind"].upper())
    elif t == 4:
        d = R.choice(DRUGS)
        m = pre("WARNING") + "NDC %s not in Medi-Span; fallback FDB GSN %06d (%s)" % (d[0], R.randint(1000, 80000), d[1])
    elif t == 5:
        d = R.choice(DRUGS)
        m = pre("WARNING") + "rec %d qty %.3f not a multiple of package size %.1f for NDC %s; flagged for review" % (recno, d[2] * 1.5, d[4], d[0])
    elif t == 6:
        m = pre("INFO") + "skipping rx=%s fill=%02d: claim_status=R (rejected at switch, NCPDP reject 75)" % (R.randint(1000000, 9999999), R.randint(0, 11))
    elif t == 7:
        m = pre("INFO") + "file %s sha256=%s size=%d" % (fn, hexs(64), R.randint(400000, 9000000))
    else:
        m = pre("ERROR") + "record count mismatch in %s: trailer=%d parsed=%d; file quarantined to /data/quarantine/%s" % (fn, 18244, 18234, RUN_DATE.strftime("%Y%m%d"))
    return "py-claims-pipe", [m]


def f_fixed(ts, phi):
    ph = R.choice([p for p in PHARMACIES if p["fmt"] == "fixed"])
    lg = "claims.ingest.fixed"

    def pre(lvl):
        return "%s %-8s [%s] %s " % (ts_py(ts), lvl, lg, ph["code"])

    ln = R.randint(2, 16000)
    if phi:
        c = pick_claim("fixed")
        ph = c["ph"]
        t = R.randrange(3)
        if t == 0:
            a = R.choice([(93, 102), (151, 160), (143, 152)])
            return "py-claims-fixed", [pre("ERROR"), "line %06d bad numeric in cols %d-%d ('%s'); rec=|" % (ln, a[0], a[1], "00000O4812")] + fixed_record(c) + ["|"]
        if t == 1:
            return "py-claims-fixed", [pre("DEBUG"), "line %06d: " % ln] + fixed_record(c)
        pt = c["pt"]
        return "py-claims-fixed", [pre("WARNING"), "line %06d name overflow at col 47, split heuristic applied: last='" % ln,
                                   P(ascii_fold(pt["last"]).upper(), "name"), "' first='",
                                   P(ascii_fold(pt["first"]).upper(), "name"), "' dob=", P(d8(pt["dob"]), "date"),
                                   " card=", P(pt["plan"]["card"], "health_plan")]
    t = R.randrange(6)
    if t == 0:
        m = pre("INFO") + "layout %s_340B_FW v2.7 reclen=170 fields=18" % ph["code"]
    elif t == 1:
        m = pre("INFO") + "line 000001 header 01%s%s%sSEQ%04d" % (ph["ncpdp"], d8(RUN_DATE - dt.timedelta(days=1)), "2330%02d" % R.randint(0, 59), R.randint(1, 200))
    elif t == 2:
        m = pre("INFO") + "trailer 99 reccount=%09d amount=%012d ok" % (R.randint(4000, 16000), R.randint(10 ** 8, 10 ** 10))
    elif t == 3:
        m = pre("WARNING") + "line %06d: short record len=%d < 170, right-padded" % (ln, R.randint(120, 169))
    elif t == 4:
        m = pre("INFO") + "processed %d lines in %.1fs (%d rejects) -> stage.claims_fw batch %s" % (R.randint(4000, 16000), R.uniform(2, 40), R.randint(0, 40), hexs(12))
    else:
        m = pre("DEBUG") + "col map: rx=10-21 fill_dt=24-31 ndc=32-42 qty=43-52 card=102-121 bin=122-127 npi=153-162"
    return "py-claims-fixed", [m]


def spring_pre(ts, lvl, thread, logger):
    if len(logger) > 39:
        logger = logger[-39:]
    return "%s %5s 3312 --- [%15s] %-40s : " % (ts_ms(ts), lvl, thread[-15:], logger)


def f_ehr(ts, phi):
    thread = "loader-%d" % R.randint(1, 4)
    lg = "c.a.elig.EncounterCsvLoader"
    if phi:
        t = R.choice(["MV", "MV", "RC", "RC", "LS", "LS", "LS", "LS", "SB", "SB", "bio", "bio", "photo", "photo", "dobdiff", "curp", "fax"])
        if t == "MV":
            pt = R.choice(PTS_BY_CE["MV"])
            c = make_claim(pt)
            pr = c["pr"] if R.random() < 0.6 else dict(npi=R.choice(UNROSTERED_NPIS), last="MORALES", first="JAVIER")
            why = R.choice(["prescriber NPI %s not on CE roster" % pr["npi"], "CONTACT_DATE outside lookback",
                            "DEPT_ID not registered child site"])
            segs = [spring_pre(ts, "WARN", thread, lg), "row %d rejected (%s): " % (R.randint(2, 50000), why),
                    P(pt["mrn"], "mrn"), ",", P(pt["last"].upper(), "name"), ",", P(pt["first"].upper(), "name"), ",",
                    P(dus(pt["dob"]), "date"), ",%s," % pt["sex"], P(pt["har"], "account"), ",",
                    P(dus(c["visit"]), "date"),
                    ",%s,%s,%s,\"%s, %s\",%s," % (R.choice(["OFFICE VISIT", "HOSP ENC", "TELEMEDICINE"]),
                                                 R.choice(["CARD CLINIC 3W", "IM CLINIC 2E", "ENDO CLINIC"]), pr["npi"],
                                                 pr["last"].upper(), pr["first"].upper(), pt["plan"]["payer"].upper()),
                    P(pt["zip"], "zip")]
            return "spring-ehr-csv", segs
        if t == "RC":
            pt = R.choice(PTS_BY_CE["RC"]) if R.random() < 0.6 else R.choice([p for p in OLD_PTS if p["ce"] == "RC"])
            c = make_claim(pt)
            a = age_on(pt["dob"])
            segs = [spring_pre(ts, "WARN", thread, lg), "unparseable row %d in RCH_CERNER extract, raw: " % R.randint(2, 30000),
                    P(pt["mrn"], "mrn"), ",\"", P("%s, %s %s" % (pt["last"], pt["first"], pt["mi"]), "name"), "\",",
                    P(diso(pt["dob"]), "date"), ","]
            segs += [P(str(a), "age")] if a >= 90 else [str(a)]
            segs += [",", P(c["visit"].strftime("%Y-%m-%d %H:%M"), "date"),
                     ",%s,%s,%s,\"%s, %s\",%s," % (R.choice(["Outpatient", "Clinic", "Infusion"]),
                                                   R.choice(["RCH ONC INF", "RCH FM CLINIC", "RCH RHEUM"]),
                                                   c["pr"]["npi"], c["pr"]["last"], c["pr"]["first"],
                                                   R.choice(["MEDI-CAL", "COMMERCIAL", "MEDICARE"])),
                     P(pt["zip"], "zip"), ",", P("(%s) %s" % (pt["phone"][:3], pt["phone"][4:]), "phone"), ",,"]
            return "spring-ehr-csv", segs
        if t == "LS":
            pt = R.choice(PTS_BY_CE["LS"])
            c = make_claim(pt)
            segs = [spring_pre(ts, "ERROR", thread, lg), "quote mismatch at row %d col 9, raw: \"" % R.randint(2, 12000),
                    P(pt["mrn"], "mrn"), "\",\"", P("%s, %s" % (pt["last"], pt["first"]), "name"), "\",\"",
                    P(dus(pt["dob"]), "date"), "\",\"", P(dus(c["visit"]), "date"),
                    "\",\"%s\",\"%s, %s\",\"LSFHC %s\",\"%s\",\"" % (c["pr"]["npi"], c["pr"]["last"], c["pr"]["first"],
                                                                 R.choice(["EAST", "SEGUIN", "PLEASANTON"]),
                                                                 R.choice(["A", "B", "C", "D", "FULL"])),
                    P(pt["street"], "address"), "\",\"", P(pt["city"], "address"), "\",\"TX\",\"", P(pt["zip"], "zip"),
                    "\",\"", P(pt["phone"], "phone"), "\",\"", P(pt["email"], "email"), "\",\"",
                    P(pt["ssn"], "ssn"), "\""]
            return "spring-ehr-csv", segs
        if t == "SB":
            pt = R.choice(PTS_BY_CE["SB"])
            c = make_claim(pt)
            adm = c["visit"]
            dis = adm + dt.timedelta(days=R.randint(1, 9))
            segs = [spring_pre(ts, "WARN", thread, lg), "row %d: inpatient encounter with outpatient Rx, excluded: " % R.randint(2, 9000),
                    P(pt["mrn"], "mrn"), "|", P(pt["last"].upper(), "name"), "|", P(pt["first"].upper(), "name"), "|",
                    P(d8(pt["dob"]), "date"), "|", P(d8(adm), "date"), "|", P(d8(dis), "date"),
                    "|IP|%s|GUARANTOR=" % c["pr"]["npi"],
                    P("%s %s" % (pt["rel_first"].upper(), pt["rel_last"].upper()), "name"),
                    "(%s)|GPHONE=" % pt["rel_kind"], P(pt["rel_phone"].replace("-", ""), "phone")]
            if R.random() < 0.5:
                segs += ["|GFAX=", P(pt["fax"].replace("-", ""), "fax")]
            return "spring-ehr-csv", segs
        if t == "bio":
            pt = R.choice(PTS_BY_CE["MV"])
            tmpl = b64_blob(R.randint(300, 420))
            return "spring-ehr-csv", [spring_pre(ts, "WARN", thread, lg),
                                      "row %d col PS_PALM_TMPL length %d exceeds 256, column dropped; MRN=" % (R.randint(2, 50000), len(tmpl)),
                                      P(pt["mrn"], "mrn"), " value=", P(tmpl, "biometric")]
        if t == "photo":
            pt = R.choice(PTS_BY_CE["MV"] + PTS_BY_CE["RC"])
            img = b64_jpeg(R.randint(380, 520))
            return "spring-ehr-csv", [spring_pre(ts, "WARN", thread, lg),
                                      "unexpected column PAT_PHOTO in %s extract (row %d, MRN " % (CE_BY[pt["ce"]]["ehr"], R.randint(2, 50000)),
                                      P(pt["mrn"], "mrn"), "), value prefix: ", P(img, "photo")]
        if t == "dobdiff":
            pt = R.choice(PATIENTS)
            other = pt["dob"] + dt.timedelta(days=R.choice([1, -1, 30, 365, -31]))
            return "spring-ehr-csv", [spring_pre(ts, "WARN", thread, "c.a.elig.PatientIndex"),
                                      "MRN ", P(pt["mrn"], "mrn"), " matched patient_id=%d with different DOB (" % R.randint(100000, 999999),
                                      P(diso(pt["dob"]), "date"), " vs ", P(diso(other), "date"), "), keeping EHR value"]
        if t == "curp":
            pt = R.choice([p for p in PATIENTS if p["curp"]])
            return "spring-ehr-csv", [spring_pre(ts, "INFO", thread, "c.a.elig.SlidingFeeMapper"),
                                      "acct ", P(pt["mrn"], "mrn"), " SSN blank; using Foreign ID (CURP) ",
                                      P(pt["curp"], "other_id"), " and sliding fee application ",
                                      P(pt["sliding_app"], "other_id"), " for identity key"]
        pt = R.choice(PTS_BY_CE["LS"] + PTS_BY_CE["SB"])
        return "spring-ehr-csv", [spring_pre(ts, "INFO", thread, "c.a.elig.ContactPrefs"),
                                  "patient ", P(pt["mrn"], "mrn"), " contact_pref=FAX fax=", P(pt["fax"], "fax"),
                                  " (clinic fax %s-555-0199 ignored)" % pt["fax"][:3]]
    t = R.randrange(9)
    ce = R.choice(CES)
    if t == 0:
        m = spring_pre(ts, "INFO", "main", "c.a.elig.EligibilityLoaderApplication") + "Started EligibilityLoaderApplication in %.3f seconds (process running for %.2f)" % (R.uniform(3, 9), R.uniform(9, 12))
    elif t == 1:
        m = spring_pre(ts, "INFO", thread, lg) + "detected header (%d cols) source=%s file=%s_ENC_%s.csv delimiter=','" % (R.randint(11, 15), ce["ehr"], ce["key"], d8(RUN_DATE - dt.timedelta(days=1)))
    elif t == 2:
        m = spring_pre(ts, "INFO", thread, lg) + "source=%s parsed %d rows, rejected %d, %d distinct unmatched prescriber NPIs" % (ce["ehr"], R.randint(8000, 60000), R.randint(0, 400), R.randint(0, 60))
    elif t == 3:
        pr = R.choice(PRESCRIBERS[ce["key"]])
        m = spring_pre(ts, "INFO", thread, "c.a.elig.RosterService") + "roster refresh CE %s providers=%d (added %d, termed %d); NPI %s %s, %s (%s) eff %s" % (
            ce["id"], R.randint(80, 400), R.randint(0, 5), R.randint(0, 3), pr["npi"], pr["last"].upper(), pr["first"].upper(), pr["spec"], diso(rdate(dt.date(2021, 1, 1), dt.date(2024, 1, 1))))
    elif t == 4:
        m = spring_pre(ts, "INFO", "main", "com.zaxxer.hikari.HikariDataSource") + "HikariPool-1 - Start completed."
    elif t == 5:
        m = spring_pre(ts, "INFO", thread, "c.a.elig.LookbackPolicy") + "lookback window %s..%s for CE %s (policy v3, 365d)" % (diso(RUN_DATE - dt.timedelta(days=366)), diso(RUN_DATE - dt.timedelta(days=1)), ce["id"])
    elif t == 6:
        m = spring_pre(ts, "INFO", thread, "c.a.elig.ChildSiteMapper") + "dept '%s' (dept_id %d) mapped to child site %s-%02d" % (R.choice(["CARD CLINIC 3W", "IM CLINIC 2E", "RCH ONC INF", "LSFHC EAST"]), R.randint(10000000, 19999999), ce["id"], R.randint(1, 12))
    elif t == 7:
        m = spring_pre(ts, "WARN", thread, lg) + "row %d: empty PROV_NPI, encounter kept for hospital-level match only" % R.randint(2, 50000)
    else:
        m = spring_pre(ts, "DEBUG", thread, "o.s.jdbc.core.JdbcTemplate") + "Executing SQL batch update [INSERT INTO elig.encounter (ce_id, mrn_hash, enc_date, prov_npi, site) VALUES (?, ?, ?, ?, ?)] with %d items" % R.randint(500, 5000)
    return "spring-ehr-csv", [m]


# ---- matcher (structlog + stdlib) -------------------------------------------
def match_kv(phi):
    """Return (event, level, logger, list of (key, value_str, cat or None))."""
    if phi:
        t = R.choice(["cand", "cand", "result", "age", "name", "card", "nocand"])
        c = pick_claim()
        pt = c["pt"]
        if t == "cand":
            return "match.candidate", "info", "matcher.fuzzy", [
                ("claim_ref", c["ref"], None), ("mrn", pt["mrn"], "mrn"), ("dob", diso(pt["dob"]), "date"),
                ("visit_date", diso(c["visit"]), "date"), ("prescriber_npi", c["pr"]["npi"], None),
                ("name_score", "%.3f" % R.uniform(0.86, 1.0), None), ("ce", CE_BY[pt["ce"]]["id"], None)]
        if t == "result":
            return "match.result", "info", "matcher.engine", [
                ("claim_ref", c["ref"], None), ("mrn", pt["mrn"], "mrn"), ("fill_date", diso(c["fill"]), "date"),
                ("result", "eligible", None), ("rule", "R3_outpatient_encounter_within_lookback", None),
                ("lookback_days", "365", None)]
        if t == "age":
            pt = R.choice(OLD_PTS)
            c = make_claim(pt)
            return "match.age_check", "warning", "matcher.rules", [
                ("claim_ref", c["ref"], None), ("mrn", pt["mrn"], "mrn"), ("age", str(age_on(pt["dob"])), "age"),
                ("dob", diso(pt["dob"]), "date"), ("note", "dob_window_relaxed", None)]
        if t == "name":
            return "match.name_mismatch", "warning", "matcher.fuzzy", [
                ("claim_ref", c["ref"], None), ("claim_name", "%s, %s" % (ascii_fold(pt["last"]).upper(), ascii_fold(pt["first"]).upper()), "name"),
                ("ehr_name", "%s, %s %s" % (pt["last"], pt["first"], pt["mi"]), "name"),
                ("jw", "%.3f" % R.uniform(0.78, 0.9), None), ("threshold", "0.85", None)]
        if t == "card":
            return "match.cardholder_xref", "debug", "matcher.payer", [
                ("bin", pt["plan"]["bin"], None), ("pcn", pt["plan"]["pcn"], None), ("group", pt["plan"]["group"], None),
                ("cardholder_id", pt["plan"]["card"], "health_plan"), ("person_code", pt["person_code"], None),
                ("mrn", pt["mrn"], "mrn")]
        return "match.no_encounter", "info", "matcher.engine", [
            ("claim_ref", c["ref"], None), ("mrn", pt["mrn"], "mrn"), ("fill_date", diso(c["fill"]), "date"),
            ("last_visit", diso(c["visit"] - dt.timedelta(days=400)), "date"), ("result", "ineligible", None)]
    t = R.randrange(7)
    ce = R.choice(CES)
    if t == 0:
        return "batch.start", "info", "matcher.engine", [
            ("batch_id", "mb-%s-%s" % (d8(RUN_DATE), hexs(6)), None), ("claims", str(R.randint(20000, 80000)), None),
            ("ce_count", "4", None), ("workers", "8", None)]
    if t == 1:
        d = R.choice(DRUGS)
        return "ndc.excluded", "info", "matcher.rules", [
            ("ndc", d[0].replace("-", ""), None), ("reason", "orphan_drug_exclusion", None), ("ce", "RRC190034", None)]
    if t == 2:
        return "prescriber.not_in_roster", "warning", "matcher.rules", [
            ("npi", R.choice(UNROSTERED_NPIS), None), ("ce", ce["id"], None), ("claims_affected", str(R.randint(1, 40)), None)]
    if t == 3:
        done = R.randint(1000, 70000)
        return "batch.progress", "info", "matcher.engine", [
            ("done", str(done), None), ("total", str(done + R.randint(0, 9000)), None), ("rate_per_s", "%.1f" % R.uniform(200, 900), None)]
    if t == 4:
        return "cache.load", "debug", "matcher.cache", [
            ("name", R.choice(["ndc_pkg", "roster", "child_sites", "bin_pcn_carvein"]), None),
            ("rows", str(R.randint(200, 60000)), None), ("elapsed_ms", str(R.randint(20, 2000)), None)]
    if t == 5:
        return "match.summary", "info", "matcher.engine", [
            ("ce", ce["id"], None), ("eligible", str(R.randint(2000, 30000)), None),
            ("ineligible", str(R.randint(100, 9000)), None), ("no_encounter", str(R.randint(50, 3000)), None),
            ("run_date", diso(RUN_DATE), None)]
    return "accumulator.flush", "info", "matcher.accum", [
        ("ce", ce["id"], None), ("ncpdp", R.choice(PHARMACIES)["ncpdp"], None), ("ndc_count", str(R.randint(20, 900)), None),
        ("packages_due", str(R.randint(0, 140)), None)]


def f_slog_console(ts, phi):
    ev, lvl, lg, kvs = match_kv(phi)
    kvs = sorted(kvs + [("logger", lg, None)], key=lambda k: k[0])
    segs = ["%s [%-9s] %-30s" % (ts_isoz(ts), lvl, ev)]
    for k, v, c in kvs:
        segs += [" %s=" % k, P(v, c) if c else v]
    return "structlog-console", segs


def f_slog_kv(ts, phi):
    ev, lvl, lg, kvs = match_kv(phi)
    segs = ["timestamp='%s' level='%s' event='%s' logger='%s'" % (ts_isoz(ts), lvl, ev, lg)]
    for k, v, c in sorted(kvs, key=lambda k: k[0]):
        num = v.replace(".", "", 1).isdigit() and k not in ("npi", "prescriber_npi", "ncpdp", "ndc", "bin", "pcn", "mrn", "person_code", "group", "cardholder_id")
        if num:
            segs += [" %s=" % k, P(v, c) if c else v]
        else:
            r = repr(v)
            q = r[0]
            segs += [" %s=%s" % (k, q), P(r[1:-1], c) if c else r[1:-1], q]
    return "structlog-kv", segs


def f_slog_json(ts, phi):
    ev, lvl, lg, kvs = match_kv(phi)
    segs = ["{"]
    first = True
    for k, v, c in kvs + [("event", ev, None), ("level", lvl, None), ("logger", lg, None), ("timestamp", ts_isoz(ts), None)]:
        segs.append(("" if first else ", ") + json.dumps(k) + ": ")
        first = False
        if k in ("name_score", "jw", "threshold", "lookback_days", "age", "claims", "workers", "ce_count", "done",
                 "total", "rate_per_s", "rows", "elapsed_ms", "eligible", "ineligible", "no_encounter", "claims_affected",
                 "ndc_count", "packages_due"):
            segs.append(P(v, c) if c else v)
        else:
            segs += ['"', P(jesc(v, True), c) if c else jesc(v, True), '"']
    segs.append("}")
    return "structlog-json", segs


DEPTS = {"MV": ["CARD CLINIC 3W", "IM CLINIC 2E", "ENDO CLINIC"], "RC": ["RCH ONC INF", "RCH FM CLINIC", "RCH RHEUM"],
         "LS": ["LSFHC EAST", "LSFHC SEGUIN", "LSFHC PLEASANTON"], "SB": ["SB PEDS ENDO", "SB PULM CLINIC", "SB GI CLINIC"]}


def f_repr(ts, phi):
    def pre(lvl, lg):
        return "%s %s %s: " % (ts_py(ts), lvl, lg)

    def rs(v, cat=None):
        r = repr(v)
        return [r[0], P(r[1:-1], cat) if cat else r[1:-1], r[-1]]

    if phi:
        t = R.choice(["best", "best", "enc", "row", "payload", "payload"])
        c = pick_claim()
        pt = c["pt"]
        if t == "best":
            segs = [pre("DEBUG", "matcher.candidates"), "best candidate for claim %s: {'mrn': " % c["ref"]] + rs(pt["mrn"], "mrn")
            segs += [", 'name': "] + rs("%s, %s" % (pt["last"].upper(), pt["first"].upper()), "name")
            segs += [", 'dob': datetime.date(", P(drepr(pt["dob"]), "date"), "), 'visit_date': datetime.date(",
                     P(drepr(c["visit"]), "date"), "), 'prov_npi': '%s', 'score': %.3f, 'dept': '%s'}" % (
                         c["pr"]["npi"], R.uniform(0.85, 1), R.choice(DEPTS[pt["ce"]]))]
            return "py-repr-dict", segs
        if t == "enc":
            segs = [pre("DEBUG", "matcher.encounters"), "encounter rows for mrn=", P(pt["mrn"], "mrn"), ": ["]
            n = R.randint(1, 3)
            for j in range(n):
                d = c["visit"] - dt.timedelta(days=j * R.randint(20, 90))
                segs += [("" if j == 0 else ", ") + "(datetime.date(", P(drepr(d), "date"),
                         "), '%s', '%s')" % (R.choice(["OP", "OP", "ED", "TELE"]), c["pr"]["npi"])]
            segs.append("]")
            return "py-repr-dict", segs
        if t == "row":
            segs = [pre("DEBUG", "matcher.patient_index"), "loaded Patient(pat_id=%s, mrn=" % pt["pat_id"]] + rs(pt["mrn"], "mrn")
            segs += [", last_name="] + rs(pt["last"], "name") + [", first_name="] + rs(pt["first"], "name")
            segs += [", birth_dt=datetime.date(", P(drepr(pt["dob"]), "date"), "), zip_code="] + rs(pt["zip"], "zip")
            segs += [", phone="] + rs(pt["phone"], "phone") + [", ce_id='%s')" % CE_BY[pt["ce"]]["id"]]
            return "py-repr-dict", segs
        pl = pt["plan"]
        segs = [pre("INFO", "matcher.payer_cache"), "payload -> eligibility cache: {'cardholder_id': "] + rs(pl["card"], "health_plan")
        segs += [", 'person_code': '%s', 'bin': '%s', 'pcn': '%s', 'group': '%s', 'dob': " % (pt["person_code"], pl["bin"], pl["pcn"], pl["group"])]
        segs += rs(d8(pt["dob"]), "date")
        if pt["mbi"]:
            segs += [", 'mbi': "] + rs(pt["mbi"], "health_plan")
        segs += [", 'ttl': 86400}"]
        return "py-repr-dict", segs
    t = R.randrange(5)
    ce = R.choice(CES)
    d = R.choice(DRUGS)
    if t == 0:
        units = d[2] * R.randint(1, 4)
        m = pre("DEBUG", "matcher.accum") + "accumulator delta: {'ndc': '%s', 'ce': '%s', 'pharmacy_ncpdp': '%s', 'units': Decimal('%.3f'), 'pkg_size': Decimal('%s'), 'packages': Decimal('%.3f'), 'carry': Decimal('%.3f')}" % (
            d[0].replace("-", ""), ce["id"], R.choice(PHARMACIES)["ncpdp"], units, d[4], units / d[4], R.uniform(0, 0.9))
    elif t == 1:
        m = pre("INFO", "matcher.config") + "config: {'lookback_days': 365, 'name_threshold': 0.85, 'dob_tolerance_days': 0, 'workers': 8, 'db_dsn': 'postgresql://matcher@10.12.0.21:5432/admin340b', 'run_date': datetime.date(%s)}" % drepr(RUN_DATE)
    elif t == 2:
        m = pre("WARNING", "matcher.db") + "retrying query after OperationalError('server closed the connection unexpectedly\\n\\tThis probably means the server terminated abnormally') attempt=%d backoff=%.1fs" % (R.randint(1, 3), R.uniform(0.5, 8))
    elif t == 3:
        m = pre("INFO", "matcher.engine") + "worker %d finished chunk %d: {'claims': %d, 'eligible': %d, 'elapsed': %.2f}" % (R.randint(0, 7), R.randint(1, 300), R.randint(100, 500), R.randint(50, 450), R.uniform(1, 20))
    else:
        m = pre("DEBUG", "matcher.rules") + "carve-in table for %s: [('004336', 'ADV'), ('003858', 'A4'), ('610097', '9999'), ('015581', '03200000')]" % ce["id"]
    return "py-repr-dict", [m]


PO_SEQ = [4500182231]


def f_replenish(ts, phi):
    ph = R.choice(PHARMACIES)
    ce = CE_BY[ph["ces"][0]]
    whname = ph["wh"]
    isa_id, _ = WHOLESALERS[whname]
    PO_SEQ[0] += R.randint(0, 2)
    po = PO_SEQ[0]
    d = R.choice(DRUGS)
    pre = lambda lvl, lg: "%s|%s|%s|" % (ts_py(ts), lvl, lg)
    t = R.randrange(11)
    if t == 0:
        m = pre("INFO", "replenish.builder") + "PO %d %s acct %s ship-to %s (NCPDP %s, DEA %s) CE %s lines=%d est=$%s" % (
            po, whname, ph["whacct"], ph["name"], ph["ncpdp"], ph["dea"], ce["id"], R.randint(3, 40), money_c(R.uniform(2000, 180000)))
    elif t == 1:
        m = pre("DEBUG", "replenish.edi850") + "ISA*00*          *00*          *ZZ*ADMIN340B      *ZZ*%-15s*%s*%s*U*00401*%09d*0*P*>~" % (
            isa_id, RUN_DATE.strftime("%y%m%d"), ts.strftime("%H%M"), R.randint(1000, 99999))
    elif t == 2:
        m = pre("DEBUG", "replenish.edi850") + "BEG*00*SA*%d**%s~REF*IA*%s~N1*ST*%s*91*%s~" % (po, d8(RUN_DATE), ph["whacct"], ph["name"].upper(), ph["whacct"])
    elif t == 3:
        m = pre("DEBUG", "replenish.edi850") + "PO1*%d*%d*EA*%s**N4*%s*VN*%d~PID*F****%s~" % (
            R.randint(1, 30), R.randint(1, 6), money(R.uniform(20, 9000)), d[0].replace("-", ""), R.randint(1000000, 9999999), d[1])
    elif t == 4:
        m = pre("INFO", "replenish.edi855") + "855 ack PO %d line %d NDC %s status=%s" % (
            po, R.randint(1, 20), d[0], R.choice(["IA accepted", "IB backordered, ETA %s" % diso(RUN_DATE + dt.timedelta(days=R.randint(2, 14))), "IR rejected (item discontinued)"]))
    elif t == 5:
        inv = R.randint(7200000000, 7299999999)
        amt = R.uniform(2000, 180000)
        m = pre("INFO", "replenish.edi810") + "810 invoice %d dated %s $%s matched to PO %d variance %s" % (
            inv, diso(RUN_DATE + dt.timedelta(days=R.randint(0, 3))), money_c(amt), po, money(R.uniform(-120, 40)))
    elif t == 6:
        units = d[2] * R.randint(2, 12)
        m = pre("INFO", "replenish.accum") + "CE %s NDC %s pharmacy %s packages=%d (units %.1f/%.1f) carry=%.3f" % (
            ce["id"], d[0], ph["ncpdp"], int(units // d[4]), units, d[4], R.uniform(0, 0.99))
    elif t == 7:
        m = pre("INFO", "replenish.pricing") + "NDC %s 340B ceiling $%s vs WAC $%s (%.1f%% savings) acct %s" % (
            d[0], money(R.uniform(0.01, 400)), money(R.uniform(400, 7000)), R.uniform(20, 99.9), ph["whacct"])
    elif t == 8:
        m = pre("WARNING", "replenish.builder") + "NDC %s package 1 of %s short: accumulated %.3f units, need %.1f; deferring to next cycle" % (
            d[0], ph["code"], R.uniform(0, d[4]), d[4])
    elif t == 9:
        m = pre("INFO", "replenish.transport") + "uploaded PO_%d.850 to sftp://edi.%s.example:22/inbound (%d bytes, %dms)" % (
            po, isa_id.lower(), R.randint(800, 9000), R.randint(80, 900))
    else:
        m = pre("INFO", "replenish.builder") + "cycle %s-%02d complete: %d POs, %d lines, total $%s, %d NDCs deferred" % (
            d8(RUN_DATE), R.randint(1, 3), R.randint(5, 30), R.randint(40, 600), money_c(R.uniform(50000, 900000)), R.randint(0, 60))
    return "py-replenish", [m]


AUDIT_ID = "HRSA-FY24-0117"


def f_audit(ts, phi):
    tz = ts - dt.timedelta(hours=5)
    pre = lambda lvl: "%s-05:00 audit-svc[2291]: %s sample: " % (tz.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d" % (tz.microsecond // 1000), lvl)
    auditor = R.choice(AUDITORS)
    i = R.randint(1, 50)
    if phi:
        c = AUDIT_CLAIMS[i - 1]
        pt = c["pt"]
        t = R.choice(["item", "item", "item", "note", "div", "gone"])
        if t == "item":
            return "audit-svc", [pre("INFO"), "item %d/50 claim=%s fill=" % (i, c["ref"]), P(diso(c["fill"]), "date"),
                                 " ncpdp=%s mrn=" % c["ph"]["ncpdp"], P(pt["mrn"], "mrn"), " patient=\"",
                                 P("%s, %s" % (pt["last"].upper(), pt["first"].upper()), "name"), "\" dob=",
                                 P(diso(pt["dob"]), "date"), " last_visit=", P(diso(c["visit"]), "date"),
                                 " prescriber_npi=%s status=%s" % (c["pr"]["npi"], R.choice(["documented", "pending_ce", "documented"]))]
        if t == "note":
            return "audit-svc", [pre("INFO"), "item %d: auditor %s requested progress note for MRN " % (i, auditor),
                                 P(pt["mrn"], "mrn"), " visit ", P(dus(c["visit"]), "date"), " (prescriber %s, %s)" % (c["pr"]["last"], c["pr"]["spec"])]
        if t == "div":
            return "audit-svc", [pre("WARN"), "finding F-%02d possible diversion: MRN " % R.randint(1, 6), P(pt["mrn"], "mrn"),
                                 " rx %s fill " % c["rx"], P(diso(c["fill"]), "date"),
                                 " prescriber %s not on roster at time of fill; case " % R.choice(UNROSTERED_NPIS),
                                 P("340B-DIV-2024-%04d" % R.randint(10, 300), "other_id"), " opened"]
        return "audit-svc", [pre("WARN"), "item %d: patient " % i, P("%s %s" % (pt["first"], pt["last"]), "name"),
                             " (DOB ", P(dus(pt["dob"]), "date"), ") has no encounter within 12 months before fill ",
                             P(dus(c["fill"]), "date"), "; CE %s to respond by %s" % (AUDIT_CE["id"], diso(RUN_DATE + dt.timedelta(days=14)))]
    t = R.randrange(7)
    if t == 0:
        m = pre("INFO") + "audit %s opened CE %s (%s); lead auditor %s (HRSA OPA); frame 2023-10-01..2023-12-31 claims=%d" % (
            AUDIT_ID, AUDIT_CE["id"], AUDIT_CE["name"], AUDITORS[0], R.randint(30000, 50000))
    elif t == 1:
        m = pre("INFO") + "sample drawn n=50 method=simple_random seed=%d frame_hash=sha256:%s" % (R.randint(10 ** 8, 10 ** 9), hexs(64))
    elif t == 2:
        m = pre("INFO") + "exported worksheet %s_sample_v%d.xlsx rows=50 to s3://admin340b-audit-prod/%s/ (etag %s)" % (AUDIT_ID, R.randint(1, 3), AUDIT_ID, hexs(32))
    elif t == 3:
        c = AUDIT_CLAIMS[i - 1]
        m = pre("INFO") + "item %d/50 claim=%s status=documented reviewer=%s" % (i, c["ref"], auditor)
    elif t == 4:
        m = pre("INFO") + "reminder sent to 340b-coordinator@%s (CC %s) due %s, %d items open" % (
            AUDIT_CE["domain"], "opa-audits@hrsa.example.gov", diso(RUN_DATE + dt.timedelta(days=14)), R.randint(1, 20))
    elif t == 5:
        m = pre("INFO") + "child site %s-%02d included in sample frame (registered 2019-04-01, OPAIS verified %s)" % (AUDIT_CE["id"], R.randint(1, 9), diso(RUN_DATE - dt.timedelta(days=R.randint(1, 60))))
    else:
        m = pre("WARN") + "item %d/50: pharmacy %s (NCPDP %s) invoice %d not yet received from %s" % (i, AUDIT_CLAIMS[i - 1]["ph"]["name"], AUDIT_CLAIMS[i - 1]["ph"]["ncpdp"], R.randint(7200000000, 7299999999), AUDIT_CLAIMS[i - 1]["ph"]["wh"])
    return "audit-svc", [m]


# ---- pino portal ----------------------------------------------------------------
PINO_PID = {"portal-web-1": 4127, "portal-web-2": 4133}
REQ_ID = [1000]


def pino_head(ts, level, host=None):
    host = host or R.choice(list(PINO_PID))
    return '{"level":%d,"time":%d,"pid":%d,"hostname":"%s"' % (level, ts_epoch(ts), PINO_PID[host], host)


def f_pino_http(ts, phi):
    REQ_ID[0] += R.randint(1, 40)
    rid = REQ_ID[0]
    ua = R.choice(UAS)
    status = 200
    if phi:
        t = R.choice(["search", "search", "enc", "claim", "export"])
        ip = R.choice(PUBLIC_IPS)
        c = pick_claim()
        pt = c["pt"]
        if t == "search":
            lname = quote(pt["last"])
            dob = diso(pt["dob"])
            ce = CE_BY[pt["ce"]]["id"]
            url = ["/api/v2/patients/search?lastName=", P(lname, "name"), "&dob=", P(dob, "date"), "&ce=%s" % ce]
            query = ['{"lastName":"', P(jesc(pt["last"]), "name"), '","dob":"', P(dob, "date"), '","ce":"%s"}' % ce]
            method = "GET"
        elif t == "enc":
            url = ["/api/v2/patients/", P(pt["mrn"], "mrn"), "/encounters?from=%s" % diso(RUN_DATE - dt.timedelta(days=365))]
            query = ['{"from":"%s"}' % diso(RUN_DATE - dt.timedelta(days=365))]
            method = "GET"
        elif t == "claim":
            url = ["/api/v2/claims/%s" % c["ref"]]
            query = ["{}"]
            method = "GET"
            status = R.choice([200, 200, 304])
        else:
            url = ["/api/v2/exports"]
            query = ["{}"]
            method = "POST"
            status = 202
        segs = [pino_head(ts, 30), ',"req":{"id":%d,"method":"%s","url":"' % (rid, method)] + url
        segs += ['","query":'] + query + [',"params":{},"headers":{"host":"portal.admin340b.example","user-agent":"%s","x-forwarded-for":"' % ua,
                                          P(ip, "ip"), '","x-request-id":"%s"},"remoteAddress":"::ffff:10.8.0.%d","remotePort":%d},' % (
                                              "%s-%s-4%s-%s%s-%s" % (hexs(8), hexs(4), hexs(3), R.choice("89ab"), hexs(3), hexs(12)), R.randint(2, 9), R.randint(30000, 65000))]
        segs += ['"res":{"statusCode":%d,"headers":{"x-powered-by":"Express","content-type":"application/json; charset=utf-8","content-length":"%d"}},"responseTime":%d,"msg":"request completed"}' % (
            status, R.randint(80, 40000), R.randint(3, 900))]
        return "pino-http", segs
    t = R.randrange(5)
    ce = R.choice(CES)
    if t == 0:
        url, q, method, ra, xff = "/healthz", "{}", "GET", "::ffff:" + R.choice(["10.8.0.2", "10.8.0.3"]), None
        ua = "kube-probe/1.28"
    elif t == 1:
        url, q, method = "/api/v2/replenishment/orders?status=open&ce=%s" % ce["id"], '{"status":"open","ce":"%s"}' % ce["id"], "GET"
        ra, xff = "::ffff:10.8.0.%d" % R.randint(2, 9), R.choice(PRIVATE_IPS)
    elif t == 2:
        url, q, method = "/static/js/main.%s.js" % hexs(8), "{}", "GET"
        ra, xff = "::ffff:10.8.0.%d" % R.randint(2, 9), R.choice(PRIVATE_IPS)
        status = 304
    elif t == 3:
        url, q, method = "/api/v2/accumulators?ndc=%s&ce=%s" % (R.choice(DRUGS)[0].replace("-", ""), ce["id"]), None, "GET"
        q = '{"ndc":"%s","ce":"%s"}' % (url.split("ndc=")[1].split("&")[0], ce["id"])
        ra, xff = "::ffff:10.8.0.%d" % R.randint(2, 9), R.choice(PRIVATE_IPS)
    else:
        url, q, method = "/api/v2/audits/%s/items?page=%d&pageSize=25" % (AUDIT_ID, R.randint(1, 2)), None, "GET"
        q = '{"page":"%s","pageSize":"25"}' % url.split("page=")[1].split("&")[0]
        ra, xff = "::ffff:10.8.0.%d" % R.randint(2, 9), R.choice(PRIVATE_IPS)
    clen, rtime = (R.randint(2, 9000), R.randint(1, 400)) if t else (15, R.randint(1, 3))
    hdr = '{"host":"portal.admin340b.example","user-agent":"%s"' % ua
    if xff:
        hdr += ',"x-forwarded-for":"%s"' % xff
    hdr += "}"
    m = pino_head(ts, 30) + ',"req":{"id":%d,"method":"%s","url":"%s","query":%s,"params":{},"headers":%s,"remoteAddress":"%s","remotePort":%d},"res":{"statusCode":%d,"headers":{"x-powered-by":"Express","content-type":"application/json; charset=utf-8","content-length":"%d"}},"responseTime":%d,"msg":"request completed"}' % (
        rid, method, url, q, hdr, ra, R.randint(30000, 65000), status, clen, rtime)
    return "pino-http", [m]


def f_pino_app(ts, phi):
    an = R.choice(ANALYSTS)
    if phi:
        t = R.choice(["view", "share", "share", "share", "photo", "err", "demo", "demo", "login"])
        c = pick_claim()
        pt = c["pt"]
        if t == "view":
            return "pino-app", [pino_head(ts, 30), ',"module":"claims","userId":"%s","msg":"claim detail viewed","claimRef":"%s","patient":{"mrn":"' % (an[2], c["ref"]),
                                P(pt["mrn"], "mrn"), '","name":"', P(jesc("%s %s" % (pt["first"], pt["last"])), "name"),
                                '","dob":"', P(diso(pt["dob"]), "date"), '"},"eligible":true}']
        if t == "share":
            link = "https://portal.admin340b.example/ce/%s/patients/%s-%s-%s" % (CE_BY[pt["ce"]]["id"], slug(pt["last"]), slug(pt["first"]), d8(pt["dob"]))
            return "pino-app", [pino_head(ts, 30), ',"module":"share","userId":"%s","msg":"share link generated","link":"' % an[2],
                                P(link, "url"), '","expiresIn":"72h"}']
        if t == "photo":
            img = b64_png(R.randint(360, 520)) if R.random() < 0.5 else b64_jpeg(R.randint(360, 520))
            mime = "png" if img.startswith("iVBOR") else "jpeg"
            return "pino-app", [pino_head(ts, 20), ',"module":"patients","mrn":"', P(pt["mrn"], "mrn"),
                                '","msg":"patient photo cached","bytes":%d,"photo":"data:image/%s;base64,' % (len(img) * 3 // 4, mime),
                                P(img, "photo"), '"}']
        if t == "err":
            bad = "%d-%02d-%02d" % (pt["dob"].year, pt["dob"].month, 31 if pt["dob"].month in (2, 4, 6, 9, 11) else 32)
            return "pino-app", [pino_head(ts, 50), ',"module":"patients","userId":"%s","err":{"type":"ValidationError","message":"invalid dob ' % an[2],
                                P(bad, "date"), ' for MRN ', P(pt["mrn"], "mrn"),
                                '","stack":"ValidationError: invalid dob ', P(bad, "date"), ' for MRN ', P(pt["mrn"], "mrn"),
                                '\\n    at validatePatient (/srv/portal/dist/patients/validate.js:41:11)\\n    at PatientService.update (/srv/portal/dist/patients/service.js:118:5)\\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)"},"msg":"patient update failed"}']
        if t == "demo":
            return "pino-app", [pino_head(ts, 30), ',"module":"ehr-sync","msg":"patient demographics updated from EHR feed","mrn":"',
                                P(pt["mrn"], "mrn"), '","changes":{"addressLine1":"', P(jesc(pt["street"]), "address"),
                                '","city":"', P(pt["city"], "address"), '","state":"%s","postalCode":"' % pt["state"],
                                P(pt["zip"], "zip"), '","homePhone":"', P(pt["phone"], "phone"), '","email":"',
                                P(pt["email"], "email"), '"},"source":"%s"}' % CE_BY[pt["ce"]]["ehr"]]
        ip = R.choice(PUBLIC_IPS)
        return "pino-app", [pino_head(ts, 30), ',"module":"auth","msg":"login succeeded","user":"%s","userId":"%s","ip":"' % (an[1], an[2]),
                            P(ip, "ip"), '","mfa":"totp","sessionTtl":28800}']
    t = R.randrange(8)
    if t == 0:
        m = pino_head(ts, 30) + ',"msg":"Server listening at http://0.0.0.0:3000"}'
    elif t == 1:
        m = pino_head(ts, 30) + ',"module":"cache","msg":"connected to redis","host":"redis-portal.internal","port":6379,"db":2}'
    elif t == 2:
        m = pino_head(ts, 30) + ',"module":"exports","userId":"%s","msg":"report export complete","jobId":"exp_%s","rows":%d,"durationMs":%d}' % (an[2], hexs(10), R.randint(100, 90000), R.randint(200, 60000))
    elif t == 3:
        m = pino_head(ts, 30) + ',"module":"auth","msg":"session expired","userId":"%s","idleMs":%d}' % (an[2], R.randint(1800000, 3600000))
    elif t == 4:
        m = pino_head(ts, 40) + ',"module":"ratelimit","msg":"rate limit exceeded","route":"/api/v2/claims","limit":600,"windowMs":60000,"key":"%s"}' % an[2]
    elif t == 5:
        m = pino_head(ts, 30) + ',"module":"flags","msg":"feature flag loaded","flag":"audit-sample-v2","enabled":true,"version":"1.14.2"}'
    elif t == 6:
        m = pino_head(ts, 30) + ',"module":"auth","msg":"password reset requested","email":"%s","userId":"%s","mailer":"noreply@admin340b.example"}' % (an[1], an[2])
    else:
        m = pino_head(ts, 30) + ',"module":"jobs","msg":"nightly match results published","runDate":"%s","ce":"%s","eligible":%d,"ineligible":%d}' % (
            diso(RUN_DATE), R.choice(CES)["id"], R.randint(2000, 30000), R.randint(100, 9000))
    return "pino-app", [m]


def f_cron(ts, phi):
    pre = "%s etl-01 " % ts_sys(ts)
    t = R.randrange(5)
    if t == 0:
        m = "CRON[%d]: (etl) CMD (/opt/admin340b/bin/nightly_run.sh --date %s >> /var/log/admin340b/nightly.log 2>&1)" % (R.randint(10000, 30000), diso(RUN_DATE - dt.timedelta(days=1)))
    elif t == 1:
        m = "systemd[1]: Started admin340b-matcher.service - Admin340B nightly matcher (run %s)." % diso(RUN_DATE - dt.timedelta(days=1))
    elif t == 2:
        m = "systemd[1]: admin340b-matcher.service: Consumed %dmin %.3fs CPU time." % (R.randint(3, 59), R.uniform(0, 59))
    elif t == 3:
        m = "logrotate[%d]: rotating pattern: /var/log/admin340b/*.log  after 1 days (14 rotations)" % R.randint(10000, 30000)
    else:
        m = "CRON[%d]: pam_unix(cron:session): session closed for user etl" % R.randint(10000, 30000)
    return "syslog-cron", [pre + m]


def f_pg(ts, phi):
    pid = R.randint(18000, 19999)
    pre = "%s UTC [%d] " % (ts_ms(ts), pid)
    if phi:
        c = pick_claim()
        pt = c["pt"]
        if R.random() < 0.6:
            return "postgres", [pre, "DETAIL:  Key (cardholder_id, rx_number, fill_date)=(", P(pt["plan"]["card"], "health_plan"),
                                ", %s, " % c["rx"], P(diso(c["fill"]), "date"), ") already exists."]
        return "postgres", [pre, "STATEMENT:  INSERT INTO elig.patient_xref (ce_id, mrn, last_name, birth_dt) VALUES ('%s', '" % CE_BY[pt["ce"]]["id"],
                            P(pt["mrn"], "mrn"), "', '", P(pt["last"].replace("'", "''"), "name"), "', '",
                            P(diso(pt["dob"]), "date"), "')"]
    t = R.randrange(4)
    if t == 0:
        m = "LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=%.3f s, total=%.3f s" % (
            R.randint(1000, 30000), R.uniform(1, 20), R.randint(1, 9), R.uniform(10, 200), R.uniform(0, 1), R.uniform(10, 200))
    elif t == 1:
        m = "LOG:  duration: %.3f ms  statement: COPY stage.claims_pipe FROM STDIN WITH (FORMAT csv)" % R.uniform(500, 30000)
    elif t == 2:
        m = 'ERROR:  duplicate key value violates unique constraint "claims_stage_uk"'
    else:
        m = "LOG:  automatic vacuum of table \"admin340b.elig.encounter\": index scans: 1, pages: 0 removed, %d remain" % R.randint(10000, 900000)
    return "postgres", [pre + m]


# ----------------------------------------------------------------------------
# schedule
# ----------------------------------------------------------------------------
def T(h, m):
    return dt.datetime(2024, 3, 12, h, m)


SCHEDULE = [
    # func, n_phi, n_nophi, start, end
    (f_sftp, 2, 40, T(0, 35), T(1, 40)),
    (f_as2, 0, 24, T(0, 35), T(1, 40)),
    (f_pipe, 36, 14, T(1, 0), T(2, 0)),
    (f_fixed, 22, 12, T(1, 5), T(2, 0)),
    (f_ehr, 32, 18, T(1, 10), T(2, 5)),
    (f_slog_console, 15, 14, T(1, 40), T(3, 0)),
    (f_slog_kv, 13, 11, T(1, 40), T(3, 0)),
    (f_slog_json, 16, 11, T(1, 40), T(3, 0)),
    (f_repr, 27, 16, T(1, 45), T(3, 0)),
    (f_replenish, 0, 55, T(2, 40), T(3, 40)),
    (f_audit, 20, 15, T(12, 55), T(14, 40)),
    (f_pino_http, 18, 20, T(11, 45), T(14, 45)),
    (f_pino_app, 17, 16, T(11, 40), T(14, 45)),
    (f_cron, 0, 8, T(0, 30), T(3, 45)),
    (f_pg, 3, 5, T(1, 0), T(3, 0)),
]


def main():
    items = []
    for fn, nphi, nno, a, b in SCHEDULE:
        span = (b - a).total_seconds()
        for flag in [True] * nphi + [False] * nno:
            off = R.uniform(0, span)
            items.append((a + dt.timedelta(seconds=off, microseconds=R.randint(0, 999999)), fn, flag))
    items.sort(key=lambda x: x[0])
    assert len(items) == 500, len(items)
    log_lines = []
    labels = []
    for n, (ts, fn, flag) in enumerate(items, 1):
        fam, segs = fn(ts, flag)
        buf = bytearray()
        spans = []
        for sg in segs:
            if isinstance(sg, tuple):
                v, cat = sg
                b = v.encode("utf-8")
                s = len(buf)
                buf += b
                spans.append((s, len(buf), cat, b))
            else:
                buf += sg.encode("utf-8")
        line = bytes(buf)
        assert b"\n" not in line and b"\r" not in line, (n, line)
        assert len(line) <= 4000, (n, len(line))
        for s, e, cat, b in spans:
            assert line[s:e] == b and e > s, (n, s, e)
        for (s1, e1, _, _), (s2, e2, _, _) in zip(spans, spans[1:]):
            assert e1 <= s2
        assert (len(spans) > 0) == flag, (n, fam, flag, line)
        line.decode("utf-8")
        log_lines.append(line)
        labels.append({"line": n, "family": fam, "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _ in spans]})
    with open(os.path.join(HERE, ID + ".log"), "wb") as f:
        f.write(b"\n".join(log_lines) + b"\n")
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
