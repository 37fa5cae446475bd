#!/usr/bin/env python3
"""Synthetic labeled log corpus "mx": clinical nutrition & food services department
of a (fictional) hospital, St. Brigid Regional Medical Center (SBRMC).

Writes mx.log (500 lines) and mx.labels.jsonl next to this script.
Standard library only, deterministic (fixed seed, no clock / os randomness).
All people, identifiers, addresses, phones and numbers are synthetic.

Systems represented: EHR diet orders (HL7 v2 ORM^O01 with ODS/ODT/AL1/NTE segments,
ACKs), outpatient nutrition clinic scheduling (HL7 SIU^S12, online booking JSON,
X12 270 eligibility, SMS/e-mail reminders), room-service call center events (JSON),
bedside tablet menu API (IIS W3C), room-service web app (Tomcat catalina.out, access
log, Spring Boot), CBORD-like Food Service Suite logs, tray tickets, ZPL kitchen labels,
CUPS page_log and printer syslog, pharmacy TPN export (CSV) and enteral feeding records
(pipe rows), dietitian assessments (key=value) and free-text notes (English/Spanish),
a .NET Windows service (log4net), Windows event log text export, SQL Server ERRORLOG
with trace-flag-1222 deadlock output and an xml_deadlock_report, Power BI refresh
history JSON and on-premises gateway logs.

Labeling decisions:
- Labeled: identifiers of patients, outpatients, their relatives / next of kin,
  guarantors, insurance subscribers and people ordering or paying on a patient's behalf.
- Not labeled: dietitians, nurses, physicians, pharmacists, call-center agents, service
  accounts and their logins/usernames/NPIs/pagers/extensions/e-mails; the hospital,
  payers, vendors, referring clinics (their phones and faxes), public test values
  (e.g. card 4111 1111 1111 1111).
- Names: the whole written name is one span ("KOWALCZYK^ANNA^M", "Kowalczyk, Anna",
  "A. Kowalczyk", initials "R.G."); a name broken by "_" in a file name gets one span
  per part; a first name alone referring to the patient or a relative is labeled;
  a surname alone in a search query or SQL literal is labeled.
- mrn: hospital MRN and enterprise patient IDs (EPI), also when embedded in URLs,
  barcodes, SQL literals, query strings and file names.
- account: PID-18 / FIN patient account numbers and full card numbers (PAN). Masked
  card numbers (last four only) are not labeled.
- other_id: PV1-19 visit/encounter numbers, patient portal usernames, home-care
  case numbers. Order numbers, tray-ticket numbers, appointment IDs, Rx numbers,
  call IDs, trace IDs are transaction identifiers and are not labeled.
- date: dates that describe a patient's life or care: birth, admission, discharge,
  diet/TPN/tube-feeding start, weight date, assessment date, appointment start/end
  (also partial dates like "3/8" and Spanish long dates). Not labeled: log and message
  timestamps (MSH-7, ORC-9, created/sent/processed times), menu dates, food
  production/use-by dates, report period dates, years alone.
- age: only ages over 89 ("94 yo", "93", "92 años"); younger ages are not labeled.
- address: street line, apartment, city (each its own span when in separate fields;
  one span when written together as street + city); state never; zip separately.
- Room/bed/unit locations inside the hospital are not labeled.
- phone: personal phones of patients/relatives incl. caller ANI; in-hospital room
  extensions are not labeled. fax: only a patient's own fax.
- device: serials of a patient's own/home devices (home enteral pump, CGM sensor or
  reader, insulin pump/PDM);
  hospital bedside tablets, printers and feeding pumps are not labeled.
- ip: public IP of a patient using the online booking portal; private 10.x addresses
  of hospital devices are not labeled.
- health_plan: member/subscriber/policy IDs, Medicaid IDs, Medicare MBIs.
- license: a patient's driver's licence number scanned at check-in (not its state).
- vehicle: a patient's licence plate (parking validation).
- biometric: palm-vein template hash of a patient; photo: base64 face image blob.
- url: a patient's personal page URL (e.g. a CaringBridge site).
- Clinical values (weights, BMI, labs, diet codes, allergies) are not identifiers.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import uuid

SEED = 20240312
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "mx"
N_LINES = 500

CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip",
        "biometric", "photo", "other_id"}

# --------------------------------------------------------------------------- markers
M0, M1, M2 = "\ue000", "\ue001", "\ue002"


def P(cat, val):
    """Wrap a PHI value so that finalize() can compute its byte span."""
    assert cat in CATS, cat
    val = str(val)
    assert val and not any(m in val for m in (M0, M1, M2))
    return f"{M0}{cat}{M1}{val}{M2}"


def finalize(family, marked):
    out = bytearray()
    spans, vals = [], []
    i = 0
    while True:
        j = marked.find(M0, i)
        if j < 0:
            out += marked[i:].encode("utf-8")
            break
        out += marked[i:j].encode("utf-8")
        k = marked.index(M1, j)
        m = marked.index(M2, k)
        cat, val = marked[j + 1:k], marked[k + 1:m]
        s = len(out)
        out += val.encode("utf-8")
        spans.append({"s": s, "e": len(out), "cat": cat})
        vals.append(val)
        i = m + 1
    line = out.decode("utf-8")
    assert line.strip(), "empty line"
    assert "\n" not in line and "\r" not in line, line
    assert not any(m in line for m in (M0, M1, M2))
    for sp, v in zip(spans, vals):
        assert out[sp["s"]:sp["e"]].decode("utf-8") == v, (sp, v)
    return line, {"family": family, "spans": spans}


# --------------------------------------------------------------------------- clock
T = dt.datetime(2024, 3, 12, 5, 57, 48, 114000)
UTC_OFF = dt.timedelta(hours=4)  # EDT (DST began 2024-03-10)
TODAY = dt.date(2024, 3, 12)


def adv(lo=0.5, hi=40.0):
    global T
    T += dt.timedelta(seconds=R.uniform(lo, hi))


def ms(t=None):
    t = t or T
    return f"{t.microsecond // 1000:03d}"


def ts_log4net():
    return T.strftime("%Y-%m-%d %H:%M:%S,") + ms()


def ts_dot():
    return T.strftime("%Y-%m-%d %H:%M:%S.") + ms()


def ts_iso_local():
    return T.strftime("%Y-%m-%dT%H:%M:%S.") + ms() + "-04:00"


def ts_iso_z(t=None):
    u = (t or T) + UTC_OFF
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + ms(u) + "Z"


def ts_catalina():
    return T.strftime("%d-%b-%Y %H:%M:%S.") + ms()


def ts_hl7():
    return T.strftime("%Y%m%d%H%M%S")


def ts_clf():
    return T.strftime("%d/%b/%Y:%H:%M:%S -0400")


def ts_sql():
    return T.strftime("%Y-%m-%d %H:%M:%S.") + f"{T.microsecond // 10000:02d}"


def ts_winevt():
    h = T.hour % 12 or 12
    ap = "AM" if T.hour < 12 else "PM"
    return f"{T.month}/{T.day}/{T.year} {h}:{T.minute:02d}:{T.second:02d} {ap}"


def ts_cbord():
    return T.strftime("[%m/%d/%Y %H:%M:%S.") + ms() + "]"


def ts_syslog():
    return f"{MON_EN[T.month - 1]} {T.day:>2} {T.strftime('%H:%M:%S')}"


# --------------------------------------------------------------------------- helpers
def rdig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def luhn_complete(prefix, length=16):
    body = prefix + rdig(length - len(prefix) - 1)
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return body + str((10 - tot % 10) % 10)


def fake_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


AREAS = ["614", "740", "380", "937", "419", "330", "513", "216", "304", "859"]


def fake_phone_digits():
    while True:
        ex = R.randint(201, 989)
        if ex not in (555, 911, 411, 611):
            break
    return R.choice(AREAS), f"{ex}", rdig(4)


def fmt_phone(parts, style=None):
    a, e, n = parts
    style = style if style is not None else R.randrange(8)
    return [f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"{a}.{e}.{n}", f"{a}{e}{n}",
            f"+1 {a} {e} {n}", f"+1{a}{e}{n}", f"{a} {e} {n}", f"1-{a}-{e}-{n}"][style]


MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MES_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "octubre", "noviembre", "diciembre"]


def fmt_date(d, style):
    return {
        "hl7": d.strftime("%Y%m%d"),
        "iso": d.strftime("%Y-%m-%d"),
        "us": d.strftime("%m/%d/%Y"),
        "us_nz": f"{d.month}/{d.day}/{d.year}",
        "us_short": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "md": f"{d.month}/{d.day}",
        "eu": d.strftime("%d/%m/%Y"),
        "eu_nz": f"{d.day}/{d.month:02d}/{d.year}",
        "mon": f"{MON_EN[d.month - 1]} {d.day}, {d.year}",
        "dmon": f"{d.day:02d}-{MON_EN[d.month - 1].upper()}-{d.year}",
        "es": f"{d.day} de {MES_ES[d.month - 1]} de {d.year}",
        "es_short": f"{d.day} de {MES_ES[d.month - 1]}",
    }[style]


def age_of(d):
    return TODAY.year - d.year - ((TODAY.month, TODAY.day) < (d.month, d.day))


# --------------------------------------------------------------------------- people
FIRST_F = ["Anna", "Mei-Ling", "Oluwaseun", "Siobhan", "Fatima", "Priya", "Dorothy", "Ingrid",
           "Nkechi", "Anastasia", "Lakshmi", "Leilani", "Marie-Claire", "Yuki", "Ifeoma",
           "Svetlana", "Thi Hoa", "Aaliyah", "Mildred", "Hannelore", "Agnieszka", "Ruth",
           "Bernadette", "Zainab"]
FIRST_M = ["Dmitri", "Thanh", "Giuseppe", "Björn", "Tomasz", "Keanu", "Rashid", "Chidi",
           "Mohammed", "Hiroshi", "Declan", "Wojciech", "Eitan", "Kwame", "Jean-Baptiste",
           "Ahmad", "Earl", "Bao", "Tenzin", "Cornelius", "Harold", "Lucius", "Aurelio"]
HISP_F = ["Guadalupe", "Xochitl", "Beatriz", "Esperanza", "Rosa", "María José", "Consuelo"]
HISP_M = ["José", "Raúl", "Ezequiel", "Juan Carlos", "Rigoberto", "Efraín"]
LAST = ["Kowalczyk", "Nguyen", "van der Berg", "O'Connor", "Okonkwo", "Papadopoulos",
        "Singh", "Tanaka", "Ben-David", "MacLeod", "St. Pierre", "D'Angelo", "Oyelaran-Smith",
        "Al-Hashimi", "Lindgren", "Abernathy", "Nakamura", "Dubois", "Mbeki", "Schwartz",
        "Ivanova", "Achterberg", "Yazzie", "Kealoha", "Fitzgerald", "Chaudhry", "von Hassel",
        "da Silva", "Le", "Wong", "Thibodeaux", "Mwangi", "Bergström", "Haddad", "Petrov",
        "McAllister", "Esposito", "Adeyemi", "Zielinski", "Tran", "Begay", "Kaur-Dhillon"]
HISP_L = ["de la Cruz", "García-Márquez", "Hernández", "Romero", "Castellanos", "Gutiérrez",
          "Olmedo Ruiz", "Saavedra", "Villanueva", "Peña"]
MI = "ABCDEFGHJKLMNPRSTW"

STREETS = ["Maple Grove Rd", "E Livingston Ave", "Cleveland Ave", "Sawmill Pkwy",
           "Karl Rd", "Parsons Ave", "Olentangy River Rd", "Hamilton Rd", "W Broad St",
           "Indianola Ave", "Shady Lane Dr", "Brice Rd", "Frebis Ave", "Morse Rd",
           "Granville St", "County Road 26", "Tussing Rd", "Sunbury Rd", "Bethel Rd",
           "Harrisburg Pike"]
CITIES = [("Columbus", "43215"), ("Columbus", "43207"), ("Columbus", "43224"),
          ("Dublin", "43017"), ("Westerville", "43081"), ("Grove City", "43123"),
          ("Newark", "43055"), ("Delaware", "43015"), ("Reynoldsburg", "43068"),
          ("Hilliard", "43026"), ("Lancaster", "43130"), ("Marysville", "43040"),
          ("Zanesville", "43701"), ("Chillicothe", "45601"), ("Pickerington", "43147"),
          ("Whitehall", "43213")]
UNITS = ["5W", "5E", "4N", "6S", "7N", "3W", "ICU", "CVICU"]
PAYERS = [("ANTHEM", "00227", "ANTHEM BLUE CROSS OH", lambda: R.choice("WXY") + rdig(9)),
          ("CARESOURCE", "31114", "CARESOURCE OHIO MEDICAID", lambda: "1" + rdig(11)),
          ("MEDICARE", "CMSMA", "MEDICARE PART B",
           lambda: (str(R.randint(1, 9)) + R.choice("ACDEFGHJKMNPQRTUVWXY") + R.choice("ACDEFGHJKMNPQRTUVWXY0123456789")
                    + str(R.randint(0, 9)) + "-" + R.choice("ACDEFGHJKMNPQRTUVWXY") + R.choice("ACDEFGHJKMNPQRTUVWXY0123456789")
                    + str(R.randint(0, 9)) + "-" + R.choice("ACDEFGHJKMNPQRTUVWXY") + R.choice("ACDEFGHJKMNPQRTUVWXY")
                    + str(R.randint(0, 9)) + str(R.randint(0, 9)))),
          ("MEDMUTUAL", "34192", "MEDICAL MUTUAL OF OHIO", lambda: "MMO" + rdig(9)),
          ("UHC", "87726", "UNITEDHEALTHCARE", lambda: rdig(9) + "-" + rdig(2)),
          ("HUMANA", "61101", "HUMANA MEDICARE ADVANTAGE", lambda: "H" + rdig(8))]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "hotmail.com",
             "att.net", "protonmail.com"]
RELS_F = [("DAU", "Daughter", "hija"), ("DAU", "Daughter", "hija"), ("SPO", "Wife", "esposa"),
          ("SIS", "Sister", "hermana"), ("GRD", "Guardian", "tutora"), ("NIE", "Niece", "sobrina")]
RELS_M = [("SON", "Son", "hijo"), ("SON", "Son", "hijo"), ("SPO", "Husband", "esposo"),
          ("BRO", "Brother", "hermano"), ("GRD", "Guardian", "tutor"), ("NEP", "Nephew", "sobrino")]
DIETS = [("CARB60", "CARB CONTROLLED 60G/MEAL"), ("NA2G", "2 GM SODIUM"),
         ("RENAL", "RENAL 2G NA 2G K 1000MG PHOS"), ("CLRLIQ", "CLEAR LIQUID"),
         ("FULLIQ", "FULL LIQUID"), ("DYS1", "IDDSI LEVEL 4 PUREED"),
         ("DYS2", "IDDSI LEVEL 5 MINCED & MOIST"), ("HEART", "HEART HEALTHY"),
         ("REG", "REGULAR"), ("LOWFIB", "LOW FIBER"), ("GLUFREE", "GLUTEN FREE"),
         ("FLR1500", "FLUID RESTRICT 1500ML"), ("NPO", "NPO"), ("CONSIST", "CONSISTENT CHO")]
ALLERGENS = ["PEANUT", "TREE NUT", "SHELLFISH", "FISH", "MILK", "EGG", "WHEAT", "SOY",
             "SESAME", "LACTOSE INTOLERANCE", "CELIAC/GLUTEN", "STRAWBERRY", "PORK (PREF)"]


def make_person(hisp=None, sex=None):
    sex = sex or R.choice("FM")
    hisp = (R.random() < 0.22) if hisp is None else hisp
    if hisp:
        first = R.choice(HISP_F if sex == "F" else HISP_M)
        last = R.choice(HISP_L)
    else:
        first = R.choice(FIRST_F if sex == "F" else FIRST_M)
        last = R.choice(LAST)
    return first, last, sex, hisp


PATIENTS = []
_seen = set()
while len(PATIENTS) < 46:
    first, last, sex, hisp = make_person()
    if (first, last) in _seen:
        continue
    _seen.add((first, last))
    if R.random() < 0.24:
        dob = dt.date(R.randint(1924, 1933), R.randint(1, 12), R.randint(1, 28))
    else:
        dob = dt.date(R.randint(1936, 2003), R.randint(1, 12), R.randint(1, 28))
    city, zipc = R.choice(CITIES)
    payer = R.choice([x for x in PAYERS if x[0] not in ("MEDICARE", "HUMANA")] if age_of(dob) < 65 else PAYERS[2:3] * 3 + PAYERS)
    kfirst, _, ksex, _ = make_person(hisp=hisp)
    while kfirst == first:
        kfirst, _, ksex, _ = make_person(hisp=hisp)
    krel = R.choice(RELS_F if ksex == "F" else RELS_M)
    klast = last if krel[0] in ("DAU", "SON", "SPO", "BRO", "SIS") and R.random() < 0.7 else R.choice(HISP_L if hisp else LAST)
    user_base = (first.split()[0][0] + last.replace(" ", "").replace("'", "")).lower()
    user_base = user_base.replace("á", "a").replace("é", "e").replace("í", "i").replace("ö", "o").replace("ó", "o")
    PATIENTS.append({
        "first": first, "last": last, "mi": R.choice(MI), "sex": sex, "hisp": hisp,
        "dob": dob, "age": age_of(dob),
        "mrn": "0" + rdig(7), "epi": "E" + rdig(7), "fin": "40" + rdig(8),
        "visit": "2407" + rdig(6), "ssn": fake_ssn(),
        "phone": fake_phone_digits(), "street": f"{R.randint(12, 9870)} {R.choice(STREETS)}",
        "apt": R.choice(["", "", "", f"APT {R.randint(1, 40)}{R.choice('ABCD')}", f"Unit {R.randint(100, 420)}"]),
        "city": city, "zip": zipc,
        "email": f"{user_base}{R.choice(['', rdig(2), str(dob.year)[2:], '.' + rdig(3)])}@{R.choice(EMAIL_DOM)}",
        "payer": payer, "member": payer[3](),
        "unit": R.choice(UNITS), "room": f"{R.randint(1, 7)}{R.randint(0, 3)}{R.randint(1, 9)}", "bed": R.choice("AB"),
        "admit": TODAY - dt.timedelta(days=R.randint(0, 12)),
        "kin": {"first": kfirst, "last": klast, "rel": krel, "phone": fake_phone_digits(),
                "art": "la" if ksex == "F" else "el"},
        "fax": fake_phone_digits(),
        "diets": R.sample(DIETS[:12], R.choice([1, 1, 2, 2, 3])),
        "allergy": R.choice([None, None] + ALLERGENS),
        "portal_user": user_base + rdig(2),
    })
ELDERS = [p for p in PATIENTS if p["age"] > 89]
SPANISH = [p for p in PATIENTS if p["hisp"]]
assert len(ELDERS) >= 5 and len(SPANISH) >= 5, (len(ELDERS), len(SPANISH))


def pt(pool=None):
    return R.choice(pool or PATIENTS)


def up(s):
    return s.upper()


def n_hl7(p):
    return f"{up(p['last'])}^{up(p['first'])}^{p['mi']}"


def n_fl(p):
    return f"{p['first']} {p['last']}"


def n_lf(p):
    return f"{p['last']}, {p['first']}"


def n_LF(p):
    return f"{up(p['last'])}, {up(p['first'])}"


def n_LFm(p):
    return f"{up(p['last'])}, {up(p['first'])} {p['mi']}"


def n_il(p):
    return f"{p['first'][0]}. {p['last']}"


def n_lower(p):
    return f"{p['first'].lower()} {p['last'].lower()}"


def n_any(p):
    return R.choice([n_fl, n_lf, n_LF, n_LFm, n_il, n_lower, n_fl, n_lf])(p)


def loc(p, sep="-"):
    return f"{p['unit']}{sep}{p['room']}{p['bed']}"


STAFF_RD = [("LINDQVIST", "KAREN", "1184467290", "klindqvist"), ("BRANDT", "SUSANNE", "1366019824", "sbrandt"),
            ("RAMIREZ", "LUCIA", "1629304417", "lramirez"), ("MURPHY", "COLLEEN", "1093871265", "cmurphy"),
            ("ABARA", "NNAMDI", "1841170392", "nabara")]
STAFF_MD = [("OKAFOR", "EMEKA", "1457729011", "eokafor"), ("CHO", "DANIEL", "1720558143", "dcho"),
            ("HOLLOWAY", "MARCUS", "1295837460", "mholloway"), ("IYER", "RADHIKA", "1508826139", "riyer"),
            ("VASQUEZ-LUND", "ELENA", "1962047315", "evasquezlund")]
STAFF = STAFF_RD + STAFF_MD
RDS = ["K. Lindqvist, RD, LD", "Lucia Ramirez, MS, RDN, LD", "Colleen Murphy, RD, CNSC",
       "N. Abara, RDN", "Susanne Brandt RD LD CDCES"]
AGENTS = ["rsc_jmorales", "rsc_tpatel", "rsc_bwhite", "rsc_lnguyen2", "rsc_acortez", "rsc_kdavis"]


# =========================================================================== families
def hl7_seg(name, fields):
    n = max(fields)
    arr = [""] * (n + 1)
    arr[0] = name
    for k, v in fields.items():
        arr[k] = v
    return "|".join(arr)


def msh(snd, sfac, rcv, rfac, typ, ctl, ver="2.3"):
    return f"MSH|^~\\&|{snd}|{sfac}|{rcv}|{rfac}|{ts_hl7()}||{typ}|{ctl}|P|{ver}"


def pid_segment(p, rich=False):
    f = {1: "1"}
    if R.random() < 0.4:
        f[3] = f"{P('mrn', p['mrn'])}^^^SBRMC^MR~{P('mrn', p['epi'])}^^^EPI^PI"
    else:
        f[3] = f"{P('mrn', p['mrn'])}^^^SBRMC^MR"
    f[5] = P("name", n_hl7(p))
    f[7] = P("date", fmt_date(p["dob"], "hl7"))
    f[8] = p["sex"]
    if rich or R.random() < 0.6:
        street = P("address", up(p["street"]))
        apt = P("address", up(p["apt"])) if p["apt"] else ""
        f[11] = f"{street}^{apt}^{P('address', up(p['city']))}^OH^{P('zip', p['zip'])}^USA^H"
        f[13] = P("phone", fmt_phone(p["phone"], R.choice([0, 1, 3])))
    f[15] = "SPA^Spanish" if p["hisp"] else "ENG^English"
    if rich or R.random() < 0.5:
        f[18] = P("account", p["fin"])
    if rich and R.random() < 0.8:
        f[19] = P("ssn", p["ssn"] if R.random() < 0.7 else p["ssn"].replace("-", ""))
    return hl7_seg("PID", f)


def pv1_segment(p, cls="I"):
    st = R.choice(STAFF_MD)
    f = {1: "1", 2: cls,
         3: f"{p['unit']}^{p['room']}^{p['bed']}^SBRMC" if cls == "I" else "NUTR OP^^^SBRMC",
         7: f"{st[2]}^{st[0]}^{st[1]}^^^MD^^^NPI" if cls == "I" else "",
         10: "MED" if cls == "I" else "NUT", 18: "IP" if cls == "I" else "OP"}
    if R.random() < 0.75:
        f[19] = P("other_id", p["visit"])
    if cls == "I" and R.random() < 0.7:
        f[44] = P("date", p["admit"].strftime("%Y%m%d") + f"{R.randint(0, 23):02d}{R.choice(['00', '15', '30', '45'])}")
    return hl7_seg("PV1", f)


NTE_NOISE = ["Ensure Plus 237 mL BID between meals", "Double portions protein at lunch/dinner",
             "No straws - aspiration precautions", "Finger foods only per OT", "Hold tray for dialysis 0700-1100",
             "Renal vitamin w/ breakfast per pharmacy", "Calorie count x72h - save all tray tickets",
             "Pt prefers cold beverages, no ice", "Kosher meals (sealed) per pt request",
             "Thin liquids OK after SLP re-eval"]


def g_orm():
    p = pt()
    out = []
    ctl = "EPIC" + rdig(9)
    out.append(("hl7_orm", msh("EPIC", "SBRMC", "CBORD_FSS", "SBRMC_FNS", "ORM^O01", ctl)))
    out.append(("hl7_orm", pid_segment(p, rich=R.random() < 0.4)))
    out.append(("hl7_orm", pv1_segment(p)))
    if R.random() < 0.3:
        k = p["kin"]
        out.append(("hl7_orm", hl7_seg("NK1", {1: "1", 2: P("name", f"{up(k['last'])}^{up(k['first'])}"),
                                              3: f"{k['rel'][0]}^{k['rel'][1]}^HL70063",
                                              5: P("phone", fmt_phone(k["phone"], R.choice([0, 3]))), 7: "EC^Emergency Contact"})))
    ctrl = R.choice(["NW", "NW", "NW", "XO", "DC"])
    st = R.choice(STAFF_RD + [("TGREEN", "GREEN", "", "tgreen")])
    md = R.choice(STAFF_MD)
    timing = ""
    if R.random() < 0.45:
        start = TODAY + dt.timedelta(days=R.choice([0, 0, 1]))
        timing = "^^^" + P("date", start.strftime("%Y%m%d") + R.choice(["0700", "1100", "1600", ""]).strip()) + "^^R"
    out.append(("hl7_orm", hl7_seg("ORC", {1: ctrl, 2: f"DO{rdig(8)}^EPIC", 3: "", 4: f"G{rdig(7)}", 5: "SC" if ctrl != "DC" else "CA",
                                          7: timing, 9: ts_hl7(), 10: f"{st[3].upper()}^{st[0]}^{st[1]}" if st[1] != "GREEN" else "TGREEN^GREEN^TASHA^^^RN",
                                          12: f"{md[2]}^{md[0]}^{md[1]}^^^^^^NPI"})))
    diets = p["diets"] if ctrl != "DC" else [("NPO", "NPO")]
    for code, text in diets:
        out.append(("hl7_orm", hl7_seg("ODS", {1: "D", 2: "", 3: f"^{code}^{text}^SBRDIET"})))
    if R.random() < 0.35:
        out.append(("hl7_orm", hl7_seg("ODS", {1: "S", 2: "", 3: R.choice(["^NECTAR^MILDLY THICK LIQUIDS^SBRDIET",
                                                                          "^SUPPL^ENSURE PLUS TID^SBRDIET",
                                                                          "^CALCNT^CALORIE COUNT^SBRDIET"])})))
    if R.random() < 0.5:
        out.append(("hl7_orm", hl7_seg("ODT", {1: R.choice(["EARLY^Early tray^HL70159", "LATE^Late tray^HL70159",
                                                          "STD^Standard tray^HL70159"]),
                                              2: R.choice(["BRK", "LUN", "DIN", "BRK~LUN~DIN"])})))
    if p["allergy"]:
        out.append(("hl7_orm", hl7_seg("AL1", {1: "1", 2: "FA", 3: f"^{p['allergy']}^SBRFA",
                                              4: R.choice(["SV", "MO", "MI"]), 5: R.choice(["HIVES", "ANAPHYLAXIS", "GI UPSET", "RASH"])})))
    if R.random() < 0.4:
        if R.random() < 0.4:
            k = p["kin"]
            txt = R.choice([
                f"{k['rel'][1]} {P('name', k['first'])} brings meals from home; call {P('phone', fmt_phone(k['phone'], 1))} before discarding",
                f"Pt is {P('age', str(p['age']))} y/o, needs feeding assist; {k['rel'][1].lower()} {P('name', k['first'] + ' ' + k['last'])} at bedside for lunch"
                if p["age"] > 89 else
                f"Pt prefers {k['rel'][1].lower()} {P('name', k['first'])} present at meals, cell {P('phone', fmt_phone(k['phone'], 2))}",
            ])
        else:
            txt = R.choice(NTE_NOISE)
        out.append(("hl7_orm", hl7_seg("NTE", {1: "1", 2: "L", 3: txt})))
    return out


def g_ack():
    ctl = "EPIC" + rdig(9)
    out = [("hl7_ack", msh("CBORD_FSS", "SBRMC_FNS", "EPIC", "SBRMC", "ACK^O01", "FSS" + rdig(8)))]
    r = R.random()
    if r < 0.7:
        out.append(("hl7_ack", f"MSA|AA|{ctl}|Message accepted"))
    else:
        out.append(("hl7_ack", f"MSA|AE|{ctl}|{R.choice(['Patient not in FSS census', 'Unknown diet code', 'Duplicate placer order number'])}"))
        out.append(("hl7_ack", f"ERR|^^^{R.choice(['204&Unknown key identifier', '207&Application internal error', '103&Table value not found'])}&HL70357|E"))
    return out


def g_siu():
    p = pt()
    out = []
    ctl = "CAD" + rdig(10)
    appt = TODAY + dt.timedelta(days=R.randint(2, 30))
    hh = R.choice([8, 9, 10, 13, 14, 15])
    mm = R.choice([0, 30])
    start = dt.datetime(appt.year, appt.month, appt.day, hh, mm)
    vt, dur = R.choice([("NEW^NEW NUTRITION 60^EPICVT", 60), ("FU^FOLLOW UP 30^EPICVT", 30), ("DSMT^DIABETES GROUP CLASS^EPICVT", 90)])
    end = start + dt.timedelta(minutes=dur)
    ev = R.choice(["S12", "S12", "S14", "S15"])
    out.append(("hl7_siu", msh("EPIC_CADENCE", "SBRMC", "NUTRCLIN", "SBRMC_OPN", f"SIU^{ev}", ctl, "2.5.1")))
    out.append(("hl7_siu", hl7_seg("SCH", {1: f"{rdig(8)}^EPIC", 2: f"{rdig(8)}^EPIC", 6: "", 7: "MNT^MEDICAL NUTRITION THERAPY",
                                          8: vt, 9: str(dur), 10: "MIN",
                                          11: f"^^{dur}^{P('date', start.strftime('%Y%m%d%H%M'))}^{P('date', end.strftime('%Y%m%d%H%M'))}",
                                          25: "Booked" if ev == "S12" else ("Modified" if ev == "S14" else "Cancelled")})))
    out.append(("hl7_siu", pid_segment(p, rich=R.random() < 0.5)))
    out.append(("hl7_siu", pv1_segment(p, "O")))
    if R.random() < 0.6:
        payer = p["payer"]
        sub_self = p["kin"]["rel"][0] != "SPO" or R.random() < 0.5
        ins_name = n_hl7(p) if sub_self else f"{up(p['kin']['last'])}^{up(p['kin']['first'])}"
        f = {1: "1", 2: payer[0], 3: payer[1], 4: payer[2], 16: P("name", ins_name),
             17: "SEL^Self" if sub_self else "SPO^" + p["kin"]["rel"][1], 36: P("health_plan", p["member"])}
        if sub_self:
            f[18] = P("date", fmt_date(p["dob"], "hl7"))
        out.append(("hl7_siu", hl7_seg("IN1", f)))
    out.append(("hl7_siu", "RGS|1|A"))
    cpt = R.choice(["97802^MNT INITIAL EA 15 MIN^CPT", "97803^MNT RE-ASSESS EA 15 MIN^CPT", "G0108^DSMT INDIV 30 MIN^HCPCS"])
    out.append(("hl7_siu", hl7_seg("AIS", {1: "1", 2: "A", 3: cpt, 4: P("date", start.strftime("%Y%m%d%H%M")), 5: "0", 6: "MIN", 7: str(dur), 8: "MIN"})))
    st = R.choice(STAFF_RD)
    out.append(("hl7_siu", hl7_seg("AIP", {1: "1", 2: "A", 3: f"{st[2]}^{st[0]}^{st[1]}^^^RD", 4: "DIETITIAN"})))
    if R.random() < 0.5:
        out.append(("hl7_siu", hl7_seg("AIL", {1: "1", 2: "A", 3: f"NUTR OP^RM {R.randint(201, 219)}^^SBRMC"})))
    return out


# ---------------------------------------------------------------- log4net (.NET service)
L4N_LOGGERS = ["SBRMC.Nutrition.DietBridge.OrmProcessor", "SBRMC.Nutrition.DietBridge.MllpListener",
               "SBRMC.Nutrition.DietBridge.FssClient", "SBRMC.Nutrition.DietBridge.Data.TrayTicketRepository",
               "SBRMC.Nutrition.DietBridge.AdtHandler", "SBRMC.Nutrition.DietBridge.ServiceHost",
               "SBRMC.Nutrition.DietBridge.PatientMatcher"]


def l4n(level, logger, msg, thread=None):
    thread = thread or R.choice(["1", "5", "7", "12", "14", "DietBridge.Worker-2", "DietBridge.Worker-3", "MllpAccept"])
    return ("log4net", f"{ts_log4net()} [{thread}] {level:<5} {logger} - {msg}")


def g_log4net_noise():
    c = R.randrange(12)
    if c == 0:
        return [l4n("INFO", L4N_LOGGERS[5], f"Heartbeat OK; inbound queue depth={R.randint(0, 6)}, outbound={R.randint(0, 3)}, lastAckLatency={R.randint(8, 140)} ms")]
    if c == 1:
        return [l4n("INFO", L4N_LOGGERS[0], f"Processed ORM^O01 ctrl=EPIC{rdig(9)} placer=DO{rdig(8)} dietCodes=[{','.join(d[0] for d in R.sample(DIETS, 2))}] in {R.randint(9, 220)} ms")]
    if c == 2:
        return [l4n("DEBUG", L4N_LOGGERS[1], f"Accepted MLLP connection from 10.40.8.{R.randint(10, 40)}:{R.randint(49152, 65000)} (session {rhex(8)})")]
    if c == 3:
        return [l4n("INFO", L4N_LOGGERS[2], f"POST https://fss-app01.sbrmc.local:8443/fss/api/v3/diet-orders -> 201 Created ({R.randint(40, 900)} ms, x-correlation-id={ruuid()})")]
    if c == 4:
        return [l4n("WARN", L4N_LOGGERS[2], f"FSS API slow response: GET /fss/api/v3/census?unit={R.choice(UNITS)} took {R.randint(3000, 9000)} ms (threshold 2500 ms)")]
    if c == 5:
        n = R.randint(1, 3)
        return [l4n("WARN", L4N_LOGGERS[3], f"SqlException 1205 (deadlock victim) in Upsert; retry {n}/3 in {250 * n} ms"),
                ("log4net", "System.Data.SqlClient.SqlException (0x80131904): Transaction (Process ID %d) was deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction." % R.randint(51, 140)),
                ("log4net", "   at System.Data.SqlClient.SqlConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)"),
                ("log4net", "   at System.Data.SqlClient.SqlCommand.ExecuteNonQuery()"),
                ("log4net", "   at SBRMC.Nutrition.DietBridge.Data.TrayTicketRepository.Upsert(TrayTicket ticket) in D:\\a\\1\\s\\src\\DietBridge.Data\\TrayTicketRepository.cs:line 118"),
                ("log4net", f"ClientConnectionId:{ruuid()}"),
                ("log4net", "Error Number:1205,State:51,Class:13")]
    if c == 6:
        return [l4n("INFO", L4N_LOGGERS[5], f"Configuration reloaded from C:\\Program Files\\SBRMC\\DietOrderBridge\\DietOrderBridge.exe.config (sha256 {rhex(16)}...)")]
    if c == 7:
        return [l4n("ERROR", L4N_LOGGERS[2], "Call to FSS failed: System.Net.Http.HttpRequestException: An error occurred while sending the request. ---> System.Net.WebException: Unable to connect to the remote server ---> System.Net.Sockets.SocketException: A connection attempt failed because the connected party did not properly respond after a period of time 10.40.12.31:8443")]
    if c == 8:
        return [l4n("INFO", L4N_LOGGERS[4], f"ADT^A02 transfer applied: {R.randint(1, 4)} pending trays re-routed, 0 held (batch {rdig(6)})")]
    if c == 9:
        return [l4n("DEBUG", L4N_LOGGERS[0], f"Diet map cache hit ratio {R.uniform(0.9, 0.999):.3f} ({R.randint(400, 900)} entries), GC gen2={R.randint(1, 40)}")]
    if c == 10:
        return [l4n("INFO", L4N_LOGGERS[5], f"DietOrderBridge 3.8.{R.randint(1, 9)}.{R.randint(1000, 9999)} running as SBRMC\\svc_dietbridge on SBR-NUTR-APP02 (.NET Framework 4.8.09032)")]
    return [l4n("WARN", L4N_LOGGERS[1], f"MLLP frame without trailing <FS><CR> from 10.40.8.{R.randint(10, 40)}, {R.randint(120, 4000)} bytes discarded")]


def g_log4net_phi():
    p = pt()
    c = R.randrange(7)
    if c == 0:
        return [l4n("WARN", L4N_LOGGERS[6], f"Patient not found in FSS census: MRN={P('mrn', p['mrn'])} name={P('name', n_LF(p))} unit={p['unit']}; queued for retry in 60s")]
    if c == 1:
        d = p["diets"][0]
        return [l4n("INFO", L4N_LOGGERS[0], f"Diet order DO{rdig(8)} for {P('name', n_fl(p))} (DOB {P('date', fmt_date(p['dob'], 'us'))}) mapped to FSS diet '{d[1]}'")]
    if c == 2:
        dis = TODAY
        return [l4n("INFO", L4N_LOGGERS[4], f"ADT^A03 discharge mrn={P('mrn', p['mrn'])} fin={P('account', p['fin'])} dischargeDate={P('date', fmt_date(dis, 'iso'))}: cancelled {R.randint(1, 4)} pending trays")]
    if c == 3:
        return [l4n("WARN", L4N_LOGGERS[6], f"Name mismatch for MRN {P('mrn', p['mrn'])}: EPIC '{P('name', n_hl7(p))}' vs FSS '{P('name', n_lf(p))}' - using EPIC value")]
    if c == 4:
        return [l4n("ERROR", L4N_LOGGERS[0], f"Rejected ORM for visit {P('other_id', p['visit'])}: conflicting diet codes NPO + {p['diets'][0][0]} (patient {P('name', n_LFm(p))})")]
    if c == 5:
        return [l4n("INFO", L4N_LOGGERS[4], f"ADT^A08 demographics update MRN {P('mrn', p['mrn'])}: phone -> {P('phone', fmt_phone(p['phone'], 3))}, zip -> {P('zip', p['zip'])}")]
    return [l4n("DEBUG", L4N_LOGGERS[3], f"Upsert TrayTicket ticket=TT{rdig(7)} mrn={P('mrn', p['mrn'])} meal={R.choice(['BRK', 'LUN', 'DIN'])} rows=1")]


# ---------------------------------------------------------------- Tomcat catalina.out
def cat(level, thread, cls, msg):
    return ("catalina", f"{ts_catalina()} {level} [{thread}] {cls} {msg}")


def g_catalina_startup():
    out = []
    seq = [("INFO", "main", "org.apache.catalina.startup.VersionLoggerListener.log", "Server version name:   Apache Tomcat/9.0.85"),
           ("INFO", "main", "org.apache.catalina.startup.VersionLoggerListener.log", "Server built:          Jan 5 2024 08:26:04 UTC"),
           ("INFO", "main", "org.apache.catalina.startup.VersionLoggerListener.log", "OS Name:               Linux"),
           ("INFO", "main", "org.apache.catalina.startup.VersionLoggerListener.log", "JVM Version:           17.0.10+7-LTS"),
           ("INFO", "main", "org.apache.catalina.startup.VersionLoggerListener.log", "Command line argument: -Xmx2048m"),
           ("INFO", "main", "org.apache.coyote.AbstractProtocol.init", 'Initializing ProtocolHandler ["https-jsse-nio-8443"]'),
           ("INFO", "main", "org.apache.catalina.startup.Catalina.load", f"Server initialization in [{R.randint(700, 1200)}] milliseconds"),
           ("INFO", "main", "org.apache.catalina.core.StandardService.startInternal", "Starting service [Catalina]"),
           ("INFO", "main", "org.apache.catalina.core.StandardEngine.startInternal", "Starting Servlet engine: [Apache Tomcat/9.0.85]"),
           ("INFO", "main", "org.apache.catalina.startup.HostConfig.deployWAR", "Deploying web application archive [/opt/tomcat/webapps/roomservice.war]"),
           ("INFO", "main", "org.apache.jasper.servlet.TldScanner.scanJars", "At least one JAR was scanned for TLDs yet contained no TLDs. Enable debug logging for this logger for a complete list of JARs that were scanned but no TLDs were found in them."),
           ("INFO", "main", "org.apache.catalina.startup.HostConfig.deployWAR", f"Deployment of web application archive [/opt/tomcat/webapps/roomservice.war] has finished in [{R.randint(8000, 16000):,}] ms"),
           ("INFO", "main", "org.apache.coyote.AbstractProtocol.start", 'Starting ProtocolHandler ["https-jsse-nio-8443"]'),
           ("INFO", "main", "org.apache.catalina.startup.Catalina.start", f"Server startup in [{R.randint(12000, 19000):,}] milliseconds")]
    for s in seq:
        adv(0.05, 2.5)
        out.append(cat(*s))
    return out


def g_catalina_runtime():
    p = pt()
    c = R.randrange(6)
    th = f"https-jsse-nio-8443-exec-{R.randint(1, 25)}"
    if c == 0:
        return [cat("WARNING", th, "org.apache.catalina.util.SessionIdGeneratorBase.createSecureRandom",
                    f"Creation of SecureRandom instance for session ID generation using [SHA1PRNG] took [{R.randint(150, 900)}] milliseconds.")]
    if c == 1:
        return [cat("SEVERE", th, "org.apache.catalina.core.StandardWrapperValve.invoke",
                    "Servlet.service() for servlet [dispatcherServlet] in context with path [/roomservice] threw exception [Request processing failed; nested exception is org.springframework.dao.QueryTimeoutException: PreparedStatementCallback; SQL [select * from meal_order where meal_period = ?]; query timed out] with root cause")]
    if c == 2:
        item = R.choice(["2211 (Regular Cola 12 oz)", "1840 (Glazed Donut)", "3307 (Fried Shrimp Basket)", "1502 (Whole Milk 8 oz)"])
        return [cat("SEVERE", th, "org.apache.catalina.core.StandardWrapperValve.invoke",
                    f"Servlet.service() for servlet [dispatcherServlet] in context with path [/roomservice] threw exception [Request processing failed; nested exception is com.sbrmc.roomservice.diet.DietViolationException: Item {item} violates {p['diets'][0][0]} for patient {P('mrn', p['mrn'])}] with root cause")]
    if c == 3:
        return [cat("INFO", th, "org.apache.catalina.core.ApplicationContext.log", "Initializing Spring DispatcherServlet 'dispatcherServlet'")]
    if c == 4:
        return [cat("WARNING", "Catalina-utility-2", "org.apache.catalina.valves.StuckThreadDetectionValve.notifyStuckThreadDetected",
                    f"Thread [{th}] (id=[{R.randint(40, 90)}]) has been active for [{R.randint(60000, 90000):,}] milliseconds (since [3/12/24, {T.hour}:{T.minute:02d} AM]) to serve the same request for [https://roomservice.sbrmc.local/roomservice/api/v1/reports/calorie-count] and may be stuck (configured threshold for this StuckThreadDetectionValve is [60] seconds). There is/are [1] thread(s) in total that are monitored by this Valve and may be stuck.")]
    return [cat("INFO", th, "org.apache.catalina.core.ApplicationContext.log",
                f"SessionListener: session {rhex(32).upper()} expired after 1800 s (user {R.choice(AGENTS)})")]


def g_tomcat_access():
    p = pt()
    ip = f"10.52.{R.randint(1, 6)}.{R.randint(10, 250)}"
    c = R.randrange(8)
    user = "-"
    if c == 0:
        req = f"GET /roomservice/api/v1/patients/{P('mrn', p['mrn'])}/orders?mealPeriod={R.choice(['BRK', 'LUN', 'DIN'])} HTTP/1.1"
        user = R.choice(AGENTS)
    elif c == 1:
        req = f"POST /roomservice/api/v1/orders HTTP/1.1"
        user = R.choice(AGENTS)
    elif c == 2:
        req = f"GET /roomservice/api/v1/menus/{R.choice(['BRK', 'LUN', 'DIN'])}?diet={R.choice(DIETS)[0]}&date=2024-03-12 HTTP/1.1"
    elif c == 3:
        req = "GET /roomservice/actuator/health HTTP/1.1"
        ip = "10.40.1.5"
    elif c == 4:
        req = f"GET /roomservice/static/js/main.{rhex(8)}.js HTTP/1.1"
    elif c == 5:
        req = f"GET /roomservice/api/v1/census?unit={R.choice(UNITS)} HTTP/1.1"
        user = R.choice(AGENTS)
    elif c == 6:
        req = f"GET /roomservice/api/v1/patients/search?lastName={P('name', p['last'].replace(' ', '%20').replace('á', '%C3%A1').replace('é', '%C3%A9').replace('ö', '%C3%B6'))}&dob={P('date', fmt_date(p['dob'], 'iso'))} HTTP/1.1"
        user = R.choice(AGENTS)
    else:
        req = "GET /roomservice/api/v1/tickets/print-queue HTTP/1.1"
    if c == 1:
        status = R.choice([201, 201, 201, 400, 409, 500])
    elif c in (3, 7):
        status = 200
    else:
        status = R.choice([200, 200, 200, 200, 304, 401, 404, 500])
    return [("tomcat_access", f'{ip} - {user} [{ts_clf()}] "{req}" {status} {R.randint(0, 48000) if status != 304 else "-"} {R.randint(2, 1900)}')]


# ---------------------------------------------------------------- Spring Boot room service app
def sb(level, thread, logger, msg):
    return ("springboot", f"{ts_dot()} {level:>5} 3187 --- [{thread[-15:]:>15}] {logger[-40:]:<40} : {msg}")


ALLERGEN_ITEMS = {"SHELLFISH": ["Shrimp Scampi", "Crab Cake Sandwich"], "PEANUT": ["PB&J Uncrustable", "Peanut Butter Cookie"],
                  "TREE NUT": ["Almond Chicken Salad", "Banana Walnut Muffin"], "EGG": ["Cheese Omelet", "Egg Salad Croissant"],
                  "WHEAT": ["Whole Wheat Pancakes", "Spaghetti Marinara"], "SESAME": ["Sesame Noodles", "Hummus Plate"],
                  "MILK": ["Mac & Cheese", "Vanilla Pudding"], "FISH": ["Baked Cod", "Tuna Melt"], "SOY": ["Tofu Stir Fry", "Edamame Side"]}
SB_LOG = ["c.s.n.roomservice.web.OrderController", "c.s.n.r.diet.AllergyScreenService", "c.s.n.r.diet.NutrientLimitService",
          "c.s.n.r.tablet.TabletSessionService", "com.zaxxer.hikari.HikariPool", "c.s.n.r.sched.MealCutoffScheduler",
          "c.s.n.r.menu.MenuCacheLoader", "c.s.n.r.pay.GuestTrayPaymentService", "o.s.b.w.embedded.tomcat.TomcatWebServer"]


def g_spring_noise():
    th = R.choice(["nio-8443-exec-3", "nio-8443-exec-9", "nio-8443-exec-17", "nio-8443-exec-6"])
    c = R.randrange(10)
    if c == 0:
        return [sb("INFO", "main", "c.s.n.r.RoomServiceApplication", f"Started RoomServiceApplication in {R.uniform(12, 25):.3f} seconds (process running for {R.uniform(20, 30):.3f})")]
    if c == 1:
        return [sb("DEBUG", "HikariPool-1 housekeeper", SB_LOG[4], f"HikariPool-1 - Pool stats (total=20, active={R.randint(0, 9)}, idle={R.randint(8, 20)}, waiting=0)")]
    if c == 2:
        return [sb("INFO", "scheduling-1", SB_LOG[6], f"Menu cache refreshed: {R.randint(1100, 1400):,} items across 9 meal periods, cycle week {R.randint(1, 3)} day {R.randint(1, 7)} ({R.randint(300, 1200)} ms)")]
    if c == 3:
        return [sb("INFO", "scheduling-1", SB_LOG[5], f"{R.choice(['BREAKFAST', 'LUNCH', 'DINNER'])} cutoff passed for units {R.sample(UNITS, 3)}; {R.randint(4, 40)} default trays generated")]
    if c == 4:
        return [sb("WARN", th, "o.s.w.s.m.s.DefaultHandlerExceptionResolver", "Resolved [org.springframework.web.HttpRequestMethodNotSupportedException: Request method 'GET' is not supported]")]
    if c == 5:
        return [sb("INFO", th, SB_LOG[0], f"order={'MO' + rdig(9)} status=SUBMITTED items={R.randint(1, 7)} kcal={R.randint(300, 1100)} carbG={R.randint(20, 110)} naMg={R.randint(300, 1900)} source={R.choice(['TABLET', 'CALLCENTER', 'HOST'])} traceId={rhex(32)}")]
    if c == 6:
        return [sb("INFO", "main", SB_LOG[8], "Tomcat initialized with port 8443 (https)")]
    if c == 7:
        return [sb("WARN", "HikariPool-1 housekeeper", SB_LOG[4], "HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=1m4s).")]
    if c == 8:
        return [sb("INFO", th, SB_LOG[7], f"Guest tray payment approved txn={rhex(12).upper()} card=****{rdig(4)} amount=9.50 terminal=CAF-POS-0{R.randint(1, 4)}")]
    return [sb("ERROR", th, SB_LOG[7], "Payment gateway sandbox check failed for test card 4111 1111 1111 1111 (expected APPROVED, got DECLINED code 05)")]


def g_spring_phi():
    p = pt()
    th = R.choice(["nio-8443-exec-3", "nio-8443-exec-9", "nio-8443-exec-14", "nio-8443-exec-1"])
    c = R.randrange(8)
    al = p["allergy"] or R.choice(ALLERGENS[:9])
    if c == 0:
        al = R.choice(list(ALLERGEN_ITEMS))
        item = R.choice(ALLERGEN_ITEMS[al])
        return [sb("WARN", th, SB_LOG[1], f"BLOCK order=MO{rdig(9)} patient={P('mrn', p['mrn'])} ({P('name', n_lf(p))}) item=\"{item}\" allergen={al} source={R.choice(['TABLET', 'CALLCENTER'])}")]
    if c == 1:
        return [sb("INFO", th, SB_LOG[2], f"order MO{rdig(9)} for {P('name', n_fl(p))} exceeds sodium limit 2000 mg/day (projected {R.randint(2050, 2900):,} mg); agent override required")]
    if c == 2:
        return [sb("INFO", th, SB_LOG[3], f"Tablet session opened device=TAB-{p['unit']}{p['room']}{p['bed']} mrn={P('mrn', p['mrn'])} dobEntered={P('date', fmt_date(p['dob'], 'us'))} verify=PASS")]
    if c == 3:
        return [sb("WARN", th, SB_LOG[3], f"DOB verification failed (2/3) for tablet TAB-{p['unit']}{p['room']}{p['bed']}: entered {P('date', fmt_date(p['dob'] + dt.timedelta(days=R.choice([1, 31, 365])), 'us'))}, expected {P('date', fmt_date(p['dob'], 'us'))} (mrn {P('mrn', p['mrn'])})")]
    if c == 4:
        k = p["kin"]
        return [sb("INFO", th, SB_LOG[7], f"Guest tray charged to {P('name', k['first'] + ' ' + k['last'])} for patient room {loc(p)} card=****{rdig(4)} amount=9.50")]
    if c == 5:
        k = p["kin"]
        pan = luhn_complete(R.choice(["4", "51", "55", "6011"]), 16)
        return [sb("ERROR", th, SB_LOG[7], f"Gateway rejected guest tray payment: {{\"cardholder\":\"{P('name', k['first'] + ' ' + k['last'])}\",\"pan\":\"{P('account', pan)}\",\"exp\":\"{R.randint(1, 12):02d}/{R.randint(25, 29)}\",\"resp\":\"54 EXPIRED CARD\"}}")]
    if c == 6:
        out = [sb("ERROR", th, "o.a.c.c.C.[.[.[.[dispatcherServlet]", "Servlet.service() for servlet [dispatcherServlet] threw exception"),
               ("springboot", f"org.springframework.dao.DuplicateKeyException: PreparedStatementCallback; SQL [insert into patient_pref (mrn, pref_code) values (?, ?)]; ERROR: duplicate key value violates unique constraint \"patient_pref_pk\""),
               ("springboot", f"  Detail: Key (mrn, pref_code)=({P('mrn', p['mrn'])}, NO_PORK) already exists."),
               ("springboot", "\tat org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator.doTranslate(SQLErrorCodeSQLExceptionTranslator.java:247)"),
               ("springboot", "\tat org.springframework.jdbc.core.JdbcTemplate.update(JdbcTemplate.java:1005)"),
               ("springboot", "\tat com.sbrmc.nutrition.roomservice.pref.PreferenceRepository.save(PreferenceRepository.java:58)"),
               ("springboot", "\t... 87 common frames omitted")]
        return out
    return [sb("INFO", th, SB_LOG[0], f"Call-center proxy order MO{rdig(9)} for {P('name', n_LF(p))} {loc(p)} placed by {R.choice(AGENTS)}; diet={'+'.join(d[0] for d in p['diets'])}")]


# ---------------------------------------------------------------- IIS W3C (bedside tablet API)
IIS_FIELDS = "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken"


def iis_row(method, stem, query, user, cip, ua, status, sub=0, win=0):
    u = T + UTC_OFF
    return ("iis_w3c", f"{u.strftime('%Y-%m-%d %H:%M:%S')} 10.40.8.35 {method} {stem} {query} 443 {user} {cip} {ua} - {status} {sub} {win} {R.randint(3, 900)}")


def g_iis_header():
    u = T + UTC_OFF
    return [("iis_w3c", "#Software: Microsoft Internet Information Services 10.0"), ("iis_w3c", "#Version: 1.0"),
            ("iis_w3c", f"#Date: {u.strftime('%Y-%m-%d %H:%M:%S')}"), ("iis_w3c", IIS_FIELDS)]


TAB_UA = "BedsideMenu/4.2.1+(Linux;+Android+11;+SM-T500)"


def g_iis():
    p = pt()
    cip = f"10.52.{R.randint(1, 6)}.{R.randint(10, 250)}"
    dev = f"tab-{p['unit'].lower()}{p['room']}{p['bed'].lower()}"
    c = R.randrange(9)
    if c == 0:
        return [iis_row("GET", f"/BedsideMenu/api/v2/patient/{P('mrn', p['mrn'])}/profile", "-", dev, cip, TAB_UA, 200)]
    if c == 1:
        return [iis_row("POST", "/BedsideMenu/api/v2/auth/verify", f"mrn={P('mrn', p['mrn'])}&dob={P('date', fmt_date(p['dob'], 'iso'))}", dev, cip, TAB_UA, R.choice([200, 200, 401]))]
    if c == 2:
        return [iis_row("GET", "/BedsideMenu/health", "-", "-", "10.40.1.5", "kube-probe/1.27", 200)]
    if c == 3:
        return [iis_row("GET", "/BedsideMenu/api/v2/menu/today", f"diet={R.choice(DIETS)[0]}&period={R.choice(['BRK', 'LUN', 'DIN'])}", dev, cip, TAB_UA, 200)]
    if c == 4:
        return [iis_row("GET", f"/BedsideMenu/static/img/items/{R.randint(1000, 4000)}.webp", "-", "-", cip, TAB_UA, R.choice([200, 304]))]
    if c == 5:
        return [iis_row("POST", "/BedsideMenu/api/v2/orders", "-", dev, cip, TAB_UA, R.choice([201, 201, 409, 500]), 0, R.choice([0, 0, 64]))]
    if c == 6:
        return [iis_row("GET", "/BedsideMenu/api/v2/device/heartbeat", f"battery={R.randint(8, 100)}&fw=4.2.1&wifi=-{R.randint(45, 80)}", dev, cip, TAB_UA, 200)]
    if c == 7:
        return [iis_row("GET", "/BedsideMenu/api/v2/nutrition/summary", f"mrn={P('mrn', p['mrn'])}&range=today", dev, cip, TAB_UA, 200)]
    return [iis_row("GET", "/BedsideMenu/api/v2/config", "-", "-", cip, TAB_UA, 401, 2, 5)]


# ---------------------------------------------------------------- room service call center JSON
def jd(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def g_callcenter():
    p = pt()
    c = R.randrange(7)
    base = {"ts": ts_iso_local(), "app": "rsc-cti", "host": "SBR-RSC-CTI01"}
    if c == 0:
        base.update({"evt": "agent.state", "agentId": R.choice(AGENTS), "state": R.choice(["READY", "NOT_READY", "WRAPUP", "LOGGED_IN"]),
                     "station": f"x{R.randint(45100, 45199)}"})
        return [("callcenter_json", jd(base))]
    if c == 1:
        base.update({"evt": "queue.stats", "queue": R.choice(["RoomService-EN", "RoomService-ES", "RoomService-Kosher"]),
                     "waiting": R.randint(0, 9), "asaSec": R.randint(5, 180), "abandonPct": round(R.uniform(0, 8), 1),
                     "agentsReady": R.randint(1, 8)})
        return [("callcenter_json", jd(base))]
    if c == 2:
        base.update({"evt": "ivr.menu", "callId": ruuid(), "node": R.choice(["LANG_SELECT", "MEAL_PERIOD", "TRANSFER_AGENT"]),
                     "dtmf": str(R.randint(1, 3)), "ani": f"x{R.randint(45000, 47999)}"})
        return [("callcenter_json", jd(base))]
    external = R.random() < 0.5
    k = p["kin"]
    if external:
        ani = P("phone", fmt_phone(k["phone"], R.choice([3, 5])))
        caller = {"type": "FAMILY", "name": P("name", f"{k['first']} {k['last']}"), "relationship": k["rel"][1].upper()}
    else:
        ani = f"x{R.randint(45000, 47999)}"
        caller = {"type": "PATIENT_ROOM"}
    base.update({"evt": "call.order.created", "callId": ruuid(), "agentId": R.choice(AGENTS), "ani": ani, "caller": caller,
                 "queue": "RoomService-ES" if p["hisp"] else "RoomService-EN",
                 "patient": {"mrn": P("mrn", p["mrn"]), "name": P("name", n_lf(p)), "room": loc(p),
                             "diet": [d[0] for d in p["diets"]]},
                 "order": {"id": "MO" + rdig(9), "mealPeriod": R.choice(["BRK", "LUN", "DIN", "SNACK"]),
                           "items": R.randint(1, 6), "kcal": R.randint(250, 1100), "carbG": R.randint(15, 95)}})
    if p["allergy"] and R.random() < 0.5:
        base["allergyCheck"] = {"result": "WARN", "allergen": p["allergy"]}
    return [("callcenter_json", jd(base))]


# ---------------------------------------------------------------- ZPL kitchen labels
def g_zpl():
    p = pt()
    c = R.choices(range(6), [4, 3, 3, 1, 1, 1])[0]
    if c == 0:
        return [("zpl", "^XA^CI28^PW812^LL406^FO24,20^A0N,36,36^FD" + P("name", n_LF(p)) + "^FS^FO24,64^A0N,28,28^FD"
                 + loc(p, " ") + "   MRN " + P("mrn", p["mrn"]) + "^FS^FO24,100^A0N,26,26^FD" + " / ".join(d[1] for d in p["diets"])[:46]
                 + "^FS^FO24,140^BY2^BCN,60,N,N,N^FD" + P("mrn", p["mrn"]) + "^FS^FO520,140^A0N,24,24^FD" + R.choice(["BRK", "LUN", "DIN"]) + "^FS^XZ")]
    if c == 1:
        form = R.choice(["JEVITY 1.5 CAL", "OSMOLITE 1.2", "PEPTAMEN 1.5", "NEPRO CARB STEADY", "GLUCERNA 1.2"])
        return [("zpl", "^XA^CI28^FO20,15^A0N,30,30^FDENTERAL - NOT FOR IV USE^FS^FO20,55^A0N,28,28^FD" + P("name", n_LFm(p))
                 + "^FS^FO20,90^A0N,24,24^FDDOB " + P("date", fmt_date(p["dob"], "us")) + "  " + loc(p) + "^FS^FO20,122^A0N,24,24^FD"
                 + form + f" 1000 mL @ {R.choice([25, 40, 55, 65, 70])} mL/hr^FS^FO20,154^A0N,22,22^FDHang by 03/12 {R.randint(13, 23)}:00  Discard after 48h^FS^XZ")]
    if c == 2:
        item = R.choice(["TURKEY CLUB ON WHEAT", "GREEK YOGURT PARFAIT", "CHICKEN CAESAR WRAP", "HUMMUS & VEGGIE BOX"])
        return [("zpl", f"^XA^FO20,20^A0N,32,32^FD{item}^FS^FO20,60^A0N,22,22^FDMade 03/12/24  Use by 03/14/24^FS^FO20,90^A0N,22,22^FDCal {R.randint(180, 620)}  Carb {R.randint(12, 60)}g  Na {R.randint(200, 1400)}mg^FS^FO20,120^A0N,20,20^FDContains: {R.choice(['WHEAT, MILK', 'MILK', 'SESAME, WHEAT', 'EGG, WHEAT, SOY'])}^FS^FO420,20^BQN,2,4^FDQA,SKU{rdig(6)}^FS^XZ")]
    if c == 3:
        return [("zpl", "~HS")]
    if c == 4:
        return [("zpl", f"030,0,0,1245,000,0,0,0,000,0,0,0  001,0,0,0,1,2,6,0,00000000,1,000  1234,0")]
    return [("zpl", "^XA^JUS^XZ")]


# ---------------------------------------------------------------- tray tickets
def g_tray():
    p = pt()
    c = R.randrange(5)
    meal = R.choice(["BRK", "LUN", "DIN"])
    if c in (0, 1):
        age_part = P("age", str(p["age"])) if p["age"] > 89 else str(p["age"])
        dobs = fmt_date(p["dob"], R.choice(["us", "us_short", "dmon"]))
        al = p["allergy"] or "NKFA"
        return [("tray_ticket", f"TRAYTKT {T.strftime('%m%d')}-{meal}-{rdig(5)} | {p['unit']} {p['room']}-{p['bed']} | {P('name', n_LF(p))} | DOB {P('date', dobs)} ({age_part}) | DIET: {' / '.join(d[1] for d in p['diets'])} | ALLERGY: {al} | {R.choice(['STD', 'EARLY', 'LATE', 'ISOLATION-DISPOSABLE'])}")]
    if c == 2:
        return [("tray_ticket", f"TRAY LINE SUMMARY {meal} {R.choice(UNITS)}: printed {R.randint(12, 36)}, held {R.randint(0, 5)} (NPO/PROC), late adds {R.randint(0, 6)}, cart {R.choice(['A', 'B', 'C'])}{R.randint(1, 4)} departed {T.strftime('%H:%M')}")]
    if c == 3:
        return [("tray_ticket", f"TRAYTKT {T.strftime('%m%d')}-{meal}-{rdig(5)} REPRINT reason=PRINTER_JAM printer=KITCHEN-TRAY-0{R.randint(1, 3)} by {R.choice(['tgreen', 'fns_lead2', 'jpowell', 'mosei'])}")]
    return [("tray_ticket", f"TRAYTKT {T.strftime('%m%d')}-{meal}-{rdig(5)} | {p['unit']} {p['room']}-{p['bed']} | DIET: NPO | HOLD - NO TRAY | PRINT SUPPRESSED")]


# ---------------------------------------------------------------- CBORD-like Food Service Suite
def fss(level, comp, msg):
    return ("cbord_fss", f"{ts_cbord()} [{level:<5}] [{comp}] {msg}")


def g_fss_noise():
    c = R.randrange(9)
    if c == 0:
        return [fss("INFO", "MenuCycleService", f"Cycle 'SBRMC-Patient-2024Q1' week {R.randint(1, 3)} day {R.randint(1, 7)} loaded: {R.randint(380, 460)} menu items, {R.randint(0, 40)} recipes changed since last publish")]
    if c == 1:
        return [fss("INFO", "NutrientAnalysis", f"Recalculated {R.randint(40, 300)} recipes (USDA SR Legacy + vendor data); {R.randint(0, 5)} missing nutrient warnings")]
    if c == 2:
        return [fss("WARN", "ProductionForecast", f"Forecast for {R.choice(['LUN', 'DIN'])} {TODAY.strftime('%m/%d/%Y')} exceeds par for item 'Mashed Potatoes (IDDSI 4)' by {R.randint(5, 40)}%")]
    if c == 3:
        return [fss("INFO", "CensusSync", f"Census sync complete: {R.randint(280, 330)} patients, {R.randint(0, 12)} admits, {R.randint(0, 15)} discharges, {R.randint(0, 9)} transfers ({R.randint(1, 9)}.{R.randint(0, 9)} s)")]
    if c == 4:
        return [fss("ERROR", "PrintService", f"Printer KITCHEN-TRAY-0{R.randint(1, 3)} (10.40.30.2{R.randint(1, 3)}) offline; {R.randint(2, 30)} tickets re-queued to KITCHEN-TRAY-04")]
    if c == 5:
        return [fss("INFO", "InterfaceEngine", f"HL7 inbound channel DIET_ORM: {R.randint(30, 200)} msgs last 15 min, 0 errors, avg {R.randint(20, 90)} ms")]
    if c == 6:
        return [fss("DEBUG", "Licensing", "Seat usage: 41/60 concurrent; module RoomService enabled; module Retail disabled")]
    if c == 7:
        return [fss("INFO", "InventoryService", f"PO {rdig(7)} to vendor SYSCO CENTRAL OHIO received: {R.randint(40, 180)} lines, variance ${R.uniform(0, 90):.2f}")]
    return [fss("WARN", "Auth", f"User {R.choice(STAFF)[3]} password expires in {R.randint(1, 9)} day(s)")]


def g_fss_phi():
    p = pt()
    c = R.randrange(5)
    if c == 0:
        return [fss("INFO", "PatientSync", f"ADT A08 applied: Patient '{P('name', n_lf(p))}' ({P('mrn', p['mrn'])}) diet -> {p['diets'][0][0]}, room {loc(p)}")]
    if c == 1:
        return [fss("INFO", "PatientSync", f"ADT A01 admit: {P('name', n_LFm(p))} MRN {P('mrn', p['mrn'])} DOB {P('date', fmt_date(p['dob'], 'us'))} admitted {P('date', fmt_date(p['admit'], 'us'))} to {p['unit']}")]
    if c == 2:
        al = R.choice(list(ALLERGEN_ITEMS))
        return [fss("WARN", "AllergyCheck", f"Menu item '{R.choice(ALLERGEN_ITEMS[al])}' removed from selective menu for {P('name', n_fl(p))} [{P('mrn', p['mrn'])}] allergen={al}")]
    if c == 3:
        return [fss("INFO", "Preferences", f"Saved preferences for {P('name', n_LF(p))}: dislikes=[fish, mushrooms], beverage=hot tea w/ lemon, language={'es' if p['hisp'] else 'en'}")]
    return [fss("ERROR", "PatientSync", f"Duplicate patient detected: MRN {P('mrn', p['mrn'])} and EPI {P('mrn', p['epi'])} both map to '{P('name', n_LF(p))}' born {P('date', fmt_date(p['dob'], 'iso'))}; merge required")]


# ---------------------------------------------------------------- pharmacy TPN CSV
TPN_HDR = "rx_num,mrn,pt_name,dob,wt_kg,dextrose_g,amino_acid_g,lipid_g,total_kcal,vol_ml,rate_ml_hr,start_date,verified_by"


def g_tpn():
    out = [("tpn_csv", "# SBRMC Pharmacy PN export v2 generated by svc_pharm_export (Omnicell IV compounding)"), ("tpn_csv", TPN_HDR)]
    for _ in range(R.randint(3, 6)):
        p = pt()
        wt = round(R.uniform(38, 120), 1)
        dex = R.randint(120, 350)
        aa = round(wt * R.uniform(1.0, 2.0))
        lip = R.choice([0, 25, 40, 50])
        kcal = round(dex * 3.4 + aa * 4 + lip * 10)
        vol = R.choice([1500, 1800, 2000, 2200])
        start = TODAY - dt.timedelta(days=R.randint(0, 9))
        name = P("name", n_LF(p))
        if "," in n_LF(p):
            name = '"' + name + '"'
        out.append(("tpn_csv", f"RX{rdig(8)},{P('mrn', p['mrn'])},{name},{P('date', fmt_date(p['dob'], 'us'))},{wt},{dex},{aa},{lip},{kcal},{vol},{round(vol / 24)},{P('date', fmt_date(start, 'iso'))},{R.choice(['JKT', 'MLP', 'RSH', 'ANW'])}"))
    out.append(("tpn_csv", f"# rows={len(out) - 2} checksum={rhex(8)}"))
    return out


# ---------------------------------------------------------------- enteral feeding pipe rows
FORMULAS = ["Jevity 1.5 Cal", "Osmolite 1.2 Cal", "Peptamen 1.5", "Nepro Carb Steady", "Vital AF 1.2", "Glucerna 1.2", "Kate Farms Peptide 1.5"]


def g_enteral():
    p = pt()
    c = R.randrange(5)
    if c == 0:
        start = TODAY - dt.timedelta(days=R.randint(0, 6))
        return [("enteral_pipe", f"EN|{P('mrn', p['mrn'])}|{P('name', up(p['last']) + ',' + up(p['first']))}|{R.choice(['NGT', 'OGT', 'PEG', 'NJT', 'G-J'])}|{R.choice(FORMULAS)}|CONT|{R.choice([20, 30, 45, 55])}|mL/hr|GOAL {R.choice([55, 60, 65, 70, 75])}|FWF {R.choice([30, 50, 100])}mL q4h|{P('date', start.strftime('%Y%m%d'))}|RD:{R.choice(STAFF_RD)[3].upper()}")]
    if c == 1:
        serial = R.choice(["JY", "KJ", "EP"]) + rdig(7)
        return [("enteral_pipe", f"HEN|{P('mrn', p['mrn'])}|{P('name', n_LF(p))}|PEG|{R.choice(FORMULAS)}|BOLUS|240|mL|5x/day|pump=Kangaroo Joey SN {P('device', serial)}|DME=Apria Healthcare|case={P('other_id', 'HC-' + rdig(6))}")]
    if c == 2:
        f = R.choice(FORMULAS)
        return [("enteral_pipe", f"FORM|{f.upper().replace(' ', '')[:10]}|{f}|kcal/mL={R.choice([1.0, 1.2, 1.5, 2.0])}|prot_g/L={R.randint(44, 94)}|free_water_pct={R.randint(69, 85)}|fiber={R.choice(['Y', 'N'])}|formulary=Y")]
    if c == 3:
        return [("enteral_pipe", f"ENSTAT|pumps_active={R.randint(14, 40)}|occlusion_alarms_24h={R.randint(0, 9)}|formula_waste_mL={R.randint(200, 4000)}|unit={R.choice(UNITS)}")]
    return [("enteral_pipe", f"EN|{P('mrn', p['mrn'])}|{P('name', up(p['last']) + ',' + up(p['first']))}|PEG|{R.choice(FORMULAS)}|HOLD|0|mL/hr|residual {R.randint(260, 500)} mL|held per MD|{P('date', TODAY.strftime('%Y%m%d'))}|RN:{R.choice(['TGREEN', 'MSANTOS', 'PKHAN'])}")]


# ---------------------------------------------------------------- dietitian free-text notes
def note_prefix(es=False):
    kind = R.choice(["Nota de Nutrición", "Evaluación Nutricional"]) if es else R.choice(["Nutrition Assessment", "Nutrition Follow-Up", "Nutrition Consult"])
    rd = R.choice(RDS[1:2] + RDS[3:4]) if es else R.choice(RDS)
    return f"NOTE {rdig(8)} [{kind}] {rd}: "


DXS_EN = ["aspiration PNA", "CHF exacerbation", "SBO s/p ex-lap", "DKA", "ESRD on HD, volume overload",
          "acute pancreatitis", "COPD exacerbation", "hip fx s/p ORIF", "C. diff colitis", "CVA w/ dysphagia",
          "failure to thrive", "head & neck CA on chemoRT"]
SUPPS = ["Ensure Plus BID", "Boost Breeze TID", "Nepro 1 carton daily", "Glucerna shake BID", "Magic Cup TID",
         "Juven BID for wound healing", "Prosource 30 mL BID", "Ensure Clear w/ meals"]
DEVICES = [("Dexcom G7 sensor SN", lambda: rdig(2) + R.choice("ABCDEFGHJK") + rdig(2) + R.choice("ABCDEFGHJK") + rdig(4)),
           ("FreeStyle Libre 3 reader S/N", lambda: "MA" + rdig(2) + R.choice("ABCDEFGH") + rdig(5)),
           ("Omnipod 5 PDM serial", lambda: "P5" + rdig(9)),
           ("Tandem t:slim X2 pump SN", lambda: rdig(8))]
DX_ES = ["descompensación de diabetes", "insuficiencia renal crónica", "neumonía", "pancreatitis aguda",
         "fractura de cadera", "colecistitis", "EPOC exacerbado"]


def wt_pair():
    wt = round(R.uniform(38, 110), 1)
    return wt, round(wt * R.uniform(1.05, 1.2), 1)


def g_note_url():
    return g_note_phi(6)


def g_note_phi(force=None):
    p = pt()
    k = p["kin"]
    wt, usual = wt_pair()
    pct = round((usual - wt) / usual * 100, 1)
    c = R.choices(range(14), [9, 7, 7, 6, 6, 6, 1, 2, 5, 5, 5, 4, 4, 5])[0] if force is None else force
    es = c in (1, 2, 7, 12)
    pre = note_prefix(es) if R.random() < 0.6 else ""
    dx = R.choice(DXS_EN)
    if c == 0:
        e = pt(ELDERS)
        wd = TODAY - dt.timedelta(days=R.randint(0, 2))
        sev = "severe" if pct >= 7.5 else "moderate"
        return [("rd_note", pre + R.choice([
            f"Pt is a {P('age', str(e['age']))} yo {e['sex']} adm {P('date', fmt_date(e['admit'], 'md'))} w/ {dx}. Wt {wt} kg ({P('date', fmt_date(wd, 'md'))}), UBW {usual} kg = {pct}% loss in 3 mo. Meets ASPEN criteria for {sev} malnutrition (chronic illness). Rec {R.choice(SUPPS)}.",
            f"{P('age', str(e['age']))} y/o {'female' if e['sex'] == 'F' else 'male'} from SNF, admitted {P('date', fmt_date(e['admit'], 'us_nz'))} for {dx}. Intake <50% x >5 days per RN flowsheet; NFPE: temporal wasting, clavicle prominence. {sev.title()} malnutrition, acute illness context.",
            f"Geriatric consult: {P('name', n_il(e))}, age {P('age', str(e['age']))}, edentulous, lives alone. Wt {wt} kg on {P('date', fmt_date(wd, 'us'))}. Recommend mechanical soft, {R.choice(SUPPS)}, meal set-up assist.",
        ]))]
    if c == 1:
        s = pt(SPANISH)
        sk = s["kin"]
        return [("rd_note", pre + f"Paciente {P('name', n_fl(s))}, ingresó el {P('date', fmt_date(s['admit'], R.choice(['es', 'eu', 'eu_nz'])))} por {R.choice(DX_ES)}. Peso actual {str(wt).replace('.', ',')} kg. Refiere que su {sk['rel'][2]} {P('name', sk['first'])} (tel. {P('phone', fmt_phone(sk['phone'], R.choice([6, 2, 1])))}) le trae comida de casa. {R.choice(['Se educa sobre conteo de carbohidratos con material en español.', 'Se explica la restricción de sodio y líquidos.', 'Se acuerda traer solo alimentos aprobados por nutrición.'])}")]
    if c == 2:
        s = pt(SPANISH)
        edad = P("age", str(s["age"])) if s["age"] > 89 else str(s["age"])
        tr, nac = ("Sra.", "nacida") if s["sex"] == "F" else ("Sr.", "nacido")
        return [("rd_note", pre + f"{tr} {P('name', up(s['last']))}, {edad} años, {nac} el {P('date', fmt_date(s['dob'], R.choice(['es', 'eu'])))}. Ingesta <{R.choice([50, 75])}% por {R.randint(5, 10)} días, pérdida de grasa subcutánea {R.choice(['leve', 'moderada', 'severa'])}. Dx: desnutrición {R.choice(['moderada', 'severa'])} relacionada con enfermedad {R.choice(['aguda', 'crónica'])}. Plan: suplemento oral {R.choice(['2', '3'])} veces al día.")]
    if c == 3:
        return [("rd_note", pre + f"Spoke with {k['rel'][1].lower()} {P('name', k['first'] + ' ' + k['last'])} at {P('phone', fmt_phone(k['phone'], R.choice([0, 1, 7])))} re: home tube feeding supplies after d/c. Pt lives at {P('address', p['street'] + (' ' + p['apt'] if p['apt'] else '') + ', ' + p['city'])}, OH {P('zip', p['zip'])}; {R.choice(['Apria', 'Lincare', 'Option Care', 'Coram'])} to deliver {R.choice(['Jevity 1.5', 'Osmolite 1.5', 'Kate Farms Peptide'])} + pump.")]
    if c == 4:
        f = R.choice(FORMULAS)
        rate = R.choice([40, 45, 55, 60, 65, 70])
        hrs = R.choice([18, 20, 22, 24])
        return [("rd_note", pre + f"MRN {P('mrn', p['mrn'])} - {P('name', R.choice([n_il(p), n_lf(p), n_LF(p)]))}: TF {f} @ {rate} mL/hr x {hrs}h. {R.choice(['Tolerating, residuals <150 mL.', 'Abd distension noted, will hold advancement.', 'Loose stools x3, C. diff neg; add banana flakes.'])} Wt {wt} kg on {P('date', fmt_date(TODAY - dt.timedelta(days=R.randint(0, 2)), R.choice(['us_nz', 'md', 'iso'])))}.")]
    if c == 5:
        lab, gen = R.choice(DEVICES)
        return [("rd_note", pre + f"Outpt DM f/u {P('name', n_fl(p))} (DOB {P('date', fmt_date(p['dob'], R.choice(['mon', 'us', 'dmon'])))}): A1c {round(R.uniform(8, 11), 1)} -> {round(R.uniform(6.2, 8), 1)}. Reviewed {lab} {P('device', gen())}; {R.choice(['post-dinner spikes to 240s', 'overnight lows ~60s', 'TIR 58%'])}. {R.choice(['Email handouts to', 'Sent carb-counting log template to', 'Pt prefers contact via'])} {P('email', p['email'])}.")]
    if c == 6:
        slug = (p["first"].split()[0] + p["last"].replace(" ", "").replace("'", "")).lower()
        for a, b in (("á", "a"), ("é", "e"), ("í", "i"), ("ö", "o"), ("ó", "o"), ("ñ", "n"), ("ú", "u")):
            slug = slug.replace(a, b)
        return [("rd_note", pre + f"Family very engaged; {k['rel'][1].lower()} posts updates at {P('url', 'https://www.caringbridge.org/visit/' + slug)}. Pt ({P('name', n_lf(p))}) requests no red meat, likes cream of wheat. Will liberalize diet per goals of care.")]
    if c == 7:
        s = pt(SPANISH)
        return [("rd_note", pre + f"Llamada con {s['kin']['art']} {s['kin']['rel'][2]} de {P('name', n_fl(s))}: cita de seguimiento en Clínica de Nutrición el {P('date', fmt_date(TODAY + dt.timedelta(days=R.randint(5, 20)), 'es_short'))} a las {R.choice(['9:00', '10:00', '13:30'])}. Correo: {P('email', s['email'])}.")]
    if c == 8:
        return [("rd_note", pre + f"{P('name', n_fl(p))} has no e-mail or smartphone; {R.choice([1500, 1800, 2000])} kcal CHO-consistent meal plan and label-reading handout faxed to home fax {P('fax', fmt_phone(p['fax'], R.choice([0, 1])))} per pt request.")]
    if c == 9:
        d1 = TODAY - dt.timedelta(days=R.randint(100, 160))
        d2 = TODAY - dt.timedelta(days=R.randint(30, 70))
        d3 = TODAY - dt.timedelta(days=R.randint(0, 2))
        sty = R.choice(["us", "us_nz", "iso"])
        return [("rd_note", pre + f"Wt hx ({P('name', n_LF(p))}): {usual} kg ({P('date', fmt_date(d1, sty))}), {round((usual + wt) / 2, 1)} kg ({P('date', fmt_date(d2, sty))}), {wt} kg ({P('date', fmt_date(d3, sty))}) -> {pct}% loss over ~{(d3 - d1).days // 30} mo.")]
    if c == 10:
        dc = TODAY + dt.timedelta(days=R.randint(0, 3))
        fu = TODAY + dt.timedelta(days=R.randint(10, 30))
        return [("rd_note", pre + f"D/C planning: {P('name', n_fl(p))} anticipated d/c home {P('date', fmt_date(dc, 'md'))} on {R.choice(FORMULAS)} {R.choice(['via PEG, 5 cartons/day', 'nocturnal 12h cycle', 'bolus 240 mL QID'])}. Nutrition Clinic f/u {P('date', fmt_date(fu, 'us'))}. {k['rel'][1]} {P('name', k['first'])} taught bolus technique, verbalized understanding.")]
    if c == 11:
        return [("rd_note", pre + f"Pt {P('name', n_fl(p))} observing Ramadan; requests suhoor tray 0430 and iftar tray 1945, dates + water at sunset. Diet order {p['diets'][0][1]} unchanged. Notified tray line supervisor ext 4-6120.")]
    if c == 12:
        s = pt(SPANISH)
        return [("rd_note", pre + f"Paciente {P('name', s['first'][0] + '.' + s['last'][0] + '.')} refiere cirugía bariátrica (manga gástrica) el {P('date', fmt_date(TODAY - dt.timedelta(days=R.randint(60, 400)), 'eu'))}; tolera {R.randint(3, 6)} comidas pequeñas al día. Se recomienda 60-80 g de proteína/día y multivitamínico masticable.")]
    if p["age"] > 89:
        return [("rd_note", pre + f"Calorie count day {R.randint(1, 3)}/3 for {P('name', n_LF(p))} rm {loc(p)}: {R.randint(25, 60)}% of est needs ({R.choice([1400, 1600, 1800])} kcal). Pt {P('age', str(p['age']))} y/o, poor dentition.")]
    return [("rd_note", pre + f"Calorie count day {R.randint(1, 3)}/3 for {P('name', n_LF(p))} rm {loc(p)}: {R.randint(30, 80)}% of est needs ({R.choice([1500, 1800, 2100])} kcal). Consider {R.choice(SUPPS)}.")]


NOTE_NOISE = ["Pt tolerating TF at goal, no residuals >250 mL, BM x1. Continue current regimen.",
              "Pt NPO for EGD this AM; will f/u for diet advancement tomorrow.",
              "Reviewed labs: K 5.6, Phos 6.1 - renal diet remains appropriate, 1000 mL fluid restriction.",
              "Paciente tolera dieta blanda, ingesta aproximada 75%. Continuar plan actual.",
              "Se recomienda suplemento Ensure Plus 1 vez al día y reevaluar en 72 h.",
              "No nutrition dx at this time. Will re-screen per policy in 7 days.",
              "Discussed with SLP: upgrade to IDDSI level 6 soft & bite-sized, thin liquids.",
              "Est needs: 25-30 kcal/kg (1650-1980 kcal), 1.2-1.5 g/kg protein (79-99 g), 1 mL/kcal fluid.",
              "Malnutrition criteria not met: wt stable, intake >75%, no muscle/fat loss on NFPE.",
              "Recomendaciones: fraccionar comidas, evitar bebidas azucaradas, caminar 20 min después de cenar.",
              "Pt declined supplements (taste); offered Boost Breeze and Magic Cup, pt agreeable to Magic Cup BID.",
              "TPN weaning plan: decrease to 40 mL/hr as oral intake >60%; d/c when intake >75% x 48 h."]


NOTE_NOISE += [
    "Needs re-estimated after extubation: 1900-2200 kcal, 95-110 g protein. Start diet advancement per SLP.",
    "Renal RD: pt on HD MWF, IDWG 2.8 kg. Reinforced 32 oz fluid limit and low K fruit choices.",
    "Peds-to-adult transition visit; reviewed gluten-free label reading, celiac serologies trending down.",
    "Paciente con disfagia: dieta IDDSI nivel 5, líquidos ligeramente espesos. Supervisión durante comidas.",
    "Group class (DSMT) 6 attendees, topic: plate method and reading nutrition facts labels.",
    "Bariatric pre-op class: 9 attendees, 2 no-shows. Next class 2nd Tuesday.",
    "Refeeding risk: K 3.1, Mg 1.5, Phos 1.9 - start TF at 20 mL/hr, advance 10 mL q8h to goal, replete lytes per protocol.",
]


def g_note_noise():
    txt = R.choice(NOTE_NOISE)
    es = any(w in txt for w in ("Paciente", "Se recomienda", "Recomendaciones"))
    pre = note_prefix(es) if R.random() < 0.5 else ""
    return [("rd_note", pre + txt)]


# ---------------------------------------------------------------- malnutrition assessment key=value
def g_malnut():
    p = pt()
    if R.random() < 0.3:
        return [("malnut_kv", f"job=malnutrition_screen run_id={ruuid()} screened={R.randint(150, 320)} mst_ge2={R.randint(15, 60)} consults_created={R.randint(5, 40)} duration_ms={R.randint(800, 9000)} status=OK")]
    wt = round(R.uniform(38, 110), 1)
    ubw = round(wt * R.uniform(1.0, 1.2), 1)
    ht = round(R.uniform(148, 190), 1)
    sev = R.choice(["none", "moderate", "severe"])
    ctx = R.choice(["acute_illness", "chronic_illness", "social_environmental"])
    return [("malnut_kv", f"assessment_id=NA-2024-{rdig(6)} pt_mrn={P('mrn', p['mrn'])} assess_dt={P('date', fmt_date(TODAY, 'iso'))} ht_cm={ht} wt_kg={wt} wt_dt={P('date', fmt_date(TODAY - dt.timedelta(days=R.randint(0, 2)), 'iso'))} ubw_kg={ubw} wt_chg_pct={round((wt - ubw) / ubw * 100, 1)} bmi={round(wt / (ht / 100) ** 2, 1)} intake_pct_est={R.choice([25, 50, 75, 100])} fat_loss={R.choice(['none', 'mild', 'moderate', 'severe'])} muscle_loss={R.choice(['none', 'mild', 'moderate', 'severe'])} grip=\"{R.choice(['not measured', 'reduced', 'WNL'])}\" aspen_severity={sev} aspen_context={ctx} rd={R.choice(STAFF_RD)[3]}")]


# ---------------------------------------------------------------- SQL Server ERRORLOG & deadlocks
def sqlerr(spid, msg):
    return ("mssql_errorlog", f"{ts_sql()} {spid:<11} {msg}")


def g_sqlerr_noise():
    c = R.randrange(7)
    if c == 0:
        return [sqlerr(f"spid{R.randint(51, 140)}", f"Login succeeded for user 'SBRMC\\svc_dietbridge'. Connection made using Windows authentication. [CLIENT: 10.40.8.21]")]
    if c == 1:
        return [sqlerr("Logon", "Error: 18456, Severity: 14, State: 8."),
                sqlerr("Logon", f"Login failed for user 'cbord_rpt'. Reason: Password did not match that for the login provided. [CLIENT: 10.40.9.{R.randint(10, 200)}]")]
    if c == 2:
        return [sqlerr("Backup", f"Log was backed up. Database: FoodSvc, creation date(time): 2021/06/14(09:12:33), first LSN: {R.randint(100000, 999999)}:{R.randint(1000, 9999)}:1, last LSN: {R.randint(100000, 999999)}:{R.randint(1000, 9999)}:1, number of dump devices: 1, device information: (FILE=1, TYPE=DISK: {{'\\\\sbr-bkp01\\sql\\FoodSvc\\FoodSvc_LOG_{T.strftime('%Y%m%d_%H%M')}.trn'}}). This is an informational message only. No user action is required.")]
    if c == 3:
        return [sqlerr(f"spid{R.randint(51, 140)}", f"DBCC CHECKDB (FoodSvc) WITH no_infomsgs executed by SBRMC\\svc_sqlagent found 0 errors and repaired 0 errors. Elapsed time: 0 hours {R.randint(1, 9)} minutes {R.randint(1, 59)} seconds.")]
    if c == 4:
        return [sqlerr(f"spid{R.randint(10, 40)}s", f"SQL Server has encountered {R.randint(1, 6)} occurrence(s) of I/O requests taking longer than 15 seconds to complete on file [E:\\SQLData\\FoodSvc.mdf] in database id 7.")]
    if c == 5:
        return [sqlerr(f"spid{R.randint(51, 140)}", "Using 'dbghelp.dll' version '4.0.5'")]
    return [sqlerr(f"spid{R.randint(10, 40)}s", f"AppDomain {R.randint(2, 20)} (FoodSvc.dbo[runtime].{R.randint(2, 20)}) created.")]


def g_deadlock_1222():
    p = pt()
    sp = f"spid{R.randint(10, 30)}s"
    pa, pb = "process" + rhex(9), "process" + rhex(9)
    key = f"KEY: 7:7205759404{rdig(7)} ({rhex(12)})"
    lt = T.strftime("%Y-%m-%dT%H:%M:%S.") + ms()
    rows = ["deadlock-list",
            f" deadlock victim={pa}",
            "  process-list",
            f"   process id={pa} taskpriority=0 logused=1452 waitresource={key} waittime={R.randint(1000, 5000)} ownerId={rdig(8)} transactionname=user_transaction lasttranstarted={lt} XDES=0x{rhex(9)} lockMode=U schedulerid={R.randint(1, 8)} kpid={R.randint(1000, 20000)} status=suspended spid={R.randint(51, 140)} sbid=0 ecid=0 priority=0 trancount=2 lastbatchstarted={lt} lastbatchcompleted={lt} clientapp=DietOrderBridge hostname=SBR-NUTR-APP02 hostpid=4412 loginname=SBRMC\\svc_dietbridge isolationlevel=read committed (2) xactid={rdig(8)} currentdb=7 lockTimeout=4294967295 clientoption1=671088672 clientoption2=128056",
            "    executionStack",
            f"     frame procname=FoodSvc.dbo.usp_TrayTicket_Upsert line=42 stmtstart=2810 stmtend=3412 sqlhandle=0x03000700{rhex(40)}",
            "UPDATE dbo.TrayTicket SET StatusCode = @Status, PrintedAt = SYSDATETIME() WHERE TicketId = @TicketId",
            "    inputbuf",
            f"Proc [Database Id = 7 Object Id = {rdig(9)}]",
            f"   process id={pb} taskpriority=0 logused=2208 waitresource=KEY: 7:7205759404{rdig(7)} ({rhex(12)}) waittime={R.randint(1000, 5000)} ownerId={rdig(8)} transactionname=user_transaction lasttranstarted={lt} lockMode=X schedulerid={R.randint(1, 8)} status=suspended spid={R.randint(51, 140)} clientapp=CBORD FSS hostname=SBR-FSS-APP01 loginname=fss_app isolationlevel=read committed (2) currentdb=7",
            "    executionStack",
            f"     frame procname=adhoc line=1 stmtstart=58 sqlhandle=0x02000000{rhex(40)}",
            "    inputbuf",
            f"(@P1 nvarchar(20),@P2 nvarchar(80),@P3 varchar(3))exec dbo.usp_PatientMeal_Save @MRN=N'{P('mrn', p['mrn'])}', @PatientName=N'{P('name', n_LF(p).replace(chr(39), chr(39) * 2))}', @MealPeriod='{R.choice(['BRK', 'LUN', 'DIN'])}'",
            "  resource-list",
            f"   keylock hobtid=7205759404{rdig(7)} dbid=7 objectname=FoodSvc.dbo.TrayTicket indexname=PK_TrayTicket id=lock{rhex(9)} mode=X associatedObjectId=7205759404{rdig(7)}",
            f"    owner-list",
            f"     owner id={pb} mode=X",
            f"    waiter-list",
            f"     waiter id={pa} mode=U requestType=wait"]
    out = []
    for r in rows:
        adv(0, 0.002)
        out.append(sqlerr(sp, r))
    return out


def g_deadlock_xml():
    p = pt()
    pa, pb = "process" + rhex(9), "process" + rhex(9)
    lt = T.strftime("%Y-%m-%dT%H:%M:%S.") + ms()
    out = [("mssql_xdl", f'<event name="xml_deadlock_report" package="sqlserver" timestamp="{ts_iso_z()}"><data name="xml_report"><type name="xml" package="package0"/><value>'),
           ("mssql_xdl", "<deadlock>"),
           ("mssql_xdl", " <victim-list>"),
           ("mssql_xdl", f'  <victimProcess id="{pb}" />'),
           ("mssql_xdl", " </victim-list>"),
           ("mssql_xdl", " <process-list>"),
           ("mssql_xdl", f'  <process id="{pa}" taskpriority="0" logused="6120" waitresource="PAGE: 7:1:{R.randint(10000, 99999)} " waittime="{R.randint(500, 4000)}" ownerId="{rdig(8)}" transactionname="UPDATE" lasttranstarted="{lt}" lockMode="IX" schedulerid="3" status="suspended" spid="{R.randint(51, 140)}" clientapp="Microsoft JDBC Driver for SQL Server" hostname="sbr-rsc-app01" loginname="roomsvc_app" isolationlevel="read committed (2)" currentdb="7">'),
           ("mssql_xdl", "   <executionStack>"),
           ("mssql_xdl", f'    <frame procname="adhoc" line="1" stmtstart="62" stmtend="318" sqlhandle="0x02000000{rhex(40)}">'),
           ("mssql_xdl", "UPDATE dbo.MealOrder SET StatusCode = @P0, ModifiedUtc = SYSUTCDATETIME() WHERE OrderId = @P1    </frame>"),
           ("mssql_xdl", "   </executionStack>"),
           ("mssql_xdl", f"   <inputbuf>(@P0 int,@P1 bigint)UPDATE dbo.MealOrder SET StatusCode = @P0, ModifiedUtc = SYSUTCDATETIME() WHERE OrderId = @P1   </inputbuf>"),
           ("mssql_xdl", "  </process>"),
           ("mssql_xdl", f'  <process id="{pb}" taskpriority="0" logused="0" waitresource="KEY: 7:7205759404{rdig(7)} ({rhex(12)})" waittime="{R.randint(500, 4000)}" ownerId="{rdig(8)}" transactionname="SELECT" lasttranstarted="{lt}" lockMode="S" schedulerid="5" status="suspended" spid="{R.randint(51, 140)}" clientapp="Mashup Engine" hostname="SBR-PBI-GW01" loginname="SBRMC\\svc_pbigw" isolationlevel="read committed (2)" currentdb="7">'),
           ("mssql_xdl", "   <executionStack>"),
           ("mssql_xdl", f'    <frame procname="adhoc" line="1" sqlhandle="0x02000000{rhex(40)}">'),
           ("mssql_xdl", f"select p.MRN, p.LastName, p.FirstName, o.OrderId, o.MealPeriod from dbo.Patient p join dbo.MealOrder o on o.PatientId = p.PatientId where p.MRN = '{P('mrn', p['mrn'])}'    </frame>"),
           ("mssql_xdl", "   </executionStack>"),
           ("mssql_xdl", f"   <inputbuf>select * from dbo.vw_PatientMealHistory where LastName = N'{P('name', p['last'].replace(chr(39), chr(39) * 2))}' and BirthDate = '{P('date', fmt_date(p['dob'], 'iso'))}'   </inputbuf>"),
           ("mssql_xdl", "  </process>"),
           ("mssql_xdl", " </process-list>"),
           ("mssql_xdl", " <resource-list>"),
           ("mssql_xdl", f'  <keylock hobtid="7205759404{rdig(7)}" dbid="7" objectname="FoodSvc.dbo.MealOrder" indexname="PK_MealOrder" id="lock{rhex(9)}" mode="X" associatedObjectId="7205759404{rdig(7)}">'),
           ("mssql_xdl", f'   <owner-list><owner id="{pa}" mode="X"/></owner-list><waiter-list><waiter id="{pb}" mode="S" requestType="wait"/></waiter-list>'),
           ("mssql_xdl", "  </keylock>"),
           ("mssql_xdl", " </resource-list>"),
           ("mssql_xdl", "</deadlock>"),
           ("mssql_xdl", "</value></data></event>")]
    return out


# ---------------------------------------------------------------- Power BI
def g_pbi_refresh():
    c = R.randrange(4)
    st = T + UTC_OFF
    en = st + dt.timedelta(seconds=R.randint(40, 400))
    base = {"requestId": ruuid(), "id": R.randint(100000000, 999999999), "refreshType": R.choice(["Scheduled", "Scheduled", "ViaApi", "OnDemand"]),
            "startTime": st.strftime("%Y-%m-%dT%H:%M:%S.") + f"{R.randint(0, 999):03d}Z",
            "endTime": en.strftime("%Y-%m-%dT%H:%M:%S.") + f"{R.randint(0, 999):03d}Z",
            "dataset": R.choice(["FNS Tray Accuracy", "Room Service Orders KPI", "Malnutrition Dashboard", "Food Cost by Unit"]),
            "workspace": "SBRMC Clinical Nutrition"}
    if c < 3:
        base["status"] = "Completed"
        return [("powerbi_json", jd(base))]
    p = pt()
    base["status"] = "Failed"
    if R.random() < 0.5:
        detail = f"Column 'MRN' in Table 'Patient' contains a duplicate value '{P('mrn', p['mrn'])}' and this is not allowed for columns on the one side of a many-to-one relationship or for columns that are used as the primary key of a table."
    else:
        detail = f"Column 'PatientName' in Table 'MalnutritionCases' contains blank values and this is not allowed for columns on the one side of a many-to-one relationship or for columns that are used as the primary key of a table."
    base["serviceExceptionJson"] = jd({"errorCode": "ModelRefresh_ShortMessage_ProcessingError",
                                        "errorDescription": detail})
    return [("powerbi_json", jd(base))]


def g_pbi_gateway():
    act = ruuid()
    c = R.randrange(5)
    u = T + UTC_OFF
    stamp = u.strftime("%Y-%m-%dT%H:%M:%S.") + rdig(7) + "Z"
    if c == 0:
        msg = f"DM.EnterpriseGateway Information: 0 : {stamp} DM.EnterpriseGateway\t{act}\t{ruuid()}\tMGEO\t{ruuid()}\t{rhex(8).upper()} [DM.Pipeline.Diagnostics] Query execution completed in {R.randint(300, 40000)} ms, rows={R.randint(100, 900000)}"
    elif c == 1:
        msg = f"DM.EnterpriseGateway Warning: 0 : {stamp} DM.EnterpriseGateway\t{act}\t{ruuid()}\tMDSR\t{ruuid()}\t{rhex(8).upper()} [DM.GatewayCore] Spooling to disk: 512 MB buffer exceeded for request"
    elif c == 2:
        msg = f"DM.EnterpriseGateway Information: 0 : {stamp} DM.EnterpriseGateway\t{act}\t{ruuid()}\tGSRM\t{ruuid()}\t{rhex(8).upper()} [DM.GatewayCore] Data source sbr-sql03.sbrmc.local;FoodSvc (SQL Windows auth) test connection succeeded"
    elif c == 3:
        msg = f"DM.EnterpriseGateway Error: 0 : {stamp} DM.EnterpriseGateway\t{act}\t{ruuid()}\tMGEO\t{ruuid()}\t{rhex(8).upper()} [DM.Pipeline.Common] Microsoft.Data.Mashup.MashupValueException: Microsoft SQL: Transaction (Process ID {R.randint(51, 140)}) was deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction."
    else:
        msg = f"DM.EnterpriseGateway Information: 0 : {stamp} DM.EnterpriseGateway\t{act}\t{ruuid()}\tDMSS\t{ruuid()}\t{rhex(8).upper()} [DM.GatewayCore] Gateway version 3000.206.{R.randint(1, 9)} heartbeat; CPU {R.randint(5, 80)}% mem {R.randint(30, 85)}%"
    return [("pbi_gateway", msg)]


# ---------------------------------------------------------------- Windows event log text export
def evt(level, source, eid, cat_, msg):
    return ("winevent_txt", f"{level}\t{ts_winevt()}\t{source}\t{eid}\t{cat_}\t{msg}")


def g_winevt():
    c = R.randrange(8)
    if c == 0:
        return [evt("Information", "Service Control Manager", 7036, "None", "The SBRMC Diet Order Bridge service entered the running state.")]
    if c == 1:
        return [evt("Error", ".NET Runtime", 1026, "None", "Application: DietOrderBridge.exe Framework Version: v4.0.30319 Description: The process was terminated due to an unhandled exception. Exception Info: System.IO.IOException at System.IO.__Error.WinIOError(Int32, System.String)")]
    if c == 2:
        return [evt("Information", "Microsoft-Windows-PrintService", 307, "Printing a document",
                    f"Document {R.randint(10, 900)}, Print Document owned by svc_trayprint on \\\\SBR-NUTR-APP02 was printed on KITCHEN-TRAY-0{R.randint(1, 4)} through port 10.40.30.2{R.randint(1, 4)}. Size in bytes: {R.randint(9000, 60000)}. Pages printed: 1. No user action is required.")]
    if c == 3:
        p = pt()
        return [evt("Information", "Microsoft-Windows-PrintService", 307, "Printing a document",
                    f"Document {R.randint(10, 900)}, TrayTicket_{P('name', up(p['last']).replace(' ', ''))}_{P('name', up(p['first']).replace(' ', ''))}_{R.choice(['BRK', 'LUN', 'DIN'])}.pdf owned by svc_trayprint on \\\\SBR-NUTR-APP02 was printed on KITCHEN-TRAY-0{R.randint(1, 4)} through port 10.40.30.2{R.randint(1, 4)}. Size in bytes: {R.randint(9000, 60000)}. Pages printed: 1. No user action is required.")]
    if c == 4:
        return [evt("Warning", "Microsoft-Windows-Time-Service", 36, "None", "The time service has not synchronized the system time for 86400 seconds because none of the time service providers provided a usable time stamp.")]
    if c == 5:
        return [evt("Information", "MSSQLSERVER", 17137, "Server", "Starting up database 'FoodSvc'.")]
    if c == 6:
        return [evt("Error", "Application Error", 1000, "(100)", f"Faulting application name: CBORD.PrintAgent.exe, version: 23.2.0.{R.randint(1000, 9999)}, time stamp: 0x{rhex(8)} Faulting module name: KERNELBASE.dll, version: 10.0.17763.5458, exception code: 0xe0434352, fault offset: 0x{rhex(16)}")]
    return [evt("Information", "Security-SPP", 16384, "None", "Successfully scheduled Software Protection service for re-start at 2024-03-13T06:12:44Z. Reason: RulesEngine.")]


# ---------------------------------------------------------------- SMS / e-mail reminders
def g_reminder():
    p = pt()
    c = R.randrange(6)
    appt = TODAY + dt.timedelta(days=R.randint(1, 14))
    tm = R.choice(["8:30 AM", "9:30 AM", "10:00 AM", "1:30 PM", "3:00 PM"])
    sid = "SM" + rhex(32)
    u = ts_iso_z()
    if c == 0:
        body = (f"St. Brigid Nutrition Clinic: Hola {P('name', p['first'])}, le recordamos su cita con la dietista el {P('date', fmt_date(appt, 'eu_nz'))} a las {tm}. Responda C para confirmar."
                if p["hisp"] else
                f"St. Brigid Nutrition Clinic: Hi {P('name', p['first'])}, reminder of your appt w/ dietitian on {['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][appt.weekday()]} {P('date', fmt_date(appt, 'md'))} at {tm}. Reply C to confirm, R to reschedule.")
        return [("sms_email", f"{u} sms.send sid={sid} to={P('phone', fmt_phone(p['phone'], 5))} from=+16145550143 status=queued segments=2 body=\"{body}\"")]
    if c == 1:
        return [("sms_email", f"{u} sms.status sid={sid} status={R.choice(['delivered', 'delivered', 'undelivered', 'sent'])} errorCode={R.choice(['-', '-', '30003', '30005'])} price=-0.0079 priceUnit=USD")]
    if c == 2:
        return [("sms_email", f"{u} smtp.queue msgid=<{rhex(16)}@mail.sbrmc.org> from=<nutrition-clinic@sbrmc.org> to=<{P('email', p['email'])}> subject=\"Your Nutrition Clinic appointment {P('date', fmt_date(appt, 'us'))}\" size={R.randint(9000, 40000)}")]
    if c == 3:
        return [("sms_email", f"{u} sms.inbound from={P('phone', fmt_phone(p['phone'], 5))} to=+16145550143 body=\"{R.choice(['C', 'c', 'R', 'STOP', 'Confirmo', 'can I bring my husband?'])}\" matched_appt={rdig(8)}")]
    if c == 4:
        return [("sms_email", f"{u} reminder.batch job=nutr-clinic-48h appts={R.randint(10, 40)} sms={R.randint(8, 30)} email={R.randint(2, 15)} optout={R.randint(0, 3)} duration_ms={R.randint(500, 5000)}")]
    return [("sms_email", f"{u} smtp.deliver msgid=<{rhex(16)}@mail.sbrmc.org> relay=sbrmc-org.mail.protection.outlook.com[52.101.{R.randint(1, 200)}.{R.randint(1, 250)}]:25 dsn=2.6.0 status=sent ({R.randint(200, 900)} ms)")]


# ---------------------------------------------------------------- X12 270 eligibility
def g_x12():
    p = pt()
    payer = p["payer"]
    ctl = rdig(9)
    d = (T).strftime("%y%m%d")
    D = T.strftime("%Y%m%d")
    tm = T.strftime("%H%M")
    appt = TODAY + dt.timedelta(days=R.randint(2, 20))
    segs = [f"ISA*00*          *00*          *ZZ*SBRMC          *ZZ*AVAILITY       *{d}*{tm}*^*00501*{ctl}*0*P*:",
            f"GS*HS*SBRMC*AVAILITY*{D}*{tm}*{int(ctl) % 100000}*X*005010X279A1",
            "ST*270*0001*005010X279A1", f"BHT*0022*13*NUTR{rdig(6)}*{D}*{tm}", "HL*1**20*1",
            f"NM1*PR*2*{payer[2]}*****PI*{payer[1]}", "HL*2*1*21*1",
            "NM1*1P*2*ST BRIGID REGIONAL MEDICAL CTR*****XX*1982746510", "HL*3*2*22*0",
            f"TRN*1*{rdig(5)}-{rdig(6)}*9877281234",
            f"NM1*IL*1*{P('name', up(p['last']))}*{P('name', up(p['first']))}****MI*{P('health_plan', p['member'])}",
            f"DMG*D8*{P('date', fmt_date(p['dob'], 'hl7'))}*{p['sex']}",
            f"DTP*291*D8*{P('date', appt.strftime('%Y%m%d'))}", "EQ*98", "SE*14*0001", f"GE*1*{int(ctl) % 100000}", f"IEA*1*{ctl}"]
    return [("x12_270", "~".join(segs) + "~")]


# ---------------------------------------------------------------- printers: syslog and CUPS
def g_syslog():
    host = R.choice(["KITCHEN-ZT410-01", "KITCHEN-ZT410-02", "TRAYLINE-ZD621", "KITCHEN-TRAY-03"])
    c = R.randrange(6)
    pri = R.choice([131, 132, 134])
    msg = ["ALERT: PAPER OUT", "ALERT: RIBBON OUT", "ALERT: HEAD OPEN", "CLEARED: PAPER OUT",
           f"Link-OS 6.{R.randint(1, 7)}: wlan0 associated ssid=SBR-IOT rssi=-{R.randint(40, 75)}",
           f"ALERT: HEAD ELEMENT BAD dots {R.randint(100, 800)}-{R.randint(801, 1200)}"][c]
    return [("syslog_printer", f"<{pri}>{ts_syslog()} {host} ZPL: {msg}")]


def g_cups():
    c = R.randrange(4)
    printer = R.choice(["KITCHEN-TRAY-01", "KITCHEN-TRAY-02", "DIETOFFICE-MFP"])
    if c == 3:
        p = pt()
        doc = f"CalorieCount_{P('name', p['last'].replace(' ', ''))}_{P('mrn', p['mrn'])}.pdf"
    else:
        doc = R.choice(["TrayLine_LUN_5W.pdf", "ProductionSheet_DIN.pdf", "MenuCycle_Wk2.xlsx", "Labels_GrabAndGo.zpl"])
    return [("cups_pagelog", f"{printer} {R.choice(['svc_trayprint', 'lramirez', 'cmurphy'])} {R.randint(1000, 9999)} [{ts_clf()}] total {R.randint(1, 12)} - 10.40.8.{R.randint(10, 60)} {doc} na_letter_8.5x11in one-sided")]


# ---------------------------------------------------------------- outpatient online booking JSON
def g_kiosk_checkin():
    return g_booking(4)


def g_palm():
    return g_booking(5)


def g_booking(c=None):
    p = pt()
    c = R.randrange(4) if c is None else c
    base = {"@timestamp": ts_iso_z(), "level": "INFO", "logger": "clinic.booking.api", "service": "nutr-clinic-portal",
            "trace_id": rhex(32), "span_id": rhex(16)}
    if c == 0:
        base.update({"msg": "slot search", "clinic": "NUTR-OP", "visitType": R.choice(["MNT_INITIAL", "MNT_FOLLOWUP", "DSMT_GROUP"]),
                     "from": "2024-03-13", "to": "2024-04-12", "slotsReturned": R.randint(0, 40), "latency_ms": R.randint(40, 600)})
        return [("booking_json", jd(base))]
    if c == 1:
        base.update({"level": "WARN", "msg": "rate limit", "route": "/api/slots", "limit": "60/min", "client": "10.40.60.12 (waf)"})
        return [("booking_json", jd(base))]
    appt = TODAY + dt.timedelta(days=R.randint(3, 25))
    start = dt.datetime(appt.year, appt.month, appt.day, R.choice([8, 9, 10, 13, 14]), R.choice([0, 30]))
    pub_ip = f"{R.choice([73, 74, 98, 107, 174, 65, 24])}.{R.randint(1, 254)}.{R.randint(0, 254)}.{R.randint(1, 254)}"
    if c in (2, 3):
        base.update({"msg": "appointment booked", "clientIp": P("ip", pub_ip),
                     "patient": {"firstName": P("name", p["first"]), "lastName": P("name", p["last"]), "dob": P("date", fmt_date(p["dob"], "iso")),
                                 "phone": P("phone", fmt_phone(p["phone"], R.choice([1, 3]))), "email": P("email", p["email"]),
                                 "portalUser": P("other_id", p["portal_user"])},
                     "appt": {"id": "AP-" + rdig(7), "type": "MNT_INITIAL", "start": P("date", start.strftime("%Y-%m-%dT%H:%M:00-04:00")),
                              "provider": R.choice(["Lindqvist, Karen RD", "Ramirez, Lucia RDN", "Brandt, Susanne RD CDCES"])},
                     "insurance": {"payer": p["payer"][2].title(), "memberId": P("health_plan", p["member"]), "relationship": "self"},
                     "referral": {"icd10": R.choice(["E11.65", "E66.01", "N18.4", "K90.0", "R63.4"]), "referringFax": "(614) 293-7710"}})
        return [("booking_json", jd(base))]
    if c == 4:
        plate = R.choice(["J", "H", "K", "G"]) + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + rdig(4)
        base.update({"logger": "clinic.kiosk", "msg": "check-in completed", "kiosk": "NUTR-KIOSK-2",
                     "patient": {"mrn": P("mrn", p["mrn"]), "name": P("name", n_LF(p))},
                     "idScan": {"type": "DL", "state": "OH", "number": P("license", R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + rdig(6)),
                                "dob": P("date", fmt_date(p["dob"], "us"))},
                     "parking": {"plate": P("vehicle", plate[:3] + " " + plate[3:]), "validated": True},
                     "copay": {"amount": 30.0, "card": "****" + rdig(4)}})
        return [("booking_json", jd(base))]
    base.update({"logger": "clinic.kiosk", "msg": "palm-vein identify", "kiosk": "NUTR-KIOSK-1",
                 "patient": {"mrn": P("mrn", p["mrn"])},
                 "biometric": {"vendor": "PatientSecure", "templateHash": P("biometric", hashlib.sha256(p["mrn"].encode() + b"palm").hexdigest()), "score": R.randint(80, 99)}})
    return [("booking_json", jd(base))]


# ---------------------------------------------------------------- tablet patient profile with photo
def g_tablet_profile():
    p = pt()
    raw = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x01, 0x00, 0x48, 0x00, 0x48, 0x00, 0x00]) + bytes(R.getrandbits(8) for _ in range(216))
    b64 = base64.b64encode(raw).decode()
    obj = {"ts": ts_iso_local(), "svc": "bedside-profile-sync", "device": f"TAB-{p['unit']}{p['room']}{p['bed']}",
           "patient": {"mrn": P("mrn", p["mrn"]), "displayName": P("name", n_fl(p)), "preferredLanguage": "es" if p["hisp"] else "en",
                       "photo": {"contentType": "image/jpeg", "data": P("photo", b64), "truncated": True}},
           "dietSummary": " + ".join(d[1] for d in p["diets"])}
    return [("tablet_json", jd(obj))]


# =========================================================================== assembly
BLOCKS = [  # (generator, weight)
    (g_orm, 4.5), (g_ack, 2), (g_siu, 0.6), (g_log4net_noise, 3), (g_log4net_phi, 13),
    (g_catalina_runtime, 2), (g_tomcat_access, 6), (g_spring_noise, 4), (g_spring_phi, 10),
    (g_iis, 8), (g_callcenter, 8), (g_zpl, 4), (g_tray, 6), (g_fss_noise, 4), (g_fss_phi, 9),
    (g_enteral, 5), (g_note_phi, 14), (g_note_noise, 4), (g_malnut, 4),
    (g_sqlerr_noise, 2.5), (g_pbi_refresh, 3), (g_pbi_gateway, 2),
    (g_winevt, 2.5), (g_reminder, 8), (g_syslog, 2), (g_cups, 2), (g_booking, 4),
]
PHI_LEANING = {g_orm, g_siu, g_log4net_phi, g_spring_phi, g_iis, g_callcenter, g_tray, g_fss_phi,
               g_enteral, g_note_phi, g_malnut, g_reminder, g_booking, g_tomcat_access}
TARGET_PHI = 0.45
# blocks that must appear once each (rare artefacts), placed at fixed random iterations
MUST = [g_note_url, g_note_url, g_winevt, g_winevt, g_pbi_refresh, g_kiosk_checkin, g_kiosk_checkin, g_palm, g_tpn, g_x12, g_x12, g_tablet_profile, g_tablet_profile, g_deadlock_1222, g_deadlock_xml, g_siu, g_siu]
NOISE_SINGLES = [g_log4net_noise, g_spring_noise, g_fss_noise, g_syslog, g_pbi_gateway, g_winevt, g_sqlerr_noise]


def build():
    lines = []
    adv(1, 3)
    lines += g_catalina_startup()
    adv(1, 3)
    lines += g_iis_header()
    phi_g = [(g, w) for g, w in BLOCKS if g in PHI_LEANING]
    noi_g = [(g, w) for g, w in BLOCKS if g not in PHI_LEANING]
    slots = dict(zip(sorted(R.sample(range(4, 200), len(MUST))), MUST))
    it = 0
    while True:
        it += 1
        adv(2, 75)
        g = slots.pop(it, None)
        if g is None:
            phi_frac = sum(1 for _, x in lines if M0 in x) / max(1, len(lines))
            grp = phi_g if R.random() < (0.9 if phi_frac < TARGET_PHI else 0.3) else noi_g
            g = R.choices([x for x, _ in grp], [w for _, w in grp])[0]
        blk = g()
        if len(lines) + len(blk) > N_LINES - 4:
            break
        for fam, s in blk:
            adv(0.001, 0.4)
            lines.append((fam, s))
    assert not slots, f"must-blocks not placed: {slots}"
    while len(lines) < N_LINES:
        adv(1, 30)
        blk = R.choice(NOISE_SINGLES)()
        if len(blk) == 1:
            lines.append(blk[0])
    return lines


def main():
    marked = build()
    assert len(marked) == N_LINES, len(marked)
    log_lines, labels = [], []
    for i, (fam, s) in enumerate(marked, 1):
        line, lab = finalize(fam, s)
        log_lines.append(line)
        labels.append({"line": i, "family": lab["family"], "spans": lab["spans"]})
    with open(os.path.join(HERE, f"{ID}.log"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(log_lines))
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    # summary
    nophi = sum(1 for l in labels if not l["spans"])
    cats, fams = {}, {}
    for l in labels:
        fams[l["family"]] = fams.get(l["family"], 0) + 1
        for sp in l["spans"]:
            cats[sp["cat"]] = cats.get(sp["cat"], 0) + 1
    print(f"lines={len(labels)} no_phi={nophi} ({100 * nophi / len(labels):.1f}%) families={len(fams)}")
    print("cats:", dict(sorted(cats.items(), key=lambda kv: -kv[1])))
    print("families:", dict(sorted(fams.items(), key=lambda kv: -kv[1])))


if __name__ == "__main__":
    main()
