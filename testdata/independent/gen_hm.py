#!/usr/bin/env python3
"""gen_hm.py -- synthetic, labeled log corpus (all people and identifiers are fictitious).

Theme: an outpatient wound care and hyperbaric medicine (HBOT) center network
("Lakeshore Wound & Hyperbaric", sites EVN/JOL/ORP/HAM).  Writes hm.log (500 lines) and
hm.labels.jsonl (one JSON object per line, byte offsets into the UTF-8 line) next to itself.
Standard library only, deterministic (fixed seed, simulated clock).

Families: hbot_ctl, hbot_daylog_csv, ios_oslog, upload_json, npwt_gw, npwt_rental_csv,
django_structlog, x12_278, pa_checker, hl7v2, mirth_log, fax_ocr, hylafax_xferlog, dme_json,
zerolog_json, zerolog_console, triage_note, registry_csv, registry_job, winevt_json,
winevt_text, nginx_access.

Labeling decisions:
- Labeled people: patients, relatives/caregivers, emergency contacts, guarantors, insureds.
  Not labeled: clinicians, hyperbaric technologists, nurses, staff usernames/emails/phones,
  suppliers, payers, facilities, vendors, business phone/fax numbers, NPIs, tax IDs.
- name: the whole written form is one span (incl. comma, HL7 carets, X12 '*' separators,
  middle initial);
  honorifics (Mr., Mrs.) and relationship words are outside the span; a surname alone is
  labeled; a name embedded in a file name (Lindqvist_Erik) is labeled as one name span.
- date: DOB, service/treatment dates, appointment slots (with their time), admission dates,
  face-to-face/visit dates, symptom onset, rental start, photo capture (EXIF DateTimeOriginal),
  healed/onset dates in registry rows.  Not labeled: log/record timestamps, HL7 MSH-7/EVN-2,
  report periods and batch months, firmware/build dates, chamber booking windows.
- age: only ages over 89 ("91 yo", "age=92"); ages <= 89 are left unlabeled.
- address: street line (with unit), city, county (name or FIPS code), EXIF GPS latitude and
  longitude (each a span).  State is not labeled.  zip: ZIP5/ZIP+4; ZIP3 is not labeled.
- mrn: clinic MRN and hospital MRN (HL7 CX: only the ID component).
- other_id: EHR patient primary keys (patient_id, Patient/NNNNN references), encounter/visit
  numbers (PV1-19, encounter_id), prior-auth case numbers (incl. the X12 278 BHT03 PA
  reference) and Medicare UTNs, patient-portal usernames.
- Not labeled (transaction IDs): DME order numbers, rental agreement numbers, appointment IDs,
  dive session IDs, upload IDs, fax job IDs, triage note IDs, request/trace/span IDs, UUIDs,
  hashes, X12 control numbers, HL7 message control IDs.
- health_plan: Medicare MBIs, commercial member/subscriber IDs, Medicaid IDs.  Group numbers
  are not labeled; the CMS published sample MBI 1EG4-TE5-MK73 is a public test value (not
  labeled).
- account: patient account numbers (incl. PID-18), full payment card numbers; last-4 and
  masked values are not labeled; Stripe test card 4242 4242 4242 4242 is not labeled.
- ssn: full SSNs only; masked/last-4 SSNs are not labeled.
- device: serial numbers and IMEIs of NPWT pumps only while rented to / placed on a patient;
  clinic iPads, chambers, PCs and pumps in inventory/cleaning/QA are not labeled.
- ip: public IPs of patients in patient-portal access logs; RFC1918, clinic, vendor and
  documentation-range addresses are not labeled.
- license: patient driver's licence numbers (HL7 PID-20, DME intake).  vehicle: patient or
  caregiver licence plates (parking permits, notes).
- photo: base64 JPEG of the patient's face/ID photo; wound images are not labeled.
  biometric: palm-vein / fingerprint templates.  url: personal URLs (shared albums, family
  update pages).  email/phone/fax: the patient's or relative's own.
- Redacted values (<private>, ***-**-4471, "XXXX") are not labeled.
"""
import base64
import json
import random
import unicodedata
import uuid
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

SEED = 20240506
R = random.Random(SEED)
HERE = Path(__file__).resolve().parent
ID = "hm"
N_LINES = 500
NOISE_TARGET = 0.555

# ----------------------------------------------------------------------------- line builder


class Ln:
    def __init__(self, fam):
        self.fam = fam
        self.parts = []
        self.n = 0
        self.spans = []

    def t(self, *xs):
        for x in xs:
            x = str(x)
            self.parts.append(x)
            self.n += len(x.encode("utf-8"))
        return self

    def p(self, x, cat):
        x = str(x)
        b = len(x.encode("utf-8"))
        if cat and x:
            self.spans.append((self.n, self.n + b, cat, x))
        self.parts.append(x)
        self.n += b
        return self

    def add(self, v):
        """v: str | P | list of (str|P)"""
        if isinstance(v, P):
            self.p(v.v, v.cat)
        elif isinstance(v, (list, tuple)):
            for x in v:
                self.add(x)
        else:
            self.t(v)
        return self

    def text(self):
        return "".join(self.parts)


class P:
    """a labeled leaf value"""

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class M:
    """a JSON string composed of plain parts and labeled parts"""

    def __init__(self, *parts):
        self.parts = parts


def jw(ln, obj, sep=(",", ":")):
    if isinstance(obj, P):
        v = obj.v
        if isinstance(v, str):
            enc = json.dumps(v, ensure_ascii=False)
            assert enc[1:-1] == v, v
            ln.t('"').p(v, obj.cat).t('"')
        else:
            ln.p(json.dumps(v), obj.cat)
    elif isinstance(obj, M):
        ln.t('"')
        for part in obj.parts:
            if isinstance(part, P):
                enc = json.dumps(part.v, ensure_ascii=False)
                assert enc[1:-1] == part.v, part.v
                ln.p(part.v, part.cat)
            else:
                ln.t(json.dumps(part, ensure_ascii=False)[1:-1])
        ln.t('"')
    elif isinstance(obj, dict):
        ln.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                ln.t(sep[0])
            ln.t(json.dumps(k), sep[1])
            jw(ln, v, sep)
        ln.t("}")
    elif isinstance(obj, list):
        ln.t("[")
        for i, v in enumerate(obj):
            if i:
                ln.t(sep[0])
            jw(ln, v, sep)
        ln.t("]")
    else:
        ln.t(json.dumps(obj, ensure_ascii=False))
    return ln


def kv(ln, pairs, sep=" ", quote_spaces=True):
    for i, (k, v) in enumerate(pairs):
        if i:
            ln.t(sep)
        ln.t(k, "=")
        raw = v.v if isinstance(v, P) else (v if isinstance(v, str) else None)
        q = quote_spaces and isinstance(raw, str) and (" " in raw or raw == "")
        if q:
            ln.t('"')
        ln.add(v)
        if q:
            ln.t('"')
    return ln


def seg(ln, name, fields):
    ln.t(name)
    for i in range(1, max(fields) + 1):
        ln.t("|")
        if i in fields:
            ln.add(fields[i])
    return ln


# ----------------------------------------------------------------------------- helpers

CDT = timezone(timedelta(hours=-5))
UTC = timezone.utc
clock = datetime(2024, 5, 6, 6, 41, 7, 123456, tzinfo=CDT)
TODAY = date(2024, 5, 6)


def tick(lo=4, hi=260):
    global clock
    clock += timedelta(seconds=R.uniform(lo, hi))
    return clock


def nudge(t, lo=0.01, hi=3.0):
    return t + timedelta(seconds=R.uniform(lo, hi))


def iso_z(t, digits=3):
    u = t.astimezone(UTC)
    frac = f"{u.microsecond:06d}"[:digits]
    return u.strftime("%Y-%m-%dT%H:%M:%S") + (f".{frac}" if digits else "") + "Z"


