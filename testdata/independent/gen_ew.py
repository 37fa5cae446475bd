#!/usr/bin/env python3
"""Deterministic generator for the 'ew' held-out corpus: EHR conversion project
(legacy CareTrak -> Helix EHR) logs with synthetic PHI and many look-alikes.

Writes ew.log and ew.labels.jsonl next to this file. Standard library only.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata

random.seed(1811202418)

HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500


# --------------------------------------------------------------------------
# line builder with byte offsets
# --------------------------------------------------------------------------
class Line:
    def __init__(self, fam):
        self.fam = fam
        self.buf = bytearray()
        self.spans = []

    def t(self, *parts):
        for s in parts:
            self.buf += str(s).encode("utf-8")
        return self

    def p(self, val, cat):
        b = str(val).encode("utf-8")
        assert b, "empty span"
        s = len(self.buf)
        self.buf += b
        self.spans.append((s, len(self.buf), cat, b))
        return self

    def f(self, val, cat=None):
        if cat and str(val) != "":
            return self.p(val, cat)
        return self.t(val)

    def pad(self, val, width, cat=None, right=False):
        """cell padded to width (left aligned unless right=True)."""
        val = str(val)
        n = max(0, width - len(val))
        if right:
            self.t(" " * n)
            self.f(val, cat)
        else:
            self.f(val, cat)
            self.t(" " * n)
        return self

    def js(self, val, cat=None, ea=True):
        """JSON string value with quotes; span covers the escaped content."""
        enc = json.dumps(str(val), ensure_ascii=ea)
        self.t('"')
        self.f(enc[1:-1], cat)
        self.t('"')
        return self


def finish(line):
    data = bytes(line.buf)
    assert b"\n" not in data and b"\r" not in data
    assert len(data) <= 4000, len(data)
    data.decode("utf-8")
    last = 0
    out = []
    for s, e, cat, v in line.spans:
        assert data[s:e] == v, (data[s:e], v)
        assert s >= last, "overlap"
        last = e
        out.append({"s": s, "e": e, "cat": cat})
    return data, {"family": line.fam, "spans": out}


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


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def card_number():
    prefix = random.choice(["4", "4", "51", "53", "37"])
    length = 15 if prefix == "37" else 16
    body = prefix + "".join(random.choice("0123456789") for _ in range(length - len(prefix) - 1))
    n = body + luhn_digit(body)
    assert luhn_ok(n)
    return n


def imei():
    body = random.choice(["35", "86", "01", "35"]) + "".join(random.choice("0123456789") for _ in range(12))
    return body + luhn_digit(body)


VIN_MAP = {**{str(i): i for i in range(10)},
           "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
           "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
           "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = random.choice(["1HG", "1FT", "2T1", "3VW", "5YJ", "1G1", "JTD", "KMH"])
    vds = "".join(random.choice(chars) for _ in range(5))
    year = random.choice("DEFGHJKLMNP")
    plant = random.choice("ABCKLMNRTU")
    serial = "".join(random.choice("0123456789") for _ in range(6))
    v = wmi + vds + "0" + year + plant + serial
    tot = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W))
    r = tot % 11
    chk = "X" if r == 10 else str(r)
    v = v[:8] + chk + v[9:]
    assert len(v) == 17
    return v


def mbi():
    alpha = "ACDEFGHJKMNPQRTUVWXY"
    num = "0123456789"
    an = alpha + num
    pat = [num[1:], alpha, an, num, alpha, an, num, alpha, alpha, num, num]
    return "".join(random.choice(p) for p in pat)


def gtin14():
    body = "0" + "0" + "".join(random.choice("0123456789") for _ in range(11))
    tot = 0
    for i, ch in enumerate(reversed(body)):
        tot += int(ch) * (3 if i % 2 == 0 else 1)
    return body + str((10 - tot % 10) % 10)


def digits(n):
    return "".join(random.choice("0123456789") for _ in range(n))


def ssn():
    while True:
        a = random.randint(1, 665)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, random.randint(1, 99), random.randint(1, 9999))


def ascii_upper(s):
    s = s.replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("ı", "i").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).upper()


def public_ip():
    first = random.choice([73, 98, 24, 67, 71, 108, 174, 76, 99, 68])
    return "%d.%d.%d.%d" % (first, random.randint(1, 254), random.randint(1, 254), random.randint(2, 254))


def b64_blob(prefix, n):
    return base64.b64encode(prefix + bytes(random.getrandbits(8) for _ in range(n))).decode()


JPEG_HDR = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")
PNG_HDR = bytes.fromhex("89504e470d0a1a0a0000000d49484452")


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
PATIENT_NAMES = [
    ("Nguyen", "Thanh", "M"), ("García", "María", "F"), ("Okafor", "Chinedu", "M"),
    ("Müller", "Jürgen", "M"), ("O'Brien", "Siobhan", "F"), ("Haddad", "Rania", "F"),
    ("Petrov", "Aleksandr", "M"), ("Silva", "João", "M"), ("Mensah", "Kwabena", "M"),
    ("Singh", "Gurpreet", "F"), ("Kim", "Min-jun", "M"), ("Abdi", "Hodan", "F"),
    ("Novák", "Lucie", "F"), ("Löfgren", "Astrid", "F"), ("Castillo-Reyes", "Ana Lucía", "F"),
    ("Wolde-Giorgis", "Habte", "M"), ("Fitzgerald", "Eamon", "M"), ("Al-Sayed", "Omar", "M"),
    ("Papadopoulos", "Eleni", "F"), ("Zhang", "Wei", "M"), ("Yılmaz", "Emre", "M"),
    ("Wiśniewska", "Zofia", "F"), ("Ramírez", "Guadalupe", "F"), ("Achterberg", "Pieter", "M"),
    ("Bianchi", "Giulia", "F"), ("Dubois", "Théo", "M"), ("Ivanova", "Darya", "F"),
    ("Lindqvist", "Sven", "M"), ("Mbeki", "Thandiwe", "F"), ("Nakamura", "Yuki", "F"),
    ("Østergaard", "Freja", "F"), ("Washington", "Delores", "F"), ("Begay", "Lorraine", "F"),
    ("Oyelaran", "Tobi", "M"), ("Horváth", "Eszter", "F"), ("Friedman", "Ruth", "F"),
    ("Johnson", "Earl", "M"), ("Patel", "Hemant", "M"), ("Hernández", "Luis", "M"),
    ("Tran", "Linh", "F"),
]
REL_FIRST = {"M": ["Lan", "Rosa", "Ngozi", "Petra", "Aoife", "Leila", "Olga", "Ana", "Ama", "Harjit",
                   "Seo-yeon", "Amina", "Jana", "Ingrid", "Carmen", "Selam", "Nora", "Huda", "Maria", "Li"],
             "F": ["Minh", "José", "Emeka", "Klaus", "Declan", "Karim", "Ivan", "Paulo", "Kofi", "Baljit",
                   "Ji-ho", "Abdirahman", "Tomáš", "Erik", "Mateo", "Dawit", "Liam", "Tariq", "Nikos", "Jun"]}
STREETS = ["N Kimball Ave", "W Belmont Ave", "S Halsted St", "Maple Ridge Dr", "E 63rd St", "Prairie View Ln",
           "W Devon Ave", "Oak Hollow Ct", "N Sheridan Rd", "Kedzie Blvd", "Willow Bend Rd", "W Cermak Rd",
           "Lincoln Hwy", "Sauk Trail", "S Pulaski Rd", "Cedar Crest Dr", "N Milwaukee Ave", "Harlem Ave",
           "Elmwood Ter", "W Lawrence Ave"]
CITIES = [("Chicago", "IL", "606"), ("Evanston", "IL", "602"), ("Oak Park", "IL", "603"), ("Skokie", "IL", "600"),
          ("Cicero", "IL", "608"), ("Joliet", "IL", "604"), ("Naperville", "IL", "605"), ("Aurora", "IL", "605"),
          ("Gary", "IN", "464"), ("Hammond", "IN", "463"), ("Kenosha", "WI", "531"), ("Berwyn", "IL", "604"),
          ("Des Plaines", "IL", "600"), ("Calumet City", "IL", "604")]
AREA = {"IL": ["312", "773", "872", "708", "847", "630", "815"], "IN": ["219"], "WI": ["262"]}
MAILD = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "hotmail.com", "att.net"]
PLANS = ["BCBSIL", "AETNA", "UHC", "MEDICARE", "IL MEDICAID", "HUMANA", "CIGNA"]

STAFF = [("Dariusz", "Kowalczyk", "dkowalczyk"), ("Funmilayo", "Adebayo", "fadebayo"),
         ("Mei", "Tanaka", "mtanaka"), ("Rahul", "Venkataraman", "rvenkataraman"),
         ("Sofía", "Ibarra", "sibarra"), ("Henrik", "Lund", "hlund"), ("Grace", "O'Connell", "goconnell"),
         ("Tomasz", "Wróbel", "twrobel"), ("Aisha", "Bello", "abello"), ("Kenji", "Moriyama", "kmoriyama"),
         ("Beatriz", "Lacerda", "blacerda"), ("Callum", "Reid", "creid")]
CLINICIANS = [("Amara", "Osei", "1487263019", "BO4418827"), ("Lars", "Holmberg", "1639172205", "BH7730154"),
              ("Nadia", "Farouk", "1902846631", "BF2291736"), ("Rafael", "Quiñones", "1356620947", "BQ5580213")]
TODAY = dt.date(2024, 11, 16)


def rand_date(y0, y1):
    a = dt.date(y0, 1, 1).toordinal()
    b = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(random.randint(a, b))


def mk_patient(i, last, first, sex):
    p = {"last": last, "first": first, "sex": sex}
    p["LAST"] = ascii_upper(last)
    p["FIRST"] = ascii_upper(first)
    p["mi"] = random.choice(["", "", "A", "B", "C", "D", "E", "J", "K", "L", "M", "R", "S", "T", "V"])
    if i in (3, 13, 31, 35, 36):
        p["dob"] = rand_date(1926, 1933)
    else:
        p["dob"] = rand_date(1938, 2019)
    d = p["dob"]
    p["age"] = TODAY.year - d.year - ((TODAY.month, TODAY.day) < (d.month, d.day))
    p["old"] = "E%07d" % random.randint(10000, 599999)
    p["new"] = "1%08d" % random.randint(10000000, 39999999)
    p["dup"] = "1%08d" % random.randint(40000000, 59999999)
    p["ssn"] = ssn()
    city, st, zp = random.choice(CITIES)
    p["street"] = "%d %s" % (random.randint(12, 9899), random.choice(STREETS))
    p["apt"] = random.choice(["", "", "", "Apt 2B", "Unit 407", "#3", "Apt 1R"])
    p["city"], p["st"] = city, st
    p["zip"] = zp + "%02d" % random.randint(1, 99)
    p["zip4"] = "%04d" % random.randint(1000, 9999)
    ac = random.choice(AREA[st])
    p["phone10"] = ac + "55501" + "%02d" % random.randint(0, 99)
    p["cell10"] = random.choice(AREA[st]) + "55501" + "%02d" % random.randint(0, 99)
    asc = ascii_upper(first).lower().replace(" ", "").replace("-", "")
    asl = ascii_upper(last).lower().replace(" ", "").replace("-", "").replace("'", "")
    p["email"] = random.choice(["%s.%s%02d" % (asc, asl, d.year % 100), "%s%s" % (asc[0], asl),
                                "%s_%s%d" % (asl, asc, random.randint(1, 99)), "%s%s%d" % (asc, asl[0], d.year)]) \
        + "@" + random.choice(MAILD)
    plan = random.choice(PLANS) if p["age"] < 65 else random.choice(["MEDICARE", "MEDICARE", "HUMANA"])
    p["plan"] = plan
    p["member"] = {"BCBSIL": lambda: "XOF" + digits(9), "AETNA": lambda: "W" + digits(9),
                   "UHC": lambda: digits(9) + "-0" + str(random.randint(1, 3)), "MEDICARE": mbi,
                   "IL MEDICAID": lambda: digits(9), "HUMANA": lambda: "H" + digits(8),
                   "CIGNA": lambda: "U" + digits(8) + "01"}[plan]()
    p["group"] = random.choice(["0", "GRP", "17", ""]) + digits(6)
    p["har"] = "44" + digits(8)
    p["dl"] = {"IL": lambda: "%s%03d-%04d-%04d" % (ascii_upper(last)[0], random.randint(100, 999),
                                                   random.randint(0, 9999), random.randint(0, 9999)),
               "IN": lambda: "%04d-%02d-%04d" % (random.randint(0, 9999), random.randint(0, 99), random.randint(0, 9999)),
               "WI": lambda: "%s%03d-%04d-%04d-%02d" % (ascii_upper(last)[0], random.randint(100, 999),
                                                       random.randint(0, 9999), random.randint(0, 9999),
                                                       random.randint(0, 99))}[st]()
    p["user"] = random.choice(["%s%s%02d" % (asc[0], asl, d.year % 100), "%s.%s" % (asc, asl), "%s%s" % (asl, random.randint(1, 999))])
    p["ip"] = public_ip()
    adm = rand_date(2024, 2024)
    while adm > dt.date(2024, 11, 14):
        adm = rand_date(2024, 2024)
    p["adm"] = dt.datetime.combine(adm, dt.time(random.randint(0, 23), random.randint(0, 59)))
    p["dsc"] = p["adm"] + dt.timedelta(hours=random.randint(5, 240), minutes=random.randint(0, 59))
    p["death"] = rand_date(2021, 2024) if i in (13, 22, 36) else None
    p["rel"] = random.choice(["SPOUSE", "MOTHER", "FATHER", "DAUGHTER", "SON", "SIBLING", "SPOUSE"]) if p["age"] >= 18 else random.choice(["MOTHER", "FATHER"])
    p["rel_first"] = random.choice(REL_FIRST[sex])
    p["rel_phone"] = random.choice(AREA[st]) + "55501" + "%02d" % random.randint(0, 99)
    return p


PATIENTS = [mk_patient(i, *n) for i, n in enumerate(PATIENT_NAMES)]


def pick():
    return random.choice(PATIENTS)


def fmt_phone(ten, style=None):
    style = style or random.choice(["paren", "dash", "raw", "dot"])
    a, b, c = ten[:3], ten[3:6], ten[6:]
    return {"paren": "(%s) %s-%s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c), "raw": ten,
            "dot": "%s.%s.%s" % (a, b, c)}[style]


def d_iso(d):
    return d.strftime("%Y-%m-%d")


def d_us(d):
    return d.strftime("%m/%d/%Y")


def d_compact(d):
    return d.strftime("%Y%m%d")


def d_ora(d):
    return d.strftime("%d-%b-%y").upper()


# --------------------------------------------------------------------------
# clock (log timestamps, America/Chicago, CST)
# --------------------------------------------------------------------------
class Clock:
    def __init__(self):
        self.now = dt.datetime(2024, 11, 16, 17, 42, 9, 118000)

    def tick(self, a=0.02, b=6.0):
        self.now += dt.timedelta(seconds=random.uniform(a, b))
        return self.now

    def jump(self, a=60, b=1500):
        self.now += dt.timedelta(seconds=random.uniform(a, b))


CLK = Clock()


def ts_py(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % (t.microsecond // 1000)


def ts_sp(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") + ".%03d" % (t.microsecond // 1000)


def ts_z(t):
    u = t + dt.timedelta(hours=6)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % (u.microsecond // 1000)


def ts_off(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + "-06:00"


BATCH = ["B20241116-01"]


def batch_id():
    return BATCH[0]


# --------------------------------------------------------------------------
# block generators; each returns a list of Line
# --------------------------------------------------------------------------
PY_FMT = 0


def py_line(level, logger):
    t = CLK.tick()
    L = Line("py-etl")
    L.t(ts_py(t), " ", level.ljust(8), " ", logger, ": ")
    return L


def blk_py_etl(phi_bias):
    out = []
    src = random.choice([("CTK.PAT_MASTER", 482117), ("CTK.PAT_ADDR", 511908), ("CTK.GUARANTOR", 301442),
                         ("CTK.INS_COVERAGE", 655203), ("CTK.PAT_CONTACT", 298771)])
    n = src[1] - random.randint(0, 400)
    chunk = random.choice([50000, 25000, 100000])
    t0 = CLK.now
    out.append(py_line("INFO", "conv.extract").t(
        "connecting to CARETRAK_PRD via cx_Oracle 8.3.0 dsn=ctk-db03.stadalbert.local:1521/CTKPRD user=svc_conv_etl"))
    out.append(py_line("INFO", "conv.extract").t(
        "SELECT * FROM %s WHERE LAST_UPD_DT < TO_DATE('2024-11-16 18:00','YYYY-MM-DD HH24:MI') -> %s rows in %.2fs (chunksize=%d)"
        % (src[0], format(n, ","), random.uniform(8, 140), chunk)))
    out.append(py_line("INFO", "conv.transform").t(
        "batch=%s pid=%d mem_rss=%.1fMB df.shape=(%d, %d)" % (batch_id(), random.randint(20000, 65000),
                                                             random.uniform(400, 2900), n, random.randint(14, 61))))
    k = random.randint(2, 4) + (3 if phi_bias > 0.6 else 0)
    for _ in range(k):
        CLK.jump(0, 45)
        if random.random() < phi_bias:
            p = pick()
            v = random.randint(0, 9)
            if v == 0:
                bad = random.choice([p["dob"].strftime("%m/%d/%y"), p["dob"].strftime("%Y%m%d") + "0",
                                     p["dob"].strftime("%d.%m.%Y"), "00/" + p["dob"].strftime("%d/%Y")])
                out.append(py_line("WARNING", "conv.transform").t("unparseable birth_dt '").p(bad, "date")
                           .t("' for old_mrn=").p(p["old"], "mrn").t(" -> NaT (errors='coerce')"))
            elif v == 1 and p["age"] > 89:
                out.append(py_line("WARNING", "conv.validate").t("age_at_load=").p(str(p["age"]), "age")
                           .t(" exceeds 89 for new_mrn=").p(p["new"], "mrn").t("; flagged for de-id extract suppression"))
            elif v == 2:
                out.append(py_line("ERROR", "conv.transform").t("zip '").p(p["zip"] + p["zip4"][:2], "zip")
                           .t("' is neither 5 nor 9 digits for ").p(p["LAST"] + ", " + p["FIRST"], "name")
                           .t(" (old_mrn ").p(p["old"], "mrn").t(")"))
            elif v == 3:
                out.append(py_line("INFO", "conv.xwalk").t("mapped old_mrn=").p(p["old"], "mrn").t(" -> new_mrn=")
                           .p(p["new"], "mrn").t(" rule=SSN4+DOB+LN score=%.2f" % random.uniform(0.9, 1.0)))
            elif v == 4:
                raw = random.choice([p["phone10"][:9], p["phone10"] + "x", "1" + p["phone10"] + "9"])
                out.append(py_line("WARNING", "conv.transform").t("phonenumbers.parse failed raw='").p(raw, "phone")
                           .t("' region=US mrn=").p(p["old"], "mrn").t(" -> NULL"))
            elif v == 5:
                out.append(py_line("DEBUG", "conv.transform").t("email normalized ").p(p["email"].upper(), "email")
                           .t(" -> ").p(p["email"], "email").t(" (pat ").p(p["new"], "mrn").t(")"))
            elif v == 6:
                addr = p["street"].upper()
                out.append(py_line("WARNING", "conv.geocode").t("USPS CASS no match: '").p(addr, "address")
                           .t(", ").p(p["city"].upper(), "address").t(" ").t(p["st"]).t(" ").p(p["zip"], "zip")
                           .t("' mrn=").p(p["old"], "mrn").t(" dpv=N"))
            elif v == 7:
                out.append(py_line("INFO", "conv.portal").t("activation email queued to=").p(p["email"], "email")
                           .t(" user=").p(p["user"], "other_id").t(" from=noreply@my.stadalbert.org template=MYHELIX_MIGRATED_V2"))
            elif v == 8:
                out.append(py_line("WARNING", "conv.portal").t("legacy session audit: user ").p(p["user"], "other_id")
                           .t(" last login from ").p(p["ip"], "ip").t(" (geo=US-%s) mrn=" % p["st"]).p(p["old"], "mrn"))
            else:
                out.append(py_line("WARNING", "conv.transform").t("SSN ").p(p["ssn"], "ssn")
                           .t(" shared by 2 legacy records: ").p(p["old"], "mrn").t(", ")
                           .p("E%07d" % random.randint(10000, 599999), "mrn").t(" -> sent to EMPI review"))
        else:
            v = random.randint(0, 6)
            if v == 0:
                out.append(Line("py-warning").t(
                    "/opt/conv/etl/transform_demo.py:%d: SettingWithCopyWarning: A value is trying to be set on a copy of a slice from a DataFrame."
                    % random.randint(100, 400)))
            elif v == 1:
                out.append(Line("py-warning").t(
                    "/opt/conv/etl/transform_demo.py:%d: FutureWarning: Downcasting object dtype arrays on .fillna, .ffill, .bfill is deprecated and will change in a future version. Call result.infer_objects(copy=False) instead."
                    % random.randint(100, 400)))
            elif v == 2:
                out.append(py_line("INFO", "conv.transform").t(
                    "phone normalization: %s ok, %d unparseable, %d defaulted to NULL" %
                    (format(n - 311, ","), 311, random.randint(5, 40))))
            elif v == 3:
                out.append(py_line("WARNING", "conv.transform").t(
                    "%s rows with null SEX_CD; defaulting to 'U' (ref: CONV-%d)" % (format(random.randint(300, 2000), ","), random.randint(100, 999))))
            elif v == 4:
                out.append(py_line("INFO", "conv.load").t(
                    "to_sql('PATIENT_STG', schema='stg', if_exists='append', chunksize=1000, method='multi') wrote %d rows in %.1fs"
                    % (n, random.uniform(40, 400))))
            elif v == 5:
                out.append(py_line("DEBUG", "conv.xwalk").t(
                    "run_id=%08x-%04x-4%03x-a%03x-%012x rows_in=%d rows_out=%d dup_keys=%d" %
                    (random.getrandbits(32), random.getrandbits(16), random.getrandbits(12), random.getrandbits(12),
                     random.getrandbits(48), n, n - 8, random.randint(0, 20))))
            else:
                out.append(py_line("INFO", "conv.extract").t(
                    "wrote /data/conv/out/%s_%s.parquet (%.1f MiB, sha256=%s)" % (
                        src[0].split(".")[1].lower(), "20241116", random.uniform(20, 900), "%064x" % random.getrandbits(256))))
    out.append(py_line("INFO", "conv.load").t(
        "step complete: %s rows_ok=%d rows_rej=%d elapsed=%ds" % (src[0], n - 8, 8, (CLK.now - t0).total_seconds() + 1)))
    return out


def blk_pandas(phi_bias):
    out = []
    out.append(py_line("INFO", "conv.validate").t("sample of rows failing rule DEMO-07 (dob/age consistency):"))
    cols = ["old_mrn", "new_mrn", "last_name", "first_name", "dob", "sex", "age", "zip"]
    ps = random.sample(PATIENTS, random.randint(3, 5))
    idx = sorted(random.sample(range(1000, 480000), len(ps)))
    rows = []
    for p in ps:
        rows.append([p["old"], p["new"], p["LAST"], p["FIRST"], d_iso(p["dob"]), p["sex"], str(p["age"]), p["zip"]])
    widths = [max(len(c), max(len(r[i]) for r in rows)) for i, c in enumerate(cols)]
    iw = max(len(str(i)) for i in idx)
    L = Line("pandas-repr")
    L.t(" " * iw)
    for c, w in zip(cols, widths):
        L.t("  ").t(c.rjust(w))
    out.append(L)
    cats = ["mrn", "mrn", "name", "name", "date", None, "AGE", "zip"]
    for i, r in zip(idx, rows):
        L = Line("pandas-repr")
        L.t(str(i).ljust(iw))
        for v, w, c in zip(r, widths, cats):
            if c == "AGE":
                c = "age" if int(v) > 89 else None
            L.t("  ").pad(v, w, c, right=True)
        out.append(L)
    out.append(Line("pandas-repr").t("[%d rows x %d columns]" % (len(rows), len(cols))))
    if random.random() < 0.45:
        n = random.randint(300000, 500000)
        out.append(Line("pandas-info").t("<class 'pandas.core.frame.DataFrame'>"))
        out.append(Line("pandas-info").t("RangeIndex: %d entries, 0 to %d" % (n, n - 1)))
        out.append(Line("pandas-info").t("Data columns (total %d columns):" % len(cols)))
        out.append(Line("pandas-info").t(" #   Column      Non-Null Count   Dtype         "))
        for j, c in enumerate(cols[:random.randint(2, 4)]):
            dtp = "datetime64[ns]" if c == "dob" else "object"
            out.append(Line("pandas-info").t(" %-3d %-11s %d non-null  %s" % (j, c, n - random.randint(0, 90), dtp)))
        out.append(Line("pandas-info").t("dtypes: datetime64[ns](1), int64(1), object(%d)" % (len(cols) - 2)))
        out.append(Line("pandas-info").t("memory usage: %.1f+ MB" % random.uniform(20, 60)))
    return out


SPRING_PID = [48213]


def abbrev(logger, target=39):
    """logback %logger{39}-style abbreviation: shorten packages left to right."""
    parts = logger.split(".")
    i = 0
    while len(".".join(parts)) > target and i < len(parts) - 1:
        parts[i] = parts[i][0]
        i += 1
    return ".".join(parts)


def sp_line(level, thread, logger, boot3=False):
    logger = abbrev(logger)
    t = CLK.tick(0.001, 3)
    L = Line("spring-batch")
    if boot3:
        L.t(ts_off(t)[:19] + ".%03d" % (t.microsecond // 1000) + "-06:00", " ", level.rjust(5), " ", str(SPRING_PID[0]),
            " --- [helix-conv-batch] [", thread.rjust(15)[-15:], "] ", logger.ljust(40)[:40], " : ")
    else:
        L.t(ts_sp(t), " ", level.rjust(5), " ", str(SPRING_PID[0]), " --- [", thread.rjust(15)[-15:], "] ",
            logger.ljust(40)[:40], " : ")
    return L


def sb_dur(td):
    ms = int(td.total_seconds() * 1000)
    m, rest = divmod(ms, 60000)
    sec, ms = divmod(rest, 1000)
    return ("%dm" % m if m else "") + "%ds%dms" % (sec, ms)


def blk_spring(phi_bias):
    out = []
    boot3 = random.random() < 0.4
    SPRING_PID[0] = random.randint(3000, 65000)
    job = random.choice(["patientLoadJob", "guarantorLoadJob", "coverageLoadJob", "portalAccountJob", "contactLoadJob"])
    step = {"patientLoadJob": "demographicsStep", "guarantorLoadJob": "guarantorStep", "coverageLoadJob": "coverageStep",
            "portalAccountJob": "portalAccountStep", "contactLoadJob": "emergencyContactStep"}[job]
    run = random.randint(11, 60)
    launcher = "org.springframework.batch.core.launch.support.TaskExecutorJobLauncher" if boot3 else "org.springframework.batch.core.launch.support.SimpleJobLauncher"
    out.append(sp_line("INFO", "main", launcher, boot3).t(
        "Job: [FlowJob: [name=%s]] launched with the following parameters: [{'run.id':'{value=%d, type=class java.lang.Long, identifying=true}','batchId':'{value=%s, type=class java.lang.String, identifying=true}'}]"
        % (job, run, batch_id()) if boot3 else
        "Job: [FlowJob: [name=%s]] launched with the following parameters: [{run.id=%d, batchId=%s, inputFile=/data/conv/in/%s_20241116.psv}]"
        % (job, run, batch_id(), step.replace("Step", "").lower())))
    t_job = CLK.now
    out.append(sp_line("INFO", "main", "org.springframework.batch.core.job.SimpleStepHandler", boot3).t("Executing step: [%s]" % step))
    t_step = CLK.now
    if random.random() < 0.5:
        out.append(sp_line("INFO", "main", "com.zaxxer.hikari.HikariDataSource", boot3).t("HikariPool-1 - Start completed."))
    k = random.randint(2, 4) + (3 if phi_bias > 0.6 else 0)
    for _ in range(k):
        CLK.jump(2, 200)
        th = "batch-exec-%d" % random.randint(1, 8)
        if random.random() < phi_bias:
            p = pick()
            v = random.choice({"patientLoadJob": [0, 0, 1], "guarantorLoadJob": [2], "coverageLoadJob": [4],
                               "portalAccountJob": [3], "contactLoadJob": [5, 1]}[job])
            if v == 0:
                L = sp_line("ERROR", th, "com.stadalbert.conv.batch.listener.LoggingSkipListener", boot3)
                L.t("Skipped on write: PatientRecord(legacyMrn=").p(p["old"], "mrn").t(", newMrn=").p(p["new"], "mrn") \
                    .t(", lastName=").p(p["last"], "name").t(", firstName=").p(p["first"], "name") \
                    .t(", birthDate=").p(d_iso(p["dob"]), "date").t(", ssn=***-**-").t(p["ssn"][-4:]) \
                    .t(", postalCode=").p(p["zip"], "zip").t(", sourceSystem=CARETRAK) cause=DataIntegrityViolationException")
                out.append(L)
            elif v == 1:
                raw = random.choice([p["phone10"][:9], p["phone10"][1:] + "-", "555-01" + p["phone10"][-2:]])
                L = sp_line("WARN", th, "com.stadalbert.conv.batch.PatientItemValidator", boot3)
                L.t("Field error in object 'patientRecord' on field 'homePhone': rejected value [").p(raw, "phone") \
                    .t("]; codes [Pattern.patientRecord.homePhone,Pattern.homePhone,Pattern.java.lang.String,Pattern]; default message [must match \"^\\d{10}$\"] (legacyMrn=") \
                    .p(p["old"], "mrn").t(")")
                out.append(L)
            elif v == 2:
                L = sp_line("ERROR", th, "com.stadalbert.conv.batch.listener.LoggingSkipListener", boot3)
                L.t("Skipped on read: org.springframework.batch.item.file.FlatFileParseException: Parsing error at line: %d in resource=[file [/data/conv/in/guarantor_20241116.psv]], input=[" % random.randint(100, 300000))
                L.p(p["old"], "mrn").t("|").p(p["har"], "account").t("|").p(p["LAST"] + ", " + p["rel_first"].upper(), "name") \
                    .t("|" + p["rel"] + "|").p(p["street"].upper(), "address").t("|").p(p["city"].upper(), "address") \
                    .t("|" + p["st"] + "|").p(p["zip"], "zip").t("|").p(p["rel_phone"], "phone").t("|||]")
                out.append(L)
            elif v == 3:
                L = sp_line("WARN", th, "com.stadalbert.conv.batch.PortalAccountProcessor", boot3)
                L.t("MyHelix activation skipped: username '").p(p["user"], "other_id").t("' already taken (newMrn=") \
                    .p(p["new"], "mrn").t(", email=").p(p["email"], "email").t(", lastLoginIp=").p(p["ip"], "ip").t(")")
                out.append(L)
            elif v == 4:
                L = sp_line("ERROR", th, "com.stadalbert.conv.batch.CoverageItemWriter", boot3)
                L.t("Coverage rejected for subscriber ").p(p["last"] + ", " + p["first"], "name").t(" memberId=") \
                    .p(p["member"], "health_plan").t(" group=" + p["group"] + " payer=" + p["plan"] + " reason=PAYER_PLAN_NOT_MAPPED")
                out.append(L)
            else:
                L = sp_line("WARN", th, "com.stadalbert.conv.batch.ContactItemProcessor", boot3)
                L.t("Emergency contact truncated for patient ").p(p["new"], "mrn").t(": name='") \
                    .p(p["rel_first"] + " " + p["last"], "name").t("' relation=" + p["rel"] + " phone=") \
                    .p(fmt_phone(p["rel_phone"], "dash"), "phone")
                out.append(L)
        else:
            v = random.randint(0, 4)
            if v == 0:
                out.append(sp_line("INFO", th, "com.stadalbert.conv.batch.ChunkProgressListener", boot3).t(
                    "chunk committed: step=%s commitCount=%d readCount=%d writeCount=%d" %
                    (step, random.randint(10, 500), random.randint(10000, 480000), random.randint(10000, 480000))))
            elif v == 1:
                out.append(sp_line("WARN", th, "org.springframework.batch.core.step.item.FaultTolerantChunkProcessor", boot3).t(
                    "Retry exhausted after last attempt with no recovery path: org.springframework.dao.DuplicateKeyException: PreparedStatementCallback; SQL [INSERT INTO EHR_CONV.PATIENT_XWALK (OLD_MRN, NEW_MRN, LOAD_BATCH) VALUES (?, ?, ?)]; ORA-00001: unique constraint (EHR_CONV.UK_XWALK_OLD) violated"))
            elif v == 2:
                out.append(sp_line("INFO", th, "org.springframework.batch.core.step.item.SimpleRetryExceptionHandler", boot3).t(
                    "Rollback for RuntimeException: org.springframework.jdbc.UncategorizedSQLException: PreparedStatementCallback; uncategorized SQLException; SQL state [72000]; error code [1013]; ORA-01013: user requested cancel of current operation"))
            elif v == 3:
                out.append(sp_line("DEBUG", th, "org.springframework.jdbc.core.JdbcTemplate", boot3).t(
                    "Executing prepared SQL statement [SELECT NEW_MRN FROM EHR_CONV.PATIENT_XWALK WHERE OLD_MRN = ?]"))
            else:
                out.append(sp_line("WARN", th, "com.zaxxer.hikari.pool.HikariPool", boot3).t(
                    "HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=%ds%dms)." % (random.randint(30, 90), random.randint(0, 999))))
    rc = random.randint(40000, 480000)
    ws = random.randint(0, 14)
    CLK.jump(5, 300)
    L = sp_line("INFO", "main", "org.springframework.batch.core.step.AbstractStep", boot3)
    out.append(L.t("Step: [%s] executed in %s" % (step, sb_dur(CLK.now - t_step))))
    if random.random() < 0.6:
        out.append(sp_line("INFO", "main", "com.stadalbert.conv.batch.JobSummaryListener", boot3).t(
            "StepExecution: id=%d, version=%d, name=%s, status=COMPLETED, exitStatus=COMPLETED, readCount=%d, filterCount=0, writeCount=%d, readSkipCount=0, writeSkipCount=%d, processSkipCount=0, commitCount=%d, rollbackCount=%d"
            % (random.randint(1000, 4000), random.randint(10, 900), step, rc, rc - ws, ws, rc // 1000 + 1, ws)))
    out.append(sp_line("INFO", "main", launcher, boot3).t(
        "Job: [FlowJob: [name=%s]] completed with the following parameters: [{run.id=%d, batchId=%s}] and the following status: [%s] in %s"
        % (job, run, batch_id(), random.choice(["COMPLETED", "COMPLETED", "FAILED"]), sb_dur(CLK.now - t_job))))
    return out


def blk_xwalk(phi_bias):
    out = []
    t = CLK.tick()
    out.append(Line("xwalk-sql").t("-- MRN crosswalk load %s generated %s by xwalk_gen.py 2.3.1 (host ctk-etl02, 10.40.12.%d)"
                                    % (batch_id(), t.strftime("%Y-%m-%d %H:%M:%S"), random.randint(2, 250))))
    if random.random() < 0.5:
        for p in random.sample(PATIENTS, random.randint(2, 4)):
            rule = random.choice(["EXACT", "SSN_DOB", "MANUAL", "EMPI"])
            L = Line("xwalk-sql").t("INSERT INTO CONV.MRN_XWALK (OLD_MRN, NEW_MRN, MATCH_RULE, LOAD_BATCH, CREATED_BY) VALUES ('")
            L.p(p["old"], "mrn").t("', '").p(p["new"], "mrn").t("', '%s', '%s', 'svc_conv_etl');" % (rule, batch_id()))
            out.append(L)
        out.append(Line("xwalk-sql").t("COMMIT;"))
        out.append(Line("xwalk-sql").t("-- %d rows, elapsed %.3f s" % (random.randint(40000, 480000), random.uniform(3, 90))))
    else:
        out.append(Line("xwalk-csv").t("old_mrn,new_mrn,old_acct,new_har,merged_into,effective_ts,load_batch"))
        for p in random.sample(PATIENTS, random.randint(2, 4)):
            L = Line("xwalk-csv").p(p["old"], "mrn").t(",").p(p["new"], "mrn").t(",")
            L.p(p.setdefault("old_acct", "V%09d" % random.randint(1, 99999999)), "account").t(",").p(p["har"], "account").t(",")
            if random.random() < 0.3:
                L.p(p["dup"], "mrn")
            L.t(",%s,%s" % (t.strftime("%Y-%m-%dT%H:%M:%S"), batch_id()))
            out.append(L)
    return out


def table_border(widths, fam):
    return Line(fam).t("+" + "+".join("-" * (w + 2) for w in widths) + "+")


def blk_recon(phi_bias):
    out = []
    fam = "recon-table"
    t = CLK.tick()
    out.append(Line(fam).t("RECONCILIATION REPORT  load=%s  legacy=CareTrak 6.2 (CTKPRD)  target=Helix EHR 2024.2 (HLXSTG)  run %s"
                           % (batch_id(), t.strftime("%Y-%m-%d %H:%M"))))
    ents = random.sample([("PATIENT", 482117), ("PATIENT_ADDR", 511908), ("GUARANTOR", 301442), ("COVERAGE", 655203),
                          ("ENCOUNTER", 2901377), ("ALLERGY", 918220), ("PROBLEM_LIST", 1422019), ("IMMUNIZATION", 780011),
                          ("EMERG_CONTACT", 298771), ("PORTAL_ACCT", 141209)], random.randint(3, 5))
    hdr = ["Entity", "Legacy", "Helix", "Delta", "Pct", "Status"]
    widths = [14, 10, 10, 7, 8, 6]
    out.append(table_border(widths, fam))
    out.append(Line(fam).t("| " + " | ".join(h.ljust(w) for h, w in zip(hdr, widths)) + " |"))
    out.append(table_border(widths, fam))
    for name, n in ents:
        d = -random.choice([0, 0, 0, random.randint(1, 40)])
        st = "OK" if d == 0 else ("WARN" if d > -10 else "FAIL")
        pct = "100.00%" if d == 0 else "%.3f%%" % ((n + d) / n * 100)
        cells = [name, format(n, ","), format(n + d, ","), str(d), pct, st]
        out.append(Line(fam).t("| " + " | ".join(c.ljust(w) if i in (0, 5) else c.rjust(w)
                                                 for i, (c, w) in enumerate(zip(cells, widths))) + " |"))
    out.append(table_border(widths, fam))
    if random.random() < 0.35 + phi_bias * 0.7:
        out.append(Line(fam).t("Field-level exceptions (first %d of %d):" % (4, random.randint(8, 60))))
        hdr = ["Legacy MRN", "Helix MRN", "Patient", "Field", "Legacy value", "Helix value"]
        widths = [10, 9, 24, 9, 26, 26]
        out.append(table_border(widths, fam))
        out.append(Line(fam).t("| " + " | ".join(h.ljust(w) for h, w in zip(hdr, widths)) + " |"))
        out.append(table_border(widths, fam))
        for p in random.sample(PATIENTS, random.randint(3, 6)):
            fld = random.choice(["DOB", "ADDR1", "ZIP", "PHONE", "LAST_NM", "SSN"])
            if fld == "DOB":
                bad = p["dob"].replace(day=min(28, p["dob"].month)) if p["dob"].day != min(28, p["dob"].month) else p["dob"] + dt.timedelta(days=1)
                a, b, c = d_compact(p["dob"]), d_iso(bad), "date"
            elif fld == "ADDR1":
                a, b, c = p["street"].upper(), p["street"], "address"
            elif fld == "ZIP":
                a, b, c = p["zip"] + "-" + p["zip4"], p["zip"], "zip"
            elif fld == "PHONE":
                a, b, c = fmt_phone(p["phone10"], "paren"), p["phone10"], "phone"
            elif fld == "LAST_NM":
                a, b, c = p["LAST"], p["last"], "name"
            else:
                a, b, c = p["ssn"], p["ssn"].replace("-", ""), "ssn"
            pat = (p["LAST"] + ", " + p["FIRST"])[:24]
            L = Line(fam).t("| ").pad(p["old"], widths[0], "mrn").t(" | ").pad(p["new"], widths[1], "mrn").t(" | ")
            L.pad(pat, widths[2], "name").t(" | ").pad(fld, widths[3]).t(" | ").pad(a, widths[4], c).t(" | ")
            L.pad(b, widths[5], c).t(" |")
            out.append(L)
        out.append(table_border(widths, fam))
    out.append(Line(fam).t("Report generated by recon_report.py 1.9.4 on ctk-etl02; distribution: conv-team@stadalbert.org, noreply-conv@stadalbert.org"))
    return out


LOADS = [("M1", dt.datetime(2024, 10, 19, 23, 12, 40)), ("M2", dt.datetime(2024, 10, 26, 22, 58, 3)),
         ("M3", dt.datetime(2024, 11, 2, 23, 31, 17)), ("M4", dt.datetime(2024, 11, 9, 23, 41, 7)),
         ("FINAL", dt.datetime(2024, 11, 16, 17, 38, 52))]


def psv_row(L, p, variant="old"):
    if variant == "old":
        L.p(p["old"], "mrn").t("|").p(p["LAST"], "name").t("|").p(p["FIRST"], "name").t("|")
        L.p(d_compact(p["dob"]), "date").t("|" + p["sex"] + "|").p(p["ssn"].replace("-", ""), "ssn").t("|")
        L.p(p["street"].upper(), "address").t("|").p(p["city"].upper(), "address").t("|" + p["st"] + "|")
        L.p(p["zip"], "zip").t("|").p(p["phone10"], "phone")
    else:
        L.p(p["old"], "mrn").t("|").p(p["last"], "name").t("|").p(p["first"], "name").t("|")
        L.p(d_compact(p["dob"]), "date").t("|" + p["sex"] + "|").p(p["ssn"].replace("-", ""), "ssn").t("|")
        L.p(p["street"], "address").t("|").p(p["city"], "address").t("|" + p["st"] + "|")
        L.p(p["zip"] + p["zip4"], "zip").t("|").p(p["phone10"], "phone")
    return L


def blk_udiff(phi_bias):
    out = []
    fam = "udiff"
    k = random.randint(0, len(LOADS) - 2)
    (na, ta), (nb, tb) = LOADS[k], LOADS[k + 1]
    a = "/data/conv/loads/%s/pat_demo_%s.psv" % (na, ta.strftime("%Y%m%d"))
    b = "/data/conv/loads/%s/pat_demo_%s.psv" % (nb, tb.strftime("%Y%m%d"))
    out.append(Line(fam).t("diff -u %s %s" % (a, b)))
    out.append(Line(fam).t("--- %s\t%s.%09d -0%d00" % (a, ta.strftime("%Y-%m-%d %H:%M:%S"), random.randint(0, 999999999), 5 if ta < dt.datetime(2024, 11, 3) else 6)))
    out.append(Line(fam).t("+++ %s\t%s.%09d -0%d00" % (b, tb.strftime("%Y-%m-%d %H:%M:%S"), random.randint(0, 999999999), 5 if tb < dt.datetime(2024, 11, 3) else 6)))
    start = random.randint(1000, 300000)
    unused = list(PATIENTS)
    for _ in range(random.randint(1, 2)):
        kind = random.choice(["addr", "phone", "diacritic", "added", "removed"])
        grp = random.sample(unused, 4)
        unused = [q for q in unused if q not in grp]
        ctx_b, ctx_a, p = grp[:random.randint(1, 2)], grp[2:2 + random.randint(0, 1)], grp[3]
        minus = [] if kind == "added" else [p]
        plus = [] if kind == "removed" else [p]
        old_len = len(ctx_b) + len(ctx_a) + len(minus)
        new_len = len(ctx_b) + len(ctx_a) + len(plus)
        out.append(Line(fam).t("@@ -%d,%d +%d,%d @@" % (start, old_len, start + random.randint(0, 3), new_len)))
        for c in ctx_b:
            out.append(psv_row(Line(fam).t(" "), c))
        for m in minus:
            L = Line(fam).t("-")
            if kind == "addr":
                L.p(m["old"], "mrn").t("|").p(m["LAST"], "name").t("|").p(m["FIRST"], "name").t("|")
                L.p(d_compact(m["dob"]), "date").t("|" + m["sex"] + "|").p(m["ssn"].replace("-", ""), "ssn").t("|")
                L.p(("%d %s" % (random.randint(12, 9899), random.choice(STREETS))).upper(), "address").t("|")
                c2 = random.choice(CITIES)
                L.p(c2[0].upper(), "address").t("|" + c2[1] + "|").p(c2[2] + "%02d" % random.randint(1, 99), "zip")
                L.t("|").p(m["phone10"], "phone")
            elif kind == "phone":
                L.p(m["old"], "mrn").t("|").p(m["LAST"], "name").t("|").p(m["FIRST"], "name").t("|")
                L.p(d_compact(m["dob"]), "date").t("|" + m["sex"] + "|").p(m["ssn"].replace("-", ""), "ssn").t("|")
                L.p(m["street"].upper(), "address").t("|").p(m["city"].upper(), "address").t("|" + m["st"] + "|")
                L.p(m["zip"], "zip").t("|").p(m["cell10"], "phone")
            else:
                psv_row(L, m)
            out.append(L)
        for q in plus:
            L = Line(fam).t("+")
            psv_row(L, q, "new" if kind == "diacritic" else "old")
            out.append(L)
        for c in ctx_a:
            out.append(psv_row(Line(fam).t(" "), c))
        start += random.randint(200, 40000)
    if random.random() < 0.15:
        out.append(Line(fam).t("\\ No newline at end of file"))
    return out


def sqlsrv_lit(s):
    return s.replace("'", "''")


def blk_tablediff(phi_bias):
    out = []
    fam = "mssql-tablediff"
    tbl = random.choice(["Patient", "PatientDemographics"])
    out.append(Line(fam).t("Microsoft (R) SQL Server Replication Diff Tool"))
    out.append(Line(fam).t("Copyright (c) 2019 Microsoft Corporation"))
    out.append(Line(fam).t("User-specified agent parameter values:"))
    for a in ["-sourceserver SQLCONV01", "-sourcedatabase CONV", "-sourcetable %s" % tbl,
              "-destinationserver SQLEHR02", "-destinationdatabase EHR_STG", "-destinationtable %s" % tbl,
              "-f C:\\conv\\diff\\%s_fix.sql" % tbl][:random.choice([0, 0, 2, 3, 7])]:
        out.append(Line(fam).t(a))
    ps = random.sample(PATIENTS, random.randint(2, 4))
    kinds = [random.choice(["Mismatch", "Mismatch", "Src. Only", "Dest. Only"]) for _ in ps]
    mcols = [random.sample(["BirthDate", "LastName", "FirstName", "Ssn", "Zip", "HomePhone", "Addr1"], random.randint(1, 3)) for _ in ps]
    out.append(Line(fam).t("Table [CONV].[dbo].[%s] on SQLCONV01 and Table [EHR_STG].[dbo].[%s] on SQLEHR02 have %d differences."
                           % (tbl, tbl, len(ps))))
    out.append(Line(fam).t("Fix SQL written to C:\\conv\\diff\\%s_fix.sql." % tbl))
    out.append(Line(fam).t("Err\tPatientID\tCol"))
    for p, k, mc in zip(ps, kinds, mcols):
        L = Line(fam).t(k + "\t").p(p["new"], "mrn")
        if k == "Mismatch":
            L.t("\t" + " ".join(mc))
        out.append(L)
    out.append(Line(fam).t("The requested operation took %.7f seconds." % random.uniform(0.5, 40)))
    if random.random() < 0.4 + 0.6 * phi_bias:
        out.append(Line(fam).t("-- Host: SQLEHR02"))
        out.append(Line(fam).t("-- Database: [EHR_STG]"))
        out.append(Line(fam).t("-- Table: [dbo].[%s]" % tbl))
        for p, k, mc in zip(ps, kinds, mcols):
            if k == "Mismatch":
                L = Line(fam).t("UPDATE [dbo].[%s] SET " % tbl)
                for j, c in enumerate(mc):
                    val, cat = {"BirthDate": (d_iso(p["dob"]) + " 00:00:00.000", "date"), "LastName": (sqlsrv_lit(p["last"]), "name"),
                                "FirstName": (sqlsrv_lit(p["first"]), "name"), "Ssn": (p["ssn"], "ssn"), "Zip": (p["zip"], "zip"),
                                "HomePhone": (fmt_phone(p["phone10"], "dash"), "phone"), "Addr1": (sqlsrv_lit(p["street"]), "address")}[c]
                    L.t(("," if j else "") + "[%s]=%s'" % (c, "" if c == "BirthDate" else "N")).p(val, cat).t("'")
                L.t(" WHERE [PatientID] = ").p(p["new"], "mrn")
            elif k == "Src. Only":
                L = Line(fam).t("INSERT INTO [dbo].[%s] ([PatientID],[LastName],[FirstName],[BirthDate],[Ssn],[Zip],[HomePhone]) VALUES (" % tbl)
                L.p(p["new"], "mrn").t(",N'").p(sqlsrv_lit(p["last"]), "name").t("',N'").p(sqlsrv_lit(p["first"]), "name")
                L.t("','").p(d_iso(p["dob"]) + " 00:00:00.000", "date").t("',N'").p(p["ssn"], "ssn").t("',N'")
                L.p(p["zip"], "zip").t("',N'").p(fmt_phone(p["phone10"], "dash"), "phone").t("')")
            else:
                L = Line(fam).t("DELETE FROM [dbo].[%s] WHERE [PatientID] = " % tbl).p(p["new"], "mrn")
            out.append(L)
    return out


def blk_mssql_err(phi_bias):
    out = []
    fam = "mssql-sqlcmd"
    out.append(Line(fam).t("1> EXEC conv.usp_LoadPatientBatch @BatchId = N'%s', @CommitSize = %d;" % (batch_id(), random.choice([500, 1000, 5000]))))
    out.append(Line(fam).t("2> GO"))
    for _ in range(random.randint(1, 3)):
        if random.random() < phi_bias:
            p = pick()
            v = random.randint(0, 2)
            if v == 0:
                out.append(Line(fam).t("Msg 2627, Level 14, State 1, Server SQLEHR02, Procedure conv.usp_LoadPatientBatch, Line %d" % random.randint(40, 300)))
                out.append(Line(fam).t("Violation of PRIMARY KEY constraint 'PK_PatientXwalk'. Cannot insert duplicate key in object 'conv.PatientXwalk'. The duplicate key value is (")
                           .p(p["old"], "mrn").t(")."))
            elif v == 1:
                out.append(Line(fam).t("Msg 2628, Level 16, State 1, Server SQLEHR02, Procedure conv.usp_LoadPatientBatch, Line %d" % random.randint(40, 300)))
                col, val = random.choice([("LastName", p["last"]), ("AddressLine1", p["street"] + (" " + p["apt"] if p["apt"] else ""))])
                cut = val[:max(4, len(val) - random.randint(1, 4))]
                out.append(Line(fam).t("String or binary data would be truncated in table 'EHR_STG.dbo.Patient', column '%s'. Truncated value: '" % col)
                           .p(sqlsrv_lit(cut), "name" if col == "LastName" else "address").t("'."))
            else:
                out.append(Line(fam).t("Msg 547, Level 16, State 0, Server SQLEHR02, Procedure conv.usp_LoadCoverage, Line %d" % random.randint(40, 300)))
                out.append(Line(fam).t("The INSERT statement conflicted with the FOREIGN KEY constraint \"FK_Coverage_Patient\". The conflict occurred in database \"EHR_STG\", table \"dbo.Patient\", column 'PatientID'. (MemberId=")
                           .p(p["member"], "health_plan").t(", PatientID=").p(p["new"], "mrn").t(")"))
        else:
            v = random.randint(0, 2)
            if v == 0:
                out.append(Line(fam).t("Msg 1205, Level 13, State 51, Server SQLEHR02, Procedure conv.usp_LoadPatientBatch, Line %d" % random.randint(40, 300)))
                out.append(Line(fam).t("Transaction (Process ID %d) was deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction." % random.randint(51, 400)))
            elif v == 1:
                out.append(Line(fam).t("Msg 8152, Level 16, State 30, Server SQLEHR02, Line %d" % random.randint(1, 30)))
                out.append(Line(fam).t("String or binary data would be truncated."))
            else:
                out.append(Line(fam).t("Warning: Null value is eliminated by an aggregate or other SET operation."))
        out.append(Line(fam).t("(%d rows affected)" % random.choice([0, 1, 1000, 1000, 468])))
    return out


def blk_oracle_cmp(phi_bias):
    out = []
    fam = "oracle-sqlplus"
    scan = random.randint(3000, 9000)
    out.append(Line(fam).t("SQL> EXEC :rc := DBMS_COMPARISON.COMPARE(comparison_name => 'CMP_PAT_DEMO', scan_info => :si, perform_row_dif => TRUE);"))
    out.append(Line(fam).t("PL/SQL procedure successfully completed."))
    out.append(Line(fam).t("SQL> SELECT c.column_name, r.index_value, DECODE(r.local_rowid, NULL, 'Remote Only', DECODE(r.remote_rowid, NULL, 'Local Only', 'Differ')) status"))
    out.append(Line(fam).t("  2  FROM user_comparison_row_dif r, user_comparison_columns c WHERE c.comparison_name = r.comparison_name AND c.index_column = 'Y' AND r.scan_id = %d;" % scan))
    out.append(Line(fam).t("COLUMN_NAME          INDEX_VALUE                    STATUS"))
    out.append(Line(fam).t("-------------------- ------------------------------ -----------"))
    ps = random.sample(PATIENTS, random.randint(2, 4))
    for p in ps:
        out.append(Line(fam).t("PATIENT_ID           ").pad(p["new"], 30, "mrn").t(" ").t(random.choice(["Differ", "Differ", "Local Only", "Remote Only"])))
    out.append(Line(fam).t("%d rows selected." % len(ps)))
    out.append(Line(fam).t("Elapsed: 00:00:%05.2f" % random.uniform(0.2, 30)))
    if random.random() < 0.3 + 0.5 * phi_bias:
        out.append(Line(fam).t("SQL> SELECT patient_id, last_nm, first_nm, birth_dt, postal_cd FROM ehr_conv.patient@HLXSTG WHERE patient_id IN (")
                   .p(ps[0]["new"], "mrn").t(", ").p(ps[1]["new"], "mrn").t(");"))
        out.append(Line(fam).t("PATIENT_ID LAST_NM              FIRST_NM        BIRTH_DT  POSTAL_CD"))
        out.append(Line(fam).t("---------- -------------------- --------------- --------- ----------"))
        for p in ps[:2]:
            out.append(Line(fam).pad(p["new"], 10, "mrn").t(" ").pad(p["LAST"], 20, "name").t(" ").pad(p["FIRST"], 15, "name")
                       .t(" ").pad(d_ora(p["dob"]), 9, "date").t(" ").p(p["zip"], "zip"))
        out.append(Line(fam).t("2 rows selected."))
    if random.random() < 0.5:
        out.append(Line(fam).t("SQL> EXEC DBMS_COMPARISON.CONVERGE('CMP_PAT_DEMO', %d, :ci, converge_options => DBMS_COMPARISON.CMP_CONVERGE_LOCAL_WINS);" % scan))
        out.append(Line(fam).t("BEGIN DBMS_COMPARISON.CONVERGE('CMP_PAT_DEMO', %d, :ci, converge_options => DBMS_COMPARISON.CMP_CONVERGE_LOCAL_WINS); END;" % scan))
        out.append(Line(fam).t("ERROR at line 1:"))
        out.append(Line(fam).t("ORA-23626: No eligible index on table EHR_CONV.PATIENT_ADDR"))
        out.append(Line(fam).t("ORA-06512: at \"SYS.DBMS_COMPARISON\", line %d" % random.randint(4000, 6000)))
    return out


def blk_sqlldr(phi_bias):
    out = []
    fam = "oracle-sqlldr"
    t = CLK.tick()
    tbl = random.choice(["PATIENT", "PATIENT_ADDR", "ENCOUNTER"])
    fn = {"PATIENT": "pat_demo", "PATIENT_ADDR": "pat_addr", "ENCOUNTER": "enc_hist"}[tbl]
    out.append(Line(fam).t("SQL*Loader: Release 19.0.0.0.0 - Production on %s" % t.strftime("%a %b %d %H:%M:%S %Y")))
    if random.random() < 0.5:
        out.append(Line(fam).t("Version 19.21.0.0.0"))
        out.append(Line(fam).t("Copyright (c) 1982, 2023, Oracle and/or its affiliates.  All rights reserved."))
    out.append(Line(fam).t("Control File:   /u01/conv/ctl/%s.ctl" % fn))
    out.append(Line(fam).t("Data File:      /u01/conv/in/%s_20241116.psv" % fn))
    out.append(Line(fam).t("  Bad File:     /u01/conv/bad/%s_20241116.bad" % fn))
    if random.random() < 0.4:
        out.append(Line(fam).t("Number to load: ALL"))
        out.append(Line(fam).t("Bind array:     %d rows, maximum of 1048576 bytes" % random.choice([64, 250, 5000])))
    errs = []
    for _ in range(random.randint(2, 3)):
        r = random.randint(100, 480000)
        opts = {"PATIENT": [("BIRTH_DT", "ORA-01847: day of month must be between 1 and last day of month"),
                            ("BIRTH_DT", "ORA-01843: not a valid month"),
                            ("POSTAL_CD", "ORA-12899: value too large for column \"EHR_CONV\".\"%s\".\"POSTAL_CD\" (actual: 11, maximum: 10)" % tbl)],
                "PATIENT_ADDR": [("POSTAL_CD", "ORA-12899: value too large for column \"EHR_CONV\".\"%s\".\"POSTAL_CD\" (actual: 11, maximum: 10)" % tbl),
                                 ("PATIENT_ID", "ORA-02291: integrity constraint (EHR_CONV.FK_PADDR_PAT) violated - parent key not found")],
                "ENCOUNTER": [("ADM_DT", "ORA-01861: literal does not match format string"),
                              ("PATIENT_ID", "ORA-02291: integrity constraint (EHR_CONV.FK_ENC_PAT) violated - parent key not found")]}[tbl]
        e = random.choice(opts)
        errs.append((r, e))
        out.append(Line(fam).t("Record %d: Rejected - Error on table EHR_CONV.%s, column %s." % (r, tbl, e[0])))
        out.append(Line(fam).t(e[1]))
    n = random.randint(40000, 2900000)
    out.append(Line(fam).t("Table EHR_CONV.%s:" % tbl))
    out.append(Line(fam).t("  %d Rows successfully loaded." % n))
    out.append(Line(fam).t("  %d Rows not loaded due to data errors." % len(errs)))
    if random.random() < 0.4:
        out.append(Line(fam).t("  0 Rows not loaded because all WHEN clauses were failed."))
    out.append(Line(fam).t("Run began on %s" % t.strftime("%a %b %d %H:%M:%S %Y")))
    el = random.uniform(30, 600)
    t2 = t + dt.timedelta(seconds=el)
    CLK.now = t2
    out.append(Line(fam).t("Run ended on %s" % t2.strftime("%a %b %d %H:%M:%S %Y")))
    out.append(Line(fam).t("Elapsed time was:     00:%02d:%05.2f" % (int(el) // 60, el % 60)))
    if random.random() < 0.5 + 0.5 * phi_bias:
        out.append(Line("shell").t("[svc_conv_etl@ctk-etl02 bad]$ head -%d %s_20241116.bad" % (len(errs), fn)))
        for r, e in errs:
            p = pick()
            L = Line("sqlldr-bad")
            if tbl == "ENCOUNTER":
                L.p(p["new"], "mrn").t("|").p(p["har"], "account").t("|IP|")
                adm = p["adm"].strftime("%Y-%m-%d %H%M") if e[0] == "ADM_DT" else p["adm"].strftime("%Y-%m-%d %H:%M")
                L.p(adm, "date").t("|").p(p["dsc"].strftime("%Y-%m-%d %H:%M"), "date")
                cl = random.choice(CLINICIANS)
                L.t("|%s|%s, %s|MED|" % (cl[2], cl[1].upper(), cl[0].upper()))
            else:
                L.p(p["new"], "mrn").t("|").p(p["LAST"], "name").t("|").p(p["FIRST"], "name").t("|")
                if e[0] == "BIRTH_DT":
                    bad = random.choice(["%d-02-30" % p["dob"].year, "%d-13-%02d" % (p["dob"].year, p["dob"].day),
                                         p["dob"].strftime("%d/%m/%Y")])
                    L.p(bad, "date")
                else:
                    L.p(d_iso(p["dob"]), "date")
                L.t("|" + p["sex"] + "|").p(p["street"].upper(), "address").t("|").p(p["city"].upper(), "address").t("|" + p["st"] + "|")
                L.p(p["zip"] + "-" + p["zip4"] + ("0" if e[0] == "POSTAL_CD" else ""), "zip").t("|")
            out.append(L)
    return out


def js_head(L, level, logger, style):
    t = CLK.tick()
    if style == 0:
        L.t('{"timestamp": "%s", "level": "%s", "logger": "%s", ' % (ts_z(t), level, logger))
    elif style == 1:
        L.t('{"ts":"%s","lvl":"%s","name":"%s",' % (ts_z(t), level.lower(), logger))
    else:
        L.t('{"@timestamp":"%s","log.level":"%s","log.logger":"%s",' % (ts_z(t), level, logger))
    return L


def sep(style):
    return ", " if style == 0 else ","


def kv(style):
    return ": " if style == 0 else ":"


def blk_reject_json(phi_bias):
    out = []
    fam = "reject-json"
    style = random.randint(0, 2)
    S, K = sep(style), kv(style)
    ea = random.random() < 0.6
    for _ in range(random.randint(2, 5)):
        L = Line(fam)
        if random.random() < phi_bias:
            p = pick()
            v = random.randint(0, 9)
            js_head(L, "ERROR", "conv.load." + ["guarantor", "coverage", "portal", "media", "biometric", "implant",
                                                 "accident", "contact", "patient", "card"][v], style)
            L.t('"batch"' + K + '"%s"' % batch_id() + S + '"rowNum"' + K + str(random.randint(1, 480000)) + S)
            if v == 0:
                L.t('"error"' + K + '"ORA-02291: integrity constraint (EHR_CONV.FK_GUAR_PAT) violated - parent key not found"' + S)
                L.t('"row"' + K + "{")
                L.t('"GUAR_ACCT"' + K).js(p["har"], "account", ea).t(S + '"PAT_MRN"' + K).js(p["old"], "mrn", ea)
                L.t(S + '"GUAR_NAME"' + K).js(p["last"] + ", " + p["rel_first"], "name", ea)
                L.t(S + '"REL_TO_PAT"' + K).js(p["rel"], None, ea)
                L.t(S + '"GUAR_PHONE"' + K).js(p["rel_phone"], "phone", ea)
                L.t(S + '"GUAR_ADDR1"' + K).js(p["street"], "address", ea)
                L.t(S + '"GUAR_CITY"' + K).js(p["city"], "address", ea)
                L.t(S + '"GUAR_ST"' + K).js(p["st"], None, ea)
                L.t(S + '"GUAR_ZIP"' + K).js(p["zip"], "zip", ea)
                L.t(S + '"GUAR_SSN"' + K).js(ssn(), "ssn", ea) if random.random() < 0.5 else None
                L.t("}}")
            elif v == 1:
                L.t('"error"' + K + '"payer plan map miss: CTK plan code %s"' % {"BCBSIL": "BC12", "AETNA": "AE07", "MEDICARE": "MCR1",
                                                                                 "HUMANA": "HUM3", "UHC": "UHC9", "CIGNA": "CG02",
                                                                                 "IL MEDICAID": "MCD1"}[p["plan"]] + S)
                L.t('"row"' + K + "{")
                L.t('"subscriber_id"' + K).js(p["member"], "health_plan", ea).t(S + '"group_no"' + K).js(p["group"], None, ea)
                L.t(S + '"subscriber_name"' + K).js(p["first"] + " " + p["last"], "name", ea)
                L.t(S + '"subscriber_dob"' + K).js(d_us(p["dob"]), "date", ea)
                L.t(S + '"rel_code"' + K + '"18"' + S + '"pat_mrn"' + K).js(p["new"], "mrn", ea)
                L.t(S + '"payer"' + K).js(p["plan"], None, ea)
                L.t(S + '"eff_dt"' + K + '"2024-01-01"}}')
            elif v == 2:
                L.t('"error"' + K + '"duplicate username"' + S + '"row"' + K + "{")
                L.t('"portalUser"' + K).js(p["user"], "other_id", ea).t(S + '"email"' + K).js(p["email"], "email", ea)
                L.t(S + '"mrn"' + K).js(p["new"], "mrn", ea).t(S + '"lastLoginIp"' + K).js(p["ip"], "ip", ea)
                url = "https://my.stadalbert.org/MyHelix/proxy/invite?user=%s&mrn=%s" % (p["user"], p["new"])
                L.t(S + '"inviteUrl"' + K).js(url, "url", ea)
                L.t(S + '"createdBy"' + K + '"svc_conv_etl"}}')
            elif v == 3:
                mode = random.choice(["jpg", "png", "uri"])
                if mode == "jpg":
                    blob = b64_blob(JPEG_HDR, random.randint(90, 300))
                elif mode == "png":
                    blob = b64_blob(PNG_HDR, random.randint(90, 300))
                else:
                    blob = "data:image/jpeg;base64," + b64_blob(JPEG_HDR, random.randint(90, 300))
                L.t('"error"' + K + '"PHOTO exceeds 64KB limit (actual %d bytes), truncated echo"' % random.randint(70000, 400000) + S)
                L.t('"row"' + K + "{" + '"PAT_ID"' + K).js(p["new"], "mrn", ea).t(S + '"PHOTO_MIME"' + K + '"image/%s"' % ("png" if mode == "png" else "jpeg"))
                L.t(S + '"PHOTO_B64"' + K).js(blob, "photo", ea).t(S + '"CAPTURED_BY"' + K + '"%s"}}' % random.choice(STAFF)[2])
            elif v == 4:
                tpl = b64_blob(b"PSV\x02", random.randint(180, 420))
                L.t('"error"' + K + '"PatientSecure template version 2 not supported by Helix Identity"' + S)
                L.t('"row"' + K + "{" + '"mrn"' + K).js(p["new"], "mrn", ea).t(S + '"hand"' + K + '"R"' + S + '"palm_template"' + K)
                L.js(tpl, "biometric", ea).t(S + '"enrolled_ws"' + K + '"REG-ED-0%d"}}' % random.randint(1, 9))
            elif v == 5:
                g = gtin14()
                exp = dt.date(2026 + random.randint(0, 4), random.randint(1, 12), 1)
                sn = "SN" + digits(7)
                L.t('"error"' + K + '"UDI parse failed: AI (21) length"' + S + '"row"' + K + "{")
                L.t('"patient_id"' + K).js(p["new"], "mrn", ea).t(S + '"implant_udi"' + K)
                L.js("(01)%s(17)%s(21)%s" % (g, exp.strftime("%y%m%d"), sn), "device", ea)
                L.t(S + '"implant_serial"' + K).js(sn, "device", ea)
                L.t(S + '"implant_dt"' + K).js(d_iso(p["adm"].date()), "date", ea)
                L.t(S + '"manufacturer"' + K + '"Medtronic"' + S + '"catalog_no"' + K + '"W1DR01"}}')
            elif v == 6:
                L.t('"error"' + K + '"ACCIDENT_STATE code invalid"' + S + '"row"' + K + "{")
                L.t('"fin"' + K).js(p["har"], "account", ea).t(S + '"accident_dt"' + K).js(d_iso(p["adm"].date()), "date", ea)
                L.t(S + '"vehicle_vin"' + K).js(vin(), "vehicle", ea)
                plate = "%s %d" % (random.choice(["DK", "CR", "BN", "AV"]), random.randint(10000, 99999))
                L.t(S + '"plate"' + K).js(plate, "vehicle", ea).t(S + '"accident_state"' + K + '"XX"}}')
            elif v == 7:
                L.t('"error"' + K + '"contact phone type missing"' + S + '"row"' + K + "{")
                L.t('"pat_mrn"' + K).js(p["old"], "mrn", ea).t(S + '"contact_name"' + K).js(p["rel_first"] + " " + p["last"], "name", ea)
                L.t(S + '"relationship"' + K).js(p["rel"].title(), None, ea).t(S + '"phone"' + K).js(fmt_phone(p["rel_phone"], "paren"), "phone", ea)
                L.t(S + '"fax"' + K).js(fmt_phone(random.choice(AREA[p["st"]]) + "55501" + "%02d" % random.randint(0, 99), "dash"), "fax", ea)
                L.t(S + '"phone_type"' + K + "null}}")
            elif v == 8:
                L.t('"error"' + K + '"DL state/format mismatch"' + S + '"row"' + K + "{")
                L.t('"mrn"' + K).js(p["new"], "mrn", ea).t(S + '"ssn"' + K).js(p["ssn"], "ssn", ea)
                L.t(S + '"dl_number"' + K).js(p["dl"], "license", ea).t(S + '"dl_state"' + K + '"%s"' % random.choice(["IL", "IN", "WI", "MI"]))
                if p["age"] > 89:
                    L.t(S + '"age"' + K).p(str(p["age"]), "age")
                L.t("}}")
            else:
                cn = card_number()
                L.t('"error"' + K + '"unmasked PAN found in GUAR_PAYMENT; row quarantined"' + S + '"row"' + K + "{")
                L.t('"guar_acct"' + K).js(p["har"], "account", ea).t(S + '"card_no"' + K).js(cn, "account", ea)
                L.t(S + '"exp"' + K + '"%02d/%02d"' % (random.randint(1, 12), random.randint(25, 29)))
                L.t(S + '"cardholder"' + K).js((p["first"] + " " + p["last"]).upper(), "name", ea).t("}}")
        else:
            v = random.randint(0, 3)
            lg = random.choice(["coverage", "guarantor", "portal", "media", "contact"])
            js_head(L, "INFO" if v < 3 else "WARNING", "conv.load." + lg, style)
            if v == 0:
                L.t('"msg"' + K + '"chunk committed"' + S + '"batch"' + K + '"%s"' % batch_id() + S + '"chunk"' + K + str(random.randint(1, 700))
                    + S + '"rows"' + K + "1000" + S + '"elapsed_ms"' + K + str(random.randint(200, 9000)) + "}")
            elif v == 1:
                L.t('"msg"' + K + '"lookup cache warmed"' + S + '"table"' + K + '"EHR_CONV.PAYER_PLAN_MAP"' + S + '"entries"' + K
                    + str(random.randint(300, 4000)) + S + '"host"' + K + '"hlx-conv-app0%d.stadalbert.local"' % random.randint(1, 4) + "}")
            elif v == 2:
                L.t('"msg"' + K + '"rejects written"' + S + '"path"' + K + '"/data/conv/rej/%s_%s.jsonl"' % (lg, batch_id())
                    + S + '"count"' + K + str(random.randint(0, 400)) + S + '"request_id"' + K + '"%032x"' % random.getrandbits(128) + "}")
            else:
                L.t('"msg"' + K + '"slow statement"' + S + '"sql_id"' + K + '"%s"' % "".join(random.choice("0123456789abcdfghjkmnpqrstuvwxyz") for _ in range(13))
                    + S + '"elapsed_ms"' + K + str(random.randint(5000, 90000)) + S + '"db"' + K + '"HLXSTG"' + S + '"client_ip"' + K + '"10.40.%d.%d"}' % (random.randint(1, 30), random.randint(2, 250)))
        out.append(L)
    return out


def soundex(name):
    codes = {c: d for d, letters in (("1", "BFPV"), ("2", "CGJKQSXZ"), ("3", "DT"), ("4", "L"), ("5", "MN"), ("6", "R"))
             for c in letters}
    name = "".join(c for c in name.upper() if c.isalpha())
    out, prev = name[0], codes.get(name[0], "")
    for c in name[1:]:
        d = codes.get(c, "")
        if d and d != prev:
            out += d
        if c not in "HW":
            prev = d
    return (out + "000")[:4]


def blk_dup(phi_bias):
    out = []
    fam = "dup-report"
    rid = "DPR-2024111%d-%02d" % (random.randint(6, 7), random.randint(1, 9))
    out.append(Line(fam).t("=== Duplicate Patient Candidates - run %s (threshold 0.85, algo=weighted Jaro-Winkler + DOB + SSN4, blocking=SOUNDEX(LN)+YOB) ===" % rid))
    w = [11, 6, 10, 26, 10, 10, 26, 10, 11]
    hdr = ["PAIR_ID", "SCORE", "MRN_A", "NAME_A", "DOB_A", "MRN_B", "NAME_B", "DOB_B", "DECISION"]
    out.append(Line(fam).t("  ".join(h.ljust(x) for h, x in zip(hdr, w)).rstrip()))
    out.append(Line(fam).t("  ".join("-" * x for x in w)))
    for p in random.sample(PATIENTS, random.randint(3, 5)):
        sc = random.uniform(0.85, 0.995)
        name_a = p["LAST"] + ", " + p["FIRST"] + ((" " + p["mi"]) if p["mi"] else "")
        variant = random.choice(["typo", "nomi", "swap", "hyph"])
        if variant == "typo" and len(p["LAST"]) > 3:
            s = p["LAST"]
            i = random.randint(1, len(s) - 2)
            name_b = s[:i] + s[i + 1] + s[i] + s[i + 2:] + ", " + p["FIRST"]
        elif variant == "swap":
            name_b = p["FIRST"] + ", " + p["LAST"]
        else:
            name_b = p["LAST"] + ", " + p["FIRST"]
        dob_b = p["dob"] if random.random() < 0.7 else p["dob"].replace(day=p["dob"].month) if p["dob"].month <= 28 else p["dob"]
        dec = "AUTO-MERGE" if sc > 0.95 else "REVIEW"
        L = Line(fam).pad("DP-%06d" % random.randint(1, 99999), w[0]).t("  ").pad("%.3f" % sc, w[1]).t("  ")
        L.pad(p["new"], w[2], "mrn").t("  ").pad(name_a, w[3], "name").t("  ").pad(d_iso(p["dob"]), w[4], "date").t("  ")
        L.pad(p["dup"], w[5], "mrn").t("  ").pad(name_b, w[6], "name").t("  ").pad(d_iso(dob_b), w[7], "date").t("  ").t(dec)
        out.append(L)
        if random.random() < 0.6:
            ln = 1.0 if variant in ("nomi", "hyph") else (random.uniform(0.9, 0.98) if variant == "typo" else random.uniform(0.4, 0.6))
            out.append(Line(fam).t("             components: ln=%.3f fn=%.3f dob=%d ssn4=%d sex=1 addr=%.3f phone=%d  blk=%s/%d"
                                   % (ln, 1.0 if variant != "swap" else random.uniform(0.4, 0.6), int(dob_b == p["dob"]),
                                      random.choice([1, 1, 0]), random.uniform(0.3, 1), random.randint(0, 1),
                                      soundex(p["LAST"]), p["dob"].year)))
    a = random.randint(900, 1600)
    b = random.randint(200, a)
    out.append(Line(fam).t("Total candidates: %s   auto-merge: %d   manual review: %d   rejected: 0   elapsed 00:%02d:%02d"
                           % (format(a, ","), b, a - b, random.randint(1, 40), random.randint(0, 59))))
    if random.random() < 0.5:
        out.append(Line(fam).t("Review queue assigned to HIM data integrity: %s %s, %s %s (worklist EMPI-DQ-%d)"
                               % (*random.choice(STAFF)[:2], *random.choice(STAFF)[:2], random.randint(10, 99))))
    return out


CHAT_MSGS = [
    "legacy ADT inbound disabled (runbook {step}). Queue depth on ctk-ie01 = 0",
    "Helix interface engine hlx-ie02 up, {n} msgs replayed from backlog, 0 NAKs",
    "starting {job} now, ETA ~{m} min",
    "{job} finished, recon looks clean except GUARANTOR delta -{d}",
    "bridge is still open: 1-312-555-0100 code 884213907# if anyone needs it",
    "CHG00{c} approved by CAB, proceeding with step {step}",
    "pausing for 10 min, SQLEHR02 tempdb at {p}% 😬",
    "reran tablediff after fix script, 0 differences ✅",
    "INC00{c} opened for the lab results backload timeout",
    "go/no-go in 15 min, please update your rows in the runbook sheet",
    "pharmacy confirmed med profiles visible in Helix for the {n} inpatients 👍",
    "dup report {r} sent to HIM, they will work the REVIEW pairs Monday",
    "who has the SQL*Loader bad files for enc_hist? need them on \\\\ctk-fs01\\conv$\\bad",
    "reminder: NO PHI in this channel, use the secure worklist",
    "downtime BCA printouts verified on 4W and 6E",
]

CHAT_PHI = [
    "ED registered a walk-in on legacy after freeze: {old} {LAST}, {FIRST} DOB {dobus}. needs manual backload",
    "{old} -> {new} crosswalk is wrong, points to the {LAST} duplicate. HIM please check",
    "pt {new} ({last}) has two active encounters after load, HAR {har} not closed",
    "registration called: {first} {last} says the address is {street}, {city} {zip}, not what we loaded",
    "MRN {new} DOB shows {dobiso} in Helix but legacy had {dobcmp}, which one is right?",
    "family of {LAST}, {FIRST} (age {age}) at front desk asking about portal access, callback {phone}",
    "deceased flag missing for {new}, date of death {death} in legacy",
    "can someone merge {new} and {dup}? same SSN {ssn}",
    "pt {first} {last} can't log into MyHelix, old username {user}, email on file {email}",
    "{LAST}, {FIRST} is {age} per legacy DOB {dobus}, Helix shows age 0. bad century?",
]


def blk_chat(phi_bias):
    out = []
    style = random.randint(0, 1)
    for _ in range(random.randint(3, 6)):
        t = CLK.tick(20, 400)
        st = random.choice(STAFF)
        L = Line("cutover-chat")
        if style == 0:
            h = t.strftime("%I:%M %p").lstrip("0")
            L.t("[%s %s] %s, %s: " % (t.strftime("%m/%d/%Y").lstrip("0"), h, st[1], st[0]))
        else:
            L.t("%s  %s %s  " % (t.strftime("%Y-%m-%d %H:%M"), st[0], st[1]))
        if random.random() < phi_bias * 0.8:
            p = pick()
            tpl = random.choice(CHAT_PHI)
            if "{age}" in tpl and p["age"] <= 89:
                p = random.choice([q for q in PATIENTS if q["age"] > 89])
            if "{death}" in tpl and not p["death"]:
                tpl = CHAT_PHI[1]
            vals = {"old": (p["old"], "mrn"), "new": (p["new"], "mrn"), "dup": (p["dup"], "mrn"),
                    "LAST": (p["LAST"], "name"), "FIRST": (p["FIRST"], "name"), "last": (p["last"], "name"),
                    "first": (p["first"], "name"), "dobus": (d_us(p["dob"]), "date"), "dobiso": (d_iso(p["dob"]), "date"),
                    "dobcmp": (d_compact(p["dob"] + dt.timedelta(days=random.choice([1, 30, 365]))), "date"),
                    "har": (p["har"], "account"), "street": (p["street"], "address"), "city": (p["city"], "address"),
                    "zip": (p["zip"], "zip"), "age": (str(p["age"]), "age"), "phone": (fmt_phone(p["cell10"]), "phone"),
                    "death": (d_us(p["death"]) if p["death"] else "", "date"), "ssn": (p["ssn"], "ssn"),
                    "user": (p["user"], "other_id"), "email": (p["email"], "email")}
            rest = tpl
            while "{" in rest:
                a, b = rest.split("{", 1)
                key, rest = b.split("}", 1)
                L.t(a)
                L.p(*vals[key])
            L.t(rest)
        else:
            L.t(random.choice(CHAT_MSGS).format(step="%d.%d" % (random.randint(1, 9), random.randint(1, 12)),
                                                n=random.randint(20, 4000), job=random.choice(["patientLoadJob", "enc_hist sqlldr", "coverageLoadJob", "recon run"]),
                                                m=random.randint(5, 90), d=random.randint(1, 20), c=random.randint(40000, 99999),
                                                p=random.randint(80, 99), r="DPR-20241117-0%d" % random.randint(1, 9)))
        out.append(L)
    return out


RUNBOOK = [
    "Freeze legacy registration (CareTrak read-only)", "Disable legacy ADT inbound feeds", "Final delta extract CTK.PAT_MASTER",
    "Run MRN crosswalk generation", "Load demographics to HLXSTG", "Run reconciliation report #3",
    "tablediff Patient SQLCONV01 vs SQLEHR02", "Oracle DBMS_COMPARISON CMP_PAT_DEMO", "Load encounters (SQL*Loader)",
    "Duplicate candidate run + HIM review", "Enable Helix ADT outbound", "Go/No-Go call", "Open Helix to end users",
    "Post-live validation: 20 sample charts per unit",
]


def blk_runbook(phi_bias):
    out = []
    fam = "runbook"
    if random.random() < 0.5:
        out.append(Line(fam).t("| Step | Task                                             | Owner            | Start | End   | Status   |"))
        out.append(Line(fam).t("|------|--------------------------------------------------|------------------|-------|-------|----------|"))
        major = random.randint(1, 9)
        for minor in range(random.randint(1, 3), random.randint(5, 9)):
            st = random.choice(STAFF)
            t = CLK.tick(60, 900)
            e = t + dt.timedelta(minutes=random.randint(2, 80))
            out.append(Line(fam).t("| %-4s | %-48s | %-16s | %s | %s | %-8s |" % (
                "%d.%d" % (major, minor), random.choice(RUNBOOK),
                (st[0][0] + ". " + st[1])[:16], t.strftime("%H:%M"), e.strftime("%H:%M"),
                random.choice(["DONE", "DONE", "DONE", "RUNNING", "BLOCKED", "SKIPPED"]))))
    else:
        for _ in range(random.randint(2, 5)):
            st = random.choice(STAFF)
            t = CLK.tick(30, 600)
            out.append(Line(fam).t('CUTOVER %s step=%d.%d owner=%s status=%s ticket=CHG00%d note="%s"' % (
                ts_off(t), random.randint(1, 9), random.randint(1, 12), st[2], random.choice(["DONE", "START", "DONE", "HOLD"]),
                random.randint(40000, 99999), random.choice(["queue drained, 0 msgs", "rows=482109 delta=-8",
                                                             "waiting on DBA (Henrik)", "vendor ack from Helix support 1-888-555-0142",
                                                             "see recon run %s" % batch_id(), "rollback point snapshot snap-0%x" % random.getrandbits(40)]))))
    return out


# (generator, weight after the plan is used up, count in the shuffled plan)
BLOCKS = [
    (blk_py_etl, 12, 3), (blk_pandas, 6, 1), (blk_spring, 11, 3), (blk_xwalk, 7, 1), (blk_recon, 6, 2),
    (blk_udiff, 7, 2), (blk_tablediff, 4, 2), (blk_mssql_err, 6, 2), (blk_oracle_cmp, 3, 2), (blk_sqlldr, 3, 2),
    (blk_reject_json, 15, 3), (blk_dup, 5, 2), (blk_chat, 10, 3), (blk_runbook, 5, 2),
]


def main():
    lines = []
    nphi = 0
    bno = 1
    plan = [b[0] for b in BLOCKS for _ in range(b[2])]
    random.shuffle(plan)
    while len(lines) < N_LINES:
        done = len(lines)
        share_clean = 1 - nphi / done if done else 0.55
        if share_clean > 0.555:
            phi_bias = 0.95
        elif share_clean < 0.545:
            phi_bias = 0.15
        else:
            phi_bias = 0.5
        dense = (blk_reject_json, blk_udiff, blk_xwalk, blk_chat, blk_pandas)
        if plan:
            fn = plan.pop()
        else:
            if share_clean > 0.555:
                cand = [b for b in BLOCKS if b[0] in dense]
            elif share_clean < 0.545:
                cand = [b for b in BLOCKS if b[0] not in dense]
            else:
                cand = BLOCKS
            fn = random.choices([b[0] for b in cand], weights=[b[1] for b in cand])[0]
        CLK.jump(20, 900)
        if random.random() < 0.08:
            bno += 1
            BATCH[0] = "B20241116-%02d" % bno if CLK.now.day == 16 else "B20241117-%02d" % bno
        blk = fn(phi_bias)
        for L in blk:
            lines.append(L)
            if L.spans:
                nphi += 1
    lines = lines[:N_LINES]
    data_out = []
    labels = []
    for i, L in enumerate(lines, 1):
        data, lab = finish(L)
        data_out.append(data)
        labels.append({"line": i, "family": lab["family"], "spans": lab["spans"]})
    with open(os.path.join(HERE, "ew.log"), "wb") as fh:
        fh.write(b"\n".join(data_out) + b"\n")
    with open(os.path.join(HERE, "ew.labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
