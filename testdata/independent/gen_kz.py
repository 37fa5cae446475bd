#!/usr/bin/env python3
"""Synthetic NICU / human-milk-bank log corpus (ID=kz).

Writes kz.log (500 lines) and kz.labels.jsonl next to this script.
Standard library only, deterministic (fixed seed). All people and identifiers
are synthetic.

Systems imitated: Go milk-scan service (zap JSON + zap console encoder),
Kotlin feeding / milk-bank / family-chat services (Spring Boot logback,
custom logback pattern, logstash-logback-encoder JSON, Kotlin stack traces),
GS1-128 and custom bottle-label scans, donor milk bank screening CSV and
pasteurisation batch CSV, HL7 v2 ADT (segment per line and Mirth-escaped),
X12 270 eligibility, RFC 5424 syslog from the pump/warmer gateway, logfmt
from the webcam relay, nginx combined log of the family webcam portal,
Go stdlib log of the newborn-screening card tracker, NBS card XML,
iPadOS crash reports and Crashlytics breadcrumbs, family lodging referral
pipe rows, child life / social work notes, Prometheus metrics. Family chat in
Spanish, Haitian Creole, Vietnamese and English.

Labeling decisions:
- Infants and mothers are both patients; mothers' and infants' identifiers
  are labeled. Fathers, partners, siblings, grandparents, guarantors and
  emergency contacts are labeled too. Milk donors at the milk bank are
  persons whose health information (serology) is logged: their identifiers
  are labeled (donor numbers such as D24-0173 -> other_id).
- Staff (RNs, NNPs, lactation consultants, CCLS, techs), their usernames,
  badge IDs, emails and phones are never labeled. Businesses (lodging house,
  courier, vendor, state lab, payer names) are not labeled.
- Infant placeholder names: only the surname / given-name parts are labeled;
  the "Baby Girl", "BABYBOY", "Twin A", "BG" prefixes are not labeled.
  In HL7 XPN fields each name component is its own span.
- Hospital MRNs (mother and infant) -> mrn, including when embedded in a
  custom bottle-label barcode or an HL7 CX field (only the ID component).
- GS1 GSRN (AI 8018) on a patient wristband -> other_id; GSRN of a caregiver
  (AI 8017) is staff and is not labeled. GTIN/lot/expiry of formula,
  fortifier or donor-milk product barcodes are not labeled.
- Encounter / CSN / visit numbers -> other_id; hospital billing account
  (HAR, PID-18) and payment card numbers -> account; Medicaid/MassHealth
  and commercial member IDs -> health_plan; driver's licence -> license.
- Newborn screening filter-card kit numbers identify the infant at the state
  lab -> other_id. Courier tracking numbers and NBS manifest IDs are not.
- Bottle IDs, pasteurisation batch/pool IDs, bed/room labels, camera IDs,
  order IDs, trace/span IDs, session IDs, tokens are not labeled.
- Dates tied to a person are labeled (birth, admission, discharge, serology
  screening date of a donor, milk expression date of a mother's own milk,
  NBS specimen collection date/time, lodging check-in date, scheduled visit /
  arrival dates of relatives). Log timestamps,
  batch/pasteurisation dates, product expiry dates and bottle expiry times
  are not labeled. Gestational age and day of life are not ages > 89.
- Device serials / MACs are labeled as device only when the line ties the
  device to an identified patient (patient ID or name on the line, or a
  mother's own rental pump); fleet, heartbeat and biomed lines are not.
  Hospital iPads (MDM serials, crash report hardware IDs) are staff devices.
- Family portal usernames -> other_id; family public IPs -> ip; internal
  10.x / 172.16.x addresses are not labeled. Family fundraiser / blog URLs
  -> url; portal share links are not labeled.
- Home addresses of families/donors: street+city labeled as one address
  span where contiguous, zip separate; state names/codes are not labeled.
- Names written lower-case, upper-case, "Last, First", "LAST^FIRST" or with
  initials are all labeled name; payment card PANs are labeled account.
- Parent fingerprint templates (base64 ISO FMR) -> biometric; base64 JPEG
  previews of uploaded family/baby photos -> photo; ages over 89 of
  relatives (great-grandparents) -> age; sibling ages under 90 are not.
- Explicit test records (TEST, ZZNICU ...) are public test values: unlabeled.
"""
import base64
import json
import os
import random
import re
from datetime import datetime, timedelta, date

SEED = 20240611
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "kz"
N_LINES = 500

# ----------------------------------------------------------------- helpers
class Line:
    def __init__(self, family):
        self.family = family
        self.buf = []
        self.blen = 0
        self.spans = []

    def t(self, s):
        s = str(s)
        assert "\n" not in s and "\r" not in s, repr(s)
        self.buf.append(s)
        self.blen += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        b = len(s.encode("utf-8"))
        self.spans.append({"s": self.blen, "e": self.blen + b, "cat": cat, "_v": s})
        return self.t(s)

    def add(self, parts):
        for x in parts:
            if isinstance(x, tuple):
                if x[1] is None:
                    self.t(x[0])
                else:
                    self.p(x[0], x[1])
            else:
                self.t(x)
        return self

    def text(self):
        return "".join(self.buf)


def L(family, *parts):
    return Line(family).add(parts)


def jstr(v):
    return json.dumps(v, ensure_ascii=False)


def jparts(pairs, sep=",", kv=":"):
    """pairs: (key, value, cat) or (key, value). value str/num/bool/None or
    ('RAW', parts) for raw inline parts. Returns parts list for a JSON object."""
    out = ["{"]
    first = True
    for pr in pairs:
        k, v = pr[0], pr[1]
        cat = pr[2] if len(pr) > 2 else None
        if not first:
            out.append(sep)
        first = False
        out.append(jstr(k) + kv)
        if isinstance(v, tuple) and v[0] == "RAW":
            out.extend(v[1])
        elif isinstance(v, str):
            if cat:
                assert jstr(v) == '"' + v + '"', v
                out.append('"')
                out.append((v, cat))
                out.append('"')
            else:
                out.append(jstr(v))
        else:
            assert cat is None or isinstance(v, int)
            if cat:
                out.append((str(v), cat))
            else:
                out.append(json.dumps(v))
    out.append("}")
    return out


def rdigits(n, first_nonzero=True):
    s = str(rng.randint(1, 9)) if first_nonzero else str(rng.randint(0, 9))
    return s + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def rhex(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def ruuid():
    h = rhex(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:32]}"


def luhn_complete(prefix, length=16):
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def fake_ssn():
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        g = rng.randint(1, 99)
        s = rng.randint(1, 9999)
        return f"{a:03d}-{g:02d}-{s:04d}"


MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]
MONTHS_HT = ["janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm",
             "oktòb", "novanm", "desanm"]