def iso_local(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + "-05:00"


def ms(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + f"{t.microsecond // 1000:03d}"


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def asc(s):
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


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


def fmt_phone(d, style=None):
    a, b, c = d[:3], d[3:6], d[6:]
    if style is None:
        style = R.randrange(7)
    return [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a}{b}{c}",
            f"+1 {a} {b} {c}", f"+1{a}{b}{c}", f"1-{a}-{b}-{c}"][style]


def fmt_date(d, style=None):
    opts = [d.strftime("%Y-%m-%d"), d.strftime("%m/%d/%Y"), f"{d.month}/{d.day}/{d.year}",
            f"{d.month}/{d.day}/{d.year % 100:02d}", d.strftime("%d-%b-%Y"), d.strftime("%Y%m%d"),
            f"{d.strftime('%B')} {d.day}, {d.year}", d.strftime("%d.%m.%Y"), d.strftime("%b %d %Y")]
    if style is None:
        style = R.randrange(len(opts))
    return opts[style]


def short_md(d):
    return f"{d.month}/{d.day}"


def future_slot(days_lo=1, days_hi=12):
    d = clock.date() + timedelta(days=R.randint(days_lo, days_hi))
    h = R.choice([7, 8, 9, 10, 11, 13, 14, 15])
    m = R.choice([0, 30])
    return datetime(d.year, d.month, d.day, h, m, tzinfo=CDT)


def past_day(lo=1, hi=20):
    return clock.date() - timedelta(days=R.randint(lo, hi))


# ----------------------------------------------------------------------------- people

F_FIRST = ["Teresa", "Lucía", "Martha", "Mei-Ling", "Aigerim", "Fatima", "Ngozi", "Ingrid", "Siobhán",
           "Priya", "Yuki", "Olena", "Rosa", "Dolores", "Beatriz", "Hanna", "Amara", "Leilani", "Zofia",
           "Thi Lan", "Gwendolyn", "Marguerite", "Esperanza", "Khadija", "Bernadette", "Anneliese"]
M_FIRST = ["Erik", "Bao", "Tadeusz", "Kwame", "Dmitri", "Rajesh", "Hiroshi", "Jean-Luc", "Obinna", "Mehmet",
           "Santiago", "Wendell", "Cornelius", "Ahmad", "Lars", "Desmond", "Giorgos", "Ibrahim", "Nikolai",
           "Harold", "Tomás", "Chen", "Émile", "Darnell", "Rudolph", "Kalani"]
LASTS = ["Kowalczyk", "Lindqvist", "Okafor", "Ramírez-Ochoa", "van der Berg", "O'Brien", "Al-Masri",
         "Nakamura", "Oyelaran", "Papadopoulos", "da Silva", "Nwachukwu", "Horváth", "Begay", "Tran",
         "Schäfer", "Ó Súilleabháin", "Kim", "Patel", "Haddad", "Rosenbaum", "Jean-Baptiste", "St. Clair",
         "De La Cruz", "McAllister", "Yılmaz", "Kuznetsov", "Abernathy", "Wójcik", "Delacroix",
         "Fitzgerald", "Zhou", "Nguyen-Tran", "Mahlangu", "Washington", "Szabo", "Iyer", "Quispe",
         "Kekumu", "Bergström"]
REL_F = ["Ana", "Ruth", "Greta", "Liliana", "Chiamaka", "Marisol", "Farah", "Yolanda", "Aisha", "Soo-jin", "Brigid"]
REL_M = ["Kenji", "Samuel", "Moses", "Paul", "Joon-ho", "Dennis", "Walter", "Piotr", "Colm", "Rashid", "Matteo"]

CITIES = [("Chicago", "IL", "60639", "Cook", "17031", "773"), ("Chicago", "IL", "60625", "Cook", "17031", "773"),
          ("Evanston", "IL", "60201", "Cook", "17031", "847"), ("Skokie", "IL", "60076", "Cook", "17031", "847"),
          ("Oak Park", "IL", "60302", "Cook", "17031", "708"), ("Berwyn", "IL", "60402", "Cook", "17031", "708"),
          ("Joliet", "IL", "60435", "Will", "17197", "815"), ("Bolingbrook", "IL", "60440", "Will", "17197", "630"),
          ("Naperville", "IL", "60540", "DuPage", "17043", "630"), ("Aurora", "IL", "60505", "Kane", "17089", "630"),
          ("Waukegan", "IL", "60085", "Lake", "17097", "847"), ("Gary", "IN", "46403", "Lake", "18089", "219"),
          ("Hammond", "IN", "46324", "Lake", "18089", "219"), ("Kenosha", "WI", "53140", "Kenosha", "55059", "262"),
          ("Orland Park", "IL", "60462", "Cook", "17031", "708"), ("Des Plaines", "IL", "60016", "Cook", "17031", "847"),
          ("Cicero", "IL", "60804", "Cook", "17031", "708"), ("Lockport", "IL", "60441", "Will", "17197", "815")]
STREETS = ["W Fullerton Ave", "N Kedzie Ave", "Maple Ave", "Ridge Ave", "S Harlem Ave", "Chicago Ave",
           "N Lincoln Ave", "Oak St", "W 63rd St", "Grand Blvd", "Elmwood Dr", "Ogden Ave", "Sheridan Rd",
           "Broadway", "E Cass St", "Prairie Ln", "Lake Park Ave", "Washington St", "Hohman Ave",
           "Greenwood Ave", "Cermak Rd", "W Belmont Ave", "Dempster St", "N Clark St", "Sheridan Rd",
           "W 159th St", "Calumet Ave", "Sunnyside Ave", "Devon Ave", "Milwaukee Ave"]
PAYERS = [("BCBSIL", "Blue Cross Blue Shield of Illinois", lambda: R.choice(["XOF", "XOD", "ZGD"]) + f"{R.randint(10**8, 10**9 - 1)}"),
          ("AETNA", "Aetna", lambda: f"W{R.randint(10**9, 10**10 - 1)}"),
          ("UHC", "UnitedHealthcare", lambda: f"{R.randint(10**8, 10**9 - 1)}"),
          ("IL-MCD", "Illinois Medicaid (HFS)", lambda: f"{R.randint(10**8, 10**9 - 1)}"),
          ("HUMANA", "Humana Gold Plus HMO", lambda: f"H{R.randint(10**7, 10**8 - 1)}"),
          ("CIGNA", "Cigna", lambda: f"U{R.randint(10**7, 10**8 - 1)}01")]
MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    an = MBI_L + "0123456789"
    s = (str(R.randint(1, 9)) + R.choice(MBI_L) + R.choice(an) + str(R.randint(0, 9)) + R.choice(MBI_L)
         + R.choice(an) + str(R.randint(0, 9)) + R.choice(MBI_L) + R.choice(MBI_L) + str(R.randint(0, 9))
         + str(R.randint(0, 9)))
    return s


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def phone_digits(area):
    if R.random() < 0.35:
        return f"{area}555{R.randint(100, 199):04d}"
    ex = R.randint(201, 989)
    if ex == 555:
        ex = 556
    return f"{area}{ex}{R.randint(0, 9999):04d}"


def imei():
    body = R.choice(["35693803", "35391110", "86723104"]) + f"{R.randint(0, 999999):06d}"
    return body + luhn_digit(body)


def card():
    body = R.choice(["4", "5"]) + "".join(str(R.randint(0, 9)) for _ in range(14))
    if body[0] == "5":
        body = "5" + str(R.randint(1, 5)) + body[2:]
    return body + luhn_digit(body)


def plate(st):
    if st == "WI":
        return f"{''.join(R.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(3))}-{R.randint(1000, 9999)}"
    if st == "IN":
        return f"{R.randint(100, 999)}{''.join(R.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(3))}"
    return R.choice([f"{R.choice('ABCDEFGHJKLMNPRSTVWXYZ')}{R.choice('ABCDEFGHJKLMNPRSTVWXYZ')} {R.randint(10000, 99999)}",
                     f"{R.randint(100, 999)} {R.randint(1000, 9999)}", f"DP {R.randint(10000, 99999)}"])


def b64blob(nbytes, jpeg=False):
    raw = bytes(R.getrandbits(8) for _ in range(nbytes))
    if jpeg:
        raw = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00" + raw
    return base64.b64encode(raw).decode()


PTS = []
R.shuffle(LASTS)
for i in range(36):
    sex = "F" if i % 2 == 0 else "M"
    first = R.choice(F_FIRST if sex == "F" else M_FIRST)
    last = LASTS[i]
    if i % 3 == 1:
        y = R.randint(1926, 1933)
    else:
        y = R.randint(1938, 1976)
    dob = date(y, R.randint(1, 12), R.randint(1, 28))
    age = TODAY.year - dob.year - ((TODAY.month, TODAY.day) < (dob.month, dob.day))
    city = R.choice(CITIES)
    street = f"{R.randint(100, 9899)} {R.choice(STREETS)}"
    unit = R.choice(["", "", "", f"Apt {R.randint(1, 6)}{R.choice('ABCDR')}", f"Unit {R.randint(101, 612)}", f"#{R.randint(1, 4)}R"])
    if age >= 65 and R.random() < 0.85:
        payer = ("MCR", "Medicare Part B (Novitas JH)", mbi())
    else:
        pc, pn, fn = R.choice(PAYERS)
        payer = (pc, pn, fn())
    rel_last = last if R.random() < 0.6 else R.choice(LASTS)
    rsex = R.choice("FM")
    rrel = R.choice((["husband"] if sex == "F" else ["wife"]) + (["daughter", "niece", "granddaughter", "caregiver"] if rsex == "F" else ["son", "nephew", "grandson", "caregiver"]))
    if rrel == "wife":
        rsex = "F"
    if rrel == "husband":
        rsex = "M"
    rel = {"first": R.choice(REL_F if rsex == "F" else REL_M), "last": rel_last, "rel": rrel, "sex": rsex,
           "phone": phone_digits(city[5])}
    em_user = R.choice([f"{asc(first).lower().replace(' ', '').replace('-', '')}.{asc(last).lower().replace(' ', '').replace(chr(39), '')}",
                        f"{asc(first)[0].lower()}{asc(last).lower().replace(' ', '').replace(chr(39), '')[:6]}{dob.year % 100}",
                        f"{asc(last).lower().replace(' ', '').replace(chr(39), '')}{R.randint(1, 99)}"])
    PTS.append({
        "first": first, "last": last, "mi": R.choice("ABCDEFGHJKLMNPRSTW"), "sex": sex, "dob": dob, "age": age,
        "street": street, "unit": unit, "city": city[0], "st": city[1], "zip": city[2], "county": city[3],
        "fips": city[4], "home": phone_digits(city[5]), "cell": phone_digits(R.choice([city[5], "312", "872"])),
        "email": f"{em_user}@{R.choice(['gmail.com', 'comcast.net', 'att.net', 'yahoo.com', 'icloud.com', 'sbcglobal.net', 'outlook.com'])}",
        "mrn": f"00{R.randint(100000, 999999)}", "hmrn": f"M{R.randint(1000000, 9999999)}", "ssn": ssn(),
        "payer": payer, "acct": f"{R.randint(1000000, 9999999)}", "pk": R.randint(10000, 99999),
        "dl": f"{asc(last)[0].upper()}{R.randint(100, 999)}-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}",
        "plate": plate(city[1]), "rel": rel, "enc": f"E{R.randint(24000000, 24999999)}",
        "pump": f"UQ{R.randint(21, 24)}{R.randint(100000, 999999)}", "imei": imei(),
        "hbot": i % 3 != 2, "npwt": i % 3 != 0, "user": em_user.split(".")[0] + str(R.randint(1, 99)),
    })

HBOT_PTS = [p for p in PTS if p["hbot"]]
OLD_PTS = [p for p in PTS if p["age"] > 89]


def old_or_any(pool=None, pr=0.45):
    pool = pool or PTS
    olds = [p for p in pool if p["age"] > 89]
    return R.choice(olds) if olds and R.random() < pr else R.choice(pool)
NPWT_PTS = [p for p in PTS if p["npwt"]]


def nm(p, style):
    f, l, m = p["first"], p["last"], p["mi"]
    F, L = asc(f).upper(), asc(l).upper()
    return {"fl": f"{f} {l}", "lf": f"{l}, {f}", "LFM": f"{L}, {F} {m}", "LF": f"{L}, {F}",
            "il": f"{f[0]}. {l}", "l": l, "lfi": f"{l} {f[0]}.", "low": f"{f} {l}".lower(),
            "hl7": f"{L}^{F}^{m}", "fml": f"{f} {m}. {l}", "LFcompact": f"{L},{F}", "file": f"{asc(l).replace(' ', '')}_{asc(f).replace(' ', '')}",
            "FL": f"{F} {L}", "lfm": f"{l}, {f} {m}."}[style]


def rname(p, style="fl"):
    r = p["rel"]
    return {"fl": f"{r['first']} {r['last']}", "lf": f"{r['last']}, {r['first']}",
            "hl7": f"{asc(r['last']).upper()}^{asc(r['first']).upper()}", "f": r["first"]}[style]


STAFF = [("Anjali", "Shah", "MD", "1841273096"), ("Michael", "Brennan", "DO", "1396857420"),
         ("Helen", "Park", "DPM", "1679543210"), ("Samuel", "Adeyemi", "MD", "1023948571"),
         ("Laura", "Chen", "NP", "1548203967")]
NURSES = ["Kemi Obi, RN", "Tomasz Nowak, RN", "Daniela Ruiz, RN", "Grace Mwangi, RN, CWCN", "Pat Sullivan, LPN"]
TECHS = ["J.Alvarez CHT", "R.Dubois CHT", "M.Okonkwo CHT", "S.Lindgren CHT"]
USERS = ["kobi", "tnowak", "druiz", "gmwangi", "psullivan", "jalvarez", "rdubois", "frontdesk2", "ashah", "lchen"]
SITES = ["EVN", "JOL", "ORP", "HAM"]
SUPPLIERS = [("Midwest Home Medical", "6305550177"), ("Apria Healthcare - Elk Grove", "8475550166"),
             ("Lincare Joliet", "8155550143"), ("3M KCI Express", "8005550102")]
HCPCS = [("E2402", "Negative pressure wound therapy electrical pump, stationary or portable", 1),
         ("A6550", "Wound care set, for NPWT electrical pump, includes all supplies", 15),
         ("A7000", "Canister, disposable, used with suction pump", 10),
         ("A6212", "Foam dressing, wound cover, sterile, pad size >16 sq in", 30),
         ("A6021", "Collagen dressing, sterile, size 16 sq in or less", 20)]
ICD = ["E11.621", "L97.412", "L97.522", "E11.51", "I83.023", "L89.154", "T66.XXXA", "L59.3", "M86.171",
       "N30.41", "T86.821", "I70.245"]
PROFILES = ["TX-2.0ATA-90", "TX-2.4ATA-90-AB2", "TX-2.0ATA-120", "TX-2.8ATA-TT6", "TX-2.4ATA-90"]


def chamber():
    return f"{R.choice(SITES)}-CH{R.randint(1, 4)}"


def dive_id(ch):
    return f"DV-{clock.strftime('%y%m%d')}-{ch.replace('-', '')}-{R.randint(1, 40):04d}"


# ----------------------------------------------------------------------------- families
_CYC = {}


def cyc(key, n):
    """round-robin over shuffled variant indices, so every variant is used"""
    q = _CYC.get(key)
    if not q:
        q = list(range(n))
        R.shuffle(q)
        _CYC[key] = q
    return q.pop()

# each returns a list of Ln; phi=False must produce no spans


def fam_hbot(phi):
    t = tick()
    ch = chamber()
    out = []

    def L(level, tag, tt=None):
        ln = Ln("hbot_ctl")
        ln.t(f"{ms(tt or t)} {ch} {level:<5} [{tag}] ")
        return ln

    if not phi:
        k = R.randrange(11)
        if k <= 2:
            et = R.randint(60, 6900)
            pch0 = R.uniform(1.0, 2.45)
            for j in range(R.randint(1, 3)):
                tt = t if j == 0 else tick(29.5, 30.5)
                et += 30 if j else 0
                pch = pch0 + R.uniform(-0.01, 0.01)
                out.append(L("DATA", "tel", tt).t(
                    f"t={et // 3600:02d}:{et % 3600 // 60:02d}:{et % 60:02d} Pch={pch:.3f}ATA Psp={round(pch, 1):.3f} "
                    f"dPdt={R.uniform(-0.02, 0.02):+.3f} O2={R.uniform(97.5, 99.9):.1f}% Tch={R.uniform(21, 27):.1f}C "
                    f"RH={R.randint(30, 60)}% flow={R.randint(300, 460)}L/min"))
        elif k == 3:
            out.append(L("INFO", "profile").t(f"loaded {R.choice(PROFILES)} (compress 10 min @ 1.4 fsw/min, 3x30 min O2, "
                                              f"2x5 min air breaks, decompress {R.choice([5, 7, 10])} min) crc=0x{hexs(8)}"))
        elif k == 4:
            out.append(L("INFO", "selftest").t(f"O2 analyzer cal OK (20.9%/100.0%) drift={R.uniform(0, 0.6):.1f}% "
                                               f"sensor=MAX-250E lot {R.randint(10000, 99999)} exp 2025-{R.randint(1, 12):02d}"))
        elif k == 5:
            out.append(L("WARN", "vent").t(f"exhaust flow low {R.randint(280, 345)} L/min (min 350) - check valve V{R.randint(1, 4)}"))
        elif k == 6:
            lim = 2.05 if R.random() < 0.5 else 2.45
            out.append(L("ALARM", "P_HIGH").t(f"Pch={lim + R.uniform(0.01, 0.05):.3f}ATA > {lim:.3f}ATA limit; auto-vent opened"))
            out.append(L("INFO", "alarm", nudge(t, 2, 9)).t(f"P_HIGH cleared after {R.uniform(1, 9):.1f} s, ack by tech#0{R.randint(400, 499)}"))
        elif k == 7:
            out.append(L("ERROR", "comms").t(f"Modbus timeout reading PLC 192.168.40.{R.randint(10, 30)}:502 (unit {R.randint(1, 4)}), retry {R.randint(1, 3)}/3"))
        elif k == 8:
            out.append(L("INFO", "session").t(f"dive {dive_id(ch)} phase={R.choice(['DESCENT', 'BOTTOM', 'AIR_BREAK', 'ASCENT'])} -> "
                                              f"{R.choice(['BOTTOM', 'AIR_BREAK', 'O2', 'SURFACE'])} at 00:{R.randint(5, 59):02d}:{R.randint(0, 59):02d}"))
        elif k == 9:
            out.append(L("INFO", "session").t(f"dive {dive_id(ch)} ended: bottom_time=90:00 max={R.uniform(1.98, 2.42):.2f}ATA alarms={R.randint(0, 2)} operator={R.choice(TECHS)}"))
        else:
            out.append(L("INFO", "safety").t(f"ground strap continuity {R.uniform(0.1, 0.9):.1f} ohm OK; door seal {R.uniform(5.5, 6.5):.1f} psi; "
                                             f"fw 5.{R.randint(0, 4)}.{R.randint(0, 20)} build {R.randint(1200, 1400)}"))
        return out
    p = old_or_any(HBOT_PTS)
    k = cyc("fam_hbot", 6)
    if k == 0:
        ln = L("INFO", "patient").t('assigned pt="').p(nm(p, "LFM"), "name").t('" mrn=').p(p["mrn"], "mrn")
        ln.t(" dob=").p(fmt_date(p["dob"], 0), "date").t(" age=").p(str(p["age"]), "age" if p["age"] > 89 else None).t(f" tx={R.randint(1, 40)}/40 dx={R.choice(ICD)} wt={R.uniform(48, 130):.1f}kg")
        out.append(ln)
        out.append(L("INFO", "profile", nudge(t)).t(f"loaded {R.choice(PROFILES)} for {ch}"))
    elif k == 1:
        ln = L("NOTE", "operator").t("pt ").p(nm(p, "fl"), "name").t(
            f" c/o {R.choice(['L', 'R'])} ear pain at 1.{R.randint(2, 6)} ATA, descent held 2 min, resumed after valsalva. Notified Dr. {R.choice(STAFF)[1]}. -- {R.choice(TECHS)}")
        out.append(ln)
    elif k == 2:
        ln = L("ALARM", "PT_CALL").t("patient call button pressed (pt ").p(nm(p, "lfi"), "name").t(", MRN ").p(p["mrn"], "mrn").t(
            f") t=00:{R.randint(10, 59)}:{R.randint(10, 59)}")
        out.append(ln)
        out.append(L("INFO", "alarm", nudge(t, 5, 40)).t("PT_CALL acknowledged via intercom, reason=claustrophobia, continuing"))
    elif k == 3:
        ln = L("INFO", "session").t(f"dive {dive_id(ch)} ended: pt_mrn=").p(p["mrn"], "mrn").t(" age=")
        ln.p(str(p["age"]), "age" if p["age"] > 89 else None)
        ln.t(f" bottom_time=90:00 max={R.uniform(1.98, 2.42):.2f}ATA alarms=0 glucose_post={R.randint(90, 220)}mg/dL")
        out.append(ln)
    elif k == 4:
        ln = Ln("hbot_daylog_csv")
        sd = clock.date()
        ln.t(f"{ch.split('-')[0]},{ch.split('-')[1]},").p(sd.isoformat(), "date").t(f",{t.strftime('%H:%M')},{nudge(t, 6000, 7800).strftime('%H:%M')},{R.choice(PROFILES)},\"")
        ln.p(nm(p, "lf"), "name").t('",').p(p["mrn"], "mrn").t(f",{R.randint(1, 40)},{R.randint(0, 1)},{R.choice(TECHS)}")
        out.append(ln)
    else:
        last = past_day(1, 4)
        ln = L("INFO", "checklist").t("pt ").p(nm(p, "lfi"), "name").t(" (").p(p["mrn"], "mrn").t(
            f") pre-dive: BG {R.randint(95, 240)} mg/dL, BP {R.randint(110, 170)}/{R.randint(60, 95)}, no lotions/hair products, cotton gown, "
            f"grounding OK. Last tx ").p(fmt_date(last, 1), "date")
        out.append(ln)
    return out


OSLOG_SUBS = ["Upload", "Camera", "Measure", "Auth", "Session", "Sync", "Consent"]


def fam_oslog(phi):
    t = tick()
    pid = R.randint(300, 2400)
    tid = f"{R.randint(0x1000, 0x9ffff):x}"
    compact = R.random() < 0.6

    def L(sub, typ="Df", tt=None):
        ln = Ln("ios_oslog")
        tt = tt or t
        if compact:
            ln.t(f"{ms(tt)} {typ:<2} WoundSnap[{pid}:{tid}] [com.lakeshore.woundsnap:{sub}] ")
        else:
            full = {"Df": "Default", "I": "Info", "E": "Error", "Db": "Debug", "F": "Fault"}[typ]
            ln.t(f"{tt.strftime('%Y-%m-%d %H:%M:%S.%f')}-0500 0x{tid:<8} {full:<11} 0x0                  {pid:<6} 0    "
                 f"WoundSnap: [com.lakeshore.woundsnap:{sub}] ")
        return ln

    out = []
    if not phi:
        k = R.randrange(9)
        if k == 0:
            out.append(L("Camera", "I").t(f"LiDAR depth confidence high, points={R.randint(20000, 60000)} plane=fit rmse={R.uniform(0.4, 1.6):.1f}mm"))
        elif k == 1:
            out.append(L("Measure").t(f"segmentation model WoundSeg v3.{R.randint(0, 4)}.{R.randint(0, 9)} (CoreML, ANE) ran in {R.randint(90, 400)} ms, "
                                      f"area={R.uniform(0.4, 40):.2f} cm² perimeter={R.uniform(2, 30):.2f} cm"))
        elif k == 2:
            out.append(L("Upload", "E").t(f"Upload <private> failed: NSURLErrorDomain -1009 (The Internet connection appears to be offline.) retry in {R.choice([15, 30, 60])}s"))
        elif k == 3:
            out.append(L("Auth").t(f"OAuth token refreshed, expires_in=3600 scope=\"wound.write photo.write\" kid={hexs(8)}"))
        elif k == 4:
            out.append(L("Session").t("Patient context set mrn=<private> name=<private> dob=<private>"))
        elif k == 5:
            out.append(L("Sync", "I").t(f"BGTaskScheduler submitted com.lakeshore.woundsnap.sync earliestBegin={R.choice([300, 900, 1800])}s pending={R.randint(0, 9)}"))
        elif k == 6:
            out.append(L("Upload").t(f"Upload {uid().upper()} completed: photos={R.randint(1, 4)} bytes={R.randint(900000, 9000000)} in {R.randint(400, 9000)} ms"))
        elif k == 7:
            out.append(L("Camera", "Db").t(f"AVCaptureDevice format 4032x3024@30 HEVC, exposure {R.uniform(0.003, 0.03):.4f}s ISO {R.randint(32, 800)}, torch={R.choice(['on', 'off'])}"))
        else:
            out.append(L("Sync", "F").t(f"CoreData save failed: NSValidationErrorKey=measuredAt (Error Domain=NSCocoaErrorDomain Code={R.choice([1570, 1560, 134030])})"))
        return out
    p = R.choice(PTS)
    k = cyc("fam_oslog", 5)
    if k == 0:
        out.append(L("Session", "Db").t("Patient context set mrn=").p(p["mrn"], "mrn").t(" name=").p(nm(p, "fl"), "name").t(" dob=").p(fmt_date(p["dob"], 1), "date"))
    elif k == 1:
        out.append(L("Measure").t(f"Saved W{R.randint(1, 4)} for ").p(nm(p, "lf"), "name").t(
            f": L {R.uniform(0.5, 9):.1f} x W {R.uniform(0.3, 6):.1f} x D {R.uniform(0.1, 2):.1f} cm, tunneling {R.choice(['none', '1.2 cm @ 3 o’clock', '0.8 cm @ 11 o’clock'])}"))
    elif k == 2:
        out.append(L("Upload").t(f"Upload {uid().upper()} completed for MRN ").p(p["mrn"], "mrn").t(f" ({R.randint(1, 4)} photos, {R.uniform(1, 9):.1f} MB)"))
    elif k == 3:
        out.append(L("Consent", "I").t("Photo consent signed by ").p(rname(p), "name").t(f" ({p['rel']['rel']}) for ").p(nm(p, "fl"), "name").t(", witness=" + R.choice(NURSES).split(",")[0]))
    else:
        out.append(L("Session", "E").t("Barcode scan mismatch: wristband ").p(p["hmrn"], "mrn").t(" does not match selected chart ").p(nm(p, "LF"), "name").t(" — rescan required"))
    return out


def gps(site=False):
    return round(R.uniform(41.45, 42.35), 6), round(R.uniform(-88.25, -87.45), 6)


def fam_upload(phi):
    t = tick()
    out = []
    ln = Ln("upload_json")
    if not phi:
        k = R.randrange(4)
        if k == 0:
            obj = {"ts": iso_z(t), "svc": "wound-ingest", "level": "info", "msg": "exif stripped", "uploadId": uid(),
                   "fieldsRemoved": ["GPSLatitude", "GPSLongitude", "DateTimeOriginal", "BodySerialNumber", "MakerNote"], "ms": R.randint(3, 40)}
        elif k == 1:
            obj = {"ts": iso_z(t), "svc": "wound-ingest", "level": "info", "msg": "batch processed", "batch": f"b{R.randint(10000, 99999)}",
                   "uploads": R.randint(3, 60), "photos": R.randint(10, 200), "bytesIn": R.randint(10**7, 9 * 10**8), "avScan": "clean",
                   "clamavDb": f"daily.cvd v{R.randint(27200, 27300)}", "p95ms": R.randint(200, 3000)}
        elif k == 2:
            obj = {"ts": iso_z(t), "svc": "wound-ingest", "level": "warn", "msg": "HEIC decode fallback", "uploadId": uid(),
                   "file": f"IMG_{R.randint(1000, 9999)}.HEIC", "sha256": hexs(64), "err": "libheif: Unsupported feature: Unsupported codec"}
        else:
            obj = {"ts": iso_z(t), "svc": "wound-ingest", "level": "info", "msg": "thumbnail generated", "uploadId": uid(),
                   "size": "256x256", "format": "webp", "device": f"iPad-{R.choice(SITES)}-{R.randint(1, 12):02d}",
                   "traceId": hexs(32), "spanId": hexs(16)}
        jw(ln, obj)
        return [ln]
    p = R.choice(PTS)
    if cyc("fam_upload", 4) < 3:
        lat, lon = gps()
        cap = clock - timedelta(seconds=R.choice([R.randint(60, 3000), R.randint(60, 3000), R.randint(86400, 3 * 86400)]))
        home = R.random() < 0.5
        photo = {"name": f"IMG_{R.randint(1000, 9999)}.HEIC", "sha256": hexs(64),
                 "exif": {"Make": "Apple", "Model": R.choice(["iPad Pro (11-inch) (4th generation)", "iPad (10th generation)", "iPad Air (5th generation)"]),
                          "DateTimeOriginal": P(cap.strftime("%Y:%m:%d %H:%M:%S"), "date"), "OffsetTimeOriginal": "-05:00",
                          "GPSLatitude": P(lat, "address"), "GPSLongitude": P(lon, "address"),
                          "LensModel": "iPad Pro back camera 6.86mm f/1.8", "Software": f"17.{R.randint(2, 5)}.{R.randint(0, 1)}",
                          "BodySerialNumber": f"DMPX{R.randint(10**7, 10**8 - 1)}"}}
        obj = {"ts": iso_z(t), "svc": "wound-ingest", "level": "info", "msg": "upload received", "uploadId": uid(),
               "deviceId": f"iPad-{R.choice(SITES)}-{R.randint(1, 12):02d}", "visitType": "home" if home else "clinic",
               "patient": {"mrn": P(p["mrn"], "mrn"), "dob": P(p["dob"].isoformat(), "date")}, "woundId": f"W{R.randint(1, 4)}",
               "photos": [photo],
               "measure": {"lengthCm": round(R.uniform(0.5, 9), 1), "widthCm": round(R.uniform(0.3, 6), 1),
                           "depthCm": round(R.uniform(0.1, 2), 1), "areaCm2": round(R.uniform(0.2, 40), 2)}}
    else:
        obj = {"ts": iso_z(t), "svc": "wound-ingest", "level": "info", "msg": "id photo stored", "uploadId": uid(),
               "patientRef": M("Patient/", P(str(p["pk"]), "other_id")), "displayName": P(nm(p, "fl"), "name"),
               "idPhoto": {"mime": "image/jpeg", "w": 96, "h": 96, "b64": P(b64blob(R.randint(150, 260), jpeg=True), "photo")}}
    jw(ln, obj)
    return [ln]


def npwt_prefix(ln, t):
    ln.t(f"{t.strftime('%b')} {t.day:>2} {t.strftime('%H:%M:%S')} npwt-gw0{R.randint(1, 2)} npwtd[{R.randint(2000, 2400)}]: ")
    return ln


def fam_npwt(phi):
    t = tick()
    out = []
    if not phi:
        k = R.randrange(6)
        ln = npwt_prefix(Ln("npwt_gw"), t)
        if k == 0:
            kv(ln, [("dev", f"UQ{R.randint(21, 24)}{R.randint(100000, 999999)}"), ("status", R.choice(["RETURNED", "IN_STOCK", "CLEANING"])),
                    ("location", R.choice(["WH-ELK-GROVE", "WH-JOLIET", "EVN-STOCKROOM"])), ("pm_due", f"2024-{R.randint(6, 12):02d}-01"),
                    ("hours", str(R.randint(200, 9000)))])
        elif k == 1:
            ln.t(f"fleet summary active={R.randint(180, 240)} in_stock={R.randint(30, 80)} in_cleaning={R.randint(5, 25)} overdue_returns={R.randint(0, 9)} "
                 f"offline>24h={R.randint(0, 6)}")
        elif k == 2:
            ln.t(f"ota: firmware 4.{R.randint(2, 3)}.{R.randint(0, 9)} (build 2024-04-{R.randint(10, 28)}, sha256 {hexs(16)}...) staged for {R.randint(5, 60)} devices")
        elif k == 3:
            kv(ln, [("dev", f"UQ{R.randint(21, 24)}{R.randint(100000, 999999)}"), ("status", "QA"), ("bench", f"QA-{R.randint(1, 3)}"),
                    ("set", "-125"), ("act", str(-R.randint(120, 127))), ("leak", "OK"), ("result", "PASS")])
        elif k == 4:
            ln.t(f"mqtt: reconnect to broker iot.lakeshorewound.net:8883 ok (session present=0, keepalive=60s) client=npwt-gw-{hexs(6)}")
        else:
            ln.t(f"cellular: carrier=Verizon apn=vzwinternet rsrp=-{R.randint(80, 115)}dBm modem_fw=EC25AFFDR07A09M4G")
        return [ln]
    p = R.choice(NPWT_PTS)
    k = cyc("fam_npwt", 4)
    rental = f"RA-{R.randint(550000, 569999)}"
    if k == 0:
        ln = npwt_prefix(Ln("npwt_gw"), t)
        kv(ln, [("dev", P(p["pump"], "device")), ("imei", P(p["imei"], "device")), ("rental", rental), ("fw", f"4.2.{R.randint(0, 3)}"),
                ("ther", R.choice(["CONT", "INTERMIT", "DPC"])), ("set", "-125"), ("act", str(-R.randint(100, 127))),
                ("leak", R.choice(["OK", "OK", "LOW", "HIGH"])), ("canister", f"{R.randint(5, 95)}%"), ("batt", f"{R.randint(10, 100)}%"),
                ("alarm", R.choice(["NONE", "NONE", "CANISTER_FULL", "LEAK"]))])
        out.append(ln)
    elif k == 1:
        ln = npwt_prefix(Ln("npwt_gw"), t)
        ln.t("ALARM dev=").p(p["pump"], "device").t(f" code=LEAK_HIGH dur=00:{R.randint(15, 59)}:00 rental={rental} patient=\"").p(nm(p, "fl"), "name")
        ln.t('" ph=').p(fmt_phone(p["cell"], 5), "phone").t(" -> paging on-call RN pool=EVN-NPWT")
        out.append(ln)
    elif k == 2:
        if R.random() < 0.5:
            out.append(Ln("npwt_rental_csv").t("rental_id,start_date,last_name,first_name,addr1,city,state,zip,phone,serial,hcpcs,payer,member_id"))
        ln = Ln("npwt_rental_csv")
        ln.t(rental + ",").p(fmt_date(past_day(1, 30), 0), "date").t(",").p(p["last"], "name").t(",").p(p["first"], "name").t(",")
        ln.p(p["street"] + (" " + p["unit"] if p["unit"] else ""), "address").t(",").p(p["city"], "address").t(f",{p['st']},").p(p["zip"], "zip")
        ln.t(",").p(p["home"], "phone").t(",").p(p["pump"], "device").t(",E2402," + p["payer"][0] + ",").p(p["payer"][2], "health_plan")
        out.append(ln)
    else:
        ln = npwt_prefix(Ln("npwt_gw"), t)
        ln.t("placement confirmed dev=").p(p["pump"], "device").t(f" rental={rental} delivered_to=\"").p(p["street"], "address").t(", ").p(p["city"], "address")
        ln.t(f", {p['st']} ").p(p["zip"], "zip").t(f"\" driver=MHM-{R.randint(10, 99)} signed_by=\"").p(rname(p), "name").t(f"\" rel={p['rel']['rel']}")
        out.append(ln)
    return out


def structlog_line(ev, fields, level, logger, t):
    ln = Ln("django_structlog")
    obj = {"event": ev}
    obj.update(fields)
    obj.update({"level": level, "logger": logger, "timestamp": t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")})
    jw(ln, obj, sep=(", ", ": "))
    return ln


def fam_django(phi):
    t = tick()
    rid = uid()
    base = {"request_id": rid, "user_id": R.randint(100, 240), "ip": f"10.20.{R.randint(1, 9)}.{R.randint(10, 250)}"}
    if not phi:
        k = R.randrange(7)
        if k == 0:
            path = R.choice([f"/api/v2/wounds/{R.randint(700000, 800000)}/measurements/", "/api/v2/formulary/dressings/?q=foam",
                             "/admin/jsi18n/", f"/api/v2/chambers/{R.choice(SITES)}/schedule/?week=2024-W19", "/static/css/app.7f3a1c.css"])
            return [structlog_line("request_started", dict(base, request=f"GET {path}", user_agent="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/124.0.0.0 Safari/537.36"),
                                   "info", "django_structlog.middlewares.request", t),
                    structlog_line("request_finished", dict(base, code=R.choice([200, 200, 200, 304, 404]), request=f"GET {path}"),
                                   "info", "django_structlog.middlewares.request", nudge(t, 0.02, 0.9))]
        if k == 1:
            return [structlog_line("task_succeeded", {"task_id": uid(), "task": "woundehr.tasks.recalc_healing_rates", "duration_s": round(R.uniform(0.3, 40), 3)},
                                   "info", "django_structlog.celery.receivers", t)]
        if k == 2:
            return [structlog_line("slow_query", {"duration_ms": R.randint(800, 6000), "sql": "SELECT \"wounds_assessment\".\"id\" FROM \"wounds_assessment\" WHERE \"wounds_assessment\".\"site_id\" = %s ORDER BY measured_at DESC LIMIT 50",
                                                  "db": "default"}, "warning", "woundehr.db", t)]
        if k == 3:
            return [structlog_line("cache_miss", {"key": f"formulary:v{R.randint(3, 9)}:dressings", "backend": "redis://10.20.0.5:6379/2"}, "debug", "woundehr.cache", t)]
        if k == 4:
            return [structlog_line("healthcheck", {"db": "ok", "redis": "ok", "celery_queue_depth": R.randint(0, 40), "version": f"2.{R.randint(10, 19)}.{R.randint(0, 9)}+build.{R.randint(800, 999)}"},
                                   "info", "woundehr.health", t)]
        if k == 5:
            return [structlog_line("login_succeeded", dict(base, username=R.choice(USERS), mfa="duo_push"), "info", "woundehr.auth", t)]
        return [structlog_line("medicare_doc_rules_loaded", {"ruleset": "LCD-L33821", "version": "2024.04", "rules": R.randint(8, 20), "sha1": hexs(40)},
                               "info", "woundehr.compliance", t)]
    p = R.choice(PTS)
    k = cyc("fam_django", 8)
    if k == 0:
        return [structlog_line("patient.search", dict(base, q=P(R.choice([p["last"].lower(), nm(p, "lf"), nm(p, "LFcompact")]), "name"), results=R.randint(0, 4)),
                               "info", "woundehr.patients.views", t)]
    if k == 1:
        old, new = p["home"], phone_digits(p["home"][:3])
        return [structlog_line("demographics.updated", dict(base, patient_id=P(p["pk"], "other_id"),
                                                            changes={"phone_home": [P(fmt_phone(old, 0), "phone"), P(fmt_phone(new, 0), "phone")],
                                                                     "email": [None, P(p["email"], "email")]}),
                               "info", "woundehr.patients.signals", t)]
    if k == 2:
        return [structlog_line("parking_permit.issued", dict(base, patient_id=P(p["pk"], "other_id"), plate=P(p["plate"], "vehicle"), state=p["st"],
                                                             valid_until=(clock.date() + timedelta(days=42)).isoformat(), lot=f"{R.choice(SITES)}-P1"),
                               "info", "woundehr.hbot.parking", t)]
    if k == 3:
        return [structlog_line("patientsecure.enrolled", dict(base, mrn=P(p["mrn"], "mrn"), modality="palm_vein", hand=R.choice(["L", "R"]),
                                                              template=P(b64blob(R.choice([48, 60, 72])), "biometric"), quality=R.randint(70, 99)),
                               "info", "woundehr.checkin.biometric", t)]
    if k == 4:
        ln = Ln("django_structlog")
        jw(ln, {"event": "unhandled_exception", "request_id": rid,
                "exception": M('django.db.utils.IntegrityError: duplicate key value violates unique constraint "patients_patient_mrn_key"\nDETAIL:  Key (mrn)=(',
                               P(p["mrn"], "mrn"), ") already exists."),
                "level": "error", "logger": "django_structlog.middlewares.request", "timestamp": t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")}, sep=(", ", ": "))
        return [ln]
    if k == 5:
        c = card()
        return [structlog_line("payment.declined", dict(base, patient_id=P(p["pk"], "other_id"), amount_cents=R.choice([2000, 4000, 3500]),
                                                        error=M("card_declined: insufficient_funds for card ", P(c, "account"), " (raw PAN logged by legacy terminal adapter)")),
                               "warning", "woundehr.billing.copay", t)]
    if k == 6:
        return [structlog_line("wound_assessment.saved", dict(base, assessment_id=R.randint(700000, 800000), patient_id=P(p["pk"], "other_id"),
                                                              encounter_id=P(p["enc"], "other_id"), wound_site=R.choice(["L heel", "R plantar 1st MTH", "sacrum", "R lat malleolus"]),
                                                              push_score=R.randint(3, 16), date_of_service=P(clock.date().isoformat(), "date")),
                               "info", "woundehr.assessments.views", t)]
    return [structlog_line("notify.email_sent", dict(base, patient_id=P(p["pk"], "other_id"), to=P(p["email"], "email"), template="hbot_prep_instructions",
                                                     ses_message_id=f"0100018f{hexs(8)}-{uid()}-000000"),
                           "info", "woundehr.notify", t)]


def fam_x12(phi):
    t = tick()
    ctl = f"{R.randint(1000, 99999):09d}"
    ln = Ln("x12_278")
    isa = (f"ISA*00*          *00*          *ZZ*LAKESHOREWND   *ZZ*AVAILITY       *{t.strftime('%y%m%d')}*{t.strftime('%H%M')}*^*00501*{ctl}*0*P*:~")
    if not phi:
        k = R.randrange(3)
        ln.t(f"{iso_z(t, 0)} edi-gw IN  ")
        if k == 0:
            ln.t(f"999 ctl={ctl} ").t(isa + f"GS*FA*AVAILITY*LAKESHOREWND*{t.strftime('%Y%m%d')}*{t.strftime('%H%M')}*{R.randint(1, 9999)}*X*005010X231A1~"
                                      f"ST*999*0001*005010X231A1~AK1*HI*{R.randint(1, 9999)}*005010X217~IK5*A~AK9*A*1*1*1~SE*6*0001~GE*1*1~IEA*1*{ctl}~")
        elif k == 1:
            ln.t(f"TA1 ctl={ctl} ").t(isa + f"TA1*{ctl}*{t.strftime('%y%m%d')}*{t.strftime('%H%M')}*A*000~IEA*0*{ctl}~")
        else:
            sent = R.randint(5, 90)
            rej = R.randint(0, 3)
            ln.t(f"batch stats sent={sent} acked={sent - rej} rejected={rej} avg_rtt_ms={R.randint(300, 4000)} sftp=sftp.availity.com:9922")
        return [ln]
    p = R.choice(PTS)
    start = clock.date() + timedelta(days=R.randint(1, 7))
    end = start + timedelta(days=R.choice([30, 42, 60]))
    ln.t(f"{iso_z(t, 0)} edi-gw OUT 278 ctl={ctl} ")
    ln.t(isa + f"GS*HI*LAKESHOREWND*AVAILITY*{t.strftime('%Y%m%d')}*{t.strftime('%H%M')}*{R.randint(1, 9999)}*X*005010X217~ST*278*0001*005010X217~")
    pa = f"PA{t.strftime('%y%m%d')}{R.randint(1000, 9999)}"
    ln.t("BHT*0007*13*").p(pa, "other_id").t(f"*{t.strftime('%Y%m%d')}*{t.strftime('%H%M')}~HL*1**20*1~NM1*X3*2*{'NOVITAS SOLUTIONS' if p['payer'][0] == 'MCR' else p['payer'][1].upper()}*****PI*{R.randint(10000, 99999)}~")
    ln.t(f"HL*2*1*21*1~NM1*1P*2*LAKESHORE WOUND AND HYPERBARIC*****XX*{STAFF[0][3]}~HL*3*2*22*1~NM1*IL*1*")
    ln.p(asc(p["last"]).upper() + "*" + asc(p["first"]).upper() + "*" + p["mi"], "name").t("***MI*").p(p["payer"][2], "health_plan").t("~DMG*D8*")
    ln.p(p["dob"].strftime("%Y%m%d"), "date").t(f"*{p['sex']}~HL*4*3*EV*1~UM*HS*I*1~DTP*472*RD8*").p(start.strftime("%Y%m%d") + "-" + end.strftime("%Y%m%d"), "date")
    ln.t(f"~HI*ABK:{R.choice(ICD).replace('.', '')}*ABF:{R.choice(ICD).replace('.', '')}~HL*5*4*SS*0~SV1*HC:{R.choice(['99183', 'G0277', 'E2402'])}*0*UN*40~SE*17*0001~GE*1*1~IEA*1*{ctl}~")
    return [ln]


def pa_line(t, level, logger):
    ln = Ln("pa_checker")
    ln.t(f"{t.strftime('%Y-%m-%d %H:%M:%S')},{t.microsecond // 1000:03d} {level} [{logger}] ")
    return ln


def fam_pa(phi):
    t = tick()
    if not phi:
        k = R.randrange(6)
        if k == 0:
            return [pa_line(t, "INFO", "pa.worker").t(f"polled queue=pa-pending depth={R.randint(0, 30)} in {R.randint(5, 90)}ms worker=pa-{R.randint(1, 4)}")]
        if k == 1:
            return [pa_line(t, "WARNING", "pa.rules").t(f"ruleset NCD20.29 v2024-04 loaded ({R.randint(9, 14)} rules); 2 deprecated: HBO-SOFT-TISSUE-RAD, HBO-CO-CHRONIC")]
        if k == 2:
            return [pa_line(t, "INFO", "pa.client").t(f"POST https://api.availity.com/availity/v1/service-reviews -> 202 in {R.randint(300, 2000)}ms x-request-id={uid()}")]
        if k == 3:
            return [pa_line(t, "INFO", "pa.rules").t(f"self-test with CMS sample beneficiary MBI 1EG4-TE5-MK73: 14/14 rules evaluated, 0 errors (fixture job={uid()[:8]})")]
        if k == 4:
            return [pa_line(t, "ERROR", "pa.client").t(f"esMD gateway timeout after 30000ms (endpoint=https://esmdg.cms.gov/submit, attempt {R.randint(1, 3)}/5)")]
        sub = R.randint(12, 40)
        aff = R.randint(5, sub - 6)
        na = R.randint(0, 6)
        return [pa_line(t, "INFO", "pa.report").t(f"daily summary submitted={sub} affirmed={aff} non_affirmed={na} pending={sub - aff - na} "
                                                  f"avg_turnaround_h={R.uniform(20, 110):.1f}")]
    p = old_or_any()
    case = f"PA-24-{R.randint(1000, 9999):05d}"
    k = cyc("fam_pa", 4)
    if k == 0:
        ln = pa_line(t, "INFO", "pa.rules").t("case ").p(case, "other_id").t(" bene ").p(nm(p, "lf"), "name").t(" MBI=" if p["payer"][0] == "MCR" else " member=")
        ln.p(p["payer"][2] if R.random() < 0.5 or p["payer"][0] != "MCR" else p["payer"][2][:4] + "-" + p["payer"][2][4:7] + "-" + p["payer"][2][7:], "health_plan")
        ln.t(" DOB ").p(fmt_date(p["dob"], 1), "date").t(" (age ").p(str(p["age"]), "age" if p["age"] > 89 else None)
        ln.t(f"): NCD 20.29 DFU checklist Wagner>=III=Y, 30d SOC=Y, no measurable improvement=Y -> PASS")
        return [ln]
    if k == 1:
        f2f = past_day(3, 25)
        ln = pa_line(t, "WARNING", "pa.docs").t("case ").p(case, "other_id").t(" LCD L33821 (NPWT) missing element: wound measurements before ").p(fmt_date(f2f, 2), "date")
        ln.t(" face-to-face for ").p(nm(p, "LFM"), "name").t("; requesting addendum from Dr. " + R.choice(STAFF)[1])
        return [ln]
    if k == 2:
        utn = f"{R.choice(['JL', 'JH'])}{R.randint(10, 99)}{R.choice('ABCDEF')}{R.randint(10**9, 10**10 - 1)}"
        ln = pa_line(t, "INFO", "pa.client").t("case ").p(case, "other_id").t(" affirmed, UTN ").p(utn, "other_id").t(" valid ")
        d0 = clock.date() + timedelta(days=1)
        ln.p(fmt_date(d0, 1), "date").t("-").p(fmt_date(d0 + timedelta(days=120), 1), "date").t(" for 40 units 99183")
        return [ln]
    ln = pa_line(t, "ERROR", "pa.docs").t("OCR of signed DWO failed for case ").p(case, "other_id").t(": page 2 unreadable (pt SSN ").p(p["ssn"], "ssn").t(" found in free text, redaction queued)")
    return [ln]


def hl7_msh(ln, t, typ, ctl, sending="NSHS_ADT"):
    ln.t(f"MSH|^~\\&|{sending}|NORTHSHORE|LKWC_ENG|LKWC|{t.strftime('%Y%m%d%H%M%S')}||{typ}|{ctl}|P|2.5.1|||AL|NE")
    return ln


def pid_seg(p, ln):
    addr = [P(p["street"], "address"), "^", P(p["unit"], "address") if p["unit"] else "", "^", P(asc(p["city"]).upper(), "address"), f"^{p['st']}^",
            P(p["zip"], "zip"), "^USA^H"]
    fields = {1: "1", 3: [P(p["mrn"], "mrn"), "^^^LKWC^MR~", P(p["hmrn"], "mrn"), "^^^NSHS^MR"], 5: P(nm(p, "hl7"), "name"),
              7: P(p["dob"].strftime("%Y%m%d"), "date"), 8: p["sex"], 10: R.choice(["2106-3^White^CDCREC", "2054-5^Black or African American^CDCREC", "2028-9^Asian^CDCREC", "2131-1^Other Race^CDCREC"]),
              11: addr, 12: P(p["fips"], "address"), 13: [P(fmt_phone(p["home"], 0), "phone"), "^PRN^PH~^NET^Internet^", P(p["email"], "email")],
              15: R.choice(["eng^English^ISO6392", "spa^Spanish^ISO6392", "pol^Polish^ISO6392"]), 16: R.choice(["M", "W", "S", "D"]),
              18: [P(p["acct"], "account"), "^^^LKWC^AN"], 19: P(p["ssn"].replace("-", "") if R.random() < 0.5 else p["ssn"], "ssn"),
              20: [P(p["dl"], "license"), f"^{p['st']}"]}
    return seg(ln, "PID", fields)


def fam_hl7(phi):
    t = tick()
    ctl = f"NS{R.randint(10**7, 10**8 - 1)}"
    if not phi:
        a = Ln("hl7v2").t(f"MSH|^~\\&|LKWC_ENG|LKWC|NSHS_ADT|NORTHSHORE|{t.strftime('%Y%m%d%H%M%S')}||ACK^{R.choice(['A04', 'A08', 'A03'])}^ACK|ACK{R.randint(10**6, 10**7 - 1)}|P|2.5.1")
        b = Ln("hl7v2").t(f"MSA|AA|{ctl}|Message accepted")
        return [a, b]
    p = R.choice(PTS)
    doc = R.choice(STAFF)
    out = []
    if R.random() < 0.5:
        typ = R.choice(["A04", "A08", "A03"])
        out.append(hl7_msh(Ln("hl7v2"), t, f"ADT^{typ}^ADT_A01", ctl))
        out.append(Ln("hl7v2").t(f"EVN|{typ}|{t.strftime('%Y%m%d%H%M%S')}|||{R.choice(USERS)}^{R.choice(['Nowak', 'Obi', 'Ruiz'])}^^^^^^NSHS"))
        out.append(pid_seg(p, Ln("hl7v2")))
        if R.random() < 0.7:
            r = p["rel"]
            out.append(seg(Ln("hl7v2"), "NK1", {1: "1", 2: P(rname(p, "hl7"), "name"), 3: f"{r['rel'][:3].upper()}^{r['rel'].title()}^HL70063",
                                                5: P(fmt_phone(r["phone"], 1), "phone"), 7: "EC^Emergency Contact^HL70131"}))
        adm = datetime.combine(clock.date(), datetime.min.time()) + timedelta(minutes=R.randint(400, 900))
        out.append(seg(Ln("hl7v2"), "PV1", {1: "1", 2: "O", 3: f"{R.choice(SITES)}^WND^{R.randint(1, 12)}^LKWC", 7: f"{doc[3]}^{doc[1].upper()}^{doc[0].upper()}^^^^{doc[2]}",
                                            10: R.choice(["WND", "HBO"]), 18: "OP", 19: [P(p["enc"], "other_id"), "^^^LKWC^VN"], 20: "MCR" if p["payer"][0] == "MCR" else "COM",
                                            44: P(adm.strftime("%Y%m%d%H%M"), "date")}))
        if R.random() < 0.6:
            out.append(seg(Ln("hl7v2"), "IN1", {1: "1", 2: f"{p['payer'][0]}01", 3: p["payer"][0], 4: p["payer"][1].upper(), 8: f"GRP{R.randint(10000, 99999)}",
                                                16: P(nm(p, "hl7").rsplit("^", 1)[0], "name"), 17: "SEL", 18: P(p["dob"].strftime("%Y%m%d"), "date"),
                                                36: P(p["payer"][2], "health_plan")}))
    else:
        typ = R.choice(["S12", "S14", "S15"])
        slot = future_slot()
        endt = slot + timedelta(minutes=120)
        appt = f"AP-{R.randint(10**6, 10**7 - 1)}"
        out.append(Ln("hl7v2").t(f"MSH|^~\\&|LKWC_SCHED|LKWC|NSHS_ADT|NORTHSHORE|{t.strftime('%Y%m%d%H%M%S')}||SIU^{typ}^SIU_S12|{ctl}|P|2.5.1|||AL|NE"))
        out.append(seg(Ln("hl7v2"), "SCH", {1: f"{appt}^LKWC", 2: f"{appt}^LKWC", 6: "HBOT^Hyperbaric oxygen treatment", 7: "ROUTINE", 9: "120", 10: "min",
                                            11: ["^^120^", P(slot.strftime("%Y%m%d%H%M%S"), "date"), "^", P(endt.strftime("%Y%m%d%H%M%S"), "date")],
                                            25: {"S12": "Booked", "S14": "Booked", "S15": "Cancelled"}[typ]}))
        out.append(pid_seg(p, Ln("hl7v2")))
        out.append(Ln("hl7v2").t("RGS|1|A"))
        out.append(seg(Ln("hl7v2"), "AIS", {1: "1", 2: "A", 3: "99183^HBOT PHYSICIAN ATTENDANCE^CPT", 4: P(slot.strftime("%Y%m%d%H%M%S"), "date"), 5: "0", 6: "min", 7: "120", 8: "min"}))
        out.append(Ln("hl7v2").t(f"AIG|1|A|{chamber()}^Monoplace Chamber^LKWC|CHAMBER"))
        out.append(Ln("hl7v2").t(f"AIP|1|A|{doc[3]}^{doc[1].upper()}^{doc[0].upper()}^^^^{doc[2]}|ATTENDING"))
    return out


def fam_mirth(phi):
    t = tick()
    th = R.choice(["Main Server Thread", "TCP Listener Thread on ADT_IN (6661)", "pool-4-thread-2", "DB Writer ADT_TO_EHR"])
    ln = Ln("mirth_log")
    if not phi:
        k = R.randrange(4)
        ln.t(f"{'INFO ' if k != 3 else 'WARN '} {ms(t)} [{th}] ")
        if k == 0:
            ln.t(f"com.mirth.connect.server.controllers.DonkeyEngineController: Channel ADT_TO_EHR ({uid()}) deployed in {R.randint(200, 2000)} ms")
        elif k == 1:
            ln.t(f"com.mirth.connect.connectors.tcp.TcpReceiver: Connection accepted from 10.40.{R.randint(0, 9)}.{R.randint(2, 250)}:{R.randint(40000, 65000)} on port 6661")
        elif k == 2:
            ln.t(f"com.mirth.connect.donkey.server.queue.ConnectorMessageQueue: queue size={R.randint(0, 300)} for SIU_OUT destination 1")
        else:
            ln.t(f"com.mirth.connect.connectors.tcp.TcpDispatcher: Timeout waiting for response from 10.40.2.{R.randint(2, 250)}:7000 after 30000 ms, will retry")
        return [ln]
    p = R.choice(PTS)
    ln.t(f"ERROR {ms(t)} [{th}] com.mirth.connect.server.transformers.JavaScriptFilterTransformer: Error evaluating transformer (ADT_TO_EHR, msgId {R.randint(10000, 99999)}): "
         f"TypeError: Cannot read property \"PID.20\" from undefined\\rMSH|^~\\\\&|NSHS_ADT|NORTHSHORE|LKWC_ENG|LKWC|{t.strftime('%Y%m%d%H%M%S')}||ADT^A08|NS{R.randint(10**7, 10**8 - 1)}|P|2.5.1\\rPID|1||")
    ln.p(p["hmrn"], "mrn").t("^^^NSHS^MR||").p(nm(p, "hl7"), "name").t("||").p(p["dob"].strftime("%Y%m%d"), "date").t(f"|{p['sex']}|||").p(p["street"], "address").t("^^")
    ln.p(asc(p["city"]).upper(), "address").t(f"^{p['st']}^").p(p["zip"], "zip").t("\\r")
    return [ln]


def fam_fax(phi):
    t = tick()
    job = f"FX-{clock.strftime('%y%m%d')}-{R.randint(1, 400):04d}"
    sup = R.choice(SUPPLIERS)
    out = []
    ln_i = [0]

    def L(page=1):
        ln_i[0] += 1
        return Ln("fax_ocr").t(f"faxocr {job} p{page} l{ln_i[0]:02d}| ")

    if not phi:
        out.append(L().t(f"FAX  To: {sup[0]}   Fax: {fmt_phone(sup[1], 0)}   From: Lakeshore Wound & Hyperbaric   Fax: (847) 555-0101"))
        out.append(L().t("CONFIDENTIALITY NOTICE: This facsimile contains information that is privileged and confidential. If you received it in error,"))
        out.append(L().t("notify the sender at (847) 555-0100 and destroy all copies. Pages (incl. cover): " + str(R.randint(2, 6))))
        return out
    p = R.choice(NPWT_PTS)
    doc = R.choice(STAFF)
    out.append(L().t("STANDARD WRITTEN ORDER - NEGATIVE PRESSURE WOUND THERAPY"))
    out.append(L().t("Patient Name: ").p(nm(p, R.choice(["LF", "lf"])), "name").t("      DOB: ").p(fmt_date(p["dob"], R.choice([1, 2, 3])), "date").t("   Sex: " + p["sex"]))
    addr = L().t("Address: ").p(p["street"] + (", " + p["unit"] if p["unit"] else ""), "address").t(", ").p(p["city"], "address").t(f" {p['st']} ").p(p["zip"], "zip")
    out.append(addr)
    ph = L().t("Phone: ").p(fmt_phone(p["home"]), "phone")
    if R.random() < 0.4:
        ph.t("   Alt (").t(p["rel"]["rel"]).t("): ").p(rname(p), "name").t(" ").p(fmt_phone(p["rel"]["phone"]), "phone")
    out.append(ph)
    if R.random() < 0.5:
        out.append(L().t("Insurance: " + p["payer"][1] + "   ID#: ").p(p["payer"][2], "health_plan").t("   SSN: ").add(
            P(p["ssn"], "ssn") if R.random() < 0.5 else "***-**-" + p["ssn"][-4:]))
    else:
        out.append(L().t("Insurance: " + p["payer"][1] + "   Member ID ").p(p["payer"][2], "health_plan"))
    if R.random() < 0.5:
        out.append(L().t("Driver lic (for delivery ID check): ").p(p["dl"], "license").t(" " + p["st"] + "   Pt fax for delivery confirmation: ").p(fmt_phone(p["rel"]["phone"][:6] + f"{R.randint(0, 9999):04d}", 1), "fax"))
    for code, desc, q in R.sample(HCPCS, 3):
        out.append(L().t(f"{code}   {desc}   Qty {q}/mo   LON 99"))
    out.append(L(2).t(f"Ordering practitioner: {doc[0]} {doc[1]}, {doc[2]}   NPI {doc[3]}   Dx: {R.choice(ICD)}, {R.choice(ICD)}"))
    out.append(L(2).t("Date of order: ").p(fmt_date(clock.date(), 1), "date").t(f"   Signed electronically {t.strftime('%m/%d/%Y %H:%M')}"))
    return out


def fam_hylafax(phi):
    t = tick()
    sup = R.choice(SUPPLIERS)
    ln = Ln("hylafax_xferlog")
    cols = [t.strftime("%m/%d/%y %H:%M"), "SEND", f"{R.randint(0, 0xFFFFFF):08X}", "ttyIAX0", str(R.randint(1000, 9999))]
    ln.t("\t".join(cols) + "\t")
    if not phi:
        tag = R.choice(["dme_orders", "batch CMN", "ref-letters", "pa_docs"])
        ln.t(f'"{tag}"\t{R.choice(USERS)}@wcc-{R.choice(SITES).lower()}\t"1{sup[1]}"\t"{asc(sup[0]).upper()[:20]}"\t{R.choice([53, 9, 21])}\t{R.randint(1, 8)}\t'
             f'0:0{R.randint(0, 3)}:{R.randint(10, 59)}\t0:00:{R.randint(10, 59)}\t"{R.choice(["", "", "No carrier detected", "Busy signal detected"])}"')
        return [ln]
    p = R.choice(NPWT_PTS)
    ln.t('"SWO ').p(nm(p, R.choice(["lfi", "LF", "l"])), "name").t(f'"\t{R.choice(USERS)}@wcc-{R.choice(SITES).lower()}\t"1{sup[1]}"\t"{asc(sup[0]).upper()[:20]}"\t53\t{R.randint(2, 6)}\t'
                                                                     f'0:01:{R.randint(10, 59)}\t0:00:{R.randint(30, 59)}\t""')
    return [ln]


def fam_dme(phi):
    t = tick()
    ln = Ln("dme_json")
    order = f"DME-{clock.strftime('%y%m')}-{R.randint(1, 9999):05d}"
    if not phi:
        jw(ln, {"event": "order.status_changed", "orderId": order, "supplierId": f"SUP-{R.randint(100, 999)}",
                "status": R.choice(["RECEIVED", "IN_REVIEW", "SHIPPED", "DELIVERED", "NEEDS_INFO"]),
                "tracking": f"1Z{hexs(6).upper()}03{R.randint(10**7, 10**8 - 1)}", "at": iso_z(t), "webhookAttempt": R.randint(1, 3)})
        return [ln]
    p = R.choice(NPWT_PTS)
    doc = R.choice(STAFF)
    code, desc, q = R.choice(HCPCS)
    obj = {"event": "order.submitted", "orderId": order, "at": iso_z(t),
           "supplier": {"name": R.choice(SUPPLIERS)[0], "npi": f"1{R.randint(10**8, 10**9 - 1)}"},
           "patient": {"firstName": P(p["first"], "name"), "lastName": P(p["last"], "name"), "dob": P(fmt_date(p["dob"], R.choice([0, 1])), "date"),
                       "shipTo": {"line1": P(p["street"], "address"), "line2": P(p["unit"], "address") if p["unit"] else "", "city": P(p["city"], "address"),
                                  "state": p["st"], "postalCode": P(p["zip"], "zip")},
                       "phone": P(fmt_phone(p["cell"], R.choice([1, 3])), "phone")},
           "coverage": {"payer": p["payer"][1], "memberId": P(p["payer"][2], "health_plan")},
           "items": [{"hcpcs": code, "desc": desc, "qty": q}],
           "orderingNpi": doc[3], "woundStage": R.choice(["Wagner 3", "Stage 4", "full thickness"])}
    if R.random() < 0.4:
        obj["patient"]["email"] = P(p["email"], "email")
    jw(ln, obj)
    return [ln]


def fam_zerolog(phi):
    t = tick()
    console = R.random() < 0.35
    if not phi:
        k = R.randrange(5)
        if k == 0:
            f = {"method": "GET", "path": "/healthz", "status": 200, "latency_ms": round(R.uniform(0.1, 2), 3), "remote": f"10.20.0.{R.randint(2, 9)}:{R.randint(30000, 60000)}"}
            lvl, msg = "debug", "request"
        elif k == 1:
            f = {"chamber": chamber(), "window": (clock.date() + timedelta(days=R.randint(1, 9))).isoformat(), "free_slots": 0}
            lvl, msg = "warn", "chamber fully booked"
        elif k == 2:
            f = {"error": "context deadline exceeded", "caller": f"internal/hl7/siu.go:{R.randint(100, 300)}", "attempt": R.randint(1, 5)}
            lvl, msg = "error", "SIU publish failed"
        elif k == 3:
            due = R.randint(0, 80)
            f = {"job": "reminder-batch", "due": due, "sent": due - R.choice([0, 0, 0, 1, 2]) if due > 2 else due, "dur": f"{R.uniform(0.2, 9):.2f}s"}
            lvl, msg = "info", "reminder batch complete"
        else:
            f = {"ver": f"1.{R.randint(10, 18)}.{R.randint(0, 9)}", "commit": hexs(7), "go": "go1.22.2", "addr": ":8086"}
            lvl, msg = "info", "hbot-sched listening"
        return [zl_line(t, lvl, f, msg, console)]
    p = R.choice(HBOT_PTS)
    k = cyc("fam_zerolog", 3)
    slot = future_slot()
    if k == 0:
        f = {"appt": f"AP-{R.randint(10**6, 10**7 - 1)}", "chamber": chamber(), "patient": M("Patient/", P(str(p["pk"]), "other_id")),
             "start": P(iso_local(slot), "date"), "dur_min": 120}
        msg = "appointment booked"
    elif k == 1:
        f = {"to": P("+1" + p["cell"], "phone"), "template": "hbot_reminder_24h", "slot": P(iso_local(slot), "date"), "twilio_sid": "SM" + hexs(32)}
        msg = "sms queued"
    else:
        f = {"patient_name": P(nm(p, "lf"), "name"), "mrn": P(p["mrn"], "mrn"), "conflict_with": P(iso_local(slot), "date"), "chamber": chamber()}
        msg = "double booking prevented"
    return [zl_line(t, "info" if k < 2 else "warn", f, msg, console)]


def zl_line(t, lvl, fields, msg, console):
    if not console:
        ln = Ln("zerolog_json")
        obj = {"level": lvl, "svc": "hbot-sched", "time": iso_local(t)}
        obj.update(fields)
        obj["message"] = msg
        jw(ln, obj)
        return ln
    ln = Ln("zerolog_console")
    ln.t(f"{t.strftime('%I:%M%p').lstrip('0')} {dict(debug='DBG', info='INF', warn='WRN', error='ERR')[lvl]} {msg}")
    for k in sorted(fields):
        v = fields[k]
        ln.t(f" {k}=")
        if isinstance(v, M):
            for part in v.parts:
                ln.add(part)
        elif isinstance(v, P):
            sv = str(v.v)
            if " " in sv or "," in sv:
                ln.t('"').p(sv, v.cat).t('"')
            else:
                ln.p(sv, v.cat)
        else:
            ln.t(str(v))
    return ln


def fam_triage(phi):
    t = tick()
    if not phi:
        k = R.randrange(3)
        ln = Ln("triage_note").t(f"{t.strftime('%b %d %H:%M:%S')} triage-app[{R.randint(4000, 4999)}]: ")
        if k == 0:
            ln.t(f"queue=RN-{R.choice(SITES)} open={R.randint(0, 12)} oldest={R.randint(0, 1):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d} sla_breaches={R.randint(0, 2)}")
        elif k == 1:
            ln.t(f"template TRIAGE_WOUND_v{R.randint(6, 9)} published by admin (questions={R.randint(14, 30)})")
        else:
            ln.t(f"callback reminder job ran, due={R.randint(0, 9)} overdue={R.randint(0, 3)} nurse_line=(847) 555-0110")
        return [ln]
    p = old_or_any()
    rn = R.choice(NURSES)
    k = cyc("fam_triage", 8)
    hs = "her" if p["sex"] == "F" else "him"
    mr = "Ms." if p["sex"] == "F" else "Mr."
    onset = past_day(1, 5)
    ln = Ln("triage_note")
    if k == 0:
        ln.t(f"TEL ENC | {t.strftime('%m/%d/%Y %H:%M')} | {rn} | Caller: ").p(rname(p), "name").t(f" ({p['rel']['rel']}) ").p(fmt_phone(p["rel"]["phone"]), "phone")
        ln.t(" | Pt: ").p(nm(p, "lf"), "name").t(" DOB ").p(fmt_date(p["dob"], 2), "date").t(" | S: caller reports NPWT dressing saturated since ~0300, pump alarming LEAK. A: ")
        ln.p(str(p["age"]), "age" if p["age"] > 89 else None).t(" yo, afebrile per caller (98.9). P: reinforce seal w/ drape; if alarm persists >2h remove dressing, moist gauze, call back.")
    elif k == 1:
        ln.t(f"{t.strftime('%b %d %H:%M:%S')} triage-app[{R.randint(4000, 4999)}]: note_id=TN-{R.randint(700000, 799999)} author={R.choice(USERS)} pt_mrn=").p(p["mrn"], "mrn")
        ln.t(' text="Pt called c/o increased ear pain after dive on ').p(short_md(onset), "date").t('. Denies drainage/vertigo. Advised hold tx, ENT eval, Dr notified."')
    elif k == 2:
        ln.t(f"Nurse triage {t.strftime('%H%M')}: spoke w/ pt's {p['rel']['rel']} ").p(rname(p), "name").t(" at ").p(fmt_phone(p["rel"]["phone"], 0), "phone")
        ln.t(", states ").p(nm(p, "fl"), "name").t(" (").p(str(p["age"]), "age" if p["age"] > 89 else None).t(" y/o) has new blister R great toe since ").p(fmt_date(onset, 1), "date")
        ln.t(", no fever. Appt moved up, see SIU. -" + rn.split(",")[0])
    elif k == 3:
        ln.t(f"RN note ({rn}): pt ").p(nm(p, "il"), "name").t(" requests wound photos be e-mailed to ").p(p["email"], "email")
        ln.t(f", declined portal. Verified ID w/ DOB + last 4 SSN ({p['ssn'][-4:]}). Sent via secure mail.")
    elif k == 4:
        url = R.choice([f"https://photos.app.goo.gl/{''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789') for _ in range(17))}",
                        f"https://www.caringbridge.org/site/{asc(p['first']).lower().replace(' ', '')}-{asc(p['last']).lower().replace(' ', '-').replace(chr(39), '')}"])
        ln.t("Triage f/u: ").p(rname(p, "f"), "name").t(f" ({p['rel']['rel']}) shared wound pics of " + mr + " ").p(p["last"], "name").t(" at ").p(url, "url")
        ln.t(" — reviewed w/ NP Chen, periwound erythema ~2 cm, start doxy per protocol.")
    elif k == 5:
        ln.t(f"{t.strftime('%Y-%m-%d %H:%M')} triage RN {rn.split(',')[0]}: ").p(nm(p, "fl"), "name").t("'s neighbor will drive " + hs + " to HBOT this wk (")
        ln.t(R.choice(["gray Buick", "white Ford Transit", "red Honda CR-V"]) + f", {p['st']} plate ").p(p["plate"], "vehicle").t(") - added to lot permit list.")
    elif k == 7:
        ln.t(f"{t.strftime('%m/%d %H:%M')} TC from ").p(rname(p), "name").t(f" ({p['rel']['rel']} of pt ").p(nm(p, "lfm"), "name")
        ln.t("): will fax signed HBO consent + ins card from " + ("her" if p["rel"]["sex"] == "F" else "his") + " work fax ").p(fmt_phone(p["rel"]["phone"][:6] + f"{(int(p['rel']['phone'][6:]) + 7) % 10000:04d}", R.choice([0, 1, 2])), "fax")
        ln.t(" to our fax (847) 555-0101; cb ").p(fmt_phone(p["rel"]["phone"]), "phone").t(". " + rn)
    else:
        ln.t(f"Llamada {t.strftime('%d/%m %H:%M')} (enf. D. Ruiz): {'hija' if p['rel']['sex'] == 'F' else 'hijo'} ").p(rname(p), "name").t(" tel ").p(fmt_phone(p["rel"]["phone"], 2), "phone")
        ln.t(" refiere que su " + ("madre " if p["sex"] == "F" else "padre ")).p(nm(p, "fl"), "name").t(" tiene más dolor y olor en la herida desde el ").p(onset.strftime("%d/%m"), "date")
        ln.t(". Se indica acudir a urgencias si fiebre >38.")
    return [ln]


REG_HDR = "submission_id,site_npi,pt_mrn,dob,sex,zip3,county,wound_id,etiology,wagner,onset_date,first_visit,hbot_tx,healed,healed_date"


def fam_registry(phi):
    t = tick()
    if not phi:
        k = R.randrange(4)
        if k == 0:
            return [Ln("registry_csv").t(REG_HDR)]
        ln = Ln("registry_job").t(f"{iso_z(t, 0)} registry-submit ")
        if k == 1:
            site = R.choice(SITES)
            rows = R.randint(80, 500)
            rej = R.randint(0, 5)
            ln.t(f"INFO batch=2024-04 site={site} rows={rows} accepted={rows - rej} rejected={rej} file=uswr_2024_04_{site}.csv sha256={hexs(64)}")
        elif k == 2:
            ln.t(f"INFO sftp put uswr_2024_04.csv -> sftp.registry.example.org:22 ({R.randint(40, 900)} KiB) ok")
        else:
            ln.t("WARN schema v2024.1: column 'zip3' required (5-digit zip no longer accepted), 'county' optional")
        return [ln]
    p = R.choice(PTS)
    onset = clock.date() - timedelta(days=R.randint(60, 400))
    first = onset + timedelta(days=R.randint(10, 50))
    healed = R.random() < 0.4 and (clock.date() - first).days > 30
    k = cyc("fam_registry", 3)
    if k < 2:
        ln = Ln("registry_csv").t(f"SUB-{R.randint(10**5, 10**6 - 1)},{STAFF[0][3]},").p(p["mrn"], "mrn").t(",").p(p["dob"].isoformat(), "date").t(f",{p['sex']},{p['zip'][:3]},")
        ln.p(p["county"], "address").t(f",W{R.randint(1, 4)},{R.choice(['DFU', 'VLU', 'PI', 'RAD', 'ARTERIAL'])},{R.randint(0, 5)},").p(onset.isoformat(), "date").t(",").p(first.isoformat(), "date")
        ln.t(f",{R.randint(0, 60)},{'Y' if healed else 'N'},")
        if healed:
            ln.p((first + timedelta(days=R.randint(20, (clock.date() - first).days - 5))).isoformat(), "date")
        return [ln]
    ln = Ln("registry_job").t(f"{iso_z(t, 0)} registry-submit ERROR row {R.randint(2, 500)} rejected: invalid dob '")
    ln.p(f"{p['dob'].year}-02-30", "date").t("' for mrn ").p(p["mrn"], "mrn").t(" (").p(nm(p, "LF"), "name").t(")")
    return [ln]


WIN_HOSTS = [f"{s}-EXAM{n}" for s in SITES for n in (1, 2, 3)] + [f"{s}-FRONT1" for s in SITES]


def win_json(t, host, eid, src, channel, msg, extra=None, level="INFO", etype="INFO"):
    ln = Ln("winevt_json")
    obj = {"EventTime": t.strftime("%Y-%m-%d %H:%M:%S"), "Hostname": f"{host}.lakeshore.local", "Keywords": -9214364837600034816 if channel == "Security" else 36028797018963968,
           "EventType": etype, "SeverityValue": 2 if level == "INFO" else 4, "Severity": level, "EventID": eid, "SourceName": src,
           "Task": R.choice([0, 12544, 12545, 13824]), "RecordNumber": R.randint(100000, 9999999), "ProcessID": R.randint(4, 9000),
           "ThreadID": R.randint(100, 9000), "Channel": channel, "Message": msg}
    if extra:
        obj.update(extra)
    jw(ln, obj)
    return ln


def fam_win(phi):
    t = tick()
    host = R.choice(WIN_HOSTS)
    if not phi:
        k = R.randrange(6)
        if k == 0:
            u = R.choice(USERS)
            return [win_json(t, host, 4624, "Microsoft-Windows-Security-Auditing", "Security", "An account was successfully logged on.",
                             {"TargetUserName": u, "TargetDomainName": "LAKESHORE", "LogonType": R.choice(["2", "7", "11"]), "IpAddress": "-",
                              "LogonGuid": "{" + uid().upper() + "}"}, etype="AUDIT_SUCCESS")]
        if k == 1:
            return [win_json(t, host, 7036, "Service Control Manager", "System", f"The {R.choice(['Windows Update', 'Print Spooler', 'WoundSnap Sync Agent', 'Imprivata Agent'])} service entered the {R.choice(['running', 'stopped'])} state.")]
        if k == 2:
            return [win_json(t, host, 4740, "Microsoft-Windows-Security-Auditing", "Security", "A user account was locked out.",
                             {"TargetUserName": R.choice(USERS), "SubjectUserName": "DC01$"}, level="WARNING", etype="AUDIT_SUCCESS")]
        if k == 3:
            return [win_json(t, host, 1116, "Microsoft-Windows-Windows Defender", "Microsoft-Windows-Windows Defender/Operational",
                             f"Microsoft Defender Antivirus has detected malware or other potentially unwanted software. Name: PUA:Win32/Presenoker Path: file:_C:\\Users\\{R.choice(USERS)}\\Downloads\\setup_{R.randint(100, 999)}.exe",
                             level="WARNING", etype="WARNING")]
        if k == 4 and R.random() < 0.4:
            return win_text(t, host, "System", "EventLog", 6008, "Error", "N/A",
                            [f"The previous system shutdown at {nudge(t, -900, -300).strftime('%I:%M:%S %p')} on {t.strftime('%m/%d/%Y')} was unexpected."])
        if k == 5 and R.random() < 0.4:
            return win_text(t, host, "Application", "Microsoft-Windows-Winlogon", 6000, "Information", "N/A",
                        ["The winlogon notification subscriber <SessionEnv> was unavailable to handle a notification event."])
        return [win_json(t, host, 4634, "Microsoft-Windows-Security-Auditing", "Security", "An account was logged off.",
                         {"TargetUserName": R.choice(USERS), "TargetDomainName": "LAKESHORE", "LogonType": "2"}, etype="AUDIT_SUCCESS")]
    p = R.choice(PTS)
    k = cyc("fam_win", 4)
    u = R.choice(USERS)
    if k == 0:
        doc = f"{nm(p, 'file')}_{R.choice(['SWO', 'DWO', 'HBO_consent', 'wound_photos'])}_{clock.strftime('%m%d')}.pdf"
        docno = R.randint(2, 99)
        return [win_json(t, host, 307, "Microsoft-Windows-PrintService", "Microsoft-Windows-PrintService/Operational",
                         M(f"Document {docno}, ", P(nm(p, "file"), "name"), doc[len(nm(p, "file")):],
                           f" owned by {u} on \\\\{host} was printed on {host.split('-')[0]}-MFP-01 through port IP_10.20.4.{R.randint(40, 60)}. Size in bytes: {R.randint(20000, 900000)}. Pages printed: {R.randint(1, 8)}. No user action is required."),
                         {"Param1": str(docno)})]
    if k == 1:
        return [win_json(t, host, 4663, "Microsoft-Windows-Security-Auditing", "Security", "An attempt was made to access an object.",
                         {"SubjectUserName": u, "ObjectType": "File",
                          "ObjectName": M(f"\\\\fs01\\scans\\Intake\\2024-05\\", P(asc(p["last"]).upper().replace(" ", ""), "name"), "_", P(asc(p["first"]).upper().replace(" ", ""), "name"), "_DOB",
                                          P(p["dob"].strftime("%m%d%Y"), "date"), ".pdf"), "AccessMask": "0x1"}, etype="AUDIT_SUCCESS")]
    if k == 2:
        return win_text(t, host, "Application", "WoundSnapSync", 1001, "Error", f"LAKESHORE\\{u}",
                        [M("Sync failed for chart ", P(p["mrn"], "mrn"), " (", P(nm(p, "LF"), "name"), "): HTTP 409 Conflict - newer assessment exists on server"),
                         f"Correlation: {uid()}"])
    return [win_json(t, host, 1000, "Application Error", "Application",
                     M("Faulting application name: AcroRd32.exe, version: 24.2.20687.0, faulting module name: ntdll.dll, exception code: 0xc0000005, faulting file: C:\\Users\\",
                       u, "\\Documents\\Exports\\", P(nm(p, "file"), "name"), "_", P(p["mrn"], "mrn"), "_wound_report.pdf"), level="ERROR", etype="ERROR")]


def win_text(t, host, log, src, eid, level, user, desc_lines):
    out = []
    F = "winevt_text"
    out.append(Ln(F).t(f"Event[{R.randint(0, 40)}]:"))
    out.append(Ln(F).t(f"  Log Name: {log}"))
    out.append(Ln(F).t(f"  Source: {src}"))
    out.append(Ln(F).t(f"  Date: {t.strftime('%Y-%m-%dT%H:%M:%S.')}{t.microsecond // 1000:03d}"))
    out.append(Ln(F).t(f"  Event ID: {eid}"))
    out.append(Ln(F).t(f"  Level: {level}"))
    out.append(Ln(F).t(f"  User: {user}"))
    out.append(Ln(F).t(f"  Computer: {host}.lakeshore.local"))
    out.append(Ln(F).t("  Description:"))
    for d in desc_lines:
        ln = Ln(F)
        if isinstance(d, M):
            for part in d.parts:
                ln.add(part)
        else:
            ln.t(d)
        out.append(ln)
    return out


def pub_ip():
    while True:
        a = R.choice([24, 50, 67, 68, 69, 71, 73, 75, 76, 98, 99, 107, 108, 162, 172, 174])
        b = R.randint(0, 255)
        if a == 172 and 16 <= b <= 31:
            continue
        return f"{a}.{b}.{R.randint(0, 255)}.{R.randint(1, 254)}"


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 14; SM-S911U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0"]


def fam_nginx(phi):
    t = tick()
    ln = Ln("nginx_access")
    stamp = t.strftime("[%d/%b/%Y:%H:%M:%S -0500]")
    if not phi:
        k = R.randrange(4)
        if k == 0:
            ln.t(f'10.20.0.{R.randint(2, 9)} - - {stamp} "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" rt=0.001 uct=0.000')
        elif k == 1:
            ln.t(f'{R.choice(["66.249.66.", "40.77.167."])}{R.randint(1, 250)} - - {stamp} "GET /robots.txt HTTP/1.1" 200 67 "-" "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" rt=0.002')
        elif k == 2:
            ln.t(f'198.51.100.{R.randint(1, 250)} - - {stamp} "GET /static/portal.{hexs(8)}.js HTTP/2.0" 304 0 "https://portal.lakeshorewound.org/" "{R.choice(UAS)}" rt=0.000')
        else:
            ln.t(f'10.20.0.{R.randint(2, 9)} - - {stamp} "POST /internal/metrics HTTP/1.1" 204 0 "-" "prometheus/2.51.1" rt=0.004')
        return [ln]
    p = R.choice(PTS)
    ip = pub_ip()
    k = cyc("fam_nginx", 3)
    ln.p(ip, "ip").t(f" - - {stamp} ")
    if k == 0:
        ln.t(f'"POST /p/u/{hexs(10)}/photos HTTP/2.0" 201 {R.randint(200, 600)} "https://portal.lakeshorewound.org/p/u/{hexs(10)}" "{R.choice(UAS)}" rt={R.uniform(0.3, 6):.3f}')
    elif k == 1:
        ln.t('"GET /account/password-reset/?u=').p(p["user"], "other_id").t(f' HTTP/2.0" 302 0 "-" "{R.choice(UAS)}" rt=0.041')
    else:
        ln.t(f'"GET /api/portal/appointments?upcoming=1 HTTP/2.0" 200 {R.randint(300, 2000)} "https://portal.lakeshorewound.org/home" "{R.choice(UAS)}" rt={R.uniform(0.02, 0.4):.3f}')
    return [ln]


FAMS = {
    "hbot": (fam_hbot, 12, 9), "oslog": (fam_oslog, 8, 6), "upload": (fam_upload, 4, 5), "npwt": (fam_npwt, 7, 6),
    "django": (fam_django, 8, 8), "x12": (fam_x12, 3, 3), "pa": (fam_pa, 6, 5), "hl7": (fam_hl7, 3, 3), "mirth": (fam_mirth, 4, 2),
    "fax": (fam_fax, 1, 1.3), "hylafax": (fam_hylafax, 3, 2), "dme": (fam_dme, 4, 3), "zerolog": (fam_zerolog, 8, 5),
    "triage": (fam_triage, 3, 9), "registry": (fam_registry, 4, 5), "win": (fam_win, 5, 2.5), "nginx": (fam_nginx, 5, 4),
}


def wchoice(which):
    names = list(FAMS)
    weights = [FAMS[n][1 if which == "noise" else 2] for n in names]
    return FAMS[R.choices(names, weights)[0]][0]


def main():
    lines = []
    noise = 0
    while len(lines) < N_LINES:
        want_noise = (not lines) or noise / len(lines) < NOISE_TARGET
        fn = wchoice("noise" if want_noise else "phi")
        ev = fn(not want_noise)
        for ln in ev:
            if len(lines) >= N_LINES:
                break
            lines.append(ln)
            if not ln.spans:
                noise += 1
    log_out, lab_out = [], []
    for i, ln in enumerate(lines, 1):
        s = ln.text()
        assert "\n" not in s and "\r" not in s and s.strip(), (i, s)
        b = s.encode("utf-8")
        spans = []
        for (a, e, cat, val) in ln.spans:
            assert b[a:e].decode("utf-8") == val, (i, a, e, val)
            spans.append({"s": a, "e": e, "cat": cat})
        spans.sort(key=lambda x: x["s"])
        for x, y in zip(spans, spans[1:]):
            assert x["e"] <= y["s"], (i, spans)
        log_out.append(s)
        lab_out.append(json.dumps({"line": i, "family": ln.fam, "spans": spans}, ensure_ascii=False))
    assert len(log_out) == N_LINES
    (HERE / f"{ID}.log").write_text("\n".join(log_out), encoding="utf-8")
    (HERE / f"{ID}.labels.jsonl").write_text("\n".join(lab_out), encoding="utf-8")


if __name__ == "__main__":
    main()
