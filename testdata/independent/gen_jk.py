#!/usr/bin/env python3
"""Generate jk.log / jk.labels.jsonl: a synthetic, labeled log corpus (all PHI is fictitious).

Theme: a podiatry group (Buckeye Foot & Ankle Associates, EHR = Rails + Sidekiq) and its
diabetic footwear / orthotics supplier (Stepwell Diabetic Footwear LLC): 3D foot scanner
exports, plantar pressure-mat exports, custom orthotic lab orders (XML, CSV, a German
shoe-maker CSV), Medicare therapeutic shoe documentation (certifying physician statements,
X12 837P / 835 segments, CMS-1500-like pipe rows), wound photo metadata (exiftool, woundcam
JSON), nail and wound care visit notes, portal messages, HL7 ADT feed, ZPL shipping labels,
carrier tracking webhooks, remote temperature-mat webhooks, kiosk check-ins, nginx, Postgres,
Redis, syslog, fax server and deployment noise.

Standard library only, deterministic (fixed seed).  Offsets in the labels are BYTE offsets
into the UTF-8 encoded line, end exclusive.

Labeling decisions:
- Patients, their relatives / emergency contacts, guarantors, subscribers and people who sign
  for a patient's delivery are labeled.  Clinicians (DPM/MD/RN/C.Ped), staff usernames, NPIs,
  PTANs, tax IDs, businesses (podiatry group, supplier, lab, carrier, payer) and their
  addresses / phones / faxes / e-mails are NOT labeled.
- name: every written form of a person's name is one span ("Okafor, Amara", "A. OKAFOR",
  "amara okafor").  When first / middle / last sit in separate fields (X12 NM1, HL7 XPN,
  CSV/XML columns) each part is its own span, middle initials included.  Names embedded in
  file names (cert_stmt_BF0048213_OKAFOR.pdf) are labeled for the name part.
- address: street line, city (and county) of a patient/relative are labeled as separate spans;
  state alone is NOT labeled; GPS coordinates in wound photo metadata are labeled address
  (geocode).  A carrier's delivery destination (patient's home city) is labeled; carrier hub
  and facility locations are not.
- zip: the patient's 5-digit ZIP or ZIP+4 (including X12 N4 9-digit form) is one zip span.
- date: birth dates, dates of service/visit/scan/recording/photo capture, certification and
  signature dates, appointment dates, and full clinical event timestamps tied to the patient
  (scanDate, captured_at, reading_at, note signed_at, EXIF DateTimeOriginal, the capture date
  inside a wound photo file name, HL7 PV1-44 admit time) are labeled as a whole value.
  NOT labeled: log line timestamps (incl. the "[YYYY-MM-DD HH:MM] note.signed" log prefix),
  HL7 MSH-7/EVN-2 message times, job/queue epochs, portal message received_at, ISA/GS/BHT
  envelope dates, carrier event times, ship/ETA dates, lab due/delivery dates, upload paths.
- age: only ages over 89 are labeled (the number, e.g. "92" in "92 y/o"); younger ages are not.
- mrn: EHR chart numbers (BF0048213) and the EHR patient record id used in URLs, params,
  SQL binds and job args (/patients/48213, patient_id=48213) are both labeled mrn.
- health_plan: Medicare MBI (with or without dashes), Medicaid IDs, Medigap/secondary member
  IDs.  account: patient account / patient control numbers (CMS-1500 box 26, X12 CLM01,
  HL7 PID-18) and full payment card numbers; card last-4 alone is NOT labeled.
- other_id: patient portal usernames, encounter / visit / appointment ids, payer claim ICNs,
  ADR / appeal case numbers.  NOT labeled: lab order numbers, scan ids, image ids, shipment
  ids, carrier tracking numbers, Sidekiq jids, request/trace ids, X12 control numbers.
- device: serials and IMEIs of devices issued to a patient (home temperature-monitoring mat,
  CGM).  Clinic equipment serials (foot scanner, pressure mat, printers) are NOT labeled.
- ip: public IP addresses of patient-portal requests; internal 10.x / staff IPs and
  anonymous bots are not labeled.
- phone / fax / email / url: only when belonging to a patient or relative (url = personal
  pages such as a CaringBridge page or personal blog); shared tracking links are not labeled.
- license and vehicle: a patient's driver's licence number, licence plate and VIN on a
  disability placard application.  biometric: fingerprint templates from check-in kiosks.
  photo: base64 image payloads of a patient's profile (face) picture.
- ICD-10 / HCPCS codes, wound measurements and other clinical facts are not identifiers and
  are not labeled.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import unicodedata
import uuid

ID = "jk"
rng = random.Random(21_0_2024_0318)
HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = dt.date(2024, 3, 18)


# ----------------------------------------------------------------- line builder
class L:
    def __init__(self, fam):
        self.fam = fam
        self.b = bytearray()
        self.sp = []

    def t(self, x):
        assert "\n" not in x
        self.b += x.encode("utf-8")
        return self

    def p(self, x, cat):
        if cat is None:
            return self.t(x)
        assert "\n" not in x and x
        s = len(self.b)
        self.b += x.encode("utf-8")
        self.sp.append((s, len(self.b), cat, x))
        return self

    def js(self, x, cat=None):
        """JSON string literal (quotes included); span covers the escaped inner text."""
        esc = json.dumps(x, ensure_ascii=False)[1:-1]
        self.t('"')
        self.p(esc, cat)
        return self.t('"')


LINES = []


def emit(line):
    LINES.append(line)


# ----------------------------------------------------------------- clock
class Clock:
    def __init__(self):
        self.t = dt.datetime(2024, 3, 18, 7, 2, 13, 104522)

    def tick(self, lo=0.5, hi=20.0):
        self.t += dt.timedelta(microseconds=int(rng.uniform(lo, hi) * 1e6))
        return self.t


clk = Clock()


def utc(t):
    return t + dt.timedelta(hours=4)


def ts_rails(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.%f")


def ts_sk(t):
    return utc(t).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def ts_nginx(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S -0400")


def ts_syslog(t):
    return t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if t.day < 10 else t.strftime("%b %d %H:%M:%S")


def ts_pg(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3] + " EDT"


def ts_redis(t):
    return utc(t).strftime("%d %b %Y %H:%M:%S.%f")[:-3]


# ----------------------------------------------------------------- helpers
def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace("ð", "d").replace("Ð", "D")


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uid():
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def b36(n):
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def nz(n):
    return str(n)


def fdate(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_nz":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "us_short":
        return f"{d.month}/{d.day}/{d.strftime('%y')}"
    if style == "d8":
        return d.strftime("%Y%m%d")
    if style == "dmon":
        return d.strftime("%d-%b-%Y")
    if style == "long":
        return f"{d.strftime('%B')} {d.day}, {d.year}"
    if style == "de":
        return d.strftime("%d.%m.%Y")
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "monyy":
        return d.strftime("%b %d %Y")
    raise ValueError(style)


def fphone(p, style):
    a, e, n = p
    return {
        "paren": f"({a}) {e}-{n}",
        "paren_tight": f"({a}){e}-{n}",
        "dash": f"{a}-{e}-{n}",
        "dot": f"{a}.{e}.{n}",
        "raw": f"{a}{e}{n}",
        "e164": f"+1{a}{e}{n}",
        "intl": f"+1 {a} {e} {n}",
        "space": f"{a} {e} {n}",
    }[style]


def rphone_style():
    return rng.choice(["paren", "paren_tight", "dash", "dot", "raw", "e164", "intl", "space"])


def gen_phone():
    a = rng.choice(["614", "740", "380", "937", "419", "330", "513", "220"])
    e = str(rng.randint(201, 989))
    if e[1:] == "11":
        e = "244"
    return (a, e, f"{rng.randint(0, 9999):04d}")


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def gen_mbi():
    d = "0123456789"
    return (rng.choice("123456789") + rng.choice(MBI_A) + rng.choice(MBI_AN) + rng.choice(d)
            + rng.choice(MBI_A) + rng.choice(MBI_AN) + rng.choice(d) + rng.choice(MBI_A)
            + rng.choice(MBI_A) + rng.choice(d) + rng.choice(d))


def mbi_dash(m):
    return f"{m[:4]}-{m[4:7]}-{m[7:]}"


def gen_ssn():
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def luhn_complete(prefix, length):
    digits = [int(c) for c in prefix] + [rng.randint(0, 9) for _ in range(length - len(prefix) - 1)]
    s = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 0:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        s += dgt
    return "".join(map(str, digits)) + str((10 - s % 10) % 10)


VIN_T = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def gen_vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(rng.choice(["1FMCU", "1G1ZD", "2T1BU", "1HGCV", "JTDKN", "3FA6P", "1C4RJ", "5NPE2"])
             + "".join(rng.choice(chars) for _ in range(3)) + "0"
             + rng.choice("EFGHJKL") + rng.choice("ABCDKMNPRU")
             + "".join(rng.choice("0123456789") for _ in range(6)))
    tot = sum((VIN_T[c] if c.isalpha() else int(c)) * w for c, w in zip(v, VIN_W))
    r = tot % 11
    v[8] = "X" if r == 10 else str(r)
    return "".join(v)


def gen_imei():
    return luhn_complete(rng.choice(["35693803", "35332011", "86799104", "35474910"]), 15)


def jpeg_b64(nbytes=150):
    hdr = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300")
    body = bytes(rng.getrandbits(8) for _ in range(nbytes))
    return base64.b64encode(hdr + body).decode()


def fmr_b64(nbytes=120):
    hdr = b"FMR\x00 20\x00" + bytes([0, 0, 1, 0x2c]) + bytes.fromhex("0000016801f400c500c5010000")
    body = bytes(rng.getrandbits(8) for _ in range(nbytes))
    return base64.b64encode(hdr + body).decode()


# ----------------------------------------------------------------- people
PATIENT_SEED = [
    ("Amara", "N", "Okafor", "F"), ("Hiroshi", "", "Tanaka-Beck", "M"), ("Margarethe", "E", "Schröder", "F"),
    ("José Luis", "", "Ramírez Ortega", "M"), ("Hoa", "Thi", "Nguyễn", "F"), ("Dmitri", "A", "Volkov", "M"),
    ("Siobhan", "M", "O'Connor", "F"), ("Willem", "", "van der Berg", "M"), ("Fatima", "Z", "Al-Hassan", "F"),
    ("Thaddeus", "R", "Abernathy-Cole", "M"), ("Guðrún", "", "Ólafsdóttir", "F"), ("Kwame", "K", "Mensah", "M"),
    ("Lorraine", "J", "St. Pierre", "F"), ("Rajesh", "", "Venkataraman", "M"), ("Aigerim", "", "Bekova", "F"),
    ("Eustace", "T", "MacLeod", "M"), ("Mei-Ling", "", "Chen", "F"), ("Alvin", "J", "Begay", "M"),
    ("Zoë", "", "Papadopoulos", "F"), ("Ignacio", "", "de la Cruz", "M"), ("Bernadette", "A", "Kowalczyk", "F"),
    ("Babatunde", "", "Adeyemi", "M"), ("Ruth", "E", "Yilmaz", "F"), ("Carlos", "", "Díaz", "M"),
    ("Ethel", "M", "Fairweather", "F"), ("Darnell", "L", "Washington", "M"), ("Ingrid", "", "Lindqvist", "F"),
    ("Mohammed", "", "Haddad", "M"), ("Pauline", "K", "Nakamura", "F"), ("Leroy", "W", "Fitzgerald", "M"),
    ("Anh", "", "Tran", "M"), ("Gloria", "", "Esposito", "F"), ("Sunil", "", "Kapoor", "M"),
    ("Wilhelmina", "", "de Vries", "F"), ("Ezekiel", "P", "Moore", "M"), ("Yuki", "", "Sato", "F"),
    ("Bogdan", "", "Petrenko", "M"), ("Clementine", "", "Dubois", "F"), ("Hamza", "", "Qureshi", "M"),
    ("Opal", "M", "Jefferson", "F"), ("Jae-won", "", "Park", "M"),
]
REL_FIRST = [("Ngozi", "F"), ("Kenji", "M"), ("Rosa", "F"), ("Lan", "F"), ("Olga", "F"), ("Aoife", "F"), ("Pieter", "M"),
             ("Layla", "F"), ("Marcus", "M"), ("Sigrid", "F"), ("Ama", "F"), ("Denise", "F"), ("Anjali", "F"), ("Dana", "F"),
             ("Sofia", "F"), ("Miguel", "M"), ("Teresa", "F"), ("Kofi", "M"), ("Elif", "F"), ("Luis", "M"), ("Bjorn", "M"),
             ("Keisha", "F"), ("DeShawn", "M"), ("Tomasz", "M")]
REL_KIND = {"F": [("daughter", "DAU", "hija"), ("wife", "SPO", "esposa"), ("niece", "OTH", "sobrina"),
                  ("granddaughter", "GRD", "nieta"), ("sister", "SIS", "hermana")],
            "M": [("son", "SON", "hijo"), ("husband", "SPO", "esposo"), ("nephew", "OTH", "sobrino"),
                  ("grandson", "GRD", "nieto"), ("brother", "BRO", "hermano")]}
STREETS = ["418 Willow Bend Rd", "7721 Stonecrest Dr Apt 3B", "55 E Schrock Rd", "1290 Karl Ct", "3304 Sullivant Ave",
           "90 Maplewood Ln", "2615 Lockbourne Rd", "14 Deer Run Trl", "611 N High St Unit 1204", "8810 Ravines Edge Ct",
           "402 Oak St", "1977 Brice Rd Lot 44", "6230 Cleveland Ave", "23 Kenwick Dr", "4550 Refugee Rd Apt 12",
           "712 Vine St", "1505 Bethel Rd #208", "3819 Indianola Ave", "98 Clime Rd", "260 Hanford Village Dr",
           "5107 Cemetery Rd", "1442 Parsons Ave", "11 Tamarack Blvd", "7085 Bent Tree Blvd Apt 1D", "31 W Main St",
           "2901 Cherry Bottom Rd", "848 Alton Darby Creek Rd", "16 Sunbury Rd", "4021 Noe Bixby Rd", "770 Hamilton Rd",
           "2230 E Livingston Ave", "129 Lazelle Rd", "5500 Stoneridge Dr", "63 Cranbrook Ct", "9904 Moors Pl N",
           "1818 Ohio Ave", "345 Holt Ave", "82 Linden Pl", "2050 Hard Rd", "4417 Dierker Rd", "610 Smoky Row Rd"]
CITIES = [("Gahanna", "Franklin", "43230"), ("Westerville", "Delaware", "43081"), ("Reynoldsburg", "Licking", "43068"),
          ("Grove City", "Franklin", "43123"), ("Dublin", "Franklin", "43017"), ("Hilliard", "Franklin", "43026"),
          ("Worthington", "Franklin", "43085"), ("Pickerington", "Fairfield", "43147"), ("Delaware", "Delaware", "43015"),
          ("Lancaster", "Fairfield", "43130"), ("Newark", "Licking", "43055"), ("Marysville", "Union", "43040"),
          ("Columbus", "Franklin", "43207"), ("Columbus", "Franklin", "43224"), ("Canal Winchester", "Franklin", "43110"),
          ("Circleville", "Pickaway", "43113"), ("Lewis Center", "Delaware", "43035"), ("Blacklick", "Franklin", "43004")]
DOMAINS = ["gmail.com", "yahoo.com", "aol.com", "att.net", "outlook.com", "icloud.com", "columbus.rr.com", "hotmail.com"]
PUBLIC_A = [73, 98, 24, 68, 174, 107, 76, 99, 184, 71, 65, 142, 108, 75]


def gen_ip():
    return f"{rng.choice(PUBLIC_A)}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"


def make_patient(i, f, m, l, sex):
    if i % 4 == 2:
        y = rng.randint(1927, 1934)
    else:
        y = rng.randint(1938, 1972)
    dob = dt.date(y, rng.randint(1, 12), rng.randint(1, 28))
    age = TODAY.year - dob.year - ((TODAY.month, TODAY.day) < (dob.month, dob.day))
    city, county, z = rng.choice(CITIES)
    fa = fold(f).lower().replace(" ", "").replace("-", "")
    la = fold(l).lower().replace(" ", "").replace("'", "").replace(".", "").replace("-", "")
    email = rng.choice([f"{fa}.{la}{rng.randint(1, 99)}", f"{fa[0]}{la}{dob.year % 100:02d}", f"{la}.{fa}",
                        f"{fa}{la[:3]}{rng.randint(100, 999)}", f"grandma{la}" if sex == "F" else f"pop{la}{rng.randint(1, 9)}"])
    email += "@" + rng.choice(DOMAINS)
    rel_first, rel_sex = rng.choice(REL_FIRST)
    rel_kind = rng.choice([k for k in REL_KIND[rel_sex] if not (k[1] == "SPO" and rel_sex == sex)])
    rel_last = l if rng.random() < 0.6 else rng.choice(["Johnson", "Kim", "Moreau", "Abiodun", "Hernández", "Walsh", "Iyer"])
    return dict(
        first=f, mid=m, last=l, sex=sex, dob=dob, age=age, street=STREETS[i % len(STREETS)], city=city, county=county,
        state="OH", zip=z, zip4=f"{rng.randint(1000, 9999)}", phone=gen_phone(), phone2=gen_phone(), email=email,
        id=rng.randint(40000, 59999), mrn=f"BF{rng.randint(100000, 999999):07d}", mbi=gen_mbi(),
        acct=f"{rng.randint(1000000, 9999999)}", ssn=gen_ssn(), user=f"{fa[:1]}{la[:8]}{rng.randint(1, 99)}",
        medicaid=f"9{rng.randint(10000000000, 99999999999)}", medigap=f"{rng.choice(['AAR', 'MGX', 'U'])}{rng.randint(100000000, 999999999)}",
        rel_first=rel_first, rel_last=rel_last, rel_kind=rel_kind, rel_phone=gen_phone(),
        enc=f"E{rng.randint(1000000, 9999999)}", shoe=rng.choice(["7", "7.5", "8", "8.5", "9", "9.5", "10", "10.5", "11", "11.5", "12", "13"]),
        width=rng.choice(["M", "W", "XW", "XXW"]),
    )


PATIENTS = [make_patient(i, *p) for i, p in enumerate(PATIENT_SEED)]
_order = []


def pick():
    if not _order:
        _order.extend(rng.sample(range(len(PATIENTS)), len(PATIENTS)))
    return PATIENTS[_order.pop()]


def name_form(pt):
    f, m, l = pt["first"], pt["mid"], pt["last"]
    forms = [f"{f} {l}", f"{l}, {f}", f"{fold(l).upper()}, {fold(f).upper()}", f"{f[0]}. {l}", f"{f.lower()} {l.lower()}",
             f"{fold(f).upper()} {fold(l).upper()}"]
    if m:
        forms += [f"{f} {m[0]}. {l}", f"{l}, {f} {m[0]}"]
    return rng.choice(forms)


def svc_date():
    return TODAY - dt.timedelta(days=rng.choice([0, 0, 0, 1, 3, 4, 7, 10, 14, 21, 28, 35]))


STAFF = ["Harold Weiss, DPM", "Priya Raman, DPM", "Evelyn Strauss, MD", "Tobias Ferreira, DPM", "Naomi Kettering, DPM"]
STAFF_NPI = {"Harold Weiss, DPM": "1629071824", "Priya Raman, DPM": "1437265508", "Evelyn Strauss, MD": "1316082944",
             "Tobias Ferreira, DPM": "1780543219", "Naomi Kettering, DPM": "1265498830"}
STAFF_USERS = ["jlee", "mt.rivera", "rn.okeefe", "kpatel", "frontdesk2", "s.hollis", "ma.dunbar", "cped.tolliver"]
SITES = ["BFA-WOR", "BFA-GAH", "BFA-GRV", "BFA-DUB"]
RAILS_PIDS = [2847, 2851, 2855, 2859]
SK_TIDS = ["gq3k", "2ek1", "owm9", "1zt4", "a8xe", "b0vc"]

# ================================================================= EPISODES (contain PHI)


def rails_line(level, rid, pid):
    t = clk.tick(0.002, 0.3)
    return L("rails").t(f"{level[0]}, [{ts_rails(t)} #{pid}] {level:>5} -- : [{rid}] ")


def rails_started(rid, pid, verb, ip, ipcat=None):
    ln = rails_line("INFO", rid, pid)
    ln.t(f'Started {verb} "')
    return ln, (lambda ln2: ln2.t('" for ').p(ip, ipcat).t(f" at {clk.t.strftime('%Y-%m-%d %H:%M:%S')} -0400"))


def rails_completed(rid, pid, code="200 OK"):
    ms = rng.randint(18, 480)
    q = rng.randint(3, 40)
    emit(rails_line("INFO", rid, pid).t(
        f"Completed {code} in {ms}ms (Views: {rng.uniform(2, ms * 0.6):.1f}ms | ActiveRecord: {rng.uniform(1, ms * 0.3):.1f}ms "
        f"({q} queries, {rng.randint(0, q // 3)} cached) | GC: {rng.uniform(0, 9):.1f}ms)"))


def ep_rails_show():
    pt = pick()
    rid, pid = uid(), rng.choice(RAILS_PIDS)
    staff_ip = f"10.20.{rng.randint(1, 9)}.{rng.randint(10, 250)}"
    kind = rng.choice(["show", "enc", "orders", "photos", "docs"])
    ln, fin = rails_started(rid, pid, "GET", staff_ip)
    ln.t("/patients/").p(str(pt["id"]), "mrn")
    ctrl = {"show": "PatientsController#show", "enc": "EncountersController#show", "orders": "OrthoticOrdersController#index",
            "photos": "WoundPhotosController#index", "docs": "DocumentsController#index"}[kind]
    if kind == "enc":
        ln.t("/encounters/").p(pt["enc"], "other_id")
    elif kind != "show":
        ln.t("/" + {"orders": "orthotic_orders", "photos": "wound_photos", "docs": "documents"}[kind])
    fin(ln)
    emit(ln)
    emit(rails_line("INFO", rid, pid).t(f"Processing by {ctrl} as HTML"))
    ln = rails_line("INFO", rid, pid).t("  Parameters: {")
    if kind == "show":
        ln.t('"id"=>"').p(str(pt["id"]), "mrn").t('"}')
    elif kind == "enc":
        ln.t('"patient_id"=>"').p(str(pt["id"]), "mrn").t('", "id"=>"').p(pt["enc"], "other_id").t('"}')
    else:
        ln.t('"patient_id"=>"').p(str(pt["id"]), "mrn").t(f'", "page"=>"{rng.randint(1, 3)}"}}')
    emit(ln)
    ln = rails_line("DEBUG", rid, pid).t(f'  Patient Load ({rng.uniform(0.2, 2.5):.1f}ms)  SELECT "patients".* FROM "patients" '
                                         'WHERE "patients"."id" = $1 LIMIT $2  [["id", ').p(str(pt["id"]), "mrn").t('], ["LIMIT", 1]]')
    emit(ln)
    if rng.random() < 0.6:
        emit(rails_line("DEBUG", rid, pid).t(
            f"  ↳ app/controllers/concerns/patient_scoped.rb:{rng.randint(12, 40)}:in 'set_patient'"))
    view = {"show": "patients/show", "enc": "encounters/show", "orders": "orthotic_orders/index", "photos": "wound_photos/index",
            "docs": "documents/index"}[kind]
    emit(rails_line("INFO", rid, pid).t(
        f"  Rendered {view}.html.erb within layouts/application "
        f"(Duration: {rng.uniform(5, 90):.1f}ms | GC: {rng.uniform(0, 4):.1f}ms)"))
    rails_completed(rid, pid)


def ep_rails_update():
    pt = pick()
    rid, pid = uid(), rng.choice(RAILS_PIDS)
    ln, fin = rails_started(rid, pid, "PATCH", f"10.20.{rng.randint(1, 9)}.{rng.randint(10, 250)}")
    ln.t("/patients/").p(str(pt["id"]), "mrn")
    fin(ln)
    emit(ln)
    emit(rails_line("INFO", rid, pid).t("Processing by PatientsController#update as TURBO_STREAM"))
    ln = rails_line("INFO", rid, pid).t('  Parameters: {"authenticity_token"=>"[FILTERED]", "patient"=>{')
    ln.t('"first_name"=>"').p(pt["first"], "name").t('", "last_name"=>"').p(pt["last"], "name").t('", ')
    ln.t('"date_of_birth"=>"[FILTERED]", "ssn"=>"[FILTERED]", ')
    ln.t('"phone_mobile"=>"').p(fphone(pt["phone"], rphone_style()), "phone").t('", ')
    if rng.random() < 0.6:
        ln.t('"email"=>"').p(pt["email"], "email").t('", ')
    ln.t('"address_attributes"=>{"line1"=>"').p(pt["street"], "address").t('", "line2"=>"", "city"=>"').p(pt["city"], "address")
    ln.t('", "state"=>"OH", "zip"=>"').p(pt["zip"], "zip").t(f'", "id"=>"{rng.randint(10000, 90000)}"}}, ')
    if rng.random() < 0.7:
        ln.t('"emergency_contact_name"=>"').p(f'{pt["rel_first"]} {pt["rel_last"]}', "name")
        ln.t(f'", "emergency_contact_relationship"=>"{pt["rel_kind"][0]}", "emergency_contact_phone"=>"')
        ln.p(fphone(pt["rel_phone"], rphone_style()), "phone").t('"')
    else:
        ln.t('"preferred_language"=>"en"')
    ln.t('}, "commit"=>"Save patient", "id"=>"').p(str(pt["id"]), "mrn").t('"}')
    emit(ln)
    emit(rails_line("DEBUG", rid, pid).t(f"  TRANSACTION ({rng.uniform(0.1, 0.6):.1f}ms)  BEGIN"))
    ln = rails_line("DEBUG", rid, pid).t(f'  Patient Update ({rng.uniform(0.5, 3):.1f}ms)  UPDATE "patients" SET "phone_mobile" = $1, '
                                         '"updated_at" = $2 WHERE "patients"."id" = $3  [["phone_mobile", "')
    ln.p(fphone(pt["phone"], "raw"), "phone").t(f'"], ["updated_at", "{utc(clk.t).strftime("%Y-%m-%d %H:%M:%S.%f")}"], ["id", ')
    ln.p(str(pt["id"]), "mrn").t("]]")
    emit(ln)
    emit(rails_line("DEBUG", rid, pid).t(f"  TRANSACTION ({rng.uniform(0.3, 2):.1f}ms)  COMMIT"))
    emit(rails_line("INFO", rid, pid).t("Redirected to https://ehr.buckeyefoot.com/patients/").p(str(pt["id"]), "mrn"))
    rails_completed(rid, pid, "302 Found")


def ep_portal_login():
    pt = pick()
    rid, pid = uid(), rng.choice(RAILS_PIDS)
    ip = gen_ip()
    ln, fin = rails_started(rid, pid, "POST", ip, "ip")
    ln.t("/portal/users/sign_in")
    fin(ln)
    emit(ln)
    emit(rails_line("INFO", rid, pid).t("Processing by Portal::SessionsController#create as HTML"))
    ln = rails_line("INFO", rid, pid).t('  Parameters: {"authenticity_token"=>"[FILTERED]", "portal_user"=>{"login"=>"')
    login_is_email = rng.random() < 0.35
    if login_is_email:
        ln.p(pt["email"], "email")
    else:
        ln.p(pt["user"], "other_id")
    ln.t(f'", "password"=>"[FILTERED]", "remember_me"=>"{rng.choice(["0", "1"])}"}}, "commit"=>"Sign in"}}')
    emit(ln)
    if rng.random() < 0.7:
        emit(rails_line("INFO", rid, pid).t("Redirected to https://ehr.buckeyefoot.com/portal/dashboard"))
        rails_completed(rid, pid, "302 Found")
    else:
        ln = rails_line("WARN", rid, pid).t("[Devise] failed sign-in for ")
        if login_is_email:
            ln.p(pt["email"], "email")
        else:
            ln.p(pt["user"], "other_id")
        ln.t(" from ").p(ip, "ip").t(f" (attempt {rng.randint(2, 5)}/5)")
        emit(ln)
        rails_completed(rid, pid, "401 Unauthorized")


def ep_portal_avatar():
    pt = pick()
    rid, pid = uid(), rng.choice(RAILS_PIDS)
    ip = gen_ip()
    ln, fin = rails_started(rid, pid, "PATCH", ip, "ip")
    ln.t("/portal/profile")
    fin(ln)
    emit(ln)
    emit(rails_line("INFO", rid, pid).t("Processing by Portal::ProfilesController#update as JSON"))
    ln = rails_line("INFO", rid, pid).t('  Parameters: {"profile"=>{"preferred_name"=>"').p(pt["first"].split()[0], "name")
    ln.t('", "avatar_data_uri"=>"data:image/jpeg;base64,').p(jpeg_b64(rng.randint(120, 180)), "photo")
    ln.t('", "sms_opt_in"=>true}}')
    emit(ln)
    emit(rails_line("INFO", rid, pid).t(f"  ActiveStorage::Blob upload ({rng.uniform(20, 200):.1f}ms) Key: {b36(28)} Service: amazon"))
    rails_completed(rid, pid)


def ep_lograge_search():
    pt = pick()
    t = clk.tick()
    ln = L("lograge").t(f'I, [{ts_rails(t)} #{rng.choice(RAILS_PIDS)}]  INFO -- : method=GET path=/api/v1/patients/search format=json '
                        'controller=Api::V1::PatientsController action=search status=200 ')
    ln.t(f"allocations={rng.randint(2000, 40000)} duration={rng.uniform(10, 300):.2f} view={rng.uniform(0, 20):.2f} db={rng.uniform(2, 100):.2f} ")
    ln.t('params={"q"=>"')
    q = rng.choice(["last", "lf", "lower"])
    if q == "last":
        ln.p(pt["last"], "name")
    elif q == "lf":
        ln.p(f'{pt["last"]}, {pt["first"]}', "name")
    else:
        ln.p(f'{pt["first"].lower()} {pt["last"].lower()}', "name")
    if rng.random() < 0.6:
        ln.t('", "dob"=>"').p(fdate(pt["dob"], rng.choice(["us", "iso", "us_nz"])), "date")
    ln.t(f'"}} request_id={uid()} user_id={rng.randint(3, 60)} ip=10.20.{rng.randint(1, 9)}.{rng.randint(10, 250)}')
    emit(ln)


def ep_rails_unique():
    pt = pick()
    rid, pid = uid(), rng.choice(RAILS_PIDS)
    emit(rails_line("ERROR", rid, pid).t('ActiveRecord::RecordNotUnique (PG::UniqueViolation: ERROR:  duplicate key value violates '
                                         'unique constraint "index_coverages_on_mbi"'))
    ln = rails_line("ERROR", rid, pid).t("DETAIL:  Key (mbi)=(").p(pt["mbi"], "health_plan").t(") already exists.")
    emit(ln)
    emit(rails_line("ERROR", rid, pid).t("):"))
    for fr in rng.sample(["app/models/coverage.rb:41:in 'Coverage.sync_from_eligibility!'",
                          "app/services/eligibility/hets_importer.rb:88:in 'block in call'",
                          "app/controllers/coverages_controller.rb:23:in 'create'"], 2):
        emit(rails_line("ERROR", rid, pid).t(fr))


def ep_payment_error():
    pt = pick()
    rid, pid = uid(), rng.choice(RAILS_PIDS)
    pre = rng.choice(["4", "51", "55", "37", "6011"])
    card = luhn_complete(pre, 15 if pre == "37" else 16)
    if rng.random() < 0.5 or pre == "37":
        cs = card
    else:
        cs = " ".join(card[i:i + 4] for i in range(0, 16, 4))
    ln = rails_line("ERROR", rid, pid).t("Payments::CopayCharge failed: Stripe::CardError (Your card was declined.) ")
    ln.t("card=").p(cs, "account").t(f" exp={rng.randint(1, 12):02d}/{rng.randint(25, 29)} name_on_card=\"")
    ln.p(fold(f'{pt["first"]} {pt["last"]}').upper() if rng.random() < 0.5 else f'{pt["rel_first"]} {pt["rel_last"]}', "name")
    ln.t('" patient_id=').p(str(pt["id"]), "mrn").t(f" amount_cents={rng.choice([2000, 3500, 4120, 8830])} decline_code=insufficient_funds")
    emit(ln)
    emit(rails_line("INFO", rid, pid).t(f"Completed 422 Unprocessable Content in {rng.randint(300, 1200)}ms (ActiveRecord: {rng.uniform(2, 20):.1f}ms)"))


def ep_placard():
    pt = pick()
    rid, pid = uid(), rng.choice(RAILS_PIDS)
    ln, fin = rails_started(rid, pid, "POST", f"10.20.{rng.randint(1, 9)}.{rng.randint(10, 250)}")
    ln.t("/patients/").p(str(pt["id"]), "mrn").t("/forms/disability_placards")
    fin(ln)
    emit(ln)
    emit(rails_line("INFO", rid, pid).t("Processing by Forms::DisabilityPlacardsController#create as HTML"))
    dl = rng.choice(["RT", "SK", "PW", "TM", "UB"]) + f"{rng.randint(100000, 999999)}"
    plate = rng.choice([f"{''.join(rng.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(3))} {rng.randint(1000, 9999)}",
                        f"{''.join(rng.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(3))}{rng.randint(1000, 9999)}"])
    ln = rails_line("INFO", rid, pid).t('  Parameters: {"authenticity_token"=>"[FILTERED]", "placard"=>{"applicant_name"=>"')
    ln.p(f'{pt["first"]} {pt["last"]}', "name").t('", "dl_or_state_id"=>"').p(dl, "license")
    ln.t('", "dl_state"=>"OH", "plate_number"=>"').p(plate, "vehicle")
    if rng.random() < 0.6:
        ln.t('", "vin"=>"').p(gen_vin(), "vehicle")
    ln.t(f'", "placard_type"=>"{rng.choice(["permanent", "temporary"])}", "condition_code"=>"{rng.choice(["C", "D", "F"])}", ')
    ln.t(f'"certifying_provider_id"=>"{rng.randint(2, 30)}"}}, "patient_id"=>"').p(str(pt["id"]), "mrn").t('"}')
    emit(ln)
    emit(rails_line("INFO", rid, pid).t("  Rendered forms/disability_placards/create.pdf.prawn (Duration: "
                                        f"{rng.uniform(30, 200):.1f}ms | GC: {rng.uniform(0, 5):.1f}ms)"))
    rails_completed(rid, pid)


def sk_line(cls, jid, tid, level="INFO", elapsed=None):
    t = clk.tick(0.01, 2.5)
    e = f" elapsed={elapsed}" if elapsed else ""
    return L("sidekiq").t(f"{ts_sk(t)} pid=7 tid={tid} class={cls} jid={jid}{e} {level}: ")


def ep_sk_lab_order():
    pt = pick()
    cls, jid, tid = "Orthotics::LabOrderSubmitJob", hexs(24), rng.choice(SK_TIDS)
    order = f"LAB-2024-{rng.randint(100000, 199999)}"
    emit(sk_line(cls, jid, tid).t("start"))
    ln = sk_line(cls, jid, tid).t(f"Submitting order {order} to Meridian Orthotic Lab (patient_id=").p(str(pt["id"]), "mrn").t(", ")
    ln.p(f'{pt["last"]}, {pt["first"]}', "name").t(", DOB ").p(fdate(pt["dob"], rng.choice(["us", "iso"])), "date")
    ln.t(f", {rng.choice(['L3000', 'L3020', 'A5513', 'A5514'])} x{rng.choice([2, 3, 4, 6])})")
    emit(ln)
    emit(sk_line(cls, jid, tid).t(f"POST https://orders.meridianorthoticlab.com/api/v2/orders -> {rng.choice([201, 201, 202])} "
                                  f"({rng.randint(200, 2400)}ms) x-request-id={uid()}"))
    emit(sk_line(cls, jid, tid, elapsed=f"{rng.uniform(0.4, 4):.3f}").t("done"))


def ep_sk_elig():
    pt = pick()
    cls, jid, tid = "Eligibility::MedicareCheckJob", hexs(24), rng.choice(SK_TIDS)
    emit(sk_line(cls, jid, tid).t("start"))
    m = pt["mbi"] if rng.random() < 0.6 else mbi_dash(pt["mbi"])
    ln = sk_line(cls, jid, tid).t("HETS 270 sent mbi=").p(m, "health_plan").t(" dob=").p(fdate(pt["dob"], "d8"), "date")
    ln.t(" dos=").p(fdate(svc_date(), "d8"), "date").t(f" trn={rng.randint(100000000, 999999999)}")
    emit(ln)
    emit(sk_line(cls, jid, tid).t(rng.choice(["271 received: Part B active, no MA plan on file, deductible met=Y",
                                              "271 received: Part B active, MSP none, deductible remaining=$0.00",
                                              "271 received: AAA*Y**72*C (invalid/missing subscriber id) - flagged for review"])))
    emit(sk_line(cls, jid, tid, elapsed=f"{rng.uniform(0.8, 6):.3f}").t("done"))


def ep_sk_claim_fail():
    pt = pick()
    cls, jid, tid = "Claims::SubmitDmeposJob", hexs(24), rng.choice(SK_TIDS)
    dos = svc_date()
    cr = utc(clk.t).timestamp() - rng.uniform(60, 4000)
    ln = sk_line(cls, jid, tid, "WARN").t('{"context":"Job raised exception","job":{"retry":true,"queue":"claims","args":[')
    ln.p(str(pt["id"]), "mrn").t(',"').p(pt["mbi"], "health_plan").t('","').p(fdate(dos, "iso"), "date")
    ln.t(f'"],"class":"{cls}","jid":"{jid}","created_at":{cr:.3f},"enqueued_at":{cr + 1.2:.3f},'
         f'"error_message":"Failed to open TCP connection to api.claim.md:443 (execution expired)",'
         f'"error_class":"Faraday::ConnectionFailed","failed_at":{cr + 3:.3f},"retry_count":{rng.randint(0, 5)}}}}}')
    emit(ln)
    emit(sk_line(cls, jid, tid, "WARN").t("Faraday::ConnectionFailed: Failed to open TCP connection to api.claim.md:443 (execution expired)"))
    emit(sk_line(cls, jid, tid, "WARN").t("/usr/local/bundle/gems/faraday-net_http-3.1.0/lib/faraday/adapter/net_http.rb:66:in 'rescue in block in call'"))


def ep_sk_sms():
    pt = pick()
    cls, jid, tid = "Notifications::ShipmentSmsJob", hexs(24), rng.choice(SK_TIDS)
    emit(sk_line(cls, jid, tid).t("start"))
    ln = sk_line(cls, jid, tid).t("Twilio message queued to=").p(fphone(pt["phone"], "e164"), "phone")
    ln.t(f" sid=SM{hexs(32)} body_len={rng.randint(90, 160)} template=shoes_shipped_v3")
    emit(ln)
    emit(sk_line(cls, jid, tid, elapsed=f"{rng.uniform(0.2, 1.5):.3f}").t("done"))


def ep_sk_fax_cert():
    pt = pick()
    doc = rng.choice(STAFF)
    cls, jid, tid = "Documents::FaxCertStatementJob", hexs(24), rng.choice(SK_TIDS)
    ln = sk_line(cls, jid, tid).t("Faxing CMS therapeutic shoe certification for ").p(name_form(pt), "name")
    ln.t(f" to {doc} at 614{rng.randint(200, 999)}{rng.randint(1000, 9999)} (pages=2, cover=stepwell_std)")
    emit(ln)
    emit(sk_line(cls, jid, tid, elapsed=f"{rng.uniform(0.5, 3):.3f}").t("done"))


def ep_sk_adr():
    pt = pick()
    cls, jid, tid = "Medicare::AdrInboxSyncJob", hexs(24), rng.choice(SK_TIDS)
    case = f"{rng.choice(['CGS', 'NGS'])}-ADR-24-{rng.randint(1000000, 9999999)}"
    icn = f"{rng.randint(21, 22)}{rng.randint(10**11, 10**12 - 1)}"
    ln = sk_line(cls, jid, tid).t("ADR letter received case=").p(case, "other_id").t(" beneficiary=\"")
    ln.p(f'{fold(pt["last"]).upper()}, {fold(pt["first"]).upper()}', "name").t('" mbi=').p(mbi_dash(pt["mbi"]), "health_plan")
    ln.t(" icn=").p(icn, "other_id").t(" dos=").p(fdate(svc_date() - dt.timedelta(days=30), "us"), "date")
    ln.t(f" hcpcs=A5500,A5512 response_due={(TODAY + dt.timedelta(days=45)).isoformat()}")
    emit(ln)


def ep_scan_json():
    pt = pick()
    t = clk.tick()
    foot = rng.choice(["left", "right"])
    ln = L("foot_scan").t(f'{{"exportVersion":"3.4.{rng.randint(0, 9)}","scanId":"{uid()}","deviceSerial":"VX2-{rng.randint(100, 999):05d}",')
    ln.t(f'"operator":"{rng.choice(STAFF_USERS)}","site":"{rng.choice(SITES)}","patient":{{"chartNo":').js(pt["mrn"], "mrn")
    if rng.random() < 0.5:
        ln.t(',"name":').js(f'{fold(pt["last"]).upper()}^{fold(pt["first"]).upper()}', "name")
    else:
        ln.t(',"lastName":').js(pt["last"], "name").t(',"firstName":').js(pt["first"], "name")
    ln.t(',"birthDate":').js(fdate(pt["dob"], "iso"), "date").t(f',"sex":"{pt["sex"]}","age":')
    ln.p(str(pt["age"]), "age" if pt["age"] > 89 else None)
    ln.t('},"scanDate":').js(t.strftime("%Y-%m-%dT%H:%M:%S") + "-04:00", "date")
    ln.t(f',"foot":"{foot}","metrics":{{"lengthMm":{rng.uniform(225, 290):.1f},"ballWidthMm":{rng.uniform(88, 112):.1f},'
         f'"archHeightMm":{rng.uniform(8, 22):.1f},"instepHeightMm":{rng.uniform(52, 72):.1f},"heelWidthMm":{rng.uniform(58, 72):.1f}}},'
         '"files":["')
    side = foot[0].upper()
    ln.p(pt["mrn"], "mrn").t(f'_{side}.stl","').p(pt["mrn"], "mrn").t(f'_{side}.obj"]}}')
    emit(ln)
    t = clk.tick()
    emit(L("syslog").t(f"{ts_syslog(t)} scanbay{rng.randint(1, 3)} fs3dd[812]: export ok scan_bytes={rng.randint(4, 30) * 1000003} "
                       f"mesh_tris={rng.randint(80000, 240000)} upload=s3://stepwell-scans-prod/{t:%Y/%m/%d}/{hexs(12)}.zip"))


def ep_stl():
    pt = pick()
    t = clk.tick()
    side = rng.choice(["LEFT", "RIGHT"])
    ln = L("stl_header").t(f"{ts_syslog(t)} scanbay{rng.randint(1, 3)} meshconv[1140]: header=\"solid ")
    ln.p(fold(pt["last"]).upper().replace(" ", "_"), "name").t("_").p(fold(pt["first"])[0].upper(), "name").t("_")
    ln.p(pt["mrn"], "mrn").t(f'_{side}" facets={rng.randint(80000, 240000)} units=mm')
    emit(ln)


def ep_pressure():
    pt = pick()
    d = svc_date()
    fam = "pressure_csv"
    emit(L(fam).t(f"DATA FILE VERSION,{rng.choice(['2.10', '2.12'])},HRMat Research {rng.choice(['7.60', '7.62'])}"))
    emit(L(fam).t('PATIENT NAME,"').p(f'{pt["last"]}, {pt["first"]}', "name").t('"'))
    emit(L(fam).t("PATIENT ID,").p(pt["mrn"], "mrn"))
    emit(L(fam).t("DATE OF BIRTH,").p(fdate(pt["dob"], "us_nz"), "date"))
    emit(L(fam).t("AGE,").p(str(pt["age"]), "age" if pt["age"] > 89 else None).t(f",SEX,{pt['sex']},WEIGHT KG,{rng.randint(55, 130)}"))
    emit(L(fam).t("RECORDED DATE,").p(fdate(d, "us"), "date"))
    emit(L(fam).t(f"RECORDED TIME,{rng.randint(8, 16):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"))
    emit(L(fam).t(f"SENSOR TYPE,3150E HR Mat,SN {rng.randint(10, 30)}-{rng.randint(1000, 9999)}"))
    emit(L(fam).t(f"TRIAL,{rng.choice(['barefoot walk', 'barefoot static', 'shod walk'])} {rng.randint(1, 4)},FRAMES,{rng.randint(90, 240)},FREQ_HZ,{rng.choice([50, 100])}"))
    emit(L(fam).t("ROW SPACING,8.382,COL SPACING,8.382,UNITS,kPa"))
    emit(L(fam).t("Frame,Time(s),Peak kPa,Contact Area cm2,Force N,COP X mm,COP Y mm"))
    t0 = 0.0
    for fnum in range(1, rng.randint(3, 6)):
        t0 += 0.02
        emit(L(fam).t(f"{fnum},{t0:.2f},{rng.randint(40, 720)},{rng.uniform(5, 140):.1f},{rng.uniform(30, 900):.1f},"
                      f"{rng.uniform(20, 110):.1f},{rng.uniform(10, 280):.1f}"))


def ep_lab_xml():
    pt = pick()
    doc = rng.choice(STAFF)
    order = f"LAB-2024-{rng.randint(100000, 199999)}"
    ln = L("lab_xml").t(f'<?xml version="1.0" encoding="UTF-8"?><OrthoticOrder xmlns="urn:meridianlab:orders:v2" orderNo="{order}" '
                        f'account="STEP01" rush="{rng.choice(["false", "false", "true"])}"><Patient><LastName>')
    ln.p(pt["last"], "name").t("</LastName><FirstName>").p(pt["first"], "name").t("</FirstName>")
    if pt["mid"]:
        ln.t("<MiddleInitial>").p(pt["mid"][0], "name").t("</MiddleInitial>")
    ln.t("<DOB>").p(fdate(pt["dob"], "iso"), "date").t(f"</DOB><Gender>{pt['sex']}</Gender><ChartNo>").p(pt["mrn"], "mrn")
    ln.t(f"</ChartNo><WeightLb>{rng.randint(120, 290)}</WeightLb></Patient>")
    ln.t(f'<Prescriber npi="{STAFF_NPI[doc]}">{doc}</Prescriber><Clinic phone="614-555-0123">Buckeye Foot &amp; Ankle - '
         f'{rng.choice(["Worthington", "Gahanna", "Grove City"])}</Clinic>')
    ln.t(f'<Device hcpcs="{rng.choice(["A5513", "A5514", "L3000"])}" side="{rng.choice(["B", "L", "R"])}" qty="{rng.choice([2, 3, 6])}">'
         f'<Shell>{rng.choice(["EVA 35 durometer", "plastazote/EVA/poron tri-laminate", "polypropylene 3mm"])}</Shell>'
         f'<TopCover>{rng.choice(["1/8 plastazote #2", "Spenco", "microcel puff"])}</TopCover>'
         f'<Accommodation>{rng.choice(["sub-1st MTH offload", "met pad", "hallux amputation filler", "none"])}</Accommodation></Device>')
    ln.t(f'<Casting method="3DScan" scanRef="{uid()}"/><ShoeSize us="{pt["shoe"]}" width="{pt["width"]}"/>')
    ln.t("<DateOfService>").p(fdate(svc_date(), "iso"), "date").t("</DateOfService></OrthoticOrder>")
    emit(ln)


def ep_lab_xml_ack():
    order = f"LAB-2024-{rng.randint(100000, 199999)}"
    emit(L("lab_xml").t(f'<OrderAck xmlns="urn:meridianlab:orders:v2" orderNo="{order}" status="ACCEPTED" '
                        f'eta="{(TODAY + dt.timedelta(days=rng.randint(7, 15))).isoformat()}" labTicket="MOL-{rng.randint(40000, 99999)}"/>'))


def ep_lab_csv():
    fam = "lab_csv"
    if rng.random() < 0.6:
        emit(L(fam).t("order_id,clinic_code,pt_last,pt_first,pt_dob,chart_no,hcpcs,side,shoe_size,width,shell,posting,rush,due_date"))
    for _ in range(rng.randint(2, 4)):
        pt = pick()
        ln = L(fam).t(f"LAB-2024-{rng.randint(100000, 199999)},{rng.choice(SITES)},")
        last = pt["last"]
        ln.t('"' if "," in last or " " in last else "")
        ln.p(last, "name").t('"' if "," in last or " " in last else "").t(",").p(pt["first"], "name").t(",")
        ln.p(fdate(pt["dob"], rng.choice(["us", "iso"])), "date").t(",").p(pt["mrn"], "mrn")
        ln.t(f",{rng.choice(['A5513', 'A5514', 'L3000', 'L3020'])},{rng.choice(['B', 'L', 'R'])},{pt['shoe']},{pt['width']},"
             f"{rng.choice(['EVA35', 'PPT-TRI', 'PP3'])},{rng.choice(['2deg varus RF', 'none', '4deg valgus FF'])},"
             f"{rng.choice(['N', 'N', 'Y'])},{(TODAY + dt.timedelta(days=rng.randint(5, 14))).isoformat()}")
        emit(ln)


def ep_lab_csv_de():
    fam = "lab_csv_de"
    emit(L(fam).t("Auftragsnr;Kunde;Nachname;Vorname;Geburtsdatum;Patientennr;Seite;Schuhgröße EU;Weite;Versorgung;Liefertermin"))
    for _ in range(rng.randint(1, 3)):
        pt = pick()
        ln = L(fam).t(f"OST-{rng.randint(24000, 24999)}/{rng.randint(1, 9)};STEPWELL-US;").p(pt["last"], "name").t(";")
        ln.p(pt["first"], "name").t(";").p(fdate(pt["dob"], "de"), "date").t(";").p(pt["mrn"], "mrn")
        eu = int(float(pt["shoe"]) + 33)
        ln.t(f";{rng.choice(['beidseits', 'links', 'rechts'])};{eu};{rng.choice(['G', 'H', 'K', 'M'])};"
             f"{rng.choice(['Diabetes-adaptierte Fußbettung', 'Maßschuh mit Weichpolsterung', 'Einlage mit Vorfußentlastung'])};"
             f"{(TODAY + dt.timedelta(days=rng.randint(14, 30))).strftime('%d.%m.%Y')}")
        emit(ln)


def ep_cert_stmt():
    pt = pick()
    doc = rng.choice(["Evelyn Strauss, MD", "Rebecca Oyelaran, DO", "Martin Szabo, MD"])
    fam = "cert_stmt"
    visit = svc_date() - dt.timedelta(days=rng.randint(5, 40))
    signed = visit + dt.timedelta(days=rng.randint(0, 6))
    emit(L(fam).t("STATEMENT OF CERTIFYING PHYSICIAN FOR THERAPEUTIC SHOES"))
    ln = L(fam).t("Patient Name: ").p(name_form(pt), "name").t("    MBI: ")
    ln.p(rng.choice([pt["mbi"], mbi_dash(pt["mbi"])]), "health_plan")
    emit(ln)
    if rng.random() < 0.5:
        emit(L(fam).t("Date of Birth: ").p(fdate(pt["dob"], rng.choice(["us", "long", "dmon"])), "date"))
    emit(L(fam).t("I certify that all of the following statements are true:"))
    emit(L(fam).t(f"1. This patient has diabetes mellitus. (ICD-10: {rng.choice(['E11.42', 'E11.51', 'E11.621', 'E10.40'])})  [X]"))
    emit(L(fam).t("2. This patient has one or more of the following conditions (check all that apply):"))
    for c in ["Previous amputation of the other foot, or part of either foot",
              "History of previous foot ulceration of either foot", "History of pre-ulcerative calluses of either foot",
              "Peripheral neuropathy with evidence of callus formation of either foot", "Foot deformity of either foot",
              "Poor circulation in either foot"]:
        if rng.random() < 0.55:
            emit(L(fam).t(f"   [{rng.choice(['X', ' '])}] {c}"))
    emit(L(fam).t("3. I am treating this patient under a comprehensive plan of care for his/her diabetes."))
    emit(L(fam).t("4. This patient needs special shoes (depth or custom-molded shoes) because of his/her diabetes."))
    emit(L(fam).t("Date of in-person visit: ").p(fdate(visit, rng.choice(["us", "us_nz", "iso"])), "date"))
    npi = {"Evelyn Strauss, MD": "1316082944", "Rebecca Oyelaran, DO": "1952417780", "Martin Szabo, MD": "1104876633"}[doc]
    emit(L(fam).t(f"Signature: /s/ {doc}    Date Signed: ").p(fdate(signed, rng.choice(["us", "us_short"])), "date").t(f"    NPI: {npi}"))
    emit(L(fam).t(f"Printed Name: {doc}   Address: 1500 Polaris Pkwy Ste 300, Columbus, OH 43240   Phone: (614) 555-0164"))


def x12(seg):
    return L("x12_837p").t(seg)


def ep_837p():
    n = rng.randint(1000, 9999)
    t = clk.tick()
    emit(x12(f"ISA*00*          *00*          *ZZ*STEPWELL01     *ZZ*CGSJC          *{t:%y%m%d}*{t:%H%M}*^*00501*{n:09d}*0*P*:~"))
    emit(x12(f"GS*HC*STEPWELL01*CGSJC*{t:%Y%m%d}*{t:%H%M}*{n}*X*005010X222A1~"))
    emit(x12("ST*837*0001*005010X222A1~"))
    emit(x12(f"BHT*0019*00*{n}-0001*{t:%Y%m%d}*{t:%H%M}*CH~"))
    emit(x12("NM1*41*2*STEPWELL DIABETIC FOOTWEAR LLC*****46*STEP01~"))
    emit(x12("PER*IC*BILLING OFFICE*TE*6145550100*FX*6145550101~"))
    emit(x12("NM1*40*2*CGS JURISDICTION C*****46*18003~"))
    emit(x12("HL*1**20*1~"))
    emit(x12("NM1*85*2*STEPWELL DIABETIC FOOTWEAR LLC*****XX*1487654329~"))
    emit(x12("N3*2200 INDUSTRIAL PKWY STE 4~"))
    emit(x12("N4*COLUMBUS*OH*432281234~"))
    emit(x12("REF*EI*311234567~"))
    for hl, pt in enumerate([pick() for _ in range(rng.choice([1, 1, 2]))], start=2):
        emit(x12(f"HL*{hl}*1*22*0~"))
        emit(x12("SBR*P*18*******MB~"))
        ln = x12("NM1*IL*1*").p(fold(pt["last"]).upper(), "name").t("*").p(fold(pt["first"]).upper(), "name").t("*")
        if pt["mid"]:
            ln.p(pt["mid"][0], "name")
        ln.t("***MI*").p(pt["mbi"], "health_plan").t("~")
        emit(ln)
        emit(x12("N3*").p(fold(pt["street"]).upper(), "address").t("~"))
        emit(x12("N4*").p(fold(pt["city"]).upper(), "address").t("*OH*").p(pt["zip"] + (pt["zip4"] if rng.random() < 0.5 else ""), "zip").t("~"))
        emit(x12("DMG*D8*").p(fdate(pt["dob"], "d8"), "date").t(f"*{pt['sex']}~"))
        if rng.random() < 0.25:
            emit(x12("REF*SY*").p(pt["ssn"].replace("-", ""), "ssn").t("~"))
        emit(x12("NM1*PR*2*CGS ADMINISTRATORS*****PI*18003~"))
        pcn = f"{pt['acct']}-{rng.randint(1, 9)}"
        n_lines = rng.choice([1, 2])
        chg = [rng.choice([97.14, 106.32, 61.05, 48.77]) for _ in range(n_lines)]
        emit(x12("CLM*").p(pcn, "account").t(f"*{sum(chg):.2f}***12:B:1*Y*A*Y*Y~"))
        emit(x12(f"HI*ABK:{rng.choice(['E1142', 'E1151', 'E11621', 'E1040'])}*ABF:{rng.choice(['L84', 'M2041', 'L97521', 'Z89421'])}~"))
        emit(x12(f"NM1*DK*1*STRAUSS*EVELYN****XX*1316082944~"))
        dos = svc_date()
        for lx in range(1, n_lines + 1):
            emit(x12(f"LX*{lx}~"))
            code = rng.choice(["A5500:KX:RT", "A5500:KX:LT", "A5512:KX:RT", "A5513:KX:LT"])
            emit(x12(f"SV1*HC:{code}*{chg[lx - 1]:.2f}*UN*1***1~"))
            emit(x12("DTP*472*D8*").p(fdate(dos, "d8"), "date").t("~"))
            emit(x12(f"REF*6R*{rng.randint(100000000, 999999999)}~"))
    emit(x12(f"SE*{rng.randint(30, 60)}*0001~"))
    emit(x12(f"GE*1*{n}~"))
    emit(x12(f"IEA*1*{n:09d}~"))


def ep_835():
    fam = "x12_835"
    pt = pick()
    emit(L(fam).t(f"LX*{rng.randint(1, 3)}~"))
    pcn = f"{pt['acct']}-{rng.randint(1, 9)}"
    icn = f"{rng.randint(21, 22)}{rng.randint(10**11, 10**12 - 1)}"
    chg = rng.choice([194.28, 212.64, 97.14])
    paid = round(chg * 0.8 * rng.uniform(0.7, 1), 2)
    emit(L(fam).t("CLP*").p(pcn, "account").t(f"*1*{chg:.2f}*{paid:.2f}*{chg - paid:.2f}*MB*").p(icn, "other_id").t("*12*1~"))
    ln = L(fam).t("NM1*QC*1*").p(fold(pt["last"]).upper(), "name").t("*").p(fold(pt["first"]).upper(), "name").t("****MI*")
    ln.p(pt["mbi"], "health_plan").t("~")
    emit(ln)
    emit(L(fam).t("DTM*232*").p(fdate(svc_date(), "d8"), "date").t("~"))
    emit(L(fam).t(f"SVC*HC:A5500:KX*{chg:.2f}*{paid:.2f}**2~"))
    emit(L(fam).t(f"CAS*CO*45*{round((chg - paid) * 0.3, 2):.2f}~"))
    emit(L(fam).t(f"AMT*B6*{chg * 0.8:.2f}~"))


def ep_cms1500():
    fam = "cms1500"
    if rng.random() < 0.7:
        emit(L(fam).t("box1a_insured_id|box2_patient_name|box3_dob|box3_sex|box5_street|box5_city|box5_state|box5_zip|box5_phone|"
                      "box21a_dx|box24a_dos|box24d_hcpcs|box24d_mod|box24f_charges|box24j_npi|box26_pt_acct|box28_total"))
    for _ in range(rng.randint(1, 3)):
        pt = pick()
        chg = rng.choice([97.14, 106.32, 194.28, 61.05])
        ln = L(fam).p(pt["mbi"], "health_plan").t("|").p(f'{fold(pt["last"]).upper()}, {fold(pt["first"]).upper()}', "name").t("|")
        ln.p(fdate(pt["dob"], "us"), "date").t(f"|{pt['sex']}|").p(fold(pt["street"]).upper(), "address").t("|")
        ln.p(fold(pt["city"]).upper(), "address").t("|OH|").p(pt["zip"], "zip").t("|")
        ln.p(fphone(pt["phone"], rng.choice(["paren_tight", "raw", "dash"])), "phone")
        ln.t(f"|{rng.choice(['E11.42', 'E11.51', 'L84'])}|").p(fdate(svc_date(), "us"), "date")
        ln.t(f"|{rng.choice(['A5500', 'A5512', 'A5513'])}|KX {rng.choice(['RT', 'LT'])}|{chg:.2f}|1487654329|").p(pt["acct"], "account")
        ln.t(f"|{chg:.2f}")
        emit(ln)


def ep_exiftool():
    pt = pick()
    fam = "exiftool"
    d = svc_date()
    t = clk.tick()
    site = rng.choice(["L-hallux", "R-hallux", "L-1MTH", "R-5MTH", "L-heel", "R-2nd-toe"])
    emit(L(fam).t("======== /srv/woundcam/inbox/").p(pt["mrn"], "mrn").t("_").p(fdate(d, "d8"), "date").t(f"_{site}_0{rng.randint(1, 4)}.jpg"))
    emit(L(fam).t("ExifTool Version Number         : 12.76"))
    emit(L(fam).t(f"File Size                       : {rng.uniform(1.2, 4.8):.1f} MB"))
    make, model = rng.choice([("Apple", "iPhone 13"), ("Apple", "iPhone 14 Pro"), ("samsung", "SM-A546U"), ("Apple", "iPad (9th generation)")])
    emit(L(fam).t(f"Make                            : {make}"))
    emit(L(fam).t(f"Camera Model Name               : {model}"))
    emit(L(fam).t("Date/Time Original              : ").p(d.strftime("%Y:%m:%d ") + f"{rng.randint(8, 16):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}", "date"))
    if rng.random() < 0.6:
        emit(L(fam).t("Image Description               : ").p(f'{pt["last"]} {pt["first"][0]}', "name").t(f" - {site.replace('-', ' ')} wk {rng.randint(1, 12)}"))
    if rng.random() < 0.6:
        lat = 39.9 + rng.uniform(-0.15, 0.2)
        lon = 82.95 + rng.uniform(-0.2, 0.2)

        def dms(x):
            dd = int(x)
            mm = int((x - dd) * 60)
            ss = ((x - dd) * 60 - mm) * 60
            return f"{dd} deg {mm}' {ss:.2f}\""
        emit(L(fam).t("GPS Position                    : ").p(f"{dms(lat)} N, {dms(lon)} W", "address"))
    emit(L(fam).t(f"Image Size                      : {rng.choice(['4032x3024', '3024x4032', '4000x3000'])}"))


def ep_wound_json():
    pt = pick()
    t = clk.tick()
    ln = L("woundcam_json").t(f'{{"image_id":"img_{hexs(16)}","patient":{{"mrn":').js(pt["mrn"], "mrn").t(',"display":')
    ln.js(rng.choice([f'{pt["first"]} {pt["last"]}', f'{pt["last"]}, {pt["first"]}']), "name")
    ln.t('},"encounter_id":').js(pt["enc"], "other_id")
    ln.t(f',"wound":{{"site":"{rng.choice(["L plantar 1st MTH", "R plantar 5th MTH", "L hallux distal", "R heel posterior", "L 2nd toe dorsal PIPJ"])}",'
         f'"classification":"{rng.choice(["Wagner 1", "Wagner 2", "UT 1A", "UT 2A"])}","length_cm":{rng.uniform(0.3, 3):.1f},'
         f'"width_cm":{rng.uniform(0.2, 2.5):.1f},"depth_cm":{rng.uniform(0.1, 0.8):.1f},"tissue":{{"granulation_pct":{rng.choice([50, 70, 80, 90, 100])},'
         f'"slough_pct":{rng.choice([0, 10, 20, 30])}}}}},"captured_at":')
    ln.js(t.strftime("%Y-%m-%dT%H:%M:%S") + "-04:00", "date")
    ln.t(f',"captured_by":"{rng.choice(STAFF_USERS)}","device_model":"iPhone15,2","sha256":"{hashlib.sha256(str(rng.random()).encode()).hexdigest()}"}}')
    emit(ln)


NOTE_FAM = "visit_note"


_NOTE_KINDS = []
_MSG_KINDS = []


def cyc(store, kinds):
    if not store:
        store.extend(rng.sample(kinds, len(kinds)))
    return store.pop()


def ep_visit_note():
    pt = pick()
    k = cyc(_NOTE_KINDS, ["nail", "wound", "nail_rel", "json", "lower", "dispense"])
    t = clk.tick()
    d = svc_date()
    doc = rng.choice(STAFF)
    if k == "nail":
        ln = L(NOTE_FAM).t(f"[{t:%Y-%m-%d %H:%M}] note.signed enc=").p(pt["enc"], "other_id").t(" S: ")
        ln.p(str(pt["age"]), "age" if pt["age"] > 89 else None)
        ln.t(f" y/o {'F' if pt['sex'] == 'F' else 'M'} w/ DM2, PVD presents for at-risk nail care. ")
        ln.t(f"O: nails 1-5 bil thickened, dystrophic, yellow w/ subungual debris; DP/PT {rng.choice(['1/4', '0/4', '2/4'])} bil. ")
        ln.t(f"A: onychomycosis B35.1, class findings Q8. P: debridement of nails 6+ (11721). Signed {doc}")
        emit(ln)
    elif k == "nail_rel":
        ln = L(NOTE_FAM).t("Pt ").p(name_form(pt), "name").t(" (DOB ").p(fdate(pt["dob"], rng.choice(["us_nz", "us_short", "dmon"])), "date")
        ln.t(", ").p(str(pt["age"]), "age" if pt["age"] > 89 else None).t(" yo")
        ln.t(") seen ").p(fdate(d, "us_nz"), "date")
        ln.t(f" for routine foot care; accompanied by {pt['rel_kind'][0]} ").p(pt["rel_first"], "name")
        ln.t(" who can be reached at ").p(fphone(pt["rel_phone"], rphone_style()), "phone")
        ln.t(". Mycotic nails x10 debrided, no bleeding. RTC 9 wks.")
        emit(ln)
    elif k == "wound":
        ln = L(NOTE_FAM).t("Wound care visit ").p(fdate(d, rng.choice(["us", "long", "iso"])), "date")
        ln.t(f" — {rng.choice(['L', 'R'])} plantar {rng.choice(['hallux', '1st MTH', '5th MTH'])} ulcer "
             f"{rng.uniform(0.5, 3):.1f} x {rng.uniform(0.4, 2):.1f} x {rng.uniform(0.1, 0.6):.1f} cm, granular base, no probe to bone. ")
        ln.t("Sharp excisional debridement (11042). ").p(name_form(pt), "name").t(" (")
        ln.p(str(pt["age"]), "age" if pt["age"] > 89 else None).t(f"{pt['sex']})")
        ln.t(f" tolerated well; offloading in CAM walker, f/u 1 wk with {doc.split(',')[0]}.")
        emit(ln)
    elif k == "json":
        ln = L("note_json").t(f'{{"note_id":{rng.randint(300000, 399999)},"patient_id":').p(str(pt["id"]), "mrn")
        ln.t(f',"author":"{doc}","type":"progress","body":"')
        ln.t("CC: painful thick toenails\\nHPI: ").p(str(pt["age"]), "age" if pt["age"] > 89 else None)
        ln.t(f"yo {'woman' if pt['sex'] == 'F' else 'man'} with DM2 (A1c {rng.uniform(6.1, 9.8):.1f}), last seen ")
        ln.p(fdate(d - dt.timedelta(days=63), "us_nz"), "date").t(". Lives with ")
        ln.p(f"{pt['rel_first']} {pt['rel_last']}", "name").t(f" ({pt['rel_kind'][0]}).\\nExam: epicritic sensation absent to 5.07 SWMF at "
                                                              f"{rng.randint(3, 10)}/10 sites\\nA/P: B35.1, E11.42 - debrided nails 1-10; diabetic shoes recertified\",")
        ln.t('"signed_at":').js(f"{utc(t):%Y-%m-%dT%H:%M:%SZ}", "date").t("}")
        emit(ln)
    elif k == "lower":
        ln = L(NOTE_FAM).t(f"addendum by {rng.choice(STAFF_USERS)}: called pt ").p(f"{pt['first'].lower()} {pt['last'].lower()}", "name")
        ln.t(" at ").p(fphone(pt["phone"], rng.choice(["raw", "dot", "dash"])), "phone")
        ln.t(f" re: shoe fitting appt ").p(fdate(TODAY + dt.timedelta(days=rng.randint(2, 12)), rng.choice(["us_short", "monyy"])), "date")
        ln.t(" - lvm, will try again tomorrow")
        emit(ln)
    else:
        ln = L(NOTE_FAM).t("Dispensing note: 1 pr extra-depth shoes (A5500 x2) + 3 pr heat-molded inserts (A5512 x6) fitted to ")
        ln.p(name_form(pt), "name").t(" on ").p(fdate(d, rng.choice(["us", "dmon"])), "date")
        ln.t(f"; size {pt['shoe']} {pt['width']}, thumb-width toe room OK, no erythema after 10 min ambulation. Fitter: Marcus Tolliver, C.Ped")
        emit(ln)


def ep_note_noise():
    t = clk.tick()
    emit(L(NOTE_FAM).t(rng.choice([
        "Procedure: debridement of nails 6 or more (11721). Tolerated well, no bleeding. Pt educated on daily foot inspection.",
        "ROS: denies fever, chills, calf pain. Neuro: LOPS bil per monofilament. Derm: xerosis plantar bil, no open lesions.",
        "Plan: continue offloading; cultures not indicated; recheck 1 wk. Reviewed signs of infection and when to call.",
        "Template 'DFU follow-up v4' applied; 3 smart-phrases expanded (.WOUNDMEAS .OFFLOAD .RTC).",
        "Class findings: absent PT pulse, absent DP pulse (class B x2) -> Q8 appended to 11721.",
    ])))


def ep_portal_msg():
    pt = pick()
    t = clk.tick()
    k = cyc(_MSG_KINDS, ["es", "en_url", "en", "en_fax"])
    ln = L("portal_msg").t(f'{{"thread_id":"th_{b36(10)}","direction":"inbound","patient_id":').p(str(pt["id"]), "mrn")
    ln.t(f',"received_at":"{utc(t):%Y-%m-%dT%H:%M:%SZ}","body":"')
    if k == "es":
        rel = pt["rel_kind"][2]
        ln.t("Hola, soy ").p(f"{pt['rel_first']} {pt['rel_last']}", "name").t(f", {rel} de ").p(pt["first"], "name")
        ln.t(". Necesita cambiar la cita del ").p(fdate(TODAY + dt.timedelta(days=rng.randint(2, 10)), "dmy")[:5], "date")
        ln.t(" para los zapatos. Mi número es ").p(fphone(pt["rel_phone"], "space"), "phone").t(". Gracias!")
    elif k == "en_url":
        ln.t("Hi, this is ").p(pt["first"].split()[0], "name").t(". My son set up a page with updates after my toe surgery: ")
        slug = fold(pt["first"] + pt["last"]).lower().replace(" ", "").replace("'", "").replace("-", "").replace(".", "")
        ln.p(f"https://www.caringbridge.org/visit/{slug}", "url").t(" - can Dr. Raman see the photo of the incision there?")
    elif k == "en_fax":
        ln.t("Please fax the shoe receipt to my home fax ").p(fphone(pt["phone2"], rng.choice(["dash", "paren"])), "fax")
        ln.t(", the supplemental plan wants it. Member # ").p(pt["medigap"], "health_plan").t(". Thanks, ").p(f"{pt['first']} {pt['last'][0]}.", "name")
    else:
        ln.t("The new inserts rub on my left little toe, there is a blister since ")
        ln.p(fdate(TODAY - dt.timedelta(days=rng.randint(1, 5)), rng.choice(["us_short", "monyy"]))[:], "date")
        ln.t(". Can I come in before my appt? - ").p(pt["first"].split()[0].upper() if rng.random() < 0.3 else pt["first"].split()[0], "name")
    ln.t(f'","attachments":{rng.randint(0, 2)}}}')
    emit(ln)


def ep_zpl():
    pt = pick()
    fam = "zpl"
    t = clk.tick()
    shp = f"shp_{hexs(32)}"
    trk = rng.choice([f"1Z{rng.randint(100, 999)}E{rng.randint(10, 99)}03{rng.randint(10**9, 10**10 - 1)}",
                      f"9400{rng.randint(10**17, 10**18 - 1)}"])
    emit(L("label_svc").t(f"{ts_syslog(t)} ship01 label-svc[3112]: printing {shp} on zebra-ship-01 (ZD421) 4x6 dpi=203 tracking={trk}"))
    emit(L(fam).t("^XA^CI28"))
    emit(L(fam).t("^FO40,30^A0N,26,26^FDSTEPWELL DIABETIC FOOTWEAR^FS"))
    emit(L(fam).t("^FO40,60^A0N,22,22^FD2200 INDUSTRIAL PKWY STE 4, COLUMBUS OH 43228^FS"))
    emit(L(fam).t("^FO40,200^A0N,34,34^FDSHIP TO: ").p(fold(f"{pt['first']} {pt['last']}").upper(), "name").t("^FS"))
    emit(L(fam).t("^FO40,244^A0N,30,30^FD").p(fold(pt["street"]).upper(), "address").t("^FS"))
    ln = L(fam).t("^FO40,284^A0N,30,30^FD").p(fold(pt["city"]).upper(), "address").t(" OH ")
    ln.p(f"{pt['zip']}-{pt['zip4']}" if rng.random() < 0.6 else pt["zip"], "zip").t("^FS")
    emit(ln)
    emit(L(fam).t(f"^FO40,420^BY3^BCN,120,Y,N,N^FD{trk}^FS"))
    emit(L(fam).t(f"^FO40,600^A0N,22,22^FDREF: LAB-2024-{rng.randint(100000, 199999)}  WT {rng.uniform(1.5, 6):.1f} LB^FS"))
    emit(L(fam).t("^XZ"))


def ep_carrier_delivered():
    pt = pick()
    t = clk.tick()
    trk = f"9400{rng.randint(10**17, 10**18 - 1)}"
    signer = rng.choice(["pt", "rel", "none"])
    ln = L("carrier_webhook").t(f'{{"id":"evt_{hexs(32)}","object":"Event","description":"tracker.updated","mode":"production",'
                                f'"result":{{"id":"trk_{hexs(32)}","object":"Tracker","tracking_code":"{trk}","status":"delivered",'
                                f'"carrier":"USPS","signed_by":')
    if signer == "pt":
        ln.js(f"{fold(pt['first'])[0].upper()} {fold(pt['last']).upper()}", "name")
    elif signer == "rel":
        ln.js(fold(f"{pt['rel_first']} {pt['rel_last']}").upper(), "name")
    else:
        ln.t("null")
    ln.t(f',"tracking_details":[{{"message":"Delivered, {rng.choice(["Front Door/Porch", "In/At Mailbox", "Left with Individual"])}",'
         f'"datetime":"{utc(t):%Y-%m-%dT%H:%M:%SZ}","tracking_location":{{"city":')
    ln.js(fold(pt["city"]).upper(), "address").t(',"state":"OH","zip":').js(pt["zip"], "zip")
    ln.t(f'}}}}],"public_url":"https://track.easypost.com/djE6dHJrXz{b36(26)}"}}}}')
    emit(ln)


def ep_carrier_shippo():
    pt = pick()
    t = clk.tick()
    ln = L("carrier_webhook").t(f'{{"event":"track_updated","test":false,"data":{{"carrier":"ups","tracking_number":"1Z{rng.randint(100, 999)}E{rng.randint(10, 99)}03{rng.randint(10**9, 10**10 - 1)}",'
                                '"address_to":{"name":')
    ln.js(f"{pt['first']} {pt['last']}", "name").t(',"street1":').js(pt["street"], "address").t(',"city":').js(pt["city"], "address")
    ln.t(',"state":"OH","zip":').js(pt["zip"], "zip").t(',"phone":').js(fphone(pt["phone"], rng.choice(["raw", "dash"])), "phone")
    if rng.random() < 0.5:
        ln.t(',"email":').js(pt["email"], "email")
    ln.t(f'}},"tracking_status":{{"status":"{rng.choice(["PRE_TRANSIT", "TRANSIT", "DELIVERED"])}","status_date":"{utc(t):%Y-%m-%dT%H:%M:%SZ}"}},'
         f'"metadata":"order LAB-2024-{rng.randint(100000, 199999)}"}}}}')
    emit(ln)


def ep_hl7():
    pt = pick()
    t = clk.tick()
    fam = "hl7v2"
    doc = rng.choice(STAFF)
    dl, df = doc.split(",")[0].split()[-1].upper(), doc.split()[0].upper()
    emit(L(fam).t(f"MSH|^~\\&|PODEHR|BFA|STEPWELL_DME|STEPWELL|{t:%Y%m%d%H%M%S}||ADT^A08^ADT_A01|{hexs(20).upper()}|P|2.5.1"))
    emit(L(fam).t(f"EVN|A08|{t:%Y%m%d%H%M%S}|||{rng.choice(STAFF_USERS).upper()}"))
    ln = L(fam).t("PID|1||").p(pt["mrn"], "mrn").t("^^^BFA^MR~").p(pt["mbi"], "health_plan").t("^^^CMS^MC||")
    ln.p(fold(pt["last"]).upper(), "name").t("^").p(fold(pt["first"]).upper(), "name").t("^")
    if pt["mid"]:
        ln.p(pt["mid"].upper(), "name")
    ln.t("^^^^L||").p(fdate(pt["dob"], "d8"), "date").t(f"|{pt['sex']}|||")
    ln.p(fold(pt["street"]).upper(), "address").t("^^").p(fold(pt["city"]).upper(), "address").t("^OH^").p(pt["zip"], "zip")
    ln.t("^USA^H^^").p(pt["county"].upper(), "address").t("||").p(fphone(pt["phone"], "paren_tight"), "phone").t("^PRN^PH")
    if rng.random() < 0.6:
        ln.t("~^NET^Internet^").p(pt["email"], "email")
    ln.t("||ENG|||").p(pt["acct"], "account").t("|")
    if rng.random() < 0.5:
        ln.p(pt["ssn"], "ssn")
    ln.t("|")
    emit(ln)
    ln = L(fam).t("NK1|1|").p(fold(pt["rel_last"]).upper(), "name").t("^").p(fold(pt["rel_first"]).upper(), "name")
    ln.t(f"|{pt['rel_kind'][1]}^{pt['rel_kind'][0].title()}^HL70063||").p(fphone(pt["rel_phone"], "paren_tight"), "phone").t("||EC^Emergency Contact^HL70131")
    emit(ln)
    emit(L(fam).t(f"PV1|1|O|{rng.choice(SITES)}^^^BFA||||{STAFF_NPI[doc]}^{dl}^{df}^^^^{doc.split(', ')[1]}|||POD||||1|||||")
         .p(pt["enc"], "other_id").t("|||||||||||||||||||||||||").p(f"{t:%Y%m%d%H%M}", "date"))
    ln = L(fam).t("IN1|1|MCRB|CMS|MEDICARE PART B|PO BOX 20018^^NASHVILLE^TN^37202||||||||||||").p(fold(pt["last"]).upper(), "name")
    ln.t("^").p(fold(pt["first"]).upper(), "name").t("|01^Self|").p(fdate(pt["dob"], "d8"), "date").t("|||||||||||||||||||")
    ln.p(pt["mbi"], "health_plan")
    emit(ln)
    if rng.random() < 0.4:
        emit(L(fam).t("IN2|1||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||").p(pt["medicaid"], "health_plan"))


def ep_rtm():
    pt = pick()
    t = clk.tick()
    serial = f"SM2-{rng.randint(100, 199)}-{rng.randint(10000, 99999)}"
    ln = L("rtm_webhook").t(f'{{"event":"reading.{rng.choice(["alert", "alert", "completed"])}","mat_serial":').js(serial, "device")
    if rng.random() < 0.6:
        ln.t(',"modem_imei":').js(gen_imei(), "device")
    ln.t(',"patient":{"external_id":').js(pt["mrn"], "mrn").t(',"dob":').js(fdate(pt["dob"], "iso"), "date").t("}")
    ln.t(',"reading_at":').js(f"{utc(t) - dt.timedelta(hours=rng.randint(1, 6)):%Y-%m-%dT%H:%M:%SZ}", "date")
    ln.t(f',"max_asymmetry_c":{rng.uniform(0.5, 3.8):.1f},"threshold_c":2.2,"site":"{rng.choice(["L 1st MTH", "R heel", "L hallux", "R 5th MTH"])}",'
         f'"firmware":"4.{rng.randint(0, 9)}.{rng.randint(0, 30)}","rssi":-{rng.randint(60, 105)}}}')
    emit(ln)


def ep_cgm_note():
    pt = pick()
    ln = L(NOTE_FAM).t("Med rec: pt ").p(name_form(pt), "name").t(" uses Dexcom G7, sensor SN ")
    ln.p(f"{rng.randint(10, 99)}{''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(2))}{rng.randint(1000000, 9999999)}", "device")
    ln.t(f", 14-day TIR {rng.randint(40, 85)}%; reviewed glucose log, pt advised to keep feet checks daily.")
    emit(ln)


def ep_kiosk():
    pt = pick()
    t = clk.tick()
    appt = f"A-{rng.randint(700000, 799999)}"
    ln = L("kiosk").t(f"{ts_syslog(t)} kiosk-0{rng.randint(1, 4)} checkin[{rng.randint(300, 900)}]: ")
    ln.t('{"appt_id":').js(appt, "other_id").t(',"patient_id":').p(str(pt["id"]), "mrn")
    ln.t(f',"method":"fingerprint","template_format":"ISO19794-2:2005","template":').js(fmr_b64(rng.randint(90, 140)), "biometric")
    ln.t(f',"match_score":{rng.uniform(0.82, 0.99):.2f},"result":"verified"}}')
    emit(ln)


def ep_nginx_portal():
    pt = pick()
    t = clk.tick()
    ip = gen_ip()
    path = rng.choice([f"/portal/shipments/shp_{hexs(32)}/track", "/portal/dashboard", "/portal/messages/new",
                       "/portal/documents/cert-statement.pdf", "/portal/appointments"])
    ua = rng.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
                     "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
                     "Mozilla/5.0 (Linux; Android 14; SM-S911U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36"])
    ln = L("nginx").p(ip, "ip").t(f' - - [{ts_nginx(t)}] "GET {path} HTTP/2.0" 200 {rng.randint(900, 40000)} '
                                  f'"https://ehr.buckeyefoot.com/portal/dashboard" "{ua}" rt={rng.uniform(0.005, 0.4):.3f} uct=0.000')
    emit(ln)
    if rng.random() < 0.5:
        pt2 = pt
        ln = L("nginx").p(ip, "ip").t(f' - ').p(pt2["user"], "other_id").t(f' [{ts_nginx(clk.tick(0.1, 2))}] "GET /portal/messages HTTP/2.0" 200 '
                                                                            f'{rng.randint(900, 40000)} "-" "{ua}" rt={rng.uniform(0.005, 0.4):.3f} uct=0.000')
        emit(ln)


def ep_fax_send():
    pt = pick()
    t = clk.tick()
    job = rng.randint(4000, 9999)
    ln = L("hylafax").t(f"{ts_syslog(t)} fax01 FaxQueuer[{rng.randint(100, 999)}]: JOB {job}: SUBMIT dest=1614{rng.randint(200, 999)}{rng.randint(1000, 9999)} "
                        "file=/var/spool/hylafax/docq/cert_stmt_")
    ln.p(pt["mrn"], "mrn").t("_").p(fold(pt["last"]).upper().replace(" ", ""), "name").t(f".pdf pages=2 owner=docsvc")
    emit(ln)
    emit(L("hylafax").t(f"{ts_syslog(clk.tick(20, 90))} fax01 FaxSend[{rng.randint(1000, 9999)}]: SEND FAX: JOB {job}: FROM docsvc@stepwell "
                        f"TO 1614{rng.randint(200, 999)}{rng.randint(1000, 9999)} (page 2 of 2 sent in 0:{rng.randint(30, 59)}), 14400 bit/s"))


def ep_intake_csv():
    fam = "intake_csv"
    emit(L(fam).t("mrn|last|first|dob|ssn|home_phone|cell|email|guarantor|guarantor_phone|guarantor_fax|mcd_id"))
    for _ in range(rng.randint(1, 2)):
        pt = pick()
        ln = L(fam).p(pt["mrn"], "mrn").t("|").p(pt["last"].upper(), "name").t("|").p(pt["first"].upper(), "name").t("|")
        ln.p(fdate(pt["dob"], "us"), "date").t("|").p(pt["ssn"] if rng.random() < 0.5 else pt["ssn"].replace("-", ""), "ssn").t("|")
        ln.p(fphone(pt["phone2"], "dash"), "phone").t("|").p(fphone(pt["phone"], "dash"), "phone").t("|").p(pt["email"], "email").t("|")
        ln.p(f"{pt['rel_last'].upper()}, {pt['rel_first'].upper()}", "name").t("|").p(fphone(pt["rel_phone"], "raw"), "phone").t("|")
        if rng.random() < 0.5:
            ln.p(fphone(gen_phone(), "raw"), "fax")
        ln.t("|")
        if rng.random() < 0.5:
            ln.p(pt["medicaid"], "health_plan")
        emit(ln)


EPISODES = [
    (ep_rails_show, 5), (ep_rails_update, 3), (ep_portal_login, 3), (ep_portal_avatar, 1), (ep_lograge_search, 5),
    (ep_rails_unique, 1), (ep_payment_error, 2), (ep_placard, 1), (ep_sk_lab_order, 3), (ep_sk_elig, 3), (ep_sk_claim_fail, 2),
    (ep_sk_sms, 2), (ep_sk_fax_cert, 3), (ep_sk_adr, 3), (ep_scan_json, 4), (ep_stl, 2), (ep_pressure, 1), (ep_lab_xml, 5),
    (ep_lab_csv, 3), (ep_lab_csv_de, 2), (ep_cert_stmt, 1), (ep_837p, 1), (ep_835, 2), (ep_cms1500, 3), (ep_exiftool, 2),
    (ep_wound_json, 4), (ep_visit_note, 16), (ep_portal_msg, 7), (ep_zpl, 1), (ep_carrier_delivered, 5), (ep_carrier_shippo, 3),
    (ep_hl7, 2), (ep_rtm, 4), (ep_cgm_note, 2), (ep_kiosk, 2), (ep_nginx_portal, 4), (ep_fax_send, 2), (ep_intake_csv, 2),
]

# ================================================================= NOISE (no PHI)


def n_nginx_health():
    t = clk.tick()
    src = rng.choice(["10.0.3.12", "10.0.3.14", "10.0.7.2"])
    path, ua = rng.choice([("/up", "kube-probe/1.28"), ("/healthz", "kube-probe/1.28"), ("/sidekiq/stats", "Datadog Agent/7.51.0"),
                           ("/assets/application-3f9a2c1e.css", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)")])
    emit(L("nginx").t(f'{src} - - [{ts_nginx(t)}] "GET {path} HTTP/1.1" 200 {rng.randint(2, 9000)} "-" "{ua}" rt={rng.uniform(0.001, 0.02):.3f} uct=0.000'))


def n_nginx_bot():
    t = clk.tick()
    ip = f"{rng.choice([45, 185, 193, 91])}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"
    path = rng.choice(["/wp-login.php", "/.env", "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php", "/cgi-bin/luci", "/.git/config"])
    emit(L("nginx").t(f'{ip} - - [{ts_nginx(t)}] "GET {path} HTTP/1.1" 404 {rng.randint(150, 600)} "-" "Mozilla/5.0 zgrab/0.x" rt=0.002 uct=0.000'))


def n_rails_up():
    rid, pid = uid(), rng.choice(RAILS_PIDS)
    emit(rails_line("INFO", rid, pid).t(f'Started GET "/up" for 10.0.3.{rng.randint(2, 30)} at {clk.t.strftime("%Y-%m-%d %H:%M:%S")} -0400'))
    emit(rails_line("INFO", rid, pid).t("Processing by Rails::HealthController#show as HTML"))
    emit(rails_line("INFO", rid, pid).t(f"Completed 200 OK in {rng.randint(1, 4)}ms (Views: 0.4ms | ActiveRecord: 0.0ms (0 queries, 0 cached) | GC: 0.0ms)"))


def n_rails_misc():
    rid, pid = uid(), rng.choice(RAILS_PIDS)
    emit(rails_line(rng.choice(["INFO", "WARN", "ERROR", "DEBUG"]), rid, pid).t(rng.choice([
        "ActionController::RoutingError (No route matches [GET] \"/wp-login.php\"):",
        "ActionController::InvalidAuthenticityToken (Can't verify CSRF token authenticity.):",
        f"  CACHE OrthoticCatalogItem Load ({rng.uniform(0, 0.2):.1f}ms)  SELECT \"orthotic_catalog_items\".* FROM \"orthotic_catalog_items\" WHERE \"orthotic_catalog_items\".\"hcpcs\" = $1  [[\"hcpcs\", \"A5512\"]]",
        f"  ActiveStorage::Blob Load ({rng.uniform(0.2, 1.5):.1f}ms)  SELECT \"active_storage_blobs\".* FROM \"active_storage_blobs\" WHERE \"active_storage_blobs\".\"id\" = $1 LIMIT $2  [[\"id\", {rng.randint(100000, 999999)}], [\"LIMIT\", 1]]",
        "Rack::Attack throttled portal/ip (limit 20/min)",
        f"[ActionCable] Broadcasting to dashboard:site:{rng.choice(SITES)}: {{\"type\":\"queue_update\",\"waiting\":{rng.randint(0, 9)}}}",
        f"Rendered layout layouts/application.html.erb (Duration: {rng.uniform(10, 90):.1f}ms | GC: {rng.uniform(0, 3):.1f}ms)",
        f"ActiveJob enqueued Claims::BatchBuildJob (Job ID: {uid()}) to Sidekiq(claims)",
    ])))


def n_rails_boot():
    pid = rng.choice(RAILS_PIDS)
    boot = [
        f"Puma starting in cluster mode...", f"* Puma version: 6.4.2 (ruby 3.3.0-p0) (\"The Eagle of Durango\")",
        "*  Min threads: 5", "*  Max threads: 5", "*  Environment: production", f"*   Master PID: {rng.randint(1, 40)}",
        "*      Workers: 4", "* Listening on http://0.0.0.0:3000", "Use Ctrl-C to stop",
        "- Worker 2 (PID: 2855) booted in 0.04s, phase: 0"]
    st = rng.randint(0, len(boot) - 3)
    for msg in boot[st:st + rng.randint(2, 3)]:
        clk.tick(0.01, 0.2)
        emit(L("puma").t(f"[{pid}] {msg}"))


def n_sidekiq():
    msgs = {
        "Orthotics::LabStatusPollJob": lambda: f"polled {rng.randint(5, 40)} open lab orders, {rng.randint(0, 5)} status changes (SHIPPED={rng.randint(0, 3)}, IN_PRODUCTION={rng.randint(0, 3)})",
        "Claims::EraImportJob": lambda: f"835 file ERA_{TODAY:%Y%m%d}_{rng.randint(1, 9)}.835 imported: {rng.randint(4, 60)} CLP loops, {rng.randint(0, 4)} unmatched",
        "Maintenance::PurgeExpiredSessionsJob": lambda: f"purged {rng.randint(10, 900)} expired sessions older than 30d",
        "Shipping::TrackerRefreshJob": lambda: f"refreshed {rng.randint(5, 80)} trackers (delivered={rng.randint(0, 12)}, exceptions=0)",
        "Documents::OcrIngestJob": lambda: f"OCR batch {uid()} -> {rng.randint(1, 12)} pages, mean confidence 0.{rng.randint(85, 99)}",
        "Reports::DailyDmeposSummaryJob": lambda: f"summary built: {rng.randint(10, 80)} claims, {rng.randint(0, 6)} pending CMN/cert, csv={rng.randint(8, 90)}KB",
        "Eligibility::NightlySweepJob": lambda: f"queued {rng.randint(20, 300)} MedicareCheckJob for appointments in next 72h",
        "ActiveStorage::AnalyzeJob": lambda: f"analyzed blob {b36(28)} (image/jpeg, {rng.randint(800, 4000)}KB)",
    }
    cls = rng.choice(sorted(msgs))
    jid, tid = hexs(24), rng.choice(SK_TIDS)
    k = rng.random()
    if k < 0.35:
        emit(sk_line(cls, jid, tid).t("start"))
        emit(sk_line(cls, jid, tid, elapsed=f"{rng.uniform(0.01, 9):.3f}").t("done"))
    elif k < 0.55:
        emit(sk_line(cls, jid, tid).t(msgs[cls]()))
    elif k < 0.75:
        emit(sk_line(cls, jid, tid, "WARN").t(rng.choice([
            "Net::ReadTimeout: Net::ReadTimeout with #<TCPSocket:(closed)>",
            "Redis::TimeoutError: Connection timed out",
            "Faraday::ServerError: the server responded with status 503",
            "ActiveRecord::ConnectionTimeoutError: could not obtain a connection from the pool within 5.000 seconds (waited 5.002 seconds); all pooled connections were in use",
        ])))
    else:
        t = clk.tick()
        emit(L("sidekiq").t(f"{ts_sk(t)} pid=7 tid={tid} INFO: " + rng.choice([
            "Booting Sidekiq 7.2.2 with Sidekiq::RedisConnection::RedisClientAdapter options {:url=>\"redis://redis-primary:6379/2\"}",
            "Starting processing, hit Ctrl-C to stop", f"Cron Jobs - added job with name: nightly_eligibility_sweep",
            "Heartbeat: 25 busy / 25 capacity on queues [critical, claims, default, mailers, low]",
            f"Scheduled::Poller enqueued {rng.randint(1, 9)} jobs from schedule",
        ])))


def n_postgres():
    t = clk.tick()
    emit(L("postgres").t(f"{ts_pg(t)} [{rng.randint(1000, 40000)}] " + rng.choice([
        f"LOG:  checkpoint starting: time",
        f"LOG:  checkpoint complete: wrote {rng.randint(100, 4000)} buffers ({rng.uniform(0.1, 9):.1f}%); 0 WAL file(s) added, 0 removed, {rng.randint(0, 3)} recycled; write={rng.uniform(10, 200):.3f} s, sync=0.0{rng.randint(10, 99)} s, total={rng.uniform(10, 200):.3f} s",
        f"LOG:  automatic vacuum of table \"ehr_prod.public.sidekiq_job_logs\": index scans: 1",
        f"LOG:  duration: {rng.uniform(500, 4000):.3f} ms  statement: SELECT count(*) FROM \"orthotic_orders\" WHERE \"orthotic_orders\".\"status\" = 'submitted'",
        f"ERROR:  canceling statement due to statement timeout",
        f"LOG:  connection authorized: user=ehr_app database=ehr_prod application_name=puma SSL enabled (protocol=TLSv1.3)",
    ])))


def n_redis():
    t = clk.tick()
    emit(L("redis").t(f"1:M {ts_redis(t)} " + rng.choice([
        "* 100 changes in 300 seconds. Saving...", f"* Background saving started by pid {rng.randint(100, 9999)}",
        "* Background saving terminated with success", "* DB saved on disk",
        f"* Fork CoW for RDB: current {rng.randint(1, 9)} MB, peak {rng.randint(1, 9)} MB, average 0 MB",
    ])))


def n_scanner():
    t = clk.tick()
    host = f"scanbay{rng.randint(1, 3)}"
    emit(L("syslog").t(f"{ts_syslog(t)} {host} " + rng.choice([
        f"fs3dd[812]: calibration check OK (rms={rng.uniform(0.1, 0.4):.2f}mm) cams=4 fw=4.2.17",
        f"fs3dd[812]: camera 2 exposure adjusted 1/{rng.choice([60, 120, 250])}s gain={rng.uniform(1, 4):.1f}",
        f"kernel: [{rng.uniform(1000, 90000):.6f}] usb 1-1.3: new high-speed USB device number {rng.randint(3, 20)} using xhci_hcd",
        f"matdrv[1422]: HR Mat SN 22-4471 connected, {rng.choice([2288, 4576])} sensels, temp {rng.uniform(22, 30):.1f}C",
        f"systemd[1]: Started fs3d-upload.service - Foot scan uploader.",
        f"fs3dd[812]: license check ok, seat 2/3, expires 2025-01-31",
        f"CRON[{rng.randint(1000, 9999)}]: (root) CMD (/usr/local/bin/rotate-scans --keep 14d)",
    ])))


def n_sftp():
    t = clk.tick()
    emit(L("sftp_push").t(f"{ts_syslog(t)} integ01 sftp-push[{rng.randint(2000, 9000)}]: " + rng.choice([
        f"uploaded batch_{TODAY:%Y%m%d}_{rng.randint(700, 1800):04d}.xml ({rng.uniform(2, 60):.1f} KB) to sftp.meridianorthoticlab.com:22 in {rng.uniform(0.2, 3):.2f}s",
        f"downloaded ack_{TODAY:%Y%m%d}_{rng.randint(1, 40):03d}.xml ({rng.randint(1, 9)} orders acknowledged)",
        f"host key fingerprint SHA256:{base64.b64encode(bytes(rng.getrandbits(8) for _ in range(32))).decode()[:43]} verified",
        f"connection to sftp.meridianorthoticlab.com closed (rc=0)",
    ])))


def n_x12_ack():
    n = rng.randint(1000, 9999)
    fam = "x12_999"
    emit(L(fam).t(f"ST*999*{rng.randint(1, 9999):04d}*005010X231A1~"))
    emit(L(fam).t(f"AK1*HC*{n}*005010X222A1~"))
    emit(L(fam).t(f"AK9*A*{rng.randint(1, 12)}*{rng.randint(1, 12)}*{rng.randint(1, 12)}~"))


def n_clearinghouse():
    t = clk.tick()
    emit(L("edi_gateway").t(f"{ts_rails(t)} edi-gw level=info " + rng.choice([
        f"msg=\"277CA received\" batch={rng.randint(1000, 9999)} accepted={rng.randint(1, 30)} rejected={rng.randint(0, 2)} reason=\"A7:21 missing/invalid information\"",
        f"msg=\"batch transmitted\" batch={rng.randint(1000, 9999)} claims={rng.randint(1, 30)} bytes={rng.randint(2000, 90000)} endpoint=https://api.claim.md/services/upload/",
        f"msg=\"TA1 accepted\" isa13={rng.randint(1000, 9999):09d}",
        f"msg=\"dmepos fee schedule loaded\" year=2024 quarter=Q1 rows={rng.randint(9000, 12000)} sha1={hexs(40)}",
    ])))


def n_carrier_transit():
    t = clk.tick()
    trk = f"9400{rng.randint(10**17, 10**18 - 1)}"
    city, st, z = rng.choice([("COLUMBUS", "OH", "43218"), ("CINCINNATI", "OH", "45235"), ("INDIANAPOLIS", "IN", "46206"),
                              ("LOUISVILLE", "KY", "40231")])
    emit(L("carrier_webhook").t(f'{{"id":"evt_{hexs(32)}","object":"Event","description":"tracker.updated","result":{{"tracking_code":"{trk}",'
                                f'"status":"in_transit","carrier":"USPS","tracking_details":[{{"message":"Arrived at USPS Regional Facility",'
                                f'"datetime":"{utc(t):%Y-%m-%dT%H:%M:%SZ}","tracking_location":{{"city":"{city}","state":"{st}","zip":"{z}"}}}}],'
                                f'"est_delivery_date":"{(TODAY + dt.timedelta(days=rng.randint(1, 3))).isoformat()}T00:00:00Z"}}}}'))


def n_label_api():
    t = clk.tick()
    emit(L("label_svc").t(f"{ts_syslog(t)} ship01 label-svc[3112]: " + rng.choice([
        f"POST https://api.easypost.com/v2/shipments 201 ({rng.randint(150, 900)} ms) shp_{hexs(32)} rate=USPS GroundAdvantage $8.{rng.randint(10, 99)}",
        f"zebra-ship-01 status: ready, media=4x6 thermal, head temp {rng.randint(25, 40)}C, labels printed today {rng.randint(10, 120)}",
        f"POST https://api.easypost.com/v2/shipments/shp_{hexs(32)}/buy 200 ({rng.randint(200, 1200)} ms)",
        f"webhook signature verified (hmac-sha256) for evt_{hexs(32)}",
    ])))


def n_fax():
    t = clk.tick()
    emit(L("hylafax").t(f"{ts_syslog(t)} fax01 " + rng.choice([
        f"FaxGetty[{rng.randint(100, 999)}]: MODEM USRobotics Courier V.Everything/V.34+/V.90 ready",
        f"FaxSend[{rng.randint(1000, 9999)}]: SEND FAILED: JOB {rng.randint(4000, 9999)}: Busy signal detected (retry in 5m)",
        f"faxq[{rng.randint(100, 999)}]: JOB {rng.randint(4000, 9999)}: SEND DONE, dest +1 614 555 0164, sig {hexs(8)}",
    ])))


def n_metrics():
    t = clk.tick()
    emit(L("metrics").t(rng.choice([
        f'sidekiq_jobs_processed_total{{queue="claims"}} {rng.randint(10000, 90000)} {int(utc(t).timestamp() * 1000)}',
        f'puma_request_backlog{{worker="{rng.randint(0, 3)}"}} {rng.randint(0, 4)} {int(utc(t).timestamp() * 1000)}',
        f'rails_request_duration_seconds_bucket{{controller="patients",action="show",le="0.1"}} {rng.randint(1000, 9000)}',
        f'stepwell_lab_orders_open{{lab="meridian"}} {rng.randint(5, 60)}',
        f'http_requests_total{{service="ehr-web",status="500"}} {rng.randint(0, 40)}',
    ])))


def n_deploy():
    t = clk.tick()
    emit(L("deploy").t(f"{ts_rails(t)} kamal " + rng.choice([
        f"INFO Deploying ehr-web:{hexs(7)} (release v2024.03.18-{rng.randint(1, 4)}, build {rng.randint(8000, 9000)}) to 4 hosts",
        f"INFO [web-{rng.randint(1, 4)}] health check passed in {rng.uniform(1, 9):.1f}s",
        f"INFO Pruning old containers, keeping last 5",
        f"INFO Lock acquired by ci-runner-{rng.randint(1, 9)} (\"deploy from main @ {hexs(40)}\")",
    ])))


def n_config():
    t = clk.tick()
    emit(L("rails").t(f"I, [{ts_rails(t)} #{rng.choice(RAILS_PIDS)}]  INFO -- : " + rng.choice([
        "Filter parameters: [:passw, :email, :secret, :token, :_key, :crypt, :salt, :certificate, :otp, :ssn, :date_of_birth, :cvv, :cvc]",
        "ActiveStorage service: amazon (bucket=stepwell-ehr-attachments-prod, region=us-east-2)",
        "Support contact: billing@stepwellfootwear.com / (614) 555-0100, fax (614) 555-0101, PTAN OH1234567",
        "Lab endpoint configured: https://orders.meridianorthoticlab.com/api/v2 (account STEP01, contact: orders@meridianorthoticlab.com, 1-800-555-0142)",
        f"OpenTelemetry exporter: otlp http://otel-collector:4318 trace_id_ratio=0.1 service.version=2024.03.18+{hexs(7)}",
    ])))


def n_trace():
    t = clk.tick()
    emit(L("otel").t(f"{ts_sk(t)} otel-collector info span exported trace_id={hexs(32)} span_id={hexs(16)} "
                     f"name=\"{rng.choice(['POST /api/v2/orders', 'Claims::SubmitDmeposJob perform', 'GET /patients/:id', 'PG query'])}\" "
                     f"duration_ms={rng.uniform(1, 900):.1f} status=OK"))


def n_cert_blank():
    emit(L("cert_stmt").t(rng.choice([
        "Form version: CMS Therapeutic Shoe Certification (rev. 2021) - supplier copy",
        "This form must be signed by the certifying physician (MD/DO) managing the diabetes.",
        "Supplier: Stepwell Diabetic Footwear LLC, 2200 Industrial Pkwy Ste 4, Columbus, OH 43228  NPI 1487654329",
    ])))


def n_woundcam():
    t = clk.tick()
    emit(L("woundcam").t(f"{ts_sk(t)} woundcam-sync " + rng.choice([
        f"upload queue drained (0 pending), last sync {rng.randint(2, 60)}s ago",
        f"thumbnail job done img_{hexs(16)} 256x192 in {rng.randint(20, 200)}ms",
        f"measure model v{rng.randint(2, 3)}.{rng.randint(0, 9)} loaded (onnx, {rng.randint(30, 90)} MB)",
    ])))


NOISE = [(n_nginx_health, 8), (n_nginx_bot, 2), (n_rails_up, 4), (n_rails_misc, 6), (n_rails_boot, 1), (n_sidekiq, 9),
         (n_postgres, 4), (n_redis, 3), (n_scanner, 5), (n_sftp, 3), (n_x12_ack, 1), (n_clearinghouse, 3),
         (n_carrier_transit, 3), (n_label_api, 3), (n_fax, 2), (n_metrics, 4), (n_deploy, 2), (n_config, 2), (n_trace, 3),
         (n_cert_blank, 1), (n_woundcam, 2), (ep_note_noise, 2), (ep_lab_xml_ack, 2)]


def wpick(items):
    tot = sum(w for _, w in items)
    r = rng.uniform(0, tot)
    for f, w in items:
        r -= w
        if r <= 0:
            return f
    return items[-1][0]


def n_single():
    """One-line noise for the final fill."""
    rng.choice([n_nginx_health, n_postgres, n_redis, n_scanner, n_metrics, n_trace, n_clearinghouse, n_label_api])()


# ================================================================= compose
TOTAL = 500
TARGET_PHI = 232


def phi_lines():
    return sum(1 for ln in LINES if ln.sp)


def main():
    # make sure every episode type appears at least once, then weighted
    first_pass = [f for f, _ in EPISODES]
    rng.shuffle(first_pass)
    while len(LINES) < TOTAL:
        remaining = TOTAL - len(LINES)
        need_phi = TARGET_PHI - phi_lines()
        behind = phi_lines() < 0.49 * len(LINES) + rng.uniform(-6, 6)
        if need_phi > 0 and remaining > 30 and behind:
            f = first_pass.pop() if first_pass else wpick(EPISODES)
            mark = len(LINES)
            f()
            if len(LINES) > TOTAL:
                del LINES[mark:]
        elif remaining > 8:
            wpick(NOISE)()
            if len(LINES) > TOTAL:
                del LINES[TOTAL:]
        else:
            n_single()
    assert len(LINES) == TOTAL, len(LINES)

    log_lines, labels = [], []
    for i, ln in enumerate(LINES, 1):
        raw = bytes(ln.b)
        txt = raw.decode("utf-8")
        assert "\n" not in txt and "\r" not in txt and txt.strip(), (i, txt)
        prev = 0
        spans = []
        for s, e, cat, val in ln.sp:
            assert raw[s:e].decode("utf-8") == val, (i, val)
            assert s >= prev, (i, "overlap")
            prev = e
            spans.append({"s": s, "e": e, "cat": cat})
        log_lines.append(txt)
        labels.append(json.dumps({"line": i, "family": ln.fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, f"{ID}.log"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(log_lines))
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(labels) + "\n")


if __name__ == "__main__":
    main()