def fdate(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_short":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "eu":
        return d.strftime("%d.%m.%Y")
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "mon":
        return f"{MONTHS_EN[d.month-1]} {d.day}, {d.year}"
    if style == "oracle":
        return f"{d.day:02d}-{MONTHS_EN[d.month-1].upper()}-{d.year}"
    if style == "es":
        return f"{d.day} de {MONTHS_ES[d.month-1]} de {d.year}"
    if style == "ht":
        return f"{d.day} {MONTHS_HT[d.month-1]} {d.year}"
    if style == "yymmdd":
        return d.strftime("%y%m%d")
    raise ValueError(style)


def fphone(digits, style):
    a, b, c = digits[:3], digits[3:6], digits[6:]
    return {
        "paren": f"({a}) {b}-{c}",
        "dash": f"{a}-{b}-{c}",
        "dot": f"{a}.{b}.{c}",
        "plain": digits,
        "e164": f"+1{digits}",
        "intl": f"+1 {a} {b} {c}",
        "hl7": f"({a}){b}-{c}",
    }[style]


# ----------------------------------------------------------------- clock
class Clock:
    def __init__(self):
        self.t = datetime(2024, 6, 11, 2, 0, 3, 118000)

    def tick(self, lo=0.2, hi=35.0):
        self.t += timedelta(seconds=rng.uniform(lo, hi))
        return self.t


CLK = Clock()
TZ = "-04:00"


def ts_iso(t=None, ms=True):
    t = t or CLK.t
    return t.strftime("%Y-%m-%dT%H:%M:%S") + (f".{t.microsecond//1000:03d}" if ms else "") + TZ


def ts_epoch(t=None):
    t = t or CLK.t
    # EDT -> UTC
    e = (t + timedelta(hours=4) - datetime(1970, 1, 1)).total_seconds()
    return f"{e:.4f}"


def ts_space(t=None, comma=False):
    t = t or CLK.t
    return t.strftime("%Y-%m-%d %H:%M:%S") + ("," if comma else ".") + f"{t.microsecond//1000:03d}"


def ts_hl7(t=None):
    t = t or CLK.t
    return t.strftime("%Y%m%d%H%M%S")


def ts_nginx(t=None):
    t = t or CLK.t
    return t.strftime("%d/") + MONTHS_EN[t.month-1] + t.strftime("/%Y:%H:%M:%S -0400")


def ts_go(t=None):
    t = t or CLK.t
    return t.strftime("%Y/%m/%d %H:%M:%S")


def ts_utcz(t=None):
    t = (t or CLK.t) + timedelta(hours=4)
    return t.strftime("%Y-%m-%dT%H:%M:%S") + f".{t.microsecond//1000:03d}Z"


# ----------------------------------------------------------------- people
STAFF = [
    ("Okafor", "Chidi", "MD", "cokafor"), ("Lindqvist", "Maja", "NNP", "mlindqvist"),
    ("Brandt", "Kelsey", "CCLS", "kbrandt"), ("Ramírez", "Tomás", "RN", "tramirez2"),
    ("Abernathy", "Joan", "IBCLC", "jabernathy"), ("Haddad", "Rana", "RN", "rhaddad"),
    ("Yoon", "Min-ji", "RN", "myoon"), ("Fofana", "Aminata", "LICSW", "afofana"),
    ("Costa", "Bruno", "Milk Tech", "bcosta"), ("Weiss", "Deborah", "RN", "dweiss4"),
]

FAM_SPECS = [
    # m_first, m_last, lang, (partner first, partner last), babies [(given or None, sex)], city, street, zip,
    # grandparent, sibling, miles from hospital
    ("Guerline", "Pierre-Louis", "ht", ("Wilner", "Pierre-Louis"), [(None, "F"), (None, "F")],
     "Mattapan", "41 Woodhaven St", "02126", "Odette Pierre", "Kenson", 9),
    ("Xiomara", "Castillo Reyes", "es", ("Julián", "Castillo"), [("Mateo", "M")],
     "Chelsea", "118 Shurtleff St Apt 2", "02150", "Gloria Reyes", "Lucía", 6),
    ("Thi Lan", "Nguyen", "vi", ("Duc", "Tran"), [(None, "M")],
     "Dorchester", "9 Westville St", "02124", "Pham Thi Hoa", "Bao", 5),
    ("Keisha", "Washington-Boyd", "en", ("Andre", "Boyd"), [("Amara", "F")],
     "Brockton", "77 Copeland St", "02301", "Loretta Washington", "Jayden", 26),
    ("Mirlande", "Saint-Fleur", "ht", ("Jean-Robert", "Désir"), [("Wislande", "F")],
     "Randolph", "260 N Main St Unit 5", "02368", "Marguerite Jean-Baptiste", "Darlène", 15),
    ("Siobhan", "O'Connor", "en", ("Declan", "O'Connor"), [(None, "M")],
     "Quincy", "15 Newbury Ave", "02171", "Eileen Kavanagh", "Liam", 10),
    ("Ana Lucía", "de la Cruz", "es", ("Rafael", "Méndez"), [("Valentina", "F")],
     "Lawrence", "402 Haverhill St", "01841", "Rosa Alvarez", "Emiliano", 29),
    ("Oluwaseun", "Adeyemi", "en", ("Tunde", "Adeyemi"), [("Tobi", "M")],
     "Malden", "33 Bainbridge St", "02148", "Folasade Adeyemi", "Ayo", 7),
    ("Fatima", "Al-Hashimi", "en", ("Omar", "Al-Hashimi"), [(None, "F")],
     "Revere", "88 Shirley Ave", "02151", "Samira Khoury", "Zara", 8),
    ("Yolanda", "van der Berg", "en", ("Pieter", "van der Berg"), [("Noor", "F")],
     "Framingham", "12 Winthrop St", "01702", "Wilhelmina de Vries", "Emma", 23),
    ("María José", "Gutiérrez", "es", ("Luis", "Gutiérrez Paz"), [("Santiago", "M")],
     "East Boston", "201 Meridian St", "02128", "Gloria Paz", "Nico", 4),
    ("Priya", "Raghunathan", "en", ("Karthik", "Raghunathan"), [(None, "M")],
     "Waltham", "5 Lexington St Apt 3B", "02452", "Lakshmi Subramanian", "Anika", 12),
]

ISP_IPS = ["73.61.114.208", "24.91.3.177", "98.216.40.12", "66.31.202.95",
           "174.63.18.240", "108.26.151.33", "71.184.90.6", "50.176.229.14",
           "209.6.47.121", "67.186.33.250", "76.119.8.199", "96.237.140.58"]

AREA = ["617", "857", "781", "508", "978", "339"]


def make_family(i, spec):
    mf, ml, lang, (pf, pl), babies, city, street, zipc, grand, sib, miles = spec
    partner = f"{pf} {pl}"
    f = dict(m_first=mf, m_last=ml, lang=lang, partner=partner, p_first=pf, p_last=pl, city=city,
             street=street, zip=zipc, grand=grand, sib=sib, miles=miles)
    f["m_dob"] = date(rng.randint(1984, 2003), rng.randint(1, 12), rng.randint(1, 28))
    f["m_mrn"] = "2" + rdigits(7, False)
    f["m_phone"] = rng.choice(AREA) + str(rng.randint(2, 9)) + rdigits(2, False) + rdigits(4, False)
    f["p_phone"] = rng.choice(AREA) + str(rng.randint(2, 9)) + rdigits(2, False) + rdigits(4, False)
    user_first = mf.split()[0].lower().replace("í", "i")
    user_last = ml.lower().replace(" ", "").replace("'", "").replace("é", "e")
    f["email"] = rng.choice([
        f"{user_first}.{user_last}@gmail.com", f"{user_first[0]}{user_last}{rng.randint(80, 99)}@yahoo.com",
        f"{user_last}.{user_first}@outlook.com", f"{user_first}{rng.randint(1, 999)}@icloud.com"])
    f["portal_user"] = rng.choice([f"{user_first}.{user_last[:6]}", f"{user_first[0]}{user_last}{rng.randint(1, 99)}",
                                   f"mom_{user_first}{rng.randint(10, 99)}"])
    f["ip"] = ISP_IPS[i]
    f["ssn"] = fake_ssn()
    f["medicaid"] = "1000" + rdigits(8, False)
    f["dl"] = "S" + rdigits(8, False)
    f["har"] = "5" + rdigits(8, False)
    f["plate"] = rng.choice([f"{rng.randint(1,9)}{rng.choice('ABCDEFGHJKLMNPRSTVWXYZ')}{rng.choice('ABCDEFGHJKLMNPRSTVWXYZ')}{rng.randint(100,999)}",
                             f"{rng.randint(1,9)}{rng.choice('ABCDEFGHJKL')}{rng.randint(10,99)}", f"{rng.randint(100,999)}{rng.choice('ABCDEFGHJKLMNP')}{rng.choice('ABCDEFGHJKLMNP')}{rng.randint(1,9)}"])
    f["card"] = luhn_complete(rng.choice(["4", "51", "37"]), 15 if False else 16)
    f["pump_sn"] = "SYM" + rdigits(9, False)
    f["pump_mac"] = ":".join(rhex(2).upper() for _ in range(6))
    f["gsrn_m"] = "0950123" + rdigits(11, False)
    f["g_phone"] = rng.choice(AREA) + str(rng.randint(2, 9)) + rdigits(2, False) + rdigits(4, False)
    pfl = pf.lower().replace("é", "e").replace("á", "a")
    f["p_email"] = rng.choice([f"{pfl}.{user_last[:7]}@gmail.com", f"{pfl}{rng.randint(70, 99)}@hotmail.com",
                               pfl[0] + pl.lower().replace(" ", "").replace("é", "e").replace("'", "") + "@outlook.com"])
    birth = date(2024, 6, 11) - timedelta(days=rng.randint(2, 70))
    bl = []
    for j, (given, sex) in enumerate(babies):
        b = dict(given=given, sex=sex, dob=birth)
        b["mrn"] = "2" + rdigits(7, False)
        b["csn"] = "300" + rdigits(7, False)
        b["kit"] = "24" + rdigits(8, False)
        b["gsrn"] = "0950123" + rdigits(11, False)
        b["bed"] = f"{rng.choice(['2W', '2E', '3N'])}-{rng.randint(1, 32):02d}"
        b["ga"] = f"{rng.randint(24, 35)}+{rng.randint(0, 6)}"
        b["twin"] = ("A" if j == 0 else "B") if len(babies) > 1 else None
        b["warmer_sn"] = "SDB" + rdigits(5, False) + rng.choice("ABCDEFGHJK") + rng.choice("ABCDEFGHJK")
        b["fpump_sn"] = "3500" + rdigits(6, False)
        bl.append(b)
    f["babies"] = bl
    f["m_admit"] = birth - timedelta(days=rng.randint(0, 3))
    f["m_dc"] = birth + timedelta(days=rng.randint(2, 5))
    f["fundraiser"] = rng.choice([
        f"https://www.gofundme.com/f/help-baby-{user_last[:8]}-come-home",
        f"https://www.caringbridge.org/site/{user_last}family",
        f"https://{user_first}and{pf.lower().replace('é','e').replace('á','a')}.blogspot.com/2024/06/nicu-day-{rng.randint(3,40)}.html"])
    return f


FAMS = [make_family(i, s) for i, s in enumerate(FAM_SPECS)]


def baby_label(f, b):
    pref = {"F": "Baby Girl", "M": "Baby Boy"}[b["sex"]]
    if b["twin"]:
        pref = f"Twin {b['twin']} {pref}"
    return pref


DONOR_SPECS = [
    ("Hannah", "Lichtenstein"), ("Adaeze", "Nwosu"), ("Carmen", "Ibarra-Soto"),
    ("Rebecca", "St. John"), ("Mei", "Huang"), ("Tatiana", "Volkova"),
    ("Lauren", "MacDougall"), ("Shanice", "Greenidge"), ("Ingrid", "Solberg"),
]
DONORS = []
for fn, ln in DONOR_SPECS:
    d = dict(first=fn, last=ln)
    d["id"] = f"D24-{rng.randint(100, 999):04d}"
    d["dob"] = date(rng.randint(1983, 2000), rng.randint(1, 12), rng.randint(1, 28))
    d["screen"] = date(2024, rng.randint(3, 5), rng.randint(1, 28))
    d["phone"] = rng.choice(AREA + ["401", "603", "207"]) + str(rng.randint(2, 9)) + rdigits(2, False) + rdigits(4, False)
    d["fax"] = rng.choice(AREA) + str(rng.randint(2, 9)) + rdigits(2, False) + rdigits(4, False)
    d["email"] = f"{fn.lower()}.{ln.lower().replace(' ', '').replace('.', '').replace('-', '')}{rng.randint(1,90)}@{rng.choice(['gmail.com','proton.me','comcast.net','hotmail.com'])}"
    d["street"] = f"{rng.randint(3, 480)} {rng.choice(['Elm', 'Prospect', 'Highland', 'Pleasant', 'Summer', 'Chestnut', 'Walnut'])} {rng.choice(['St', 'Ave', 'Rd', 'Ter'])}"
    d["city"] = rng.choice(["Newton", "Somerville", "Providence", "Nashua", "Portland", "Worcester", "Salem"])
    d["zip"] = rng.choice(["02458", "02144", "02906", "03060", "04101", "01609", "01970"])
    DONORS.append(d)

# ----------------------------------------------------------------- output
LINES = []


def emit(line):
    LINES.append(line)


def pickfam():
    return rng.choice(FAMS)


def pickbaby(f):
    return rng.choice(f["babies"])


def staff():
    return rng.choice(STAFF)


def rn():
    return rng.choice([x for x in STAFF if x[2] in ("RN", "NNP")])


def trace():
    return rhex(32)


def span_id():
    return rhex(16)


# ================================================================= PHI-bearing generators
def g_zap_scan_match():
    f = pickfam(); b = pickbaby(f); CLK.tick()
    bottle = f"EBM-{CLK.t.strftime('%m%d')}-{rng.randint(1, 40):04d}"
    res = rng.choices(["MATCH", "MATCH", "MATCH", "MISMATCH", "EXPIRED"], k=1)[0]
    lvl = "info" if res == "MATCH" else "warn"
    msg = {"MATCH": "bottle/patient verified", "MISMATCH": "WRONG MILK: bottle belongs to a different infant",
           "EXPIRED": "bottle past hang time, feed blocked"}[res]
    pairs = [("level", lvl), ("ts", ("RAW", [ts_epoch()])), ("caller", "scan/verify.go:" + str(rng.choice([142, 151, 188]))),
             ("msg", msg), ("bottleId", bottle), ("infantMrn", b["mrn"], "mrn"), ("motherMrn", f["m_mrn"], "mrn"),
             ("result", res), ("unit", "NICU"), ("bed", b["bed"]), ("scannerId", f"DS8178-{rng.randint(10,99)}"),
             ("rn", rn()[3]), ("traceId", trace())]
    if res == "MISMATCH":
        o = pickfam(); ob = pickbaby(o)
        pairs.insert(7, ("bottleInfantMrn", ob["mrn"], "mrn"))
    emit(L("zap_json", *jparts(pairs)))


def g_zap_console_wristband():
    f = pickfam(); b = pickbaby(f); CLK.tick()
    who = rng.choice(["infant", "mother"])
    gsrn = b["gsrn"] if who == "infant" else f["gsrn_m"]
    st = staff()
    parts = [ts_iso().replace("-04:00", "-0400"), "\tINFO\t", "scan/handler.go:88", "\t", "wristband scanned", "\t",
             *jparts([("symbology", "GS1-128"), ("ai", "8018"), ("gsrn", gsrn, "other_id"),
                      ("resolvedMrn", b["mrn"] if who == "infant" else f["m_mrn"], "mrn"), ("role", who),
                      ("caregiverAi", "8017"), ("caregiverGsrn", "0950123" + rdigits(11, False)),
                      ("station", f"milkroom-{rng.randint(1,3)}")], sep=", ", kv=": ")]
    emit(L("zap_console", *parts))


def g_gs1_raw_scan():
    f = pickfam(); b = pickbaby(f); CLK.tick()
    gsrn = rng.choice([b["gsrn"], f["gsrn_m"]])
    emit(L("zap_json", *jparts([
        ("level", "debug"), ("ts", ("RAW", [ts_epoch()])), ("caller", "gs1/parse.go:57"), ("msg", "raw scan"),
        ("raw", ("RAW", ['"]C18018', (gsrn, "other_id"), '"'])), ("aim", "]C1"), ("len", 22),
        ("device", "Zebra DS8178 fw PAACJS00-006-R03")])))


def g_zap_console_label_print():
    f = pickfam(); b = pickbaby(f); CLK.tick()
    expd = CLK.t.date() - timedelta(days=rng.choice([0, 0, 1, 2, 14]))
    hhmm = f"{rng.randint(0,23):02d}{rng.choice(['00','15','30','45'])}"
    kind = rng.choice(["EBM", "EBM", "EBM+HMF24", "COLOSTRUM"])
    seq = f"{rng.randint(1, 60):04d}"
    parts = [ts_iso().replace("-04:00", "-0400"), "\tINFO\t", "label/print.go:203", "\t", "label printed", "\t",
             "{", '"payload": "BM01|', (b["mrn"], "mrn"), "|", (fdate(expd, "yymmdd"), "date"), f"|{hhmm}|{kind}|",
             rng.choice(["FRESH", "FRZ", "THAWED"]), f"|{seq}", '", "printer": "ZD421-milkroom-2", "copies": 1, "name": "',
             *([(b["given"].upper(), "name"), " ", (f["m_last"].upper(), "name")] if b["given"] else [(f["m_last"].upper(), "name"), ", " + ("BG" if b["sex"] == "F" else "BB") + (b["twin"] or "")]), '"}']
    emit(L("zap_console", *parts))


def g_spring_feed_order():
    f = pickfam(); b = pickbaby(f); CLK.tick()
    st = staff()
    vol = round(rng.uniform(1.5, 42.0), 1)
    nm_parts = []
    if b["given"]:
        nm_parts = [(b["given"], "name"), " ", (f["m_last"], "name")]
    else:
        nm_parts = [baby_label(f, b) + " ", (f["m_last"], "name")]
    emit(L("spring_boot", ts_iso(), "  INFO 1 --- [feeding-svc] [nio-8080-exec-", str(rng.randint(1, 10)),
           "] o.c.nicu.feeding.FeedOrderService        : Feed order ",
           f"FO-{rng.randint(100000, 999999)} verified for ", *nm_parts, " (MRN ", (b["mrn"], "mrn"),
           f") {vol} mL q3h {rng.choice(['NG', 'OG', 'PO/NG', 'NG continuous'])} source=",
           rng.choice(["MOM", "MOM+HMF", "DHM", "DHM+HMF", "MOM/DHM"]), f" by {rn()[3]}"))


def g_logback_hmf_mismatch():
    f = pickfam(); b = pickbaby(f); CLK.tick()
    emit(L("logback_pattern", ts_space(), f" [DefaultDispatcher-worker-{rng.randint(1, 8)}] WARN  o.c.nicu.feeding.FortifierCheck - ",
           "fortifier double-check pending: patient=", (f["m_last"].upper(), "name"), ",",
           (b["given"].upper() if b["given"] else ("BABYGIRL" if b["sex"] == "F" else "BABYBOY"), "name" if b["given"] else None),
           " mrn=", (b["mrn"], "mrn"), " recipe=HMF 24kcal/oz second_verifier=null"))


def g_logstash_chat():
    f = rng.choice([x for x in FAMS if x["lang"] in ("es", "ht", "vi")] + [rng.choice(FAMS)])
    b = pickbaby(f); CLK.tick()
    lang = f["lang"] if f["lang"] in ("es", "ht", "vi") else "en"
    gm = f["grand"]
    if lang == "ht":
        opts = [
            ["Bonjou, se manman ", (b["given"] or f["m_last"], "name"), ". Kijan ti bebe a ye maten an? Èske li te bwè lèt la byen?"],
            ["Mèsi anpil pou foto a! Papa l, ", (f["partner"], "name"), ", ap vini aswè a apre travay."],
            ["Mwen te ponpe 60 mL lèt, m ap pote l demen maten. Tanpri rele m nan ", (fphone(f["m_phone"], "dash"), "phone"), " si gen chanjman."],
            ["Grann li, ", (gm, "name"), ", vle vizite dimanch. Èske li ka antre san mwen?"],
            ["M kite 3 bibwon lèt nan frizè a, dat sou yo se ", (fdate(CLK.t.date() - timedelta(days=1), "ht"), "date"), ". Mèsi."],
            ["Si nou pa ka jwenn mwen, rele sè m ", (rng.choice(["Nadège", "Fabiola", "Roselène"]) + " " + f["m_last"], "name"), " nan ",
             ("+509 " + rdigits(4) + " " + rdigits(4), "phone"), ", li la Okap."],
            ["Kamera a pa mache depi yè swa, mwen pa ka wè ", (b["given"] or "pitit mwen", "name" if b["given"] else None), "."],
        ]
    elif lang == "es":
        opts = [
            ["Hola, soy ", (f["m_first"], "name"), ", la mamá de ", *([(b["given"], "name")] if b["given"] else ["bebé ", (f["m_last"].split()[0], "name")]), ". ¿Cuántos mililitros tomó en la última toma?"],
            ["Dejé 4 biberones de leche en el congelador de la unidad, con fecha ", (fdate(CLK.t.date() - timedelta(days=1), "dmy"), "date"), "."],
            ["Mi esposo ", (f["partner"], "name"), " va a venir a las 8pm, ¿lo pueden agregar a la lista de visitas?"],
            ["¿La cámara está apagada? No puedo ver a mi bebé desde anoche. Mi número es ", (fphone(f["m_phone"], "paren"), "phone")],
            ["Mi abuelita tiene ", (str(rng.randint(90, 98)), "age"), " años y quiere conocer a ", *([(b["given"], "name")] if b["given"] else ["la bebé"]), " por la cámara, ¿le puedo dar acceso?"],
            ["gracias enfermera!! mi mamá ", (gm.lower(), "name"), " quiere saber si puede cargar al bebé el domingo"],
            ["Por favor mándenme los papeles del alojamiento a ", (f["email"], "email"), ", gracias"],
            ["La abuela ", (gm, "name"), " llega el ", (fdate(CLK.t.date() + timedelta(days=rng.randint(1, 6)), "es"), "date"), " desde Puerto Rico."],
        ]
    elif lang == "vi":
        opts = [
            ["Chào chị, em là ", (f["m_first"].split()[-1], "name"), ", mẹ của bé ", (f["m_last"], "name"), ". Em sẽ mang sữa vào lúc 7 giờ sáng."],
            ["Chồng em là ", (f["partner"], "name"), ", anh ấy sẽ gọi lại số ", (fphone(f["p_phone"], "dot"), "phone"), " nhé."],
        ]
    else:
        opts = [
            ["this is ", (f["p_first"].lower(), "name"), ", ", *([(b["given"].lower(), "name"), "'s"] if b["given"] else ["the baby's"]),
             " dad. pls send the discharge class info to ", (f["p_email"], "email")],
            ["Hi it's ", (f["m_first"], "name"), ", can you ask the NNP to call me back at ", (fphone(f["m_phone"], "dot"), "phone"), "?"],
            ["Grandma ", (gm, "name"), " is on the visitor list now right? She's coming Saturday."],
            ["we set up a page for updates: ", (f["fundraiser"], "url")],
        ]
    msg = rng.choice(opts)
    pairs = [("@timestamp", ts_iso()), ("@version", "1"), ("message", ("RAW", ['"', "chat msg received: "] + msg + ['"'])),
             ("logger_name", "org.chh.familychat.ws.ChatSocketHandler"), ("thread_name", f"ktor-worker-{rng.randint(1,6)}"),
             ("level", "INFO"), ("level_value", 20000), ("room", f"nicu-{b['bed']}"), ("from", f["portal_user"], "other_id"),
             ("lang", lang), ("traceId", trace()), ("spanId", span_id())]
    emit(L("logstash_json", *jparts(pairs)))


def g_logstash_chat_staff_reply():
    f = rng.choice(FAMS); b = pickbaby(f); CLK.tick()
    st = rng.choice([x for x in STAFF if x[2] in ("RN", "NNP", "CCLS", "IBCLC")])
    lang = f["lang"] if f["lang"] in ("es", "ht") else "en"
    txt = {"ht": "Bonswa! Ti bebe a ap byen dòmi, li te pran tout manje li a 9è.",
           "es": "Buenas noches, la cámara se apagó durante el procedimiento; ya está encendida de nuevo.",
           "en": "Good morning! Rounds are at 10, you're welcome to join by phone."}[lang]
    pairs = [("@timestamp", ts_iso()), ("@version", "1"), ("message", "chat msg sent: " + txt),
             ("logger_name", "org.chh.familychat.ws.ChatSocketHandler"), ("thread_name", f"ktor-worker-{rng.randint(1,6)}"),
             ("level", "INFO"), ("level_value", 20000), ("room", f"nicu-{b['bed']}"), ("from", st[3]),
             ("lang", lang), ("interpreter", "none" if lang == "en" else rng.choice(["none", "video-remote"]))]
    emit(L("logstash_json", *jparts(pairs)))


def g_chat_photo():
    f = pickfam(); b = pickbaby(f); CLK.tick()
    raw = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00" + bytes(rng.randint(0, 255) for _ in range(78))
    b64 = base64.b64encode(raw).decode()
    emit(L("logstash_json", *jparts([
        ("@timestamp", ts_iso()), ("@version", "1"), ("message", "attachment staged for moderation"),
        ("logger_name", "org.chh.familychat.media.UploadService"), ("thread_name", "DefaultDispatcher-worker-3"),
        ("level", "DEBUG"), ("level_value", 10000), ("uploader", f["portal_user"], "other_id"),
        ("mime", "image/jpeg"), ("bytes", rng.randint(80000, 400000)),
        ("preview", ("RAW", ['"data:image/jpeg;base64,', (b64, "photo"), '"'])), ("faceDetected", True)])))


def g_portal_login():
    f = pickfam(); CLK.tick()
    ok = rng.random() < 0.8
    emit(L("logstash_json", *jparts([
        ("@timestamp", ts_iso()), ("@version", "1"),
        ("message", "portal login " + ("success" if ok else "failed: bad credentials")),
        ("logger_name", "org.chh.webcam.auth.LoginAuditListener"), ("thread_name", f"http-nio-8443-exec-{rng.randint(1,20)}"),
        ("level", "INFO" if ok else "WARN"), ("level_value", 20000 if ok else 30000),
        ("event", "AUTH_SUCCESS" if ok else "AUTH_FAILURE"), ("principal", f["portal_user"], "other_id"),
        ("remoteAddr", f["ip"], "ip"), ("mfa", rng.choice(["sms", "totp", "email"])),
        ("userAgent", rng.choice(["NICUView/3.8.1 (iPhone; iOS 17.5)", "Mozilla/5.0 (Linux; Android 14; SM-A156U)",
                                   "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/125.0"]))])))


def g_portal_invite():
    f = pickfam(); b = pickbaby(f); CLK.tick()
    rel = rng.choice(["grandparent", "father", "aunt"])
    nm = f["grand"] if rel == "grandparent" else (f["partner"] if rel == "father" else f["sib"] + " " + f["m_last"])
    emit(L("spring_boot", ts_iso(), "  INFO 1 --- [webcam-portal] [nio-8443-exec-", str(rng.randint(1, 20)),
           "] o.c.webcam.invite.InviteService          : invite sent to ", (f["p_email"] if rel == "father" else nm.split()[0].lower().replace("é", "e").replace("í", "i") + rdigits(3) + "@gmail.com", "email"),
           f" relationship={rel} name=\"", (nm, "name"), "\" camera=cam-", b["bed"], " approvedBy=", (f["portal_user"], "other_id")))


def g_nginx_webcam():
    f = pickfam(); b = pickbaby(f); CLK.tick()
    path = rng.choice([f"/live/cam-{b['bed']}/index.m3u8", f"/live/cam-{b['bed']}/seg_{rng.randint(10000,99999)}.ts",
                       "/api/v2/me/infants", "/api/v2/chat/unread"])
    emit(L("nginx_combined", (f["ip"], "ip"), " - ", (f["portal_user"], "other_id"), f" [{ts_nginx()}] \"GET {path}?tok={rhex(20)} HTTP/2.0\" ",
           f"{rng.choice([200, 200, 200, 206, 304])} {rng.randint(300, 900000)} \"https://nicuview.chh.example.org/watch\" \"",
           rng.choice(["NICUView/3.8.1 CFNetwork/1496.0.7 Darwin/23.5.0", "Mozilla/5.0 (Linux; Android 14; Pixel 7)",
                       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Safari/605.1.15"]), "\""))


def g_logfmt_webcam_session():
    f = pickfam(); b = pickbaby(f); CLK.tick()
    emit(L("logfmt", f"ts={ts_utcz()} level=info caller=relay/session.go:112 msg=\"viewer joined\" camera=cam-{b['bed']} ",
           "viewer=", (f["portal_user"], "other_id"), " peer=", (f["ip"], "ip"), f":{rng.randint(40000, 65000)} ",
           f"codec=h264 kbps={rng.randint(600, 2400)} session={ruuid()}"))


def hl7_name(last, first):
    # returns parts list for an XPN with each component labeled
    return [(last, "name"), "^", (first, "name")] if first else [(last, "name")]


def baby_hl7_given(f, b):
    if b["given"]:
        return [(b["given"].upper(), "name")]
    s = "BABYGIRL" if b["sex"] == "F" else "BABYBOY"
    if b["twin"]:
        s = s + " " + b["twin"]
    return [s]


def g_hl7_newborn_admit():
    f = pickfam(); b = pickbaby(f); CLK.tick(5, 60)
    ctl = f"MSG{rng.randint(10000000, 99999999)}"
    st = staff()
    fam = "hl7v2"
    trig = rng.choice(["A01", "A04", "A08"])
    emit(L(fam, f"MSH|^~\\&|EPIC|CHH|NICUTRACK|CHH|{ts_hl7()}||ADT^{trig}^ADT_A01|{ctl}|P|2.5.1|||AL|NE"))
    emit(L(fam, f"EVN|{trig}|{ts_hl7()}|||{rng.randint(100000, 999999)}^{st[0].upper()}^{st[1].upper()}"))
    street_city = f["street"] + "^^" + f["city"]
    pid = ["PID|1||", (b["mrn"], "mrn"), "^^^CHH^MR~", (b["kit"], "other_id"), "^^^MASTATE^NBS||",
           (f["m_last"].upper(), "name"), "^", *baby_hl7_given(f, b), "^^^^^L|", (f["m_last"].upper(), "name"), "|",
           (fdate(b["dob"], "hl7") + f"{rng.randint(0,23):02d}{rng.randint(0,59):02d}", "date"), f"|{b['sex']}|||",
           (f["street"], "address"), "^^", (f["city"], "address"), "^MA^", (f["zip"], "zip"), "^USA||",
           (fphone(f["m_phone"], "hl7"), "phone"), "^PRN^PH|||||", (f["har"], "account"), "|||",
           (f["m_mrn"], "mrn"), "^^^CHH^MR||CHH|", "Y" if b["twin"] else "N", "|", "1" if b["twin"] in (None, "A") else "2"]
    emit(L(fam, *pid))
    emit(L(fam, "NK1|1|", *hl7_name(f["m_last"].upper(), f["m_first"].upper()), "|MTH^Mother^HL70063|",
           (f["street"], "address"), "^^", (f["city"], "address"), "^MA^", (f["zip"], "zip"), "|",
           (fphone(f["m_phone"], "hl7"), "phone"), "||EC^Emergency Contact^HL70131"))
    pl, pf = f["p_last"].upper(), f["p_first"].upper()
    emit(L(fam, "NK1|2|", (pl, "name"), "^", (pf, "name"), "|FTH^Father^HL70063||", (fphone(f["p_phone"], "hl7"), "phone")))
    admit = b["dob"]
    emit(L(fam, f"PV1|1|I|NICU^{b['bed'].replace('-', '')}^01^CHH||||{rng.randint(1000000, 9999999)}^{STAFF[0][0].upper()}^{STAFF[0][1].upper()}^^^MD|||NIC||||7|||"
               f"{rng.randint(1000000, 9999999)}^{STAFF[1][0].upper()}^{STAFF[1][1].upper()}^^^NNP|NB|", (b["csn"], "other_id"),
           "^^^CHH^VN|||||||||||||||||||||||||", (fdate(admit, "hl7") + f"{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}", "date")))
    emit(L(fam, f"OBX|1|NM|8339-4^Birth weight Measured^LN||{rng.randint(560, 2400)}|g^gram^UCUM|||||F"))
    emit(L(fam, f"OBX|2|ST|76516-4^Gestational age--at birth^LN||{b['ga']} wk||||||F"))


def g_hl7_a24_link():
    f = pickfam(); b = pickbaby(f); CLK.tick(5, 60)
    fam = "hl7v2"
    emit(L(fam, f"MSH|^~\\&|EPIC|CHH|MILKTRAK|CHH|{ts_hl7()}||ADT^A24^ADT_A24|MSG{rng.randint(10000000, 99999999)}|P|2.5.1"))
    emit(L(fam, f"EVN|A24|{ts_hl7()}"))
    emit(L(fam, "PID|1||", (b["mrn"], "mrn"), "^^^CHH^MR||", (f["m_last"].upper(), "name"), "^", *baby_hl7_given(f, b),
           "||", (fdate(b["dob"], "hl7"), "date"), f"|{b['sex']}"))
    emit(L(fam, "PID|2||", (f["m_mrn"], "mrn"), "^^^CHH^MR||", *hl7_name(f["m_last"].upper(), f["m_first"].upper()),
           "||", (fdate(f["m_dob"], "hl7"), "date"), "|F|||||||||||", (f["ssn"].replace("-", ""), "ssn")))


def g_hl7_mother_a08():
    f = pickfam(); CLK.tick(5, 60)
    fam = "hl7v2"
    emit(L(fam, f"MSH|^~\\&|EPIC|CHH-L&D|MILKTRAK|CHH|{ts_hl7()}||ADT^A08^ADT_A01|MSG{rng.randint(10000000, 99999999)}|P|2.5.1"))
    emit(L(fam, "PID|1||", (f["m_mrn"], "mrn"), "^^^CHH^MR||", *hl7_name(f["m_last"].upper(), f["m_first"].upper()), "||",
           (fdate(f["m_dob"], "hl7"), "date"), "|F|||", (f["street"], "address"), "^^", (f["city"], "address"), "^MA^",
           (f["zip"], "zip"), "||", (fphone(f["m_phone"], "hl7"), "phone"), "^PRN^CP~^NET^Internet^", (f["email"], "email"),
           "||", {"es": "SPA", "ht": "HAT", "vi": "VIE"}.get(f["lang"], "ENG"), "|M||", (f["har"], "account"), "|",
           (f["ssn"], "ssn"), "|", (f["dl"], "license"), "^MA"))
    emit(L(fam, "PV1|1|O|LD^PP12^01^CHH||||||||||||||||", ("4" + rdigits(9), "other_id"), "^^^CHH^VN|||||||||||||||||||||||||",
           (fdate(f["m_admit"], "hl7"), "date"), "|", (fdate(f["m_dc"], "hl7"), "date")))
    emit(L(fam, "IN1|1|MCD001^MassHealth Standard|04293|MASSHEALTH|PO Box 4405^^Taunton^MA^02780||||||||||",
           "|", *hl7_name(f["m_last"].upper(), f["m_first"].upper()), "|01^Self" + "|" * 19,
           (f["medicaid"], "health_plan")))


def g_mirth_escaped():
    f = pickfam(); b = pickbaby(f); CLK.tick()
    ctl = f"MSG{rng.randint(10000000, 99999999)}"
    emit(L("mirth_hl7", f"INFO  {ts_space()} [ADT_NICU_IN Source] com.mirth.connect.connectors.tcp.TcpReceiver: Received message: ",
           f"MSH|^~\\&|EPIC|CHH|NICUTRACK|CHH|{ts_hl7()}||ADT^A02^ADT_A02|{ctl}|P|2.5.1\\rEVN|A02|{ts_hl7()}\\rPID|1||",
           (b["mrn"], "mrn"), "^^^CHH^MR||", (f["m_last"].upper(), "name"), "^", *baby_hl7_given(f, b), "||",
           (fdate(b["dob"], "hl7"), "date"), f"|{b['sex']}\\rPV1|1|I|NICU^{b['bed'].replace('-', '')}^01^CHH|||NICU^2W{rng.randint(1,32):02d}^01^CHH\\r"))


def g_x12_270():
    f = pickfam(); b = pickbaby(f); CLK.tick()
    fam = "x12"
    ctl = f"{rng.randint(100000000, 999999999)}"
    emit(L(fam, f"ISA*00*          *00*          *ZZ*CHHMILKBANK    *ZZ*MASSHEALTH     *{CLK.t.strftime('%y%m%d')}*{CLK.t.strftime('%H%M')}*^*00501*{ctl}*0*P*:~"))
    emit(L(fam, f"GS*HS*CHHMILKBANK*MASSHEALTH*{CLK.t.strftime('%Y%m%d')}*{CLK.t.strftime('%H%M')}*{rng.randint(1000,9999)}*X*005010X279A1~"))
    emit(L(fam, "ST*270*0001*005010X279A1~"))
    emit(L(fam, "NM1*PR*2*MASSHEALTH*****PI*04293~"))
    emit(L(fam, "NM1*1P*2*CHILDRENS HARBOR HOSPITAL*****XX*1234567893~"))
    emit(L(fam, "NM1*IL*1*", (f["m_last"].upper(), "name"), "*", (f["m_first"].upper(), "name"), "****MI*", (f["medicaid"], "health_plan"), "~"))
    emit(L(fam, "DMG*D8*", (fdate(f["m_dob"], "hl7"), "date"), "*F~"))
    emit(L(fam, "NM1*03*1*", (f["m_last"].upper(), "name"), "*", *( [(b["given"].upper(), "name")] if b["given"] else ["BABY " + ("GIRL" if b["sex"] == "F" else "BOY")]), "~"))
    emit(L(fam, "DMG*D8*", (fdate(b["dob"], "hl7"), "date"), f"*{b['sex']}~"))
    emit(L(fam, "EQ*BZ~"))
    emit(L(fam, "SE*11*0001~"))


def g_donor_csv_header():
    emit(L("csv_donor_screen", "donor_id,last_name,first_name,dob,screen_date,hiv1_2,htlv1_2,hbsag,hcv_ab,rpr,meds_reviewed,status"))


def g_donor_csv_row():
    d = rng.choice(DONORS); CLK.tick()
    res = ["NR"] * 5
    status = "APPROVED"
    if rng.random() < 0.12:
        res[rng.randint(0, 4)] = "REACTIVE"; status = "DEFERRED"
    emit(L("csv_donor_screen", (d["id"], "other_id"), ",", (d["last"], "name"), ",", (d["first"], "name"), ",",
           (fdate(d["dob"], "us"), "date"), ",", (fdate(d["screen"], "iso"), "date"), "," + ",".join(res) + f",{rng.choice(['Y', 'Y', 'N'])},{status}"))


def g_donor_intake_json():
    d = rng.choice(DONORS); CLK.tick()
    emit(L("logstash_json", *jparts([
        ("@timestamp", ts_iso()), ("@version", "1"), ("message", "donor intake form received"),
        ("logger_name", "org.chh.milkbank.intake.IntakeController"), ("thread_name", f"http-nio-8081-exec-{rng.randint(1,12)}"),
        ("level", "INFO"), ("level_value", 20000), ("donorNo", d["id"], "other_id"),
        ("donorName", f"{d['last']}, {d['first']}", "name"), ("birthDate", fdate(d["dob"], "iso"), "date"),
        ("homePhone", fphone(d["phone"], "dash"), "phone"), ("fax", fphone(d["fax"], "paren"), "fax"),
        ("email", d["email"], "email"), ("street", d["street"], "address"), ("city", d["city"], "address"),
        ("zip", d["zip"], "zip"), ("pregnancyOutcome", rng.choice(["term", "preterm", "bereaved"])),
        ("smoker", False), ("travelDeferral", False)])))


def g_pasteur_header():
    emit(L("csv_pasteur", "batch_id;pool_id;donors;volume_ml;bottles;setpoint_c;hold_s;pre_cfu_ml;post_culture;operator;status"))


def g_pasteur_row():
    CLK.tick()
    ds = rng.sample(DONORS, rng.randint(2, 4))
    parts = [f"PB-{CLK.t.strftime('%y%m%d')}-{rng.randint(1,4):02d};POOL-{rng.randint(1000,9999)};"]
    for i, d in enumerate(ds):
        if i:
            parts.append("|")
        parts.append((d["id"], "other_id"))
    parts.append(f";{rng.randint(2400, 9800)};{rng.randint(24, 100)};62.5;1800;{rng.choice(['<1x10^4', '2.3x10^4', '8.0x10^3', '<1x10^5'])};"
                 f"{rng.choice(['NO GROWTH', 'NO GROWTH', 'PENDING'])};{rng.choice(['bcosta', 'lnyambura', 'pmcgrath'])};{rng.choice(['RELEASED', 'QUARANTINE', 'RELEASED'])}")
    emit(L("csv_pasteur", *parts))


def g_logback_serology_import():
    d = rng.choice(DONORS); CLK.tick()
    emit(L("logback_pattern", ts_space(), f" [serology-import-{rng.randint(1,3)}] ERROR o.c.milkbank.screening.SerologyImporter - ",
           "row 14 rejected: donor ", (d["id"], "other_id"), " (", (d["first"][0] + ". " + d["last"], "name"), ") collection date ",
           (fdate(d["screen"], rng.choice(["us_short", "oracle", "eu"])), "date"), " older than 6 months, re-screen required"))


def g_syslog_pump_assoc():
    f = pickfam(); b = pickbaby(f); CLK.tick()
    ev = rng.choice(["FEED_START", "FEED_COMPLETE", "OCCLUSION", "SYRINGE_EMPTY", "PATIENT_ASSOCIATE"])
    sev = "<131>" if ev in ("OCCLUSION", "SYRINGE_EMPTY") else "<134>"
    emit(L("syslog5424", sev, f"1 {ts_utcz()} pumpgw01.chh.local feedpump 2214 {ev} ",
           "[pump@32473 sn=\"", (b["fpump_sn"], "device"), "\" model=\"Medfusion 3500 v6\" ch=\"A\"] ",
           f"rate={round(rng.uniform(0.8, 18.0), 1)}mL/h vtbi={round(rng.uniform(2, 40), 1)}mL bed={b['bed']} ptid=", (b["mrn"], "mrn")))


def g_syslog_warmer_assoc():
    f = pickfam(); b = pickbaby(f); CLK.tick()
    ev = rng.choice(["SKIN_PROBE_OFF", "SERVO_SET", "HEATER_ALARM", "MODE_CHANGE", "ADMIT"])
    emit(L("syslog5424", "<132>1 ", ts_utcz(), " devgw02.chh.local giraffe 911 ", ev, " [warmer@32473 serial=\"",
           (b["warmer_sn"], "device"), "\" model=\"Giraffe OmniBed Carestation\"] ",
           f"servo={rng.choice(['36.5', '36.8', '37.0'])}C skin={round(rng.uniform(35.4, 37.6), 1)}C heater={rng.randint(0, 80)}% mode={rng.choice(['BABY', 'AIR', 'MANUAL'])} ",
           "patient=\"", (f["m_last"].upper(), "name"), ", ", baby_label(f, b).upper() if not b["given"] else "", *([(b["given"].upper(), "name")] if b["given"] else []), "\""))


def g_breastpump_rental():
    f = pickfam(); CLK.tick()
    emit(L("spring_boot", ts_iso(), "  INFO 1 --- [lactation-svc] [nio-8080-exec-", str(rng.randint(1, 10)),
           "] o.c.lactation.rental.PumpRentalService   : Symphony rental ", f"RNT-{rng.randint(20000, 99999)} issued sn=",
           (f["pump_sn"], "device"), " bt=", (f["pump_mac"], "device"), " to mother mrn=", (f["m_mrn"], "mrn"),
           " contact=", (fphone(f["m_phone"], rng.choice(["plain", "e164", "dash"])), "phone"), f" insurance=MassHealth ibclc={STAFF[4][3]}"))


def g_pumping_sync():
    f = pickfam(); CLK.tick()
    exp_d = CLK.t.date() - timedelta(days=rng.randint(0, 1))
    emit(L("zap_json", *jparts([
        ("level", "info"), ("ts", ("RAW", [ts_epoch()])), ("caller", "sync/pumplog.go:77"), ("msg", "pumping sessions imported"),
        ("motherMrn", f["m_mrn"], "mrn"), ("deviceMac", f["pump_mac"], "device"), ("sessions", rng.randint(1, 8)),
        ("totalMl", rng.randint(20, 420)), ("expressedOn", fdate(exp_d, "iso"), "date"), ("app", "MyPumpLog/2.4.0")])))


def g_nbs_xml():
    f = pickfam(); b = pickbaby(f); CLK.tick()
    ctype = rng.choice(["INITIAL", "INITIAL", "REPEAT", "30DAY"])
    hrs = {"INITIAL": rng.randint(24, 48), "REPEAT": rng.randint(96, 340), "30DAY": rng.randint(700, 760)}[ctype]
    col = datetime.combine(b["dob"], datetime.min.time()) + timedelta(hours=hrs, minutes=rng.choice([0, 10, 25, 40]))
    if col > CLK.t - timedelta(hours=6):
        ctype = "INITIAL"
        col = datetime.combine(b["dob"], datetime.min.time()) + timedelta(hours=rng.randint(24, 30), minutes=rng.choice([5, 20, 35]))
    emit(L("nbs_xml", "<NbsCard kit=\"", (b["kit"], "other_id"), "\" type=\"", ctype,
           "\"><Infant mrn=\"", (b["mrn"], "mrn"), "\" sex=\"", b["sex"], "\" dob=\"", (fdate(b["dob"], "iso"), "date"),
           "\" ga=\"", b["ga"], "\"/><Mother last=\"", (f["m_last"], "name"), "\" first=\"", (f["m_first"], "name"),
           "\"/><Collected>", (col.strftime("%Y-%m-%dT%H:%M"), "date"), "</Collected><Tpn>", rng.choice(["N", "Y"]),
           "</Tpn><Transfused>N</Transfused><Status>", rng.choice(["DRYING", "IN_TRANSIT", "RECEIVED_LAB"]), "</Status></NbsCard>"))


def g_nbs_stdlog():
    f = pickfam(); b = pickbaby(f); CLK.tick()
    kind = rng.choice([0, 1, 2])
    if kind == 0:
        emit(L("go_stdlog", ts_go(), " nbs-tracker: card ", (b["kit"], "other_id"), " overdue: collected >72h ago, not received by state lab (infant ",
               (f["m_last"].upper(), "name"), ", ", baby_label(f, b).upper() if not b["given"] else "",
               *([(b["given"].upper(), "name")] if b["given"] else []), ")"))
    elif kind == 1:
        emit(L("go_stdlog", ts_go(), " nbs-tracker: result unsatisfactory for kit ", (b["kit"], "other_id"),
               " reason=\"insufficient sample\" repeat ordered, dob ", (fdate(b["dob"], "us"), "date")))
    else:
        emit(L("go_stdlog", ts_go(), " nbs-tracker: WARN duplicate kit number ", (b["kit"], "other_id"), " for mrn ", (b["mrn"], "mrn"),
               " and mrn ", (pickbaby(pickfam())["mrn"], "mrn")))


def ios_crash_block():
    f = pickfam(); b = pickbaby(f); CLK.tick(5, 120)
    fam = "ios_crash"
    tid = ruuid().upper()
    emit(L(fam, f"Incident Identifier: {tid}"))
    emit(L(fam, f"CrashReporter Key:   {rhex(40)}"))
    emit(L(fam, f"Hardware Model:      iPad{rng.choice(['13,18', '13,19', '14,1'])}"))
    emit(L(fam, f"Process:             NICUBedside [{rng.randint(300, 3000)}]"))
    emit(L(fam, "Path:                /private/var/containers/Bundle/Application/" + ruuid().upper() + "/NICUBedside.app/NICUBedside"))
    emit(L(fam, f"Identifier:          org.chh.nicubedside"))
    emit(L(fam, f"Version:             4.12.{rng.randint(0, 3)} ({rng.randint(4120, 4139)})"))
    emit(L(fam, f"Date/Time:           {ts_space().replace(',', '.')}0 -0400"))
    emit(L(fam, "OS Version:          iPhone OS 17.5.1 (21F90)"))
    emit(L(fam, "Exception Type:  EXC_CRASH (SIGABRT)"))
    emit(L(fam, "Exception Codes: 0x0000000000000000, 0x0000000000000000"))
    emit(L(fam, "Triggered by Thread:  0"))
    kind = CALLS.get("ios_crash_block", 1) % 2  # first report carries patient context
    if kind == 1:
        emit(L(fam, "Application Specific Information:"))
        emit(L(fam, "*** Terminating app due to uncaught exception 'NSInvalidArgumentException', reason: 'PatientBannerView: nil gestationalAge for mrn ",
               (b["mrn"], "mrn"), " (", (f["m_last"].upper(), "name"), ", ", baby_label(f, b).upper() if not b["given"] else "",
               *([(b["given"].upper(), "name")] if b["given"] else []), ")'"))
    else:
        emit(L(fam, "Application Specific Information:"))
        emit(L(fam, "Fatal error: Unexpectedly found nil while unwrapping an Optional value: file NICUBedside/Feeding/FeedVerifyViewModel.swift, line 214"))
    emit(L(fam, "Last Exception Backtrace:"))
    frames = [("CoreFoundation", "__exceptionPreprocess + 164"), ("libobjc.A.dylib", "objc_exception_throw + 60"),
              ("NICUBedside", "PatientBannerView.configure(with:) + 812"), ("NICUBedside", "FeedVerifyViewModel.scanCompleted(_:) + 1408"),
              ("UIKitCore", "-[UIViewController _setViewAppearState:isAnimating:] + 632"), ("libdispatch.dylib", "_dispatch_main_queue_drain + 984")]
    for i, (lib, sym) in enumerate(frames[:rng.randint(4, 6)]):
        emit(L(fam, f"{i:<3} {lib:<32} 0x{rng.randint(0x180000000, 0x1a0000000):x} {sym}"))


def g_crashlytics_breadcrumb():
    f = pickfam(); b = pickbaby(f); CLK.tick()
    emit(L("crashlytics_json", *jparts([
        ("timestamp", ts_utcz()), ("category", rng.choice(["navigation", "ui.action", "scan"])),
        ("message", ("RAW", ['"open FeedingHistory patient=', (b["mrn"], "mrn"), ' mother=', (f["m_last"], "name"), '"'])),
        ("level", "info"), ("session_id", rhex(32)), ("app_version", "4.12.1"), ("device", "iPad13,18")])))


def g_lodging_pipe():
    f = pickfam(); b = pickbaby(f); CLK.tick()
    checkin = CLK.t.date() + timedelta(days=rng.randint(0, 3))
    st = STAFF[7]
    style = rng.choice(["paren", "dash", "plain", "dot"])
    emit(L("lodging_pipe", f"REF|HH-{rng.randint(240000, 249999)}|{CLK.t.strftime('%Y%m%d%H%M')}|NICU|",
           (f["m_last"].upper(), "name"), "^", (f["m_first"].upper(), "name"), "|", (f["street"] + ", " + f["city"], "address"),
           "|MA|", (f["zip"], "zip"), "|", (fphone(f["m_phone"], style), "phone"), "|",
           f"{f['miles']}mi|adults=2|children={rng.randint(0, 3)}|", (fdate(checkin, "us"), "date"),
           "|vehicle=", (f["plate"], "vehicle"), "|referrer=", f"{st[1]} {st[0]}, {st[2]}", "|status=", rng.choice(["PENDING", "WAITLIST", "ACCEPTED"])))


def g_lodging_api():
    f = pickfam(); CLK.tick()
    emit(L("spring_boot", ts_iso(), " ERROR 1 --- [lodging-bridge] [reactor-http-epoll-", str(rng.randint(1, 4)),
           "] o.c.lodging.HarborHouseClient            : POST /v1/guests failed 422 ",
           "{\"errors\":[{\"field\":\"guest.driverLicense\",\"value\":\"", (f["dl"], "license"), "\",\"msg\":\"state/format mismatch\"}],\"guest\":\"",
           (f["m_first"] + " " + f["m_last"], "name"), "\"}"))


def g_lodging_payment():
    f = pickfam(); CLK.tick()
    emit(L("logback_pattern", ts_space(), " [payments-2] WARN  o.c.lodging.pay.DepositService - card declined for guest ",
           (f["partner"], "name"), " pan=", (f["card"], "account"), f" amount=25.00 USD code=05 ref=ch_{rhex(24)}"))


def g_parking():
    f = pickfam(); b = pickbaby(f); CLK.tick()
    emit(L("logfmt", f"ts={ts_utcz()} level=info svc=parking-validate msg=\"family pass issued\" garage=P3 ",
           "plate=", (f["plate"], "vehicle"), " holder=\"", (f["partner"] if rng.random() < 0.5 else f["m_first"] + " " + f["m_last"], "name"),
           "\" infant_mrn=", (b["mrn"], "mrn"), f" valid_days=7 pass={rng.randint(100000, 999999)}"))


def g_biometric():
    f = pickfam(); CLK.tick()
    tmpl = base64.b64encode(b"FMR\x00 20\x00\x00" + bytes(rng.randint(0, 255) for _ in range(54))).decode()
    who = rng.choice(["mother", "father"])
    nm = f["m_first"] + " " + f["m_last"] if who == "mother" else f["partner"]
    emit(L("logback_pattern", ts_space(), " [access-enroll-1] INFO  o.c.milkroom.access.BiometricEnrollment - ",
           f"enrolled {who} for milk-room freezer access name=\"", (nm, "name"), "\" fmr=", (tmpl, "biometric"),
           f" quality={rng.randint(60, 98)} reader=U.are.U-4500"))


def g_child_life_note():
    f = pickfam(); b = pickbaby(f); CLK.tick(10, 200)
    st = STAFF[2]
    gm_age = rng.randint(90, 97)
    bn = b["given"] or "baby"
    templates = [
        ["note_id=CL-", rdigits(5), " author=\"K. Brandt, CCLS\" type=CHILD_LIFE text=\"Met with sibling ", (f["sib"], "name"),
         f" (age {rng.randint(3, 9)}) at bedside {b['bed']}. Provided NICU sibling book and doll with NG tube for medical play. Grandmother ",
         (f["grand"], "name"), ", ", (str(gm_age), "age"), "yo, present and supportive. Mother ", (f["m_first"], "name"),
         " tearful, requested photos of ", *([(bn, "name")] if b["given"] else ["the baby"]), " be printed for sibling.\""],
        ["note_id=CL-", rdigits(5), " author=\"K. Brandt, CCLS\" type=CHILD_LIFE text=\"Hand/footprint keepsake completed with parents ",
         (f["m_first"], "name"), " and ", (f["p_first"], "name"), ". Family shared their update page ", (f["fundraiser"], "url"),
         " and asked that no photos of the isolette be posted by staff. Plan: milestone card at ",
         rng.choice(["1000 g", "32 weeks", "first bath"]), ".\""],
        ["note_id=SW-", rdigits(5), " author=\"A. Fofana, LICSW\" type=SOCIAL_WORK text=\"Family lives in ", (f["city"], "address"),
         ", ~", str(f["miles"]), " mi. Referred to Harbor House lodging. Father ", (f["partner"], "name"),
         " works nights; best number ", (fphone(f["p_phone"], rng.choice(["dash", "paren", "plain"])), "phone"),
         ". Interpreter: ", {"es": "Spanish", "ht": "Haitian Creole", "vi": "Vietnamese"}.get(f["lang"], "none"), ".\""],
    ]
    emit(L("child_life_note", *templates[(CALLS.get("g_child_life_note", 1) + 1) % len(templates)]))


def g_child_life_freetext():
    f = pickfam(); b = pickbaby(f); CLK.tick(10, 200)
    stamp = CLK.t.strftime("%m/%d/%Y %H:%M")
    opts = []
    if f["lang"] == "ht":
        opts.append([f"[{stamp}] CCLS: Pale ak ", (f["m_first"], "name"), " an kreyòl avèk entèprèt. Li di pi gran pitit li a, ",
                     (f["sib"], "name"), ", pè vin lopital la. Nou pral fè yon vizit preparasyon."])
    if f["lang"] == "es":
        opts.append([f"[{stamp}] CCLS: Sesión con la hermana ", (f["sib"], "name"), " y la abuela ", (f["grand"], "name"),
                     "; se explicó la incubadora con muñeco. La mamá ", (f["m_first"], "name"), " pidió material en español."])
    opts.append([f"[{stamp}] CCLS: Sibling visit prep for ", (f["sib"] + " " + f["m_last"], "name"), ". Parents ",
                 (f["m_first"], "name"), " & ", (f["p_first"], "name"), " consented; visit scheduled ",
                 (fdate(CLK.t.date() + timedelta(days=rng.randint(1, 5)), rng.choice(["mon", "us", "us_short"])), "date"), "."])
    opts.append([f"[{stamp}] CCLS: Great-grandmother ", (rng.choice(["Ruth", "Adelina", "Marie", "Esperanza", "Bridget", "Amina"]) + " " + f["m_last"], "name"),
                 " (", (str(rng.randint(90, 99)), "age"), " y/o) visited with family; legacy book started, grandparent photo added to isolette."])
    opts.append([f"[{stamp}] CCLS: Bedside music session ({rng.randint(10, 30)} min), parents at bedside. Dad (",
                 (f["p_first"] + " " + f["p_last"], "name"), ") recorded heartbeat lullaby; copy emailed to ",
                 (f["p_email"], "email"), "."])
    emit(L("child_life_note", *rng.choice(opts)))


def g_kotlin_dupe_exception_block():
    f = pickfam(); b = pickbaby(f); CLK.tick()
    fam = "kotlin_stacktrace"
    emit(L("logback_pattern", ts_space(), f" [http-nio-8080-exec-{rng.randint(1, 12)}] ERROR o.c.nicu.adt.NewbornLinkService - link failed"))
    emit(L(fam, "org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [uk_infant_mother]"))
    emit(L(fam, "Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint \"uk_infant_mother\"",))
    emit(L(fam, "  Detail: Key (infant_mrn, mother_mrn)=(", (b["mrn"], "mrn"), ", ", (f["m_mrn"], "mrn"), ") already exists."))
    for fr in ["org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2725)",
               "org.hibernate.engine.jdbc.internal.ResultSetReturnImpl.executeUpdate(ResultSetReturnImpl.java:194)",
               "org.chh.nicu.adt.NewbornLinkService.link(NewbornLinkService.kt:88)",
               "org.chh.nicu.adt.AdtConsumer$onMessage$1.invokeSuspend(AdtConsumer.kt:41)",
               "kotlin.coroutines.jvm.internal.BaseContinuationImpl.resumeWith(ContinuationImpl.kt:33)"][:rng.randint(3, 5)]:
        emit(L(fam, "\tat " + fr))


def g_billing():
    f = pickfam(); b = pickbaby(f); CLK.tick()
    emit(L("spring_boot", ts_iso(), "  WARN 1 --- [milkbank] [   scheduling-1] o.c.milkbank.billing.DhmChargeExporter   : ",
           "DHM charge held: HAR ", (f["har"], "account"), " payer MassHealth member ", (f["medicaid"], "health_plan"),
           " infant CSN ", (b["csn"], "other_id"), f" units={rng.randint(1, 12)} x 30mL reason=prior-auth-missing"))


def g_admit_summary_json():
    f = pickfam(); b = pickbaby(f); CLK.tick()
    emit(L("zap_json", *jparts([
        ("level", "info"), ("ts", ("RAW", [ts_epoch()])), ("caller", "adt/consumer.go:131"), ("msg", "newborn linked to mother"),
        ("infant", ("RAW", jparts([("mrn", b["mrn"], "mrn"), ("dob", fdate(b["dob"], rng.choice(["iso", "us"])), "date"),
                                   ("csn", b["csn"], "other_id"), ("multiple", "Y" if b["twin"] else "N")]))),
        ("mother", ("RAW", jparts([("mrn", f["m_mrn"], "mrn"), ("name", f"{f['m_last']}, {f['m_first']}", "name")]))),
        ("hl7Control", f"MSG{rng.randint(10000000, 99999999)}")])))


def g_emergency_contact_update():
    f = pickfam(); b = pickbaby(f); CLK.tick()
    emit(L("logback_pattern", ts_space(), " [DefaultDispatcher-worker-5] INFO  o.c.nicu.contacts.ContactSync - ",
           "contacto_emergencia actualizado: nombre=", (f["grand"], "name"), " tel=", ("+1 " + fphone(f["g_phone"], "dash"), "phone"),
           " paciente_mrn=", (b["mrn"], "mrn"), " idioma=", {"es": "es-MX", "ht": "ht-HT"}.get(f["lang"], "en-US")))


PHI_GENS = [
    (g_zap_scan_match, 10), (g_zap_console_wristband, 5), (g_gs1_raw_scan, 3), (g_zap_console_label_print, 5),
    (g_spring_feed_order, 6), (g_logback_hmf_mismatch, 3), (g_logstash_chat, 12), (g_chat_photo, 2),
    (g_portal_login, 6), (g_portal_invite, 3), (g_nginx_webcam, 7), (g_logfmt_webcam_session, 4),
    (g_hl7_newborn_admit, 2), (g_hl7_a24_link, 2), (g_hl7_mother_a08, 2), (g_mirth_escaped, 3), (g_x12_270, 2),
    (g_donor_csv_row, 6), (g_donor_intake_json, 3), (g_pasteur_row, 4), (g_logback_serology_import, 2),
    (g_syslog_pump_assoc, 6), (g_syslog_warmer_assoc, 4), (g_breastpump_rental, 2), (g_pumping_sync, 3),
    (g_nbs_xml, 4), (g_nbs_stdlog, 4), (ios_crash_block, 2), (g_crashlytics_breadcrumb, 3),
    (g_lodging_pipe, 4), (g_lodging_api, 2), (g_lodging_payment, 2), (g_parking, 2), (g_biometric, 2),
    (g_child_life_note, 6), (g_child_life_freetext, 6), (g_kotlin_dupe_exception_block, 2), (g_billing, 3),
    (g_admit_summary_json, 3), (g_emergency_contact_update, 2),
]


# ================================================================= non-PHI generators
def n_zap_heartbeat():
    CLK.tick()
    emit(L("zap_json", *jparts([
        ("level", "info"), ("ts", ("RAW", [ts_epoch()])), ("caller", "scanner/registry.go:64"), ("msg", "scanner heartbeat"),
        ("scannerId", f"DS8178-{rng.randint(10, 99)}"), ("serial", f"S{rdigits(11)}"), ("battery", rng.randint(18, 100)),
        ("fw", "PAACJS00-006-R03"), ("rssi", -rng.randint(40, 80))])))


def n_zap_inventory_scan():
    CLK.tick()
    gtin = rng.choice(["00070074575212", "00300875121061", "00812345678905", "00070074119461"])
    exp = date(2025, rng.randint(1, 12), 1) + timedelta(days=rng.randint(0, 27))
    lot = f"{rng.randint(10000, 99999)}{rng.choice(['RB', 'K2', 'XL'])}"
    emit(L("zap_json", *jparts([
        ("level", "info"), ("ts", ("RAW", [ts_epoch()])), ("caller", "inventory/receive.go:45"), ("msg", "product received"),
        ("hri", f"(01){gtin}(17){exp.strftime('%y%m%d')}(10){lot}"), ("product", rng.choice(["Similac HMF Concentrated Liquid", "Prolacta +6 H2MF", "Enfamil HMF Acidified Liquid", "Donor Milk 20kcal 100mL"])),
        ("qty", rng.randint(6, 96)), ("location", "milkroom-freezer-2")])))


def n_zap_console_misc():
    CLK.tick()
    msgs = [("INFO", "server/http.go:51", "listening", {"addr": ":8443", "tls": True}),
            ("DEBUG", "scan/verify.go:97", "rule set loaded", {"rules": 14, "version": "2024.05.3"}),
            ("WARN", "db/pool.go:122", "slow acquire", {"waitMs": rng.randint(250, 1900), "pool": "milkscan"}),
            ("INFO", "label/print.go:61", "printer online", {"printer": "ZD421-milkroom-" + str(rng.randint(1, 3)), "dpi": 300}),
            ("ERROR", "label/print.go:88", "printer error", {"printer": "ZD421-milkroom-1", "err": "ribbon out"})]
    lvl, caller, m, fields = rng.choice(msgs)
    emit(L("zap_console", ts_iso().replace("-04:00", "-0400"), f"\t{lvl}\t{caller}\t{m}\t", json.dumps(fields, separators=(", ", ": "))))


def n_spring_startup():
    CLK.tick()
    svc = rng.choice(["feeding-svc", "milkbank", "webcam-portal", "lactation-svc", "lodging-bridge"])
    msgs = [
        ("INFO", "[           main] o.s.b.w.embedded.tomcat.TomcatWebServer  ", "Tomcat started on port 8080 (http) with context path ''"),
        ("INFO", "[           main] com.zaxxer.hikari.HikariDataSource       ", "HikariPool-1 - Start completed."),
        ("INFO", "[           main] o.c.nicu.FeedingApplication              ", f"Started FeedingApplication in {rng.uniform(5, 14):.3f} seconds (process running for {rng.uniform(6, 16):.3f})"),
        ("WARN", "[           main] JpaBaseConfiguration$JpaWebConfiguration ", "spring.jpa.open-in-view is enabled by default. Therefore, database queries may be performed during view rendering."),
        ("INFO", "[   scheduling-1] o.c.milkbank.inventory.ExpirySweeper     ", f"expiry sweep: {rng.randint(0, 14)} bottles flagged, {rng.randint(100, 900)} checked in {rng.randint(40, 400)}ms"),
        ("INFO", "[nio-8080-exec-2] o.a.c.c.C.[Tomcat].[localhost].[/]       ", "Initializing Spring DispatcherServlet 'dispatcherServlet'"),
    ]
    lvl, thr, m = rng.choice(msgs)
    emit(L("spring_boot", ts_iso(), f"  {lvl} 1 --- [{svc}] {thr}: {m}"))


def n_logback_misc():
    CLK.tick()
    msgs = [
        ("INFO ", "o.c.milkbank.pasteur.PasteurizerMonitor", f"batch PB-{CLK.t.strftime('%y%m%d')}-0{rng.randint(1, 4)} phase=HOLD t={rng.randint(0, 1800)}s probe1={rng.uniform(62.3, 62.8):.2f}C probe2={rng.uniform(62.3, 62.8):.2f}C"),
        ("INFO ", "o.c.milkbank.pasteur.PasteurizerMonitor", f"batch PB-{CLK.t.strftime('%y%m%d')}-0{rng.randint(1, 4)} phase=COOL target=4.0C elapsed={rng.randint(200, 1500)}s"),
        ("WARN ", "o.c.milkbank.freezer.FreezerWatch", f"freezer FRZ-0{rng.randint(1, 4)} temp {rng.uniform(-18.5, -15.0):.1f}C above -18C threshold for {rng.randint(2, 12)}min"),
        ("INFO ", "o.c.familychat.ws.SessionRegistry", f"active sessions={rng.randint(3, 60)} rooms={rng.randint(3, 40)}"),
        ("DEBUG", "o.c.nicu.feeding.RecipeCalculator", f"recipe HMF24 base=100mL hmf=4 vials kcal/oz=24 osm={rng.randint(380, 430)}"),
        ("ERROR", "o.c.familychat.translate.MtClient", f"translation provider timeout after {rng.randint(3000, 9000)}ms lang=ht target=en"),
        ("INFO ", "o.c.nicu.adt.AdtConsumer", f"consumed {rng.randint(10, 300)} ADT messages lag={rng.randint(0, 40)}"),
    ]
    lvl, lg, m = rng.choice(msgs)
    emit(L("logback_pattern", ts_space(), f" [{rng.choice(['scheduling-1', 'DefaultDispatcher-worker-1', 'pasteur-mon', 'kafka-consumer-0'])}] {lvl} {lg} - {m}"))


def n_logstash_misc():
    CLK.tick()
    emit(L("logstash_json", *jparts([
        ("@timestamp", ts_iso()), ("@version", "1"),
        ("message", rng.choice(["websocket closed code=1001 reason=going away", "rate limit applied to room nicu-2W-0" + str(rng.randint(1, 9)),
                                "moderation queue drained", "push notification batch sent", "HTTP 401 token expired"])),
        ("logger_name", rng.choice(["org.chh.familychat.ws.ChatSocketHandler", "org.chh.familychat.push.ApnsSender", "org.chh.webcam.auth.TokenFilter"])),
        ("thread_name", f"ktor-worker-{rng.randint(1, 6)}"), ("level", "INFO"), ("level_value", 20000),
        ("traceId", trace()), ("spanId", span_id())])))


def n_staff_login():
    CLK.tick()
    st = staff()
    emit(L("logstash_json", *jparts([
        ("@timestamp", ts_iso()), ("@version", "1"), ("message", "staff SSO login success"),
        ("logger_name", "org.chh.webcam.auth.LoginAuditListener"), ("thread_name", f"http-nio-8443-exec-{rng.randint(1, 20)}"),
        ("level", "INFO"), ("level_value", 20000), ("event", "SSO_SUCCESS"), ("principal", st[3] + "@chh.example.org"),
        ("role", st[2]), ("remoteAddr", f"10.{rng.randint(20, 60)}.{rng.randint(0, 255)}.{rng.randint(2, 250)}")])))


def n_k8s_probe():
    CLK.tick()
    emit(L("nginx_combined", f"10.{rng.randint(1, 9)}.{rng.randint(0, 255)}.{rng.randint(2, 250)} - - [{ts_nginx()}] \"GET {rng.choice(['/healthz', '/readyz', '/actuator/health', '/metrics'])} HTTP/1.1\" 200 {rng.randint(2, 900)} \"-\" \"kube-probe/1.29\""))


def n_nginx_static():
    CLK.tick()
    emit(L("nginx_combined", f"172.16.{rng.randint(0, 31)}.{rng.randint(2, 250)} - - [{ts_nginx()}] \"GET /assets/{rng.choice(['app', 'vendor', 'chat'])}.{rhex(8)}.js HTTP/2.0\" {rng.choice([200, 304])} {rng.randint(1000, 400000)} \"-\" \"Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X)\""))


def n_prometheus():
    CLK.tick()
    metrics = [
        f'milkscan_verifications_total{{result="match"}} {rng.randint(10000, 40000)}',
        f'milkscan_verifications_total{{result="mismatch"}} {rng.randint(2, 60)}',
        f'pasteurizer_hold_temperature_celsius{{unit="PZ-1",probe="2"}} {rng.uniform(62.3, 62.8):.2f}',
        f'webcam_active_viewers{{camera_group="2W"}} {rng.randint(0, 40)}',
        f'feedpump_occlusion_alarms_total{{gateway="pumpgw01"}} {rng.randint(0, 200)}',
        f'http_server_requests_seconds_count{{method="POST",uri="/api/v1/feeds",status="200"}} {rng.randint(1000, 90000)}',
        f'jvm_memory_used_bytes{{area="heap",id="G1 Old Gen"}} {rng.randint(10**8, 9*10**8)}',
        f'go_goroutines {rng.randint(20, 400)}',
        f'nbs_cards_in_transit {rng.randint(0, 30)}',
    ]
    emit(L("prometheus", rng.choice(metrics)))


def n_syslog_fleet():
    CLK.tick()
    kind = rng.choice(["pump", "warmer", "gw"])
    if kind == "pump":
        emit(L("syslog5424", f"<134>1 {ts_utcz()} pumpgw01.chh.local feedpump 2214 HEARTBEAT [pump@32473 sn=\"3500{rdigits(6, False)}\" model=\"Medfusion 3500 v6\"] battery={rng.randint(20, 100)}% ac=1 state=IDLE"))
    elif kind == "warmer":
        emit(L("syslog5424", f"<133>1 {ts_utcz()} devgw02.chh.local giraffe 911 PM_DUE [warmer@32473 serial=\"SDB{rdigits(5, False)}{rng.choice('ABCDEFGHJK')}{rng.choice('ABCDEFGHJK')}\"] biomed preventive maintenance due in {rng.randint(1, 30)} days"))
    else:
        emit(L("syslog5424", f"<30>1 {ts_utcz()} pumpgw01.chh.local systemd 1 - - Started pump-gateway.service - Capsule device gateway (v{rng.randint(4, 6)}.{rng.randint(0, 9)}.{rng.randint(0, 20)})."))


def n_logfmt_relay():
    CLK.tick()
    emit(L("logfmt", f"ts={ts_utcz()} level={rng.choice(['info', 'info', 'warn'])} caller=relay/{rng.choice(['ingest.go:88', 'transcode.go:140', 'health.go:22'])} "
           f"msg=\"{rng.choice(['segment published', 'camera reconnected', 'keyframe gap', 'health ok'])}\" camera=cam-{rng.choice(['2W', '2E', '3N'])}-{rng.randint(1, 32):02d} "
           f"bitrate_kbps={rng.randint(300, 2500)} dropped={rng.randint(0, 9)} dur={rng.randint(1, 900)}ms"))


def n_go_stdlog():
    CLK.tick()
    msgs = [f"nbs-tracker: sftp sync with state lab complete files={rng.randint(0, 6)} bytes={rng.randint(0, 900000)}",
            f"nbs-tracker: manifest NBS-MAN-{CLK.t.strftime('%m%d')}-{rng.randint(1, 3)} sealed cards={rng.randint(3, 24)} courier=UPS tracking=1Z{rhex(6).upper()}03{rdigits(8)}",
            "nbs-tracker: config reloaded from /etc/nbs/tracker.yaml",
            f"http: TLS handshake error from 10.{rng.randint(1, 9)}.{rng.randint(0, 255)}.{rng.randint(2, 250)}:{rng.randint(30000, 60000)}: EOF",
            f"nbs-tracker: overdue check ran in {rng.randint(3, 90)}ms, 0 overdue"]
    emit(L("go_stdlog", ts_go(), " ", rng.choice(msgs)))


def n_mirth_misc():
    CLK.tick()
    msgs = [f"INFO  {ts_space()} [ADT_NICU_IN Source] com.mirth.connect.donkey.server.channel.Channel: Channel ADT_NICU_IN started",
            f"INFO  {ts_space()} [ADT_NICU_IN Dest 1] com.mirth.connect.connectors.tcp.TcpDispatcher: Sent ACK MSA|AA|MSG{rng.randint(10000000, 99999999)}",
            f"WARN  {ts_space()} [ADT_NICU_IN Source] com.mirth.connect.connectors.tcp.TcpReceiver: connection reset by peer 10.12.{rng.randint(0, 255)}.{rng.randint(2, 250)}:6661"]
    emit(L("mirth_hl7", rng.choice(msgs)))


def n_hl7_ack_block():
    CLK.tick()
    emit(L("hl7v2", f"MSH|^~\\&|NICUTRACK|CHH|EPIC|CHH|{ts_hl7()}||ACK^A01^ACK|ACK{rng.randint(1000000, 9999999)}|P|2.5.1"))
    emit(L("hl7v2", f"MSA|AA|MSG{rng.randint(10000000, 99999999)}|message accepted"))


def n_ios_mdm():
    CLK.tick()
    emit(L("logfmt", f"ts={ts_utcz()} level=info svc=mdm-webhook event=DeviceInformation device_serial=DMPG{rhex(8).upper()} model=iPad13,18 os=17.5.1 "
           f"app=org.chh.nicubedside app_version=4.12.{rng.randint(0, 3)} assigned_to=unit:NICU-{rng.choice(['2W', '2E', '3N'])} supervised=true"))


def n_crashlytics_plain():
    CLK.tick()
    emit(L("crashlytics_json", *jparts([
        ("timestamp", ts_utcz()), ("category", rng.choice(["network", "lifecycle", "ui.action"])),
        ("message", rng.choice(["GET /api/v1/feeds 200 (412 ms)", "scene didBecomeActive", "tap FeedVerifyButton", "BLE scanner reconnect"])),
        ("level", "info"), ("session_id", rhex(32)), ("app_version", "4.12.1"), ("device", "iPad13,18")])))


def n_csv_pasteur_qc():
    CLK.tick()
    emit(L("csv_pasteur", f"PB-{CLK.t.strftime('%y%m%d')}-0{rng.randint(1, 4)};QC;-;{rng.randint(100, 300)};{rng.randint(2, 6)};62.5;1800;-;"
           f"{rng.choice(['NO GROWTH', 'PENDING'])};{rng.choice(['bcosta', 'lnyambura'])};QC_SAMPLE"))


def n_lodging_capacity():
    CLK.tick()
    emit(L("lodging_pipe", f"CAP|{CLK.t.strftime('%Y%m%d%H%M')}|HARBOR-HOUSE-BOSTON|rooms_total=42|rooms_free={rng.randint(0, 5)}|waitlist={rng.randint(0, 12)}|front_desk=(617) 555-0100"))


def n_nbs_xml_manifest():
    CLK.tick()
    emit(L("nbs_xml", f"<Manifest id=\"NBS-MAN-{CLK.t.strftime('%m%d')}-{rng.randint(1, 3)}\" lab=\"MA-NBS-PROGRAM\" cards=\"{rng.randint(3, 24)}\" courier=\"UPS\" "
           f"tracking=\"1Z{rhex(6).upper()}03{rdigits(8)}\" sealedBy=\"{rng.choice(['tramirez2', 'dweiss4', 'myoon'])}\"/>"))


def n_kotlin_generic_stack():
    CLK.tick()
    emit(L("logback_pattern", ts_space(), " [DefaultDispatcher-worker-2] ERROR o.c.familychat.translate.MtClient - translate failed"))
    emit(L("kotlin_stacktrace", "io.ktor.client.plugins.HttpRequestTimeoutException: Request timeout has expired [url=https://mt.internal.chh.local/v2/translate, request_timeout=5000 ms]"))
    for fr in ["io.ktor.client.plugins.HttpTimeout$Plugin$install$1$1$killer$1.invokeSuspend(HttpTimeout.kt:165)",
               "org.chh.familychat.translate.MtClient.translate(MtClient.kt:52)",
               "kotlinx.coroutines.DispatchedTask.run(DispatchedTask.kt:108)"]:
        emit(L("kotlin_stacktrace", "\tat " + fr))
    emit(L("kotlin_stacktrace", "\t... 9 common frames omitted"))


def n_config():
    CLK.tick()
    kv = rng.choice(["milk.hangTimeMinutes.fresh=240", "milk.hangTimeMinutes.fortified=240", "milk.thawedExpiryHours=24",
                     "scan.requireSecondVerifier.dhm=true", "webcam.maxViewersPerCamera=6", "chat.translation.enabled=true",
                     "nbs.overdueHours=72", "pasteur.holdSeconds=1800"])
    emit(L("spring_boot", ts_iso(), f"  INFO 1 --- [milkbank] [           main] o.c.common.config.FlagDump              : {kv}"))


def n_vendor_contact():
    CLK.tick()
    emit(L("logback_pattern", ts_space(), " [scheduling-2] INFO  o.c.milkbank.supply.OrderService - ",
           f"PO-{rng.randint(400000, 499999)} sent to Prolacta Bioscience orders@prolacta.example.com tel 888-555-0137 eta={rng.randint(2, 7)}d"))


def n_staff_page():
    CLK.tick()
    st = rng.choice(STAFF[:2] + STAFF[4:5])
    emit(L("logback_pattern", ts_space(), " [notify-1] INFO  o.c.nicu.notify.PagerBridge - ",
           f"page delivered to {st[2]} {st[0]} ext 4-{rng.randint(1000, 9999)} pager 617-555-01{rng.randint(10, 99)} ",
           f"msgId={ruuid()} latency={rng.randint(80, 2400)}ms"))


def n_x12_ack():
    CLK.tick()
    emit(L("x12", f"ISA*00*          *00*          *ZZ*MASSHEALTH     *ZZ*CHHMILKBANK    *{CLK.t.strftime('%y%m%d')}*{CLK.t.strftime('%H%M')}*^*00501*{rng.randint(100000000, 999999999)}*0*P*:~"))
    emit(L("x12", f"TA1*{rng.randint(100000000, 999999999)}*{CLK.t.strftime('%y%m%d')}*{CLK.t.strftime('%H%M')}*A*000~"))


def n_test_patient():
    CLK.tick()
    emit(L("zap_json", *jparts([
        ("level", "info"), ("ts", ("RAW", [ts_epoch()])), ("caller", "scan/verify.go:142"), ("msg", "bottle/patient verified"),
        ("bottleId", "EBM-TEST-0001"), ("infantMrn", "99999901"), ("motherMrn", "99999900"), ("patientName", "ZZNICU, TEST"),
        ("result", "MATCH"), ("env", "tst"), ("traceId", trace())])))


NONPHI_GENS = [
    (n_zap_heartbeat, 8), (n_zap_inventory_scan, 6), (n_zap_console_misc, 6), (n_spring_startup, 6), (n_logback_misc, 10),
    (n_logstash_misc, 6), (n_staff_login, 4), (n_k8s_probe, 8), (n_nginx_static, 4), (n_prometheus, 8), (n_syslog_fleet, 7),
    (n_logfmt_relay, 6), (n_go_stdlog, 6), (n_mirth_misc, 4), (n_hl7_ack_block, 2), (n_ios_mdm, 3), (n_crashlytics_plain, 3),
    (n_csv_pasteur_qc, 2), (n_lodging_capacity, 2), (n_nbs_xml_manifest, 2), (n_kotlin_generic_stack, 1), (n_config, 3),
    (n_vendor_contact, 2), (n_staff_page, 3), (n_x12_ack, 1), (n_test_patient, 1), (g_logstash_chat_staff_reply, 4),
]


MAXCALLS = {"g_x12_270": 2, "ios_crash_block": 2, "g_hl7_newborn_admit": 4, "g_hl7_a24_link": 3,
            "g_hl7_mother_a08": 3, "g_kotlin_dupe_exception_block": 2, "n_kotlin_generic_stack": 2,
            "n_x12_ack": 2, "n_hl7_ack_block": 3}
CALLS = {}


DECKS = {}


def make_deck(gens):
    """Every generator once early in the run, the rest by weight, shuffled."""
    rest = [g for g, w in gens for _ in range(int(w) - 1)]
    rng.shuffle(rest)
    once = [g for g, _ in gens]
    rng.shuffle(once)
    for g in once:
        rest.insert(rng.randint(0, int(len(rest) * 0.5)), g)
    return rest


def wchoice(gens):
    key = id(gens)
    while True:
        deck = DECKS.get(key)
        if not deck:
            deck = DECKS[key] = make_deck(gens)
        f = deck.pop(0)
        if CALLS.get(f.__name__, 0) < MAXCALLS.get(f.__name__, 10**6):
            break
    CALLS[f.__name__] = CALLS.get(f.__name__, 0) + 1
    return f


# ----------------------------------------------------------------- build
SEEN = set()
_NORM = [re.compile(p) for p in (
    r"\d{4}-\d\d-\d\dT[\d:.]+(Z|[-+]\d\d:?\d\d)?", r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d[.,]\d+",
    r"\d{4}/\d\d/\d\d \d\d:\d\d:\d\d", r"\[\d\d/\d\d/\d{4} \d\d:\d\d\]", r"\b[0-9a-f]{16,}\b",
    r"\d{10}\.\d{4}", r"(worker|exec|epoll)-\d+", r"(CL|SW|FO|RNT|HH)-\d+", r"\d{2}/[A-Z][a-z]{2}/\d{4}:[\d:]+ -0400",
    r"MSG\d+", r"\b20\d{12}\b")]


def norm(t):
    for r in _NORM:
        t = r.sub("", t)
    return t


def build():
    # opening: service starts
    for _ in range(3):
        n_spring_startup()
    g_donor_csv_header()
    g_pasteur_header()
    while len(LINES) < N_LINES:
        nonphi = sum(1 for x in LINES if not x.spans)
        ratio = nonphi / max(1, len(LINES))
        before = len(LINES)
        for _attempt in range(6):
            if ratio < 0.555:
                wchoice(NONPHI_GENS)()
            else:
                wchoice(PHI_GENS)()
            new = LINES[before:]
            dup = any(x.spans and norm(x.text()) in SEEN for x in new)
            if not dup:
                break
            del LINES[before:]
        for x in LINES[before:]:
            SEEN.add(norm(x.text()))
        if len(LINES) > N_LINES:
            del LINES[before:]
            # fill with single-line non-PHI
            while len(LINES) < N_LINES:
                rng.choice([n_prometheus, n_k8s_probe, n_logback_misc, n_go_stdlog])()


def verify_and_write():
    assert len(LINES) == N_LINES
    out_log = []
    out_lab = []
    for i, ln in enumerate(LINES, 1):
        txt = ln.text()
        assert txt and "\n" not in txt and "\r" not in txt
        bs = txt.encode("utf-8")
        spans = []
        last = -1
        for sp in sorted(ln.spans, key=lambda s: s["s"]):
            assert bs[sp["s"]:sp["e"]].decode("utf-8") == sp["_v"], (i, sp)
            assert sp["s"] >= last, (i, "overlap")
            assert sp["e"] > sp["s"]
            last = sp["e"]
            spans.append({"s": sp["s"], "e": sp["e"], "cat": sp["cat"]})
        # JSON-ish lines must parse
        if ln.family in ("zap_json", "logstash_json", "crashlytics_json"):
            json.loads(txt)
        out_log.append(txt)
        out_lab.append(json.dumps({"line": i, "family": ln.family, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, f"{ID}.log"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(out_log) + "\n")
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(out_lab) + "\n")


if __name__ == "__main__":
    build()
    verify_and_write()
    from collections import Counter
    nonphi = sum(1 for x in LINES if not x.spans)
    cats = Counter(sp["cat"] for x in LINES for sp in x.spans)
    fams = Counter(x.family for x in LINES)
    print(f"lines={len(LINES)} nonphi={nonphi} ({100*nonphi/len(LINES):.1f}%)")
    print("cats", dict(sorted(cats.items())))
    print("families", len(fams), dict(fams))
