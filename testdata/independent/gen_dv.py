#!/usr/bin/env python3
"""Deterministic generator of a labeled PHI test corpus (theme: AMC research biobank).

Writes dv.log and dv.labels.jsonl next to this file. Standard library only.
Spans are recorded while lines are built by concatenation (never searched afterwards).
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import uuid

ID = "dv"
N_LINES = 500
HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(1818)

CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip", "biometric",
        "photo", "other_id"}


# ---------------------------------------------------------------- line builder
class Line:
    def __init__(self, fam):
        self.fam = fam
        self.parts = []

    def t(self, *ss):
        for s in ss:
            self.parts.append((str(s), None))
        return self

    def p(self, s, cat):
        assert cat is None or cat in CATS, cat
        self.parts.append((str(s), cat))
        return self

    def add(self, parts):
        for s, c in parts:
            self.p(s, c)
        return self

    def render(self):
        buf = b""
        spans = []
        for s, cat in self.parts:
            b = s.encode("utf-8")
            if cat and b:
                spans.append((len(buf), len(buf) + len(b), cat, b))
            buf += b
        out = []
        for s, e, cat, b in spans:
            assert buf[s:e] == b, (buf, s, e, b)
            out.append({"s": s, "e": e, "cat": cat})
        for a, b2 in zip(out, out[1:]):
            assert a["e"] <= b2["s"]
        assert b"\n" not in buf and b"\r" not in buf, buf
        assert len(buf) <= 4000, len(buf)
        return buf, out


def P(v, cat):
    """PHI-tagged value for structured builders."""
    return (v, cat)


# ---------------------------------------------------------------- JSON / repr builders
class JO:
    def __init__(self, pairs):
        self.pairs = pairs


class JA:
    def __init__(self, items):
        self.items = items


def jparts(v, ascii_=True, sep=(", ", ": ")):
    cat = None
    if isinstance(v, tuple):
        v, cat = v
    out = []
    if isinstance(v, JO):
        out.append(("{", None))
        for i, (k, val) in enumerate(v.pairs):
            if i:
                out.append((sep[0], None))
            out.append((json.dumps(k, ensure_ascii=ascii_) + sep[1], None))
            out.extend(jparts(val, ascii_, sep))
        out.append(("}", None))
    elif isinstance(v, JA):
        out.append(("[", None))
        for i, val in enumerate(v.items):
            if i:
                out.append((sep[0], None))
            out.extend(jparts(val, ascii_, sep))
        out.append(("]", None))
    elif isinstance(v, str):
        esc = json.dumps(v, ensure_ascii=ascii_)[1:-1]
        out += [('"', None), (esc, cat), ('"', None)]
    else:
        out.append((json.dumps(v), cat))
    return out


JC = (",", ":")  # compact separators (Jackson / JS)


class PD:
    def __init__(self, pairs):
        self.pairs = pairs


class Raw:
    def __init__(self, text):
        self.text = text


def pyparts(v):
    cat = None
    if isinstance(v, tuple):
        v, cat = v
    out = []
    if isinstance(v, PD):
        out.append(("{", None))
        for i, (k, val) in enumerate(v.pairs):
            if i:
                out.append((", ", None))
            out.append((repr(k) + ": ", None))
            out.extend(pyparts(val))
        out.append(("}", None))
    elif isinstance(v, list):
        out.append(("[", None))
        for i, val in enumerate(v):
            if i:
                out.append((", ", None))
            out.extend(pyparts(val))
        out.append(("]", None))
    elif isinstance(v, Raw):
        out.append((v.text, cat))
    elif isinstance(v, str):
        r = repr(v)
        out += [(r[0], None), (r[1:-1], cat), (r[-1], None)]
    else:
        out.append((repr(v), cat))
    return out


# ---------------------------------------------------------------- clock
NOW = dt.datetime(2024, 3, 11, 5, 58, 12, 0)
TZ = "-04:00"
TODAY = dt.date(2024, 3, 11)


def tick(a=1, b=45):
    global NOW
    NOW += dt.timedelta(seconds=R.randint(a, b), milliseconds=R.randint(0, 999))
    return NOW


def ms():
    return f"{NOW.microsecond // 1000:03d}"


def ts_spring():
    return NOW.strftime("%Y-%m-%d %H:%M:%S.") + ms()


def ts_iso():
    return NOW.strftime("%Y-%m-%dT%H:%M:%S.") + ms() + TZ


def ts_utc():
    return (NOW + dt.timedelta(hours=4)).strftime("%Y-%m-%dT%H:%M:%S.") + ms() + "Z"


def ts_py():
    return NOW.strftime("%Y-%m-%d %H:%M:%S,") + ms()


def ts_sys():
    return NOW.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if NOW.day < 10 else NOW.strftime("%b %d %H:%M:%S")


def ts_nginx():
    return NOW.strftime("%d/%b/%Y:%H:%M:%S ") + TZ.replace(":", "")


def ts_r():
    return NOW.strftime("%Y-%m-%d %H:%M:%S")


def ts_hl7():
    return NOW.strftime("%Y%m%d%H%M%S")


# ---------------------------------------------------------------- identifiers
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


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def card_number():
    body = "4" + "".join(R.choice("0123456789") for _ in range(14))
    n = body + luhn_digit(body)
    assert luhn_ok(n)
    return n


def imei():
    body = R.choice(["35", "86", "01"]) + "".join(R.choice("0123456789") for _ in range(12))
    n = body + luhn_digit(body)
    assert luhn_ok(n)
    return n


VIN_TR = {**{str(i): i for i in range(10)},
          "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
          "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
          "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = R.choice(["1HG", "2T1", "1FA", "5YJ", "3VW", "JM1", "KM8"])
    v = list(wmi + "".join(R.choice(chars) for _ in range(5)) + "0" + R.choice("LMNPR") +
             R.choice(chars) + "".join(R.choice("0123456789") for _ in range(6)))
    s = sum(VIN_TR[c] * w for c, w in zip(v, VIN_W))
    c = s % 11
    v[8] = "X" if c == 10 else str(c)
    out = "".join(v)
    assert len(out) == 17
    s2 = sum(VIN_TR[c2] * w for c2, w in zip(out, VIN_W)) % 11
    assert (("X" if s2 == 10 else str(s2)) == out[8])
    return out


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    N = "0123456789"
    A = L + N
    parts = [R.choice("123456789"), R.choice(L), R.choice(A), R.choice(N), R.choice(L),
             R.choice(A), R.choice(N), R.choice(L), R.choice(L), R.choice(N), R.choice(N)]
    return "".join(parts)


def nhs_number():
    while True:
        d = [R.randint(0, 9) for _ in range(9)]
        d[0] = R.randint(4, 6)
        s = sum(x * (10 - i) for i, x in enumerate(d))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        n = "".join(map(str, d)) + str(c)
        return f"{n[:3]} {n[3:6]} {n[6:]}"


def npi():
    body = R.choice("12") + "".join(R.choice("0123456789") for _ in range(8))
    return body + luhn_digit("80840" + body)


def routing():
    while True:
        d = [R.randint(0, 9) for _ in range(8)]
        d[0] = 0
        d[1] = R.choice([4, 7])
        for c in range(10):
            x = d + [c]
            if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 == 0:
                return "".join(map(str, x))


def ssn():
    area = R.randint(100, 665)
    return f"{area:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def public_ip():
    first = R.choice([24, 50, 66, 67, 70, 71, 73, 74, 75, 76, 96, 98, 99, 107, 108, 174, 184])
    return f"{first}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def private_ip():
    k = R.random()
    if k < 0.5:
        return f"10.{R.randint(20, 60)}.{R.randint(0, 255)}.{R.randint(2, 254)}"
    if k < 0.8:
        return f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(2, 254)}"
    return f"192.168.{R.randint(0, 40)}.{R.randint(2, 254)}"


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def upper(n):
    return "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def jpeg_b64(n=420):
    head = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00\xff\xdb\x00C\x00"
    return base64.b64encode(head + rbytes(n)).decode()


def png_b64(n=360):
    head = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\xa0\x00\x00\x00\xa0\x08\x02\x00\x00\x00"
    return base64.b64encode(head + rbytes(n)).decode()


def template_b64(n=180, magic=b"FMR\x00 20\x00"):
    return base64.b64encode(magic + rbytes(n)).decode()


# ---------------------------------------------------------------- people
STREETS = ["Linden Ridge Rd", "Olentangy Blvd", "Hawthorne Ave", "Cedar Hollow Ct", "Maple Grove Dr",
           "Whitlow Pl", "Sycamore Bend Ln", "Brookhaven Way", "Kenwick Rd", "Indianola Ave",
           "Cherrybottom Rd", "Marlowe St", "Dorchester Cir", "Quarry Run", "Vinewood Ter",
           "Buckeye Hill Rd", "Harbison Ave", "Tamarack Trl", "Ashwood Ln", "Groveport Pike"]
CITIES = [("Worthington", "43085"), ("Hilliard", "43026"), ("Reynoldsburg", "43068"),
          ("Gahanna", "43230"), ("Westerville", "43081"), ("Grove City", "43123"),
          ("Lancaster", "43130"), ("Newark", "43055"), ("Marion", "43302"), ("Dublin", "43017"),
          ("Pickerington", "43147"), ("Zanesville", "43701"), ("Chillicothe", "45601"),
          ("Columbus", "43214"), ("Columbus", "43206"), ("Delaware", "43015")]
COUNTIES = ["Franklin County", "Delaware County", "Licking County", "Fairfield County", "Muskingum County"]
MAILS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "protonmail.com", "hotmail.com"]

PEOPLE_SRC = [
    ("Amara", "N", "Okafor", "F"), ("Lan", "Thi", "Nguyễn", "F"), ("José Luis", "", "Ramírez Ochoa", "M"),
    ("Zofia", "M", "Kowalczyk", "F"), ("Siobhán", "", "O'Donnell", "F"), ("Hiroshi", "", "Tanaka", "M"),
    ("Priya", "S", "Raghunathan", "F"), ("Mehmet", "", "Yılmaz", "M"), ("Aroha", "", "Ngata", "F"),
    ("Björn", "E", "Lindqvist", "M"), ("Fatima", "", "Al-Sayed", "F"), ("Dmitri", "A", "Volkov", "M"),
    ("Chioma", "", "Eze", "F"), ("Kalani", "K", "Akana", "M"), ("Thandiwe", "", "Dlamini", "F"),
    ("Rafael", "J", "Costa", "M"), ("Ingrid", "", "Sørensen", "F"), ("Tomasz", "", "Wiśniewski", "M"),
    ("Layla", "R", "Haddad", "F"), ("Kwame", "", "Mensah", "M"), ("Esperanza", "L", "Villanueva", "F"),
    ("Jae-won", "", "Park", "M"), ("Dolores", "M", "Fairweather", "F"), ("Harold", "T", "Bixby", "M"),
    ("Anh", "", "Trần", "M"), ("Margit", "", "Halvorsen", "F"), ("Oluwaseun", "", "Adeyemi", "M"),
    ("Beatriz", "", "Quispe Mamani", "F"),
]
REL_GIVEN_F = ["Ngozi", "Mai", "Lucía", "Agnieszka", "Niamh", "Yuki", "Kavya", "Elif", "Mere", "Astrid",
               "Noor", "Olga", "Adaeze", "Leilani", "Zanele", "Camila", "Freja", "Ewa", "Rana", "Akosua"]
REL_GIVEN_M = ["Emeka", "Minh", "Diego", "Piotr", "Cian", "Kenji", "Arjun", "Emre", "Tane", "Lars",
               "Omar", "Sergei", "Obinna", "Keoni", "Sipho", "Mateus", "Anders", "Jakub", "Karim", "Kofi"]
RELS = [("daughter", "DAU", "F"), ("son", "SON", "M"), ("spouse", "SPO", None), ("sister", "SIS", "F"),
        ("brother", "BRO", "M"), ("niece", "NIE", "F"), ("grandson", "GRN", "M")]
AGED_DOB = {"Dolores": dt.date(1929, 8, 2), "Harold": dt.date(1932, 11, 27), "Margit": dt.date(1933, 1, 19),
            "Hiroshi": dt.date(1931, 6, 4)}


def age_on(dob, on=TODAY):
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


def phone_parts():
    return R.choice(["614", "380", "740", "937", "419"]), "555", f"01{R.randint(0, 99):02d}"


class Person:
    pass


def mk_person(i, g, m, f, sex):
    p = Person()
    p.given, p.mid, p.family, p.sex = g, m, f, sex
    p.dob = AGED_DOB.get(g) or dt.date(R.randint(1936, 2003), R.randint(1, 12), R.randint(1, 28))
    p.age = age_on(p.dob)
    p.mrn = f"{R.randint(1000000, 99999999):09d}"
    p.subj = f"BB1-{R.randint(100, 2999):04d}-{R.choice('ACDEFHJKLMNPRTWXY')}"
    base = (g.split()[0][0] + f.split()[0].replace("'", "")).lower()
    base = base.encode("ascii", "ignore").decode() or "pt"
    asc_g = g.split()[0].encode("ascii", "ignore").decode().lower().replace("-", "")
    asc_f = f.split()[0].encode("ascii", "ignore").decode().lower().replace("'", "")
    p.email = R.choice([f"{asc_g}.{asc_f}{p.dob.year % 100:02d}", f"{asc_g[0]}{asc_f}{R.randint(1, 99)}",
                        f"{asc_f}.{asc_g}", f"{asc_g}{asc_f[:3]}{p.dob.year}"]) + "@" + R.choice(MAILS)
    a, b, c = phone_parts()
    p.ph = (a, b, c)
    a2, b2, c2 = phone_parts()
    p.ph2 = (a2, b2, c2)
    p.street = f"{R.randint(12, 9870)} {R.choice(STREETS)}"
    if R.random() < 0.25:
        p.street += R.choice([" Apt 3B", " Unit 12", " Apt 204", " #7"])
    p.city, p.zip = R.choice(CITIES)
    p.zip4 = f"{R.randint(1000, 9899):04d}"
    p.county = R.choice(COUNTIES)
    p.ssn = ssn()
    p.plan_name, p.member = R.choice([
        ("Anthem BCBS", "XEH" + digits(9)), ("Medical Mutual", "MMO" + digits(8)),
        ("UnitedHealthcare", digits(9) + "01"), ("Aetna", "W" + digits(9)),
        ("CareSource Medicaid", "9" + digits(11)), ("Humana Gold Plus", "H" + digits(8)),
    ])
    p.mbi = mbi() if p.age >= 65 else None
    p.card = card_number()
    p.bank_acct = digits(R.choice([9, 10, 12]))
    p.routing = routing()
    p.dl = upper(2) + digits(6)
    p.username = base + str(p.dob.year % 100)
    p.ip = public_ip()
    p.imei = imei()
    p.mac = ":".join(f"{R.getrandbits(8):02X}" for _ in range(6))
    p.plate = upper(3) + " " + digits(4)
    p.vin = vin()
    p.har = "73" + digits(8)
    p.path_case = f"S24-{R.randint(1000, 29999):05d}"
    p.kit = f"KIT-{upper(2)}{digits(2)}-{upper(1)}{digits(3)}"
    p.fax = phone_parts() if R.random() < 0.4 else None
    rel = R.choice(RELS)
    rsex = rel[2] or ("M" if sex == "F" else "F")
    p.rel_given = R.choice(REL_GIVEN_F if rsex == "F" else REL_GIVEN_M)
    p.rel_family = f if rel[0] not in ("niece",) else R.choice(["Mbeki", "Castellanos", "Horvath", "Sato"])
    p.rel = rel
    p.rel_ph = phone_parts()
    p.udi_serial = upper(3) + digits(7)
    p.gtin = "00" + digits(12)
    p.nhs = nhs_number() if i % 9 == 4 else None
    return p


PEOPLE = [mk_person(i, *x) for i, x in enumerate(PEOPLE_SRC)]


def person():
    return R.choice(PEOPLE)


def fmt_phone(ph, style=None):
    a, b, c = ph
    style = style or R.choice(["paren", "dash", "dot", "plain", "e164"])
    return {"paren": f"({a}) {b}-{c}", "dash": f"{a}-{b}-{c}", "dot": f"{a}.{b}.{c}",
            "plain": f"{a}{b}{c}", "e164": f"+1{a}{b}{c}", "hl7": f"({a}){b}-{c}"}[style]


def fmt_date(d, style):
    return {"iso": d.strftime("%Y-%m-%d"), "us": d.strftime("%m/%d/%Y"), "hl7": d.strftime("%Y%m%d"),
            "dmy": d.strftime("%d-%b-%Y"), "long": d.strftime("%B %-d, %Y"),
            "usshort": f"{d.month}/{d.day}/{d.year}"}[style]


def full(p):
    return f"{p.given} {p.family}"


def rel_full(p):
    return f"{p.rel_given} {p.rel_family}"


def coll_dt():
    d = NOW - dt.timedelta(days=R.randint(1, 20), hours=R.randint(0, 12), minutes=R.randint(0, 59))
    return d.replace(second=0, microsecond=0)


# ---------------------------------------------------------------- staff / look-alikes
STAFF = [("Eleanor", "Whitcombe", "ewhitcombe"), ("Tariq", "Nasser", "tnasser"), ("Mei-Ling", "Chou", "mchou"),
         ("Gabriel", "Okonkwo", "gokonkwo"), ("Rosa", "Delgado", "rdelgado2"), ("Sven", "Aaltonen", "saaltonen"),
         ("Keisha", "Bramble", "kbramble"), ("Farhan", "Qureshi", "fqureshi"), ("Lucía", "Benítez", "lbenitez"),
         ("Declan", "Murphy", "dmurphy4"), ("Yewande", "Balogun", "ybalogun"), ("Hannu", "Virtanen", "hvirtanen")]
INVESTIGATORS = [("Dr. Anjali Mehta", "University of Michigan"), ("Dr. Paul Krüger", "Charité – Universitätsmedizin Berlin"),
                 ("Dr. Wen Zhou", "Fred Hutchinson Cancer Center"), ("Dr. Isabela Moura", "Baylor College of Medicine"),
                 ("Dr. Samuel Osei", "Vanderbilt University Medical Center"), ("Dr. Claire Dubois", "Institut Curie")]
CORE_ADDR = "Biospecimen Core, 410 W 10th Ave, Rm 1140, Columbus, OH 43210"
CORE_PHONE = "(614) 293-5500"
CORE_FAX = "(614) 293-5501"
SYS_MAILS = ["noreply@biobank.amc-med.org", "lims-alerts@amc-med.org", "redcap-admin@amc-med.org",
             "hb-office@amc-med.org", "envmon@amc-med.org"]
HOSTS = ["lims-app01.biobank.amc.local", "lims-app02.biobank.amc.local", "redcap-web01.amc.local",
         "econsent-api.amc.local", "hb-svc01.amc.local", "envmon01", "mirth-prod02.amc.local"]
FREEZERS = [("ULT-03", "Thermo TSX70086A", "1140-2231-77"), ("ULT-07", "PHCbi MDF-DU702VH", "20110453"),
            ("ULT-11", "Stirling SU780XLE", "SU78-004412"), ("LN2-02", "MVE 1536P", "LN-6631902"),
            ("FRZ-20C-04", "Helmer iPF125", "HF-0039917")]
SPEC_TYPES = ["SERUM", "PLASMA_EDTA", "BUFFY_COAT", "FFPE_BLOCK", "FRESH_FROZEN", "URINE", "DNA", "RNA", "PBMC"]
MTAS = ["MTA-2023-0311", "MTA-2024-0042", "MTA-2024-0117", "MTA-2024-0129", "MTA-2022-0876"]
IRBS = ["IRB-2019-0412", "STUDY00004512", "IRB-2021-1187", "2018H0133"]


def staff():
    return R.choice(STAFF)


def spec_id():
    return f"BB24-{R.randint(0, 99999):06d}-{R.choice('ABCD')}{R.randint(1, 12):02d}"


def barcode():
    return "24" + digits(8)


def pos():
    f = R.choice(FREEZERS)[0]
    return f, f"R{R.randint(1, 12):02d}", f"B{R.randint(1, 25):02d}", f"{R.choice('ABCDEFGHI')}{R.randint(1, 9)}"


def tracking():
    return R.choice([digits(12), "1Z" + upper(3) + digits(3) + "0" + digits(9)])


# ---------------------------------------------------------------- log prefixes
def spring(fam, lvl, thread, logger, pid=48213):
    return Line(fam).t(f"{ts_spring()} {lvl:>5} {pid} --- [{thread[-15:]:>15}] {logger[:40]:<40} : ")


def spring3(fam, lvl, app, thread, logger, pid=51877):
    return Line(fam).t(f"{ts_iso()} {lvl:>5} {pid} --- [{app}] [{thread[-15:]:>15}] {logger[:40]:<40} : ")


def pylog(fam, lvl, name):
    return Line(fam).t(f"{ts_py()} {lvl} [{name}] ")


def pylog2(fam, lvl, name):
    return Line(fam).t(f"{ts_py()} - {name} - {lvl} - ")


def rlog(fam, lvl):
    return Line(fam).t(f"{lvl} [{ts_r()}] ")


def thread():
    return R.choice([f"nio-8443-exec-{R.randint(1, 10)}", f"http-nio-8443-exec-{R.randint(1, 10)}",
                     "scheduling-1", f"task-{R.randint(1, 8)}", f"kafka-consumer-{R.randint(0, 3)}"])


def web_thread():
    return f"nio-8443-exec-{R.randint(1, 10)}"


# ======================================================================== generators
# each returns a list of Line objects

def g_econsent_json():
    tick()
    p = person()
    s = staff()
    lar = R.random() < 0.35
    pairs = [("ts", ts_utc()), ("level", "info"), ("svc", "econsent-api"), ("event", "CONSENT_SIGNED"),
             ("envelopeId", uid()), ("formCode", R.choice(["BB-MAIN", "BB-GENOMIC", "BB-RECONTACT"])),
             ("formVersion", R.choice(["7.2", "7.3", "2.0.1"])), ("irb", R.choice(IRBS)),
             ("subjectCode", p.subj),
             ("participant", JO([("firstName", P(p.given, "name")), ("lastName", P(p.family, "name")),
                                 ("dob", P(fmt_date(p.dob, "iso"), "date")), ("mrn", P(p.mrn, "mrn")),
                                 ("email", P(p.email, "email"))])),
             ("ageAtConsent", P(p.age, "age") if p.age > 89 else p.age),
             ("consentDate", P(fmt_date(NOW.date(), "iso"), "date")),
             ("signature", JO([("method", R.choice(["drawn", "typed"])), ("sha256", hexs(64)),
                               ("pages", R.randint(9, 16))])),
             ("witness", JO([("name", f"{s[0]} {s[1]}"), ("role", "CRC"), ("userId", s[2])]))]
    if lar:
        pairs.append(("lar", JO([("name", P(rel_full(p), "name")), ("relationship", p.rel[0]),
                                 ("phone", P(fmt_phone(p.rel_ph, "dash"), "phone"))])))
    pairs += [("optIns", JO([("recontact", R.choice([True, False])), ("genomic", R.choice([True, False])),
                             ("commercial", False)])),
              ("clientIp", P(p.ip, "ip")), ("durationMs", R.randint(40000, 900000))]
    asc = R.random() < 0.6
    return [Line("econsent-json").add(jparts(JO(pairs), ascii_=asc, sep=JC if not asc else (", ", ": ")))]


def g_econsent_flow():
    """Spring Boot 3 e-consent service: session, view, sign, witness, countersign."""
    p = person()
    s = staff()
    env = uid()
    out = []
    tick()
    th = web_thread()
    thread = lambda: th  # noqa: E731
    out.append(spring3("spring-boot3", "INFO", "econsent-api", thread(), "e.a.b.e.web.EnvelopeController")
               .t(f"GET /api/v2/envelopes/{env} -> 200 ({R.randint(12, 180)} ms)"))
    tick(1, 3)
    l = spring3("spring-boot3", "INFO", "econsent-api", thread(), "e.a.b.econsent.SigningService")
    l.t(f"envelope={env} signer role=PARTICIPANT name=\"").p(full(p), "name").t("\" remoteAddr=").p(p.ip, "ip")
    l.t(f" ua=\"Mozilla/5.0 (iPad; CPU OS 17_3 like Mac OS X)\" page={R.randint(10, 14)}/{R.randint(14, 16)}")
    out.append(l)
    tick(2, 30)
    l = spring3("spring-boot3", "INFO", "econsent-api", thread(), "e.a.b.econsent.SigningService")
    l.t(f"envelope={env} witness attestation by {s[0]} {s[1]} ({s[2]}) status=WITNESSED method=IN_PERSON")
    out.append(l)
    if R.random() < 0.5:
        tick(1, 5)
        l = spring3("spring-boot3", "DEBUG", "econsent-api", thread(), "e.a.b.econsent.mail.NotifyClient")
        l.t("queued copy of signed consent to=").p(p.email, "email").t(f" from={SYS_MAILS[0]} template=signed_copy_v3 attachments=1")
        out.append(l)
    return out


def g_idverify():
    tick()
    p = person()
    l = pylog("python-dictrepr", "INFO", "econsent.idv")
    kind = R.random()
    pairs = [("envelope", uid()), ("subject_code", p.subj), ("doc_type", "US_DL"), ("doc_state", "OH"),
             ("doc_number", P(p.dl, "license")), ("doc_dob", P(Raw(f"datetime.date({p.dob.year}, {p.dob.month}, {p.dob.day})"), "date"))]
    if kind < 0.5:
        pairs.append(("selfie", P("data:image/jpeg;base64," + jpeg_b64(R.randint(240, 520)), "photo")))
    else:
        pairs.append(("face_template", P(template_b64(R.randint(120, 260), b"FTPL\x02\x00"), "biometric")))
    pairs += [("match_score", round(R.uniform(0.81, 0.99), 3)), ("vendor", "idv-gateway"), ("latency_ms", R.randint(300, 2400))]
    l.t("identity verification result ").add(pyparts(PD(pairs)))
    return [l]


def g_nginx_portal():
    tick()
    p = person()
    l = Line("nginx-combined")
    l.p(p.ip, "ip").t(f" - - [{ts_nginx()}] \"")
    k = R.random()
    if k < 0.35:
        l.t("GET /econsent/resume?email=").p(p.email.replace("@", "%40"), "email").t(f"&t={hexs(24)} HTTP/2.0\" 302 0")
    elif k < 0.6:
        l.t("GET /portal/u/").p(p.username, "other_id").t(f"/documents HTTP/2.0\" 200 {R.randint(2000, 40000)}")
    else:
        l.t(f"POST /api/v2/envelopes/{uid()}/sign HTTP/2.0\" 201 {R.randint(200, 900)}")
    l.t(" \"https://econsent.amc-med.org/\" \"Mozilla/5.0 (Linux; Android 14; SM-S911U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36\"")
    return [l]


def g_nginx_internal():
    tick()
    l = Line("nginx-combined")
    path = R.choice(["/actuator/health", "/actuator/prometheus", "/api/v2/ping", "/redcap/api/", "/static/app.4f2c9e.js"])
    code = 200
    l.t(f"{private_ip()} - - [{ts_nginx()}] \"GET {path} HTTP/1.1\" {code} {R.randint(15, 9000)} \"-\" "
        f"\"{R.choice(['kube-probe/1.28', 'Prometheus/2.49.1', 'python-requests/2.31.0', 'curl/8.5.0'])}\"")
    return [l]


def g_accession():
    p = person()
    out = []
    tick()
    th = R.choice([web_thread(), f"kafka-consumer-{R.randint(0, 3)}"])
    thread = lambda: th  # noqa: E731
    sid = spec_id()
    cd = coll_dt()
    stype = R.choice(SPEC_TYPES)
    l = spring("spring-boot", "INFO", thread(), "e.a.b.lims.accession.AccessionService")
    l.t(f"Accessioned leftover {stype} {sid} source=CLIN_CORE_LAB mrn=").p(p.mrn, "mrn")
    l.t(f" -> subject={p.subj} collected=").p(cd.strftime("%Y-%m-%dT%H:%M"), "date")
    l.t(f" volume_ul={R.choice([250, 500, 900, 1800])} order=ORD-{digits(8)}")
    out.append(l)
    if R.random() < 0.45:
        tick(0, 1)
        out.append(spring("spring-boot", "DEBUG", thread(), "org.hibernate.SQL").t(
            "insert into subject_link (created_at, dob, mrn, source_system, subject_code, id) values (?, ?, ?, ?, ?, ?)"))
        binds = [("TIMESTAMP", NOW.strftime("%Y-%m-%dT%H:%M:%S.") + ms() + "Z", None),
                 ("DATE", fmt_date(p.dob, "iso"), "date"), ("VARCHAR", p.mrn, "mrn"),
                 ("VARCHAR", "EPIC", None), ("VARCHAR", p.subj, None), ("BIGINT", str(R.randint(100000, 999999)), None)]
        for i, (typ, v, cat) in enumerate(binds, 1):
            l = spring("hibernate-trace", "TRACE", thread(), "o.h.type.descriptor.sql.BasicBinder")
            l.t(f"binding parameter [{i}] as [{typ}] - [").p(v, cat).t("]")
            out.append(l)
    return out


def g_accession_path():
    p = person()
    tick()
    l = spring3("spring-boot3", "INFO", "lims-api", thread(), "e.a.b.lims.accession.PathLeftoverIntake")
    l.t(f"block request approved: case=").p(p.path_case, "other_id").t(f" block=A{R.randint(1, 9)} pathologist=\"Dr. {R.choice(['Ruth Abernathy', 'Kenji Morimoto', 'Adaora Nwosu'])}\" ")
    l.t(f"subject={p.subj} retained_tissue_ok=true spec={spec_id()}")
    return [l]


def g_hl7():
    p = person()
    tick()
    cd = coll_dt()
    l = Line("mirth-hl7")
    l.t(f"INFO  {ts_spring()} [Leftover_Intake_ORU Source Thread] hl7.inbound: ")
    l.t(f"MSH|^~\\&|EPIC|AMCLAB|BIOBANK_LIMS|AMC|{ts_hl7()}||ORU^R01^ORU_R01|{digits(8)}|P|2.5.1\\r")
    l.t("PID|1||").p(p.mrn, "mrn").t("^^^AMC^MR||").p(p.family.upper(), "name").t("^").p(p.given.upper(), "name")
    l.t(f"^{p.mid}||").p(fmt_date(p.dob, "hl7"), "date").t(f"|{p.sex}|||")
    l.p(p.street, "address").t("^^").p(p.city, "address").t("^OH^").p(p.zip, "zip").t("^USA||")
    l.p(fmt_phone(p.ph, "hl7"), "phone").t("^PRN^PH|||||").p(p.har, "account").t("|")
    l.p(p.ssn.replace("-", ""), "ssn").t("\\r")
    if R.random() < 0.6:
        l.t("NK1|1|").p(p.rel_family.upper(), "name").t("^").p(p.rel_given.upper(), "name")
        l.t(f"|{p.rel[1]}^{p.rel[0].title()}||").p(fmt_phone(p.rel_ph, "hl7"), "phone").t("\\r")
    l.t(f"PV1|1|O|AMC^LAB^01||||{npi()}^WHITCOMBE^ELEANOR^^^^MD\\r")
    l.t(f"ORC|RE|ORD{digits(8)}|{digits(10)}||CM\\r")
    l.t(f"OBR|1|ORD{digits(8)}|{digits(10)}|{R.choice(['CBC^Complete blood count', 'CMP^Comprehensive metabolic panel', 'LIPID^Lipid panel'])}^L|||")
    l.p(cd.strftime("%Y%m%d%H%M"), "date").t(f"|||||||||{npi()}^MORIMOTO^KENJI\\r")
    l.t(f"SPM|1|{barcode()}||{R.choice(['SER^Serum', 'PLAS^Plasma', 'BLD^Whole blood'])}^HL70487")
    return [l]


def g_hl7_adt_insurance():
    p = person()
    tick()
    l = Line("mirth-hl7")
    l.t(f"DEBUG {ts_spring()} [ADT_Biobank_Sync Destination 1] transformer: ")
    code = {"Anthem BCBS": "BCBSOH01", "Medical Mutual": "MMOH02", "UnitedHealthcare": "UHC001", "Aetna": "AETNA01",
            "CareSource Medicaid": "CSMCD01", "Humana Gold Plus": "HUMMA03"}[p.plan_name]
    l.t(f"IN1|1|{code}|{digits(5)}|{p.plan_name}|PO Box {R.randint(1000, 99999)}^^Atlanta^GA^30348||||GRP{digits(6)}|||||||")
    l.p(p.family.upper(), "name").t("^").p(p.given.upper(), "name").t("|SEL|").p(fmt_date(p.dob, "hl7"), "date")
    l.t("|||||||||||||||||").p(p.member, "health_plan")
    if p.mbi:
        l.t("\\rIN2|1||||||||||||||||||||||||").p(p.mbi, "health_plan")
    return [l]


def g_honest_broker():
    p = person()
    s = [x for x in STAFF if x[2] == "gokonkwo"][0]
    req = f"HB-2024-{R.randint(100, 399):04d}"
    inv = R.choice(INVESTIGATORS)
    out = []
    tick()
    out.append(Line("hb-kv").t(f"{ts_iso()} level=INFO svc=hb-svc event=reid.request id={req} requester=\"{inv[0]}\" "
                                f"irb={R.choice(IRBS)} subject={p.subj} reason=incidental_finding status=PENDING_REVIEW"))
    tick(30, 600)
    out.append(Line("hb-kv").t(f"{ts_iso()} level=INFO svc=hb-svc event=reid.approve id={req} approver={s[2]} "
                                f"committee=HB-OVERSIGHT ticket=SNOW-RITM{digits(7)}"))
    tick(1, 20)
    l = Line("hb-kv").t(f"{ts_iso()} level=WARN svc=hb-svc event=reid.resolve id={req} subject={p.subj} mrn=").p(p.mrn, "mrn")
    l.t(" name=\"").p(f"{p.family}, {p.given}", "name").t("\" dob=").p(fmt_date(p.dob, "iso"), "date")
    l.t(" released_to=treating_clinician")
    out.append(l)
    if R.random() < 0.6:
        tick(1, 5)
        l = Line("hb-kv").t(f"{ts_iso()} level=INFO svc=hb-svc event=recontact.packet id={req} addr=\"")
        l.p(p.street, "address").t(", ").p(p.city, "address").t(", OH ").p(p.zip + "-" + p.zip4, "zip").t("\" phone=")
        l.p(fmt_phone(p.ph, "dash"), "phone").t(f" return_addr=\"{CORE_ADDR}\"")
        out.append(l)
    return out


def g_hb_denied():
    tick()
    req = f"HB-2024-{R.randint(100, 399):04d}"
    inv = R.choice(INVESTIGATORS)
    return [Line("hb-kv").t(f"{ts_iso()} level=INFO svc=hb-svc event=reid.deny id={req} requester=\"{inv[0]}\" "
                            f"reason=\"not permitted under {R.choice(IRBS)} protocol section 9.4\" subjects={R.randint(1, 40)}")]


REDCAP_HDR = "record_id,redcap_event_name,first_name,last_name,dob,mrn,street,city,state,zip,phone,email,consent_date,consent_version,enroll_complete"
REDCAP_CODED_HDR = "record_id,redcap_event_name,age_at_enroll,sex,race___1,race___2,dx_icd10,n_specimens,consent_version,enroll_complete"


def g_redcap_export_identified():
    out = [Line("redcap-csv").t(REDCAP_HDR)]
    for p in R.sample(PEOPLE, R.randint(3, 5)):
        l = Line("redcap-csv")
        l.t(p.subj + "," + R.choice(["baseline_arm_1", "enrollment_arm_1"]) + ",")
        l.p(p.given, "name").t(",")
        if "," in p.family:
            raise AssertionError
        l.p(p.family, "name").t(",").p(fmt_date(p.dob, "iso"), "date").t(",").p(p.mrn, "mrn").t(",")
        l.t('"').p(p.street, "address").t('",').p(p.city, "address").t(",OH,").p(p.zip, "zip").t(",")
        l.p(fmt_phone(p.ph, "paren"), "phone").t(",").p(p.email, "email").t(",")
        cdate = TODAY - dt.timedelta(days=R.randint(30, 900))
        l.p(fmt_date(cdate, "iso"), "date").t(f",v7.{R.randint(0, 3)},2")
        out.append(l)
    return out


def g_redcap_export_coded():
    out = [Line("redcap-csv").t(REDCAP_CODED_HDR)]
    for p in R.sample(PEOPLE, R.randint(3, 6)):
        l = Line("redcap-csv")
        l.t(p.subj + ",baseline_arm_1,")
        if p.age > 89:
            l.p(str(p.age), "age")
        else:
            l.t(str(p.age))
        l.t(f",{1 if p.sex == 'F' else 2},{R.randint(0, 1)},{R.randint(0, 1)},"
            f"{R.choice(['C50.912', 'C18.7', 'E11.9', 'I25.10', 'C61', 'K50.90', 'J44.9'])},{R.randint(1, 24)},v7.{R.randint(0, 3)},2")
        out.append(l)
    return out


def g_redcap_logging():
    tick()
    p = person()
    s = staff()
    l = Line("redcap-logging")
    l.t(f"\"{NOW.strftime('%Y-%m-%d %H:%M')}\",\"{s[2]}\",\"Update record {p.subj}\",\"")
    k = R.random()
    if k < 0.3:
        l.t("phone = '").p(fmt_phone(p.ph2, "paren"), "phone").t("', email = '").p(p.email, "email").t("'")
    elif k < 0.55:
        l.t("ec_name = '").p(rel_full(p), "name").t(f"', ec_relation = '{p.rel[0]}', ec_phone = '").p(fmt_phone(p.rel_ph, "paren"), "phone").t("'")
    elif k < 0.75 and p.fax:
        l.t("fax = '").p(fmt_phone(p.fax, "paren"), "fax").t("', preferred_contact = '3'")
    else:
        l.t("street = '").p(p.street, "address").t("', city = '").p(p.city, "address").t("', county = '").p(p.county, "address")
        l.t("', zip = '").p(p.zip, "zip").t("'")
    l.t('"')
    return [l]


def g_redcap_logging_plain():
    tick()
    s = staff()
    act = R.choice([f"Export data (CSV raw) - report 'Coded specimen inventory'",
                    f"Manage/Design - Edit instrument 'specimen_log'",
                    f"Data Quality - rule 'dob_after_enroll' executed",
                    f"Create survey invitation schedule for event 'followup_12m_arm_1'",
                    f"Lock/Unlock record (instrument 'consent_tracking')"])
    return [Line("redcap-logging").t(f"\"{NOW.strftime('%Y-%m-%d %H:%M')}\",\"{s[2]}\",\"{act}\",\"\"")]


def g_redcap_note():
    tick()
    p = person()
    s = staff()
    l = pylog2("python-logging", "WARNING", "redcap_sync.qa")
    k = R.random()
    l.t(f"free-text field contact_notes on record {p.subj} may contain identifiers: '")
    if k < 0.5:
        l.t("Pt journal at ").p("https://www.caringbridge.org/visit/" + (p.given.split()[0] + p.family.split()[0]).lower()
                                .encode("ascii", "ignore").decode().replace("'", ""), "url")
        l.t(" - do not mail during chemo'")
    else:
        l.t(f"{p.rel[0].title()} ").p(rel_full(p), "name").t(" ").p(fmt_phone(p.rel_ph, "dash"), "phone")
        l.t(" prefers calls after 5pm'")
    return [l]


def g_redcap_api():
    tick()
    ppl = R.sample(PEOPLE, 2)
    l = pylog("python-logging", "DEBUG", "redcap_sync.client")
    items = []
    for p in ppl:
        items.append(JO([("record_id", p.subj), ("redcap_event_name", "enrollment_arm_1"),
                         ("mrn", P(p.mrn, "mrn")), ("dob", P(fmt_date(p.dob, "iso"), "date")),
                         ("medicare_mbi", P(p.mbi, "health_plan") if p.mbi else ""),
                         ("pt_portal_user", P(p.username, "other_id")),
                         ("specimen_ct", str(R.randint(1, 15)))]))
    l.t(f"POST https://redcap.amc-med.org/api/ content=record action=import returnContent=count data=")
    l.add(jparts(JA(items), ascii_=False, sep=JC))
    return [l]


def g_pandas_df_identified():
    ppl = R.sample(PEOPLE, R.randint(3, 5))
    tick()
    out = [pylog("python-logging", "INFO", "hb.link").t(f"linkage frame for request HB-2024-{R.randint(100, 399):04d}:")]
    cols = ["subject_code", "mrn", "last_name", "dob", "collection_dt"]
    rows = []
    for p in ppl:
        rows.append([(p.subj, None), (p.mrn, "mrn"), (p.family, "name"), (fmt_date(p.dob, "iso"), "date"),
                     (coll_dt().strftime("%Y-%m-%d %H:%M:%S"), "date")])
    out += pandas_table(cols, rows)
    return out


def pandas_table(cols, rows, fam="pandas-df", index=None):
    idx = index or [str(i) for i in range(len(rows))]
    iw = max(len(x) for x in idx)
    widths = [max(len(c), *(len(r[i][0]) for r in rows)) for i, c in enumerate(cols)]
    out = [Line(fam).t(" " * iw + "".join("  " + c.rjust(w) for c, w in zip(cols, widths)))]
    for ix, r in zip(idx, rows):
        l = Line(fam).t(ix.ljust(iw))
        for (v, cat), w in zip(r, widths):
            l.t("  " + " " * (w - len(v))).p(v, cat)
        out.append(l)
    return out


def g_pandas_df_coded():
    out = [pylog("python-logging", "INFO", "lims.reconcile").t("box contents after reconcile:")]
    cols = ["specimen_id", "subject_code", "type", "freezer", "rack", "box", "pos", "vol_ul"]
    rows = []
    f, rk, bx, _ = pos()
    for _ in range(R.randint(3, 6)):
        rows.append([(spec_id(), None), (R.choice(PEOPLE).subj, None), (R.choice(SPEC_TYPES), None), (f, None),
                     (rk, None), (bx, None), (f"{R.choice('ABCDEFGHI')}{R.randint(1, 9)}", None),
                     (f"{R.choice([250.0, 500.0, 450.0, 1000.0, 180.5])}", None)])
    idx = [str(R.randint(1000, 9999)) for _ in rows]
    out += pandas_table(cols, rows, index=sorted(idx))
    if R.random() < 0.5:
        out.append(Line("pandas-df").t(""))
        out.append(Line("pandas-df").t(f"[{len(rows)} rows x {len(cols)} columns]"))
    return out


def g_pandas_series():
    ppl = R.sample(PEOPLE, R.randint(3, 4))
    tick()
    out = [pylog2("python-logging", "DEBUG", "hb.link"), ]
    which = R.choice(["mrn", "email", "dob"])
    out[0].t(f"unmatched {which} values (n={len(ppl)}):")
    idx = [str(R.randint(10, 480)) for _ in ppl]
    iw = max(len(x) for x in idx)
    vals = []
    for p in ppl:
        if which == "mrn":
            vals.append((p.mrn, "mrn"))
        elif which == "email":
            vals.append((p.email, "email"))
        else:
            vals.append((fmt_date(p.dob, "iso"), "date"))
    vw = max(len(v[0]) for v in vals)
    for ix, (v, c) in zip(idx, vals):
        out.append(Line("pandas-series").t(ix.ljust(iw) + "    " + " " * (vw - len(v))).p(v, c))
    dtype = "datetime64[ns]" if which == "dob" else "object"
    out.append(Line("pandas-series").t(f"Name: {which}, dtype: {dtype}"))
    return out


def r_df(cols, rows, fam="r-print-df"):
    idx = [str(i + 1) for i in range(len(rows))]
    iw = max(len(x) for x in idx)
    widths = [max(len(c), *(len(r[i][0]) for r in rows)) for i, c in enumerate(cols)]
    out = [Line(fam).t(" " * iw + "".join(" " + c.rjust(w) for c, w in zip(cols, widths)))]
    for ix, r in zip(idx, rows):
        l = Line(fam).t(ix.ljust(iw))
        for (v, cat), w in zip(r, widths):
            l.t(" " + " " * (w - len(v))).p(v, cat)
        out.append(l)
    return out


def g_r_df_identified():
    ppl = R.sample(PEOPLE, R.randint(2, 4))
    tick()
    out = [rlog("r-logger", "INFO").t(R.choice(["honest broker recontact list built, printing head()",
                                                 f"reid batch HB-2024-{R.randint(100, 399):04d}: {len(ppl)} subjects resolved",
                                                 "print(recontact[, c(\"subject\", \"mrn\", \"name\", \"birth_date\", \"phone\")])"]))]
    cols = ["subject", "mrn", "name", "birth_date", "phone"]
    rows = [[(p.subj, None), (p.mrn, "mrn"), (f"{p.family}, {p.given}", "name"), (fmt_date(p.dob, "iso"), "date"),
             (fmt_phone(p.ph, "dash"), "phone")] for p in ppl]
    out += r_df(cols, rows)
    return out


def g_r_tibble():
    coded = R.random() < 0.55
    n = R.randint(3, 5)
    out = [Line("r-tibble").t(f"# A tibble: {n} × {5 if coded else 5}")]
    if coded:
        cols = [("subject", "<chr>", "l"), ("specimen_type", "<chr>", "l"), ("n_aliquots", "<int>", "r"),
                ("median_vol_ul", "<dbl>", "r"), ("freezer", "<chr>", "l")]
        rows = [[(R.choice(PEOPLE).subj, None), (R.choice(SPEC_TYPES), None), (str(R.randint(1, 30)), None),
                 (str(R.choice([250, 450, 500, 1000])), None), (R.choice(FREEZERS)[0], None)] for _ in range(n)]
    else:
        cols = [("subject", "<chr>", "l"), ("mrn", "<chr>", "l"), ("dob", "<date>", "l"),
                ("age", "<int>", "r"), ("zip", "<chr>", "l")]
        ppl = R.sample(PEOPLE, n)
        rows = [[(p.subj, None), (p.mrn, "mrn"), (fmt_date(p.dob, "iso"), "date"),
                 (str(p.age), "age" if p.age > 89 else None), (p.zip, "zip")] for p in ppl]
    iw = len(str(n))
    widths = [max(len(c[0]), len(c[1]), *(len(r[i][0]) for r in rows)) for i, c in enumerate(cols)]

    def cell(v, w, a):
        return (v.ljust(w) if a == "l" else v.rjust(w))

    hdr = " " * iw
    typ = " " * iw
    for (c, t, a), w in zip(cols, widths):
        hdr += " " + cell(c, w, a)
        typ += " " + cell(t, w, a)
    out.append(Line("r-tibble").t(hdr.rstrip()))
    out.append(Line("r-tibble").t(typ.rstrip()))
    for i, r in enumerate(rows, 1):
        l = Line("r-tibble").t(str(i).rjust(iw))
        for k, ((v, cat), w, c) in enumerate(zip(r, widths, cols)):
            pad = w - len(v)
            last = k == len(r) - 1
            if c[2] == "l":
                l.t(" ").p(v, cat)
                if not last:
                    l.t(" " * pad)
            else:
                l.t(" " + " " * pad).p(v, cat)
        out.append(l)
    return out


def g_r_console():
    k = R.random()
    tick()
    if k < 0.3:
        return [Line("r-console").t("Warning message:"),
                Line("r-console").t(f"In as.Date.character(raw$collection_date) :"),
                Line("r-console").t(f"  {R.randint(2, 19)} failed to parse.")]
    if k < 0.5:
        return [Line("r-console").t(f"> nrow(inv); sum(inv$vol_ul) / 1000"),
                Line("r-console").t(f"[1] {R.randint(800, 9000)}"),
                Line("r-console").t(f"[1] {R.uniform(100, 4000):.3f}")]
    if k < 0.7:
        return [Line("r-console").t("> table(inv$freezer)"), Line("r-console").t(""),
                Line("r-console").t("    ".join(f[0] for f in FREEZERS[:4])),
                Line("r-console").t("    ".join(str(R.randint(100, 9999)).rjust(len(f[0])) for f in FREEZERS[:4]))]
    if k < 0.85:
        return [Line("r-console").t("R version 4.3.2 (2023-10-31) -- \"Eye Holes\""),
                Line("r-console").t("Platform: x86_64-pc-linux-gnu (64-bit)"),
                Line("r-console").t("attached base packages: stats graphics grDevices utils datasets methods base")]
    return [Line("r-console").t("`summarise()` has grouped output by 'freezer'. You can override using the `.groups` argument.")]


def g_r_str():
    p = person()
    tick()
    out = [Line("r-console").t("> str(hb_req[1, ])"),
           Line("r-console").t("'data.frame':\t1 obs. of  5 variables:")]
    out.append(Line("r-console").t(" $ subject   : chr \"").t(p.subj).t('"'))
    out.append(Line("r-console").t(" $ mrn       : chr \"").p(p.mrn, "mrn").t('"'))
    out.append(Line("r-console").t(" $ birth_date: Date, format: \"").p(fmt_date(p.dob, "iso"), "date").t('"'))
    out.append(Line("r-console").t(" $ age       : num ").p(str(p.age), "age" if p.age > 89 else None))
    out.append(Line("r-console").t(f" $ n_spec    : int {R.randint(1, 20)}"))
    return out


def g_freezer_audit():
    tick()
    s = staff()
    f, rk, bx, ps = pos()
    act = R.choice(["CHECK_IN", "CHECK_OUT", "MOVE", "THAW_COUNT_INC", "CHECK_IN", "ALIQUOT"])
    l = Line("freezer-audit")
    l.t(f"[{ts_r()}] fpx.audit user={s[2]} action={act} sample={spec_id()} barcode={barcode()} "
        f"loc={f}/{rk}/{bx}/{ps} thaw_count={R.randint(0, 3)} txn={R.randint(1000000, 9999999)}")
    return [l]


def g_freezer_collect():
    tick()
    p = person()
    f, rk, bx, ps = pos()
    cd = coll_dt()
    l = Line("freezer-audit")
    l.t(f"[{ts_r()}] fpx.import row={R.randint(2, 400)} sample={spec_id()} subject={p.subj} type={R.choice(SPEC_TYPES)} "
        f"collection_date=").p(cd.strftime("%m/%d/%Y"), "date")
    l.t(f" loc={f}/{rk}/{bx}/{ps} status=STORED")
    if p.age > 89:
        l.t(" donor_age=").p(str(p.age), "age")
    return [l]


def g_envmon():
    tick()
    f = R.choice(FREEZERS)
    k = R.random()
    l = Line("envmon-syslog")
    host = "envmon01"
    if k < 0.4:
        if f[0].startswith("ULT"):
            t, sp, th = round(R.uniform(-64.0, -55.0), 1), "-80.0", "-70.0"
        elif f[0].startswith("LN2"):
            t, sp, th = round(R.uniform(-148, -128), 1), "-190.0", "-150.0"
        else:
            t, sp, th = round(R.uniform(-14.5, -9.0), 1), "-20.0", "-15.0"
        l.t(f"{ts_sys()} {host} xmon[{R.randint(1000, 9999)}]: ALARM HIGH_TEMP unit={f[0]} model=\"{f[1]}\" s/n={f[2]} "
            f"probe=P1 value={t}C setpoint={sp}C threshold={th}C duration={R.randint(5, 40)}m notify={SYS_MAILS[4]}")
    elif k < 0.6:
        l.t(f"{ts_sys()} {host} xmon[{R.randint(1000, 9999)}]: ACK alarm_id=AL-{digits(6)} unit={f[0]} by={staff()[2]} "
            f"note=\"door ajar during box retrieval\"")
    elif k < 0.8:
        base = -80 if f[0].startswith("ULT") else (-192 if f[0].startswith("LN2") else -20)
        l.t(f"{ts_sys()} {host} xmon[{R.randint(1000, 9999)}]: reading unit={f[0]} t={round(R.uniform(base - 2, base + 2), 1)} "
            f"ambient={round(R.uniform(20, 24), 1)} door=closed batt=OK")
    else:
        l.t(f"{ts_sys()} {host} xmon[{R.randint(1000, 9999)}]: page sent oncall=+1{CORE_PHONE[1:4]}2935512 via=twilio "
            f"sid=SM{hexs(32)} unit={f[0]}")
    return [l]


def g_distribution():
    tick()
    inv = R.choice(INVESTIGATORS)
    mta = R.choice(MTAS)
    n = R.randint(12, 192)
    k = R.random()
    if k < 0.4:
        l = spring("spring-boot", "INFO", thread(), "e.a.b.lims.dist.ShipmentService")
        l.t(f"Shipment SHP-{digits(6)} created mta={mta} pi=\"{inv[0]}\" institution=\"{inv[1]}\" aliquots={n} "
            f"carrier=FEDEX tracking={tracking()} dry_ice_kg={R.choice([5, 10, 15])}")
    elif k < 0.7:
        l = spring("spring-boot", "WARN", thread(), "e.a.b.lims.dist.MtaGuard")
        l.t(f"MTA {mta} expires {(TODAY + dt.timedelta(days=R.randint(5, 60))).isoformat()}; "
            f"{n} aliquots reserved for request DR-{R.randint(2022, 2024)}-{R.randint(10, 300):03d}")
    else:
        l = spring("spring-boot", "INFO", thread(), "e.a.b.lims.dist.PickListExporter")
        l.t(f"pick list PL-{digits(5)} exported ({n} rows) for {inv[0]} to /srv/lims/export/picklists/PL_{NOW.strftime('%Y%m%d')}.xlsx")
    return [l]


def g_distribution_withdrawn():
    tick()
    p = person()
    l = spring("spring-boot", "WARN", thread(), "e.a.b.lims.dist.ConsentFilter")
    l.t(f"excluded {R.randint(1, 6)} aliquots of subject {p.subj} from DR-2024-{R.randint(10, 300):03d}: "
        f"consent status WITHDRAWN (genomic=false) effective ")
    l.p((TODAY - dt.timedelta(days=R.randint(1, 60))).isoformat(), "date")
    return [l]


def g_spring_noise():
    tick()
    k = R.random()
    if k < 0.2:
        return [spring("spring-boot", "INFO", "main", "com.zaxxer.hikari.HikariDataSource").t(
            f"HikariPool-1 - Start completed.")]
    if k < 0.35:
        return [spring("spring-boot", "INFO", "main", "o.f.core.internal.command.DbMigrate").t(
            f"Migrating schema \"lims\" to version \"{R.randint(40, 60)}.{R.randint(0, 9)} - add box position index\"")]
    if k < 0.5:
        return [spring("spring-boot", "INFO", "main", "e.a.biobank.lims.LimsApplication").t(
            f"Started LimsApplication in {R.uniform(8, 30):.3f} seconds (process running for {R.uniform(9, 32):.3f})")]
    if k < 0.65:
        return [spring("spring-boot", "WARN", thread(), "o.h.engine.jdbc.spi.SqlExceptionHelper").t(
            f"SQL Error: 0, SQLState: 40001")]
    if k < 0.8:
        return [spring3("spring-boot3", "INFO", "lims-api", "scheduling-1", "e.a.b.lims.jobs.BoxOccupancyJob").t(
            f"occupancy recalculated for {R.randint(200, 900)} boxes in {R.randint(200, 4000)} ms; full={R.randint(10, 90)}")]
    return [spring3("spring-boot3", "DEBUG", "lims-api", thread(), "o.s.web.servlet.DispatcherServlet").t(
        f"Completed 200 OK")]


def g_stacktrace():
    p = person()
    tick()
    out = []
    l = spring("spring-boot", "ERROR", web_thread(), "o.a.c.c.C.[.[.[/].[dispatcherServlet]")
    l.t("Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception "
        "[Request processing failed: org.springframework.dao.DataIntegrityViolationException: could not execute statement; "
        "SQL [n/a]; constraint [uk_subject_link_mrn]] with root cause")
    out.append(l)
    l = Line("java-stacktrace").t("org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint \"uk_subject_link_mrn\"")
    out.append(l)
    l = Line("java-stacktrace").t("  Detail: Key (mrn)=(").p(p.mrn, "mrn").t(") already exists.")
    out.append(l)
    frames = ["org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2713)",
              "org.postgresql.core.v3.QueryExecutorImpl.processResults(QueryExecutorImpl.java:2401)",
              "org.postgresql.jdbc.PgPreparedStatement.executeUpdate(PgPreparedStatement.java:152)",
              "com.zaxxer.hikari.pool.HikariProxyPreparedStatement.executeUpdate(HikariProxyPreparedStatement.java)",
              "org.hibernate.engine.jdbc.internal.ResultSetReturnImpl.executeUpdate(ResultSetReturnImpl.java:197)",
              "edu.amc.biobank.lims.accession.AccessionService.linkSubject(AccessionService.java:214)",
              "edu.amc.biobank.lims.accession.AccessionService.accession(AccessionService.java:131)"]
    for fr in frames[:R.randint(3, 7)]:
        out.append(Line("java-stacktrace").t("\tat " + fr))
    out.append(Line("java-stacktrace").t(f"\t... {R.randint(40, 90)} common frames omitted"))
    return out


def g_payments():
    tick()
    p = person()
    k = R.random()
    if k < 0.4:
        l = pylog("python-logging", "INFO", "stipend.clincard")
        l.t(f"load ok subject={p.subj} visit=V{R.randint(1, 6)} amount=50.00 card=").p(p.card, "account")
        l.t(f" program=BB-STIPEND batch={digits(7)}")
    elif k < 0.65:
        l = pylog("python-logging", "INFO", "stipend.clincard")
        l.t(f"load ok subject={p.subj} visit=V{R.randint(1, 6)} amount=25.00 card=************{p.card[-4:]} batch={digits(7)}")
    elif k < 0.85:
        l = pylog("python-logging", "ERROR", "stipend.ach")
        l.t(f"ACH prenote rejected R03 routing={p.routing} account=").p(p.bank_acct, "account")
        l.t(" payee=\"").p(full(p), "name").t("\"")
    else:
        l = pylog("python-logging", "WARNING", "stipend.tax")
        l.t(f"YTD payments for {p.subj} exceed $600; 1099 requires TIN. w9 tin=").p(p.ssn, "ssn")
        l.t(" status=VERIFIED")
    return [l]


def g_parking():
    tick()
    p = person()
    l = spring3("spring-boot3", "INFO", "visit-svc", thread(), "e.a.b.visits.ParkingValidation")
    if R.random() < 0.7:
        l.t(f"validated garage=SAFE_AUTO_GARAGE_2 subject={p.subj} plate=OH/").p(p.plate, "vehicle")
        l.t(f" ticket={digits(9)} hours={R.randint(1, 5)}")
    else:
        l.t(f"mileage reimbursement subject={p.subj} miles={R.randint(12, 190)} vin=").p(p.vin, "vehicle")
        l.t(f" rate=0.67 claim=MR-{digits(6)}")
    return [l]


def g_device():
    tick()
    p = person()
    k = R.random()
    if k < 0.4:
        l = spring("spring-boot", "INFO", thread(), "e.a.b.lims.accession.ExplantIntake")
        l.t(f"explanted device received spec={spec_id()} subject={p.subj} udi=")
        l.p(f"(01){p.gtin}(17){R.randint(25, 29)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}(21){p.udi_serial}", "device")
        l.t(f" mfr=\"{R.choice(['Medtronic', 'Abbott', 'Boston Scientific'])}\" decon=PENDING")
    elif k < 0.7:
        l = pylog("python-dictrepr", "INFO", "wearable.ingest")
        l.t("enrolled device ").add(pyparts(PD([("subject", p.subj), ("imei", P(p.imei, "device")),
                                                ("bt_mac", P(p.mac, "device")), ("fw", "3.14.2"),
                                                ("sync_host", R.choice(HOSTS))])))
    else:
        l = Line("econsent-json")
        l.add(jparts(JO([("@timestamp", ts_utc()), ("log.level", "INFO"), ("message", "app registration"),
                         ("participant.username", P(p.username, "other_id")),
                         ("device.serial", P(p.udi_serial, "device")), ("app.version", "2.8.1 (412)"),
                         ("client.ip", P(p.ip, "ip"))]), ascii_=True, sep=JC))
    return [l]


def g_kit():
    tick()
    p = person()
    l = spring3("spring-boot3", "INFO", "lims-api", thread(), "e.a.b.lims.kits.HomeKitService")
    l.t("home saliva kit ").p(p.kit, "other_id").t(f" shipped subject={p.subj} tracking={tracking()} to=\"")
    l.p(p.street, "address").t(" ").p(p.city, "address").t(" OH ").p(p.zip, "zip").t("\"")
    return [l]


def g_intl():
    ps = [x for x in PEOPLE if x.nhs]
    p = R.choice(ps)
    tick()
    l = pylog2("python-logging", "INFO", "accession.external")
    l.t(f"transfer-in from UK partner biobank: subject={p.subj} nhs_number=").p(p.nhs, "other_id")
    l.t(f" consent_form=UKBB-v4 courier=World Courier awb={digits(11)}")
    return [l]


def g_aged():
    aged = [x for x in PEOPLE if x.age > 89]
    p = R.choice(aged)
    tick()
    l = rlog("r-logger", "WARN")
    l.t(f"subject {p.subj} age ").p(str(p.age), "age").t(" exceeds 89; will be top-coded to '90+' in coded export")
    return [l]


def g_python_noise():
    tick()
    k = R.random()
    if k < 0.25:
        return [pylog("python-logging", "INFO", "redcap_sync.client").t(
            f"exported {R.randint(20, 900)} records from project pid={R.choice([1412, 2087, 311])} in {R.uniform(0.4, 9):.2f}s")]
    if k < 0.45:
        return [pylog2("python-logging", "INFO", "lims.reconcile").t(
            f"reconciled {R.randint(100, 5000)} positions; {R.randint(0, 9)} mismatches written to mismatch_{NOW.strftime('%Y%m%d')}.csv")]
    if k < 0.6:
        s = staff()
        return [pylog("python-logging", "INFO", "notify").t(
            f"sent daily digest to {s[2]}@amc-med.org from {SYS_MAILS[1]} (smtp relay {private_ip()}:25)")]
    if k < 0.75:
        return [pylog("python-logging", "WARNING", "urllib3.connectionpool").t(
            f"Retrying (Retry(total=2, connect=None, read=None, redirect=None, status=None)) after connection broken by "
            f"'ReadTimeoutError(\"HTTPSConnectionPool(host='redcap.amc-med.org', port=443): Read timed out. (read timeout=30)\")': /api/")]
    if k < 0.9:
        return [pylog2("python-logging", "INFO", "stipend.clincard").t(
            f"batch {digits(7)} submitted: {R.randint(3, 40)} loads, total ${R.randint(200, 3000)}.00, vendor ref GP-{digits(10)}")]
    return [Line("python-logging").t(f"{ts_py()} INFO [apscheduler.executors.default] Job \"nightly_coded_export (trigger: cron[hour='2'], next run at: 2024-03-12 02:00:00 EDT)\" executed successfully")]


def g_sys_noise():
    tick()
    k = R.random()
    h = R.choice(HOSTS[:5])
    if k < 0.3:
        return [Line("systemd-journal").t(f"{ts_sys()} {h.split('.')[0]} systemd[1]: Started lims-api.service - Biobank LIMS API.")]
    if k < 0.55:
        return [Line("cron").t(f"{ts_sys()} {h.split('.')[0]} CRON[{R.randint(10000, 99999)}]: (biobank) CMD (/opt/biobank/bin/run_export.sh --coded >> /var/log/biobank/export.log 2>&1)")]
    if k < 0.75:
        return [Line("systemd-journal").t(f"{ts_sys()} {h.split('.')[0]} sshd[{R.randint(1000, 65000)}]: Accepted publickey for {staff()[2]} from {private_ip()} port {R.randint(40000, 65000)} ssh2: ED25519 SHA256:{base64.b64encode(rbytes(32)).decode().rstrip('=')}")]
    return [Line("gradle").t(f"BUILD SUCCESSFUL in {R.randint(20, 90)}s"), Line("gradle").t(
        f"{R.randint(8, 20)} actionable tasks: {R.randint(2, 8)} executed, {R.randint(1, 12)} up-to-date")]


def g_staff_login():
    tick()
    s = staff()
    l = spring3("spring-boot3", "INFO", "lims-api", thread(), "e.a.b.lims.security.AuthAudit")
    l.t(f"login success user={s[2]} name=\"{s[0]} {s[1]}\" idp=shibboleth src={private_ip()} roles=[TECH,VIEWER] session={hexs(16)}")
    return [l]


def g_econsent_reminder():
    tick()
    p = person()
    k = R.random()
    l = spring3("spring-boot3", "INFO", "econsent-api", thread(), "e.a.b.econsent.reminders.SmsReminder")
    if k < 0.5:
        l.t(f"reminder sent channel=SMS to=").p(fmt_phone(p.ph, "e164"), "phone").t(f" envelope={uid()} attempt={R.randint(1, 3)} provider=twilio")
    else:
        l.t("reminder sent channel=EMAIL to=").p(p.email, "email").t(f" from={SYS_MAILS[0]} envelope={uid()} link=")
        l.p(f"https://econsent.amc-med.org/sign?participant={p.given.split()[0]}%20{p.family.split()[0]}&env={hexs(12)}"
            .encode("ascii", "ignore").decode(), "url")
    return [l]


def g_econsent_noise():
    tick()
    k = R.random()
    if k < 0.5:
        l = spring3("spring-boot3", "INFO", "econsent-api", thread(), "e.a.b.econsent.forms.FormRegistry")
        l.t(f"published form BB-MAIN v7.{R.randint(2, 4)} approved by IRB {R.choice(IRBS)} on {(TODAY - dt.timedelta(days=R.randint(10, 200))).isoformat()} (pages=14, sha256={hexs(16)}...)")
    else:
        l = Line("econsent-json").add(jparts(JO([("ts", ts_utc()), ("level", "info"), ("svc", "econsent-api"),
                                                  ("event", "ENVELOPE_VOIDED"), ("envelopeId", uid()),
                                                  ("by", staff()[2]), ("reason", "wrong form version"),
                                                  ("requestId", hexs(16))]), ascii_=True))
    return [l]


def g_guarantor():
    tick()
    p = person()
    l = spring("spring-boot", "DEBUG", thread(), "e.a.b.lims.billing.ResearchBillingClient")
    l.t("research-billing segregation: subject=").t(p.subj).t(" har=").p(p.har, "account")
    l.t(" guarantor=\"").p(rel_full(p), "name").t("\" guarantor_phone=").p(fmt_phone(p.rel_ph, "dot"), "phone")
    l.t(f" fin_class=RESEARCH cost_center=CC-{digits(5)}")
    return [l]


def g_fax():
    tick()
    p = [x for x in PEOPLE if x.fax]
    p = R.choice(p)
    l = pylog("python-logging", "INFO", "recontact.letters")
    l.t(f"results letter for {p.subj} sent via fax to ").p(fmt_phone(p.fax, "dash"), "fax")
    l.t(" (participant preference); cover sheet from ").t(CORE_FAX).t(f" job={digits(6)}")
    return [l]


def g_voice():
    tick()
    p = R.choice([x for x in PEOPLE if not x.family.isascii()])
    l = Line("econsent-json")
    l.add(jparts(JO([("ts", ts_utc()), ("level", "debug"), ("svc", "econsent-ivr"), ("event", "VERBAL_CONSENT_CAPTURED"),
                     ("subjectCode", p.subj), ("callerId", P(fmt_phone(p.ph, "e164"), "phone")),
                     ("cnam", P(f"{p.family.upper()} {p.given.upper()}", "name")),
                     ("voiceprint", P(template_b64(R.randint(140, 220), b"VPRT\x01"), "biometric")),
                     ("recordingRef", f"s3://amc-ivr-recordings/{NOW.strftime('%Y/%m/%d')}/{uid()}.wav")]), ascii_=True))
    return [l]


def g_photo_png():
    tick()
    p = person()
    l = spring("spring-boot", "DEBUG", thread(), "e.a.b.econsent.idv.IdvWebhook")
    l.t("payload={\"ref\":\"").t(uid()).t("\",\"dlNumber\":\"").p(p.dl, "license").t("\",\"portrait\":\"")
    l.p(png_b64(R.randint(200, 400)), "photo").t("\",\"status\":\"APPROVED\"}")
    return [l]


# ---------------------------------------------------------------- assembly
PHI_GENS = [(g_econsent_json, 6), (g_econsent_flow, 3), (g_idverify, 2), (g_nginx_portal, 4), (g_accession, 4),
            (g_accession_path, 2), (g_hl7, 3), (g_hl7_adt_insurance, 2), (g_honest_broker, 3),
            (g_redcap_export_identified, 2), (g_redcap_logging, 4), (g_redcap_note, 3), (g_redcap_api, 2),
            (g_pandas_df_identified, 1), (g_pandas_series, 2), (g_r_df_identified, 1), (g_r_str, 1),
            (g_freezer_collect, 3), (g_distribution_withdrawn, 2), (g_stacktrace, 1), (g_payments, 4),
            (g_parking, 3), (g_device, 3), (g_kit, 2), (g_intl, 1), (g_aged, 1), (g_econsent_reminder, 3),
            (g_guarantor, 2), (g_fax, 1), (g_voice, 2), (g_photo_png, 2), (g_redcap_export_coded, 1), (g_r_tibble, 1)]
NOPHI_GENS = [(g_nginx_internal, 4), (g_freezer_audit, 10), (g_envmon, 7), (g_distribution, 6), (g_spring_noise, 6),
              (g_r_console, 3), (g_pandas_df_coded, 1), (g_python_noise, 6), (g_sys_noise, 4), (g_staff_login, 4),
              (g_hb_denied, 2), (g_redcap_logging_plain, 3), (g_econsent_noise, 3), (g_r_tibble, 1),
              (g_redcap_export_coded, 1)]
SINGLE_NOPHI = [g_nginx_internal, g_freezer_audit, g_envmon, g_distribution, g_staff_login, g_hb_denied]
SINGLE_PHI = [g_econsent_json, g_nginx_portal, g_redcap_logging, g_payments, g_parking, g_freezer_collect]


def wpick(gens):
    tot = sum(w for _, w in gens)
    x = R.uniform(0, tot)
    for g, w in gens:
        x -= w
        if x <= 0:
            return g
    return gens[-1][0]


def build():
    lines = []
    phi = 0
    # guarantee some rare categories appear at least once early enough
    must = [g_fax, g_voice, g_photo_png, g_intl, g_aged, g_kit]
    while len(lines) < N_LINES:
        remaining = N_LINES - len(lines)
        share = phi / len(lines) if lines else 0
        want_phi = share < 0.45
        if must and want_phi and (R.random() < 0.06 or remaining < 200):
            g = must.pop(0)
        elif remaining <= 8:
            g = R.choice(SINGLE_PHI if want_phi else SINGLE_NOPHI)
        else:
            g = wpick(PHI_GENS if want_phi else NOPHI_GENS)
        block = g()
        if len(block) > remaining:
            continue
        for l in block:
            buf, spans = l.render()
            lines.append((l.fam, buf, spans))
            if spans:
                phi += 1
    assert not must, must
    return lines


def main():
    lines = build()
    assert len(lines) == N_LINES
    with open(os.path.join(HERE, f"{ID}.log"), "wb") as f:
        for _, buf, _ in lines:
            f.write(buf + b"\n")
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (fam, _, spans) in enumerate(lines, 1):
            f.write(json.dumps({"line": i, "family": fam, "spans": spans}, ensure_ascii=False) + "\n")
    # self-check by re-reading
    raw = open(os.path.join(HERE, f"{ID}.log"), "rb").read().split(b"\n")
    assert raw[-1] == b"" and len(raw) == N_LINES + 1
    nophi = sum(1 for _, _, s in lines if not s)
    print(f"lines={len(lines)} nophi={nophi} ({nophi / len(lines):.1%})")


if __name__ == "__main__":
    main()
