#!/usr/bin/env python3
"""Synthetic labeled log corpus: long-term care (LTC) pharmacy serving nursing homes
and assisted living facilities.  Standard library only, deterministic (fixed seed).

Writes jn.log (500 lines) and jn.labels.jsonl (one record per line, byte offsets).

Systems represented: nightly cycle-fill batch runner (Python logging), blister
packaging machine serial bridge traces + hex dumps, packaging job files
(semicolon records and XML), HylaFAX syslog + OCR pipeline (logback), facility
eMAR CSV exports (English comma CSV, Spanish semicolon CSV from a Puerto Rico
facility, JSON resident export), HL7 v2 RDE^O11 / RAS^O17 / ACK segments and a
Mirth JSON log with escaped \\r, controlled-substance count audits (JSON),
destruction witness logs (CSV + key=value), route manifests (CSV), driver app
(Android logcat), NCPDP D.0 claim switch logs (NCPDP field ids as keys, raw
<FS>-delimited transmissions), X12 835 remittance, facility/private-pay billing,
pharmacist intervention notes (pipe export and JSON), facility help-desk tickets
(JSON webhook, text typed by facility nurses), will-call pickup log, access audit, nginx,
kubelet/systemd/postgres/redis/cron noise, fridge temperature telemetry.

All people, identifiers, addresses and numbers are synthetic.

Labeling decisions:
- Labeled only for residents/patients and their relatives / responsible parties
  (POA, guarantor, family picking up or receiving deliveries).
- Not labeled: pharmacists, technicians, nurses, DONs, drivers, prescribers and their
  NPIs/DEA numbers, staff usernames/emails/phones, facility names, facility codes,
  facility street addresses/phones/faxes, facility delivery geocodes, vendors,
  payers, BIN/PCN/group, machine serials, pharmacy-internal IPs.
- Room / bed / unit / cart designations inside a facility are NOT labeled.
- Pharmacy patient IDs, facility resident numbers and MR# -> mrn (also when they
  appear inside a URL path or a field like pt_id=).
- Medicare MBI, Medicaid IDs, Part D cardholder IDs (302-C2) -> health_plan;
  person code (303-C3), BIN/PCN/group are not labeled.
- Patient AR accounts, PID-18 account numbers, X12 CLP01 patient control numbers,
  full card numbers -> account.  Masked card numbers (last 4 only) not labeled.
- HL7 PV1-19 visit numbers, hospice case numbers, family-portal usernames -> other_id.
- Rx numbers, order numbers, fill/batch/job/card/claim/invoice/log ids,
  authorization numbers, trace ids, NDCs, lot numbers: NOT labeled
  (transaction identifiers, like order numbers).
- Dates labeled: birth, admission, discharge, death, hospital leave, order
  start/stop for that patient, fill/dispense date or date of service on that
  patient's label or claim, administration date-times (eMAR, RXA-3/4, last_admin),
  lab and follow-up dates in notes (also partial dates like "3/13").
  Not labeled: log timestamps, MSH-7/ORC-9 message times, batch/cycle start dates,
  delivery/route dates, count-audit and destruction event dates, billing periods
  of a facility invoice.
- Ages labeled only when over 89 (the number only, e.g. "94" in "94yo").
- A name written in one field ("LAST, FIRST", "LAST^FIRST^M", "First Last") is one
  span; names split over separate fields (job files, NCPDP CA/CB, X12 NM1) are one
  span per field.  OCR misreads are labeled as written.
- Patient home address: street and city are separate address spans, ZIP is zip,
  state is not labeled.  Latitude/longitude of a patient's home -> address
  (each number one span).
- Relatives' driver licence -> license, relatives' vehicle plate -> vehicle,
  patient CGM/pump serials -> device, family portal public IP -> ip, resident photo
  URL -> url, base64 resident photo -> photo.
"""
import json
import os
import random
import unicodedata
import hashlib
from datetime import datetime, date, timedelta

R = random.Random(20240311)
HERE = os.path.dirname(os.path.abspath(__file__))
REF = date(2024, 3, 11)


# ---------------------------------------------------------------- line builder
class Line:
    def __init__(self, fam):
        self.fam = fam
        self.parts = []
        self.n = 0
        self.spans = []

    def t(self, s):
        s = str(s)
        self.parts.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        if cat is None:
            return self.t(s)
        b = len(s.encode("utf-8"))
        self.spans.append((self.n, self.n + b, cat, s))
        self.parts.append(s)
        self.n += b
        return self

    def seq(self, segs):
        for x in segs:
            if isinstance(x, tuple):
                self.p(x[0], x[1])
            else:
                self.t(x)
        return self

    def text(self):
        return "".join(self.parts)


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jobj(L, items):
    """items: list of (key, value, cat); value may be str/int/float/bool/None,
    a list of items (nested object) or a Seg list (mixed text)."""
    L.t("{")
    for i, (k, v, cat) in enumerate(items):
        if i:
            L.t(",")
        L.t(json.dumps(k) + ":")
        if isinstance(v, Seg):
            L.t('"')
            for x in v:
                if isinstance(x, tuple):
                    L.p(jesc(x[0]), x[1])
                else:
                    L.t(jesc(x))
            L.t('"')
        elif isinstance(v, list):
            jobj(L, v)
        elif isinstance(v, str):
            L.t('"')
            L.p(jesc(v), cat)
            L.t('"')
        else:
            if cat:
                L.p(json.dumps(v), cat)
            else:
                L.t(json.dumps(v))
    L.t("}")
    return L


class Seg(list):
    pass


# ---------------------------------------------------------------- clock
NOW = datetime(2024, 3, 11, 3, 2, 5)


def tick(a=1, b=40):
    global NOW
    NOW += timedelta(seconds=R.randint(a, b), milliseconds=R.randint(0, 999))
    return NOW


def ms():
    return "%03d" % (NOW.microsecond // 1000)


def ts_py():
    return NOW.strftime("%Y-%m-%d %H:%M:%S") + "," + ms()


def ts_java():
    return NOW.strftime("%Y-%m-%d %H:%M:%S") + "." + ms()


def ts_iso():
    return NOW.strftime("%Y-%m-%dT%H:%M:%S") + "." + ms() + "Z"


def ts_sys():
    return NOW.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if NOW.day < 10 else NOW.strftime("%b %d %H:%M:%S")


def ts_nginx():
    return NOW.strftime("%d/%b/%Y:%H:%M:%S") + " -0700"


def ts_logcat():
    return NOW.strftime("%m-%d %H:%M:%S") + "." + ms()


def ts_hl7():
    return NOW.strftime("%Y%m%d%H%M%S")


# ---------------------------------------------------------------- helpers
def ascii_up(s):
    s = s.replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().upper()


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


def card_number(prefix="4"):
    body = prefix + "".join(R.choice("0123456789") for _ in range(15 - len(prefix)))
    return body + luhn_digit(body)


def npi():
    body = R.choice("12") + "".join(R.choice("0123456789") for _ in range(8))
    return body + luhn_digit("80840" + body)


def dea(last):
    d = [R.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return R.choice("ABFM") + last[0].upper() + "".join(map(str, d)) + str(c)


def mbi():
    A = "ACDEFGHJKMNPQRTUVWXY"
    N = "0123456789"
    pat = ["C", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N"]
    out = []
    for p in pat:
        if p == "C":
            out.append(R.choice("123456789"))
        elif p == "A":
            out.append(R.choice(A))
        elif p == "N":
            out.append(R.choice(N))
        else:
            out.append(R.choice(A + N))
    return "".join(out)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        g = R.randint(1, 99)
        s = R.randint(1, 9999)
        return "%03d-%02d-%04d" % (a, g, s)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def fmt_date(d, style):
    if style == "ymd":
        return d.strftime("%Y%m%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_short":
        return "%d/%d/%s" % (d.month, d.day, d.strftime("%y"))
    if style == "iso":
        return d.isoformat()
    if style == "dmy_mon":
        return d.strftime("%d-%b-%Y").upper()
    if style == "long":
        return "%s %d, %d" % (d.strftime("%B"), d.day, d.year)
    if style == "mdy6":
        return d.strftime("%m%d%y")
    if style == "eu":
        return d.strftime("%d/%m/%Y")
    if style == "md":
        return "%d/%d" % (d.month, d.day)
    raise ValueError(style)


def fmt_phone(area, num, style):
    a, b = num[:3], num[3:]
    if style == 0:
        return "(%s) %s-%s" % (area, a, b)
    if style == 1:
        return "%s-%s-%s" % (area, a, b)
    if style == 2:
        return "%s%s%s" % (area, a, b)
    if style == 3:
        return "+1 %s %s %s" % (area, a, b)
    if style == 4:
        return "%s.%s.%s" % (area, a, b)
    return "1%s%s%s" % (area, a, b)


# ---------------------------------------------------------------- world
FACILITIES = [
    # code, name, street, city, zip, phone, fax, kind, tz state
    ("SUNM", "Sunrise Manor Skilled Nursing", "1550 W Herndon Ave", "Fresno", "93711", "5594310200", "5594310299", "SNF"),
    ("OAKH", "Oak Hollow Health & Rehabilitation", "820 N Willow Ave", "Clovis", "93612", "5592984400", "5592984419", "SNF"),
    ("VVAL", "Valle Verde Assisted Living", "3301 S Mooney Blvd", "Visalia", "93277", "5597321880", "5597321881", "ALF"),
    ("STBR", "St. Brigid's Care Center", "47 Cathedral Way", "Hanford", "93230", "5595824010", "5595824011", "SNF"),
    ("CDPZ", "Residencia Casa de Paz", "13870 S Manning Ave", "Parlier", "93648", "5596461177", "5596461178", "ALF"),
    ("MAPL", "Maplecrest Memory Care", "9020 N Maple Ave", "Fresno", "93720", "5594491300", "5594491309", "ALF"),
    ("RVPV", "Riverside Pavilion SNF", "2600 Riverbend Dr", "Madera", "93637", "5596744100", "5596744122", "SNF"),
    ("HRTG", "Hearthstone Gardens", "615 E Tulare St", "Selma", "93662", "5598963030", "5598963031", "ALF"),
]
FAC = {f[0]: f for f in FACILITIES}

FIRST_F = ["Dorothy", "Mildred", "Bernice", "Agnes", "Imogene", "Lorraine", "Guadalupe", "Esperanza",
           "Fumiko", "Yevgenia", "Marguerite", "Delphine", "Tovah", "Mei-Ling", "Ngozi", "Zoë", "Wanda",
           "Ruth", "Perpetua", "Siobhán", "Halina", "Aurelia", "Consuelo", "Hattie", "Kazuko", "Bích",
           "Thérèse", "Ana María", "Leilani"]
FIRST_M = ["Harold", "Eugene", "Walter", "Clarence", "Vernon", "Ignacio", "Hiroshi", "Wojciech", "Shlomo",
           "Thaddeus", "Baptiste", "Olufemi", "Rajendra", "Anh", "Cornelius", "Ezekiel", "Jean-Luc",
           "Bartholomew", "Søren", "Kwame", "Mauricio", "Lemuel", "Dmitri", "Alphonse", "Teodoro"]
LAST = ["Hrabowski", "Abernathy", "López-Ramírez", "van der Berg", "De la Cruz", "O'Neill", "McAllister",
        "al-Hakim", "Nguyen", "Oyelaran", "Kowalczyk", "Müller", "Takahashi", "Chanthavong", "St. Pierre",
        "Fitzgerald-Boyd", "Okonjo", "Vasquez", "Bergström", "Papadopoulos", "Da Silva", "Goldberg",
        "Whitehorse", "Ishikawa", "Delacroix", "Mbatha", "Rasmussen", "LeBlanc", "Quiñones", "Tanaka-Reyes",
        "Yazzie", "Szabó", "Holloway", "Petrenko", "Kealoha", "Ferreira", "Achterberg", "Żelazny",
        "Ruiz de Alba", "Nakamura", "Adebayo-Cole"]
REL_F = ["Denise", "Priya", "Kimberly", "Anjali", "Beatriz", "Lakshmi", "Ingrid", "Carmen", "Naomi", "Oksana",
         "Mai", "Rochelle"]
REL_M = ["Marcus", "Tomás", "Reggie", "Colm", "Tyrone", "Yusuf", "Dale", "Kenji", "Émile", "Bogdan"]
RELS_F = ["daughter", "niece", "daughter-in-law", "granddaughter", "POA", "sister"]
RELS_M = ["son", "nephew", "grandson", "son-in-law", "POA", "brother"]
STREETS = ["N Cedar Ave", "E Shields Ave", "W Bullard Ave", "S Chestnut Ave", "E Olive Ave", "N Fruit Ave",
           "W Ashlan Ave", "E Kings Canyon Rd", "N Blackstone Ave", "S Academy Ave", "E Manning Ave",
           "W Caldwell Ave", "S Mooney Blvd", "E Nees Ave", "Calle Ocho", "S Zediker Ave"]
HOME_CITIES = [("Fresno", "CA", "93726"), ("Fresno", "CA", "93703"), ("Clovis", "CA", "93611"),
               ("Visalia", "CA", "93291"), ("Madera", "CA", "93638"), ("Parlier", "CA", "93648"),
               ("Sanger", "CA", "93657"), ("Kerman", "CA", "93630"), ("Tulare", "CA", "93274"),
               ("Reedley", "CA", "93654")]
EMAIL_DOM = ["gmail.com", "yahoo.com", "icloud.com", "comcast.net", "outlook.com", "hotmail.com", "att.net"]
AREAS = ["559", "209", "661", "805", "916", "213", "787", "602", "503"]

STAFF_RPH = ["J. Tran, RPh", "Adaeze Okonkwo, PharmD", "Marek Dvořák RPh", "L. Whitcombe PharmD", "Farah Qureshi, RPh"]
STAFF_RPH_USER = ["jtran", "aokonkwo", "mdvorak", "lwhitcombe", "fqureshi"]
STAFF_TECH = ["tech.lmorales", "tech.bchau", "tech.rpalmer", "tech.ssingh"]
NURSES = ["K. Mbeki RN", "Tamsin Greaves LPN", "Rosa Ibarra LVN", "D. Sørensen RN", "Precious Ndlovu LPN",
          "Arturo Beltrán RN", "Lena Schultz RN (DON)", "M. Fairweather LVN"]
DRIVERS = [("Dwayne Pettiford", "drv014"), ("Sione Fifita", "drv022"), ("Graciela Montoya", "drv031")]
PRESCRIBERS = []
for nm in [("SUBRAMANIAN", "RAVI"), ("OKAFOR", "HELEN"), ("CARRASCO-VIDAL", "LUIS"), ("LINDQVIST", "ANNA"),
           ("BHATTACHARYA", "SUMIT"), ("HOLLIS", "GRANT")]:
    PRESCRIBERS.append((nm[0], nm[1], npi(), dea(nm[0])))

DRUGS = [  # name, ndc, form, strength, controlled
    ("METOPROLOL TARTRATE 25MG TAB", "00378001801", "TAB", None),
    ("DONEPEZIL HCL 10MG TAB", "00093731056", "TAB", None),
    ("MEMANTINE HCL 10MG TAB", "29300017216", "TAB", None),
    ("LEVOTHYROXINE 50MCG TAB", "00378180301", "TAB", None),
    ("FUROSEMIDE 20MG TAB", "00054429725", "TAB", None),
    ("POTASSIUM CL ER 10MEQ TAB", "00245004101", "TAB", None),
    ("SERTRALINE HCL 50MG TAB", "16729001201", "TAB", None),
    ("QUETIAPINE 25MG TAB", "47335090188", "TAB", None),
    ("AMLODIPINE BESYLATE 5MG TAB", "00093716798", "TAB", None),
    ("LISINOPRIL 10MG TAB", "68180051302", "TAB", None),
    ("ATORVASTATIN 40MG TAB", "00378395277", "TAB", None),
    ("SENNOSIDES 8.6MG TAB", "00904672561", "TAB", None),
    ("DOCUSATE SODIUM 100MG CAP", "00904718761", "CAP", None),
    ("APIXABAN 5MG TAB", "00003089421", "TAB", None),
    ("WARFARIN SODIUM 2MG TAB", "00093171201", "TAB", None),
    ("TAMSULOSIN HCL 0.4MG CAP", "00228299710", "CAP", None),
    ("OMEPRAZOLE DR 20MG CAP", "62175011843", "CAP", None),
    ("GABAPENTIN 100MG CAP", "59762502301", "CAP", None),
    ("CARBIDOPA-LEVODOPA 25-100 TAB", "00228253910", "TAB", None),
    ("MIRTAZAPINE 15MG TAB", "13668004230", "TAB", None),
    ("VITAMIN D3 1000 UNIT TAB", "00904582460", "TAB", None),
]
CDRUGS = [
    ("OXYCODONE HCL 5MG TAB", "00406055201", "TAB", "CII"),
    ("HYDROCODONE-APAP 5-325MG TAB", "00406012301", "TAB", "CII"),
    ("MORPHINE SULF 20MG/ML ORAL SOLN", "00054023749", "ML", "CII"),
    ("FENTANYL 25MCG/HR PATCH", "00781724055", "PATCH", "CII"),
    ("LORAZEPAM 0.5MG TAB", "00591024001", "TAB", "CIV"),
    ("TRAMADOL HCL 50MG TAB", "57664037788", "TAB", "CIV"),
    ("ALPRAZOLAM 0.25MG TAB", "00228202710", "TAB", "CIV"),
    ("PREGABALIN 75MG CAP", "00071101568", "CAP", "CV"),
]
PHARM_NPI = npi()
PARTD = [("610502", "MEDDPRIME", "RXPRIME", "Aetna MedD"), ("004336", "MEDDADV", "RX4471", "SilverScript"),
         ("610097", "9999", "PDPIND", "Humana PDP"), ("015581", "03200000", "LTC01", "WellCare"),
         ("610014", "MEDDPDP", "EXPDP01", "Express Scripts PDP")]


def make_cardholder():
    st = R.randint(0, 3)
    if st == 0:
        return "ZQH" + "".join(R.choice("0123456789") for _ in range(8))
    if st == 1:
        return "W" + "".join(R.choice("0123456789") for _ in range(9))
    if st == 2:
        return "U" + "".join(R.choice("0123456789") for _ in range(10))
    return "H%05d%04d" % (R.randint(0, 99999), R.randint(0, 9999))


def make_resident_id(fc):
    n = R.randint(100, 9999)
    return {"SUNM": "SUN-%06d" % n, "OAKH": "OH%04d" % n, "VVAL": "VV-%02d-%04d" % (R.randint(15, 24), n),
            "STBR": "%09d" % R.randint(100000, 999999), "CDPZ": "CDP/%04d" % n, "MAPL": "MAPL-R%04d" % n,
            "RVPV": "RP%05d" % R.randint(10000, 99999), "HRTG": "HG-%04d" % n}[fc]


PATIENTS = []
used_last = set()
for i in range(40):
    sex = R.choice("FFFM")
    first = R.choice(FIRST_F if sex == "F" else FIRST_M)
    last = LAST[i % len(LAST)]
    fc = R.choice([f[0] for f in FACILITIES])
    dob = date(R.randint(1921, 1952), R.randint(1, 12), R.randint(1, 28))
    age = REF.year - dob.year - ((REF.month, REF.day) < (dob.month, dob.day))
    hc = R.choice(HOME_CITIES)
    rp_last = last if R.random() < 0.6 else R.choice(LAST)
    rsex = R.choice("FM")
    rp = {"first": R.choice(REL_F if rsex == "F" else REL_M), "last": rp_last,
          "rel": R.choice(RELS_F if rsex == "F" else RELS_M), "pron": "she" if rsex == "F" else "he",
          "area": R.choice(AREAS), "num": "555" + "%04d" % R.randint(100, 199)}
    em_local = R.choice(["%s.%s", "%s%s", "%s_%s%d"])
    a = ascii_up(rp["first"]).lower()
    b = ascii_up(rp["last"]).lower().replace(" ", "").replace("'", "")
    if em_local == "%s_%s%d":
        rp["email"] = "%s_%s%d@%s" % (a, b[:6], R.randint(1, 99), R.choice(EMAIL_DOM))
    else:
        rp["email"] = (em_local % (a, b)) + "@" + R.choice(EMAIL_DOM)
    rp["user"] = R.choice([a[0] + b, a + "." + b[:5], b + str(R.randint(10, 99))])
    PATIENTS.append({
        "first": first, "last": last, "mi": R.choice("ABCDEFGHJKLMNPRSTW"), "sex": sex, "dob": dob,
        "age": age, "pid": str(R.randint(880000, 889999)), "fac": fc, "rid": make_resident_id(fc),
        "room": "%d%02d%s" % (R.randint(1, 3), R.randint(1, 40), R.choice(["A", "B", ""])),
        "mbi": mbi(), "medicaid": ("9%08d%s" % (R.randint(0, 99999999), R.choice("ABCDEFGH")))
        if R.random() < 0.5 else None,
        "cardholder": make_cardholder(), "plan": R.choice(PARTD), "ssn": ssn(),
        "street": "%d %s" % (R.randint(100, 9899), R.choice(STREETS)), "city": hc[0], "state": hc[1],
        "zip": hc[2], "rp": rp, "acct": "AR-%07d" % R.randint(10000, 999999),
        "visit": "V%08d" % R.randint(10000000, 99999999),
        "admit": REF - timedelta(days=R.randint(20, 2400)),
    })


def pat_at(fc):
    c = [p for p in PATIENTS if p["fac"] == fc]
    return R.choice(c) if c else R.choice(PATIENTS)


def pat(old=None):
    if old:
        c = [p for p in PATIENTS if p["age"] >= 90]
        return R.choice(c)
    return R.choice(PATIENTS)


def nm(p, style):
    f, l = p["first"], p["last"]
    if style == "LF":
        return "%s, %s" % (l, f)
    if style == "LFU":
        return "%s, %s" % (ascii_up(l), ascii_up(f))
    if style == "FL":
        return "%s %s" % (f, l)
    if style == "FLU":
        return "%s %s" % (ascii_up(f), ascii_up(l))
    if style == "IL":
        return "%s. %s" % (f[0], l)
    if style == "LI":
        return "%s %s." % (l, f[0])
    if style == "LIU":
        return "%s, %s." % (ascii_up(l), ascii_up(f)[0])
    if style == "lower":
        return "%s %s" % (f.lower(), l.lower())
    if style == "hl7":
        return "%s^%s^%s" % (ascii_up(l), ascii_up(f), p["mi"])
    if style == "LFM":
        return "%s, %s %s." % (l, f, p["mi"])
    if style == "title":
        return ("Mrs. " if p["sex"] == "F" else "Mr. ") + l
    raise ValueError(style)


def fac_phone(fc, which=5):
    return FAC[fc][which]


LINES = []


def emit(L):
    LINES.append(L)


# ================================================================= families
# ---------- cycle fill batch (python logging)
BATCH_SEQ = [40]


def blk_cyclefill():
    fc = R.choice([f[0] for f in FACILITIES])
    BATCH_SEQ[0] += 1
    bid = "CF-%s-%s-%02d" % (NOW.strftime("%Y%m%d"), fc, R.randint(1, 3))
    job = "CF%s-%04d" % (NOW.strftime("%Y%m%d"), BATCH_SEQ[0])
    cstart = (NOW + timedelta(days=3)).date()
    nres = R.randint(40, 160)
    tick()
    emit(Line("cyclefill_pylog").t("%s INFO cyclefill.scheduler: batch %s queued facility=%s cycle_start=%s "
                                  "cycle_days=28 residents=%d pass_times=[0800,1200,1700,2100] worker=cf-worker-%d"
                                  % (ts_py(), bid, fc, cstart.isoformat(), nres, R.randint(1, 4))))
    tick(1, 4)
    if R.random() < 0.5:
        emit(Line("cyclefill_pylog").t("%s INFO cyclefill.profile: loaded %d active profiles (%d on LOA, %d discharged "
                                  "pending) in %.2fs" % (ts_py(), nres, R.randint(0, 4), R.randint(0, 3),
                                                              R.uniform(0.4, 3.2))))
    pool = [x for x in PATIENTS if x["fac"] == fc] or PATIENTS
    for p in R.sample(pool, min(len(pool), R.randint(1, 3))):
        tick(0, 2)
        L = Line("cyclefill_pylog").t("%s DEBUG cyclefill.profile: pt_id=" % ts_py()).p(p["pid"], "mrn")
        L.t(' name="').p(nm(p, "LFU"), "name").t('" rm=%s scheduled=%d prn=%d cards=%d'
                                                   % (p["room"], R.randint(4, 14), R.randint(0, 4), R.randint(3, 12)))
        emit(L)
    r = R.random()
    if r < 0.4:
        p = pat_at(fc)
        tick(0, 3)
        loa = REF - timedelta(days=R.randint(1, 6))
        L = Line("cyclefill_pylog").t("%s WARNING cyclefill.rules: pt_id=" % ts_py()).p(p["pid"], "mrn")
        L.t(" on hospital LOA since ").p(fmt_date(loa, "us"), "date").t(" -- holding %d cards, bed-hold flag set"
                                                                        % R.randint(3, 10))
        emit(L)
    elif r < 0.7:
        p = pat_at(fc)
        tick(0, 3)
        stop = REF + timedelta(days=R.randint(3, 20))
        L = Line("cyclefill_pylog").t("%s WARNING cyclefill.rules: order RX%d (pt_id=" % (ts_py(), R.randint(7700000, 7799999)))
        L.p(p["pid"], "mrn").t(") stop_date=").p(stop.isoformat(), "date").t(" inside cycle; partial card qty=%d"
                                                                              % R.randint(6, 24))
        emit(L)
    else:
        tick(0, 3)
        emit(Line("cyclefill_pylog").t("%s ERROR cyclefill.export: VBM queue \\\\vbm01\\jobs\\inbox unreachable "
                                      "(ConnectionRefusedError: [Errno 111] Connection refused) retry %d/5"
                                      % (ts_py(), R.randint(1, 4))))
    tick(30, 400)
    emit(Line("cyclefill_pylog").t("%s INFO cyclefill.export: wrote job %s.job (%d cards, %d doses) sha1=%s"
                                  % (ts_py(), job, R.randint(20, 80), R.randint(600, 2400), hexs(40))))
    tick(600, 2400)
    m = R.randint(8, 55)
    emit(Line("cyclefill_pylog").t("%s INFO cyclefill.batch: batch %s complete cards=%d rejects=%d elapsed=00:%02d:%02d "
                                  "peak_rss=%dMB" % (ts_py(), bid, R.randint(300, 1800), R.randint(0, 6), m,
                                                      R.randint(0, 59), R.randint(180, 700))))


# ---------- blister machine serial trace
MACH = [("VBM200F", "VBM2-0093-1174", "ttyS1"), ("JVM-ATDPS", "JV-22A-00417", "ttyUSB0"),
        ("TCG-PV2", "PV2-18-3320", "COM4")]


def hexdump_line(off, data):
    hx = " ".join("%02X" % b for b in data)
    asc = "".join(chr(b) if 32 <= b < 127 else "." for b in data)
    return "%04X: %-47s  %s" % (off, hx, asc)


def blk_serial():
    model, sn, port = R.choice(MACH)
    tick()
    pid = R.randint(1800, 2600)
    pre = "%s vbm-bridge[%d]: %s " % (ts_iso(), pid, port)
    poll = R.random() < 0.5
    if poll:
        emit(Line("serial_trace").t(pre + "TX 0009 <STX>ENQ STAT<ETX>4C"))
    tick(0, 1)
    pre = "%s vbm-bridge[%d]: %s " % (ts_iso(), pid, port)
    frame = "ST|READY|TRAY=%d|TEMP=%.1fC|HUM=%d%%|DOOR=CLOSED|FW=4.%d.%d" % (R.randint(1, 6), R.uniform(19, 24),
                                                                            R.randint(28, 52), R.randint(0, 9), R.randint(0, 30))
    if poll:
        emit(Line("serial_trace").t(pre + "RX %04d <STX>%s<ETX>%02X" % (len(frame) + 3, frame, R.randint(0, 255))))
    if poll and R.random() < 0.5:
        data = (b"\x02" + frame.encode())[:32]
        for off in (0, 16):
            emit(Line("serial_trace").t("%s vbm-bridge[%d]: %s RX  %s" % (ts_iso(), pid, port,
                                                                         hexdump_line(off, data[off:off + 16]))))
    sfac = R.choice(list(FAC))
    for _ in range(R.randint(1, 3)):
        p = pat_at(sfac)
        d = R.choice(DRUGS)
        fill = REF + timedelta(days=R.choice([0, 0, 1]))
        tick(0, 2)
        L = Line("serial_trace").t("%s vbm-bridge[%d]: %s TX %04d <STX>LBL|CARD=%04d|PNAME=" % (
            ts_iso(), pid, port, R.randint(150, 240), R.randint(1, 999)))
        L.p(nm(p, "LFU"), "name").t("|PID=").p(p["pid"], "mrn").t("|RM=%s|FAC=%s|DRUG=%s|NDC=%s|SIG=1 %s BY MOUTH %s|PASS=%s|FILL="
                                                                   % (p["room"], p["fac"], d[0], d[1], d[2],
                                                                      R.choice(["DAILY", "TWICE DAILY", "AT BEDTIME"]),
                                                                      R.choice(["0800", "2000", "1200", "2100"])))
        L.p(fmt_date(fill, "mdy6"), "date").t("|RPH=%s<ETX>%02X" % (R.choice(["JT", "AO", "MD", "LW"]), R.randint(0, 255)))
        emit(L)
        tick(0, 2)
        if R.random() < 0.4:
            emit(Line("serial_trace").t("%s vbm-bridge[%d]: %s RX 0004 <ACK>" % (ts_iso(), pid, port)))
    if R.random() < 0.35:
        tick(0, 5)
        emit(Line("serial_trace").t("%s vbm-bridge[%d]: %s RX 0022 <STX>ERR|E31|CANISTER=%d|JAM<ETX>%02X"
                                    % (ts_iso(), pid, port, R.randint(1, 320), R.randint(0, 255))))
        tick(0, 1)
        emit(Line("serial_trace").t("%s vbm-bridge[%d]: WARN machine %s s/n %s paused: canister jam, operator=%s"
                                    % (ts_iso(), pid, model, sn, R.choice(STAFF_TECH))))


# ---------- packaging job files
def blk_jobfile():
    fc = R.choice([f[0] for f in FACILITIES])
    BATCH_SEQ[0] += 1
    job = "CF%s-%04d" % (NOW.strftime("%Y%m%d"), BATCH_SEQ[0])
    model, sn, port = R.choice(MACH)
    tick()
    if R.random() < 0.6:
        emit(Line("jobfile_semicolon").t("H;%s;%s;%s;%s;28;%s;%s" % (job, fc, ascii_up(FAC[fc][1]),
                                                                   (NOW + timedelta(days=3)).strftime("%Y%m%d"), model, sn)))
        ncards = 0
        for _ in range(R.randint(1, 2)):
            p = pat_at(fc)
            L = Line("jobfile_semicolon").t("P;").p(p["pid"], "mrn").t(";").p(ascii_up(p["last"]), "name").t(";")
            L.p(ascii_up(p["first"]), "name").t(";%s;" % p["sex"]).p(fmt_date(p["dob"], "ymd"), "date")
            L.t(";%s;%s" % (p["room"], R.choice(["1WEST", "2WEST", "EAST", "MEM", "ALF-B"])))
            emit(L)
            for _ in range(R.randint(1, 2)):
                d = R.choice(DRUGS)
                ncards += 1
                L = Line("jobfile_semicolon").t("D;").p(p["pid"], "mrn").t(";%s;%s;1;%s;28;RX%d" % (
                    d[1], d[0], R.choice(["0800", "0800,2000", "2100", "0800,1200,1700"]), R.randint(7700000, 7799999)))
                emit(L)
        emit(Line("jobfile_semicolon").t("T;%s;cards=%d;doses=%d;crc32=%s" % (job, ncards, ncards * 28, hexs(8).upper())))
    else:
        emit(Line("jobfile_xml").t('<?xml version="1.0" encoding="UTF-8"?>'))
        emit(Line("jobfile_xml").t('<PackJob id="%s" facility="%s" machine="%s" serial="%s" created="%s">'
                                   % (job, fc, model, sn, NOW.strftime("%Y-%m-%dT%H:%M:%S"))))
        p = pat_at(fc)
        L = Line("jobfile_xml").t('  <Patient ID="').p(p["pid"], "mrn").t('" Name="').p(nm(p, "LF"), "name")
        L.t('" DOB="').p(p["dob"].isoformat(), "date").t('" Room="%s" Allergies="%s"/>' % (
            p["room"], R.choice(["NKDA", "PCN", "SULFA;CODEINE", "LATEX"])))
        emit(L)
        for _ in range(R.randint(1, 2)):
            d = R.choice(DRUGS)
            emit(Line("jobfile_xml").t('  <Dose ndc="%s" desc="%s" time="%s" qty="1" days="28" lot="%s" exp="%s"/>'
                                       % (d[1], d[0], R.choice(["0800", "1200", "2000"]),
                                          "L" + hexs(6).upper(), "2025-%02d" % R.randint(1, 12))))
        emit(Line("jobfile_xml").t("</PackJob>"))


# ---------- fax server + OCR
FAXSEQ = [4460]


def blk_fax(kind=None, rpfax=False):
    fc = R.choice([f[0] for f in FACILITIES])
    FAXSEQ[0] += 1
    n = FAXSEQ[0]
    pages = R.randint(1, 4)
    tick(20, 300)
    if R.random() < 0.4:
        emit(Line("hylafax_syslog").t("%s faxsrv01 FaxGetty[%d]: ANSWER: FAX CONNECTION  DEVICE '/dev/ttyIAX%d'"
                                      % (ts_sys(), R.randint(3000, 3999), R.randint(0, 3))))
    tick(20, 60)
    if R.random() < 0.6:
        emit(Line("hylafax_syslog").t('%s faxsrv01 FaxGetty[%d]: RECV FAX: from %s, page %d in 0:%02d, INF, 7.7 LPMM, 1728 pels, 2D MR'
                                      % (ts_sys(), R.randint(3000, 3999), "1" + FAC[fc][6], pages, R.randint(20, 59))))
    tick(1, 3)
    emit(Line("hylafax_syslog").t('%s faxsrv01 faxq[1023]: JOB %d: recvq/fax%06d.tif received %d pages from "%s" <%s>'
                                  % (ts_sys(), n, n, pages, ascii_up(FAC[fc][1])[:20], FAC[fc][6])))
    tick(2, 8)
    doc = "FX%06d" % n
    thr = R.randint(1, 6)
    emit(Line("ocr_logback").t("%s [ocr-worker-%d] INFO  c.k.fax.OcrPipeline - doc=%s page=1/%d engine=tesseract-5.3.4 "
                               "conf=%.1f words=%d deskew=%.1fdeg" % (ts_java(), thr, doc, pages, R.uniform(61, 96),
                                                                       R.randint(80, 420), R.uniform(-2, 2))))
    p = pat_at(fc)
    if kind is None:
        kind = R.random()
    if kind < 0.35:
        # field extraction with OCR errors
        name = nm(p, "LFU")
        if R.random() < 0.5:
            name = name.replace("I", "l", 1) if "I" in name else name.replace("O", "0", 1)
        dob = fmt_date(p["dob"], "us")
        if R.random() < 0.5:
            dob = dob.replace("1", "l", 1)
        tick(0, 1)
        emit(Line("ocr_logback").p("", None).t("%s [ocr-worker-%d] DEBUG c.k.fax.FieldExtractor - doc=%s field=patient_name value=\""
                                                 % (ts_java(), thr, doc)).p(name, "name")
             .t("\" conf=%.2f bbox=[%d,%d,%d,%d]" % (R.uniform(0.5, 0.95), R.randint(80, 140), R.randint(300, 360),
                                                      R.randint(600, 700), R.randint(370, 400))))
        tick(0, 1)
        emit(Line("ocr_logback").t("%s [ocr-worker-%d] DEBUG c.k.fax.FieldExtractor - doc=%s field=dob value=\""
                                   % (ts_java(), thr, doc)).p(dob, "date").t("\" conf=%.2f" % R.uniform(0.4, 0.95)))
        tick(0, 2)
        if R.random() < 0.7:
            emit(Line("ocr_logback").t("%s [ocr-worker-%d] INFO  c.k.fax.PatientMatcher - doc=%s matched patient "
                                       % (ts_java(), thr, doc)).p(p["pid"], "mrn")
                 .t(" score=%.2f keys=[name,dob,facility] queue=ORDER_ENTRY" % R.uniform(0.8, 0.99)))
        else:
            emit(Line("ocr_logback").t("%s [ocr-worker-%d] WARN  c.k.fax.PatientMatcher - doc=%s no match for name='"
                                       % (ts_java(), thr, doc)).p(nm(p, "lower"), "name").t("' dob='")
                 .p(fmt_date(p["dob"], "iso"), "date").t("' fac=%s -> MANUAL_REVIEW" % fc))
    elif kind < 0.7:
        # raw OCR text with escaped newlines
        pr = R.choice(PRESCRIBERS)
        d1, d2 = R.sample(DRUGS, 2)
        tick(0, 1)
        L = Line("ocr_logback").t("%s [ocr-worker-%d] TRACE c.k.fax.OcrPipeline - doc=%s page=1 text=\"PHYSICIAN ORDER  %s\\n"
                                  % (ts_java(), thr, doc, ascii_up(FAC[fc][1])))
        L.t("Resident: ").p(nm(p, R.choice(["LF", "LFU"])), "name").t("   Rm %s\\nDOB: " % p["room"])
        L.p(fmt_date(p["dob"], R.choice(["us", "us_short"])), "date").t("   MR#: ").p(p["rid"], "mrn")
        if p["age"] >= 90 and R.random() < 0.7:
            L.t("  Age: ").p(str(p["age"]), "age")
        L.t("\\nD/C %s. Start %s 1 PO daily\\nDr. %s %s  NPI %s\\nFax back to pharmacy (559) 555-0100\\n\""
            % (d1[0].lower(), d2[0].lower(), pr[1].title()[0] + ".", pr[0].title(), pr[2]))
        emit(L)
    else:
        # face sheet page with responsible party
        rp = p["rp"]
        tick(0, 1)
        L = Line("ocr_logback").t("%s [ocr-worker-%d] TRACE c.k.fax.OcrPipeline - doc=%s page=%d text=\"ADMISSION FACE SHEET\\n"
                                  % (ts_java(), thr, doc, pages))
        L.t("Name: ").p(nm(p, "LFM"), "name").t("  Sex: %s  DOB: " % p["sex"]).p(fmt_date(p["dob"], "dmy_mon"), "date")
        if p["age"] >= 90:
            L.t("  Age: ").p(str(p["age"]), "age")
        L.t("\\nAdmit: ").p(fmt_date(p["admit"], "us"), "date").t("  From: Community Regional MC\\nSSN: ").p(p["ssn"], "ssn")
        L.t("  Medicare: ").p(p["mbi"], "health_plan")
        if p["medicaid"]:
            L.t("  Medi-Cal: ").p(p["medicaid"], "health_plan")
        L.t("\\nPrior address: ").p(p["street"], "address").t(", ").p(p["city"], "address").t(", %s " % p["state"]).p(p["zip"], "zip")
        L.t("\\nResp. party: ").p("%s %s" % (rp["first"], rp["last"]), "name").t(" (%s)  Ph " % rp["rel"])
        L.p(fmt_phone(rp["area"], rp["num"], R.choice([0, 1, 4])), "phone")
        if rpfax or R.random() < 0.5:
            L.t("  Fax ").p(fmt_phone(rp["area"], "555" + "%04d" % R.randint(100, 199), 1), "fax")
        L.t("\\n\"")
        emit(L)
    tick(1, 5)
    emit(Line("ocr_logback").t("%s [ocr-worker-%d] INFO  c.k.fax.OcrPipeline - doc=%s done pages=%d elapsed_ms=%d "
                               "archived=s3://kltc-fax-archive/%s/%s.pdf"
                               % (ts_java(), thr, doc, pages, R.randint(800, 9000), NOW.strftime("%Y/%m/%d"), doc)))


# ---------- eMAR CSV exports
EMAR_HDR = "ResidentID,ResidentName,DOB,Room,Medication,Dose,Route,ScheduledTime,AdministeredTime,AdministeredBy,Status,Reason"


def blk_emar_csv():
    fc = R.choice([f for f in FAC if f != "CDPZ"])
    tick(30, 200)
    emit(Line("sftp_syslog").t("%s sftp01 sftp-server[%d]: open \"/inbound/%s/emar_export_%s.csv\" flags WRITE,CREATE,TRUNCATE mode 0644"
                               % (ts_sys(), R.randint(10000, 30000), fc.lower(), NOW.strftime("%Y%m%d_%H%M"))))
    if R.random() < 0.7:
        emit(Line("emar_csv").t(EMAR_HDR))
    for _ in range(R.randint(2, 4)):
        p = pat_at(fc)
        d = R.choice(DRUGS + CDRUGS[:3])
        sched = datetime.combine(REF, datetime.min.time()) + timedelta(hours=R.choice([8, 12, 17, 21]))
        st = R.choice(["Given", "Given", "Given", "Refused", "Held", "Given"])
        L = Line("emar_csv").p(p["rid"], "mrn").t(",\"").p(nm(p, "LF"), "name").t("\",")
        L.p(fmt_date(p["dob"], "us"), "date").t(",%s,%s,1 %s,PO," % (p["room"], d[0].capitalize(), d[2].lower()))
        L.p(sched.strftime("%m/%d/%Y %H:%M"), "date").t(",")
        if st in ("Given",):
            adm = sched + timedelta(minutes=R.randint(-30, 55))
            L.p(adm.strftime("%m/%d/%Y %H:%M"), "date").t(",%s,%s," % (R.choice(NURSES), st))
        else:
            L.t(",%s,%s,%s" % (R.choice(NURSES), st, R.choice(["Resident refused", "SBP < 100", "Hospital LOA", "NPO for procedure"])))
        emit(L)
    tick(1, 3)
    emit(Line("sftp_syslog").t("%s sftp01 sftp-server[%d]: close \"/inbound/%s/emar_export_%s.csv\" bytes read 0 written %d"
                               % (ts_sys(), R.randint(10000, 30000), fc.lower(), NOW.strftime("%Y%m%d_%H%M"), R.randint(4000, 90000))))


def blk_emar_es():
    tick(30, 200)
    emit(Line("emar_csv_es").t("id_residente;nombre;fecha_nac;habitacion;medicamento;dosis;via;hora_programada;hora_admin;enfermera;estado;observaciones"))
    for _ in range(R.randint(1, 3)):
        p = R.choice([x for x in PATIENTS if x["fac"] == "CDPZ"] or PATIENTS)
        d = R.choice(DRUGS)
        sched = datetime.combine(REF, datetime.min.time()) + timedelta(hours=R.choice([8, 13, 18, 21]))
        adm = sched + timedelta(minutes=R.randint(-20, 40))
        L = Line("emar_csv_es").p(p["rid"], "mrn").t(";").p(nm(p, "FL"), "name").t(";")
        L.p(fmt_date(p["dob"], "eu"), "date").t(";%s;%s;1;oral;" % (p["room"], d[0].lower()))
        estado = R.choice(["administrado", "administrado", "administrado", "rehusado"])
        L.p(sched.strftime("%d/%m/%Y %H:%M"), "date").t(";")
        if estado == "administrado":
            L.p(adm.strftime("%d/%m/%Y %H:%M"), "date")
        L.t(";%s;%s;%s" % (R.choice(["Enf. Carmen Rosado", "Enf. Wilfredo Pagán", "Lcda. Ivelisse Toro"]),
                           estado,
                           R.choice(["", "con alimentos", "paciente somnoliento", "PA 102/60"])))
        emit(L)


def photo_b64():
    head = "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/"
    body = "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(R.randint(160, 260)))
    return head + body + "=="


def blk_emar_json(photo=None):
    p = pat()
    tick(10, 120)
    L = Line("emar_json")
    items = [("exportedAt", ts_iso(), None), ("facilityCode", p["fac"], None), ("residentId", p["rid"], "mrn"),
             ("lastName", p["last"], "name"), ("firstName", p["first"], "name"),
             ("dateOfBirth", p["dob"].isoformat(), "date")]
    if p["age"] >= 90:
        items.append(("age", p["age"], "age"))
    items += [("admitDate", p["admit"].isoformat(), "date"), ("room", p["room"], None),
              ("codeStatus", R.choice(["DNR", "FULL", "DNR/DNI", "POLST-comfort"]), None),
              ("allergies", R.choice(["NKDA", "penicillin", "sulfa; morphine"]), None)]
    if photo is None:
        photo = R.random() >= 0.5
    if not photo:
        items.append(("photoUrl", "https://emar.pccloud-ltc.example/fac/%s/residents/%s/photo.jpg" % (p["fac"], p["rid"].replace("/", "%2F")), "url"))
    else:
        items.append(("photo", "data:image/jpeg;base64,", None))
    jobj(L, items)
    # if base64 photo: rebuild precisely
    if items[-1][0] == "photo":
        L = Line("emar_json")
        items[-1] = ("photo", Seg(["data:image/jpeg;base64,", (photo_b64(), "photo")]), None)
        jobj(L, items)
    emit(L)


# ---------- HL7 RDE / RAS
MSGCTL = [881200]


def msh(typ, sender, fc):
    MSGCTL[0] += R.randint(1, 9)
    return "MSH|^~\\&|%s|%s|KEYSTONE_RX|KLTC|%s||%s|%s%d|P|2.5.1|||AL|NE" % (
        sender, fc, ts_hl7(), typ, sender[:3], MSGCTL[0])


def pid_seg(L, p, full=True):
    L.t("PID|1||").p(p["pid"], "mrn").t("^^^KLTC^PI~").p(p["rid"], "mrn").t("^^^%s^MR||" % p["fac"])
    L.p(nm(p, "hl7"), "name").t("||").p(fmt_date(p["dob"], "ymd"), "date").t("|%s|" % p["sex"])
    if full:
        L.t("||").p(ascii_up(p["street"]), "address").t("^^").p(ascii_up(p["city"]), "address").t("^%s^" % p["state"])
        L.p(p["zip"], "zip").t("^USA||").p(fmt_phone(p["rp"]["area"], p["rp"]["num"], 0), "phone")
        L.t("|||||").p(p["acct"], "account").t("|").p(p["ssn"], "ssn")
    return L


def blk_hl7_rde():
    p = pat()
    fc = p["fac"]
    pr = R.choice(PRESCRIBERS)
    d = R.choice(DRUGS + CDRUGS)
    tick(5, 90)
    emit(Line("hl7_rde").t(msh("RDE^O11^RDE_O11", "PCC_EMAR", fc)))
    emit(pid_seg(Line("hl7_rde"), p, full=R.random() < 0.6))
    L = Line("hl7_rde").t("PV1|1|R|%s^%s^%s^%s||||%s^%s^%s^^^DR|||||||||||" % (
        R.choice(["2WEST", "1EAST", "MEM", "ALF"]), p["room"][:3], p["room"][3:] or "A", fc, pr[2], pr[0], pr[1]))
    L.p(p["visit"], "other_id")
    emit(L)
    emit(Line("hl7_rde").t("ORC|NW|ORD-%d^PCC|||||^^^%s^^R||%s|%s^%s^%s^^^%s||%s^%s^%s^^^DR" % (
        R.randint(5500000, 5599999), NOW.strftime("%Y%m%d"), ts_hl7(),
        "NURSE%02d" % R.randint(1, 40), *R.choice([("IBARRA", "ROSA", "LVN"), ("MBEKI", "KAGISO", "RN"), ("GREAVES", "TAMSIN", "LPN")]),
        pr[2], pr[0], pr[1])))
    start = REF + timedelta(days=R.randint(0, 2))
    L = Line("hl7_rde").t("RXE|^%s&%s^^" % (R.choice(["BID", "QD", "QHS", "TID"]), R.choice(["0800,2000", "0800", "2100"])))
    L.p(fmt_date(start, "ymd"), "date").t("|%s^%s^NDC|1||%s|%s|||||30||||||%s|" % (
        d[1], d[0], d[2], d[2], pr[3] if d[3] else ""))
    emit(L)
    if R.random() < 0.4:
        emit(Line("hl7_rde").t("RXR|PO^ORAL^HL70162"))


def blk_hl7_ras():
    p = pat()
    fc = p["fac"]
    d = R.choice(DRUGS + CDRUGS)
    tick(5, 90)
    emit(Line("hl7_ras").t(msh("RAS^O17^RAS_O17", "EMAR_QS", fc)))
    emit(pid_seg(Line("hl7_ras"), p, full=False))
    if R.random() < 0.5:
        emit(Line("hl7_ras").t("ORC|RE|ORD-%d^PCC" % R.randint(5500000, 5599999)))
    adm = NOW - timedelta(minutes=R.randint(2, 50))
    a = adm.strftime("%Y%m%d%H%M")
    L = Line("hl7_ras").t("RXA|0|1|").p(a, "date").t("|").p(a, "date").t("|%s^%s^NDC|1|%s||||%s^%s^%s^^^%s|||||||CP|A" % (
        d[1], d[0], d[2], "NURSE%02d" % R.randint(1, 40),
        *R.choice([("IBARRA", "ROSA", "LVN"), ("NDLOVU", "PRECIOUS", "LPN"), ("BELTRAN", "ARTURO", "RN")])))
    emit(L)
    if R.random() < 0.3:
        emit(Line("hl7_ras").t("RXR|PO^ORAL^HL70162"))


def blk_hl7_ack():
    tick(1, 5)
    MSGCTL[0] += 1
    c = MSGCTL[0]
    emit(Line("hl7_ack").t("MSH|^~\\&|KEYSTONE_RX|KLTC|PCC_EMAR|%s|%s||ACK^O12^ACK|KRX%d|P|2.5.1"
                           % (R.choice(list(FAC)), ts_hl7(), c)))
    code = R.choice(["AA", "AA", "AA", "AE"])
    emit(Line("hl7_ack").t("MSA|%s|PCC%d%s" % (code, c - R.randint(1, 30), "" if code == "AA" else "|RXE-2 NDC not on formulary")))


def blk_mirth():
    p = pat()
    tick(3, 60)
    ch = R.choice(["EMAR_RAS_IN", "PCC_RDE_IN", "FAC_ADT_IN"])
    L = Line("mirth_json")
    L.t('{"ts":"%s","level":"ERROR","logger":"com.mirth.connect.server.channel.%s","thread":"pool-%d-thread-%d",'
        % (ts_iso(), ch, R.randint(1, 4), R.randint(1, 20)))
    L.t('"msg":"Transformer error: Unknown RXE-2 identifier","messageId":%d,"raw":"' % R.randint(100000, 999999))
    L.t(msh("ADT^A03^ADT_A03" if ch == "FAC_ADT_IN" else "RDE^O11^RDE_O11", "PCC_EMAR", p["fac"]).replace("\\", "\\\\"))
    L.t("\\r")
    # PID inline
    L.t("PID|1||").p(p["pid"], "mrn").t("^^^KLTC^PI||").p(nm(p, "hl7"), "name").t("||").p(fmt_date(p["dob"], "ymd"), "date")
    L.t("|%s\\r" % p["sex"])
    if ch == "FAC_ADT_IN":
        disch = NOW - timedelta(hours=R.randint(1, 20))
        L.t("PV1|1|R|||||||||||||||||").p(p["visit"], "other_id").t("|||||||||||||||||||01||||||||").p(
            p["admit"].strftime("%Y%m%d"), "date").t("|").p(disch.strftime("%Y%m%d%H%M"), "date").t('\\r"}')
    else:
        L.t("RXE|^QD^^|99999999999^UNKNOWN ITEM^NDC|1||TAB\\r\"}")
    emit(L)


# ---------- controlled substance audit
def blk_cs_audit():
    fc = R.choice(list(FAC))
    tick(30, 600)
    cart = R.choice(["EAST-1", "WEST-2", "MEM-A", "2N", "ALF-MED"])
    n_out, n_in = R.sample(NURSES, 2)
    disc = R.choice([0, 0, 0, 1])
    L = Line("cs_audit_json")
    jobj(L, [("ts", ts_iso(), None), ("type", "SHIFT_COUNT", None), ("facility", fc, None), ("cart", cart, None),
             ("out_nurse", n_out, None), ("in_nurse", n_in, None), ("items", R.randint(8, 40), None),
             ("discrepancies", disc, None), ("audit_id", "CSA-%s-%04d" % (NOW.strftime("%y%m%d"), R.randint(1, 9999)), None)])
    emit(L)
    for _ in range(R.randint(1, 2)):
        p = pat_at(fc)
        d = R.choice(CDRUGS)
        la = NOW - timedelta(hours=R.randint(1, 9), minutes=R.randint(0, 59))
        L = Line("cs_audit_json")
        jobj(L, [("ts", ts_iso(), None), ("type", "PROOF_OF_USE", None), ("facility", fc, None),
                 ("resident", [("name", nm(p, "LFU"), "name"), ("id", p["rid"], "mrn")], None),
                 ("rx", str(R.randint(7700000, 7799999)), None), ("drug", d[0], None), ("schedule", d[3], None),
                 ("card", "%s-%07d" % (d[3], R.randint(1, 9999999)), None), ("start_qty", 30, None),
                 ("on_hand", R.randint(2, 29), None), ("last_admin", la.strftime("%Y-%m-%dT%H:%M:00"), "date"),
                 ("by", R.choice(NURSES), None)])
        emit(L)
    if disc:
        p = pat_at(fc)
        tick(60, 600)
        L = Line("cs_audit_json")
        jobj(L, [("ts", ts_iso(), None), ("type", "DISCREPANCY_RESOLVED", None), ("facility", fc, None), ("cart", cart, None),
                 ("note", Seg(["count off by 1 on card for ", (nm(p, "LIU"), "name"),
                               "; wasted dose at 0200 pass not documented, waste co-signed late by %s. DON notified." % n_in]), None),
                 ("resolved_by", "Lena Schultz RN (DON)", None)])
        emit(L)


# ---------- destruction witness log
DEST_HDR = "log_id,destroyed_on,facility,resident,resident_id,rx_no,drug,schedule,qty,unit,method,reason,witness_1,witness_2,dea41_ref"


def blk_destruction():
    tick(60, 900)
    fc = R.choice(list(FAC))
    if R.random() < 0.7:
        emit(Line("destruction_csv").t(DEST_HDR))
    for i in range(R.randint(1, 3)):
        p = pat_at(fc)
        d = R.choice(CDRUGS)
        reason_kind = R.choice(["expired", "discharged", "dc", "refused"])
        L = Line("destruction_csv").t("DW-%s-%02d,%s,%s,\"" % (NOW.strftime("%Y-%m%d"), i + 1, NOW.date().isoformat(), fc))
        L.p(nm(p, "LF"), "name").t("\",").p(p["rid"], "mrn").t(",%d,%s,%s,%s,%s,Rx Destroyer,"
                                                               % (R.randint(7700000, 7799999), d[0], d[3],
                                                                  R.choice(["12.5", "4", "17", "30", "2"]),
                                                                  "mL" if d[2] == "ML" else d[2].lower()))
        when = REF - timedelta(days=R.randint(1, 20))
        if reason_kind == "expired":
            L.t("resident expired ").p(when.isoformat(), "date")
        elif reason_kind == "discharged":
            L.t("discharged home ").p(fmt_date(when, "us"), "date")
        elif reason_kind == "dc":
            L.t("order discontinued")
        else:
            L.t("contaminated/refused dose")
        w1, w2 = R.choice(STAFF_RPH), R.choice(NURSES)
        L.t(",%s,%s,41-%05d" % (w1.replace(",", ""), w2, R.randint(10000, 99999)))
        emit(L)
    tick(5, 30)
    emit(Line("destruction_kv").t('%s level=info svc=cs-destruction event=WITNESS_SIGN log_id=DW-%s-01 witness="%s" pin_ok=true '
                                  'device=tab-%s-%02d sig_sha256=%s' % (ts_iso(), NOW.strftime("%Y-%m%d"), R.choice(NURSES),
                                                                        fc.lower(), R.randint(1, 9), hexs(64))))


# ---------- route manifest + driver app
def blk_route():
    tick(60, 900)
    route = "R%02d" % R.randint(1, 12)
    drv, dcode = R.choice(DRIVERS)
    if R.random() < 0.75:
        emit(Line("route_csv").t("route_id,stop_seq,stop_type,facility_code,recipient,address,city,zip,window,totes,cs_bags,rx_count,notes"))
    stops = R.sample(list(FAC), 3)
    seq = 0
    for fc in stops[:2]:
        seq += 1
        f = FAC[fc]
        emit(Line("route_csv").t("%s,%d,FACILITY,%s,\"%s\",%s,%s,%s,%s,%d,%d,%d,%s" % (
            route, seq, fc, f[1], f[2], f[3], f[4], R.choice(["0600-0800", "1300-1500", "1900-2100"]),
            R.randint(1, 9), R.randint(0, 3), R.randint(10, 140), R.choice(["", "dock B", "call charge nurse " + fmt_phone(f[5][:3], f[5][3:], 1)]))))
    home = R.random() < 0.6
    p = pat()
    if home:
        seq += 1
        L = Line("route_csv").t("%s,%d,HOME,,\"" % (route, seq)).p(nm(p, "LF"), "name").t("\",").p(p["street"], "address").t(",")
        L.p(p["city"], "address").t(",").p(p["zip"], "zip").t(",1500-1700,1,%d,%d,hospice comfort kit - " % (R.randint(0, 1), R.randint(1, 6)))
        L.t("call ").p(p["rp"]["first"], "name").t(" ").p(fmt_phone(p["rp"]["area"], p["rp"]["num"], 2), "phone").t(" on arrival")
        emit(L)
    # driver app logcat
    pidn, tid = R.randint(3000, 9000), R.randint(3000, 9000)
    tick(300, 1500)
    emit(Line("driver_logcat").t("%s  %d  %d I RouteSync: route=%s driver=%s started stops=%d odometer=%d" % (
        ts_logcat(), pidn, tid, route, dcode, seq, R.randint(40000, 120000))))
    for s, fc in enumerate(stops[:2], 1):
        tick(600, 1800)
        emit(Line("driver_logcat").t("%s  %d  %d I RouteSync: stop %d/%d ARRIVED facility=%s lat=%.5f lon=%.5f acc=%dm" % (
            ts_logcat(), pidn, tid, s, seq, fc, R.uniform(36.3, 37.0), R.uniform(-120.1, -119.3), R.randint(3, 25))))
        tick(120, 600)
        emit(Line("driver_logcat").t('%s  %d  %d I PodCapture: signature stop=%d signer="%s" totes=%d cs_bags=%d photo=pod_%s.jpg' % (
            ts_logcat(), pidn, pidn, s, R.choice(NURSES), R.randint(1, 9), R.randint(0, 3), hexs(12))))
    if R.random() < 0.4:
        tick(5, 60)
        emit(Line("driver_logcat").t("%s  %d  %d W OkHttp: --> POST https://api.keystoneltc.com/v1/pod failed: "
                                     "java.net.SocketTimeoutException: timeout (queued, retry in 30s)" % (ts_logcat(), pidn, tid)))
    if home and R.random() < 0.5:
        tick(5, 60)
        L = Line("driver_logcat").t('%s  %d  %d I RouteSync: note stop=%d text="' % (ts_logcat(), pidn, tid, seq))
        L.t(R.choice(["gate code %d#, " % R.randint(1000, 9999), "side door, ", "apt upstairs, "]))
        L.p(p["rp"]["first"], "name").t(" (%s) meets driver, dog in yard" % p["rp"]["rel"]).t('" author=dispatch')
        emit(L)
    if home:
        tick(900, 2000)
        L = Line("driver_logcat").t("%s  %d  %d I RouteSync: stop %d/%d ARRIVED type=HOME pt=" % (ts_logcat(), pidn, tid, seq, seq))
        L.p(p["pid"], "mrn").t(' addr="').p(p["street"], "address").t('" lat=').p("%.5f" % R.uniform(36.3, 37.0), "address")
        L.t(" lon=").p("%.5f" % R.uniform(-120.1, -119.3), "address").t(" acc=%dm" % R.randint(3, 25))
        emit(L)
        tick(60, 300)
        rp = p["rp"]
        L = Line("driver_logcat").t('%s  %d  %d I PodCapture: signature stop=%d signer="' % (ts_logcat(), pidn, pidn, seq))
        L.p("%s %s" % (rp["first"], rp["last"]), "name").t('" rel=%s' % rp["rel"])
        if R.random() < 0.6:
            L.t(" id_check=DL:").p("%s%07d" % (R.choice("ABDFNYZ"), R.randint(0, 9999999)), "license").t(" state=%s" % p["state"])
        L.t(" totes=1 cs_bags=1")
        emit(L)


# ---------- will-call pickup
def blk_willcall(plate=False):
    p = pat()
    rp = p["rp"]
    tick(60, 1200)
    L = Line("willcall_pylog").t("%s INFO willcall.pickup: CII pickup rx=%d for pt " % (ts_py(), R.randint(7700000, 7799999)))
    L.p(p["pid"], "mrn").t(" by ").p("%s %s" % (rp["first"], rp["last"]), "name").t(" (%s) id=DL " % rp["rel"])
    L.t("%s " % R.choice(["CA", "TX", "NV", "AZ"])).p("%s%07d" % (R.choice("ABDFY"), R.randint(0, 9999999)), "license")
    if plate or R.random() < 0.5:
        L.t(" vehicle_plate=").p("%d%s%03d" % (R.randint(1, 9), "".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)), R.randint(0, 999)), "vehicle")
    L.t(" verified_by=%s" % R.choice(STAFF_RPH_USER))
    emit(L)


# ---------- NCPDP claims
def blk_ncpdp_kv():
    p = pat()
    bin_, pcn, grp, pname = p["plan"]
    d = R.choice(DRUGS + CDRUGS)
    pr = R.choice(PRESCRIBERS)
    txn = uuid()
    dos = REF + timedelta(days=R.choice([0, 0, 1, 2]))
    tick(1, 120)
    L = Line("ncpdp_kv").t("%s INFO  [claim-tx-%d] c.k.claims.NcpdpClient - B1 req txn=%s 101-A1=%s 102-A2=D0 103-A3=B1 104-A4=%s "
                           "301-C1=%s 302-C2=" % (ts_java(), R.randint(1, 16), txn, bin_, pcn, grp))
    L.p(p["cardholder"], "health_plan").t(" 303-C3=01 306-C6=1 304-C4=").p(fmt_date(p["dob"], "ymd"), "date")
    L.t(" 305-C5=%s 310-CA=" % ("2" if p["sex"] == "F" else "1")).p(ascii_up(p["first"]), "name").t(" 311-CB=")
    L.p(ascii_up(p["last"]), "name").t(" 307-C7=%s 384-4X=%s 455-EM=1 402-D2=%d 401-D1=" % (
        "01", "03" if FAC[p["fac"]][7] == "SNF" else "04", R.randint(7700000, 7799999)))
    L.p(fmt_date(dos, "ymd"), "date").t(" 436-E1=03 407-D7=%s 442-E7=%d 403-D3=%d 405-D5=%d 406-D6=%s 414-DE=" % (
        d[1], R.choice([30000, 60000, 28000, 14000]), R.randint(0, 11), R.choice([14, 28, 30]),
        R.choice(["0", "1"])))
    L.p(fmt_date(dos, "ymd"), "date").t(" 419-DJ=1 354-NX=1 420-DK=%s 466-EZ=01 411-DB=%s 430-DU=%d" % (
        R.choice(["00", "07", "08"]), pr[2], R.randint(500, 45000)))
    emit(L)
    tick(0, 3)
    st = R.choice(["P", "P", "P", "R", "D"])
    if st == "P":
        emit(Line("ncpdp_kv").t("%s INFO  [claim-tx-%d] c.k.claims.NcpdpClient - B1 resp txn=%s 112-AN=P 503-F3=%s "
                                "505-F5=%d 509-F9=%d 518-FI=%d elapsed_ms=%d" % (
                                    ts_java(), R.randint(1, 16), txn, hexs(12).upper(), R.randint(0, 4700),
                                    R.randint(400, 48000), R.randint(0, 900), R.randint(180, 2400))))
    elif st == "R":
        code, txt = R.choice([("75", "Prior Authorization Required"), ("70", "Product/Service Not Covered"),
                              ("79", "Refill Too Soon"), ("MR", "Product Not On Formulary"),
                              ("A5", "Not Covered Under Part D Law")])
        emit(Line("ncpdp_kv").t("%s WARN  [claim-tx-%d] c.k.claims.NcpdpClient - B1 resp txn=%s 112-AN=R 510-FA=1 511-FB=%s "
                                "(%s) 526-FQ=\"LTC override 419-DJ=... see plan\"" % (ts_java(), R.randint(1, 16), txn, code, txt)))
    else:
        emit(Line("ncpdp_kv").t("%s INFO  [claim-tx-%d] c.k.claims.NcpdpClient - B1 resp txn=%s 112-AN=D (duplicate of paid claim) "
                                "503-F3=%s" % (ts_java(), R.randint(1, 16), txn, hexs(12).upper())))


def blk_ncpdp_raw():
    p = pat()
    bin_, pcn, grp, pname = p["plan"]
    d = R.choice(DRUGS)
    tick(1, 200)
    dos = REF
    L = Line("ncpdp_raw").t("%s DEBUG [switch-io-%d] c.k.claims.SwitchWire - >> %s%s%s%-10s1%s%-15s%s%-10s<SS><FS>AM04<FS>C2"
                            % (ts_java(), R.randint(1, 4), bin_, "D0", "B1", pcn, "01", PHARM_NPI,
                               dos.strftime("%Y%m%d"), "KLTCRX4.2"))
    L.p(p["cardholder"], "health_plan").t("<FS>C1%s<FS>C301<FS>C61<GS><SS><FS>AM01" % grp)
    if R.random() < 0.3:
        L.t("<FS>CX01<FS>CY").p(p["ssn"].replace("-", ""), "ssn")
    L.t("<FS>C4").p(fmt_date(p["dob"], "ymd"), "date").t("<FS>C5%s<FS>CA" % ("2" if p["sex"] == "F" else "1"))
    L.p(ascii_up(p["first"]), "name").t("<FS>CB").p(ascii_up(p["last"]), "name")
    if R.random() < 0.5:
        L.t("<FS>CP").p(p["zip"], "zip")
    L.t("<FS>4X03<GS><SS><FS>AM07<FS>EM1<FS>D2%d<FS>E103<FS>D7%s<FS>E7%d<FS>D30<FS>D5%d<FS>D61" % (
        R.randint(7700000, 7799999), d[1], 30000, 30))
    emit(L)
    tick(0, 2)
    emit(Line("ncpdp_raw").t("%s DEBUG [switch-io-%d] c.k.claims.SwitchWire - << D0B11A01%-15s%s<SS><FS>AM20<FS>F4%s<GS><SS><FS>AM21<FS>ANA<FS>F3%s"
                             % (ts_java(), R.randint(1, 4), PHARM_NPI, dos.strftime("%Y%m%d"),
                                R.choice(["PLAN LIMIT 34 DAYS", "LTC DISPENSE 14 DAY OK", "PROCESSED"]), hexs(10).upper())))


def blk_ncpdp_stats():
    tick(30, 600)
    sub = R.randint(20, 300)
    rej = R.randint(0, sub // 8)
    emit(Line("ncpdp_kv").t("%s INFO  [scheduler-1] c.k.claims.ClaimStats - window=5m submitted=%d paid=%d rejected=%d "
                            "reversed=%d p95_ms=%d switch=%s" % (ts_java(), sub, sub - rej, rej, R.randint(0, 5), R.randint(400, 3000),
                                                                  R.choice(["relayhealth", "changehc", "surescripts"]))))


# ---------- X12 835
def blk_x12():
    p = pat()
    tick(60, 900)
    ctrl = R.randint(100000000, 999999999)
    if R.random() < 0.5:
        emit(Line("x12_835").t("ISA*00*          *00*          *ZZ*NORIDIAN       *ZZ*KEYSTONELTC    *%s*%s*^*00501*%09d*0*P*:~"
                               % (NOW.strftime("%y%m%d"), NOW.strftime("%H%M"), ctrl)))
        emit(Line("x12_835").t("GS*HP*NORIDIAN*KEYSTONELTC*%s*%s*%d*X*005010X221A1~" % (NOW.strftime("%Y%m%d"), NOW.strftime("%H%M"), ctrl % 100000)))
        emit(Line("x12_835").t("BPR*I*%.2f*C*ACH*CCP*01*121000248*DA*4470019921*1943362013**01*322271627*DA*0091882301*%s~"
                               % (R.uniform(200, 9000), NOW.strftime("%Y%m%d"))))
    L = Line("x12_835").t("CLP*").p(p["acct"], "account").t("*1*%.2f*%.2f*%.2f*MB*%d*81*1~" % (
        R.uniform(60, 400), R.uniform(40, 300), R.uniform(0, 60), R.randint(10 ** 13, 10 ** 14 - 1)))
    emit(L)
    L = Line("x12_835").t("NM1*QC*1*").p(ascii_up(p["last"]), "name").t("*").p(ascii_up(p["first"]), "name").t("****MI*")
    L.p(p["mbi"], "health_plan").t("~")
    emit(L)
    svc = REF - timedelta(days=R.randint(10, 40))
    emit(Line("x12_835").t("DTM*232*").p(svc.strftime("%Y%m%d"), "date").t("~"))
    emit(Line("x12_835").t("SVC*HC:%s*%.2f*%.2f**%d~" % (R.choice(["J7613", "J7626", "A4253", "J7644"]),
                                                          R.uniform(20, 300), R.uniform(10, 200), R.randint(1, 120))))
    emit(Line("x12_835").t("CAS*CO*45*%.2f~" % R.uniform(1, 80)))


# ---------- billing
def blk_billing():
    tick(60, 900)
    fc = R.choice(list(FAC))
    inv = "INV-%s-%s-%04d" % (fc, "202402", R.randint(1, 9999))
    if R.random() < 0.7:
        emit(Line("billing_csv").t("invoice_no,facility_code,resident_name,resident_id,payer_type,period_start,period_end,rx_count,amount_due,ar_account"))
    pool = [x for x in PATIENTS if x["fac"] == fc] or PATIENTS
    for p in R.sample(pool, min(len(pool), R.randint(1, 3))):
        if FAC[fc][7] == "SNF":
            payer = R.choice(["PART_A_SNF", "PRIVATE", "MEDICAID", "PART_A_SNF"])
        else:
            payer = R.choice(["PRIVATE", "PRIVATE", "MEDI-CAL_ALW"])
        L = Line("billing_csv").t("%s,%s,\"" % (inv, fc)).p(nm(p, "LFU"), "name").t("\",").p(p["rid"], "mrn")
        L.t(",%s,2024-02-01,2024-02-29,%d,%.2f," % (payer, R.randint(3, 60), R.uniform(12, 2400)))
        if payer == "PRIVATE":
            L.p(p["acct"], "account")
        emit(L)
    emit(Line("billing_csv").t("%s,%s,TOTAL,,,2024-02-01,2024-02-29,%d,%.2f," % (inv, fc, R.randint(100, 2000), R.uniform(3000, 90000))))


def blk_payment():
    p = pat()
    tick(60, 1200)
    r = R.random()
    if r < 0.45:
        L = Line("payments_logback").t("%s [http-nio-8443-exec-%d] INFO  c.k.billing.AutoPay - charged card ************%04d "
                                       "amount=%.2f acct=" % (ts_java(), R.randint(1, 40), R.randint(0, 9999), R.uniform(20, 700)))
        L.p(p["acct"], "account").t(" gateway_ref=ch_%s result=approved" % hexs(24))
        emit(L)
    elif r < 0.7:
        pan = card_number(R.choice(["4", "51", "37"]))
        if pan.startswith("37"):
            pan = pan[:15]
            pan = pan[:14] + luhn_digit(pan[:14])
        L = Line("payments_logback").t("%s [http-nio-8443-exec-%d] ERROR c.k.billing.AutoPay - gateway decline code=05 for card "
                                       % (ts_java(), R.randint(1, 40))).p(pan, "account")
        L.t(" exp=%02d/%02d guarantor=\"" % (R.randint(1, 12), R.randint(25, 29))).p("%s %s" % (p["rp"]["first"], p["rp"]["last"]), "name")
        L.t("\" acct=").p(p["acct"], "account")
        emit(L)
    else:
        emit(Line("payments_logback").t("%s [scheduler-2] INFO  c.k.billing.StatementRun - run=%s statements=%d emailed=%d "
                                        "mailed=%d failed=%d" % ((ts_java(), uuid()) + stmt_counts())))


def stmt_counts():
    n = R.randint(100, 900)
    f = R.randint(0, 9)
    e = R.randint(0, n - f)
    return (n, e, n - f - e, f)


# ---------- pharmacist interventions (free text written by people)
INTSEQ = [812]
ANTIBIOTICS = ["cipro 500 BID", "Bactrim DS BID", "fluconazole 150 x1", "levofloxacin 750 q48h", "metronidazole 500 TID"]


def write_name(L, p, style):
    if style == "title":
        L.t("Mrs. " if p["sex"] == "F" else "Mr. ").p(p["last"], "name")
    else:
        L.p(nm(p, style), "name")


def rph_body(L, kind, p, nurse, pr):
    nurse_s = nurse.split(" (")[0]
    doc = pr[0].title()
    if kind == 0:
        inr = REF - timedelta(days=R.randint(1, 5))
        fu = REF + timedelta(days=R.randint(1, 4))
        L.t("warfarin + new %s from fax. INR %.1f on " % (R.choice(ANTIBIOTICS), R.uniform(3.1, 4.6)))
        L.p(fmt_date(inr, R.choice(["us_short", "md"])), "date")
        L.t(R.choice([". Called %s, recommended hold x1 and recheck INR " % nurse_s,
                      " -- spoke w/ %s re: holding tonight's dose, INR recheck " % nurse_s]))
        L.p(fmt_date(fu, R.choice(["md", "us"])), "date")
        L.t(R.choice([". Dr. %s agreed, order clarified." % doc, ". Left VM for Dr %s, will f/u in AM." % doc]))
    elif kind == 1:
        L.t(R.choice(["pt already on sertraline; new fax adds citalopram. Spoke w/ %s, citalopram was meant for roommate, "
                      "order voided." % nurse_s,
                      "2 PPIs active (omeprazole + pantoprazole) after readmit. %s confirmed pantoprazole was hospital sub, "
                      "d/c'd." % nurse_s,
                      "duplicate APAP: scheduled 650 q6h + PRN Norco. Max APAP >4g/day possible. Rec cap APAP 3g, "
                      "msg to Dr. %s." % doc]))
    elif kind == 2:
        L.p(str(p["age"]), "age").t(R.choice(["yo %s, " % p["sex"], " y/o %s. " % ("female" if p["sex"] == "F" else "male")]))
        L.t("SCr 1.6, CrCl ~%d mL/min. %s" % (R.randint(14, 28), R.choice([
            "Gabapentin 300 TID too high, rec 100 BID. Left msg for Dr. %s." % doc,
            "Apixaban 5 BID -> meets 2/3 criteria (age, SCr), rec 2.5 BID. Dr. %s ok'd." % doc,
            "Nitrofurantoin not appropriate at this CrCl, suggested cephalexin. pending."])))
    elif kind == 3:
        rp = p["rp"]
        L.p(rp["first"], "name").t(" (%s) called " % rp["rel"])
        L.p(fmt_phone(rp["area"], rp["num"], R.choice([0, 1, 2, 4])), "phone")
        L.t(" asking why donepezil was stopped; explained GDR per IDT. %s asked for copy of MAR by email " % rp["pron"].capitalize())
        L.p(rp["email"], "email").t(" - referred to facility, HIPAA release on file? unknown.")
    elif kind == 4:
        hosp_out = REF - timedelta(days=R.randint(1, 4))
        L.t("returned from CRMC ").p(fmt_date(hosp_out, R.choice(["us", "long"])), "date")
        L.t(". Hospital d/c list has apixaban 5 BID AND warfarin 2 qd - clarified w/ Dr. %s, warfarin d/c'd. "
            "New cycle card pulled from batch." % doc)
    elif kind == 5:
        if R.random() < 0.5:
            L.t("new order Dexcom G7 sensors q10d; receiver S/N ").p(
                "PG7" + "".join(R.choice("0123456789ABCDEF") for _ in range(8)), "device")
            L.t(" paired at facility. Part B vs D checked, billed Part B.")
        else:
            L.t("Omnipod 5 pods refill - PDM serial ").p("%d-%06d-%02d" % (R.randint(100, 999), R.randint(0, 999999), R.randint(0, 99)), "device")
            L.t(" per facility. Billed Part D, PA on file thru 12/2024.")
    elif kind == 6:
        L.t("quetiapine 25 qhs > 6 mo w/o documented behaviors; rec taper per CMS F758. MDS ARD ")
        L.p(fmt_date(REF + timedelta(days=R.randint(3, 20)), "us"), "date").t(".")
    elif kind == 8:
        L.t("documented PCN allergy (hives). Fax order for amoxicillin 500 TID x7d -> called %s, Dr. %s changed to "
            "doxycycline 100 BID." % (nurse_s, doc))
    elif kind == 9:
        f1 = date(2024, 2, R.randint(1, 14))
        f2 = date(2024, 2, R.randint(15, 28))
        L.t("%s, " % R.choice(["Beers", "falls"])).p(str(p["age"]), "age").t(" y/o, 2 falls last month (")
        L.p(fmt_date(f1, "md"), "date").t(" & ").p(fmt_date(f2, "md"), "date")
        L.t("). On lorazepam 0.5 TID + zolpidem 5 qhs. Rec d/c zolpidem, taper lorazepam. Sent to Dr. %s." % doc)
    elif kind == 10:
        hd = REF - timedelta(days=R.randint(1, 6))
        L.t("hospice election ").p(fmt_date(hd, R.choice(["us", "long", "us_short"])), "date")
        L.t(" (%s case # " % R.choice(["VITAS", "Hinds", "Optimal Hospice"])).p("H-%02d-%06d" % (R.randint(19, 24), R.randint(0, 999999)), "other_id")
        L.t("). Comfort kit sent, hospice-related meds now billed to hospice not Part D.")
    else:
        L.t("sig clarified w/ %s (\"1 tab daily\" vs \"1 tab BID\" on fax). Fax quality poor, re-faxed." % nurse_s)


RPH_TYPES = {0: "DDI", 1: "DUPLICATION", 2: "RENAL", 3: "FAMILY CALL", 4: "READMIT RECON", 5: "DEVICE", 6: "GDR",
             8: "ALLERGY", 9: "FALL RISK", 10: "HOSPICE", 11: "CLARIFICATION"}


def blk_rph_note(kind=None):
    INTSEQ[0] += 1
    tick(30, 700)
    rph = R.choice(STAFF_RPH)
    nid = "INT-2024-%05d" % INTSEQ[0]
    if kind is None:
        kind = R.choice([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 3, 0])
    p = pat(old=(kind in (2, 9)))
    fc = p["fac"]
    nurse = R.choice(NURSES)
    pr = R.choice(PRESCRIBERS)
    outcome = R.choice(["ACCEPTED", "ACCEPTED", "PENDING", "INFO", "SENT TO PRESCRIBER"])
    fmt = R.random()
    if kind == 7:
        txt = R.choice(["e-kit at %s restocked (naloxone x2, ondansetron ODT x4). Seal #%d. No pt-specific issue." % (fc, R.randint(100000, 999999)),
                        "Reviewed all %s cycle changes before cutoff, %d cards re-pulled, nothing pt-specific to note." % (fc, R.randint(1, 9)),
                        "%s fax machine sending blank pages again; called front desk 559-555-0100 ext 2, they'll reboot." % fc])
        if fmt < 0.6:
            emit(Line("rph_intervention").t("%s | %s | RPh: %s | Pt: n/a | Type: STOCK | Note: %s | Outcome: N/A"
                                            % (nid, NOW.strftime("%Y-%m-%d %H:%M"), rph, txt)))
        else:
            L = Line("rph_intervention_json")
            jobj(L, [("interventionId", nid, None), ("createdAt", ts_iso(), None), ("pharmacist", rph, None),
                     ("facility", fc, None), ("patientRef", None, None), ("category", "OPS", None), ("narrative", txt, None)])
            emit(L)
        return
    if fmt < 0.6:
        L = Line("rph_intervention").t("%s | %s | RPh: %s | Pt: " % (nid, NOW.strftime("%Y-%m-%d %H:%M"), rph))
        write_name(L, p, R.choice(["LF", "LFU", "FL", "FL", "title", "IL"]))
        L.t(" (").p(p["pid"], "mrn").t(") %s %s | Type: %s | Note: " % (fc, p["room"], RPH_TYPES[kind]))
        rph_body(L, kind, p, nurse, pr)
        L.t(" | Outcome: %s" % outcome)
        emit(L)
    else:
        # JSON export of the clinical system; narrative written by the pharmacist
        L = Line("rph_intervention_json")
        L.t('{"interventionId":"%s","createdAt":"%s","pharmacist":"%s","facility":"%s","patientRef":{"id":"'
            % (nid, ts_iso(), rph, fc))
        L.p(p["pid"], "mrn").t('","display":"')
        L.p(jesc(nm(p, R.choice(["LF", "FLU", "LFM"]))), "name")
        L.t('"},"category":"%s","narrative":"' % RPH_TYPES[kind])
        inner = Line("tmp")
        if R.random() < 0.5:
            write_name(inner, p, R.choice(["title", "IL", "FL", "lower"]))
            inner.t(": ")
        rph_body(inner, kind, p, nurse, pr)
        # append inner text with JSON escaping, piecewise so spans stay exact
        pos = 0
        txt = inner.text()
        bts = txt.encode("utf-8")
        for (st, en, cat, val) in inner.spans:
            L.t(jesc(bts[pos:st].decode("utf-8")))
            L.p(jesc(val), cat)
            pos = en
        L.t(jesc(bts[pos:].decode("utf-8")))
        L.t('","outcome":"%s","minutesSpent":%d}' % (outcome, R.randint(2, 35)))
        emit(L)


# ---------- facility help-desk tickets (written by facility nurses)
TICKET = [30410]
FAC_STAFF_EMAIL = {"SUNM": "nursing@sunrisemanor.example", "OAKH": "don@oakhollowrehab.example",
                   "VVAL": "meds@valleverde-al.example", "STBR": "2west@stbrigidscc.example",
                   "CDPZ": "enfermeria@casadepaz.example", "MAPL": "charge@maplecrest.example",
                   "RVPV": "nursing@riversidepav.example", "HRTG": "wellness@hearthstone.example"}


def blk_ticket():
    p = pat()
    fc = p["fac"]
    f = FAC[fc]
    TICKET[0] += R.randint(1, 7)
    tick(30, 500)
    nurse = R.choice(NURSES).split(" (")[0]
    d = R.choice(DRUGS + CDRUGS)
    kind = R.randint(0, 3)
    L = Line("helpdesk_webhook")
    L.t('{"ticket":{"id":%d,"via":"web_form","priority":"%s","requester":{"name":"%s","email":"%s"},"subject":"'
        % (TICKET[0], R.choice(["high", "normal", "urgent"]), nurse, FAC_STAFF_EMAIL[fc]))
    if kind == 0:
        L.t('Missing med rm %s","description":"Resident ' % p["room"]).p(jesc(nm(p, "FL")), "name").t(" (DOB ")
        L.p(fmt_date(p["dob"], R.choice(["us_short", "us"])), "date")
        L.t(") did not get %s %s in tonight's tote, please send asap. Thanks, %s - %s %s"
            % ("her" if p["sex"] == "F" else "his", d[0].split(" ")[0].lower(), nurse, f[1], fmt_phone(f[5][:3], f[5][3:], 1)))
    elif kind == 1:
        L.t('New admit - need meds tonight","description":"New admission from CRMC today, ')
        L.p(jesc(nm(p, "LF")), "name").t(", DOB ").p(fmt_date(p["dob"], "iso"), "date")
        L.t(", Medicare ").p(p["mbi"], "health_plan").t(". Face sheet + H&P faxed from %s. Pls call %s"
                                                        % (FAC[fc][6], fmt_phone(f[5][:3], f[5][3:], 0)))
    elif kind == 2:
        L.t('Tote delivered short","description":"Tote %s-%d arrived with seal broken, no resident cards missing per count. '
            'Driver notified. - %s"' % (fc, R.randint(100, 999), nurse))
        L.t(',"tags":["delivery","seal"]}}')
        emit(L)
        return
    else:
        L.t('Refill too soon?","description":"').p(jesc(nm(p, "IL")), "name")
        L.t(" - %s card rejected at our end?? family (" % d[0].split(" ")[0].lower())
        L.p(p["rp"]["first"], "name").t(") says Part D denied. %s card " % ("her" if p["sex"] == "F" else "his")).p(p["cardholder"], "health_plan")
        L.t(". can you check. %s" % nurse)
    L.t('","tags":["%s","%s"]}}' % (fc.lower(), R.choice(["stat", "missing-med", "billing", "admission"])))
    emit(L)


# ---------- notifications / email
def blk_notify():
    p = pat()
    tick(30, 900)
    if R.random() < 0.55:
        L = Line("notify_pylog").t("%s INFO notify.smtp: sent consent_request to " % ts_py()).p(p["rp"]["email"], "email")
        L.t(" (RP for pt ").p(p["pid"], "mrn").t(") msgid=<%s.%d@mail.keystoneltc.com> relay=smtp.sendgrid.net:587" % (
            NOW.strftime("%Y%m%d%H%M%S"), R.randint(1000, 9999)))
    else:
        L = Line("notify_pylog").t("%s INFO notify.sms: queued refill_due to " % ts_py())
        L.p(fmt_phone(p["rp"]["area"], p["rp"]["num"], 3), "phone").t(" template=RF_DUE_ES" if p["fac"] == "CDPZ" else " template=RF_DUE_EN")
        L.t(" sid=SM%s" % hexs(32))
    emit(L)


# ---------- access audit
def blk_access_audit():
    p = pat()
    tick(5, 600)
    ui = R.randrange(len(STAFF_RPH_USER))
    L = Line("access_audit").t("audit %s user=%s role=%s action=%s pt=" % (
        ts_iso(), R.choice(STAFF_RPH_USER + STAFF_TECH), R.choice(["RPH", "TECH", "BILLING"]),
        R.choice(["VIEW_PROFILE", "PRINT_MAR", "EDIT_ORDER", "VIEW_CLAIMS"])))
    L.p(p["pid"], "mrn").t(" src=10.20.%d.%d session=%s outcome=success" % (R.randint(0, 9), R.randint(2, 250), hexs(16)))
    emit(L)


# ---------- nginx
UA = ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1',
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36',
      'okhttp/4.12.0', 'kube-probe/1.28', 'Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 Chrome/121.0 Mobile Safari/537.36']


def blk_nginx(r=None):
    tick(1, 60)
    if r is None:
        r = R.random()
    if r < 0.3:
        p = pat()
        rp = p["rp"]
        ip = "%d.%d.%d.%d" % (R.choice([73, 98, 24, 71, 107, 174]), R.randint(1, 254), R.randint(1, 254), R.randint(1, 254))
        L = Line("nginx_access").p(ip, "ip").t(" - ").p(rp["user"], "other_id").t(" [%s] \"GET /family/api/v1/residents/" % ts_nginx())
        L.p(p["pid"], "mrn").t("/mar?days=%d HTTP/2.0\" 200 %d \"-\" \"%s\"" % (R.choice([7, 14, 30]), R.randint(900, 9000), UA[R.choice([0, 4])]))
        emit(L)
    elif r < 0.65:
        path = R.choice(["/api/v2/batches/CF-%s-%s-01/status" % (NOW.strftime("%Y%m%d"), R.choice(list(FAC))),
                         "/api/v2/routes/R%02d/stops" % R.randint(1, 12), "/static/js/app.3f9c1e.js",
                         "/api/v2/claims/stats?window=5m", "/api/v2/fax/queue?state=MANUAL_REVIEW"])
        emit(Line("nginx_access").t("10.20.%d.%d - - [%s] \"GET %s HTTP/1.1\" %d %d \"-\" \"%s\" rt=%.3f uct=0.000" % (
            R.randint(0, 9), R.randint(2, 250), ts_nginx(), path, R.choice([200, 200, 200, 304, 404, 502]),
            R.randint(200, 40000), UA[1], R.uniform(0.002, 1.8))))
    else:
        emit(Line("nginx_access").t("10.244.%d.%d - - [%s] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.28\"" % (
            R.randint(0, 3), R.randint(2, 250), ts_nginx())))


# ---------- pure noise lines
def blk_noise():
    tick(1, 300)
    k = R.randint(0, 17)
    host = R.choice(["rx-app-01", "rx-app-02", "batch-01", "faxsrv01", "db-01"])
    if k == 0:
        emit(Line("kubelet").t("%s %s kubelet[1187]: I0311 %s.%s  1187 prober.go:107] \"Probe failed\" probeType=\"Readiness\" "
                               "pod=\"rx/order-intake-7c9d8f6b5-%s\" podUID=%s containerName=\"app\" probeResult=failure "
                               "output=\"Get \\\"http://10.244.1.%d:8080/actuator/health\\\": context deadline exceeded\"" % (
                                   ts_sys(), host, NOW.strftime("%H:%M:%S"), ms() + "412", hexs(5), uuid(), R.randint(2, 250))))
    elif k == 1:
        emit(Line("postgres").t("%s UTC [%d] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, %d removed, "
                                "%d recycled; write=%.3f s, sync=%.3f s, total=%.3f s" % (
                                    ts_java(), R.randint(100, 9999), R.randint(100, 9000), R.uniform(0.1, 12), R.randint(0, 3),
                                    R.randint(0, 5), R.uniform(1, 200), R.uniform(0, 2), R.uniform(1, 210))))
    elif k == 2:
        emit(Line("postgres").t("%s UTC [%d] ERROR:  duplicate key value violates unique constraint \"claim_txn_pkey\"" % (
            ts_java(), R.randint(100, 9999))))
        emit(Line("postgres").t("%s UTC [%d] DETAIL:  Key (txn_id)=(%s) already exists." % (ts_java(), R.randint(100, 9999), uuid())))
    elif k == 3:
        emit(Line("redis").t("%d:M %s * %d changes in %d seconds. Saving..." % (
            R.randint(1, 99), NOW.strftime("%d %b %Y %H:%M:%S") + "." + ms(), R.randint(1, 10000), R.choice([60, 300, 900]))))
    elif k == 4:
        emit(Line("cron").t("%s %s CRON[%d]: (root) CMD (/opt/kltc/bin/backup_pg.sh --target s3://kltc-backups/pg/ >> /var/log/kltc/backup.log 2>&1)" % (
            ts_sys(), host, R.randint(10000, 40000))))
    elif k == 5:
        emit(Line("systemd").t("%s %s systemd[1]: Started kltc-cyclefill@%s.service - KLTC cycle fill worker %s." % (
            ts_sys(), host, R.randint(1, 4), R.randint(1, 4))))
    elif k == 6:
        L = Line("fridge_telemetry")
        jobj(L, [("ts", ts_iso(), None), ("sensor", "FRIDGE-%02d" % R.randint(1, 6), None), ("loc", "vault/cold-room", None),
                 ("tempC", round(R.uniform(2.1, 7.9), 2), None), ("door", R.choice(["closed", "closed", "open"]), None),
                 ("batt", R.randint(40, 100), None), ("fw", "2.4.%d" % R.randint(0, 9), None)])
        emit(L)
    elif k == 7:
        emit(Line("spring_boot").t("%s  INFO %d --- [           main] c.k.intake.OrderIntakeApplication        : Started OrderIntakeApplication in %.3f seconds (process running for %.3f)" % (
            ts_java(), R.randint(1, 99), R.uniform(4, 20), R.uniform(5, 22))))
    elif k == 8:
        emit(Line("spring_boot").t("%s  WARN %d --- [nio-8080-exec-%d] com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=%ds%dms)." % (
            ts_java(), R.randint(1, 99), R.randint(1, 10), R.randint(30, 90), R.randint(0, 999))))
    elif k == 9:
        emit(Line("spring_boot").t("%s ERROR %d --- [nio-8080-exec-%d] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] threw exception" % (
            ts_java(), R.randint(1, 99), R.randint(1, 10))))
        emit(Line("spring_boot").t("java.lang.IllegalStateException: RXE-2 NDC %s not found in formulary snapshot %s" % (
            R.choice(DRUGS)[1], hexs(8))))
        emit(Line("spring_boot").t("\tat com.keystone.intake.hl7.RdeMapper.mapRxe(RdeMapper.java:%d)" % R.randint(80, 400)))
        emit(Line("spring_boot").t("\tat com.keystone.intake.hl7.RdeMapper.map(RdeMapper.java:%d)" % R.randint(40, 79)))
        emit(Line("spring_boot").t("\tat org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)"))
    elif k == 10:
        emit(Line("ocr_logback").t("%s [main] INFO  c.k.fax.OcrPipeline - tessdata=/usr/share/tesseract-ocr/5/tessdata langs=eng+spa psm=6 oem=1 workers=6" % ts_java()))
    elif k == 11:
        emit(Line("cyclefill_pylog").t("%s INFO cyclefill.config: loaded /etc/kltc/cyclefill.yaml version=%d.%d.%d git=%s pass_cutoff=14:00 "
                                      "vbm_hosts=[vbm01,vbm02] jvm_hosts=[jvm01]" % (ts_py(), 3, R.randint(0, 9), R.randint(0, 30), hexs(7))))
    elif k == 12:
        emit(Line("vault_kv").t('%s level=info svc=cs-vault event=DOOR_OPEN vault=CII-SAFE-1 user=%s badge=%d method=badge+pin '
                                'dur_s=%d' % (ts_iso(), R.choice(STAFF_RPH_USER), R.randint(10000, 99999), R.randint(5, 300))))
    elif k == 13:
        emit(Line("hylafax_syslog").t("%s faxsrv01 FaxSend[%d]: SEND FAX: JOB %d DEST %s COMMID %09d DEVICE '/dev/ttyIAX1' FROM '%s' USER fax" % (
            ts_sys(), R.randint(3000, 9999), R.randint(4000, 5000), R.choice(FACILITIES)[6], R.randint(1, 99999),
            "Keystone LTC Pharmacy <pharmacy-ops@keystoneltc.com>")))
    elif k == 14:
        emit(Line("ncpdp_kv").t("%s INFO  [switch-io-1] c.k.claims.SwitchWire - connected to %s:%d tls=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 "
                                "keepalive=30s" % (ts_java(), R.choice(["claims.relayhealth.example", "rx.changehc.example"]), R.choice([5001, 7443, 9443]))))
    elif k == 15:
        emit(Line("driver_logcat").t("%s  %d  %d D LocationSvc: fix provider=fused lat=%.5f lon=%.5f speed=%.1f bearing=%d (depot)" % (
            ts_logcat(), R.randint(3000, 9000), R.randint(3000, 9000), 36.75321 + R.uniform(-0.0005, 0.0005),
            -119.81244 + R.uniform(-0.0005, 0.0005), R.uniform(0, 2), R.randint(0, 359))))
    elif k == 16:
        emit(Line("cyclefill_pylog").t("%s INFO cyclefill.metrics: cards_per_min=%.1f canister_hit_rate=%.3f manual_trays=%d "
                                      "queue_depth=%d" % (ts_py(), R.uniform(12, 40), R.uniform(0.8, 0.99), R.randint(0, 40), R.randint(0, 12))))
    else:
        emit(Line("certbot").t("%s - certbot.renewal - INFO - Cert not yet due for renewal: /etc/letsencrypt/renewal/portal.keystoneltc.com.conf (expires %s)" % (
            ts_py(), (REF + timedelta(days=R.randint(20, 80))).isoformat())))


def blk_noise_single():
    tick(1, 120)
    k = R.randint(0, 2)
    if k == 0:
        emit(Line("fridge_telemetry").t('{"ts":"%s","sensor":"FRIDGE-%02d","loc":"vault/cold-room","tempC":%.2f,"door":"closed","batt":%d,"fw":"2.4.%d"}'
                                        % (ts_iso(), R.randint(1, 6), R.uniform(2.1, 7.9), R.randint(40, 100), R.randint(0, 9))))
    elif k == 1:
        emit(Line("nginx_access").t("10.244.%d.%d - - [%s] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.28\"" % (
            R.randint(0, 3), R.randint(2, 250), ts_nginx())))
    else:
        emit(Line("redis").t("%d:M %s * Background saving terminated with success" % (
            R.randint(1, 99), NOW.strftime("%d %b %Y %H:%M:%S") + "." + ms())))


# ================================================================= schedule
PHI_BLOCKS = [(blk_cyclefill, 3), (blk_serial, 4), (blk_jobfile, 3), (blk_fax, 6), (blk_emar_csv, 3), (blk_emar_es, 2),
              (blk_emar_json, 3), (blk_hl7_rde, 4), (blk_hl7_ras, 4), (blk_mirth, 2), (blk_cs_audit, 4),
              (blk_destruction, 2), (blk_route, 3), (blk_willcall, 2), (blk_ncpdp_kv, 6), (blk_ncpdp_raw, 3),
              (blk_x12, 1), (blk_billing, 2), (blk_payment, 3), (blk_rph_note, 10), (blk_notify, 3), (blk_access_audit, 3)]
PHI_BLOCKS[PHI_BLOCKS.index((blk_route, 3))] = (blk_route, 2)
NOISE_BLOCKS = [(blk_noise, 18), (blk_nginx, 8), (blk_hl7_ack, 3), (blk_ncpdp_stats, 3)]


def wchoice(blocks):
    tot = sum(w for _, w in blocks)
    x = R.uniform(0, tot)
    for f, w in blocks:
        x -= w
        if x <= 0:
            return f
    return blocks[-1][0]


PHI_BLOCKS.append((blk_ticket, 3))
FORCED = [lambda: blk_rph_note(5), lambda: blk_nginx(0.1), lambda: blk_rph_note(2), lambda: blk_emar_json(True),
          lambda: blk_rph_note(9), lambda: blk_nginx(0.2), lambda: blk_rph_note(10), lambda: blk_rph_note(5),
          lambda: blk_willcall(True), lambda: blk_ticket(), lambda: blk_fax(0.8, True), lambda: blk_rph_note(3), lambda: blk_nginx(0.05), lambda: blk_route(),
          lambda: blk_willcall(True), lambda: blk_fax(0.8, True), lambda: blk_emar_json(True)]
TARGET = 500
guard = 0
it = 0
while len(LINES) < TARGET - 6:
    it += 1
    if FORCED and it % 9 == 4:
        FORCED.pop(0)()
        continue
    n_phi = sum(1 for L in LINES if L.spans)
    frac_clean = 1 - n_phi / max(1, len(LINES))
    if len(LINES) > 20 and frac_clean < 0.525:
        wchoice(NOISE_BLOCKS)()
    elif len(LINES) > 20 and frac_clean > 0.545:
        wchoice(PHI_BLOCKS)()
    else:
        wchoice(PHI_BLOCKS + NOISE_BLOCKS)()
while len(LINES) > TARGET:
    LINES.pop()
# do not end inside a multi-line artefact: replace a dangling tail with single-line noise
while LINES[-1].fam in ("spring_boot", "hl7_rde", "hl7_ras", "hl7_ack", "x12_835", "jobfile_xml", "jobfile_semicolon") \
        and not LINES[-1].text().startswith(("</PackJob>", "T;", "MSA|", "CAS*", "RXR|")):
    LINES.pop()
while len(LINES) < TARGET:
    blk_noise_single()

# ---------------------------------------------------------------- write + verify
out_log = []
out_lab = []
for i, L in enumerate(LINES, 1):
    s = L.text()
    assert "\n" not in s and "\r" not in s and s.strip(), (i, s)
    b = s.encode("utf-8")
    spans = []
    for (st, en, cat, val) in L.spans:
        assert b[st:en].decode("utf-8") == val, (i, st, en, val, b[st:en])
        assert st < en
        spans.append({"s": st, "e": en, "cat": cat})
    spans.sort(key=lambda x: x["s"])
    for a, c in zip(spans, spans[1:]):
        assert a["e"] <= c["s"], (i, spans)
    out_log.append(s)
    out_lab.append(json.dumps({"line": i, "family": L.fam, "spans": spans}, ensure_ascii=False))

with open(os.path.join(HERE, "jn.log"), "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(out_log))
with open(os.path.join(HERE, "jn.labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(out_lab) + "\n")

if __name__ == "__main__":
    from collections import Counter
    n_clean = sum(1 for L in LINES if not L.spans)
    cats = Counter(sp[2] for L in LINES for sp in L.spans)
    fams = Counter(L.fam for L in LINES)
    print("lines", len(LINES), "clean", n_clean, "%.1f%%" % (100.0 * n_clean / len(LINES)))
    print(dict(sorted(cats.items())))
    print(len(fams), dict(fams))
